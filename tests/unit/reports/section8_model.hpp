// A small model of LANGUAGE.md §5 and §8 written from the specification, not from the
// checker's code, for readings_differential_test.cpp: three-valued conditions over bool facts,
// provisions with exceptions, `unless` clauses and readings, and the finding line each
// (measure, provision) gets, in the form the test writes lexcheck's findings.
#pragma once

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace lexcheck::section8_model {

inline constexpr int kFacts = 5;

enum class T { no, yes, unknown };

inline T t_not(T a) {
    return a == T::yes ? T::no : a == T::no ? T::yes : T::unknown;
}
inline T t_and(T a, T b) {
    if (a == T::no || b == T::no) return T::no;
    return a == T::unknown || b == T::unknown ? T::unknown : T::yes;
}
inline T t_or(T a, T b) {
    return t_not(t_and(t_not(a), t_not(b)));
}

/// A condition: a bool fact, `not`, `and` or `or` of two conditions
struct Cond {
    enum Kind { fact, negation, conj, disj } kind = fact;
    int f = 0;
    std::shared_ptr<Cond> a, b;

    std::string text() const {
        switch (kind) {
            case fact:
                return "f" + std::to_string(f);
            case negation:
                return "not (" + a->text() + ")";
            case conj:
                return "(" + a->text() + ") and (" + b->text() + ")";
            case disj:
                return "(" + a->text() + ") or (" + b->text() + ")";
        }
        return "";
    }
};
using CondP = std::shared_ptr<Cond>;

/// A measure's facts: absent (-1), false (0) or true (1)
using Facts = std::vector<int>;

/// §5.6 value and §5.7 missing facts (absent facts read by unknown nodes, through unknown
/// nodes only)
inline T eval(const CondP& c, const Facts& m, std::set<std::string>* missing = nullptr) {
    if (!c) return T::yes;
    T v = T::unknown;
    switch (c->kind) {
        case Cond::fact:
            v = m[c->f] < 0 ? T::unknown : m[c->f] ? T::yes : T::no;
            if (v == T::unknown && missing) missing->insert("f" + std::to_string(c->f));
            return v;
        case Cond::negation:
            return t_not(eval(c->a, m, missing));
        case Cond::conj:
        case Cond::disj: {
            T x = eval(c->a, m), y = eval(c->b, m);
            v = c->kind == Cond::conj ? t_and(x, y) : t_or(x, y);
            if (v == T::unknown && missing) {
                if (x == T::unknown) eval(c->a, m, missing);
                if (y == T::unknown) eval(c->b, m, missing);
            }
            return v;
        }
    }
    return v;
}

struct Reading {
    std::string id;
    CondP scope, norm;  ///< Null: the provision's own
};

struct Prov {
    std::string id;
    bool exception = false;
    bool in_force = true;
    int parent = -1;  ///< For an exception
    CondP scope, norm;
    std::vector<CondP> unless;
    std::vector<int> exceptions;    ///< Children, in id order
    std::vector<Reading> readings;  ///< In id order
};

struct Outcome {
    std::string outcome;
    std::string defeated_by;
    std::set<std::string> missing;
};

struct Model {
    std::vector<Prov> provs;
    std::map<int, int> choice;  ///< Point -> reading index + 1 (0: primary)

    CondP scope(int p) const {
        auto it = choice.find(p);
        int k = it == choice.end() ? 0 : it->second;
        return k && provs[p].readings[k - 1].scope ? provs[p].readings[k - 1].scope
                                                   : provs[p].scope;
    }
    CondP norm(int p) const {
        auto it = choice.find(p);
        int k = it == choice.end() ? 0 : it->second;
        return k && provs[p].readings[k - 1].norm ? provs[p].readings[k - 1].norm : provs[p].norm;
    }

    /// Whether exception `e` holds: its scope and `when`, and none of its own exceptions
    T holds(int e, const Facts& m) const {
        T own = T::no;
        for (const CondP& u : provs[e].unless) own = t_or(own, eval(u, m));
        for (int c : provs[e].exceptions) {
            if (provs[c].in_force) own = t_or(own, holds(c, m));
        }
        return t_and(t_and(eval(scope(e), m), eval(norm(e), m)), t_not(own));
    }

    void exception_missing(int e, const Facts& m, std::set<std::string>& out) const {
        if (eval(scope(e), m) == T::unknown) eval(scope(e), m, &out);
        if (eval(norm(e), m) == T::unknown) eval(norm(e), m, &out);
        for (const CondP& u : provs[e].unless) {
            if (eval(u, m) == T::unknown) eval(u, m, &out);
        }
        for (int c : provs[e].exceptions) {
            if (provs[c].in_force && holds(c, m) == T::unknown) exception_missing(c, m, out);
        }
    }

    /// LANGUAGE.md §5 under the current choice of readings
    Outcome decide(int p, const Facts& m) const {
        Outcome o;
        if (!provs[p].in_force) return {"not_applicable", "", {}};
        T s = eval(scope(p), m);
        if (s == T::no) return {"not_applicable", "", {}};
        if (s == T::unknown) {
            eval(scope(p), m, &o.missing);
            return {"undetermined", "", o.missing};
        }
        T n = eval(norm(p), m);
        if (n == T::no) return {"compliant", "", {}};
        bool unknown = n == T::unknown;
        for (std::size_t k = 0; k < provs[p].unless.size(); ++k) {
            T u = eval(provs[p].unless[k], m);
            if (u == T::yes && o.defeated_by.empty())
                o.defeated_by = provs[p].id + "#unless" + std::to_string(k + 1);
            unknown = unknown || u == T::unknown;
        }
        for (int e : provs[p].exceptions) {
            if (!provs[e].in_force) continue;
            T h = holds(e, m);
            if (h == T::yes && o.defeated_by.empty()) o.defeated_by = provs[e].id;
            unknown = unknown || h == T::unknown;
        }
        if (!o.defeated_by.empty()) return {"compliant", o.defeated_by, {}};
        if (!unknown) return {"violation", "", {}};
        if (n == T::unknown) eval(norm(p), m, &o.missing);
        for (const CondP& u : provs[p].unless) {
            if (eval(u, m) == T::unknown) eval(u, m, &o.missing);
        }
        for (int e : provs[p].exceptions) {
            if (provs[e].in_force && holds(e, m) == T::unknown) exception_missing(e, m, o.missing);
        }
        return {"undetermined", "", o.missing};
    }
};

/// The model's finding line for (measure, provision), in the form `describe` writes
inline std::string model_finding(Model& m, int p, const Facts& facts) {
    // Points: P (with readings), then exceptions with readings whose path to P is in force.
    std::vector<int> points;
    if (!m.provs[p].readings.empty()) points.push_back(p);
    std::vector<int> stack(m.provs[p].exceptions.begin(), m.provs[p].exceptions.end());
    std::vector<int> found;
    while (!stack.empty()) {
        int e = stack.back();
        stack.pop_back();
        if (!m.provs[e].in_force) continue;
        if (!m.provs[e].readings.empty()) found.push_back(e);
        stack.insert(stack.end(), m.provs[e].exceptions.begin(), m.provs[e].exceptions.end());
    }
    std::sort(found.begin(), found.end(),
              [&](int a, int b) { return m.provs[a].id < m.provs[b].id; });
    points.insert(points.end(), found.begin(), found.end());
    // Assignments in lexicographic order, the last point fastest, primary first.
    std::vector<std::vector<int>> assignments{{}};
    for (int point : points) {
        std::vector<std::vector<int>> next;
        for (const auto& a : assignments) {
            for (int k = 0; k <= static_cast<int>(m.provs[point].readings.size()); ++k) {
                next.push_back(a);
                next.back().push_back(k);
            }
        }
        assignments = next;
    }
    if (!m.provs[p].in_force) assignments = {std::vector<int>(points.size(), 0)};
    std::vector<Outcome> outcomes;
    for (const auto& a : assignments) {
        m.choice.clear();
        for (std::size_t i = 0; i < points.size(); ++i) m.choice[points[i]] = a[i];
        outcomes.push_back(m.decide(p, facts));
    }
    m.choice.clear();
    auto missing_text = [](const std::set<std::string>& s) {
        std::string out;
        for (const auto& f : s) out += (out.empty() ? " missing=" : ",") + f;
        return out;
    };
    bool same = true, fault = false;
    std::set<std::string> all_missing;
    for (const Outcome& o : outcomes) {
        same = same && o.outcome == outcomes[0].outcome;
        fault = fault || (o.outcome != "compliant" && o.outcome != "not_applicable");
        all_missing.insert(o.missing.begin(), o.missing.end());
    }
    std::string line = m.provs[p].id + " ";
    if (same) {
        const Outcome& o = outcomes[0];
        line += o.outcome + (o.defeated_by.empty() ? "" : " defeated_by=" + o.defeated_by) +
                missing_text(o.outcome == "undetermined" ? all_missing : std::set<std::string>{});
        return line + "\n";
    }
    if (!fault) {
        for (const Outcome& o : outcomes) {
            if (o.outcome != "compliant") continue;
            return line + "compliant" +
                   (o.defeated_by.empty() ? "" : " defeated_by=" + o.defeated_by) + "\n";
        }
    }
    line += "contested" + missing_text(all_missing) + "\n";
    for (std::size_t a = 0; a < assignments.size(); ++a) {
        line += "  under";
        for (std::size_t i = 0; i < points.size(); ++i) {
            int k = assignments[a][i];
            line += (i ? "," : " ") + m.provs[points[i]].id + "=" +
                    (k ? m.provs[points[i]].readings[k - 1].id : "primary");
        }
        const Outcome& o = outcomes[a];
        line += ": " + o.outcome + (o.defeated_by.empty() ? "" : " defeated_by=" + o.defeated_by) +
                missing_text(o.missing) + "\n";
    }
    return line;
}

}  // namespace lexcheck::section8_model
