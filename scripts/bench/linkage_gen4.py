#!/usr/bin/env python3
"""Independent synthetic population generator for `leasegate linkage run` (gen4).

Usage: linkage_gen4.py N SEED OUT.jsonl TRUTH.csv
Writes N customers (JSON lines), TRUTH.csv (`id,party`) and TRUTH.csv.canon.jsonl
(canonical values behind every record, same keys linkage_eval.py understands:
reg, card, phone, addr, edom, email_free, web, ssh, dir, own, ip).
Deterministic per SEED.  Python 3.11 stdlib only.  Written from the issue text
only (independent of linkage_gen3.py).

Emphasis (different from an obvious first attempt): many countries and scripts
(JP, KR, IN, BR, PT, ES, FR, RU, AE, SG, US, GB, DE, CN) with country-native
address/phone/registration-id renderings; native-script vs romanised person names;
SSH keys rendered as SHA256 / MD5 fingerprints or full public-key lines;
payment fingerprints with case/separator/prefix variance; IPv4-mapped IPv6,
bracketed/expanded IPv6, ports, CIDR suffixes.

Parties (truth):
  L<n>  a legitimate standalone company (may appear twice: a duplicate account,
        same registration id in a different spelling -> same party).
  G<n>  a legitimate corporate group: subsidiaries of one controller sharing the
        group e-mail domain, website domain, HQ switchboard (with extensions)
        and some directors.  A corporate group IS one party (same controller).
  N<n>  a planted shell network (2..40 members), star, chain or random-tree.

Findability rule (every planted member is reachable inside its party by a
chain of pairwise links a careful analyst can see in the raw data):
  a pair is linkable if it shares
    (a) a strong identifier: payment fingerprint, SSH key, registration id; or
    (b) a phone number used by no one outside the party (rare phone); or
    (c) two independent soft pieces, each non-hub: office address (same unit),
        non-free e-mail domain, website registrable domain, a director/owner
        (non-nominee, non-common-name person), an exact non-hub IP.
  Hub values never count: registered-agent / co-working / virtual-office
  addresses, free-mail domains, shared-hosting roots, VPN / CGNAT / cloud-NAT
  egress IPs, nominee directors, very common names.  The generator checks the
  rule and adds a connecting piece (an SSH key or director+IP) where needed.
Traps (different parties): registered agents (100s of tenants), co-working and
virtual offices, business towers with different suites (same building, other
unit), nominee directors, common names (Wang Wei, John Smith, Kim Min-jun...),
free-mail, VPN / CGNAT / cloud NAT egress shared by hundreds, same-ISP /24s,
shared hosting (wixsite/github.io/blogspot/sites.google.com), look-alike
company names, German HRB numbers equal across different courts.
"""
import base64
import csv
import hashlib
import json
import random
import sys
from collections import defaultdict

# ----------------------------------------------------------------- helpers

def pick(rng, seq, w=None):
    if w:
        return rng.choices(seq, weights=w, k=1)[0]
    return seq[rng.randrange(len(seq))]


def casefx(rng, s):
    r = rng.random()
    if r < 0.08:
        return s.upper()
    if r < 0.12:
        return s.lower()
    return s


