#!/usr/bin/env python3
"""Reads every file of the log corpus (tests/data/logcorpus) with faultless-cli and with lnav in
the same run, and prints how many each reads with the right instants (issue 20's measure).

A file counts as read when the tool gives at least one event and its earliest and latest
instants equal those of expected.tsv (the reviewed manifest that tst_logcorpus checks) or, for
the files Faultless does not read whole, of known-misses.tsv, to the millisecond (lnav prints
milliseconds). lnav 0.11 shows many stamps with an offset or zone name in their own wall-clock
time, so a second lnav count forgives a span moved by a whole number of quarter hours. Both tools see each file with its modification time
set to 2024-06-01T12:00:00Z (the year of year-less stamps, the day of time-only ones) and
read naive times as UTC. Not part of the test suite: lnav is optional and the run takes minutes.

Usage: scripts/logcorpus-vs-lnav.py [--cli build/app/faultless-cli] [--lnav lnav] [--verbose]
"""
import argparse
import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "data", "logcorpus")
MTIME = datetime.datetime(2024, 6, 1, 12, 0, 0, tzinfo=datetime.timezone.utc).timestamp()


def manifest():
    rows = []
    with open(os.path.join(CORPUS, "expected.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            rows.append({"file": cells[0], "events": int(cells[2]), "first": cells[4], "last": cells[5]})
    return rows


def known_misses():
    """file -> (earliest, latest): what the files that Faultless does not read whole say."""
    truth = {}
    with open(os.path.join(CORPUS, "known-misses.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            truth[cells[0]] = (cells[1], cells[2])
    return truth


def zone_shifted(got, want):
    """The same span moved by a whole number of quarter hours (a zone read as local time)."""
    if None in got or None in want:
        return False
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    g = [datetime.datetime.strptime(t, fmt) for t in got]
    w = [datetime.datetime.strptime(t, fmt) for t in want]
    shift = (g[0] - w[0]).total_seconds()
    return g[1] - g[0] == w[1] - w[0] and shift % 900 == 0 and abs(shift) <= 14 * 3600


def millis(iso):
    """'2024-05-01T10:00:00.123456Z' or '2024-05-01 10:00:00.123' -> '2024-05-01 10:00:00.123'"""
    if not iso or iso == "-":
        return None
    iso = iso.replace("T", " ").rstrip("Z")
    if "." not in iso:
        iso += ".000"
    head, frac = iso.split(".", 1)
    return head + "." + (frac + "000")[:3]


def faultless(cli, path, work):
    review = os.path.join(work, "r.faultless")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(review + suffix):
            os.remove(review + suffix)
    subprocess.run([cli, "new", review, "--tz", "UTC"], check=True, capture_output=True)
    subprocess.run([cli, "import", review, path], capture_output=True)
    out = subprocess.run([cli, "events", review], capture_output=True, text=True).stdout
    stamps = [json.loads(line)["timestamp"] for line in out.splitlines() if line.strip()]
    if not stamps:
        return 0, None, None
    return len(stamps), millis(min(stamps)), millis(max(stamps))


def lnav(binary, path, home):
    query = ";SELECT count(*) AS n, min(log_time) AS lo, max(log_time) AS hi FROM all_logs"
    env = dict(os.environ, HOME=home, TZ="UTC")
    try:
        done = subprocess.run([binary, "-n", "-c", query, "-c", ":write-csv-to -", path], env=env,
                              capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return 0, None, None
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    if not rows or not rows[-1].get("n"):
        return 0, None, None
    n = int(rows[-1]["n"])
    return n, millis(rows[-1]["lo"]) if n else None, millis(rows[-1]["hi"]) if n else None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "app", "faultless-cli"))
    parser.add_argument("--lnav", default=shutil.which("lnav"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    if not os.path.exists(args.cli):
        sys.exit(f"no faultless-cli at {args.cli} (build it, or give --cli)")
    rows = manifest()
    truth = known_misses()
    ours = theirs = theirs_wall = 0
    with tempfile.TemporaryDirectory() as work:
        home = os.path.join(work, "home")
        os.makedirs(home)
        for row in rows:
            path = os.path.join(work, row["file"])
            shutil.copyfile(os.path.join(CORPUS, "files", row["file"]), path)
            os.utime(path, (MTIME, MTIME))
            want = (millis(row["first"]), millis(row["last"]))
            if row["file"] in truth:
                want = tuple(millis(t) for t in truth[row["file"]])
            f = faultless(args.cli, path, work)
            f_ok = f[0] > 0 and (f[1], f[2]) == want
            l = lnav(args.lnav, path, home) if args.lnav else (0, None, None)
            l_ok = l[0] > 0 and (l[1], l[2]) == want
            ours += f_ok
            theirs += l_ok
            theirs_wall += l_ok or (l[0] > 0 and zone_shifted((l[1], l[2]), want))
            if args.verbose or not f_ok:
                print(f"{row['file']}: expected {row['events']} events {want[0]} .. {want[1]}; "
                      f"faultless {f[0]} {f[1]} .. {f[2]} {'ok' if f_ok else 'WRONG'}; "
                      f"lnav {l[0]} {l[1]} .. {l[2]} {'ok' if l_ok else 'no'}")
            os.remove(path)
    total = len(rows)
    print(f"files: {total}")
    print(f"faultless-cli read with the right instants: {ours} ({100.0 * ours / total:.1f}%)")
    if args.lnav:
        version = subprocess.run([args.lnav, "-V"], capture_output=True, text=True).stdout.strip()
        print(f"{version} read with the right instants: {theirs} ({100.0 * theirs / total:.1f}%)")
        print(f"{version} read with the right wall-clock times, zones aside: {theirs_wall} "
              f"({100.0 * theirs_wall / total:.1f}%)")
    else:
        print("lnav: not installed (apt-get install lnav), not measured")


if __name__ == "__main__":
    main()
