#include "state_proofs.hpp"

#include "exceptions.hpp"
#include "prover.hpp"

namespace lexcheck::analysis::detail {

namespace {

/// A provision that binds the State on the date, as the pairs need it
struct Bound {
    std::uint32_t provision = 0;
    z3::expr bind;      ///< It binds the measure (a formula under a reciprocal instrument)
    FactUsage usage;    ///< What its decision reads
    bool open = false;  ///< Its scope can hold and it can be complied with
};

class StateProver {
public:
    StateProver(z3::context& ctx, const core::RuleSet& rules, const checker::PairChecker& checker,
                const std::string& state, const ConflictOptions& options)
        : rules_(rules),
          checker_(checker),
          state_(state),
          prover_(
              ctx, rules,
              [&](FactVars& facts) {
                  return setting_for_state(facts, rules, state, options.as_of);
              },
              Space{state, options.as_of}, options.limits) {}

    StateResult run() {
        std::vector<Bound> bound;
        DecisionEncoder& d = prover_.decisions();
        for (std::uint32_t p = 0; p < rules_.provisions.size(); ++p) {
            const core::Provision& prov = rules_.provisions[p];
            if (prov.is_exception() || !d.setting().in_force[p]) continue;
            z3::expr bind = d.setting().binding[prov.instrument];
            if (bind.is_false()) continue;
            Bound b{p, bind, fact_usage(rules_, decision_roots(rules_, p)), false};
            // Who is bound may depend on the measure's nationalities (LANGUAGE.md §9).
            if (!bind.is_true()) b.usage.facts.insert(core::kFactAffects);
            b.open = provision(b);
            bound.push_back(std::move(b));
        }
        for (std::size_t i = 0; i < bound.size(); ++i) {
            for (std::size_t j = i + 1; j < bound.size(); ++j) {
                if (bound[i].open && bound[j].open && share_a_fact(bound[i], bound[j]))
                    pair(bound[i], bound[j]);
            }
        }
        return std::move(result_);
    }

private:
    static bool share_a_fact(const Bound& a, const Bound& b) {
        // Provisions that read no fact in common cannot conflict unless one of them alone
        // can never be complied with, which is reported on its own.
        for (std::uint32_t f : a.usage.facts) {
            if (b.usage.facts.count(f)) return true;
        }
        return false;
    }

    core::Proof proof(core::ProofKind kind, std::uint32_t p) {
        core::Proof out;
        out.kind = kind;
        out.provision = p;
        out.states = {state_};
        return out;
    }

    void undecided(core::ProofKind kind, std::uint32_t p, std::uint32_t other = core::kNone) {
        result_.undecided.push_back({kind, p, other, {state_}});
    }

    /// The single-provision proofs; true when the provision is open for pairs
    bool provision(const Bound& b);
    bool scope_can_hold(const Bound& b);
    void exceptions(const Bound& b);
    void pair(const Bound& a, const Bound& b);