def typo(rng, s):
    """one small typo in a word of >=5 latin letters (never in digits)"""
    words = s.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha() and w.isascii()]
    if not idx:
        return s
    i = pick(rng, idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    k = rng.random()
    if k < 0.4:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif k < 0.7:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def spacing(rng, s):
    r = rng.random()
    if r < 0.05:
        return s.replace(", ", ",")
    if r < 0.09:
        return s.replace(" ", "  ", 1)
    if r < 0.12:
        return s + " "
    return s


# ----------------------------------------------------------------- addresses
# Each address: {"key": canonical key, "forms": [list of renderings], "bld": building key}
# forms[0] is the most common rendering.

JP_AREAS = [("Marunouchi", "丸の内", "Chiyoda-ku", "千代田区", "100-0005"), ("Roppongi", "六本木", "Minato-ku", "港区", "106-0032"),
            ("Nishi-Shinjuku", "西新宿", "Shinjuku-ku", "新宿区", "160-0023"), ("Shibuya", "渋谷", "Shibuya-ku", "渋谷区", "150-0002"),
            ("Nihonbashi", "日本橋", "Chuo-ku", "中央区", "103-0027"), ("Shinagawa", "品川", "Shinagawa-ku", "品川区", "140-0001")]
KR_ROADS = [("Teheran-ro", "테헤란로", "Gangnam-gu", "강남구", "06234"), ("Sejong-daero", "세종대로", "Jung-gu", "중구", "04519"),
            ("Gangnam-daero", "강남대로", "Seocho-gu", "서초구", "06620"), ("Yeoui-daero", "여의대로", "Yeongdeungpo-gu", "영등포구", "07320")]
IN_AREAS = [("Indiranagar", "Bengaluru", "Bangalore", "560038"), ("Koramangala", "Bengaluru", "Bangalore", "560034"),
            ("Andheri East", "Mumbai", "Bombay", "400069"), ("Banjara Hills", "Hyderabad", "Hyderabad", "500034"),
            ("T. Nagar", "Chennai", "Madras", "600017")]
BR_STREETS = [("Rua", "R.", "Augusta", "São Paulo", "Sao Paulo", "SP", "01305"), ("Avenida", "Av.", "Paulista", "São Paulo", "Sao Paulo", "SP", "01310"),
              ("Rua", "R.", "da Assembleia", "Rio de Janeiro", "Rio de Janeiro", "RJ", "20011"),
              ("Avenida", "Av.", "Brigadeiro Faria Lima", "São Paulo", "Sao Paulo", "SP", "01452")]
PT_STREETS = [("Avenida", "Av.", "da Liberdade", "Lisboa", "1250"), ("Rua", "R.", "Augusta", "Lisboa", "1100"),
              ("Rua", "R.", "de Santa Catarina", "Porto", "4000"), ("Avenida", "Av.", "da Boavista", "Porto", "4100")]
ES_STREETS = [("Calle", "C/", "de Alcalá", "Alcala", "Madrid", "28014"), ("Paseo", "Pº", "de la Castellana", "Castellana", "Madrid", "28046"),
              ("Calle", "C/", "de Serrano", "Serrano", "Madrid", "28001"), ("Avenida", "Avda.", "Diagonal", "Diagonal", "Barcelona", "08019"),
              ("Calle", "C/", "de Balmes", "Balmes", "Barcelona", "08006")]
FR_STREETS = [("rue", "r.", "de Rivoli", "Paris", "75001"), ("avenue", "av.", "des Champs-Élysées", "Paris", "75008"),
              ("boulevard", "bd", "Haussmann", "Paris", "75009"), ("rue", "r.", "de la République", "Lyon", "69002")]
RU_STREETS = [("Тверская", "Tverskaya", "Tverskaya", "Москва", "Moscow", "Moskva", "125009"),
              ("Ленинградский проспект", "Leningradsky prospekt", "Leningradskiy pr-t", "Москва", "Moscow", "Moskva", "125040"),
              ("Новый Арбат", "Novy Arbat", "Novyi Arbat", "Москва", "Moscow", "Moskva", "121099"),
              ("Невский проспект", "Nevsky prospekt", "Nevskiy pr.", "Санкт-Петербург", "Saint Petersburg", "St. Petersburg", "191186")]
AE_AREAS = [("Business Bay", "Dubai"), ("Jumeirah Lake Towers", "Dubai"), ("Dubai Silicon Oasis", "Dubai"), ("Al Reem Island", "Abu Dhabi")]
SG_STREETS = [("Raffles Place", "Raffles Pl", "048616"), ("Anson Road", "Anson Rd", "079903"), ("Cecil Street", "Cecil St", "069533"),
              ("Tras Street", "Tras St", "078983"), ("Science Park Road", "Science Park Rd", "117528")]
US_STREETS = [("Fifth", "5th", "Avenue", "Ave", "New York", "NY", "N.Y.", "10118"), ("Market", "Market", "Street", "St", "San Francisco", "CA", "Calif.", "94105"),
              ("Mission", "Mission", "Street", "St", "San Francisco", "CA", "Calif.", "94103"), ("Peachtree", "Peachtree", "Road", "Rd", "Atlanta", "GA", "Ga.", "30305"),
              ("Congress", "Congress", "Avenue", "Ave", "Austin", "TX", "Tex.", "78701"), ("Wilshire", "Wilshire", "Boulevard", "Blvd", "Los Angeles", "CA", "Calif.", "90010"),
              ("Second", "2nd", "Street", "St", "Seattle", "WA", "Wash.", "98104")]
GB_STREETS = [("High", "Street", "St", "London", "SW1A 1AA"), ("Old", "Street", "St", "London", "EC1V 9HX"), ("Station", "Road", "Rd", "Manchester", "M1 4BT"),
              ("Church", "Road", "Rd", "Cambridge", "CB4 0WS"), ("Great Portland", "Street", "St", "London", "W1W 7LT")]
DE_STREETS = [("Friedrich", "Berlin", "10117"), ("Haupt", "München", "80331"), ("Königs", "Stuttgart", "70173"), ("Schiller", "Frankfurt am Main", "60313"),
              ("Goethe", "Hamburg", "20354")]
CN_ROADS = [("Century Avenue", "Century Ave", "Shiji Dadao", "世纪大道", "Pudong New District", "Pudong New Area", "Pudong Xinqu", "浦东新区", "Shanghai", "上海市", "200120"),
            ("Nanjing West Road", "W. Nanjing Rd", "Nanjing Xilu", "南京西路", "Jing'an District", "Jingan Dist.", "Jing'an Qu", "静安区", "Shanghai", "上海市", "200040"),
            ("Zhongguancun Street", "Zhongguancun St", "Zhongguancun Dajie", "中关村大街", "Haidian District", "Haidian Dist.", "Haidian Qu", "海淀区", "Beijing", "北京市", "100080"),
            ("Shennan Avenue", "Shennan Ave", "Shennan Dadao", "深南大道", "Futian District", "Futian Dist.", "Futian Qu", "福田区", "Shenzhen", "深圳市", "518000")]

ORD = {1: "1st", 2: "2nd", 3: "3rd"}


def ordn(n):
    return ORD.get(n if n % 100 not in (11, 12, 13) else 0, "%dth" % n) if n < 4 else "%dth" % n


def addr_jp(rng, bld=None, unit=None):
    area, areak, ward, wardk, pc = bld["s"] if bld else pick(rng, JP_AREAS)
    a, b, c = bld["n"] if bld else (rng.randint(1, 9), rng.randint(1, 20), rng.randint(1, 30))
    f = unit if unit is not None else rng.randint(2, 30)
    bname = bld["name"] if bld else pick(rng, ["Marunouchi Building", "Mori Tower", "Shin-Marunouchi Bldg", "Sumitomo Fudosan Bldg", "Kasumigaseki Bldg", ""])
    b_ = (bname + " ") if bname else ""
    forms = [
        "%s%dF, %d-%d-%d %s, %s, Tokyo %s" % (b_, f, a, b, c, area, ward, pc),
        "%d-%d-%d %s, %s, Tokyo %s, %dF" % (a, b, c, area, ward, pc, f),
        "%s %d-chome %d-%d, %s, Tokyo-to %s %d F" % (area, a, b, c, ward.replace("-ku", " Ku"), pc.replace("-", ""), f),
        "%dF %s%d-%d-%d %s %s Tokyo 〒%s" % (f, b_, a, b, c, area, ward, pc),
        "%d-%d-%d, %s, %s-ku, Tokyo %s, %d Floor" % (a, b, c, area, ward[:-3], pc, f),
        "〒%s 東京都%s%s%d-%d-%d %d階" % (pc, wardk, areak, a, b, c, f),
    ]
    return {"key": "JP|%s|%d-%d-%d|%d" % (area, a, b, c, f), "bld": "JP|%s|%d-%d-%d" % (area, a, b, c), "forms": forms,
            "w": [40, 20, 12, 12, 8, 8], "mk": lambda r, u: addr_jp(r, {"s": (area, areak, ward, wardk, pc), "n": (a, b, c), "name": bname}, u)}


def addr_kr(rng, bld=None, unit=None):
    road, roadk, gu, guk, pc = bld["s"] if bld else pick(rng, KR_ROADS)
    n = bld["n"] if bld else rng.randint(1, 600)
    f = unit if unit is not None else rng.randint(2, 25)
    forms = [
        "%dF, %d %s, %s, Seoul %s" % (f, n, road, gu, pc),
        "%d, %s, %s, Seoul, %s (%dth Floor)" % (n, road, gu, pc, f) if f > 3 else "%d, %s, %s, Seoul, %s (%s Floor)" % (n, road, gu, pc, ordn(f)),
        "%s %d %dF %s Seoul-si %s" % (road, n, f, gu.replace("-gu", " Gu"), pc),
        "%d %s %s Seoul Korea %s, %d floor" % (n, road.replace("-", " "), gu, pc, f),
        "서울특별시 %s %s %d %d층" % (guk, roadk, n, f),
    ]
    return {"key": "KR|%s|%d|%d" % (road, n, f), "bld": "KR|%s|%d" % (road, n), "forms": forms, "w": [40, 20, 15, 15, 10],
            "mk": lambda r, u: addr_kr(r, {"s": (road, roadk, gu, guk, pc), "n": n}, u)}


def addr_in(rng, bld=None, unit=None):
    area, city, alias, pin = bld["s"] if bld else pick(rng, IN_AREAS)
    cross = bld["n"] if bld else rng.randint(1, 12)
    u = unit if unit is not None else rng.randint(1, 400)
    forms = [
        "Flat No. %d, %s Cross, %s, %s %s" % (u, ordn(cross), area, city, pin),
        "Flat %d, %s Cross Road, %s, %s - %s" % (u, ordn(cross), area, city, pin),
        "No. %d, %s Cross Rd, %s, %s-%s %s" % (u, ordn(cross), area, alias, pin[:3], pin[3:]),
        "Flat No.%d, %s cross, %s, %s, Karnataka %s" % (u, ordn(cross), area, alias, pin) if city == "Bengaluru" else "Flat No.%d, %s cross, %s, %s %s, India" % (u, ordn(cross), area, alias, pin),
        "#%d, %s Cross, %s, %s %s" % (u, ordn(cross), area, city, pin[:3] + " " + pin[3:]),
    ]
    return {"key": "IN|%s|%d|%d" % (area, cross, u), "bld": "IN|%s|%d" % (area, cross), "forms": forms, "w": [35, 20, 15, 15, 15],
            "mk": lambda r, uu: addr_in(r, {"s": (area, city, alias, pin), "n": cross}, uu)}


def addr_br(rng, bld=None, unit=None):
    typ, ab, st, city, city2, uf, cep5 = bld["s"] if bld else pick(rng, BR_STREETS)
    n, cep3 = bld["n"] if bld else (rng.randint(10, 3000), rng.randint(0, 999))
    f = unit if unit is not None else rng.randint(1, 20)
    cep = "%s-%03d" % (cep5, cep3)
    forms = [
        "%s %s, nº %d, %dº andar, %s - %s, %s" % (typ, st, n, f, city, uf, cep),
        "%s %s, %d - %dº andar - %s/%s - CEP %s" % (ab, st, n, f, city, uf, cep),
        "%s %s %d, %d andar, %s %s %s" % (typ.upper(), st.upper(), n, f, city2.upper(), uf, cep.replace("-", "")),
        "%s %s, n. %d, %d° andar, %s, %s, %s, Brasil" % (typ, st, n, f, city, uf, cep),
    ]
    return {"key": "BR|%s|%d|%d" % (st, n, f), "bld": "BR|%s|%d" % (st, n), "forms": forms, "w": [40, 25, 20, 15],
            "mk": lambda r, u: addr_br(r, {"s": (typ, ab, st, city, city2, uf, cep5), "n": (n, cep3)}, u)}


def addr_pt(rng, bld=None, unit=None):
    typ, ab, st, city, cp4 = bld["s"] if bld else pick(rng, PT_STREETS)
    n, cp3 = bld["n"] if bld else (rng.randint(1, 400), rng.randint(1, 999))
    f = unit if unit is not None else rng.randint(1, 9)
    cp = "%s-%03d" % (cp4, cp3)
    forms = [
        "%s %s, n.º %d, %d.º andar, %s %s" % (typ, st, n, f, cp, city),
        "%s %s %d %dº, %s %s" % (ab, st, n, f, cp, city),
        "%s %s, %d, %d andar, %s %s, Portugal" % (ab.rstrip("."), st.replace("da ", "").replace("de ", ""), n, f, cp, city.upper()),
        "%s %s nº%d - %dº, %s %s" % (typ, st, n, f, cp, city),
    ]
    return {"key": "PT|%s|%d|%d" % (st, n, f), "bld": "PT|%s|%d" % (st, n), "forms": forms, "w": [40, 25, 20, 15],
            "mk": lambda r, u: addr_pt(r, {"s": (typ, ab, st, city, cp4), "n": (n, cp3)}, u)}


def addr_es(rng, bld=None, unit=None):
    typ, ab, st, st2, city, cp = bld["s"] if bld else pick(rng, ES_STREETS)
    n = bld["n"] if bld else rng.randint(1, 300)
    f = unit if unit is not None else rng.randint(1, 12)
    forms = [
        "%s %s, %d, %dº piso, %s %s" % (typ, st, n, f, cp, city),
        "%s %s %d, %dª planta, %s %s" % (ab, st2, n, f, cp, city),
        "%s %s, nº %d, piso %d, %s %s" % (typ, st2, n, f, cp, city.upper()),
        "%s %s %d, %dº, %s %s, España" % (ab, st, n, f, cp, city),
    ]
    return {"key": "ES|%s|%d|%d" % (st2, n, f), "bld": "ES|%s|%d" % (st2, n), "forms": forms, "w": [40, 25, 20, 15],
            "mk": lambda r, u: addr_es(r, {"s": (typ, ab, st, st2, city, cp), "n": n}, u)}


def addr_fr(rng, bld=None, unit=None):
    typ, ab, st, city, cp = bld["s"] if bld else pick(rng, FR_STREETS)
    n, bis, bp = bld["n"] if bld else (rng.randint(1, 150), rng.random() < 0.3, rng.randint(100, 9999) if rng.random() < 0.3 else 0)
    f = unit if unit is not None else rng.randint(1, 7)
    nb = "%d bis" % n if bis else "%d" % n
    nb2 = "%dB" % n if bis else "%d" % n
    fl = "%de étage" % f if f > 1 else "1er étage"
    bps = ("BP %d, " % bp) if bp else ""
    ced = " CEDEX %02d" % int(cp[-2:]) if cp.startswith("75") else " Cedex"
    forms = [
        "%s %s %s, %s, %s%s %s" % (nb, typ, st, fl, bps, cp, city),
        "%s, %s %s - %s - %s %s%s" % (nb2, typ.capitalize(), st, fl, cp, city.upper(), ced),
        "%s %s %s %s, %s %s" % (nb, ab, st, fl.replace("étage", "etage"), cp, city),
        "%s%s %s %s, %s, %s %s" % (("BP %d - " % bp) if bp else "", nb, typ, st, fl, cp, city),
    ]
    return {"key": "FR|%s|%s|%d" % (st, nb, f), "bld": "FR|%s|%s" % (st, nb), "forms": forms, "w": [40, 25, 20, 15],
            "mk": lambda r, u: addr_fr(r, {"s": (typ, ab, st, city, cp), "n": (n, bis, bp)}, u)}


def addr_ru(rng, bld=None, unit=None):
    cy, lat, lat2, cityc, city, city2, idx = bld["s"] if bld else pick(rng, RU_STREETS)
    d = bld["n"] if bld else rng.randint(1, 90)
    kv = unit if unit is not None else rng.randint(1, 300)
    isprosp = "проспект" in cy
    ul_c = "" if isprosp else "ул. "
    ul_l = "" if isprosp else "ul. "
    forms = [
        "%s, г. %s, %s%s, д. %d, офис %d" % (idx, cityc, ul_c, cy, d, kv),
        "%s%s, d. %d, kv. %d, %s, %s" % (ul_l, lat, d, kv, city, idx),
        "%s%s, %d, office %d, %s %s, Russia" % (lat2, "" if isprosp else " str.", d, kv, city2, idx),
        "%s%s, д. %d, кв. %d, %s, %s" % (ul_c, cy, d, kv, cityc, idx),
        "%s %s %d-%d, %s %s" % (lat, "" if isprosp else "ulitsa", d, kv, city2, idx),
    ]
    return {"key": "RU|%s|%d|%d" % (lat, d, kv), "bld": "RU|%s|%d" % (lat, d), "forms": forms, "w": [25, 30, 20, 15, 10],
            "mk": lambda r, u: addr_ru(r, {"s": (cy, lat, lat2, cityc, city, city2, idx), "n": d}, u)}


def addr_ae(rng, bld=None, unit=None):
    area, city = bld["s"] if bld else pick(rng, AE_AREAS)
    tw, box = bld["n"] if bld else (pick(rng, "ABCDEFGHIJ"), rng.randint(1000, 99999))
    o = unit if unit is not None else rng.randint(1, 40) * 100 + rng.randint(1, 20)
    forms = [
        "Office %d, Tower %s, %s, %s, PO Box %d" % (o, tw, area, city, box),
        "Ofc %d, Twr %s, %s, P.O. Box %d, %s, UAE" % (o, tw, area, box, city),
        "Office No. %d, %s Tower, %s, %s, United Arab Emirates" % (o, tw, area, city),
        "P.O.Box %d, Office %d Tower %s %s %s U.A.E." % (box, o, tw, area, city.upper()),
    ]
    return {"key": "AE|%s|%s|%d" % (area, tw, o), "bld": "AE|%s|%s" % (area, tw), "forms": forms, "w": [40, 25, 20, 15],
            "mk": lambda r, u: addr_ae(r, {"s": (area, city), "n": (tw, box)}, u)}


def addr_sg(rng, bld=None, unit=None):
    st, ab, pc = bld["s"] if bld else pick(rng, SG_STREETS)
    n = bld["n"] if bld else rng.randint(1, 200)
    fl, un = unit if unit is not None else (rng.randint(2, 40), rng.randint(1, 30))
    forms = [
        "%d %s, #%02d-%02d, Singapore %s" % (n, st, fl, un, pc),
        "#%02d-%02d, %d %s, Singapore %s" % (fl, un, n, st, pc),
        "%d %s #%d-%02d S(%s)" % (n, ab, fl, un, pc),
        "%d %s, Unit %02d-%02d, Singapore %s" % (n, st.upper(), fl, un, pc),
        "%d %s #%02d-%02d SINGAPORE %s" % (n, ab, fl, un, pc),
    ]
    return {"key": "SG|%s|%d|%d-%d" % (st, n, fl, un), "bld": "SG|%s|%d" % (st, n), "forms": forms, "w": [40, 20, 15, 15, 10],
            "mk": lambda r, u: addr_sg(r, {"s": (st, ab, pc), "n": n}, u if u is None else (u // 100 % 40 + 2, u % 30 + 1))}


def addr_us(rng, bld=None, unit=None):
    nm, nm2, typ, tab, city, stt, stt2, zp = bld["s"] if bld else pick(rng, US_STREETS)
    n, z4 = bld["n"] if bld else (rng.randint(10, 3000), rng.randint(1, 9999))
    s = unit if unit is not None else rng.randint(1, 40) * 100 + rng.randint(0, 20)
    forms = [
        "%d %s %s, Suite %d, %s, %s %s" % (n, nm, typ, s, city, stt, zp),
        "%d %s %s Ste %d, %s %s %s-%04d" % (n, nm2, tab, s, city, stt, zp, z4),
        "%d %s %s., #%d, %s, %s %s" % (n, nm, tab, s, city, stt2, zp),
        "%d %s %s Suite %d %s %s %s-%04d" % (n, nm2.upper(), typ.upper(), s, city.upper(), stt, zp, z4),
        "%d %s %s, Ste. %d, %s, %s %s, USA" % (n, nm2, tab, s, city, stt, zp),
    ]
    return {"key": "US|%s|%d|%d" % (nm, n, s), "bld": "US|%s|%d" % (nm, n), "forms": forms, "w": [35, 20, 15, 15, 15],
            "mk": lambda r, u: addr_us(r, {"s": (nm, nm2, typ, tab, city, stt, stt2, zp), "n": (n, z4)}, u)}


def addr_gb(rng, bld=None, unit=None):
    nm, typ, tab, city, pc = bld["s"] if bld else pick(rng, GB_STREETS)
    n = bld["n"] if bld else rng.randint(1, 300)
    u = unit if unit is not None else rng.randint(1, 60)
    forms = [
        "Flat %d, %d %s %s, %s %s" % (u, n, nm, typ, city, pc),
        "Unit %d, %d %s %s., %s, %s" % (u, n, nm, tab, city.upper(), pc.replace(" ", "")),
        "%d/%d %s %s, %s, %s" % (u, n, nm, tab, city, pc.lower()),
        "Suite %d, %d %s %s, %s, %s, United Kingdom" % (u, n, nm, typ, city, pc),
    ]
    return {"key": "GB|%s|%d|%d" % (nm, n, u), "bld": "GB|%s|%d" % (nm, n), "forms": forms, "w": [40, 25, 15, 20],
            "mk": lambda r, uu: addr_gb(r, {"s": (nm, typ, tab, city, pc), "n": n}, uu)}


def addr_de(rng, bld=None, unit=None):
    nm, city, plz = bld["s"] if bld else pick(rng, DE_STREETS)
    n = bld["n"] if bld else rng.randint(1, 250)
    og = unit if unit is not None else rng.randint(1, 8)
    city2 = city.replace("ü", "ue")
    forms = [
        "%sstraße %d, %d. OG, %s %s" % (nm, n, og, plz, city),
        "%sstr. %d, %s %s, %d. Etage" % (nm, n, plz, city, og),
        "%sstrasse %d, %d.OG, D-%s %s" % (nm, n, og, plz, city2),
        "%s Straße %d, %d. Obergeschoss, %s %s, Deutschland" % (nm, n, og, plz, city),
        "%sstraße %d (%d. OG), %s %s" % (nm.upper(), n, og, plz, city.upper()),
    ]
    return {"key": "DE|%s|%d|%d" % (nm, n, og), "bld": "DE|%s|%d" % (nm, n), "forms": forms, "w": [40, 20, 15, 15, 10],
            "mk": lambda r, u: addr_de(r, {"s": (nm, city, plz), "n": n}, u)}


def addr_cn(rng, bld=None, unit=None):
    rd, rdab, rdpy, rdhz, dist, dist2, distpy, disthz, city, cityhz, pc = bld["s"] if bld else pick(rng, CN_ROADS)
    n = bld["n"] if bld else rng.randint(1, 2000)
    rm = unit if unit is not None else rng.randint(2, 40) * 100 + rng.randint(1, 20)
    forms = [
        "Room %d, No. %d %s, %s, %s %s" % (rm, n, rd, dist, city, pc),
        "Rm. %d, %d %s, %s, %s, China %s" % (rm, n, rdab, dist2, city, pc),
        "Room %d, No.%d %s, %s, %s" % (rm, n, rd, dist, city),
        "%s%s%s%d号%d室" % (cityhz, disthz, rdhz, n, rm),
        "Room %d, No. %d %s, %s, %s %s" % (rm, n, rdpy, distpy, city, pc),
    ]
    return {"key": "CN|%s|%d|%d" % (rd, n, rm), "bld": "CN|%s|%d" % (rd, n), "forms": forms, "w": [35, 25, 15, 15, 10],
            "mk": lambda r, u: addr_cn(r, {"s": (rd, rdab, rdpy, rdhz, dist, dist2, distpy, disthz, city, cityhz, pc), "n": n}, u)}


ADDR = {"JP": addr_jp, "KR": addr_kr, "IN": addr_in, "BR": addr_br, "PT": addr_pt, "ES": addr_es, "FR": addr_fr, "RU": addr_ru,
        "AE": addr_ae, "SG": addr_sg, "US": addr_us, "GB": addr_gb, "DE": addr_de, "CN": addr_cn}
COUNTRIES = list(ADDR)
CW = [7, 5, 7, 5, 3, 5, 6, 7, 7, 8, 16, 10, 7, 9]


def render_addr(rng, a):
    s = rng.choices(a["forms"], weights=a["w"], k=1)[0]
    s = casefx(rng, s)
    s = spacing(rng, s)
    if rng.random() < 0.04:
        s = typo(rng, s)
    return s


# ----------------------------------------------------------------- phones
# canonical E.164 + rendering variants per country

def phone_new(rng, cc):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    if cc == "US":
        nsn = pick(rng, ["415", "212", "646", "512", "404", "206", "213"]) + str(rng.randint(2, 9)) + d(6)
        return {"cc": "1", "nsn": nsn, "ctry": cc}
    if cc == "RU":
        return {"cc": "7", "nsn": pick(rng, ["495", "499", "812", "916", "903", "925"]) + d(7), "ctry": cc}
    if cc == "JP":
        return {"cc": "81", "nsn": pick(rng, ["3" + d(8), "6" + d(8), "90" + d(8), "80" + d(8)]), "ctry": cc}
    if cc == "GB":
        return {"cc": "44", "nsn": pick(rng, ["20" + str(rng.randint(3, 8)) + d(7), "161" + d(7), "7" + str(rng.randint(4, 9)) + d(8)]), "ctry": cc}
    if cc == "DE":
        return {"cc": "49", "nsn": pick(rng, ["30" + d(rng.randint(6, 8)), "89" + d(7), "69" + d(7), "15" + d(9)]), "ctry": cc}
    if cc == "FR":
        return {"cc": "33", "nsn": str(pick(rng, [1, 1, 4, 6, 7])) + d(8), "ctry": cc}
    if cc == "IN":
        return {"cc": "91", "nsn": pick(rng, ["98", "99", "80", "70"]) + d(8), "ctry": cc}
    if cc == "CN":
        return {"cc": "86", "nsn": pick(rng, ["10" + d(8), "21" + d(8), "755" + d(8), "13" + d(9), "18" + d(9)]), "ctry": cc}
    if cc == "KR":
        return {"cc": "82", "nsn": pick(rng, ["2" + d(8), "2" + d(7), "10" + d(8)]), "ctry": cc}
    if cc == "BR":
        return {"cc": "55", "nsn": pick(rng, ["11", "21", "31"]) + pick(rng, ["9" + d(8), str(rng.randint(2, 5)) + d(7)]), "ctry": cc}
    if cc == "SG":
        return {"cc": "65", "nsn": pick(rng, ["6", "8", "9"]) + d(7), "ctry": cc}
    if cc == "AE":
        return {"cc": "971", "nsn": pick(rng, ["4" + d(7), "2" + d(7), "50" + d(7), "55" + d(7)]), "ctry": cc}
    if cc == "ES":
        return {"cc": "34", "nsn": pick(rng, ["91", "93", "6" + str(rng.randint(0, 9))]) + d(7), "ctry": cc}
    if cc == "PT":
        return {"cc": "351", "nsn": pick(rng, ["21" + d(7), "22" + d(7), "91" + d(7), "93" + d(7)]), "ctry": cc}
    raise ValueError(cc)


def phone_e164(p):
    return "+" + p["cc"] + p["nsn"]


VANITY = {c: str(2 + i // 3 - (1 if c in "SVYZ" else 0)) for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}
VANITY.update({"S": "7", "V": "8", "Y": "9", "Z": "9", "P": "7", "Q": "7", "R": "7", "T": "8", "U": "8", "W": "9", "X": "9"})


def vanity_phone(rng):
    word = pick(rng, ["GPURENT", "NODESAU", "COMPUTE", "RENTGPU", "TENSORS", "CLUSTER", "HPCLINE", "FASTGPU"])
    digits = "".join(VANITY[c] for c in word)
    pre = pick(rng, ["800", "888", "877", "866"])
    return {"cc": "1", "nsn": pre + digits, "ctry": "US", "vanity": pre + "-" + word[:3] + "-" + word[3:]}


def grp(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def render_phone(rng, p, home_country, ext=None):
    cc, n = p["cc"], p["nsn"]
    ctry = p["ctry"]
    intl_only = ctry != home_country  # national form only when it matches the company country
    forms = []
    if p.get("vanity"):
        forms += ["1-" + p["vanity"], "+1 " + p["vanity"], "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "+1" + n]
    elif cc == "1":
        forms += ["+1 %s-%s-%s" % (n[:3], n[3:6], n[6:]), "(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:]),
                  "1-%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+1 (%s) %s-%s" % (n[:3], n[3:6], n[6:]), "tel:+1" + n]
    elif cc == "7":
        forms += ["+7 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]), "8 (%s) %s-%s-%s" % (n[:3], n[3:6], n[6:8], n[8:]),
                  "8-%s-%s" % (n[:3], n[3:]), "+7%s" % n, "+7 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])]
    elif cc == "81":
        a = 1 if n[0] in "36" else 2
        nat = "0" + n[:a] + "-" + n[a:a + 4] + "-" + n[a + 4:]
        forms += [nat, "+81 " + n[:a] + "-" + n[a:a + 4] + "-" + n[a + 4:], "+81 (0)%s %s %s" % (n[:a], n[a:a + 4], n[a + 4:]),
                  "(0%s) %s-%s" % (n[:a], n[a:a + 4], n[a + 4:]), "+81" + n, "０" + nat[1:].replace("-", "－") if False else nat.replace("-", " ")]
    elif cc == "44":
        forms += ["0%s %s %s" % (n[:2], n[2:6], n[6:]), "+44 (0)%s %s %s" % (n[:2], n[2:6], n[6:]), "+44 %s %s %s" % (n[:2], n[2:6], n[6:]),
                  "0044 %s" % n, "(0%s) %s %s" % (n[:2], n[2:6], n[6:])]
    elif cc == "49":
        forms += ["0%s %s" % (n[:2], n[2:]), "+49 (0)%s %s" % (n[:2], n[2:]), "0049 %s %s" % (n[:2], n[2:]), "+49-%s-%s" % (n[:2], n[2:]),
                  "0%s/%s" % (n[:2], n[2:])]
    elif cc == "33":
        g = " ".join(grp("0" + n, [2, 2, 2, 2, 2]))
        forms += [g, "+33 " + " ".join([n[0]] + grp(n[1:], [2, 2, 2, 2])), g.replace(" ", "."), "+33 (0)" + " ".join([n[0]] + grp(n[1:], [2, 2, 2, 2])),
                  "0033" + n]
    elif cc == "91":
        forms += ["+91 %s %s" % (n[:5], n[5:]), "0%s %s" % (n[:5], n[5:]), n, "+91-%s" % n, "091-%s-%s" % (n[:5], n[5:])]
    elif cc == "86":
        if n[0] == "1" and n[1] in "38":
            forms += ["+86 %s %s %s" % (n[:3], n[3:7], n[7:]), n, "+86-%s" % n, "0086 %s" % n]
        else:
            a = 2 if n[:2] in ("10", "21") else 3
            forms += ["+86 %s %s %s" % (n[:a], n[a:a + 4], n[a + 4:]), "0%s-%s" % (n[:a], n[a:]), "(0%s) %s" % (n[:a], n[a:]), "+86 (0)%s-%s" % (n[:a], n[a:])]
    elif cc == "82":
        a = 1 if n[0] == "2" else 2
        forms += ["0%s-%s-%s" % (n[:a], n[a:-4], n[-4:]), "+82 %s %s %s" % (n[:a], n[a:-4], n[-4:]), "+82-%s-%s-%s" % (n[:a], n[a:-4], n[-4:]),
                  "(0%s) %s-%s" % (n[:a], n[a:-4], n[-4:])]
    elif cc == "55":
        forms += ["+55 %s %s-%s" % (n[:2], n[2:-4], n[-4:]), "(%s) %s-%s" % (n[:2], n[2:-4], n[-4:]), "0xx%s %s-%s" % (n[:2], n[2:-4], n[-4:]),
                  "+55 (%s) %s%s" % (n[:2], n[2:-4], n[-4:])]
    elif cc == "65":
        forms += ["+65 %s %s" % (n[:4], n[4:]), "%s %s" % (n[:4], n[4:]), "(65) %s-%s" % (n[:4], n[4:]), "+65" + n]
    elif cc == "971":
        a = 1 if n[0] in "24" else 2
        forms += ["+971 %s %s %s" % (n[:a], n[a:a + 3], n[a + 3:]), "0%s %s %s" % (n[:a], n[a:a + 3], n[a + 3:]), "00971 %s %s" % (n[:a], n[a:]),
                  "+971-%s-%s" % (n[:a], n[a:])]
    elif cc == "34":
        forms += ["+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "0034 %s" % n, "(+34) %s" % n]
    elif cc == "351":
        forms += ["+351 %s %s %s" % (n[:2], n[2:5], n[5:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), "00351 %s" % n, "(+351) %s" % n]
    # national forms have no country code: drop them when the phone is foreign
    if intl_only:
        forms = [f for f in forms if f.startswith(("+", "00", "tel:+", "(+"))] or ["+" + cc + n]
    s = forms[0] if rng.random() < 0.35 else pick(rng, forms)
    if ext is not None:
        s += pick(rng, [" x%d" % ext, " ext. %d" % ext, " ext %d" % ext, " (ext. %d)" % ext, ";ext=%d" % ext, " #%d" % ext])
    if rng.random() < 0.04 and not s.startswith("tel:") and s.startswith("+"):
        s = "tel:" + s.replace(" ", "-")
    return s


# ----------------------------------------------------------------- e-mail / web

FREEMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me", "aol.com"],
            "GB": ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "outlook.com"],
            "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net"],
            "FR": ["orange.fr", "laposte.net", "free.fr", "gmail.com", "wanadoo.fr"],
            "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "ezweb.ne.jp"],
            "KR": ["naver.com", "daum.net", "hanmail.net", "gmail.com"],
            "CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com"],
            "RU": ["mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "ya.ru", "rambler.ru"],
            "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
            "BR": ["uol.com.br", "bol.com.br", "gmail.com", "hotmail.com", "terra.com.br"],
            "PT": ["sapo.pt", "gmail.com", "hotmail.com"], "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
            "SG": ["gmail.com", "singnet.com.sg", "yahoo.com.sg"], "AE": ["gmail.com", "emirates.net.ae", "hotmail.com", "outlook.com"]}
TLD = {"US": [".com", ".io", ".ai", ".net", ".us"], "GB": [".co.uk", ".com", ".uk", ".io"], "DE": [".de", ".com", ".eu"], "FR": [".fr", ".com", ".eu"],
       "JP": [".co.jp", ".jp", ".com"], "KR": [".co.kr", ".kr", ".com"], "CN": [".cn", ".com.cn", ".com"], "RU": [".ru", ".com", ".su", ".рф"],
       "IN": [".in", ".co.in", ".com"], "BR": [".com.br", ".com"], "PT": [".pt", ".com.pt", ".com"], "ES": [".es", ".com"], "SG": [".com.sg", ".sg", ".com"],
       "AE": [".ae", ".com", ".co"]}
HOSTED = [("%s.wixsite.com", "/%s"), ("%s.github.io", ""), ("%s.blogspot.com", ""), ("sites.google.com", "/view/%s"), ("%s.webflow.io", ""),
          ("%s.myshopify.com", "")]

SYL = ["ka", "to", "ri", "no", "va", "sel", "mar", "tek", "ion", "ar", "lu", "zen", "qu", "pro", "dat", "neo", "ax", "or", "vi", "sta", "gen", "tra", "lex",
       "cor", "sy", "nex", "pol", "ber", "gra", "tal", "mo", "rex", "fin", "bit", "cal", "dor", "hel", "kin", "lum", "mir", "nov", "par", "sol", "ter", "ul", "xen"]
IDN_SYL = ["bü", "grü", "stra", "é", "ço", "mün", "ñ", "ö"]


def brand(rng):
    b = "".join(pick(rng, SYL) for _ in range(rng.randint(2, 3)))
    if rng.random() < 0.25:
        b += pick(rng, ["-gpu", "-compute", "-tech", "-labs", "-cloud", "-data", "-ai", "-systems"])
    return b


def domain_new(rng, cc):
    b = brand(rng)
    t = pick(rng, TLD[cc])
    if t == ".рф":
        b = pick(rng, ["вычисления", "облако", "данные", "сервер"]) + "-" + pick(rng, ["плюс", "групп", "про", "центр"]) + str(rng.randint(1, 99))
    elif cc in ("DE", "FR", "ES", "PT", "BR") and rng.random() < 0.12:
        b = b[:2] + pick(rng, IDN_SYL) + b[2:]
    return b + t


def puny(d):
    try:
        return d.encode("idna").decode("ascii")
    except Exception:
        return d


def render_domain(rng, d):
    if not d.isascii() and rng.random() < 0.5:
        d = puny(d)
    r = rng.random()
    if r < 0.12:
        d = d.upper()
    elif r < 0.17:
        d = d + "."
    return d


LOCALS = ["info", "contact", "admin", "billing", "ops", "it", "finance", "hello", "office", "sales", "accounts", "devops", "cto", "ceo"]


def render_email(rng, local, dom, sub=None):
    d = dom
    if sub:
        d = sub + "." + d
    d = render_domain(rng, d)
    s = local + "@" + d
    r = rng.random()
    if r < 0.08:
        s = "mailto:" + s
    elif r < 0.12:
        s = s.upper()
    elif r < 0.15:
        s = " <" + s + ">"
    return s


def render_site(rng, dom, path=None):
    d = render_domain(rng, dom) if rng.random() < 0.5 else dom
    if rng.random() < 0.5 and not dom.startswith(("sites.google.com",)):
        d = pick(rng, ["www.", "www.", "en.", "shop.", "WWW."]) + d
    sch = pick(rng, ["https://", "http://", "", "", "HTTPS://"])
    p = path or ""
    if not p and rng.random() < 0.35:
        p = pick(rng, ["/", "/en/", "/about-us", "/index.html", "/?utm_source=signup", "/en/contact?ref=gpu#form", "/ja/", "/home"])
    return sch + d + p


# ----------------------------------------------------------------- registration ids

def regid_new(rng, cc):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))
    L = lambda k: "".join(pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(k))
    if cc == "US":
        return ("US", d(9))  # EIN
    if cc == "GB":
        return ("GB", "%08d" % rng.randint(100000, 15999999))
    if cc == "DE":
        return ("DE", "HRB|%d|%s" % (rng.randint(1000, 250000), pick(rng, ["Berlin (Charlottenburg)", "München", "Hamburg", "Frankfurt am Main", "Stuttgart"])))
    if cc == "FR":
        return ("FR", d(9))  # SIREN
    if cc == "JP":
        return ("JP", str(rng.randint(1, 9)) + d(12))
    if cc == "KR":
        return ("KR", d(10))
    if cc == "CN":
        return ("CN", "91" + d(6) + "MA" + d(1) + L(1) + d(2) + L(1) + d(1) + L(1) + d(1))
    if cc == "RU":
        return ("RU", "1" + d(12))  # OGRN
    if cc == "IN":
        return ("IN", "U" + d(5) + pick(rng, ["KA", "MH", "TN", "DL", "TG"]) + str(rng.randint(2005, 2024)) + "PTC" + d(6))
    if cc == "BR":
        return ("BR", d(8) + "0001" + d(2))
    if cc == "SG":
        return ("SG", str(rng.randint(2008, 2024)) + d(5) + L(1))
    if cc == "AE":
        return ("AE", d(6 + rng.randint(0, 1)))
    if cc == "ES":
        return ("ES", pick(rng, "BA") + d(8))
    if cc == "PT":
        return ("PT", "5" + d(8))


def render_reg(rng, r):
    cc, v = r
    if cc == "US":
        return pick(rng, ["%s-%s" % (v[:2], v[2:]), v, "EIN %s-%s" % (v[:2], v[2:]), "%s %s" % (v[:2], v[2:])])
    if cc == "GB":
        return pick(rng, [v, v.lstrip("0"), "GB" + v, "Company No. " + v, "%s %s" % (v[:4], v[4:])])
    if cc == "DE":
        _, num, court = v.split("|")
        return pick(rng, ["HRB %s %s" % (num, court.split(" ")[0]), "HRB%s" % num + " (" + court + ")", "Amtsgericht %s HRB %s" % (court, num),
                          "HRB %s, AG %s" % (num, court)])
    if cc == "FR":
        return pick(rng, ["%s %s %s" % (v[:3], v[3:6], v[6:]), v, "RCS Paris %s %s %s" % (v[:3], v[3:6], v[6:]), "SIREN %s" % v])
    if cc == "JP":
        return pick(rng, [v, "%s-%s-%s-%s" % (v[0], v[1:5], v[5:9], v[9:]), "%s %s %s %s" % (v[:1], v[1:5], v[5:9], v[9:])])
    if cc == "KR":
        return pick(rng, ["%s-%s-%s" % (v[:3], v[3:5], v[5:]), v, "%s %s %s" % (v[:3], v[3:5], v[5:])])
    if cc == "CN":
        return pick(rng, [v, v.lower(), v[:9] + " " + v[9:]])
    if cc == "RU":
        return pick(rng, [v, "ОГРН " + v, "OGRN " + v, "OGRN: " + v])
    if cc == "IN":
        return pick(rng, [v, v.lower(), "CIN: " + v, "CIN " + v])
    if cc == "BR":
        return pick(rng, ["%s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:]), v, "CNPJ %s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:])])
    if cc == "SG":
        return pick(rng, [v, v.lower(), "UEN " + v])
    if cc == "AE":
        return pick(rng, [v, "CN-" + v, "Trade Licence No. " + v, "TL " + v])
    if cc == "ES":
        return pick(rng, [v, "%s-%s" % (v[0], v[1:]), "CIF %s" % v, "ES" + v, "%s %s" % (v[0], v[1:])])
    if cc == "PT":
        return pick(rng, [v, "PT" + v, "PT %s %s %s" % (v[:3], v[3:6], v[6:]), "NIPC %s" % v])


# ----------------------------------------------------------------- cards / ssh / ips

def card_new(rng):
    return "%032x" % rng.getrandbits(128)


def render_card(rng, h):
    r = rng.random()
    if r < 0.45:
        return h
    if r < 0.6:
        return h.upper()
    if r < 0.72:
        return ":".join(h[i:i + 2] for i in range(0, 32, 2))
    if r < 0.82:
        return " ".join(h[i:i + 4] for i in range(0, 32, 4)).upper()
    if r < 0.92:
        return "fp_" + h
    return "-".join(h[i:i + 8] for i in range(0, 32, 8))


def ssh_new(rng):
    kind = "ssh-ed25519" if rng.random() < 0.75 else "ssh-rsa"
    if kind == "ssh-ed25519":
        raw = bytes(rng.getrandbits(8) for _ in range(32))
        blob = (len(kind)).to_bytes(4, "big") + kind.encode() + (32).to_bytes(4, "big") + raw
    else:
        e = b"\x01\x00\x01"
        nbytes = b"\x00" + bytes([rng.getrandbits(8) | 0x80]) + bytes(rng.getrandbits(8) for _ in range(255))
        blob = (len(kind)).to_bytes(4, "big") + kind.encode() + len(e).to_bytes(4, "big") + e + len(nbytes).to_bytes(4, "big") + nbytes
    b64 = base64.b64encode(blob).decode()
    sha = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    md5 = hashlib.md5(blob).hexdigest()
    return {"kind": kind, "b64": b64, "sha": sha, "md5": md5, "fam": "sha" if rng.random() < 0.8 else "md5"}


def render_ssh(rng, k, full_ok=True):
    r = rng.random()
    if full_ok and r < 0.2:
        return ("%s %s %s" % (k["kind"], k["b64"], pick(rng, ["root@gpu-node", "deploy@ci", "user@laptop", "ops", "ubuntu@ip-10-0-1-7", ""]))).strip()
    if k["fam"] == "sha":
        return pick(rng, ["SHA256:" + k["sha"], "SHA256:" + k["sha"], k["sha"], "SHA256:" + k["sha"] + "=", "sha256:" + k["sha"]])
    m = ":".join(k["md5"][i:i + 2] for i in range(0, 32, 2))
    return pick(rng, ["MD5:" + m, m, m.upper(), "MD5:" + k["md5"]])


def ip4_new(rng, base=None):
    if base:
        return base + "." + str(rng.randint(2, 254))
    a = pick(rng, [5, 31, 37, 46, 62, 77, 78, 81, 85, 91, 95, 109, 176, 178, 185, 188, 193, 194, 195, 203, 210, 211, 212, 213, 217, 218, 220, 221, 222])
    return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))


def ip6_new(rng, p48=None):
    if p48 is None:
        p48 = "2a0%x:%x:%x" % (rng.randint(1, 15), rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff))
    return p48 + ":%x::%x" % (rng.randint(0, 0xffff), rng.randint(1, 0xffff))


def expand6(s):
    head, _, tail = s.partition("::")
    h = head.split(":") if head else []
    t = tail.split(":") if tail else []
    mid = ["0"] * (8 - len(h) - len(t))
    return ":".join(x.zfill(4) for x in h + mid + t)


def render_ip(rng, ip):
    if ":" in ip:
        r = rng.random()
        if r < 0.5:
            return ip
        if r < 0.65:
            return ip.upper()
        if r < 0.8:
            return expand6(ip)
        if r < 0.9:
            return "[%s]:%d" % (ip, pick(rng, [22, 443, 51820]))
        return ip + "/128"
    r = rng.random()
    if r < 0.75:
        return ip
    if r < 0.83:
        return "::ffff:" + ip
    if r < 0.9:
        return ip + ":" + str(pick(rng, [22, 443, 50022, 8080]))
    if r < 0.95:
        return ip + "/32"
    return " " + ip


# ----------------------------------------------------------------- persons

CN_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"),
          ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("胡", "Hu"), ("朱", "Zhu"), ("高", "Gao"), ("林", "Lin"), ("何", "He"), ("郭", "Guo"), ("马", "Ma"),
          ("罗", "Luo"), ("梁", "Liang"), ("宋", "Song"), ("郑", "Zheng"), ("谢", "Xie"), ("韩", "Han"), ("唐", "Tang"), ("冯", "Feng"), ("于", "Yu"),
          ("董", "Dong"), ("萧", "Xiao"), ("程", "Cheng"), ("曹", "Cao"), ("袁", "Yuan"), ("邓", "Deng"), ("许", "Xu"), ("傅", "Fu"), ("沈", "Shen")]
