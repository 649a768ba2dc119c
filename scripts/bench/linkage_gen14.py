#!/usr/bin/env python3
"""linkage_gen14.py - synthetic KYC population of a worldwide GPU cloud, with
planted shell-company networks, for testing record linkage.

Usage:  python3 linkage_gen14.py N SEED OUT.jsonl TRUTH.csv
        GEN14_ARCH_OUT=arch.csv also writes "id,archetype" for every customer
        ("solo" for customers outside any network).

Output depends only on (N, SEED).  Standard library only; nothing is read at
run time (all name, place and network resources are small embedded lists).

WORLD MODEL
-----------
A GPU cloud sells to customers in ~30 countries (weighted towards the US,
China, Europe, India and East Asia).  A customer is an organisation (startup,
SME, trading company, enterprise department, university lab) or an individual
developer.  Every record is built from underlying *facts* (a person, a company
name, an address, a phone number, a card, an SSH key, an IP address ...) and
each record renders its facts independently, the way different people typing
into different forms would: so one fact shows up in several spellings.

Only a minority of customers belong to a planted *network*: one real party
(a person, a company group, a restricted entity, a broker) behind several
customer accounts.  About 20% of customers are in networks; network sizes are
2..15, heavy-tailed.  TRUTH.csv labels network members net-NNNN and everybody
else solo-<id>.

NETWORK ARCHETYPES (each network is connected by evidence a human investigator
would accept: every member is joined to an earlier member by at least one
strong identifier - card fingerprint, SSH key, registration id - or by two or
more specific soft facts: a phone, an office unit, a director, a company email
domain, a website, an operator IP; on top of that spanning tree members share
further facts at random):
  phoenix            a blocked/listed party re-registers as fresh companies in
                     nearby jurisdictions: same director (spelled differently),
                     often the same card or SSH key, near-identical names.
  agent_batch        a broker orders 3..15 shells from one formation agent: the
                     agent's address and nominee director (shared with hundreds
                     of honest clients, so worthless) plus the broker's own
                     phone, VPS addresses, rotated cards and keys.
  procurement_front  a (often listed) parent buys through trading fronts in HK,
                     SG, AE, TR, KZ ...: common owner in native script and
                     romanised, offices on one floor of a big tower, a domain
                     family, the parent's office network.
  individual_multi   one person holding several individual accounts: name
                     variants, free-mail addresses, same phone, home network,
                     key or card.
  soft_only          a careful operator who never reuses strong identifiers;
                     linked only by phone, office unit, director, domain, IP.
  corporate_multi    a benign organisation with several accounts (teams,
                     subsidiaries): same domain, offices, corporate egress IP,
                     sometimes one corporate card.  Still one party.
  identity_farm      a broker using unrelated identities (different names and
                     countries) tied together by infrastructure: SSH keys,
                     cards, VPS and home IPs.

NOISE AMONG UNRELATED CUSTOMERS
-------------------------------
  * formation / registered agents (HK, SG, UK, Delaware, Wyoming, Dubai, Cyprus,
    Estonia, BVI, Seychelles, Shenzhen "cluster registration") whose address,
    phone, nominee directors and sometimes email domain appear on hundreds of
    client companies (Zipf popularity, the largest ~1% of all companies);
  * co-working spaces and serviced offices (shared address, reception phone,
    shared Wi-Fi egress IP) and big office towers (same building, other floors);
  * carrier-grade NAT and mobile carriers, commercial VPN exits, Tor exits,
    corporate proxies (Zscaler-like), cloud egress, university campus NAT:
    some addresses shared by hundreds or thousands of strangers;
  * free-mail domains, university mail domains, website builders and social
    pages (wixsite, github.io, linkedin, facebook ...);
  * common person names in many cultures (Wang Wei, Mohammed Ali, John Smith,
    Kim Min-jun ...), generic company names (Global Trading Ltd ...), nominee
    directors shared by many companies;
  * placeholders: "N/A" registration ids, 0000000000 phones, test@test.com,
    processor placeholder card fingerprints, tutorial / vagrant SSH keys and a
    managed-platform key injected into many customers' nodes.

FORMATTING VARIATION OF ONE FACT
--------------------------------
Address abbreviations (Street/St/Str., Road/Rd), unit and floor designators
(Suite 1203 / Ste 1203 / #12-03 / Rm 1203, 12/F / 12th Floor / Level 12),
postcode present or not, upper case, native script vs romanised (Chinese,
Japanese, Korean, Russian); phone formats (E.164, national with trunk 0,
00-prefix, (0) inserts, separators); email case, gmail dots and +tags; website
forms (scheme, www, paths, subdomains); person names in both orders, CAPS
surnames, hyphenated given names, transliteration systems, native scripts,
diacritics dropped; legal forms (Ltd / Limited / Co., Ltd. / 有限公司); typos.

OUTPUT
------
OUT.jsonl: {"id","name","country","registration_id"?,"address"?,"email"?,
"phone"?,"website"?,"payment_fingerprint"?,"directors"?,"owners"?,"ips"?,
"ssh_keys"?,"listed"?} one per line, shuffled, ensure_ascii=False.
TRUTH.csv: "id,party".
"""

import base64
import bisect
import json
import os
import random
import sys
import time
import unicodedata

# --------------------------------------------------------------------------
# Small utilities
# --------------------------------------------------------------------------


class Picker:
    """Weighted choice with precomputed cumulative weights (fast, seeded)."""

    __slots__ = ("items", "cum", "total")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = []
        t = 0.0
        for p in pairs:
            t += p[1]
            self.cum.append(t)
        self.total = t

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


def zipf_picker(items, s=1.0, offset=1.0):
    """Picker over items with Zipf-like weights 1/(rank+offset)^s."""
    return Picker([(it, 1.0 / (i + offset) ** s) for i, it in enumerate(items)])


def chance(rng, p):
    return rng.random() < p


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def rand_str(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def strip_diacritics(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L") \
        .replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")


def german_fold(s):
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"),
                 ("Ü", "Ue"), ("ß", "ss")):
        s = s.replace(a, b)
    return s


KEY_NEIGHBOURS = {
    "a": "qswz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wsdr", "f": "drtgvc",
    "g": "ftyhbv", "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop",
    "m": "njk", "n": "bhjm", "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz",
    "t": "rfgy", "u": "yhji", "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
    "0": "9", "1": "2", "2": "13", "3": "24", "4": "35", "5": "46", "6": "57", "7": "68",
    "8": "79", "9": "80",
}


def typo(rng, s):
    """One human keyboard slip: swap, drop, double or hit a neighbouring key."""
    idx = [i for i, c in enumerate(s) if c.isalnum() and ord(c) < 128]
    if len(idx) < 4:
        return s
    i = rng.choice(idx[1:])           # keep the first character intact
    op = rng.random()
    if op < 0.3 and i + 1 < len(s) and s[i + 1].isalnum():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.55:
        return s[:i] + s[i + 1:]
    if op < 0.7:
        return s[:i] + s[i] + s[i:]
    c = s[i]
    nb = KEY_NEIGHBOURS.get(c.lower())
    if not nb:
        return s
    r = rng.choice(nb)
    if c.isupper():
        r = r.upper()
    return s[:i] + r + s[i + 1:]


def ssh_fingerprint(rng):
    """OpenSSH SHA256 fingerprint: base64 of 32 bytes without padding."""
    raw = rng.getrandbits(256).to_bytes(32, "big")
    return "SHA256:" + base64.b64encode(raw).decode().rstrip("=")


def card_fingerprint(rng):
    """Processor card fingerprint: 16 alphanumerics (stable per card number)."""
    return rand_str(rng, 16)


def heavy_size(rng, smin, smax, alpha):
    """Discrete power law on [smin, smax]: P(k) ~ k^-alpha."""
    ks = list(range(smin, smax + 1))
    ws = [k ** -alpha for k in ks]
    return Picker(list(zip(ks, ws)))(rng)


