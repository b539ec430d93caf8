#include "json/measure_json.hpp"

#include "yaml/measure_parts.hpp"
#include "yaml/numbers.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>

namespace lexcheck::parser::detail {

namespace {

namespace od = simdjson::ondemand;

/// Thrown to leave the fast path; the YAML reader then reads the file
struct GiveUp {};

[[noreturn]] void give_up() {
    throw GiveUp{};
}

class Reader {
public:
    Reader(std::string_view text, core::SourceId file, const core::Schema& schema)
        : text_(text), file_(file), schema_(schema) {}

    void read_root(od::value root, MeasureFile& out) {
        MeasureDefaults defaults;
        std::uint32_t seen = 0;
        for (od::field field : object(root)) {
            std::string_view key = plain_key(field);
            od::value v = field.value();
            if (key == "document" && once(seen, 1)) {
                defaults = read_document(v);
            } else if (key == "measures" && once(seen, 2)) {
                if (v.type() == od::json_type::null) continue;
                if (v.type() != od::json_type::array) give_up();
                for (od::value m : v.get_array()) add(read_measure(m, defaults), out);
            } else {
                give_up();
            }
        }
    }

    void read_line(od::value root, MeasureFile& out) {
        add(read_measure(root, MeasureDefaults{}), out);
    }

    /// Gives up unless `root` is an object followed only by whitespace up to the end of `within`
    void check_alone(od::value& root, std::string_view within) {
        if (root.type() != od::json_type::object) give_up();
        core::SourceSpan s = value_span(root);
        std::size_t end = static_cast<std::size_t>(within.data() - text_.data()) + within.size();
        for (std::size_t i = s.end; i < end; ++i) {
            char c = text_[i];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') give_up();
        }
    }

private:
    static od::object object(od::value v) {
        if (v.type() != od::json_type::object) give_up();
        return v.get_object();
    }

    /// A key without escapes (an escaped key would need the YAML reader's spelling rules)
    std::string_view plain_key(od::field& field) {
        const char* raw = field.key().raw();
        const char* end =
            static_cast<const char*>(std::memchr(raw, '"', text_.data() + text_.size() - raw));
        if (!end || std::memchr(raw, '\\', static_cast<std::size_t>(end - raw))) give_up();
        return {raw, static_cast<std::size_t>(end - raw)};
    }

    core::SourceSpan key_span(od::field& field) {
        const char* raw = field.key().raw();
        std::string_view key = plain_key(field);
        return span_of(raw - 1, static_cast<std::uint32_t>(key.size() + 2));
    }

    static bool once(std::uint32_t& seen, std::uint32_t bit) {
        if (seen & bit) give_up();  // a key given twice is an error the YAML reader reports
        seen |= bit;
        return true;
    }

    core::SourceSpan span_of(const char* begin, std::uint32_t length) const {
        auto b = static_cast<std::uint32_t>(begin - text_.data());
        return {file_, b, b + length};
    }

    /// The span the YAML reader gives a node: a string with its quotes, a collection up to
    /// its closing bracket, a plain scalar as written
    core::SourceSpan value_span(od::value& v) {
        std::string_view token = v.raw_json_token();
        const char* begin = token.data();
        std::size_t limit = static_cast<std::size_t>(text_.data() + text_.size() - begin);
        if (limit == 0) give_up();
        char c = *begin;
        std::size_t n = 0;
        if (c == '"') {
            const char* close = static_cast<const char*>(std::memchr(begin + 1, '"', limit - 1));
            if (!close) give_up();
            n = static_cast<std::size_t>(close - begin) + 1;
        } else if (c == '[' || c == '{') {
            int depth = 0;
            for (std::size_t i = 0; i < limit; ++i) {
                char d = begin[i];
                if (d == '"') {
                    const char* close =
                        static_cast<const char*>(std::memchr(begin + i + 1, '"', limit - i - 1));
                    if (!close) give_up();
                    i = static_cast<std::size_t>(close - begin);
                } else if (d == '[' || d == '{') {
                    ++depth;
                } else if ((d == ']' || d == '}') && --depth == 0) {
                    n = i + 1;
                    break;
                }
            }
            if (n == 0) give_up();
        } else {
            n = token.size();
            while (n > 0 && (token[n - 1] == ' ' || token[n - 1] == '\t' || token[n - 1] == '\n' ||
                             token[n - 1] == '\r'))
                --n;
        }
        return span_of(begin, static_cast<std::uint32_t>(n));
    }

