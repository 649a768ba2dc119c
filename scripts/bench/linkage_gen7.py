#!/usr/bin/env python3
"""linkage_gen7.py - blind synthetic population for shell-company linkage.

Usage:
    python3 linkage_gen7.py N SEED OUT.jsonl TRUTH.csv
    python3 linkage_gen7.py --check OUT.jsonl TRUTH.csv      (re-validate files)

Writes OUT.jsonl (N customers, shuffled), TRUTH.csv (`id,party`, no header) and
TRUTH.csv.meta.jsonl (id, party, role, shared-value tags, hub tags).  Standard
library only, deterministic for (N, SEED); written independently of the engine.

MODEL
  * 24-32% of customers (drawn per seed) sit in planted shell networks.  Sizes are
    heavy-tailed: ~38% pairs, ~22% triples, then 4..8, 9..15, 16..30, up to 50.
  * A network has an operator culture (cn, ru, kz, ar, en, de, tr, in, my) that
    fixes its jurisdictions (CN/HK/SG/MY for cn; RU/KZ/AE/TR for ru ...) and the
    script of its people.  Members are added one by one; each new member picks a
    parent among earlier members (star-ish: the first one 50% of the time) and
    re-uses 1-3 of the parent's values on these channels: key person (as
    director or owner, rendered in another script/romanisation/order), holding
    company owner, phone (intl vs national formats), payment fingerprint, SSH key
    fingerprint (SHA256 or MD5 form - mostly the same form), office address (same
    unit; abbreviations, designators, postcode dropped, typos, Han/Cyrillic vs
    Latin), company domain (email domain vs website URL forms), exact free-mail
    address (gmail dots / +tags / case), static IPs, rarely a registration id
    (same company signed up twice).  Many networks also share a brand word
    in the company names (not counted as evidence).
  * Legitimate majority: each company is its own party with its own values, but
    with traps that must NOT link: registered-agent addresses (100-800 firms),
    co-working spaces (20-150), towers with tenants on different floors/units,
    free-mail domains, cloud-NAT/VPN exit IPs (1000-5000), university/corporate
    NAT IPs (10-200), common personal names as directors (Wang Wei, Li Na, John
    Smith, Mohammed Ali ...), nominee directors (20-300 firms), VC funds as
    owners (10-80), accountants' phones (10-30 clients), look-alike generic
    company names, random name collisions.  Networks use the same hubs too.
  * 13 countries with per-country phone, address, registration-id and legal-form
    formats.  Noise: case, whitespace, punctuation, legal-form variants, typos,
    missing fields.  ~1% listed=true (fronts inside networks and some legit).

FINDABILITY RULE (checked in code; a member failing it gets a repair link)
  Every network member shares at least one *strong* canonical value with at least
  one other member of its network.  Strong kinds: per (same real person, any
  rendering), org (holding company), ph (E.164), card, ssh (same fingerprint AND
  same hash type), addr (same address incl. unit), dom (registrable domain of an
  email or website), em (normalised exact email), ip (static IP), reg.  Hub
  values (agents, co-working, NAT/VPN IPs, free-mail domains, nominees,
  accountants, VC funds, common names) and brand words never count.  Strong
  values are unique to one party (registries), except personal-name collisions
  which happen naturally between independently drawn people.
"""
import base64
import bisect
import hashlib
import json
import os
import random
import sys
import time
from collections import Counter

rng = random.Random(0)

# --------------------------------------------------------------------------
# small helpers


def wchoice(items):
    """items: (values, cumulative weights) prepared by W()."""
    vals, cum = items
    return vals[bisect.bisect_right(cum, rng.random() * cum[-1])]


def W(d):
    vals, cum, t = [], [], 0.0
    for k, w in d.items() if isinstance(d, dict) else d:
        t += w
        vals.append(k)
        cum.append(t)
    return vals, cum


def chance(p):
    return rng.random() < p


def pick(seq):
    return seq[int(rng.random() * len(seq))]


def digits(n):
    return "".join(pick("0123456789") for _ in range(n))


def nzdigits(n):
    return pick("123456789") + digits(n - 1)


KEYB = "qwertyuiopasdfghjklzxcvbnm"


def typo(s):
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 1)
    r = rng.random()
    if not s[i].isalpha():
        return s
    if r < 0.3:
        return s[:i] + s[i + 1:]
    if r < 0.6:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.8:
        return s[:i] + s[i] + s[i:]
    c = pick(KEYB)
    return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]


def case_noise(s, p_up=0.07, p_low=0.03):
    r = rng.random()
    if r < p_up:
        return s.upper()
    if r < p_up + p_low:
        return s.lower()
    return s


def ws_noise(s):
    r = rng.random()
    if r < 0.03:
        return "  " + s + " "
    if r < 0.06:
        return s.replace(" ", "  ", 1)
    return s


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def strip_diacritics(s):
    return s.translate(ASCII_TR)


ASCII_TR = str.maketrans({
    "ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss",
    "ı": "i", "İ": "I", "ş": "s", "Ş": "S", "ç": "c", "Ç": "C", "ğ": "g",
    "Ğ": "G", "é": "e", "è": "e", "ë": "e", "â": "a", "ô": "o", "û": "u",
})
DE_TR = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe",
                       "Ü": "Ue", "ß": "ss"})

# --------------------------------------------------------------------------
# countries

COUNTRY_W = W({"CN": 17, "HK": 9, "SG": 8, "AE": 6, "RU": 6, "US": 15, "DE": 6,
               "GB": 8, "MY": 5, "KZ": 3, "TR": 4, "IN": 8, "NL": 5})
CULT_BY_COUNTRY = {
    "CN": W({"cn": 1}), "HK": W({"cn": 85, "en": 15}),
    "SG": W({"cn": 55, "my": 15, "in": 20, "en": 10}),
    "AE": W({"ar": 55, "in": 30, "en": 15}), "RU": W({"ru": 1}),
    "KZ": W({"kz": 70, "ru": 30}), "US": W({"en": 75, "in": 12, "cn": 13}),
    "DE": W({"de": 85, "tr": 10, "en": 5}), "GB": W({"en": 75, "in": 15, "cn": 5, "ar": 5}),
    "MY": W({"my": 60, "cn": 30, "in": 10}), "TR": W({"tr": 1}), "IN": W({"in": 1}),
    "NL": W({"nl": 85, "tr": 5, "en": 10}),
}
OPERATOR_W = W({"cn": 30, "ru": 14, "kz": 6, "ar": 8, "en": 15, "de": 5, "tr": 5,
                "in": 10, "my": 7})
OPERATOR_JUR = {
    "cn": W({"CN": 40, "HK": 25, "SG": 12, "MY": 6, "AE": 5, "KZ": 3, "US": 5, "GB": 4}),
    "ru": W({"RU": 40, "KZ": 15, "AE": 12, "TR": 10, "HK": 8, "NL": 5, "GB": 5, "DE": 5}),
    "kz": W({"KZ": 45, "RU": 25, "AE": 10, "TR": 10, "HK": 10}),
    "ar": W({"AE": 50, "GB": 10, "TR": 10, "IN": 5, "SG": 5, "HK": 5, "US": 5, "NL": 5}),
    "en": W({"US": 35, "GB": 25, "NL": 8, "DE": 8, "SG": 8, "HK": 8, "AE": 8}),
    "de": W({"DE": 50, "NL": 15, "GB": 10, "US": 10, "AE": 5, "TR": 5, "SG": 5}),
    "tr": W({"TR": 50, "DE": 15, "AE": 15, "NL": 10, "GB": 10}),
    "in": W({"IN": 45, "SG": 15, "AE": 15, "US": 10, "GB": 10, "MY": 5}),
    "my": W({"MY": 50, "SG": 25, "HK": 10, "AE": 5, "CN": 5, "IN": 5}),
}

# --------------------------------------------------------------------------
# people

CN_SUR = [tuple(x.split()) for x in (
    "王 wang wong|李 li lee|张 zhang cheung|刘 liu lau|陈 chen chan|杨 yang yeung|"
    "黄 huang wong|赵 zhao chiu|吴 wu ng|周 zhou chow|徐 xu tsui|孙 sun suen|马 ma ma|"
    "朱 zhu chu|胡 hu wu|郭 guo kwok|何 he ho|林 lin lam|罗 luo law|高 gao ko|"
    "郑 zheng cheng|梁 liang leung|谢 xie tse|宋 song sung|唐 tang tong|许 xu hui|"
    "邓 deng tang|冯 feng fung|韩 han hon|曹 cao tso|曾 zeng tsang|彭 peng pang|"
    "萧 xiao siu|蔡 cai choi|潘 pan poon|田 tian tin|董 dong tung|袁 yuan yuen|"
    "叶 ye yip|蒋 jiang cheung|杜 du to|苏 su so|魏 wei ngai|程 cheng ching|吕 lu lui|"
    "丁 ding ting|沈 shen shum|任 ren yam|姚 yao yiu|卢 lu lo|钟 zhong chung|"
    "崔 cui tsui|谭 tan tam|陆 lu luk|范 fan fan|廖 liao liu|石 shi shek|金 jin kam|"
    "贾 jia ka|夏 xia ha|方 fang fong|邹 zou chau|熊 xiong hung|白 bai pak|孟 meng mang|"
    "秦 qin chun|邱 qiu yau|侯 hou hau|江 jiang kong|龚 gong kung|汤 tang tong").split("|")]
CN_SUR_W = W([(i, 30 if i < 10 else (8 if i < 30 else 3)) for i in range(len(CN_SUR))])
CN_GIV = [tuple(x.split()) for x in (
    "伟 wei wai|明 ming ming|华 hua wah|国 guo kwok|建 jian kin|文 wen man|志 zhi chi|"
    "强 qiang keung|军 jun kwan|平 ping ping|东 dong tung|海 hai hoi|俊 jun chun|"
    "杰 jie kit|丽 li lai|芳 fang fong|敏 min man|静 jing ching|燕 yan yin|玲 ling ling|"
    "婷 ting ting|磊 lei lui|涛 tao to|斌 bin pan|辉 hui fai|鹏 peng pang|飞 fei fei|"
    "宇 yu yu|浩 hao ho|亮 liang leung|成 cheng shing|家 jia ka|嘉 jia ka|德 de tak|"
    "荣 rong wing|永 yong wing|新 xin sun|立 li lap|春 chun chun|秀 xiu sau|英 ying ying|"
    "金 jin kam|宝 bao po|云 yun wan|峰 feng fung|龙 long lung|凯 kai hoi|博 bo pok|"
    "晓 xiao hiu|雪 xue suet|梅 mei mui|兰 lan lan|红 hong hung|光 guang kwong|"
    "天 tian tin|振 zhen chun|子 zi tsz|娜 na na|洋 yang yeung|鑫 xin yan|睿 rui yui|"
    "泽 ze chak|瑞 rui sui|航 hang hong|彬 bin pan|毅 yi ngai|勇 yong yung|刚 gang kong|"
    "慧 hui wai|颖 ying wing|琳 lin lam|欣 xin yan|怡 yi yi|思 si sze|晨 chen san|"
    "旭 xu yuk|昊 hao ho|卫 wei wai|安 an on|正 zheng ching|中 zhong chung|"
    "达 da tat|松 song chung|海 hai hoi|铭 ming ming|轩 xuan hin|哲 zhe chit").split("|")]
CN_ENGLISH = ["David", "Michael", "Peter", "Jason", "Kevin", "Eric", "Tony", "Alan",
              "Vincent", "Raymond", "Jacky", "Ivan", "Kelvin", "Winnie", "Grace",
              "Cindy", "Jenny", "Alice", "Tommy", "Andy", "Frankie", "Simon"]
CN_CITIES_BRAND = [("深圳", "Shenzhen"), ("北京", "Beijing"), ("上海", "Shanghai"),
                   ("广州", "Guangzhou"), ("杭州", "Hangzhou"), ("成都", "Chengdu"),
                   ("南京", "Nanjing"), ("武汉", "Wuhan"), ("苏州", "Suzhou")]

RU_M = ["Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Максим", "Евгений",
        "Игорь", "Владимир", "Николай", "Михаил", "Олег", "Павел", "Юрий", "Виктор",
        "Артём", "Роман", "Константин", "Вадим", "Григорий", "Борис", "Фёдор", "Денис",
        "Антон", "Кирилл", "Станислав", "Георгий", "Леонид", "Вячеслав", "Валерий"]
RU_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Юлия", "Анна",
        "Мария", "Екатерина", "Марина", "Ксения", "Дарья", "Алёна", "Вера"]
RU_L = ["Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов",
        "Новиков", "Морозов", "Петров", "Волков", "Соловьёв", "Васильев", "Зайцев",
        "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов", "Воробьёв", "Фёдоров",
        "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Орлов", "Киселёв",
        "Макаров", "Андреев", "Ковалёв", "Ильин", "Гусев", "Титов", "Кузьмин",
        "Кудрявцев", "Баранов", "Куликов", "Алексеев", "Степанов", "Яковлев", "Сорокин",
        "Сергеев", "Романов", "Захаров", "Борисов", "Королёв", "Герасимов",
        "Пономарёв", "Григорьев", "Лазарев", "Медведев", "Ершов", "Никитин", "Соболев",
        "Рябов", "Поляков", "Цветков", "Данилов", "Жуков", "Фролов", "Журавлёв",
        "Николаев", "Крылов", "Максимов", "Сидоров", "Осипов", "Белоусов", "Егоров",
        "Чернов", "Щербаков", "Шестаков", "Мельников", "Громов", "Хохлов", "Щукин",
        "Воронцов", "Ширяев", "Черкасов", "Тихонов", "Калашников", "Горбунов",
        "Дьяченко", "Шевченко", "Бондаренко", "Ткаченко", "Кравченко", "Лысенко",
        "Вишневский", "Ковальский", "Сокольский", "Раевский"]
KZ_M = ["Нурлан", "Ерлан", "Асхат", "Бауыржан", "Айдар", "Тимур", "Даурен", "Арман",
        "Серик", "Марат", "Ержан", "Азамат", "Канат", "Бахыт", "Руслан", "Жандос"]
KZ_F = ["Айгуль", "Динара", "Гульнара", "Жанна", "Сауле", "Асель", "Алия", "Мадина"]
KZ_L = ["Нурланов", "Сериков", "Ахметов", "Жумабаев", "Касымов", "Абдрахманов",
        "Ержанов", "Омаров", "Сулейменов", "Бекмухамбетов", "Тулегенов", "Искаков",
        "Байжанов", "Оспанов", "Кенжебаев", "Мухамедиев", "Сагинтаев", "Нургалиев",
        "Есенов", "Утемисов", "Калиев", "Смагулов", "Жаксылыков", "Төлеуов"]
PATRO_SPECIAL = {"Павел": "Павлов", "Лев": "Львов", "Пётр": "Петров",
                 "Артём": "Артёмов"}

_BASE_TR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e",
            "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
            "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
            "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
            "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
            "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u",
            "һ": "h", "і": "i"}
TR_BGN = dict(_BASE_TR)
TR_ICAO = dict(_BASE_TR, **{"й": "i", "ю": "iu", "я": "ia", "ъ": "ie"})
TR_POP = dict(_BASE_TR, **{"ё": "yo", "ь": "", "й": "i"})
TR_DE = dict(_BASE_TR, **{"ж": "sh", "з": "s", "й": "j", "х": "ch", "ц": "z",
                          "ч": "tsch", "ш": "sch", "щ": "schtsch", "ю": "ju",
                          "я": "ja", "в": "w", "ё": "jo", "с": "s"})
TR_SCHEMES = [TR_BGN, TR_ICAO, TR_POP, TR_DE]
TR_SCHEME_W = W([(0, 45), (1, 30), (2, 20), (3, 5)])


def translit(s, scheme):
    out = []
    prev_alpha = False
    for ch in s:
        lo = ch.lower()
        if lo in scheme:
            t = scheme[lo]
            if lo == "е" and not prev_alpha and scheme is not TR_ICAO:
                t = "je" if scheme is TR_DE else "ye"
            if ch != lo and t:
                t = t[0].upper() + t[1:]
            out.append(t)
            prev_alpha = True
        else:
            out.append(ch)
            prev_alpha = ch.isalpha()
    r = "".join(out)
    if scheme is TR_POP:
        r = r.replace("ks", "x").replace("Ks", "X")
        if r.endswith("iy"):
            r = r[:-2] + "y"
    return r


