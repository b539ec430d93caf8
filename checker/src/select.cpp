#include "select.hpp"

#include "binding_table.hpp"

#include "lexcheck/core/natural_order.hpp"
#include "lexcheck/core/parallel.hpp"

#include <algorithm>
#include <array>

namespace lexcheck::checker::detail {

namespace {

/// Each State once: two-capital codes by a table, any other by a list
class StateSet {
public:
    void add(std::string_view state) {
        const std::size_t c = state_code(state);
        if (c < seen_.size()) {
            if (seen_[c]) return;
            seen_[c] = true;
        } else if (std::find(states_.begin(), states_.end(), state) != states_.end()) {
            return;
        }
        states_.push_back(state);
    }
    const std::vector<std::string_view>& states() const { return states_; }

private:
    std::array<bool, kStateCodes> seen_{};
    std::vector<std::string_view> states_;
};

/// What one contiguous slice of the corpus's positions selects
struct Slice {
    std::vector<std::uint32_t> measures;
    std::size_t not_in_force = 0;
    bool sorted = true;  ///< Its measures' ids never decrease
    StateSet states;

    void scan(const core::Corpus& corpus, const CheckOptions& options, std::size_t begin,
              std::size_t end) {
        const auto& only = options.jurisdictions;
        std::string_view previous;
        for (std::size_t i = begin; i < end; ++i) {
            if (options.left_out && (*options.left_out)[i]) continue;
            const core::MeasureHead m = corpus.measures.head(i);
            if (!only.empty() && std::find(only.begin(), only.end(), m.jurisdiction) == only.end())
                continue;
            if (!measure_in_force(m, options.as_of)) {
                ++not_in_force;
                continue;
            }
            sorted = sorted && (measures.empty() || !core::natural_less(m.id, previous));
            previous = m.id;
            measures.push_back(static_cast<std::uint32_t>(i));
            states.add(m.jurisdiction);
        }
    }
};

/// Below this many measures a slice is not worth a thread
constexpr std::size_t kMinSlice = 8192;

}  // namespace

Selection select_measures(const core::Corpus& corpus, const CheckOptions& options) {
    const std::size_t n = corpus.measures.size();
    const std::size_t count =
        std::min<std::size_t>(core::thread_count(options.threads), n / kMinSlice + 1);
    std::vector<Slice> slices(count);
    core::parallel_for(count, options.threads, [&](std::size_t s) {
        slices[s].scan(corpus, options, n * s / count, n * (s + 1) / count);
    });
    Selection out;
    StateSet states;
    bool sorted = true;
    for (const Slice& slice : slices) {
        // Ordered across the seam too: the last id before it is not after the first one past
        if (!out.measures.empty() && !slice.measures.empty()) {
            sorted = sorted && !core::natural_less(corpus.measures.head(slice.measures.front()).id,
                                                   corpus.measures.head(out.measures.back()).id);
        }
        sorted = sorted && slice.sorted;
        out.measures.insert(out.measures.end(), slice.measures.begin(), slice.measures.end());
        out.not_in_force += slice.not_in_force;
        for (std::string_view state : slice.states.states()) states.add(state);
    }
    out.states = states.states();
    // Checking is linear, sorting is not: the loaders put the corpus in id order already.
    if (!sorted) {
        std::sort(out.measures.begin(), out.measures.end(), [&](std::uint32_t a, std::uint32_t b) {
            return core::natural_less(corpus.measures.head(a).id, corpus.measures.head(b).id);
        });
    }
    return out;
}

}  // namespace lexcheck::checker::detail
