#!/usr/bin/env python3
"""Independent synthetic-population generator for `leasegate linkage run` (gen3).

Written from the issue text only, blind to the engine's code, to play the
outside evaluator.  Python 3.11 stdlib only.  Deterministic for a seed.

Usage: linkage_gen3.py N SEED OUT.jsonl TRUTH.csv
  OUT.jsonl   one customer per line (schema of the issue)
  TRUTH.csv   lines `id,party` (party = planted network id, or a unique id)
  TRUTH.csv.canon.jsonl  (side file, for diagnosis only) canonical evidence
              tokens per customer, so linkage_eval.py can say *what* a missed
              pair shared and in which raw spellings.

Population (choices of this evaluator)
--------------------------------------
* ~88% independent legitimate companies, ~12% of customers in planted shell
  networks.  Network sizes 2..30, skewed small (2: 35%, 3: 22%, 4-5: 20%,
  6-10: 16%, 11-30: 7%).  ~4% of networks are "duplicate accounts": the same
  company signing up twice, same registration id written differently
  ("HRB 123456" / "HRB123456", "123 456 789" / "123456789", case).
* Countries: GB US DE NL FR CH CY SG HK CN AE RU IE; addresses, phones,
  registration ids, company suffixes and websites follow the country.
* People: Chinese (pinyin / Wade-Giles / Cantonese / hanzi, given-name
  spacing & hyphenation, surname-first/last, "SURNAME, Given"), Russian
  (transliteration variants Aleksandr/Alexander, Sergei/Sergey, Solovyov/
  Soloviev, optional patronymic, Cyrillic), Arabic (Mohammed/Muhammad/
  Mohamed, Al-Rashid/Al Rashid/Alrashid), Western (diacritics Müller/Mueller,
  middle initial, "Smith, John", honorifics).  Legit directors are drawn
  Zipf-like from small pools, so "Wang Wei", "John Smith", "Mohammed Ali"
  sit on many unrelated boards; ~30 professional nominee directors sit on
  20-150 boards each.

What a shell shares with its network (the fairness contract)
------------------------------------------------------------
Each network has pools: 1-3 controlling persons (directors), 1-2 owners,
1-2 phones, 1-2 payment cards, 1-2 offices (with unit/floor), a hosting /24
(1-4 IPv4) and sometimes an IPv6 /48, 1-3 SSH keys, optionally a custom email
domain and a website.  A per-network carefulness c in [0.35,1] scales the
chance each member carries each kind:
   director .55  owner .35  phone .45  card .30  office .45  ip .55
   ssh .30  email-domain .35  website .20          (times c)
Members also carry camouflage that is NOT evidence: registered-agent
addresses, nominee directors, free-mail, carrier NAT / VPN / cloud IPs.
Linkability guarantee: two members are "linkable" if they share a strong id
(card, SSH key, registration id) or at least TWO different soft kinds among
{same person as director/owner, phone, office, IP (exact or same /24 or
/48), custom email domain, website}.  The generator repairs every network
until the linkable graph is connected (adds a shared phone + director, or a
card).  So every planted pair is recoverable in principle by a transitive
engine; a single shared soft value alone is never relied upon.

Noise on shell attributes (each rendering picked independently per member)
* phones: +CC grouped, +CCdigits, 00CC, national with trunk (only when the
  customer's country is the phone's country), "+44 (0)20 ...", parentheses,
  dashes, dots, no separators.
* addresses: case, commas/periods, St/Street, Rd/Road, Ave/Avenue, Str./
  Straße/Strasse, Unit/Suite/Ste/#/Room/Rm/Flat, Floor 3/3rd Floor/3F/3/F/
  Fl. 3/Level 3, unit before/after street, postcode spacing/case, country
  suffix present/absent/abbreviated; a one-character typo in the street name
  with p=0.06.
* emails: local part varies, case of domain, occasional "mail." subdomain.
* websites: scheme, www., trailing slash, paths, case, shop./en. subdomain,
  multi-label public suffixes (.co.uk .com.hk .com.cn .com.sg).
* IPs: IPv6 compressed/expanded/upper-case, IPv4 as ::ffff:a.b.c.d (rare).
* SSH fingerprints: with / without "SHA256:" prefix.
* person names: see above; a one-character typo with p=0.04.
* company names of shells in a network sometimes share a brand stem.
Typos are applied only to free text (street names, person names), never to
identifiers (phones, cards, keys, ids, domains, IPs): a typo in an identifier
makes a genuinely different value.

Hubs among strangers (legit and shells alike)
* registered agents: ~8 per 20k, Zipf sizes, largest ~400 clients, with a
  shared agent switchboard phone for ~30% of their clients;
* co-working spaces: ~40 per 20k, 20-150 tenants, most without a unit;
* multi-tenant office buildings: same street number, different suite;
* free-mail (gmail, qq, 163, yandex, mail.ru, outlook, ...) ~35% of legit;
* websites on shared platforms (facebook.com/x, x.wixsite.com,
  x.myshopify.com, linkedin.com/company/x) ~6% of legit;
* carrier CGNAT IPv4s shared by up to ~2000, VPN exits shared by 50-300,
  cloud egress /24s with many different last octets, mobile IPv6 /48s.
"""
import csv
import json
import random
import sys