    /// A JSON string without escapes or control characters, as written; anything else
    /// gives up (the YAML reader has its own rules for those)
    std::string_view string(od::value& v) {
        if (v.type() != od::json_type::string) give_up();
        const char* begin = v.raw_json_token().data() + 1;
        const char* end = text_.data() + text_.size();
        const char* p = begin;
        while (p < end && *p != '"') {
            if (*p == '\\' || static_cast<unsigned char>(*p) < 0x20) give_up();
            ++p;
        }
        if (p == end) give_up();
        return {begin, static_cast<std::size_t>(p - begin)};
    }

    MeasureDefaults read_document(od::value v) {
        MeasureDefaults d;
        std::uint32_t seen = 0;
        for (od::field field : object(v)) {
            std::string_view key = plain_key(field);
            od::value x = field.value();
            if (key == "id" && once(seen, 1)) {
                string(x);
            } else if (key == "title" && once(seen, 2)) {
                d.title = std::string(string(x));
            } else if (key == "jurisdiction" && once(seen, 4)) {
                std::string_view s = string(x);
                if (!core::is_state_code(s)) give_up();
                d.jurisdiction = std::string(s);
            } else if (key == "akn" && once(seen, 8)) {
                d.akn_span = value_span(x);
                d.akn = std::string(string(x));
            } else {
                give_up();
            }
        }
        return d;
    }

    std::optional<core::Date> date(od::value& v) {
        auto d = core::parse_date(string(v));
        if (!d) give_up();
        return d;
    }

    ReadMeasure read_measure(od::value v, const MeasureDefaults& defaults) {
        ReadMeasure out;
        core::Measure& m = out.measure;
        m.title = defaults.title;
        out.akn = defaults.akn;
        out.akn_span = defaults.akn_span;
        std::uint32_t seen = 0;
        bool has_jurisdiction = false;
        for (od::field field : object(v)) {
            std::string_view key = plain_key(field);
            od::value x = field.value();
            if (key == "id" && once(seen, 1 << 0)) {
                m.span = value_span(x);
                m.id = std::string(string(x));
                if (m.id.empty()) give_up();
            } else if (key == "jurisdiction" && once(seen, 1 << 1)) {
                std::string_view s = string(x);
                if (!core::is_state_code(s)) give_up();
                m.jurisdiction = std::string(s);
                has_jurisdiction = true;
            } else if (key == "title" && once(seen, 1 << 2)) {
                m.title = std::string(string(x));
            } else if (key == "cite" && once(seen, 1 << 3)) {
                m.cite = std::string(string(x));
            } else if (key == "wording" && once(seen, 1 << 4)) {
                auto w = parse_wording(string(x));
                if (!w) give_up();
                m.wording = *w;
            } else if (key == "eId" && once(seen, 1 << 5)) {
                m.eid_span = value_span(x);
                m.eid = std::string(string(x));
            } else if (key == "akn" && once(seen, 1 << 6)) {
                out.akn_span = value_span(x);
                out.akn = std::string(string(x));
            } else if (key == "in_force" && once(seen, 1 << 7)) {
                m.in_force = date(x);
            } else if (key == "until" && once(seen, 1 << 8)) {
                m.until = date(x);
            } else if (key == "facts" && once(seen, 1 << 9)) {
                if (x.type() == od::json_type::null) continue;
                std::vector<bool> given(schema_.facts().size());
                read_facts(object(x), "", m, given);
                std::stable_sort(m.facts.begin(), m.facts.end(),
                                 [](const core::FactValue& a, const core::FactValue& b) {
                                     return a.fact < b.fact;
                                 });
            } else if (key == "expect" && once(seen, 1 << 10)) {
                if (x.type() == od::json_type::null) continue;
                std::unordered_set<std::string_view> provisions;
                for (od::field e : object(x)) {
                    std::string_view provision = plain_key(e);
                    if (provision.empty() || !provisions.insert(provision).second) give_up();
                    core::SourceSpan at = key_span(e);
                    od::value o = e.value();
                    auto outcome = core::parse_outcome(string(o));
                    if (!outcome) give_up();
                    m.expects.push_back({std::string(provision), *outcome, at});
                }
            } else {
                give_up();
            }
        }
        if (!(seen & 1)) give_up();
        if (!has_jurisdiction) {
            if (!defaults.jurisdiction) give_up();
            m.jurisdiction = *defaults.jurisdiction;
        }
        if (!m.eid.empty() && out.akn.empty()) give_up();
        return out;
    }

