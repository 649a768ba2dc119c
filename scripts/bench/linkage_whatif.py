#!/usr/bin/env python3
"""What if some links were dropped? Reads a `linkev` dump (the bench binary's
`linkev POP TRUTH` mode) and the truth file, drops every link whose line
matches REGEX, and prints pairwise precision, recall and F1 of the connected
components before and after. A quick way to price a rule before writing it.

    python3 scripts/bench/linkage_whatif.py LINKEV TRUTH REGEX
"""
import re
import sys
from collections import Counter, defaultdict


def read_truth(path):
    party = {}
    with open(path) as f:
        for line in f:
            i, _, p = line.rstrip("\n").partition(",")
            if i == "id":
                continue
            party[i] = p
    return party


def components(edges):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
    groups = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    return list(groups.values())


def quality(edges, party):
    true_pairs = sum(k * (k - 1) // 2 for k in Counter(party.values()).values())
    predicted = correct = 0
    for g in components(edges):
        predicted += len(g) * (len(g) - 1) // 2
        for k in Counter(party[x] for x in g).values():
            correct += k * (k - 1) // 2
    p = correct / predicted if predicted else 1.0
    r = correct / true_pairs if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def read_links(path):
    out = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[0] in ("T", "F"):
                out.append((parts[1], parts[2], line))
    return out


def main():
    links, party = read_links(sys.argv[1]), read_truth(sys.argv[2])
    rx = re.compile(sys.argv[3])
    kept = [(a, b) for a, b, line in links if not rx.search(line)]
    dropped = [line for a, b, line in links if rx.search(line)]
    t = sum(1 for line in dropped if line.startswith("T"))
    p0, r0, f0 = quality([(a, b) for a, b, _ in links], party)
    p1, r1, f1 = quality(kept, party)
    print(f"dropped {len(dropped)} links ({t} true, {len(dropped) - t} false)")
    print(f"before P={p0:.4f} R={r0:.4f} F1={f0:.4f}")
    print(f"after  P={p1:.4f} R={r1:.4f} F1={f1:.4f}  ({f1 - f0:+.4f})")


if __name__ == "__main__":
    main()
