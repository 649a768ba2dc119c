#!/usr/bin/env python3
"""Pairwise evaluation of `leasegate linkage run` output against planted truth.

Usage: linkage_eval.py TRUTH.csv OUTPUT.jsonl [--customers POP.jsonl] [--diag K]

TRUTH.csv: lines `id,party`.  OUTPUT.jsonl: {"id","cluster_id",...} per line;
a customer absent from OUTPUT counts as a singleton.  Pairs are unordered
pairs of customers; counted from the cluster x party contingency table
(sum of C(n,2)), never enumerated.  Stdlib only.

With --diag K (needs --customers) prints K missed pairs and K false pairs with
both input records.  If TRUTH.csv.canon.jsonl (written by linkage_gen3.py)
exists, also prints what each missed pair / split member truly shares, and a
tally of shared evidence kinds over split members and false pairs.
"""
import csv
import json
import os
import random
import sys
from collections import Counter, defaultdict


def c2(n):
    return n * (n - 1) // 2


def main():
    args = sys.argv[1:]
    cust_path = None
    diag = 0
    pos = []
    i = 0
    while i < len(args):
        if args[i] == "--customers":
            cust_path = args[i + 1]
            i += 2
        elif args[i] == "--diag":
            diag = int(args[i + 1])
            i += 2
        else:
            pos.append(args[i])
            i += 1
    if len(pos) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    truth_path, out_path = pos
    party = {}
    with open(truth_path, newline="") as f:
        for row in csv.reader(f):
            if row:
                party[row[0]] = row[1]
    cluster = {}
    links = {}
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            o = json.loads(line)
            cluster[o["id"]] = str(o["cluster_id"])
            links[o["id"]] = o.get("links", [])
    missing = [c for c in party if c not in cluster]
    for c in missing:
        cluster[c] = "__single__" + c
    extra = [c for c in cluster if c not in party]
    cell = Counter((cluster[c], party[c]) for c in party)
    csize = Counter(cluster[c] for c in party)
    psize = Counter(party.values())
    tp = sum(c2(n) for n in cell.values())
    pred = sum(c2(n) for n in csize.values())
    true = sum(c2(n) for n in psize.values())
    p = tp / pred if pred else 1.0
    r = tp / true if true else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print("customers %d  output %d  missing-from-output %d  unknown-in-output %d" % (len(party), len(cluster) - len(missing), len(missing), len(extra)))
    print("clusters(non-singleton) %d  largest cluster %d" % (sum(1 for v in csize.values() if v > 1), max(csize.values())))
    print("pairs: true %d  predicted %d  correct %d" % (true, pred, tp))
    print("precision %.4f  recall %.4f  F1 %.4f" % (p, r, f1))
    # missed by network size
    found_by_party = Counter()
    for (cl, pa), n in cell.items():
        found_by_party[pa] += c2(n)
    buckets = [(2, 2), (3, 3), (4, 5), (6, 10), (11, 30), (31, 10 ** 9)]
    print("\nmissed true pairs by planted network size:")
    print("  %-8s %6s %9s %9s %7s %s" % ("size", "nets", "true", "missed", "recall", "nets fully joined"))
    for lo, hi in buckets:
        ps = [pa for pa, s in psize.items() if lo <= s <= hi]
        if not ps:
            continue
        t = sum(c2(psize[pa]) for pa in ps)
        m = t - sum(found_by_party[pa] for pa in ps)
        full = sum(1 for pa in ps if found_by_party[pa] == c2(psize[pa]))
        print("  %-8s %6d %9d %9d %7.3f %d/%d" % ("%d-%d" % (lo, hi) if hi != lo else str(lo), len(ps), t, m, 1 - m / t if t else 1, full, len(ps)))
    # false pairs by cluster composition
    fp = pred - tp
    big = sorted(((c2(csize[cl]) - sum(c2(n) for (cc, pa), n in cell.items() if cc == cl), cl) for cl in csize if csize[cl] > 1), reverse=True)[:0]
    mixed = defaultdict(list)
    for (cl, pa), n in cell.items():
        mixed[cl].append((pa, n))
    fp_clusters = []
    for cl, lst in mixed.items():
        if len(lst) > 1:
            f = c2(sum(n for _, n in lst)) - sum(c2(n) for _, n in lst)
            fp_clusters.append((f, cl, lst))
    fp_clusters.sort(reverse=True)
    print("\nfalse pairs %d in %d impure clusters; worst clusters:" % (fp, len(fp_clusters)))
    for f, cl, lst in fp_clusters[:8]:
        nets = sum(1 for pa, _ in lst if pa.startswith("N"))
        print("  cluster %s size %d false-pairs %d parties %d (planted nets %d, legit %d)" % (cl, sum(n for _, n in lst), f, len(lst), nets, len(lst) - nets))
    kinds_fp = Counter()
    for f, cl, lst in fp_clusters:
        k = "net+net" if all(pa.startswith("N") for pa, _ in lst) else ("legit-only" if not any(pa.startswith("N") for pa, _ in lst) else "net+legit")
        kinds_fp[k] += f
    print("  false pairs by composition:", dict(kinds_fp))
    # direct engine links between different parties, by evidence
    fl_kind = Counter()
    fl_val = Counter()
    tl_kind = Counter()
    seen = set()
    for a, ls in links.items():
        for l in ls:
            b = l.get("other_id")
            if b is None or (b, a) in seen:
                continue
            seen.add((a, b))
            ev = l.get("evidence", [])
            k = " + ".join(sorted(set(e.get("attribute", "?") for e in ev)))
            if party.get(a) != party.get(b):
                fl_kind[k] += 1
                for e in ev:
                    fl_val[(e.get("attribute"), str(e.get("value")))] += 1
            else:
                tl_kind[k] += 1
    print("\nengine links: %d between different parties (false links), %d within a party" % (sum(fl_kind.values()), sum(tl_kind.values())))
    print("  false links by evidence attributes:")
    for k, n in fl_kind.most_common(15):
        print("  %5d  %s" % (n, k))
    print("  values most often used in false links:")
    for (a, v), n in fl_val.most_common(12):
        print("  %5d  %s = %s" % (n, a, v))
    if not diag:
        return
    if not cust_path:
        print("--diag needs --customers", file=sys.stderr)
        return
    recs = {}
    with open(cust_path, encoding="utf-8") as f:
        for line in f:
            o = json.loads(line)
            recs[o["id"]] = o
    canon = {}
    cp = truth_path + ".canon.jsonl"
    if os.path.exists(cp):
        with open(cp, encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                canon[o["id"]] = o
    rng = random.Random(0)

    def shared(a, b):
        """what a and b truly share (canonical), with raw spellings"""
        A, B = canon.get(a), canon.get(b)
        if not A or not B:
            return []
        ra, rb = recs[a], recs[b]
        out = []
        for k, field in (("reg", "registration_id"), ("card", "payment_fingerprint"), ("phone", "phone"), ("addr", "address"),
                         ("edom", "email"), ("web", "website"), ("email_free", "email")):
            if k in A and k in B and A[k] == B[k]:
                kk = k
                if k == "addr" and str(A[k]).startswith(("agent:", "cowork:")):
                    kk = "addr-hub"
                out.append((kk, ra.get(field), rb.get(field)))
        if "ssh" in A and "ssh" in B and set(A["ssh"]) & set(B["ssh"]):
            out.append(("ssh", ra.get("ssh_keys"), rb.get("ssh_keys")))
        pa = set(A.get("dir", [])) | set(A.get("own", []))
        pb = set(B.get("dir", [])) | set(B.get("own", []))
        if pa & pb:
            out.append(("person", ra.get("directors", []) + ra.get("owners", []), rb.get("directors", []) + rb.get("owners", [])))
        ia, ib = A.get("ip", []), B.get("ip", [])
        if set(ia) & set(ib):
            out.append(("ip-exact", ra.get("ips"), rb.get("ips")))
        elif set(".".join(x.split(".")[:3]) for x in ia if "." in x) & set(".".join(x.split(".")[:3]) for x in ib if "." in x) or \
                set(x for x in ia if x.startswith("v6:")) & set(x for x in ib if x.startswith("v6:")):
            out.append(("ip-/24|/48", ra.get("ips"), rb.get("ips")))
        return out

    # split members: for each planted network with misses, members outside its main cluster
    split_kinds = Counter()
    split_list = []
    for pa, s in psize.items():
        if s < 2 or not pa.startswith("N") or found_by_party[pa] == c2(s):
            continue
        mem = [c for c in party if party[c] == pa] if False else None
        split_list.append(pa)
    members = defaultdict(list)
    for c, pa in party.items():
        members[pa].append(c)
    examples = []
    for pa in sorted(split_list):
        ms = sorted(members[pa])
        cc = Counter(cluster[c] for c in ms)
        main_cl = cc.most_common(1)[0][0]
        main = [c for c in ms if cluster[c] == main_cl]
        for c in ms:
            if cluster[c] == main_cl:
                continue
            kinds = set()
            for o in main:
                for k, _, _ in shared(c, o):
                    kinds.add(k)
            split_kinds[" + ".join(sorted(kinds)) or "(nothing with main part)"] += 1
            examples.append((c, main[0]))
    print("\nsplit-off network members: %d; evidence they truly share with their network's main cluster:" % len(examples))
    for k, n in split_kinds.most_common(25):
        print("  %4d  %s" % (n, k))
    print("\n=== %d example missed pairs ===" % min(diag, len(examples)))
    for a, b in rng.sample(examples, min(diag, len(examples))):
        print("--- missed %s / %s  party %s (size %d) clusters %s / %s" % (a, b, party[a], psize[party[a]], cluster[a], cluster[b]))
        print("  A", json.dumps(recs[a], ensure_ascii=False))
        print("  B", json.dumps(recs[b], ensure_ascii=False))
        for k, x, y in shared(a, b):
            print("  shares %-10s %r  <->  %r" % (k, x, y))
    # false pairs
    fps = []
    for f, cl, lst in fp_clusters:
        ids = [c for c in party if cluster[c] == cl] if len(fps) < 10 * diag else []
        if not ids:
            break
        byp = defaultdict(list)
        for c in ids:
            byp[party[c]].append(c)
        ps = sorted(byp)
        for _ in range(3):
            x, y = rng.sample(ps, 2)
            fps.append((rng.choice(byp[x]), rng.choice(byp[y]), cl))
    fp_kinds = Counter()
    for a, b, _ in fps:
        fp_kinds[" + ".join(sorted(set(k for k, _, _ in shared(a, b)))) or "(nothing directly)"] += 1
    print("\nsampled false pairs (%d, 3 per impure cluster): what they share:" % len(fps))
    for k, n in fp_kinds.most_common(15):
        print("  %4d  %s" % (n, k))
    print("\n=== %d example false pairs ===" % min(diag, len(fps)))
    for a, b, cl in rng.sample(fps, min(diag, len(fps))):
        print("--- false %s (%s) / %s (%s) cluster %s size %d" % (a, party[a], b, party[b], cl, csize[cl]))
        print("  A", json.dumps(recs[a], ensure_ascii=False))
        print("  B", json.dumps(recs[b], ensure_ascii=False))
        la = [l for l in links.get(a, []) if b in json.dumps(l)]
        if la:
            print("  engine link A->B:", json.dumps(la, ensure_ascii=False)[:600])
        for k, x, y in shared(a, b):
            print("  shares %-10s %r  <->  %r" % (k, x, y))


if __name__ == "__main__":
    main()
