#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Agreement of two judges over real-world sample folders.

The first judge's labels are NAME.expect.json next to each sample (FOLDER/NAME.expect.json);
the second judge's are SECOND/<folder name>/NAME.json, written from the same rules without
seeing the first. Prints each disagreement and the share of samples on which both the reply
set and the finding set agree.

Usage: agreement.py --second DIR FOLDER...
"""
import argparse
import json
import pathlib
import sys


def sets(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    return sorted(set(data.get("replies", []))), sorted(set(data.get("findings", [])))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--second", required=True, type=pathlib.Path)
    parser.add_argument("folders", nargs="+", type=pathlib.Path)
    args = parser.parse_args()
    total = replies = findings = both = 0
    for folder in args.folders:
        for first in sorted(folder.glob("*.expect.json")):
            name = first.name[: -len(".expect.json")]
            second = args.second / folder.name / (name + ".json")
            if not second.exists():
                continue
            (r1, f1), (r2, f2) = sets(first), sets(second)
            total += 1
            replies += r1 == r2
            findings += f1 == f2
            both += r1 == r2 and f1 == f2
            if r1 != r2 or f1 != f2:
                print(f"{folder.name}/{name}: replies {r1} / {r2}; findings {f1} / {f2}")
    if not total:
        print("no sample was judged twice", file=sys.stderr)
        return 2
    print(f"{total} judged twice: both sets agree on {both / total:.1%} (replies {replies / total:.1%}, findings {findings / total:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
