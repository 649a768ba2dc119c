#!/usr/bin/env python3
"""How often two customers who give the same person name (director or owner)
are one party, by how likely that name is to recur by chance.

Usage: python3 scripts/bench/linkage_name_rarity.py POP.jsonl TRUTH.csv

For every name (lower case, tokens sorted) held by exactly two customers, the
expected number of chance holders is (names in the population) x the product
of its tokens' frequencies. Prints same-party and stranger pairs per power of
ten of that expectation. Used to decide whether a rare shared name may link
on its own (docs/BENCHMARKS.md, "Linkage, sixth session": it may not).
"""
import json, sys, re, math, collections
pop, truth = sys.argv[1], sys.argv[2]
party = {}
for line in open(truth):
    if line.startswith('id,'): continue
    i, p = line.strip().split(',', 1); party[i] = p
recs = [json.loads(l) for l in open(pop) if l.strip()]
def norm(n):
    toks = [t for t in re.split(r"[^\w]+", n.lower()) if t and not t.isdigit()]
    return tuple(sorted(toks))
holders = collections.defaultdict(set)
tokc = collections.Counter(); nnames = 0
for r in recs:
    names = set()
    for n in (r.get('directors') or []) + (r.get('owners') or []):
        if not isinstance(n, str): continue
        k = norm(n)
        if len(k) < 2: continue
        names.add(k)
    for k in names:
        holders[k].add(r['id'])
        nnames += 1
        for t in k: tokc[t] += 1
buckets = collections.defaultdict(lambda: [0, 0])
for k, hs in holders.items():
    if len(hs) != 2: continue
    a, b = sorted(hs)
    # expected number of OTHER names equal to this one by chance
    e = nnames * math.prod(tokc[t] / nnames for t in k)
    lb = math.floor(math.log10(max(e, 1e-9)))
    same = party[a] == party[b]
    buckets[lb][0 if same else 1] += 1
tot = [0, 0]
for lb in sorted(buckets):
    s, d = buckets[lb]; tot[0] += s; tot[1] += d
    print(f"  E~1e{lb:+d}: same {s:5d} strangers {d:5d}  precision {s/(s+d):.2f}")
print(f"  all: same {tot[0]} strangers {tot[1]}")
