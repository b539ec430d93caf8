#!/usr/bin/env python3
"""`lexcheck scaffold` on every real Akoma Ntoso document of tests/fixtures/akn/published
(LANGUAGE.md §12): the output is accepted by `check` unedited (every listed finding
undetermined, with its missing facts), the same bytes on a second run, and the text quoted in
each measure's comment lines is the element's text exactly as reports quote it and
`lexcheck lock` holds it, with the characters Python's own XML reader reads. The title is the
docTitle; the US act's lifecycle event of entry into force gives `in_force`; a fact line
lists at most five provisions."""
import json, os, re, subprocess, sys, tempfile
import xml.etree.ElementTree as ET

lexcheck, fixtures, rules = (os.path.abspath(a) for a in sys.argv[1:4])
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)


XML_ID = "{http://www.w3.org/XML/1998/namespace}id"  # AKN4EU names elements by xml:id


def texts(path):
    return {el.get("eId") or el.get(XML_ID): " ".join("".join(el.itertext()).split())
            for el in ET.parse(path).iter() if el.get("eId") or el.get(XML_ID)}


def quoted(yaml_text):
    """eId -> the text its measure quotes (comment lines `# | …` joined by one space)"""
    out, eid = {}, None
    for line in yaml_text.splitlines():
        m = re.match(r'    eId: "(.*)"$', line)
        if m:
            eid = m.group(1).replace('\\"', '"').replace("\\\\", "\\")
            out[eid] = []
        elif line.startswith("    # | ") and eid is not None:
            out[eid].append(line[len("    # | "):])
    return {e: " ".join(lines) for e, lines in out.items()}


with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)  # no lexcheck.toml or lexcheck.lock here
    for name in sorted(os.listdir(fixtures)):
        if not name.endswith(".xml"):
            continue
        doc = os.path.join(fixtures, name)
        args = ["scaffold", doc, "--rules", rules, "--no-cache"]
        first = subprocess.run([lexcheck, *args, "-o", "out.yaml"], capture_output=True, text=True)
        if first.returncode != 0:
            failures.append(f"{name}: scaffold exit {first.returncode}: {first.stderr}")
            continue
        again = subprocess.run([lexcheck, *args], capture_output=True, text=True)
        yaml_text = open("out.yaml").read()
        expect(again.stdout == yaml_text, f"{name}: the same bytes on a second run")
        check = subprocess.run([lexcheck, "check", "--rules", rules, "--corpus", "out.yaml",
                                "--no-cache", "--format", "json", "--fail-on", "never",
                                "--as-of", "2099-01-01"], capture_output=True, text=True)
        expect(check.returncode == 0 and "error" not in check.stderr,
               f"{name}: check accepts the skeleton: {check.stderr[:500]}")
        if check.returncode == 0:
            findings = json.loads(check.stdout)["findings"]
            expect(all(f["outcome"] == "undetermined" and f["missing_facts"] for f in findings),
                   f"{name}: every finding undetermined with its missing facts")
        # Exactly the text reports quote and the lock holds; the same characters in the same
        # order as Python reads them (lexcheck puts a space between block elements where
        # itertext() joins them, so white space is not compared with Python).
        subprocess.run([lexcheck, "lock", "--lock", "scaffold.lock", "--rules", rules,
                        "--corpus", "out.yaml", "--no-cache"], capture_output=True)
        locked = {e["eId"]: e["text"] for e in json.load(open("scaffold.lock"))["entries"]
                  if e["kind"] == "measure"}
        titles = [" ".join("".join(el.itertext()).split()) for el in ET.parse(doc).iter()
                  if el.tag.rsplit("}", 1)[-1] == "docTitle"]
        if titles and titles[0]:
            title = re.search(r'^  title: "(.*)"$', yaml_text, re.M)
            expect(title and "".join(title.group(1).replace('\\"', '"').split()) ==
                   "".join(titles[0].split()), f"{name}: the title is the docTitle")
        for line in yaml_text.splitlines():
            m = re.search(r"read by (\d+) provisions?:(.*)$", line)
            if m:
                listed = m.group(2).split(" and ")[0].split()
                expect(len(listed) == min(int(m.group(1)), 5), f"{name}: at most 5 listed")
        if name.startswith("oasis_us_act"):  # eventRef refersTo="#enterInForce"
            expect("    in_force: 2011-11-29   # the lifecycle event of entry into force"
                   in yaml_text, f"{name}: in_force from the lifecycle")
        want, got = texts(doc), quoted(yaml_text)
        expect(len(got) > 0 and len(locked) == len(got), f"{name}: every measure locked")
        for eid, text in got.items():
            expect(locked.get(eid) == text, f"{name}: {eid} quotes the text reports quote")
            expect("".join(want.get(eid, "").split()) == "".join(text.split()),
                   f"{name}: {eid} quotes the element's characters exactly")
for f in failures:
    print("FAILED:", f)
sys.exit(1 if failures else 0)
