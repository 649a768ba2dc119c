#!/usr/bin/env python3
"""linkage_gen16.py - synthetic customer book of a GPU cloud, with planted shell networks.

    python3 linkage_gen16.py N SEED OUT.jsonl TRUTH.csv        (GEN16_CHECK=1 prints statistics on stderr)

Standard library only; reads nothing at run time; output depends only on (N, SEED)
(random.Random("gen16-<SEED>") for the population, a fixed random.Random("gen16-world-v1") for the
static world plan such as ISP address blocks; no set-order or hash() dependence).

OUT.jsonl  one customer per line, shuffled:
    {"id", "name", "country", "registration_id"?, "address"?, "email"?, "phone"?, "website"?,
     "payment_fingerprint"?, "directors"?: [..], "owners"?: [..], "ips"?: [..], "ssh_keys"?: [..], "listed"?}
TRUTH.csv  "id,party": members of a planted network share "net-NNNNNN", everyone else is "solo-<id>".

TRUTH RULE
----------
Two records are the same party iff they are under the same ultimate control: the same controller
(a person or family office behind a set of shells), the same corporate group (parent and its
subsidiaries, openly related, count as ONE party), or the same company holding two accounts
(duplicate sign-ups). Relationships that do NOT make two records the same party: sharing a
registered agent, virtual office, co-working building, switchboard phone, company-secretary mail
domain, nominee director or nominee shareholder, VC investor (minority stake), university, VPN exit,
mobile carrier NAT, corporate proxy, cloud region, free-mail provider, website builder; family
members who each run their own business; a freelance engineer whose SSH key sits in several
client accounts; people who never replaced a published tutorial/Vagrant key; people who happen to
have the same common name (Wang Wei, Mohammed Ali, John Smith, Kim Min-jun...).
Every planted network is connected, member to member, by a chain of traces that a careful analyst
could follow (each member shares at least one non-pool value with an earlier member); GEN16_CHECK
reports how many networks are connected through traces shared by at most 3 parties.

WORLD MODEL
-----------
23 countries (US CA GB IE DE NL FR CH CY SG MY HK CN TW JP KR AE RU KZ TR IN VN IL), weighted like
a GPU cloud's book (US largest). Each country has: cities with real street names and postcode
shapes, an address style (US/CA suite forms, UK postcodes, DE "Straße"/"str.", NL postcodes,
FR "rue", SG "#12-34", HK "Flat A, 12/F" and Chinese, CN in Chinese / English / pinyin, TW sections
and 台/臺, JP chome-ban-go incl. kanji numerals and full-width digits, KR road names in Hangul or
romanised, AE PO boxes and free-zone premises, RU/KZ Cyrillic or transliterated with ул./д./оф.,
TR No:/Kat:/Daire:, IN Plot/Flr and old city names, VN with/without diacritics, IL incl. Hebrew,
CY incl. Greek); a phone plan (country code, trunk 0 or 8, area/mobile prefixes, grouping) rendered
as E.164, international, "+44 (0)20", national with trunk, parentheses/dashes/dots, 00-prefix,
missing "+", extensions, full-width (JP); a registry id format with prefix/separator variants
(EIN, Companies House incl. dropped leading zero, HRB + court, KvK, SIREN/SIRET, CHE-UID, HE/ΗΕ,
UEN, SSM new/old, CR No., USCC, 統一編號, 法人番号/T-number, 사업자등록번호, DED licence, ОГРН/ИНН,
БИН, VKN + tax office, CIN, MST, ח.פ.); legal-form variants (Ltd/Limited, Inc./, Inc., LLC/L.L.C.,
GmbH/Gesellschaft mit beschränkter Haftung, Pte. Ltd., Sdn Bhd/S/B, 有限公司, 株式会社/(株)/K.K.,
주식회사/(주), ООО «..»/OOO/LLC, ТОО/LLP, A.Ş./Ltd. Şti., Pvt. Ltd., Công ty TNHH, בע"מ, ΛΤΔ, FZ-LLC...);
free-mail providers (gmail, qq, 163, 126, naver, daum, yandex, mail.ru, gmx, web.de, yahoo.co.jp ...);
universities with their domains; formation agents / virtual offices (famous mass-registration
addresses: 1209 Orange St, 71-75 Shelton St, 68 Circular Rd, Glenealy Tower, Qianhai 前湾一路1号,
IFZA / Meydan / RAKEZ, Win Aoyama, Prins Bernhardplein 200, Themistokli Dervi 5, AIFC ...), each
with a switchboard phone, a company-secretary mail domain and a pool of professional nominee
directors; co-working buildings with shared Wi-Fi egress IPs and switchboard phones.
Person names come from culture-specific tables with stable preferred spellings per person plus
cross-record variation: Chinese in simplified/traditional characters, pinyin, Wade-Giles (TW) and
Cantonese (HK) romanisation, English names, either order; Korean Hangul and RR/McCune variants
(Lee/Yi/Rhee, Park/Pak, Min-jun/Minjun); Japanese kanji and Hepburn variants (Sato/Satou/Satoh);
Russian/Kazakh Cyrillic with patronymics and ICAO/BGN/German/French/popular transliteration,
initials; Arabic and Persian script and Latin variants (Mohammed/Muhammad/Mohamed, Al-/El-/Al);
Greek, Hebrew, Indian (initials), Malay (bin/binti), Vietnamese (diacritics, order), Turkish
(dotless i); plus typos, upper case, "Surname, Given", titles. Frequent names are drawn with a
Zipf law so common names collide across unrelated firms.
IPs: per-country residential ISPs (dynamic: the same household reappears in the same /24 or /16,
IPv6 as a stable /56 with changing interface ids), business static blocks (/29 inside a /24 shared
with other businesses), mobile carrier CGNAT (few exact IPs shared by many; IPv6 /48s shared),
cloud regions, commercial VPN exits (heavily shared), a corporate secure-web-proxy service,
campus NAT; rendered with/without IPv6 compression, upper case, "::ffff:" mapping.
SSH keys are real SHA256/MD5 digests of random key bytes rendered as "SHA256:..", bare base64,
with "=" padding, lower-case prefix, ssh-keygen -l lines, or (legacy keys) MD5 hex with/without colons.
A key is always shown in the same hash family, so equal keys are recognisable.

SOLO SEGMENTS (strangers): startups, SMEs, agencies/consultancies, a few legitimate resellers/MSPs,
enterprises (often behind a shared corporate proxy), individuals/freelancers (free-mail, home
address, residential/mobile IPs), academics (university domain, shared campus address, NAT IPs,
lab pages on the university site), legitimate offshore holding/trading companies set up through
formation agents (agent address, nominee directors and nominee shareholder companies,
company-secretary mail domain, agent phone). Startups may list VC funds among owners.
Junk values appear as real customers type them ("N/A" registration ids, "0000000000" phones).

CONFOUNDERS AMONG STRANGERS (what unrelated customers really share)
  - registered-agent / formation / virtual-office addresses (Zipf-weighted; the biggest hosts ~0.5%
    of the book; some give each client a PMB/suite/desk/premises number, most do not), their
    switchboard phones (with or without extensions) and company-secretary mail domains;
  - professional nominee directors (4-9 per agent) sitting on many unrelated boards; nominee
    shareholder companies; VC funds and accelerators as owners of many unrelated startups;
  - co-working buildings: same street address on different floors/suites, same Wi-Fi egress IPs;
  - universities: same campus address, university mail domain (with sub-domains), NAT IPs, the
    same switchboard; labs' pages on the university site;
  - free-mail (country mixes: gmail, qq with numeric mailboxes, 163, naver, yandex, mail.ru, gmx,
    web.de, yahoo.co.jp ...), Apple private-relay, *.onmicrosoft.com tenants;
  - website builders and social pages (linkedin.com/company/.., github.io, wixsite, notion.site,
    huggingface.co ...);
  - IPs: VPN exits, mobile CGNAT, a corporate secure-web-proxy service, campus NAT, cloud /24s,
    business /24s and residential /24s shared by chance;
  - common person names (Zipf), generic company names ("Global Solutions", "Smart Tech") and
    brand collisions across countries;
  - families (~0.4% of N pair attempts): relatives with the same surname running separate
    accounts, half of them at the same home address, a quarter on the same home IP;
  - freelance contractors whose SSH key appears in 2-3 unrelated client accounts (~N/2500 keys)
    and a published Vagrant/tutorial key left in a few accounts (~N/2500 accounts);
  - junk values typed by customers: registration ids "N/A", "TBC", "000000", phones "0000000000".
Own domains, cards and (non-contractor, non-tutorial) SSH keys are never shared by strangers.

NETWORK ARCHETYPES (15-30% of customers are in networks, sizes 2-25 skewed small)
  nominee_shells      family of shells at one formation agent with the agent's nominee director
                      pair; the controller shows up as beneficial owner, or reuses a home IP, phone,
                      key, card or mail domain somewhere along the chain.
  front_subsidiaries  a front company and subsidiaries: holding company in owners (legal-form and
                      script variants), parent named as owner, shared mail domain / website,
                      phones, office address, often the same brand.
  reseller_disguised  a "reseller" whose client accounts are the same end user: one card pays for
                      several accounts, the same engineers' SSH keys, the same office /24; some
                      client accounts look like individuals.
  careful             2-6 shells that share exactly one weak trace per link (one residential IP, a
                      straw director spelled differently, a phone written another way, the same
                      small office, an owner), otherwise fresh names, agents, free-mail, VPNs.
  careless            reuse cards, SSH keys, registration ids, office, phone and mail domain; brands.
  rotator             rotates phones, addresses, mail domains and agents; the operator's SSH key,
                      his own name as director (transliterated differently), home IP or card remain.
  multi_country       shells across 2-5 jurisdictions (HK/SG/AE/CY/KZ/TR/GB...) tied by a holding
                      company, the controller as director/owner written in different scripts.
  corporate_group     legitimate group: parent + subsidiaries in several countries, same brand and
                      corporate domain, regional web subdomains, group proxy block, parent as owner.
  duplicate_account   the same company signed up twice or thrice (team accounts): same name in
                      other spellings, same registration id in another format, same domain, ...
Evasive controllers come from weighted origins (CN, RU, IR via AE/TR/MY, HK, KZ, TR, ...) and
register in matching shell jurisdictions; they use VPNs, free-mail and agents more than solos.
About 10% of evasive networks contain a listed original (listed=true); a few corporate groups
have listed subsidiaries; ~0.15% of solos are listed.
"""
import sys, os, json, random, hashlib, base64, time, bisect, unicodedata

# =====================================================================
# utilities
# =====================================================================

def zipf(n, s=1.0, q=1.0):
    return [1.0 / ((i + q) ** s) for i in range(n)]


class WT:
    """Weighted table with O(log n) picks."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, items, weights=None):
        items = list(items)
        if weights is None:
            weights = [1.0] * len(items)
        c = 0.0
        cum = []
        for w in weights:
            c += w
            cum.append(c)
        self.items, self.cum, self.tot = items, cum, c

    def pick(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        return self.items[i if i < len(self.items) else -1]


def wpick(rng, d):
    """Pick a key from a small {key: weight} dict (insertion order => deterministic)."""
    tot = 0.0
    for w in d.values():
        tot += w
    r = rng.random() * tot
    k = None
    for k, w in d.items():
        r -= w
        if r < 0:
            return k
    return k


def chance(rng, p):
    return rng.random() < p


def pat(rng, p):
    out = []
    for ch in p:
        if ch == "#":
            out.append(chr(48 + rng.randrange(10)))
        elif ch == "A":
            out.append("ABCDEFGHJKLMNPRSTUVWXYZ"[rng.randrange(23)])
        else:
            out.append(ch)
    return "".join(out)


_FOLD = {"ı": "i", "İ": "I", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "ł": "l", "Ł": "L", "æ": "ae"}


def fold(s):
    """Strip Latin diacritics (never applied to non-Latin scripts)."""
    s = "".join(_FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def de_fold(s):
    return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace(
        "Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")


_KEYB = {}
for _row in ("qwertyuiop", "asdfghjkl", "zxcvbnm"):
    for _i, _c in enumerate(_row):
        _KEYB[_c] = (_row[_i - 1] if _i else "") + (_row[_i + 1] if _i + 1 < len(_row) else "")


def typo(rng, s):
    idx = [i for i, c in enumerate(s) if c.isascii() and c.isalpha()]
    if len(idx) < 5:
        return s
    i = idx[rng.randrange(1, len(idx))]
    op = rng.randrange(4)
    if op == 0 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != s[i]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    nb = _KEYB.get(s[i].lower())
    if nb:
        c = nb[rng.randrange(len(nb))]
        if s[i].isupper():
            c = c.upper()
        return s[:i] + c + s[i + 1:]
    return s


def cap(s):
    return s[:1].upper() + s[1:]


# =====================================================================
# person names: cultures, scripts, romanisations
# =====================================================================

# Chinese surnames: simplified, traditional, pinyin, Wade-Giles, Cantonese (HK)
ZH_SURN = [
    ("王", "王", "Wang", "Wang", "Wong"), ("李", "李", "Li", "Li", "Lee"), ("张", "張", "Zhang", "Chang", "Cheung"),
    ("刘", "劉", "Liu", "Liu", "Lau"), ("陈", "陳", "Chen", "Chen", "Chan"), ("杨", "楊", "Yang", "Yang", "Yeung"),
    ("黄", "黃", "Huang", "Huang", "Wong"), ("赵", "趙", "Zhao", "Chao", "Chiu"), ("吴", "吳", "Wu", "Wu", "Ng"),
    ("周", "周", "Zhou", "Chou", "Chow"), ("徐", "徐", "Xu", "Hsu", "Tsui"), ("孙", "孫", "Sun", "Sun", "Suen"),
    ("马", "馬", "Ma", "Ma", "Ma"), ("朱", "朱", "Zhu", "Chu", "Chu"), ("胡", "胡", "Hu", "Hu", "Wu"),
    ("郭", "郭", "Guo", "Kuo", "Kwok"), ("何", "何", "He", "Ho", "Ho"), ("高", "高", "Gao", "Kao", "Ko"),
    ("林", "林", "Lin", "Lin", "Lam"), ("罗", "羅", "Luo", "Lo", "Law"), ("郑", "鄭", "Zheng", "Cheng", "Cheng"),
    ("梁", "梁", "Liang", "Liang", "Leung"), ("谢", "謝", "Xie", "Hsieh", "Tse"), ("宋", "宋", "Song", "Sung", "Sung"),
    ("唐", "唐", "Tang", "Tang", "Tong"), ("许", "許", "Xu", "Hsu", "Hui"), ("邓", "鄧", "Deng", "Teng", "Tang"),
    ("冯", "馮", "Feng", "Feng", "Fung"), ("韩", "韓", "Han", "Han", "Hon"), ("曹", "曹", "Cao", "Tsao", "Tso"),
    ("曾", "曾", "Zeng", "Tseng", "Tsang"), ("彭", "彭", "Peng", "Peng", "Pang"), ("萧", "蕭", "Xiao", "Hsiao", "Siu"),
    ("蔡", "蔡", "Cai", "Tsai", "Choi"), ("潘", "潘", "Pan", "Pan", "Poon"), ("田", "田", "Tian", "Tien", "Tin"),
    ("董", "董", "Dong", "Tung", "Tung"), ("袁", "袁", "Yuan", "Yuan", "Yuen"), ("叶", "葉", "Ye", "Yeh", "Yip"),
    ("蒋", "蔣", "Jiang", "Chiang", "Cheung"), ("杜", "杜", "Du", "Tu", "To"), ("范", "范", "Fan", "Fan", "Fan"),
    ("余", "余", "Yu", "Yu", "Yue"), ("钟", "鍾", "Zhong", "Chung", "Chung"), ("汪", "汪", "Wang", "Wang", "Wong"),
    ("陆", "陸", "Lu", "Lu", "Luk"), ("姚", "姚", "Yao", "Yao", "Yiu"), ("卢", "盧", "Lu", "Lu", "Lo"),
]
# given-name syllables: simplified, traditional, pinyin, Wade-Giles, Cantonese
ZH_GIV = [
    ("伟", "偉", "wei", "wei", "wai"), ("娜", "娜", "na", "na", "na"), ("敏", "敏", "min", "min", "man"),
    ("静", "靜", "jing", "ching", "ching"), ("芳", "芳", "fang", "fang", "fong"), ("丽", "麗", "li", "li", "lai"),
    ("强", "強", "qiang", "chiang", "keung"), ("磊", "磊", "lei", "lei", "lui"), ("军", "軍", "jun", "chun", "kwan"),
    ("洋", "洋", "yang", "yang", "yeung"), ("勇", "勇", "yong", "yung", "yung"), ("艳", "艷", "yan", "yen", "yim"),
    ("杰", "傑", "jie", "chieh", "kit"), ("涛", "濤", "tao", "tao", "to"), ("明", "明", "ming", "ming", "ming"),
    ("超", "超", "chao", "chao", "chiu"), ("秀", "秀", "xiu", "hsiu", "sau"), ("霞", "霞", "xia", "hsia", "ha"),
    ("平", "平", "ping", "ping", "ping"), ("刚", "剛", "gang", "kang", "kong"), ("华", "華", "hua", "hua", "wah"),
    ("建", "建", "jian", "chien", "kin"), ("国", "國", "guo", "kuo", "kwok"), ("文", "文", "wen", "wen", "man"),
    ("志", "志", "zhi", "chih", "chi"), ("海", "海", "hai", "hai", "hoi"), ("红", "紅", "hong", "hung", "hung"),
    ("小", "小", "xiao", "hsiao", "siu"), ("大", "大", "da", "ta", "tai"), ("东", "東", "dong", "tung", "tung"),
    ("龙", "龍", "long", "lung", "lung"), ("辉", "輝", "hui", "hui", "fai"), ("宇", "宇", "yu", "yu", "yu"),
    ("浩", "浩", "hao", "hao", "ho"), ("俊", "俊", "jun", "chun", "chun"), ("嘉", "嘉", "jia", "chia", "ka"),
    ("欣", "欣", "xin", "hsin", "yan"), ("婷", "婷", "ting", "ting", "ting"), ("鹏", "鵬", "peng", "peng", "pang"),
    ("晓", "曉", "xiao", "hsiao", "hiu"), ("德", "德", "de", "te", "tak"), ("成", "成", "cheng", "cheng", "shing"),
    ("家", "家", "jia", "chia", "ka"), ("子", "子", "zi", "tzu", "tsz"), ("晨", "晨", "chen", "chen", "san"),
    ("思", "思", "si", "szu", "sze"), ("安", "安", "an", "an", "on"), ("天", "天", "tian", "tien", "tin"),
    ("永", "永", "yong", "yung", "wing"), ("金", "金", "jin", "chin", "kam"), ("玉", "玉", "yu", "yu", "yuk"),
    ("凯", "凱", "kai", "kai", "hoi"), ("毅", "毅", "yi", "yi", "ngai"), ("峰", "峰", "feng", "feng", "fung"),
    ("雪", "雪", "xue", "hsueh", "suet"), ("梅", "梅", "mei", "mei", "mui"), ("琳", "琳", "lin", "lin", "lam"),
    ("博", "博", "bo", "po", "pok"), ("振", "振", "zhen", "chen", "chun"), ("荣", "榮", "rong", "jung", "wing"),
    ("恩", "恩", "en", "en", "yan"), ("昊", "昊", "hao", "hao", "ho"), ("泽", "澤", "ze", "tse", "chak"),
]
ZH_ENG = ("Peter David Kelvin Vincent Eric Jason Tony Kevin Michael Raymond Alan Wilson Terence Ivan Jacky "
          "Ivy Winnie Cherry Mandy Karen Grace Joyce Vivian Cindy Stella Irene Queenie Frank Jack Andy").split()

KO_SURN = [("김", ["Kim", "Gim"]), ("이", ["Lee", "Yi", "Rhee", "I"]), ("박", ["Park", "Pak", "Bak"]),
           ("최", ["Choi", "Choe"]), ("정", ["Jung", "Jeong", "Chung"]), ("강", ["Kang", "Gang"]),
           ("조", ["Cho", "Jo"]), ("윤", ["Yoon", "Yun"]), ("장", ["Jang", "Chang"]), ("임", ["Lim", "Im", "Rim"]),
           ("한", ["Han"]), ("오", ["Oh", "O"]), ("서", ["Seo", "Suh"]), ("신", ["Shin", "Sin"]),
           ("권", ["Kwon", "Gwon"]), ("황", ["Hwang"]), ("안", ["Ahn", "An"]), ("송", ["Song"]),
           ("류", ["Ryu", "Yoo", "Yu"]), ("홍", ["Hong"]), ("전", ["Jeon", "Jun", "Chun"]), ("고", ["Ko", "Go"])]
KO_SYL = [("민", ["min"]), ("준", ["jun", "joon"]), ("서", ["seo", "suh"]), ("지", ["ji", "jee"]),
          ("현", ["hyun", "hyeon"]), ("수", ["su", "soo"]), ("영", ["young", "yeong", "yong"]), ("진", ["jin"]),
          ("우", ["woo", "u"]), ("호", ["ho"]), ("성", ["sung", "seong"]), ("재", ["jae"]), ("동", ["dong"]),
          ("희", ["hee", "hui"]), ("은", ["eun"]), ("혜", ["hye"]), ("상", ["sang"]), ("태", ["tae"]),
          ("하", ["ha"]), ("윤", ["yoon", "yun"]), ("경", ["kyung", "gyeong"]), ("석", ["seok", "suk"]),
          ("철", ["chul", "cheol"]), ("훈", ["hoon", "hun"]), ("연", ["yeon", "yun"]), ("예", ["ye"]),
          ("원", ["won"]), ("혁", ["hyuk", "hyeok"])]

JA_SURN = [("佐藤", ["Sato", "Satou", "Satoh", "Satō"]), ("鈴木", ["Suzuki"]), ("高橋", ["Takahashi"]),
           ("田中", ["Tanaka"]), ("伊藤", ["Ito", "Itou", "Itoh", "Itō"]), ("渡辺", ["Watanabe", "Watanabé"]),
           ("山本", ["Yamamoto"]), ("中村", ["Nakamura"]), ("小林", ["Kobayashi"]), ("加藤", ["Kato", "Katou", "Katoh"]),
           ("吉田", ["Yoshida"]), ("山田", ["Yamada"]), ("佐々木", ["Sasaki"]), ("山口", ["Yamaguchi"]),
           ("松本", ["Matsumoto"]), ("井上", ["Inoue"]), ("木村", ["Kimura"]), ("林", ["Hayashi"]),
           ("斎藤", ["Saito", "Saitou", "Saitoh"]), ("清水", ["Shimizu"]), ("大野", ["Ono", "Oono", "Ohno", "Ōno"]),
           ("近藤", ["Kondo", "Kondou", "Kondoh"]), ("後藤", ["Goto", "Gotou", "Gotoh"])]
JA_GIV = [("浩", ["Hiroshi"]), ("誠", ["Makoto"]), ("翔太", ["Shota", "Shouta", "Shohta"]), ("大輔", ["Daisuke"]),
          ("健太", ["Kenta"]), ("拓也", ["Takuya"]), ("健一", ["Kenichi", "Ken'ichi"]), ("直樹", ["Naoki"]),
          ("亮", ["Ryo", "Ryou", "Ryoh"]), ("雄一", ["Yuichi", "Yuuichi", "Yūichi"]), ("太郎", ["Taro", "Tarou", "Taroh"]),
          ("聡", ["Satoshi"]), ("隆", ["Takashi"]), ("修", ["Osamu"]), ("一郎", ["Ichiro", "Ichirou", "Ichiroh"]),
          ("裕子", ["Yuko", "Yuuko", "Yūko"]), ("陽子", ["Yoko", "Youko", "Yōko"]), ("恵子", ["Keiko"]),
          ("美咲", ["Misaki"]), ("由美", ["Yumi"]), ("直美", ["Naomi"]), ("翼", ["Tsubasa"]), ("大樹", ["Daiki"]),
          ("陽菜", ["Hina"]), ("蓮", ["Ren"]), ("悠真", ["Yuma", "Yuuma"])]

RU_GIV_M = ("Александр Сергей Дмитрий Андрей Алексей Михаил Иван Николай Евгений Владимир Максим Артём Павел "
            "Виктор Игорь Олег Юрий Денис Роман Антон Константин Вадим Кирилл Илья Василий Григорий Борис "
            "Станислав Тимур Леонид").split()
RU_GIV_F = ("Елена Ольга Наталья Татьяна Ирина Екатерина Анна Мария Юлия Светлана Анастасия Марина Ксения "
            "Дарья Валентина Галина Людмила Вера Алина Оксана").split()
RU_FAM = ("Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков "
          "Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров "
          "Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев "
          "Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов "
          "Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков "
          "Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов "
          "Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Щербаков Назаров Калинин Исаев Быков Маслов "
          "Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов "
          "Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв "
          "Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев "
          "Бирюков Горбунов Анисимов Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов "
          "Харитонов Князев Цветков Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков "
          "Сафонов Плотников Жданов Носков Ковальский Вишневский Островский Жуковский Берёзкин Шевченко").split()
KK_GIV_M = "Нурлан Ерлан Серик Данияр Бауыржан Марат Асхат Ержан Арман Канат Айдар Тимур Руслан Бекзат Даурен Жандос Мурат Қайрат".split()
KK_GIV_F = "Асель Айгуль Жанна Динара Гульнара Сауле Айжан Камила Алия Мадина".split()
KK_FAM = ("Ахметов Жумабаев Сулейменов Абдуллаев Исаев Касымов Омаров Байжанов Нурланов Кенжебаев Тулегенов "
          "Иманов Бекмухамедов Жаксыбеков Садыков Искаков Мусин Утепов Ермеков Нұрғалиев").split()

# Cyrillic -> Latin schemes: icao (passports since 2013), bgn (BGN/PCGN), de (German), fr (French), pop (common)
_CY = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
_TR = {
    "icao": "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia a g k n o u u h i",
    "bgn": "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya a gh q ng o u u h i",
    "de": "a b w g d e jo sh s i j k l m n o p r s t u f ch z tsch sch schtsch _ y _ e ju ja ae g k ng oe u ue h i",
    "fr": "a b v g d e io j z i i k l m n o p r s t ou f kh ts tch ch chtch _ y _ e iou ia a g k n o ou u h i",
    "pop": "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch _ y _ e yu ya a g k n o u u h i",
}
_TRMAP = {}
for _k, _v in _TR.items():
    _vals = _v.split(" ")
    assert len(_vals) == len(_CY), _k
    _TRMAP[_k] = {c: ("" if t == "_" else t) for c, t in zip(_CY, _vals)}
_VOW = set("аеёиоуыэюяaeiou")
RU_POPULAR = {
    "Александр": ["Alexander", "Aleksandr", "Alexandr", "Aleksander"], "Алексей": ["Alexey", "Aleksei", "Alexei", "Aleksey"],
    "Сергей": ["Sergey", "Sergei", "Serguei", "Sergej"], "Дмитрий": ["Dmitry", "Dmitriy", "Dmitrii", "Dimitri"],
    "Юрий": ["Yuri", "Yury", "Iurii", "Yuriy"], "Евгений": ["Evgeny", "Yevgeny", "Evgenii", "Eugene", "Evgeniy"],
    "Андрей": ["Andrey", "Andrei", "Andrej"], "Наталья": ["Natalia", "Natalya", "Nataliya"],
    "Юлия": ["Yulia", "Iuliia", "Julia", "Yuliya"], "Татьяна": ["Tatiana", "Tatyana", "Tatjana"],
    "Михаил": ["Mikhail", "Michael", "Mikhael"], "Артём": ["Artem", "Artyom", "Artiom"], "Ксения": ["Ksenia", "Kseniya", "Xenia"],
    "Максим": ["Maxim", "Maksim"], "Анастасия": ["Anastasia", "Anastasiya", "Anastasiia"],
}


def translit(s, scheme):
    m = _TRMAP[scheme]
    out = []
    low = s.lower()
    n = len(low)
    for i, c in enumerate(low):
        if c not in m:
            out.append(c)
            continue
        t = m[c]
        if scheme in ("bgn", "pop") and c == "е" and (i == 0 or low[i - 1] in _VOW or low[i - 1] in "ьъ"):
            t = "ye"
        if c == "й" and i == n - 1 and i > 0 and low[i - 1] in "иы":
            t = {"icao": "i", "bgn": "y", "de": "j", "fr": "", "pop": "y"}[scheme]
            if scheme == "pop" and low[i - 1] == "и":
                out[-1] = ""
        if scheme == "de" and c == "с" and 0 < i < n - 1 and low[i - 1] in _VOW and low[i + 1] in _VOW:
            t = "ss"
        out.append(t)
    r = "".join(out)
    if scheme == "fr" and r.endswith("ov") and len(r) > 4:
        r = r[:-2] + "off"
    if scheme == "de" and (r.endswith("ow") or r.endswith("ew")) and False:
        pass
    if s[:1].isupper():
        r = cap(r)
    return r


# Arabic (Gulf/Levant) and Persian name parts: (native script, [Latin variants, first = most usual])
AR_GIV_M = [("محمد", ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Muhammed"]),
            ("أحمد", ["Ahmed", "Ahmad"]), ("علي", ["Ali"]), ("عبدالله", ["Abdullah", "Abdallah", "Abdulla", "Abd Allah"]),
            ("عمر", ["Omar", "Umar"]), ("خالد", ["Khalid", "Khaled"]), ("حسن", ["Hassan", "Hasan"]),
            ("حسين", ["Hussein", "Hussain", "Husain"]), ("يوسف", ["Youssef", "Yousef", "Yusuf", "Yousif"]),
            ("إبراهيم", ["Ibrahim", "Ebrahim", "Ibraheem"]), ("سعيد", ["Saeed", "Said", "Saied"]),
            ("راشد", ["Rashid", "Rashed"]), ("فيصل", ["Faisal", "Faysal", "Feisal"]), ("طارق", ["Tariq", "Tarek", "Tareq"]),
            ("حمد", ["Hamad"]), ("سلطان", ["Sultan"]), ("ماجد", ["Majid", "Majed"]), ("ناصر", ["Nasser", "Naser", "Nasir"]),
            ("عبدالرحمن", ["Abdulrahman", "Abdul Rahman", "Abdelrahman", "Abdel Rahman", "Abdurrahman"]),
            ("مصطفى", ["Mustafa", "Moustafa", "Mostafa"]), ("محمود", ["Mahmoud", "Mahmud", "Mahmood"]),
            ("سالم", ["Salem", "Salim"]), ("عادل", ["Adel", "Adil"])]
AR_GIV_F = [("فاطمة", ["Fatima", "Fatma", "Fatimah"]), ("مريم", ["Mariam", "Maryam"]), ("نور", ["Nour", "Noor", "Nur"]),
            ("عائشة", ["Aisha", "Aysha", "Aicha"]), ("سارة", ["Sara", "Sarah"]), ("ليلى", ["Layla", "Leila", "Laila"])]
AR_FAM = [("المنصوري", "Mansouri"), ("الهاشمي", "Hashimi"), ("الشامسي", "Shamsi"), ("النعيمي", "Nuaimi"),
          ("الزعابي", "Zaabi"), ("حداد", ["Haddad", "Hadad"]), ("خوري", ["Khoury", "Khouri", "El Khoury"]),
          ("صالح", ["Saleh", "Salih"]), ("حمدان", ["Hamdan"]), ("قاسم", ["Qasim", "Kassem", "Qassem", "Kasim"]),
          ("عباس", ["Abbas"]), ("العلي", "Ali"), ("التميمي", "Tamimi"), ("الخطيب", "Khatib"), ("الأحمد", "Ahmad"),
          ("المري", "Marri"), ("الكعبي", "Kaabi"), ("السويدي", "Suwaidi"), ("الفلاسي", "Falasi"), ("عيسى", ["Issa", "Eissa", "Isa"])]
FA_GIV_M = [("محمد", ["Mohammad", "Mohammed", "Mohamad"]), ("علی", ["Ali"]), ("حسین", ["Hossein", "Hosein", "Hussein"]),
            ("رضا", ["Reza"]), ("مهدی", ["Mehdi", "Mahdi"]), ("امیر", ["Amir"]), ("حمید", ["Hamid"]),
            ("سعید", ["Saeed", "Saeid", "Said"]), ("مجید", ["Majid"]), ("محسن", ["Mohsen"]),
            ("علیرضا", ["Alireza", "Ali Reza", "Ali-Reza"]), ("مسعود", ["Masoud", "Massoud", "Masood"])]
FA_GIV_F = [("فاطمه", ["Fatemeh", "Fatima"]), ("زهرا", ["Zahra"]), ("مریم", ["Maryam"]), ("نرگس", ["Narges"])]
FA_FAM = [("حسینی", ["Hosseini", "Hoseini", "Husseini"]), ("محمدی", ["Mohammadi", "Mohamadi"]),
          ("رضایی", ["Rezaei", "Rezaee", "Rezai", "Rezayi"]), ("احمدی", ["Ahmadi"]), ("کریمی", ["Karimi"]),
          ("جعفری", ["Jafari", "Jafary", "Ja'fari"]), ("رحیمی", ["Rahimi"]), ("موسوی", ["Mousavi", "Musavi", "Moosavi"]),
          ("هاشمی", ["Hashemi"]), ("قاسمی", ["Ghasemi", "Qasemi"]), ("صادقی", ["Sadeghi", "Sadeqi"]),
          ("کاظمی", ["Kazemi"]), ("تهرانی", ["Tehrani"]), ("اکبری", ["Akbari"]), ("نوری", ["Nouri", "Noori"])]

EN_GIV = ("James John Robert Michael David William Richard Joseph Thomas Christopher Daniel Matthew Mark Paul "
          "Andrew Steven Kevin Brian Jason Ryan Eric Peter Alexander Benjamin Samuel Jonathan Nicholas Adam "
          "Mary Jennifer Linda Sarah Jessica Emily Emma Laura Anna Elizabeth Rachel Olivia Sophie Hannah Amy "
          "Rebecca Katherine Michelle Lisa Julia").split()
EN_NICK = {"William": ["Bill", "Will"], "Robert": ["Rob", "Bob"], "Michael": ["Mike"], "Richard": ["Rick"],
           "Thomas": ["Tom"], "Christopher": ["Chris"], "Daniel": ["Dan"], "Matthew": ["Matt"], "Andrew": ["Andy"],
           "Steven": ["Steve", "Stephen"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Jonathan": ["Jon"],
           "Nicholas": ["Nick"], "Alexander": ["Alex"], "Katherine": ["Kate", "Catherine", "Kathy"],
           "Elizabeth": ["Liz", "Beth"], "Rebecca": ["Becky"], "Jennifer": ["Jen"], "Joseph": ["Joe"], "James": ["Jim"]}
EN_FAM = ("Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Jackson "
          "White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Hill "
          "Campbell Mitchell Roberts Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy "
          "Cook Rogers Morgan Cooper Peterson Reed Bailey Kelly Howard Ward Cox Richardson Wood Watson Brooks "
          "Bennett Gray Hughes Price Sanders Myers Long Ross Foster O'Brien O'Connor MacDonald Fitzgerald "
          "Sullivan Walsh Byrne Ryan Doyle McCarthy").split()
DE_GIV = ("Thomas Michael Andreas Stefan Frank Jürgen Klaus Markus Christian Alexander Sebastian Jan Lukas Felix "
          "Maximilian Tobias Katharina Julia Anna Laura Sabine Petra Claudia Monika Ursula Jörg").split()
DE_FAM = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter "
          "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner "
          "Krause Meier Lehmann Köhler Groß Huber Keller").split()
NL_GIV = "Jan Pieter Daan Sem Lucas Bram Thijs Sanne Lotte Emma Eva Femke Anouk Joost Maarten Ruben Willem Sander".split()
NL_FAM = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
          "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
          "Brouwer", "van der Meer", "Kuijpers"]
FR_GIV = ("Jean Pierre Michel Philippe Alain Nicolas Julien Thomas Antoine François Camille Marie Sophie Isabelle "
          "Nathalie Céline Aurélie Léa Chloé Hélène Jean-Pierre Jean-Luc Anne-Sophie").split()
FR_FAM = ("Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel "
          "Garcia David Bertrand Roux Vincent Fournier Girard Bonnet Lambert Mercier").split()
GR_GIV = [("Αντρέας", ["Andreas"]), ("Χρίστος", ["Christos", "Chris"]), ("Γιώργος", ["Georgios", "George", "Giorgos"]),
          ("Νίκος", ["Nikos", "Nicos", "Nicolas"]), ("Κωνσταντίνος", ["Konstantinos", "Costas", "Kostas"]),
          ("Μιχάλης", ["Michalis", "Michael"]), ("Παναγιώτης", ["Panayiotis", "Panagiotis", "Panikos"]),
          ("Μαρία", ["Maria"]), ("Ελένη", ["Eleni", "Helen"]), ("Ανδρούλλα", ["Androulla"]), ("Σάββας", ["Savvas", "Savas"])]
GR_FAM = [("Γεωργίου", ["Georgiou"]), ("Ιωάννου", ["Ioannou"]), ("Κωνσταντίνου", ["Constantinou", "Konstantinou"]),
          ("Χριστοδούλου", ["Christodoulou"]), ("Χαραλάμπους", ["Charalambous", "Charalampous", "Haralambous"]),
          ("Παπαδόπουλος", ["Papadopoulos"]), ("Νικολάου", ["Nicolaou", "Nikolaou"]), ("Ανδρέου", ["Andreou"]),
          ("Μιχαήλ", ["Michael", "Michail"]), ("Σάββα", ["Savva"]), ("Δημητρίου", ["Demetriou", "Dimitriou"]),
          ("Παύλου", ["Pavlou"]), ("Κυριάκου", ["Kyriakou", "Kyriacou"])]
HE_GIV = [("דוד", ["David"]), ("יוסף", ["Yosef", "Yossi", "Joseph"]), ("משה", ["Moshe"]), ("אברהם", ["Avraham", "Avi"]),
          ("דניאל", ["Daniel"]), ("נועה", ["Noa"]), ("תמר", ["Tamar"]), ("יעל", ["Yael"]), ("מיכל", ["Michal"]),
          ("איתן", ["Eitan", "Etan"]), ("איתי", ["Itai", "Itay"]), ("עומר", ["Omer"]), ("עמית", ["Amit"])]
HE_FAM = [("כהן", ["Cohen", "Kohen", "Cohn"]), ("לוי", ["Levi", "Levy"]), ("מזרחי", ["Mizrahi", "Mizrachi"]),
          ("פרץ", ["Peretz", "Perez"]), ("ביטון", ["Biton"]), ("פרידמן", ["Friedman", "Fridman"]), ("כץ", ["Katz", "Kats"]),
          ("אזולאי", ["Azoulay", "Azulai"]), ("שפירא", ["Shapira", "Shapiro"]), ("אברהם", ["Avraham", "Abraham"])]
IN_GIV = ("Rahul Amit Rajesh Suresh Anil Sunil Vijay Deepak Sanjay Arjun Karthik Venkatesh Srinivas Priya Neha "
          "Pooja Ananya Divya Lakshmi Kavya Ravi Arun Manish Nikhil Rohit Vikram Aditya").split()
IN_FAM = [["Sharma"], ["Kumar"], ["Singh"], ["Patel"], ["Gupta"], ["Reddy"], ["Iyer", "Iyyer"], ["Nair"], ["Rao"],
          ["Agarwal", "Aggarwal", "Agrawal"], ["Chaudhary", "Choudhary", "Chowdhury", "Chaudhari"], ["Srinivasan"],
          ["Verma"], ["Mehta"], ["Joshi"], ["Shah"], ["Das"], ["Banerjee", "Banerji"], ["Mukherjee", "Mukherji"],
          ["Krishnan"], ["Pillai"], ["Menon"], ["Khan"], ["Jain"], ["Bhattacharya", "Bhattacharyya"]]
MS_GIV = [["Ahmad", "Ahmed"], ["Muhammad", "Mohd", "Mohamad", "Mohammad", "Mohd."], ["Nur", "Noor"], ["Siti"],
          ["Aziz"], ["Ismail"], ["Hafiz", "Hafeez"], ["Aisyah", "Aishah"], ["Farah"], ["Amir"], ["Zulkifli"],
          ["Faizal", "Faisal"], ["Nurul"], ["Azlan"]]
MS_GIV_F_IDX = [2, 3, 7, 8, 12]
MS_GIV_M_IDX = [0, 1, 4, 5, 6, 9, 10, 11, 13]
MS_FATHER = [["Ismail"], ["Abdullah"], ["Ibrahim"], ["Abdul Rahman", "Abd Rahman", "Abdul Rahman"], ["Hassan"],
             ["Yusof", "Yusoff"], ["Othman"], ["Osman"], ["Ahmad"], ["Hamid"], ["Razak"], ["Omar"]]
VI_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
VI_MID_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh"]
VI_MID_F = ["Thị", "Ngọc", "Thanh", "Minh"]
VI_GIV = ["Anh", "Hùng", "Dũng", "Linh", "Hương", "Tuấn", "Nam", "Long", "Thảo", "Trang", "Hải", "Phương", "Khoa",
          "Quân", "Hà", "Thủy", "Sơn", "Bình"]
TR_GIV = "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Oğuz Fatma Ayşe Emine Zeynep Elif Özge Selin Kerem".split()
TR_FAM = ("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Koç "
          "Kurt Özkan Şimşek Polat Erdoğan Güler").split()

# which cultures people in each country come from
CULTURES = ["en", "de", "nl", "fr", "gr", "he", "in", "zh", "zh_tw", "zh_hk", "ko", "ja", "ru", "kk", "ar", "fa",
            "tr", "ms", "vi"]


def _zpick(rng, n, s):
    # fast zipf-ish index pick
    key = (n, s)
    t = _ZCACHE.get(key)
    if t is None:
        t = WT(range(n), zipf(n, s, 1.5))
        _ZCACHE[key] = t
    return t.pick(rng)


_ZCACHE = {}


def new_person(g, cult, common=True, sex=None):
    """A person with stable preferred spellings. common=False flattens the name frequency (less collision)."""
    rng = g.rng
    s = 1.05 if common else 0.35
    p = {"pid": g.next_uid(), "c": cult}
    if sex is None:
        sex = "m" if rng.random() < 0.68 else "f"
    p["sex"] = sex
    pv = rng.random  # preferred variant draws
    if cult in ("zh", "zh_tw", "zh_hk"):
        p["f"] = _zpick(rng, len(ZH_SURN), s)
        n = 1 if rng.random() < 0.3 else 2
        p["g"] = [_zpick(rng, len(ZH_GIV), s * 0.8) for _ in range(n)]
        p["sys"] = {"zh": "py", "zh_tw": "wg", "zh_hk": "yue"}[cult]
        if cult != "zh" and rng.random() < 0.55:
            p["eng"] = ZH_ENG[rng.randrange(len(ZH_ENG))]
        p["gj"] = rng.randrange(4)  # preferred joining of given syllables
    elif cult == "ko":
        p["f"] = _zpick(rng, len(KO_SURN), s)
        p["g"] = [_zpick(rng, len(KO_SYL), s * 0.7), _zpick(rng, len(KO_SYL), s * 0.7)]
        p["fv"] = 0 if pv() < 0.85 else rng.randrange(len(KO_SURN[p["f"]][1]))
        p["gv"] = [0 if pv() < 0.8 else rng.randrange(len(KO_SYL[i][1])) for i in p["g"]]
        p["gj"] = rng.randrange(4)
    elif cult == "ja":
        p["f"] = _zpick(rng, len(JA_SURN), s)
        p["g"] = _zpick(rng, len(JA_GIV), s * 0.7)
        p["fv"] = 0 if pv() < 0.85 else rng.randrange(len(JA_SURN[p["f"]][1]))
        p["gv"] = 0 if pv() < 0.85 else rng.randrange(len(JA_GIV[p["g"]][1]))
    elif cult in ("ru", "kk"):
        giv = (RU_GIV_M if sex == "m" else RU_GIV_F) if cult == "ru" else (KK_GIV_M if sex == "m" else KK_GIV_F)
        fam = RU_FAM if cult == "ru" else KK_FAM
        p["g"] = giv[_zpick(rng, len(giv), s * 0.8)]
        p["fa"] = RU_GIV_M[_zpick(rng, len(RU_GIV_M), 0.8)] if cult == "ru" else KK_GIV_M[rng.randrange(len(KK_GIV_M))]
        f = fam[_zpick(rng, len(fam), s * 0.8)]
        if sex == "f":
            if f.endswith("ий"):
                f = f[:-2] + "ая"
            elif f[-2:] in ("ов", "ев", "ёв", "ин") or f[-1:] in ("в", "н"):
                f = f + "а"
        p["f"] = f
        p["sch"] = wpick(rng, {"icao": 45, "bgn": 20, "pop": 25, "de": 5, "fr": 5})
    elif cult in ("ar", "fa"):
        gm, gf, fam = (AR_GIV_M, AR_GIV_F, AR_FAM) if cult == "ar" else (FA_GIV_M, FA_GIV_F, FA_FAM)
        gl = gm if sex == "m" else gf
        p["g"] = _zpick(rng, len(gl), s * 0.9)
        p["fa"] = _zpick(rng, len(gm), s * 0.9)
        p["f"] = _zpick(rng, len(fam), s * 0.6)
        p["pv"] = [0 if pv() < 0.7 else rng.randrange(6) for _ in range(3)]
        p["alf"] = rng.randrange(5)  # preferred "Al" form
    elif cult in ("en", "de", "nl", "fr"):
        G, F = {"en": (EN_GIV, EN_FAM), "de": (DE_GIV, DE_FAM), "nl": (NL_GIV, NL_FAM), "fr": (FR_GIV, FR_FAM)}[cult]
        p["g"] = G[_zpick(rng, len(G), s * 0.8)]
        p["f"] = F[_zpick(rng, len(F), s * 0.8)]
        if rng.random() < 0.35:
            p["mi"] = "ABCDEFGHJKLMNPRSTW"[rng.randrange(18)]
    elif cult in ("gr", "he"):
        G, F = (GR_GIV, GR_FAM) if cult == "gr" else (HE_GIV, HE_FAM)
        p["g"] = _zpick(rng, len(G), s * 0.7)
        p["f"] = _zpick(rng, len(F), s * 0.7)
        p["gv"] = 0 if pv() < 0.75 else rng.randrange(4)
        p["fv"] = 0 if pv() < 0.8 else rng.randrange(4)
    elif cult == "in":
        p["g"] = IN_GIV[_zpick(rng, len(IN_GIV), s * 0.8)]
        p["f"] = _zpick(rng, len(IN_FAM), s * 0.8)
        p["fv"] = 0 if pv() < 0.8 else rng.randrange(4)
        p["ini"] = "ABCDGKMNPRSTV"[rng.randrange(13)]
        p["south"] = rng.random() < 0.3
    elif cult == "ms":
        pool = MS_GIV_F_IDX if sex == "f" else MS_GIV_M_IDX
        p["g"] = [pool[_zpick(rng, len(pool), s * 0.8)] for _ in range(1 + (rng.random() < 0.5))]
        p["fa"] = _zpick(rng, len(MS_FATHER), s * 0.8)
        p["gv"] = [0 if pv() < 0.75 else rng.randrange(5) for _ in range(3)]
    elif cult == "vi":
        p["f"] = VI_FAM[_zpick(rng, len(VI_FAM), s * 1.3)]
        mids = VI_MID_M if sex == "m" else VI_MID_F
        p["m"] = mids[_zpick(rng, len(mids), 1.0)]
        p["g"] = VI_GIV[_zpick(rng, len(VI_GIV), s * 0.6)]
    elif cult == "tr":
        p["g"] = TR_GIV[_zpick(rng, len(TR_GIV), s * 0.8)]
        p["f"] = TR_FAM[_zpick(rng, len(TR_FAM), s * 0.8)]
    else:
        raise ValueError(cult)
    return p


def _var(rng, lst, pref, stick):
    """Pick a spelling: the person's preferred one with prob `stick`, else any."""
    if rng.random() < stick:
        return lst[pref % len(lst)]
    return lst[rng.randrange(len(lst))]