AR_GIV = [(a, v.split("/")) for a, v in (
    ("محمد", "Mohammed/Muhammad/Mohamed/Mohammad/Mohamad/Mohd"), ("أحمد", "Ahmed/Ahmad"),
    ("علي", "Ali"), ("حسن", "Hassan/Hasan"), ("حسين", "Hussein/Hussain/Husain/Hossein"),
    ("خالد", "Khalid/Khaled"), ("عمر", "Omar/Umar"), ("يوسف", "Yousef/Yusuf/Youssef/Yousuf"),
    ("إبراهيم", "Ibrahim/Ebrahim"), ("سعيد", "Saeed/Said/Saied"), ("راشد", "Rashid/Rashed"),
    ("فيصل", "Faisal/Faysal"), ("عبد الله", "Abdullah/Abdallah/Abd Allah/Abdulla"),
    ("عبد الرحمن", "Abdulrahman/Abdul Rahman/Abdelrahman/Abd al-Rahman"),
    ("حمد", "Hamad/Hamed"), ("سلطان", "Sultan"), ("ناصر", "Nasser/Nasir/Naser"),
    ("طارق", "Tariq/Tarek/Tareq"), ("ماجد", "Majid/Majed"), ("جمال", "Jamal/Gamal"),
    ("مصطفى", "Mustafa/Mostafa/Moustafa"), ("كريم", "Karim/Kareem"), ("سالم", "Salem/Salim"),
    ("منصور", "Mansour/Mansoor/Mansur"), ("وليد", "Walid/Waleed"), ("هشام", "Hisham/Hesham"),
    ("زياد", "Ziad/Ziyad"), ("عادل", "Adel/Adil"), ("سيف", "Saif/Saif/Sayf"),
    ("عبد العزيز", "Abdulaziz/Abdul Aziz/Abdelaziz"), ("فاطمة", "Fatima/Fatma/Fatema"),
    ("مريم", "Maryam/Mariam"), ("نورة", "Noura/Nora/Nourah"))]
AR_FAM = [(a, v.split("/"), al, sun) for a, v, al, sun in (
    ("المنصوري", "Mansouri/Mansoori/Mansuri", 1, ""), ("الهاشمي", "Hashimi/Hashemi", 1, ""),
    ("الشامسي", "Shamsi", 1, "Ash-"), ("الكعبي", "Kaabi/Ka'bi", 1, ""),
    ("النعيمي", "Nuaimi/Nuaimy/Naimi", 1, "An-"), ("الظاهري", "Dhaheri/Zahiri/Daheri", 1, "Adh-"),
    ("المهيري", "Muhairi/Mheiri", 1, ""), ("القاسمي", "Qasimi/Qassimi/Kasimi", 1, ""),
    ("العتيبي", "Otaibi/Utaybi", 1, ""), ("الحربي", "Harbi", 1, ""),
    ("الزعبي", "Zoubi/Zu'bi/Zoabi", 1, "Az-"), ("الخطيب", "Khatib/Khateeb", 1, ""),
    ("حداد", "Haddad", 0, ""), ("خوري", "Khoury/Khouri/Khuri", 0, ""), ("نصر", "Nasr", 0, ""),
    ("الراشد", "Rashid/Rashed", 1, "Ar-"), ("البلوشي", "Balushi/Baloushi/Bloushi", 1, ""),
    ("الفلاسي", "Falasi/Falasy", 1, ""), ("السويدي", "Suwaidi/Suwaidy/Swaidi", 1, "As-"),
    ("الأنصاري", "Ansari", 1, ""), ("الشمري", "Shammari/Shamari", 1, "Ash-"),
    ("المري", "Marri/Murri", 1, ""), ("الحمادي", "Hammadi/Hamadi", 1, ""),
    ("الكتبي", "Ketbi/Kitbi", 1, ""), ("المطيري", "Mutairi/Mutairy", 1, ""),
    ("عثمان", "Othman/Osman/Uthman", 0, ""), ("الصباح", "Sabah", 1, "As-"),
    ("علي", "Ali", 0, ""), ("حسن", "Hassan/Hasan", 0, ""))]

TR_FIRST = ["Mehmet", "Ahmet", "Mustafa", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat",
            "Emre", "Burak", "Serkan", "Özgür", "Çağlar", "Gökhan", "Ayşe", "Fatma",
            "Zeynep", "Elif", "Şule", "Gülşen", "Tolga", "Barış", "Kerem", "Oğuz",
            "Volkan", "Selim", "Cem", "Deniz", "Erkan", "Tuğba"]
TR_LAST = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk",
           "Aydın", "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç",
           "Kurt", "Özkan", "Şimşek", "Polat", "Erdoğan", "Güneş", "Aksoy", "Korkmaz",
           "Bulut", "Keskin", "Ünal", "Tekin", "Karaca", "Güler", "Uçar", "Akbulut"]
IN_FIRST = ["Rajesh", "Amit", "Rahul", "Suresh", "Vikram", "Anil", "Sunil", "Priya",
            "Anita", "Deepak", "Sanjay", "Arjun", "Karthik", "Venkatesh", "Srinivas",
            "Ravi", "Manoj", "Pooja", "Neha", "Arun", "Vijay", "Ashok", "Ramesh", "Kiran",
            "Nikhil", "Rohan", "Aditya", "Sameer", "Harish", "Prakash", "Gaurav", "Lakshmi",
            "Meera", "Sneha", "Varun", "Siddharth", "Abhishek", "Naveen", "Sandeep", "Imran"]
IN_MID = ["Kumar", "Prasad", "Chandra", "Mohan", "Nath", "Lal", "Raj", "Krishna"]
IN_LAST = ["Sharma", "Patel", "Singh", "Gupta", "Reddy", "Iyer", "Nair", "Menon", "Rao",
           "Agarwal", "Mehta", "Shah", "Joshi", "Desai", "Kapoor", "Malhotra", "Verma",
           "Chopra", "Banerjee", "Mukherjee", "Chatterjee", "Pillai", "Krishnan",
           "Subramanian", "Naidu", "Bhat", "Kulkarni", "Jain", "Bose", "Das", "Khan",
           "Saxena", "Trivedi", "Pandey", "Mishra", "Sinha", "Goel", "Bansal", "Thakur"]
MY_FIRST = ["Ahmad", "Muhammad", "Mohd", "Nur", "Siti", "Ismail", "Azman", "Faizal",
            "Hafiz", "Aziz", "Rahman", "Hakim", "Farid", "Aisyah", "Nurul", "Zainal",
            "Kamal", "Rosli", "Syafiq", "Amirul", "Hidayah", "Izzat", "Firdaus", "Khairul",
            "Shahrul", "Azlan", "Roslan", "Farah", "Nabila", "Zulkifli"]
MY_FEM = {"Siti", "Nur", "Aisyah", "Nurul", "Hidayah", "Farah", "Nabila"}
MY_FATHER = ["Abdullah", "Ismail", "Ahmad", "Hassan", "Ibrahim", "Osman", "Yusof",
             "Omar", "Ali", "Hamid", "Razak", "Jamil", "Othman", "Salleh", "Hussin",
             "Mahmud", "Yaakob", "Rahim", "Zakaria", "Harun"]
MOHD = ["Mohd", "Muhammad", "Mohamad", "Mohammad", "Mohamed", "Md"]

EN_FIRST = ["James", "John", "Robert", "Michael", "William", "David", "Richard",
            "Joseph", "Thomas", "Charles", "Daniel", "Matthew", "Anthony", "Mark",
            "Steven", "Paul", "Andrew", "Joshua", "Kevin", "Brian", "George", "Edward",
            "Ryan", "Jason", "Jennifer", "Mary", "Patricia", "Linda", "Elizabeth", "Susan",
            "Jessica", "Sarah", "Karen", "Emily", "Emma", "Olivia", "Sophie", "Laura",
            "Rachel", "Hannah", "Oliver", "Harry", "Jack", "Charlie", "Peter", "Simon",
            "Martin", "Stephen", "Alan", "Graham", "Neil", "Ian", "Christopher",
            "Alexander", "Benjamin", "Jonathan", "Katherine", "Victoria", "Nicholas",
            "Samuel", "Gregory", "Timothy", "Scott", "Eric", "Adam", "Nathan", "Megan"]
NICK = {"William": ["Bill", "Will"], "Robert": ["Bob", "Rob"], "Richard": ["Rick"],
        "James": ["Jim", "Jimmy"], "Michael": ["Mike"], "Thomas": ["Tom"],
        "Joseph": ["Joe"], "Daniel": ["Dan"], "Andrew": ["Andy"], "Matthew": ["Matt"],
        "Steven": ["Steve"], "Anthony": ["Tony"], "Edward": ["Ed", "Ted"],
        "Elizabeth": ["Liz", "Beth"], "Jennifer": ["Jen"], "Patricia": ["Pat"],
        "Katherine": ["Kate", "Kathy"], "Peter": ["Pete"], "Christopher": ["Chris"],
        "Alexander": ["Alex"], "Benjamin": ["Ben"], "Jonathan": ["Jon"],
        "Nicholas": ["Nick"], "Samuel": ["Sam"], "Timothy": ["Tim"],
        "Gregory": ["Greg"], "Victoria": ["Vicky"]}
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
           "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson",
           "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
           "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
           "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter",
           "Phillips", "Evans", "Turner", "Parker", "Collins", "Edwards", "Stewart",
           "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed",
           "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood",
           "Watson", "Brooks", "Bennett", "Gray", "Hughes", "Price", "Sanders", "Myers",
           "Long", "Ross", "Foster", "O'Brien", "O'Connor", "McDonald", "MacLeod",
           "Fitzgerald", "Hamilton", "Graham", "Wallace", "Cole", "Hayes", "Fletcher",
           "Holmes", "Lloyd", "Harrison", "Marshall", "Owen", "Hunt", "Palmer", "Mason",
           "Shaw", "Knight", "Ellis", "Barnes", "Webb", "Fox", "Walsh", "Sullivan",
           "Kowalski", "Novak", "Rossi", "Schneider", "Nguyen", "Kim", "Park", "Cohen"]
DE_FIRST = ["Thomas", "Michael", "Andreas", "Stefan", "Christian", "Markus", "Frank",
            "Jürgen", "Klaus", "Wolfgang", "Matthias", "Sebastian", "Jan", "Tobias",
            "Lukas", "Felix", "Jörg", "Uwe", "Sabine", "Petra", "Julia", "Katharina",
            "Anna", "Claudia", "Birgit", "Günter", "Dieter", "Björn", "Maximilian", "Lena"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
           "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein",
           "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
           "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause",
           "Meier", "Lehmann", "Köhler", "Maier", "Weiß", "Groß", "Fuchs", "Jäger",
           "Vogel", "Günther", "Böhm", "Möller", "Scholz", "Brandt", "Kühn", "Engel"]
NL_FIRST = ["Jan", "Pieter", "Johannes", "Willem", "Hendrik", "Dirk", "Bas", "Joost",
            "Maarten", "Thijs", "Sander", "Ruben", "Lieke", "Anouk", "Sanne", "Femke",
            "Eva", "Marieke", "Daan", "Bram", "Koen", "Wouter", "Jeroen", "Stijn", "Niels"]
NL_LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
           "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos",
           "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
           "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok",
           "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
           "van den Broek", "de Bruijn", "van der Heijden", "Schouten", "van Beek",
           "Willems", "van Vliet", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam",
           "van der Wal", "Prins", "Blom", "Huisman", "Kuijpers", "Wijnands"]

_pid = [0]


def new_person(cul):
    _pid[0] += 1
    p = {"id": "P%d" % _pid[0], "cul": cul}
    if cul == "cn":
        p["s"] = wchoice(CN_SUR_W)
        p["g"] = [rng.randrange(len(CN_GIV))] + ([rng.randrange(len(CN_GIV))] if chance(0.7) else [])
        if chance(0.25):
            p["e"] = pick(CN_ENGLISH)
    elif cul in ("ru", "kz"):
        fem = chance(0.3)
        if cul == "kz":
            p["f"] = pick(KZ_F if fem else KZ_M)
            p["l"] = pick(KZ_L)
            father = pick(KZ_M)
        else:
            p["f"] = pick(RU_F if fem else RU_M)
            p["l"] = pick(RU_L)
            father = pick(RU_M)
        p["p"] = patronymic(father, fem)
        if fem:
            p["l"] = fem_surname(p["l"])
    elif cul == "ar":
        p["g"] = rng.randrange(len(AR_GIV) - 3) if chance(0.85) else rng.randrange(len(AR_GIV))
        p["fa"] = rng.randrange(len(AR_GIV) - 3) if chance(0.5) else None
        p["fam"] = rng.randrange(len(AR_FAM))
    elif cul == "tr":
        p["f"] = pick(TR_FIRST)
        p["l"] = pick(TR_LAST)
    elif cul == "in":
        p["f"] = pick(IN_FIRST)
        p["m"] = pick(IN_MID) if chance(0.3) else None
        p["l"] = pick(IN_LAST)
    elif cul == "my":
        f = pick(MY_FIRST)
        toks = [f]
        if chance(0.7):
            toks.append(pick(MY_FIRST[4:]))
        p["f"] = toks
        p["fa"] = pick(MY_FATHER)
        p["fem"] = f in MY_FEM
    else:  # en, de, nl
        fl, ll = {"en": (EN_FIRST, EN_LAST), "de": (DE_FIRST, DE_LAST),
                  "nl": (NL_FIRST, NL_LAST)}[cul]
        p["f"] = pick(fl)
        p["l"] = pick(ll)
        p["m"] = pick("ABCDEFGHJKLMPRSTW") if chance(0.3) else None
    return p


def patronymic(father, fem):
    if father in PATRO_SPECIAL:
        base = PATRO_SPECIAL[father][:-2] + "ович"
    elif father.endswith("ий") or father.endswith("й") or father.endswith("ь"):
        base = father[:-1] + "евич"
    else:
        base = father + "ович"
    if base.endswith("иевич") and father.endswith("ий"):
        base = base  # Дмитриевич
    return base[:-3] + "вна" if fem else base


def fem_surname(l):
    if l.endswith("ский"):
        return l[:-4] + "ская"
    if l.endswith(("ов", "ев", "ёв", "ин")):
        return l + "а"
    return l


def person_display(p):
    """A canonical Latin form for the meta file."""
    c = p["cul"]
    if c == "cn":
        return "%s %s" % (CN_SUR[p["s"]][1].capitalize(),
                          "".join(CN_GIV[i][1] for i in p["g"]).capitalize())
    if c in ("ru", "kz"):
        return translit("%s %s" % (p["f"], p["l"]), TR_BGN)
    if c == "ar":
        return "%s %s" % (AR_GIV[p["g"]][1][0], AR_FAM[p["fam"]][1][0])
    if c == "my":
        return " ".join(p["f"]) + (" binti " if p["fem"] else " bin ") + p["fa"]
    return "%s %s" % (p["f"], p["l"])


def render_person(p, ctry):
    c = p["cul"]
    if c == "cn":
        s = render_cn(p, ctry)
    elif c in ("ru", "kz"):
        s = render_ru(p, ctry)
    elif c == "ar":
        s = render_ar(p, ctry)
    elif c == "tr":
        f, l = p["f"], p["l"]
        if ctry != "TR" and chance(0.6) or chance(0.25):
            f, l = strip_diacritics(f), strip_diacritics(l)
        r = rng.random()
        if r < 0.15:
            s = "%s %s" % (l.upper(), f)
        elif r < 0.22:
            s = "%s, %s" % (l, f)
        else:
            s = "%s %s" % (f, l)
    elif c == "in":
        f, m, l = p["f"], p["m"], p["l"]
        r = rng.random()
        if r < 0.12:
            s = "%s. %s%s" % (f[0], (m[0] + ". ") if m else "", l)
        elif r < 0.22:
            s = "%s %s%s" % (l, f, (" " + m) if m else "")
        elif r < 0.3 and m:
            s = "%s %s. %s" % (f, m[0], l)
        elif r < 0.36 and m:
            s = "%s %s" % (f, l)
        else:
            s = " ".join(x for x in (f, m, l) if x)
    elif c == "my":
        toks = list(p["f"])
        if toks[0] in MOHD and chance(0.5):
            toks[0] = pick(MOHD)
        r = rng.random()
        link = ("binti" if p["fem"] else "bin")
        if r < 0.2:
            link = "bt." if p["fem"] else "b."
        elif r < 0.35:
            link = ""
        elif r < 0.45:
            link = link.capitalize()
        s = " ".join(toks) + (" " + link if link else "") + " " + p["fa"]
    else:
        s = render_west(p, ctry)
    r = rng.random()
    if r < 0.04:
        s = s.upper()
    elif r < 0.06:
        s = s.lower()
    elif r < 0.09:
        s = typo(s)
    return ws_noise(s)