def title_case(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


# --------------------------------------------------------------------------
# Geography.  One entry per country:
#   w      share of the customer base
#   cc     phone country code; trunk: national prefix ('' if none)
#   mob    mobile NSN prefixes and NSN length; mgrp/lgrp digit grouping
#   fmt    address layout; cities: (latin, native, area code, postcode
#          pattern, region, [(district, native)], [alternative city names])
#   streets: (latin, native) or for Russian-style (native stem, type)
#   tld    ccTLD forms for company domains; reg: registration id scheme
#   cult   person-name cultures of people who run companies there
# Postcode patterns: '#' digit, 'A' letter.
# --------------------------------------------------------------------------

COUNTRIES = {
 "US": dict(w=20, name="United States", alt=["USA", "United States of America", "U.S."], cc="1", trunk="",
   mob=[("", 10)], mgrp=(3, 3, 4), lgrp=(3, 3, 4), fmt="us", tld=["com", "io", "ai", "us"], reg="us",
   cities=[("San Francisco", None, "415", "941##", "CA", [], ["SF"]), ("New York", None, "212", "100##", "NY", [], ["NYC", "New York City"]),
           ("Seattle", None, "206", "981##", "WA", [], []), ("Austin", None, "512", "787##", "TX", [], []),
           ("Boston", None, "617", "021##", "MA", [], []), ("Palo Alto", None, "650", "943##", "CA", [], []),
           ("Los Angeles", None, "213", "900##", "CA", [], ["LA"]), ("Miami", None, "305", "331##", "FL", [], []),
           ("Chicago", None, "312", "606##", "IL", [], [])],
   streets=[("Market Street",), ("Mission Street",), ("Main Street",), ("Broadway",), ("Fifth Avenue",), ("Park Avenue",),
            ("Pine Street",), ("Oak Street",), ("Washington Street",), ("University Avenue",), ("Congress Avenue",),
            ("Second Street",), ("Sunset Boulevard",), ("El Camino Real",), ("Howard Street",), ("Folsom Street",),
            ("Madison Avenue",), ("Lake Shore Drive",), ("Brickell Avenue",), ("Westlake Avenue North",)],
   cult=[("en", 62), ("cn", 9), ("in", 9), ("es", 7), ("kr", 3), ("ru", 3), ("ar", 2), ("vn", 2), ("he", 2), ("jp", 1)]),
 "CA": dict(w=3, name="Canada", alt=["CA"], cc="1", trunk="", mob=[("", 10)], mgrp=(3, 3, 4), lgrp=(3, 3, 4),
   fmt="us", tld=["ca", "com", "ai"], reg="ca",
   cities=[("Toronto", None, "416", "M5V #A#", "ON", [], []), ("Vancouver", None, "604", "V6B #A#", "BC", [], []),
           ("Montreal", None, "514", "H3B #A#", "QC", [], ["Montréal"]), ("Waterloo", None, "519", "N2L #A#", "ON", [], [])],
   streets=[("King Street West",), ("Bay Street",), ("Yonge Street",), ("Spadina Avenue",), ("Granville Street",),
            ("Rue Sainte-Catherine",), ("Boulevard René-Lévesque",), ("University Avenue",), ("Front Street West",)],
   cult=[("en", 60), ("fr", 12), ("cn", 12), ("in", 10), ("ar", 3), ("kr", 3)]),
 "BR": dict(w=2, name="Brazil", alt=["Brasil"], cc="55", trunk="0", mob=[("9", 9)], mgrp=(2, 5, 4), lgrp=(2, 4, 4),
   fmt="br", tld=["com.br"], reg="br",
   cities=[("São Paulo", None, "11", "0####-###", "SP", [], ["Sao Paulo"]), ("Rio de Janeiro", None, "21", "2####-###", "RJ", [], []),
           ("Florianópolis", None, "48", "880##-###", "SC", [], ["Florianopolis"])],
   streets=[("Avenida Paulista",), ("Rua Augusta",), ("Avenida Brigadeiro Faria Lima",), ("Rua Oscar Freire",),
            ("Avenida Rio Branco",), ("Rua Funchal",)],
   cult=[("pt", 90), ("jp", 4), ("ar", 3), ("de", 3)]),
 "GB": dict(w=6, name="United Kingdom", alt=["UK", "Great Britain", "England", "U.K."], cc="44", trunk="0",
   mob=[("7", 10)], mgrp=(4, 6), lgrp=(2, 4, 4), fmt="gb", tld=["co.uk", "com", "io", "ai", "uk"], reg="gb",
   cities=[("London", None, "20", "EC1V|EC2A|N1|SW1A|W1W|E1|WC2H|SE1|EC3M|E14", "", [], []),
           ("Manchester", None, "161", "M1|M2|M4|M15", "", [], []), ("Cambridge", None, "1223", "CB1|CB2|CB4", "", [], []),
           ("Edinburgh", None, "131", "EH1|EH2|EH3", "", [], []), ("Bristol", None, "117", "BS1|BS2|BS8", "", [], [])],
   streets=[("City Road",), ("Old Street",), ("Great Portland Street",), ("Oxford Street",), ("Kingsway",),
            ("Borough High Street",), ("King Street",), ("Deansgate",), ("Hills Road",), ("Princes Street",),
            ("Station Road",), ("High Street",), ("Church Lane",), ("Victoria Street",), ("Commercial Road",),
            ("Bishopsgate",), ("Canada Square",), ("Temple Quay",)],
   cult=[("en", 72), ("in", 9), ("cn", 5), ("ar", 4), ("pl", 3), ("ru", 3), ("fr", 2), ("tr", 2)]),
 "IE": dict(w=1, name="Ireland", alt=["Éire", "Republic of Ireland"], cc="353", trunk="0", mob=[("8", 9)],
   mgrp=(2, 3, 4), lgrp=(1, 3, 4), fmt="gb", tld=["ie", "com"], reg="ie",
   cities=[("Dublin", None, "1", "D02 A#A#|D04 #A#A|D08 A#A#", "Co. Dublin", [], ["Baile Átha Cliath"]),
           ("Cork", None, "21", "T12 A#A#", "Co. Cork", [], [])],
   streets=[("Grand Canal Street Lower",), ("Camden Street Lower",), ("Sir John Rogerson's Quay",),
            ("Baggot Street Upper",), ("Harcourt Street",), ("St Stephen's Green",), ("South Mall",)],
   cult=[("en", 85), ("pl", 5), ("in", 5), ("cn", 5)]),
 "DE": dict(w=5, name="Germany", alt=["Deutschland", "Federal Republic of Germany"], cc="49", trunk="0",
   mob=[("151", 11), ("160", 11), ("170", 11), ("176", 11)], mgrp=(3, 8), lgrp=(2, 8), fmt="de", tld=["de", "com", "ai"], reg="de",
   cities=[("Berlin", None, "30", "10###", "", [], []), ("München", None, "89", "80###", "", [], ["Munich", "Muenchen"]),
           ("Frankfurt am Main", None, "69", "60###", "", [], ["Frankfurt", "Frankfurt a. M."]),
           ("Hamburg", None, "40", "20###", "", [], []), ("Köln", None, "221", "50###", "", [], ["Cologne", "Koeln"])],
   streets=[("Friedrichstraße",), ("Torstraße",), ("Leopoldstraße",), ("Mainzer Landstraße",), ("Hauptstraße",),
            ("Bahnhofstraße",), ("Kurfürstendamm",), ("Rosenthaler Straße",), ("Schönhauser Allee",), ("Jungfernstieg",),
            ("Lindenstraße",), ("Hohenzollernring",)],
   cult=[("de", 78), ("tr", 6), ("ru", 4), ("pl", 3), ("cn", 3), ("ar", 3), ("in", 3)]),
 "FR": dict(w=3, name="France", alt=["République française"], cc="33", trunk="0", mob=[("6", 9), ("7", 9)],
   mgrp=(1, 2, 2, 2, 2), lgrp=(1, 2, 2, 2, 2), fmt="fr", tld=["fr", "com", "ai", "io"], reg="fr",
   cities=[("Paris", None, "1", "750##", "", [], []), ("Lyon", None, "4", "6900#", "", [], []),
           ("Grenoble", None, "4", "3800#", "", [], []), ("Toulouse", None, "5", "3100#", "", [], [])],
   streets=[("Rue de Rivoli",), ("Avenue des Champs-Élysées",), ("Boulevard Haussmann",), ("Rue du Faubourg Saint-Honoré",),
            ("Rue de la Paix",), ("Parvis Alan Turing",), ("Rue Réaumur",), ("Rue de la République",), ("Avenue Jean Jaurès",)],
   cult=[("fr", 80), ("ar", 9), ("cn", 4), ("vn", 3), ("pt", 2), ("en", 2)]),
 "NL": dict(w=2, name="Netherlands", alt=["The Netherlands", "Holland", "Nederland"], cc="31", trunk="0", mob=[("6", 9)],
   mgrp=(1, 8), lgrp=(2, 3, 4), fmt="de", tld=["nl", "com", "io"], reg="nl",
   cities=[("Amsterdam", None, "20", "10## AA", "", [], []), ("Rotterdam", None, "10", "30## AA", "", [], []),
           ("Eindhoven", None, "40", "56## AA", "", [], []), ("Utrecht", None, "30", "35## AA", "", [], [])],
   streets=[("Herengracht",), ("Keizersgracht",), ("Prinsengracht",), ("Damrak",), ("Stationsplein",),
            ("Strawinskylaan",), ("Weena",), ("Kalverstraat",), ("Zuidas",)],
   cult=[("nl", 80), ("tr", 5), ("ar", 5), ("en", 5), ("cn", 3), ("in", 2)]),
 "CH": dict(w=1, name="Switzerland", alt=["Schweiz", "Suisse", "Confoederatio Helvetica"], cc="41", trunk="0",
   mob=[("79", 9), ("78", 9), ("76", 9)], mgrp=(2, 3, 2, 2), lgrp=(2, 3, 2, 2), fmt="de", tld=["ch", "com", "ai"], reg="ch",
   cities=[("Zürich", None, "44", "80##", "", [], ["Zurich", "Zuerich"]), ("Genève", None, "22", "12##", "", [], ["Geneva", "Genf"]),
           ("Zug", None, "41", "630#", "", [], []), ("Lausanne", None, "21", "10##", "", [], [])],
   streets=[("Bahnhofstrasse",), ("Baarerstrasse",), ("Rue du Rhône",), ("Löwenstrasse",), ("Seefeldstrasse",),
            ("Avenue de la Gare",), ("Gubelstrasse",)],
   cult=[("de", 60), ("fr", 20), ("en", 8), ("ru", 5), ("cn", 4), ("in", 3)]),
 "SE": dict(w=1, name="Sweden", alt=["Sverige"], cc="46", trunk="0", mob=[("70", 9), ("72", 9), ("73", 9)],
   mgrp=(2, 3, 2, 2), lgrp=(1, 3, 2, 2), fmt="de", tld=["se", "com", "ai"], reg="se",
   cities=[("Stockholm", None, "8", "1## ##", "", [], []), ("Göteborg", None, "31", "4## ##", "", [], ["Gothenburg", "Goteborg"])],
   streets=[("Drottninggatan",), ("Kungsgatan",), ("Sveavägen",), ("Birger Jarlsgatan",), ("Vasagatan",), ("Regeringsgatan",)],
   cult=[("se", 82), ("ar", 6), ("en", 4), ("pl", 3), ("cn", 3), ("in", 2)]),
 "PL": dict(w=1, name="Poland", alt=["Polska"], cc="48", trunk="", mob=[("5", 9), ("6", 9), ("7", 9)],
   mgrp=(3, 3, 3), lgrp=(2, 3, 2, 2), fmt="pl", tld=["pl", "com", "io"], reg="pl",
   cities=[("Warszawa", None, "22", "00-###", "", [], ["Warsaw"]), ("Kraków", None, "12", "3#-###", "", [], ["Krakow", "Cracow"]),
           ("Wrocław", None, "71", "5#-###", "", [], ["Wroclaw"])],
   streets=[("Marszałkowska",), ("Prosta",), ("Grzybowska",), ("Aleje Jerozolimskie",), ("Złota",), ("Rondo ONZ",), ("Puławska",)],
   cult=[("pl", 90), ("ru", 4), ("en", 3), ("in", 3)]),
 "EE": dict(w=0.5, name="Estonia", alt=["Eesti"], cc="372", trunk="", mob=[("5", 8)], mgrp=(4, 4), lgrp=(3, 4),
   fmt="de", tld=["ee", "com", "io"], reg="ee",
   cities=[("Tallinn", None, "6", "10###|11###", "Harju maakond", [], []), ("Tartu", None, "7", "5####", "Tartu maakond", [], [])],
   streets=[("Narva mnt",), ("Pärnu mnt",), ("Sepapaja tn",), ("Harju tn",), ("Tartu mnt",), ("Lõõtsa",), ("Veerenni",)],
   cult=[("ee", 45), ("ru", 30), ("en", 10), ("in", 5), ("ua", 10)]),
 "CY": dict(w=0.5, name="Cyprus", alt=["Republic of Cyprus", "Κύπρος"], cc="357", trunk="", mob=[("99", 8), ("96", 8), ("97", 8)],
   mgrp=(2, 6), lgrp=(2, 6), fmt="gb", tld=["com.cy", "com", "io"], reg="cy",
   cities=[("Limassol", None, "25", "3###", "", [], ["Lemesos"]), ("Nicosia", None, "22", "1###", "", [], ["Lefkosia"]),
           ("Larnaca", None, "24", "6###", "", [], ["Larnaka"])],
   streets=[("Makariou III Avenue",), ("Spyrou Kyprianou Avenue",), ("Agiou Andreou Street",), ("Gladstonos Street",),
            ("Anexartisias Street",), ("Omonias Avenue",)],
   cult=[("gr", 45), ("ru", 35), ("ua", 8), ("en", 6), ("he", 3), ("ar", 3)]),
 "RU": dict(w=2, name="Russia", alt=["Russian Federation", "Россия", "Rossiya"], cc="7", trunk="8",
   mob=[("9", 10)], mgrp=(3, 3, 2, 2), lgrp=(3, 3, 2, 2), fmt="ru", tld=["ru", "com", "рф"], reg="ru",
   cities=[("Moscow", "Москва", "495", "1#####", "", [], ["Moskva"]), ("Saint Petersburg", "Санкт-Петербург", "812", "19####", "", [],
            ["St. Petersburg", "Sankt-Peterburg", "St Petersburg"]), ("Novosibirsk", "Новосибирск", "383", "630###", "", [], []),
           ("Kazan", "Казань", "843", "420###", "", [], [])],
   streets=[("Тверская", "ул"), ("Ленинградский", "пр"), ("Пресненская", "наб"), ("Невский", "пр"), ("Садовая", "ул"),
            ("Ленина", "ул"), ("Мира", "пр"), ("Профсоюзная", "ул"), ("Кутузовский", "пр"), ("Большая Ордынка", "ул"),
            ("Варшавское", "ш"), ("Льва Толстого", "ул")],
   cult=[("ru", 92), ("kk", 2), ("hy", 3), ("ua", 3)]),
 "KZ": dict(w=0.5, name="Kazakhstan", alt=["Qazaqstan", "Казахстан"], cc="7", trunk="8", mob=[("70", 10), ("77", 10)],
   mgrp=(3, 3, 2, 2), lgrp=(3, 3, 2, 2), fmt="ru", tld=["kz", "com"], reg="kz",
   cities=[("Almaty", "Алматы", "727", "050###", "", [], ["Alma-Ata"]), ("Astana", "Астана", "7172", "010###", "", [], ["Nur-Sultan"])],
   streets=[("Абая", "пр"), ("Толе би", "ул"), ("Аль-Фараби", "пр"), ("Кабанбай батыра", "ул"), ("Достык", "пр"), ("Сатпаева", "ул")],
   cult=[("kk", 60), ("ru", 35), ("cn", 5)]),
 "AM": dict(w=0.4, name="Armenia", alt=["Hayastan", "Republic of Armenia"], cc="374", trunk="0", mob=[("9", 8), ("77", 8)],
   mgrp=(2, 3, 3), lgrp=(2, 3, 3), fmt="gb", tld=["am", "com"], reg="am",
   cities=[("Yerevan", None, "10", "00##", "", [], ["Erevan"])],
   streets=[("Tigran Mets Avenue",), ("Abovyan Street",), ("Mashtots Avenue",), ("Arshakunyats Avenue",),
            ("Northern Avenue",), ("Vazgen Sargsyan Street",)],
   cult=[("hy", 80), ("ru", 20)]),
 "TR": dict(w=1.5, name="Turkey", alt=["Türkiye", "Turkiye", "Republic of Türkiye"], cc="90", trunk="0", mob=[("5", 10)],
   mgrp=(3, 3, 2, 2), lgrp=(3, 3, 2, 2), fmt="tr", tld=["com.tr", "com"], reg="tr",
   cities=[("İstanbul", None, "212", "343##", "", [("Şişli", None), ("Beşiktaş", None), ("Ataşehir", None), ("Sarıyer", None)], ["Istanbul"]),
           ("Ankara", None, "312", "06###", "", [("Çankaya", None)], [])],
   streets=[("Büyükdere Caddesi",), ("Barbaros Bulvarı",), ("İstiklal Caddesi",), ("Atatürk Bulvarı",), ("Ahi Evran Caddesi",),
            ("Levent Sokak",)],
   cult=[("tr", 90), ("ar", 5), ("ru", 5)]),
 "AE": dict(w=2.5, name="United Arab Emirates", alt=["UAE", "U.A.E.", "Emirates"], cc="971", trunk="0",
   mob=[("50", 9), ("52", 9), ("55", 9), ("56", 9)], mgrp=(2, 3, 4), lgrp=(1, 3, 4), fmt="ae", tld=["ae", "com", "ai", "io"], reg="ae",
   cities=[("Dubai", None, "4", "", "", [("Business Bay", None), ("DIFC", None), ("Dubai Silicon Oasis", None),
            ("Jumeirah Lake Towers", None), ("Dubai Marina", None), ("Al Barsha", None)], []),
           ("Abu Dhabi", None, "2", "", "", [("Al Maryah Island", None), ("Khalifa City", None)], [])],
   streets=[("Sheikh Zayed Road",), ("Al Khail Road",), ("Al Wasl Road",), ("Hessa Street",), ("Al Sufouh Road",), ("Baniyas Road",)],
   cult=[("ar", 35), ("in", 25), ("ru", 12), ("en", 8), ("cn", 6), ("fa", 8), ("tr", 3), ("ua", 3)]),
 "IL": dict(w=1.5, name="Israel", alt=["State of Israel"], cc="972", trunk="0", mob=[("5", 9)], mgrp=(2, 3, 4), lgrp=(1, 3, 4),
   fmt="gb", tld=["co.il", "com", "ai", "io"], reg="il",
   cities=[("Tel Aviv", None, "3", "6######", "", [], ["Tel Aviv-Yafo", "Tel-Aviv"]), ("Haifa", None, "4", "3######", "", [], []),
           ("Herzliya", None, "9", "46#####", "", [], ["Herzliyya"])],
   streets=[("Rothschild Boulevard",), ("Menachem Begin Road",), ("HaArba'a Street",), ("Yigal Alon Street",),
            ("Abba Eban Boulevard",), ("HaMasger Street",)],
   cult=[("he", 85), ("ru", 10), ("ar", 5)]),
 "IN": dict(w=6, name="India", alt=["Bharat", "Republic of India"], cc="91", trunk="0",
   mob=[("9", 10), ("8", 10), ("7", 10), ("6", 10)], mgrp=(5, 5), lgrp=(2, 4, 4), fmt="in", tld=["in", "co.in", "com", "ai", "io"], reg="in",
   cities=[("Bengaluru", None, "80", "560###", "Karnataka", [], ["Bangalore"]), ("Mumbai", None, "22", "400###", "Maharashtra", [], ["Bombay"]),
           ("New Delhi", None, "11", "110###", "Delhi", [], ["Delhi"]), ("Hyderabad", None, "40", "500###", "Telangana", [], []),
           ("Pune", None, "20", "411###", "Maharashtra", [], []), ("Gurugram", None, "124", "1220##", "Haryana", [], ["Gurgaon"])],
   streets=[("MG Road",), ("Outer Ring Road",), ("100 Feet Road",), ("Linking Road",), ("Bandra Kurla Complex",),
            ("Sector 62",), ("HITEC City Main Road",), ("Whitefield Main Road",), ("Koramangala 5th Block",), ("Cyber City",)],
   cult=[("in", 96), ("en", 2), ("ar", 2)]),
 "SG": dict(w=3, name="Singapore", alt=["Republic of Singapore", "SG"], cc="65", trunk="", mob=[("8", 8), ("9", 8)],
   mgrp=(4, 4), lgrp=(4, 4), fmt="sg", tld=["com.sg", "sg", "com", "ai", "io"], reg="sg",
   cities=[("Singapore", None, "6", "0#####|1#####|3#####|4#####", "", [], [])],
   streets=[("Anson Road",), ("Robinson Road",), ("Raffles Place",), ("Cecil Street",), ("Shenton Way",), ("Tras Street",),
            ("North Bridge Road",), ("Ubi Avenue 1",), ("Kallang Avenue",), ("Science Park Road",), ("Fusionopolis Way",)],
   cult=[("sg", 55), ("cn", 15), ("in", 10), ("ms", 8), ("en", 8), ("kr", 2), ("jp", 2)]),
 "MY": dict(w=1, name="Malaysia", alt=["MY"], cc="60", trunk="0", mob=[("12", 9), ("16", 9), ("11", 10)], mgrp=(2, 3, 4),
   lgrp=(1, 4, 4), fmt="my", tld=["com.my", "my", "com"], reg="my",
   cities=[("Kuala Lumpur", None, "3", "50###", "Wilayah Persekutuan", [], ["KL"]), ("Petaling Jaya", None, "3", "46###", "Selangor", [], ["PJ"]),
           ("Cyberjaya", None, "3", "63000", "Selangor", [], [])],
   streets=[("Jalan Ampang",), ("Jalan Sultan Ismail",), ("Jalan Tun Razak",), ("Persiaran Multimedia",),
            ("Jalan Stesen Sentral",), ("Jalan PJU 7/3",)],
   cult=[("ms", 50), ("sg", 30), ("in", 12), ("cn", 8)]),
 "VN": dict(w=1, name="Vietnam", alt=["Viet Nam", "Việt Nam"], cc="84", trunk="0", mob=[("9", 9), ("3", 9), ("8", 9)],
   mgrp=(3, 3, 3), lgrp=(2, 4, 4), fmt="vn", tld=["vn", "com.vn", "com"], reg="vn",
   cities=[("Hà Nội", None, "24", "100000", "", [("Cầu Giấy", None), ("Đống Đa", None), ("Hoàn Kiếm", None)], ["Hanoi", "Ha Noi"]),
           ("Thành phố Hồ Chí Minh", None, "28", "700000", "", [("Quận 1", None), ("Quận 3", None), ("Bình Thạnh", None)],
            ["Ho Chi Minh City", "HCMC", "TP. HCM", "Saigon"])],
   streets=[("Đường Láng",), ("Nguyễn Huệ",), ("Lê Lợi",), ("Trần Duy Hưng",), ("Điện Biên Phủ",), ("Duy Tân",), ("Hai Bà Trưng",)],
   cult=[("vn", 95), ("cn", 3), ("kr", 2)]),
 "HK": dict(w=4, name="Hong Kong", alt=["Hong Kong SAR", "HKSAR", "Hong Kong, China", "香港"], cc="852", trunk="",
   mob=[("5", 8), ("6", 8), ("9", 8)], mgrp=(4, 4), lgrp=(4, 4), fmt="hk", tld=["com.hk", "hk", "com"], reg="hk",
   cities=[("Hong Kong", "香港", "", "", "", [("Central", "中環"), ("Sheung Wan", "上環"), ("Wan Chai", "灣仔"), ("Admiralty", "金鐘"),
            ("Causeway Bay", "銅鑼灣")], []),
           ("Kowloon", "九龍", "", "", "", [("Tsim Sha Tsui", "尖沙咀"), ("Kwun Tong", "觀塘"), ("Mong Kok", "旺角"),
            ("Kowloon Bay", "九龍灣")], []),
           ("New Territories", "新界", "", "", "", [("Sha Tin", "沙田"), ("Tsuen Wan", "荃灣")], ["N.T."])],
   streets=[("Queen's Road Central", "皇后大道中"), ("Nathan Road", "彌敦道"), ("Hennessy Road", "軒尼詩道"),
            ("Lockhart Road", "駱克道"), ("Des Voeux Road Central", "德輔道中"), ("Connaught Road Central", "干諾道中"),
            ("Canton Road", "廣東道"), ("Wing Lok Street", "永樂街"), ("How Ming Street", "巧明街"), ("Hoi Bun Road", "海濱道"),
            ("Science Park Road", "科技大道")],
   cult=[("hk", 55), ("cn", 35), ("en", 6), ("in", 2), ("sg", 2)]),
 "CN": dict(w=8, name="China", alt=["PRC", "People's Republic of China", "中国", "P.R. China", "Mainland China"], cc="86", trunk="0",
   mob=[("13", 11), ("15", 11), ("18", 11), ("17", 11), ("19", 11)], mgrp=(3, 4, 4), lgrp=(3, 8), fmt="cn",
   tld=["com.cn", "cn", "com", "net"], reg="cn",
   cities=[("Beijing", "北京市", "10", "1000##", "", [("Haidian District", "海淀区"), ("Chaoyang District", "朝阳区")], ["Peking"]),
           ("Shanghai", "上海市", "21", "2000##|2012##", "", [("Pudong New Area", "浦东新区"), ("Xuhui District", "徐汇区")], []),
           ("Shenzhen", "深圳市", "755", "5180##", "", [("Nanshan District", "南山区"), ("Futian District", "福田区"),
            ("Qianhai", "前海深港合作区")], []),
           ("Hangzhou", "杭州市", "571", "3100##", "", [("Xihu District", "西湖区"), ("Binjiang District", "滨江区")], []),
           ("Guangzhou", "广州市", "20", "5100##", "", [("Tianhe District", "天河区")], ["Canton"]),
           ("Chengdu", "成都市", "28", "6100##", "", [("Wuhou District", "武侯区"), ("Gaoxin District", "高新区")], []),
           ("Hefei", "合肥市", "551", "2300##", "", [("Shushan District", "蜀山区")], [])],
   streets=[("Zhongguancun|St", "中关村"), ("Jianguo|Rd", "建国"), ("Keji|Rd", "科技"), ("Shennan|Ave", "深南"),
            ("Nanjing|Rd", "南京"), ("Zhangjiang|Rd", "张江"), ("Wensan|Rd", "文三"), ("Tianfu|Ave", "天府"),
            ("Xueyuan|Rd", "学院"), ("Huaihai|Rd", "淮海"), ("Binhai|Ave", "滨海"), ("Gaoxin|Rd", "高新"),
            ("Renmin|Rd", "人民"), ("Jiefang|Rd", "解放"), ("Qianwan 1st|Rd", "前湾一")],
   cult=[("cn", 97), ("en", 1), ("hk", 2)]),
 "TW": dict(w=1.5, name="Taiwan", alt=["Taiwan, Province of China", "Republic of China", "臺灣", "Chinese Taipei"], cc="886",
   trunk="0", mob=[("9", 9)], mgrp=(3, 3, 3), lgrp=(1, 4, 4), fmt="tw", tld=["com.tw", "tw", "com"], reg="tw",
   cities=[("Taipei City", "臺北市", "2", "110##|114##", "", [("Xinyi Dist.", "信義區"), ("Da'an Dist.", "大安區"), ("Neihu Dist.", "內湖區")],
            ["Taipei"]), ("Hsinchu City", "新竹市", "3", "300##", "", [("East Dist.", "東區")], ["Hsinchu"])],
   streets=[("Xinyi Rd.|Sec. 5", "信義路五段"), ("Ruiguang Rd.", "瑞光路"), ("Dunhua S. Rd.|Sec. 1", "敦化南路一段"),
            ("Zhongxiao E. Rd.|Sec. 4", "忠孝東路四段"), ("Nanjing E. Rd.|Sec. 3", "南京東路三段"), ("Guangfu Rd.|Sec. 2", "光復路二段")],
   cult=[("tw", 95), ("en", 3), ("jp", 2)]),
 "JP": dict(w=3, name="Japan", alt=["Nippon", "日本"], cc="81", trunk="0", mob=[("90", 10), ("80", 10), ("70", 10)],
   mgrp=(2, 4, 4), lgrp=(1, 4, 4), fmt="jp", tld=["co.jp", "jp", "com", "ai"], reg="jp",
   cities=[("Tokyo", "東京都", "3", "1##-####", "", [("Minato-ku", "港区"), ("Shibuya-ku", "渋谷区"), ("Chiyoda-ku", "千代田区")], []),
           ("Osaka", "大阪府大阪市", "6", "53#-####", "", [("Kita-ku", "北区")], []),
           ("Fukuoka", "福岡県福岡市", "92", "81#-####", "", [("Chuo-ku", "中央区")], [])],
   streets=[("Roppongi", "六本木"), ("Akasaka", "赤坂"), ("Shiba", "芝"), ("Dogenzaka", "道玄坂"), ("Marunouchi", "丸の内"),
            ("Otemachi", "大手町"), ("Umeda", "梅田"), ("Tenjin", "天神"), ("Shibuya", "渋谷")],
   cult=[("jp", 95), ("cn", 2), ("kr", 1), ("en", 2)]),
 "KR": dict(w=3, name="South Korea", alt=["Korea, Republic of", "Republic of Korea", "Korea", "대한민국"], cc="82", trunk="0",
   mob=[("10", 10)], mgrp=(2, 4, 4), lgrp=(1, 4, 4), fmt="kr", tld=["co.kr", "kr", "com", "ai", "io"], reg="kr",
   cities=[("Seoul", "서울특별시", "2", "06###|04###", "", [("Gangnam-gu", "강남구"), ("Seocho-gu", "서초구"), ("Jung-gu", "중구"),
            ("Mapo-gu", "마포구")], []),
           ("Seongnam", "경기도 성남시", "31", "13###", "Gyeonggi-do", [("Bundang-gu", "분당구")], []),
           ("Busan", "부산광역시", "51", "48###", "", [("Haeundae-gu", "해운대구")], [])],
   streets=[("Teheran-ro", "테헤란로"), ("Gangnam-daero", "강남대로"), ("Seocho-daero", "서초대로"), ("Sejong-daero", "세종대로"),
            ("Pangyo-ro", "판교로"), ("World Cup buk-ro", "월드컵북로"), ("Eulji-ro", "을지로"), ("Centum jungang-ro", "센텀중앙로")],
   cult=[("kr", 97), ("en", 2), ("cn", 1)]),
 "AU": dict(w=2, name="Australia", alt=["Commonwealth of Australia", "AUS"], cc="61", trunk="0", mob=[("4", 9)],
   mgrp=(3, 3, 3), lgrp=(1, 4, 4), fmt="au", tld=["com.au", "com", "ai", "io"], reg="au",
   cities=[("Sydney", None, "2", "2000|20##", "NSW", [], []), ("Melbourne", None, "3", "3000|30##", "VIC", [], []),
           ("Brisbane", None, "7", "4000|40##", "QLD", [], [])],
   streets=[("George Street",), ("Pitt Street",), ("Collins Street",), ("Bourke Street",), ("Queen Street",),
            ("Elizabeth Street",), ("Kent Street",), ("Farrer Place",)],
   cult=[("en", 72), ("cn", 10), ("in", 7), ("vn", 4), ("gr", 3), ("ar", 2), ("kr", 2)]),
 "VG": dict(w=0.3, name="British Virgin Islands", alt=["BVI", "Virgin Islands, British", "B.V.I."], cc="1", trunk="",
   mob=[("284", 10)], mgrp=(3, 3, 4), lgrp=(3, 3, 4), fmt="gb", tld=["com", "vg"], reg="vg",
   cities=[("Road Town", None, "284", "VG1110", "Tortola", [], [])],
   streets=[("Wickhams Cay I",), ("Main Street",), ("Waterfront Drive",), ("De Castro Street",)],
   cult=[("cn", 40), ("ru", 20), ("en", 20), ("hk", 20)]),
 "SC": dict(w=0.2, name="Seychelles", alt=["Republic of Seychelles"], cc="248", trunk="", mob=[("2", 7)], mgrp=(1, 3, 3),
   lgrp=(1, 3, 3), fmt="gb", tld=["com", "sc"], reg="sc",
   cities=[("Victoria", None, "4", "", "Mahé", [], ["Victoria, Mahe"])],
   streets=[("Francis Rachel Street",), ("Providence Industrial Estate",), ("Eden Island",), ("Independence Avenue",)],
   cult=[("ru", 35), ("cn", 35), ("en", 15), ("ua", 15)]),
}
COUNTRY_PICK = Picker([(k, v["w"]) for k, v in COUNTRIES.items()])


# --------------------------------------------------------------------------
# Person names.  Pools are ordered by frequency (Zipf weights), so common
# names (Wang Wei, Mohammed Ali, Nguyen Van Anh ...) recur among strangers.
# Entry syntax: "Latin/AltLatin/...=native", '_' stands for a space.
# Russian / Ukrainian / Kazakh pools are Cyrillic; Latin is transliterated
# at render time with one of several systems.
# --------------------------------------------------------------------------

NAME_POOLS = {
 "en": ("Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Lee Clark Walker Hall "
        "Allen Young King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Murphy Kelly O'Brien Evans",
        "James John Robert Michael David William Richard Joseph Thomas Daniel Christopher Mary Jennifer Linda Sarah Emily "
        "Jessica Ashley Laura Anna Emma Oliver Jack Harry George Sophie Andrew Mark Paul Kevin Brian Jason Matthew Ryan Rachel"),
 "de": ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein Wolf "
        "Schröder Neumann Schwarz Zimmermann Krüger Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Köhler",
        "Thomas Michael Andreas Stefan Christian Jürgen Markus Frank Peter Sebastian Jan Lukas Tobias Felix Maximilian "
        "Julia Anna Katrin Sabine Claudia Laura Lena Sophie Hannah Jörg Björn Uwe"),
 "fr": ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David "
        "Bertrand Roux Vincent Fournier Girard Bonnet Dupont Lambert Fontaine",
        "Jean Pierre Michel Philippe Nicolas François Julien Thomas Antoine Mathieu Marie Nathalie Isabelle Sophie Camille "
        "Léa Chloé Céline Hélène Jérôme Stéphane Sébastien Frédéric Jean-Luc Marie-Claire"),
 "nl": ("de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Janssen Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos "
        "Peters Hendriks van_Leeuwen Dekker Brouwer",
        "Jan Pieter Kees Johannes Sander Bas Thijs Daan Ruben Lars Sanne Lotte Anouk Eva Femke Ingrid Marieke Joost Maarten Wouter"),
 "se": ("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson "
        "Lindberg Lindström Lindqvist Åberg Söderberg",
        "Erik Lars Karl Anders Johan Per Nils Mikael Björn Oskar Anna Eva Maria Karin Sara Emma Ingrid Åsa Linnéa Maja"),
 "pl": ("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski "
        "Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski",
        "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz Wojciech Anna Katarzyna Małgorzata "
        "Agnieszka Magdalena Joanna Zofia"),
 "es": ("García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Reyes "
        "Morales Cruz Ortiz Gutiérrez Chávez",
        "José Juan Luis Carlos Jorge Miguel Alejandro Javier Diego Fernando María Ana Carmen Laura Sofía Lucía Isabel "
        "Gabriela Andrea Valentina"),
 "pt": ("Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida "
        "Lopes Soares Fernandes Vieira Barbosa",
        "João José Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Gabriel Rafael Maria Ana Juliana Márcia Fernanda "
        "Patrícia Aline"),
 "tr": ("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç "
        "Kurt Özkan Şimşek",
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem "
        "Can Serkan"),
 "ee": ("Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk Oja Raudsepp Karu",
        "Martin Rasmus Andres Jaan Mart Margus Priit Tõnu Kadri Kristiina Liis Triin Maarja Piret Mari Kersti"),
 "he": ("Cohen/Kohen/Coen=כהן Levi/Levy=לוי Mizrahi/Mizrachi=מזרחי Peretz/Perez=פרץ Biton=ביטון Dahan=דהן "
        "Avraham/Abraham=אברהם Friedman/Fridman=פרידמן Azoulay/Azulai=אזולאי Malka=מלכה Katz/Kats=כץ Shapiro/Schapiro=שפירו "
        "Goldberg=גולדברג Ben-David/Ben_David=בן-דוד Klein=קליין Rosenberg=רוזנברג",
        "David=דוד Yosef/Joseph/Yossi=יוסף Moshe=משה Daniel=דניאל Avi=אבי Yonatan/Jonathan=יונתן Noam=נועם Itai/Itay=איתי "
        "Eitan/Etan=איתן Ori=אורי Sarah/Sara=שרה Noa=נועה Tamar=תמר Maya=מאיה Yael=יעל Michal=מיכל Shira=שירה"),
 "ar": ("Al-Mansouri/Al_Mansouri/Almansouri=المنصوري Al-Hashimi/Al_Hashemi/Alhashimi=الهاشمي Haddad/Hadad=حداد "
        "Khalil/Khaleel=خليل Hassan/Hasan=حسن Ibrahim/Ebrahim=إبراهيم Abdullah/Abdallah/Abdulla=عبدالله "
        "Al-Farsi/Al_Farsi/Alfarsi=الفارسي Nasser/Naser/Nasir=ناصر Saleh/Salih=صالح Al-Shamsi/Al_Shamsi/Alshamsi=الشامسي "
        "Mahmoud/Mahmud/Mahmood=محمود Youssef/Yousef/Yusuf=يوسف Aziz=عزيز Al-Amin/Al_Amin/Elamin=الأمين "
        "Kassem/Qasim/Kasem=قاسم Ali=علي",
        "Mohammed/Muhammad/Mohamed/Mohammad/Muhammed=محمد Ahmed/Ahmad=أحمد Ali=علي Omar/Umar=عمر Khaled/Khalid=خالد "
        "Hassan/Hasan=حسن Youssef/Yousef/Yusuf=يوسف Abdullah/Abdallah=عبدالله Ibrahim/Ebrahim=إبراهيم Tariq/Tarek/Tareq=طارق "
        "Karim/Kareem=كريم Faisal/Faysal=فيصل Fatima/Fatma=فاطمة Aisha/Aysha=عائشة Mariam/Maryam=مريم Layla/Leila/Laila=ليلى "
        "Noor/Nour/Nur=نور Sara/Sarah=سارة"),
 "fa": ("Hosseini/Hosseyni/Husseini=حسینی Mohammadi/Mohamadi=محمدی Ahmadi=احمدی Rezaei/Rezaee/Rezai=رضایی Moradi=مرادی "
        "Karimi=کریمی Jafari/Jaafari=جعفری Rahimi=رحیمی Hashemi=هاشمی Ghasemi/Qasemi=قاسمی Tehrani=تهرانی Sadeghi/Sadeqi=صادقی",
        "Ali=علی Mohammad/Mohammed/Muhammad=محمد Reza=رضا Hossein/Hussein/Hosein=حسین Mehdi/Mahdi=مهدی Amir=امیر "
        "Saeed/Said/Saeid=سعید Hamid=حمید Maryam=مریم Fatemeh/Fatima=فاطمه Zahra=زهرا Narges=نرگس Parisa=پریسا"),
 "hy": ("Petrosyan/Petrosian/Petrossian=Պետրոսյան Harutyunyan/Harutiunian/Arutyunyan=Հարությունյան "
        "Grigoryan/Grigorian=Գրիգորյան Sargsyan/Sarkisian/Sargsian=Սարգսյան Hovhannisyan/Oganesyan/Hovannisian=Հովհաննիսյան "
        "Khachatryan/Khachatrian=Խաչատրյան Karapetyan/Karapetian=Կարապետյան Gevorgyan/Gevorgian=Գևորգյան "
        "Avetisyan/Avetisian=Ավետիսյան Hakobyan/Akopyan/Hakobian=Հակոբյան",
        "Aram=Արամ Armen=Արմեն Tigran=Տիգրան Davit/David=Դավիթ Narek=Նարեկ Hayk/Haik=Հայկ Gor=Գոռ Arman=Արման "
        "Anahit=Անահիտ Ani=Անի Lilit=Լիլիթ Mariam=Մարիամ"),
 "gr": ("Papadopoulos/Papadopulos=Παπαδόπουλος Georgiou/Yiorgiou=Γεωργίου Christodoulou/Christodoulos=Χριστοδούλου "
        "Ioannou/Ioannides=Ιωάννου Constantinou/Konstantinou=Κωνσταντίνου Nicolaou/Nikolaou=Νικολάου "
        "Charalambous/Haralambous=Χαραλάμπους Demetriou/Dimitriou=Δημητρίου Antoniou=Αντωνίου Michael/Michail=Μιχαήλ",
        "Andreas=Ανδρέας Georgios/George/Giorgos=Γεώργιος Nikos/Nikolaos/Nicholas=Νίκος Christos=Χρήστος "
        "Konstantinos/Costas/Kostas=Κωνσταντίνος Maria=Μαρία Eleni/Helen=Ελένη Katerina/Aikaterini=Κατερίνα Sofia=Σοφία "
        "Panayiotis/Panagiotis=Παναγιώτης"),
 "in": ("Sharma Kumar Singh Patel Gupta Verma Shah Reddy Rao Nair Iyer Menon Agarwal/Aggarwal/Agrawal Joshi Mehta Chopra "
        "Malhotra Banerjee/Banerji Chatterjee/Chaterjee Mukherjee Das Pillai Naidu Jain Bhat/Bhatt Kapoor Khan Desai",
        "Rahul Amit Rajesh Suresh Ramesh Vikram Arjun Aditya Rohan Sanjay Anil Vijay Deepak Manoj Ravi Sunil Arun "
        "Karthik/Kartik Priya Pooja Anjali Neha Sneha Divya Kavya Lakshmi/Laxmi Sunita Mohammed/Mohd./Mohammad"),
 "ms": ("Abdullah Ismail Ibrahim Hassan Othman Rahman/Abdul_Rahman Ahmad Yusof/Yusoff Aziz/Abdul_Aziz Razak/Abdul_Razak Hamid Salleh",
        "Muhammad_Hafiz/Mohd_Hafiz Ahmad_Faizal Nur_Aisyah/Nurul_Aisyah Siti_Nurhaliza Mohd_Azlan/Mohamad_Azlan Nurul_Huda "
        "Amirul Farah Syafiq Haziq Muhammad_Firdaus/Mohd_Firdaus"),
 "vn": ("Nguyễn Trần Lê Phạm Hoàng/Huỳnh Phan Vũ/Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý",
        "Anh Hùng Dũng Tuấn Hải Long Nam Hương Lan Linh Mai Trang Thảo Hà Phương Minh Quân Khoa Tâm Trung"),
 # Cyrillic pools (transliterated when rendered)
 "ru": ("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев "
        "Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов",
        "Александр Сергей Дмитрий Андрей Алексей Максим Евгений Иван Михаил Николай Владимир Артём Игорь Олег Юрий Елена "
        "Ольга Наталья Татьяна Ирина Анна Мария Екатерина Светлана Юлия"),
 "ua": ("Шевченко Бондаренко Коваленко Ткаченко Кравченко Олійник Мельник Коваль Бойко Мороз Петренко Савченко",
        "Олександр Андрій Дмитро Сергій Віталій Олег Юлія Олена Оксана Ірина Наталія Тетяна"),
 "kk": ("Ахметов Жумабаев Сулейменов Искаков Касымов Нурпеисов Абенов Омаров Байжанов Тулегенов Мухамеджанов Сагинтаев",
        "Нурлан Ерлан Асхат Серик Данияр Арман Бауыржан Айгерим Динара Гульнара Асель Жанар"),
 # East Asian pools: "Latin=native|traditional"
 "cn": ("Wang=王 Li=李 Zhang=张|張 Liu=刘|劉 Chen=陈|陳 Yang=杨|楊 Huang=黄|黃 Zhao=赵|趙 Wu=吴|吳 Zhou=周 Xu=徐 "
        "Sun=孙|孫 Ma=马|馬 Zhu=朱 Hu=胡 Guo=郭 He=何 Lin=林 Luo=罗|羅 Gao=高 Liang=梁 Zheng=郑|鄭 Xie=谢|謝 Song=宋 "
        "Tang=唐 Deng=邓|鄧 Feng=冯|馮 Zeng=曾 Ye=叶|葉",
        "Wei=伟|偉 Fang=芳 Na=娜 Min=敏 Jing=静|靜 Li=丽|麗 Qiang=强|強 Lei=磊 Jun=军|軍 Yang=洋 Yong=勇 Yan=艳|豔 Jie=杰|傑 "
        "Tao=涛|濤 Ming=明 Chao=超 Xiu_Ying=秀英 Xiao_Ming=晓明|曉明 Jian_Hua=建华|建華 Hai_Yan=海燕 Zhi_Qiang=志强|志強 "
        "Jian_Guo=建国|建國 Hong=红|紅 Ping=平 Gang=刚|剛 Hui=辉|輝 Xin=鑫 Yu=宇 Hao=浩 Bo=博 Zi_Han=子涵 Yu_Xuan=雨轩|雨軒 "
        "Hao_Ran=浩然 Yi_Chen=逸辰 Zhi_Wei=志伟|志偉 Wen_Jie=文杰|文傑 Guo_Hua=国华|國華"),
 "hk": ("Chan=陳 Wong=黃 Lee=李 Cheung=張 Lau=劉 Ho=何 Ng=吳 Leung=梁 Lam=林 Tang=鄧 Yip=葉 Tsang=曾 Chow=周 Kwok=郭 Lo=羅",
        "Ka_Ming=家明 Wai_Man=偉文 Chi_Keung=志強 Siu_Ming=小明 Kwok_Wai=國偉 Mei_Ling=美玲 Wing_Yan=詠欣 Ho_Yin=浩然 "
        "Tsz_Hin=梓軒 Hoi_Ching=凱晴 Tai_Man=大文 Chun_Kit=俊傑 Ka_Yan=嘉欣 Sze_Wai=思慧"),
 "tw": ("Chen=陳 Lin=林 Huang=黃 Chang=張 Lee/Li=李 Wang=王 Wu=吳 Liu=劉 Tsai/Cai=蔡 Yang=楊 Hsu/Xu=許 Cheng/Zheng=鄭",
        "Chih-Ming/Zhiming=志明 Mei-Ling/Meiling=美玲 Chia-Hao/Jiahao=家豪 Yu-Ting/Yuting=雨婷 Chun-Chieh/Junjie=俊傑 "
        "Shu-Fen/Shufen=淑芬 Ya-Ting/Yating=雅婷 Chien-Hung/Jianhong=建宏 Cheng-Han/Chenghan=承翰 Hsin-Yi/Xinyi=欣怡"),
 "sg": ("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia",
        "Wei_Ming Jun_Jie Hui_Min Kok_Wai Siew_Ling Boon_Heng Mei_Ling Chee_Keong Li_Hua Xin_Yi Kai_Wen Jia_Hui"),
 "jp": ("Satō/Sato/Satou=佐藤 Suzuki=鈴木 Takahashi=高橋 Tanaka=田中 Itō/Ito/Itoh=伊藤 Watanabe=渡辺|渡邊 Yamamoto=山本 "
        "Nakamura=中村 Kobayashi=小林 Katō/Kato/Katoh=加藤 Yoshida=吉田 Yamada=山田 Sasaki=佐々木 Yamaguchi=山口 "
        "Matsumoto=松本 Inoue=井上 Kimura=木村 Hayashi=林 Shimizu=清水 Ōno/Ono/Ohno=大野",
        "Hiroshi=博 Takashi=隆 Kenji=健二 Yūki/Yuki/Yuuki=悠希 Daisuke=大輔 Shōta/Shota=翔太 Ryō/Ryo/Ryou=亮 Kazuki=一輝 "
        "Takumi=拓海 Haruto=陽翔 Yōko/Yoko=洋子 Yui=結衣 Akiko=明子 Misaki=美咲 Naoko=直子 Keiko=恵子 Tarō/Taro/Tarou=太郎 "
        "Kōji/Koji/Kouji=浩二"),
 "kr": ("Kim/Gim=김 Lee/Yi/Rhee=이 Park/Pak/Bak=박 Choi/Choe=최 Jung/Jeong/Chung=정 Kang/Gang=강 Cho/Jo=조 Yoon/Yun=윤 "
        "Jang/Chang=장 Lim/Im=임 Han=한 Shin/Sin=신 Oh=오 Seo/Suh=서 Kwon/Gwon=권 Hwang=황",
        "Min-jun/Minjun/Min_Jun=민준 Seo-yeon/Seoyeon/Seo_Yeon=서연 Ji-hoon/Jihoon/Ji_Hun=지훈 Ji-woo/Jiwoo=지우 "
        "Hyun-woo/Hyunwoo/Hyeon-u=현우 Soo-jin/Sujin/Su-jin=수진 Young-ho/Youngho/Yeong-ho=영호 Sung-min/Seongmin=성민 "
        "Eun-ji/Eunji=은지 Dong-hyun/Donghyun=동현 Jae-won/Jaewon=재원 Hye-jin/Hyejin=혜진 Sang-woo/Sangwoo=상우 "
        "Ji-young/Jiyoung/Ji-yeong=지영"),
}

