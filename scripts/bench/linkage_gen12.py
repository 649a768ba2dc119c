#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
linkage_gen12.py -- synthetic GPU-cloud onboarding population with planted shell networks.

Usage:
    python3 linkage_gen12.py N SEED OUT.jsonl TRUTH.csv
    GEN12_ARCH_OUT=arch.csv python3 linkage_gen12.py ...   (also writes id,archetype)

Standard library only; the output depends only on (N, SEED).

Output (OUT.jsonl): one JSON object per customer (ensure_ascii=False) with
    id, name, country, and optionally registration_id, address, email, phone,
    website, payment_fingerprint, directors[], owners[], ips[], ssh_keys[], listed.
A missing optional field is usually absent, sometimes null, and rarely an
empty string or an empty list.
TRUTH.csv: "id,party". Members of a planted network share a party label
(net-NNNN); every other customer has its own label (solo-<id>).

WORLD MODEL
-----------
About 20 countries (US GB DE NL SG HK CN TW JP KR AE TR RU KZ IN MY VN BR MX CY),
each with its own:
  * person-name cultures: pinyin / Wade-Giles / Cantonese / Hokkien+English
    names; Japanese kanji and romaji (Hepburn with and without macrons,
    wapuro, passport "oh"); Korean hangul and RR/McCune variants (Lee/Yi/Rhee);
    Cyrillic names with BGN/ICAO/English/German/Kazakh-Latin transliteration;
    Arabic spelling variants (Mohammed/Muhammad/Mohamed) and Arabic script;
    Turkish dotless-i; Vietnamese with and without diacritics; Malay bin/binti;
    Indian initials; Iberian double surnames; Dutch tussenvoegsels; Greek
    script for Cyprus; English nicknames. Every person is one object that is
    rendered again for each record, in a different order, case, script or
    transliteration, with the occasional typo.
  * company names in native script and in English/romanised form (Chinese
    有限公司 / Co., Ltd.; 株式会社 / (株) / K.K.; 주식회사 / (주); ООО «…» /
    LLC; ТОО; Công ty TNHH; A.Ş./Ltd. Şti.; GmbH; B.V.; Pte. Ltd.; Sdn. Bhd.;
    FZE/FZ-LLC/DMCC; Ltda.; S.A. de C.V. ...). Generic words (Global, Tech,
    Trading, Holdings) are used heavily, so unrelated firms often have
    similar names.
  * addresses: one structured address is rendered per record in the local
    convention or a romanised one. Variation: St/Street, Rd/Road, Str./
    Strasse/Straße, Cad./Caddesi, "15/F" vs "15th Floor", "#05-01" vs
    "Unit 05-01", 丁目番号 vs 1-2-3, native vs romanised CJK/Cyrillic,
    postcode present or not, city aliases (Bengaluru/Bangalore,
    Astana/Nur-Sultan, CDMX/Mexico City), country suffixes, case and
    punctuation noise.
  * phone numbers in the local convention (national trunk prefixes, 8 (495)
    ... for RU, (11) 98765-4321 for BR, +44 (0)20 ..., 0086-..., extensions,
    the "+44 020" error); RU and KZ share +7.
  * registration-id formats (EIN, Companies House number with or without the
    leading zero, HRB, KvK, UEN, CR, USCC with a valid check char, 統一編號,
    法人番号, BIN, CIN, CNPJ with check digits, RFC, HE ...), written with
    varying prefixes, spacing and case.
  * residential-ISP, business, mobile CGNAT and hosting IPv4 ranges, and
    IPv6 /32s.

SINGLES (every customer outside a network) carry realistic confounders:
  * registered / formation agents and corporate-service providers (1209
    Orange St; Kemp House 160 City Road; 68 Circular Road #02-01; Qianhai
    前湾一路1号A栋201室; DMCC Business Centre; Prins Bernhardplein 200; Russian
    mass-registration addresses ...). They are shared by very many
    companies, sometimes with per-client mailbox or room numbers, together
    with the agent's phone, nominee directors who sit on hundreds of
    boards, corporate secretaries as directors, nominee-shareholder
    companies, and sometimes the agent's e-mail domain.
  * co-working and virtual offices (WeWork, Regus, JustCo, ...): strangers
    share the building, the front-desk phone and the Wi-Fi egress IP.
  * office towers: strangers share a building on different floors.
  * free-mail domains (gmail, qq.com, 163.com, mail.ru, naver.com, ...),
    *.onmicrosoft.com tenants, university domains and campus addresses, and
    social / page-builder "websites" (facebook.com/x, x.wixsite.com,
    sites.google.com/...).
  * shared egress IPs: a few "hot" cloud NAT addresses used by about 10% of
    all customers, consumer VPN exits, CI/notebook clouds, iCloud Private
    Relay / WARP, Zscaler, Tor, mobile carrier-grade NAT per country,
    residential ISP /24 collisions, hosting /24 collisions, and the odd
    private or loopback address.
  * common person names (Wang Wei, Li Na, Kim Min-jun, John Smith,
    Mohammed Ali ...), a few recycled mobile numbers shared by two (rarely
    three) unrelated companies, well-known SSH keys (Vagrant-style insecure
    keys, keys baked into marketplace images) used by a handful of
    strangers, and placeholders ("N/A", "000000", "123456789",
    "test@test.com", "none", "TBD", and "none"/"manual_invoice" even as a
    payment fingerprint).
  * small populations see only the biggest agents and co-working sites,
    so that a shared agent address stays visibly common at N=2,000 too.
  * individuals and researchers, who have a person name as the customer
    name, university e-mail and IPs, and carrier NAT.
  * listed: true for about 0.3% of singles, who have no network behind them.

PLANTED NETWORKS (12-18% of customers, drawn per seed; sizes 2..30, heavy tail)
------------------------------------------------------------------
Every network has an "operation" holding the resources that really belong
to the controlling party: people (controllers, relatives, straw men),
phones, offices, own domains, payment cards, SSH keys, static office IPs
(a /24 or IPv6 /48) and jump hosts. Members are created one at a time.
Each new member is tied to an earlier one by a TIE, so the network is
connected through real evidence, possibly as a chain. A tie is either
  - one strong identifier: a payment fingerprint, an SSH key, or (for
    duplicate sign-ups) the registration id; or
  - two or three soft items: a shared director or owner (rendered
    differently), phone (differently formatted), office unit (address
    variants, native or romanised), e-mail domain of an own domain,
    website domain, an exact login IP, or different IPs in the office /24.
Further random ties densify networks. On top of that, members also carry
their own noise: agents' addresses, nominee directors, free mail, VPN exits,
hot NAT.

Archetypes:
  duplicate_signup  one company signing up 2-4 times: same registration id
                    (re-formatted or missing), name variants, same office
                    or phone or director; sometimes a different card.
  serial_shells     one operator's fresh shells (3-30) in offshore
                    jurisdictions at formation agents with nominees. The
                    operator's cards, SSH keys, jump-host IPs, mobile phone
                    and his own name as director or owner leak across shells.
  corporate_group   a family or group (2-12): a parent holding as owner, a
                    patriarch and relatives as directors, HQ floors in one
                    tower, a switchboard with extensions, a group e-mail
                    domain, a corporate /24, a group brand in the names.
  reseller_front    an intermediary (3-25) opening accounts for "clients".
                    The clients look unrelated but pay with the reseller's
                    card, use its automation SSH keys, provisioning IPs,
                    support line and e-mail domain.
  rotating_shells   shells (3-15) that rotate identifiers over time. Each
                    new shell keeps part of the previous kit (card, key,
                    phone, director, domain, jump IP, office) and replaces
                    the rest, so the evidence is a chain.
  soft_ring         straw-man companies (2-10) with no shared strong id.
                    They are tied only by soft pairs (director+phone,
                    office+IP, domain+director, ...).
  sanctioned_front  a listed entity (listed: true; RU/CN/...) and its fronts
                    (TR/AE/KZ/HK/CY/...) sharing executives (Cyrillic vs
                    Latin, Chinese vs pinyin), phones, addresses, SSH keys
                    and datacenter IPs.

IDS: "cus_" followed by 10 random base-36 characters. The output order is shuffled,
so neither ids nor order reveal membership. The stderr summary gives customers,
networks, members, true pairs, recycled phones, and per archetype the number
of networks and members.

WHAT IS NOT EVIDENCE (noise by construction): agent or co-working or tower
addresses, agent phones and front desks, nominee directors and
corporate-secretary companies, free-mail, onmicrosoft and social-site
domains, hot NAT / VPN / CGNAT / relay / Tor / CI IPs, residential or hosting
/24 collisions, common names, generic company words, placeholders, recycled
numbers, well-known SSH keys.
"""
import sys
import os
import json
import time
import random
import bisect
import ipaddress
import unicodedata
import re
from functools import lru_cache

# ============================================================ helpers


class WP(object):
    """Weighted picker over (item, weight) pairs."""
    __slots__ = ('items', 'cum', 'tot')

    def __init__(self, pairs):
        self.items = []
        self.cum = []
        c = 0.0
        for it, w in pairs:
            if w <= 0:
                continue
            c += w
            self.items.append(it)
            self.cum.append(c)
        self.tot = c

    def __call__(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        if i >= len(self.items):
            i = len(self.items) - 1
        return self.items[i]


def wp(rng, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def chance(rng, p):
    return rng.random() < p


def zipf_pairs(items, s=1.0):
    return [(it, 1.0 / (i + 1) ** s) for i, it in enumerate(items)]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII',
         'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']

_FOLD_MAP = str.maketrans({'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'İ': 'I', 'ø': 'o',
                           'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ł': 'l', 'Ł': 'L', 'œ': 'oe',
                           'Œ': 'OE', 'º': 'o', 'ª': 'a'})


@lru_cache(maxsize=300000)
def fold(s):
    s = s.translate(_FOLD_MAP)
    return ''.join(c for c in unicodedata.normalize('NFD', s) if not unicodedata.combining(c))


def de_umlaut(s):
    return (s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('Ä', 'Ae')
            .replace('Ö', 'Oe').replace('Ü', 'Ue').replace('ß', 'ss'))


def tr_upper(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


_FW = str.maketrans('0123456789-', '０１２３４５６７８９－')


def fullwidth(s):
    return s.translate(_FW)


_KB = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_NEIGH = {}
for _row in _KB:
    for _i, _ch in enumerate(_row):
        _n = []
        if _i > 0:
            _n.append(_row[_i - 1])
        if _i < len(_row) - 1:
            _n.append(_row[_i + 1])
        _NEIGH[_ch] = _n


def typo(rng, s):
    idx = [i for i, c in enumerate(s) if c.isascii() and c.isalpha()]
    if len(idx) < 4:
        return s
    i = idx[int(rng.random() * len(idx))]
    r = rng.random()
    if r < 0.3 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != s[i]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.5:
        return s[:i] + s[i + 1:]
    if r < 0.65:
        return s[:i] + s[i] + s[i:]
    c = s[i]
    lo = c.lower()
    nb = _NEIGH.get(lo)
    if nb:
        n = nb[int(rng.random() * len(nb))]
        return s[:i] + (n.upper() if c.isupper() else n) + s[i + 1:]
    return s


def space_noise(rng, s):
    r = rng.random()
    if r < 0.02:
        return s + ' '
    if r < 0.03:
        return ' ' + s
    if r < 0.05 and ' ' in s:
        i = s.index(' ')
        return s[:i] + '  ' + s[i + 1:]
    return s


def rows(txt):
    return [l.split('|') for l in txt.strip().splitlines() if l.strip()]


ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def rand_digits(rng, n, first_nonzero=False):
    s = ''.join('0123456789'[int(rng.random() * 10)] for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = str(1 + int(rng.random() * 9)) + s[1:]
    return s


def pattern(rng, pat):
    out = []
    for ch in pat:
        if ch == '#':
            out.append('0123456789'[int(rng.random() * 10)])
        elif ch == '@':
            out.append('ABCDEFGHJKLMNPQRSTUVWXYZ'[int(rng.random() * 24)])
        else:
            out.append(ch)
    return ''.join(out)

# ============================================================ person names

# simp|trad|pinyin(/alts)|wade|cantonese|weight
ZH_SUR = rows("""
王|王|Wang|Wang|Wong|7.1
李|李|Li|Li|Lee|7.0
张|張|Zhang|Chang|Cheung|6.4
刘|劉|Liu|Liu|Lau|5.4
陈|陳|Chen|Chen|Chan|4.5
杨|楊|Yang|Yang|Yeung|3.1
黄|黃|Huang|Huang|Wong|2.2
赵|趙|Zhao|Chao|Chiu|2.1
吴|吳|Wu|Wu|Ng|2.0
周|周|Zhou|Chou|Chow|1.9
徐|徐|Xu|Hsu|Tsui|1.5
孙|孫|Sun|Sun|Suen|1.5
马|馬|Ma|Ma|Ma|1.4
朱|朱|Zhu|Chu|Chu|1.3
胡|胡|Hu|Hu|Wu|1.3
郭|郭|Guo|Kuo|Kwok|1.2
何|何|He|Ho|Ho|1.2
林|林|Lin|Lin|Lam|1.1
高|高|Gao|Kao|Ko|1.1
罗|羅|Luo|Lo|Lo|1.0
郑|鄭|Zheng|Cheng|Cheng|1.0
梁|梁|Liang|Liang|Leung|0.9
谢|謝|Xie|Hsieh|Tse|0.8
宋|宋|Song|Sung|Sung|0.7
唐|唐|Tang|Tang|Tong|0.7
许|許|Xu|Hsu|Hui|0.7
邓|鄧|Deng|Teng|Tang|0.6
冯|馮|Feng|Feng|Fung|0.6
韩|韓|Han|Han|Hon|0.6
曹|曹|Cao|Tsao|Tso|0.6
曾|曾|Zeng|Tseng|Tsang|0.5
彭|彭|Peng|Peng|Pang|0.5
萧|蕭|Xiao|Hsiao|Siu|0.5
蔡|蔡|Cai|Tsai|Choi|0.5
潘|潘|Pan|Pan|Poon|0.4
田|田|Tian|Tien|Tin|0.4
董|董|Dong|Tung|Tung|0.4
袁|袁|Yuan|Yuan|Yuen|0.4
于|于|Yu|Yu|Yu|0.4
余|余|Yu|Yu|Yu|0.4
叶|葉|Ye|Yeh|Yip|0.4
蒋|蔣|Jiang|Chiang|Cheung|0.4
杜|杜|Du|Tu|To|0.3
苏|蘇|Su|Su|So|0.3
魏|魏|Wei|Wei|Ngai|0.3
程|程|Cheng|Cheng|Ching|0.3
吕|呂|Lyu/Lv/Lu|Lu|Lui|0.3
丁|丁|Ding|Ting|Ting|0.3
沈|沈|Shen|Shen|Sham|0.3
任|任|Ren|Jen|Yam|0.3
姚|姚|Yao|Yao|Yiu|0.3
卢|盧|Lu|Lu|Lo|0.3
钟|鍾|Zhong|Chung|Chung|0.3
崔|崔|Cui|Tsui|Tsui|0.2
谭|譚|Tan|Tan|Tam|0.2
廖|廖|Liao|Liao|Liu|0.2
范|范|Fan|Fan|Fan|0.2
汪|汪|Wang|Wang|Wong|0.2
陆|陸|Lu|Lu|Luk|0.2
金|金|Jin|Chin|Kam|0.2
石|石|Shi|Shih|Shek|0.2
邱|邱|Qiu|Chiu|Yau|0.2
方|方|Fang|Fang|Fong|0.2
侯|侯|Hou|Hou|Hau|0.2
邹|鄒|Zou|Tsou|Chau|0.2
熊|熊|Xiong|Hsiung|Hung|0.2
秦|秦|Qin|Chin|Chun|0.2
白|白|Bai|Pai|Pak|0.2
薛|薛|Xue|Hsueh|Sit|0.1
龚|龔|Gong|Kung|Kung|0.1
欧阳|歐陽|Ouyang|Ouyang|Auyeung|0.05
司马|司馬|Sima|Ssuma|Szema|0.02
""")
ZH_SUR_WP = WP([(r, float(r[5])) for r in ZH_SUR])
ZH_SUR_RARE_WP = WP([(r, float(r[5]) ** 0.4) for r in ZH_SUR])

ZH_GIV = rows("""
伟|偉|wei|wei|wai|5
芳|芳|fang|fang|fong|3
娜|娜|na|na|na|3
敏|敏|min|min|man|2.5
静|靜|jing|ching|ching|2.5
丽|麗|li|li|lai|2
强|強|qiang|chiang|keung|2
磊|磊|lei|lei|lui|2
军|軍|jun|chun|kwan|2
洋|洋|yang|yang|yeung|2
勇|勇|yong|yung|yung|1.8
艳|艷|yan|yen|yim|1.8
杰|傑|jie|chieh|kit|1.8
娟|娟|juan|chuan|kuen|1.5
涛|濤|tao|tao|to|1.5
明|明|ming|ming|ming|1.5
超|超|chao|chao|chiu|1.5
秀|秀|xiu|hsiu|sau|1.2
霞|霞|xia|hsia|ha|1.2
平|平|ping|ping|ping|1.2
刚|剛|gang|kang|kong|1.2
桂|桂|gui|kuei|kwai|1
华|華|hua|hua|wah|1.5
建|建|jian|chien|kin|1.5
国|國|guo|kuo|kwok|1.5
文|文|wen|wen|man|1.2
志|志|zhi|chih|chi|1.2
红|紅|hong|hung|hung|1.2
海|海|hai|hai|hoi|1
辉|輝|hui|hui|fai|1
玲|玲|ling|ling|ling|1
宇|宇|yu|yu|yu|1
浩|浩|hao|hao|ho|1
鹏|鵬|peng|peng|pang|1
晨|晨|chen|chen|san|1
振|振|zhen|chen|chun|1
东|東|dong|tung|tung|1
峰|峰|feng|feng|fung|1
嘉|嘉|jia|chia|ka|1
俊|俊|jun|chun|chun|1
婷|婷|ting|ting|ting|1
慧|慧|hui|hui|wai|1
雪|雪|xue|hsueh|suet|1
琳|琳|lin|lin|lam|1
斌|斌|bin|pin|pan|1
宏|宏|hong|hung|wang|1
晓|曉|xiao|hsiao|hiu|1
子|子|zi|tzu|tsz|1
家|家|jia|chia|ka|1
德|德|de|te|tak|1
成|成|cheng|cheng|shing|1
永|永|yong|yung|wing|1
安|安|an|an|on|1
荣|榮|rong|jung|wing|1
新|新|xin|hsin|san|1
立|立|li|li|lap|1
天|天|tian|tien|tin|1
世|世|shi|shih|sai|1
玉|玉|yu|yu|yuk|1
春|春|chun|chun|chun|1
怡|怡|yi|yi|yi|1
欣|欣|xin|hsin|yan|1
梅|梅|mei|mei|mui|1
智|智|zhi|chih|chi|1
思|思|si|szu|sze|1
博|博|bo|po|pok|1
哲|哲|zhe|che|chit|1
凯|凱|kai|kai|hoi|1
鑫|鑫|xin|hsin|yam|1
雨|雨|yu|yu|yu|1
涵|涵|han|han|ham|1
轩|軒|xuan|hsuan|hin|1
泽|澤|ze|tse|chak|1
昊|昊|hao|hao|ho|1
晶|晶|jing|ching|jing|1
龙|龍|long|lung|lung|1
飞|飛|fei|fei|fei|1
""")
ZH_GIV_WP = WP([(r, float(r[5])) for r in ZH_GIV])
ZH_GIV_FLAT = WP([(r, 1.0) for r in ZH_GIV])

HOKKIEN = {'陈': ('Tan', 10), '林': ('Lim', 7), '李': ('Lee', 6), '黄': ('Ng', 4), '吴': ('Goh', 3),
           '王': ('Ong', 3), '许': ('Koh', 2.5), '蔡': ('Chua', 2), '张': ('Teo', 2.5), '杨': ('Yeo', 2),
           '郑': ('Tay', 1.5), '刘': ('Lau', 1.5), '梁': ('Leong', 1.5), '何': ('Ho', 1.2), '谢': ('Chia', 1),
           '郭': ('Quek', 1), '周': ('Chew', 1), '邱': ('Khoo', 1), '叶': ('Yap', 1), '卢': ('Loh', 1),
           '苏': ('Soh', 1), '潘': ('Phua', .8)}
ZH_SUR_BY = {r[0]: r for r in ZH_SUR}
HOK_WP = WP([((ZH_SUR_BY[k], v[0]), v[1]) for k, v in HOKKIEN.items()])

EN_ASIA = ['Kevin', 'Jason', 'Eric', 'David', 'Michael', 'Peter', 'Tony', 'Vincent', 'Alex', 'Jack',
           'Leo', 'Frank', 'Ken', 'Raymond', 'Kelvin', 'Alvin', 'Desmond', 'Terence', 'Wilson',
           'Stanley', 'Jimmy', 'Samuel', 'Andy', 'Ivan', 'Benjamin', 'Daniel', 'Henry', 'Jacky',
           'Ricky', 'Sunny', 'Cathy', 'Grace', 'Amy', 'Vivian', 'Shirley', 'Michelle', 'Jasmine',
           'Cindy', 'Joyce', 'Winnie', 'Karen', 'Helen', 'Emily', 'Tiffany', 'Candy', 'Ada', 'Iris',
           'Yvonne', 'Fiona', 'Bruce', 'Derek', 'Edmund', 'Gary', 'Howard', 'Jerry', 'Louis', 'Nelson']


class Person(object):
    __slots__ = ('wp', 'cult', 'canon', 'sur', 'latin')

    def __init__(self, forms, cult, sur=None):
        self.wp = WP(forms)
        self.cult = cult
        self.canon = forms[0][0]
        self.sur = sur
        best, bw = None, -1.0
        for s, w in forms:
            f = fold(s)
            if w > bw and f.isascii() and any(c.isalpha() for c in f) and ',' not in s:
                best, bw = f, w
        self.latin = best or 'user'

    def render(self, rng, tp=0.012):
        s = self.wp(rng)
        if tp and rng.random() < tp:
            s = typo(rng, s)
        return s


def p_zh(rng, style, sur=None, rare=False):
    hok = None
    if style == 'sg':
        if sur is None:
            s, hok = HOK_WP(rng)
        else:
            s = sur
            hok = HOKKIEN.get(s[0], (s[4],))[0]
    else:
        s = sur or (ZH_SUR_RARE_WP(rng) if rare else ZH_SUR_WP(rng))
    n = 1 if rng.random() < (0.12 if rare else 0.28) else 2
    gw = ZH_GIV_FLAT if rare else ZH_GIV_WP
    g = [gw(rng) for _ in range(n)]
    if n == 2 and g[0] is g[1]:
        g[1] = gw(rng)
    simp = s[0] + ''.join(x[0] for x in g)
    trad = s[1] + ''.join(x[1] for x in g)
    F = []
    pe = {'cn': .12, 'tw': .4, 'hk': .6, 'sg': .55}[style]
    eng = pick(rng, EN_ASIA) if rng.random() < pe else None
    if style == 'cn':
        alts = s[2].split('/')
        S = alts[0]
        G = ''.join(x[2] for x in g).capitalize()
        F += [('%s %s' % (S, G), 5), ('%s %s' % (S.upper(), G), 2), ('%s %s' % (G, S), 3), (simp, 3),
              (('%s %s' % (S, G)).upper(), 1.5), (('%s %s' % (S, G)).lower(), .3), ('%s, %s' % (S, G), .4),
              ('%s %s' % (G, S.upper()), .5)]
        if n == 2:
            F += [('%s %s %s' % (S, g[0][2].capitalize(), g[1][2].capitalize()), 1),
                  ('%s %s-%s' % (S, g[0][2].capitalize(), g[1][2]), .4)]
        for a in alts[1:]:
            F += [('%s %s' % (a, G), .5), ('%s %s' % (G, a), .3)]
        if eng:
            F += [('%s %s' % (eng, S), 1), ('%s %s %s' % (eng, S, G), .5), ('%s %s %s' % (eng, G, S), .3)]
    elif style == 'tw':
        S = s[3]
        parts = [x[3] for x in g]
        G = parts[0].capitalize() + ('-' + parts[1] if n == 2 else '')
        Gs = ' '.join(p.capitalize() for p in parts)
        F += [('%s %s' % (S, G), 4), ('%s %s' % (G, S), 3), ('%s, %s' % (S.upper(), G.upper()), 1),
              (('%s %s' % (S, G)).upper(), 1.5), (trad, 3), ('%s %s' % (S, Gs), 1), ('%s %s' % (Gs, S), .5),
              ('%s %s' % (s[2].split('/')[0], ''.join(x[2] for x in g).capitalize()), .3)]
        if n == 2:
            F.append(('%s %s' % (S, G.replace('-', '')), .6))
        if eng:
            F += [('%s %s' % (eng, S), 2), ('%s %s %s' % (eng, G, S), .6)]
    elif style == 'hk':
        S = s[4]
        parts = [x[4] for x in g]
        G = ' '.join(p.capitalize() for p in parts)
        Gh = parts[0].capitalize() + ('-' + parts[1] if n == 2 else '')
        F += [('%s %s' % (S, G), 4), ('%s %s' % (S.upper(), G), 2), ('%s %s' % (G, S), 2),
              ('%s %s' % (S.upper(), Gh), 1), (trad, 2.5), (('%s %s' % (S, G)).upper(), 1.5)]
        if eng:
            F += [('%s %s %s' % (eng, S, G), 2.5), ('%s %s' % (eng, S), 1.2), ('%s %s, %s' % (S, G, eng), .7),
                  ('%s %s' % (eng, S.upper()), .3), ('%s %s %s' % (S.upper(), G.upper(), eng.upper()), .5)]
    else:  # sg / my chinese
        S = hok
        G = ' '.join(x[2].capitalize() for x in g)
        F += [('%s %s' % (S, G), 4), (('%s %s' % (S, G)).upper(), 2), ('%s %s' % (G, S), 1.5), (simp, .8)]
        if eng:
            F += [('%s %s %s' % (eng, S, G), 2.5), ('%s %s' % (eng, S), 2), ('%s %s %s' % (S, G, eng), .5),
                  ('%s %s, %s' % (S, G, eng), .5)]
    return Person(F, 'zh-' + style, s)


JP_SUR = [('佐藤', 'Satō'), ('鈴木', 'Suzuki'), ('高橋', 'Takahashi'), ('田中', 'Tanaka'), ('伊藤', 'Itō'),
          ('渡辺', 'Watanabe'), ('山本', 'Yamamoto'), ('中村', 'Nakamura'), ('小林', 'Kobayashi'),
          ('加藤', 'Katō'), ('吉田', 'Yoshida'), ('山田', 'Yamada'), ('佐々木', 'Sasaki'), ('山口', 'Yamaguchi'),
          ('松本', 'Matsumoto'), ('井上', 'Inoue'), ('木村', 'Kimura'), ('林', 'Hayashi'), ('斎藤', 'Saitō'),
          ('清水', 'Shimizu'), ('近藤', 'Kondō'), ('後藤', 'Gotō'), ('大野', 'Ōno'), ('遠藤', 'Endō'),
          ('工藤', 'Kudō'), ('太田', 'Ōta'), ('森', 'Mori'), ('池田', 'Ikeda'), ('橋本', 'Hashimoto'),
          ('石川', 'Ishikawa'), ('小野', 'Ono'), ('藤田', 'Fujita'), ('岡田', 'Okada'), ('長谷川', 'Hasegawa')]
JP_SUR_WP = WP(zipf_pairs(JP_SUR, 0.6))
JP_GIV_M = [('翔太', 'Shōta'), ('大輔', 'Daisuke'), ('健一', "Ken'ichi"), ('浩二', 'Kōji'), ('直樹', 'Naoki'),
            ('誠', 'Makoto'), ('隆', 'Takashi'), ('聡', 'Satoshi'), ('拓也', 'Takuya'), ('亮', 'Ryō'),
            ('大樹', 'Daiki'), ('和也', 'Kazuya'), ('真一', "Shin'ichi"), ('修', 'Osamu'), ('勝', 'Masaru'),
            ('健太', 'Kenta'), ('雄一', 'Yūichi'), ('剛', 'Tsuyoshi'), ('洋平', 'Yōhei'), ('淳', 'Jun'),
            ('太郎', 'Tarō'), ('悠斗', 'Yūto'), ('蓮', 'Ren'), ('翼', 'Tsubasa')]
JP_GIV_F = [('裕子', 'Yūko'), ('陽子', 'Yōko'), ('美咲', 'Misaki'), ('恵', 'Megumi'), ('真由美', 'Mayumi'),
            ('直美', 'Naomi'), ('智子', 'Tomoko'), ('由美', 'Yumi'), ('愛', 'Ai'), ('さくら', 'Sakura'),
            ('恵子', 'Keiko'), ('明美', 'Akemi'), ('香織', 'Kaori'), ('彩', 'Aya')]


def jp_roma(s, style):
    if style == 'hepburn':
        return s
    if style == 'simple':
        return fold(s).replace("'", '')
    if style == 'wapuro':
        return s.replace('Ō', 'Oo').replace('ō', 'ou').replace('Ū', 'Uu').replace('ū', 'uu').replace("'", '')
    # passport style: long o -> oh
    return s.replace('Ō', 'Oh').replace('ō', 'oh').replace('Ū', 'U').replace('ū', 'u').replace("'", '')


def p_jp(rng, sur=None):
    s = sur or JP_SUR_WP(rng)
    g = pick(rng, JP_GIV_M if rng.random() < .7 else JP_GIV_F)
    own = wp(rng, [('simple', 6), ('passport', 1.5), ('wapuro', 1), ('hepburn', 1.5)])
    S, G = jp_roma(s[1], own), jp_roma(g[1], own)
    F = [('%s %s' % (s[0], g[0]), 3), (s[0] + g[0], 2), ('%s %s' % (G, S), 3), ('%s %s' % (S.upper(), G), 2),
         ('%s %s' % (S, G), 1.5), (('%s %s' % (S, G)).upper(), 1.5), (('%s %s' % (G, S)).upper(), .5)]
    for st in ('simple', 'passport', 'wapuro', 'hepburn'):
        if st != own:
            a, b = jp_roma(s[1], st), jp_roma(g[1], st)
            if (a, b) != (S, G):
                F.append(('%s %s' % (b, a), .4))
    return Person(F, 'jp', s)


KR_SUR = [('김', ['Kim', 'Gim'], 21), ('이', ['Lee', 'Yi', 'Rhee', 'I'], 14), ('박', ['Park', 'Pak', 'Bak'], 8),
          ('최', ['Choi', 'Choe'], 4.7), ('정', ['Jung', 'Jeong', 'Chung'], 4.3), ('강', ['Kang', 'Gang'], 2.3),
          ('조', ['Cho', 'Jo'], 2.1), ('윤', ['Yoon', 'Yun'], 2), ('장', ['Jang', 'Chang'], 2),
          ('임', ['Lim', 'Im', 'Rim'], 1.6), ('한', ['Han'], 1.5), ('오', ['Oh', 'O'], 1.5), ('서', ['Seo', 'Suh'], 1.4),
          ('신', ['Shin', 'Sin'], 1.4), ('권', ['Kwon', 'Gwon'], 1.4), ('황', ['Hwang'], 1.4), ('안', ['Ahn', 'An'], 1.3),
          ('송', ['Song'], 1.3), ('류', ['Ryu', 'Yoo', 'Yu'], 1.2), ('홍', ['Hong'], 1)]
KR_SUR_WP = WP([(r, r[2]) for r in KR_SUR])
KR_SYL = [('민', ['Min']), ('준', ['Jun', 'Joon']), ('서', ['Seo', 'Suh']), ('연', ['Yeon', 'Yun']), ('지', ['Ji']),
          ('현', ['Hyun', 'Hyeon']), ('수', ['Su', 'Soo']), ('영', ['Young', 'Yeong']), ('호', ['Ho']),
          ('성', ['Sung', 'Seong']), ('우', ['Woo', 'U']), ('진', ['Jin']), ('하', ['Ha']), ('은', ['Eun']),
          ('혜', ['Hye']), ('재', ['Jae']), ('동', ['Dong']), ('태', ['Tae']), ('희', ['Hee', 'Hui']),
          ('석', ['Seok', 'Suk']), ('상', ['Sang']), ('훈', ['Hoon', 'Hun']), ('정', ['Jung', 'Jeong']),
          ('경', ['Kyung', 'Gyeong']), ('용', ['Yong']), ('철', ['Chul', 'Cheol']), ('미', ['Mi']),
          ('유', ['Yu', 'Yoo']), ('예', ['Ye']), ('도', ['Do'])]
EN_KR = ['David', 'Daniel', 'James', 'John', 'Paul', 'Andrew', 'Sam', 'Steve', 'Grace', 'Jenny', 'Sophie',
         'Chris', 'Brian', 'Eugene', 'Ryan', 'Justin', 'Sean', 'Joseph']


def _rom(rng, alts):
    return alts[0] if rng.random() < .7 or len(alts) == 1 else pick(rng, alts[1:])


def p_kr(rng, sur=None):
    s = sur or KR_SUR_WP(rng)
    a, b = pick(rng, KR_SYL), pick(rng, KR_SYL)
    S = _rom(rng, s[1])
    A, B = _rom(rng, a[1]), _rom(rng, b[1])
    h = s[0] + a[0] + b[0]
    F = [(h, 3), ('%s %s-%s' % (S, A, B.lower()), 3), ('%s-%s %s' % (A, B.lower(), S), 2),
         ('%s%s %s' % (A, B.lower(), S), 2), ('%s %s%s' % (S, A, B.lower()), 1.5),
         ('%s %s %s' % (S.upper(), A.upper(), B.upper()), 1.2), ('%s %s %s' % (S, A, B), 1),
         ('%s-%s %s' % (A, B, S.upper()), .4)]
    for alt in s[1]:
        if alt != S:
            F.append(('%s %s-%s' % (alt, A, B.lower()), .25))
    if rng.random() < .2:
        e = pick(rng, EN_KR)
        F += [('%s %s' % (e, S), 1.5), ('%s %s-%s %s' % (e, A, B.lower(), S), .4)]
    return Person(F, 'kr', s)


# ---------------------------------------------------------------- Cyrillic
_CYR = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i',
        'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
        'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y',
        'ь': '', 'э': 'e', 'ю': 'yu', 'я': 'ya', 'ә': 'a', 'ғ': 'g', 'қ': 'k', 'ң': 'n', 'ө': 'o', 'ұ': 'u',
        'ү': 'u', 'һ': 'h', 'і': 'i'}
_SCH = {
    'bgn': dict(_CYR, **{'ё': 'yo'}),
    'icao': dict(_CYR, **{'й': 'i', 'ю': 'iu', 'я': 'ia', 'ъ': 'ie'}),
    'en': dict(_CYR, **{'ё': 'yo'}),
    'de': dict(_CYR, **{'в': 'w', 'ж': 'sch', 'з': 's', 'й': 'j', 'х': 'ch', 'ц': 'z', 'ч': 'tsch', 'ш': 'sch',
                        'щ': 'schtsch', 'ю': 'ju', 'я': 'ja', 'ё': 'jo'}),
    'kz': dict(_CYR, **{'ж': 'j', 'ш': 'ş', 'й': 'i', 'х': 'h', 'қ': 'q', 'ғ': 'ğ', 'ң': 'ñ', 'ә': 'ä', 'ө': 'ö',
                        'ұ': 'ū', 'ү': 'ü', 'і': 'ı', 'ю': 'iu', 'я': 'ia', 'щ': 'şş', 'ц': 'ts'}),
}
_VOW = set('аеёиоуыэюяәөұүі')
_EN_EXC = {'Александр': 'Alexander', 'Наталья': 'Natalia', 'Юлия': 'Julia', 'Мария': 'Maria',
           'Татьяна': 'Tatiana', 'Евгений': 'Evgeny', 'Ксения': 'Ksenia', 'Анастасия': 'Anastasia'}
_SPLIT = re.compile(r'([^\w]+)')


@lru_cache(maxsize=100000)
def translit(s, sch):
    m = _SCH[sch]
    out = []
    for w in _SPLIT.split(s):
        if not w or not w[0].isalpha():
            out.append(w)
            continue
        if sch == 'en' and w in _EN_EXC:
            out.append(_EN_EXC[w])
            continue
        lw = w.lower()
        res = []
        L = len(lw)
        for i, c in enumerate(lw):
            prev = lw[i - 1] if i else ''
            nxt = lw[i + 1] if i + 1 < L else ''
            if c not in m:
                res.append(c)
                continue
            if c == 'е' and sch in ('bgn', 'en', 'de') and (i == 0 or prev in _VOW or prev in 'ъь'):
                res.append('je' if sch == 'de' else 'ye')
                continue
            if c == 'й' and i == L - 1 and prev in 'иы' and res:
                if sch == 'en':
                    res[-1] = 'y'
                    continue
                if sch == 'bgn':
                    res.append('y')
                    continue
                if sch == 'de':
                    res.append('j')
                    continue
                res.append('i')
                continue
            if sch == 'en' and c == 'с' and prev == 'к' and res:
                res[-1] = 'x'
                continue
            if sch == 'de' and c == 'с' and prev in _VOW and nxt in _VOW:
                res.append('ss')
                continue
            if c == 'ь' and sch in ('en', 'bgn') and nxt == 'и':
                res.append('y')
                continue
            res.append(m[c])
        t = ''.join(res)
        if w[0].isupper():
            t = t[:1].upper() + t[1:]
        if len(w) > 1 and w.isupper():
            t = t.upper()
        out.append(t)
    return ''.join(out)


RU_M = ['Александр', 'Сергей', 'Дмитрий', 'Андрей', 'Алексей', 'Максим', 'Евгений', 'Иван', 'Михаил', 'Артём',
        'Николай', 'Владимир', 'Олег', 'Павел', 'Юрий', 'Игорь', 'Роман', 'Виктор', 'Денис', 'Константин',
        'Илья', 'Вадим', 'Григорий', 'Фёдор', 'Антон', 'Кирилл', 'Станислав', 'Тимур', 'Руслан', 'Георгий']
RU_F = ['Елена', 'Ольга', 'Наталья', 'Ирина', 'Татьяна', 'Светлана', 'Анна', 'Мария', 'Екатерина', 'Юлия',
        'Анастасия', 'Ксения', 'Марина', 'Людмила', 'Дарья', 'Алина']
RU_L = ('Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков '
        'Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин '
        'Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов '
        'Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв '
        'Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов '
        'Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов '
        'Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов '
        'Ефимов Федотов Щербаков Назаров Калинин Исаев Быков Маслов Родионов Коновалов Лазарев Воронин '
        'Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв Овчинников Трофимов '
        'Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин Ефремов '
        'Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов '
        'Руденко Шевченко Ткаченко Литвиненко Высоцкий Вишневский Заславский Рыбаков Сафонов Жданов').split()
RU_PAT = [('Александрович', 'Александровна'), ('Сергеевич', 'Сергеевна'), ('Владимирович', 'Владимировна'),
          ('Дмитриевич', 'Дмитриевна'), ('Андреевич', 'Андреевна'), ('Алексеевич', 'Алексеевна'),
          ('Николаевич', 'Николаевна'), ('Игоревич', 'Игоревна'), ('Викторович', 'Викторовна'),
          ('Юрьевич', 'Юрьевна'), ('Михайлович', 'Михайловна'), ('Олегович', 'Олеговна'),
          ('Евгеньевич', 'Евгеньевна'), ('Анатольевич', 'Анатольевна'), ('Петрович', 'Петровна'),
          ('Иванович', 'Ивановна'), ('Валерьевич', 'Валерьевна'), ('Геннадьевич', 'Геннадьевна'),
          ('Борисович', 'Борисовна'), ('Васильевич', 'Васильевна')]
KZ_M = ['Нурлан', 'Ерлан', 'Асхат', 'Даурен', 'Серик', 'Бауыржан', 'Айдос', 'Марат', 'Ержан', 'Нұрсұлтан',
        'Ермек', 'Талгат', 'Арман', 'Қайрат', 'Болат', 'Данияр', 'Жандос', 'Бекзат']
KZ_F = ['Асель', 'Айгерим', 'Динара', 'Жанар', 'Гульнара', 'Айжан', 'Сауле', 'Меруерт', 'Әсел', 'Жансая']
KZ_L = ['Ахметов', 'Жумабаев', 'Сейтқали', 'Нурланов', 'Омаров', 'Касымов', 'Абдрахманов', 'Ибраев',
        'Искаков', 'Сарсенбаев', 'Тулегенов', 'Байжанов', 'Есенов', 'Мухамедиев', 'Кенжебаев', 'Алиев',
        'Смагулов', 'Бекмуханбетов', 'Оспанов', 'Жаксылыков', 'Нұрпейісов', 'Қасымов', 'Әбенов']
KZ_PAT = [('Нурланович', 'Нурлановна'), ('Серикович', 'Сериковна'), ('Маратович', 'Маратовна'),
          ('Ерланович', 'Ерлановна'), ('Болатович', 'Болатовна'), ('Кайратович', 'Кайратовна'),
          ('Асқарұлы', 'Асқарқызы'), ('Ерболұлы', 'Ерболқызы')]


def ru_fem(l):
    if l.endswith('ский') or l.endswith('цкий'):
        return l[:-2] + 'ая'
    if l.endswith('енко'):
        return l
    if l[-2:] in ('ов', 'ев', 'ин', 'ёв', 'ын'):
        return l + 'а'
    return l


def p_ru(rng, kz=False, sur=None):
    male = rng.random() < .78
    if kz:
        F0 = pick(rng, KZ_M if male else KZ_F)
        L0 = sur or pick(rng, KZ_L + RU_L[:20])
        P0 = pick(rng, KZ_PAT)[0 if male else 1] if rng.random() < .75 else ''
    else:
        F0 = pick(rng, RU_M if male else RU_F)
        L0 = sur or pick(rng, RU_L)
        P0 = pick(rng, RU_PAT)[0 if male else 1]
    L = L0 if male else ru_fem(L0)
    own = wp(rng, [('icao', 4), ('bgn', 3), ('en', 3)] + ([('kz', 1)] if kz else []))
    t = lambda x, sch=own: translit(x, sch)
    F = [(('%s %s %s' % (L, F0, P0)).strip(), 2.5), ('%s %s' % (F0, L), 1.5), (('%s %s %s' % (F0, P0, L)).replace('  ', ' '), .8),
         ('%s %s' % (t(F0), t(L)), 4), ('%s %s' % (t(L).upper(), t(F0).upper()), 1.5),
         ('%s %s' % (t(L).upper(), t(F0)), .8)]
    if P0:
        F += [('%s %s %s' % (t(L), t(F0), t(P0)), 1), ('%s %s. %s' % (t(F0), t(P0)[0], t(L)), .6),
              ('%s %s %s' % (t(L), t(F0), t(P0)), .6)]
    for sch in ('icao', 'bgn', 'en'):
        if sch != own and (t(F0, sch), t(L, sch)) != (t(F0), t(L)):
            F.append(('%s %s' % (t(F0, sch), t(L, sch)), .7))
    F.append(('%s %s' % (translit(F0, 'de'), translit(L, 'de')), .3))
    F.append(('%s, %s' % (t(L), t(F0)), .3))
    return Person(F, 'kz' if kz else 'ru', L0)


# ---------------------------------------------------------------- Arabic
AR_FIRST = [(['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Mohamad', 'Muhammed'], 'محمد', 6),
            (['Ahmed', 'Ahmad'], 'أحمد', 3), (['Ali'], 'علي', 2.5), (['Omar', 'Umar'], 'عمر', 2),
            (['Khalid', 'Khaled'], 'خالد', 2), (['Abdullah', 'Abdallah', 'Abdulla'], 'عبدالله', 2),
            (['Hassan', 'Hasan'], 'حسن', 1.5), (['Hussein', 'Hussain', 'Husain', 'Hossein'], 'حسين', 1.5),
            (['Yousef', 'Yusuf', 'Youssef', 'Yousuf'], 'يوسف', 1.5), (['Saeed', 'Said', 'Saed'], 'سعيد', 1.2),
            (['Rashid', 'Rashed'], 'راشد', 1.2), (['Sultan'], 'سلطان', 1), (['Hamad', 'Hamed'], 'حمد', 1),
            (['Abdulrahman', 'Abdul Rahman', 'Abdelrahman'], 'عبدالرحمن', 1), (['Faisal', 'Faysal'], 'فيصل', 1),
            (['Majid', 'Majed'], 'ماجد', .8), (['Tariq', 'Tarek', 'Tareq'], 'طارق', .8), (['Fatima', 'Fatma', 'Fatimah'], 'فاطمة', 1),
            (['Aisha', 'Ayesha', 'Aysha'], 'عائشة', .7), (['Mariam', 'Maryam'], 'مريم', .8), (['Noura', 'Nora', 'Nura'], 'نورة', .6),
            (['Reza', 'Riza'], 'رضا', .5), (['Imran', 'Emran'], 'عمران', .5), (['Bilal'], 'بلال', .4)]
AR_FAM = [(['Al Mansoori', 'Al-Mansoori', 'Almansoori', 'Al Mansouri'], 'المنصوري'),
          (['Al Shamsi', 'Al-Shamsi', 'Alshamsi'], 'الشامسي'), (['Al Nuaimi', 'Al-Nuaimi', 'Al Nuaimy'], 'النعيمي'),
          (['Al Hashimi', 'Al-Hashemi', 'Alhashmi'], 'الهاشمي'), (['Al Ketbi', 'Al-Kitbi'], 'الكتبي'),
          (['Al Mazrouei', 'Al Mazroui', 'Al-Mazrouei'], 'المزروعي'), (['Al Falasi', 'Alfalasi', 'Al-Falasi'], 'الفلاسي'),
          (['Al Suwaidi', 'Al-Suwaidi', 'Alsuwaidi'], 'السويدي'), (['Khan'], 'خان'), (['Haddad', 'Hadad'], 'حداد'),
          (['Nasser', 'Naser', 'Nasir'], 'ناصر'), (['Hamdan'], 'حمدان'), (['Qureshi', 'Kureshi', 'Qurashi'], 'قرشي'),
          (['Rahimi', 'Rahemi'], 'رحيمي'), (['Hosseini', 'Husseini', 'Hussaini'], 'حسيني'), (['Karimi', 'Kareemi'], 'كريمي'),
          (['Ali'], 'علي'), (['Abbas'], 'عباس'), (['Sheikh', 'Shaikh'], 'شيخ'), (['Malik'], 'مالك')]
AR_FIRST_WP = WP([(r, r[2]) for r in AR_FIRST])


def p_ar(rng):
    f = AR_FIRST_WP(rng)
    fa = AR_FIRST_WP(rng) if rng.random() < .5 else None
    l = pick(rng, AR_FAM)
    sp = lambda alts: alts[0] if rng.random() < .6 else pick(rng, alts)
    F_, L_ = sp(f[0]), sp(l[0])
    Fa_ = sp(fa[0]) if fa else None
    F = [('%s %s' % (F_, L_), 3), (('%s %s' % (F_, L_)).upper(), 1.2)]
    if Fa_:
        F += [('%s %s %s' % (F_, Fa_, L_), 3), ('%s bin %s %s' % (F_, Fa_, L_), .6),
              (('%s %s %s' % (F_, Fa_, L_)).upper(), .8)]
    for a in f[0]:
        if a != F_:
            F.append(('%s %s' % (a, L_), .25))
    for a in l[0]:
        if a != L_:
            F.append(('%s %s' % (F_, a), .3))
    F.append((f[1] + ' ' + ((fa[1] + ' ') if fa else '') + l[1], .8))
    F.append(('%s, %s' % (L_, F_), .2))
    return Person(F, 'ar')


TR_M = ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Hasan', 'İbrahim', 'İsmail', 'Osman', 'Yusuf', 'Murat',
        'Ömer', 'Emre', 'Burak', 'Serkan', 'Kemal', 'Oğuz', 'Barış', 'Cem', 'Onur', 'Volkan', 'Tolga', 'Uğur']
TR_F = ['Ayşe', 'Fatma', 'Emine', 'Hatice', 'Zeynep', 'Elif', 'Merve', 'Özlem', 'Selin', 'Gül', 'Esra', 'Büşra']
TR_L = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir',
        'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Kara', 'Koç', 'Kurt', 'Özkan', 'Şimşek', 'Polat',
        'Korkmaz', 'Erdoğan', 'Güneş', 'Aksoy', 'Tekin', 'Acar', 'Bulut', 'Karaca', 'Ünal', 'Güler']


def p_tr(rng):
    fs = TR_M if rng.random() < .78 else TR_F
    f = pick(rng, fs)
    f2 = pick(rng, fs) if rng.random() < .2 else None
    l = pick(rng, TR_L)
    full = ('%s %s %s' % (f, f2, l)) if f2 else ('%s %s' % (f, l))
    F = [(full, 4), (fold(full), 2.5), (tr_upper(full), 1.5), (fold(full).upper(), 1), ('%s, %s' % (l, f), .3)]
    if f2:
        F += [('%s %s' % (f, l), 1.5), ('%s. %s %s' % (f[0], f2, l), .3), (fold('%s %s' % (f2, l)), .5)]
    return Person(F, 'tr')


IN_FM = ['Rajesh', 'Ramesh', 'Suresh', 'Amit', 'Anil', 'Sunil', 'Vijay', 'Sanjay', 'Rahul', 'Rohit', 'Arjun',
         'Vikram', 'Deepak', 'Manoj', 'Srinivas', 'Venkatesh', 'Karthik', 'Abhishek', 'Arun', 'Nikhil',
         'Pradeep', 'Ashok', 'Mohammed', 'Imran', 'Gaurav', 'Ankit', 'Siddharth', 'Harish']
IN_FF = ['Priya', 'Anjali', 'Pooja', 'Neha', 'Sneha', 'Kavita', 'Lakshmi', 'Divya', 'Meera', 'Sunita', 'Shreya']
IN_L = ['Sharma', 'Verma', 'Gupta', 'Singh', 'Kumar', 'Patel', 'Shah', 'Reddy', 'Rao', 'Iyer', 'Nair', 'Menon',
        'Agarwal', 'Jain', 'Mehta', 'Chopra', 'Kapoor', 'Malhotra', 'Bose', 'Das', 'Banerjee', 'Chatterjee',
        'Mukherjee', 'Pillai', 'Naidu', 'Joshi', 'Desai', 'Khan', 'Sinha', 'Mishra', 'Pandey', 'Yadav',
        'Krishnan', 'Subramanian']
IN_ALT = {'Agarwal': ['Aggarwal', 'Agrawal'], 'Srinivas': ['Shrinivas', 'Srinivasa'], 'Mohammed': ['Mohd', 'Mohammad'],
          'Chatterjee': ['Chatterji'], 'Banerjee': ['Bannerjee', 'Banerji'], 'Mukherjee': ['Mukherji'],
          'Karthik': ['Kartik', 'Karthick'], 'Subramanian': ['Subramaniam'], 'Iyer': ['Iyar']}


def p_in(rng):
    f = pick(rng, IN_FM if rng.random() < .75 else IN_FF)
    if rng.random() < .18:
        # south-indian style: initial of father's name + given name
        fa = pick(rng, ['Krishnan', 'Ramaswamy', 'Subramanian', 'Venkataraman', 'Natarajan', 'Gopalan'])
        F = [('%s. %s' % (fa[0], f), 3), ('%s %s' % (f, fa), 3), ('%s %s' % (f, fa[0]), 1), (('%s %s' % (f, fa)).upper(), 1)]
        return Person(F, 'in')
    l = pick(rng, IN_L)
    m = pick(rng, ['Kumar', 'Prasad', 'Chandra', 'Mohan', 'Nath', 'Lal', 'Raj']) if rng.random() < .4 else None
    F = [('%s %s' % (f, l), 3), (('%s %s' % (f, l)).upper(), 1)]
    if m:
        F += [('%s %s %s' % (f, m, l), 3), ('%s %s. %s' % (f, m[0], l), 1), ('%s %s %s' % (l.upper(), f.upper(), m.upper()), .5),
              ('%s. %s. %s' % (f[0], m[0], l), .3)]
    F.append(('%s, %s' % (l, f), .3))
    for k in (f, l):
        for a in IN_ALT.get(k, []):
            F.append((('%s %s' % (f, l)).replace(k, a), .5))
    return Person(F, 'in')


MY_FM = ['Ahmad', 'Muhammad', 'Mohd', 'Abdul', 'Faizal', 'Hafiz', 'Azman', 'Rizal', 'Shahrul', 'Zulkifli',
         'Ismail', 'Hakim', 'Amir', 'Razak', 'Firdaus', 'Syafiq', 'Aiman']
MY_FF = ['Nur', 'Siti', 'Aisyah', 'Farah', 'Nurul', 'Aminah', 'Zarina', 'Nadia', 'Liyana']
MY_FA = ['Abdullah', 'Ismail', 'Hassan', 'Ibrahim', 'Yusof', 'Osman', 'Ahmad', 'Razak', 'Hamid', 'Rahman', 'Salleh', 'Omar', 'Kassim']


def p_my(rng):
    male = rng.random() < .75
    pool = MY_FM if male else MY_FF
    f = pick(rng, pool)
    if rng.random() < .6:
        f = f + ' ' + pick(rng, [x for x in pool if x != f])
    fa = pick(rng, MY_FA)
    b = 'bin' if male else 'binti'
    F = [('%s %s %s' % (f, b, fa), 3), ('%s %s' % (f, fa), 2), ('%s %s %s' % (f, b.capitalize(), fa), 1),
         (('%s %s %s' % (f, b, fa)).upper(), 1.5), ('%s %s. %s' % (f, b[0].upper(), fa), .4)]
    if 'Muhammad' in f:
        for a in ('Mohd', 'Mohamad', 'Muhd'):
            F.append((('%s %s %s' % (f, b, fa)).replace('Muhammad', a), .5))
    return Person(F, 'my')


VN_S = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9.5), ('Phạm', 7), ('Hoàng', 5), ('Huỳnh', 5), ('Phan', 4.5), ('Vũ', 3.9),
        ('Võ', 3.9), ('Đặng', 2.1), ('Bùi', 2), ('Đỗ', 1.4), ('Hồ', 1.3), ('Ngô', 1.3), ('Dương', 1), ('Lý', .5)]
VN_S_WP = WP(VN_S)
VN_MID_M = ['Văn', 'Minh', 'Đức', 'Hữu', 'Quang', 'Thanh', 'Công', 'Hoàng', 'Thành']
VN_MID_F = ['Thị', 'Ngọc', 'Thanh', 'Minh', 'Thu']
VN_G = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hương', 'Lan', 'Linh', 'Long', 'Minh', 'Nam', 'Phương', 'Quân',
        'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Việt', 'Hải', 'Hiếu', 'Khoa', 'Huy', 'Phúc', 'Thắng', 'Tâm', 'Vy', 'Ngân']


def p_vn(rng):
    s = VN_S_WP(rng)
    m = pick(rng, VN_MID_M if rng.random() < .7 else VN_MID_F)
    g = pick(rng, VN_G)
    full = '%s %s %s' % (s, m, g)
    fo = fold(full)
    F = [(full, 4), (fo, 4), (fo.upper(), 1.5), (full.upper(), .5), (fold('%s %s' % (g, s)), 1),
         (fold('%s %s %s' % (g, m, s)), .8), (fold('%s %s' % (s, g)), .5)]
    return Person(F, 'vn')


BR_F = ['João', 'José', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Marcos', 'Luiz', 'Gabriel', 'Rafael', 'Fernando',
        'Ricardo', 'Rodrigo', 'Eduardo', 'Maria', 'Ana', 'Juliana', 'Fernanda', 'Patrícia', 'Camila', 'Beatriz', 'Thiago']
BR_L = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
        'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa',
        'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas',
        'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira']


def p_br(rng):
    g = [pick(rng, BR_F)]
    if rng.random() < .45:
        g.append(pick(rng, BR_F))
    ls = [pick(rng, BR_L) for _ in range(1 + (rng.random() < .6) + (rng.random() < .2))]
    if rng.random() < .4:
        ls[-1] = pick(rng, ['da ', 'dos ', 'de ']) + ls[-1]
    full = ' '.join(g + ls)
    last = ls[-1].split()[-1]
    F = [(full, 3), (fold(full), 2), (fold(full).upper(), 1.5), ('%s %s' % (g[0], last), 2),
         ('%s %s %s' % (g[0], ' '.join(x[0] + '.' for x in (g[1:] + ls[:-1])), ls[-1]), .5)]
    if 'Souza' in full:
        F.append((full.replace('Souza', 'Sousa'), .3))
    return Person(F, 'br')


MX_F = ['José', 'Juan', 'Luis', 'Carlos', 'Jorge', 'Miguel', 'Alejandro', 'Francisco', 'Fernando', 'Ricardo',
        'María', 'Guadalupe', 'Ana', 'Sofía', 'Gabriela', 'Verónica', 'José Luis', 'Juan Carlos', 'María Fernanda']
MX_L = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Cruz',
        'Flores', 'Gómez', 'Morales', 'Vázquez', 'Jiménez', 'Reyes', 'Díaz', 'Torres', 'Gutiérrez', 'Ruiz',
        'Mendoza', 'Aguilar', 'Ortiz', 'Castillo']


def p_mx(rng):
    g = pick(rng, MX_F)
    p, m = pick(rng, MX_L), pick(rng, MX_L)
    full = '%s %s %s' % (g, p, m)
    gi = ' '.join([g.split()[0][0] + '.'] + g.split()[1:])
    F = [(full, 3), (fold(full), 2), (fold(full).upper(), 1.2), ('%s %s' % (g, p), 2), ('%s %s %s.' % (gi, p, m[0]), .3),
         (fold('%s %s %s' % (p, m, g)).upper(), .6), ('%s %s, %s' % (p, m, g), .3)]
    return Person(F, 'mx')


DE_F = ['Thomas', 'Michael', 'Andreas', 'Stefan', 'Christian', 'Markus', 'Alexander', 'Jürgen', 'Klaus', 'Wolfgang',
        'Frank', 'Matthias', 'Tobias', 'Jan', 'Florian', 'Sebastian', 'Sabine', 'Claudia', 'Julia', 'Anna',
        'Katharina', 'Petra', 'Susanne', 'Jörg', 'Björn', 'Günter', 'Hans-Peter', 'Karl-Heinz']
DE_L = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann',
        'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann',
        'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Schmitt', 'Werner', 'Krause', 'Meier', 'Lehmann',
        'Köhler', 'Weiß', 'Jäger', 'Groß']


def p_de(rng):
    f, l = pick(rng, DE_F), pick(rng, DE_L)
    full = '%s %s' % (f, l)
    F = [(full, 4), ('%s, %s' % (l, f), .8), ('%s, %s' % (l.upper(), f), .3), ('%s. %s' % (f[0], l), .4), (full.upper(), .5)]
    if full != de_umlaut(full):
        F += [(de_umlaut(full), 1.2), (fold(full), .6)]
    if rng.random() < .1:
        F.append(('Dr. ' + full, 1.5))
    return Person(F, 'de')


NL_F = ['Jan', 'Pieter', 'Johannes', 'Willem', 'Hendrik', 'Kees', 'Bram', 'Daan', 'Sander', 'Joost', 'Maarten',
        'Ruud', 'Anne', 'Sanne', 'Eva', 'Lotte', 'Femke', 'Marieke', 'Thijs', 'Niels']
NL_L = ['de Vries', 'de Jong', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
        'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra',
        'Smits', 'de Graaf', 'van der Meer', 'van den Berg', 'van der Linden', 'Kok', 'Jacobs', 'de Haan',
        'Vermeulen', 'van der Heijden']


def p_nl(rng):
    f, l = pick(rng, NL_F), pick(rng, NL_L)
    parts = l.split()
    tv, core = ' '.join(parts[:-1]), parts[-1]
    F = [('%s %s' % (f, l), 4), ('%s. %s' % (f[0], l), 1), ((f + ' ' + l[:1].upper() + l[1:]), .8),
         (('%s %s' % (f, l)).upper(), .5)]
    if tv:
        F += [('%s, %s %s' % (core, f, tv), .4), ('%s %s, %s' % (tv, core, f), .3)]
    if rng.random() < .3:
        F.append(('%s.%s. %s' % (f[0], pick(rng, 'JMAHPW'), l), .6))
    return Person(F, 'nl')


EN_F = [('William', ['Bill', 'Will']), ('Robert', ['Bob', 'Rob']), ('Michael', ['Mike']), ('James', ['Jim', 'Jamie']),
        ('Richard', ['Rick', 'Rich']), ('Thomas', ['Tom']), ('Christopher', ['Chris']), ('Daniel', ['Dan', 'Danny']),
        ('Matthew', ['Matt']), ('Elizabeth', ['Liz', 'Beth']), ('Katherine', ['Kate', 'Kathy']),
        ('Jennifer', ['Jen', 'Jenny']), ('Andrew', ['Andy', 'Drew']), ('Alexander', ['Alex']), ('Jonathan', ['Jon']),
        ('Steven', ['Steve']), ('Joseph', ['Joe']), ('David', ['Dave']), ('John', ['Jack']), ('Mary', []), ('Sarah', []),
        ('Emily', []), ('Jessica', ['Jess']), ('Patricia', ['Pat', 'Trish']), ('Charles', ['Charlie', 'Chuck']),
        ('Edward', ['Ed', 'Ted']), ('Benjamin', ['Ben']), ('Samuel', ['Sam']), ('Nicholas', ['Nick']),
        ('Anthony', ['Tony']), ('Margaret', ['Maggie', 'Peggy']), ('Susan', ['Sue']), ('Laura', []), ('Rachel', []),
        ('Kevin', []), ('Brian', []), ('Mark', []), ('Paul', []), ('George', []), ('Oliver', ['Ollie']), ('Harry', []),
        ('Emma', []), ('Olivia', [])]
EN_F_WP = WP(zipf_pairs(EN_F, 0.5))
EN_L = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas',
        'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young',
        'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Hill', 'Campbell', 'Mitchell',
        'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins', 'Edwards', 'Stewart', 'Morris',
        'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed', 'Bailey', 'Bell', 'Kelly', 'Howard',
        'Ward', 'Cox', 'Richardson', 'Wood', 'Watson', 'Brooks', 'Bennett', 'Gray', 'Hughes', 'Price', "O'Brien",
        'McDonald', 'MacLeod', "O'Connor"]
EN_L_WP = WP(zipf_pairs(EN_L, 0.7))


def p_en(rng):
    f, nicks = EN_F_WP(rng)
    l = EN_L_WP(rng)
    mi = pick(rng, 'ABCDEFGHJKLMNPRSTW') if rng.random() < .5 else None
    F = [('%s %s' % (f, l), 4), ('%s, %s' % (l.upper(), f), .5), ('%s, %s' % (l, f), .5), (('%s %s' % (f, l)).upper(), 1),
         (('%s %s' % (f, l)).lower(), .2), ('%s. %s' % (f[0], l), .3)]
    if mi:
        F.append(('%s %s. %s' % (f, mi, l), 1.5))
    if nicks:
        F.append(('%s %s' % (nicks[0], l), 1))
    if "'" in l:
        F += [(('%s %s' % (f, l.replace("'", ''))), .5), (('%s %s' % (f, l.replace("'", ' '))), .2)]
    return Person(F, 'en')


CY_F = [('Ανδρέας', ['Andreas']), ('Γεώργιος', ['Georgios', 'George', 'Yiorgos']), ('Χρήστος', ['Christos', 'Chris']),
        ('Νικόλαος', ['Nikolaos', 'Nicolas', 'Nicos', 'Nikos']), ('Κωνσταντίνος', ['Konstantinos', 'Constantinos', 'Costas']),
        ('Μιχάλης', ['Michalis', 'Michael']), ('Παναγιώτης', ['Panayiotis', 'Panagiotis', 'Panos']), ('Μάριος', ['Marios']),
        ('Στέλιος', ['Stelios']), ('Μαρία', ['Maria']), ('Ελένη', ['Eleni', 'Helen']), ('Άννα', ['Anna']),
        ('Χριστίνα', ['Christina']), ('Δέσποινα', ['Despina']), ('Σάββας', ['Savvas', 'Savas'])]
CY_L = [('Γεωργίου', ['Georgiou']), ('Ιωάννου', ['Ioannou']), ('Κωνσταντίνου', ['Constantinou', 'Konstantinou']),
        ('Χριστοδούλου', ['Christodoulou']), ('Νικολάου', ['Nicolaou', 'Nikolaou']),
        ('Χαραλάμπους', ['Charalambous', 'Haralambous', 'Charalampous']), ('Παπαδόπουλος', ['Papadopoulos']),
        ('Αντωνίου', ['Antoniou']), ('Μιχαήλ', ['Michael', 'Michail']), ('Κυριάκου', ['Kyriakou', 'Kiriakou']),
        ('Σάββα', ['Savva']), ('Δημητρίου', ['Demetriou', 'Dimitriou']), ('Παναγιώτου', ['Panayiotou', 'Panagiotou']),
        ('Χατζηγεωργίου', ['Hadjigeorgiou', 'Chatzigeorgiou']), ('Λοΐζου', ['Loizou']), ('Ευαγγέλου', ['Evangelou'])]


def p_cy(rng):
    f, l = pick(rng, CY_F), pick(rng, CY_L)
    F_, L_ = f[1][0], l[1][0]
    F = [('%s %s' % (F_, L_), 4), (('%s %s' % (F_, L_)).upper(), 1.5), ('%s %s' % (f[0], l[0]), 1),
         ('%s. %s' % (F_[0], L_), .3), ('%s %s' % (L_, F_), .4)]
    for a in f[1][1:]:
        F.append(('%s %s' % (a, L_), .5))
    for a in l[1][1:]:
        F.append(('%s %s' % (F_, a), .6))
    return Person(F, 'cy')


PGEN = {
    'cn': lambda rng, **k: p_zh(rng, 'cn', **k), 'tw': lambda rng, **k: p_zh(rng, 'tw', **k),
    'hk': lambda rng, **k: p_zh(rng, 'hk', **k), 'sgcn': lambda rng, **k: p_zh(rng, 'sg', **k),
    'jp': lambda rng, **k: p_jp(rng, **k), 'kr': lambda rng, **k: p_kr(rng, **k),
    'ru': lambda rng, **k: p_ru(rng, False, **k), 'kz': lambda rng, **k: p_ru(rng, True, **k),
    'ar': lambda rng, **k: p_ar(rng), 'tr': lambda rng, **k: p_tr(rng), 'in': lambda rng, **k: p_in(rng),
    'my': lambda rng, **k: p_my(rng), 'vn': lambda rng, **k: p_vn(rng), 'br': lambda rng, **k: p_br(rng),
    'mx': lambda rng, **k: p_mx(rng), 'de': lambda rng, **k: p_de(rng), 'nl': lambda rng, **k: p_nl(rng),
    'en': lambda rng, **k: p_en(rng), 'cy': lambda rng, **k: p_cy(rng),
}


def make_person(rng, cult, **kw):
    return PGEN[cult](rng, **kw)


def relative(rng, p):
    """A different person sharing the family name where the culture allows it."""
    c = p.cult
    if c.startswith('zh-') and p.sur is not None:
        return p_zh(rng, c[3:], sur=p.sur)
    if c == 'kr' and p.sur is not None:
        return p_kr(rng, sur=p.sur)
    if c == 'jp' and p.sur is not None:
        return p_jp(rng, sur=p.sur)
    if c in ('ru', 'kz') and p.sur is not None:
        return p_ru(rng, c == 'kz', sur=p.sur)
    return make_person(rng, {'zh-cn': 'cn'}.get(c, c) if c in PGEN else 'en')

# ============================================================ company names

class Company(object):
    __slots__ = ('wp', 'slug', 'canon', 'brand')

    def __init__(self, forms, slug, brand=None):
        self.wp = WP(forms)
        self.slug = slug
        self.canon = forms[0][0]
        self.brand = brand

    def render(self, rng, tp=0.008):
        s = self.wp(rng)
        if tp and rng.random() < tp:
            s = typo(rng, s)
        return space_noise(rng, s)


# simp|trad|pinyin|cantonese
ZH_BR = rows("""
恒|恒|heng|hang
达|達|da|tat
华|華|hua|wah
信|信|xin|shun
鑫|鑫|xin|yam
源|源|yuan|yuen
中|中|zhong|chung
科|科|ke|fo
博|博|bo|pok
远|遠|yuan|yuen
天|天|tian|tin
宇|宇|yu|yu
星|星|xing|sing
辰|辰|chen|san
云|雲|yun|wan
图|圖|tu|to
智|智|zhi|chi
瑞|瑞|rui|sui
丰|豐|feng|fung
金|金|jin|kam
盛|盛|sheng|shing
宏|宏|hong|wang
海|海|hai|hoi
纳|納|na|nap
启|啟|qi|kai
明|明|ming|ming
联|聯|lian|luen
创|創|chuang|chong
泰|泰|tai|tai
和|和|he|wo
龙|龍|long|lung
腾|騰|teng|tang
锦|錦|jin|kam
德|德|de|tak
润|潤|run|yun
新|新|xin|sun
东|東|dong|tung
方|方|fang|fong
亚|亞|ya|a
嘉|嘉|jia|ka
富|富|fu|fu
永|永|yong|wing
万|萬|wan|man
通|通|tong|tung
长|長|chang|cheung
光|光|guang|kwong
辉|輝|hui|fai
越|越|yue|yuet
峰|峰|feng|fung
旭|旭|xu|yuk
飞|飛|fei|fei
鸿|鴻|hong|hung
兴|興|xing|hing
隆|隆|long|lung
昌|昌|chang|cheong
""")
# simp|trad|en|pinyin|weight
ZH_IND = rows("""
科技|科技|Technology|keji|6
信息技术|資訊科技|Information Technology|xinxi jishu|2
网络科技|網絡科技|Network Technology|wangluo keji|2
贸易|貿易|Trading|maoyi|4
电子|電子|Electronics|dianzi|2
实业|實業|Industrial|shiye|1
投资|投資|Investment|touzi|1.5
供应链管理|供應鏈管理|Supply Chain Management|gongyinglian guanli|1
数据科技|數據科技|Data Technology|shuju keji|1.5
计算机|電腦|Computer|jisuanji|.8
智能科技|智能科技|Intelligent Technology|zhineng keji|1.5
国际贸易|國際貿易|International Trading|guoji maoyi|1.5
控股|控股|Holdings|konggu|1
进出口|進出口|Import & Export|jinchukou|1
软件|軟件|Software|ruanjian|1
云计算|雲計算|Cloud Computing|yunjisuan|1
人工智能|人工智能|Artificial Intelligence|rengong zhineng|1
""")
ZH_IND_WP = WP([(r, float(r[4])) for r in ZH_IND])

_eb = []
for _w in ('Global Pacific Atlas Nova Apex Blue Silver Golden Bright Star Sun Orient Asia Euro Union Prime Vertex '
           'Quantum Nexus Zenith Horizon Summit Eagle Dragon Phoenix Lotus Jade Harbor Crown Royal Grand Smart '
           'Digital Cyber Cloud Data Alpha Omega Delta Sigma Titan Polar Arctic Crystal Infinite United First New '
           'Great Evergreen Sino Trans Inter Metro Rapid Swift Bridge Peak Core Fusion Vector Orbit Stellar Radiant '
           'Falcon Tiger Lion Oak Maple Cedar River Ocean Sky Sterling Liberty Pioneer Frontier Keystone Cobalt '
           'Onyx Ember Aurora Vega Lumen Neo Hyper Deep Tensor Neural Quant Matrix Pixel Bit Byte Logic Signal Wave '
           'Spark Flux Helix Axiom Vantage Nimbus Cirrus Zephyr Meridian Paragon Pinnacle Sapphire Emerald Ruby').split():
    _eb.append((_w, 1.0))
for _w in ['Golden Dragon', 'Blue Ocean', 'Silver Star', 'Red Sun', 'Green Leaf', 'Sky Bridge', 'Deep Blue',
           'New Horizon', 'Great Wall', 'Pacific Rim', 'Silk Road', 'Bright Future', 'Blue Sky', 'Star Link']:
    _eb.append((_w, .7))
for _w in ['Global', 'Asia', 'Pacific', 'Smart', 'Digital', 'Cloud', 'Data', 'Star', 'Prime', 'United']:
    _eb.append((_w, 3.0))   # the generic ones dominate
EN_BRAND_WP = WP(_eb)
EN_IND_WP = WP([('Technology', 6), ('Technologies', 6), ('Tech', 5), ('Trading', 5), ('Holdings', 4), ('Solutions', 5),
                ('Systems', 3), ('Capital', 2), ('Ventures', 1.5), ('Investments', 1.5), ('Logistics', 1.2),
                ('Networks', 1.5), ('Computing', 2), ('Data', 2), ('AI', 2.5), ('Labs', 2), ('Consulting', 1.2),
                ('Services', 2), ('Enterprises', 1.2), ('Group', 2), ('International', 3), ('Industries', .8),
                ('Supply Chain', .5), ('Import & Export', .6), ('Electronics', 1), ('Semiconductor', .5),
                ('Software', 1.5), ('Digital', 1.2), ('Media', .6), ('Resources', .8), ('Cloud', 1.5),
                ('Analytics', 1), ('Robotics', .5), ('Compute', 1), ('Research', .6), ('Innovations', .8),
                ('Dynamics', .6), ('Partners', .6)])

LAT = {
    'de': (['Nordlicht', 'Alpen', 'Rhein', 'Spree', 'Elbe', 'Hanse', 'Bavaria', 'Schwarzwald', 'Isar', 'Main',
            'Adler', 'Falken', 'Berg', 'Stern', 'Blau', 'Licht', 'Quell', 'Kraft', 'Netz', 'Daten', 'Rechen', 'Wolken',
            'Nord', 'Süd', 'Ost', 'West', 'Zukunft'],
           ['Datentechnik', 'IT-Service', 'Systemhaus', 'Software', 'Technologies', 'Consulting', 'Handels',
            'Beteiligungs', 'Informatik', 'Rechenzentrum', 'Digital', 'Cloud Solutions', 'Data Labs', 'KI Systeme']),
    'nl': (['Oranje', 'Polder', 'Delta', 'Tulp', 'Molen', 'Noordzee', 'Amstel', 'Maas', 'Rijn', 'Zuid', 'Noord',
            'Groen', 'Dijk', 'Haven', 'Holland', 'Dutch', 'Lage Landen'],
           ['Data', 'IT Diensten', 'Techniek', 'Handel', 'Holding', 'Beheer', 'Software', 'Cloud', 'Digital',
            'Solutions', 'Rekencentrum']),
    'tr': (['Anadolu', 'Marmara', 'Ege', 'Boğaziçi', 'Kuzey', 'Yıldız', 'Doğu', 'Karadeniz', 'Atlas', 'Kartal', 'Deniz',
            'Akdeniz', 'Toros', 'Başkent', 'Zirve', 'Yeni', 'Mavi', 'Altın', 'Demir', 'Güneş', 'Efes', 'Truva',
            'Kapadokya', 'Umut', 'Vizyon'],
           ['Bilişim', 'Teknoloji', 'Yazılım', 'Dış Ticaret', 'Elektronik', 'Danışmanlık', 'Veri Hizmetleri',
            'Bilgi Teknolojileri', 'Bilişim Hizmetleri', 'Enerji', 'Sanayi ve Ticaret']),
    'br': (['Nuvem', 'Horizonte', 'Atlântico', 'Cruzeiro', 'Amazônia', 'Paulista', 'Carioca', 'Ipê', 'Jacarandá', 'Sol',
            'Estrela', 'Vértice', 'Alfa', 'Sertão', 'Pampa', 'Aurora', 'Brasil', 'Tupi', 'Guanabara', 'Serra'],
           ['Tecnologia', 'Sistemas', 'Informática', 'Soluções Digitais', 'Comércio', 'Serviços', 'Dados',
            'Consultoria', 'Participações', 'Computação', 'Inteligência Artificial']),
    'mx': (['Azteca', 'Maya', 'Sierra', 'Pacífico', 'Golfo', 'Águila', 'Sol', 'Jaguar', 'Nopal', 'Olmeca', 'Anáhuac',
            'Bajío', 'Cumbre', 'Frontera', 'Centauro', 'Quetzal', 'Norteña', 'Altamira', 'Del Norte'],
           ['Tecnología', 'Sistemas', 'Soluciones Digitales', 'Comercializadora', 'Servicios', 'Datos', 'Consultores',
            'Inversiones', 'Grupo', 'Cómputo', 'Informática']),
    'in': (['Sai', 'Shree', 'Lakshmi', 'Ganesha', 'Vedic', 'Aryan', 'Bharat', 'Indus', 'Ganga', 'Himalaya', 'Saffron',
            'Lotus', 'Krishna', 'Surya', 'Navya', 'Aadi', 'Tejas', 'Prakash', 'Kaveri', 'Deccan', 'Sahyadri',
            'Akshara', 'Nexgen', 'Cyber', 'Info', 'Digi', 'Quantum', 'Sri Venkateswara'],
           ['Infotech', 'Technologies', 'Infosystems', 'Software Solutions', 'Softech', 'IT Services',
            'Consultancy Services', 'Exports', 'Digital', 'Data Systems', 'Analytics', 'Computing', 'Infoway', 'Tech Labs']),
    'my': (['Mutiara', 'Cahaya', 'Bintang', 'Harimau', 'Gemilang', 'Jaya', 'Sinar', 'Mega', 'Perdana', 'Nusantara',
            'Borneo', 'Melaka', 'Kinabalu', 'Seri', 'Wawasan', 'Intan', 'Delima', 'Alam', 'Bumi', 'Setia'],
           ['Teknologi', 'Technology', 'Solutions', 'Digital', 'Systems', 'Enterprise', 'Resources', 'Holdings',
            'Trading', 'Network', 'Data Centre', 'Perdagangan', 'Sistem', 'Global']),
    'ae': (['Al Noor', 'Al Fajr', 'Gulf', 'Emirates', 'Desert Rose', 'Oasis', 'Falcon', 'Pearl', 'Al Safa', 'Al Baraka',
            'Najm', 'Al Amal', 'Marina', 'Palm', 'Crescent', 'Sahara', 'Arabian', 'Al Majd', 'Dune', 'Al Reem',
            'Khaleej', 'Al Waha', 'Silk Road', 'Horizon'],
           ['Technologies', 'IT Solutions', 'General Trading', 'Computer Trading', 'Electronics Trading',
            'Data Solutions', 'Information Technology', 'Consultancy', 'Investments', 'Digital Services',
            'Cloud Services', 'Holding']),
    'cy': (['Aphrodite', 'Kyrenia', 'Olympus', 'Troodos', 'Limassol', 'Hermes', 'Poseidon', 'Athena', 'Apollo', 'Zeus',
            'Ariadne', 'Minerva', 'Paphos', 'Akamas', 'Kition', 'Salamis', 'Ledra', 'Mesogios', 'Amathus'],
           ['Holdings', 'Investments', 'Capital', 'Trading', 'Services', 'Management', 'Technologies', 'Ventures']),
}

LEGAL = {
    'US': [(['Inc.', 'Inc', 'Incorporated', 'INC.'], 4), (['LLC', 'L.L.C.', 'Llc', 'LLC.'], 5), (['Corp.', 'Corp', 'Corporation'], 1.5)],
    'GB': [(['Ltd', 'Limited', 'Ltd.', 'LTD'], 8), (['LLP', 'L.L.P.'], .6), (['PLC', 'plc'], .2)],
    'DE': [(['GmbH', 'Gmbh', 'G.m.b.H.', 'GMBH'], 8), (['UG (haftungsbeschränkt)', 'UG (haftungsbeschraenkt)', 'UG'], 2),
           (['AG'], .6), (['GmbH & Co. KG', 'GmbH & Co KG'], .6)],
    'NL': [(['B.V.', 'BV', 'B.V', 'bv'], 9), (['N.V.', 'NV'], .3)],
    'SG': [(['Pte. Ltd.', 'Pte Ltd', 'Private Limited', 'PTE. LTD.', 'Pte. Limited'], 9), (['LLP'], .3)],
    'HK': [(['Limited', 'Ltd', 'Ltd.', 'LIMITED'], 6), (['Company Limited', 'Co., Limited', 'Co., Ltd', 'Co. Ltd'], 3)],
    'AE': [(['FZE', 'F.Z.E', 'FZE.'], 3), (['FZ-LLC', 'FZ LLC', 'FZLLC'], 2.5), (['FZCO', 'F.Z.CO', 'FZ CO'], 2.5),
           (['LLC', 'L.L.C', 'L.L.C.'], 3), (['DMCC'], 1.5)],
    'TR': [(['A.Ş.', 'A.S.', 'AŞ', 'Anonim Şirketi', 'A.Ş'], 3), (['Ltd. Şti.', 'Ltd. Sti.', 'Limited Şirketi', 'LTD. ŞTİ.'], 5),
           (['San. ve Tic. Ltd. Şti.', 'Sanayi ve Ticaret Limited Şirketi', 'San. Tic. Ltd. Şti.'], 2)],
    'IN': [(['Pvt. Ltd.', 'Private Limited', 'Pvt Ltd', 'Pvt. Limited', '(P) Ltd', 'PRIVATE LIMITED'], 8), (['LLP'], 1), (['Limited', 'Ltd'], 1)],
    'MY': [(['Sdn. Bhd.', 'Sdn Bhd', 'SDN. BHD.', 'Sendirian Berhad', 'SDN BHD'], 9), (['Berhad', 'Bhd'], .5)],
    'BR': [(['Ltda.', 'LTDA', 'Ltda'], 7), (['S.A.', 'S/A', 'SA'], 1.5), (['ME', 'EIRELI', '- ME'], 1)],
    'MX': [(['S.A. de C.V.', 'SA de CV', 'S.A. DE C.V.', 'S.A. de C.V', 'Sociedad Anónima de Capital Variable'], 7),
           (['S. de R.L. de C.V.', 'S de RL de CV', 'S. de R.L. de C.V'], 2.5), (['S.A.P.I. de C.V.', 'SAPI de CV'], 1)],
    'CY': [(['Ltd', 'Limited', 'Ltd.', 'LTD', 'LIMITED'], 9)],
    'KZ': [(['LLP', 'L.L.P.', 'TOO'], 5)],
    'RU': [(['LLC', 'OOO', 'Ltd'], 5)],
    'CN': [(['Co., Ltd.', 'Co.,Ltd.', 'Co., Ltd', 'Company Limited', 'CO., LTD.'], 5)],
    'TW': [(['Co., Ltd.', 'Co.,Ltd.', 'Corp.', 'Corporation'], 5)],
    'JP': [(['Co., Ltd.', 'K.K.', 'Inc.', 'Corporation'], 5)],
    'KR': [(['Co., Ltd.', 'Inc.', 'Corp.'], 5)],
    'VN': [(['Company Limited', 'Co., Ltd', 'Co., Ltd.', 'LLC'], 5)],
}
LEGAL_WP = {k: WP(v) for k, v in LEGAL.items()}

JP_W = [('Nova', 'ノヴァ'), ('Apex', 'エイペックス'), ('Global', 'グローバル'), ('Sky', 'スカイ'), ('Link', 'リンク'),
        ('Next', 'ネクスト'), ('Smart', 'スマート'), ('Sun', 'サン'), ('Star', 'スター'), ('Core', 'コア'),
        ('Bridge', 'ブリッジ'), ('Wave', 'ウェーブ'), ('Frontier', 'フロンティア'), ('Vision', 'ビジョン'),
        ('Blue', 'ブルー'), ('Future', 'フューチャー'), ('Neo', 'ネオ'), ('Alpha', 'アルファ'), ('Prime', 'プライム'),
        ('Zen', 'ゼン'), ('Cross', 'クロス'), ('Quantum', 'クオンタム'), ('Tensor', 'テンソル'), ('Infinity', 'インフィニティ')]
JP_IND = [('Technology', 'テクノロジー'), ('Systems', 'システムズ'), ('Solutions', 'ソリューションズ'), ('Data', 'データ'),
          ('Networks', 'ネットワークス'), ('Lab', 'ラボ'), ('Computing', 'コンピューティング'), ('Digital', 'デジタル'),
          ('Trading', 'トレーディング'), ('AI', 'エーアイ'), ('Works', 'ワークス'), ('Innovation', 'イノベーション')]
JP_KANJI = [('富士', 'Fuji'), ('大和', 'Yamato'), ('東洋', 'Toyo'), ('日本', 'Nippon'), ('東京', 'Tokyo'), ('北斗', 'Hokuto'),
            ('朝日', 'Asahi'), ('三和', 'Sanwa'), ('昭和', 'Showa'), ('光', 'Hikari'), ('新星', 'Shinsei')]
JP_KIND = [('情報システム', 'Information Systems'), ('電子', 'Electronics'), ('商事', 'Shoji'), ('技研', 'Giken'),
           ('データ', 'Data'), ('通信', 'Communications'), ('計算機', 'Computer')]
KR_W = [('Next', '넥스트'), ('Cloud', '클라우드'), ('Data', '데이터'), ('Smart', '스마트'), ('Global', '글로벌'),
        ('Link', '링크'), ('Star', '스타'), ('Nova', '노바'), ('Apex', '에이펙스'), ('Bridge', '브릿지'), ('Wave', '웨이브'),
        ('Core', '코어'), ('Blue', '블루'), ('Hanil', '한일'), ('Daehan', '대한'), ('Samjin', '삼진'), ('Sejong', '세종'),
        ('Hanbit', '한빛'), ('Mirae', '미래'), ('Saehan', '새한'), ('Dongbang', '동방'), ('Taeyang', '태양')]
KR_IND = [('Tech', '테크'), ('Systems', '시스템즈'), ('Solution', '솔루션'), ('Data', '데이터'), ('Networks', '네트웍스'),
          ('Labs', '랩스'), ('Digital', '디지털'), ('International', '인터내셔널'), ('Trading', '트레이딩'), ('AI', '에이아이'),
          ('Soft', '소프트'), ('Information & Communication', '정보통신')]
RU_W = [('Альфа', 'Alpha'), ('Вектор', 'Vector'), ('Гранит', 'Granite'), ('Сибирь', 'Siberia'), ('Восток', 'Vostok'),
        ('Нева', 'Neva'), ('Орион', 'Orion'), ('Спектр', 'Spectrum'), ('Техно', 'Techno'), ('Интер', 'Inter'),
        ('Глобал', 'Global'), ('Прогресс', 'Progress'), ('Меридиан', 'Meridian'), ('Континент', 'Continent'),
        ('Аврора', 'Aurora'), ('Атлант', 'Atlant'), ('Север', 'Sever'), ('Байкал', 'Baikal'), ('Урал', 'Ural'),
        ('Волга', 'Volga'), ('Стрела', 'Strela'), ('Квант', 'Quantum'), ('Энерго', 'Energo'), ('Импульс', 'Impulse'),
        ('Гелиос', 'Helios'), ('Полярис', 'Polaris'), ('Цифра', 'Tsifra'), ('Нейро', 'Neuro'), ('Промсвязь', 'Promsvyaz')]
KZ_W = [('Астана', 'Astana'), ('Алатау', 'Alatau'), ('Тенгри', 'Tengri'), ('Сункар', 'Sunkar'), ('Номад', 'Nomad'),
        ('Каспий', 'Caspian'), ('Жетысу', 'Zhetysu'), ('Арман', 'Arman'), ('Бәйтерек', 'Baiterek'), ('Дала', 'Dala')]
RU_IND = [('Технологии', 'Technologies'), ('Системы', 'Systems'), ('Инвест', 'Invest'), ('Трейд', 'Trade'),
          ('Софт', 'Soft'), ('Дата', 'Data'), ('Групп', 'Group'), ('Сервис', 'Service'), ('Инжиниринг', 'Engineering'),
          ('Логистик', 'Logistics'), ('Вычислительные Системы', 'Computing Systems'), ('Телеком', 'Telecom'),
          ('', ''), ('', '')]
VN_W = ['Sao Việt', 'Hưng Thịnh', 'Phát Đạt', 'Minh Long', 'Thành Công', 'Đại Phát', 'Hoàng Gia', 'Tân Phú',
        'Việt Tiến', 'An Phát', 'Trường Thịnh', 'Phú Quý', 'Nam Á', 'Thiên Long', 'Hòa Bình', 'Bình Minh', 'Đông Á',
        'Sài Gòn', 'Hà Thành', 'Ánh Dương']
VN_IND = [('Công nghệ', 'Technology'), ('Thương mại', 'Trading'), ('Giải pháp Phần mềm', 'Software Solutions'),
          ('Dữ liệu', 'Data'), ('Đầu tư', 'Investment'), ('Dịch vụ Tin học', 'IT Services'),
          ('Xuất nhập khẩu', 'Import Export'), ('Công nghệ Thông tin', 'Information Technology'),
          ('Điện toán Đám mây', 'Cloud Computing')]

CN_CITY_CO = [('深圳市', 'Shenzhen', 5), ('上海市', 'Shanghai', 4), ('北京市', 'Beijing', 4), ('广州市', 'Guangzhou', 2),
              ('杭州市', 'Hangzhou', 2), ('成都市', 'Chengdu', 1), ('苏州市', 'Suzhou', 1), ('厦门市', 'Xiamen', .7),
              ('东莞市', 'Dongguan', .7), ('南京市', 'Nanjing', .7)]
CN_CITY_CO_WP = WP([(r, r[2]) for r in CN_CITY_CO])


def slugify(s):
    s = fold(s).lower()
    return re.sub(r'[^a-z0-9]+', '', s)


IND_SLUG = {'technology': ['tech', 'technology'], 'technologies': ['tech', 'technologies'], 'tech': ['tech'], 'trading': ['trade', 'trading'],
            'holdings': ['holdings', 'group'], 'solutions': ['solutions', 'sol'], 'systems': ['sys', 'systems'], 'capital': ['capital'],
            'networks': ['net', 'networks'], 'network': ['net'], 'computing': ['compute', 'computing'], 'data': ['data'], 'ai': ['ai'],
            'labs': ['labs'], 'software': ['soft', 'software'], 'cloud': ['cloud'], 'digital': ['digital'], 'international': ['intl', 'global'],
            'electronics': ['elec', 'electronics'], 'informationtechnology': ['it', 'infotech'], 'artificialintelligence': ['ai'],
            'cloudcomputing': ['cloud'], 'datatechnology': ['data', 'datatech'], 'intelligenttechnology': ['ai', 'smart'],
            'networktechnology': ['net', 'network'], 'internationaltrading': ['intl', 'trade'], 'infotech': ['infotech'],
            'informatica': ['info'], 'tecnologia': ['tec', 'tech'], 'teknoloji': ['tek', 'teknoloji'], 'bilisim': ['bilisim'],
            'yazilim': ['yazilim', 'soft'], 'datentechnik': ['daten', 'it'], 'itservice': ['it'], 'sistemas': ['sistemas'],
            'itservices': ['it'], 'compute': ['compute'], 'group': ['group'], 'research': ['research'], 'analytics': ['analytics']}


def ind_slug(rng, ind):
    k = slugify(ind)
    if k in IND_SLUG:
        return pick(rng, IND_SLUG[k])
    return k if len(k) <= 9 else ''


def zh_brand(rng):
    a, b = pick(rng, ZH_BR), pick(rng, ZH_BR)
    while b is a:
        b = pick(rng, ZH_BR)
    return dict(t='zh', s=a[0] + b[0], tr=a[1] + b[1], py=(a[2] + b[2]).capitalize(),
                pys=a[2].capitalize() + ' ' + b[2].capitalize(), ct=a[3].capitalize() + ' ' + b[3].capitalize())


def brand_latin(b):
    t = b['t']
    if t == 'zh':
        return b['py']
    if t == 'ru':
        return translit(b['cyr'], 'en') if b.get('en') is None or len(b['en']) < 3 else b['en']
    if t in ('jp', 'kr'):
        return b['en']
    if t == 'vn':
        return fold(b['w'])
    return b['w']


def new_brand(rng, cult):
    if cult in ('cn', 'hk', 'tw', 'sgcn'):
        return zh_brand(rng)
    if cult in ('ru', 'kz'):
        w = pick(rng, RU_W + (KZ_W if cult == 'kz' else []))
        return dict(t='ru', cyr=w[0], en=w[1])
    if cult == 'jp':
        w = pick(rng, JP_W)
        return dict(t='jp', kana=w[1], en=w[0])
    if cult == 'kr':
        w = pick(rng, KR_W)
        return dict(t='kr', hangul=w[1], en=w[0])
    if cult == 'vn':
        return dict(t='vn', w=pick(rng, VN_W))
    if cult in LAT and rng.random() < .75:
        return dict(t='lat', w=pick(rng, LAT[cult][0]))
    w = EN_BRAND_WP(rng)
    if rng.random() < .12:
        w2 = EN_BRAND_WP(rng)
        if w2 != w and ' ' not in w and ' ' not in w2:
            w = w + w2.lower() if rng.random() < .5 else w + ' ' + w2
    return dict(t='lat', w=w)


def _legal_forms(rng, cc, core, up=True, fold_p=0.0):
    L = LEGAL_WP.get(cc, LEGAL_WP['GB'])(rng)
    F = [('%s %s' % (core, L[0]), 5)]
    for v in L[1:]:
        F.append(('%s %s' % (core, v), 1.5 / len(L) * 2))
    if up:
        F.append((('%s %s' % (core, L[0])).upper(), 1))
    F.append((core, .5))
    if cc == 'US' and L[0].startswith('Inc'):
        F.append(('%s, %s' % (core, L[0]), .6))
    if fold_p:
        F.append((fold('%s %s' % (core, L[0])), fold_p))
    return F


def co_lat(rng, cc, cult, brand=None):
    b = brand or new_brand(rng, cult)
    bw = brand_latin(b)
    if cult in LAT and (brand is None or rng.random() < .6):
        ind = pick(rng, LAT[cult][1]) if rng.random() < .8 else EN_IND_WP(rng)
    else:
        ind = EN_IND_WP(rng)
    if ind.lower() == bw.lower() or ind.lower() in bw.lower().split():
        ind = pick(rng, ['Solutions', 'Technologies', 'Systems', 'Holdings', 'Trading'])
    r = rng.random()
    if cult == 'mx' and ind in ('Grupo', 'Comercializadora'):
        core = '%s %s' % (ind, bw)
    elif r < .72:
        core = '%s %s' % (bw, ind)
    elif r < .8 and ' ' not in bw and ' ' not in ind and bw.isascii():
        core = bw + ind
    elif r < .88:
        core = bw
    else:
        i2 = EN_IND_WP(rng)
        core = '%s %s & %s' % (bw, ind, i2) if i2 != ind else '%s %s' % (bw, ind)
    if cc == 'HK' and rng.random() < .25:
        core += pick(rng, [' (HK)', ' (Hong Kong)', ' International'])
    if cc == 'SG' and rng.random() < .12:
        core += pick(rng, [' Asia', ' (S)', ' Singapore'])
    F = _legal_forms(rng, cc, core, fold_p=(1.0 if cc in ('TR', 'BR', 'MX', 'DE') else 0))
    if cc == 'TR':
        F.append((tr_upper(F[0][0]), 1))
    if cc == 'DE' and de_umlaut(core) != core:
        F.append((de_umlaut(F[0][0]), 1))
    return Company(F, slugify(bw) + ((pick(rng, ['', '-']) + ind_slug(rng, ind)) if rng.random() < .35 else ''), b)


def co_zh(rng, cc, cult, brand=None):
    b = brand if (brand and brand['t'] == 'zh') else zh_brand(rng)
    ind = ZH_IND_WP(rng)
    F = []
    if cc == 'CN':
        c = CN_CITY_CO_WP(rng)
        nat = '%s%s%s有限公司' % (c[0], b['s'], ind[0])
        en = '%s %s %s' % (c[1], b['py'], ind[2])
        F += [(nat, 5), (nat.replace('市', '', 1), 1), ('%s%s（%s）有限公司' % (b['s'], ind[0], c[0][:-1]), .5)]
        for suf, w in [('Co., Ltd.', 3), ('Co.,Ltd.', 1.5), ('Co., Ltd', 1), ('Company Limited', .8), ('CO., LTD.', .5), ('Co. Ltd', .5)]:
            F.append(('%s %s' % (en, suf), w))
        F += [('%s %s (%s) Co., Ltd.' % (b['py'], ind[2], c[1]), 1), (('%s Co., Ltd.' % en).upper(), 1),
              ('%s %s %s Youxian Gongsi' % (c[1], b['py'], ind[3].title()), .12)]
    elif cc == 'HK':
        nat = '%s%s有限公司' % (b['tr'], ind[1])
        core = ('%s %s' % (b['ct'], ind[2])) if rng.random() < .5 else ('%s %s' % (b['py'], ind[2]))
        suf = wp(rng, [(('Limited', 'Ltd'), 5), (('Company Limited', 'Co., Ltd'), 2), (('(HK) Co., Limited', '(HK) Co., Ltd'), 3),
                       (('(Hong Kong) Limited', '(HK) Ltd'), 1), (('International Limited', 'Int\'l Ltd'), 1.5)])
        F += [('%s %s' % (core, suf[0]), 5), ('%s %s' % (core, suf[1]), 2), (('%s %s' % (core, suf[0])).upper(), 1.2),
              (nat, 2.5), ('%s %s %s' % (nat, core, suf[0]), .3)]
    elif cc == 'TW':
        nat = '%s%s%s' % (b['tr'], ind[1], '股份有限公司' if rng.random() < .7 else '有限公司')
        core = '%s %s' % (b['pys'] if rng.random() < .6 else b['py'], ind[2])
        suf = pick(rng, ['Co., Ltd.', 'Corp.', 'Inc.'])
        F += [('%s %s' % (core, suf), 4), (nat, 3), (('%s %s' % (core, suf)).upper(), 1), ('%s %s' % (core, 'Co.,Ltd.'), .6)]
    elif cc in ('SG', 'MY'):
        core = '%s %s' % (b['py'], ind[2])
        F += _legal_forms(rng, cc, core)
        if rng.random() < .3:
            F.append(('%s%s有限公司' % (b['s'], ind[0]), .8))
    else:
        return co_lat(rng, cc, 'en', dict(t='lat', w=b['py']))
    return Company(F, b['py'].lower() + ((pick(rng, ['', '-']) + ind_slug(rng, ind[2])) if rng.random() < .35 else ''), b)


def co_jp(rng, cc, brand=None):
    if brand and brand['t'] == 'jp':
        ind = pick(rng, JP_IND)
        core, en = brand['kana'] + ind[1], '%s %s' % (brand['en'], ind[0])
        b, be, ie = brand, brand['en'], ind[0]
    elif rng.random() < .7:
        w = pick(rng, JP_W)
        ind = pick(rng, JP_IND)
        core, en = w[1] + ind[1], '%s %s' % (w[0], ind[0])
        b, be, ie = dict(t='jp', kana=w[1], en=w[0]), w[0], ind[0]
    else:
        w = pick(rng, JP_KANJI)
        ind = pick(rng, JP_KIND)
        core, en = w[0] + ind[0], '%s %s' % (w[1], ind[1])
        b, be, ie = dict(t='jp', kana=w[0], en=w[1]), w[1], ind[1]
    pre = rng.random() < .6
    nat = ('株式会社' + core) if pre else (core + '株式会社')
    ab = (pick(rng, ['(株)', '㈱', '（株）']) + core) if pre else (core + pick(rng, ['(株)', '㈱', '（株）']))
    st = wp(rng, [(('Co., Ltd.', 'Co.,Ltd.'), 5), (('Inc.', 'Inc'), 2.5), (('K.K.', 'KK'), 1), (('Corporation', 'Corp.'), 1.5)])
    F = [(nat, 4), (ab, 1), ('%s %s' % (en, st[0]), 4), ('%s %s' % (en, st[1]), 1.5), (('%s %s' % (en, st[0])).upper(), 1),
         (en.replace(' ', '') + ' ' + st[0], .5)]
    return Company(F, slugify(be) + (ind_slug(rng, ie) if rng.random() < .5 else ''), b)


def co_kr(rng, cc, brand=None):
    w = (brand['en'], brand['hangul']) if (brand and brand['t'] == 'kr') else pick(rng, KR_W)
    ind = pick(rng, KR_IND)
    core = w[1] + ind[1]
    en = '%s %s' % (w[0], ind[0])
    pre = rng.random() < .65
    nat = ('주식회사 ' + core) if pre else (core + ' 주식회사')
    ab = (pick(rng, ['(주)', '㈜', '(주) ']) + core) if pre else (core + '(주)')
    st = pick(rng, ['Co., Ltd.', 'Inc.', 'Corp.'])
    F = [(nat, 3.5), (ab, 2), ('%s %s' % (en, st), 4), (('%s %s' % (en, st)).upper(), 1), (en.replace(' ', '') + ' ' + st, .5)]
    return Company(F, slugify(w[0]) + (ind_slug(rng, ind[0]) if rng.random() < .5 else ''), dict(t='kr', hangul=w[1], en=w[0]))


def co_ru(rng, cc, cult, brand=None):
    if brand and brand['t'] == 'ru':
        w = (brand['cyr'], brand['en'])
    else:
        w = pick(rng, RU_W + (KZ_W if cult == 'kz' else []))
    ind = pick(rng, RU_IND)
    cyr = (w[0] + ' ' + ind[0]).strip()
    en = (w[1] + ' ' + ind[1]).strip()
    b = dict(t='ru', cyr=w[0], en=w[1])
    if cc not in ('RU', 'KZ'):
        return co_lat(rng, cc, 'en', dict(t='lat', w=translit(w[0], 'en') if rng.random() < .6 else w[1]))
    sch = wp(rng, [('bgn', 3), ('en', 3), ('icao', 1)])
    tr = translit(cyr, sch)
    if cc == 'KZ':
        ab, full, lab, eab = 'ТОО', 'Товарищество с ограниченной ответственностью', 'TOO', 'LLP'
    elif rng.random() < .85:
        ab, full, lab, eab = 'ООО', 'Общество с ограниченной ответственностью', 'OOO', 'LLC'
    else:
        ab, full, lab, eab = 'АО', 'Акционерное общество', 'AO', 'JSC'
    F = [('%s «%s»' % (ab, cyr), 5), ('%s "%s"' % (ab, cyr), 2), ('%s %s' % (ab, cyr), 1), ('%s «%s»' % (full, cyr), .7),
         ('%s "%s"' % (lab, tr), 1.5), ('%s %s' % (lab, tr), 1), ('%s %s' % (tr, eab), 2), ('%s "%s"' % (eab, tr), 1),
         ('%s %s' % (en, eab), 1), (('%s %s' % (tr, eab)).upper(), .5), ('%s «%s»' % (ab, cyr.upper()), .6)]
    return Company(F, slugify(translit(w[0], 'en')) + ((pick(rng, ['', '-']) + ind_slug(rng, ind[1])) if rng.random() < .3 else ''), b)


def co_vn(rng, cc, brand=None):
    bw = brand['w'] if (brand and brand['t'] == 'vn') else pick(rng, VN_W)
    ind = pick(rng, VN_IND)
    tnhh = rng.random() < .7
    nat = 'Công ty %s %s %s' % ('TNHH' if tnhh else 'Cổ phần', ind[0], bw)
    en = '%s %s %s' % (fold(bw), ind[1], 'Company Limited' if tnhh else 'Joint Stock Company')
    F = [(nat, 4), (fold(nat).upper(), 1.5), (fold(nat), 1), (en, 3), (nat.upper(), .5),
         (en.replace('Company Limited', 'Co., Ltd').replace('Joint Stock Company', 'JSC'), 1.5), (en.upper(), .5)]
    return Company(F, slugify(bw), dict(t='vn', w=bw))


CCULT = {
    'US': WP([('en', 1)]), 'GB': WP([('en', 1)]), 'DE': WP([('de', 6), ('en', 4)]), 'NL': WP([('nl', 5), ('en', 5)]),
    'SG': WP([('en', 7), ('sgcn', 3)]), 'HK': WP([('hk', 7), ('en', 3)]), 'CN': WP([('cn', 1)]), 'TW': WP([('tw', 1)]),
    'JP': WP([('jp', 1)]), 'KR': WP([('kr', 1)]), 'AE': WP([('ae', 6), ('en', 3), ('in', 1)]), 'TR': WP([('tr', 1)]),
    'RU': WP([('ru', 1)]), 'KZ': WP([('kz', 6), ('ru', 2), ('en', 2)]), 'IN': WP([('in', 7), ('en', 3)]),
    'MY': WP([('my', 5), ('en', 3), ('sgcn', 2)]), 'VN': WP([('vn', 1)]), 'BR': WP([('br', 8), ('en', 2)]),
    'MX': WP([('mx', 85), ('en', 15)]), 'CY': WP([('cy', 5), ('en', 3), ('ru', 2)]),
}


def make_company(rng, cc, cult=None, brand=None):
    cult = cult or CCULT[cc](rng)
    if brand is not None:
        t = brand['t']
        if t == 'zh' and cc in ('CN', 'HK', 'TW', 'SG', 'MY'):
            return co_zh(rng, cc, cult, brand)
        if t == 'jp' and cc == 'JP':
            return co_jp(rng, cc, brand)
        if t == 'kr' and cc == 'KR':
            return co_kr(rng, cc, brand)
        if t == 'ru' and cc in ('RU', 'KZ'):
            return co_ru(rng, cc, 'ru', brand)
        if t == 'vn' and cc == 'VN':
            return co_vn(rng, cc, brand)
        return co_lat(rng, cc, cult if cult in LAT else 'en', dict(t='lat', w=brand_latin(brand)))
    if cult in ('cn', 'hk', 'tw', 'sgcn'):
        if cc in ('CN', 'HK', 'TW', 'SG', 'MY'):
            return co_zh(rng, cc, cult)
        return co_lat(rng, cc, 'en', dict(t='lat', w=zh_brand(rng)['py']))
    if cult == 'jp':
        return co_jp(rng, cc)
    if cult == 'kr':
        return co_kr(rng, cc)
    if cult in ('ru', 'kz'):
        return co_ru(rng, cc, cult)
    if cult == 'vn':
        return co_vn(rng, cc)
    return co_lat(rng, cc, cult)


OFFSHORE_TAG = [(' (BVI)', 3), (', BVI', 1), (' (British Virgin Islands)', 1.5), (' (Seychelles)', 1.5), (', Seychelles', .5),
                (' (Cayman)', 1), (' (Cayman Islands)', .7), (' (Samoa)', .5), (' (Marshall Islands)', .4), (' (Belize)', .4),
                ('', 3)]


def make_holding(rng, cult, brand=None):
    b = brand or new_brand(rng, cult)
    bw = brand_latin(b)
    kind = pick(rng, ['Holdings', 'Holdings', 'Capital', 'Investments', 'Group', 'International Holdings', 'Ventures'])
    suf = wp(rng, [(('Limited', 'Ltd', 'Ltd.'), 6), (('Inc.', 'Inc', 'Incorporated'), 2), (('Corp.', 'Corporation', 'Corp'), 1)])
    tag = wp(rng, OFFSHORE_TAG)
    core = '%s %s' % (bw, kind)
    F = [('%s %s%s' % (core, suf[0], tag), 5), ('%s %s' % (core, suf[1]), 2), ('%s %s%s' % (core, suf[2], tag), 1),
         (('%s %s' % (core, suf[0])).upper(), 1)]
    if b['t'] == 'zh':
        F.append(('%s控股有限公司' % b['s'], 1))
    if b['t'] == 'ru':
        F.append(('%s %s %s' % (translit(b['cyr'], 'en'), kind, suf[0]), 1))
    return Company(F, slugify(bw) + 'holdings', b)

# ============================================================ geography

def _st(x):
    if isinstance(x, str):
        return (x, x, x)
    if len(x) == 2:
        return (x[0], x[1], x[1])
    return tuple(x)


def CITY(cc, r, n=None, alias=None, nalias=None, st=None, pc=None, w=1.0, d=None, s=None, t=None):
    dists = []
    if d:
        for dd in d:
            dists.append(dict(n=dd[0], r=dd[1], alt=dd[2], s=[_st(x) for x in dd[3]]))
    else:
        dists.append(dict(n=None, r=None, alt=None, s=[_st(x) for x in (s or [])]))
    towers = []
    for tt in (t or []):
        towers.append(dict(b=(tt[0], tt[1]), di=tt[2], s=_st(tt[3]), num=tt[4], pc=tt[5]))
    return dict(cc=cc, r=r, n=n if n is not None else r, alias=WP(alias or [(r, 1)]),
                nalias=WP(nalias) if nalias else None, st=st, pc=pc or ['#####'], w=w, d=dists, t=towers)


GEO = {}
GEO['US'] = [
    CITY('US', 'New York', st='NY', pc=['100##', '101##'], w=5,
         alias=[('New York', 6), ('New York City', 1), ('NYC', .7), ('New York, NY', 0), ('Manhattan', .3)],
         s=['Broadway', 'Fifth Avenue', 'Madison Avenue', 'Park Avenue', 'Wall Street', 'Lexington Avenue',
            'West 34th Street', 'Avenue of the Americas', 'Water Street', 'Hudson Street', 'Third Avenue',
            'Seventh Avenue', 'Broad Street', 'Maiden Lane', 'West 57th Street'],
         t=[('Empire State Building', 'Empire State Building', None, 'Fifth Avenue', '350', '10118'),
            ('One World Trade Center', 'One World Trade Center', None, 'Fulton Street', '285', '10007'),
            ('Chrysler Building', 'Chrysler Building', None, 'Lexington Avenue', '405', '10174'),
            ('Rockefeller Center', 'Rockefeller Center', None, 'Rockefeller Plaza', '30', '10112')]),
    CITY('US', 'San Francisco', st='CA', pc=['941##'], w=3, alias=[('San Francisco', 8), ('SF', .5), ('San Fransisco', .2)],
         s=['Market Street', 'Mission Street', 'Howard Street', 'Montgomery Street', 'California Street', 'Folsom Street',
            'Battery Street', 'Brannan Street', 'Townsend Street', 'Second Street', 'Spear Street'],
         t=[('Salesforce Tower', 'Salesforce Tower', None, 'Mission Street', '415', '94105'),
            ('Embarcadero Center', 'Embarcadero Center', None, 'Embarcadero Center', '4', '94111'),
            ('Transamerica Pyramid', 'Transamerica Pyramid', None, 'Montgomery Street', '600', '94111')]),
    CITY('US', 'San Jose', st='CA', pc=['951##'], w=2,
         s=['North First Street', 'Zanker Road', 'Tasman Drive', 'Almaden Boulevard', 'West Santa Clara Street', 'Park Avenue']),
    CITY('US', 'Seattle', st='WA', pc=['981##'], w=2,
         s=['First Avenue', 'Second Avenue', 'Pine Street', 'Westlake Avenue North', 'Pike Street', 'Fourth Avenue', 'Union Street']),
    CITY('US', 'Austin', st='TX', pc=['787##'], w=1.5,
         s=['Congress Avenue', 'North Lamar Boulevard', 'East 6th Street', 'Research Boulevard', 'West 5th Street']),
    CITY('US', 'Miami', st='FL', pc=['331##'], w=1.5,
         s=['Brickell Avenue', 'Biscayne Boulevard', 'NW 2nd Avenue', 'Collins Avenue', 'SW 8th Street']),
    CITY('US', 'Los Angeles', st='CA', pc=['900##'], w=2, alias=[('Los Angeles', 8), ('LA', .4)],
         s=['Wilshire Boulevard', 'South Figueroa Street', 'West 7th Street', 'Santa Monica Boulevard', 'South Grand Avenue']),
    CITY('US', 'Wilmington', st='DE', pc=['198##'], w=.4,
         s=['Orange Street', 'Market Street', 'Delaware Avenue', 'North King Street', 'Little Falls Drive', 'Centre Road',
            'Silverside Road', 'North Church Street']),
    CITY('US', 'Dover', st='DE', pc=['19901', '19904'], w=.1, s=['The Green', 'South State Street', 'Loockerman Street']),
    CITY('US', 'Lewes', st='DE', pc=['19958'], w=.05, s=['Coastal Highway', 'Savannah Road']),
    CITY('US', 'Sheridan', st='WY', pc=['82801'], w=.1, s=['North Gould Street', 'Coffeen Avenue', 'North Main Street']),
    CITY('US', 'Cheyenne', st='WY', pc=['82001'], w=.1, s=['Pioneer Avenue', 'Capitol Avenue', 'Dell Range Boulevard']),
    CITY('US', 'Las Vegas', st='NV', pc=['891##'], w=.5, s=['South Las Vegas Boulevard', 'West Sahara Avenue', 'Howard Hughes Parkway']),
]
US_STATE = {'NY': 'New York', 'CA': 'California', 'WA': 'Washington', 'TX': 'Texas', 'FL': 'Florida',
            'DE': 'Delaware', 'WY': 'Wyoming', 'NV': 'Nevada'}

GEO['GB'] = [
    CITY('GB', 'London', pc=['EC1V #@@', 'EC2A #@@', 'WC2H #@@', 'N1 #@@', 'WC1N #@@', 'EC1Y #@@', 'E14 #@@', 'W1W #@@',
                             'SW1Y #@@', 'EC2M #@@', 'EC3A #@@', 'SE1 #@@', 'WC1V #@@', 'EC2V #@@', 'W1B #@@'], w=6,
         alias=[('London', 10), ('LONDON', .5), ('Greater London', .3), ('London, England', .3)],
         s=['City Road', 'Shelton Street', 'Wenlock Road', 'Old Gloucester Street', 'High Holborn', 'Oxford Street',
            'Great Portland Street', 'Bishopsgate', 'Leadenhall Street', 'Moorgate', 'Old Street', 'Curtain Road',
            'Baker Street', 'Kingsway', 'Fenchurch Street', 'Bank Street', 'Cannon Street', 'Regent Street',
            'Great Eastern Street', 'Paul Street', 'Cornhill', 'Ludgate Hill'],
         t=[('Tower 42', 'Tower 42', None, 'Old Broad Street', '25', 'EC2N 1HN'),
            ('The Shard', 'The Shard', None, 'London Bridge Street', '32', 'SE1 9SG'),
            ('One Canada Square', 'One Canada Square', None, 'Canada Square', '1', 'E14 5AB'),
            ('The Gherkin', 'The Gherkin', None, 'St Mary Axe', '30', 'EC3A 8BF')]),
    CITY('GB', 'Manchester', pc=['M1 #@@', 'M2 #@@', 'M3 #@@', 'M4 #@@', 'M15 #@@'], w=1.2,
         s=['Deansgate', 'Oxford Road', 'Portland Street', 'Spring Gardens', 'King Street', 'Mosley Street']),
    CITY('GB', 'Edinburgh', pc=['EH1 #@@', 'EH2 #@@', 'EH3 #@@'], w=.7, s=['George Street', 'Princes Street', 'Queen Street', 'Lothian Road']),
    CITY('GB', 'Cambridge', pc=['CB1 #@@', 'CB2 #@@', 'CB4 #@@'], w=.6, s=['Hills Road', 'Station Road', 'Regent Street', 'Milton Road']),
]
GEO['DE'] = [
    CITY('DE', 'Berlin', pc=['101##', '104##', '107##', '121##'], w=4, alias=[('Berlin', 10), ('BERLIN', .3)],
         s=['Friedrichstraße', 'Kurfürstendamm', 'Unter den Linden', 'Potsdamer Platz', 'Torstraße', 'Rosenthaler Straße',
            'Invalidenstraße', 'Alexanderplatz', 'Karl-Marx-Allee', 'Schönhauser Allee', 'Oranienstraße', 'Chausseestraße'],
         t=[('Sony Center', 'Sony Center', None, 'Kemperplatz', '1', '10785')]),
    CITY('DE', 'München', pc=['803##', '806##', '809##'], w=2.5, alias=[('München', 6), ('Munich', 2), ('Muenchen', .5)],
         s=['Leopoldstraße', 'Maximilianstraße', 'Sendlinger Straße', 'Arnulfstraße', 'Landsberger Straße', 'Marienplatz']),
    CITY('DE', 'Frankfurt am Main', pc=['603##', '604##', '605##'], w=2,
         alias=[('Frankfurt am Main', 5), ('Frankfurt', 3), ('Frankfurt a.M.', 1), ('Frankfurt/Main', .5)],
         s=['Mainzer Landstraße', 'Taunusanlage', 'Neue Mainzer Straße', 'Zeil', 'Hanauer Landstraße', 'Bockenheimer Landstraße'],
         t=[('Messeturm', 'Messeturm', None, 'Friedrich-Ebert-Anlage', '49', '60308')]),
    CITY('DE', 'Hamburg', pc=['200##', '204##', '221##'], w=2,
         s=['Neuer Wall', 'Jungfernstieg', 'Am Sandtorkai', 'Große Elbstraße', 'Mönckebergstraße', 'ABC-Straße']),
]
GEO['NL'] = [
    CITY('NL', 'Amsterdam', pc=['10## @@', '107# @@', '110# @@'], w=5,
         s=['Herengracht', 'Keizersgracht', 'Prinsengracht', 'Strawinskylaan', 'Gustav Mahlerlaan', 'Damrak', 'Rokin',
            'Prins Bernhardplein', 'Weesperstraat', 'Johan Huizingalaan', 'Amstelplein', 'Barbara Strozzilaan'],
         t=[('World Trade Center Amsterdam', 'World Trade Center Amsterdam', None, 'Strawinskylaan', '1', '1077 XW')]),
    CITY('NL', 'Rotterdam', pc=['30## @@'], w=2, s=['Coolsingel', 'Weena', 'Wilhelminakade', 'Blaak', 'Schiedamse Vest']),
    CITY('NL', 'Den Haag', pc=['25## @@'], w=1.2, alias=[('Den Haag', 5), ('The Hague', 3), ("'s-Gravenhage", 1)],
         s=['Lange Voorhout', 'Prinses Beatrixlaan', 'Koninginnegracht', 'Laan van Nieuw Oost-Indië']),
    CITY('NL', 'Eindhoven', pc=['56## @@'], w=1, s=['High Tech Campus', 'Kennedyplein', 'Vestdijk']),
]
GEO['SG'] = [
    CITY('SG', 'Singapore', pc=['0#####', '1#####', '4#####', '6#####'], w=1, alias=[('Singapore', 10)],
         s=['Raffles Place', 'Anson Road', 'Robinson Road', 'Cecil Street', 'Shenton Way', 'Circular Road',
            'North Bridge Road', 'Beach Road', 'Orchard Road', 'Tanjong Pagar Road', 'Ubi Avenue 1', 'Kaki Bukit Road 1',
            'Jurong East Street 21', 'Science Park Road', 'Fusionopolis Way', 'Upper Cross Street', 'Fraser Street',
            'Woodlands Industrial Park E1', 'Tai Seng Street'],
         t=[('One Raffles Place', 'One Raffles Place', None, 'Raffles Place', '1', '048616'),
            ('International Plaza', 'International Plaza', None, 'Anson Road', '10', '079903'),
            ('SBF Center', 'SBF Center', None, 'Robinson Road', '160', '068914'),
            ('Peninsula Plaza', 'Peninsula Plaza', None, 'North Bridge Road', '111', '179098'),
            ('Marina Bay Financial Centre Tower 2', 'Marina Bay Financial Centre Tower 2', None, 'Marina Boulevard', '10', '018983'),
            ('Suntec Tower One', 'Suntec Tower One', None, 'Temasek Boulevard', '7', '038987'),
            ('Ocean Financial Centre', 'Ocean Financial Centre', None, 'Collyer Quay', '10', '049315'),
            ('The Central', 'The Central', None, 'Eu Tong Sen Street', '8', '059818'),
            ('Hong Leong Building', 'Hong Leong Building', None, 'Raffles Quay', '16', '048581'),
            ('Solaris', 'Solaris', None, 'Fusionopolis Walk', '1', '138628')]),
]
GEO['HK'] = [
    CITY('HK', 'Hong Kong', n='香港', w=1,
         alias=[('Hong Kong', 8), ('HK', 1.5), ('Hong Kong SAR', 1), ('HONG KONG', .7), ('HKSAR', .3)],
         d=[('灣仔', 'Wan Chai', 'Hong Kong', [('駱克道', 'Lockhart Road'), ('告士打道', 'Gloucester Road'), ('軒尼詩道', 'Hennessy Road'),
                                             ('港灣道', 'Harbour Road'), ('灣仔道', 'Wan Chai Road')]),
            ('中環', 'Central', 'Hong Kong', [('皇后大道中', "Queen's Road Central"), ('德輔道中', 'Des Voeux Road Central'),
                                            ('干諾道中', 'Connaught Road Central'), ('雪廠街', 'Ice House Street')]),
            ('上環', 'Sheung Wan', 'Hong Kong', [('文咸東街', 'Bonham Strand East'), ('永樂街', 'Wing Lok Street'),
                                               ('皇后大道中', "Queen's Road Central")]),
            ('金鐘', 'Admiralty', 'Hong Kong', [('金鐘道', 'Queensway'), ('夏慤道', 'Harcourt Road')]),
            ('銅鑼灣', 'Causeway Bay', 'Hong Kong', [('勿地臣街', 'Matheson Street'), ('怡和街', 'Yee Wo Street'), ('渣甸坊', "Jardine's Crescent")]),
            ('尖沙咀', 'Tsim Sha Tsui', 'Kowloon', [('廣東道', 'Canton Road'), ('彌敦道', 'Nathan Road'), ('麼地道', 'Mody Road')]),
            ('旺角', 'Mong Kok', 'Kowloon', [('彌敦道', 'Nathan Road'), ('亞皆老街', 'Argyle Street'), ('旺角道', 'Mong Kok Road')]),
            ('觀塘', 'Kwun Tong', 'Kowloon', [('觀塘道', 'Kwun Tong Road'), ('開源道', 'Hoi Yuen Road'), ('鴻圖道', 'Hung To Road'),
                                          ('偉業街', 'Wai Yip Street'), ('巧明街', 'How Ming Street')]),
            ('九龍灣', 'Kowloon Bay', 'Kowloon', [('宏照道', 'Wang Chiu Road'), ('常悅道', 'Sheung Yuet Road')]),
            ('長沙灣', 'Cheung Sha Wan', 'Kowloon', [('長沙灣道', 'Cheung Sha Wan Road'), ('青山道', 'Castle Peak Road')]),
            ('葵涌', 'Kwai Chung', 'New Territories', [('葵昌路', 'Kwai Cheong Road'), ('葵豐街', 'Kwai Fung Crescent')]),
            ('荃灣', 'Tsuen Wan', 'New Territories', [('沙咀道', 'Sha Tsui Road'), ('楊屋道', 'Yeung Uk Road')])],
         t=[('力寶中心', 'Lippo Centre', 3, ('金鐘道', 'Queensway'), '89', None),
            ('中環中心', 'The Center', 1, ('皇后大道中', "Queen's Road Central"), '99', None),
            ('時代廣場', 'Times Square', 4, ('勿地臣街', 'Matheson Street'), '1', None),
            ('中環廣場', 'Central Plaza', 0, ('港灣道', 'Harbour Road'), '18', None),
            ('美國銀行中心', 'Bank of America Tower', 3, ('夏慤道', 'Harcourt Road'), '12', None),
            ('海港城', 'Harbour City', 5, ('廣東道', 'Canton Road'), '25', None),
            ('創紀之城五期', 'Millennium City 5', 7, ('觀塘道', 'Kwun Tong Road'), '418', None),
            ('朗豪坊辦公大樓', 'Langham Place Office Tower', 6, ('亞皆老街', 'Argyle Street'), '8', None)]),
]
GEO['CN'] = [
    CITY('CN', 'Shanghai', n='上海市', pc=['200###', '201###'], w=3, alias=[('Shanghai', 8), ('Shanghai City', .5), ('SHANGHAI', .5)],
         nalias=[('上海市', 5), ('上海', 2)],
         d=[('浦东新区', 'Pudong New District', 'Pudong', [('陆家嘴环路', 'Lujiazui Ring Road', 'Lujiazui Huan Lu'), ('世纪大道', 'Century Avenue', 'Shiji Dadao'),
                                                        ('张江路', 'Zhangjiang Road', 'Zhangjiang Lu'), ('碧波路', 'Bibo Road', 'Bibo Lu'), ('银城中路', 'Middle Yincheng Road', 'Yincheng Zhong Lu')]),
            ('静安区', "Jing'an District", 'Jingan', [('南京西路', 'West Nanjing Road', 'Nanjing Xi Lu'), ('延安中路', "Middle Yan'an Road", "Yan'an Zhong Lu"),
                                                   ('江宁路', 'Jiangning Road', 'Jiangning Lu')]),
            ('徐汇区', 'Xuhui District', 'Xuhui', [('漕溪北路', 'North Caoxi Road', 'Caoxi Bei Lu'), ('宜山路', 'Yishan Road', 'Yishan Lu'), ('虹桥路', 'Hongqiao Road', 'Hongqiao Lu')]),
            ('闵行区', 'Minhang District', 'Minhang', [('申富路', 'Shenfu Road', 'Shenfu Lu'), ('七莘路', 'Qixin Road', 'Qixin Lu')])],
         t=[('上海中心大厦', 'Shanghai Tower', 0, ('银城中路', 'Middle Yincheng Road', 'Yincheng Zhong Lu'), '501', '200120'),
            ('上海环球金融中心', 'Shanghai World Financial Center', 0, ('世纪大道', 'Century Avenue', 'Shiji Dadao'), '100', '200120'),
            ('恒隆广场', 'Plaza 66', 1, ('南京西路', 'West Nanjing Road', 'Nanjing Xi Lu'), '1266', '200040'),
            ('金茂大厦', 'Jin Mao Tower', 0, ('世纪大道', 'Century Avenue', 'Shiji Dadao'), '88', '200121')]),
    CITY('CN', 'Beijing', n='北京市', pc=['100###'], w=3, alias=[('Beijing', 8), ('Peking', .1), ('BEIJING', .5)], nalias=[('北京市', 5), ('北京', 2)],
         d=[('海淀区', 'Haidian District', 'Haidian', [('中关村大街', 'Zhongguancun Street', 'Zhongguancun Dajie'), ('海淀大街', 'Haidian Street', 'Haidian Dajie'),
                                                    ('上地信息路', 'Shangdi Information Road', 'Shangdi Xinxi Lu'), ('知春路', 'Zhichun Road', 'Zhichun Lu')]),
            ('朝阳区', 'Chaoyang District', 'Chaoyang', [('建国路', 'Jianguo Road', 'Jianguo Lu'), ('东三环中路', 'East 3rd Ring Middle Road', 'Dongsanhuan Zhonglu'),
                                                      ('望京街', 'Wangjing Street', 'Wangjing Jie'), ('酒仙桥路', 'Jiuxianqiao Road', 'Jiuxianqiao Lu')]),
            ('东城区', 'Dongcheng District', 'Dongcheng', [('东长安街', "East Chang'an Avenue", "Dong Chang'an Jie")])],
         t=[('中关村大厦', 'Zhongguancun Building', 0, ('中关村大街', 'Zhongguancun Street', 'Zhongguancun Dajie'), '27', '100080'),
            ('国贸大厦', 'China World Tower', 1, ('建国门外大街', 'Jianguomenwai Avenue', 'Jianguomenwai Dajie'), '1', '100004'),
            ('望京SOHO', 'Wangjing SOHO', 1, ('阜通东大街', 'East Futong Street', 'Futong Dong Dajie'), '1', '100102')]),
    CITY('CN', 'Shenzhen', n='深圳市', st=('广东省', 'Guangdong'), pc=['518###'], w=3,
         alias=[('Shenzhen', 8), ('ShenZhen', 1), ('Shenzhen City', .5), ('SHENZHEN', .5)], nalias=[('深圳市', 5), ('深圳', 2)],
         d=[('南山区', 'Nanshan District', 'Nanshan', [('科技南路', 'South Keji Road', 'Keji Nan Lu'), ('深南大道', 'Shennan Avenue', 'Shennan Dadao'),
                                                    ('高新南一道', 'Gaoxin South 1st Road', 'Gaoxin Nan Yi Dao'), ('海天一路', 'Haitian 1st Road', 'Haitian Yi Lu')]),
            ('福田区', 'Futian District', 'Futian', [('福华一路', 'Fuhua 1st Road', 'Fuhua Yi Lu'), ('益田路', 'Yitian Road', 'Yitian Lu'), ('深南大道', 'Shennan Avenue', 'Shennan Dadao')]),
            ('前海深港合作区', 'Qianhai Shenzhen-Hong Kong Cooperation Zone', 'Qianhai', [('前湾一路', 'Qianwan 1st Road', 'Qianwan Yi Lu')]),
            ('龙岗区', 'Longgang District', 'Longgang', [('坂田五和大道', 'Wuhe Avenue', 'Wuhe Dadao')]),
            ('宝安区', "Bao'an District", 'Baoan', [('宝安大道', "Bao'an Avenue", "Bao'an Dadao")])],
         t=[('平安金融中心', 'Ping An Finance Center', 1, ('益田路', 'Yitian Road', 'Yitian Lu'), '5033', '518000'),
            ('深圳湾创业投资大厦', 'Shenzhen Bay Venture Capital Building', 0, ('海天一路', 'Haitian 1st Road', 'Haitian Yi Lu'), '19', '518054')]),
    CITY('CN', 'Guangzhou', n='广州市', st=('广东省', 'Guangdong'), pc=['510###'], w=1.5, alias=[('Guangzhou', 8), ('Canton', .1)], nalias=[('广州市', 5), ('广州', 2)],
         d=[('天河区', 'Tianhe District', 'Tianhe', [('天河路', 'Tianhe Road', 'Tianhe Lu'), ('华夏路', 'Huaxia Road', 'Huaxia Lu'), ('体育西路', 'West Tiyu Road', 'Tiyu Xi Lu')]),
            ('黄埔区', 'Huangpu District', 'Huangpu', [('科学大道', 'Kexue Avenue', 'Kexue Dadao')])]),
    CITY('CN', 'Hangzhou', n='杭州市', st=('浙江省', 'Zhejiang'), pc=['310###', '311###'], w=1.5, nalias=[('杭州市', 5), ('杭州', 2)],
         d=[('西湖区', 'Xihu District', 'Xihu', [('文三路', 'Wensan Road', 'Wensan Lu'), ('西溪路', 'Xixi Road', 'Xixi Lu')]),
            ('余杭区', 'Yuhang District', 'Yuhang', [('文一西路', 'West Wenyi Road', 'Wenyi Xi Lu')]),
            ('滨江区', 'Binjiang District', 'Binjiang', [('网商路', 'Wangshang Road', 'Wangshang Lu'), ('江南大道', 'Jiangnan Avenue', 'Jiangnan Dadao')])]),
    CITY('CN', 'Chengdu', n='成都市', st=('四川省', 'Sichuan'), pc=['610###'], w=1, nalias=[('成都市', 5), ('成都', 2)],
         d=[('高新区', 'High-tech Zone', 'Gaoxin', [('天府大道', 'Tianfu Avenue', 'Tianfu Dadao'), ('天府三街', 'Tianfu 3rd Street', 'Tianfu San Jie')])]),
    CITY('CN', 'Khorgos', n='霍尔果斯市', st=('新疆维吾尔自治区', 'Xinjiang'), pc=['835###'], w=.05, nalias=[('霍尔果斯市', 5)],
         alias=[('Khorgos', 3), ('Horgos', 3), ('Huoerguosi', 1)],
         d=[('霍尔果斯经济开发区', 'Khorgos Economic Development Zone', 'Khorgos EDZ', [('亚欧路', 'Yaou Road', 'Ya Ou Lu')])]),
]
GEO['TW'] = [
    CITY('TW', 'Taipei City', n='台北市', pc=['1##', '1####'], w=4, alias=[('Taipei City', 5), ('Taipei', 4), ('TAIPEI', .5)],
         nalias=[('台北市', 5), ('臺北市', 3)],
         d=[('信義區', 'Xinyi Dist.', 'Hsinyi District', [('信義路五段', 'Sec. 5, Xinyi Rd.', 'Hsin Yi Rd., Sec. 5'), ('松仁路', 'Songren Rd.', 'Sung Jen Rd.'),
                                                      ('松高路', 'Songgao Rd.', 'Sung Kao Rd.')]),
            ('大安區', "Da'an Dist.", 'Taan District', [('敦化南路二段', 'Sec. 2, Dunhua S. Rd.', 'Tun Hwa S. Rd., Sec. 2'),
                                                    ('忠孝東路四段', 'Sec. 4, Zhongxiao E. Rd.', 'Chung Hsiao E. Rd., Sec. 4')]),
            ('中山區', 'Zhongshan Dist.', 'Chungshan District', [('南京東路三段', 'Sec. 3, Nanjing E. Rd.', 'Nan King E. Rd., Sec. 3'),
                                                            ('民生東路二段', 'Sec. 2, Minsheng E. Rd.', 'Min Sheng E. Rd., Sec. 2')]),
            ('內湖區', 'Neihu Dist.', 'Neihu District', [('內湖路一段', 'Sec. 1, Neihu Rd.', 'Nei Hu Rd., Sec. 1'), ('瑞光路', 'Ruiguang Rd.', 'Jui Kuang Rd.'),
                                                    ('基湖路', 'Jihu Rd.', 'Chi Hu Rd.')])],
         t=[('台北101', 'Taipei 101', 0, ('信義路五段', 'Sec. 5, Xinyi Rd.', 'Hsin Yi Rd., Sec. 5'), '7', '110')]),
    CITY('TW', 'Hsinchu City', n='新竹市', pc=['300'], w=1.5, alias=[('Hsinchu City', 5), ('Hsinchu', 4), ('Xinzhu', .3)], nalias=[('新竹市', 5)],
         d=[('東區', 'East Dist.', 'East District', [('力行路', 'Lixing Rd.', 'Li Hsin Rd.'), ('園區二路', 'Yuanqu 2nd Rd.', 'Park Ave. II'),
                                                   ('光復路二段', 'Sec. 2, Guangfu Rd.', 'Kuang Fu Rd., Sec. 2')])]),
    CITY('TW', 'Taichung City', n='台中市', pc=['4##'], w=1, alias=[('Taichung City', 5), ('Taichung', 4)], nalias=[('台中市', 5), ('臺中市', 3)],
         d=[('西屯區', 'Xitun Dist.', 'Hsitun District', [('臺灣大道三段', 'Sec. 3, Taiwan Blvd.', 'Taiwan Blvd., Sec. 3'), ('市政路', 'Shizheng Rd.', 'Shih Cheng Rd.')])]),
]
GEO['JP'] = [
    CITY('JP', 'Tokyo', n='', st=('東京都', 'Tokyo'), pc=['1##-####'], w=5, alias=[('Tokyo', 8), ('Tokyo-to', .5), ('TOKYO', .5)],
         d=[('千代田区', 'Chiyoda-ku', 'Chiyoda City', [('丸の内', 'Marunouchi'), ('大手町', 'Otemachi'), ('神田', 'Kanda')]),
            ('港区', 'Minato-ku', 'Minato City', [('六本木', 'Roppongi'), ('赤坂', 'Akasaka'), ('虎ノ門', 'Toranomon'), ('芝浦', 'Shibaura')]),
            ('渋谷区', 'Shibuya-ku', 'Shibuya City', [('道玄坂', 'Dogenzaka'), ('渋谷', 'Shibuya'), ('恵比寿', 'Ebisu')]),
            ('新宿区', 'Shinjuku-ku', 'Shinjuku City', [('西新宿', 'Nishi-Shinjuku'), ('新宿', 'Shinjuku')]),
            ('中央区', 'Chuo-ku', 'Chuo City', [('日本橋', 'Nihonbashi'), ('銀座', 'Ginza')])],
         t=[('丸の内ビルディング', 'Marunouchi Building', 0, ('丸の内', 'Marunouchi'), '2-4-1', '100-6390'),
            ('六本木ヒルズ森タワー', 'Roppongi Hills Mori Tower', 1, ('六本木', 'Roppongi'), '6-10-1', '106-6108'),
            ('渋谷スクランブルスクエア', 'Shibuya Scramble Square', 2, ('渋谷', 'Shibuya'), '2-24-12', '150-6139'),
            ('新宿センタービル', 'Shinjuku Center Building', 3, ('西新宿', 'Nishi-Shinjuku'), '1-25-1', '163-0690')]),
    CITY('JP', 'Osaka', n='大阪市', st=('大阪府', 'Osaka'), pc=['53#-####', '54#-####'], w=2, alias=[('Osaka', 8), ('Osaka-shi', 1)],
         d=[('北区', 'Kita-ku', 'Kita Ward', [('梅田', 'Umeda'), ('中之島', 'Nakanoshima')]),
            ('中央区', 'Chuo-ku', 'Chuo Ward', [('本町', 'Honmachi'), ('北浜', 'Kitahama')])]),
    CITY('JP', 'Fukuoka', n='福岡市', st=('福岡県', 'Fukuoka'), pc=['81#-####'], w=.8, alias=[('Fukuoka', 8), ('Fukuoka-shi', 1)],
         d=[('博多区', 'Hakata-ku', 'Hakata Ward', [('博多駅前', 'Hakataekimae')]), ('中央区', 'Chuo-ku', 'Chuo Ward', [('天神', 'Tenjin')])]),
]
GEO['KR'] = [
    CITY('KR', 'Seoul', n='서울특별시', pc=['0####'], w=5, alias=[('Seoul', 10), ('SEOUL', .5)], nalias=[('서울특별시', 5), ('서울시', 1.5), ('서울', 2)],
         d=[('강남구', 'Gangnam-gu', 'Gangnam District', [('테헤란로', 'Teheran-ro', 'Teheran Road'), ('강남대로', 'Gangnam-daero', 'Gangnam-daero'),
                                                      ('선릉로', 'Seolleung-ro', 'Seolleung-ro'), ('역삼로', 'Yeoksam-ro', 'Yeoksam-ro')]),
            ('서초구', 'Seocho-gu', 'Seocho District', [('서초대로', 'Seocho-daero', 'Seocho-daero'), ('반포대로', 'Banpo-daero', 'Banpo-daero')]),
            ('영등포구', 'Yeongdeungpo-gu', 'Yeongdeungpo District', [('여의대로', 'Yeoui-daero', 'Yeouido-ro'), ('국제금융로', 'Gukjegeumyung-ro', 'Gukjegeumyung-ro')]),
            ('중구', 'Jung-gu', 'Jung District', [('세종대로', 'Sejong-daero', 'Sejong-ro'), ('을지로', 'Eulji-ro', 'Euljiro')]),
            ('성동구', 'Seongdong-gu', 'Seongdong District', [('성수이로', 'Seongsui-ro', 'Seongsuiro')])],
         t=[('강남파이낸스센터', 'Gangnam Finance Center', 0, ('테헤란로', 'Teheran-ro', 'Teheran Road'), '152', '06236'),
            ('파크원', 'Parc.1', 2, ('여의대로', 'Yeoui-daero', 'Yeouido-ro'), '108', '07335'),
            ('서울파이낸스센터', 'Seoul Finance Center', 3, ('세종대로', 'Sejong-daero', 'Sejong-ro'), '136', '04520')]),
    CITY('KR', 'Seongnam-si', n='경기도 성남시', pc=['13###'], w=1.5, alias=[('Seongnam-si', 5), ('Seongnam', 3), ('Seongnam-si, Gyeonggi-do', 2)],
         nalias=[('경기도 성남시', 5), ('성남시', 2)],
         d=[('분당구', 'Bundang-gu', 'Bundang District', [('판교역로', 'Pangyoyeok-ro', 'Pangyoyeok-ro'), ('대왕판교로', 'Daewangpangyo-ro', 'Daewangpangyo-ro')])]),
    CITY('KR', 'Busan', n='부산광역시', pc=['48###'], w=1, nalias=[('부산광역시', 5), ('부산', 2)],
         d=[('해운대구', 'Haeundae-gu', 'Haeundae District', [('센텀중앙로', 'Centum jungang-ro', 'Centum Jungang-ro')])]),
]
GEO['AE'] = [
    CITY('AE', 'Dubai', n='دبي', pc=[''], w=5, alias=[('Dubai', 10), ('DUBAI', .6), ('Dubai - UAE', 1), ('Dubai, U.A.E', .5)],
         d=[('Business Bay', 'Business Bay', 'Business Bay', ['Marasi Drive', 'Al Abraj Street', 'Al Khail Road']),
            ('Jumeirah Lake Towers', 'Jumeirah Lake Towers', 'JLT', ['Cluster X', 'Cluster I', 'Cluster Y', 'Cluster D']),
            ('Dubai Silicon Oasis', 'Dubai Silicon Oasis', 'DSO', ['Dubai Digital Park', 'Silicon Oasis Headquarters']),
            ('DIFC', 'Dubai International Financial Centre', 'DIFC', ['Gate District', 'Al Sukook Street']),
            ('Dubai Internet City', 'Dubai Internet City', 'DIC', ['Al Sufouh Road']),
            ('Deira', 'Deira', 'Deira', ['Baniyas Road', 'Al Maktoum Road', 'Al Rigga Road']),
            ('Al Barsha', 'Al Barsha', 'Al Barsha 1', ['Hessa Street', 'Sheikh Zayed Road'])],
         t=[('Jumeirah Bay X2 Tower', 'Jumeirah Bay X2 Tower', 1, 'Cluster X', '', None),
            ('Gold Tower', 'Gold Tower', 1, 'Cluster I', '', None),
            ('Mazaya Business Avenue BB2', 'Mazaya Business Avenue BB2', 1, 'Cluster Y', '', None),
            ('Bay Square Building 11', 'Bay Square Building 11', 0, 'Marasi Drive', '', None),
            ('The Opus', 'The Opus', 0, 'Al Abraj Street', '', None),
            ('Gate Building', 'The Gate Building', 3, 'Gate District', '', None),
            ('Concord Tower', 'Concord Tower', 4, 'Al Sufouh Road', '', None)]),
    CITY('AE', 'Abu Dhabi', n='أبو ظبي', pc=[''], w=1.5, alias=[('Abu Dhabi', 8), ('Abudhabi', .5)],
         d=[('Al Maryah Island', 'Al Maryah Island', 'ADGM', ['Al Maryah Island', 'Al Falah Street']),
            ('Al Khalidiyah', 'Al Khalidiyah', 'Khalidiya', ['Corniche Road', 'Zayed the First Street'])]),
    CITY('AE', 'Sharjah', n='الشارقة', pc=[''], w=.8, alias=[('Sharjah', 8), ('Sharjah - UAE', 1)],
         d=[('Sharjah Media City', 'Sharjah Media City', 'Shams', ['Al Messaned', 'Al Bataeh']),
            ('Sharjah Publishing City', 'Sharjah Publishing City Free Zone', 'SPC', ['E311 Sheikh Mohammed Bin Zayed Road'])]),
    CITY('AE', 'Ras Al Khaimah', n='رأس الخيمة', pc=[''], w=.4, alias=[('Ras Al Khaimah', 6), ('RAK', 1), ('Ras al-Khaimah', 1)],
         d=[('RAKEZ', 'RAKEZ Business Zone', 'RAKEZ', ['Al Hamra Industrial Zone-FZ'])]),
]
GEO['TR'] = [
    CITY('TR', 'İstanbul', pc=['34###'], w=5, alias=[('İstanbul', 6), ('Istanbul', 4), ('ISTANBUL', .5)],
         d=[('Maslak', 'Sarıyer', None, ['Büyükdere Caddesi', 'Ahi Evran Caddesi', 'Eski Büyükdere Caddesi']),
            ('Esentepe', 'Şişli', None, ['Büyükdere Caddesi', 'Kore Şehitleri Caddesi']),
            ('Levent', 'Beşiktaş', None, ['Cömert Sokak', 'Çarşı Caddesi']),
            ('Barbaros', 'Ataşehir', None, ['Begonya Sokak', 'Halk Caddesi', 'Mor Sümbül Sokak']),
            ('Kozyatağı', 'Kadıköy', None, ['Değirmen Sokak', 'Saniye Ermutlu Sokak']),
            ('Saray', 'Ümraniye', None, ['Dr. Adnan Büyükdeniz Caddesi', 'Site Yolu Caddesi'])],
         t=[('Nurol Plaza', 'Nurol Plaza', 0, 'Büyükdere Caddesi', '255', '34398'),
            ('Levent 199', 'Levent 199', 1, 'Büyükdere Caddesi', '199', '34394'),
            ('Nidakule Ataşehir', 'Nidakule Ataşehir', 3, 'Begonya Sokak', '1', '34746')]),
    CITY('TR', 'Ankara', pc=['06###'], w=1.5,
         d=[('Mustafa Kemal', 'Çankaya', None, ['Dumlupınar Bulvarı', 'Eskişehir Yolu']), ('Kızılay', 'Çankaya', None, ['Atatürk Bulvarı'])]),
    CITY('TR', 'İzmir', pc=['35###'], w=1, alias=[('İzmir', 6), ('Izmir', 4)],
         d=[('Alsancak', 'Konak', None, ['Kıbrıs Şehitleri Caddesi', 'Cumhuriyet Bulvarı'])]),
]
GEO['RU'] = [
    CITY('RU', 'Moscow', n='Москва', pc=['1#####'], w=5, alias=[('Moscow', 8), ('Moskva', 2), ('MOSCOW', .5)],
         s=[('Тверская', 'ul', 'Tverskaya Street'), ('Пресненская', 'nab', 'Presnenskaya Embankment'), ('Ленинградский', 'pr', 'Leningradsky Avenue'),
            ('Льва Толстого', 'ul', 'Lva Tolstogo Street'), ('Большая Новодмитровская', 'ul', None), ('Кутузовский', 'pr', 'Kutuzovsky Avenue'),
            ('Новый Арбат', 'ul', 'Novy Arbat Street'), ('Варшавское', 'sh', 'Warsaw Highway'), ('Шаболовка', 'ul', None),
            ('Котельническая', 'nab', None), ('Большая Почтовая', 'ul', None), ('Валовая', 'ul', None), ('Профсоюзная', 'ul', None)],
         t=[('Башня «Федерация»', 'Federation Tower', None, ('Пресненская', 'nab', 'Presnenskaya Embankment'), '12', '123112'),
            ('БЦ «Белая площадь»', 'White Square Business Centre', None, ('Лесная', 'ul', 'Lesnaya Street'), '5', '125047'),
            ('Башня «Империя»', 'Imperia Tower', None, ('Пресненская', 'nab', 'Presnenskaya Embankment'), '6', '123112')]),
    CITY('RU', 'Saint Petersburg', n='Санкт-Петербург', pc=['19####'], w=2,
         alias=[('Saint Petersburg', 5), ('St. Petersburg', 4), ('Sankt-Peterburg', 1), ('St Petersburg', 1)],
         s=[('Невский', 'pr', 'Nevsky Prospect'), ('Большая Морская', 'ul', None), ('Московский', 'pr', 'Moskovsky Avenue'),
            ('Профессора Попова', 'ul', None), ('Малый', 'pr', None)]),
    CITY('RU', 'Novosibirsk', n='Новосибирск', pc=['630###'], w=.7, s=[('Красный', 'pr', 'Krasny Avenue'), ('Инженерная', 'ul', None)]),
    CITY('RU', 'Kazan', n='Казань', pc=['420###'], w=.7, s=[('Баумана', 'ul', 'Baumana Street'), ('Петербургская', 'ul', None)]),
]
RU_TYPES = {'ul': ('улица', 'ул.', 'ulitsa', 'ul.', 'Street', 'St.'), 'pr': ('проспект', 'пр-т', 'prospekt', 'pr.', 'Avenue', 'Ave.'),
            'nab': ('набережная', 'наб.', 'naberezhnaya', 'nab.', 'Embankment', 'Emb.'), 'sh': ('шоссе', 'ш.', 'shosse', 'sh.', 'Highway', 'Hwy'),
            'per': ('переулок', 'пер.', 'pereulok', 'per.', 'Lane', 'Ln'), 'bul': ('бульвар', 'б-р', 'bulvar', 'bul.', 'Boulevard', 'Blvd')}
GEO['KZ'] = [
    CITY('KZ', 'Almaty', n='Алматы', pc=['050###', 'A##@#@#'], w=4, alias=[('Almaty', 10), ('Alma-Ata', .5), ('ALMATY', .5)],
         s=[('Аль-Фараби', 'pr', 'Al-Farabi Avenue'), ('Достык', 'pr', 'Dostyk Avenue'), ('Жандосова', 'ul', None), ('Абая', 'pr', 'Abay Avenue'),
            ('Толе би', 'ul', 'Tole Bi Street'), ('Назарбаева', 'pr', 'Nazarbayev Avenue'), ('Байзакова', 'ul', None)],
         t=[('Esentai Tower', 'Esentai Tower', None, ('Аль-Фараби', 'pr', 'Al-Farabi Avenue'), '77/7', '050040'),
            ('БЦ «Нурлы Тау»', 'Nurly Tau Business Centre', None, ('Аль-Фараби', 'pr', 'Al-Farabi Avenue'), '17/1', '050059'),
            ('Almaty Towers', 'Almaty Towers', None, ('Байзакова', 'ul', None), '280', '050040')]),
    CITY('KZ', 'Astana', n='Астана', pc=['010###', 'Z##@#@#'], w=2.5,
         alias=[('Astana', 8), ('Nur-Sultan', 2.5), ('ASTANA', .5)], nalias=[('Астана', 5), ('Нур-Султан', 1.5)],
         s=[('Мангилик Ел', 'pr', 'Mangilik El Avenue'), ('Достык', 'ul', 'Dostyk Street'), ('Кабанбай батыра', 'pr', 'Kabanbay Batyr Avenue'),
            ('Сыганак', 'ul', None), ('Туран', 'pr', 'Turan Avenue')],
         t=[('МФЦА', 'AIFC', None, ('Мангилик Ел', 'pr', 'Mangilik El Avenue'), '55/20', 'Z05T3C4')]),
]
GEO['IN'] = [
    CITY('IN', 'Bengaluru', st=('Karnataka', 'KA'), pc=['560###'], w=4, alias=[('Bengaluru', 6), ('Bangalore', 5), ('BANGALORE', .5)],
         d=[('Koramangala', 'Koramangala', '', ['80 Feet Road', '100 Feet Road', 'Hosur Road']),
            ('Whitefield', 'Whitefield', '', ['ITPL Main Road', 'Whitefield Main Road']),
            ('Indiranagar', 'Indiranagar', '', ['100 Feet Road', 'CMH Road']),
            ('MG Road', 'Mahatma Gandhi Road', '', ['Mahatma Gandhi Road', 'Residency Road', 'Brigade Road']),
            ('Marathahalli', 'Marathahalli', '', ['Outer Ring Road', 'Sarjapur Road'])],
         t=[('Prestige Tech Park', 'Prestige Tech Park', 4, 'Outer Ring Road', '', '560103'),
            ('Embassy Golf Links Business Park', 'Embassy Golf Links Business Park', 0, 'Intermediate Ring Road', '', '560071'),
            ('RMZ Ecoworld', 'RMZ Ecoworld', 4, 'Outer Ring Road', '', '560103'),
            ('Raheja Towers', 'Raheja Towers', 3, 'Mahatma Gandhi Road', '26-27', '560001')]),
    CITY('IN', 'Mumbai', st=('Maharashtra', 'MH'), pc=['400###'], w=3, alias=[('Mumbai', 10), ('Bombay', .3)],
         d=[('Bandra Kurla Complex', 'Bandra Kurla Complex', 'BKC', ['G Block', 'Bandra Kurla Complex Road']),
            ('Andheri East', 'Andheri East', '', ['Andheri-Kurla Road', 'MIDC Central Road']),
            ('Lower Parel', 'Lower Parel', '', ['Senapati Bapat Marg', 'Ganpatrao Kadam Marg']),
            ('Powai', 'Powai', '', ['Central Avenue', 'Hiranandani Gardens']),
            ('Nariman Point', 'Nariman Point', '', ['Jamnalal Bajaj Marg'])],
         t=[('One BKC', 'One BKC', 0, 'G Block', 'C-66', '400051'), ('Peninsula Business Park', 'Peninsula Business Park', 2, 'Ganpatrao Kadam Marg', '', '400013')]),
    CITY('IN', 'Gurugram', st=('Haryana', 'HR'), pc=['122###'], w=2, alias=[('Gurugram', 5), ('Gurgaon', 5)],
         d=[('DLF Cyber City', 'DLF Cyber City', 'Cyber City', ['DLF Phase 2', 'NH 48']), ('Udyog Vihar', 'Udyog Vihar', '', ['Udyog Vihar Phase 4']),
            ('Golf Course Road', 'Golf Course Road', '', ['Golf Course Road', 'Sector 43'])]),
    CITY('IN', 'Hyderabad', st=('Telangana', 'TS'), pc=['500###'], w=2,
         d=[('HITEC City', 'HITEC City', 'Madhapur', ['Hitech City Main Road', 'Cyber Towers Road']), ('Gachibowli', 'Gachibowli', '', ['Financial District', 'Old Mumbai Highway'])]),
    CITY('IN', 'Pune', st=('Maharashtra', 'MH'), pc=['411###'], w=1.2,
         d=[('Hinjewadi', 'Hinjewadi', '', ['Rajiv Gandhi Infotech Park', 'Phase 1']), ('Kharadi', 'Kharadi', '', ['EON Free Zone', 'Kharadi Bypass Road'])]),
    CITY('IN', 'New Delhi', st=('Delhi', 'DL'), pc=['110###'], w=1.5, alias=[('New Delhi', 8), ('Delhi', 3)],
         d=[('Connaught Place', 'Connaught Place', 'CP', ['Barakhamba Road', 'Kasturba Gandhi Marg']), ('Nehru Place', 'Nehru Place', '', ['Nehru Place'])]),
]
GEO['MY'] = [
    CITY('MY', 'Kuala Lumpur', st=('Wilayah Persekutuan Kuala Lumpur', 'W.P. Kuala Lumpur'), pc=['50###', '59###'], w=4,
         alias=[('Kuala Lumpur', 10), ('KL', .5), ('K. Lumpur', .2)],
         d=[('KLCC', 'KLCC', '', ['Jalan Ampang', 'Persiaran KLCC', 'Jalan Sultan Ismail']),
            ('Bangsar South', 'Bangsar South', '', ['Jalan Kerinchi']),
            ('Bukit Bintang', 'Bukit Bintang', '', ['Jalan Bukit Bintang', 'Jalan Raja Chulan']),
            ('Mid Valley City', 'Mid Valley City', '', ['Lingkaran Syed Putra']),
            ('KL Sentral', 'KL Sentral', '', ['Jalan Stesen Sentral 5'])],
         t=[('The Gardens South Tower', 'The Gardens South Tower', 3, 'Lingkaran Syed Putra', '', '59200'),
            ('Menara Exchange 106', 'The Exchange 106', 2, 'Lingkaran TRX', '', '55188'),
            ('Menara Citibank', 'Menara Citibank', 0, 'Jalan Ampang', '165', '50450'),
            ('Vertical Business Suite', 'Vertical Business Suite', 1, 'Jalan Kerinchi', '8', '59200'),
            ('Integra Tower', 'Integra Tower', 0, 'Jalan Tun Razak', '348', '50400')]),
    CITY('MY', 'Petaling Jaya', st=('Selangor', 'Selangor Darul Ehsan'), pc=['46###', '47###'], w=1.5, alias=[('Petaling Jaya', 8), ('PJ', .5)],
         d=[('Damansara', 'Damansara Uptown', '', ['Jalan SS 21/37', 'Jalan PJU 7/3']), ('Seksyen 13', 'Section 13', '', ['Jalan 13/6', 'Persiaran Barat'])]),
    CITY('MY', 'Cyberjaya', st=('Selangor', 'Selangor Darul Ehsan'), pc=['63000'], w=.7, d=[('Cyber 8', 'Cyber 8', '', ['Persiaran Multimedia', 'Jalan Teknokrat 6'])]),
    CITY('MY', 'George Town', st=('Pulau Pinang', 'Penang'), pc=['10###', '11###'], w=.8, alias=[('George Town', 5), ('Georgetown', 2), ('Penang', 1)],
         d=[('Bayan Lepas', 'Bayan Lepas', '', ['Jalan Sultan Azlan Shah', 'Lebuh Bukit Jambul']), ('Pulau Tikus', 'Pulau Tikus', '', ['Jalan Sultan Ahmad Shah'])]),
]
GEO['VN'] = [
    CITY('VN', 'Ho Chi Minh City', n='TP. Hồ Chí Minh', pc=['70####'], w=4,
         alias=[('Ho Chi Minh City', 6), ('HCMC', 1.5), ('Ho Chi Minh', 1.5), ('Saigon', .4)],
         nalias=[('TP. Hồ Chí Minh', 4), ('Thành phố Hồ Chí Minh', 2), ('TP.HCM', 1.5), ('Tp. HCM', 1)],
         d=[('Quận 1', 'District 1', 'Dist. 1', ['Nguyễn Huệ', 'Lê Duẩn', 'Đồng Khởi', 'Hải Triều', 'Tôn Đức Thắng', 'Lê Thánh Tôn']),
            ('Quận 3', 'District 3', 'Dist. 3', ['Điện Biên Phủ', 'Võ Văn Tần', 'Nam Kỳ Khởi Nghĩa']),
            ('Quận 7', 'District 7', 'Dist. 7', ['Nguyễn Lương Bằng', 'Nguyễn Văn Linh']),
            ('Thành phố Thủ Đức', 'Thu Duc City', 'Thu Duc', ['Xa lộ Hà Nội', 'Lê Văn Việt'])],
         t=[('Tòa nhà Bitexco', 'Bitexco Financial Tower', 0, 'Hải Triều', '2', '700000'),
            ('Saigon Centre', 'Saigon Centre', 0, 'Lê Lợi', '65', '700000'),
            ('Tòa nhà Sun Wah', 'Sun Wah Tower', 0, 'Nguyễn Huệ', '115', '700000')]),
    CITY('VN', 'Hanoi', n='Hà Nội', pc=['10####'], w=2.5, alias=[('Hanoi', 6), ('Ha Noi', 3), ('HANOI', .5)], nalias=[('Hà Nội', 5), ('TP. Hà Nội', 2)],
         d=[('Quận Cầu Giấy', 'Cau Giay District', 'Cau Giay', ['Duy Tân', 'Trần Duy Hưng', 'Xuân Thủy']),
            ('Quận Ba Đình', 'Ba Dinh District', 'Ba Dinh', ['Kim Mã', 'Liễu Giai']),
            ('Quận Nam Từ Liêm', 'Nam Tu Liem District', 'Nam Tu Liem', ['Phạm Hùng', 'Lê Đức Thọ'])],
         t=[('Lotte Center', 'Lotte Center Hanoi', 1, 'Liễu Giai', '54', '100000'), ('Keangnam Landmark 72', 'Keangnam Landmark 72', 2, 'Phạm Hùng', 'E6', '100000')]),
    CITY('VN', 'Da Nang', n='Đà Nẵng', pc=['55####'], w=.8, alias=[('Da Nang', 6), ('Danang', 3)], nalias=[('Đà Nẵng', 5), ('TP. Đà Nẵng', 2)],
         d=[('Quận Hải Châu', 'Hai Chau District', 'Hai Chau', ['Bạch Đằng', 'Nguyễn Văn Linh'])]),
]
GEO['BR'] = [
    CITY('BR', 'São Paulo', st=('SP', 'São Paulo'), pc=['01###-###', '04###-###'], w=5, alias=[('São Paulo', 6), ('Sao Paulo', 3), ('SAO PAULO', .5)],
         d=[('Bela Vista', 'Bela Vista', None, ['Avenida Paulista', 'Alameda Santos', 'Rua Augusta']),
            ('Itaim Bibi', 'Itaim Bibi', None, ['Avenida Brigadeiro Faria Lima', 'Rua Joaquim Floriano']),
            ('Vila Olímpia', 'Vila Olímpia', None, ['Rua Funchal', 'Rua Gomes de Carvalho']),
            ('Brooklin', 'Brooklin', None, ['Avenida Engenheiro Luís Carlos Berrini', 'Avenida das Nações Unidas']),
            ('Pinheiros', 'Pinheiros', None, ['Rua dos Pinheiros', 'Avenida Rebouças'])]),
    CITY('BR', 'Rio de Janeiro', st=('RJ', 'Rio de Janeiro'), pc=['20###-###', '22###-###'], w=2,
         d=[('Centro', 'Centro', None, ['Avenida Rio Branco', 'Rua da Assembleia']), ('Botafogo', 'Botafogo', None, ['Praia de Botafogo', 'Rua Voluntários da Pátria']),
            ('Barra da Tijuca', 'Barra da Tijuca', None, ['Avenida das Américas'])]),
    CITY('BR', 'Florianópolis', st=('SC', 'Santa Catarina'), pc=['88###-###'], w=.8, alias=[('Florianópolis', 5), ('Florianopolis', 3)],
         d=[('Saco Grande', 'Saco Grande', None, ['Rodovia SC-401']), ('Trindade', 'Trindade', None, ['Avenida Luiz Boiteux Piazza'])]),
]
GEO['MX'] = [
    CITY('MX', 'Ciudad de México', st=('CDMX', 'Ciudad de México'), pc=['06###', '11###', '03###', '01###'], w=5,
         alias=[('Ciudad de México', 4), ('CDMX', 4), ('Mexico City', 2), ('México, D.F.', .5), ('Cd. de México', .5)],
         d=[('Juárez', 'Cuauhtémoc', None, ['Paseo de la Reforma', 'Calle Hamburgo', 'Calle Londres']),
            ('Polanco V Sección', 'Miguel Hidalgo', None, ['Avenida Presidente Masaryk', 'Homero', 'Campos Elíseos']),
            ('Lomas de Chapultepec', 'Miguel Hidalgo', None, ['Paseo de las Palmas', 'Monte Líbano']),
            ('Nápoles', 'Benito Juárez', None, ['Avenida Insurgentes Sur', 'Montecito']),
            ('Santa Fe', 'Álvaro Obregón', None, ['Avenida Santa Fe', 'Prolongación Paseo de la Reforma'])],
         t=[('Torre Mayor', 'Torre Mayor', 0, 'Paseo de la Reforma', '505', '06500'),
            ('Torre Reforma', 'Torre Reforma', 0, 'Paseo de la Reforma', '483', '06500'),
            ('World Trade Center', 'WTC Ciudad de México', 3, 'Montecito', '38', '03810')]),
    CITY('MX', 'Guadalajara', st=('Jalisco', 'Jal.'), pc=['44###', '45###'], w=1.5,
         d=[('Providencia', 'Guadalajara', None, ['Avenida Américas', 'Avenida Pablo Neruda']), ('Puerta de Hierro', 'Zapopan', None, ['Boulevard Puerta de Hierro'])]),
    CITY('MX', 'Monterrey', st=('Nuevo León', 'N.L.'), pc=['64###', '66###'], w=1.5,
         d=[('Valle Oriente', 'San Pedro Garza García', None, ['Avenida Lázaro Cárdenas', 'Calzada del Valle']), ('Centro', 'Monterrey', None, ['Avenida Constitución'])]),
]
GEO['CY'] = [
    CITY('CY', 'Limassol', n='Λεμεσός', pc=['3###', '4###'], w=3, alias=[('Limassol', 8), ('Lemesos', 1.5), ('LIMASSOL', .5)],
         s=[("Αρχιεπισκόπου Μακαρίου Γ'", 'Archiepiskopou Makariou III Avenue', 'Makarios III Avenue'), ('Σπύρου Κυπριανού', 'Spyrou Kyprianou Avenue', 'Spyrou Kyprianou Ave'),
            ('Ανεξαρτησίας', 'Anexartisias Street', 'Anexartisias'), ('Γλάδστωνος', 'Gladstonos Street', 'Gladstonos'),
            ('Αγίας Φυλάξεως', 'Agias Fylaxeos Street', 'Ayias Fylaxeos'), ('Γρίβα Διγενή', 'Griva Digeni Avenue', 'Gr. Digeni Avenue'),
            ('28ης Οκτωβρίου', '28th October Street', '28is Oktovriou'), ('Αμαθούντος', 'Amathountos Avenue', 'Amathoundos Avenue')],
         t=[('Proteas House', 'Proteas House', None, ("Αρχιεπισκόπου Μακαρίου Γ'", 'Archiepiskopou Makariou III Avenue', 'Makarios III Avenue'), '155', '3026'),
            ('Vashiotis Business Center', 'Vashiotis Business Center', None, ('Αμαθούντος', 'Amathountos Avenue', 'Amathoundos Avenue'), '1', '4532'),
            ('Maximos Plaza', 'Maximos Plaza', None, ('28ης Οκτωβρίου', '28th October Street', '28is Oktovriou'), '213', '3035')]),
    CITY('CY', 'Nicosia', n='Λευκωσία', pc=['1###', '2###'], w=2, alias=[('Nicosia', 8), ('Lefkosia', 1.5), ('NICOSIA', .5)],
         s=[('Αγίου Παύλου', 'Agiou Pavlou Street', 'Ayiou Pavlou'), ('Θεμιστοκλή Δέρβη', 'Themistokli Dervi Avenue', 'Them. Dervis Avenue'),
            ('Ευαγόρου', 'Evagorou Avenue', 'Evagoras Avenue'), ('Κένεντι', 'Kennedy Avenue', 'Kennedy Ave'),
            ('Διαγόρου', 'Diagorou Street', 'Diagorou'), ('Στασίνου', 'Stasinou Avenue', 'Stasinou Ave'), ('Σπύρου Κυπριανού', 'Spyrou Kyprianou Avenue', 'Spyrou Kyprianou Ave')],
         t=[('Ledra House', 'Ledra House', None, ('Αγίου Παύλου', 'Agiou Pavlou Street', 'Ayiou Pavlou'), '15', '1105'),
            ('Chapo Central', 'Chapo Central', None, ('Σπύρου Κυπριανού', 'Spyrou Kyprianou Avenue', 'Spyrou Kyprianou Ave'), '20', '1075')]),
    CITY('CY', 'Larnaca', n='Λάρνακα', pc=['6###'], w=.8, alias=[('Larnaca', 8), ('Larnaka', 2)],
         s=[('Γρηγόρη Αυξεντίου', 'Grigori Afxentiou Avenue', 'Gr. Afxentiou'), ('Αθηνών', 'Athinon Avenue', 'Athens Avenue')]),
]

CITY_WP = {cc: WP([(c, c['w']) for c in lst]) for cc, lst in GEO.items()}
CITY_BY = {(c['cc'], c['r']): c for lst in GEO.values() for c in lst}

CSUF = {
    'US': [('', 6), ('USA', 1.5), ('United States', 1), ('US', .5), ('U.S.A.', .3)],
    'GB': [('', 5), ('UK', 2), ('United Kingdom', 1.5), ('England', .4), ('GB', .2)],
    'DE': [('', 6), ('Germany', 2), ('Deutschland', 1)], 'NL': [('', 6), ('Netherlands', 2), ('The Netherlands', 1), ('Nederland', .5)],
    'SG': [('', 8), ('Republic of Singapore', .3)], 'HK': [('', 8)], 'CN': [('', 3), ('China', 3), ('P.R. China', 1.5), ('PRC', 1), ("People's Republic of China", .5)],
    'TW': [('', 3), ('Taiwan', 3), ('Taiwan (R.O.C.)', 1.5), ('Taiwan, ROC', .5)], 'JP': [('', 4), ('Japan', 4)],
    'KR': [('', 3), ('Korea', 1.5), ('South Korea', 1.5), ('Republic of Korea', 1.5)], 'AE': [('', 4), ('UAE', 3), ('United Arab Emirates', 2), ('U.A.E.', 1)],
    'TR': [('', 5), ('Türkiye', 2), ('Turkey', 2)], 'RU': [('', 5), ('Russia', 2), ('Russian Federation', 2)],
    'KZ': [('', 5), ('Kazakhstan', 3), ('Republic of Kazakhstan', 1)], 'IN': [('', 4), ('India', 4)], 'MY': [('', 4), ('Malaysia', 4)],
    'VN': [('', 4), ('Vietnam', 3), ('Viet Nam', 1.5)], 'BR': [('', 5), ('Brasil', 2), ('Brazil', 2)], 'MX': [('', 5), ('México', 2), ('Mexico', 2)],
    'CY': [('', 5), ('Cyprus', 4)],
}
CSUF = {k: WP(v) for k, v in CSUF.items()}

# ============================================================ addresses

class Addr(object):
    __slots__ = ('cc', 'city', 'dist', 'street', 'num', 'bldg', 'floor', 'unit', 'ut', 'pc', 'pc4', 'extra', 'po', 'key')

    def __init__(self, cc, city, dist, street, num, bldg=None, floor=None, unit=None, ut=None, pc=None, extra=None, po=None):
        self.cc, self.city, self.dist, self.street, self.num = cc, city, dist, street, num
        self.bldg, self.floor, self.unit, self.ut, self.pc = bldg, floor, unit, ut, pc
        self.extra, self.po, self.pc4 = extra, po, None
        self.key = None

    def with_unit(self, floor, unit, ut=None):
        a = Addr(self.cc, self.city, self.dist, self.street, self.num, self.bldg, floor, unit, ut or self.ut, self.pc, self.extra, self.po)
        a.pc4 = self.pc4
        return a

    def render(self, rng, ctx=None):
        nat_p = NATIVE_P.get(self.cc, 0.0)
        if ctx is not None and ctx != self.cc:
            nat_p *= 0.35
        nat = rng.random() < nat_p
        s = RENDER[self.cc](self, rng, nat)
        if not nat and self.cc in ABBR_FAM:
            s = abbr(rng, s)
        return addr_noise(rng, s)


NATIVE_P = {'CN': .6, 'HK': .2, 'TW': .45, 'JP': .55, 'KR': .5, 'RU': .65, 'KZ': .5, 'VN': .6, 'CY': .06, 'AE': 0.0}
ABBR_FAM = {'US', 'GB', 'SG', 'HK', 'CN', 'MY', 'IN', 'AE', 'BR', 'MX', 'CY', 'KR', 'JP', 'VN', 'RU', 'KZ', 'TW'}

ABBR = {'Street': ['St', 'St.'], 'Road': ['Rd', 'Rd.'], 'Avenue': ['Ave', 'Ave.', 'Av.'], 'Boulevard': ['Blvd', 'Blvd.'],
        'Drive': ['Dr', 'Dr.'], 'Lane': ['Ln'], 'Place': ['Pl'], 'Square': ['Sq'], 'Highway': ['Hwy'], 'Parkway': ['Pkwy'],
        'Building': ['Bldg', 'Bldg.'], 'Tower': ['Twr'], 'Centre': ['Ctr'], 'Center': ['Ctr', 'Ctr.'], 'North': ['N', 'N.'],
        'South': ['S', 'S.'], 'East': ['E', 'E.'], 'West': ['W', 'W.'], 'District': ['Dist.', 'Dist'], 'Floor': ['Fl', 'Fl.', 'Flr'],
        'Suite': ['Ste', 'Ste.'], 'Room': ['Rm', 'Rm.'], 'Jalan': ['Jln', 'Jln.'], 'Persiaran': ['Psn.'], 'Lingkaran': ['Lkrn.'],
        'Avenida': ['Av.', 'Avda.', 'Av'], 'Rua': ['R.'], 'Alameda': ['Al.'], 'Rodovia': ['Rod.'], 'Calle': ['C.'],
        'Paseo': ['P.º', 'Pº'], 'Fifth': ['5th'], 'First': ['1st'], 'Second': ['2nd'], 'Third': ['3rd'], 'Fourth': ['4th'],
        'Seventh': ['7th'], 'Saint': ['St.'], 'Industrial': ['Ind.'], 'Business': ['Bus.'], 'International': ["Int'l", 'Intl.'],
        'Financial': ['Fin.'], 'Prolongación': ['Prol.'], 'Archiepiskopou': ['Arch.', 'Archbishop'], 'Embankment': ['Emb.'],
        'Engenheiro': ['Eng.'], 'Brigadeiro': ['Brig.'], 'Presidente': ['Pres.'], 'Middle': ['Mid.'], 'Section': ['Sec.']}
_ABBR_RE = re.compile(r'\b(' + '|'.join(sorted(map(re.escape, ABBR), key=len, reverse=True)) + r')\b')


def abbr(rng, s):
    r = rng.random()
    if r < .42:
        return s
    p = 1.0 if r < .85 else .5

    def f(m):
        if p < 1 and rng.random() > p:
            return m.group(0)
        return pick(rng, ABBR[m.group(0)])
    return _ABBR_RE.sub(f, s)


def addr_noise(rng, s):
    r = rng.random()
    if r < .06:
        s = s.upper()
    elif r < .075:
        s = s.lower()
    r = rng.random()
    if r < .04:
        s = s.replace(',', '')
    elif r < .055:
        s = s.replace(', ', '\n')
    elif r < .085:
        s = s.replace(', ', ',')
    elif r < .095:
        s = s.replace(', ', '; ')
    if rng.random() < .02:
        s += '.'
    if rng.random() < .008:
        s = typo(rng, s)
    return space_noise(rng, s)


UT_VAR = {'suite': WP([('Suite', 5), ('Ste', 2), ('Ste.', 1.5), ('#', 1), ('STE', .3), ('Suite #', .3)]),
          'unit': WP([('Unit', 5), ('#', 1), ('Unit No.', .5), ('U', .2)]),
          'flat': WP([('Flat', 5), ('Apartment', 1), ('Apt', 1), ('Flat No.', .3)]),
          'office': WP([('Office', 5), ('Office No.', 1), ('Off.', .5), ('Ofc', .3), ('Office #', .3), ('Unit', .6)]),
          'room': WP([('Room', 5), ('Rm', 2), ('Rm.', 1), ('Room No.', .5), ('Flat/Rm', 1), ('Unit', .5)]),
          'apt': WP([('Apt', 4), ('Apt.', 2), ('Apartment', 1), ('#', 1), ('Unit', .5)]),
          'pmb': WP([('PMB', 4), ('#', 3), ('Ste', 1), ('Box', .5)])}


def ut_r(rng, ut, unit):
    w = UT_VAR.get(ut or 'unit', UT_VAR['unit'])(rng)
    return (w + unit) if w.endswith('#') else ('%s %s' % (w, unit))


def floor_en(rng, f):
    return wp(rng, [('%s Floor' % ordinal(f), 4), ('Floor %d' % f, 2), ('%dF' % f, 1), ('Level %d' % f, .7), ('Fl %d' % f, .5)])


def _city(rng, a):
    return a.city['alias'](rng)


def _cn_city_nat(rng, a):
    return a.city['nalias'](rng) if a.city['nalias'] else a.city['n']


def R_US(a, rng, nat):
    line = ('%s %s' % (a.num, a.street[1])).strip()
    u = None
    if a.unit:
        u = ut_r(rng, a.ut or 'suite', a.unit)
    elif a.floor:
        u = wp(rng, [('%s Floor' % ordinal(a.floor), 3), ('Floor %d' % a.floor, 2), ('Fl %d' % a.floor, 1)])
    r = rng.random()
    if u is None:
        first = [line]
    elif r < .45:
        first = ['%s %s' % (line, u)]
    elif r < .85:
        first = [line, u]
    else:
        first = [u, line]
    if a.bldg and rng.random() < .3:
        first.insert(0, a.bldg[1])
    st = a.city['st']
    if rng.random() < .1:
        st = US_STATE.get(st, st)
    z = a.pc or ''
    r = rng.random()
    if r < .08:
        z = ''
    elif r < .16 and a.pc4:
        z = '%s-%s' % (z, a.pc4)
    tail = ('%s, %s %s' % (_city(rng, a), st, z)).strip()
    if rng.random() < .15:
        tail = ('%s %s %s' % (_city(rng, a), st, z)).strip()
    p = first + [tail]
    s = CSUF['US'](rng)
    if s:
        p.append(s)
    return ', '.join(p)


def R_GB(a, rng, nat):
    p = []
    if a.unit:
        p.append(ut_r(rng, a.ut or 'suite', a.unit))
    if a.floor and (not a.unit or rng.random() < .3):
        p.append(wp(rng, [('%s Floor' % ordinal(a.floor), 4), ('Floor %d' % a.floor, 1.5), ('Level %d' % a.floor, .5)]))
    if a.bldg:
        p.append(a.bldg[1])
    p.append(('%s %s' % (a.num, a.street[1])).strip())
    if a.extra and rng.random() < .6:
        p.append(a.extra)
    pc = a.pc or ''
    r = rng.random()
    if r < .15:
        pc = pc.replace(' ', '')
    elif r < .2:
        pc = pc.lower()
    city = _city(rng, a)
    if rng.random() < .6:
        p.append(('%s %s' % (city, pc)).strip())
    else:
        p += [city] + ([pc] if pc else [])
    s = CSUF['GB'](rng)
    if s:
        p.append(s)
    return ', '.join(p)


def R_DE(a, rng, nat):
    st = a.street[1]
    r = rng.random()
    if st.endswith('straße'):
        if r < .3:
            st = st[:-6] + 'str.'
        elif r < .45:
            st = st[:-6] + 'strasse'
        elif r < .5:
            st = st[:-6] + ' Straße'
    elif st.endswith('Straße'):
        if r < .3:
            st = st[:-6] + 'Str.'
        elif r < .45:
            st = st[:-6] + 'Strasse'
    elif st.endswith('platz') and r < .2:
        st = st[:-5] + 'pl.'
    if rng.random() < .06:
        st = de_umlaut(st)
    p = [('%s %s' % (st, a.num)).strip()]
    if a.floor and rng.random() < .75:
        p.append(wp(rng, [('%d. OG' % a.floor, 3), ('%d. Etage' % a.floor, 2), ('%d. Stock' % a.floor, 1), ('Etage %d' % a.floor, .5)]))
    if a.unit:
        p.append(wp(rng, [('Büro %s' % a.unit, 2), ('Raum %s' % a.unit, 1), ('Suite %s' % a.unit, 1), ('Top %s' % a.unit, .3)]))
    if a.bldg and rng.random() < .35:
        p.insert(0, a.bldg[1])
    pc = a.pc or ''
    r = rng.random()
    if r < .05:
        pc = 'D-' + pc
    elif r < .08:
        pc = 'DE-' + pc
    p.append(('%s %s' % (pc, _city(rng, a))).strip())
    if rng.random() < .04:
        p = [p[-1]] + p[:-1]
    s = CSUF['DE'](rng)
    if s:
        p.append(s)
    return ', '.join(p)


def R_NL(a, rng, nat):
    num = a.num
    if a.unit:
        num += wp(rng, [('-%s' % a.unit, 3), (' %s' % a.unit, 2), ('%s' % a.unit if a.unit.isalpha() else '-%s' % a.unit, 1)])
    elif a.floor and a.floor <= 12:
        num += wp(rng, [('-%d' % a.floor, 2), (' %s' % ROMAN[a.floor], 1), ('-%s' % ROMAN[a.floor], .5), (' %de verdieping' % a.floor, .4)])
    pc = a.pc or ''
    r = rng.random()
    if r < .3:
        pc = pc.replace(' ', '')
    elif r < .35:
        pc = pc.lower()
    p = []
    if a.bldg and rng.random() < .4:
        p.append(a.bldg[1])
    p += ['%s %s' % (a.street[1], num), ('%s %s' % (pc, _city(rng, a))).strip()]
    s = CSUF['NL'](rng)
    if s:
        p.append(s)
    return ', '.join(p)


def R_CY(a, rng, nat):
    if nat:
        p = ['%s %s' % (a.street[0], a.num)]
        if a.floor:
            p.append('%dος όροφος' % a.floor)
        if a.unit:
            p.append('Γραφείο %s' % a.unit)
        p.append('%s %s' % (a.pc, a.city['n']))
        return ', '.join(p)
    st = a.street[1] if rng.random() < .7 else a.street[2]
    p = ['%s %s' % (st, a.num) if rng.random() < .6 else '%s %s' % (a.num, st)]
    if a.bldg:
        p.append(a.bldg[1])
    if a.floor:
        p.append(wp(rng, [('%s floor' % ordinal(a.floor), 3), ('%s Floor' % ordinal(a.floor), 2), ('Floor %d' % a.floor, 1)]))
    if a.unit:
        p.append(ut_r(rng, a.ut or 'office', a.unit))
    if rng.random() < .15 and len(p) > 2:
        p[0], p[1] = p[1], p[0]
    p.append(('%s %s' % (a.pc or '', _city(rng, a))).strip())
    s = CSUF['CY'](rng)
    if s:
        p.append(s)
    return ', '.join(p)


def _tr_sub(rng, st):
    st = st.replace('Caddesi', wp(rng, [('Cad.', 4), ('Caddesi', 3), ('Cd.', 1.5)]))
    st = st.replace('Sokak', wp(rng, [('Sok.', 4), ('Sokak', 2), ('Sk.', 1.5)]))
    st = st.replace('Bulvarı', wp(rng, [('Bulvarı', 3), ('Blv.', 2), ('Bulv.', 1)]))
    return st


def R_TR(a, rng, nat):
    mah, ilce = a.dist['n'], a.dist['r']
    p = [wp(rng, [('%s Mah.' % mah, 4), ('%s Mahallesi' % mah, 2), ('%s Mh.' % mah, 1)]), _tr_sub(rng, a.street[1])]
    d = None
    if a.unit:
        d = a.unit
    r = rng.random()
    if d and r < .25:
        p.append('No:%s/%s' % (a.num, d))
        d = None
    else:
        p.append(wp(rng, [('No:%s' % a.num, 4), ('No: %s' % a.num, 2), ('No.%s' % a.num, 1), ('No %s' % a.num, 1)]))
    if a.bldg and rng.random() < .6:
        p.append(a.bldg[1])
    if a.floor:
        p.append(wp(rng, [('Kat:%d' % a.floor, 3), ('Kat %d' % a.floor, 2), ('K:%d' % a.floor, 1), ('%d. Kat' % a.floor, 1)]))
    if d:
        p.append(wp(rng, [('D:%s' % d, 3), ('Daire %s' % d, 1), ('D.%s' % d, 1)]))
    city = _city(rng, a)
    tail = wp(rng, [('%s/%s' % (ilce, city), 4), ('%s / %s' % (ilce, city), 1), ('%s, %s' % (ilce, city), 2),
                    ('%s %s/%s' % (a.pc, ilce, city), 2)])
    sep = ' ' if rng.random() < .6 else ', '
    s = sep.join(p) + ' ' + tail
    suf = CSUF['TR'](rng)
    if suf:
        s += ', ' + suf
    r = rng.random()
    if r < .22:
        s = fold(s)
    elif r < .3:
        s = tr_upper(s)
    return s


def R_BR(a, rng, nat):
    st = a.street[1]
    comp = None
    if a.unit:
        comp = wp(rng, [('Conj. %s' % a.unit, 3), ('Conjunto %s' % a.unit, 1), ('Sala %s' % a.unit, 2), ('cj %s' % a.unit, .5), ('Cj. %s' % a.unit, 1)])
    elif a.floor:
        comp = wp(rng, [('%dº andar' % a.floor, 3), ('%d° andar' % a.floor, 1), ('%d andar' % a.floor, 1), ('Andar %d' % a.floor, .5)])
    uf, _ = a.city['st']
    cep = a.pc or ''
    r = rng.random()
    if r < .25:
        cep = cep.replace('-', '')
    elif r < .35:
        cep = 'CEP ' + cep
    s = '%s, %s' % (st, a.num)
    if comp:
        s += wp(rng, [(', ' + comp, 3), (' - ' + comp, 2), (' ' + comp, 1)])
    bairro = a.dist['n'] if a.dist and a.dist['n'] else ''
    s += ' - %s, %s - %s, %s' % (bairro, _city(rng, a), uf, cep) if rng.random() < .6 else ', %s, %s/%s, %s' % (bairro, _city(rng, a), uf, cep)
    suf = CSUF['BR'](rng)
    if suf:
        s += ', ' + suf
    if rng.random() < .25:
        s = fold(s)
    return s


def R_MX(a, rng, nat):
    s = '%s %s' % (a.street[1], a.num)
    if a.unit:
        s += wp(rng, [(' Int. %s' % a.unit, 3), (' Despacho %s' % a.unit, 1), (', Of. %s' % a.unit, 1), (' Piso %d' % (a.floor or 1), 1)])
    elif a.floor:
        s += wp(rng, [(', Piso %d' % a.floor, 3), (' Piso %d' % a.floor, 1), (', P. %d' % a.floor, .5)])
    col, alc = a.dist['n'], a.dist['r']
    p = [s, wp(rng, [('Col. %s' % col, 4), ('Colonia %s' % col, 1.5), (col, 1)])]
    if rng.random() < .6:
        p.append(alc)
    cp = a.pc or ''
    p.append(wp(rng, [('C.P. %s' % cp, 3), ('CP %s' % cp, 2), (cp, 2)]))
    stt = a.city['st']
    city = _city(rng, a)
    p.append(city if stt[0] == 'CDMX' else '%s, %s' % (city, pick(rng, stt)))
    suf = CSUF['MX'](rng)
    if suf:
        p.append(suf)
    s = ', '.join(p)
    if rng.random() < .2:
        s = fold(s)
    return s


def R_RU(a, rng, nat):
    name, typ, en = a.street
    T = RU_TYPES[typ]
    c = a.city
    if nat:
        t = T[1] if rng.random() < .75 else T[0]
        st = ('%s %s' % (t, name)) if rng.random() < .7 else ('%s %s' % (name, t))
        cn = c['nalias'](rng) if c['nalias'] else c['n']
        city = wp(rng, [('г. %s' % cn, 3), (cn, 2), ('г.%s' % cn, .5)])
        p = [city, st, wp(rng, [('д. %s' % a.num, 4), ('д.%s' % a.num, 1.5), ('дом %s' % a.num, .5), (a.num, 1)])]
        if a.extra:
            p.append(a.extra[0])
        if a.bldg and rng.random() < .5:
            p.append(a.bldg[0])
        if a.floor and rng.random() < .6:
            p.append(wp(rng, [('эт. %d' % a.floor, 2), ('этаж %d' % a.floor, 2), ('%d этаж' % a.floor, 1)]))
        if a.unit:
            ut = a.ut or 'of'
            lab = {'of': [('оф. ', 4), ('офис ', 2), ('пом. ', 1)], 'komn': [('комн. ', 3), ('ком. ', 1), ('комната ', 1)],
                   'kv': [('кв. ', 4), ('квартира ', 1)]}.get(ut, [('оф. ', 1)])
            p.append(wp(rng, lab) + a.unit)
        r = rng.random()
        if a.pc and r < .55:
            p.insert(0, a.pc)
        elif a.pc and r < .8:
            p.append(a.pc)
        return ', '.join(p)
    sch = wp(rng, [('bgn', 3), ('en', 3), ('icao', 1.5), ('de', .4)])
    nm = translit(name, sch)
    r = rng.random()
    if en and r < .35:
        st = en
        line = wp(rng, [('%s %s' % (a.num, st), 2), ('%s, %s' % (st, a.num), 2), ('%s %s' % (st, a.num), 1)])
    elif r < .7:
        st = '%s %s' % (T[3], nm)
        line = '%s, %s' % (st, wp(rng, [('d. %s' % a.num, 2), ('bld. %s' % a.num, 1), (a.num, 2), ('house %s' % a.num, .5)]))
    else:
        st = '%s %s' % (nm, pick(rng, [T[2], T[3], T[4], T[5]]))
        line = '%s, %s' % (st, a.num)
    p = [line]
    if a.extra:
        p.append(a.extra[1])
    if a.bldg and rng.random() < .5:
        p.append(a.bldg[1])
    if a.floor and rng.random() < .6:
        p.append(wp(rng, [('floor %d' % a.floor, 2), ('%s floor' % ordinal(a.floor), 2), ('fl. %d' % a.floor, 1)]))
    if a.unit:
        ut = a.ut or 'of'
        lab = {'of': [('office ', 4), ('of. ', 2), ('Office ', 1), ('premises ', .5)], 'komn': [('room ', 3), ('komn. ', 1), ('rm. ', 1)],
               'kv': [('apt. ', 3), ('kv. ', 1)]}.get(ut, [('office ', 1)])
        p.append(wp(rng, lab) + a.unit)
    city = c['alias'](rng)
    p.append(('%s %s' % (city, a.pc or '')).strip() if rng.random() < .6 else city)
    suf = CSUF[a.cc](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_SG(a, rng, nat):
    line = '%s %s' % (a.num, a.street[1])
    u = None
    if a.floor and a.unit:
        f, un = a.floor, a.unit
        u = wp(rng, [('#%02d-%s' % (f, un), 6), ('# %02d-%s' % (f, un), .4), ('#%d-%s' % (f, un), 1), ('Unit %02d-%s' % (f, un), 1),
                     ('%02d-%s' % (f, un), .8), ('#%02d-%s' % (f, un), 0)])
    elif a.floor:
        u = 'Level %d' % a.floor
    pc = a.pc or ''
    pcs = wp(rng, [('Singapore %s' % pc, 6), ('Singapore(%s)' % pc, .4), ('S(%s)' % pc, 1), ('S%s' % pc, .4), ('SINGAPORE %s' % pc, .5),
                   ('Singapore, %s' % pc, .5), ('Singapore', .3)])
    b = a.bldg[1] if a.bldg else None
    r = rng.random()
    if r < .6:
        p = [line] + ([u] if u else []) + ([b] if b else [])
    elif r < .85:
        p = ([u] if u else []) + ([b] if b else []) + [line]
    else:
        p = ([b] if b else []) + [line] + ([u] if u else [])
    p.append(pcs)
    return ', '.join(p)


def R_HK(a, rng, nat):
    d = a.dist
    if nat:
        s = ''
        r = rng.random()
        if r < .7:
            s += '香港'
        if d:
            s += d['n']
        s += a.street[0] + '%s號' % a.num
        if a.bldg:
            s += a.bldg[0]
        if a.floor:
            s += wp(rng, [('%d樓' % a.floor, 4), ('%d/F' % a.floor, 1), ('%d字樓' % a.floor, .3)])
        if a.unit:
            s += wp(rng, [('%s室' % a.unit, 4), ('%s' % a.unit, 1), ('%s號' % a.unit, .3)])
        return s
    p = []
    fu = []
    if a.unit:
        fu.append(ut_r(rng, a.ut or 'room', a.unit))
    if a.floor:
        fu.append(wp(rng, [('%d/F' % a.floor, 6), ('%dF' % a.floor, 2), ('%s Floor' % ordinal(a.floor), 2), ('Floor %d' % a.floor, .5), ('%d/F.' % a.floor, .5)]))
    if fu:
        p.append((' ' if rng.random() < .3 else ', ').join(fu))
    if a.bldg:
        p.append(a.bldg[1])
    p.append('%s %s' % (a.num, a.street[1]))
    if d:
        p.append(d['r'])
    reg = wp(rng, [('Hong Kong', 5), ('HK', 1.5), ('Hong Kong SAR', 1), ('HKSAR', .3), ('Kowloon', 1 if d and d['alt'] == 'Kowloon' else 0),
                   ('KLN', .3 if d and d['alt'] == 'Kowloon' else 0), ('N.T.', .5 if d and d['alt'] == 'New Territories' else 0),
                   ('New Territories', .5 if d and d['alt'] == 'New Territories' else 0)])
    if rng.random() < .92:
        p.append(reg)
    return ', '.join(p)


def R_CN(a, rng, nat):
    c = a.city
    d = a.dist
    if nat:
        s = ''
        if c['st'] and rng.random() < .5:
            s += c['st'][0]
        s += _cn_city_nat(rng, a)
        if d and d['n']:
            s += d['n']
        s += '%s%s号' % (a.street[0], a.num)
        if a.bldg:
            s += a.bldg[0]
        if a.floor:
            s += wp(rng, [('%d楼' % a.floor, 3), ('%d层' % a.floor, 2), ('%dF' % a.floor, .5)])
        if a.unit:
            s += wp(rng, [('%s室' % a.unit, 5), (a.unit, 1), ('%s房' % a.unit, .3)])
        if a.extra and rng.random() < .6:
            s += a.extra[0]
        r = rng.random()
        if a.pc and r < .1:
            s = a.pc + ' ' + s
        elif a.pc and r < .15:
            s = s + ' ' + a.pc
        if rng.random() < .1:
            s = s.replace('号', '号 ', 1)
        return s
    st = a.street[1] if rng.random() < .65 else a.street[2]
    p = []
    if a.unit:
        p.append(wp(rng, [('Room %s' % a.unit, 4), ('Rm %s' % a.unit, 2), ('Rm. %s' % a.unit, 1), ('Unit %s' % a.unit, 1), ('Suite %s' % a.unit, .5)]))
    if a.floor and not (a.unit and rng.random() < .35):
        p.append(wp(rng, [('%dF' % a.floor, 2), ('%d/F' % a.floor, 1), ('Floor %d' % a.floor, 1.5), ('%s Floor' % ordinal(a.floor), 1.5), ('Level %d' % a.floor, .5)]))
    if a.extra and rng.random() < .5:
        p.append(a.extra[1])
    if a.bldg:
        p.append(a.bldg[1])
    p.append(wp(rng, [('No. %s %s' % (a.num, st), 4), ('%s %s' % (a.num, st), 3), ('No.%s, %s' % (a.num, st), 1)]))
    if d and d['r']:
        p.append(wp(rng, [(d['r'], 4), (d['alt'], 2)]))
    city = _city(rng, a)
    if c['st'] and rng.random() < .3:
        city += ', ' + c['st'][1]
    if a.pc and rng.random() < .5:
        city += ' ' + a.pc
    p.append(city)
    suf = CSUF['CN'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_TW(a, rng, nat):
    d = a.dist
    if nat:
        s = ''
        if a.pc and rng.random() < .6:
            s += a.pc
        s += _cn_city_nat(rng, a) + (d['n'] if d else '') + a.street[0] + '%s號' % a.num
        if a.floor:
            s += '%d樓' % a.floor
            if a.unit:
                s += '之%s' % a.unit
        if a.bldg and rng.random() < .3:
            s += '（%s）' % a.bldg[0]
        return s
    p = []
    if a.floor:
        if a.unit:
            p.append(wp(rng, [('%dF.-%s' % (a.floor, a.unit), 3), ('%dF-%s' % (a.floor, a.unit), 2), ('%dF., No. %s' % (a.floor, a.unit), 0),
                              ('Rm. %s, %dF.' % (a.unit, a.floor), 1)]))
        else:
            p.append(wp(rng, [('%dF.' % a.floor, 3), ('%dF' % a.floor, 2), ('%s Floor' % ordinal(a.floor), 1)]))
    p.append(wp(rng, [('No. %s' % a.num, 4), ('No.%s' % a.num, 2), ('No %s' % a.num, .5)]))
    p.append(a.street[1] if rng.random() < .7 else a.street[2])
    if d:
        p.append(d['r'] if rng.random() < .75 else d['alt'])
    city = _city(rng, a)
    if a.pc and rng.random() < .6:
        city += ' ' + a.pc
    p.append(city)
    suf = CSUF['TW'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_JP(a, rng, nat):
    c = a.city
    d = a.dist
    ch, ban, go = (a.num.split('-') + ['1', '1'])[:3]
    if nat:
        z = wp(rng, [('〒%s ' % a.pc, 4), ('%s ' % a.pc, 1), ('', 3)]) if a.pc else ''
        num = wp(rng, [('%s-%s-%s' % (ch, ban, go), 4), ('%s丁目%s番%s号' % (ch, ban, go), 2), ('%s丁目%s-%s' % (ch, ban, go), 1),
                       (fullwidth('%s-%s-%s' % (ch, ban, go)), 1)])
        s = z + c['st'][0] + c['n'] + d['n'] + a.street[0] + num
        if a.bldg:
            s += wp(rng, [(' ', 2), ('', 1), ('　', .5)]) + a.bldg[0]
        if a.floor:
            if not a.bldg:
                s += wp(rng, [(' ', 3), ('　', 1)])
            s += wp(rng, [('%d階' % a.floor, 3), ('%dF' % a.floor, 2)])
        if a.unit:
            s += wp(rng, [('%s号室' % a.unit, 2), (' %s' % a.unit, 1), ('-%s' % a.unit, .5)])
        return s
    p = []
    fl = None
    if a.floor:
        fl = wp(rng, [('%dF' % a.floor, 4), ('%s Floor' % ordinal(a.floor), 2), ('%s Fl.' % ordinal(a.floor), .5)])
    if a.bldg:
        p.append((a.bldg[1] + ' ' + fl) if fl else a.bldg[1])
    elif fl:
        p.append(fl)
    if a.unit:
        p.insert(0, wp(rng, [('#%s' % a.unit, 2), ('Room %s' % a.unit, 2), ('Suite %s' % a.unit, 1)]))
    p.append('%s-%s-%s %s' % (ch, ban, go, a.street[1]))
    wr = wp(rng, [(d['r'], 4), (d['alt'], 2), (d['r'].replace('-ku', ' Ku'), .5), (d['r'].replace('-ku', 'ku'), .5)])
    p.append(wr)
    city = _city(rng, a)
    if c['st'][1] != c['r'] and rng.random() < .4:
        city += ', ' + c['st'][1]
    if a.pc and rng.random() < .75:
        city += ' ' + a.pc
    p.append(city)
    suf = CSUF['JP'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_KR(a, rng, nat):
    d = a.dist
    if nat:
        s = '%s %s %s %s' % (_cn_city_nat(rng, a), d['n'], a.street[0], a.num)
        extra = []
        if a.bldg and rng.random() < .5:
            extra.append(a.bldg[0])
        if a.floor:
            extra.append('%d층' % a.floor)
        if a.unit:
            extra.append('%s호' % a.unit)
        if extra:
            s += ', ' + ' '.join(extra)
        if a.pc and rng.random() < .3:
            s = '(%s) ' % a.pc + s
        return s
    p = []
    if a.unit:
        p.append(wp(rng, [('#%s' % a.unit, 3), ('Room %s' % a.unit, 1), ('Suite %s' % a.unit, 1), ('%s-ho' % a.unit, .5)]))
    if a.floor:
        p.append(wp(rng, [('%dF' % a.floor, 3), ('%s Floor' % ordinal(a.floor), 2), ('%d/F' % a.floor, .5)]))
    if a.bldg:
        p.append(a.bldg[1])
    st = wp(rng, [(a.street[1], 5), (a.street[2], 2), (a.street[1].replace('-', ''), 1)])
    p.append('%s %s' % (a.num, st) if rng.random() < .7 else '%s, %s' % (a.num, st))
    p.append(wp(rng, [(d['r'], 4), (d['alt'], 2), (d['r'].replace('-gu', ' gu'), .5)]))
    city = _city(rng, a)
    if a.pc and rng.random() < .6:
        city += ' ' + a.pc
    p.append(city)
    suf = CSUF['KR'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_AE(a, rng, nat):
    d = a.dist
    p = []
    if a.unit:
        p.append(ut_r(rng, a.ut or 'office', a.unit))
    if a.floor and (not a.unit or rng.random() < .5):
        p.append(wp(rng, [('Floor %d' % a.floor, 2), ('%s Floor' % ordinal(a.floor), 2), ('Level %d' % a.floor, 1), ('%dth Flr' % a.floor, .2)]))
    if a.bldg:
        p.append(a.bldg[1])
    if a.street and a.street[1]:
        p.append(('%s %s' % (a.num, a.street[1])).strip())
    if d:
        p.append(wp(rng, [(d['r'], 3), (d['alt'], 2)]))
    if a.po and rng.random() < .65:
        p.append(wp(rng, [('P.O. Box %s' % a.po, 3), ('PO Box %s' % a.po, 2), ('P.O.Box %s' % a.po, 1), ('POB %s' % a.po, .5)]))
    p.append(_city(rng, a))
    suf = CSUF['AE'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_IN(a, rng, nat):
    d = a.dist
    p = []
    if a.unit:
        p.append(wp(rng, [('Office No. %s' % a.unit, 2), ('Unit %s' % a.unit, 2), ('#%s' % a.unit, 1), ('No. %s' % a.unit, 1), ('Flat %s' % a.unit, .3)]))
    if a.floor:
        f = a.floor
        p.append(wp(rng, [('%s Floor' % ordinal(f), 4), ('Floor %d' % f, 1), ('%s Floor' % ROMAN[min(f, 20)], .5), ('%s Flr' % ordinal(f), .3)]))
    if a.bldg:
        p.append(a.bldg[1])
    if a.num:
        p.append(wp(rng, [('%s, %s' % (a.num, a.street[1]), 2), ('No. %s, %s' % (a.num, a.street[1]), 1), ('%s %s' % (a.num, a.street[1]), 1)]))
    else:
        p.append(a.street[1])
    if d:
        p.append(d['r'])
    city = _city(rng, a)
    pin = a.pc or ''
    if rng.random() < .2 and pin:
        pin = pin[:3] + ' ' + pin[3:]
    stt = a.city['st']
    r = rng.random()
    if r < .4:
        p.append('%s - %s' % (city, pin))
        p.append(stt[0])
    elif r < .8:
        p.append(city)
        p.append('%s %s' % (pick(rng, stt), pin))
    else:
        p.append('%s %s' % (city, pin))
    suf = CSUF['IN'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_MY(a, rng, nat):
    d = a.dist
    p = []
    if a.floor and a.unit:
        f, u = a.floor, a.unit
        p.append(wp(rng, [('Level %d, Suite %d.%s' % (f, f, u), 3), ('Suite %d.%s, Level %d' % (f, u, f), 1), ('Unit %d-%s' % (f, u), 2),
                          ('L%d-%s' % (f, u), 1), ('Lot %d.%s' % (f, u), .5), ('Suite %d-%s' % (f, u), 1)]))
    elif a.floor:
        p.append(wp(rng, [('Level %d' % a.floor, 3), ('Tingkat %d' % a.floor, .5), ('%s Floor' % ordinal(a.floor), 1)]))
    if a.bldg:
        p.append(a.bldg[1])
    if a.num:
        p.append(wp(rng, [('No. %s, %s' % (a.num, a.street[1]), 2), ('%s %s' % (a.num, a.street[1]), 2), ('%s, %s' % (a.num, a.street[1]), 1)]))
    else:
        p.append(a.street[1])
    if d and rng.random() < .7:
        p.append(d['r'])
    p.append(('%s %s' % (a.pc or '', _city(rng, a))).strip())
    stt = a.city['st']
    if rng.random() < .7:
        p.append(pick(rng, stt))
    suf = CSUF['MY'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


def R_VN(a, rng, nat):
    d = a.dist
    if nat:
        p = []
        if a.floor:
            p.append(wp(rng, [('Tầng %d' % a.floor, 4), ('Lầu %d' % a.floor, 1), ('T%d' % a.floor, .5)]))
        if a.unit:
            p.append('Phòng %s' % a.unit)
        if a.bldg:
            p.append(a.bldg[0])
        p.append('%s %s' % (a.num, a.street[0]) if rng.random() < .75 else 'Số %s đường %s' % (a.num, a.street[0]))
        if d:
            p.append(wp(rng, [(d['n'], 4), (d['n'].replace('Quận ', 'Q.'), 1), (d['n'].replace('Quận ', 'Q. '), .5)]))
        p.append(_cn_city_nat(rng, a))
        s = ', '.join(p)
        if rng.random() < .4:
            s = fold(s)
        return s
    p = []
    if a.floor:
        p.append(wp(rng, [('Floor %d' % a.floor, 3), ('%s Floor' % ordinal(a.floor), 2), ('Level %d' % a.floor, 1)]))
    if a.unit:
        p.append('Room %s' % a.unit)
    if a.bldg:
        p.append(a.bldg[1])
    p.append('%s %s%s' % (a.num, fold(a.street[0]), wp(rng, [(' Street', 3), (' St.', 1), ('', 2)])))
    if d:
        p.append(wp(rng, [(d['r'], 4), (d['alt'], 2)]))
    p.append(_city(rng, a))
    suf = CSUF['VN'](rng)
    if suf:
        p.append(suf)
    return ', '.join(p)


RENDER = {'US': R_US, 'GB': R_GB, 'DE': R_DE, 'NL': R_NL, 'CY': R_CY, 'TR': R_TR, 'BR': R_BR, 'MX': R_MX, 'RU': R_RU,
          'KZ': R_RU, 'SG': R_SG, 'HK': R_HK, 'CN': R_CN, 'TW': R_TW, 'JP': R_JP, 'KR': R_KR, 'AE': R_AE, 'IN': R_IN,
          'MY': R_MY, 'VN': R_VN}


def gen_num(rng, cc):
    r = rng.random()
    if cc == 'US':
        return str(1 + int(r * r * 2900))
    if cc == 'JP':
        return '%d-%d-%d' % (1 + int(rng.random() * 6), 1 + int(rng.random() * 25), 1 + int(rng.random() * 20))
    if cc == 'AE':
        return ''
    if cc == 'CN':
        return str(1 + int(r * r * 2000))
    if cc in ('RU', 'KZ'):
        n = str(1 + int(r * r * 150))
        if rng.random() < .12:
            n += '/%d' % (1 + int(rng.random() * 9))
        return n
    if cc == 'DE' and rng.random() < .06:
        return '%d%s' % (1 + int(r * 200), pick(rng, 'abc'))
    if cc == 'BR':
        return str(1 + int(r * 4000))
    if cc == 'IN' and rng.random() < .5:
        return ''
    return str(1 + int(r * r * 400))


def gen_fu(rng, cc, resid=False):
    """floor, unit, unit-type for an office (or a flat when resid)."""
    f = 1 + int(rng.random() ** 1.6 * 38)
    n = 1 + int(rng.random() * 20)
    if resid:
        if cc in ('US',):
            return None, ('%d%s' % (f, pick(rng, 'ABCDEFGH'))) if rng.random() < .6 else None, 'apt'
        if cc in ('GB', 'CY'):
            return None, str(n), 'flat'
        if cc in ('RU', 'KZ'):
            return None, str(1 + int(rng.random() * 300)), 'kv'
        if cc == 'TW':
            return f, str(1 + int(rng.random() * 9)) if rng.random() < .5 else None, None
        if cc in ('CN', 'HK', 'KR', 'JP', 'SG', 'MY', 'AE', 'IN'):
            return f, '%d%02d' % (f, n) if cc != 'SG' else '%02d' % n, 'room' if cc == 'HK' else 'unit'
        return f if rng.random() < .5 else None, None, None
    p_floor, p_unit = {'US': (.2, .75), 'GB': (.35, .55), 'DE': (.55, .12), 'NL': (.2, .35), 'SG': (.95, .9), 'HK': (.95, .8),
                       'CN': (.85, .75), 'TW': (.9, .4), 'JP': (.85, .2), 'KR': (.9, .55), 'AE': (.5, .85), 'TR': (.75, .65),
                       'RU': (.45, .8), 'KZ': (.45, .8), 'IN': (.8, .6), 'MY': (.9, .7), 'VN': (.9, .2), 'BR': (.4, .7),
                       'MX': (.6, .5), 'CY': (.6, .6)}.get(cc, (.5, .5))
    fl = f if rng.random() < p_floor else None
    if rng.random() >= p_unit:
        return fl, None, None
    if cc == 'US':
        return fl, '%d%02d' % (f, int(rng.random() * 50)), 'suite'
    if cc == 'GB':
        return fl, str(n), wp(rng, [('suite', 4), ('unit', 2), ('office', 2), ('room', .5)])
    if cc == 'SG':
        return f, '%02d' % n + ('A' if rng.random() < .05 else ''), None
    if cc == 'HK':
        return f, ('%d%02d' % (f, n)) if rng.random() < .65 else pick(rng, 'ABCDEFGH'), 'room'
    if cc == 'TW':
        return f, str(1 + int(rng.random() * 9)), None
    if cc == 'MY':
        return f, '%02d' % n, None
    if cc in ('RU', 'KZ'):
        return fl, str(1 + int(rng.random() * 900)), 'of'
    if cc == 'NL':
        return fl, str(n) if rng.random() < .7 else pick(rng, 'ABCDEFGH'), None
    if cc == 'TR':
        return fl or f, str(1 + int(rng.random() * 60)), None
    if cc == 'BR':
        return fl, '%d%d' % (f, n), None
    if cc == 'DE':
        return fl, str(n), None
    return fl or f, '%d%02d' % (f, n), 'office' if cc in ('AE', 'CY') else 'unit'


def addr_in_city(rng, city, resid=False, fu=True):
    cc = city['cc']
    d = pick(rng, city['d'])
    st = pick(rng, d['s'])
    num = gen_num(rng, cc)
    fl, un, ut = gen_fu(rng, cc, resid) if fu else (None, None, None)
    pc = pattern(rng, pick(rng, city['pc'])) if city['pc'] and city['pc'][0] else None
    a = Addr(cc, city, d if d['n'] or d['r'] else None, st, num, None, fl, un, ut, pc)
    if cc == 'US':
        a.pc4 = rand_digits(rng, 4)
    if cc in ('RU', 'KZ') and rng.random() < .25:
        k = 1 + int(rng.random() * 6)
        a.extra = pick(rng, [('стр. %d' % k, 'bld. %d' % k), ('корп. %d' % k, 'korp. %d' % k), ('стр. %d' % k, 'str. %d' % k)])
    if cc == 'AE' and rng.random() < .5:
        a.po = str(100000 + int(rng.random() * 899999)) if rng.random() < .5 else str(1000 + int(rng.random() * 98999))
    return a


def addr_tower(rng, city, t, fl=None, un=None, ut=None):
    cc = city['cc']
    d = city['d'][t['di']] if t['di'] is not None else None
    if fl is None and un is None:
        fl, un, ut = gen_fu(rng, cc)
        if fl is None:
            fl = 2 + int(rng.random() * 40)
    pc = t['pc'] or (pattern(rng, pick(rng, city['pc'])) if city['pc'] and city['pc'][0] else None)
    a = Addr(cc, city, d, t['s'], t['num'], t['b'], fl, un, ut, pc)
    if cc == 'US':
        a.pc4 = rand_digits(rng, 4)
    return a


def city_of(cc, name):
    return CITY_BY[(cc, name)]


def dist_of(city, rname):
    for d in city['d']:
        if d['r'] == rname or d['n'] == rname:
            return d
    return None


def mk(cc, city, dist=None, street=None, num='', bldg=None, floor=None, unit=None, ut=None, pc=None, extra=None, po=None):
    c = city_of(cc, city)
    d = dist_of(c, dist) if dist else None
    a = Addr(cc, c, d, _st(street) if street else ('', '', ''), num, bldg if (bldg is None or isinstance(bldg, tuple)) else (bldg, bldg),
             floor, unit, ut, pc, extra, po)
    return a

# ============================================================ phones

US_NPA = ['212', '213', '302', '310', '312', '347', '408', '415', '425', '469', '512', '617', '646', '650', '702', '713',
          '718', '786', '917', '929', '206', '303', '305', '404', '503', '516', '571', '628', '669', '720', '307']
RU_MOB = ['9%02d' % i for i in (1, 3, 5, 6, 9, 10, 12, 15, 16, 17, 19, 20, 25, 26, 29, 31, 50, 60, 62, 63, 64, 65, 67, 68, 77, 85, 99)]
CN_MOB = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156', '158', '159',
          '166', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199']
PH = {
    'US': dict(cc='1', tr='1', mob=[(US_NPA, 10, (3, 3, 4))], land=[(US_NPA, 10, (3, 3, 4))]),
    'GB': dict(cc='44', tr='0', mob=[(['74', '75', '77', '78', '79'], 10, (4, 6))], land=[(['20'], 10, (2, 4, 4)), (['161', '121', '131'], 10, (3, 3, 4))]),
    'DE': dict(cc='49', tr='0', mob=[(['151', '152', '157', '160', '162', '170', '171', '172', '173', '174', '175', '176', '177', '178', '179'], 11, (3, 8))],
               land=[(['30', '40', '69', '89'], 10, (2, 8)), (['211', '221', '711'], 10, (3, 7))]),
    'NL': dict(cc='31', tr='0', mob=[(['6'], 9, (1, 8))], land=[(['20', '10', '70', '30', '40'], 9, (2, 3, 4))]),
    'SG': dict(cc='65', tr='', mob=[(['8', '9'], 8, (4, 4))], land=[(['6'], 8, (4, 4))]),
    'HK': dict(cc='852', tr='', mob=[(['5', '6', '9'], 8, (4, 4))], land=[(['2', '3'], 8, (4, 4))]),
    'CN': dict(cc='86', tr='0', mob=[(CN_MOB, 11, (3, 4, 4))], land=[(['21', '10', '20'], 10, (2, 8)), (['755', '571'], 11, (3, 8))]),
    'TW': dict(cc='886', tr='0', mob=[(['9'], 9, (3, 3, 3))], land=[(['2'], 9, (1, 4, 4)), (['3'], 9, (1, 3, 4))]),
    'JP': dict(cc='81', tr='0', mob=[(['70', '80', '90'], 10, (2, 4, 4))], land=[(['3', '6'], 9, (1, 4, 4)), (['92', '45', '52'], 9, (2, 3, 4))]),
    'KR': dict(cc='82', tr='0', mob=[(['10'], 10, (2, 4, 4))], land=[(['2'], 9, (1, 4, 4)), (['31', '51', '32'], 10, (2, 4, 4))]),
    'AE': dict(cc='971', tr='0', mob=[(['50', '52', '54', '55', '56', '58'], 9, (2, 3, 4))], land=[(['4', '2', '6', '7'], 8, (1, 3, 4))]),
    'TR': dict(cc='90', tr='0', mob=[(['530', '532', '533', '535', '536', '537', '538', '539', '541', '542', '543', '544', '545', '505',
                                      '506', '507', '551', '552', '553', '554', '555'], 10, (3, 3, 2, 2))],
               land=[(['212', '216', '312', '232'], 10, (3, 3, 2, 2))]),
    'RU': dict(cc='7', tr='8', mob=[(RU_MOB, 10, (3, 3, 2, 2))], land=[(['495', '499', '812', '383', '843'], 10, (3, 3, 2, 2))]),
    'KZ': dict(cc='7', tr='8', mob=[(['701', '702', '705', '707', '747', '771', '775', '776', '777', '778'], 10, (3, 3, 2, 2))],
               land=[(['727', '717'], 10, (3, 3, 2, 2))]),
    'IN': dict(cc='91', tr='0', mob=[(['6', '7', '8', '9'], 10, (5, 5))], land=[(['22', '11', '80', '40', '44'], 10, (2, 4, 4))]),
    'MY': dict(cc='60', tr='0', mob=[(['12', '13', '16', '17', '19', '10', '11'], 9, (2, 3, 4))], land=[(['3'], 9, (1, 4, 4)), (['4'], 8, (1, 3, 4))]),
    'VN': dict(cc='84', tr='0', mob=[(['90', '91', '93', '94', '96', '97', '98', '32', '33', '34', '35', '36', '37', '38', '39', '70',
                                      '76', '77', '78', '79', '81', '82', '83', '84', '85', '86', '88', '89'], 9, (3, 3, 3))],
               land=[(['28', '24'], 10, (2, 4, 4))]),
    'BR': dict(cc='55', tr='0', mob=[(['119', '219', '319', '419', '519', '619', '489'], 11, (2, 5, 4))],
               land=[(['11', '21', '31', '41', '51', '61', '48'], 10, (2, 4, 4))]),
    'MX': dict(cc='52', tr='', mob=[(['55', '33', '81'], 10, (2, 4, 4))], land=[(['55', '33', '81'], 10, (2, 4, 4))]),
    'CY': dict(cc='357', tr='', mob=[(['96', '97', '99'], 8, (2, 6))], land=[(['22', '25', '24', '26'], 8, (2, 6))]),
}


class Phone(object):
    __slots__ = ('home', 'nsn', 'grp', 'kind', 'ext', 'key')

    def __init__(self, home, nsn, grp, kind, ext=None):
        self.home, self.nsn, self.grp, self.kind, self.ext = home, nsn, grp, kind, ext
        self.key = PH[home]['cc'] + nsn

    def with_ext(self, ext):
        return Phone(self.home, self.nsn, self.grp, self.kind, ext)

    def groups(self):
        g, i = [], 0
        for n in self.grp:
            g.append(self.nsn[i:i + n])
            i += n
        if i < len(self.nsn):
            g[-1] += self.nsn[i:]
        return g

    def _nat(self, rng, g):
        h = self.home
        tr = PH[h]['tr']
        n = self.nsn
        if h == 'US':
            return wp(rng, [('(%s) %s-%s' % tuple(g), 4), ('%s-%s-%s' % tuple(g), 3), ('%s.%s.%s' % tuple(g), 1.5), ('1-%s-%s-%s' % tuple(g), 1),
                            (n, 1), ('1 (%s) %s-%s' % tuple(g), .5)])
        if h in ('RU', 'KZ'):
            return wp(rng, [('8 (%s) %s-%s-%s' % tuple(g), 4), ('8-%s-%s-%s-%s' % tuple(g), 2), ('8' + n, 1.5), ('8 %s %s%s%s' % tuple(g), 1),
                            ('(%s) %s-%s-%s' % tuple(g), 1)])
        if h == 'BR':
            return wp(rng, [('(%s) %s-%s' % tuple(g), 5), ('%s %s-%s' % tuple(g), 2), ('0%s %s-%s' % tuple(g), 1), ('(%s)%s%s' % tuple(g), 1)])
        if h == 'TW':
            if self.kind == 'land':
                return wp(rng, [('(0%s) %s-%s' % tuple(g), 4), ('0%s-%s-%s' % tuple(g), 3), ('0%s %s %s' % tuple(g), 1)])
            return wp(rng, [('0%s-%s-%s' % tuple(g), 4), ('0%s%s%s' % tuple(g), 2), ('0%s %s %s' % tuple(g), 2)])
        if h == 'CN':
            if self.kind == 'mob':
                return wp(rng, [(' '.join(g), 3), (n, 4), ('-'.join(g), 2)])
            return wp(rng, [('0%s-%s' % tuple(g), 4), ('(0%s) %s' % tuple(g), 2), ('0%s %s %s' % (g[0], g[1][:4], g[1][4:]), 2), ('0' + n, 1)])
        sep = wp(rng, [(' ', 5), ('-', 2), ('', 1.5), ('.', .3)])
        if not tr:
            return sep.join(g)
        r = rng.random()
        if r < .15 and len(g) > 1 and self.kind == 'land':
            return '(%s%s) %s' % (tr, g[0], ' '.join(g[1:]))
        if r < .25 and h == 'DE':
            return '%s%s/%s' % (tr, g[0], ''.join(g[1:]))
        return tr + sep.join(g)

    def _intl(self, rng, g):
        h = self.home
        cc = PH[h]['cc']
        tr = PH[h]['tr']
        n = self.nsn
        sp = ' '.join(g)
        opts = [('+%s %s' % (cc, sp), 35), ('+%s-%s' % (cc, '-'.join(g)), 8), ('+%s%s' % (cc, n), 14), ('00%s %s' % (cc, sp), 9),
                ('(+%s) %s' % (cc, sp), 6), ('(%s) %s' % (cc, sp), 3), ('%s %s' % (cc, sp), 2.5), ('+%s %s' % (cc, n), 8),
                ('+%s.%s' % (cc, '.'.join(g)), 1.5), ('00%s%s' % (cc, n), 2), ('00%s-%s' % (cc, '-'.join(g)), 2)]
        if tr == '0' and h in ('GB', 'DE', 'NL'):
            opts.append(('+%s (0)%s' % (cc, sp), 12))
        if tr == '0':
            opts.append(('+%s %s%s' % (cc, tr, sp), 2))
        if h == 'US':
            opts.append(('+1 (%s) %s-%s' % tuple(g), 25))
            opts.append(('+1 %s-%s-%s' % tuple(g), 10))
        if h in ('RU', 'KZ'):
            opts.append(('+7 (%s) %s-%s-%s' % tuple(g), 20))
        if h == 'MX' and self.kind == 'mob':
            opts.append(('+52 1 %s' % sp, 6))
        if h == 'BR':
            opts.append(('+55 (%s) %s-%s' % tuple(g), 15))
        if h == 'CN':
            opts.append(('+86-%s' % n, 5))
        return wp(rng, opts)

    def render(self, rng, ctx=None):
        g = self.groups()
        dom = (ctx == self.home) or (self.home in ('RU', 'KZ') and ctx in ('RU', 'KZ'))
        if dom and rng.random() < .5:
            s = self._nat(rng, g)
        else:
            s = self._intl(rng, g)
        if self.ext:
            e = self.ext
            s += wp(rng, [(' ext. %s' % e, 3), (' ext %s' % e, 2), (' x%s' % e, 2), (' (ext. %s)' % e, 1), (' #%s' % e, .5),
                          (' 转%s' % e if self.home == 'CN' else ' Ext.%s' % e, 1)])
        return space_noise(rng, s)


def new_phone(rng, cc, kind=None):
    spec = PH[cc]
    kind = kind or ('mob' if rng.random() < .6 else 'land')
    pre, ln, grp = pick(rng, spec[kind])
    p = pick(rng, pre)
    rest = ln - len(p)
    nsn = p + str(2 + int(rng.random() * 8)) + rand_digits(rng, rest - 1)
    return Phone(cc, nsn, grp, kind)


# ============================================================ registration ids

USCC_CH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CN_REGION = ['440300', '310115', '110108', '440106', '330106', '510107', '320506', '350203', '441900', '310104', '654004']


def uscc(rng):
    s = '91' + pick(rng, CN_REGION)
    s += ''.join(pick(rng, USCC_CH[:10] if i < 2 else USCC_CH) for i in range(9))
    t = sum(USCC_CH.index(c) * w for c, w in zip(s, USCC_W))
    ck = (31 - t % 31) % 31
    return s + USCC_CH[ck]


def cnpj(rng):
    d = [int(c) for c in rand_digits(rng, 8)] + [0, 0, 0, 1]
    for ws in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
        t = sum(a * b for a, b in zip(d, ws)) % 11
        d.append(0 if t < 2 else 11 - t)
    return ''.join(map(str, d))


class RegId(object):
    __slots__ = ('cc', 'core', 'kind')

    def __init__(self, cc, core, kind):
        self.cc, self.core, self.kind = cc, core, kind

    def render(self, rng):
        c, k = self.core, self.kind
        if k == 'ein':
            return wp(rng, [('%s-%s' % (c[:2], c[2:]), 6), (c, 2), ('EIN %s-%s' % (c[:2], c[2:]), 1), ('EIN: %s' % c, .5)])
        if k == 'defile':
            return wp(rng, [(c, 5), ('DE %s' % c, 1), ('File No. %s' % c, 1), ('Delaware #%s' % c, .5)])
        if k == 'crn':
            opts = [(c, 6), ('Company No. %s' % c, 1), ('CRN %s' % c, .5)]
            if c.startswith('0'):
                opts.append((c.lstrip('0'), 1.2))
            return wp(rng, opts)
        if k == 'hrb':
            ct, num, suf = c.split('|')
            return wp(rng, [('HRB %s%s' % (num, (' ' + suf) if suf else ''), 5), ('HRB%s' % num, 1.5), ('Amtsgericht %s HRB %s' % (ct, num), 1),
                            ('HR B %s' % num, .5), ('HRB %s' % num, 1)])
        if k == 'kvk':
            return wp(rng, [(c, 6), ('KvK %s' % c, 2), ('KVK-nummer: %s' % c, .5), ('KvK-nr. %s' % c, .5)])
        if k == 'uen':
            return wp(rng, [(c, 7), (c.lower(), .5), ('UEN %s' % c, 1), ('UEN: %s' % c, .5)])
        if k == 'hkcr':
            return wp(rng, [(c, 6), ('CR No. %s' % c, 1), ('CR%s' % c, .5), ('BRN %s' % c, 0)])
        if k == 'uscc':
            return wp(rng, [(c, 8), (c.lower(), .3), ('统一社会信用代码：%s' % c, .5), ('USCC %s' % c, .5), ('%s %s %s' % (c[:6], c[6:12], c[12:]), .3)])
        if k == 'tw':
            return wp(rng, [(c, 6), ('統一編號 %s' % c, 1), ('統編：%s' % c, .5), ('Tax ID: %s' % c, .5)])
        if k == 'jp':
            return wp(rng, [(c, 7), ('法人番号 %s' % c, 1), ('%s-%s-%s' % (c[:1], c[1:5], c[5:]), .5)])
        if k == 'kr':
            return wp(rng, [('%s-%s-%s' % (c[:3], c[3:5], c[5:]), 6), (c, 2), ('사업자등록번호 %s-%s-%s' % (c[:3], c[3:5], c[5:]), .5)])
        if k == 'ae':
            return wp(rng, [(c, 5), (c.replace('-', ''), 1), ('License No. %s' % c, 1), ('TL %s' % c, .5)])
        if k == 'vkn':
            return wp(rng, [(c, 6), ('VKN: %s' % c, 1), ('Vergi No: %s' % c, 1), ('V.D. %s' % c, .3)])
        if k == 'ogrn':
            return wp(rng, [(c, 5), ('ОГРН %s' % c, 2), ('OGRN %s' % c, 1), ('ОГРН: %s' % c, 1)])
        if k == 'bin':
            return wp(rng, [(c, 5), ('БИН %s' % c, 2), ('BIN: %s' % c, 1), ('%s %s %s' % (c[:4], c[4:8], c[8:]), .5)])
        if k == 'cin':
            return wp(rng, [(c, 7), (c.lower(), .3), ('CIN: %s' % c, 1), ('CIN %s' % c, .5)])
        if k == 'my':
            new, old = c.split('|')
            return wp(rng, [('%s (%s)' % (new, old), 5), (new, 3), ('%s(%s)' % (new, old.replace('-', '')), 1), ('%s (%s)' % (new, old.lower()), .3)])
        if k == 'mst':
            return wp(rng, [(c, 6), ('MST: %s' % c, 1.5), ('MST %s' % c, .5), ('Mã số thuế: %s' % c, .5)])
        if k == 'cnpj':
            f = '%s.%s.%s/%s-%s' % (c[:2], c[2:5], c[5:8], c[8:12], c[12:])
            return wp(rng, [(f, 6), (c, 2), ('CNPJ %s' % f, 1), ('CNPJ: %s' % c, .5)])
        if k == 'rfc':
            return wp(rng, [(c, 6), ('%s-%s-%s' % (c[:3], c[3:9], c[9:]), 1), ('RFC: %s' % c, 1), (c.lower(), .2), ('%s %s %s' % (c[:3], c[3:9], c[9:]), .5)])
        if k == 'cy':
            return wp(rng, [('HE %s' % c, 5), ('HE%s' % c, 2), ('ΗΕ %s' % c, .4), ('Reg. No. HE %s' % c, .5), ('H.E. %s' % c, .5)])
        return c


def new_regid(rng, cc):
    if cc == 'US':
        if rng.random() < .7:
            return RegId(cc, rand_digits(rng, 9, True), 'ein')
        return RegId(cc, str(2000000 + int(rng.random() * 5000000)), 'defile')
    if cc == 'GB':
        r = rng.random()
        if r < .85:
            return RegId(cc, '%08d' % int(rng.random() * 14000000 + 500000), 'crn')
        return RegId(cc, '%s%06d' % (pick(rng, ['SC', 'NI', 'OC']), int(rng.random() * 999999)), 'crn')
    if cc == 'DE':
        ct = pick(rng, ['Charlottenburg', 'München', 'Frankfurt am Main', 'Hamburg', 'Köln', 'Düsseldorf'])
        return RegId(cc, '%s|%d|%s' % (ct, 10000 + int(rng.random() * 250000), 'B' if ct == 'Charlottenburg' else ''), 'hrb')
    if cc == 'NL':
        return RegId(cc, rand_digits(rng, 8, True), 'kvk')
    if cc == 'SG':
        return RegId(cc, '20%02d%05d%s' % (int(rng.random() * 25), int(rng.random() * 99999), pick(rng, 'ACDEGHKMNRWZ')), 'uen')
    if cc == 'HK':
        return RegId(cc, str(1000000 + int(rng.random() * 2600000)), 'hkcr')
    if cc == 'CN':
        return RegId(cc, uscc(rng), 'uscc')
    if cc == 'TW':
        return RegId(cc, rand_digits(rng, 8, True), 'tw')
    if cc == 'JP':
        return RegId(cc, str(1 + int(rng.random() * 9)) + rand_digits(rng, 12), 'jp')
    if cc == 'KR':
        return RegId(cc, rand_digits(rng, 10, True), 'kr')
    if cc == 'AE':
        r = rng.random()
        if r < .4:
            return RegId(cc, 'CN-%d' % (1000000 + int(rng.random() * 4000000)), 'ae')
        if r < .6:
            return RegId(cc, 'DMCC-%d' % (100000 + int(rng.random() * 900000)), 'ae')
        return RegId(cc, str(1000 + int(rng.random() * 9000000)), 'ae')
    if cc == 'TR':
        return RegId(cc, rand_digits(rng, 10, True), 'vkn')
    if cc == 'RU':
        return RegId(cc, pick(rng, ['1', '5']) + '%02d' % int(rng.random() * 24) + pick(rng, ['77', '78', '50', '54', '16']) + rand_digits(rng, 8), 'ogrn')
    if cc == 'KZ':
        return RegId(cc, '%02d%02d4%s' % (int(rng.random() * 24), 1 + int(rng.random() * 12), rand_digits(rng, 7)), 'bin')
    if cc == 'IN':
        return RegId(cc, 'U%05d%s%d%s%06d' % (pick(rng, [72900, 72200, 74999, 51909, 62099, 72100]), pick(rng, ['MH', 'KA', 'DL', 'TN', 'TG', 'GJ', 'HR', 'WB']),
                                            2005 + int(rng.random() * 19), pick(rng, ['PTC', 'PTC', 'PTC', 'PLC']), int(rng.random() * 999999)), 'cin')
    if cc == 'MY':
        y = 2000 + int(rng.random() * 24)
        return RegId(cc, '%d01%06d|%d-%s' % (y, int(rng.random() * 999999), 100000 + int(rng.random() * 1400000), pick(rng, 'ADHKMPTUVWX')), 'my')
    if cc == 'VN':
        return RegId(cc, '0' + rand_digits(rng, 9), 'mst')
    if cc == 'BR':
        return RegId(cc, cnpj(rng), 'cnpj')
    if cc == 'MX':
        L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        return RegId(cc, '%s%02d%02d%02d%s' % (''.join(pick(rng, L) for _ in range(3)), int(rng.random() * 24), 1 + int(rng.random() * 12),
                                               1 + int(rng.random() * 28), ''.join(pick(rng, L + '0123456789') for _ in range(3))), 'rfc')
    if cc == 'CY':
        return RegId(cc, str(100000 + int(rng.random() * 350000)), 'cy')
    return RegId(cc, rand_digits(rng, 8), 'x')


class Lit(object):
    """A literal (placeholder / garbage) value rendered as-is."""
    __slots__ = ('s', 'key')

    def __init__(self, s):
        self.s = s
        self.key = ('lit', s)

    def render(self, rng, ctx=None):
        return self.s


PH_PHONE = ['0000000000', '1234567890', 'N/A', '-', '+1 000 000 0000', '000', 'none', '123456', '+86 00000000000', '0',
            'na', '11111111', '+00 0000 0000', '9999999999', 'n/a', 'TBD']
PH_EMAIL = ['test@test.com', 'a@a.com', 'none@none.com', 'noemail@noemail.com', 'na@na.com', 'info@company.com',
            'admin@example.com', 'no@email.com', 'x@x.com', 'test@gmail.com', 'asdf@asdf.com', 'noreply@example.com',
            'n/a', 'none', 'email@email.com', 'test@example.com']
PH_ADDR = ['N/A', 'n/a', '-', 'none', 'TBD', 'same as above', 'Same as registered address', 'Not applicable', '0',
           'address', '...', 'xx', 'Online', 'Remote', 'See registration documents']
PH_REGID = ['N/A', 'n/a', 'none', '000000', '0', '-', 'TBD', 'pending', '123456789', '00000000', 'NA', 'not registered',
            'applied for', '1', 'N.A.', 'in progress']
PH_WEB = ['n/a', 'none', '-', 'www.', 'http://', 'N/A', 'coming soon', 'https://', 'localhost', 'www.example.com',
          'example.com', 'test.com', 'under construction', 'no website']
PH_DIR = ['N/A', '-', 'Director', 'Same as owner', 'TBD', 'Unknown', 'Nominee Director', 'n/a', 'see attached', 'CEO']
PH_IP = ['0.0.0.0', '127.0.0.1', '10.0.0.1', '192.168.1.1', '192.168.0.100', '::1', 'unknown', '10.10.0.5', '172.16.0.2']


def zipped(rng, lst, s=1.0):
    return lst[min(len(lst) - 1, int(len(lst) * rng.random() ** (1 + s)))]


# ============================================================ email / web

FREEMAIL = {
    'US': [('gmail.com', 10), ('yahoo.com', 2), ('outlook.com', 2), ('hotmail.com', 1.5), ('icloud.com', 1.2), ('aol.com', .3), ('protonmail.com', .6), ('proton.me', .4)],
    'GB': [('gmail.com', 8), ('hotmail.co.uk', 2), ('outlook.com', 2), ('yahoo.co.uk', 1.5), ('btinternet.com', 1), ('icloud.com', 1), ('protonmail.com', .4)],
    'DE': [('gmx.de', 5), ('web.de', 4), ('gmail.com', 5), ('t-online.de', 2), ('outlook.de', 1), ('posteo.de', .5), ('gmx.net', 1)],
    'NL': [('gmail.com', 8), ('hotmail.com', 2), ('outlook.com', 2), ('ziggo.nl', 1), ('kpnmail.nl', 1), ('live.nl', .7)],
    'SG': [('gmail.com', 10), ('yahoo.com.sg', 2), ('hotmail.com', 2), ('outlook.com', 1.5), ('singnet.com.sg', .5)],
    'HK': [('gmail.com', 8), ('yahoo.com.hk', 3), ('hotmail.com', 2), ('netvigator.com', 1), ('outlook.com', 1.5), ('qq.com', 1.5), ('163.com', 1)],
    'CN': [('qq.com', 10), ('163.com', 6), ('126.com', 3), ('sina.com', 1.5), ('foxmail.com', 1.5), ('aliyun.com', 1), ('139.com', 1), ('gmail.com', 1.5),
           ('sohu.com', .5), ('yeah.net', .5), ('vip.qq.com', .5)],
    'TW': [('gmail.com', 10), ('yahoo.com.tw', 4), ('hotmail.com', 1.5), ('hinet.net', 1), ('msa.hinet.net', 1)],
    'JP': [('gmail.com', 8), ('yahoo.co.jp', 5), ('icloud.com', 2), ('docomo.ne.jp', 1), ('ezweb.ne.jp', .8), ('softbank.ne.jp', .6), ('outlook.jp', .8)],
    'KR': [('naver.com', 10), ('gmail.com', 6), ('daum.net', 3), ('hanmail.net', 2), ('kakao.com', 1), ('nate.com', 1)],
    'AE': [('gmail.com', 10), ('hotmail.com', 3), ('outlook.com', 2), ('yahoo.com', 2), ('emirates.net.ae', .5), ('icloud.com', 1)],
    'TR': [('gmail.com', 10), ('hotmail.com', 4), ('yandex.com.tr', 1.5), ('outlook.com', 2), ('yahoo.com', 1), ('mynet.com', .5)],
    'RU': [('mail.ru', 8), ('yandex.ru', 7), ('gmail.com', 5), ('ya.ru', 1), ('rambler.ru', 1), ('bk.ru', 1.5), ('list.ru', 1), ('inbox.ru', 1), ('yandex.com', .5)],
    'KZ': [('mail.ru', 8), ('gmail.com', 6), ('yandex.kz', 2), ('inbox.ru', 1), ('list.ru', 1), ('yandex.ru', 2)],
    'IN': [('gmail.com', 12), ('yahoo.co.in', 2), ('rediffmail.com', 1.5), ('outlook.com', 1.5), ('hotmail.com', 1.5), ('yahoo.in', .5)],
    'MY': [('gmail.com', 10), ('yahoo.com.my', 2), ('hotmail.com', 2), ('outlook.com', 1)],
    'VN': [('gmail.com', 12), ('yahoo.com.vn', 2), ('outlook.com', 1), ('hotmail.com', 1)],
    'BR': [('gmail.com', 10), ('hotmail.com', 4), ('outlook.com', 2), ('yahoo.com.br', 2), ('bol.com.br', 1), ('uol.com.br', 1), ('terra.com.br', .5)],
    'MX': [('gmail.com', 10), ('hotmail.com', 5), ('outlook.com', 2), ('yahoo.com.mx', 1.5), ('live.com.mx', 1), ('prodigy.net.mx', .5)],
    'CY': [('gmail.com', 10), ('hotmail.com', 2), ('cytanet.com.cy', 1.5), ('outlook.com', 1.5), ('primehome.com', .5), ('yahoo.com', 1)],
}
GLOBAL_FREE = [('protonmail.com', 2), ('proton.me', 1.5), ('tutanota.com', .5), ('outlook.com', 2), ('zohomail.com', .5), ('gmx.com', .5),
               ('mail.com', .5), ('yandex.com', .5), ('tuta.io', .2)]
FREEMAIL_WP = {k: WP(v + [(d, w * .15) for d, w in GLOBAL_FREE]) for k, v in FREEMAIL.items()}
TLD = {'US': [('.com', 8), ('.io', 2), ('.ai', 1.5), ('.net', 1), ('.co', .7), ('.us', .3), ('.tech', .3)],
       'GB': [('.co.uk', 6), ('.com', 4), ('.io', 1.5), ('.uk', 1), ('.ai', .7), ('.london', .2)],
       'DE': [('.de', 8), ('.com', 3), ('.io', 1), ('.eu', .5), ('.ai', .3)], 'NL': [('.nl', 8), ('.com', 3), ('.io', 1), ('.eu', .5)],
       'SG': [('.com.sg', 5), ('.sg', 3), ('.com', 4), ('.io', 1), ('.ai', .7)], 'HK': [('.com.hk', 5), ('.hk', 2), ('.com', 5), ('.io', .5)],
       'CN': [('.cn', 4), ('.com.cn', 3), ('.com', 5), ('.net', 1), ('.top', .5), ('.net.cn', .4), ('.ltd', .2)],
       'TW': [('.com.tw', 6), ('.tw', 2), ('.com', 4)], 'JP': [('.co.jp', 6), ('.jp', 3), ('.com', 3)], 'KR': [('.co.kr', 5), ('.kr', 2), ('.com', 4)],
       'AE': [('.ae', 4), ('.com', 6), ('.io', .5)], 'TR': [('.com.tr', 6), ('.com', 4), ('.net.tr', .5)], 'RU': [('.ru', 8), ('.com', 2), ('.su', .3), ('.tech', .2)],
       'KZ': [('.kz', 6), ('.com', 3), ('.ru', .5)], 'IN': [('.in', 4), ('.co.in', 3), ('.com', 5), ('.io', .7)], 'MY': [('.com.my', 6), ('.my', 2), ('.com', 4)],
       'VN': [('.vn', 3), ('.com.vn', 4), ('.com', 4)], 'BR': [('.com.br', 8), ('.com', 2), ('.io', .4)], 'MX': [('.com.mx', 6), ('.mx', 2), ('.com', 4)],
       'CY': [('.com.cy', 3), ('.com', 6), ('.eu', 1), ('.cy', .5)]}
TLD_WP = {k: WP(v) for k, v in TLD.items()}
ROLE_LOCAL = WP([('info', 8), ('admin', 5), ('contact', 4), ('ops', 2), ('billing', 3), ('finance', 2), ('hello', 2), ('sales', 2),
                 ('support', 2), ('devops', 1.5), ('it', 1.5), ('gpu', .5), ('cloud', 1), ('accounts', 1.5), ('office', 1.5),
                 ('tech', 1), ('mail', .5), ('ai', .5), ('infra', .8), ('compliance', .3), ('legal', .3), ('ceo', .5)])


def person_local(rng, p):
    base = getattr(p, 'latin', None) or fold(getattr(p, 'canon', 'user'))
    base = base.lower()
    base = re.sub(r"[^a-z ]", '', base).split()
    if not base:
        base = ['user']
    f, l = base[0], base[-1]
    r = rng.random()
    if r < .3:
        s = '%s.%s' % (f, l)
    elif r < .45:
        s = '%s%s' % (f[0], l)
    elif r < .6:
        s = f
    elif r < .75:
        s = '%s%s' % (f, l)
    elif r < .85:
        s = '%s_%s' % (l, f)
    else:
        s = '%s.%s' % (l, f)
    return s


class Email(object):
    __slots__ = ('local', 'domain', 'key')

    def __init__(self, local, domain):
        self.local, self.domain = local, domain
        self.key = local + '@' + domain

    def render(self, rng, ctx=None):
        s = '%s@%s' % (self.local, self.domain)
        r = rng.random()
        if r < .04:
            s = '%s@%s' % (self.local.capitalize(), self.domain)
        elif r < .06:
            s = s.upper()
        elif r < .08:
            s = '%s@%s' % (self.local, self.domain.capitalize())
        r = rng.random()
        if r < .005:
            s = 'mailto:' + s
        elif r < .01:
            s = '<%s>' % s
        return space_noise(rng, s)


SOCIAL = [('https://www.facebook.com/{h}', 3), ('facebook.com/{h}', 1), ('https://www.linkedin.com/company/{h}', 3),
          ('linkedin.com/company/{h}/', 1), ('https://{h}.wixsite.com/home', 1.5), ('https://sites.google.com/view/{h}', 1),
          ('https://{h}.business.site', .8), ('https://{h}.github.io', .7), ('https://t.me/{h}', .7), ('https://www.instagram.com/{h}/', .7),
          ('https://{h}.webflow.io', .4), ('https://{h}.vercel.app', .5), ('https://{h}.myshopify.com', .3), ('https://{h}.wordpress.com', .5),
          ('https://{h}.notion.site', .4), ('https://linktr.ee/{h}', .3), ('https://{h}.carrd.co', .2), ('https://vk.com/{h}', .3)]
SOCIAL_WP = WP(SOCIAL)


class Web(object):
    __slots__ = ('domain', 'tmpl', 'key')

    def __init__(self, domain, tmpl=None):
        self.domain, self.tmpl = domain, tmpl
        self.key = domain

    def render(self, rng, ctx=None):
        if self.tmpl:
            return self.tmpl.replace('{h}', self.domain)
        d = self.domain
        s = wp(rng, [('https://www.%s' % d, 5), ('http://www.%s' % d, 1.5), ('www.%s' % d, 4), (d, 4), ('https://%s' % d, 3),
                     ('https://%s/' % d, 1.5), ('https://www.%s/' % d, 1.5), ('http://%s' % d, 1), ('https://www.%s/en/' % d, .5),
                     ('https://%s/index.html' % d, .3), ('https://www.%s/home' % d, .3), ('HTTPS://WWW.%s' % d.upper(), .2),
                     ('www.%s' % d.capitalize(), .3), ('https://en.%s' % d, .2)])
        return space_noise(rng, s)


# ============================================================ keys and cards

def new_key(rng):
    b = rng.getrandbits(256).to_bytes(32, 'big')
    import base64
    return 'SHA256:' + base64.b64encode(b).decode().rstrip('=')


def new_key_md5(rng):
    b = rng.getrandbits(128).to_bytes(16, 'big')
    return ':'.join('%02x' % x for x in b)


def new_card(rng):
    x = rng.getrandbits(96)
    out = []
    for _ in range(16):
        x, r = divmod(x, 62)
        out.append(ALNUM[r])
    return ''.join(out)

# ============================================================ IP space

ISP_OCT = {'US': [73, 98, 67, 71, 76, 108, 174, 24, 68, 69, 99, 50, 75], 'GB': [81, 86, 90, 92, 109, 31, 82, 151, 2],
           'DE': [79, 84, 87, 91, 93, 46, 77, 88, 217, 62], 'NL': [77, 82, 83, 84, 145, 213, 31, 94],
           'SG': [116, 118, 119, 155, 175, 202, 219], 'HK': [42, 58, 59, 61, 112, 113, 203, 218, 223],
           'CN': [36, 39, 58, 60, 101, 106, 111, 112, 113, 114, 115, 116, 119, 120, 121, 122, 123, 124, 180, 182, 183, 218, 220, 221, 222],
           'TW': [1, 36, 42, 49, 59, 60, 61, 114, 118, 122, 220], 'JP': [27, 49, 60, 106, 110, 111, 114, 118, 119, 122, 124, 126, 133, 153, 180, 219],
           'KR': [1, 14, 27, 39, 49, 58, 59, 61, 106, 110, 112, 115, 118, 121, 175, 211, 218, 220, 222],
           'AE': [2, 5, 31, 37, 46, 83, 86, 91, 94, 213, 217], 'TR': [78, 85, 88, 94, 95, 176, 178, 188, 212],
           'RU': [5, 31, 37, 46, 77, 78, 79, 85, 87, 91, 93, 94, 95, 176, 178, 188, 212, 213, 217],
           'KZ': [2, 5, 37, 46, 77, 82, 89, 92, 95, 178, 188], 'IN': [1, 14, 27, 42, 49, 59, 103, 106, 110, 115, 117, 122, 157, 182, 183, 223],
           'MY': [1, 14, 42, 60, 110, 113, 115, 118, 119, 121, 175, 202, 210, 219], 'VN': [1, 14, 27, 42, 58, 103, 113, 115, 116, 117, 118, 123, 125, 171, 183],
           'BR': [177, 179, 186, 187, 189, 191, 200, 201], 'MX': [148, 187, 189, 200, 201],
           'CY': [31, 46, 62, 77, 78, 82, 85, 88, 91, 93, 94, 109, 176, 185, 212, 213, 217]}
HOSTING16 = [(5, 9), (88, 198), (136, 243), (135, 181), (65, 21), (95, 216), (78, 46), (116, 202), (49, 12), (51, 38), (51, 68), (51, 75),
             (51, 77), (51, 89), (51, 91), (137, 74), (145, 239), (54, 36), (147, 135), (159, 65), (159, 89), (165, 22), (167, 99),
             (178, 62), (138, 68), (142, 93), (164, 90), (206, 189), (68, 183), (45, 32), (45, 63), (45, 76), (45, 77), (66, 42),
             (95, 179), (108, 61), (149, 28), (207, 148), (45, 33), (45, 79), (139, 162), (172, 104), (172, 105), (173, 255), (47, 74),
             (47, 88), (47, 91), (47, 242), (8, 210), (8, 218), (47, 245), (39, 96), (121, 40), (43, 128), (43, 129), (43, 134),
             (119, 28), (129, 226), (150, 109), (124, 156), (170, 106), (3, 8), (18, 130), (52, 15), (54, 169), (13, 229), (77, 223),
             (188, 124), (31, 129), (5, 23), (92, 53), (194, 87), (185, 104), (146, 190), (62, 171), (37, 140)]
DC16 = [(37, 120), (37, 19), (89, 238), (185, 156), (89, 187), (156, 146), (143, 244), (212, 102), (5, 79), (37, 48), (85, 17),
        (212, 32), (45, 86), (146, 70), (193, 27), (91, 207), (198, 54), (209, 58), (103, 107), (154, 47), (149, 34), (31, 171)]
CLOUD16 = [(20, 1), (20, 25), (20, 42), (20, 57), (20, 97), (20, 102), (20, 109), (20, 163), (20, 169), (20, 172), (20, 185), (4, 148),
           (4, 175), (4, 227), (52, 159), (52, 176), (52, 225), (40, 84), (40, 121), (34, 16), (34, 23), (34, 32), (34, 41), (34, 66),
           (34, 82), (34, 90), (34, 105), (34, 125), (34, 132), (34, 138), (34, 145), (35, 185), (35, 186), (35, 194), (35, 197),
           (35, 198), (35, 199), (35, 203), (35, 229), (35, 230), (35, 233), (35, 237), (35, 240), (35, 247)]
CGN = {'IN': [(49, 36), (152, 58), (157, 32), (106, 210), (223, 182)], 'CN': [(117, 136), (223, 104), (112, 97), (111, 55)],
       'TR': [(178, 240), (188, 119)], 'RU': [(176, 59), (83, 149)], 'US': [(172, 56), (172, 58)], 'VN': [(27, 64), (116, 96)],
       'BR': [(177, 79), (191, 182)], 'MX': [(189, 203)], 'KZ': [(37, 150)], 'MY': [(115, 164)], 'JP': [(126, 33)], 'KR': [(39, 7)],
       'AE': [(94, 200)], 'GB': [(82, 132)], 'DE': [(46, 114)], 'SG': [(111, 65)], 'HK': [(223, 104)], 'TW': [(49, 216)],
       'NL': [(77, 60)], 'CY': [(31, 153)]}
CGN_P = {'IN': .35, 'VN': .25, 'CN': .2, 'TR': .22, 'BR': .2, 'MX': .2, 'ID': .2, 'KZ': .15, 'MY': .15, 'RU': .12}
V6P = {'US': ['2601', '2603', '2600'], 'GB': ['2a00', '2a02'], 'DE': ['2003', '2a02'], 'NL': ['2a02', '2001'], 'SG': ['2401', '2406'],
       'HK': ['2401', '2404'], 'CN': ['240e', '2408', '2409'], 'TW': ['2001', '2402'], 'JP': ['240b', '2400', '2404'], 'KR': ['2001', '2406'],
       'AE': ['2001', '2a02'], 'TR': ['2a02', '2a00'], 'RU': ['2a00', '2a02'], 'KZ': ['2a00', '2a02'], 'IN': ['2405', '2409', '2401'],
       'MY': ['2001', '2402'], 'VN': ['2402', '2405'], 'BR': ['2804', '2801'], 'MX': ['2806', '2605'], 'CY': ['2a02', '2a00']}


def v6str(h):
    return str(ipaddress.IPv6Address(bytes(b for x in h for b in (x >> 8, x & 255))))


class Net24(object):
    __slots__ = ('a', 'b', 'c', 'static')

    def __init__(self, rng, a, b, c, nstatic=0):
        self.a, self.b, self.c = a, b, c
        base = 2 + int(rng.random() * 200)
        self.static = ['%d.%d.%d.%d' % (a, b, c, base + i) for i in range(nstatic)]

    def host(self, rng):
        return '%d.%d.%d.%d' % (self.a, self.b, self.c, 2 + int(rng.random() * 252))

    def exact(self, rng):
        return pick(rng, self.static) if self.static else self.host(rng)


class Net48(object):
    __slots__ = ('h', 'static')

    def __init__(self, rng, h, nstatic=0):
        self.h = h
        self.static = [self.host(rng) for _ in range(nstatic)]

    def host(self, rng):
        r = rng.getrandbits(80)
        tail = [(r >> (16 * i)) & 0xffff for i in range(5)]
        if rng.random() < .3:
            tail[1:4] = [0, 0, 0]
            tail[4] = 1 + int(rng.random() * 300)
        return v6str(list(self.h) + tail)

    def exact(self, rng):
        return pick(rng, self.static) if self.static else self.host(rng)


def ip_variant(rng, ip):
    if ':' in ip and rng.random() < .12:
        try:
            a = ipaddress.IPv6Address(ip)
        except ValueError:
            return ip
        r = rng.random()
        if r < .4:
            return a.exploded
        if r < .8:
            return ip.upper()
        return ':'.join('%x' % int(x, 16) for x in a.exploded.split(':'))
    return ip


# ============================================================ agents, co-working, universities

# name, cc, city, dist, street, num, bldg, floor, unit, ut, pc, extra, mailbox, weight, nominee cultures
AGENT_DEFS = [
    ('CT Corporation System', 'US', 'Wilmington', None, 'Orange Street', '1209', None, None, None, None, '19801', None, None, 6, []),
    ('Corporation Service Company', 'US', 'Wilmington', None, 'Little Falls Drive', '251', None, None, None, None, '19808', None, None, 4, []),
    ('Harvard Business Services, Inc.', 'US', 'Lewes', None, 'Coastal Highway', '16192', None, None, None, None, '19958', None, None, 2, []),
    ('A Registered Agent, Inc.', 'US', 'Dover', None, 'The Green', '8', None, None, 'A', 'suite', '19901', None, 'pmb', 3, []),
    ('Registered Agents Inc.', 'US', 'Sheridan', None, 'North Gould Street', '30', None, None, 'R', 'suite', '82801', None, None, 3, ['en']),
    ('Wyoming Corporate Services', 'US', 'Cheyenne', None, 'Pioneer Avenue', '1712', None, None, '500', 'suite', '82001', None, 'pmb', 1.5, ['en']),
    ('Delaware Registered Agents LLC', 'US', 'Wilmington', None, 'North Church Street', '2810', None, None, None, None, '19802', None, 'pmb', 2, []),
    ('Kemp House Services', 'GB', 'London', None, 'City Road', '160', ('Kemp House', 'Kemp House'), None, None, None, 'EC1V 2NX', None, None, 5, ['en']),
    ('Covent Garden Registered Office', 'GB', 'London', None, 'Shelton Street', '71-75', None, None, None, None, 'WC2H 9JQ', 'Covent Garden', None, 5, ['en']),
    ('Wenlock Formations', 'GB', 'London', None, 'Wenlock Road', '20-22', None, None, None, None, 'N1 7GU', None, None, 3, ['en']),
    ('Old Gloucester Mail', 'GB', 'London', None, 'Old Gloucester Street', '27', None, None, None, None, 'WC1N 3AX', None, 'pmb', 2.5, ['en']),
    ('City Road Secretaries', 'GB', 'London', None, 'City Road', '128', None, None, None, None, 'EC1V 2NX', None, None, 3, ['en', 'in']),
    ('Paul Street Office Services', 'GB', 'London', None, 'Paul Street', '86-90', None, 3, None, None, 'EC2A 4NE', None, None, 2, ['en']),
    ('Circular Corporate Services', 'SG', 'Singapore', None, 'Circular Road', '68', None, 2, '01', None, '049422', None, None, 5, ['sgcn', 'in', 'en']),
    ('Anson Secretarial Pte Ltd', 'SG', 'Singapore', None, 'Anson Road', '10', ('International Plaza', 'International Plaza'), 27, '15', None, '079903', None, None, 3, ['sgcn', 'my']),
    ('SBF Corporate Services', 'SG', 'Singapore', None, 'Robinson Road', '160', ('SBF Center', 'SBF Center'), 14, '04', None, '068914', None, None, 3, ['sgcn', 'en']),
    ('Peninsula Corporate Secretaries', 'SG', 'Singapore', None, 'North Bridge Road', '111', ('Peninsula Plaza', 'Peninsula Plaza'), 21, '01', None, '179098', None, None, 2, ['sgcn']),
    ('Hong Lim Services', 'SG', 'Singapore', None, 'Upper Cross Street', '531A', ('Hong Lim Complex', 'Hong Lim Complex'), 4, '95', None, '051531', None, None, 1.5, ['sgcn', 'in']),
    ('Lippo Corporate Services Ltd', 'HK', 'Hong Kong', 'Admiralty', ('金鐘道', 'Queensway'), '89', ('力寶中心一座', 'Tower 1, Lippo Centre'), 10, '1003', 'room', None, None, None, 3, ['hk', 'cn']),
    ('ZJ Secretarial Services', 'HK', 'Hong Kong', 'Wan Chai', ('駱克道', 'Lockhart Road'), '300', ('浙江興業大廈', 'ZJ 300'), 12, 'A', 'room', None, None, None, 3, ['hk']),
    ('L. Plaza Company Secretary', 'HK', 'Hong Kong', 'Sheung Wan', ('皇后大道中', "Queen's Road Central"), '367-375', ('L. Plaza', 'The L. Plaza'), 16, '1603', 'unit', None, None, None, 3, ['hk', 'cn']),
    ('SPA Centre Business Services', 'HK', 'Hong Kong', 'Wan Chai', ('駱克道', 'Lockhart Road'), '53-55', ('SPA中心', 'SPA Centre'), 15, '1501', 'room', None, None, 'paren', 4, ['hk']),
    ('Bright Way Secretaries', 'HK', 'Hong Kong', 'Mong Kok', ('旺角道', 'Mong Kok Road'), '33', ('光明大廈', 'Bright Way Tower'), 7, '04', 'unit', None, None, None, 2, ['hk', 'cn']),
    ('Lockhart Centre Services', 'HK', 'Hong Kong', 'Wan Chai', ('駱克道', 'Lockhart Road'), '301-307', ('駱克中心', 'Lockhart Centre'), 19, 'C', 'room', None, None, None, 2, ['hk']),
    ('前海商务秘书', 'CN', 'Shenzhen', 'Qianhai Shenzhen-Hong Kong Cooperation Zone', ('前湾一路', 'Qianwan 1st Road', 'Qianwan Yi Lu'), '1', ('A栋', 'Building A'), None, '201', None, '518000',
     ('（入驻深圳市前海商务秘书有限公司）', 'c/o Shenzhen Qianhai Commerce Secretary Co., Ltd.'), None, 6, ['cn']),
    ('长兴岛集中注册', 'CN', 'Shanghai', ('崇明区', 'Chongming District', 'Chongming'), ('长兴镇潘园公路', 'Panyuan Highway, Changxing Town', 'Panyuan Gonglu'), '1800', ('3号楼', 'Building 3'), None, None, None, '202150', None, 'room', 3, ['cn']),
    ('霍尔果斯商务秘书', 'CN', 'Khorgos', 'Khorgos Economic Development Zone', ('亚欧路', 'Yaou Road', 'Ya Ou Lu'), '28', ('亚欧国际大厦', 'Euro-Asia International Building'), None, None, None, '835221', None, 'room', 2, ['cn']),
    ('Почтовая 55 (массовая регистрация)', 'RU', 'Moscow', None, ('Большая Почтовая', 'ul', None), '55/59', None, None, None, 'komn', '105082', ('стр. 1', 'bld. 1'), 'komn', 4, ['ru']),
    ('Башня Федерация офис', 'RU', 'Moscow', None, ('Пресненская', 'nab', 'Presnenskaya Embankment'), '12', ('Башня «Федерация»', 'Federation Tower'), 45, None, 'of', '123112', None, 'of', 2, ['ru']),
    ('Варшавка 1', 'RU', 'Moscow', None, ('Варшавское', 'sh', 'Warsaw Highway'), '1', None, None, '38', 'of', '117105', ('стр. 6', 'bld. 6'), None, 2, ['ru']),
    ('Профессора Попова 37', 'RU', 'Saint Petersburg', None, ('Профессора Попова', 'ul', None), '37', None, None, None, 'of', '197022', ('лит. Щ', 'lit. Shch'), 'of', 1.5, ['ru']),
    ('AIFC Registered Office', 'KZ', 'Astana', None, ('Мангилик Ел', 'pr', 'Mangilik El Avenue'), '55/20', ('МФЦА', 'AIFC'), None, None, 'of', 'Z05T3C4', None, 'of', 4, ['kz', 'ru']),
    ('Nurly Tau Virtual Office', 'KZ', 'Almaty', None, ('Аль-Фараби', 'pr', 'Al-Farabi Avenue'), '17/1', ('БЦ «Нурлы Тау»', 'Nurly Tau BC'), 3, '301', 'of', '050059', ('блок 5Б', 'block 5B'), None, 2, ['kz']),
    ('IFZA Business Park', 'AE', 'Dubai', 'Dubai Silicon Oasis', 'Dubai Digital Park', '', ('Building A2, IFZA Business Park', 'Building A2, IFZA Business Park'), None, None, 'office', None, None, 'desk', 4, ['in', 'ar', 'ru']),
    ('Meydan Free Zone', 'AE', 'Dubai', ('ند الشبا', 'Nad Al Sheba', 'Meydan'), 'Meydan Road', '', ('Meydan Grandstand', 'Meydan Grandstand'), 6, None, None, None, None, None, 4, ['in', 'ar']),
    ('SPC Free Zone', 'AE', 'Sharjah', 'Sharjah Publishing City Free Zone', 'E311 Sheikh Mohammed Bin Zayed Road', '', ('Business Centre', 'Business Centre'), None, None, None, None, None, None, 3, ['in', 'ar']),
    ('RAKEZ', 'AE', 'Ras Al Khaimah', 'RAKEZ Business Zone', 'Al Hamra Industrial Zone-FZ', '', ('Business Centre 04', 'Business Centre 04'), None, None, None, None, None, 'desk', 2, ['in', 'ru']),
    ('Shams', 'AE', 'Sharjah', 'Sharjah Media City', 'Al Messaned', '', ('Sharjah Media City (Shams)', 'Sharjah Media City (Shams)'), None, None, None, None, None, None, 2.5, ['in', 'ar']),
    ('DMCC Business Centre', 'AE', 'Dubai', 'Jumeirah Lake Towers', 'Cluster I', '', ('DMCC Business Centre, Jewellery & Gemplex 3', 'DMCC Business Centre, Jewellery & Gemplex 3'), 1, None, 'unit', None, None, 'ba', 3, ['in', 'ru', 'ar']),
    ('Proteas Corporate Services', 'CY', 'Limassol', None, ("Αρχιεπισκόπου Μακαρίου Γ'", 'Archiepiskopou Makariou III Avenue', 'Makarios III Avenue'), '155', ('Proteas House', 'Proteas House'), 5, None, None, '3026', None, None, 3, ['cy', 'ru']),
    ('Ledra Nominees', 'CY', 'Nicosia', None, ('Αγίου Παύλου', 'Agiou Pavlou Street', 'Ayiou Pavlou'), '15', ('Ledra House', 'Ledra House'), None, None, None, '1105', None, None, 3, ['cy']),
    ('Chapo Central Secretarial', 'CY', 'Nicosia', None, ('Σπύρου Κυπριανού', 'Spyrou Kyprianou Avenue', 'Spyrou Kyprianou Ave'), '20', ('Chapo Central', 'Chapo Central'), 1, None, None, '1075', None, None, 2, ['cy', 'ru']),
    ('Maximos Fiduciary', 'CY', 'Limassol', None, ('28ης Οκτωβρίου', '28th October Street', '28is Oktovriou'), '213', ('Maximos Plaza', 'Maximos Plaza'), 3, None, 'office', '3035', None, 'desk', 1.5, ['cy', 'ru']),
    ('Intertrust Amsterdam', 'NL', 'Amsterdam', None, 'Prins Bernhardplein', '200', None, None, None, None, '1097 JB', None, None, 5, ['nl']),
    ('Strawinsky Trust', 'NL', 'Amsterdam', None, 'Strawinskylaan', '3127', None, None, None, None, '1077 ZX', None, None, 2, ['nl']),
    ('Herengracht Management', 'NL', 'Amsterdam', None, 'Herengracht', '420', None, None, None, None, '1017 BZ', None, None, 2, ['nl']),
    ('Tricor Bangsar South', 'MY', 'Kuala Lumpur', 'Bangsar South', 'Jalan Kerinchi', '8', ('Tower A, Vertical Business Suite', 'Tower A, Vertical Business Suite'), 30, '01', None, '59200', None, None, 4, ['my', 'sgcn']),
    ('Faber Imperial Secretarial', 'MY', 'Kuala Lumpur', 'KLCC', 'Jalan Sultan Ismail', '', ('Bangunan Faber Imperial Court', 'Bangunan Faber Imperial Court'), 15, '2', None, '50250', None, None, 2, ['my']),
    ('Friedrichstraße Business Center', 'DE', 'Berlin', None, 'Friedrichstraße', '171', None, None, None, None, '10117', None, None, 3, []),
    ('Kudamm Office', 'DE', 'Berlin', None, 'Kurfürstendamm', '11', None, None, None, None, '10719', None, None, 2, []),
    ('Neuer Wall Offices', 'DE', 'Hamburg', None, 'Neuer Wall', '50', None, None, None, None, '20354', None, None, 1.5, []),
    ('Nurol Sanal Ofis', 'TR', 'İstanbul', 'Maslak', 'Büyükdere Caddesi', '255', ('Nurol Plaza', 'Nurol Plaza'), None, None, None, '34398', None, 'desk', 2, []),
    ('Nidakule Sanal Ofis', 'TR', 'İstanbul', 'Barbaros', 'Begonya Sokak', '1/1', ('Nidakule Ataşehir Batı', 'Nidakule Ataşehir Batı'), None, None, None, '34746', None, None, 1.5, []),
    ('Shibuya Virtual Office', 'JP', 'Tokyo', 'Shibuya-ku', ('道玄坂', 'Dogenzaka'), '1-10-8', ('渋谷道玄坂東急ビル', 'Shibuya Dogenzaka Tokyu Bldg.'), 2, 'C', None, '150-0043', None, None, 2, []),
    ('Aoyama Virtual Office', 'JP', 'Tokyo', 'Minato-ku', ('南青山', 'Minami-Aoyama'), '2-2-15', ('ウィン青山', 'Win Aoyama'), 9, None, None, '107-0062', None, 'desk', 2, []),
    ('Paulista Escritório Virtual', 'BR', 'São Paulo', 'Bela Vista', 'Avenida Paulista', '1636', None, 15, '1504', None, '01310-200', None, None, 3, []),
    ('Reforma Oficina Virtual', 'MX', 'Ciudad de México', 'Juárez', 'Paseo de la Reforma', '296', None, 38, None, None, '06600', None, None, 2, []),
    ('Gangnam Virtual Office', 'KR', 'Seoul', 'Gangnam-gu', ('테헤란로', 'Teheran-ro', 'Teheran Road'), '427', ('위워크타워', 'WeWork Tower'), 10, None, None, '06159', None, None, 1, []),
    ('Taipei 101 Virtual Office', 'TW', 'Taipei City', 'Xinyi Dist.', ('信義路五段', 'Sec. 5, Xinyi Rd.', 'Hsin Yi Rd., Sec. 5'), '7', ('台北101', 'Taipei 101'), 35, None, None, '110', None, None, 1, []),
    ('Bitexco Virtual Office', 'VN', 'Ho Chi Minh City', 'District 1', ('Hải Triều', 'Hai Trieu', 'Hai Trieu'), '2', ('Tòa nhà Bitexco', 'Bitexco Financial Tower'), 36, None, None, '700000', None, None, 1, []),
    ('Raheja Virtual Office', 'IN', 'Bengaluru', 'Mahatma Gandhi Road', 'Mahatma Gandhi Road', '26-27', ('Raheja Towers', 'Raheja Towers'), 9, None, None, '560001', None, None, 1, []),
]
AGENT_P = {'HK': .36, 'SG': .3, 'CY': .45, 'GB': .27, 'US': .22, 'AE': .4, 'NL': .14, 'MY': .22, 'KZ': .12, 'CN': .08, 'RU': .09,
           'DE': .06, 'TR': .05, 'JP': .05, 'BR': .05, 'MX': .04, 'IN': .03, 'VN': .03, 'KR': .03, 'TW': .03}

COWORK_DEFS = [
    ('WeWork', 'US', 'New York', None, 'Fifth Avenue', '575', None, None, '10017'),
    ('WeWork', 'US', 'San Francisco', None, 'Mission Street', '535', None, None, '94105'),
    ('Regus', 'US', 'San Francisco', None, 'Embarcadero Center', '2', None, 8, '94111'),
    ('Industrious', 'US', 'Austin', None, 'Congress Avenue', '600', None, 14, '78701'),
    ('WeWork', 'US', 'Miami', None, 'Brickell Avenue', '1111', None, 10, '33131'),
    ('WeWork', 'US', 'Seattle', None, 'Fifth Avenue', '1601', None, None, '98101'),
    ('WeWork', 'GB', 'London', None, 'Poultry', '1', None, None, 'EC2R 8EJ'),
    ('Regus', 'GB', 'London', None, 'Old Broad Street', '25', ('Tower 42', 'Tower 42'), 25, 'EC2N 1HN'),
    ('TOG', 'GB', 'London', None, 'Great Eastern Street', '60', None, None, 'EC2A 3QR'),
    ('Spaces', 'GB', 'Manchester', None, 'Hardman Boulevard', '1', None, None, 'M3 3AQ'),
    ('Factory Berlin', 'DE', 'Berlin', None, 'Rheinsberger Straße', '76/77', None, None, '10115'),
    ('WeWork', 'DE', 'Berlin', None, 'Kemperplatz', '1', ('Sony Center', 'Sony Center'), None, '10785'),
    ('Mindspace', 'DE', 'Berlin', None, 'Friedrichstraße', '68', None, None, '10117'),
    ('WeWork', 'DE', 'München', None, 'Neuturmstraße', '5', None, None, '80331'),
    ('Spaces', 'NL', 'Amsterdam', None, 'Barbara Strozzilaan', '101', None, None, '1083 HN'),
    ('WeWork', 'NL', 'Amsterdam', None, 'Weteringschans', '165', None, None, '1017 XD'),
    ('B. Amsterdam', 'NL', 'Amsterdam', None, 'Johan Huizingalaan', '763a', None, None, '1066 VH'),
    ('JustCo', 'SG', 'Singapore', None, 'Robinson Road', '120', None, 8, '068913'),
    ('WeWork', 'SG', 'Singapore', None, 'Robinson Road', '71', None, 7, '068895'),
    ('The Great Room', 'SG', 'Singapore', None, 'Temasek Avenue', '3', ('Centennial Tower', 'Centennial Tower'), 34, '039190'),
    ('WeWork', 'SG', 'Singapore', None, 'Anson Road', '60', ('Mapletree Anson', 'Mapletree Anson'), 17, '079914'),
    ('WeWork', 'HK', 'Hong Kong', ('北角', 'North Point', 'Hong Kong'), ('英皇道', "King's Road"), '625', ('理文商業中心', 'Lee Man Commercial Building'), None, None),
    ('The Hive', 'HK', 'Hong Kong', 'Wan Chai', ('謝斐道', 'Jaffe Road'), '535', ('Tower 535', 'Tower 535'), 21, None),
    ('Regus', 'HK', 'Hong Kong', 'Wan Chai', ('港灣道', 'Harbour Road'), '18', ('中環廣場', 'Central Plaza'), 35, None),
    ('Garage Society', 'HK', 'Hong Kong', 'Sheung Wan', ('文咸東街', 'Bonham Strand East'), '8', ('Garage Society', 'Garage Society'), 2, None),
    ('WeWork', 'CN', 'Shanghai', "Jing'an District", ('南京西路', 'West Nanjing Road', 'Nanjing Xi Lu'), '1515', ('嘉里中心', 'Kerry Centre'), 5, '200040'),
    ('优客工场', 'CN', 'Beijing', 'Chaoyang District', ('阜通东大街', 'East Futong Street', 'Futong Dong Dajie'), '1', ('望京SOHO', 'Wangjing SOHO'), 12, '100102'),
    ('梦想小镇', 'CN', 'Hangzhou', 'Yuhang District', ('文一西路', 'West Wenyi Road', 'Wenyi Xi Lu'), '1500', ('梦想小镇', 'Dream Town'), 3, '311121'),
    ('Regus', 'CN', 'Shenzhen', 'Futian District', ('益田路', 'Yitian Road', 'Yitian Lu'), '5033', ('平安金融中心', 'Ping An Finance Center'), 46, '518000'),
    ('Regus', 'TW', 'Taipei City', 'Xinyi Dist.', ('松仁路', 'Songren Rd.', 'Sung Jen Rd.'), '100', ('台北南山廣場', 'Taipei Nan Shan Plaza'), 30, '110'),
    ('WeWork', 'JP', 'Tokyo', 'Minato-ku', ('六本木', 'Roppongi'), '1-4-5', ('アークヒルズサウスタワー', 'Ark Hills South Tower'), 16, '106-0032'),
    ('Regus', 'JP', 'Tokyo', 'Chiyoda-ku', ('丸の内', 'Marunouchi'), '1-6-5', ('丸の内北口ビル', 'Marunouchi Kitaguchi Bldg.'), 9, '100-0005'),
    ('WeWork', 'KR', 'Seoul', 'Gangnam-gu', ('테헤란로', 'Teheran-ro', 'Teheran Road'), '427', ('위워크타워', 'WeWork Tower'), None, '06159'),
    ('FastFive', 'KR', 'Seoul', 'Seocho-gu', ('서초대로', 'Seocho-daero', 'Seocho-daero'), '411', None, None, '06615'),
    ('Regus', 'AE', 'Dubai', 'Business Bay', 'Marasi Drive', '', ('Bay Square Building 11', 'Bay Square Building 11'), 3, None),
    ('Servcorp', 'AE', 'Dubai', 'DIFC', 'Gate District', '', ('Gate Village Building 3', 'Gate Village Building 3'), 15, None),
    ('in5', 'AE', 'Dubai', 'Dubai Internet City', 'Al Sufouh Road', '', ('in5 Tech', 'in5 Tech'), None, None),
    ('Regus', 'TR', 'İstanbul', 'Esentepe', 'Büyükdere Caddesi', '199', ('Levent 199', 'Levent 199'), 6, '34394'),
    ('Regus', 'RU', 'Moscow', None, ('Лесная', 'ul', 'Lesnaya Street'), '5', ('БЦ «Белая площадь»', 'White Square Business Centre'), 4, '125047'),
    ('Astana Hub', 'KZ', 'Astana', None, ('Мангилик Ел', 'pr', 'Mangilik El Avenue'), '55/8', ('Astana Hub', 'Astana Hub'), None, '010000'),
    ('WeWork', 'IN', 'Bengaluru', 'Mahatma Gandhi Road', 'Infantry Road', '36', ('Prestige Central', 'Prestige Central'), None, '560001'),
    ('91springboard', 'IN', 'Bengaluru', 'Koramangala', '80 Feet Road', '175', None, None, '560095'),
    ('Awfis', 'IN', 'Gurugram', 'DLF Cyber City', 'DLF Phase 2', '', ('DLF Building 10', 'DLF Building No. 10'), 6, '122002'),
    ('WeWork', 'IN', 'Mumbai', 'Bandra Kurla Complex', 'G Block', 'C-20', ('Enam Sambhav', 'Enam Sambhav'), None, '400051'),
    ('Common Ground', 'MY', 'Kuala Lumpur', 'Bukit Bintang', 'Jalan Bukit Bintang', '', ('Wisma Mont Kiara', 'Wisma Mont Kiara'), 2, '50200'),
    ('WORQ', 'MY', 'Kuala Lumpur', 'KL Sentral', 'Jalan Stesen Sentral 5', '', ('Q Sentral', 'Q Sentral'), 26, '50470'),
    ('Dreamplex', 'VN', 'Ho Chi Minh City', 'District 1', ('Nguyễn Huệ', 'Nguyen Hue', 'Nguyen Hue'), '21', ('Dreamplex', 'Dreamplex Nguyen Hue'), 5, '700000'),
    ('Toong', 'VN', 'Hanoi', 'Cau Giay District', ('Duy Tân', 'Duy Tan', 'Duy Tan'), '12', ('Toong', 'Toong Duy Tan'), 8, '100000'),
    ('WeWork', 'BR', 'São Paulo', 'Bela Vista', 'Avenida Paulista', '1374', None, None, '01310-100'),
    ('WeWork', 'MX', 'Ciudad de México', 'Juárez', 'Paseo de la Reforma', '26', None, None, '06600'),
    ('Regus', 'CY', 'Limassol', None, ('Αμαθούντος', 'Amathountos Avenue', 'Amathoundos Avenue'), '1', ('Vashiotis Business Center', 'Vashiotis Business Center'), 2, '4532'),
]

UNIS = {
    'US': [('mit.edu', 'MIT'), ('stanford.edu', 'Stanford University'), ('cmu.edu', 'Carnegie Mellon University'), ('berkeley.edu', 'UC Berkeley'), ('nyu.edu', 'NYU')],
    'GB': [('cam.ac.uk', 'University of Cambridge'), ('ox.ac.uk', 'University of Oxford'), ('imperial.ac.uk', 'Imperial College London'), ('ucl.ac.uk', 'UCL')],
    'DE': [('tum.de', 'Technische Universität München'), ('kit.edu', 'Karlsruher Institut für Technologie'), ('tu-berlin.de', 'TU Berlin')],
    'NL': [('tudelft.nl', 'TU Delft'), ('uva.nl', 'Universiteit van Amsterdam'), ('tue.nl', 'TU Eindhoven')],
    'SG': [('nus.edu.sg', 'National University of Singapore'), ('ntu.edu.sg', 'Nanyang Technological University')],
    'HK': [('hku.hk', 'The University of Hong Kong'), ('ust.hk', 'HKUST'), ('cuhk.edu.hk', 'CUHK')],
    'CN': [('tsinghua.edu.cn', '清华大学'), ('pku.edu.cn', '北京大学'), ('zju.edu.cn', '浙江大学'), ('sjtu.edu.cn', '上海交通大学'), ('ustc.edu.cn', '中国科学技术大学')],
    'TW': [('ntu.edu.tw', '國立臺灣大學'), ('nthu.edu.tw', '國立清華大學'), ('nycu.edu.tw', '國立陽明交通大學')],
    'JP': [('u-tokyo.ac.jp', '東京大学'), ('kyoto-u.ac.jp', '京都大学'), ('titech.ac.jp', '東京工業大学')],
    'KR': [('kaist.ac.kr', 'KAIST'), ('snu.ac.kr', '서울대학교'), ('postech.ac.kr', 'POSTECH')],
    'AE': [('mbzuai.ac.ae', 'MBZUAI'), ('ku.ac.ae', 'Khalifa University')],
    'TR': [('metu.edu.tr', 'ODTÜ'), ('boun.edu.tr', 'Boğaziçi Üniversitesi'), ('itu.edu.tr', 'İTÜ'), ('bilkent.edu.tr', 'Bilkent Üniversitesi')],
    'RU': [('msu.ru', 'МГУ'), ('hse.ru', 'НИУ ВШЭ'), ('skoltech.ru', 'Сколтех'), ('phystech.edu', 'МФТИ'), ('itmo.ru', 'ИТМО')],
    'KZ': [('nu.edu.kz', 'Nazarbayev University'), ('kbtu.kz', 'KBTU')],
    'IN': [('iitb.ac.in', 'IIT Bombay'), ('iitd.ac.in', 'IIT Delhi'), ('iisc.ac.in', 'IISc Bangalore'), ('iitm.ac.in', 'IIT Madras')],
    'MY': [('um.edu.my', 'Universiti Malaya'), ('utm.my', 'Universiti Teknologi Malaysia')],
    'VN': [('hust.edu.vn', 'Đại học Bách khoa Hà Nội'), ('vnu.edu.vn', 'ĐHQG Hà Nội')],
    'BR': [('usp.br', 'Universidade de São Paulo'), ('unicamp.br', 'Unicamp')],
    'MX': [('unam.mx', 'UNAM'), ('tec.mx', 'Tecnológico de Monterrey')],
    'CY': [('ucy.ac.cy', 'University of Cyprus'), ('cut.ac.cy', 'Cyprus University of Technology')],
}
UNI_SUB = {'tsinghua.edu.cn': 'mails.tsinghua.edu.cn', 'pku.edu.cn': 'stu.pku.edu.cn', 'kaist.ac.kr': 'kaist.ac.kr', 'u-tokyo.ac.jp': 'g.ecc.u-tokyo.ac.jp',
           'nus.edu.sg': 'u.nus.edu', 'ntu.edu.sg': 'e.ntu.edu.sg', 'cam.ac.uk': 'cam.ac.uk', 'hku.hk': 'connect.hku.hk'}

COUNTRY_W = {'US': 13, 'CN': 9, 'GB': 6.5, 'SG': 5.5, 'HK': 5.5, 'DE': 5.5, 'IN': 6, 'JP': 4.5, 'KR': 4, 'TW': 3, 'NL': 3, 'AE': 4,
             'TR': 3, 'RU': 3, 'KZ': 1.3, 'MY': 2.5, 'VN': 2.5, 'BR': 3, 'MX': 2, 'CY': 1.7}
PCULT = {
    'US': [('en', 70), ('in', 9), ('cn', 7), ('kr', 3), ('ru', 3), ('mx', 5), ('ar', 3)], 'GB': [('en', 75), ('in', 10), ('cn', 5), ('ar', 3), ('ru', 4), ('tr', 3)],
    'DE': [('de', 80), ('tr', 8), ('ru', 6), ('en', 3), ('ar', 3)], 'NL': [('nl', 80), ('de', 5), ('en', 5), ('tr', 5), ('in', 5)],
    'SG': [('sgcn', 55), ('in', 15), ('my', 10), ('en', 10), ('cn', 10)], 'HK': [('hk', 80), ('cn', 15), ('en', 5)], 'CN': [('cn', 1)], 'TW': [('tw', 1)],
    'JP': [('jp', 97), ('cn', 3)], 'KR': [('kr', 97), ('cn', 3)], 'AE': [('ar', 45), ('in', 25), ('ru', 8), ('cn', 6), ('en', 8), ('tr', 4)],
    'TR': [('tr', 90), ('ru', 4), ('ar', 6)], 'RU': [('ru', 95), ('kz', 5)], 'KZ': [('kz', 60), ('ru', 35), ('cn', 5)], 'IN': [('in', 1)],
    'MY': [('my', 50), ('sgcn', 35), ('in', 15)], 'VN': [('vn', 92), ('cn', 4), ('kr', 4)], 'BR': [('br', 95), ('en', 3), ('jp', 2)],
    'MX': [('mx', 95), ('en', 5)], 'CY': [('cy', 60), ('ru', 25), ('en', 10), ('ar', 5)],
}
PCULT_WP = {k: WP(v) for k, v in PCULT.items()}
CNAME_VAR = {'GB': [('GB', 70), ('UK', 28), ('United Kingdom', 1)], 'US': [('US', 96), ('USA', 2), ('United States', 1)],
             'HK': [('HK', 97), ('Hong Kong', 2)], 'CN': [('CN', 97), ('China', 1.5), ('PRC', .5)], 'KR': [('KR', 98), ('South Korea', 1)],
             'TR': [('TR', 97), ('Turkey', 1), ('Türkiye', 1)], 'RU': [('RU', 98), ('Russia', 1)], 'AE': [('AE', 96), ('UAE', 3)]}
CNAME_VAR = {k: WP(v) for k, v in CNAME_VAR.items()}

# ============================================================ the world (shared pools)

WELL_KNOWN_KEYS = []
_wk = random.Random('well-known-ssh-keys')
for _ in range(3):
    WELL_KNOWN_KEYS.append(new_key(_wk))


class World(object):
    def __init__(self, rng, N):
        self.rng = rng
        self.N = N
        self.domains = set()
        self.recent_mob = {}
        self.n_recycled = 0
        self.country_wp = WP(list(COUNTRY_W.items()))
        self.isp = {}
        for cc, octs in ISP_OCT.items():
            blocks = []
            for o in octs:
                for _ in range(1 + (rng.random() < .4)):
                    blocks.append((o, int(rng.random() * 256)))
            self.isp[cc] = WP(zipf_pairs(blocks, .4))
        self.v6 = {cc: [(int(p, 16), int(rng.random() * 65536)) for p in lst for _ in range(2)] for cc, lst in V6P.items()}
        self.hot = WP([('34.117.%d.%d' % (int(rng.random() * 256), 1 + int(rng.random() * 250)), .55),
                       ('52.%d.%d.%d' % (8 + int(rng.random() * 100), int(rng.random() * 256), 1 + int(rng.random() * 250)), .3),
                       ('35.%d.%d.%d' % (186 + int(rng.random() * 50), int(rng.random() * 256), 1 + int(rng.random() * 250)), .15)])
        vp = []
        for pw in range(12):
            pwt = 1.0 / (pw + 1) ** .8
            for bw in range(5):
                a, b = pick(rng, DC16)
                c = int(rng.random() * 256)
                for hw in range(30):
                    vp.append(('%d.%d.%d.%d' % (a, b, c, 1 + int(rng.random() * 253)), pwt / (bw + 1) / (hw + 1) ** .9))
        self.vpn = WP(vp)
        rel = []
        for i in range(500):
            r = rng.random()
            if r < .5:
                ip = '104.28.%d.%d' % (int(rng.random() * 256), 1 + int(rng.random() * 253))
            elif r < .8:
                ip = '172.%d.%d.%d' % (224 + int(rng.random() * 3), int(rng.random() * 256), 1 + int(rng.random() * 253))
            else:
                ip = '146.75.%d.%d' % (int(rng.random() * 256), 1 + int(rng.random() * 253))
            rel.append((ip, 1.0 / (i + 1) ** .8))
        self.relay = WP(rel)
        zs = []
        for i in range(200):
            a, b = pick(rng, [(165, 225), (136, 226), (147, 161)])
            zs.append(('%d.%d.%d.%d' % (a, b, int(rng.random() * 256), 1 + int(rng.random() * 253)), 1.0 / (i + 1) ** .7))
        self.zs = WP(zs)
        self.cgn = {}
        for cc in COUNTRY_W:
            lst = []
            blocks = CGN.get(cc) or [self.isp[cc](rng)]
            for i in range(150):
                a, b = pick(rng, blocks)
                lst.append(('%d.%d.%d.%d' % (a, b, int(rng.random() * 256), 1 + int(rng.random() * 253)), 1.0 / (i + 1) ** .9))
            self.cgn[cc] = WP(lst)
        tor = []
        for i in range(30):
            a, b, c = pick(rng, [(185, 220, 100), (185, 220, 101), (185, 220, 102), (199, 249, 230), (204, 8, 96), (171, 25, 193), (192, 42, 116)])
            tor.append(('%d.%d.%d.%d' % (a, b, c, 1 + int(rng.random() * 253)), 1.0 / (i + 1) ** .5))
        self.tor = WP(tor)
        # agents
        self.agents = {}
        for d in AGENT_DEFS:
            name, cc, city, dist, street, num, bldg, fl, un, ut, pc, extra, mb, wt, noms = d
            a = mk(cc, city, dist, street, num, bldg, fl, un, ut, pc, extra)
            if cc == 'US':
                a.pc4 = rand_digits(rng, 4)
            if cc == 'AE' and rng.random() < .7:
                a.po = str(1000 + int(rng.random() * 400000))
            ag = dict(name=name, cc=cc, addr=a, mb=mb, phone=new_phone(rng, cc, 'land') if rng.random() < .8 else None,
                      noms=[make_person(rng, pick(rng, noms)) for _ in range(1 + int(rng.random() * 4))] if noms else [],
                      cosec=None, nomco=None, domain=None)
            if noms:
                b = dict(t='lat', w=pick(rng, ['Asiacorp', 'Sovereign', 'Trident', 'Vistra', 'Harneys', 'Ocorian', 'Premier', 'Fidelis',
                                                'Grand Lucky', 'Everbright', 'Global Link', 'Regal', 'Orient', 'Crown', 'Pacific']) + ' ' +
                         pick(rng, ['Corporate', 'Secretarial', 'Fiduciary', 'Management', 'Trust']))
                ag['cosec'] = Company([('%s Services Limited' % b['w'], 4), ('%s Services Ltd' % b['w'], 2), (('%s Services Limited' % b['w']).upper(), 1)],
                                      slugify(b['w']), b)
                ag['nomco'] = Company([('%s Nominees Limited' % b['w'].split()[0], 4), ('%s Nominees Ltd' % b['w'].split()[0], 2),
                                       ('%s Nominee Shareholders Ltd' % b['w'].split()[0], .5)], slugify(b['w']), b)
                ag['domain'] = self.new_domain(rng, slugify(b['w'])[:12], cc)
            self.agents.setdefault(cc, []).append((ag, wt))
        # small populations see fewer agents / co-working sites, so that what is common stays visibly common
        scale = min(1.0, (N / 20000.0) ** 0.5)
        self.agents = {cc: WP(sorted(v, key=lambda x: -x[1])[:max(1, int(round(len(v) * scale)))]) for cc, v in self.agents.items()}
        # co-working
        self.cowork = {}
        for d in COWORK_DEFS:
            name, cc, city, dist, street, num, bldg, fl, pc = d
            a = mk(cc, city, dist, street, num, bldg, fl, None, None, pc)
            a0, b0 = self.isp[cc](rng)
            net = Net24(rng, a0, b0, int(rng.random() * 256), 1 + int(rng.random() * 2))
            self.cowork.setdefault(cc, []).append(dict(name=name, addr=a, net=net, phone=new_phone(rng, cc, 'land')))
        self.cowork = {cc: v[:max(1, int(round(len(v) * scale)))] for cc, v in self.cowork.items()}
        self.towers = {cc: [(c, t) for c in GEO[cc] for t in c['t']] for cc in GEO}
        self.unis = {}
        for cc, lst in UNIS.items():
            u = []
            for dom, nm in lst:
                city = CITY_WP[cc](rng)
                campus = addr_in_city(rng, city, fu=False)
                campus.bldg = (nm, nm)
                a0, b0 = self.isp[cc](rng)
                u.append(dict(domain=dom, name=nm, campus=campus, net=(a0, (b0 + 7) % 256)))
                self.domains.add(dom)
            self.unis[cc] = u

    def recycle_mobile(self, rng, cc, ph):
        """Recycled numbers: rarely a company gets a mobile number an unrelated company already listed."""
        lst = self.recent_mob.setdefault(cc, [])
        if lst and rng.random() < .0015:
            self.n_recycled += 1
            return pick(rng, lst)
        if len(lst) < 300:
            lst.append(ph)
        else:
            lst[int(rng.random() * 300)] = ph
        return ph

    # ---------------------------------------------------------------- IP helpers
    def res_ip(self, rng, cc):
        a, b = self.isp[cc](rng)
        return '%d.%d.%d.%d' % (a, b, int(rng.random() * 256), 1 + int(rng.random() * 253))

    def biz_net(self, rng, cc, nstatic=2):
        a, b = self.isp[cc](rng)
        return Net24(rng, a, b, int(rng.random() * 256), nstatic)

    def hosting_ip(self, rng):
        a, b = pick(rng, HOSTING16)
        return '%d.%d.%d.%d' % (a, b, int(rng.random() * 256), 1 + int(rng.random() * 253))

    def hosting_net(self, rng, nstatic=1):
        a, b = pick(rng, HOSTING16)
        return Net24(rng, a, b, int(rng.random() * 256), nstatic)

    def cloud_ip(self, rng):
        a, b = pick(rng, CLOUD16)
        return '%d.%d.%d.%d' % (a, b, int(rng.random() * 256), 1 + int(rng.random() * 253))

    def v6_net(self, rng, cc, nstatic=1):
        h1, h2 = pick(rng, self.v6[cc])
        return Net48(rng, (h1, h2, int(rng.random() * 65536)), nstatic)

    def v6_home(self, rng, cc):
        return self.v6_net(rng, cc).host(rng)

    def noise_ips(self, rng, cc, vpn=.12, hot=.10, cloud=.05, relay=.04, zs=.03, cgn=None, tor=.006, host=.18, v6=.2, junk=.005):
        ips = []
        if rng.random() < host:
            ips.append(self.hosting_ip(rng))
        if rng.random() < vpn:
            ips.append(self.vpn(rng))
        if rng.random() < hot:
            ips.append(self.hot(rng))
        if rng.random() < cloud:
            ips.append(self.cloud_ip(rng))
        if rng.random() < relay:
            ips.append(self.relay(rng))
        if rng.random() < zs:
            ips.append(self.zs(rng))
        if rng.random() < (CGN_P.get(cc, .07) if cgn is None else cgn):
            ips.append(self.cgn[cc](rng))
        if rng.random() < tor:
            ips.append(self.tor(rng))
        if rng.random() < v6:
            ips.append(self.v6_home(rng, cc))
        if rng.random() < junk:
            ips.append(pick(rng, PH_IP))
        return ips

    # ---------------------------------------------------------------- places
    def agent(self, rng, cc):
        w = self.agents.get(cc)
        return w(rng) if w else None

    def agent_addr(self, rng, ag):
        a = ag['addr']
        mb = ag['mb']
        if mb and rng.random() < .75:
            if mb == 'pmb':
                return a.with_unit(None, str(10000 + int(rng.random() * 89999)), 'pmb')
            if mb == 'paren':
                return a.with_unit(a.floor, '%s (%d)' % (a.unit, 100 + int(rng.random() * 900)), a.ut)
            if mb == 'komn':
                return a.with_unit(a.floor, str(1 + int(rng.random() * 60)), 'komn')
            if mb == 'of':
                return a.with_unit(a.floor, str(1 + int(rng.random() * 400)), 'of')
            if mb == 'ba':
                return a.with_unit(a.floor, 'BA%d' % (100 + int(rng.random() * 2900)), 'unit')
            if mb == 'desk':
                return a.with_unit(a.floor, str(100 + int(rng.random() * 1900)), 'office')
            if mb == 'room':
                return a.with_unit(a.floor, str(101 + int(rng.random() * 900)), 'room')
        return a

    def cowork_pick(self, rng, cc):
        return pick(rng, self.cowork[cc])

    def cowork_addr(self, rng, cw):
        a = cw['addr']
        if rng.random() < .5:
            f = a.floor or (1 + int(rng.random() * 20))
            return a.with_unit(f, '%d%02d' % (f, 1 + int(rng.random() * 60)) if a.cc != 'SG' else '%02d' % (1 + int(rng.random() * 60)),
                               'suite' if a.cc in ('US', 'GB') else 'office')
        return a

    def office_addr(self, rng, cc, tower_p=.45):
        if self.towers.get(cc) and rng.random() < tower_p:
            city, t = pick(rng, self.towers[cc])
            return addr_tower(rng, city, t)
        return addr_in_city(rng, CITY_WP[cc](rng))

    def new_domain(self, rng, slug, cc):
        slug = (slug or '')[:22].strip('-')
        if len(slug) < 3:
            slug = slug + pick(rng, ['corp', 'group', 'tech', 'global', 'inc']) + rand_digits(rng, 2)
        for i in range(30):
            s = slug
            if i > 0 or rng.random() < .15:
                s = s + wp(rng, [('-' + cc.lower(), 1), ('group', 1), ('tech', 1), ('global', 1), ('hq', .5), (str(int(rng.random() * 99)), 1),
                                 ('-ai', .5), ('cloud', .5), ('labs', .5), ('asia', .4), ('-' + rand_digits(rng, 3), .5 + i)])
            d = s.replace('--', '-').strip('-') + TLD_WP.get(cc, TLD_WP['US'])(rng)
            if d not in self.domains:
                self.domains.add(d)
                return d
        d = slug + rand_digits(rng, 6) + '.com'
        self.domains.add(d)
        return d


# ============================================================ customers

class Member(object):
    __slots__ = ('cc', 'name', 'f', 'opv', 'dirs', 'owners', 'ips', 'keys', 'listed', 'nets', 'arch', 'party', 'kind')

    def __init__(self, cc):
        self.cc = cc
        self.name = None
        self.f = {}
        self.opv = {}
        self.dirs = []
        self.owners = []
        self.ips = []
        self.keys = []
        self.listed = None
        self.nets = []
        self.arch = 'single'
        self.party = None
        self.kind = 'company'


def freemail_local(rng, p=None, slug=None):
    if p is not None and (rng.random() < .75 or not slug):
        base = person_local(rng, p).replace('.', pick(rng, ['.', '', '_']))
    else:
        base = (slug or 'info')[:12]
    r = rng.random()
    if r < .45:
        base += str(int(rng.random() * 100)) if rng.random() < .6 else str(1960 + int(rng.random() * 45))
    elif r < .55:
        base += rand_digits(rng, 4)
    return base or 'user'


def render_member(rng, m):
    out = {'id': None}
    ctx = m.cc
    out['name'] = m.name.render(rng)
    out['country'] = CNAME_VAR[m.cc](rng) if m.cc in CNAME_VAR else m.cc

    def put(k, v):
        if v is None or v == '':
            r = rng.random()
            if r < .06:
                out[k] = None
            elif r < .07 and k not in ('ips', 'ssh_keys', 'directors', 'owners'):
                out[k] = ''
            return
        out[k] = v

    f = m.f
    put('registration_id', f['regid'].render(rng) if f.get('regid') is not None else None)
    put('address', f['addr'].render(rng, ctx) if f.get('addr') is not None else None)
    put('email', f['email'].render(rng) if f.get('email') is not None else None)
    put('phone', f['phone'].render(rng, ctx) if f.get('phone') is not None else None)
    put('website', f['web'].render(rng) if f.get('web') is not None else None)
    put('payment_fingerprint', f.get('card'))
    for key, lst in (('directors', m.dirs), ('owners', m.owners)):
        vals = []
        for p in lst:
            s = p.render(rng)
            if s not in vals:
                vals.append(s)
        if vals:
            out[key] = vals
        elif rng.random() < .03:
            out[key] = []
    if m.ips:
        ips = []
        for ip in m.ips:
            if ip not in ips:
                ips.append(ip)
        rng.shuffle(ips)
        out['ips'] = [ip_variant(rng, ip) for ip in ips]
    if m.keys:
        ks = []
        for k in m.keys:
            if k not in ks:
                ks.append(k)
        rng.shuffle(ks)
        out['ssh_keys'] = ks
    if m.listed is not None:
        out['listed'] = m.listed
    return out


def own_keys(rng, n):
    ks = []
    for _ in range(n):
        ks.append(new_key(rng) if rng.random() < .9 else new_key_md5(rng))
    return ks


def make_single(w, rng):
    cc = w.country_wp(rng)
    m = Member(cc)
    pcw = PCULT_WP[cc]
    r = rng.random()
    kind = 'company' if r < .84 else ('individual' if r < .95 else 'researcher')
    m.kind = kind
    if kind == 'company':
        co = make_company(rng, cc)
        m.name = co
        r = rng.random()
        if r < .72:
            m.f['regid'] = new_regid(rng, cc)
        elif r < .731:
            m.f['regid'] = Lit(pick(rng, PH_REGID))
        agent = w.agent(rng, cc) if rng.random() < AGENT_P.get(cc, .05) else None
        cw = None
        if agent and rng.random() < .85:
            m.f['addr'] = w.agent_addr(rng, agent)
        else:
            r = rng.random()
            if r < .13:
                cw = w.cowork_pick(rng, cc)
                m.f['addr'] = w.cowork_addr(rng, cw)
            elif r < .87:
                m.f['addr'] = w.office_addr(rng, cc, .38)
            elif r < .985:
                pass
            else:
                m.f['addr'] = Lit(pick(rng, PH_ADDR))
        r = rng.random()
        if agent and agent['phone'] and r < .25:
            m.f['phone'] = agent['phone']
        elif cw and r < .2:
            m.f['phone'] = cw['phone'] if rng.random() < .4 else cw['phone'].with_ext(str(100 + int(rng.random() * 900)))
        elif r < .84:
            ph = new_phone(rng, cc)
            if ph.kind == 'mob':
                ph = w.recycle_mobile(rng, cc, ph)
            m.f['phone'] = ph
        elif r < .985:
            pass
        else:
            m.f['phone'] = Lit(pick(rng, PH_PHONE))
        dirs = []
        nd = wp(rng, [(0, .16), (1, .46), (2, .26), (3, .1), (4, .02)])
        for _ in range(nd):
            dirs.append(make_person(rng, pcw(rng)))
        if agent and agent['noms'] and rng.random() < .5:
            nom = pick(rng, agent['noms'])
            if dirs and rng.random() < .5:
                dirs[0] = nom
            else:
                dirs.append(nom)
        if agent and agent['cosec'] and rng.random() < .08:
            dirs.append(agent['cosec'])
        if rng.random() < .01:
            dirs.append(Lit(pick(rng, PH_DIR)))
        m.dirs = dirs
        r = rng.random()
        if r > .45:
            ow = []
            real = [d for d in dirs if isinstance(d, Person) and not (agent and d in agent['noms'])]
            if real and rng.random() < .6:
                ow.append(real[0])
            if rng.random() < .25:
                ow.append(make_holding(rng, pcw(rng)))
            if agent and agent['nomco'] and rng.random() < .3:
                ow.append(agent['nomco'])
            if not ow:
                ow.append(make_person(rng, pcw(rng)))
            m.owners = ow
        own_dom = None
        r = rng.random()
        contact = dirs[0] if dirs and isinstance(dirs[0], Person) else None
        if r < .5:
            own_dom = w.new_domain(rng, co.slug, cc)
            m.f['email'] = Email(ROLE_LOCAL(rng) if (contact is None or rng.random() < .55) else person_local(rng, contact), own_dom)
        elif r < .83:
            m.f['email'] = Email(freemail_local(rng, contact, co.slug), FREEMAIL_WP[cc](rng))
        elif r < .855:
            m.f['email'] = Email(ROLE_LOCAL(rng), '%s.onmicrosoft.com' % (co.slug[:14] + (rand_digits(rng, 2) if rng.random() < .3 else '')))
        elif agent and agent['domain'] and r < .88:
            m.f['email'] = Email(co.slug[:12] or 'client', agent['domain'])
        elif r < .986:
            pass
        else:
            m.f['email'] = Lit(pick(rng, PH_EMAIL))
        r = rng.random()
        if own_dom and r < .8:
            m.f['web'] = Web(own_dom)
        elif own_dom is None and r < .22:
            m.f['web'] = Web(w.new_domain(rng, co.slug, cc))
        elif r < .34:
            m.f['web'] = Web(co.slug[:16] + (rand_digits(rng, 2) if rng.random() < .3 else ''), SOCIAL_WP(rng))
        elif r < .35:
            m.f['web'] = Lit(pick(rng, PH_WEB))
        r = rng.random()
        if r < .76:
            m.f['card'] = new_card(rng)
        elif r < .7615:
            m.f['card'] = pick(rng, ['none', 'N/A', 'manual_invoice'])
        ips = []
        if rng.random() < .35:
            net = w.biz_net(rng, cc, 1 + int(rng.random() * 3))
            ips += net.static[:1 + int(rng.random() * len(net.static))]
        for _ in range(wp(rng, [(0, .2), (1, .45), (2, .22), (3, .13)])):
            ips.append(w.res_ip(rng, cc))
        if cw and rng.random() < .4:
            ips.append(cw['net'].exact(rng))
        ips += w.noise_ips(rng, cc)
        m.ips = ips
        m.keys = own_keys(rng, wp(rng, [(0, .35), (1, .35), (2, .18), (3, .08), (4, .04)]))
    else:
        p = make_person(rng, pcw(rng))
        m.name = p
        uni = pick(rng, w.unis[cc]) if kind == 'researcher' else None
        r = rng.random()
        if uni and r < .3:
            m.f['addr'] = uni['campus'].with_unit(None, None) if rng.random() < .5 else uni['campus'].with_unit(
                1 + int(rng.random() * 6), str(100 + int(rng.random() * 500)), 'room')
        elif r < .45:
            m.f['addr'] = addr_in_city(rng, CITY_WP[cc](rng), resid=True)
        if rng.random() < .8:
            m.f['phone'] = new_phone(rng, cc, 'mob')
        r = rng.random()
        if uni and r < .75:
            dom = UNI_SUB.get(uni['domain'], uni['domain']) if rng.random() < .4 else uni['domain']
            m.f['email'] = Email(person_local(rng, p), dom)
        elif r < .92:
            m.f['email'] = Email(freemail_local(rng, p), FREEMAIL_WP[cc](rng))
        elif r < .96:
            d = w.new_domain(rng, slugify(p.latin)[:14], cc)
            m.f['email'] = Email(person_local(rng, p).split('.')[0], d)
            m.f['web'] = Web(d)
        if 'web' not in m.f and rng.random() < .08:
            m.f['web'] = Web(slugify(p.latin)[:14] or 'dev', pick(rng, ['https://{h}.github.io', 'https://linktr.ee/{h}', 'https://github.com/{h}']))
        if rng.random() < .05:
            m.f['regid'] = new_regid(rng, cc)
        if rng.random() < .86:
            m.f['card'] = new_card(rng)
        if rng.random() < .12:
            m.dirs = [p]
        ips = [w.res_ip(rng, cc) for _ in range(wp(rng, [(0, .1), (1, .5), (2, .3), (3, .1)]))]
        if uni:
            a0, b0 = uni['net']
            for _ in range(1 + int(rng.random() * 2)):
                ips.append('%d.%d.%d.%d' % (a0, b0, int(rng.random() * 256), 1 + int(rng.random() * 253)))
        ips += w.noise_ips(rng, cc, cgn=min(.6, CGN_P.get(cc, .07) * 1.8), zs=0)
        m.ips = ips
        m.keys = own_keys(rng, wp(rng, [(0, .3), (1, .45), (2, .2), (3, .05)]))
    if rng.random() < .0012:
        m.keys.append(pick(rng, WELL_KNOWN_KEYS))
    r = rng.random()
    if r < .003:
        m.listed = True
    elif r < .5:
        m.listed = False
    if rng.random() < .0008:
        m.name = Lit(pick(rng, ['test', 'Test Company', 'asdf', 'N/A', 'TEST ACCOUNT', 'Company', 'xxx', 'Test Ltd']))
    return m

# ============================================================ planted networks

OP_HOME = WP([(('CN', 'cn'), 30), (('HK', 'hk'), 8), (('RU', 'ru'), 20), (('KZ', 'kz'), 4), (('TR', 'tr'), 6), (('AE', 'ar'), 6),
              (('IN', 'in'), 5), (('SG', 'sgcn'), 4), (('MY', 'my'), 2), (('VN', 'vn'), 3), (('KR', 'kr'), 2), (('US', 'en'), 4),
              (('GB', 'en'), 3), (('CY', 'cy'), 3), (('DE', 'de'), 2), (('BR', 'br'), 2), (('MX', 'mx'), 2), (('TW', 'tw'), 3),
              (('JP', 'jp'), 2), (('NL', 'nl'), 1)])
JURIS = {
    'CN': WP([('HK', 30), ('SG', 15), ('CN', 20), ('US', 8), ('GB', 8), ('AE', 5), ('MY', 5), ('VN', 3), ('KZ', 3), ('TW', 2)]),
    'HK': WP([('HK', 40), ('SG', 15), ('CN', 15), ('GB', 10), ('US', 10), ('MY', 5), ('AE', 5)]),
    'RU': WP([('CY', 20), ('AE', 20), ('TR', 15), ('KZ', 15), ('HK', 8), ('GB', 8), ('US', 5), ('RU', 10), ('NL', 3)]),
    'KZ': WP([('KZ', 40), ('AE', 15), ('TR', 10), ('CY', 10), ('RU', 10), ('HK', 5), ('GB', 5), ('NL', 5)]),
}
FRONTS = {'RU': WP([('TR', 25), ('AE', 25), ('KZ', 20), ('CY', 12), ('HK', 10), ('CN', 5), ('RU', 3)]),
          'CN': WP([('HK', 35), ('SG', 15), ('MY', 12), ('VN', 10), ('AE', 10), ('TW', 3), ('KZ', 5), ('CN', 10)]),
          'KZ': WP([('KZ', 30), ('TR', 20), ('AE', 20), ('RU', 15), ('CY', 15)]),
          'HK': WP([('HK', 30), ('SG', 20), ('CN', 20), ('MY', 15), ('AE', 15)]),
          'TR': WP([('TR', 30), ('AE', 30), ('CY', 20), ('KZ', 10), ('GB', 10)]),
          'AE': WP([('AE', 40), ('TR', 20), ('KZ', 10), ('CY', 10), ('HK', 10), ('IN', 10)])}
CULT_OF = {'RU': 'ru', 'CN': 'cn', 'KZ': 'kz', 'HK': 'hk', 'TR': 'tr', 'AE': 'ar'}


def juris_wp(home):
    if home in JURIS:
        return JURIS[home]
    return WP([(home, 30), ('HK', 10), ('SG', 10), ('AE', 10), ('CY', 8), ('GB', 10), ('US', 10), ('NL', 5), ('MY', 4)])


def zp(rng, lst, s=1.6):
    return lst[min(len(lst) - 1, int(len(lst) * rng.random() ** s))]


class Op(object):
    def __init__(self, home, cult):
        self.home, self.cult = home, cult
        self.people, self.owners, self.phones, self.addrs, self.domains = [], [], [], [], []
        self.cards, self.keys, self.ips, self.nets, self.regids, self.freemail = [], [], [], [], [], []
        self.brand = None
        self.ext = False
        self.local_style = 'mix'
        self.juris = None

    def pool(self, ch):
        return {'card': self.cards, 'regid': self.regids, 'phone': self.phones, 'addr': self.addrs, 'email': self.domains,
                'web': self.domains, 'dir': self.people, 'owner': self.owners, 'ssh': self.keys, 'ip': self.ips, 'ip24': self.nets}[ch]


SINGLE_CH = ('card', 'regid', 'phone', 'addr', 'email', 'web')


def op_local(rng, op, m):
    st = op.local_style
    if st == 'client':
        r = rng.random()
        s = (m.name.slug or slugify(m.name.canon))[:10] if isinstance(m.name, Company) else 'client'
        if r < .4:
            return s or 'client'
        if r < .6:
            return 'client%s' % rand_digits(rng, 3)
        if r < .8:
            return 'ops+%s' % (s or rand_digits(rng, 3))
        return ROLE_LOCAL(rng)
    if op.people and rng.random() < .45:
        return person_local(rng, zp(rng, op.people))
    if st == 'mix' and rng.random() < .3:
        return (slugify(brand_latin(op.brand))[:8] if op.brand else 'ops') + str(1 + int(rng.random() * 30))
    return ROLE_LOCAL(rng)


def set_single(w, rng, op, m, ch, v):
    if m.opv.get(ch) is v:
        return
    m.opv[ch] = v
    if ch == 'email':
        m.f['email'] = Email(op_local(rng, op, m), v)
    elif ch == 'web':
        m.f['web'] = Web(v)
    elif ch == 'phone' and op.ext:
        m.f['phone'] = v.with_ext(str(100 + int(rng.random() * 900))) if rng.random() < .7 else v
    else:
        m.f[ch] = v


def add_multi(m, ch, v):
    lst = {'dir': m.dirs, 'owner': m.owners, 'ssh': m.keys, 'ip': m.ips}[ch]
    if v not in lst:
        lst.append(v)


def tie(w, rng, op, a, b, chans):
    plan = []
    for ch in chans:
        pool = op.pool(ch)
        if not pool:
            return False
        if ch in SINGLE_CH:
            va, vb = a.opv.get(ch), b.opv.get(ch)
            v = vb if vb is not None else (va if va is not None else zp(rng, pool))
            if (va is not None and va is not v) or (vb is not None and vb is not v):
                return False
            plan.append((ch, v))
    for ch, v in plan:
        set_single(w, rng, op, a, ch, v)
        set_single(w, rng, op, b, ch, v)
    for ch in chans:
        if ch in SINGLE_CH:
            continue
        pool = op.pool(ch)
        if ch == 'ip24':
            common = [n for n in b.nets if n in pool]
            net = pick(rng, common) if common and rng.random() < .7 else zp(rng, pool)
            for m in (a, b):
                if net not in m.nets:
                    m.nets.append(net)
                    m.ips.append(net.host(rng))
            continue
        blst = {'dir': b.dirs, 'owner': b.owners, 'ssh': b.keys, 'ip': b.ips}[ch]
        cand = [x for x in blst if x in pool]
        v = pick(rng, cand) if cand and rng.random() < .7 else zp(rng, pool)
        add_multi(a, ch, v)
        add_multi(b, ch, v)
    return True


TIES = {
    'serial_shells': WP([(('card',), 22), (('ssh',), 22), (('ip', 'phone'), 8), (('dir', 'phone'), 10), (('dir', 'ip'), 10),
                         (('addr', 'phone'), 5), (('email', 'ip'), 6), (('web', 'phone'), 3), (('ip24', 'phone'), 5),
                         (('owner', 'ip'), 5), (('dir', 'email'), 4), (('owner', 'phone'), 3)]),
    'corporate_group': WP([(('owner', 'dir'), 20), (('owner', 'addr'), 10), (('email', 'ip24'), 12), (('phone', 'addr'), 10),
                           (('email', 'owner'), 10), (('card',), 8), (('dir', 'web'), 6), (('ssh',), 5), (('dir', 'ip24'), 8),
                           (('addr', 'email'), 8), (('phone', 'owner'), 5)]),
    'reseller_front': WP([(('card',), 32), (('ssh',), 24), (('phone', 'email'), 14), (('email', 'ip'), 14), (('phone', 'ip'), 8),
                          (('ip', 'ip24', 'email'), 5)]),
    'duplicate_signup': WP([(('regid',), 38), (('card',), 12), (('phone', 'addr'), 14), (('dir', 'email'), 10), (('addr', 'dir'), 10),
                            (('ssh',), 8), (('email', 'ip'), 8), (('phone', 'dir'), 6)]),
    'soft_ring': WP([(('dir', 'phone'), 20), (('addr', 'ip'), 14), (('phone', 'ip'), 14), (('email', 'dir'), 12), (('owner', 'addr'), 10),
                     (('dir', 'ip24', 'addr'), 8), (('web', 'phone'), 8), (('owner', 'phone'), 8), (('dir', 'ip'), 10), (('email', 'addr'), 6)]),
    'sanctioned_front': WP([(('dir', 'phone'), 20), (('dir', 'addr'), 14), (('ssh',), 18), (('card',), 12), (('owner', 'ip'), 14),
                            (('owner', 'dir'), 10), (('email', 'ip'), 8), (('dir', 'ip'), 8)]),
}
FALLBACK = {'serial_shells': [('ssh',), ('dir', 'ip')], 'corporate_group': [('owner', 'dir'), ('dir', 'ip24')],
            'reseller_front': [('ssh',), ('email', 'ip')], 'duplicate_signup': [('dir', 'email'), ('ssh',), ('dir', 'ip')],
            'soft_ring': [('dir', 'ip'), ('owner', 'ip'), ('dir', 'ip24')], 'sanctioned_front': [('ssh',), ('dir', 'ip')]}
EXTRA_P = {'serial_shells': .4, 'corporate_group': .6, 'reseller_front': .5, 'duplicate_signup': .6, 'soft_ring': .3, 'sanctioned_front': .4}
SIZES = {'duplicate_signup': (2, 4, 3.0), 'serial_shells': (3, 30, 1.45), 'corporate_group': (2, 12, 1.8), 'reseller_front': (3, 25, 1.6),
         'rotating_shells': (3, 15, 1.6), 'soft_ring': (2, 10, 2.0), 'sanctioned_front': (2, 12, 1.8)}
ARCH_W = WP([('duplicate_signup', 28), ('serial_shells', 18), ('corporate_group', 14), ('reseller_front', 10), ('rotating_shells', 10),
             ('soft_ring', 12), ('sanctioned_front', 8)])
SIZE_WP = {a: WP([(s, s ** -al) for s in range(lo, hi + 1)]) for a, (lo, hi, al) in SIZES.items()}


def shell_base(w, rng, op, cc, brand_p=.4, agent_boost=.35):
    m = Member(cc)
    cult = op.cult if rng.random() < .35 else None
    m.name = make_company(rng, cc, cult=cult if cult in CCULT_ALL else None,
                          brand=op.brand if (op.brand is not None and rng.random() < brand_p) else None)
    if rng.random() < .78:
        m.f['regid'] = new_regid(rng, cc)
    agent = w.agent(rng, cc) if rng.random() < min(.9, AGENT_P.get(cc, .05) + agent_boost) else None
    if agent:
        m.f['addr'] = w.agent_addr(rng, agent)
        if agent['noms'] and rng.random() < .55:
            m.dirs.append(pick(rng, agent['noms']))
        if agent['cosec'] and rng.random() < .1:
            m.dirs.append(agent['cosec'])
        if agent['nomco'] and rng.random() < .2:
            m.owners.append(agent['nomco'])
        if agent['phone'] and rng.random() < .15:
            m.f['phone'] = agent['phone']
    else:
        r = rng.random()
        if r < .3:
            m.f['addr'] = w.office_addr(rng, cc)
        elif r < .55:
            m.f['addr'] = w.cowork_addr(rng, w.cowork_pick(rng, cc))
    if 'phone' not in m.f and rng.random() < .4:
        m.f['phone'] = new_phone(rng, cc)
    r = rng.random()
    if r < .45:
        p = op.people[0] if op.people and rng.random() < .5 else None
        m.f['email'] = pick(rng, op.freemail) if (op.freemail and rng.random() < .2) else Email(
            freemail_local(rng, p, m.name.slug), FREEMAIL_WP[pick(rng, [cc, op.home])](rng))
    elif r < .75:
        d = w.new_domain(rng, m.name.slug, cc)
        m.f['email'] = Email(ROLE_LOCAL(rng), d)
        if rng.random() < .7:
            m.f['web'] = Web(d)
    if not m.dirs and rng.random() < .5:
        m.dirs.append(make_person(rng, PCULT_WP[cc](rng)))
    if rng.random() < .25:
        m.f['card'] = new_card(rng)
    if rng.random() < .2:
        m.keys = own_keys(rng, 1)
    m.ips = w.noise_ips(rng, cc, vpn=.45, hot=.1, host=.2, v6=.1)
    if rng.random() < .15:
        m.ips.append(w.res_ip(rng, cc))
    m.listed = False if rng.random() < .5 else None
    return m


CCULT_ALL = {'cn', 'hk', 'tw', 'sgcn', 'jp', 'kr', 'ru', 'kz', 'vn', 'en', 'de', 'nl', 'tr', 'br', 'mx', 'in', 'my', 'ae', 'cy'}


def op_infra(w, rng, op, home, v6p=.4, jump=(1, 3), home_ip=True):
    office = w.biz_net(rng, home, 2 + int(rng.random() * 3))
    op.nets.append(office)
    op.ips += office.static
    for _ in range(jump[0] + int(rng.random() * (jump[1] - jump[0] + 1))):
        op.ips.append(w.hosting_ip(rng))
    if home_ip and rng.random() < .5:
        op.ips.append(w.res_ip(rng, home))
    if rng.random() < v6p:
        n6 = w.v6_net(rng, home, 2)
        op.nets.append(n6)
        op.ips += n6.static


def build_serial(w, rng, size):
    home, cult = OP_HOME(rng)
    op = Op(home, cult)
    op.brand = new_brand(rng, cult) if rng.random() < .6 else None
    ctrl = make_person(rng, cult)
    op.people = [ctrl]
    if rng.random() < .5:
        op.people.append(relative(rng, ctrl) if rng.random() < .5 else make_person(rng, cult))
    op.juris = juris_wp(home)
    for _ in range(int(rng.random() * 3)):
        op.people.append(make_person(rng, PCULT_WP[op.juris(rng)](rng)))
    op.owners = [ctrl] + ([make_holding(rng, cult, op.brand)] if rng.random() < .5 else [])
    op.phones = [new_phone(rng, home, 'mob')]
    if rng.random() < .5:
        op.phones.append(new_phone(rng, pick(rng, ['HK', 'SG', 'GB', 'US', 'AE', home]), 'mob'))
    op.cards = [new_card(rng) for _ in range(1 + int(rng.random() * 4))]
    op.keys = [new_key(rng) for _ in range(1 + int(rng.random() * 5))]
    if rng.random() < .6:
        op.addrs.append(w.office_addr(rng, home))
    if rng.random() < .3:
        op.addrs.append(w.office_addr(rng, op.juris(rng)))
    if rng.random() < .5:
        op.domains.append(w.new_domain(rng, slugify(brand_latin(op.brand)) if op.brand else slugify(ctrl.latin)[:10], home))
    op.freemail = [Email(freemail_local(rng, ctrl), FREEMAIL_WP[home](rng))]
    op_infra(w, rng, op, home)
    members = [shell_base(w, rng, op, op.juris(rng)) for _ in range(size)]
    return op, members


def build_group(w, rng, size):
    home = w.country_wp(rng)
    cult = PCULT_WP[home](rng)
    op = Op(home, cult)
    op.brand = new_brand(rng, cult)
    pat = make_person(rng, cult)
    fam = [relative(rng, pat) for _ in range(1 + int(rng.random() * 3))]
    op.people = [pat] + fam + [make_person(rng, PCULT_WP[home](rng))]
    parent = make_holding(rng, cult, op.brand)
    op.owners = [parent, pat]
    hq = w.office_addr(rng, home, .7)
    f0 = hq.floor or (3 + int(rng.random() * 20))
    op.addrs = [hq.with_unit(f0, hq.unit)]
    if rng.random() < .5:
        f1 = f0 + 1
        op.addrs.append(hq.with_unit(f1, str(f1 * 100 + 1) if hq.unit else None))
    op.phones = [new_phone(rng, home, 'land')]
    op.ext = True
    op.domains = [w.new_domain(rng, slugify(brand_latin(op.brand)) + 'group', home)]
    op.cards = [new_card(rng)]
    op.keys = [new_key(rng) for _ in range(1 + int(rng.random() * 2))]
    op.local_style = 'person'
    op_infra(w, rng, op, home, jump=(0, 1), home_ip=False)
    members = []
    for i in range(size):
        cc = home if (i == 0 or rng.random() < .7) else pick(rng, ['HK', 'SG', 'CY', 'NL', 'AE', 'GB', 'US'])
        m = Member(cc)
        if i == 0 and rng.random() < .3:
            m.name = parent
        else:
            m.name = make_company(rng, cc, brand=op.brand if rng.random() < .85 else None)
        if rng.random() < .85:
            m.f['regid'] = new_regid(rng, cc)
        if cc == home and rng.random() < .4:
            fl = 2 + int(rng.random() * 40)
            m.f['addr'] = hq.with_unit(fl, None)
        elif cc != home and rng.random() < .5:
            ag = w.agent(rng, cc)
            if ag:
                m.f['addr'] = w.agent_addr(rng, ag)
        elif rng.random() < .6:
            m.f['addr'] = w.office_addr(rng, cc)
        if rng.random() < .4:
            m.f['phone'] = new_phone(rng, cc, 'land')
        if rng.random() < .5:
            d = w.new_domain(rng, m.name.slug, cc)
            m.f['email'] = Email(ROLE_LOCAL(rng), d)
            m.f['web'] = Web(d)
        if rng.random() < .6:
            m.dirs.append(make_person(rng, PCULT_WP[cc](rng)))
        if rng.random() < .5:
            m.f['card'] = new_card(rng)
        m.ips = w.noise_ips(rng, cc, vpn=.08, hot=.12, host=.1, zs=.08)
        if rng.random() < .3:
            m.keys = own_keys(rng, 1)
        m.listed = False if rng.random() < .5 else None
        members.append(m)
    return op, members


RESELLER_HOME = WP([('SG', 10), ('HK', 10), ('AE', 10), ('TR', 6), ('KZ', 5), ('CY', 4), ('NL', 4), ('US', 8), ('GB', 6), ('DE', 4),
                    ('IN', 6), ('MY', 5), ('VN', 4), ('RU', 6), ('CN', 8), ('TW', 3), ('KR', 2), ('JP', 2), ('BR', 3), ('MX', 2)])
CLIENT_REGION = {'AE': ['RU', 'KZ', 'IN', 'TR', 'CN', 'AE'], 'SG': ['CN', 'MY', 'VN', 'IN', 'HK', 'SG'], 'HK': ['CN', 'HK', 'TW', 'SG'],
                 'TR': ['RU', 'TR', 'KZ', 'AE'], 'KZ': ['RU', 'KZ', 'CN'], 'CY': ['RU', 'CY', 'GB'], 'RU': ['RU', 'KZ'],
                 'CN': ['CN', 'HK'], 'MY': ['MY', 'SG', 'CN'], 'VN': ['VN', 'CN', 'KR']}


def build_reseller(w, rng, size):
    home = RESELLER_HOME(rng)
    cult = PCULT_WP[home](rng)
    op = Op(home, cult)
    rco = make_company(rng, home)
    op.people = [make_person(rng, cult) for _ in range(1 + int(rng.random() * 3))]
    op.phones = [new_phone(rng, home, 'land')]
    op.cards = [new_card(rng) for _ in range(1 + int(rng.random() * 3))]
    op.keys = [new_key(rng) for _ in range(1 + int(rng.random() * 3))]
    op.domains = [w.new_domain(rng, rco.slug, home)]
    op.local_style = 'client'
    op_infra(w, rng, op, home, v6p=.2, jump=(1, 3), home_ip=False)
    region = CLIENT_REGION.get(home)
    members = []
    for i in range(size):
        if i == 0 and rng.random() < .5:
            m = Member(home)
            m.name = rco
            m.f['regid'] = new_regid(rng, home)
            m.f['addr'] = w.office_addr(rng, home)
            m.dirs = list(op.people)
            m.opv['email'] = op.domains[0]
            m.f['email'] = Email(ROLE_LOCAL(rng), op.domains[0])
            m.opv['web'] = op.domains[0]
            m.f['web'] = Web(op.domains[0])
            m.opv['phone'] = op.phones[0]
            m.f['phone'] = op.phones[0]
            m.ips = list(op.nets[0].static)
            m.keys = [op.keys[0]]
            m.opv['card'] = op.cards[0]
            m.f['card'] = op.cards[0]
            members.append(m)
            continue
        cc = pick(rng, region) if region and rng.random() < .6 else (home if rng.random() < .5 else w.country_wp(rng))
        m = Member(cc)
        m.name = make_company(rng, cc)
        if rng.random() < .55:
            m.f['regid'] = new_regid(rng, cc)
        if rng.random() < .45:
            m.f['addr'] = w.office_addr(rng, cc)
        if rng.random() < .6:
            m.dirs.append(make_person(rng, PCULT_WP[cc](rng)))
        r = rng.random()
        if r < .35:
            d = w.new_domain(rng, m.name.slug, cc)
            m.f['email'] = Email(ROLE_LOCAL(rng), d)
            if rng.random() < .6:
                m.f['web'] = Web(d)
        elif r < .55:
            m.f['email'] = Email(freemail_local(rng, m.dirs[0] if m.dirs else None, m.name.slug), FREEMAIL_WP[cc](rng))
        if rng.random() < .3:
            m.f['phone'] = new_phone(rng, cc)
        if rng.random() < .15:
            m.f['card'] = new_card(rng)
        m.ips = w.noise_ips(rng, cc, vpn=.15, hot=.1, host=.1)
        if rng.random() < .4:
            m.ips.append(w.res_ip(rng, cc))
        if rng.random() < .2:
            m.keys = own_keys(rng, 1)
        m.listed = False if rng.random() < .5 else None
        members.append(m)
    return op, members


def build_dup(w, rng, size):
    cc = w.country_wp(rng)
    cult = PCULT_WP[cc](rng)
    op = Op(cc, cult)
    co = make_company(rng, cc)
    op.regids = [new_regid(rng, cc)]
    op.addrs = [w.office_addr(rng, cc)]
    op.phones = [new_phone(rng, cc, 'land'), new_phone(rng, cc, 'mob')]
    op.people = [make_person(rng, cult) for _ in range(1 + int(rng.random() * 3))]
    op.owners = op.people[:1] + ([make_holding(rng, cult)] if rng.random() < .3 else [])
    if rng.random() < .8:
        op.domains = [w.new_domain(rng, co.slug, cc)]
    op.cards = [new_card(rng) for _ in range(1 + int(rng.random() * 2))]
    op.keys = [new_key(rng) for _ in range(1 + int(rng.random() * 3))]
    op.local_style = 'person'
    office = w.biz_net(rng, cc, 2 + int(rng.random() * 2))
    op.nets = [office]
    op.ips = list(office.static)
    if rng.random() < .3:
        op.ips.append(w.res_ip(rng, cc))
    members = []
    for i in range(size):
        m = Member(cc if rng.random() < .92 else pick(rng, ['HK', 'SG', 'US', 'GB', cc]))
        m.name = co
        if rng.random() < .3:
            m.f['card'] = new_card(rng)
        if rng.random() < .25:
            p = op.people[0]
            m.f['email'] = Email(freemail_local(rng, p), FREEMAIL_WP[cc](rng))
        m.ips = w.noise_ips(rng, cc, vpn=.08, hot=.1, host=.1)
        m.listed = False if rng.random() < .5 else None
        members.append(m)
    return op, members


def build_soft(w, rng, size):
    home, cult = OP_HOME(rng)
    op = Op(home, cult)
    op.brand = new_brand(rng, cult) if rng.random() < .4 else None
    ctrl = make_person(rng, cult)
    op.people = [ctrl] + [make_person(rng, cult if rng.random() < .6 else PCULT_WP[home](rng)) for _ in range(2 + int(rng.random() * 3))]
    op.owners = [ctrl] + ([make_holding(rng, cult, op.brand)] if rng.random() < .4 else [])
    op.phones = [new_phone(rng, home, 'mob') for _ in range(1 + int(rng.random() * 3))]
    op.addrs = [w.office_addr(rng, home)] + ([addr_in_city(rng, CITY_WP[home](rng), resid=True)] if rng.random() < .5 else [])
    op.domains = [w.new_domain(rng, slugify(brand_latin(op.brand)) if op.brand else slugify(ctrl.latin)[:10], home)
                  for _ in range(1 + (rng.random() < .3))]
    op.juris = juris_wp(home)
    op_infra(w, rng, op, home, v6p=.5, jump=(0, 2))
    members = []
    for _ in range(size):
        m = shell_base(w, rng, op, op.juris(rng) if rng.random() < .6 else home, brand_p=.3)
        if 'card' not in m.f and rng.random() < .7:
            m.f['card'] = new_card(rng)
        if not m.keys and rng.random() < .5:
            m.keys = own_keys(rng, 1)
        members.append(m)
    return op, members


def build_sanc(w, rng, size):
    home = WP([('RU', 45), ('CN', 35), ('KZ', 5), ('HK', 5), ('TR', 5), ('AE', 5)])(rng)
    cult = CULT_OF[home]
    op = Op(home, cult)
    op.brand = new_brand(rng, cult)
    execs = [make_person(rng, cult) for _ in range(2 + int(rng.random() * 3))]
    op.people = execs
    op.owners = execs[:1] + [make_holding(rng, cult, op.brand)]
    fw = FRONTS[home]
    hq = w.office_addr(rng, home, .6)
    front_office = w.office_addr(rng, fw(rng))
    op.addrs = [front_office, hq]
    op.phones = [new_phone(rng, home, 'land'), new_phone(rng, home, 'mob')]
    listed_dom = w.new_domain(rng, slugify(brand_latin(op.brand)), home)
    op.domains = [w.new_domain(rng, slugify(brand_latin(op.brand))[:8] + pick(rng, ['trade', 'global', 'intl', 'tech']), fw(rng)), listed_dom]
    op.cards = [new_card(rng) for _ in range(1 + int(rng.random() * 2))]
    op.keys = [new_key(rng) for _ in range(2 + int(rng.random() * 2))]
    dc = w.biz_net(rng, home, 3)
    op.nets = [dc]
    op.ips = list(dc.static) + [w.res_ip(rng, home)]
    members = []
    m0 = Member(home)
    m0.name = make_company(rng, home, brand=op.brand)
    m0.f['regid'] = new_regid(rng, home)
    m0.listed = True
    m0.opv['addr'] = hq
    m0.f['addr'] = hq
    m0.opv['phone'] = op.phones[0]
    m0.f['phone'] = op.phones[0]
    m0.opv['email'] = listed_dom
    m0.f['email'] = Email(ROLE_LOCAL(rng), listed_dom)
    m0.opv['web'] = listed_dom
    m0.f['web'] = Web(listed_dom)
    m0.dirs = list(execs[:2])
    m0.owners = [op.owners[1]]
    m0.ips = list(dc.static[:2])
    m0.nets = [dc]
    m0.keys = [op.keys[0]]
    members.append(m0)
    for _ in range(size - 1):
        cc = fw(rng)
        m = shell_base(w, rng, op, cc, brand_p=.3, agent_boost=.25)
        members.append(m)
    return op, members


def build_rotating(w, rng, size):
    home, cult = OP_HOME(rng)
    op = Op(home, cult)
    op.brand = new_brand(rng, cult) if rng.random() < .5 else None
    op.juris = juris_wp(home)
    op.people = [make_person(rng, cult)]
    gens = {
        'card': lambda: new_card(rng),
        'ssh': lambda: new_key(rng),
        'phone': lambda: new_phone(rng, pick(rng, [home, home, 'HK', 'SG', 'GB', 'US', 'AE']), 'mob'),
        'dir': lambda: make_person(rng, cult if rng.random() < .7 else PCULT_WP[home](rng)),
        'email': lambda: w.new_domain(rng, slugify(brand_latin(new_brand(rng, cult))), pick(rng, [home, op.juris(rng)])),
        'ip': lambda: w.hosting_ip(rng) if rng.random() < .7 else w.res_ip(rng, home),
        'addr': lambda: w.office_addr(rng, op.juris(rng)),
    }
    items = ['card', 'ssh', 'phone', 'dir', 'email', 'ip'] + (['addr'] if rng.random() < .5 else [])
    kit = {k: gens[k]() for k in items}
    members = []
    for i in range(size):
        if i > 0:
            while True:
                nrot = 1 + int(rng.random() * 3)
                rot = rng.sample(items, min(nrot, len(items) - 1))
                kept = [k for k in items if k not in rot]
                if any(k in ('card', 'ssh') for k in kept) or len(kept) >= 2:
                    break
            for k in rot:
                kit[k] = gens[k]()
        m = shell_base(w, rng, op, op.juris(rng), brand_p=.25)
        m.f['card'] = kit['card']
        m.keys = [kit['ssh']] + [k for k in m.keys if k != kit['ssh']]
        m.f['phone'] = kit['phone']
        m.dirs = [kit['dir']] + [d for d in m.dirs if d is not kit['dir']]
        op.local_style = 'mix'
        op.people = [kit['dir']]
        m.f['email'] = Email(op_local(rng, op, m), kit['email'])
        if rng.random() < .4:
            m.f['web'] = Web(kit['email'])
        m.ips.append(kit['ip'])
        if 'addr' in kit:
            m.f['addr'] = kit['addr']
        members.append(m)
    return op, members


BUILDERS = {'serial_shells': build_serial, 'corporate_group': build_group, 'reseller_front': build_reseller,
            'duplicate_signup': build_dup, 'soft_ring': build_soft, 'sanctioned_front': build_sanc, 'rotating_shells': build_rotating}


def pick_parent(rng, arch, i):
    r = rng.random()
    if arch == 'serial_shells':
        return 0 if r < .25 else (i - 1 if r < .5 else int(rng.random() * i))
    if arch in ('corporate_group', 'sanctioned_front'):
        return 0 if r < .4 else int(rng.random() * i)
    if arch == 'soft_ring':
        return i - 1 if r < .5 else int(rng.random() * i)
    return int(rng.random() * i)


def build_network(w, rng, arch, size):
    op, members = BUILDERS[arch](w, rng, size)
    ties_used = []
    if arch != 'rotating_shells':
        T = TIES[arch]
        for i in range(1, size):
            j = pick_parent(rng, arch, i)
            ok = False
            for _ in range(12):
                ch = T(rng)
                if tie(w, rng, op, members[i], members[j], ch):
                    ok = True
                    ties_used.append(ch)
                    break
            if not ok:
                for ch in FALLBACK[arch]:
                    if tie(w, rng, op, members[i], members[j], ch):
                        ok = True
                        ties_used.append(ch)
                        break
            if not ok:
                raise RuntimeError('could not tie member %d of %s' % (i, arch))
        nextra = sum(1 for _ in range(size) if rng.random() < EXTRA_P[arch])
        for _ in range(nextra):
            if size < 2:
                break
            i, j = rng.sample(range(size), 2)
            tie(w, rng, op, members[i], members[j], T(rng))
        if arch == 'duplicate_signup':
            for m in members:
                for ch in ('regid', 'addr', 'phone', 'email', 'web'):
                    if m.opv.get(ch) is None and op.pool(ch) and rng.random() < .45:
                        set_single(w, rng, op, m, ch, zp(rng, op.pool(ch)))
                for p in op.people:
                    if rng.random() < .5:
                        add_multi(m, 'dir', p)
                if rng.random() < .4 and op.keys:
                    add_multi(m, 'ssh', pick(rng, op.keys))
                if rng.random() < .5:
                    add_multi(m, 'ip', pick(rng, op.ips))
        if arch == 'sanctioned_front' and rng.random() < .3:
            # a front also publishes the parent's HQ address in romanised form
            f = pick(rng, members[1:]) if size > 1 else None
            if f is not None and f.opv.get('addr') is None:
                set_single(w, rng, op, f, 'addr', op.addrs[1])
                set_single(w, rng, op, members[0], 'addr', op.addrs[1])
    if arch == 'serial_shells' and rng.random() < .04:
        pick(rng, members).listed = True
    for m in members:
        m.arch = arch
    return members


# ============================================================ main

def main(argv):
    if len(argv) != 5:
        sys.stderr.write('usage: linkage_gen12.py N SEED OUT.jsonl TRUTH.csv\n')
        return 2
    t0 = time.time()
    N = int(argv[1])
    seed = argv[2]
    seed_v = int(seed) if re.fullmatch(r'-?\d+', seed) else seed
    rng = random.Random(seed_v)
    w = World(random.Random('gen12-world-%s' % seed), N)
    frac = 0.12 + 0.06 * rng.random()
    target = int(round(N * frac))
    nets = []
    members_total = 0
    while N >= 2:
        arch = ARCH_W(rng)
        size = SIZE_WP[arch](rng)
        left = target - members_total
        if left < 2:
            break
        if size > left:
            size = left
            if size < SIZES[arch][0]:
                arch = 'duplicate_signup' if size <= 4 else arch
        nets.append((arch, build_network(w, rng, arch, size)))
        members_total += size
    # rendered records: [record, party-or-None, archetype]
    records = []
    for k, (arch, ms) in enumerate(nets):
        label = 'net-%04d' % (k + 1)
        for m in ms:
            records.append([render_member(rng, m), label, arch])
    nets_sizes = [(arch, len(ms)) for arch, ms in nets]
    del nets
    for _ in range(N - len(records)):
        records.append([render_member(rng, make_single(w, rng)), None, 'single'])
    rng.shuffle(records)
    ids = set()
    for item in records:
        while True:
            cid = 'cus_' + ''.join(pick(rng, '0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(10))
            if cid not in ids:
                ids.add(cid)
                break
        item[0]['id'] = cid
        if item[1] is None:
            item[1] = 'solo-' + cid
    with open(argv[3], 'w', encoding='utf-8') as fo:
        for rec, party, arch in records:
            fo.write(json.dumps(rec, ensure_ascii=False))
            fo.write('\n')
    with open(argv[4], 'w', encoding='utf-8') as ft:
        ft.write('id,party\n')
        for rec, party, arch in records:
            ft.write('%s,%s\n' % (rec['id'], party))
    ao = os.environ.get('GEN12_ARCH_OUT')
    if ao:
        with open(ao, 'w', encoding='utf-8') as fa:
            fa.write('id,archetype\n')
            for rec, party, arch in records:
                fa.write('%s,%s\n' % (rec['id'], arch))
    counts = {}
    ncount = {}
    pairs = 0
    for arch, n in nets_sizes:
        counts[arch] = counts.get(arch, 0) + n
        ncount[arch] = ncount.get(arch, 0) + 1
        pairs += n * (n - 1) // 2
    sizes = sorted(n for _, n in nets_sizes)
    per = ' '.join('%s=%d/%d' % (a, ncount[a], counts[a]) for a in sorted(counts))
    sys.stderr.write('gen12: customers=%d networks=%d members=%d (%.1f%%) true_pairs=%d singles=%d max_size=%d '
                     'median_size=%d recycled_phones=%d archetypes(nets/members): %s time=%.1fs\n'
                     % (N, len(nets_sizes), members_total, 100.0 * members_total / max(1, N), pairs, N - members_total,
                        sizes[-1] if sizes else 0, sizes[len(sizes) // 2] if sizes else 0, w.n_recycled, per, time.time() - t0))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