def render_cn(p, ctry):
    sur = CN_SUR[p["s"]]
    giv = [CN_GIV[i] for i in p["g"]]
    r = rng.random()
    if ctry == "CN":
        mode = "han" if r < 0.6 else "py"
    elif ctry == "HK":
        mode = "canto" if r < 0.6 else ("py" if r < 0.8 else ("han" if r < 0.88 else "eng"))
    elif ctry in ("SG", "MY"):
        mode = "py" if r < 0.55 else ("canto" if r < 0.75 else ("eng" if r < 0.9 else "han"))
    else:
        mode = "py" if r < 0.8 else ("eng" if r < 0.9 else ("canto" if r < 0.95 else "han"))
    if mode == "han":
        return sur[0] + "".join(g[0] for g in giv)
    if mode == "eng" and "e" not in p:
        mode = "py"
    col = 2 if mode == "canto" else 1
    s = sur[col].capitalize()
    if mode == "canto" or chance(0.25):
        gs = [g[col].capitalize() for g in giv]
        g = " ".join(gs) if (mode == "canto" and chance(0.6)) or chance(0.4) else "-".join(gs)
        if "-" in g and chance(0.5):
            g = g.capitalize()
    else:
        g = "".join(x[col] for x in giv).capitalize()
    if mode == "eng":
        r = rng.random()
        if r < 0.4:
            return "%s %s" % (p["e"], s)
        if r < 0.7:
            return "%s %s %s" % (p["e"], s, g)
        return "%s %s %s" % (s, g, p["e"])
    r = rng.random()
    if r < 0.2:
        return "%s %s" % (s.upper(), g)
    if r < 0.45:
        return "%s %s" % (g, s)
    if r < 0.5:
        return "%s, %s" % (s, g)
    return "%s %s" % (s, g)


def render_ru(p, ctry):
    cyr = (ctry in ("RU", "KZ") and chance(0.6)) or chance(0.06)
    f, pa, l = p["f"], p["p"], p["l"]
    r = rng.random()
    if cyr:
        if r < 0.35:
            s = "%s %s %s" % (l, f, pa)
        elif r < 0.6:
            s = "%s %s %s" % (f, pa, l)
        elif r < 0.8:
            s = "%s %s" % (f, l)
        else:
            s = "%s %s.%s." % (l, f[0], pa[0])
        return s
    sch = TR_SCHEMES[wchoice(TR_SCHEME_W)]
    F, P, L = translit(f, sch), translit(pa, sch), translit(l, sch)
    if r < 0.45:
        s = "%s %s" % (F, L)
    elif r < 0.6:
        s = "%s %s %s" % (F, P, L)
    elif r < 0.75:
        s = "%s %s" % (L.upper(), F)
    elif r < 0.88:
        s = "%s %s %s" % (L, F, P)
    else:
        s = "%s, %s" % (L, F)
    return s


def render_ar(p, ctry):
    g = AR_GIV[p["g"]]
    fam = AR_FAM[p["fam"]]
    fa = AR_GIV[p["fa"]] if p["fa"] is not None else None
    if (ctry == "AE" and chance(0.2)) or chance(0.03):
        s = g[0]
        if fa and chance(0.7):
            s += " بن " + fa[0]
        return s + " " + fam[0]
    s = pick(g[1])
    if fa and chance(0.6):
        s += " " + pick(["bin", "Bin", "bin", "ibn", "Bin", "B."]) + " " + pick(fa[1])
    fn = pick(fam[1])
    if fam[2]:
        r = rng.random()
        if r < 0.35:
            fn = "Al " + fn
        elif r < 0.6:
            fn = "Al-" + fn
        elif r < 0.7:
            fn = "Al" + fn.lower()
        elif r < 0.78:
            fn = "El-" + fn
        elif r < 0.85:
            fn = "al-" + fn
        elif r < 0.92 and fam[3]:
            fn = fam[3] + fn
    if chance(0.12):
        return "%s, %s" % (fn.upper(), s)
    return "%s %s" % (s, fn)


def render_west(p, ctry):
    c = p["cul"]
    f, m, l = p["f"], p["m"], p["l"]
    if c == "de":
        r = rng.random()
        if r < 0.2:
            f, l = f.translate(DE_TR), l.translate(DE_TR)
        elif r < 0.27:
            f, l = strip_diacritics(f), strip_diacritics(l)
        if chance(0.05):
            f = "Dr. " + f
    elif c == "nl":
        r = rng.random()
        if r < 0.12:
            l = " ".join(w.capitalize() for w in l.split())
        elif r < 0.18 and " " in l:
            parts = l.split()
            l = "%s, %s" % (parts[-1], " ".join(parts[:-1]))
        elif r < 0.22 and l.startswith("van de"):
            l = "vd " + l.split()[-1]
        if chance(0.08):
            l = l.replace("ij", "y")
        if chance(0.2):
            return "%s.%s %s" % (f[0], (m + ". ") if m else " ", l)
    elif c == "en":
        if f in NICK and chance(0.15):
            f = pick(NICK[f])
        if "'" in l and chance(0.3):
            l = l.replace("'", pick(["", " "]))
        if l.startswith("Mc") and chance(0.2):
            l = "Mc" + l[2:].lower()
    r = rng.random()
    if r < 0.1:
        return "%s, %s" % (l.upper() if chance(0.5) else l, f)
    if r < 0.2:
        return "%s. %s" % (f[0], l)
    if r < 0.35 and m:
        return "%s %s. %s" % (f, m, l)
    if r < 0.4 and m:
        return "%s %s %s" % (f, m, l)
    return "%s %s" % (f, l)


def common_people():
    """Very common personal names: a hub that must not link strangers."""
    out = []

    def cnp(s, gs):
        si = [i for i, x in enumerate(CN_SUR) if x[0] == s][0]
        gi = [[i for i, x in enumerate(CN_GIV) if x[0] == g][0] for g in gs]
        return {"cul": "cn", "s": si, "g": gi}
    for s, g in (("王", "伟"), ("李", "娜"), ("张", "伟"), ("王", "芳"), ("李", "伟"),
                 ("刘", "洋"), ("陈", "静"), ("王", "静"), ("李", "强"), ("张", "敏"),
                 ("陈", "伟"), ("刘", "伟"), ("王", "磊"), ("张", "静"), ("李", "军")):
        out.append((cnp(s, g), 3))
    for f, l, cul in (("John", "Smith", "en"), ("David", "Lee", "en"), ("Michael", "Chen", "en"),
                      ("James", "Wilson", "en"), ("Mary", "Johnson", "en"),
                      ("David", "Brown", "en"), ("Thomas", "Müller", "de"),
                      ("Michael", "Schmidt", "de"), ("Jan", "de Vries", "nl"),
                      ("Mehmet", "Yılmaz", "tr"), ("Ahmet", "Kaya", "tr"),
                      ("Amit", "Sharma", "in"), ("Rahul", "Singh", "in"),
                      ("Mohammed", "Khan", "in"), ("Raj", "Kumar", "in")):
        out.append(({"cul": cul, "f": f, "l": l, "m": None}, 2))
    fam_of = {x[0]: i for i, x in enumerate(AR_FAM)}
    out.append(({"cul": "ar", "g": 0, "fa": None, "fam": fam_of["علي"]}, 3))   # Mohammed Ali
    out.append(({"cul": "ar", "g": 1, "fa": None, "fam": fam_of["حسن"]}, 2))   # Ahmed Hassan
    out.append(({"cul": "ar", "g": 0, "fa": None, "fam": fam_of["الهاشمي"]}, 1))
    for f, l in (("Иван", "Иванов"), ("Сергей", "Иванов"), ("Александр", "Петров"),
                 ("Андрей", "Смирнов"), ("Дмитрий", "Кузнецов")):
        out.append(({"cul": "ru", "f": f, "l": l, "p": patronymic(pick(RU_M), False)}, 2))
    out.append(({"cul": "my", "f": ["Muhammad"], "fa": "Abdullah", "fem": False}, 2))
    out.append(({"cul": "my", "f": ["Nur", "Aisyah"], "fa": "Ahmad", "fem": True}, 1))
    for i, (p, w) in enumerate(out):
        p["id"] = "COMMON%d" % i
        p["common"] = 1
    return out


# --------------------------------------------------------------------------
# phones

PHONE = {  # cc, trunk, [(area, sub_len, kind, weight)]
    "CN": ("86", "0", [("13", 9, "m", 3), ("15", 9, "m", 2), ("18", 9, "m", 3), ("17", 9, "m", 1),
                       ("10", 8, "f", 1), ("21", 8, "f", 1), ("755", 8, "f", 1), ("20", 8, "f", 1), ("571", 8, "f", 1)]),
    "HK": ("852", "", [("", 8, "hk2", 2), ("", 8, "hk9", 3)]),
    "SG": ("65", "", [("", 8, "sg6", 2), ("", 8, "sg9", 3)]),
    "AE": ("971", "0", [("50", 7, "m", 3), ("55", 7, "m", 2), ("52", 7, "m", 1), ("4", 7, "f", 3), ("2", 7, "f", 1)]),
    "RU": ("7", "8", [("9%02d" % x, 7, "m", 1) for x in (1, 3, 5, 6, 8, 10, 15, 16, 17, 25, 26, 77, 85, 99)]
           + [("495", 7, "f", 4), ("499", 7, "f", 2), ("812", 7, "f", 2)]),
    "KZ": ("7", "8", [("701", 7, "m", 3), ("702", 7, "m", 1), ("705", 7, "m", 1), ("747", 7, "m", 1),
                      ("777", 7, "m", 2), ("727", 7, "f", 2), ("717", 7, "f", 1)]),
    "US": ("1", "", [(a, 7, "us", 1) for a in ("415", "650", "408", "212", "646", "302", "512",
                                               "206", "305", "312", "617", "702", "307", "737", "929")]),
    "DE": ("49", "0", [("30", 8, "f", 3), ("89", 8, "f", 2), ("40", 8, "f", 1), ("69", 8, "f", 1),
                       ("151", 8, "m", 2), ("160", 7, "m", 1), ("171", 7, "m", 1), ("176", 8, "m", 1)]),
    "GB": ("44", "0", [("20", 8, "f", 4), ("161", 7, "f", 1), ("121", 7, "f", 1), ("131", 7, "f", 1),
                       ("7700", 6, "m", 1), ("7911", 6, "m", 1), ("7824", 6, "m", 1), ("7456", 6, "m", 1)]),
    "MY": ("60", "0", [("3", 8, "f", 3), ("12", 7, "m", 2), ("16", 7, "m", 1), ("11", 8, "m", 1), ("4", 7, "f", 1)]),
    "TR": ("90", "0", [("212", 7, "f", 3), ("216", 7, "f", 2), ("312", 7, "f", 1), ("532", 7, "m", 2),
                       ("542", 7, "m", 1), ("555", 7, "m", 1)]),
    "IN": ("91", "0", [("98", 8, "m", 3), ("99", 8, "m", 2), ("70", 8, "m", 1), ("80", 8, "f", 2),
                       ("22", 8, "f", 2), ("11", 8, "f", 2), ("40", 8, "f", 1)]),
    "NL": ("31", "0", [("20", 7, "f", 3), ("10", 7, "f", 2), ("30", 7, "f", 1), ("6", 8, "m", 3)]),
}
PHONE_W = {c: W([(i, a[3]) for i, a in enumerate(v[2])]) for c, v in PHONE.items()}


def new_phone(ctry):
    cc, trunk, areas = PHONE[ctry]
    area, n, kind, _ = areas[wchoice(PHONE_W[ctry])]
    if kind == "hk2":
        sub = pick("23") + digits(7)
    elif kind == "hk9":
        sub = pick("569") + digits(7)
    elif kind == "sg6":
        sub = "6" + digits(7)
    elif kind == "sg9":
        sub = pick("89") + digits(7)
    elif kind == "us":
        sub = pick("23456789") + digits(6)
    elif kind == "m" and ctry == "CN":
        sub = nzdigits(n)
    else:
        sub = nzdigits(n)
    return (ctry, cc, trunk, area, sub)


def grp(s, sizes):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return out


def render_phone(ph):
    ctry, cc, trunk, area, sub = ph
    r = rng.random()
    if ctry == "RU" or ctry == "KZ":
        g = "-".join(grp(sub, (3, 2, 2)))
        if r < 0.25:
            return "+7 (%s) %s" % (area, g)
        if r < 0.45:
            return "8 (%s) %s" % (area, g)
        if r < 0.6:
            return "8%s%s" % (area, sub)
        if r < 0.75:
            return "+7%s%s" % (area, sub)
        return "+7 %s %s" % (area, " ".join(grp(sub, (3, 2, 2))))
    if ctry == "US":
        a, b = sub[:3], sub[3:]
        if r < 0.3:
            return "(%s) %s-%s" % (area, a, b)
        if r < 0.5:
            return "%s-%s-%s" % (area, a, b)
        if r < 0.6:
            return "%s.%s.%s" % (area, a, b)
        if r < 0.75:
            return "+1 %s %s %s" % (area, a, b)
        if r < 0.85:
            return "1-%s-%s-%s" % (area, a, b)
        return "+1%s%s" % (area, sub)
    if ctry in ("HK", "SG"):
        if r < 0.3:
            return "+%s %s %s" % (cc, sub[:4], sub[4:])
        if r < 0.45:
            return "+%s%s" % (cc, sub)
        if r < 0.6:
            return "%s %s" % (sub[:4], sub[4:])
        if r < 0.7:
            return sub
        if r < 0.8:
            return "(%s) %s-%s" % (cc, sub[:4], sub[4:])
        if r < 0.9:
            return "00%s %s" % (cc, sub)
        return "+%s-%s-%s" % (cc, sub[:4], sub[4:])
    if ctry == "CN" and len(area) == 2 and area[0] == "1" and area != "10":
        m = area + sub
        if r < 0.25:
            return "+86 %s %s %s" % (m[:3], m[3:7], m[7:])
        if r < 0.4:
            return "+86%s" % m
        if r < 0.55:
            return m
        if r < 0.65:
            return "%s-%s-%s" % (m[:3], m[3:7], m[7:])
        if r < 0.75:
            return "0086 %s" % m
        if r < 0.85:
            return "86-%s" % m
        return "%s %s %s" % (m[:3], m[3:7], m[7:])
    sg = " ".join(grp(sub, (4, 4) if len(sub) == 8 else (3, 4)))
    if ctry == "TR":
        sg = " ".join(grp(sub, (3, 2, 2)))
    if ctry == "IN" and len(area) == 2 and area[0] in "6789":
        m = area + sub
        if r < 0.3:
            return "+91 %s %s" % (m[:5], m[5:])
        if r < 0.45:
            return "+91-%s" % m
        if r < 0.6:
            return m
        if r < 0.7:
            return "0%s" % m
        if r < 0.8:
            return "091 %s %s" % (m[:5], m[5:])
        return "+91%s" % m
    if r < 0.28:
        return "+%s %s %s" % (cc, area, sg)
    if r < 0.42:
        return "+%s%s%s" % (cc, area, sub)
    if r < 0.6:
        return "%s%s %s" % (trunk, area, sg)
    if r < 0.68:
        return "%s%s-%s" % (trunk, area, sub)
    if r < 0.74:
        return "(%s%s) %s" % (trunk, area, sg)
    if r < 0.8 and ctry in ("DE", "GB", "NL"):
        return "+%s (0)%s %s" % (cc, area, sg)
    if r < 0.86 and ctry == "DE":
        return "0%s/%s" % (area, sub)
    if r < 0.92:
        return "00%s %s %s" % (cc, area, sub)
    return "+%s-%s-%s" % (cc, area, sub.replace(" ", ""))


