#!/usr/bin/python3
"""Synthetic lexcheck instances for the benchmarks (issues 4 and 8).

  generate.py instance --measures N --provisions P [--seed S] --out DIR [--formats ...]
                       [--readings PERCENT] [--density SHARE] [--quote]
  generate.py levels   --depth D --out DIR      # exception-to-exception chain
  generate.py defines  --depth D --out DIR      # chain of defines

`instance` writes N measures x P provisions of the form

    scope kind == K and target == T
    prohibits offence == O
    unless grounds has G1 or grounds has G2 ...

over 27 states, in lexcheck's format (DIR/rules/bench.lex and a corpus of files of 1,000
measures: DIR/corpus/*.yaml, DIR/json/*.json, DIR/jsonl/*.jsonl), as a Prolog program
(DIR/prolog/{facts,rules,run}.pl: negation as failure for the exceptions) and as an ASP
program for clingo (DIR/asp/{facts,rules}.lp). Every form has the same number of
violations; DIR/expected.txt records it, computed here independently of all three engines.

With --density SHARE, that share of the measures (0 to 1) is made to violate a provision: the
measure takes a random provision's kind, target and offence and none of its grounds (the
"dense" instance of issue 20: 0.3 gives about 30,000 violations at 100k x 50, each listed
with its trace, against about 8,700 without). The other measures are those of the same seed
without the option (a generator of its own picks the dense ones).

With --readings PERCENT, that share of the provisions get two readings each (LANGUAGE.md §8):
a narrower scope and a wider norm. Only lexcheck's rules have them (the peers have no readings),
and expected.txt then gives no violation count. The provisions and measures are the same as
without readings (the readings come from a generator of their own).

With --quote, every measure of the YAML corpus quotes an element (`eId: art_N`, N = its
number modulo 1,000, plus 1) of one Akoma Ntoso document, DIR/corpus/law.akn.xml (1,000
articles), named by each file's `document: {akn: law.akn.xml}`, as every shipped measure does
(issue 20: the warm load looks every eId up). The facts, and so the findings, do not change;
the other formats are written as without it.

Output depends only on the arguments (a seeded generator, no clock), so two runs with the
same arguments write byte-identical files.
"""

import argparse
import json
import os
import random
import sys

STATES = ["AM", "AT", "AZ", "BE", "BG", "BY", "CZ", "DE", "ES", "FR", "GE", "GR", "HU", "IT",
          "KG", "KZ", "MD", "NL", "PL", "PT", "RO", "RU", "SE", "SK", "TJ", "UA", "UZ"]
PARTIES = STATES[:20]        # bound from 2000-01-01
OBSERVERS = STATES[20:22]    # listed, never bound; the other five are not listed
KINDS, TARGETS, OFFENCES, GROUNDS = 8, 5, 12, 10
MISSING_OFFENCE = 0.05       # share of measures whose offence is not stated (undetermined)
FILE_SIZE = 1000             # measures per corpus file
AS_OF = "2024-01-01"


def kinds():
    return [f"k{i}" for i in range(KINDS)]


def enums_block():
    def enum(name, prefix, n):
        return f"  enum {name} {{ " + ", ".join(f"{prefix}{i}" for i in range(n)) + " }\n"
    return ("vocabulary bench {\n"
            + enum("measure_kind", "k", KINDS) + enum("target_group", "t", TARGETS)
            + enum("offence_kind", "o", OFFENCES) + enum("ground_kind", "g", GROUNDS)
            + '  fact kind : measure_kind "what the measure does"\n'
            + '  fact target : target_group "whom it targets"\n'
            + '  fact offence : offence_kind "the offence it sanctions"\n'
            + '  fact grounds : set<ground_kind> "grounds it invokes"\n'
            + "}\n")


def instrument_block():
    lines = ['instrument bench_treaty "Synthetic Benchmark Treaty" {',
             "  kind treaty", "  origin regional", "  in_force 2000-01-01"]
    lines += [f"  party {s} from 2000-01-01" for s in PARTIES]
    lines += [f"  party {s} observer" for s in OBSERVERS]
    return "\n".join(lines) + "\n}\n"


