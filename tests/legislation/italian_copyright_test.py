#!/usr/bin/env python3
"""LANGUAGE.md §11 on real consolidated texts: the Italian copyright law (legge 633/1941) in
force 2021-12-31 and 2024-12-22 (../shared/fixtures/akn, Normattiva). Measures annotate every
article of the 2021 version; `lexcheck lock` locks them; the AKN file is then replaced by the
2024 version (the same path, as a consolidated text is updated in place). `check` must report
`source_changed` for exactly the articles whose text differs, and no other, in every report
format, with the word-level difference. The list of differing articles is computed here with
Python's own XML reader (all descendant text, white space collapsed), not with lexcheck's."""
import json, os, shutil, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

lexcheck, fixtures = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
v2021 = os.path.join(fixtures, "it_normattiva_041U0633_vig20211231.xml")
v2024 = os.path.join(fixtures, "it_normattiva_041U0633_vig20241222.xml")
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)


def articles(path):
    """eId -> text of every article"""
    out = {}
    for el in ET.parse(path).iter():
        if el.tag.rsplit("}", 1)[-1] == "article" and el.get("eId"):
            out[el.get("eId")] = " ".join("".join(el.itertext()).split())
    return out


old, new = articles(v2021), articles(v2024)
annotated = sorted(e for e in old if e in new)  # an article gone in 2024 is lock --check's
differing = sorted(e for e in annotated if old[e] != new[e])
expect(len(annotated) > 300 and 0 < len(differing) < len(annotated),
       "the fixtures hold many articles, some of them changed")

tmp = tempfile.mkdtemp()
os.chdir(tmp)
with open("rules.lex", "w") as f:
    f.write('instrument t "T" { kind treaty origin universal in_force 2000-01-01 '
            'party IT from 2000-01-01 }\nvocabulary v { fact banned : bool "bans" }\n'
            'provision t.p { of t cite "A" text "a" prohibits banned }\n')
with open("measures.yaml", "w") as f:
    f.write("document:\n  id: it.l633\n  jurisdiction: IT\n  akn: l633.xml\nmeasures:\n")
    for e in annotated:
        f.write(f"  - {{ id: it.l633.{e}, eId: {e}, in_force: 1941-07-16 }}\n")
shutil.copy(v2021, "l633.xml")


def run(*args):
    return subprocess.run([lexcheck, *args, "--rules", "rules.lex", "--corpus", "measures.yaml",
                           "--no-cache"], capture_output=True, text=True)


expect(run("lock").returncode == 0, "lexcheck lock on the 2021 text")
clean = run("check", "--fail-on", "never")
expect("source_changed" not in clean.stderr, "no warning before the text changes")
shutil.copy(v2024, "l633.xml")
expect(run("lock", "--check").returncode == 1, "lock --check sees the stale entries")

report = run("check", "--fail-on", "never", "--format", "json")
warned = sorted(line.split("`")[1] for line in report.stderr.splitlines()
                if "[source_changed]" in line)
expect(warned == differing, f"warnings for exactly {differing}, got {warned}")
changes = json.loads(report.stdout).get("source_changes", [])
expect(sorted(c["eId"] for c in changes) == differing, "JSON lists exactly the differing articles")
for c in changes:
    e = c["eId"]
    expect(c["locked"] == old[e] and c["current"] == new[e], f"{e}: locked and current text")
    kept_or = lambda kinds: " ".join(r["text"] for r in c["diff"] if r["kind"] in kinds)
    expect(kept_or({"kept", "removed"}) == old[e], f"{e}: kept + removed words give the old text")
    expect(kept_or({"kept", "added"}) == new[e], f"{e}: kept + added words give the new text")
for fmt, mark in [("text", "Source texts changed since the lock"),
                  ("md", "## Source texts changed since the lock"),
                  ("html", '<section id="source-changes">')]:
    out = run("check", "--fail-on", "never", "--format", fmt).stdout
    expect(mark in out, f"--format {fmt} has the section of changed texts")
    out = out[out.find(mark):]  # the findings above it name every article's eId
    expect(all(f"`{e}`" in out for e in differing)
           and sum(f"`{e}`" in out for e in annotated) == len(differing),
           f"--format {fmt} lists exactly the differing articles")

shutil.rmtree(tmp)
for f in failures:
    print("FAILED:", f)
sys.exit(1 if failures else 0)
