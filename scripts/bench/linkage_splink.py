#!/usr/bin/env python3
"""Splink (DuckDB backend) on the same synthetic population as `leasegate linkage`.

Usage (see docs/BENCHMARKS.md, linkage section):
  python3 -m venv /tmp/splinkvenv && /tmp/splinkvenv/bin/pip install splink
  cargo bench -p leasegate-linkage --bench linkage -- write 100000 5 /tmp/pop.jsonl /tmp/truth.csv
  /tmp/splinkvenv/bin/python scripts/bench/linkage_splink.py /tmp/pop.jsonl /tmp/truth.csv [match_probability]

Prints Splink's pairwise precision / recall / F1 against the planted truth and
its wall time (training + prediction + clustering; loading excluded).

Splink gets the same attributes after light cleaning done here in Python
(digits-only phones, email domains without free-mail, website hosts, sorted
address tokens with common abbreviations expanded, sorted person-name tokens),
exact-match comparisons with term-frequency adjustments on the single-valued
ones and array-intersection comparisons on IPs, SSH keys and directors.
Blocking: one rule per identifying attribute (arrays exploded). Parameters:
u by random sampling, m by EM, the prior estimated from deterministic rules.
"""

import json
import re
import sys
import time

import pandas as pd
import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

FREE_MAIL = {
    "gmail.com", "qq.com", "163.com", "126.com", "outlook.com", "hotmail.com", "yahoo.com",
    "proton.me", "protonmail.com", "icloud.com", "mail.ru", "yandex.ru", "foxmail.com", "sina.com",
}
ABBR = {"st": "street", "rd": "road", "ave": "avenue", "blvd": "boulevard", "dr": "drive", "ln": "lane",
        "ste": "unit", "suite": "unit", "room": "unit", "rm": "unit", "apt": "unit", "fl": "floor"}


def phone(p):
    if not p:
        return None
    d = re.sub(r"\D", "", p)
    return d[-9:] if len(d) >= 7 else None


def email_domain(e):
    if not e or "@" not in e:
        return None
    d = e.lower().rsplit("@", 1)[1]
    return None if d in FREE_MAIL else d


def website(w):
    if not w:
        return None
    h = re.sub(r"^[a-z]+://", "", w.lower()).split("/")[0].split(":")[0]
    return h[4:] if h.startswith("www.") else h


def address(a):
    if not a:
        return None
    toks = re.findall(r"[a-z0-9]+", a.lower().replace("#", " unit "))
    return " ".join(sorted(ABBR.get(t, t) for t in toks))


def person(n):
    return " ".join(sorted(re.findall(r"[a-z0-9]+", n.lower())))


def load(path):
    rows = []
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            rows.append({
                "unique_id": r["id"],
                "phone": phone(r.get("phone")),
                "email": (r.get("email") or "").lower() or None,
                "email_domain": email_domain(r.get("email")),
                "website": website(r.get("website")),
                "address": address(r.get("address")),
                "payment_fingerprint": r.get("payment_fingerprint"),
                "registration_id": r.get("registration_id"),
                "ips": r.get("ips") or [],
                "ssh_keys": [k.lower() for k in r.get("ssh_keys") or []],
                "directors": [person(d) for d in (r.get("directors") or []) + (r.get("owners") or [])],
            })
    return pd.DataFrame(rows)


def pairwise(truth, pred):
    """Pairwise precision / recall / F1 from two labelings (dicts id -> label)."""
    from collections import Counter

    def c2(k):
        return k * (k - 1) // 2

    t = Counter(truth.values())
    p = Counter(pred[i] for i in truth)
    both = Counter((truth[i], pred[i]) for i in truth)
    tp = sum(c2(k) for k in both.values())
    tpairs = sum(c2(k) for k in t.values())
    ppairs = sum(c2(k) for k in p.values())
    prec = tp / ppairs if ppairs else 1.0
    rec = tp / tpairs if tpairs else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tpairs, ppairs, tp


def main():
    pop, truth_csv = sys.argv[1], sys.argv[2]
    threshold = float(sys.argv[3]) if len(sys.argv) > 3 else 0.9
    df = load(pop)
    # `id,party` lines; the blind generators write no header line.
    with open(truth_csv) as f:
        has_header = f.readline().startswith("id,")
    truth = pd.read_csv(truth_csv, dtype=str, header=0 if has_header else None, names=["id", "party"])
    truth = dict(zip(truth["id"], truth["party"]))

    t0 = time.time()
    db_api = DuckDBAPI()
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.ExactMatch("phone").configure(term_frequency_adjustments=True),
            cl.ExactMatch("address").configure(term_frequency_adjustments=True),
            cl.ExactMatch("email").configure(term_frequency_adjustments=True),
            cl.ExactMatch("email_domain").configure(term_frequency_adjustments=True),
            cl.ExactMatch("website").configure(term_frequency_adjustments=True),
            cl.ExactMatch("payment_fingerprint"),
            cl.ArrayIntersectAtSizes("ips", [2, 1]),
            cl.ArrayIntersectAtSizes("ssh_keys", [1]),
            cl.ArrayIntersectAtSizes("directors", [1]),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("phone"),
            block_on("address"),
            block_on("email"),
            block_on("email_domain"),
            block_on("website"),
            block_on("payment_fingerprint"),
            block_on("ssh_keys", arrays_to_explode=["ssh_keys"]),
            block_on("directors", arrays_to_explode=["directors"]),
            block_on("ips", arrays_to_explode=["ips"]),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    sdf = db_api.register(df)
    linker = Linker(sdf, settings, log_level=40)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("payment_fingerprint"), block_on("phone")], recall=0.5
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("phone"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("address"))
    pred = linker.inference.predict(threshold_match_probability=threshold)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(pred, threshold)
    cdf = clusters.as_pandas_dataframe()
    elapsed = time.time() - t0
    label = dict(zip(cdf["unique_id"], cdf["cluster_id"]))
    prec, rec, f1, tpairs, ppairs, tp = pairwise(truth, {i: label.get(i, i) for i in truth})
    print(
        f"splink n={len(df)} threshold={threshold}: precision={prec:.4f} recall={rec:.4f} f1={f1:.4f} "
        f"(true_pairs={tpairs} predicted_pairs={ppairs} correct={tp}) time={elapsed:.1f}s"
    )


if __name__ == "__main__":
    main()
