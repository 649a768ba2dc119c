#!/usr/bin/env python3
"""linkage_gen13.py: synthetic KYC populations of a GPU cloud with planted shell networks.

Usage:  python3 linkage_gen13.py N SEED OUT.jsonl TRUTH.csv
        GEN13_ARCH_OUT=arch.csv  also writes "id,archetype" for every customer.
Standard library only; the output depends only on (N, SEED).

World model
-----------
Every record is one customer account of a GPU cloud, as its KYC/billing system stores it:
company or individual name, country (of incorporation for companies, of residence for
people), registration id, address, contact e-mail, phone, website, a payment-card
fingerprint from the processor, directors and owners named in the KYC form, the IP
addresses seen at log-in and the SSH-key fingerprints used on the nodes.  About 22 %
of customers are individuals (students, researchers, freelancers).

Every fact is generated once as a *latent* value (a person, an address, an E.164
number, a domain, a card, a key) and rendered independently for each record that
uses it, so one fact shows up in many surface forms: St/Street, "Rm 1203, 12/F" vs
"Unit 1203, 12th Floor", native script (Chinese, Japanese, Korean, Cyrillic, Greek,
Arabic, Vietnamese diacritics) vs romanised, postcodes present/absent/ZIP+4, phone
formats with and without country code or trunk prefix, e-mail case, gmail dots and
+tags, sub-domains, websites with/without scheme, www and paths, person names in
other order, with/without patronymic or middle name, other transliterations, initials,
legal-form variants (Ltd/Limited/Co., Ltd/ООО/LLC/株式会社/K.K./Sdn Bhd/Pte Ltd...),
and typos.  Chinese people are stored by character, so one HK director is "陳大文",
"CHAN Tai Man", "Tai-man Chan", or "Peter Chan Tai Man" depending on the record.

Truth: a planted network is one real party (one principal, one family, one lab, one
company) behind several accounts.  After generation a checker walks every network
with the rules a careful human investigator would use (shared non-placeholder card,
SSH key or registration id; or at least two independent pieces of *rare* soft
evidence: a phone, an office down to the unit, a custom mail domain or mailbox, a
website, a non-nominee person with an uncommon name, a non-shared IP, a similar
name) and adds evidence until the network is connected under those rules.  So every
planted link is defensible; nothing in the noise is: phones, mailboxes, domains,
registration ids, cards and keys are unique to their party, and values shared by
strangers come only from the pools and placeholders listed under "Noise" (plus the
occasional same office unit or same dynamic IP, as in real data).  Fields a customer
did not give are omitted from its JSON object.

Archetypes (sizes 2..15, heavy-tailed; ~20 % of customers are in networks)
  dup_signup        the same company re-registers after a rejection or ban: name
                    mutated (legal form, typo, script), same reg id / phone / office /
                    SSH key / home IP in part, new card in part.
  credit_farm       one individual opens several trial accounts, sometimes under other
                    names: gmail dot/+tag variants, same laptop key, same home IP.
  serial_shells     a formation agent sets up 3..15 offshore/HK/SG shells for one
                    principal: all at the agent's registered address and phone (shared
                    with hundreds of strangers), a nominee director (on hundreds of
                    boards); the real links are the principal as owner, a holding
                    company, a few rotating cards, the engineers' SSH keys, the office IP.
  procurement_front fronts in AE/TR/KZ/HK/MY/CY/SG for a restricted lab in RU/CN/IR
                    with local nominee directors; linked by the lab's SSH keys and
                    log-in /24, a shared offshore owner, a procurement manager's phone,
                    rotating cards; one front may be listed.
  family_group      a Chinese family group across HK/SG/CN/MY/TW: relatives as directors
                    in different romanisations and scripts, patriarch as owner, a group
                    mail domain, ccTLD websites of one brand, group VPN egress.
  reseller_pool     a GPU reseller pools accounts for end users incl. a restricted lab:
                    reseller's domain, card and ops key, lab keys, datacenter IPs.
  card_rotation     fronts rotating a few cards; each card links a subgroup, shared phone
                    or director links the subgroups (tests transitivity).
  successor         a company is listed and reappears under new names: same directors
                    and owners (other spellings), same building (new floor), same
                    mailbox local part on a new domain, same office IP, old keys.
  soft_only         no strong identifier at all: rare phone, unit-level office, director,
                    mail domain, website and office IP in combinations of >= 2 per link.
  benign_multi      a legitimate company with several accounts (departments, subsidiaries):
                    one party too, not suspicious; labelled so it can be excluded.

Noise among unrelated customers
  registered/formation agents (BVI, Seychelles, Marshall Islands, Delaware, Wyoming,
  HK, SG, UK, Cyprus, UAE free zones) whose address, phone and mail domain appear on
  hundreds of companies; co-working spaces and serviced offices; office towers with
  many tenants on different floors; professional nominee directors and corporate
  secretaries; common person names (Wang Wei, Kim Min-jun, Mohammed Ahmed, John Smith);
  generic company names that collide across jurisdictions; free-mail and university
  mail; website builders and social pages (wixsite, sites.google, linkedin); carrier-
  grade NAT of mobile carriers, commercial VPN exits, Tor exits, corporate VPN egress,
  one cloud NAT used by ~2 % of customers, university NAT; residential ISP pools sized
  so strangers in one city share /24s (IPv6: /48 of the ISP); placeholders ("N/A",
  "000000", "none", test card tokens, a tutorial's example SSH key) at low rates.
"""
import bisect
import json
import math
import os
import random
import sys
import time
import unicodedata
from itertools import accumulate

# ----------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------


class Picker:
    """Weighted choice with precomputed cumulative weights."""
    __slots__ = ("items", "cum", "tot")

    def __init__(self, items, weights=None):
        self.items = list(items)
        w = weights if weights is not None else [1.0] * len(self.items)
        self.cum = list(accumulate(w))
        self.tot = self.cum[-1]

    def __call__(self, rng):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.tot)]


def zipf(n, s=1.0, head=1.0):
    return [1.0 / ((i + head) ** s) for i in range(n)]


def zpick(items, s=1.0, head=1.5):
    return Picker(items, zipf(len(items), s, head))


def dpick(d):
    return Picker(list(d.keys()), list(d.values()))


_DEACC = str.maketrans({"đ": "d", "Đ": "D", "ı": "i", "İ": "I", "ß": "ss", "ø": "o",
                        "Ø": "O", "ł": "l", "Ł": "L", "’": "'"})
_DEACC_CACHE = {}


def deaccent(s):
    r = _DEACC_CACHE.get(s)
    if r is None:
        t = unicodedata.normalize("NFKD", s.translate(_DEACC))
        r = "".join(c for c in t if not unicodedata.combining(c))
        if len(_DEACC_CACHE) < 200000:
            _DEACC_CACHE[s] = r
    return r


def umlaut_ascii(s):
    return (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
            .replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss"))


_KB = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm", "wqrtyuioplsdfghjkakxcvbnmn")}


def typo(rng, s):
    """One keyboard-style typo inside a token (never the first character)."""
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 1)
    k = rng.random()
    if not s[i].isalpha():
        return s
    if k < 0.3 and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if k < 0.55:
        return s[:i] + s[i + 1:]
    if k < 0.75:
        return s[:i] + s[i] + s[i:]
    c = _KB.get(s[i].lower(), s[i])
    return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]


def b64(rng, nbytes):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    v = rng.getrandbits(nbytes * 8)
    n = (nbytes * 8 + 5) // 6
    return "".join(al[(v >> (6 * i)) & 63] for i in range(n))