CN_GIV = [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"),
          ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"), ("晓明", "Xiaoming"),
          ("建华", "Jianhua"), ("志强", "Zhiqiang"), ("海燕", "Haiyan"), ("国庆", "Guoqing"), ("文博", "Wenbo"), ("子涵", "Zihan"), ("雨轩", "Yuxuan"),
          ("浩然", "Haoran"), ("思远", "Siyuan"), ("嘉怡", "Jiayi"), ("俊杰", "Junjie"), ("立新", "Lixin"), ("德华", "Dehua"), ("泽民", "Zemin")]
JP_SUR = [("佐藤", "Sato", "Satō"), ("鈴木", "Suzuki", "Suzuki"), ("高橋", "Takahashi", "Takahashi"), ("田中", "Tanaka", "Tanaka"), ("伊藤", "Ito", "Itō"),
          ("渡辺", "Watanabe", "Watanabe"), ("山本", "Yamamoto", "Yamamoto"), ("中村", "Nakamura", "Nakamura"), ("小林", "Kobayashi", "Kobayashi"),
          ("加藤", "Kato", "Katō"), ("吉田", "Yoshida", "Yoshida"), ("山田", "Yamada", "Yamada"), ("斎藤", "Saito", "Saitō"), ("大野", "Ono", "Ōno"),
          ("松本", "Matsumoto", "Matsumoto"), ("井上", "Inoue", "Inoue"), ("木村", "Kimura", "Kimura"), ("清水", "Shimizu", "Shimizu")]