FEMALE_HINT = set("Mary Jennifer Linda Sarah Emily Jessica Ashley Laura Anna Emma Sophie Rachel Julia Katrin Sabine Claudia "
                  "Lena Hannah Marie Nathalie Isabelle Camille Léa Chloé Céline Hélène Marie-Claire Sanne Lotte Anouk Eva "
                  "Femke Ingrid Marieke Maria Karin Sara Åsa Linnéa Maja Katarzyna Małgorzata Agnieszka Magdalena Joanna "
                  "Zofia María Ana Carmen Sofía Lucía Isabel Gabriela Andrea Valentina Juliana Márcia Fernanda Patrícia Aline "
                  "Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Kadri Kristiina Liis Triin Maarja Piret Mari Kersti "
                  "Priya Pooja Anjali Neha Sneha Divya Kavya Lakshmi Sunita".split())


def _parse_entry(tok):
    """'A/B=native|trad' -> (('A','B'), native, trad)."""
    nat = trad = None
    if "=" in tok:
        tok, nat = tok.split("=", 1)
        if "|" in nat:
            nat, trad = nat.split("|", 1)
    lat = tuple(v.replace("_", " ") for v in tok.split("/"))
    return (lat, nat, trad or nat)


def _parse_cyr(tok):
    return ((None,), tok.replace("_", " "), tok.replace("_", " "))


CYRILLIC_CULTURES = ("ru", "ua", "kk")
# Zipf exponents (family, given): surname concentration is extreme in Korea,
# Vietnam and China, mild in Europe and the Americas.
NAME_SKEW = {"cn": (1.0, 0.7), "hk": (0.9, 0.5), "tw": (0.9, 0.5), "sg": (0.9, 0.5), "kr": (1.3, 0.6), "vn": (1.4, 0.6),
             "in": (0.8, 0.6), "ar": (0.6, 0.9), "fa": (0.7, 0.8), "ms": (0.7, 0.7)}
POOLS = {}
for _cu, (_fam, _giv) in NAME_POOLS.items():
    parse = _parse_cyr if _cu in CYRILLIC_CULTURES else _parse_entry
    _f = [parse(t) for t in _fam.split()]
    _g = [parse(t) for t in _giv.split()]
    _sf, _sg = NAME_SKEW.get(_cu, (0.6, 0.5))
    POOLS[_cu] = (_f, zipf_picker(_f, _sf, 1.5), _g, zipf_picker(_g, _sg, 1.5))

VN_MIDDLE = Picker([("Văn", 30), ("Thị", 30), ("Đức", 8), ("Minh", 8), ("Hữu", 6), ("Thanh", 6), ("Quang", 5), ("Ngọc", 5)])
ENGLISH_NICK = "Tony Eric Kelvin Ivy Winnie Alan Peter Vincent Jacky Candy Jason Daniel Alvin Michelle Rachel Eugene".split()

# Cyrillic -> Latin transliteration; each letter maps to variants by system:
# 0 = BGN/PCGN-like, 1 = passport (ICAO 9303), 2 = German, 3 = French-ish.
TRANSLIT = {
    "а": "a", "б": "b", "в": ("v", "v", "w", "v"), "г": "g", "д": "d", "е": "e", "ё": ("yo", "e", "jo", "io"),
    "ж": ("zh", "zh", "sch", "j"), "з": ("z", "z", "s", "z"), "и": "i", "й": ("y", "i", "j", "i"), "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": ("s", "s", "s", "s"), "т": "t", "у": ("u", "u", "u", "ou"),
    "ф": "f", "х": ("kh", "kh", "ch", "kh"), "ц": ("ts", "ts", "z", "ts"), "ч": ("ch", "ch", "tsch", "tch"),
    "ш": ("sh", "sh", "sch", "ch"), "щ": ("shch", "shch", "schtsch", "chtch"), "ъ": ("", "ie", "", ""), "ы": "y",
    "ь": ("", "", "", ""), "э": "e", "ю": ("yu", "iu", "ju", "iou"), "я": ("ya", "ia", "ja", "ia"),
    "і": "i", "ї": ("yi", "i", "ji", "i"), "є": ("ye", "ie", "je", "ie"), "ґ": "g",
}


def translit(s, system, ukrainian=False):
    out = []
    for ch in s:
        low = ch.lower()
        if low == "и" and ukrainian:
            t = "y"
        else:
            t = TRANSLIT.get(low)
        if t is None:
            out.append(ch)
            continue
        if isinstance(t, tuple):
            t = t[system]
        if ch != low and t:
            t = t[0].upper() + t[1:]
        out.append(t)
    r = "".join(out)
    if system == 3 and r.endswith("ov"):
        r = r[:-2] + "off"           # old French-style emigré spelling
    return r


def cyr_female_surname(s):
    if s.endswith(("ов", "ев", "ёв", "ин")):
        return s + "а"
    return s


def cyr_patronymic(father, fem):
    """Patronymic from a male Cyrillic given name."""
    stem = father
    if stem.endswith("ий"):
        stem = stem[:-2] + ("ьевна" if fem else "ьевич")
    elif stem.endswith("й"):
        stem = stem[:-1] + ("евна" if fem else "евич")
    elif stem.endswith("ь"):
        stem = stem[:-1] + ("евна" if fem else "евич")
    elif stem.endswith(("а", "я")):
        stem = stem[:-1] + ("ична" if fem else "ич")
    else:
        stem = stem + ("овна" if fem else "ович")
    return stem


# --------------------------------------------------------------------------
# Company names: brand + activity + legal form (+ city prefix in China).
# A small generic vocabulary makes unrelated companies collide on names
# ("Apex Technology Ltd" in London, "Apex Technologies Inc." in Austin).
# --------------------------------------------------------------------------

GENERIC_WORDS = ("Apex Nova Quantum Vertex Vector Tensor Neural Deep Cloud Data Silicon Blue Sun Star Dragon Golden Orient "
                 "Pacific Global United Prime Alpha Zenith Horizon Matrix Cyber Infinity Bright Swift Summit Pioneer Phoenix "
                 "Atlas Titan Orion Polaris Aurora Nexus Fusion Spark Smart Future Next Open Rapid Core Edge Peak Sky Ocean "
                 "Green Silver Crystal Lotus Jade Eagle Falcon Harbor Bridge Meridian Stellar Lumen Photon Sigma Omega Delta "
                 "Helix Cortex Synapse Cobalt Onyx Asia Euro Trans Inter Great New First Royal").split()
GENERIC_PICK = zipf_picker(GENERIC_WORDS, 0.6, 3)
SYLLABLES = ("zen tri vo ra lix qu or neo ta ri ka lu mo vex sy no ax el ion ara dyn ver sol tek gen cor in ex vi xa ly "
             "bri tor mek dax ful quor hal ven").split()

# (latin variants, Chinese, Japanese, Korean, Russian, Vietnamese)
ACTIVITIES = [
    ("Technology|Technologies|Tech", "科技", "テクノロジー", "테크놀로지", "Технологии", "Công nghệ"),
    ("Computing|Compute", "计算技术", "コンピューティング", "컴퓨팅", "Вычислительные системы", "Điện toán"),
    ("AI|Artificial Intelligence|A.I.", "人工智能科技", "AI", "에이아이", "ИИ", "Trí tuệ nhân tạo"),
    ("Labs|Laboratories|Lab", "科技", "ラボ", "랩스", "Лаб", "Công nghệ"),
    ("Systems|System", "系统", "システムズ", "시스템즈", "Системы", "Hệ thống"),
    ("Solutions|Solution", "解决方案", "ソリューションズ", "솔루션", "Решения", "Giải pháp"),
    ("Digital", "数字科技", "デジタル", "디지털", "Диджитал", "Kỹ thuật số"),
    ("Trading|Trade", "贸易", "トレーディング", "트레이딩", "Трейд", "Thương mại"),
    ("International Trading|Intl Trading|International Trade", "国际贸易", "インターナショナル", "인터내셔널", "Интернешнл",
     "Thương mại Quốc tế"),
    ("Holdings|Holding", "控股", "ホールディングス", "홀딩스", "Холдинг", "Tập đoàn"),
    ("Data|Data Services", "数据科技", "データ", "데이터", "Дата", "Dữ liệu"),
    ("Analytics", "数据分析", "アナリティクス", "애널리틱스", "Аналитика", "Phân tích"),
    ("Robotics", "机器人", "ロボティクス", "로보틱스", "Роботикс", "Robot"),
    ("Software|Soft", "软件", "ソフトウェア", "소프트웨어", "Софт", "Phần mềm"),
    ("Information Technology|IT|Info Tech", "信息技术", "情報システム", "정보기술", "Информационные технологии", "Tin học"),
    ("Electronics|Electronic", "电子", "電子", "전자", "Электроника", "Điện tử"),
    ("Network|Networks", "网络科技", "ネットワークス", "네트웍스", "Сети", "Mạng"),
    ("Intelligence|Intelligent Technology", "智能科技", "インテリジェンス", "인텔리전스", "Интеллект", "Thông minh"),
    ("Cloud|Cloud Services", "云计算", "クラウド", "클라우드", "Облачные решения", "Đám mây"),
    ("Research|R&D", "研究院", "リサーチ", "리서치", "Исследования", "Nghiên cứu"),
    ("Ventures|Venture", "创投", "ベンチャーズ", "벤처스", "Венчурс", "Đầu tư"),
    ("Consulting|Consultancy", "咨询", "コンサルティング", "컨설팅", "Консалтинг", "Tư vấn"),
    ("Group", "集团", "グループ", "그룹", "Групп", "Tập đoàn"),
    ("Logistics", "物流", "ロジスティクス", "로지스틱스", "Логистик", "Logistics"),
    ("Supply Chain|Supply", "供应链", "サプライ", "서플라이", "Снабжение", "Cung ứng"),
]
ACT_PICK = zipf_picker(list(range(len(ACTIVITIES))), 0.7, 2)
ACT_TECH = [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 17, 18, 19]
ACT_TRADE = [7, 8, 9, 15, 22, 23, 24]

# Native brand syllables / words: (latin, native, traditional)
ZH_SYL = [("Hua", "华", "華"), ("Xin", "信", "信"), ("Zhong", "中", "中"), ("Ke", "科", "科"), ("Da", "达", "達"),
          ("Tian", "天", "天"), ("Yu", "宇", "宇"), ("Heng", "恒", "恆"), ("Tong", "通", "通"), ("Jin", "金", "金"),
          ("Hai", "海", "海"), ("Rui", "瑞", "瑞"), ("Bo", "博", "博"), ("Yuan", "远", "遠"), ("Kai", "凯", "凱"),
          ("Sheng", "盛", "盛"), ("Hao", "浩", "浩"), ("Yun", "云", "雲"), ("Long", "龙", "龍"), ("Teng", "腾", "騰"),
          ("Zhi", "智", "智"), ("Xin", "芯", "芯"), ("Chuang", "创", "創"), ("Xing", "星", "星"), ("Chen", "辰", "辰"),
          ("Guang", "光", "光"), ("Ming", "明", "明"), ("Yuan", "源", "源"), ("Rui", "锐", "銳"), ("An", "安", "安"),
          ("Tai", "泰", "泰"), ("Lian", "联", "聯"), ("Ji", "极", "極"), ("Shu", "数", "數"), ("Suan", "算", "算"),
          ("Wei", "维", "維"), ("Feng", "峰", "峰"), ("Hong", "鸿", "鴻"), ("Jia", "嘉", "嘉"), ("Cheng", "成", "成")]
ZH_SYL_PICK = zipf_picker(ZH_SYL, 0.5, 3)
JP_BRANDS = [("Mirai", "未来"), ("Hikari", "光"), ("Fuji", "富士"), ("Sakura", "桜"), ("Yamato", "大和"), ("Shinsei", "新星"),
             ("Aozora", "青空"), ("Asahi", "朝日"), ("Hoshi", "星"), ("Kaze", "風"), ("Tsubasa", "翼"), ("Nihon", "日本"),
             ("Tokai", "東海"), ("Kyokuto", "極東"), ("Sora", "空"), ("Kizuna", "絆")]
KR_BRANDS = [("Hanbit", "한빛"), ("Saeron", "새론"), ("Mirae", "미래"), ("Daon", "다온"), ("Nuri", "누리"), ("Haneul", "하늘"),
             ("Bitsaem", "빛샘"), ("Areum", "아름"), ("Hana", "하나"), ("Dasan", "다산"), ("Taeyang", "태양"), ("Saebyeok", "새벽")]
RU_BRANDS = ("Вектор Альфа Гранит Сигма Техно Квант Север Восток Орион Спектр Импульс Прогресс Интеграл Базис Нейрон "
             "Кристалл Меридиан Атлант Горизонт Стрела Форвард Эталон").split()
VN_BRANDS = ["Sao Việt", "Thiên Long", "Hòa Phát", "Minh Anh", "Phú Thành", "Đại Việt", "Hưng Thịnh", "An Phát", "Tân Tiến",
             "Việt Tiến", "Bình Minh", "Nam Long"]

