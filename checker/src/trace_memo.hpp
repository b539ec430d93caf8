// Traces made once per shape of finding (issue 20). A traced decision of provision P is a
// function of P, of the value of each atom its trees and its exceptions' trees hold (a trace
// walks every node) and whether each fact those atoms read is stated, of which exception
// provisions are tried, and of the measure's jurisdiction (named by a step "not tried: its
// instrument does not bind …"). Findings that agree on all of these have the same trace,
// reasons, exceptions and missing facts but for where their measures state the facts read:
// the memo keeps the first and copies it with the next measure's positions.
#pragma once

#include "compiled.hpp"
#include "evaluate.hpp"
#include "trace_walk.hpp"

#include "lexcheck/core/finding.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace lexcheck::checker::detail {

class TraceMemo {
public:
    /// Makes the key of provision `p`'s traced decision for the measure in `view`; false when
    /// `p` is not memoised (readings, more atoms than a key holds, or very large trees).
    /// `is_binding(i)`: whether instrument `i` binds the measure's state, as decide() is told.
    template <typename IsBinding>
    bool make_key(const CompiledRules& c, std::uint32_t p, const MeasureView& view,
                  const IsBinding& is_binding) {
        const std::vector<Atom>* atoms = atoms_of(c, p);
        if (atoms == nullptr) return false;
        key_.assign(reinterpret_cast<const char*>(&p), sizeof p);
        const core::RuleSet& rules = *c.rules;
        for (const Atom& atom : *atoms) {
            auto byte = static_cast<unsigned>(evaluate_atom(atom.instr, simple_, rules, view));
            for (std::uint32_t k = 0; k < atom.reads; ++k)
                if (view.fact(atom.facts[k])) byte |= 4u << k;
            key_ += static_cast<char>(byte);
        }
        const std::vector<std::uint32_t>& order = c.provisions[p].exception_order;
        if (order.empty()) return true;
        for (std::uint32_t e : order) {
            const bool tried =
                c.provisions[e].in_force && is_binding(rules.provisions[e].instrument);
            key_ += tried ? '1' : '0';
        }
        key_ += view.jurisdiction();
        return true;
    }

    /// Fills `f`'s trace, reasons, exceptions, missing facts and shape from the finding kept
    /// under the last key made, with the positions of the facts in `view`; false when none is
    /// kept
    bool fill(const CompiledRules& c, const MeasureView& view, core::Finding& f);
    /// Keeps `f` (just traced) under the last key made, unless the memo is full or the trace
    /// is long
    void keep(const CompiledRules& c, core::Finding& f);

private:
    /// Shapes kept per thread at most: a run whose findings hardly repeat a shape stops
    /// keeping them
    static constexpr std::size_t kMaxShapes = 4096;
    /// Atoms a key holds at most: beyond, the key costs more than the trace it saves
    static constexpr std::size_t kMaxAtoms = 64;
    /// Conditions looked at to find a provision's atoms at most (a define chain of a million
    /// links is not memoised: looking would cost as much as the trace)
    static constexpr std::size_t kMaxNodes = 4096;
    /// Steps of a trace kept at most: a define chain of a million steps has one atom, and a
    /// copy of its trace would double what the run holds
    static constexpr std::size_t kMaxSteps = 1024;

    /// An atom of a key, decoded ahead (atom_instr), with the facts it reads
    struct Atom {
        Instr instr;
        std::uint32_t reads = 0;
        std::array<std::uint32_t, 3> facts{};
    };
    struct Shape {
        std::uint64_t id = 0;
        std::vector<core::TraceStep> trace;  ///< Its fact reads are of the first finding
        core::Reasons reasons;
        std::span<const core::ExceptionTried> exceptions;
        std::vector<std::string> missing_facts;
    };

    /// The atoms provision `p`'s decision may evaluate, distinct, made on first use; null
    /// when it is not memoised
    const std::vector<Atom>* atoms_of(const CompiledRules& c, std::uint32_t p);

    std::vector<std::vector<Atom>> atoms_;  ///< By provision
    std::vector<SimpleAtom> simple_;        ///< What atom_instr decoded for atoms_
    std::vector<std::uint8_t> state_;       ///< By provision: 0 not looked at, 1 memoised, 2 not
    std::string key_;
    std::unordered_map<std::string, Shape> shapes_;
    std::vector<core::FactRead> reads_;  ///< fill(): the reads of the finding being filled
};

}  // namespace lexcheck::checker::detail