JP_GIV = [("太郎", "Taro", "Tarō"), ("翔太", "Shota", "Shōta"), ("健一", "Kenichi", "Ken'ichi"), ("大輔", "Daisuke", "Daisuke"), ("裕子", "Yuko", "Yūko"),
          ("陽子", "Yoko", "Yōko"), ("誠", "Makoto", "Makoto"), ("浩二", "Koji", "Kōji"), ("直樹", "Naoki", "Naoki"), ("美咲", "Misaki", "Misaki"),
          ("拓也", "Takuya", "Takuya"), ("亮", "Ryo", "Ryō"), ("修", "Osamu", "Osamu"), ("恵", "Megumi", "Megumi")]
KR_SUR = [("김", "Kim", "Gim"), ("이", "Lee", "Yi"), ("박", "Park", "Bak"), ("최", "Choi", "Choe"), ("정", "Jung", "Jeong"), ("강", "Kang", "Gang"),
          ("조", "Cho", "Jo"), ("윤", "Yoon", "Yun"), ("장", "Jang", "Chang"), ("임", "Lim", "Im"), ("한", "Han", "Han"), ("신", "Shin", "Sin")]
KR_GIV = [("민준", "Min-jun", "Minjun"), ("서연", "Seo-yeon", "Seoyeon"), ("지훈", "Ji-hoon", "Jihun"), ("수빈", "Su-bin", "Subin"), ("현우", "Hyun-woo", "Hyeonu"),
          ("지은", "Ji-eun", "Jieun"), ("성민", "Sung-min", "Seongmin"), ("영호", "Young-ho", "Yeongho"), ("동현", "Dong-hyun", "Donghyeon"),
          ("은지", "Eun-ji", "Eunji"), ("재원", "Jae-won", "Jaewon"), ("상우", "Sang-woo", "Sangu")]