# ---------------------------------------------------------------- people
CN_SUR = [  # pinyin, wade-giles, cantonese, hanzi
    ("Wang", "Wang", "Wong", "王"), ("Li", "Li", "Lee", "李"), ("Zhang", "Chang", "Cheung", "张"),
    ("Liu", "Liu", "Lau", "刘"), ("Chen", "Ch'en", "Chan", "陈"), ("Yang", "Yang", "Yeung", "杨"),
    ("Huang", "Huang", "Wong", "黄"), ("Zhao", "Chao", "Chiu", "赵"), ("Zhou", "Chou", "Chow", "周"),
    ("Wu", "Wu", "Ng", "吴"), ("Xu", "Hsu", "Tsui", "徐"), ("Sun", "Sun", "Suen", "孙"),
    ("Zhu", "Chu", "Chu", "朱"), ("Guo", "Kuo", "Kwok", "郭"), ("He", "Ho", "Ho", "何"),
    ("Lin", "Lin", "Lam", "林"), ("Luo", "Lo", "Law", "罗"), ("Zheng", "Cheng", "Cheng", "郑"),
    ("Liang", "Liang", "Leung", "梁"), ("Xie", "Hsieh", "Tse", "谢"), ("Song", "Sung", "Sung", "宋"),
    ("Tang", "T'ang", "Tong", "唐"), ("Deng", "Teng", "Tang", "邓"), ("Feng", "Feng", "Fung", "冯"),
]
CN_GIV = [
    ("wei", "wei", "wai", "伟"), ("ming", "ming", "ming", "明"), ("hua", "hua", "wah", "华"),
    ("jian", "chien", "kin", "建"), ("guo", "kuo", "kwok", "国"), ("qiang", "ch'iang", "keung", "强"),
    ("jun", "chün", "kwan", "军"), ("ping", "p'ing", "ping", "平"), ("zhi", "chih", "chi", "志"),
    ("hai", "hai", "hoi", "海"), ("xiao", "hsiao", "siu", "小"), ("wen", "wen", "man", "文"),
    ("li", "li", "lai", "丽"), ("jing", "ching", "ching", "静"), ("min", "min", "man", "敏"),
    ("jie", "chieh", "kit", "杰"), ("dong", "tung", "tung", "东"), ("chun", "ch'un", "chun", "春"),
    ("hong", "hung", "hung", "红"), ("de", "te", "tak", "德"), ("rong", "jung", "wing", "荣"),
    ("xin", "hsin", "san", "新"), ("yong", "yung", "wing", "永"), ("jia", "chia", "ka", "家"),
    ("yu", "yü", "yuk", "玉"), ("na", "na", "na", "娜"), ("tao", "t'ao", "to", "涛"),
]
RU_FIRST = [
    ["Aleksandr", "Alexander", "Aleksander", "Alexandr", "Александр"], ["Sergei", "Sergey", "Sergej", "Сергей"],
    ["Dmitry", "Dmitri", "Dmitriy", "Dmitrij", "Дмитрий"], ["Yevgeny", "Evgeny", "Evgeniy", "Yevgeniy", "Евгений"],
    ["Mikhail", "Michail", "Mikhael", "Михаил"], ["Yuri", "Yury", "Yuriy", "Iouri", "Юрий"],
    ["Andrei", "Andrey", "Andrej", "Андрей"], ["Alexei", "Aleksei", "Alexey", "Aleksey", "Алексей"],
    ["Nikolai", "Nikolay", "Nikolaj", "Николай"], ["Vladimir", "Wladimir", "Владимир"], ["Oleg", "Олег"],
    ["Igor", "Igor'", "Игорь"], ["Pavel", "Pawel", "Павел"], ["Natalia", "Natalya", "Nataliya", "Наталья"],
    ["Tatiana", "Tatyana", "Tatjana", "Татьяна"], ["Yulia", "Julia", "Yuliya", "Iulia", "Юлия"],
]
RU_SUR = [
    ["Ivanov", "Иванов"], ["Smirnov", "Смирнов"], ["Kuznetsov", "Kuznetzov", "Кузнецов"], ["Popov", "Попов"],
    ["Sokolov", "Соколов"], ["Lebedev", "Лебедев"], ["Kozlov", "Козлов"], ["Novikov", "Новиков"],
    ["Morozov", "Morosov", "Морозов"], ["Petrov", "Петров"], ["Volkov", "Волков"],
    ["Solovyov", "Soloviev", "Solovev", "Solovyev", "Соловьёв"], ["Vasiliev", "Vasilyev", "Vasilev", "Васильев"],
    ["Zaitsev", "Zaytsev", "Zajcev", "Зайцев"], ["Shcherbakov", "Scherbakov", "Shtcherbakov", "Щербаков"],
    ["Kovalyov", "Kovalev", "Kovaliov", "Ковалёв"], ["Fyodorov", "Fedorov", "Fiodorov", "Фёдоров"],
    ["Yegorov", "Egorov", "Егоров"], ["Zhukov", "Joukov", "Jukov", "Жуков"], ["Chernyshev", "Tchernyshev", "Чернышёв"],
]
RU_PATR = ["Ivanovich", "Petrovich", "Sergeyevich", "Aleksandrovich", "Vladimirovich", "Nikolayevich"]
AR_FIRST = [
    ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed"], ["Ahmed", "Ahmad"],
    ["Abdul Rahman", "Abdulrahman", "Abdel Rahman", "Abd al-Rahman"], ["Abdullah", "Abdallah"],
    ["Hussein", "Husain", "Hussain", "Husayn"], ["Khalid", "Khaled"], ["Omar", "Umar"],
    ["Youssef", "Yousef", "Yusuf"], ["Ibrahim"], ["Hassan", "Hasan"], ["Ali"], ["Saeed", "Said", "Sayed"],
    ["Faisal", "Faysal"], ["Tariq", "Tarek", "Tareq"], ["Fatima", "Fatimah"], ["Mariam", "Maryam"],
]
AR_SUR = [
    ["Al-Rashid", "Al Rashid", "Alrashid", "El-Rashid"], ["Al-Mansouri", "Al Mansoori", "Almansouri"],
    ["Al-Hashimi", "Al Hashemi", "Alhashimi"], ["Haddad"], ["Khoury", "Khouri", "Khuri"], ["Nasser", "Nasir", "Naser"],
    ["Al-Farsi", "Al Farsi", "Alfarsi"], ["Qureshi", "Qurashi", "Koreishi"], ["Aziz"], ["Saleh", "Salih"],
    ["Ali"], ["Hamdan"], ["Al-Amiri", "Al Ameri", "Alameri"], ["Abbas"],
]
W_FIRST = [["John"], ["David"], ["Michael"], ["James"], ["Robert"], ["Peter"], ["Thomas"], ["Anna"], ["Maria"],
           ["Sarah"], ["José", "Jose"], ["François", "Francois"], ["Søren", "Soren", "Soeren"], ["Jürgen", "Juergen", "Jurgen"],
           ["Łukasz", "Lukasz"], ["Renée", "Renee"], ["Andreas"], ["Daniel"], ["Laura"], ["Mark"], ["Paul"], ["Emma"]]
W_SUR = [["Smith"], ["Jones"], ["Brown"], ["Taylor"], ["Williams"], ["Müller", "Mueller", "Muller"], ["Schmidt"],
         ["Schröder", "Schroeder", "Schroder"], ["Martin"], ["Bernard"], ["García", "Garcia"], ["Fernández", "Fernandez"],
         ["Jansen"], ["de Vries", "De Vries", "deVries"], ["Nielsen"], ["Kowalski"], ["O'Brien", "OBrien", "O Brien"],
         ["Rossi"], ["Johnson"], ["Miller"], ["Wilson"], ["Murphy"], ["Andersson"], ["Lefèvre", "Lefevre"]]
HONORIFICS = ["Mr ", "Mr. ", "Dr ", "Ms "]


def typo(rng, s):
    """one keyboard slip inside a word of letters (never touches digits,
    spaces or punctuation, so a house number or word boundary never moves)"""
    pos = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i - 1].isalpha() and s[i + 1].isalpha()]
    if not pos:
        return s
    i = rng.choice(pos)
    k = rng.random()
    if k < 0.33:
        return s[:i] + s[i + 1:]
    if k < 0.66:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    c = rng.choice("aeiounrst")
    return s[:i] + c + s[i + 1:]


def zipf_pick(rng, seq, a=1.1):
    # index ~ Zipf over seq (sequence order = popularity)
    n = len(seq)
    w = ZW.get((n, a))
    if w is None:
        w = [1.0 / (i + 1) ** a for i in range(n)]
        tot = 0.0
        cum = []
        for x in w:
            tot += x
            cum.append(tot)
        w = (cum, tot)
        ZW[(n, a)] = w
    cum, tot = w
    r = rng.random() * tot
    lo, hi = 0, n - 1
    while lo < hi:
        m = (lo + hi) // 2
        if cum[m] < r:
            lo = m + 1
        else:
            hi = m
    return seq[lo]


ZW = {}


