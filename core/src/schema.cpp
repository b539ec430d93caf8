#include "lexcheck/core/schema.hpp"

#include "lexcheck/core/date.hpp"

#include <cstdio>

namespace lexcheck::core {

std::optional<std::uint32_t> EnumInfo::find(std::string_view value) const {
    for (std::uint32_t i = 0; i < values.size(); ++i) {
        if (values[i] == value) return i;
    }
    return std::nullopt;
}

Schema::Schema() {
    // The built-in facts have words of their own for reasons (LANGUAGE.md §13): no vocabulary
    // declares them, so none could give them.
    add_fact({"jurisdiction",
              Type{TypeKind::state},
              "State whose measure this is",
              {},
              true,
              "the measure is enacted by"});
    add_fact({"in_force",
              Type{TypeKind::date},
              "Date the measure entered into force",
              {},
              true,
              "the measure is in force from"});
    add_fact({"until",
              Type{TypeKind::date},
              "Date the measure ceased to be in force",
              {},
              true,
              "the measure ceases to be in force on"});
    add_fact({"affects",
              Type{TypeKind::set, kStateCodes},
              "Nationalities the measure applies to (absent: every nationality)",
              {},
              true,
              "the measure affects nationals of"});
}

std::uint32_t Schema::add_enum(EnumInfo info) {
    auto id = static_cast<std::uint32_t>(enums_.size());
    enum_index_.emplace(info.name, id);
    enums_.push_back(std::move(info));
    return id;
}

std::uint32_t Schema::add_fact(FactInfo info) {
    auto id = static_cast<std::uint32_t>(facts_.size());
    fact_index_.emplace(info.path, id);
    facts_.push_back(std::move(info));
    return id;
}

std::optional<std::uint32_t> Schema::find_enum(std::string_view name) const {
    auto it = enum_index_.find(std::string(name));
    if (it == enum_index_.end()) return std::nullopt;
    return it->second;
}

std::optional<std::uint32_t> Schema::find_fact(std::string_view path) const {
    auto it = fact_index_.find(std::string(path));
    if (it == fact_index_.end()) return std::nullopt;
    return it->second;
}

std::string Schema::type_name(const Type& t) const {
    switch (t.kind) {
        case TypeKind::boolean:
            return "bool";
        case TypeKind::integer:
            return "int";
        case TypeKind::number:
            return "number";
        case TypeKind::date:
            return "date";
        case TypeKind::duration:
            return "duration";
        case TypeKind::text:
            return "text";
        case TypeKind::state:
            return "state";
        case TypeKind::enumeration:
            return t.enum_id < enums_.size() ? enums_[t.enum_id].name : "enum";
        case TypeKind::set:
            if (t.enum_id == kStateCodes) return "set<state>";
            return "set<" + (t.enum_id < enums_.size() ? enums_[t.enum_id].name : "?") + ">";
    }
    return "?";
}

std::string Schema::format_value(const Value& v, std::uint32_t enum_id) const {
    auto enum_value = [&](std::uint32_t i) -> std::string {
        if (enum_id == kStateCodes) return state_code(i);
        if (enum_id < enums_.size() && i < enums_[enum_id].values.size()) {
            return enums_[enum_id].values[i];
        }
        return "#" + std::to_string(i);
    };
    switch (v.kind) {
        case TypeKind::boolean:
            return v.integer ? "true" : "false";
        case TypeKind::integer:
            return std::to_string(v.integer);
        case TypeKind::number: {
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.17g", v.number);
            return buf;
        }
        case TypeKind::date:
            return format_date(Date{static_cast<std::int32_t>(v.integer)});
        case TypeKind::duration:
            return std::to_string(v.integer) + "d";
        case TypeKind::text:
            return "\"" + v.text + "\"";
        case TypeKind::state:
            return v.text;
        case TypeKind::enumeration:
            return enum_value(static_cast<std::uint32_t>(v.integer));
        case TypeKind::set: {
            std::string out = "{";
            for (std::size_t i = 0; i < v.members.size(); ++i) {
                if (i) out += ", ";
                out += enum_value(v.members[i]);
            }
            return out + "}";
        }
    }
    return "?";
}

}  // namespace lexcheck::core
