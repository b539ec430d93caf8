#!/usr/bin/env python3
"""`lexcheck scaffold` on documents that amend (LANGUAGE.md §12): where a `textualMod` or `mod`
names a measure of the corpus by FRBR work and eId, the skeleton says `replaces:` it (or
`repeals:`) and starts from a copy of its facts; where §10 forbids it, the key is commented out
with the reason. Real documents: the example bill (its textualMod names 114-FZ Art 26(4) of the
shipped corpus), the OASIS UK Act 2014 c.27 against a stand-in of the Act it amends
(tests/fixtures/legislation/ripa_standin), and the OASIS Italian Senate bill, whose mods name
no destination. The copied facts are compared with the corpus file as PyYAML reads it, and the
skeletons pass `check` unedited."""
import json, os, re, subprocess, sys, tempfile

import yaml

lexcheck, source = (os.path.abspath(a) for a in sys.argv[1:3])
rules = os.path.join(source, "rules")
standin = os.path.join(source, "tests", "fixtures", "legislation", "ripa_standin")
published = os.path.join(source, "tests", "fixtures", "akn", "published")
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)


def run(*args):
    return subprocess.run([lexcheck, *args], capture_output=True, text=True)


def flat(facts, prefix=""):
    """{trigger: {window: 3y}} -> {"trigger.window": "3y"}; lists compared as sets"""
    out = {}
    for key, value in facts.items():
        if isinstance(value, dict):
            out.update(flat(value, prefix + key + "."))
        else:
            out[prefix + key] = sorted(value) if isinstance(value, list) else value
    return out


def measure(doc, mid):
    return next(m for m in doc["measures"] if m["id"] == mid)


def scaffold(akn, corpus, *extra):
    r = run("scaffold", akn, "--rules", rules, "--corpus", corpus, "--no-cache", *extra)
    expect(r.returncode == 0, f"scaffold {os.path.basename(akn)}: exit {r.returncode}: {r.stderr}")
    again = run("scaffold", akn, "--rules", rules, "--corpus", corpus, "--no-cache", *extra)
    expect(again.stdout == r.stdout, f"scaffold {os.path.basename(akn)}: the same bytes twice")
    return r.stdout