def _al(rng, base, pref, stick):
    forms = ["Al " + base, "Al-" + base, "Al" + base.lower(), "El " + base, base]
    return forms[pref] if rng.random() < stick else forms[rng.randrange(5)]


def person_parts(rng, p, cc, q):
    """Return (rendered_name, is_latin)."""
    c = p["c"]
    stick = 0.85 - 0.4 * q
    if c in ("zh", "zh_tw", "zh_hk"):
        fam = ZH_SURN[p["f"]]
        giv = [ZH_GIV[i] for i in p["g"]]
        sysm = p["sys"]
        pscript = {"CN": 0.5, "TW": 0.35, "HK": 0.2}.get(cc, 0.03)
        if rng.random() < pscript:
            col = 0 if (cc == "CN" or (sysm == "py" and cc not in ("TW", "HK"))) else 1
            sep = " " if rng.random() < 0.12 else ""
            return fam[col] + sep + "".join(x[col] for x in giv), False
        rs = sysm
        if cc == "CN" and sysm != "py" and rng.random() < 0.35:
            rs = "py"
        if cc == "TW" and sysm == "py" and rng.random() < 0.2:
            rs = "wg"
        col = {"py": 2, "wg": 3, "yue": 4}[rs]
        F = fam[col]
        parts = [x[col] for x in giv]
        gj = p["gj"] if rng.random() < stick else rng.randrange(4)
        if len(parts) == 1:
            G = cap(parts[0])
        elif rs == "py":
            a, b = parts
            if gj in (0, 1):
                G = cap(a) + ("'" if b[0] in "aeo" and gj == 1 else "") + b
            elif gj == 2:
                G = cap(a) + " " + cap(b)
            else:
                G = cap(a) + "-" + b
        else:
            a, b = parts
            G = [cap(a) + "-" + b, cap(a) + "-" + cap(b), cap(a) + " " + cap(b), cap(a) + b][gj]
        eng = p.get("eng")
        r = rng.random()
        if eng and rs != "py" and rng.random() < 0.6:
            forms = [f"{eng} {F} {G}", f"{eng} {F}", f"{F} {G}, {eng}", f"{F.upper()} {G} {eng}", f"{eng} {G} {F}"]
            return forms[int(r * len(forms))], True
        fam_first = 0.7 if cc in ("CN", "TW", "HK", "SG", "MY") else 0.4
        if r < 0.08:
            return f"{F.upper()} {G}", True
        if r < 0.13:
            return f"{F}, {G}", True
        if rng.random() < fam_first:
            return f"{F} {G}", True
        return f"{G} {F}", True
    if c == "ko":
        hf, fl = KO_SURN[p["f"]]
        syl = [KO_SYL[i] for i in p["g"]]
        if rng.random() < (0.35 if cc == "KR" else 0.02):
            return hf + "".join(s[0] for s in syl), False
        F = _var(rng, fl, p["fv"], stick)
        a = _var(rng, syl[0][1], p["gv"][0], stick)
        b = _var(rng, syl[1][1], p["gv"][1], stick)
        gj = p["gj"] if rng.random() < stick else rng.randrange(4)
        G = [cap(a) + "-" + b, cap(a) + b, cap(a) + " " + cap(b), cap(a) + "-" + cap(b)][gj]
        r = rng.random()
        if r < 0.07:
            return f"{F.upper()} {G.upper()}", True
        if rng.random() < (0.55 if cc == "KR" else 0.35):
            return f"{F} {G}", True
        return f"{G} {F}", True
    if c == "ja":
        kf, fl = JA_SURN[p["f"]]
        kg, gl = JA_GIV[p["g"]]
        if rng.random() < (0.45 if cc == "JP" else 0.02):
            return kf + (" " if rng.random() < 0.4 else ("\u3000" if rng.random() < 0.3 else "")) + kg, False
        F = _var(rng, fl, p["fv"], stick)
        G = _var(rng, gl, p["gv"], stick)
        r = rng.random()
        if r < 0.15:
            return f"{F.upper()} {G}", True
        if rng.random() < (0.45 if cc == "JP" else 0.25):
            return f"{F} {G}", True
        return f"{G} {F}", True
    if c in ("ru", "kk"):
        g, fa, f = p["g"], p["fa"], p["f"]
        if fa.endswith("й"):
            pat_ = fa[:-1] + ("евич" if p["sex"] == "m" else "евна")
        elif fa.endswith("ь"):
            pat_ = fa[:-1] + ("евич" if p["sex"] == "m" else "евна")
        else:
            pat_ = fa + ("ович" if p["sex"] == "m" else "овна")
        if c == "kk" and rng.random() < 0.3:
            pat_ = fa + ("улы" if p["sex"] == "m" else "кызы")
        cyr_p = {"RU": 0.55, "KZ": 0.45, "CY": 0.05}.get(cc, 0.02)
        if rng.random() < cyr_p:
            if rng.random() < 0.3:
                f2, g2, p2 = f.replace("ё", "е"), g.replace("ё", "е"), pat_
            else:
                f2, g2, p2 = f, g, pat_
            r = rng.random()
            if r < 0.45:
                return f"{f2} {g2} {p2}", False
            if r < 0.65:
                return f"{g2} {p2} {f2}", False
            if r < 0.85:
                return f"{f2} {g2[0]}.{p2[0]}.", False
            return f"{g2} {f2}", False
        sch = p["sch"] if rng.random() < stick else wpick(rng, {"icao": 3, "bgn": 3, "pop": 3, "de": 1, "fr": 1})
        F = translit(f, sch)
        if g in RU_POPULAR and rng.random() < 0.5:
            lst = RU_POPULAR[g]
            G = lst[0] if rng.random() < stick else lst[rng.randrange(len(lst))]
        else:
            G = translit(g, sch)
        P = translit(pat_, sch)
        r = rng.random()
        if r < 0.35:
            return f"{G} {F}", True
        if r < 0.55:
            return f"{F} {G}", True
        if r < 0.7:
            return f"{F.upper()} {G.upper()} {P.upper()}" if rng.random() < 0.5 else f"{F} {G} {P}", True
        if r < 0.8:
            return f"{G} {P} {F}", True
        if r < 0.9:
            return f"{G} {P[0]}. {F}", True
        return f"{F}, {G}", True
    if c in ("ar", "fa"):
        gm, gf, fam = (AR_GIV_M, AR_GIV_F, AR_FAM) if c == "ar" else (FA_GIV_M, FA_GIV_F, FA_FAM)
        gl = gm if p["sex"] == "m" else gf
        ga, gv = gl[p["g"]]
        fa_a, fav = gm[p["fa"]]
        fm_a, fmv = fam[p["f"]]
        if rng.random() < ({"AE": 0.08, "IR": 0.5}.get(cc, 0.01) if c == "ar" else 0.04):
            if c == "ar" and rng.random() < 0.5:
                return f"{ga} {fa_a} {fm_a}", False
            return f"{ga} {fm_a}", False
        G = _var(rng, gv, p["pv"][0], stick)
        FA = _var(rng, fav, p["pv"][1], stick)
        if isinstance(fmv, str):
            F = _al(rng, fmv, p["alf"], stick)
        else:
            F = _var(rng, fmv, p["pv"][2], stick)
        r = rng.random()
        if c == "ar":
            if r < 0.35:
                return f"{G} {FA} {F}", True
            if r < 0.55:
                return f"{G} {F}", True
            if r < 0.65:
                return f"{G} bin {FA} {F}" if p["sex"] == "m" else f"{G} bint {FA} {F}", True
            if r < 0.75:
                return f"{F.upper()}, {G} {FA}", True
            if r < 0.85:
                return f"{G} {FA[0]}. {F}", True
            return f"{G} {FA} {F}".upper(), True
        if r < 0.6:
            return f"{G} {F}", True
        if r < 0.75:
            return f"{F}, {G}", True
        if r < 0.85:
            return f"{G} {FA} {F}", True
        return f"{F.upper()} {G.upper()}", True
    if c in ("en", "de", "nl", "fr"):
        G, F = p["g"], p["f"]
        mi = p.get("mi")
        if c == "en" and G in EN_NICK and rng.random() < 0.12 + 0.2 * q:
            G = rng.choice(EN_NICK[G])
        if c in ("de", "fr") and rng.random() < 0.15 + 0.3 * q:
            G, F = (de_fold(G), de_fold(F)) if (c == "de" and rng.random() < 0.6) else (fold(G), fold(F))
        if c == "fr" and "-" in G and rng.random() < 0.3:
            G = G.replace("-", " ")
        if c == "nl" and " " in F:
            r0 = rng.random()
            if r0 < 0.2:
                F = cap(F)
            elif r0 < 0.3:
                F = F.replace("van den ", "v.d. ").replace("van der ", "v.d. ")
        if c == "nl" and "ij" in F and rng.random() < 0.15:
            F = F.replace("ij", "y")
        if c == "en" and F.startswith("O'") and rng.random() < 0.25:
            F = F.replace("'", "" if rng.random() < 0.5 else " ")
        if c == "en" and F.startswith("Mac") and rng.random() < 0.2:
            F = "Mc" + F[3:]
        r = rng.random()
        if r < 0.5:
            return f"{G} {F}", True
        if r < 0.65 and mi:
            return f"{G} {mi}. {F}", True
        if r < 0.75:
            return f"{G[0]}. {F}", True
        if r < 0.88:
            return f"{F}, {G}", True
        if r < 0.95:
            return f"{F.upper()} {G}", True
        return f"{G} {F}".upper(), True
    if c in ("gr", "he"):
        G0, F0 = (GR_GIV, GR_FAM) if c == "gr" else (HE_GIV, HE_FAM)
        gs, gl = G0[p["g"]]
        fs, fl = F0[p["f"]]
        if rng.random() < ({"CY": 0.15, "IL": 0.08}.get(cc, 0.0)):
            return f"{gs} {fs}", False
        G = _var(rng, gl, p["gv"], stick)
        F = _var(rng, fl, p["fv"], stick)
        r = rng.random()
        if r < 0.6:
            return f"{G} {F}", True
        if r < 0.75:
            return f"{F} {G}", True
        if r < 0.85:
            return f"{G[0]}. {F}", True
        return f"{G} {F}".upper(), True
    if c == "in":
        G = p["g"]
        F = _var(rng, IN_FAM[p["f"]], p["fv"], stick)
        r = rng.random()
        if p["south"] and r < 0.4:
            return f"{p['ini']}. {G}" if rng.random() < 0.6 else f"{G} {p['ini']}", True
        if r < 0.55:
            return f"{G} {F}", True
        if r < 0.65:
            return f"{G} {p['ini']}. {F}", True
        if r < 0.75:
            return f"{G[0]}. {F}", True
        if r < 0.85:
            return f"{F} {G}", True
        return f"{G} {F}".upper(), True
    if c == "ms":
        gs = [_var(rng, MS_GIV[i], p["gv"][k], stick) for k, i in enumerate(p["g"])]
        FA = _var(rng, MS_FATHER[p["fa"]], p["gv"][2], stick)
        G = " ".join(gs)
        bb = ("bin" if p["sex"] == "m" else "binti")
        r = rng.random()
        if r < 0.45:
            return f"{G} {bb} {FA}", True
        if r < 0.6:
            return f"{G} {bb[0].upper()}. {FA}" if rng.random() < 0.5 else f"{G} {bb.upper()} {FA}", True
        if r < 0.85:
            return f"{G} {FA}", True
        return f"{G} {bb} {FA}".upper(), True
    if c == "vi":
        F, M, G = p["f"], p["m"], p["g"]
        r = rng.random()
        diac = rng.random() < (0.4 if cc == "VN" else 0.05)
        if not diac:
            F, M, G = fold(F), fold(M), fold(G)
        if r < 0.5:
            return f"{F} {M} {G}", not diac
        if r < 0.7:
            return f"{G} {F}", not diac
        if r < 0.85:
            return f"{G} {M} {F}", not diac
        return f"{F} {M} {G}".upper(), not diac
    if c == "tr":
        G, F = p["g"], p["f"]
        if rng.random() < (0.4 if cc != "TR" else 0.15) + 0.2 * q:
            G, F = fold(G), fold(F)
        r = rng.random()
        if r < 0.7:
            return f"{G} {F}", True
        if r < 0.85:
            return f"{G} {F.upper()}" if True else "", True
        return (f"{G} {F}".replace("i", "İ").upper() if rng.random() < 0.5 else f"{G} {F}".upper()), True
    raise ValueError(c)


def render_person(rng, p, cc, q):
    s, latin = person_parts(rng, p, cc, q)
    if latin and rng.random() < 0.02 + 0.06 * q:
        s = typo(rng, s)
    if latin and rng.random() < 0.02:
        s = s.lower()
    if rng.random() < 0.01:
        s = "  " + s if rng.random() < 0.5 else s + " "
    return s


def person_label(p):
    """Canonical latin label for debugging / stats only."""
    return json.dumps({k: v for k, v in p.items() if k != "pid"}, ensure_ascii=False, sort_keys=True)

# =====================================================================
# countries: how customers there look
# =====================================================================
# Street tuples depend on the address style of the country (see render_address).
# Agent addresses are registered-agent / company-formation / virtual-office addresses that host
# hundreds of unrelated companies; cowork entries are shared buildings (tenants differ by floor/suite
# but share the building's Wi-Fi egress IP and often its switchboard phone).