class Person:
    """A real person; render() gives one written form of the name."""
    _n = 0

    def __init__(self, rng, kind, common=True):
        Person._n += 1
        self.pid = "P%d" % Person._n
        self.kind = kind
        pick = (lambda s: zipf_pick(rng, s, 1.0)) if common else rng.choice
        if kind == "cn":
            self.sur = pick(CN_SUR)
            self.giv = [pick(CN_GIV)] + ([rng.choice(CN_GIV)] if rng.random() < 0.6 else [])
            self.sys = 2 if rng.random() < 0.35 else 0  # home romanisation: pinyin or cantonese
        elif kind == "ru":
            self.first, self.sur = pick(RU_FIRST), pick(RU_SUR)
            self.patr = rng.choice(RU_PATR)
            self.fem = self.first[0] in ("Natalia", "Tatiana", "Yulia")
            self.home = rng.randrange(len(self.first) - 1), rng.randrange(len(self.sur) - 1)
        elif kind == "ar":
            self.first, self.sur = pick(AR_FIRST), pick(AR_SUR)
            self.home = rng.randrange(len(self.first)), rng.randrange(len(self.sur))
        else:
            self.first, self.sur = pick(W_FIRST), pick(W_SUR)
            self.mid = rng.choice("ABCDEFGHJKLMPRSTW") if rng.random() < 0.4 else None

    def canonical(self):
        return self.render(None)

    def render(self, rng):
        r = (lambda: 1.0) if rng is None else rng.random
        if self.kind == "cn":
            sysi = self.sys
            x = r()
            if x < 0.12:
                sysi = 1
            elif x < 0.22:
                sysi = 2 - self.sys
            elif x < 0.27:
                return self.sur[3] + "".join(g[3] for g in self.giv)
            sur = self.sur[sysi]
            gs = [g[sysi] for g in self.giv]
            if sysi == 1 and r() < 0.5:
                sur = sur.replace("'", "")
                gs = [g.replace("'", "").replace("ü", "u") for g in gs]
            y = r()
            if len(gs) == 1:
                giv = gs[0].capitalize()
            elif sysi == 0:
                giv = (gs[0] + gs[1]).capitalize() if y < 0.7 else (gs[0].capitalize() + " " + gs[1].capitalize() if y < 0.85 else gs[0].capitalize() + "-" + gs[1])
            else:
                giv = gs[0].capitalize() + ("-" + gs[1] if y < 0.5 else " " + gs[1].capitalize() if y < 0.85 else gs[1])
            z = r()
            if rng is None or z < 0.45:
                return "%s %s" % (sur, giv)
            if z < 0.65:
                return "%s %s" % (giv, sur)
            if z < 0.8:
                return "%s %s" % (sur.upper(), giv)
            if z < 0.9:
                return "%s, %s" % (sur.upper(), giv)
            return "%s %s" % (giv, sur.upper())
        if self.kind == "ru":
            fi, si = self.home
            if rng is not None and r() < 0.3:
                fi = rng.randrange(len(self.first) - 1)
            if rng is not None and r() < 0.3:
                si = rng.randrange(len(self.sur) - 1)
            if rng is not None and r() < 0.07:
                fi, si = -1, -1  # cyrillic
            f, s = self.first[fi], self.sur[si]
            if self.fem:
                s = s + "а" if si == -1 else s + "a"
            z = r()
            if rng is None or z < 0.5:
                return "%s %s" % (f, s)
            if z < 0.65 and fi != -1:
                return "%s %s %s" % (f, self.patr + ("a" if self.fem else ""), s) if not self.fem else "%s %s" % (f, s)
            if z < 0.8:
                return "%s %s" % (s.upper(), f)
            if z < 0.9:
                return "%s, %s" % (s, f)
            return "%s %s" % (s, f)
        if self.kind == "ar":
            fi, si = self.home
            if rng is not None and r() < 0.35:
                fi = rng.randrange(len(self.first))
            if rng is not None and r() < 0.35:
                si = rng.randrange(len(self.sur))
            f, s = self.first[fi], self.sur[si]
            z = r()
            if rng is None or z < 0.6:
                return "%s %s" % (f, s)
            if z < 0.75:
                return "%s %s" % (s.upper(), f)
            if z < 0.85:
                return "%s, %s" % (s, f)
            return "%s %s" % (f.upper(), s.upper())
        fi = 0 if rng is None else (0 if r() < 0.7 else rng.randrange(len(self.first)))
        si = 0 if rng is None else (0 if r() < 0.7 else rng.randrange(len(self.sur)))
        f, s = self.first[fi], self.sur[si]
        mid = (" " + self.mid + ("." if r() < 0.5 else "")) if (self.mid and r() < 0.5) else ""
        z = r()
        if rng is None or z < 0.55:
            out = "%s%s %s" % (f, mid, s)
        elif z < 0.7:
            out = "%s, %s%s" % (s, f, mid)
        elif z < 0.82:
            out = "%s %s%s" % (s.upper(), f, mid)
        elif z < 0.92:
            out = "%s%s %s" % (rng.choice(HONORIFICS), f, s)
        else:
            out = "%s %s" % (f.upper(), s.upper())
        return out

    def write(self, rng, typo_p=0.04):
        s = self.render(rng)
        if rng.random() < typo_p and s.isascii():
            s = typo(rng, s)
        return s


# ---------------------------------------------------------------- countries
# cc, trunk, national significant number lengths/prefixes, person mix
COUNTRIES = {
    "GB": dict(cc="44", trunk="0", nsn=[("20", 8), ("161", 7), ("7700", 6), ("7911", 6)], mix="w", w=16),
    "US": dict(cc="1", trunk="1", nsn=[("212", 7), ("415", 7), ("302", 7), ("646", 7)], mix="w", w=16),
    "DE": dict(cc="49", trunk="0", nsn=[("30", 8), ("89", 8), ("40", 8), ("151", 8)], mix="w", w=8),
    "NL": dict(cc="31", trunk="0", nsn=[("20", 7), ("10", 7), ("6", 8)], mix="w", w=5),
    "FR": dict(cc="33", trunk="0", nsn=[("1", 8), ("6", 8)], mix="w", w=5),
    "CH": dict(cc="41", trunk="0", nsn=[("44", 7), ("22", 7)], mix="w", w=3),
    "IE": dict(cc="353", trunk="0", nsn=[("1", 7), ("87", 7)], mix="w", w=3),
    "CY": dict(cc="357", trunk="", nsn=[("22", 6), ("25", 6), ("99", 6)], mix="wr", w=4),
    "SG": dict(cc="65", trunk="", nsn=[("6", 7), ("8", 7), ("9", 7)], mix="cw", w=8),
    "HK": dict(cc="852", trunk="", nsn=[("2", 7), ("3", 7), ("9", 7)], mix="c", w=10),
    "CN": dict(cc="86", trunk="0", nsn=[("21", 8), ("10", 8), ("138", 8), ("139", 8)], mix="c", w=8),
    "AE": dict(cc="971", trunk="0", nsn=[("4", 7), ("50", 7), ("2", 7)], mix="aw", w=7),
    "RU": dict(cc="7", trunk="8", nsn=[("495", 7), ("812", 7), ("916", 7)], mix="r", w=7),
}
CLIST = sorted(COUNTRIES)
CWEIGHTS = [COUNTRIES[c]["w"] for c in CLIST]
CNAMES = {"GB": ["United Kingdom", "UK", "GB"], "US": ["USA", "United States", "US"], "DE": ["Germany", "Deutschland", "DE"],
          "NL": ["Netherlands", "The Netherlands", "NL"], "FR": ["France", "FR"], "CH": ["Switzerland", "Schweiz", "CH"],
          "IE": ["Ireland", "IE"], "CY": ["Cyprus", "CY"], "SG": ["Singapore"], "HK": ["Hong Kong", "HK", "Hong Kong SAR"],
          "CN": ["China", "PRC", "CN"], "AE": ["UAE", "United Arab Emirates", "AE"], "RU": ["Russia", "Russian Federation", "RU"]}
