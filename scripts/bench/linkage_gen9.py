#!/usr/bin/env python3
"""
linkage_gen9.py -- blind synthetic population generator for shell-network record linkage.

Usage:  python3 linkage_gen9.py N SEED OUT.jsonl TRUTH.csv
        (standard library only; deterministic per SEED via random.Random(SEED))

Written without reference to the engine or earlier generators.

DESIGN
Population = singleton customers (one party each) + planted shell networks (20-30% of
customers, size 2-6 mostly, tail to 25). Nobody else shares a strong identifier.

Every customer is first built as a *structured* proto (company-name parts, person identities,
building/unit, E.164 phone, domains, IP integers, ...) and only rendered to text at the end,
each record independently, so the same underlying value shows up in different surface forms.

World / noise (all scale with N):
 * ~30 countries weighted like a GPU-cloud customer base (CN, HK, SG, US, GB, DE, IN, JP, KR,
   MY, AE, RU, TR, TW, offshore VG/SC/KY/CY, ...), each with its own address style, phone plan,
   registration-id format, legal forms, person-name cultures and company-name stems.
 * Registered agents / corporate-service providers per country (address + switchboard phone
   + CSP e-mail domain + nominee directors/shareholders) used by hundreds of strangers;
   free-zone flexi-desk addresses (AE), Qianhai secretary address (CN), mass-registration
   addresses (RU), BVI/Seychelles/Cayman chambers.  Co-working centres (hot desk = same
   address; private offices = same building, other unit), small business centres (10-60
   tenants, shared address+reception phone), big office towers and industry parks with many
   unrelated tenants (distinct units).
 * Person names: Han simplified/traditional vs pinyin vs Wade-Giles vs Cantonese/Hokkien,
   family/given order, hyphenation, English names (HK); Cyrillic vs several transliteration
   schemes, patronymics, initials; Arabic spelling variants and script, bin/Al- forms;
   Persian, Turkish (dotted I, folding), German umlauts, Indian initials, Japanese kanji vs
   romaji (macrons), Korean hangul vs romanisations, Malay bin/binti, Tamil a/l, Vietnamese
   diacritics. Very common names (Wang Wei, Mohammed Ali, Ivan Ivanov, ...) shared by
   strangers.
 * Company names: Han vs pinyin, city prefixes, (HK)/(Hong Kong), bilingual; ООО «..» vs OOO/LLC;
   Turkish San. ve Tic. Ltd. Şti.; GmbH/UG; 株式会社/K.K.; 주식회사/(주); Sdn Bhd; Pte Ltd;
   FZE/FZCO/L.L.C; Pvt Ltd; abbreviations of industry words; common-word names and Zipf stems,
   so unrelated look-alike names are frequent.
 * Addresses: abbreviations (St/Street, Rd, Jln, ул./улица, Cad./Caddesi, Str./straße),
   unit/floor designators (Rm/Room/Flat/Unit/#12-03/12/F/Level/5F/층/호/Kat/D:/пом./офис),
   postcodes present/absent/with prefixes, country names, line orders, Chinese/Japanese/
   Korean/Cyrillic native script vs romanised, full-width digits, newlines.
 * Phones: national with trunk (0 / 8 in RU), +CC, 00CC, CC without +, "(0)" forms, brackets,
   dots, slashes, extensions (ext/x/#/转).  Foreign numbers always carry a country code.
 * E-mail: free-mail (gmail, qq, 163, 126, outlook, yandex, mail.ru, naver, ...), ISP mail
   (netvigator, singnet, emirates.net.ae, ...), CSP domains shared by hundreds, custom
   domains with ccSLDs and subdomains, display-name wrappers, case.
 * Websites: scheme/www/path/case variants, ccSLDs, platform pages (facebook, linkedin,
   alibaba storefronts, wixsite) shared as registrable domains by many.
 * IPs: cloud NAT egress addresses shared by thousands, VPN exit nodes by hundreds, mobile
   CGNAT pools (exact-IP collisions between strangers), residential /24s shared by
   strangers, hosting /24s, IPv6 residential /48s shared by strangers, ::ffff: mapped forms.
 * Typos in free text; "hard" typos (digit/letter changes) only in fields that are not
   planted evidence; missing fields at per-field rates; occasional empty values ("", null, []).
 * Hub hygiene: after generation, any stranger-shared phone, unit-level address, CSP/ISP/free-mail
   domain, exact IP, IPv6 /48 or nominee that ended up with only 2..9 distinct parties is replaced
   by a private value, so accidental sharing between strangers always looks like a hub (>=10
   parties).  Very common personal names shared by a few strangers are deliberately kept.

Planted networks: archetypes (mainland-China procurement, Russia-linked, Gulf front,
South-East Asia, Western reseller, North-East Asia) choose member countries and cultures.
Members are built as normal customers (so they also carry hub noise) and then linked by a
random spanning tree plus ~0.5 extra edges per member. Every edge carries evidence a careful
analyst would accept:
   strong   : payment fingerprint, SSH key, registration id (duplicate account)
   specific : phone, office unit, custom e-mail domain, website, static IPv4, IPv6 /48,
              distinctive director, distinctive owner (person or holding company), shared
              free-mail mailbox (beyond the spec's domain-only e-mail rule; ~3% of edges)
   weak pair: two of {similar company-name stem, same building (other unit), same
              residential /24, shared very-common director name}
Network-specific values are globally unique (registries), controllers' names and holding-company
names are reserved so no stranger carries them; for every weak-pair edge no stranger carries both
facts.  Evidence slots are always present and never get hard typos.
~25% of networks have one member marked "listed": true, plus a few singletons.

Runs in ~30 s for N=100000 (CPython 3.11).

Output: OUT.jsonl (one customer per line, ids unique, lines shuffled); TRUTH.csv "id,party"
(no header; network members share a label "net-XXXXX", singletons "solo-<id>").
generate(n, seed, meta=True) additionally returns side metadata (canonical values, planted
edges) for offline oracle checks; it is never written to the outputs.
"""
import sys
import json
import random
import bisect
import ipaddress
import unicodedata
import time
import re
import base64

# ====================================================================== utilities


