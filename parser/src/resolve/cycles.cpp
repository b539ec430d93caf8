// LANGUAGE.md §2 and §5.5: defines may not refer to themselves, and exceptions may not
// be exceptions to themselves, directly or through others. Both walks use explicit stacks
// so chains of a million defines need no native recursion.
#include "resolver.hpp"

#include <algorithm>

namespace lexcheck::parser::detail {

namespace {

enum class Mark : std::uint8_t { unvisited, active, done };

/// Every define's references to defines, as one flat list: define i's are
/// `targets[offsets[i] .. offsets[i + 1])`, in the order a last-child-first walk of its
/// condition meets them (one scratch stack, no list per define; only connectives are read
/// from the arena, the rest from Resolver::define_refs)
struct DefineEdges {
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> targets;

    explicit DefineEdges(const Resolver& r) {
        const auto& defines = r.rules.defines;
        const auto& refs = r.define_refs;
        offsets.reserve(defines.size() + 1);
        std::vector<core::CondId> stack;
        for (const core::Define& d : defines) {
            offsets.push_back(static_cast<std::uint32_t>(targets.size()));
            stack.assign(1, d.condition);
            while (!stack.empty()) {
                core::CondId id = stack.back();
                stack.pop_back();
                if (id == core::kNone) continue;
                if (refs[id] == Resolver::kConnective) {
                    const auto& children = r.rules.conditions[id].children;
                    stack.insert(stack.end(), children.begin(), children.end());
                } else if (refs[id] != core::kNone) {
                    targets.push_back(refs[id]);
                }
            }
        }
        offsets.push_back(static_cast<std::uint32_t>(targets.size()));
    }
    std::uint32_t begin(std::uint32_t d) const { return offsets[d]; }
    std::uint32_t end(std::uint32_t d) const { return offsets[d + 1]; }
};

/// The path of a cycle for a message: "`a` -> `b` -> `a`". `names` ends with its first
/// name again; a long cycle shows its first and last steps and how many `what` it has.
std::string cycle_path(const std::vector<std::string>& names, const char* what) {
    constexpr std::size_t kShown = 8;
    std::string out;
    auto add = [&](const std::string& n) {
        out += out.empty() ? "`" : " -> `";
        out += n;
        out += "`";
    };
    if (names.size() <= kShown + 1) {
        for (const auto& n : names) add(n);
        return out;
    }
    for (std::size_t i = 0; i < kShown / 2; ++i) add(names[i]);
    out += " -> …";
    for (std::size_t i = names.size() - kShown / 2; i < names.size(); ++i) add(names[i]);
    out += " (" + std::to_string(names.size() - 1) + " " + what + ")";
    return out;
}

}  // namespace

void check_define_cycles(Resolver& r) {
    const auto& defines = r.rules.defines;
    const DefineEdges edges(r);
    std::vector<Mark> mark(defines.size(), Mark::unvisited);
    struct Frame {
        std::uint32_t define;
        std::uint32_t next_edge;  ///< Index into edges.targets
    };
    std::vector<Frame> stack;
    for (std::uint32_t start = 0; start < defines.size(); ++start) {
        if (mark[start] != Mark::unvisited) continue;
        stack.assign(1, {start, edges.begin(start)});
        mark[start] = Mark::active;
        while (!stack.empty()) {
            Frame& top = stack.back();
            if (top.next_edge == edges.end(top.define)) {
                mark[top.define] = Mark::done;
                stack.pop_back();
                continue;
            }
            std::uint32_t next = edges.targets[top.next_edge++];
            if (mark[next] == Mark::unvisited) {
                mark[next] = Mark::active;
                stack.push_back({next, edges.begin(next)});
            } else if (mark[next] == Mark::active) {
                // The cycle is the part of the stack from `next` upwards.
                auto from = std::find_if(stack.begin(), stack.end(),
                                         [&](const Frame& f) { return f.define == next; });
                std::vector<std::string> names;
                for (auto it = from; it != stack.end(); ++it)
                    names.push_back(defines[it->define].name.text);
                names.push_back(defines[next].name.text);
                r.error("lex_define_cycle", defines[next].name.span,
                        "define `" + defines[next].name.text +
                            "` refers to itself: " + cycle_path(names, "defines"),
                        "a define must not depend on itself; break the cycle");
            }
        }
    }
}

void check_exception_cycles(Resolver& r) {
    auto& provisions = r.rules.provisions;
    std::vector<Mark> mark(provisions.size(), Mark::unvisited);
    std::vector<std::uint32_t> chain;
    for (std::uint32_t start = 0; start < provisions.size(); ++start) {
        chain.clear();
        std::uint32_t at = start;
        while (at != core::kNone && mark[at] == Mark::unvisited) {
            mark[at] = Mark::active;
            chain.push_back(at);
            at = provisions[at].exception_target;
        }
        if (at != core::kNone && mark[at] == Mark::active) {
            auto from = std::find(chain.begin(), chain.end(), at);
            std::vector<std::string> names;
            for (auto it = from; it != chain.end(); ++it) names.push_back(provisions[*it].id.text);
            names.push_back(provisions[at].id.text);
            core::Provision& p = provisions[at];
            r.error("lex_exception_cycle", p.exception_to ? p.exception_to->span : p.id.span,
                    "exceptions form a cycle: " + cycle_path(names, "provisions"),
                    "an exception must not, through others, be an exception to itself");
            // Break the cycle so later passes and the checker terminate.
            std::uint32_t target = p.exception_target;
            auto& list = provisions[target].exceptions;
            list.erase(std::remove(list.begin(), list.end(), at), list.end());
            p.exception_target = core::kNone;
        }
        for (std::uint32_t p : chain) mark[p] = Mark::done;
    }
}

}  // namespace lexcheck::parser::detail