def phone_key(ph):
    return "+" + ph[1] + ph[3] + ph[4]


# --------------------------------------------------------------------------
# addresses

ADDR = {
    "CN": {"cities": [("北京", "Beijing", "100", [("朝阳", "Chaoyang"), ("海淀", "Haidian"), ("东城", "Dongcheng")]),
                      ("上海", "Shanghai", "200", [("浦东新", "Pudong New"), ("徐汇", "Xuhui"), ("静安", "Jing'an")]),
                      ("深圳", "Shenzhen", "518", [("南山", "Nanshan"), ("福田", "Futian"), ("龙岗", "Longgang")]),
                      ("广州", "Guangzhou", "510", [("天河", "Tianhe"), ("越秀", "Yuexiu")]),
                      ("杭州", "Hangzhou", "310", [("西湖", "Xihu"), ("滨江", "Binjiang")]),
                      ("成都", "Chengdu", "610", [("武侯", "Wuhou"), ("高新", "Gaoxin")])],
           "streets": [("建国路", "Jianguo", "Road"), ("中山路", "Zhongshan", "Road"), ("人民路", "Renmin", "Road"),
                       ("解放路", "Jiefang", "Road"), ("科技园路", "Kejiyuan", "Road"), ("深南大道", "Shennan", "Avenue"),
                       ("南京西路", "Nanjing West", "Road"), ("天府大道", "Tianfu", "Avenue"), ("文三路", "Wensan", "Road"),
                       ("中关村大街", "Zhongguancun", "Street"), ("世纪大道", "Century", "Avenue"),
                       ("滨海大道", "Binhai", "Avenue"), ("学院路", "Xueyuan", "Road"), ("长安街", "Chang'an", "Street"),
                       ("高新南一道", "Gaoxin South 1st", "Road"), ("软件园路", "Ruanjianyuan", "Road")]},
    "HK": {"cities": [("Central", ""), ("Wan Chai", ""), ("Causeway Bay", ""), ("Tsim Sha Tsui", "Kowloon"),
                      ("Kwun Tong", "Kowloon"), ("Mong Kok", "Kowloon"), ("Sheung Wan", ""), ("Admiralty", ""),
                      ("Kowloon Bay", "Kowloon"), ("Sha Tin", "New Territories")],
           "streets": [("Queen's Road Central", "Queen's Rd C."), ("Des Voeux Road Central", "Des Voeux Rd C."),
                       ("Hennessy Road", "Hennessy Rd"), ("Nathan Road", "Nathan Rd"), ("Canton Road", "Canton Rd"),
                       ("Hoi Bun Road", "Hoi Bun Rd"), ("Connaught Road Central", "Connaught Rd C."),
                       ("Lockhart Road", "Lockhart Rd"), ("How Ming Street", "How Ming St"),
                       ("Wing Lok Street", "Wing Lok St"), ("Wai Yip Street", "Wai Yip St"),
                       ("Gloucester Road", "Gloucester Rd"), ("Jaffe Road", "Jaffe Rd")]},
    "SG": {"streets": [("Anson Road", "Anson Rd"), ("Robinson Road", "Robinson Rd"), ("Cecil Street", "Cecil St"),
                       ("Shenton Way", "Shenton Way"), ("Ubi Avenue 1", "Ubi Ave 1"),
                       ("Jurong East Street 21", "Jurong East St 21"), ("Kaki Bukit Road 3", "Kaki Bukit Rd 3"),
                       ("Changi Business Park Central 1", "Changi Business Pk Ctrl 1"),
                       ("North Bridge Road", "North Bridge Rd"), ("Beach Road", "Beach Rd"),
                       ("Tai Seng Street", "Tai Seng St"), ("Science Park Road", "Science Park Rd"),
                       ("Woodlands Loop", "Woodlands Loop"), ("Pasir Panjang Road", "Pasir Panjang Rd")]},
    "AE": {"cities": [("Dubai", ["Business Bay", "Jumeirah Lake Towers", "DIFC", "Deira", "Al Barsha",
                                 "Dubai Silicon Oasis", "Dubai Internet City", "Dubai Media City"]),
                      ("Abu Dhabi", ["Al Reem Island", "Khalifa City", "Al Maryah Island", "Mussafah"]),
                      ("Sharjah", ["Al Majaz", "SAIF Zone", "Al Nahda"])],
           "streets": [("Sheikh Zayed Road", "SZR"), ("Al Maktoum Road", "Al Maktoum Rd"),
                       ("Al Wasl Road", "Al Wasl Rd"), ("Al Khaleej Road", "Al Khaleej Rd"),
                       ("Hamdan Street", "Hamdan St"), ("Corniche Road", "Corniche Rd"),
                       ("Al Sa'ada Street", "Al Saada St"), ("Umm Hurair Road", "Umm Hurair Rd")]},
    "RU": {"cities": [("Москва", ["Moscow", "Moskva"], "1"), ("Санкт-Петербург", ["Saint Petersburg", "St. Petersburg", "Sankt-Peterburg"], "19"),
                      ("Новосибирск", ["Novosibirsk"], "630"), ("Екатеринбург", ["Yekaterinburg", "Ekaterinburg"], "620"),
                      ("Казань", ["Kazan"], "420")],
           "streets": [("ул.", "Тверская"), ("ул.", "Ленина"), ("пр-т", "Мира"), ("пр-т", "Ленинградский"),
                       ("ул.", "Большая Якиманка"), ("пр-т", "Невский"), ("ул.", "Садовая"),
                       ("ул.", "Профсоюзная"), ("ул.", "Новый Арбат"), ("пр-т", "Кутузовский"),
                       ("ул.", "Пресненская набережная"), ("ул.", "Ботаническая"), ("пер.", "Гагаринский"),
                       ("ш.", "Варшавское"), ("ул.", "Щербакова")]},
    "KZ": {"cities": [("Алматы", ["Almaty", "Alma-Ata"], "050"), ("Астана", ["Astana", "Nur-Sultan"], "010"),
                      ("Шымкент", ["Shymkent"], "160")],
           "streets": [("пр.", "Абая"), ("ул.", "Толе би"), ("пр.", "Аль-Фараби"), ("ул.", "Кунаева"),
                       ("пр.", "Достык"), ("ул.", "Сатпаева"), ("пр.", "Республики"), ("ул.", "Кабанбай батыра"),
                       ("ул.", "Жандосова"), ("пр.", "Мангилик Ел")]},
    "US": {"cities": [("San Francisco", "CA", "941"), ("New York", "NY", "100"), ("Wilmington", "DE", "198"),
                      ("Austin", "TX", "787"), ("Seattle", "WA", "981"), ("Palo Alto", "CA", "943"),
                      ("Dover", "DE", "199"), ("Sheridan", "WY", "828"), ("Las Vegas", "NV", "891"),
                      ("Miami", "FL", "331"), ("Chicago", "IL", "606"), ("Boston", "MA", "021"),
                      ("San Jose", "CA", "951"), ("Los Angeles", "CA", "900")],
           "streets": [("Market", "Street"), ("Main", "Street"), ("Broadway", ""), ("Congress", "Avenue"),
                       ("Pine", "Street"), ("University", "Avenue"), ("5th", "Avenue"), ("Lexington", "Avenue"),
                       ("Mission", "Street"), ("Brickell", "Avenue"), ("Wacker", "Drive"), ("Orange", "Street"),
                       ("Sunset", "Boulevard"), ("Howard", "Street"), ("El Camino Real", ""), ("Page Mill", "Road"),
                       ("Lake", "Street"), ("Delaware", "Avenue"), ("Spring", "Street"), ("Oak", "Lane")]},
    "DE": {"cities": [(["Berlin"], "1"), (["München", "Muenchen", "Munich"], "8"), (["Hamburg"], "2"),
                      (["Frankfurt am Main", "Frankfurt a.M.", "Frankfurt"], "6"), (["Köln", "Koeln", "Cologne"], "5"),
                      (["Düsseldorf", "Duesseldorf"], "4")],
           "streets": ["Friedrich", "Haupt", "Bahnhof", "Leopold", "Schiller", "Goethe", "Tor", "Invaliden",
                       "Garten", "Linden", "Berliner ", "Kaiser", "Münchner ", "Schloss", "Industrie", "Wiesen"]},
    "GB": {"cities": [("London", ["EC1A", "EC2A", "EC4M", "W1U", "W1F", "WC2H", "N1", "E1", "SE1", "SW1A"]),
                      ("Manchester", ["M1", "M2", "M3", "M4"]), ("Birmingham", ["B1", "B2", "B3"]),
                      ("Edinburgh", ["EH1", "EH2", "EH3"]), ("Cambridge", ["CB1", "CB2", "CB4"]),
                      ("Bristol", ["BS1", "BS2"])],
           "streets": [("Baker", "Street"), ("Oxford", "Street"), ("Old", "Street"), ("City", "Road"),
                       ("Great Portland", "Street"), ("Shelton", "Street"), ("Deansgate", ""), ("Broad", "Street"),
                       ("Princes", "Street"), ("Regent", "Street"), ("Victoria", "Street"), ("Kingsway", ""),
                       ("High", "Street"), ("Station", "Road"), ("Church", "Lane"), ("Hills", "Road"),
                       ("Borough High", "Street"), ("Curtain", "Road"), ("Tabernacle", "Street")]},
    "MY": {"cities": [("Kuala Lumpur", "5", "Wilayah Persekutuan"), ("Petaling Jaya", "46", "Selangor"),
                      ("Cyberjaya", "63", "Selangor"), ("George Town", "10", "Pulau Pinang"),
                      ("Johor Bahru", "80", "Johor"), ("Shah Alam", "40", "Selangor")],
           "streets": ["Sultan Ismail", "Ampang", "Tun Razak", "Bukit Bintang", "Raja Chulan", "SS 21/37",
                       "PJU 7/3", "Teknokrat 5", "Puchong", "Kerinchi", "Stesen Sentral 5", "Semantan"]},
    "TR": {"cities": [("İstanbul", ["Şişli", "Beşiktaş", "Kadıköy", "Ataşehir", "Sarıyer"], "34"),
                      ("Ankara", ["Çankaya", "Yenimahalle"], "06"), ("İzmir", ["Konak", "Bornova"], "35")],
           "streets": [("Büyükdere", "Cad."), ("Barbaros", "Bulvarı"), ("İstiklal", "Cad."), ("Atatürk", "Bulvarı"),
                       ("Halaskargazi", "Cad."), ("Bağdat", "Cad."), ("Cumhuriyet", "Cad."), ("Kızılırmak", "Sok."),
                       ("Eski Büyükdere", "Cad."), ("Ankara", "Cad.")],
           "mah": ["Esentepe", "Levent", "Maslak", "Mecidiyeköy", "Kavacık", "Kozyatağı", "Atatürk",
                   "Kızılay", "Alsancak", "Fulya"]},
    "IN": {"cities": [(["Bengaluru", "Bangalore"], "Karnataka", "560"), (["Mumbai", "Bombay"], "Maharashtra", "400"),
                      (["New Delhi", "Delhi"], "Delhi", "110"), (["Hyderabad"], "Telangana", "500"),
                      (["Pune"], "Maharashtra", "411"), (["Gurugram", "Gurgaon"], "Haryana", "122"),
                      (["Chennai", "Madras"], "Tamil Nadu", "600"), (["Noida"], "Uttar Pradesh", "201")],
           "streets": [("MG Road", "Mahatma Gandhi Road"), ("Outer Ring Road", "ORR"), ("Bandra Kurla Complex", "BKC"),
                       ("Nehru Place", "Nehru Place"), ("Hitech City Road", "HITEC City Rd"),
                       ("Cyber City", "DLF Cyber City"), ("Sector 44", "Sec-44"), ("Whitefield Main Road", "Whitefield Rd"),
                       ("Old Madras Road", "Old Madras Rd"), ("Anna Salai", "Mount Road"), ("Baner Road", "Baner Rd"),
                       ("Sohna Road", "Sohna Rd"), ("Sector 62", "Sec-62"), ("Lower Parel", "Senapati Bapat Marg")]},
    "NL": {"cities": [(["Amsterdam"], "10"), (["Rotterdam"], "30"), (["Utrecht"], "35"),
                      (["Den Haag", "The Hague", "'s-Gravenhage"], "25"), (["Eindhoven"], "56")],
           "streets": ["Keizersgracht", "Herengracht", "Prinsengracht", "Zuidplein", "Strawinskylaan", "Weena",
                       "Coolsingel", "Stationsplein", "Piet Heinkade", "Barbara Strozzilaan", "Kanaalweg",
                       "Marconistraat", "Hoofdweg", "Stadhouderskade", "Laan van Nieuw Oost-Indië"]},
}
BLD_WORDS = ["Prosperity", "Harbour", "Golden", "Silver", "Pacific", "Grand", "Century", "Fortune",
             "Wisdom", "Unity", "Summit", "Crystal", "Oriental", "Ocean", "Jade", "Horizon", "Pearl",
             "Royal", "Imperial", "Metro", "Landmark", "Capital", "Emerald", "Phoenix", "Liberty"]
BLD_TYPES = ["Tower", "Centre", "Plaza", "Building", "House", "Commercial Building", "Court", "Square"]
MY_BLD = ["Menara", "Wisma", "Plaza", "Kompleks"]
CN_BLD = [("A座", "Block A", "Tower A"), ("B座", "Block B", "Tower B"), ("C座", "Block C", "Tower C"),
          ("1栋", "Building 1", "Bldg 1"), ("2栋", "Building 2", "Bldg 2"), ("", "", "")]

_aid = [0]


def new_address(ctry, multi=False, bld_of=None):
    """Structured address. multi: multi-tenant building (floor+unit always set).
    bld_of: copy the building of this address but choose another floor/unit."""
    _aid[0] += 1
    if bld_of is not None:
        a = dict(bld_of)
        a["id"] = "A%d" % _aid[0]
        fl = a["fl"]
        while fl == a["fl"]:
            fl = rng.randint(2, 40)
        a["fl"] = fl
        a["unit"] = unit_for(ctry, fl)
        return addr_unique(a)
    D = ADDR[ctry]
    a = {"id": "A%d" % _aid[0], "c": ctry, "no": rng.randint(1, 400) if not chance(0.2) else rng.randint(1, 30)}
    a["st"] = rng.randrange(len(D["streets"]))
    if "cities" in D:
        a["city"] = rng.randrange(len(D["cities"]))
    a["sub"] = rng.randrange(10)  # district / area index
    a["bld"] = "%s %s" % (pick(BLD_WORDS), pick(BLD_TYPES)) if (multi or chance(0.6)) else None
    a["cnb"] = rng.randrange(len(CN_BLD))
    if ctry == "MY":
        a["bld"] = "%s %s" % (pick(MY_BLD), pick(BLD_WORDS))
    if multi or chance(0.75):
        a["fl"] = rng.randint(1, 45)
        a["unit"] = unit_for(ctry, a["fl"])
    else:
        a["fl"] = None
        a["unit"] = None
    a["pc"] = postcode(ctry, a)
    a["pobox"] = nzdigits(5) if ctry == "AE" else None
    return addr_unique(a)


USED_ADDR = set()


def addr_unique(a):
    """Distinct address objects never denote the same premises (street, number, unit)."""
    while True:
        k = (a["c"], a.get("city"), a["st"], a["no"], a["unit"])
        if k not in USED_ADDR:
            USED_ADDR.add(k)
            return a
        if a["unit"] is not None and chance(0.5):
            a["unit"] = unit_for(a["c"], a["fl"])
        else:
            a["no"] = rng.randint(1, 999)


def unit_for(ctry, fl):
    if ctry in ("CN", "AE", "IN", "TR", "RU", "KZ"):
        return "%d%02d" % (fl, rng.randint(1, 30))
    if ctry == "HK":
        return pick("ABCDEFGH") if chance(0.5) else "%02d" % rng.randint(1, 30)
    if ctry in ("SG", "MY"):
        return "%02d" % rng.randint(1, 40)
    if ctry == "GB":
        return str(rng.randint(1, 20)) if chance(0.6) else "%d.%02d" % (fl, rng.randint(1, 20))
    if ctry == "US":
        return "%d%02d" % (fl, rng.randint(0, 30))
    return str(fl)  # DE / NL: one office per floor, rendered as the floor


