#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Accuracy of `mailflow decode --json` over folders of samples with expectations.

Each sample NAME.<ext> has NAME.expect.json next to it:
    {"replies": ["550 5.1.1", "5.4.300", "421"], "findings": ["recipient-unknown"]}
"replies" is the set of distinct SMTP replies as "basic enhanced" (either part may be
missing); "findings" the set of finding names. A sample counts as right when both sets
match exactly. Prints one line per miss and the figures per folder and overall.

With --consensus DIR (the second judges' folder, DIR/<set>/NAME.json), only the samples whose second
label equals the first count: the decoder measured where the written rules leave no doubt.

Usage: accuracy.py [--cli PATH] [--json] [--quiet] [--consensus DIR] FOLDER...
Exit status: 0 when it ran (whatever the accuracy), 2 on usage or I/O errors.
"""
import argparse
import json
import pathlib
import subprocess
import sys


def reply_key(reply):
    code = reply.get("code")
    enhanced = reply.get("enhanced") or ""
    parts = []
    if code not in (None, 0, ""):
        parts.append(str(code))
    if enhanced:
        parts.append(enhanced)
    return " ".join(parts)


def decode(cli, path):
    run = subprocess.run([cli, "decode", "--json", str(path)], capture_output=True)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"{path}: mailflow exited {run.returncode}: {run.stderr.decode(errors='replace')}")
    return json.loads(run.stdout)


def samples(folder):
    for expect in sorted(folder.glob("*.expect.json")):
        stem = expect.name[: -len(".expect.json")]
        inputs = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".expect.json")]
        if len(inputs) != 1:
            raise RuntimeError(f"{expect}: expected exactly one input named {stem}.*, found {len(inputs)}")
        yield stem, inputs[0], json.loads(expect.read_text(encoding="utf-8"))


def agreed(second, folder, stem, want):
    label = second / folder.name / (stem + ".json")
    if not label.is_file():
        return False
    other = json.loads(label.read_text(encoding="utf-8"))
    return (set(other.get("replies", [])) == set(want.get("replies", []))
            and set(other.get("findings", [])) == set(want.get("findings", [])))


def evaluate(cli, folder, quiet, second=None):
    rows = []
    for stem, path, want in samples(folder):
        if second is not None and not agreed(second, folder, stem, want):
            continue
        got = decode(cli, path)
        got_replies = {reply_key(r) for r in got.get("replies", [])} - {""}
        got_findings = set(got.get("findings", []))
        want_replies = set(want.get("replies", []))
        want_findings = set(want.get("findings", []))
        row = {
            "sample": stem,
            "repliesRight": got_replies == want_replies,
            "findingsRight": got_findings == want_findings,
        }
        row["right"] = row["repliesRight"] and row["findingsRight"]
        if not row["right"]:
            row["replies"] = {"missing": sorted(want_replies - got_replies), "extra": sorted(got_replies - want_replies)}
            row["findings"] = {"missing": sorted(want_findings - got_findings), "extra": sorted(got_findings - want_findings)}
            if not quiet:
                print(f"MISS {folder.name}/{stem}: replies -{row['replies']['missing']} +{row['replies']['extra']}"
                      f"  findings -{row['findings']['missing']} +{row['findings']['extra']}")
        rows.append(row)
    return rows


def figures(rows):
    n = len(rows)
    def pct(key):
        return 100.0 * sum(r[key] for r in rows) / n if n else 0.0
    return {"samples": n, "right": sum(r["right"] for r in rows), "accuracy": pct("right"),
            "replies": pct("repliesRight"), "findings": pct("findingsRight")}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default="mailflow", help="path of the mailflow CLI (default: mailflow on PATH)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--quiet", action="store_true", help="do not list the misses")
    parser.add_argument("--consensus", type=pathlib.Path, metavar="DIR",
                        help="count only samples that the second judge in DIR labelled the same way")
    parser.add_argument("folders", nargs="+", type=pathlib.Path)
    args = parser.parse_args()
    report = {}
    everything = []
    try:
        for folder in args.folders:
            if not folder.is_dir():
                raise RuntimeError(f"{folder}: not a folder")
            if args.consensus is not None and not args.consensus.is_dir():
                raise RuntimeError(f"{args.consensus}: not a folder")
            rows = evaluate(args.cli, folder, args.quiet or args.json, args.consensus)
            report[str(folder)] = {"figures": figures(rows), "misses": [r for r in rows if not r["right"]]}
            everything += rows
    except (RuntimeError, OSError, json.JSONDecodeError) as error:
        print(f"accuracy.py: {error}", file=sys.stderr)
        return 2
    if len(args.folders) > 1:
        report["all"] = {"figures": figures(everything)}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, part in report.items():
            f = part["figures"]
            print(f"{name}: {f['right']}/{f['samples']} right = {f['accuracy']:.1f}% "
                  f"(replies {f['replies']:.1f}%, findings {f['findings']:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
