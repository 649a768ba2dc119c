#!/usr/bin/env python3
"""linkage_gen19 -- synthetic customer book of a GPU cloud provider, built up over six years.

usage: python3 linkage_gen19.py N SEED OUT.jsonl TRUTH.csv    (GEN19_CHECK=1: statistics on stderr)

Model
* Each customer has an onboarding month in a six-year window (the book grows: later months are busier).
  Nine countries (US GB DE FR NL SG CN RU IN), each with its own formats: phones rendered from E.164 in
  national and international variants; registration ids (EIN, Companies House, HRB per court, SIREN /
  SIRET / VAT, KvK, UEN, USCC, INN, CIN) in several spellings; addresses, legal forms, person names;
  hanzi / pinyin / English and Cyrillic / Latin (three transliteration schemes).
* Singletons: companies (75%) and individuals (25%). Fields go missing at realistic rates; junk
  placeholders (N/A, -, none, 0.0.0.0 ...), typos, case and whitespace noise; free-mail; carrier NAT,
  corporate/cloud NAT, VPN exits shared by hundreds or thousands of strangers; residential /24 and IPv6
  /48 neighbours; tutorial SSH keys; platform pages (facebook.com/..., wixsite); DE HRB numbers that
  collide across courts.
* Planted parties, 12-18% of records, sizes mostly 2-4 with a tail to 20:
  - duplicate accounts: a double sign-up days apart, or a re-onboarding 10-60 months later with a new
    office, phone and card, maybe a legal-form change or rebrand, the same directors, the registration
    id written differently;
  - shell networks: one controller's companies set up over months or years; each new shell reuses one or
    two (careful) or three to six (sloppy) assets of a RECENT shell (director, owner, phone, office, mail
    domain, home IP, SSH key, card, similar name), so evidence runs as a chain through time; careful
    controllers hide behind registered agents, nominee directors, free-mail and VPNs.
  Each planted record shares at least one value that no group of strangers shares with an earlier record
  of its party, and those fields are never blanked or junked: every party is connected by evidence.
* Look-alike groups of DIFFERENT parties: clients of corporate-services firms (agent address, nominee
  directors, agent phone and mailbox; the largest firm has N/50 clients, at most 400), tenants of one
  tower (same street address, own suites, one building subnet), co-working members and accelerator
  batches (same address and Wi-Fi IPs), franchisees (brand in the name, brand domain, hotline), research
  groups of one university (campus domain, buildings, campus NAT). 4% of members re-onboard later.
* Reseller-onboarded end customers (2-4%): the reseller's card, phone, mailbox, SSH key or office IP on
  several unrelated customers.
* Recycling between strangers, always after the earlier holder: phone numbers (6+ months), office
  suites (12+), lapsed domains (24+), residential IPs (12+). Cards are never recycled.

Truth labels
* One label per real-world party: all accounts of one company, or of one controller's shells (even in
  several countries, renamed or re-formed), share a label.
* Resellers and their clients, franchisees, agent clients, co-tenants, research groups, holders of a
  recycled value and strangers behind one NAT are all different parties.
* Ids and labels are random strings; labels carry no hint of category. Output is deterministic in
  (N, SEED): one random.Random seeded with a string, no hash() or set-order dependence.
"""
import bisect
import collections
import ipaddress
import itertools
import json
import math
import os
import random
import sys
import time

MONTHS = 72  # six years of onboarding
COUNTRIES = ["US", "GB", "DE", "FR", "NL", "SG", "CN", "RU", "IN"]
CTY_W = [30, 12, 10, 6, 5, 6, 12, 8, 11]
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
DIGITS = "0123456789"
# planted party sizes: mostly 2-4 with a tail to 20
PLANT_SIZES = [2] * 40 + [3] * 22 + [4] * 13 + [5] * 6 + [6] * 4 + [7] * 3 + [8] * 2 + [9, 10, 11, 12, 13, 14, 16, 18, 20]

def _l(s):
    return s.split("|")

def wchoice(rng, items, weights):
    return rng.choices(items, weights)[0]

def maybe(rng, p):
    return rng.random() < p

def pick(rng, forms, head=6):
    """Pick a rendering variant; the first (canonical-looking) form dominates."""
    return forms[0] if len(forms) == 1 else rng.choices(forms, [head, 3] + [1] * (len(forms) - 2))[0]

def typo(rng, s):
    idx = [i for i, c in enumerate(s) if c.isalpha()]
    if len(idx) < 4:
        return s
    i, c = rng.choice(idx[1:]), rng.choice("aeiounrst")
    return rng.choice([s[:i] + s[i + 1:], s[:i] + s[i + 1:i + 2] + s[i] + s[i + 2:], s[:i] + s[i] + s[i:],
                       s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]])

def ws(rng, s, p=0.02):
    """Stray whitespace, as pasted into web forms."""
    return rng.choice([" " + s, s + " ", s.replace(" ", "  ", 1), s + "\t"]) if maybe(rng, p) else s

class G:
    """Generator state: one seeded RNG, registries and the record list."""
    def __init__(self, n, seed):
        self.n, self.rng = n, random.Random("linkage_gen19|%d|%s" % (n, seed))
        self.recs, self.psize, self.domains, self.csps, self.stats = [], {}, {}, [], {}
        self.nparty = self.nperson = self.ngroup = self.planted = 0
        self.regs = set()    # membership tests only
        self.shared = set()  # evidence tokens of values that groups of strangers share

    def room(self):
        return self.n - len(self.recs)

    def party(self):
        self.nparty += 1
        self.psize[self.nparty] = 0
        return self.nparty

    def pid(self):
        self.nperson += 1
        return self.nperson

    def add(self, r):
        self.recs.append(r)
        s = self.psize[r["party"]] = self.psize[r["party"]] + 1
        self.planted += 2 if s == 2 else (1 if s > 2 else 0)
        return r

    def stat(self, k, v=1):
        self.stats[k] = self.stats.get(k, 0) + v

    def cty(self):
        return wchoice(self.rng, COUNTRIES, CTY_W)

    def month(self, lo=0, hi=MONTHS - 1):
        # the book grows: later months see more sign-ups
        u = math.sqrt(self.rng.random())
        return lo + min(hi - lo, int((hi - lo + 1) * u))

    def token(self, k, alphabet=ALNUM):
        return "".join(self.rng.choice(alphabet) for _ in range(k))

def blank(party, cty, t, kind="co"):
    return {"party": party, "cty": cty, "t": t, "kind": kind, "name": None,
            "reg": None, "addr": None, "email": None, "phone": None, "web": None,
            "card": None, "dirs": [], "owners": [], "ips": [], "ipk": [], "ssh": [],
            "listed": None, "prot": set(), "grp": 0, "boss": None}

def build(g):
    rng = g.rng
    setup(g)
    make_lookalikes(g)
    make_resellers(g)
    budget = int(round(g.n * rng.uniform(0.12, 0.18)))
    while g.room() >= 2:
        left = min(budget - g.planted, g.room())
        if left < 2:
            break
        if maybe(rng, 0.45):
            make_dup(g, min(left, 3 if maybe(rng, 0.15) else 2))
        else:
            make_shells(g, min(left, rng.choice(PLANT_SIZES)))
    while g.room() > 0:
        make_single(g)
    recycle(g)

def finish(g):
    """Shuffle, render, and hand out opaque ids and party labels."""
    rng = g.rng
    order = list(range(len(g.recs)))
    rng.shuffle(order)
    seen, labels = set(), {}
    def fresh(prefix, k):
        while True:
            s = prefix + g.token(k)
            if s not in seen:
                seen.add(s)
                return s
    out, truth, toks = [], [], []
    for i in order:
        r = g.recs[i]
        o, tk = render(g, r)
        rid = fresh("c", 11)
        if r["party"] not in labels:
            labels[r["party"]] = fresh("g", 9)
        out.append(dict([("id", rid)] + list(o.items())))
        truth.append((rid, labels[r["party"]]))
        toks.append(tk)
    return out, truth, toks