CITIES = {"GB": ["London", "Manchester"], "US": ["New York", "Wilmington", "San Francisco"], "DE": ["Berlin", "Munich", "Hamburg"],
          "NL": ["Amsterdam", "Rotterdam"], "FR": ["Paris", "Lyon"], "CH": ["Zurich", "Geneva"], "IE": ["Dublin"],
          "CY": ["Nicosia", "Limassol"], "SG": ["Singapore"], "HK": ["Hong Kong", "Kowloon"], "CN": ["Shanghai", "Beijing", "Shenzhen"],
          "AE": ["Dubai", "Abu Dhabi"], "RU": ["Moscow", "Saint Petersburg"]}
STREET_WORDS = ["High", "King", "Queen", "Victoria", "Church", "Park", "Station", "Mill", "Harbour", "Market", "Bridge",
                "Garden", "Lake", "Hill", "Oak", "Cedar", "Maple", "Century", "Nathan", "Hennessy", "Orchard", "Raffles",
                "Collins", "Baker", "Elm", "Pine", "Sheikh Zayed", "Tverskaya", "Nanjing", "Jianguo", "Harcourt", "Gloucester",
                "Lenin", "Pushkin", "Shore", "Canal", "Prince", "Wellington", "Des Voeux", "Connaught", "Cecil", "Anson"]
STYPES = [("Street", ["St", "St.", "Str"]), ("Road", ["Rd", "Rd."]), ("Avenue", ["Ave", "Ave.", "Av."]),
          ("Boulevard", ["Blvd", "Blvd."]), ("Lane", ["Ln", "Ln."]), ("Drive", ["Dr", "Dr."]), ("Place", ["Pl", "Pl."])]
DE_TYPES = [("straße", ["str.", "strasse", "str"]), ("weg", ["weg"]), ("platz", ["pl.", "platz"])]
BUILDINGS = ["Tower", "Centre", "Plaza", "House", "Building", "Court"]
SUFFIX = {"GB": ["Ltd", "Limited", "LLP"], "US": ["LLC", "Inc.", "Corp."], "DE": ["GmbH", "UG", "AG"], "NL": ["B.V."],
          "FR": ["SAS", "SARL"], "CH": ["AG", "GmbH", "SA"], "IE": ["Ltd", "DAC"], "CY": ["Ltd", "Limited"],
          "SG": ["Pte. Ltd.", "Pte Ltd"], "HK": ["Limited", "Ltd", "Co., Limited"], "CN": ["Co., Ltd.", "Technology Co., Ltd."],
          "AE": ["FZE", "FZCO", "LLC", "DMCC"], "RU": ["OOO", "LLC", "JSC"]}
TLD = {"GB": ".co.uk", "US": ".com", "DE": ".de", "NL": ".nl", "FR": ".fr", "CH": ".ch", "IE": ".ie", "CY": ".com.cy",
       "SG": ".com.sg", "HK": ".com.hk", "CN": ".com.cn", "AE": ".ae", "RU": ".ru"}
W1 = ["Apex", "Nova", "Zenith", "Blue", "Silver", "Golden", "Pacific", "Atlas", "Orion", "Vertex", "Summit", "Prime",
      "Quantum", "Stellar", "Harbor", "Northern", "Eastern", "Great", "Bright", "Swift", "Crystal", "Dragon", "Phoenix",
      "Lotus", "Falcon", "Cedar", "Iron", "Emerald", "Global", "United", "Alpha", "Delta", "Omega", "Sino", "Euro",
      "Trans", "Inter", "Meridian", "Polar", "Red", "Jade", "Sky", "Ocean", "River", "Star", "Sun", "Moon", "Neo"]
W2 = ["Compute", "Data", "Cloud", "Tech", "Technology", "Systems", "Trading", "Logistics", "Holdings", "Ventures",
      "Capital", "Solutions", "Networks", "Digital", "Analytics", "Labs", "Software", "Consulting", "Media", "Energy",
      "Robotics", "AI", "Vision", "Semiconductor", "Industrial", "Commerce", "Services", "Partners", "Dynamics", "Bio"]
FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "qq.com", "163.com", "126.com", "yandex.ru",
            "mail.ru", "protonmail.com", "icloud.com", "gmx.de", "web.de", "hotmail.co.uk", "googlemail.com", "sina.com",
            "proton.me", "aol.com"]
FREEMAIL_BY = {"CN": ["qq.com", "163.com", "126.com", "sina.com"], "HK": ["gmail.com", "yahoo.com.hk", "hotmail.com"],
               "RU": ["yandex.ru", "mail.ru", "gmail.com"], "DE": ["gmx.de", "web.de", "gmail.com"]}


def weighted_country(rng):
    return rng.choices(CLIST, CWEIGHTS)[0]


def person_kind(rng, country):
    mix = COUNTRIES[country]["mix"]
    r = rng.random()
    if r < 0.75:
        k = mix[0]
    else:
        k = rng.choice("wcra")
    return {"w": "w", "c": "cn", "r": "ru", "a": "ar"}[k]


# ---------------------------------------------------------------- phones
class Phone:
    def __init__(self, rng, country):
        spec = COUNTRIES[country]
        pre, n = rng.choice(spec["nsn"])
        self.country = country
        self.cc = spec["cc"]
        self.trunk = spec["trunk"]
        self.pre = pre
        self.sub = "".join(rng.choice("0123456789") for _ in range(n))
        if self.sub[0] == "0":
            self.sub = "5" + self.sub[1:]
        self.nsn = pre + self.sub

    def canonical(self):
        return "+" + self.cc + self.nsn

    def _grp(self, rng, sep):
        s = self.sub
        if len(s) == 8:
            parts = [s[:4], s[4:]] if rng.random() < 0.6 else [s[:2], s[2:4], s[4:6], s[6:]]
        elif len(s) == 7:
            parts = [s[:3], s[3:]] if rng.random() < 0.7 else [s[:3], s[3:5], s[5:]]
        else:
            parts = [s[:3], s[3:]]
        return sep.join(parts)

    def write(self, rng, cust_country):
        sep = rng.choice([" ", " ", " ", "-", ".", ""])
        sub = self._grp(rng, sep)
        pre = self.pre
        r = rng.random()
        national_ok = cust_country == self.country
        if national_ok and r < 0.35:
            t = self.trunk
            if self.cc == "1" and rng.random() < 0.6:
                t = ""
            z = rng.random()
            if z < 0.3 and (t or self.cc == "1"):
                return "(%s%s) %s" % (t, pre, sub)
            if z < 0.4 and self.cc == "49":
                return "%s%s/%s" % (t, pre, sub.replace(" ", ""))
            return "%s%s%s%s" % (t, pre, sep or "", sub) if sep else t + pre + sub
        if r < 0.55:
            return "+%s %s %s" % (self.cc, pre, sub)
        if r < 0.68:
            return "+" + self.cc + self.nsn
        if r < 0.78:
            return "00%s %s %s" % (self.cc, pre, sub)
        if r < 0.86 and self.trunk == "0":
            return "+%s (0)%s %s" % (self.cc, pre, sub)
        if r < 0.93:
            return "+%s (%s) %s" % (self.cc, pre, sub)
        return "+%s-%s-%s" % (self.cc, pre, sub.replace(" ", "-"))


