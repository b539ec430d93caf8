#include "yaml/fast_measures.hpp"

#include "yaml/measure_parts.hpp"
#include "yaml/numbers.hpp"

#include "lexcheck/core/date.hpp"
#include "lexcheck/core/value.hpp"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace lexcheck::parser::detail {

namespace {

/// Thrown where the yaml-cpp reader would report something
struct GiveUp {};

[[noreturn]] void give_up() {
    throw GiveUp{};
}

class Builder {
public:
    Builder(const FastTree& tree, core::SourceId file, const core::Schema& schema)
        : tree_(tree), file_(file), schema_(schema) {}

    // measure_file.cpp's read_document_root: `document:` is read first wherever it stands.
    void read_root(std::uint32_t root, MeasureFile& out) {
        const FastNode& r = node(root);
        if (r.kind == FastKind::null) return;
        if (r.kind != FastKind::map) give_up();
        std::uint32_t document = kNoNode;
        std::uint32_t measures = kNoNode;
        for (std::uint32_t k = r.first; k != kNoNode; k = node(node(k).next).next) {
            std::string_view name = node(k).scalar;
            std::uint32_t& slot = name == "document" ? document : measures;
            // An unknown key is an error; yaml-cpp's reader lets a repeated one replace the
            // first without a word, which is left to it.
            if ((name != "document" && name != "measures") || slot != kNoNode) give_up();
            slot = node(k).next;
        }
        MeasureDefaults defaults;
        if (document != kNoNode) defaults = read_document(document);
        if (measures == kNoNode || node(measures).kind == FastKind::null) return;
        if (node(measures).kind != FastKind::sequence) give_up();
        std::size_t count = out.measures.size();
        for (std::uint32_t m = node(measures).first; m != kNoNode; m = node(m).next) ++count;
        out.measures.reserve(count);
        out.akn_paths.reserve(count);
        out.akn_spans.reserve(count);
        for (std::uint32_t m = node(measures).first; m != kNoNode; m = node(m).next) {
            std::uint32_t id = kNoNode;
            ReadMeasure read = read_measure(m, defaults, id);
            if (!ids_.insert(node(id).scalar).second) give_up();  // a duplicate id
            append_measure(std::move(read), out);
        }
    }

private:
    const FastNode& node(std::uint32_t i) const { return tree_.nodes[i]; }

    core::SourceSpan span(std::uint32_t i) const { return {file_, node(i).begin, node(i).end}; }

    /// A scalar (quoted or not) as text; null, lists and maps are type errors
    std::string_view text(std::uint32_t i) const {
        if (node(i).kind != FastKind::scalar) give_up();
        return node(i).scalar;
    }

    std::string_view state(std::uint32_t i) const {
        std::string_view s = text(i);
        if (!core::is_state_code(s)) give_up();
        return s;
    }

    core::Date date(std::uint32_t i) const {
        auto d = core::parse_date(text(i));
        if (!d) give_up();
        return *d;
    }

    /// Marks key `bit` of a map as given; a key given twice is an error
    static void once(std::uint32_t& seen, std::uint32_t bit) {
        if (seen & bit) give_up();
        seen |= bit;
    }

    MeasureDefaults read_document(std::uint32_t doc) {
        MeasureDefaults d;
        if (node(doc).kind != FastKind::map) give_up();
        std::uint32_t seen = 0;
        for (std::uint32_t k = node(doc).first; k != kNoNode; k = node(node(k).next).next) {
            std::string_view name = node(k).scalar;
            std::uint32_t v = node(k).next;
            if (name == "id") {
                once(seen, 1);
                text(v);
            } else if (name == "title") {
                once(seen, 2);
                d.title = std::string(text(v));
            } else if (name == "jurisdiction") {
                once(seen, 4);
                d.jurisdiction = std::string(state(v));
            } else if (name == "akn") {
                once(seen, 8);
                d.akn = std::string(text(v));
                d.akn_span = span(v);
            } else {
                give_up();
            }
        }
        return d;
    }

    /// `id_node` is set to the `id:` value, whose text outlives the reading
    ReadMeasure read_measure(std::uint32_t i, const MeasureDefaults& defaults,
                             std::uint32_t& id_node) {
        if (node(i).kind != FastKind::map) give_up();
        ReadMeasure out;
        core::Measure& m = out.measure;
        m.title = defaults.title;
        out.akn = defaults.akn;
        out.akn_span = defaults.akn_span;
        std::uint32_t seen = 0;
        for (std::uint32_t k = node(i).first; k != kNoNode; k = node(node(k).next).next) {
            std::string_view name = node(k).scalar;
            std::uint32_t v = node(k).next;
            if (name == "id") {
                once(seen, 1 << 0);
                m.id = std::string(text(v));
                if (m.id.empty()) give_up();
                m.span = span(v);
                id_node = v;
            } else if (name == "jurisdiction") {
                once(seen, 1 << 1);
                m.jurisdiction = std::string(state(v));
            } else if (name == "title") {
                once(seen, 1 << 2);
                m.title = std::string(text(v));
            } else if (name == "cite") {
                once(seen, 1 << 3);
                m.cite = std::string(text(v));
            } else if (name == "wording") {
                once(seen, 1 << 4);
                auto w = parse_wording(text(v));
                if (!w) give_up();
                m.wording = *w;
            } else if (name == "eId") {
                once(seen, 1 << 5);
                m.eid = std::string(text(v));
                m.eid_span = span(v);
            } else if (name == "akn") {
                once(seen, 1 << 6);
                out.akn = std::string(text(v));
                out.akn_span = span(v);
            } else if (name == "in_force") {
                once(seen, 1 << 7);
                m.in_force = date(v);
            } else if (name == "until") {
                once(seen, 1 << 8);
                m.until = date(v);
            } else if (name == "facts") {
                once(seen, 1 << 9);
                read_facts(v, m);
            } else if (name == "expect") {
                once(seen, 1 << 10);
                read_expects(v, m);
            } else {
                give_up();
            }
        }
        if (!(seen & 1)) give_up();  // no id
        if (!(seen & 2)) {
            if (!defaults.jurisdiction) give_up();
            m.jurisdiction = *defaults.jurisdiction;
        }
        if (!m.eid.empty() && out.akn.empty()) give_up();
        return out;
    }

