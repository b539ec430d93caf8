// LANGUAGE.md §10 between measures: which measure ends which, from when, and the errors of a
// version chain (unknown target, another jurisdiction, a cycle, two enders in force together,
// an ender not later than its target). Within one measure (`in_force` given, a repeal without
// facts) the measure reader checks.
#include "lexcheck/core/date.hpp"
#include "lexcheck/core/suggest.hpp"
#include "lexcheck/parser/corpus.hpp"

#include <algorithm>
#include <unordered_map>

namespace lexcheck::parser {

namespace {

/// One `replaces` or `repeals` entry that names an existing measure
struct End {
    std::uint32_t target = 0;
    std::uint32_t ender = 0;
    core::SourceSpan at;  ///< The key that says it
};

class VersionLinker {
public:
    VersionLinker(core::Corpus& corpus, core::DiagnosticSink& sink,
                  const std::vector<bool>* left_out)
        : ms_(corpus.measures), sink_(sink), left_out_(left_out) {}

    // Measures are read by their heads (core::MeasureList): a measure read in place from the
    // cache is built only when it names or is named by another version, which few are.
    void run() {
        bool versioned = false;
        for (std::uint32_t i = 0; i < ms_.size(); ++i) {
            if (core::Measure* m = ms_.existing(i)) {  // one not built was never linked
                m->ended.reset();
                m->ended_by = core::kNone;
                m->replaces_index = core::kNone;
            }
            const core::MeasureHead h = ms_.head(i);
            versioned = versioned || (present(i) && (h.replaces || h.repeals));
        }
        // Most corpora have no versions: then no index of every id (5 MB at 100k measures).
        if (!versioned) return;
        for (std::uint32_t i = 0; i < ms_.size(); ++i) {
            if (present(i)) by_id_.emplace(ms_.head(i).id, i);
        }
        for (std::uint32_t i = 0; i < ms_.size(); ++i) {
            const core::MeasureHead h = ms_.head(i);
            if (!present(i) || !h.in_force) continue;  // no in_force: the reader said so
            if (!h.replaces && !h.repeals) continue;
            const core::Measure& m = ms_[i];
            if (!m.replaces.empty()) resolve(i, m.replaces, m.replaces_span, "replaces");
            if (m.repeals) {
                for (const std::string& id : *m.repeals) resolve(i, id, m.repeals_span, "repeals");
            }
        }
        apply();
    }

private:
    bool present(std::uint32_t i) const { return !left_out_ || !(*left_out_)[i]; }

    void resolve(std::uint32_t i, const std::string& id, core::SourceSpan at, const char* key) {
        const core::Measure& m = ms_[i];
        auto found = by_id_.find(id);
        if (found == by_id_.end()) {
            unknown(m, id, at, key);
            return;
        }
        std::uint32_t t = found->second;
        const core::MeasureHead target = ms_.head(t);
        if (in_cycle(i, t)) {
            sink_.error("version_cycle", at,
                        "`" + m.id + "` " + key + " `" + id +
                            "`, which is itself a later version of `" + m.id + "`",
                        "a version chain runs one way: remove one of the `replaces` keys");
        } else if (target.jurisdiction != m.jurisdiction) {
            sink_.error("version_jurisdiction", at,
                        "`" + m.id + "` (" + m.jurisdiction + ") " + key + " `" + id +
                            "`, a measure of " + std::string(target.jurisdiction),
                        "a State can only replace or repeal its own measures; check the id");
        } else if (target.in_force && *m.in_force <= *target.in_force) {
            sink_.error("version_not_later", at,
                        "`" + m.id + "` " + key + " `" + id + "` from " +
                            core::format_date(*m.in_force) + ", but `" + id +
                            "` is in force only from " + core::format_date(*target.in_force),
                        "a new version must come into force after the one it ends; check both "
                        "`in_force` dates");
        } else {
            ends_.push_back({t, i, at});
            if (std::string_view(key) == "replaces") ms_[i].replaces_index = t;
        }
    }

    /// Whether following `replaces` from `t` leads back to `i`
    bool in_cycle(std::uint32_t i, std::uint32_t t) const {
        std::uint32_t at = t;
        for (std::size_t steps = 0; steps <= ms_.size(); ++steps) {
            if (at == i) return true;
            if (!ms_.head(at).replaces) return false;
            auto next = by_id_.find(ms_[at].replaces);
            if (next == by_id_.end()) return false;
            at = next->second;
        }
        return true;  // a cycle that does not pass through `i`: reported at its own members
    }

    void unknown(const core::Measure& m, const std::string& id, core::SourceSpan at,
                 const char* key) {
        std::vector<std::string> ids;
        ids.reserve(by_id_.size());
        for (const auto& [name, index] : by_id_) {
            if (ms_.head(index).jurisdiction == m.jurisdiction) ids.emplace_back(name);
        }
        std::sort(ids.begin(), ids.end());
        std::string help = core::did_you_mean(id, ids).value_or(
            "name a measure of the corpus (given with --corpus, or lexcheck.toml's `corpus`)");
        sink_.error("version_unknown_target", at,
                    "`" + m.id + "` " + key + " `" + id + "`, but no measure has that id",
                    std::move(help));
    }

    /// The end of every target: its first ender's in_force; two enders that would both be in
    /// force on some day are an error at the later one
    void apply() {
        std::sort(ends_.begin(), ends_.end(), [&](const End& a, const End& b) {
            if (a.target != b.target) return a.target < b.target;
            if (*ms_[a.ender].in_force != *ms_[b.ender].in_force)
                return *ms_[a.ender].in_force < *ms_[b.ender].in_force;
            return a.ender < b.ender;
        });
        for (std::size_t k = 0; k < ends_.size(); ++k) {
            const End& e = ends_[k];
            core::Measure& target = ms_[e.target];
            const core::Measure& ender = ms_[e.ender];
            if (k == 0 || ends_[k - 1].target != e.target) {
                target.ended = ender.in_force;
                target.ended_by = e.ender;
                continue;
            }
            const core::Measure& before = ms_[ends_[k - 1].ender];
            if (!before.until || *before.until > *ender.in_force) {
                sink_.error("version_overlap", e.at,
                            "`" + ender.id + "` and `" + before.id + "` both end `" + target.id +
                                "` and would both be in force on " +
                                core::format_date(*ender.in_force),
                            "one version at a time: let `" + ender.id + "` replace `" + before.id +
                                "` instead, or give `" + before.id + "` an `until`");
            }
        }
    }

    core::MeasureList& ms_;
    core::DiagnosticSink& sink_;
    const std::vector<bool>* left_out_;
    std::unordered_map<std::string_view, std::uint32_t> by_id_;
    std::vector<End> ends_;
};

}  // namespace

void link_versions(core::Corpus& corpus, core::DiagnosticSink& sink,
                   const std::vector<bool>* left_out) {
    VersionLinker(corpus, sink, left_out).run();
}

}  // namespace lexcheck::parser