RU_SUR = [("Иванов", "Ivanov", "Ivanov"), ("Смирнов", "Smirnov", "Smirnov"), ("Кузнецов", "Kuznetsov", "Kouznetsov"), ("Попов", "Popov", "Popov"),
          ("Соколов", "Sokolov", "Sokolov"), ("Лебедев", "Lebedev", "Lebedev"), ("Козлов", "Kozlov", "Kozlov"), ("Новиков", "Novikov", "Novikov"),
          ("Морозов", "Morozov", "Morozov"), ("Волков", "Volkov", "Volkov"), ("Соловьёв", "Solovyov", "Soloviev"), ("Васильев", "Vasilyev", "Vasiliev"),
          ("Зайцев", "Zaytsev", "Zaitsev"), ("Павлов", "Pavlov", "Pavlov"), ("Семёнов", "Semyonov", "Semenov"), ("Голубев", "Golubev", "Golubev"),
          ("Виноградов", "Vinogradov", "Vinogradov"), ("Богданов", "Bogdanov", "Bogdanov"), ("Фёдоров", "Fyodorov", "Fedorov"), ("Михайлов", "Mikhailov", "Mikhaylov")]
RU_GIV = [("Александр", "Aleksandr", "Alexander", "Александрович", "Aleksandrovich", "Alexandrovich"),
          ("Сергей", "Sergey", "Sergei", "Сергеевич", "Sergeyevich", "Sergeevich"), ("Дмитрий", "Dmitriy", "Dmitry", "Дмитриевич", "Dmitriyevich", "Dmitrievich"),
          ("Андрей", "Andrey", "Andrei", "Андреевич", "Andreyevich", "Andreevich"), ("Алексей", "Aleksey", "Alexei", "Алексеевич", "Alekseyevich", "Alexeevich"),
          ("Юрий", "Yuriy", "Yuri", "Юрьевич", "Yuryevich", "Yurievich"), ("Николай", "Nikolay", "Nikolai", "Николаевич", "Nikolayevich", "Nikolaevich"),
          ("Евгений", "Yevgeniy", "Evgeny", "Евгеньевич", "Yevgenyevich", "Evgenievich")]