# ---------------------------------------------------------------- addresses
class Address:
    """An office (building + optional unit/floor). canonical() identifies the
    premises; render() gives one written form."""
    _n = 0

    def __init__(self, rng, country, unit=True, building=None):
        Address._n += 1
        self.aid = "A%d" % Address._n
        self.country = country
        if building is None:
            building = Building(rng, country)
        self.b = building
        self.unit = None
        self.floor = None
        if unit:
            self.floor = rng.randint(1, 40)
            self.unit = "%d%02d" % (self.floor, rng.randint(1, 30)) if rng.random() < 0.7 else str(rng.randint(1, 60))
            if rng.random() < 0.4:
                self.floor = None

    def canonical(self):
        return "%s|%s|%s" % (self.b.bid, self.floor, self.unit)

    def write(self, rng, typo_p=0.06):
        b = self.b
        c = self.country
        up = rng.random()
        # street
        if c == "DE" or (c == "CH" and rng.random() < 0.5):
            full, abbrs = b.stype
            t = full if rng.random() < 0.5 else rng.choice(abbrs)
            sname = b.sword + t
            if rng.random() < 0.1:
                sname = b.sword + "-" + ("Straße" if full == "straße" else full.capitalize())
            street = "%s %s" % (sname, b.num)
        else:
            full, abbrs = b.stype
            t = full if rng.random() < 0.45 else rng.choice(abbrs)
            street = "%s %s %s" % (b.num, b.sword, t)
            if c in ("FR",) and rng.random() < 0.5:
                street = "%s, %s %s" % (b.num, b.sword, t)
        if rng.random() < typo_p:
            street = typo(rng, street)
        parts = []
        if b.bname:
            bn = b.bname
            if rng.random() < 0.3:
                bn = bn.replace("Tower", "Twr").replace("Centre", "Ctr").replace("Building", "Bldg")
            parts.append(bn)
        unit_s = None
        if self.unit:
            d = rng.choice(["Unit ", "Suite ", "Ste ", "Ste. ", "#", "Room ", "Rm ", "Office ", "Flat ", "Unit "])
            unit_s = d + self.unit
        floor_s = None
        if self.floor:
            f = self.floor
            sfx = "th" if 10 <= f % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(f % 10, "th")
            floor_s = rng.choice(["Floor %d" % f, "%d%s Floor" % (f, sfx), "%dF" % f, "%d/F" % f, "Fl. %d" % f,
                                  "Level %d" % f, "Fl %d" % f, "%d%s Fl" % (f, sfx)])
        pre = [x for x in (unit_s, floor_s) if x]
        if rng.random() < 0.5:
            pre.reverse()
        city_pc = b.city_pc(rng)
        if rng.random() < 0.75:
            line = pre + parts + [street] + city_pc
        else:
            line = parts + [street] + pre + city_pc
        if rng.random() < 0.5:
            line.append(rng.choice(CNAMES[c]))
        sep = rng.choice([", ", ", ", ", ", " ", ",", "; "])
        s = sep.join(line)
        if up < 0.12:
            s = s.upper()
        elif up < 0.17:
            s = s.lower()
        if rng.random() < 0.15:
            s = s.replace(".", "")
        return s


class Building:
    _n = 0
    taken = set()

    def __init__(self, rng, country):
        Building._n += 1
        self.bid = "B%d" % Building._n
        self.country = country
        self.city = rng.choice(CITIES[country])
        self.num = str(rng.randint(1, 400))
        if country == "DE" or (country == "CH"):
            self.sword = rng.choice(["Friedrich", "Haupt", "Linden", "Bahnhof", "Kant", "Goethe", "Schiller", "Berg",
                                     "Wald", "Hafen", "Markt", "Kirch", "Garten", "Mozart", "Bismarck", "Leipziger"])
            self.stype = rng.choice(DE_TYPES[:1] * 4 + DE_TYPES[1:])
        else:
            self.sword = rng.choice(STREET_WORDS)
            self.stype = rng.choice(STYPES[:2] * 3 + STYPES[2:])
        self.bname = (rng.choice(W1) + " " + rng.choice(BUILDINGS)) if country in ("HK", "SG", "CN", "AE") and rng.random() < 0.7 else None
        # two distinct buildings never share street + number + city
        while (country, self.city, self.sword, self.stype[0], self.num) in Building.taken:
            self.num = str(rng.randint(1, 2000))
        Building.taken.add((country, self.city, self.sword, self.stype[0], self.num))
        self.pc = self._pc(rng)

    def _pc(self, rng):
        c = self.country
        d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
        L = lambda: rng.choice("ABCDEFGHJKLMNPRSTUWXYZ")
        if c == "GB":
            return "%s%s%d%s %d%s%s" % (L(), L(), rng.randint(1, 20), "", rng.randint(1, 9), L(), L())
        if c == "US":
            return rng.choice(["NY", "DE", "CA"]) + " " + d(5)
        if c == "NL":
            return d(4) + " " + L() + L()
        if c == "IE":
            return "D%02d %s%s%s%s" % (rng.randint(1, 24), L(), d(2), L(), L())
        if c == "HK":
            return ""
        if c in ("SG", "CN", "RU"):
            return d(6)
        if c == "AE":
            return "PO Box " + d(5)
        return d(5) if c in ("DE", "FR") else d(4)

    def city_pc(self, rng):
        c = self.country
        pc = self.pc
        if c in ("GB", "NL", "IE") and pc:
            r = rng.random()
            if r < 0.25:
                pc = pc.replace(" ", "")
            elif r < 0.32:
                pc = pc.lower()
        if not pc:
            return [self.city]
        if c == "US":
            return [self.city, pc] if rng.random() < 0.6 else [self.city + " " + pc]
        if c in ("DE", "FR", "CH", "NL", "CY"):
            return [pc + " " + self.city]
        if c == "AE":
            return [pc, self.city] if rng.random() < 0.5 else [self.city]  # PO box sometimes omitted
        if c in ("SG",):
            return [self.city + " " + pc]
        return [self.city, pc] if rng.random() < 0.7 else [self.city + " " + pc]


# ---------------------------------------------------------------- ids, emails, web, ips
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def new_regid(rng, c):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if c == "GB":
        return d(8)
    if c == "US":
        return d(2) + "-" + d(7)
    if c == "DE":
        return "HRB " + d(6)
    if c == "FR":
        return "%s %s %s" % (d(3), d(3), d(3))
    if c == "CY":
        return "HE" + d(6)
    if c == "SG":
        return "20" + d(7) + rng.choice("KMNRWZ")
    if c == "HK":
        return d(7)
    if c == "CN":
        return "91" + d(6) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    if c == "AE":
        return "DMCC-" + d(6)
    if c == "RU":
        return "1" + d(12)
    if c == "CH":
        return "CHE-%s.%s.%s" % (d(3), d(3), d(3))
    return d(8)


def regid_variant(rng, s):
    r = rng.random()
    if r < 0.3:
        return s.replace(" ", "").replace("-", "").replace(".", "")
    if r < 0.5:
        return s.lower()
    if r < 0.65:
        return " " + s + " "
    return s


def slug(name):
    return "".join(ch for ch in name.lower() if ch.isalnum() or ch == " ").replace(" ", "")