def postcode(ctry, a):
    D = ADDR[ctry]
    if ctry == "CN":
        return D["cities"][a["city"]][2] + digits(3)
    if ctry == "SG":
        return "%02d%s" % (rng.randint(1, 82), digits(4))
    if ctry == "RU":
        p = D["cities"][a["city"]][2]
        return (p + digits(6))[:6] if len(p) > 1 else "1" + "%02d" % rng.randint(1, 29) + digits(3)
    if ctry == "KZ":
        return D["cities"][a["city"]][2] + digits(3)
    if ctry == "US":
        z = D["cities"][a["city"]][2] + digits(2)
        return z
    if ctry == "DE":
        return D["cities"][a["city"]][1] + digits(4)
    if ctry == "GB":
        return pick(D["cities"][a["city"]][1]) + " " + str(rng.randint(1, 9)) + pick("ABDEFGHJLNPQRSTUWXYZ") + pick("ABDEFGHJLNPQRSTUWXYZ")
    if ctry == "MY":
        p = D["cities"][a["city"]][1]
        return (p + digits(5))[:5]
    if ctry == "TR":
        return D["cities"][a["city"]][2] + digits(3)
    if ctry == "IN":
        return D["cities"][a["city"]][2] + digits(3)
    if ctry == "NL":
        return D["cities"][a["city"]][1] + digits(2) + " " + pick("ABCDEGHJKLMNPRSTVWXZ") + pick("ABCDEGHJKLMNPRSTVWXZ")
    return ""


ST_ABBR = {"Street": ["St", "St.", "Str."], "Road": ["Rd", "Rd."], "Avenue": ["Ave", "Ave.", "Av."],
           "Drive": ["Dr", "Dr."], "Boulevard": ["Blvd", "Blvd."], "Lane": ["Ln", "Ln."]}


def st_type(t):
    if not t:
        return ""
    if chance(0.45) and t in ST_ABBR:
        return " " + pick(ST_ABBR[t])
    return " " + t


def render_address(a):
    c = a["c"]
    s = ADDR_RENDER[c](a, ADDR[c])
    r = rng.random()
    if r < 0.05:
        s = s.upper()
    elif r < 0.08:
        s = typo(s)
    elif r < 0.1:
        s = s.replace(",", "")
    return ws_noise(s)


def r_cn(a, D):
    city = D["cities"][a["city"]]
    dist = city[3][a["sub"] % len(city[3])]
    st = D["streets"][a["st"]]
    b = CN_BLD[a["cnb"]]
    if chance(0.45):
        s = ("" if chance(0.6) else a["pc"] + " ") + ("中国" if chance(0.3) else "")
        s += "%s市%s区%s%d号" % (city[0], dist[0], st[0], a["no"])
        if a["unit"]:
            s += b[0]
            if chance(0.5):
                s += "%d层" % a["fl"]
            s += "%s室" % a["unit"]
        return s
    parts = []
    if a["unit"]:
        parts.append("%s %s" % (pick(["Room", "Rm", "Rm.", "Unit", "Room"]), a["unit"]))
        if chance(0.3):
            parts.append(pick(["%d/F", "%dF", "Floor %d"]) % a["fl"])
        if b[1]:
            parts.append(pick(b[1:]))
    stt = st[2] if chance(0.6) else (pick(ST_ABBR[st[2]]) if st[2] in ST_ABBR else st[2])
    if chance(0.5):
        parts.append("No. %d %s %s" % (a["no"], st[1], stt))
    else:
        parts.append("%d %s %s" % (a["no"], st[1], stt))
    parts.append("%s %s" % (dist[1], pick(["District", "District", "Dist.", "Qu"])))
    tail = city[1]
    if chance(0.6):
        tail += " " + a["pc"]
    parts.append(tail)
    if chance(0.6):
        parts.append(pick(["China", "P.R. China", "PRC", "P.R.C.", "China"]))
    return ", ".join(parts)


def r_hk(a, D):
    dist, region = D["cities"][a["city"]]
    st = D["streets"][a["st"]]
    parts = []
    if a["unit"]:
        u = a["unit"]
        r = rng.random()
        if r < 0.3:
            parts.append("Flat %s" % u)
        elif r < 0.5:
            parts.append("Room %s" % u)
        elif r < 0.65:
            parts.append("Rm %s" % u)
        elif r < 0.8:
            parts.append("Unit %s" % u)
        else:
            parts.append("Flat/Rm %s" % u)
        fl = a["fl"]
        parts.append(pick(["%d/F" % fl, "%dF" % fl, "%s Floor" % ordinal(fl), "%d/F." % fl]))
    if a["bld"]:
        parts.append(a["bld"])
    parts.append("%d %s" % (a["no"], st[0] if chance(0.6) else st[1]))
    parts.append(dist)
    if region and chance(0.6):
        parts.append(region)
    parts.append(pick(["Hong Kong", "Hong Kong", "HK", "Hong Kong SAR", "H.K."]))
    s = ", ".join(parts)
    if chance(0.15):
        s = s.replace(", ", " ", 1)
    return s


def r_sg(a, D):
    st = D["streets"][a["st"]]
    stn = st[0] if chance(0.6) else st[1]
    unit = ""
    if a["unit"]:
        fl, u = a["fl"], a["unit"]
        r = rng.random()
        if r < 0.5:
            unit = "#%02d-%s" % (fl, u)
        elif r < 0.65:
            unit = "# %02d - %s" % (fl, u)
        elif r < 0.8:
            unit = "Unit %02d-%s" % (fl, u)
        elif r < 0.9:
            unit = "%02d-%s" % (fl, u)
        else:
            unit = "#%d-%s" % (fl, u)
    bld = a["bld"] or ""
    pc = pick(["Singapore %s" % a["pc"], "Singapore %s" % a["pc"], "S(%s)" % a["pc"], "S%s" % a["pc"],
               "SG %s" % a["pc"], "Singapore"])
    r = rng.random()
    if r < 0.5:
        s = "%d %s, %s %s, %s" % (a["no"], stn, unit, bld, pc)
    elif r < 0.8:
        s = "%s, %s, %d %s, %s" % (bld, unit, a["no"], stn, pc)
    else:
        s = "%s %s %d %s %s" % (unit, bld, a["no"], stn, pc)
    return " ".join(s.replace(" ,", ",").replace(", ,", ",").split()).strip(", ")


def r_ae(a, D):
    city, areas = D["cities"][a["city"]]
    area = areas[a["sub"] % len(areas)]
    st = D["streets"][a["st"]]
    parts = []
    if a["unit"]:
        parts.append(pick(["Office %s", "Office No. %s", "Unit %s", "Ofc %s", "Office #%s", "Suite %s"]) % a["unit"])
        if chance(0.5):
            parts.append(pick(["%s Floor" % ordinal(a["fl"]), "Floor %d" % a["fl"], "Flr %d" % a["fl"], "Level %d" % a["fl"]]))
    if a["bld"]:
        parts.append(a["bld"])
    if not (a["unit"] and a["bld"]) or chance(0.6):
        parts.append(pick(["Plot No. %d", "Building %d", "Bldg %d", "Plot %d"]) % a["no"])
    parts.append(st[0] if chance(0.7) else st[1])
    parts.append(area)
    if chance(0.35):
        parts.append(pick(["P.O. Box %s", "PO Box %s", "P.O.Box %s", "POB %s"]) % a["pobox"])
    parts.append(city)
    parts.append(pick(["UAE", "United Arab Emirates", "U.A.E.", "UAE", ""]))
    return ", ".join(x for x in parts if x)


def r_ru(a, D):
    cyr_city, lat_cities, _ = D["cities"][a["city"]]
    typ, name = D["streets"][a["st"]]
    cyr = (a["c"] in ("RU", "KZ") and chance(0.55)) or chance(0.05)
    if cyr:
        parts = []
        if chance(0.6):
            parts.append(a["pc"])
        parts.append(pick(["г. ", "г.", ""]) + cyr_city)
        parts.append("%s %s" % (typ, name))
        parts.append(pick(["д. %d", "д.%d", "дом %d", "%d"]) % a["no"])
        if a["unit"]:
            parts.append(pick(["офис %s", "оф. %s", "офис %s", "пом. %s"]) % a["unit"])
        if chance(0.4) and a["pc"] not in parts:
            parts.append(a["pc"])
        return ", ".join(parts)
    sch = TR_SCHEMES[wchoice(TR_SCHEME_W)]
    nm = translit(name, sch)
    styp = {"ул.": ["ul.", "ulitsa", "St.", "Street", "str."], "пр-т": ["pr-t", "prospekt", "Ave.", "Avenue", "prosp."],
            "пр.": ["pr.", "prospekt", "Ave.", "Avenue", "prosp."], "пер.": ["per.", "pereulok", "Lane"],
            "ш.": ["sh.", "shosse", "Highway"]}[typ]
    t = pick(styp)
    parts = []
    if t[0].isupper():
        parts.append("%d %s %s" % (a["no"], nm, t))
    else:
        parts.append("%s %s" % (t, nm))
        parts.append(pick(["d. %d", "bld. %d", "%d", "house %d"]) % a["no"])
    if a["unit"]:
        parts.append(pick(["office %s", "of. %s", "office %s", "Office %s", "room %s"]) % a["unit"])
    city = pick(lat_cities)
    parts.append(city + ((" " + a["pc"]) if chance(0.6) else ""))
    if chance(0.5):
        parts.append("Russia" if a["c"] == "RU" else pick(["Kazakhstan", "Republic of Kazakhstan"]))
    return ", ".join(parts)


def r_us(a, D):
    city, stt, _ = D["cities"][a["city"]]
    sname, stype = D["streets"][a["st"]]
    if sname == "5th" and chance(0.3):
        sname = "Fifth"
    line = "%d %s%s" % (a["no"], sname, st_type(stype))
    parts = [line]
    if a["unit"]:
        u = a["unit"]
        parts.append(pick(["Suite %s", "Ste %s", "Ste. %s", "#%s", "Unit %s", "Suite %s"]) % u)
    elif a["fl"]:
        parts.append(pick(["Floor %d" % a["fl"], "%s Floor" % ordinal(a["fl"]), "Fl %d" % a["fl"]]))
    zipc = a["pc"]
    r = rng.random()
    if r < 0.12:
        zipc += "-" + "%04d" % (int(a["pc"]) % 9973)
    elif r < 0.22:
        zipc = ""
    tail = "%s, %s %s" % (city, stt, zipc)
    parts.append(tail.strip())
    if chance(0.2):
        parts.append(pick(["USA", "United States", "US"]))
    s = ", ".join(parts)
    if chance(0.2):
        s = s.replace(", Suite", " Suite").replace(", Ste", " Ste").replace(", #", " #")
    return s


def r_de(a, D):
    cities, _ = D["cities"][a["city"]]
    base = D["streets"][a["st"]]
    if base.endswith(" "):
        street = base + pick(["Straße", "Str.", "Strasse"])
    else:
        street = base + pick(["straße", "straße", "str.", "strasse"])
    street = street if chance(0.85) else street.translate(DE_TR)
    parts = ["%s %d" % (street, a["no"])]
    if a["unit"]:
        r = rng.random()
        if r < 0.4:
            parts.append("%d. OG" % a["fl"])
        elif r < 0.6:
            parts.append("%d. Etage" % a["fl"])
        elif r < 0.8:
            parts.append("Büro %s, %d. OG" % (a["unit"], a["fl"]))
        else:
            parts.append("%d. Obergeschoss" % a["fl"])
    city = pick(cities)
    parts.append(("%s %s" % (a["pc"], city)) if chance(0.85) else ("D-%s %s" % (a["pc"], city)))
    if chance(0.3):
        parts.append(pick(["Germany", "Deutschland", "DE"]))
    return ", ".join(parts)


def r_gb(a, D):
    city, _ = D["cities"][a["city"]]
    sname, stype = D["streets"][a["st"]]
    parts = []
    if a["unit"]:
        u = a["unit"]
        if "." in u:
            parts.append(pick(["Suite %s", "Office %s", "Suite %s"]) % u)
        else:
            parts.append(pick(["Flat %s", "Unit %s", "Office %s", "Suite %s"]) % u)
            if chance(0.4):
                parts.append(pick(["%s Floor" % ordinal(a["fl"]), "Floor %d" % a["fl"]]))
    if a["bld"] and chance(0.7):
        parts.append(a["bld"])
    parts.append("%d %s%s" % (a["no"], sname, st_type(stype)))
    pc = a["pc"] if chance(0.8) else a["pc"].replace(" ", "")
    r = rng.random()
    if r < 0.6:
        parts.append(city)
        parts.append(pc)
    elif r < 0.85:
        parts.append("%s %s" % (city, pc))
    else:
        parts.append(city)
    if chance(0.25):
        parts.append(pick(["United Kingdom", "UK", "England", "U.K."]))
    return ", ".join(parts)


def r_my(a, D):
    city, _, state = D["cities"][a["city"]]
    st = D["streets"][a["st"]]
    parts = []
    if a["unit"]:
        r = rng.random()
        if r < 0.3:
            parts.append("Level %d" % a["fl"])
            parts.append("Unit %s" % a["unit"])
        elif r < 0.5:
            parts.append("Suite %d-%s" % (a["fl"], a["unit"]))
        elif r < 0.65:
            parts.append("Lot %d.%s" % (a["fl"], a["unit"]))
        elif r < 0.8:
            parts.append("Unit %d-%s, Level %d" % (a["fl"], a["unit"], a["fl"]))
        else:
            parts.append("Tingkat %d, Unit %s" % (a["fl"], a["unit"]))
    if a["bld"]:
        parts.append(a["bld"])
    parts.append("%s %d, %s %s" % (pick(["No.", "No", ""]), a["no"], pick(["Jalan", "Jalan", "Jln", "Jln."]), st))
    if chance(0.85):
        parts.append("%s %s" % (a["pc"], city))
    else:
        parts.append(city)
    if chance(0.5):
        parts.append(state if chance(0.7) else {"Wilayah Persekutuan": "W.P. Kuala Lumpur"}.get(state, state))
    if chance(0.3):
        parts.append("Malaysia")
    return ", ".join(p.strip() for p in parts)


def r_tr(a, D):
    city, dists, _ = D["cities"][a["city"]]
    dist = dists[a["sub"] % len(dists)]
    sname, stype = D["streets"][a["st"]]
    mah = D["mah"][a["sub"]]
    full = {"Cad.": "Caddesi", "Sok.": "Sokak", "Bulvarı": "Bulvarı"}[stype]
    s = "%s %s %s %s" % (mah, pick(["Mah.", "Mahallesi", "Mh."]), sname, stype if chance(0.6) else full)
    s += " " + pick(["No:%d", "No: %d", "No.%d", "No %d"]) % a["no"]
    if a["unit"]:
        s += " " + pick(["Kat:%d", "Kat %d", "K:%d", "K.%d"]) % a["fl"]
        s += " " + pick(["D:%s", "Daire %s", "D.%s", "No:%s"]) % a["unit"]
    tail = "%s %s/%s" % (a["pc"], dist, city) if chance(0.8) else "%s / %s" % (dist, city)
    s += " " + tail
    if chance(0.2):
        s += pick([", Türkiye", ", Turkey", " TR"])
    if chance(0.25):
        s = strip_diacritics(s)
    return s


def r_in(a, D):
    cities, state, _ = D["cities"][a["city"]]
    st = D["streets"][a["st"]]
    parts = []
    if a["unit"]:
        parts.append(pick(["Unit %s", "Office No. %s", "Flat No. %s", "Unit No. %s", "#%s", "Office %s"]) % a["unit"])
        if chance(0.6):
            parts.append(pick(["%s Floor" % ordinal(a["fl"]), "%s Flr" % ordinal(a["fl"]), "Floor %d" % a["fl"]]))
    if a["bld"]:
        parts.append(a["bld"])
    if chance(0.5):
        parts.append("%d, %s" % (a["no"], pick(st)))
    else:
        parts.append(pick(st))
        parts.append("Plot No. %d" % a["no"])
    city = pick(cities)
    r = rng.random()
    if r < 0.4:
        parts.append("%s, %s %s" % (city, state, a["pc"]))
    elif r < 0.6:
        parts.append("%s - %s" % (city, a["pc"]))
    elif r < 0.8:
        parts.append("%s, %s - %s" % (city, state, a["pc"]))
    else:
        parts.append("%s, %s" % (city, state))
    if chance(0.3):
        parts.append("India")
    return ", ".join(parts)


