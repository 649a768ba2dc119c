#!/usr/bin/env python3
"""Which shared values hurt? Reads a `linkev` dump and the truth file and, for
each evidence value on more than one link, prints the F1 change if every link
naming that value were dropped, best gain first. Finds hubs and agents the
engine still believes in.

    python3 scripts/bench/linkage_valgain.py LINKEV TRUTH [N]
"""
import sys
from collections import defaultdict

from linkage_whatif import quality, read_links, read_truth


def main():
    links, party = read_links(sys.argv[1]), read_truth(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    by_value = defaultdict(set)
    for i, (_, _, line) in enumerate(links):
        parts = line.split()
        for v in parts[5].split("|"):
            by_value[v].add(i)
    edges = [(a, b) for a, b, _ in links]
    _, _, f0 = quality(edges, party)
    rows = []
    for v, ix in by_value.items():
        if len(ix) < 2:
            continue
        t = sum(1 for i in ix if links[i][2].startswith("T"))
        kept = [e for i, e in enumerate(edges) if i not in ix]
        _, _, f1 = quality(kept, party)
        rows.append((f1 - f0, v, len(ix), t))
    rows.sort(reverse=True)
    print(f"F1 {f0:.4f}")
    for gain, v, k, t in rows[:n]:
        print(f"{gain:+.4f} {k:5} links ({t} true) {v}")


if __name__ == "__main__":
    main()