class Pick:
    """Weighted chooser over (item, weight) pairs, O(log n) per draw."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        c = 0.0
        self.cum = []
        for p in pairs:
            c += p[1]
            self.cum.append(c)
        self.tot = c

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def skew(rng, n, k=2.0):
    """Index in [0,n) skewed towards 0 (k>1 => heavier head)."""
    return min(n - 1, int(n * (rng.random() ** k)))


def dig(rng, k):
    return "%0*d" % (k, rng.randrange(10 ** k))


FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def fold(s):
    """Strip diacritics (keeps base letters); handles a few non-decomposing letters."""
    s = s.replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D") \
         .replace("ß", "ss").replace("ø", "o").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def de_fold(s, rng):
    r = rng.random()
    if r < 0.5:
        return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae") \
                .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")
    return fold(s)


def tr_upper(s):
    return s.replace("i", "İ").replace("ı", "I").upper()


KEYNB = {
    "a": "qsz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
    "y": "tu", "z": "x",
}


def typo(rng, s):
    """One keyboard-ish letter typo (never the first letter, never digits)."""
    idx = [k for k in range(1, len(s)) if s[k].isalpha()]
    if len(idx) < 3:
        return s
    k = rng.choice(idx)
    r = rng.random()
    if r < 0.3 and k + 1 < len(s) and s[k + 1].isalpha():
        return s[:k] + s[k + 1] + s[k] + s[k + 2:]
    if r < 0.55:
        return s[:k] + s[k + 1:]
    if r < 0.75:
        return s[:k] + s[k] + s[k:]
    c = s[k]
    nb = KEYNB.get(c.lower())
    if not nb:
        return s[:k] + s[k + 1:]
    n = rng.choice(nb)
    if c.isupper():
        n = n.upper()
    return s[:k] + n + s[k + 1:]


def digit_typo(rng, s):
    idx = [k for k in range(len(s)) if s[k].isdigit()]
    if not idx:
        return s
    k = rng.choice(idx[len(idx) // 3:])
    return s[:k] + str((int(s[k]) + rng.randint(1, 9)) % 10) + s[k + 1:]


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


def title_words(s):
    return " ".join(cap1(w) for w in s.split(" "))


# ====================================================================== person names
# --- Chinese: (simplified, traditional, pinyin, Wade-Giles, Cantonese, Hokkien/Teochew, weight)
ZH_SUR = [
    ("王", "王", "Wang", "Wang", "Wong", "Ong", 10), ("李", "李", "Li", "Li", "Lee", "Lee", 10),
    ("张", "張", "Zhang", "Chang", "Cheung", "Teo", 9), ("刘", "劉", "Liu", "Liu", "Lau", "Lau", 7),
    ("陈", "陳", "Chen", "Ch'en", "Chan", "Tan", 7), ("杨", "楊", "Yang", "Yang", "Yeung", "Yeo", 4.5),
    ("黄", "黃", "Huang", "Huang", "Wong", "Ng", 3.5), ("赵", "趙", "Zhao", "Chao", "Chiu", "Teo", 3),
    ("吴", "吳", "Wu", "Wu", "Ng", "Goh", 2.8), ("周", "周", "Zhou", "Chou", "Chow", "Chew", 2.8),
    ("徐", "徐", "Xu", "Hsu", "Tsui", "Chee", 2), ("孙", "孫", "Sun", "Sun", "Suen", "Sng", 2),
    ("马", "馬", "Ma", "Ma", "Ma", "Beh", 1.8), ("朱", "朱", "Zhu", "Chu", "Chu", "Choo", 1.8),
    ("胡", "胡", "Hu", "Hu", "Wu", "Oh", 1.7), ("郭", "郭", "Guo", "Kuo", "Kwok", "Kuek", 1.5),
    ("何", "何", "He", "Ho", "Ho", "Ho", 1.4), ("林", "林", "Lin", "Lin", "Lam", "Lim", 1.4),
    ("罗", "羅", "Luo", "Lo", "Law", "Lo", 1.3), ("高", "高", "Gao", "Kao", "Ko", "Koh", 1.3),
    ("梁", "梁", "Liang", "Liang", "Leung", "Neo", 1.1), ("郑", "鄭", "Zheng", "Cheng", "Cheng", "Tay", 1.1),
    ("谢", "謝", "Xie", "Hsieh", "Tse", "Chia", 0.9), ("宋", "宋", "Song", "Sung", "Sung", "Song", 0.8),
    ("唐", "唐", "Tang", "T'ang", "Tong", "Tng", 0.8), ("许", "許", "Xu", "Hsu", "Hui", "Khoo", 0.8),
    ("邓", "鄧", "Deng", "Teng", "Tang", "Teng", 0.7), ("冯", "馮", "Feng", "Feng", "Fung", "Pang", 0.7),
    ("韩", "韓", "Han", "Han", "Hon", "Han", 0.7), ("曹", "曹", "Cao", "Ts'ao", "Tso", "Chow", 0.7),
    ("曾", "曾", "Zeng", "Tseng", "Tsang", "Chan", 0.6), ("彭", "彭", "Peng", "P'eng", "Pang", "Phang", 0.6),
    ("蔡", "蔡", "Cai", "Ts'ai", "Choi", "Chua", 0.5), ("潘", "潘", "Pan", "P'an", "Poon", "Phua", 0.5),
    ("袁", "袁", "Yuan", "Yuan", "Yuen", "Wan", 0.4), ("董", "董", "Dong", "Tung", "Tung", "Tang", 0.4),
    ("叶", "葉", "Ye", "Yeh", "Yip", "Yap", 0.4), ("蒋", "蔣", "Jiang", "Chiang", "Cheung", "Chiang", 0.4),
    ("杜", "杜", "Du", "Tu", "To", "Toh", 0.3), ("苏", "蘇", "Su", "Su", "So", "Soh", 0.3),
    ("魏", "魏", "Wei", "Wei", "Ngai", "Gwee", 0.3), ("程", "程", "Cheng", "Ch'eng", "Ching", "Teng", 0.3),
    ("吕", "呂", "Lü", "Lü", "Lui", "Lu", 0.3), ("丁", "丁", "Ding", "Ting", "Ting", "Teng", 0.3),
    ("沈", "沈", "Shen", "Shen", "Sham", "Sim", 0.3), ("任", "任", "Ren", "Jen", "Yam", "Jim", 0.3),
    ("姚", "姚", "Yao", "Yao", "Yiu", "Yeo", 0.3), ("卢", "盧", "Lu", "Lu", "Lo", "Loh", 0.3),
    ("钟", "鍾", "Zhong", "Chung", "Chung", "Cheng", 0.3), ("崔", "崔", "Cui", "Ts'ui", "Tsui", "Chui", 0.2),
    ("谭", "譚", "Tan", "T'an", "Tam", "Tham", 0.3), ("陆", "陸", "Lu", "Lu", "Luk", "Lok", 0.3),
    ("范", "范", "Fan", "Fan", "Fan", "Huan", 0.3), ("廖", "廖", "Liao", "Liao", "Liu", "Liau", 0.3),
    ("石", "石", "Shi", "Shih", "Shek", "Chioh", 0.3), ("金", "金", "Jin", "Chin", "Kam", "Kim", 0.3),
    ("欧阳", "歐陽", "Ouyang", "Ou-yang", "Au Yeung", "Ow Yong", 0.08),
    ("司马", "司馬", "Sima", "Ssu-ma", "Sze Ma", "Si Ma", 0.03),
]
# given-name characters: (simp, trad, pinyin, Wade-Giles, Cantonese, weight)
ZH_GIV = [
    ("伟", "偉", "wei", "wei", "wai", 6), ("芳", "芳", "fang", "fang", "fong", 3), ("娜", "娜", "na", "na", "na", 3),
    ("敏", "敏", "min", "min", "man", 3), ("静", "靜", "jing", "ching", "ching", 3), ("丽", "麗", "li", "li", "lai", 3),
    ("强", "強", "qiang", "ch'iang", "keung", 3), ("磊", "磊", "lei", "lei", "lui", 2.5), ("军", "軍", "jun", "chün", "kwan", 2.5),
    ("洋", "洋", "yang", "yang", "yeung", 2.5), ("勇", "勇", "yong", "yung", "yung", 2), ("艳", "艷", "yan", "yen", "yim", 2),
    ("杰", "傑", "jie", "chieh", "kit", 2), ("涛", "濤", "tao", "t'ao", "to", 2), ("明", "明", "ming", "ming", "ming", 2),
    ("超", "超", "chao", "ch'ao", "chiu", 2), ("秀", "秀", "xiu", "hsiu", "sau", 1.5), ("霞", "霞", "xia", "hsia", "ha", 1.5),
    ("平", "平", "ping", "p'ing", "ping", 1.5), ("刚", "剛", "gang", "kang", "kong", 1.5), ("建", "建", "jian", "chien", "kin", 1.5),
    ("华", "華", "hua", "hua", "wah", 2), ("国", "國", "guo", "kuo", "kwok", 1.5), ("志", "志", "zhi", "chih", "chi", 1.5),
    ("文", "文", "wen", "wen", "man", 1.5), ("海", "海", "hai", "hai", "hoi", 1.2), ("峰", "峰", "feng", "feng", "fung", 1.2),
    ("辉", "輝", "hui", "hui", "fai", 1.2), ("鹏", "鵬", "peng", "p'eng", "pang", 1.2), ("晓", "曉", "xiao", "hsiao", "hiu", 1.5),
    ("玲", "玲", "ling", "ling", "ling", 1.2), ("红", "紅", "hong", "hung", "hung", 1.2), ("斌", "斌", "bin", "pin", "pan", 1),
    ("宇", "宇", "yu", "yü", "yu", 1.2), ("浩", "浩", "hao", "hao", "ho", 1), ("俊", "俊", "jun", "chün", "chun", 1),
    ("嘉", "嘉", "jia", "chia", "ka", 1), ("婷", "婷", "ting", "t'ing", "ting", 1), ("雪", "雪", "xue", "hsüeh", "suet", 1),
    ("欣", "欣", "xin", "hsin", "yan", 1), ("子", "子", "zi", "tzu", "tsz", 1), ("天", "天", "tian", "t'ien", "tin", 1),
    ("永", "永", "yong", "yung", "wing", 1), ("成", "成", "cheng", "ch'eng", "shing", 1), ("东", "東", "dong", "tung", "tung", 1),
    ("立", "立", "li", "li", "lap", 1), ("家", "家", "jia", "chia", "ka", 1), ("思", "思", "si", "ssu", "sze", 0.8),
    ("雅", "雅", "ya", "ya", "nga", 0.8), ("琳", "琳", "lin", "lin", "lam", 0.8), ("凯", "凱", "kai", "k'ai", "hoi", 0.8),
    ("瑞", "瑞", "rui", "jui", "sui", 0.8), ("振", "振", "zhen", "chen", "chun", 0.8), ("德", "德", "de", "te", "tak", 0.8),
    ("荣", "榮", "rong", "jung", "wing", 0.8), ("锦", "錦", "jin", "chin", "kam", 0.6), ("泽", "澤", "ze", "tse", "chak", 0.6),
    ("梓", "梓", "zi", "tzu", "tsz", 0.6), ("轩", "軒", "xuan", "hsüan", "hin", 0.6), ("慧", "慧", "hui", "hui", "wai", 0.8),
    ("颖", "穎", "ying", "ying", "wing", 0.8), ("新", "新", "xin", "hsin", "san", 0.6), ("兵", "兵", "bing", "ping", "bing", 0.6),
    ("亮", "亮", "liang", "liang", "leung", 0.6), ("波", "波", "bo", "po", "bo", 0.6), ("春", "春", "chun", "ch'un", "chun", 0.6),
    ("毅", "毅", "yi", "i", "ngai", 0.5), ("健", "健", "jian", "chien", "kin", 0.6), ("宏", "宏", "hong", "hung", "wang", 0.5),
    ("昊", "昊", "hao", "hao", "ho", 0.4), ("铭", "銘", "ming", "ming", "ming", 0.4), ("晨", "晨", "chen", "ch'en", "san", 0.5),
]
_ZS = {s[0]: i for i, s in enumerate(ZH_SUR)}
_ZG = {g[0]: i for i, g in enumerate(ZH_GIV)}
ZH_COMMON = [(_ZS[a], tuple(_ZG[c] for c in b)) for a, b in [
    ("王", "伟"), ("张", "伟"), ("李", "伟"), ("王", "芳"), ("李", "娜"), ("张", "敏"), ("刘", "洋"), ("李", "强"),
    ("陈", "静"), ("王", "静"), ("张", "丽"), ("李", "军"), ("王", "勇"), ("刘", "伟"), ("陈", "伟"), ("杨", "洋"),
    ("王", "磊"), ("张", "杰"), ("李", "明"), ("王", "强"), ("张", "静"), ("王", "敏"), ("李", "静")]]
ZH_SUR_P = Pick([(i, s[6]) for i, s in enumerate(ZH_SUR)])
ZH_GIV_P = Pick([(i, g[5]) for i, g in enumerate(ZH_GIV)])
EN_HK = ["Peter", "David", "Michael", "Kenneth", "Raymond", "Eric", "Alan", "Tony", "Vincent", "Jason",
         "Kelvin", "Wilson", "Ivan", "Gary", "Jacky", "Winnie", "Cindy", "Karen", "Mandy", "Ivy", "Grace",
         "Carmen", "Joyce", "Vivian", "Stanley", "Edmund", "Samuel", "Terence", "Alvin", "Kenny"]

# --- Russian (Cyrillic); transliterated at render time with several schemes
RU_M = ["Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений", "Иван", "Михаил", "Артём",
        "Николай", "Владимир", "Павел", "Юрий", "Олег", "Игорь", "Виктор", "Роман", "Денис", "Константин",
        "Вадим", "Кирилл", "Илья", "Антон", "Виталий", "Вячеслав", "Станислав", "Григорий", "Тимур", "Руслан"]
RU_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Екатерина", "Анна", "Мария", "Юлия",
        "Анастасия", "Марина", "Людмила", "Ксения", "Дарья", "Алёна"]
RU_PAT = [("Александрович", "Александровна"), ("Сергеевич", "Сергеевна"), ("Дмитриевич", "Дмитриевна"),
          ("Андреевич", "Андреевна"), ("Алексеевич", "Алексеевна"), ("Владимирович", "Владимировна"),
          ("Николаевич", "Николаевна"), ("Викторович", "Викторовна"), ("Юрьевич", "Юрьевна"),
          ("Игоревич", "Игоревна"), ("Михайлович", "Михайловна"), ("Олегович", "Олеговна"),
          ("Евгеньевич", "Евгеньевна"), ("Петрович", "Петровна"), ("Иванович", "Ивановна"),
          ("Анатольевич", "Анатольевна"), ("Васильевич", "Васильевна")]
RU_FAM = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
          "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
          "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
          "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
          "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков",
          "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков",
          "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов",
          "Сидоров", "Покровский", "Вишневский", "Рыжов", "Щербаков", "Чернышёв", "Ершов", "Шевченко",
          "Бондаренко", "Ткаченко", "Кравченко", "Абрамович", "Левин", "Хайруллин", "Сафин", "Гарипов"]
RU_M_P = Pick([(i, 1.0 / (i + 3)) for i in range(len(RU_M))])
RU_F_P = Pick([(i, 1.0 / (i + 3)) for i in range(len(RU_F))])
RU_FAM_P = Pick([(i, 1.0 / (i + 4)) for i in range(len(RU_FAM))])
RU_COMMON = [(0, 7, "m"), (0, 1, "m"), (1, 0, "m"), (2, 2, "m"), (5, 0, "m"), (3, 1, "m"), (4, 3, "m")]

TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
            "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
            "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
            "э": "e", "ю": "yu", "я": "ya"}
SCHEME_OVR = {
    "icao": {"й": "i", "ю": "iu", "я": "ia", "ъ": "ie"},
    "bgn": {"ё": "yo", "ь": "'"},
    "simple": {"ё": "yo"},
    "x": {"х": "h", "ё": "e"},
}
_VOW = set("аеёиоуыэюяьъ")


def translit(word, scheme="simple"):
    ovr = SCHEME_OVR.get(scheme, {})
    out = []
    w = word
    n = len(w)
    k = 0
    while k < n:
        ch = w[k]
        lo = ch.lower()
        if lo not in TRANSLIT:
            out.append(ch)
            k += 1
            continue
        nxt = w[k + 1].lower() if k + 1 < n else ""
        end = (k + 2 >= n) or not w[k + 2].isalpha()
        if lo == "и" and nxt == "й" and end and scheme != "icao":
            t = "y" if scheme in ("simple", "x") else "iy"
            k += 2
        elif lo == "ы" and nxt == "й" and end:
            t = "y" if scheme in ("simple", "x") else ("yy" if scheme == "bgn" else "y")
            k += 2
        elif lo == "к" and nxt == "с" and scheme == "x":
            t = "x"
            k += 2
        elif lo == "е" and scheme == "bgn" and (k == 0 or w[k - 1].lower() in _VOW or not w[k - 1].isalpha()):
            t = "ye"
            k += 1
        else:
            t = ovr.get(lo, TRANSLIT[lo])
            k += 1
        if ch != lo and t:
            t = t.upper() if (k < n and w[k:k + 1].isupper() and len(t) > 1 and w.isupper()) else cap1(t)
        out.append(t)
    return "".join(out)


def ru_fem(fam):
    if fam.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return fam + "а"
    if fam.endswith(("ский", "цкий")):
        return fam[:-2] + "ая"
    return fam


# --- Arabic (spelling variants, Arabic script)
AR_GIV = [(["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Mohamad", "Muhammed"], "محمد", 10),
          (["Ahmed", "Ahmad"], "أحمد", 5), (["Ali"], "علي", 5), (["Hassan", "Hasan"], "حسن", 3),
          (["Hussein", "Hussain", "Husain", "Hossain"], "حسين", 3), (["Abdullah", "Abdallah", "Abdulla"], "عبدالله", 3),
          (["Khalid", "Khaled"], "خالد", 2.5), (["Omar", "Umar"], "عمر", 2.5), (["Youssef", "Yousef", "Yusuf", "Yousif"], "يوسف", 2),
          (["Ibrahim", "Ebrahim"], "إبراهيم", 2), (["Saeed", "Said", "Sayed"], "سعيد", 2), (["Rashid", "Rashed", "Rasheed"], "راشد", 1.5),
          (["Faisal", "Faysal"], "فيصل", 1.5), (["Abdulrahman", "Abdul Rahman", "Abdel Rahman", "Abd al-Rahman"], "عبدالرحمن", 1.5),
          (["Sultan"], "سلطان", 1), (["Hamad", "Hamed"], "حمد", 1), (["Majid", "Majed"], "ماجد", 1),
          (["Tariq", "Tarek", "Tareq"], "طارق", 1), (["Nasser", "Nasir", "Naser"], "ناصر", 1), (["Mustafa", "Mostafa"], "مصطفى", 1),
          (["Karim", "Kareem"], "كريم", 1), (["Fatima", "Fatma", "Fatimah"], "فاطمة", 1.2), (["Aisha", "Ayesha", "Aysha"], "عائشة", 0.8),
          (["Mariam", "Maryam", "Mariyam"], "مريم", 0.8), (["Noura", "Nora", "Nura"], "نورة", 0.6), (["Salem", "Salim"], "سالم", 1),
          (["Waleed", "Walid"], "وليد", 0.8), (["Adel", "Adil"], "عادل", 0.8), (["Jamal", "Gamal"], "جمال", 0.7), (["Ziad", "Ziyad"], "زياد", 0.6)]
AR_FAM = [(["Al Mansouri", "Al-Mansoori", "Almansouri", "Al Mansoori"], "المنصوري"),
          (["Al Hashimi", "Al-Hashemi", "Alhashmi"], "الهاشمي"), (["Al Nuaimi", "Al-Nuaimi", "Al Naimi"], "النعيمي"),
          (["Al Shamsi", "Al-Shamsi", "Alshamsi"], "الشامسي"), (["Al Suwaidi", "Al-Suwaidi", "Al Suwaidy"], "السويدي"),
          (["Al Zaabi", "Al-Zaabi", "Alzaabi"], "الزعابي"), (["Al Ketbi", "Al-Kitbi", "Alketbi"], "الكتبي"),
          (["Al Dhaheri", "Al-Dhaheri", "Al Daheri"], "الظاهري"), (["Haddad", "Al-Haddad"], "حداد"),
          (["Khoury", "Khouri", "El Khoury"], "خوري"), (["Saleh", "Salih"], "صالح"),
          (["Abdulaziz", "Abdel Aziz", "Abd al-Aziz"], "عبدالعزيز"), (["Qureshi", "Qurashi", "Al-Qurashi"], "القرشي"),
          (["Al Ansari", "Al-Ansari", "Alansari"], "الأنصاري"), (["Al Marzouqi", "Al-Marzooqi", "Almarzouqi"], "المرزوقي"),
          (["Al Amiri", "Al-Ameri", "Alameri"], "العامري"), (["Al Mazrouei", "Al-Mazrouei", "Almazroui"], "المزروعي"),
          (["Mahmoud", "Mahmood", "Mahmud"], "محمود"), (["Hamdan"], "حمدان"), (["Al Tamimi", "Al-Tamimi", "Altamimi"], "التميمي"),
          (["Al Otaibi", "Al-Otaibi", "Alotaibi"], "العتيبي"), (["Al Ghamdi", "Al-Ghamdi", "Alghamdi"], "الغامدي"),
          (["Al Harbi", "Al-Harbi", "Alharbi"], "الحربي"), (["Nasrallah", "Nasrallah"], "نصرالله"),
          (["Al Sayegh", "Al-Sayegh", "Alsayegh"], "الصايغ"), (["Al Bakri", "Al-Bakri"], "البكري")]
AR_GIV_P = Pick([(i, g[2]) for i, g in enumerate(AR_GIV)])
AR_FEM = {21, 22, 23, 24}

# --- Persian
FA_GIV = [["Mohammad Reza", "Mohammadreza", "Mohammad-Reza"], ["Alireza", "Ali Reza", "Ali-Reza"], ["Hossein", "Hosein", "Hussein"],
          ["Mehdi", "Mahdi"], ["Amir"], ["Reza"], ["Hamid"], ["Saeed", "Said"], ["Majid"], ["Mahmoud", "Mahmood"], ["Ehsan"],
          ["Behnam"], ["Farhad"], ["Babak"], ["Maryam"], ["Fatemeh", "Fatemah"], ["Zahra"], ["Narges"], ["Arash"], ["Kaveh"]]
FA_FAM = [["Ahmadi"], ["Hosseini", "Hosseiny", "Husseini"], ["Rezaei", "Rezaee", "Rezaie"], ["Mohammadi"], ["Karimi"],
          ["Jafari", "Jafary", "JafarI"], ["Moradi"], ["Rahimi"], ["Kazemi"], ["Sadeghi", "Sadeqi"], ["Ghorbani", "Qorbani"],
          ["Heidari", "Haidari", "Heydari"], ["Mousavi", "Musavi", "Moosavi"], ["Tehrani"], ["Esfahani", "Isfahani"], ["Shirazi"],
          ["Abbasi"], ["Najafi"], ["Akbari"], ["Sharifi"], ["Zarei", "Zareei"], ["Nouri", "Noori"]]

# --- Turkish
TR_GIV = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Murat", "Ömer", "Yusuf",
          "Ramazan", "Halil", "Süleyman", "Emre", "Burak", "Serkan", "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif",
          "Merve", "Gökhan", "Oğuz", "Çağlar", "Tolga", "Barış"]
TR_FAM = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan",
          "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Öz", "Korkmaz",
          "Karaca", "Güneş", "Aktaş", "Bulut", "Erdem", "Keskin", "Ünal", "Güler", "Tekin", "Bozkurt", "Acar"]

# --- German
DE_GIV = ["Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank", "Jürgen", "Klaus", "Peter",
          "Wolfgang", "Uwe", "Sabine", "Andrea", "Claudia", "Katharina", "Julia", "Anna", "Lena", "Jörg", "Björn",
          "Günter", "Matthias", "Sebastian", "Tobias", "Florian", "Maximilian", "Lukas", "Sven", "Dirk"]
DE_FAM = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
          "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
          "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
          "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Möller",
          "Weiß", "Jung", "Hahn", "Vogel", "Keller", "Günther", "Berger", "Roth", "Beck", "Lorenz", "Groß", "Jäger"]

# --- English
EN_GIV = ["James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
          "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua", "Kevin",
          "Brian", "George", "Edward", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
          "Jessica", "Sarah", "Karen", "Emily", "Emma", "Olivia", "Sophie", "Rachel", "Laura", "Katherine"]
EN_FEM = {"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen", "Emily",
          "Emma", "Olivia", "Sophie", "Rachel", "Laura", "Katherine", "Abigail", "Amanda", "Amy", "Chloe", "Claire", "Grace",
          "Hannah", "Julia", "Megan", "Natalie", "Nicole", "Rebecca", "Samantha", "Victoria", "Zoe", "Liz", "Beth", "Jen",
          "Jenny", "Pat", "Trish", "Sue", "Jess", "Kate", "Kathy"}
EN_NICK = {"William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Rick"], "James": ["Jim", "Jimmy"],
           "Michael": ["Mike"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
           "Anthony": ["Tony"], "Steven": ["Steve"], "Andrew": ["Andy", "Drew"], "Joseph": ["Joe"], "Thomas": ["Tom"],
           "Charles": ["Charlie", "Chuck"], "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen", "Jenny"],
           "Patricia": ["Pat", "Trish"], "Susan": ["Sue"], "Jessica": ["Jess"], "Joshua": ["Josh"], "David": ["Dave"],
           "Edward": ["Ed", "Ted"], "Katherine": ["Kate", "Kathy"]}
EN_FAM = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
          "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
          "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
          "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
          "Turner", "Parker", "Collins", "Edwards", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan",
          "Cooper", "Peterson", "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood",
          "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Patel", "Nguyen", "Kim", "Chen", "Wang",
          "O'Brien", "McDonald", "MacLeod", "Fitzgerald", "Van der Berg"]
EN_GIV_P = Pick([(i, 1.0 / (i + 5)) for i in range(len(EN_GIV))])
EN_FAM_P = Pick([(i, 1.0 / (i + 3)) for i in range(len(EN_FAM))])

# --- Indian
IN_GIV = ["Rajesh", "Amit", "Suresh", "Ramesh", "Sanjay", "Vijay", "Anil", "Sunil", "Deepak", "Rahul", "Rakesh",
          "Manoj", "Ravi", "Ashok", "Arun", "Pradeep", "Vikram", "Arjun", "Karthik", "Srinivas", "Venkatesh",
          "Priya", "Anjali", "Neha", "Pooja", "Sunita", "Lakshmi", "Kavita", "Divya", "Aditya", "Rohit", "Nikhil"]
IN_FAM = [["Kumar"], ["Sharma"], ["Singh"], ["Patel"], ["Gupta"], ["Reddy"], ["Rao"], ["Nair"], ["Iyer", "Iyengar"],
          ["Verma"], ["Jain"], ["Shah"], ["Mehta"], ["Agarwal", "Agrawal", "Aggarwal"], ["Chopra"], ["Malhotra"],
          ["Bhatia"], ["Joshi"], ["Desai"], ["Pillai"], ["Menon"], ["Krishnan"], ["Naidu"],
          ["Chaudhary", "Choudhary", "Chaudhari"], ["Mishra"], ["Pandey"], ["Yadav"], ["Banerjee", "Banerji"],
          ["Mukherjee", "Mukherji"], ["Chatterjee"], ["Das"], ["Ghosh"], ["Bose"], ["Khan"], ["Qureshi"]]
IN_GIV_P = Pick([(i, 1.0 / (i + 4)) for i in range(len(IN_GIV))])
IN_FAM_P = Pick([(i, 1.0 / (i + 2)) for i in range(len(IN_FAM))])

# --- Japanese (kanji, romaji with macrons)
JA_FAM = [("佐藤", "Satō"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("伊藤", "Itō"), ("渡辺", "Watanabe"),
          ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Katō"), ("吉田", "Yoshida"),
          ("山田", "Yamada"), ("佐々木", "Sasaki"), ("山口", "Yamaguchi"), ("松本", "Matsumoto"), ("井上", "Inoue"),
          ("木村", "Kimura"), ("林", "Hayashi"), ("斎藤", "Saitō"), ("清水", "Shimizu"), ("山崎", "Yamazaki"), ("森", "Mori"),
          ("池田", "Ikeda"), ("橋本", "Hashimoto"), ("阿部", "Abe"), ("石川", "Ishikawa"), ("中島", "Nakajima"),
          ("小川", "Ogawa"), ("後藤", "Gotō"), ("長谷川", "Hasegawa"), ("近藤", "Kondō"), ("藤田", "Fujita"), ("大野", "Ōno")]
JA_GIV = [("翔太", "Shōta"), ("大輔", "Daisuke"), ("健太", "Kenta"), ("拓也", "Takuya"), ("浩", "Hiroshi"), ("誠", "Makoto"),
          ("健一", "Ken'ichi"), ("隆", "Takashi"), ("茂", "Shigeru"), ("直樹", "Naoki"), ("和也", "Kazuya"), ("陽子", "Yōko"),
          ("由美", "Yumi"), ("恵子", "Keiko"), ("裕子", "Yūko"), ("美咲", "Misaki"), ("亮", "Ryō"), ("悠斗", "Yūto"),
          ("蓮", "Ren"), ("一郎", "Ichirō"), ("太郎", "Tarō"), ("修", "Osamu"), ("学", "Manabu"), ("剛", "Tsuyoshi"), ("聡", "Satoshi")]

# --- Korean (hangul, romanisation variants)
KO_FAM = [("김", ["Kim", "Gim"]), ("이", ["Lee", "Yi", "Rhee", "I"]), ("박", ["Park", "Pak", "Bak"]), ("최", ["Choi", "Choe"]),
          ("정", ["Jung", "Jeong", "Chung"]), ("강", ["Kang", "Gang"]), ("조", ["Cho", "Jo"]), ("윤", ["Yoon", "Yun"]),
          ("장", ["Jang", "Chang"]), ("임", ["Lim", "Im", "Yim"]), ("한", ["Han"]), ("오", ["Oh", "O"]),
          ("서", ["Seo", "Suh"]), ("신", ["Shin", "Sin"]), ("권", ["Kwon", "Gwon"]), ("황", ["Hwang"]), ("안", ["Ahn", "An"]),
          ("송", ["Song"]), ("류", ["Ryu", "Yoo", "Yu"]), ("홍", ["Hong"])]
KO_GIV = [("민준", ["Min-jun", "Minjun", "Min Jun", "Min-joon"]), ("서연", ["Seo-yeon", "Seoyeon", "Seo Yeon", "Suh-yun"]),
          ("지훈", ["Ji-hoon", "Jihoon", "Ji-hun", "Jihun"]), ("현우", ["Hyun-woo", "Hyunwoo", "Hyeon-u"]),
          ("수빈", ["Su-bin", "Subin", "Soo-bin"]), ("영호", ["Young-ho", "Youngho", "Yeong-ho"]),
          ("성민", ["Sung-min", "Seong-min", "Sungmin"]), ("동현", ["Dong-hyun", "Donghyun", "Dong-hyeon"]),
          ("지영", ["Ji-young", "Jiyoung", "Ji-yeong"]), ("은지", ["Eun-ji", "Eunji"]), ("준호", ["Jun-ho", "Junho", "Joon-ho"]),
          ("상우", ["Sang-woo", "Sangwoo", "Sang-u"]), ("재현", ["Jae-hyun", "Jaehyun", "Jae-hyeon"]), ("하은", ["Ha-eun", "Haeun"]),
          ("혜진", ["Hye-jin", "Hyejin"]), ("승훈", ["Seung-hoon", "Seunghoon", "Seung-hun"]), ("민수", ["Min-su", "Minsu", "Min-soo"]),
          ("영수", ["Young-soo", "Youngsoo", "Yeong-su"]), ("정호", ["Jung-ho", "Jeong-ho", "Jungho"])]
KO_FAM_P = Pick([(i, 1.0 / (i + 1) ** 0.8) for i in range(len(KO_FAM))])

# --- Malay / Tamil (MY, SG)
MS_M = [["Ahmad", "Ahmed"], ["Muhammad", "Mohd", "Mohamad", "Mohammad"], ["Abdul Rahman", "Abd Rahman"], ["Azman"],
        ["Hafiz", "Hafeez"], ["Faizal", "Faisal"], ["Ismail"], ["Zulkifli"], ["Razak"], ["Hamzah"], ["Aziz"], ["Rosli"],
        ["Kamarul"], ["Shahrul"], ["Nizam"]]
MS_F = [["Siti Aminah"], ["Nur Aisyah", "Nur Aishah"], ["Nurul Huda"], ["Farah"], ["Noraini"], ["Siti Khadijah"], ["Zarina"]]
MS_FATHER = ["Ismail", "Abdullah", "Ahmad", "Hassan", "Othman", "Yusof", "Ibrahim", "Omar", "Salleh", "Abu Bakar",
             "Mohamed", "Idris", "Harun", "Sulaiman", "Kassim"]
TA_GIV = ["Rajendran", "Subramaniam", "Murugan", "Ganesan", "Kumar", "Selvam", "Ravi", "Suresh", "Kavitha", "Devi",
          "Malar", "Saravanan", "Arumugam", "Ramesh"]
TA_FATHER = [["Subramaniam", "Subramanian"], ["Ramasamy", "Ramasami"], ["Krishnan"], ["Muthu"], ["Arumugam"],
             ["Govindasamy", "Govindasami"], ["Pillay", "Pillai"], ["Nadarajah", "Nadaraja"]]

# --- Vietnamese
VI_FAM = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
VI_MID = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Hoàng", ""]
VI_GIV = ["Minh", "Lan", "Anh", "Huy", "Hà", "Tuấn", "Nam", "Hùng", "Dũng", "Linh", "Trang", "Thảo", "Long", "Phương", "Sơn", "Hải", "Khoa"]



# ---- combinatorial expansion of name pools (realistic long tails; keeps "distinctive" names available)
RU_FAM += [r + s for r in ["Бел", "Крас", "Быстр", "Тих", "Гром", "Лаз", "Калаш", "Тимоф", "Сав", "Лук", "Кудр", "Сух",
                           "Горб", "Мороз", "Зим", "Вес", "Сев", "Луг", "Бор", "Дуб", "Берез", "Рыб", "Кузьм", "Фом",
                           "Ерём", "Барыш", "Бурлак", "Вьюг", "Долг", "Жар", "Звяг", "Игнат", "Карп", "Лапш", "Мамонт",
                           "Нестер", "Овчин", "Рож", "Скрип", "Тарх", "Уш", "Хром", "Цвет", "Чуд", "Шаб", "Щук", "Ястреб",
                           "Голов", "Камен", "Полян", "Садов", "Степ", "Остр", "Руд", "Сереб"]
           for s in ["ов", "ин", "ский", "ников", "енко"]]
RU_M += ["Аркадий", "Борис", "Валерий", "Геннадий", "Глеб", "Даниил", "Егор", "Леонид", "Марк", "Никита", "Пётр", "Семён",
         "Тимофей", "Фёдор", "Эдуард", "Ярослав"]
RU_FAM_P = Pick([(i, 1.0 / (i + 4)) for i in range(len(RU_FAM))])
RU_M_P = Pick([(i, 1.0 / (i + 3)) for i in range(len(RU_M))])
AR_GIV += [([g], "", 0.5) for g in ["Hamdan", "Mansour", "Obaid", "Marwan", "Bader", "Fahad", "Nawaf", "Turki", "Saif",
                                    "Humaid", "Juma", "Hazza", "Zayed", "Mubarak", "Ayman", "Bilal", "Osama", "Anas", "Hisham"]]
AR_GIV_P = Pick([(i, g[2]) for i, g in enumerate(AR_GIV)])
AR_FAM += [(["Al " + r + "i", "Al-" + r + "i", "Al" + r.lower() + "i"], "") for r in
           ["Rumaith", "Falas", "Muhair", "Shehh", "Kaab", "Naqb", "Jasm", "Hammad", "Mull", "Bloush", "Qasim", "Jaber",
            "Mehair", "Shams", "Hosan", "Maha", "Ali", "Bastak", "Awad", "Sharq", "Kuwait", "Yam", "Mazm", "Rais", "Sabb",
            "Khoor", "Ghurair", "Naim", "Tayer", "Mahmood"]]
FA_FAM += [[r + s] for r in ["Ahmad", "Hossein", "Rez", "Karim", "Jafar", "Mohammad", "Rahim", "Kazem", "Sadegh", "Akbar",
                             "Sharif", "Najaf", "Abbas", "Nour", "Tehran", "Shiraz", "Yazd", "Kerman", "Tabriz", "Mashhad",
                             "Bahram", "Ghasem", "Hashem", "Javad", "Mahdav", "Ardalan", "Farahan", "Golest", "Sepehr", "Kian"]
           for s in ["zadeh", "pour", "far", "nia", "nejad", "loo"]]
TR_FAM += [r + s for r in ["Kara", "Ak", "Öz", "Yıldız", "Demir", "Kaya", "Çelik", "Er", "Gün", "Tek", "Bal", "Tan", "Ay",
                           "Kurt", "Şen", "Baş", "Koç", "Uysal", "Aslan", "Bozkurt", "Gök", "Çetin", "Ateş", "Sarı"]
           for s in ["oğlu", "han", "türk", "can", "er", "soy", "taş", "göz", "kan", "alp"]]
DE_FAM += [r + s for r in ["Hoch", "Berg", "Stein", "Wald", "Feld", "Bach", "Brand", "Eich", "Linden", "Ros", "Kirch",
                           "Alt", "Neu", "Hof", "Sonn", "Wester", "Ober", "Unter", "Mittel", "Rieden"]
           for s in ["mann", "er", "hof", "berg", "bauer", "meier", "stein", "feld", "huber", "hardt", "inger", "brunner"]]
DE_GIV += ["Alexander", "Benjamin", "Carsten", "Daniel", "Elias", "Felix", "Heiko", "Holger", "Jan", "Jens", "Kai", "Lars",
           "Nils", "Oliver", "Patrick", "Ralf", "Timo", "Volker", "Bettina", "Birgit", "Christine", "Heike", "Jana", "Kerstin",
           "Lisa", "Monika", "Nicole", "Petra", "Silke", "Ute"]
EN_FAM += [r + s for r in ["Ash", "Black", "Brad", "Brook", "Craw", "Dal", "Fair", "Gold", "Hart", "Hol", "Kings", "Lang",
                           "Mar", "North", "Pem", "Rad", "Red", "Shel", "Stan", "Ster", "Thorn", "Wain", "Whit", "Win", "Bur",
                           "Hazel", "Lock", "Mid", "Ox", "Rox"]
           for s in ["ford", "ley", "ton", "wick", "wood", "field", "ridge", "well", "by", "worth", "ham", "stone", "brook"]]
EN_GIV += ["Aaron", "Adam", "Benjamin", "Brandon", "Caleb", "Dylan", "Eric", "Ethan", "Frank", "Gregory", "Henry", "Isaac",
           "Jack", "Jacob", "Jason", "Jeffrey", "Jonathan", "Justin", "Kyle", "Liam", "Lucas", "Nathan", "Noah", "Oliver",
           "Patrick", "Peter", "Ryan", "Samuel", "Scott", "Timothy", "Abigail", "Amanda", "Amy", "Chloe", "Claire", "Grace",
           "Hannah", "Julia", "Megan", "Natalie", "Nicole", "Rebecca", "Samantha", "Victoria", "Zoe"]
EN_FAM += [r + s for r in ["Al", "Bar", "Bel", "Bram", "Brix", "Cal", "Chal", "Crom", "Dun", "Els", "Fen", "Gar", "Glad",
                           "Hal", "Hem", "Kel", "Kim", "Lan", "Mel", "Mor", "Nor", "Pen", "Quen", "Sal", "Tal", "Tem", "Ux",
                           "Wal", "Wey", "Yar", "Ather", "Beck", "Cran", "Dray", "Ember", "Frost", "Gren", "Hather", "Ket", "Lind"]
           for s in ["ford", "ley", "ton", "wick", "wood", "field", "ridge", "well", "by", "worth", "ham", "stone", "brook",
                     "more", "dale", "combe", "hurst", "thwaite"]]
EN_GIV_P = Pick([(i, 1.0 / (i + 5)) for i in range(len(EN_GIV))])
EN_FAM_P = Pick([(i, 1.0 / (i + 3) ** 0.9) for i in range(len(EN_FAM))])
IN_GIV = [p + g for p in ["", "", "", "", "Sai ", "Venkata ", "Ravi ", "Shiva ", "Rama ", "Hari ", "Krishna ", "Surya "] for g in IN_GIV] + \
    ["Abhishek", "Akash", "Anand", "Ajay", "Bhavesh", "Chetan", "Dinesh", "Gaurav", "Harish", "Hemant", "Jitendra", "Kiran",
     "Mahesh", "Mukesh", "Naveen", "Prakash", "Rajiv", "Sandeep", "Santosh", "Shankar", "Tarun", "Vinod", "Yogesh", "Meena",
     "Rekha", "Shweta", "Swati", "Preeti", "Anita", "Geeta"]
IN_FAM += [[x] for x in ["Kulkarni", "Deshpande", "Patil", "Pawar", "Shinde", "Gowda", "Shetty", "Hegde", "Bhat", "Kamath",
                          "Naik", "Sinha", "Saxena", "Srivastava", "Tiwari", "Dubey", "Tripathi", "Rastogi", "Bansal", "Goyal",
                          "Mittal", "Garg", "Arora", "Kapoor", "Khanna", "Sethi", "Dhillon", "Gill", "Sandhu", "Grewal",
                          "Thakur", "Rathore", "Chauhan", "Rajput", "Bhatt", "Trivedi", "Parikh", "Modi", "Thakkar", "Gandhi"]]
IN_GIV_P = Pick([(i, (1.0 if i < 128 else 0.6) / (i % 32 + 4)) for i in range(len(IN_GIV))])
IN_FAM_P = Pick([(i, 1.0 / (i + 2)) for i in range(len(IN_FAM))])
JA_FAM += [("上野", "Ueno"), ("松田", "Matsuda"), ("原田", "Harada"), ("村上", "Murakami"), ("前田", "Maeda"), ("岡本", "Okamoto"),
           ("藤井", "Fujii"), ("西村", "Nishimura"), ("福田", "Fukuda"), ("太田", "Ōta"), ("三浦", "Miura"), ("藤原", "Fujiwara"),
           ("岡崎", "Okazaki"), ("中野", "Nakano"), ("小野", "Ono"), ("田村", "Tamura"), ("竹内", "Takeuchi"), ("金子", "Kaneko"),
           ("和田", "Wada"), ("中山", "Nakayama"), ("石井", "Ishii"), ("坂本", "Sakamoto"), ("遠藤", "Endō"), ("青木", "Aoki"),
           ("藤本", "Fujimoto"), ("西田", "Nishida"), ("菅原", "Sugawara"), ("久保", "Kubo"), ("平野", "Hirano"), ("宮崎", "Miyazaki")]
JA_GIV += [(a + b, ar + br) for a, ar in [("健", "Ken"), ("大", "Dai"), ("拓", "Taku"), ("和", "Kazu"), ("直", "Nao"), ("浩", "Hiro"),
                                          ("達", "Tatsu"), ("康", "Yasu"), ("正", "Masa"), ("秀", "Hide"), ("義", "Yoshi"), ("俊", "Toshi"),
                                          ("雅", "Masa"), ("信", "Nobu"), ("隆", "Taka")]
           for b, br in [("太", "ta"), ("也", "ya"), ("樹", "ki"), ("人", "to"), ("之", "yuki"), ("彦", "hiko"), ("明", "aki"), ("司", "shi")]]
KO_SYL = [("민", ["Min"]), ("준", ["Jun", "Joon"]), ("서", ["Seo", "Suh"]), ("연", ["Yeon", "Yun"]), ("지", ["Ji"]), ("훈", ["Hoon", "Hun"]),
          ("현", ["Hyun", "Hyeon"]), ("우", ["Woo", "U"]), ("수", ["Su", "Soo"]), ("빈", ["Bin"]), ("영", ["Young", "Yeong"]),
          ("호", ["Ho"]), ("성", ["Sung", "Seong"]), ("동", ["Dong"]), ("은", ["Eun"]), ("재", ["Jae"]), ("상", ["Sang"]),
          ("하", ["Ha"]), ("혜", ["Hye"]), ("승", ["Seung"]), ("진", ["Jin"]), ("태", ["Tae"]), ("경", ["Kyung", "Gyeong"]),
          ("석", ["Seok", "Suk"]), ("희", ["Hee", "Hui"]), ("도", ["Do"]), ("주", ["Ju", "Joo"]), ("용", ["Yong"]),
          ("철", ["Chul", "Cheol"]), ("혁", ["Hyuk", "Hyeok"]), ("규", ["Kyu", "Gyu"]), ("원", ["Won"]), ("선", ["Sun", "Seon"])]
KO_GIV += [(a[0] + b[0], [a[1][0] + "-" + b[1][0].lower(), a[1][0] + b[1][0].lower(), a[1][-1] + "-" + b[1][-1].lower()])
           for a in KO_SYL for b in KO_SYL if a[0] != b[0]]
MS_M += [[a + " " + b] for a in ["Mohd", "Ahmad", "Muhammad", "Abdul", "Nor", "Wan", "Megat", "Syed", "Mohd", "Ahmad"]
         for b in ["Faizal", "Zaki", "Hafiz", "Amir", "Firdaus", "Rizal", "Syafiq", "Hakim", "Azlan", "Khairul", "Nazri",
                   "Shukri", "Ridzuan", "Haziq", "Danial", "Irfan", "Aiman", "Fauzi", "Rahim", "Jamil"]]
MS_FATHER += ["Abdul Rahman", "Abdul Aziz", "Ahmad Kamal", "Mohd Noor", "Zainal", "Hussin", "Mat Isa", "Awang", "Daud",
              "Jaafar", "Mahmud", "Rashid", "Sabri", "Taib", "Yaacob", "Zakaria", "Rosli", "Hashim", "Embong", "Ghazali"]
TA_GIV += ["Balakrishnan", "Chandran", "Devan", "Elangovan", "Gopal", "Jeyakumar", "Kannan", "Loganathan", "Manikam",
           "Nagarajan", "Prakash", "Rajan", "Sivakumar", "Thiagarajan", "Vasu", "Priya", "Shanti", "Vani"]
TA_FATHER += [[x] for x in ["Sinnathamby", "Velu", "Perumal", "Rajoo", "Maniam", "Sellappan", "Kandasamy", "Raman",
                            "Letchumanan", "Annamalai", "Palaniappan", "Sundram"]]
VI_GIV += [a + " " + b for a in ["Minh", "Đức", "Quang", "Thanh", "Hoàng", "Ngọc", "Anh", "Văn"] for b in
           ["Tuấn", "Anh", "Huy", "Hải", "Long", "Nam", "Phúc", "Trung", "Khánh", "Việt"]]

def gen_person(rng, cul, common_p=0.05):
    r = rng.random
    if cul in ("zh", "zh_hk", "zh_tw", "zh_sg"):
        origin = {"zh": "cn", "zh_hk": "hk", "zh_tw": "tw", "zh_sg": "sg"}[cul]
        if r() < common_p:
            s, g = rng.choice(ZH_COMMON)
        else:
            s = ZH_SUR_P(rng)
            g = (ZH_GIV_P(rng),) if r() < 0.33 else (ZH_GIV_P(rng), ZH_GIV_P(rng))
        en = rng.choice(EN_HK) if origin in ("hk", "sg") and r() < 0.35 else None
        return ("zh", s, g, origin, en)
    if cul == "ru":
        if r() < common_p:
            f, g, sx = rng.choice(RU_COMMON)
        else:
            sx = "m" if r() < 0.78 else "f"
            f = RU_FAM_P(rng)
            g = RU_M_P(rng) if sx == "m" else RU_F_P(rng)
        return ("ru", f, g, rng.randrange(len(RU_PAT)), sx)
    if cul == "ar":
        if r() < common_p:
            return ("ar", 0, rng.choice([2, 1, 3]), -1, rng.random())
        g = AR_GIV_P(rng)
        fa = AR_GIV_P(rng)
        while fa in AR_FEM:
            fa = AR_GIV_P(rng)
        fam = rng.randrange(len(AR_FAM)) if r() < 0.7 else -1
        return ("ar", g, fa, fam, rng.random())
    if cul == "fa":
        return ("fa", skew(rng, len(FA_GIV), 1.5), skew(rng, len(FA_FAM), 1.3), rng.random())
    if cul == "tr":
        if r() < common_p:
            return ("tr", rng.choice([0, 2]), rng.choice([0, 1]))
        return ("tr", skew(rng, len(TR_GIV), 1.6), skew(rng, len(TR_FAM), 1.6))
    if cul == "de":
        return ("de", skew(rng, len(DE_GIV), 1.4), skew(rng, len(DE_FAM), 1.7), r() < 0.07)
    if cul == "en":
        if r() < common_p:
            return ("en", rng.choice([1, 5, 3]), rng.choice([0, 4, 3]), None)
        mid = chr(65 + rng.randrange(26)) if r() < 0.45 else None
        return ("en", EN_GIV_P(rng), EN_FAM_P(rng), mid)
    if cul == "in":
        if r() < common_p:
            return ("in", rng.choice([0, 1]), rng.choice([0, 1]), None)
        ini = chr(65 + rng.randrange(26)) if r() < 0.35 else None
        return ("in", IN_GIV_P(rng), IN_FAM_P(rng), ini)
    if cul == "ja":
        return ("ja", skew(rng, len(JA_FAM), 1.5), rng.randrange(len(JA_GIV)))
    if cul == "ko":
        return ("ko", KO_FAM_P(rng), rng.randrange(len(KO_GIV)), rng.random())
    if cul == "ms":
        sx = "m" if r() < 0.7 else "f"
        g = rng.randrange(len(MS_M)) if sx == "m" else rng.randrange(len(MS_F))
        return ("ms", g, rng.randrange(len(MS_FATHER)), sx)
    if cul == "ta":
        return ("ta", rng.randrange(len(TA_GIV)), rng.randrange(len(TA_FATHER)), "m")
    if cul == "vi":
        return ("vi", skew(rng, len(VI_FAM), 2.0), rng.randrange(len(VI_MID)), rng.randrange(len(VI_GIV)))
    raise ValueError(cul)


def pkey(p):
    """Loose identity of a person name as a careful human would judge ambiguity."""
    c = p[0]
    if c == "zh":
        return ("zh", ZH_SUR[p[1]][2].lower().replace("ü", "u"),
                "".join(ZH_GIV[i][2] for i in p[2]).replace("ü", "u"))
    if c == "ru":
        return ("ru", p[1], p[2], p[4])
    if c == "ar":
        return ("ar", p[1], p[3]) if p[3] >= 0 else ("ar", p[1], "b", p[2])
    if c in ("fa", "tr", "de", "en", "in", "ja", "ms", "ta"):
        return (c, p[1], p[2])
    if c == "ko":
        return ("ko", p[1], p[2])
    if c == "vi":
        return ("vi", p[1], p[2], p[3])
    if c == "co":
        return ("co", p[1]["cul"], stem_latin(p[1]["stem"]).lower(), p[1]["ind"])
    raise ValueError(c)


def _ue(s, rng, sysm):
    if "ü" not in s:
        return s
    if sysm == "py":
        return s.replace("ü", rng.choice(["ü", "u", "v", "yu"]))
    return s.replace("ü", rng.choice(["ü", "u"]))


def r_person(p, cc, rng):
    c = p[0]
    r = rng.random
    if c == "zh":
        _, s, g, origin, en = p
        S = ZH_SUR[s]
        G = [ZH_GIV[i] for i in g]
        hp = {"cn": {"CN": .65, "HK": .3, "TW": .3, "SG": .1, "MY": .08},
              "hk": {"HK": .3, "CN": .5, "TW": .3},
              "tw": {"TW": .45, "CN": .4, "HK": .3},
              "sg": {"SG": .12, "MY": .12, "CN": .4, "HK": .2}}[origin].get(cc, .03)
        if r() < hp:
            trad = cc in ("HK", "TW")
            if r() < 0.12:
                trad = not trad
            sur = S[1] if trad else S[0]
            giv = "".join(x[1] if trad else x[0] for x in G)
            return sur + giv if r() < 0.85 else sur + " " + giv
        sysm = {"cn": "py", "hk": "ct", "tw": "wg", "sg": "hk"}[origin]
        if r() < 0.04:
            sysm = {"py": "wg", "ct": "py", "wg": "py", "hk": "ct"}[sysm]
        if sysm == "py":
            sur, syl = S[2], [x[2] for x in G]
        elif sysm == "wg":
            sur, syl = S[3], [x[3] for x in G]
        elif sysm == "ct":
            sur, syl = S[4], [x[4] for x in G]
        else:
            sur, syl = S[5], [x[4] for x in G]
        sur = _ue(sur, rng, sysm)
        syl = [_ue(x, rng, sysm) for x in syl]
        if sysm == "wg" and r() < 0.5:
            sur = sur.replace("'", "")
            syl = [x.replace("'", "") for x in syl]
        if len(syl) == 1:
            giv = cap1(syl[0])
        else:
            q = r()
            if sysm == "py":
                giv = (cap1(syl[0] + syl[1]) if q < 0.75 else
                       cap1(syl[0]) + " " + cap1(syl[1]) if q < 0.9 else cap1(syl[0]) + "-" + syl[1])
            elif sysm == "wg":
                giv = (cap1(syl[0]) + "-" + syl[1] if q < 0.7 else
                       cap1(syl[0]) + " " + cap1(syl[1]) if q < 0.85 else cap1(syl[0] + syl[1]))
            else:
                giv = (cap1(syl[0]) + " " + cap1(syl[1]) if q < 0.65 else
                       cap1(syl[0]) + "-" + syl[1] if q < 0.95 else cap1(syl[0] + syl[1]))
        f = r()
        if f < 0.38:
            out = sur + " " + giv
        elif f < 0.55:
            out = sur.upper() + " " + giv
        elif f < 0.80:
            out = giv + " " + sur
        elif f < 0.88:
            out = sur + ", " + giv
        else:
            out = (sur + " " + giv).upper()
        if en and r() < 0.7:
            q = r()
            if q < 0.6:
                out = en + " " + sur + " " + giv
            elif q < 0.85:
                out = sur.upper() + " " + giv + ", " + en
            else:
                out = en + " " + giv + " " + sur
        return out
    if c == "ru":
        _, f, g, pt, sx = p
        fam = RU_FAM[f] if sx == "m" else ru_fem(RU_FAM[f])
        giv = RU_M[g] if sx == "m" else RU_F[g]
        pat = RU_PAT[pt][0 if sx == "m" else 1]
        if cc in ("RU", "KZ", "BY") and r() < 0.6:
            q = r()
            if q < 0.5:
                return fam + " " + giv + " " + pat
            if q < 0.72:
                return giv + " " + fam
            if q < 0.85:
                return fam + " " + giv[0] + "." + pat[0] + "."
            if q < 0.93:
                return fam.upper() + " " + giv + " " + pat
            return giv + " " + pat + " " + fam
        sch = RU_SCH_P(rng)
        F, G, P = translit(fam, sch), translit(giv, sch), translit(pat, sch)
        q = r()
        if q < 0.5:
            return G + " " + F
        if q < 0.65:
            return F.upper() + " " + G
        if q < 0.8:
            return F + " " + G + " " + P
        if q < 0.9:
            return G + " " + P[0] + ". " + F
        return (G + " " + F).upper()
    if c == "ar":
        _, g, fa, fam, pref = p
        def sp(forms):
            return forms[0] if len(forms) == 1 else (forms[int(pref * 997) % len(forms)] if r() < 0.7 else rng.choice(forms))
        if cc in ("AE", "SA") and r() < 0.12 and AR_GIV[g][1] and AR_GIV[fa][1] and (fam < 0 or AR_FAM[fam][1]):
            parts = [AR_GIV[g][1], AR_GIV[fa][1]] + ([AR_FAM[fam][1]] if fam >= 0 else [])
            return " ".join(parts)
        G = sp(AR_GIV[g][0])
        FA = sp(AR_GIV[fa][0])
        if fam >= 0:
            FAM = sp(AR_FAM[fam][0])
            q = r()
            if q < 0.45:
                out = G + " " + FA + " " + FAM
            elif q < 0.6:
                out = G + " " + ("bin " if g not in AR_FEM else "bint ") + FA + " " + FAM
            elif q < 0.85:
                out = G + " " + FAM
            else:
                out = FAM + ", " + G + " " + FA
        else:
            q = r()
            out = G + " " + FA if q < 0.7 else (G + " bin " + FA if q < 0.85 else FA + ", " + G)
        return out.upper() if r() < 0.1 else out
    if c == "fa":
        _, g, f, pref = p
        G = rng.choice(FA_GIV[g]) if r() < 0.35 else FA_GIV[g][0]
        F = rng.choice(FA_FAM[f]) if r() < 0.35 else FA_FAM[f][0]
        q = r()
        out = G + " " + F if q < 0.75 else (F + ", " + G if q < 0.87 else F.upper() + " " + G)
        return out
    if c == "tr":
        G, F = TR_GIV[p[1]], TR_FAM[p[2]]
        q = r()
        if cc == "TR":
            if q < 0.45:
                return G + " " + F
            if q < 0.65:
                return tr_upper(G + " " + F)
            if q < 0.75:
                return G + " " + tr_upper(F)
        if q < 0.9:
            return fold(G + " " + F)
        return fold(G + " " + F).upper() if r() < 0.5 else (G + " " + F).replace("ü", "ue").replace("ö", "oe")
    if c == "de":
        G, F = DE_GIV[p[1]], DE_FAM[p[2]]
        if cc not in ("DE", "AT", "CH") and r() < 0.6:
            G, F = de_fold(G, rng), de_fold(F, rng)
        elif r() < 0.12:
            G, F = de_fold(G, rng), de_fold(F, rng)
        t = ("Dr. " if r() < 0.8 else "Dr ") if p[3] else ""
        q = r()
        if q < 0.8:
            return t + G + " " + F
        if q < 0.92:
            return F + ", " + t + G
        return (G + " " + F).upper()
    if c == "en":
        G, F, mid = EN_GIV[p[1]], EN_FAM[p[2]], p[3]
        if G in EN_NICK and r() < 0.07:
            G = rng.choice(EN_NICK[G])
        m = (" " + mid + ("." if r() < 0.6 else "")) if (mid and r() < 0.5) else ""
        q = r()
        if q < 0.78:
            out = G + m + " " + F
        elif q < 0.88:
            out = F + ", " + G + m
        elif q < 0.95:
            out = (G + m + " " + F).upper()
        else:
            out = ("Ms. " if G in EN_FEM else "Mr. ") + G + " " + F
        return out
    if c == "in":
        G = IN_GIV[p[1]]
        Fs = IN_FAM[p[2]]
        F = Fs[0] if (len(Fs) == 1 or r() < 0.6) else rng.choice(Fs)
        ini = p[3]
        q = r()
        if ini and q < 0.35:
            return ini + ". " + G + " " + F if r() < 0.5 else G + " " + F + " " + ini + "."
        if q < 0.8:
            return G + " " + F
        if q < 0.9:
            return F + " " + G
        return (G + " " + F).upper()
    if c == "ja":
        fk, fr = JA_FAM[p[1]]
        gk, gr = JA_GIV[p[2]]
        if cc == "JP" and r() < 0.55:
            return fk + gk if r() < 0.6 else fk + " " + gk
        mac = rng.choice(["strip", "strip", "strip", "ou", "oh", "keep"])
        def m(s):
            if mac == "keep":
                return s
            if mac == "ou":
                s2 = s.replace("ō", "ou").replace("ū", "uu").replace("Ō", "Oo")
            elif mac == "oh":
                s2 = s.replace("ō", "oh").replace("ū", "u").replace("Ō", "Oh")
            else:
                s2 = s.replace("ō", "o").replace("ū", "u").replace("Ō", "O")
            return s2.replace("'", "" if r() < 0.6 else "'")
        F, G = m(fr), m(gr)
        q = r()
        if q < 0.45:
            return G + " " + F
        if q < 0.75:
            return F.upper() + " " + G
        if q < 0.9:
            return F + " " + G
        return (G + " " + F).upper()
    if c == "ko":
        fh, fv = KO_FAM[p[1]]
        gh, gv = KO_GIV[p[2]]
        if cc == "KR" and r() < 0.55:
            return fh + gh if r() < 0.85 else fh + " " + gh
        F = fv[int(p[3] * 101) % len(fv)] if r() < 0.8 else rng.choice(fv)
        G = gv[0] if r() < 0.55 else rng.choice(gv)
        q = r()
        if q < 0.4:
            return F + " " + G
        if q < 0.7:
            return G + " " + F
        if q < 0.85:
            return F.upper() + " " + G
        return (F + " " + G).upper()
    if c == "ms":
        _, g, fa, sx = p
        forms = MS_M[g] if sx == "m" else MS_F[g]
        G = forms[0] if r() < 0.6 else rng.choice(forms)
        FA = MS_FATHER[fa]
        bn = (rng.choice(["bin", "Bin", "B.", "b."]) if sx == "m" else rng.choice(["binti", "Binti", "Bt.", "bt"]))
        q = r()
        out = G + " " + bn + " " + FA if q < 0.65 else (G + " " + FA if q < 0.85 else (G + " " + bn + " " + FA).upper())
        return out
    if c == "ta":
        G = TA_GIV[p[1]]
        FAs = TA_FATHER[p[2]]
        FA = FAs[0] if r() < 0.6 else rng.choice(FAs)
        q = r()
        if q < 0.4:
            return G + " a/l " + FA
        if q < 0.55:
            return G + " A/L " + FA
        if q < 0.7:
            return G + " s/o " + FA
        return G + " " + FA if q < 0.9 else (G + " " + FA).upper()
    if c == "vi":
        F, M, G = VI_FAM[p[1]], VI_MID[p[2]], VI_GIV[p[3]]
        full = " ".join(x for x in (F, M, G) if x)
        if cc == "VN" and r() < 0.55:
            return full if r() < 0.85 else full.upper()
        a = fold(full)
        q = r()
        if q < 0.5:
            return a
        if q < 0.75:
            return " ".join(x for x in (fold(G), fold(M), fold(F)) if x)
        if q < 0.8:
            return " ".join(x for x in (fold(F), fold(M), fold(G)) if x).upper()
        return a.upper()
    if c == "co":
        return r_cname(p[1], p[1]["cc"], rng)
    raise ValueError(c)


# ====================================================================== company names
ZH_STEM = [("天", "天", "tian"), ("瑞", "瑞", "rui"), ("华", "華", "hua"), ("鑫", "鑫", "xin"), ("盛", "盛", "sheng"),
           ("泰", "泰", "tai"), ("达", "達", "da"), ("恒", "恒", "heng"), ("通", "通", "tong"), ("宏", "宏", "hong"),
           ("博", "博", "bo"), ("创", "創", "chuang"), ("智", "智", "zhi"), ("远", "遠", "yuan"), ("星", "星", "xing"),
           ("辰", "辰", "chen"), ("海", "海", "hai"), ("联", "聯", "lian"), ("中", "中", "zhong"), ("汇", "匯", "hui"),
           ("金", "金", "jin"), ("德", "德", "de"), ("源", "源", "yuan"), ("晟", "晟", "sheng"), ("越", "越", "yue"),
           ("凯", "凱", "kai"), ("云", "雲", "yun"), ("锐", "銳", "rui"), ("腾", "騰", "teng"), ("信", "信", "xin"),
           ("安", "安", "an"), ("宇", "宇", "yu"), ("新", "新", "xin"), ("启", "啟", "qi"), ("明", "明", "ming"),
           ("嘉", "嘉", "jia"), ("和", "和", "he"), ("丰", "豐", "feng"), ("长", "長", "chang"), ("弘", "弘", "hong"),
           ("峰", "峰", "feng"), ("众", "眾", "zhong"), ("合", "合", "he"), ("力", "力", "li"), ("佳", "佳", "jia"),
           ("润", "潤", "run"), ("诚", "誠", "cheng"), ("利", "利", "li"), ("美", "美", "mei"), ("兴", "興", "xing"),
           ("耀", "耀", "yao"), ("飞", "飛", "fei"), ("蓝", "藍", "lan"), ("光", "光", "guang"), ("迅", "迅", "xun"),
           ("昊", "昊", "hao"), ("睿", "睿", "rui"), ("泽", "澤", "ze"), ("灵", "靈", "ling"), ("图", "圖", "tu"),
           ("算", "算", "suan"), ("芯", "芯", "xin"), ("数", "數", "shu"), ("擎", "擎", "qing"), ("量", "量", "liang"),
           ("矩", "矩", "ju"), ("阵", "陣", "zhen"), ("极", "極", "ji"), ("元", "元", "yuan"), ("拓", "拓", "tuo")]
ZH_STEM_P = Pick([(i, 1.0 / (i + 6)) for i in range(len(ZH_STEM))])
ZH_IND = [("科技", "科技", ["Technology", "Tech", "Technologies", "Science and Technology", "Sci-Tech"], 10),
          ("信息技术", "資訊科技", ["Information Technology", "IT", "Info Tech", "Information Tech"], 4),
          ("网络科技", "網絡科技", ["Network Technology", "Network Tech", "Networks"], 4),
          ("电子", "電子", ["Electronics", "Electronic"], 3), ("贸易", "貿易", ["Trading", "Trade"], 5),
          ("数据科技", "數據科技", ["Data Technology", "Data Tech"], 2),
          ("智能科技", "智能科技", ["Intelligent Technology", "Smart Technology", "AI Technology", "Intelligence Technology"], 3),
          ("软件", "軟件", ["Software"], 2), ("云计算", "雲計算", ["Cloud Computing", "Cloud"], 1.5),
          ("国际贸易", "國際貿易", ["International Trading", "Intl Trading", "International Trade"], 2),
          ("进出口", "進出口", ["Import and Export", "Import & Export", "Imp. & Exp."], 2),
          ("实业", "實業", ["Industrial", "Industry"], 1.5), ("投资", "投資", ["Investment", "Investments"], 1.5),
          ("电子商务", "電子商務", ["E-Commerce", "Ecommerce", "E-commerce"], 1.5),
          ("供应链", "供應鏈", ["Supply Chain", "Supply Chain Management"], 1.2),
          ("算力科技", "算力科技", ["Computing Power Technology", "Computing Technology", "Compute Technology"], 1)]
ZH_IND_P = Pick([(i, x[3]) for i, x in enumerate(ZH_IND)])

EN_IND = [["Technologies", "Technology", "Tech"], ["Systems", "System"], ["Solutions", "Solution"], ["Digital"],
          ["Computing", "Compute"], ["Labs", "Laboratories", "Lab"], ["Cloud"], ["Data"], ["AI", "A.I."],
          ["Networks", "Network"], ["Trading", "Trade"], ["Holdings", "Holding"], ["International", "Intl", "Int'l"],
          ["Software", "Soft"], ["Ventures"], ["Global"], ["Group"], ["Consulting", "Consultancy"],
          ["Electronics", "Electronic"], ["Services", "Service"], ["Capital"], ["General Trading", "Gen. Trading"],
          ["Logistics"], ["Analytics"], ["Robotics"], ["Semiconductor", "Semi"], ["Infotech", "Info Tech"],
          ["IT Services", "IT Service"], ["Information Technology", "IT", "Info Technology"], [""]]
EN_IND_P = Pick([(i, w) for i, w in enumerate([10, 5, 6, 4, 3, 2, 3, 3, 2, 3, 6, 3, 3, 3, 1, 2, 2, 2, 2, 2, 1, 3, 1, 1, 1, 1, 2, 2, 2, 6])])

LAT_PRE = ["Nova", "Apex", "Blue", "Vertex", "Quantum", "Silver", "North", "Zen", "Orion", "Stellar", "Helix", "Vector",
           "Prime", "Nexus", "Aurora", "Crest", "Pioneer", "Summit", "Atlas", "Bright", "Falcon", "Eagle", "Golden", "Smart",
           "Sky", "Delta", "Alpha", "Omega", "Titan", "Cyber", "Data", "Cloud", "Neo", "Hyper", "Meta", "Infini", "Polar",
           "Red", "Green", "Ocean", "Pacific", "Oriental", "Sino", "Asia", "Euro", "Trans", "Inter", "Tera", "Giga", "Lumen"]
LAT_SUF = ["tech", "ware", "logic", "soft", "link", "net", "byte", "core", "wave", "gate", "point", "path", "stream",
           "forge", "mind", "scale", "grid", "flow", "sys", "tron", "ix", "ify", "nova", "bit", "lane", "hub", "verse"]
LAT_W2 = ["Star", "Bridge", "Point", "Wave", "Peak", "Line", "Path", "Stone", "Field", "Gate", "Light", "Sky", "Way",
          "Rock", "Edge", "Works", "Vision", "Link", "Horizon", "River", "Harbor", "Crown", "Leaf", "Mountain"]
LAT_COMMON = ["Global", "Asia Pacific", "United", "Smart", "Star", "Golden", "Pacific", "Oriental", "First", "Prime",
              "Future", "Sunrise", "New Era", "Silk Road", "Orient", "Alpha", "Omega", "Delta", "Apex", "Elite",
              "Royal", "Eagle", "Phoenix", "Dragon", "Tiger", "Crown", "Diamond", "Jade", "Pearl", "Lucky", "Fortune",
              "Harmony", "Wisdom", "Victory", "Infinity", "Summit", "Pinnacle", "Horizon", "Century", "Universal"]
GULF_STEM = ["Al Noor", "Al Amal", "Al Fajr", "Al Baraka", "Al Rawabi", "Al Safa", "Al Reem", "Al Waha", "Falcon",
             "Desert Rose", "Emirates Star", "Gulf Horizon", "Arabian Peak", "Oasis", "Palm", "Dune", "Bright Way",
             "Golden Sands", "Blue Gulf", "Sky Line", "Crescent", "Zenith", "Al Sadaf", "Royal Falcon", "Silver Sand",
             "Gulf Bridge", "Al Manar", "Al Hilal", "Al Yaqoot", "Noor Al Sahra", "Bab Al Bahr", "Al Massa"]
TR_STEM = ["Anadolu", "Boğaziçi", "Yıldız", "Güneş", "Deniz", "Kartal", "Doğa", "Ufuk", "Mavi", "Ege", "Akdeniz",
           "Karadeniz", "Toros", "Zirve", "Öncü", "Yeni", "Ekin", "Başak", "Simge", "Atlas", "Nova", "Marmara", "Kuzey",
           "Güney", "Birlik", "Çınar", "Özgür", "Akın", "Ilgaz", "Kapadokya"]
TR_IND = ["Bilişim", "Teknoloji", "Bilgi Teknolojileri", "Yazılım", "Elektronik", "Dış Ticaret", "Danışmanlık",
          "Bilgisayar", "Veri Merkezi", "Bulut Hizmetleri", "Enerji", "İnşaat"]
DE_STEM = ["Nordlicht", "Alpen", "Rhein", "Elbe", "Hansa", "Spree", "Weser", "Adler", "Falke", "Sternen", "Blauwal",
           "Lichtblick", "Sonnenschein", "Wolkenwerk", "Rechenwerk", "Datenhaus", "Zukunft", "Brücke", "Kompass",
           "Leuchtturm", "Eichen", "Isar", "Neckar", "Bodensee", "Harz", "Schwarzwald", "Müller", "Becker", "Schulz", "Wagner"]
DE_IND = ["Datensysteme", "IT-Services", "IT-Service", "Informationstechnik", "Software", "Systemhaus", "Technologie",
          "Digital", "Rechenzentrum", "Consulting", "Handel", "Cloud", "Solutions", "Netzwerke", ""]
IN_STEM = ["Shree Ganesh", "Sai", "Shree Balaji", "Lakshmi", "Om Sai", "Shiv Shakti", "Krishna", "Aadhya", "Vedant",
           "Ashoka", "Kailash", "Sunrise", "Pinnacle", "Zenith", "Nexgen", "Infinite", "Cyber", "Techno", "Aarav",
           "Srishti", "Mahalaxmi", "Jai Hind", "Bharat", "Navya", "Trident", "Saraswati", "Ganga", "Himalaya", "Kaveri", "Indus"]
IN_IND = ["Infotech", "Infosolutions", "Technologies", "Software Solutions", "IT Solutions", "Softech", "Systems",
          "Data Services", "Computers", "Infosystems", "Digital Services", "Cloud Services", "Tech Solutions", "Infoway"]
JA_STEM = [("サクラ", "Sakura"), ("ミライ", "Mirai"), ("アオバ", "Aoba"), ("ヒカリ", "Hikari"), ("ツバサ", "Tsubasa"),
           ("ソラ", "Sora"), ("ヤマト", "Yamato"), ("フジ", "Fuji"), ("アサヒ", "Asahi"), ("コスモ", "Cosmo"),
           ("ネクスト", "Next"), ("アーク", "Ark"), ("ノヴァ", "Nova"), ("シンセイ", "Shinsei"), ("ダイワ", "Daiwa"),
           ("トウワ", "Towa"), ("ミナト", "Minato"), ("カケハシ", "Kakehashi"), ("テラ", "Tera"), ("ワコウ", "Wako")]
JA_IND = [("テクノロジー", ["Technology", "Technologies"]), ("システムズ", ["Systems"]), ("ソリューションズ", ["Solutions"]),
          ("データ", ["Data"]), ("クラウド", ["Cloud"]), ("ネットワークス", ["Networks"]), ("ソフト", ["Soft", "Software"]),
          ("コンピューティング", ["Computing"]), ("トレーディング", ["Trading"]), ("ラボ", ["Labs", "Lab"])]
KO_STEM = [("한빛", "Hanbit"), ("미래", "Mirae"), ("새롬", "Saerom"), ("누리", "Nuri"), ("다온", "Daon"), ("한결", "Hangyeol"),
           ("세움", "Seum"), ("푸른", "Pureun"), ("하늘", "Haneul"), ("바른", "Bareun"), ("으뜸", "Eutteum"), ("가온", "Gaon"),
           ("온누리", "Onnuri"), ("한울", "Hanul"), ("라온", "Raon"), ("빛나", "Bitna"), ("나래", "Narae"), ("다산", "Dasan"),
           ("청람", "Cheongram"), ("해오름", "Haeoreum")]
KO_IND = [("테크", ["Tech", "Technology"]), ("시스템", ["System", "Systems"]), ("소프트", ["Soft"]), ("데이터", ["Data"]),
          ("네트웍스", ["Networks"]), ("솔루션", ["Solution", "Solutions"]), ("정보통신", ["Information & Communication", "Info & Comm", "ICT"]),
          ("클라우드", ["Cloud"]), ("전자", ["Electronics"]), ("인터내셔널", ["International"])]
RU_STEM = [("Вектор", "Vector"), ("Альянс", "Alliance"), ("Гарант", None), ("Прогресс", "Progress"), ("Сфера", "Sphere"),
           ("Меридиан", "Meridian"), ("Техносервис", "Technoservice"), ("Инфосистемы", "Infosystems"), ("Ресурс", "Resource"),
           ("Интегра", "Integra"), ("Сигма", "Sigma"), ("Альфа", "Alpha"), ("Партнер", "Partner"), ("Стандарт", "Standard"),
           ("Лидер", "Leader"), ("Атлант", "Atlant"), ("Форвард", "Forward"), ("Контур", "Contour"), ("Эталон", "Etalon"),
           ("Гелиос", "Helios"), ("Орион", "Orion"), ("Спектр", "Spectrum"), ("Квант", "Quantum"),
           ("Вычислительные Системы", "Computing Systems"), ("Облачные Технологии", "Cloud Technologies"),
           ("Цифровые Решения", "Digital Solutions"), ("Северный Ветер", "North Wind"), ("Восток", None), ("Сибирь", "Siberia"),
           ("Урал", None), ("Нева", None), ("Балтика", None), ("Импульс", "Impulse"), ("Профит", "Profit"), ("Феникс", "Phoenix"),
           ("Оптима", "Optima"), ("Старт", "Start"), ("Энергия", "Energy"), ("Галактика", "Galaxy"), ("Магистраль", None)]
RU_PRE = ["Техно", "Инфо", "Дата", "Нейро", "Кибер", "Сиб", "Урал", "Волга", "Нева", "Балт", "Север", "Энерго", "Гео",
          "Мега", "Про", "Смарт", "Транс", "Рос", "Вычисл", "Сервер"]
RU_SUF = ["Софт", "Сервис", "Лайн", "Групп", "Систем", "Трейд", "Тех", "Плюс", "Инвест", "Комп", "Нет", "Логик", "Пром", "Снаб"]
VI_STEM = ["Minh Phát", "Thành Công", "Hưng Thịnh", "Phú Quý", "An Phát", "Đại Việt", "Sao Việt", "Hoàng Long", "Việt Tiến",
           "Nam Á", "Tân Phong", "Bình Minh", "Phương Đông", "Thiên Long", "Trí Tuệ"]
VI_IND = [("Công Nghệ", "Technology"), ("Thương Mại", "Trading"), ("Phần Mềm", "Software"), ("Dữ Liệu", "Data"),
          ("Giải Pháp Số", "Digital Solutions")]
MS_STEM = ["Megah", "Jaya", "Sentral", "Mutiara", "Cahaya", "Bintang", "Permata", "Delima", "Indah", "Setia", "Perdana",
           "Kencana", "Maju", "Gemilang", "Bestari", "Harmoni", "Nusantara", "Wawasan", "Cemerlang", "Murni"]
MS_IND = ["Teknologi", "Technology", "Digital", "Solutions", "Trading", "Enterprise", "Resources", "Ventures", "Systems", "Network"]
ID_IND = ["Teknologi Indonesia", "Solusi Digital", "Data Nusantara", "Mitra Teknologi", "Sistem Informasi", "Teknologi Digital"]

# legal forms: key -> (native forms or None, latin forms, native position)
LF = {
    "cn_ltd": (["有限公司"], ["Co., Ltd.", "Co.,Ltd.", "Co. Ltd", "Co Ltd", "CO., LTD.", "Company Limited", "Co., Limited", "Ltd."], "suf"),
    "hk_ltd": (["有限公司"], ["Limited", "Ltd", "Ltd.", "Company Limited", "Co., Limited", "Co. Ltd", "LIMITED"], "suf"),
    "tw_co": (["股份有限公司", "有限公司"], ["Co., Ltd.", "Corp.", "Inc.", "Corporation"], "suf"),
    "sg_pte": (None, ["Pte. Ltd.", "Pte Ltd", "PTE. LTD.", "Private Limited", "Pte. Limited", "Pte Ltd."], "suf"),
    "my_sdn": (None, ["Sdn. Bhd.", "Sdn Bhd", "SDN. BHD.", "Sendirian Berhad", "Sdn.Bhd.", "SDN BHD"], "suf"),
    "ae_fze": (None, ["FZE", "F.Z.E.", "FZE.", "Free Zone Establishment"], "suf"),
    "ae_fzco": (None, ["FZCO", "FZ-CO", "F.Z.C.O", "FZ Co."], "suf"),
    "ae_fzllc": (None, ["FZ-LLC", "FZ LLC", "F.Z. L.L.C.", "FZ-L.L.C"], "suf"),
    "ae_llc": (None, ["LLC", "L.L.C", "L.L.C.", "Limited Liability Company", "LLC."], "suf"),
    "ae_dmcc": (None, ["DMCC", "D.M.C.C.", "DMCC Branch"], "suf"),
    "ru_ooo": (["ООО", "Общество с ограниченной ответственностью"], ["OOO", "LLC", "Limited Liability Company", "OOO"], "pre"),
    "ru_ao": (["АО", "Акционерное общество"], ["AO", "JSC", "Joint Stock Company"], "pre"),
    "kz_too": (["ТОО", "Товарищество с ограниченной ответственностью"], ["LLP", "TOO", "Limited Liability Partnership"], "pre"),
    "tr_ltd": (None, ["Limited Şirketi", "Ltd. Şti.", "LTD. ŞTİ.", "Ltd. Sti.", "Ltd.Şti.", "Ltd Şti"], "suf"),
    "tr_as": (None, ["Anonim Şirketi", "A.Ş.", "A.S.", "AŞ"], "suf"),
    "de_gmbh": (None, ["GmbH", "GMBH", "Gesellschaft mit beschränkter Haftung", "G.m.b.H."], "suf"),
    "de_ug": (None, ["UG (haftungsbeschränkt)", "UG (haftungsbeschraenkt)", "UG"], "suf"),
    "de_ag": (None, ["AG", "Aktiengesellschaft"], "suf"),
    "de_kg": (None, ["GmbH & Co. KG", "GmbH & Co KG", "GmbH u. Co. KG"], "suf"),
    "us_inc": (None, ["Inc.", "Inc", "INC.", "Incorporated", ", Inc."], "suf"),
    "us_llc": (None, ["LLC", "L.L.C.", "Llc", ", LLC", "Limited Liability Company"], "suf"),
    "us_corp": (None, ["Corp.", "Corporation", "Corp", "CORP."], "suf"),
    "gb_ltd": (None, ["Ltd", "Limited", "Ltd.", "LTD"], "suf"),
    "gb_llp": (None, ["LLP", "L.L.P."], "suf"),
    "in_pvt": (None, ["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "Pvt. Limited", "Private Ltd", "(P) Ltd", "P. Ltd."], "suf"),
    "in_llp": (None, ["LLP"], "suf"),
    "jp_kk": (["株式会社"], ["Co., Ltd.", "K.K.", "Kabushiki Kaisha", "Inc.", "Corporation"], "either"),
    "jp_gk": (["合同会社"], ["G.K.", "LLC", "Godo Kaisha"], "either"),
    "kr_co": (["주식회사", "(주)", "㈜"], ["Co., Ltd.", "Inc.", "Corp.", "Corporation", "Co.,Ltd"], "either"),
    "vn_tnhh": (["Công ty TNHH", "CÔNG TY TNHH"], ["Co., Ltd", "Company Limited", "LLC", "Co. Ltd."], "pre"),
    "th_co": (None, ["Co., Ltd.", "Company Limited", "Co. Ltd"], "suf"),
    "id_pt": (None, ["PT", "PT.", "P.T."], "pre"),
    "nl_bv": (None, ["B.V.", "BV", "B.V"], "suf"), "fr_sas": (None, ["SAS", "S.A.S.", "SASU"], "suf"),
    "fr_sarl": (None, ["SARL", "S.A.R.L.", "S.à r.l."], "suf"), "ch_ag": (None, ["AG", "SA", "GmbH", "Sàrl"], "suf"),
    "au_pty": (None, ["Pty Ltd", "Pty. Ltd.", "Proprietary Limited", "PTY LTD"], "suf"),
    "ca_inc": (None, ["Inc.", "Ltd.", "Corp.", "Incorporated"], "suf"), "br_ltda": (None, ["Ltda.", "Ltda", "LTDA", "S.A."], "suf"),
    "il_ltd": (None, ["Ltd.", "Ltd", "Limited"], "suf"), "cy_ltd": (None, ["Ltd", "Limited", "LTD"], "suf"),
    "off_ltd": (None, ["Limited", "Ltd", "Ltd.", "Inc.", "Corp.", "Holdings Ltd"], "suf"),
    "sa_llc": (None, ["LLC", "Co.", "Company", "Trading Est."], "suf"),
}
CC_LF = {"CN": [("cn_ltd", 1)], "HK": [("hk_ltd", 1)], "TW": [("tw_co", 1)], "SG": [("sg_pte", 1)], "MY": [("my_sdn", 1)],
         "AE": [("ae_fze", 3), ("ae_fzco", 2), ("ae_fzllc", 2), ("ae_llc", 4), ("ae_dmcc", 1)], "RU": [("ru_ooo", 9), ("ru_ao", 1)],
         "KZ": [("kz_too", 1)], "TR": [("tr_ltd", 4), ("tr_as", 1)],
         "DE": [("de_gmbh", 7), ("de_ug", 2), ("de_ag", 0.5), ("de_kg", 0.5)], "US": [("us_inc", 4), ("us_llc", 5), ("us_corp", 1)],
         "GB": [("gb_ltd", 9), ("gb_llp", 1)], "IN": [("in_pvt", 9), ("in_llp", 1)], "JP": [("jp_kk", 8), ("jp_gk", 2)],
         "KR": [("kr_co", 1)], "VN": [("vn_tnhh", 1)], "TH": [("th_co", 1)], "ID": [("id_pt", 1)], "NL": [("nl_bv", 1)],
         "FR": [("fr_sas", 1), ("fr_sarl", 1)], "CH": [("ch_ag", 1)], "AU": [("au_pty", 1)], "CA": [("ca_inc", 1)],
         "BR": [("br_ltda", 1)], "IL": [("il_ltd", 1)], "CY": [("cy_ltd", 1)], "VG": [("off_ltd", 1)], "SC": [("off_ltd", 1)],
         "KY": [("off_ltd", 1)], "SA": [("sa_llc", 1)]}
CC_LF_P = {k: Pick(v) for k, v in CC_LF.items()}
# which stem culture a country's companies use
CC_STEMCUL = {"CN": [("zh", 1)], "HK": [("zh", 6), ("lat", 4)], "TW": [("zh", 1)], "SG": [("lat", 6), ("zh", 3), ("ms", 1)],
              "MY": [("ms", 5), ("lat", 4), ("zh", 2)], "AE": [("gulf", 6), ("lat", 4), ("in", 1)], "SA": [("gulf", 1)],
              "RU": [("ru", 1)], "KZ": [("ru", 1)], "TR": [("tr", 1)], "DE": [("de", 6), ("lat", 4)],
              "IN": [("in", 7), ("lat", 3)], "JP": [("ja", 1)], "KR": [("ko", 1)], "VN": [("vi", 1)]}
CC_STEMCUL_P = {k: Pick(v) for k, v in CC_STEMCUL.items()}
LAT_PICK_P = Pick([(i, 1.0 / (i + 2)) for i in range(len(LAT_PRE))])


def gen_stem(rng, cul):
    if cul == "zh":
        a = ZH_STEM_P(rng)
        b = ZH_STEM_P(rng)
        while b == a:
            b = ZH_STEM_P(rng)
        return ("zh", a, b)
    if cul == "ru":
        if rng.random() < 0.6:
            return ("ru", "l", skew(rng, len(RU_STEM), 1.6))
        return ("ru", "c", rng.randrange(len(RU_PRE)), rng.randrange(len(RU_SUF)))
    if cul == "lat":
        q = rng.random()
        if q < 0.45:
            return ("lat", LAT_PRE[LAT_PICK_P(rng)] + rng.choice(LAT_SUF))
        if q < 0.8:
            return ("lat", LAT_PRE[LAT_PICK_P(rng)] + " " + rng.choice(LAT_W2))
        return ("lat", LAT_COMMON[skew(rng, len(LAT_COMMON), 1.5)])
    if cul == "gulf":
        q = rng.random()
        if q < 0.45:
            return ("lat", GULF_STEM[skew(rng, len(GULF_STEM), 1.4)])
        if q < 0.75:
            return ("lat", AR_FAM[rng.randrange(len(AR_FAM))][0][0] + rng.choice(["", "", " Group", " Brothers", " & Partners"]))
        return gen_stem(rng, "lat")
    if cul == "tr":
        if rng.random() < 0.5:
            return ("tr", skew(rng, len(TR_STEM), 1.4))
        return ("lat", TR_FAM[rng.randrange(len(TR_FAM))] + rng.choice(["", "", "lar", " Grup", "oğlu"]))
    if cul == "de":
        if rng.random() < 0.5:
            return ("lat", DE_STEM[rng.randrange(len(DE_STEM))])
        return ("lat", DE_FAM[rng.randrange(len(DE_FAM))] + rng.choice(["", "", " & Partner", " & Söhne"]))
    if cul == "in":
        if rng.random() < 0.5:
            return ("lat", IN_STEM[skew(rng, len(IN_STEM), 1.5)])
        return ("lat", rng.choice(["", "", "Shree ", "Sri ", "New "]) + IN_FAM[rng.randrange(len(IN_FAM))][0] + rng.choice(["", "", " Brothers", " & Sons", " Associates"]))
    if cul == "ja":
        return ("ja", rng.randrange(len(JA_STEM)), rng.randrange(len(JA_STEM)) if rng.random() < 0.8 else None)
    if cul == "ko":
        return ("ko", rng.randrange(len(KO_STEM)), rng.randrange(len(KO_STEM)) if rng.random() < 0.8 else None)
    if cul == "vi":
        if rng.random() < 0.5:
            return ("vi", rng.randrange(len(VI_STEM)))
        return ("vi", rng.randrange(len(VI_STEM)), rng.randrange(len(VI_FAM)))
    if cul == "ms":
        if rng.random() < 0.5:
            return ("lat", MS_STEM[rng.randrange(len(MS_STEM))])
        return ("lat", MS_STEM[rng.randrange(len(MS_STEM))] + " " + rng.choice(MS_STEM + LAT_W2))
    raise ValueError(cul)


def stem_cyr(st):
    return RU_STEM[st[2]][0] if st[1] == "l" else RU_PRE[st[2]] + RU_SUF[st[3]].lower()


def stem_latin(st, rng=None):
    k = st[0]
    if k == "zh":
        return cap1(ZH_STEM[st[1]][2] + ZH_STEM[st[2]][2])
    if k == "ru":
        if st[1] == "l":
            cy, en = RU_STEM[st[2]]
            if rng is not None and en and rng.random() < 0.3:
                return en
            return translit(cy, "simple") if rng is None else translit(cy, rng.choice(["simple", "simple", "x", "icao"]))
        return translit(stem_cyr(st), "simple")
    if k == "lat":
        return st[1]
    if k == "tr":
        return TR_STEM[st[1]] if rng is None or rng.random() < 0.6 else fold(TR_STEM[st[1]])
    if k == "ja":
        return JA_STEM[st[1]][1] + (" " + JA_STEM[st[2]][1] if len(st) > 2 and st[2] is not None else "")
    if k == "ko":
        return KO_STEM[st[1]][1] + (" " + KO_STEM[st[2]][1] if len(st) > 2 and st[2] is not None else "")
    if k == "vi":
        return fold(vi_stem(st))
    raise ValueError(k)


def vi_stem(st):
    return VI_STEM[st[1]] + (" " + VI_FAM[st[2]] if len(st) > 2 else "")


def ja_kana(st):
    return JA_STEM[st[1]][0] + (JA_STEM[st[2]][0] if len(st) > 2 and st[2] is not None else "")


def ko_hangul(st):
    return KO_STEM[st[1]][0] + (KO_STEM[st[2]][0] if len(st) > 2 and st[2] is not None else "")


def stem_key(st):
    return fold(stem_latin(st)).lower().replace(" ", "").replace("-", "")


def gen_cname(rng, cc, stem=None, cul=None):
    if stem is None:
        if cul is None:
            cul = CC_STEMCUL_P[cc](rng) if cc in CC_STEMCUL_P else "lat"
        stem = gen_stem(rng, cul)
    k = stem[0]
    if k == "zh" or cc in ("CN", "HK", "TW"):
        ind = ("zh", ZH_IND_P(rng))
    elif cc == "TR" or k == "tr":
        ind = ("tr", skew(rng, len(TR_IND), 1.3))
    elif cc == "DE":
        ind = ("de", rng.randrange(len(DE_IND)))
    elif cc == "IN":
        ind = ("in", rng.randrange(len(IN_IND)))
    elif cc == "JP":
        ind = ("ja", rng.randrange(len(JA_IND)))
    elif cc == "KR":
        ind = ("ko", rng.randrange(len(KO_IND)))
    elif cc == "VN":
        ind = ("vi", rng.randrange(len(VI_IND)))
    elif cc == "MY":
        ind = ("ms", rng.randrange(len(MS_IND)))
    elif cc == "ID":
        ind = ("id", rng.randrange(len(ID_IND)))
    elif cc in ("RU", "KZ"):
        ind = ("ru", 0 if rng.random() < 0.8 else rng.randrange(1, 4))
    else:
        ind = ("en", EN_IND_P(rng))
    lf = CC_LF_P[cc](rng) if cc in CC_LF_P else ("gb_ltd" if rng.random() < 0.5 else "us_llc")
    loc = rng.randrange(len(CN_CITIES)) if cc == "CN" else None
    return {"cc": cc, "stem": stem, "ind": ind, "lf": lf, "loc": loc,
            "cul": stem[0], "hk_tag": rng.random() if cc == "HK" else 0.0}


RU_IND_WORDS = [("", ""), ("Технологии", "Technologies"), ("Групп", "Group"), ("Трейд", "Trade")]


def ind_en(ind, rng):
    kind, i = ind
    if kind == "zh":
        return rng.choice(ZH_IND[i][2]) if rng.random() < 0.35 else ZH_IND[i][2][0]
    if kind == "en":
        f = EN_IND[i]
        return f[0] if (len(f) == 1 or rng.random() < 0.7) else rng.choice(f)
    if kind == "ja":
        return JA_IND[i][1][0]
    if kind == "ko":
        return KO_IND[i][1][0] if rng.random() < 0.7 else rng.choice(KO_IND[i][1])
    if kind == "vi":
        return VI_IND[i][1]
    if kind == "tr":
        return TR_IND[i]
    if kind == "de":
        return DE_IND[i]
    if kind == "in":
        return IN_IND[i]
    if kind == "ms":
        return MS_IND[i]
    if kind == "id":
        return ID_IND[i]
    if kind == "ru":
        return RU_IND_WORDS[i][1]
    return ""


def lf_lat(lf, rng):
    forms = LF[lf][1]
    return forms[0] if rng.random() < 0.45 else rng.choice(forms)


def _join(*parts):
    s = " ".join(p for p in parts if p)
    return s.replace(" ,", ",")


def r_cname(cn, cc, rng):
    """Render a company name (cc = the record's country)."""
    st = cn["stem"]
    k = st[0]
    lf = cn["lf"]
    r = rng.random
    ccn = cn["cc"]
    ik = cn["ind"][0]
    if ccn == "CN" and k == "zh" and ik == "zh":
        a, b = ZH_STEM[st[1]], ZH_STEM[st[2]]
        ic = ZH_IND[cn["ind"][1]]
        city = CN_CITIES[cn["loc"]]
        if r() < (0.55 if cc == "CN" else 0.25):
            loc = city[1] + ("市" if r() < 0.6 else "") if r() < 0.85 else ""
            return loc + a[0] + b[0] + ic[0] + "有限公司"
        stem = stem_latin(st)
        ie = ind_en(cn["ind"], rng)
        q = r()
        lfs = lf_lat(lf, rng)
        if q < 0.55:
            out = _join(city[0], stem, ie, lfs)
        elif q < 0.75:
            out = _join(stem, ie, "(" + city[0] + ")", lfs)
        else:
            out = _join(stem, ie, lfs)
        return out.upper() if r() < 0.12 else out
    if ccn in ("HK", "TW") and k == "zh" and ik == "zh":
        a, b = ZH_STEM[st[1]], ZH_STEM[st[2]]
        ic = ZH_IND[cn["ind"][1]]
        tag_zh = "(香港)" if (ccn == "HK" and cn["hk_tag"] < 0.5) else ""
        nat = a[1] + b[1] + ic[1] + tag_zh + (LF[lf][0][0] if ccn == "HK" else rng.choice(LF[lf][0]))
        q = r()
        if q < (0.2 if cc == ccn else 0.05):
            return nat
        stem = stem_latin(st)
        ie = ind_en(cn["ind"], rng)
        tag = ""
        if ccn == "HK" and cn["hk_tag"] < 0.5:
            tag = rng.choice(["(HK)", "(Hong Kong)", "(H.K.)", "HK", "(HK)"])
        out = _join(stem, ie, tag, lf_lat(lf, rng))
        if r() < 0.1:
            out = out.upper()
        if cc == ccn and q > 0.85:
            out = out + " " + nat
        return out
    if k == "ru" and ccn in ("RU", "KZ") and ik == "ru":
        cyr = stem_cyr(st)
        iw = RU_IND_WORDS[cn["ind"][1]]
        natf = LF[lf][0]
        if r() < (0.6 if cc in ("RU", "KZ") else 0.2):
            body = cyr + (" " + iw[0] if iw[0] else "")
            q = r()
            quote = "«%s»" % body if q < 0.55 else ('"%s"' % body if q < 0.85 else body)
            lfn = natf[0] if r() < 0.88 else natf[1]
            out = lfn + " " + quote
            return out.upper() if r() < 0.08 else out
        lat = stem_latin(st, rng)
        if iw[1]:
            lat = lat + " " + iw[1]
        q = r()
        lfl = lf_lat(lf, rng)
        if q < 0.4:
            return lfl + ' "' + lat + '"'
        if q < 0.75:
            return lat + " " + lfl
        if q < 0.85:
            return lfl + " " + lat
        return (lfl + " " + lat).upper()
    if ccn == "JP" and k == "ja" and ik == "ja":
        kana, rom = ja_kana(st), stem_latin(st)
        ik, ie_ = JA_IND[cn["ind"][1]]
        nat = LF[lf][0][0]
        if r() < (0.55 if cc == "JP" else 0.15):
            return nat + kana + ik if r() < 0.6 else kana + ik + nat
        lfl = lf_lat(lf, rng)
        if lfl in ("Kabushiki Kaisha", "Godo Kaisha") and r() < 0.5:
            return lfl + " " + rom + " " + ie_[0]
        return _join(rom, rng.choice(ie_), lfl)
    if ccn == "KR" and k == "ko" and ik == "ko":
        hg, rom = ko_hangul(st), stem_latin(st)
        ih, ie_ = KO_IND[cn["ind"][1]]
        if r() < (0.55 if cc == "KR" else 0.15):
            q = r()
            if q < 0.4:
                return "주식회사 " + hg + ih
            if q < 0.7:
                return "(주)" + hg + ih
            if q < 0.8:
                return "㈜" + hg + ih
            return hg + ih + " 주식회사"
        out = _join(rom, rng.choice(ie_), lf_lat(lf, rng))
        return out.upper() if r() < 0.1 else out
    if ccn == "VN":
        vs = vi_stem(st) if k == "vi" else stem_latin(st)
        vi, ve = VI_IND[cn["ind"][1]] if cn["ind"][0] == "vi" else ("Công Nghệ", "Technology")
        if r() < (0.5 if cc == "VN" else 0.1):
            pre = LF[lf][0][0] if r() < 0.7 else LF[lf][0][1]
            out = pre + " " + vi + " " + vs
            return out if r() < 0.7 else fold(out)
        return _join(fold(vs), ve, lf_lat(lf, rng))
    if ccn == "TR":
        stem = stem_latin(st, rng)
        ind = ind_en(cn["ind"], rng)
        st_ = rng.choice(["Sanayi ve Ticaret", "San. ve Tic.", "San. Tic.", "Sanayi Ticaret", ""])
        out = _join(stem, ind, st_, lf_lat(lf, rng))
        q = r()
        if q < 0.12:
            return tr_upper(out)
        if q < 0.3 or cc != "TR":
            return fold(out) if r() < 0.8 else fold(out).upper()
        return out
    if ccn == "ID":
        stem = stem_latin(st, rng)
        return _join(lf_lat(lf, rng), stem, ind_en(cn["ind"], rng))
    # generic latin pattern
    stem = stem_latin(st, rng)
    ie = ind_en(cn["ind"], rng)
    if ccn == "DE" and r() < 0.3 and k == "lat":
        stem = de_fold(stem, rng)
    lfl = lf_lat(lf, rng)
    if LF[lf][2] == "pre":
        out = _join(lfl, stem, ie)
    elif lfl.startswith(","):
        out = _join(stem, ie) + lfl
    else:
        out = _join(stem, ie, lfl)
    q = r()
    if q < 0.1:
        out = out.upper()
    elif q < 0.13:
        out = out.replace(" ", "  ", 1)
    return out


# ====================================================================== addresses
# building b: dict(id, cc, ci city idx, di district idx, st street, no, nm name, pc postcode, park)
# address a : dict(b, blk, fl, u, x extra text, hub)
CN_CITIES = [
    ("Shenzhen", "深圳", "Guangdong", "广东省", 518000, 518133, [("Nanshan", "南山区"), ("Futian", "福田区"), ("Luohu", "罗湖区"), ("Bao'an", "宝安区"), ("Longgang", "龙岗区"), ("Longhua", "龙华区"), ("Qianhai Shenzhen-Hong Kong Cooperation Zone", "前海深港合作区")], 30),
    ("Shanghai", "上海", None, None, 200000, 201999, [("Pudong New Area", "浦东新区"), ("Xuhui", "徐汇区"), ("Minhang", "闵行区"), ("Jing'an", "静安区"), ("Changning", "长宁区"), ("Jiading", "嘉定区")], 25),
    ("Beijing", "北京", None, None, 100000, 102600, [("Haidian", "海淀区"), ("Chaoyang", "朝阳区"), ("Dongcheng", "东城区"), ("Xicheng", "西城区"), ("Fengtai", "丰台区")], 25),
    ("Guangzhou", "广州", "Guangdong", "广东省", 510000, 511400, [("Tianhe", "天河区"), ("Yuexiu", "越秀区"), ("Haizhu", "海珠区"), ("Panyu", "番禺区")], 12),
    ("Hangzhou", "杭州", "Zhejiang", "浙江省", 310000, 311200, [("Xihu", "西湖区"), ("Binjiang", "滨江区"), ("Yuhang", "余杭区")], 10),
    ("Chengdu", "成都", "Sichuan", "四川省", 610000, 611700, [("Wuhou", "武侯区"), ("Jinjiang", "锦江区"), ("Gaoxin", "高新区")], 7),
    ("Wuhan", "武汉", "Hubei", "湖北省", 430000, 430200, [("Hongshan", "洪山区"), ("Jianghan", "江汉区")], 5),
    ("Nanjing", "南京", "Jiangsu", "江苏省", 210000, 211300, [("Gulou", "鼓楼区"), ("Xuanwu", "玄武区")], 5),
    ("Suzhou", "苏州", "Jiangsu", "江苏省", 215000, 215600, [("Suzhou Industrial Park", "工业园区"), ("Huqiu", "虎丘区")], 5),
    ("Xiamen", "厦门", "Fujian", "福建省", 361000, 361100, [("Siming", "思明区"), ("Huli", "湖里区")], 3),
    ("Dongguan", "东莞", "Guangdong", "广东省", 523000, 523900, [("Nancheng", "南城街道"), ("Songshan Lake", "松山湖")], 3),
    ("Xi'an", "西安", "Shaanxi", "陕西省", 710000, 710200, [("Yanta", "雁塔区"), ("Beilin", "碑林区")], 3),
]
CN_STYPE = [("路", ["Road", "Rd", "Rd.", "Lu"]), ("大道", ["Avenue", "Ave", "Avenue", "Dadao", "Blvd"]),
            ("街", ["Street", "St", "St.", "Jie"]), ("一路", ["1st Road", "1st Rd", "First Road", "Yilu"]),
            ("二路", ["2nd Road", "2nd Rd", "Second Road", "Erlu"])]
CN_DIRS = [("南", "South", "Nan"), ("北", "North", "Bei"), ("东", "East", "Dong"), ("西", "West", "Xi"), ("中", "Middle", "Zhong")]
CN_BTYPE = [("大厦", ["Building", "Bldg", "Tower", "Mansion", "Dasha"]), ("中心", ["Center", "Centre", "Zhongxin"]),
            ("广场", ["Plaza", "Square", "Guangchang"]), ("科技园", ["Science Park", "Technology Park", "Tech Park", "Keji Yuan"]),
            ("国际大厦", ["International Building", "Intl Bldg", "International Tower"]), ("创业园", ["Innovation Park", "Startup Park"])]
CN_PARKS = [(0, 0, "深圳湾科技生态园", "Shenzhen Bay Eco-Technology Park"), (1, 0, "张江高科技园区", "Zhangjiang Hi-Tech Park"),
            (2, 0, "中关村软件园", "Zhongguancun Software Park"), (4, 2, "未来科技城", "Future Sci-Tech City"),
            (5, 2, "天府软件园", "Tianfu Software Park"), (0, 3, "宝安智谷", "Bao'an Intelligent Valley")]

HK_DIST = [("Central", "中環", 0), ("Admiralty", "金鐘", 0), ("Wan Chai", "灣仔", 0), ("Causeway Bay", "銅鑼灣", 0),
           ("Sheung Wan", "上環", 0), ("North Point", "北角", 0), ("Tsim Sha Tsui", "尖沙咀", 1), ("Mong Kok", "旺角", 1),
           ("Kwun Tong", "觀塘", 1), ("Kowloon Bay", "九龍灣", 1), ("Cheung Sha Wan", "長沙灣", 1), ("Kwai Chung", "葵涌", 2),
           ("Tsuen Wan", "荃灣", 2), ("Sha Tin", "沙田", 2)]
HK_REG = [(["Hong Kong", "Hong Kong Island", "HK"], "香港"), (["Kowloon", "Kln", "KLN"], "九龍"), (["New Territories", "N.T.", "NT"], "新界")]
HK_STREETS = [("Queen's Road Central", "皇后大道中", 0), ("Des Voeux Road Central", "德輔道中", 0), ("Connaught Road Central", "干諾道中", 0),
              ("Queensway", "金鐘道", 1), ("Hennessy Road", "軒尼詩道", 2), ("Lockhart Road", "駱克道", 2), ("Gloucester Road", "告士打道", 2),
              ("Jaffe Road", "謝斐道", 2), ("Yee Wo Street", "怡和街", 3), ("Wing Lok Street", "永樂街", 4), ("Bonham Strand", "文咸東街", 4),
              ("King's Road", "英皇道", 5), ("Nathan Road", "彌敦道", 6), ("Canton Road", "廣東道", 6), ("Argyle Street", "亞皆老街", 7),
              ("Hoi Bun Road", "開源道", 8), ("How Ming Street", "巧明街", 8), ("Hung To Road", "鴻圖道", 8), ("Wang Chiu Road", "宏照道", 9),
              ("Cheung Sha Wan Road", "長沙灣道", 10), ("Kwai Chung Road", "葵涌道", 11), ("Castle Peak Road", "青山公路", 12),
              ("Sha Tin Centre Street", "沙田正街", 13)]
HK_BPRE = [("Wing On", "永安"), ("Tung Wai", "東威"), ("Kai Tak", "啟德"), ("Fortune", "富通"), ("Golden", "金"), ("Prosperity", "興盛"),
           ("Kwai Hing", "葵興"), ("Tai Yau", "泰友"), ("Wah Kit", "華傑"), ("Tak Shing", "德成"), ("Chung Hing", "中興"), ("Kam Fung", "金峰"),
           ("Sun Hung", "新鴻"), ("Lucky", "幸運"), ("Ocean", "海洋"), ("Million", "萬"), ("Silver", "銀"), ("Empire", "帝國"),
           ("Harbour", "海港"), ("Shun Fat", "順發"), ("Hing Yip", "興業"), ("Wai Yip", "偉業"), ("Kwong Fat", "廣發"), ("On Hing", "安興")]
HK_BTYPE = [(["Building", "Bldg", "Bldg."], "大廈"), (["Centre", "Center", "Ctr"], "中心"), (["Tower", "Twr"], "大廈"),
            (["Plaza"], "廣場"), (["Commercial Building", "Comm Bldg", "Commercial Bldg"], "商業大廈"),
            (["Industrial Building", "Ind Bldg", "Ind. Bldg.", "Industrial Bldg"], "工業大廈"), (["House"], "大樓"),
            (["Commercial Centre", "Comm. Centre", "Commercial Center"], "商業中心")]

TW_DIST = [("Xinyi", "信義區", 110), ("Da'an", "大安區", 106), ("Zhongshan", "中山區", 104), ("Neihu", "內湖區", 114), ("Songshan", "松山區", 105)]
TW_ROADS = [("Xinyi", "E", "信義路"), ("Zhongxiao", "E", "忠孝東路"), ("Dunhua", "S", "敦化南路"), ("Neihu", "", "內湖路"),
            ("Nanjing", "E", "南京東路"), ("Ruiguang", "", "瑞光路"), ("Keelung", "", "基隆路"), ("Minsheng", "E", "民生東路")]
ZH_NUM = "零一二三四五六七八九"

SG_STREETS = [("Anson", "Road", "07"), ("Cecil", "Street", "06"), ("Robinson", "Road", "06"), ("Shenton", "Way", "06"),
              ("Raffles", "Place", "04"), ("North Bridge", "Road", "18"), ("Beach", "Road", "19"), ("Paya Lebar", "Road", "40"),
              ("Ubi", "Avenue 1", "40"), ("Ubi", "Road 1", "40"), ("Kallang", "Avenue", "33"), ("Tai Seng", "Street", "53"),
              ("Changi Business Park", "Central 1", "48"), ("Science Park", "Road", "11"), ("Alexandra", "Road", "15"),
              ("Jurong East", "Street 21", "60"), ("Woodlands", "Avenue 12", "73"), ("Kaki Bukit", "Road 1", "41"),
              ("Bukit Batok", "Crescent", "65"), ("Havelock", "Road", "16"), ("Tras", "Street", "07"), ("Eunos", "Avenue 5", "40")]
SG_ABBR = {"Road": ["Rd", "Rd."], "Street": ["St", "St."], "Avenue": ["Ave", "Ave."], "Crescent": ["Cres"], "Place": ["Pl"],
           "Central": ["Ctrl", "Central"], "Way": ["Way"]}
SG_BLD = ["International Plaza", "Peninsula Plaza", "Paya Lebar Square", "The Octagon", "Ubi Techpark", "Tai Seng Centre",
          "The Signature", "Oxley Bizhub", "Solaris", "Vision Exchange", "Anson Centre", "Realty Centre", "Fortune Centre",
          "Kallang Pudding Centre", "Eunos Technolink", "Techpoint", "Sim Lim Tower", "Golden Mile Tower", "Tong Eng Building",
          "Bizhub 8", "Crescent Point", "Harbour Exchange", "Lucky Tower", "Chinatown Point Office"]

MY_CITIES = [("Kuala Lumpur", ["Wilayah Persekutuan Kuala Lumpur", "W.P. Kuala Lumpur", "WP Kuala Lumpur", "Federal Territory of Kuala Lumpur"], 50000, 60000),
             ("Petaling Jaya", ["Selangor", "Selangor Darul Ehsan"], 46000, 47800), ("Shah Alam", ["Selangor", "Selangor Darul Ehsan"], 40000, 40470),
             ("Cyberjaya", ["Selangor", "Selangor Darul Ehsan"], 63000, 63000), ("Puchong", ["Selangor"], 47100, 47190),
             ("Johor Bahru", ["Johor", "Johor Darul Ta'zim"], 80000, 81300), ("George Town", ["Pulau Pinang", "Penang", "P. Pinang"], 10000, 11000),
             ("Bayan Lepas", ["Pulau Pinang", "Penang"], 11900, 11960)]
MY_STREETS = [("Jalan", "Sultan Ismail"), ("Jalan", "Ampang"), ("Jalan", "Tun Razak"), ("Jalan", "Bukit Bintang"), ("Persiaran", "KLCC"),
              ("Jalan", "PJU 7/3"), ("Jalan", "SS 15/4"), ("Jalan", "Puchong Utama 1"), ("Persiaran", "Multimedia"), ("Lorong", "Kerinchi"),
              ("Jalan", "Stesen Sentral 5"), ("Jalan", "Raja Laut"), ("Jalan", "Kuching"), ("Jalan", "Tandang"), ("Persiaran", "Apec"),
              ("Jalan", "Tun Dr Awang"), ("Jalan", "Kemajuan"), ("Lebuh", "Pantai")]
MY_SABBR = {"Jalan": ["Jln", "Jln.", "Jalan"], "Persiaran": ["Psn", "Persiaran"], "Lorong": ["Lrg", "Lrg."], "Lebuh": ["Lebuh", "Lbh"]}
MY_BT = [("Menara", "pre"), ("Wisma", "pre"), ("Plaza", "pre"), ("Tower", "suf"), ("Pusat Perdagangan", "pre"), ("Kompleks", "pre")]

AE_CITIES = [("Dubai", ["Business Bay", "Jumeirah Lakes Towers", "Dubai Silicon Oasis", "Dubai Internet City", "Deira",
                        "Bur Dubai", "Al Barsha", "Dubai Marina", "Al Quoz", "Downtown Dubai", "Port Saeed"]),
             ("Abu Dhabi", ["Al Reem Island", "Khalifa City", "Al Maryah Island", "Al Danah", "Mussafah"]),
             ("Sharjah", ["Al Majaz", "Al Nahda", "SAIF Zone", "Al Taawun"]), ("Ajman", ["Al Jurf", "Al Nuaimiya"]),
             ("Ras Al Khaimah", ["Al Hamra", "Al Nakheel"]), ("Umm Al Quwain", ["Al Salamah"]), ("Fujairah", ["Fujairah Creative City"])]
AE_ABBR = {"Jumeirah Lakes Towers": ["JLT", "Jumeirah Lake Towers", "Jumeirah Lakes Towers"], "Dubai Silicon Oasis": ["DSO", "Dubai Silicon Oasis"],
           "Dubai Internet City": ["DIC", "Dubai Internet City"], "Ras Al Khaimah": ["RAK", "Ras Al Khaimah", "Ras al-Khaimah"],
           "Umm Al Quwain": ["UAQ", "Umm Al Quwain", "Umm al-Quwain"], "Business Bay": ["Business Bay", "Bus. Bay"]}
AE_ROADS = ["Sheikh Zayed Road", "Al Khaleej Road", "Al Wasl Road", "Hamdan Street", "Al Ittihad Road", "Electra Street",
            "Airport Road", "Al Rigga Road", "Umm Hurair Road", "Al Abraj Street", "Corniche Road", "King Faisal Street"]
AE_BPRE = ["Al Moosa", "Al Shafar", "Clover Bay", "Churchill", "Bay Square", "Iris Bay", "Opal", "Prism", "Fortune", "Mazaya",
           "Platinum", "Gold Crest", "Indigo", "Silver", "Al Attar", "Al Manara", "Saba", "HDS", "Liwa Heights", "Al Fattan",
           "Mazaya Business", "Onyx", "Citadel", "Conrad", "Al Zarooni", "Al Shmookh", "Amber Gem", "Al Habtoor"]

RU_CITIES = [("Москва", ["Moscow", "Moskva"], 101000, 129999), ("Санкт-Петербург", ["Saint Petersburg", "St. Petersburg", "St Petersburg", "Sankt-Peterburg"], 190000, 199999),
             ("Новосибирск", ["Novosibirsk"], 630000, 630132), ("Екатеринбург", ["Yekaterinburg", "Ekaterinburg"], 620000, 620150),
             ("Казань", ["Kazan"], 420000, 420140), ("Нижний Новгород", ["Nizhny Novgorod", "Nizhniy Novgorod"], 603000, 603160)]
KZ_CITIES = [("Алматы", ["Almaty", "Alma-Ata"], 50000, 50060), ("Астана", ["Astana", "Nur-Sultan"], 10000, 10020)]
RU_STREETS = [("Тверская", "ул"), ("Ленина", "ул"), ("Мира", "пр"), ("Пресненская", "наб"), ("Ленинградский", "пр"),
              ("Профсоюзная", "ул"), ("Новый Арбат", "ул"), ("Большая Дмитровка", "ул"), ("Садовая-Кудринская", "ул"),
              ("Варшавское", "ш"), ("Кутузовский", "пр"), ("Невский", "пр"), ("Лиговский", "пр"), ("Московский", "пр"),
              ("Гагарина", "ул"), ("Советская", "ул"), ("Пушкина", "ул"), ("Маршала Жукова", "пр"), ("Октябрьская", "ул"),
              ("Кирова", "ул"), ("Ломоносова", "ул"), ("Достык", "пр"), ("Абая", "пр"), ("Кабанбай батыра", "пр")]
RU_STYPE = {"ул": (["ул.", "улица"], ["ul.", "st.", "street", "ulitsa"], False),
            "пр": (["пр-т", "проспект", "пр."], ["prospekt", "pr-t", "ave.", "avenue", "prosp."], True),
            "наб": (["наб.", "набережная"], ["nab.", "embankment", "naberezhnaya"], True),
            "ш": (["ш.", "шоссе"], ["sh.", "highway", "shosse"], True)}

TR_CITIES = [("İstanbul", "34", [("Şişli", ["Esentepe", "Mecidiyeköy", "Fulya", "Merkez"]), ("Sarıyer", ["Maslak", "Ayazağa"]),
                                 ("Beşiktaş", ["Levent", "Balmumcu", "Dikilitaş"]), ("Ataşehir", ["Barbaros", "Atatürk", "Küçükbakkalköy"]),
                                 ("Kadıköy", ["Kozyatağı", "Caferağa"]), ("Ümraniye", ["Saray", "Dudullu OSB"]), ("Kağıthane", ["Çağlayan", "Gültepe"])]),
             ("Ankara", "06", [("Çankaya", ["Kızılay", "Kavaklıdere", "Balgat"]), ("Yenimahalle", ["Ostim OSB"])]),
             ("İzmir", "35", [("Bornova", ["Kazımdirik", "Erzene"]), ("Konak", ["Alsancak"])])]
TR_STREETS = [("Büyükdere", "Cad"), ("Eski Büyükdere", "Cad"), ("Barbaros", "Blv"), ("Halaskargazi", "Cad"), ("İnönü", "Cad"),
              ("Atatürk", "Cad"), ("Cumhuriyet", "Cad"), ("Kore Şehitleri", "Cad"), ("Ahi Evran", "Cad"), ("Talatpaşa", "Cad"),
              ("Ihlamur", "Sok"), ("Gül", "Sok"), ("Lale", "Sok"), ("Menekşe", "Sok"), ("Papatya", "Sok"), ("Zambak", "Sok")]
TR_STYPE = {"Cad": ["Caddesi", "Cad.", "Cd."], "Sok": ["Sokak", "Sok.", "Sk."], "Blv": ["Bulvarı", "Blv.", "Bulv."]}

EU_DATA = {
    "DE": dict(cities=[(["Berlin"], 10115, 14199), (["München", "Munich", "Muenchen"], 80331, 81929),
                       (["Frankfurt am Main", "Frankfurt", "Frankfurt a. M.", "Frankfurt/Main"], 60306, 60599),
                       (["Hamburg"], 20095, 22769), (["Köln", "Cologne", "Koeln"], 50667, 51149),
                       (["Düsseldorf", "Duesseldorf", "Dusseldorf"], 40210, 40629), (["Stuttgart"], 70173, 70619),
                       (["Leipzig"], 4103, 4357), (["Dresden"], 1067, 1328), (["Hannover", "Hanover"], 30159, 30669)],
               country=["Germany", "Deutschland", "DE", "Federal Republic of Germany"], pcfmt="%05d"),
    "CH": dict(cities=[(["Zürich", "Zurich", "Zuerich"], 8001, 8099), (["Genève", "Geneva", "Genf"], 1201, 1299),
                       (["Zug"], 6300, 6304), (["Basel"], 4001, 4059), (["Lausanne"], 1003, 1018)],
               country=["Switzerland", "Schweiz", "Suisse", "CH"], pcfmt="%04d"),
    "NL": dict(cities=[(["Amsterdam"], 1011, 1109), (["Rotterdam"], 3011, 3089), (["Den Haag", "The Hague", "'s-Gravenhage"], 2491, 2599),
                       (["Utrecht"], 3511, 3585), (["Eindhoven"], 5611, 5658)],
               country=["Netherlands", "The Netherlands", "Nederland", "NL"], pcfmt="%04d"),
}
DE_STREETS = [("Friedrich", "straße"), ("Haupt", "straße"), ("Bahnhof", "straße"), ("Goethe", "straße"), ("Schiller", "straße"),
              ("Berliner", " Straße"), ("Münchener", " Straße"), ("Kaiser", "allee"), ("Linden", "allee"), ("Kurfürsten", "damm"),
              ("Alexander", "platz"), ("Potsdamer", " Platz"), ("Mainzer", " Landstraße"), ("Garten", "weg"), ("Industrie", "straße"),
              ("Wilhelm", "straße"), ("Leipziger", " Straße"), ("Königs", "allee"), ("Mönckeberg", "straße"), ("Theresien", "straße"),
              ("Maximilian", "straße"), ("Sonnen", "straße"), ("Rosen", "weg"), ("Hafen", "straße")]
NL_STREETS = ["Herengracht", "Keizersgracht", "Prinsengracht", "Damrak", "Zuidas", "Gustav Mahlerlaan", "Strawinskylaan",
              "Coolsingel", "Weena", "Stationsplein", "Lange Voorhout", "Catharijnesingel", "Kruisweg", "Parnassusweg"]

US_CITIES = [("Wilmington", "DE", "Delaware", "198"), ("Dover", "DE", "Delaware", "199"), ("New York", "NY", "New York", "100"),
             ("San Francisco", "CA", "California", "941"), ("San Jose", "CA", "California", "951"), ("Palo Alto", "CA", "California", "943"),
             ("Los Angeles", "CA", "California", "900"), ("Seattle", "WA", "Washington", "981"), ("Austin", "TX", "Texas", "787"),
             ("Houston", "TX", "Texas", "770"), ("Miami", "FL", "Florida", "331"), ("Sheridan", "WY", "Wyoming", "828"),
             ("Cheyenne", "WY", "Wyoming", "820"), ("Las Vegas", "NV", "Nevada", "891"), ("Chicago", "IL", "Illinois", "606"),
             ("Boston", "MA", "Massachusetts", "021"), ("Newark", "NJ", "New Jersey", "071"), ("Fremont", "CA", "California", "945"),
             ("Irvine", "CA", "California", "926"), ("Portland", "OR", "Oregon", "972"), ("Denver", "CO", "Colorado", "802"),
             ("Atlanta", "GA", "Georgia", "303"), ("Santa Clara", "CA", "California", "950"), ("Jersey City", "NJ", "New Jersey", "073")]
CA_CITIES = [("Toronto", "ON", "Ontario", "M5H"), ("Vancouver", "BC", "British Columbia", "V6C"), ("Montreal", "QC", "Quebec", "H3B"),
             ("Calgary", "AB", "Alberta", "T2P"), ("Waterloo", "ON", "Ontario", "N2L"), ("Markham", "ON", "Ontario", "L3R")]
AU_CITIES = [("Sydney", "NSW", "New South Wales", "2000"), ("Melbourne", "VIC", "Victoria", "3000"), ("Brisbane", "QLD", "Queensland", "4000"),
             ("Perth", "WA", "Western Australia", "6000"), ("Adelaide", "SA", "South Australia", "5000")]
W_STREETS = ["Orange", "Market", "King", "Queen", "Main", "High", "Church", "Park", "Oak", "Maple", "Cedar", "Elm", "Pine",
             "Washington", "Lincoln", "Victoria", "George", "Albert", "Station", "Mill", "Bridge", "Harbour", "Commercial", "Broad",
             "Union", "Canal", "Water", "Spring", "Chestnut", "Walnut", "Lake", "Hill", "River", "Sunset", "Garden", "Castle",
             "Regent", "Oxford", "Cambridge", "Baker", "Fleet", "Chancery", "Wenlock", "Shelton", "Mission", "Howard", "Folsom",
             "Pearl", "Wall", "Madison", "Lexington", "Pitt", "Collins", "Bay", "Bloor", "Yonge", "Hastings", "Little Falls",
             "Gould", "Silverado Ranch", "Blue Ravine", "Pioneer", "Stevens Creek", "El Camino Real", "Peachtree", "Rodeo"]
W_STYPE = [(["Street", "St", "St."], 10), (["Road", "Rd", "Rd."], 5), (["Avenue", "Ave", "Ave.", "Av."], 6), (["Boulevard", "Blvd", "Blvd."], 2),
           (["Drive", "Dr", "Dr."], 3), (["Lane", "Ln"], 1), (["Place", "Pl"], 1), (["Way"], 1), (["Parkway", "Pkwy"], 1),
           (["Court", "Ct"], 1), (["Square", "Sq"], 0.5), (["Terrace", "Tce", "Terr"], 0.5), (["Highway", "Hwy"], 0.5)]
W_STYPE_P = Pick([(i, x[1]) for i, x in enumerate(W_STYPE)])
W_DIRS = [("North", "N"), ("South", "S"), ("East", "E"), ("West", "W")]
GB_CITIES = [("London", ["EC1V", "EC2A", "EC3M", "EC4A", "WC2H", "WC1N", "W1U", "W1W", "N1", "E14", "SE1", "SW1A", "NW1"]),
             ("Manchester", ["M1", "M2", "M3", "M4"]), ("Birmingham", ["B1", "B2", "B3"]), ("Edinburgh", ["EH1", "EH2", "EH3"]),
             ("Cambridge", ["CB1", "CB2", "CB4"]), ("Bristol", ["BS1", "BS2"]), ("Leeds", ["LS1", "LS2"]), ("Cardiff", ["CF10", "CF11"])]
W_BPRE = ["Atlas", "Capital", "Kingsway", "Regent", "Crown", "Victoria", "Meridian", "Sterling", "Albion", "Sovereign",
          "Pinnacle", "Harbour", "Riverside", "Park", "Central", "Lincoln", "Empire", "Liberty", "Tower", "Gateway", "Phoenix"]
W_BTYPE = ["House", "Tower", "Centre", "Building", "Plaza", "Court", "Chambers", "Exchange", "Point", "Place"]

IN_CITIES = [(["Mumbai", "Bombay"], "Maharashtra", 400001, 400104, ["Andheri East", "Andheri (E)", "Powai", "Bandra Kurla Complex", "Lower Parel", "Malad West", "Goregaon East"]),
             (["Bengaluru", "Bangalore"], "Karnataka", 560001, 560103, ["Whitefield", "Koramangala", "Electronic City", "Indiranagar", "Marathahalli", "HSR Layout"]),
             (["Hyderabad"], "Telangana", 500001, 500098, ["Hitech City", "HITEC City", "Madhapur", "Gachibowli", "Kondapur"]),
             (["Gurugram", "Gurgaon"], "Haryana", 122001, 122018, ["DLF Cyber City", "Sector 44", "Udyog Vihar Phase IV", "Sohna Road"]),
             (["Noida"], "Uttar Pradesh", 201301, 201310, ["Sector 62", "Sector 18", "Sector 135"]),
             (["New Delhi", "Delhi"], "Delhi", 110001, 110096, ["Nehru Place", "Connaught Place", "Saket", "Okhla Phase III"]),
             (["Chennai", "Madras"], "Tamil Nadu", 600001, 600119, ["Guindy", "T. Nagar", "Taramani", "Perungudi"]),
             (["Pune"], "Maharashtra", 411001, 411062, ["Hinjewadi", "Kharadi", "Baner", "Magarpatta"])]
IN_STREETS = [["MG Road", "M.G. Road", "Mahatma Gandhi Road"], ["Old Airport Road", "Old Airport Rd"], ["Outer Ring Road", "ORR"],
              ["Link Road", "Link Rd"], ["LBS Marg", "Lal Bahadur Shastri Marg"], ["Sohna Road", "Sohna Rd"], ["Hosur Road", "Hosur Rd"],
              ["Bannerghatta Road", "Bannerghatta Rd"], ["Rajiv Gandhi Salai", "OMR"], ["Senapati Bapat Road", "SB Road"],
              ["Andheri Kurla Road", "Andheri-Kurla Rd"], ["Nelson Mandela Marg"], ["Residency Road", "Residency Rd"]]
IN_BT = ["Business Park", "Tech Park", "Towers", "Plaza", "Chambers", "House", "Corporate Park", "IT Park", "Trade Centre"]

JP_AREAS = [("東京都", ["Tokyo", "Tokyo-to"], "港区", "Minato", 105, [("虎ノ門", "Toranomon"), ("赤坂", "Akasaka"), ("六本木", "Roppongi"), ("芝", "Shiba"), ("芝浦", "Shibaura")]),
            ("東京都", ["Tokyo", "Tokyo-to"], "千代田区", "Chiyoda", 100, [("丸の内", "Marunouchi"), ("大手町", "Otemachi"), ("神田", "Kanda")]),
            ("東京都", ["Tokyo", "Tokyo-to"], "中央区", "Chuo", 103, [("日本橋", "Nihonbashi"), ("銀座", "Ginza"), ("八重洲", "Yaesu")]),
            ("東京都", ["Tokyo", "Tokyo-to"], "渋谷区", "Shibuya", 150, [("渋谷", "Shibuya"), ("恵比寿", "Ebisu"), ("道玄坂", "Dogenzaka")]),
            ("東京都", ["Tokyo", "Tokyo-to"], "新宿区", "Shinjuku", 160, [("西新宿", "Nishi-Shinjuku"), ("新宿", "Shinjuku")]),
            ("東京都", ["Tokyo", "Tokyo-to"], "品川区", "Shinagawa", 141, [("大崎", "Osaki"), ("東五反田", "Higashi-Gotanda")]),
            ("大阪府", ["Osaka", "Osaka-fu"], "大阪市北区", "Kita-ku, Osaka", 530, [("梅田", "Umeda"), ("中之島", "Nakanoshima")]),
            ("大阪府", ["Osaka", "Osaka-fu"], "大阪市中央区", "Chuo-ku, Osaka", 541, [("本町", "Honmachi"), ("心斎橋", "Shinsaibashi")])]

KR_AREAS = [("서울특별시", ["서울특별시", "서울시", "서울"], ["Seoul", "Seoul-si", "Seoul Metropolitan City"], "강남구", "Gangnam-gu", "06",
             [("테헤란로", "Teheran-ro"), ("강남대로", "Gangnam-daero"), ("선릉로", "Seolleung-ro"), ("봉은사로", "Bongeunsa-ro")]),
            ("서울특별시", ["서울특별시", "서울시", "서울"], ["Seoul", "Seoul-si"], "서초구", "Seocho-gu", "06", [("서초대로", "Seocho-daero"), ("반포대로", "Banpo-daero")]),
            ("서울특별시", ["서울특별시", "서울시", "서울"], ["Seoul", "Seoul-si"], "중구", "Jung-gu", "04", [("세종대로", "Sejong-daero"), ("을지로", "Eulji-ro")]),
            ("서울특별시", ["서울특별시", "서울시", "서울"], ["Seoul", "Seoul-si"], "영등포구", "Yeongdeungpo-gu", "07", [("여의대로", "Yeoui-daero"), ("국제금융로", "Gukjegeumyung-ro")]),
            ("서울특별시", ["서울특별시", "서울시", "서울"], ["Seoul", "Seoul-si"], "구로구", "Guro-gu", "08", [("디지털로", "Digital-ro")]),
            ("서울특별시", ["서울특별시", "서울시", "서울"], ["Seoul", "Seoul-si"], "금천구", "Geumcheon-gu", "08", [("가산디지털1로", "Gasan digital 1-ro")]),
            ("경기도", ["경기도 성남시", "경기 성남시", "성남시"], ["Seongnam-si, Gyeonggi-do", "Seongnam, Gyeonggi", "Seongnam-si"], "분당구", "Bundang-gu", "13",
             [("판교역로", "Pangyoyeok-ro"), ("대왕판교로", "Daewangpangyo-ro")])]

GEN_DATA = {
    "FR": dict(cities=[("Paris", 75001, 75020), ("Lyon", 69001, 69009), ("Marseille", 13001, 13016), ("Nice", 6000, 6300)],
               streets=[("rue", "de la Paix"), ("rue", "de Rivoli"), ("avenue", "des Champs-Élysées"), ("boulevard", "Haussmann"),
                        ("rue", "Saint-Honoré"), ("avenue", "de l'Opéra"), ("rue", "de la République"), ("quai", "de la Rapée")],
               country=["France", "FR"], pcfmt="%05d", style="fr"),
    "BR": dict(cities=[("São Paulo", 1000, 5999), ("Rio de Janeiro", 20000, 23799), ("Curitiba", 80000, 82999)],
               streets=[("Av.", "Paulista"), ("Rua", "Augusta"), ("Av.", "Brigadeiro Faria Lima"), ("Rua", "Funchal"), ("Av.", "Rio Branco")],
               country=["Brazil", "Brasil", "BR"], pcfmt="%05d-%03d", style="br"),
    "IL": dict(cities=[("Tel Aviv", 6100000, 6999999), ("Herzliya", 4600000, 4699999), ("Haifa", 3100000, 3599999)],
               streets=[("", "Rothschild Blvd"), ("", "HaArba'a St"), ("", "Menachem Begin Rd"), ("", "Abba Eban Ave"), ("", "Derech Namir")],
               country=["Israel", "IL"], pcfmt="%07d", style="num"),
    "SA": dict(cities=[("Riyadh", 11000, 14999), ("Jeddah", 21000, 23999), ("Dammam", 31000, 32999)],
               streets=[("", "King Fahd Road"), ("", "Olaya Street"), ("", "Prince Sultan Road"), ("", "Tahlia Street"), ("", "King Abdulaziz Road")],
               country=["Saudi Arabia", "KSA", "Kingdom of Saudi Arabia"], pcfmt="%05d", style="num"),
    "TH": dict(cities=[("Bangkok", 10100, 10900), ("Nonthaburi", 11000, 11120), ("Chiang Mai", 50000, 50300)],
               streets=[("", "Sukhumvit Road"), ("", "Silom Road"), ("", "Rama IV Road"), ("", "Ratchadaphisek Road"), ("", "Phahonyothin Road")],
               country=["Thailand", "TH"], pcfmt="%05d", style="num"),
    "ID": dict(cities=[("Jakarta Selatan", 12000, 12999), ("Jakarta Pusat", 10000, 10999), ("Tangerang", 15000, 15999), ("Surabaya", 60000, 60299)],
               streets=[("Jl.", "Jend. Sudirman"), ("Jl.", "M.H. Thamrin"), ("Jl.", "HR Rasuna Said"), ("Jl.", "Gatot Subroto"), ("Jl.", "Kuningan Barat")],
               country=["Indonesia", "ID"], pcfmt="%05d", style="id"),
    "VN": dict(cities=[("Hồ Chí Minh", 700000, 700999), ("Hà Nội", 100000, 100999), ("Đà Nẵng", 550000, 550999)],
               streets=[("", "Nguyễn Huệ"), ("", "Lê Lợi"), ("", "Điện Biên Phủ"), ("", "Trần Duy Hưng"), ("", "Cầu Giấy"), ("", "Hai Bà Trưng")],
               country=["Vietnam", "Viet Nam", "VN"], pcfmt="%06d", style="vn"),
    "CY": dict(cities=[("Limassol", 3000, 4999), ("Nicosia", 1000, 2999), ("Larnaca", 6000, 7999)],
               streets=[("", "Arch. Makariou III"), ("", "Spyrou Kyprianou"), ("", "Agiou Athanasiou"), ("", "Themistokli Dervi"), ("", "Gladstonos")],
               country=["Cyprus", "CY"], pcfmt="%04d", style="cy"),
    "VG": dict(cities=[("Road Town, Tortola", 1110, 1110)],
               streets=[("", "Wickhams Cay II"), ("", "Wickhams Cay I"), ("", "Main Street"), ("", "Waterfront Drive")],
               country=["British Virgin Islands", "BVI", "Virgin Islands, British", "VG"], pcfmt="VG%04d", style="off"),
    "SC": dict(cities=[("Victoria, Mahe", 0, 0)],
               streets=[("", "Francis Rachel Street"), ("", "Ile Du Port"), ("", "Providence Industrial Estate"), ("", "Eden Island")],
               country=["Seychelles", "Republic of Seychelles", "SC"], pcfmt="", style="off"),
    "KY": dict(cities=[("George Town, Grand Cayman", 1104, 1108)],
               streets=[("", "South Church Street"), ("", "Cricket Square"), ("", "Elgin Avenue"), ("", "Regatta Office Park")],
               country=["Cayman Islands", "KY"], pcfmt="KY1-%04d", style="off"),
}
OFF_BLD = {"VG": ["Trident Chambers", "Vistra Corporate Services Centre", "Craigmuir Chambers", "Palm Grove House", "Intershore Chambers", "OMC Chambers", "Sea Meadow House"],
           "SC": ["Sound & Vision House", "Oliaji Trade Centre", "House of Francis", "CT House", "Suite 1, Second Floor", "Global Gateway"],
           "KY": ["Ugland House", "Harbour Place", "Windward 3", "PO Box 309", "Governors Square", "Cayman Corporate Centre"]}

STYLE = {"CN": "cn", "HK": "hk", "TW": "tw", "SG": "sg", "MY": "my", "AE": "ae", "RU": "ru", "KZ": "ru", "TR": "tr",
         "DE": "eu", "CH": "eu", "NL": "eu", "US": "us", "CA": "us", "AU": "us", "GB": "gb", "IN": "in", "JP": "jp", "KR": "kr"}
for _c in GEN_DATA:
    STYLE[_c] = "gen"

COUNTRY_NAME = {"CN": ["China", "P.R. China", "PRC", "P.R.C.", "People's Republic of China", "中国"], "HK": ["Hong Kong", "Hong Kong SAR", "HK", "HKSAR"],
                "TW": ["Taiwan", "Taiwan (R.O.C.)", "R.O.C.", "台灣"], "SG": ["Singapore"], "MY": ["Malaysia", "MY"],
                "AE": ["UAE", "United Arab Emirates", "U.A.E."], "RU": ["Russia", "Russian Federation", "RF", "Россия"],
                "KZ": ["Kazakhstan", "Republic of Kazakhstan", "Казахстан"], "TR": ["Turkey", "Türkiye", "Turkiye", "TR"],
                "US": ["USA", "United States", "US", "U.S.A.", "United States of America"], "CA": ["Canada", "CA"],
                "AU": ["Australia", "AU"], "GB": ["United Kingdom", "UK", "England", "GB", "U.K."], "IN": ["India", "IN", "Bharat"],
                "JP": ["Japan", "JP", "日本"], "KR": ["Korea", "South Korea", "Republic of Korea", "대한민국"]}


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


class AddrBook:
    """Buildings per (cc, city) with Zipf reuse; unit registry keeps strangers out of each other's units."""

    def __init__(self, rng):
        self.rng = rng
        self.blds = {}
        self.units = {}
        self.nid = 0
        self.reserved_bld = set()

    def _new_id(self):
        self.nid += 1
        return self.nid

    def city_count(self, cc):
        sty = STYLE.get(cc, "gen")
        if sty == "cn":
            return len(CN_CITIES)
        if sty in ("hk", "tw", "sg"):
            return 1
        if sty == "my":
            return len(MY_CITIES)
        if sty == "ae":
            return len(AE_CITIES)
        if sty == "ru":
            return len(KZ_CITIES if cc == "KZ" else RU_CITIES)
        if sty == "tr":
            return len(TR_CITIES)
        if sty == "eu":
            return len(EU_DATA[cc]["cities"])
        if sty == "us":
            return len({"US": US_CITIES, "CA": CA_CITIES, "AU": AU_CITIES}[cc])
        if sty == "gb":
            return len(GB_CITIES)
        if sty == "in":
            return len(IN_CITIES)
        if sty == "jp":
            return len(JP_AREAS)
        if sty == "kr":
            return len(KR_AREAS)
        return len(GEN_DATA[cc]["cities"]) if cc in GEN_DATA else 1

    def pick_city(self, cc):
        n = self.city_count(cc)
        if STYLE.get(cc) == "cn":
            return Pick_CN(self.rng)
        return skew(self.rng, n, 1.8)

    def new_building(self, cc, ci=None, name=None, park=False):
        rng = self.rng
        r = rng.random
        sty = STYLE.get(cc, "gen")
        if ci is None:
            ci = self.pick_city(cc)
        b = {"id": self._new_id(), "cc": cc, "sty": sty, "ci": ci, "di": None, "st": None, "no": None, "nm": name,
             "pc": None, "park": park, "maxfl": rng.choice([6, 12, 20, 28, 35, 45, 60])}
        if sty == "cn":
            city = CN_CITIES[ci]
            b["di"] = rng.randrange(len(city[6]))
            b["st"] = (ZH_STEM_P(rng), ZH_STEM_P(rng), rng.randrange(len(CN_DIRS)) if r() < 0.4 else None, skew(rng, len(CN_STYPE), 1.5))
            b["no"] = str(rng.randint(1, 3000) if r() < 0.7 else rng.randint(1, 120))
            if name is None and r() < 0.85:
                b["nm"] = ("cn", ZH_STEM_P(rng), ZH_STEM_P(rng), skew(rng, len(CN_BTYPE), 1.4))
            b["pc"] = "%06d" % rng.randint(city[4], city[5])
        elif sty == "hk":
            s = rng.randrange(len(HK_STREETS))
            b["st"] = s
            b["di"] = HK_STREETS[s][2]
            b["no"] = str(rng.randint(1, 400))
            if name is None:
                b["nm"] = ("hk", rng.randrange(len(HK_BPRE)), rng.randrange(len(HK_BTYPE)))
        elif sty == "tw":
            b["di"] = rng.randrange(len(TW_DIST))
            b["st"] = (rng.randrange(len(TW_ROADS)), rng.randint(1, 6) if r() < 0.7 else None, rng.randint(1, 300) if r() < 0.15 else None)
            b["no"] = str(rng.randint(1, 500))
            b["pc"] = "%d%02d" % (TW_DIST[b["di"]][2], rng.randint(1, 99))
        elif sty == "sg":
            s = rng.randrange(len(SG_STREETS))
            b["st"] = s
            b["no"] = str(rng.randint(1, 200)) + (rng.choice("ABC") if r() < 0.05 else "")
            if name is None and r() < 0.8:
                b["nm"] = ("sg", rng.randrange(len(SG_BLD)) if r() < 0.6 else None, gen_stem(rng, "lat")[1] + " " + rng.choice(["Building", "Centre", "Tower", "Techpark", "Bizhub", "Plaza"]))
            b["pc"] = SG_STREETS[s][2] + dig(rng, 4)
        elif sty == "my":
            city = MY_CITIES[ci]
            b["st"] = rng.randrange(len(MY_STREETS))
            b["no"] = str(rng.randint(1, 300))
            if name is None and r() < 0.75:
                bt = rng.randrange(len(MY_BT))
                b["nm"] = ("my", bt, rng.choice(MS_STEM) if r() < 0.7 else rng.choice(LAT_PRE))
            b["pc"] = "%05d" % rng.randint(city[2], city[3])
        elif sty == "ae":
            city = AE_CITIES[ci]
            b["di"] = rng.randrange(len(city[1]))
            b["st"] = rng.randrange(len(AE_ROADS)) if r() < 0.5 else None
            if name is None:
                b["nm"] = ("ae", rng.randrange(len(AE_BPRE)), rng.choice(["Tower", "Tower", "Business Centre", "Building", "Business Tower", "Plaza"]))
            b["pc"] = str(rng.randint(1000, 499999)) if r() < 0.6 else None   # P.O. Box of the building owner / none
        elif sty == "ru":
            cities = KZ_CITIES if cc == "KZ" else RU_CITIES
            city = cities[ci]
            b["st"] = rng.randrange(len(RU_STREETS))
            b["no"] = str(rng.randint(1, 150)) + (rng.choice(["А", "Б", "В"]) if r() < 0.1 else "")
            b["x"] = (rng.randint(1, 9) if r() < 0.35 else None, rng.randint(1, 5) if r() < 0.2 else None)   # стр., корп.
            if name is None and r() < 0.3:
                b["nm"] = ("ru", stem_cyr(gen_stem(rng, "ru")))
            b["pc"] = "%06d" % rng.randint(city[2], city[3])
        elif sty == "tr":
            city = TR_CITIES[ci]
            b["di"] = (rng.randrange(len(city[2])), None)
            b["di"] = (b["di"][0], rng.randrange(len(city[2][b["di"][0]][1])))
            b["st"] = rng.randrange(len(TR_STREETS))
            b["no"] = str(rng.randint(1, 250))
            if name is None and r() < 0.45:
                b["nm"] = ("tr", TR_STEM[rng.randrange(len(TR_STEM))], rng.choice(["Plaza", "İş Merkezi", "Residence", "Tower", "Towers", "İş Hanı"]))
            b["pc"] = city[1] + dig(rng, 3)
        elif sty == "eu":
            d = EU_DATA[cc]["cities"][ci]
            if cc == "NL":
                b["st"] = ("nl", rng.randrange(len(NL_STREETS)))
                b["pc"] = "%04d %s%s" % (rng.randint(d[1], d[2]), chr(65 + rng.randrange(26)), chr(65 + rng.randrange(26)))
            else:
                b["st"] = ("de", rng.randrange(len(DE_STREETS)))
                b["pc"] = EU_DATA[cc]["pcfmt"] % rng.randint(d[1], d[2])
            b["no"] = str(rng.randint(1, 220)) + (rng.choice("abc") if r() < 0.1 else "")
            if name is None and r() < 0.15:
                b["nm"] = ("w", rng.choice(W_BPRE) + " " + rng.choice(["Haus", "Center", "Tower", "Office Park", "Carré", "Campus"]))
        elif sty in ("us", "gb"):
            b["st"] = (rng.randrange(len(W_STREETS)), W_STYPE_P(rng), rng.randrange(4) if (sty == "us" and r() < 0.2) else None)
            b["no"] = str(rng.randint(1, 9999) if sty == "us" else rng.randint(1, 250))
            if sty == "us":
                city = {"US": US_CITIES, "CA": CA_CITIES, "AU": AU_CITIES}[cc][ci]
                if cc == "US":
                    b["pc"] = city[3] + dig(rng, 2) + ("-" + dig(rng, 4) if r() < 0.3 else "")
                elif cc == "CA":
                    b["pc"] = city[3] + " " + str(rng.randint(0, 9)) + chr(65 + rng.randrange(26)) + str(rng.randint(0, 9))
                else:
                    b["pc"] = str(int(city[3]) + rng.randint(0, 99))
            else:
                out = rng.choice(GB_CITIES[ci][1])
                b["pc"] = out + " " + str(rng.randint(1, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            if name is None and r() < (0.25 if sty == "us" else 0.45):
                b["nm"] = ("w", rng.choice(W_BPRE) + " " + rng.choice(W_BTYPE))
        elif sty == "in":
            city = IN_CITIES[ci]
            b["di"] = rng.randrange(len(city[4]))
            b["st"] = rng.randrange(len(IN_STREETS))
            b["no"] = str(rng.randint(1, 400)) if r() < 0.5 else None
            if name is None and r() < 0.8:
                b["nm"] = ("in", rng.choice(IN_STEM + LAT_PRE), rng.choice(IN_BT))
            b["pc"] = str(rng.randint(city[2], city[3]))
        elif sty == "jp":
            a = JP_AREAS[ci]
            b["di"] = rng.randrange(len(a[5]))
            b["st"] = (rng.randint(1, 7), rng.randint(1, 30), rng.randint(1, 25))
            b["pc"] = "%03d-%04d" % (a[4] + rng.randint(0, 2), rng.randint(1, 99) * 10 + b["di"])
            if name is None:
                jst = rng.randrange(len(JA_STEM))
                b["nm"] = ("jp", jst, rng.randint(1, 3) if r() < 0.15 else None, r() < 0.5)
        elif sty == "kr":
            a = KR_AREAS[ci]
            b["st"] = rng.randrange(len(a[6]))
            b["no"] = str(rng.randint(1, 600))
            b["pc"] = a[5] + dig(rng, 3)
            if name is None and r() < 0.6:
                b["nm"] = ("kr", rng.randrange(len(KO_STEM)), rng.choice([("빌딩", "Bldg", "Building"), ("타워", "Tower", "Tower"), ("센터", "Center", "Centre")]))
        else:
            gd = GEN_DATA.get(cc)
            if gd is None:
                gd = GEN_DATA["IL"]
            b["sty"] = "gen"
            city = gd["cities"][ci if ci < len(gd["cities"]) else 0]
            b["st"] = rng.randrange(len(gd["streets"]))
            b["no"] = str(rng.randint(1, 300))
            if gd["pcfmt"]:
                lo, hi = city[1], city[2]
                b["pc"] = (gd["pcfmt"] % (rng.randint(lo, hi), rng.randint(0, 999))) if gd["pcfmt"].count("%") == 2 else gd["pcfmt"] % rng.randint(lo, hi)
            if name is None and r() < 0.4:
                if cc in OFF_BLD:
                    b["nm"] = ("w", rng.choice(OFF_BLD[cc]))
                else:
                    b["nm"] = ("w", rng.choice(W_BPRE) + " " + rng.choice(W_BTYPE))
        return b

    def building_for(self, cc, reuse=0.6):
        """Existing building in a city (Zipf: towers and parks collect many tenants) or a new one."""
        ci = self.pick_city(cc)
        key = (cc, ci)
        lst = self.blds.get(key)
        if lst and self.rng.random() < reuse:
            return lst[skew(self.rng, len(lst), 2.2)]
        b = self.new_building(cc, ci)
        self.blds.setdefault(key, []).append(b)
        return b

    def new_unit(self, b, blk=None, floor=None):
        """Fresh (floor, unit) in building b that no one else uses."""
        rng = self.rng
        used = self.units.setdefault(b["id"], set())
        for _ in range(50):
            fl = floor if floor is not None else rng.randint(1, b["maxfl"])
            sty = b["sty"]
            k = rng.randint(1, 30)
            if sty in ("hk", "cn", "ae", "in", "kr", "tw", "jp", "us", "gen", "my", "tr"):
                u = "%d%02d" % (fl, k)
            elif sty == "sg":
                u = "%02d" % k if k < 100 else str(k)
                if rng.random() < 0.1:
                    u = "%03d" % rng.randint(1, 160)
            elif sty == "ru":
                u = str(rng.randint(1, 999))
            else:
                u = str(rng.randint(1, 60))
            if sty == "hk" and rng.random() < 0.2:
                u = rng.choice("ABCDEFGH")
            key = (blk, fl, u)
            if key not in used:
                used.add(key)
                return {"b": b, "blk": blk, "fl": fl, "u": u, "x": None, "hub": None}
        # extremely crowded building: give up uniqueness of floor, use a long unit id
        u = str(rng.randint(1000, 99999))
        used.add((blk, None, u))
        return {"b": b, "blk": blk, "fl": None, "u": u, "x": None, "hub": None}


def _cn_city_pick():
    return Pick([(i, c[7]) for i, c in enumerate(CN_CITIES)])


Pick_CN = _cn_city_pick()


def addr_key(a):
    return (a["b"]["id"], a["blk"], a["fl"], a["u"], a["x"])


def bld_key(a):
    return (a["b"]["id"], a["blk"])


# ---------------------------------------------------------------------- address rendering
def _k(u):
    """unit number within floor, when unit is stored as floor+2 digits."""
    try:
        return int(u[-2:])
    except ValueError:
        return u


def _finish(parts, rng, sep=None):
    parts = [p for p in parts if p]
    if sep is None:
        q = rng.random()
        sep = ", " if q < 0.8 else (" " if q < 0.92 else ("\n" if q < 0.97 else ","))
    s = sep.join(parts)
    if rng.random() < 0.04:
        s = s.upper()
    return s


def _fix_name(nm, native):
    return nm[1] if native and nm[1] else nm[2]


def r_addr_cn(a, rng, native):
    b = a["b"]
    r = rng.random
    city = CN_CITIES[b["ci"]]
    dist = city[6][b["di"]]
    s1, s2, dr, ty = b["st"]
    fl, u, blk, nm = a["fl"], a["u"], a["blk"], b["nm"]
    if native:
        p = []
        if city[3] and r() < 0.5:
            p.append(city[3])
        p.append(city[1] + ("市" if r() < 0.8 else ""))
        if r() < 0.92:
            p.append(dist[1])
        p.append(ZH_STEM[s1][0] + ZH_STEM[s2][0] + (CN_DIRS[dr][0] if dr is not None else "") + CN_STYPE[ty][0] + b["no"] + "号")
        if nm:
            p.append(_fix_name(nm, True) if nm[0] == "fix" else ZH_STEM[nm[1]][0] + ZH_STEM[nm[2]][0] + CN_BTYPE[nm[3]][0])
        if blk:
            p.append(blk + rng.choice(["座", "栋", "幢"]))
        if fl and (r() < 0.3 or not u):
            p.append("%d%s" % (fl, rng.choice(["楼", "层", "F"])))
        if u:
            p.append(u + rng.choice(["室", "室", "室", "号", "房"]))
        if a["x"]:
            p.append(a["x"][0])
        s = "".join(p)
        if r() < 0.05:
            s = s.translate(FW)
        if b["pc"] and r() < 0.2:
            s = s + (" " if r() < 0.5 else " 邮编:") + b["pc"]
        return s
    p = []
    if u:
        p.append(rng.choice(["Room %s", "Rm %s", "Rm.%s", "Unit %s", "Suite %s", "%s", "Room %s", "Room %s"]) % u)
    if fl and (r() < 0.3 or not u):
        p.append(rng.choice(["%d/F", "%dF", "Floor %d", "F%d"]) % fl if r() < 0.7 else _ordinal(fl) + " Floor")
    if blk:
        p.append(rng.choice(["Block %s", "Tower %s", "Building %s", "Bldg %s", "%s Zuo"]) % blk)
    if nm:
        if nm[0] == "fix":
            p.append(nm[2])
        else:
            p.append(stem_latin(("zh", nm[1], nm[2])) + " " + (CN_BTYPE[nm[3]][1][0] if r() < 0.6 else rng.choice(CN_BTYPE[nm[3]][1])))
    stm = stem_latin(("zh", s1, s2))
    tys = CN_STYPE[ty][1]
    tyw = tys[0] if r() < 0.55 else rng.choice(tys)
    if dr is not None:
        q = r()
        if q < 0.6:
            street = stm + " " + CN_DIRS[dr][1] + " " + tyw
        elif q < 0.85:
            street = stm + CN_DIRS[dr][2].lower() + " " + tyw
        else:
            street = stm + " " + CN_DIRS[dr][2] + " " + tyw
    else:
        street = stm + " " + tyw
    q = r()
    p.append(("No. %s %s" if q < 0.4 else ("No.%s %s" if q < 0.6 else "%s %s")) % (b["no"], street))
    dn = dist[0]
    if "Area" in dn or "Park" in dn or "Lake" in dn or "Zone" in dn or r() < 0.12:
        p.append(dn)
    else:
        p.append(dn + rng.choice([" District", " District", " Dist.", " Qu", " district"]))
    p.append(city[0] + rng.choice(["", "", "", " City", " Shi"]))
    if city[2] and r() < 0.5:
        p.append(city[2] + rng.choice(["", " Province", " Prov."]))
    if r() < 0.5:
        if r() < 0.5:
            p[-1] = p[-1] + " " + b["pc"]
        else:
            p.append(b["pc"])
    if r() < 0.4:
        p.append(rng.choice(COUNTRY_NAME["CN"][:5]))
    if a["x"] and r() < 0.7:
        p.append(a["x"][1])
    if r() < 0.1:
        p.reverse()
    return _finish(p, rng)


def r_addr_hk(a, rng, native):
    b = a["b"]
    r = rng.random
    st = HK_STREETS[b["st"]]
    dist = HK_DIST[b["di"]]
    reg = HK_REG[dist[2]]
    fl, u, nm = a["fl"], a["u"], b["nm"]
    if native:
        p = ["香港" if r() < 0.6 else ""]
        if r() < 0.4:
            p.append(reg[1])
        p.append(dist[1] + st[1] + b["no"] + "號")
        if nm:
            p.append(_fix_name(nm, True) if nm[0] == "fix" else HK_BPRE[nm[1]][1] + HK_BTYPE[nm[2]][1])
        if a["blk"]:
            p.append(a["blk"] + "座")
        if fl:
            p.append("%d樓" % fl)
        if u:
            p.append(u + ("室" if r() < 0.8 else "號舖"))
        s = "".join(p)
        return s.translate(FW) if r() < 0.04 else s
    p = []
    if u:
        p.append(rng.choice(["Room %s", "Rm %s", "Flat %s", "Unit %s", "Flat/Rm %s", "Rm. %s", "Office %s", "Suite %s", "Room %s"]) % u)
    if fl:
        q = r()
        p.append("%d/F" % fl if q < 0.55 else (_ordinal(fl) + " Floor" if q < 0.75 else (rng.choice(["%dF", "Floor %d", "Level %d", "L%d"]) % fl)))
    if a["blk"]:
        p.append(rng.choice(["Block %s", "Tower %s", "Blk %s"]) % a["blk"])
    if nm:
        if nm[0] == "fix":
            p.append(nm[2])
        else:
            tys = HK_BTYPE[nm[2]][0]
            p.append(HK_BPRE[nm[1]][0] + " " + (tys[0] if r() < 0.6 else rng.choice(tys)))
    sname = st[0]
    if r() < 0.35:
        sname = sname.replace("Road", rng.choice(["Rd", "Rd."])).replace("Street", rng.choice(["St", "St."]))
    if r() < 0.1:
        sname = sname.replace("Central", "C.")
    if (not nm) or r() < 0.7:
        p.append(b["no"] + " " + sname if r() < 0.9 else "No. " + b["no"] + " " + sname)
    p.append(dist[0])
    if r() < 0.7:
        p.append(reg[0][0] if r() < 0.7 else rng.choice(reg[0]))
    if r() < 0.35 and dist[2] != 0:
        p.append(rng.choice(COUNTRY_NAME["HK"]))
    elif r() < 0.2 and dist[2] == 0:
        p.append("Hong Kong SAR")
    if r() < 0.05:
        p.append("999077")
    return _finish(p, rng)


def r_addr_tw(a, rng, native):
    b = a["b"]
    r = rng.random
    dist = TW_DIST[b["di"]]
    rd, sec, lane = b["st"]
    road = TW_ROADS[rd]
    fl, u = a["fl"], a["u"]
    k = _k(u) if u else None
    if native:
        s = "台北市" + dist[1] + road[2] + (ZH_NUM[sec] + "段" if sec else "") + ("%d巷" % lane if lane else "") + b["no"] + "號"
        if fl:
            s += "%d樓" % fl + ("之%d" % k if k else "")
        return (b["pc"] + " " if r() < 0.4 else "") + s
    p = []
    if fl:
        p.append(("%dF.-%d" % (fl, k) if k else "%dF." % fl) if r() < 0.6 else ("%dF-%d" % (fl, k) if k else "%dF" % fl))
    p.append("No. " + b["no"] if r() < 0.7 else "No." + b["no"])
    if lane:
        p.append("Ln. %d" % lane if r() < 0.7 else "Lane %d" % lane)
    if sec:
        p.append("Sec. %d" % sec if r() < 0.8 else "Section %d" % sec)
    p.append(road[0] + (" " + road[1] + "." if road[1] and r() < 0.7 else (" " + {"E": "East", "S": "South"}.get(road[1], "") if road[1] else "")) + rng.choice([" Rd.", " Rd", " Road"]))
    p.append(dist[0] + rng.choice([" Dist.", " District", " Dist"]))
    p.append(rng.choice(["Taipei City", "Taipei", "Taipei City"]) + (" " + b["pc"] if r() < 0.6 else ""))
    if r() < 0.6:
        p.append(rng.choice(COUNTRY_NAME["TW"][:3]))
    return _finish(p, rng)


def _sg_unit(a, rng):
    fl, u = a["fl"], a["u"]
    q = rng.random()
    if q < 0.65:
        return "#%02d-%s" % (fl, u)
    if q < 0.8:
        return "Unit %02d-%s" % (fl, u) if rng.random() < 0.5 else "Unit #%02d-%s" % (fl, u)
    if q < 0.9:
        return "%02d-%s" % (fl, u)
    if q < 0.95:
        return "# %02d - %s" % (fl, u)
    return "Level %d Unit %s" % (fl, u.lstrip("0") or "0")


def r_addr_sg(a, rng, native):
    b = a["b"]
    r = rng.random
    s0, s1, _ = SG_STREETS[b["st"]]
    w = s1.split(" ")
    if w[0] in SG_ABBR and r() < 0.4:
        w[0] = rng.choice(SG_ABBR[w[0]])
    street = s0 + " " + " ".join(w)
    nm = b["nm"]
    bname = None
    if nm:
        bname = nm[2] if nm[0] == "fix" else (SG_BLD[nm[1]] if nm[1] is not None else nm[2])
    unit = _sg_unit(a, rng) if a["u"] else ("Level %d" % a["fl"] if a["fl"] else None)
    pc = b["pc"]
    q = r()
    pcs = ("Singapore " + pc if q < 0.6 else ("S" + pc if q < 0.7 else ("S(" + pc + ")" if q < 0.78 else ("Singapore (" + pc + ")" if q < 0.85 else pc))))
    if r() < 0.08:
        pcs = None
    q = r()
    if q < 0.55:
        p = [b["no"] + " " + street, unit, bname, pcs]
    elif q < 0.8:
        p = [bname, unit, b["no"] + " " + street, pcs]
    else:
        p = [unit, bname, b["no"] + " " + street, pcs]
    if pcs is None or (r() < 0.15 and not pcs.startswith("Singapore")):
        p.append("Singapore")
    return _finish(p, rng)


def r_addr_my(a, rng, native):
    b = a["b"]
    r = rng.random
    city = MY_CITIES[b["ci"]]
    styp, sname = MY_STREETS[b["st"]]
    street = (styp if r() < 0.5 else rng.choice(MY_SABBR[styp])) + " " + sname
    fl, u, nm = a["fl"], a["u"], b["nm"]
    p = []
    if u:
        k = _k(u)
        q = r()
        if a["blk"]:
            p.append("%s-%d-%d" % (a["blk"], fl, k) if q < 0.6 else "Block %s, Unit %d-%d" % (a["blk"], fl, k))
        elif q < 0.45:
            p.append("Unit %d-%d" % (fl, k) if r() < 0.7 else "Unit %d-%02d" % (fl, k))
        elif q < 0.65:
            p.append("No. %d-%d" % (fl, k))
        elif q < 0.8:
            p.append("Suite %d.%02d" % (fl, k))
        elif q < 0.9:
            p.append("Lot %d-%d" % (fl, k))
        else:
            p.append("%d-%d" % (fl, k))
    if fl and (r() < 0.45 or not u):
        p.append(rng.choice(["Level %d", "Tingkat %d", "Aras %d", "Floor %d"]) % fl if r() < 0.75 else _ordinal(fl) + " Floor")
    if nm:
        if nm[0] == "fix":
            p.append(nm[2])
        else:
            bt, pos = MY_BT[nm[1]]
            p.append(bt + " " + nm[2] if pos == "pre" else nm[2] + " " + bt)
    if b["no"] and r() < 0.6:
        p.append(b["no"] + (", " if r() < 0.5 else " ") + street)
    else:
        p.append(street)
    p.append((b["pc"] + " " if r() < 0.9 else "") + city[0])
    if r() < 0.7:
        p.append(rng.choice(city[1]))
    if r() < 0.5:
        p.append("Malaysia")
    return _finish(p, rng)


def r_addr_ae(a, rng, native):
    b = a["b"]
    r = rng.random
    city = AE_CITIES[b["ci"]]
    area = city[1][b["di"]]
    if area in AE_ABBR and r() < 0.5:
        area = rng.choice(AE_ABBR[area])
    cname = city[0]
    if cname in AE_ABBR and r() < 0.4:
        cname = rng.choice(AE_ABBR[cname])
    fl, u, nm = a["fl"], a["u"], b["nm"]
    p = []
    if a["x"]:
        p.append(a["x"][1])
    if u:
        p.append(rng.choice(["Office %s", "Office No. %s", "Unit %s", "Suite %s", "Office %s", "Flat %s", "%s", "Unit No: %s"]) % u)
    if fl and r() < 0.35:
        p.append(_ordinal(fl) + " Floor" if r() < 0.6 else rng.choice(["Floor %d", "Level %d", "%dF"]) % fl)
    if nm:
        if nm[0] == "fix":
            p.append(nm[2])
        else:
            p.append(AE_BPRE[nm[1]] + " " + nm[2])
    if b["st"] is not None and r() < 0.7:
        rd = AE_ROADS[b["st"]]
        if rd == "Sheikh Zayed Road" and r() < 0.3:
            rd = "SZR"
        p.append(rd)
    p.append(area)
    p.append(cname)
    if r() < 0.6:
        p.append(rng.choice(COUNTRY_NAME["AE"]))
    if b["pc"] and r() < 0.55:
        q = r()
        pb = ("P.O. Box %s" if q < 0.45 else ("PO Box %s" if q < 0.7 else ("P.O.Box:%s" if q < 0.85 else "POB %s"))) % b["pc"]
        if r() < 0.5:
            p.insert(len(p) - 1 if len(p) > 1 else 0, pb)
        else:
            p.append(pb)
    return _finish(p, rng)


def _ru_street(b, rng, native, scheme):
    name, ty = RU_STREETS[b["st"]]
    nat, lat, adj = RU_STYPE[ty]
    if native:
        t = nat[0] if rng.random() < 0.65 else rng.choice(nat)
        return name + " " + t if (adj and rng.random() < 0.75) else t + " " + name
    nm = translit(name, scheme)
    t = lat[0] if rng.random() < 0.5 else rng.choice(lat)
    if t in ("street", "avenue", "embankment", "highway"):
        t = t.capitalize() if rng.random() < 0.6 else t
        return nm + " " + t
    return t + " " + nm if rng.random() < 0.55 else nm + " " + t


RU_SCH_P = Pick([("icao", 35), ("simple", 40), ("bgn", 15), ("x", 10)])


def r_addr_ru(a, rng, native):
    b = a["b"]
    r = rng.random
    kz = b["cc"] == "KZ"
    city = (KZ_CITIES if kz else RU_CITIES)[b["ci"]]
    fl, u, nm = a["fl"], a["u"], b["nm"]
    strn, korp = b["x"]
    scheme = RU_SCH_P(rng)
    p = []
    if native:
        if r() < 0.7:
            p.append(b["pc"])
        if r() < 0.15:
            p.append(("Казахстан" if kz else rng.choice(["Россия", "Российская Федерация"])))
        p.append(("г. " if r() < 0.75 else ("город " if r() < 0.3 else "")) + city[0])
        p.append(_ru_street(b, rng, True, scheme))
        p.append(("д. " if r() < 0.75 else ("дом " if r() < 0.5 else "")) + b["no"])
        if korp:
            p.append(rng.choice(["корп. %d", "к. %d", "корпус %d"]) % korp)
        if strn:
            p.append(rng.choice(["стр. %d", "строение %d", "стр.%d"]) % strn)
        if fl and r() < 0.3:
            p.append(rng.choice(["эт. %d", "этаж %d", "%d этаж"]) % fl)
        if a["x"]:
            p.append(a["x"][0])
        elif u:
            p.append(rng.choice(["офис %s", "оф. %s", "пом. %s", "помещение %s", "кв. %s", "офис %s"]) % u)
        if nm and r() < 0.5:
            p.append("БЦ «%s»" % nm[1] if nm[0] == "ru" else nm[1])
        if r() < 0.25 and b["pc"] in p:
            p.remove(b["pc"])
            p.append(b["pc"])
        return _finish(p, rng, ", ")
    if a["x"]:
        p.append(a["x"][1])
    elif u:
        p.append(rng.choice(["office %s", "of. %s", "Office %s", "room %s", "pom. %s", "premises %s"]) % u)
    if fl and r() < 0.3:
        p.append(rng.choice(["floor %d", "fl. %d", "%d floor"]) % fl)
    bs = rng.choice(["d. %s", "bld. %s", "%s", "house %s", "%s"]) % b["no"]
    if korp:
        bs += rng.choice([", korp. %d", " bldg %d", ", k. %d"]) % korp
    if strn:
        bs += rng.choice([", str. %d", " bld. %d", ", building %d", ", bldg. %d"]) % strn
    street = _ru_street(b, rng, False, scheme)
    if r() < 0.5:
        p.append(street + ", " + bs)
    else:
        p.append(bs + " " + street)
    if nm and nm[0] == "ru" and r() < 0.3:
        p.append("BC " + translit(nm[1], scheme))
    cn = city[1][0] if r() < 0.7 else rng.choice(city[1])
    if r() < 0.6:
        p.append(cn + (" " + b["pc"] if r() < 0.5 else ""))
    else:
        p.append(cn)
        if r() < 0.6:
            p.insert(0, b["pc"])
    if r() < 0.5:
        p.append("Kazakhstan" if kz else rng.choice(["Russia", "Russian Federation", "RF"]))
    return _finish(p, rng)


def r_addr_tr(a, rng, native):
    b = a["b"]
    r = rng.random
    city = TR_CITIES[b["ci"]]
    di, mi = b["di"]
    dist, mahs = city[2][di]
    mah = mahs[mi]
    sname, sty = TR_STREETS[b["st"]]
    fl, u, nm = a["fl"], a["u"], b["nm"]
    k = _k(u) if u else None
    mahs_ = mah + " " + rng.choice(["Mah.", "Mahallesi", "Mh.", "Mahallesi"])
    st = sname + " " + rng.choice(TR_STYPE[sty])
    nos = rng.choice(["No:%s", "No: %s", "No.%s", "No %s", "No:%s"]) % b["no"]
    if fl:
        nos += " " + rng.choice(["Kat:%d", "Kat: %d", "K:%d", "%d. Kat", "Kat %d"]) % fl
    if k is not None:
        nos += " " + rng.choice(["D:%s", "Daire:%s", "Daire %s", "İç Kapı No:%s", "D.%s"]) % k
    if a["x"]:
        nos += " " + a["x"][1]
    bn = None
    if nm:
        bn = nm[2] if nm[0] == "fix" else nm[1] + " " + nm[2]
    loc = (dist + "/" + city[0]) if r() < 0.5 else (dist + ", " + city[0]) if r() < 0.6 else (dist + " / " + city[0])
    p = [mahs_, st, bn if r() < 0.7 else None, nos, (b["pc"] + " " if r() < 0.6 else "") + loc]
    if r() < 0.3:
        p.append(rng.choice(COUNTRY_NAME["TR"]))
    s = _finish(p, rng, rng.choice([" ", ", ", " "]))
    q = r()
    if q < 0.12:
        return tr_upper(s)
    if q < 0.35 or not native:
        return fold(s)
    return s


def r_addr_eu(a, rng, native):
    b = a["b"]
    r = rng.random
    cc = b["cc"]
    d = EU_DATA[cc]
    cityn = d["cities"][b["ci"]][0]
    city = cityn[0] if r() < 0.7 else rng.choice(cityn)
    kind, si = b["st"]
    if kind == "nl":
        street = NL_STREETS[si]
    else:
        pre, suf = DE_STREETS[si]
        if suf.strip() in ("straße", "Straße", "Landstraße") or suf.endswith("straße"):
            q = r()
            if cc == "CH" or q < 0.15:
                suf = suf.replace("straße", "strasse").replace("Straße", "Strasse")
            elif q < 0.45:
                suf = suf.replace("straße", "str.").replace("Straße", "Str.")
        elif suf.strip() == "Platz" and r() < 0.3:
            suf = " Pl."
        street = pre + suf
        if cc != "DE" or r() < 0.1:
            street = de_fold(street, rng) if "ß" not in street else street.replace("ß", "ss")
    fl, u, nm = a["fl"], a["u"], b["nm"]
    no = b["no"]
    if r() < 0.3 and no[-1].isalpha():
        no = no[:-1] + " " + no[-1]
    line1 = street + " " + no
    p = []
    sub = []
    if fl and r() < 0.6:
        if cc == "NL":
            sub.append(rng.choice(["%de verdieping", "floor %d", "%de etage"]) % fl)
        else:
            sub.append(rng.choice(["%d. OG", "%d. Etage", "%d. Stock", "%d. Obergeschoss", "Floor %d"]) % fl)
    if u:
        sub.append(rng.choice(["Büro %s", "Raum %s", "Suite %s", "Unit %s", "Office %s", "Whg. %s"] if cc != "NL" else ["unit %s", "kantoor %s", "suite %s"]) % u)
    if a["x"]:
        sub.insert(0, a["x"][1])
    pcs = d["pcfmt"] and b["pc"]
    if cc == "CH" and r() < 0.3:
        pcs = "CH-" + pcs
    if cc == "NL" and r() < 0.4:
        pcs = pcs.replace(" ", "")
    if cc == "DE" and r() < 0.05:
        pcs = "D-" + pcs
    if nm:
        p.append(nm[2] if nm[0] == "fix" else nm[1])
    if r() < 0.5:
        p += [line1] + sub
    else:
        p += sub + [line1]
    p.append(pcs + " " + city if r() < 0.93 else city)
    if r() < 0.4:
        p.append(rng.choice(d["country"]))
    return _finish(p, rng)


def r_addr_us(a, rng, native):
    b = a["b"]
    r = rng.random
    cc = b["cc"]
    si, ti, di = b["st"]
    city = {"US": US_CITIES, "CA": CA_CITIES, "AU": AU_CITIES}[cc][b["ci"]]
    tys = W_STYPE[ti][0]
    ty = tys[0] if r() < 0.5 else rng.choice(tys)
    street = W_STREETS[si] + " " + ty
    if di is not None:
        d = W_DIRS[di]
        street = (d[0] if r() < 0.4 else d[1]) + " " + street if r() < 0.7 else street + " " + (d[1] if r() < 0.6 else d[0])
    fl, u, nm = a["fl"], a["u"], b["nm"]
    line1 = b["no"] + " " + street
    unit = None
    if u:
        if cc == "AU" and r() < 0.35:
            line1 = u + "/" + line1
        else:
            unit = rng.choice(["Suite %s", "Ste %s", "Ste. %s", "#%s", "Unit %s", "Suite %s", "STE %s", "Room %s", "Apt %s"]) % u
    flo = None
    if fl and (r() < 0.2 or (not u and r() < 0.7)):
        flo = (_ordinal(fl) + " Floor") if r() < 0.6 else rng.choice(["Floor %d", "Fl %d", "Level %d", "FL %d"]) % fl
        if cc == "AU":
            flo = "Level %d" % fl
    if a["x"]:
        unit = (a["x"][1] + (", " + unit if unit else ""))
    pc = b["pc"]
    if cc == "US" and "-" in pc and r() < 0.5:
        pc = pc.split("-")[0]
    st = city[1] if r() < 0.85 else city[2]
    if r() < 0.08:
        pc = None
    loc = city[0] + (", " if r() < 0.7 else " ") + st + (" " + pc if pc else "")
    if cc == "CA" and pc and r() < 0.2:
        loc = loc.replace(pc, pc.replace(" ", ""))
    q = r()
    parts = []
    if nm and r() < 0.7:
        parts.append(nm[2] if nm[0] == "fix" else nm[1])
    if q < 0.6:
        parts += [line1, unit, flo, loc]
    elif q < 0.85:
        parts += [flo, unit, line1, loc]
    else:
        parts += [line1 + (" " + unit if unit else ""), flo, loc]
    if r() < 0.3:
        parts.append(rng.choice(COUNTRY_NAME[cc]))
    return _finish(parts, rng)


def r_addr_gb(a, rng, native):
    b = a["b"]
    r = rng.random
    si, ti, _ = b["st"]
    tys = W_STYPE[ti][0]
    street = W_STREETS[si] + " " + (tys[0] if r() < 0.6 else rng.choice(tys))
    fl, u, nm = a["fl"], a["u"], b["nm"]
    p = []
    if a["x"]:
        p.append(a["x"][1])
    if u:
        p.append(rng.choice(["Suite %s", "Flat %s", "Unit %s", "Office %s", "Suite %s", "Room %s"]) % u)
    if fl and r() < 0.5:
        words = ["Ground", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"]
        if fl < 10 and r() < 0.4:
            p.append(words[fl] + " Floor")
        else:
            p.append(_ordinal(fl) + " Floor" if r() < 0.6 else "Floor %d" % fl)
    if nm:
        p.append(nm[2] if nm[0] == "fix" else nm[1])
    p.append(b["no"] + " " + street)
    city = GB_CITIES[b["ci"]][0]
    pc = b["pc"]
    q = r()
    if q < 0.15:
        pc = pc.replace(" ", "")
    elif q < 0.2:
        pc = pc.lower()
    if r() < 0.1:
        pc = None
    if r() < 0.6:
        p.append(city + (" " + pc if pc else ""))
    else:
        p.append(city)
        p.append(pc)
    if r() < 0.35:
        p.append(rng.choice(COUNTRY_NAME["GB"]))
    return _finish(p, rng)


def r_addr_in(a, rng, native):
    b = a["b"]
    r = rng.random
    city = IN_CITIES[b["ci"]]
    area = city[4][b["di"]]
    sts = IN_STREETS[b["st"]]
    fl, u, nm = a["fl"], a["u"], b["nm"]
    p = []
    if u:
        p.append(rng.choice(["Office No. %s", "Off. No. %s", "Unit No. %s", "Flat No. %s", "Unit %s", "%s", "Office %s", "Shop No. %s"]) % u)
    if fl and r() < 0.65:
        words = ["Ground", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth"]
        if fl < 10 and r() < 0.25:
            p.append(words[fl] + " Floor")
        else:
            p.append(_ordinal(fl) + rng.choice([" Floor", " Flr", " Flr.", " floor"]))
    if a["blk"]:
        p.append(rng.choice(["Tower %s", "Wing %s", "Block %s", "%s Wing"]) % a["blk"])
    if nm:
        p.append(nm[2] if nm[0] == "fix" else nm[1] + " " + nm[2])
    p.append(((b["no"] + ", ") if b["no"] and r() < 0.6 else "") + (sts[0] if r() < 0.6 else rng.choice(sts)))
    p.append(area)
    cname = city[0][0] if r() < 0.7 else rng.choice(city[0])
    pc = b["pc"]
    q = r()
    if q < 0.4:
        p.append(cname + " - " + pc if r() < 0.5 else cname + " " + pc)
        if r() < 0.5:
            p.append(city[1])
    elif q < 0.8:
        p.append(cname)
        p.append(city[1] + " " + (pc if r() < 0.7 else pc[:3] + " " + pc[3:]))
    else:
        p.append(cname)
        p.append(city[1])
        p.append(rng.choice(["PIN %s", "PIN: %s", "Pin Code %s", "%s"]) % pc)
    if r() < 0.4:
        p.append("India")
    return _finish(p, rng)


def r_addr_jp(a, rng, native):
    b = a["b"]
    r = rng.random
    ar = JP_AREAS[b["ci"]]
    town = ar[5][b["di"]]
    c1, c2, c3 = b["st"]
    fl, u, nm = a["fl"], a["u"], b["nm"]
    if nm and nm[0] != "fix":
        kana, rom = JA_STEM[nm[1]]
        nth = nm[2]
        if nm[3]:
            bn_j, bn_e = town[0] + ("第%d" % nth if nth else "") + "ビル", ("No.%d " % nth if nth else "") + town[1] + rng.choice([" Bldg.", " Building", " Bldg"])
        else:
            bn_j, bn_e = ("第%d" % nth if nth else "") + kana + "ビル", ("No.%d " % nth if nth else "") + rom + rng.choice([" Bldg.", " Building", " Bldg"])
    elif nm:
        bn_j, bn_e = nm[1] or nm[2], nm[2]
    else:
        bn_j = bn_e = None
    if native:
        s = ("〒" + b["pc"] + " " if r() < 0.7 else (b["pc"] + " " if r() < 0.5 else "")) + (ar[0] if r() < 0.8 else "") + ar[2] + town[0]
        if r() < 0.6:
            s += "%d-%d-%d" % (c1, c2, c3)
        else:
            s += "%d丁目%d番%d号" % (c1, c2, c3)
        if bn_j:
            s += (" " if r() < 0.6 else "") + bn_j
        if fl:
            s += rng.choice(["%dF", "%d階", " %dF"]) % fl
        if u:
            s += rng.choice([" %s号室", " %s号室", " %s号"]) % u
        if r() < 0.2:
            s = s.translate(FW)
        return s
    p = []
    if bn_e:
        p.append(bn_e + ((" %dF" % fl) if fl else ""))
    elif fl:
        p.append(rng.choice(["%dF", "Floor %d"]) % fl)
    if u:
        p.insert(0, rng.choice(["Room %s", "#%s", "Suite %s", "Rm. %s"]) % u)
    p.append("%d-%d-%d %s" % (c1, c2, c3, town[1]))
    ward = ar[3]
    if "," not in ward:
        q = r()
        ward = ward + ("-ku" if q < 0.6 else (" Ku" if q < 0.7 else (" City" if q < 0.85 else "-Ku")))
    p.append(ward)
    pref = ar[1][0] if r() < 0.7 else rng.choice(ar[1])
    pc = b["pc"] if r() < 0.6 else (b["pc"].replace("-", "") if r() < 0.3 else None)
    p.append(pref + (" " + pc if pc else ""))
    if r() < 0.4:
        p.append("Japan")
    return _finish(p, rng)


def r_addr_kr(a, rng, native):
    b = a["b"]
    r = rng.random
    ar = KR_AREAS[b["ci"]]
    road = ar[6][b["st"]]
    fl, u, nm = a["fl"], a["u"], b["nm"]
    if native:
        s = rng.choice(ar[1]) + " " + ar[3] + " " + road[0] + " " + b["no"]
        if fl or u:
            s += ","
        if fl:
            s += " %d층" % fl
        if u:
            s += " %s호" % u
        if nm and nm[0] != "fix" and r() < 0.5:
            s += " (" + KO_STEM[nm[1]][0] + nm[2][0] + ")"
        if r() < 0.5:
            s += " (" + b["pc"] + ")" if r() < 0.6 else ""
            if r() < 0.3:
                s = b["pc"] + " " + s
        return s
    p = []
    if u:
        p.append(rng.choice(["#%s", "Room %s", "Suite %s", "%s-ho", "Unit %s", "Rm %s"]) % u)
    if fl and r() < 0.6:
        p.append(rng.choice(["%dF", "%dth Floor", "Floor %d", "%d Fl."]) % fl if True else "")
    if nm and nm[0] != "fix" and r() < 0.5:
        p.append(KO_STEM[nm[1]][1] + " " + nm[2][rng.choice([1, 2])])
    rn = road[1]
    q = r()
    if q < 0.15:
        rn = rn.replace("-", "")
    elif q < 0.25:
        rn = rn.replace("-ro", " Road").replace("-daero", " Boulevard")
    p.append(b["no"] + " " + rn if r() < 0.5 else rn + " " + b["no"])
    gu = ar[4]
    if r() < 0.2:
        gu = gu.replace("-gu", " District").replace("-", " ")
    p.append(gu)
    p.append(rng.choice(ar[2]) + (" " + b["pc"] if r() < 0.6 else ""))
    if r() < 0.5:
        p.append(rng.choice(COUNTRY_NAME["KR"][:3]))
    return _finish(p, rng)


def r_addr_gen(a, rng, native):
    b = a["b"]
    r = rng.random
    cc = b["cc"]
    d = GEN_DATA.get(cc, GEN_DATA["IL"])
    sty = d["style"]
    city = d["cities"][b["ci"] if b["ci"] < len(d["cities"]) else 0][0]
    pre, sname = d["streets"][b["st"]]
    fl, u, nm = a["fl"], a["u"], b["nm"]
    bn = (nm[2] if nm[0] == "fix" else nm[1]) if nm else None
    pc = b["pc"]
    ctry = rng.choice(d["country"]) if r() < 0.5 else None
    unit = None
    if sty == "fr":
        ab = {"rue": ["rue", "r."], "avenue": ["avenue", "av.", "Av."], "boulevard": ["boulevard", "bd", "Bd"], "quai": ["quai"]}[pre]
        st = b["no"] + (", " if r() < 0.2 else " ") + rng.choice(ab) + " " + sname
        if u:
            unit = rng.choice(["Bureau %s", "Bât. A, Bureau %s", "Lot %s", "Suite %s"]) % u
        flo = ("%de étage" % fl) if fl and r() < 0.4 else None
        p = [bn, unit, flo, st, (pc + " " if pc else "") + city, ctry]
    elif sty == "br":
        st = pre + " " + sname if r() < 0.6 else {"Av.": "Avenida", "Rua": "Rua"}[pre] + " " + sname
        st += ", " + b["no"]
        if u:
            st += rng.choice([" - Conj. %s", " - Sala %s", ", cj. %s", ", sala %s"]) % u
        p = [st, bn, city + (" - SP" if city == "São Paulo" and r() < 0.6 else ""), ("CEP " if r() < 0.4 else "") + pc, ctry]
    elif sty == "id":
        st = rng.choice(["Jl.", "Jalan", "JL."]) + " " + sname + " " + rng.choice(["No. %s", "Kav. %s", "No.%s"]) % b["no"]
        if u:
            unit = rng.choice(["Lantai %d, Unit %s", "Floor %d, Suite %s", "Lt. %d No. %s"]) % (fl or 1, u)
        p = [bn, unit, st, city + (" " + pc if pc else ""), ctry]
    elif sty == "vn":
        if native and r() < 0.6:
            st = b["no"] + " " + sname
            unit = ("Tầng %d" % fl if fl else None)
            p = [unit, ("Phòng %s" % u) if u else None, bn, st, rng.choice(["Quận 1", "Quận 3", "Q.1", "Cầu Giấy", "Ba Đình"]),
                 rng.choice(["TP. ", "Thành phố ", ""]) + city]
        else:
            st = b["no"] + " " + fold(sname) + rng.choice([" Street", " St.", " St", ""])
            p = [("%s Floor" % _ordinal(fl)) if fl else None, ("Room %s" % u) if u else None, bn, st,
                 rng.choice(["District 1", "District 3", "Dist. 1", "Cau Giay District", "Ba Dinh District"]),
                 fold(city) + (" City" if r() < 0.5 else ""), ctry]
    elif sty == "cy":
        st = sname + ", " + b["no"] if r() < 0.6 else b["no"] + " " + sname
        if u:
            unit = rng.choice(["Office %s", "Flat %s", "Office %s"]) % u
        flo = (_ordinal(fl) + " floor") if fl and r() < 0.5 else None
        p = [st, bn, flo, unit, (pc + " " if pc and r() < 0.9 else "") + city, ctry]
    elif sty == "off":
        if u:
            unit = rng.choice(["Suite %s", "Office %s", "Unit %s"]) % u
        p = [a["x"][1] if a["x"] else None, unit, bn, (("P.O. Box %d" % (int(b["no"]) * 7 % 4000)) if cc == "VG" and r() < 0.4 else None),
             sname, city, (pc if pc and r() < 0.7 else None), rng.choice(d["country"])]
    else:   # "num": number-first generic (IL, SA, TH)
        st = b["no"] + " " + sname if r() < 0.7 else sname + " " + b["no"]
        if u:
            unit = rng.choice(["Office %s", "Suite %s", "Unit %s", "Room %s", "Floor %d, Office %s" % (fl or 1, "%s")]) % u
        p = [unit, bn, st, city + (" " + pc if pc else ""), ctry]
    return _finish(p, rng)


ADDR_R = {"cn": r_addr_cn, "hk": r_addr_hk, "tw": r_addr_tw, "sg": r_addr_sg, "my": r_addr_my, "ae": r_addr_ae,
          "ru": r_addr_ru, "tr": r_addr_tr, "eu": r_addr_eu, "us": r_addr_us, "gb": r_addr_gb, "in": r_addr_in,
          "jp": r_addr_jp, "kr": r_addr_kr, "gen": r_addr_gen}
NATIVE_P = {"cn": 0.6, "hk": 0.15, "tw": 0.4, "ru": 0.65, "jp": 0.55, "kr": 0.55, "tr": 1.0, "gen": 1.0}


def render_addr(a, rec_cc, rng):
    b = a["b"]
    sty = b["sty"]
    np_ = NATIVE_P.get(sty, 0.0)
    if rec_cc != b["cc"]:
        np_ *= 0.2
    s = ADDR_R[sty](a, rng, rng.random() < np_)
    return s


# ====================================================================== phones
PH = {"CN": ("86", "0"), "HK": ("852", ""), "SG": ("65", ""), "MY": ("60", "0"), "AE": ("971", "0"), "RU": ("7", "8"),
      "KZ": ("7", "8"), "TR": ("90", "0"), "US": ("1", "1"), "CA": ("1", "1"), "GB": ("44", "0"), "DE": ("49", "0"),
      "IN": ("91", "0"), "JP": ("81", "0"), "KR": ("82", "0"), "TW": ("886", "0"), "NL": ("31", "0"), "FR": ("33", "0"),
      "AU": ("61", "0"), "VN": ("84", "0"), "TH": ("66", "0"), "ID": ("62", "0"), "SA": ("966", "0"), "IL": ("972", "0"),
      "BR": ("55", "0"), "CH": ("41", "0"), "VG": ("1", "1"), "SC": ("248", ""), "CY": ("357", ""), "KY": ("1", "1")}
US_AREAS = ["302", "212", "415", "650", "408", "206", "312", "213", "305", "512", "646", "917", "786", "702", "307", "617", "404", "720", "503", "949"]
CA_AREAS = ["416", "647", "604", "514", "403", "519", "905"]


def gen_phone(rng, cc, mobile=None):
    """-> (cc, nsn, groups, kind). groups = national grouping of nsn digits."""
    r = rng.random
    mob = (r() < 0.5) if mobile is None else mobile
    if cc == "CN":
        if mob:
            return (cc, "1" + rng.choice("356789") + dig(rng, 9), (3, 4, 4), "m")
        ar = rng.choice(["10", "21", "20", "755", "571", "28", "27", "25", "512", "592", "769", "29"])
        n = ar + rng.choice("2345678") + dig(rng, 7)
        return (cc, n, (len(ar), 4, 4), "l")
    if cc == "HK":
        return (cc, (rng.choice("5679") if mob else rng.choice("23")) + dig(rng, 7), (4, 4), "m" if mob else "l")
    if cc == "SG":
        return (cc, (rng.choice("89") if mob else "6") + dig(rng, 7), (4, 4), "m" if mob else "l")
    if cc == "MY":
        if mob:
            return (cc, "1" + rng.choice("0123467") + dig(rng, 7), (2, 3, 4), "m")
        return (cc, "3" + dig(rng, 8), (1, 4, 4), "l")
    if cc == "AE":
        if mob:
            return (cc, "5" + rng.choice("024568") + dig(rng, 7), (2, 3, 4), "m")
        return (cc, rng.choice("4426") + rng.choice("2345678") + dig(rng, 6), (1, 3, 4), "l")
    if cc in ("RU", "KZ"):
        if mob:
            return (cc, ("9" + dig(rng, 9)) if cc == "RU" else ("7" + rng.choice("0157") + dig(rng, 8)), (3, 3, 2, 2), "m")
        ar = rng.choice(["495", "499", "812", "383", "343", "843", "831"]) if cc == "RU" else rng.choice(["727", "717"])
        return (cc, ar + rng.choice("2345679") + dig(rng, 6), (3, 3, 2, 2), "l")
    if cc == "TR":
        if mob:
            return (cc, "5" + rng.choice("345") + dig(rng, 8), (3, 3, 2, 2), "m")
        return (cc, rng.choice(["212", "216", "312", "232"]) + rng.choice("2345") + dig(rng, 6), (3, 3, 2, 2), "l")
    if cc in ("US", "CA", "VG", "KY"):
        ar = {"US": None, "CA": None, "VG": "284", "KY": "345"}[cc] or rng.choice(US_AREAS if cc == "US" else CA_AREAS)
        return (cc, ar + rng.choice("23456789") + dig(rng, 6), (3, 3, 4), "m" if mob else "l")
    if cc == "GB":
        if mob:
            return (cc, "7" + rng.choice("3456789") + dig(rng, 8), (4, 6), "m")
        if r() < 0.7:
            return (cc, "20" + rng.choice("378") + dig(rng, 7), (2, 4, 4), "l")
        return (cc, rng.choice(["161", "121", "131", "117", "113"]) + rng.choice("2345678") + dig(rng, 6), (3, 3, 4), "l")
    if cc == "DE":
        if mob:
            return (cc, "1" + rng.choice(["51", "52", "60", "62", "70", "71", "76"]) + dig(rng, 8), (3, 8), "m")
        ar = rng.choice(["30", "89", "69", "40", "221", "211", "711"])
        return (cc, ar + rng.choice("2345678") + dig(rng, 9 - len(ar)), (len(ar), 10 - len(ar)), "l")
    if cc == "IN":
        if mob:
            return (cc, rng.choice("6789") + dig(rng, 9), (5, 5), "m")
        ar = rng.choice(["22", "11", "80", "40", "44"])
        return (cc, ar + rng.choice("2346") + dig(rng, 7), (2, 4, 4), "l")
    if cc == "JP":
        if mob:
            return (cc, rng.choice(["90", "80", "70"]) + dig(rng, 8), (2, 4, 4), "m")
        return (cc, rng.choice("36") + dig(rng, 8), (1, 4, 4), "l")
    if cc == "KR":
        if mob:
            return (cc, "10" + dig(rng, 8), (2, 4, 4), "m")
        return (cc, "2" + rng.choice("3456") + dig(rng, 7), (1, 4, 4), "l")
    if cc == "TW":
        if mob:
            return (cc, "9" + dig(rng, 8), (3, 3, 3), "m")
        return (cc, "2" + rng.choice("2378") + dig(rng, 7), (1, 4, 4), "l")
    if cc == "SC":
        return (cc, rng.choice("24") + dig(rng, 6), (1, 3, 3), "m" if mob else "l")
    if cc == "CY":
        return (cc, (rng.choice(["99", "96", "97"]) if mob else rng.choice(["22", "25", "24"])) + dig(rng, 6), (2, 6), "m" if mob else "l")
    # generic 9-digit plan
    if mob:
        return (cc, rng.choice("6789") + dig(rng, 8), (3, 3, 3), "m")
    return (cc, rng.choice("1234") + dig(rng, 8), (1, 4, 4), "l")


def _groups(nsn, groups):
    out = []
    k = 0
    for g in groups:
        out.append(nsn[k:k + g])
        k += g
    if k < len(nsn):
        out[-1] += nsn[k:]
    return out


EXT_FMT = [" ext. %s", " ext %s", " x%s", " #%s", " (ext. %s)", " Ext: %s", ",%s"]


def render_phone(ph, rec_cc, rng, ext=None):
    pcc, nsn, groups, kind = ph
    cc, trunk = PH[pcc]
    parts = _groups(nsn, groups)
    r = rng.random
    domestic = pcc == rec_cc or (cc == "1" and PH.get(rec_cc, ("",))[0] == "1")
    q = r()
    if domestic and q < 0.5:
        if cc == "1":
            z = r()
            if z < 0.4:
                s = "(%s) %s-%s" % tuple(parts)
            elif z < 0.65:
                s = "%s-%s-%s" % tuple(parts)
            elif z < 0.75:
                s = "%s.%s.%s" % tuple(parts)
            elif z < 0.88:
                s = "1-%s-%s-%s" % tuple(parts)
            else:
                s = "".join(parts)
        elif pcc in ("RU", "KZ"):
            z = r()
            if z < 0.45:
                s = "8 (%s) %s-%s-%s" % tuple(parts)
            elif z < 0.65:
                s = "8-%s-%s-%s-%s" % tuple(parts)
            elif z < 0.8:
                s = "8 %s %s" % (parts[0], "".join(parts[1:]))
            else:
                s = "(%s) %s-%s-%s" % tuple(parts)
        elif pcc == "CN" and kind == "m":
            s = rng.choice([" ", "", "-"]).join(parts)
        elif pcc == "DE" and r() < 0.3:
            s = trunk + parts[0] + "/" + "".join(parts[1:])
        else:
            sep = rng.choice([" ", " ", "-", ""])
            if trunk and kind == "l" and r() < 0.3:
                s = "(" + trunk + parts[0] + ") " + sep.join(parts[1:])
            else:
                s = trunk + sep.join(parts) if not trunk else (trunk + parts[0] + (sep or " ") + sep.join(parts[1:]) if r() < 0.5 else trunk + sep.join(parts))
    else:
        z = r()
        if z < 0.42:
            s = "+" + cc + " " + " ".join(parts)
        elif z < 0.55:
            s = "+" + cc + "-" + "-".join(parts)
        elif z < 0.68:
            s = "+" + cc + nsn
        elif z < 0.76:
            s = "00" + cc + rng.choice([" ", "-", ""]) + rng.choice([" ", ""]).join(parts)
        elif z < 0.82 and trunk == "0" and cc != "1":
            s = "+" + cc + " (0)" + parts[0] + " " + " ".join(parts[1:])
        elif z < 0.9:
            s = "+" + cc + " (" + parts[0] + ") " + rng.choice([" ", "-"]).join(parts[1:])
        elif z < 0.95:
            s = "(+" + cc + ") " + " ".join(parts)
        else:
            s = cc + " " + " ".join(parts) if not domestic else "+" + cc + " " + "".join(parts)
    if ext:
        s += (" 转" + ext) if (pcc == "CN" and r() < 0.3) else rng.choice(EXT_FMT) % ext
    return s


def e164(ph):
    return "+" + PH[ph[0]][0] + ph[1]


# ====================================================================== e-mail, web
FREEMAIL = {"CN": [("qq.com", 10), ("163.com", 8), ("126.com", 4), ("sina.com", 2), ("foxmail.com", 2), ("aliyun.com", 1), ("139.com", 1), ("yeah.net", 0.5), ("gmail.com", 2), ("outlook.com", 1), ("21cn.com", 0.4)],
            "HK": [("gmail.com", 8), ("yahoo.com.hk", 3), ("netvigator.com", 2), ("hotmail.com", 3), ("outlook.com", 2), ("qq.com", 1), ("163.com", 1), ("icloud.com", 1)],
            "TW": [("gmail.com", 6), ("yahoo.com.tw", 3), ("hotmail.com", 2), ("hinet.net", 2)],
            "SG": [("gmail.com", 8), ("yahoo.com.sg", 2), ("hotmail.com", 3), ("singnet.com.sg", 1.5), ("outlook.com", 2), ("pacific.net.sg", 0.5)],
            "MY": [("gmail.com", 8), ("yahoo.com", 3), ("hotmail.com", 3), ("tm.net.my", 0.8), ("outlook.com", 1)],
            "AE": [("gmail.com", 8), ("hotmail.com", 3), ("outlook.com", 2), ("yahoo.com", 2), ("emirates.net.ae", 1.2), ("eim.ae", 0.5), ("icloud.com", 1)],
            "RU": [("yandex.ru", 8), ("mail.ru", 8), ("gmail.com", 4), ("bk.ru", 2), ("inbox.ru", 1.5), ("list.ru", 1.5), ("rambler.ru", 1), ("ya.ru", 1), ("yandex.com", 1), ("proton.me", 0.5)],
            "KZ": [("mail.ru", 8), ("gmail.com", 5), ("yandex.kz", 2), ("inbox.kz", 1)],
            "TR": [("gmail.com", 8), ("hotmail.com", 5), ("outlook.com", 2), ("yandex.com.tr", 1), ("ttnet.com.tr", 0.5)],
            "DE": [("gmail.com", 5), ("gmx.de", 4), ("web.de", 4), ("t-online.de", 2), ("gmx.net", 1), ("outlook.de", 1), ("posteo.de", 0.5)],
            "US": [("gmail.com", 10), ("yahoo.com", 3), ("outlook.com", 2), ("hotmail.com", 2), ("icloud.com", 2), ("comcast.net", 1), ("aol.com", 1), ("protonmail.com", 1)],
            "GB": [("gmail.com", 8), ("hotmail.co.uk", 2), ("yahoo.co.uk", 2), ("outlook.com", 2), ("btinternet.com", 1), ("icloud.com", 1)],
            "IN": [("gmail.com", 10), ("yahoo.co.in", 2), ("rediffmail.com", 1.5), ("outlook.com", 1), ("hotmail.com", 1)],
            "JP": [("gmail.com", 5), ("yahoo.co.jp", 4), ("docomo.ne.jp", 1), ("outlook.jp", 1), ("icloud.com", 1)],
            "KR": [("naver.com", 8), ("gmail.com", 5), ("daum.net", 2), ("hanmail.net", 2), ("kakao.com", 1), ("nate.com", 1)],
            "*": [("gmail.com", 10), ("outlook.com", 2), ("hotmail.com", 2), ("yahoo.com", 2), ("icloud.com", 1), ("proton.me", 1), ("mail.com", 0.5), ("zoho.com", 0.5)]}
FREEMAIL_P = {k: Pick(v) for k, v in FREEMAIL.items()}
CC_TLD = {"CN": [(".com", 5), (".cn", 3), (".com.cn", 4), (".net", 1), (".net.cn", 0.5)], "HK": [(".com", 5), (".com.hk", 4), (".hk", 2), (".net", 0.5)],
          "TW": [(".com.tw", 4), (".com", 3), (".tw", 1)], "SG": [(".com", 4), (".com.sg", 4), (".sg", 2), (".io", 1)],
          "MY": [(".com.my", 4), (".com", 4), (".my", 1)], "AE": [(".com", 5), (".ae", 3), (".co", 0.5), (".net", 0.5)],
          "RU": [(".ru", 8), (".com", 2), (".su", 0.3), (".tech", 0.5)], "KZ": [(".kz", 5), (".com", 2)], "TR": [(".com.tr", 5), (".com", 4), (".net", 0.5)],
          "DE": [(".de", 8), (".com", 2), (".io", 0.5)], "US": [(".com", 8), (".io", 2), (".ai", 1.5), (".net", 1), (".co", 1), (".tech", 0.5)],
          "GB": [(".co.uk", 6), (".com", 3), (".uk", 1), (".io", 1)], "IN": [(".in", 4), (".com", 5), (".co.in", 2)],
          "JP": [(".co.jp", 5), (".jp", 3), (".com", 2)], "KR": [(".co.kr", 5), (".com", 3), (".kr", 1)],
          "AU": [(".com.au", 6), (".com", 2)], "NL": [(".nl", 6), (".com", 2)], "FR": [(".fr", 6), (".com", 2)], "CH": [(".ch", 6), (".com", 2)],
          "BR": [(".com.br", 6), (".com", 1)], "IL": [(".co.il", 5), (".com", 3)], "VN": [(".vn", 3), (".com.vn", 4), (".com", 2)],
          "TH": [(".co.th", 5), (".com", 3)], "ID": [(".co.id", 5), (".id", 2), (".com", 2)], "SA": [(".com.sa", 4), (".sa", 2), (".com", 3)],
          "CA": [(".ca", 5), (".com", 4)], "*": [(".com", 8), (".net", 1), (".io", 1), (".co", 1), (".org", 0.3), (".tech", 0.5), (".ai", 0.5), (".cloud", 0.3)]}
CC_TLD_P = {k: Pick(v) for k, v in CC_TLD.items()}
ROLE_LOCAL = ["info", "sales", "admin", "contact", "office", "billing", "ops", "support", "finance", "hr", "it", "service",
              "account", "procurement", "purchase", "tech", "devops", "cloud", "hello", "enquiry", "mail"]
PLATFORM_WEB = [("www.facebook.com/%s", 4), ("www.linkedin.com/company/%s", 4), ("%s.en.alibaba.com", 2), ("%s.wixsite.com/home", 1.5),
                ("%s.business.site", 1), ("sites.google.com/view/%s", 1), ("shop%s.1688.com", 0.6), ("%s.github.io", 0.5),
                ("t.me/%s", 0.3), ("www.instagram.com/%s", 0.6)]
PLATFORM_WEB_P = Pick(PLATFORM_WEB)


_SLUG_DROP = re.compile(r"[^a-z0-9 \-_&]")
_SLUG_SEP = re.compile(r"[ \-_&]+")


DOM_ABBR = {"technology": "tech", "technologies": "tech", "information": "info", "international": "intl", "intelligent": "ai",
            "intelligence": "ai", "electronics": "elec", "electronic": "elec", "computing": "compute", "networks": "net",
            "network": "net", "software": "soft", "systems": "sys", "system": "sys", "trading": "trade", "investment": "invest",
            "investments": "invest", "consulting": "consult", "consultancy": "consult", "import": "trade", "e-commerce": "shop",
            "ecommerce": "shop", "laboratories": "labs", "industrial": "industry", "science": "tech", "sci": "tech",
            "semiconductor": "semi", "smart": "smart", "supply": "supply", "infotech": "infotech", "computers": "computers",
            "bilisim": "bilisim", "teknoloji": "tek", "datensysteme": "daten", "informationstechnik": "it", "general": "trading"}


def slug(s):
    s = _SLUG_DROP.sub("", fold(s).lower())
    return _SLUG_SEP.sub("-", s).strip("-") or "co"


def render_email(em, rng):
    local, dom, kind = em
    r = rng.random
    d = dom
    if kind in ("custom", "csp") and r() < 0.08:
        d = rng.choice(["mail.", "hk.", "cn.", "corp.", "en.", "global."]) + d
    if r() < 0.05:
        d = d.upper() if r() < 0.5 else d.capitalize()
    lo = local
    if r() < 0.05:
        lo = lo.capitalize()
    s = lo + "@" + d
    q = r()
    if q < 0.015:
        s = "%s <%s>" % (cap1(local.split(".")[0]), s)
    elif q < 0.02:
        s = "mailto:" + s
    elif q < 0.03:
        s = " " + s + " "
    return s


def render_web(w, rng):
    kind, v = w
    r = rng.random
    if kind == "plat":
        host = v
        sch = rng.choice(["https://", "https://", "http://", ""])
        return sch + host
    host = v
    q = r()
    if q < 0.55:
        host = "www." + host
    elif q < 0.6:
        host = rng.choice(["en.", "global.", "shop.", "cloud.", "m."]) + host
    sch = rng.choice(["https://", "https://", "http://", "", "", "HTTPS://"]) if r() < 0.99 else "https:// "
    path = rng.choice(["", "", "", "/", "/", "/en", "/index.html", "/en/about-us", "/?lang=en", "/home", "/contact.html", "#about"])
    s = sch + host + path
    if r() < 0.04:
        s = s.upper() if r() < 0.3 else s.replace(host, host.capitalize())
    return s


# ====================================================================== registration ids
RID_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def gen_regid_raw(rng, cc):
    if cc == "CN":
        return "91" + dig(rng, 6) + "".join(rng.choice(RID_CH) for _ in range(10))
    if cc == "HK":
        return str(rng.randint(1000000, 3499999))
    if cc == "SG":
        return str(rng.randint(2000, 2024)) + dig(rng, 5) + rng.choice("ABCDEGHKMNRWZ")
    if cc == "MY":
        return str(rng.randint(2000, 2024)) + "01" + dig(rng, 6)
    if cc == "AE":
        return "CN" + str(rng.randint(1000000, 4999999)) if rng.random() < 0.5 else rng.choice(["DMCC", "IFZA", "RAKEZ", "SPC", "AFZ"]) + str(rng.randint(10000, 999999))
    if cc == "RU":
        return rng.choice("15") + dig(rng, 12)
    if cc == "KZ":
        return dig(rng, 12)
    if cc == "TR":
        return "0" + dig(rng, 15)
    if cc == "US":
        return dig(rng, 9)
    if cc == "GB":
        pre = rng.choice(["", "", "", "", "SC", "NI", "OC"])
        return pre + (dig(rng, 6) if pre else "%08d" % rng.randint(1000000, 15999999))
    if cc == "DE":
        return rng.choice(["HRB", "HRB", "HRA"]) + str(rng.randint(1000, 299999))
    if cc == "IN":
        return rng.choice("UL") + dig(rng, 5) + rng.choice(["MH", "KA", "DL", "TG", "HR", "TN", "UP"]) + str(rng.randint(1995, 2024)) + rng.choice(["PTC", "PLC", "OPC"]) + dig(rng, 6)
    if cc == "JP":
        return str(rng.randint(1, 9)) + dig(rng, 12)
    if cc == "KR":
        return dig(rng, 10)
    if cc in ("VG", "SC", "KY"):
        return str(rng.randint(100000, 2199999))
    if cc == "CY":
        return "HE" + str(rng.randint(100000, 459999))
    return rng.choice(["", "", "R", "C"]) + dig(rng, rng.choice([8, 9, 10]))


def render_regid(rid, rng):
    cc, raw = rid
    r = rng.random
    q = r()
    if cc == "US":
        return raw[:2] + "-" + raw[2:] if q < 0.6 else raw
    if cc == "KR":
        return raw[:3] + "-" + raw[3:5] + "-" + raw[5:] if q < 0.6 else raw
    if cc == "DE":
        return raw[:3] + " " + raw[3:] if q < 0.7 else raw
    if cc == "AE" and raw.startswith("CN"):
        return "CN-" + raw[2:] if q < 0.6 else ("CN " + raw[2:] if q < 0.7 else raw)
    if cc == "MY" and q < 0.2:
        return raw[:4] + "-" + raw[4:6] + "-" + raw[6:]
    if cc == "TR" and q < 0.2:
        return "-".join(raw[i:i + 4] for i in range(0, 16, 4))
    if cc == "CY" and q < 0.3:
        return raw[:2] + " " + raw[2:]
    if cc == "CN" and q < 0.06:
        return raw.lower()
    if cc in ("SG", "IN", "GB") and q < 0.06:
        return raw.lower()
    if q > 0.97:
        return " " + raw
    return raw


def regid_norm(rid):
    return (rid[0], rid[1].upper())


# ====================================================================== IPs
def v4s(i):
    return "%d.%d.%d.%d" % (i >> 24, (i >> 16) & 255, (i >> 8) & 255, i & 255)


V4_FIRST = {"CN": [27, 36, 39, 42, 58, 59, 60, 61, 101, 106, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 175, 180, 182, 183, 218, 219, 220, 221, 222, 223],
            "HK": [14, 42, 58, 59, 61, 103, 112, 113, 116, 118, 119, 124, 202, 203, 210, 218, 219],
            "SG": [27, 42, 101, 103, 112, 116, 118, 119, 121, 128, 137, 155, 165, 175, 202, 203, 210, 220],
            "JP": [1, 14, 27, 36, 42, 49, 58, 60, 61, 101, 106, 110, 111, 113, 114, 118, 119, 121, 122, 124, 125, 126, 133, 150, 153, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221, 222],
            "KR": [1, 14, 27, 39, 42, 49, 58, 59, 61, 106, 110, 112, 114, 115, 116, 117, 118, 119, 121, 122, 124, 125, 175, 180, 182, 183, 203, 210, 211, 218, 220, 221, 222],
            "IN": [1, 14, 27, 42, 49, 59, 61, 101, 103, 106, 110, 111, 112, 115, 117, 119, 122, 125, 152, 157, 180, 182, 183, 202, 203, 223],
            "US": [3, 4, 8, 12, 23, 24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174, 184, 198, 199, 204, 205, 206, 207, 208, 209, 216],
            "*": [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]}
V6_FIRST = {"CN": ["240e", "2408", "2409"], "HK": ["2400", "2401", "2403"], "SG": ["2400", "2401", "2406"], "JP": ["2400", "2404", "240b", "2001"],
            "KR": ["2001", "2406"], "IN": ["2401", "2402", "2405", "2409"], "US": ["2600", "2601", "2602", "2603", "2604", "2605", "2606", "2607"],
            "*": ["2a00", "2a01", "2a02", "2a03", "2a04", "2a05", "2001"]}


def render_ip(ip, rng):
    v, i = ip
    if v == 4:
        s = v4s(i)
        q = rng.random()
        if q < 0.02:
            return "::ffff:" + s
        if q < 0.025:
            return " " + s
        return s
    a = ipaddress.IPv6Address(i)
    q = rng.random()
    if q < 0.8:
        return a.compressed
    if q < 0.9:
        return a.compressed.upper()
    if q < 0.96:
        return a.exploded
    return ":".join("%x" % ((i >> (112 - 16 * k)) & 0xffff) for k in range(8))


class IPWorld:
    def __init__(self, rng, n):
        self.rng = rng
        self.n = n
        self.used = set()
        self.used24 = set()
        self.used48 = set()
        nat_prov = [(52, 3), (54, 2), (34, 3), (35, 2), (20, 2), (40, 1), (47, 3), (43, 2), (119, 1), (8, 1)]
        nat = []
        for o1, w in nat_prov:
            base = self._new24(o1)
            k = rng.randint(1, 3)
            for h in rng.sample(range(1, 255), k):
                nat.append(((4, base | h), w / k))
        self.nat_p = Pick(nat)
        vpn = []
        for bi in range(40):
            base = self._new24(rng.choice([45, 46, 89, 91, 138, 146, 149, 154, 156, 185, 193, 194, 195, 212, 217]))
            for h in rng.sample(range(2, 254), rng.randint(2, 5)):
                vpn.append(((4, base | h), 1.0 / (bi + 4) ** 0.7))
        self.vpn_p = Pick(vpn)
        self.host = [self._new24(rng.choice([5, 37, 45, 46, 51, 62, 65, 66, 88, 95, 104, 116, 134, 135, 136, 137, 138, 139, 142,
                                             143, 144, 146, 147, 149, 157, 159, 161, 164, 165, 167, 170, 178, 188, 192, 195]))
                     for _ in range(250)]
        self.mobile = {}
        self.resi = {}
        self.v6resi = {}
        self.v6mob = {}
        self.cc_share = {}

    def _ok24(self, o1, o2):
        if o1 in (0, 10, 127, 224) or o1 >= 224:
            return False
        if (o1 == 172 and 16 <= o2 <= 31) or (o1 == 192 and o2 == 168) or (o1 == 169 and o2 == 254) or (o1 == 100 and 64 <= o2 <= 127):
            return False
        return True

    def _new24(self, o1):
        rng = self.rng
        while True:
            o2 = rng.randrange(256)
            if not self._ok24(o1, o2):
                o1 = rng.choice(V4_FIRST["*"])
                continue
            base = (o1 << 24) | (o2 << 16) | (rng.randrange(256) << 8)
            if base not in self.used24:
                self.used24.add(base)
                return base

    def _first(self, cc):
        return self.rng.choice(V4_FIRST.get(cc, V4_FIRST["*"]))

    def _uniq_host(self, base):
        rng = self.rng
        for _ in range(30):
            ip = base | rng.randint(2, 254)
            if ip not in self.used:
                self.used.add(ip)
                return ip
        return base | rng.randint(2, 254)

    def expected(self, cc):
        return max(50, int(self.n * self.cc_share.get(cc, 0.01)))

    def resi24(self, cc):
        lst = self.resi.get(cc)
        if lst is None:
            lst = [self._new24(self._first(cc)) for _ in range(max(6, self.expected(cc) // 25))]
            self.resi[cc] = lst
        return self.rng.choice(lst)

    def mob_ip(self, cc):
        m = self.mobile.get(cc)
        rng = self.rng
        if m is None:
            m = []
            users = self.expected(cc) * 0.2
            for c in range(3):
                bases = [self._new24(self._first(cc)) for _ in range(rng.randint(1, 2))]
                nip = max(1, int(users / 3 / 40))
                ips = [rng.choice(bases) | rng.randint(1, 254) for _ in range(nip)]
                m.append(ips)
            self.mobile[cc] = m
        return (4, rng.choice(rng.choice(m)))

    def v6_prefix(self, cc):
        rng = self.rng
        f = rng.choice(V6_FIRST.get(cc, V6_FIRST["*"]))
        while True:
            p = (int(f, 16) << 112) | (rng.randrange(1 << 16) << 96) | (rng.randrange(1 << 16) << 80)
            if p not in self.used48:
                self.used48.add(p)
                return p

    def v6_resi(self, cc):
        lst = self.v6resi.get(cc)
        if lst is None:
            lst = [self.v6_prefix(cc) for _ in range(max(2, self.expected(cc) // 400))]
            self.v6resi[cc] = lst
        p = self.rng.choice(lst)
        return (6, p | (self.rng.randrange(1 << 16) << 64) | self.rng.getrandbits(64))

    def v6_mobile(self, cc):
        lst = self.v6mob.get(cc)
        if lst is None:
            lst = [self.v6_prefix(cc) for _ in range(2)]
            self.v6mob[cc] = lst
        p = self.rng.choice(lst)
        return (6, p | (self.rng.randrange(1 << 16) << 64) | self.rng.getrandbits(64))

    def static_v4(self, cc, fresh=True):
        base = self._new24(self._first(cc)) if (fresh or self.rng.random() < 0.7) else self.rng.choice(self.host)
        return (4, self._uniq_host(base))

    def host_ip(self):
        return (4, self._uniq_host(self.rng.choice(self.host)))

    def resi_ip(self, cc):
        return (4, self._uniq_host(self.resi24(cc)))

    def static_v6(self, cc):
        p = self.v6_prefix(cc)
        return (6, p | self.rng.randint(1, 0xffff))


IP_KIND_P = Pick([("resi", 33), ("mob", 15), ("nat", 10), ("vpn", 7), ("static", 11), ("host", 12), ("v6resi", 6), ("v6static", 2), ("v6mob", 3)])
IP_N_P = Pick([(1, 55), (2, 25), (3, 12), (4, 5), (5, 2), (6, 1)])


# ====================================================================== world (hubs, registries)
COUNTRY_W = [("CN", 14), ("HK", 9), ("SG", 7), ("US", 12), ("GB", 5), ("DE", 5), ("IN", 6), ("JP", 4), ("KR", 4), ("MY", 4), ("AE", 5),
             ("RU", 5), ("TR", 3), ("TW", 2), ("NL", 1.5), ("FR", 1.5), ("CA", 1.5), ("AU", 1.5), ("VN", 1.5), ("TH", 1), ("ID", 1.5),
             ("KZ", 1), ("SA", 1), ("IL", 1), ("BR", 1), ("CH", 1), ("VG", 0.5), ("SC", 0.3), ("CY", 0.5), ("KY", 0.2)]
COUNTRY_P = Pick(COUNTRY_W)
NAME_CUL = {"CN": [("zh", 97), ("en", 1), ("ko", 1), ("ru", 1)], "HK": [("zh_hk", 60), ("zh", 25), ("en", 7), ("in", 3), ("ru", 2), ("ar", 1)],
            "TW": [("zh_tw", 95), ("zh", 3), ("ja", 2)], "SG": [("zh_sg", 55), ("ms", 12), ("ta", 5), ("in", 5), ("zh", 10), ("en", 8), ("ja", 2), ("ko", 2)],
            "MY": [("ms", 45), ("zh_sg", 30), ("ta", 10), ("zh", 5), ("en", 5), ("in", 5)],
            "AE": [("ar", 40), ("in", 25), ("fa", 8), ("ru", 8), ("en", 10), ("zh", 5), ("tr", 4)], "SA": [("ar", 85), ("in", 10), ("en", 5)],
            "RU": [("ru", 96), ("tr", 1), ("en", 1), ("zh", 2)], "KZ": [("ru", 90), ("tr", 5), ("zh", 5)], "TR": [("tr", 85), ("ru", 5), ("ar", 5), ("fa", 5)],
            "US": [("en", 70), ("zh", 10), ("in", 8), ("ko", 3), ("ru", 3), ("ar", 2), ("vi", 2), ("ja", 2)],
            "GB": [("en", 75), ("in", 10), ("zh", 5), ("ar", 5), ("ru", 3), ("tr", 2)], "DE": [("de", 75), ("tr", 8), ("ru", 7), ("en", 5), ("ar", 3), ("zh", 2)],
            "CH": [("de", 70), ("en", 20), ("ru", 10)], "NL": [("en", 70), ("de", 15), ("tr", 10), ("zh", 5)], "IN": [("in", 98), ("en", 2)],
            "JP": [("ja", 95), ("zh", 3), ("ko", 2)], "KR": [("ko", 97), ("en", 2), ("zh", 1)], "VN": [("vi", 95), ("zh", 5)],
            "CY": [("ru", 40), ("en", 40), ("ar", 10), ("zh", 10)], "VG": [("zh", 40), ("en", 25), ("ru", 20), ("ar", 15)],
            "SC": [("ru", 40), ("zh", 30), ("en", 15), ("ar", 15)], "KY": [("en", 60), ("zh", 30), ("ru", 10)]}
NAME_CUL_P = {k: Pick(v) for k, v in NAME_CUL.items()}
NAME_CUL_DEF = Pick([("en", 80), ("ar", 5), ("in", 5), ("zh", 5), ("ru", 5)])
AGENT_N = {"HK": 7, "SG": 5, "GB": 5, "US": 6, "AE": 7, "CN": 3, "MY": 4, "VG": 5, "SC": 3, "KY": 3, "CY": 4, "RU": 4, "DE": 3}
AGENT_P = {"HK": .35, "SG": .30, "GB": .25, "US": .22, "AE": .40, "CN": .08, "MY": .25, "VG": .95, "SC": .95, "KY": .95, "CY": .5,
           "RU": .10, "DE": .05, "IN": .05, "KZ": .15}
FREEMAIL_RATE = {"CN": .6, "RU": .55, "KZ": .6, "TR": .5, "IN": .5, "VN": .5, "HK": .4, "AE": .45, "US": .3, "DE": .3, "GB": .35, "JP": .3, "KR": .45}
AE_HUBS = [(5, 0, "Business Centre, Al Shmookh Building, UAQ Free Trade Zone", ("", "Flexi Desk")),
           (0, 2, "IFZA Business Park, DDP", "premise"), (4, 0, "Compass Building, Al Shohada Road, Al Hamra Industrial Zone-FZ", ("", "FZ Desk")),
           (2, 2, "SHAMS Business Centre, Sharjah Media City", ("", "Flexi Desk")), (3, 0, "Amber Gem Tower", None),
           (0, 1, "Almas Tower", None), (0, 0, "Meydan Grandstand, Meydan Road, Nad Al Sheba", "premise")]
CW_NAMES = ["The Hive", "WorkHub", "Spaces", "Common Ground", "The Executive Centre", "Impact Hub", "Found8", "Garage Society",
            "Level Up Coworking", "Distrii", "Ucommune", "Naked Hub", "Servcorp", "Regus", "Mindspace", "Collective Works"]


def freemail_dom(rng, cc):
    return (FREEMAIL_P.get(cc) or FREEMAIL_P["*"])(rng)


def rare_name(p):
    """Controllers get names from the tail of each culture's distribution (never a very common name)."""
    c = p[0]
    if c == "zh":
        return len(p[2]) == 2 and not (p[2][0] < 12 and p[2][1] < 12)
    if c == "ru":
        return p[1] >= 15
    if c == "ar":
        return p[3] >= 0 and p[1] > 2 and p[3] >= 3
    if c == "en":
        return p[2] >= 40
    if c == "de":
        return p[2] >= 20
    if c == "in":
        return p[2] >= 10 and p[1] >= 10
    if c in ("tr", "ja", "fa"):
        return p[2] >= 8
    if c == "ko":
        return p[2] >= len(KO_GIV) // 3
    if c == "ms":
        return p[1] >= 15 if p[3] == "m" else p[2] >= 10
    if c == "ta":
        return p[2] >= 4
    if c == "vi":
        return p[1] >= 4
    return True


class Hub:
    __slots__ = ("kind", "cc", "addr", "phone", "dom", "nominees", "corp", "premise", "b", "n")

    def __init__(self, kind, cc):
        self.kind = kind
        self.cc = cc
        self.addr = None
        self.phone = None
        self.dom = None
        self.nominees = []
        self.corp = None
        self.premise = None
        self.b = None
        self.n = 0


class World:
    def __init__(self, rng, n):
        self.rng = rng
        self.n = n
        self.ab = AddrBook(rng)
        self.ipw = IPWorld(rng, n)
        tot = sum(w for _, w in COUNTRY_W)
        self.ipw.cc_share = {c: w / tot for c, w in COUNTRY_W}
        self.used_phone = set()
        self.used_dom = set()
        self.used_rid = set()
        self.used_mb = set()
        self.used_tok = set()
        self.reserved_p = set()
        self.reserved_co = set()
        self.all_pkeys = set()
        self.nominee_keys = set()
        self.net_stems = set()
        self.net_blds = set()
        self.net_r24 = set()
        self.agents = {}
        self.agent_p = {}
        self.coworks = {}
        self.bizc = {}
        self._build_hubs()

    # ---------------- registries
    def new_phone(self, cc, mobile=None):
        for _ in range(20):
            ph = gen_phone(self.rng, cc, mobile)
            k = e164(ph)
            if k not in self.used_phone:
                self.used_phone.add(k)
                return ph
        return ph

    def new_rid(self, cc):
        for _ in range(20):
            raw = gen_regid_raw(self.rng, cc)
            k = raw.upper()
            if k not in self.used_rid:
                self.used_rid.add(k)
                return (cc, raw)
        return (cc, raw + dig(self.rng, 3))

    def new_token(self, kind):
        rng = self.rng
        while True:
            if kind == "pay":
                x = rng.getrandbits(96)
                cs = []
                for _ in range(16):
                    x, m = divmod(x, 62)
                    cs.append(B62[m])
                t = "".join(cs)
            elif kind == "ssh" and rng.random() < 0.1:
                h = "%032x" % rng.getrandbits(128)
                t = "MD5:" + ":".join(h[i:i + 2] for i in range(0, 32, 2))
            else:
                t = "SHA256:" + base64.b64encode(rng.getrandbits(256).to_bytes(32, "big")).decode("ascii").rstrip("=")
            if t not in self.used_tok:
                self.used_tok.add(t)
                return t

    def new_domain(self, cc, cname):
        rng = self.rng
        st = slug(stem_latin(cname["stem"]))
        ie = slug(ind_en(cname["ind"], rng)) if cname else ""
        w0 = ie.split("-")[0] if ie else ""
        iw = DOM_ABBR.get(w0, w0[:8])
        tldp = CC_TLD_P.get(cc) or CC_TLD_P["*"]
        cands = []
        for _ in range(8):
            q = rng.random()
            if q < 0.3:
                base = st
            elif q < 0.55 and iw:
                base = st + iw
            elif q < 0.7 and iw:
                base = st + "-" + iw
            elif q < 0.8:
                base = st + cc.lower()
            elif q < 0.9:
                base = st.replace("-", "") + str(rng.randint(1, 999))
            else:
                base = "".join(w[0] for w in st.split("-")) + (iw or "group")
            cands.append(base + tldp(rng))
        for d in cands:
            if d not in self.used_dom and len(d) > 4:
                self.used_dom.add(d)
                return d
        while True:
            d = st + "-" + dig(rng, 4) + tldp(rng)
            if d not in self.used_dom:
                self.used_dom.add(d)
                return d

    def platform_url(self, cname):
        rng = self.rng
        fmt = PLATFORM_WEB_P(rng)
        base = slug(stem_latin(cname["stem"])).replace("-", "")
        for k in range(50):
            u = fmt % (base + ("" if k == 0 and rng.random() < 0.5 else rng.choice(["", "-", "_", "."]) + (DOM_ABBR.get(slug(ind_en(cname["ind"], rng)).split("-")[0], slug(ind_en(cname["ind"], rng)).split("-")[0][:10]) if k < 3 else str(rng.randint(1, 9999)))))
            if u not in self.used_dom:
                self.used_dom.add(u)
                return u
        return fmt % (base + dig(rng, 8))

    def csp_email(self, cname, dom):
        rng = self.rng
        base = slug(stem_latin(cname["stem"])).replace("-", "")
        for k in range(50):
            loc = base + (rng.choice(["", ".hk", "-co", "ltd", ""]) if k == 0 else str(rng.randint(1, 9999)))
            key = loc + "@" + dom
            if key not in self.used_mb:
                self.used_mb.add(key)
                return (loc, dom, "csp")
        return (base + dig(rng, 8), dom, "csp")

    def new_mailbox(self, cc, person=None, cname=None, dom=None):
        rng = self.rng
        dom = dom or freemail_dom(rng, cc)
        for _ in range(30):
            q = rng.random()
            if dom == "qq.com" and q < 0.6:
                loc = str(rng.randint(10000, 3999999999))
            elif person is not None and q < 0.7:
                s = slug(r_person(person, "US", rng)).replace("-", rng.choice([".", "", "_"]))
                loc = s + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "") + (str(rng.randint(1960, 2005)) if rng.random() < 0.2 else "")
            elif cname is not None:
                loc = slug(stem_latin(cname["stem"])).replace("-", "") + rng.choice(["", "", ".", "_"]) + rng.choice(["", "tech", "trade", "co", "ltd", "hk", "office", "biz"]) + str(rng.randint(1, 9999))
            else:
                loc = rng.choice(["user", "acc", "mail", "work", "biz"]) + str(rng.randint(1, 999999))
            loc = loc[:40].strip("._") or "x" + dig(rng, 6)
            k = loc.lower() + "@" + dom
            if k not in self.used_mb:
                self.used_mb.add(k)
                return (loc, dom, "free")
        loc = "u" + dig(rng, 10)
        self.used_mb.add(loc + "@" + dom)
        return (loc, dom, "free")

    def person(self, cc, cul=None, common_p=0.05):
        rng = self.rng
        if cul is None:
            cul = (NAME_CUL_P.get(cc) or NAME_CUL_DEF)(rng)
        for _ in range(20):
            p = gen_person(rng, cul, common_p)
            k = pkey(p)
            if k not in self.reserved_p:
                self.all_pkeys.add(k)
                return p
        return p

    def controller(self, cul):
        """distinctive person nobody else (so far or later) carries."""
        rng = self.rng
        for _ in range(400):
            p = gen_person(rng, cul, 0.0)
            if not rare_name(p):
                continue
            k = pkey(p)
            if k not in self.all_pkeys and k not in self.reserved_p:
                self.reserved_p.add(k)
                self.all_pkeys.add(k)
                return p
        return self.controller("zh") if cul != "zh" else None

    def holding(self, cc, stem=None, reserve=False):
        rng = self.rng
        for _ in range(40):
            cn = gen_cname(rng, cc, stem=stem if stem is not None else gen_stem(rng, rng.choice(["lat", "lat", "zh", "ru", "gulf"])))
            cn["ind"] = ("en", rng.choice([11, 11, 16, 20, 12, 14]))
            cn["lf"] = CC_LF_P[cc](rng) if cc in CC_LF_P else "off_ltd"
            co = ("co", cn)
            k = pkey(co)
            if k in self.reserved_co:
                stem = None
                continue
            if reserve:
                if k in self.all_pkeys:
                    stem = None if rng.random() < 0.5 else stem
                    continue
                self.reserved_co.add(k)
            self.all_pkeys.add(k)
            return co
        raise RuntimeError("holding")

    # ---------------- hubs
    def _build_hubs(self):
        rng = self.rng
        ab = self.ab
        for cc, _w in COUNTRY_W:
            nag = AGENT_N.get(cc, 2)
            hubs = []
            for i in range(nag):
                h = Hub("agent", cc)
                ci = None
                nm = None
                x = None
                if cc == "US":
                    ci = rng.choice([0, 0, 1, 11, 12, 13])
                elif cc == "GB":
                    ci = 0
                elif cc == "CN":
                    ci = 0 if i == 0 else None
                elif cc == "AE":
                    spec = AE_HUBS[i % len(AE_HUBS)]
                    ci = spec[0]
                    nm = ("fix", None, spec[2])
                    x = spec[3]
                elif cc in OFF_BLD:
                    nm = ("w", OFF_BLD[cc][i % len(OFF_BLD[cc])])
                b = ab.new_building(cc, ci, name=nm)
                if cc == "AE":
                    b["di"] = spec[1] if spec[1] < len(AE_CITIES[ci][1]) else 0
                if cc == "CN" and i == 0:
                    city = CN_CITIES[0]
                    b["di"] = len(city[6]) - 1
                    x = ("（入驻深圳市前海商务秘书有限公司）", "(c/o Shenzhen Qianhai Commercial Secretary Co., Ltd.)")
                if cc in ("RU", "KZ"):
                    x = ("пом. I, ком. %d" % rng.randint(1, 40), "premises I, room %d" % rng.randint(1, 40)) if rng.random() < 0.7 else None
                if x == "premise":
                    h.premise = rng.randint(10000, 60000)
                    x = None
                fl = rng.randint(1, min(30, b["maxfl"]))
                if cc in ("VG", "SC", "KY") or (cc == "AE" and nm):
                    a = {"b": b, "blk": None, "fl": None, "u": None, "x": x, "hub": ("agent", cc, i)}
                else:
                    a = ab.new_unit(b, floor=fl)
                    a["x"] = x
                    a["hub"] = ("agent", cc, i)
                h.addr = a
                h.b = b
                if rng.random() < 0.75:
                    h.phone = self.new_phone(cc, mobile=False)
                sec = gen_cname(rng, cc, cul="lat") if cc not in ("CN",) else gen_cname(rng, cc)
                sec["ind"] = ("en", 27 if rng.random() < 0.5 else 19)
                h.corp = ("co", sec)
                if rng.random() < 0.65:
                    self.used_dom.discard("")
                    h.dom = self.new_domain(cc, sec)
                h.nominees = [self.person(cc) for _ in range(rng.randint(1, 3))] + [h.corp]
                for x in h.nominees:
                    self.nominee_keys.add(pkey(x))
                hubs.append(h)
            self.agents[cc] = hubs
            self.agent_p[cc] = Pick([(h, 1.0 / (k + 1) ** 1.1) for k, h in enumerate(hubs)])
            # co-working centres
            cws = []
            for i in range(rng.randint(1, 4) if _w >= 3 else rng.randint(0, 1)):
                h = Hub("cowork", cc)
                nm = CW_NAMES[rng.randrange(len(CW_NAMES))]
                b = ab.new_building(cc, name=("fix", None, nm + rng.choice(["", " Coworking", " Business Centre", " Workspace"])))
                h.b = b
                fl = rng.randint(2, min(40, b["maxfl"]))
                h.addr = {"b": b, "blk": None, "fl": fl, "u": None, "x": None, "hub": ("cowork", cc, i)}
                if rng.random() < 0.8:
                    h.phone = self.new_phone(cc, mobile=False)
                cws.append(h)
            self.coworks[cc] = cws
            # small business centres
            bcs = []
            for i in range(max(1, int(self.n * _w / tot_w() / 2500))):
                h = Hub("bizc", cc)
                b = ab.building_for(cc)
                a = ab.new_unit(b)
                a["hub"] = ("bizc", cc, i)
                h.addr = a
                h.b = b
                if rng.random() < 0.6:
                    h.phone = self.new_phone(cc, mobile=False)
                bcs.append(h)
            self.bizc[cc] = bcs


def tot_w():
    return sum(w for _, w in COUNTRY_W)


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64 = B62 + "+/"


# ====================================================================== customers
class P:
    __slots__ = ("cc", "name", "rid", "addr", "phone", "ext", "email", "web", "pay", "dirs", "owns", "ips", "ssh",
                 "listed", "party", "net", "lock", "prot", "cid")

    def __init__(self, cc):
        self.cc = cc
        self.name = None
        self.rid = None
        self.addr = None
        self.phone = None
        self.ext = None
        self.email = None
        self.web = None
        self.pay = None
        self.dirs = []
        self.owns = []
        self.ips = []
        self.ssh = []
        self.listed = None
        self.party = None
        self.net = None
        self.lock = {}
        self.prot = set()
        self.cid = None


NDIR_P = Pick([(0, 50), (1, 30), (2, 13), (3, 5), (4, 2)])


def cust_ips(W, cc, vpn_boost=1.0):
    ipw = W.ipw
    rng = W.rng
    out = []
    for _ in range(IP_N_P(rng)):
        k = IP_KIND_P(rng)
        if k == "vpn" or (vpn_boost > 1 and rng.random() < 0.05 * vpn_boost):
            ip = ipw.vpn_p(rng)
        elif k == "resi":
            ip = ipw.resi_ip(cc)
        elif k == "mob":
            ip = ipw.mob_ip(cc)
        elif k == "nat":
            ip = ipw.nat_p(rng)
        elif k == "static":
            ip = ipw.static_v4(cc, fresh=False)
        elif k == "host":
            ip = ipw.host_ip()
        elif k == "v6resi":
            ip = ipw.v6_resi(cc)
        elif k == "v6mob":
            ip = ipw.v6_mobile(cc)
        else:
            ip = ipw.static_v6(cc)
        if ip not in out:
            out.append(ip)
    return out


def make_customer(W, cc, in_net=False):
    rng = W.rng
    r = rng.random
    p = P(cc)
    p.name = gen_cname(rng, cc)
    if r() < 0.55:
        p.rid = W.new_rid(cc)
    hub = None
    q = r()
    ap = AGENT_P.get(cc, 0.08) * (1.3 if in_net else 1.0)
    cws = W.coworks.get(cc)
    bcs = W.bizc.get(cc)
    if q < ap:
        hub = W.agent_p[cc](rng)
        a = hub.addr
        if hub.premise is not None:
            hub.premise += rng.randint(1, 9)
            a = dict(a)
            a["x"] = ("", "Premises Number %d-001" % hub.premise)
    elif q < ap + 0.06 and cws:
        hub = rng.choice(cws)
        a = hub.addr if r() < 0.5 else W.ab.new_unit(hub.b)
    elif q < ap + 0.085 and bcs:
        hub = rng.choice(bcs)
        a = hub.addr
    else:
        a = W.ab.new_unit(W.ab.building_for(cc, reuse=0.6 if r() < 0.9 else 0.0))
    if hub:
        hub.n += 1
    if r() < 0.8:
        p.addr = a
    if p.name["loc"] is not None and a["b"]["sty"] == "cn" and r() < 0.85:
        p.name["loc"] = a["b"]["ci"]
    if r() < 0.68:
        if hub and hub.phone and r() < 0.45:
            p.phone = hub.phone
            if r() < 0.35:
                p.ext = str(rng.randint(100, 899))
        else:
            p.phone = W.new_phone(cc)
            if p.phone[3] == "l" and r() < 0.05:
                p.ext = str(rng.randint(10, 999))
    nd = NDIR_P(rng)
    p.dirs = [W.person(cc) for _ in range(nd)]
    if hub and hub.kind == "agent" and hub.nominees and r() < 0.35:
        nom = rng.choice(hub.nominees)
        if p.dirs and r() < 0.5:
            p.dirs[0] = nom
        else:
            p.dirs.append(nom)
    if r() < 0.3:
        q = r()
        if q < 0.45 and p.dirs:
            p.owns = [p.dirs[0]] + ([W.person(cc)] if r() < 0.3 else [])
        elif q < 0.75:
            p.owns = [W.person(cc) for _ in range(rng.randint(1, 2))]
        else:
            p.owns = [W.holding(rng.choice(["VG", "HK", "SC", "CY", "KY", cc]))]
    if hub and hub.kind == "agent" and r() < 0.12:
        p.owns.append(hub.corp)
    q = r()
    dom = None
    if q < 0.85:
        fr = FREEMAIL_RATE.get(cc, 0.4)
        if hub and hub.dom and r() < 0.2:
            p.email = W.csp_email(p.name, hub.dom)
        elif r() < fr:
            p.email = W.new_mailbox(cc, person=p.dirs[0] if (p.dirs and p.dirs[0][0] != "co" and r() < 0.6) else None, cname=p.name)
        else:
            dom = W.new_domain(cc, p.name)
            loc = rng.choice(ROLE_LOCAL) if (not p.dirs or p.dirs[0][0] == "co" or r() < 0.6) else slug(r_person(p.dirs[0], "US", rng)).replace("-", rng.choice([".", "", "_"]))
            p.email = (loc, dom, "custom")
    if r() < 0.4:
        if dom and r() < 0.8:
            p.web = ("own", dom)
        elif r() < 0.25:
            p.web = ("plat", W.platform_url(p.name))
        else:
            p.web = ("own", W.new_domain(cc, p.name))
    if r() < 0.55:
        p.pay = W.new_token("pay")
    if r() < 0.75:
        p.ips = cust_ips(W, cc, 2.0 if in_net else 1.0)
    if r() < 0.35:
        p.ssh = [W.new_token("ssh") for _ in range(1 if r() < 0.75 else rng.randint(2, 3))]
    return p


# ====================================================================== networks
ARCH = [("cn", 40, [("CN", 35), ("HK", 30), ("SG", 10), ("MY", 5), ("US", 5), ("GB", 3), ("JP", 3), ("VG", 3), ("SC", 2), ("AE", 2), ("TW", 2), ("KR", 1), ("DE", 1)],
         [("zh", 8), ("zh_hk", 2)], ["zh"]),
        ("ru", 18, [("RU", 35), ("AE", 18), ("TR", 12), ("KZ", 8), ("HK", 8), ("CY", 6), ("GB", 4), ("SC", 3), ("DE", 3), ("US", 3)],
         [("ru", 1)], ["ru"]),
        ("gulf", 12, [("AE", 40), ("IN", 12), ("HK", 10), ("TR", 8), ("SG", 8), ("MY", 6), ("GB", 6), ("SA", 5), ("VG", 5)],
         [("ar", 5), ("fa", 3), ("in", 2)], ["gulf", "lat"]),
        ("sea", 12, [("SG", 30), ("MY", 25), ("HK", 15), ("ID", 8), ("TH", 6), ("VN", 8), ("CN", 8)],
         [("zh_sg", 5), ("ms", 3), ("zh", 2)], ["lat", "zh", "ms"]),
        ("west", 10, [("US", 35), ("GB", 20), ("DE", 10), ("NL", 6), ("CA", 6), ("CY", 5), ("CH", 4), ("FR", 4), ("VG", 4), ("AE", 4)],
         [("en", 5), ("de", 2), ("ru", 2), ("zh", 1)], ["lat"]),
        ("nea", 8, [("JP", 25), ("KR", 25), ("HK", 15), ("SG", 12), ("US", 10), ("CN", 8), ("TW", 5)],
         [("ja", 4), ("ko", 4), ("zh", 2)], ["lat", "ja", "ko"])]
ARCH_P = Pick([(a, a[1]) for a in ARCH])
ARCH_CC_P = {a[0]: Pick(a[2]) for a in ARCH}
ARCH_CUL_P = {a[0]: Pick(a[3]) for a in ARCH}
EV_SINGLE = [("pay", 13), ("ssh", 10), ("regid", 3), ("phone", 12), ("office", 10), ("email_dom", 9), ("website", 7),
             ("static_ip", 7), ("v6_48", 2), ("director", 8), ("owner", 4), ("mailbox", 2)]
EV_PAIRS = [(("name", "bld"), 3.5), (("name", "ip24"), 2.5), (("name", "cdir"), 3), (("bld", "cdir"), 2), (("bld", "ip24"), 2)]
EV_P = Pick(EV_SINGLE + EV_PAIRS)
STRONG = {"pay", "ssh", "regid"}
SPECIFIC = {"phone", "office", "email_dom", "website", "static_ip", "v6_48", "director", "owner", "mailbox"}
WEAK = {"name", "bld", "ip24", "cdir"}
SLOT = {"pay": "pay", "regid": "rid", "phone": "phone", "office": "addr", "bld": "addr", "email_dom": "email",
        "mailbox": "email", "website": "web", "name": "name"}


def draw_size(rng):
    q = rng.random()
    if q < 0.34:
        return 2
    if q < 0.56:
        return 3
    if q < 0.70:
        return 4
    if q < 0.80:
        return 5
    if q < 0.87:
        return 6
    if q < 0.95:
        return rng.randint(7, 10)
    return min(25, 11 + int(rng.paretovariate(1.2) * 2) - 2)


def common_person(rng, cul):
    if cul in ("zh", "zh_hk", "zh_sg", "zh_tw"):
        s, g = rng.choice(ZH_COMMON)
        return ("zh", s, g, {"zh": "cn", "zh_hk": "hk", "zh_sg": "sg", "zh_tw": "tw"}[cul], None)
    if cul == "ru":
        f, g, sx = rng.choice(RU_COMMON)
        return ("ru", f, g, rng.randrange(len(RU_PAT)), sx)
    if cul in ("ar", "fa"):
        return ("ar", 0, rng.choice([1, 2, 3]), -1, rng.random())
    if cul == "ja":
        return ("ja", rng.randint(0, 2), rng.randint(0, 2))
    if cul == "ko":
        return ("ko", rng.randint(0, 2), rng.randint(0, 2), rng.random())
    if cul == "in":
        return ("in", rng.choice([0, 1]), rng.choice([0, 1]), None)
    if cul == "ms":
        return ("ms", 1, rng.choice([0, 1, 2]), "m")
    if cul == "de":
        return ("de", rng.randint(0, 2), rng.randint(0, 2), False)
    return ("en", rng.choice([1, 5, 3]), rng.choice([0, 4, 3]), None)


class Net:
    pass


def _local_for(W, m, dom):
    rng = W.rng
    if m.dirs and m.dirs[0][0] != "co" and rng.random() < 0.4:
        return slug(r_person(m.dirs[0], "US", rng)).replace("-", rng.choice([".", "", "_"]))[:30] or "info"
    return rng.choice(ROLE_LOCAL)


def _has_pk(lst, pk):
    return any(pkey(x) == pk for x in lst)


def ev_compat(kind, a, b, net):
    if kind in ("ssh", "static_ip", "v6_48", "director", "owner", "cdir", "ip24", "name"):
        return True
    if kind == "regid" and a.cc != b.cc:
        return False
    slot = SLOT[kind]
    la, lb = a.lock.get(slot), b.lock.get(slot)
    if kind == "bld":
        return all(l is None or l["b"] is net.bld for l in (la, lb))
    if kind in ("email_dom", "mailbox"):
        tag = "d" if kind == "email_dom" else "m"
        for l in (la, lb):
            if l is not None and l[0] != tag:
                return False
    if la is not None and lb is not None:
        return la is lb or la == lb
    return True


def ev_do(W, kind, a, b, net):
    rng = W.rng
    if kind in ("pay", "regid", "phone", "office", "website", "email_dom", "mailbox"):
        slot = SLOT[kind]
        v = a.lock.get(slot) or b.lock.get(slot)
        if v is None:
            if kind == "pay":
                v = rng.choice(net.pays)
            elif kind == "regid":
                v = b.rid if b.rid else W.new_rid(b.cc)
            elif kind == "phone":
                v = rng.choice(net.phones)
            elif kind == "office":
                v = rng.choice(net.offices)
            elif kind == "website":
                v = rng.choice(net.webs)
            elif kind == "email_dom":
                v = ("d", rng.choice(net.doms))
            else:
                v = ("m", net.mbox)
        for m in (a, b):
            m.lock[slot] = v
            m.prot.add(slot)
            if kind == "pay":
                m.pay = v
            elif kind == "regid":
                m.rid = v
            elif kind == "phone":
                m.phone = v
                m.ext = None
            elif kind == "office":
                m.addr = v
            elif kind == "website":
                m.web = ("own", v)
            elif kind == "email_dom":
                if not (m.email and m.email[1] == v[1]):
                    m.email = (_local_for(W, m, v[1]), v[1], "custom")
            else:
                m.email = v[1]
        if kind == "regid" and "name" not in a.lock:
            a.name = b.name
        return v if not isinstance(v, dict) else ("addr", addr_key(v))
    if kind == "bld":
        for m in (a, b):
            if m.lock.get("addr") is None:
                if net.bld_units and rng.random() < 0.3:
                    u = rng.choice(net.bld_units)
                else:
                    u = W.ab.new_unit(net.bld)
                    net.bld_units.append(u)
                m.addr = u
                m.lock["addr"] = u
                m.prot.add("addr")
        return ("bld", net.bld["id"])
    if kind == "name":
        for m in (a, b):
            if m.lock.get("name") is None:
                m.name = gen_cname(rng, m.cc, stem=net.stem)
                m.lock["name"] = ("stem", stem_key(net.stem))
                m.prot.add("name")
        return ("stem", stem_key(net.stem))
    if kind == "ssh":
        common = [k for k in a.ssh if k in b.ssh and k in net.sshs]
        v = common[0] if common else rng.choice(net.sshs)
        for m in (a, b):
            if v not in m.ssh:
                m.ssh.insert(rng.randint(0, len(m.ssh)), v)
            m.prot.add("ssh")
        return v
    if kind == "static_ip":
        v = rng.choice(net.sips)
        for m in (a, b):
            if v not in m.ips:
                m.ips.insert(rng.randint(0, len(m.ips)), v)
            m.prot.add("ips")
            m.lock.setdefault("ev_ips", set()).add(v)
        return v
    if kind in ("v6_48", "ip24"):
        for m in (a, b):
            ev = m.lock.setdefault("ev_ips", set())
            if kind == "v6_48":
                have = [ip for ip in m.ips if ip[0] == 6 and (ip[1] >> 80) == (net.v6 >> 80)]
                if not have:
                    have = [(6, net.v6 | (rng.randrange(1, 1 << 16) << 64) | rng.randint(1, 0xffff))]
                    m.ips.append(have[0])
            else:
                have = [ip for ip in m.ips if ip[0] == 4 and (ip[1] >> 8) == (net.r24 >> 8)]
                if not have:
                    have = [(4, W.ipw._uniq_host(net.r24))]
                    m.ips.append(have[0])
            ev.update(have)
            m.prot.add("ips")
        return ("v6", net.v6 >> 80) if kind == "v6_48" else ("v4", net.r24 >> 8)
    if kind in ("director", "cdir", "owner"):
        if kind == "director":
            v = rng.choice(net.ctrl)
        elif kind == "cdir":
            v = net.cdir
        else:
            v = rng.choice(net.owners)
        pk = pkey(v)
        for m in (a, b):
            lst = m.owns if kind == "owner" else m.dirs
            if not _has_pk(lst, pk):
                lst.insert(rng.randint(0, len(lst)), v)
            m.prot.add("owns" if kind == "owner" else "dirs")
        return pk
    raise ValueError(kind)


def make_network(W, nid, size):
    rng = W.rng
    arch = ARCH_P(rng)
    an = arch[0]
    net = Net()
    net.id = nid
    net.arch = an
    ccp = ARCH_CC_P[an]
    home = arch[2][0][0] if rng.random() < 0.6 else ccp(rng)
    culp = ARCH_CUL_P[an]
    cul0 = culp(rng)
    # tree + evidence kinds decided before members (regid children share the parent's country)
    parent = [-1] + [0 if (i == 1 or rng.random() < 0.45) else rng.randrange(i) for i in range(1, size)]
    kinds = [None] + [EV_P(rng) for _ in range(1, size)]
    ccs = [home]
    for i in range(1, size):
        if kinds[i] == "regid":
            ccs.append(ccs[parent[i]])
        else:
            ccs.append(home if rng.random() < 0.35 else ccp(rng))
    # network assets
    # weak facts (stem, building, residential /24) are never reused by another network
    for t in range(300):
        st = gen_stem(rng, rng.choice(arch[4]) if t < 200 else "lat")
        if t >= 250:
            st = ("lat", st[1] + rng.choice(LAT_SUF) + " " + rng.choice(LAT_W2))
        if stem_key(st) not in W.net_stems:
            break
    net.stem = st
    W.net_stems.add(stem_key(st))
    net.ctrl = [W.controller(cul0 if k == 0 else culp(rng)) for k in range(rng.randint(1, 3))]
    net.cdir = common_person(rng, cul0)
    while pkey(net.cdir) in W.reserved_p:
        net.cdir = common_person(rng, cul0)
    net.owners = [W.holding(rng.choice(["VG", "HK", "SC", "CY", "KY", "AE"]), stem=net.stem if rng.random() < 0.5 else None, reserve=True)] + net.ctrl[:1]
    net.phones = [W.new_phone(home, mobile=rng.random() < 0.7) for _ in range(1 + size // 8)]
    for t in range(30):
        b = W.ab.building_for(home, reuse=0.5 if t < 20 else 0.0)
        if b["id"] not in W.net_blds:
            break
    net.bld = b
    W.net_blds.add(b["id"])
    net.bld_units = []
    net.offices = []
    for _ in range(1 + size // 10):
        if rng.random() < 0.6:
            u = W.ab.new_unit(net.bld)
            net.bld_units.append(u)
        else:
            u = W.ab.new_unit(W.ab.building_for(home, reuse=0.3))
        net.offices.append(u)
    fake = gen_cname(rng, home, stem=net.stem)
    net.doms = [W.new_domain(home, fake) for _ in range(1 if rng.random() < 0.75 else 2)]
    net.webs = [net.doms[0]] if rng.random() < 0.6 else [W.new_domain(home, fake)]
    net.sips = [W.ipw.static_v4(home, fresh=True) for _ in range(1 + size // 8)]
    net.v6 = W.ipw.v6_prefix(home)
    for t in range(50):
        r24 = W.ipw.resi24(home)
        if r24 not in W.net_r24:
            break
    net.r24 = r24
    W.net_r24.add(r24)
    net.pays = [W.new_token("pay") for _ in range(1 + size // 7)]
    net.sshs = [W.new_token("ssh") for _ in range(1 + size // 6)]
    mb = W.new_mailbox(home, person=net.ctrl[0], cname=fake)
    net.mbox = mb
    # members: ordinary customers of their country, then overlaid with planted evidence
    stem_p = rng.choice([0.0, 0.3, 0.6, 0.85])
    mem = []
    for i in range(size):
        m = make_customer(W, ccs[i], in_net=True)
        if rng.random() < stem_p:
            m.name = gen_cname(rng, m.cc, stem=net.stem)
        m.net = nid
        mem.append(m)
    edges = []

    def link(i, j, kind, tries=6):
        k = kind
        for t in range(tries):
            ks = k if isinstance(k, tuple) else (k,)
            if all(ev_compat(x, mem[i], mem[j], net) for x in ks):
                vals = tuple(ev_do(W, x, mem[i], mem[j], net) for x in ks)
                edges.append((i, j, ks, vals))
                return True
            k = EV_P(rng) if t < tries - 2 else "ssh"
        return False

    for i in range(1, size):
        link(i, parent[i], kinds[i])
    for i in range(size):
        if size > 2 and rng.random() < 0.45:
            j = rng.randrange(size)
            if j != i:
                link(i, j, EV_P(rng), tries=3)
    if rng.random() < 0.25:
        mem[0 if rng.random() < 0.6 else rng.randrange(size)].listed = True
    return mem, edges, net


# ====================================================================== noise passes
def _feat(p, kind):
    if kind == "name":
        return [stem_key(p.name["stem"])]
    if kind == "bld":
        return [p.addr["b"]["id"]] if p.addr else []
    if kind == "ip24":
        return list({ip[1] >> 8 for ip in p.ips if ip[0] == 4})
    if kind == "cdir":
        return [pkey(x) for x in p.dirs]
    return []


def fix_weak_pairs(W, nets, protos):
    """A weak-pair edge must be unique as a combination: no stranger may carry both weak facts.
    Strangers that do are nudged (other stem / other building / other residential IP / director dropped)."""
    rng = W.rng
    kinds = ("name", "bld", "ip24", "cdir")
    index = {k: {} for k in kinds}
    for p in protos:
        for k in kinds:
            for v in _feat(p, k):
                index[k].setdefault(v, []).append(p)
    slot = {"name": "name", "bld": "addr", "ip24": "ips", "cdir": "dirs"}
    for nid, mem, edges, net in nets:
        ms = set(id(m) for m in mem)
        for i, j, ks, vals in edges:
            if len(ks) < 2 or any(k not in index for k in ks):
                continue
            keys = []
            for k, v in zip(ks, vals):
                keys.append(v[1] if k in ("name", "bld", "ip24") else v)
            cand = [p for p in index[ks[0]].get(keys[0], []) if id(p) not in ms]
            for s in cand:
                if keys[1] not in _feat(s, ks[1]) or keys[0] not in _feat(s, ks[0]):
                    continue
                for k, key in ((ks[0], keys[0]), (ks[1], keys[1])):
                    if slot[k] in s.prot:
                        continue
                    if k == "name":
                        for _ in range(20):
                            cn = gen_cname(rng, s.cc)
                            if stem_key(cn["stem"]) != key:
                                s.name = cn
                                break
                    elif k == "bld":
                        s.addr = W.ab.new_unit(W.ab.new_building(s.cc))
                    elif k == "ip24":
                        s.ips = [ip for ip in s.ips if not (ip[0] == 4 and ip[1] >> 8 == key)] + [W.ipw.host_ip()]
                    else:
                        s.dirs = [x for x in s.dirs if pkey(x) != key]
                    break


def dilute_hubs(W, protos, lo=2, hi=9):
    """Shared hub values must look like hubs: any stranger-shared phone / unit address / CSP or
    free-mail domain / nominee that ends up with only lo..hi distinct parties is replaced by a private value
    for its (unprotected) users, so 'few strangers share a specific value' never happens by accident."""
    rng = W.rng
    def groups(fn):
        d = {}
        for p in protos:
            v = fn(p)
            if v is None:
                continue
            for x in (v if isinstance(v, list) else [v]):
                d.setdefault(x, set()).add(p.party)
        return {k for k, s in d.items() if lo <= len(s) <= hi}
    bad = groups(lambda p: e164(p.phone) if p.phone else None)
    for p in protos:
        if p.phone and "phone" not in p.prot and e164(p.phone) in bad:
            p.phone = W.new_phone(p.cc)
            p.ext = None
    bad = groups(lambda p: addr_key(p.addr) if p.addr else None)
    for p in protos:
        if p.addr and "addr" not in p.prot and addr_key(p.addr) in bad:
            p.addr = W.ab.new_unit(p.addr["b"])
    bad = groups(lambda p: p.email[1] if (p.email and p.email[2] in ("free", "csp")) else None)
    for p in protos:
        if p.email and "email" not in p.prot and p.email[2] in ("free", "csp") and p.email[1] in bad:
            p.email = W.new_mailbox(p.cc, cname=p.name, dom=rng.choice(["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com"]))
    bad = groups(lambda p: [ip for ip in p.ips if ip[0] == 4])
    bad6 = groups(lambda p: [ip[1] >> 80 for ip in p.ips if ip[0] == 6])
    for p in protos:
        if p.ips:
            ev = p.lock.get("ev_ips", ())
            p.ips = [ip if (ip in ev or not ((ip[0] == 4 and ip in bad) or (ip[0] == 6 and (ip[1] >> 80) in bad6)))
                     else (W.ipw.resi_ip(p.cc) if rng.random() < 0.6 else W.ipw.host_ip()) for ip in p.ips]
    nk = W.nominee_keys
    bad = groups(lambda p: [k for k in (pkey(x) for x in p.dirs + p.owns) if k in nk])
    for p in protos:
        p.dirs = [x for x in p.dirs if pkey(x) not in bad]
        p.owns = [x for x in p.owns if pkey(x) not in bad]


def hard_typos(W, p):
    rng = W.rng
    if p.phone and "phone" not in p.prot and rng.random() < 0.015:
        ph = p.phone
        t = (ph[0], digit_typo(rng, ph[1]), ph[2], ph[3])
        if e164(t) not in W.used_phone:
            W.used_phone.add(e164(t))
            p.phone = t
    if p.email and "email" not in p.prot and rng.random() < 0.01 and p.email[2] != "csp":
        p.email = (typo(rng, p.email[0]) if len(p.email[0]) > 4 else p.email[0] + "1", p.email[1], p.email[2])
    if p.rid and "rid" not in p.prot and rng.random() < 0.01:
        t = digit_typo(rng, p.rid[1])
        if t.upper() not in W.used_rid:
            W.used_rid.add(t.upper())
            p.rid = (p.rid[0], t)


def empty_noise(rec, rng):
    q = rng.random()
    if q < 0.01:
        k = rng.choice(["email", "phone", "website", "address", "registration_id"])
        if k not in rec:
            rec[k] = "" if rng.random() < 0.6 else None
    elif q < 0.02:
        k = rng.choice(["directors", "owners", "ips", "ssh_keys"])
        if k not in rec:
            rec[k] = []


# ====================================================================== generate
def generate(n, seed, meta=False):
    rng = random.Random(seed)
    W = World(rng, n)
    frac = rng.uniform(0.20, 0.30)
    target = int(n * frac)
    sizes = []
    tot = 0
    while tot < target:
        s = draw_size(rng)
        if tot + s > target:
            s = target - tot
            if s < 2:
                break
        sizes.append(s)
        tot += s
    protos = []
    nets = []
    for k, s in enumerate(sizes):
        nid = "net-%05d" % (k + 1)
        mem, edges, net = make_network(W, nid, s)
        for m in mem:
            m.party = nid
        protos.extend(mem)
        nets.append((nid, mem, edges, net))
    while len(protos) < n:
        p = make_customer(W, COUNTRY_P(rng))
        if rng.random() < 0.004:
            p.listed = True
        p.party = len(protos)        # provisional unique party (renamed to solo-<id> below)
        protos.append(p)
    dilute_hubs(W, protos)
    fix_weak_pairs(W, nets, protos)
    used = set()
    for p in protos:
        while True:
            cid = "cu_%010x" % rng.getrandbits(40)
            if cid not in used:
                used.add(cid)
                break
        p.cid = cid
        if p.net is None:
            p.party = "solo-" + cid
        hard_typos(W, p)
        if p.listed is None and rng.random() < 0.2:
            p.listed = False
    order = list(range(len(protos)))
    rng.shuffle(order)
    recs = []
    for k in order:
        p = protos[k]
        recs.append(render(p, rng))
    if not meta:
        return recs, [(protos[k].cid, protos[k].party) for k in order], None
    md = {"records": {p.cid: canon(p) for p in protos},
          "networks": [(nid, [m.cid for m in mem], [(mem[i].cid, mem[j].cid, ks, vals) for i, j, ks, vals in edges], net.arch)
                       for nid, mem, edges, net in nets]}
    return recs, [(protos[k].cid, protos[k].party) for k in order], md


def render(p, rng):
    r = rng.random
    cc = p.cc
    name = r_cname(p.name, cc, rng)
    if r() < 0.02:
        name = typo(rng, name)
    rec = {"id": p.cid, "name": name, "country": cc}
    if p.rid:
        rec["registration_id"] = render_regid(p.rid, rng)
    if p.addr:
        s = render_addr(p.addr, cc, rng)
        if r() < 0.03:
            s = typo(rng, s)
        rec["address"] = s
    if p.email:
        rec["email"] = render_email(p.email, rng)
    if p.phone:
        rec["phone"] = render_phone(p.phone, cc, rng, p.ext)
    if p.web:
        rec["website"] = render_web(p.web, rng)
    if p.pay:
        rec["payment_fingerprint"] = p.pay
    if p.dirs:
        rec["directors"] = [(typo(rng, s) if r() < 0.02 else s) for s in (r_person(x, cc, rng) for x in p.dirs)]
    if p.owns:
        rec["owners"] = [(typo(rng, s) if r() < 0.02 else s) for s in (r_person(x, cc, rng) for x in p.owns)]
    if p.ips:
        rec["ips"] = [render_ip(ip, rng) for ip in p.ips]
    if p.ssh:
        rec["ssh_keys"] = list(p.ssh)
    if p.listed is not None:
        rec["listed"] = p.listed
    empty_noise(rec, rng)
    return rec


def canon(p):
    """Canonical (pre-rendering) values, for offline oracle checks only."""
    return {"party": p.party, "net": p.net, "cc": p.cc,
            "stem": stem_key(p.name["stem"]),
            "rid": regid_norm(p.rid) if p.rid else None,
            "phone": e164(p.phone) if p.phone else None,
            "phone_nsn": p.phone[1] if p.phone else None,
            "addr": addr_key(p.addr) if p.addr else None,
            "addr_hub": p.addr["hub"] if p.addr else None,
            "addr_unit": (p.addr["fl"], p.addr["u"]) if p.addr else None,
            "bld": bld_key(p.addr) if p.addr else None,
            "email_dom": p.email[1].lower() if p.email else None,
            "email_kind": p.email[2] if p.email else None,
            "mailbox": (p.email[0].lower() + "@" + p.email[1].lower()) if p.email else None,
            "web": p.web[1].lower() if p.web else None,
            "web_kind": p.web[0] if p.web else None,
            "ips": list(p.ips),
            "dirs": [pkey(x) for x in p.dirs],
            "owns": [pkey(x) for x in p.owns],
            "pay": p.pay, "ssh": list(p.ssh), "prot": sorted(p.prot)}


def main(argv):
    if len(argv) != 5:
        sys.stderr.write("usage: linkage_gen9.py N SEED OUT.jsonl TRUTH.csv\n")
        return 2
    n = int(argv[1])
    seed = int(argv[2])
    t0 = time.time()
    recs, truth, _ = generate(n, seed)
    with open(argv[3], "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False))
            f.write("\n")
    with open(argv[4], "w", encoding="utf-8") as f:
        for cid, party in truth:
            f.write("%s,%s\n" % (cid, party))
    sys.stderr.write("linkage_gen9: %d customers, %d in networks, %.1fs\n"
                     % (len(recs), sum(1 for _, p in truth if p.startswith("net-")), time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