def r_nl(a, D):
    cities, _ = D["cities"][a["city"]]
    st = D["streets"][a["st"]]
    line = "%s %d" % (st, a["no"])
    if a["unit"]:
        fl = a["fl"] if a["fl"] < 9 else int(a["unit"])
        r = rng.random()
        if r < 0.35:
            line += "-%d" % fl
        elif r < 0.5:
            line += " %d hoog" % fl
        elif r < 0.65:
            line += " %de verdieping" % fl
        elif r < 0.8:
            line += ", unit %d" % fl
        else:
            line += " %s" % ("I II III IV V VI VII VIII IX X XI XII".split()[(fl - 1) % 12])
    pc = a["pc"] if chance(0.7) else a["pc"].replace(" ", "")
    s = "%s, %s %s" % (line, pc, pick(cities))
    if chance(0.25):
        s += pick([", Nederland", ", Netherlands", ", The Netherlands", ", NL"])
    return s


ADDR_RENDER = {"CN": r_cn, "HK": r_hk, "SG": r_sg, "AE": r_ae, "RU": r_ru, "KZ": r_ru, "US": r_us,
               "DE": r_de, "GB": r_gb, "MY": r_my, "TR": r_tr, "IN": r_in, "NL": r_nl}

# --------------------------------------------------------------------------
# registration ids, company names, domains, fingerprints

CN_REGION = ["440300", "110105", "310115", "330106", "510100", "440106", "320505", "420100"]
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
DE_COURT = ["Charlottenburg", "München", "Hamburg", "Frankfurt am Main", "Köln", "Düsseldorf"]


def new_regid(ctry):
    if ctry == "CN":
        return "91" + pick(CN_REGION) + "".join(pick(USCC_CH) for _ in range(10))
    if ctry == "HK":
        return str(rng.randint(1000000, 3399999))
    if ctry == "SG":
        return "%d%05d%s" % (rng.randint(1995, 2024), rng.randint(0, 99999), pick("CDEGHKMNRWZ"))
    if ctry == "AE":
        return pick(["CN-%07d", "DMCC-%06d", "IFZA-%05d", "L-%06d", "%d"]) % rng.randint(10000, 999999)
    if ctry == "RU":
        body = "1" + pick(["02", "15", "17", "18", "19", "20", "21", "22"]) + pick(["77", "78", "50", "54", "66", "16"]) + digits(7)
        return body + str(int(body) % 11 % 10)
    if ctry == "KZ":
        return "%02d%02d4%s" % (rng.randint(5, 23), rng.randint(1, 12), digits(7))
    if ctry == "US":
        return "%02d-%07d" % (rng.randint(10, 99), rng.randint(0, 9999999))
    if ctry == "DE":
        return "HRB %d|%s" % (rng.randint(10000, 299999), pick(DE_COURT))
    if ctry == "GB":
        if chance(0.1):
            return pick(["SC", "OC", "NI"]) + "%06d" % rng.randint(0, 999999)
        return "%08d" % rng.randint(1000000, 15999999)
    if ctry == "MY":
        y = rng.randint(2019, 2024)
        return "%d01%06d|%d-%s" % (y, rng.randint(0, 999999), rng.randint(100000, 1599999), pick("ADHKMPTUVWX"))
    if ctry == "TR":
        return "0" + digits(15)
    if ctry == "IN":
        return "U%s%s%dPTC%06d" % (pick(["72900", "74999", "72200", "62099", "51909"]),
                                   pick(["KA", "MH", "DL", "TG", "HR", "TN", "UP"]), rng.randint(1995, 2024),
                                   rng.randint(0, 999999))
    if ctry == "NL":
        return "%08d" % rng.randint(10000000, 99999999)
    return digits(10)


def render_regid(ctry, rid):
    r = rng.random()
    if ctry == "DE":
        num, court = rid.split("|")
        if r < 0.4:
            return num
        if r < 0.7:
            return "Amtsgericht %s %s" % (court, num)
        if r < 0.85:
            return num.replace(" ", "")
        return "%s (AG %s)" % (num, court)
    if ctry == "MY":
        new, old = rid.split("|")
        if r < 0.45:
            return "%s (%s)" % (new, old)
        if r < 0.8:
            return new
        return old
    if ctry == "RU":
        return rid if r < 0.6 else pick(["ОГРН %s", "OGRN %s", "OGRN: %s"]) % rid
    if ctry == "HK":
        return rid if r < 0.7 else pick(["CR No. %s", "CR %s", "BR %s"]) % rid
    if ctry == "US":
        return rid if r < 0.7 else rid.replace("-", "")
    if ctry == "GB":
        return rid if r < 0.7 else (rid.lstrip("0") if r < 0.85 else "Company No. " + rid)
    if ctry == "NL":
        return rid if r < 0.6 else "KvK " + rid
    if ctry == "TR":
        return rid if r < 0.7 else "MERSİS " + rid
    if ctry == "CN" and r < 0.1:
        return rid.lower()
    return rid


