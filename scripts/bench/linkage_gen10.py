#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
linkage_gen10.py -- blind synthetic customer populations with planted shell networks
====================================================================================

Usage
  python3 linkage_gen10.py N SEED OUT.jsonl TRUTH.csv [--check] [--no-strong-hubs]
  python3 linkage_gen10.py --check-only OUT.jsonl TRUTH.csv

Standard library only, deterministic per SEED (no set/hash-order dependence).
TRUTH.csv: "id,party" (no header); each planted network shares one party label,
every singleton has its own label.  OUT.jsonl is shuffled; ids are opaque.

Emphasis: Europe / Middle East / Central Asia / Greater China customers of a GPU
cloud (AE TR IR RU BY KZ KG UZ AM GE AZ HK SG MY CN CY EE LV LT PL CZ DE NL CH FR
GB US + offshore VG SC MH), with local scripts and local data-entry habits.

Network archetypes (~25% of customers; sizes 2-8, tail to 20; ~20% of networks
have exactly one member "listed": true):
  dup        same legal entity re-registered (registration id in other formats)
  transship  RU/BY/IR principal + fronts in AE TR AM GE KZ KG UZ AZ HK CN CY;
             controllers written in Cyrillic/Persian/Latin, principal company as
             owner (Cyrillic vs Latin), shared Moscow/Tehran phones, office IPs,
             cards, SSH keys
  reseller   GPU reseller + sub-accounts (plus-addressed mail on the reseller's
             domain, reseller card, reseller bastion IP), star shaped, up to 20
  agent      shells formed by one formation agent: agent address + nominee
             directors (hubs, worthless) -- linked only by the controller's
             key / card / static IP / mobile / own domain or two weak facts
  cowork     entities sharing one private office unit inside a coworking hub
  family     holding groups tied by an owner (transliterated), family HQ, site
  cn         CN/HK/SG/MY groups: Han vs pinyin (Mandarin) or Han vs Cantonese
             directors, pinyin vs Han brand names
  mobile     one-person operators: shared mobile number, card, key
  weak       ONLY two weak facts per edge: similar name + same /24, similar name
             + same (non-hub) building, /24 + /48, building + /24, ...
Evidence per planted spanning-tree edge is exactly one of: a strong id
(registration id / payment fingerprint / SSH fingerprint), one specific value
(phone, office unit, custom e-mail or web domain, static IPv4/IPv6, distinctive
director/owner person or holding company), or two distinct weak facts (similar
company name, same non-hub /24, /48, or building).  Some edges get a bonus fact.

Noise: ALL CAPS / lower case, trailing or doubled spaces, swapped name order,
"SURNAME, Given", patronymics present or not, titles, Cyrillic/Armenian/Georgian/
Greek/Arabic/Persian/Han renderings, Kazakh letters, Turkish dotless i, legal
forms in local script (OOO, TOO, OsOO, SPY, shps, Ltd. Sti., FZ-LLC, Sdn Bhd,
Co., Ltd.), country as code/alpha-3/name/local name/empty; addresses with St/Rd/
Ave/Cad./Sok./Mah./Jln/ul./pr./nab./tn/mnt abbreviations, unit designators
(Office/Off./Suite/Ste/Unit/Rm/Flat/#12-03/D:12/of./kv.), floors (12/F, Kat:5,
5. OG, etazh), c/o lines, PO Boxes, multiline, postcodes with/without spaces;
phones in E.164, national (trunk 0/8/80), 00-prefix, "+44 (0)20", Persian
digits, extensions, two numbers in one field ("A / B", "Tel: A; Mob: B");
e-mails with display names, mailto:, upper case, sub-domains, plus-addressing;
websites with scheme/www/paths/query/fragment/port/sub-domains; IPv4 with ports,
leading zeros, ::ffff: mapping; IPv6 compressed/expanded/bracketed; SSH
fingerprints as SHA256:base64 (with/without prefix or padding) and MD5 hex;
payment fingerprints in mixed case.  Adversarial but valid JSON on a few
singletons: very long fields, emoji, RTL marks, ZWJ, combining marks,
full-width digits, NUL/control characters, empty strings, nulls, empty arrays.

Hub hygiene: every value that strangers share is a genuine hub used by >= 10
parties (registered agents: 1209 Orange St, Shelton St, Sepapaja 6, Meydan,
IFZA, DMCC BC, ZJ 300, Bright Way Tower, International Plaza, Trident Chambers,
Ajeltake Road, Qianhai ...; virtual-office units; coworking buildings and
their egress IPs; nominee directors/shareholders; agent phones and agent client
mail domains; free-mail incl. typo domains; web platforms; cloud NAT, VPN,
iCloud-relay, mobile CGNAT addresses; private/junk IPs; placeholder phones,
e-mails, websites, registration ids; a well-known insecure SSH key).  All other
specific values are registered and unique per party.  Strangers may share at
most ONE weak fact (look-alike names, neighbours in a small building, same /24
or /48) or a genuinely common personal name (Wang Wei, Ivan Ivanov, ...).
--no-strong-hubs removes the placeholder registration ids and the shared SSH key
(strong identifiers that a spec-literal engine would link outright).

Decoys among strangers (exactly one weak fact each): look-alike names across
countries ("Korvan Trading FZE" vs "Korvan Systems GmbH"), neighbours in one
small building (different units), neighbours in one /24 or /48.

--check re-reads OUT/TRUTH with independent normalisers (it never uses the
generator's internal objects except the list of intended edges, passed as id
pairs) and reports: JSON/type validity, intended edges passing (and how many
rely only on cross-script matches), networks connected by accepted evidence,
specific/strong values shared by 2-9 distinct parties (must be 0 apart from
common person names), stranger pairs with >= 2 weak facts (must be 0), hubs.
A value is a hub when >= 10 distinct truth parties share it; hubs carry no
evidence.  Accepted pair = strong, or specific, or >= 2 distinct weak facts.

Regenerate (the files used when this was written):
  python3 linkage_gen10.py 20000 1 /tmp/gen10/pop20k_s1.jsonl /tmp/gen10/truth20k_s1.csv --check
  python3 linkage_gen10.py 20000 2 /tmp/gen10/pop20k_s2.jsonl /tmp/gen10/truth20k_s2.csv --check
  python3 linkage_gen10.py 100000 1 /tmp/gen10/pop100k_s1.jsonl /tmp/gen10/truth100k_s1.csv
  python3 linkage_gen10.py --check-only /tmp/gen10/pop100k_s1.jsonl /tmp/gen10/truth100k_s1.csv