# Legal forms per country: (weight, Latin variants, native form, native position)
LEGAL = {
 "US": [(0.55, ["LLC", "L.L.C.", "Llc", "Limited Liability Company"], None, ""),
        (0.4, ["Inc.", "Inc", "Incorporated", "INC"], None, ""), (0.05, ["Corp.", "Corporation", "Corp"], None, "")],
 "CA": [(0.6, ["Inc.", "Inc", "Incorporated"], None, ""), (0.4, ["Ltd.", "Limited", "Ltée"], None, "")],
 "BR": [(0.75, ["Ltda.", "Ltda", "LTDA"], None, ""), (0.25, ["S.A.", "SA"], None, "")],
 "GB": [(0.88, ["Ltd", "Limited", "Ltd.", "LTD"], None, ""), (0.04, ["PLC", "plc", "Public Limited Company"], None, ""),
        (0.08, ["LLP", "L.L.P."], None, "")],
 "IE": [(0.9, ["Limited", "Ltd", "Ltd.", "Teoranta"], None, ""), (0.1, ["DAC", "Designated Activity Company"], None, "")],
 "DE": [(0.8, ["GmbH", "GMBH", "Gesellschaft mit beschränkter Haftung", "G.m.b.H."], None, ""),
        (0.15, ["UG (haftungsbeschränkt)", "UG", "UG (haftungsbeschraenkt)"], None, ""), (0.05, ["AG", "Aktiengesellschaft"], None, "")],
 "FR": [(0.7, ["SAS", "S.A.S.", "Société par actions simplifiée"], None, ""), (0.2, ["SARL", "S.A.R.L.", "Sarl"], None, ""),
        (0.1, ["SA", "S.A."], None, "")],
 "NL": [(1, ["B.V.", "BV", "Besloten Vennootschap"], None, "")],
 "CH": [(0.6, ["AG", "SA", "Ltd"], None, ""), (0.4, ["GmbH", "Sàrl", "Sarl"], None, "")],
 "SE": [(1, ["AB", "Aktiebolag", "Aktiebolaget"], None, "")],
 "PL": [(1, ["Sp. z o.o.", "Sp. z o. o.", "sp. z o.o.", "Spółka z ograniczoną odpowiedzialnością", "Sp.z.o.o"], None, "")],
 "EE": [(1, ["OÜ", "OU", "Osaühing"], None, "")],
 "CY": [(1, ["Ltd", "Limited", "LTD", "Ltd."], None, "")],
 "RU": [(0.85, ["LLC", "OOO", "Limited Liability Company", "Obshchestvo s ogranichennoy otvetstvennostyu"], "ООО", "pre"),
        (0.15, ["JSC", "AO", "Joint Stock Company"], "АО", "pre")],
 "KZ": [(1, ["LLP", "TOO", "Limited Liability Partnership"], "ТОО", "pre")],
 "AM": [(1, ["LLC", "CJSC"], None, "")],
 "TR": [(0.7, ["Ltd. Şti.", "Limited Şirketi", "Ltd. Sti.", "LTD. ŞTİ."], None, ""),
        (0.3, ["A.Ş.", "Anonim Şirketi", "A.S."], None, "")],
 "AE": [(0.35, ["FZE", "F.Z.E.", "Free Zone Establishment"], None, ""), (0.35, ["FZ-LLC", "FZ LLC", "FZLLC"], None, ""),
        (0.2, ["L.L.C.", "LLC"], None, ""), (0.1, ["DMCC", "D.M.C.C."], None, "")],
 "IL": [(1, ["Ltd", "Ltd.", "Limited", "בע\"מ"], None, "")],
 "IN": [(0.92, ["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "Private Ltd", "(P) Ltd"], None, ""), (0.08, ["LLP"], None, "")],
 "SG": [(1, ["Pte. Ltd.", "Pte Ltd", "Private Limited", "PTE. LTD.", "Pte Ltd."], None, "")],
 "MY": [(1, ["Sdn. Bhd.", "Sdn Bhd", "Sendirian Berhad", "SDN. BHD."], None, "")],
 "VN": [(0.8, ["Co., Ltd", "Company Limited", "Co., Ltd."], "Công ty TNHH", "pre"),
        (0.2, ["JSC", "Joint Stock Company"], "Công ty Cổ phần", "pre")],
 "HK": [(1, ["Limited", "Co., Limited", "Company Limited", "Ltd", "Co., Ltd.", "LIMITED"], "有限公司", "suf")],
 "CN": [(1, ["Co., Ltd.", "Co., Ltd", "Company Limited", "Co. Ltd", "CO., LTD."], "有限公司", "suf")],
 "TW": [(1, ["Co., Ltd.", "Corporation", "Inc.", "Corp."], "股份有限公司", "suf")],
 "JP": [(1, ["K.K.", "Co., Ltd.", "Inc.", "Kabushiki Kaisha", "Corporation"], "株式会社", "pre")],
 "KR": [(1, ["Co., Ltd.", "Inc.", "Corp.", "Co., Ltd"], "주식회사", "pre")],
 "AU": [(1, ["Pty Ltd", "Pty. Ltd.", "Proprietary Limited", "PTY LTD"], None, "")],
 "VG": [(1, ["Limited", "Ltd", "Ltd.", "Inc."], None, "")],
 "SC": [(1, ["Ltd", "Limited", "Inc."], None, "")],
}
LEGAL_PICK = {cc: Picker([(i, g[0]) for i, g in enumerate(v)]) for cc, v in LEGAL.items()}


# --------------------------------------------------------------------------
# Registration ids: canonical value per scheme, and human renderings of it.
# --------------------------------------------------------------------------

def new_regid(rng, cc):
    s = COUNTRIES[cc]["reg"]
    if s == "us":
        return digits(rng, 2) + "-" + digits(rng, 7)
    if s == "ca":
        return digits(rng, 9)
    if s == "br":
        return digits(rng, 8) + "0001" + digits(rng, 2)
    if s == "gb":
        if rng.random() < 0.93:
            return rng.choice(["0", "1", "1", "0"]) + digits(rng, 7)
        return rng.choice(["SC", "NI"]) + digits(rng, 6)
    if s == "ie":
        return str(rng.randint(300000, 799999))
    if s == "de":
        return "HRB " + str(rng.randint(10000, 299999)) + rng.choice(["", "", " B"])
    if s == "fr":
        return digits(rng, 9)
    if s == "nl":
        return str(rng.randint(10000000, 99999999))
    if s == "ch":
        return "CHE-%s.%s.%s" % (digits(rng, 3), digits(rng, 3), digits(rng, 3))
    if s == "se":
        return "559" + digits(rng, 3) + "-" + digits(rng, 4)
    if s == "pl":
        return "0000" + digits(rng, 6)
    if s == "ee":
        return rng.choice(["14", "16", "12"]) + digits(rng, 6)
    if s == "cy":
        return "HE " + str(rng.randint(100000, 459999))
    if s == "ru":
        return rng.choice(["1", "5"]) + rng.choice(["02", "03", "10", "11", "12", "15", "18", "19", "21", "23"]) + \
            rng.choice(["77", "78", "50", "54", "16"]) + digits(rng, 8)
    if s == "kz":
        return rng.choice(["0", "1", "2"]) + digits(rng, 1) + rng.choice(["0", "1"]) + digits(rng, 1) + "4" + digits(rng, 7)
    if s == "am":
        return "%s.110.%s" % (rng.randint(200, 290), digits(rng, rng.choice([5, 6, 7])))
    if s == "tr":
        return digits(rng, 10)
    if s == "ae":
        return rng.choice(["DMCC-", "", "", "IFZA-", "FZE-"]) + str(rng.randint(100000, 1299999))
    if s == "il":
        return "51-" + digits(rng, 6) + "-" + digits(rng, 1)
    if s == "in":
        return "U%s%s%sPTC%s" % (rng.choice(["72900", "72200", "74999", "62099", "62011"]),
                                 rng.choice(["KA", "MH", "DL", "TG", "HR"]), rng.randint(2012, 2024), digits(rng, 6))
    if s == "sg":
        return "%d%s%s" % (rng.randint(2010, 2024), digits(rng, 5), rng.choice("KNMHWDEZ"))
    if s == "my":
        y = rng.randint(2012, 2024)
        return "%d01%s|%s-%s" % (y, digits(rng, 6), rng.randint(900000, 1499999), rng.choice("ADHKMPTUVWX"))
    if s == "vn":
        return "0" + rng.choice(["1", "3"]) + digits(rng, 8)
    if s == "hk":
        return str(rng.randint(2100000, 3399999))
    if s == "cn":
        # unified social credit code: 91 + region + MA + 7 + check character (18)
        return "91" + rng.choice(["110108", "110105", "310115", "440300", "330106", "440101", "510107", "340104"]) + \
            "MA" + rand_str(rng, 8, "0123456789ABCDEFGHJKLMNPQRTUWXY")
    if s == "tw":
        return digits(rng, 8)
    if s == "jp":
        return str(rng.randint(1, 9)) + digits(rng, 12)
    if s == "kr":
        return "%s-%s-%s" % (digits(rng, 3), rng.choice(["81", "86", "87", "88"]), digits(rng, 5))
    if s == "au":
        return "%d %s %s %s" % (rng.randint(11, 99), digits(rng, 3), digits(rng, 3), digits(rng, 3))
    if s == "vg":
        return str(rng.randint(1500000, 2159999))
    if s == "sc":
        return str(rng.randint(100000, 249999))
    return digits(rng, 8)


def render_regid(rng, cc, v):
    """How a human types a registration id into a form."""
    s = COUNTRIES[cc]["reg"] if cc in COUNTRIES else ""
    r = rng.random()
    if s in ("us", "il", "se", "kr") and r < 0.35:
        return v.replace("-", "")
    if s == "kr" and r < 0.45:
        return v.replace("-", " ")
    if s == "br":
        return v if r < 0.5 else "%s.%s.%s/%s-%s" % (v[:2], v[2:5], v[5:8], v[8:12], v[12:])
    if s == "ca" and r < 0.3:
        return v + "RC0001"
    if s == "gb":
        if r < 0.12 and v.startswith("0"):
            return v.lstrip("0")
        if r < 0.18 and v[:2] in ("SC", "NI"):
            return v[:2].lower() + v[2:] if r < 0.15 else v[:2] + " " + v[2:]
    if s == "de":
        if r < 0.3:
            return v.replace("HRB ", "HRB")
        if r < 0.4:
            return "Amtsgericht " + rng.choice(["Charlottenburg", "München", "Hamburg", "Frankfurt am Main"]) + " " + v
    if s == "fr":
        if r < 0.3:
            return "%s %s %s" % (v[:3], v[3:6], v[6:])
        if r < 0.35:
            return v + "000" + str(rng.randint(10, 99))       # SIRET of the head office
    if s == "nl" and r < 0.15:
        return "KvK " + v
    if s == "ch":
        if r < 0.3:
            return v.replace("-", "").replace(".", "")
        if r < 0.4:
            return v + " MWST"
    if s == "pl" and r < 0.2:
        return v.lstrip("0") if r < 0.1 else "KRS " + v
    if s == "cy":
        if r < 0.35:
            return v.replace(" ", "")
        if r < 0.45:
            return "ΗΕ " + v[3:]            # Greek capitals Eta Epsilon
        if r < 0.5:
            return v[3:]
    if s == "ru" and r < 0.25:
        return rng.choice(["ОГРН ", "OGRN "]) + v
    if s == "ae" and "-" in v and r < 0.4:
        return v.replace("-", " ") if r < 0.2 else v.replace("-", "")
    if s == "in" and r < 0.1:
        return v.lower()
    if s == "sg" and r < 0.08:
        return v.lower()
    if s == "my":
        new, old = v.split("|")
        return new if r < 0.65 else (old if r < 0.85 else "%s (%s)" % (new, old))
    if s == "hk" and r < 0.1:
        return "CR No. " + v
    if s == "cn" and r < 0.06:
        return v.lower()
    if s == "jp" and r < 0.12:
        return "T" + v                      # qualified-invoice issuer number
    if s == "au":
        if r < 0.4:
            return v.replace(" ", "")
        if r < 0.5:
            return v[3:]                    # ACN = last nine digits of the ABN
    if s == "vg" and r < 0.1:
        return "BVI Company No. " + v
    if s == "sc" and r < 0.1:
        return "IBC " + v
    return v


PLACEHOLDER_REGIDS = zipf_picker(["N/A", "n/a", "NA", "none", "0", "000000", "00000000", "123456", "123456789", "pending",
                                  "TBD", "-", "applied", "not applicable", "in progress", "xxx"], 0.9, 1)


# --------------------------------------------------------------------------
# Internet addresses.  v4 specs: "a.b-c" = a.[b..c].x.x, "a.b.c-d" = a.b.[c..d].x;
# v6 specs: (prefix, prefix length).  Allocations follow the real operators'
# well-known blocks closely enough to look right in a log.
# ISPs: (name, weight, [v4 specs], v6 spec or None, kind) kind: res | mob
# Mobile carriers sit behind carrier-grade NAT: their customers share a
# small pool of public addresses (and a few v6 /48s).
# --------------------------------------------------------------------------

ISPS = {
 "US": [("Comcast", 30, ["73.0-255", "24.0-63", "98.192-255"], ("2601::", 20), "res"),
        ("Verizon Fios", 15, ["71.160-191", "96.224-255", "108.0-63"], ("2600:4040::", 28), "res"),
        ("AT&T", 18, ["99.0-127", "107.192-223", "76.192-255"], ("2600:1700::", 28), "res"),
        ("Charter Spectrum", 15, ["67.240-255", "76.160-191", "174.96-111"], ("2603:6000::", 24), "res"),
        ("T-Mobile US", 12, ["172.56-59"], ("2607:fb90::", 28), "mob"),
        ("Verizon Wireless", 10, ["174.192-255"], ("2600:1000::", 28), "mob")],
 "CA": [("Rogers", 35, ["99.224-255", "174.112-119", "72.136-143"], ("2607:fea8::", 32), "res"),
        ("Bell Canada", 35, ["70.48-55", "184.144-151", "174.88-95"], ("2607:fa48::", 32), "res"),
        ("Telus Mobility", 20, ["154.5.0-255", "75.152-159"], ("2001:569::", 32), "mob")],
 "BR": [("Vivo", 40, ["177.0-63", "187.0-127", "189.0-127"], ("2804:14c::", 32), "res"),
        ("Claro NET", 35, ["179.208-223", "201.0-95"], ("2804:14d::", 32), "res"),
        ("TIM Brasil", 25, ["179.48-63", "191.32-63"], ("2804:18::", 32), "mob")],
 "GB": [("BT", 35, ["86.128-191", "81.128-159", "109.144-159"], ("2a00:23c0::", 28), "res"),
        ("Virgin Media", 25, ["82.0-47", "92.232-239"], ("2a02:8010::", 30), "res"),
        ("Sky Broadband", 20, ["2.96-127", "90.192-223"], ("2a02:c7c::", 30), "res"),
        ("EE Mobile", 20, ["31.94-95", "92.40-41"], ("2a01:4c8::", 32), "mob")],
 "IE": [("eir", 50, ["86.40-47", "109.76-79"], ("2001:bb6::", 32), "res"),
        ("Virgin Media IE", 30, ["89.100-101", "37.228-229"], None, "res"),
        ("Vodafone IE", 20, ["89.19.0-255"], None, "mob")],
 "DE": [("Deutsche Telekom", 45, ["79.192-255", "87.128-191", "91.0-63", "93.192-255", "217.224-255"], ("2003::", 19), "res"),
        ("Vodafone DE", 30, ["88.64-79", "95.88-91", "178.0-15"], ("2a02:8100::", 27), "res"),
        ("O2 Telefonica DE", 25, ["176.0-7", "89.204-207"], ("2a02:3030::", 32), "mob")],
 "FR": [("Orange", 40, ["90.0-127", "86.192-255", "92.128-191"], ("2a01:cb00::", 24), "res"),
        ("Free", 30, ["82.64-127", "78.192-255", "88.160-191"], ("2a01:e00::", 26), "res"),
        ("SFR", 15, ["176.128-191", "109.0-31"], ("2a02:8400::", 25), "res"),
        ("Bouygues Telecom", 15, ["37.164-175"], ("2a01:cb1d::", 32), "mob")],
 "NL": [("KPN", 45, ["77.160-175", "84.80-87"], ("2a02:a400::", 24), "res"),
        ("Ziggo", 35, ["84.24-31", "94.208-215"], ("2001:1c00::", 24), "res"),
        ("Odido", 20, ["62.140.128-191"], None, "mob")],
 "CH": [("Swisscom", 60, ["178.192-199", "85.0-7", "213.55.0-255"], ("2a02:1210::", 28), "res"),
        ("Sunrise", 25, ["212.243.0-255", "83.76-79"], None, "res"), ("Salt", 15, ["188.60-63"], None, "mob")],
 "SE": [("Telia", 50, ["78.64-79", "81.224-239"], ("2001:2040::", 28), "res"),
        ("Bahnhof", 25, ["155.4.0-255", "213.89.0-255"], None, "res"), ("Tele2", 25, ["90.224-239"], None, "mob")],
 "PL": [("Orange Polska", 45, ["83.0-31", "31.174-175"], ("2a01:110f::", 32), "res"),
        ("Play", 30, ["89.64-79"], None, "mob"), ("Netia", 25, ["83.238-239", "77.253.0-255"], None, "res")],
 "EE": [("Telia Eesti", 60, ["90.190-191", "88.196.0-255"], ("2001:7d0::", 32), "res"),
        ("Elisa", 40, ["84.50.0-255", "213.219.64-127"], None, "mob")],
 "CY": [("Cyta", 60, ["31.153.0-255", "62.228.0-255"], None, "res"), ("Epic", 40, ["46.199.0-255"], None, "mob")],
 "RU": [("Rostelecom", 40, ["95.24-31", "178.64-71", "5.164-167", "94.25.0-255"], ("2a00:1370::", 32), "res"),
        ("MTS", 25, ["176.59.0-255", "91.76-79", "217.66.0-255"], None, "mob"),
        ("Beeline", 20, ["89.178-179", "85.140-143"], None, "res"), ("MegaFon", 15, ["31.173.0-255", "83.149.0-63"], None, "mob")],
 "KZ": [("Kazakhtelecom", 60, ["2.132-135", "95.56-59", "37.150-151"], None, "res"),
        ("Kcell", 40, ["5.76.0-255", "92.46.0-255"], None, "mob")],
 "AM": [("Ucom", 50, ["37.252-253", "46.241.128-255"], None, "res"), ("Viva-MTS", 50, ["37.186.0-127"], None, "mob")],
 "TR": [("Türk Telekom", 50, ["78.160-191", "88.224-255", "85.96-111"], ("2a02:e0::", 29), "res"),
        ("Superonline", 25, ["94.54-55", "176.40-47"], None, "res"), ("Turkcell", 25, ["176.88-91"], None, "mob")],
 "AE": [("Etisalat", 55, ["94.200-207", "5.30-31", "86.96-99"], ("2001:8f8::", 29), "res"),
        ("du", 45, ["2.48-51", "91.72-75"], ("2a00:f28::", 32), "mob")],
 "IL": [("Bezeq", 45, ["79.176-183", "84.108-111", "109.64-67"], ("2a06:c701::", 32), "res"),
        ("HOT", 30, ["37.142.0-255", "141.226.0-255"], None, "res"), ("Partner", 25, ["5.28-29"], None, "mob")],
 "IN": [("Reliance Jio", 45, ["49.36-47", "157.32-51"], ("2409:4000::", 22), "mob"),
        ("Bharti Airtel", 30, ["122.160-175", "106.192-207", "182.64-79"], ("2401:4900::", 32), "res"),
        ("ACT Fibernet", 15, ["49.204-207", "106.51.0-255"], ("2405:201::", 32), "res"),
        ("BSNL", 10, ["117.192-223", "59.88-99"], None, "res")],
 "SG": [("Singtel", 45, ["116.86-89", "118.189.0-255", "101.127.0-255"], ("2406:3003::", 32), "res"),
        ("StarHub", 35, ["58.182-185", "42.60-61"], ("2406:3400::", 32), "res"), ("M1", 20, ["119.56.0-255", "116.14.0-255"], None, "mob")],
 "MY": [("TM Unifi", 60, ["175.136-145", "60.48-55", "115.132-135"], ("2001:e68::", 32), "res"),
        ("Maxis", 25, ["115.164.0-255"], None, "mob"), ("TIME dotCom", 15, ["113.210-211"], None, "res")],
 "VN": [("VNPT", 40, ["113.160-191", "14.160-191", "123.16-31"], ("2405:4800::", 32), "res"),
        ("Viettel", 40, ["27.64-79", "171.224-255", "116.96-111"], ("2402:800::", 32), "mob"),
        ("FPT Telecom", 20, ["42.112-119", "118.68-71"], ("2405:4802::", 32), "res")],
 "HK": [("HKBN", 40, ["203.186.0-255", "61.244.0-255", "112.118-119", "223.16-19"], ("2403:c80::", 32), "res"),
        ("PCCW Netvigator", 35, ["218.102-103", "219.73-79"], ("2404:c800::", 32), "res"),
        ("CSL Mobile", 25, ["119.236-247"], None, "mob")],
 "CN": [("China Telecom", 45, ["113.64-127", "116.224-255", "183.0-63", "222.64-95", "180.96-127", "36.96-127"], ("240e::", 20), "res"),
        ("China Unicom", 30, ["123.112-127", "221.192-223", "112.224-255", "61.48-51"], ("2408:8000::", 20), "res"),
        ("China Mobile", 25, ["117.136-191", "223.104-111", "111.0-63", "39.128-191"], ("2409:8000::", 20), "mob")],
 "TW": [("Chunghwa HiNet", 60, ["1.160-175", "36.224-239", "114.32-47", "118.160-171"], ("2001:b011::", 32), "res"),
        ("Taiwan Mobile", 40, ["27.240-247", "49.214-217"], ("2001:b400::", 32), "mob")],
 "JP": [("NTT OCN", 35, ["153.128-255", "114.160-191"], ("2400:4050::", 32), "res"),
        ("SoftBank", 25, ["126.0-255", "219.96-127"], ("240b:10::", 32), "res"),
        ("KDDI", 20, ["106.128-191", "111.86-111"], ("240b:250::", 32), "res"),
        ("NTT docomo", 20, ["1.66-79", "49.96-111"], ("2001:268::", 29), "mob")],
 "KR": [("KT", 40, ["121.128-191", "175.192-255"], ("2001:e60::", 28), "res"),
        ("SK Broadband", 30, ["1.224-255", "112.144-175", "58.140-143"], ("2001:2d8::", 32), "res"),
        ("LG U+", 15, ["106.240-255", "211.234-235", "180.64-71"], ("2001:4430::", 32), "res"),
        ("SK Telecom", 15, ["223.32-63"], ("2001:2d8:e000::", 36), "mob")],
 "AU": [("Telstra", 45, ["1.128-159", "101.160-191", "110.140-175"], ("2001:8003::", 32), "res"),
        ("Optus", 25, ["49.176-199"], ("2401:d000::", 32), "res"), ("TPG", 15, ["27.32-33", "124.168-191"], ("2403:5800::", 32), "res"),
        ("Telstra Mobile", 15, ["1.132-135"], ("2001:8004::", 32), "mob")],
 "VG": [("Flow BVI", 100, ["138.94.0-255", "66.81.0-255"], None, "res")],
 "SC": [("Cable & Wireless SC", 100, ["41.87.0-255"], None, "res")],
}

# Hosting / VPS providers (where operators keep their jump boxes) and clouds.
HOSTERS = [
 ("Hetzner", 20, ["5.9.0-255", "88.198-199", "116.202-203", "138.201.0-255", "144.76.0-255", "148.251.0-255", "176.9.0-255",
                  "78.46-47", "65.108-109", "95.216-217"], ("2a01:4f8::", 29)),
 ("OVH", 15, ["51.38.0-255", "51.68.0-255", "51.75-91", "54.36-39", "137.74.0-255", "145.239.0-255", "147.135.0-255",
              "149.202.0-255", "178.32-33"], ("2001:41d0::", 32)),
 ("DigitalOcean", 15, ["104.131.0-255", "134.122.0-255", "138.68.0-255", "142.93.0-255", "159.65.0-255", "159.89.0-255",
                       "161.35.0-255", "165.22.0-255", "167.71.0-255", "178.62.0-255", "188.166.0-255", "206.189.0-255"],
  ("2604:a880::", 32)),
 ("Vultr", 10, ["45.32.0-255", "45.63.0-127", "45.76-77", "66.42.32-127", "95.179.128-255", "108.61.0-255", "136.244.64-127",
                "139.180.128-255", "149.28.0-255", "155.138.128-255"], ("2001:19f0::", 32)),
 ("Contabo", 8, ["5.189.128-255", "62.171.128-191", "144.91.64-127", "161.97.64-191", "167.86.64-127", "173.212.192-255",
                 "207.180.192-255"], ("2a02:c207::", 32)),
 ("Linode", 6, ["45.33.0-127", "45.56.64-127", "45.79.0-255", "50.116.0-63", "139.162.0-255", "172.104-105", "173.255.192-255"],
  ("2600:3c00::", 27)),
 ("Alibaba Cloud", 10, ["47.74-127", "47.242-254", "8.210-222", "39.96-108"], ("2408:4000::", 22)),
 ("Tencent Cloud", 8, ["43.128-159", "49.232-235", "101.32-35", "119.28-29", "129.204-211", "150.109.0-255"], ("240d:c000::", 24)),
 ("Selectel", 4, ["5.188.0-255", "31.184.192-255", "92.53.64-127"], None),
 ("Timeweb", 3, ["188.225.0-127", "185.104.112-115"], None),
 ("M247", 4, ["37.120.128-255", "89.44-47", "146.70.0-255"], ("2a0d:5600::", 32)),
]
CLOUD_EGRESS = [
 ("AWS", 50, ["3.0-255", "13.48-63", "18.128-223", "34.192-239", "44.192-255", "52.0-95", "54.144-255"], ("2600:1f00::", 24)),
 ("Google Cloud", 30, ["34.64-159", "35.184-247"], ("2600:1900::", 28)),
 ("Azure", 20, ["20.0-127", "40.64-127", "52.224-255"], ("2603:1000::", 24)),
]
# Shared egress points: (name, kind, v4 specs, pool size, zipf exponent).
SHARED_EGRESS = [
 ("Mullvad", "vpn", ["185.213.154-155", "193.138.218-219", "45.83.220-223", "146.70.116-119"], 220, 0.6),
 ("NordVPN", "vpn", ["37.120.200-255", "89.187.160-191", "185.153.176-179", "196.240.48-63"], 400, 0.6),
 ("ExpressVPN", "vpn", ["45.87.212-215", "91.207.56-59", "85.203.44-47"], 260, 0.6),
 ("ProtonVPN", "vpn", ["185.159.156-159", "149.88.20-27", "146.70.194-199"], 260, 0.6),
 ("Surfshark", "vpn", ["45.134.140-143", "185.166.84-87", "156.146.56-63"], 200, 0.6),
 ("Cloudflare WARP", "vpn", ["104.28.0-255"], 240, 1.0),
 ("iCloud Private Relay", "vpn", ["172.224-226", "146.75.160-175"], 320, 0.9),
 ("Tor", "tor", ["185.220.100-103", "45.141.215.0-255", "109.70.100.0-255", "192.42.116.0-255", "199.249.230.0-255",
                 "204.8.96.0-255", "171.25.193.0-255", "185.241.208.0-255", "107.189.0-15"], 150, 0.5),
 ("Zscaler", "proxy", ["165.225.0-127", "136.226.0-255", "147.161.128-255"], 180, 1.1),
 ("Netskope", "proxy", ["163.116.128-255"], 90, 1.0),
]

# University campus networks: (name, country, city, mail domains, v4 spec, v6 spec)
UNIVERSITIES = [
 ("Stanford University", "US", "Palo Alto", ["stanford.edu"], "171.64-67", ("2607:f6d0::", 32)),
 ("Massachusetts Institute of Technology", "US", "Boston", ["mit.edu"], "18.0-31", None),
 ("University of California, Berkeley", "US", "San Francisco", ["berkeley.edu"], "128.32.0-255", ("2607:f140::", 32)),
 ("Carnegie Mellon University", "US", "Chicago", ["andrew.cmu.edu", "cmu.edu"], "128.2.0-255", None),
 ("ETH Zürich", "CH", "Zürich", ["ethz.ch", "student.ethz.ch"], "129.132.0-255", ("2001:67c:10ec::", 48)),
 ("University of Oxford", "GB", "London", ["ox.ac.uk", "cs.ox.ac.uk"], "129.67.0-255", None),
 ("University of Cambridge", "GB", "Cambridge", ["cam.ac.uk"], "131.111.0-255", None),
 ("Tsinghua University", "CN", "Beijing", ["mails.tsinghua.edu.cn", "tsinghua.edu.cn"], "166.111.0-255", ("2402:f000::", 32)),
 ("Peking University", "CN", "Beijing", ["pku.edu.cn", "stu.pku.edu.cn"], "162.105.0-255", None),
 ("Zhejiang University", "CN", "Hangzhou", ["zju.edu.cn"], "210.32.0-31", None),
 ("Shanghai Jiao Tong University", "CN", "Shanghai", ["sjtu.edu.cn"], "202.120.0-63", None),
 ("University of Science and Technology of China", "CN", "Hefei", ["mail.ustc.edu.cn", "ustc.edu.cn"], "202.38.64-95", None),
 ("The University of Tokyo", "JP", "Tokyo", ["g.ecc.u-tokyo.ac.jp", "u-tokyo.ac.jp"], "133.11.0-255", None),
 ("KAIST", "KR", "Seoul", ["kaist.ac.kr"], "143.248.0-255", None),
 ("Seoul National University", "KR", "Seoul", ["snu.ac.kr"], "147.46.0-255", None),
 ("National University of Singapore", "SG", "Singapore", ["u.nus.edu", "nus.edu.sg"], "137.132.0-255", None),
 ("Nanyang Technological University", "SG", "Singapore", ["e.ntu.edu.sg", "ntu.edu.sg"], "155.69.0-255", None),
 ("University of Toronto", "CA", "Toronto", ["mail.utoronto.ca", "utoronto.ca"], "128.100.0-255", None),
 ("Technion", "IL", "Haifa", ["campus.technion.ac.il", "technion.ac.il"], "132.68.0-255", None),
 ("Indian Institute of Science", "IN", "Bengaluru", ["iisc.ac.in"], "14.139.128-191", None),
 ("IIT Bombay", "IN", "Mumbai", ["iitb.ac.in"], "103.21.124-127", None),
 ("Technical University of Munich", "DE", "München", ["tum.de", "mytum.de"], "129.187.0-255", ("2001:4ca0::", 32)),
 ("Lomonosov Moscow State University", "RU", "Moscow", ["msu.ru", "cs.msu.ru"], "93.180.0-63", None),
 ("KTH Royal Institute of Technology", "SE", "Stockholm", ["kth.se"], "130.237.0-255", None),
 ("University of Melbourne", "AU", "Melbourne", ["student.unimelb.edu.au", "unimelb.edu.au"], "128.250.0-255", None),
 ("HKUST", "HK", "Kowloon", ["connect.ust.hk", "ust.hk"], "143.89.0-255", None),
 ("The University of Hong Kong", "HK", "Hong Kong", ["connect.hku.hk", "hku.hk"], "147.8.0-255", None),
 ("National Taiwan University", "TW", "Taipei City", ["ntu.edu.tw"], "140.112.0-255", None),
 ("Université PSL", "FR", "Paris", ["psl.eu", "ens.psl.eu"], "129.199.0-255", None),
 ("Tallinn University of Technology", "EE", "Tallinn", ["taltech.ee"], "193.40.244-255", None),
]


def _parse_v4(spec):
    parts = spec.split(".")
    fixed = [int(p) for p in parts[:-1]]
    last = parts[-1]
    lo, hi = (int(x) for x in last.split("-")) if "-" in last else (int(last), int(last))
    return (fixed, lo, hi)


_V4_CACHE = {}


def gen_v4(rng, spec):
    """Random host address inside a v4 spec."""
    p = _V4_CACHE.get(spec)
    if p is None:
        p = _V4_CACHE[spec] = _parse_v4(spec)
    fixed, lo, hi = p
    octs = fixed + [rng.randint(lo, hi)]
    while len(octs) < 3:
        octs.append(rng.randint(0, 255))
    if len(octs) < 4:
        octs.append(rng.randint(1, 254))
    return "%d.%d.%d.%d" % tuple(octs)


def v4_24(ip):
    return ip.rsplit(".", 1)[0]


def v4_in_24(rng, ip):
    """Another host in the same /24 (dynamic residential lease)."""
    return v4_24(ip) + "." + str(rng.randint(2, 254))


_V6_CACHE = {}


def v6_net48(rng, spec):
    """A random /48 inside a v6 prefix, as an int."""
    import ipaddress
    base = _V6_CACHE.get(spec)
    if base is None:
        base = _V6_CACHE[spec] = int(ipaddress.IPv6Address(spec[0]))
    plen = spec[1]
    if plen >= 48:
        return base
    return base | (rng.getrandbits(48 - plen) << 80)


def v6_host(rng, net48, subnet=None):
    """Privacy address in a /64 of the /48."""
    import ipaddress
    sub = rng.getrandbits(16) if subnet is None else subnet
    return str(ipaddress.IPv6Address(net48 | (sub << 64) | rng.getrandbits(64)))


def render_ip(rng, ip):
    """Log-format variation of one address."""
    r = rng.random()
    if ":" in ip:
        if r < 0.12:
            import ipaddress
            return ipaddress.IPv6Address(ip).exploded
        if r < 0.2:
            return ip.upper()
        return ip
    if r < 0.008:
        return "::ffff:" + ip
    if r < 0.014:
        return "%s:%d" % (ip, rng.randint(1024, 65535))
    return ip


# --------------------------------------------------------------------------
# Fixed places shared by many unrelated customers.
# Address dict keys: cc, num, street, street_n, bldg, bldg_n, floor, unit,
# district, district_n, city, city_n, region, pc, pobox, extra
# --------------------------------------------------------------------------

# Formation / registered agents: (jurisdiction, agent name, address, phone
# E.164, email domain or None, popularity weight)
AGENTS = [
 ("GB", "Companies Made Simple", dict(num="20-22", street="Wenlock Road", city="London", pc="N1 7GU"), "+442038680000",
  None, 10),
 ("GB", "Covent Garden Virtual Office", dict(num="71-75", street="Shelton Street", district="Covent Garden", city="London",
  pc="WC2H 9JQ"), "+442071831900", "coventgardenoffice.co.uk", 9),
 ("GB", "Kemp House Formations", dict(bldg="Kemp House", num="152-160", street="City Road", city="London", pc="EC1V 2NX"),
  "+442077887100", None, 8),
 ("GB", "London Registered Office Ltd", dict(num="27", street="Old Gloucester Street", city="London", pc="WC1N 3AX"),
  "+442034554200", "londonro.co.uk", 5),
 ("GB", "1st Formations", dict(num="128", street="City Road", city="London", pc="EC1V 2NX"), "+442071205000", None, 9),
 ("US", "The Corporation Trust Company", dict(bldg="Corporation Trust Center", num="1209", street="Orange Street",
  city="Wilmington", region="DE", pc="19801"), "+13026587581", None, 9),
 ("US", "Corporation Service Company", dict(num="251", street="Little Falls Drive", city="Wilmington", region="DE",
  pc="19808"), "+13026365401", None, 7),
 ("US", "Registered Agents Inc.", dict(num="8", street="The Green", unit="A", city="Dover", region="DE", pc="19901"),
  "+13024210000", "registeredagentsinc.com", 6),
 ("US", "Northwest Registered Agent", dict(num="30", street="N Gould Street", unit="R", city="Sheridan", region="WY",
  pc="82801"), "+13076720000", "northwestregisteredagent.com", 8),
 ("US", "Wyoming Corporate Services", dict(num="1621", street="Central Avenue", city="Cheyenne", region="WY", pc="82001"),
  "+13076320000", None, 5),
 ("HK", "ZJ Corporate Services", dict(bldg="ZJ 300", bldg_n="ZJ 300", num="300", street="Lockhart Road", street_n="駱克道",
  floor="12", unit="A", district="Wan Chai", district_n="灣仔", city="Hong Kong", city_n="香港"), "+85228880000",
  "zjcorpsec.com.hk", 10),
 ("HK", "Wing On Secretarial", dict(bldg="Wing On Centre", bldg_n="永安中心", num="111", street="Connaught Road Central",
  street_n="干諾道中", floor="14", unit="1405", district="Sheung Wan", district_n="上環", city="Hong Kong", city_n="香港"),
  "+85225448000", "wingonsec.hk", 7),
 ("HK", "L. Plaza Company Secretary", dict(bldg="The L. Plaza", bldg_n="The L. Plaza", num="367-375",
  street="Queen's Road Central", street_n="皇后大道中", floor="16", unit="1603", district="Sheung Wan", district_n="上環",
  city="Hong Kong", city_n="香港"), "+85231060000", None, 6),
 ("HK", "Kwai Chung Corporate", dict(bldg="Kwai Cheong Centre", bldg_n="葵昌中心", num="50", street="Kwai Cheong Road",
  street_n="葵昌路", floor="9", unit="B", district="Kwai Chung", district_n="葵涌", city="New Territories", city_n="新界"),
  "+85224210000", "gmail.com", 4),
 ("SG", "International Plaza Corporate Services", dict(bldg="International Plaza", num="10", street="Anson Road", floor="27",
  unit="15", city="Singapore", pc="079903"), "+6562200000", "ipcorpservices.sg", 8),
 ("SG", "SBF Center Secretarial", dict(bldg="SBF Center", num="160", street="Robinson Road", floor="14", unit="04",
  city="Singapore", pc="068914"), "+6563230000", None, 6),
 ("SG", "Circular Road Incorporations", dict(num="68", street="Circular Road", floor="02", unit="01", city="Singapore",
  pc="049422"), "+6565360000", "incorp-sg.com", 7),
 ("AE", "SPC Free Zone Business Centre", dict(bldg="Business Centre", street="Sharjah Publishing City Free Zone",
  city="Sharjah", pobox="515000"), "+97165090000", None, 8),
 ("AE", "IFZA Business Park", dict(bldg="IFZA Business Park", street="DDP", district="Dubai Silicon Oasis", city="Dubai",
  pobox="342001"), "+97142281000", "ifza-setup.ae", 8),
 ("AE", "Meydan Free Zone", dict(bldg="Meydan Grandstand", floor="6", street="Meydan Road", district="Nad Al Sheba",
  city="Dubai"), "+97143600000", None, 6),
 ("AE", "JLT Business Centre", dict(bldg="Jumeirah Business Centre 5", unit="101", street="Cluster W",
  district="Jumeirah Lake Towers", city="Dubai", pobox="48800"), "+97144230000", "jltbc.ae", 5),
 ("CY", "Neocleous Corporate", dict(bldg="Neocleous House", num="195", street="Makariou III Avenue", city="Limassol",
  pc="3030"), "+35725110000", None, 6),
 ("CY", "Chapo Central Services", dict(bldg="Chapo Central", num="20", street="Spyrou Kyprianou Avenue", floor="1",
  city="Nicosia", pc="1075"), "+35722000000", "chapocorporate.com.cy", 4),
 ("EE", "e-Residency Hub", dict(num="6", street="Sepapaja tn", city="Tallinn", pc="15551", region="Harju maakond"),
  "+3726000000", None, 9),
 ("EE", "Narva Virtual Office", dict(num="7", unit="634", street="Narva mnt", city="Tallinn", pc="10117",
  region="Harju maakond", district="Kesklinna linnaosa"), "+3726901000", "narvaoffice.ee", 7),
 ("EE", "Ahtri Business Address", dict(num="12", street="Ahtri tn", city="Tallinn", pc="10151"), "+3726880000", None, 5),
 ("IE", "Camden Registered Office", dict(num="77", street="Camden Street Lower", city="Dublin", pc="D02 XE80"),
  "+35314000000", None, 5),
 ("NL", "Herengracht Virtual Office", dict(num="420", street="Herengracht", city="Amsterdam", pc="1017 BZ"),
  "+31208200000", None, 5),
 ("VG", "Trident Trust", dict(bldg="Trident Chambers", street="Wickhams Cay I", city="Road Town", region="Tortola",
  pobox="146"), "+12844942434", None, 8),
 ("VG", "Vistra BVI", dict(bldg="Vistra Corporate Services Centre", street="Wickhams Cay II", city="Road Town",
  region="Tortola", pc="VG1110"), "+12844944100", None, 8),
 ("VG", "Craigmuir Chambers", dict(bldg="Craigmuir Chambers", city="Road Town", region="Tortola", pc="VG1110"),
  "+12844942233", None, 6),
 ("SC", "Sound & Vision Registered Agents", dict(bldg="Sound & Vision House", floor="2", unit="1",
  street="Francis Rachel Street", city="Victoria", region="Mahé"), "+2484321000", None, 7),
 ("SC", "House of Francis", dict(bldg="House of Francis", unit="303", street="Ile du Port", city="Victoria", region="Mahé"),
  "+2484610000", None, 6),
 ("CN", "Qianhai Business Secretary", dict(bldg="Building A", bldg_n="A栋", num="1", street="Qianwan 1st|Rd",
  street_n="前湾一", unit="201", district="Qianhai", district_n="前海深港合作区", city="Shenzhen", city_n="深圳市",
  pc="518000", extra_n="（入驻深圳市前海商务秘书有限公司）", extra="(c/o Shenzhen Qianhai Business Secretary Co., Ltd.)"),
  "+8675586000000", None, 12),
 ("CN", "Horgos Registration Center", dict(num="28", street="Ya'ou|Rd", street_n="亚欧", city="Horgos", city_n="霍尔果斯市",
  region="Xinjiang", region_n="新疆伊犁州", unit="1102", pc="835221"), "+869998780000", None, 6),
 ("MY", "Labuan Trust Company", dict(bldg="Main Office Tower", floor="15", unit="A1", street="Jalan Merdeka",
  district="Financial Park Labuan", city="Labuan", pc="87000"), "+6087410000", None, 5),
 ("KZ", "AIFC Corporate Services", dict(num="55/20", street="Мангилик Ел|пр", city="Astana", city_n="Астана", pc="010000"),
  "+77172640000", None, 4),
]

# Big office towers: many unrelated tenants on different floors.
TOWERS = [
 ("HK", dict(bldg="International Commerce Centre", bldg_n="環球貿易廣場", num="1", street="Austin Road West", street_n="柯士甸道西",
  district="Tsim Sha Tsui", district_n="尖沙咀", city="Kowloon", city_n="九龍"), 118),
 ("HK", dict(bldg="Two International Finance Centre", bldg_n="國際金融中心二期", num="8", street="Finance Street", street_n="金融街",
  district="Central", district_n="中環", city="Hong Kong", city_n="香港"), 88),
 ("HK", dict(bldg="Lippo Centre, Tower 2", bldg_n="力寶中心第二座", num="89", street="Queensway", street_n="金鐘道",
  district="Admiralty", district_n="金鐘", city="Hong Kong", city_n="香港"), 44),
 ("SG", dict(bldg="Marina Bay Financial Centre Tower 3", num="12", street="Marina Boulevard", city="Singapore", pc="018982"), 46),
 ("SG", dict(bldg="Suntec Tower Five", num="5", street="Temasek Boulevard", city="Singapore", pc="038985"), 45),
 ("GB", dict(bldg="One Canada Square", street="Canary Wharf", city="London", pc="E14 5AB"), 50),
 ("GB", dict(bldg="The Shard", num="32", street="London Bridge Street", city="London", pc="SE1 9SG"), 72),
 ("US", dict(bldg="Empire State Building", num="350", street="Fifth Avenue", city="New York", region="NY", pc="10118"), 102),
 ("US", dict(bldg="Salesforce Tower", num="415", street="Mission Street", city="San Francisco", region="CA", pc="94105"), 61),
 ("US", dict(num="1", street="World Trade Center", city="New York", region="NY", pc="10007"), 94),
 ("CN", dict(bldg="Shanghai World Financial Center", bldg_n="上海环球金融中心", num="100", street="Century|Ave", street_n="世纪",
  district="Pudong New Area", district_n="浦东新区", city="Shanghai", city_n="上海市", pc="200120"), 101),
 ("CN", dict(bldg="China World Tower 3", bldg_n="国贸大厦三期", num="1", street="Jianguomenwai|St", street_n="建国门外",
  district="Chaoyang District", district_n="朝阳区", city="Beijing", city_n="北京市", pc="100004"), 81),
 ("CN", dict(bldg="Ping An Finance Center", bldg_n="平安金融中心", num="5033", street="Yitian|Rd", street_n="益田",
  district="Futian District", district_n="福田区", city="Shenzhen", city_n="深圳市", pc="518048"), 118),
 ("JP", dict(bldg="Roppongi Hills Mori Tower", bldg_n="六本木ヒルズ森タワー", num="6-10-1", street="Roppongi", street_n="六本木",
  district="Minato-ku", district_n="港区", city="Tokyo", city_n="東京都", pc="106-6108"), 54),
 ("KR", dict(bldg="Gangnam Finance Center", bldg_n="강남파이낸스센터", num="152", street="Teheran-ro", street_n="테헤란로",
  district="Gangnam-gu", district_n="강남구", city="Seoul", city_n="서울특별시", pc="06236"), 45),
 ("AE", dict(bldg="Almas Tower", street="Jumeirah Lake Towers", district="JLT", city="Dubai", pobox="340505"), 68),
 ("AE", dict(bldg="Emirates Towers", street="Sheikh Zayed Road", city="Dubai", pobox="72127"), 54),
 ("RU", dict(bldg="Federation Tower", bldg_n="Башня Федерация", num="12", street="Пресненская|наб", city="Moscow",
  city_n="Москва", pc="123317"), 95),
 ("TW", dict(bldg="Taipei 101", bldg_n="台北101", num="7", street="Xinyi Rd.|Sec. 5", street_n="信義路五段",
  district="Xinyi Dist.", district_n="信義區", city="Taipei City", city_n="臺北市", pc="110"), 101),
 ("DE", dict(bldg="Messeturm", num="49", street="Friedrich-Ebert-Anlage", city="Frankfurt am Main", pc="60308"), 63),
 ("IN", dict(bldg="World Trade Center, Brigade Gateway", num="26/1", street="Dr. Rajkumar Road", city="Bengaluru",
  region="Karnataka", pc="560055"), 32),
 ("AU", dict(bldg="Governor Phillip Tower", num="1", street="Farrer Place", city="Sydney", region="NSW", pc="2000"), 64),
 ("KZ", dict(bldg="Esentai Tower", bldg_n="Есентай Тауэр", num="77/7", street="Аль-Фараби|пр", city="Almaty",
  city_n="Алматы", pc="050040"), 37),
 ("TR", dict(bldg="İstanbul Sapphire", num="1", street="Büyükdere Caddesi", district="Levent", city="İstanbul", pc="34330"), 54),
 ("MY", dict(bldg="Menara Exchange 106", street="Lingkaran TRX", city="Kuala Lumpur", pc="55188"), 95),
]

COWORK_BRANDS = {
 "*": ["WeWork", "Regus", "Spaces", "Servcorp", "Industrious", "Impact Hub"],
 "SG": ["JustCo", "The Great Room"], "HK": ["The Hive", "Garage Society"], "CN": ["Ucommune", "naked Hub"],
 "IL": ["Mindspace"], "DE": ["Mindspace", "Factory"], "FR": ["Station F", "Morning"], "KR": ["FastFive", "Sparkplus"],
 "JP": ["WeWork", "Business-Airport"], "IN": ["91springboard", "Awfis", "WeWork"], "AE": ["Nest", "Astrolabs"],
}


# --------------------------------------------------------------------------
# Person facts and their renderings.
# A person is (culture, family entry, given entry, middle, female?).
# --------------------------------------------------------------------------

FEMALE_NATIVE_END = ("а", "я")
FEMALE_OTHER = set("Fatima Aisha Mariam Layla Noor Sara Maryam Fatemeh Zahra Narges Parisa Sarah Noa Tamar Maya Yael Michal "
                   "Shira Anahit Ani Lilit Maria Eleni Katerina Sofia Mei_Ling Wing_Yan Hoi_Ching Ka_Yan Sze_Wai Hui_Min "
                   "Siew_Ling Xin_Yi Jia_Hui Mei-Ling Yu-Ting Shu-Fen Ya-Ting Hsin-Yi Yōko Yui Akiko Misaki Naoko Keiko "
                   "Seo-yeon Soo-jin Eun-ji Hye-jin Ji-young Hương Lan Linh Mai Trang Thảo Hà Phương Nur_Aisyah "
                   "Siti_Nurhaliza Nurul_Huda Farah Fang Na Jing Li Xiu_Ying Hai_Yan Yan Hong Zi_Han".replace("_", " ").split(" "))


def new_person(rng, cu):
    fams, fpick, givs, gpick = POOLS[cu]
    fam, giv = fpick(rng), gpick(rng)
    if cu in CYRILLIC_CULTURES:
        fem = giv[1].endswith(FEMALE_NATIVE_END) and giv[1] not in ("Илья", "Никита")
        if fem and cu != "ua":
            fam = ((None,), cyr_female_surname(fam[1]), None)
        males = [g for g in givs if not g[1].endswith(FEMALE_NATIVE_END)]
        mid = cyr_patronymic(rng.choice(males)[1], fem)
    else:
        lat = giv[0][0]
        fem = lat in FEMALE_HINT or lat in FEMALE_OTHER
        mid = None
        if cu == "pl" and fem and fam[0][0].endswith(("ski", "cki", "dzki")):
            fam = ((fam[0][0][:-1] + "a",), None, None)
        elif cu == "vn":
            mid = "Thị" if fem else VN_MIDDLE(rng)
            while mid == "Thị" and not fem:
                mid = VN_MIDDLE(rng)
        elif cu == "en" and rng.random() < 0.3:
            mid = rng.choice("ABCDEFGHJKLMNPRSTW")
        elif cu in ("ar", "fa") and rng.random() < 0.4:
            mid = gpick(rng)                 # father's name
            while mid[0][0] in FEMALE_OTHER:
                mid = gpick(rng)
        elif cu in ("hk", "sg") and rng.random() < 0.35:
            mid = rng.choice(ENGLISH_NICK)   # English first name
    return (cu, fam, giv, mid, fem)


def _variant(rng, entry, p_alt=0.35):
    lat = entry[0]
    if len(lat) > 1 and rng.random() < p_alt:
        return rng.choice(lat[1:])
    return lat[0]


def _join_given(g, rng):
    """Chinese-style two-syllable given names: Xiaoming / Xiao Ming / Xiao-Ming."""
    if " " not in g:
        return g
    a, b = g.split(" ", 1)
    r = rng.random()
    if r < 0.55:
        return a + b.lower()
    if r < 0.75:
        return g
    if r < 0.9:
        return a + "-" + b.lower()
    return a + "-" + b


NATIVE_HOME = {"ru": ("RU", "KZ"), "ua": ("RU", "KZ", "CY"), "kk": ("KZ",), "cn": ("CN", "HK", "TW", "SG"),
               "hk": ("HK", "CN"), "tw": ("TW",), "jp": ("JP",), "kr": ("KR",), "ar": ("AE",), "he": ("IL",),
               "hy": ("AM",), "gr": ("CY",), "fa": ("AE",)}


def render_person(rng, p, cc):
    """One human-typed spelling of a person's name."""
    cu, fam, giv, mid, fem = p
    home = cc in NATIVE_HOME.get(cu, ())
    r = rng.random()
    if cu in CYRILLIC_CULTURES:
        if rng.random() < (0.4 if home else 0.05):
            if r < 0.5:
                s = "%s %s %s" % (fam[1], giv[1], mid)
            elif r < 0.8:
                s = "%s %s" % (giv[1], fam[1])
            else:
                s = "%s %s.%s." % (fam[1], giv[1][0], mid[0])
            return s
        system = Picker([(1, 40), (0, 35), (2, 12), (3, 8)])(rng)
        ua = cu == "ua"
        f, g = translit(fam[1], system, ua), translit(giv[1], system, ua)
        if r < 0.55:
            s = "%s %s" % (g, f)
        elif r < 0.75:
            s = "%s %s" % (f.upper(), g)
        elif r < 0.9:
            s = "%s %s %s" % (f, g, translit(mid, system, ua))
        else:
            s = "%s %s %s" % (g, translit(mid, system, ua), f)
    elif cu in ("cn", "hk", "tw", "jp", "kr") and fam[1] and giv[1] and rng.random() < (0.3 if home else 0.06):
        trad = cc in ("HK", "TW") or cu in ("hk", "tw")
        f = fam[2] if trad else fam[1]
        g = giv[2] if trad else giv[1]
        return f + (" " if cu in ("jp",) and rng.random() < 0.3 else "") + g
    elif cu == "cn":
        f, g = fam[0][0], _join_given(giv[0][0], rng)
        if r < 0.45:
            s = "%s %s" % (f, g)
        elif r < 0.75:
            s = "%s %s" % (g, f)
        elif r < 0.88:
            s = "%s %s" % (f.upper(), g)
        elif r < 0.95:
            s = "%s, %s" % (f, g)
        else:
            s = "%s %s" % (g, f.upper())
    elif cu in ("hk", "sg"):
        f, g = fam[0][0], giv[0][0]
        hy = g.split(" ")[0] + "-" + g.split(" ")[1].lower() if " " in g else g
        opts = [("%s %s" % (f.upper(), g), 3), ("%s %s" % (f, hy), 2), ("%s %s" % (g, f), 2), ("%s %s" % (f, g), 3)]
        if mid:
            opts += [("%s %s" % (mid, f), 4), ("%s %s %s" % (f, g, mid), 2), ("%s %s %s" % (mid, f, g), 2)]
        s = Picker(opts)(rng)
    elif cu == "tw":
        f, g = _variant(rng, fam, 0.2), _variant(rng, giv, 0.12)
        if r < 0.4:
            s = "%s %s" % (f, g)
        elif r < 0.7:
            s = "%s %s" % (g, f)
        elif r < 0.85:
            s = ("%s %s" % (f, g)).upper()
        else:
            s = "%s %s" % (f, g.replace("-", " "))
    elif cu == "jp":
        f, g = _variant(rng, fam, 0.45), _variant(rng, giv, 0.45)
        if r < 0.5:
            s = "%s %s" % (g, f)
        elif r < 0.8:
            s = "%s %s" % (f, g)
        else:
            s = "%s %s" % (f.upper(), g)
    elif cu == "kr":
        f, g = _variant(rng, fam, 0.25), _variant(rng, giv, 0.4)
        if r < 0.35:
            s = "%s %s" % (f, g)
        elif r < 0.7:
            s = "%s %s" % (g, f)
        elif r < 0.85:
            s = ("%s %s" % (f, g.replace("-", " "))).upper()
        else:
            s = "%s %s" % (f.upper(), g)
    elif cu == "vn":
        f, g = fam[0][0], giv[0][0]
        if r < 0.35:
            s = "%s %s %s" % (f, mid, g)
        elif r < 0.7:
            s = strip_diacritics("%s %s %s" % (f, mid, g))
        elif r < 0.82:
            s = strip_diacritics("%s %s" % (g, f))
        elif r < 0.92:
            s = strip_diacritics("%s %s %s" % (f, mid, g)).upper()
        else:
            s = "%s %s %s" % (mid, g, f)
    elif cu == "ms":
        f, g = _variant(rng, fam), _variant(rng, giv)
        link = ("binti", "bt", "bt.", "Binti") if fem else ("bin", "b.", "B.", "Bin")
        if r < 0.55:
            s = "%s %s %s" % (g, rng.choice(link), f)
        elif r < 0.85:
            s = "%s %s" % (g, f)
        else:
            s = ("%s %s %s" % (g, link[0], f)).upper()
    else:
        # Latin-script cultures plus those with spelling variants (ar, fa, he, hy, gr, in)
        if fam[1] and cu in ("ar", "he", "hy", "gr", "fa") and rng.random() < (0.12 if home else 0.02):
            parts = [giv[1]] + ([mid[1]] if mid and not isinstance(mid, str) and mid[1] else []) + [fam[1]]
            return " ".join(parts)
        f, g = _variant(rng, fam), _variant(rng, giv)
        m = ""
        if mid and isinstance(mid, str) and rng.random() < 0.6:
            m = mid + ". " if rng.random() < 0.8 else mid + " "
        elif mid and not isinstance(mid, str) and rng.random() < 0.5:
            m = _variant(rng, mid) + " "
        if cu == "in" and rng.random() < 0.05:
            s = "%s. %s" % (g[0], f)
        elif r < 0.78:
            s = "%s %s%s" % (g, m, f)
        elif r < 0.86:
            s = "%s %s" % (f.upper(), g)
        elif r < 0.93:
            s = "%s, %s" % (f, g)
        else:
            s = "%s %s%s" % (g, m, f.upper())
        if cu == "nl" and rng.random() < 0.3:
            s = s.replace("de ", "De ").replace("van ", "Van ")
        if rng.random() < 0.3:
            s = german_fold(s) if cu == "de" and rng.random() < 0.5 else strip_diacritics(s)
    if rng.random() < 0.05:
        s = s.upper()
    if rng.random() < 0.025:
        s = typo(rng, s)
    return s


def person_key(p):
    """Identity of a person fact (used for stats and common-name checks)."""
    return (p[0], p[1][1] or p[1][0][0], p[2][1] or p[2][0][0])


# --------------------------------------------------------------------------
# Company facts and their renderings.
# --------------------------------------------------------------------------

def new_brand(rng, style):
    """(latin brand, native brand, traditional native brand)."""
    if style == "zh":
        a, b = ZH_SYL_PICK(rng), ZH_SYL_PICK(rng)
        while b == a:
            b = ZH_SYL_PICK(rng)
        return (a[0] + b[0].lower(), a[1] + b[1], a[2] + b[2])
    if style == "jp":
        b = rng.choice(JP_BRANDS)
        return (b[0], b[1], b[1])
    if style == "kr":
        b = rng.choice(KR_BRANDS)
        return (b[0], b[1], b[1])
    if style == "ru":
        b = rng.choice(RU_BRANDS)
        return (translit(b, 0), b, b)
    if style == "vn":
        b = rng.choice(VN_BRANDS)
        return (strip_diacritics(b), b, b)
    r = rng.random()
    if r < 0.35:
        w = GENERIC_PICK(rng)
    elif r < 0.65:
        a, b = GENERIC_PICK(rng), GENERIC_PICK(rng)
        w = a + (" " if rng.random() < 0.6 else "") + b if a != b else a
    else:
        n = 2 if rng.random() < 0.7 else 3
        w = "".join(rng.choice(SYLLABLES) for _ in range(n)).capitalize()
    return (w, None, None)


STYLE_BY_CC = {"CN": ("zh", 1.0), "HK": ("zh", 0.55), "TW": ("zh", 0.6), "JP": ("jp", 0.6), "KR": ("kr", 0.6),
               "RU": ("ru", 0.75), "KZ": ("ru", 0.6), "VN": ("vn", 0.7)}
QUALIFIERS = ["Global", "International", "Asia", "Asia Pacific", "Europe", "Worldwide", "Group"]


def new_company(rng, cc, trade=False, brand=None, style=None):
    st = STYLE_BY_CC.get(cc)
    if style is None:
        style = st[0] if st and rng.random() < st[1] else "latin"
    if brand is None:
        brand = new_brand(rng, style)
    acts = ACT_TRADE if trade else ACT_TECH
    act = rng.choice(acts) if rng.random() < 0.7 else ACT_PICK(rng)
    loc = None
    if cc == "CN" and rng.random() < 0.75:
        c = rng.choice(COUNTRIES["CN"]["cities"])
        loc = (c[0], c[1][:-1] if c[1].endswith("市") else c[1])
    qual = None
    if cc == "HK" and rng.random() < 0.35:
        qual = rng.choice(["(HK)", "(Hong Kong)", "HK", "(H.K.)"])
    elif cc in ("SG", "AE", "GB", "US", "VG", "SC", "CY") and rng.random() < 0.08:
        qual = rng.choice(QUALIFIERS)
    return dict(cc=cc, style=style, brand=brand, act=act, loc=loc, qual=qual, lg=LEGAL_PICK[cc](rng))


def company_like(rng, base, cc, keep_act=True):
    """A sister company: same brand, maybe another activity or jurisdiction."""
    style = base["style"]
    if style != "latin" and STYLE_BY_CC.get(cc, ("latin",))[0] != style:
        style = "latin"                  # e.g. a Chinese brand registered in Singapore
    co = new_company(rng, cc, brand=base["brand"], style=style)
    if keep_act and rng.random() < 0.6:
        co["act"] = base["act"]
    return co


def _act_latin(rng, act, p_alt=0.35):
    forms = ACTIVITIES[act][0].split("|")
    return forms[0] if len(forms) == 1 or rng.random() > p_alt else rng.choice(forms[1:])


def render_company(rng, co):
    cc, style, brand = co["cc"], co["style"], co["brand"]
    legal = LEGAL[cc][co["lg"]]
    latin_legal = legal[1][0] if rng.random() < 0.6 else rng.choice(legal[1])
    act = ACTIVITIES[co["act"]]
    r = rng.random()
    native_p = {"zh": 0.35 if cc == "CN" else 0.2 if cc == "TW" else 0.12, "jp": 0.3, "kr": 0.3, "ru": 0.4, "vn": 0.45}
    if style != "latin" and brand[1] and rng.random() < native_p.get(style, 0):
        if style == "zh":
            trad = cc in ("HK", "TW")
            b = brand[2] if trad else brand[1]
            a = act[1]
            if trad:
                a = a.replace("数", "數").replace("据", "據").replace("电", "電").replace("贸", "貿").replace("网", "網") \
                    .replace("络", "絡").replace("术", "術").replace("际", "際").replace("计", "計").replace("云", "雲") \
                    .replace("机", "機").replace("团", "團").replace("软", "軟").replace("件", "件").replace("应", "應") \
                    .replace("链", "鏈").replace("资", "資").replace("询", "詢").replace("统", "統").replace("决", "決")
            if cc == "CN":
                loc = co["loc"]
                pre = (loc[1] + ("市" if rng.random() < 0.7 else "")) if loc else ""
                s = pre + b + a + "有限公司"
            elif cc == "HK":
                s = b + a + ("(香港)" if co["qual"] else "") + "有限公司"
            else:
                s = b + a + "股份有限公司"
        elif style == "jp":
            s = ("株式会社" + brand[1] + act[2]) if rng.random() < 0.6 else (brand[1] + act[2] + "株式会社")
        elif style == "kr":
            pre = "주식회사 " if rng.random() < 0.6 else "(주)"
            s = pre + brand[1] + act[3] if rng.random() < 0.75 else brand[1] + act[3] + " 주식회사"
        elif style == "ru":
            form = legal[2] or "ООО"
            q = rng.choice(['"%s"', "«%s»", "«%s»"])
            s = "%s %s" % (form, q % (brand[1] + " " + act[4]))
        else:  # vn
            s = "%s %s %s" % (legal[2], act[5], brand[1])
        return s if rng.random() > 0.02 else typo(rng, s)
    b = brand[0]
    if style == "ru":
        sysno = rng.choice([0, 0, 1, 2])
        b = translit(brand[1], sysno) if brand[1] else b
        if r < 0.45:
            act_s = translit(act[4], sysno)
            s = "%s %s" % (latin_legal if latin_legal in ("OOO", "AO", "TOO") else rng.choice(["OOO", "LLC"]),
                           rng.choice(['"%s %s"', "%s %s"]) % (b, act_s))
            return s
        s = "%s %s %s" % (b, _act_latin(rng, co["act"]), latin_legal)
    elif style == "zh" and cc == "CN":
        loc = co["loc"]
        a = _act_latin(rng, co["act"])
        if loc and r < 0.7:
            s = "%s %s %s %s" % (loc[0], b, a, latin_legal)
        elif loc and r < 0.85:
            s = "%s %s (%s) %s" % (b, a, loc[0], latin_legal)
        else:
            s = "%s %s %s" % (b, a, latin_legal)
    else:
        a = _act_latin(rng, co["act"])
        q = co["qual"]
        if q and q.startswith("(") and rng.random() < 0.85:
            s = "%s %s %s %s" % (b, a, q, latin_legal)
        elif q and not q.startswith("(") and rng.random() < 0.8:
            s = "%s %s %s %s" % (b, q, a, latin_legal) if q not in ("HK",) else "%s %s %s %s" % (b, a, q, latin_legal)
        else:
            s = "%s %s %s" % (b, a, latin_legal)
        if style == "vn" and rng.random() < 0.3:
            s = s.replace(b, brand[1] or b)
    if rng.random() < 0.08:
        s = s.rsplit(" ", 1)[0] if not latin_legal.count(" ") else s.replace(" " + latin_legal, "")
    if rng.random() < 0.06:
        s = s.upper()
    elif rng.random() < 0.03:
        s = s.replace(",", "")
    if rng.random() < 0.02:
        s = typo(rng, s)
    return s


# --------------------------------------------------------------------------
# Addresses: facts and renderings.
# --------------------------------------------------------------------------

ABBR = {
 "Street": ["St", "St."], "Road": ["Rd", "Rd."], "Avenue": ["Ave", "Ave.", "Av."], "Boulevard": ["Blvd", "Blvd.", "Bd"],
 "Drive": ["Dr", "Dr."], "Lane": ["Ln"], "Place": ["Pl", "Pl."], "Square": ["Sq"], "Parkway": ["Pkwy"], "North": ["N", "N."],
 "South": ["S", "S."], "East": ["E", "E."], "West": ["W", "W."], "Central": ["C", "Central"], "Lower": ["Lr", "Lwr"],
 "Upper": ["Upr"], "Building": ["Bldg", "Bldg."], "Centre": ["Ctr", "Center"], "Center": ["Ctr", "Centre"], "Tower": ["Twr"],
 "Caddesi": ["Cad.", "Cd."], "Bulvarı": ["Blv.", "Bulvari"], "Sokak": ["Sk.", "Sok."], "Jalan": ["Jln.", "Jln"],
 "Persiaran": ["Psn."], "Avenida": ["Av.", "Avda."], "Rua": ["R."], "Aleje": ["Al."], "mnt": ["maantee", "mnt."],
 "tn": ["tänav", "tn."], "Rd.": ["Road", "Rd"], "Sec.": ["Section", "Sec"], "S.": ["South", "S"], "E.": ["East", "E"],
 "Dist.": ["District", "Dist"], "Fifth": ["5th"], "Second": ["2nd"], "Business": ["Bus."], "Industrial": ["Ind."],
 "Gould": ["Gould"], "Makariou": ["Makarios", "Arch. Makariou"], "Dr.": ["Doctor", "Dr"],
}
DE_SUFFIX = (("straße", ["str.", "strasse", "str"]), ("Straße", ["Str.", "Strasse"]), ("strasse", ["str.", "straße"]))
CN_TYPES = {"Rd": ("路", ["Road", "Rd.", "Lu", "Road"]), "St": ("大街", ["Street", "St.", "Dajie", "Street"]),
            "Ave": ("大道", ["Avenue", "Ave.", "Dadao", "Avenue"])}
RU_TYPES = {"ул": (["улица", "ул."], ["ulitsa", "ul."], ["Street", "St."]),
            "пр": (["проспект", "пр-т", "просп."], ["prospekt", "pr-t", "prosp."], ["Avenue", "Ave"]),
            "наб": (["набережная", "наб."], ["naberezhnaya", "nab."], ["Embankment", "Emb."]),
            "ш": (["шоссе", "ш."], ["shosse", "sh."], ["Highway", "Hwy"])}
BLDG_WORDS = ["Tower", "House", "Building", "Centre", "Plaza", "Business Park", "Tech Park", "Court", "Exchange", "Hub"]
HK_BLDG = [("Centre", "中心"), ("Building", "大廈"), ("Commercial Building", "商業大廈"), ("Tower", "大廈"), ("Plaza", "廣場")]


def _ord(n):
    n = int(n)
    suf = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def gen_postcode(rng, pattern):
    if not pattern:
        return None
    pat = rng.choice(pattern.split("|"))
    if pat.isalnum() and "#" not in pat and pat[0].isalpha() and len(pat) <= 4 and pat not in ("VG1110",):
        # UK outward code: add an inward code
        return pat + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    out = []
    for ch in pat:
        if ch == "#":
            out.append(rng.choice("0123456789"))
        elif ch == "A" and pat not in ("VG1110",):
            out.append(rng.choice("ABCEHJKLMNPRSTVWXY"))
        else:
            out.append(ch)
    return "".join(out)


def normalise_place(cc, a):
    """Complete a hand-written place dict into an address fact."""
    a = dict(a)
    a["cc"] = cc
    st = a.get("street")
    fmt = COUNTRIES[cc]["fmt"]
    if fmt == "ru" and st and "|" in st:
        a["street_n"], a["stype"] = st.split("|")
        a["street"] = None
    city = a.get("city")
    for c in COUNTRIES[cc]["cities"]:
        if c[0] == city:
            a.setdefault("city_n", c[1])
            a.setdefault("alt", c[6])
            a.setdefault("region", c[4])
    return a


def new_address(rng, cc, kind="office", city=None):
    """kind: office (commercial, floor/unit), home (flat), plain (street only)."""
    C = COUNTRIES[cc]
    fmt = C["fmt"]
    c = city or rng.choice(C["cities"])
    st = rng.choice(C["streets"])
    a = dict(cc=cc, city=c[0], city_n=c[1], region=c[4], alt=c[6], pc=gen_postcode(rng, c[3]))
    if c[5]:
        d = rng.choice(c[5])
        a["district"], a["district_n"] = d
    if fmt == "ru":
        a["street_n"], a["stype"], a["street"] = st[0], st[1], None
    else:
        a["street"] = st[0]
        a["street_n"] = st[1] if len(st) > 1 else None
    if fmt == "jp":
        a["num"] = "%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20))
    elif fmt in ("us", "br"):
        a["num"] = str(rng.randint(1, 3999))
    elif fmt == "ae":
        a["num"] = None if rng.random() < 0.6 else str(rng.randint(1, 60))
    elif fmt == "in" and rng.random() < 0.3:
        a["num"] = "%d/%d" % (rng.randint(1, 300), rng.randint(1, 9))
    else:
        a["num"] = str(rng.randint(1, 250)) + ("" if rng.random() > 0.05 or fmt in ("cn", "kr", "tw") else rng.choice("ab"))
    if kind == "office":
        fl = rng.randint(1, 32) if rng.random() < 0.9 else rng.randint(33, 60)
        if rng.random() < 0.8:
            a["floor"] = str(fl)
        if rng.random() < 0.7:
            if fmt in ("hk",) and rng.random() < 0.5:
                a["unit"] = rng.choice("ABCDEFGH")
            elif fmt == "sg":
                a["floor"] = "%02d" % fl
                a["unit"] = "%02d" % rng.randint(1, 40)
            elif fmt in ("ru", "de", "tr", "br", "fr", "pl"):
                a["unit"] = str(rng.randint(1, 420))
            else:
                a["unit"] = "%d%02d" % (fl, rng.randint(1, 30))
        if rng.random() < 0.4:
            a.update(new_building(rng, cc))
    elif kind == "home":
        a["res"] = True
        if rng.random() < 0.75:
            a["unit"] = str(rng.randint(1, 40)) + (rng.choice("ABCD") if fmt == "us" and rng.random() < 0.4 else "")
            if fmt in ("cn", "hk", "sg", "kr", "tw", "jp", "ru") and rng.random() < 0.5:
                fl = rng.randint(2, 30)
                a["floor"] = str(fl)
                a["unit"] = "%d%02d" % (fl, rng.randint(1, 12)) if fmt != "hk" else rng.choice("ABCDEFGH")
    return a


def new_building(rng, cc):
    fmt = COUNTRIES[cc]["fmt"]
    if fmt == "cn":
        b = new_brand(rng, "zh")
        w = rng.choice([("Building", "大厦"), ("Mansion", "大厦"), ("Plaza", "广场"), ("Science Park", "科技园"),
                        ("Tower", "大厦")])
        return dict(bldg="%s %s" % (b[0], w[0]), bldg_n=b[1] + w[1])
    if fmt == "hk":
        b = new_brand(rng, "zh")
        w = rng.choice(HK_BLDG)
        return dict(bldg="%s %s" % (b[0], w[0]), bldg_n=b[2] + w[1])
    if fmt == "jp":
        b = rng.choice(JP_BRANDS)
        return dict(bldg="%s Building" % b[0], bldg_n=b[1] + "ビル")
    if fmt == "kr":
        b = rng.choice(KR_BRANDS)
        return dict(bldg="%s Tower" % b[0], bldg_n=b[1] + "타워")
    return dict(bldg="%s %s" % (GENERIC_PICK(rng), rng.choice(BLDG_WORDS)), bldg_n=None)


def _abbr(rng, s, p):
    if not s or rng.random() > p:
        return s
    out = []
    for t in s.split(" "):
        alts = ABBR.get(t)
        if alts and rng.random() < 0.85:
            t = rng.choice(alts)
        else:
            for suf, reps in DE_SUFFIX:
                if t.endswith(suf):
                    t = t[: -len(suf)] + rng.choice(reps)
                    break
        out.append(t)
    return " ".join(out)


UNIT_DESIG = {
 "us": ["Suite {u}", "Ste {u}", "Ste. {u}", "#{u}", "Unit {u}", "STE {u}"],
 "gb": ["Suite {u}", "Unit {u}", "Office {u}", "Suite {u}"], "au": ["Suite {u}", "Unit {u}", "Level {f}, Suite {u}"],
 "hk": ["Flat {u}", "Room {u}", "Rm {u}", "Unit {u}", "Flat/Rm {u}", "Suite {u}", "Rm. {u}"],
 "cn": ["Room {u}", "Rm. {u}", "Suite {u}", "Unit {u}", "Room {u}"], "tw": ["Rm. {u}", "Room {u}", "Unit {u}"],
 "jp": ["Room {u}", "#{u}", "Suite {u}"], "kr": ["Suite {u}", "#{u}", "Room {u}", "{u}-ho"],
 "ru": ["office {u}", "of. {u}", "Office {u}", "pom. {u}", "room {u}"], "de": ["Büro {u}", "Suite {u}", "Raum {u}"],
 "pl": ["lok. {u}", "lokal {u}", "/{u}"], "fr": ["Bureau {u}", "bureau {u}", "Lot {u}"], "tr": ["D:{u}", "Daire {u}", "No:{u}"],
 "ae": ["Office {u}", "Suite {u}", "Unit {u}", "Office No. {u}", "Office #{u}"], "in": ["Unit {u}", "Office No. {u}", "#{u}"],
 "my": ["Unit {u}", "Suite {u}", "Lot {u}"], "vn": ["Phòng {u}", "Room {u}", "P.{u}"], "br": ["sala {u}", "conj. {u}", "cj. {u}"],
}
HOME_DESIG = {"us": ["Apt {u}", "Apt. {u}", "#{u}", "Unit {u}"], "gb": ["Flat {u}", "Apartment {u}", "Flat {u}"],
              "ru": ["kv. {u}", "apt. {u}", "flat {u}"], "de": ["Whg. {u}", "App. {u}"], "fr": ["Appt {u}", "Apt {u}"],
              "au": ["Unit {u}", "Apartment {u}"], "cn": ["Room {u}", "Apt {u}"], "in": ["Flat No. {u}", "Flat {u}"]}
FLOOR_DESIG = {
 "us": ["{o} Floor", "Floor {f}", "Fl {f}", "{f}F"], "gb": ["{o} Floor", "Floor {f}", "Level {f}"], "au": ["Level {f}", "Lvl {f}"],
 "hk": ["{f}/F", "{f}F", "{o} Floor", "Floor {f}", "{f}/F."], "cn": ["{f}F", "Floor {f}", "{o} Floor", "F{f}"],
 "tw": ["{f}F.", "{f}F", "{o} Floor"], "jp": ["{f}F", "{o} Floor", "{f}th fl."], "kr": ["{f}F", "{o} Floor", "{f}th fl."],
 "ru": ["floor {f}", "{o} floor", "et. {f}"], "de": ["{f}. OG", "{f}. Etage", "{o} floor"], "fr": ["{f}e étage", "étage {f}"],
 "tr": ["Kat:{f}", "Kat {f}", "K:{f}"], "ae": ["{o} Floor", "Floor {f}", "Level {f}"], "in": ["{o} Floor", "{f}th Flr", "Floor {f}"],
 "my": ["Level {f}", "Tingkat {f}", "{o} Floor"], "vn": ["Tầng {f}", "Floor {f}", "{f}F"], "br": ["{f}º andar", "{f} andar"],
 "pl": ["{f} piętro", "p. {f}"],
}
DESIG_FMT = {"sg": "hk", "ee": "de", "nl": "de", "se": "de", "ch": "de"}


def _desig(rng, table, fmt, **kw):
    opts = table.get(fmt) or table.get(DESIG_FMT.get(fmt, "gb")) or table["gb"]
    return rng.choice(opts).format(**kw)


def _native_addr(rng, a, fmt):
    """Native-script rendering (CJK, Cyrillic)."""
    u, f, num = a.get("unit"), a.get("floor"), a.get("num") or ""
    if fmt == "cn":
        stem, typ = (a["street"].split("|") + ["Rd"])[:2] if a.get("street") else ("", "Rd")
        s = (a.get("region_n") or "") + (a.get("city_n") or "") + (a.get("district_n") or "") + (a.get("street_n") or "") + \
            CN_TYPES.get(typ, CN_TYPES["Rd"])[0] + (num + "号" if num else "") + (a.get("bldg_n") or "")
        if f and rng.random() < 0.7:
            s += f + rng.choice(["楼", "层", "F"])
        if u:
            s += u + "室"
        s += a.get("extra_n") or ""
        if a.get("pc") and rng.random() < 0.3:
            s = s + " " + a["pc"] if rng.random() < 0.5 else "邮编" + a["pc"] + " " + s
        return s
    if fmt == "hk":
        s = (a.get("city_n") or "香港") + (a.get("district_n") or "") + (a.get("street_n") or "") + (num + "號" if num else "") + \
            (a.get("bldg_n") or "")
        if f:
            s += f + "樓"
        if u:
            s += u + "室"
        return s
    if fmt == "tw":
        s = (a.get("pc") or "") + (a.get("city_n") or "") + (a.get("district_n") or "") + (a.get("street_n") or "") + num + "號"
        if f:
            s += f + "樓"
        if u and rng.random() < 0.5:
            s += "之" + u[-1]
        return s
    if fmt == "jp":
        s = ("〒" + a["pc"] + " " if a.get("pc") and rng.random() < 0.8 else "") + (a.get("city_n") or "") + \
            (a.get("district_n") or "") + (a.get("street_n") or "") + num
        if a.get("bldg_n"):
            s += " " + a["bldg_n"]
        if f:
            s += " " + f + rng.choice(["階", "F"])
        return s
    if fmt == "kr":
        s = "%s %s %s %s" % (a.get("city_n") or "", a.get("district_n") or "", a.get("street_n") or "", num)
        extra = []
        if f:
            extra.append(f + "층")
        if u:
            extra.append(u + "호")
        if extra:
            s += ", " + " ".join(extra)
        if a.get("bldg_n") and rng.random() < 0.6:
            s += " (" + a["bldg_n"] + ")"
        return " ".join(s.split())
    # ru / kz
    t = RU_TYPES.get(a.get("stype"), RU_TYPES["ул"])
    typ = rng.choice(t[0])
    stem = a.get("street_n") or ""
    street = "%s %s" % (stem, typ) if stem.endswith(("ий", "ый", "ая", "ое", "ская", "ское")) else "%s %s" % (typ, stem)
    parts = []
    if a.get("pc") and rng.random() < 0.7:
        parts.append(a["pc"])
    parts.append(rng.choice(["г. ", "г.", ""]) + (a.get("city_n") or a.get("city")))
    parts.append(street)
    parts.append(rng.choice(["д. ", "д.", ""]) + num if num else "")
    if u:
        parts.append((rng.choice(["кв. ", "кв."]) if a.get("res") else rng.choice(["офис ", "оф. ", "пом. "])) + u)
    if f and rng.random() < 0.3:
        parts.append("этаж " + f)
    if a.get("bldg_n") and rng.random() < 0.5:
        parts.append(a["bldg_n"])
    return ", ".join(p for p in parts if p)


def _pc(rng, a, fmt):
    pc = a.get("pc")
    if not pc:
        return ""
    r = rng.random()
    if " " in pc and r < 0.12:
        return pc.replace(" ", "")
    if fmt == "jp" and "-" in pc and r < 0.12:
        return pc.replace("-", "")
    if fmt == "us" and len(pc) == 5 and r < 0.05:
        return pc + "-" + digits(rng, 4)
    return pc


def render_address(rng, a, rec_cc=None):
    """One human rendering of an address fact."""
    cc = a["cc"]
    C = COUNTRIES[cc]
    fmt = C["fmt"]
    native_p = {"cn": 0.45, "tw": 0.3, "jp": 0.35, "kr": 0.35, "ru": 0.5, "hk": 0.08}.get(fmt, 0)
    if native_p and (a.get("street_n") or a.get("bldg_n")) and rng.random() < native_p:
        s = _native_addr(rng, a, fmt)
        return typo(rng, s) if rng.random() < 0.01 else s
    ab = 0.5
    u, f, num = a.get("unit"), a.get("floor"), a.get("num")
    if u and rng.random() < 0.08:
        u = None
    if f and (u or a.get("bldg")) and rng.random() < 0.25:
        f = None
    res = a.get("res")
    unit_s = ""
    if u:
        unit_s = _desig(rng, HOME_DESIG if res else UNIT_DESIG, fmt, u=u, f=f or "", o=_ord(f) if f else "")
    floor_s = _desig(rng, FLOOR_DESIG, fmt, f=f, o=_ord(f)) if f and "{f}" not in unit_s else ""
    if fmt == "sg" and (u or f):
        if u and f:
            unit_s = rng.choice(["#{f}-{u}", "#{f}-{u}", "# {f}-{u}", "Unit {f}-{u}", "{f}-{u}"]).format(f=f, u=u)
        else:
            unit_s = "Level %s" % (f or u)
        floor_s = ""
    bldg = _abbr(rng, a.get("bldg"), 0.2) if a.get("bldg") and rng.random() < 0.88 else ""
    city = a.get("city") or ""
    if a.get("alt") and rng.random() < 0.18:
        city = rng.choice(a["alt"])
    district = a.get("district") if a.get("district") and rng.random() < 0.75 else ""
    street = a.get("street") or ""
    pc = _pc(rng, a, fmt) if rng.random() < 0.82 else ""
    region = a.get("region") or ""
    parts = []
    if fmt == "cn":
        stem, typ = (street.split("|") + ["Rd"])[:2]
        typew = rng.choice(CN_TYPES.get(typ, CN_TYPES["Rd"])[1])
        st = ("No. %s %s %s" % (num, stem, typew) if rng.random() < 0.7 else "%s %s %s" % (num, stem, typew)) if num \
            else "%s %s" % (stem, typew)
        district = district.replace(" District", rng.choice([" District", " Dist.", " Qu", " District"]))
        parts = [unit_s, floor_s, bldg, st, district, (city + (" " + pc if pc else "")) if city else "", region,
                 a.get("extra") or ""]
    elif fmt == "tw":
        st, _, sec = street.partition("|")
        parts = [floor_s, unit_s, "No. %s" % num if num else "", _abbr(rng, sec, ab), _abbr(rng, st, ab),
                 _abbr(rng, district, ab), city + (" " + pc if pc else "")]
        if rng.random() < 0.5:
            parts = [bldg] + parts
    elif fmt == "jp":
        d = district
        if d and rng.random() < 0.3:
            d = d.replace("-ku", rng.choice([" Ward", "-Ku", " ku"]))
        parts = [(bldg + " " + floor_s).strip(), unit_s, "%s %s" % (num, street) if rng.random() < 0.7 else "%s %s" % (street, num),
                 d, city + (" " + pc if pc else "")]
    elif fmt == "kr":
        st = street if rng.random() < 0.8 else street.replace("-ro", "ro").replace("-daero", "-Daero").replace("-gil", "gil")
        parts = [floor_s, unit_s, bldg, "%s %s" % (num, st), district, city + (" " + pc if pc else "")]
    elif fmt == "ru":
        stem = a.get("street_n") or ""
        t = RU_TYPES.get(a.get("stype"), RU_TYPES["ул"])
        sysno = rng.choice([0, 0, 1])
        lat = translit(stem, sysno)
        adj = stem.endswith(("ий", "ый", "ая", "ое", "ская", "ское"))
        if rng.random() < 0.5:
            typ = rng.choice(t[1])
            st = ("%s %s" % (lat, typ) if adj else "%s %s" % (typ, lat)) + (", d. %s" % num if num else "")
        else:
            st = ("%s " % num if num else "") + "%s %s" % (lat, rng.choice(t[2]))
        unit_s = ("apt. %s" % u if res else rng.choice(["office %s", "of. %s", "Office %s", "pom. %s"]) % u) if u else ""
        parts = [st, unit_s, floor_s, bldg, city, pc]
        if rng.random() < 0.4 and pc:
            parts = [pc, city, st, unit_s, bldg]
    elif fmt in ("de", "pl"):
        st = _abbr(rng, street, ab)
        if fmt == "pl":
            st = ("ul. " if not st.startswith(("Al", "Rondo")) and rng.random() < 0.8 else "") + st
        if cc == "EE" and u and rng.random() < 0.6:
            line = "%s %s-%s" % (st, num, u)
            unit_s = ""
        else:
            line = "%s %s" % (st, num) if num else st
        if fmt == "pl" and unit_s.startswith("/"):
            line, unit_s = line + unit_s, ""
        parts = [bldg, line, unit_s, floor_s, district, ("%s %s" % (pc, city)).strip(), region if cc == "EE" and rng.random() < 0.3 else ""]
    elif fmt == "fr":
        parts = [bldg, "%s %s" % (num, _abbr(rng, street, 0.3)) if num else street, floor_s, unit_s, ("%s %s" % (pc, city)).strip()]
    elif fmt == "tr":
        st = _abbr(rng, street, 0.6)
        line = "%s No:%s" % (st, num) if rng.random() < 0.6 else "%s No. %s" % (st, num)
        parts = [district + (" Mah." if district and rng.random() < 0.3 else ""), bldg,
                 " ".join(x for x in (line, floor_s, unit_s) if x),
                 ("%s %s/%s" % (pc, district, city) if district and rng.random() < 0.5 else "%s %s" % (pc, city)).strip()]
    elif fmt == "br":
        st = _abbr(rng, street, ab)
        parts = ["%s, %s" % (st, num) + (" - " + " ".join(x for x in (floor_s, unit_s) if x) if (floor_s or unit_s) else ""),
                 bldg, "%s - %s" % (city, region) if region else city, pc]
    elif fmt == "vn":
        st = street
        line = ("Số %s %s" % (num, st) if rng.random() < 0.5 else "%s %s" % (num, st)) if num else st
        parts = [floor_s, unit_s, bldg, line, district, city]
        if rng.random() < 0.4:
            parts = [strip_diacritics(p) for p in parts]
    else:
        # us, gb, au, hk, sg, ae, in, my: house number before the street
        st = _abbr(rng, street, ab)
        line = ("%s %s" % (num, st) if num else st).strip()
        if fmt == "us":
            tail = ("%s, %s %s" % (city, region, pc) if region else "%s %s" % (city, pc)).strip().rstrip(",")
            if unit_s and rng.random() < 0.3:
                parts = [bldg, unit_s, line, floor_s, tail]
            else:
                parts = [bldg, line + (" " + unit_s if unit_s and rng.random() < 0.4 else ""),
                         "" if unit_s and unit_s in line else unit_s, floor_s, tail]
                if unit_s and unit_s in parts[1]:
                    parts[2] = ""
        elif fmt == "au":
            tail = " ".join(x for x in (city, region, pc) if x)
            parts = [floor_s, unit_s, bldg, line, tail]
        elif fmt == "sg":
            tail = "Singapore %s" % pc if pc else "Singapore"
            if rng.random() < 0.6:
                parts = [line, unit_s, bldg, tail]
            else:
                parts = [bldg, line + (" " + unit_s if unit_s else ""), tail]
        elif fmt == "hk":
            parts = [unit_s, floor_s, bldg, line, district, city if rng.random() < 0.85 else city.upper()]
        elif fmt == "ae":
            pob = "P.O. Box %s" % a["pobox"] if a.get("pobox") and rng.random() < 0.7 else ""
            parts = [unit_s, floor_s, bldg, line, district, city, pob]
        elif fmt == "in":
            parts = [unit_s, floor_s, bldg, line, district, ("%s - %s" % (city, pc) if pc and rng.random() < 0.6
                                                              else ("%s %s" % (city, pc)).strip()), region]
        elif fmt == "my":
            parts = [unit_s, floor_s, bldg, line, district, ("%s %s" % (pc, city)).strip(), region]
        else:  # gb-like
            if cc == "GB" and rng.random() < 0.3:
                city = city.upper()
            pc_sep = pc
            if pc and rng.random() < 0.5:
                city, pc_sep = city + " " + pc, ""
            parts = [unit_s, floor_s, bldg, line, district, city, pc_sep, region if cc in ("VG", "SC", "IE") else ""]
    if a.get("cow") and rng.random() < 0.6:
        parts.insert(0, rng.choice(["c/o %s", "%s", "%s Coworking", "%s -"]) % a["cow"])
    if a.get("pobox") and fmt not in ("ae",) and rng.random() < 0.6:
        parts.append("P.O. Box %s" % a["pobox"])
    if rng.random() < 0.3:
        ctry = C["name"] if rng.random() < 0.8 else rng.choice(C["alt"])
        if fmt == "tw" and rng.random() < 0.4:
            ctry = "Taiwan (R.O.C.)"
        parts.append(ctry)
    parts = [p.strip() for p in parts if p and p.strip()]
    sep = ", " if rng.random() > 0.04 else " "
    s = sep.join(parts)
    if rng.random() < 0.06:
        s = s.upper()
    if rng.random() < 0.03:
        s = typo(rng, s)
    return s


# --------------------------------------------------------------------------
# Phones: fact = (iso country, country code, NSN, mobile?).
# --------------------------------------------------------------------------

LAND_LEN = {"DE": 10, "JP": 9, "KR": 10, "IN": 10, "SG": 8, "HK": 8, "AE": 8, "IL": 8, "TW": 9, "AU": 9, "NL": 9, "CH": 9,
            "SE": 9, "EE": 7, "CY": 8, "AM": 8, "TR": 10, "VN": 10, "MY": 9, "KZ": 10, "IE": 8, "BR": 10, "RU": 10, "FR": 9,
            "GB": 10, "PL": 9, "US": 10, "CA": 10, "VG": 10, "SC": 7}


def new_phone(rng, cc, mobile=True, city=None):
    C = COUNTRIES[cc]
    if mobile:
        pre, n = rng.choice(C["mob"])
        if cc in ("US", "CA"):
            pre = (city or rng.choice(C["cities"]))[2] + str(rng.randint(2, 9))
        return (cc, C["cc"], pre + digits(rng, n - len(pre)), True)
    area = (city or rng.choice(C["cities"]))[2] or rng.choice("23")
    if cc in ("US", "CA"):
        area += str(rng.randint(2, 9))
    n = LAND_LEN.get(cc, 9)
    if cc == "CN":
        n = 10 if len(area) == 2 else 11
    return (cc, C["cc"], area + digits(rng, max(4, n - len(area))), False)


def phone_from_e164(cc, e164):
    code = COUNTRIES[cc]["cc"]
    return (cc, code, e164[1 + len(code):], False)


def _group(nsn, grp):
    out, i = [], 0
    for g in grp:
        if i >= len(nsn):
            break
        out.append(nsn[i:i + g])
        i += g
    if i < len(nsn):
        out[-1] += nsn[i:]
    return out


def render_phone(rng, ph, rec_cc):
    if isinstance(ph, str):
        return ph
    cc, code, nsn, mob = ph
    C = COUNTRIES[cc]
    if mob or cc in ("US", "CA", "SG", "HK", "VG"):
        groups = _group(nsn, C["mgrp"])
    else:
        area = next((c[2] for c in C["cities"] if c[2] and nsn.startswith(c[2])), nsn[:2])
        rest = nsn[len(area):]
        groups = [area] + (_group(rest, (4, 4)) if len(rest) == 8 else _group(rest, (3, 4)) if len(rest) == 7
                           else _group(rest, (3, 3, 3)))
    domestic = rec_cc == cc or (rec_cc in ("US", "CA") and code == "1")
    r = rng.random()
    sep = " " if rng.random() < 0.8 else rng.choice(["-", ".", "-"])
    if r < 0.3:
        s = "+" + code + nsn
    elif r < 0.58 or not domestic:
        if r > 0.93:
            s = "00" + code + " " + sep.join(groups)
        elif r > 0.9 and C["trunk"] == "0":
            s = "+%s (0)%s" % (code, sep.join(groups))
        elif r > 0.87:
            s = code + nsn
        else:
            s = "+" + code + " " + sep.join(groups)
    elif cc in ("US", "CA"):
        s = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s", "%s %s %s"]) % tuple(groups[:3])
    elif cc in ("RU", "KZ") and rng.random() < 0.6:
        g = _group(nsn, (3, 3, 2, 2))
        s = "8 (%s) %s-%s-%s" % tuple(g)
    else:
        s = C["trunk"] + sep.join(groups) if rng.random() < 0.8 else C["trunk"] + nsn
        if cc in ("GB", "DE", "FR", "AU") and rng.random() < 0.2:
            s = "(%s%s) %s" % (C["trunk"], groups[0], " ".join(groups[1:]))
    if rng.random() < 0.01:
        s += rng.choice([" ext. ", " x", " ext "]) + str(rng.randint(10, 499))
    if rng.random() < 0.008:
        s = typo(rng, s)
    return s


PLACEHOLDER_PHONES = zipf_picker(["0000000000", "1234567890", "+1 555-0100", "+86 138 0013 8000", "+44 7700 900123",
                                  "000-000-0000", "+10000000000", "N/A", "+91 9999999999", "+65 12345678", "123456789",
                                  "+7 999 999-99-99", "-"], 0.8, 1)

# --------------------------------------------------------------------------
# E-mail and web.
# --------------------------------------------------------------------------

FREEMAIL = {
 "*": [("gmail.com", 60), ("outlook.com", 12), ("hotmail.com", 10), ("yahoo.com", 8), ("icloud.com", 5), ("proton.me", 3),
       ("protonmail.com", 2)],
 "CN": [("qq.com", 40), ("163.com", 25), ("126.com", 10), ("foxmail.com", 6), ("sina.com", 4), ("gmail.com", 12),
        ("outlook.com", 3)],
 "RU": [("yandex.ru", 35), ("mail.ru", 30), ("gmail.com", 20), ("bk.ru", 5), ("inbox.ru", 4), ("list.ru", 3), ("rambler.ru", 3)],
 "KZ": [("mail.ru", 40), ("gmail.com", 35), ("yandex.kz", 15), ("inbox.ru", 10)],
 "KR": [("naver.com", 50), ("gmail.com", 30), ("daum.net", 10), ("hanmail.net", 10)],
 "JP": [("gmail.com", 45), ("yahoo.co.jp", 30), ("icloud.com", 15), ("docomo.ne.jp", 5), ("outlook.jp", 5)],
 "DE": [("gmail.com", 35), ("gmx.de", 25), ("web.de", 25), ("t-online.de", 10), ("outlook.de", 5)],
 "FR": [("gmail.com", 50), ("orange.fr", 15), ("free.fr", 10), ("hotmail.fr", 10), ("laposte.net", 8), ("yahoo.fr", 7)],
 "IN": [("gmail.com", 80), ("yahoo.co.in", 8), ("rediffmail.com", 6), ("outlook.com", 6)],
 "TR": [("gmail.com", 60), ("hotmail.com", 25), ("yandex.com.tr", 10), ("outlook.com", 5)],
 "BR": [("gmail.com", 60), ("hotmail.com", 20), ("uol.com.br", 8), ("bol.com.br", 6), ("outlook.com", 6)],
 "VN": [("gmail.com", 85), ("yahoo.com.vn", 10), ("outlook.com", 5)],
 "TW": [("gmail.com", 60), ("yahoo.com.tw", 20), ("hotmail.com", 10), ("msa.hinet.net", 10)],
 "HK": [("gmail.com", 55), ("yahoo.com.hk", 15), ("hotmail.com", 10), ("outlook.com", 8), ("netvigator.com", 6), ("qq.com", 6)],
}
FREEMAIL_PICK = {k: Picker(v) for k, v in FREEMAIL.items()}
ROLE_LOCALS = zipf_picker(["info", "admin", "contact", "hello", "office", "sales", "ops", "billing", "accounts", "it", "support",
                           "team", "finance", "tech", "mail", "service"], 0.8, 1)
PLACEHOLDER_EMAILS = zipf_picker(["test@test.com", "noreply@gmail.com", "a@a.com", "admin@admin.com", "none@none.com",
                                  "test@gmail.com", "example@example.com", "na@na.com"], 1.0, 1)
BUILDERS = [("wixsite.com", "{s}.wixsite.com/{p}", 20), ("github.io", "{s}.github.io", 15), ("linkedin.com", "linkedin.com/company/{s}", 18),
            ("facebook.com", "facebook.com/{s}", 12), ("sites.google.com", "sites.google.com/view/{s}", 10),
            ("myshopify.com", "{s}.myshopify.com", 5), ("notion.site", "{s}.notion.site", 6), ("carrd.co", "{s}.carrd.co", 4),
            ("wordpress.com", "{s}.wordpress.com", 6), ("medium.com", "medium.com/@{s}", 4)]
BUILDER_PICK = Picker([((b[0], b[1]), b[2]) for b in BUILDERS])
PLACEHOLDER_WEBS = zipf_picker(["N/A", "none", "-", "www.google.com", "example.com", "http://localhost", "n/a", "TBD",
                                "https://github.com"], 0.9, 1)


def slugify(s):
    return "".join(ch for ch in strip_diacritics(s).lower() if ch.isalnum())


def person_latin(p):
    """Canonical Latin (family, given) of a person fact, for mailbox names."""
    cu, fam, giv = p[0], p[1], p[2]
    if cu in CYRILLIC_CULTURES:
        return translit(fam[1], 1), translit(giv[1], 1)
    return fam[0][0], giv[0][0]


def person_local(rng, p):
    f, g = (slugify(x) for x in person_latin(p))
    r = rng.random()
    if r < 0.25:
        s = g + "." + f
    elif r < 0.4:
        s = g + f
    elif r < 0.55:
        s = f + g
    elif r < 0.7:
        s = g[:1] + f
    elif r < 0.8:
        s = g + "_" + f
    elif r < 0.9:
        s = f + "." + g
    else:
        s = g
    if rng.random() < 0.5:
        s += str(rng.randint(1970, 2005)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    return s


def render_email(rng, em):
    if isinstance(em, str):
        return em
    local, dom = em
    if dom == "gmail.com" and "." in local and rng.random() < 0.1:
        local = local.replace(".", "")
    if dom in ("gmail.com", "outlook.com", "proton.me", "icloud.com") and rng.random() < 0.04:
        local += "+" + rng.choice(["gpu", "cloud", "compute", "work", "1", "ai"])
    r = rng.random()
    if r < 0.06:
        local = ".".join(w.capitalize() for w in local.split("."))
    elif r < 0.09:
        dom = dom.upper() if rng.random() < 0.5 else dom.capitalize()
    elif r < 0.1:
        return (local + "@" + dom).upper()
    s = local + "@" + dom
    return s if rng.random() > 0.004 else "mailto:" + s


def render_web(rng, w):
    if isinstance(w, str):
        return w
    kind, host, path = w
    if kind == "builder":
        return rng.choice(["https://", "https://", "", "http://www."]) + path if not path.startswith("http") else path
    r = rng.random()
    if r < 0.25:
        s = "https://www." + host
    elif r < 0.45:
        s = "https://" + host
    elif r < 0.6:
        s = host
    elif r < 0.72:
        s = "www." + host
    elif r < 0.8:
        s = "http://www." + host + "/"
    elif r < 0.86:
        s = "https://www." + host + rng.choice(["/en/", "/about", "/index.html", "/home", "/en-us", "/zh-cn/"])
    elif r < 0.9:
        s = "https://" + rng.choice(["shop", "app", "en", "portal", "blog"]) + "." + host
    else:
        s = "https://" + host + "/"
    if rng.random() < 0.03:
        s = s.upper()
    return s


# --------------------------------------------------------------------------
# The world: shared places, agents, networks that many strangers touch.
# --------------------------------------------------------------------------

CULT_PICK = {cc: Picker(v["cult"]) for cc, v in COUNTRIES.items()}
ISP_PICK = {cc: Picker([(i, i[1]) for i in v if i[4] == "res"]) for cc, v in ISPS.items()}
MOB_LIST = {cc: [i for i in v if i[4] == "mob"] for cc, v in ISPS.items()}
HOSTER_PICK = Picker([(h, h[1]) for h in HOSTERS])
CLOUD_PICK = Picker([(h, h[1]) for h in CLOUD_EGRESS])
AGENT_USE = {"HK": 0.45, "SG": 0.35, "GB": 0.25, "US": 0.15, "AE": 0.55, "CY": 0.45, "EE": 0.55, "VG": 1.0, "SC": 1.0,
             "IE": 0.15, "NL": 0.08, "CN": 0.07, "MY": 0.06, "KZ": 0.05}
OFFSHORE = ["VG", "VG", "SC", "HK", "SG", "CY", "AE"]
TUTORIAL_KEY_NAMES = ["vagrant insecure key", "docker image baked key", "cloud quick-start example key",
                      "terraform example key", "ansible lab key", "bootcamp shared key"]
PLACEHOLDER_CARDS = zipf_picker(["Xt5EWLLDS7FJjR1c", "0000000000000000", "unknown", "pm_card_visa", "N/A", "tok_visa"], 0.9, 1)


class World:
    def __init__(self, rng, n):
        self.rng = rng
        self.n = n
        self.domains, self.mailboxes, self.regids = {}, {}, {}
        self.agents = []
        for j, name, place, phone, edom, w in AGENTS:
            self.agents.append(dict(cc=j, name=name, addr=normalise_place(j, place), phone=phone_from_e164(j, phone),
                                    edom=edom, w=w,
                                    nominees=[new_person(rng, CULT_PICK[j](rng)) for _ in range(rng.randint(1, 3))],
                                    corp=new_company(rng, j, trade=True)))
        self.agent_pick = {}
        for cc in AGENT_USE:
            ags = [a for a in self.agents if a["cc"] == cc]
            if ags:
                self.agent_pick[cc] = Picker([(a, a["w"]) for a in ags])
        self.towers = {}
        for cc, place, floors in TOWERS:
            self.towers.setdefault(cc, []).append((normalise_place(cc, place), floors))
        # co-working locations: address, brand, reception phone, Wi-Fi egress
        self.coworks = {}
        for cc, C in COUNTRIES.items():
            if cc in ("VG", "SC"):
                continue
            brands = COWORK_BRANDS.get(cc, []) + COWORK_BRANDS["*"]
            locs = []
            for city in C["cities"][:3]:
                for _ in range(rng.randint(1, 3)):
                    a = new_address(rng, cc, "plain", city)
                    a.update(new_building(rng, cc) if rng.random() < 0.5 else {})
                    a["cow"] = rng.choice(brands)
                    isp = ISP_PICK[cc](rng)
                    locs.append(dict(addr=a, phone=new_phone(rng, cc, False, city),
                                     ips=[gen_v4(rng, rng.choice(isp[2])) for _ in range(rng.randint(1, 2))]))
            self.coworks[cc] = locs
        # carrier-grade NAT pools of mobile carriers
        self.mobile = {}
        for cc, mobs in MOB_LIST.items():
            for m in mobs:
                pool = [gen_v4(rng, rng.choice(m[2])) for _ in range(rng.randint(48, 128))]
                nets = [v6_net48(rng, m[3]) for _ in range(8)] if m[3] else []
                self.mobile.setdefault(cc, []).append((zipf_picker(pool, 0.7, 2), nets))
        self.egress = {}
        for name, kind, specs, size, s in SHARED_EGRESS:
            pool = [gen_v4(rng, rng.choice(specs)) for _ in range(size)]
            self.egress.setdefault(kind, []).append(zipf_picker(pool, s, 1))
        self.unis = {}
        for u in UNIVERSITIES:
            pool = [gen_v4(rng, u[4]) for _ in range(rng.randint(3, 12))]
            self.unis.setdefault(u[1], []).append((u, zipf_picker(pool, 1.0, 1)))
        krng = random.Random("gen14-fixed-keys")   # well-known keys are the same in every population
        self.tutorial_keys = zipf_picker([ssh_fingerprint(krng) for _ in TUTORIAL_KEY_NAMES], 1.0, 1)
        self.platform_keys = [ssh_fingerprint(krng) for _ in range(2)]

    # ---- unique artefacts -------------------------------------------------
    def domain_for(self, rng, brand_latin, cc, act=None):
        """Register a fresh domain for one party (never shared by accident)."""
        base = slugify(brand_latin)[:24] or "co"
        tlds = COUNTRIES[cc]["tld"]
        cands = [base + "." + tlds[0], base + "." + rng.choice(tlds)]
        if act is not None:
            short = slugify(ACTIVITIES[act][0].split("|")[-1])[:8]
            cands += [base + short + "." + rng.choice(tlds), base + "-" + short + "." + rng.choice(tlds)]
        cands += [base + x + "." + rng.choice(tlds) for x in ("hq", "global", "group", "io", "tech", "ai")]
        for d in cands:
            if d not in self.domains:
                self.domains[d] = 1
                return d
        while True:
            d = "%s%d.%s" % (base, rng.randint(2, 999), rng.choice(tlds))
            if d not in self.domains:
                self.domains[d] = 1
                return d

    def mailbox(self, rng, local, dom):
        m = local + "@" + dom
        while m in self.mailboxes:
            local = local + str(rng.randint(0, 9))
            m = local + "@" + dom
        self.mailboxes[m] = 1
        return (local, dom)

    def free_email(self, rng, person, cc):
        dom = FREEMAIL_PICK.get(cc, FREEMAIL_PICK["*"])(rng)
        if dom == "qq.com" and rng.random() < 0.7:
            local = str(rng.randint(10000000, 3999999999))
        elif person is None:
            local = rand_str(rng, rng.randint(6, 10), "abcdefghijklmnopqrstuvwxyz") + str(rng.randint(1, 99))
        else:
            local = person_local(rng, person)
        return self.mailbox(rng, local, dom)

    def regid(self, rng, cc):
        while True:
            v = new_regid(rng, cc)
            if v not in self.regids:
                self.regids[v] = 1
                return v

    # ---- IP addresses -----------------------------------------------------
    def res_ip(self, rng, cc):
        isp = ISP_PICK[cc](rng)
        return gen_v4(rng, rng.choice(isp[2])), isp

    def mobile_ip(self, rng, cc):
        pools = self.mobile.get(cc)
        if not pools:
            return self.res_ip(rng, cc)[0]
        pick, nets = rng.choice(pools)
        if nets and rng.random() < 0.3:
            return v6_host(rng, rng.choice(nets))
        return pick(rng)

    def hosting_ip(self, rng, hoster=None):
        h = hoster or HOSTER_PICK(rng)
        if h[3] and rng.random() < 0.15:
            return v6_host(rng, v6_net48(rng, h[3]), 0)
        return gen_v4(rng, rng.choice(h[2]))

    def shared_ip(self, rng, kind):
        return rng.choice(self.egress[kind])(rng)

    def login_ips(self, rng, cc, prof, base=None):
        """Addresses a customer logs in from.  prof: ind | co | ent | student."""
        ips = list(base or [])
        if not ips:
            ip, isp = self.res_ip(rng, cc)
            ips.append(ip)
            if isp[3] and rng.random() < 0.3:
                ips.append(v6_host(rng, v6_net48(rng, isp[3])))
        home = ips[0]
        n_extra = 0
        while rng.random() < 0.5 and n_extra < 5:
            n_extra += 1
        vpn_p = 0.3 if cc in ("CN", "RU", "IR", "TR", "AE", "VN") else 0.1
        for _ in range(n_extra):
            r = rng.random()
            if r < 0.3 and ":" not in home:
                ips.append(v4_in_24(rng, home))          # dynamic lease, same /24
            elif r < 0.5:
                ips.append(self.mobile_ip(rng, cc))
            elif r < 0.5 + vpn_p:
                ips.append(self.shared_ip(rng, "vpn"))
            elif r < 0.52 + vpn_p:
                ips.append(self.shared_ip(rng, "tor"))
            elif r < 0.65 + vpn_p and prof in ("co", "ent"):
                c = CLOUD_PICK(rng)
                ips.append(gen_v4(rng, rng.choice(c[2])))
            elif r < 0.72 + vpn_p and prof == "ent":
                ips.append(self.shared_ip(rng, "proxy"))
            elif r < 0.8 + vpn_p:
                ips.append(self.hosting_ip(rng))
            else:
                ips.append(self.res_ip(rng, COUNTRY_PICK(rng))[0])   # travelling
        out = []
        for ip in ips:
            if ip not in out:
                out.append(ip)
        return out[:8]


# --------------------------------------------------------------------------
# Customer records (unrendered facts) for ordinary customers.
# --------------------------------------------------------------------------

def new_record(kind, cc):
    return dict(kind=kind, cc=cc, co=None, person=None, regid=None, addr=None, email=None, phone=None, web=None,
                card=None, dirs=[], owners=[], ips=[], keys=[], listed=None)


def builder_site(rng, slug):
    dom, tpl = BUILDER_PICK(rng)
    path = tpl.format(s=slug, p=rng.choice(["home", "site", "mysite", slug]))
    return ("builder", dom, path)


def own_keys(rng, world, n=None):
    keys = [ssh_fingerprint(rng) for _ in range(n or (1 if rng.random() < 0.6 else rng.randint(2, 3)))]
    if rng.random() < 0.004:
        keys.append(world.tutorial_keys(rng))
    return keys


def holding_company(rng, world, brand=None):
    j = rng.choice(OFFSHORE)
    co = new_company(rng, j, trade=True, brand=brand, style="latin")
    co["act"] = 9 if rng.random() < 0.7 else co["act"]          # "... Holdings Ltd"
    return co


def build_company(world, rng, cc, sub="startup", co=None, agent=None, founders=None):
    """An ordinary company customer; sub: startup | trade | ent."""
    rec = new_record("co", cc)
    rec["co"] = co = co or new_company(rng, cc, trade=(sub == "trade"))
    cu = CULT_PICK[cc]
    founders = founders or [new_person(rng, cu(rng)) for _ in range(1 if rng.random() < 0.6 else rng.randint(2, 4))]
    rec["_founders"] = founders
    if agent is None:
        p = AGENT_USE.get(cc, 0) * (1.4 if sub == "trade" else 0.3 if sub == "ent" else 1.0)
        agent = world.agent_pick[cc](rng) if cc in world.agent_pick and rng.random() < p else False
    rec["_agent"] = agent
    cow = None
    # -- address
    r = rng.random()
    if agent and r < 0.92:
        rec["addr"] = agent["addr"]
    elif sub == "ent" and cc in world.towers and r < 0.45:
        t, floors = rng.choice(world.towers[cc])
        a = dict(t)
        a["floor"] = str(rng.randint(3, floors))
        if rng.random() < 0.4:
            a["unit"] = "%s%02d" % (a["floor"], rng.randint(1, 20))
        rec["addr"] = a
    elif sub != "ent" and world.coworks.get(cc) and r < 0.14:
        cow = rng.choice(world.coworks[cc])
        a = dict(cow["addr"])
        if rng.random() < 0.6:
            a["unit"] = str(rng.randint(100, 999)) if rng.random() < 0.7 else rng.choice("ABCDEFG") + str(rng.randint(1, 60))
        rec["addr"] = a
    elif cc in world.towers and r < 0.05:
        t, floors = rng.choice(world.towers[cc])
        rec["addr"] = dict(t, floor=str(rng.randint(3, floors)))
    else:
        rec["addr"] = new_address(rng, cc, "home" if sub == "startup" and rng.random() < 0.2 else "office")
    if rng.random() < 0.12:
        rec["addr"] = None
    elif rng.random() < 0.01:
        rec["addr"] = rng.choice(["N/A", "Remote", "TBD", "Online", "-"])
    rec["_cow"] = cow
    # -- registration id
    r = rng.random()
    rec["regid"] = world.regid(rng, cc) if r < 0.86 else (("ph", PLACEHOLDER_REGIDS(rng)) if r < 0.88 else None)
    # -- phone
    r = rng.random()
    if r < 0.82:
        if agent and rng.random() < 0.35:
            rec["phone"] = agent["phone"]
        elif cow and rng.random() < 0.25:
            rec["phone"] = cow["phone"]
        else:
            rec["phone"] = new_phone(rng, cc, mobile=rng.random() < (0.2 if sub == "ent" else 0.55))
    elif r < 0.83:
        rec["phone"] = PLACEHOLDER_PHONES(rng)
    # -- email and website
    dom = None
    own_p = {"startup": 0.68, "trade": 0.45, "ent": 0.97}[sub]
    r = rng.random()
    if agent and agent["edom"] and r < 0.22:
        if agent["edom"] == "gmail.com":
            rec["email"] = ("%scorp" % slugify(agent["name"].split()[0] + agent["name"].split()[1]), "gmail.com")
        else:
            rec["email"] = world.mailbox(rng, slugify(co["brand"][0])[:16] or "client", agent["edom"])
    elif r < own_p:
        dom = world.domain_for(rng, co["brand"][0], cc, co["act"])
        local = ROLE_LOCALS(rng) if rng.random() < 0.55 else person_local(rng, founders[0]).rstrip("0123456789")
        rec["email"] = world.mailbox(rng, local, dom)
    elif r < 0.995:
        rec["email"] = world.free_email(rng, founders[0], cc)
    else:
        rec["email"] = PLACEHOLDER_EMAILS(rng)
    if rng.random() < {"startup": 0.65, "trade": 0.4, "ent": 0.95}[sub]:
        if dom and rng.random() < 0.85:
            rec["web"] = ("own", dom, None)
        elif rng.random() < 0.9:
            rec["web"] = builder_site(rng, slugify(co["brand"][0]) + (str(rng.randint(1, 99)) if rng.random() < 0.3 else ""))
        else:
            rec["web"] = PLACEHOLDER_WEBS(rng)
    rec["_dom"] = dom
    # -- payment
    r = rng.random()
    if r < {"startup": 0.8, "trade": 0.7, "ent": 0.45}[sub]:
        rec["card"] = card_fingerprint(rng) if rng.random() > 0.003 else PLACEHOLDER_CARDS(rng)
    # -- people
    if rng.random() < (0.5 if sub == "ent" else 0.65):
        ds = list(founders[:2])
        if agent and rng.random() < 0.5:
            nom = rng.choice(agent["nominees"])
            ds = [nom] if rng.random() < 0.6 else ds + [nom]
        rec["dirs"] = ds
    if rng.random() < 0.4:
        if rng.random() < 0.6:
            rec["owners"] = [("p", f) for f in founders[:rng.randint(1, 2)]]
        else:
            rec["owners"] = [("c", holding_company(rng, world))]
    # -- infrastructure
    if rng.random() < 0.95:
        base = []
        if cow and rng.random() < 0.7:
            base = [rng.choice(cow["ips"])]
        elif sub == "ent" and rng.random() < 0.5:
            base = [world.shared_ip(rng, "proxy")]
        rec["ips"] = world.login_ips(rng, cc, "ent" if sub == "ent" else "co", base)
    if rng.random() < (0.85 if sub == "ent" else 0.7):
        rec["keys"] = own_keys(rng, world, rng.randint(2, 5) if sub == "ent" else None)
        if rng.random() < 0.012:
            rec["keys"].append(rng.choice(world.platform_keys))
    if rng.random() < 0.8:
        rec["listed"] = False
    return rec


def build_individual(world, rng, cc, person=None, student=False):
    uni = None
    if student and world.unis:
        ucc = cc if cc in world.unis else rng.choice(sorted(world.unis))
        uni = rng.choice(world.unis[ucc])
        cc = ucc
    rec = new_record("ind", cc)
    rec["person"] = person = person or new_person(rng, CULT_PICK[cc](rng))
    if rng.random() < 0.45:
        rec["addr"] = new_address(rng, cc, "home")
    if rng.random() < 0.75:
        rec["phone"] = new_phone(rng, cc, True) if rng.random() > 0.006 else PLACEHOLDER_PHONES(rng)
    r = rng.random()
    if uni and r < 0.7:
        rec["email"] = world.mailbox(rng, person_local(rng, person), rng.choice(uni[0][3]))
    elif r < 0.94:
        rec["email"] = world.free_email(rng, person, cc)
    elif r < 0.995:
        f, g = person_latin(person)
        dom = world.domain_for(rng, f + g if rng.random() < 0.5 else g + f, cc)
        rec["email"] = world.mailbox(rng, slugify(g) or "me", dom)
        rec["_dom"] = dom
    else:
        rec["email"] = PLACEHOLDER_EMAILS(rng)
    if rng.random() < 0.12:
        if rec.get("_dom"):
            rec["web"] = ("own", rec["_dom"], None)
        else:
            f, g = person_latin(person)
            rec["web"] = builder_site(rng, slugify(g + f) + (str(rng.randint(1, 99)) if rng.random() < 0.4 else ""))
    if rng.random() < 0.015:
        rec["regid"] = ("ph", PLACEHOLDER_REGIDS(rng))
    if rng.random() < 0.85:
        rec["card"] = card_fingerprint(rng) if rng.random() > 0.003 else PLACEHOLDER_CARDS(rng)
    if rng.random() < 0.95:
        base = [uni[1](rng)] if uni and rng.random() < 0.8 else []
        rec["ips"] = world.login_ips(rng, cc, "student" if uni else "ind", base)
    if rng.random() < 0.85:
        rec["keys"] = own_keys(rng, world)
    if rng.random() < 0.75:
        rec["listed"] = False
    return rec


SOLO_KINDS = Picker([("startup", 40), ("trade", 12), ("ent", 6), ("ind", 34), ("student", 8)])


def build_solo(world, rng):
    kind = SOLO_KINDS(rng)
    cc = COUNTRY_PICK(rng)
    if kind in ("ind", "student"):
        rec = build_individual(world, rng, cc, student=(kind == "student"))
    else:
        rec = build_company(world, rng, cc, kind)
    if rng.random() < 0.004:
        rec["listed"] = True          # a listed party that signed up under its own name
    return rec


# --------------------------------------------------------------------------
# Rendering a record to the output JSON object.
# --------------------------------------------------------------------------

def render_record(rng, rec):
    cc = rec["cc"]
    out = {"id": rec["id"]}
    out["name"] = render_company(rng, rec["co"]) if rec["kind"] == "co" else render_person(rng, rec["person"], cc)
    r = rng.random()
    out["country"] = cc if r > 0.02 else (COUNTRIES[cc]["name"] if r < 0.01 else rng.choice(COUNTRIES[cc]["alt"]))
    if rec["regid"]:
        v = rec["regid"]
        out["registration_id"] = v[1] if isinstance(v, tuple) else render_regid(rng, rec.get("regcc") or cc, v)
    if rec["addr"]:
        out["address"] = rec["addr"] if isinstance(rec["addr"], str) else render_address(rng, rec["addr"], cc)
    if rec["email"]:
        out["email"] = render_email(rng, rec["email"])
    if rec["phone"]:
        out["phone"] = render_phone(rng, rec["phone"], cc)
    if rec["web"]:
        out["website"] = render_web(rng, rec["web"])
    if rec["card"]:
        out["payment_fingerprint"] = rec["card"]
    if rec["dirs"]:
        out["directors"] = [render_person(rng, p, cc) for p in rec["dirs"]]
    if rec["owners"]:
        out["owners"] = [render_person(rng, o[1], cc) if o[0] == "p" else render_company(rng, o[1]) for o in rec["owners"]]
    if rec["ips"]:
        out["ips"] = [render_ip(rng, ip) for ip in rec["ips"]]
    if rec["keys"]:
        out["ssh_keys"] = [k if rng.random() > 0.03 else k[7:] for k in rec["keys"]]
    if rec["listed"] is not None:
        out["listed"] = rec["listed"]
    return out


# --------------------------------------------------------------------------
# Planted networks.
# An operator owns the shared artefacts; members are built like ordinary
# customers, then joined by a random spanning tree whose every edge carries
# an evidence bundle (one strong identifier, or two or more specific soft
# facts), then further artefacts are shared at random ("ambient").
# --------------------------------------------------------------------------

ARCHETYPES = {
    # weight (share of networks), min size, max size, power-law exponent
    "phoenix": (0.20, 2, 6, 2.0),
    "agent_batch": (0.13, 3, 15, 1.3),
    "procurement_front": (0.13, 2, 10, 1.6),
    "individual_multi": (0.18, 2, 6, 2.2),
    "soft_only": (0.14, 2, 5, 2.0),
    "corporate_multi": (0.11, 2, 8, 1.8),
    "identity_farm": (0.11, 3, 12, 1.5),
}
ARCH_PICK = Picker([(k, v[0]) for k, v in ARCHETYPES.items()])

# Edge evidence bundles per archetype: (kinds, weight)
BUNDLES = {
    "phoenix": [(("card",), 3), (("key",), 3), (("regid",), 1.5), (("director", "phone"), 2), (("director", "ip"), 2),
                (("phone", "ip"), 1), (("key", "director"), 1)],
    "agent_batch": [(("card",), 2.5), (("key",), 3), (("phone", "ip"), 2), (("ip", "domain"), 1), (("phone", "owner"), 1),
                    (("key", "ip"), 1), (("owner", "ip"), 1)],
    "procurement_front": [(("owner", "office"), 3), (("owner", "phone"), 2), (("domain", "owner"), 2), (("card",), 1.5),
                          (("web", "office"), 1), (("key",), 1), (("ip", "owner"), 1.5), (("director", "office"), 1)],
    "individual_multi": [(("phone",), 3), (("key",), 3), (("card",), 2), (("home", "email"), 1), (("haddr", "home"), 1),
                         (("email",), 1.5), (("home", "phone"), 1)],
    "soft_only": [(("phone", "office"), 3), (("phone", "director"), 2), (("director", "domain"), 2), (("office", "ip"), 2),
                  (("domain", "web", "director"), 1), (("phone", "ip"), 2), (("owner", "office"), 1.5),
                  (("director", "ip"), 1.5), (("domain", "ip"), 1)],
    "corporate_multi": [(("domain",), 3), (("domain", "web"), 2), (("card",), 2), (("office", "domain"), 2),
                        (("ip", "domain"), 1.5), (("director", "office"), 1), (("key",), 0.5)],
    "identity_farm": [(("key",), 4), (("card",), 2.5), (("ip", "key"), 1), (("ip", "phone"), 1.5), (("ip", "home"), 1.5),
                      (("phone", "home"), 1)],
}
BUNDLE_PICK = {k: Picker(v) for k, v in BUNDLES.items()}
# Extra sharing beyond the spanning tree: probability per member and kind.
AMBIENT = {
    "phoenix": dict(director=0.6, phone=0.3, card=0.25, key=0.3, ip=0.4, home=0.3),
    "agent_batch": dict(phone=0.25, ip=0.4, key=0.2, card=0.15, owner=0.3),
    "procurement_front": dict(owner=0.5, office=0.4, domain=0.35, web=0.3, ip=0.3, director=0.3),
    "individual_multi": dict(phone=0.3, key=0.3, card=0.2, home=0.4),
    "soft_only": dict(phone=0.15, office=0.15, director=0.2, ip=0.15),
    "corporate_multi": dict(domain=0.7, web=0.5, office=0.4, ip=0.5, card=0.2, director=0.3),
    "identity_farm": dict(ip=0.35, key=0.2, home=0.2, card=0.1),
}
ORIGIN_PICK = Picker([("CN", 35), ("RU", 25), ("fa", 10), ("HK", 5), ("KZ", 4), ("AM", 3), ("TR", 4), ("AE", 4), ("US", 3),
                      ("IN", 3), ("VN", 2), ("SG", 2)])
NEARBY = {"RU": ["AE", "TR", "KZ", "AM", "CY", "EE", "GB", "HK", "RU", "RU"], "CN": ["HK", "SG", "MY", "CN", "VG", "US", "GB", "AE", "CN"],
          "fa": ["AE", "TR", "AM", "GB", "CY", "AE"], "HK": ["HK", "SG", "VG", "GB", "CN"], "KZ": ["KZ", "RU", "AE", "AM"],
          "AM": ["AM", "RU", "AE", "CY"], "TR": ["TR", "AE", "GB", "CY"], "AE": ["AE", "GB", "SC", "CY", "IN"],
          "US": ["US", "GB", "CA", "VG"], "IN": ["IN", "AE", "SG", "GB"], "VN": ["VN", "SG", "HK"], "SG": ["SG", "HK", "MY", "VG"]}
SHELL_JURIS = Picker([("GB", 4), ("HK", 4), ("US", 3), ("EE", 2), ("SG", 2), ("AE", 3), ("CY", 1.5), ("VG", 1.5), ("SC", 1)])
FRONT_JURIS = ["HK", "HK", "HK", "SG", "MY", "AE", "TR", "KZ", "AM", "VG"]


class Operator:
    """The real party behind a network and the artefacts it controls."""

    def __init__(self, world, rng, origin):
        self.cu = "fa" if origin == "fa" else CULT_PICK[origin](rng)
        self.home = "AE" if origin == "fa" else origin
        home = self.home
        self.boss = new_person(rng, self.cu)
        self.assoc = [new_person(rng, self.cu) for _ in range(rng.randint(1, 3))]
        self.phones = [new_phone(rng, home, True)]
        if rng.random() < 0.35:
            self.phones.append(new_phone(rng, rng.choice(NEARBY.get(origin, ["GB"])), True))
        self.cards = [card_fingerprint(rng) for _ in range(rng.randint(1, 3))]
        self.keys = [ssh_fingerprint(rng) for _ in range(rng.randint(1, 4))]
        hoster = None
        if home == "CN" and rng.random() < 0.6:
            name = rng.choice(["Alibaba Cloud", "Tencent Cloud"])
            hoster = next(h for h in HOSTERS if h[0] == name)
        elif home in ("RU", "KZ", "AM") and rng.random() < 0.5:
            name = rng.choice(["Selectel", "Timeweb"])
            hoster = next(h for h in HOSTERS if h[0] == name)
        self.vps = [world.hosting_ip(rng, hoster) for _ in range(rng.randint(1, 3))]
        self.home_ip, isp = world.res_ip(rng, home)
        self.home_net = v6_net48(rng, isp[3]) if isp[3] and rng.random() < 0.6 else None
        self.office = None
        self.office_cc = None
        self.office_ip = None
        self.domain = None
        self.holding = None
        self.haddr = new_address(rng, home, "home")
        self.mail = None
        style = STYLE_BY_CC.get(home, ("latin", 0))
        self.brand = new_brand(rng, style[0] if rng.random() < style[1] else "latin")
        self.world = world

    def get_office(self, rng, cc):
        if self.office is None:
            w = self.world
            if cc in w.towers and rng.random() < 0.5:
                t, floors = rng.choice(w.towers[cc])
                a = dict(t)
                a["floor"] = str(rng.randint(3, floors))
                a["unit"] = "%s%02d" % (a["floor"], rng.randint(1, 20)) if rng.random() < 0.7 else rng.choice("ABCDEF")
            elif w.coworks.get(cc) and rng.random() < 0.3:
                a = dict(rng.choice(w.coworks[cc])["addr"])
                a["unit"] = str(rng.randint(100, 999))
            else:
                a = new_address(rng, cc, "office")
                a.setdefault("floor", str(rng.randint(2, 30)))
                a.setdefault("unit", "%s%02d" % (a["floor"], rng.randint(1, 20)))
            self.office = a
            self.office_ip = w.res_ip(rng, cc)[0]
        return self.office

    def get_domain(self, rng, cc):
        if self.domain is None:
            self.domain = self.world.domain_for(rng, self.brand[0] + rng.choice(["", "group", "tech", "global"]), cc)
        return self.domain

    def get_holding(self, rng):
        if self.holding is None:
            self.holding = holding_company(rng, self.world, self.brand if rng.random() < 0.4 else None)
        return self.holding

    def person(self, rng):
        return self.boss if rng.random() < 0.65 else rng.choice(self.assoc)

    def ip(self, rng):
        pool = self.vps + ([self.office_ip] if self.office_ip else [])
        return rng.choice(pool)

    def home_ips(self, rng, v6):
        """The home connection: the same v4 address, or a v6 address in the same /48 (plus a v4 lease)."""
        if v6:
            return [v4_in_24(rng, self.home_ip), v6_host(rng, self.home_net, rng.randint(0, 3))]
        return [self.home_ip]


FIELD_OF = {"card": "card", "phone": "phone", "office": "addr", "haddr": "addr", "email": "email", "domain": "email",
            "web": "web", "regid": "regid"}


def _locks(rec):
    return rec.setdefault("_lock", {})


def _value(kind, op, rng, u, v, world, arch):
    """Value a single-valued evidence kind takes: a locked one wins."""
    f = FIELD_OF[kind]
    for r in (u, v):
        if f in _locks(r):
            return r[f]
    if kind == "card":
        return rng.choice(op.cards)
    if kind == "phone":
        return rng.choice(op.phones)
    if kind == "office":
        return op.get_office(rng, op.office_cc or (u["cc"] if u["cc"] not in ("VG", "SC") else "HK"))
    if kind == "haddr":
        return op.haddr
    if kind == "email":
        if op.mail is None:
            op.mail = world.free_email(rng, op.boss, op.home)
        return op.mail
    if kind == "web":
        return ("own", op.get_domain(rng, u["cc"]), None)
    return None


def can_share(kind, u, v, op):
    if kind == "regid":
        return u["kind"] == "co" and v["kind"] == "co" and isinstance(u["regid"], str) and "regid" not in _locks(v)
    if kind in ("director", "owner"):
        return u["kind"] == "co" and v["kind"] == "co"
    f = FIELD_OF.get(kind)
    if f is None:
        return True
    lu, lv = f in _locks(u), f in _locks(v)
    if lu and lv and u[f] is not v[f] and u[f] != v[f]:
        return False
    for r, locked in ((u, lu), (v, lv)):
        if not locked:
            continue
        val = r[f]
        if kind == "office" and (val is op.haddr or not isinstance(val, dict)):
            return False
        if kind == "haddr" and val is not op.haddr:
            return False
        if kind == "domain" and (not isinstance(val, tuple) or val[1] != op.domain):
            return False
        if kind == "email" and op.domain is not None and isinstance(val, tuple) and val[1] == op.domain:
            return False
    return True


def share(kind, u, v, op, rng, world, arch):
    """Make u and v hold the same fact of this kind."""
    if kind == "key":
        mine = [k for k in u["keys"] if k in op.keys]
        k = rng.choice(mine) if mine else rng.choice(op.keys)
        for r in (u, v):
            if k not in r["keys"]:
                r["keys"].append(k)
    elif kind == "ip":
        mine = [ip for ip in u["ips"] if ip in op.vps or ip == op.office_ip]
        ip = rng.choice(mine) if mine else op.ip(rng)
        for r in (u, v):
            if ip not in r["ips"]:
                r["ips"].insert(rng.randint(0, len(r["ips"])), ip)
    elif kind == "home":
        v6 = op.home_net is not None and rng.random() < 0.7
        for r in (u, v):
            for ip in op.home_ips(rng, v6):
                if ip not in r["ips"]:
                    r["ips"].insert(0, ip)
    elif kind == "director":
        cur = [p for p in u["dirs"] if p is op.boss or p in op.assoc]
        p = cur[0] if cur else op.person(rng)
        for r in (u, v):
            if p not in r["dirs"]:
                r["dirs"].append(p)
    elif kind == "owner":
        cur = [o for o in u["owners"] if o[1] is op.boss or o[1] is op.holding or o[1] is getattr(op, "parent", None)]
        if cur:
            o = cur[0]
        elif arch == "procurement_front" and getattr(op, "parent", None) and rng.random() < 0.5:
            o = ("c", op.parent)
        elif arch in ("agent_batch", "procurement_front") and rng.random() < 0.5:
            o = ("c", op.get_holding(rng))
        else:
            o = ("p", op.boss)
        for r in (u, v):
            if all(x[1] is not o[1] for x in r["owners"]):
                r["owners"].append(o)
    elif kind == "regid":
        v["cc"], v["co"], v["regid"] = u["cc"], u["co"], u["regid"]
        if "addr" not in _locks(v):
            v["addr"] = u["addr"] if rng.random() < 0.5 else new_address(rng, u["cc"], "office")
        _locks(v)["regid"] = _locks(u)["regid"] = 1
    elif kind == "domain":
        dom = op.get_domain(rng, u["cc"])
        for r in (u, v):
            if "email" not in _locks(r):
                p = r["dirs"][0] if r["dirs"] else (r["person"] or op.boss)
                local = ROLE_LOCALS(rng) if rng.random() < 0.5 else person_local(rng, p).rstrip("0123456789")
                r["email"] = world.mailbox(rng, local, dom)
                _locks(r)["email"] = 1
    else:
        val = _value(kind, op, rng, u, v, world, arch)
        f = FIELD_OF[kind]
        for r in (u, v):
            r[f] = val
            _locks(r)[f] = 1


def _shell_email(world, rng, rec, cc):
    if "email" not in _locks(rec) and rng.random() < 0.5:
        dom = Picker([("gmail.com", 40), ("proton.me", 15), ("outlook.com", 15), ("protonmail.com", 8), ("163.com", 8),
                      ("yandex.ru", 6), ("tutanota.com", 4), ("mail.ru", 4)])(rng)
        rec["email"] = world.mailbox(rng, ROLE_LOCALS(rng) + slugify(rec["co"]["brand"][0])[:10] if rec["co"] else
                                     rand_str(rng, 9, "abcdefghijklmnopqrstuvwxyz"), dom)


def plant_network(world, rng, arch, size):
    """Build the member records of one network."""
    recs = []
    origin = ORIGIN_PICK(rng) if arch in ("phoenix", "agent_batch", "procurement_front", "identity_farm") else \
        (ORIGIN_PICK(rng) if arch == "soft_only" and rng.random() < 0.5 else COUNTRY_PICK(rng))
    if arch == "procurement_front":
        origin = Picker([("CN", 60), ("RU", 30), ("fa", 10)])(rng)
    op = Operator(world, rng, origin)
    home = op.home
    near = NEARBY.get(origin, [home, "GB", "HK", "AE"])
    op_founders = [op.boss] + op.assoc[:1]
    if arch == "phoenix":
        anchor = build_company(world, rng, home, rng.choice(["startup", "trade"]), founders=op_founders)
        op.brand = anchor["co"]["brand"]
        anchor["listed"] = True if rng.random() < 0.45 else anchor["listed"]
        recs.append(anchor)
        for _ in range(size - 1):
            cc = rng.choice(near)
            co = company_like(rng, anchor["co"], cc) if rng.random() < 0.7 else new_company(rng, cc)
            recs.append(build_company(world, rng, cc, "startup", co=co, founders=[op.person(rng)]))
    elif arch == "agent_batch":
        j = SHELL_JURIS(rng)
        agent = world.agent_pick[j](rng) if j in world.agent_pick else False
        trade = rng.random() < 0.5
        base = new_company(rng, j, trade=trade)
        for i in range(size):
            ag = agent if rng.random() < 0.85 else False
            co = company_like(rng, base, j) if rng.random() < 0.35 else new_company(rng, j, trade=trade)
            founders = [rng.choice(agent["nominees"])] if agent and rng.random() < 0.7 else [rng.choice(op.assoc)]
            rec = build_company(world, rng, j, "trade", co=co, agent=ag, founders=founders)
            _shell_email(world, rng, rec, j)
            recs.append(rec)
    elif arch == "procurement_front":
        op.office_cc = "HK" if rng.random() < 0.6 else rng.choice(["SG", "AE", "MY", home])
        parent = build_company(world, rng, home, rng.choice(["ent", "startup"]), founders=op_founders)
        op.parent = parent["co"]
        op.brand = parent["co"]["brand"]
        parent["listed"] = True if rng.random() < 0.4 else parent["listed"]
        recs.append(parent)
        for _ in range(size - 1):
            cc = rng.choice(FRONT_JURIS)
            co = company_like(rng, parent["co"], cc, keep_act=False) if rng.random() < 0.6 else new_company(rng, cc, trade=True)
            if rng.random() < 0.7:
                co["act"] = rng.choice(ACT_TRADE)
            rec = build_company(world, rng, cc, "trade", co=co, founders=[op.person(rng)] + [new_person(rng, CULT_PICK[cc](rng))])
            recs.append(rec)
    elif arch == "individual_multi":
        for i in range(size):
            cc = home if i == 0 or rng.random() < 0.8 else rng.choice(near)
            recs.append(build_individual(world, rng, cc, person=op.boss))
    elif arch == "soft_only":
        for _ in range(size):
            cc = home if rng.random() < 0.4 else rng.choice(near + ["VG", "HK", "GB", "SG"])
            if rng.random() < 0.85:
                co = new_company(rng, cc, brand=op.brand if rng.random() < 0.25 and STYLE_BY_CC.get(cc, ("latin",))[0] ==
                                 "latin" else None)
                rec = build_company(world, rng, cc, rng.choice(["startup", "trade"]), co=co, founders=[op.person(rng)])
            else:
                rec = build_individual(world, rng, cc, person=op.person(rng))
            recs.append(rec)
    elif arch == "corporate_multi":
        base = new_company(rng, home)
        op.brand = base["brand"]
        op.office_cc = home
        op.vps = [world.res_ip(rng, home)[0] for _ in range(rng.randint(1, 2))]     # corporate static egress
        if rng.random() < 0.5:
            op.vps.append(gen_v4(rng, rng.choice(CLOUD_PICK(rng)[2])))
        for i in range(size):
            cc = home if i == 0 or rng.random() < 0.75 else rng.choice(["US", "GB", "SG", "DE", "IE", "NL", "HK", "IN"])
            co = company_like(rng, base, cc, keep_act=False) if i else base
            if i and rng.random() < 0.3:
                co["qual"] = rng.choice(QUALIFIERS)
            rec = build_company(world, rng, cc, "ent" if rng.random() < 0.6 else "startup", co=co,
                                founders=[op.boss] + op.assoc)
            rec["ips"] = world.login_ips(rng, cc, "ent") if rec["ips"] else []
            recs.append(rec)
    else:  # identity_farm
        for _ in range(size):
            if rng.random() < 0.6:
                cc = COUNTRY_PICK(rng)
                rec = build_individual(world, rng, cc)
                if "email" not in _locks(rec) and rng.random() < 0.6:
                    rec["email"] = world.free_email(rng, rec["person"], "*")
            else:
                cc = SHELL_JURIS(rng)
                rec = build_company(world, rng, cc, "startup")
                _shell_email(world, rng, rec, cc)
            recs.append(rec)
    # operators log in from where they are, not from where the shell is registered
    if arch not in ("corporate_multi",):
        for rec in recs:
            if rec["ips"] or rng.random() < 0.5:
                loc = home if arch != "identity_farm" or rng.random() < 0.6 else rec["cc"]
                rec["ips"] = world.login_ips(rng, loc, "co" if rec["kind"] == "co" else "ind")
    # spanning tree with evidence on every edge
    for i in range(1, len(recs)):
        v = recs[i]
        u = recs[i - 1] if arch == "agent_batch" and rng.random() < 0.5 else recs[rng.randrange(i)]
        for attempt in range(8):
            kinds = BUNDLE_PICK[arch](rng)
            if all(can_share(k, u, v, op) for k in kinds):
                break
        else:
            kinds = ("phone", "ip") if arch in ("soft_only", "corporate_multi") else ("key",)
        for k in kinds:
            share(k, u, v, op, rng, world, arch)
        v.setdefault("_edges", []).append(kinds)
    # ambient sharing
    amb = AMBIENT[arch]
    for i, v in enumerate(recs):
        for kind, p in amb.items():
            if rng.random() < p and len(recs) > 1:
                u = recs[rng.randrange(len(recs) - 1)]
                if u is v:
                    u = recs[-1]
                if can_share(kind, u, v, op):
                    share(kind, u, v, op, rng, world, arch)
    for rec in recs:
        if arch == "corporate_multi":
            rec["listed"] = False if rec["listed"] is not None else None
        elif rec["listed"] is None and rng.random() < 0.5:
            rec["listed"] = False
    return recs


# --------------------------------------------------------------------------
# Population assembly and output.
# --------------------------------------------------------------------------

def generate(n, seed):
    """Return (records, labels, archetypes) for a population of n customers."""
    rng = random.Random("gen14:%d:%d" % (n, seed))
    world = World(rng, n)
    target = int(round(n * rng.uniform(0.17, 0.23)))
    nets = []
    members = 0
    while target - members >= 2:
        arch = ARCH_PICK(rng)
        _, smin, smax, alpha = ARCHETYPES[arch]
        size = heavy_size(rng, smin, smax, alpha)
        size = max(2, min(size, target - members))
        if size < smin:
            arch = "individual_multi" if size <= 6 else arch
        recs = plant_network(world, rng, arch, size)
        nets.append((arch, recs))
        members += len(recs)
    all_recs = []
    for k, (arch, recs) in enumerate(nets):
        label = "net-%04d" % (k + 1)
        for r in recs:
            r["_party"], r["_arch"] = label, arch
            all_recs.append(r)
    for _ in range(n - len(all_recs)):
        r = build_solo(world, rng)
        r["_party"], r["_arch"] = None, "solo"
        all_recs.append(r)
    seen = {}
    for r in all_recs:
        while True:
            i = "cus_" + rand_str(rng, 10, LOWER_ALNUM)
            if i not in seen:
                seen[i] = 1
                r["id"] = i
                break
        if r["_party"] is None:
            r["_party"] = "solo-" + r["id"]
    rng.shuffle(all_recs)
    return all_recs, nets


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    n, seed, out_path, truth_path = int(argv[1]), int(argv[2]), argv[3], argv[4]
    t0 = time.time()
    recs, nets = generate(n, seed)
    rrng = random.Random("gen14-render:%d:%d" % (n, seed))
    for p in (out_path, truth_path, os.environ.get("GEN14_ARCH_OUT")):
        if p and os.path.dirname(p):
            os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(render_record(rrng, r), ensure_ascii=False) + "\n")
    with open(truth_path, "w", encoding="utf-8") as f:
        f.write("id,party\n")
        for r in recs:
            f.write("%s,%s\n" % (r["id"], r["_party"]))
    arch_path = os.environ.get("GEN14_ARCH_OUT")
    if arch_path:
        with open(arch_path, "w", encoding="utf-8") as f:
            f.write("id,archetype\n")
            for r in recs:
                f.write("%s,%s\n" % (r["id"], r["_arch"]))
    # summary
    sizes = [len(m) for _, m in nets]
    in_net = sum(sizes)
    by_arch = {}
    for arch, m in nets:
        a = by_arch.setdefault(arch, [0, 0])
        a[0] += 1
        a[1] += len(m)
    hist = {}
    for s in sizes:
        hist[s] = hist.get(s, 0) + 1
    sys.stderr.write("gen14: N=%d seed=%d networks=%d members=%d (%.1f%%) time=%.1fs\n"
                     % (n, seed, len(nets), in_net, 100.0 * in_net / max(1, n), time.time() - t0))
    sys.stderr.write("  sizes: %s\n" % " ".join("%d:%d" % (k, hist[k]) for k in sorted(hist)))
    sys.stderr.write("  archetypes: %s\n" % " ".join("%s=%d/%d" % (k, v[0], v[1]) for k, v in sorted(by_arch.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