def email_for(rng, domain, person=None):
    lp = rng.choice(["info", "contact", "admin", "office", "billing", "ops", "hello", "finance", "it"])
    if person is not None and rng.random() < 0.4:
        nm = person.canonical().split()
        lp = ".".join(x.lower() for x in nm if x.isascii())[:20] or lp
    d = domain
    r = rng.random()
    if r < 0.15:
        d = d.upper()
    elif r < 0.25:
        d = d.capitalize()
    elif r < 0.3:
        d = "mail." + d
    return "%s@%s" % (lp, d)


def web_for(rng, domain):
    d = domain
    r = rng.random()
    if r < 0.1:
        d = d.upper()
    host = ("www." + d) if rng.random() < 0.5 else d
    if rng.random() < 0.08:
        host = rng.choice(["shop.", "en.", "cloud."]) + d
    scheme = rng.choice(["https://", "https://", "http://", ""])
    path = rng.choice(["", "", "/", "/", "/en/", "/index.html", "/about-us", "?lang=en"])
    return scheme + host + path


def ip4(a, b, c, d):
    return "%d.%d.%d.%d" % (a, b, c, d)


def rand_pub24(rng):
    while True:
        a = rng.randint(11, 223)
        if a not in (100, 127, 169, 172, 192, 10):
            return (a, rng.randint(0, 255), rng.randint(0, 255))


def v6(groups):
    return ":".join("%x" % g for g in groups)


def v6_write(rng, groups):
    r = rng.random()
    if r < 0.15:
        return ":".join("%04x" % g for g in groups)  # expanded
    # compress longest zero run
    best, bl, i = -1, 0, 0
    while i < 8:
        if groups[i] == 0:
            j = i
            while j < 8 and groups[j] == 0:
                j += 1
            if j - i > bl:
                best, bl = i, j - i
            i = j
        else:
            i += 1
    if bl >= 2:
        s = ":".join("%x" % g for g in groups[:best]) + "::" + ":".join("%x" % g for g in groups[best + bl:])
    else:
        s = v6(groups)
    if r > 0.9:
        s = s.upper()
    return s