    const core::RuleSet& rules_;
    const checker::PairChecker& checker_;
    std::string state_;
    Prover prover_;
    StateResult result_;
};

bool StateProver::scope_can_hold(const Bound& b) {
    // The primary reading's scope, and each reading's that replaces it (LANGUAGE.md §8).
    DecisionEncoder& d = prover_.decisions();
    std::vector<std::uint32_t> readings{core::kNone};
    for (std::uint32_t r : rules_.provisions[b.provision].readings) {
        if (rules_.readings[r].scope) readings.push_back(r);
    }
    std::vector<core::Proof> never;
    for (std::uint32_t r : readings) {
        Assignment a;
        if (r != core::kNone) a.push_back({b.provision, r});
        Answer answer = prover_.check({b.bind, d.scope(b.provision, a).t});
        if (answer == Answer::limit) {
            undecided(core::ProofKind::scope_never_holds, b.provision);
            return false;
        }
        if (answer == Answer::unsat) {
            never.push_back(proof(core::ProofKind::scope_never_holds, b.provision));
            never.back().reading = r == core::kNone ? rules_.provisions[b.provision].id.text
                                                    : rules_.readings[r].id.text;
        }
    }
    const bool none_holds = never.size() == readings.size();
    if (none_holds) {  // one proof for the provision
        never.resize(1);
        never.front().reading.clear();
    }
    result_.proofs.insert(result_.proofs.end(), never.begin(), never.end());
    return !none_holds;
}

bool StateProver::provision(const Bound& b) {
    DecisionEncoder& d = prover_.decisions();
    const std::uint32_t p = b.provision;
    if (!scope_can_hold(b)) return false;
    const Combined& c = d.combined(p);
    bool open = true;
    Answer comply = prover_.check({b.bind, c.compliant});
    if (comply == Answer::limit) {
        undecided(core::ProofKind::never_complied, p);
        open = false;
    } else if (comply == Answer::unsat) {
        open = false;
        core::Proof pr = proof(core::ProofKind::never_complied, p);
        pr.witness = prover_.witness({b.bind, c.in_scope}, b.usage);
        if (pr.witness) {
            pr.witness_findings.push_back(checker_.decide(*pr.witness, 0, p));
            const core::Outcome o = pr.witness_findings.back().outcome;
            if (o == core::Outcome::compliant || o == core::Outcome::not_applicable) {
                ++result_.unconfirmed;
            } else {
                result_.proofs.push_back(std::move(pr));
            }
        } else {
            undecided(core::ProofKind::never_complied, p);
        }
    }
    Answer violable = prover_.check({b.bind, c.any_violation});
    if (violable == Answer::limit) {
        undecided(core::ProofKind::exceptions_always_hold, p);
    } else if (violable == Answer::unsat) {
        z3::expr_vector breached(prover_.ctx());
        for (const Assignment& a : d.assignments(p)) breached.push_back(d.breached(p, a));
        Answer breach = prover_.check({b.bind, z3::mk_or(breached)});
        if (breach == Answer::limit) {
            undecided(core::ProofKind::norm_never_breached, p);
        } else {
            result_.proofs.push_back(proof(breach == Answer::unsat
                                               ? core::ProofKind::norm_never_breached
                                               : core::ProofKind::exceptions_always_hold,
                                           p));
        }
    }
    exceptions(b);
    return open;
}

void StateProver::exceptions(const Bound& b) {
    DecisionEncoder& d = prover_.decisions();
    for (const ExceptionItem& item : exception_items(rules_, b.provision)) {
        // An exception that never counts on this date for this State (not in force, not
        // binding) is a matter of dates, not of its condition.
        if (item.exception != core::kNone && d.active(item.exception).is_false()) continue;
        bool dormant = false;
        for (std::uint32_t x : item.chain) dormant = dormant || d.active(x).is_false();
        if (dormant) continue;
        z3::expr_vector any(prover_.ctx());
        for (const Assignment& a : d.assignments(b.provision))
            any.push_back(matters(d, b.provision, item, a) && item_holds(d, item, a));
        Answer answer = prover_.check({b.bind, z3::mk_or(any)});
        if (answer == Answer::limit) {
            undecided(core::ProofKind::exception_never_holds, b.provision);
        } else if (answer == Answer::unsat) {
            core::Proof pr = proof(core::ProofKind::exception_never_holds, b.provision);
            pr.exception = item.label;
            result_.proofs.push_back(std::move(pr));
        }
    }
}

void StateProver::pair(const Bound& a, const Bound& b) {
    DecisionEncoder& d = prover_.decisions();
    const Combined& ca = d.combined(a.provision);
    const Combined& cb = d.combined(b.provision);
    std::vector<z3::expr> both{a.bind, b.bind, ca.in_scope, cb.in_scope};
    ++result_.pairs;
    Answer overlap = prover_.check(both);
    if (overlap == Answer::unsat) return;  // no measure is within both scopes
    std::vector<z3::expr> comply = both;
    comply.push_back(ca.compliant);
    comply.push_back(cb.compliant);
    Answer answer = overlap == Answer::limit ? overlap : prover_.check(comply);
    if (answer == Answer::limit) {
        undecided(core::ProofKind::conflict, a.provision, b.provision);
        return;
    }
    if (answer == Answer::sat) return;
    core::Proof pr = proof(core::ProofKind::conflict, a.provision);
    pr.other = b.provision;
    FactUsage usage = a.usage;
    usage.merge(b.usage);
    pr.witness = prover_.witness(both, usage);
    if (!pr.witness) {
        undecided(core::ProofKind::conflict, a.provision, b.provision);
        return;
    }
    for (std::uint32_t p : {a.provision, b.provision})
        pr.witness_findings.push_back(checker_.decide(*pr.witness, 0, p));
    // The checker must agree: within both scopes, and not compliant with both.
    const core::Outcome x = pr.witness_findings[0].outcome, y = pr.witness_findings[1].outcome;
    if (x == core::Outcome::not_applicable || y == core::Outcome::not_applicable ||
        (x == core::Outcome::compliant && y == core::Outcome::compliant)) {
        ++result_.unconfirmed;
        return;
    }
    result_.proofs.push_back(std::move(pr));
}

}  // namespace

StateResult prove_for_state(const core::RuleSet& rules, const checker::PairChecker& checker,
                            const std::string& state, const ConflictOptions& options) {
    z3::context ctx;
    return StateProver(ctx, rules, checker, state, options).run();
}

}  // namespace lexcheck::analysis::detail
