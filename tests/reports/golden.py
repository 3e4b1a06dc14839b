"""ctest report_golden: the text, JSON, SARIF and JUnit reports of the seed, in Chinese
(the default) and English, are byte for byte the golden files in
tests/fixtures/golden/ — after masking each plugin's file path and sha256,
which change with every build (report_support.mask_build).
JXAUDIT_UPDATE_GOLDEN=1 rewrites the golden files instead (review the diff)."""
import os
import sys

from report_support import fail, mask_build, run_check

CASES = [
    ("futian-2022-selfeval.report.txt", ["--format", "text"]),
    ("futian-2022-selfeval.en.report.txt", ["--format", "text", "--lang", "en"]),
    ("futian-2022-selfeval.json", ["--format", "json"]),
    ("futian-2022-selfeval.sarif", ["--format", "sarif"]),
    ("futian-2022-selfeval.en.sarif", ["--format", "sarif", "--lang", "en"]),
    ("futian-2022-selfeval.junit.xml", ["--format", "junit"]),
    ("futian-2022-selfeval.en.junit.xml", ["--format", "junit", "--lang", "en"]),
]


def main(jxaudit, source_dir):
    golden_dir = os.path.join(source_dir, "tests", "fixtures", "golden")
    update = os.environ.get("JXAUDIT_UPDATE_GOLDEN") == "1"
    failures = []
    for name, args in CASES:
        _, out = run_check(jxaudit, source_dir, *args)
        text = mask_build(out.decode("utf-8"))
        path = os.path.join(golden_dir, name)
        if update:
            os.makedirs(golden_dir, exist_ok=True)
            open(path, "w", encoding="utf-8", newline="").write(text)
            print(f"rewrote {path}")
            continue
        if not os.path.exists(path):
            failures.append(f"{name}: no golden file (JXAUDIT_UPDATE_GOLDEN=1 makes it)")
            continue
        want = open(path, encoding="utf-8", newline="").read()
        if text != want:
            got_lines, want_lines = text.splitlines(), want.splitlines()
            first = next((i for i, (a, b) in enumerate(zip(got_lines, want_lines)) if a != b),
                         min(len(got_lines), len(want_lines)))
            failures.append(f"{name}: differs from line {first + 1}:\n  golden: "
                            f"{want_lines[first] if first < len(want_lines) else '<end>'}\n  now:    "
                            f"{got_lines[first] if first < len(got_lines) else '<end>'}")
    if failures:
        fail("\n".join(failures))
    print("golden files match" if not update else "golden files rewritten")


if __name__ == "__main__":
    main(*sys.argv[1:3])
