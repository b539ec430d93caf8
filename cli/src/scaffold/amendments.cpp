#include "scaffold/amendments.hpp"

#include "scaffold/work_uri.hpp"

#include <algorithm>
#include <set>

namespace lexcheck::cli::scaffold {

namespace {

/// Whether `eid` is `outer` or an element inside it (AKN eIds join levels with `__`)
bool inside(std::string_view eid, std::string_view outer) {
    if (eid.substr(0, outer.size()) != outer) return false;
    return eid.size() == outer.size() || eid.substr(outer.size(), 2) == "__";
}

std::string document_work(const core::AknDocument& d) {
    return work_key(d.frbr_work_uri.empty() ? d.frbr_work : d.frbr_work_uri);
}

bool within(const parser::AknModification& mod, const std::string& eid) {
    return std::find(mod.within.begin(), mod.within.end(), eid) != mod.within.end();
}

std::string describe(const parser::AknModification& mod) {
    std::string out = mod.label.empty() ? std::string("a mod") : mod.label;
    if (mod.type != "mod" && !mod.type.empty()) out += " (" + mod.type + ")";
    return out;
}

}  // namespace

Amendments::Amendments(const core::Corpus& corpus, std::vector<parser::AknModification> mods,
                       std::string own_work)
    : corpus_(corpus), mods_(std::move(mods)), own_work_(work_key(own_work)) {
    if (mods_.empty()) return;  // a document that amends nothing reads no measure
    // Only the measures of the documents the destinations name are built (to read their
    // eIds): a cached corpus builds a measure on first access, and most are never needed.
    std::set<std::string> named;
    for (const parser::AknModification& mod : mods_) {
        for (const auto& d : mod.destinations) {
            std::string work = split_reference(d.href).work;
            named.insert(work.empty() ? own_work_ : work);
        }
    }
    std::vector<bool> read(corpus_.documents.size());
    for (std::size_t d = 0; d < read.size(); ++d)
        read[d] = named.count(document_work(corpus_.documents[d])) > 0;
    for (std::uint32_t i = 0; i < corpus_.measures.size(); ++i) {
        std::uint32_t d = corpus_.measures.document(i);
        if (d >= read.size() || !read[d] || corpus_.measures[i].eid.empty()) continue;
        measures_by_work_[document_work(corpus_.documents[d])].push_back(i);
    }
}

/// The measures of the corpus a destination names: the element or an element inside it,
/// and for a range (`upTo`) every element from the first to the last in document order
std::vector<std::uint32_t> Amendments::resolve(
    const parser::AknModification::Destination& d) const {
    WorkRef ref = split_reference(d.href);
    if (ref.work.empty()) ref.work = own_work_;
    auto found = measures_by_work_.find(ref.work);
    if (found == measures_by_work_.end()) return {};
    std::string up_to = d.up_to.empty() ? std::string() : split_reference(d.up_to).eid;
    std::vector<std::uint32_t> out;
    for (std::uint32_t i : found->second) {
        const core::Measure& m = corpus_.measures[i];
        bool hit =
            ref.eid.empty() || inside(m.eid, ref.eid) || (!up_to.empty() && inside(m.eid, up_to));
        if (!hit && !up_to.empty()) {
            const core::AknDocument& doc = corpus_.documents[m.document];
            const core::AknElement* first = doc.find(ref.eid);
            const core::AknElement* last = doc.find(up_to);
            const core::AknElement* e = doc.find(m.eid);
            hit = first && last && e && first->span.begin <= e->span.begin &&
                  e->span.begin <= last->span.begin;
        }
        if (hit) out.push_back(i);
    }
    return out;
}

/// LANGUAGE.md §10: why the new measure cannot replace or repeal `target`, or empty
std::string Amendments::problem(std::uint32_t index, const NewMeasure& m) const {
    const core::Measure& target = corpus_.measures[index];
    if (!m.in_force) return "a measure that replaces or repeals needs in_force: set it first";
    if (target.jurisdiction != m.jurisdiction)
        return "`" + target.id + "` is a measure of " + target.jurisdiction +
               ", this document's jurisdiction is " + m.jurisdiction +
               ": a measure ends only measures of its own State";
    if (target.in_force && *m.in_force <= *target.in_force)
        return "this measure would come into force on " + core::format_date(*m.in_force) +
               ", not after `" + target.id + "` (in force from " +
               core::format_date(*target.in_force) + ")";
    auto here = ended_here_.find(index);
    if (here != ended_here_.end() && here->second != m.id)
        return "`" + here->second + "` above already ends it";
    if (target.ended_by != core::kNone) {
        const core::Measure& ender = corpus_.measures[target.ended_by];
        if (!ender.until || *ender.until > *m.in_force)
            return "`" + ender.id + "` of the corpus already ends it from " +
                   core::format_date(*target.ended);
    }
    return {};
}

ElementAmendments Amendments::of(const std::string& eid, const NewMeasure& m) {
    ElementAmendments out;
    for (const parser::AknModification& mod : mods_) {
        if (!within(mod, eid)) continue;
        bool repeal = mod.type == "repeal";
        if (mod.destinations.empty())
            out.unmatched.push_back(describe(mod) + " does not name what it amends");
        for (const auto& d : mod.destinations) {
            std::vector<std::uint32_t> measures = resolve(d);
            if (measures.empty())
                out.unmatched.push_back(describe(mod) + " amends " + d.href +
                                        (d.up_to.empty() ? "" : " to " + d.up_to) +
                                        ", which no measure of the corpus quotes");
            for (std::uint32_t i : measures) {
                bool seen = std::any_of(out.targets.begin(), out.targets.end(),
                                        [&](const Target& t) { return t.measure == i; });
                if (!seen) out.targets.push_back({i, describe(mod), repeal, mod.date, false, ""});
            }
        }
    }
    // A measure replaces one measure, and one that repeals has no facts (LANGUAGE.md §10):
    // the first measure replaced is the new measure's, else every one repealed; the others
    // are named in comments only.
    auto first = std::find_if(out.targets.begin(), out.targets.end(),
                              [](const Target& t) { return !t.repeal; });
    for (Target& t : out.targets) {
        t.used = first != out.targets.end() ? &t == &*first : t.repeal;
        if (!t.used) continue;
        t.problem = problem(t.measure, m);
        if (t.problem.empty()) ended_here_.emplace(t.measure, m.id);
    }
    return out;
}

}  // namespace lexcheck::cli::scaffold
