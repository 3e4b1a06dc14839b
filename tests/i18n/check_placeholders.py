"""Fails when a translation in a .po file does not carry its msgid's fmt
placeholders ({}, {0}, {:<8} …): fmt would throw, or drop a value, at run time.
Reads entries with polib-free parsing: only msgid/msgstr and their continuation lines."""
import re
import sys


def entries(path):
    key, parts, current = None, {}, []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r'^(msgid|msgstr) "(.*)"$', line)
        if m:
            if m.group(1) == "msgid" and parts:
                yield parts
                parts = {}
            key = m.group(1)
            parts[key] = m.group(2)
        elif line.startswith('"') and key:
            parts[key] += line[1:-1]
        else:
            key = None
    if parts:
        yield parts


def placeholders(text):
    # {{ and }} are literal braces in fmt.
    text = text.replace("{{", "").replace("}}", "")
    return sorted(re.findall(r"\{[^{}]*\}", text))


def main(path):
    bad = 0
    for e in entries(path):
        msgid, msgstr = e.get("msgid", ""), e.get("msgstr", "")
        if not msgid or not msgstr:
            continue
        want, got = placeholders(msgid), placeholders(msgstr)
        # Numbered placeholders may be reordered; a bare {} keeps its order and count.
        if len(want) != len(got) or (sorted(w for w in want if w != "{}") != sorted(g for g in got if g != "{}")):
            print(f"{path}: placeholders differ:\n  msgid  {msgid!r} {want}\n  msgstr {msgstr!r} {got}")
            bad += 1
    if bad:
        sys.exit(1)
    print("placeholders agree")


main(sys.argv[1])