    void read_facts(od::object map, const std::string& prefix, core::Measure& m,
                    std::vector<bool>& given) {
        for (od::field field : map) {
            std::string_view key = plain_key(field);
            if (key.empty()) give_up();
            std::string path = prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
            od::value v = field.value();
            auto fact = schema_.find_fact(path);
            if (!fact) {
                // `trigger: {window: 3y}` names `trigger.window`.
                if (v.type() != od::json_type::object) give_up();
                read_facts(v.get_object(), path, m, given);
                continue;
            }
            const core::FactInfo& info = schema_.fact(*fact);
            if (info.builtin || given[*fact]) give_up();
            given[*fact] = true;
            core::SourceSpan at = value_span(v);
            m.facts.push_back({*fact, value(v, info.type), at});
        }
    }

    std::uint32_t enum_value(od::value& v, std::uint32_t enum_id) {
        auto index = schema_.enum_info(enum_id).find(string(v));
        if (!index) give_up();
        return *index;
    }

    core::Value value(od::value& v, const core::Type& type) {
        switch (type.kind) {
            case core::TypeKind::set: {
                if (v.type() != od::json_type::array) give_up();
                std::vector<std::uint32_t> members;
                for (od::value item : v.get_array())
                    members.push_back(enum_value(item, type.enum_id));
                return core::make_set(std::move(members));
            }
            case core::TypeKind::enumeration:
                return core::make_enum(enum_value(v, type.enum_id));
            case core::TypeKind::boolean:
                if (v.type() != od::json_type::boolean) give_up();
                return core::make_bool(v.get_bool());
            case core::TypeKind::integer: {
                if (v.type() != od::json_type::number) give_up();
                auto i = parse_int(value_text(v));
                if (!i) give_up();
                return core::make_int(*i);
            }
            case core::TypeKind::number: {
                if (v.type() != od::json_type::number) give_up();
                auto d = parse_number(value_text(v));
                if (!d) give_up();
                return core::make_number(*d);
            }
            case core::TypeKind::date:
                return core::make_date_value(date(v)->days);
            case core::TypeKind::duration: {
                auto d = core::parse_duration(string(v));
                if (!d) give_up();
                return core::make_duration_value(d->days);
            }
            case core::TypeKind::text:
                return core::make_text(std::string(string(v)));
            case core::TypeKind::state: {
                std::string_view s = string(v);
                if (!core::is_state_code(s)) give_up();
                return core::make_state(std::string(s));
            }
        }
        give_up();
    }

    std::string_view value_text(od::value& v) {
        core::SourceSpan s = value_span(v);
        return text_.substr(s.begin, s.end - s.begin);
    }

    void add(ReadMeasure read, MeasureFile& out) {
        if (!ids_.insert(read.measure.id).second) give_up();  // the YAML reader reports it
        append_measure(std::move(read), out);
    }

    std::string_view text_;
    core::SourceId file_;
    const core::Schema& schema_;
    std::unordered_set<std::string> ids_;
};

}  // namespace

std::optional<MeasureFile> parse_json_measure_file(const core::SourceManager& sources,
                                                   core::SourceId file, const core::Schema& schema,
                                                   bool jsonl) {
    std::string_view source = sources.text(file);
    // simdjson reads a little past the end: a padded copy, whose offsets equal the file's.
    simdjson::padded_string padded(source);
    std::string_view text(padded.data(), padded.size());
    thread_local od::parser parser;
    MeasureFile out;
    Reader reader(text, file, schema);
    try {
        if (!jsonl) {
            if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return out;
            od::document doc = parser.iterate(padded);
            od::value root = doc.get_value();
            reader.check_alone(root, text);
            reader.read_root(root, out);
            return out;
        }
        for (std::size_t start = 0; start < text.size();) {
            std::size_t end = text.find('\n', start);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(start, end - start);
            std::size_t at = start;
            start = end + 1;
            if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
            od::document doc = parser.iterate(padded.data() + at, line.size(),
                                              padded.size() - at + simdjson::SIMDJSON_PADDING);
            od::value root = doc.get_value();
            reader.check_alone(root, line);
            reader.read_line(root, out);
        }
        return out;
    } catch (const GiveUp&) {
        return std::nullopt;
    } catch (const simdjson::simdjson_error&) {
        return std::nullopt;
    }
}

}  // namespace lexcheck::parser::detail