AR_GIV = [("Mohammed", "Mohamed", "Muhammad", "محمد"), ("Ahmed", "Ahmad", "Ahmed", "أحمد"), ("Khalid", "Khaled", "Khalid", "خالد"), ("Omar", "Umar", "Omar", "عمر"),
          ("Abdullah", "Abdallah", "Abdulla", "عبدالله"), ("Saeed", "Said", "Sa'id", "سعيد"), ("Rashid", "Rashed", "Rachid", "راشد"), ("Yousef", "Youssef", "Yusuf", "يوسف"),
          ("Hamad", "Hamad", "Hamed", "حمد"), ("Sultan", "Sultan", "Soltan", "سلطان")]
AR_FAM = [("Al Maktoum", "al-Maktoum", "Almaktoum"), ("Al Nahyan", "al-Nahyan", "Alnahyan"), ("Al Falasi", "al-Falasi", "Alfalasi"), ("Al Mansouri", "al-Mansoori", "Almansouri"),
          ("Al Suwaidi", "al-Suwaidi", "Alsuwaidi"), ("Al Hashimi", "al-Hashemi", "Alhashimi"), ("Al Qasimi", "al-Qassimi", "Alqasimi"), ("Al Zaabi", "al-Zaabi", "Alzaabi")]
W_GIV = {"US": ["John", "Michael", "David", "James", "Robert", "Jennifer", "Sarah", "Emily", "Daniel", "Matthew", "Christopher", "Jessica", "Andrew", "Ashley", "Brian"],
         "GB": ["Oliver", "George", "Harry", "Charlotte", "Amelia", "William", "James", "Sophie", "Thomas", "Emma", "Edward", "Lucy"],
         "DE": ["Lukas", "Jonas", "Stefan", "Andreas", "Katharina", "Julia", "Michael", "Thomas", "Jürgen", "Sabine", "Matthias", "Anja"],
         "FR": ["Jean", "Pierre", "Marie", "Nicolas", "Julien", "Camille", "François", "Isabelle", "Laurent", "Élodie", "Antoine", "Sophie"],
         "ES": ["José", "Antonio", "Manuel", "Francisco", "María", "Carmen", "Javier", "Lucía", "Alejandro", "Pablo"],
         "PT": ["João", "José", "António", "Maria", "Ana", "Rui", "Tiago", "Inês", "Pedro", "Miguel"],
         "BR": ["João", "Lucas", "Gabriel", "Mariana", "Ana", "Rafael", "Felipe", "Juliana", "Bruno", "Carla"],
         "IN": ["Rahul", "Amit", "Priya", "Sanjay", "Anil", "Deepak", "Sunita", "Vikram", "Arjun", "Kavita", "Rajesh", "Neha"],
         "SG": ["Wei Ming", "Jia Hui", "Kumar", "Siew Ling", "Jun Jie", "Mei Ling", "Ravi", "Hui Min"]}
W_SUR = {"US": ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson",
                "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
                "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Murphy"],
         "GB": ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "Hughes",
                "Edwards", "Green", "Hall", "Wood", "Harrison", "Lewis", "Clarke", "Jackson", "Hill", "Cooper"],
         "DE": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter",
                "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann"],
         "FR": ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia",
                "David", "Bertrand", "Roux", "Vincent", "Fournier"],
         "ES": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz"],
         "PT": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Jesus", "Sousa", "Fernandes", "Gonçalves"],
         "BR": ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Ribeiro", "Carvalho", "Almeida"],
         "IN": ["Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Reddy", "Iyer", "Nair", "Rao", "Mehta", "Joshi", "Agarwal", "Banerjee", "Chatterjee"],
         "SG": ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang"]}
HON = ["Mr. ", "Mr ", "Ms. ", "Mrs. ", "Dr. ", "Dr ", "Prof. "]
SUFFIX = [" Jr.", " Jr", " III", " II", " Sr.", ", Jr."]
COMMON = {"CN": [("王", "Wang", "伟", "Wei"), ("李", "Li", "娜", "Na"), ("张", "Zhang", "伟", "Wei")], "US": [("", "Smith", "", "John"), ("", "Johnson", "", "Michael")],
          "KR": [("김", "Kim", "민준", "Min-jun")], "IN": [("", "Kumar", "", "Rahul"), ("", "Sharma", "", "Amit")]}


