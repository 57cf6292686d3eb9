#!/usr/bin/env python3
"""Writes copies of corpus sets with every prose line broken at a fixed width, as text copied
out of a PDF comes: the measure of how the reading holds up on hard-wrapped text.

Usage: rewrap.py OUT_DIR [WIDTH] [SET ...]   (default width 34 characters, sets dev fresh fresh4)
Then: build/tests/corpus_score OUT_DIR --set dev   (and the other sets).
Table rows (tabs, bars) and lines of 40 characters or fewer are left whole.
"""
import pathlib
import shutil
import sys

HERE = pathlib.Path(__file__).resolve().parent


def rewrap(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) > 40 and "|" not in line and "\t" not in line:
            while len(line) > width:
                out.append(line[:width])
                line = line[width:]
        out.append(line)
    return "\n".join(out)


def main(argv):
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = pathlib.Path(argv[0])
    width = int(argv[1]) if len(argv) > 1 else 34
    sets = argv[2:] or ["dev", "fresh", "fresh4"]
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