    void read_expects(std::uint32_t i, core::Measure& m) {
        if (node(i).kind == FastKind::null) return;
        if (node(i).kind != FastKind::map) give_up();
        for (std::uint32_t k = node(i).first; k != kNoNode; k = node(node(k).next).next) {
            std::string_view provision = node(k).scalar;
            for (const core::MeasureExpect& e : m.expects) {
                if (e.provision == provision) give_up();
            }
            auto outcome = core::parse_outcome(text(node(k).next));
            if (!outcome) give_up();
            m.expects.push_back({std::string(provision), *outcome, span(k)});
        }
    }

    void read_facts(std::uint32_t i, core::Measure& m) {
        if (node(i).kind == FastKind::null) return;
        if (node(i).kind != FastKind::map) give_up();
        given_.assign(schema_.facts().size(), false);
        read_fact_map(i, {}, m);
        std::stable_sort(
            m.facts.begin(), m.facts.end(),
            [](const core::FactValue& a, const core::FactValue& b) { return a.fact < b.fact; });
    }

    // facts.cpp: a key that is not a fact and holds a map names the facts below it.
    void read_fact_map(std::uint32_t map, const std::string& prefix, core::Measure& m) {
        for (std::uint32_t k = node(map).first; k != kNoNode; k = node(node(k).next).next) {
            std::uint32_t v = node(k).next;
            std::string path = prefix.empty() ? std::string(node(k).scalar)
                                              : prefix + "." + std::string(node(k).scalar);
            auto fact = schema_.find_fact(path);
            if (!fact) {
                if (node(v).kind != FastKind::map) give_up();  // an unknown fact
                read_fact_map(v, path, m);
                continue;
            }
            const core::FactInfo& info = schema_.fact(*fact);
            if (info.builtin || given_[*fact]) give_up();
            given_[*fact] = true;
            m.facts.push_back({*fact, value(v, info.type), span(v)});
        }
    }

    std::uint32_t enum_value(std::uint32_t i, std::uint32_t enum_id) const {
        auto index = schema_.enum_info(enum_id).find(text(i));
        if (!index) give_up();
        return *index;
    }

    /// value.cpp's read_value, giving up where it reports
    core::Value value(std::uint32_t i, const core::Type& type) const {
        const FastNode& n = node(i);
        switch (type.kind) {
            case core::TypeKind::set: {
                if (n.kind != FastKind::sequence) give_up();
                std::vector<std::uint32_t> members;
                for (std::uint32_t item = n.first; item != kNoNode; item = node(item).next)
                    members.push_back(enum_value(item, type.enum_id));
                return core::make_set(std::move(members));
            }
            case core::TypeKind::enumeration:
                return core::make_enum(enum_value(i, type.enum_id));
            case core::TypeKind::boolean: {
                std::string_view s = text(i);
                if (!n.plain || (s != "true" && s != "false")) give_up();
                return core::make_bool(s == "true");
            }
            case core::TypeKind::integer: {
                auto v = n.plain ? parse_int(text(i)) : std::nullopt;
                if (!v) give_up();
                return core::make_int(*v);
            }
            case core::TypeKind::number: {
                auto v = n.plain ? parse_number(text(i)) : std::nullopt;
                if (!v) give_up();
                return core::make_number(*v);
            }
            case core::TypeKind::date:
                return core::make_date_value(date(i).days);
            case core::TypeKind::duration: {
                auto d = core::parse_duration(text(i));
                if (!d) give_up();
                return core::make_duration_value(d->days);
            }
            case core::TypeKind::text:
                return core::make_text(std::string(text(i)));
            case core::TypeKind::state:
                return core::make_state(std::string(state(i)));
        }
        give_up();
    }

    const FastTree& tree_;
    core::SourceId file_;
    const core::Schema& schema_;
    std::vector<bool> given_;
    std::unordered_set<std::string_view> ids_;
};

}  // namespace

std::optional<MeasureFile> read_fast_measures(const FastTree& tree, core::SourceId file,
                                              const core::Schema& schema) {
    MeasureFile out;
    try {
        Builder builder(tree, file, schema);
        for (std::uint32_t root : tree.documents) builder.read_root(root, out);
        return out;
    } catch (const GiveUp&) {
        return std::nullopt;
    }
}

}  // namespace lexcheck::parser::detail