def person_new(rng, cc, common=False):
    """canonical person with a list of renderings"""
    if cc in ("CN", "SG") and (cc == "CN" or rng.random() < 0.5):
        if common:
            sh, s, gh, g = pick(rng, COMMON["CN"])
        else:
            sh, s = pick(rng, CN_SUR)
            gh, g = pick(rng, CN_GIV)
            if rng.random() < 0.5 and len(gh) == 1:
                gh2, g2 = pick(rng, CN_GIV)
                if len(gh2) == 1:
                    gh, g = gh + gh2, g + g2.lower()
        gsp = g if len(gh) == 1 else (g[:len(g) // 2] if False else g)
        forms = ["%s %s" % (s, g), "%s %s" % (g, s), "%s %s" % (s.upper(), g), "%s%s" % (sh, gh), "%s, %s" % (s, g)]
        if len(gh) == 2:
            # split-syllable form Xiao Ming / Xiao-Ming
            syl = g
            for i in range(2, len(syl) - 1):
                pass
        w = [30, 25, 15, 20, 10]
        return {"key": "CN|%s%s" % (s, g), "forms": forms, "w": w, "common": common}
    if cc == "JP":
        sk, s, s2 = pick(rng, JP_SUR)
        gk, g, g2 = pick(rng, JP_GIV)
        forms = ["%s %s" % (g, s), "%s %s" % (s.upper(), g), "%s %s" % (s, g), "%s%s" % (sk, gk), "%s %s" % (sk, gk), "%s %s" % (g2, s2)]
        return {"key": "JP|%s|%s" % (s, g), "forms": forms, "w": [35, 20, 15, 15, 5, 10], "common": False}
    if cc == "KR":
        if common:
            sh, s, gh, g = COMMON["KR"][0]
            s2, g2 = "Gim", "Minjun"
        else:
            sh, s, s2 = pick(rng, KR_SUR)
            gh, g, g2 = pick(rng, KR_GIV)
        forms = ["%s %s" % (s, g), "%s %s" % (g, s), "%s %s" % (s.upper(), g.replace("-", " ")), "%s%s" % (sh, gh), "%s %s" % (s2, g2), "%s %s" % (g2, s)]
        return {"key": "KR|%s|%s" % (s, g), "forms": forms, "w": [30, 20, 15, 15, 10, 10], "common": common}
    if cc == "RU":
        sc, s, s2 = pick(rng, RU_SUR)
        gc, g, g2, pc, p, p2 = pick(rng, RU_GIV)
        forms = ["%s %s" % (g, s), "%s %s %s" % (s, g, p), "%s %s %s" % (sc, gc, pc), "%s %s" % (gc, sc), "%s %s. %s" % (g2, p[0], s2),
                 "%s %s.%s." % (s, g[0], p[0]), "%s %s %s" % (g2, p2, s2), "%s %s" % (s.upper(), g)]
        return {"key": "RU|%s|%s|%s" % (s, g, p), "forms": forms, "w": [20, 15, 15, 10, 10, 10, 10, 10], "common": False}
    if cc == "AE":
        g = pick(rng, AR_GIV)
        fa = pick(rng, AR_GIV)
        fam = pick(rng, AR_FAM)
        forms = ["%s bin %s %s" % (g[0], fa[0], fam[0]), "%s %s %s" % (g[1], fa[0], fam[1]), "%s Bin %s %s" % (g[2], fa[1], fam[2]),
                 "%s %s" % (g[0], fam[0]), "Sheikh %s bin %s %s" % (g[0], fa[0], fam[1]), "%s bin %s %s" % (g[3], fa[3], "آل " + fam[0][3:])]
        return {"key": "AE|%s|%s|%s" % (g[0], fa[0], fam[0]), "forms": forms, "w": [30, 20, 15, 10, 10, 5], "common": False}
    cw = cc if cc in W_GIV else "US"
    if common and cw in COMMON:
        _, s, _, g = pick(rng, COMMON[cw])
    else:
        g = pick(rng, W_GIV[cw])
        s = pick(rng, W_SUR[cw])
        if cw in ("ES", "PT", "BR") and rng.random() < 0.5:
            s = s + " " + pick(rng, W_SUR[cw])
    mid = pick(rng, "ABCDEFGHJKLMRSTW") if cw in ("US", "GB", "DE") and rng.random() < 0.4 else ""
    suf = pick(rng, SUFFIX) if cw == "US" and rng.random() < 0.1 else ""
    forms = ["%s %s" % (g, s),
             "%s %s. %s%s" % (g, mid, s, suf) if mid else "%s %s%s" % (g, s, suf),
             "%s, %s" % (s, g),
             "%s%s %s" % (pick(rng, HON), g, s),
             "%s. %s" % (g[0], s) if not mid else "%s. %s. %s" % (g[0], mid, s),
             "%s %s" % (s.upper(), g)]
    return {"key": "%s|%s|%s" % (cw, s, g), "forms": forms, "w": [35, 20, 10, 15, 10, 10], "common": common}


def render_person(rng, p):
    s = rng.choices(p["forms"], weights=p["w"], k=1)[0]
    return casefx(rng, s) if s.isascii() else s


# ----------------------------------------------------------------- company names

LEGAL = {"US": ["Inc.", "LLC", "Corp.", "Inc", "L.L.C."], "GB": ["Ltd", "Limited", "Ltd.", "LLP"], "DE": ["GmbH", "UG (haftungsbeschränkt)", "AG"],
         "FR": ["SAS", "SARL", "S.A.S."], "JP": ["K.K.", "Co., Ltd.", "Kabushiki Kaisha", "G.K."], "KR": ["Co., Ltd.", "Inc.", "Corp."],
         "CN": ["Co., Ltd.", "Technology Co., Ltd.", "Limited"], "RU": ["OOO", "LLC", "JSC"], "IN": ["Pvt. Ltd.", "Private Limited", "LLP"],
         "BR": ["Ltda.", "S.A.", "LTDA"], "PT": ["Lda.", "S.A.", "Unipessoal Lda."], "ES": ["S.L.", "S.A.", "SL"], "SG": ["Pte. Ltd.", "Pte Ltd", "Private Limited"],
         "AE": ["FZE", "FZ-LLC", "LLC", "DMCC"]}
WORDS = ["Compute", "Cloud", "Data", "Systems", "Analytics", "Digital", "Networks", "Solutions", "Technologies", "Trading", "Logistics", "Capital",
         "Ventures", "Labs", "Robotics", "Vision", "Quantum", "Bio", "Media", "Software", "Partners", "Holdings", "Energy", "Research", "Imaging", "Semantics"]
PREF = ["Apex", "Nova", "Orion", "Zenith", "Atlas", "Vertex", "Summit", "Polar", "Crimson", "Blue", "Silver", "Pacific", "Northern", "Eastern", "Golden",
        "Meridian", "Helix", "Nimbus", "Aurora", "Cobalt", "Falcon", "Lotus", "Titan", "Sakura", "Hanul", "Volga", "Baltic", "Sierra", "Delta", "Prime"]


def company_name(rng, cc, stem=None):
    if stem is None:
        r = rng.random()
        if r < 0.55:
            stem = "%s %s" % (pick(rng, PREF), pick(rng, WORDS))
        elif r < 0.85:
            stem = brand(rng).split("-")[0].capitalize() + " " + pick(rng, WORDS)
        else:
            stem = "%s %s %s" % (pick(rng, PREF), pick(rng, WORDS), pick(rng, WORDS))
    lf = pick(rng, LEGAL[cc])
    nm = stem + " " + lf if not (cc == "RU" and lf == "OOO" and rng.random() < 0.5) else 'OOO "%s"' % stem
    if cc == "JP" and rng.random() < 0.15:
        nm = "株式会社" + stem
    return stem, nm


# ----------------------------------------------------------------- generator

class Gen:
    def __init__(self, n, seed):
        self.rng = random.Random(seed)
        self.n = n
        self.recs = []  # (rec, canon, party)
        self.counter = 0
        self.used_phones = set()
        self.used_addr = set()
        self.used_dom = set()
        rng = self.rng
        scale = max(1.0, n / 20000)
        # hubs
        self.agents = [self.new_addr(pick(rng, ["US", "US", "GB", "SG", "AE", "CN", "IN", "DE", "RU"]), hub="agent") for _ in range(int(12 * scale))]
        self.cowork = [self.new_addr(pick(rng, COUNTRIES, CW), hub="cowork") for _ in range(int(12 * scale))]
        self.virtual = [self.new_addr(pick(rng, COUNTRIES, CW), hub="cowork") for _ in range(int(6 * scale))]
        # towers: non-hub buildings with many tenants on different units (same building, other unit)
        self.towers = [self.new_addr(pick(rng, COUNTRIES, CW)) for _ in range(int(60 * scale))]
        self.nat = [ip4_new(rng) for _ in range(int(25 * scale))]  # cloud NAT / CGNAT / VPN exits
        self.nat += ["100.64.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)) for _ in range(int(8 * scale))]
        self.nat6 = [ip6_new(rng) for _ in range(int(5 * scale))]
        self.isp24 = ["%d.%d.%d" % (pick(rng, [79, 82, 89, 92, 94, 118, 121, 180, 189, 201]), rng.randint(0, 255), rng.randint(0, 255)) for _ in range(int(400 * scale))]
        self.isp48 = ["2001:%x:%x" % (rng.randint(0x100, 0xfff), rng.randint(0, 0xffff)) for _ in range(int(40 * scale))]
        self.nominees = [person_new(rng, pick(rng, ["SG", "GB", "AE", "US", "CN", "RU"])) for _ in range(int(10 * scale))]
        for p in self.nominees:
            p["nominee"] = True
        self.common = {cc: [person_new(rng, cc, common=True) for _ in range(3)] for cc in ("CN", "US", "KR", "IN")}
        self.switchboards = []

    def new_addr(self, cc, hub=None):
        # exact addresses (incl. unit) are unique unless deliberately shared
        while True:
            a = ADDR[cc](self.rng)
            if a["key"] not in self.used_addr:
                self.used_addr.add(a["key"])
                break
        a["cc"] = cc
        if hub:
            a["hub"] = hub
            a["key"] = hub + ":" + a["key"]
        return a

    def new_dom(self, cc):
        while True:
            d = domain_new(self.rng, cc)
            core = d.split(".")[0]
            if core not in self.used_dom:
                self.used_dom.add(core)
                return d

    def tenant_addr(self, tower):
        """same building, a different unit"""
        for _ in range(40):
            a = tower["mk"](self.rng, None)
            if a["key"] not in self.used_addr:
                self.used_addr.add(a["key"])
                break
        else:  # building full: another building
            return self.new_addr(tower["cc"])
        a["cc"] = tower["cc"]
        return a

    def new_phone(self, cc):
        while True:
            p = phone_new(self.rng, cc) if self.rng.random() > 0.02 or cc != "US" else vanity_phone(self.rng)
            if phone_e164(p) not in self.used_phones:
                self.used_phones.add(phone_e164(p))
                return p

    # ---- one record from a profile
    def emit(self, party, prof):
        rng = self.rng
        self.counter += 1
        cid = "C%06d" % self.counter
        cc = prof["cc"]
        rec = {"id": cid, "name": prof["name"], "country": cc}
        canon = {"id": cid, "party": party}
        if prof.get("reg"):
            rec["registration_id"] = render_reg(rng, prof["reg"])
            canon["reg"] = "%s:%s" % prof["reg"]
        if prof.get("addr"):
            a = prof["addr"]
            rec["address"] = render_addr(rng, a)
            canon["addr"] = a["key"]
        if prof.get("email"):
            local, dom, free = prof["email"]
            rec["email"] = render_email(rng, local, dom, prof.get("email_sub"))
            if free:
                canon["email_free"] = dom
            else:
                canon["edom"] = dom
        if prof.get("phone"):
            p = prof["phone"]
            rec["phone"] = render_phone(rng, p, cc, prof.get("ext"))
            canon["phone"] = phone_e164(p)
        if prof.get("web"):
            w = prof["web"]
            rec["website"] = render_site(rng, w["dom"], w.get("path"))
            canon["web"] = w["key"]
        if prof.get("card"):
            rec["payment_fingerprint"] = render_card(rng, prof["card"])
            canon["card"] = prof["card"]
        if prof.get("dirs"):
            rec["directors"] = [render_person(rng, p) for p in prof["dirs"]]
            canon["dir"] = [p["key"] for p in prof["dirs"]]
        if prof.get("owns"):
            rec["owners"] = [render_person(rng, p) for p in prof["owns"]]
            canon["own"] = [p["key"] for p in prof["owns"]]
        if prof.get("ips"):
            rec["ips"] = [render_ip(rng, ip) for ip in prof["ips"]]
            canon["ip"] = [("v6:" + ip) if ":" in ip else ip for ip in prof["ips"]]
        if prof.get("ssh"):
            rec["ssh_keys"] = [render_ssh(rng, k) for k in prof["ssh"]]
            canon["ssh"] = [k["sha"] for k in prof["ssh"]]
        if prof.get("listed") is not None:
            rec["listed"] = prof["listed"]
        self.recs.append((rec, canon, party))

    # ---- common background pieces for any company
    def base_profile(self, cc, shell=False):
        rng = self.rng
        stem, name = company_name(rng, cc)
        prof = {"cc": cc, "name": name, "stem": stem}
        if rng.random() < 0.85:
            prof["reg"] = regid_new(rng, cc)
        # address
        r = rng.random()
        agent_p = 0.35 if shell else 0.08
        if r < agent_p:
            prof["addr"] = pick(rng, self.agents)
        elif r < agent_p + (0.15 if shell else 0.07):
            prof["addr"] = pick(rng, self.cowork + self.virtual)
        elif r < agent_p + 0.22:
            prof["addr"] = self.tenant_addr(pick(rng, self.towers))
        elif r < 0.93:
            prof["addr"] = self.new_addr(cc)
        # email / web
        own_dom = rng.random() < (0.45 if shell else 0.7)
        if own_dom:
            d = self.new_dom(cc)
            prof["dom"] = d
            prof["email"] = (pick(rng, LOCALS), d, False)
            if rng.random() < 0.7:
                prof["web"] = {"dom": d, "key": d}
        elif rng.random() < 0.9:
            prof["email"] = (brand(rng).replace("-", ".") + str(rng.randint(1, 99)), pick(rng, FREEMAIL[cc]), True)
            if rng.random() < 0.3:
                h, path = pick(rng, HOSTED)
                b = self.new_dom("US").split(".")[0].replace("-", "")
                if "%s" in h:
                    prof["web"] = {"dom": h % b, "path": (path % b) if "%s" in path else path, "key": h % b}
                else:
                    prof["web"] = {"dom": h, "path": path % b, "key": h + path % b}
        if rng.random() < 0.85:
            prof["phone"] = self.new_phone(cc)
        if rng.random() < 0.5:
            prof["card"] = card_new(rng)
        # people
        if rng.random() < 0.8:
            k = rng.choices([1, 2, 3], weights=[55, 30, 15])[0]
            ds = []
            for _ in range(k):
                q = rng.random()
                if q < (0.12 if shell else 0.03):
                    ds.append(pick(rng, self.nominees))
                elif q < 0.08 + (0.05 if cc in self.common else 0) and cc in self.common:
                    ds.append(pick(rng, self.common[cc]))
                else:
                    ds.append(person_new(rng, pick(rng, [cc, cc, cc, pick(rng, COUNTRIES)])))
            prof["dirs"] = ds
        if rng.random() < 0.35:
            prof["owns"] = [person_new(rng, cc)]
        # ips
        ips = []
        for _ in range(rng.choices([0, 1, 2, 3, 4], weights=[20, 35, 25, 12, 8])[0]):
            q = rng.random()
            if q < (0.35 if shell else 0.15):
                ips.append(pick(rng, self.nat))
            elif q < (0.42 if shell else 0.2):
                ips.append(pick(rng, self.nat6)[:-1] + "%x" % rng.randint(1, 15) if False else pick(rng, self.nat6))
            elif q < (0.48 if shell else 0.26):  # same-ISP residential /24 (dynamic, occasionally reused)
                ips.append(ip4_new(rng, pick(rng, self.isp24)))
            elif q < (0.52 if shell else 0.30):
                ips.append(ip6_new(rng, pick(rng, self.isp48)))
            elif q < (0.58 if shell else 0.37):
                ips.append(ip6_new(rng))
            else:
                ips.append(ip4_new(rng))
        prof["ips"] = list(dict.fromkeys(ips))
        if rng.random() < 0.3:
            prof["ssh"] = [ssh_new(rng) for _ in range(rng.randint(1, 2))]
        if not shell and rng.random() < 0.03:
            prof["listed"] = True
        elif rng.random() < 0.3:
            prof["listed"] = False
        return prof

    # ---- legit standalone
    def legit(self, pid):
        cc = pick(self.rng, COUNTRIES, CW)
        prof = self.base_profile(cc)
        self.emit(pid, prof)
        if self.rng.random() < 0.025 and prof.get("reg"):
            # duplicate account: same company, same reg id (other spelling), maybe new contacts
            p2 = dict(prof)
            p2["name"] = casefx(self.rng, prof["stem"] + " " + pick(self.rng, LEGAL[cc]))
            if self.rng.random() < 0.5:
                p2["phone"] = self.new_phone(cc)
            if self.rng.random() < 0.5:
                p2["card"] = card_new(self.rng)
            self.emit(pid, p2)
            return 2
        return 1

    # ---- corporate group
    def group(self, pid, size):
        rng = self.rng
        cc0 = pick(rng, COUNTRIES, CW)
        stem = "%s %s" % (pick(rng, PREF), pick(rng, WORDS))
        dom = self.new_dom(cc0)
        hq = self.new_phone(cc0)
        execs = [person_new(rng, cc0) for _ in range(rng.randint(1, 3))]
        hq_addr = self.new_addr(cc0)
        for i in range(size):
            cc = cc0 if rng.random() < 0.6 else pick(rng, COUNTRIES, CW)
            prof = self.base_profile(cc)
            sub = pick(rng, ["Holdings", "Logistics", "Cloud", "Research", "Japan", "Europe", "Asia Pacific", "Services", "Digital", "Capital", "Manufacturing", "Retail"])
            prof["name"] = stem + " " + sub + " " + pick(rng, LEGAL[cc]) if i else stem + " " + pick(rng, ["Group", "Holdings", "Corporation"]) + " " + pick(rng, LEGAL[cc])
            prof["email"] = (pick(rng, LOCALS), dom, False)
            if rng.random() < 0.3:
                prof["email_sub"] = pick(rng, ["jp", "eu", "mail", "corp", cc.lower()])
            prof["web"] = {"dom": dom, "path": pick(rng, [None, "/" + cc.lower() + "/", "/subsidiaries/" + sub.lower().replace(" ", "-")]), "key": dom}
            if rng.random() < 0.5:
                prof["phone"] = hq
                prof["ext"] = rng.randint(100, 999)
            prof["dirs"] = [pick(rng, execs)] + (prof.get("dirs") or [])[:1] if rng.random() < 0.6 else prof.get("dirs")
            if rng.random() < 0.3:
                prof["addr"] = hq_addr if cc == cc0 else prof.get("addr")
            if i == 0 and rng.random() < 0.4:
                prof["listed"] = True
            self.emit(pid, prof)

    # ---- shell network
    def network(self, pid, size):
        rng = self.rng
        shape = rng.choices(["star", "chain", "tree", "dense"], weights=[30, 25, 25, 20])[0]
        home = pick(rng, ["RU", "CN", "AE", "SG", "IN", "KR", "US", "GB", "DE", "JP", "BR", "FR", "ES", "PT"])
        # the controller's private assets
        persons = [person_new(rng, home) for _ in range(rng.randint(1, 3 if size < 10 else 5))]
        phones = [self.new_phone(home if rng.random() < 0.7 else pick(rng, COUNTRIES, CW)) for _ in range(rng.randint(1, max(1, size // 5)))]
        cards = [card_new(rng) for _ in range(rng.randint(1, max(1, size // 4)))]
        keys = [ssh_new(rng) for _ in range(rng.randint(1, max(1, size // 3)))]
        offices = [self.new_addr(home if rng.random() < 0.7 else pick(rng, COUNTRIES, CW)) for _ in range(rng.randint(1, max(1, size // 6)))]
        doms = [self.new_dom(home) for _ in range(rng.randint(1, 2))]
        ipb = ["%d.%d.%d" % (pick(rng, [5, 45, 91, 103, 141, 176, 185, 193]), rng.randint(0, 255), rng.randint(0, 255)) for _ in range(rng.randint(1, 2))]
        ips = [ip4_new(rng, pick(rng, ipb)) for _ in range(rng.randint(2, max(2, size // 2)))]
        if rng.random() < 0.3:
            p48 = "2a0%x:%x:%x" % (rng.randint(1, 15), rng.randint(0x1000, 0xffff), rng.randint(0, 0xffff))
            ips += [ip6_new(rng, p48) for _ in range(rng.randint(1, 3))]
        dens = {"star": 0.35, "chain": 0.3, "tree": 0.4, "dense": 0.65}[shape]
        # parent structure: who each member inherits from
        parent = [None]
        for i in range(1, size):
            parent.append(0 if shape == "star" else i - 1 if shape == "chain" else rng.randrange(i))
        profs = []
        asset_kinds = ["person", "phone", "card", "ssh", "office", "dom", "ip"]
        for i in range(size):
            cc = pick(rng, [home, home, pick(rng, ["SG", "AE", "GB", "US", "HK" if False else "SG", "DE", "PT", "ES"])])
            prof = self.base_profile(cc, shell=True)
            profs.append(prof)
        # assign assets: each member draws assets with prob dens; chain/tree members inherit some of parent's
        held = [dict() for _ in range(size)]
        pools = {"person": persons, "phone": phones, "card": cards, "ssh": keys, "office": offices, "dom": doms, "ip": ips}
        for i in range(size):
            for k in asset_kinds:
                if shape in ("chain", "tree") and parent[i] is not None:
                    # take from parent with prob dens (a chain passes assets along)
                    if k in held[parent[i]] and rng.random() < dens + 0.1:
                        held[i][k] = held[parent[i]][k]
                    elif rng.random() < dens * 0.5:
                        held[i][k] = pick(rng, pools[k]) if k != "phone" or rng.random() < 0.5 else self.new_phone(home)
                        if k == "phone" and held[i][k] not in phones:
                            phones.append(held[i][k])
                else:
                    if rng.random() < dens:
                        held[i][k] = pick(rng, pools[k])
        # findability: union-find with the documented rule; add connectors where needed
        for _ in range(3):
            comp = self.components(held, size)
            if len(set(comp)) == 1:
                break
            main = max(set(comp), key=comp.count)
            for i in range(size):
                if comp[i] != main:
                    j = rng.choice([x for x in range(size) if comp[x] == main])
                    how = rng.random()
                    if how < 0.35:
                        kk = rng.choice(["ssh", "card"])
                        v = held[j].get(kk) or pick(rng, pools[kk])
                        held[j][kk] = v
                        held[i][kk] = v
                    elif how < 0.6:
                        v = held[j].get("phone") or pick(rng, phones)
                        held[j]["phone"] = v
                        held[i]["phone"] = v
                    else:
                        for kk in rng.sample(["person", "office", "dom", "ip"], 2):
                            v = held[j].get(kk) or pick(rng, pools[kk])
                            held[j][kk] = v
                            held[i][kk] = v
                    comp = self.components(held, size)
                    main = max(set(comp), key=comp.count)
        assert len(set(self.components(held, size))) == 1
        for i in range(size):
            prof, h = profs[i], held[i]
            if "person" in h:
                role = "dirs" if rng.random() < 0.65 else "owns"
                lst = [x for x in (prof.get(role) or []) if x.get("nominee") and rng.random() < 0.7]
                prof[role] = ([h["person"]] + lst)[:3]
                rng.shuffle(prof[role])
            if "phone" in h:
                prof["phone"] = h["phone"]
                prof["ext"] = None
            if "card" in h:
                prof["card"] = h["card"]
            if "ssh" in h:
                prof["ssh"] = [h["ssh"]] + [k for k in (prof.get("ssh") or [])][:1]
            if "office" in h:
                prof["addr"] = h["office"]
            if "dom" in h:
                prof["email"] = (pick(rng, LOCALS), h["dom"], False)
                if rng.random() < 0.5:
                    prof["web"] = {"dom": h["dom"], "key": h["dom"]}
                elif prof.get("web") and prof["web"]["key"] == prof.get("dom"):
                    del prof["web"]
            if "ip" in h:
                prof["ips"] = list(dict.fromkeys([h["ip"]] + [x for x in prof.get("ips", [])][:2]))
            self.emit(pid, prof)

    @staticmethod
    def components(held, size):
        par = list(range(size))

        def f(x):
            while par[x] != x:
                par[x] = par[par[x]]
                x = par[x]
            return x
        for i in range(size):
            for j in range(i + 1, size):
                a, b = held[i], held[j]
                ok = False
                for k in ("card", "ssh", "phone"):
                    if k in a and k in b and a[k] is b[k]:
                        ok = True
                if not ok:
                    soft = sum(1 for k in ("person", "office", "dom", "ip") if k in a and k in b and a[k] is b[k])
                    ok = soft >= 2
                if ok:
                    par[f(i)] = f(j)
        return [f(i) for i in range(size)]

    def run(self):
        rng = self.rng
        n = self.n
        n_net = int(n * 0.16)
        n_grp = int(n * 0.07)
        made = 0
        k = 0
        while made < n_net:
            size = rng.choices([2, 3, 4, 5, 6, 8, 10, 14, 20, 30, 40], weights=[22, 18, 14, 10, 8, 7, 6, 5, 4, 3, 3])[0]
            size = min(size, n_net - made) if n_net - made >= 2 else 2
            k += 1
            self.network("N%d" % k, size)
            made += size
        g = 0
        while made < n_net + n_grp:
            size = min(rng.choices([2, 3, 4, 6, 10, 15], weights=[30, 25, 20, 12, 8, 5])[0], max(2, n_net + n_grp - made))
            g += 1
            self.group("G%d" % g, size)
            made += size
        l = 0
        while len(self.recs) < n:
            l += 1
            self.legit("L%d" % l)
        self.recs = self.recs[:n]
        # German HRB collisions across courts (trap): reuse a number with another court
        de = [c for r, c, _ in self.recs if c.get("reg", "").startswith("DE:")]
        # ids: shuffle order, renumber
        rng.shuffle(self.recs)
        return self.recs


def main():
    if len(sys.argv) != 5:
        print(__doc__.split("\n")[2], file=sys.stderr)
        sys.exit(2)
    n, seed, out, truth = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    g = Gen(n, seed)
    recs = g.run()
    # HRB trap: some German companies get the same HRB number as another one in a different court
    rng = random.Random(seed * 7 + 1)
    de = [(r, c) for r, c, _ in recs if c.get("reg", "").startswith("DE:")]
    for (r1, c1), (r2, c2) in zip(de[0::2][:len(de) // 10], de[1::2][:len(de) // 10]):
        _, num, court = c1["reg"].split(":", 1)[1].split("|")
        _, _, court2 = c2["reg"].split(":", 1)[1].split("|")
        if court == court2:
            continue
        v = ("DE", "HRB|%s|%s" % (num, court2))
        r2["registration_id"] = render_reg(rng, v)
        c2["reg"] = "DE:HRB|%s|%s" % (num, court2)
    with open(out, "w", encoding="utf-8") as f:
        for r, _, _ in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(truth, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "party"])
        for r, _, p in recs:
            w.writerow([r["id"], p])
    with open(truth + ".canon.jsonl", "w", encoding="utf-8") as f:
        for _, c, _ in recs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