# ---------------------------------------------------------------- generator
class Gen:
    def __init__(self, n, seed):
        self.rng = random.Random(seed)
        self.n = n
        rng = self.rng
        scale = n / 20000.0
        # hubs --------------------------------------------------------
        self.agents = []
        for i in range(max(3, int(8 * scale + 0.5))):
            c = rng.choice(["US", "GB", "CY", "HK", "SG", "AE", "IE", "DE"])
            addr = Address(rng, c, unit=rng.random() < 0.5)
            self.agents.append((c, addr, Phone(rng, c)))
        self.coworks = []
        for i in range(max(5, int(40 * scale + 0.5))):
            c = weighted_country(rng)
            self.coworks.append((c, Building(rng, c), Phone(rng, c)))
        self.towers = [(c, Building(rng, c)) for c in (weighted_country(rng) for _ in range(max(10, int(150 * scale))))]
        self.nominees = [Person(rng, person_kind(rng, weighted_country(rng)), common=False) for _ in range(30)]
        self.cgnat = [ip4(*rand_pub24(rng), rng.randint(1, 254)) for _ in range(30)]
        self.vpn = [ip4(*rand_pub24(rng), rng.randint(1, 254)) for _ in range(25)]
        self.cloud24 = [rand_pub24(rng) for _ in range(10)]
        self.mob48 = [[0x2a00 + rng.randint(0, 0x5ff), rng.randint(0, 0xffff), rng.randint(0, 0xffff)] for _ in range(6)]
        self.platforms = ["facebook.com/%s", "https://www.facebook.com/%s", "%s.wixsite.com/home", "https://%s.myshopify.com",
                          "linkedin.com/company/%s", "https://sites.google.com/view/%s", "%s.business.site"]
        self.used_names = set()
        self.domains = set()
        self.regids = set()
        self.units = set()
        self.customers = []
        self.canon = []
        self.truth = []

    # ---- shared pieces
    def hub_ips(self, k):
        rng = self.rng
        out = []
        for _ in range(k):
            r = rng.random()
            if r < 0.35:
                out.append(zipf_pick(rng, self.cgnat, 0.8))
            elif r < 0.5:
                out.append(zipf_pick(rng, self.vpn, 0.7))
            elif r < 0.68:
                a, b, c = rng.choice(self.cloud24)
                out.append(ip4(a, b, c, rng.randint(1, 254)))
            elif r < 0.78:
                p = rng.choice(self.mob48)
                out.append(v6_write(rng, p + [rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff)]))
            else:
                out.append(ip4(*rand_pub24(rng), rng.randint(1, 254)))  # own home/office ISP
        return out

    def regid(self, c):
        # a registry never issues one number twice
        while True:
            r = new_regid(self.rng, c)
            k = (c, r.replace(" ", "").replace("-", "").replace(".", "").upper())
            if k not in self.regids:
                self.regids.add(k)
                return r

    def tenant(self, country, building, unit):
        # a new tenant in a shared building gets a suite nobody else holds
        for _ in range(50):
            a = Address(self.rng, country, unit=unit, building=building)
            if not unit or a.canonical() not in self.units:
                break
        self.units.add(a.canonical())
        return a

    def unique_domain(self, d):
        # a registrable domain belongs to one owner: strangers never share one
        base, dot, tld = d.partition(".")
        k = 0
        while d in self.domains:
            k += 1
            d = "%s%s.%s" % (base, self.rng.choice(["-", ""]) + str(k) if k > 1 else self.rng.choice(["group", "hq", "global", "intl"]), tld)
        self.domains.add(d)
        return d

    def company_name(self, c, stem=None):
        rng = self.rng
        for _ in range(20):
            if stem and rng.random() < 0.8:
                base = stem + rng.choice(["", " " + rng.choice(W2), " " + rng.choice(["HK", "Asia", "International", "Global", "Trading"])])
            else:
                base = rng.choice(W1) + rng.choice([" ", " ", ""]) + rng.choice(W2)
                if rng.random() < 0.5:
                    base = rng.choice(W1) + " " + base
            nm = base + " " + rng.choice(SUFFIX[c])
            if nm not in self.used_names or rng.random() < 0.15:  # a few exact-name strangers
                break
        self.used_names.add(nm)
        return nm

    def emit(self, rec, party, canon):
        cid = "C%06d" % (len(self.customers) + 1)
        rec = dict(rec)
        rec["id"] = cid
        # key order: id first
        out = {"id": cid}
        for k, v in rec.items():
            if k != "id" and v not in (None, [], ""):
                out[k] = v
        self.customers.append(out)
        self.truth.append((cid, party))
        canon["id"] = cid
        self.canon.append(canon)

    def legit(self, idx):
        rng = self.rng
        c = weighted_country(rng)
        name = self.company_name(c)
        rec = {"name": name, "country": c}
        can = {"dir": [], "own": []}
        if rng.random() < 0.85:
            rec["registration_id"] = self.regid(c)
        # address
        r = rng.random()
        addr_s = None
        if r < 0.12:
            ag = zipf_pick(rng, self.agents, 0.9)
            addr_s = ag[1].write(rng)
            can["addr"] = "agent:" + ag[1].canonical()
            if rng.random() < 0.3:
                rec["phone"] = ag[2].write(rng, c)
                can["phone"] = ag[2].canonical()
        elif r < 0.2:
            cw = zipf_pick(rng, self.coworks, 0.7)
            a = self.tenant(cw[0], cw[1], rng.random() < 0.35)
            addr_s = a.write(rng)
            can["addr"] = "cowork:" + a.canonical()
            if rng.random() < 0.15:
                rec["phone"] = cw[2].write(rng, c)
                can["phone"] = cw[2].canonical()
        elif r < 0.3:
            same = [t for t in self.towers if t[0] == c]
            tw = rng.choice(same if same and rng.random() < 0.9 else self.towers)
            a = self.tenant(tw[0], tw[1], True)
            addr_s = a.write(rng)
            can["addr"] = a.canonical()
        elif r < 0.93:
            a = Address(rng, c, unit=rng.random() < 0.5)
            addr_s = a.write(rng)
            can["addr"] = a.canonical()
        if addr_s:
            rec["address"] = addr_s
        if "phone" not in rec and rng.random() < 0.85:
            p = Phone(rng, c)
            rec["phone"] = p.write(rng, c)
            can["phone"] = p.canonical()
        # people
        dirs = []
        nd = rng.choice([0, 1, 1, 1, 2, 2, 3])
        for _ in range(nd):
            if rng.random() < 0.06:
                p = rng.choice(self.nominees)
            else:
                p = Person(rng, person_kind(rng, c))
            dirs.append(p)
        rec["directors"] = [p.write(rng) for p in dirs]
        can["dir"] = [p.pid for p in dirs]
        if rng.random() < 0.5:
            owners = dirs[:1] if dirs and rng.random() < 0.5 else [Person(rng, person_kind(rng, c))]
            rec["owners"] = [p.write(rng) for p in owners]
            can["own"] = [p.pid for p in owners]
        # email / web
        dom = slug(name.split(" ")[0] + name.split(" ")[1] if len(name.split(" ")) > 2 else name.split(" ")[0]) + rng.choice([TLD[c], ".com", ".io", ".net"])
        dom = dom + "" if rng.random() < 0.7 else (str(rng.randint(1, 99)) + dom)
        dom = self.unique_domain(dom)
        contact = dirs[0] if dirs else None
        if rng.random() < 0.9:
            if rng.random() < 0.35:
                fm = rng.choice(FREEMAIL_BY.get(c, FREEMAIL)) if rng.random() < 0.6 else zipf_pick(rng, FREEMAIL, 0.8)
                rec["email"] = "%s%d@%s" % (slug(name)[:12], rng.randint(1, 999), fm)
                can["email_free"] = fm
            else:
                rec["email"] = email_for(rng, dom, contact)
                can["edom"] = dom
        if rng.random() < 0.6:
            if rng.random() < 0.1:
                rec["website"] = rng.choice(self.platforms) % dom.split(".")[0]
                can["webplat"] = 1
            elif "edom" in can or rng.random() < 0.5:
                rec["website"] = web_for(rng, dom)
                can["web"] = dom
        if rng.random() < 0.8:
            ips = self.hub_ips(rng.choice([1, 1, 2, 2, 3, 4]))
            rec["ips"] = ips
        if rng.random() < 0.7:
            rec["payment_fingerprint"] = "fp_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        if rng.random() < 0.5:
            rec["ssh_keys"] = ["SHA256:" + "".join(rng.choice(B64) for _ in range(43)) for _ in range(rng.choice([1, 1, 2]))]
        if rng.random() < 0.3:
            rec["listed"] = rng.random() < 0.1
        self.emit(rec, "L%06d" % idx, can)

    def network(self, nid, size):
        rng = self.rng
        base = rng.choice(["HK", "HK", "CN", "SG", "AE", "AE", "CY", "RU", "GB", "US", "DE", "NL", "CH"])
        carefulness = rng.uniform(0.35, 1.0)
        if rng.random() < 0.04 and size == 2:
            return self.duplicate(nid, base)
        ctrl = [Person(rng, person_kind(rng, base), common=rng.random() < 0.5) for _ in range(rng.randint(1, 3))]
        owners = [Person(rng, person_kind(rng, base), common=rng.random() < 0.5) for _ in range(rng.randint(1, 2))]
        phones = [Phone(rng, base if rng.random() < 0.8 else weighted_country(rng)) for _ in range(rng.randint(1, 2))]
        cards = ["fp_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
                 for _ in range(rng.randint(1, 2))]
        offices = [Address(rng, base, unit=rng.random() < 0.85) for _ in range(rng.randint(1, 2))]
        host24 = rand_pub24(rng)
        hips = [ip4(*host24, rng.randint(2, 250)) for _ in range(rng.randint(1, 4))]
        h48 = [0x2a01 + rng.randint(0, 0x3ff), rng.randint(0, 0xffff), rng.randint(0, 0xffff)] if rng.random() < 0.4 else None
        keys = ["SHA256:" + "".join(rng.choice(B64) for _ in range(43)) for _ in range(rng.randint(1, 3))]
        stem = (rng.choice(W1) + rng.choice([" ", ""]) + rng.choice(W2)) if rng.random() < 0.35 else None
        edom = (slug(rng.choice(W1) + rng.choice(W2)) + rng.choice([".com", ".net", ".io", TLD[base]])) if rng.random() < 0.5 else None
        edom = self.unique_domain(edom) if edom else None
        web = edom if (edom and rng.random() < 0.6) else None
        P = dict(dir=.55, own=.35, phone=.45, card=.30, office=.45, ip=.55, ssh=.30, edom=.35, web=.20)
        members = []
        for i in range(size):
            m = {}
            for k, p in P.items():
                m[k] = rng.random() < p * carefulness
            m["c"] = base if rng.random() < 0.75 else rng.choice(["HK", "SG", "AE", "CY", "GB", "US", "RU", "CN"])
            m["dirp"] = [rng.choice(ctrl)] if m["dir"] else []
            m["ownp"] = [rng.choice(owners)] if m["own"] else []
            m["phonev"] = rng.choice(phones) if m["phone"] else None
            m["cardv"] = rng.choice(cards) if m["card"] else None
            m["officev"] = rng.choice(offices) if m["office"] else None
            m["ipv"] = rng.sample(hips, rng.randint(1, len(hips))) if m["ip"] else []
            m["v6"] = bool(h48) and m["ip"] and rng.random() < 0.5
            m["sshv"] = rng.sample(keys, rng.randint(1, len(keys))) if m["ssh"] else []
            m["edomv"] = edom if (m["edom"] and edom) else None
            m["webv"] = web if (m["web"] and web) else None
            members.append(m)
        # connectivity repair under the "linkable" rule
        for _ in range(10 * size):
            comp = self._components(members)
            if len(comp) == 1:
                break
            a = rng.choice(comp[1])
            b = rng.choice(comp[0])
            ma, mb = members[a], members[b]
            if rng.random() < 0.3:
                if mb["cardv"] is None:
                    mb["cardv"] = cards[0]
                ma["cardv"] = mb["cardv"]
            else:
                if mb["phonev"] is None:
                    mb["phonev"] = phones[0]
                ma["phonev"] = mb["phonev"]
                if not mb["dirp"]:
                    mb["dirp"] = [ctrl[0]]
                if mb["dirp"][0] not in ma["dirp"]:
                    ma["dirp"] = ma["dirp"] + [mb["dirp"][0]]
        for m in members:
            self._emit_shell(nid, m, stem, h48)

    def _tokens(self, m, h48):
        soft = {}
        strong = set()
        persons = set(p.pid for p in m["dirp"] + m["ownp"])
        if persons:
            soft["person"] = persons
        if m["phonev"]:
            soft["phone"] = {m["phonev"].canonical()}
        if m["officev"]:
            soft["office"] = {m["officev"].canonical()}
        ips = set(m["ipv"]) | set(".".join(x.split(".")[:3]) for x in m["ipv"])
        if m["v6"]:
            ips.add("v6/48")
        if ips:
            soft["ip"] = ips
        if m["edomv"]:
            soft["edom"] = {m["edomv"]}
        if m["webv"]:
            soft["web"] = {m["webv"]}
        if m["cardv"]:
            strong.add(m["cardv"])
        strong |= set(m["sshv"])
        return soft, strong

    def _components(self, members):
        toks = [self._tokens(m, None) for m in members]
        n = len(members)
        par = list(range(n))

        def f(x):
            while par[x] != x:
                par[x] = par[par[x]]
                x = par[x]
            return x
        for i in range(n):
            for j in range(i + 1, n):
                si, ki = toks[i]
                sj, kj = toks[j]
                ok = bool(ki & kj)
                if not ok:
                    kinds = sum(1 for k in si if k in sj and si[k] & sj[k])
                    ok = kinds >= 2
                if ok:
                    par[f(i)] = f(j)
        groups = {}
        for i in range(n):
            groups.setdefault(f(i), []).append(i)
        comps = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
        return comps

    def _emit_shell(self, nid, m, stem, h48):
        rng = self.rng
        c = m["c"]
        rec = {"name": self.company_name(c, stem), "country": c}
        can = {"dir": [], "own": []}
        if rng.random() < 0.85:
            rec["registration_id"] = self.regid(c)
        if m["officev"]:
            rec["address"] = m["officev"].write(rng)
            can["addr"] = m["officev"].canonical()
        elif rng.random() < 0.6:
            ag = zipf_pick(rng, self.agents, 0.9)
            rec["address"] = ag[1].write(rng)
            can["addr"] = "agent:" + ag[1].canonical()
        elif rng.random() < 0.5:
            cw = rng.choice(self.coworks)
            a = Address(rng, cw[0], unit=False, building=cw[1])
            rec["address"] = a.write(rng)
            can["addr"] = "cowork:" + a.canonical()
        if m["phonev"]:
            rec["phone"] = m["phonev"].write(rng, c)
            can["phone"] = m["phonev"].canonical()
        elif rng.random() < 0.5:
            p = Phone(rng, c)
            rec["phone"] = p.write(rng, c)
            can["phone"] = p.canonical()
        dirs = list(m["dirp"])
        if rng.random() < 0.35:
            dirs.append(rng.choice(self.nominees))  # nominee camouflage
        if not dirs and rng.random() < 0.7:
            dirs.append(Person(rng, person_kind(rng, c)))  # a straw director unique to this shell
        rng.shuffle(dirs)
        rec["directors"] = [p.write(rng) for p in dirs]
        can["dir"] = [p.pid for p in dirs]
        if m["ownp"]:
            rec["owners"] = [p.write(rng) for p in m["ownp"]]
            can["own"] = [p.pid for p in m["ownp"]]
        if m["edomv"]:
            rec["email"] = email_for(rng, m["edomv"], dirs[0] if dirs else None)
            can["edom"] = m["edomv"]
        elif rng.random() < 0.8:
            fm = rng.choice(FREEMAIL_BY.get(c, FREEMAIL))
            rec["email"] = "%s%d@%s" % (slug(rec["name"])[:10], rng.randint(1, 999), fm)
            can["email_free"] = fm
        if m["webv"]:
            rec["website"] = web_for(rng, m["webv"])
            can["web"] = m["webv"]
        ips = [x if rng.random() > 0.04 else "::ffff:" + x for x in m["ipv"]]
        can["ip"] = list(m["ipv"])
        if m["v6"]:
            ips.append(v6_write(rng, h48 + [rng.randint(0, 0xffff)] + [rng.randint(0, 0xffff) for _ in range(3)] + [rng.randint(1, 0xffff)]))
            can["ip"].append("v6:" + v6(h48))
        if rng.random() < 0.6:
            ips += self.hub_ips(rng.randint(1, 2))
        rng.shuffle(ips)
        if ips:
            rec["ips"] = ips
        if m["cardv"]:
            rec["payment_fingerprint"] = m["cardv"]
            can["card"] = m["cardv"]
        elif rng.random() < 0.4:
            rec["payment_fingerprint"] = "fp_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(16))
        if m["sshv"]:
            rec["ssh_keys"] = [k if rng.random() > 0.2 else k[7:] for k in m["sshv"]]
            can["ssh"] = list(m["sshv"])
        if rng.random() < 0.2:
            rec["listed"] = False
        self.emit(rec, nid, can)

    def duplicate(self, nid, c):
        rng = self.rng
        name = self.company_name(c)
        reg = self.regid(c)
        addr = Address(rng, c, unit=rng.random() < 0.5)
        d = Person(rng, person_kind(rng, c))
        for i in range(2):
            nm = name if i == 0 else rng.choice([name.upper(), name.replace("Limited", "Ltd").replace("Ltd", "Limited"), name.replace(",", "")])
            rec = {"name": nm, "country": c, "registration_id": regid_variant(rng, reg) if i else reg,
                   "address": addr.write(rng), "directors": [d.write(rng)]}
            if rng.random() < 0.5:
                rec["ips"] = self.hub_ips(1)
            self.emit(rec, nid, {"reg": reg, "addr": addr.canonical(), "dir": [d.pid], "own": []})

    def run(self):
        rng = self.rng
        n = self.n
        target_shell = int(n * 0.12)
        sizes = []
        tot = 0
        while tot < target_shell:
            r = rng.random()
            s = 2 if r < 0.35 else 3 if r < 0.57 else rng.randint(4, 5) if r < 0.77 else rng.randint(6, 10) if r < 0.93 else rng.randint(11, 30)
            s = min(s, target_shell - tot) if target_shell - tot >= 2 else 2
            sizes.append(s)
            tot += s
        n_legit = max(0, n - tot)
        # interleave legit and networks in a random order of "events"
        events = [("L", i) for i in range(n_legit)] + [("N", i) for i in range(len(sizes))]
        rng.shuffle(events)
        for kind, i in events:
            if kind == "L":
                self.legit(i)
            else:
                self.network("N%04d" % i, sizes[i])
        # shuffle output order so network members are not adjacent
        order = list(range(len(self.customers)))
        rng.shuffle(order)
        return ([self.customers[i] for i in order], [self.truth[i] for i in order], [self.canon[i] for i in order])


def main():
    if len(sys.argv) != 5:
        print(__doc__.split("\n")[4], file=sys.stderr)
        sys.exit(2)
    n, seed, out, truth = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    Person._n = Address._n = Building._n = 0
    Building.taken = set()
    g = Gen(n, seed)
    custs, tr, canon = g.run()
    with open(out, "w", encoding="utf-8") as f:
        for c in custs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(truth, "w", newline="") as f:
        w = csv.writer(f)
        for cid, party in tr:
            w.writerow([cid, party])
    with open(truth + ".canon.jsonl", "w", encoding="utf-8") as f:
        for c in canon:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    nnet = len(set(p for _, p in tr if p.startswith("N")))
    nsh = sum(1 for _, p in tr if p.startswith("N"))
    print("wrote %d customers (%d in %d planted networks)" % (len(custs), nsh, nnet), file=sys.stderr)


if __name__ == "__main__":
    main()
