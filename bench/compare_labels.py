#!/usr/bin/env python3
"""Compares a `jxaudit check --format json` report with a corpus labels file.

    jxaudit-corpus --seed 7 --tables 2000 --defects all --out c.txt --labels c.json
    jxaudit check c.txt --format json --output report.json --fail-on never
    bench/compare_labels.py c.json report.json

Prints, per rule, labels found / missed and findings nobody expected (by
severity). A label with line 0 (table-level) matches any line of its table.
Exit status 1 when a label is missed or an unexpected error-level finding exists.
"""
import collections
import json
import sys


def main(labels_path, report_path):
    labels = json.load(open(labels_path, encoding="utf-8"))["expected"]
    report = json.load(open(report_path, encoding="utf-8"))
    findings = [f for f in report["findings"] if f["plugin"] not in ("parser", "host")]

    remaining = list(findings)

    def take(pred):
        for i, f in enumerate(remaining):
            if pred(f):
                del remaining[i]
                return True
        return False

    hit = collections.Counter()
    missed = collections.defaultdict(list)
    # Exact-line labels first, so a table-level label cannot steal their finding.
    for lab in sorted(labels, key=lambda l: l["line"] == 0):
        same = lambda f, lab=lab: f["location"]["table"] == lab["table"] and f["rule"] == lab["rule"]
        ok = take(lambda f: same(f) and (lab["line"] == 0 or f["location"]["line"] == lab["line"]))
        if ok:
            hit[lab["rule"]] += 1
        else:
            missed[lab["rule"]].append(lab)
    unexpected = collections.defaultdict(list)
    for f in remaining:
        unexpected[(f["severity"], f["rule"])].append(f)

    status = 0
    print(f"{len(labels)} labels, {len(findings)} plugin findings")
    for rule in sorted(set(hit) | set(missed)):
        print(f"  {rule:45s} found {hit[rule]:5d}  missed {len(missed[rule]):5d}")
        for lab in missed[rule][:3]:
            print(f"      missed: table {lab['table']} line {lab['line']} {lab['indicator']} ({lab['kind']})")
        status |= bool(missed[rule])
    for (sev, rule), fs in sorted(unexpected.items()):
        print(f"  unexpected {sev:7s} {rule:38s} {len(fs):5d}")
        for f in fs[:3]:
            loc = f["location"]
            print(f"      table {loc['table']} line {loc['line']} {loc['indicator']}: {f['message']['en'][:100]}")
        status |= sev == "error"
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