def accepted(corpus, skeleton, as_of):
    """check reads the corpus with the skeleton added: no error, findings as JSON"""
    with open("skeleton.yaml", "w") as f:
        f.write(skeleton)
    r = run("check", "--rules", rules, "--corpus", corpus, "--corpus", "skeleton.yaml", "--no-cache",
            "--format", "json", "--fail-on", "never", "--as-of", as_of)
    expect(r.returncode == 0 and "error" not in r.stderr, f"check accepts: {r.stderr[:800]}")
    return json.loads(r.stdout)["findings"] if r.returncode == 0 else []


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)  # no lexcheck.toml or lexcheck.lock here

    # The example bill: its textualMod names /akn/ru/act/federal_law/1996-08-15/114-FZ/!main
    # ~art_26__para_1__point_4, the eId of ru.fz114.art26.p1.s4.
    corpus = os.path.join(source, "corpus")
    out = scaffold(os.path.join(source, "bills", "ru-fz114-art26-draft.akn.xml"), corpus)
    doc = yaml.safe_load(out)
    art1 = measure(doc, "ru.bill.illustrative-draft.2026-01-01.fz114-art26.art_1")
    art2 = measure(doc, "ru.bill.illustrative-draft.2026-01-01.fz114-art26.art_2")
    expect(art1.get("replaces") == "ru.fz114.art26.p1.s4", "bill: art_1 replaces 26(4)")
    expect(str(art1.get("in_force")) == "2027-01-01", "bill: in force by its lifecycle event")
    expect("replaces" not in art2 and "facts" not in art2, "bill: art_2 amends nothing")
    old = measure(yaml.safe_load(open(os.path.join(corpus, "ru", "fz114.yaml"))),
                  "ru.fz114.art26.p1.s4")
    expect(flat(art1.get("facts", {})) == flat(old["facts"]),
           f"bill: the copy is 26(4)'s facts: {flat(art1.get('facts', {}))}")
    findings = accepted(corpus, out, "2027-01-01")
    new = {f["provision"]: f["outcome"] for f in findings if f["measure"] == art1["id"]}
    expect(len(new) > 0 and not any(f["measure"] == old["id"] for f in findings),
           "bill: as of 2027-01-01 the copy is checked in place of 26(4)")
    before = run("check", "--rules", rules, "--corpus", corpus, "--no-cache", "--format", "json",
                 "--fail-on", "never", "--as-of", "2026-12-31")
    was = {f["provision"]: f["outcome"] for f in json.loads(before.stdout)["findings"]
           if f["measure"] == old["id"]}
    expect(new == was, f"bill: the copy decides as 26(4) did: {new} vs {was}")

    # The UK Act 2014 c.27 against the stand-in of the 2000 Act it amends.
    uk = os.path.join(published, "oasis_uk_pga_2014_27_WD17.xml")
    out = scaffold(uk, standin)
    doc = yaml.safe_load(out)
    expect(doc["document"]["id"] == "ukpga.2014.27", f"uk: id {doc['document']['id']}")
    sec4 = measure(doc, "ukpga.2014.27.sec_4")
    expect(sec4.get("replaces") == "gb.ripa2000.s11_4", "uk: section 4 replaces s11_4")
    expect(sec4.get("affects") == ["KG", "TJ"], "uk: affects copied")
    expect(flat(sec4.get("facts", {})) == flat(measure(
        yaml.safe_load(open(os.path.join(standin, "ripa2000.yaml"))), "gb.ripa2000.s11_4")["facts"]),
        f"uk: s11_4's facts copied: {sec4.get('facts')}")
    expect("ban.duration: 90d" in out and "window: 3y" in out, "uk: durations in their units")
    expect(re.search(r"# textualMod_6 \(insertion\) also amends gb\.ripa2000\.s12_7", out),
           "uk: the second measure amended is named")
    expect("textualMod_1 (insertion) amends /akn/uk/act/2000-07-28/chapter23/main#sec_11__subsec_2A, "
           "which no measure of the corpus quotes" in out, "uk: unmatched destinations named")
    sec8 = measure(doc, "ukpga.2014.27.sec_8")
    expect(sec8.get("repeals") == ["gb.ripa2000.s3", "gb.ripa2000.s5"],
           f"uk: section 8 repeals sections 3 to 5 (6 is later, 7 outside): {sec8.get('repeals')}")
    expect("facts" not in sec8, "uk: a repeal has no facts")
    expect(re.search(r"    # repeals: \[gb\.ripa2000\.s6\]   # textualMod_18 \(repeal\) repeals it; "
                     r"not said: this measure would come into force on 2014-07-17, not after "
                     r"`gb\.ripa2000\.s6` \(in force from 2020-01-01\)", out),
           "uk: a §10 problem leaves the key commented out with the reason")
    expect("# textualMod_18 (repeal) takes effect on 2016-12-31 by the document: check in_force"
           in out, "uk: the repeal's own date is pointed out")
    expect("gb.ripa2000.s7" not in out, "uk: section 7 is outside the range")
    accepted(standin, out, "2099-01-01")

    # The same skeleton without a corpus: nothing to replace, every fact unknown.
    bare = run("scaffold", uk, "--rules", rules, "--no-cache").stdout
    expect("replaces:" not in bare and "repeals:" not in bare and "\n    facts:" not in bare,
           "uk without a corpus: no replaces, no facts")

    # The Italian Senate bill: its mods are embedded without a destination.
    senato = os.path.join(published, "oasis_it_senato_ddl_2013_WD17.xml")
    out = scaffold(senato, standin, "--eId", "art_1")
    expect("# mod_1 does not name what it amends" in out and "replaces:" not in out,
           "senato: mods without destination are named, nothing replaced")
    accepted(standin, out, "2099-01-01")

for f in failures:
    print("FAILED:", f)
sys.exit(1 if failures else 0)