def write(out, truth, out_path, truth_path):
    with open(out_path, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(truth_path, "w", encoding="utf-8") as f:
        f.write("id,party\n")
        for rid, lab in truth:
            f.write("%s,%s\n" % (rid, lab))

CHECK_ATTRS = ["name", "country", "registration_id", "address", "email", "email_domain", "phone", "website",
               "payment_fingerprint", "directors", "owners", "ips", "ssh_keys"]

def norm_vals(o, a):
    if a == "email_domain":
        e = o.get("email")
        return {e.strip().lower().rsplit("@", 1)[1]} if isinstance(e, str) and "@" in e else set()
    v = o.get(a)
    return {s for s in (str(x).strip().lower() for x in (v if isinstance(v, list) else [v])) if s} if v is not None else set()

def check(g, out, truth, toks, elapsed):
    err = sys.stderr
    labs = [lab for _, lab in truth]
    members = {}
    for i, lab in enumerate(labs):
        members.setdefault(lab, []).append(i)
    multi = [m for m in members.values() if len(m) > 1]
    hist = collections.Counter(len(m) for m in members.values())
    tp = sum(len(m) * (len(m) - 1) // 2 for m in multi)
    inmulti = sum(len(m) for m in multi)
    err.write("gen19 check: N=%d parties=%d multi-record parties=%d (%d records, %.1f%%) true pairs=%d\n"
              % (len(out), len(members), len(multi), inmulti, 100.0 * inmulti / max(1, len(out)), tp))
    err.write("size histogram: %s\n" % " ".join("%d:%d" % (k, hist[k]) for k in sorted(hist)))
    err.write("generator: %s\n" % " ".join("%s=%d" % (k, g.stats[k]) for k in sorted(g.stats)))
    err.write("%-20s %12s %16s %8s\n" % ("attribute", "true pairs", "stranger pairs*", "max grp"))
    anyshared = set()
    for a in CHECK_ATTRS:
        vals = [norm_vals(o, a) for o in out]
        groups = collections.defaultdict(list)
        for i, vs in enumerate(vals):
            for v in vs:
                groups[v].append(i)
        strangers, big = 0, 0
        for idx in groups.values():
            n = len(idx)
            big = max(big, n)
            if n < 2:
                continue
            cnt = collections.Counter(labs[i] for i in idx)
            strangers += n * (n - 1) // 2 - sum(c * (c - 1) // 2 for c in cnt.values())
        true_sh = 0
        for m in multi:
            for x in range(len(m)):
                for y in range(x + 1, len(m)):
                    if vals[m[x]] & vals[m[y]]:
                        true_sh += 1
                        anyshared.add((m[x], m[y]))
        err.write("%-20s %12d %16d %8d\n" % (a, true_sh, strangers, big))
    err.write("(* summed over shared values: a pair sharing two values counts twice)\n")
    err.write("true pairs sharing no exact value (lowercase/strip): %d of %d\n" % (tp - len(anyshared), tp))
    conn = 0
    for m in multi:
        parent = list(range(len(m)))
        def root(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        first = {}
        for k, i in enumerate(m):
            for t in toks[i]:
                if t in first:
                    parent[root(k)] = root(first[t])
                else:
                    first[t] = k
        conn += len({root(k) for k in range(len(m))}) == 1
    err.write("planted parties connected by non-shared canonical evidence: %d of %d\n" % (conn, len(multi)))
    err.write("generation time: %.2fs\n" % elapsed)

def main(argv):
    if len(argv) != 5:
        sys.stderr.write("usage: linkage_gen19.py N SEED OUT.jsonl TRUTH.csv\n")
        return 2
    n = int(argv[1])
    if n < 0:
        sys.stderr.write("N must be >= 0\n")
        return 2
    t0 = time.time()
    g = G(n, argv[2])
    build(g)
    out, truth, toks = finish(g)
    write(out, truth, argv[3], argv[4])
    if os.environ.get("GEN19_CHECK") == "1":
        check(g, out, truth, toks, time.time() - t0)
    return 0

# ------------------------------------------------------------------ phones
# country: (calling code, trunk prefix, plans); plan = (weight, leading digits, NSN length, grouping)
PHONES = {
    "US": ("1", "1", [(1, "2 3 4 5 6 7 8 9", 10, (3, 3, 4))]),
    "GB": ("44", "0", [(2, "207 203 208 161 131 121", 10, (2, 4, 4)), (3, "74 75 77 78 79", 10, (4, 6))]),
    "DE": ("49", "0", [(2, "30 89 40 69", 10, (2, 4, 4)), (2, "151 152 160 170 176", 11, (3, 4, 4))]),
    "FR": ("33", "0", [(2, "1 4 5", 9, (1, 2, 2, 2, 2)), (2, "6 7", 9, (1, 2, 2, 2, 2))]),
    "NL": ("31", "0", [(2, "20 10 30", 9, (2, 3, 4)), (2, "6", 9, (1, 4, 4))]),
    "SG": ("65", "", [(1, "6", 8, (4, 4)), (2, "8 9", 8, (4, 4))]),
    "CN": ("86", "0", [(1, "10 21 20", 10, (2, 4, 4)), (3, "13 15 17 18 19", 11, (3, 4, 4))]),
    "RU": ("7", "8", [(2, "495 499 812 383", 10, (3, 3, 2, 2)), (2, "91 92 98", 10, (3, 3, 2, 2))]),
    "IN": ("91", "0", [(1, "80 22 11 40", 10, (2, 4, 4)), (3, "98 97 90 88 70 63", 10, (5, 5))]),
}

def new_phone(g, cty, mobile=None):
    plans = PHONES[cty][2]
    plan = wchoice(g.rng, plans, [p[0] for p in plans]) if mobile is None else plans[-1 if mobile else 0]
    lead = g.rng.choice(plan[1].split())
    return (cty, lead + g.token(plan[2] - len(lead), DIGITS), plan[3])

def render_phone(rng, ph):
    cty, nsn, grp = ph
    cc, trunk, _ = PHONES[cty]
    gs = [nsn[sum(grp[:j]):sum(grp[:j + 1])] for j in range(len(grp))]
    sp = " ".join(gs)
    if cty == "CN" and len(nsn) == 11:
        trunk = ""  # Chinese mobiles are dialled without the trunk 0
    forms = ["+%s %s" % (cc, sp), "+%s%s" % (cc, nsn), "+%s-%s" % (cc, "-".join(gs)), "00%s %s" % (cc, sp)]
    w = [30, 14, 5, 4]
    if cty == "US":
        a, b, c = gs
        forms += ["(%s) %s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c),
                  "%s-%s-%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c)]
        w += [22, 8, 6, 10, 6]
    elif cty == "RU":
        tail = "-".join(gs[2:])
        forms += ["8 (%s) %s-%s" % (gs[0], gs[1], tail), "+7 (%s) %s-%s" % (gs[0], gs[1], tail), "8" + nsn]
        w += [20, 12, 4]
    else:
        forms += [trunk + sp, trunk + nsn, trunk + "-".join(gs)]
        w += [22, 6, 4]
        if trunk:
            forms.append("+%s (%s)%s" % (cc, trunk, sp))
            w.append(5)
    s = wchoice(rng, forms, w)
    if maybe(rng, 0.015):
        s += rng.choice([" ext. 12", " x204", " (mobile)", " (office)"])
    return s

# ---------------------------------------------------------- registration ids
DE_COURTS = [("Charlottenburg", "Berlin", " B"), ("München", "München", ""), ("Hamburg", "Hamburg", ""),
             ("Frankfurt am Main", "Frankfurt", ""), ("Köln", "Köln", "")]
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"

def new_reg(g, cty):
    """Canonical (country, core, extra). German HRB numbers are unique per court only."""
    rng = g.rng
    while True:
        x = ""
        if cty == "US":
            core = str(rng.randint(10, 99)) + g.token(7, DIGITS)
        elif cty == "GB":
            core = rng.choice(["0", "0", "1", "SC", "NI"])
            core += g.token(8 - len(core), DIGITS)
        elif cty == "DE":
            core, x = str(rng.randint(1000, 60000)), rng.randrange(len(DE_COURTS))
        elif cty == "FR":
            core, x = str(rng.randint(3, 9)) + g.token(8, DIGITS), "000" + g.token(2, DIGITS)
        elif cty == "NL":
            core = str(rng.randint(1, 9)) + g.token(7, DIGITS)
        elif cty == "SG":
            core = str(rng.randint(2005, 2023)) + g.token(5, DIGITS) + rng.choice("CDEGHKMNRWZ")
        elif cty == "CN":
            core = "91" + rng.choice(["110108", "440300", "310115", "330106", "440106", "510100"]) + "MA" + g.token(8, USCC)
        elif cty == "RU":
            core = rng.choice(["77", "78", "54", "66", "16"]) + g.token(8, DIGITS)
        else:
            core = "U%s%s%dPTC%s" % (rng.choice(["72200", "72900", "74999", "51909"]), rng.choice(["KA", "MH", "DL", "TG", "TN"]),
                                     rng.randint(2006, 2023), g.token(6, DIGITS))
        key = (cty, core, x)
        if key not in g.regs:
            g.regs.add(key)
            return key

def render_reg(rng, reg):
    cty, c, x = reg
    if cty == "US":
        f = [c[:2] + "-" + c[2:], c, "EIN " + c[:2] + "-" + c[2:], c[:2] + " " + c[2:]]
    elif cty == "GB":
        f = [c, c.lstrip("0"), "Company No. " + c, "CRN " + c, c[:2] + " " + c[2:5] + " " + c[5:]]
    elif cty == "DE":
        court, city, suf = DE_COURTS[x]
        f = ["HRB " + c, "HRB " + c + suf, "Amtsgericht %s HRB %s" % (court, c), "HRB" + c,
             "%s HRB %s" % (city, c), "AG %s, HRB %s" % (deaccent(court), c)]
    elif cty == "FR":
        sp = "%s %s %s" % (c[:3], c[3:6], c[6:])
        f = [sp, c, "RCS Paris " + sp, c + x, sp + " " + x, "FR%02d%s" % ((12 + 3 * (int(c) % 97)) % 97, c)]
    elif cty == "NL":
        f = [c, "KvK " + c, "KVK-nr. " + c, c[:4] + " " + c[4:]]
    elif cty == "SG":
        f = [c, c[:-1] + "-" + c[-1], "UEN: " + c, c.lower()]
    elif cty == "CN":
        f = [c, c.lower(), "统一社会信用代码：" + c, " ".join(c[i:i + 6] for i in range(0, 18, 6)), "USCC " + c]
    elif cty == "RU":
        f = [c, "ИНН " + c, "INN: " + c, "ИНН/КПП %s/%s01001" % (c, c[:4]), "inn" + c]
    else:
        f = [c, c.lower(), "CIN: " + c, "CIN " + c]
    return pick(rng, f)

# --------------------------------------------------------------- addresses
def _rows(s):
    return [tuple(x.split(",")) for x in s.split("|")]

CITIES = {
    "US": _rows("San Francisco,CA,941|New York,NY,100|Austin,TX,787|Seattle,WA,981|Wilmington,DE,198|"
                "Miami,FL,331|Chicago,IL,606|Denver,CO,802|Boston,MA,021|Sheridan,WY,828"),
    "GB": _rows("London,EC1V|London,N1|London,W1F|London,SE1|Manchester,M1|Edinburgh,EH2|Birmingham,B3|"
                "Bristol,BS1|Cardiff,CF10"),
    "DE": _rows("Berlin,10|München,80,Muenchen,Munich|Hamburg,20|Frankfurt am Main,60,Frankfurt/Main,"
                "Frankfurt a.M.|Köln,50,Koeln,Cologne|Düsseldorf,40,Duesseldorf"),
    "FR": _rows("Paris,75|Lyon,69|Marseille,13|Toulouse,31|Lille,59"),
    "NL": _rows("Amsterdam,10|Rotterdam,30|Utrecht,35|Den Haag,25,'s-Gravenhage|Eindhoven,56"),
    "SG": _rows("Singapore,0"),
    "CN": _rows("深圳,Shenzhen,南山区,Nanshan,福田区,Futian|北京,Beijing,朝阳区,Chaoyang,海淀区,Haidian|"
                "上海,Shanghai,浦东新区,Pudong New,徐汇区,Xuhui|杭州,Hangzhou,西湖区,Xihu,滨江区,Binjiang|"
                "广州,Guangzhou,天河区,Tianhe,越秀区,Yuexiu|成都,Chengdu,武侯区,Wuhou,高新区,Gaoxin"),
    "RU": _rows("Москва,Moscow,101|Санкт-Петербург,Saint Petersburg,190|Новосибирск,Novosibirsk,630|"
                "Екатеринбург,Yekaterinburg,620|Казань,Kazan,420"),
    "IN": _rows("Bengaluru,Karnataka,560,Bangalore|Mumbai,Maharashtra,400,Bombay|New Delhi,Delhi,110,Delhi|"
                "Hyderabad,Telangana,500,Hyderabad|Chennai,Tamil Nadu,600,Madras|Pune,Maharashtra,411,Pune"),
}
STREETS = {k: _rows(v) for k, v in {
    "US": "Market Street|Main Street|Mission Street|Broadway|Fifth Avenue|Orange Street|Congress Avenue|"
          "Pine Street|Elm Street|Lake Shore Drive|Sunset Boulevard|Park Avenue|Maple Road|Cedar Lane|"
          "Howard Street|Second Street|North Street|Washington Boulevard",
    "GB": "High Street|Station Road|Church Lane|Victoria Road|King Street|Queen Street|City Road|Old Street|"
          "Wenlock Road|Oxford Street|Great Portland Street|Bath Road|Castle Square",
    "DE": "Friedrichstraße|Hauptstraße|Bahnhofstraße|Schillerstraße|Goethestraße|Lindenallee|Kurfürstendamm|"
          "Torstraße|Leopoldstraße|Königsallee|Mönckebergstraße",
    "FR": "rue de la Paix|avenue des Champs-Élysées|boulevard Haussmann|rue de Rivoli|rue du Faubourg "
          "Saint-Honoré|avenue de l'Opéra|rue Lafayette|quai de la Rapée|rue Sainte-Catherine|place Bellecour",
    "NL": "Keizersgracht|Herengracht|Prinsengracht|Damrak|Coolsingel|Stationsplein|Zuidplein|Strawinskylaan|"
          "Oudegracht|Lange Voorhout",
    "SG": "Raffles Place|Robinson Road|Cecil Street|Anson Road|Shenton Way|Orchard Road|Beach Road|"
          "North Bridge Road|Jurong East Street 21|Ubi Avenue 1",
    "CN": "科技园路,Kejiyuan Lu,Science Park Road|深南大道,Shennan Dadao,Shennan Avenue|中关村大街,Zhongguancun "
          "Dajie,Zhongguancun Street|建国路,Jianguo Lu,Jianguo Road|世纪大道,Shiji Dadao,Century Avenue|"
          "文三路,Wensan Lu,Wensan Road|天府大道,Tianfu Dadao,Tianfu Avenue|体育西路,Tiyu Xilu,Tiyu West Road",
    "RU": "ул.,Тверская|ул.,Ленина|пр-т,Невский|пр-т,Ленинградский|ул.,Профсоюзная|пр-т,Мира|ул.,Садовая|"
          "ул.,Новый Арбат",
    "IN": "Mahatma Gandhi Road|Residency Road|Nariman Point|Connaught Place|HITEC City Main Road|100 Feet Road|"
          "Outer Ring Road|Bandra Kurla Complex|Anna Salai|Baner Road"}.items()}
ABBR = {"US": [("Street", "St"), ("Avenue", "Ave"), ("Boulevard", "Blvd"), ("Drive", "Dr"), ("Road", "Rd"),
               ("Lane", "Ln"), ("Fifth", "5th"), ("Second", "2nd"), ("North", "N.")],
        "GB": [("Street", "St"), ("Road", "Rd"), ("Lane", "Ln"), ("Square", "Sq")],
        "DE": [("straße", "str."), ("straße", "strasse")],
        "FR": [("rue", "r."), ("avenue", "av."), ("boulevard", "bd"), ("Saint", "St")],
        "SG": [("Road", "Rd"), ("Street", "St"), ("Avenue", "Ave")],
        "IN": [("Road", "Rd"), ("Mahatma Gandhi", "MG")]}
RU_KIND = {"ул.": (["ул.", "улица"], ["ul.", "ulitsa", "str."]), "пр-т": (["пр-т", "проспект", "пр."], ["prospekt", "pr-t", "Ave"])}

def abbrev(rng, s, cty, p=0.5):
    for a, b in ABBR.get(cty, ()):
        if a in s and maybe(rng, p):
            s = s.replace(a, b)
    return s

def new_unit(rng, cty, kind="office"):
    r = rng.randint
    return {"SG": lambda: "%02d-%02d" % (r(2, 40), r(1, 30)), "CN": lambda: "%d%02d" % (r(2, 30), r(1, 20)),
            "NL": lambda: rng.choice(["1", "2", "3", "A", "B", "hs"]), "DE": lambda: str(r(1, 6)), "FR": lambda: str(r(1, 6))}.get(
        cty, lambda: str(r(100, 2500) if kind == "office" and maybe(rng, 0.6) else r(1, 40)))()

def postcode(rng, cty, city):
    d = lambda k: "".join(rng.choice(DIGITS) for _ in range(k))
    L = lambda a: rng.choice(a) + rng.choice(a)
    return {"US": lambda: city[2] + d(2), "GB": lambda: city[1] + " " + d(1) + L("ABDEFGHJLNPQRSTUWXYZ"),
            "DE": lambda: city[1] + d(3), "NL": lambda: city[1] + d(2) + " " + L("ABCDEHJKLMNPRSTVWXZ"),
            "FR": lambda: city[1] + "0" + ("%02d" % rng.randint(1, 20) if city[0] == "Paris" else d(2)),
            "SG": lambda: rng.choice("0123456") + d(5), "CN": lambda: d(6)}.get(cty, lambda: city[2] + d(3))()

def new_addr(g, cty, kind="office"):
    rng = g.rng
    ci = rng.randrange(len(CITIES[cty]))
    a = {"cty": cty, "ci": ci, "sub": rng.randrange(2), "st": rng.randrange(len(STREETS[cty])), "kind": kind}
    small = cty in ("SG", "CN", "RU", "NL", "DE", "FR", "IN") or maybe(rng, 0.3)
    a["no"] = str(rng.randint(1, 60) if small else rng.randint(1, 2999))
    a["unit"] = new_unit(rng, cty, kind) if maybe(rng, 0.55 if kind == "office" else 0.4) else None
    a["pc"] = postcode(rng, cty, CITIES[cty][ci])
    return a

def render_addr(rng, a):
    cty, u, no, pc = a["cty"], a["unit"], a["no"], a["pc"]
    city, st = CITIES[cty][a["ci"]], STREETS[cty][a["st"]]
    if cty == "CN":
        return addr_cn(rng, a, city, st)
    if cty == "RU":
        return addr_ru(rng, a, city, st)
    street = abbrev(rng, st[0], cty)
    if cty == "US":
        line = no + " " + street
        if u:
            line += (", " if maybe(rng, 0.7) else " ") + pick(rng, ["Suite {}", "Ste {}", "Ste. {}", "#{}", "Unit {}"]).format(u)
        z = pc + ("-" + "".join(rng.choice(DIGITS) for _ in range(4)) if maybe(rng, 0.05) else "")
        s = "%s, %s, %s %s" % (line, city[0], city[1], z) + (", USA" if maybe(rng, 0.05) else "")
    elif cty == "GB":
        line = no + " " + street
        if u:
            line = pick(rng, ["Suite {}", "Unit {}", "Office {}", "Flat {}"]).format(u) + ", " + line
        p = pc.replace(" ", "") if maybe(rng, 0.12) else pc
        c = city[0].upper() if maybe(rng, 0.1) else city[0]
        s = "%s, %s%s%s" % (line, c, ", " if maybe(rng, 0.3) else " ", p)
    elif cty == "DE":
        line = street + " " + no
        if u:
            line += ", " + pick(rng, ["{}. OG", "Büro {}", "{}. Etage"]).format(u)
        s = "%s, %s%s %s" % (line, "D-" if maybe(rng, 0.05) else "", pc, pick(rng, list(city[:1] + city[2:])))
        s = deaccent(s, rng.randrange(2)) if maybe(rng, 0.2) else s
    elif cty == "FR":
        line = no + (", " if maybe(rng, 0.2) else " ") + street
        if u:
            line = pick(rng, ["Bureau {}", "Bât. {}", "{}e étage"]).format(u) + ", " + line
        s = "%s, %s %s" % (line, pc, city[0].upper() if maybe(rng, 0.25) else city[0])
        s = deaccent(s) if maybe(rng, 0.2) else s
    elif cty == "NL":
        add = ("-" + u if maybe(rng, 0.5) else " " + u) if u else ""
        c = pick(rng, list(city[:1] + city[2:]))
        s = "%s %s%s, %s %s" % (street, no, add, pc.replace(" ", "") if maybe(rng, 0.3) else pc,
                                c.upper() if maybe(rng, 0.3) else c)
    elif cty == "SG":
        unit = pick(rng, ["#{}", "Unit #{}", "{}", "Unit {}"]).format(u) if u else ""
        tail = pick(rng, ["Singapore " + pc, "S" + pc, "SINGAPORE " + pc, "Singapore (%s)" % pc])
        s = ", ".join(x for x in [no + " " + street, unit, tail] if x)
    else:  # IN
        unit = pick(rng, ["Office No. {}", "Unit {}", "#{}", "Flat {}"]).format(u) if u else ""
        line = (no + ", " if maybe(rng, 0.5) else "No. " + no + ", ") + street
        p = pc[:3] + " " + pc[3:] if maybe(rng, 0.3) else pc
        tail = pick(rng, ["%s, %s %s" % (city[0], city[1], p), "%s - %s" % (city[3], p), "%s, %s - %s" % (city[0], city[1], p)])
        s = ", ".join(x for x in [unit, line, tail] if x)
    return s.upper() if maybe(rng, 0.04) else s

def addr_cn(rng, a, city, st):
    dh, dp = city[2 + 2 * a["sub"]], city[3 + 2 * a["sub"]]
    u = a["unit"]
    if maybe(rng, 0.5):
        s = "%s%s%s%s%s号" % (city[0], pick(rng, ["市", ""]), dh, st[0], a["no"])
        s += (u + "室") if u else ""
        return ("中国" + s) if maybe(rng, 0.15) else s
    road = st[2] if maybe(rng, 0.6) else st[1]
    parts = [pick(rng, ["Room {}", "Rm. {}", "Unit {}"]).format(u)] if u else []
    parts += ["No. %s %s" % (a["no"], road) if maybe(rng, 0.7) else "%s %s" % (road, a["no"]),
              dp + " District", city[1]]
    if maybe(rng, 0.4):
        parts.append(a["pc"])
    if maybe(rng, 0.3):
        parts.append(pick(rng, ["China", "P.R. China", "PRC"]))
    return ", ".join(parts)

def addr_ru(rng, a, city, st):
    u, (kind, name) = a["unit"], st
    if maybe(rng, 0.55):
        parts = ["г. " + city[0], pick(rng, RU_KIND[kind][0]) + " " + name, "д. " + a["no"]]
        if u:
            parts.append(pick(rng, ["оф. {}", "офис {}", "пом. {}"]).format(u))
        if maybe(rng, 0.6):
            parts.insert(0, a["pc"])
        return ", ".join(parts)
    sc = rng.randrange(3)
    k = pick(rng, RU_KIND[kind][1])
    street = translit(name, sc) + " " + k if maybe(rng, 0.5) else k + " " + translit(name, sc)
    parts = [street + (" " if maybe(rng, 0.5) else ", d. ") + a["no"]]
    if u:
        parts.append(pick(rng, ["office {}", "of. {}", "off. {}"]).format(u))
    parts.append(city[1] if maybe(rng, 0.6) else translit(city[0], sc))
    if maybe(rng, 0.5):
        parts.append(a["pc"])
    if maybe(rng, 0.2):
        parts.append("Russia")
    return ", ".join(parts)

# ------------------------------------------------------ scripts and persons
TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e|yo", "ж": "zh", "з": "z", "и": "i",
      "й": "y|i|j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
      "у": "u", "ф": "f", "х": "kh|h|kh", "ц": "ts|c|tz", "ч": "ch", "ш": "sh", "щ": "shch|sch|shch", "ъ": "",
      "ы": "y", "ь": "|'|", "э": "e", "ю": "yu|iu|ju", "я": "ya|ia|ja"}
DEACC = {"ä": "ae|a", "ö": "oe|o", "ü": "ue|u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a",
         "â": "a", "ç": "c", "ô": "o", "î": "i", "ï": "i", "û": "u", "É": "E", "Ä": "Ae|A", "Ö": "Oe|O", "Ü": "Ue|U"}

def translit(s, sc=0):
    """Cyrillic to Latin; scheme 0 ~ BGN, 1 ~ passport (ICAO), 2 ~ informal."""
    def one(ch):
        alts = TR[ch.lower()].split("|")
        t = alts[min(sc, len(alts) - 1)]
        return t[:1].upper() + t[1:] if ch != ch.lower() else t
    return "".join(one(ch) if ch.lower() in TR else ch for ch in s)

def deaccent(s, mode=0):
    return "".join((lambda a: a[min(mode, len(a) - 1)])(DEACC[c].split("|")) if c in DEACC else c for c in s)

PN = {"EN": (_l("James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Daniel|Mary|Patricia|Jennifer|"
                "Linda|Elizabeth|Sarah|Jessica|Emily|Emma|Olivia|Sophie|Oliver|Jack|Harry|Chloe|Christopher"),
             _l("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Taylor|Anderson|Thomas|Moore|Martin|"
                "Clark|Lewis|Walker|Hall|Young|King|Wright|Green|Baker|Evans|Hughes|Roberts|Cooper|O'Brien")),
      "DE": (_l("Thomas|Michael|Andreas|Stefan|Jürgen|Klaus|Wolfgang|Sabine|Claudia|Petra|Anja|Julia|Lukas|"
                "Felix|Jonas|Katrin|Jörg|Uwe"),
             _l("Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|"
                "Bauer|Richter|Klein|Wolf|Schröder|Neumann")),
      "FR": (_l("Jean|Pierre|Michel|Philippe|Nicolas|François|Stéphane|Laurent|Marie|Nathalie|Isabelle|Sylvie|"
                "Céline|Julien|Camille|Hélène"),
             _l("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefèvre|"
                "Michel|Garcia|Roux|Fournier|Girard")),
      "NL": (_l("Jan|Pieter|Kees|Daan|Bram|Ruud|Sanne|Anouk|Lotte|Femke|Johannes|Willem|Hendrik|Eva"),
             _l("de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|"
                "Mulder|de Groot|Bos|Vos|Peters")),
      "SG": (_l("Wei Ming|Hui Min|Jun Jie|Mei Ling|Kok Wai|Siew Lan|Boon Keng|Li Ting|Jia Hui|Zhi Hao"),
             _l("Tan|Lim|Lee|Ng|Ong|Wong|Goh|Chua|Chan|Koh|Teo|Ang|Yeo|Tay|Ho")),
      "IN": (_l("Rajesh|Priya|Amit|Sunita|Anil|Vikram|Deepak|Lakshmi|Arjun|Kavya|Suresh|Ramesh|Pooja|Rahul|"
                "Sneha|Venkatesh|Anjali|Karthik"),
             _l("Sharma|Patel|Singh|Kumar|Gupta|Reddy|Iyer|Nair|Rao|Mehta|Shah|Verma|Joshi|Menon|Das|Agarwal"))}
SG_EN = _l("Kelvin|Jason|Alvin|Michelle|Grace|Daniel|Rachel|Benjamin|Cheryl|Wilson")
CN_FAM = [(w[0], w[1:]) for w in "王Wang 李Li 张Zhang 刘Liu 陈Chen 杨Yang 黄Huang 赵Zhao 吴Wu 周Zhou 徐Xu 孙Sun 马Ma "
          "朱Zhu 胡Hu 郭Guo 何He 林Lin 高Gao 罗Luo".split()]
CN_SYL = [(w[0], w[1:]) for w in "伟Wei 芳Fang 娜Na 敏Min 静Jing 丽Li 强Qiang 磊Lei 军Jun 洋Yang 勇Yong 艳Yan 杰Jie "
          "涛Tao 明Ming 超Chao 秀Xiu 霞Xia 平Ping 刚Gang 华Hua 建Jian 国Guo 文Wen 海Hai 晓Xiao 东Dong 志Zhi".split()]
RU_M = _l("Александр|Дмитрий|Сергей|Андрей|Алексей|Иван|Михаил|Евгений|Юрий|Николай|Владимир|Павел")
RU_F = _l("Наталья|Елена|Ольга|Юлия|Татьяна|Ксения|Анна|Мария|Ирина|Светлана")
RU_FAM = _l("Иванов|Смирнов|Кузнецов|Попов|Соколов|Лебедев|Козлов|Новиков|Морозов|Петров|Волков|Фёдоров|"
            "Михайлов|Щербаков|Жуков|Яковлев|Зайцев|Никитин")
RU_PAT = [(p + "вич", p + "вна") for p in _l("Александро|Сергее|Ивано|Дмитрие|Андрее|Михайло|Юрье|Владимиро")]
CULT = {"US": "EN", "GB": "EN", "DE": "DE", "FR": "FR", "NL": "NL", "SG": "SG", "CN": "CN", "RU": "RU", "IN": "IN"}

def new_person(g, cty, foreign=0.08):
    rng = g.rng
    c = CULT[g.cty() if maybe(rng, foreign) else cty]
    p = {"id": g.pid(), "c": c, "m": "", "e": ""}
    if c == "CN":
        p["f"], p["g"] = rng.choice(CN_FAM), [rng.choice(CN_SYL) for _ in range(rng.choice((1, 2, 2)))]
    elif c == "RU":
        fem = maybe(rng, 0.35)
        p["g"], p["f"] = rng.choice(RU_F if fem else RU_M), rng.choice(RU_FAM) + ("а" if fem else "")
        p["m"] = rng.choice(RU_PAT)[1 if fem else 0]
    else:
        p["g"], p["f"] = rng.choice(PN[c][0]), rng.choice(PN[c][1])
        if c in ("EN", "IN") and maybe(rng, 0.3):
            p["m"] = rng.choice("ABCDEFGHJKLMRSTW")
        if c == "SG" and maybe(rng, 0.5):
            p["e"] = rng.choice(SG_EN)
    return p

def person_latin(p):
    if p["c"] == "CN":
        return "".join(s[1] for s in p["g"]), p["f"][1]
    if p["c"] == "RU":
        return translit(p["g"]), translit(p["f"])
    return deaccent(p["g"], 1), deaccent(p["f"], 1)

def render_person(rng, p):
    c, gv, f, m = p["c"], p["g"], p["f"], p["m"]
    if c == "CN":
        syl = [x[1] for x in gv]
        gp = pick(rng, ["".join(syl).capitalize(), " ".join(syl), "-".join(syl), "-".join(syl).capitalize()]) \
            if len(syl) > 1 else syl[0]
        s = wchoice(rng, [f[0] + "".join(x[0] for x in gv), f[1] + " " + gp, gp + " " + f[1],
                          f[1].upper() + " " + gp, (f[1] + " " + gp).upper()], [35, 25, 20, 12, 8])
    elif c == "RU":
        s = pick(rng, [gv + " " + f, f + " " + gv, f + " " + gv + " " + m, "%s %s.%s." % (f, gv[0], m[0])])
        if maybe(rng, 0.5):
            s = translit(s, rng.randrange(3))
            s = s.upper() if maybe(rng, 0.15) else s
    elif c == "SG":
        forms = [f + " " + gv, gv + " " + f, (f + " " + gv).upper(), f + " " + gv.replace(" ", "")]
        if p["e"]:
            forms += [p["e"] + " " + f + " " + gv, p["e"] + " " + f]
        s = pick(rng, forms)
    else:
        forms = [gv + " " + f, f + ", " + gv, gv[0] + ". " + f, f.upper() + " " + gv, (gv + " " + f).upper()]
        if m:
            forms.insert(1, "%s %s. %s" % (gv, m, f))
        s = pick(rng, forms)
        s = (rng.choice(["Dr. ", "Dr ", "Prof. "]) + s) if maybe(rng, 0.03) else s
        s = deaccent(s, rng.randrange(2)) if maybe(rng, 0.3) else s
    return typo(rng, s) if maybe(rng, 0.02) else s

# ------------------------------------------------------------ company names
W1 = _l("Apex|Blue|Northwind|Silver|Red Oak|Summit|Crescent|Pioneer|Vertex|Quantum|Nova|Orbit|Harbor|Granite|"
        "Cedar|Atlas|Beacon|Bright|Clearwater|Delta|Echo|Falcon|Golden|Horizon|Ironwood|Kestrel|Lumen|Maple|"
        "Nimbus|Onyx|Prime|Rapid|Sterling|Tidal|Vantage|Willow|Zenith|Global|First|United|Pacific|Alpine|"
        "Coastal|Metro|Urban|Digital|Smart|Infinity|Polar|Aurora")
W2 = _l("Technologies|Solutions|Consulting|Labs|Systems|Data|Analytics|Software|Networks|Cloud|Digital|Holdings|"
        "Ventures|Capital|Trading|Logistics|Media|Studios|Health|Bio|Energy|Robotics|AI|Computing|Partners|"
        "Group|Services|Games|Security|Research")
W2X = {"DE": _l("Technik|Beratung|Informatik|Handel|Systeme"), "FR": _l("Conseil|Informatique|Ingénierie"),
       "NL": _l("Techniek|Diensten|Advies"), "IN": _l("Infotech|Softech|Infosystems|Exports")}
FORMS = {"LLC": "LLC|L.L.C.|Llc|Limited Liability Company", "INC": "Inc.|Inc|Incorporated|INC",
         "CORP": "Corp.|Corporation|Corp", "LTD": "Ltd|Limited|Ltd.|LTD", "LLP": "LLP|L.L.P.",
         "PLC": "plc|PLC|Public Limited Company", "GMBH": "GmbH|GMBH|Gmbh|Gesellschaft mit beschränkter Haftung",
         "AG": "AG|Aktiengesellschaft", "UG": "UG (haftungsbeschränkt)|UG|UG (haftungsbeschraenkt)",
         "SAS": "SAS|S.A.S.|Sas", "SARL": "SARL|S.A.R.L.|Sàrl", "SA": "SA|S.A.", "BV": "B.V.|BV|B.V|bv",
         "NV": "N.V.|NV", "PTE": "Pte. Ltd.|Pte Ltd|Private Limited|PTE. LTD.|Pte. Limited",
         "PVT": "Private Limited|Pvt. Ltd.|Pvt Ltd|(P) Ltd|Pvt. Limited"}
CFORMS = {"US": ["LLC", "INC", "CORP"], "GB": ["LTD", "LTD", "LLP", "PLC"], "DE": ["GMBH", "GMBH", "UG", "AG"],
          "FR": ["SAS", "SARL", "SA"], "NL": ["BV", "BV", "NV"], "SG": ["PTE"], "IN": ["PVT", "PVT", "LLP"],
          "CN": ["CNL"], "RU": ["OOO", "OOO", "AO"]}
CHANGE = {"LLC": "INC", "INC": "CORP", "CORP": "INC", "LTD": "PLC", "LLP": "LTD", "PLC": "LTD", "GMBH": "AG",
          "UG": "GMBH", "AG": "GMBH", "SARL": "SAS", "SAS": "SA", "SA": "SAS", "BV": "NV", "NV": "BV",
          "PTE": "LTD", "PVT": "LLP", "OOO": "AO", "AO": "OOO", "CNL": "CNS", "CNS": "CNL"}
CN_W = [(w[0], w[1:]) for w in "华Hua 鑫Xin 盛Sheng 达Da 通Tong 创Chuang 源Yuan 恒Heng 泰Tai 瑞Rui 博Bo 云Yun 智Zhi "
        "天Tian 宏Hong 腾Teng 信Xin 安An 新Xin 海Hai 联Lian 讯Xun".split()]
CN_IND = [("科技", "Keji", "Technology"), ("贸易", "Maoyi", "Trading"), ("网络", "Wangluo", "Network"),
          ("信息技术", "Xinxi Jishu", "Information Technology"), ("数据", "Shuju", "Data"),
          ("电子商务", "Dianzi Shangwu", "E-Commerce"), ("软件", "Ruanjian", "Software"), ("投资", "Touzi", "Investment")]
RU_W = [tuple(x.split(":")) for x in _l("Вектор:Vector|Альфа:Alpha|Сибирь:Siberia|Техно:Techno|Инвест:Invest|"
        "Строй:Stroy|Логистик:Logistic|Ромашка:Romashka|Север:North|Меридиан:Meridian|Гранит:Granite|"
        "Прогресс:Progress|Волга:Volga|Урал:Ural|Восток:East|Сервис:Service|Софт:Soft|Облако:Cloud|"
        "Цифра:Digital|Телеком:Telecom|Хостинг:Hosting")]
COIN1, COIN2 = _l("Zor|Kal|Vex|Tri|Quor|Lum|Nex|Tav|Bry|Ost|Dra|Fen|Gal|Hex|Jor|Kor|Mar|Pra|Syl|Wyn"), _l("ex|ion|ara|on|is|ora|ix|um|eon|ith|and")
RU_FULL = {"OOO": ("ООО", "Общество с ограниченной ответственностью", "OOO", "LLC"),
           "AO": ("АО", "Акционерное общество", "AO", "JSC")}

def new_name(g, cty):
    rng = g.rng
    if cty == "CN":
        return {"s": "cn", "city": rng.randrange(6), "w": [rng.randrange(len(CN_W)) for _ in range(2)],
                "ind": rng.randrange(len(CN_IND)), "f": "CNL"}
    if cty == "RU":
        return {"s": "ru", "w": [rng.randrange(len(RU_W)) for _ in range(rng.choice((1, 2, 2)))],
                "j": rng.choice(["", " ", "-"]), "f": rng.choice(CFORMS["RU"])}
    w = rng.sample(W1, 2) if maybe(rng, 0.2) else [rng.choice(W1)]
    w.append(rng.choice(W2 + W2X.get(cty, [])))
    return {"s": "w", "c": cty, "w": w, "f": rng.choice(CFORMS[cty]), "n": ""}

def similar_name(g, nm):
    """Same stem, different tail: how controllers name their next shell, or a rebrand."""
    rng, n = g.rng, dict(nm)
    if nm["s"] == "cn":
        n["ind"] = rng.randrange(len(CN_IND))
    elif nm["s"] == "ru":
        n["j"], n["f"] = rng.choice(["", " ", "-"]), CHANGE[nm["f"]]
    elif nm["s"] == "w":
        if maybe(rng, 0.5):
            n["w"] = nm["w"][:-1] + [rng.choice(W2)]
        else:
            n["n"] = rng.choice(_l("II|2|3|Global|International|Holdings|Asia|Europe|Group"))
    return n

def name_tokens(nm):
    s = nm["s"]
    if s == "p":
        return [("p", nm["p"]["id"])]
    if s == "raw":
        return [("raw", nm["key"])] + ([("stem", nm["stem"])] if nm.get("stem") else [])
    if s == "cn":
        return [("name", "cn", nm["city"], tuple(nm["w"]), nm["ind"]), ("stem", "cn", tuple(nm["w"]))]
    if s == "ru":
        return [("name", "ru", tuple(nm["w"]))]
    return [("name", tuple(nm["w"]), nm["n"]), ("stem", nm["w"][0], nm["w"][-2] if len(nm["w"]) > 2 else "")]

def render_name(rng, nm):
    s = nm["s"]
    if s == "p":
        return ws(rng, render_person(rng, nm["p"]))
    if s == "raw":
        out = pick(rng, nm["v"])
    elif s == "cn":
        out = name_cn(rng, nm)
    elif s == "ru":
        out = name_ru(rng, nm)
    else:
        base = " ".join(nm["w"]) + (" " + nm["n"] if nm["n"] else "")
        x = rng.random()
        out = base if x < 0.08 else base + (", " if x < 0.2 else " ") + pick(rng, FORMS[nm["f"]].split("|"))
        out = "The " + out if maybe(rng, 0.03) else out
        if nm["c"] in ("DE", "FR") and maybe(rng, 0.3):
            out = deaccent(out, rng.randrange(2))
    if maybe(rng, 0.05):
        out = out.upper()
    elif maybe(rng, 0.02):
        out = out.lower()
    return ws(rng, typo(rng, out) if maybe(rng, 0.03) else out)

def name_cn(rng, nm):
    ch, cp = CITIES["CN"][nm["city"]][:2]
    wd = [CN_W[i] for i in nm["w"]]
    ih, ip, ie = CN_IND[nm["ind"]]
    gufen = nm["f"] == "CNS"
    x = rng.random()
    if x < 0.45:
        return (ch if maybe(rng, 0.85) else "") + "".join(w[0] for w in wd) + ih + ("股份有限公司" if gufen else "有限公司")
    word = pick(rng, ["".join(w[1] for w in wd).capitalize(), " ".join(w[1] for w in wd), "".join(w[1] for w in wd)])
    city = cp + " " if maybe(rng, 0.8) else ""
    if x < 0.8:
        form = pick(rng, ["Corporation Limited", "Co., Ltd.", "Joint Stock Co., Ltd."] if gufen else
                    ["Co., Ltd.", "Co. Ltd", "Company Limited", "CO.,LTD.", "Co., Ltd"])
        return "%s%s %s %s" % (city, word, ie, form)
    return "%s%s %s %s" % (city, word, ip, "Gufen Youxian Gongsi" if gufen else "Youxian Gongsi")

def name_ru(rng, nm):
    words = [RU_W[i] for i in nm["w"]]
    cyr = nm["j"].join(w[0] for w in words)
    short, full, lat, en = RU_FULL[nm["f"]]
    x = rng.random()
    if x < 0.5:
        return (full if maybe(rng, 0.1) else short) + " " + pick(rng, ["«{}»", '"{}"', "{}"]).format(cyr)
    if x < 0.8:
        t = translit(cyr, rng.randrange(3))
        return pick(rng, ['%s "%s"' % (lat, t), "%s %s" % (t, en), '"%s" %s' % (t, lat), "%s %s" % (lat, t.upper())])
    e = nm["j"].join(w[1] for w in words)
    return pick(rng, ["%s %s" % (e, en), "%s %s" % (en, e)])

# ------------------------------------------------- email, web, cards, keys
FREE = {"US": "gmail.com|yahoo.com|outlook.com|hotmail.com|icloud.com|aol.com|protonmail.com",
        "GB": "gmail.com|outlook.com|hotmail.co.uk|yahoo.co.uk|btinternet.com",
        "DE": "gmx.de|web.de|gmail.com|t-online.de|gmx.net", "FR": "gmail.com|orange.fr|free.fr|laposte.net|hotmail.fr",
        "NL": "gmail.com|ziggo.nl|kpnmail.nl|hotmail.nl|outlook.com", "SG": "gmail.com|singnet.com.sg|yahoo.com.sg|hotmail.com",
        "CN": "qq.com|163.com|126.com|sina.com|foxmail.com", "RU": "mail.ru|yandex.ru|gmail.com|bk.ru|rambler.ru|list.ru",
        "IN": "gmail.com|rediffmail.com|yahoo.co.in|outlook.com"}
FREESET = {d for v in FREE.values() for d in v.split("|")}
TLDS = {"US": "com|io|ai|co|net|com", "GB": "co.uk|com|io|uk", "DE": "de|com|io", "FR": "fr|com|eu", "NL": "nl|com|io",
        "SG": "com.sg|sg|com|io", "CN": "com.cn|cn|com|net", "RU": "ru|com|su", "IN": "in|co.in|com|io"}
ROLES = _l("info|contact|admin|billing|accounts|hello|ops|devops|it|finance|office|support|team|sales")
PLAT = [("wix", "wixsite.com"), ("shop", "myshopify.com"), ("fb", "facebook.com"), ("li", "linkedin.com"),
        ("gs", "sites.google.com"), ("gh", "github.io")]
PLATFMT = {"wix": ["{0}.wixsite.com/home", "{0}.wixsite.com/{0}", "{0}.wixsite.com/website"], "shop": ["{}.myshopify.com"],
           "fb": ["www.facebook.com/{}", "facebook.com/{}", "fb.com/{}", "m.facebook.com/{}"], "gh": ["{}.github.io"],
           "li": ["www.linkedin.com/company/{}", "linkedin.com/company/{}"], "gs": ["sites.google.com/view/{}"]}
B64 = MIXED + "+/"
_wk = random.Random("gen19-well-known-keys")
# public "insecure" keys baked into tutorials and vendor images: shared by strangers
WELLKNOWN = ["SHA256:" + "".join(_wk.choice(B64) for _ in range(43)) for _ in range(2)]

def clean(s):
    return "".join(c for c in deaccent(s, 1).lower() if c.isascii() and c.isalnum())

def slug_of(rng, nm):
    s = nm["s"]
    if s == "w":
        w = [clean(x) for x in nm["w"]]
    elif s == "cn":
        w = [clean(CN_W[i][1]) for i in nm["w"]] + (["tech"] if maybe(rng, 0.3) else [])
    elif s == "ru":
        w = [clean(translit(RU_W[i][0])) for i in nm["w"]]
    elif s == "p":
        w = [clean(x) for x in person_latin(nm["p"])]
    else:
        w = nm.get("slug") or [clean(x) for x in nm["v"][0].split()[:2]]
    w = [x for x in w if x] or ["site"]
    return pick(rng, ["".join(w), "-".join(w), w[0], "get" + w[0], w[0] + "hq"])

def new_domain(g, cty, nm, party, tld=None):
    rng = g.rng
    base, tld = slug_of(rng, nm), tld or pick(rng, TLDS[cty].split("|"))
    d, k = base + "." + tld, 1
    while d in g.domains:
        k += 1
        d = ("%s%d.%s" % (base, k, tld)) if maybe(rng, 0.5) else base + rng.choice(["-group", "-hq", "-tech"]) + "." + tld
    g.domains[d] = party
    return d

def free_dom(rng, cty):
    return pick(rng, FREE[cty].split("|"))

def new_email(g, dom, person=None):
    rng = g.rng
    if person and maybe(rng, 0.7 if dom in FREESET else 0.45):
        gn, fn = (clean(x) for x in person_latin(person))
        loc = pick(rng, [gn + "." + fn, gn[:1] + fn, gn, fn + "." + gn, gn + fn + str(rng.randint(1, 99)), gn + "_" + fn])
    elif dom in ("qq.com", "163.com", "126.com"):
        loc = str(rng.randint(10000, 3999999999))
    elif dom in FREESET:
        loc = clean(rng.choice(W1)) + rng.choice(["", "_", "."]) + clean(rng.choice(W2)) + str(rng.randint(1, 9999))
    else:
        loc = rng.choice(ROLES)
    return (loc, dom)

def render_email(rng, e):
    s = e[0] + "@" + e[1]
    x = rng.random()
    if x < 0.05:
        s = e[0].capitalize() + "@" + e[1].capitalize()
    elif x < 0.07:
        s = s.upper()
    elif x < 0.09:
        s = "mailto:" + s
    elif x < 0.1:
        s = "<%s>" % s
    return ws(rng, s)

def new_web(g, nm):
    k, d = g.rng.choice(PLAT)
    return {"d": d, "pl": k, "slug": slug_of(g.rng, nm) + (str(g.rng.randint(1, 99)) if maybe(g.rng, 0.3) else "")}

def render_web(rng, w):
    pl, sch = w.get("pl"), pick(rng, ["https://", "", "http://"])
    if pl:
        s = sch + pick(rng, PLATFMT[pl]).format(w["slug"])
    else:
        host = w["d"]
        if w.get("sub"):
            host = w["sub"] + "." + host
        elif maybe(rng, 0.45):
            host = "www." + host
        elif maybe(rng, 0.03):
            host = rng.choice(["shop.", "app.", "en."]) + host
        s = sch + host + (w.get("path") or pick(rng, ["", "/", "/en", "/home", "/about", "/index.html"]))
    return ws(rng, s.upper() if maybe(rng, 0.03) else s)

def new_card(g):
    return g.token(16, MIXED)

def new_ssh(g):
    return "SHA256:" + g.token(43, B64)

def render_ssh(rng, k):
    host = rng.choice(["root@ubuntu", "admin@laptop", "deploy@ci", "user@MacBook-Pro.local"])
    return wchoice(rng, [k, k[7:], k + "=", "256 %s %s (ED25519)" % (k, host)], [88, 6, 3, 3])

# ---------------------------------------------------------------- IP pools
IP_FIRST = {"US": [24, 67, 71, 73, 98, 108, 174], "GB": [81, 86, 90, 109], "DE": [77, 79, 84, 91, 93],
            "FR": [78, 82, 86, 90], "NL": [77, 83, 84, 145], "SG": [116, 118, 121, 175],
            "CN": [58, 59, 60, 61, 113, 114, 115, 116, 117, 121, 123, 124, 180, 182, 183, 218, 219, 220, 221, 222],
            "RU": [5, 31, 37, 46, 77, 78, 79, 85, 87, 89, 91, 92, 93, 94, 95, 176, 178, 188, 212, 213, 217],
            "IN": [14, 27, 49, 59, 103, 106, 110, 115, 117, 122, 157, 182]}
CLOUD16 = _l("3.8|3.120|13.48|18.196|34.82|35.190|52.14|54.210|20.42|40.76|104.196|159.65|167.99|146.190")
V6_PFX = {"US": "2601", "GB": "2a00", "DE": "2a02", "FR": "2a01", "NL": "2a02", "SG": "2406", "CN": "240e", "RU": "2a03", "IN": "2409"}
PERSONAL = ("res", "office", "res6", "cloud")
IPMIX = [("office", .4), ("res", .35), ("mob", .18), ("nat", .22), ("vpn", .1), ("cloud", .15), ("res6", .2), ("mob6", .08)]
IND_IPS = [("res", .7), ("mob", .3), ("nat", .12), ("vpn", .15), ("cloud", .1), ("res6", .3), ("mob6", .15)]
CAREFUL_IPS = [("vpn", .6), ("nat", .3), ("mob", .3), ("res", .3), ("cloud", .25)]

def zipf(n, s):
    return list(itertools.accumulate(1.0 / (i + 1) ** s for i in range(n)))

def setup(g):
    rng, n, tw = g.rng, g.n, sum(CTY_W)
    q = lambda: "%d.%d" % (rng.randint(0, 255), rng.randint(0, 255))
    h = lambda: "%04x:%04x" % (rng.randrange(65536), rng.randrange(65536))
    g.res24, g.mob, g.v6res, g.v6mob = {}, {}, {}, {}
    for c, w in zip(COUNTRIES, CTY_W):
        nc = n * w / tw
        g.res24[c] = ["%d.%s" % (rng.choice(IP_FIRST[c]), q()) for _ in range(max(4, int(nc * 0.4 / 4)))]
        k = 2 + int(nc // 1500)  # carrier-grade NAT egress addresses
        g.mob[c] = (["%d.%s.%d" % (rng.choice(IP_FIRST[c]), q(), rng.randint(1, 254)) for _ in range(k)], zipf(k, 1.0))
        g.v6res[c] = ["%s:%s" % (V6_PFX[c], h()) for _ in range(max(4, int(nc * 0.15 / 3)))]
        g.v6mob[c] = ["%s:%s" % (V6_PFX[c], h()) for _ in range(2)]
    g.nat = (["%s.%d.%d" % (rng.choice(CLOUD16), rng.randint(0, 255), rng.randint(1, 254)) for _ in range(12)], zipf(12, 1.1))
    vpn24 = ["%d.%s" % (rng.choice([45, 185, 193, 194, 89, 146]), q()) for _ in range(8)]
    k = 30 + n // 400
    g.vpn = (["%s.%d" % (rng.choice(vpn24), rng.randint(1, 254)) for _ in range(k)], zipf(k, 0.8))
    for pool in [g.nat[0], g.vpn[0]] + [m[0] for m in g.mob.values()]:
        g.shared.update(("ip", ip) for ip in pool)

def ip_of(g, cty, kind):
    rng = g.rng
    if kind in ("res", "office"):
        return "%s.%d" % (rng.choice(g.res24[cty]), rng.randint(1, 254))
    if kind in ("mob", "nat", "vpn"):
        pool, cw = g.mob[cty] if kind == "mob" else (g.nat if kind == "nat" else g.vpn)
        return rng.choices(pool, cum_weights=cw)[0]
    if kind == "cloud":
        return "%s.%d.%d" % (rng.choice(CLOUD16), rng.randint(0, 255), rng.randint(1, 254))
    if kind == "res6":  # ISPs delegate a /56 out of a /48 shared with neighbours
        s = "%s:%02x%02x:%x:%x:%x:%x" % (rng.choice(g.v6res[cty]), rng.randrange(256), rng.randrange(4),
                                         *(rng.randrange(65536) for _ in range(4)))
    else:
        s = "%s:%x:%x:%x:%x:%x" % (rng.choice(g.v6mob[cty]), *(rng.randrange(65536) for _ in range(5)))
    return ipaddress.IPv6Address(s).compressed

def push_ip(r, ip, kind):
    if ip not in r["ips"]:
        r["ips"].append(ip)
        r["ipk"].append(kind)

def add_ips(g, r, mix=IPMIX, kmax=4):
    for kind, p in mix:
        if maybe(g.rng, p) and len(r["ips"]) < kmax:
            push_ip(r, ip_of(g, r["cty"], kind), kind)

def render_ip(rng, ip):
    if ":" in ip:
        a = ipaddress.IPv6Address(ip)
        return wchoice(rng, [a.compressed, a.compressed.upper(), a.exploded, a.exploded.upper()], [75, 10, 10, 5])
    x = rng.random()
    return "::ffff:" + ip if x < 0.015 else (ip + " " if x < 0.03 else ip)

# ------------------------------------------------------------ customers
def make_company(g, cty, t, party, ctx=None, big=None, nm=None):
    rng = g.rng
    r = blank(party, cty, t, "co")
    big = maybe(rng, 0.04) if big is None else big
    r["name"], boss = nm or new_name(g, cty), new_person(g, cty)
    r["boss"] = boss
    r["reg"] = new_reg(g, cty) if maybe(rng, 0.95 if big else 0.6) else None
    r["addr"] = new_addr(g, cty) if maybe(rng, 0.8) else None
    dom = new_domain(g, cty, r["name"], party) if maybe(rng, 0.95 if big else 0.6) else None
    if dom and maybe(rng, 0.85):
        r["web"] = {"d": dom}
    elif not dom and maybe(rng, 0.2):
        r["web"] = new_web(g, r["name"])
    if maybe(rng, 0.92):
        r["email"] = new_email(g, dom if dom and maybe(rng, 0.85) else free_dom(rng, cty), boss)
    r["phone"] = new_phone(g, cty) if maybe(rng, 0.75) else None
    r["card"] = new_card(g) if maybe(rng, 0.7) else None
    if maybe(rng, 0.9 if big else 0.45):
        r["dirs"] = [boss] + [new_person(g, cty) for _ in range(rng.choice((0, 0, 1, 2)) + 2 * big)]
    if maybe(rng, 0.3):
        r["owners"] = [boss if maybe(rng, 0.6) else new_person(g, cty, 0.25)]
    add_ips(g, r)
    if maybe(rng, 0.5):
        r["ssh"] = [new_ssh(g) for _ in range(rng.choice((1, 1, 2, 3)))]
    if maybe(rng, 0.002):
        r["ssh"].append(rng.choice(WELLKNOWN))
    r["listed"] = (maybe(rng, 0.5) if maybe(rng, 0.8) else None) if big else (False if maybe(rng, 0.25) else None)
    if ctx:
        apply_ctx(g, r, ctx)
    return r

def make_person_rec(g, cty, t, party, ctx=None):
    rng = g.rng
    r = blank(party, cty, t, "ind")
    p = r["boss"] = new_person(g, cty, 0.05)
    r["name"] = {"s": "p", "p": p}
    r["addr"] = new_addr(g, cty, "home") if maybe(rng, 0.6) else None
    r["email"] = new_email(g, free_dom(rng, cty), p) if maybe(rng, 0.95) else None
    r["phone"] = new_phone(g, cty, True) if maybe(rng, 0.7) else None
    r["card"] = new_card(g) if maybe(rng, 0.8) else None
    add_ips(g, r, IND_IPS)
    if maybe(rng, 0.55):
        r["ssh"] = [new_ssh(g) for _ in range(rng.choice((1, 1, 2)))] + ([rng.choice(WELLKNOWN)] if maybe(rng, 0.004) else [])
    if ctx:
        apply_ctx(g, r, ctx)
    return r

def make_single(g):
    cty, t, p = g.cty(), g.month(), g.party()
    g.add(make_person_rec(g, cty, t, p) if maybe(g.rng, 0.25) else make_company(g, cty, t, p))

def value_token(kind, v):
    if kind == "addr":
        return ("addr", v["cty"], v["ci"], v["sub"], v["st"], v["no"], v["unit"])
    if kind in ("dirs", "owners"):
        return ("p", v["id"])
    return ("web", v["d"], v.get("slug")) if kind == "web" else ("edom", v[1]) if kind == "email" else ("ip" if kind == "ips" else kind, v)

CTY_ALIAS = {"US": "USA|United States|us|U.S.", "GB": "UK|United Kingdom|gb|Great Britain", "DE": "Germany|Deutschland|DEU|de",
             "FR": "France|FRA|fr", "NL": "Netherlands|NLD|Holland|nl", "SG": "Singapore|SGP|sg", "CN": "China|中国|CHN|PRC",
             "RU": "Russia|Russian Federation|Россия|RUS", "IN": "India|IND|in"}
JUNK = _l("N/A|n/a|-|none|None|NULL|unknown|TBD|.|0|na|--")
JUNKF = {"phone": _l("0000000000|+1 000-000-0000|123456789|000|+00000000000"),
         "email": _l("none@none.com|test@test.com|noreply@example.com|na@na.com|a@a.com|no@email.com"),
         "website": _l("n/a|none|http://|www.|-|localhost|example.com"),
         "ips": _l("0.0.0.0|127.0.0.1|192.168.1.1|10.0.0.1|::1|192.168.0.1"),
         "directors": _l("N/A|Nominee Director|Director|-|Unknown"), "owners": _l("N/A|-|Unknown|see directors")}
SCALARS = (("reg", "registration_id", render_reg), ("addr", "address", render_addr), ("email", "email", render_email),
           ("phone", "phone", render_phone), ("web", "website", render_web), ("card", "payment_fingerprint", lambda r, c: ws(r, c, .03)))
LISTS = (("dirs", "directors", render_person), ("owners", "owners", render_person), ("ips", "ips", render_ip),
         ("ssh", "ssh_keys", render_ssh))

def render(g, r):
    """Canonical record -> output dict, plus the canonical evidence tokens it really shows."""
    rng, prot = g.rng, r["prot"]
    o, tk = {"name": render_name(rng, r["name"])}, list(name_tokens(r["name"]))
    o["country"] = r["cty"] if not maybe(rng, 0.03) else rng.choice(CTY_ALIAS[r["cty"]].split("|"))
    for f, of, fn in SCALARS + LISTS:
        v = r[f]
        if not v:
            continue
        if f not in prot and maybe(rng, 0.008):  # junk placeholder typed into the form
            j = rng.choice(JUNKF.get(of, JUNK))
            o[of] = [j] if isinstance(v, list) else j
            continue
        if isinstance(v, list):
            o[of] = [fn(rng, x) for x in v]
            tk += [value_token(f, x) for x in v]
        else:
            s = fn(rng, v)
            o[of] = typo(rng, s) if f == "addr" and f not in prot and maybe(rng, 0.03) else s
            tk.append(value_token(f, v))
    if r["listed"] is not None:
        o["listed"] = r["listed"]
    return o, [t for t in tk if t not in g.shared and not (t[0] == "edom" and t[1] in FREESET) and t[1] not in WELLKNOWN]

# ------------------------------------------------------- planted parties
FIELD = {"stem": "name", "name": "name"}

def share(g, a, r, kind):
    """Let r carry a's value of `kind` (creating it on a when a has none usable).
    Returns True when that is evidence an engine may use (not free-mail, not a group-shared value)."""
    rng, f = g.rng, FIELD.get(kind, kind)
    if kind in ("dirs", "owners"):
        if "ind" in (a["kind"], r["kind"]):
            return False
        cand = [p for p in a[kind] if ("p", p["id"]) not in g.shared] or [a["boss"]]
        p = rng.choice(cand)
        for x in (a, r):
            if all(q["id"] != p["id"] for q in x[kind]):
                x[kind].append(p)
    elif kind == "ips":
        cand = [ip for ip, k in zip(a["ips"], a["ipk"]) if k in PERSONAL and ("ip", ip) not in g.shared]
        if not cand:
            cand = [ip_of(g, a["cty"], "res")]
            push_ip(a, cand[0], "res")
        push_ip(r, rng.choice(cand), "res")
    elif kind == "ssh":
        cand = [k for k in a["ssh"] if k not in WELLKNOWN] or [new_ssh(g)]
        v = rng.choice(cand)
        for x in (a, r):
            if v not in x["ssh"]:
                x["ssh"].append(v)
    elif kind == "email":
        e = a["email"]
        if e and e[1] in FREESET and r["kind"] == "ind":
            r["email"] = e  # the same free-mail address: real, but carries no weight
            return False
        if e is None or e[1] in FREESET or ("edom", e[1]) in g.shared:
            if e is not None and "email" in a["prot"]:
                return False
            w = a["web"]
            dom = w["d"] if w and not w.get("pl") and ("web", w["d"], None) not in g.shared else \
                new_domain(g, a["cty"], a["name"], a["party"])
            e = a["email"] = new_email(g, dom, a["boss"])
        r["email"] = (new_email(g, e[1], r["boss"])[0] if maybe(rng, 0.6) else e[0], e[1])
    elif kind == "stem":
        if a["name"]["s"] not in ("w", "cn", "ru"):
            return False
        if a["name"]["s"] == "w" and "name" not in a["prot"]:  # controllers reuse a coined brand word
            a["name"] = dict(a["name"], w=[rng.choice(COIN1) + rng.choice(COIN2)] + a["name"]["w"][-1:])
        r["name"] = similar_name(g, a["name"])
    elif kind == "name":
        r["name"] = a["name"]
    else:  # phone, addr, card, web, reg
        v = a[kind]
        if v is None or value_token(kind, v) in g.shared:
            if v is not None and kind in a["prot"]:
                return False
            c = a["cty"]
            v = a[kind] = {"phone": lambda: new_phone(g, c), "addr": lambda: new_addr(g, c), "card": lambda: new_card(g),
                           "reg": lambda: new_reg(g, c), "web": lambda: {"d": new_domain(g, c, a["name"], a["party"])}}[kind]()
        r[kind] = v
    a["prot"].add(f)
    r["prot"].add(f)
    return True

QUICK = [("email", .7), ("phone", .55), ("ips", .6), ("addr", .65), ("card", .35), ("reg", .6), ("dirs", .5), ("web", .6), ("ssh", .4)]
LATER = [("dirs", .75), ("owners", .3), ("reg", .45), ("web", .45), ("email", .4), ("addr", .2), ("phone", .25), ("card", .06),
         ("ssh", .25), ("ips", .1)]

def drift(g, src, t, quick):
    """The same customer signing up again: days later (quick) or years later with a new office, phone,
    card, maybe a new name or legal form, but some of the old identity carried along."""
    rng, ind, nm, newent = g.rng, src["kind"] == "ind", src["name"], False
    x = rng.random()
    if not (ind or quick or x < 0.5):
        if x < 0.7 and nm.get("f"):
            nm, newent = dict(nm, f=CHANGE[nm["f"]]), True
            g.stat("dup legal-form change")
        elif x < 0.9:
            nm = similar_name(g, nm)
            g.stat("dup rebrand")
        else:
            nm = new_name(g, src["cty"])
            g.stat("dup full rebrand")
    if ind:
        r = make_person_rec(g, src["cty"], t, src["party"])
        r["name"] = nm
    else:
        r = make_company(g, src["cty"], t, src["party"], None, False, nm)
    r["boss"], r["grp"], r["listed"] = src["boss"], src["grp"], src["listed"]
    done = sum(share(g, src, r, k) for k, p in (QUICK if quick else LATER) if maybe(rng, p))
    if not done:
        for k in (("phone", "card", "addr") if ind else ("dirs", "reg", "web")):
            if share(g, src, r, k):
                break
    if "reg" not in r["prot"] and not newent:
        r["reg"] = None  # the same legal entity: its id is left out, not replaced by another
    return r

def make_dup(g, size, base=None):
    rng, quick = g.rng, maybe(g.rng, 0.3)
    if base is None:
        cty, p = g.cty(), g.party()
        t = g.month(0, MONTHS - 1 if quick else MONTHS - 14)
        base = g.add((make_person_rec if maybe(rng, 0.15) else make_company)(g, cty, t, p))
    members = [base]
    while len(members) < size and g.room() > 0:
        src = members[-1] if maybe(rng, 0.7) else rng.choice(members)
        t = min(MONTHS - 1, src["t"] + (rng.randint(0, 2) if quick else rng.randint(10, 60)))
        members.append(g.add(drift(g, src, t, quick)))
    g.stat("dup quick" if quick else "dup re-onboard")

CAREFUL = {"dirs": 3, "owners": 2, "phone": 2, "addr": 1.5, "email": 1.5, "ips": 2.5, "stem": 1.5, "ssh": .6, "card": .3, "web": .3}
SLOPPY = {"dirs": 3, "owners": 2, "phone": 3, "addr": 3, "email": 3, "ips": 3, "stem": 2, "ssh": 2.5, "card": 2, "web": 1}

def wsample(rng, wd, k):
    items, out = list(wd.items()), []
    for _ in range(min(k, len(items))):
        out.append(items.pop(rng.choices(range(len(items)), [w for _, w in items])[0])[0])
    return out

def make_shells(g, size):
    """A controller's shells, set up over months or years. Each new shell reuses a few assets of a recent
    shell (not of the first one), so evidence runs as a chain through time."""
    rng, party = g.rng, g.party()
    sloppy, home = maybe(rng, 0.35), g.cty()
    bosses = [new_person(g, home, 0.1) for _ in range(rng.choice((1, 1, 2)))]
    start = g.month(0, MONTHS - 3)
    span = min(MONTHS - 1 - start, rng.randint(2, 8 * size + 6))
    csp = rng.choice(g.csps) if g.csps and maybe(rng, 0.25 if sloppy else 0.5) else None
    members = []
    for t in sorted(start + rng.randint(0, span) for _ in range(size)):
        if g.room() <= 0:
            break
        cty = home if maybe(rng, 0.7) else (csp["cty"] if csp else g.cty())
        r = make_company(g, cty, t, party, csp if csp and csp["cty"] == cty and maybe(rng, 0.7) else None, False)
        r["boss"], r["listed"] = rng.choice(bosses), (None if maybe(rng, 0.8) else False)
        if not sloppy:  # careful controllers hide behind free-mail, VPNs and mobile data
            if r["email"] and maybe(rng, 0.5):
                r["email"] = new_email(g, free_dom(rng, cty))
            if maybe(rng, 0.5):
                r["ips"], r["ipk"] = [], []
                add_ips(g, r, CAREFUL_IPS)
        if members:
            a = members[-1] if maybe(rng, 0.7) else rng.choice(members[-3:])
            kinds = wsample(rng, SLOPPY if sloppy else CAREFUL, rng.randint(3, 6) if sloppy else rng.choice((1, 1, 2)))
            if not sum(share(g, a, r, k) for k in kinds):
                share(g, a, r, "dirs")
        members.append(g.add(r))
    g.stat("shell sloppy" if sloppy else "shell careful")

# --------------------------------------- look-alike groups (different parties)
BRANDS = _l("Sunny Bagels|QuickPrint|Bright Smiles Dental|Fresh Greens|Happy Paws Grooming|CodeKids Academy|"
            "Metro Fitness|Golden Wok|Swift Couriers|Sparkle Cleaners|Little Scholars|Urban Coffee Co.")
AREAS = _l("Downtown|Northside|Riverside|Eastgate|Westfield|Hillcrest|Lakeside|Midtown|Old Town|Harbourside|"
           "Parkview|Southpoint|Airport|University|Central|Mall Road")
LABS = _l("Vision|Genomics|Robotics|Climate Modelling|Quantum Optics|NLP|Protein Design|Astrophysics|"
          "Neuroscience|Materials|HPC|Bioinformatics|Particle Physics|Econometrics")
UNI_DOM = {"US": "{}.edu", "GB": "{}.ac.uk", "DE": "uni-{}.de", "FR": "univ-{}.fr", "SG": "{}.edu.sg", "CN": "{}.edu.cn",
           "IN": "{}.ac.in", "NL": "{}-univ.nl", "RU": "{}-univ.ru"}
LOOK = [("csp", .35, 20, 80), ("tower", .2, 10, 50), ("cowork", .2, 10, 40), ("fr", .15, 5, 25), ("uni", .1, 5, 20)]

def make_ctx(g, kind):
    """A group of unrelated customers sharing a registered agent, a building, a co-working space or
    accelerator batch, a franchise brand or a university."""
    rng, sh = g.rng, g.shared
    g.ngroup += 1
    pool = {"csp": (["GB", "SG", "US", "NL", "IN", "DE"], [3, 2, 3, 1, 1, 1]), "fr": (["US", "GB", "IN", "SG", "DE"], [4, 2, 2, 1, 1])}
    cty = wchoice(rng, *pool[kind]) if kind in pool else g.cty()
    c = {"id": g.ngroup, "type": kind, "cty": cty, "t0": 0, "t1": MONTHS - 1, "phone": new_phone(g, cty, False)}
    sh.add(("phone", c["phone"]))
    if kind in ("csp", "tower", "cowork"):
        a = c["addr"] = new_addr(g, cty, kind)
        a["unit"] = new_unit(rng, cty) if kind != "tower" and maybe(rng, 0.4) else None
        sh.add(value_token("addr", a))
    if kind == "csp":
        c["dom"] = new_domain(g, cty, {"s": "raw", "slug": [clean(rng.choice(W1)), rng.choice(_l("corporate|cosec|formations"))]}, 0)
        c["nominees"] = [new_person(g, cty) for _ in range(rng.randint(2, 5))]
        sh.update([("edom", c["dom"])] + [("p", p["id"]) for p in c["nominees"]])
        g.csps.append(c)
    elif kind == "tower":
        c["pfx"] = rng.choice(g.res24[cty])
    elif kind == "cowork":
        c["wifi"] = [ip_of(g, cty, "office") for _ in range(rng.randint(1, 3))]
        sh.update(("ip", ip) for ip in c["wifi"])
        if maybe(rng, 0.5):  # an accelerator batch: joined within one quarter
            c["t0"] = g.month(0, MONTHS - 4)
            c["t1"] = c["t0"] + 3
    elif kind == "fr":
        c["brand"], c["used"] = rng.choice(BRANDS), []
        c["dom"] = new_domain(g, cty, {"s": "raw", "slug": [clean(c["brand"])]}, 0, "com")
        sh.update([("edom", c["dom"]), ("web", c["dom"], None), ("stem", c["brand"])])
    else:
        city = rng.choice(CITIES[cty])
        cn = city[1] if cty in ("CN", "RU") else city[0]
        c["uname"] = ["University of " + cn, cn + " University", "Univ. of " + cn, "U of " + cn]
        c["dom"] = UNI_DOM[cty].format(clean(cn)[:6] + ("" if g.ngroup % 2 else "u"))
        g.domains[c["dom"]] = 0
        c["bld"] = [new_addr(g, cty, "campus") for _ in range(rng.randint(2, 4))]
        c["nat"] = ip_of(g, cty, "office")
        c["b16"] = "%d.%d" % (rng.choice(IP_FIRST[cty]), rng.randint(0, 255))
        sh.update([("edom", c["dom"]), ("web", c["dom"], None), ("ip", c["nat"]), ("stem", c["uname"][0])])
    return c

def apply_ctx(g, r, c):
    rng, k, co = g.rng, c["type"], r["kind"] == "co"
    r["grp"] = c["id"]
    if k == "csp":  # registered agent: address, nominee directors, sometimes its phone and mailbox
        r["addr"] = c["addr"] if maybe(rng, 0.9) else r["addr"]
        if co and maybe(rng, 0.7):
            r["dirs"] = rng.sample(c["nominees"], min(len(c["nominees"]), rng.choice((1, 1, 2)))) + ([r["boss"]] if maybe(rng, 0.2) else [])
        if co and maybe(rng, 0.5):
            r["owners"] = [new_person(g, r["cty"], 0.6)]
        r["phone"] = c["phone"] if maybe(rng, 0.25) else r["phone"]
        r["email"] = (rng.choice(_l("cosec|admin|companies|filings")), c["dom"]) if maybe(rng, 0.15) else r["email"]
    elif k == "tower":
        r["addr"] = dict(c["addr"], unit=new_unit(rng, c["cty"]) if maybe(rng, 0.7) else None)
        if maybe(rng, 0.6):
            r["ips"], r["ipk"] = ["%s.%d" % (c["pfx"], rng.randint(1, 254))] + r["ips"][:2], ["office"] + r["ipk"][:2]
        r["phone"] = c["phone"] if maybe(rng, 0.08) else r["phone"]
    elif k == "cowork":
        r["addr"] = c["addr"] if maybe(rng, 0.85) else r["addr"]
        if maybe(rng, 0.75):
            r["ips"], r["ipk"] = [rng.choice(c["wifi"])] + r["ips"][:2], ["wifi"] + r["ipk"][:2]
    elif k == "fr":
        b, area = c["brand"], rng.choice(AREAS)
        area = rng.choice(CITIES[c["cty"]])[0] + " " + area if area in c["used"] or maybe(rng, 0.5) else area
        c["used"].append(area)
        num, fam = len(c["used"]), person_latin(r["boss"])[1]
        r["name"] = {"s": "raw", "key": (c["id"], num), "stem": b, "v": ["%s %s" % (b, area), "%s - %s" % (b, area),
                     "%s of %s" % (b, area), "%s Enterprises %s dba %s" % (fam, pick(rng, FORMS[CFORMS[c["cty"]][0]].split("|")), b),
                     "%s #%d" % (b, 100 + num)]}
        loc = clean(area)
        r["email"] = (loc + pick(rng, ["", ".manager", "-store"]), c["dom"]) if maybe(rng, 0.6) else r["email"]
        r["web"] = {"d": c["dom"], "path": "/locations/" + loc} if maybe(rng, 0.5) else None
        r["phone"] = c["phone"] if maybe(rng, 0.2) else r["phone"]
        r["owners"] = [r["boss"]] if maybe(rng, 0.5) else r["owners"]
    elif k == "uni":
        pi, lab, u = r["boss"], rng.choice(LABS), c["uname"]
        fam = person_latin(pi)[1]
        r["name"] = {"s": "raw", "key": (c["id"], lab, pi["id"]), "stem": u[0], "v": [
            "%s Lab, %s" % (lab, u[0]), "%s - %s Group" % (u[0], lab), "%s Research Group (%s)" % (lab, u[1]),
            "%s Lab (%s), %s" % (fam, lab, u[2]), "%s %s" % (u[3], lab)]}
        r["reg"], r["dirs"], r["owners"], r["listed"] = None, [], [pi] if maybe(rng, 0.5) else [], None
        r["email"] = new_email(g, c["dom"], pi) if maybe(rng, 0.85) else r["email"]
        r["web"] = {"d": c["dom"], "sub": clean(lab)[:10]} if maybe(rng, 0.4) else None
        r["addr"] = dict(rng.choice(c["bld"]), unit=str(rng.randint(100, 499))) if maybe(rng, 0.7) else r["addr"]
        r["phone"] = c["phone"] if maybe(rng, 0.15) else r["phone"]
        r["ips"], r["ipk"] = ["%s.%d.%d" % (c["b16"], rng.randint(0, 255), rng.randint(1, 254))], ["office"]
        if maybe(rng, 0.7):
            push_ip(r, c["nat"], "campus")
    else:  # reseller-onboarded end customer
        u = c["use"]
        r["card"] = c["card"] if u["card"] and maybe(rng, 0.85) else r["card"]
        r["phone"] = c["phone"] if u["phone"] and maybe(rng, 0.85) else r["phone"]
        if u["email"] and maybe(rng, 0.85):
            r["email"] = (pick(rng, ["billing", "cloud", "accounts", slug_of(rng, r["name"])]), c["dom"])
        r["ssh"] = r["ssh"] + [c["ssh"]] if u["ssh"] and maybe(rng, 0.85) else r["ssh"]
        if u["ip"] and maybe(rng, 0.85):
            r["ips"], r["ipk"] = r["ips"][:3] + [c["ip"]], r["ipk"][:3] + ["office"]

def make_lookalikes(g):
    rng = g.rng
    budget = min(g.room(), int(g.n * rng.uniform(0.08, 0.12)))
    for kind, frac, lo, hi in LOOK:
        left = int(budget * frac)
        while left >= 3:
            size = min(left, max(3, min(400, g.n // 50)) if kind == "csp" and not g.csps else rng.randint(lo, hi))
            c = make_ctx(g, kind)
            for _ in range(size):
                if g.room() <= 0:
                    return
                maker = make_person_rec if kind == "cowork" and maybe(rng, 0.2) else make_company
                r = g.add(maker(g, c["cty"], g.month(c["t0"], c["t1"]), g.party(), c))
                if maybe(rng, 0.04) and g.room() > 0:  # a member that later re-onboards: a true pair inside a look-alike group
                    make_dup(g, 2, r)
            left -= size
            g.stat("look-alike " + kind, size)

def make_resellers(g):
    """Resellers put their own card, phone, mailbox, key or office IP on the accounts of unrelated clients."""
    rng = g.rng
    budget = min(g.room(), int(g.n * rng.uniform(0.02, 0.04)))
    while budget >= 4:
        cty = g.cty()
        rs = make_company(g, cty, g.month(0, 40), g.party(), None, False)
        g.ngroup += 1
        c = {"id": g.ngroup, "type": "res", "card": rs["card"] or new_card(g), "phone": rs["phone"] or new_phone(g, cty),
             "dom": rs["web"]["d"] if rs["web"] and not rs["web"].get("pl") else new_domain(g, cty, rs["name"], rs["party"]),
             "ssh": new_ssh(g), "ip": ip_of(g, cty, "office")}
        rs["card"], rs["phone"], rs["email"], rs["ssh"] = c["card"], c["phone"], ("billing", c["dom"]), rs["ssh"] + [c["ssh"]]
        u = c["use"] = {k: maybe(rng, p) for k, p in (("card", .5), ("phone", .5), ("email", .55), ("ssh", .2), ("ip", .35))}
        u["email"] = u["email"] or not any(u.values())
        g.shared.update(t for k, t in (("card", ("card", c["card"])), ("phone", ("phone", c["phone"])), ("email", ("edom", c["dom"])),
                                        ("ssh", ("ssh", c["ssh"])), ("ip", ("ip", c["ip"]))) if u[k])
        if maybe(rng, 0.6):
            g.add(rs)
            budget -= 1
        k = min(budget, rng.randint(3, 12), g.room())
        for _ in range(k):
            cc = cty if maybe(rng, 0.8) else g.cty()
            g.add((make_person_rec if maybe(rng, 0.3) else make_company)(g, cc, g.month(rs["t"]), g.party(), c))
        budget -= k
        g.stat("reseller customers", k)

# ---------------------------------------------------------------- recycling
RECYCLE = [("phone", 0.03, 6), ("addr", 0.025, 12), ("web", 0.012, 24), ("ips", 0.03, 12)]

def recycle(g):
    """Values outlive their holders: months or years later a stranger gets the same phone number (carrier
    reuse), office suite (new tenant), lapsed domain (re-registered) or residential IP (ISP reassignment).
    Cards are never recycled. Only values that carry no planted evidence are overwritten."""
    rng = g.rng
    recs = sorted(g.recs, key=lambda r: r["t"])
    ts = [r["t"] for r in recs]
    for r in recs:
        for kind, p, gap in RECYCLE:
            if kind in r["prot"] or not maybe(rng, p):
                continue
            hi = bisect.bisect_right(ts, r["t"] - gap)
            for _ in range(6 if hi else 0):
                d = recs[rng.randrange(hi)]
                if d["party"] == r["party"] or d["cty"] != r["cty"]:
                    continue
                if kind == "ips":
                    v = [ip for ip, k in zip(d["ips"], d["ipk"]) if k in ("res", "res6") and ip not in r["ips"]]
                    if not v:
                        continue
                    r["ips"], r["ipk"] = r["ips"][:3] + v[:1], r["ipk"][:3] + ["res"]
                else:
                    v = d[kind]
                    if not v or value_token(kind, v) in g.shared or (kind == "addr" and not v["unit"]) or \
                            (kind == "web" and (v.get("pl") or v.get("path") or v.get("sub"))):
                        continue
                    r[kind] = v
                    e = r["email"]
                    if kind == "web" and e and e[1] not in FREESET and "email" not in r["prot"]:
                        r["email"] = (e[0], v["d"])
                g.stat("recycled " + kind)
                break

if __name__ == "__main__":
    sys.exit(main(sys.argv))
