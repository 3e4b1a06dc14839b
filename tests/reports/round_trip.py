"""ctest report_round_trip: every finding of the seed's JSON report is in its
SARIF (same count and order, rule id, level, file, line, fingerprint) and in
its JUnit XML (per table: as many error lines in the failure as the table
has errors, the failure's types the rules of those errors, and the warnings
in system-out), and in the text report (one line each, in order, with its
place and rule id)."""
import json
import sys
import urllib.parse
import xml.etree.ElementTree as ET

from report_support import fail, run_check

LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def check_sarif(report, sarif):
    results = sarif["runs"][0]["results"]
    findings = report["findings"]
    if len(results) != len(findings):
        fail(f"SARIF has {len(results)} results, JSON {len(findings)} findings")
    extensions = sarif["runs"][0]["tool"]["extensions"]
    for i, (f, r) in enumerate(zip(findings, results)):
        where = f"finding {i} ({f['rule']})"
        if r["ruleId"] != f["rule"] or r["level"] != LEVEL[f["severity"]]:
            fail(f"{where}: SARIF says {r['ruleId']} {r['level']}")
        ref = r["rule"]
        if extensions[ref["toolComponent"]["index"]]["rules"][ref["index"]]["id"] != f["rule"]:
            fail(f"{where}: the rule reference points at another descriptor")
        loc = f["location"]
        physical = r["locations"][0]["physicalLocation"]
        if urllib.parse.unquote(physical["artifactLocation"]["uri"]) != loc["file"]:
            fail(f"{where}: uri {physical['artifactLocation']['uri']} for {loc['file']}")
        line = physical.get("region", {}).get("startLine", 0)
        if line != loc["line"]:
            fail(f"{where}: startLine {line} for line {loc['line']}")
        if r["partialFingerprints"]["jxauditFingerprint/v1"] != f["fingerprint"]:
            fail(f"{where}: fingerprint differs")
        if loc["project_code"]:
            names = [l["fullyQualifiedName"] for l in r["locations"][0]["logicalLocations"]]
            want = loc["project_code"] + ("/" + loc["indicator"] if loc["indicator"] else "")
            if want not in names:
                fail(f"{where}: logical location {want} not in {names}")
    return len(results)


def check_junit(report, junit):
    root = ET.fromstring(junit)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    checked = 0
    for inp in report["inputs"]:
        suite = suites.get(inp["path"])
        if suite is None:
            fail(f"no testsuite for {inp['path']}")
        findings = [f for f in report["findings"] if f["location"]["file"] == inp["path"]]
        cases = suite.findall("testcase")
        whole = [f for f in findings if f["location"]["table"] == -1]
        offset = 1 if whole or not inp["projects"] else 0
        if len(cases) != offset + len(inp["projects"]):
            fail(f"{inp['path']}: {len(cases)} testcases for {len(inp['projects'])} tables")
        failures = 0
        for p, case in zip(inp["projects"], cases[offset:]):
            errors = [f for f in findings if f["location"]["table"] == p["table"] and f["severity"] == "error"]
            failure = case.find("failure")
            if not errors:
                if failure is not None:
                    fail(f"table {p['table']}: a failure without error findings")
                continue
            failures += 1
            lines = [l for l in (failure.text or "").split("\n") if l]
            if len(lines) != len(errors):
                fail(f"table {p['table']}: {len(lines)} error lines, JSON has {len(errors)} errors")
            if set(failure.get("type").split(",")) != {f["rule"] for f in errors}:
                fail(f"table {p['table']}: failure type {failure.get('type')}")
            for line, f in zip(lines, errors):
                if f["rule"] not in line:
                    fail(f"table {p['table']}: error line without its rule {f['rule']}: {line}")
            checked += len(errors)
        if int(suite.get("failures")) != failures:
            fail(f"{inp['path']}: failures={suite.get('failures')}, expected {failures}")
        out = suite.find("system-out").text or ""
        others = [f for f in findings if f["severity"] != "error"]
        if len([l for l in out.split("\n") if l]) != len(others):
            fail(f"{inp['path']}: system-out lines differ from {len(others)} warnings/info")
        for f in others:
            if f["rule"] not in out:
                fail(f"{inp['path']}: {f['rule']} not in system-out")
        checked += len(others)
    return checked


def check_text(report, text, en):
    """Each finding is one line of the text report, in report order: its place
    (第 N 行 / line N) and its rule id, under its file; coverage is said too."""
    lines = [l for l in text.split("\n") if l.startswith("    ") and not l.startswith("     ")]
    lines = [l for l in lines if not l.strip().startswith(("coverage:", "覆盖情况："))]
    findings = report["findings"]
    if len(lines) != len(findings):
        fail(f"text has {len(lines)} finding lines, JSON {len(findings)} findings")
    for i, (f, line) in enumerate(zip(findings, lines)):
        place = (f"line {f['location']['line']}" if en else f"第 {f['location']['line']} 行")
        if f"  {f['rule']}  " not in line or (f["location"]["line"] and place not in line):
            fail(f"finding {i} ({f['rule']}, line {f['location']['line']}) is not text line: {line}")
    if ("Coverage: " if en else "覆盖情况：") not in text:
        fail("the text report says no coverage")
    return len(lines)


def main(jxaudit, source_dir):
    _, json_out = run_check(jxaudit, source_dir, "--format", "json")
    report = json.loads(json_out)
    if not report["findings"]:
        fail("the seed has findings; an empty report proves nothing")
    _, sarif_out = run_check(jxaudit, source_dir, "--format", "sarif")
    n = check_sarif(report, json.loads(sarif_out))
    _, junit_out = run_check(jxaudit, source_dir, "--format", "junit")
    m = check_junit(report, junit_out)
    if m != len(report["findings"]):
        fail(f"JUnit carries {m} of {len(report['findings'])} findings")
    for lang in ("zh-CN", "en"):
        _, text_out = run_check(jxaudit, source_dir, "--format", "text", "--lang", lang)
        t = check_text(report, text_out.decode("utf-8"), lang == "en")
    print(f"{n} findings in SARIF, {m} in JUnit, {t} in the text, as in the JSON report")


if __name__ == "__main__":
    main(*sys.argv[1:3])
