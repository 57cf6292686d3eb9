#!/usr/bin/env python3
"""Checks that every figure in each corpus entry's expected document appears in its text.

Usage: check-expected.py [ENTRY.expected.json ...]   (default: every entry under tests/corpus)
Money ("9850000.00" 元) is found when the text holds a number equal to it in 元, 万元, 千元 or 亿元;
other figures when the text holds the same number (or, for text values, the same text).
Exit status 1 when any figure is missing, 2 when an entry cannot be read.
"""
import json
import pathlib
import sys
from decimal import InvalidOperation

from corpus_check import missing_figures

HERE = pathlib.Path(__file__).resolve().parent


def check(path):
    entry = json.loads(path.read_text(encoding="utf-8"))
    source = path.with_name(path.name.replace(".expected.json", ".txt"))
    missing = missing_figures(entry, source.read_text(encoding="utf-8"))
    for problem in missing:
        print(f"{path.name}: not in the text: {problem}")
    return not missing


def main(argv):
    paths = [pathlib.Path(a) for a in argv] or sorted(HERE.glob("*/*.expected.json"))
    bad = 0
    for path in paths:
        try:
            bad += 0 if check(path) else 1
        except (OSError, ValueError, InvalidOperation) as error:
            print(f"{path}: cannot read: {error}")
            return 2
    print(f"{len(paths) - bad} entries checked, {bad} with figures not in their text")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