def make_provisions(rng, p):
    out = []
    for i in range(p):
        k, t, o = rng.randrange(KINDS), rng.randrange(TARGETS), rng.randrange(OFFENCES)
        grounds = sorted(rng.sample(range(GROUNDS), rng.randint(1, 3)))
        out.append((f"bench.p{i:04d}", k, t, o, grounds))
    return out


def make_measure(rng, i):
    state = STATES[rng.randrange(len(STATES))]
    k, t = rng.randrange(KINDS), rng.randrange(TARGETS)
    o = None if rng.random() < MISSING_OFFENCE else rng.randrange(OFFENCES)
    r = rng.random()
    n = 0 if r < 0.5 else 1 if r < 0.8 else 2
    grounds = sorted(rng.sample(range(GROUNDS), n))
    return (f"m{i:07d}", state, k, t, o, grounds)


def densify(measures, provisions, share, seed):
    """Makes `share` of the measures violate a provision (see --density)."""
    rng = random.Random(seed * 104729 + 31)
    out = []
    for mid, state, k, t, o, grounds in measures:
        if rng.random() < share:
            _, k, t, o, pgrounds = provisions[rng.randrange(len(provisions))]
            grounds = [g for g in grounds if g not in pgrounds]
        out.append((mid, state, k, t, o, grounds))
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def readings_block(provisions, percent, seed):
    """Two readings for `percent` % of the provisions; every reading's scope keeps the
    `kind == K` conjunct, so the scope index still applies."""
    rng = random.Random(seed * 7919 + 17)
    chosen = sorted(rng.sample(range(len(provisions)), len(provisions) * percent // 100))
    parts = []
    for i in chosen:
        pid, k, t, o, grounds = provisions[i]
        g, o2 = rng.randrange(GROUNDS), rng.randrange(OFFENCES)
        parts.append(
            f"reading {pid}.narrow {{\n  of {pid}\n  position \"narrow\"\n"
            f"  authority \"synthetic\"\n"
            f"  scope kind == k{k} and target == t{t} and not grounds has g{g}\n}}\n")
        parts.append(
            f"reading {pid}.wide {{\n  of {pid}\n  position \"wide\"\n"
            f"  authority \"synthetic\"\n"
            f"  prohibits offence == o{o} or offence == o{o2} \"sanctions offences\"\n}}\n")
    return parts


def lex_rules(provisions, readings=0, seed=1):
    parts = ["// Generated by bench/generate.py; do not edit.\n", instrument_block(), enums_block()]
    for pid, k, t, o, grounds in provisions:
        unless = " or ".join(f"grounds has g{g}" for g in grounds)
        parts.append(
            f"provision {pid} {{\n  of bench_treaty\n  cite \"Article {pid[7:]}\"\n"
            f"  text \"Synthetic provision {pid[7:]}.\"\n"
            f"  scope kind == k{k} and target == t{t}\n"
            f"  prohibits offence == o{o} \"sanctions offence o{o}\"\n"
            f"  unless {unless} \"justified on grounds\"\n}}\n")
    if readings:
        parts += readings_block(provisions, readings, seed)
    return "\n".join(parts)


QUOTED = 1000  # articles of --quote's document


def akn_document():
    articles = "".join(f'      <article eId="art_{n}"><num>Article {n}</num>'
                       f'<p>Text of article {n}.</p></article>\n' for n in range(1, QUOTED + 1))
    return ('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">\n'
            '  <act name="bench">\n    <body>\n' + articles + "    </body>\n  </act>\n</akomaNtoso>\n")


def yaml_measure(m, quote=False):
    mid, state, k, t, o, grounds = m
    s = f"  - id: {mid}\n    jurisdiction: {state}\n"
    if quote:
        s += f"    eId: art_{int(mid[1:]) % QUOTED + 1}\n"
    s += f"    facts:\n      kind: k{k}\n      target: t{t}\n"
    if o is not None:
        s += f"      offence: o{o}\n"
    s += "      grounds: [" + ", ".join(f"g{g}" for g in grounds) + "]\n"
    return s


def json_measure(m):
    mid, state, k, t, o, grounds = m
    facts = {"kind": f"k{k}", "target": f"t{t}"}
    if o is not None:
        facts["offence"] = f"o{o}"
    facts["grounds"] = [f"g{g}" for g in grounds]
    return {"id": mid, "jurisdiction": state, "facts": facts}


def facts_program(measures, comment):
    """The same facts for SWI-Prolog and clingo: one fact per stated measure fact."""
    out = [f"{comment} Generated by bench/generate.py; do not edit.\n"]
    out += [f"state({m[0]},{m[1].lower()}).\n" for m in measures]
    out += [f"kind({m[0]},k{m[2]}).\n" for m in measures]
    out += [f"target({m[0]},t{m[3]}).\n" for m in measures]
    out += [f"offence({m[0]},o{m[4]}).\n" for m in measures if m[4] is not None]
    out += [f"ground({m[0]},g{g}).\n" for m in measures for g in m[5]]
    return "".join(out)


def clause(pid, k, t, o, grounds, negation):
    body = [f"kind(M,k{k})", f"target(M,t{t})", f"offence(M,o{o})"]
    body += [f"{negation}ground(M,g{g})" for g in grounds]
    return f"violation(M,{pid.replace('.', '_')}) :- " + ", ".join(body) + ".\n"


PROLOG_RUN = """\
% Generated by bench/generate.py: consult facts and rules, count violations, print times.
:- initialization(main, main).
main :-
    get_time(T0),
    consult(facts), consult(rules),
    get_time(T1),
    aggregate_all(count, violation(_, _), N),
    get_time(T2),
    Load is T1 - T0, Eval is T2 - T1,
    format("violations ~d~nload_seconds ~4f~neval_seconds ~4f~n", [N, Load, Eval]).
"""


def expected_violations(provisions, measures):
    by_key = {}
    for _, k, t, o, grounds in provisions:
        by_key.setdefault((k, t), []).append((o, set(grounds)))
    n = 0
    for _, _, k, t, o, grounds in measures:
        if o is None:
            continue
        g = set(grounds)
        n += sum(1 for po, pg in by_key.get((k, t), ()) if po == o and not (pg & g))
    return n


def instance(args):
    rng = random.Random(args.seed)
    provisions = make_provisions(rng, args.provisions)
    measures = [make_measure(rng, i) for i in range(args.measures)]
    if args.density:
        measures = densify(measures, provisions, args.density, args.seed)
    out, formats = args.out, set(args.formats.split(","))
    write(os.path.join(out, "rules", "bench.lex"), lex_rules(provisions, args.readings, args.seed))
    chunks = [measures[i:i + FILE_SIZE] for i in range(0, len(measures), FILE_SIZE)]
    quote = args.quote and "yaml" in formats
    if quote:
        write(os.path.join(out, "corpus", "law.akn.xml"), akn_document())
    for n, chunk in enumerate(chunks):
        if "yaml" in formats:
            write(os.path.join(out, "corpus", f"part{n:05d}.yaml"),
                  ("document:\n  akn: law.akn.xml\n" if quote else "")
                  + "measures:\n" + "".join(yaml_measure(m, quote) for m in chunk))
        if "json" in formats:
            # One measure per line: still one JSON document, and positions stay cheap to show.
            write(os.path.join(out, "json", f"part{n:05d}.json"),
                  '{"measures":[\n' + ",\n".join(json.dumps(json_measure(m), separators=(",", ":"))
                                                  for m in chunk) + "\n]}\n")
        if "jsonl" in formats:
            write(os.path.join(out, "jsonl", f"part{n:05d}.jsonl"),
                  "".join(json.dumps(json_measure(m), separators=(",", ":")) + "\n" for m in chunk))
    if "pl" in formats:
        write(os.path.join(out, "prolog", "facts.pl"),
              ":- dynamic state/2, kind/2, target/2, offence/2, ground/2.\n"
              + facts_program(measures, "%"))
        write(os.path.join(out, "prolog", "rules.pl"),
              "% Generated by bench/generate.py: one clause per provision.\n"
              + "".join(clause(*p, "\\+ ") for p in provisions))
        write(os.path.join(out, "prolog", "run.pl"), PROLOG_RUN)
    if "lp" in formats:
        write(os.path.join(out, "asp", "facts.lp"), facts_program(measures, "%"))
        write(os.path.join(out, "asp", "rules.lp"),
              "% Generated by bench/generate.py: one rule per provision.\n"
              + "".join(clause(*p, "not ") for p in provisions)
              + "violations(N) :- N = #count { M, P : violation(M, P) }.\n#show violations/1.\n")
    counts = (f"readings {args.readings}\n" if args.readings
              else f"violations {expected_violations(provisions, measures)}\n")
    if args.density:
        counts = f"density {args.density}\n" + counts
    if quote:
        counts = "quote yes\n" + counts
    write(os.path.join(out, "expected.txt"),
          f"measures {args.measures}\nprovisions {args.provisions}\nseed {args.seed}\n"
          f"as_of {AS_OF}\n" + counts)


def chain_corpus(out):
    write(os.path.join(out, "corpus", "m.yaml"),
          "measures:\n  - id: m1\n    jurisdiction: RU\n    facts:\n      kind: k0\n"
          "      target: t0\n      offence: o0\n      grounds: [g0]\n")


def levels(args):
    """LANGUAGE.md §5.5 depth test: e_i is an exception to e_{i-1}, e_0 is the provision."""
    d = args.depth
    parts = ["// Generated by bench/generate.py levels; do not edit.\n", instrument_block(),
             enums_block(),
             'provision lv.e0000000 {\n  of bench_treaty\n  cite "Level 0"\n  text "Level 0."\n'
             "  prohibits kind == k0\n}\n"]
    for i in range(1, d + 1):
        parts.append(f'provision lv.e{i:07d} {{ of bench_treaty cite "Level {i}" text "L{i}." '
                     f"exception to lv.e{i - 1:07d} when grounds has g0 }}\n")
    write(os.path.join(args.out, "rules", "levels.lex"), "\n".join(parts))
    chain_corpus(args.out)
    # e_d holds; each level below holds exactly when the one above it does not.
    outcome = "compliant" if d % 2 == 1 else "violation"
    write(os.path.join(args.out, "expected.txt"), f"depth {d}\nas_of {AS_OF}\noutcome {outcome}\n")


def defines(args):
    """d_0 = kind == k0; d_i = not d_{i-1}; the provision prohibits d_D."""
    d = args.depth
    parts = ["// Generated by bench/generate.py defines; do not edit.\n", instrument_block(),
             enums_block(), "define d0000000 = kind == k0\n"]
    parts += [f"define d{i:07d} = not d{i - 1:07d}\n" for i in range(1, d + 1)]
    parts.append('provision df.p {\n  of bench_treaty\n  cite "P"\n  text "P."\n'
                 f"  prohibits d{d:07d}\n}}\n")
    write(os.path.join(args.out, "rules", "defines.lex"), "".join(parts))
    chain_corpus(args.out)
    outcome = "violation" if d % 2 == 0 else "compliant"
    write(os.path.join(args.out, "expected.txt"), f"depth {d}\nas_of {AS_OF}\noutcome {outcome}\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="family", required=True)
    a = sub.add_parser("instance", help="N measures x P provisions")
    a.add_argument("--measures", type=int, required=True)
    a.add_argument("--provisions", type=int, default=50)
    a.add_argument("--seed", type=int, default=1)
    a.add_argument("--formats", default="yaml,json,jsonl,pl,lp",
                   help="comma-separated subset of yaml,json,jsonl,pl,lp (rules are always written)")
    a.add_argument("--out", required=True)
    a.add_argument("--readings", type=int, default=0, metavar="PERCENT",
                   help="give PERCENT %% of the provisions two readings each (lexcheck only)")
    a.add_argument("--density", type=float, default=0, metavar="SHARE",
                   help="make SHARE (0 to 1) of the measures violate a provision (dense instance)")
    a.add_argument("--quote", action="store_true",
                   help="every YAML measure quotes an element of one Akoma Ntoso document")
    for name in ("levels", "defines"):
        b = sub.add_parser(name, help=f"the {name} chain family")
        b.add_argument("--depth", type=int, required=True)
        b.add_argument("--out", required=True)
    args = ap.parse_args()
    {"instance": instance, "levels": levels, "defines": defines}[args.family](args)


if __name__ == "__main__":
    sys.exit(main())