LEGAL = {
    "CN": [["Co., Ltd.", "Co., Ltd", "Co. Ltd.", "Co Ltd", "Company Limited", "CO.,LTD", "Co.,Ltd."]],
    "HK": [["Limited", "Ltd", "Ltd.", "LIMITED", "Limited"], ["Company Limited", "Co. Ltd", "Co., Limited"],
           ["(HK) Limited", "(H.K.) Ltd", "HK Limited", "(Hong Kong) Limited"]],
    "SG": [["Pte. Ltd.", "Pte Ltd", "Private Limited", "PTE. LTD.", "Pte. Ltd", "Pte Ltd."]],
    "AE": [["FZE", "FZE", "F.Z.E."], ["FZCO", "FZ CO", "FZCO"], ["FZ-LLC", "FZ LLC", "FZLLC"],
           ["LLC", "L.L.C.", "LLC", "L.L.C"], ["DMCC", "DMCC", "D.M.C.C."]],
    "RU": [["ООО", "OOO", "LLC", "ООО"], ["АО", "AO", "JSC"]],
    "KZ": [["ТОО", "TOO", "LLP"]],
    "US": [["Inc.", "Inc", "Incorporated", "INC."], ["LLC", "L.L.C.", "LLC", "Llc"], ["Corp.", "Corporation", "Corp"]],
    "DE": [["GmbH", "GmbH", "Gmbh", "GMBH"], ["UG (haftungsbeschränkt)", "UG (haftungsbeschraenkt)", "UG"],
           ["AG", "AG"], ["GmbH & Co. KG", "GmbH & Co KG"]],
    "GB": [["Ltd", "Limited", "LTD", "Ltd.", "Limited"], ["LLP", "L.L.P."], ["Plc", "PLC", "plc"]],
    "MY": [["Sdn. Bhd.", "Sdn Bhd", "SDN. BHD.", "Sdn Bhd.", "Sendirian Berhad"], ["Berhad", "Bhd", "Bhd."]],
    "TR": [["A.Ş.", "A.S.", "Anonim Şirketi", "AŞ"], ["Ltd. Şti.", "Ltd. Sti.", "Limited Şirketi", "Ltd.Şti."]],
    "IN": [["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "Pvt. Ltd", "(P) Ltd", "PRIVATE LIMITED"], ["LLP", "L.L.P."],
           ["Limited", "Ltd"]],
    "NL": [["B.V.", "BV", "B.V", "Besloten Vennootschap"], ["N.V.", "NV"]],
}
IND = ["Technologies", "Technology", "Data", "Cloud", "Analytics", "Systems", "Labs", "AI", "Computing",
       "Networks", "Software", "Digital", "Robotics", "Logistics", "Trading", "Consulting", "Capital",
       "Media", "Semiconductor", "Electronics", "Solutions", "Ventures", "Research", "Intelligence",
       "Compute", "Info Tech", "Holdings", "Global", "International", "Services", "Dynamics",
       "Interactive", "Innovations", "Partners", "Engineering", "Biotech", "Games", "Security"]
PREFIX = ["Blue", "North", "Silver", "Bright", "Pacific", "Atlas", "Summit", "Crest", "Iron", "Clear",
          "Swift", "Golden", "Red", "Green", "Prime", "True", "Sky", "Stone", "Oak", "River", "Harbor",
          "Eagle", "Falcon", "Lotus", "Jade", "Dragon", "Phoenix", "Star", "East", "West", "New",
          "First", "Grand", "Royal", "United", "Smart", "Deep", "Open", "Bold", "Polar"]
SYL = ["zen", "trix", "quor", "vane", "lum", "ora", "vex", "nor", "ion", "kal", "dex", "tra", "vio",
       "nex", "sol", "mar", "tal", "cor", "bri", "vo", "lyn", "ax", "ent", "sys", "ra", "ko", "pix",
       "zor", "ly", "qua", "sen", "ter", "gon", "tek", "vis", "mi", "dra", "fin", "rex", "sta",
       "bel", "cro", "dyn", "el", "fa", "gra", "hal", "jun", "kin", "lex", "mo", "neo", "om", "pra"]
GENERIC = ["Global Tech Solutions", "Asia Pacific Trading", "Smart Cloud Technology", "Digital Solutions",
           "Prime Data Services", "Future Technology", "Golden Dragon Trading", "Star Computing",
           "Eastern Star Holdings", "Alpha Technologies", "Nova Systems", "Apex Digital", "United Trading",
           "Sunrise Technology", "Silk Road Trading", "Orient Data", "Global Trading", "Tech Solutions",
           "Cloud Services", "Data Systems", "Pacific Ventures", "Innovation Labs", "Vision Technology",
           "Phoenix Holdings", "Summit Capital", "Quantum Computing", "Nexus Technologies", "Zenith Digital"]
CN_IND = [("科技", "Technology"), ("信息技术", "Information Technology"), ("网络科技", "Network Technology"),
          ("智能科技", "Intelligent Technology"), ("电子", "Electronics"), ("数据服务", "Data Services"),
          ("云计算", "Cloud Computing"), ("贸易", "Trading"), ("软件", "Software"), ("计算机", "Computer"),
          ("人工智能", "Artificial Intelligence"), ("半导体", "Semiconductor")]
RU_BRAND = ["Вектор", "Сигма", "Альфа", "Меридиан", "Гелиос", "Прогресс", "Техносфера", "Инфосистемы",
            "Датацентр", "Орион", "Квант", "Интегра", "Телеком", "Нейрон", "Кибер", "Галактика",
            "Созвездие", "Импульс", "Восток", "Сибирь", "Урал", "Алмаз", "Рубин", "Сапфир", "Гранит",
            "Кристалл", "Эталон", "Арсенал", "Форвард", "Статус", "Профи", "Лидер", "Стандарт", "Партнер",
            "Капитал", "Север", "Байтэкс", "Вычислитель", "Логика", "Матрица"]
RU_SUF = ["", "", " Плюс", "-Софт", "-Групп", "Трейд", "-М", " Технологии", "Инвест", "Систем", "Лаб", "-Сервис"]
RU_SYL = ["ин", "тех", "про", "ком", "нет", "вэй", "кон", "тра", "сис", "мак", "лин", "вер", "дар",
          "зан", "рос", "гор", "тал", "бит", "мир", "ста", "нор", "кор", "лекс", "вит"]


def coined():
    n = 2 if chance(0.7) else 3
    return "".join(pick(SYL) for _ in range(n)).capitalize()


def ru_coined():
    return "".join(pick(RU_SYL) for _ in range(rng.choice((2, 3)))).capitalize()


def new_company(ctry, brand=None, generic=False):
    """brand: ('lat', word) | ('han', idx pair) | ('cyr', word)."""
    c = {"c": ctry, "lf": rng.randrange(len(LEGAL[ctry])) if chance(0.35) else 0}
    if generic:
        c["gen"] = pick(GENERIC)
        return c
    if brand is None:
        if ctry == "CN" or (ctry in ("HK", "SG", "MY") and chance(0.25)):
            brand = ("han", (rng.randrange(len(CN_GIV)), rng.randrange(len(CN_GIV))))
        elif ctry in ("RU", "KZ"):
            brand = ("cyr", pick(RU_BRAND) + pick(RU_SUF) if chance(0.7) else ru_coined())
        else:
            w = coined()
            while w in NET_BRANDS:
                w = coined()
            brand = ("lat", w if chance(0.6) else pick(PREFIX) + (" " if chance(0.75) else "") + w)
    c["b"] = brand
    c["ind"] = rng.randrange(len(IND)) if chance(0.85) else None
    c["cnind"] = rng.randrange(len(CN_IND))
    c["city"] = rng.randrange(len(CN_CITIES_BRAND))
    c["pre"] = pick(PREFIX) if chance(0.15) else None
    return c


def brand_latin(b):
    kind, v = b
    if kind == "lat":
        return v
    if kind == "han":
        return (CN_GIV[v[0]][1] + CN_GIV[v[1]][1]).capitalize()
    return translit(v, TR_SCHEMES[wchoice(TR_SCHEME_W)])


def render_company(c):
    ctry = c["c"]
    lfv = LEGAL[ctry][c["lf"]]
    lf = pick(lfv)
    if "gen" in c:
        s = "%s %s" % (c["gen"], lf) if ctry not in ("RU", "KZ") else "%s %s" % (lf, c["gen"])
        return ws_noise(case_noise(s))
    kind, v = c["b"]
    if ctry == "CN" and kind == "han" and chance(0.55):
        city = CN_CITIES_BRAND[c["city"]][0]
        s = "%s%s%s%s有限公司" % (city, "市" if chance(0.7) else "", CN_GIV[v[0]][0] + CN_GIV[v[1]][0], CN_IND[c["cnind"]][0])
        return ws_noise(s)
    if ctry in ("RU", "KZ"):
        if kind == "cyr" and chance(0.55):
            q = pick(["«%s»", "\"%s\"", "%s", "«%s»"])
            form = LEGAL[ctry][c["lf"]][0]
            s = "%s %s" % (form, q % v)
            return ws_noise(s)
        name = brand_latin(c["b"])
        lf2 = pick([x for x in lfv if not any("а" <= ch <= "я" or "А" <= ch <= "Я" for ch in x)])
        r = rng.random()
        if r < 0.4:
            s = "%s %s" % (lf2, name)
        elif r < 0.7:
            s = "%s %s" % (name, lf2)
        elif r < 0.85:
            s = "%s \"%s\"" % (lf2, name)
        else:
            s = "Limited Liability Company \"%s\"" % name
        return ws_noise(case_noise(s))
    name = brand_latin(c["b"])
    if ctry == "CN":
        city = CN_CITIES_BRAND[c["city"]][1]
        ind = CN_IND[c["cnind"]][1]
        s = "%s%s %s %s" % ((city + " ") if chance(0.7) else "", name, ind, lf)
        return ws_noise(case_noise(s))
    parts = []
    if c["pre"]:
        parts.append(c["pre"])
    parts.append(name)
    if c["ind"] is not None:
        parts.append(IND[c["ind"]])
    s = " ".join(parts)
    if chance(0.04):
        s = s.replace(" ", "", 1) if " " in s else s
    if ctry == "DE" and lf.startswith("UG") and chance(0.3):
        lf = "UG"
    s = "%s%s %s" % (s, "," if chance(0.1) else "", lf)
    if chance(0.03):
        s = typo(s)
    return ws_noise(case_noise(s))


TLD = {"CN": [".cn", ".com.cn", ".com", ".net"], "HK": [".hk", ".com.hk", ".com", ".io"],
       "SG": [".sg", ".com.sg", ".com", ".io", ".ai"], "AE": [".ae", ".com", ".io", ".net"],
       "RU": [".ru", ".com", ".su", ".net"], "KZ": [".kz", ".com", ".ru"],
       "US": [".com", ".io", ".ai", ".co", ".net", ".tech", ".cloud"], "DE": [".de", ".com", ".io", ".eu"],
       "GB": [".co.uk", ".com", ".io", ".uk", ".ai"], "MY": [".my", ".com.my", ".com"],
       "TR": [".com.tr", ".com", ".net"], "IN": [".in", ".co.in", ".com", ".ai", ".io"],
       "NL": [".nl", ".com", ".io", ".eu"]}
USED_DOMAINS = set()


def new_domain(ctry, company):
    b = company.get("b") if company else None
    base = brand_latin(b).lower().replace(" ", "") if b else coined().lower()
    base = "".join(ch for ch in strip_diacritics(base) if ch.isalnum() or ch == "-")
    for attempt in range(20):
        d = base
        if attempt or chance(0.3):
            d = base + pick(["-tech", "tech", "-group", "cloud", "-ai", "hq", "-global", "data", "-labs",
                             str(rng.randint(1, 99)), "-" + pick(SYL)])
        d += pick(TLD[ctry])
        if d not in USED_DOMAINS:
            USED_DOMAINS.add(d)
            return d
    d = "%s%d%s" % (base, rng.randint(100, 99999), pick(TLD[ctry]))
    while d in USED_DOMAINS:
        d = "%s%d%s" % (base, rng.randint(100, 999999), pick(TLD[ctry]))
    USED_DOMAINS.add(d)
    return d


def render_website(d):
    r = rng.random()
    if r < 0.3:
        s = "https://www." + d
    elif r < 0.45:
        s = "https://" + d
    elif r < 0.55:
        s = "http://www." + d + "/"
    elif r < 0.7:
        s = "www." + d
    elif r < 0.8:
        s = d
    elif r < 0.87:
        s = "https://www.%s/%s" % (d, pick(["en", "en/", "index.html", "about", "home", "en-us/"]))
    elif r < 0.93:
        s = "https://%s.%s" % (pick(["cloud", "app", "portal", "shop"]), d)
    else:
        s = "HTTPS://WWW." + d.upper()
    return s


FREEMAIL = ["gmail.com", "outlook.com", "qq.com", "163.com", "yandex.ru", "mail.ru", "hotmail.com",
            "yahoo.com", "protonmail.com", "icloud.com", "126.com", "gmx.de", "web.de", "proton.me",
            "yahoo.co.in", "rediffmail.com", "live.com", "sina.com"]
FREEMAIL_BY = {"CN": ["qq.com", "163.com", "126.com", "sina.com", "gmail.com"],
               "RU": ["yandex.ru", "mail.ru", "gmail.com"], "KZ": ["mail.ru", "yandex.kz", "gmail.com"],
               "DE": ["gmx.de", "web.de", "gmail.com", "outlook.com"], "IN": ["gmail.com", "yahoo.co.in", "rediffmail.com"]}
FREEMAIL_DEFAULT = ["gmail.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
                    "protonmail.com", "live.com", "proton.me"]
ROLE_LOCAL = ["info", "contact", "admin", "ops", "billing", "finance", "it", "sales", "hello", "accounts",
              "support", "office", "devops", "infra", "cloud", "team", "mail", "hr"]
USED_EMAILS = set()


def handle_for(p):
    d = person_display(p).lower()
    toks = [strip_diacritics(t) for t in d.replace("'", "").replace("-", " ").split()]
    toks = ["".join(ch for ch in t if ch.isalnum()) for t in toks]
    toks = [t for t in toks if t and t not in ("bin", "binti", "al")]
    if not toks:
        toks = [coined().lower()]
    r = rng.random()
    if r < 0.3:
        h = ".".join(toks)
    elif r < 0.55:
        h = toks[0][0] + toks[-1]
    elif r < 0.75:
        h = "".join(toks) + str(rng.randint(1, 99))
    else:
        h = toks[-1] + "_" + toks[0] + str(rng.randint(1960, 2005))
    return h


def new_freemail(ctry, p):
    dom = pick(FREEMAIL_BY.get(ctry, FREEMAIL_DEFAULT))
    while True:
        h = handle_for(p) if p else coined().lower() + str(rng.randint(1, 9999))
        e = h + "@" + dom
        k = email_key(e)
        if k not in USED_EMAILS:
            USED_EMAILS.add(k)
            return e
        p = None


def email_key(e):
    e = e.strip().lower()
    local, _, dom = e.partition("@")
    if dom in ("gmail.com", "googlemail.com"):
        local = local.split("+")[0].replace(".", "")
        dom = "gmail.com"
    return local + "@" + dom


def render_freemail(e):
    local, _, dom = e.partition("@")
    r = rng.random()
    if dom == "gmail.com":
        if r < 0.2:
            local = local.replace(".", "")
        elif r < 0.35:
            local = local + "+" + pick(["cloud", "gpu", "billing", "work", "acct"])
        elif r < 0.45 and "." not in local and len(local) > 4:
            i = rng.randrange(2, len(local) - 1)
            local = local[:i] + "." + local[i:]
    s = local + "@" + dom
    if chance(0.08):
        s = s.capitalize() if chance(0.5) else s.upper()
    return s


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def new_card():
    return "".join(pick(B64) for _ in range(16))


def new_sshkey():
    blob = rng.randbytes(24)
    sha = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    md5 = hashlib.md5(blob).hexdigest()
    return (sha, ":".join(md5[i:i + 2] for i in range(0, 32, 2)), "S" if chance(0.7) else "M")


def render_ssh(k, fmt):
    if fmt == "S":
        return ("SHA256:" + k[0]) if chance(0.93) else k[0]
    r = rng.random()
    if r < 0.6:
        return "MD5:" + k[1]
    if r < 0.85:
        return k[1]
    return k[1].upper()


IP_FIRST = [1, 5, 8, 13, 18, 23, 27, 31, 34, 36, 39, 42, 45, 47, 49, 52, 58, 59, 60, 61, 62, 77, 78,
            80, 81, 82, 85, 88, 91, 93, 95, 101, 103, 104, 106, 109, 110, 111, 112, 113, 114, 115,
            116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 138, 139, 140, 144, 146, 151, 154,
            157, 159, 160, 161, 163, 171, 175, 176, 178, 180, 182, 183, 185, 188, 193, 194, 195,
            202, 203, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222, 223]
USED_IPS = set()


def new_ip(v6=False):
    while True:
        if v6:
            ip = "2%03x:%x:%x:%x::%x" % (rng.randint(0x400, 0xa0f), rng.getrandbits(16), rng.getrandbits(16),
                                         rng.getrandbits(16), rng.getrandbits(12) + 1)
        else:
            ip = "%d.%d.%d.%d" % (pick(IP_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ip not in USED_IPS:
            USED_IPS.add(ip)
            return ip


def render_ip(ip):
    if ":" in ip:
        r = rng.random()
        if r < 0.15:
            return ip.upper()
        if r < 0.3:  # expand the :: (x::y has exactly 4 groups before, 1 after)
            head, tail = ip.split("::")
            return head + ":0:0:0:" + tail
        return ip
    return ip if chance(0.97) else ip + "/32"


# --------------------------------------------------------------------------
# hubs: capacity pools of shared (non-evidence) values


class Pool:
    def __init__(self, make, lo, hi):
        self.make, self.lo, self.hi, self.cur, self.n = make, lo, hi, {}, 0

    def get(self, key):
        c = self.cur.get(key)
        if c is None or c[1] <= 0:
            self.n += 1
            c = [self.make(key, self.n), rng.randint(self.lo, self.hi)]
            self.cur[key] = c
        c[1] -= 1
        return c[0]


def make_agent(ctry, n):
    a = new_address(ctry, multi=True)
    if ctry == "US" and n % 3 == 1:
        a["city"] = [i for i, x in enumerate(ADDR["US"]["cities"]) if x[0] in ("Wilmington", "Sheridan", "Dover")][n % 3]
        a["pc"] = postcode("US", a)
    return ("agent:%s:%d" % (ctry, n), a)


def make_cowork(ctry, n):
    return ("cowork:%s:%d" % (ctry, n), new_address(ctry, multi=True))


def make_tower(ctry, n):
    return ("tower:%s:%d" % (ctry, n), new_address(ctry, multi=True))


def make_accountant(ctry, n):
    return ("acct:%s:%d" % (ctry, n), new_phone(ctry))


def make_nominee(ctry, n):
    cul = wchoice(CULT_BY_COUNTRY[ctry])
    p = new_person(cul)
    return ("nominee:%s:%d" % (ctry, n), p)


def make_vc(ctry, n):
    name = "%s %s %s" % (pick(PREFIX), pick(["Capital", "Ventures", "Partners", "Investment", "Growth Fund"]),
                         pick(["Fund I", "Fund II", "LP", "Holdings", "Management", "Fund III L.P."]))
    return ("vc:%d" % n, name)


def make_vpn(key, n):
    return ("vpn:%s:%d" % (key, n), new_ip(v6=chance(0.1)))


def make_uninat(ctry, n):
    return ("nat:%s:%d" % (ctry, n), new_ip())


# --------------------------------------------------------------------------
# record assembly

STRONG = ("per", "org", "ph", "card", "ssh", "addr", "dom", "em", "ip", "reg")


class Gen:
    def __init__(self, n):
        self.n = n
        self.agents = Pool(make_agent, 100, 800)
        self.cowork = Pool(make_cowork, 20, 150)
        self.towers = Pool(make_tower, 5, 40)
        self.accts = Pool(make_accountant, 10, 30)
        self.nominees = Pool(make_nominee, 20, 300)
        self.vcs = Pool(make_vc, 10, 80)
        self.vpn = Pool(make_vpn, 1000, 5000)
        self.uninat = Pool(make_uninat, 10, 200)
        self.common = common_people()
        self.common_w = W([(i, w) for i, (p, w) in enumerate(self.common)])
        self.common_by_cul = {}
        for i, (p, w) in enumerate(self.common):
            self.common_by_cul.setdefault(p["cul"], []).append(p)
        self.used_cards = set()
        self.used_regs = set()

    # --- unique values
    def card(self):
        while True:
            c = new_card()
            if c not in self.used_cards:
                self.used_cards.add(c)
                return c

    def regid(self, ctry):
        while True:
            r = new_regid(ctry)
            if r not in self.used_regs:
                self.used_regs.add(r)
                return r

    def phone(self, ctry):
        while True:
            p = new_phone(ctry)
            k = phone_key(p)
            if k not in USED_PHONES:
                USED_PHONES.add(k)
                return p

    # --- a plain company "profile" (values not yet rendered)
    def base_profile(self, ctry, company, network=False):
        """Returns a dict of slots: each slot is (key, render-thunk args)."""
        pr = {"c": ctry, "company": company, "dirs": [], "owners": [], "ips": [], "ssh": [],
              "hubs": []}
        cul = wchoice(CULT_BY_COUNTRY[ctry])
        # registration id
        if chance(0.7):
            pr["reg"] = self.regid(ctry)
        # address
        r = rng.random()
        agent_p = {"HK": 0.35, "SG": 0.3, "US": 0.3, "GB": 0.3, "AE": 0.3}.get(ctry, 0.12)
        if r < agent_p:
            hid, a = self.agents.get(ctry)
            pr["addr"] = a
            pr["addr_hub"] = hid
        elif r < agent_p + 0.07:
            hid, a = self.cowork.get(ctry)
            pr["addr"] = a
            pr["addr_hub"] = hid
        elif r < agent_p + 0.19:
            hid, a = self.towers.get(ctry)
            pr["addr"] = new_address(ctry, bld_of=a)
            pr["bldg"] = (hid, pr["addr"]["id"])
        elif r < 0.95:
            pr["addr"] = new_address(ctry)
        # phone
        r = rng.random()
        if r < 0.14:
            hid, ph = self.accts.get(ctry)
            pr["phone"] = ph
            pr["phone_hub"] = hid
        elif r < 0.75:
            pr["phone"] = self.phone(ctry)
        # directors
        nd = 1 if chance(0.55) else (2 if chance(0.7) else 3)
        for _ in range(nd):
            r = rng.random()
            if r < 0.05:
                p = self.common_pick(cul)
                pr["dirs"].append(p)
                pr["hubs"].append(("common", p["id"]))
            elif r < 0.05 + {"HK": 0.12, "SG": 0.1, "AE": 0.08, "GB": 0.08, "MY": 0.06}.get(ctry, 0.02):
                hid, p = self.nominees.get(ctry)
                pr["dirs"].append(p)
                pr["hubs"].append(("nominee", hid))
            else:
                pr["dirs"].append(new_person(wchoice(CULT_BY_COUNTRY[ctry]) if chance(0.3) else cul))
        # owners
        r = rng.random()
        if r < 0.25:
            pr["owners"].append(pr["dirs"][0])
        elif r < 0.35:
            pr["owners"].append(new_person(cul))
        elif r < 0.42:
            hid, name = self.vcs.get("x")
            pr["owners"].append(("vc", name))
            pr["hubs"].append(("vc", hid))
        elif r < 0.5:
            _oid[0] += 1
            pr["owners"].append(("org", new_company(pick(["HK", "SG", "US", "GB", "NL", "AE"])), "O%d" % _oid[0]))
        # email / website
        r = rng.random()
        if r < 0.55:
            pr["dom"] = new_domain(ctry, company)
            pr["dom_em"] = chance(0.85)
            pr["dom_web"] = chance(0.7) or not pr["dom_em"]
        elif r < 0.82:
            pr["email"] = new_freemail(ctry, pr["dirs"][0])
        # payment
        if chance(0.75):
            pr["card"] = self.card()
        # ips
        r = rng.random()
        if r < 0.4:
            for _ in range(1 if chance(0.6) else rng.randint(2, 4)):
                pr["ips"].append(new_ip(v6=chance(0.08)))
        if chance(0.35):
            hid, ip = self.vpn.get(rng.randrange(8))
            pr["ips"].append(ip)
            pr["hubs"].append(("vpn", hid))
        if chance(0.1):
            hid, ip = self.uninat.get(ctry)
            pr["ips"].append(ip)
            pr["hubs"].append(("nat", hid))
        # ssh
        if chance(0.55):
            for _ in range(1 if chance(0.7) else rng.randint(2, 3)):
                pr["ssh"].append(new_sshkey())
        return pr

    def common_pick(self, cul):
        lst = self.common_by_cul.get(cul)
        if lst and chance(0.8):
            return pick(lst)
        return self.common[wchoice(self.common_w)][0]


USED_PHONES = set()
_oid = [0]


def is_person_evidence(p):
    return "common" not in p and not p["id"].startswith("nominee")


def render_profile(pr, rid):
    """Render a profile into (record dict, strong keys, hub tags).  Does not
    mutate the profile, so it can be re-rendered after a repair."""
    ctry = pr["c"]
    rec = {"id": rid, "name": render_company(pr["company"]), "country": ctry}
    keys = []
    hubs = list(pr["hubs"])
    if "reg" in pr:
        rec["registration_id"] = render_regid(ctry, pr["reg"])
        keys.append(("reg", pr["reg"]))
    if "addr" in pr:
        rec["address"] = render_address(pr["addr"])
        if "bldg" in pr and pr["bldg"][1] == pr["addr"]["id"]:
            hubs.append(("bldg", pr["bldg"][0]))
        if "addr_hub" in pr:
            hubs.append(("addr", pr["addr_hub"]))
        else:
            keys.append(("addr", pr["addr"]["id"]))
    email = None
    dom_used = False
    if "email" in pr:
        email = render_freemail(pr["email"])
        keys.append(("em", email_key(pr["email"])))
        hubs.append(("freemail", pr["email"].split("@")[1]))
    elif "dom" in pr and pr.get("dom_em"):
        local = pick(ROLE_LOCAL) if chance(0.6) or not pr["dirs"] else handle_for(pr["dirs"][0]).split("_")[0]
        d = pr["dom"]
        if chance(0.05):
            d = d.capitalize()
        email = local + "@" + d
        dom_used = True
    if email:
        rec["email"] = email
    if "phone" in pr:
        rec["phone"] = render_phone(pr["phone"])
        if "phone_hub" in pr:
            hubs.append(("phone", pr["phone_hub"]))
        else:
            keys.append(("ph", phone_key(pr["phone"])))
    if "dom" in pr and (pr.get("dom_web") or ("email" in pr and pr.get("dom_em"))):
        rec["website"] = render_website(pr["dom"])
        dom_used = True
    if dom_used:
        keys.append(("dom", pr["dom"]))
    if "card" in pr:
        rec["payment_fingerprint"] = pr["card"]
        keys.append(("card", pr["card"]))
    if pr["dirs"]:
        rec["directors"] = [render_person(p, ctry) for p in pr["dirs"]]
        for p in pr["dirs"]:
            if is_person_evidence(p):
                keys.append(("per", p["id"]))
    if pr["owners"]:
        outs = []
        for o in pr["owners"]:
            if isinstance(o, dict):
                outs.append(render_person(o, ctry))
                if is_person_evidence(o):
                    keys.append(("per", o["id"]))
            elif o[0] == "vc":
                outs.append(case_noise(o[1]))
            else:
                outs.append(render_company(o[1]))
                keys.append(("org", o[2]))
        rec["owners"] = outs
    if pr["ips"]:
        ips = list(dict.fromkeys(pr["ips"]))
        rec["ips"] = [render_ip(ip) for ip in ips]
        for ip in ips:
            if ip not in HUB_IPS:
                keys.append(("ip", ip))
    if pr["ssh"]:
        out = []
        for k in pr["ssh"]:
            fmt = k[2]
            if pr.get("ssh_flip") and chance(0.5):
                fmt = "M" if fmt == "S" else "S"
            out.append(render_ssh(k, fmt))
            keys.append(("ssh", fmt + ":" + (k[0] if fmt == "S" else k[1])))
        rec["ssh_keys"] = out
    if pr.get("listed"):
        rec["listed"] = True
    elif chance(0.4):
        rec["listed"] = False
    return rec, keys, hubs


HUB_IPS = set()


# --------------------------------------------------------------------------
# networks

CHANNELS = W({"per": 30, "ph": 14, "card": 8, "ssh": 7, "addr": 16, "dom": 10, "ip": 6, "em": 3,
              "org": 7, "reg": 1})
SIZE_W = W({2: 38, 3: 22, 4: 10, 5: 7, "6-8": 10, "9-15": 8, "16-30": 4, "31-50": 1})


def draw_size():
    s = wchoice(SIZE_W)
    if isinstance(s, int):
        return s
    lo, hi = map(int, s.split("-"))
    return rng.randint(lo, hi)


def build_network(g, size, netno):
    op = wchoice(OPERATOR_W)
    jur = OPERATOR_JUR[op]
    home_cul = op
    # network brand
    brand = None
    if chance(0.5):
        if op == "cn" and chance(0.5):
            brand = ("han", (rng.randrange(len(CN_GIV)), rng.randrange(len(CN_GIV))))
        elif op in ("ru", "kz") and chance(0.6):
            brand = ("cyr", ru_coined())
        else:
            while True:
                w = coined()
                if w not in NET_BRANDS:
                    break
            brand = ("lat", w)
        NET_BRANDS.add(brand[1] if brand[0] != "han" else brand[1])
    use_brand_p = rng.uniform(0.4, 0.9)
    # operator's people (key persons)
    key_people = [new_person(home_cul) for _ in range(1 if chance(0.6) else rng.randint(2, 3))]
    profiles = []
    links = []  # (child, parent, channels)
    for i in range(size):
        ctry = wchoice(jur)
        if brand is not None and chance(use_brand_p):
            comp = new_company(ctry, brand=brand)
        else:
            comp = new_company(ctry, generic=chance(0.05))
        pr = g.base_profile(ctry, comp, network=True)
        # networks use hubs a bit more: registered agents / nominee directors / VPN
        if size >= 10 and chance(0.3):
            hid, a = g.agents.get(ctry)
            pr["addr"] = a
            pr["addr_hub"] = hid
        if chance(0.15):
            hid, p = g.nominees.get(ctry)
            pr["dirs"].insert(0, p)
            pr["hubs"].append(("nominee", hid))
        if chance(0.2):
            hid, ip = g.vpn.get(rng.randrange(8))
            pr["ips"].append(ip)
            pr["hubs"].append(("vpn", hid))
        pr["netpos"] = i
        profiles.append(pr)
        if i == 0:
            continue
        parent = 0 if chance(0.5) else rng.randrange(i)
        k = 1 if chance(0.58) else (2 if chance(0.71) else 3)
        chans = []
        while len(chans) < k:
            ch = wchoice(CHANNELS)
            if ch not in chans:
                chans.append(ch)
        for ch in chans:
            share(g, profiles[parent], pr, ch, key_people)
        links.append((i, parent, chans))
    return profiles, op, brand, links


NET_BRANDS = set()


def share(g, par, ch_pr, ch, key_people):
    """Make child ch_pr re-use parent's value on channel ch (creating one if needed)."""
    if ch == "per":
        # a key person of the operator appears in the parent (director/owner) and the child
        cands = [p for p in par["dirs"] + par["owners"] if isinstance(p, dict) and p.get("kp")]
        if cands:
            p = pick(cands)
        else:
            p = pick(key_people)
            p["kp"] = 1
            (par["dirs"] if chance(0.7) else par["owners"]).append(p)
        if p not in ch_pr["dirs"] and p not in ch_pr["owners"]:
            (ch_pr["dirs"] if chance(0.65) else ch_pr["owners"]).append(p)
    elif ch == "org":
        cands = [o for o in par["owners"] if isinstance(o, tuple) and o[0] == "org"]
        if cands:
            o = cands[0]
        else:
            _oid[0] += 1
            o = ("org", new_company(pick(["HK", "SG", "AE", "GB", "US", "NL"]), generic=False), "O%d" % _oid[0])
            o[1]["ind"] = IND.index("Holdings") if chance(0.6) else o[1]["ind"]
            par["owners"].append(o)
        ch_pr["owners"] = [x for x in ch_pr["owners"] if not (isinstance(x, tuple) and x[0] == "org")] + [o]
    elif ch == "ph":
        if "phone" not in par or "phone_hub" in par:
            par.pop("phone_hub", None)
            par["phone"] = g.phone(par["c"] if chance(0.9) else ch_pr["c"])
        ch_pr["phone"] = par["phone"]
        ch_pr.pop("phone_hub", None)
    elif ch == "card":
        if "card" not in par:
            par["card"] = g.card()
        ch_pr["card"] = par["card"]
    elif ch == "ssh":
        if not par["ssh"]:
            par["ssh"].append(new_sshkey())
        k = pick(par["ssh"])
        if k not in ch_pr["ssh"]:
            ch_pr["ssh"].append(k)
        if chance(0.12):
            ch_pr["ssh_flip"] = True
    elif ch == "addr":
        if "addr" not in par or "addr_hub" in par:
            par.pop("addr_hub", None)
            par["addr"] = new_address(par["c"])
        # an office address is bound to a country: child in another country
        # gets the parent's country in its record only if same; else move child
        if par["c"] != ch_pr["c"]:
            ch_pr["c"] = par["c"]
            ch_pr["company"]["c"] = par["c"]
            if "reg" in ch_pr:
                ch_pr["reg"] = g.regid(par["c"])
            if ch_pr["company"]["lf"] >= len(LEGAL[par["c"]]):
                ch_pr["company"]["lf"] = 0
        ch_pr["addr"] = par["addr"]
        ch_pr.pop("addr_hub", None)
    elif ch == "dom":
        if "dom" not in par:
            par["dom"] = new_domain(par["c"], par["company"])
            par["dom_em"] = "email" not in par and chance(0.7)
            par["dom_web"] = True if "email" in par else (chance(0.6) or not par["dom_em"])
        ch_pr["dom"] = par["dom"]
        if "email" in ch_pr:
            ch_pr["dom_em"], ch_pr["dom_web"] = False, True
        else:
            r = rng.random()
            ch_pr["dom_em"] = r < 0.75
            ch_pr["dom_web"] = r > 0.4
    elif ch == "em":
        if "email" not in par:
            kp = [p for p in par["dirs"] if isinstance(p, dict)]
            par["email"] = new_freemail(par["c"], kp[0] if kp else None)
            if "dom" in par:
                par["dom_web"] = True
        ch_pr["email"] = par["email"]
        if "dom" in ch_pr:
            ch_pr["dom_web"] = True
    elif ch == "ip":
        own = [ip for ip in par["ips"] if ip not in HUB_IPS]
        if not own:
            ip = new_ip(v6=chance(0.1))
            par["ips"].append(ip)
        else:
            ip = pick(own)
        if ip not in ch_pr["ips"]:
            ch_pr["ips"].append(ip)
    elif ch == "reg":
        # the same company signed up twice (re-registration under a variant name)
        if "reg" not in par:
            par["reg"] = g.regid(par["c"])
        ch_pr["reg"] = par["reg"]
        ch_pr["c"] = par["c"]
        ch_pr["company"] = dict(par["company"])


# --------------------------------------------------------------------------
# main generation


def generate(n, seed, out_path, truth_path):
    global rng
    rng = random.Random(seed * 1000003 + 7)
    for s in (USED_DOMAINS, USED_EMAILS, USED_IPS, USED_PHONES, HUB_IPS, NET_BRANDS, USED_ADDR):
        s.clear()
    _pid[0] = _aid[0] = _oid[0] = 0
    t0 = time.time()
    g = Gen(n)
    frac = rng.uniform(0.24, 0.32)
    target = int(round(frac * n)) if n >= 10 else 0
    sizes = []
    tot = 0
    while tot < target:
        s = draw_size()
        s = min(s, max(2, n // 20))
        if target - tot - s == 1:
            s += 1
        if tot + s > target:
            s = target - tot
            if s < 2:
                sizes[-1] += s
                tot += s
                break
        sizes.append(s)
        tot += s
    n_net = tot
    n_leg = n - n_net
    # ids: random permutation -> line order independent of party
    perm = list(range(n))
    rng.shuffle(perm)
    width = max(7, len(str(n)))
    lines = [None] * n
    truth_f = open(truth_path, "w", encoding="utf-8")
    meta_f = open(truth_path + ".meta.jsonl", "w", encoding="utf-8")
    idx = [0]

    def next_id():
        i = idx[0]
        idx[0] += 1
        return i, "C%0*d" % (width, perm[i])

    # prime hub IP set lazily: the pools register their IPs
    repairs = 0
    listed_leg_p = 0.005
    size_hist = Counter()
    for netno, size in enumerate(sizes):
        profiles, op, brand, links = build_network(g, size, netno)
        size_hist[size] += 1
        party = "N%06d" % netno
        if chance(0.12):
            pick(profiles)["listed"] = True
        ids = [next_id() for _ in profiles]
        rendered = []
        for pr, (i, rid) in zip(profiles, ids):
            rendered.append(render_profile(pr, rid))
        # findability check + repair
        for attempt in range(3):
            cnt = Counter()
            for rec, keys, hubs in rendered:
                for k in set(keys):
                    cnt[k] += 1
            bad = [j for j, (rec, keys, hubs) in enumerate(rendered) if not any(cnt[k] > 1 for k in set(keys))]
            if not bad:
                break
            for j in bad:
                repairs += 1
                other = next((c for c, p, _ in links if p == j), None) if j == 0 else \
                    next(p for c, p, _ in links if c == j)
                if other is None:
                    other = 1 if j == 0 else 0
                ip = new_ip()
                for t in (j, other):
                    profiles[t]["ips"].append(ip)
                    profiles[t].pop("ssh_flip", None)
                    rendered[t] = render_profile(profiles[t], ids[t][1])
        else:
            raise SystemExit("findability repair failed in network %s" % party)
        cnt = {}
        for rec, keys, hubs in rendered:
            for k in dict.fromkeys(keys):
                cnt.setdefault(k, []).append(rec["id"])
        for (rec, keys, hubs), pr, (i, rid) in zip(rendered, profiles, ids):
            lines[perm[i]] = json.dumps(rec, ensure_ascii=False)
            truth_f.write("%s,%s\n" % (rid, party))
            shared = []
            for k in dict.fromkeys(keys):
                w = cnt[k]
                if len(w) > 1:
                    shared.append({"k": k[0], "v": str(k[1])[:48], "with": [x for x in w if x != rid][:12]})
            meta = {"id": rid, "party": party, "role": "shell", "op": op, "size": len(profiles),
                    "brand": brand_latin(brand) if brand else None, "shared": shared,
                    "hubs": ["%s=%s" % h for h in hubs]}
            if pr.get("listed"):
                meta["listed"] = True
            meta_f.write(json.dumps(meta, ensure_ascii=False) + "\n")
    for j in range(n_leg):
        ctry = wchoice(COUNTRY_W)
        comp = new_company(ctry, generic=chance(0.08))
        pr = g.base_profile(ctry, comp)
        if chance(listed_leg_p):
            pr["listed"] = True
        i, rid = next_id()
        rec, keys, hubs = render_profile(pr, rid)
        lines[perm[i]] = json.dumps(rec, ensure_ascii=False)
        party = "L%07d" % j
        truth_f.write("%s,%s\n" % (rid, party))
        meta = {"id": rid, "party": party, "role": "legit", "hubs": ["%s=%s" % h for h in hubs]}
        if pr.get("listed"):
            meta["listed"] = True
        meta_f.write(json.dumps(meta, ensure_ascii=False) + "\n")
    truth_f.close()
    meta_f.close()
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
        f.write("\n")
    sys.stderr.write("gen7: N=%d seed=%d networks=%d net_customers=%d (%.1f%%) legit=%d repairs=%d %.1fs\n"
                     % (n, seed, len(sizes), n_net, 100.0 * n_net / max(1, n), n_leg, repairs, time.time() - t0))


# hub IP registration: wrap pool makers so the IPs are known as hubs
def _reg_hub_ip(fn):
    def w(key, n):
        hid, ip = fn(key, n)
        HUB_IPS.add(ip)
        return hid, ip
    return w


make_vpn = _reg_hub_ip(make_vpn)
make_uninat = _reg_hub_ip(make_uninat)


def _nominee_wrap(fn):
    def w(key, n):
        hid, p = fn(key, n)
        p["id"] = "nominee" + p["id"]
        return hid, p
    return w


make_nominee = _nominee_wrap(make_nominee)

# --------------------------------------------------------------------------
# checker


def bucket(s):
    return ("2" if s == 2 else "3" if s == 3 else "4-5" if s <= 5 else "6-10" if s <= 10
            else "11-20" if s <= 20 else "21-35" if s <= 35 else "36-50" if s <= 50 else ">50")


def check(out_path, truth_path, expect_n=None):
    ok = True
    ids = []
    n = 0
    listed = 0
    fields = Counter()
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            n += 1
            o = json.loads(line)
            assert isinstance(o.get("id"), str) and o.get("name") and len(o.get("country", "")) == 2, o
            ids.append(o["id"])
            listed += o.get("listed") is True
            for k in o:
                fields[k] += 1
    uniq = len(set(ids)) == len(ids)
    truth = {}
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            rid, party = line.rstrip("\n").split(",")
            truth[rid] = party
    covers = set(truth) == set(ids) and len(truth) == n
    members = Counter(truth.values())
    hist = Counter(bucket(c) for p, c in members.items() if c > 1)
    exact = Counter(c for p, c in members.items() if c > 1)
    in_net = sum(c for c in members.values() if c > 1)
    # findability from meta
    meta_ok = True
    bad = 0
    with open(truth_path + ".meta.jsonl", encoding="utf-8") as f:
        for line in f:
            m = json.loads(line)
            if members[m["party"]] > 1:
                strong = [s for s in m["shared"] if s["k"] in STRONG]
                same = [s for s in strong if all(truth.get(x) == m["party"] for x in s["with"])]
                if not same:
                    bad += 1
    if expect_n is not None and n != expect_n:
        ok = False
    ok = ok and uniq and covers and bad == 0
    print("file=%s lines=%d json=ok unique_ids=%s truth_covers=%s networks=%d in_networks=%d (%.1f%%) "
          "listed=%d (%.2f%%) findability_violations=%d -> %s"
          % (out_path, n, uniq, covers, sum(1 for c in members.values() if c > 1), in_net,
             100.0 * in_net / max(1, n), listed, 100.0 * listed / max(1, n), bad, "OK" if ok else "FAIL"))
    order = ["2", "3", "4-5", "6-10", "11-20", "21-35", "36-50", ">50"]
    print("  size histogram (networks): " + "  ".join("%s:%d" % (b, hist[b]) for b in order if hist[b]))
    print("  field coverage: " + " ".join("%s=%.0f%%" % (k, 100.0 * v / n) for k, v in fields.most_common()))
    return ok


def main(argv):
    if len(argv) >= 3 and argv[0] == "--check":
        sys.exit(0 if check(argv[1], argv[2]) else 1)
    if len(argv) != 4:
        sys.stderr.write(__doc__.split("MODEL")[0])
        sys.exit(2)
    n, seed = int(argv[0]), int(argv[1])
    generate(n, seed, argv[2], argv[3])


if __name__ == "__main__":
    main(sys.argv[1:])