"""
import sys, os, json, random, re, hashlib, base64, unicodedata, time
from collections import defaultdict, Counter

HUB_MIN = 10   # a value shared by >= HUB_MIN distinct parties is a hub

# =============================================================================
# Part A. Script tables and folding (shared by the renderer and the checker)
# =============================================================================
_CYR_SRC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_CYR_DST = ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]
CYR = dict(zip(_CYR_SRC, _CYR_DST))
CYR.update({"ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
            "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u"})
GRK = {'α': 'a', 'β': 'v', 'γ': 'g', 'δ': 'd', 'ε': 'e', 'ζ': 'z', 'η': 'i', 'θ': 'th', 'ι': 'i',
       'κ': 'k', 'λ': 'l', 'μ': 'm', 'ν': 'n', 'ξ': 'x', 'ο': 'o', 'π': 'p', 'ρ': 'r', 'σ': 's',
       'ς': 's', 'τ': 't', 'υ': 'y', 'φ': 'f', 'χ': 'ch', 'ψ': 'ps', 'ω': 'o'}
ARM = {'ա': 'a', 'բ': 'b', 'գ': 'g', 'դ': 'd', 'ե': 'e', 'զ': 'z', 'է': 'e', 'ը': 'y', 'թ': 't',
       'ժ': 'zh', 'ի': 'i', 'լ': 'l', 'խ': 'kh', 'ծ': 'ts', 'կ': 'k', 'հ': 'h', 'ձ': 'dz', 'ղ': 'gh',
       'ճ': 'ch', 'մ': 'm', 'յ': 'y', 'ն': 'n', 'շ': 'sh', 'ո': 'o', 'չ': 'ch', 'պ': 'p', 'ջ': 'j',
       'ռ': 'r', 'ս': 's', 'վ': 'v', 'տ': 't', 'ր': 'r', 'ց': 'ts', 'ւ': 'v', 'փ': 'p', 'ք': 'k',
       'օ': 'o', 'ֆ': 'f'}
GEO = {'ა': 'a', 'ბ': 'b', 'გ': 'g', 'დ': 'd', 'ე': 'e', 'ვ': 'v', 'ზ': 'z', 'თ': 't', 'ი': 'i',
       'კ': 'k', 'ლ': 'l', 'მ': 'm', 'ნ': 'n', 'ო': 'o', 'პ': 'p', 'ჟ': 'zh', 'რ': 'r', 'ს': 's',
       'ტ': 't', 'უ': 'u', 'ფ': 'p', 'ქ': 'k', 'ღ': 'gh', 'ყ': 'q', 'შ': 'sh', 'ჩ': 'ch', 'ც': 'ts',
       'ძ': 'dz', 'წ': 'ts', 'ჭ': 'ch', 'ხ': 'kh', 'ჯ': 'j', 'ჰ': 'h'}
ARB = {'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': '', 'ئ': '', 'ب': 'b',
       'پ': 'p', 'ت': 't', 'ث': 'th', 'ج': 'j', 'چ': 'ch', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh',
       'ر': 'r', 'ز': 'z', 'ژ': 'zh', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'dh',
       'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ک': 'k', 'گ': 'g', 'ل': 'l', 'م': 'm',
       'ن': 'n', 'ه': 'h', 'ة': 'a', 'ي': 'i', 'ی': 'i', 'ى': 'a', 'ـ': ''}
SPECIAL = {'ß': 'ss', 'ı': 'i', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ł': 'l', 'đ': 'd', 'ħ': 'h',
           'þ': 'th', 'ð': 'd', 'ə': 'a', 'ŋ': 'ng', '№': 'no'}
TR_ALL = {}
for _d in (CYR, GRK, ARM, GEO, SPECIAL):
    TR_ALL.update(_d)


def _parse_han(s):
    out = {}
    for tok in s.split():
        out[tok[0]] = tok[1:]
    return out


CN_SURN = _parse_han("王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun "
                     "马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang "
                     "韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 潘pan 袁yuan 蔡cai "
                     "蒋jiang 余yu 杜du 叶ye 程cheng 魏wei 苏su 丁ding 任ren 沈shen 姚yao 金jin")
CN_GIVEN = _parse_han("伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan "
                      "杰jie 娟juan 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 华hua 建jian 国guo "
                      "文wen 辉hui 玲ling 红hong 斌bin 宇yu 浩hao 凯kai 鹏peng 婷ting 雪xue 晨chen "
                      "欣xin 怡yi 佳jia 俊jun 志zhi 鑫xin 海hai 龙long 飞fei 峰feng 波bo 云yun 东dong "
                      "晓xiao 春chun 宁ning 梅mei 琴qin 瑞rui 博bo 睿rui 泽ze 子zi 思si 雨yu 萱xuan "
                      "涵han 梓zi 诗shi 若ruo 安an 然ran 天tian 振zhen 德de 成cheng 忠zhong 良liang 嘉jia")
CN_BRAND = _parse_han("华hua 芯xin 鼎ding 鑫xin 泰tai 盛sheng 达da 通tong 远yuan 恒heng 瑞rui 星xing "
                      "辰chen 宇yu 航hang 博bo 创chuang 智zhi 启qi 明ming 海hai 天tian 润run 汇hui "
                      "联lian 腾teng 飞fei 凯kai 安an 诚cheng 信xin 源yuan 峰feng 越yue 金jin 龙long "
                      "光guang 易yi 微wei 锐rui 拓tuo 迅xun 捷jie 擎qing 算suan")
HK_SURN = _parse_han("陳chan 張cheung 黃wong 劉lau 鄭cheng 楊yeung 謝tse 馮fung 葉yip 羅law 吳ng "
                     "麥mak 趙chiu 鍾chung 盧lo 蘇so 鄧tang 區au 譚tam 陸luk")
HK_GIVEN = _parse_han("偉wai 華wah 強keung 國kwok 輝fai 傑kit 樂lok 寶po 儀yee 詩sze 麗lai 達tat "
                      "雲wan 鳳fung 龍lung 鵬pang 興hing 賢yin 銘ming 穎wing 靜ching 嫻han 聰chung "
                      "進chun 維wai 傳chuen 禮lai 順shun 義yee 榮wing 錦kam 鴻hung 麒kei 凱hoi 綺yee "
                      "頌chung 慶hing 燕yin 晉chun 潔kit")
CN_PY = {}
for _d in (CN_SURN, CN_GIVEN, CN_BRAND):
    for _k, _v in _d.items():
        assert CN_PY.get(_k, _v) == _v
        CN_PY[_k] = _v
HK_CANT = dict(HK_SURN)
HK_CANT.update(HK_GIVEN)
assert not (set(CN_PY) & set(HK_CANT)), "Han tables must be disjoint"
SYL = set(CN_PY.values()) | set(HK_CANT.values())
CSURN_LAT = set(CN_SURN.values()) | set(HK_SURN.values())
HAN_RE = re.compile('[\u3400-\u9fff\uf900-\ufaff]')
HAN_RUN = re.compile('[\u3400-\u9fff\uf900-\ufaff]+')
ARAB_RUN = re.compile('[\u0600-\u06ff]+')
ZW_RE = re.compile('[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u180e]')


def han_syllables(run):
    out = []
    for ch in run:
        r = CN_PY.get(ch) or HK_CANT.get(ch)
        if r:
            out.append(r)
    return out


def clean_text(s):
    s = unicodedata.normalize('NFKC', s)
    s = ZW_RE.sub('', s)
    return s


def _arab_word(w):
    if w.startswith('ال') and len(w) > 3:
        w = w[2:]
    out = []
    n = len(w)
    for i, ch in enumerate(w):
        if ch == 'و':
            prev = w[i - 1] if i else ''
            nxt = w[i + 1] if i + 1 < n else ''
            if i == 0 or prev in 'اآأ' or nxt in 'اآأیيى':
                out.append('v')
            else:
                out.append('u')
        elif ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
        else:
            out.append(ARB.get(ch, ''))
    return ''.join(out)


def to_ascii(s):
    """Lower-case ASCII transliteration of any supported script (checker side)."""
    s = s.lower()
    if HAN_RE.search(s):
        s = HAN_RUN.sub(lambda m: ' ' + ' '.join(han_syllables(m.group(0))) + ' ', s)
    if ARAB_RUN.search(s):
        s = ARAB_RUN.sub(lambda m: _arab_word(m.group(0)), s)
    s = unicodedata.normalize('NFKD', s)
    if 'ου' in s:
        s = s.replace('ου', 'ou')
    if 'ու' in s:
        s = s.replace('ու', 'u')
    out = []
    for ch in s:
        if ch < '\x80':
            out.append(ch)
            continue
        if unicodedata.combining(ch):
            continue
        t = TR_ALL.get(ch)
        if t is not None:
            out.append(t)
        elif ch.isdigit():
            out.append(str(unicodedata.digit(ch)))
        else:
            out.append(' ')
    return ''.join(out)


_FOLD_PAIRS = [("shch", "s"), ("tsch", "c"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("zh", "z"),
               ("kh", "h"), ("gh", "g"), ("ts", "c"), ("tz", "c"), ("x", "ks"), ("ph", "f"),
               ("w", "v"), ("ck", "k"), ("q", "k"), ("dj", "j"), ("ae", "a"), ("oe", "o"),
               ("ue", "u"), ("ou", "u"), ("j", "i"), ("y", "i")]
_DOUBLE = re.compile(r'(.)\1+')


def fold(t):
    for a, b in _FOLD_PAIRS:
        if a in t:
            t = t.replace(a, b)
    return _DOUBLE.sub(r'\1', t)


_VOW = re.compile('[aeiou]')


def skel(t):
    r = _DOUBLE.sub(r'\1', _VOW.sub('', t))
    return r or t


def segment(t):
    n = len(t)
    best = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for L in (6, 5, 4, 3, 2, 1):
            j = i + L
            if j <= n and best[j] is None and t[i:j] in SYL:
                best[j] = best[i] + [t[i:j]]
    return best[n]


# ---------------------------------------------------------------- vocabularies
LEGAL_WORDS = """ltd limited llc llp plc inc incorporated corp corporation fze fz fzco fzc dmcc
gmbh ug haftungsbeschrankt ag bv ou sia uab sp spolka zoo sro spol sa sas sarl ooo ao odo chup pue
alc too osoo mchj mchzh mmc pte private sdn bhd berhad sendirian est establishment company co jsc
cjsc ojsc pjsc pjs joint stock zao oao pao tov sti sirketi anonim as spy shps nv oy ab kft doo wll
psc ltda srl spa lp lc pc kg ohg se""".split()
LEGAL_F = set(fold(w) for w in LEGAL_WORDS)

WORDS = {
    'Technologies': {'EN': ['Technologies', 'Technology', 'Tech'], 'TR': ['Teknoloji', 'Bilişim Teknolojileri'],
                     'DE': ['Technologies', 'Technologie'], 'CYR': ['Технолоджис', 'Технологии'], 'CN': ['科技']},
    'Trading': {'EN': ['Trading', 'General Trading', 'Trade'], 'TR': ['Dış Ticaret', 'Ticaret'],
                'DE': ['Handel', 'Handelsgesellschaft'], 'CYR': ['Трейд', 'Трейдинг'], 'CN': ['贸易']},
    'Solutions': {'EN': ['Solutions'], 'CYR': ['Солюшнс']},
    'Systems': {'EN': ['Systems'], 'CYR': ['Системс', 'Системы']},
    'Cloud': {'EN': ['Cloud', 'Cloud Services'], 'CYR': ['Клауд'], 'CN': ['云计算']},
    'Compute': {'EN': ['Compute', 'Computing'], 'CN': ['计算']},
    'Data': {'EN': ['Data', 'Data Systems'], 'CYR': ['Дата'], 'CN': ['数据']},
    'AI': {'EN': ['AI', 'Artificial Intelligence'], 'CN': ['智能']},
    'Logistics': {'EN': ['Logistics'], 'TR': ['Lojistik'], 'DE': ['Logistik'], 'CYR': ['Логистик', 'Логистика'],
                  'CN': ['物流']},
    'Holdings': {'EN': ['Holdings', 'Holding'], 'TR': ['Holding'], 'CYR': ['Холдинг'], 'CN': ['控股']},
    'Group': {'EN': ['Group'], 'TR': ['Grup'], 'DE': ['Gruppe'], 'CYR': ['Групп', 'Группа'], 'CN': ['集团']},
    'Ventures': {'EN': ['Ventures', 'Capital']},
    'Electronics': {'EN': ['Electronics', 'Electronic Components'], 'TR': ['Elektronik'],
                    'CYR': ['Электроникс', 'Электроника'], 'CN': ['电子']},
    'Software': {'EN': ['Software'], 'TR': ['Yazılım'], 'CYR': ['Софт'], 'CN': ['软件']},
    'Consulting': {'EN': ['Consulting', 'Consultancy'], 'TR': ['Danışmanlık'], 'DE': ['Beratung'],
                   'CYR': ['Консалтинг']},
    'International': {'EN': ['International', 'Global', 'Worldwide'], 'CYR': ['Интернешнл'], 'CN': ['国际']},
    'Services': {'EN': ['Services'], 'DE': ['Dienstleistungen', 'Service'], 'CYR': ['Сервис']},
    'Networks': {'EN': ['Networks', 'Network'], 'CYR': ['Нетворкс'], 'CN': ['网络']},
    'Import': {'EN': ['Import Export', 'Impex'], 'TR': ['İthalat İhracat'], 'CYR': ['Импорт', 'Импэкс']},
    'Labs': {'EN': ['Labs', 'Lab', 'Research']},
    'Digital': {'EN': ['Digital'], 'CYR': ['Диджитал']},
    'Invest': {'EN': ['Investments', 'Invest'], 'CYR': ['Инвест'], 'CN': ['投资']},
    'Engineering': {'EN': ['Engineering'], 'TR': ['Mühendislik'], 'CYR': ['Инжиниринг']},
    'Industrial': {'EN': ['Industrial', 'Industries'], 'TR': ['Sanayi'], 'CN': ['实业']},
    'Development': {'EN': ['Development'], 'CN': ['发展']},
}
_GENERIC_EXTRA = """trading trade traders group holding holdings international intl global worldwide
technologies technology tech solutions services service consulting consultancy logistics import export
impex systems system computing compute digital cloud ai artificial intelligence data labs lab research
ventures capital investments investment invest industries industrial enterprises enterprise partners
management development general commercial network networks software it media energy resources supply
supplies chain electronics electronic components engineering innovations innovation analytics security
infrastructure hosting mining marketing projects agency world test""".split()
GENERIC_F = set(fold(w) for w in _GENERIC_EXTRA)
for _w in WORDS.values():
    for _lang, _forms in _w.items():
        if _lang == 'CN':
            continue
        for _f in _forms:
            for _t in re.findall(r'[a-z0-9]+', to_ascii(_f)):
                GENERIC_F.add(fold(_t))
HAN_GENERIC = sorted(set("""股份有限公司 有限责任公司 有限公司 有限 公司 科技 技术 贸易 国际 集团 实业 电子 信息 网络
数据 智能 云计算 计算 发展 控股 投资 物流 软件 香港 深圳市 深圳 上海市 上海 北京市 北京 广州市 广州 杭州市 杭州
中国 貿易 國際 集團 電子 資訊 網絡 數據 投資 軟件 市""".split()), key=lambda w: (-len(w), w))
_GEO_WORDS = """hk hong kong china chinese prc shenzhen shanghai beijing guangzhou hangzhou asia europe eu euro
uae emirates dubai sharjah ajman fz turkey turkiye istanbul russia rus moscow moskva kazakhstan almaty astana
kyrgyzstan bishkek armenia yerevan georgia tbilisi iran tehran persia belarus minsk uzbekistan tashkent
azerbaijan baku germany deutschland berlin cyprus limassol nicosia estonia tallinn netherlands holland
amsterdam uk britain british london usa us america american bvi seychelles latvia riga lithuania vilnius
poland polska czech prague swiss switzerland zug france paris singapore sg malaysia kl""".split()
GEO_F = set(fold(w) for w in _GEO_WORDS)

TITLES_F = set(fold(w) for w in "mr mrs ms miss dr prof sir sheikh shaikh haji hajji eng engr herr frau mme jr sr ii iii gn".split())
PARTICLES_F = set(fold(w) for w in "bin binti bint ibn bn al el uulu kyzy ogly oglu".split())
PATRO_RE = re.compile(r'(?:ovich|evich|ovna|evna|vich|vna|ichna|ovych|ivna)$')


# =============================================================================
# Part B. Independent normalisers (the checker's view of a record)
# =============================================================================
def name_key(raw):
    """Similar-company-name key: legal forms, generic words, places removed."""
    if not raw:
        return None
    s = clean_text(raw)
    if HAN_RE.search(s):
        for w in HAN_GENERIC:
            if w in s:
                s = s.replace(w, ' ')
    a = to_ascii(s).replace("'", "").replace('`', '')
    out = []
    for t in re.findall(r'[a-z0-9]+', a):
        if len(t) == 1:
            continue
        f = fold(t)
        if f in LEGAL_F or f in GENERIC_F or f in GEO_F:
            continue
        out.append(f)
    k = fold(''.join(out))
    return k if len(k) >= 3 else None


def is_company_text(raw):
    if '公司' in raw or '有限' in raw:
        return True
    a = to_ascii(clean_text(raw)).replace("'", "")
    for t in re.findall(r'[a-z]+', a) + re.findall(r'[a-z]+', a.replace('.', '')):
        if len(t) > 1 and fold(t) in LEGAL_F:
            return True
    return False


def _person_key(part):
    has_han = HAN_RE.search(part) is not None
    a = to_ascii(part).replace("'", "").replace('`', '').replace('’', '')
    toks = []
    for t in re.findall(r'[a-z]+', a):
        if len(t) < 2:
            continue
        if len(t) >= 6 and PATRO_RE.search(t):
            continue
        f = fold(t)
        if f in TITLES_F or f in PARTICLES_F:
            continue
        toks.append(t)
    if not toks:
        return None
    chinese = has_han
    if not chinese and len(toks) <= 4 and any(t in CSURN_LAT for t in toks):
        chinese = True
    if chinese:
        segs = [segment(t) for t in toks]
        if all(segs):
            flat = sorted(x for sg in segs for x in sg)
            if 2 <= len(flat) <= 5:
                return 'zh:' + ' '.join(flat)
    sk = sorted(skel(fold(t)) for t in toks)
    if len(sk) < 2:
        return None
    return ' '.join(sk)


def person_keys(raw):
    """Keys of a director/owner entry: 'co:<name key>' for companies, else a
    script/transliteration/order-insensitive person key."""
    if not raw:
        return []
    s = clean_text(raw)
    if is_company_text(s):
        k = name_key(s)
        return ['co:' + k] if k else []
    parts = [s]
    if '(' in s:
        parts = [re.sub(r'\([^)]*\)', ' ', s)] + re.findall(r'\(([^)]*)\)', s)
    keys = []
    for p in parts:
        k = _person_key(p)
        if k and k not in keys:
            keys.append(k)
    return keys


# ---------------------------------------------------------------- countries
COUNTRY_NAMES = {
    'AE': ['AE', 'ARE', 'UAE', 'U.A.E.', 'United Arab Emirates', 'Emirates', 'الإمارات العربية المتحدة'],
    'TR': ['TR', 'TUR', 'Turkey', 'Türkiye', 'Turkiye', 'Republic of Türkiye'],
    'RU': ['RU', 'RUS', 'Russia', 'Russian Federation', 'Россия', 'Российская Федерация', 'РФ'],
    'BY': ['BY', 'BLR', 'Belarus', 'Republic of Belarus', 'Беларусь', 'Республика Беларусь'],
    'KZ': ['KZ', 'KAZ', 'Kazakhstan', 'Republic of Kazakhstan', 'Qazaqstan', 'Казахстан'],
    'KG': ['KG', 'KGZ', 'Kyrgyzstan', 'Kyrgyz Republic', 'Кыргызстан', 'Киргизия'],
    'UZ': ['UZ', 'UZB', 'Uzbekistan', "O'zbekiston", 'Узбекистан'],
    'AM': ['AM', 'ARM', 'Armenia', 'Republic of Armenia', 'Հայաստան', 'Армения'],
    'GE': ['GE', 'GEO', 'Georgia', 'საქართველო', 'Sakartvelo', 'Грузия'],
    'AZ': ['AZ', 'AZE', 'Azerbaijan', 'Azərbaycan', 'Азербайджан'],
    'IR': ['IR', 'IRN', 'Iran', 'Iran, Islamic Republic of', 'Islamic Republic of Iran', 'ایران'],
    'HK': ['HK', 'HKG', 'Hong Kong', 'Hong Kong SAR', 'Hong Kong SAR, China', '香港', 'HONGKONG'],
    'SG': ['SG', 'SGP', 'Singapore', 'Republic of Singapore', '新加坡'],
    'MY': ['MY', 'MYS', 'Malaysia'],
    'CN': ['CN', 'CHN', 'China', "People's Republic of China", 'PRC', '中国', 'P.R. China'],
    'DE': ['DE', 'DEU', 'Germany', 'Deutschland', 'Federal Republic of Germany'],
    'NL': ['NL', 'NLD', 'Netherlands', 'The Netherlands', 'Nederland', 'Holland'],
    'CY': ['CY', 'CYP', 'Cyprus', 'Κύπρος', 'Republic of Cyprus'],
    'EE': ['EE', 'EST', 'Estonia', 'Eesti'],
    'LV': ['LV', 'LVA', 'Latvia', 'Latvija'],
    'LT': ['LT', 'LTU', 'Lithuania', 'Lietuva'],
    'PL': ['PL', 'POL', 'Poland', 'Polska'],
    'CZ': ['CZ', 'CZE', 'Czech Republic', 'Czechia', 'Česko'],
    'CH': ['CH', 'CHE', 'Switzerland', 'Schweiz', 'Suisse'],
    'FR': ['FR', 'FRA', 'France'],
    'GB': ['GB', 'GBR', 'UK', 'United Kingdom', 'Great Britain', 'England'],
    'US': ['US', 'USA', 'United States', 'United States of America', 'U.S.A.'],
    'VG': ['VG', 'VGB', 'British Virgin Islands', 'BVI', 'Virgin Islands, British'],
    'SC': ['SC', 'SYC', 'Seychelles'],
    'MH': ['MH', 'MHL', 'Marshall Islands', 'Republic of the Marshall Islands'],
}


def _cnorm(s):
    return re.sub(r'[^0-9a-z\u0400-\u04ff\u0530-\u058f\u10a0-\u10ff\u0600-\u06ff\u0370-\u03ff\u4e00-\u9fff]+', '',
                  unicodedata.normalize('NFKC', s).casefold())


COUNTRY_LOOKUP = {}
for _iso, _names in COUNTRY_NAMES.items():
    for _n in _names:
        COUNTRY_LOOKUP[_cnorm(_n)] = _iso


def norm_country(s):
    if not s:
        return None
    return COUNTRY_LOOKUP.get(_cnorm(clean_text(s)))


# ---------------------------------------------------------------- phones
# iso: (cc, trunk, landline [(area, sublen)], mobile [(prefix, sublen)], mobile national trunk)
PHONE = {
    'AE': ('971', '0', [('4', 7), ('2', 7), ('6', 7)], [('50', 7), ('52', 7), ('55', 7), ('56', 7), ('58', 7)], '0'),
    'TR': ('90', '0', [('212', 7), ('216', 7), ('312', 7), ('232', 7)], [('532', 7), ('533', 7), ('542', 7), ('505', 7), ('555', 7)], '0'),
    'RU': ('7', '8', [('495', 7), ('499', 7), ('812', 7), ('343', 7)], [('916', 7), ('903', 7), ('926', 7), ('985', 7), ('977', 7)], '8'),
    'BY': ('375', '80', [('17', 7)], [('29', 7), ('33', 7), ('44', 7), ('25', 7)], '80'),
    'KZ': ('7', '8', [('727', 7), ('7172', 6)], [('701', 7), ('705', 7), ('747', 7), ('777', 7), ('778', 7)], '8'),
    'KG': ('996', '0', [('312', 6)], [('555', 6), ('700', 6), ('770', 6), ('550', 6)], '0'),
    'UZ': ('998', '', [('71', 7)], [('90', 7), ('91', 7), ('93', 7), ('94', 7), ('97', 7)], ''),
    'AM': ('374', '0', [('10', 6)], [('91', 6), ('93', 6), ('94', 6), ('77', 6), ('99', 6)], '0'),
    'GE': ('995', '0', [('32', 7)], [('555', 6), ('599', 6), ('577', 6), ('595', 6)], ''),
    'AZ': ('994', '0', [('12', 7)], [('50', 7), ('51', 7), ('55', 7), ('70', 7), ('77', 7)], '0'),
    'IR': ('98', '0', [('21', 8), ('26', 8), ('31', 8)], [('912', 7), ('935', 7), ('919', 7), ('901', 7)], '0'),
    'HK': ('852', '', [('2', 7), ('3', 7)], [('5', 7), ('6', 7), ('9', 7)], ''),
    'SG': ('65', '', [('6', 7)], [('8', 7), ('9', 7)], ''),
    'MY': ('60', '0', [('3', 8)], [('12', 7), ('16', 7), ('17', 7), ('19', 7)], '0'),
    'CN': ('86', '0', [('10', 8), ('21', 8), ('755', 8), ('20', 8)], [('138', 8), ('139', 8), ('186', 8), ('135', 8), ('150', 8)], ''),
    'GB': ('44', '0', [('20', 8), ('161', 7), ('131', 7)], [('7911', 6), ('7400', 6), ('7515', 6), ('7723', 6)], '0'),
    'DE': ('49', '0', [('30', 8), ('89', 8), ('69', 8), ('40', 8)], [('151', 8), ('160', 8), ('170', 8), ('171', 8), ('176', 8)], '0'),
    'NL': ('31', '0', [('20', 7), ('10', 7), ('70', 7)], [('6', 8)], '0'),
    'CY': ('357', '', [('22', 6), ('25', 6), ('24', 6)], [('99', 6), ('97', 6), ('96', 6)], ''),
    'EE': ('372', '', [('6', 6)], [('5', 7)], ''),
    'LV': ('371', '', [('67', 6)], [('2', 7)], ''),
    'LT': ('370', '8', [('5', 7)], [('6', 7)], '8'),
    'PL': ('48', '', [('22', 7)], [('50', 7), ('60', 7), ('69', 7), ('79', 7)], ''),
    'CZ': ('420', '', [('2', 8)], [('60', 7), ('77', 7), ('73', 7)], ''),
    'CH': ('41', '0', [('44', 7), ('41', 7), ('22', 7)], [('79', 7), ('78', 7), ('76', 7)], '0'),
    'FR': ('33', '0', [('1', 8)], [('6', 8), ('7', 8)], '0'),
    'US': ('1', '1', [('302', 7), ('212', 7), ('415', 7), ('512', 7), ('307', 7), ('305', 7)], [('646', 7), ('917', 7), ('650', 7)], '1'),
    'VG': ('1', '1', [('284', 7)], [('284', 7)], '1'),
    'SC': ('248', '', [('4', 6)], [('2', 6)], ''),
    'MH': ('692', '', [('625', 4)], [('455', 4)], ''),
}
_PH_SPLIT = re.compile(r'\s*(?:;|,|\||\n|\s/\s|\s+or\s+|\s+или\s+)\s*')
_PH_LABEL = re.compile(r'^\s*[^\d+()]{1,24}:\s*')
_PH_EXT = re.compile(r'\s*\(?\s*(?:ext\.?|extension|x|доб\.?|dahili|#)\s*\d{1,6}\s*\)?\s*$', re.I)


def _digits(s):
    return ''.join(str(unicodedata.digit(c)) for c in s if c.isdigit())


def norm_phones(raw, iso):
    """All E.164 numbers in a phone field (record country resolves national formats)."""
    out = []
    if not raw:
        return out
    s = clean_text(raw)
    for p in _PH_SPLIT.split(s):
        p = _PH_LABEL.sub('', p)
        p = _PH_EXT.sub('', p).strip()
        if not p:
            continue
        p = p.replace('(0)', ' ')
        intl = p.startswith('+')
        d = _digits(p)
        if not intl and d.startswith('00'):
            intl = True
            d = d[2:]
        if not d:
            continue
        if intl:
            e = d
        else:
            spec = PHONE.get(iso) if iso else None
            if not spec:
                continue
            cc, trunk = spec[0], spec[1]
            if d.startswith(cc) and len(d) - len(cc) in (8, 9, 10) and (not trunk or not d.startswith(trunk)):
                e = d
            else:
                if trunk and d.startswith(trunk):
                    d = d[len(trunk):]
                e = cc + d
        if not (8 <= len(e) <= 15):
            continue
        if len(set(e[-7:])) <= 1:
            continue
        out.append('+' + e)
    return out


# ---------------------------------------------------------------- addresses
_ADDR_SYN_RAW = {
    'street': 'street st str strasse ulitsa ul ulica tanav tn iela sokak sok sk sokagi',
    'road': 'road rd', 'avenue': 'avenue ave av prospekt prosp pr puiestee pst',
    'boulevard': 'boulevard blvd bulvar bulvari blv bd', 'lane': 'lane ln', 'drive': 'drive dr',
    'highway': 'highway hwy shosse', 'caddesi': 'caddesi cad cd', 'mahallesi': 'mahallesi mah mh',
    'jalan': 'jalan jln', 'embankment': 'naberezhnaya nab embankment', 'maantee': 'maantee mnt',
    'square': 'square sq ploshchad', 'center': 'center centre ctr cntr', 'tower': 'tower twr',
    'plaza': 'plaza plz', 'block': 'block blk',
}
ADDR_SYN = {}
for _c, _ws in _ADDR_SYN_RAW.items():
    for _w in _ws.split():
        ADDR_SYN[fold(_w)] = _c
ADDR_STOP = set(fold(w) for w in """no nr number num house dom d bld bldg building korpus g gorod city c o the of and
postal code postcode zip premises office ofis off of unit suite ste room rm flat apt apartment daire kv kvartira
pom pomeshchenie kom bureau buro shop desk floor fl level lvl kat etazh etage stock og""".split())
_CITY_WORDS = """dubai|abu dhabi|sharjah|ajman|ras al khaimah|umm al quwain|istanbul|ankara|izmir|bursa|antalya|
moscow|moskva|saint petersburg|sankt peterburg|st petersburg|ekaterinburg|yekaterinburg|kazan|novosibirsk|minsk|
almaty|astana|shymkent|karaganda|bishkek|osh|tashkent|toshkent|samarkand|yerevan|erevan|tbilisi|batumi|kutaisi|
baku|tehran|isfahan|mashhad|tabriz|shiraz|kish|hong kong|kowloon|shenzhen|shanghai|beijing|guangzhou|hangzhou|
singapore|kuala lumpur|petaling jaya|cyberjaya|penang|london|manchester|birmingham|edinburgh|leeds|bristol|
berlin|munich|munchen|muenchen|frankfurt|hamburg|koln|cologne|dusseldorf|amsterdam|rotterdam|den haag|the hague|
utrecht|eindhoven|limassol|nicosia|larnaca|paphos|lefkosia|lemesos|tallinn|tartu|riga|vilnius|kaunas|warsaw|
warszawa|krakow|prague|praha|brno|zurich|zug|geneva|geneve|paris|lyon|wilmington|dover|lewes|sheridan|cheyenne|
new york|austin|san francisco|miami|seattle|palo alto|san jose|chicago|boston|los angeles|road town|tortola|
victoria|mahe|majuro"""
_CITY_LIST = [c.strip() for c in _CITY_WORDS.replace('\n', '').split('|') if c.strip()]
_COUNTRY_PHRASES = []
for _names in COUNTRY_NAMES.values():
    for _n in _names:
        _a = ' '.join(re.findall(r'[a-z0-9]+', to_ascii(_n)))
        if _a:
            _COUNTRY_PHRASES.append(_a)
_GEO_PHRASES = sorted(set(' '.join(fold(t) for t in p.split()) for p in _CITY_LIST + _COUNTRY_PHRASES),
                      key=lambda x: -len(x))
_GEO_MULTI = [p for p in _GEO_PHRASES if ' ' in p]
_GEO_SINGLE = set(p for p in _GEO_PHRASES if ' ' not in p)

_RE_CO = re.compile(r'\bc\s*/\s*o\b[^,\n]*')
_RE_POB = re.compile(r'\bp\.?\s*o\.?\s*box\b|\bpob\b|\bpost\s+office\s+box\b|\ba\s*/\s*ya\b')
_RE_FL = [re.compile(r'\b\d{1,3}\s*/\s*f\b'),
          re.compile(r'\b\d{1,3}\s*(?:st|nd|rd|th)?\s*(?:floor|fl)\b\.?'),
          re.compile(r'\b(?:floor|fl|level|lvl|kat|etazh|etage|stock)\b\s*[.:]?\s*\d{1,3}\b'),
          re.compile(r'\b\d{1,3}\s*\.?\s*(?:kat|etazh|etage|stock|og)\b'),
          re.compile(r'\b(?:ground|first|second|third|fourth|fifth|mezzanine)\s+floor\b')]
_RE_UNIT = [re.compile(r'#\s*(\d{1,3}\s*-\s*\d{1,4}[a-z]?)\b'),
            re.compile(r'\b(?:premises|apartment|kvartira|pomeshchenie|office|bureau|suite|daire|ofis|unit|room|'
                       r'flat|shop|desk|buero|buro|apt|ste|off|rm|kv|pom|kom|of)\b\.?\s*(?:no\.?|nr\.?|number)?\s*[:#]?\s*'
                       r'(\d{1,5}(?:\s*-\s*\d{1,4})?[a-z]?)\b'),
            re.compile(r'\bd\s*:\s*(\d{1,5})\b'),
            re.compile(r'#\s*(\d{1,5}[a-z]?)\b')]


def norm_address(raw):
    """-> (building key, unit or None)."""
    if not raw:
        return None, None
    s = to_ascii(clean_text(raw)).replace("'", "").replace('`', '')
    s = _RE_CO.sub(' ', s)
    s = _RE_POB.sub(' pobox ', s)
    for r in _RE_FL:
        s = r.sub(' ', s)
    units = []

    def _u(m):
        units.append(re.sub(r'[\s-]', '', m.group(1)))
        return ' '
    for r in _RE_UNIT:
        s = r.sub(_u, s)
    toks = re.findall(r'[a-z]+|\d+', s)
    ft = []
    for t in toks:
        if t[0].isdigit():
            ft.append(t)
            continue
        f = fold(t)
        if len(f) > 6 and f.endswith('strase'):
            ft.append(f[:-6])
            ft.append('street')
            continue
        if len(f) > 4 and f.endswith('str'):
            ft.append(f[:-3])
            ft.append('street')
            continue
        ft.append(ADDR_SYN.get(f, f))
    joined = ' ' + ' '.join(ft) + ' '
    for p in _GEO_MULTI:
        if ' ' + p + ' ' in joined:
            joined = joined.replace(' ' + p + ' ', ' ')
    out = set()
    for t in joined.split():
        if t in ADDR_STOP or t in _GEO_SINGLE:
            continue
        out.add(t)
    if not out:
        return None, None
    return ' '.join(sorted(out)), (units[0] if units else None)


# ---------------------------------------------------------------- domains
PSL2 = set("""co.uk org.uk com.hk org.hk com.sg com.my com.cn net.cn org.cn com.tr net.tr co.ir com.cy com.pl
com.au co.jp com.kz org.kz co.il com.ua co.za com.br github.io blogspot.com myshopify.com herokuapp.com
netlify.app vercel.app pages.dev""".split())


def registrable(host):
    host = host.strip('.').lower()
    labels = [l for l in host.split('.') if l]
    if len(labels) < 2:
        return None
    if '.'.join(labels[-2:]) in PSL2 and len(labels) >= 3:
        return '.'.join(labels[-3:])
    return '.'.join(labels[-2:])


_EMAIL_RE = re.compile(r'[a-z0-9._%+\-]+@([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)')


def norm_emails(raw):
    if not raw:
        return []
    s = clean_text(raw).lower().replace('mailto:', ' ')
    s = re.sub(r'\s*[\[(]\s*at\s*[\])]\s*', '@', s)
    out = []
    for d in _EMAIL_RE.findall(s):
        r = registrable(d)
        if r and r not in out:
            out.append(r)
    return out


def norm_site(raw):
    if not raw:
        return None
    s = clean_text(raw).strip().lower()
    s = re.sub(r'^[a-z][a-z0-9+.\-]*://', '', s)
    s = s.split('/')[0].split('?')[0].split('#')[0]
    if '@' in s:
        s = s.split('@')[-1]
    s = s.split(':')[0]
    if s.startswith('www.'):
        s = s[4:]
    if '.' not in s or not re.fullmatch(r'[a-z0-9.\-]+', s):
        return None
    return registrable(s)


# ---------------------------------------------------------------- IPs
def parse_ip(raw):
    """-> ('4', int) / ('6', int) or None.  Ports, brackets, zone ids, leading
    zeros (decimal) and ::ffff: mapping are accepted."""
    if not raw:
        return None
    s = clean_text(raw).strip()
    if s.startswith('['):
        if ']' not in s:
            return None
        s = s[1:s.index(']')]
    elif s.count(':') == 1:
        s = s.split(':')[0]
    s = s.split('%')[0]
    if ':' not in s:
        parts = s.split('.')
        if len(parts) != 4 or not all(p.isdigit() and len(p) <= 3 for p in parts):
            return None
        v = [int(p) for p in parts]
        if any(x > 255 for x in v):
            return None
        return ('4', (v[0] << 24) | (v[1] << 16) | (v[2] << 8) | v[3])
    try:
        import ipaddress
        a = ipaddress.IPv6Address(s)
    except Exception:
        return None
    if a.ipv4_mapped is not None:
        return ('4', int(a.ipv4_mapped))
    return ('6', int(a))


def ip_public(kind, x):
    if kind == '4':
        a = x >> 24
        b = (x >> 16) & 255
        if a in (0, 10, 127) or a >= 224 or (a == 169 and b == 254) or (a == 172 and 16 <= b < 32) \
                or (a == 192 and b == 168) or (a == 100 and 64 <= b < 128):
            return False
        return True
    top = x >> 112
    return 0x2000 <= top < 0x4000


# ---------------------------------------------------------------- strong ids
_B64_43 = re.compile(r'^[A-Za-z0-9+/]{43}=?$')
_MD5_RE = re.compile(r'^(?:[0-9a-fA-F]{2}[:\-]?){15}[0-9a-fA-F]{2}$')


def norm_ssh(raw):
    if not raw:
        return None
    s = clean_text(raw).strip()
    low = s.lower()
    if low.startswith('sha256:'):
        b = s[7:].strip().rstrip('=')
        return 's:' + b if len(b) >= 40 else None
    if low.startswith('md5:'):
        s = s[4:].strip()
    if _MD5_RE.match(s):
        return 'm:' + re.sub('[^0-9a-f]', '', s.lower())
    if low.startswith('ssh-') or low.startswith('ecdsa-'):
        p = s.split()
        return 'k:' + p[1] if len(p) > 1 else None
    if _B64_43.match(s):
        return 's:' + s.rstrip('=')
    return None


def norm_pay(raw):
    if not raw:
        return None
    s = re.sub(r'\s+', '', clean_text(raw)).lower()
    return s if len(s) >= 8 else None


_REG_LABEL = re.compile(r'^(?:\s*(?:registration|reg|company|trade|commercial|licence|license|lic|mersis|vergi|'
                        r'crn|cr|uen|bin|inn|ogrn|unp|ein|kvk|nummer|tax|tin|vat|id|no|nr|number|num|ico|krs|'
                        r'siren|voen|stir|registry|code)\b\.?\s*[:#\-]?\s*)+')


def norm_reg(raw):
    if not raw:
        return None
    s = to_ascii(clean_text(raw)).strip()
    s = s.lstrip('#:. ')
    s = _REG_LABEL.sub('', s)
    s = re.sub(r'[^a-z0-9]', '', s).upper()
    return s or None


# =============================================================================
# Part C. Person lexicons and renderers
# =============================================================================
def _w(s):
    return s.split()


RU_M = _w("Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Виталий Владимир Вячеслав "
          "Геннадий Георгий Глеб Григорий Денис Дмитрий Евгений Егор Иван Игорь Кирилл Константин Леонид Максим "
          "Михаил Николай Олег Павел Пётр Роман Руслан Сергей Станислав Степан Тимур Фёдор Юрий Ярослав Семён "
          "Аркадий Эдуард Матвей")
RU_F = _w("Анна Анастасия Алина Валентина Вера Дарья Екатерина Елена Ирина Ксения Лариса Людмила Марина Мария "
          "Наталья Ольга Полина Светлана Татьяна Юлия Евгения Жанна Оксана Алёна Виктория")
RU_ROOT = _w("Бел Вол Гор Дуб Жар Зор Кам Лес Мор Нов Пол Рос Сом Тар Хар Чер Шар Бор Вет Гал Дан Жук Зим Кар "
             "Лом Мал Пер Рад Сав Тим Фом Хол Шум Бар Вас Дор Кос Лав Мир Нар Пах Руб Сев Топ Фед Шил Крут Глад "
             "Сух Мед Рыб Кузнец Лебед Ворон Сокол Орл Бык Коз Бобр Волк Жур Голуб Дрозд Журавл Медвед Зайц "
             "Тарас Ерм Ковал Гончар Мельник Ткач Грач Щегл Кулик Чиж Стриж")
RU_MID = ['', '', '', '', 'ан', 'ин', 'ен', 'ар', 'ищ', 'ят']
RU_SUF = [('ов', 'ова'), ('ев', 'ева'), ('ин', 'ина'), ('ский', 'ская'), ('цкий', 'цкая'), ('енко', 'енко'),
          ('ых', 'ых'), ('ов', 'ова'), ('ов', 'ова'), ('ин', 'ина')]
BY_SUF = [('енко', 'енко'), ('ский', 'ская'), ('ов', 'ова'), ('ин', 'ина'), ('ук', 'ук'), ('ёнок', 'ёнок'),
          ('ик', 'ик')]
KZ_M = _w("Нурлан Ерлан Асхат Бауыржан Данияр Ержан Жандос Айдос Канат Мурат Серик Талгат Алмас Арман Азамат "
          "Бекзат Нуржан Ерболат Дамир Ермек")
KZ_F = _w("Айгерим Айгуль Динара Жанар Гульнара Сауле Асель Мадина Алия Камила Жулдыз Меруерт Дана Аружан")
KZ_ROOT = _w("Абен Байтур Жумаб Касым Нурпеис Сатпа Тулеб Ахмет Есим Мукан Омар Сейт Токт Утеп Даул Кенж Мамыр "
             "Сарс Бекм Жаксыб Ибрай Муса Нурмаг Сагын Тажиб Турсын Ораз Жаныб Баймах Серикб Кулмах Искак "
             "Жолдасб Абдрахман Ергали Сулеймен Шайх Кудайберг Қасымжан Әлімж Ғаббас")
KG_M = _w("Азамат Бакыт Нурбек Эрлан Улан Темир Айбек Мирлан Жыргал Эмиль Адилет Бектур Талант Канат Эркин")
KG_F = _w("Айпери Нургуль Бермет Чолпон Гулзат Асель Жамиля Айдана Назира Айзада")
KG_ROOT = _w("Абдыл Асан Бакир Жапар Исак Кадыр Мамат Осмон Сапар Токтог Усуб Эсен Курман Маман Сыдык Тойчу "
             "Шабдан Ырыс Алым Бекбол Дуйшен Жумабек Касым Мырза Орозб Сатыб Тилек Урмат")
UZ_M = _w("Рустам Шерзод Жасур Бекзод Азиз Фаррух Улугбек Дилшод Отабек Санжар Бобур Жахонгир Тимур Шухрат")
UZ_F = _w("Нодира Дилноза Гулнора Малика Шахноза Феруза Зарина Камола Мохира")
UZ_ROOT = _w("Карим Ташмат Юсуп Рахим Норм Абдулл Хамид Исмоил Мирзо Султан Тургун Эргаш Холмат Усмон Саид "
             "Алим Хайдар Юлдаш Назар Собир Тохир Жумаб Азим Бахром Файзулл Ахмед Кодир Раш Умар")
KZ_SUF = [('ов', 'ова'), ('ев', 'ева'), ('ин', 'ина'), ('ов', 'ова')]
CA_MID = ['ай', 'ул', 'ер', 'бек', 'жан', 'бай', 'тай', 'гали', 'мурат', 'ахмет']

AM_M = _w("Արման Արամ Գևորգ Տիգրան Հայկ Դավիթ Կարեն Նարեկ Սարգիս Վահե Արտակ Արսեն Գագիկ Աշոտ Ռուբեն Սամվել "
          "Վարդան Էդգար")
AM_F = _w("Աննա Մարիամ Լուսինե Անի Նարինե Գայանե Արմինե Սոնա Լիլիթ Տաթևիկ")
AM_A = _w("Ավ Բաղ Գալ Դավ Եղ Զաք Թոր Խաչ Կար Հակ Ղազ Մար Ներ Շահ Պող Ռուբ Սահ Վարդ Տեր Օհան Մել Բաբ Գաս Հով "
          "Սիմ Առաք Մին Մով Պետր Գրիգոր Սարգս Ավետ Մանուկ Մելիք Բարսեղ Գալուստ")
AM_V = ['ա', 'ե', 'ի', 'ո', '', '']
AM_B = ['տ', 'ն', 'կ', 'ր', 'ս', 'մ', 'դ', 'գ', 'խ', 'լ', 'պ', 'զ', 'րտ', 'ղ', '', '']
GE_M = _w("გიორგი დავით ნიკოლოზ ლევან ირაკლი ლაშა ზურაბ გიგა ლუკა ალექსანდრე ბექა თორნიკე")
GE_F = _w("ნინო თამარ ანა მარიამ ეკატერინე სალომე ნათია მაკა ქეთევან")
GE_SYL = _w("ბე ლო მა ნა გე ჯა ხა კა წე ჭი ღო თო ფა ქე შა ჩი ცო ძა ზუ ვა ტი პა რე სა ბა გო და ლე მი ნო რი სი ყა")
GE_C = ['რ', 'ნ', 'ლ', 'მ', '', '', '']
GE_SUF = ['ძე', 'შვილი', 'ია', 'ავა', 'ური', 'ანი', 'ელი', 'ძე', 'შვილი']
GR_M = _w("Ανδρέας Γιώργος Χρίστος Κώστας Νίκος Μιχάλης Παναγιώτης Δημήτρης Γιάννης Στέλιος Σάββας Μάριος Πέτρος")
GR_F = _w("Μαρία Ελένη Άννα Σοφία Έλενα Κατερίνα Χριστίνα Δέσποινα")
GR_ROOT = _w("Γεωργ Παπαδ Κωνσταντιν Χριστοδουλ Ιωανν Νικολα Αντων Χαραλαμπ Δημητρ Σαββ Μιχαηλ Πετρ Αθανασ "
             "Θεοδωρ Ανδρε Κυριακ Παναγ Σταυρ Λοιζ Ζαχαρ Φιλιππ Στυλιαν Σωτηρ Χρυσοστομ Ηλι Λαμπρ Κλεανθ")
GR_SUF = ['ου', 'ίδης', 'άκης', 'ίου', 'όπουλος', 'ίδη', 'ή']


def _lex(s):
    out = []
    for item in s.split(';'):
        item = item.strip()
        if not item:
            continue
        scr, lat = item.split('=')
        out.append((scr.strip(), [v.strip() for v in lat.split('|')]))
    return out


AR_M = _lex("محمد=Mohammed|Muhammad|Mohamed|Mohammad; أحمد=Ahmed|Ahmad; علي=Ali; خالد=Khalid|Khaled; "
            "عمر=Omar|Umar; يوسف=Yousef|Yusuf|Youssef; سعيد=Saeed|Said; راشد=Rashid|Rashed; سلطان=Sultan; "
            "فيصل=Faisal|Faysal; ماجد=Majid|Majed; حمد=Hamad; سالم=Salem|Salim; عبدالله=Abdullah|Abdallah; "
            "طارق=Tariq|Tarek|Tarik; ناصر=Nasser|Naser; منصور=Mansour|Mansoor; إبراهيم=Ibrahim; "
            "حسن=Hassan|Hasan; مروان=Marwan; هشام=Hisham|Hesham; وليد=Walid|Waleed; جمال=Jamal; كريم=Karim|Kareem")
AR_F = _lex("فاطمة=Fatima|Fatma; مريم=Maryam|Mariam; عائشة=Aisha|Aysha; نورة=Noura|Nora; سارة=Sara; "
            "ليلى=Layla|Leila; هند=Hind; شيخة=Shaikha|Sheikha; آمنة=Amna|Amina")
AR_FAM = _lex("المنصوري=Al Mansouri|Al-Mansoori|Al Mansoori; الهاشمي=Al Hashemi|Al-Hashimi; الشامسي=Al Shamsi|Al-Shamsi; "
              "الكعبي=Al Kaabi|Al-Kaabi; النعيمي=Al Nuaimi|Al-Nuaimi|Al Noaimi; البلوشي=Al Balushi|Al-Baloushi; "
              "المهيري=Al Mheiri|Al-Muhairi; الفلاسي=Al Falasi|Al-Falasi; القاسمي=Al Qasimi|Al-Qasimi; "
              "المري=Al Marri|Al-Marri; الزعابي=Al Zaabi|Al-Zaabi; السويدي=Al Suwaidi|Al-Suwaidi; "
              "الظاهري=Al Dhaheri|Al-Dhaheri; الحمادي=Al Hammadi|Al-Hammadi; الكتبي=Al Ketbi|Al-Ketbi; "
              "العامري=Al Ameri|Al-Amri; الجابري=Al Jaberi|Al-Jabri; خوري=Khoury|Khouri; حداد=Haddad; نصر=Nasr; "
              "عيسى=Issa|Eissa; صالح=Saleh|Salih; عثمان=Othman; الرميثي=Al Romaithi|Al-Rumaithi; "
              "المزروعي=Al Mazrouei|Al-Mazroui; الغفلي=Al Ghafli; الشحي=Al Shehhi|Al-Shehhi; النقبي=Al Naqbi|Al-Naqbi; "
              "الطنيجي=Al Tunaiji|Al-Tenaiji; المطروشي=Al Matrooshi|Al-Matroushi; الحوسني=Al Hosani|Al-Hosani; "
              "العبيدلي=Al Obaidli|Al-Ubaidli; البستكي=Al Bastaki; الأنصاري=Al Ansari|Al-Ansari; الخياط=Al Khayat|Al-Khayyat; "
              "الملا=Al Mulla|Al-Mulla; الحمادي=Al Hammadi; الدوسري=Al Dosari|Al-Dossary; القحطاني=Al Qahtani|Al-Qahtani; "
              "الشمري=Al Shammari|Al-Shamari; العتيبي=Al Otaibi|Al-Otaiby; الغامدي=Al Ghamdi|Al-Ghamdi")
IR_M = _lex("علی=Ali; محمد=Mohammad|Mohamad|Muhammad; حسین=Hossein|Hosein|Hussein; مهدی=Mehdi|Mahdi; رضا=Reza; "
            "امیر=Amir; سعید=Saeed|Saeid|Said; مجید=Majid; حمید=Hamid; مسعود=Masoud|Masood; بهروز=Behrouz|Behrooz; "
            "فرهاد=Farhad; کامران=Kamran; پرویز=Parviz; داوود=Davood|Davoud; نادر=Nader; بابک=Babak; سیامک=Siamak; "
            "کاوه=Kaveh; آرش=Arash; پیمان=Peyman|Payman; مرتضی=Morteza; مصطفی=Mostafa|Mustafa")
IR_F = _lex("سارا=Sara; مریم=Maryam; زهرا=Zahra; فاطمه=Fatemeh; نرگس=Narges; لیلا=Leila|Layla; شیرین=Shirin; "
            "نسرین=Nasrin; مینا=Mina; نازنین=Nazanin; الناز=Elnaz; پریسا=Parisa")
IR_ROOT = _lex("رضا=Reza; احمد=Ahmad; حسن=Hasan|Hassan; کریم=Karim; رحیم=Rahim; جعفر=Jafar|Jaafar; صادق=Sadeq; "
               "محمد=Mohammad|Mohamad; حسین=Hossein|Hosein; نور=Nour|Noor; امین=Amin; اکبر=Akbar; اصغر=Asghar; "
               "قاسم=Qasem; علی=Ali; موسی=Mousa|Musa; یزدان=Yazdan; خسرو=Khosrow; بهرام=Bahram; شریف=Sharif; "
               "باقر=Bagher; طاهر=Taher; رستم=Rostam; کاظم=Kazem; ابراهیم=Ebrahim; یوسف=Yousef; منصور=Mansour; "
               "جمال=Jamal; کمال=Kamal; شاهین=Shahin; مهر=Mehr; پاک=Pak; زند=Zand; آزاد=Azad; جهان=Jahan; "
               "نیک=Nik; فرهنگ=Farhang; سپهر=Sepehr; بهزاد=Behzad; کیان=Kian; ایزد=Izad")
IR_SUF = _lex("ی=i; زاده=zadeh; پور=pour|pur; نژاد=nejad; فر=far; یان=ian|yan; نیا=nia; دوست=doost|dust; "
              "خانی=khani; وند=vand; کیا=kia; منش=manesh")

TR_M = _w("Mehmet Ahmet Mustafa Ali Hüseyin Hasan İbrahim Murat Emre Burak Can Cem Deniz Oğuz Serkan Volkan Tolga "
          "Kerem Barış Onur Hakan Selim Uğur")
TR_F = _w("Ayşe Fatma Elif Zeynep Emine Merve Selin Ebru Gizem Derya Özlem Aslı Büşra")
TR_ROOT = _w("Yıl Kay Dem Şah Çel Yıld Ayd Öz Ar Kar Koç Kurt Akt Erd Bal Gün Tun Tek Sarı Ak Kıl Ateş Özt Çak Doğ "
             "Bayr Uç Ekin Sön Tan Gök Kal Yüc Bil Can Er Or Kor Sev Ay")
TR_SUF = _w("maz a ir in el oğlu türk can er baş kaya soy han ay dağ taş gül öz kan soylu bey göz")
EN_M = _w("James John Robert Michael David William Richard Thomas Daniel Matthew Andrew Mark Paul Steven Peter "
          "Simon Oliver Harry Jack George Edward Henry Christopher Benjamin Samuel")
EN_F = _w("Emma Olivia Sophie Sarah Emily Charlotte Laura Rachel Hannah Jessica Amelia Grace Lucy Victoria Catherine")
EN_ROOT = _w("Ash Black Brad Brook Burn Card Chester Dal Dun Fair Fen Gold Hart Hol Kings Lang Mar Mill Nor Pem "
             "Ray Red Ross Rut Shel Stan Thorn Wal West Whit Wood Hal Ken Ald Bar Crom Dray Elm Fox Glen Hather "
             "Lock Mor Pres Sum Tal Win Brig Carl")
EN_SUF = _w("ley ton ford wood field by worth well ham more son er ridge mont croft dale wick stone brook land "
            "ington ings")
DE_M = _w("Thomas Michael Andreas Stefan Christian Markus Jan Tobias Florian Lukas Jürgen Jörg Günter Sören Björn "
          "Matthias Sebastian Felix Maximilian")
DE_F = _w("Julia Katharina Sabine Anna Laura Lena Petra Claudia Jana Sophie Miriam Birgit")
DE_ROOT = _w("Müll Schmi Schneid Fisch Web Mey Wagn Beck Schul Hoff Koch Bau Rich Klein Wolf Schrö Neum Schwarz "
             "Zimm Braun Krü Hof Hart Lang Wern Krau Lehm Köhl Stein Frank Brand Hein Vogel Fuchs Jung Roth Weiß")
DE_SUF = _w("er mann dt inger ner ke hardt hoff berg rich feld bach stein meier huber ling")
NL_M = _w("Jan Pieter Dirk Bram Lars Sven Joost Thijs Ruben Daan Sander Koen")
NL_F = _w("Anouk Sanne Femke Eva Lotte Marieke Iris Fleur")
NL_PRE = ['van', 'van der', 'de', 'van den', '', '', '']
NL_ROOT = _w("Berg Vries Jong Bakker Visser Meer Dijk Smit Bos Hoek Wal Linden Veen Heuvel Brink Beek Graaf Molen "
             "Kamp Leeuw Haan Wit Boer Groot Vliet Laan Broek Akker Sloot Horst")
NL_SUF = ['', '', 's', 'man', 'ink', 'stra', 'sma', 'ema']
PL_M = _w("Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Jakub Łukasz Grzegorz")
PL_F = _w("Anna Katarzyna Małgorzata Agnieszka Magdalena Joanna Ewa")
PL_ROOT = _w("Kowal Nowak Wiśniew Wójc Kamiń Lewandow Zieliń Szymań Woźni Dąbrow Kozłow Jankow Mazur Kwiatkow "
             "Krawc Piotrow Grabow Zając Pawłow Michal Król Wieczor Jabłoń Wrób Majew Olszew Stęp Malin Jawor")
PL_SUF = [('ski', 'ska'), ('czyk', 'czyk'), ('ak', 'ak'), ('ek', 'ek'), ('ewicz', 'ewicz'), ('iak', 'iak')]
EE_M = _w("Andres Jaan Mart Toomas Rein Tarmo Priit Urmas Kristjan Siim")
EE_F = _w("Kadri Liis Kristiina Triin Kersti Maarja Eve Piret")
EE_ROOT = _w("Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepp Kuusk Mets Org Raud Põld Lõhmus Kivi "
             "Laur Rand Vaher Kallas Ojala Jõgi")
EE_SUF = ['', '', '', 'mets', 'saar', 'mägi', 'oja', 'la', 'ste', 'pere', 'vee']
LV_M = _w("Jānis Andris Māris Edgars Kārlis Artūrs Raimonds Guntis")
LV_F = _w("Anna Ilze Inese Līga Kristīne Laura Dace")
LV_ROOT = _w("Bērz Kaln Ozol Liep Krūm Zar Vītol Kļav Egl Priedn Lāc Sprūd Skuj Celm Ābel Vilk")
LV_SUF = [('iņš', 'iņa'), ('s', 'e'), ('ītis', 'īte'), ('ulis', 'ule')]
LT_M = _w("Tomas Mantas Jonas Darius Andrius Paulius Lukas Mindaugas")
LT_F = _w("Rūta Asta Greta Ieva Lina Jurgita")
LT_ROOT = _w("Kazl Petr Jank Stank Vasil Žuk Butk Paul Urb Kaval Balt Kairi Mick Vaitk Rimk Sabal")
LT_SUF = [('auskas', 'auskienė'), ('aitis', 'aitė'), ('ūnas', 'ūnienė'), ('ėnas', 'ėnaitė'), ('evičius', 'evičienė')]
CZ_M = _w("Jan Petr Pavel Jiří Tomáš Martin Jakub Lukáš Ondřej")
CZ_F = _w("Jana Eva Hana Lucie Petra Kateřina")
CZ_ROOT = _w("Nov Svob Dvoř Čern Procház Kuč Vesel Horák Němc Mar Pospíš Háj Jelín Král Růžič Beneš Fial Sedl "
             "Doležal Zem")
CZ_SUF = [('ák', 'áková'), ('ek', 'ková'), ('ý', 'á'), ('a', 'ová'), ('ka', 'ková'), ('íček', 'íčková')]
FR_M = _w("Jean Pierre Louis Nicolas Julien Antoine Thomas Mathieu François Olivier Étienne")
FR_F = _w("Marie Camille Sophie Claire Julie Élodie Amélie Céline")
FR_ROOT = _w("Mart Bern Dub Thom Rob Rich Pet Dur Lef Mor Laur Sim Mich Garn Rouss Fourn Gir Bonn Merc Lamb Font "
             "Roux Vinc Chev Mass")
FR_SUF = _w("in ard ois ier eau et ot and el on")
AZ_M = _w("Elvin Rəşad Orxan Tural Kamran Nicat Elnur Ramil Fuad Vüqar")
AZ_F = _w("Aysel Günel Leyla Nigar Səbinə Könül")
AZ_ROOT = _w("Məmməd Əli Həsən Hüseyn Quli Rəhim Abbas İsmayıl Bağır Cəfər Nəsir Kərim Vəli Mirzə Şirin Qasım "
             "Səfər Hacı")
AZ_SUF = [('ov', 'ova'), ('ev', 'eva'), ('li', 'li'), ('zadə', 'zadə'), ('yev', 'yeva')]
SGC_SUR = _w("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Low Tay Sim Chong Leong Foo Toh Ho Chia Quek "
             "Seah Lau")
SGC_GIV = _w("Wei Ming Kok Seng Hock Chee Keong Boon Kiat Hui Ling Mei Siew Choon Beng Huat Yong Jun Jie Xin Kai "
             "Zhi Hao Li Yi Swee Teck Kian Wee Soon Eng Hong Peng Kheng Yew Liang")
MY_G1 = _w("Ahmad Muhammad Mohd Nur Siti Mohamad Ali Aziz Hafiz Faizal Azlan Rizal Hakim Farid Amir Aisyah "
           "Nurul Farah Aina Zarina")
MY_G2 = _w("Faizal Hafiz Azman Rizal Hakimi Firdaus Syafiq Aiman Haziq Irfan Amirul Danial Zulkifli Shahrul "
           "Aqilah Syahirah Najwa Izzati")
MY_FAT = _w("Abdullah Hassan Ismail Ibrahim Yusof Rahman Osman Razak Hamid Latif Karim Salleh Mansor Ahmad "
            "Zakaria Aziz Rashid Hussin Omar Jamal Kassim")
IN_G = _w("Rajesh Suresh Ramesh Ganesh Vijay Arjun Priya Kavitha Lakshmi Anand Prakash Ravi Siva Karthik "
          "Deepa Meena Vikram Sanjay Dinesh Mahesh Naveen Arun Bala Senthil Kannan Saravanan Vasanth Gita Uma")
IN_FAT = _w("Kumar Subramaniam Krishnan Raman Muthu Pillai Nair Govindasamy Rajendran Balakrishnan Ramasamy "
            "Sundaram Naidu Chandran Velu Murugan Selvaraj Arumugam Perumal Thangavelu Gopal Narayanan Venkatesan "
            "Shanmugam Annamalai Palaniappan Kandasamy Sivakumar Mahalingam Nadarajah")
IN_G2 = _w("Kumar Raj Devi Mohan Chandra Prasad Lal Nath Rani Bala")

LATIN_CULT = {
    'en': (EN_M, EN_F, EN_ROOT, [(s, s) for s in EN_SUF]),
    'de': (DE_M, DE_F, DE_ROOT, [(s, s) for s in DE_SUF]),
    'pl': (PL_M, PL_F, PL_ROOT, PL_SUF),
    'ee': (EE_M, EE_F, EE_ROOT, [(s, s) for s in EE_SUF]),
    'lv': (LV_M, LV_F, LV_ROOT, LV_SUF),
    'lt': (LT_M, LT_F, LT_ROOT, LT_SUF),
    'cz': (CZ_M, CZ_F, CZ_ROOT, CZ_SUF),
    'fr': (FR_M, FR_F, FR_ROOT, [(s, s) for s in FR_SUF]),
    'tr': (TR_M, TR_F, TR_ROOT, [(s, s) for s in TR_SUF]),
    'az': (AZ_M, AZ_F, AZ_ROOT, AZ_SUF),
}
CYR_CULT = {
    'ru': (RU_M, RU_F, RU_ROOT, RU_SUF, RU_MID),
    'by': (RU_M, RU_F, RU_ROOT, BY_SUF, RU_MID),
    'kz': (KZ_M, KZ_F, KZ_ROOT, KZ_SUF, ['', '', '', 'бек', 'жан', 'бай']),
    'kg': (KG_M, KG_F, KG_ROOT, KZ_SUF, ['', '', '', 'бек', 'ай', 'ул']),
    'uz': (UZ_M, UZ_F, UZ_ROOT, KZ_SUF, ['', '', '', 'жон', 'бек', 'ов']),
}
CYR_COUNTRIES = {'RU', 'BY', 'KZ', 'KG', 'UZ'}


def _filter_lex(lex):
    out = []
    for scr, lats in lex:
        ks = _person_key(scr + ' Brt')
        good = [l for l in lats if _person_key(l + ' Brt') == ks]
        if good:
            out.append((scr, good))
    return out


AR_M, AR_F, AR_FAM = _filter_lex(AR_M), _filter_lex(AR_F), _filter_lex(AR_FAM)
IR_M, IR_F = _filter_lex(IR_M), _filter_lex(IR_F)


def cyr_render(s, sysno):
    """Cyrillic -> Latin: 0 BGN/PCGN-like, 1 ICAO-9303, 2 informal."""
    low = s.lower()
    out = []
    vow = 'аеёиоуыэюяйьъ -'
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ' '
        if ch == 'е':
            t = 'ye' if (sysno == 0 and prev in vow) else 'e'
        elif ch == 'ё':
            t = 'e' if sysno == 1 else 'yo'
        elif ch == 'й':
            t = 'i' if sysno == 1 else 'y'
        elif ch == 'ю':
            t = ('yu', 'iu', 'yu')[sysno]
        elif ch == 'я':
            t = ('ya', 'ia', 'ya')[sysno]
        elif ch == 'х':
            t = ('kh', 'kh', 'h')[sysno]
        elif ch == 'щ':
            t = ('shch', 'shch', 'sch')[sysno]
        elif ch == 'ь':
            t = "'" if sysno == 0 else ''
        elif ch == 'ъ':
            t = ('', 'ie', '')[sysno]
        elif ch == 'ғ':
            t = 'gh' if sysno == 0 else 'g'
        elif ch == 'қ':
            t = 'q' if sysno == 0 else 'k'
        else:
            t = CYR.get(ch, ch)
        out.append(t)
    r = ''.join(out)
    if sysno == 2:
        r = re.sub(r'iy\b', 'y', r)
    return re.sub(r"(^|[\s\-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), r)


def arm_render(s, sysno):
    low = s.lower().replace('ու', '\x01')
    out = []
    for i, ch in enumerate(low):
        start = i == 0 or low[i - 1] == ' '
        if ch == '\x01':
            out.append('u' if sysno == 0 else 'ou')
        elif ch == 'ե' and start:
            out.append('ye' if sysno == 0 else 'e')
        elif ch == 'և':
            out.append('yev' if start else 'ev')
        elif ch == 'յ':
            out.append('y' if sysno == 0 else 'i')
        else:
            out.append(ARM.get(ch, ch))
    r = ''.join(out)
    return re.sub(r"(^|[\s\-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), r)


_GEO_EJ = {'კ': "k'", 'ტ': "t'", 'პ': "p'", 'წ': "ts'", 'ჭ': "ch'", 'ყ': "q'"}


def geo_render(s, sysno):
    out = []
    for ch in s:
        if sysno == 1 and ch in _GEO_EJ:
            out.append(_GEO_EJ[ch])
        else:
            out.append(GEO.get(ch, ch))
    r = ''.join(out)
    return re.sub(r"(^|[\s\-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), r)


def grk_render(s):
    low = unicodedata.normalize('NFKD', s.lower())
    low = ''.join(c for c in low if not unicodedata.combining(c)).replace('ου', 'ou')
    r = ''.join(GRK.get(c, c) for c in low)
    return re.sub(r"(^|[\s\-])([a-z])", lambda m: m.group(1) + m.group(2).upper(), r)


def ascii_strip(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    d = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in d if not unicodedata.combining(c))


def de_umlaut(s):
    for a, b in (('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue'), ('Ä', 'Ae'), ('Ö', 'Oe'), ('Ü', 'Ue'), ('ß', 'ss')):
        s = s.replace(a, b)
    return s


class Person:
    __slots__ = ('uid', 'cult', 'g', 's', 'pat', 'fat', 'part', 'key', 'hub', 'cat', 'common', 'corp', 'canon')

    def __init__(self):
        self.pat = self.fat = self.part = None
        self.hub = False
        self.cat = None
        self.common = False
        self.corp = None


def person_forms(p, script, sysno, rng):
    """-> (given, surname, patronymic|None, extra tokens) in the chosen script."""
    c = p.cult
    if c in CYR_CULT:
        if script == 'cyr':
            return p.g, p.s, p.pat, None
        return (cyr_render(p.g, sysno), cyr_render(p.s, sysno),
                cyr_render(p.pat, sysno) if p.pat else None, None)
    if c == 'am':
        if script == 'arm':
            return p.g, p.s, None, None
        return arm_render(p.g, sysno % 2), arm_render(p.s, sysno % 2), None, None
    if c == 'ge':
        if script == 'geo':
            return p.g, p.s, None, None
        return geo_render(p.g, sysno % 2), geo_render(p.s, sysno % 2), None, None
    if c == 'gr':
        if script == 'grk':
            return p.g, p.s, None, None
        return grk_render(p.g), grk_render(p.s), None, None
    if c in ('ar', 'ir'):
        if script == 'arb':
            fat = p.fat[0] if p.fat else None
            return p.g[0], p.s[0], None, ('بن ' + fat) if fat else None
        fat = rng.choice(p.fat[1]) if p.fat else None
        extra = None
        if fat:
            extra = (('bin ' if rng.random() < 0.4 else '') + fat)
        return rng.choice(p.g[1]), rng.choice(p.s[1]), None, extra
    if c in ('cn', 'hk'):
        if script == 'han':
            return p.g[0], p.s[0], None, None
        return p.g[1], p.s[1], None, None
    if c in ('my', 'in'):
        fat = p.fat
        part = p.part if rng.random() < 0.75 else None
        if rng.random() < 0.15:
            part = part.upper() if part else None
        return p.g, fat, None, part
    g, s = p.g, p.s
    r = rng.random()
    if c == 'de' and r < 0.2:
        g, s = de_umlaut(g), de_umlaut(s)
    elif r < 0.35:
        g, s = ascii_strip(g), ascii_strip(s)
    return g, s, None, None


def _script_for(p, iso, rng):
    c = p.cult
    r = rng.random()
    if c in CYR_CULT:
        return 'cyr' if (iso in CYR_COUNTRIES and r < 0.45) or r < 0.04 else 'lat'
    if c == 'am':
        return 'arm' if iso == 'AM' and r < 0.3 else 'lat'
    if c == 'ge':
        return 'geo' if iso == 'GE' and r < 0.3 else 'lat'
    if c == 'gr':
        return 'grk' if iso == 'CY' and r < 0.25 else 'lat'
    if c == 'ar':
        return 'arb' if iso == 'AE' and r < 0.2 else 'lat'
    if c == 'ir':
        return 'arb' if (iso == 'IR' and r < 0.35) or r < 0.04 else 'lat'
    if c == 'cn':
        return 'han' if (iso == 'CN' and r < 0.55) or (iso in ('HK', 'SG', 'MY') and r < 0.15) else 'lat'
    if c == 'hk':
        return 'han' if (iso == 'HK' and r < 0.3) or (iso == 'CN' and r < 0.2) else 'lat'
    return 'lat'


def _zh_given_lat(sylls, rng, cant):
    if cant:
        r = rng.random()
        if r < 0.55:
            return ' '.join(s.capitalize() for s in sylls)
        if r < 0.85:
            return '-'.join(sylls).capitalize() if len(sylls) > 1 else sylls[0].capitalize()
        return ' '.join(s.upper() for s in sylls)
    r = rng.random()
    cat = ''.join(sylls)
    if len(sylls) > 1 and r < 0.6 and segment(cat) == list(sylls):
        return cat.capitalize()
    if r < 0.8:
        return ' '.join(s.capitalize() for s in sylls)
    return '-'.join(sylls).capitalize()


def render_person_raw(p, iso, rng):
    if p.corp is not None:
        return None
    c = p.cult
    script = _script_for(p, iso, rng)
    sysno = rng.randrange(3)
    if c in ('cn', 'hk'):
        if script == 'han':
            return p.s[0] + p.g[0]
        gs = _zh_given_lat(p.g[1], rng, c == 'hk')
        sur = p.s[1].capitalize()
        r = rng.random()
        if r < 0.4:
            return sur + ' ' + gs
        if r < 0.65:
            return sur.upper() + ' ' + gs
        if r < 0.8:
            return gs + ' ' + sur
        if r < 0.9:
            return sur.upper() + ', ' + gs
        return (sur + ' ' + gs).upper()
    g, s, pat, extra = person_forms(p, script, sysno, rng)
    r = rng.random()
    if c in ('my', 'in'):
        parts = [g] + ([extra] if extra else []) + [s]
        name = ' '.join(parts)
    elif c in ('ar', 'ir'):
        mid = (' ' + extra) if extra else ''
        if r < 0.75:
            name = g + mid + ' ' + s
        elif r < 0.9:
            name = s + ', ' + g + mid
        else:
            name = (s.upper() + ' ' + g + mid)
    elif pat and r < 0.55:
        if rng.random() < 0.5:
            name = s + ' ' + g + ' ' + pat
        else:
            name = g + ' ' + pat + ' ' + s
    else:
        if r < 0.6:
            name = g + ' ' + s
        elif r < 0.75:
            name = s + ' ' + g
        elif r < 0.9:
            name = s + ', ' + g
        else:
            name = s.upper() + ' ' + g
    r = rng.random()
    if r < 0.06:
        name = name.upper()
    elif r < 0.08:
        name = name.lower()
    if rng.random() < 0.04:
        if script == 'cyr':
            name = 'г-н ' + name
        elif c == 'ar':
            name = 'Sheikh ' + name
        else:
            name = rng.choice(['Mr. ', 'Ms. ', 'Dr. ', 'Mr ', 'MR. ']) + name
    if script != 'lat' and rng.random() < 0.05:
        g2, s2, _, x2 = person_forms(p, 'lat', sysno, rng)
        name = g2 + (' ' + x2 if x2 else '') + ' ' + s2 + ' (' + name + ')'
    return name


def render_person(p, iso, rng):
    if p.corp is not None:
        return render_cname(p.corp, iso, rng, False)
    for _ in range(4):
        n = render_person_raw(p, iso, rng)
        ks = person_keys(n)
        if ks and all(k == p.key for k in ks):
            return n
    return p.canon


# =============================================================================
# Part D. Company names
# =============================================================================
LF_BY_ISO = {'AE': ['llc', 'fze', 'fzllc', 'fzco', 'dmcc', 'llc'], 'GB': ['ltd', 'ltd', 'ltd', 'llp', 'plc'],
             'US': ['inc', 'llc', 'llc', 'corp'], 'HK': ['hkltd'], 'SG': ['pte'], 'MY': ['sdnbhd'], 'CN': ['cnltd'],
             'DE': ['gmbh', 'gmbh', 'ug', 'ag'], 'NL': ['bv'], 'CY': ['ltd'], 'EE': ['ou'], 'LV': ['sia'],
             'LT': ['uab'], 'PL': ['spzoo'], 'CZ': ['sro'], 'CH': ['ag', 'gmbh', 'sa'], 'FR': ['sas', 'sarl', 'sa'],
             'RU': ['ooo', 'ooo', 'ao'], 'BY': ['ooo', 'odo', 'chup'], 'KZ': ['too'], 'KG': ['osoo'],
             'UZ': ['mchj'], 'AM': ['am_llc'], 'GE': ['ge_llc'], 'AZ': ['mmc'], 'TR': ['tr_ltd', 'tr_ltd', 'tr_as'],
             'IR': ['ir_co', 'ir_pjs'], 'VG': ['ltd', 'inc', 'corp'], 'SC': ['ltd'], 'MH': ['inc', 'corp', 'llc']}
LF_VAR = {
    'llc': ['LLC', 'L.L.C.', 'Llc', 'L.L.C'], 'ltd': ['Ltd', 'Ltd.', 'Limited', 'LIMITED', 'LTD'],
    'llp': ['LLP', 'L.L.P.'], 'plc': ['PLC', 'plc'], 'fze': ['FZE', 'F.Z.E.', 'Fze'],
    'fzllc': ['FZ-LLC', 'FZ LLC', 'F.Z.-L.L.C.', 'FZ-L.L.C.'], 'fzco': ['FZCO', 'F.Z.C.O.', 'FZ Co'],
    'dmcc': ['DMCC', 'D.M.C.C.'], 'inc': ['Inc', 'Inc.', 'INC', 'Incorporated'], 'corp': ['Corp', 'Corp.', 'Corporation'],
    'hkltd': ['Limited', 'Ltd', 'Company Limited', 'Co., Limited', 'Co., Ltd.'],
    'pte': ['Pte Ltd', 'Pte. Ltd.', 'PTE. LTD.', 'Private Limited'],
    'sdnbhd': ['Sdn Bhd', 'Sdn. Bhd.', 'SDN. BHD.', 'Sendirian Berhad'],
    'cnltd': ['Co., Ltd.', 'Co. Ltd', 'Company Limited', 'CO.,LTD'],
    'gmbh': ['GmbH', 'GMBH', 'Gmbh'], 'ug': ['UG (haftungsbeschränkt)', 'UG'], 'ag': ['AG'],
    'bv': ['B.V.', 'BV', 'B.V'], 'ou': ['OÜ', 'OU', 'Oü'], 'sia': ['SIA'], 'uab': ['UAB'],
    'spzoo': ['sp. z o.o.', 'Sp. z o.o.', 'SP. Z O.O.', 'spółka z o.o.'], 'sro': ['s.r.o.', 'S.R.O.', 'spol. s r.o.'],
    'sa': ['SA', 'S.A.'], 'sas': ['SAS', 'S.A.S.'], 'sarl': ['SARL', 'S.à r.l.'],
    'ooo': ['LLC', 'OOO', 'Ltd'], 'ao': ['JSC', 'AO'], 'odo': ['ALC', 'ODO'], 'chup': ['PUE', 'ChUP'],
    'too': ['LLP', 'TOO'], 'osoo': ['LLC', 'OsOO'], 'mchj': ['LLC', 'MChJ'], 'am_llc': ['LLC', 'L.L.C.'],
    'ge_llc': ['LLC', 'Ltd'], 'mmc': ['MMC', 'LLC'], 'tr_ltd': ['Ltd. Şti.', 'Limited Şirketi', 'LTD. ŞTİ.', 'Ltd Şti'],
    'tr_as': ['A.Ş.', 'Anonim Şirketi', 'AŞ'], 'ir_co': ['Co.', 'Company', 'Co'],
    'ir_pjs': ['PJS Co.', 'Private Joint Stock Company'],
}
LF_PREFIX_LAT = {'ooo', 'too', 'osoo', 'odo', 'chup', 'ao'}
LF_CYR = {'ooo': ['ООО'], 'ao': ['АО'], 'odo': ['ОДО'], 'chup': ['ЧУП'], 'too': ['ТОО'], 'osoo': ['ОсОО'],
          'mchj': ['ООО']}
LF_SCRIPT_SUFFIX = {'am_llc': 'ՍՊԸ'}
LF_SCRIPT_PREFIX = {'ge_llc': 'შპს'}
BRAND_POOL = _w("Alpha Vector Atlas Phoenix Zenith Summit Pioneer Apex Prime Unity Horizon Crystal Dragon Falcon "
                "Eagle Lotus Pearl Emerald Titan Delta Omega Infinity Quantum Nova Orion Sirius Polaris Meridian "
                "Vertex Nexus Stellar Galaxy Condor Silk_Road Golden_Star Blue_Ocean Green_Valley Bright_Future "
                "New_Era East_West Star_Light Royal Imperial Grand Smart Eurasia Orient")
BRAND_POOL = [b.replace('_', ' ') for b in BRAND_POOL]
ONS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'b', 'd', 'k', 'l', 'm', 'n', 'r', 's',
       't', 'v', 'sh', 'ch', 'kh', 'ts', 'zh', '', '', 'br', 'tr', 'kr', 'gr', 'dr', 'st']
NUC = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'a', 'e', 'i', 'o', 'ya', 'yu']
COD = ['', '', '', '', '', 'n', 'r', 'l', 's', 'm', 'k']
END = ['', '', '', 'a', 'on', 'ia', 'is', 'or', 'um', 'en', 'ar', 'ex', 'el', 'ant', 'ix', 'ora', 'ion', 'ent']
_L2C = [('shch', 'щ'), ('kh', 'х'), ('ts', 'ц'), ('ch', 'ч'), ('sh', 'ш'), ('zh', 'ж'), ('ya', 'я'), ('yu', 'ю'),
        ('a', 'а'), ('b', 'б'), ('v', 'в'), ('g', 'г'), ('d', 'д'), ('e', 'е'), ('z', 'з'), ('i', 'и'), ('k', 'к'),
        ('l', 'л'), ('m', 'м'), ('n', 'н'), ('o', 'о'), ('p', 'п'), ('r', 'р'), ('s', 'с'), ('t', 'т'), ('u', 'у'),
        ('f', 'ф'), ('y', 'ы')]


def lat2cyr(s):
    low = s.lower()
    out = []
    i = 0
    while i < len(low):
        for a, b in _L2C:
            if low.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(low[i])
            i += 1
    r = ''.join(out)
    return ' '.join(w[:1].upper() + w[1:] for w in r.split(' '))


CITY_CN_LAT = [('Shenzhen', '深圳市'), ('Shanghai', '上海市'), ('Beijing', '北京市'), ('Guangzhou', '广州市'),
               ('Hangzhou', '杭州市')]


class CName:
    __slots__ = ('stem', 'cyr', 'han', 'words', 'lf', 'iso', 'kind', 'key', 'city', 'canon')


def cname_canon(cn):
    words = ' '.join(WORDS[w]['EN'][0] for w in cn.words)
    lf = LF_VAR[cn.lf][0]
    parts = []
    if cn.kind == 'cn' and cn.iso == 'CN':
        parts.append(cn.city[0])
    parts.append(cn.stem)
    if words:
        parts.append(words)
    parts.append(lf)
    return ' '.join(parts)


def _quote(s, rng):
    r = rng.random()
    if r < 0.5:
        return '«' + s + '»'
    if r < 0.8:
        return '"' + s + '"'
    return s


def render_cname_raw(cn, iso, rng):
    rr = rng.random()
    # Han rendering for mainland brands
    if cn.kind == 'cn' and cn.han and iso in ('CN', 'HK') and rr < 0.5:
        w = ''.join(rng.choice(WORDS[x].get('CN', [''])) for x in cn.words)
        city = cn.city[1] if cn.city and iso == 'CN' else ('香港' if iso == 'HK' else '')
        return city + cn.han + w + rng.choice(['有限公司', '有限公司', '股份有限公司'])
    # Cyrillic rendering
    if cn.cyr and iso in CYR_COUNTRIES and rr < 0.45:
        lf = rng.choice(LF_CYR.get(cn.lf, ['ООО']))
        w = ' '.join(rng.choice(WORDS[x].get('CYR', WORDS[x]['EN'])) for x in cn.words
                     if 'CYR' in WORDS[x])
        body = cn.cyr + (' ' + w if w else '')
        return lf + ' ' + _quote(body, rng)
    lang = {'TR': 'TR', 'DE': 'DE', 'CH': 'DE'}.get(iso, 'EN') if rng.random() < 0.6 else 'EN'
    ws = []
    for x in cn.words:
        forms = WORDS[x].get(lang) or WORDS[x]['EN']
        ws.append(rng.choice(forms))
    seen = set()
    ws2 = []
    for w in ws:
        toks = [t for t in w.split() if t.lower() not in seen]
        seen.update(t.lower() for t in w.split())
        if toks:
            ws2.append(' '.join(toks))
    ws = ws2
    lfcode = cn.lf
    lf = rng.choice(LF_VAR[lfcode])
    stem = cn.stem
    r = rng.random()
    if r < 0.1:
        stem = stem.upper()
    body = stem + (' ' + ' '.join(ws) if ws else '')
    if cn.kind == 'cn' and cn.city and iso == 'CN' and rng.random() < 0.8:
        body = cn.city[0] + ' ' + body
    elif rng.random() < 0.06:
        body = body + ' (' + rng.choice([iso, {'HK': 'Hong Kong', 'AE': 'UAE', 'SG': 'Singapore'}.get(iso, iso)]) + ')'
    if lfcode in LF_SCRIPT_SUFFIX and rng.random() < 0.35:
        return _quote(body, rng) + ' ' + LF_SCRIPT_SUFFIX[lfcode]
    if lfcode in LF_SCRIPT_PREFIX and rng.random() < 0.35:
        return LF_SCRIPT_PREFIX[lfcode] + ' ' + _quote(body, rng)
    if lfcode in LF_PREFIX_LAT and lf.isupper() and len(lf) <= 4 and lf not in ('LLC', 'LLP', 'JSC', 'ALC', 'PUE') \
            and rng.random() < 0.7:
        return lf + ' ' + _quote(body, rng)
    sep = ', ' if rng.random() < 0.1 else ' '
    return body + sep + lf


def render_cname(cn, iso, rng, noisy):
    for _ in range(4):
        s = render_cname_raw(cn, iso, rng)
        if noisy:
            s = text_noise(s, rng)
        if name_key(s) == cn.key:
            return s
    return cn.canon


def text_noise(s, rng):
    r = rng.random()
    if r < 0.08:
        s = s.upper()
    elif r < 0.11:
        s = s.lower()
    r = rng.random()
    if r < 0.05:
        s = s + rng.choice([' ', '  ', '\t', ' \n'])
    elif r < 0.08:
        s = ' ' + s
    elif r < 0.11:
        s = s.replace(' ', '  ', 1)
    return s


def typo(s, rng):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 6:
        return s
    i = rng.choice(letters[1:-1])
    r = rng.random()
    if r < 0.35:
        return s[:i] + s[i + 1:]
    if r < 0.7 and i + 1 < len(s):
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + rng.choice('aeiourntsl') + s[i + 1:]


# =============================================================================
# Part E. Places (private building templates and hub addresses)
# =============================================================================
ADDR_CFG = {
    'AE': dict(t='ae', cities=['Dubai'] * 7 + ['Abu Dhabi', 'Sharjah', 'Ajman'],
               streets=['Sheikh Zayed Road', 'Al Wasl Road', 'Jumeirah Beach Road', 'Al Maktoum Road',
                        'Khalid Bin Al Waleed Road', 'Baniyas Road', 'Al Khaleej Road', 'Hamdan Street',
                        'Electra Street', 'Airport Road', 'Umm Hurair Road', 'Al Rigga Road',
                        'Al Muraqqabat Road', 'Corniche Road', 'Al Ittihad Road', 'Al Sufouh Road'],
               districts=['JLT', 'Business Bay', 'Deira', 'Bur Dubai', 'Al Barsha', 'Trade Centre', 'Dubai Marina',
                          'Al Qusais', 'Al Nahda', 'Motor City', 'Al Quoz', 'Karama', 'Oud Metha', 'Al Garhoud'],
               bn=['Al Moosa', 'Al Saqr', 'Emirates Star', 'Blue Bay', 'Gold Crest', 'Silver Sands', 'Al Attar',
                   'Bay Square', 'Marina Plaza', 'Churchill', 'Latifa', 'Al Shafar', 'Saba', 'Indigo', 'Mazaya',
                   'Platinum', 'Fortune', 'HDS', 'Lake View', 'Liwa Heights', 'Armada', 'Reef', 'Tamani',
                   'Al Habtoor', 'Citadel', 'Iris Bay', 'Opal', 'Al Ghurair', 'Sheraa', 'Mazaya Business Avenue'],
               bs=['Tower', 'Tower 2', 'Business Centre', 'Building', 'Plaza', 'Heights', 'Tower A', 'Tower B']),
    'HK': dict(t='hk', streets=["Queen's Road Central", 'Des Voeux Road Central', 'Hennessy Road', 'Lockhart Road',
                                'Nathan Road', 'Canton Road', 'Connaught Road Central', 'Gloucester Road',
                                'Hoi Bun Road', "King's Road", 'Wing Lok Street', 'Jaffe Road', 'Castle Peak Road',
                                'Hung To Road', 'How Ming Street', 'Wang Chiu Road', 'Sheung Yuet Road'],
               districts=['Central', 'Wan Chai', 'Causeway Bay', 'Tsim Sha Tsui', 'Mong Kok', 'Kwun Tong',
                          'Sheung Wan', 'North Point', 'Kowloon Bay', 'Cheung Sha Wan', 'Quarry Bay'],
               bn=['Wing On', 'Lippo', 'Crawford', 'Hang Seng', 'Tung Wai', 'Kwan Chart', 'Silvercord', 'Chinachem',
                   'Prosperity', 'Fortress', 'Champion', 'Wah Kit', 'Tai Yau', 'Hon Kwok', 'Wing Hing', 'Cosco',
                   'Times', 'Emperor', 'Golden', 'Po Shau', 'Bonham', 'Shun Tak', 'Far East', 'Sino', 'Tern',
                   'Chung Hwa', 'Yat Chau', 'Kin Wing', 'Tak Lee', 'Fook Hong', 'Man Yee', 'Hing Wai'],
               bs=['Building', 'Centre', 'Plaza', 'Tower', 'Commercial Building', 'House', 'Industrial Building']),
    'SG': dict(t='sg', streets=['Anson Road', 'Robinson Road', 'Cecil Street', 'Shenton Way', 'North Bridge Road',
                                'Beach Road', 'Tras Street', 'Upper Paya Lebar Road', 'Ubi Avenue 1',
                                'Tai Seng Street', 'Jurong East Street 21', 'Kallang Avenue', 'Jalan Besar',
                                'Changi Business Park Crescent', 'Woodlands Square', 'Kaki Bukit Road 1'],
               bn=['Aperia', 'The Central', 'Peninsula Plaza', 'Sim Lim Tower', 'Golden Wall Centre', 'Oxley Bizhub',
                   'Ubi Techpark', 'Tai Seng Centre', 'Vertex', 'The Gateway', 'Solaris', 'Fusionopolis',
                   'Woodlands Horizon', 'Eunos Techpark', 'Trivex', 'Novena Square', 'Bukit Merah Central']),
    'MY': dict(t='my', streets=['Jalan Sultan Ismail', 'Jalan Ampang', 'Jalan Tun Razak', 'Jalan Bukit Bintang',
                                'Jalan Raja Chulan', 'Persiaran KLCC', 'Jalan SS 2/24', 'Jalan PJU 7/3',
                                'Jalan Kerinchi', 'Persiaran Multimedia', 'Jalan Klang Lama', 'Lebuh Bishop'],
               cities=[('50250', 'Kuala Lumpur'), ('47300', 'Petaling Jaya'), ('63000', 'Cyberjaya'),
                       ('59200', 'Kuala Lumpur'), ('10200', 'Penang')],
               bn=['Menara Sentral', 'Wisma Mont Kiara', 'Menara Hap Seng', 'Wisma UOA', 'Menara Amcorp',
                   'Menara Keck Seng', 'Plaza Sentral', 'Wisma Goldhill', 'Menara Prima', 'Wisma Selangor Dredging',
                   'Menara Mutiara', 'Menara Bangkok Bank', 'Wisma Laxton', 'Menara PKNS']),
    'CN': dict(t='cn', streets=['Keji South 12th Road', 'Shennan Avenue', 'Century Avenue', 'Nanjing West Road',
                                'Zhongguancun Street', 'Jianguo Road', 'Tianhe Road', 'Huaqiang North Road',
                                'Gaoxin South 9th Road', 'Zhangjiang Road', 'Wensan Road', 'Haidian Street'],
               districts=[('Nanshan District', 'Shenzhen', '518057'), ('Futian District', 'Shenzhen', '518048'),
                          ('Pudong New Area', 'Shanghai', '200120'), ('Haidian District', 'Beijing', '100080'),
                          ('Chaoyang District', 'Beijing', '100020'), ('Tianhe District', 'Guangzhou', '510620'),
                          ('Xihu District', 'Hangzhou', '310012')],
               bn=['Tianan Cyber Park', 'Tencent Binhai', 'SZ Software Park', 'Kexing Science Park', 'Jinmao',
                   'Raffles City', 'Zhongguancun Plaza', 'Huaqiang Plaza', 'Yuexiu Financial Tower',
                   'Zhangjiang Hi-Tech Park', 'Dragon Tower', 'Wanke Centre']),
    'GB': dict(t='gb', streets=['High Street', 'Station Road', 'City Road', 'Old Street', 'Great Portland Street',
                                'Baker Street', 'Fleet Street', 'Bishopsgate', 'Moorgate', 'Regent Street',
                                'King Street', 'Queen Street', 'Church Road', 'Victoria Street', 'Deansgate',
                                'Oxford Road', 'Commercial Road', 'Shoreditch High Street', 'Curtain Road',
                                'Leonard Street', 'Charlotte Street', 'Mill Lane', 'Park Road', 'London Road'],
               cities=[('London', ['EC1V', 'EC2A', 'WC2H', 'W1B', 'N1', 'SE1', 'E1', 'EC1Y', 'NW1', 'W1W']),
                       ('Manchester', ['M1', 'M2', 'M4', 'M15']), ('Birmingham', ['B1', 'B3', 'B5']),
                       ('Edinburgh', ['EH1', 'EH2', 'EH3']), ('Leeds', ['LS1', 'LS2']), ('Bristol', ['BS1', 'BS2'])]),
    'US': dict(t='us', streets=['Main', 'Market', 'Mission', 'Broadway', 'Congress', 'Lamar', 'Brickell', 'Pine',
                                'Oak', 'Maple', 'Elm', 'Sunset', 'University', 'Lexington', 'Madison', 'Park',
                                'Washington', 'Jefferson', 'Lincoln', 'Folsom', 'Howard', 'Harrison', 'Cedar',
                                'Lake', 'Hill', 'Church', 'Spring', 'Willow'],
               stypes=['Street', 'Avenue', 'Boulevard', 'Drive', 'Lane', 'Road'],
               cities=[('Austin', 'TX', '787'), ('San Francisco', 'CA', '941'), ('New York', 'NY', '100'),
                       ('Miami', 'FL', '331'), ('Seattle', 'WA', '981'), ('Palo Alto', 'CA', '943'),
                       ('San Jose', 'CA', '951'), ('Chicago', 'IL', '606'), ('Boston', 'MA', '021'),
                       ('Los Angeles', 'CA', '900')]),
    'DE': dict(t='de', streets=['Friedrichstraße', 'Kurfürstendamm', 'Torstraße', 'Schönhauser Allee',
                                'Leopoldstraße', 'Maximilianstraße', 'Zeil', 'Mainzer Landstraße', 'Jungfernstieg',
                                'Königsallee', 'Hauptstraße', 'Bahnhofstraße', 'Gartenstraße', 'Lindenstraße',
                                'Schillerstraße', 'Goethestraße', 'Rosenthaler Straße', 'Karl-Marx-Allee',
                                'Invalidenstraße', 'Chausseestraße', 'Sonnenallee', 'Lindwurmstraße'],
               cities=[('Berlin', 10115, 14199), ('München', 80331, 81929), ('Frankfurt am Main', 60306, 60599),
                       ('Hamburg', 20095, 22769), ('Köln', 50667, 51149), ('Düsseldorf', 40210, 40629)]),
    'NL': dict(t='nl', streets=['Herengracht', 'Keizersgracht', 'Prinsengracht', 'Damrak', 'Rokin',
                                'Gustav Mahlerlaan', 'Strawinskylaan', 'Weena', 'Coolsingel', 'Lange Voorhout',
                                'Stationsplein', 'Overschiestraat', 'Johan Huizingalaan', 'Zuidplein'],
               cities=[('Amsterdam', '10'), ('Rotterdam', '30'), ('Den Haag', '25'), ('Utrecht', '35'),
                       ('Eindhoven', '56')]),
    'CY': dict(t='cy', streets=['Archiepiskopou Makariou III Avenue', 'Spyrou Kyprianou Avenue',
                                'Agias Fylaxeos Street', 'Griva Digeni Avenue', 'Omonoias Avenue',
                                'Anexartisias Street', 'Themistokli Dervi Avenue', 'Kennedy Avenue',
                                'Georgiou Griva Digeni Street', 'Gladstonos Street', 'Franklin Roosevelt Avenue'],
               cities=[('Limassol', '3'), ('Nicosia', '1'), ('Larnaca', '6'), ('Paphos', '8')],
               bn=['Proteas', 'Kanika', 'Nicolaou', 'Chrysanthou', 'Galatex', 'Vashiotis', 'Lordos', 'Onisiforou',
                   'Ariel', 'Apollonion', 'Elma', 'Nicodemou', 'Efstathiou', 'Kyriakides', 'Petrides', 'Aspelia'],
               bs=['House', 'Tower', 'Court', 'Centre', 'Building']),
    'EE': dict(t='ee', streets=['Pärnu mnt', 'Tartu mnt', 'Narva mnt', 'Viru tn', 'Rävala pst', 'Kentmanni tn',
                                'Roosikrantsi tn', 'Tornimäe tn', 'Liivalaia tn', 'Lõõtsa tn', 'Mustamäe tee',
                                'Akadeemia tee', 'Maakri tn', 'Veerenni tn', 'Kadaka tee'],
               cities=[('Tallinn', '1'), ('Tartu', '5')]),
    'LV': dict(t='eu', streets=['Brīvības iela', 'Elizabetes iela', 'Krišjāņa Valdemāra iela', 'Dzirnavu iela',
                                'Ganību dambis', 'Skanstes iela', 'Lāčplēša iela', 'Tērbatas iela'],
               cities=[('Rīga', 'LV-1', 3)]),
    'LT': dict(t='eu', streets=['Gedimino pr.', 'Konstitucijos pr.', 'Vilniaus g.', 'Ukmergės g.', 'Saltoniškių g.',
                                'Savanorių pr.', 'Laisvės al.', 'Žalgirio g.'],
               cities=[('Vilnius', 'LT-0', 4), ('Kaunas', 'LT-4', 4)]),
    'PL': dict(t='eu', streets=['ul. Marszałkowska', 'Al. Jerozolimskie', 'ul. Prosta', 'ul. Grzybowska', 'ul. Złota',
                                'ul. Puławska', 'ul. Chmielna', 'ul. Floriańska', 'ul. Wielicka'],
               cities=[('Warszawa', '0', 4), ('Kraków', '3', 4)]),
    'CZ': dict(t='eu', streets=['Vinohradská', 'Sokolovská', 'Na Příkopě', 'Karlovo náměstí', 'Pernerova',
                                'Rohanské nábřeží', 'Bělehradská', 'Jugoslávských partyzánů'],
               cities=[('Praha', '1', 4), ('Brno', '6', 4)]),
    'CH': dict(t='eu', streets=['Bahnhofstrasse', 'Baarerstrasse', 'Gotthardstrasse', 'Seestrasse', 'Poststrasse',
                                'Alpenstrasse', 'Chamerstrasse', 'Dufourstrasse'],
               cities=[('Zürich', '80', 4), ('Zug', '63', 4), ('Genève', '12', 4)]),
    'FR': dict(t='fr', streets=['Avenue des Champs-Élysées', 'Rue de Rivoli', 'Boulevard Haussmann', 'Rue de la Paix',
                                'Rue du Faubourg Saint-Honoré', 'Avenue de l\'Opéra', 'Rue La Boétie',
                                'Boulevard Saint-Germain', 'Rue Réaumur', 'Rue de Turbigo'],
               cities=[('Paris', '750', 2)]),
    'TR': dict(t='tr', streets=['Büyükdere Caddesi', 'Barbaros Bulvarı', 'Halaskargazi Caddesi', 'Atatürk Caddesi',
                                'Bağdat Caddesi', 'Cumhuriyet Caddesi', 'Ankara Caddesi', 'Kazım Karabekir Sokak',
                                'Turan Güneş Bulvarı', 'Ebulula Mardin Caddesi', 'Kore Şehitleri Caddesi',
                                'Abdi İpekçi Caddesi', 'Teşvikiye Caddesi', 'Mithatpaşa Caddesi'],
               mah=['Maslak', 'Levent', 'Esentepe', 'Kozyatağı', 'Ataşehir', 'Mecidiyeköy', 'Kavacık', 'Çankaya',
                    'Kızılay', 'Alsancak', 'Konak', 'Nilüfer', 'Muratpaşa', 'Fulya', 'Gayrettepe', 'Zincirlikuyu'],
               cities=[('Şişli', 'İstanbul', '343'), ('Sarıyer', 'İstanbul', '343'), ('Ataşehir', 'İstanbul', '347'),
                       ('Beşiktaş', 'İstanbul', '343'), ('Çankaya', 'Ankara', '066'), ('Konak', 'İzmir', '352'),
                       ('Nilüfer', 'Bursa', '161'), ('Muratpaşa', 'Antalya', '071')]),
    'RU': dict(t='ru', streets=[('Тверская', 'ul'), ('Новый Арбат', 'ul'), ('Ленинградский', 'pr'),
                                ('Кутузовский', 'pr'), ('Большая Ордынка', 'ul'), ('Пресненская', 'nab'),
                                ('Профсоюзная', 'ul'), ('Мясницкая', 'ul'), ('Садовая-Кудринская', 'ul'),
                                ('Ленина', 'ul'), ('Гагарина', 'ul'), ('Мира', 'pr'), ('Вернадского', 'pr'),
                                ('Лесная', 'ul'), ('Малая Семёновская', 'ul'), ('Космодамианская', 'nab'),
                                ('Бауманская', 'ul'), ('Шаболовка', 'ul')],
               cities=[('Москва', 'Moscow', '1'), ('Санкт-Петербург', 'Saint Petersburg', '19'),
                       ('Екатеринбург', 'Yekaterinburg', '620'), ('Казань', 'Kazan', '420'),
                       ('Новосибирск', 'Novosibirsk', '630')]),
    'BY': dict(t='ru', streets=[('Независимости', 'pr'), ('Немига', 'ul'), ('Победителей', 'pr'),
                                ('Кальварийская', 'ul'), ('Интернациональная', 'ul'), ('Сурганова', 'ul')],
               cities=[('Минск', 'Minsk', '220'), ('Гомель', 'Gomel', '246')]),
    'KZ': dict(t='ru', streets=[('Абая', 'pr'), ('Аль-Фараби', 'pr'), ('Толе би', 'ul'), ('Жибек Жолы', 'ul'),
                                ('Достык', 'pr'), ('Сатпаева', 'ul'), ('Кенесары', 'ul'), ('Кабанбай батыра', 'pr'),
                                ('Назарбаева', 'pr'), ('Желтоксан', 'ul')],
               cities=[('Алматы', 'Almaty', '050'), ('Астана', 'Astana', '010'), ('Шымкент', 'Shymkent', '160'),
                       ('Караганда', 'Karaganda', '100')]),
    'KG': dict(t='ru', streets=[('Чуй', 'pr'), ('Киевская', 'ul'), ('Московская', 'ul'), ('Манаса', 'pr'),
                                ('Токтогула', 'ul'), ('Исанова', 'ul'), ('Ибраимова', 'ul')],
               cities=[('Бишкек', 'Bishkek', '720'), ('Ош', 'Osh', '723')]),
    'UZ': dict(t='ru', streets=[('Амира Темура', 'pr'), ('Мустакиллик', 'pr'), ('Шота Руставели', 'ul'),
                                ('Навои', 'ul'), ('Бабура', 'ul'), ('Мирабадская', 'ul')],
               cities=[('Ташкент', 'Tashkent', '100'), ('Самарканд', 'Samarkand', '140')]),
    'AM': dict(t='xx', streets=['Abovyan St', 'Tigran Mets Ave', 'Baghramyan Ave', 'Tumanyan St', 'Mashtots Ave',
                                'Sayat-Nova Ave', 'Nalbandyan St', 'Amiryan St', 'Koryun St', 'Arshakunyats Ave',
                                'Northern Ave', 'Hovsep Emin St', 'Halabyan St', 'Komitas Ave'],
               cities=[('Yerevan', '00', 4), ('Gyumri', '31', 4)]),
    'GE': dict(t='xx', streets=['Rustaveli Ave', 'Chavchavadze Ave', 'Aghmashenebeli Ave', 'Kostava St', 'Pekini Ave',
                                'Tsereteli Ave', 'Vazha-Pshavela Ave', 'Marjanishvili St', 'Kazbegi Ave',
                                'Abashidze St', 'Paliashvili St'],
               cities=[('Tbilisi', '01', 4), ('Batumi', '60', 4)]),
    'AZ': dict(t='xx', streets=['Nizami St', 'Neftchilar Ave', 'Uzeyir Hajibeyov St', 'Azadlig Ave',
                                'Khatai Ave', 'Samad Vurgun St', 'Fuzuli St'],
               cities=[('Baku', 'AZ10', 2)]),
    'IR': dict(t='ir', streets=['Valiasr St', 'Mirdamad Blvd', 'Shariati St', 'Motahari St', 'Enghelab St',
                                'Nelson Mandela Blvd', 'Beheshti St', 'Fatemi St', 'Azadi St', 'Zafar St',
                                'Gandhi St', 'Saadat Abad St', 'Pasdaran St', 'Sohrevardi St'],
               cities=[('Tehran', '1'), ('Isfahan', '8'), ('Mashhad', '9'), ('Tabriz', '5'), ('Shiraz', '7')]),
}
ADDR_CFG['VG'] = dict(ADDR_CFG['GB'], t='gb')
ADDR_CFG['SC'] = dict(ADDR_CFG['GB'], t='gb')
ADDR_CFG['MH'] = dict(ADDR_CFG['US'], t='us')

RU_STYPE = {'ul': (['ул.', 'улица'], ['ul.', 'ulitsa', 'St.', 'Street', 'str.']),
            'pr': (['просп.', 'пр.', 'проспект'], ['prospekt', 'prosp.', 'pr.', 'Ave', 'Avenue']),
            'nab': (['наб.', 'набережная'], ['nab.', 'naberezhnaya', 'Embankment'])}

# Hub (registered-agent / virtual-office) addresses: segments; '{U}' marks the
# tenant-unit slot (unique unit per tenant), fixed units are part of the text.
AGENT_HUBS = {
    'AE': [['{U}', 'IFZA Business Park', 'DDP', 'Dubai Silicon Oasis', 'Dubai'],
           ['Meydan Grandstand', '6th floor', 'Meydan Road', 'Nad Al Sheba', 'Dubai'],
           ['Business Centre', 'Sharjah Publishing City Free Zone', 'Sharjah'],
           ['RAKEZ Business Zone-FZ', 'Ras Al Khaimah'],
           ['{U}', 'DMCC Business Centre', 'Level No 1', 'Jewellery & Gemplex 3', 'Dubai'],
           ['Al Shmookh Business Center', 'One UAQ', 'UAQ Free Trade Zone', 'Umm Al Quwain'],
           ['Ajman Free Zone', 'C1 Building', 'Ajman']],
    'HK': [['Flat/Rm A', '12/F', 'ZJ 300', '300 Lockhart Road', 'Wan Chai'],
           ['Unit 04', '7/F', 'Bright Way Tower', 'No. 33 Mong Kok Road', 'Kowloon'],
           ['Room 1501', '15/F', 'Grand Millennium Plaza', "181 Queen's Road Central", 'Sheung Wan'],
           ['Rooms 1318-19', '13/F', 'Hollywood Plaza', '610 Nathan Road', 'Mong Kok', 'Kowloon'],
           ['Room D', '10/F', 'Tower A', 'Billion Centre', '1 Wang Kwong Road', 'Kowloon Bay']],
    'SG': [['10 Anson Road', '#10-11 International Plaza', 'Singapore 079903'],
           ['68 Circular Road', '#02-01', 'Singapore 049422'],
           ['60 Paya Lebar Road', '#07-54 Paya Lebar Square', 'Singapore 409051'],
           ['1 Raffles Place', '#44-01A One Raffles Place', 'Singapore 048616']],
    'GB': [['71-75 Shelton Street', 'Covent Garden', 'London WC2H 9JQ'],
           ['20-22 Wenlock Road', 'London N1 7GU'],
           ['Kemp House', '160 City Road', 'London EC1V 2NX'],
           ['{U}', '128 City Road', 'London EC1V 2NX'],
           ['27 Old Gloucester Street', 'London WC1N 3AX'],
           ['85 Great Portland Street', 'First Floor', 'London W1W 7LT']],
    'US': [['1209 Orange Street', 'Wilmington', 'DE 19801'],
           ['251 Little Falls Drive', 'Wilmington', 'DE 19808'],
           ['8 The Green', 'Suite A', 'Dover', 'DE 19901'],
           ['16192 Coastal Highway', 'Lewes', 'DE 19958'],
           ['30 N Gould St', 'Ste R', 'Sheridan', 'WY 82801'],
           ['1309 Coffeen Avenue', 'Suite 1200', 'Sheridan', 'WY 82801'],
           ['1621 Central Ave', 'Cheyenne', 'WY 82001']],
    'CY': [['Archiepiskopou Makariou III Avenue 155', 'Proteas House', '5th floor', '3026 Limassol'],
           ['Spyrou Kyprianou Avenue 20', 'Chapo Central', '1st floor', '1075 Nicosia'],
           ['{U}', 'Agias Fylaxeos Street 1', 'Vashiotis Business Center', '3025 Limassol'],
           ['Themistokli Dervi 3', 'Julia House', '1066 Nicosia']],
    'EE': [['Sepapaja tn 6', '15551 Tallinn', 'Harju maakond'],
           ['Narva mnt 7', '10117 Tallinn', 'Harju maakond'],
           ['Ahtri tn 12', '10151 Tallinn', 'Harju maakond'],
           ['Tornimäe tn 5', '10145 Tallinn', 'Harju maakond'],
           ['Väike-Ameerika tn 8', '10129 Tallinn', 'Harju maakond']],
    'VG': [['Trident Chambers', 'P.O. Box 146', 'Road Town', 'Tortola'],
           ['Craigmuir Chambers', 'Road Town', 'Tortola', 'VG1110'],
           ['Vistra Corporate Services Centre', 'Wickhams Cay II', 'Road Town', 'Tortola', 'VG1110'],
           ['Intershore Chambers', 'Road Town', 'Tortola']],
    'SC': [['Suite 1', 'Second Floor', 'Sound & Vision House', 'Francis Rachel Street', 'Victoria', 'Mahe'],
           ['House of Francis', 'Room 303', 'Ile du Port', 'Mahe'],
           ['CT House', 'Office 9A', 'Providence', 'Mahe']],
    'MH': [['Trust Company Complex', 'Ajeltake Road', 'Ajeltake Island', 'Majuro', 'MH96960']],
    'KZ': [['Mangilik El Avenue 55/20', 'Esil District', 'Astana', 'Z05T3E2'],
           ['{U}', 'Al-Farabi Avenue 77/7', 'Esentai Tower', 'Almaty', '050040']],
    'GE': [['Vazha-Pshavela Ave 71', 'BCV Business Center', 'Tbilisi 0186'],
           ['Kutaisi Free Industrial Zone', 'Kutaisi 4600']],
    'AM': [['{U}', 'Arshakunyats Ave 2', 'Yerevan Business Center', 'Yerevan 0023']],
    'TR': [['Maslak Mah. Büyükdere Cad. No:255 Nurol Plaza', '34398 Sarıyer/İstanbul'],
           ['{U}', 'Esentepe Mah. Talatpaşa Cad. No:5', '34394 Şişli/İstanbul']],
    'DE': [['Friedrichstraße 171', '10117 Berlin'], ['Mainzer Landstraße 50', '60325 Frankfurt am Main'],
           ['Kurfürstendamm 11', '10719 Berlin']],
    'NL': [['Strawinskylaan 3051', '1077 ZX Amsterdam'], ['Herengracht 420', '1017 BZ Amsterdam']],
    'CH': [['Baarerstrasse 10', '6300 Zug'], ['Dammstrasse 16', '6300 Zug']],
    'FR': [['60 rue François 1er', '75008 Paris'], ['229 rue Saint-Honoré', '75001 Paris']],
    'LT': [['Konstitucijos pr. 7', '09308 Vilnius']], 'LV': [['Brīvības iela 40', 'LV-1050 Rīga']],
    'PL': [['ul. Prosta 20', '00-850 Warszawa']], 'CZ': [['Václavské náměstí 832/19', '110 00 Praha 1']],
    'MY': [['Level 23', 'Menara Exchange 106', 'Lingkaran TRX', '55188 Kuala Lumpur'],
           ['{U}', 'Level 3', 'Tower 8', 'Avenue 5', 'Bangsar South', '59200 Kuala Lumpur']],
    'CN': [['Room 201', 'Building A', 'No. 1 Qianwan 1st Road', 'Qianhai Shenzhen-Hong Kong Cooperation Zone',
            'Shenzhen 518000']],
    'RU': [['Пресненская наб.', 'д. 12', 'г. Москва', '123317'],
           ['ул. Большая Новодмитровская', 'д. 23', 'г. Москва', '127015']],
    'BY': [['ул. Купревича', 'д. 1', 'г. Минск', '220141']],
    'KG': [['{U}', 'пр. Чуй', 'д. 219', 'г. Бишкек', '720001']],
    'UZ': [['{U}', 'IT Park', 'Mirzo Ulugbek District', 'Tashkent 100084']],
    'IR': [['Kish Island Free Zone', 'Sanaee Complex', 'Kish']],
    'AZ': [['Port Baku Towers', 'Neftchilar Ave 153', 'Baku AZ1010']],
}
AGENT_P = {'EE': .6, 'AE': .5, 'HK': .35, 'SG': .3, 'GB': .3, 'US': .45, 'CY': .4, 'VG': .95, 'SC': .95, 'MH': .98,
           'KZ': .12, 'GE': .12, 'AM': .08, 'RU': .06, 'NL': .12, 'DE': .08, 'CH': .2, 'MY': .15, 'TR': .08,
           'FR': .1, 'LT': .08, 'LV': .1, 'PL': .06, 'CZ': .06, 'CN': .05, 'IR': .03, 'BY': .05, 'KG': .08,
           'UZ': .05, 'AZ': .05}
COWORK_BRANDS = ['Regus', 'Spaces', 'WeWork', 'Impact Hub', 'Servcorp', 'The Hive', 'Mindspace', 'Talent Garden',
                 'Workinn', 'Lift', 'Colony', 'Techno Hub', 'Ofis Park', 'Kolo Hub', 'Astana Hub']
UNIT_DES = {'default': ['Office', 'Office No.', 'Off.', 'Suite', 'Ste', 'Unit', 'Room', 'Rm'],
            'HK': ['Room', 'Rm', 'Unit', 'Flat', 'Office'], 'US': ['Suite', 'Ste', '#', 'Unit'],
            'DE': ['Büro', 'Office', 'Suite'], 'CN': ['Room', 'Rm', 'Unit'], 'MY': ['Suite', 'Unit'],
            'ru': ['оф.', 'офис', 'пом.'], 'ru_lat': ['office', 'of.', 'Office', 'room'], 'TR': ['D:', 'Daire', 'D: ']}


# =============================================================================
# Part F. Value objects and field renderers
# =============================================================================
class V:
    """Generic value: kind in reg pay ssh dom ip phtext; hub values have cat."""
    __slots__ = ('uid', 'kind', 'val', 'hub', 'cat', 'iso', 'extra')

    def __init__(self, uid, kind, val, hub=False, cat=None, iso=None, extra=None):
        self.uid, self.kind, self.val, self.hub, self.cat, self.iso, self.extra = uid, kind, val, hub, cat, iso, extra


class Phone:
    __slots__ = ('uid', 'iso', 'area', 'sub', 'mobile', 'hub', 'cat', 'e164')

    def __init__(self, uid, iso, area, sub, mobile, hub=False, cat=None):
        self.uid, self.iso, self.area, self.sub, self.mobile, self.hub, self.cat = uid, iso, area, sub, mobile, hub, cat
        self.e164 = '+' + PHONE[iso][0] + area + sub


class Bld:
    __slots__ = ('uid', 'iso', 'segs', 'cyr', 'hub', 'cat', 'tenant', 'next_unit', 'vunit', 'key', 'egress',
                 'phone', 'style', 'ucache')

    def __init__(self, uid, iso, segs, cyr=False, hub=False, cat=None, tenant=False, style=None):
        self.uid, self.iso, self.segs, self.cyr, self.hub, self.cat = uid, iso, segs, cyr, hub, cat
        self.tenant, self.style = tenant, style or iso
        self.next_unit = 101
        self.vunit = None
        self.key = None
        self.egress = None
        self.phone = None
        self.ucache = {}


ABBR = {'Street': ['St', 'St.', 'Street', 'ST'], 'Road': ['Rd', 'Rd.', 'Road'], 'Avenue': ['Ave', 'Ave.', 'Av.'],
        'Boulevard': ['Blvd', 'Blvd.'], 'Lane': ['Ln'], 'Drive': ['Dr'], 'Highway': ['Hwy'],
        'Centre': ['Center', 'Ctr'], 'Center': ['Centre', 'Ctr'], 'Caddesi': ['Cad.', 'Cd.'],
        'Sokak': ['Sok.', 'Sk.'], 'Mahallesi': ['Mah.', 'Mh.'], 'Bulvarı': ['Blv.', 'Bulvari'],
        'Jalan': ['Jln', 'Jln.'], 'mnt': ['maantee'], 'Building': ['Bldg', 'Bldg.'], 'Tower': ['Twr'],
        'straße': ['str.', 'strasse', 'STRASSE'], 'Straße': ['Str.', 'Strasse'], 'Block': ['Blk'],
        'улица': ['ул.'], 'проспект': ['просп.', 'пр.'], 'набережная': ['наб.']}
_ABBR_RE = re.compile(r'(Straße|straße|[A-Za-zА-Яа-яı]+)')


def abbrev(s, rng, p=0.5):
    def rep(m):
        w = m.group(1)
        v = ABBR.get(w)
        if v and rng.random() < p:
            return rng.choice(v)
        return w
    return _ABBR_RE.sub(rep, s)


def _ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def fmt_unit(b, unit, cyr, rng):
    st = b.style
    if st == 'SG' or '-' in unit:
        r = rng.random()
        return ('#' + unit) if r < 0.6 else (('# ' + unit) if r < 0.75 else ('Unit ' + unit))
    if st == 'TR':
        d = rng.choice(UNIT_DES['TR'])
        return d + ('' if d.endswith(':') or d.endswith(' ') else ' ') + unit
    if st in CYR_COUNTRIES:
        if cyr:
            return rng.choice(UNIT_DES['ru']) + ' ' + unit
        return rng.choice(UNIT_DES['ru_lat']) + ' ' + unit
    des = rng.choice(UNIT_DES.get(st, UNIT_DES['default']))
    if des == '#':
        return '#' + unit
    return des + ' ' + unit


def fmt_floor(b, unit, cyr, rng):
    if not unit.isdigit() or len(unit) < 3:
        return None
    f = int(unit) // 100
    if f < 1:
        return None
    st = b.style
    if st == 'HK':
        return '%d/F' % f
    if st == 'TR':
        return rng.choice(['Kat:%d' % f, 'Kat %d' % f, '%d. Kat' % f])
    if st in ('DE', 'CH'):
        return rng.choice(['%d. OG' % f, '%d. Etage' % f])
    if st in CYR_COUNTRIES:
        return rng.choice(['%d этаж' % f, 'этаж %d' % f]) if cyr else 'floor %d' % f
    return rng.choice(['Floor %d' % f, '%s Floor' % _ordinal(f), 'Level %d' % f, '%d/F' % f, 'Fl. %d' % f])


def _lat_from_cyr_seg(seg, sysno, rng):
    s = cyr_render(seg, sysno)
    if rng.random() < 0.5:
        s = re.sub(r'\bUl\.', lambda m: rng.choice(['St.', 'ul.', 'Street']), s)
        s = re.sub(r'\bProsp\.|\bPr\.', lambda m: rng.choice(['Ave', 'prosp.', 'Avenue']), s)
        s = re.sub(r'\bNab\.', lambda m: rng.choice(['Emb.', 'nab.', 'Embankment']), s)
        s = re.sub(r'\bD\. ', lambda m: rng.choice(['', 'd. ', 'bld. ', 'house ']), s)
        s = re.sub(r'\bOf\. ', lambda m: rng.choice(['office ', 'of. ', 'Office ']), s)
    return s


def render_addr_raw(b, unit, rec_iso, rng):
    cyr = b.cyr and rng.random() < (0.55 if rec_iso in CYR_COUNTRIES else 0.15)
    ustr = fmt_unit(b, unit, cyr or b.cyr, rng) if unit else None
    if b.cyr and not cyr:
        ustr = fmt_unit(b, unit, True, rng) if unit else None
    floor = fmt_floor(b, unit, cyr or b.cyr, rng) if unit and rng.random() < 0.35 else None
    out = []
    placed = False
    for s in b.segs:
        if '{U}' in s:
            s = s.replace('{U}', ustr or '').strip()
            placed = True
            if not s:
                continue
        elif s == '{F}':
            if floor:
                out.append(floor)
            continue
        else:
            s = abbrev(s, rng)
        out.append(s)
    if ustr and not placed:
        if rng.random() < 0.5:
            out.insert(0, ustr)
        else:
            out.append(ustr)
    if b.cyr and not cyr:
        sysno = rng.randrange(3)
        out = [_lat_from_cyr_seg(s, sysno, rng) for s in out]
    if ustr and rng.random() < 0.15 and len(out) > 2:
        u = out.pop(0) if out[0] == ustr else None
        if u:
            out.append(u)
    if rng.random() < 0.25:
        out.append(rng.choice(COUNTRY_NAMES.get(b.iso, [b.iso])[:4]))
    r = rng.random()
    if r < 0.12:
        sep = '\n'
    elif r < 0.2:
        sep = ' '
    elif r < 0.28:
        sep = ','
    else:
        sep = ', '
    text = sep.join(out)
    if rng.random() < 0.03 and sep in (', ', '\n'):
        text = 'c/o ' + rng.choice(['Company Secretary', 'Registered Agent', 'Mail Room', 'Accounts Dept']) + sep + text
    r = rng.random()
    if r < 0.1:
        text = text.upper()
    elif r < 0.13:
        text = text.lower()
    if rng.random() < 0.06:
        text += rng.choice([' ', '  ', '\n'])
    return text


def addr_canon(b, unit):
    if unit in b.ucache:
        return b.ucache[unit]
    out = []
    ustr = None
    if unit:
        if b.style == 'SG' or '-' in unit:
            ustr = '#' + unit
        elif b.style == 'TR':
            ustr = 'D:' + unit
        elif b.style in CYR_COUNTRIES:
            ustr = 'оф. ' + unit
        else:
            ustr = 'Office ' + unit
    placed = False
    for s in b.segs:
        if '{U}' in s:
            s = s.replace('{U}', ustr or '').strip()
            placed = True
            if not s:
                continue
        elif s == '{F}':
            continue
        out.append(s)
    if ustr and not placed:
        out.insert(0, ustr)
    text = ', '.join(out)
    k = norm_address(text)
    b.ucache[unit] = (text, k)
    return text, k


def render_addr(b, unit, rec_iso, rng):
    text, k = addr_canon(b, unit)
    for _ in range(4):
        s = render_addr_raw(b, unit, rec_iso, rng)
        if norm_address(s) == k:
            return s
    return text


def _group(sub, rng):
    n = len(sub)
    r = rng.random()
    if n == 7:
        return [sub[:3] + ' ' + sub[3:], sub[:3] + '-' + sub[3:], sub[:3] + '-' + sub[3:5] + '-' + sub[5:],
                sub, sub[:3] + ' ' + sub[3:5] + ' ' + sub[5:]][int(r * 5)]
    if n == 8:
        return [sub[:4] + ' ' + sub[4:], sub[:4] + '-' + sub[4:], sub, sub[:2] + ' ' + sub[2:4] + ' ' + sub[4:6] + ' '
                + sub[6:]][int(r * 4)]
    if n == 6:
        return [sub[:2] + ' ' + sub[2:4] + ' ' + sub[4:], sub[:3] + ' ' + sub[3:], sub, sub[:2] + '-' + sub[2:4] + '-'
                + sub[4:]][int(r * 4)]
    return sub


_FA_DIG = str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹')
_FW_DIG = str.maketrans('0123456789+', '０１２３４５６７８９＋')


NOAREA = {'HK', 'SG', 'CY', 'EE', 'LV', 'PL', 'CZ', 'SC', 'MH'}


def fmt_phone(ph, rec_iso, rng):
    cc, trunk, _, _, mtrunk = PHONE[ph.iso]
    t = mtrunk if ph.mobile else trunk
    a, sub = ph.area, ph.sub
    if ph.iso in NOAREA:
        full = a + sub
        a, sub = full[:len(full) // 2], full[len(full) // 2:]
        if rng.random() < 0.5:
            a, sub = full, ''
    g = _group(sub, rng)
    national_ok = rec_iso == ph.iso
    styles = ['e164', 'intl', 'intl', 'intl_dash', 'intl_paren', '00', 'noplus']
    if t == '0':
        styles.append('intl0')
    if national_ok:
        styles += ['nat', 'nat', 'nat', 'nat_paren', 'nat_dash']
        if ph.iso == 'DE':
            styles.append('nat_slash')
        if ph.iso in ('US', 'VG'):
            styles += ['us', 'us_dots', 'us1']
        if ph.iso in ('RU', 'KZ', 'BY'):
            styles += ['ru', 'ru']
    st = rng.choice(styles)
    if not sub:
        st = rng.choice(['e164', 'intl', 'nat' if national_ok else 'intl'])
        gg = _group(a, rng)
        return '+' + cc + a if st == 'e164' else ('+%s %s' % (cc, gg) if st == 'intl' else gg)
    if st == 'e164':
        s = '+' + cc + a + sub
    elif st == 'intl':
        s = '+%s %s %s' % (cc, a, g)
    elif st == 'intl_dash':
        s = '+%s-%s-%s' % (cc, a, sub)
    elif st == 'intl_paren':
        s = '+%s (%s) %s' % (cc, a, g)
    elif st == '00':
        s = '00%s %s %s' % (cc, a, g)
    elif st == 'noplus':
        s = '%s %s %s' % (cc, a, g)
    elif st == 'intl0':
        s = '+%s (0)%s %s' % (cc, a, g)
    elif st == 'nat':
        if t == '80':
            s = '8 0%s %s' % (a, g)
        else:
            s = ('%s %s %s' % (t, a, g)) if t in ('8', '1') else ('%s%s %s' % (t, a, g))
    elif st == 'nat_paren':
        s = '(%s%s) %s' % (t, a, g)
    elif st == 'nat_dash':
        s = '%s%s-%s' % (t, a, sub)
    elif st == 'nat_slash':
        s = '%s%s/%s' % (t, a, sub)
    elif st == 'us':
        s = '(%s) %s-%s' % (a, sub[:3], sub[3:])
    elif st == 'us_dots':
        s = '%s.%s.%s' % (a, sub[:3], sub[3:])
    elif st == 'us1':
        s = '1-%s-%s-%s' % (a, sub[:3], sub[3:])
    else:  # ru
        gs = '%s-%s-%s' % (sub[:3], sub[3:5], sub[5:]) if len(sub) == 7 else '%s-%s-%s' % (sub[:2], sub[2:4], sub[4:])
        s = '%s (%s) %s' % (t if t != '80' else '8', (a if t != '80' else '0' + a), gs)
    if ph.iso == 'IR' and st.startswith('nat') and rng.random() < 0.25:
        s = s.translate(_FA_DIG)
    return s


def render_phone(ph, rec_iso, rng, ext=None):
    for _ in range(4):
        s = fmt_phone(ph, rec_iso, rng)
        if ext:
            s += rng.choice([' ext. ', ' ext ', ' x', ' доб. ' if rec_iso in CYR_COUNTRIES else ' x']) + ext
        if norm_phones(s, rec_iso) == [ph.e164]:
            return s
    return ph.e164


def render_email(local, dom, rng, display=None):
    addr = local + '@' + dom
    r = rng.random()
    if r < 0.05:
        addr = addr.upper()
    elif r < 0.08:
        addr = local.capitalize() + '@' + dom.capitalize()
    r = rng.random()
    if display and r < 0.12:
        s = '%s <%s>' % (display, addr)
    elif r < 0.16:
        s = 'mailto:' + addr
    elif r < 0.2:
        s = ' ' + addr + ' '
    else:
        s = addr
    return s


SITE_PATHS = ['', '', '', '/', '/en', '/en/', '/about-us', '/index.php?lang=ru', '/#contacts',
              '/?utm_source=google&utm_medium=cpc', '/home', '/ru/', '/contact.html', '/tr/hakkimizda',
              '/company/profile?id=17']


def render_site(dom, rng):
    r = rng.random()
    host = dom if r < 0.4 else ('www.' + dom if r < 0.85 else rng.choice(['shop.', 'en.', 'app.', 'portal.', 'cloud.']) + dom)
    scheme = rng.choice(['', '', 'http://', 'https://', 'https://', 'HTTPS://'])
    port = ':443' if scheme and rng.random() < 0.03 else ''
    s = scheme + host + port + rng.choice(SITE_PATHS)
    if rng.random() < 0.05:
        s = s.upper()
    return s


def ip4_str(x):
    return '%d.%d.%d.%d' % (x >> 24, (x >> 16) & 255, (x >> 8) & 255, x & 255)


def ip6_groups(x):
    return [(x >> (112 - 16 * i)) & 0xffff for i in range(8)]


def ip6_compressed(x):
    g = ip6_groups(x)
    best, bl = -1, 0
    i = 0
    while i < 8:
        if g[i] == 0:
            j = i
            while j < 8 and g[j] == 0:
                j += 1
            if j - i > bl and j - i >= 2:
                best, bl = i, j - i
            i = j
        else:
            i += 1
    if best < 0:
        return ':'.join('%x' % h for h in g)
    left = ':'.join('%x' % h for h in g[:best])
    right = ':'.join('%x' % h for h in g[best + bl:])
    return left + '::' + right


def render_ip(v, rng):
    kind, x = v.val
    r = rng.random()
    if kind == '4':
        if not ip_public('4', x):
            return ip4_str(x)
        if r < 0.06:
            return '%03d.%03d.%03d.%03d' % (x >> 24, (x >> 16) & 255, (x >> 8) & 255, x & 255)
        if r < 0.13:
            return ip4_str(x) + ':' + str(rng.choice([22, 443, 8080, 51820, 3389, rng.randrange(1024, 65535)]))
        if r < 0.16:
            return '::ffff:' + ip4_str(x)
        if r < 0.19:
            return ' ' + ip4_str(x) + ' '
        return ip4_str(x)
    c = ip6_compressed(x)
    if r < 0.15:
        return ':'.join('%04x' % h for h in ip6_groups(x))
    if r < 0.25:
        return c.upper()
    if r < 0.33:
        return '[' + c + ']:' + str(rng.choice([443, 22, 8443]))
    if r < 0.4:
        return ':'.join('%x' % h for h in ip6_groups(x))
    return c


def ssh_blob(rng):
    return b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + bytes(rng.getrandbits(8) for _ in range(32))


def ssh_sha(blob):
    return base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip('=')


def ssh_md5(blob):
    h = hashlib.md5(blob).hexdigest()
    return ':'.join(h[i:i + 2] for i in range(0, 32, 2))


def render_ssh(v, rng, fmt=None):
    blob = v.val
    if fmt is None:
        fmt = 'sha' if rng.random() < 0.85 else 'md5'
    if fmt == 'sha':
        b = ssh_sha(blob)
        r = rng.random()
        if r < 0.7:
            return 'SHA256:' + b
        if r < 0.8:
            return 'sha256:' + b
        if r < 0.9:
            return 'SHA256:' + b + '='
        return b
    h = ssh_md5(blob)
    r = rng.random()
    if r < 0.4:
        return 'MD5:' + h
    if r < 0.7:
        return h
    if r < 0.9:
        return h.upper()
    return h.replace(':', '')


def render_pay(v, rng):
    s = v.val
    r = rng.random()
    if r < 0.3:
        s = s.upper()
    elif r < 0.4:
        s = ''.join(c.upper() if rng.random() < 0.5 else c for c in s)
    if rng.random() < 0.05:
        s = ' ' + s + ' '
    return s


REG_LABELS = {'GB': ['Company No. ', 'CRN ', 'Reg. No. '], 'HK': ['CR No. ', 'CR: '], 'SG': ['UEN ', 'UEN: '],
              'RU': ['ОГРН ', 'OGRN ', 'ОГРН: '], 'KZ': ['БИН ', 'BIN '], 'BY': ['УНП ', 'UNP '],
              'KG': ['ИНН ', 'INN '], 'UZ': ['ИНН ', 'STIR '], 'US': ['EIN ', 'EIN: '], 'NL': ['KvK ', 'KvK-nummer '],
              'AE': ['Licence No. ', 'License No: ', 'Trade Licence '], 'TR': ['MERSIS No: ', 'Vergi No: '],
              'CZ': ['IČO ', 'ICO '], 'PL': ['KRS '], 'FR': ['SIREN '], 'AZ': ['VÖEN ', 'VOEN '],
              'default': ['Reg. No. ', 'Registration No. ', 'Reg No: ', 'No. ', '#']}


def render_reg(v, rng):
    s = v.val
    if v.hub:
        return s
    r = rng.random()
    if r < 0.2:
        s = s.replace(' ', '').replace('-', '')
    elif r < 0.3 and re.fullmatch(r'\d{9,}', s):
        s = ' '.join(s[i:i + 3] for i in range(0, len(s), 3))
    elif r < 0.35:
        s = s.replace(' ', '-')
    if rng.random() < 0.1:
        s = s.lower()
    if rng.random() < 0.35:
        s = rng.choice(REG_LABELS.get(v.iso, REG_LABELS['default'])) + s
    if rng.random() < 0.04:
        s += ' '
    return s


# =============================================================================
# Part G. The world: customers, hubs, networks
# =============================================================================
SING_W = {'US': 7, 'GB': 6, 'DE': 6, 'NL': 3, 'CY': 3, 'EE': 3, 'LV': 1.5, 'LT': 1.5, 'PL': 2.5, 'CZ': 1.5, 'CH': 2,
          'FR': 2.5, 'AE': 8, 'TR': 5, 'IR': 2.5, 'RU': 6, 'BY': 2, 'KZ': 4, 'KG': 2, 'UZ': 2, 'AM': 3, 'GE': 3,
          'AZ': 1.5, 'HK': 6, 'SG': 5, 'MY': 3, 'CN': 5, 'VG': 1, 'SC': 0.6, 'MH': 0.4}
_OFFSHORE = [('ru', .3), ('cn', .2), ('en', .2), ('ar', .1), ('ir', .1), ('hk', .1)]
CULT_MIX = {'US': [('en', .8), ('cn', .05), ('in', .05), ('ru', .05), ('ir', .05)],
            'GB': [('en', .75), ('in', .08), ('cn', .05), ('ru', .07), ('ar', .05)],
            'DE': [('de', .8), ('tr', .1), ('ru', .1)], 'NL': [('nl', .85), ('tr', .05), ('en', .1)],
            'CY': [('gr', .6), ('ru', .3), ('en', .1)], 'EE': [('ee', .5), ('ru', .35), ('en', .15)],
            'LV': [('lv', .6), ('ru', .4)], 'LT': [('lt', .8), ('ru', .2)], 'PL': [('pl', .9), ('ru', .1)],
            'CZ': [('cz', .85), ('ru', .15)], 'CH': [('de', .5), ('fr', .3), ('ru', .2)],
            'FR': [('fr', .85), ('ar', .15)],
            'AE': [('ar', .35), ('in', .2), ('ru', .15), ('ir', .1), ('en', .1), ('cn', .1)],
            'TR': [('tr', .9), ('ru', .05), ('ir', .05)], 'IR': [('ir', 1)],
            'RU': [('ru', .9), ('am', .03), ('ge', .02), ('kz', .05)], 'BY': [('by', .9), ('ru', .1)],
            'KZ': [('kz', .7), ('ru', .3)], 'KG': [('kg', .8), ('ru', .2)], 'UZ': [('uz', .9), ('ru', .1)],
            'AM': [('am', .9), ('ru', .1)], 'GE': [('ge', .9), ('ru', .1)], 'AZ': [('az', .9), ('ru', .1)],
            'HK': [('hk', .7), ('cn', .25), ('en', .05)], 'SG': [('sgc', .6), ('my', .15), ('in', .15), ('en', .1)],
            'MY': [('my', .5), ('sgc', .35), ('in', .15)], 'CN': [('cn', 1)],
            'VG': _OFFSHORE, 'SC': _OFFSHORE, 'MH': _OFFSHORE}
TLDS = {'AE': ['ae', 'com', 'ae'], 'TR': ['com.tr', 'com'], 'RU': ['ru', 'ru', 'com', 'su'], 'BY': ['by', 'com'],
        'KZ': ['kz', 'com'], 'KG': ['kg', 'com'], 'UZ': ['uz', 'com'], 'AM': ['am', 'com'], 'GE': ['ge', 'com'],
        'AZ': ['az', 'com'], 'IR': ['ir', 'co.ir', 'com'], 'HK': ['com.hk', 'hk', 'com'], 'SG': ['com.sg', 'sg', 'io'],
        'MY': ['com.my', 'my'], 'CN': ['cn', 'com.cn', 'com'], 'GB': ['co.uk', 'uk', 'com', 'io'],
        'US': ['com', 'io', 'ai', 'net', 'com'], 'DE': ['de', 'de', 'com', 'io'], 'NL': ['nl', 'com'],
        'CY': ['com.cy', 'eu', 'com'], 'EE': ['ee', 'eu', 'io'], 'LV': ['lv', 'eu'], 'LT': ['lt', 'eu'],
        'PL': ['pl', 'com.pl'], 'CZ': ['cz', 'eu'], 'CH': ['ch', 'com'], 'FR': ['fr', 'eu', 'com'],
        'VG': ['com', 'io', 'net'], 'SC': ['com', 'io'], 'MH': ['com', 'io']}
DOM_SUFFIX = ['', '', '', '-group', '-tech', 'tech', '-trade', 'global', 'ai', 'labs', 'cloud', '-it', '-hk', 'corp']
FREEMAIL = {'global': ['gmail.com'] * 6 + ['outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'protonmail.com',
                                           'proton.me'],
            'ru': ['mail.ru', 'yandex.ru', 'mail.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'rambler.ru'],
            'cn': ['qq.com', '163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com'],
            'de': ['gmx.de', 'web.de', 't-online.de'], 'pl': ['wp.pl', 'o2.pl', 'onet.pl'], 'cz': ['seznam.cz'],
            'fr': ['orange.fr', 'free.fr'], 'kz': ['mail.kz'], 'by': ['tut.by'], 'ee': ['hot.ee'],
            'lv': ['inbox.lv'], 'ir': ['chmail.ir'], 'tr': ['yandex.com.tr']}
FREEMAIL_REGION = {'RU': 'ru', 'BY': 'ru', 'KZ': 'ru', 'KG': 'ru', 'UZ': 'ru', 'AM': 'ru', 'AZ': 'ru', 'CN': 'cn',
                   'HK': 'cn', 'DE': 'de', 'CH': 'de', 'PL': 'pl', 'CZ': 'cz', 'FR': 'fr', 'EE': 'ee', 'LV': 'lv',
                   'IR': 'ir', 'TR': 'tr'}
FREEMAIL_LOCAL = {'KZ': 'kz', 'BY': 'by'}
TYPO_MAIL = ['gmial.com', 'gmail.co', 'gamil.com', 'hotmial.com', 'mail.ry', 'yandex.ry', 'outlok.com']
PLACEHOLDER_MAIL = ['test@test.com', 'noemail@noemail.com', 'na@na.com', 'info@example.com', 'no@email.com']
PLATFORMS = ['wixsite.com', 'business.site', 'tilda.ws', 't.me', 'instagram.com', 'linkedin.com', 'google.com',
             'taplink.cc', 'vk.com', 'facebook.com', 'wa.me']
PLACEHOLDER_SITE = ['N/A', 'none', 'www.', 'http://', '-', 'www.google.com', 'n/a']
PLACEHOLDER_PHONE = ['N/A', '-', 'none', '+1 000 000 0000', '+00 000 000 000', '0000000000']
PLACEHOLDER_REG = ['N/A', 'n/a', 'pending', '-', 'none', 'TBD', '0', '000000', 'not registered']
AGENT_MAIL = {'AE': 'freezone-clients.ae', 'HK': 'corp-filings.com.hk', 'SG': 'secretarial-mail.sg',
              'GB': 'formations-inbox.co.uk', 'US': 'registeredagent-mail.com', 'CY': 'fiduciary-post.com.cy',
              'EE': 'eresident-mail.ee', 'VG': 'offshore-mailbox.com', 'SC': 'offshore-mailbox.com',
              'MH': 'offshore-mailbox.com'}
NOMINEE_CULT = {'HK': ('hk', 'Harbourline Nominees'), 'SG': ('sgc', 'Raffles Nominee Services'),
                'CY': ('gr', 'Aspelia Nominees'), 'GB': ('en', 'Corporate Director Services'),
                'AE': ('in', 'Gulf Corporate Directors'), 'VG': ('en', 'Trident Nominees'),
                'SC': ('en', 'Mahe Directors'), 'MH': ('en', 'Majuro Nominee Services'), 'EE': ('ee', None),
                'US': ('en', 'Registered Agents Nominee')}
COMMON_SPEC = [('cn', '伟', '王'), ('cn', '伟', '张'), ('cn', '娜', '李'), ('cn', '伟', '李'), ('cn', '芳', '王'),
               ('cn', '静', '刘'), ('hk', '偉強', '陳'), ('hk', '偉華', '黃'),
               ('ru', 'Иван', 'Иванов'), ('ru', 'Сергей', 'Смирнов'), ('ru', 'Александр', 'Кузнецов'),
               ('ru', 'Елена', 'Попова'), ('ru', 'Дмитрий', 'Соколов'), ('kz', 'Нурлан', 'Ахметов'),
               ('ar', 'محمد', 'علي'), ('ar', 'أحمد', 'حسن'), ('ir', 'علی', 'رضایی'), ('ir', 'محمد', 'حسینی'),
               ('tr', 'Mehmet', 'Yılmaz'), ('tr', 'Ahmet', 'Kaya'), ('tr', 'Mustafa', 'Demir'),
               ('en', 'John', 'Smith'), ('en', 'David', 'Jones'), ('en', 'Michael', 'Brown'),
               ('de', 'Thomas', 'Müller'), ('de', 'Michael', 'Schmidt'), ('sgc', 'Wei Ming', 'Tan'),
               ('am', 'Արմեն', 'Պետրոսյան'), ('ge', 'გიორგი', 'ბერიძე'), ('in', 'Rajesh', 'Kumar')]
ARCH = [('dup', .10), ('transship', .16), ('reseller', .06), ('agent', .17), ('cowork', .08), ('family', .12),
        ('weak', .09), ('cn', .11), ('mobile', .11)]
SIZE_DIST = {
    'dup': [(2, .8), (3, .2)],
    'transship': [(3, .22), (4, .2), (5, .16), (6, .12), (7, .09), (8, .07), (9, .03), (10, .025), (11, .02),
                  (12, .015), (13, .012), (14, .01), (15, .008), (16, .007), (18, .006), (20, .005)],
    'reseller': [(4, .2), (5, .18), (6, .14), (7, .1), (8, .08), (9, .06), (10, .05), (11, .04), (12, .035),
                 (14, .03), (16, .025), (18, .02), (20, .02)],
    'agent': [(2, .3), (3, .25), (4, .18), (5, .1), (6, .07), (7, .05), (8, .05)],
    'cowork': [(2, .45), (3, .3), (4, .15), (5, .1)],
    'family': [(2, .35), (3, .3), (4, .15), (5, .12), (6, .08)],
    'weak': [(2, .75), (3, .25)],
    'cn': [(2, .3), (3, .25), (4, .2), (5, .1), (6, .07), (7, .04), (8, .04)],
    'mobile': [(2, .5), (3, .35), (4, .15)],
}
MENU = {
    'dup': [(('reg',), 1.0)],
    'transship': [(('per',), .22), (('own',), .1), (('pay',), .1), (('ssh',), .12), (('tel',), .14), (('ip',), .1),
                  (('dom',), .05), (('name', 's24'), .06), (('s24', 's48'), .04), (('name', 's48'), .03),
                  (('ip6',), .04)],
    'reseller': [(('dom',), .35), (('pay',), .15), (('tel',), .12), (('ip',), .12), (('ssh',), .12), (('per',), .06),
                 (('s24', 's48'), .05), (('ip6',), .03)],
    'agent': [(('ssh',), .16), (('pay',), .12), (('ip',), .14), (('tel',), .14), (('dom',), .12), (('per',), .06),
              (('name', 's24'), .1), (('s24', 's48'), .06), (('ip6',), .05), (('name', 's48'), .05)],
    'cowork': [(('unit',), .5), (('tel',), .15), (('dom',), .1), (('ip',), .08), (('per',), .1), (('pay',), .07)],
    'family': [(('per',), .3), (('dom',), .15), (('tel',), .12), (('unit',), .1), (('name', 'bld'), .12),
               (('name', 's24'), .06), (('pay',), .05), (('ssh',), .05), (('bld', 's24'), .05)],
    'weak': [(('name', 's24'), .3), (('name', 'bld'), .25), (('bld', 's24'), .15), (('name', 's48'), .15),
             (('s24', 's48'), .1), (('bld', 's48'), .05)],
    'cn': [(('per',), .25), (('pay',), .12), (('tel',), .15), (('ssh',), .1), (('dom',), .12), (('name', 's24'), .12),
           (('ip',), .08), (('name', 'bld'), .06)],
    'mobile': [(('tel',), .45), (('pay',), .2), (('ssh',), .1), (('name', 's48'), .1), (('per',), .15)],
}


def wchoice(rng, items):
    tot = sum(w for _, w in items)
    r = rng.random() * tot
    for x, w in items:
        r -= w
        if r <= 0:
            return x
    return items[-1][0]


class Cust:
    __slots__ = ('idx', 'party', 'net', 'iso', 'name', 'regid', 'addr', 'phones', 'email', 'site', 'pay', 'dirs',
                 'owns', 'ips', 'keys', 'listed', 'lock', 'adv', 'evkeys', 'role')

    def __init__(self, idx, party, iso, net=None):
        self.idx, self.party, self.iso, self.net = idx, party, iso, net
        self.name = self.regid = self.addr = self.email = self.site = self.pay = None
        self.phones, self.dirs, self.owns, self.ips, self.keys = [], [], [], [], []
        self.listed = None
        self.lock = set()
        self.adv = False
        self.evkeys = set()
        self.role = None


class Net:
    __slots__ = ('nid', 'arch', 'members', 'party', 'iso', 'cult', 'stem', 'cache', 'edges')

    def __init__(self, nid, arch, party):
        self.nid, self.arch, self.party = nid, arch, party
        self.members, self.cache, self.edges = [], {}, []
        self.stem = None


class Gen:
    def __init__(self, N, seed, strong_hubs=True):
        self.N = N
        self.rng = random.Random(seed)
        self.strong_hubs = strong_hubs
        self.uid = 0
        self.reg = set()
        self.custs = []
        self.nets = []
        self.nparty = 0
        self._iso_items = list(SING_W.items())
        self._init_hubs()

    # ------------------------------------------------------------ basics
    def nuid(self):
        self.uid += 1
        return self.uid

    def new_party(self):
        self.nparty += 1
        return self.nparty

    def pick_iso(self):
        return wchoice(self.rng, self._iso_items)

    def pick_cult(self, iso):
        return wchoice(self.rng, CULT_MIX[iso])

    def new_cust(self, iso, party, net=None):
        c = Cust(len(self.custs), party, iso, net)
        self.custs.append(c)
        if net is not None:
            net.members.append(c)
        return c

    # ------------------------------------------------------------ hubs
    def _init_hubs(self):
        rng = self.rng
        self.agent_blds = {}
        for iso, lst in AGENT_HUBS.items():
            out = []
            for segs in lst:
                cyr = bool(re.search('[\u0400-\u04ff]', ' '.join(segs)))
                b = Bld(self.nuid(), iso, list(segs), cyr=cyr, hub=True, cat='agent:' + iso,
                        tenant=any('{U}' in s for s in segs))
                addr_canon(b, None)
                b.key = b.ucache[None][1][0]
                b.phone = self._hub_phone(iso, 'aphone:' + iso)
                out.append(b)
            self.agent_blds[iso] = out
        self.coworks = {}
        # IP hubs
        self.ip_cloud = [self._hub_ip4('cloud', a) for a in (3, 18, 52, 35, 34, 20, 51, 47, 8, 13) for _ in range(4)]
        self.ip_vpn = [self._hub_ip4('vpn', a) for a in (185, 193, 45, 89, 104, 165, 146, 198) for _ in range(4)]
        self.ip_relay = [self._hub_ip4('relay', 172) for _ in range(6)] + [self._hub_ip6('relay') for _ in range(6)]
        self.ip_mobile = {}
        junk = ['192.168.1.1', '192.168.0.1', '10.0.0.1', '127.0.0.1', '0.0.0.0', '172.16.0.1', '100.64.0.1']
        self.ip_junk = [V(self.nuid(), 'ip', parse_ip(s), hub=True, cat='junk') for s in junk] + \
                       [V(self.nuid(), 'ip', parse_ip(s), hub=True, cat='junk') for s in ('fe80::1', '::1')]
        self.free = {}
        for reg_, lst in FREEMAIL.items():
            self.free[reg_] = [self._hub_dom(d, 'free') for d in lst]
        self.gmail = self.free['global'][0]
        self.typo = [self._hub_dom(d, 'free') for d in TYPO_MAIL]
        self.ph_mail = [(e.split('@')[0], self._hub_dom(e.split('@')[1], 'phmail')) for e in PLACEHOLDER_MAIL]
        self.platforms = [self._hub_dom(d, 'platform') for d in PLATFORMS]
        self.ph_site = [V(self.nuid(), 'phsite', s, hub=True, cat='phsite') for s in PLACEHOLDER_SITE]
        self.agent_mail = {}
        for iso, d in AGENT_MAIL.items():
            self.agent_mail[iso] = self.agent_mail.get(d) or self._hub_dom(d, 'agentmail')
            self.agent_mail[d] = self.agent_mail[iso]
        self.ph_phone = [V(self.nuid(), 'phtext', s, hub=True, cat='phphone') for s in PLACEHOLDER_PHONE]
        self.ph_reg = [V(self.nuid(), 'reg', s, hub=True, cat='phreg') for s in PLACEHOLDER_REG]
        self.key_hubs = [V(self.nuid(), 'ssh', ssh_blob(rng), hub=True, cat='sshhub') for _ in range(2)]
        # common persons
        self.common = []
        for cult, g, s in COMMON_SPEC:
            p = self._mk_person_fixed(cult, g, s)
            p.common = True
            self.common.append(p)
            self.reg.add(('per', p.key))
        # nominees
        self.nominees = {}
        for iso, (cult, corp) in NOMINEE_CULT.items():
            lst = []
            for _ in range(3):
                p = self.new_person(cult)
                p.hub, p.cat = True, 'nom:' + iso
                lst.append(p)
            if corp:
                cp = self.new_company(iso, stem_text=corp, words=[])
                cp.hub, cp.cat = True, 'nom:' + iso
                lst.append(cp)
            self.nominees[iso] = lst

    def _hub_ip4(self, cat, first):
        rng = self.rng
        while True:
            pre = (first << 16) | (rng.randrange(256) << 8) | rng.randrange(256)
            if ('s24', pre) not in self.reg:
                break
        self.reg.add(('s24', pre))
        x = (pre << 8) | rng.randrange(1, 255)
        return V(self.nuid(), 'ip', ('4', x), hub=True, cat=cat)

    def _hub_ip6(self, cat):
        rng = self.rng
        pre = (0x2a02 << 32) | rng.getrandbits(32)
        self.reg.add(('s48', pre))
        x = (pre << 80) | rng.getrandbits(64)
        return V(self.nuid(), 'ip', ('6', x), hub=True, cat=cat)

    def _hub_dom(self, d, cat):
        self.reg.add(('dom', registrable(d)))
        return V(self.nuid(), 'dom', d, hub=True, cat=cat)

    def _hub_phone(self, iso, cat):
        ph = self.own_phone(iso, False)
        ph.hub, ph.cat = True, cat
        return ph

    def mobile_ips(self, iso):
        lst = self.ip_mobile.get(iso)
        if lst is None:
            first = self.rng.choice([2, 5, 31, 37, 46, 77, 78, 85, 91, 94, 109, 176, 178, 188, 212, 213, 217, 223])
            lst = [self._hub_ip4('mobile:' + iso, first) for _ in range(5)]
            self.ip_mobile[iso] = lst
        return lst

    def cowork(self, iso):
        lst = self.coworks.get(iso)
        if lst is None:
            lst = []
            k = min(4, 1 + self.N // 25000)
            for i in range(k):
                b = self.own_bld(iso, register=True)
                b.hub, b.cat, b.tenant = True, 'cowork:' + iso, True
                brand = self.rng.choice(COWORK_BRANDS)
                if b.cyr:
                    b.segs = [brand] + b.segs
                else:
                    b.segs = [brand + ' ' + self.rng.choice(['Centre', 'Hub', 'Business Center', 'Coworking'])] + b.segs
                b.ucache = {}
                addr_canon(b, None)
                self.reg.discard(('bld', b.key))
                b.key = b.ucache[None][1][0]
                self.reg.add(('bld', b.key))
                b.vunit = self.rng.choice(['100A', '500A', '1B', '200C', '12A'])
                b.egress = self._hub_ip4('cowork:' + iso, self.rng.choice([62, 81, 87, 91, 95, 141, 185, 194, 212]))
                b.phone = self._hub_phone(iso, 'cphone:' + iso)
                lst.append(b)
            self.coworks[iso] = lst
        return lst

    # ------------------------------------------------------------ own values
    def own_phone(self, iso, mobile=None):
        rng = self.rng
        spec = PHONE[iso]
        if mobile is None:
            mobile = rng.random() < 0.45
        pool = spec[3] if (mobile and spec[3]) else spec[2]
        while True:
            area, n = rng.choice(pool)
            sub = str(rng.randrange(2, 10)) + ''.join(str(rng.randrange(10)) for _ in range(n - 1))
            ph = Phone(self.nuid(), iso, area, sub, mobile and bool(spec[3]))
            if ('tel', ph.e164) not in self.reg:
                self.reg.add(('tel', ph.e164))
                return ph

    def own_ip4(self):
        rng = self.rng
        while True:
            a = rng.choice([5, 31, 37, 46, 62, 77, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94,
                            95, 109, 112, 115, 116, 118, 121, 122, 124, 125, 139, 141, 144, 151, 154, 159, 171, 175,
                            176, 178, 180, 182, 188, 190, 193, 194, 195, 203, 210, 211, 212, 213, 217, 218, 219, 220,
                            221, 222, 223])
            pre = (a << 16) | (rng.randrange(256) << 8) | rng.randrange(256)
            if ('s24', pre) not in self.reg:
                self.reg.add(('s24', pre))
                return pre

    def own_ip6(self):
        rng = self.rng
        while True:
            pre = (rng.choice([0x2001, 0x2a00, 0x2a01, 0x2a02, 0x2a03, 0x2a0b, 0x2c0f, 0x2400, 0x2401, 0x2403,
                               0x2604, 0x2605]) << 32) | rng.getrandbits(32)
            if ('s48', pre) not in self.reg:
                self.reg.add(('s48', pre))
                return pre

    def ip_in(self, pre, kind, used=None):
        rng = self.rng
        while True:
            if kind == '4':
                x = (pre << 8) | rng.randrange(2, 254)
            else:
                x = (pre << 80) | rng.getrandbits(64)
            if used is None or x not in used:
                if used is not None:
                    used.add(x)
                return V(self.nuid(), 'ip', (kind, x))

    def own_static4(self):
        return self.ip_in(self.own_ip4(), '4')

    def own_static6(self):
        return self.ip_in(self.own_ip6(), '6')

    def own_key(self):
        return V(self.nuid(), 'ssh', ssh_blob(self.rng))

    def own_pay(self):
        return V(self.nuid(), 'pay', '%032x' % self.rng.getrandbits(128))

    def own_regid(self, iso):
        rng = self.rng

        def d(n):
            return ''.join(str(rng.randrange(10)) for _ in range(n))
        while True:
            if iso == 'GB':
                s = d(8) if rng.random() < 0.9 else 'SC' + d(6)
            elif iso == 'HK':
                s = str(rng.randrange(1, 4)) + d(6)
            elif iso == 'SG':
                s = '20' + str(rng.randrange(10, 25)) + d(5) + rng.choice('ABCDEGHKMNRWZ')
            elif iso == 'MY':
                s = '20' + str(rng.randrange(10, 25)) + '01' + d(6)
            elif iso == 'CN':
                s = '9144' + d(4) + 'MA5' + ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(7))
            elif iso == 'US':
                s = d(2) + '-' + d(7)
            elif iso == 'DE':
                s = 'HRB ' + str(rng.randrange(10000, 299999)) + (' B' if rng.random() < 0.3 else '')
            elif iso == 'CY':
                s = 'HE ' + d(6)
            elif iso == 'CH':
                s = 'CHE-%s.%s.%s' % (d(3), d(3), d(3))
            elif iso == 'FR':
                s = '%s %s %s' % (d(3), d(3), d(3))
            elif iso == 'AE':
                r = rng.random()
                s = ('CN-' + d(7)) if r < 0.5 else (('DMCC-' + d(6)) if r < 0.75 else d(6))
            elif iso == 'RU':
                s = rng.choice('15') + d(12)
            elif iso == 'KZ':
                s = d(12)
            elif iso == 'KG':
                s = d(14)
            elif iso == 'IR':
                s = '10' + d(9)
            elif iso == 'TR':
                s = d(10) if rng.random() < 0.6 else '0' + d(15)
            elif iso == 'EE':
                s = '1' + d(7)
            elif iso == 'LV':
                s = '4000' + d(7)
            elif iso == 'LT':
                s = '30' + d(7)
            elif iso == 'PL':
                s = '0000' + d(6)
            elif iso in ('BY', 'UZ', 'GE', 'AZ'):
                s = {'BY': '19', 'UZ': '30', 'GE': '40', 'AZ': '14'}[iso] + d(7 if iso != 'AZ' else 8)
            elif iso == 'AM':
                s = '0' + d(7)
            else:
                s = d(7)
            k = norm_reg(s)
            dk = re.sub(r'\D', '', k)
            if ('reg', k) in self.reg or ('regd', dk) in self.reg:
                continue
            self.reg.add(('reg', k))
            self.reg.add(('regd', dk))
            return V(self.nuid(), 'reg', s, iso=iso)

    def own_domain(self, base, iso):
        rng = self.rng
        base = re.sub(r'[^a-z0-9]', '', ascii_strip(base).lower()) or 'co'
        for i in range(60):
            suf = rng.choice(DOM_SUFFIX) if i < 20 else rng.choice(DOM_SUFFIX) + str(rng.randrange(2, 999))
            tld = rng.choice(TLDS.get(iso, ['com']))
            d = base + suf + '.' + tld
            r = registrable(d)
            if ('dom', r) not in self.reg:
                self.reg.add(('dom', r))
                return V(self.nuid(), 'dom', d)
        raise RuntimeError('domain space exhausted')

    def new_stem(self):
        rng = self.rng
        while True:
            n = rng.choice([2, 2, 2, 3])
            s = ''.join(rng.choice(ONS) + rng.choice(NUC) + rng.choice(COD) for _ in range(n)) + rng.choice(END)
            s = s.replace('yay', 'ya').replace('yuy', 'yu')
            if not (5 <= len(s) <= 12):
                continue
            k = name_key(s)
            if not k or len(k) < 4 or ('stem', k) in self.reg:
                continue
            self.reg.add(('stem', k))
            return s.capitalize(), k

    def new_cname(self, iso, stem=None, words=None, kind='syn', han=None):
        rng = self.rng
        cn = CName()
        if stem is None:
            r = rng.random()
            if iso in ('CN',) and r < 0.8 or iso in ('HK', 'SG', 'MY') and r < 0.15:
                stem, han = self.new_cn_brand()
                kind = 'cn'
            elif r < 0.06:
                stem, kind = rng.choice(BRAND_POOL), 'brand'
            else:
                stem, _ = self.new_stem()
        cn.stem = stem
        cn.kind = kind
        cn.han = han
        cn.iso = iso
        cn.cyr = lat2cyr(stem) if kind == 'syn' else None
        cn.city = rng.choice(CITY_CN_LAT) if kind == 'cn' else None
        if words is None:
            k = rng.choice([0, 1, 1, 1, 2])
            pool = list(WORDS.keys())
            words = []
            for _ in range(k):
                w = rng.choice(pool)
                if w not in words:
                    words.append(w)
        cn.words = words
        cn.lf = rng.choice(LF_BY_ISO.get(iso, ['ltd']))
        cn.canon = cname_canon(cn)
        cn.key = name_key(cn.canon)
        return cn

    def new_cn_brand(self):
        rng = self.rng
        chars = list(CN_BRAND.items())
        for _ in range(200):
            a, b = rng.choice(chars), rng.choice(chars)
            if a[0] == b[0]:
                continue
            py = a[1] + b[1]
            if segment(py) != [a[1], b[1]]:
                continue
            k = name_key(py)
            if not k or ('stem', k) in self.reg:
                continue
            self.reg.add(('stem', k))
            return py.capitalize(), a[0] + b[0]
        s, _ = self.new_stem()
        return s, None

    # ------------------------------------------------------------ persons
    def _finish_person(self, p):
        p.canon = self._canon_person(p)
        ks = person_keys(p.canon)
        p.key = ks[0] if ks else None
        return p

    def _canon_person(self, p):
        c = p.cult
        if c in CYR_CULT:
            return cyr_render(p.g, 0) + ' ' + cyr_render(p.s, 0)
        if c == 'am':
            return arm_render(p.g, 0) + ' ' + arm_render(p.s, 0)
        if c == 'ge':
            return geo_render(p.g, 0) + ' ' + geo_render(p.s, 0)
        if c == 'gr':
            return grk_render(p.g) + ' ' + grk_render(p.s)
        if c in ('ar', 'ir'):
            return p.g[1][0] + (' ' + p.fat[1][0] if p.fat else '') + ' ' + p.s[1][0]
        if c in ('cn', 'hk'):
            return p.s[1].capitalize() + ' ' + ' '.join(x.capitalize() for x in p.g[1])
        if c in ('my', 'in'):
            return p.g + ' ' + p.fat
        return p.g + ' ' + p.s

    def _mk_person_fixed(self, cult, g, s):
        p = Person()
        p.uid = self.nuid()
        p.cult = cult
        if cult in ('ar', 'ir'):
            lexg = {x[0]: x for x in (AR_M + AR_F + IR_M + IR_F)}
            p.g = lexg.get(g) or (g, [to_ascii(g).capitalize()])
            lexs = {x[0]: x for x in AR_FAM}
            p.s = lexs.get(s) or (s, [{'علي': 'Ali', 'حسن': 'Hassan', 'رضایی': 'Rezaei', 'حسینی': 'Hosseini'}.get(s, 'X')])
        elif cult == 'cn':
            p.g = (g, [CN_PY[ch] for ch in g])
            p.s = (s, CN_PY[s])
        elif cult == 'hk':
            p.g = (g, [HK_CANT[ch] for ch in g])
            p.s = (s, HK_CANT[s])
        elif cult in ('my', 'in'):
            p.g, p.fat, p.part = g, s, 'bin' if cult == 'my' else 's/o'
        else:
            p.g, p.s = g, s
        return self._finish_person(p)

    def new_person(self, cult):
        rng = self.rng
        for attempt in range(400):
            p = Person()
            p.uid = self.nuid()
            p.cult = cult
            fem = rng.random() < 0.3
            extra = attempt >= 25
            if cult in CYR_CULT:
                M, F, R, S, MID = CYR_CULT[cult]
                p.g = rng.choice(F if fem else M)
                suf = rng.choice(S)[1 if fem else 0]
                p.s = rng.choice(R) + rng.choice(MID if not extra else MID + CA_MID) + suf
                if cult == 'kg' and rng.random() < 0.2:
                    p.s = rng.choice(KG_M) + (' кызы' if fem else ' уулу')
                if rng.random() < 0.5:
                    f = rng.choice(M)
                    if f.endswith('ий'):
                        p.pat = f[:-2] + ('иевна' if fem else 'иевич')
                    elif f.endswith('й'):
                        p.pat = f[:-1] + ('евна' if fem else 'евич')
                    elif not f.endswith('а') and not f.endswith('я'):
                        p.pat = f + ('овна' if fem else 'ович')
            elif cult == 'am':
                p.g = rng.choice(AM_F if fem else AM_M)
                p.s = rng.choice(AM_A) + rng.choice(AM_V) + rng.choice(AM_B) + 'յան'
            elif cult == 'ge':
                p.g = rng.choice(GE_F if fem else GE_M)
                p.s = rng.choice(GE_SYL) + rng.choice(GE_SYL) + rng.choice(GE_C) + rng.choice(GE_SUF)
            elif cult == 'gr':
                p.g = rng.choice(GR_F if fem else GR_M)
                p.s = ('Χατζη' if rng.random() < 0.15 else '') + rng.choice(GR_ROOT) + rng.choice(GR_SUF)
                if extra:
                    p.g = p.g + ' ' + rng.choice(GR_F if fem else GR_M)
            elif cult == 'ar':
                p.g = rng.choice(AR_F if fem else AR_M)
                p.fat = rng.choice(AR_M) if (rng.random() < 0.6 or extra) else None
                p.s = rng.choice(AR_FAM)
            elif cult == 'ir':
                p.g = rng.choice(IR_F if fem else IR_M)
                if extra and not fem:
                    g2 = rng.choice(IR_M)
                    p.g = (p.g[0] + ' ' + g2[0], [a + ' ' + b for a in p.g[1] for b in g2[1]])
                root, suf = rng.choice(IR_ROOT), rng.choice(IR_SUF)
                lats = [a + b for a in root[1] for b in suf[1]]
                p.s = (root[0] + suf[0], lats)
            elif cult == 'cn':
                sur = rng.choice(list(CN_SURN.items()))
                n = 2 if rng.random() < 0.75 else 1
                gv = [rng.choice(list(CN_GIVEN.items())) for _ in range(n)]
                p.s = (sur[0], sur[1])
                p.g = (''.join(x[0] for x in gv), [x[1] for x in gv])
            elif cult == 'hk':
                sur = rng.choice(list(HK_SURN.items()))
                gv = [rng.choice(list(HK_GIVEN.items())) for _ in range(2)]
                p.s = (sur[0], sur[1])
                p.g = (''.join(x[0] for x in gv), [x[1] for x in gv])
            elif cult == 'sgc':
                p.s = rng.choice(SGC_SUR)
                p.g = rng.choice(SGC_GIV) + ' ' + rng.choice(SGC_GIV)
            elif cult == 'my':
                p.g = rng.choice(MY_G1) + ' ' + rng.choice(MY_G2)
                p.fat = rng.choice(MY_FAT)
                p.part = 'binti' if fem else 'bin'
            elif cult == 'in':
                p.g = rng.choice(IN_G) + ((' ' + rng.choice(IN_G2)) if extra or rng.random() < 0.3 else '')
                p.fat = rng.choice(IN_FAT)
                p.part = rng.choice(['s/o', 'a/l']) if not fem else rng.choice(['d/o', 'a/p'])
            elif cult == 'nl':
                p.g = rng.choice(NL_F if fem else NL_M)
                if extra:
                    p.g += ' ' + rng.choice(NL_F if fem else NL_M)
                pre = rng.choice(NL_PRE)
                p.s = (pre + ' ' if pre else '') + rng.choice(NL_ROOT) + rng.choice(NL_SUF)
            else:
                M, F, R, S = LATIN_CULT[cult]
                p.g = rng.choice(F if fem else M)
                if extra:
                    g2 = rng.choice(F if fem else M)
                    if g2 != p.g:
                        p.g = p.g + ' ' + g2
                suf = rng.choice(S)
                p.s = rng.choice(R) + (suf[1] if fem else suf[0])
            self._finish_person(p)
            if not p.key or ('per', p.key) in self.reg:
                continue
            self.reg.add(('per', p.key))
            return p
        raise RuntimeError('person space exhausted for ' + cult)

    def new_company(self, iso, stem_text=None, words=None):
        p = Person()
        p.uid = self.nuid()
        p.cult = 'corp'
        if stem_text is None:
            stem_text, _ = self.new_stem()
        else:
            self.reg.add(('stem', name_key(stem_text)))
        cn = self.new_cname(iso, stem=stem_text, words=words if words is not None else ['Holdings'])
        p.corp = cn
        p.canon = cn.canon
        p.key = 'co:' + cn.key
        self.reg.add(('per', p.key))
        return p

    # ------------------------------------------------------------ buildings
    def own_bld(self, iso, register=True):
        rng = self.rng
        cfg = ADDR_CFG[iso]
        t = cfg['t']
        for _ in range(300):
            cyr = False
            if t == 'ae':
                segs = ['{U}', '{F}', rng.choice(cfg['bn']) + ' ' + rng.choice(cfg['bs']), rng.choice(cfg['streets']),
                        rng.choice(cfg['districts']), rng.choice(cfg['cities'])]
                if rng.random() < 0.35:
                    segs.append('P.O. Box %d' % rng.randrange(1000, 999999))
            elif t == 'hk':
                segs = ['{U}', '{F}', rng.choice(cfg['bn']) + ' ' + rng.choice(cfg['bs']),
                        '%d %s' % (rng.randrange(1, 400), rng.choice(cfg['streets'])), rng.choice(cfg['districts'])]
            elif t == 'sg':
                segs = ['%d %s' % (rng.randrange(1, 300), rng.choice(cfg['streets'])), '{U} ' + rng.choice(cfg['bn']),
                        'Singapore %06d' % rng.randrange(10000, 829999)]
            elif t == 'my':
                pc, city = rng.choice(cfg['cities'])
                segs = ['{U}', '{F}', rng.choice(cfg['bn']), '%d %s' % (rng.randrange(1, 200), rng.choice(cfg['streets'])),
                        pc + ' ' + city]
            elif t == 'cn':
                dist, city, pc = rng.choice(cfg['districts'])
                segs = ['{U}', 'Block %s' % rng.choice('ABCDEF'), rng.choice(cfg['bn']),
                        'No. %d %s' % (rng.randrange(1, 300), rng.choice(cfg['streets'])), dist, city + ' ' + pc]
            elif t == 'gb':
                city, outs = rng.choice(cfg['cities'])
                pc = '%s %d%s%s' % (rng.choice(outs), rng.randrange(1, 10), rng.choice('ABDEFGHJLNPQRSTUWXYZ'),
                                    rng.choice('ABDEFGHJLNPQRSTUWXYZ'))
                segs = ['{U}', '%d %s' % (rng.randrange(1, 300), rng.choice(cfg['streets'])), city + ' ' + pc]
            elif t == 'us':
                city, st, z = rng.choice(cfg['cities'])
                segs = ['%d %s %s' % (rng.randrange(10, 9999), rng.choice(cfg['streets']), rng.choice(cfg['stypes'])),
                        '{U}', city, '%s %s%02d' % (st, z, rng.randrange(1, 99))]
            elif t == 'de':
                city, lo, hi = rng.choice(cfg['cities'])
                segs = ['%s %d' % (rng.choice(cfg['streets']), rng.randrange(1, 250)), '{U}', '{F}',
                        '%05d %s' % (rng.randrange(lo, hi), city)]
            elif t == 'nl':
                city, p2 = rng.choice(cfg['cities'])
                segs = ['%s %d' % (rng.choice(cfg['streets']), rng.randrange(1, 600)), '{U}',
                        '%s%02d %s%s %s' % (p2, rng.randrange(10, 99), rng.choice('ABCDEGHJKLMNPRSTVWXZ'),
                                            rng.choice('ABCDEGHJKLMNPRSTVWXZ'), city)]
            elif t == 'cy':
                city, p1 = rng.choice(cfg['cities'])
                segs = ['{U}', '{F}', rng.choice(cfg['bn']) + ' ' + rng.choice(cfg['bs']),
                        '%s %d' % (rng.choice(cfg['streets']), rng.randrange(1, 300)),
                        '%s%03d %s' % (p1, rng.randrange(10, 999), city)]
            elif t == 'ee':
                city, p1 = rng.choice(cfg['cities'])
                segs = ['%s %d' % (rng.choice(cfg['streets']), rng.randrange(1, 120)), '{U}',
                        '%s%04d %s' % (p1, rng.randrange(100, 9999), city)]
            elif t == 'eu':
                city, pre, n = rng.choice(cfg['cities'])
                dig = ''.join(str(rng.randrange(10)) for _ in range(n - len(re.sub(r'\D', '', pre)) + (
                    1 if iso in ('LV', 'LT') else 0)))
                if iso == 'PL':
                    pc = '%s%d-%03d' % (pre, rng.randrange(0, 10), rng.randrange(0, 999))
                elif iso == 'CZ':
                    pc = '%s%02d 00' % (pre, rng.randrange(0, 99))
                elif iso == 'CH':
                    pc = '%s%02d' % (pre, rng.randrange(0, 99))
                elif iso == 'LV':
                    pc = 'LV-1%03d' % rng.randrange(0, 999)
                else:
                    pc = '%s%s' % (pre, dig[:4])
                segs = ['%s %d' % (rng.choice(cfg['streets']), rng.randrange(1, 150)), '{U}', pc + ' ' + city]
            elif t == 'fr':
                city, pre, n = rng.choice(cfg['cities'])
                segs = ['%d %s' % (rng.randrange(1, 200), rng.choice(cfg['streets'])), '{U}',
                        '%s%02d %s' % (pre, rng.randrange(1, 20), city)]
            elif t == 'tr':
                dist, city, pc = rng.choice(cfg['cities'])
                segs = ['%s Mahallesi' % rng.choice(cfg['mah']), rng.choice(cfg['streets']),
                        'No:%d' % rng.randrange(1, 400), '{F}', '{U}', '%s%02d %s/%s' % (pc, rng.randrange(0, 99), dist, city)]
            elif t == 'ru':
                street, stype = rng.choice(cfg['streets'])
                city_c, city_l, pc = rng.choice(cfg['cities'])
                pcs = pc + ''.join(str(rng.randrange(10)) for _ in range(6 - len(pc)))
                st_c = RU_STYPE[stype][0][0]
                seg_st = (st_c + ' ' + street) if stype != 'nab' else (street + ' ' + st_c)
                segs = [pcs, 'г. ' + city_c, seg_st, 'д. %d' % rng.randrange(1, 150), '{U}', '{F}']
                cyr = True
            elif t == 'ir':
                city, p1 = rng.choice(cfg['cities'])
                segs = ['No. %d' % rng.randrange(1, 400), rng.choice(cfg['streets']), '{U}', '{F}', city,
                        'Postal Code %s%09d' % (p1, rng.randrange(0, 999999999))]
            else:  # xx: AM GE AZ
                city, pre, n = rng.choice(cfg['cities'])
                pc = pre + ''.join(str(rng.randrange(10)) for _ in range(n))
                segs = ['%d %s' % (rng.randrange(1, 150), rng.choice(cfg['streets'])), '{U}', city + ' ' + pc]
            b = Bld(self.nuid(), iso, segs, cyr=cyr)
            txt, (k, _u) = addr_canon(b, None)
            if not k or ('bld', k) in self.reg:
                continue
            b.key = k
            if register:
                self.reg.add(('bld', k))
            return b
        raise RuntimeError('building space exhausted ' + iso)

    def tenant_unit(self, b):
        rng = self.rng
        while True:
            if b.style == 'SG':
                u = '%02d-%02d' % (rng.randrange(2, 40), rng.randrange(1, 99))
            else:
                b.next_unit += rng.randrange(1, 9)
                if b.next_unit % 100 > 60:
                    b.next_unit += 40
                u = str(b.next_unit)
            k = ('unit', b.uid, u)
            if k not in self.reg:
                self.reg.add(k)
                return u

    # ------------------------------------------------------------ networks
    def plan(self):
        rng = self.rng
        target = int(round(0.25 * self.N))
        plans = []
        tot = 0
        while tot < target:
            arch = wchoice(rng, ARCH)
            size = wchoice(rng, SIZE_DIST[arch])
            if tot + size > target:
                size = target - tot
                if size < 2:
                    break
                if arch in ('dup', 'weak', 'mobile', 'cowork') and size > 3:
                    arch = 'agent'
            plans.append((arch, size))
            tot += size
        return plans

    def net_isos(self, arch, size):
        rng = self.rng
        if arch in ('dup', 'weak'):
            return [self.pick_iso()] * size
        if arch == 'transship':
            p = wchoice(rng, [('RU', .55), ('BY', .12), ('IR', .33)])
            if p == 'IR':
                fr = [('AE', .35), ('TR', .25), ('AM', .1), ('MY', .08), ('HK', .08), ('CN', .07), ('GE', .04),
                      ('IR', .03)]
            else:
                fr = [('AE', .2), ('TR', .14), ('KZ', .14), ('KG', .1), ('AM', .1), ('GE', .08), ('UZ', .06),
                      ('HK', .08), ('CN', .05), ('CY', .03), ('AZ', .02), (p, .08)]
            return [p] + [wchoice(rng, fr) for _ in range(size - 1)]
        if arch == 'reseller':
            r = rng.choice(['SG', 'HK', 'AE', 'NL', 'DE', 'CY', 'EE', 'GB', 'US', 'TR', 'KZ', 'AM'])
            return [r] + [r if rng.random() < 0.5 else self.pick_iso() for _ in range(size - 1)]
        if arch == 'agent':
            a = wchoice(rng, [('HK', .2), ('SG', .1), ('GB', .15), ('US', .12), ('CY', .1), ('EE', .1), ('AE', .13),
                              ('VG', .05), ('SC', .03), ('MH', .02)])
            return [a] * size
        if arch == 'cowork':
            return [rng.choice(['DE', 'NL', 'GB', 'EE', 'LV', 'LT', 'PL', 'CZ', 'AE', 'SG', 'HK', 'TR', 'GE', 'AM',
                                'KZ', 'CY', 'US', 'MY'])] * size
        if arch == 'family':
            h = rng.choice(['TR', 'AE', 'CY', 'GE', 'AM', 'DE', 'NL', 'GB', 'KZ', 'AZ', 'IR', 'RU', 'UZ'])
            return [h] + [h if rng.random() < 0.6 else rng.choice(['CY', 'AE', 'NL', 'GB', 'GE', 'AM', 'DE'])
                          for _ in range(size - 1)]
        if arch == 'cn':
            first = rng.choice(['CN', 'CN', 'HK'])
            return [first] + [wchoice(rng, [('CN', .4), ('HK', .3), ('SG', .15), ('MY', .15)]) for _ in range(size - 1)]
        return [rng.choice(['KZ', 'KG', 'UZ', 'AM', 'GE', 'TR', 'RU', 'IR', 'AE', 'AZ', 'BY'])] * size

    def net_cult(self, arch, iso):
        rng = self.rng
        if arch == 'transship':
            return {'RU': 'ru', 'BY': 'by', 'IR': 'ir'}[iso]
        if arch == 'agent':
            return wchoice(rng, [('ru', .3), ('cn', .2), ('en', .15), ('ar', .1), ('ir', .1), ('hk', .1), ('tr', .05)])
        if arch == 'cn':
            return 'hk' if iso == 'HK' else 'cn'
        return self.pick_cult(iso)

    def tree(self, arch, n):
        rng = self.rng
        if arch in ('dup', 'weak', 'mobile'):
            return [(i - 1, i) for i in range(1, n)]
        if arch in ('reseller', 'cowork'):
            return [(0, i) for i in range(1, n)]
        if arch == 'transship':
            return [(0 if rng.random() < 0.6 else rng.randrange(i), i) for i in range(1, n)]
        return [(rng.randrange(i), i) for i in range(1, n)]

    def _resolve(self, net, k, u, v):
        rng = self.rng
        C = net.cache
        if k == 'reg':
            if 'reg' not in C:
                C['reg'] = self.own_regid(net.iso)
            return C['reg']
        if k == 'pay':
            if 'pay' not in C:
                C['pay'] = self.own_pay()
            return C['pay']
        if k == 'ssh':
            keys = C.setdefault('keys', [])
            for x in u.keys:
                if x in keys:
                    return x
            if not keys or (len(keys) < 3 and rng.random() < 0.35):
                keys.append(self.own_key())
                return keys[-1]
            return rng.choice(keys)
        if k == 'tel':
            tels = C.setdefault('tels', [])
            for ph, _ in u.phones:
                if ph in tels:
                    return ph
            if not tels or (len(tels) < 2 and rng.random() < 0.3):
                mob = {'mobile': True, 'cowork': False, 'reseller': False}.get(net.arch, rng.random() < 0.5)
                tels.append(self.own_phone(net.iso, mob))
                return tels[-1]
            return rng.choice(tels)
        if k == 'unit':
            if 'office' not in C:
                if net.arch == 'cowork':
                    b = rng.choice(self.cowork(net.iso))
                else:
                    b = self._obld(net)
                C['office'] = (b, self.tenant_unit(b))
            return C['office']
        if k == 'bld':
            return self._obld(net)
        if k == 'dom':
            if 'dom' not in C:
                C['dom'] = self.own_domain(self._net_stem(net)[0], net.iso)
            return C['dom']
        if k == 'ip':
            if 'ip' not in C:
                C['ip'] = self.own_static4()
            return C['ip']
        if k == 'ip6':
            if 'ip6' not in C:
                C['ip6'] = self.own_static6()
            return C['ip6']
        if k == 's24':
            if 's24' not in C:
                C['s24'] = (self.own_ip4(), set())
            return C['s24']
        if k == 's48':
            if 's48' not in C:
                C['s48'] = (self.own_ip6(), set())
            return C['s48']
        if k == 'per':
            pers = C.setdefault('pers', [])
            for p in u.dirs + u.owns:
                if p in pers:
                    return p
            if not pers or (len(pers) < 3 and rng.random() < 0.3):
                pers.append(self.new_person(net.cult))
                return pers[-1]
            return rng.choice(pers)
        if k == 'own':
            if 'hold' not in C:
                st = self._net_stem(net)[0] if rng.random() < 0.5 else None
                C['hold'] = self.new_company(net.iso if net.arch != 'transship' else net.iso, stem_text=st,
                                             words=rng.choice([['Holdings'], ['Group'], [], ['Trading']]))
            return C['hold']
        if k == 'name':
            return self._net_stem(net)
        raise KeyError(k)

    def _net_stem(self, net):
        if net.stem is None:
            if net.arch == 'cn':
                s, h = self.new_cn_brand()
                net.stem = (s, h, 'cn' if h else 'syn')
            else:
                s, _ = self.new_stem()
                net.stem = (s, None, 'syn')
        return net.stem

    def _obld(self, net):
        if 'obld' not in net.cache:
            net.cache['obld'] = self.own_bld(net.iso)
        return net.cache['obld']

    def _feas(self, k, c, o):
        if k == 'reg':
            return c.regid in (None, o) and c.iso == o.iso
        if k == 'pay':
            return c.pay in (None, o)
        if k == 'ssh':
            return o in c.keys or len(c.keys) < 4
        if k == 'tel':
            return any(ph is o for ph, _ in c.phones) or len(c.phones) < 2
        if k == 'unit':
            return c.iso == o[0].iso and (c.addr is None or (c.addr[0] is o[0] and c.addr[1] == o[1]))
        if k == 'bld':
            return c.iso == o.iso and (c.addr is None or c.addr[0] is o)
        if k == 'dom':
            return c.email is None or c.email[1] is o or c.site is None or c.site is o
        if k in ('ip', 'ip6', 's24', 's48', 'per', 'own'):
            return len(c.ips) < 4 if k in ('ip', 'ip6', 's24', 's48') else len(c.dirs) + len(c.owns) < 6
        if k == 'name':
            return c.name is None or c.name.key == name_key(o[0])
        return False

    def _put(self, net, k, c, o):
        rng = self.rng
        if k == 'reg':
            c.regid = o
            c.lock.add('regid')
        elif k == 'pay':
            c.pay = o
        elif k == 'ssh':
            if o not in c.keys:
                c.keys.append(o)
            c.evkeys.add(o.uid)
        elif k == 'tel':
            if not any(ph is o for ph, _ in c.phones):
                ext = str(rng.randrange(10, 999)) if (not o.mobile and rng.random() < 0.3) else None
                c.phones.append((o, ext))
        elif k == 'unit':
            c.addr = o
        elif k == 'bld':
            if c.addr is None:
                c.addr = (o, self.tenant_unit(o))
        elif k == 'dom':
            if (c.email is not None and c.email[1] is o) or c.site is o:
                return
            if c.email is None and (c.site is not None or rng.random() < 0.65):
                c.email = (self.local_part(c, net), o)
            else:
                c.site = o
        elif k in ('ip', 'ip6'):
            if o not in c.ips:
                c.ips.append(o)
        elif k in ('s24', 's48'):
            pre, used = o
            sh = 8 if k == 's24' else 80
            kind = '4' if k == 's24' else '6'
            if not any(v.val[0] == kind and (v.val[1] >> sh) == pre for v in c.ips):
                c.ips.append(self.ip_in(pre, kind, used))
        elif k == 'per':
            if o not in c.dirs and o not in c.owns:
                (c.dirs if rng.random() < 0.65 else c.owns).append(o)
        elif k == 'own':
            if o not in c.owns:
                c.owns.append(o)
        elif k == 'name':
            s, h, kind = o
            c.name = self.new_cname(c.iso, stem=s, kind=kind, han=h)
            c.lock.add('name')
        if k in ('unit', 'bld'):
            c.lock.add('addr')

    def try_apply(self, net, kinds, u, v):
        objs = []
        for k in kinds:
            o = self._resolve(net, k, u, v)
            if not (self._feas(k, u, o) and self._feas(k, v, o)):
                return False
            objs.append(o)
        for k, o in zip(kinds, objs):
            self._put(net, k, u, o)
            self._put(net, k, v, o)
        return True

    def build_net(self, arch, size):
        rng = self.rng
        net = Net(len(self.nets), arch, self.new_party())
        self.nets.append(net)
        isos = self.net_isos(arch, size)
        net.iso = isos[0]
        net.cult = self.net_cult(arch, net.iso)
        for iso in isos:
            self.new_cust(iso, net.party, net)
        M = net.members
        M[0].role = 'principal'
        if arch == 'mobile':
            for c in M:
                c.role = 'mobile'
        menu = MENU[arch]
        singles = [o for o in menu if len(o[0]) == 1]
        for a, b in self.tree(arch, size):
            u, v = M[a], M[b]
            opts = list(menu)
            kinds = None
            while opts:
                k = wchoice(rng, opts)
                if self.try_apply(net, k, u, v):
                    kinds = k
                    break
                opts = [o for o in opts if o[0] != k]
            if kinds is None:
                kinds = ('ssh',)
                self.try_apply(net, kinds, u, v)
            net.edges.append((u.idx, v.idx, kinds))
            if arch == 'dup':
                for extra in (('unit',), ('tel',), ('dom',), ('pay',)):
                    if rng.random() < 0.35:
                        self.try_apply(net, extra, u, v)
            elif arch != 'weak' and rng.random() < 0.25 and singles:
                self.try_apply(net, wchoice(rng, singles), u, v)
        # archetype flavour before defaults
        for c in M:
            if arch == 'agent' and c.addr is None and rng.random() < 0.9 and c.iso in self.agent_blds:
                b = self.agent_pick(c.iso)
                c.addr = (b, self.tenant_unit(b) if b.tenant else None)
            if arch == 'agent' and c.iso in self.nominees and rng.random() < 0.6:
                c.dirs.append(rng.choice(self.nominees[c.iso]))
            if arch == 'transship' and c is not M[0] and c.addr is None and rng.random() < 0.3 \
                    and c.iso in self.agent_blds:
                b = self.agent_pick(c.iso)
                c.addr = (b, self.tenant_unit(b) if b.tenant else None)
            if arch == 'cowork' and c.addr is None and rng.random() < 0.5:
                b = rng.choice(self.cowork(c.iso))
                c.addr = (b, self.tenant_unit(b))
            if arch == 'dup' and c is not M[0]:
                c.name = M[0].name if M[0].name is not None else None
        if arch == 'dup' and M[0].name is None:
            M[0].name = self.new_cname(M[0].iso)
            for c in M[1:]:
                c.name = M[0].name
        return net

    def agent_pick(self, iso):
        lst = self.agent_blds[iso]
        return wchoice(self.rng, [(b, 1.0 / (i + 1)) for i, b in enumerate(lst)])

    # ------------------------------------------------------------ defaults
    def slug(self, c):
        return re.sub(r'[^a-z0-9]', '', ascii_strip(c.name.stem).lower())[:20] or 'client'

    def local_part(self, c, net=None):
        rng = self.rng
        if net is not None and net.arch == 'reseller':
            tail = self.slug(c) if c.name is not None else 'c%d' % rng.randrange(100, 99999)
            return rng.choice(['ops+', 'billing+', 'gpu+', 'client-', 'acct.']) + tail
        return rng.choice(['info', 'office', 'admin', 'sales', 'contact', 'ceo', 'director', 'accounts', 'finance',
                           'billing', 'ops', 'support', 'hello', 'mail', 'team', 'it', 'procurement'])

    def free_email(self, c):
        rng = self.rng
        iso = c.iso
        reg_ = FREEMAIL_REGION.get(iso)
        if reg_ and rng.random() < 0.6:
            lst = self.free[reg_]
            if iso in FREEMAIL_LOCAL and rng.random() < 0.3:
                lst = self.free[FREEMAIL_LOCAL[iso]]
        else:
            lst = self.free['global']
        d = rng.choice(lst)
        return (self.free_local(c, d), d)

    def free_local(self, c, d=None):
        rng = self.rng
        base = None
        if c.dirs and rng.random() < 0.6:
            p = c.dirs[0]
            if p.corp is None and not p.hub:
                base = re.sub(r'[^a-z.]', '', ascii_strip(p.canon).lower().replace(' ', rng.choice(['.', '_', ''])))
        if not base:
            base = self.slug(c)
        for i in range(50):
            loc = base + (str(rng.randrange(1, 9999)) if (i or rng.random() < 0.5) else '')
            key = ('em', loc + '@' + (d.val if d else '*'))
            if key not in self.reg:
                self.reg.add(key)
                return loc
        return base + str(self.nuid())

    def fill_defaults(self, c):
        rng = self.rng
        iso = c.iso
        if c.name is None:
            c.name = self.new_cname(iso)
        if c.regid is None:
            r = rng.random()
            if r < 0.004 and self.strong_hubs and c.net is None:
                c.regid = rng.choice(self.ph_reg)
            elif r < 0.85:
                c.regid = self.own_regid(iso)
        if c.addr is None and rng.random() < (0.5 if c.role == 'mobile' else 0.8):
            r = rng.random()
            ap = AGENT_P.get(iso, .05)
            if r < ap and iso in self.agent_blds:
                b = self.agent_pick(iso)
                c.addr = (b, self.tenant_unit(b) if b.tenant else None)
            elif r < ap + 0.08 and iso not in ('VG', 'SC', 'MH'):
                b = rng.choice(self.cowork(iso))
                c.addr = (b, b.vunit if rng.random() < 0.4 else self.tenant_unit(b))
            else:
                b = self.own_bld(iso)
                c.addr = (b, self.tenant_unit(b) if rng.random() < 0.55 else None)
        b = c.addr[0] if c.addr else None
        if not c.phones and rng.random() < 0.72:
            c.phones.append((self.own_phone(iso, True if c.role == 'mobile' else None), None))
            if rng.random() < 0.12:
                c.phones.append((self.own_phone(iso), None))
        if b is not None and b.hub and b.phone is not None and len(c.phones) < 2 and rng.random() < 0.3:
            c.phones.append((b.phone, str(rng.randrange(10, 999)) if rng.random() < 0.3 else None))
        if not c.phones and rng.random() < 0.02:
            c.phones.append((rng.choice(self.ph_phone), None))
        if c.email is None:
            r = rng.random()
            agentish = b is not None and b.hub and b.cat.startswith('agent') and iso in self.agent_mail
            if r < 0.42 or c.role == 'mobile':
                c.email = self.free_email(c)
            elif r < 0.84:
                stem = c.name.stem if c.name.kind != 'brand' else self.new_stem()[0]
                d = self.own_domain(stem, iso)
                c.email = (self.local_part(c), d)
                if c.site is None and rng.random() < 0.6:
                    c.site = d
            elif r < 0.88 and agentish:
                c.email = (self.free_local(c, self.agent_mail[iso]), self.agent_mail[iso])
            elif r < 0.9:
                c.email = rng.choice(self.ph_mail)
            elif r < 0.91:
                d = rng.choice(self.typo)
                c.email = (self.free_local(c, d), d)
        if c.site is None and c.role != 'mobile':
            r = rng.random()
            if r < 0.09:
                c.site = ('platform', rng.choice(self.platforms))
            elif r < 0.11:
                c.site = rng.choice(self.ph_site)
            elif r < 0.2:
                c.site = self.own_domain(self.slug(c), iso)
        if c.pay is None and rng.random() < 0.6:
            c.pay = self.own_pay()
        agentish = b is not None and b.hub and b.cat.startswith('agent') and iso in self.nominees
        nd = wchoice(rng, [(0, .33), (1, .37), (2, .2), (3, .1)])
        for _ in range(nd):
            r = rng.random()
            if agentish and r < 0.4:
                p = rng.choice(self.nominees[iso])
            elif r < 0.05:
                p = rng.choice(self.common)
            else:
                p = self.new_person(self.pick_cult(iso))
            if p not in c.dirs:
                c.dirs.append(p)
        no = wchoice(rng, [(0, .55), (1, .3), (2, .15)])
        for _ in range(no):
            r = rng.random()
            if c.dirs and r < 0.4:
                p = rng.choice(c.dirs)
            elif r < 0.65:
                p = self.new_company(rng.choice([iso, iso, 'VG', 'CY', 'AE', 'HK', 'SC']))
            elif agentish and r < 0.8:
                p = rng.choice(self.nominees[iso])
            else:
                p = self.new_person(self.pick_cult(iso))
            if p not in c.owns:
                c.owns.append(p)
        n = wchoice(rng, [(0, .22), (1, .38), (2, .25), (3, .1), (4, .05)])
        for _ in range(n):
            r = rng.random()
            if c.role == 'mobile':
                v = rng.choice(self.mobile_ips(iso)) if r < .8 else rng.choice(self.ip_vpn)
            elif r < 0.33:
                v = self.own_static4()
            elif r < 0.43:
                v = self.own_static6()
            elif r < 0.6:
                v = rng.choice(self.ip_cloud)
            elif r < 0.74:
                v = rng.choice(self.mobile_ips(iso))
            elif r < 0.86:
                v = rng.choice(self.ip_vpn)
            elif r < 0.92:
                v = rng.choice(self.ip_relay)
            elif r < 0.96 and b is not None and b.egress is not None:
                v = b.egress
            elif r < 0.975:
                v = rng.choice(self.ip_junk)
            else:
                v = self.own_static4()
            if v not in c.ips:
                c.ips.append(v)
        if rng.random() < 0.4:
            for _ in range(rng.choice([1, 1, 2])):
                c.keys.append(self.own_key())
        if self.strong_hubs and rng.random() < 0.0015:
            c.keys.append(rng.choice(self.key_hubs))

    # ------------------------------------------------------------ population
    def build(self):
        rng = self.rng
        for arch, size in self.plan():
            self.build_net(arch, size)
        n_net = len(self.custs)
        singles = []
        for _ in range(self.N - n_net):
            c = self.new_cust(self.pick_iso(), self.new_party())
            singles.append(c)
        # decoys among strangers (each stranger gets at most one weak fact)
        pool = list(singles)
        rng.shuffle(pool)
        pos = 0

        def take(k):
            nonlocal pos
            out = pool[pos:pos + k]
            pos += k
            return out
        self.n_decoy = Counter()
        for _ in range(int(0.005 * len(singles))):
            grp = take(rng.choice([2, 2, 3]))
            if len(grp) < 2:
                break
            s, _ = self.new_stem()
            for c in grp:
                c.name = self.new_cname(c.iso, stem=s)
            self.n_decoy['lookalike_names'] += 1
        for _ in range(int(0.004 * len(singles))):
            grp = take(2)
            if len(grp) < 2:
                break
            grp[1].iso = grp[0].iso
            b = self.own_bld(grp[0].iso)
            for c in grp:
                c.addr = (b, self.tenant_unit(b))
            self.n_decoy['same_small_building'] += 1
        s24_pairs = [take(2) for _ in range(int(0.004 * len(singles)))]
        s48_pairs = [take(2) for _ in range(int(0.002 * len(singles)))]
        adv = take(max(3, int(0.004 * len(singles))))
        for c in adv:
            c.adv = True
        for c in self.custs:
            self.fill_defaults(c)
        for grp in s24_pairs:
            if len(grp) == 2:
                pre, used = self.own_ip4(), set()
                for c in grp:
                    c.ips.append(self.ip_in(pre, '4', used))
                self.n_decoy['same_/24'] += 1
        for grp in s48_pairs:
            if len(grp) == 2:
                pre, used = self.own_ip6(), set()
                for c in grp:
                    c.ips.append(self.ip_in(pre, '6', used))
                self.n_decoy['same_/48'] += 1
        # listing
        k = int(round(0.2 * len(self.nets)))
        w = [(n, {'transship': 3.0, 'agent': 1.5}.get(n.arch, 1.0)) for n in self.nets]
        chosen = set()
        while len(chosen) < k and w:
            n = wchoice(rng, w)
            chosen.add(n.nid)
            w = [x for x in w if x[0].nid != n.nid]
        for n in self.nets:
            if n.nid in chosen:
                m = n.members[0] if n.arch == 'transship' or rng.random() < 0.4 else rng.choice(n.members)
                m.listed = True
        for c in singles:
            if rng.random() < 0.004:
                c.listed = True
        self.hub_fix()

    def hub_fix(self):
        rng = self.rng
        parties = defaultdict(set)
        locked_b = defaultdict(int)
        for c in self.custs:
            if c.addr:
                b, u = c.addr
                if b.hub:
                    parties[('b', b.uid)].add(c.party)
                    if 'addr' in c.lock:
                        locked_b[b.uid] += 1
                    if u is not None and u == b.vunit:
                        parties[('u', b.uid)].add(c.party)
            objs = [ph for ph, _ in c.phones] + [p for p in c.dirs + c.owns] + list(c.ips) + list(c.keys)
            if c.email:
                objs.append(c.email[1])
            if c.site is not None:
                objs.append(c.site[1] if isinstance(c.site, tuple) else c.site)
            if c.regid is not None:
                objs.append(c.regid)
            for o in objs:
                if o.hub:
                    parties[('o', o.uid)].add(c.party)
        # top up hub buildings that carry planted evidence but are too small
        blds = {}
        for c in self.custs:
            if c.addr and c.addr[0].hub:
                blds[c.addr[0].uid] = c.addr[0]
        for uid, b in blds.items():
            if len(parties[('b', uid)]) < HUB_MIN and locked_b.get(uid):
                cand = [c for c in self.custs if c.net is None and c.iso == b.iso and 'addr' not in c.lock
                        and not (c.addr and c.addr[0].hub)]
                rng.shuffle(cand)
                for c in cand:
                    if len(parties[('b', uid)]) >= HUB_MIN:
                        break
                    c.addr = (b, self.tenant_unit(b))
                    parties[('b', uid)].add(c.party)

        def small(key):
            return len(parties.get(key, ())) < HUB_MIN
        self.fixed = Counter()
        for c in self.custs:
            if c.addr:
                b, u = c.addr
                if b.hub and small(('b', b.uid)) and 'addr' not in c.lock:
                    nb = self.own_bld(c.iso)
                    c.addr = (nb, self.tenant_unit(nb) if u is not None else None)
                    self.fixed['address'] += 1
                elif b.hub and u is not None and u == b.vunit and small(('u', b.uid)):
                    c.addr = (b, self.tenant_unit(b))
                    self.fixed['virtual_unit'] += 1
            keep = []
            for ph, e in c.phones:
                if ph.hub and small(('o', ph.uid)):
                    self.fixed['phone'] += 1
                else:
                    keep.append((ph, e))
            c.phones = keep
            if c.email and c.email[1].hub and small(('o', c.email[1].uid)):
                c.email = (self.free_local(c, self.gmail), self.gmail)
                self.fixed['email'] += 1
            if c.site is not None:
                o = c.site[1] if isinstance(c.site, tuple) else c.site
                if o.hub and small(('o', o.uid)):
                    c.site = None
                    self.fixed['website'] += 1
            for attr in ('dirs', 'owns'):
                lst = getattr(c, attr)
                nl = [p for p in lst if not (p.hub and small(('o', p.uid)))]
                if len(nl) != len(lst):
                    self.fixed['person'] += len(lst) - len(nl)
                    setattr(c, attr, nl)
            ni = []
            for v in c.ips:
                if v.hub and small(('o', v.uid)):
                    ni.append(self.own_static4())
                    self.fixed['ip'] += 1
                else:
                    ni.append(v)
            c.ips = ni
            c.keys = [v for v in c.keys if not (v.hub and small(('o', v.uid)))]
            if c.regid is not None and c.regid.hub and small(('o', c.regid.uid)):
                c.regid = self.own_regid(c.iso)
                self.fixed['registration_id'] += 1

    # ------------------------------------------------------------ rendering
    def render_site_v(self, c, rng):
        s = c.site
        if isinstance(s, tuple):
            d = s[1].val
            slug = self.slug(c)
            if ('plat', slug) in self.reg:
                slug = slug + str(self.nuid())
            self.reg.add(('plat', slug))
            t = {'wixsite.com': slug + '.wixsite.com/' + rng.choice(['home', 'website', slug]),
                 'business.site': slug + '.business.site', 'tilda.ws': slug + '.tilda.ws',
                 't.me': 't.me/' + slug, 'instagram.com': 'instagram.com/' + slug,
                 'linkedin.com': 'linkedin.com/company/' + slug, 'google.com': 'sites.google.com/view/' + slug,
                 'taplink.cc': 'taplink.cc/' + slug, 'vk.com': 'vk.com/' + slug, 'facebook.com': 'facebook.com/' + slug,
                 'wa.me': 'wa.me/' + str(rng.randrange(10 ** 10, 10 ** 11))}[d]
            return rng.choice(['', 'https://', 'https://www.' if d in ('instagram.com', 'linkedin.com',
                                                                       'facebook.com') else 'https://']) + t
        if s.kind == 'phsite':
            return s.val
        want = registrable(s.val)
        for _ in range(4):
            t = render_site(s.val, rng)
            if norm_site(t) == want:
                return t
        return 'https://' + s.val

    def render(self, c, rng):
        d = {}
        r = rng.random()
        names = COUNTRY_NAMES[c.iso]
        if r < 0.025:
            cs = ''
        elif r < 0.03:
            cs = ' '
        elif r < 0.45:
            cs = names[0]
        elif r < 0.5:
            cs = names[1]
        elif r < 0.85:
            cs = names[2] if len(names) > 2 else names[0]
        else:
            cs = rng.choice(names)
        r = rng.random()
        if r < 0.05:
            cs = cs.lower()
        elif r < 0.1:
            cs = cs.upper()
        elif r < 0.13:
            cs = cs + ' '
        rec_iso = norm_country(cs)
        name = render_cname(c.name, c.iso, rng, True)
        if 'name' not in c.lock and rng.random() < 0.03:
            name = typo(name, rng)
        d['name'] = name
        d['country'] = cs
        if c.regid is not None:
            d['registration_id'] = render_reg(c.regid, rng)
        if c.addr is not None:
            d['address'] = render_addr(c.addr[0], c.addr[1], rec_iso, rng)
        if c.phones:
            parts = []
            for ph, ext in c.phones:
                if isinstance(ph, V):
                    parts.append(ph.val)
                else:
                    parts.append(render_phone(ph, rec_iso, rng, ext))
            if len(parts) == 2 and rng.random() < 0.3:
                labs = rng.choice([('Tel: ', 'Mob: '), ('Office: ', 'Mobile: '), ('T: ', 'M: '), ('тел.: ', 'моб.: ')])
                parts = [labs[0] + parts[0], labs[1] + parts[1]]
            d['phone'] = rng.choice([' / ', '; ', ', ', ' | ', '\n', ' or ']).join(parts)
        if c.email is not None:
            loc, dom = c.email
            disp = None
            if rng.random() < 0.5 and c.dirs and c.dirs[0].corp is None:
                disp = render_person(c.dirs[0], c.iso, rng)
            elif rng.random() < 0.5:
                disp = c.name.stem
            d['email'] = render_email(loc, dom.val, rng, disp)
        if c.site is not None:
            d['website'] = self.render_site_v(c, rng)
        if c.pay is not None:
            d['payment_fingerprint'] = render_pay(c.pay, rng)
        if c.dirs:
            d['directors'] = [render_person(p, c.iso, rng) for p in c.dirs]
        if c.owns:
            d['owners'] = [render_person(p, c.iso, rng) for p in c.owns]
        if c.ips:
            d['ips'] = [render_ip(v, rng) for v in c.ips]
        if c.keys:
            ks = []
            for v in c.keys:
                if v.hub:
                    ks.append(render_ssh(v, rng, 'sha'))
                elif v.uid in c.evkeys:
                    ks.append(render_ssh(v, rng, 'sha'))
                    if rng.random() < 0.1:
                        ks.append(render_ssh(v, rng, 'md5'))
                else:
                    ks.append(render_ssh(v, rng))
            d['ssh_keys'] = ks
        if c.listed:
            d['listed'] = True
        elif rng.random() < 0.4:
            d['listed'] = False
        elif rng.random() < 0.03:
            d['listed'] = None
        for f in ('registration_id', 'address', 'phone', 'email', 'website', 'payment_fingerprint'):
            if f not in d:
                r = rng.random()
                if r < 0.03:
                    d[f] = None
                elif r < 0.05:
                    d[f] = ''
        for f in ('directors', 'owners', 'ips', 'ssh_keys'):
            if f not in d:
                r = rng.random()
                if r < 0.03:
                    d[f] = []
                elif r < 0.04:
                    d[f] = None
        if c.adv:
            self.adversarial(d, rng)
        return d

    def adversarial(self, d, rng):
        tricks = rng.sample(range(13), rng.randrange(2, 5))
        for t in tricks:
            if t == 0:
                d['name'] = d['name'] + ' ' + ('Very Long Name Segment ' * rng.randrange(40, 300))
            elif t == 1:
                d['name'] = rng.choice(['🚀 ', '💻', '🇦🇪 ', '👨\u200d💻 ']) + d['name'] + rng.choice([' ✨', ' 🔥🔥', ''])
            elif t == 2:
                d['name'] = '\u200f' + d['name'] + '\u200e\u200d'
            elif t == 3:
                d['name'] = unicodedata.normalize('NFD', d['name']) + '\u0301\u0308'
            elif t == 4 and d.get('phone'):
                d['phone'] = d['phone'].translate(_FW_DIG)
            elif t == 5:
                d['address'] = ((d.get('address') or 'Unknown') + '\u0000\t\r\n') * rng.randrange(20, 80)
            elif t == 6:
                d['ips'] = (d.get('ips') or []) + ['unknown', '', 'N/A', '999.1.1.1', '1.2.3', '::::',
                                                   '256.256.256.256'] * rng.randrange(1, 20)
            elif t == 7:
                d['directors'] = (d.get('directors') or []) + ['Director %06d' % rng.randrange(10 ** 6)
                                                               for _ in range(rng.randrange(50, 250))]
            elif t == 8:
                for f in ('registration_id', 'payment_fingerprint'):
                    d[f] = rng.choice(['', None, '   '])
                for f in ('email', 'website'):
                    d[f] = rng.choice(['', None, '   ', '\u200b'])
            elif t == 9:
                blob = ssh_blob(rng)
                d['ssh_keys'] = (d.get('ssh_keys') or []) + ['ssh-ed25519 ' + base64.b64encode(blob).decode() +
                                                             ' root@localhost', '', 'not-a-key-%x' % rng.getrandbits(40)]
            elif t == 10:
                d['email'] = rng.choice(['"Ivan" <>', 'mailto:', '@', 'no e-mail', '\u200b'])
            elif t == 12:
                d['name'] = rng.choice(['', ' ', '\u3000', '\u200b'])
            elif t == 11:
                d['website'] = rng.choice(['javascript:alert(1)', 'http://[::1', 'ftp://',
                                           'https://' + 'x' * rng.randrange(2000, 4000) + '%d.example' % rng.randrange(10 ** 9)])

    def emit(self, out_path, truth_path):
        rng = self.rng
        order = list(self.custs)
        rng.shuffle(order)
        ids = set()
        alpha = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        labels = {}
        idmap = {}
        with open(out_path, 'w', encoding='utf-8') as fo, open(truth_path, 'w', encoding='utf-8') as ft:
            for c in order:
                while True:
                    r = rng.random()
                    if r < 0.5:
                        cid = 'cus_' + ''.join(rng.choice(alpha) for _ in range(14))
                    elif r < 0.7:
                        cid = 'C%09d' % rng.randrange(10 ** 9)
                    elif r < 0.9:
                        h = '%032x' % rng.getrandbits(128)
                        cid = '%s-%s-4%s-%s-%s' % (h[:8], h[8:12], h[13:16], h[16:20], h[20:32])
                    else:
                        cid = 'acct-%010x' % rng.getrandbits(40)
                    if cid not in ids:
                        ids.add(cid)
                        break
                idmap[c.idx] = cid
                if c.party not in labels:
                    labels[c.party] = 'g%d' % (len(labels) + 1)
                d = {'id': cid}
                d.update(self.render(c, rng))
                fo.write(json.dumps(d, ensure_ascii=False) + '\n')
                ft.write('%s,%s\n' % (cid, labels[c.party]))
        intended = []
        for n in self.nets:
            for a, b, kinds in n.edges:
                intended.append((idmap[a], idmap[b], n.arch, kinds))
        return intended


# =============================================================================
# Part H. Independent check (reads only OUT.jsonl and TRUTH.csv; intended
#         edges, when given, are just pairs of ids to verify)
# =============================================================================
SPEC_FIELDS = {'id', 'name', 'country', 'registration_id', 'address', 'email', 'phone', 'website',
               'payment_fingerprint', 'directors', 'owners', 'ips', 'ssh_keys', 'listed'}
STR_FIELDS = ('registration_id', 'address', 'email', 'phone', 'website', 'payment_fingerprint')
ARR_FIELDS = ('directors', 'owners', 'ips', 'ssh_keys')
EV_CLASS = {'reg': 'strong', 'pay': 'strong', 'ssh': 'strong', 'tel': 'specific', 'unit': 'specific',
            'dom': 'specific', 'ip4': 'specific', 'ip6': 'specific', 'per': 'specific', 'name': 'weak',
            's24': 'weak', 's48': 'weak', 'bld': 'weak'}


def type_errors(r):
    e = []
    for f in ('id', 'name', 'country'):
        if not isinstance(r.get(f), str):
            e.append(f)
    for f in STR_FIELDS:
        if f in r and r[f] is not None and not isinstance(r[f], str):
            e.append(f)
    for f in ARR_FIELDS:
        if f in r and r[f] is not None and (not isinstance(r[f], list) or not all(isinstance(x, str) for x in r[f])):
            e.append(f)
    if 'listed' in r and r['listed'] is not None and not isinstance(r['listed'], bool):
        e.append('listed')
    e.extend('unknown:' + k for k in r if k not in SPEC_FIELDS)
    return e


def record_tokens(r):
    iso = norm_country(r.get('country') or '')
    T = defaultdict(set)
    k = norm_reg(r.get('registration_id'))
    if k:
        T['reg'].add(k)
    k = norm_pay(r.get('payment_fingerprint'))
    if k:
        T['pay'].add(k)
    for s in r.get('ssh_keys') or []:
        k = norm_ssh(s)
        if k:
            T['ssh'].add(k)
    for e in norm_phones(r.get('phone'), iso):
        T['tel'].add(e)
    bk, u = norm_address(r.get('address'))
    if bk:
        T['bld'].add(bk)
        if u:
            T['unit'].add(bk + '|' + u)
    for d in norm_emails(r.get('email')):
        T['dom'].add(d)
    d = norm_site(r.get('website'))
    if d:
        T['dom'].add(d)
    for s in r.get('ips') or []:
        p = parse_ip(s)
        if p and ip_public(p[0], p[1]):
            if p[0] == '4':
                T['ip4'].add(p[1])
                T['s24'].add(p[1] >> 8)
            else:
                T['ip6'].add(p[1])
                T['s48'].add(p[1] >> 80)
    for n in (r.get('directors') or []) + (r.get('owners') or []):
        for k in person_keys(n):
            T['per'].add(k)
    k = name_key(r.get('name') or '')
    if k:
        T['name'].add(k)
    return T


_SCRIPTS = [('cyr', re.compile('[\u0400-\u04ff]')), ('arab', re.compile('[\u0600-\u06ff]')),
            ('han', HAN_RE), ('arm', re.compile('[\u0530-\u058f]')), ('geo', re.compile('[\u10a0-\u10ff]')),
            ('grk', re.compile('[\u0370-\u03ff]')), ('lat', re.compile('[A-Za-z]'))]


def script_class(s):
    return frozenset(n for n, r in _SCRIPTS if r.search(s or ''))


def _raws(r, k, v):
    out = []
    if k == 'per':
        for n in (r.get('directors') or []) + (r.get('owners') or []):
            if v in person_keys(n):
                out.append(n)
    elif k in ('bld', 'unit'):
        out.append(r.get('address') or '')
    elif k == 'name':
        out.append(r.get('name') or '')
    return out


def cross_script_only(ri, rj, Ti, Tj, ev, npart, common_keys):
    used = []
    for cls in ('strong', 'specific') if (ev['strong'] or ev['specific']) else ('weak',):
        used.extend(ev[cls])
    if any(k not in ('per', 'bld', 'unit', 'name') for k in used):
        return False
    for k in set(used):
        for v in Ti[k] & Tj[k]:
            if npart[(k, v)] >= HUB_MIN or (k == 'per' and v in common_keys):
                continue
            ai, aj = _raws(ri, k, v), _raws(rj, k, v)
            if any(script_class(x) == script_class(y) for x in ai for y in aj):
                return False
    return True


def run_check(out_path, truth_path, intended=None, log=sys.stderr):
    t0 = time.time()
    P = lambda *a: print(*a, file=log)
    truth = {}
    dup_truth = 0
    with open(truth_path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                continue
            i, p = line.split(',', 1)
            if i in truth:
                dup_truth += 1
            truth[i] = p
    recs, bad_json, terr, ids = [], 0, Counter(), Counter()
    with open(out_path, encoding='utf-8') as f:
        for line in f:
            try:
                r = json.loads(line)
            except Exception:
                bad_json += 1
                continue
            if not isinstance(r, dict):
                bad_json += 1
                continue
            for e in type_errors(r):
                terr[e] += 1
            ids[r.get('id')] += 1
            recs.append(r)
    dup_ids = sum(1 for v in ids.values() if v > 1)
    missing = sum(1 for r in recs if r.get('id') not in truth)
    P('check: records=%d bad_json=%d type_errors=%d dup_ids=%d ids_missing_in_truth=%d truth_rows=%d dup_truth=%d'
      % (len(recs), bad_json, sum(terr.values()), dup_ids, missing, len(truth), dup_truth))
    if terr:
        P('  type error fields:', dict(terr))
    party = [truth.get(r.get('id'), '?' + str(i)) for i, r in enumerate(recs)]
    pos = {r.get('id'): i for i, r in enumerate(recs)}
    toks = [record_tokens(r) for r in recs]
    index = defaultdict(list)
    for i, T in enumerate(toks):
        for k, vals in T.items():
            for v in vals:
                index[(k, v)].append(i)
    npart = {}
    for key, lst in index.items():
        npart[key] = len(set(party[i] for i in lst)) if len(lst) > 1 else 1
    common_keys = COMMON_KEYS

    def evidence(i, j):
        ev = {'strong': [], 'specific': [], 'weak': []}
        Ti, Tj = toks[i], toks[j]
        for k, vi in Ti.items():
            vj = Tj.get(k)
            if not vj:
                continue
            for v in vi & vj:
                if npart[(k, v)] >= HUB_MIN:
                    continue
                if k == 'per' and v in common_keys:
                    continue
                ev[EV_CLASS[k]].append(k)
        return ev

    def accepted(ev):
        return bool(ev['strong'] or ev['specific'] or len(ev['weak']) >= 2)

    def ev_label(ev):
        if ev['strong']:
            return 'strong:' + '+'.join(sorted(set(ev['strong'])))
        if ev['specific']:
            return 'specific:' + '+'.join(sorted(set(ev['specific'])))
        if len(ev['weak']) >= 2:
            return 'weak2:' + '+'.join(sorted(ev['weak']))
        return 'FAIL:' + '+'.join(sorted(ev['weak']))
    ok = True
    groups = defaultdict(list)
    for i, p in enumerate(party):
        groups[p].append(i)
    nets = {p: m for p, m in groups.items() if len(m) > 1}
    sizes = Counter(len(m) for m in nets.values())
    true_pairs = sum(len(m) * (len(m) - 1) // 2 for m in nets.values())
    P('truth: parties=%d networks=%d network_members=%d true_pairs=%d size_hist=%s' % (
        len(groups), len(nets), sum(len(m) for m in nets.values()), true_pairs,
        dict(sorted(sizes.items()))))
    # planted (intended) edges
    if intended:
        res = Counter()
        by_kind = Counter()
        fails = []
        cross_only = 0
        for a, b, arch, kinds in intended:
            i, j = pos.get(a), pos.get(b)
            if i is None or j is None:
                res['missing'] += 1
                continue
            ev = evidence(i, j)
            lab = ev_label(ev)
            by_kind[lab.split(':')[0]] += 1
            if accepted(ev):
                res['pass'] += 1
                if cross_script_only(recs[i], recs[j], toks[i], toks[j], ev, npart, common_keys):
                    cross_only += 1
            else:
                res['fail'] += 1
                if len(fails) < 8:
                    fails.append((arch, kinds, lab, recs[i], recs[j]))
        tot = sum(res.values())
        P('planted edges: %d  pass=%d (%.2f%%)  fail=%d  by accepted class=%s' % (
            tot, res['pass'], 100.0 * res['pass'] / max(1, tot), res['fail'], dict(by_kind)))
        P('  planted edges whose only evidence crosses scripts (Cyrillic/Arabic/Han/... vs Latin): %d' % cross_only)
        if res['fail']:
            ok = False
        for f in fails:
            P('  FAILED EDGE', f[0], f[1], f[2])
            P('    A', json.dumps(f[3], ensure_ascii=False)[:600])
            P('    B', json.dumps(f[4], ensure_ascii=False)[:600])
    # connectivity of every network using any accepted pair
    connected = 0
    span_ok = span_tot = 0
    direct = Counter()
    for p, m in nets.items():
        parent = list(range(len(m)))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for a in range(len(m)):
            for b in range(a + 1, len(m)):
                ev = evidence(m[a], m[b])
                lab = ev_label(ev).split(':')[0]
                direct[lab] += 1
                if accepted(ev):
                    ra, rb = find(a), find(b)
                    if ra != rb:
                        parent[ra] = rb
        comps = len(set(find(x) for x in range(len(m))))
        span_tot += len(m) - 1
        span_ok += len(m) - comps
        if comps == 1:
            connected += 1
    P('networks connected by accepted evidence: %d/%d; spanning edges passing %d/%d (%.2f%%)' % (
        connected, len(nets), span_ok, span_tot, 100.0 * span_ok / max(1, span_tot)))
    P('  within-network pairs by direct evidence: %s' % dict(direct))
    if connected != len(nets):
        ok = False
    # stranger hygiene
    viol = Counter()
    viol_ex = []
    common_shared = 0
    weak_pairs = Counter()
    for (k, v), lst in index.items():
        n = npart[(k, v)]
        if n < 2 or n >= HUB_MIN:
            continue
        cls = EV_CLASS[k]
        if cls != 'weak':
            if k == 'per' and v in common_keys:
                common_shared += 1
                continue
            viol[k] += 1
            if len(viol_ex) < 10:
                viol_ex.append((k, v, [recs[i].get('id') for i in lst][:6]))
        else:
            ps = sorted(set(party[i] for i in lst))
            for x in range(len(ps)):
                for y in range(x + 1, len(ps)):
                    weak_pairs[(ps[x], ps[y])] += 1
    multi = sum(1 for c in weak_pairs.values() if c >= 2)
    single = sum(1 for c in weak_pairs.values() if c == 1)
    P('stranger hygiene: specific/strong values shared by 2-9 parties: %d %s; common-name persons shared by '
      '2-9 parties (allowed): %d' % (sum(viol.values()), dict(viol), common_shared))
    P('  stranger party pairs with >=2 weak facts: %d (must be 0); with exactly 1 weak fact (decoys): %d'
      % (multi, single))
    for e in viol_ex:
        P('  VIOLATION', e)
    if viol or multi:
        ok = False
    hubs = Counter()
    hubmax = {}
    for (k, v), n in npart.items():
        if n >= HUB_MIN:
            hubs[k] += 1
            hubmax[k] = max(hubmax.get(k, 0), n)
    P('hubs (>=%d parties) by type: %s' % (HUB_MIN, ', '.join('%s=%d(max %d)' % (k, hubs[k], hubmax[k])
                                                           for k in sorted(hubs))))
    P('check finished in %.1fs: %s' % (time.time() - t0, 'OK' if ok and not bad_json and not terr and not dup_ids
                                         else 'PROBLEMS'))
    return ok and not bad_json and not terr and not dup_ids


COMMON_KEYS = set()


def _init_common_keys():
    g = Gen.__new__(Gen)
    g.uid = 0
    for cult, gv, s in COMMON_SPEC:
        p = Gen._mk_person_fixed(g, cult, gv, s)
        if p.key:
            COMMON_KEYS.add(p.key)


# =============================================================================
# Part I. Main
# =============================================================================
def main(argv):
    flags = [a for a in argv[1:] if a.startswith('--')]
    args = [a for a in argv[1:] if not a.startswith('--')]
    _init_common_keys()
    if '--check-only' in flags:
        if len(args) != 2:
            print('usage: linkage_gen10.py --check-only OUT.jsonl TRUTH.csv', file=sys.stderr)
            return 2
        return 0 if run_check(args[0], args[1]) else 1
    if len(args) != 4:
        print(__doc__.split('\n\n')[1], file=sys.stderr)
        return 2
    N, seed, out, truth = int(args[0]), int(args[1]), args[2], args[3]
    t0 = time.time()
    g = Gen(N, seed, strong_hubs='--no-strong-hubs' not in flags)
    g.build()
    intended = g.emit(out, truth)
    sizes = Counter(len(n.members) for n in g.nets)
    members = sum(len(n.members) for n in g.nets)
    pairs = sum(len(n.members) * (len(n.members) - 1) // 2 for n in g.nets)
    listed_nets = sum(1 for n in g.nets if any(c.listed for c in n.members))
    arch = Counter(n.arch for n in g.nets)
    evk = Counter()
    for n in g.nets:
        for _, _, kinds in n.edges:
            evk['+'.join(kinds)] += 1
    print('linkage_gen10: customers=%d networks=%d network_members=%d (%.1f%%) true_pairs=%d singletons=%d '
          'listed_networks=%d seed=%d time=%.1fs' % (len(g.custs), len(g.nets), members,
                                                    100.0 * members / max(1, len(g.custs)), pairs,
                                                    len(g.custs) - members, listed_nets, seed, time.time() - t0),
          file=sys.stderr)
    if '--verbose' in flags or '--check' in flags:
        print('  archetypes: %s' % dict(arch), file=sys.stderr)
        print('  sizes: %s' % dict(sorted(sizes.items())), file=sys.stderr)
        print('  planted edge evidence: %s' % dict(evk.most_common()), file=sys.stderr)
        print('  decoys: %s; hub fixes: %s' % (dict(g.n_decoy), dict(g.fixed)), file=sys.stderr)
    if '--check' in flags:
        return 0 if run_check(out, truth, intended) else 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
