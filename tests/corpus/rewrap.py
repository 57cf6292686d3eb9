#!/usr/bin/env python3
"""Writes copies of corpus sets with every prose line broken at a fixed width, as text copied
out of a PDF comes: the measure of how the reading holds up on hard-wrapped text.

Usage: rewrap.py OUT_DIR [WIDTH] [SET ...]   (default width 64 columns, sets dev fresh fresh4 … fresh10)
Then: build/tests/corpus_score OUT_DIR --set dev   (and the other sets).
The width is in display columns, as a page sets it: a CJK character takes two, a digit or a
Latin letter one (so a line of figures holds more characters). Table rows (tabs, bars) and
lines no wider than the width are left whole.
"""
import unicodedata
import pathlib
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent


def columns(char):
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def rewrap(text, width):
    out = []
    for line in text.split("\n"):
        if "|" in line or "\t" in line:
            out.append(line)
            continue
        piece, used = "", 0
        for char in line:
            if used + columns(char) > width:
                out.append(piece)
                piece, used = "", 0
            piece += char
            used += columns(char)
        out.append(piece)
    return "\n".join(out)


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = pathlib.Path(argv[0])
    width = int(argv[1]) if len(argv) > 1 else 64
    sets = argv[2:] or ["dev", "fresh", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10"]
    for name in sets:
        target = out_dir / name
        target.mkdir(parents=True, exist_ok=True)
        for source in sorted((HERE / name).glob("*.txt")):
            (target / source.name).write_text(rewrap(source.read_text(encoding="utf-8"), width), encoding="utf-8")
            expected = source.with_name(source.name.replace(".txt", ".expected.json"))
            shutil.copy(expected, target / expected.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
