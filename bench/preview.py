#!/usr/bin/env python3
"""The preview benchmark: from saving one file to the updated page in `buurtgids serve`.

    python3 bench/preview.py [--entries 10000] [--edits 20] [--work DIR]

Generates the corpus (bench/corpus.py) once, starts the release binary's `serve` on a free
port, listens on the preview's event stream as an open page does, and then, `--edits`
times: rewrites one activity's title, waits for the event that tells pages to reload,
fetches the activity's page and checks that it shows the new title. It prints the time
from the save to the page's last byte (median, 95th percentile, worst), and how long the
first load took.
"""
import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
TODAY = "2026-11-23"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--entries", type=int, default=10000)
    p.add_argument("--edits", type=int, default=20)
    p.add_argument("--work", default="/tmp/buurtgids-bench")
    p.add_argument("--bin", default=os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target")), "release", "buurtgids"))
    args = p.parse_args()

    corpus = os.path.join(args.work, f"preview-corpus-{args.entries}")
    if not os.path.exists(os.path.join(corpus, "site.toml")):
        subprocess.run([sys.executable, os.path.join(HERE, "corpus.py"), "--entries", str(args.entries),
                        "--out", corpus, "--words", "120"], check=True)
    activities = sorted(os.listdir(os.path.join(corpus, "content", "activities")))
    target = os.path.join(corpus, "content", "activities", activities[len(activities) // 2])
    original = open(target, encoding="utf-8").read()
    slug = os.path.splitext(os.path.basename(target))[0]

    started = time.monotonic()
    server = subprocess.Popen([args.bin, "serve", "--root", corpus, "--port", "0", "--today", TODAY, "--lang", "en"],
                              stderr=subprocess.PIPE, text=True)
    origin = None
    for line in server.stderr:
        m = re.search(r"Preview at http://127\.0\.0\.1:(\d+)(/\S*)", line)
        if m:
            port, base = int(m.group(1)), m.group(2)
            break
    else:
        sys.exit("serve did not start")
    first_load = time.monotonic() - started
    # Keep reading the server's messages so its pipe never fills.
    threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()

    events = []
    changed = threading.Condition()

    def listen():
        conn = http.client.HTTPConnection("127.0.0.1", port)
        conn.request("GET", "/__buurtgids/events")
        stream = conn.getresponse()
        for raw in stream:
            line = raw.decode().strip()
            if line.startswith("data:"):
                with changed:
                    events.append(line[5:].strip())
                    changed.notify_all()

    threading.Thread(target=listen, daemon=True).start()
    with changed:
        changed.wait_for(lambda: events, timeout=10)

    def get(path):
        conn = http.client.HTTPConnection("127.0.0.1", port)
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode()

    page = f"{base}activiteiten/{slug}/"
    status, _ = get(page)
    if status != 200:
        sys.exit(f"{page}: {status}")
    times = []
    try:
        for n in range(args.edits):
            title = f"Bewerkt {n} keer"
            text = re.sub(r"^title: .*$", f"title: {title}", original, count=1, flags=re.M)
            seen = len(events)
            t0 = time.monotonic()
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            with changed:
                if not changed.wait_for(lambda: len(events) > seen, timeout=30):
                    sys.exit("no reload event within 30 s")
            status, html = get(page)
            t1 = time.monotonic()
            if status != 200 or title not in html:
                sys.exit(f"edit {n}: the page does not show the new title ({status})")
            times.append((t1 - t0) * 1000)
            time.sleep(0.2)
    finally:
        with open(target, "w", encoding="utf-8") as f:
            f.write(original)
        server.terminate()
    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"{args.entries:,} entries: first load {first_load:.2f} s; save to updated page "
          f"median {statistics.median(times):.0f} ms, p95 {p95:.0f} ms, worst {times[-1]:.0f} ms "
          f"over {len(times)} edits")


if __name__ == "__main__":
    main()
