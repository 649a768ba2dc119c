#!/usr/bin/env python3
"""Straightforward Python worklist baseline for the ownership 50% rule.

Reads the binary graph written by the Rust bench (`--write PATH`):
little-endian u32 n, m, k; k listed ids; m x (owner, owned, min_units,
max_units) with 100% = 10_000_000 units. Times only the resolution (not
loading), then checks the statuses against `PATH.status` from the Rust run.

    python3 scripts/bench/ownership_worklist.py /tmp/own.bin
"""
import sys
import time
from array import array
from collections import deque

CLEAR, POSSIBLY, COVERED, LISTED = 0, 1, 2, 3
THRESHOLD = 50 * 100_000


def load(path):
    with open(path, "rb") as f:
        head = array("I")
        head.fromfile(f, 3)
        n, m, k = head
        listed = array("I")
        listed.fromfile(f, k)
        edges = array("I")
        edges.fromfile(f, 4 * m)
    # CSR over owners (edges are already grouped by owner).
    off = array("I", [0]) * (n + 1)
    for i in range(0, 4 * m, 4):
        off[edges[i] + 1] += 1
    for i in range(n):
        off[i + 1] += off[i]
    owned = edges[1::4]
    mins = edges[2::4]
    maxs = edges[3::4]
    return n, listed, off, owned, mins, maxs


def resolve(n, listed, off, owned, mins, maxs):
    status = bytearray(n)
    pushed = bytearray(n)
    smin = [0] * n
    smax = [0] * n
    listed_set = bytearray(n)
    queue = deque()
    inq = bytearray(n)
    for x in listed:
        listed_set[x] = 1
        status[x] = LISTED
        queue.append(x)
        inq[x] = 1
    while queue:
        x = queue.popleft()
        inq[x] = 0
        before, now = pushed[x], status[x]
        if before == now:
            continue
        pushed[x] = now
        add_min = before < COVERED <= now
        add_max = before < POSSIBLY <= now
        for e in range(off[x], off[x + 1]):
            y = owned[e]
            if add_min:
                smin[y] += mins[e]
            if add_max:
                smax[y] += maxs[e]
            if listed_set[y]:
                continue
            s = COVERED if smin[y] >= THRESHOLD else POSSIBLY if smax[y] >= THRESHOLD else CLEAR
            if s > status[y]:
                status[y] = s
                if not inq[y]:
                    inq[y] = 1
                    queue.append(y)
    return status


def main():
    path = sys.argv[1]
    t = time.perf_counter()
    g = load(path)
    print(f"loaded {g[0]} entities, {len(g[3])} edges in {time.perf_counter() - t:.1f} s")
    t = time.perf_counter()
    status = resolve(*g)
    dt = time.perf_counter() - t
    counts = [status.count(bytes([s])) for s in range(4)]
    print(f"python worklist resolution: {dt:.3f} s")
    print(f"statuses: clear {counts[0]} possibly_covered {counts[1]} covered {counts[2]} listed {counts[3]}")
    try:
        with open(path + ".status", "rb") as f:
            expected = f.read()
        print("matches Rust statuses:", "yes" if expected == bytes(status) else "NO")
    except FileNotFoundError:
        pass


if __name__ == "__main__":
    main()