def alnum(rng, n, al="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(al[rng.randrange(len(al))] for _ in range(n))


def digits(rng, n):
    return "".join("0123456789"[rng.randrange(10)] for _ in range(n))


def pattern(rng, pat):
    """'#' digit, 'A' upper letter, anything else literal."""
    out = []
    for c in pat:
        if c == "#":
            out.append("0123456789"[rng.randrange(10)])
        elif c == "A":
            out.append("ABCDEFGHJKLMNPRSTUVWXY"[rng.randrange(22)])
        else:
            out.append(c)
    return "".join(out)


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def parse_pairs(spec):
    """'native:latin1/latin2|...' -> [(native or None, [latin variants])]"""
    out = []
    for item in spec.split("|"):
        item = item.strip()
        if not item:
            continue
        if ":" in item:
            nat, lat = item.split(":", 1)
        else:
            nat, lat = None, item
        out.append((nat or None, lat.split("/")))
    return out


# ----------------------------------------------------------------------------------
# person names.  Chinese names are stored by character: (simplified, traditional,
# pinyin, Cantonese, Hokkien/Teochew, Wade-Giles) for families, (simp, trad, pinyin,
# Cantonese) for given-name characters.  Other cultures: (native, [latin variants]).
# Lists are ordered by frequency; picks are Zipf-weighted so heads are common.
# ----------------------------------------------------------------------------------

_CN_FAM = [r.split(",") for r in (
    "王,王,Wang,Wong,Ong,Wang|李,李,Li,Lee,Lee,Li|张,張,Zhang,Cheung,Teo,Chang|"
    "刘,劉,Liu,Lau,Lau,Liu|陈,陳,Chen,Chan,Tan,Chen|杨,楊,Yang,Yeung,Yeo,Yang|"
    "黄,黃,Huang,Wong,Ng,Huang|赵,趙,Zhao,Chiu,Chiu,Chao|吴,吳,Wu,Ng,Goh,Wu|"
    "周,周,Zhou,Chow,Chew,Chou|徐,徐,Xu,Tsui,Chee,Hsu|孙,孫,Sun,Suen,Sng,Sun|"
    "马,馬,Ma,Ma,Beh,Ma|朱,朱,Zhu,Chu,Choo,Chu|胡,胡,Hu,Wu,Oh,Hu|郭,郭,Guo,Kwok,Quek,Kuo|"
    "何,何,He,Ho,Ho,Ho|林,林,Lin,Lam,Lim,Lin|罗,羅,Luo,Law,Lo,Lo|梁,梁,Liang,Leung,Neo,Liang|"
    "郑,鄭,Zheng,Cheng,Tay,Cheng|谢,謝,Xie,Tse,Chia,Hsieh|宋,宋,Song,Sung,Song,Sung|"
    "唐,唐,Tang,Tong,Teng,Tang|许,許,Xu,Hui,Koh,Hsu|邓,鄧,Deng,Tang,Teng,Teng|"
    "冯,馮,Feng,Fung,Pang,Feng|曾,曾,Zeng,Tsang,Chan,Tseng|彭,彭,Peng,Pang,Phang,Peng|"
    "蔡,蔡,Cai,Choi,Chua,Tsai|潘,潘,Pan,Poon,Phua,Pan|袁,袁,Yuan,Yuen,Wan,Yuan|"
    "萧,蕭,Xiao,Siu,Seow,Hsiao|叶,葉,Ye,Yip,Yap,Yeh|高,高,Gao,Ko,Koh,Kao").split("|")]
_CN_GIV = [r.split(",") for r in (
    "伟,偉,wei,wai|芳,芳,fang,fong|娜,娜,na,na|敏,敏,min,man|静,靜,jing,ching|"
    "丽,麗,li,lai|强,強,qiang,keung|磊,磊,lei,lui|军,軍,jun,kwan|洋,洋,yang,yeung|"
    "勇,勇,yong,yung|杰,傑,jie,kit|涛,濤,tao,to|明,明,ming,ming|超,超,chao,chiu|"
    "华,華,hua,wah|建,建,jian,kin|国,國,guo,kwok|志,志,zhi,chi|文,文,wen,man|"
    "海,海,hai,hoi|平,平,ping,ping|辉,輝,hui,fai|鹏,鵬,peng,pang|晓,曉,xiao,hiu|"
    "宇,宇,yu,yu|俊,俊,jun,chun|嘉,嘉,jia,ka|浩,浩,hao,ho|子,子,zi,tsz|欣,欣,xin,yan|"
    "怡,怡,yi,yi|家,家,jia,ka|德,德,de,tak|永,永,yong,wing|大,大,da,tai|小,小,xiao,siu|"
    "玉,玉,yu,yuk|金,金,jin,kam|新,新,xin,san|天,天,tian,tin|立,立,li,lap|成,成,cheng,shing|"
    "春,春,chun,chun|秀,秀,xiu,sau|英,英,ying,ying|荣,榮,rong,wing|梅,梅,mei,mui|"
    "兰,蘭,lan,lan|云,雲,yun,wan|龙,龍,long,lung|飞,飛,fei,fei|鑫,鑫,xin,yam|博,博,bo,pok|"
    "振,振,zhen,chun|宏,宏,hong,wang|思,思,si,sze|雅,雅,ya,nga|美,美,mei,mei|"
    "嘉,嘉,jia,ka|泽,澤,ze,chak|睿,睿,rui,yui|晨,晨,chen,san|凯,凱,kai,hoi").split("|")]
_CN_FAM_P = zpick(range(len(_CN_FAM)), 1.0, 2.0)
_CN_GIV1_P = zpick(range(16), 1.0, 1.5)            # single-character given names
_CN_GIV_P = zpick(range(len(_CN_GIV)), 0.6, 3.0)
_ENG_NAMES = ("Peter David Michael Eric Kelvin Alan Raymond Tony Vincent Jason Kenneth "
              "Wilson Winnie Carmen Ivy Joyce Grace Fiona Vivian Ada Jacky Ken Ricky Alex "
              "Samuel Stanley Patrick Angela Cherry Karen").split()
_SGC_GIV = ("Wei Ming|Kok Leong|Boon Huat|Siew Ling|Hui Min|Jun Jie|Kai Xiang|Xin Yi|"
            "Li Ting|Chee Keong|Ah Kow|Mei Ling|Choon Hock|Wee Kiat|Swee Lan|Beng Hock|"
            "Eng Soon|Yong Sheng|Pei Shan|Hock Seng").split("|")

_P = {}  # culture -> dict(giv, fam, gp, fp, order, mid)
_P["en"] = dict(
    giv=parse_pairs("James|John/Jon|Robert/Rob|Michael/Mike|David/Dave|William/Bill|Richard|"
                    "Thomas|Daniel|Matthew|Mark|Paul|Andrew|Steven/Stephen|Kevin|Brian|Mary|"
                    "Jennifer|Linda|Sarah/Sara|Jessica|Emily|Laura|Emma|Olivia|Rachel|"
                    "Christopher/Chris|Jonathan|Alexander/Alex|Catherine/Katherine|Nicholas"),
    fam=parse_pairs("Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|"
                    "Thomas|Moore|Martin|Jackson|Thompson|White|Harris|Clark|Lewis|Walker|Hall|"
                    "Allen|Young|King|Wright|Scott|Green|Baker|Adams|Nelson|Hill|Campbell|"
                    "Mitchell|Roberts|Carter|Phillips|Evans|Turner|O'Brien/OBrien|McDonald/MacDonald"),
    mid=parse_pairs("A.|J.|M.|R.|Lee|Ann|Marie|James|E."))
_P["de"] = dict(
    giv=parse_pairs("Thomas|Michael|Stefan/Stephan|Andreas|Matthias|Jürgen|Jörg|Klaus|Sabine|"
                    "Anja|Katrin/Kathrin|Julia|Lukas/Lucas|Felix|Maximilian|Markus/Marcus"),
    fam=parse_pairs("Müller|Schmidt|Schneider|Fischer|Weber|Meyer/Meier|Wagner|Becker|Schulz|"
                    "Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|Krüger|Groß"))
_P["fr"] = dict(
    giv=parse_pairs("Jean|Pierre|Nicolas|Julien|François|Sébastien|Camille|Marie|Sophie|Léa|"
                    "Thomas|Antoine|Mathieu/Matthieu|Claire"),
    fam=parse_pairs("Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|"
                    "Lefèvre/Lefebvre|Girard|Bonnet|Fontaine"))
_P["nl"] = dict(
    giv=parse_pairs("Jan|Pieter/Peter|Sander|Bram|Daan|Sanne|Lotte|Eva|Joost|Maarten"),
    fam=parse_pairs("de Jong/De Jong|Jansen/Janssen|de Vries/De Vries|van den Berg/Van den Berg|"
                    "Bakker|Visser|Smit|van Dijk/Van Dijk|Meijer/Meyer|Mulder"))
_P["ru"] = dict(
    giv=parse_pairs("Дмитрий:Dmitry/Dmitriy/Dmitrii|Алексей:Alexey/Aleksei/Alexei/Aleksey|"
                    "Сергей:Sergey/Sergei|Андрей:Andrey/Andrei|Александр:Alexander/Aleksandr|"
                    "Михаил:Mikhail/Mihail|Евгений:Evgeny/Yevgeniy/Evgenii|Николай:Nikolay/Nikolai|"
                    "Юрий:Yury/Yuri/Iurii|Максим:Maxim/Maksim|Игорь:Igor|Владимир:Vladimir|"
                    "Павел:Pavel|Артём:Artem/Artyom|Иван:Ivan|Денис:Denis"),
    givf=parse_pairs("Ольга:Olga|Наталья:Natalya/Natalia|Елена:Elena/Yelena|Татьяна:Tatyana/Tatiana|"
                     "Анна:Anna|Ирина:Irina|Екатерина:Ekaterina/Yekaterina|Мария:Maria/Mariya"),
    fam=parse_pairs("Иванов:Ivanov|Смирнов:Smirnov|Кузнецов:Kuznetsov|Попов:Popov|"
                    "Васильев:Vasiliev/Vasilyev/Vasilev|Петров:Petrov|Соколов:Sokolov|"
                    "Михайлов:Mikhailov/Mikhaylov|Новиков:Novikov|Фёдоров:Fedorov/Fyodorov|"
                    "Морозов:Morozov|Волков:Volkov|Алексеев:Alekseev/Alexeev/Alekseyev|"
                    "Лебедев:Lebedev|Семёнов:Semenov/Semyonov|Егоров:Egorov/Yegorov|Павлов:Pavlov|"
                    "Козлов:Kozlov|Степанов:Stepanov|Николаев:Nikolaev/Nikolayev|Орлов:Orlov|"
                    "Андреев:Andreev/Andreyev|Макаров:Makarov|Зайцев:Zaitsev/Zaytsev"),
    pat=parse_pairs("Сергеев:Sergeev/Sergeyev|Александров:Aleksandrov/Alexandrov|"
                    "Владимиров:Vladimirov|Андреев:Andreev/Andreyev|Николаев:Nikolaev/Nikolayev|"
                    "Михайлов:Mikhailov/Mikhaylov|Викторов:Viktorov|Игорев:Igorev|Петров:Petrov"))
_P["kz"] = dict(
    giv=parse_pairs("Нурлан:Nurlan|Ерлан:Yerlan/Erlan|Асхат:Askhat/Ashat|Данияр:Daniyar/Daniar|"
                    "Бауыржан:Bauyrzhan/Baurzhan|Ермек:Yermek/Ermek|Арман:Arman|Серик:Serik|"
                    "Тимур:Timur|Азамат:Azamat"),
    givf=parse_pairs("Айгерим:Aigerim/Aygerim|Жанна:Zhanna|Динара:Dinara|Гульнара:Gulnara"),
    fam=parse_pairs("Жумабаев:Zhumabayev/Zhumabaev|Ахметов:Akhmetov/Ahmetov|Касымов:Kassymov/Kasymov|"
                    "Нургалиев:Nurgaliyev/Nurgaliev|Сулейменов:Suleimenov/Suleymenov|Омаров:Omarov|"
                    "Искаков:Iskakov|Байжанов:Baizhanov/Bayzhanov|Тулегенов:Tulegenov|Абенов:Abenov"),
    pat=parse_pairs("Нурланов:Nurlanov|Серик:Serik|Ерланов:Yerlanov/Erlanov|Асхатов:Askhatov"))
_P["ar"] = dict(
    giv=parse_pairs("محمد:Mohammed/Mohamed/Muhammad/Mohammad|أحمد:Ahmed/Ahmad|علي:Ali|"
                    "عبدالله:Abdullah/Abdulla|خالد:Khaled/Khalid|عمر:Omar/Umar|حسن:Hassan/Hasan|"
                    "يوسف:Youssef/Yousef/Yusuf|سعيد:Saeed/Said|ابراهيم:Ibrahim/Ebrahim|"
                    "راشد:Rashid/Rashed|حمد:Hamad"),
    givf=parse_pairs("فاطمة:Fatima/Fatema|مريم:Maryam/Mariam|نور:Noor/Nour|سارة:Sara/Sarah"),
    fam=parse_pairs("الهاشمي:Al Hashimi/Al-Hashemi/Alhashimi|المنصوري:Al Mansouri/Al-Mansoori|"
                    "الشامسي:Al Shamsi/Al-Shamsi|النعيمي:Al Nuaimi/Al-Naimi|الكعبي:Al Kaabi/Al-Ka'bi|"
                    "حداد:Haddad|خوري:Khoury/Khouri|رضائي:Rezaei/Rezaie|حسيني:Hosseini/Hoseini|"
                    "محمدي:Mohammadi|كريمي:Karimi|أحمدي:Ahmadi|الزعابي:Al Zaabi/Al-Zaabi"))
_P["tr"] = dict(
    giv=parse_pairs("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Emre|Burak|Ayşe|Fatma|"
                    "Zeynep|Elif|Özge|Cem|Serkan"),
    fam=parse_pairs("Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|"
                    "Doğan|Kılıç|Aslan|Çetin|Koç"))
_P["vn"] = dict(
    giv=parse_pairs("Anh|Hùng|Dũng|Tuấn|Hương|Lan|Linh|Nam|Long|Hải|Phương|Trang|Huy|Khoa|Thảo|Minh"),
    fam=parse_pairs("Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô"),
    mid=parse_pairs("Văn|Thị|Đức|Minh|Quốc|Thanh|Hữu|Ngọc"))
_P["in"] = dict(
    giv=parse_pairs("Rajesh|Amit|Suresh|Ramesh|Vijay|Arun|Sanjay|Anil|Priya|Pooja|Neha|Deepak|"
                    "Rahul|Vikram|Kavita|Srinivas/Shrinivas/Sreenivas|Venkatesh|Lakshmi/Laxmi|Arjun"),
    fam=parse_pairs("Sharma|Kumar|Singh|Patel|Gupta|Reddy|Rao|Iyer/Iyyer|Nair|Agarwal/Aggarwal/Agrawal|"
                    "Mehta|Shah|Verma|Joshi|Krishnan|Menon|Chowdhury/Choudhury/Chaudhary"),
    mid=parse_pairs("Kumar|Prasad|Kumari|Lal|Chandra"))
_P["my"] = dict(
    giv=parse_pairs("Ahmad|Muhammad/Mohd/Mohamad|Aziz|Faizal/Faisal|Hafiz|Azman|Rosli|Zulkifli|"
                    "Ismail|Hassan|Razak|Kamal"),
    givf=parse_pairs("Siti|Nurul|Aminah|Farah|Nor Azlina|Siti Aishah/Siti Aisyah"),
    fam=None)
_P["jp"] = dict(
    giv=parse_pairs("翔:Sho/Shou|健太:Kenta|大輔:Daisuke|拓也:Takuya|直樹:Naoki|浩:Hiroshi|誠:Makoto|"
                    "陽子:Yoko/Youko|恵:Megumi|美咲:Misaki|優子:Yuko/Yuuko|翔太:Shota/Shouta|亮:Ryo/Ryou"),
    fam=parse_pairs("佐藤:Sato/Satou/Satoh|鈴木:Suzuki|高橋:Takahashi|田中:Tanaka|伊藤:Ito/Itou/Itoh|"
                    "渡辺:Watanabe|山本:Yamamoto|中村:Nakamura|小林:Kobayashi|加藤:Kato/Katou/Katoh|"
                    "吉田:Yoshida|山田:Yamada"))
_P["kr"] = dict(
    giv=parse_pairs("민준:Min-jun/Minjun/Min Jun|서준:Seo-jun/Seojun|지훈:Ji-hoon/Jihun/Ji Hoon|"
                    "현우:Hyun-woo/Hyeon-u/Hyunwoo|지민:Ji-min/Jimin|서연:Seo-yeon/Seoyeon|"
                    "수빈:Su-bin/Soo-bin|영호:Young-ho/Yeong-ho|성민:Sung-min/Seong-min|"
                    "동현:Dong-hyun/Dong-hyeon|은지:Eun-ji/Eunji|재원:Jae-won/Jaewon"),
    fam=parse_pairs("김:Kim/Gim|이:Lee/Yi/Rhee|박:Park/Pak|최:Choi/Choe|정:Jung/Jeong/Chung|"
                    "강:Kang|조:Cho/Jo|윤:Yoon/Yun|장:Jang/Chang|임:Lim/Im"))
_P["gr"] = dict(
    giv=parse_pairs("Ανδρέας:Andreas|Γιώργος:Georgios/Giorgos/George|Νίκος:Nikos/Nikolaos|"
                    "Χρίστος:Christos|Κώστας:Kostas/Konstantinos|Μαρία:Maria|Ελένη:Eleni/Helen|"
                    "Μιχάλης:Michalis/Michael"),
    fam=parse_pairs("Γεωργίου:Georgiou|Παπαδόπουλος:Papadopoulos|Χαραλάμπους:Charalambous/Haralambous|"
                    "Κωνσταντίνου:Constantinou/Konstantinou|Ιωάννου:Ioannou|Νικολάου:Nicolaou/Nikolaou|"
                    "Χριστοδούλου:Christodoulou|Αντωνίου:Antoniou"))
for _c, _d in _P.items():
    _d["gp"] = zpick(range(len(_d["giv"])), 0.9, 2.0)
    if _d.get("givf"):
        _d["gfp"] = zpick(range(len(_d["givf"])), 0.9, 2.0)
    if _d.get("fam"):
        _d["fp"] = zpick(range(len(_d["fam"])), 0.9, 2.0)

# Which name cultures live where (weights).  Offshore shells take their people from
# the principal's culture; solo offshore companies from the mix under "OFF".
CULTURES = {
    "US": {"en": 6, "cn": 1, "in": 1, "kr": .3, "ru": .3, "ar": .2},
    "CN": {"cn": 1}, "HK": {"hk": 1, "cn": .25, "en": .05}, "TW": {"tw": 1},
    "SG": {"sgc": 3, "in": .8, "my": .6, "en": .4}, "MY": {"my": 2, "sgc": 1.4, "in": .5},
    "AE": {"ar": 2, "in": 1.5, "ru": .4, "en": .4, "tr": .2}, "RU": {"ru": 1},
    "KZ": {"kz": 1.2, "ru": .8}, "TR": {"tr": 1}, "VN": {"vn": 1}, "IN": {"in": 1},
    "GB": {"en": 4, "in": .6, "cn": .3, "ru": .2, "gr": .1}, "DE": {"de": 4, "tr": .5, "en": .3, "ru": .3},
    "NL": {"nl": 3, "en": .4}, "FR": {"fr": 3, "ar": .4}, "JP": {"jp": 1}, "KR": {"kr": 1},
    "CY": {"gr": 2, "ru": 1.2, "en": .3},
    "OFF": {"cn": 2, "hk": 1.5, "ru": 1, "en": 1, "ar": .5, "in": .5, "sgc": .3},
}
CULT_P = {cc: dpick(d) for cc, d in CULTURES.items()}
CHINESE = ("cn", "hk", "tw", "sgc")


class Ctr:
    n = 0


def new_id():
    Ctr.n += 1
    return Ctr.n


def make_person(rng, cul, nominee=False):
    p = {"cul": cul, "pid": new_id(), "nom": nominee, "sex": "f" if rng.random() < 0.3 else "m",
         "eng": None}
    if cul in CHINESE:
        f = _CN_FAM_P(rng)
        p["f"] = f
        if cul == "sgc":
            p["g"] = rng.randrange(len(_SGC_GIV))
            p["common"] = f < 4 and p["g"] < 3
        elif rng.random() < 0.3 and cul == "cn":
            p["g"] = (_CN_GIV1_P(rng),)
            p["common"] = f < 12
        else:
            p["g"] = (_CN_GIV_P(rng), _CN_GIV_P(rng))
            p["common"] = f < 3 and p["g"][0] < 6 and p["g"][1] < 6
        if cul in ("hk", "sgc") and rng.random() < 0.55 or cul == "cn" and rng.random() < 0.05:
            p["eng"] = _ENG_NAMES[rng.randrange(len(_ENG_NAMES))]
        return p
    d = _P[cul]
    if p["sex"] == "f" and d.get("givf"):
        p["g"] = d["gfp"](rng)
    else:
        p["sex"] = "m"
        p["g"] = d["gp"](rng)
    p["f"] = d["fp"](rng) if d.get("fam") else d["gp"](rng)   # Malay: father's name
    p["m"] = rng.randrange(len(d["mid"])) if d.get("mid") and rng.random() < 0.6 else -1
    p["pat"] = rng.randrange(len(d["pat"])) if d.get("pat") else -1
    p["common"] = p["f"] < 4 and p["g"] < 5
    return p


def _v(rng, variants, alt):
    return variants[rng.randrange(len(variants))] if alt and len(variants) > 1 else variants[0]


def render_person(p, rng, rcc, sloppy=False):
    """One surface form of a person for a record registered in country rcc."""
    cul = p["cul"]
    r = rng.random()
    if cul in CHINESE:
        fam = _CN_FAM[p["f"]]
        if cul == "sgc":
            fl, gl = fam[4], _SGC_GIV[p["g"]]
            nat = None
        else:
            gs = [_CN_GIV[i] for i in p["g"]]
            trad = cul in ("hk", "tw") or rcc in ("HK", "TW", "MO")
            nat = (fam[1] + "".join(g[1] for g in gs)) if trad else (fam[0] + "".join(g[0] for g in gs))
            if cul == "cn":
                fl = fam[2]
                gl = "".join(g[2] for g in gs).capitalize()
                if r > 0.9 and len(gs) == 2:
                    gl = gs[0][2].capitalize() + ("-" if rng.random() < 0.3 else " ") + gs[1][2].capitalize()
            elif cul == "hk":
                fl = fam[3]
                gl = " ".join(g[3].capitalize() for g in gs)
                if rng.random() < 0.25 and len(gs) == 2:
                    gl = gs[0][3].capitalize() + "-" + gs[1][3]
            else:  # tw: Wade-Giles-ish family, hyphenated given
                fl = fam[5]
                gl = "-".join(g[2] for g in gs).capitalize()
        pn = 0.5 if rcc == "CN" and cul == "cn" else 0.12 if rcc in ("CN", "HK", "TW") else 0.04
        if nat and rng.random() < pn:
            return nat
        eng = p["eng"]
        if eng and rng.random() < 0.6:
            k = rng.random()
            if k < 0.45:
                return "%s %s %s" % (eng, fl, gl)
            if k < 0.7:
                return "%s %s" % (eng, fl)
            if k < 0.85:
                return "%s %s, %s" % (fl.upper(), gl, eng)
            return "%s %s %s" % (eng, fl.upper(), gl)
        if r < 0.45:
            return "%s %s" % (fl, gl)
        if r < 0.62:
            return "%s %s" % (gl, fl)
        if r < 0.75:
            return "%s %s" % (fl.upper(), gl)
        if r < 0.82:
            return "%s, %s" % (fl, gl)
        return ("%s %s" % (fl, gl)).upper()
    d = _P[cul]
    alt = rng.random() < 0.3
    gv = (d["givf"] if p["sex"] == "f" and d.get("givf") else d["giv"])[p["g"]]
    gl = _v(rng, gv[1], alt)
    if cul == "my":
        fv = d["giv"][p["f"]]
        fl = _v(rng, fv[1], alt)
        bn = "binti" if p["sex"] == "f" else "bin"
        if r < 0.5:
            return "%s %s %s" % (gl, bn, fl)
        if r < 0.7:
            return "%s %s" % (gl, fl)
        if r < 0.8:
            return "%s %s %s" % (gl, "Bt." if p["sex"] == "f" else "B.", fl)
        return ("%s %s %s" % (gl, bn, fl)).upper()
    fv = d["fam"][p["f"]]
    fl = _v(rng, fv[1], alt)
    fn = fv[0]
    gn = gv[0]
    if cul in ("ru", "kz"):
        if p["sex"] == "f":
            fl += "a"
            fn = fn + "а" if fn else fn
        pv = d["pat"][p["pat"]]
        suf = ("на", "na") if p["sex"] == "f" else ("ич", "ich")
        patn, patl = pv[0] + suf[0], pv[1][0] + suf[1]
        pnat = 0.35 if rcc in ("RU", "KZ", "BY") else 0.08
        if rng.random() < pnat:
            return "%s %s %s" % (fn, gn, patn) if r < 0.6 else "%s %s" % (gn, fn)
        if r < 0.5:
            return "%s %s" % (gl, fl)
        if r < 0.65:
            return "%s %s %s" % (gl, patl, fl)
        if r < 0.78:
            return "%s %s %s" % (fl, gl, patl)
        if r < 0.88:
            return "%s %s" % (fl.upper(), gl.upper())
        return "%s %s. %s" % (gl, patl[0], fl)
    if cul in ("jp", "kr", "vn"):
        mid = d["mid"][p["m"]][1][0] if cul == "vn" and p["m"] >= 0 else ""
        if gn and fn and rng.random() < (0.4 if rcc in ("JP", "KR") else 0.05):
            return fn + (" " if cul == "jp" and rng.random() < 0.5 else "") + gn
        if cul == "vn":
            if rng.random() < 0.55:
                fl, mid, gl = deaccent(fl), deaccent(mid), deaccent(gl)
            if r < 0.55:
                return " ".join(x for x in (fl, mid, gl) if x)
            if r < 0.75:
                return "%s %s" % (gl, fl)
            if r < 0.85 and mid:
                return "%s %s. %s" % (fl, mid[0], gl)
            return " ".join(x for x in (fl, mid, gl) if x).upper()
        if cul == "kr" and r < 0.15:
            gl = gl.replace("-", " ").upper()
            return "%s %s" % (fl.upper(), gl)
        if r < 0.45:
            return "%s %s" % (fl, gl) if cul == "kr" else "%s %s" % (gl, fl)
        if r < 0.75:
            return "%s %s" % (gl, fl) if cul == "kr" else "%s %s" % (fl, gl)
        return "%s %s" % (fl.upper(), gl)
    # western-order cultures (en, de, fr, nl, tr, in, ar, gr)
    if fn and gn and rng.random() < (0.15 if (cul == "gr" and rcc == "CY") or (cul == "ar" and rcc == "AE") else 0.01):
        return "%s %s" % (gn, fn)
    mid = d["mid"][p["m"]][1][0] if d.get("mid") and p["m"] >= 0 and rng.random() < 0.6 else ""
    if cul == "ar" and rng.random() < 0.25:
        mid = d["giv"][(p["g"] + p["f"]) % len(d["giv"])][1][0]   # father's name
    if cul in ("de", "fr", "tr") and rng.random() < 0.3:
        fl, gl = (umlaut_ascii(fl), umlaut_ascii(gl)) if cul == "de" and rng.random() < 0.5 else (deaccent(fl), deaccent(gl))
    if r < 0.5:
        s = " ".join(x for x in (gl, mid, fl) if x)
    elif r < 0.62:
        s = "%s, %s" % (fl, " ".join(x for x in (gl, mid) if x))
    elif r < 0.72:
        s = "%s %s" % (fl.upper(), gl)
    elif r < 0.8:
        s = " ".join(x for x in (gl, mid, fl) if x).upper()
    elif r < 0.88 and cul in ("en", "in", "de", "nl", "fr"):
        s = "%s. %s%s" % (gl[0], (mid[0] + ". ") if mid else "", fl)
    else:
        s = "%s %s" % (gl, fl)
    if sloppy and rng.random() < 0.15:
        s = typo(rng, s)
    return s


# ----------------------------------------------------------------------------------
# company names
# ----------------------------------------------------------------------------------
EN_WORDS = ("Apex Nova Quantum Vertex Horizon Pinnacle Zenith Summit Orient Pacific Bright "
            "Silver Golden Dragon Phoenix Star Sky Blue Deep Neural Tensor Vector Cloud Data "
            "Prime Fusion Matrix Alpha Omega Delta Sigma Titan Atlas Orion Polaris Nimbus "
            "Aurora Crest Harbor Lotus Jade Pearl Crystal Falcon Eagle Lion Tiger Rising Sun "
            "Ocean River Mountain Maple Cedar Infinity Unity Synergy Core Edge Peak Bridge "
            "Gateway Evergreen Everbright Eastern Western Northern United Grand Royal Great "
            "Wise Smart Swift Future Next First Asia Euro Trans Inter Meta Hyper Sino Cyber "
            "Bit Logic Mind Vision Insight Bluewave Greenfield Redstone Silkroad Compass").split()
_EN_W_P = zpick(EN_WORDS, 0.4, 5.0)
_SYL1 = "Ne Xo Ra Vi Ta Lu Mi Zen Tri Kor Ax Ly Qu Syn Or Ve Ka Dro Fi Ion Sol Gal Bel Cy Mar Tel Pho Va".split()
_SYL_MID = ["", "", "ra", "li", "no", "ve", "ta", "xi", "mo", "ri"]
_SYL2 = "ra x on ix ia us is ex a um ora ent ify io yx ity eon ara ique vo".split()
EN_IND = [v.split("/") for v in (
    "Technology/Tech|Technologies|International/Intl/Int'l|Holdings/Hldgs|Trading|"
    "Information Technology/IT|AI/Artificial Intelligence|Computing|Data|Digital|"
    "Solutions|Systems|Networks|Labs/Laboratories|Analytics|Robotics|Electronics|Cloud|"
    "Software|Innovations|Ventures|Semiconductor|Research|Consulting|Services|Logistics|"
    "Import & Export/Import and Export/Imp & Exp|Supply Chain|Global|Compute").split("|")]
_EN_IND_P = zpick(range(len(EN_IND)), 0.7, 2.0)
LOCAL_BRANDS = {
    "MY": ("Cahaya|Bintang|Mutiara|Gemilang|Sinar|Wawasan|Harapan|Mega|Perdana|Bestari|Jaya|Murni|Indah|Setia|"
           "Maju|Damai|Kencana|Cemerlang|Teguh|Bakti").split("|"),
    "AE": ("Al Noor|Al Safa|Al Manara|Al Waha|Al Fajr|Al Majd|Al Reem|Al Baraka|Al Wasl|Al Yasmeen|Al Khaleej|"
           "Al Rawabi|Al Zahra|Al Sahra|Al Mashreq|Al Falah|Al Amal|Al Hilal|Al Qamar|Al Nakheel|Al Shams").split("|"),
    "IN": ("Shree|Sai|Ganesh|Lakshmi|Vasudha|Aadhya|Navya|Tejas|Akshar|Vedanta|Om|Shiv|Krishna|Balaji|Surya|"
           "Aarav|Vihaan|Ananta|Nirmaan|Prithvi").split("|"),
    "TR": ("Yıldız|Anadolu|Boğaziçi|Ege|Marmara|Atlas|Zirve|Doruk|Kuzey|Akdeniz|Ufuk|Vizyon|Bilge|Pusula|"
           "Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Arslan|Doğan|Kılıç|Koç|Toros|Karadeniz").split("|"),
}
TR_WORD2 = ["", "", "", "Bilgi", "Dijital", "Veri", "Ar-Ge", "Sistem", "Teknoloji", "Bulut"]
VN_WORDS = ("Sao|Việt|Ánh|Dương|Phương|Nam|Thiên|Long|Hưng|Thịnh|Tiến|Đại|Phát|An|Khang|Minh|Khoa|Trí|Tuệ|Hòa|"
            "Bình|Tân|Phú|Quang|Hải|Sơn|Đông|Kim|Ngọc|Thành").split("|")
CN_BRANDS = parse_pairs(   # pinyin written as two capitalised syllables
    "华瑞:HuaRui|鑫达:XinDa|天宇:TianYu|中科:ZhongKe|博远:BoYuan|智云:ZhiYun|星辰:XingChen|"
    "海纳:HaiNa|云图:YunTu|深度:ShenDu|启明:QiMing|灵犀:LingXi|锐思:RuiSi|极光:JiGuang|"
    "恒通:HengTong|汇聚:HuiJu|易达:YiDa|优算:YouSuan|弘毅:HongYi|九州:JiuZhou|东方:DongFang|"
    "金桥:JinQiao|芯源:XinYuan|数智:ShuZhi|远景:YuanJing|卓越:ZhuoYue|华天:HuaTian|宏达:HongDa|"
    "天成:TianCheng|广源:GuangYuan|瑞达:RuiDa|永信:YongXin|泰和:TaiHe|盛世:ShengShi|安信:AnXin|"
    "腾云:TengYun|智算:ZhiSuan|新元:XinYuan")
CN_IND = [x.split(":") for x in (
    "科技:Keji:Technology|信息技术:Xinxi Jishu:Information Technology|网络科技:Wangluo Keji:Network Technology|"
    "智能科技:Zhineng Keji:Intelligent Technology|数据科技:Shuju Keji:Data Technology|贸易:Maoyi:Trading|"
    "电子:Dianzi:Electronics|计算机:Jisuanji:Computer|云计算:Yunjisuan:Cloud Computing|软件:Ruanjian:Software").split("|")]
CN_CITYP = [x.split(":") for x in "深圳市:Shenzhen|北京:Beijing|上海:Shanghai|杭州:Hangzhou|广州市:Guangzhou|成都:Chengdu".split("|")]
_CN_SYL = []      # (character, pinyin syllable) taken from the brand list
for _nat, _lat in CN_BRANDS:
    _i = max(k for k in range(1, len(_lat[0])) if _lat[0][k].isupper())
    _CN_SYL += [(_nat[0], _lat[0][:_i]), (_nat[1], _lat[0][_i:])]
_S2T = dict(zip("华达远云纳图启灵锐极汇优东桥数创联广腾网络术据贸电计机软", "華達遠雲納圖啟靈銳極匯優東橋數創聯廣騰網絡術據貿電計機軟"))
RU_ROOTS = parse_pairs(
    "Техно:Tekhno/Techno|Нейро:Neyro/Neuro|Инфо:Info|Дата:Data|Квант:Kvant/Quant|Вектор:Vektor/Vector|"
    "Альфа:Alfa/Alpha|Сигма:Sigma|Орион:Orion|Север:Sever|Гео:Geo|Мега:Mega|Интел:Intel|Спектр:Spektr/Spectr|"
    "Ресурс:Resurs/Resource|Систем:Sistem/System|Аврора:Avrora/Aurora|Титан:Titan|Атлас:Atlas|Стрим:Strim/Stream")
RU_SUFF = parse_pairs("Тех:Tekh/Tech|Лаб:Lab|Софт:Soft|Сервис:Servis/Service|Групп:Grupp/Group|Плюс:Plyus/Plus|"
                      "Трейд:Treid/Trade|Инвест:Invest|Про:Pro|Сеть:Set/Set'")
RU_BRANDS = parse_pairs(
    "Вектор:Vektor/Vector|Альфа:Alfa/Alpha|Нейрон:Neyron/Neuron|Квант:Kvant/Quant|Сигма:Sigma|"
    "Горизонт:Gorizont/Horizont|Интеллект:Intellekt/Intellect|Облако:Oblako|Система:Sistema|"
    "Прогресс:Progress|Стрела:Strela|Меридиан:Meridian|Орион:Orion|Техносфера:Tekhnosfera/Technosphera|"
    "Инфотех:Infotekh/Infotech|ДатаЛаб:DataLab/Datalab|Нейросеть:Neyroset/Neiroset|Цифра:Tsifra/Cifra|"
    "Север:Sever|Астана Дата:Astana Data|Алатау:Alatau|Тенгри:Tengri|Номад:Nomad")
JP_BRANDS = parse_pairs("サクラテック:Sakura Tech/Sakuratech|ネオテック:Neotech/Neo Tech|フジデータ:Fuji Data|"
                        "ミライ:Mirai|アオゾラ:Aozora|ヒカリ:Hikari|コスモ:Cosmo|ヤマト:Yamato|シンセイ:Shinsei|ツバサ:Tsubasa")
KR_BRANDS = parse_pairs("한빛:Hanbit/Hanbeet|누리:Nuri|미래:Mirae|새롬:Saerom|한울:Hanul|다온:Daon|아라:Ara|"
                        "별빛:Byeolbit|가람:Garam|하늘:Haneul")
JP_SYL = dict(x.split(":") for x in ("ka:カ ki:キ ku:ク ke:ケ ko:コ sa:サ shi:シ su:ス se:セ so:ソ ta:タ to:ト na:ナ "
                                      "ni:ニ no:ノ ha:ハ hi:ヒ mi:ミ mo:モ ya:ヤ yu:ユ ri:リ ro:ロ wa:ワ").split())
JP_SUFF = parse_pairs("テック:Tech|データ:Data|システムズ:Systems|ラボ:Lab|ソリューションズ:Solutions|クラウド:Cloud|ネット:Net")
KR_SYL = parse_pairs("한:Han|빛:Bit/Bich|누:Nu|리:Ri/Li|미:Mi|래:Rae|새:Sae|롬:Rom|울:Ul|다:Da|온:On|아:A|라:Ra|"
                     "별:Byeol/Byul|가:Ga|람:Ram|하:Ha|늘:Neul|솔:Sol|빈:Bin|진:Jin|성:Seong/Sung|우:U/Woo|윤:Yun/Yoon")
KR_IND = parse_pairs("테크:Tech|데이터:Data|시스템:Systems|AI:AI|랩스:Labs")
VN_IND = [x.split(":") for x in "Công nghệ:Technology|Giải pháp Phần mềm:Software Solutions|Dữ liệu:Data|"
          "Thương mại:Trading|Công nghệ Thông tin:Information Technology".split("|")]
TR_IND = [x.split(":") for x in "Bilişim Teknolojileri:Information Technologies|Yazılım:Software|"
          "Bilgisayar:Computer|Dış Ticaret:Foreign Trade|Elektronik:Electronics|Veri Merkezi:Data Center".split("|")]

# legal forms: cc -> list of (weight, [surface variants]); variant 0 is canonical
FORMS = {
    "HK": [(6, ["Limited", "Ltd", "Ltd.", "LIMITED"]), (3, ["Co., Limited", "Co., Ltd", "Company Limited", "CO., LIMITED", "Co. Ltd"])],
    "SG": [(1, ["Pte. Ltd.", "Pte Ltd", "PTE. LTD.", "Private Limited", "Pte. Limited"])],
    "MY": [(1, ["Sdn. Bhd.", "Sdn Bhd", "SDN. BHD.", "Sendirian Berhad"])],
    "IN": [(5, ["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "Pvt. Limited", "(P) Ltd"]), (1, ["LLP", "L.L.P."])],
    "US": [(4, ["Inc.", "Inc", "Incorporated", "INC."]), (4, ["LLC", "L.L.C.", "Llc", "Limited Liability Company"]), (1, ["Corp.", "Corporation", "Corp"])],
    "GB": [(6, ["Ltd", "Limited", "Ltd.", "LTD"]), (1, ["LLP"])],
    "DE": [(5, ["GmbH", "GMBH", "Gesellschaft mit beschränkter Haftung", "G.m.b.H."]), (1, ["UG (haftungsbeschränkt)", "UG", "UG (haftungsbeschraenkt)"])],
    "NL": [(1, ["B.V.", "BV", "Besloten Vennootschap"])],
    "FR": [(2, ["SAS", "S.A.S.", "Société par actions simplifiée"]), (1, ["SARL", "S.A.R.L."])],
    "AE": [(3, ["FZE", "F.Z.E.", "Free Zone Establishment"]), (2, ["FZ-LLC", "FZ LLC", "FZLLC"]), (2, ["FZCO", "FZ Co"]),
           (2, ["L.L.C.", "LLC", "L.L.C"]), (1, ["DMCC", "D.M.C.C."])],
    "CY": [(1, ["Limited", "Ltd", "LTD", "Ltd."])],
    "VG": [(3, ["Limited", "Ltd", "Ltd."]), (1, ["Inc.", "Inc"]), (1, ["Corp.", "Corporation"])],
    "SC": [(3, ["Limited", "Ltd", "Ltd."]), (1, ["Inc.", "Inc"])],
    "MH": [(2, ["Inc.", "Inc"]), (1, ["Corp.", "Corporation"]), (1, ["Limited", "Ltd"]), (1, ["LLC"])],
    "TW": [(1, ["Co., Ltd.", "Company Limited", "Co Ltd"])],
    "CN": [(1, ["Co., Ltd.", "Co., Ltd", "Co. Ltd.", "Company Limited", "CO.,LTD.", "Co.,Ltd."])],
    "RU": [(5, ["LLC", "OOO", "Limited Liability Company"]), (1, ["JSC", "AO", "Joint Stock Company"])],
    "KZ": [(5, ["LLP", "TOO", "Limited Liability Partnership"]), (1, ["JSC", "AO"])],
    "JP": [(5, ["Co., Ltd.", "K.K.", "Inc.", "Corporation", "Kabushiki Kaisha"]), (1, ["G.K.", "LLC", "Godo Kaisha"])],
    "KR": [(1, ["Co., Ltd.", "Inc.", "Corp.", "Co. Ltd"])],
    "VN": [(3, ["Company Limited", "Co., Ltd", "Co., Ltd.", "Company Ltd"]), (1, ["Joint Stock Company", "JSC", "J.S.C"])],
    "TR": [(2, ["A.Ş.", "A.S.", "AŞ", "Anonim Şirketi"]), (3, ["Ltd. Şti.", "Ltd. Sti.", "Limited Şirketi", "Ltd."])],
}
FORM_P = {cc: Picker([f[1] for f in v], [f[0] for f in v]) for cc, v in FORMS.items()}
_NATIVE_FORM = {"LLC": "ООО", "JSC": "АО", "LLP": "ТОО"}
_LATIN_FORM_TR = {"LLC": "OOO", "JSC": "AO", "LLP": "TOO"}
_NAT_FULL = {"LLC": "Общество с ограниченной ответственностью", "LLP": "Товарищество с ограниченной ответственностью"}


def _en_brand(rng, theme=None):
    r = rng.random()
    if theme:
        w = _EN_W_P(rng)
        while w == theme:
            w = _EN_W_P(rng)
        return [theme + " " + w]
    if r < 0.55:
        a, b = _EN_W_P(rng), _EN_W_P(rng)
        while b == a:
            b = _EN_W_P(rng)
        return [a + " " + b, a + b] if rng.random() < 0.2 else [a + " " + b]
    if r < 0.6:
        return [_EN_W_P(rng)]
    return [_SYL1[rng.randrange(len(_SYL1))] + _SYL_MID[rng.randrange(len(_SYL_MID))] + _SYL2[rng.randrange(len(_SYL2))]]


def make_company(rng, cc, theme=None):
    """Latent company name: brand, industry, legal form; rendered per record."""
    co = {"cc": cc, "st": "en", "bn": None, "il": None, "inn": None, "zh": None, "cp": None,
          "bid": new_id(), "pre": rng.random() < 0.5}
    fp = FORM_P.get(cc) or FORM_P["VG"]
    co["fl"] = fp(rng)
    if cc in ("CN",):
        if rng.random() < 0.3:
            b = CN_BRANDS[rng.randrange(len(CN_BRANDS))]
        else:
            (c1, p1), (c2, p2) = rng.sample(_CN_SYL, 2)
            b = (c1 + c2, [p1 + p2])
        camel = b[1][0]
        i = max(k for k in range(1, len(camel)) if camel[k].isupper())
        lat = camel[:i] + camel[i:].lower()
        co.update(st="cn", bn=b[0], bl=[lat] + ([camel[:i] + " " + camel[i:]] if rng.random() < 0.3 else []))
        ind = CN_IND[rng.randrange(len(CN_IND))]
        co["inn"], co["ipy"], co["il"] = ind[0], ind[1], [ind[2]]
        co["cp"] = CN_CITYP[rng.randrange(len(CN_CITYP))]
        return co
    if cc in ("RU", "KZ"):
        if rng.random() < 0.08:
            b = RU_BRANDS[rng.randrange(len(RU_BRANDS) - (0 if cc == "KZ" else 4))]
        else:   # compound names: НейроТехСервис, ДатаСофт ...
            parts = rng.sample(RU_ROOTS, 1 + (rng.random() < 0.5))
            if rng.random() < (0.9 if len(parts) == 1 else 0.5):
                parts.append(RU_SUFF[rng.randrange(len(RU_SUFF))])
            nat = parts[0][0] + "".join(x[0].lower() for x in parts[1:])
            lat = parts[0][1][0] + "".join(x[1][0].lower() for x in parts[1:])
            alt = parts[0][1][-1] + "".join(x[1][-1].lower() for x in parts[1:])
            b = (nat, [lat] + ([alt] if alt != lat else []))
        co.update(st="ru", bn=b[0], bl=b[1])
        return co
    if cc in ("JP", "KR"):
        b = (JP_BRANDS if cc == "JP" else KR_BRANDS)
        if rng.random() < 0.08:
            b = b[rng.randrange(len(b))]
        elif cc == "JP":
            syl = rng.sample(list(JP_SYL), rng.randint(2, 3))
            sf = JP_SUFF[rng.randrange(len(JP_SUFF))] if rng.random() < 0.6 else ("", [""])
            b = ("".join(JP_SYL[x] for x in syl) + sf[0], ["".join(syl).capitalize() + (" " + sf[1][0] if sf[0] else "")])
        else:
            sy = rng.sample(KR_SYL, 2 + (rng.random() < 0.4))
            lat = sy[0][1][0] + "".join(x[1][0].lower() for x in sy[1:])
            alt = sy[0][1][-1] + "".join(x[1][-1].lower() for x in sy[1:])
            b = ("".join(x[0] for x in sy), [lat] + ([alt] if alt != lat else []))
        co.update(st=cc.lower(), bn=b[0], bl=b[1])
        if cc == "KR" and rng.random() < 0.6:
            ind = KR_IND[rng.randrange(len(KR_IND))]
            co["inn"], co["il"] = ind[0], ind[1]
        return co
    if cc in ("VN", "TR") and rng.random() < 0.8:
        if cc == "VN":
            b = " ".join(rng.sample(VN_WORDS, 2))
        else:
            lb = LOCAL_BRANDS[cc]
            b = (lb[rng.randrange(len(lb))] + " " + TR_WORD2[rng.randrange(len(TR_WORD2))]).strip()
        ind = (VN_IND if cc == "VN" else TR_IND)
        ind = ind[rng.randrange(len(ind))]
        co.update(st=cc.lower(), bl=[b], inn=ind[0], il=[ind[1]])
        return co
    if cc in LOCAL_BRANDS and rng.random() < 0.4:
        lb = LOCAL_BRANDS[cc]
        b = deaccent(lb[rng.randrange(len(lb))])
        if rng.random() < 0.5:
            b += " " + _EN_W_P(rng)
        co["bl"] = [b, b.replace(" ", "-"), b.replace(" ", "")] if b.startswith("Al ") else [b]
    else:
        co["bl"] = _en_brand(rng, theme)
    if rng.random() < 0.8:
        co["il"] = EN_IND[_EN_IND_P(rng)]
        if cc == "AE" and rng.random() < 0.4:
            co["il"] = ["General Trading", "Gen. Trading", "General Trading Co"]
    if cc in ("HK", "TW") and rng.random() < 0.3:
        b = CN_BRANDS[rng.randrange(len(CN_BRANDS))][0]
        ind = CN_IND[rng.randrange(len(CN_IND))][0]
        co["zh"] = "".join(_S2T.get(c, c) for c in b + ind) + ("股份有限公司" if cc == "TW" else "有限公司")
    return co


def mutate_company(rng, co):
    """A re-registration of 'the same' company: same brand id, slightly different name."""
    m = dict(co)
    m["bl"] = list(co["bl"])
    k = rng.random()
    if k < 0.3 and len(FORMS.get(co["cc"], [])) > 1:
        m["fl"] = (FORM_P.get(co["cc"]))(rng)
    elif k < 0.5 and m["st"] == "en":
        m["bl"][0] = m["bl"][0] + " " + ["Group", "International", "Global", "Asia", "Pacific", "Labs",
                                         "(%s)" % co["cc"]][rng.randrange(7)]
    elif k < 0.65 and m["st"] == "en":
        m["il"] = None if co["il"] else EN_IND[_EN_IND_P(rng)]
    elif k < 0.8:
        m["bl"][0] = typo(rng, m["bl"][0]) if len(m["bl"][0]) > 5 else m["bl"][0] + "s"
    elif " " in m["bl"][0]:
        w = m["bl"][0].split(" ")
        m["bl"][0] = "".join(w) if rng.random() < 0.5 else " ".join(w[::-1])
    else:
        m["bl"][0] = m["bl"][0] + ("s" if rng.random() < 0.5 else " Tech")
    return m


def _punct_strip(s):
    return s.replace(".", "").replace(",", "")


def render_company(co, rng, sloppy=False):
    st = co["st"]
    alt = rng.random() < 0.2
    b = _v(rng, co["bl"], alt)
    if sloppy and rng.random() < 0.25:
        b = typo(rng, b)
    fl = co["fl"]
    form = fl[0] if rng.random() < 0.6 else fl[rng.randrange(len(fl))]
    r = rng.random()
    if st == "cn":
        cp = co["cp"]
        if r < 0.3:
            return (cp[0] if rng.random() < 0.8 else "") + co["bn"] + co["inn"] + "有限公司"
        ind = co["il"][0]
        if r < 0.72:
            s = "%s %s %s %s" % (cp[1], b, ind, form)
        elif r < 0.87:
            s = "%s %s (%s) %s" % (b, ind, cp[1], form)
        elif r < 0.95:
            s = "%s %s %s" % (b, ind, form)
        else:
            return "%s %s %s Youxian Gongsi" % (cp[1], b, co["ipy"])
    elif st == "ru":
        f0 = fl[0]
        nf = _NATIVE_FORM.get(f0, f0)
        if r < 0.32:
            if rng.random() < 0.1 and f0 in _NAT_FULL:
                return "%s «%s»" % (_NAT_FULL[f0], co["bn"])
            q = "«%s»" if rng.random() < 0.6 else '"%s"'
            return nf + " " + q % co["bn"]
        lf = _LATIN_FORM_TR.get(f0, f0)
        if r < 0.55:
            s = '%s "%s"' % (lf, b)
        elif r < 0.8:
            s = "%s %s" % (b, f0)
        elif r < 0.9:
            s = '%s "%s"' % (f0, b.upper())
        else:
            s = "%s %s" % (lf, b)
    elif st in ("jp", "kr"):
        bn = co["bn"] + (co["inn"] or "")
        bl = b + (" " + co["il"][0] if co["il"] else "")
        if r < 0.38:
            if st == "jp":
                kk = "株式会社" if fl[0] != "G.K." else "合同会社"
                return kk + bn if co["pre"] else bn + kk
            k = rng.random()
            return "주식회사 " + bn if k < 0.45 else "(주)" + bn if k < 0.75 else bn + " 주식회사"
        s = "%s %s" % (bl, form)
        if st == "jp" and form == "Kabushiki Kaisha" and co["pre"]:
            s = "Kabushiki Kaisha " + bl
    elif st == "vn":
        tnhh = fl[0] == "Company Limited"
        if r < 0.45:
            s = "Công ty %s %s %s" % ("TNHH" if tnhh else "Cổ phần", co["inn"], b)
            return deaccent(s) if rng.random() < 0.35 else s
        s = "%s %s %s" % (deaccent(b), co["il"][0], form)
    elif st == "tr":
        if r < 0.6:
            s = "%s %s %s" % (b, co["inn"], form)
            return deaccent(s) if rng.random() < 0.3 else s
        s = "%s %s %s" % (deaccent(b), co["il"][0], "Inc." if fl[0] == "A.Ş." else "Ltd.")
    else:
        parts = [b]
        if co["il"]:
            parts.append(co["il"][0] if rng.random() < 0.75 else _v(rng, co["il"], True))
        parts.append(form)
        s = " ".join(parts)
        zh = co["zh"]
        if zh:
            if r < 0.1:
                return zh
            if r < 0.18:
                s = s + " " + zh
    k = rng.random()
    if k < 0.1:
        s = s.upper()
    elif k < 0.15:
        s = _punct_strip(s)
    elif k < 0.17:
        s = s.lower()
    return s


# ----------------------------------------------------------------------------------
# places.  City: (key, cc, city latin:native, region latin:native:abbr, postcode
# pattern, weight within country, districts, streets, buildings).
#   district "latin:native:pcprefix"; street "base:type:native:district";
#   type is the canonical English suffix (Road, Street...) or a prefix word (Jalan,
#   rue, avenue) for type-first languages; JP "streets" are chome neighbourhoods.
# ----------------------------------------------------------------------------------
_CITY_SPEC = [
    ("shenzhen", "CN", "Shenzhen:深圳市", "Guangdong:广东省:", "518###", 4,
     "Nanshan:南山区|Futian:福田区|Luohu:罗湖区|Bao'an:宝安区|Longgang:龙岗区",
     "Keyuan:Road:科苑路:0|Shennan:Avenue:深南大道:1|Gaoxin South 7th:Road:高新南七道:0|Binhai:Avenue:滨海大道:0|"
     "Huaqiang North:Road:华强北路:1|Caitian:Road:彩田路:1|Yitian:Road:益田路:1|Renmin South:Road:人民南路:2|"
     "Xin'an 6th:Road:新安六路:3|Bantian:Avenue:坂田大道:4",
     "Kexing Science Park:科兴科学园|Galaxy Century Building:银河世纪大厦|SEG Plaza:赛格广场|"
     "Shenzhen Bay Eco-Tech Park:深圳湾科技生态园|Excellence Century Center:卓越世纪中心|Dachong Business Center:大冲商务中心"),
    ("beijing", "CN", "Beijing:北京市", "::", "100###", 3,
     "Haidian:海淀区|Chaoyang:朝阳区|Dongcheng:东城区|Xicheng:西城区|Changping:昌平区",
     "Zhongguancun:Street:中关村大街:0|Danling:Street:丹棱街:0|Jianguo:Road:建国路:1|Wangjing:Street:望京街:1|"
     "Chaoyang North:Road:朝阳北路:1|Financial:Street:金融大街:3|Shangdi 10th:Street:上地十街:0|Xierqi:Road:西二旗路:0",
     "Zhongguancun Plaza:中关村广场|Sohu Network Building:搜狐网络大厦|Raycom InfoTech Park:融科资讯中心|"
     "Wangjing SOHO:望京SOHO|China World Trade Center:国贸中心|Tsinghua Science Park:清华科技园"),
    ("shanghai", "CN", "Shanghai:上海市", "::", "200###", 3,
     "Pudong New Area:浦东新区|Xuhui:徐汇区|Huangpu:黄浦区|Changning:长宁区|Minhang:闵行区",
     "Zhangjiang:Road:张江路:0|Century:Avenue:世纪大道:0|Zuchongzhi:Road:祖冲之路:0|Caohejing:Road:漕河泾路:1|"
     "Yishan:Road:宜山路:1|Nanjing East:Road:南京东路:2|Huaihai Middle:Road:淮海中路:2|Yan'an West:Road:延安西路:3",
     "Shanghai Tower:上海中心大厦|Zhangjiang Hi-Tech Park:张江高科技园区|Caohejing Hi-Tech Park:漕河泾开发区|"
     "Jin Mao Tower:金茂大厦|Raffles City:来福士广场"),
    ("hangzhou", "CN", "Hangzhou:杭州市", "Zhejiang:浙江省:", "310###", 2,
     "Xihu:西湖区|Binjiang:滨江区|Yuhang:余杭区|Gongshu:拱墅区",
     "Wensan:Road:文三路:0|Wener:Road:文二路:0|Wangshang:Road:网商路:1|Jiangnan:Avenue:江南大道:1|"
     "Wenyi West:Road:文一西路:2|Moganshan:Road:莫干山路:3",
     "Binjiang Internet Park:滨江互联网产业园|Dream Town:梦想小镇|East Software Park:东部软件园"),
    ("guangzhou", "CN", "Guangzhou:广州市", "Guangdong:广东省:", "510###", 2,
     "Tianhe:天河区|Yuexiu:越秀区|Haizhu:海珠区|Panyu:番禺区",
     "Tianhe:Road:天河路:0|Zhujiang East:Road:珠江东路:0|Dongfeng West:Road:东风西路:1|Huangpu:Avenue:黄埔大道:0|"
     "Xingang East:Road:新港东路:2",
     "Liuhua Square:流花广场|Tianhe Software Park:天河软件园|R&F Center:富力中心"),
    ("chengdu", "CN", "Chengdu:成都市", "Sichuan:四川省:", "610###", 1,
     "Wuhou:武侯区|Gaoxin:高新区|Jinjiang:锦江区",
     "Tianfu:Avenue:天府大道:1|Jiaozi:Avenue:交子大道:1|Renmin South:Road:人民南路:0|Chunxi:Road:春熙路:2",
     "Tianfu Software Park:天府软件园|Global Center:环球中心|IFS Tower:国际金融中心"),
    ("hongkong", "HK", "Hong Kong:香港", "::", "", 1,
     "Central:中環:Hong Kong|Sheung Wan:上環:Hong Kong|Wan Chai:灣仔:Hong Kong|Causeway Bay:銅鑼灣:Hong Kong|"
     "Kwun Tong:觀塘:Kowloon|Kowloon Bay:九龍灣:Kowloon|Tsim Sha Tsui:尖沙咀:Kowloon|Mong Kok:旺角:Kowloon|"
     "Sha Tin:沙田:New Territories|Tsuen Wan:荃灣:New Territories|Kwai Chung:葵涌:New Territories",
     "Des Voeux:Road Central:德輔道中:0|Queen's:Road Central:皇后大道中:0|Connaught:Road Central:干諾道中:0|"
     "Wing Lok:Street:永樂街:1|Lockhart:Road:駱克道:2|Hennessy:Road:軒尼詩道:2|Hysan:Avenue:希慎道:3|"
     "Hoi Bun:Road:海濱道:4|How Ming:Street:巧明街:4|Hung To:Road:鴻圖道:4|Wang Chiu:Road:宏照道:5|"
     "Sheung Yuet:Road:常悅道:5|Canton:Road:廣東道:6|Nathan:Road:彌敦道:7|On Lai:Street:安麗街:8|"
     "Shan Mei:Street:山尾街:8|Chai Wan Kok:Street:柴灣角街:9|Kwai Chung:Road:葵涌道:10|Tai Lin Pai:Road:大連排道:10",
     "Lippo Centre:力寶中心|Far East Consortium Building:遠東發展大廈|Millennium City 5:創紀之城五期|"
     "Enterprise Square:企業廣場|Corporation Park:企業中心|Goodwill Industrial Building:好運工業大廈|"
     "Winning House:永寧大廈|Nan Fung Tower:南豐大廈|Hopewell Centre:合和中心|Silvercord:新港中心|"
     "Kwai Shing Industrial Building:葵星工業大廈|Futura Plaza:富利廣場"),
    ("taipei", "TW", "Taipei:臺北市", "::", "1##", 1,
     "Xinyi:信義區|Neihu:內湖區|Zhongshan:中山區|Da'an:大安區",
     "Xinyi:Road Sec. 5:信義路五段:0|Ruiguang:Road:瑞光路:1|Nanjing East:Road Sec. 3:南京東路三段:2|"
     "Dunhua South:Road Sec. 2:敦化南路二段:3|Zhouzi:Street:洲子街:1",
     "Taipei 101:台北101|Neihu Technology Park:內湖科技園區|Far Eastern Plaza:遠企中心"),
    ("singapore", "SG", "Singapore:", "::", "", 1,
     "Downtown Core::04|Tanjong Pagar::07|Raffles Place::04|Bugis::18|Ubi::40|Jurong East::60|One-North::13|"
     "Kallang::33|Paya Lebar::40|Changi Business Park::48",
     "Anson:Road::1|Cecil:Street::2|Robinson:Road::2|Shenton:Way::1|North Bridge:Road::3|Ubi:Avenue 3::4|"
     "Jurong East:Street 21::5|Fusionopolis:Way::6|Kallang:Avenue::7|Paya Lebar:Road::8|"
     "Changi Business Park:Central 1::9|Raffles:Place::2",
     "International Plaza|Tong Eng Building|Robinson 77|AXA Tower|Golden Mile Tower|Vertex|JTC Summit|"
     "Fusionopolis One|Kallang Trivista|Paya Lebar Square|UE BizHub East"),
    ("dubai", "AE", "Dubai:دبي", "::", "", 4,
     "Business Bay|Jumeirah Lakes Towers|Dubai Silicon Oasis|Deira|Al Barsha|Dubai Internet City|Downtown Dubai",
     "Sheikh Zayed:Road|Al Khaleej:Street|Al Maktoum:Road|Marasi:Drive|Al Abraj:Street|Al Sufouh:Road|Baniyas:Road",
     "Al Saqr Business Tower|Churchill Tower|Bay Square Building 4|Almas Tower|Jumeirah Business Center 1|"
     "Silicon Oasis HQ|Aspect Tower|The Citadel Tower|Oxford Tower|Centurion Star Tower"),
    ("abudhabi", "AE", "Abu Dhabi:أبوظبي", "::", "", 1,
     "Al Reem Island|Khalifa City|Al Maryah Island",
     "Hamdan Bin Mohammed:Street|Electra:Street|Al Maryah:Street", "Addax Tower|Al Maqam Tower|Sky Tower"),
    ("moscow", "RU", "Moscow:Москва", "::", "1#####", 4,
     "Tverskoy:Тверской|Presnensky:Пресненский|Basmanny:Басманный|Khamovniki:Хамовники|Gagarinsky:Гагаринский",
     "Tverskaya:Street:Тверская:0|Leninsky:Avenue:Ленинский:4|Presnenskaya:Embankment:Пресненская:1|"
     "Lva Tolstogo:Street:Льва Толстого:3|Myasnitskaya:Street:Мясницкая:2|Kutuzovsky:Avenue:Кутузовский:1|"
     "Vavilova:Street:Вавилова:4|Bolshaya Pochtovaya:Street:Большая Почтовая:2|Varshavskoye:Highway:Варшавское:4",
     "BC Aurora:БЦ «Аврора»|BC Oko:БЦ «ОКО»|BC White Square:БЦ «Белая площадь»|Skolkovo Technopark:Технопарк «Сколково»"),
    ("spb", "RU", "Saint Petersburg:Санкт-Петербург", "::", "19####", 2,
     "Tsentralny:Центральный|Vasileostrovsky:Василеостровский|Petrogradsky:Петроградский",
     "Nevsky:Avenue:Невский:0|Malaya Morskaya:Street:Малая Морская:0|Sredniy:Avenue:Средний:1|"
     "Kantemirovskaya:Street:Кантемировская:2", "BC Senator:БЦ «Сенатор»|Technopark SPb:Технопарк Санкт-Петербурга"),
    ("novosibirsk", "RU", "Novosibirsk:Новосибирск", "Novosibirsk Oblast:Новосибирская обл.:", "630###", 1,
     "Sovetsky:Советский|Tsentralny:Центральный",
     "Krasny:Avenue:Красный:1|Inzhenernaya:Street:Инженерная:0|Nikolaeva:Street:Николаева:0",
     "Akademgorodok Technopark:Технопарк Академгородка"),
    ("almaty", "KZ", "Almaty:Алматы", "::", "050###", 3,
     "Medeu:Медеуский|Bostandyk:Бостандыкский|Almaly:Алмалинский",
     "Al-Farabi:Avenue:аль-Фараби:1|Abay:Avenue:Абая:2|Dostyk:Avenue:Достык:0|Furmanov:Street:Фурманова:0|"
     "Zheltoksan:Street:Желтоксан:2", "Nurly Tau:БЦ «Нурлы Тау»|Esentai Tower:Esentai Tower|Almaty Towers:Алматы Тауэрс"),
    ("astana", "KZ", "Astana:Астана", "::", "010###", 2,
     "Yesil:Есильский|Almaty:Алматинский",
     "Mangilik El:Avenue:Мангилик Ел:0|Kabanbay Batyr:Avenue:Кабанбай батыра:0|Dostyk:Street:Достык:0",
     "Astana Hub:Astana Hub|Emerald Towers:Изумрудный квартал|Talan Towers:Talan Towers"),
    ("istanbul", "TR", "İstanbul:", "::", "34###", 3,
     "Şişli|Beşiktaş|Kadıköy|Ataşehir|Sarıyer",
     "Büyükdere:Caddesi::0|Barbaros:Bulvarı::1|Bağdat:Caddesi::2|Ataşehir:Bulvarı::3|Eski Büyükdere:Caddesi::4|"
     "Halaskargazi:Caddesi::0", "Levent 199|Maslak 1453|Sapphire|Kanyon Ofis|Palladium Tower|Nidakule"),
    ("ankara", "TR", "Ankara:", "::", "06###", 1, "Çankaya|Yenimahalle",
     "Atatürk:Bulvarı::0|Cinnah:Caddesi::0|Eskişehir Yolu:::1", "Armada|Next Level|ODTÜ Teknokent"),
    ("kualalumpur", "MY", "Kuala Lumpur:", "Wilayah Persekutuan:::", "50###", 3,
     "Bukit Bintang|KLCC|Bangsar South|Mont Kiara",
     "Ampang:Jalan::1|Sultan Ismail:Jalan::0|Kerinchi:Jalan::2|Tun Razak:Jalan::1|Kiara:Jalan::3",
     "Menara Citibank|Menara IQ|The Vertical|Menara UOA Bangsar|Menara Prestige|Glo Damansara"),
    ("johor", "MY", "Johor Bahru:", "Johor:::", "80###", 1, "Iskandar Puteri|Johor Bahru Sentral",
     "Wong Ah Fook:Jalan::1|Tebrau:Jalan::1|Medini Utara:Persiaran::0", "Menara Landmark|Medini 6"),
    ("hcmc", "VN", "Ho Chi Minh City:TP. Hồ Chí Minh", "::", "700000", 3,
     "District 1:Quận 1|District 3:Quận 3|District 7:Quận 7|Binh Thanh District:Quận Bình Thạnh|Thu Duc City:TP. Thủ Đức",
     "Hai Trieu:Street:Hải Triều:0|Nguyen Hue:Street:Nguyễn Huệ:0|Le Duan:Street:Lê Duẩn:0|"
     "Dien Bien Phu:Street:Điện Biên Phủ:1|Nguyen Van Linh:Street:Nguyễn Văn Linh:2|Ung Van Khiem:Street:Ung Văn Khiêm:3",
     "Bitexco Financial Tower:Tòa nhà Bitexco|Saigon Centre:Saigon Centre|Vincom Center:Vincom Center|Etown Central:Etown Central"),
    ("hanoi", "VN", "Hanoi:Hà Nội", "::", "100000", 2,
     "Cau Giay District:Quận Cầu Giấy|Ba Dinh District:Quận Ba Đình|Nam Tu Liem District:Quận Nam Từ Liêm",
     "Duy Tan:Street:Duy Tân:0|Tran Duy Hung:Street:Trần Duy Hưng:0|Pham Hung:Street:Phạm Hùng:2|Kim Ma:Street:Kim Mã:1",
     "Keangnam Landmark 72:Keangnam Landmark 72|Lotte Center:Lotte Center|FPT Tower:Tòa nhà FPT"),
    ("bengaluru", "IN", "Bengaluru:Bangalore", "Karnataka::KA", "560###", 4,
     "Koramangala|Whitefield|Marathahalli|Electronic City|Indiranagar|HSR Layout",
     "Outer Ring:Road::2|Hosur:Road::3|Old Airport:Road::4|100 Feet:Road::4|Sarjapur:Road::5|80 Feet:Road::0|ITPL Main:Road::1",
     "Prestige Tech Park|Embassy Golf Links|RMZ Ecoworld|Bagmane Tech Park|Salarpuria Sattva"),
    ("mumbai", "IN", "Mumbai:Bombay", "Maharashtra::MH", "400###", 2,
     "Andheri East|Bandra Kurla Complex|Powai|Lower Parel",
     "Andheri-Kurla:Road::0|Senapati Bapat:Marg::3|LBS:Marg::2|Hiranandani Gardens:::2",
     "Times Square|One BKC|Kamala Mills|Peninsula Business Park"),
    ("hyderabad", "IN", "Hyderabad:", "Telangana::TS", "500###", 2, "HITEC City|Gachibowli|Madhapur",
     "Hitech City Main:Road::0|Financial District:::1|Ayyappa Society:Road::2", "Cyber Towers|Mindspace|DLF Cyber City"),
    ("sf", "US", "San Francisco:", "California::CA", "941##", 3, "SoMa|Financial District|Mission Bay",
     "Market:Street|Mission:Street|Howard:Street|Folsom:Street|Brannan:Street|Townsend:Street|California:Street|"
     "Montgomery:Street|2nd:Street|3rd:Street", ""),
    ("paloalto", "US", "Palo Alto:", "California::CA", "943##", 1, "",
     "University:Avenue|El Camino Real:|Page Mill:Road|Hamilton:Avenue", ""),
    ("newyork", "US", "New York:", "New York::NY", "100##", 3, "Manhattan|Brooklyn",
     "Broadway:|5th:Avenue|Madison:Avenue|Park:Avenue|Wall:Street|Hudson:Street|West 33rd:Street", ""),
    ("seattle", "US", "Seattle:", "Washington::WA", "981##", 2, "",
     "Pike:Street|2nd:Avenue|Westlake:Avenue North|Dexter:Avenue North", ""),
    ("austin", "US", "Austin:", "Texas::TX", "787##", 1, "", "Congress:Avenue|Lavaca:Street|Burnet:Road", ""),
    ("losangeles", "US", "Los Angeles:", "California::CA", "900##", 2, "",
     "Wilshire:Boulevard|Sunset:Boulevard|Olympic:Boulevard|Santa Monica:Boulevard", ""),
    ("london", "GB", "London:", "::", "", 5, "Shoreditch::EC2A|City of London::EC3V|Holborn::WC1V|Covent Garden::WC2H|"
     "Canary Wharf::E14|King's Cross::N1C",
     "Old:Street::0|Great Eastern:Street::0|Leonard:Street::0|City:Road::0|Bishopsgate:::1|Canada:Square::4|"
     "Pancras:Square::5|Kingsway:::2|Long:Acre::3", "White Collar Factory|Tea Building|One Canada Square|Kings Place"),
    ("manchester", "GB", "Manchester:", "::", "", 1, "City Centre::M1|Spinningfields::M3",
     "Portland:Street::0|Deansgate:::1|Oxford:Road::0", "Bruntwood Works|Landmark"),
    ("cambridge", "GB", "Cambridge:", "::", "", 1, "Central::CB2|North::CB4",
     "Hills:Road::0|Milton:Road::1|Station:Road::0", "St John's Innovation Centre|CB1 Business Centre"),
    ("berlin", "DE", "Berlin:", "::", "10###", 3, "Mitte|Kreuzberg|Charlottenburg|Friedrichshain",
     "Friedrich:straße::0|Tor:straße::0|Invaliden:straße::0|Rosenthaler:Straße::0|Kurfürstendamm:::2|"
     "Warschauer:Straße::3|Oranien:straße::1", ""),
    ("munich", "DE", "München:München", "Bayern::", "80###", 2, "Maxvorstadt|Schwabing",
     "Leopold:straße::1|Maximilian:straße::0|Arnulf:straße::0|Landsberger:Straße::0|Sonnen:straße::0", ""),
    ("frankfurt", "DE", "Frankfurt am Main:", "Hessen::", "60###", 1, "Innenstadt|Westend",
     "Mainzer Land:straße::1|Taunusanlage:::1|Hanauer Land:straße::0|Zeil:::0", ""),
    ("amsterdam", "NL", "Amsterdam:", "::", "10## AA", 1, "Centrum|Zuidas",
     "Herengracht:::0|Keizersgracht:::0|Singel:::0|Strawinskylaan:::1|Gustav Mahlerlaan:::1|Prins Hendrikkade:::0",
     "WTC Amsterdam|Atrium|Symphony Offices"),
    ("paris", "FR", "Paris:", "::", "750##", 1, "",
     "Rivoli:rue de|Champs-Élysées:avenue des|Haussmann:boulevard|Faubourg Saint-Honoré:rue du|la Paix:rue de|Bercy:quai de",
     "Station F"),
    ("tokyo", "JP", "Tokyo:東京都", "::", "1##-####", 4,
     "Minato-ku:港区|Chiyoda-ku:千代田区|Shibuya-ku:渋谷区|Shinjuku-ku:新宿区|Chuo-ku:中央区",
     "Roppongi::六本木:0|Akasaka::赤坂:0|Shiba::芝:0|Marunouchi::丸の内:1|Otemachi::大手町:1|Shibuya::渋谷:2|"
     "Dogenzaka::道玄坂:2|Nishi-Shinjuku::西新宿:3|Nihonbashi::日本橋:4|Ginza::銀座:4",
     "Roppongi Hills Mori Tower:六本木ヒルズ森タワー|Shibuya Scramble Square:渋谷スクランブルスクエア|"
     "Marunouchi Building:丸の内ビルディング|Shinjuku Mitsui Building:新宿三井ビルディング|Ark Mori Building:アーク森ビル"),
    ("osaka", "JP", "Osaka:大阪市", "Osaka:大阪府:", "5##-####", 1, "Kita-ku:北区|Chuo-ku:中央区|Nishi-ku:西区",
     "Umeda::梅田:0|Nakanoshima::中之島:0|Honmachi::本町:1|Utsubo-honmachi::靱本町:2",
     "Grand Front Osaka:グランフロント大阪|Umeda Sky Building:梅田スカイビル"),
    ("seoul", "KR", "Seoul:서울특별시", "::", "0####", 1,
     "Gangnam-gu:강남구|Seocho-gu:서초구|Jung-gu:중구|Yeongdeungpo-gu:영등포구|Mapo-gu:마포구|Guro-gu:구로구",
     "Teheran-ro::테헤란로:0|Gangnam-daero::강남대로:0|Seocho-daero::서초대로:1|Eulji-ro::을지로:2|"
     "Yeoui-daero::여의대로:3|World Cup buk-ro::월드컵북로:4|Digital-ro::디지털로:5",
     "Gangnam Finance Center:강남파이낸스센터|Parnas Tower:파르나스타워|Two IFC:IFC 투|G-Valley Tower:지밸리타워"),
    ("limassol", "CY", "Limassol:Λεμεσός", "::", "3###", 3, "Agios Athanasios|Germasogeia|Neapolis",
     "Archbishop Makarios III:Avenue:Αρχιεπισκόπου Μακαρίου Γ'|Spyrou Kyprianou:Avenue:Σπύρου Κυπριανού|"
     "Anexartisias:Street:Ανεξαρτησίας|28th October:Street:28ης Οκτωβρίου|Agiou Andreou:Street:Αγίου Ανδρέου|"
     "Gladstonos:Street:Γλάδστωνος", "Limassol Center|Olympic Residence|Vashiotis Business Center"),
    ("nicosia", "CY", "Nicosia:Λευκωσία", "::", "10##", 2, "Strovolos|Engomi",
     "Kennedy:Avenue|Stasikratous:Street|Themistokli Dervi:Avenue|Griva Digeni:Avenue", ""),
]


def _split(spec, n):
    out = []
    for it in spec.split("|") if spec else []:
        f = it.split(":")
        f += [""] * (n - len(f))
        out.append(tuple(x or None for x in f[:n]))
    return out


CITIES = []
for _s in _CITY_SPEC:
    _c = {"key": _s[0], "cc": _s[1], "name": tuple(x or None for x in (_s[2].split(":") + [""])[:2]),
          "region": tuple(x or None for x in (_s[3].split(":") + ["", ""])[:3]), "pc": _s[4], "w": _s[5],
          "dist": _split(_s[6], 3) or [(None, None, None)], "streets": _split(_s[7], 4), "bldg": _split(_s[8], 2)}
    CITIES.append(_c)
CITIES_BY_CC = {}
for _c in CITIES:
    CITIES_BY_CC.setdefault(_c["cc"], []).append(_c)
CITY_P = {cc: Picker(v, [c["w"] for c in v]) for cc, v in CITIES_BY_CC.items()}

# ----------------------------------------------------------------------------------
# addresses: latent dict, rendered per record
# ----------------------------------------------------------------------------------
_ABBR = {"Road": ["Road", "Rd", "Rd.", "road"], "Street": ["Street", "St", "St.", "Str."],
         "Avenue": ["Avenue", "Ave", "Ave.", "Av."], "Boulevard": ["Boulevard", "Blvd", "Blvd."],
         "Drive": ["Drive", "Dr", "Dr."], "Square": ["Square", "Sq"], "Highway": ["Highway", "Hwy"],
         "Embankment": ["Embankment", "Emb."], "Jalan": ["Jalan", "Jln", "Jln."], "Persiaran": ["Persiaran", "Psrn"],
         "Caddesi": ["Caddesi", "Cad.", "Cd."], "Bulvarı": ["Bulvarı", "Bulv.", "Blv."], "straße": ["straße", "str.", "strasse"],
         "Straße": ["Straße", "Str.", "Strasse"], "boulevard": ["boulevard", "bd", "bd."], "avenue": ["avenue", "av."],
         "Central": ["Central", "C.", "C"], "Sec.": ["Sec.", "Section"], "North": ["North", "N", "N."], "Marg": ["Marg"]}
_PREFIX_TYPES = ("Jalan", "Persiaran", "rue", "avenue", "boulevard", "quai")
_RU_TYPE = {"Street": "ул.", "Avenue": "пр-т", "Embankment": "наб.", "Highway": "ш.", "Lane": "пер."}
_RU_TYPE_LAT = {"Street": ["ul.", "ulitsa", "St.", "str."], "Avenue": ["pr-t", "prospekt", "Ave.", "prosp."],
                "Embankment": ["nab.", "Emb.", "naberezhnaya"], "Highway": ["sh.", "shosse", "Hwy"]}
COUNTRY_NAMES = {
    "HK": ["Hong Kong", "Hong Kong SAR", "HK", "Hong Kong, China", "HKSAR"], "CN": ["China", "PRC", "P.R. China", "P.R.C."],
    "SG": ["Singapore", "Republic of Singapore", "SG"], "US": ["USA", "United States", "US", "U.S.A."],
    "GB": ["United Kingdom", "UK", "England", "U.K."], "AE": ["UAE", "United Arab Emirates", "U.A.E."],
    "RU": ["Russia", "Russian Federation", "RF"], "KZ": ["Kazakhstan", "Republic of Kazakhstan", "KZ"],
    "TR": ["Turkey", "Türkiye", "Turkiye"], "MY": ["Malaysia", "MY"], "VN": ["Vietnam", "Viet Nam"],
    "IN": ["India", "IN"], "DE": ["Germany", "Deutschland", "DE"], "NL": ["Netherlands", "The Netherlands", "NL"],
    "FR": ["France", "FR"], "JP": ["Japan", "JP"], "KR": ["South Korea", "Korea", "Republic of Korea"],
    "CY": ["Cyprus", "CY"], "TW": ["Taiwan", "Taiwan R.O.C.", "TW"],
    "VG": ["British Virgin Islands", "BVI", "B.V.I.", "Virgin Islands (British)"],
    "SC": ["Seychelles", "Republic of Seychelles", "SC"], "MH": ["Marshall Islands", "Republic of the Marshall Islands", "MH"]}
_UNIT_STYLE = {"HK": "fk", "CN": "fk", "TW": "fk", "SG": "sg", "US": "fk", "KR": "fk", "JP": "fk", "AE": "fk",
               "MY": "sg", "IN": "fk", "RU": "fk", "KZ": "fk", "GB": "num", "DE": "none", "NL": "let", "FR": "num",
               "TR": "num", "VN": "fk", "CY": "fk"}


def _abbr(rng, t, alt):
    if not t:
        return ""
    out = []
    for w in t.split(" "):
        v = _ABBR.get(w)
        out.append(v[rng.randrange(len(v))] if v and alt else w)
    return " ".join(out)


def _street_lat(rng, st, alt):
    base, typ = st[0] or "", st[1]
    t = _abbr(rng, typ, alt)
    if not t:
        return base
    if typ.split(" ")[0] in _PREFIX_TYPES:
        return "%s %s" % (t, base)
    if typ.startswith("straße"):
        return base + t
    return "%s %s" % (base, t)


def make_addr(rng, city, kind="office", street=None, num=None, bldg=None, floor=None, unit=None):
    cc = city["cc"]
    st = street or city["streets"][rng.randrange(len(city["streets"]))]
    di = int(st[3]) if len(st) > 3 and st[3] and st[3].isdigit() and int(st[3]) < len(city["dist"]) else rng.randrange(len(city["dist"]))
    dist = city["dist"][di]
    if num is None:
        if cc == "JP":
            num = "%d-%d-%d" % (rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 25))
        elif cc == "AE" and rng.random() < 0.7:
            num = ""
        elif cc == "US":
            num = str(rng.randint(1, 39) * 50 + rng.randint(0, 49))
        elif cc in ("RU", "KZ", "DE", "NL", "TR", "CY", "FR"):
            num = str(rng.randint(1, 120))
        else:
            num = str(rng.randint(1, 199) if rng.random() < 0.8 else rng.randint(200, 999))
    us = _UNIT_STYLE.get(cc, "fk")
    if floor is None and kind in ("office", "res") and rng.random() < (0.85 if cc not in ("US", "GB", "DE", "FR", "NL") else 0.45):
        floor = rng.randint(1, 45) if kind == "office" else rng.randint(1, 30)
    if unit is None and floor is not None and rng.random() < 0.8:
        if us == "fk":
            unit = str(floor * 100 + rng.randint(1, 20)) if rng.random() < 0.8 else "ABCDEFGH"[rng.randrange(8)]
        elif us == "sg":
            unit = "%02d" % rng.randint(1, 99)
        elif us == "let":
            unit = "ABCDE"[rng.randrange(5)]
        elif us == "num":
            unit = str(rng.randint(1, 40))
    elif unit is None and kind == "res" and cc in ("US", "GB", "NL") and rng.random() < 0.3:
        unit = str(rng.randint(1, 40))
    pcp = city["pc"]
    if cc == "SG":
        pc = (dist[2] or "0") + digits(rng, 4)
    elif cc == "GB":
        pc = "%s %d%s" % (dist[2], rng.randint(1, 9), pattern(rng, "AA"))
    elif pcp:
        pc = pattern(rng, pcp)
    else:
        pc = None
    a = {"cc": cc, "city": city["name"], "region": city["region"], "dist": dist, "st": st, "num": num,
         "bldg": bldg, "floor": floor, "unit": unit, "pc": pc, "kind": kind,
         "blk": "ABCD"[rng.randrange(4)] if cc == "CN" and bldg and rng.random() < 0.5 else None,
         "plus4": digits(rng, 4) if cc == "US" else None, "pobox": str(rng.randint(10000, 499999)) if cc == "AE" and rng.random() < 0.5 else None}
    a["key"] = (a["city"][0], st[0], num, bldg[0] if bldg else None, floor, unit)
    return a


def addr_variant(rng, a, floor=None, unit=None, keep_floor=False):
    """Same building, another floor/unit (a tower tenant, a move upstairs)."""
    b = dict(a)
    b["floor"] = a["floor"] if keep_floor else (floor or rng.randint(1, 45))
    us = _UNIT_STYLE.get(a["cc"], "fk")
    if unit is None:
        unit = (str(b["floor"] * 100 + rng.randint(1, 20)) if us == "fk" else "%02d" % rng.randint(1, 99) if us == "sg"
                else str(rng.randint(1, 40)))
    b["unit"] = unit
    b["key"] = a["key"][:4] + (b["floor"], unit)
    return b


def _unit_floor_lat(rng, a, alt):
    """Latin unit / floor designators in the local convention."""
    cc, f, u = a["cc"], a["floor"], a["unit"]
    out = []
    if cc == "SG" or cc == "MY" and u:
        if f is not None and u:
            fmt = ["#%02d-%s", "#%d-%s", "Unit #%02d-%s", "%02d-%s", "# %02d-%s"] if cc == "SG" else \
                  ["Suite %d.%s", "Unit %d-%s", "%d-%s", "Suite %d-%s", "No. %d-%s"]
            out.append(fmt[rng.randrange(len(fmt)) if alt else 0] % (f, u))
        if cc == "MY" and f is not None:
            out.insert(0, (["Level %d", "Lvl %d", "Tingkat %d", "%s Floor"][rng.randrange(4) if alt else 0]) %
                       ((ordinal(f),) if False else (f,)) if True else "")
        return out
    if cc == "TR":
        if f is not None:
            out.append(["Kat:%d D:%s", "Kat %d Daire %s", "K:%d D:%s", "Floor %d No %s"][rng.randrange(4) if alt else 0]
                       % (f, u or "1"))
        return out
    if cc == "DE":
        if f is not None:
            out.append(["%d. OG", "%d. Etage", "%d. Stock"][rng.randrange(3) if alt else 0] % f)
        return out
    if cc == "NL":
        return out
    udes = {"HK": ["Room %s", "Rm %s", "Flat %s", "Unit %s", "Flat/Rm %s", "Rm. %s", "Suite %s"],
            "CN": ["Room %s", "Rm. %s", "Unit %s", "Suite %s", "Rm %s"], "TW": ["Rm. %s", "Room %s"],
            "US": ["Suite %s", "Ste %s", "Ste. %s", "#%s", "Unit %s", "STE %s"],
            "GB": ["Flat %s", "Unit %s", "Suite %s"], "AE": ["Office %s", "Office No. %s", "Unit %s", "Suite %s", "Office No %s"],
            "IN": ["Unit %s", "Office No. %s", "#%s", "No. %s"], "RU": ["office %s", "of. %s", "Office %s", "room %s"],
            "KZ": ["office %s", "of. %s", "Office %s"], "JP": ["Room %s", "#%s"], "KR": ["Room %s", "#%s", "Suite %s"],
            "VN": ["Room %s", "Unit %s", "P.%s"], "CY": ["Office %s", "Flat %s", "Suite %s"],
            "FR": ["Bureau %s", "Suite %s"]}.get(cc, ["Suite %s", "Office %s", "Room %s", "Unit %s"])
    fdes = {"HK": ["%d/F", "%dF", "{o} Floor", "Floor %d", "%d/F.", "%d/FL"], "CN": ["{o} Floor", "Floor %d", "%dF", "%d/F"],
            "TW": ["%dF.", "{o} Fl.", "%dF"], "US": ["Floor %d", "{o} Floor", "Fl %d"], "GB": ["{o} Floor", "Floor %d"],
            "AE": ["Floor %d", "{o} Floor", "Level %d", "%dF"], "IN": ["{o} Floor", "Floor %d", "{o} Flr"],
            "RU": ["floor %d", "%d fl."], "KZ": ["floor %d"], "JP": ["%dF", "{o} Floor"], "KR": ["%dF", "{o} Floor", "Floor %d"],
            "VN": ["{o} Floor", "Floor %d", "Level %d"], "CY": ["{o} floor", "Floor %d"], "FR": ["%de étage", "{o} floor"]
            }.get(cc, ["{o} Floor", "Floor %d"])
    if u:
        out.append(udes[rng.randrange(len(udes)) if alt else 0] % u)
    if f is not None and not (u and u.isdigit() and len(u) >= 3 and cc in ("CN", "US", "JP", "KR") and rng.random() < 0.7):
        fd = fdes[rng.randrange(len(fdes)) if alt else 0]
        out.append(fd.replace("{o}", ordinal(f)) if "{o}" in fd else fd % f)
    return out


def render_addr(a, rng, sloppy=False):
    cc = a["cc"]
    alt = rng.random() < 0.6
    r = rng.random()
    st = a["st"]
    num = a["num"]
    city_l, city_n = a["city"]
    reg_l, reg_n, reg_ab = a["region"]
    dist_l, dist_n = a["dist"][0], a["dist"][1]
    bl, bn = (a["bldg"] or (None, None))
    f, u = a["floor"], a["unit"]
    # ---- native-script forms
    if cc in ("CN", "TW", "HK") and st[2] and r < {"CN": 0.4, "TW": 0.3, "HK": 0.08}[cc]:
        s = ("" if cc != "HK" else "香港" + {"Kowloon": "九龍", "New Territories": "新界"}.get(a["dist"][2], "")) + \
            (reg_n or "") + (city_n if cc != "HK" else "") + (dist_n or "") + st[2] + (num + "號" if cc != "CN" else num + "号")
        if bn:
            s += bn
        if a["blk"]:
            s += a["blk"] + ("栋" if rng.random() < 0.5 else "座")
        if f is not None and (not u or not u.isdigit()):
            s += "%d楼" % f if cc == "CN" else "%d樓" % f
        if u:
            s += u + "室"
        if a["pc"] and cc == "CN" and rng.random() < 0.3:
            s = a["pc"] + " " + s if rng.random() < 0.5 else s + " " + a["pc"]
        return s
    if cc == "JP" and r < 0.4:
        s = ("〒" if rng.random() < 0.6 else "") + a["pc"] + " " + (reg_n or "") + city_n + (dist_n or "") + st[2] + num
        if bn:
            s += " " + bn
        if f is not None:
            s += " %d階" % f if rng.random() < 0.5 else " %dF" % f
        return s
    if cc == "KR" and r < 0.4:
        s = "%s %s %s %s" % (city_n, dist_n, st[2], num)
        if f is not None:
            s += ", %d층" % f
        if u:
            s += " %s호" % u
        return s + (" (%s)" % a["pc"] if rng.random() < 0.3 else "")
    if cc in ("RU", "KZ") and st[2] and r < 0.4:
        parts = [a["pc"]] if a["pc"] and rng.random() < 0.7 else []
        parts.append(("г. " if rng.random() < 0.7 else "") + city_n)
        parts.append("%s %s" % (_RU_TYPE.get(st[1], "ул."), st[2]) if rng.random() < 0.7 else "%s %s" % (st[2], {"ул.": "улица", "пр-т": "проспект", "наб.": "набережная", "ш.": "шоссе"}[_RU_TYPE.get(st[1], "ул.")]))
        parts.append(("д. " if rng.random() < 0.7 else "дом ") + num)
        if f is not None and rng.random() < 0.4:
            parts.append("этаж %d" % f if rng.random() < 0.5 else "%d эт." % f)
        if u:
            parts.append(["офис %s", "оф. %s", "пом. %s"][rng.randrange(3)] % u)
        if bn and rng.random() < 0.4:
            parts.append(bn)
        return ", ".join(parts)
    if cc == "VN" and r < 0.5:
        parts = []
        if f is not None:
            parts.append(("Tầng %d" if rng.random() < 0.7 else "Lầu %d") % f)
        if u:
            parts.append("Phòng %s" % u)
        if bn:
            parts.append(bn)
        parts += ["%s %s" % (num, st[2]), dist_n, city_n]
        s = ", ".join(x for x in parts if x)
        return deaccent(s) if rng.random() < 0.3 else s
    if cc == "CY" and st[2] and r < 0.1:
        return "%s %s, %s %s" % (st[2], num, a["pc"], city_n)
    # ---- latin forms
    parts = _unit_floor_lat(rng, a, alt)
    if bl:
        parts.append(bl if not (cc == "CN" and a["blk"]) else
                     ["Building %s, %s", "Block %s, %s", "Bldg. %s, %s", "Tower %s, %s"][rng.randrange(4) if alt else 0] % (a["blk"], bl))
    if cc in ("RU", "KZ"):
        tl = _RU_TYPE_LAT.get(st[1], ["St."])
        t = tl[rng.randrange(len(tl))] if alt else tl[0]
        sl = ("%s %s" % (t, st[0]) if t[0].islower() and t != "str." else "%s %s" % (st[0], t))
        streetnum = ["%s, %s", "%s, d. %s", "%s %s"][rng.randrange(3) if alt else 0] % (sl, num)
    elif cc == "JP":
        streetnum = "%s %s" % (num, st[0])
    elif cc in ("DE", "NL", "TR") or cc == "CY" and rng.random() < 0.4:
        sl = _street_lat(rng, st, alt)
        n2 = num + (u or "") if cc == "NL" else num
        if cc == "TR":
            streetnum = ("%s No:%s" if rng.random() < 0.6 else "%s No. %s") % (sl, num)
        else:
            streetnum = "%s %s" % (sl, n2)
    else:
        sl = _street_lat(rng, st, alt)
        if not num:
            streetnum = sl
        elif cc in ("CN", "HK", "MY", "TW") and rng.random() < 0.35:
            streetnum = "No. %s %s" % (num, sl) if cc != "MY" else "No. %s, %s" % (num, sl)
        else:
            streetnum = "%s %s" % (num, sl)
    streetnum = streetnum.strip()
    if sloppy and streetnum and rng.random() < 0.3:
        streetnum = typo(rng, streetnum)
    parts.append(streetnum)
    if dist_l and (cc not in ("US",) and rng.random() < 0.8):
        parts.append(dist_l if not (cc == "CN" and alt) else dist_l + (" Dist." if rng.random() < 0.5 else " District"))
        if cc == "HK" and rng.random() < 0.6 and a["dist"][2] != "Hong Kong":
            parts.append(a["dist"][2])
    pc = a["pc"]
    if cc == "US":
        z = pc + ("-" + a["plus4"] if a["plus4"] and rng.random() < 0.15 else "")
        parts.append("%s, %s %s" % (city_l, reg_ab if rng.random() < 0.85 else reg_l, z) if rng.random() < 0.9
                     else "%s %s %s" % (city_l, reg_ab, z))
    elif cc in ("DE", "MY", "CY", "FR", "NL", "TR"):
        p = pc if cc != "NL" or rng.random() < 0.6 else pc.replace(" ", "")
        parts.append("%s %s" % (p, city_l) if p and rng.random() < 0.85 else city_l)
    elif cc == "GB":
        p = pc if rng.random() < 0.8 else pc.replace(" ", "")
        if rng.random() < 0.65:
            parts.append("%s %s" % (city_l, p))
        else:
            parts += [city_l, p] if rng.random() < 0.7 else [city_l]
    elif cc == "SG":
        parts.append(["Singapore %s", "Singapore %s", "S(%s)", "S%s", "SINGAPORE %s"][rng.randrange(5) if alt else 0] % pc)
    elif cc == "HK":
        if rng.random() < 0.08:
            parts.append(["000000", "999077", "00000"][rng.randrange(3)])
    elif cc in ("JP", "KR", "IN", "CN", "TW", "RU", "KZ", "VN"):
        c = city_l + ("-shi" if cc == "JP" and rng.random() < 0.1 else "")
        if reg_l and rng.random() < 0.6:
            c += ", " + reg_l
        if pc and rng.random() < (0.8 if cc in ("JP", "KR", "IN", "RU") else 0.5):
            c = "%s %s" % (c, pc) if rng.random() < 0.8 else "%s, %s" % (pc, c)
        parts.append(c)
    else:
        parts.append(city_l)
        if reg_l:
            parts.append(reg_l)
        if pc:
            parts.append(pc)
    if a["pobox"] and rng.random() < 0.5:
        parts.append(["P.O. Box %s", "PO Box %s", "POB %s", "P.O.Box %s"][rng.randrange(4)] % a["pobox"])
    if rng.random() < 0.45:
        cn = COUNTRY_NAMES.get(cc)
        if cn and not (cc == "SG" and rng.random() < 0.7):
            parts.append(cn[0] if rng.random() < 0.6 else cn[rng.randrange(len(cn))])
    sep = ", " if rng.random() < 0.85 else (" " if rng.random() < 0.5 else "\n")
    s = sep.join(x for x in parts if x)
    k = rng.random()
    if k < 0.1:
        s = s.upper()
    elif k < 0.14:
        s = s.replace(",", "").replace(".", "")
    elif k < 0.16:
        s = s.lower()
    return s


def agent_addr(cc, city, street, num, bldg=None, floor=None, unit=None, pc=None, dist=None, region=("", "", "")):
    """A fixed, hand-written registered-agent address."""
    a = {"cc": cc, "city": (city, None), "region": tuple(x or None for x in region), "dist": (dist, None, None),
         "st": street, "num": num, "bldg": (bldg, None) if bldg else None, "floor": floor, "unit": unit, "pc": pc,
         "kind": "agent", "blk": None, "plus4": None, "pobox": None}
    a["key"] = (city, street[0], num, bldg, floor, unit)
    return a


# ----------------------------------------------------------------------------------
# phones: latent = (cc, national significant number); E.164 = "+" + dial + nsn
# spec: dial, trunk, mobile patterns, landline patterns, mobile grouping, landline grouping
# ----------------------------------------------------------------------------------
PHONE = {
    "CN": ("86", "0", ["13#########", "15#########", "18#########", "17#########"], ["755########", "10########", "21########"], (3, 4, 4), (3, 4, 4)),
    "HK": ("852", "", ["9#######", "6#######", "5#######"], ["2#######", "3#######"], (4, 4), (4, 4)),
    "TW": ("886", "0", ["9########"], ["2########"], (3, 3, 3), (1, 4, 4)),
    "SG": ("65", "", ["9#######", "8#######"], ["6#######"], (4, 4), (4, 4)),
    "AE": ("971", "0", ["50#######", "55#######", "52#######"], ["4#######", "2#######"], (2, 3, 4), (1, 3, 4)),
    "RU": ("7", "8", ["916#######", "925#######", "903#######", "985#######"], ["495#######", "812#######"], (3, 3, 2, 2), (3, 3, 2, 2)),
    "KZ": ("7", "8", ["701#######", "777#######", "707#######"], ["727#######", "717#######"], (3, 3, 2, 2), (3, 3, 2, 2)),
    "TR": ("90", "0", ["532#######", "542#######", "555#######"], ["212#######", "312#######"], (3, 3, 2, 2), (3, 3, 2, 2)),
    "MY": ("60", "0", ["12#######", "16#######", "11########"], ["3########"], (2, 3, 4), (1, 4, 4)),
    "VN": ("84", "0", ["9########", "3########", "8########"], ["28########", "24########"], (2, 3, 2, 2), (2, 4, 4)),
    "IN": ("91", "0", ["98########", "99########", "70########", "88########"], ["80########", "22########"], (5, 5), (2, 4, 4)),
    "US": ("1", "1", ["415#######", "650#######", "212#######", "206#######", "512#######", "213#######", "917#######"],
           ["415#######", "646#######", "302#######", "307#######"], (3, 3, 4), (3, 3, 4)),
    "GB": ("44", "0", ["7#########"], ["20########"], (4, 6), (2, 4, 4)),
    "DE": ("49", "0", ["15#########", "17#########", "16########"], ["30########", "89########", "69########"], (3, 8), (2, 8)),
    "NL": ("31", "0", ["6########"], ["20#######"], (1, 8), (2, 7)),
    "FR": ("33", "0", ["6########", "7########"], ["1########"], (1, 2, 2, 2, 2), (1, 2, 2, 2, 2)),
    "JP": ("81", "0", ["90########", "80########", "70########"], ["3########", "6########"], (2, 4, 4), (1, 4, 4)),
    "KR": ("82", "0", ["10########"], ["2########"], (2, 4, 4), (1, 4, 4)),
    "CY": ("357", "", ["99######", "96######", "97######"], ["25######", "22######"], (2, 6), (2, 6)),
    "VG": ("1", "1", ["284340####"], ["284494####"], (3, 3, 4), (3, 3, 4)),
    "SC": ("248", "", ["2######"], ["4######"], (1, 3, 3), (1, 3, 3)),
    "MH": ("692", "", ["455####"], ["625####"], (3, 4), (3, 4)),
}
PLACEHOLDER_PHONES = ["0000000000", "+10000000000", "123456789", "N/A", "00000000", "+86 00000000000", "1234567890",
                      "-", "+0", "na", "none"]


PHONES_USED = set()


def new_phone(rng, cc, mobile=True):
    """A fresh number (never handed to two subscribers)."""
    cc = cc if cc in PHONE else "US"
    sp = PHONE[cc]
    pats = sp[2] if mobile else sp[3]
    while True:
        ph = (cc, pattern(rng, pats[rng.randrange(len(pats))]), mobile)
        if (cc, ph[1]) not in PHONES_USED:
            PHONES_USED.add((cc, ph[1]))
            return ph


def e164(ph):
    return "+" + PHONE[ph[0]][0] + ph[1]


def _group(nsn, g):
    out, i = [], 0
    for n in g:
        if i >= len(nsn):
            break
        out.append(nsn[i:i + n])
        i += n
    if i < len(nsn):
        out[-1] += nsn[i:]
    return out


def render_phone(ph, rng, rcc):
    if isinstance(ph, str):
        return ph  # placeholder or verbatim
    cc, nsn, mob = ph
    dial, trunk, _, _, gm, gl = PHONE[cc]
    g = _group(nsn, gm if mob else gl)
    sep = " -."[rng.randrange(3)] if rng.random() < 0.5 else " "
    r = rng.random()
    local = cc == rcc or cc in ("US", "VG") and rcc in ("US", "VG")
    if local and r < 0.35:   # national formats
        if cc in ("US", "VG"):
            k = rng.random()
            return ("(%s) %s-%s" % (g[0], g[1], g[2]) if k < 0.5 else "%s.%s.%s" % tuple(g[:3]) if k < 0.7
                    else "1-%s-%s-%s" % tuple(g[:3]) if k < 0.85 else nsn)
        if cc in ("RU", "KZ"):
            return "8 (%s) %s-%s-%s" % tuple(g[:4]) if rng.random() < 0.6 else "8%s" % nsn
        if cc == "CN" and mob:
            return sep.join(g) if rng.random() < 0.6 else nsn
        return (trunk + sep.join(g)) if rng.random() < 0.7 else trunk + nsn
    if r < 0.45:
        s = "+%s %s" % (dial, " ".join(g))
    elif r < 0.65:
        s = "+%s%s" % (dial, nsn)
    elif r < 0.72:
        s = "00%s %s" % (dial, nsn) if rng.random() < 0.5 else "00%s-%s" % (dial, "-".join(g))
    elif r < 0.8:
        s = "%s%s" % (dial, nsn)
    elif r < 0.88:
        s = "+%s-%s" % (dial, "-".join(g))
    elif r < 0.94:
        s = "(+%s) %s" % (dial, " ".join(g)) if cc not in ("GB", "DE") else "+%s (0)%s" % (dial, " ".join(g))
    else:
        s = "+%s (%s) %s" % (dial, g[0], "-".join(g[1:])) if len(g) > 2 else "+%s %s" % (dial, "".join(g))
    if not mob and rng.random() < 0.05:
        s += " ext. %d" % rng.randint(100, 999)
    return s


# ----------------------------------------------------------------------------------
# e-mail and web.  Latent e-mail = (local, domain, kind) kind: custom/free/univ/agent
# latent website = (host, kind, path) kind: own/builder/social
# ----------------------------------------------------------------------------------
FREEMAIL = {"CN": {"qq.com": 5, "163.com": 3, "126.com": 1, "foxmail.com": 1, "sina.com": .5, "gmail.com": .5},
            "HK": {"gmail.com": 4, "yahoo.com.hk": 1.5, "outlook.com": 1, "hotmail.com": 1, "qq.com": .4},
            "TW": {"gmail.com": 4, "yahoo.com.tw": 2, "hotmail.com": 1},
            "RU": {"mail.ru": 4, "yandex.ru": 4, "gmail.com": 2, "bk.ru": 1, "list.ru": .5, "inbox.ru": .5, "proton.me": .5},
            "KZ": {"mail.ru": 4, "gmail.com": 3, "yandex.kz": 1, "inbox.ru": .5},
            "KR": {"naver.com": 5, "gmail.com": 3, "daum.net": 1, "hanmail.net": 1},
            "JP": {"gmail.com": 4, "yahoo.co.jp": 3, "icloud.com": 1, "docomo.ne.jp": .5},
            "IN": {"gmail.com": 8, "yahoo.co.in": 1, "rediffmail.com": .7, "outlook.com": 1},
            "DE": {"gmail.com": 3, "gmx.de": 2, "web.de": 2, "t-online.de": 1, "posteo.de": .3},
            "TR": {"gmail.com": 5, "hotmail.com": 2, "yandex.com.tr": .6},
            "VN": {"gmail.com": 8, "yahoo.com.vn": 1}}
_FREEMAIL_DEFAULT = {"gmail.com": 8, "outlook.com": 2, "hotmail.com": 2, "yahoo.com": 2, "icloud.com": 1, "proton.me": .7,
                     "protonmail.com": .5, "tutanota.com": .2}
FREEMAIL_P = {cc: dpick(d) for cc, d in FREEMAIL.items()}
FREEMAIL_P["*"] = dpick(_FREEMAIL_DEFAULT)
FREE_DOMAINS = set(_FREEMAIL_DEFAULT) | {d for v in FREEMAIL.values() for d in v}
GENERIC_LOCALS = ["info", "admin", "contact", "sales", "office", "support", "hello", "ops", "billing", "it", "hr", "service"]
TLDS = {"CN": ["cn", "com.cn", "com", "net"], "HK": ["com.hk", "hk", "com"], "TW": ["com.tw", "tw", "com"],
        "SG": ["sg", "com.sg", "com", "io"], "AE": ["ae", "com", "net"], "RU": ["ru", "com", "tech", "su"],
        "KZ": ["kz", "com", "ru"], "TR": ["com.tr", "com"], "MY": ["my", "com.my", "com"], "VN": ["vn", "com.vn", "com"],
        "IN": ["in", "co.in", "com", "ai"], "US": ["com", "io", "ai", "net", "co", "us"], "GB": ["co.uk", "com", "io", "uk"],
        "DE": ["de", "com", "io"], "NL": ["nl", "com", "io"], "FR": ["fr", "com", "io"], "JP": ["co.jp", "jp", "com"],
        "KR": ["co.kr", "kr", "com"], "CY": ["com.cy", "com", "eu"], "*": ["com", "net", "io", "ai", "tech", "cloud", "global", "org"]}
BUILDERS = [("%s.wixsite.com", "/home"), ("sites.google.com", "/view/%s"), ("%s.business.site", "/"), ("%s.weebly.com", ""),
            ("%s.webflow.io", ""), ("%s.github.io", ""), ("%s.wordpress.com", ""), ("%s.mystrikingly.com", "")]
SOCIAL = [("www.linkedin.com", "/company/%s"), ("www.facebook.com", "/%s"), ("t.me", "/%s"), ("linktr.ee", "/%s")]
PLACEHOLDER_WEB = ["N/A", "none", "-", "www.", "http://", "na", "www.example.com", "no website", "TBD"]


def slug(s, sep=""):
    s = deaccent(s).lower()
    out = []
    for ch in s:
        if ch.isalnum() and ord(ch) < 128:
            out.append(ch)
        elif ch in " -&'" and out and out[-1] != sep:
            out.append(sep)
    return "".join(out).strip("-")


def render_email(em, rng, sloppy=False):
    if isinstance(em, str):
        return em
    local, dom, kind = em
    r = rng.random()
    if kind in ("custom", "agent") and r < 0.05:
        dom = ["mail.", "cn.", "hk.", "smtp.", "corp."][rng.randrange(5)] + dom
    s = local + "@" + dom
    k = rng.random()
    if k < 0.06:
        s = s.upper() if rng.random() < 0.3 else local.capitalize() + "@" + dom
    elif k < 0.09:
        s = local + "@" + dom.capitalize()
    elif k < 0.11:
        s = " " + s + " "
    elif k < 0.12:
        s = "mailto:" + s
    if sloppy and rng.random() < 0.1:
        s = s.replace(".com", ".con") if ".com" in s and rng.random() < 0.3 else s
    return s


def render_web(w, rng):
    if isinstance(w, str):
        return w
    host, kind, path = w
    r = rng.random()
    if kind == "own":
        h = ("www." + host) if rng.random() < 0.55 else host
        sch = "https://" if r < 0.45 else "http://" if r < 0.6 else ""
        p = ["", "", "/", "/en", "/index.html", "/about-us", "/?lang=en", "/en/home"][rng.randrange(8)]
        s = sch + h + p
        if rng.random() < 0.05:
            s = s.upper() if rng.random() < 0.3 else s.replace(host, host.capitalize())
        return s
    sch = "https://" if r < 0.6 else ""
    return sch + host + path


# ----------------------------------------------------------------------------------
# registration numbers: latent = (jurisdiction, canonical) ; rendered with prefixes
# ----------------------------------------------------------------------------------
_CN_REGION = ["440300", "110108", "310115", "330106", "440101", "510107"]
_USCC_AL = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PLACEHOLDER_REG = ["N/A", "n/a", "000000", "0", "none", "-", "TBD", "123456", "NA", "pending", "00000000", "N.A."]


def new_regid(rng, cc):
    if cc == "CN":
        v = "91" + _CN_REGION[rng.randrange(6)] + "MA" + "".join(_USCC_AL[rng.randrange(31)] for _ in range(8))
    elif cc == "HK":
        v = str(rng.randint(2000000, 3399999))
    elif cc == "SG":
        v = "%d%05d%s" % (rng.randint(2010, 2024), rng.randint(0, 99999), "ABCDEGHKMNRWZ"[rng.randrange(13)])
    elif cc == "MY":
        y = rng.randint(2015, 2024)
        v = "%d01%06d|%07d-%s" % (y, rng.randint(0, 999999), rng.randint(1100000, 1599999), "ADHKMPTUVWX"[rng.randrange(11)])
    elif cc == "AE":
        v = ["DMCC-", "IFZA-", "SPC-", "RAKEZ-", "DED-"][rng.randrange(5)] + str(rng.randint(100000, 999999))
    elif cc == "RU":
        v = "1%02d77%07d" % (rng.randint(10, 24), rng.randint(0, 9999999)) + str(rng.randrange(10))
    elif cc == "KZ":
        v = "%02d%02d40%06d" % (rng.randint(10, 24), rng.randint(1, 12), rng.randint(0, 999999))
    elif cc == "TR":
        v = digits(rng, 10)
    elif cc == "VN":
        v = ("03" if rng.random() < 0.6 else "01") + digits(rng, 8)
    elif cc == "IN":
        v = "U72900%s%dPTC%06d" % (["KA", "MH", "TG", "DL"][rng.randrange(4)], rng.randint(2012, 2024), rng.randint(0, 999999))
    elif cc == "US":
        v = "%02d-%07d" % (rng.randint(10, 99), rng.randint(0, 9999999))
    elif cc == "GB":
        v = ("%08d" % rng.randint(6000000, 15999999)) if rng.random() < 0.93 else "SC%06d" % rng.randint(0, 999999)
    elif cc == "DE":
        v = "HRB %d%s" % (rng.randint(10000, 249999), " B" if rng.random() < 0.5 else "")
    elif cc == "NL":
        v = "%08d" % rng.randint(50000000, 99999999)
    elif cc == "FR":
        v = "%09d" % rng.randint(800000000, 999999999)
    elif cc == "JP":
        v = "%d%012d" % (rng.randint(1, 9), rng.randint(0, 999999999999))
    elif cc == "KR":
        v = "%03d-%02d-%05d" % (rng.randint(100, 899), rng.randint(81, 88), rng.randint(0, 99999))
    elif cc == "CY":
        v = "HE %d" % rng.randint(300000, 459999)
    elif cc == "TW":
        v = "%08d" % rng.randint(10000000, 99999999)
    elif cc == "VG":
        v = str(rng.randint(1900000, 2149999))
    elif cc == "SC":
        v = str(rng.randint(200000, 239999))
    elif cc == "MH":
        v = str(rng.randint(90000, 129999))
    else:
        v = digits(rng, 9)
    return (cc, v)


def render_regid(rg, rng):
    if isinstance(rg, str):
        return rg
    cc, v = rg
    r = rng.random()
    if cc == "MY":
        new, old = v.split("|")
        return new if r < 0.4 else "%s (%s)" % (new, old) if r < 0.8 else old
    if cc == "CY":
        n = v[3:]
        return v if r < 0.5 else "HE" + n if r < 0.75 else "ΗΕ " + n if r < 0.85 else n
    if cc == "DE":
        return v if r < 0.6 else v.replace(" ", "") if r < 0.8 else "Amtsgericht " + ("Charlottenburg " if v.endswith("B") else "München ") + v
    if cc in ("US", "KR"):
        return v if r < 0.6 else v.replace("-", "")
    if cc == "AE":
        return v if r < 0.5 else v.replace("-", " ") if r < 0.75 else v.split("-")[1]
    if cc == "RU":
        return v if r < 0.5 else ("ОГРН " if r < 0.75 else "OGRN ") + v
    if cc == "KZ":
        return v if r < 0.6 else ("БИН " if r < 0.8 else "BIN: ") + v
    if cc == "HK":
        return v if r < 0.6 else "CR No. " + v if r < 0.8 else "0" + v
    if cc == "VG":
        return v if r < 0.6 else "BVI Company No. " + v if r < 0.85 else "No. " + v
    if cc == "FR":
        return v if r < 0.6 else " ".join((v[:3], v[3:6], v[6:]))
    if cc == "CN":
        return v if r < 0.9 else v.lower()
    if cc == "GB":
        return v if r < 0.7 else "Company No. " + v if r < 0.85 else v.lstrip("0")
    return v if r < 0.85 else " " + v


def new_ssh(rng):
    return "SHA256:" + b64(rng, 32)[:43]


def render_ssh(k, rng):
    return k if rng.random() < 0.95 else k[7:]


def new_card(rng):
    return alnum(rng, 16)


# ----------------------------------------------------------------------------------
# IP addresses.  ISP: (name, weight, kind res|mob, "a.b1-b2;..." /16 ranges, IPv6 /32)
# Residential users draw a /24 from a bounded per-ISP pool sized from N, so strangers
# share /24s at a realistic-looking density; mobile users sit behind CGNAT pools.
# ----------------------------------------------------------------------------------
import ipaddress  # noqa: E402  (stdlib, used for IPv6 text forms)

_ISP_SPEC = {
    "CN": "China Telecom,5,res,113.64-127;116.224-255;183.0-63,240e:38|China Unicom,3,res,123.112-127;221.216-223,2408:8207|"
          "China Mobile,2,mob,112.0-63;117.128-191;223.104-111,2409:8a55",
    "HK": "HKBN,3,res,203.186-186;61.244-247;118.140-143,2403:6200|PCCW Netvigator,3,res,42.2-3;112.118-120;219.76-79,2001:e10|"
          "China Mobile HK,1.5,mob,223.104-105;120.16-16,2402:7500",
    "TW": "Chunghwa HiNet,4,res,1.160-175;114.32-47;36.224-239,2001:b011|Taiwan Mobile,1.5,mob,39.8-15;49.214-215,2001:b400",
    "SG": "Singtel,3,res,116.86-87;118.189-189;220.255-255,2406:3003|StarHub,2,res,118.200-201;121.6-7,2406:3000|M1,1.5,mob,111.65-65;116.14-15,",
    "AE": "Etisalat,3,res,94.200-207;86.96-99;5.30-31,2001:8f8|du,2,mob,91.73-75;94.56-59,2a02:2ab8",
    "RU": "Rostelecom,3,res,95.24-31;178.64-71;5.128-143,2a00:1fa0|MTS,2,mob,83.220-221;91.76-79,2a00:1fa2|"
          "MGTS,1.5,res,95.165-165;176.59-59,2a02:2168|Beeline,1.5,mob,85.140-141;95.26-27,2a00:1370",
    "KZ": "Kazakhtelecom,3,res,2.132-135;95.56-59;178.88-91,2a03:3240|Beeline KZ,1.5,mob,37.99-99;89.218-218,",
    "TR": "Turk Telekom,3,res,85.96-111;88.224-255;78.160-191,2a02:ff0|Turkcell,2,mob,46.196-197;188.119-119,2a02:e00|"
          "Superonline,1.5,res,31.142-143;88.240-247,2a02:4e0",
    "MY": "TM Unifi,3,res,175.136-143;60.48-55;115.132-135,2001:e68|Maxis,1.5,mob,1.32-33;60.50-50,2001:4458",
    "VN": "Viettel,3,res,27.64-79;171.224-255;116.96-111,2402:800|VNPT,2,res,14.160-191;113.160-191,2405:4800|"
          "FPT Telecom,2,res,42.112-119;58.186-187,2405:4802",
    "IN": "Reliance Jio,4,mob,49.32-47;157.32-51;106.192-223,2409:4040|Airtel,3,res,122.160-175;223.176-191,2401:4900|"
          "ACT Fibernet,1.5,res,49.204-207;183.82-83,2406:7400|BSNL,1,res,117.192-255;59.88-99,",
    "US": "Comcast,4,res,73.0-255;98.192-255;24.0-31,2601:600|Verizon Fios,2.5,res,71.160-191;108.0-63,2600:4040|"
          "AT&T,2.5,res,99.0-127;76.192-255;107.192-223,2600:1700|Spectrum,2,res,47.144-159;70.112-127,2603:8000|"
          "T-Mobile US,2,mob,172.56-59,2607:fb90|Verizon Wireless,1.5,mob,174.192-223,2600:1000",
    "GB": "BT,3,res,86.128-191;81.128-159;109.144-159,2a00:23c4|Virgin Media,2,res,82.0-47;92.232-239,2a02:c7c|"
          "Sky,2,res,90.192-223;5.64-81,2a02:c78|EE,1.5,mob,213.205-205;92.40-41,2a00:23c8",
    "DE": "Deutsche Telekom,4,res,79.192-255;91.0-63;217.224-255,2003:e0|Vodafone DE,2,res,188.192-195;95.88-91,2a02:8070|"
          "Telefonica O2,1.5,mob,77.0-15;176.0-7,2a02:3030",
    "NL": "KPN,3,res,77.160-175;145.128-143,2a02:a400|Ziggo,2,res,84.24-31;89.98-99,2001:1c00",
    "FR": "Orange,3,res,90.0-127;86.192-255,2a01:cb00|Free,2,res,82.64-127;88.160-191,2a01:e0a|SFR,1.5,mob,109.0-31,2a02:8400",
    "JP": "NTT OCN,3,res,153.128-255;180.0-63,2400:4050|KDDI au,2,res,106.128-191;111.86-111,2400:4151|"
          "SoftBank,2,res,126.0-255;221.80-81,2400:2410|NTT Docomo,1.5,mob,1.66-79;49.96-111,2001:268",
    "KR": "KT,3,res,211.192-223;121.128-191,2001:e60|SK Broadband,2.5,res,175.112-127;58.140-143,2001:2d8|"
          "LG U+,2,mob,106.240-255;211.36-63,2001:4430",
    "CY": "Cyta,3,res,31.153-153;212.31-31;85.73-73,2a02:2148|Epic,1.5,mob,46.199-199;31.14-14,",
}


def _ranges(spec):
    out = []
    for it in spec.split(";"):
        a, b = it.split(".")
        lo, hi = b.split("-")
        out.append((int(a), int(lo), int(hi)))
    return out


ISPS = {}
for _cc, _spec in _ISP_SPEC.items():
    ISPS[_cc] = [(f[0], float(f[1]), f[2], _ranges(f[3]), f[4]) for f in (x.split(",") for x in _spec.split("|"))]
ISP_P = {cc: Picker(v, [x[1] for x in v]) for cc, v in ISPS.items()}
DC_RANGES = _ranges("95.216-217;65.21-21;135.181-181;51.68-68;141.94-95;167.99-99;159.89-89;138.68-68;64.225-227;"
                    "45.76-77;149.28-28;172.104-105;47.74-74;8.210-219;43.128-135;119.28-28;3.0-127;52.0-95;"
                    "54.64-95;18.128-191;34.64-127;35.184-247;20.0-63;40.64-127")
VPN_RANGES = _ranges("146.70-70;185.156-156;89.187-187;193.37-37;45.89-89;91.207-207;37.19-19;212.102-102")
CORP_RANGES = _ranges("165.225-225;147.161-161;136.226-226")
TOR_24 = ["185.220.100", "185.220.101", "185.220.102", "185.220.103", "199.249.230", "109.70.100", "23.129.64", "107.189.10"]
UNIS = [x.split(",") for x in (
    "CN,166.111,tsinghua.edu.cn|CN,162.105,pku.edu.cn|CN,202.120,sjtu.edu.cn|CN,210.32,zju.edu.cn|"
    "SG,137.132,u.nus.edu|SG,155.69,e.ntu.edu.sg|HK,147.8,connect.hku.hk|HK,143.89,connect.ust.hk|"
    "KR,143.248,kaist.ac.kr|KR,147.46,snu.ac.kr|JP,157.82,g.ecc.u-tokyo.ac.jp|US,171.64,stanford.edu|"
    "US,18.29,mit.edu|US,128.2,andrew.cmu.edu|US,128.32,berkeley.edu|GB,129.67,ox.ac.uk|GB,131.111,cam.ac.uk|"
    "DE,129.187,tum.de|IN,103.21,iitb.ac.in|IN,14.139,iisc.ac.in|RU,93.180,msu.ru|RU,188.44,phystech.edu|"
    "KZ,178.91,nu.edu.kz|TR,144.122,metu.edu.tr|MY,103.18,um.edu.my|VN,112.137,vnu.edu.vn|TW,140.112,ntu.edu.tw").split("|")]
UNIS_BY_CC = {}
for _u in UNIS:
    UNIS_BY_CC.setdefault(_u[0], []).append(_u)


def _v4(a, b, c, d):
    return "%d.%d.%d.%d" % (a, b, c, d)


def _rand_in(rng, ranges):
    a, lo, hi = ranges[rng.randrange(len(ranges))]
    return a, rng.randint(lo, hi), rng.randrange(256)


def v6_text(prefix32, h3, h4, iid, rng=None):
    hs = prefix32.split(":")
    hs = [int(x or "0", 16) for x in hs] + [0] * (2 - len(hs))
    val = (hs[0] << 112) | (hs[1] << 96) | (h3 << 80) | (h4 << 64) | iid
    return ipaddress.IPv6Address(val).compressed


def render_ip(ip, rng):
    r = rng.random()
    if ":" in ip:
        if r < 0.08:
            return ip.upper()
        if r < 0.12:
            return ipaddress.IPv6Address(ip).exploded
        return ip
    if r < 0.01:
        return "::ffff:" + ip
    return ip


# ----------------------------------------------------------------------------------
# registered agents (hand-written; real, widely shared public addresses) and their
# phone/mail domain; cowork brands; nominee pools.
# ----------------------------------------------------------------------------------
def _agents():
    E = (None, None, None, None)
    A = []
    def add(cc, w, addr, phone_pat, dom):
        A.append({"cc": cc, "w": w, "addr": addr, "ph": phone_pat, "dom": dom})
    add("VG", 4, agent_addr("VG", "Road Town, Tortola", ("Wickhams Cay 1", None, None), "", "Trident Chambers", pc="VG1110"), "284494####", "wickhamscorp.vg")
    add("VG", 3, agent_addr("VG", "Road Town, Tortola", ("Wickhams Cay II", None, None), "", "Vistra Corporate Services Centre", pc="VG1110"), "284494####", "bvi-formations.com")
    add("VG", 2, agent_addr("VG", "Road Town, Tortola", E, "", "Craigmuir Chambers", pc="VG 1110"), "284494####", "craigmuir-services.com")
    add("VG", 2, agent_addr("VG", "Road Town, Tortola", ("Wickhams Cay 1", None, None), "", "OMC Chambers"), "284494####", "omc-bvi.com")
    add("SC", 3, agent_addr("SC", "Victoria", ("Francis Rachel", "Street", None), "", "Sound & Vision House", floor=2, unit="1", dist="Mahe"), "4######", "seyoffshore.sc")
    add("SC", 2, agent_addr("SC", "Mahe", ("Ile Du Port", None, None), "", "House of Francis", unit="303"), "4######", "mahe-corporate.com")
    add("SC", 2, agent_addr("SC", "Mahe", ("Providence", None, None), "", "CT House", unit="9A"), "4######", "ctseychelles.com")
    add("SC", 1, agent_addr("SC", "Victoria", ("Sham Peng Tong Plaza", None, None), "103", dist="Mahe"), "2######", "spt-agents.sc")
    add("MH", 5, agent_addr("MH", "Majuro", ("Ajeltake", "Road", None), "", "Trust Company Complex", dist="Ajeltake Island", pc="MH96960"), "625####", "majuro-registry.com")
    add("US", 4, agent_addr("US", "Wilmington", ("Orange", "Street", None), "1209", pc="19801", region=("Delaware", "", "DE")), "302#######", "delaware-agents.com")
    add("US", 3, agent_addr("US", "Wilmington", ("Little Falls", "Drive", None), "251", pc="19808", region=("Delaware", "", "DE")), "302#######", "de-incorporate.com")
    add("US", 2, agent_addr("US", "Dover", ("The Green", None, None), "8", unit="A", pc="19901", region=("Delaware", "", "DE")), "302#######", "dovercorp-services.com")
    add("US", 3, agent_addr("US", "Sheridan", ("N Gould", "Street", None), "30", unit="R", pc="82801", region=("Wyoming", "", "WY")), "307#######", "wyoming-registered.com")
    add("US", 1, agent_addr("US", "Cheyenne", ("Pioneer", "Avenue", None), "1712", unit="500", pc="82001", region=("Wyoming", "", "WY")), "307#######", "cheyenne-agents.com")
    add("GB", 4, agent_addr("GB", "London", ("Shelton", "Street", None), "71-75", pc="WC2H 9JQ", dist="Covent Garden"), "20########", "londonformations.co.uk")
    add("GB", 3, agent_addr("GB", "London", ("Wenlock", "Road", None), "20-22", pc="N1 7GU"), "20########", "wenlock-office.co.uk")
    add("GB", 2, agent_addr("GB", "London", ("City", "Road", None), "160", "Kemp House", pc="EC1V 2NX"), "20########", "kemphouse-services.co.uk")
    add("GB", 2, agent_addr("GB", "London", ("Old Gloucester", "Street", None), "27", pc="WC1N 3AX"), "20########", "ogs-mail.co.uk")
    add("HK", 3, agent_addr("HK", "Hong Kong", ("Lockhart", "Road", None), "300", "Kiu Fu Commercial Building", floor=12, unit="A", dist="Wan Chai"), "2#######", "hkcosec.com.hk")
    add("HK", 2, agent_addr("HK", "Hong Kong", ("Mong Kok", "Road", None), "33", "Bright Way Tower", floor=7, unit="04", dist="Mong Kok"), "3#######", "wanchai-secretarial.com")
    add("HK", 2, agent_addr("HK", "Hong Kong", ("Queensway", None, None), "89", "Lippo Centre Tower 1", floor=10, unit="1003", dist="Admiralty"), "2#######", "admiralty-corpsvc.hk")
    add("HK", 2, agent_addr("HK", "Hong Kong", ("How Ming", "Street", None), "111", "Futura Plaza", floor=21, unit="2103", dist="Kwun Tong"), "3#######", "kt-secretaries.com.hk")
    add("SG", 3, agent_addr("SG", "Singapore", ("Anson", "Road", None), "10", "International Plaza", floor=10, unit="11", pc="079903"), "6#######", "sgincorp.com.sg")
    add("SG", 2, agent_addr("SG", "Singapore", ("Robinson", "Road", None), "160", "SBF Center", floor=14, unit="04", pc="068914"), "6#######", "cosec.sg")
    add("SG", 3, agent_addr("SG", "Singapore", ("Circular", "Road", None), "68", floor=2, unit="01", pc="049422"), "6#######", "circular-virtualoffice.sg")
    add("SG", 1, agent_addr("SG", "Singapore", ("Eu Tong Sen", "Street", None), "8", "The Central", floor=14, unit="94", pc="059818"), "6#######", "thecentral-biz.sg")
    add("CY", 3, agent_addr("CY", "Limassol", ("Archbishop Makarios III", "Avenue", None), "155", "Proteas House", floor=5, pc="3026"), "25######", "limassolcorporate.com.cy")
    add("CY", 2, agent_addr("CY", "Nicosia", ("Spyrou Kyprianou", "Avenue", None), "20", "Chapo Central", floor=1, pc="1075"), "22######", "nicosia-fiduciary.com")
    add("AE", 2, agent_addr("AE", "Sharjah", ("Sharjah Publishing City Free Zone", None, None), "", "Business Center"), "6#######", "spcfz-setup.ae")
    add("AE", 2, agent_addr("AE", "Ras Al Khaimah", ("Al Shohada", "Road", None), "", "Compass Building", dist="Al Hamra Industrial Zone-FZ"), "7#######", "rak-formation.com")
    add("AE", 3, agent_addr("AE", "Dubai", ("DDP", None, None), "", "IFZA Business Park", dist="Dubai Silicon Oasis"), "4#######", "uaefreezone-setup.ae")
    add("AE", 2, agent_addr("AE", "Dubai", ("Nad Al Sheba", None, None), "", "Business Centre 1, The Meydan Hotel"), "4#######", "meydan-bizsetup.com")
    add("AE", 2, agent_addr("AE", "Dubai", E, "", "DMCC Business Centre, Jewellery & Gemplex 3", floor=1, unit="451", dist="Jumeirah Lakes Towers"), "4#######", "jlt-companysetup.ae")
    return A


AGENTS = _agents()
AGENTS_BY_CC = {}
for _a in AGENTS:
    AGENTS_BY_CC.setdefault(_a["cc"], []).append(_a)
AGENT_P = {cc: Picker(v, [a["w"] for a in v]) for cc, v in AGENTS_BY_CC.items()}
P_AGENT = {"VG": .6, "SC": .6, "MH": .7, "HK": .22, "SG": .3, "GB": .18, "US": .1, "CY": .35, "AE": .3}
COWORK_BRANDS = ["WeWork", "Regus", "JustCo", "The Hive", "Spaces", "Servcorp", "Distrii", "Common Ground", "Mindspace",
                 "Industrious", "Naked Hub", "Awfis", "Fastfive", "Impact Hub", "Kr Space", "Compass Offices"]
NOMINEE_REGIONS = {"HK": ("hk", "sgc", "en"), "SG": ("sgc", "in", "en"), "VG": ("en", "hk", "gr"), "SC": ("en", "in", "ru"),
                   "MH": ("en", "gr"), "CY": ("gr", "ru", "en"), "AE": ("ar", "in", "en"), "GB": ("en", "in")}
CORP_DIRECTORS = ["%s Nominees Limited", "%s Directors Ltd", "%s Corporate Services Limited", "%s Secretaries Limited",
                  "%s Management (BVI) Ltd", "%s Fiduciary Services Ltd"]
CORP_DIR_WORDS = ["Harbour", "Wickham", "Meridian", "Pacific", "Asia Pacific", "Sovereign", "Anchor", "Lion City", "Victoria",
                  "Orient", "Crown", "Summit"]
TUTORIAL_KEYS = ["SHA256:1M4RzhMyWuFS/86uPY/ce2prh/dVTHW7iD2RhpquOZA", "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8"]
PLACEHOLDER_CARDS = ["0000000000000000", "pm_card_visa", "tok_visa"]

# customer mix: jurisdiction (companies) / residence (individuals)
CC_W = {"US": 18, "CN": 10, "HK": 7, "SG": 6, "GB": 5, "IN": 6, "DE": 4, "JP": 3, "KR": 3, "AE": 3, "RU": 3, "TW": 2,
        "MY": 2, "VN": 2, "TR": 2, "KZ": 1, "NL": 1.5, "FR": 1.5, "CY": 1, "VG": 2, "SC": 1, "MH": 0.6}
OFFSHORE = ("VG", "SC", "MH")
CC_P = dpick(CC_W)
IND_CC_P = dpick({k: v for k, v in CC_W.items() if k not in OFFSHORE})
OP_OFF_P = dpick({"CN": 3, "HK": 3, "RU": 1.5, "SG": 1, "AE": 1, "US": .5, "TW": .5, "IN": .4, "KZ": .3, "TR": .3})
_TOT_W = sum(CC_W.values())


def person_latin(p):
    """(given, family) plain lowercase latin, for mailbox names."""
    cul = p["cul"]
    if cul in CHINESE:
        fam = _CN_FAM[p["f"]]
        if cul == "sgc":
            return _SGC_GIV[p["g"]].replace(" ", "").lower(), fam[4].lower()
        col = 3 if cul == "hk" else 2
        return "".join(_CN_GIV[i][col] for i in p["g"]), fam[col if cul != "tw" else 5].lower()
    d = _P[cul]
    g = (d["givf"] if p["sex"] == "f" and d.get("givf") else d["giv"])[p["g"]][1][0]
    f = (d["fam"] or d["giv"])[p["f"]][1][0]
    return slug(g), slug(f)


class World:
    """Shared pools (agents, co-working, towers, nominees, NAT/VPN/Tor/cloud, ISP /24s)."""

    def __init__(self, n, seed):
        self.n = n
        self.r = random.Random(seed * 1000003 + 17)
        r = self.r
        self.dom_used, self.reg_used = set(), set()
        self.res24, self.mob, self.cowork, self.towers, self.nominees, self.unis = {}, {}, {}, {}, {}, {}
        self.common_ips, self.common_phones = set(), set()
        for a in AGENTS:
            a["phones"] = []
            for _ in range(1 + (r.random() < 0.4)):
                ph = (a["cc"], pattern(r, a["ph"]), False)
                a["phones"].append(ph)
                self.common_phones.add(e164(ph))
        self.vpn = self._pool(_rand_in, VPN_RANGES, 140, 0.9)
        self.corp = self._pool(_rand_in, CORP_RANGES, 70, 0.8)
        tor = ["%s.%d" % (TOR_24[r.randrange(len(TOR_24))], r.randint(1, 254)) for _ in range(45)]
        self.tor = zpick(tor, 0.5, 2.0)
        self.common_ips.update(tor)
        dcs = [_v4(*_rand_in(r, DC_RANGES), r.randint(1, 254)) for _ in range(6)]
        self.cloudnat_big, self.cloudnat = dcs[0], dcs[1:]
        self.common_ips.update(dcs)

    def _pool(self, fn, ranges, k, s):
        ips = [_v4(*fn(self.r, ranges), self.r.randint(1, 254)) for _ in range(k)]
        self.common_ips.update(ips)
        return zpick(ips, s, 2.0)

    def share(self, cc):
        return CC_W.get(cc, 1) / _TOT_W

    # ---- IPs
    def res_ip(self, rng, cc, isp=None):
        cc = cc if cc in ISPS else "US"
        if isp is None:
            isp = ISP_P[cc](rng)
            if isp[2] == "mob":
                isp = ISPS[cc][0]
        key = (cc, isp[0])
        pool = self.res24.get(key)
        if pool is None:
            k = max(16, int(self.n * self.share(cc) * isp[1] / sum(x[1] for x in ISPS[cc]) * 0.5 / 2.5))
            pool = self.res24[key] = [_rand_in(self.r, isp[3]) for _ in range(k)]
        a, b, c = pool[rng.randrange(len(pool))]
        return _v4(a, b, c, rng.randint(2, 254)), isp

    def mob_ip(self, rng, cc):
        cc = cc if cc in ISPS else "US"
        mobs = [x for x in ISPS[cc] if x[2] == "mob"] or ISPS[cc][:1]
        isp = mobs[rng.randrange(len(mobs))]
        p = self.mob.get((cc, isp[0]))
        if p is None:
            k = max(4, int(self.n * self.share(cc) * 0.35 / 30))
            p = self.mob[(cc, isp[0])] = self._pool(_rand_in, isp[3], k, 0.8)
        return p(rng)

    def biz_ip(self, rng, cc):
        cc = cc if cc in ISPS else "US"
        isp = ISPS[cc][rng.randrange(len(ISPS[cc]))]
        return _v4(*_rand_in(rng, isp[3]), rng.randint(2, 254))

    def dc_ip(self, rng):
        return _v4(*_rand_in(rng, DC_RANGES), rng.randint(2, 254))

    def v6_site(self, rng, cc):
        cc = cc if cc in ISPS else "US"
        isps = [x for x in ISPS[cc] if x[4]]
        if not isps:
            return None
        return (isps[rng.randrange(len(isps))][4], rng.randrange(65536))

    def v6_in(self, rng, site):
        return v6_text(site[0], site[1], rng.randrange(256), rng.getrandbits(64))

    def uni_ip(self, rng, uni):
        p = self.unis.get(uni[2])
        if p is None:
            a, b = map(int, uni[1].split("."))
            c = self.r.randrange(256)
            ips = [_v4(a, b, c + (i // 4) if c + i // 4 < 256 else c, self.r.randint(2, 254)) for i in range(8)]
            self.common_ips.update(ips)
            p = self.unis[uni[2]] = zpick(ips, 0.7, 1.0)
        return p(rng)

    def ips_for(self, rng, op, ent, uni=None):
        out = []
        r = rng.random()
        v6site = None
        if ent == "ind" or r < 0.45:
            ip, isp = self.res_ip(rng, op)
            out.append(ip)
            if isp[4] and rng.random() < 0.3:
                v6site = (isp[4], rng.randrange(65536))
        elif r < 0.85:
            out.append(self.biz_ip(rng, op))
            if rng.random() < 0.2:
                v6site = self.v6_site(rng, op)
        if v6site:
            out.append(self.v6_in(rng, v6site))
        if uni and rng.random() < 0.9:
            out.append(self.uni_ip(rng, uni))
        if rng.random() < 0.35:
            out.append(self.mob_ip(rng, op))
        if rng.random() < 0.12:
            out.append(self.vpn(rng))
        if rng.random() < (0.04 if ent == "co" else 0.03):
            out.append(self.corp(rng))
        k = rng.random()
        if k < 0.02:
            out.append(self.cloudnat_big)
        elif k < 0.03:
            out.append(self.cloudnat[rng.randrange(len(self.cloudnat))])
        if rng.random() < 0.004:
            out.append(self.tor(rng))
        if rng.random() < 0.08:
            out.append(self.dc_ip(rng))
        if not out:
            out.append(self.res_ip(rng, op)[0])
        return out[:5]

    # ---- places
    def tower(self, rng, city):
        t = self.towers.get(city["key"])
        if t is None:
            t = self.towers[city["key"]] = [make_addr(self.r, city, "office", bldg=b, floor=1, unit="x") for b in city["bldg"]]
        if not t:
            return None
        return addr_variant(rng, t[rng.randrange(len(t))])

    def cowork_of(self, rng, city):
        c = self.cowork.get(city["key"])
        if c is None:
            k = min(8, max(2, round(2 * math.sqrt(self.n / 20000.0))))
            c = []
            for _ in range(k):
                brand = COWORK_BRANDS[self.r.randrange(len(COWORK_BRANDS))]
                b = city["bldg"][self.r.randrange(len(city["bldg"]))] if city["bldg"] and self.r.random() < 0.5 else None
                bl = (brand + (" " + b[0] if b else ""), None)
                a = make_addr(self.r, city, "cowork", bldg=bl, floor=self.r.randint(2, 30), unit=None)
                ph = new_phone(self.r, city["cc"], mobile=False)
                self.common_phones.add(e164(ph))
                c.append((a, ph))
            self.cowork[city["key"]] = c
        a, ph = c[rng.randrange(len(c))]
        if rng.random() < 0.35:
            a = dict(a)
            a["unit"] = str(rng.randint(1, 300))
            a["key"] = a["key"][:5] + (a["unit"],)
        return a, ph

    def nominee(self, rng, cc):
        reg = "HK" if cc not in NOMINEE_REGIONS else cc
        p = self.nominees.get(reg)
        if p is None:
            pool = []
            for i in range(14):
                cul = NOMINEE_REGIONS[reg][self.r.randrange(len(NOMINEE_REGIONS[reg]))]
                pool.append(make_person(self.r, cul, nominee=True))
            for i in range(3):
                co = make_company(self.r, reg if reg in FORMS else "VG")
                co["bl"] = [CORP_DIRECTORS[self.r.randrange(6)] % CORP_DIR_WORDS[self.r.randrange(len(CORP_DIR_WORDS))]]
                co["il"], co["st"], co["zh"], co["fl"], co["nom"] = None, "en", None, [""], True
                pool.append(co)
            p = self.nominees[reg] = zpick(pool, 1.0, 1.5)
        return p(rng)

    # ---- identifiers
    def regid(self, rng, cc):
        while True:
            v = new_regid(rng, cc)
            if v not in self.reg_used:
                self.reg_used.add(v)
                return v

    def domain_for(self, rng, co, tld_cc=None):
        base = slug(co["bl"][0], "-" if rng.random() < 0.2 else "")
        if co["il"] and rng.random() < 0.35:
            base += ("-" if "-" in base else "") + slug(co["il"][0].split(" ")[0])[:6]
        tl = TLDS.get(tld_cc or co["cc"], TLDS["*"])
        tld = tl[0] if rng.random() < 0.6 else tl[rng.randrange(len(tl))]
        d = base + "." + tld
        while d in self.dom_used or len(base) < 3:
            base = base + ["-" + tld_cc.lower() if tld_cc else "", str(rng.randint(1, 99)), "group", "-global", "tech"][rng.randrange(5)]
            d = base + "." + tld
        self.dom_used.add(d)
        return d


MAILBOXES = set()


def mail_local(rng, p, dom=None):
    """A mailbox name for person p; unique per domain (a mailbox has one owner)."""
    return uniq_local(rng, _mail_local(rng, p, dom), dom)


def uniq_local(rng, s, dom):
    while (s.replace(".", ""), dom) in MAILBOXES:
        s += str(rng.randint(0, 9))
    MAILBOXES.add((s.replace(".", ""), dom))
    return s


def _mail_local(rng, p, dom=None):
    g, f = person_latin(p)
    if dom == "qq.com" and rng.random() < 0.6:
        return str(rng.randint(10000000, 3999999999))
    k = rng.random()
    s = (g + "." + f if k < 0.3 else g + f if k < 0.45 else g[0] + f if k < 0.6 else f + g if k < 0.72
         else f + "." + g if k < 0.8 else g + "_" + f if k < 0.88 else g)
    if dom in FREE_DOMAINS and rng.random() < 0.55:
        s += str(rng.randint(1970, 2004)) if rng.random() < 0.5 else str(rng.randint(1, 999))
    return s


# ----------------------------------------------------------------------------------
# one customer (latent).  Network members start as an ordinary customer and then
# have some attributes replaced by the network's shared facts.
# ----------------------------------------------------------------------------------
P_NOMINEE = {"VG": .5, "SC": .5, "MH": .5, "HK": .15, "SG": .2, "CY": .35, "AE": .15, "GB": .08}


def office_addr(rng, W, cc):
    """An office with floor and unit (rare evidence when shared)."""
    city = CITY_P[cc](rng) if cc in CITY_P else CITY_P["HK"](rng)
    if rng.random() < 0.35:
        t = W.tower(rng, city)
        if t:
            return t
    a = make_addr(rng, city, "office")
    return a if a["unit"] else addr_variant(rng, a)


def builder_web(rng, co):
    lab = slug(co["bl"][0], "-" if rng.random() < 0.3 else "")
    b = (BUILDERS if rng.random() < 0.6 else SOCIAL)
    b = b[rng.randrange(len(b))]
    return (b[0] % lab if "%" in b[0] else b[0], "builder", b[1] % lab if "%" in b[1] else b[1])


def rename(rng, W, m, co):
    """Give a member another company name and keep its own mail domain / website consistent."""
    old = m["nm"]
    m["nm"] = co
    if old is co or m["ent"] != "co" or old["bl"][0] == co["bl"][0]:
        return
    em, dom = m["em"], None
    if isinstance(em, tuple) and em[2] == "custom":
        dom = W.domain_for(rng, co)
        m["em"] = (em[0], dom, "custom")
    elif isinstance(em, tuple) and em[2] == "free" and em[0].startswith(slug(old["bl"][0])):
        m["em"] = (uniq_local(rng, slug(co["bl"][0]) + str(rng.randint(1, 999)), em[1]), em[1], "free")
    w = m["web"]
    if isinstance(w, tuple):
        m["web"] = (dom or W.domain_for(rng, co), "own", "") if w[1] == "own" else builder_web(rng, co)


def make_rec(rng, W, ent, cc, op, uni=None):
    cul_p = CULT_P.get(op) or CULT_P["OFF"]
    rec = {"ent": ent, "cc": cc, "op": op, "sl": rng.random() < 0.08, "listed": None, "reg": None, "addr": None,
           "ph": None, "em": None, "web": None, "card": None, "dirs": [], "owns": [], "ssh": []}
    if ent == "co":
        co = make_company(rng, cc)
        rec["nm"] = co
        rr = rng.random()
        rec["reg"] = W.regid(rng, cc) if rr < 0.74 else PLACEHOLDER_REG[rng.randrange(len(PLACEHOLDER_REG))] if rr < 0.77 else None
        agent, cph = None, None
        if rng.random() < 0.82:
            if cc in P_AGENT and rng.random() < P_AGENT[cc]:
                agent = AGENT_P[cc](rng)
                rec["addr"] = agent["addr"]
            elif op in CITY_P:
                city = CITY_P[op](rng)
                k = rng.random()
                if k < 0.4:
                    rec["addr"] = W.tower(rng, city) or make_addr(rng, city, "office")
                elif k < 0.52:
                    rec["addr"], cph = W.cowork_of(rng, city)
                else:
                    rec["addr"] = make_addr(rng, city, "office" if k < 0.92 else "res")
        rr = rng.random()
        if rr < 0.012:
            rec["ph"] = PLACEHOLDER_PHONES[rng.randrange(len(PLACEHOLDER_PHONES))]
        elif rr < 0.86:
            if agent and rng.random() < 0.3:
                rec["ph"] = agent["phones"][rng.randrange(len(agent["phones"]))]
            elif cph and rng.random() < 0.25:
                rec["ph"] = cph
            else:
                rec["ph"] = new_phone(rng, op, rng.random() < 0.6)
        if rng.random() < 0.6:
            n = 1 + (rng.random() < 0.35) + (rng.random() < 0.1)
            pn = P_NOMINEE.get(cc, 0)
            rec["dirs"] = [W.nominee(rng, cc) if rng.random() < pn else make_person(rng, cul_p(rng)) for _ in range(n)]
        if rng.random() < 0.45:
            if rng.random() < 0.12:
                h = make_company(rng, ("VG", "SC", "HK", "CY")[rng.randrange(4)])
                h["il"] = ["Holdings", "Investment", "Capital"][rng.randrange(3)].split("/")
                rec["owns"] = [h]
            else:
                ds = [d for d in rec["dirs"] if not d.get("nom")]
                rec["owns"] = [ds[0] if ds and rng.random() < 0.5 else make_person(rng, cul_p(rng))]
                if rng.random() < 0.25:
                    rec["owns"].append(make_person(rng, cul_p(rng)))
        contact = next((d for d in rec["dirs"] if "cul" in d and not d["nom"]), None) or make_person(rng, cul_p(rng))
        rr = rng.random()
        dom = None
        if agent and rr < 0.12:
            rec["em"] = (["cosec", "companysecretary", "admin", "info", "clients"][rng.randrange(5)], agent["dom"], "agent")
        elif rr < 0.58:
            dom = W.domain_for(rng, co)
            rec["em"] = (GENERIC_LOCALS[rng.randrange(len(GENERIC_LOCALS))] if rng.random() < 0.45 else mail_local(rng, contact), dom, "custom")
        elif rr < 0.96:
            fd = (FREEMAIL_P.get(op) or FREEMAIL_P["*"])(rng)
            loc = (uniq_local(rng, slug(co["bl"][0]) + (str(rng.randint(1, 999)) if rng.random() < 0.6 else ""), fd)
                   if rng.random() < 0.3 else mail_local(rng, contact, fd))
            rec["em"] = (loc, fd, "free")
        rr = rng.random()
        t_own, t_bld, t_ph = (0.7, 0.75, 0.77) if dom else (0.15, 0.3, 0.33)
        if rr < t_own:
            rec["web"] = (dom or W.domain_for(rng, co), "own", "")
        elif rr < t_bld:
            rec["web"] = builder_web(rng, co)
        elif rr < t_ph:
            rec["web"] = PLACEHOLDER_WEB[rng.randrange(len(PLACEHOLDER_WEB))]
    else:
        p = make_person(rng, cul_p(rng))
        rec["nm"] = p
        if rng.random() < 0.03:
            rec["reg"] = "N/A"
        if rng.random() < 0.55 and op in CITY_P:
            rec["addr"] = make_addr(rng, CITY_P[op](rng), "res")
        rr = rng.random()
        rec["ph"] = (PLACEHOLDER_PHONES[rng.randrange(len(PLACEHOLDER_PHONES))] if rr < 0.01 else
                     new_phone(rng, op, True) if rr < 0.8 else None)
        if uni and rng.random() < 0.85:
            rec["em"] = (mail_local(rng, p, uni[2]), uni[2], "univ")
        elif rng.random() < 0.97:
            fd = (FREEMAIL_P.get(op) or FREEMAIL_P["*"])(rng)
            rec["em"] = (mail_local(rng, p, fd), fd, "free")
        if rng.random() < 0.06:
            g, f = person_latin(p)
            rec["web"] = ((g + f)[:20] + ".github.io", "builder", "")
    rr = rng.random()
    rec["card"] = (PLACEHOLDER_CARDS[rng.randrange(3)] if rr < 0.0008 else new_card(rng) if rr < 0.72 else None)
    if rng.random() < 0.8:
        rec["ssh"] = [new_ssh(rng) for _ in range(1 + (rng.random() < 0.3) + (rng.random() < 0.1))]
        if rng.random() < 0.0006:
            rec["ssh"][0] = TUTORIAL_KEYS[rng.randrange(2)]
    rec["ips"] = W.ips_for(rng, op, ent, uni)
    if rng.random() < 0.4:
        rec["listed"] = rng.random() < 0.001
    return rec


def make_solo(rng, W):
    if rng.random() < 0.22:
        cc = IND_CC_P(rng)
        uni = None
        if rng.random() < 0.3 and cc in UNIS_BY_CC:
            us = UNIS_BY_CC[cc]
            uni = us[rng.randrange(len(us))]
        return make_rec(rng, W, "ind", cc, cc, uni)
    cc = CC_P(rng)
    op = cc
    if cc in OFFSHORE:
        op = OP_OFF_P(rng)
    elif cc in ("HK", "SG", "US", "GB") and rng.random() < {"HK": .3, "SG": .1, "US": .04, "GB": .05}[cc]:
        op = "CN" if cc != "GB" else "RU"
    return make_rec(rng, W, "co", cc, op)


# ----------------------------------------------------------------------------------
# network archetypes.  ctx holds the party's own facts (principal, phone, office,
# keys, cards, IPs); each archetype decides who carries which of them.
# ----------------------------------------------------------------------------------
def draw_size(rng, lo, hi, s):
    ks = list(range(lo, hi + 1))
    return Picker(ks, [k ** -s for k in ks])(rng)


def new_ctx(rng, W, home, n_keys=2, n_cards=2, cul=None):
    cul = cul or (CULT_P.get(home) or CULT_P["OFF"])(rng)
    pr = make_person(rng, cul)
    while pr["common"] and rng.random() < 0.7:
        pr = make_person(rng, cul)
    return {"home": home, "cul": cul, "principal": pr, "phone": new_phone(rng, home, True),
            "keys": [new_ssh(rng) for _ in range(n_keys)], "cards": [new_card(rng) for _ in range(n_cards)],
            "ip_office": W.biz_ip(rng, home), "ip_home": W.res_ip(rng, home)[0], "v6": W.v6_site(rng, home),
            "office": office_addr(rng, W, home), "dc": W.dc_ip(rng)}


def add_ip(rec, ip):
    if ip not in rec["ips"]:
        rec["ips"] = [ip] + rec["ips"][:4]


def same24(rng, ip):
    a = ip.split(".")
    h = rng.randint(2, 254)
    while str(h) == a[3]:
        h = rng.randint(2, 254)
    return "%s.%s.%s.%d" % (a[0], a[1], a[2], h)


def add_office_ip(rng, W, m, ctx):
    """The office's static IPv4 and, sometimes, an IPv6 address from its /48 (new host part)."""
    add_ip(m, ctx["ip_office"])
    if ctx.get("v6") and rng.random() < 0.35:
        add_ip(m, W.v6_in(rng, ctx["v6"]))


def add_key(rec, k):
    if k not in rec["ssh"]:
        rec["ssh"] = [k] + rec["ssh"][:2]


def holding(rng, W, cc=None):
    h = make_company(rng, cc or ("VG", "SC", "MH", "HK")[rng.randrange(4)])
    h["il"] = [["Holdings", "Hldgs"], ["Investment"], ["Capital"], ["Group"]][rng.randrange(4)]
    return h


def arch_dup_signup(rng, W, n):
    ent = "co" if rng.random() < 0.85 else "ind"
    if ent == "co":
        cc = CC_P(rng)
        op = OP_OFF_P(rng) if cc in OFFSHORE else cc
    else:
        cc = op = IND_CC_P(rng)
    m0 = make_rec(rng, W, ent, cc, op)
    if rng.random() < 0.25:
        m0["listed"] = True
    out = [m0]
    for i in range(1, n):
        m = make_rec(rng, W, ent, cc, op)
        if ent == "co":
            rename(rng, W, m, mutate_company(rng, m0["nm"]))
        else:
            m["nm"] = m0["nm"]
        prev = out[rng.randrange(len(out))]
        if isinstance(prev["reg"], tuple) and rng.random() < 0.5:
            m["reg"] = prev["reg"]
        elif rng.random() < 0.3:
            m["reg"] = None
        if prev["addr"]:
            k = rng.random()
            m["addr"] = prev["addr"] if k < 0.55 else addr_variant(rng, prev["addr"]) if k < 0.75 else m["addr"]
        if rng.random() < 0.6:
            m["ph"] = prev["ph"]
        k = rng.random()
        if prev["em"] and not isinstance(prev["em"], str):
            if k < 0.35:
                m["em"] = prev["em"]
            elif k < 0.6 and prev["em"][2] == "custom":
                m["em"] = (GENERIC_LOCALS[rng.randrange(len(GENERIC_LOCALS))], prev["em"][1], "custom")
        if rng.random() < 0.5:
            m["web"] = prev["web"]
        if rng.random() < 0.35:
            m["card"] = prev["card"]
        if rng.random() < 0.8:
            m["dirs"] = list(prev["dirs"])
        if rng.random() < 0.7:
            m["owns"] = list(prev["owns"])
        if prev["ssh"] and rng.random() < 0.55:
            add_key(m, prev["ssh"][0])
        k = rng.random()
        if k < 0.5:
            add_ip(m, prev["ips"][0])
        elif k < 0.75 and ":" not in prev["ips"][0]:
            add_ip(m, same24(rng, prev["ips"][0]))
        out.append(m)
    pr = next((d for d in m0["dirs"] + m0["owns"] if "cul" in d and not d["nom"]), None)
    return out, {"principal": pr, "keys": [new_ssh(rng)], "home": op}


def _gmail_alias(rng, local):
    """Same gmail mailbox: dots moved, +tag, case."""
    base = local.replace(".", "")
    k = rng.random()
    if k < 0.35:
        i = rng.randint(1, len(base) - 1)
        return base[:i] + "." + base[i:]
    if k < 0.7:
        return local + "+" + ["gpu", "trial", "2", "ml", "test", "a%d" % rng.randint(1, 9)][rng.randrange(6)]
    if k < 0.85:
        return ".".join(base[i:i + 3] for i in range(0, len(base), 3))
    return base


def arch_credit_farm(rng, W, n):
    cc = dpick({"IN": 3, "CN": 2, "VN": 2, "US": 2, "RU": 1, "TR": 1, "KR": .5, "MY": .5, "KZ": .3})(rng)
    ctx = new_ctx(rng, W, cc, n_keys=1, n_cards=2)
    p0 = ctx["principal"]
    g, f = person_latin(p0)
    local = uniq_local(rng, g + "." + f + str(rng.randint(1, 99)), "gmail.com")
    home = ctx["ip_home"]
    addr = make_addr(rng, CITY_P[cc](rng), "res")
    out = []
    for i in range(n):
        m = make_rec(rng, W, "ind", cc, cc)
        if rng.random() < 0.6:
            m["nm"] = p0
        if rng.random() < 0.75:
            m["em"] = (_gmail_alias(rng, local) if i else local, "gmail.com", "free")
        if rng.random() < 0.7:
            m["ssh"] = list(ctx["keys"])
        k = rng.random()
        m["card"] = ctx["cards"][0] if k < 0.4 else ctx["cards"][1] if k < 0.55 else m["card"]
        k = rng.random()
        if k < 0.6:
            add_ip(m, home)
        elif k < 0.8:
            add_ip(m, same24(rng, home))
        if rng.random() < 0.35:
            m["ph"] = ctx["phone"]
        if rng.random() < 0.4:
            m["addr"] = addr
        out.append(m)
    return out, ctx


def arch_serial_shells(rng, W, n):
    home = dpick({"CN": 3.5, "HK": 2.5, "RU": 1.5, "SG": .5, "AE": .5, "TW": .5, "KZ": .5, "TR": .5})(rng)
    ctx = new_ctx(rng, W, home, n_keys=rng.randint(2, 4), n_cards=max(1, n // 3))
    jp = dpick({"HK": 3, "VG": 3, "SC": 2, "SG": 1.5, "MH": 1, "GB": 1, "US": 1, "AE": 1, "CY": .7})
    j0 = jp(rng)
    agents = {}
    hold = holding(rng, W)
    theme = EN_WORDS[rng.randrange(len(EN_WORDS))] if rng.random() < 0.4 else None
    fdom = (FREEMAIL_P.get(home) or FREEMAIL_P["*"])(rng)
    fmail = (mail_local(rng, ctx["principal"], fdom), fdom, "free")
    out = []
    for i in range(n):
        cc = j0 if rng.random() < 0.65 else jp(rng)
        m = make_rec(rng, W, "co", cc, home)
        if theme:
            rename(rng, W, m, make_company(rng, cc, theme=theme))
        ag = agents.get(cc)
        if ag is None and cc in AGENT_P:
            ag = agents[cc] = AGENT_P[cc](rng)
        k = rng.random()
        if ag and k < 0.85:
            m["addr"] = ag["addr"]
        elif k < 0.93:
            m["addr"] = ctx["office"]
        k = rng.random()
        m["ph"] = (ag["phones"][0] if ag and k < 0.4 else ctx["phone"] if k < 0.72 else m["ph"])
        nom = W.nominee(rng, cc)
        m["dirs"] = [nom] if rng.random() < 0.7 else [ctx["principal"]]
        if rng.random() < 0.25:
            m["dirs"].append(ctx["principal"])
        k = rng.random()
        m["owns"] = ([ctx["principal"]] if k < 0.45 else [hold] if k < 0.75 else [hold, ctx["principal"]] if k < 0.92
                     else m["owns"])
        if rng.random() < 0.7:
            m["card"] = ctx["cards"][rng.randrange(len(ctx["cards"]))]
        if rng.random() < 0.75:
            add_key(m, ctx["keys"][rng.randrange(len(ctx["keys"]))])
        k = rng.random()
        if k < 0.6:
            add_office_ip(rng, W, m, ctx)
        elif k < 0.65:
            add_ip(m, W.vpn(rng))
        if rng.random() < 0.2:
            m["em"] = fmail
        m["listed"] = None if rng.random() < 0.6 else False
        out.append(m)
    return out, ctx


LAB_HOME = {"RU": 4.5, "CN": 3.5, "KZ": .5, "AE": .5}
FRONT_CC = {"AE": 3, "TR": 2, "KZ": 2, "HK": 3, "MY": 1.5, "CY": 1, "SG": 1, "VN": .7}


def arch_procurement_front(rng, W, n):
    lab = dpick(LAB_HOME)(rng)
    cul = "ar" if lab == "AE" else None       # an Iranian-run lab operating via the UAE
    ctx = new_ctx(rng, W, lab, n_keys=rng.randint(2, 5), n_cards=max(2, n // 2), cul=cul)
    fp = dpick(FRONT_CC)
    hold = holding(rng, W, ("SC", "VG", "MH")[rng.randrange(3)])
    lab24 = ctx["ip_office"]
    out = []
    for i in range(n):
        cc = fp(rng)
        m = make_rec(rng, W, "co", cc, cc)
        m["dirs"] = [make_person(rng, CULT_P[cc](rng))]
        if rng.random() < 0.3:
            m["dirs"].append(W.nominee(rng, cc))
        if rng.random() < 0.6:
            m["owns"] = [hold]
        elif rng.random() < 0.3:
            m["owns"] = [ctx["principal"]]
        if rng.random() < 0.45:
            add_key(m, ctx["keys"][0])           # the lab's main engineer
        if rng.random() < 0.6:
            for k in rng.sample(ctx["keys"], rng.randint(1, min(2, len(ctx["keys"])))):
                add_key(m, k)
        k = rng.random()
        if k < 0.4:
            add_ip(m, lab24)
        elif k < 0.7:
            add_ip(m, same24(rng, lab24))
        if rng.random() < 0.35:
            m["ph"] = ctx["phone"]
        if rng.random() < 0.55:
            m["card"] = ctx["cards"][rng.randrange(len(ctx["cards"]))]
        if rng.random() < 0.5:
            add_ip(m, W.vpn(rng))
        out.append(m)
    if rng.random() < 0.3:
        out[rng.randrange(n)]["listed"] = True
    return out, ctx


def arch_family_group(rng, W, n):
    fam_cul = dpick({"hk": 3, "cn": 2, "sgc": 1.5, "tw": 1})(rng)
    home = {"hk": "HK", "cn": "CN", "sgc": "SG", "tw": "TW"}[fam_cul]
    ctx = new_ctx(rng, W, home, n_keys=1, n_cards=1, cul=fam_cul)
    pat = ctx["principal"]
    rel_cul = {"HK": "hk", "CN": "cn", "SG": "sgc", "MY": "sgc", "TW": "tw", "VG": fam_cul}
    relatives = {}
    brand = _en_brand(rng)
    label = slug(brand[0])
    gdom = W.domain_for(rng, {"bl": [brand[0] + " group"], "il": None, "cc": "*"}, None)
    ccp = dpick({"HK": 3, "SG": 2, "CN": 2, "MY": 1, "TW": 1, "VG": 1})
    hq_phone = new_phone(rng, home, False)
    gbid, hosts = new_id(), {}
    out = []
    for i in range(n):
        cc = home if i == 0 else ccp(rng)
        m = make_rec(rng, W, "co", cc, cc if cc != "VG" else home)
        if rng.random() < 0.6 and cc not in ("CN",):
            co = make_company(rng, cc)
            co["bl"], co["bid"] = list(brand), gbid
            rename(rng, W, m, co)
        rc = rel_cul.get(cc, fam_cul)
        rel = relatives.get(rc)
        if rel is None:
            rel = []
            for _ in range(rng.randint(1, 3)):
                p = make_person(rng, rc)
                p["f"] = pat["f"]
                p["common"] = False
                rel.append(p)
            relatives[rc] = rel
        m["dirs"] = rng.sample(rel, rng.randint(1, len(rel)))
        if rng.random() < 0.4:
            m["dirs"].append(pat)
        m["owns"] = [pat] if rng.random() < 0.8 else m["owns"]
        if rng.random() < 0.65:
            m["em"] = (GENERIC_LOCALS[rng.randrange(4)] if rng.random() < 0.5 else mail_local(rng, m["dirs"][0]), gdom, "custom")
        if rng.random() < 0.5:      # one brand, a ccTLD site per country
            host = hosts.get(cc)
            if host is None:
                host = label + "." + TLDS.get(cc, TLDS["*"])[0]
                if host in W.dom_used:
                    host = gdom
                W.dom_used.add(host)
                hosts[cc] = host
            m["web"] = (host, "own", "")
        if rng.random() < 0.3:
            m["ph"] = hq_phone
        if rng.random() < 0.6:
            add_office_ip(rng, W, m, ctx)
        if rng.random() < 0.25:
            m["card"] = ctx["cards"][0]
        out.append(m)
    return out, ctx


def arch_reseller_pool(rng, W, n):
    cc = dpick({"SG": 3, "HK": 3, "US": 2, "AE": 1.5, "MY": 1, "KZ": .5, "GB": .5})(rng)
    ctx = new_ctx(rng, W, cc, n_keys=3, n_cards=2)
    base = make_company(rng, cc)
    dom = W.domain_for(rng, base)
    lab_keys = [new_ssh(rng) for _ in range(rng.randint(1, 3))]
    dcs = [W.dc_ip(rng) for _ in range(rng.randint(1, 3))]
    out = []
    for i in range(n):
        m = make_rec(rng, W, "co", cc, cc)
        k = rng.random()
        if k < 0.45:
            rename(rng, W, m, mutate_company(rng, base) if i else base)
        elif k < 0.65:
            nm = dict(base)
            nm["bl"] = [base["bl"][0] + " " + ["Compute", "Cloud", "AI", "GPU", "Client %d" % (i + 1)][rng.randrange(5)]]
            rename(rng, W, m, nm)
        if rng.random() < 0.7:
            m["em"] = (["ops", "billing", "gpu", "admin", "acct%d" % (i + 1), "team"][rng.randrange(6)], dom, "custom")
        if rng.random() < 0.35:
            m["web"] = (dom, "own", "")
        if rng.random() < 0.6:
            m["card"] = ctx["cards"][0 if rng.random() < 0.7 else 1]
        if rng.random() < 0.8:
            add_key(m, ctx["keys"][0])
        if rng.random() < 0.4:
            add_key(m, lab_keys[rng.randrange(len(lab_keys))])
        if rng.random() < 0.6:
            add_ip(m, dcs[rng.randrange(len(dcs))])
        if rng.random() < 0.5:
            m["addr"] = ctx["office"]
        if rng.random() < 0.3:
            m["ph"] = ctx["phone"]
        out.append(m)
    return out, ctx


def arch_card_rotation(rng, W, n):
    home = dpick({"CN": 2, "RU": 2, "HK": 1.5, "TR": 1, "AE": 1, "KZ": .7, "VN": .5})(rng)
    ncard = max(2, int(math.ceil(n / 2.5)))
    ctx = new_ctx(rng, W, home, n_keys=1, n_cards=ncard)
    out = []
    for i in range(n):
        cc = home if rng.random() < 0.5 else dpick({"HK": 2, "SG": 1, "AE": 1, "VG": 1, "GB": .5})(rng)
        m = make_rec(rng, W, "co", cc, home if cc in OFFSHORE else cc)
        m["card"] = ctx["cards"][i % ncard if rng.random() < 0.7 else rng.randrange(ncard)]
        if rng.random() < 0.6:
            m["dirs"] = [ctx["principal"]] + m["dirs"][:1]
        if rng.random() < 0.5:
            m["ph"] = ctx["phone"]
        if rng.random() < 0.35:
            add_key(m, ctx["keys"][0])
        if rng.random() < 0.3:
            add_ip(m, ctx["ip_home"])
        out.append(m)
    return out, ctx


def arch_successor(rng, W, n):
    cc = dpick({"HK": 3, "CN": 2, "RU": 2, "AE": 1.5, "SG": 1, "TR": 1, "KZ": .5})(rng)
    ctx = new_ctx(rng, W, cc, n_keys=2, n_cards=1)
    m0 = make_rec(rng, W, "co", cc, cc)
    m0["listed"] = True
    m0["addr"] = ctx["office"]
    m0["dirs"] = [ctx["principal"]] + ([make_person(rng, ctx["cul"])] if rng.random() < 0.5 else [])
    m0["owns"] = [ctx["principal"]] if rng.random() < 0.6 else [holding(rng, W)]
    add_ip(m0, ctx["ip_office"])
    m0["ssh"] = list(ctx["keys"])
    if not m0["em"] or isinstance(m0["em"], str):
        m0["em"] = (mail_local(rng, ctx["principal"]), W.domain_for(rng, m0["nm"]), "custom")
    out = [m0]
    for i in range(1, n):
        c2 = cc if rng.random() < 0.6 else dpick({"HK": 2, "AE": 1.5, "SG": 1, "VG": 1, "TR": 1, "KZ": .5, "CY": .5})(rng)
        m = make_rec(rng, W, "co", c2, cc if c2 in OFFSHORE else c2)
        if rng.random() < 0.85:
            m["dirs"] = list(m0["dirs"])
        if rng.random() < 0.7:
            m["owns"] = list(m0["owns"])
        k = rng.random()
        m["addr"] = addr_variant(rng, ctx["office"]) if k < 0.5 else ctx["office"] if k < 0.75 else m["addr"]
        if rng.random() < 0.5:
            m["ph"] = ctx["phone"] if rng.random() < 0.5 else m0["ph"]
        if rng.random() < 0.5:
            m["em"] = (m0["em"][0], W.domain_for(rng, m["nm"]), "custom")
        if rng.random() < 0.6:
            add_office_ip(rng, W, m, ctx)
        if rng.random() < 0.5:
            add_key(m, ctx["keys"][rng.randrange(2)])
        m["listed"] = False if rng.random() < 0.5 else None
        out.append(m)
    return out, ctx


def arch_soft_only(rng, W, n):
    """No shared strong identifier at all; only soft evidence (>= 2 rare items per link)."""
    cc = dpick({"HK": 2, "SG": 1.5, "CN": 1.5, "AE": 1, "RU": 1, "TR": 1, "MY": 1, "US": 1, "GB": .7, "IN": .7, "KZ": .5})(rng)
    ctx = new_ctx(rng, W, cc, n_keys=0, n_cards=0)
    ctx["soft_only"] = True
    dom = None
    out = []
    for i in range(n):
        m = make_rec(rng, W, "co", cc, cc)
        if dom is None:
            dom = W.domain_for(rng, m["nm"])
        items = [it for it in ("phone", "office", "director", "domain", "web", "ip") if rng.random() < 0.62]
        while len(items) < 3:
            items.append(("phone", "office", "director", "domain")[rng.randrange(4)])
        for it in items:
            apply_soft(rng, W, m, ctx, it, dom)
        out.append(m)
    ctx["dom"] = dom
    return out, ctx


def apply_soft(rng, W, m, ctx, it, dom=None):
    if it == "phone":
        m["ph"] = ctx["phone"]
    elif it == "office":
        m["addr"] = ctx["office"]
    elif it == "director":
        if not any(x is ctx["principal"] for x in m["dirs"]):
            m["dirs"] = [ctx["principal"]] + m["dirs"][:1]
    elif it == "domain":
        dom = dom or ctx.get("dom") or W.domain_for(rng, m["nm"])
        ctx["dom"] = dom
        m["em"] = (GENERIC_LOCALS[rng.randrange(len(GENERIC_LOCALS))] if rng.random() < 0.5 else mail_local(rng, ctx["principal"]), dom, "custom")
    elif it == "web":
        dom = dom or ctx.get("dom") or W.domain_for(rng, m["nm"])
        ctx["dom"] = dom
        m["web"] = (dom, "own", "")
    elif it == "ip":
        add_office_ip(rng, W, m, ctx)


def arch_benign_multi(rng, W, n):
    cc = dpick({"US": 3, "JP": 1.5, "DE": 1.5, "GB": 1.5, "KR": 1, "SG": 1, "FR": .7, "NL": .7, "IN": 1})(rng)
    ctx = new_ctx(rng, W, cc, n_keys=1, n_cards=1)
    base = make_company(rng, cc)
    reg = W.regid(rng, cc)
    dom = W.domain_for(rng, base)
    hq = ctx["office"]
    egress = W.corp(rng) if rng.random() < 0.3 else ctx["ip_office"]
    out = []
    for i in range(n):
        m = make_rec(rng, W, "co", cc, cc)
        rename(rng, W, m, base if rng.random() < 0.6 else mutate_company(rng, base))
        if rng.random() < 0.6:
            m["reg"] = reg
        if rng.random() < 0.9:
            m["em"] = (["ml-research", "infra", "gpu-admin", "procurement", "ap", "it"][rng.randrange(6)] if rng.random() < 0.5
                       else mail_local(rng, make_person(rng, ctx["cul"])), dom, "custom")
        if rng.random() < 0.6:
            m["web"] = (dom, "own", "")
        if rng.random() < 0.6:
            m["addr"] = hq
        if rng.random() < 0.4:
            m["card"] = ctx["cards"][0]
        if rng.random() < 0.7:
            add_ip(m, egress)
        if rng.random() < 0.4:
            m["dirs"] = [ctx["principal"]]
        m["listed"] = False if rng.random() < 0.5 else None
        out.append(m)
    return out, ctx


# archetype: (function, weight, min size, max size, power-law exponent)
ARCHETYPES = {
    "dup_signup": (arch_dup_signup, 22, 2, 4, 2.5),
    "credit_farm": (arch_credit_farm, 9, 2, 8, 1.8),
    "serial_shells": (arch_serial_shells, 13, 3, 15, 1.3),
    "procurement_front": (arch_procurement_front, 9, 3, 9, 1.5),
    "family_group": (arch_family_group, 8, 2, 7, 1.6),
    "reseller_pool": (arch_reseller_pool, 8, 2, 10, 1.5),
    "card_rotation": (arch_card_rotation, 8, 3, 8, 1.5),
    "successor": (arch_successor, 8, 2, 5, 1.8),
    "soft_only": (arch_soft_only, 10, 2, 4, 2.0),
    "benign_multi": (arch_benign_multi, 5, 2, 6, 1.8),
}
ARCH_P = Picker(list(ARCHETYPES), [v[1] for v in ARCHETYPES.values()])


# ----------------------------------------------------------------------------------
# truth check: the rules a careful human investigator would accept.  Strong: a shared
# non-placeholder registration id, card or SSH key.  Soft: sum of shared rare items
# >= 2.0 (phone, office down to floor/unit, home address, custom mail domain, mailbox,
# own website, non-nominee person 1.0 (0.3 if the name is common), holding company,
# IP not from a shared pool 0.7, its /24 0.2, IPv6 /48 0.5, similar company name 0.5).
# ----------------------------------------------------------------------------------
def evidence(rec, W):
    strong, soft = set(), {}
    r = rec["reg"]
    if isinstance(r, tuple):
        strong.add(("reg",) + r)
    c = rec["card"]
    if c and c not in PLACEHOLDER_CARDS:
        strong.add(("card", c))
    for k in rec["ssh"]:
        if k not in TUTORIAL_KEYS:
            strong.add(("ssh", k))
    ph = rec["ph"]
    if isinstance(ph, tuple):
        e = e164(ph)
        if e not in W.common_phones:
            soft[("ph", e)] = 1.0
    a = rec["addr"]
    if a and (a["kind"] == "res" or a["kind"] == "office" and (a["unit"] or a["floor"] is not None)):
        soft[("ad", a["key"])] = 1.0
    em = rec["em"]
    if isinstance(em, tuple):
        local, dom, kind = em
        if kind == "custom":
            soft[("ed", dom)] = 1.0
        if kind != "agent" and local not in GENERIC_LOCALS:
            canon = local.lower()
            if dom == "gmail.com":
                canon = canon.split("+")[0].replace(".", "")
            soft[("mb", canon, dom)] = 1.0
    w = rec["web"]
    if isinstance(w, tuple) and w[1] == "own":
        soft[("wd", w[0])] = 1.0
    people = rec["dirs"] + rec["owns"] + ([rec["nm"]] if rec["ent"] == "ind" else [])
    for p in people:
        if p.get("nom"):
            continue
        if "cul" in p:
            soft[("pp", p["pid"])] = 0.3 if p["common"] else 1.0
        else:
            soft[("hc", p["bid"])] = 1.0
    if rec["ent"] == "co":
        soft[("nm", rec["nm"]["bid"])] = 0.5
    for ip in rec["ips"]:
        if ip in W.common_ips:
            continue
        soft[("ip", ip)] = 0.7
        if ":" in ip:
            soft[("n48", ipaddress.IPv6Address(ip).exploded[:14])] = 0.5
        else:
            soft[("n24", ip.rsplit(".", 1)[0])] = 0.2
    return strong, soft


def linked(ea, eb):
    if ea[0] & eb[0]:
        return True
    sb = eb[1]
    return sum(w for k, w in ea[1].items() if k in sb) >= 2.0 - 1e-9


def components(ms, W):
    ev = [evidence(m, W) for m in ms]
    par = list(range(len(ms)))

    def find(x):
        while par[x] != x:
            par[x] = par[par[x]]
            x = par[x]
        return x
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if find(i) != find(j) and linked(ev[i], ev[j]):
                par[find(i)] = find(j)
    comps = {}
    for i in range(len(ms)):
        comps.setdefault(find(i), []).append(i)
    return sorted(comps.values(), key=lambda c: c[0])


def repair(rng, W, arch, a, b, ctx):
    if arch != "soft_only" and rng.random() < 0.5:
        k = next((k for k in a["ssh"] if k not in TUTORIAL_KEYS), None) or new_ssh(rng)
        add_key(a, k)
        add_key(b, k)
        return
    ph = a["ph"] if isinstance(a["ph"], tuple) and e164(a["ph"]) not in W.common_phones else ctx.get("phone")
    if ph is None:
        ph = ctx["phone"] = new_phone(rng, ctx.get("home") or a["op"], True)
    a["ph"] = b["ph"] = ph
    pr = ctx.get("principal")
    if pr is not None and "cul" in pr and not pr["nom"] and not pr["common"] and rng.random() < 0.6:
        for m in (a, b):
            if not any(x is pr for x in m["dirs"] + m["owns"]):
                m["owns"] = [pr] + m["owns"][:1]
        return
    if ctx.get("office") is None:
        ctx["office"] = office_addr(rng, W, a["op"] if a["op"] in CITY_P else "HK")
    b["addr"] = a["addr"] if a["addr"] and a["addr"]["kind"] in ("office", "res") and a["addr"]["unit"] else ctx["office"]
    a["addr"] = b["addr"]


def ensure_connected(rng, W, arch, ms, ctx):
    n = 0
    while True:
        comps = components(ms, W)
        if len(comps) == 1:
            return n
        a = ms[comps[0][rng.randrange(len(comps[0]))]]
        c2 = comps[1 + rng.randrange(len(comps) - 1)]
        b = ms[c2[rng.randrange(len(c2))]]
        repair(rng, W, arch, a, b, ctx)
        n += 1


# ----------------------------------------------------------------------------------
# rendering of a whole record
# ----------------------------------------------------------------------------------
def _render_party(p, rng, cc, sl):
    return render_person(p, rng, cc, sl) if "cul" in p else render_company(p, rng, sl)


def render_rec(rec, rng):
    cc, sl = rec["cc"], rec["sl"]
    o = {"name": _render_party(rec["nm"], rng, cc, sl), "country": cc}
    if rec["reg"] is not None:
        o["registration_id"] = render_regid(rec["reg"], rng)
    if rec["addr"] is not None:
        o["address"] = render_addr(rec["addr"], rng, sl)
    if rec["em"] is not None:
        o["email"] = render_email(rec["em"], rng, sl)
    if rec["ph"] is not None:
        o["phone"] = render_phone(rec["ph"], rng, cc)
    if rec["web"] is not None:
        o["website"] = render_web(rec["web"], rng)
    if rec["card"] is not None:
        o["payment_fingerprint"] = rec["card"]
    if rec["dirs"]:
        o["directors"] = [_render_party(p, rng, cc, sl) for p in rec["dirs"]]
    if rec["owns"]:
        o["owners"] = [_render_party(p, rng, cc, sl) for p in rec["owns"]]
    if rec["ips"]:
        o["ips"] = [render_ip(ip, rng) for ip in rec["ips"]]
    if rec["ssh"]:
        o["ssh_keys"] = [render_ssh(k, rng) for k in rec["ssh"]]
    if rec["listed"] is not None:
        o["listed"] = rec["listed"]
    return o


# ----------------------------------------------------------------------------------
# main: plan networks, place them at random slots (no two members of one network
# adjacent), stream solos in between.
# ----------------------------------------------------------------------------------
NET_FRACTION = 0.20
ID_AL = "0123456789abcdefghijkmnpqrstuvwxyz"


def plan_networks(n_total, seed, W):
    rng = random.Random(seed * 7 + 3)
    rr = random.Random(seed * 11 + 5)
    target = int(round(n_total * NET_FRACTION))
    nets, used, repairs = [], 0, 0
    while used < target and target - used >= 2:
        arch = ARCH_P(rng)
        fn, _, lo, hi, s = ARCHETYPES[arch]
        size = min(draw_size(rng, lo, hi, s), target - used)
        if size < lo:
            size = max(2, target - used)
            arch = "dup_signup" if size <= 4 else arch
            fn = ARCHETYPES[arch][0]
        ms, ctx = fn(rng, W, size)
        repairs += ensure_connected(rng, W, arch, ms, ctx)
        nets.append((arch, [render_rec(m, rr) for m in ms]))
        used += len(ms)
    return nets, repairs


def place(n_total, nets, seed):
    rng = random.Random(seed * 13 + 7)
    order = [(ni, mi) for ni, (_, ms) in enumerate(nets) for mi in range(len(ms))]
    order += [None] * (n_total - len(order))
    rng.shuffle(order)

    def net_at(i):
        return order[i][0] if 0 <= i < n_total and order[i] is not None else -1

    for i in range(n_total - 1):
        if order[i] is not None and net_at(i + 1) == order[i][0]:
            for _ in range(1000):
                j = rng.randrange(n_total)
                x = net_at(i + 1)
                y = order[j][0] if order[j] is not None else -2
                if j in (i, i + 1) or x in (net_at(j - 1), net_at(j + 1)) or y in (net_at(i), net_at(i + 2)):
                    continue
                order[i + 1], order[j] = order[j], order[i + 1]
                break
    return order


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    n_total, seed = int(argv[1]), int(argv[2])
    out_path, truth_path = argv[3], argv[4]
    arch_path = os.environ.get("GEN13_ARCH_OUT")
    t0 = time.time()
    Ctr.n = 0
    MAILBOXES.clear()
    PHONES_USED.clear()
    W = World(n_total, seed)
    nets, repairs = plan_networks(n_total, seed, W)
    order = place(n_total, nets, seed)
    t1 = time.time()
    rs = random.Random(seed * 17 + 11)
    rid_rng = random.Random(seed * 19 + 13)
    ids = set()
    fo = open(out_path, "w", encoding="utf-8")
    ft = open(truth_path, "w", encoding="utf-8")
    fa = open(arch_path, "w", encoding="utf-8") if arch_path else None
    ft.write("id,party\n")
    if fa:
        fa.write("id,archetype\n")
    dumps = json.dumps
    n_listed = n_ind = 0
    for slot in order:
        while True:
            rid = "cus_" + "".join(ID_AL[rid_rng.randrange(34)] for _ in range(10))
            if rid not in ids:
                ids.add(rid)
                break
        if slot is None:
            rec = make_solo(rs, W)
            n_ind += rec["ent"] == "ind"
            o = {"id": rid}
            o.update(render_rec(rec, rs))
            party, arch = "solo-" + rid, "solo"
        else:
            ni, mi = slot
            o = {"id": rid}
            o.update(nets[ni][1][mi])
            party, arch = "net-%04d" % (ni + 1), nets[ni][0]
        n_listed += o.get("listed") is True
        fo.write(dumps(o, ensure_ascii=False))
        fo.write("\n")
        ft.write("%s,%s\n" % (rid, party))
        if fa:
            fa.write("%s,%s\n" % (rid, arch))
    fo.close()
    ft.close()
    if fa:
        fa.close()
    t2 = time.time()
    # ---- summary
    sizes = [len(ms) for _, ms in nets]
    in_net = sum(sizes)
    hist = {}
    for s in sizes:
        hist[s] = hist.get(s, 0) + 1
    per = {}
    for a, ms in nets:
        c = per.setdefault(a, [0, 0])
        c[0] += 1
        c[1] += len(ms)
    err = sys.stderr
    err.write("linkage_gen13: N=%d seed=%d  plan %.1fs  write %.1fs  total %.1fs\n" % (n_total, seed, t1 - t0, t2 - t1, t2 - t0))
    err.write("  networks %d  members %d (%.1f%% of customers)  solos %d (individuals ~%d)  listed=true %d  repairs %d\n"
              % (len(nets), in_net, 100.0 * in_net / max(1, n_total), n_total - in_net, n_ind, n_listed, repairs))
    err.write("  size histogram: %s\n" % ", ".join("%d:%d" % (k, hist[k]) for k in sorted(hist)))
    for a in ARCHETYPES:
        if a in per:
            err.write("  %-18s networks %5d  members %6d\n" % (a, per[a][0], per[a][1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
