"""ctest sarif_schema: jxaudit's SARIF validates against the official SARIF
2.1.0 schema (OASIS, draft-04) for the seed in both languages, for the seed
beside a missing input (exit 2), and for an .xlsx and a .docx; the
invocation records the exit code jxaudit exits with."""
import json
import sys

import jsonschema

OFFICE = ("tests/fixtures/office/anhui-chizhou-2022-weituo.xlsx", "tests/fixtures/office/anhui-chizhou-2022-weituo.docx")

from report_support import MISSING, SEED, fail, run_check


def validate(validator, sarif, what):
    errors = sorted(validator.iter_errors(sarif), key=lambda e: list(e.path))
    for e in errors[:10]:
        print(f"{what}: {'/'.join(map(str, e.path))}: {e.message}", file=sys.stderr)
    if errors:
        fail(f"{len(errors)} schema errors in the {what} SARIF")


def main(jxaudit, source_dir, schema_path):
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft4Validator(schema)
    # A failed input: exit 2, an unsuccessful execution with a notification naming it.
    code, out = run_check(jxaudit, source_dir, "--format", "sarif", inputs=(SEED, MISSING), codes=(2,))
    sarif = json.loads(out)
    validate(validator, sarif, "failed-input")
    invocation = sarif["runs"][0]["invocations"][0]
    if invocation["exitCode"] != 2 or invocation["executionSuccessful"] is not False:
        fail(f"a failed input gives exitCode 2, executionSuccessful false: {invocation}")
    notes = invocation.get("toolExecutionNotifications", [])
    if not any(n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == MISSING for n in notes):
        fail(f"no notification names {MISSING}: {notes}")
    # Office files: no line of the file, the sheet and cell in properties.
    for office in OFFICE:
        _, out = run_check(jxaudit, source_dir, "--format", "sarif", inputs=(office,))
        sarif = json.loads(out)
        validate(validator, sarif, office)
        if not any("sheet" in r["locations"][0]["physicalLocation"].get("properties", {}) or
                   "wordParagraph" in r["locations"][0]["physicalLocation"].get("properties", {}) or
                   "wordTable" in r["locations"][0]["physicalLocation"].get("properties", {})
                   for r in sarif["runs"][0]["results"]):
            fail(f"{office}: no result says its sheet or Word table")
    for lang in ("zh-CN", "en"):
        args = ["--format", "sarif"] + (["--lang", lang] if lang == "en" else [])
        code, out = run_check(jxaudit, source_dir, *args)
        sarif = json.loads(out)
        validate(validator, sarif, lang)
        run = sarif["runs"][0]
        invocation = run["invocations"][0]
        if invocation["exitCode"] != code:
            fail(f"invocation exitCode {invocation['exitCode']}, jxaudit exited {code}")
        if invocation["executionSuccessful"] is not True:
            fail("a run that read every input is executionSuccessful")
        if run["language"] != lang:
            fail(f"run.language {run['language']} for --lang {lang}")
        if not run["results"]:
            fail("the seed has findings: results must not be empty")
    print("SARIF validates (zh-CN, en, a failed input, .xlsx, .docx)")


if __name__ == "__main__":
    main(*sys.argv[1:4])
