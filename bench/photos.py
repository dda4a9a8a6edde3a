#!/usr/bin/env python3
"""The photo benchmark: what photos add to a rebuild, with the made sizes in their cache.

    python3 bench/photos.py [--entries 10000] [--photos 2000] [--runs 3] [--work DIR]

Generates the same corpus twice (bench/corpus.py, one seed), once without photos and
once with `--photos` entries carrying a 1600 by 1200 JPEG, and builds each with the
release binary: a first build into an empty folder (which makes every size of every
photo and fills the cache beside the output), then `--runs` rebuilds of each, alternating,
so drift hits both alike. Prints the median wall time of the rebuilds and of the first
build, and the ratio with photos / without.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TODAY = "2026-11-23"


def binary():
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    return os.path.join(target, "release", "buurtgids")


def build(site, out):
    start = time.perf_counter()
    subprocess.run([binary(), "build", "--root", site, "--out", out, "--today", TODAY],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--entries", type=int, default=10000)
    p.add_argument("--photos", type=int, default=2000)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--work", default="/tmp/buurtgids-photos-bench")
    a = p.parse_args()
    if not os.path.exists(binary()):
        sys.exit(f"build the release binary first: {binary()} is missing")
    shutil.rmtree(a.work, ignore_errors=True)
    sites = {}
    for name, photos in (("without", 0), ("with", a.photos)):
        site = os.path.join(a.work, name)
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), "--entries",
                        str(a.entries), "--out", site, "--photos", str(photos)], check=True)
        sites[name] = site
    first, rebuilds = {}, {name: [] for name in sites}
    for name, site in sites.items():
        first[name] = build(site, os.path.join(a.work, name + "-out"))
    for _ in range(a.runs):
        for name, site in sites.items():
            rebuilds[name].append(build(site, os.path.join(a.work, name + "-out")))
    print(f"{a.entries} entries, {a.photos} of them with a photo of 1600 by 1200:")
    for name in sites:
        print(f"  {name:8} first build {first[name]:6.2f} s, rebuild (median of {a.runs}) "
              f"{statistics.median(rebuilds[name]):6.2f} s")
    ratio = statistics.median(rebuilds["with"]) / statistics.median(rebuilds["without"])
    print(f"  rebuild with photos / without: {ratio:.2f}")
    print(f"  first build with photos / without: {first['with'] / first['without']:.2f}")


if __name__ == "__main__":
    main()
