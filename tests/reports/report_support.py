"""Shared by the report-format tests (tests/reports/CMakeLists.txt): run the
built jxaudit on the seed from the source tree, so the input path in every
report is the relative tests/fixtures/futian-2022-selfeval.txt, in a clean
environment (no JXAUDIT_* or locale settings: Chinese, the default)."""
import os
import re
import subprocess
import sys

SEED = "tests/fixtures/futian-2022-selfeval.txt"


def clean_env():
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("JXAUDIT_") and not k.startswith("LC_") and k not in ("LANG", "LANGUAGE")}
    env["LANG"] = "C.UTF-8"
    return env


# An input that does not exist: the run exits 2 and the report says so.
MISSING = "tests/fixtures/no-such-table.txt"


def run_check(jxaudit, source_dir, *args, inputs=(SEED,), codes=(0, 1)):
    """jxaudit check ARGS INPUTS in source_dir; returns (exit code, stdout bytes)."""
    proc = subprocess.run([jxaudit, "check", *args, *inputs], cwd=source_dir, env=clean_env(),
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode not in codes:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        fail(f"jxaudit check {' '.join(args)} exited {proc.returncode}")
    return proc.returncode, proc.stdout


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def mask_build(text):
    """What depends on the build, not on the report's logic: each plugin's file
    path and sha256 (a rebuilt plugin has another). Golden files keep a mark."""
    text = re.sub(r'("file": ")[^"]*(")', r"\1<plugin file>\2", text)
    text = re.sub(r'("sha256": ")[0-9a-f]{64}(",\n\s*"apiVersion")', r"\1<plugin sha256>\2", text)
    text = re.sub(r'(name="plugin\.[^"]+\.sha256" value=")[0-9a-f]*(")', r"\1<plugin sha256>\2", text)
    # JSON: "sha256" before "api_version"; text: the plugins line's "<id> <version> sha256 <12 hex>".
    text = re.sub(r'("sha256": ")[0-9a-f]{64}(",\n\s*"api_version")', r"\1<plugin sha256>\2", text)
    if "\n" in text:
        lines = text.split("\n")
        for i, line in enumerate(lines[:3]):
            if line.startswith(("插件：", "Plugins: ")):
                lines[i] = re.sub(r"sha256 [0-9a-f]{12}", "sha256 <plugin sha256>", line)
        text = "\n".join(lines)
    return text
