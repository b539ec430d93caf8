#!/usr/bin/env python3
"""End-to-end checks of issue 15 on the shipped rules and corpus and the example bill:
`diff` of two JSON reports equals `impact` byte for byte; an invalid bill exits 2 and writes
nothing; the version errors of LANGUAGE.md §10 each name file:line:col and their code; the
shipped lexcheck.lock is up to date; a changed lock gives `source_changed`."""
import json, os, shutil, subprocess, sys, tempfile

lexcheck, root = os.path.abspath(sys.argv[1]), sys.argv[2]
os.chdir(root)
bill = "bills/ru-fz114-art26-draft.yaml"
tmp = tempfile.mkdtemp()
failures = []


def run(*args):
    return subprocess.run([lexcheck, *args], capture_output=True, text=True)


def expect(cond, what):
    if not cond:
        failures.append(what)


base = ["--rules", "rules", "--corpus", "corpus", "--no-cache"]
old, new = os.path.join(tmp, "old.json"), os.path.join(tmp, "new.json")
run("check", *base, "--as-of", "2027-01-01", "--format", "json", "--fail-on", "never", "-o", old)
run("check", *base, "--corpus", bill, "--as-of", "2027-01-01", "--format", "json",
    "--fail-on", "never", "-o", new)
diff = run("diff", old, new, "--format", "json")
impact = run("impact", *base, "--bill", bill, "--format", "json")
expect(diff.returncode == 0 and impact.returncode == 0, "diff/impact exit 0")
expect(diff.stdout == impact.stdout, "diff of the two reports equals impact")
delta = json.loads(impact.stdout)
expect(delta["as_of"] == "2027-01-01", "as-of defaults to the bill's latest in_force")
changed = [c for c in delta["changes"] if c["kind"] == "changed"]
expect(len(changed) == 1 and changed[0]["provision"] == "eaeu_treaty.art97.p2"
       and changed[0]["before"]["outcome"] == "contested"
       and changed[0]["after"]["outcome"] == "compliant"
       and changed[0]["after"]["replaces"] == "ru.fz114.art26.p1.s4",
       "the bill cures the contested Art 97(2) finding of 114-FZ 26(4), under the new id")
expect(delta["summary"]["changed"] == 1 and delta["summary"]["added"] == 0
       and delta["summary"]["removed"] == 0, "only that finding changes")

# Before the bill's in_force, nothing changes.
early = json.loads(run("impact", *base, "--bill", bill, "--format", "json",
                       "--as-of", "2026-06-01").stdout)
expect(early["changes"] == [] and early["summary"]["unchanged"] > 0,
       "a bill not yet in force changes nothing")

# An invalid bill: exit 2, nothing written.
out = os.path.join(tmp, "impact.html")
bad = run("impact", *base, "--bill", "tests/legislation/versions_bad.yaml", "--format", "html",
          "-o", out)
expect(bad.returncode == 2 and not os.path.exists(out), "invalid bill: exit 2, no file")
for code in ["version_not_later", "version_unknown_target", "version_jurisdiction",
             "version_without_in_force"]:
    expect(f"[{code}]" in bad.stderr, f"invalid bill reports {code}")
expect("versions_bad.yaml:5:15: error" in bad.stderr, "the error is at the `replaces` value")

# The shipped lock is up to date, and a changed text is reported.
expect(run("lock", "--check").returncode == 0, "shipped lexcheck.lock is up to date")
lock = json.load(open("lexcheck.lock"))
lock["entries"][0]["sha256"] = "0" * 64
changed_lock = "legislation-test-changed.lock"  # beside lexcheck.lock: paths are relative to it
with open(changed_lock, "w") as f:
    json.dump(lock, f)
warned = run("check", "--lock", changed_lock, "--fail-on", "never")
expect("[source_changed]" in warned.stderr and warned.returncode == 0,
       "a changed element gives a source_changed warning")
expect(run("lock", "--lock", changed_lock, "--check").returncode == 1,
       "lock --check exits 1 on a stale lock")

os.remove(changed_lock)
shutil.rmtree(tmp)
for f in failures:
    print("FAILED:", f)
sys.exit(1 if failures else 0)
