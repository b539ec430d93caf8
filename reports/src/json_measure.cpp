#include "json_measure.hpp"

#include "chunk_writer.hpp"
#include "describe.hpp"
#include "json_text.hpp"

#include <algorithm>

namespace lexcheck::reports::detail {

FactValues::FactValues(const Report& r) : r_(r) {
    enum_names_.reserve(r.rules.schema.enums().size());
    for (const core::EnumInfo& e : r.rules.schema.enums()) {
        std::vector<std::string>& names = enum_names_.emplace_back();
        names.reserve(e.values.size());
        for (const std::string& name : e.values) append_json_escaped(names.emplace_back(), name);
    }
}

void FactValues::write(ChunkWriter& out, FindingMeasure& m, const core::FactRead& read) const {
    if (!read.present) {
        out.put("null");
        return;
    }
    const core::FactValue* v = read.fact > core::kFactUntil ? m.find(read.fact) : nullptr;
    if (v) {
        const core::Value& value = v->value;
        const std::uint32_t enum_id = r_.rules.schema.fact(v->fact).type.enum_id;
        const std::vector<std::string>* names =
            enum_id < enum_names_.size() ? &enum_names_[enum_id] : nullptr;
        auto in_range = [&](std::int64_t i) {
            return names && i >= 0 && static_cast<std::uint64_t>(i) < names->size();
        };
        switch (value.kind) {
            case core::TypeKind::boolean:
                out.put(value.integer ? "\"true\"" : "\"false\"");
                return;
            case core::TypeKind::enumeration:
                if (!in_range(value.integer)) break;
                out.put('"');
                out.put((*names)[static_cast<std::size_t>(value.integer)]);
                out.put('"');
                return;
            case core::TypeKind::set: {
                // `{a, b}` escaped: the names escaped apart, as `{`, `, ` and `}` need none
                if (!std::all_of(value.members.begin(), value.members.end(), in_range)) break;
                out.put("\"{");
                for (std::size_t i = 0; i < value.members.size(); ++i) {
                    if (i) out.put(", ");
                    out.put((*names)[value.members[i]]);
                }
                out.put("}\"");
                return;
            }
            default:
                break;
        }
    }
    out.string(*read_value(r_, m.built(), read));
}

}  // namespace lexcheck::reports::detail
