"""ctest junit_schema: jxaudit's JUnit XML for the seed made with
--timestamp validates against the Ant JUnit XSD as it is
(tests/fixtures/schemas/junit.xsd). The default output has no timestamp and
hostname, which that XSD requires: it must fail the XSD as it is, and pass a
relaxed copy made here — the same XSD with only those two attributes made
optional (use="required" -> use="optional" on the two declarations)."""
import os
import re
import subprocess
import sys
import tempfile

from report_support import MISSING, SEED, fail, run_check


def relaxed_xsd(xsd_text):
    out, n = re.subn(r'(<xs:attribute name="(?:timestamp|hostname)"[^>]*?)use="required"', r'\1use="optional"', xsd_text)
    if n != 2:
        fail(f"expected 2 attribute declarations to relax (timestamp, hostname), changed {n}")
    return out


def xmllint(schema, path):
    proc = subprocess.run(["xmllint", "--noout", "--schema", schema, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def main(jxaudit, source_dir, xsd):
    with tempfile.TemporaryDirectory() as tmp:
        stamped = os.path.join(tmp, "stamped.xml")
        plain = os.path.join(tmp, "plain.xml")
        _, out = run_check(jxaudit, source_dir, "--format", "junit", "--timestamp")
        open(stamped, "wb").write(out)
        if not re.search(rb' timestamp="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d" hostname="[^"]+"', out):
            fail("--timestamp output has no timestamp/hostname")
        code, err = xmllint(xsd, stamped)
        if code != 0:
            fail(f"--timestamp output does not validate:\n{err}")
        _, out = run_check(jxaudit, source_dir, "--format", "junit")
        open(plain, "wb").write(out)
        if b"timestamp=" in out or b"hostname=" in out:
            fail("default output carries timestamp/hostname")
        code, _ = xmllint(xsd, plain)
        if code == 0:
            fail("default output passed the strict XSD: the relaxed check would prove nothing")
        relaxed = os.path.join(tmp, "junit-relaxed.xsd")
        open(relaxed, "w", encoding="utf-8").write(relaxed_xsd(open(xsd, encoding="utf-8").read()))
        code, err = xmllint(relaxed, plain)
        if code != 0:
            fail(f"default output does not validate against the relaxed XSD:\n{err}")
        # A failed input is an errored suite, still valid.
        failed = os.path.join(tmp, "failed.xml")
        _, out_failed = run_check(jxaudit, source_dir, "--format", "junit", "--timestamp", inputs=(SEED, MISSING), codes=(2,))
        open(failed, "wb").write(out_failed)
        if f'name="{MISSING}"'.encode() not in out_failed or b"<error " not in out_failed:
            fail("the missing input is no testsuite with an <error>")
        code, err = xmllint(xsd, failed)
        if code != 0:
            fail(f"output with a failed input does not validate:\n{err}")
        # Workbook and Word inputs: case names from their tables.
        for office in ("tests/fixtures/office/anhui-chizhou-2022-weituo.xlsx", "tests/fixtures/office/anhui-chizhou-2022-weituo.docx"):
            path = os.path.join(tmp, "office.xml")
            _, out_office = run_check(jxaudit, source_dir, "--format", "junit", "--timestamp", inputs=(office,))
            open(path, "wb").write(out_office)
            code, err = xmllint(xsd, path)
            if code != 0:
                fail(f"{office}: output does not validate:\n{err}")
        # Without --timestamp, the same bytes run to run.
        _, again = run_check(jxaudit, source_dir, "--format", "junit")
        if again != out:
            fail("default JUnit output differs between two runs")
    print("JUnit validates (--timestamp: strict XSD; default: relaxed XSD)")


if __name__ == "__main__":
    main(*sys.argv[1:4])
