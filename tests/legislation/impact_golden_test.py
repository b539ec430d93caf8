#!/usr/bin/env python3
"""Golden cases of `lexcheck impact` (LANGUAGE.md §12): every folder of tests/golden/impact
holds rules.lex, corpus.yaml and bill.yaml, and the expected impact in every format
(impact.txt, impact.json, impact.md, impact.html) and its exit status (exit_status). For
each case, `diff` of the two JSON reports of `check` (without and with the bill, as of the
impact's date) must give the same bytes as `impact` in every format.
LEXCHECK_UPDATE_GOLDEN=1 rewrites the expected files (review them before committing)."""
import json, os, subprocess, sys, tempfile

lexcheck, cases = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
update = os.environ.get("LEXCHECK_UPDATE_GOLDEN") == "1"
formats = {"text": "txt", "json": "json", "md": "md", "html": "html"}
failures = []


def run(*args):
    return subprocess.run([lexcheck, *args], capture_output=True, text=True)


def compare(case, name, got):
    path = os.path.join(cases, case, name)
    if update:
        with open(path, "w") as f:
            f.write(got)
    elif not os.path.exists(path) or open(path).read() != got:
        failures.append(f"{case}: {name} differs from the golden file")


for case in sorted(os.listdir(cases)):
    os.chdir(os.path.join(cases, case))  # paths in the outputs stay relative to the case
    base = ["--rules", "rules.lex", "--corpus", "corpus.yaml", "--no-cache"]
    impact = {f: run("impact", *base, "--bill", "bill.yaml", "--format", f) for f in formats}
    for f, ext in formats.items():
        compare(case, "impact." + ext, impact[f].stdout)
        if impact[f].stderr:
            failures.append(f"{case}: impact --format {f} wrote to stderr: {impact[f].stderr}")
    compare(case, "exit_status", f"{impact['text'].returncode}\n")
    as_of = json.loads(impact["json"].stdout)["as_of"]
    with tempfile.TemporaryDirectory() as tmp:
        old, new = os.path.join(tmp, "old.json"), os.path.join(tmp, "new.json")
        report = ["check", *base, "--as-of", as_of, "--format", "json", "--fail-on", "never"]
        run(*report, "-o", old)
        run(*report, "--corpus", "bill.yaml", "-o", new)
        for f in formats:
            # The views name what they compare ("lexcheck impact bill.yaml", "lexcheck diff
            # OLD -> NEW"); everything else must be the same bytes.
            got = run("diff", old, new, "--format", f).stdout
            for arrow in ("->", "-&gt;"):
                got = got.replace(f"lexcheck diff {old} {arrow} {new}", "lexcheck impact bill.yaml")
            if got != impact[f].stdout:
                failures.append(f"{case}: diff --format {f} differs from impact")
for f in failures:
    print("FAILED:", f)
sys.exit(1 if failures else 0)