COUNTRIES = {
    "US": dict(
        names=["United States", "USA", "US", "U.S.A.", "United States of America"], w=21, style="us",
        cult={"en": 62, "in": 12, "zh": 10, "ko": 3, "ru": 2, "fa": 2, "ar": 2, "ja": 1, "vi": 3, "he": 2, "tr": 1},
        cities=[
            dict(n="San Francisco", st="CA", pc="941##", area=["415", "628"],
                 streets=[("Market", "St"), ("Mission", "St"), ("Howard", "St"), ("Folsom", "St"), ("Brannan", "St"), ("Townsend", "St"), ("2nd", "St")]),
            dict(n="New York", st="NY", pc="100##", area=["212", "646", "917"],
                 streets=[("Broadway", ""), ("5th", "Ave"), ("Madison", "Ave"), ("Lexington", "Ave"), ("W 34th", "St"), ("Hudson", "St"), ("Wall", "St")]),
            dict(n="Austin", st="TX", pc="787##", area=["512", "737"], streets=[("Congress", "Ave"), ("E 6th", "St"), ("N Lamar", "Blvd"), ("Guadalupe", "St")]),
            dict(n="Seattle", st="WA", pc="981##", area=["206"], streets=[("Pike", "St"), ("1st", "Ave"), ("Westlake", "Ave N"), ("Mercer", "St")]),
            dict(n="Boston", st="MA", pc="021##", area=["617", "857"], streets=[("Boylston", "St"), ("Massachusetts", "Ave"), ("Summer", "St"), ("Atlantic", "Ave")]),
            dict(n="Palo Alto", st="CA", pc="943##", area=["650"], streets=[("University", "Ave"), ("El Camino Real", ""), ("Page Mill", "Rd"), ("Hamilton", "Ave")]),
            dict(n="Los Angeles", st="CA", pc="900##", area=["213", "310"], streets=[("Wilshire", "Blvd"), ("Sunset", "Blvd"), ("S Figueroa", "St")]),
            dict(n="Miami", st="FL", pc="331##", area=["305", "786"], streets=[("Brickell", "Ave"), ("Biscayne", "Blvd"), ("NW 7th", "St")]),
            dict(n="Wilmington", st="DE", pc="198##", area=["302"], streets=[("Orange", "St"), ("N Market", "St"), ("Delaware", "Ave")]),
            dict(n="Sheridan", st="WY", pc="82801", area=["307"], streets=[("N Gould", "St"), ("N Main", "St")]),
            dict(n="Cheyenne", st="WY", pc="82001", area=["307"], streets=[("Central", "Ave"), ("Capitol", "Ave")]),
            dict(n="Lewes", st="DE", pc="19958", area=["302"], streets=[("Coastal", "Hwy")]),
            dict(n="Dover", st="DE", pc="19901", area=["302"], streets=[("The Green", ""), ("S State", "St")]),
            dict(n="Sunnyvale", st="CA", pc="94085", area=["408"], streets=[("N Wolfe", "Rd"), ("W El Camino Real", "")]),
        ],
        cw=[30, 22, 8, 8, 8, 6, 8, 6, 1, 0.5, 0.5, 0.5, 0.5, 3],
        agents=[("Wilmington", "1209", ("Orange", "St"), None, "19801", 30), ("Wilmington", "251", ("Little Falls", "Dr"), None, "19808", 20),
                ("Lewes", "16192", ("Coastal", "Hwy"), None, "19958", 25), ("Dover", "8", ("The Green", ""), "Ste A", "19901", 25),
                ("Sheridan", "30", ("N Gould", "St"), "Ste R", "82801", 20), ("Cheyenne", "1621", ("Central", "Ave"), None, "82001", 15),
                ("Wilmington", "2810", ("N Church", "St"), None, "19802", 8), ("Dover", "3", ("Germay", "Dr"), "Unit 4", "19904", 5)],
        cowork=[("San Francisco", "535", ("Mission", "St"), "14th Floor", "94105", 10), ("New York", "228", ("Park", "Ave S"), None, "10003", 12),
                ("New York", "99", ("Wall", "St"), "Suite", "10005", 10), ("San Francisco", "2261", ("Market", "St"), "PMB", "94114", 10),
                ("Sunnyvale", "440", ("N Wolfe", "Rd"), None, "94085", 6), ("Austin", "600", ("Congress", "Ave"), "Floor 14", "78701", 5),
                ("Boston", "1", ("Broadway", ""), "Floor 14", "02142", 6), ("Seattle", "1201", ("2nd", "Ave"), "9th Floor", "98101", 4)],
        phone=dict(cc="1", trunk="1", nanp=True, mob=None),
        lf=[("inc", ["Inc.", "Inc", ", Inc.", "Incorporated", "INC."], 45), ("llc", ["LLC", "L.L.C.", ", LLC", "Limited Liability Company", "llc"], 45),
            ("corp", ["Corp.", "Corporation", "Corp"], 10)],
        reg="us",
        free={"gmail.com": 52, "outlook.com": 9, "yahoo.com": 9, "hotmail.com": 5, "icloud.com": 8, "aol.com": 2, "protonmail.com": 3, "proton.me": 2, "me.com": 1},
        tld={"com": 55, "ai": 14, "io": 12, "co": 5, "us": 2, "tech": 3, "dev": 3, "net": 3, "org": 1, "app": 2},
        univ=[("Stanford University", "stanford.edu", "Palo Alto"), ("Massachusetts Institute of Technology", "mit.edu", "Boston"),
              ("University of California, Berkeley", "berkeley.edu", "San Francisco"), ("Carnegie Mellon University", "cmu.edu", "New York"),
              ("University of Washington", "washington.edu", "Seattle"), ("New York University", "nyu.edu", "New York"),
              ("University of Texas at Austin", "utexas.edu", "Austin"), ("UCLA", "ucla.edu", "Los Angeles")],
        corpsec=["registeredagentsinc.com", "delawareincorp.net", "wyomingagents.com"],
    ),
    "CA": dict(
        names=["Canada", "CA", "CAN"], w=4, style="ca",
        cult={"en": 55, "fr": 10, "zh": 12, "in": 10, "ko": 3, "fa": 4, "ar": 3, "ru": 3},
        cities=[
            dict(n="Toronto", st="ON", pc="M5# #A#", area=["416", "647"], streets=[("King", "St W"), ("Queen", "St W"), ("Bay", "St"), ("Spadina", "Ave"), ("Yonge", "St"), ("University", "Ave")]),
            dict(n="Vancouver", st="BC", pc="V6# #A#", area=["604", "778"], streets=[("W Hastings", "St"), ("Granville", "St"), ("Burrard", "St"), ("W Georgia", "St")]),
            dict(n="Montreal", st="QC", pc="H2# #A#", area=["514", "438"], streets=[("Sainte-Catherine", "St W"), ("Saint-Laurent", "Blvd"), ("Saint-Urbain", "St"), ("McGill College", "Ave")]),
            dict(n="Waterloo", st="ON", pc="N2L #A#", area=["519"], streets=[("King", "St N"), ("Columbia", "St W"), ("Erb", "St W")]),
        ],
        cw=[45, 25, 20, 10],
        agents=[("Toronto", "100", ("King", "St W"), "Suite 5700", "M5X 1C7", 10), ("Vancouver", "1055", ("W Georgia", "St"), "Suite 1500", "V6E 4N7", 8),
                ("Toronto", "2967", ("Dundas", "St W"), None, "M6P 1Z2", 6)],
        cowork=[("Toronto", "545", ("King", "St W"), None, "M5V 1M1", 8), ("Montreal", "1", ("Place Ville Marie", ""), "Suite 2001", "H3B 2C4", 6),
                ("Waterloo", "151", ("Charles", "St W"), None, "N2G 1H6", 5)],
        phone=dict(cc="1", trunk="1", nanp=True, mob=None),
        lf=[("inc", ["Inc.", "Inc", "Incorporated"], 60), ("ltd", ["Ltd.", "Limited", "Ltée"], 25), ("corp", ["Corp.", "Corporation"], 15)],
        reg="ca",
        free={"gmail.com": 55, "outlook.com": 10, "hotmail.com": 8, "yahoo.ca": 6, "icloud.com": 8, "protonmail.com": 3},
        tld={"com": 50, "ca": 25, "ai": 10, "io": 10, "tech": 5},
        univ=[("University of Toronto", "utoronto.ca", "Toronto"), ("University of Waterloo", "uwaterloo.ca", "Waterloo"),
              ("McGill University", "mcgill.ca", "Montreal"), ("University of British Columbia", "ubc.ca", "Vancouver")],
        corpsec=["ontarioincorp.ca"],
    ),
    "GB": dict(
        names=["United Kingdom", "UK", "GB", "England", "Great Britain", "U.K."], w=8, style="gb",
        cult={"en": 66, "in": 11, "zh": 6, "ar": 4, "ru": 3, "tr": 2, "ko": 1, "fa": 2, "gr": 1, "de": 2, "fr": 2},
        cities=[
            dict(n="London", st="", pc="EC1V #AA", area=["20"], streets=[("Old", "St"), ("City", "Rd"), ("Shoreditch High", "St"), ("Great Portland", "St"), ("Oxford", "St"), ("Borough High", "St"), ("Commercial", "St"), ("Curtain", "Rd")]),
            dict(n="Manchester", st="", pc="M1 #AA", area=["161"], streets=[("Deansgate", ""), ("Oxford", "Rd"), ("Portland", "St"), ("Mosley", "St")]),
            dict(n="Cambridge", st="", pc="CB# #AA", area=["1223"], streets=[("Hills", "Rd"), ("Station", "Rd"), ("Regent", "St")]),
            dict(n="Edinburgh", st="", pc="EH# #AA", area=["131"], streets=[("George", "St"), ("Princes", "St"), ("Lothian", "Rd")]),
        ],
        cw=[70, 12, 10, 8],
        agents=[("London", "71-75", ("Shelton", "St"), None, "WC2H 9JQ", 40, "Covent Garden"), ("London", "20-22", ("Wenlock", "Rd"), None, "N1 7GU", 35, None),
                ("London", "128", ("City", "Rd"), None, "EC1V 2NX", 35, None), ("London", "27", ("Old Gloucester", "St"), None, "WC1N 3AX", 20, None),
                ("London", "86-90", ("Paul", "St"), None, "EC2A 4NE", 15, None), ("London", "167-169", ("Great Portland", "St"), "5th Floor", "W1W 5PF", 15, None),
                ("London", "12", ("Constance", "St"), None, "E16 2DQ", 10, None), ("Manchester", "64", ("Southwark Bridge", "Rd"), None, "SE1 0AS", 3, None)],
        cowork=[("London", "1", ("Fore", "St"), None, "EC2Y 9DT", 6), ("London", "41", ("Corsham", "St"), None, "N1 6DR", 6),
                ("London", "30", ("Churchill", "Pl"), None, "E14 5RE", 6), ("Manchester", "1", ("St Peter's", "Sq"), None, "M2 3DE", 4),
                ("Cambridge", "50", ("Station", "Rd"), None, "CB1 2JH", 4)],
        phone=dict(cc="44", trunk="0", types=[("20", 8, [4, 4], 40), ("161", 7, [3, 4], 8), ("1223", 6, [6], 5), ("131", 7, [3, 4], 5), ("7###", 6, [6], 42)]),
        lf=[("ltd", ["Ltd", "Limited", "LTD", "Ltd.", "LIMITED"], 88), ("llp", ["LLP", "L.L.P."], 6), ("plc", ["PLC", "plc"], 6)],
        reg="gb",
        free={"gmail.com": 48, "outlook.com": 10, "hotmail.co.uk": 8, "hotmail.com": 5, "yahoo.co.uk": 6, "icloud.com": 8, "btinternet.com": 3, "protonmail.com": 3, "googlemail.com": 2},
        tld={"com": 40, "co.uk": 30, "ai": 10, "io": 12, "uk": 3, "tech": 3, "dev": 2},
        univ=[("University of Oxford", "ox.ac.uk", "London"), ("University of Cambridge", "cam.ac.uk", "Cambridge"),
              ("Imperial College London", "imperial.ac.uk", "London"), ("University College London", "ucl.ac.uk", "London"),
              ("University of Edinburgh", "ed.ac.uk", "Edinburgh"), ("University of Manchester", "manchester.ac.uk", "Manchester")],
        corpsec=["londoncosec.co.uk", "formations-direct.co.uk", "1stcosec.co.uk"],
    ),
    "IE": dict(
        names=["Ireland", "IE", "Republic of Ireland", "Éire"], w=2, style="ie",
        cult={"en": 75, "in": 6, "zh": 4, "fr": 3, "de": 3, "ru": 3, "ar": 2, "tr": 2, "ko": 2},
        cities=[dict(n="Dublin", st="", pc="D0# A###", area=["1"], streets=[("Harcourt", "St"), ("Baggot", "St Lower"), ("Sir John Rogerson's", "Quay"), ("Mount", "St Upper"), ("Grand Canal", "Sq"), ("Camden", "St Lower")]),
                dict(n="Cork", st="", pc="T12 A###", area=["21"], streets=[("South Mall", ""), ("Lapp's", "Quay"), ("Patrick", "St")])],
        cw=[85, 15],
        agents=[("Dublin", "The Black Church", ("St Mary's", "Pl"), None, "D07 P4AX", 30, None), ("Dublin", "77", ("Camden", "St Lower"), None, "D02 XE80", 30, None),
                ("Dublin", "10", ("Earlsfort", "Ter"), None, "D02 T380", 15, None)],
        cowork=[("Dublin", "2", ("Dublin Landings", ""), None, "D01 V4A3", 6), ("Dublin", "Huckletree", ("Crane", "St"), None, "D08 NY4X", 4)],
        phone=dict(cc="353", trunk="0", types=[("1", 7, [3, 4], 55), ("21", 7, [3, 4], 8), ("8#", 7, [3, 4], 37)]),
        lf=[("ltd", ["Limited", "Ltd", "Ltd.", "LIMITED"], 85), ("dac", ["DAC", "Designated Activity Company"], 15)],
        reg="ie",
        free={"gmail.com": 55, "outlook.com": 10, "hotmail.com": 8, "eircom.net": 5, "icloud.com": 8, "yahoo.ie": 3},
        tld={"com": 45, "ie": 35, "ai": 8, "io": 12},
        univ=[("Trinity College Dublin", "tcd.ie", "Dublin"), ("University College Dublin", "ucd.ie", "Dublin")],
        corpsec=["dublincosec.ie"],
    ),
    "DE": dict(
        names=["Germany", "Deutschland", "DE", "GER", "Federal Republic of Germany"], w=6, style="de",
        cult={"de": 75, "tr": 7, "ru": 5, "en": 3, "zh": 3, "ar": 2, "in": 3, "fa": 2},
        cities=[dict(n="Berlin", loc="Berlin", pc="10###", area=["30"], streets=[("Friedrich", "str"), ("Tor", "str"), ("Rosenthaler", " Straße"), ("Kurfürstendamm", ""), ("Oranienburger", " Straße"), ("Schönhauser", " Allee")]),
                dict(n="Munich", loc="München", pc="80###", area=["89"], streets=[("Leopold", "str"), ("Maximilian", "str"), ("Sendlinger", " Straße"), ("Arnulf", "str")]),
                dict(n="Hamburg", loc="Hamburg", pc="20###", area=["40"], streets=[("Jungfernstieg", ""), ("Mönckeberg", "str"), ("Große Elb", "str")]),
                dict(n="Frankfurt am Main", loc="Frankfurt am Main", pc="60###", area=["69"], streets=[("Mainzer Land", "str"), ("Hanauer Land", "str"), ("Zeil", "")])],
        cw=[45, 25, 15, 15],
        agents=[("Berlin", "123", ("Friedrich", "str"), None, "10117", 20), ("Berlin", "11", ("Kurfürstendamm", ""), None, "10719", 15),
                ("Frankfurt am Main", "50", ("Mainzer Land", "str"), None, "60325", 10), ("Munich", "25", ("Leopold", "str"), None, "80802", 8)],
        cowork=[("Berlin", "40/41", ("Rosenthaler", " Straße"), None, "10178", 8), ("Berlin", "71", ("Tor", "str"), None, "10119", 6),
                ("Munich", "1", ("Sendlinger", " Straße"), None, "80331", 5), ("Hamburg", "16", ("Große Elb", "str"), None, "22767", 4)],
        phone=dict(cc="49", trunk="0", types=[("30", 8, [8], 30), ("89", 8, [8], 15), ("40", 8, [8], 10), ("69", 8, [8], 10), ("15#", 8, [8], 15), ("17#", 8, [8], 20)]),
        lf=[("gmbh", ["GmbH", "GMBH", "Gesellschaft mit beschränkter Haftung", "G.m.b.H.", "Gmbh"], 70), ("ug", ["UG (haftungsbeschränkt)", "UG", "UG (haftungsbeschraenkt)"], 15),
            ("ag", ["AG", "Aktiengesellschaft"], 7), ("kg", ["GmbH & Co. KG", "GmbH & Co KG", "GmbH u. Co. KG"], 8)],
        reg="de",
        free={"gmail.com": 30, "gmx.de": 20, "web.de": 18, "t-online.de": 10, "outlook.de": 5, "posteo.de": 4, "icloud.com": 5, "protonmail.com": 4, "gmx.net": 4},
        tld={"de": 50, "com": 25, "ai": 8, "io": 12, "tech": 3, "eu": 2},
        univ=[("Technische Universität München", "tum.de", "Munich"), ("LMU München", "lmu.de", "Munich"), ("TU Berlin", "tu-berlin.de", "Berlin"),
              ("Karlsruher Institut für Technologie", "kit.edu", "Frankfurt am Main"), ("Universität Hamburg", "uni-hamburg.de", "Hamburg")],
        corpsec=["berlin-firmensitz.de", "geschaeftsadresse24.de"],
    ),
    "NL": dict(
        names=["Netherlands", "The Netherlands", "Nederland", "NL", "Holland"], w=3, style="nl",
        cult={"nl": 72, "tr": 6, "en": 5, "de": 3, "in": 5, "zh": 4, "ar": 3, "ru": 2},
        cities=[dict(n="Amsterdam", loc="Amsterdam", pc="10## AA", area=["20"], streets=[("Herengracht", ""), ("Keizersgracht", ""), ("Prinsengracht", ""), ("Damrak", ""), ("Strawinskylaan", ""), ("Piet Heinkade", "")]),
                dict(n="Rotterdam", loc="Rotterdam", pc="30## AA", area=["10"], streets=[("Weena", ""), ("Coolsingel", ""), ("Wilhelminakade", "")]),
                dict(n="Eindhoven", loc="Eindhoven", pc="56## AA", area=["40"], streets=[("Kennedyplein", ""), ("Torenallee", ""), ("High Tech Campus", "")]),
                dict(n="Utrecht", loc="Utrecht", pc="35## AA", area=["30"], streets=[("Stationsplein", ""), ("Catharijnesingel", "")])],
        cw=[55, 20, 15, 10],
        agents=[("Amsterdam", "200", ("Prins Bernhardplein", ""), None, "1097 JB", 40), ("Amsterdam", "3051", ("Strawinskylaan", ""), None, "1077 ZX", 20),
                ("Amsterdam", "24", ("Claude Debussylaan", ""), None, "1082 MD", 10), ("Rotterdam", "11", ("Weena", ""), None, "3013 AL", 6)],
        cowork=[("Amsterdam", "1", ("Stationsplein", ""), None, "1012 AB", 6), ("Eindhoven", "5", ("High Tech Campus", ""), None, "5656 AE", 5),
                ("Amsterdam", "8", ("Piet Heinkade", ""), None, "1019 BR", 4)],
        phone=dict(cc="31", trunk="0", types=[("20", 7, [3, 4], 35), ("10", 7, [3, 4], 10), ("40", 7, [3, 4], 8), ("30", 7, [3, 4], 7), ("6", 8, [8], 40)]),
        lf=[("bv", ["B.V.", "BV", "B.V", "bv"], 94), ("nv", ["N.V.", "NV"], 6)],
        reg="nl",
        free={"gmail.com": 45, "hotmail.com": 12, "outlook.com": 10, "ziggo.nl": 6, "kpnmail.nl": 5, "icloud.com": 8, "live.nl": 4, "protonmail.com": 3},
        tld={"nl": 45, "com": 30, "ai": 8, "io": 12, "eu": 5},
        univ=[("TU Delft", "tudelft.nl", "Rotterdam"), ("Universiteit van Amsterdam", "uva.nl", "Amsterdam"), ("TU Eindhoven", "tue.nl", "Eindhoven")],
        corpsec=["trustoffice-amsterdam.nl", "nl-domicile.com"],
    ),
    "FR": dict(
        names=["France", "FR", "République française"], w=3, style="fr",
        cult={"fr": 78, "ar": 7, "en": 3, "zh": 3, "in": 2, "vi": 2, "tr": 2, "ru": 3},
        cities=[dict(n="Paris", loc="Paris", pc="750##", area=["1"], streets=[("rue", "de Rivoli"), ("avenue", "des Champs-Élysées"), ("boulevard", "Haussmann"), ("rue", "du Faubourg Saint-Honoré"), ("rue", "La Boétie"), ("rue", "de la Paix"), ("avenue", "de l'Opéra")]),
                dict(n="Lyon", loc="Lyon", pc="6900#", area=["4"], streets=[("rue", "de la République"), ("cours", "Lafayette"), ("quai", "Perrache")]),
                dict(n="Grenoble", loc="Grenoble", pc="38000", area=["4"], streets=[("avenue", "Alsace-Lorraine"), ("rue", "Félix Poulat")])],
        cw=[75, 18, 7],
        agents=[("Paris", "66", ("avenue", "des Champs-Élysées"), None, "75008", 30), ("Paris", "60", ("rue", "François 1er"), None, "75008", 20),
                ("Paris", "128", ("rue", "La Boétie"), None, "75008", 25), ("Paris", "229", ("rue", "Saint-Honoré"), None, "75001", 12)],
        cowork=[("Paris", "55", ("rue", "d'Amsterdam"), None, "75008", 5), ("Paris", "5", ("parvis", "Alan Turing"), None, "75013", 8)],
        phone=dict(cc="33", trunk="0", types=[("1", 8, [2, 2, 2, 2], 40), ("4", 8, [2, 2, 2, 2], 15), ("6", 8, [2, 2, 2, 2], 30), ("7", 8, [2, 2, 2, 2], 15)]),
        lf=[("sas", ["SAS", "S.A.S.", "Sas", "SAS."], 60), ("sarl", ["SARL", "S.A.R.L.", "Sàrl"], 30), ("sa", ["SA", "S.A."], 10)],
        reg="fr",
        free={"gmail.com": 40, "orange.fr": 12, "free.fr": 10, "hotmail.fr": 10, "outlook.fr": 6, "yahoo.fr": 6, "laposte.net": 5, "icloud.com": 6, "protonmail.com": 5},
        tld={"fr": 45, "com": 30, "ai": 8, "io": 12, "eu": 5},
        univ=[("Sorbonne Université", "sorbonne-universite.fr", "Paris"), ("École polytechnique", "polytechnique.edu", "Paris"),
              ("Université Grenoble Alpes", "univ-grenoble-alpes.fr", "Grenoble"), ("Inria", "inria.fr", "Paris")],
        corpsec=["domiciliation-paris.fr"],
    ),
    "CH": dict(
        names=["Switzerland", "Schweiz", "Suisse", "CH"], w=2, style="ch",
        cult={"de": 55, "fr": 20, "en": 6, "ru": 5, "zh": 4, "in": 4, "tr": 3, "ar": 3},
        cities=[dict(n="Zurich", loc="Zürich", pc="80##", area=["44"], streets=[("Bahnhof", "strasse"), ("Limmatquai", ""), ("Gotthard", "strasse"), ("Hardturm", "strasse")]),
                dict(n="Zug", loc="Zug", pc="630#", area=["41"], streets=[("Baarer", "strasse"), ("Gubel", "strasse"), ("Dammstrasse", "")]),
                dict(n="Geneva", loc="Genève", pc="120#", area=["22"], streets=[("Rue du Rhône", ""), ("Route de Meyrin", ""), ("Quai du Mont-Blanc", "")]),
                dict(n="Lausanne", loc="Lausanne", pc="10##", area=["21"], streets=[("Avenue de la Gare", ""), ("Rue du Petit-Chêne", "")])],
        cw=[45, 25, 20, 10],
        agents=[("Zug", "75", ("Baarer", "strasse"), None, "6300", 25), ("Zug", "11", ("Gubel", "strasse"), None, "6300", 20), ("Geneva", "3", ("Rue du Rhône", ""), None, "1204", 10)],
        cowork=[("Zurich", "10", ("Hardturm", "strasse"), None, "8005", 5), ("Lausanne", "1", ("Avenue de la Gare", ""), None, "1003", 4)],
        phone=dict(cc="41", trunk="0", types=[("44", 7, [3, 2, 2], 35), ("41", 7, [3, 2, 2], 15), ("22", 7, [3, 2, 2], 15), ("7#", 7, [3, 2, 2], 35)]),
        lf=[("ag", ["AG", "SA", "AG/SA", "Ltd"], 50), ("gmbh", ["GmbH", "Sàrl", "GmbH/Sàrl", "LLC"], 50)],
        reg="ch",
        free={"gmail.com": 40, "bluewin.ch": 20, "gmx.ch": 10, "hotmail.com": 8, "outlook.com": 6, "protonmail.com": 8, "icloud.com": 8},
        tld={"ch": 50, "com": 30, "ai": 8, "io": 12},
        univ=[("ETH Zürich", "ethz.ch", "Zurich"), ("EPFL", "epfl.ch", "Lausanne"), ("Universität Zürich", "uzh.ch", "Zurich")],
        corpsec=["zug-domizil.ch"],
    ),
    "CY": dict(
        names=["Cyprus", "CY", "Republic of Cyprus"], w=1.5, style="cy",
        cult={"gr": 45, "ru": 30, "en": 8, "ar": 4, "fa": 3, "zh": 3, "in": 3, "he": 4},
        cities=[dict(n="Limassol", loc="Λεμεσός", pc="3###", area=["25"], streets=[("Archiepiskopou Makariou III", "Αρχιεπισκόπου Μακαρίου Γ'"), ("Spyrou Kyprianou", "Σπύρου Κυπριανού"), ("Anexartisias", "Ανεξαρτησίας"), ("Agiou Athanasiou", "Αγίου Αθανασίου"), ("Omirou", "Ομήρου")]),
                dict(n="Nicosia", loc="Λευκωσία", pc="10##", area=["22"], streets=[("Themistokli Dervi", "Θεμιστοκλή Δέρβη"), ("Stasikratous", "Στασικράτους"), ("Griva Digeni", "Γρίβα Διγενή")]),
                dict(n="Larnaca", loc="Λάρνακα", pc="60##", area=["24"], streets=[("Grigori Afxentiou", "Γρηγόρη Αυξεντίου"), ("Athinon", "Αθηνών")])],
        cw=[60, 30, 10],
        agents=[("Limassol", "84", ("Spyrou Kyprianou", "Σπύρου Κυπριανού"), "Anastasio Building", "4004", 30, None),
                ("Nicosia", "5", ("Themistokli Dervi", "Θεμιστοκλή Δέρβη"), "Elenion Building", "1066", 30, None),
                ("Limassol", "20", ("Omirou", "Ομήρου"), "Agios Nikolaos", "3095", 20, None),
                ("Limassol", "155", ("Archiepiskopou Makariou III", "Αρχιεπισκόπου Μακαρίου Γ'"), "Proteas House, 5th floor", "3026", 20, None),
                ("Larnaca", "1", ("Grigori Afxentiou", "Γρηγόρη Αυξεντίου"), "Block A, Office 2", "6023", 8, None)],
        cowork=[("Limassol", "40", ("Agiou Athanasiou", "Αγίου Αθανασίου"), "Office 101", "4102", 6)],
        phone=dict(cc="357", trunk="", types=[("25", 6, [6], 35), ("22", 6, [6], 20), ("24", 6, [6], 5), ("9#", 6, [6], 40)]),
        lf=[("ltd", ["Ltd", "Limited", "LTD", "LIMITED", "ΛΤΔ", "Λίμιτεδ"], 100)],
        reg="cy",
        free={"gmail.com": 40, "cytanet.com.cy": 10, "mail.ru": 12, "yandex.ru": 10, "hotmail.com": 8, "outlook.com": 6, "protonmail.com": 6, "icloud.com": 8},
        tld={"com": 55, "com.cy": 20, "eu": 8, "io": 10, "ai": 7},
        univ=[("University of Cyprus", "ucy.ac.cy", "Nicosia"), ("Cyprus University of Technology", "cut.ac.cy", "Limassol")],
        corpsec=["cy-fiduciary.com", "limassoltrust.com.cy", "nicosia-nominees.com"],
    ),
    "SG": dict(
        names=["Singapore", "SG", "Republic of Singapore", "SGP"], w=6, style="sg",
        cult={"zh": 50, "ms": 10, "in": 15, "en": 8, "zh_hk": 3, "ko": 2, "ja": 2, "vi": 3, "ru": 2, "ar": 2, "zh_tw": 3},
        cities=[dict(n="Singapore", pc="0#####", area=[""], streets=[("Anson", "Road"), ("Raffles", "Place"), ("Cecil", "Street"), ("Robinson", "Road"), ("Shenton", "Way"), ("Beach", "Road"), ("North Bridge", "Road"), ("Ubi", "Avenue 1"), ("Tai Seng", "Street"), ("Science Park", "Road"), ("Fusionopolis", "Way"), ("Kallang", "Avenue")])],
        cw=[1],
        agents=[("Singapore", "68", ("Circular", "Road"), "#02-01", "049422", 40, None), ("Singapore", "160", ("Robinson", "Road"), "#14-04", "068914", 30, "Singapore Business Federation Center"),
                ("Singapore", "10", ("Anson", "Road"), "#27-15", "079903", 25, "International Plaza"), ("Singapore", "111", ("North Bridge", "Road"), "#21-01", "179098", 15, "Peninsula Plaza"),
                ("Singapore", "3", ("Fraser", "Street"), "#05-25", "189352", 12, "Duo Tower"), ("Singapore", "1", ("Raffles", "Place"), "#44-01A", "048616", 10, "One Raffles Place")],
        cowork=[("Singapore", "71", ("Ayer Rajah", "Crescent"), None, "139951", 8, "Blk 71"), ("Singapore", "1", ("Fusionopolis", "Way"), None, "138632", 6, "Connexis"),
                ("Singapore", "8", ("Marina", "View"), None, "018960", 6, "Asia Square Tower 1")],
        phone=dict(cc="65", trunk="", types=[("6###", 4, [4], 45), ("8###", 4, [4], 30), ("9###", 4, [4], 25)]),
        lf=[("pte", ["Pte. Ltd.", "Pte Ltd", "Private Limited", "PTE. LTD.", "Pte. Limited", "PTE LTD"], 100)],
        reg="sg",
        free={"gmail.com": 55, "hotmail.com": 10, "yahoo.com.sg": 8, "outlook.com": 8, "icloud.com": 8, "qq.com": 4, "163.com": 2},
        tld={"com": 45, "com.sg": 20, "sg": 8, "ai": 10, "io": 12, "asia": 5},
        univ=[("National University of Singapore", "nus.edu.sg", "Singapore"), ("Nanyang Technological University", "ntu.edu.sg", "Singapore"),
              ("Singapore Management University", "smu.edu.sg", "Singapore")],
        corpsec=["sgcorpsec.com.sg", "incorp-secretarial.sg", "cosec-asia.com"],
    ),
    "MY": dict(
        names=["Malaysia", "MY", "MYS"], w=2, style="my",
        cult={"ms": 55, "zh": 30, "in": 12, "en": 3},
        cities=[dict(n="Kuala Lumpur", pc="50###", area=["3"], streets=[("Jalan Sultan Ismail", ""), ("Jalan Ampang", ""), ("Jalan Tun Razak", ""), ("Jalan Bukit Bintang", ""), ("Jalan Kerinchi", "")]),
                dict(n="Petaling Jaya", pc="47###", area=["3"], st="Selangor", streets=[("Jalan SS 21/1", ""), ("Jalan Universiti", ""), ("Persiaran Barat", "")]),
                dict(n="Cyberjaya", pc="63000", area=["3"], st="Selangor", streets=[("Persiaran Multimedia", ""), ("Jalan Teknokrat 3", "")]),
                dict(n="George Town", pc="10###", area=["4"], st="Penang", streets=[("Lebuh Pantai", ""), ("Jalan Sultan Ahmad Shah", "")])],
        cw=[55, 20, 15, 10],
        agents=[("Kuala Lumpur", "8", ("Jalan Kerinchi", ""), "Unit 12-1, Level 12, Tower A, Vertical Business Suite", "59200", 25, None),
                ("Kuala Lumpur", "B-3-9", ("Jalan Tun Razak", ""), "Megan Avenue 1", "50400", 15, None),
                ("Cyberjaya", "3", ("Persiaran Multimedia", ""), "Level 2, Block C", "63000", 10, None)],
        cowork=[("Kuala Lumpur", "1", ("Jalan Kerinchi", ""), "Level 15", "59200", 5), ("Petaling Jaya", "2", ("Jalan SS 21/1", ""), None, "47400", 3)],
        phone=dict(cc="60", trunk="0", types=[("3", 8, [4, 4], 40), ("4", 7, [3, 4], 5), ("1#", 7, [3, 4], 55)]),
        lf=[("sdn", ["Sdn. Bhd.", "Sdn Bhd", "Sendirian Berhad", "SDN. BHD.", "S/B", "SDN BHD"], 100)],
        reg="my",
        free={"gmail.com": 60, "yahoo.com": 12, "hotmail.com": 10, "outlook.com": 6, "icloud.com": 5, "qq.com": 3},
        tld={"com": 45, "com.my": 30, "my": 10, "ai": 5, "io": 10},
        univ=[("Universiti Malaya", "um.edu.my", "Kuala Lumpur"), ("Universiti Teknologi Malaysia", "utm.my", "Kuala Lumpur")],
        corpsec=["klsecretarial.com.my"],
    ),
    "HK": dict(
        names=["Hong Kong", "HK", "Hong Kong SAR", "Hong Kong, China", "HKSAR"], w=5, style="hk",
        cult={"zh_hk": 62, "zh": 25, "en": 5, "in": 3, "ru": 2, "zh_tw": 3},
        cities=[dict(n="Hong Kong", pc="", area=[""], streets=[("Queen's Road Central", "皇后大道中", "Central", "中環"), ("Des Voeux Road Central", "德輔道中", "Central", "中環"),
                                                              ("Nathan Road", "彌敦道", "Tsim Sha Tsui", "尖沙咀"), ("Hennessy Road", "軒尼詩道", "Wan Chai", "灣仔"),
                                                              ("Lockhart Road", "駱克道", "Wan Chai", "灣仔"), ("How Ming Street", "巧明街", "Kwun Tong", "觀塘"),
                                                              ("Hoi Bun Road", "海濱道", "Kwun Tong", "觀塘"), ("Canton Road", "廣東道", "Tsim Sha Tsui", "尖沙咀"),
                                                              ("Gloucester Road", "告士打道", "Wan Chai", "灣仔"), ("Cheung Sha Wan Road", "長沙灣道", "Cheung Sha Wan", "長沙灣"),
                                                              ("Wing Lok Street", "永樂街", "Sheung Wan", "上環"), ("Science Park West Avenue", "科學園西大道", "Sha Tin", "沙田")])],
        cw=[1],
        agents=[("Hong Kong", "1", ("Glenealy", "忌連拿利", "Central", "中環"), ("Unit 2A, 17/F", "Glenealy Tower", "17樓2A室"), "", 30, None),
                ("Hong Kong", "53-55", ("Lockhart Road", "駱克道", "Wan Chai", "灣仔"), ("Room 1501, 15/F", "SPA Centre", "15樓1501室"), "", 35, None),
                ("Hong Kong", "165-171", ("Wan Chai Road", "灣仔道", "Wan Chai", "灣仔"), ("Flat 1512, 15/F", "Lucky Centre", "15樓1512室"), "", 30, None),
                ("Hong Kong", "367-375", ("Queen's Road Central", "皇后大道中", "Sheung Wan", "上環"), ("Unit 1603, 16/F", "The L. Plaza", "16樓1603室"), "", 25, None),
                ("Hong Kong", "479-479A", ("Castle Peak Road", "青山道", "Lai Chi Kok", "荔枝角"), ("Room 803, 8/F", "Lai Cheong Factory Building", "8樓803室"), "", 15, None),
                ("Hong Kong", "2-16", ("Fa Yuen Street", "花園街", "Mong Kok", "旺角"), ("Room 18, 27/F", "Ho King Commercial Centre", "27樓18室"), "", 25, None)],
        cowork=[("Hong Kong", "5", ("Science Park West Avenue", "科學園西大道", "Sha Tin", "沙田"), ("", "Building 5W", ""), "", 8),
                ("Hong Kong", "100", ("Cyberport Road", "數碼港道", "Pok Fu Lam", "薄扶林"), ("", "Cyberport 3", ""), "", 8),
                ("Hong Kong", "33", ("Des Voeux Road Central", "德輔道中", "Central", "中環"), ("", "The Hive", ""), "", 5)],
        phone=dict(cc="852", trunk="", types=[("2###", 4, [4], 35), ("3###", 4, [4], 20), ("5###", 4, [4], 15), ("6###", 4, [4], 15), ("9###", 4, [4], 15)]),
        lf=[("ltd", ["Limited", "Ltd", "Ltd.", "LIMITED", "Company Limited", "Co., Limited", "Co. Ltd"], 100)],
        reg="hk",
        free={"gmail.com": 45, "yahoo.com.hk": 12, "hotmail.com": 10, "outlook.com": 8, "qq.com": 8, "163.com": 5, "icloud.com": 8, "netvigator.com": 4},
        tld={"com": 55, "com.hk": 25, "hk": 8, "io": 6, "ai": 6},
        univ=[("University of Hong Kong", "hku.hk", "Hong Kong"), ("HKUST", "ust.hk", "Hong Kong"), ("Chinese University of Hong Kong", "cuhk.edu.hk", "Hong Kong"),
              ("City University of Hong Kong", "cityu.edu.hk", "Hong Kong")],
        corpsec=["hkcorpsec.com.hk", "asiacosec.com", "hk-companysecretary.com"],
    ),
    "CN": dict(
        names=["China", "CN", "PRC", "People's Republic of China", "中国"], w=7, style="cn",
        cult={"zh": 97, "zh_hk": 2, "ko": 1},
        cities=[dict(n="Shenzhen", loc="深圳", prov=("Guangdong", "广东省"), pc="5180##", area=["755"],
                     districts=[("Nanshan", "南山区"), ("Futian", "福田区"), ("Bao'an", "宝安区"), ("Longgang", "龙岗区")],
                     streets=[("科技南路", "Keji South Road", "Kejinan Lu"), ("深南大道", "Shennan Avenue", "Shennan Dadao"), ("高新南一道", "Gaoxin South 1st Road", "Gaoxinnan Yidao"), ("福华三路", "Fuhua 3rd Road", "Fuhua Sanlu")]),
                dict(n="Beijing", loc="北京", prov=None, pc="1000##", area=["10"], districts=[("Haidian", "海淀区"), ("Chaoyang", "朝阳区")],
                     streets=[("中关村大街", "Zhongguancun Street", "Zhongguancun Dajie"), ("海淀大街", "Haidian Street", "Haidian Dajie"), ("建国路", "Jianguo Road", "Jianguo Lu"), ("东三环北路", "East 3rd Ring Road North", "Dongsanhuan Beilu")]),
                dict(n="Shanghai", loc="上海", prov=None, pc="2000##", area=["21"], districts=[("Pudong New Area", "浦东新区"), ("Xuhui", "徐汇区"), ("Minhang", "闵行区")],
                     streets=[("张江路", "Zhangjiang Road", "Zhangjiang Lu"), ("世纪大道", "Century Avenue", "Shiji Dadao"), ("南京西路", "West Nanjing Road", "Nanjing Xilu"), ("宜山路", "Yishan Road", "Yishan Lu")]),
                dict(n="Hangzhou", loc="杭州", prov=("Zhejiang", "浙江省"), pc="3100##", area=["571"], districts=[("Xihu", "西湖区"), ("Binjiang", "滨江区")],
                     streets=[("文三路", "Wensan Road", "Wensan Lu"), ("网商路", "Wangshang Road", "Wangshang Lu"), ("江南大道", "Jiangnan Avenue", "Jiangnan Dadao")]),
                dict(n="Guangzhou", loc="广州", prov=("Guangdong", "广东省"), pc="5106##", area=["20"], districts=[("Tianhe", "天河区")],
                     streets=[("天河路", "Tianhe Road", "Tianhe Lu"), ("体育西路", "Tiyu West Road", "Tiyu Xilu")]),
                dict(n="Chengdu", loc="成都", prov=("Sichuan", "四川省"), pc="6100##", area=["28"], districts=[("Gaoxin", "高新区"), ("Wuhou", "武侯区")],
                     streets=[("天府大道", "Tianfu Avenue", "Tianfu Dadao"), ("天府三街", "Tianfu 3rd Street", "Tianfu Sanjie")])],
        cw=[30, 25, 20, 12, 8, 5],
        agents=[("Shenzhen", "1", ("前湾一路", "Qianwan 1st Road", "Qianwan Yilu"), ("A栋201室", "Room 201, Building A", "Qianhai Shenzhen-Hong Kong Cooperation Zone", "前海深港合作区"), "518000", 45, None),
                ("Shanghai", "211", ("富特北路", "Fute North Road", "Fute Beilu"), ("302部位368室", "Room 368, Part 302", "China (Shanghai) Pilot Free Trade Zone", "中国（上海）自由贸易试验区"), "200131", 25, None),
                ("Hangzhou", "1", ("网商路", "Wangshang Road", "Wangshang Lu"), ("1幢", "Building 1", "", ""), "310052", 8, None)],
        cowork=[("Beijing", "1", ("中关村大街", "Zhongguancun Street", "Zhongguancun Dajie"), ("创业大街", "Innoway", "", ""), "100080", 6),
                ("Shenzhen", "9", ("高新南一道", "Gaoxin South 1st Road", "Gaoxinnan Yidao"), ("创维大厦", "Skyworth Building", "", ""), "518057", 5)],
        phone=dict(cc="86", trunk="0", types=[("13#", 8, [4, 4], 25), ("15#", 8, [4, 4], 15), ("18#", 8, [4, 4], 20), ("755", 8, [4, 4], 12), ("10", 8, [4, 4], 10), ("21", 8, [4, 4], 10), ("571", 8, [4, 4], 4), ("20", 8, [4, 4], 2), ("28", 8, [4, 4], 2)]),
        lf=[("cl", ["Co., Ltd.", "Co., Ltd", "Co. Ltd.", "Company Limited", "Co.,Ltd.", "CO., LTD.", "Ltd."], 100)],
        reg="cn",
        free={"qq.com": 35, "163.com": 22, "126.com": 10, "gmail.com": 10, "foxmail.com": 6, "sina.com": 5, "outlook.com": 5, "aliyun.com": 3, "139.com": 2, "yeah.net": 2},
        tld={"com": 45, "cn": 25, "com.cn": 20, "ai": 4, "net": 6},
        univ=[("Tsinghua University", "tsinghua.edu.cn", "Beijing"), ("Peking University", "pku.edu.cn", "Beijing"), ("Shanghai Jiao Tong University", "sjtu.edu.cn", "Shanghai"),
              ("Zhejiang University", "zju.edu.cn", "Hangzhou"), ("Southern University of Science and Technology", "sustech.edu.cn", "Shenzhen"),
              ("University of Electronic Science and Technology of China", "uestc.edu.cn", "Chengdu")],
        corpsec=["qianhaimishu.com", "shzhuce.com"],
    ),
    "TW": dict(
        names=["Taiwan", "TW", "Taiwan (R.O.C.)", "Republic of China", "Chinese Taipei"], w=3, style="tw",
        cult={"zh_tw": 90, "zh": 5, "ja": 2, "en": 3},
        cities=[dict(n="Taipei", loc="台北市", pc="1##", area=["2"], districts=[("Xinyi Dist.", "信義區"), ("Da'an Dist.", "大安區"), ("Neihu Dist.", "內湖區"), ("Zhongshan Dist.", "中山區")],
                     streets=[("信義路五段", "Xinyi Rd., Sec. 5"), ("敦化南路一段", "Dunhua S. Rd., Sec. 1"), ("忠孝東路四段", "Zhongxiao E. Rd., Sec. 4"), ("瑞光路", "Ruiguang Rd."), ("南京東路三段", "Nanjing E. Rd., Sec. 3")]),
                dict(n="Hsinchu", loc="新竹市", pc="300", area=["3"], districts=[("East Dist.", "東區")], streets=[("力行路", "Lixing Rd."), ("園區二路", "Yuanqu 2nd Rd."), ("光復路二段", "Guangfu Rd., Sec. 2")]),
                dict(n="New Taipei", loc="新北市", pc="22#", area=["2"], districts=[("Banqiao Dist.", "板橋區")], streets=[("縣民大道二段", "Xianmin Blvd., Sec. 2"), ("文化路一段", "Wenhua Rd., Sec. 1")])],
        cw=[65, 25, 10],
        agents=[("Taipei", "7", ("信義路五段", "Xinyi Rd., Sec. 5"), ("35樓", "35F."), "110", 15, None), ("Taipei", "100", ("敦化南路一段", "Dunhua S. Rd., Sec. 1"), ("12樓", "12F."), "106", 10, None)],
        cowork=[("Taipei", "99", ("瑞光路", "Ruiguang Rd."), ("", ""), "114", 5)],
        phone=dict(cc="886", trunk="0", types=[("2", 8, [4, 4], 45), ("3", 7, [3, 4], 10), ("9##", 6, [3, 3], 45)]),
        lf=[("cl", ["Co., Ltd.", "Co., Ltd", "Corporation", "Inc.", "Corp."], 100)],
        reg="tw",
        free={"gmail.com": 60, "yahoo.com.tw": 15, "hotmail.com": 8, "outlook.com": 6, "icloud.com": 5, "hinet.net": 6},
        tld={"com": 45, "com.tw": 35, "tw": 8, "ai": 5, "io": 7},
        univ=[("National Taiwan University", "ntu.edu.tw", "Taipei"), ("National Tsing Hua University", "nthu.edu.tw", "Hsinchu"),
              ("National Yang Ming Chiao Tung University", "nycu.edu.tw", "Hsinchu")],
        corpsec=["tw-accounting.com.tw"],
    ),
    "JP": dict(
        names=["Japan", "JP", "日本", "JPN"], w=5, style="jp",
        cult={"ja": 92, "zh": 3, "ko": 2, "en": 3},
        cities=[dict(n="Tokyo", loc="東京都", pc="1##-####", area=["3"], districts=[("Minato-ku", "港区", [("Roppongi", "六本木"), ("Akasaka", "赤坂"), ("Minami-Aoyama", "南青山"), ("Shiba", "芝")]),
                                                                                   ("Chiyoda-ku", "千代田区", [("Marunouchi", "丸の内"), ("Otemachi", "大手町")]),
                                                                                   ("Shibuya-ku", "渋谷区", [("Shibuya", "渋谷"), ("Dogenzaka", "道玄坂"), ("Jingumae", "神宮前")]),
                                                                                   ("Chuo-ku", "中央区", [("Nihonbashi", "日本橋"), ("Ginza", "銀座")]),
                                                                                   ("Shinjuku-ku", "新宿区", [("Nishi-Shinjuku", "西新宿")])]),
                dict(n="Osaka", loc="大阪府大阪市", pc="530-####", area=["6"], districts=[("Kita-ku", "北区", [("Umeda", "梅田"), ("Nakanoshima", "中之島")])]),
                dict(n="Fukuoka", loc="福岡県福岡市", pc="812-####", area=["92"], districts=[("Hakata-ku", "博多区", [("Hakataekimae", "博多駅前")])])],
        cw=[75, 15, 10],
        agents=[("Tokyo", "2-2-15", ("Minato-ku", "港区", ("Minami-Aoyama", "南青山")), ("942", "Win Aoyama", "ウィン青山"), "107-0062", 30, None),
                ("Tokyo", "1-10-8", ("Shibuya-ku", "渋谷区", ("Dogenzaka", "道玄坂")), ("2F-C", "Shibuya Dogenzaka Tokyu Bldg.", "渋谷道玄坂東急ビル"), "150-0043", 20, None),
                ("Tokyo", "1-8-3", ("Chiyoda-ku", "千代田区", ("Marunouchi", "丸の内")), ("20F", "Marunouchi Trust Tower Main", "丸の内トラストタワー本館"), "100-0005", 10, None)],
        cowork=[("Tokyo", "3-1-1", ("Chiyoda-ku", "千代田区", ("Otemachi", "大手町")), ("", "Otemachi Building", "大手町ビル"), "100-0004", 5),
                ("Tokyo", "2-24-12", ("Shibuya-ku", "渋谷区", ("Shibuya", "渋谷")), ("", "Shibuya Scramble Square", "渋谷スクランブルスクエア"), "150-0002", 5)],
        phone=dict(cc="81", trunk="0", types=[("3", 8, [4, 4], 40), ("6", 8, [4, 4], 10), ("92", 7, [3, 4], 5), ("90", 8, [4, 4], 25), ("80", 8, [4, 4], 15), ("70", 8, [4, 4], 5)]),
        lf=[("kk", ["Co., Ltd.", "K.K.", "KK", "Kabushiki Kaisha", "Inc.", "Corporation"], 85), ("gk", ["G.K.", "GK", "Godo Kaisha", "LLC"], 15)],
        reg="jp",
        free={"gmail.com": 50, "yahoo.co.jp": 20, "outlook.jp": 5, "icloud.com": 10, "docomo.ne.jp": 4, "ezweb.ne.jp": 3, "hotmail.co.jp": 5, "softbank.ne.jp": 3},
        tld={"co.jp": 45, "jp": 15, "com": 25, "ai": 5, "io": 10},
        univ=[("University of Tokyo", "u-tokyo.ac.jp", "Tokyo"), ("Kyoto University", "kyoto-u.ac.jp", "Osaka"), ("Tokyo Institute of Technology", "titech.ac.jp", "Tokyo"),
              ("Osaka University", "osaka-u.ac.jp", "Osaka"), ("RIKEN", "riken.jp", "Tokyo")],
        corpsec=["kaisha-setsuritsu.jp"],
    ),
    "KR": dict(
        names=["South Korea", "Korea", "Republic of Korea", "KR", "Korea, Republic of", "대한민국"], w=5, style="kr",
        cult={"ko": 95, "zh": 2, "en": 2, "ja": 1},
        cities=[dict(n="Seoul", loc="서울특별시", pc="0####", area=["2"], districts=[("Gangnam-gu", "강남구"), ("Seocho-gu", "서초구"), ("Mapo-gu", "마포구"), ("Yeongdeungpo-gu", "영등포구")],
                     streets=[("테헤란로", "Teheran-ro"), ("강남대로", "Gangnam-daero"), ("서초대로", "Seocho-daero"), ("월드컵북로", "World Cup buk-ro"), ("여의대로", "Yeoui-daero"), ("도산대로", "Dosan-daero")]),
                dict(n="Seongnam", loc="경기도 성남시", pc="13###", area=["31"], districts=[("Bundang-gu", "분당구")], streets=[("판교역로", "Pangyoyeok-ro"), ("대왕판교로", "Daewangpangyo-ro")]),
                dict(n="Busan", loc="부산광역시", pc="48###", area=["51"], districts=[("Haeundae-gu", "해운대구")], streets=[("센텀중앙로", "Centum jungang-ro"), ("해운대로", "Haeundae-ro")])],
        cw=[70, 20, 10],
        agents=[("Seoul", "311", ("테헤란로", "Teheran-ro"), ("", ""), "06151", 12, None), ("Seoul", "142", ("테헤란로", "Teheran-ro"), ("12층", "12F"), "06236", 10, None)],
        cowork=[("Seongnam", "235", ("판교역로", "Pangyoyeok-ro"), ("", ""), "13494", 8), ("Seoul", "8", ("월드컵북로", "World Cup buk-ro"), ("", ""), "03993", 5)],
        phone=dict(cc="82", trunk="0", types=[("2", 8, [4, 4], 35), ("31", 7, [3, 4], 8), ("51", 7, [3, 4], 4), ("10", 8, [4, 4], 53)]),
        lf=[("cl", ["Co., Ltd.", "Co., Ltd", "Inc.", "Corp.", "Corporation"], 100)],
        reg="kr",
        free={"naver.com": 45, "gmail.com": 30, "daum.net": 10, "hanmail.net": 8, "kakao.com": 3, "nate.com": 4},
        tld={"com": 40, "co.kr": 35, "kr": 8, "ai": 7, "io": 10},
        univ=[("KAIST", "kaist.ac.kr", "Seoul"), ("Seoul National University", "snu.ac.kr", "Seoul"), ("POSTECH", "postech.ac.kr", "Busan"),
              ("Yonsei University", "yonsei.ac.kr", "Seoul"), ("Korea University", "korea.ac.kr", "Seoul")],
        corpsec=["kr-bizsupport.co.kr"],
    ),
    "AE": dict(
        names=["United Arab Emirates", "UAE", "AE", "U.A.E.", "Emirates"], w=3, style="ae",
        cult={"ar": 25, "in": 25, "en": 10, "ru": 12, "fa": 8, "zh": 6, "tr": 3, "kk": 3, "ms": 2, "gr": 1, "he": 1, "ko": 2, "fr": 2},
        cities=[dict(n="Dubai", areas=["Business Bay", "DIFC", "Downtown Dubai", "Jumeirah Lakes Towers", "Dubai Internet City", "Dubai Silicon Oasis", "Al Barsha", "Deira"],
                     streets=[("Sheikh Zayed Road", ""), ("Al Abraj Street", ""), ("Al Mustaqbal Street", ""), ("Al Maktoum Road", ""), ("Baniyas Road", "")],
                     bldgs=["Churchill Tower", "The Opus", "Bay Square Building 5", "Almas Tower", "Jumeirah Business Center 1", "Gate Village Building 3", "Boulevard Plaza Tower 1", "Mazaya Business Avenue BB2", "Conrad Business Tower"], area=["4"], pc=""),
                dict(n="Abu Dhabi", areas=["Al Reem Island", "Al Maryah Island", "Khalifa City"], streets=[("Hamdan Street", ""), ("Al Falah Street", "")],
                     bldgs=["Sky Tower", "Al Sila Tower", "Addax Tower"], area=["2"], pc="")],
        cw=[80, 20],
        agents=[("Dubai", "", ("DDP, Dubai Silicon Oasis", ""), ("IFZA Business Park", "Building A1"), "", 40, "Dubai Silicon Oasis"),
                ("Dubai", "", ("Meydan Road", ""), ("Meydan Grandstand, 6th floor", ""), "", 35, "Nad Al Sheba"),
                ("Ras Al Khaimah", "", ("Al Shohada Road", ""), ("Compass Building", "Al Hamra Industrial Zone-FZ"), "", 30, "Al Hamra"),
                ("Sharjah", "", ("", ""), ("Business Centre", "Sharjah Publishing City Free Zone"), "", 25, None),
                ("Dubai", "", ("Al Thanyah 5", ""), ("Jumeirah Lakes Towers, Cluster Q", "Almas Tower, Level 21"), "", 20, "JLT")],
        cowork=[("Dubai", "", ("Al Sufouh Road", ""), ("in5 Tech, Dubai Internet City", ""), "", 6, None), ("Abu Dhabi", "", ("Al Maryah Island", ""), ("Hub71, Al Khatem Tower", ""), "", 6, None)],
        phone=dict(cc="971", trunk="0", types=[("4", 7, [3, 4], 40), ("2", 7, [3, 4], 10), ("50", 7, [3, 4], 20), ("52", 7, [3, 4], 10), ("55", 7, [3, 4], 10), ("56", 7, [3, 4], 10)]),
        lf=[("fzllc", ["FZ-LLC", "FZ LLC", "FZ-L.L.C", "F.Z.-L.L.C."], 35), ("fze", ["FZE", "F.Z.E."], 20), ("fzco", ["FZCO", "FZ Co", "F.Z.C.O."], 15),
            ("llc", ["L.L.C", "LLC", "L.L.C.", "Limited Liability Company"], 20), ("dmcc", ["DMCC", "D.M.C.C."], 10)],
        reg="ae",
        free={"gmail.com": 55, "hotmail.com": 12, "outlook.com": 8, "yahoo.com": 8, "icloud.com": 8, "mail.ru": 4, "emirates.net.ae": 3, "protonmail.com": 2},
        tld={"com": 60, "ae": 20, "io": 8, "ai": 8, "tech": 4},
        univ=[("MBZUAI", "mbzuai.ac.ae", "Abu Dhabi"), ("Khalifa University", "ku.ac.ae", "Abu Dhabi"), ("American University of Sharjah", "aus.edu", "Dubai")],
        corpsec=["uae-setup.ae", "freezone-pro.com", "ifza-agents.com"],
    ),
    "RU": dict(
        names=["Russia", "Russian Federation", "RU", "Россия", "RUS"], w=2, style="ru",
        cult={"ru": 92, "kk": 3, "ar": 1, "ko": 1, "tr": 1, "zh": 2},
        cities=[dict(n="Moscow", loc="Москва", pc="1#####", area=["495", "499"], streets=[("Тверская", "ul"), ("Ленинградский", "pr"), ("Пресненская", "nab"), ("Большая Садовая", "ul"), ("Новый Арбат", "ul"), ("Профсоюзная", "ul"), ("Ленинская Слобода", "ul")]),
                dict(n="Saint Petersburg", loc="Санкт-Петербург", pc="19####", area=["812"], streets=[("Невский", "pr"), ("Лиговский", "pr"), ("Малый", "pr"), ("Кантемировская", "ul")]),
                dict(n="Novosibirsk", loc="Новосибирск", pc="630###", area=["383"], streets=[("Красный", "pr"), ("Ленина", "ul")]),
                dict(n="Kazan", loc="Казань", pc="420###", area=["843"], streets=[("Баумана", "ul"), ("Петербургская", "ul")])],
        cw=[65, 20, 8, 7],
        agents=[("Moscow", "19", ("Ленинская Слобода", "ul"), None, "115280", 25), ("Moscow", "12", ("Пресненская", "nab"), None, "123317", 20),
                ("Saint Petersburg", "3", ("Кантемировская", "ul"), None, "197342", 12), ("Moscow", "10", ("Большая Садовая", "ul"), None, "123001", 10)],
        cowork=[("Moscow", "3", ("Профсоюзная", "ul"), None, "117036", 4)],
        phone=dict(cc="7", trunk="8", types=[("495", 7, [3, 2, 2], 25), ("499", 7, [3, 2, 2], 8), ("812", 7, [3, 2, 2], 10), ("383", 7, [3, 2, 2], 3), ("843", 7, [3, 2, 2], 3), ("9##", 7, [3, 2, 2], 51)]),
        lf=[("ooo", ["LLC", "OOO", "ООО", "Limited Liability Company", "O.O.O."], 88), ("ao", ["JSC", "AO", "АО", "Joint Stock Company"], 12)],
        reg="ru",
        free={"yandex.ru": 30, "mail.ru": 28, "gmail.com": 18, "bk.ru": 5, "list.ru": 4, "inbox.ru": 4, "rambler.ru": 4, "ya.ru": 4, "protonmail.com": 3},
        tld={"ru": 60, "com": 25, "рф": 3, "io": 5, "ai": 4, "su": 3},
        univ=[("Lomonosov Moscow State University", "msu.ru", "Moscow"), ("Skoltech", "skoltech.ru", "Moscow"), ("HSE University", "hse.ru", "Moscow"),
              ("MIPT", "phystech.edu", "Moscow"), ("ITMO University", "itmo.ru", "Saint Petersburg")],
        corpsec=["buhuslugi-msk.ru", "registraciya-ooo.ru"],
    ),
    "KZ": dict(
        names=["Kazakhstan", "KZ", "Republic of Kazakhstan", "Казахстан"], w=1, style="kz",
        cult={"kk": 62, "ru": 30, "ko": 3, "tr": 2, "zh": 3},
        cities=[dict(n="Almaty", loc="Алматы", pc="0500##", area=["727"], streets=[("Абая", "pr"), ("Аль-Фараби", "pr"), ("Толе би", "ul"), ("Достык", "pr"), ("Фурманова", "ul")]),
                dict(n="Astana", loc="Астана", pc="0100##", area=["7172"], streets=[("Мангилик Ел", "pr"), ("Кунаева", "ul"), ("Туран", "pr")])],
        cw=[60, 40],
        agents=[("Astana", "55/20", ("Мангилик Ел", "pr"), None, "010000", 30), ("Astana", "55/8", ("Мангилик Ел", "pr"), None, "010000", 20),
                ("Almaty", "77/7", ("Аль-Фараби", "pr"), None, "050040", 15)],
        cowork=[("Almaty", "150", ("Абая", "pr"), None, "050046", 4)],
        phone=dict(cc="7", trunk="8", types=[("727", 7, [3, 2, 2], 35), ("7172", 6, [2, 2, 2], 15), ("70#", 7, [3, 2, 2], 30), ("77#", 7, [3, 2, 2], 20)]),
        lf=[("too", ["LLP", "TOO", "ТОО", "Limited Liability Partnership"], 88), ("ao", ["JSC", "АО", "AO"], 12)],
        reg="kz",
        free={"mail.ru": 35, "gmail.com": 30, "yandex.kz": 8, "yandex.ru": 10, "inbox.ru": 5, "bk.ru": 5, "list.ru": 3},
        tld={"kz": 55, "com": 35, "io": 5, "ai": 5},
        univ=[("Nazarbayev University", "nu.edu.kz", "Astana"), ("KBTU", "kbtu.kz", "Almaty")],
        corpsec=["aifc-services.kz"],
    ),
    "TR": dict(
        names=["Turkey", "Türkiye", "TR", "Turkiye", "Republic of Türkiye"], w=2, style="tr",
        cult={"tr": 88, "ar": 3, "fa": 3, "ru": 3, "en": 1, "kk": 2},
        cities=[dict(n="Istanbul", loc="İstanbul", pc="34###", area=["212", "216"], districts=["Şişli", "Beşiktaş", "Kadıköy", "Ataşehir", "Sarıyer", "Kağıthane"],
                     streets=[("Büyükdere", "Cad"), ("Barbaros", "Blv"), ("Bağdat", "Cad"), ("İstiklal", "Cad"), ("Ahi Evran", "Cad"), ("Cömert", "Sok")]),
                dict(n="Ankara", loc="Ankara", pc="06###", area=["312"], districts=["Çankaya", "Yenimahalle"], streets=[("Eskişehir Yolu", ""), ("Atatürk", "Blv"), ("Tunalı Hilmi", "Cad")]),
                dict(n="Izmir", loc="İzmir", pc="35###", area=["232"], districts=["Konak", "Bayraklı"], streets=[("Kıbrıs Şehitleri", "Cad"), ("Manas", "Blv")])],
        cw=[65, 25, 10],
        agents=[("Istanbul", "255", ("Büyükdere", "Cad"), "Nurol Plaza", "34398", 15), ("Istanbul", "1A", ("Cömert", "Sok"), "Yapı Kredi Plaza", "34330", 10)],
        cowork=[("Istanbul", "24", ("Ahi Evran", "Cad"), "Polaris Plaza", "34398", 5)],
        phone=dict(cc="90", trunk="0", types=[("212", 7, [3, 2, 2], 30), ("216", 7, [3, 2, 2], 12), ("312", 7, [3, 2, 2], 8), ("232", 7, [3, 2, 2], 5), ("5##", 7, [3, 2, 2], 45)]),
        lf=[("as", ["A.Ş.", "AŞ", "A.S.", "Anonim Şirketi", "Anonim Sirketi"], 40), ("ltd", ["Ltd. Şti.", "Ltd. Sti.", "Limited Şirketi", "LTD. ŞTİ.", "Ltd Sti"], 60)],
        reg="tr",
        free={"gmail.com": 55, "hotmail.com": 20, "outlook.com": 8, "yandex.com.tr": 6, "yahoo.com": 5, "icloud.com": 6},
        tld={"com.tr": 40, "com": 45, "io": 8, "ai": 7},
        univ=[("Boğaziçi University", "boun.edu.tr", "Istanbul"), ("Middle East Technical University", "metu.edu.tr", "Ankara"), ("Bilkent University", "bilkent.edu.tr", "Ankara")],
        corpsec=["ist-muhasebe.com.tr"],
    ),
    "IN": dict(
        names=["India", "IN", "IND", "Republic of India", "Bharat"], w=7, style="in",
        cult={"in": 97, "en": 1, "ar": 1, "zh": 1},
        cities=[dict(n="Bengaluru", alt="Bangalore", st="Karnataka", pc="5600##", area=["80"], areas=["Koramangala", "Indiranagar", "Whitefield", "HSR Layout", "Electronic City"],
                     streets=[("80 Feet", "Road"), ("100 Feet", "Road"), ("Outer Ring", "Road"), ("Hosur", "Road"), ("ITPL Main", "Road")]),
                dict(n="Mumbai", alt="Bombay", st="Maharashtra", pc="4000##", area=["22"], areas=["Andheri East", "Bandra Kurla Complex", "Powai", "Lower Parel"],
                     streets=[("Senapati Bapat", "Marg"), ("Western Express", "Highway"), ("LBS", "Marg"), ("Hiranandani Gardens", "")]),
                dict(n="Gurugram", alt="Gurgaon", st="Haryana", pc="1220##", area=["124"], areas=["Cyber City", "Sector 44", "Udyog Vihar Phase 4"], streets=[("Golf Course", "Road"), ("MG", "Road"), ("Sohna", "Road")]),
                dict(n="Hyderabad", alt="Hyderabad", st="Telangana", pc="5000##", area=["40"], areas=["HITEC City", "Gachibowli", "Madhapur"], streets=[("Road No. 36, Jubilee Hills", ""), ("Financial District", ""), ("Mindspace", "Road")]),
                dict(n="Pune", alt="Poona", st="Maharashtra", pc="4110##", area=["20"], areas=["Hinjewadi", "Baner"], streets=[("Baner", "Road"), ("Hinjewadi Phase 1", "Road")]),
                dict(n="Chennai", alt="Madras", st="Tamil Nadu", pc="6000##", area=["44"], areas=["Guindy", "Taramani"], streets=[("Old Mahabalipuram", "Road"), ("Anna Salai", "")])],
        cw=[35, 20, 15, 15, 8, 7],
        agents=[("Bengaluru", "43", ("Residency", "Road"), "WeWork Galaxy", "560025", 12), ("Gurugram", "", ("Golf Course", "Road"), "Awfis, Suncity Success Tower, Sector 65", "122005", 8)],
        cowork=[("Bengaluru", "", ("Outer Ring", "Road"), "91springboard, Bellandur", "560103", 6), ("Mumbai", "", ("LBS", "Marg"), "Awfis, Kurla West", "400070", 5)],
        phone=dict(cc="91", trunk="0", types=[("9####", 5, [5], 45), ("8####", 5, [5], 20), ("7####", 5, [5], 15), ("80", 8, [4, 4], 8), ("22", 8, [4, 4], 6), ("11", 8, [4, 4], 6)]),
        lf=[("pvt", ["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "Pvt. Limited", "PRIVATE LIMITED", "P. Ltd.", "Pvt.Ltd."], 88), ("llp", ["LLP"], 12)],
        reg="in",
        free={"gmail.com": 70, "yahoo.co.in": 8, "rediffmail.com": 5, "outlook.com": 6, "hotmail.com": 5, "yahoo.com": 4},
        tld={"com": 45, "in": 20, "co.in": 15, "ai": 8, "io": 10, "tech": 2},
        univ=[("Indian Institute of Science", "iisc.ac.in", "Bengaluru"), ("IIT Bombay", "iitb.ac.in", "Mumbai"), ("IIT Delhi", "iitd.ac.in", "Gurugram"),
              ("IIT Madras", "iitm.ac.in", "Chennai"), ("IIIT Hyderabad", "iiit.ac.in", "Hyderabad")],
        corpsec=["indiafilings-mail.com", "compliance-cs.in"],
    ),
    "VN": dict(
        names=["Vietnam", "Viet Nam", "VN", "Việt Nam"], w=2, style="vn",
        cult={"vi": 95, "ko": 2, "zh": 2, "en": 1},
        cities=[dict(n="Ho Chi Minh City", loc="TP. Hồ Chí Minh", districts=[("District 1", "Quận 1"), ("District 3", "Quận 3"), ("Binh Thanh District", "Quận Bình Thạnh"), ("Thu Duc City", "TP. Thủ Đức")],
                     streets=["Nguyễn Huệ", "Lê Duẩn", "Đồng Khởi", "Điện Biên Phủ", "Nguyễn Thị Minh Khai"], pc="700000", area=["28"]),
                dict(n="Hanoi", loc="Hà Nội", districts=[("Cau Giay District", "Quận Cầu Giấy"), ("Ba Dinh District", "Quận Ba Đình"), ("Nam Tu Liem District", "Quận Nam Từ Liêm")],
                     streets=["Duy Tân", "Trần Duy Hưng", "Láng Hạ", "Phạm Hùng"], pc="100000", area=["24"])],
        cw=[60, 40],
        agents=[("Ho Chi Minh City", "Bitexco Financial Tower", "Hải Triều", ("Tầng 45", "45th Floor"), "700000", 8)],
        cowork=[("Hanoi", "Dreamplex", "Duy Tân", ("Tầng 3", "3rd Floor"), "100000", 4)],
        phone=dict(cc="84", trunk="0", types=[("28", 8, [4, 4], 20), ("24", 8, [4, 4], 15), ("9#", 7, [3, 4], 35), ("3#", 7, [3, 4], 30)]),
        lf=[("tnhh", ["Co., Ltd", "Company Limited", "Co., Ltd.", "LLC"], 75), ("jsc", ["JSC", "Joint Stock Company", "Corporation"], 25)],
        reg="vn",
        free={"gmail.com": 80, "yahoo.com": 8, "outlook.com": 5, "hotmail.com": 4, "icloud.com": 3},
        tld={"com": 40, "vn": 25, "com.vn": 25, "io": 5, "ai": 5},
        univ=[("Vietnam National University, Hanoi", "vnu.edu.vn", "Hanoi"), ("Hanoi University of Science and Technology", "hust.edu.vn", "Hanoi"),
              ("HCMC University of Technology", "hcmut.edu.vn", "Ho Chi Minh City")],
        corpsec=["vn-accounting.vn"],
    ),
    "IL": dict(
        names=["Israel", "IL", "ISR", "State of Israel"], w=2, style="il",
        cult={"he": 70, "ru": 15, "en": 8, "ar": 4, "fr": 3},
        cities=[dict(n="Tel Aviv", alt="Tel Aviv-Yafo", pc="6######", area=["3"], streets=[("Rothschild", "Blvd", "שדרות רוטשילד"), ("Menachem Begin", "Rd", "דרך מנחם בגין"), ("HaArba'a", "St", "הארבעה"),
                                                                                             ("Yigal Alon", "St", "יגאל אלון"), ("Ibn Gabirol", "St", "אבן גבירול"), ("Dizengoff", "St", "דיזנגוף")]),
                dict(n="Herzliya", alt="Herzliya Pituach", pc="46#####", area=["9"], streets=[("Abba Eban", "Blvd", "שדרות אבא אבן"), ("HaMenofim", "St", "המנופים"), ("Maskit", "St", "משכית")]),
                dict(n="Haifa", alt="Haifa", pc="3######", area=["4"], streets=[("Matam", "", "מת\"ם"), ("HaNamal", "St", "הנמל")])],
        cw=[65, 25, 10],
        agents=[("Tel Aviv", "132", ("Menachem Begin", "Rd", "דרך מנחם בגין"), "Azrieli Center, Round Tower, 21st Floor", "6701101", 10)],
        cowork=[("Tel Aviv", "22", ("Rothschild", "Blvd", "שדרות רוטשילד"), None, "6688218", 6), ("Herzliya", "8", ("Maskit", "St", "משכית"), None, "4673308", 5)],
        phone=dict(cc="972", trunk="0", types=[("3", 7, [3, 4], 35), ("9", 7, [3, 4], 10), ("4", 7, [3, 4], 5), ("5#", 7, [3, 4], 50)]),
        lf=[("ltd", ["Ltd", "Ltd.", "Limited", "בע\"מ"], 100)],
        reg="il",
        free={"gmail.com": 65, "walla.co.il": 8, "hotmail.com": 8, "outlook.com": 6, "icloud.com": 6, "012.net.il": 3, "bezeqint.net": 4},
        tld={"com": 50, "co.il": 25, "ai": 10, "io": 15},
        univ=[("Technion", "technion.ac.il", "Haifa"), ("Tel Aviv University", "tau.ac.il", "Tel Aviv"), ("Weizmann Institute of Science", "weizmann.ac.il", "Tel Aviv"),
              ("Hebrew University of Jerusalem", "huji.ac.il", "Tel Aviv")],
        corpsec=["il-corporate.co.il"],
    ),
}
CC_LIST = list(COUNTRIES.keys())

# =====================================================================
# addresses
# =====================================================================

def ordinal(n):
    n = int(n)
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


ST_VARIANTS = {
    "St": ["St", "Street", "St.", "Str"], "Ave": ["Ave", "Avenue", "Ave.", "Av."], "Blvd": ["Blvd", "Boulevard", "Blvd."],
    "Rd": ["Rd", "Road", "Rd."], "Dr": ["Dr", "Drive", "Dr."], "Hwy": ["Hwy", "Highway"], "Pl": ["Pl", "Place"],
    "Sq": ["Sq", "Square"], "Ter": ["Ter", "Terrace", "Tce"], "Quay": ["Quay"], "Ave N": ["Ave N", "Avenue North", "Ave. N."],
    "Ave S": ["Ave S", "Avenue South", "Ave. S"], "St W": ["St W", "Street West", "St. W.", "Street W"],
    "St N": ["St N", "Street North", "St. N."], "St Lower": ["St Lower", "Street Lower", "Lower St"],
    "St Upper": ["St Upper", "Street Upper", "Upper St"],
    "Road": ["Road", "Rd", "Rd.", "ROAD"], "Street": ["Street", "St", "St."], "Way": ["Way"], "Place": ["Place", "Pl"],
    "Avenue 1": ["Avenue 1", "Ave 1", "Ave. 1"], "Crescent": ["Crescent", "Cres"], "Marg": ["Marg", "Road", "Rd"],
    "Highway": ["Highway", "Hwy"], "": [""],
}
DIRS = {"N": "North", "S": "South", "E": "East", "W": "West", "NW": "Northwest"}
US_STATES = {"CA": "California", "NY": "New York", "TX": "Texas", "WA": "Washington", "MA": "Massachusetts", "FL": "Florida",
             "DE": "Delaware", "WY": "Wyoming", "ON": "Ontario", "BC": "British Columbia", "QC": "Quebec"}
HK_BLDG_X = [("Kin Wah", "建華"), ("Tak Shing", "德成"), ("Man Yee", "萬宜"), ("Chung Hing", "中興"), ("Wing Kei", "永基"),
             ("Fook Lee", "福利"), ("Kam Fung", "金豐"), ("Shun Tak", "順德"), ("On Hing", "安興"), ("Yue Xiu", "越秀")]
HK_BLDG_T = [("Commercial Building", "商業大廈"), ("Centre", "中心"), ("Tower", "大廈"), ("Plaza", "廣場"), ("Industrial Building", "工業大廈")]
CN_BLDG = [("科技大厦", "Science & Technology Building", "Keji Dasha"), ("创新中心", "Innovation Center", "Chuangxin Zhongxin"),
           ("国际大厦", "International Building", "Guoji Dasha"), ("金融中心", "Financial Center", "Jinrong Zhongxin"),
           ("软件园", "Software Park", "Ruanjian Yuan"), ("孵化器", "Incubator", "Fuhuaqi")]
KANJI_NUM = "〇一二三四五六七八九十"
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def make_address(g, cc, kind, spec=None, city=None):
    """Canonical address. kind: office|home|agent|cowork|campus. spec: agent/cowork tuple."""
    rng = g.rng
    C = COUNTRIES[cc]
    a = {"uid": g.next_uid(), "cc": cc, "kind": kind, "distinct": kind in ("office", "home")}
    a["buid"] = a["uid"]
    style = C["style"]
    cities = C["cities"]
    if spec is not None:
        cname = spec[0]
        cobj = None
        for ci in cities:
            if ci["n"] == cname:
                cobj = ci
        if cobj is None:  # agent city not in list (e.g. Ras Al Khaimah)
            cobj = dict(cities[0])
            cobj["n"] = cname
            cobj.pop("loc", None)
        a["city"] = cobj
        a["num"] = spec[1]
        a["street"] = spec[2]
        a["extra"] = spec[3]
        a["pc"] = spec[4]
        a["spec"] = True
        a["areaname"] = spec[6] if len(spec) > 6 else None
        a["floor"] = None
        a["unit"] = None
        return a
    if city is None:
        city = cities[WT(range(len(cities)), C["cw"]).pick(rng)] if len(cities) > 1 else cities[0]
    a["city"] = city
    a["spec"] = False
    a["extra"] = None
    a["areaname"] = None
    sts = city.get("streets") or [("Main", "St")]
    a["street"] = sts[rng.randrange(len(sts))]
    big = rng.random()
    a["num"] = str(rng.randrange(1, 40) if big < 0.5 else rng.randrange(1, 400) if big < 0.85 else rng.randrange(100, 3000))
    a["pc"] = pat(rng, city.get("pc", "")) if city.get("pc") else ""
    a["floor"] = None
    a["unit"] = None
    if kind == "home":
        if style in ("us", "ca", "gb", "ie", "in", "sg", "my", "ae", "il", "cy"):
            a["unit"] = ("apt", str(rng.randrange(1, 40)) + ("" if rng.random() < 0.7 else "ABCD"[rng.randrange(4)])) if rng.random() < 0.5 else None
        else:
            a["floor"] = rng.randrange(1, 25) if rng.random() < 0.6 else None
            a["unit"] = ("apt", str(rng.randrange(1, 20))) if rng.random() < 0.6 else None
    else:
        if rng.random() < 0.75:
            a["floor"] = rng.randrange(1, 40)
        if rng.random() < 0.55:
            a["unit"] = ("suite", str((a["floor"] or rng.randrange(1, 20)) * 100 + rng.randrange(1, 30)))
    if style == "hk":
        if rng.random() < 0.8:
            x = HK_BLDG_X[rng.randrange(len(HK_BLDG_X))]
            t = HK_BLDG_T[rng.randrange(len(HK_BLDG_T))]
            a["bldg"] = (x[0] + " " + t[0], x[1] + t[1])
        a["floor"] = a["floor"] or rng.randrange(1, 30)
        a["unit"] = ("room", "ABCDEFGH"[rng.randrange(8)] if rng.random() < 0.4 else f"{a['floor']:d}{rng.randrange(1, 20):02d}")
    if style == "cn":
        a["district"] = city["districts"][rng.randrange(len(city["districts"]))]
        if rng.random() < 0.6:
            a["bldg"] = CN_BLDG[rng.randrange(len(CN_BLDG))]
        else:
            L = "ABCDE"[rng.randrange(5)]
            a["bldg"] = (f"{L}座", f"Block {L}", f"{L} Zuo")
        a["floor"] = a["floor"] or rng.randrange(2, 30)
        a["unit"] = ("room", f"{a['floor']}{rng.randrange(1, 20):02d}")
    if style == "tw":
        a["district"] = city["districts"][rng.randrange(len(city["districts"]))]
        a["floor"] = a["floor"] or rng.randrange(2, 30)
        a["unit"] = ("sub", str(rng.randrange(1, 6))) if rng.random() < 0.3 else None
    if style == "jp":
        d = city["districts"][rng.randrange(len(city["districts"]))]
        nb = d[2][rng.randrange(len(d[2]))]
        a["street"] = (d[0], d[1], nb)
        a["num"] = f"{rng.randrange(1, 8)}-{rng.randrange(1, 30)}-{rng.randrange(1, 20)}"
        a["floor"] = a["floor"] or rng.randrange(1, 20)
        if rng.random() < 0.6:
            b = ["Building", "Bldg.", "Tower"][rng.randrange(3)]
            a["bldg"] = (nb[0] + " " + ["Daiichi", "Central", "Square", "Park", "Front"][rng.randrange(5)] + " " + b,
                         nb[1] + ["第一", "セントラル", "スクエア", "パーク", "フロント"][rng.randrange(5)] + "ビル")
        else:
            a["bldg"] = None
    if style == "kr":
        a["district"] = city["districts"][rng.randrange(len(city["districts"]))]
        a["floor"] = a["floor"] or rng.randrange(1, 25)
    if style == "ae":
        a["areaname"] = city["areas"][rng.randrange(len(city["areas"]))]
        a["bldg"] = city["bldgs"][rng.randrange(len(city["bldgs"]))]
        a["pobox"] = str(rng.randrange(10000, 500000)) if rng.random() < 0.5 else None
        a["unit"] = ("office", str(rng.randrange(1, 40) * 100 + rng.randrange(1, 30)))
    if style == "in":
        a["areaname"] = city["areas"][rng.randrange(len(city["areas"]))]
    if style == "tr":
        a["district"] = city["districts"][rng.randrange(len(city["districts"]))]
        a["unit"] = ("apt", str(rng.randrange(1, 40)))
    if style == "vn":
        a["district"] = city["districts"][rng.randrange(len(city["districts"]))]
        a["bldg"] = (["Tòa nhà ", "Cao ốc "][rng.randrange(2)] + ["Sài Gòn Tower", "Hà Đô", "Vincom", "Lotte", "Pearl Plaza", "Sun Wah"][rng.randrange(6)]) if rng.random() < 0.5 else None
    if style in ("ru", "kz"):
        a["corp"] = str(rng.randrange(1, 6)) if rng.random() < 0.35 else None
        a["unit"] = ("office", str(rng.randrange(1, 900))) if kind != "home" else ("apt", str(rng.randrange(1, 300)))
    return a


def tenant_of(g, base, unit=None):
    """A tenant-specific copy of an agent/cowork address (shares building id)."""
    a = dict(base)
    a["uid"] = g.next_uid() if unit else base["uid"]
    a["unit"] = unit
    a["distinct"] = False
    return a


def _case(rng, s, q):
    r = rng.random()
    if r < 0.06 + 0.08 * q:
        return s.upper()
    if r < 0.075 + 0.08 * q:
        return s.lower()
    return s


def _join(rng, parts, q):
    parts = [p for p in parts if p]
    r = rng.random()
    sep = ", " if r < 0.82 else ("\n" if r < 0.88 else (" " if r < 0.95 else " , "))
    s = sep.join(parts)
    if rng.random() < 0.05 * q:
        s = s.replace(",", "")
    if rng.random() < 0.03:
        s = s.replace("  ", " ") + ("," if rng.random() < 0.5 else " ")
    return s


def _country_name(rng, cc, p=0.4):
    if rng.random() < p:
        n = COUNTRIES[cc]["names"]
        return n[0] if rng.random() < 0.6 else n[rng.randrange(len(n))]
    return ""


def _stype(rng, t, q):
    v = ST_VARIANTS.get(t, [t])
    return v[0] if rng.random() < 0.55 - 0.2 * q else v[rng.randrange(len(v))]


def _dirname(rng, name):
    first, _, rest = name.partition(" ")
    if rest and first in DIRS and rng.random() < 0.3:
        return DIRS[first] + " " + rest
    return name


def _unit_en(rng, unit, floor, style="us"):
    out = []
    if floor and rng.random() < 0.7:
        f = floor
        out.append([f"{ordinal(f)} Floor", f"Floor {f}", f"Fl {f}", f"{ordinal(f)} Fl.", f"Level {f}", f"{f}F"][rng.randrange(6 if style != "us" else 4)])
    if unit:
        k, n = unit
        if k == "suite":
            out.append([f"Suite {n}", f"Ste {n}", f"Ste. {n}", f"#{n}", f"Unit {n}", f"Office {n}"][rng.randrange(6 if style not in ("us", "ca") else 5)])
        elif k == "pmb":
            out.append([f"PMB {n}", f"#{n}", f"Box {n}", f"Unit {n}", f"PMB #{n}"][rng.randrange(5)])
        elif k == "apt":
            out.append(([f"Apt {n}", f"Apt. {n}", f"#{n}", f"Unit {n}"] if style in ("us", "ca") else [f"Flat {n}", f"Apartment {n}", f"Flat {n}", f"Apt {n}"])[rng.randrange(4)])
        elif k == "desk":
            out.append([f"Desk {n}", f"Office {n}", f"Premises No. {n}", f"Unit {n}"][rng.randrange(4)])
        else:
            out.append([f"Office {n}", f"Unit {n}", f"Suite {n}", f"Room {n}"][rng.randrange(4)])
    if len(out) == 2 and rng.random() < 0.5:
        out.reverse()
    return out


def render_address(rng, a, q):
    st = COUNTRIES[a["cc"]]["style"]
    fn = _ADDR_RENDER[st]
    s = fn(rng, a, q)
    s = _case(rng, s, q) if st not in ("cn", "jp", "kr", "tw") else s
    if rng.random() < 0.02:
        s = s.replace(" ", "  ", 1)
    return s.strip() if rng.random() < 0.97 else s


def _r_us(rng, a, q):
    cc = a["cc"]
    city = a["city"]
    name, t = a["street"][0], a["street"][1]
    name = _dirname(rng, name)
    tt = _stype(rng, t, q)
    street = f"{a['num']} {name} {tt}".strip() if a["num"] else f"{name} {tt}".strip()
    units = []
    ex = a.get("extra")
    if ex:
        if ex == "PMB":
            pass
        elif ex == "Suite":
            pass
        else:
            units.append(ex.replace("Ste", ["Ste", "Suite", "STE", "Ste."][rng.randrange(4)]) if ex.startswith("Ste") else ex)
    units += _unit_en(rng, a["unit"], a["floor"], "us")
    stt = city.get("st", "")
    if stt and rng.random() < 0.12:
        stt = US_STATES.get(stt, stt)
    pc = a["pc"]
    if pc and cc == "US" and rng.random() < 0.08:
        pc = pc + "-" + f"{(a['buid'] * 7919) % 10000:04d}"
    if pc and rng.random() < 0.12 + 0.1 * q:
        pc = ""
    if cc == "CA" and pc and rng.random() < 0.2:
        pc = pc.replace(" ", "")
    cityline = f"{city['n']}, {stt} {pc}".strip() if rng.random() < 0.8 else f"{city['n']} {stt} {pc}".strip()
    if cc == "CA" and units and a["unit"] and a["unit"][0] == "suite" and rng.random() < 0.35:
        street = f"{a['unit'][1]}-{street}"
        units = [u for u in units if a["unit"][1] not in u]
    if units and rng.random() < 0.7:
        first = [street + (", " if rng.random() < 0.6 else " ") + " ".join(units)]
    else:
        first = units + [street]
    return _join(rng, first + [cityline, _country_name(rng, cc, 0.35)], q)


def _r_gb(rng, a, q):
    cc = a["cc"]
    city = a["city"]
    name, t = a["street"][0], a["street"][1]
    tt = _stype(rng, t, q)
    num = a["num"]
    lines = []
    ex = a.get("extra")
    if ex:
        lines.append(ex)
    lines += _unit_en(rng, a["unit"], a["floor"], "gb")
    if num and not num[0].isdigit():
        lines.append(num)
        lines.append(f"{name} {tt}".strip())
    else:
        if "-" in num and rng.random() < 0.15:
            num = num.replace("-", " - " if rng.random() < 0.5 else "–")
        lines.append(f"{num} {name} {tt}".strip() if num else f"{name} {tt}".strip())
    if a.get("areaname") and rng.random() < 0.5:
        lines.append(a["areaname"])
    pc = a["pc"]
    r = rng.random()
    if r < 0.15:
        pc = pc.replace(" ", "")
    elif r < 0.2:
        pc = pc.lower()
    if cc == "IE":
        cityn = city["n"]
        if cityn == "Dublin" and pc[:1] == "D" and rng.random() < 0.5:
            cityn = f"Dublin {int(pc[1:3])}"
        if rng.random() < 0.35:
            pc = ""
        if rng.random() < 0.3:
            cityn = "Co. " + cityn if rng.random() < 0.3 else cityn
        lines += [cityn, pc]
    else:
        if rng.random() < 0.1:
            pc = ""
        if rng.random() < 0.6:
            lines += [city["n"], pc]
        else:
            lines.append(f"{city['n']} {pc}".strip())
    lines.append(_country_name(rng, cc, 0.35))
    return _join(rng, lines, q)


def _de_street(rng, a, q):
    name, suf = a["street"][0], a["street"][1]
    cc = a["cc"]
    if suf == "str":
        v = ["straße", "str.", "strasse", "Str.", "Straße"] if cc == "DE" else ["strasse", "str.", "Strasse"]
        s = v[0] if rng.random() < 0.5 else v[rng.randrange(len(v))]
        if s[0].isupper():
            s = " " + s
        street = name + s
    elif suf == "strasse":
        street = name + (["strasse", "str.", "Strasse"][rng.randrange(3)] if rng.random() < 0.4 else "strasse")
    elif suf.startswith(" "):
        w = suf.strip()
        if w == "Straße":
            w = ["Straße", "Str.", "Strasse", "straße"][rng.randrange(4)] if rng.random() < 0.5 else w
        elif w == "Allee" and rng.random() < 0.2:
            w = "Allee"
        street = name + " " + w
    else:
        street = name
    if rng.random() < 0.1 + 0.1 * q:
        street = de_fold(street) if rng.random() < 0.6 else fold(street)
    return street


def _r_de(rng, a, q):
    cc = a["cc"]
    city = a["city"]
    street = _de_street(rng, a, q)
    num = a["num"]
    if cc == "NL" and a["unit"] and rng.random() < 0.5:
        num = num + ["-", " ", "", "-"][rng.randrange(4)] + (a["unit"][1][:2] if a["unit"][1][:1].isdigit() else "A")
    line1 = f"{street} {num}".strip() if rng.random() < 0.93 else f"{num} {street}"
    lines = []
    if a.get("extra"):
        lines.append(a["extra"])
    if a["floor"] and cc != "NL" and rng.random() < 0.4:
        f = a["floor"]
        lines.append([f"{f}. OG", f"{f}. Etage", f"{f}. Stock", f"{ordinal(f)} floor"][rng.randrange(4)] if cc == "DE" else [f"{f}. Stock", f"{f}e étage", f"{ordinal(f)} floor"][rng.randrange(3)])
    elif a["floor"] and cc == "NL" and rng.random() < 0.3:
        lines.append([f"{a['floor']}e verdieping", f"{ordinal(a['floor'])} floor", f"verdieping {a['floor']}"][rng.randrange(3)])
    lines.insert(0, line1) if rng.random() < 0.8 else lines.append(line1)
    pc = a["pc"]
    cityn = city.get("loc", city["n"]) if rng.random() < 0.75 else city["n"]
    if cc == "CH" and "ü" in cityn and rng.random() < 0.3:
        cityn = cityn.replace("ü", "ue")
    if cityn == "Frankfurt am Main" and rng.random() < 0.4:
        cityn = ["Frankfurt", "Frankfurt/Main", "Frankfurt a.M.", "Frankfurt a. M."][rng.randrange(4)]
    if cc == "NL":
        r = rng.random()
        if r < 0.25:
            pc = pc.replace(" ", "")
        elif r < 0.3:
            pc = pc.lower().replace(" ", "")
    if rng.random() < 0.1:
        pc = {"DE": "D-", "CH": "CH-", "NL": "NL-"}[cc] + pc
    if rng.random() < 0.06:
        pc = ""
    lines.append(f"{pc} {cityn}".strip())
    lines.append(_country_name(rng, cc, 0.35))
    return _join(rng, lines, q)


def _r_fr(rng, a, q):
    t, name = a["street"]
    city = a["city"]
    tv = {"rue": ["rue", "Rue", "R."], "avenue": ["avenue", "Avenue", "av.", "Av."], "boulevard": ["boulevard", "Boulevard", "bd", "Bd"],
          "cours": ["cours", "Cours"], "quai": ["quai", "Quai"], "parvis": ["parvis", "Parvis"]}.get(t, [t])
    tt = tv[0] if rng.random() < 0.5 else tv[rng.randrange(len(tv))]
    nm = name
    if rng.random() < 0.15 + 0.1 * q:
        nm = fold(nm)
    if rng.random() < 0.2:
        nm = nm.title().replace("'O", "'o")
    num = a["num"]
    line1 = f"{num}{',' if rng.random() < 0.3 else ''} {tt} {nm}" if num else f"{tt} {nm}"
    lines = [line1]
    if a["floor"] and rng.random() < 0.3:
        lines.append([f"{a['floor']}e étage", f"{a['floor']}ème étage", f"étage {a['floor']}"][rng.randrange(3)])
    if a["unit"] and rng.random() < 0.3:
        lines.append(f"bureau {a['unit'][1]}")
    cityn = city.get("loc", city["n"])
    pc = a["pc"]
    if cityn == "Paris" and rng.random() < 0.15:
        cityn = f"Paris {int(pc[-2:]) if pc[-2:].isdigit() else ''}e".replace(" e", "")
    if rng.random() < 0.15:
        cityn = cityn.upper()
    lines.append(f"{pc} {cityn}".strip())
    lines.append(_country_name(rng, "FR", 0.3))
    return _join(rng, lines, q)


def _r_cy(rng, a, q):
    city = a["city"]
    lat, gr = a["street"]
    num = a["num"]
    greek = rng.random() < 0.12
    if greek:
        parts = [f"{gr} {num}".strip()]
        if a.get("extra"):
            parts.append(a["extra"])
        elif a["floor"]:
            parts.append(f"{a['floor']}ος όροφος")
        if a["unit"]:
            parts.append(f"Γραφείο {a['unit'][1]}")
        parts.append(f"{a['pc']} {city.get('loc', city['n'])}".strip())
        parts.append("Κύπρος" if rng.random() < 0.3 else "")
        return _join(rng, parts, q)
    street = lat
    if "Archiepiskopou" in street:
        street = ["Archiepiskopou Makariou III", "Arch. Makariou III", "Archbishop Makarios III Avenue", "Makariou III Ave", "Arch. Makarios III"][rng.randrange(5)]
    elif rng.random() < 0.3:
        street = street + [" Street", " Avenue", " Str.", " Ave"][rng.randrange(4)]
    r = rng.random()
    parts = []
    if r < 0.5:
        parts.append(f"{street}, {num}" if rng.random() < 0.4 else f"{street} {num}")
    else:
        parts.append(f"{num} {street}")
    if a.get("extra"):
        parts.append(a["extra"])
    parts += _unit_en(rng, a["unit"], a["floor"], "cy")
    pc = a["pc"]
    if rng.random() < 0.1:
        pc = "CY-" + pc
    cityn = city["n"]
    if cityn == "Limassol" and rng.random() < 0.15:
        cityn = "Lemesos"
    if cityn == "Nicosia" and rng.random() < 0.1:
        cityn = "Lefkosia"
    parts.append(f"{pc} {cityn}" if rng.random() < 0.6 else f"{cityn} {pc}")
    parts.append(_country_name(rng, "CY", 0.5))
    return _join(rng, parts, q)


def _r_sg(rng, a, q):
    cc = a["cc"]
    name, t = a["street"]
    tt = _stype(rng, t, q)
    street = f"{a['num']} {name} {tt}".strip()
    unit = a.get("extra") if a.get("spec") else None
    if not unit and (a["floor"] or a["unit"]):
        f = a["floor"] or rng.randrange(1, 30)
        u = a["unit"][1][-2:] if a["unit"] else f"{rng.randrange(1, 30):02d}"
        unit = f"#{f:02d}-{u}"
        if a["unit"] and a["unit"][0] in ("desk", "pmb"):
            unit = f"#{f:02d}-{a['unit'][1]}"
    elif unit and a["unit"]:
        unit = unit  # agent clients share the agent's unit
    if unit:
        r = rng.random()
        if r < 0.15:
            unit = unit.lstrip("#")
        elif r < 0.22:
            unit = "Unit " + unit.lstrip("#")
    bldg = a.get("areaname") if a.get("spec") else None
    pc = a["pc"]
    r = rng.random()
    if r < 0.55:
        pl = f"Singapore {pc}"
    elif r < 0.75:
        pl = f"Singapore ({pc})" if rng.random() < 0.3 else f"S{pc}"
    elif r < 0.9:
        pl = pc
    else:
        pl = "Singapore"
    parts = []
    if rng.random() < 0.7:
        parts.append(street + ((" " + unit) if unit and rng.random() < 0.4 else ""))
        if unit and unit not in parts[0]:
            parts.append(unit + ((" " + bldg) if bldg and rng.random() < 0.7 else ""))
        elif bldg and rng.random() < 0.6:
            parts.append(bldg)
    else:
        if unit:
            parts.append(unit)
        if bldg and rng.random() < 0.6:
            parts.append(bldg)
        parts.append(street)
    parts.append(pl)
    if "Singapore" not in pl and rng.random() < 0.3:
        parts.append("Singapore")
    return _join(rng, parts, q)


def _r_my(rng, a, q):
    city = a["city"]
    street = a["street"][0]
    if street.startswith("Jalan") and rng.random() < 0.35:
        street = street.replace("Jalan", ["Jln", "Jln.", "JALAN"][rng.randrange(3)], 1)
    if street.startswith("Persiaran") and rng.random() < 0.2:
        street = street.replace("Persiaran", "Psn.", 1)
    parts = []
    if a.get("extra"):
        ex = a["extra"]
        if rng.random() < 0.3:
            ex = ex.replace("Level", ["Lvl", "Tingkat", "Lvl."][rng.randrange(3)])
        parts.append(ex)
    if a["unit"] and not a.get("spec"):
        parts.append([f"Unit {a['floor'] or 1}-{a['unit'][1][-2:]}", f"Suite {a['unit'][1]}", f"Lot {a['floor'] or 1}.{a['unit'][1][-2:]}", f"No. {a['unit'][1]}"][rng.randrange(4)])
    if a["floor"] and not a.get("spec") and rng.random() < 0.5:
        parts.append([f"Level {a['floor']}", f"Tingkat {a['floor']}", f"Lvl {a['floor']}"][rng.randrange(3)])
    if a["unit"] and a.get("spec"):
        parts.append(f"Unit {a['unit'][1]}")
    parts.append(f"{a['num']}, {street}" if a["num"] and rng.random() < 0.5 else f"{a['num']} {street}".strip())
    cityn = city["n"]
    if cityn == "Kuala Lumpur":
        cityn = ["Kuala Lumpur", "Kuala Lumpur", "KL", "W.P. Kuala Lumpur", "Wilayah Persekutuan Kuala Lumpur"][rng.randrange(5)]
    pc = a["pc"] if rng.random() < 0.85 else ""
    parts.append(f"{pc} {cityn}".strip())
    if city.get("st") and rng.random() < 0.6:
        parts.append(city["st"] if rng.random() < 0.7 else "Selangor Darul Ehsan" if city["st"] == "Selangor" else "Pulau Pinang")
    parts.append(_country_name(rng, "MY", 0.4))
    return _join(rng, parts, q)


def _hk_unit_variants(rng, s):
    s2 = s
    if rng.random() < 0.4:
        import re as _re
        m = _re.search(r"(\d+)/F", s2)
        if m:
            f = m.group(1)
            s2 = s2.replace(m.group(0), [f"{ordinal(f)} Floor", f"{f}F", f"{f}/F.", f"{ordinal(f)} Flr"][rng.randrange(4)])
    if rng.random() < 0.3:
        for x, ys in (("Room", ["Rm", "Rm.", "Unit", "Flat"]), ("Flat", ["Flat/Rm", "Rm", "Unit"]), ("Unit", ["Rm", "Flat", "Suite"])):
            if s2.startswith(x):
                s2 = ys[rng.randrange(len(ys))] + s2[len(x):]
                break
    return s2


def _r_hk(rng, a, q):
    en, zh, dist_en, dist_zh = a["street"]
    num = a["num"]
    spec = a.get("spec")
    chinese = rng.random() < 0.12
    if spec:
        unit_en, bldg_en, unit_zh = a["extra"]
        bldg_zh = ""
    else:
        f = a["floor"] or 1
        k, u = a["unit"] or ("room", "G")
        if u.isalpha():
            unit_en = [f"Flat {u}, {f}/F", f"{f}/F, Flat {u}", f"Unit {u}, {f}/F"][rng.randrange(3)]
            unit_zh = f"{f}樓{u}室"
        else:
            unit_en = [f"Room {u}, {f}/F", f"Rm {u}, {f}/F", f"Unit {u}, {ordinal(f)} Floor", f"Flat {u} {f}/F"][rng.randrange(4)]
            unit_zh = f"{f}樓{u}室"
        b = a.get("bldg")
        bldg_en, bldg_zh = (b if b else ("", ""))
    if a["unit"] and spec:
        unit_en = f"{unit_en} ({a['unit'][1]})" if rng.random() < 0.2 else unit_en
    if chinese:
        region = "香港" if dist_en not in ("Tsim Sha Tsui", "Mong Kok", "Kwun Tong", "Cheung Sha Wan", "Lai Chi Kok") else "九龍"
        return f"{region if rng.random() < 0.7 else ''}{dist_zh}{zh}{num}號{bldg_zh}{unit_zh}"
    unit_en = _hk_unit_variants(rng, unit_en)
    if rng.random() < 0.15:
        en = en.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
    if rng.random() < 0.2:
        en = en.replace(" Central", " C.").replace("Queen's", "Queens")
    numpart = num if rng.random() < 0.75 else f"No. {num}"
    parts = [unit_en]
    if bldg_en:
        parts.append(bldg_en)
    parts.append(f"{numpart} {en}".strip())
    if rng.random() < 0.75:
        parts.append(dist_en)
    kow = dist_en in ("Tsim Sha Tsui", "Mong Kok", "Kwun Tong", "Cheung Sha Wan", "Lai Chi Kok")
    if kow and rng.random() < 0.5:
        parts.append("Kowloon")
    if rng.random() < 0.2:
        parts.append(unit_zh and "")
    parts.append(["Hong Kong", "Hong Kong", "HK", "Hong Kong SAR", "HONG KONG"][rng.randrange(5)] if rng.random() < 0.85 else "")
    return _join(rng, parts, q)


def _r_cn(rng, a, q):
    city = a["city"]
    zh, en, py = a["street"]
    num = a["num"]
    spec = a.get("spec")
    if spec:
        room_zh, room_en, zone_en, zone_zh = a["extra"]
        dist = None
    else:
        dist = a["district"]
        b = a["bldg"]
        if a["unit"]:
            room = a["unit"][1]
            room_zh = f"{b[0]}{room}室"
            room_en = f"Room {room}, {b[1]}" if rng.random() < 0.6 else f"Rm. {room}, {b[1]}"
        else:
            room_zh, room_en = b[0], b[1]
        zone_en = zone_zh = ""
    prov = city.get("prov")
    r = rng.random()
    if r < 0.5:
        cityz = city["loc"] + ("市" if rng.random() < 0.75 else "")
        provz = prov[1] if prov and rng.random() < 0.6 else ""
        dz = dist[1] if dist else ""
        s = f"{provz}{cityz}{dz}{zone_zh}{zh}{num}号{room_zh}"
        if a["unit"] and spec:
            s += f"（{a['unit'][1]}）" if rng.random() < 0.5 else ""
        if rng.random() < 0.1:
            s = "中国" + s
        if rng.random() < 0.15 and a["pc"]:
            s = s + " " + a["pc"] if rng.random() < 0.5 else a["pc"] + " " + s
        return s
    use_py = r > 0.85
    st = (f"{num} {py}" if rng.random() < 0.5 else f"No. {num}, {py}") if use_py else (f"No. {num} {en}" if rng.random() < 0.6 else f"{num} {en}")
    if not use_py and rng.random() < 0.3:
        st = st.replace("Road", "Rd.").replace("Avenue", "Ave.").replace("Street", "St.")
    parts = [room_en, st]
    if zone_en:
        parts.append(zone_en)
    if dist:
        parts.append(dist[0] + ([" District", " Dist.", " Qu", ""][rng.randrange(4)] if not dist[0].endswith("Area") else ""))
    parts.append(city["n"] + (" City" if rng.random() < 0.15 else ""))
    if prov and rng.random() < 0.5:
        parts.append(prov[0] + (" Province" if rng.random() < 0.4 else ""))
    if a["pc"] and rng.random() < 0.6:
        parts[-1] = parts[-1] + " " + a["pc"]
    parts.append(["China", "P.R. China", "PRC", "P.R.China", "People's Republic of China"][rng.randrange(5)] if rng.random() < 0.6 else "")
    return _join(rng, parts, q)


def _r_tw(rng, a, q):
    city = a["city"]
    zh, en = a["street"]
    num = a["num"]
    spec = a.get("spec")
    if spec:
        fz, fe = a["extra"]
        dist = ("Xinyi Dist.", "信義區") if "Xinyi" in en else (("Da'an Dist.", "大安區") if "Dunhua" in en else ("Neihu Dist.", "內湖區"))
    else:
        f = a["floor"]
        sub = a["unit"][1] if a["unit"] else None
        fz = f"{f}樓" + (f"之{sub}" if sub else "")
        fe = f"{f}F." + (f"-{sub}" if sub else "")
        dist = a["district"]
    if rng.random() < 0.35:
        cz = city["loc"]
        if rng.random() < 0.5:
            cz = cz.replace("台", "臺")
        pcz = a["pc"] + " " if rng.random() < 0.3 else ""
        return f"{pcz}{cz}{dist[1]}{zh}{num}號{fz}"
    if rng.random() < 0.4:
        fe = fe.replace("F.", ["F", "Fl.", "th Floor", "/F"][rng.randrange(4)])
    en2 = en
    if rng.random() < 0.3:
        en2 = en2.replace("Rd.", "Road").replace("Sec.", "Section").replace("S.", "South").replace("E.", "East")
    d = dist[0] if rng.random() < 0.7 else dist[0].replace("Dist.", "District")
    cityn = city["n"] + (" City" if rng.random() < 0.5 else "")
    tail = ["Taiwan (R.O.C.)", "Taiwan", "R.O.C.", "Taiwan, ROC", ""][rng.randrange(5)]
    return _join(rng, [fe, f"No. {num}", en2, d, f"{cityn} {a['pc']}".strip() if rng.random() < 0.7 else cityn, tail], q)


def _jp_kanji_num(n):
    n = int(n)
    if n <= 10:
        return KANJI_NUM[n] if n < 10 else "十"
    if n < 20:
        return "十" + (KANJI_NUM[n - 10] if n > 10 else "")
    return KANJI_NUM[n // 10] + "十" + (KANJI_NUM[n % 10] if n % 10 else "")


def _r_jp(rng, a, q):
    city = a["city"]
    ward_en, ward_ja, nb = a["street"]
    num = a["num"]
    spec = a.get("spec")
    if spec:
        room, b_en, b_ja = a["extra"]
        floor_s_ja = room
        floor_s_en = room
    else:
        b = a.get("bldg")
        b_en, b_ja = b if b else ("", "")
        floor_s_ja = f"{a['floor']}F" if rng.random() < 0.6 else f"{a['floor']}階"
        floor_s_en = f"{a['floor']}F"
    pc = a["pc"]
    if rng.random() < 0.5:
        c, ban, go = num.split("-")
        if rng.random() < 0.25:
            addrnum = f"{_jp_kanji_num(c)}丁目{ban}番{go}号"
        elif rng.random() < 0.2:
            addrnum = f"{c}丁目{ban}-{go}"
        else:
            addrnum = num
        if rng.random() < 0.1:
            addrnum = addrnum.translate(FW)
        pre = (f"〒{pc} " if rng.random() < 0.5 else "") if pc else ""
        s = f"{pre}{city['loc']}{ward_ja}{nb[1]}{addrnum}"
        if b_ja:
            s += (" " if rng.random() < 0.6 else "") + b_ja
        s += ((" " if rng.random() < 0.5 else "") + floor_s_ja) if floor_s_ja else ""
        return s
    ward = ward_en
    r = rng.random()
    if r < 0.25:
        ward = ward_en.replace("-ku", " City")
    elif r < 0.35:
        ward = ward_en.replace("-ku", "-Ku")
    elif r < 0.45:
        ward = ward_en.replace("-ku", "ku")
    parts = []
    if b_en:
        parts.append(f"{b_en} {floor_s_en}" if rng.random() < 0.7 else f"{floor_s_en} {b_en}")
    elif floor_s_en:
        parts.append(floor_s_en)
    parts.append(f"{num} {nb[0]}")
    parts.append(ward)
    cn = city["n"] + ("-to" if city["n"] == "Tokyo" and rng.random() < 0.15 else "")
    parts.append(f"{cn} {pc}" if pc and rng.random() < 0.7 else cn)
    parts.append(_country_name(rng, "JP", 0.5))
    return _join(rng, parts, q)


def _r_kr(rng, a, q):
    city = a["city"]
    ko, en = a["street"]
    num = a["num"]
    spec = a.get("spec")
    if spec:
        fk, fe = a["extra"]
        dist = ("Gangnam-gu", "강남구") if "Teheran" in en else (("Bundang-gu", "분당구") if "Pangyo" in en else ("Mapo-gu", "마포구"))
    else:
        dist = a["district"]
        fk = f"{a['floor']}층"
        fe = f"{a['floor']}F" if rng.random() < 0.6 else f"{ordinal(a['floor'])} Floor"
        if a["unit"] and rng.random() < 0.5:
            fk += f" {a['unit'][1]}호"
            fe = f"#{a['unit'][1]}, " + fe if rng.random() < 0.5 else fe + f" Suite {a['unit'][1]}"
    if rng.random() < 0.45:
        cz = city["loc"]
        if cz == "서울특별시" and rng.random() < 0.4:
            cz = "서울"
        s = f"{cz} {dist[1]} {ko} {num}"
        if fk:
            s += (", " if rng.random() < 0.6 else " ") + fk
        if rng.random() < 0.15 and a["pc"]:
            s = f"({a['pc']}) " + s
        return s
    en2 = en
    if rng.random() < 0.2:
        en2 = en2.replace("-ro", " ro").replace("-daero", "daero")
    d = dist[0] if rng.random() < 0.8 else dist[0].replace("-gu", " District").replace("-", " ")
    cityn = city["n"] + ([", Gyeonggi-do", ""][rng.randrange(2)] if city["n"] == "Seongnam" else "")
    parts = [fe, f"{num}, {en2}" if rng.random() < 0.5 else f"{num} {en2}", d, cityn]
    if a["pc"] and rng.random() < 0.5:
        parts.append(a["pc"])
    parts.append(["Republic of Korea", "South Korea", "Korea", "KOREA", ""][rng.randrange(5)])
    return _join(rng, parts, q)


def _r_ae(rng, a, q):
    city = a["city"]
    spec = a.get("spec")
    parts = []
    if spec:
        b1, b2 = a["extra"]
        if a["unit"]:
            parts += _unit_en(rng, a["unit"], None, "ae")
        parts.append(b1)
        if b2:
            parts.append(b2)
        if a["street"][0]:
            parts.append(a["street"][0])
        if a.get("areaname") and rng.random() < 0.6:
            parts.append(a["areaname"])
        cityn = city["n"]
    else:
        parts += _unit_en(rng, a["unit"], a["floor"] if rng.random() < 0.4 else None, "ae")
        parts.append(a["bldg"])
        if rng.random() < 0.5:
            parts.append(a["street"][0])
        parts.append(a["areaname"])
        cityn = city["n"]
        if a.get("pobox") and rng.random() < 0.6:
            pb = [f"P.O. Box {a['pobox']}", f"PO Box {a['pobox']}", f"P.O.Box: {a['pobox']}", f"POB {a['pobox']}"][rng.randrange(4)]
            if rng.random() < 0.5:
                parts = [pb]
            else:
                parts.append(pb)
    parts.append(cityn)
    parts.append(["UAE", "United Arab Emirates", "U.A.E", "U.A.E.", ""][rng.randrange(5)])
    s = _join(rng, parts, q)
    if rng.random() < 0.1:
        s = s.replace(", UAE", " - UAE").replace(", United Arab Emirates", " - United Arab Emirates")
    return s


RU_TYPES = {"ul": (["ул.", "улица"], ["ul.", "ulitsa", "st.", "Street", "str."]),
            "pr": (["пр-т", "проспект", "пр."], ["pr.", "prospekt", "Ave", "Avenue", "pr-t"]),
            "nab": (["наб.", "набережная"], ["nab.", "naberezhnaya", "emb.", "Embankment"])}
CITY_ALT = {"Astana": ["Astana", "Nur-Sultan", "Astana", "Астана"], "Almaty": ["Almaty", "Almaty", "Alma-Ata"],
            "Saint Petersburg": ["Saint Petersburg", "St. Petersburg", "St Petersburg", "Sankt-Peterburg"], "Moscow": ["Moscow", "Moskva", "Moscow"]}


def _r_ru(rng, a, q):
    cc = a["cc"]
    city = a["city"]
    name, t = a["street"]
    num = a["num"]
    cyr = rng.random() < (0.6 if cc == "RU" else 0.5)
    tcy, tla = RU_TYPES.get(t, (["ул."], ["ul."]))
    unit = a["unit"]
    if cyr:
        tt = tcy[0] if rng.random() < 0.6 else tcy[rng.randrange(len(tcy))]
        st = f"{tt} {name}" if rng.random() < 0.6 else f"{name} {tt}"
        parts = []
        pcfirst = rng.random() < 0.5
        if pcfirst and a["pc"]:
            parts.append(a["pc"])
        cityn = city.get("loc", city["n"])
        if cityn == "Астана" and rng.random() < 0.2:
            cityn = "Нур-Султан"
        parts.append(("г. " if rng.random() < 0.7 else "") + cityn)
        parts.append(st)
        parts.append((["д. ", "дом ", ""][rng.randrange(3)]) + num + ((["стр. ", "с", "/"][rng.randrange(3)] + a["corp"]) if a.get("corp") else ""))
        if a["floor"] and rng.random() < 0.3:
            parts.append(f"эт. {a['floor']}")
        if unit:
            k, n = unit
            parts.append((["оф. ", "офис ", "пом. ", "помещение ", "кв. "][rng.randrange(4) if k != "apt" else 4]) + n)
        if not pcfirst and a["pc"] and rng.random() < 0.5:
            parts.append(a["pc"])
        return _join(rng, parts, q)
    sch = wpick(rng, {"pop": 4, "bgn": 3, "icao": 2})
    nm = " ".join(translit(w, sch) for w in name.split(" "))
    if nm.endswith("aya") and rng.random() < 0.2:
        nm = nm[:-3] + "aia"
    tt = tla[0] if rng.random() < 0.4 else tla[rng.randrange(len(tla))]
    st = f"{nm} {tt}" if rng.random() < 0.6 else f"{tt} {nm}"
    parts = []
    if rng.random() < 0.6:
        parts.append(f"{num}{('-' + a['corp']) if a.get('corp') else ''} {st}" if rng.random() < 0.5 else f"{st}, {num}{(' bld. ' + a['corp']) if a.get('corp') else ''}")
    else:
        parts.append(f"{st} {num}")
    if unit:
        parts.append((["office ", "of. ", "room ", "apt. "][rng.randrange(3) if unit[0] != "apt" else 3]) + unit[1])
    alts = CITY_ALT.get(city["n"], [city["n"]])
    cityn = alts[0] if rng.random() < 0.6 else alts[rng.randrange(len(alts))]
    parts.append(cityn)
    if a["pc"] and rng.random() < 0.6:
        parts.append(a["pc"])
    parts.append(_country_name(rng, cc, 0.5))
    return _join(rng, parts, q)


def _r_tr(rng, a, q):
    city = a["city"]
    name, t = a["street"]
    tv = {"Cad": ["Cad.", "Caddesi", "Cd.", "Cad"], "Sok": ["Sok.", "Sokak", "Sk."], "Blv": ["Blv.", "Bulvarı", "Bulv.", "Blvd."], "": [""]}[t]
    tt = tv[0] if rng.random() < 0.5 else tv[rng.randrange(len(tv))]
    num = a["num"]
    nos = [f"No:{num}", f"No: {num}", f"No.{num}", f"No {num}", f"No:{num}"][rng.randrange(5)]
    parts = [f"{name} {tt} {nos}".replace("  ", " ")]
    if a["floor"] and rng.random() < 0.6:
        parts[-1] += " " + [f"Kat:{a['floor']}", f"K:{a['floor']}", f"Kat {a['floor']}", f"{a['floor']}. Kat"][rng.randrange(4)]
    if a["unit"] and rng.random() < 0.5:
        parts[-1] += " " + [f"D:{a['unit'][1]}", f"Daire:{a['unit'][1]}", f"D.{a['unit'][1]}", f"No:{a['unit'][1]}"][rng.randrange(4)]
    if a.get("extra"):
        parts.append(a["extra"])
    dist = a.get("district") or ("Sarıyer" if "Büyükdere" in name else "Beşiktaş")
    cityn = city.get("loc", city["n"])
    pc = a["pc"]
    r = rng.random()
    if r < 0.5:
        parts.append(f"{pc} {dist}/{cityn}".strip())
    elif r < 0.8:
        parts += [dist, f"{cityn} {pc}".strip()]
    else:
        parts += [f"{dist} - {cityn}"]
    parts.append(_country_name(rng, "TR", 0.35))
    s = _join(rng, parts, q)
    if rng.random() < 0.25 + 0.2 * q:
        s = fold(s)
    return s


def _r_in(rng, a, q):
    city = a["city"]
    name, t = a["street"]
    tt = _stype(rng, t, q)
    parts = []
    if a.get("extra"):
        parts.append(a["extra"])
    if a["unit"] and not a.get("spec"):
        n = a["unit"][1]
        parts.append([f"No. {n}", f"#{n}", f"Flat {n}", f"Plot No. {n}", f"Office {n}"][rng.randrange(5)])
    if a["floor"] and rng.random() < 0.6:
        f = a["floor"]
        parts.append([f"{ordinal(f)} Floor", f"{ordinal(f)} Flr", f"Floor {f}", f"{ordinal(f)} floor"][rng.randrange(4)])
    num = a["num"]
    parts.append(f"{num} {name} {tt}".strip() if num else f"{name} {tt}".strip())
    if a.get("areaname") and rng.random() < 0.8:
        parts.append(a["areaname"])
    cityn = city["n"] if rng.random() < 0.65 else city.get("alt", city["n"])
    pc = a["pc"]
    r = rng.random()
    if r < 0.4:
        parts.append(f"{cityn} - {pc}" if rng.random() < 0.5 else f"{cityn} {pc}")
    elif r < 0.8:
        parts += [cityn, f"{city['st']} {pc}" if rng.random() < 0.7 else f"{city['st']} {pc[:3]} {pc[3:]}"]
    else:
        parts += [cityn, city["st"]]
    parts.append(_country_name(rng, "IN", 0.4))
    return _join(rng, parts, q)


def _r_vn(rng, a, q):
    city = a["city"]
    spec = a.get("spec")
    if spec:
        bldg = a["num"]
        street = a["street"]
        num = "2"
        f_vi, f_en = a["extra"]
        dist = city["districts"][0]
    else:
        bldg = a.get("bldg")
        street = a["street"]
        num = a["num"]
        f = a["floor"]
        f_vi = f"Tầng {f}" if f else ""
        f_en = f"{ordinal(f)} Floor" if f else ""
        dist = a["district"]
    if rng.random() < 0.4:
        cityn = city["loc"]
        if "Hồ Chí Minh" in cityn:
            cityn = ["TP. Hồ Chí Minh", "TP.HCM", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh"][rng.randrange(4)]
        d = dist[1]
        if rng.random() < 0.3:
            d = d.replace("Quận ", "Q.").replace("Quận", "Q.")
        return _join(rng, [f_vi, bldg or "", f"{num} {street}", d, cityn], q)
    st = fold(street)
    parts = [f_en, fold(bldg).replace("Toa nha ", "").replace("Cao oc ", "") + (" Building" if rng.random() < 0.5 else "") if bldg else "",
             f"{num} {st}" + (" Street" if rng.random() < 0.5 else (" St." if rng.random() < 0.5 else "")), dist[0]]
    cityn = city["n"]
    if cityn == "Ho Chi Minh City":
        cityn = ["Ho Chi Minh City", "HCMC", "Ho Chi Minh", "HCM City", "Saigon"][rng.randrange(5)]
    parts += [cityn, _country_name(rng, "VN", 0.5)]
    return _join(rng, parts, q)


def _r_il(rng, a, q):
    city = a["city"]
    name, t, he = a["street"]
    num = a["num"]
    if rng.random() < 0.08:
        cityh = {"Tel Aviv": "תל אביב-יפו", "Herzliya": "הרצליה", "Haifa": "חיפה"}[city["n"]]
        return f"{he} {num}, {cityh}"
    tv = {"Blvd": ["Blvd", "Boulevard", "Blvd.", "Sderot"], "Rd": ["Rd", "Road", "Derech", "Rd."], "St": ["St", "Street", "St.", ""], "": [""]}[t]
    tt = tv[0] if rng.random() < 0.5 else tv[rng.randrange(len(tv))]
    if tt in ("Sderot", "Derech"):
        st = f"{tt} {name}"
    else:
        st = f"{name} {tt}".strip()
    parts = []
    if a.get("extra"):
        parts.append(a["extra"])
    parts += _unit_en(rng, a["unit"], a["floor"], "il")
    parts.insert(0, f"{st} {num}") if rng.random() < 0.5 else parts.insert(0, f"{num} {st}")
    cityn = [city["n"], city.get("alt", city["n"]), city["n"].replace(" ", "-")][rng.randrange(3)]
    pc = a["pc"] if rng.random() < 0.5 else ""
    parts.append(f"{cityn} {pc}".strip())
    parts.append(_country_name(rng, "IL", 0.45))
    return _join(rng, parts, q)


_ADDR_RENDER = {"us": _r_us, "ca": _r_us, "gb": _r_gb, "ie": _r_gb, "de": _r_de, "ch": _r_de, "nl": _r_de, "fr": _r_fr,
                "cy": _r_cy, "sg": _r_sg, "my": _r_my, "hk": _r_hk, "cn": _r_cn, "tw": _r_tw, "jp": _r_jp, "kr": _r_kr,
                "ae": _r_ae, "ru": _r_ru, "kz": _r_ru, "tr": _r_tr, "in": _r_in, "vn": _r_vn, "il": _r_il}

# =====================================================================
# phones
# =====================================================================

def make_phone(g, cc, kind="any", types=None):
    """kind: mobile|fixed|any. Canonical = (cc, national significant number)."""
    rng = g.rng
    spec = COUNTRIES[cc]["phone"]
    ph = {"uid": g.next_uid(), "cc": cc, "ext": None, "distinct": True, "kind": kind}
    if spec.get("nanp"):
        city = COUNTRIES[cc]["cities"][rng.randrange(len(COUNTRIES[cc]["cities"]))]
        area = city["area"][rng.randrange(len(city["area"]))]
        ph["area"] = area
        ph["sub"] = str(rng.randrange(2, 10)) + pat(rng, "######")
        ph["chunks"] = [3, 4]
        return ph
    tps = spec["types"]
    cand = []
    for t in tps:
        mob = t[0][0] in "789" and cc not in ("US", "CA") or (cc in ("CN",) and t[0][0] == "1") or (cc == "HK" and t[0][0] in "569") or \
            (cc == "SG" and t[0][0] in "89") or (cc == "KR" and t[0] == "10") or (cc == "FR" and t[0] in ("6", "7")) or \
            (cc == "AE" and t[0][0] == "5") or (cc == "IL" and t[0][0] == "5") or (cc == "TR" and t[0][0] == "5") or \
            (cc == "MY" and t[0][0] == "1") or (cc == "DE" and t[0][0] == "1") or (cc == "NL" and t[0] == "6") or \
            (cc == "CY" and t[0][0] == "9") or (cc == "RU" and t[0][0] == "9") or (cc == "VN" and t[0][0] in "93") or \
            (cc == "JP" and t[0] in ("90", "80", "70")) or (cc == "TW" and t[0][0] == "9")
        if cc == "IN":
            mob = t[0][0] in "789" and len(t[0]) == 5
        if kind == "mobile" and not mob or kind == "fixed" and mob:
            continue
        cand.append(t)
    if not cand:
        cand = tps
    t = WT(cand, [x[3] for x in cand]).pick(rng)
    area = pat(rng, t[0])
    sub = pat(rng, "#" * t[1])
    if sub[0] == "0" and t[1] > 4:
        sub = str(rng.randrange(2, 10)) + sub[1:]
    ph["area"] = area
    ph["sub"] = sub
    ph["chunks"] = t[2]
    return ph


def _chunk(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def render_phone(rng, ph, q):
    if "junk" in ph:
        return ph["junk"]
    cc = ph["cc"]
    spec = COUNTRIES[cc]["phone"]
    ccode, trunk = spec["cc"], spec["trunk"]
    area, sub = ph["area"], ph["sub"]
    groups = ([area] if area else []) + _chunk(sub, ph["chunks"])
    nsn = area + sub
    if spec.get("nanp"):
        f = wpick(rng, {"(a) b-c": 30, "a-b-c": 20, "a.b.c": 5, "+1 a b c": 12, "+1-a-b-c": 5, "1-a-b-c": 5, "+1 (a) b-c": 8, "e164": 10, "raw": 5})
        a, b, c = area, sub[:3], sub[3:]
        s = {"(a) b-c": f"({a}) {b}-{c}", "a-b-c": f"{a}-{b}-{c}", "a.b.c": f"{a}.{b}.{c}", "+1 a b c": f"+1 {a} {b} {c}",
             "+1-a-b-c": f"+1-{a}-{b}-{c}", "1-a-b-c": f"1-{a}-{b}-{c}", "+1 (a) b-c": f"+1 ({a}) {b}-{c}", "e164": f"+1{nsn}", "raw": nsn}[f]
    else:
        w = {"e164": 14, "intl": 26, "intl_dash": 5, "00": 5, "nat": 30, "nat_compact": 8, "nocc": 3}
        if trunk == "0":
            w["intl_paren0"] = 6
        if cc in ("RU", "KZ"):
            w["ru"] = 25
        if area:
            w["nat_paren"] = 6
        f = wpick(rng, w)
        sep = " " if rng.random() < 0.6 else ("-" if rng.random() < 0.7 else "")
        if f == "e164":
            s = f"+{ccode}{nsn}"
        elif f == "intl":
            s = f"+{ccode} " + " ".join(groups)
        elif f == "intl_dash":
            s = f"+{ccode}-" + "-".join(groups)
        elif f == "00":
            s = f"00{ccode} " + " ".join(groups)
        elif f == "nocc":
            s = f"{ccode} " + " ".join(groups)
        elif f == "intl_paren0":
            s = f"+{ccode} (0){groups[0]} " + " ".join(groups[1:])
        elif f == "nat_paren":
            s = f"({trunk}{groups[0]}) " + sep.join(groups[1:])
        elif f == "ru":
            s = rng.choice([f"8 ({area}) ", f"+7 ({area}) ", f"8-{area}-"]) + "-".join(_chunk(sub, [3, 2, 2]) if len(sub) == 7 else _chunk(sub, [2, 2, 2]))
        elif f == "nat_compact":
            s = f"{trunk}{nsn}"
        else:
            s = trunk + sep.join(groups)
        if cc == "JP" and rng.random() < 0.05:
            s = s.translate(FW)
    if ph.get("ext"):
        e = ph["ext"]
        s += [f" ext. {e}", f" x{e}", f" ext {e}", f" #{e}", f", ext.{e}", f" (ext {e})"][rng.randrange(6)]
    if rng.random() < 0.01:
        s = " " + s
    return s


JUNK_PHONES = ["0000000000", "1234567890", "+1 000 000 0000", "123456", "n/a", "-", "000", "+00000000000", "9999999999", "N/A"]

# =====================================================================
# registration ids
# =====================================================================

def _luhn_like(digits):
    return str(sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10)


def make_regid(g, cc):
    rng = g.rng
    k = COUNTRIES[cc]["reg"]
    r = {"uid": g.next_uid(), "cc": cc, "k": k}
    if k == "us":
        r["v"] = {"ein": pat(rng, "##") + pat(rng, "#######")} if rng.random() < 0.7 else {"file": str(rng.randrange(3000000, 7999999))}
    elif k == "ca":
        r["v"] = {"bn": str(rng.randrange(700000000, 899999999))}
    elif k == "gb":
        r["v"] = {"crn": f"{rng.randrange(9000000, 15999999):08d}" if rng.random() < 0.92 else "SC" + str(rng.randrange(400000, 799999))}
    elif k == "ie":
        r["v"] = {"cro": str(rng.randrange(500000, 760000))}
    elif k == "de":
        city = ["Berlin (Charlottenburg)", "München", "Hamburg", "Frankfurt am Main"][rng.randrange(4)]
        r["v"] = {"hrb": str(rng.randrange(100000, 260000) if "Berlin" in city else rng.randrange(10000, 290000)), "court": city}
    elif k == "nl":
        r["v"] = {"kvk": str(rng.randrange(50000000, 99999999))}
    elif k == "fr":
        r["v"] = {"siren": str(rng.randrange(300000000, 999999999)), "nic": f"{rng.randrange(1, 60):05d}"}
    elif k == "ch":
        r["v"] = {"uid": str(rng.randrange(100000000, 499999999))}
    elif k == "cy":
        r["v"] = {"he": str(rng.randrange(300000, 459999))}
    elif k == "sg":
        r["v"] = {"uen": str(rng.randrange(2005, 2025)) + f"{rng.randrange(0, 99999):05d}" + "ABCDEGHJKMNRWZ"[rng.randrange(14)]}
    elif k == "my":
        yr = rng.randrange(2019, 2025)
        r["v"] = {"new": f"{yr}01{rng.randrange(0, 999999):06d}", "old": f"{rng.randrange(1300000, 1560000)}-{'ABCDEFGHKMPTUVWX'[rng.randrange(16)]}"}
    elif k == "hk":
        r["v"] = {"cr": str(rng.randrange(2500000, 3400000))}
    elif k == "cn":
        region = ["440300", "110108", "310115", "330106", "440106", "510109"][rng.randrange(6)]
        body = "".join("0123456789ABCDEFGHJKLMNPQRTUWXY"[rng.randrange(31)] for _ in range(9))
        r["v"] = {"uscc": "91" + region + ("MA" + body[2:] if rng.random() < 0.6 else body) + "0123456789ABCDEFGHJKLMNPQRTUWXY"[rng.randrange(31)]}
    elif k == "tw":
        r["v"] = {"ubn": f"{rng.randrange(10000000, 99999999)}"}
    elif k == "jp":
        r["v"] = {"cn": str(rng.randrange(1, 10)) + pat(rng, "############")}
    elif k == "kr":
        r["v"] = {"brn": pat(rng, "###") + pat(rng, "##") + pat(rng, "#####")}
    elif k == "ae":
        r["v"] = {"lic": str(rng.randrange(1000000, 5999999))} if rng.random() < 0.6 else {"fz": str(rng.randrange(10000, 99999))}
    elif k == "ru":
        reg = ["77", "78", "54", "16", "50"][rng.randrange(5)]
        r["v"] = {"ogrn": str(rng.choice([1, 5])) + str(rng.randrange(15, 24)) + reg + pat(rng, "########"),
                  "inn": reg + pat(rng, "########")}
    elif k == "kz":
        r["v"] = {"bin": f"{rng.randrange(10, 24):02d}{rng.randrange(1, 13):02d}4" + pat(rng, "#######")}
    elif k == "tr":
        r["v"] = {"vkn": pat(rng, "##########"), "vd": ["Kozyatağı", "Zincirlikuyu", "Beşiktaş", "Kavacık", "Çankaya"][rng.randrange(5)]}
    elif k == "in":
        st = ["KA", "MH", "HR", "TG", "TN", "DL"][rng.randrange(6)]
        r["v"] = {"cin": f"U{['72900', '72200', '74999', '62099'][rng.randrange(4)]}{st}{rng.randrange(2012, 2025)}PTC{rng.randrange(100000, 999999)}"}
    elif k == "vn":
        r["v"] = {"mst": "0" + pat(rng, "#########")}
    elif k == "il":
        r["v"] = {"cn": "51" + pat(rng, "#######")}
    r["kind"] = list(r["v"].keys())[0] if k not in ("ru", "my") else (("ogrn" if rng.random() < 0.6 else "inn") if k == "ru" else "new")
    return r


def render_regid(rng, r, q, kind=None):
    if "junk" in r:
        return r["junk"]
    k = r["k"]
    v = r["v"]
    kind = kind or r["kind"]
    R = rng.random()
    if k == "us":
        if "ein" in v:
            e = v["ein"]
            return [f"{e[:2]}-{e[2:]}", e, f"EIN {e[:2]}-{e[2:]}", f"EIN: {e}", f"{e[:2]} {e[2:]}"][int(R * 5)]
        f = v["file"]
        return [f, f"DE {f}", f"File No. {f}", f"Delaware #{f}"][int(R * 4)]
    if k == "ca":
        b = v["bn"]
        return [b, f"{b}RC0001", f"BN {b}", f"{b[:3]} {b[3:6]} {b[6:]}", f"{b} RC 0001"][int(R * 5)]
    if k == "gb":
        c = v["crn"]
        if c.startswith("SC"):
            return [c, f"SC {c[2:]}", c.lower(), f"Company No. {c}"][int(R * 4)]
        forms = [c, c.lstrip("0"), f"Company No. {c}", f"CRN: {c}", f"{c[:2]} {c[2:5]} {c[5:]}", f"Reg. No. {c}"]
        return forms[int(R * len(forms))]
    if k == "ie":
        c = v["cro"]
        return [c, f"CRO {c}", f"CRO No. {c}", f"IE{c}"][int(R * 4)]
    if k == "de":
        h, court = v["hrb"], v["court"]
        cs = court.split(" (")[0]
        forms = [f"HRB {h}", f"HRB{h}", f"HRB {h} B" if "Berlin" in court else f"HRB {h}", f"Amtsgericht {cs}, HRB {h}",
                 f"{cs} HRB {h}", f"AG {cs} HRB {h}", h, f"HR B {h}"]
        return forms[int(R * len(forms))]
    if k == "nl":
        c = v["kvk"]
        return [c, f"KvK {c}", f"KVK-nummer: {c}", f"{c[:4]} {c[4:]}", f"KvK-nr. {c}", f"CoC {c}"][int(R * 6)]
    if k == "fr":
        s, nic = v["siren"], v["nic"]
        forms = [s, f"{s[:3]} {s[3:6]} {s[6:]}", f"RCS Paris {s[:3]} {s[3:6]} {s[6:]}", f"SIREN {s}", f"{s} {nic}", f"{s[:3]} {s[3:6]} {s[6:]} {nic}", f"SIRET {s}{nic}"]
        return forms[int(R * len(forms))]
    if k == "ch":
        u = v["uid"]
        return [f"CHE-{u[:3]}.{u[3:6]}.{u[6:]}", f"CHE{u}", f"CHE-{u}", f"CHE-{u[:3]}.{u[3:6]}.{u[6:]} MWST", f"CHE {u[:3]} {u[3:6]} {u[6:]}"][int(R * 5)]
    if k == "cy":
        h = v["he"]
        return [f"HE {h}", f"HE{h}", f"ΗΕ {h}", f"HE-{h}", f"H.E. {h}", h, f"ΗΕ{h}"][int(R * 7)]
    if k == "sg":
        u = v["uen"]
        return [u, f"{u[:-1]}-{u[-1]}", f"UEN {u}", u.lower(), f"UEN: {u}"][int(R * 5)]
    if k == "my":
        n, o = v["new"], v["old"]
        if kind == "old":
            return [o, o.replace("-", ""), f"({o})"][int(R * 3)]
        return [n, f"{n} ({o})", f"{n} [{o}]", f"Reg. No. {n}", f"{n[:4]} {n[4:6]} {n[6:]}"][int(R * 5)]
    if k == "hk":
        c = v["cr"]
        return [c, f"CR No. {c}", f"0{c}", f"CR {c}", f"Company No.: {c}"][int(R * 5)]
    if k == "cn":
        u = v["uscc"]
        return [u, u, u.lower(), f"统一社会信用代码：{u}", f"USCC: {u}", f"{u[:6]} {u[6:12]} {u[12:]}"][int(R * 6)]
    if k == "tw":
        u = v["ubn"]
        return [u, f"統編 {u}", f"統一編號：{u}", f"UBN {u}", f"Tax ID {u}"][int(R * 5)]
    if k == "jp":
        c = v["cn"]
        return [c, f"T{c}", f"{c[0]}-{c[1:5]}-{c[5:9]}-{c[9:]}", f"法人番号 {c}", f"T-{c}"][int(R * 5)]
    if k == "kr":
        b = v["brn"]
        return [f"{b[:3]}-{b[3:5]}-{b[5:]}", b, f"사업자등록번호 {b[:3]}-{b[3:5]}-{b[5:]}", f"BRN {b[:3]}-{b[3:5]}-{b[5:]}"][int(R * 4)]
    if k == "ae":
        if "lic" in v:
            l = v["lic"]
            return [f"CN-{l}", f"CN{l}", l, f"Licence No. CN-{l}", f"License {l}"][int(R * 5)]
        f = v["fz"]
        return [f, f"FZ-{f}", f"License No. {f}", f"{f}/2023" if R < 0.9 else f"IFZA-{f}"][int(R * 4)]
    if k == "ru":
        if kind == "inn":
            i = v["inn"]
            return [i, f"ИНН {i}", f"INN {i}", f"ИНН: {i}", f"INN: {i}"][int(R * 5)]
        o = v["ogrn"]
        return [o, f"ОГРН {o}", f"OGRN {o}", f"ОГРН: {o}", f"OGRN: {o}"][int(R * 5)]
    if k == "kz":
        b = v["bin"]
        return [b, f"БИН {b}", f"BIN {b}", f"BIN: {b[:4]} {b[4:8]} {b[8:]}", f"БИН: {b}"][int(R * 5)]
    if k == "tr":
        n, vd = v["vkn"], v["vd"]
        return [n, f"VKN: {n}", f"Vergi No {n}", f"{vd} V.D. {n}", f"{fold(vd)} VD {n}"][int(R * 5)]
    if k == "in":
        c = v["cin"]
        return [c, c.lower(), f"CIN: {c}", f"CIN {c}", c[:1] + " " + c[1:]][int(R * 5)]
    if k == "vn":
        m = v["mst"]
        return [m, f"MST: {m}", f"Mã số thuế: {m}", f"Tax code {m}", f"MST {m}"][int(R * 5)]
    if k == "il":
        c = v["cn"]
        return [c, f"{c[:2]}-{c[2:8]}-{c[8:]}", f"ח.פ. {c}", f"Reg. No. {c}", f"{c[:2]}-{c[2:]}"][int(R * 5)]
    return str(v)


JUNK_REGIDS = ["N/A", "n/a", "-", "none", "0", "000000", "pending", "TBC", "applied", "NA", "none yet", "123456789", "."]

# =====================================================================
# company names
# =====================================================================

PRE = ("Nova Quant Zen Lumi Vex Astra Cor Syn Neur Deep Tensor Hyper Omni Prism Vertex Helio Strato Cyber Cogni Aeon "
       "Quanta Vela Orbi Xeno Kairo Arca Lyra Nimbus Zeta Sigma Nexo Axio Vanta Pyra Terra Aqua Ferro Lucid Sol Velo "
       "Ion Onyx Echo Crest Alta Vira Meri Bright Blue Silver North Red Green Iron Clear True Swift Open Bold Next "
       "Core Data Cloud Mind Grid Flux Node Byte Bit Edge Hex Kin Arc Vector Pixel Photon Graph Logic Opti").split()
SUF = ("net tek ware logic mind scale flow forge stack works bridge point path sphere wave labs ly fy io ora ix ex on "
       "ion ium ara ent ica via sys ai ops base core hub verse mark gen cast field stone peak line rock nova mesh").split()
ONSET = ["b", "c", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "cr", "dr", "tr", "st", "th", "qu", "x", "h", "j"]
VOWEL = ["a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea"]
CODA = ["", "", "", "n", "r", "s", "x", "l", "m", "nt", "th"]
ADJ = "Silver Blue Golden Northern Bright Red Clear Deep Open Swift Quiet Bold Iron Crystal Summit Harbor Lake Pine Cedar Falcon".split()
NOUN = "Lake Peak Harbor Ridge River Bridge Stone Field Wave Forest Bay Valley Point Mountain Rock Star Crest Grove Trail Arrow".split()
GENERIC = ["Global Solutions", "AI Solutions", "Tech Solutions", "Digital Services", "Data Systems", "Smart Tech", "Cloud Computing",
           "Global Trading", "Asia Pacific Trading", "International Trading", "Tech Innovations", "Digital Ventures", "Future Technology",
           "Smart Data", "Prime Solutions", "Alpha Technologies", "Apex Technologies", "Pioneer Tech", "Global Tech", "United Technologies"]
IND = [  # en variants, zh (simp), ja, ko, ru, tr, vi, weight
    (["Technology", "Technologies", "Tech"], "科技", "テクノロジー", "테크놀로지", "Технологии", "Teknoloji", "Công nghệ", 30),
    (["Software"], "软件", "ソフトウェア", "소프트웨어", "Софт", "Yazılım", "Phần mềm", 8),
    (["Data", "Data Services"], "数据服务", "データ", "데이터", "Дата", "Veri", "Dữ liệu", 6),
    (["AI", "A.I.", "Artificial Intelligence"], "人工智能", "AI", "에이아이", "ИИ", "Yapay Zeka", "Trí tuệ Nhân tạo", 12),
    (["Labs", "Lab", "Laboratories"], "实验室", "ラボ", "랩스", "Лаб", "Lab", "Lab", 8),
    (["Systems"], "系统", "システム", "시스템", "Системы", "Sistem", "Hệ thống", 6),
    (["Analytics"], "数据分析", "アナリティクス", "애널리틱스", "Аналитика", "Analitik", "Phân tích", 5),
    (["Computing", "Compute"], "计算", "コンピューティング", "컴퓨팅", "Вычисления", "Bilişim", "Điện toán", 6),
    (["Solutions"], "解决方案", "ソリューションズ", "솔루션", "Решения", "Çözümleri", "Giải pháp", 8),
    (["Digital"], "数字", "デジタル", "디지털", "Диджитал", "Dijital", "Số", 4),
    (["Network", "Networks"], "网络科技", "ネットワーク", "네트웍스", "Сети", "Ağ", "Mạng", 3),
    (["Robotics"], "机器人", "ロボティクス", "로보틱스", "Робототехника", "Robotik", "Robot", 2),
    (["Trading", "Trade"], "贸易", "トレーディング", "트레이딩", "Трейд", "Ticaret", "Thương mại", 6),
    (["Consulting"], "咨询", "コンサルティング", "컨설팅", "Консалтинг", "Danışmanlık", "Tư vấn", 3),
    (["Holdings", "Holding"], "控股", "ホールディングス", "홀딩스", "Холдинг", "Holding", "Holdings", 3),
    (["Electronics"], "电子", "エレクトロニクス", "일렉트로닉스", "Электроникс", "Elektronik", "Điện tử", 3),
    (["Information Technology", "IT"], "信息技术", "情報技術", "정보기술", "Информационные Технологии", "Bilgi Teknolojileri", "Công nghệ Thông tin", 4),
    (["Research"], "研究", "リサーチ", "리서치", "Исследования", "Araştırma", "Nghiên cứu", 2),
]
IND_WT = WT(range(len(IND)), [x[7] for x in IND])
ZH_BRANDS = [("华芯", "華芯", "Huaxin"), ("智云", "智雲", "Zhiyun"), ("天启", "天啟", "Tianqi"), ("鼎盛", "鼎盛", "Dingsheng"),
             ("联创", "聯創", "Lianchuang"), ("星辰", "星辰", "Xingchen"), ("深度", "深度", "Shendu"), ("云图", "雲圖", "Yuntu"),
             ("海纳", "海納", "Haina"), ("博远", "博遠", "Boyuan"), ("中科", "中科", "Zhongke"), ("数智", "數智", "Shuzhi"),
             ("新锐", "新銳", "Xinrui"), ("恒通", "恆通", "Hengtong"), ("宏达", "宏達", "Hongda"), ("未来", "未來", "Weilai"),
             ("金桥", "金橋", "Jinqiao"), ("盛世", "盛世", "Shengshi"), ("昆仑", "崑崙", "Kunlun"), ("东方", "東方", "Dongfang"),
             ("远航", "遠航", "Yuanhang"), ("瑞达", "瑞達", "Ruida"), ("腾飞", "騰飛", "Tengfei"), ("汇智", "匯智", "Huizhi"),
             ("睿思", "睿思", "Ruisi"), ("智算", "智算", "Zhisuan"), ("算力", "算力", "Suanli"), ("光年", "光年", "Guangnian"),
             ("天河", "天河", "Tianhe"), ("北辰", "北辰", "Beichen"), ("启明", "啟明", "Qiming"), ("众合", "眾合", "Zhonghe")]
JA_BRANDS = [("Aozora", "青空"), ("Hikari", "光"), ("Mirai", "ミライ"), ("Kaze", "風"), ("Hoshi", "星"), ("Tsubasa", "翼"),
             ("Yamato", "大和"), ("Ginga", "銀河"), ("Sora", "ソラ"), ("Tenku", "天空"), ("Kohaku", "琥珀"), ("Akatsuki", "暁"),
             ("Shinra", "森羅"), ("Hibiki", "響"), ("Kizuna", "絆"), ("Nagomi", "和"), ("Sakigake", "魁"), ("Minato", "湊")]
KO_BRANDS = [("Hanbit", "한빛"), ("Nuri", "누리"), ("Daon", "다온"), ("Haneul", "하늘"), ("Mirae", "미래"), ("Saebom", "새봄"),
             ("Gaon", "가온"), ("Hangyeol", "한결"), ("Bareun", "바른"), ("Areum", "아름"), ("Byeolbit", "별빛"), ("Pureun", "푸른"),
             ("Narae", "나래"), ("Maru", "마루"), ("Hanul", "한울"), ("Saehan", "새한"), ("Dongbang", "동방"), ("Shinsung", "신성")]
RU_BRANDS = [("Вектор", "Vector"), ("Альфа", "Alpha"), ("Спектр", "Spectrum"), ("Горизонт", "Horizon"), ("Интеграл", "Integral"),
             ("Квант", "Quantum"), ("Техносфера", "Technosphere"), ("Сигма", "Sigma"), ("Север", "North"), ("Восток", "East"),
             ("Ресурс", "Resource"), ("Прогресс", "Progress"), ("Альянс", "Alliance"), ("Меридиан", "Meridian"), ("Орион", "Orion"),
             ("Атлант", "Atlant"), ("Стандарт", "Standard"), ("Нейрон", "Neuron"), ("Логика", "Logic"), ("Паритет", "Parity"),
             ("Гарант", "Garant"), ("Инфотех", "Infotech"), ("Датаком", "Datacom"), ("Сфера", "Sphere"), ("Импульс", "Impulse"),
             ("Зенит", "Zenith"), ("Аврора", "Aurora"), ("Байкал", "Baikal"), ("Урал", "Ural"), ("Эталон", "Etalon"),
             ("Кристалл", "Crystal"), ("Алтын", "Altyn"), ("Тау", "Tau"), ("Сункар", "Sunkar"), ("Номад", "Nomad"), ("Барыс", "Barys")]
VI_BRANDS = ["Thành Công", "Việt Tiến", "Sao Mai", "Phú Thịnh", "An Phát", "Minh Long", "Tân Tiến", "Đại Dương", "Hưng Thịnh",
             "Nam Việt", "Trí Tuệ", "Kỷ Nguyên", "Bình Minh", "Hoàng Gia", "Phương Đông"]
TR_BRANDS = ["Anadolu", "Boğaziçi", "Yıldız", "Kartal", "Atlas", "Deniz", "Güneş", "Ufuk", "Zirve", "Doruk", "Akdeniz", "Marmara", "Ege", "Toros", "Kuzey"]
VC_FUNDS = ["Northgate Ventures Fund II LP", "Sequel Capital Partners III", "Bluewater Seed Fund LP", "Atlas Peak Ventures",
            "Horizon Deep Tech Fund I", "Granite Hill Capital LP", "Emerald Bay Ventures II", "Polaris Frontier Fund",
            "Kestrel Growth Partners", "Aperture Capital Fund III", "Red Cedar Ventures", "Silverline AI Fund LP",
            "Lighthouse Seed Partners", "Meridian Tech Opportunities Fund", "Tidewater Capital", "Summit Ridge Ventures IV",
            "Orbit Capital Asia Fund", "Jade Mountain Ventures", "Nordic Compute Fund AB", "Harbourfront Angels LLC",
            "Y Seed Accelerator LLC", "TechStars-style Accelerator Fund 2023", "Vanguard Robotics Fund", "Crescent Digital Ventures"]
NOMINEE_COS = {"HK": ["Sterling Nominees Limited", "Asia Corporate Nominees Ltd"], "SG": ["Raffles Nominees Pte. Ltd."],
               "CY": ["Limassol Nominees Ltd", "Fiduciana Trustees Ltd"], "GB": ["London Registrars Nominees Ltd"],
               "AE": ["Gulf Nominee Services FZE"], "US": ["Delaware Nominee Services LLC"], "MY": ["KL Nominees (Tempatan) Sdn Bhd"]}


def syll_word(rng, n):
    w = ""
    for _ in range(n):
        w += ONSET[rng.randrange(len(ONSET))] + VOWEL[rng.randrange(len(VOWEL))]
    w += CODA[rng.randrange(len(CODA))]
    return cap(w)


def new_brand(g, cc, style=None):
    """A brand: latin form plus local forms where the country writes company names in another script."""
    rng = g.rng
    b = {}
    cstyle = COUNTRIES[cc]["style"]
    r = rng.random()
    if cstyle in ("cn", "tw", "hk") and r < (0.9 if cstyle == "cn" else 0.6):
        if rng.random() < 0.35:
            x = ZH_BRANDS[rng.randrange(len(ZH_BRANDS))]
            b["zh"], b["zht"], b["py"] = x
        else:
            s1 = ZH_GIV[rng.randrange(len(ZH_GIV))]
            s2 = ZH_GIV[rng.randrange(len(ZH_GIV))]
            b["zh"], b["zht"] = s1[0] + s2[0], s1[1] + s2[1]
            b["py"] = cap(s1[2]) + s2[2]
            b["syl"] = (s1[2], s2[2])
            b["wg"] = cap(s1[3]) + "-" + s2[3] if cstyle == "tw" else None
        b["lat"] = b["py"]
        return b
    if cstyle == "jp" and r < 0.45:
        x = JA_BRANDS[rng.randrange(len(JA_BRANDS))]
        b["lat"], b["ja"] = x
        return b
    if cstyle == "kr" and r < 0.5:
        x = KO_BRANDS[rng.randrange(len(KO_BRANDS))]
        b["lat"], b["ko"] = x
        return b
    if cstyle in ("ru", "kz") and r < 0.75:
        x = RU_BRANDS[rng.randrange(len(RU_BRANDS))]
        b["ru"], b["en"] = x
        if rng.random() < 0.4:
            x2 = RU_BRANDS[rng.randrange(len(RU_BRANDS))]
            b["ru"] = x[0] + ("-" if rng.random() < 0.5 else "") + x2[0].lower() if rng.random() < 0.5 else x[0] + " " + x2[0]
            b["en"] = None
        b["lat"] = translit(b["ru"], "pop")
        return b
    if cstyle == "vn" and r < 0.6:
        b["vi"] = VI_BRANDS[rng.randrange(len(VI_BRANDS))]
        b["lat"] = fold(b["vi"])
        return b
    if cstyle == "tr" and r < 0.5:
        b["tr"] = TR_BRANDS[rng.randrange(len(TR_BRANDS))] + (" " + syll_word(rng, 1) if rng.random() < 0.3 else "")
        b["lat"] = b["tr"]
        return b
    r = rng.random()
    if r < 0.33:
        p, s = PRE[rng.randrange(len(PRE))], SUF[rng.randrange(len(SUF))]
        b["lat"] = p + s
        b["parts"] = (p, s)
    elif r < 0.7:
        b["lat"] = syll_word(rng, 2 + (rng.random() < 0.35))
        if rng.random() < 0.3:
            b["lat"] += SUF[rng.randrange(len(SUF))]
    elif r < 0.84:
        b["lat"] = ADJ[rng.randrange(len(ADJ))] + " " + NOUN[rng.randrange(len(NOUN))]
    elif r < 0.94:
        p = new_person(g, wpick(rng, COUNTRIES[cc]["cult"]))
        b["lat"] = family_latin(p) + ("" if rng.random() < 0.6 else [" & Partners", " & Co", " Brothers"][rng.randrange(3)])
    else:
        b["lat"] = GENERIC[rng.randrange(len(GENERIC))]
        b["generic"] = True
    return b


def new_company(g, cc, brand=None, ind=-1, lf=None):
    rng = g.rng
    C = COUNTRIES[cc]
    if brand is None:
        brand = new_brand(g, cc)
    if ind == -1:
        ind = None if (brand.get("generic") or rng.random() < 0.18) else IND_WT.pick(rng)
    if lf is None:
        lf = WT([x[0] for x in C["lf"]], [x[2] for x in C["lf"]]).pick(rng)
    city = C["cities"][WT(range(len(C["cities"])), C["cw"]).pick(rng)] if len(C["cities"]) > 1 else C["cities"][0]
    return {"cid": g.next_uid(), "cc": cc, "brand": brand, "ind": ind, "lf": lf, "city": city, "indv": rng.randrange(3)}


def _lf_variant(rng, cc, lf, q):
    for k, vs, _ in COUNTRIES[cc]["lf"]:
        if k == lf:
            return vs[0] if rng.random() < 0.55 - 0.2 * q else vs[rng.randrange(len(vs))]
    return ""


def _brand_lat(rng, b, q):
    s = b["lat"]
    if "parts" in b:
        r = rng.random()
        if len(b["parts"][1]) >= 3:
            if r < 0.08:
                s = cap(b["parts"][0]) + cap(b["parts"][1])
            elif r < 0.14:
                s = cap(b["parts"][0]) + " " + cap(b["parts"][1])
    return s


def render_company(rng, c, q, rec_cc=None):
    cc = c["cc"]
    b = c["brand"]
    st = COUNTRIES[cc]["style"]
    ind = IND[c["ind"]] if c["ind"] is not None else None
    ind_en = None
    if ind:
        ind_en = ind[0][c["indv"] % len(ind[0])] if rng.random() < 0.8 else ind[0][rng.randrange(len(ind[0]))]
        if rng.random() < 0.05 + 0.05 * q:
            ind_en = None
    if st == "cn" and "zh" in b:
        cityz = c["city"].get("loc", "")
        if rng.random() < 0.5:
            indz = ind[1] if ind else "科技"
            cp = cityz + ("市" if rng.random() < 0.6 else "")
            r = rng.random()
            if r < 0.6:
                return f"{cp}{b['zh']}{indz}有限公司"
            if r < 0.8:
                return f"{b['zh']}{indz}（{cityz}）有限公司" if rng.random() < 0.7 else f"{b['zh']}{indz}({cityz})有限公司"
            return f"{cp}{b['zh']}{indz}有限责任公司" if rng.random() < 0.5 else f"{b['zh']}{indz}有限公司"
        ie = ind_en or "Technology"
        lfv = _lf_variant(rng, cc, c["lf"], q)
        r = rng.random()
        if r < 0.45:
            s = f"{c['city']['n']} {b['py']} {ie} {lfv}"
        elif r < 0.75:
            s = f"{b['py']} {ie} ({c['city']['n']}) {lfv}"
        else:
            s = f"{b['py']} {ie} {lfv}"
        return s.upper() if rng.random() < 0.15 else s
    if st in ("hk", "tw") and "zh" in b:
        indz = (ind[1] if ind else "科技")
        indzt = indz.replace("数", "數").replace("软", "軟").replace("贸", "貿").replace("网络", "網絡").replace("电", "電").replace("信息技术", "資訊科技").replace("系统", "系統").replace("计算", "計算").replace("决", "決").replace("实验", "實驗").replace("询", "詢").replace("机器", "機器")
        lat = b.get("wg") or b["py"] if st == "tw" else b["py"]
        if st == "tw" and b.get("wg") and rng.random() < 0.4:
            lat = b["py"]
        lfv = _lf_variant(rng, cc, c["lf"], q)
        ie = ind_en or "Technology"
        r = rng.random()
        if st == "tw":
            if r < 0.35:
                return f"{b['zht']}{indzt}{'股份有限公司' if rng.random() < 0.6 else '有限公司'}"
            return f"{lat} {ie} {lfv}"
        if r < 0.2:
            return f"{b['zht']}{indzt}有限公司"
        if r < 0.3:
            return f"{lat} {ie} {lfv} {b['zht']}{indzt}有限公司"
        if r < 0.4:
            return f"{lat} {ie} (HK) {lfv}" if rng.random() < 0.5 else f"{lat} {ie} (Hong Kong) {lfv}"
        return f"{lat} {ie} {lfv}"
    if st == "jp":
        lfv = _lf_variant(rng, cc, c["lf"], q)
        jf = "株式会社" if c["lf"] == "kk" else "合同会社"
        local = b.get("ja") or b["lat"]
        indj = ind[2] if ind else ""
        r = rng.random()
        if r < 0.25:
            return f"{jf}{local}{indj}"
        if r < 0.4:
            return f"{local}{indj}{jf}"
        if r < 0.47 and c["lf"] == "kk":
            return f"{'(株)' if rng.random() < 0.6 else '㈱'}{local}{indj}"
        s = f"{_brand_lat(rng, b, q)} {ind_en or ''} {lfv}".replace("  ", " ")
        return s
    if st == "kr":
        lfv = _lf_variant(rng, cc, c["lf"], q)
        local = b.get("ko")
        indk = ind[3] if ind else ""
        r = rng.random()
        if local and r < 0.4:
            f = ["주식회사 ", "(주)", "㈜", "주식회사"][rng.randrange(4)]
            return f"{f}{local}{indk}" if rng.random() < 0.7 else f"{local}{indk} 주식회사"
        if not local and r < 0.15:
            return f"주식회사 {b['lat']}"
        return f"{_brand_lat(rng, b, q)} {ind_en or ''} {lfv}".replace("  ", " ")
    if st in ("ru", "kz") and "ru" in b:
        ru = b["ru"]
        lfk = c["lf"]
        if rng.random() < 0.45:
            short = {"ooo": "ООО", "ao": "АО", "too": "ТОО"}[lfk]
            long_ = {"ooo": "Общество с ограниченной ответственностью", "ao": "Акционерное общество", "too": "Товарищество с ограниченной ответственностью"}[lfk]
            qt = ["«{}»", "\"{}\"", "«{}»", "{}"][rng.randrange(4)]
            name = qt.format(ru if rng.random() < 0.8 or not ind else ru + " " + ind[4])
            return f"{short if rng.random() < 0.85 else long_} {name}"
        sch = wpick(rng, {"pop": 4, "bgn": 2, "icao": 2, "de": 1})
        lat = " ".join(translit(w, sch) if not w.isascii() else w for w in ru.replace("-", " - ").split(" ")).replace(" - ", "-")
        if b.get("en") and rng.random() < 0.2:
            lat = b["en"]
        lfv = _lf_variant(rng, cc, lfk, q)
        r = rng.random()
        if lfv in ("OOO", "ООО", "TOO", "ТОО", "AO", "АО", "O.O.O."):
            return f"{lfv} \"{lat}\"" if rng.random() < 0.5 else f"{lfv} {lat}"
        if r < 0.3:
            return f"{lfv} \"{lat.upper() if rng.random() < 0.3 else lat}\""
        return f"{lat} {lfv}"
    if st == "vn" and "vi" in b:
        lfk = c["lf"]
        r = rng.random()
        if r < 0.4:
            pre = "Công ty TNHH" if lfk == "tnhh" else "Công ty Cổ phần"
            s = f"{pre} {(ind[6] + ' ') if ind and rng.random() < 0.5 else ''}{b['vi']}"
            return s.upper() if rng.random() < 0.3 else s
        if r < 0.5:
            return f"Cong ty TNHH {b['lat']}" if lfk == "tnhh" else f"Cong ty Co phan {b['lat']}"
        return f"{b['lat']} {ind_en or ''} {_lf_variant(rng, cc, lfk, q)}".replace("  ", " ")
    if st == "tr":
        lfv = _lf_variant(rng, cc, c["lf"], q)
        indt = ind[5] if ind else ""
        tr_ = b.get("tr") or b["lat"]
        s = f"{tr_} {indt if rng.random() < 0.8 else (ind_en or '')} {('Sanayi ve Ticaret ' if rng.random() < 0.2 else '')}{lfv}".replace("  ", " ")
        if rng.random() < 0.3 + 0.2 * q:
            s = fold(s)
        return s.upper() if rng.random() < 0.15 else s
    lat = _brand_lat(rng, b, q)
    lfv = _lf_variant(rng, cc, c["lf"], q)
    if cc == "IL" and lfv == "בע\"מ" and rng.random() < 0.7:
        lfv = "Ltd"
    if cc == "CY" and lfv in ("ΛΤΔ", "Λίμιτεδ") and rng.random() < 0.5:
        lfv = "Limited"
    if ind_en and ind_en in ("AI", "A.I.") and rng.random() < 0.3:
        lat = lat + ind_en
        ind_en = None
    parts = [lat]
    if ind_en:
        parts.append(ind_en)
    s = " ".join(parts)
    if rng.random() < 0.08 + 0.05 * q:
        lfv = ""  # trading name only
    if lfv.startswith(","):
        s = s + lfv
    elif lfv:
        s = s + " " + lfv
    r = rng.random()
    if r < 0.08 + 0.05 * q:
        s = s.upper()
    elif r < 0.1:
        s = s.lower()
    if rng.random() < 0.04 + 0.05 * q:
        s = s.replace(".", "").replace(",", "")
    if rng.random() < 0.02 + 0.04 * q:
        s = typo(rng, s)
    if rng.random() < 0.02:
        s = "The " + s
    return s


# =====================================================================
# domains, e-mail, websites
# =====================================================================

def _ascii_label(s):
    s = fold(s).lower()
    return "".join(ch for ch in s if ch.isalnum())


def family_latin(p):
    c = p["c"]
    if c in ("zh", "zh_tw", "zh_hk"):
        return ZH_SURN[p["f"]][{"py": 2, "wg": 3, "yue": 4}[p["sys"]]]
    if c == "ko":
        return KO_SURN[p["f"]][1][0]
    if c == "ja":
        return JA_SURN[p["f"]][1][0]
    if c in ("ru", "kk"):
        return translit(p["f"], "pop")
    if c in ("ar", "fa"):
        f = (AR_FAM if c == "ar" else FA_FAM)[p["f"]][1]
        return ("Al " + f) if isinstance(f, str) else f[0]
    if c in ("gr", "he"):
        return (GR_FAM if c == "gr" else HE_FAM)[p["f"]][1][0]
    if c == "in":
        return IN_FAM[p["f"]][0]
    if c == "ms":
        return MS_FATHER[p["fa"]][0]
    if c == "vi":
        return fold(p["f"])
    if c == "tr":
        return fold(p["f"]) if False else p["f"]
    return p["f"].split(" ")[-1].capitalize() if c == "nl" else p["f"]


def brand_label(c):
    b = c["brand"]
    if "py" in b:
        return _ascii_label(b["py"])
    if b.get("en") and "ru" in b:
        return _ascii_label(b["lat"])
    return _ascii_label(b["lat"])


def new_domain(g, c, kind="own", tld=None):
    rng = g.rng
    cc = c["cc"]
    base = brand_label(c) or "co"
    ind = IND[c["ind"]] if c["ind"] is not None else None
    short = _ascii_label(ind[0][0] if len(ind[0][0]) <= 10 else ind[0][-1]) if ind else ""
    if "syl" in c["brand"] and rng.random() < 0.3:
        base = c["brand"]["syl"][0][0] + c["brand"]["syl"][1][0] + ["kj", "tech", "keji", ""][rng.randrange(4)]
    cands = [base, base + short, base + "-" + short if short else base + "hq", "get" + base, base + "hq", base + "-" + cc.lower(),
             base + "ai", "try" + base, base + "labs", base + str(rng.randrange(2, 99))]
    for i, cand in enumerate(cands):
        if i < 2 and rng.random() < 0.3:
            continue
        t = tld or wpick(rng, COUNTRIES[cc]["tld"])
        d = f"{cand}.{t}"
        if d not in g.domains:
            break
    else:
        d = f"{base}{g.next_uid()}.com"
    g.domains[d] = True
    return {"uid": g.next_uid(), "name": d, "kind": kind, "distinct": True}


FREE_GLOBAL = {"gmail.com": 50, "outlook.com": 10, "hotmail.com": 8, "yahoo.com": 6, "icloud.com": 6, "protonmail.com": 3}
FREEMAIL = set(["gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "protonmail.com", "proton.me"])
for _c in COUNTRIES.values():
    FREEMAIL.update(_c["free"].keys())


def free_email(g, cc, person=None):
    d = freemail_domain(g, cc)
    if d["name"] == "qq.com" and g.rng.random() < 0.6:
        return (str(g.rng.randrange(10000000, 3999999999)), d)  # QQ numbers as mailbox names
    return (free_handle(g.rng, person), d)


def freemail_domain(g, cc):
    n = g.rng.choices(list(COUNTRIES[cc]["free"].keys()), list(COUNTRIES[cc]["free"].values()))[0] if g.rng.random() < 0.9 else \
        wpick(g.rng, FREE_GLOBAL)
    return g.shared_domain(n, "free")


def local_part(rng, person=None, role=None, handle=None):
    if handle:
        return handle
    if person is not None and rng.random() < 0.7:
        s, latin = person_parts(rng, person, "US", 0)
        toks = [_ascii_label(t) for t in s.replace(",", " ").split() if _ascii_label(t)]
        if len(toks) >= 2 and latin:
            f, l = toks[0], toks[-1]
            return [f"{f}.{l}", f"{f}", f"{f[0]}{l}", f"{f}{l}", f"{l}.{f}", f"{f}_{l}"][rng.randrange(6)]
    return role or ["info", "admin", "ops", "billing", "contact", "hello", "tech", "it", "finance", "accounts", "dev", "ml", "team", "support"][rng.randrange(14)]


def free_handle(rng, person=None):
    base = ""
    if person is not None:
        s, latin = person_parts(rng, person, "US", 0)
        toks = [_ascii_label(t) for t in s.split() if _ascii_label(t)]
        if latin and toks:
            base = toks[0] + ("." if rng.random() < 0.4 else "") + (toks[-1] if len(toks) > 1 else "")
    if not base or rng.random() < 0.25:
        base = syll_word(rng, 2).lower()
    if rng.random() < 0.6:
        base += str(rng.randrange(1, 2000))
    return base


def render_email(rng, e, q):
    local, dom = e
    d = dom["name"]
    sub = dom.get("subs")
    if sub and rng.random() < 0.5:
        d = sub[rng.randrange(len(sub))] + "." + d
    if d == "gmail.com" and rng.random() < 0.03:
        d = "googlemail.com"
    s = f"{local}@{d}"
    r = rng.random()
    if r < 0.04 + 0.04 * q:
        s = s.upper() if rng.random() < 0.3 else local.capitalize() + "@" + (d.capitalize() if rng.random() < 0.5 else d)
    if rng.random() < 0.01 + 0.01 * q:
        s = f"{local.replace('.', ' ').title()} <{s}>"
    if rng.random() < 0.01:
        s = " " + s
    return s


BUILDERS = [("wixsite.com", "{u}.wixsite.com/{p}", 8), ("github.io", "{u}.github.io", 8), ("myshopify.com", "{u}.myshopify.com", 3),
            ("sites.google.com", "sites.google.com/view/{u}", 5), ("webflow.io", "{u}.webflow.io", 4), ("notion.site", "{u}.notion.site", 5),
            ("carrd.co", "{u}.carrd.co", 3), ("linkedin.com", "linkedin.com/company/{u}", 10), ("facebook.com", "facebook.com/{u}", 4),
            ("medium.com", "medium.com/@{u}", 2), ("huggingface.co", "huggingface.co/{u}", 4), ("wordpress.com", "{u}.wordpress.com", 3),
            ("vercel.app", "{u}.vercel.app", 3), ("netlify.app", "{u}.netlify.app", 2)]
BUILDER_WT = WT(BUILDERS, [b[2] for b in BUILDERS])


def web_own(g, dom, path=""):
    return {"uid": g.next_uid(), "reg": dom["name"], "host": dom["name"], "kind": "own", "path": path, "dom": dom}


def web_builder(g, label):
    rng = g.rng
    b = BUILDER_WT.pick(rng)
    u = label or syll_word(rng, 2).lower()
    host = b[1].format(u=u, p=["home", "site", "mysite", "en"][rng.randrange(4)])
    return {"uid": g.next_uid(), "reg": b[0], "host": host, "kind": "builder", "path": "", "dom": None}


def render_web(rng, w, q):
    h = w["host"]
    if w["kind"] == "own" and w.get("sub"):
        h = w["sub"] + "." + h
    r = rng.random()
    if w["kind"] in ("own", "univ"):
        www = "www." if (rng.random() < 0.45 and not w.get("sub")) else ""
        scheme = ["https://", "http://", "", "https://"][rng.randrange(4)]
        s = scheme + www + h
    else:
        scheme = ["https://", "", "https://", "http://"][rng.randrange(4)]
        s = scheme + h
    p = w.get("path") or ""
    if p:
        s += p
    elif rng.random() < 0.2:
        s += "/"
    elif rng.random() < 0.08:
        s += ["/en", "/about", "/en/", "/index.html", "/?utm_source=signup", "/#contact", "/home"][rng.randrange(7)]
    if rng.random() < 0.04 + 0.04 * q:
        s = s.upper() if rng.random() < 0.3 else s.replace(h, h.capitalize())
    return s


# =====================================================================
# IP space, SSH keys, cards
# =====================================================================

RIR6 = {"US": ["2600", "2601", "2603", "2605", "2607", "2610"], "CA": ["2604", "2605", "2607"], "CN": ["240e", "2408", "2409"],
        "JP": ["2400", "2404", "240b", "2001"], "KR": ["2001", "2406", "2407"], "IN": ["2401", "2402", "2405", "2409"],
        "SG": ["2400", "2401", "2403"], "HK": ["2400", "2402", "2404"], "TW": ["2001", "2401", "2402"],
        "MY": ["2001", "2400", "2402"], "VN": ["2001", "2402", "2405"]}


def _v6_first(rng, cc):
    return rng.choice(RIR6.get(cc, ["2a00", "2a01", "2a02", "2a03", "2a04", "2a05", "2a09", "2a10", "2001"]))


class IPWorld:
    """Static address plan (depends only on the world seed): ISPs per country, mobile CGNAT pools,
    clouds, VPN exits, corporate proxies, coworking egress, universities."""

    def __init__(self, wr):
        self.used16 = {}
        self.res = {}
        self.biz = {}
        self.mob = {}
        self.v6res = {}
        self.v6mob = {}
        for cc, C in COUNTRIES.items():
            n16 = max(8, int(C["w"] * 10))
            self.res[cc] = [self._alloc16(wr) for _ in range(n16)]
            self.biz[cc] = [self._alloc16(wr) for _ in range(max(2, n16 // 6))]
            self.mob[cc] = []
            for _ in range(3):  # operators
                b = self._alloc16(wr)
                subnets = [(b << 8) | wr.randrange(256) for _ in range(2)]
                ips = [(s << 8) | wr.randrange(1, 255) for s in subnets for _ in range(24)]
                self.mob[cc].append(ips)
            self.v6res[cc] = [(int(_v6_first(wr, cc), 16) << 16) | wr.randrange(65536) for _ in range(3)]
            self.v6mob[cc] = [((int(_v6_first(wr, cc), 16) << 16) | wr.randrange(65536), [wr.randrange(65536) for _ in range(6)]) for _ in range(2)]
        self.cloud = []  # (provider, region-cc, /16 base)
        for prov, regions in (("aws", ["US", "US", "US", "IE", "DE", "SG", "JP", "IN", "KR", "GB", "CA", "AE"]),
                              ("gcp", ["US", "US", "NL", "SG", "TW", "JP", "IN"]), ("azure", ["US", "NL", "IE", "SG", "HK", "JP"]),
                              ("alibaba", ["CN", "CN", "CN", "HK", "SG"]), ("tencent", ["CN", "CN", "HK"]), ("hetzner", ["DE", "DE"]),
                              ("ovh", ["FR", "FR", "CA"]), ("digitalocean", ["US", "NL", "SG", "DE"]), ("yandexcloud", ["RU"])):
            for rc in regions:
                for _ in range(4):
                    self.cloud.append((prov, rc, self._alloc16(wr)))
        self.vpn = []
        for _ in range(14):
            b = self._alloc16(wr)
            for _ in range(4):
                s = (b << 8) | wr.randrange(256)
                self.vpn += [(s << 8) | wr.randrange(2, 250) for _ in range(10)]
        self.proxy = []
        for _ in range(3):
            b = self._alloc16(wr)
            for _ in range(4):
                s = (b << 8) | wr.randrange(256)
                self.proxy += [(s << 8) | wr.randrange(2, 250) for _ in range(12)]
        self.vpn_wt = WT(self.vpn, zipf(len(self.vpn), 0.6))
        self.proxy_wt = WT(self.proxy, zipf(len(self.proxy), 0.5))

    def _alloc16(self, wr):
        while True:
            a = wr.randrange(1, 224)
            if a in (10, 100, 127, 169, 172, 192, 198, 203, 0, 6, 7, 11, 21, 22, 26, 28, 29, 30, 33, 55, 214, 215):
                continue
            b = wr.randrange(256)
            k = (a << 8) | b
            if k not in self.used16:
                self.used16[k] = True
                return k


def ip_obj(g, v, val, src, distinct):
    return {"uid": (v, val), "v": v, "val": val, "src": src, "distinct": distinct}


def ip_res(g, cc, near=None):
    """Residential IPv4 (or IPv6 /64 inside a household /56)."""
    rng = g.rng
    W = g.ipw
    if near is not None and near["v"] == 4:
        base = near["val"] >> 8
        if rng.random() < 0.35:
            base = ((near["val"] >> 16) << 8) | rng.randrange(256)
        return ip_obj(g, 4, (base << 8) | rng.randrange(1, 255), "res", True)
    if near is not None and near["v"] == 6:
        p56 = near["val"] >> 72
        return ip_obj(g, 6, (p56 << 72) | (rng.randrange(256) << 64) | rng.getrandbits(64), "res", True)
    if rng.random() < 0.22:
        p32 = W.v6res[cc][rng.randrange(len(W.v6res[cc]))]
        p56 = (p32 << 24) | rng.randrange(1 << 24)
        return ip_obj(g, 6, (p56 << 72) | (rng.randrange(256) << 64) | rng.getrandbits(64), "res", True)
    b16 = W.res[cc][rng.randrange(len(W.res[cc]))]
    return ip_obj(g, 4, (b16 << 16) | (rng.randrange(256) << 8) | rng.randrange(1, 255), "res", True)


def ip_office_block(g, cc):
    rng = g.rng
    b16 = g.ipw.biz[cc][rng.randrange(len(g.ipw.biz[cc]))]
    s24 = (b16 << 8) | rng.randrange(256)
    base = rng.randrange(0, 31) * 8
    return {"s24": s24, "base": base}


def ip_in_block(g, blk):
    return ip_obj(g, 4, (blk["s24"] << 8) | (blk["base"] + g.rng.randrange(1, 7)), "biz", True)


def ip_mobile(g, cc):
    rng = g.rng
    W = g.ipw
    if rng.random() < 0.3:
        p32, subs = W.v6mob[cc][rng.randrange(len(W.v6mob[cc]))]
        p48 = (p32 << 16) | subs[rng.randrange(len(subs))]
        return ip_obj(g, 6, (p48 << 80) | rng.getrandbits(80), "mobile", False)
    op = W.mob[cc][rng.randrange(len(W.mob[cc]))]
    return ip_obj(g, 4, op[rng.randrange(len(op))], "mobile", False)


def ip_cloud(g, cc, exact=False):
    rng = g.rng
    cand = [c for c in g.ipw.cloud if c[1] == cc] or g.ipw.cloud
    prov, rc, b16 = cand[rng.randrange(len(cand))]
    if rng.random() < 0.15:
        v6 = (int("2600" if prov in ("aws", "azure", "gcp", "digitalocean") else "2a01", 16) << 112) | (b16 << 80) | rng.getrandbits(72)
        return ip_obj(g, 6, v6, "cloud", True)
    return ip_obj(g, 4, (b16 << 16) | (rng.randrange(256) << 8) | rng.randrange(1, 255), "cloud", True)


def ip_vpn(g):
    return ip_obj(g, 4, g.ipw.vpn_wt.pick(g.rng), "vpn", False)


def ip_proxy(g):
    return ip_obj(g, 4, g.ipw.proxy_wt.pick(g.rng), "proxy", False)


def render_ip(rng, ip, q):
    v = ip["val"]
    if ip["v"] == 4:
        s = f"{v >> 24}.{(v >> 16) & 255}.{(v >> 8) & 255}.{v & 255}"
        r = rng.random()
        if r < 0.015:
            return "::ffff:" + s
        if r < 0.02:
            return s + " "
        return s
    hx = [(v >> (112 - 16 * i)) & 0xFFFF for i in range(8)]
    r = rng.random()
    if r < 0.15:
        return ":".join(f"{h:04x}" for h in hx)
    if r < 0.25:
        return ":".join(f"{h:x}" for h in hx)
    # RFC 5952 compression
    best, bl, i = -1, 0, 0
    while i < 8:
        if hx[i] == 0:
            j = i
            while j < 8 and hx[j] == 0:
                j += 1
            if j - i > bl and j - i >= 2:
                best, bl = i, j - i
            i = j
        else:
            i += 1
    if best < 0:
        s = ":".join(f"{h:x}" for h in hx)
    else:
        s = ":".join(f"{h:x}" for h in hx[:best]) + "::" + ":".join(f"{h:x}" for h in hx[best + bl:])
    if r > 0.93:
        s = s.upper()
    return s


KEY_HOSTS = ["MacBook-Pro.local", "ubuntu", "DESKTOP-7Q2K1LM", "workstation", "dev-box", "gpu01", "laptop", "thinkpad", "MBP", "arch", "localhost"]


def new_sshkey(g, user=None, legacy=None):
    rng = g.rng
    raw = rng.getrandbits(256).to_bytes(32, "big")
    t = wpick(rng, {"ED25519": 60, "RSA": 35, "ECDSA": 5})
    k = {"uid": g.next_uid(), "type": t, "bits": {"ED25519": 256, "RSA": rng.choice([2048, 3072, 4096]), "ECDSA": 256}[t],
         "sha": base64.b64encode(hashlib.sha256(raw).digest()).decode().rstrip("="),
         "md5": hashlib.md5(raw).hexdigest(), "legacy": (rng.random() < 0.12) if legacy is None else legacy,
         "comment": (user or syll_word(rng, 1).lower()) + "@" + KEY_HOSTS[rng.randrange(len(KEY_HOSTS))], "distinct": True}
    return k


def render_ssh(rng, k, q):
    if k["legacy"]:
        m = k["md5"]
        col = ":".join(m[i:i + 2] for i in range(0, 32, 2))
        f = [f"MD5:{col}", col, m, m.upper(), f"{k['bits']} MD5:{col} {k['comment']} ({k['type']})", col.upper()]
        return f[rng.randrange(len(f))]
    s = k["sha"]
    f = [f"SHA256:{s}", f"SHA256:{s}", s, f"SHA256:{s}=", f"sha256:{s}", f"{k['bits']} SHA256:{s} {k['comment']} ({k['type']})",
         f"SHA256:{s} {k['comment']}", f"ssh-{k['type'].lower()} SHA256:{s}"]
    return f[rng.randrange(len(f))]


def new_card(g):
    rng = g.rng
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(al[rng.randrange(62)] for _ in range(16))

# =====================================================================
# population model
# =====================================================================

OFFSHORE_CC = {"HK": 20, "SG": 14, "GB": 14, "US": 14, "CY": 10, "AE": 12, "MY": 4, "IE": 3, "NL": 3, "CH": 3, "KZ": 2, "TR": 1}
ORIGINS = {"zh": 30, "ru": 20, "fa": 9, "ko": 3, "ar": 5, "tr": 5, "kk": 4, "zh_hk": 7, "en": 9, "in": 4, "vi": 4}
ORIGIN_HOME = {"zh": "CN", "ru": "RU", "fa": "AE", "ko": "CN", "ar": "AE", "tr": "TR", "kk": "KZ", "zh_hk": "HK", "en": "US", "in": "IN", "vi": "VN"}
SHELL_JUR = {
    "zh": {"HK": 30, "SG": 15, "CN": 15, "US": 10, "GB": 8, "MY": 6, "AE": 4, "TW": 2, "VN": 5, "JP": 2, "KR": 3},
    "ru": {"CY": 20, "AE": 20, "KZ": 15, "TR": 12, "RU": 10, "GB": 8, "HK": 5, "US": 5, "NL": 3, "CH": 2},
    "fa": {"AE": 40, "TR": 25, "MY": 15, "GB": 5, "CY": 5, "HK": 5, "CA": 5},
    "ko": {"CN": 30, "HK": 20, "SG": 15, "MY": 10, "VN": 10, "KR": 15},
    "ar": {"AE": 60, "GB": 15, "TR": 10, "CY": 5, "US": 10},
    "tr": {"TR": 50, "AE": 15, "DE": 15, "NL": 10, "GB": 10},
    "kk": {"KZ": 60, "AE": 15, "TR": 10, "CY": 10, "RU": 5},
    "zh_hk": {"HK": 60, "SG": 15, "GB": 10, "MY": 5, "CN": 10},
    "en": {"US": 35, "GB": 30, "IE": 5, "CA": 10, "CY": 5, "AE": 5, "SG": 5, "NL": 5},
    "in": {"IN": 50, "AE": 20, "SG": 15, "US": 10, "GB": 5},
    "vi": {"VN": 60, "SG": 20, "US": 10, "HK": 10},
}
HOLDING_CC = {"CY": 25, "HK": 20, "SG": 12, "AE": 12, "GB": 10, "NL": 8, "US": 8, "IE": 3, "CH": 2}

# archetype: weight (by network count), size range, size exponent, looseness (extra soft sharing),
# spanning-link kinds with weights, links per spanning edge
ARCH = {
    "nominee_shells": dict(w=14, lo=2, hi=25, s=1.45, loose=0.16, nl=(1, 2),
                           links={"owner_person": 3, "ip_exact": 3, "phone": 2, "ssh": 1.5, "card": 1, "email_domain": 1, "ip_subnet": 1, "director": 1}),
    "front_subsidiaries": dict(w=11, lo=2, hi=16, s=1.7, loose=0.3, nl=(1, 2),
                               links={"owner_company": 5, "email_domain": 3, "website": 2, "phone": 1.5, "address": 1.5, "director": 2}),
    "reseller_disguised": dict(w=8, lo=3, hi=22, s=1.5, loose=0.22, nl=(1, 2),
                               links={"card": 4, "ssh": 3, "ip_exact": 2, "ip_subnet": 1.5, "phone": 0.5}),
    "careful": dict(w=20, lo=2, hi=6, s=2.0, loose=0.03, nl=(1, 1),
                    links={"ip_exact": 3, "director": 2.5, "phone": 2, "address": 1.5, "ip_subnet": 0.7, "owner_person": 1, "website": 0.5, "email_domain": 0.5}),
    "careless": dict(w=13, lo=2, hi=12, s=1.8, loose=0.45, nl=(2, 4),
                     links={"card": 3, "ssh": 3, "regid": 1, "phone": 2, "address": 2, "email_domain": 2, "ip_exact": 2}),
    "rotator": dict(w=9, lo=2, hi=14, s=1.7, loose=0.1, nl=(1, 2),
                    links={"ssh": 3, "director": 3, "ip_exact": 2, "card": 2, "owner_person": 1}),
    "multi_country": dict(w=8, lo=3, hi=12, s=1.7, loose=0.2, nl=(1, 2),
                          links={"owner_company": 3, "director": 3, "owner_person": 2, "ssh": 1.5, "email_domain": 1, "ip_exact": 1.5, "website": 1}),
    "corporate_group": dict(w=6, lo=2, hi=12, s=1.8, loose=0.5, nl=(1, 2),
                            links={"owner_company": 4, "email_domain": 4, "website": 2, "director": 2, "ip_exact": 1}),
    "duplicate_account": dict(w=11, lo=2, hi=3, s=3.0, loose=0.6, nl=(1, 2),
                              links={"regid": 4, "email_domain": 3, "phone": 2, "card": 1, "address": 2, "website": 1, "ssh": 1}),
}
EVASIVE = ("nominee_shells", "front_subsidiaries", "reseller_disguised", "careful", "careless", "rotator", "multi_country")
SEGMENTS = {"startup": 33, "sme": 15, "individual": 20, "academic": 9, "offshore": 9, "enterprise": 6, "agency": 6, "reseller_legit": 2}


class Gen:
    def __init__(self, N, seed):
        self.N = N
        self.rng = random.Random(f"gen16-{seed}")
        self.wr = random.Random("gen16-world-v1")
        self.ipw = IPWorld(self.wr)
        self.u = 0
        self.domains = {}
        self.shared = {}
        self.custs = []
        self.nets = []
        self.conf = {"family_pairs": 0, "family_shared_home": 0, "family_shared_ip": 0, "contractor_keys": 0,
                     "contractor_key_accounts": 0, "tutorial_key_accounts": 0, "junk_regids": 0, "junk_phones": 0}
        self.cc_wt = WT(CC_LIST, [COUNTRIES[c]["w"] for c in CC_LIST])
        self.cult_wt = {cc: WT(list(C["cult"].keys()), list(C["cult"].values())) for cc, C in COUNTRIES.items()}
        self._build_pools()

    def next_uid(self):
        self.u += 1
        return self.u

    def shared_domain(self, name, kind, subs=None):
        d = self.shared.get(name)
        if d is None:
            d = {"uid": self.next_uid(), "name": name, "kind": kind, "distinct": False}
            if subs:
                d["subs"] = subs
            self.shared[name] = d
        return d

    def person(self, cc, common=True, cult=None):
        return new_person(self, cult or self.cult_wt[cc].pick(self.rng), common)

    # ---------------------------------------------------------- pools
    def _build_pools(self):
        rng = self.rng
        self.agents = {}
        self.coworks = {}
        self.univs = {}
        for cc, C in COUNTRIES.items():
            al = []
            for sp in C["agents"]:
                a = make_address(self, cc, "agent", spec=sp)
                nom = [new_person(self, self.cult_wt[cc].pick(rng) if cc not in ("HK", "CY", "AE") else {"HK": "zh_hk", "CY": "gr", "AE": wpick(rng, {"in": 5, "ar": 3, "en": 2})}[cc], True)
                       for _ in range(rng.randrange(4, 10))]
                for p in nom:
                    p["nominee"] = True
                ph = make_phone(self, cc, "fixed")
                ph["distinct"] = False
                per = None
                if sp[3] in ("PMB", "Suite"):
                    per = sp[3].lower()
                    a["extra"] = None
                elif cc == "AE" or cc in ("RU", "KZ"):
                    per = "desk"
                cs = C.get("corpsec", [])
                dom = self.shared_domain(cs[len(al) % len(cs)], "corpsec") if cs else None
                al.append({"addr": a, "w": sp[5], "nominees": nom, "phone": ph, "per": per, "dom": dom, "cc": cc,
                           "nomco": (NOMINEE_COS.get(cc) or [None])[len(al) % len(NOMINEE_COS.get(cc) or [None])]})
            self.agents[cc] = (al, WT(al, [x["w"] for x in al]))
            cl = []
            for sp in C["cowork"]:
                a = make_address(self, cc, "cowork", spec=sp)
                blk = ip_office_block(self, cc)
                egress = [ip_in_block(self, blk) for _ in range(rng.randrange(1, 4))]
                for e in egress:
                    e["distinct"] = False
                    e["src"] = "cowork"
                ph = make_phone(self, cc, "fixed")
                ph["distinct"] = False
                cl.append({"addr": a, "w": sp[5], "egress": egress, "phone": ph})
            self.coworks[cc] = (cl, WT(cl, [x["w"] for x in cl]))
            ul = []
            for (uname, udom, ucity) in C["univ"]:
                city = None
                for ci in C["cities"]:
                    if ci["n"] == ucity:
                        city = ci
                a = make_address(self, cc, "campus", city=city)
                a["distinct"] = False
                a["unit"] = None
                d = self.shared_domain(udom, "univ", subs=["cs", "eecs", "mail", "stu", "alumni", "ee", "math", "ai", "student", "connect", "g"])
                nat16 = self.ipw._alloc16(self.wr)
                nat = [ip_obj(self, 4, (nat16 << 16) | (self.wr.randrange(256) << 8) | self.wr.randrange(1, 255), "campus", False) for _ in range(rng.randrange(2, 7))]
                ph = make_phone(self, cc, "fixed")
                ph["distinct"] = False
                ul.append({"name": uname, "dom": d, "addr": a, "nat16": nat16, "nat": nat, "phone": ph, "cc": cc})
            self.univs[cc] = ul
        self.vc_people = [self.person("US") for _ in range(40)]
        self.vagrant = new_sshkey(self, user="vagrant", legacy=False)
        self.vagrant["comment"] = "vagrant insecure public key"
        self.vagrant["distinct"] = False
        self.tutorial_key = new_sshkey(self, user="ubuntu", legacy=False)
        self.tutorial_key["distinct"] = False

    def agent(self, cc):
        al, wt = self.agents[cc]
        if not al:
            return None
        return wt.pick(self.rng)

    def agent_tenant(self, ag):
        per = ag["per"]
        if per is None:
            return tenant_of(self, ag["addr"])
        n = str(self.rng.randrange(100, 9999))
        return tenant_of(self, ag["addr"], (per, n))

    def cowork(self, cc):
        cl, wt = self.coworks[cc]
        if not cl:
            return None
        return wt.pick(self.rng)

    def cowork_tenant(self, cw):
        rng = self.rng
        if rng.random() < 0.5:
            return tenant_of(self, cw["addr"], ("suite", str(rng.randrange(100, 2400))))
        return tenant_of(self, cw["addr"])

    # ---------------------------------------------------------- customer skeleton
    def new_cust(self, cc, seg):
        rng = self.rng
        c = {"cc": cc, "seg": seg, "net": None, "arch": None, "q": wpick(rng, {0.1: 35, 0.3: 45, 0.6: 20}),
             "name": None, "regid": None, "regkind": None, "addr": None, "email": None, "phone": None, "web": None,
             "card": None, "dirs": [], "owners": [], "ips": [], "ssh": [], "listed": None}
        self.custs.append(c)
        return c

    def add_ip(self, c, ip):
        for x in c["ips"]:
            if x["uid"] == ip["uid"]:
                return
        c["ips"].append(ip)

    def std_ips(self, c, p_res=0.6, p_mob=0.15, p_cloud=0.35, p_vpn=0.06, p_proxy=0.0, office=None, cw=None, n=None):
        rng = self.rng
        cc = c["cc"]
        n = n or (1 + int(rng.random() ** 1.6 * 5))
        home = None
        for _ in range(n):
            r = rng.random()
            tot = p_res + p_mob + p_cloud + p_vpn + p_proxy + (0.5 if office else 0) + (0.6 if cw else 0)
            r *= tot
            if office is not None and r < 0.5:
                self.add_ip(c, ip_in_block(self, office))
                continue
            r -= 0.5 if office else 0
            if cw is not None and r < 0.6:
                self.add_ip(c, cw["egress"][rng.randrange(len(cw["egress"]))])
                continue
            r -= 0.6 if cw else 0
            if r < p_res:
                ip = ip_res(self, cc, near=home)
                home = home or ip
                self.add_ip(c, ip)
            elif r < p_res + p_mob:
                self.add_ip(c, ip_mobile(self, cc))
            elif r < p_res + p_mob + p_cloud:
                self.add_ip(c, ip_cloud(self, cc if rng.random() < 0.6 else "US"))
            elif r < p_res + p_mob + p_cloud + p_vpn:
                self.add_ip(c, ip_vpn(self))
            else:
                self.add_ip(c, ip_proxy(self))

    def std_ssh(self, c, p=0.7, user=None):
        rng = self.rng
        if rng.random() < p:
            for _ in range(1 + int(rng.random() ** 2 * 3)):
                c["ssh"].append(new_sshkey(self, user=user))

    def std_contact(self, c, comp, people, p_own=0.75, p_phone=0.7, p_web=0.8, addr_mix=None, p_addr=0.8):
        """Domain/e-mail/website/phone/address for an ordinary company."""
        rng = self.rng
        cc = c["cc"]
        dom = new_domain(self, comp) if rng.random() < p_own else None
        lead = people[0] if people else None
        if dom and rng.random() < 0.9:
            c["email"] = (local_part(rng, lead), dom)
        else:
            r = rng.random()
            if r < 0.86:
                c["email"] = free_email(self, cc, lead)
            elif r < 0.93:
                c["email"] = (local_part(rng, lead), {"uid": self.next_uid(), "name": brand_label(comp)[:20] + ".onmicrosoft.com", "kind": "msft", "distinct": False})
            else:
                c["email"] = ("".join("abcdefghijklmnopqrstuvwxyz0123456789"[rng.randrange(36)] for _ in range(10)), self.shared_domain("privaterelay.appleid.com", "relay"))
        if dom and rng.random() < p_web:
            c["web"] = web_own(self, dom)
        elif rng.random() < 0.3:
            c["web"] = web_builder(self, brand_label(comp))
        cw = None
        if rng.random() < p_addr:
            kind = wpick(rng, addr_mix or {"office": 45, "cowork": 22, "agent": 13, "home": 20})
            if kind == "agent":
                ag = self.agent(cc)
                if ag:
                    c["addr"] = self.agent_tenant(ag)
                    if rng.random() < 0.2:
                        c["phone"] = dict(ag["phone"], ext=None)
            elif kind == "cowork":
                cw = self.cowork(cc)
                if cw:
                    c["addr"] = self.cowork_tenant(cw)
                    if rng.random() < 0.25:
                        c["phone"] = dict(cw["phone"], ext=str(rng.randrange(100, 999)) if rng.random() < 0.5 else None)
            if c["addr"] is None:
                c["addr"] = make_address(self, cc, "home" if kind == "home" else "office")
        if c["phone"] is None and rng.random() < p_phone:
            c["phone"] = make_phone(self, cc, "mobile" if rng.random() < 0.55 else "fixed")
            if rng.random() < 0.03:
                c["phone"]["ext"] = str(rng.randrange(10, 999))
        return cw

    # ---------------------------------------------------------- solo segments
    def solo(self, seg, cc=None):
        rng = self.rng
        if seg == "offshore":
            cc = cc or wpick(rng, OFFSHORE_CC)
        elif seg == "academic":
            cc = cc or self.cc_wt.pick(rng)
            while not self.univs[cc]:
                cc = self.cc_wt.pick(rng)
        else:
            cc = cc or self.cc_wt.pick(rng)
        c = self.new_cust(cc, seg)
        getattr(self, "seg_" + seg)(c)
        if rng.random() < 0.008 and c["regid"] is None and seg not in ("individual",):
            c["regid"] = {"junk": JUNK_REGIDS[rng.randrange(len(JUNK_REGIDS))], "uid": ("junk", 0)}
            self.conf["junk_regids"] += 1
        if rng.random() < 0.005:
            c["phone"] = {"junk": JUNK_PHONES[rng.randrange(len(JUNK_PHONES))], "uid": ("junkp", 0), "distinct": False}
            self.conf["junk_phones"] += 1
        return c

    def seg_startup(self, c, sme=False):
        rng = self.rng
        cc = c["cc"]
        comp = new_company(self, cc)
        c["name"] = ("co", comp)
        founders = [self.person(cc) for _ in range(1 + (rng.random() < 0.55) + (rng.random() < 0.15))]
        if rng.random() < (0.75 if sme else 0.55):
            c["regid"] = make_regid(self, cc)
            c["regkind"] = c["regid"]["kind"]
        cw = self.std_contact(c, comp, founders, p_own=0.85 if sme else 0.75)
        office = ip_office_block(self, cc) if (c["addr"] and c["addr"]["kind"] == "office" and rng.random() < 0.6) else None
        if rng.random() < 0.88:
            c["card"] = new_card(self)
        if rng.random() < (0.6 if sme else 0.45):
            c["dirs"] = list(founders)
        if rng.random() < (0.4 if sme else 0.3):
            c["owners"] = [("p", f) for f in founders[:2]]
            if not sme and rng.random() < 0.3:
                c["owners"].append(("s", VC_FUNDS[int(rng.random() ** 1.5 * len(VC_FUNDS))]))
        if rng.random() < 0.9:
            self.std_ips(c, office=office, cw=cw)
        self.std_ssh(c, 0.75 if not sme else 0.6)

    def seg_sme(self, c):
        self.seg_startup(c, sme=True)

    def seg_agency(self, c):
        self.seg_startup(c)
        c["ssh"] += [new_sshkey(self) for _ in range(self.rng.randrange(1, 4))]

    def seg_reseller_legit(self, c):
        # an MSP / reseller account that runs workloads for its own clients (one party: the MSP)
        self.seg_startup(c, sme=True)
        c["ssh"] += [new_sshkey(self) for _ in range(self.rng.randrange(2, 6))]
        self.std_ips(c, p_cloud=0.8, n=4)

    def seg_enterprise(self, c):
        rng = self.rng
        cc = c["cc"]
        comp = new_company(self, cc)
        c["name"] = ("co", comp)
        staff = [self.person(cc) for _ in range(2)]
        c["regid"] = make_regid(self, cc) if rng.random() < 0.85 else None
        c["regkind"] = c["regid"]["kind"] if c["regid"] else None
        self.std_contact(c, comp, staff, p_own=0.97, p_phone=0.85, addr_mix={"office": 90, "cowork": 5, "agent": 5}, p_addr=0.95)
        if c["email"] and c["email"][1]["kind"] == "own" and rng.random() < 0.2:
            c["email"] = (local_part(rng, staff[0]), c["email"][1])
        c["card"] = new_card(self) if rng.random() < 0.75 else None
        if rng.random() < 0.55:
            c["dirs"] = [self.person(cc) for _ in range(rng.randrange(1, 5))]
        if rng.random() < 0.2:
            c["owners"] = [("s", "Public shareholders")] if rng.random() < 0.3 else [("c", new_company(self, cc))]
        office = ip_office_block(self, cc)
        self.std_ips(c, p_res=0.15, p_cloud=0.6, p_proxy=0.5 if rng.random() < 0.35 else 0.0, office=office)
        self.std_ssh(c, 0.7)

    def seg_individual(self, c):
        rng = self.rng
        cc = c["cc"]
        p = self.person(cc)
        r = rng.random()
        if r < 0.8:
            c["name"] = ("person", p)
        else:
            comp = new_company(self, cc, brand={"lat": family_latin(p) + " " + ["Consulting", "AI", "Labs", "Analytics", "Research"][rng.randrange(5)]}, ind=None)
            comp["sole"] = p
            c["name"] = ("sole", comp)
        if rng.random() < 0.85:
            c["email"] = free_email(self, cc, p)
        else:
            comp = new_company(self, cc, brand={"lat": family_latin(p) + syll_word(rng, 1)}, ind=None)
            d = new_domain(self, comp)
            c["email"] = (local_part(rng, p), d)
            if rng.random() < 0.5:
                c["web"] = web_own(self, d)
        if c["web"] is None and rng.random() < 0.18:
            c["web"] = web_builder(self, _ascii_label(family_latin(p)) + str(rng.randrange(1, 99)))
        if rng.random() < 0.55:
            c["addr"] = make_address(self, cc, "home")
        if rng.random() < 0.65:
            c["phone"] = make_phone(self, cc, "mobile")
        c["card"] = new_card(self) if rng.random() < 0.95 else None
        if c["name"][0] == "sole" and rng.random() < 0.4:
            c["dirs"] = [p]
        self.std_ips(c, p_res=0.7, p_mob=0.3, p_cloud=0.2, p_vpn=0.1)
        self.std_ssh(c, 0.8)
        c["person"] = p

    def seg_academic(self, c):
        rng = self.rng
        cc = c["cc"]
        u = self.univs[cc][rng.randrange(len(self.univs[cc]))]
        p = self.person(cc)
        r = rng.random()
        if r < 0.55:
            c["name"] = ("person", p)
        else:
            lab = ["Vision Lab", "NLP Group", "Robotics Lab", "Machine Learning Group", "Computational Biology Lab", "HPC Lab", "AI Lab",
                   "Dept. of Computer Science", "Physics Department", "Data Science Institute"][rng.randrange(10)]
            c["name"] = ("str", [f"{u['name']} - {lab}", f"{lab}, {u['name']}", f"{u['name']} ({lab})", f"{family_latin(p)} Lab @ {u['name']}"][rng.randrange(4)])
        if rng.random() < 0.85:
            c["email"] = (local_part(rng, p), u["dom"])
        else:
            c["email"] = free_email(self, cc, p)
        if rng.random() < 0.35:
            c["web"] = {"uid": self.next_uid(), "reg": u["dom"]["name"], "host": u["dom"]["name"], "kind": "univ",
                        "path": "/~" + _ascii_label(family_latin(p)) if rng.random() < 0.5 else "/" + ["vision", "nlp", "robotics", "ml", "lab"][rng.randrange(5)], "dom": u["dom"],
                        "sub": ["cs", "eecs", "www", "people", "ai", "lab"][rng.randrange(6)] if rng.random() < 0.7 else None}
        if rng.random() < 0.5:
            c["addr"] = tenant_of(self, u["addr"])
        elif rng.random() < 0.3:
            c["addr"] = make_address(self, cc, "home")
        if rng.random() < 0.3:
            c["phone"] = dict(u["phone"], ext=str(rng.randrange(1000, 9999)) if rng.random() < 0.5 else None)
        elif rng.random() < 0.4:
            c["phone"] = make_phone(self, cc, "mobile")
        c["card"] = new_card(self) if rng.random() < 0.75 else None
        n = 1 + int(rng.random() ** 1.5 * 5)
        for _ in range(n):
            r = rng.random()
            if r < 0.55:
                self.add_ip(c, u["nat"][rng.randrange(len(u["nat"]))])
            elif r < 0.75:
                self.add_ip(c, ip_obj(self, 4, (u["nat16"] << 16) | (rng.randrange(256) << 8) | rng.randrange(1, 255), "campus_lab", True))
            elif r < 0.9:
                self.add_ip(c, ip_res(self, cc))
            else:
                self.add_ip(c, ip_cloud(self, cc))
        self.std_ssh(c, 0.9)
        c["person"] = p

    def seg_offshore(self, c):
        """A legitimate holding / trading company set up through a formation agent."""
        rng = self.rng
        cc = c["cc"]
        comp = new_company(self, cc, ind=IND_WT.pick(rng) if rng.random() < 0.7 else None)
        c["name"] = ("co", comp)
        owner = self.person(cc if rng.random() < 0.5 else self.cc_wt.pick(rng))
        ag = self.agent(cc)
        if rng.random() < 0.75:
            c["regid"] = make_regid(self, cc)
            c["regkind"] = c["regid"]["kind"]
        if ag and rng.random() < 0.85:
            c["addr"] = self.agent_tenant(ag)
        else:
            c["addr"] = make_address(self, cc, "office")
        r = rng.random()
        if ag and ag["dom"] and r < 0.3:
            c["email"] = (_ascii_label(brand_label(comp))[:14] or "client", ag["dom"])
        elif r < 0.7:
            c["email"] = free_email(self, cc, owner)
        else:
            d = new_domain(self, comp)
            c["email"] = (local_part(rng, owner), d)
            if rng.random() < 0.6:
                c["web"] = web_own(self, d)
        if ag and rng.random() < 0.4:
            c["phone"] = dict(ag["phone"], ext=str(rng.randrange(10, 999)) if rng.random() < 0.3 else None)
        elif rng.random() < 0.7:
            c["phone"] = make_phone(self, cc, "mobile")
        c["card"] = new_card(self) if rng.random() < 0.85 else None
        if ag and rng.random() < 0.5:
            k = 1 + (rng.random() < 0.5)
            c["dirs"] = rng.sample(ag["nominees"], min(k, len(ag["nominees"])))
            if ag.get("nomco") and rng.random() < 0.4:
                c["owners"] = [("s", ag["nomco"])]
        else:
            c["dirs"] = [owner] if rng.random() < 0.6 else []
        if rng.random() < 0.4:
            c["owners"].append(("p", owner))
        self.std_ips(c, p_res=0.5, p_mob=0.2, p_cloud=0.3, p_vpn=0.15)
        self.std_ssh(c, 0.45)

    # ---------------------------------------------------------- networks
    def kit_person(self, kit, cc=None, role="ctrl"):
        lst = kit[role]
        if lst:
            return lst[self.rng.randrange(len(lst))] if role == "straw" else lst[0]
        p = new_person(self, kit["origin"] if role == "ctrl" or self.rng.random() < 0.6 else self.cult_wt[cc or kit["home"]].pick(self.rng), common=False)
        lst.append(p)
        return p

    def kit_holding(self, kit):
        if kit["holding"] is None:
            rng = self.rng
            hcc = kit.get("holding_cc") or wpick(rng, HOLDING_CC)
            brand = kit["brand"] if rng.random() < 0.5 else new_brand(self, hcc)
            kit["holding"] = new_company(self, hcc, brand=brand, ind=14)
        return kit["holding"]

    def kit_ip(self, kit, cc):
        rng = self.rng
        if kit["home_ip"] is None:
            kit["home_ip"] = ip_res(self, kit["home"])
        r = rng.random()
        if r < 0.45:
            if rng.random() < 0.6:
                return kit["home_ip"]
            return ip_res(self, kit["home"], near=kit["home_ip"]) if kit["home_ip"]["v"] == 4 else kit["home_ip"]
        if r < 0.75:
            if kit["jump"] is None:
                kit["jump"] = ip_cloud(self, rng.choice([kit["home"], "US", "SG", "DE", "HK"]))
                kit["jump"]["src"] = "jump"
            return kit["jump"]
        return ip_in_block(self, self.kit_office(kit, cc))

    def kit_office(self, kit, cc):
        if kit["office"] is None:
            kit["office"] = ip_office_block(self, kit["home"] if self.rng.random() < 0.6 else cc)
        return kit["office"]

    def ensure_dom(self, kit, parent):
        e = parent["email"]
        if e and e[1]["kind"] == "own":
            return e[1]
        if parent["web"] and parent["web"]["kind"] == "own":
            return parent["web"]["dom"]
        comp = parent["name"][1] if parent["name"][0] in ("co", "sole") else new_company(self, parent["cc"])
        d = new_domain(self, comp)
        parent["email"] = (local_part(self.rng, kit["ctrl"][0] if kit["ctrl"] else None), d)
        return d

    def link(self, kit, kind, child, parent):
        rng = self.rng
        if kind == "card":
            if parent["card"] is None:
                parent["card"] = new_card(self)
            child["card"] = parent["card"]
        elif kind == "ssh":
            pk = None
            for k in parent["ssh"]:
                if k["distinct"]:
                    pk = k
                    break
            if pk is None:
                if not kit["keys"] or rng.random() < 0.3:
                    kit["keys"].append(new_sshkey(self))
                pk = kit["keys"][rng.randrange(len(kit["keys"]))]
                parent["ssh"].append(pk)
            if pk not in child["ssh"]:
                child["ssh"].append(pk)
        elif kind == "regid":
            if child["cc"] != parent["cc"]:
                return self.link(kit, "card", child, parent)
            if parent["regid"] is None or "junk" in parent["regid"]:
                parent["regid"] = make_regid(self, parent["cc"])
                parent["regkind"] = parent["regid"]["kind"]
            child["regid"] = parent["regid"]
            child["regkind"] = parent["regkind"]
        elif kind == "ip_exact":
            cand = [x for x in parent["ips"] if x["distinct"]]
            if cand:
                ip = cand[rng.randrange(len(cand))]
            else:
                ip = self.kit_ip(kit, parent["cc"])
                self.add_ip(parent, ip)
            self.add_ip(child, ip)
        elif kind == "ip_subnet":
            blk = self.kit_office(kit, parent["cc"])
            s24 = blk["s24"]
            if not any(x["v"] == 4 and x["val"] >> 8 == s24 for x in parent["ips"]):
                self.add_ip(parent, ip_in_block(self, blk))
            self.add_ip(child, ip_in_block(self, blk))
        elif kind == "phone":
            ph = parent["phone"]
            if ph is None or not ph.get("distinct"):
                ph = make_phone(self, parent["cc"], "mobile" if rng.random() < 0.6 else "fixed")
                parent["phone"] = ph
            child["phone"] = dict(ph, ext=None) if rng.random() < 0.9 else dict(ph, ext=str(rng.randrange(10, 99)))
        elif kind == "address":
            a = parent["addr"]
            if a is None or not a["distinct"]:
                a = make_address(self, parent["cc"], "office" if rng.random() < 0.8 else "home")
                parent["addr"] = a
            child["addr"] = a
        elif kind == "director":
            p = None
            for d in parent["dirs"]:
                if not d.get("nominee") and d.get("kitp"):
                    p = d
                    break
            if p is None:
                p = self.kit_person(kit, parent["cc"], "ctrl" if kit["arch"] in ("rotator", "careless", "multi_country", "corporate_group", "duplicate_account") else "straw")
                p["kitp"] = True
                if p not in parent["dirs"]:
                    parent["dirs"].append(p)
            if p not in child["dirs"]:
                child["dirs"].append(p)
        elif kind == "owner_person":
            p = self.kit_person(kit, parent["cc"], "ctrl")
            p["kitp"] = True
            for x in (parent, child):
                if ("p", p) not in x["owners"]:
                    x["owners"].append(("p", p))
        elif kind == "owner_company":
            h = self.kit_holding(kit)
            for x in (parent, child):
                if ("c", h) not in x["owners"]:
                    x["owners"].append(("c", h))
            if kit["arch"] == "front_subsidiaries" and parent is kit["members"][0] and rng.random() < 0.6:
                child["owners"].append(("c", parent["name"][1]))
        elif kind == "email_domain":
            d = self.ensure_dom(kit, parent)
            child["email"] = (local_part(rng, child["dirs"][0] if child["dirs"] else None), d)
        elif kind == "website":
            w = parent["web"]
            if w is None or w["kind"] != "own":
                d = self.ensure_dom(kit, parent)
                w = web_own(self, d)
                parent["web"] = w
            w2 = dict(w)
            r = rng.random()
            if r < 0.35:
                w2["sub"] = child["cc"].lower()
            elif r < 0.6:
                w2["path"] = "/" + ["en", "asia", "eu", "cloud", "ai", child["cc"].lower()][rng.randrange(6)]
            child["web"] = w2

    def make_network(self, arch, size):
        rng = self.rng
        A = ARCH[arch]
        nid = len(self.nets)
        origin = wpick(rng, ORIGINS) if arch in EVASIVE else None
        if arch in EVASIVE:
            home = ORIGIN_HOME[origin]
            jur = SHELL_JUR[origin]
            main = wpick(rng, jur)
            second = wpick(rng, jur) if rng.random() < 0.3 else None
        else:
            main = self.cc_wt.pick(rng)
            home = main
            origin = self.cult_wt[main].pick(rng)
            jur = None
            second = None
        kit = {"arch": arch, "nid": nid, "origin": origin, "home": home, "ctrl": [], "straw": [], "keys": [], "holding": None,
               "home_ip": None, "jump": None, "office": None, "brand": new_brand(self, main), "members": [], "main": main}
        if arch == "corporate_group":
            kit["holding_cc"] = main
        ctrl = self.kit_person(kit, home, "ctrl")
        q_net = wpick(rng, {0.1: 30, 0.3: 45, 0.6: 25})
        members = kit["members"]
        ag_main = self.agent(main)
        vpn_user = arch in EVASIVE and rng.random() < 0.55
        for i in range(size):
            if arch == "multi_country":
                cc = wpick(rng, jur) if i > 0 else main
            elif arch == "corporate_group":
                cc = main if i == 0 or rng.random() < 0.35 else self.cc_wt.pick(rng)
            elif arch == "duplicate_account":
                cc = main
            else:
                cc = second if (second and rng.random() < 0.35) else main
            c = self.new_cust(cc, "net")
            c["net"] = nid
            c["arch"] = arch
            c["q"] = q_net if rng.random() < 0.7 else c["q"]
            self.net_member(kit, c, i, ag_main if cc == main else self.agent(cc), vpn_user)
            if i > 0:
                if arch in ("front_subsidiaries", "reseller_disguised", "corporate_group", "duplicate_account") and rng.random() < 0.75:
                    parent = members[0]
                elif arch in ("careful", "rotator"):
                    parent = members[-1] if rng.random() < 0.6 else members[rng.randrange(len(members))]
                else:
                    parent = members[rng.randrange(len(members))]
                nl = rng.randint(*A["nl"])
                kinds = []
                for _ in range(nl):
                    k = wpick(rng, A["links"])
                    if k not in kinds:
                        kinds.append(k)
                if kinds == ["ip_subnet"]:  # a shared /24 alone is too weak to be a fair trace
                    kinds.append(wpick(rng, {k: w for k, w in A["links"].items() if k != "ip_subnet"}))
                for k in kinds:
                    self.link(kit, k, c, parent)
                mx = max(A["links"].values())
                for k, w in A["links"].items():
                    if rng.random() < A["loose"] * w / mx:
                        self.link(kit, k, c, members[rng.randrange(len(members))])
            members.append(c)
        # the listed original
        if arch in EVASIVE and rng.random() < 0.1:
            m0 = members[0]
            m0["listed"] = True
            if ctrl not in m0["dirs"]:
                m0["dirs"].append(ctrl)
        if arch == "corporate_group" and rng.random() < 0.08:
            for m in members:
                if rng.random() < 0.5:
                    m["listed"] = True
        self.nets.append(kit)
        return kit

    def net_member(self, kit, c, i, ag, vpn_user):
        rng = self.rng
        arch = kit["arch"]
        cc = c["cc"]
        m0 = kit["members"][0] if kit["members"] else None
        # ---- name
        if arch == "duplicate_account" and m0 is not None:
            c["name"] = m0["name"]
        elif arch == "corporate_group":
            comp = new_company(self, cc, brand=kit["brand"])
            c["name"] = ("co", comp)
        elif arch in ("careless", "front_subsidiaries") and rng.random() < (0.5 if arch == "careless" else 0.55):
            comp = new_company(self, cc, brand=kit["brand"])
            c["name"] = ("co", comp)
        elif arch == "reseller_disguised" and i > 0 and rng.random() < 0.3:
            p = self.person(cc)
            c["name"] = ("person", p)
            c["person"] = p
        else:
            comp = new_company(self, cc)
            if arch in ("nominee_shells", "careful") and rng.random() < 0.3:
                comp["ind"] = 12  # "Trading"
            c["name"] = ("co", comp)
        comp = c["name"][1] if c["name"][0] == "co" else None
        # ---- registration
        p_reg = {"nominee_shells": 0.6, "front_subsidiaries": 0.7, "reseller_disguised": 0.35, "careful": 0.5, "careless": 0.45,
                 "rotator": 0.4, "multi_country": 0.6, "corporate_group": 0.85, "duplicate_account": 0.55}[arch]
        if arch == "duplicate_account" and m0 is not None:
            if m0["regid"] is not None and rng.random() < 0.6:
                c["regid"], c["regkind"] = m0["regid"], m0["regkind"]
        elif comp and rng.random() < p_reg:
            c["regid"] = make_regid(self, cc)
            c["regkind"] = c["regid"]["kind"]
        # ---- address
        if arch == "duplicate_account" and m0 is not None:
            c["addr"] = m0["addr"] if rng.random() < 0.6 else None
        else:
            mix = {"nominee_shells": {"agent": 85, "cowork": 5, "office": 10}, "careful": {"agent": 45, "cowork": 20, "office": 35},
                   "rotator": {"agent": 40, "cowork": 30, "office": 30}, "careless": {"agent": 30, "office": 60, "home": 10},
                   "reseller_disguised": {"agent": 20, "cowork": 20, "office": 40, "home": 20}, "front_subsidiaries": {"agent": 35, "office": 65},
                   "multi_country": {"agent": 60, "office": 40}, "corporate_group": {"office": 95, "cowork": 5}}.get(arch, {"office": 1})
            kind = wpick(rng, mix)
            if rng.random() < 0.85:
                if kind == "agent" and ag:
                    c["addr"] = self.agent_tenant(ag)
                elif kind == "cowork" and self.cowork(cc):
                    c["addr"] = self.cowork_tenant(self.cowork(cc))
                else:
                    c["addr"] = make_address(self, cc, "office" if kind != "home" else "home")
        # ---- e-mail / web
        lead = kit["ctrl"][0] if kit["ctrl"] else None
        if arch == "duplicate_account" and m0 is not None:
            c["email"] = (local_part(rng, self.person(cc)), m0["email"][1]) if m0["email"] and rng.random() < 0.6 else None
            c["web"] = m0["web"] if rng.random() < 0.4 else None
        elif arch == "corporate_group":
            if "corpdom" not in kit:
                kit["corpdom"] = new_domain(self, comp, tld="com")
            if rng.random() < 0.85:
                c["email"] = (local_part(rng, self.person(cc)), kit["corpdom"])
            else:
                c["email"] = (local_part(rng, self.person(cc)), new_domain(self, comp))
            if rng.random() < 0.5:
                w = web_own(self, kit["corpdom"])
                if rng.random() < 0.6:
                    w["sub"] = cc.lower()
                c["web"] = w
        else:
            r = rng.random()
            p_own = {"nominee_shells": 0.3, "careful": 0.45, "rotator": 0.4, "careless": 0.4, "reseller_disguised": 0.45,
                     "front_subsidiaries": 0.7, "multi_country": 0.55, "duplicate_account": 0.75}[arch]
            if ag and ag["dom"] and r < 0.2 and arch in ("nominee_shells", "careful", "rotator", "multi_country"):
                c["email"] = (_ascii_label(brand_label(comp) if comp else "client")[:14] or "client", ag["dom"])
            elif comp and r < 0.2 + p_own:
                d = new_domain(self, comp)
                c["email"] = (local_part(rng, None), d)
                if rng.random() < 0.55:
                    c["web"] = web_own(self, d)
            else:
                c["email"] = free_email(self, cc, lead if rng.random() < 0.2 else None)
            if c["web"] is None and rng.random() < 0.15:
                c["web"] = web_builder(self, brand_label(comp) if comp else None)
        # ---- phone
        if arch == "duplicate_account" and m0 is not None:
            c["phone"] = m0["phone"] if rng.random() < 0.5 else (make_phone(self, cc) if rng.random() < 0.4 else None)
        elif ag and c["addr"] and c["addr"]["kind"] == "agent" and rng.random() < 0.35:
            c["phone"] = dict(ag["phone"], ext=str(rng.randrange(10, 999)) if rng.random() < 0.3 else None)
        elif rng.random() < 0.7:
            c["phone"] = make_phone(self, cc, "mobile" if rng.random() < 0.7 else "fixed")
        # ---- card
        if arch == "duplicate_account" and m0 is not None and rng.random() < 0.3:
            c["card"] = m0["card"]
        elif rng.random() < 0.85:
            c["card"] = new_card(self)
        # ---- directors / owners
        if arch == "nominee_shells":
            if ag and rng.random() < 0.8:
                if "nomset" not in kit:
                    kit["nomset"] = rng.sample(ag["nominees"], min(2, len(ag["nominees"])))
                c["dirs"] = list(kit["nomset"]) if ag["addr"]["cc"] == kit["main"] else rng.sample(ag["nominees"], 1)
                if ag.get("nomco") and rng.random() < 0.4:
                    c["owners"].append(("s", ag["nomco"]))
        elif arch == "careful":
            if rng.random() < 0.6:
                c["dirs"] = [self.person(cc, common=True)]
        elif arch == "careless":
            if rng.random() < 0.5:
                p = self.kit_person(kit, cc, "ctrl")
                p["kitp"] = True
                c["dirs"] = [p]
        elif arch == "rotator":
            if rng.random() < 0.4:
                c["dirs"] = [self.person(cc)]
        elif arch == "multi_country":
            if ag and rng.random() < 0.5:
                c["dirs"] = rng.sample(ag["nominees"], 1)
        elif arch == "front_subsidiaries":
            if rng.random() < 0.5:
                c["dirs"] = [self.person(cc)]
        elif arch == "reseller_disguised":
            if rng.random() < 0.3:
                c["dirs"] = [self.person(cc)]
        elif arch == "corporate_group":
            c["dirs"] = [self.person(cc) for _ in range(rng.randrange(1, 3))]
            if i > 0 and rng.random() < 0.7:
                c["owners"].append(("c", kit["members"][0]["name"][1]))
        elif arch == "duplicate_account" and m0 is not None:
            c["dirs"] = list(m0["dirs"]) if rng.random() < 0.5 else []
        else:
            if rng.random() < 0.5:
                c["dirs"] = [self.person(cc)]
        # ---- IPs and keys
        if arch in ("corporate_group", "duplicate_account"):
            if arch == "corporate_group":
                if "corpproxy" not in kit:
                    kit["corpproxy"] = ip_office_block(self, kit["main"])
                for _ in range(rng.randrange(1, 4)):
                    self.add_ip(c, ip_in_block(self, kit["corpproxy"]) if rng.random() < 0.5 else ip_cloud(self, cc))
            else:
                self.std_ips(c)
                if m0 is not None and m0["ips"] and rng.random() < 0.5:
                    self.add_ip(c, m0["ips"][0])
            self.std_ssh(c, 0.6)
        else:
            n = 1 + int(rng.random() ** 1.5 * 4)
            for _ in range(n):
                r = rng.random()
                if vpn_user and r < 0.45:
                    self.add_ip(c, ip_vpn(self))
                elif r < 0.6:
                    self.add_ip(c, ip_res(self, cc if rng.random() < 0.5 else kit["home"]))
                elif r < 0.8:
                    self.add_ip(c, ip_cloud(self, cc))
                else:
                    self.add_ip(c, ip_mobile(self, cc if rng.random() < 0.5 else kit["home"]))
            if rng.random() < 0.05:
                c["ips"] = []  # no login history captured for this account
            if rng.random() < (0.35 if arch == "careful" else 0.55):
                c["ssh"].append(new_sshkey(self))

    # ---------------------------------------------------------- confounders among strangers
    def add_confounders(self, solos):
        rng = self.rng
        N = self.N
        # families: relatives running separate businesses / accounts; sometimes same home and home Wi-Fi
        cand = [c for c in solos if (c["seg"] in ("individual", "academic") and c.get("person") is not None) or
                (c["seg"] == "startup" and c["dirs"])]
        groups = {}
        for c in cand:
            p = c.get("person") or c["dirs"][0]
            if "f" in p:
                groups.setdefault((c["cc"], p["c"], p["sex"] if p["c"] in ("ru", "kk") else ""), []).append(c)
        gkeys = [k for k in groups if len(groups[k]) >= 2]
        gw = WT(gkeys, [len(groups[k]) for k in gkeys]) if gkeys else None
        nfam = int(N * 0.004) if gw else 0
        for _ in range(nfam):
            grp = groups[gw.pick(rng)]
            a = grp[rng.randrange(len(grp))]
            b = grp[rng.randrange(len(grp))]
            if a is b or a.get("fam") or b.get("fam"):
                continue
            pa = a.get("person") or a["dirs"][0]
            pb = b.get("person") or b["dirs"][0]
            pb["f"] = pa["f"]  # relatives share the family name
            a["fam"] = b["fam"] = True
            self.conf["family_pairs"] += 1
            if rng.random() < 0.5:
                self.conf["family_shared_home"] += 1
                home = a["addr"] if (a["addr"] and a["addr"]["kind"] == "home") else make_address(self, a["cc"], "home")
                a["addr"] = home
                b["addr"] = home
            if rng.random() < 0.25:
                self.conf["family_shared_ip"] += 1
                hip = ip_res(self, a["cc"])
                self.add_ip(a, hip)
                self.add_ip(b, hip)
            if rng.random() < 0.1 and a["phone"] is not None and a["phone"].get("distinct") and a["phone"].get("kind") == "fixed":
                b["phone"] = a["phone"]
        # freelance MLOps contractors whose key sits in several unrelated client accounts
        biz = [c for c in solos if c["seg"] in ("startup", "sme", "agency")]
        if len(biz) < 10 or len(solos) < 10:
            return
        for _ in range(max(1, N // 2500)):
            k = new_sshkey(self)
            k["contractor"] = True
            self.conf["contractor_keys"] += 1
            for _ in range(rng.randrange(2, 4)):
                c = biz[rng.randrange(len(biz))]
                if k not in c["ssh"]:
                    c["ssh"].append(k)
                    self.conf["contractor_key_accounts"] += 1
        # published tutorial / vagrant keys that some people never replace
        for _ in range(max(2, N // 2500)):
            c = solos[rng.randrange(len(solos))]
            c["ssh"].append(self.vagrant if rng.random() < 0.6 else self.tutorial_key)
            self.conf["tutorial_key_accounts"] += 1

    # ---------------------------------------------------------- build
    def build(self):
        rng = self.rng
        N = self.N
        frac = rng.uniform(0.18, 0.26)
        target = int(N * frac)
        arch_names = list(ARCH.keys())
        arch_wt = WT(arch_names, [ARCH[a]["w"] for a in arch_names])
        size_wt = {a: WT(list(range(ARCH[a]["lo"], ARCH[a]["hi"] + 1)), [k ** -ARCH[a]["s"] for k in range(ARCH[a]["lo"], ARCH[a]["hi"] + 1)]) for a in arch_names}
        in_net = 0
        while in_net < target - 1:
            a = arch_wt.pick(rng)
            s = size_wt[a].pick(rng)
            s = min(s, target - in_net)
            if s < 2:
                break
            self.make_network(a, s)
            in_net += s
        seg_wt = WT(list(SEGMENTS.keys()), list(SEGMENTS.values()))
        solos = []
        while len(self.custs) < N:
            solos.append(self.solo(seg_wt.pick(rng)))
        # a few listed parties among solos (e.g. entities on a list who signed up under their own name)
        for c in solos:
            if rng.random() < 0.0015:
                c["listed"] = True
        self.add_confounders(solos)
        # "listed" present (false) on screened records
        for c in self.custs:
            if c["listed"] is None and rng.random() < 0.7:
                c["listed"] = False
        return self.custs

# =====================================================================
# rendering, truth, statistics, CLI
# =====================================================================

TITLES = ["Mr. ", "Ms. ", "Dr. ", "Mr ", "Mrs. "]


def render_record(g, c, cid):
    rng = g.rng
    q = c["q"]
    cc = c["cc"]
    rec = {"id": cid}
    kind, obj = c["name"]
    if kind in ("co", "sole"):
        name = render_company(rng, obj, q)
    elif kind == "person":
        name = render_person(rng, obj, cc, q)
        if rng.random() < 0.03:
            name = TITLES[rng.randrange(len(TITLES))] + name
    else:
        name = obj if rng.random() > 0.05 else obj.upper()
    rec["name"] = name
    rec["country"] = cc
    if c["regid"] is not None:
        rec["registration_id"] = render_regid(rng, c["regid"], q, c["regkind"])
    if c["addr"] is not None:
        rec["address"] = render_address(rng, c["addr"], q)
    if c["email"] is not None:
        rec["email"] = render_email(rng, c["email"], q)
    if c["phone"] is not None:
        rec["phone"] = render_phone(rng, c["phone"], q)
    if c["web"] is not None:
        rec["website"] = render_web(rng, c["web"], q)
    if c["card"] is not None:
        rec["payment_fingerprint"] = c["card"]
    if c["dirs"]:
        seen = []
        out = []
        for p in c["dirs"]:
            if p["pid"] in seen:
                continue
            seen.append(p["pid"])
            s = render_person(rng, p, cc, q)
            if rng.random() < 0.02:
                s = TITLES[rng.randrange(len(TITLES))] + s
            out.append(s)
        rec["directors"] = out
    if c["owners"]:
        out = []
        seen = []
        for k, o in c["owners"]:
            key = (k, o["pid"] if k == "p" else (o["cid"] if k == "c" else o))
            if key in seen:
                continue
            seen.append(key)
            if k == "p":
                s = render_person(rng, o, cc, q)
            elif k == "c":
                s = render_company(rng, o, q)
            else:
                s = o
            if rng.random() < 0.04:
                s += f" ({rng.choice([100, 60, 51, 50, 40, 33, 25, 10])}%)"
            out.append(s)
        rec["owners"] = out
    if c["ips"]:
        ips = [render_ip(rng, ip, q) for ip in c["ips"]]
        rng.shuffle(ips)
        rec["ips"] = ips
    if c["ssh"]:
        seen = []
        out = []
        for k in c["ssh"]:
            if k["uid"] in seen:
                continue
            seen.append(k["uid"])
            out.append(render_ssh(rng, k, q))
        rec["ssh_keys"] = out
    if c["listed"] is not None:
        rec["listed"] = c["listed"]
    return rec


def _b36(n, width=8):
    al = "0123456789abcdefghijklmnopqrstuvwxyz"
    s = ""
    while n:
        n, r = divmod(n, 36)
        s = al[r] + s
    return s.rjust(width, "0")


def evidence(c):
    """Canonical (kind, value, distinctive) triples of one customer, for statistics only."""
    out = []
    if c["card"]:
        out.append(("card", c["card"], True))
    for k in c["ssh"]:
        out.append(("ssh", k["uid"], k["distinct"] and not k.get("contractor")))
    r = c["regid"]
    if r is not None:
        out.append(("regid", ("junk", r["junk"].lower()) if "junk" in r else (r["uid"], c["regkind"]), "junk" not in r))
    ph = c["phone"]
    if ph is not None:
        out.append(("phone", ph["uid"] if "junk" not in ph else ("junk", ph["junk"]), bool(ph.get("distinct"))))
    a = c["addr"]
    if a is not None:
        out.append(("address", a["uid"], a["distinct"]))
        out.append(("building", a["buid"], a["distinct"]))
    e = c["email"]
    if e is not None:
        out.append(("email_domain", e[1]["uid"], e[1]["kind"] == "own"))
    w = c["web"]
    if w is not None:
        out.append(("website", w["reg"], w["kind"] == "own"))
    for p in c["dirs"]:
        out.append(("director", p["pid"], not p.get("nominee")))
    for k, o in c["owners"]:
        if k == "p":
            out.append(("owner", ("p", o["pid"]), True))
        elif k == "c":
            out.append(("owner", ("c", o["cid"]), True))
        else:
            out.append(("owner", ("s", o), False))
    for ip in c["ips"]:
        out.append(("ip", ip["uid"], ip["distinct"]))
        if ip["v"] == 4:
            out.append(("ip24", ip["val"] >> 8, ip["distinct"]))
        else:
            out.append(("ip48", ip["val"] >> 80, ip["distinct"]))
    return out


def check_stats(g, custs, parties, recs):
    err = sys.stderr
    N = len(custs)
    nets = g.nets
    pr = lambda *a: print(*a, file=err)
    innet = sum(1 for c in custs if c["net"] is not None)
    pr(f"== gen16 check: N={N} networks={len(nets)} in-network={innet} ({100.0 * innet / N:.1f}%)")
    sizes = {}
    for c in custs:
        if c["net"] is not None:
            sizes[c["net"]] = sizes.get(c["net"], 0) + 1
    hist = {}
    for s in sizes.values():
        b = str(s) if s <= 5 else ("6-10" if s <= 10 else ("11-15" if s <= 15 else "16-25"))
        hist[b] = hist.get(b, 0) + 1
    pr("network size histogram: " + ", ".join(f"{k}:{hist[k]}" for k in ["2", "3", "4", "5", "6-10", "11-15", "16-25"] if k in hist))
    pairs_pos = sum(s * (s - 1) // 2 for s in sizes.values())
    pr(f"true same-party pairs: {pairs_pos}; mean network size {innet / max(1, len(nets)):.2f}; max {max(sizes.values()) if sizes else 0}")
    arch = {}
    for k in nets:
        a = arch.setdefault(k["arch"], [0, 0])
        a[0] += 1
        a[1] += sizes.get(k["nid"], 0)
    pr("archetypes (networks / members): " + "; ".join(f"{a} {v[0]}/{v[1]}" for a, v in arch.items()))
    listed = sum(1 for c in custs if c["listed"])
    pr(f"listed=true: {listed} ({sum(1 for c in custs if c['listed'] and c['net'] is not None)} in networks)")
    pr("planted stranger confounders: " + ", ".join(f"{k}={v}" for k, v in g.conf.items()))
    segs = {}
    for c in custs:
        if c["net"] is None:
            segs[c["seg"]] = segs.get(c["seg"], 0) + 1
    pr("solo segments: " + ", ".join(f"{k} {v}" for k, v in segs.items()))
    ccs = {}
    for c in custs:
        ccs[c["cc"]] = ccs.get(c["cc"], 0) + 1
    pr("countries: " + ", ".join(f"{k} {v}" for k, v in sorted(ccs.items(), key=lambda x: -x[1])))
    multi_cc = sum(1 for k in nets if len(set(m["cc"] for m in k["members"])) > 1)
    pr(f"networks spanning >1 country: {multi_cc}")
    # presence
    fields = ["registration_id", "address", "email", "phone", "website", "payment_fingerprint", "directors", "owners", "ips", "ssh_keys", "listed"]
    pres = {f: [0, 0] for f in fields}
    nn = max(1, innet)
    ns = max(1, N - innet)
    for c, r in zip(custs, recs):
        for f in fields:
            if f in r:
                pres[f][0 if c["net"] is not None else 1] += 1
    pr("field presence (all / network members / solos):")
    for f in fields:
        a, b = pres[f]
        pr(f"  {f:20s} {100.0 * (a + b) / N:5.1f}%  {100.0 * a / nn:5.1f}%  {100.0 * b / ns:5.1f}%")
    # evidence index
    idx = {}
    for i, c in enumerate(custs):
        for kind, val, dist in evidence(c):
            key = (kind, val)
            e = idx.get(key)
            if e is None:
                idx[key] = e = [dist, []]
            if not e[1] or e[1][-1] != i:
                e[1].append(i)
    kinds = ["card", "ssh", "regid", "phone", "address", "building", "email_domain", "website", "director", "owner", "ip", "ip24", "ip48"]
    net_share = {k: 0 for k in kinds}
    net_share_dist = {k: 0 for k in kinds}
    stranger_pairs = {k: 0 for k in kinds}
    stranger_vals = {k: 0 for k in kinds}
    biggest = {k: (0, None) for k in kinds}
    per_net = {}
    parent = list(range(N))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (kind, val), (dist, members) in idx.items():
        if len(members) < 2:
            continue
        byp = {}
        for i in members:
            byp.setdefault(parties[i], []).append(i)
        tot = len(members) * (len(members) - 1) // 2
        same = sum(len(v) * (len(v) - 1) // 2 for v in byp.values())
        if tot - same > 0:
            stranger_pairs[kind] += tot - same
            stranger_vals[kind] += 1
        if len(byp) > biggest[kind][0]:
            biggest[kind] = (len(byp), val)
        for p, ms in byp.items():
            if len(ms) >= 2 and p.startswith("net-"):
                per_net.setdefault(p, {}).setdefault(kind, 0)
                per_net[p][kind] = 1
                if dist and len(byp) <= 3 and len(members) <= 30:
                    per_net[p].setdefault("_d_" + kind, 1)
                    r0 = find(ms[0])
                    for m in ms[1:]:
                        rm = find(m)
                        if rm != r0:
                            parent[rm] = r0
    for p, d in per_net.items():
        for k in kinds:
            if d.get(k):
                net_share[k] += 1
            if d.get("_d_" + k):
                net_share_dist[k] += 1
    pr("evidence kinds: networks sharing it (any value / distinctive value) | stranger pairs sharing a value (values) | most parties on one value")
    for k in kinds:
        pr(f"  {k:13s} {net_share[k]:5d} / {net_share_dist[k]:5d} nets | {stranger_pairs[k]:9d} pairs ({stranger_vals[k]:6d} vals) | max {biggest[k][0]} parties")
    # recoverability: members of each network connected via distinctive shared values
    comps = {}
    for i, c in enumerate(custs):
        if c["net"] is not None:
            comps.setdefault(parties[i], set()).add(find(i))
    ok = sum(1 for v in comps.values() if len(v) == 1)
    frag = sorted(len(v) for v in comps.values() if len(v) > 1)
    pr(f"recoverability: {ok}/{len(comps)} networks fully connected through distinctive traces (shared by <=3 parties); fragmented: {frag[:20]}")
    # strong identifiers only
    sp = list(range(N))

    def f2(x):
        while sp[x] != x:
            sp[x] = sp[sp[x]]
            x = sp[x]
        return x

    for (kind, val), (dist, members) in idx.items():
        if kind in ("card", "ssh", "regid") and len(members) >= 2 and dist:
            r0 = f2(members[0])
            for m in members[1:]:
                rm = f2(m)
                if rm != r0:
                    sp[rm] = r0
    strong_pos = 0
    strong_false = 0
    grp = {}
    for i in range(N):
        grp.setdefault(f2(i), []).append(i)
    for ms in grp.values():
        if len(ms) < 2:
            continue
        byp = {}
        for i in ms:
            byp[parties[i]] = byp.get(parties[i], 0) + 1
        tot = len(ms) * (len(ms) - 1) // 2
        same = sum(v * (v - 1) // 2 for v in byp.values())
        strong_pos += same
        strong_false += tot - same
    pr(f"strong-identifier closure (card/ssh/regid exact, canonical): recovers {strong_pos}/{pairs_pos} true pairs "
       f"({100.0 * strong_pos / max(1, pairs_pos):.1f}%), {strong_false} false pairs")
    # name confounding: same rendered director string under different parties
    dn = {}
    for i, r in enumerate(recs):
        for d in r.get("directors", []):
            dn.setdefault(d.strip().lower(), set()).add(parties[i])
    multi = sorted(((len(v), k) for k, v in dn.items() if len(v) > 1), reverse=True)
    pr(f"director strings used by >1 party: {len(multi)}; top: " + "; ".join(f"{k} ({n})" for n, k in multi[:8]))
    fm = {}
    for i, r in enumerate(recs):
        e = r.get("email")
        if e:
            d = e.strip().split("@")[-1].rstrip(">").lower()
            fm[d] = fm.get(d, 0) + 1
    top = sorted(fm.items(), key=lambda x: -x[1])[:10]
    pr("top e-mail domains: " + ", ".join(f"{d} {n}" for d, n in top))


def main(argv):
    if len(argv) != 5:
        print("usage: linkage_gen16.py N SEED OUT.jsonl TRUTH.csv", file=sys.stderr)
        return 2
    N = int(argv[1])
    seed = argv[2]
    out, truth = argv[3], argv[4]
    t0 = time.time()
    g = Gen(N, seed)
    custs = g.build()
    rng = g.rng
    ids = ["cus_" + _b36(x) for x in rng.sample(range(36 ** 7, 36 ** 8), N)]
    order = list(range(N))
    rng.shuffle(order)
    parties = [None] * N
    recs = [None] * N
    for pos, i in enumerate(order):
        c = custs[i]
        cid = ids[pos]
        parties[i] = f"net-{c['net'] + 1:06d}" if c["net"] is not None else f"solo-{cid}"
        recs[i] = render_record(g, c, cid)
    with open(out, "w", encoding="utf-8") as fo, open(truth, "w", encoding="utf-8", newline="") as ft:
        ft.write("id,party\n")
        for i in order:
            fo.write(json.dumps(recs[i], ensure_ascii=False) + "\n")
            ft.write(f"{recs[i]['id']},{parties[i]}\n")
    if os.environ.get("GEN16_CHECK") == "1":
        check_stats(g, custs, parties, recs)
        print(f"elapsed {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
