#!/usr/bin/env python3
"""Blind population generator for `leasegate linkage run` (evaluator gen5).

Usage: gen.py N SEED OUT.jsonl TRUTH.csv      (writes TRUTH.csv.canon.jsonl too)

Population: ~88% legitimate standalone companies (each its own party "L<n>", no corporate
groups) and ~12% members of planted shell networks "N<n>" of 2..25 members (Pareto sizes).
Countries weighted to CN, HK, US, SG, GB, AE, RU, MY, DE, NL (+ a tail); shells registered
cross-border by an operator country (CN->HK/SG/..., RU->AE/KZ/CY/...).  Company names: Zipf
reused stems (English words, pinyin, Russian) + industry + legal form (Co., Ltd., Limited,
Pte. Ltd., FZE, OOO/ООО, LLC, GmbH, B.V., Sdn. Bhd., ...), so unrelated companies often have
similar or identical names.  Cities, streets and buildings are Zipf-reused; person names are
Zipf over realistic pools (Wang Wei, Chan Tai Man, Mohammed Al Mansouri, Ivanov ...).
Real KYC sparsity: each field present with 30-80% probability.

Each planted network is a random tree (+ size/4 extra edges); every edge shares 1-3 pieces of
evidence drawn from: director/owner (person), phone, office address, payment card, SSH key,
login IP (static office/home IPv4 or an IPv6 /48), own e-mail domain, website, the same
free-mail address, or (rarely) a duplicate registration id of a re-signup.  Noise: person
spelling (order, case, hyphens, transliteration variants from Wikidata groups, Cyrillic and
Hanzi forms, umlaut folding, al-/Al variants, bin/b., English first names, typos), phone
formats (E.164, spaced, 00, national with trunk prefix, (0), tel:), address abbreviations,
unit/floor formats (Rm 1203, 12/F / Unit 1203 12th Floor / #12-03), typos, dropped unit,
postcode or country, case; website/e-mail case, www/https/path, subdomains; IPv6 expanded/upper;
SSH fingerprint without "SHA256:" prefix.

Traps (all shared by strangers, none is a link): registered-agent addresses (Shelton Street,
1209 Orange St, Qianhai Room 201 ...) used by hundreds, their phone and e-mail domain;
co-working spaces with per-company suite numbers; 30 free-mail domains; cloud egress, carrier
CGNAT and VPN exit IPs shared by hundreds to thousands; ISP /24 blocks where unrelated static
IPs sit side by side; 25 nominee directors on 50+ boards each; common person names borne by
many different people; identical company names; German HRB numbers that repeat across
courts; website platforms (wixsite.com, myshopify.com ...); a default SSH key and a reseller's
payment card shared by dozens of unrelated legitimate customers.

FINDABILITY RULE (enforced, repaired if violated): every member of a planted network is joined
to the rest of its network by a chain of member pairs each sharing (canonical value) either
 - a strong identifier (registration id, payment card, SSH key), or
 - a soft value: phone, non-hub address, own e-mail domain, website, identical free-mail
   address, exact login IP (IPv6: same /48), or a person (director/owner)
where the value is held by at most 5 parties in the whole population, is not a registered
agent/co-working address, and for persons: not a nominee and the person's name is borne by at
most 2 distinct people in the population.  A /24 neighbourhood or a similar company name alone
never counts.  Members left unconnected get a fresh shared card, phone or SSH key.

Canonical values (TRUTH.csv.canon.jsonl, for linkage_eval.py): reg "CC:id", card, phone E.164,
addr (structured key, hubs "agent:.."/"cowork:.."), edom, email_free (full address), web,
ssh [...], dir/own [person ids], ip [IPv4 or "v6:<first 3 groups>::/48"].
Stdlib only; deterministic per seed.
"""
import hashlib
import json
import random
import re
import string
import sys
from collections import defaultdict

RU_SURN = ['абдурахманов:abdurachmanow/abdurakhmanov', 'абрашев:abraschew/abrashev/abrasjev', 'агаев:agajew/agayev/aghayev', 'агейкин:ageikin/agejkin/ageykin/agiejkin', 'агуртин:agourtine/agurtin', 'акондинов:akondinov/akondinow', 'алексиев:aleksiev/aleksiew', 'алиеврин:alievrin/alijewrin/aliyevrin', 'алябьев:aliabiev/aljabjew/alyabyev', 'амиров:amirov/amirow', 'антипов:antipov/antipow', 'антуфьев:anatufjev/antufjev/antufjew/antufyev', 'арнольдов:arnoldov/arnoldow', 'асанов:asanov/assanow', 'аствацатуров:astvatsatourov/astvatsaturov', 'ахметжанов:ahmetjanov/akhmetzhanov', 'барабанов:barabanov/barabanow', 'баришев:baryschew/baryshev', 'барсков:barskov/barskow', 'бахарев:bacharev/bakharev', 'белизин:belisin/belizin', 'белов:belov/below', 'белошейкин:beloscheikin/belosheikin/belosheykin', 'берков:berkoff/berkov/berkow', 'благов:blagov/blagow', 'боборыкин:boborykin/boborykine', 'бобраков:bobrakov/bobrakow', 'бобров:bobrov/bobrow', 'боголепов:bogolepov/bogolepow', 'болгарев:bolgarev/bolgarew', 'борисов:borisov/borissov', 'бугров:buhrov/buhrow', 'будаков:budakov/budakow', 'буданов:boudanov/budanov/budanow', 'букеев:bukeev/bukejev/bukejew/bukeyev', 'булатов:boulatoff/bulatov/bulatow', 'буров:burov/burow', 'венелин:venelin/wenelin', 'верхоланцев:vercholancev/verkholantsev/wercholanzew', 'владющенков:vladyuschenkov/vladyushchenkov/wladjuschtschenkow/wladjustschenkow', 'воротилов:vorotilov/worotilow', 'георгиев:georgiev/georgiew/georgijev', 'горбачов:horbachov/horbatschow', 'горбунов:horbunov/horbunow', 'горностаев:gornostaev/gornostajev/gornostayev', 'городков:gorodkov/gorodkow', 'гричанов:grichanov/gritschanow', 'гришин:grichine/grischin/grishin/grisjin/griszin', 'гулиев:guliyev/quliyev', 'денисьев:denisiev/denisyev', 'деревягин:derevyagin/derewjagin', 'джуров:djurov/dzhurov/dzjurov', 'дзагалов:dsagalow/dzagalov', 'добринов:dobrinov/dobrinow', 'довлатов:dovlatov/dowlatow', 'дойчев:doichev/doitschew/dojtjev/dojtschew/dojtsjev', 'дорофеев:dorofeev/dorofejev/dorofejew/dorofeyev', 'дьяков:djakov/dyakov', 'дюнин:diounine/djunin/dyunin', 'дёмин:demin/djomin/dyomin', 'евдокимов:ievdokymov/jevdokimov/jevdokymov/jewdokymow/yevdokymov', 'епифанов:epifanov/jepifanov/jepifanow/yepifanov', 'ергешов:ergeschow/ergeshov', 'ертаев:ertaev/jertajew/yertayev', 'жигалов:schigalow/shigalow/zhigalov', 'жичкин:schitschkin/shitschkin/zhichkin', 'земляков:semljakow/zemljakov/zemlyakov', 'зубатов:zubatov/zubatow', 'кавокин:kavokin/kawokin', 'кадырбаев:kadyrbaev/kadyrbayev/qadyrbaev/qadyrbayev', 'касимов:kosimov/kosimow/kossimow', 'климов:klimov/klimow/klymov/klymow', 'колтунов:koltounov/koltunov/koltunow', 'кондрашев:kondraschow/kondrashev', 'конов:konov/konow', 'королев:korolev/koroliov/koroljev/koroljov/koroljow', 'корольов:koroljow/korolov', 'краснов:krasnov/krasnow', 'крилатов:krylatov/krylatow', 'кувалдин:koevaldin/kuvaldin/kuwaldin', 'куклин:kouklin/kuklin', 'кулев:kulev/kulew', 'курпатов:kurpatov/kurpatow', 'курумбашев:kouroumbashev/kurumbaschew/kurumbashev/kurumbaszew', 'кутахов:kutachov/kutachow/kutakhov', 'левкоев:levkoev/levkoyev/lewkojew', 'лестев:lestev/lestew', 'логинов:loginov/loginow', 'лопухин:lopuchin/lopuhin/lopukhin', 'лосев:losev/lossev/lossew/loszev', 'лядов:ljadov/ljadow/lyadov', 'ляхов:liakhov/ljachov/ljachow/lyakhov', 'маркаров:markarov/markarow', 'маркелов:markelov/markelow/markyelov', 'мартынов:martinov/martynov', 'махмудов:mahmudov/makhmudov/makhmudow', 'машин:maschin/mashin', 'мечников:mechnikov/metjnikov', 'мильчаков:milchakov/miltchakov/miltjakov/miltschakow', 'минчев:minchev/mintjev/mintschew', 'миров:mirov/mirow', 'мозжухин:mozzhukhin/mozzuchin', 'мусин:moussine/musin', 'мясников:miasnikov/mjasnikov/mjasnikow/myasnikov', 'мятлев:miatlev/myatlev', 'набиев:nabiev/nabiyev', 'нариманов:narimanov/narimanow', 'нейков:nejkov/neykov', 'новожилов:novozhilov/nowoschilow', 'нурманов:nurmanov/nurmonov', 'оборин:oborin/oborine', 'озолин:osolin/ozolin', 'оруджев:orudschew/orudzhev', 'осечкин:osechkin/osetjkin/ossetchkine', 'павлов:pavlov/pawlow', 'панчин:panchin/pantschin', 'пашутин:pachoutine/paschutin/pashutin', 'пиргов:pirgov/pirgow', 'пламенов:plamenov/plamenow', 'погорелов:pogorelov/pogorelow', 'поленов:polenov/polenow', 'полесов:polesov/polessow', 'потапов:potapov/potapow', 'потехин:potechin/potekhin', 'прядеин:priadein/prjadein', 'райскин:raiskin/rajskin', 'райчанов:rajtjanov/raychanov', 'ренков:renkov/renkow', 'роднов:rodnov/rodnow', 'рожков:roschkow/roshkow/rozhkov', 'рычков:rychkov/rytschkow', 'савонин:savonin/sawonin', 'сафонов:safonov/safonow', 'свинин:svinin/svinine/swinin', 'свиридов:sviridov/swiridow', 'серебряков:serebrjakov/serebrjakow/serebryakov/szerebrjakov', 'сигов:sigov/sigow/sihov/sihow', 'симонов:simonov/simonow/szimonov', 'скуратов:skuratov/skuratow', 'сокачев:sokachev/sokatschew', 'соков:sokov/sokow', 'солдатов:soldatov/soldatow', 'солянкин:soliankin/solyankin', 'сосин:sosin/sossin', 'союзов:sojusow/soyuzov', 'спиридонов:spiridonov/spiridonow', 'тараканов:tarakanov/tarakanow', 'татаринов:tatarinov/tatarinow', 'татищев:tatischev/tatishchev', 'тенев:tenev/tenew', 'тигранов:tigranov/tigranow', 'тихомолов:tichomolow/tikhomolov', 'толбухин:tolbuchin/tolbuhin/tolbukhin', 'трошихин:troschichin/troshikhin/troszychin', 'трухин:truchin/trukhin', 'уваров:ouvarov/uvarov/uwarow', 'улжабаев:ulschabajew/ulshabajew/ulzhabaev/ulzhabayev', 'фаляхов:faliakhov/faljachov/faljachow/faljakhov/falyakhov', 'фархутдинов:farchutdinow/farkhutdinov', 'фролов:froloff/frolov/frolow', 'фурцев:fourtsev/furtsev', 'ходжаев:khodzhayev/khojaev', 'цанков:cankov/tsankov/tzankov/zankow', 'цицин:cicin/tsitsin/zizin', 'чардынин:chardynin/tchardynine/tjardynin/tschardynin', 'чепелев:chepelev/tchepeleff/tchepelev', 'чесноков:chesnokov/czesnokow/tchesnokov/tschesnokow', 'чибирев:chibirev/tschibirew', 'шатохин:chatokhine/schatochin/shatokhin/sjatochin/sjatokhin', 'шестаков:chestakov/schestakow/shestakov/sjestakov', 'шиленков:schilenkow/shilenkov', 'шопов:schopov/shopov/sjopov', 'шубин:choubine/schubin/shubin', 'шулындин:shulindin/shulyndin', 'щедрин:schedrin/schtschedrin/shchedrin', 'юмашев:jumaschew/yumashev', 'ягудин:iagoudine/jagudin/yagudin', 'ягупов:iagupov/yagupov', 'ядренкин:jadrenkin/yadrenkin', 'якупов:iakoupov/jakupow/yakupov']


# ---------------------------------------------------------------- helpers
class Zipf:
    def __init__(self, items, s=1.0):
        self.items = list(items)
        acc, cum = 0.0, []
        for k in range(len(self.items)):
            acc += 1.0 / (k + 1) ** s
            cum.append(acc)
        self.cum = cum

    def __call__(self, rng):
        return rng.choices(self.items, cum_weights=self.cum)[0]


def wpick(rng, d):
    ks = list(d)
    return rng.choices(ks, weights=[d[k] for k in ks])[0]


def typo(rng, s):
    """one keyboard-ish edit inside a word of length >= 5 (never digits)"""
    idx = [i for i, ch in enumerate(s) if ch.isalpha()]
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-z]{5,}", s)]
    if not words:
        return s
    a, b = rng.choice(words)
    i = rng.randrange(a + 1, b - 1)
    op = rng.random()
    if op < 0.35:  # transpose
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.65:  # delete
        return s[:i] + s[i + 1:]
    if op < 0.85:  # double
        return s[:i] + s[i] + s[i:]
    c = rng.choice("aeioun")
    return s[:i] + (c.upper() if s[i].isupper() else c) + s[i + 1:]


def b64(rng, n):
    return "".join(rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(n))


# ---------------------------------------------------------------- countries
COUNTRY_W = {"CN": 16, "HK": 12, "SG": 9, "AE": 8, "RU": 8, "US": 11, "GB": 9, "DE": 6, "NL": 5, "MY": 6,
             "IN": 2, "JP": 1.5, "KR": 1.2, "CY": 1.5, "KZ": 1, "TR": 1, "CH": 1, "FR": 1, "VN": 1, "TH": 0.8}
CC = {"CN": "86", "HK": "852", "SG": "65", "AE": "971", "RU": "7", "US": "1", "GB": "44", "DE": "49", "NL": "31", "MY": "60",
      "IN": "91", "JP": "81", "KR": "82", "CY": "357", "KZ": "7", "TR": "90", "CH": "41", "FR": "33", "VN": "84", "TH": "66"}
COUNTRY_NAME = {"CN": ["China", "PRC", "P.R. China", "People's Republic of China"], "HK": ["Hong Kong", "HK", "Hong Kong SAR", "HKSAR"],
                "SG": ["Singapore", "SG", "Republic of Singapore"], "AE": ["United Arab Emirates", "UAE", "U.A.E."],
                "RU": ["Russia", "Russian Federation", "RF"], "US": ["USA", "United States", "U.S.A.", "US"],
                "GB": ["United Kingdom", "UK", "Great Britain", "England"], "DE": ["Germany", "Deutschland", "DE"],
                "NL": ["Netherlands", "The Netherlands", "Nederland", "NL"], "MY": ["Malaysia", "MY"], "IN": ["India"], "JP": ["Japan"],
                "KR": ["South Korea", "Korea", "Republic of Korea"], "CY": ["Cyprus"], "KZ": ["Kazakhstan"], "TR": ["Turkey", "Türkiye"],
                "CH": ["Switzerland", "Schweiz"], "FR": ["France"], "VN": ["Vietnam", "Viet Nam"], "TH": ["Thailand"]}
# cross-border shells: where the operator registers its shells
SHELL_JUR = {"CN": {"CN": 4, "HK": 5, "SG": 2, "MY": 1, "AE": 1, "US": 1, "GB": 1},
             "RU": {"RU": 3, "AE": 3, "KZ": 2, "CY": 2, "HK": 2, "TR": 1, "GB": 1},
             "HK": {"HK": 5, "CN": 2, "SG": 2, "GB": 1, "US": 1},
             "AE": {"AE": 5, "GB": 1, "HK": 1, "SG": 1, "RU": 1},
             "SG": {"SG": 5, "MY": 2, "HK": 2, "US": 1}}

# ---------------------------------------------------------------- person names
CN_SURN = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"),
           ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"),
           ("He", "何"), ("Lin", "林"), ("Luo", "罗"), ("Gao", "高"), ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"),
           ("Tang", "唐"), ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"), ("Zeng", "曾"), ("Xiao", "肖"),
           ("Tian", "田"), ("Dong", "董"), ("Pan", "潘"), ("Yuan", "袁"), ("Cai", "蔡"), ("Jiang", "蒋"), ("Yu", "余"), ("Du", "杜"),
           ("Ye", "叶"), ("Cheng", "程"), ("Wei", "魏"), ("Su", "苏"), ("Lu", "吕"), ("Ding", "丁"), ("Ren", "任"), ("Shen", "沈"),
           ("Yao", "姚"), ("Lu", "卢"), ("Fu", "傅"), ("Zhong", "钟"), ("Jiang", "姜"), ("Cui", "崔"), ("Tan", "谭"), ("Lu", "陆"),
           ("Fan", "范"), ("Jin", "金"), ("Shi", "石"), ("Dai", "戴"), ("Jia", "贾"), ("Wei", "韦"), ("Xia", "夏"), ("Qiu", "邱")]
CN_GIVEN = [("Wei", "伟"), ("Fang", "芳"), ("Na", "娜"), ("Min", "敏"), ("Jing", "静"), ("Li", "丽"), ("Qiang", "强"), ("Lei", "磊"),
            ("Jun", "军"), ("Yang", "洋"), ("Yong", "勇"), ("Yan", "艳"), ("Jie", "杰"), ("Tao", "涛"), ("Ming", "明"), ("Chao", "超"),
            ("Xiu", "秀"), ("Hua", "华"), ("Ping", "平"), ("Gang", "刚"), ("Hui", "辉"), ("Xin", "鑫"), ("Hao", "浩"), ("Yu", "宇"),
            ("Bo", "波"), ("Peng", "鹏"), ("Zhi", "志"), ("Jian", "建"), ("Xiao", "晓"), ("Long", "龙"), ("Dong", "东"), ("Feng", "峰"),
            ("Lin", "林"), ("Hong", "红"), ("Kai", "凯"), ("Rui", "瑞"), ("Tian", "天"), ("Hai", "海"), ("Chun", "春"), ("Guo", "国"),
            ("Zhen", "振"), ("Wen", "文"), ("Bin", "斌"), ("Ning", "宁"), ("Yi", "毅"), ("Xue", "雪"), ("Qing", "清"), ("Cheng", "成")]
HK_SURN = ["Chan", "Wong", "Lee", "Cheung", "Lau", "Ng", "Leung", "Ho", "Lam", "Tang", "Chow", "Yip", "Tsang", "Cheng", "Fung",
           "Kwok", "Mak", "Tse", "Lo", "Yeung", "Chu", "Kwan", "Choi", "Siu", "Poon", "Chung", "Tam", "Law", "Hui", "Yuen"]
SG_SURN = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Tay", "Yeo", "Low", "Sim", "Toh", "Chong",
           "Ho", "Lau", "Phua", "Foo", "Seah", "Heng", "Quek", "Loh"]
HK_GIVEN_SYL = ["Tai", "Man", "Wai", "Ming", "Kin", "Ka", "Chi", "Siu", "Yuk", "Kwok", "Wing", "Hung", "Kam", "Shing", "Fai", "Ho",
                "Yan", "Mei", "Ling", "Sze", "Hoi", "Chun", "Kit", "Lok", "Tak", "Pui", "Suet", "Wah", "Keung", "Lun"]
SG_GIVEN_SYL = ["Wei", "Ming", "Kiat", "Hock", "Beng", "Huat", "Seng", "Siew", "Mei", "Ling", "Boon", "Chye", "Kim", "Eng", "Hwee",
                "Guan", "Soon", "Keng", "Teck", "Choon", "Yong", "Jun", "Hui", "Xin"]
EN_NAMES = ["Peter", "David", "Michael", "Kelvin", "Eric", "Jason", "Vincent", "Raymond", "Alan", "Tony", "Kenneth", "Samuel",
            "Jacky", "Ivan", "Grace", "Winnie", "Cindy", "Karen", "Joyce", "Amy", "Vivian", "Irene", "Daniel", "Kevin"]
MALAY_M = ["Muhammad", "Ahmad", "Mohd", "Abdul", "Nur", "Muhammad Hafiz", "Muhammad Faizal", "Ahmad Zaki", "Azman", "Hafiz",
           "Faizal", "Rizal", "Shahrul", "Khairul", "Syed Hamid", "Ismail", "Zulkifli", "Ibrahim", "Razak", "Hisham"]
MALAY_F = ["Siti", "Nurul", "Nor Aini", "Siti Aishah", "Aminah", "Fatimah", "Noraini", "Zarina", "Farah", "Aisyah"]
MALAY_FATHER = ["Ahmad", "Abdullah", "Ismail", "Hassan", "Ibrahim", "Osman", "Yusof", "Mohamed", "Ali", "Abdul Rahman", "Othman",
                "Salleh", "Hamid", "Rahman", "Aziz", "Kassim", "Jaafar", "Mahmud"]
IN_GIVEN = ["Rajesh", "Amit", "Suresh", "Ramesh", "Vijay", "Anil", "Sanjay", "Priya", "Sunita", "Anita", "Deepak", "Manoj", "Rahul",
            "Arjun", "Kavita", "Pooja", "Ravi", "Srinivas", "Venkatesh", "Karthik", "Lakshmi", "Arun", "Naveen", "Ajay"]
IN_SURN = ["Kumar", "Sharma", "Patel", "Singh", "Reddy", "Nair", "Iyer", "Gupta", "Shah", "Mehta", "Rao", "Menon", "Pillai",
           "Joshi", "Das", "Verma", "Agarwal", "Krishnan", "Bose", "Chatterjee", "Desai", "Naidu", "Kapoor", "Malhotra"]
AR_GIVEN = [(["Mohammed", "Mohamed", "Muhammad", "Mohammad", "Mohamad"]), (["Ahmed", "Ahmad"]), (["Ali"]), (["Omar", "Umar"]),
            (["Khalid", "Khaled"]), (["Hassan", "Hasan"]), (["Abdullah", "Abdallah"]), (["Yousef", "Youssef", "Yusuf", "Yousif"]),
            (["Rashid", "Rashed"]), (["Saeed", "Said", "Saeid"]), (["Sultan"]), (["Hamdan"]), (["Faisal", "Faysal"]), (["Saif", "Sayf"]),
            (["Majid", "Majed"]), (["Hamad", "Hamed"]), (["Obaid", "Obaid"]), (["Fatima", "Fatma"]), (["Mariam", "Maryam"]),
            (["Tariq", "Tarek", "Tareq"]), (["Nasser", "Naser"]), (["Abdulrahman", "Abdul Rahman", "Abdel Rahman"]), (["Ibrahim", "Ebrahim"])]
AR_SURN = [["Al Mansouri", "Al-Mansouri", "Almansouri", "Al Mansoori"], ["Al Hashimi", "Al-Hashimi", "Al Hashemi"],
           ["Al Nuaimi", "Al-Nuaimi", "Al Nuaimy", "Alnuaimi"], ["Al Shamsi", "Al-Shamsi", "Alshamsi"], ["Al Zaabi", "Al-Zaabi", "Alzaabi"],
           ["Al Ketbi", "Al-Ketbi", "Al Kitbi"], ["Al Falasi", "Al-Falasi", "Al Falasy"], ["Al Marri", "Al-Marri", "Almarri"],
           ["Al Suwaidi", "Al-Suwaidi", "Al Suwaidy"], ["Al Mazrouei", "Al-Mazrouei", "Al Mazroui"], ["Al Dhaheri", "Al-Dhaheri", "Al Daheri"],
           ["Al Mheiri", "Al-Mheiri", "Al Muhairi"], ["Al Qassimi", "Al-Qasimi", "Al Qasimi"], ["Khoury", "Khouri", "El Khoury"],
           ["Haddad", "Hadad"], ["Saleh", "Salih"], ["Mansour", "Mansur"], ["Nasser", "Naser"], ["Hussein", "Hussain", "Husain"],
           ["Khan"], ["Rahman", "Rehman"], ["Qureshi", "Kureishi"], ["Farouk", "Farooq", "Faruk"]]
RU_GIVEN = [("Александр", ["Alexander", "Aleksandr", "Alexandr", "Aleksander"]), ("Дмитрий", ["Dmitry", "Dmitriy", "Dmitrii", "Dmitri"]),
            ("Сергей", ["Sergey", "Sergei", "Sergej"]), ("Андрей", ["Andrey", "Andrei", "Andrej"]), ("Алексей", ["Alexey", "Aleksei", "Aleksey", "Alexei"]),
            ("Иван", ["Ivan"]), ("Михаил", ["Mikhail", "Michail", "Mihail"]), ("Владимир", ["Vladimir", "Wladimir"]), ("Николай", ["Nikolai", "Nikolay", "Nicolai"]),
            ("Олег", ["Oleg"]), ("Юрий", ["Yuri", "Yury", "Iurii", "Juri"]), ("Евгений", ["Evgeny", "Evgeniy", "Yevgeny", "Evgenii"]),
            ("Максим", ["Maxim", "Maksim"]), ("Артём", ["Artem", "Artyom", "Artiom"]), ("Елена", ["Elena", "Yelena", "Jelena"]),
            ("Ольга", ["Olga"]), ("Наталья", ["Natalya", "Natalia", "Nataliya"]), ("Татьяна", ["Tatiana", "Tatyana", "Tatjana"]),
            ("Ирина", ["Irina"]), ("Анна", ["Anna"]), ("Светлана", ["Svetlana"]), ("Игорь", ["Igor"]), ("Виктор", ["Viktor", "Victor"]),
            ("Павел", ["Pavel"]), ("Роман", ["Roman"]), ("Кирилл", ["Kirill", "Kyrill"])]
RU_COMMON_SURN = [("иванов", ["ivanov", "iwanow"]), ("смирнов", ["smirnov", "smirnow"]), ("кузнецов", ["kuznetsov", "kuznecov", "kouznetsov"]),
                  ("попов", ["popov", "popow"]), ("васильев", ["vasilyev", "vasiliev", "vasilev", "wassiljew"]), ("петров", ["petrov", "petrow"]),
                  ("соколов", ["sokolov", "sokolow"]), ("михайлов", ["mikhaylov", "mikhailov", "michailow"]), ("новиков", ["novikov", "nowikow"]),
                  ("фёдоров", ["fedorov", "fyodorov", "fedorow"]), ("морозов", ["morozov", "morosow"]), ("волков", ["volkov", "wolkow"]),
                  ("алексеев", ["alekseev", "alexeev", "alekseyev"]), ("лебедев", ["lebedev", "lebedew"]), ("семёнов", ["semenov", "semyonov"])]
RU_SURN_ALL = RU_COMMON_SURN + [(s.split(":")[0], s.split(":")[1].split("/")) for s in RU_SURN]
WEST_GIVEN = ["James", "John", "Robert", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Christopher", "Daniel",
              "Matthew", "Mark", "Paul", "Andrew", "Steven", "Mary", "Jennifer", "Linda", "Elizabeth", "Sarah", "Jessica", "Emma",
              "Olivia", "Oliver", "George", "Harry", "Jack", "Charlotte", "Sophie", "Emily", "Laura", "Brian", "Kevin", "Jason",
              "Ryan", "Eric", "Stephen", "Anthony", "Nicholas", "Jonathan", "Benjamin", "Samuel", "Alexander", "Rachel", "Hannah"]
WEST_SURN = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Wilson", "Taylor", "Clarke", "Evans",
             "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
             "Harris", "Martin", "Jackson", "Anderson", "Moore", "Lewis", "Young", "King", "Scott", "Baker", "Adams", "Nelson",
             "Hill", "Campbell", "Mitchell", "Carter", "Turner", "Phillips", "Parker", "Collins", "Stewart", "Morris", "Murphy",
             "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Fletcher", "Barnes", "Sullivan",
             "Henderson", "Ellison", "Whitfield", "Pemberton", "Ashworth", "Blackwood", "Hargreaves", "Sinclair", "Thornton", "Kowalski"]
DE_GIVEN = ["Thomas", "Michael", "Andreas", "Stefan", "Jürgen", "Klaus", "Uwe", "Frank", "Markus", "Sabine", "Petra", "Monika",
            "Julia", "Jörg", "Matthias", "Christian", "Katrin", "Björn", "Günter", "Dieter", "Anja", "Sören", "Jan", "Lukas", "Tobias"]
DE_SURN = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer",
           "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
           "Hartmann", "Lange", "Werner", "Krause", "Köhler", "Lehmann", "Maier", "Kühn", "Weiß", "Groß", "Vogel", "Jäger", "Böhm",
           "Dörr", "Brückner", "Strauß", "Pfeiffer", "Eßer", "Gößling", "Häusler", "Löffler", "Nüßlein"]
NL_GIVEN = ["Jan", "Pieter", "Kees", "Willem", "Johannes", "Anna", "Maria", "Sanne", "Eva", "Daan", "Bram", "Sven", "Joost", "Henk",
            "Ruud", "Marieke", "Floor", "Thijs", "Lotte", "Sjoerd", "Wouter", "Femke"]
NL_SURN = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer",
           "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
           "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "Huisman"]
JP_NAMES = (["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato"],
            ["Hiroshi", "Takeshi", "Kenji", "Yuki", "Akira", "Naoko", "Yoko", "Satoshi", "Kazuo", "Haruto"])
KR_NAMES = (["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"],
            ["Min-jun", "Seo-yeon", "Ji-hoon", "Hyun-woo", "Ji-won", "Young-ho", "Sung-min", "Eun-ji", "Dong-hyun", "Soo-jin"])
TR_NAMES = (["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan"],
            ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Emre", "Burak", "Ayşe", "Fatma", "Zeynep"])
CY_NAMES = (["Georgiou", "Christodoulou", "Ioannou", "Constantinou", "Charalambous", "Nicolaou", "Andreou", "Panayiotou", "Demetriou"],
            ["Andreas", "Christos", "Georgios", "Maria", "Eleni", "Nikos", "Costas", "Panayiotis", "Stavros", "Despina"])
FR_NAMES = (["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Lefèvre", "Moreau", "Girard"],
            ["Jean", "Pierre", "Michel", "André", "Philippe", "François", "Nicolas", "Isabelle", "Céline", "Stéphane", "Hélène"])
VN_NAMES = (["Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do"],
            ["Van Anh", "Thi Lan", "Minh Tuan", "Duc Thang", "Thi Huong", "Quang Huy", "Van Hung", "Thanh Tam"])
TH_NAMES = (["Saetang", "Srisuk", "Wongsakul", "Chaiyaporn", "Rattanakorn", "Sukprasert", "Boonmee", "Jitpakdee"],
            ["Somchai", "Somsak", "Niran", "Malee", "Suda", "Anan", "Kanya", "Prasert", "Wichai"])
ASCII_FOLD = str.maketrans({"ü": "u", "ö": "o", "ä": "a", "ß": "ss", "Ü": "U", "Ö": "O", "Ä": "A", "é": "e", "è": "e", "ç": "c",
                            "Ş": "S", "ş": "s", "ı": "i", "İ": "I", "ğ": "g", "Ç": "C", "â": "a", "ê": "e", "ë": "e", "ï": "i",
                            "ô": "o", "û": "u"})
GERMAN_FOLD = str.maketrans({"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "Ü": "Ue", "Ö": "Oe", "Ä": "Ae"})

RU_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                       ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
                        "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


# ---------------------------------------------------------------- persons
class Person:
    __slots__ = ("pid", "style", "given", "surn", "mid", "hanzi", "en", "cyr", "key", "nominee")

    def __init__(self, pid, style):
        self.pid, self.style = pid, style
        self.given = self.surn = self.mid = self.hanzi = self.en = self.cyr = None
        self.nominee = False


Z_CN_SURN = Zipf(CN_SURN, 1.0)
Z_CN_GIV = Zipf(CN_GIVEN, 0.9)
Z_HK_SURN = Zipf(HK_SURN, 1.0)
Z_SG_SURN = Zipf(SG_SURN, 1.0)
Z_RU_SURN = Zipf(RU_SURN_ALL, 0.9)
Z_RU_GIV = Zipf(RU_GIVEN, 0.8)
Z_W_GIV = Zipf(WEST_GIVEN, 0.9)
Z_W_SURN = Zipf(WEST_SURN, 0.9)
Z_DE_SURN = Zipf(DE_SURN, 0.9)
Z_NL_SURN = Zipf(NL_SURN, 0.9)
Z_AR_G = Zipf(AR_GIVEN, 0.9)
Z_AR_S = Zipf(AR_SURN, 0.8)
Z_IN_G = Zipf(IN_GIVEN, 0.8)
Z_IN_S = Zipf(IN_SURN, 0.8)


def person_style(cc, rng):
    if cc == "CN":
        return "cn"
    if cc == "HK":
        return "hk" if rng.random() < 0.8 else ("cn" if rng.random() < 0.6 else "west")
    if cc == "SG":
        return wpick(rng, {"sg": 6, "malay": 1.5, "in": 1.5, "west": 1, "cn": 1})
    if cc == "MY":
        return wpick(rng, {"malay": 5, "sg": 4, "in": 1.5})
    if cc == "AE":
        return wpick(rng, {"ar": 6, "in": 2.5, "ru": 1, "west": 1})
    if cc in ("RU", "KZ"):
        return "ru"
    if cc in ("DE", "CH"):
        return "de"
    if cc == "NL":
        return "nl"
    if cc in ("US", "GB"):
        return wpick(rng, {"west": 8, "in": 1, "cn": 0.7, "ru": 0.3})
    if cc == "IN":
        return "in"
    return {"JP": "jp", "KR": "kr", "TR": "tr", "CY": "cy", "FR": "fr", "VN": "vn", "TH": "th"}.get(cc, "west")


def make_person(pid, cc, rng):
    st = person_style(cc, rng)
    p = Person(pid, st)
    if st == "cn":
        s = Z_CN_SURN(rng)
        g = [Z_CN_GIV(rng)] + ([Z_CN_GIV(rng)] if rng.random() < 0.55 else [])
        p.surn = s[0]
        p.given = [x[0] for x in g]
        p.hanzi = s[1] + "".join(x[1] for x in g)
        p.key = (s[0] + " " + "".join(p.given)).lower()
    elif st in ("hk", "sg"):
        p.surn = (Z_HK_SURN if st == "hk" else Z_SG_SURN)(rng)
        syl = HK_GIVEN_SYL if st == "hk" else SG_GIVEN_SYL
        p.given = [rng.choice(syl), rng.choice(syl)]
        if rng.random() < 0.45:
            p.en = rng.choice(EN_NAMES)
        p.key = (p.surn + " " + "".join(p.given)).lower()
    elif st == "malay":
        male = rng.random() < 0.7
        p.given = [rng.choice(MALAY_M if male else MALAY_F)]
        p.mid = ("bin " if male else "binti ") + rng.choice(MALAY_FATHER)
        p.surn = ""
        p.key = (p.given[0] + " " + p.mid).lower()
    elif st == "ar":
        p.given = [Z_AR_G(rng)]   # list of spelling variants
        p.mid = rng.choice(AR_GIVEN)[0] if rng.random() < 0.5 else None
        p.surn = Z_AR_S(rng)      # list of spelling variants
        p.key = (p.given[0][0] + " " + p.surn[0]).lower()
    elif st == "ru":
        g = Z_RU_GIV(rng)
        s = Z_RU_SURN(rng)
        fem = g[0][-1] in "ая"
        p.given = g
        p.surn = s
        pat = rng.choice(RU_GIVEN[:14])
        p.mid = pat if rng.random() < 0.6 else None
        p.cyr = fem
        p.key = (g[1][0] + " " + s[1][0] + ("a" if fem else "")).lower()
    elif st == "in":
        p.given = [Z_IN_G(rng)]
        p.surn = Z_IN_S(rng)
        p.key = (p.given[0] + " " + p.surn).lower()
    elif st == "de":
        p.given = [rng.choice(DE_GIVEN)]
        p.surn = Z_DE_SURN(rng)
        p.mid = "Dr." if rng.random() < 0.08 else None
        p.key = (p.given[0] + " " + p.surn).lower()
    elif st == "nl":
        p.given = [rng.choice(NL_GIVEN)]
        p.surn = Z_NL_SURN(rng)
        p.key = (p.given[0] + " " + p.surn).lower()
    elif st in ("jp", "kr", "tr", "cy", "fr", "vn", "th"):
        sn, gn = {"jp": JP_NAMES, "kr": KR_NAMES, "tr": TR_NAMES, "cy": CY_NAMES, "fr": FR_NAMES, "vn": VN_NAMES, "th": TH_NAMES}[st]
        p.surn = rng.choice(sn)
        p.given = [rng.choice(gn)]
        p.key = (p.given[0] + " " + p.surn).lower()
    else:
        p.given = [Z_W_GIV(rng)]
        p.surn = Z_W_SURN(rng)
        p.mid = rng.choice("ABCDEFGHJKLMPRSTW") + "." if rng.random() < 0.35 else None
        p.key = (p.given[0] + " " + p.surn).lower()
    return p


def ru_fem(lat, fem):
    return lat + "a" if fem else lat


RU_PATR = {"Александр": ("Александрович", "Александровна", "Alexandrovich", "Alexandrovna"),
           "Дмитрий": ("Дмитриевич", "Дмитриевна", "Dmitrievich", "Dmitrievna"),
           "Сергей": ("Сергеевич", "Сергеевна", "Sergeevich", "Sergeevna"), "Андрей": ("Андреевич", "Андреевна", "Andreevich", "Andreevna"),
           "Алексей": ("Алексеевич", "Алексеевна", "Alekseevich", "Alekseevna"), "Иван": ("Иванович", "Ивановна", "Ivanovich", "Ivanovna"),
           "Михаил": ("Михайлович", "Михайловна", "Mikhailovich", "Mikhailovna"),
           "Владимир": ("Владимирович", "Владимировна", "Vladimirovich", "Vladimirovna"),
           "Николай": ("Николаевич", "Николаевна", "Nikolaevich", "Nikolaevna"), "Олег": ("Олегович", "Олеговна", "Olegovich", "Olegovna"),
           "Юрий": ("Юрьевич", "Юрьевна", "Yurievich", "Yurievna"), "Евгений": ("Евгеньевич", "Евгеньевна", "Evgenievich", "Evgenievna"),
           "Максим": ("Максимович", "Максимовна", "Maksimovich", "Maksimovna"), "Артём": ("Артёмович", "Артёмовна", "Artemovich", "Artemovna")}


def ru_patr(mid, fem, cyr):
    t = RU_PATR[mid[0]]
    return t[(1 if fem else 0) + (0 if cyr else 2)]


def render_person(p, rng, noisy=True):
    """a spelling of person p as a customer record would show it"""
    n = rng.random if noisy else (lambda: 1.0)
    st = p.style
    if st == "cn":
        if noisy and rng.random() < 0.08:
            return p.hanzi
        g = "".join(p.given)
        r = n()
        if r < 0.15:
            out = p.surn.upper() + " " + g
        elif r < 0.3:
            out = g + " " + p.surn
        elif r < 0.4 and len(p.given) == 2:
            out = p.surn + " " + p.given[0] + ("-" if rng.random() < 0.5 else " ") + (p.given[1].lower() if rng.random() < 0.5 else p.given[1])
        else:
            out = p.surn + " " + g
    elif st in ("hk", "sg"):
        sep = " "
        r = n()
        if r < 0.2:
            g = p.given[0] + "-" + p.given[1].lower()
        elif r < 0.3:
            g = p.given[0] + p.given[1].lower()
        else:
            g = p.given[0] + sep + p.given[1]
        r = n()
        if r < 0.2:
            out = p.surn.upper() + " " + g
        elif r < 0.35:
            out = g + " " + p.surn
        elif r < 0.45:
            out = p.surn + ", " + g
        else:
            out = p.surn + " " + g
        if p.en:
            r = n()
            if r < 0.5:
                out = p.en + " " + out
            elif r < 0.65:
                out = out + " " + p.en
    elif st == "malay":
        g = p.given[0]
        mid = p.mid
        r = n()
        if r < 0.15:
            g = g.replace("Muhammad", "Mohd").replace("Mohamed", "Mohd")
        elif r < 0.25:
            g = g.replace("Mohd", "Mohamad")
        r = n()
        if r < 0.2:
            mid = mid.replace("binti ", "bt. ").replace("bin ", "b. ")
        elif r < 0.3:
            mid = mid.replace("binti ", "").replace("bin ", "")
        out = g + " " + mid
    elif st == "ar":
        gv = p.given[0][0] if n() < 0.55 else rng.choice(p.given[0])
        sv = p.surn[0] if n() < 0.55 else rng.choice(p.surn)
        parts = [gv]
        if p.mid and n() < 0.6:
            parts.append(p.mid)
        parts.append(sv)
        out = " ".join(parts)
        if noisy and rng.random() < 0.1:
            out = out.upper()
    elif st == "ru":
        gcyr, glats = p.given
        scyr, slats = p.surn
        fem = p.cyr
        if noisy and rng.random() < 0.1:
            parts = [gcyr]
            if p.mid:
                parts.append(ru_patr(p.mid, fem, True))
            s = scyr + ("а" if fem else "")
            parts.append(s[0].upper() + s[1:])
            if rng.random() < 0.5:
                parts = [parts[-1]] + parts[:-1]
            return " ".join(parts)
        gl = glats[0] if n() < 0.6 else rng.choice(glats)
        sl = slats[0] if n() < 0.6 else rng.choice(slats)
        sl = ru_fem(sl, fem)
        sl = sl[0].upper() + sl[1:]
        parts = [gl]
        if p.mid and n() < 0.5:
            parts.append(ru_patr(p.mid, fem, False))
        r = n()
        if r < 0.2:
            out = sl.upper() + " " + " ".join(parts)
        elif r < 0.35:
            out = sl + " " + " ".join(parts)
        else:
            out = " ".join(parts) + " " + sl
    elif st == "de":
        g, s = p.given[0], p.surn
        r = n()
        if r < 0.2:
            g, s = g.translate(GERMAN_FOLD), s.translate(GERMAN_FOLD)
        elif r < 0.3:
            g, s = g.translate(ASCII_FOLD), s.translate(ASCII_FOLD)
        out = (s + ", " + g) if n() < 0.15 else (g + " " + s)
        if p.mid and n() < 0.7:
            out = p.mid + " " + out
    elif st == "nl":
        g, s = p.given[0], p.surn
        r = n()
        if r < 0.15:
            s = " ".join(w.capitalize() for w in s.split())
        elif r < 0.25 and " " in s:
            pre, last = s.rsplit(" ", 1)
            out = last + ", " + g + " " + pre
            return out
        out = g + " " + s
    else:
        g, s = p.given[0], p.surn
        if st in ("tr", "fr") and n() < 0.3:
            g, s = g.translate(ASCII_FOLD), s.translate(ASCII_FOLD)
        mid = (" " + p.mid) if (p.mid and n() < 0.6) else ""
        r = n()
        if r < 0.12:
            out = s + ", " + g + mid
        elif r < 0.22:
            out = s.upper() + " " + g + mid
        else:
            out = g + mid + " " + s
    if noisy and rng.random() < 0.05:
        out = typo(rng, out)
    if noisy and rng.random() < 0.04:
        out = rng.choice(["Mr. ", "Mr ", "Dr. "]) + out if p.style != "ru" or not p.cyr else "Ms. " + out
    return out


# ---------------------------------------------------------------- company names
STEM1 = ["Global", "Asia", "Pacific", "Star", "Dragon", "Golden", "Nova", "Apex", "Summit", "Blue", "Silver", "Bright", "Smart",
         "Prime", "Delta", "Alpha", "Orion", "Phoenix", "Lion", "Eagle", "Jade", "Harbour", "Vertex", "Quantum", "Nexus", "Zenith",
         "Horizon", "Ocean", "Sky", "Cloud", "Pioneer", "Unity", "Victory", "Fortune", "Evergreen", "Sun", "Peak", "Crystal", "Titan",
         "Atlas", "Polaris", "Sino", "Euro", "Trans", "Inter", "United", "Grand", "Red", "Green", "Oriental", "Rising", "Eastern",
         "Northern", "Silk Road", "Lotus", "Falcon", "Aurora", "Cosmos", "Stellar", "Infinity", "Vanguard", "Meridian", "Keystone",
         "Sterling", "Crown", "Royal", "Emerald", "Sapphire", "Onyx", "Cobalt", "Argon", "Helix", "Kestrel", "Lumen", "Nimbus",
         "Obsidian", "Pinnacle", "Quasar", "Radiant", "Solaris", "Tundra", "Umbra", "Vector", "Willow", "Xenon", "Yukon", "Zephyr",
         "Arcadia", "Borealis", "Cascade", "Dune", "Ember", "Fjord", "Granite", "Hyperion", "Ironwood", "Juniper", "Kinetic",
         "Lyra", "Magnolia", "Nordic", "Opal", "Pegasus", "Redwood", "Saffron", "Tiber", "Ultra", "Velvet", "Wyvern", "Bluefin"]
STEM2 = ["Tech", "Data", "Compute", "Digital", "Link", "Net", "Wave", "Bridge", "Point", "Gate", "Path", "Core", "Logic", "Soft",
         "Systems", "Mind", "Vision", "Matrix", "Stream", "Line", "Works", "Labs", "Forge", "Scale", "Grid", "Node", "Bit", "Byte",
         "Sphere", "Tron", "Cast", "Hub", "Ware", "Flow", "Sense", "Quest", "Edge", "Stack", "Field", "Rock", "Stone", "Ridge"]
PINYIN_STEM = [("Xin", "鑫"), ("Da", "达"), ("Hua", "华"), ("Tai", "泰"), ("Long", "龙"), ("Heng", "恒"), ("Sheng", "盛"), ("Feng", "丰"),
               ("Jia", "嘉"), ("Tian", "天"), ("Rui", "瑞"), ("Yuan", "源"), ("Kai", "凯"), ("Hong", "宏"), ("Fu", "富"), ("Zhong", "中"),
               ("Guang", "光"), ("Jin", "金"), ("Ming", "明"), ("Hai", "海"), ("Xing", "星"), ("Chuang", "创"), ("Bo", "博"), ("Wei", "伟"),
               ("Yun", "云"), ("Zhi", "智"), ("Teng", "腾"), ("Ke", "科"), ("Rong", "荣"), ("An", "安"), ("Cheng", "诚"), ("Tong", "通")]
INDUSTRY = ["Technology", "Trading", "Information Technology", "Electronics", "Holdings", "Investment", "Consulting", "Data Services",
            "Cloud Services", "Logistics", "Import & Export", "Semiconductor", "Network Technology", "Software", "Computing",
            "International", "Industrial", "Supply Chain Management", "AI Technology", "Digital", "Solutions", "Capital", "Ventures",
            "Enterprises", "Engineering", "Innovations", "Systems", "Resources", "Development", "Services"]
IND_CN = {"Technology": "科技", "Trading": "贸易", "Information Technology": "信息技术", "Electronics": "电子", "Network Technology": "网络科技",
          "Semiconductor": "半导体", "Software": "软件", "Computing": "计算", "Data Services": "数据服务", "Cloud Services": "云服务"}
CN_CITY_HZ = {"Shenzhen": "深圳市", "Shanghai": "上海", "Beijing": "北京", "Guangzhou": "广州市", "Hangzhou": "杭州", "Chengdu": "成都",
              "Suzhou": "苏州", "Wuhan": "武汉", "Nanjing": "南京", "Xi'an": "西安", "Tianjin": "天津", "Dongguan": "东莞市"}
LEGAL = {"CN": ["Co., Ltd.", "Co., Ltd", "Company Limited", "Co. Ltd."], "HK": ["Limited", "Ltd", "Ltd.", "Company Limited", "(HK) Limited", "Holdings Limited"],
         "SG": ["Pte. Ltd.", "Pte Ltd", "Pte. Ltd", "PTE. LTD."], "AE": ["FZE", "FZ-LLC", "L.L.C.", "LLC", "DMCC", "FZCO", "General Trading LLC"],
         "RU": ["LLC", "OOO", "JSC", "AO"], "US": ["LLC", "Inc.", "Inc", "Corp.", "Corporation", "L.L.C."],
         "GB": ["Ltd", "Limited", "Ltd.", "LLP", "PLC"], "DE": ["GmbH", "UG (haftungsbeschränkt)", "AG", "GmbH & Co. KG"],
         "NL": ["B.V.", "BV", "Holding B.V.", "N.V."], "MY": ["Sdn. Bhd.", "Sdn Bhd", "SDN. BHD.", "Berhad"],
         "IN": ["Pvt. Ltd.", "Private Limited", "Pvt Ltd"], "JP": ["K.K.", "Co., Ltd.", "Kabushiki Kaisha"], "KR": ["Co., Ltd.", "Inc."],
         "CY": ["Ltd", "Limited"], "KZ": ["LLP", "TOO", "JSC"], "TR": ["A.Ş.", "Ltd. Şti.", "A.S."], "CH": ["AG", "GmbH", "SA", "Sàrl"],
         "FR": ["S.A.S.", "SAS", "S.A.", "SARL"], "VN": ["JSC", "Co., Ltd"], "TH": ["Co., Ltd.", "Public Company Limited"]}
RU_STEM = [("Tekhnoprom", "Технопром"), ("Vektor", "Вектор"), ("Alfa", "Альфа"), ("Stroyinvest", "Стройинвест"), ("Promtekh", "Промтех"),
           ("Sibir", "Сибирь"), ("Gorizont", "Горизонт"), ("Kvant", "Квант"), ("Spektr", "Спектр"), ("Impuls", "Импульс"),
           ("Orion", "Орион"), ("Avangard", "Авангард"), ("Meridian", "Меридиан"), ("Neva", "Нева"), ("Ural", "Урал"),
           ("Baltika", "Балтика"), ("Signal", "Сигнал"), ("Energiya", "Энергия"), ("Integral", "Интеграл"), ("Polyus", "Полюс"),
           ("Tsifra", "Цифра"), ("Vychislitel", "Вычислитель"), ("Infosistemy", "Инфосистемы"), ("Dataservis", "Датасервис"),
           ("Telekom Plus", "Телеком Плюс"), ("Severnyi Potok", "Северный Поток"), ("Rostekhnika", "Ростехника"), ("Zenit", "Зенит")]
Z_STEM1 = Zipf(STEM1, 0.8)
Z_STEM2 = Zipf(STEM2, 0.8)
Z_IND = Zipf(INDUSTRY, 0.9)
Z_PY = Zipf(PINYIN_STEM, 0.7)
Z_RUSTEM = Zipf(RU_STEM, 0.8)


def make_stem(cc, rng):
    """the distinctive part of a company name (reused with Zipf frequencies)"""
    if cc in ("CN",) or (cc in ("HK", "SG", "MY") and rng.random() < 0.35):
        a, b = Z_PY(rng), Z_PY(rng)
        return {"py": a[0] + b[0].lower(), "hz": a[1] + b[1]}
    if cc in ("RU", "KZ") and rng.random() < 0.7:
        a = Z_RUSTEM(rng)
        return {"ru": a}
    if cc == "DE" and rng.random() < 0.3:
        return {"en": Z_DE_SURN(rng) + (" " + rng.choice(["Datentechnik", "Systemhaus", "IT-Service", "Elektronik", "Software"]))}
    if cc == "NL" and rng.random() < 0.3:
        return {"en": Z_NL_SURN(rng).split()[-1].capitalize() + rng.choice([" ICT", " Data", " Techniek", " Groep"])}
    r = rng.random()
    if r < 0.45:
        return {"en": Z_STEM1(rng) + " " + Z_STEM2(rng)}
    if r < 0.75:
        return {"en": Z_STEM1(rng) + Z_STEM2(rng).lower()}
    return {"en": Z_STEM1(rng)}


def make_company_name(cc, stem, rng):
    legal = rng.choice(LEGAL.get(cc, ["Ltd"]))
    ind = Z_IND(rng) if rng.random() < 0.7 else ""
    if "py" in stem:
        city = rng.choice(list(CN_CITY_HZ))
        if cc == "CN" and rng.random() < 0.15:
            return CN_CITY_HZ[city] + stem["hz"] + IND_CN.get(ind, "科技") + "有限公司"
        if cc == "HK" and rng.random() < 0.12:
            return stem["hz"] + IND_CN.get(ind, "科技") + "有限公司"
        ind = ind or "Technology"
        if cc == "CN":
            if rng.random() < 0.6:
                return "%s %s %s %s" % (city, stem["py"], ind, legal)
            return "%s %s (%s) %s" % (stem["py"], ind, city, legal)
        return "%s %s %s" % (stem["py"], ind, legal)
    if "ru" in stem:
        lat, cyr = stem["ru"]
        r = rng.random()
        if r < 0.25:
            return "ООО «%s»" % cyr
        if r < 0.5:
            return 'OOO "%s"' % lat
        if r < 0.7:
            return "%s LLC" % lat
        return "%s %s" % (rng.choice(["LLC", "JSC", "AO"]), lat)
    if cc == "AE" and rng.random() < 0.3:
        return "%s %s %s" % (rng.choice(["Al Noor", "Al Safa", "Al Reem", "Al Baraka", "Al Masa", "Bin Saif", "Emirates", "Gulf", "Desert Rose", "Al Fajr"]),
                             ind or "General Trading", legal)
    name = stem["en"]
    return ("%s %s %s" % (name, ind, legal)).replace("  ", " ")


def domain_label(stem, rng):
    if "py" in stem:
        base = stem["py"].lower()
    elif "ru" in stem:
        base = stem["ru"][0].lower().replace(" ", "")
    else:
        base = re.sub(r"[^a-z]", "", stem["en"].lower().translate(ASCII_FOLD))
    r = rng.random()
    if r < 0.2:
        base += rng.choice(["tech", "group", "global", "data", "hk", "asia", "cloud", "ai", "-tech", "-group", "-intl"])
    elif r < 0.3:
        base += str(rng.randint(1, 999))
    return base


TLD = {"CN": ["com.cn", "cn", "com", "net"], "HK": ["com.hk", "hk", "com"], "SG": ["com.sg", "sg", "com", "io"], "AE": ["ae", "com"],
       "RU": ["ru", "com", "su"], "US": ["com", "io", "net", "ai", "us"], "GB": ["co.uk", "com", "uk", "io"], "DE": ["de", "com", "eu"],
       "NL": ["nl", "com", "eu"], "MY": ["com.my", "my", "com"], "IN": ["in", "co.in", "com"], "JP": ["co.jp", "jp", "com"],
       "KR": ["co.kr", "kr", "com"], "CY": ["com.cy", "com"], "KZ": ["kz", "com"], "TR": ["com.tr", "com"], "CH": ["ch", "com"],
       "FR": ["fr", "com"], "VN": ["vn", "com.vn"], "TH": ["co.th", "com"]}
FREEMAIL = Zipf(["gmail.com", "qq.com", "163.com", "outlook.com", "hotmail.com", "yahoo.com", "126.com", "yandex.ru", "mail.ru",
                 "icloud.com", "protonmail.com", "foxmail.com", "gmx.de", "sina.com", "yahoo.com.hk", "web.de", "live.com",
                 "proton.me", "yahoo.co.uk", "aol.com", "sohu.com", "rambler.ru", "bk.ru", "hotmail.co.uk", "t-online.de",
                 "singnet.com.sg", "netvigator.com", "tutanota.com", "zoho.com", "aliyun.com"], 0.9)
PLATFORMS = ["wixsite.com", "myshopify.com", "business.site", "wordpress.com", "github.io", "weebly.com", "notion.site", "carrd.co"]


# ---------------------------------------------------------------- addresses
CITIES = {"CN": [("Shenzhen", "Guangdong", "518"), ("Shanghai", "", "200"), ("Beijing", "", "100"), ("Guangzhou", "Guangdong", "510"),
                 ("Hangzhou", "Zhejiang", "310"), ("Chengdu", "Sichuan", "610"), ("Suzhou", "Jiangsu", "215"), ("Wuhan", "Hubei", "430"),
                 ("Nanjing", "Jiangsu", "210"), ("Xi'an", "Shaanxi", "710"), ("Tianjin", "", "300"), ("Dongguan", "Guangdong", "523")],
          "HK": [("Wan Chai", "", ""), ("Central", "", ""), ("Kwun Tong", "", ""), ("Tsim Sha Tsui", "", ""), ("Sheung Wan", "", ""),
                 ("Causeway Bay", "", ""), ("Mong Kok", "", ""), ("Kowloon Bay", "", ""), ("Lai Chi Kok", "", ""), ("Tsuen Wan", "", ""),
                 ("Kwai Chung", "", ""), ("Sha Tin", "", ""), ("Cheung Sha Wan", "", ""), ("North Point", "", "")],
          "SG": [("Singapore", "", "")], "AE": [("Dubai", "", ""), ("Abu Dhabi", "", ""), ("Sharjah", "", ""), ("Ras Al Khaimah", "", ""), ("Ajman", "", "")],
          "RU": [("Moscow", "", "1"), ("Saint Petersburg", "", "19"), ("Novosibirsk", "", "630"), ("Yekaterinburg", "", "620"), ("Kazan", "", "420"),
                 ("Nizhny Novgorod", "", "603"), ("Samara", "", "443"), ("Krasnodar", "", "350")],
          "US": [("New York", "NY", "100"), ("Wilmington", "DE", "198"), ("San Francisco", "CA", "941"), ("Los Angeles", "CA", "900"),
                 ("Miami", "FL", "331"), ("Houston", "TX", "770"), ("Seattle", "WA", "981"), ("San Jose", "CA", "951"), ("Austin", "TX", "787"),
                 ("Chicago", "IL", "606"), ("Dover", "DE", "199"), ("Las Vegas", "NV", "891"), ("Sheridan", "WY", "828"), ("Boston", "MA", "021")],
          "GB": [("London", "", "EC"), ("Manchester", "", "M"), ("Birmingham", "", "B"), ("Leeds", "", "LS"), ("Edinburgh", "", "EH"),
                 ("Bristol", "", "BS"), ("Cambridge", "", "CB"), ("Glasgow", "", "G")],
          "DE": [("Berlin", "", "10"), ("München", "", "80"), ("Hamburg", "", "20"), ("Frankfurt am Main", "", "60"), ("Köln", "", "50"),
                 ("Düsseldorf", "", "40"), ("Stuttgart", "", "70"), ("Leipzig", "", "04")],
          "NL": [("Amsterdam", "", "10"), ("Rotterdam", "", "30"), ("Den Haag", "", "25"), ("Utrecht", "", "35"), ("Eindhoven", "", "56"),
                 ("Schiphol", "", "11")],
          "MY": [("Kuala Lumpur", "Wilayah Persekutuan", "50"), ("Petaling Jaya", "Selangor", "47"), ("Johor Bahru", "Johor", "80"),
                 ("George Town", "Penang", "10"), ("Cyberjaya", "Selangor", "63"), ("Shah Alam", "Selangor", "40")],
          "IN": [("Bengaluru", "Karnataka", "560"), ("Mumbai", "Maharashtra", "400"), ("Hyderabad", "Telangana", "500"), ("New Delhi", "Delhi", "110")],
          "JP": [("Tokyo", "", "1"), ("Osaka", "", "5")], "KR": [("Seoul", "", "0")], "CY": [("Limassol", "", "3"), ("Nicosia", "", "1"), ("Larnaca", "", "6")],
          "KZ": [("Almaty", "", "050"), ("Astana", "", "010")], "TR": [("Istanbul", "", "34"), ("Ankara", "", "06")], "CH": [("Zug", "", "63"), ("Zürich", "", "80"), ("Geneva", "", "12")],
          "FR": [("Paris", "", "75"), ("Lyon", "", "69")], "VN": [("Ho Chi Minh City", "", "7"), ("Hanoi", "", "1")], "TH": [("Bangkok", "", "10")]}
STREET_BASE = {
    "CN": ["Keyuan", "Shennan", "Zhongshan", "Jianshe", "Renmin", "Xinhua", "Heping", "Jiefang", "Nanjing", "Huaihai", "Binhai", "Gaoxin",
           "Chuangye", "Jinqiao", "Zhangjiang", "Yishan", "Wenyi", "Tianfu", "Guanshan", "Xueyuan", "Kejian", "Huaxia", "Dongfang",
           "Zhichun", "Haidian", "Shangdi", "Caohejing", "Yingbin", "Changjiang", "Huangpu", "Baoan", "Minzhi", "Bantian", "Songshan"],
    "HK": ["Queen's Road Central", "Hennessy", "Nathan", "Des Voeux", "Connaught", "Gloucester", "Lockhart", "Jaffe", "Hoi Bun",
           "How Ming", "Wai Yip", "Hung To", "Canton", "Austin", "Granville", "Kwun Tong", "Lai Chi Kok", "Cheung Sha Wan", "Wing Lok",
           "Bonham Strand", "King's", "Java", "Castle Peak", "Tai Yau", "Shing Yip", "Hoi Yuen", "Sheung Yuet", "Wang Chiu", "Yee Wo"],
    "SG": ["Anson", "Cecil", "Robinson", "Shenton", "Ubi", "Kallang Pudding", "Jurong East", "Toa Payoh", "Ang Mo Kio", "Paya Lebar",
           "Tai Seng", "Bukit Batok", "Kaki Bukit", "Woodlands", "Geylang", "Beach", "North Bridge", "Tras", "Tanjong Pagar", "Changi",
           "Serangoon", "Bendemeer", "Sin Ming", "Aljunied", "Eunos", "Defu", "Loyang", "Pandan", "Genting", "Circular"],
    "AE": ["Sheikh Zayed", "Al Wasl", "Al Maktoum", "Khalid Bin Al Waleed", "Baniyas", "Al Garhoud", "Hamdan Bin Mohammed", "Al Khaleej",
           "Corniche", "Al Muroor", "Al Rigga", "Al Sufouh", "Umm Hurair", "Al Quoz", "Oud Metha", "Airport", "Al Ittihad", "Al Nahda",
           "Electra", "Al Salam", "King Faisal", "Al Wahda", "Emirates", "Dubai Investment Park"],
    "RU": ["Tverskaya", "Leninsky", "Profsoyuznaya", "Novy Arbat", "Myasnitskaya", "Kutuzovsky", "Sadovaya", "Nevsky", "Ligovsky",
           "Bolshaya Ordynka", "Pyatnitskaya", "Lva Tolstogo", "Vavilova", "Obrucheva", "Leningradsky", "Mira", "Varshavskoye",
           "Kashirskoye", "Butlerova", "Krasnaya", "Lenina", "Sovetskaya", "Gagarina", "Pushkina", "Marksa", "Oktyabrskaya"],
    "US": ["Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Market", "Broadway", "Mission",
           "Orange", "Lexington", "Madison", "Fifth", "Sunset", "Wilshire", "Commerce", "Capitol", "Gould", "Little Falls", "Grand",
           "Spring", "Church", "Walnut", "Sycamore", "Howard", "Folsom", "Brickell", "Westheimer", "Congress", "Sheridan"],
    "GB": ["High", "Station", "Church", "Victoria", "Park", "London", "Mill", "King", "Queen", "Shelton", "City", "Old", "Great Portland",
           "Baker", "Bishopsgate", "Cheapside", "Moorgate", "Pall Mall", "Oxford", "Regent", "Wenlock", "Old Gloucester", "Curtain",
           "Leonard", "Tabernacle", "Commercial", "Whitechapel", "Portland", "Deansgate", "Princes", "George", "Castle"],
    "DE": ["Haupt", "Bahnhof", "Garten", "Schul", "Dorf", "Berg", "Friedrich", "Kaiser", "Goethe", "Schiller", "Linden", "Wilhelm",
           "Leopold", "Mozart", "Industrie", "Hafen", "Markt", "Königs", "Kant", "Rosen", "Birken", "Ring", "Müller", "Post", "Kirch"],
    "NL": ["Keizers", "Heren", "Prinsen", "Kalver", "Stations", "Kerk", "Dorps", "Molen", "Hoofd", "Wilhelmina", "Beatrix", "Zuid",
           "Nieuwe", "Oude", "Markt", "Haven", "Vondel", "Singel", "Weesper", "Zuidas", "Gustav Mahler", "Claude Debussy", "Strawinsky"],
    "MY": ["Sultan Ismail", "Ampang", "Tun Razak", "Bukit Bintang", "Raja Chulan", "Pudu", "Klang Lama", "Kuchai Lama", "PJU 7/3",
           "SS 2/24", "Semangat", "Damansara", "Tun Abdul Razak", "Kerinchi", "Bangsar", "Cyberpoint", "Teknokrat", "Perdana",
           "Puchong", "Gasing", "Bayan Lepas", "Sultan Iskandar", "Sentral"],
}
GENERIC_STREETS = ["Central", "Park", "Lake", "Station", "Harbour", "Business", "Market", "Garden", "Hill", "River", "Commerce", "Tech"]
STYPE = {"CN": [("Road", 5), ("Avenue", 1), ("Street", 1), ("North Road", 0.5), ("Middle Road", 0.5), ("South Road", 0.4)],
         "HK": [("Road", 5), ("Street", 3), ("Road East", 0.4), ("Avenue", 0.5)], "SG": [("Road", 4), ("Street", 2), ("Avenue", 2), ("Way", 1), ("Drive", 1), ("Crescent", 0.5)],
         "AE": [("Road", 3), ("Street", 3)], "RU": [("ulitsa", 6), ("prospekt", 2), ("pereulok", 1), ("shosse", 1), ("naberezhnaya", 0.5)],
         "US": [("Street", 5), ("Avenue", 3), ("Road", 2), ("Boulevard", 1), ("Drive", 1), ("Lane", 0.5), ("Parkway", 0.3)],
         "GB": [("Street", 4), ("Road", 4), ("Lane", 1), ("Way", 0.6), ("Avenue", 0.6), ("Place", 0.4), ("Square", 0.3)],
         "DE": [("straße", 6), ("weg", 1.5), ("allee", 1), ("platz", 0.6), ("ring", 0.5), ("damm", 0.3)],
         "NL": [("straat", 4), ("gracht", 1), ("weg", 2), ("laan", 2), ("plein", 0.5), ("kade", 0.5)],
         "MY": [("Jalan", 1)]}
BLDG_W1 = ["Grand", "Golden", "Century", "Prosperity", "Harbour", "Oriental", "Pacific", "Wing", "Tung", "Kingswell", "Times", "Tower",
           "Lucky", "Fortune", "Emperor", "Silvercord", "Landmark", "Millennium", "Empire", "Cosco", "Metro", "Overseas", "Crown",
           "Trade", "Park", "Win", "Wah", "Hang", "Kwong", "Sun", "New", "Mega", "Enterprise", "Technology", "Innovation", "Capital"]
BLDG_W2 = ["Centre", "Tower", "Building", "Plaza", "Commercial Building", "Industrial Building", "House", "Square", "Court", "Hub",
           "Business Park", "Tech Park", "Place", "Mansion", "Complex"]


class Geo:
    """Zipf-reused streets and buildings per city"""

    def __init__(self, rng):
        self.rng = rng
        self.cityz = {cc: Zipf(v, 0.9) for cc, v in CITIES.items()}
        self.streets = {}
        self.bldgs = {}

    def street_pool(self, cc, city):
        k = (cc, city)
        if k not in self.streets:
            rng = self.rng
            base = STREET_BASE.get(cc, GENERIC_STREETS)
            pool = []
            seen = set()
            for b in rng.sample(base, len(base)):
                st = wpick(rng, dict(STYPE.get(cc, [("Street", 3), ("Road", 2), ("Avenue", 1)])))
                if cc == "SG" and b in ("Ubi", "Ang Mo Kio", "Jurong East", "Toa Payoh", "Kaki Bukit"):
                    st = st + " " + str(rng.randint(1, 5))
                if (b, st) not in seen:
                    seen.add((b, st))
                    pool.append((b, st))
            self.streets[k] = Zipf(pool, 1.0)
        return self.streets[k]

    def bldg_pool(self, cc, city):
        k = (cc, city)
        if k not in self.bldgs:
            rng = self.rng
            pool = []
            for _ in range(60):
                pool.append(rng.choice(BLDG_W1) + " " + rng.choice(BLDG_W1) + " " + rng.choice(BLDG_W2) if rng.random() < 0.3
                            else rng.choice(BLDG_W1) + " " + rng.choice(BLDG_W2))
            # a building sits at one street number
            self.bldgs[k] = Zipf([(b, self.street_pool(cc, city)(rng), rng.randint(1, 400)) for b in dict.fromkeys(pool)], 1.05)
        return self.bldgs[k]

    def address(self, cc, rng):
        if cc not in CITIES:
            cc = "US"
        city, state, pcp = self.cityz[cc](rng)
        a = {"cc": cc, "city": city, "state": state}
        use_bldg = cc in ("HK", "SG", "MY", "AE", "CN") and rng.random() < 0.85 or rng.random() < 0.25
        if use_bldg:
            b, (sb, stp), no = self.bldg_pool(cc, city)(rng)
            a.update(bldg=b, street=sb, stype=stp, no=no)
        else:
            sb, stp = self.street_pool(cc, city)(rng)
            a.update(bldg=None, street=sb, stype=stp, no=rng.randint(1, 480))
        a["floor"] = rng.randint(1, 45) if use_bldg or rng.random() < 0.3 else None
        a["unit"] = rng.randint(1, 30) if (a["floor"] and rng.random() < 0.97) else None
        # postcode derived from street so that a street keeps one postcode
        h = int(hashlib.md5(("%s|%s|%s" % (cc, city, a["street"])).encode()).hexdigest()[:8], 16)
        a["pc"] = postcode(cc, pcp, h, a["no"])
        return a


def postcode(cc, pcp, h, no):
    if cc == "SG":
        return "%06d" % (h % 800000 + 18000)
    if cc == "GB":
        return "%s%d %d%s" % (pcp, h % 20 + 1, h % 9 + 1, "ABDEFGHJLNPQRSTUWXYZ"[h % 20] + "ABDEFGHJLNPQRSTUWXYZ"[(h // 20) % 20])
    if cc == "NL":
        return "%s%02d %s" % (pcp, h % 100, "ABCDEFGHJKLMNPRSTVWXZ"[h % 21] + "ABCDEFGHJKLMNPRSTVWXZ"[(h // 21) % 21])
    if cc == "US":
        return "%s%02d" % (pcp, h % 100)
    if cc in ("HK", "AE"):
        return ""
    if cc == "CN":
        return "%s%03d" % (pcp, h % 1000)
    if cc == "RU":
        return (pcp + "%06d" % h)[:6]
    if cc in ("DE", "MY", "TR", "FR"):
        return (pcp + "%05d" % h)[:5]
    if cc == "IN":
        return (pcp + "%06d" % h)[:6]
    return (pcp + "%06d" % h)[:4 if cc in ("CY", "CH") else 6]


def addr_key(a):
    if "hub" in a:
        return a["hub"]
    return "%s|%s|%s %s %s|%s|%s|%s" % (a["cc"], a["city"], a["no"], a["street"], a["stype"], a.get("bldg") or "", a["floor"] or "", a["unit"] or "")


ABBR = {"Road": ["Rd", "Rd."], "Street": ["St", "St."], "Avenue": ["Ave", "Ave.", "Av."], "Boulevard": ["Blvd", "Blvd."], "Drive": ["Dr", "Dr."],
        "Lane": ["Ln"], "Building": ["Bldg", "Bldg.", "Bld"], "Centre": ["Ctr", "Center"], "Tower": ["Twr"], "Commercial": ["Comm.", "Comm"],
        "Industrial": ["Ind.", "Indl"], "Square": ["Sq"], "Place": ["Pl"], "Crescent": ["Cres"], "Parkway": ["Pkwy"], "North": ["N", "N."],
        "South": ["S", "S."], "East": ["E", "E."], "Middle": ["Mid"], "Plaza": ["Plz"], "Court": ["Ct"], "House": ["Hse"]}


def fmt_unit(cc, a, rng, style):
    f, u = a["floor"], a["unit"]
    if not f:
        return ""
    if cc == "SG":
        return rng.choice(["#%02d-%02d", "#%02d-%02d", "%02d-%02d", "Unit #%02d-%02d", "#%d-%d"]) % (f, u or 1)
    if cc == "MY":
        return rng.choice(["Unit %d-%d, Level %d", "Suite %d.%02d, Level %d", "%d-%d, Lvl %d", "No. %d-%d, Tingkat %d"]) % ((f, u or 1, f) if True else ())
    room = "%d%02d" % (f, u) if u else None
    fl_ord = "%d%s" % (f, {1: "st", 2: "nd", 3: "rd"}.get(f % 10 if f not in (11, 12, 13) else 0, "th"))
    if cc == "HK":
        fl = rng.choice(["%d/F" % f, "%dF" % f, "%s Floor" % fl_ord, "%d/F." % f, "Flr %d" % f])
        rm = rng.choice(["Room %s", "Rm %s", "Flat %s", "Unit %s", "Rm. %s", "Flat/Rm %s", "Room %s,"]) % room if room else ""
        return (rm.rstrip(",") + ", " + fl) if rm else fl
    if cc == "CN":
        fl = rng.choice(["%dF" % f, "Floor %d" % f, "%d/F" % f, "%s Floor" % fl_ord])
        rm = rng.choice(["Room %s", "Rm %s", "Unit %s", "Room %s,"]) % room if room else ""
        return (rm.rstrip(",") + ", " + fl) if rm else fl
    if cc in ("US",):
        return rng.choice(["Suite %s", "Ste %s", "Ste. %s", "#%s", "Suite %s", "Unit %s"]) % (room or "%d00" % f)
    if cc in ("GB", "CY", "IN"):
        return rng.choice(["Unit %s", "Suite %s", "Office %s", "Flat %s", "%s Floor" % fl_ord + (", Suite %s" if room else "%s")]) % (room or "")
    if cc == "AE":
        return rng.choice(["Office %s, %s Floor" % (room or f, fl_ord), "Office No. %s" % (room or f), "Unit %s, Floor %d" % (room or f, f), "Suite %s" % (room or f)])
    if cc == "RU":
        return rng.choice(["of. %s", "office %s", "ofis %s", "pom. %s", "kv. %s"]) % (room or f)
    if cc in ("DE", "CH"):
        return rng.choice(["%d. OG" % f, "%d. Etage" % f, "Büro %s" % (room or f), "%d. Stock" % f])
    if cc == "NL":
        return ""
    return rng.choice(["Floor %d" % f, "Unit %s" % (room or f)])


def render_address(a, rng, noisy=True):
    if "hub" in a and "text" in a:
        s = a["text"]
        if "suite" in a:
            s = a["suite"](rng) + ", " + s
    else:
        s = render_struct(a, rng, noisy)
    if not noisy:
        return s
    # token noise: abbreviations both ways, case, punctuation, typo, country
    if rng.random() < 0.5:
        def ab(m):
            w = m.group(0)
            if w in ABBR and rng.random() < 0.6:
                return rng.choice(ABBR[w])
            return w
        s = re.sub(r"[A-Z][a-z]+", ab, s)
    if rng.random() < 0.06:
        s = typo(rng, s)
    r = rng.random()
    if r < 0.12:
        s = s.upper()
    elif r < 0.16:
        s = s.lower()
    if rng.random() < 0.15:
        s = s.replace(",", "")
    if rng.random() < 0.1:
        s = re.sub(r"\s+", "  ", s, count=1)
    return s


def render_struct(a, rng, noisy):
    cc = a["cc"]
    unit = fmt_unit(cc, a, rng, 0) if (a["floor"] and (not noisy or rng.random() > 0.07)) else ""
    st, stp, no, bldg = a["street"], a["stype"], a["no"], a.get("bldg")
    country = rng.choice(COUNTRY_NAME[cc]) if (not noisy or rng.random() < 0.7) else ""
    pc = a["pc"] if (not noisy or rng.random() < 0.8) else ""
    if cc in ("CN",):
        dist = {"Shenzhen": ["Nanshan", "Futian", "Bao'an", "Longgang", "Luohu"], "Shanghai": ["Pudong New Area", "Xuhui", "Minhang", "Jing'an"],
                "Beijing": ["Haidian", "Chaoyang", "Dongcheng"]}.get(a["city"], ["Gaoxin", "Jinniu", "Wuhou"])
        d = dist[sum(map(ord, st)) % len(dist)]
        street = "No. %d %s %s" % (no, st, stp) if (not noisy or rng.random() < 0.6) else "%d %s %s" % (no, st, stp)
        parts = [unit, bldg, street, d + (" District" if rng.random() < 0.7 else ""), a["city"] + (" City" if noisy and rng.random() < 0.2 else ""),
                 (a["state"] + " Province") if a["state"] and rng.random() < 0.5 else "", pc, country]
    elif cc == "HK":
        street = "%d %s %s" % (no, st, stp) if not st.endswith("Central") else "%d %s" % (no, st)
        if noisy and rng.random() < 0.3:
            street = "No. " + street
        parts = [unit, bldg, street, a["city"], rng.choice(["Kowloon", "Hong Kong", "HK", "New Territories"]) if country else ""]
    elif cc == "SG":
        parts = ["%d %s %s" % (no, st, stp), (unit + " " + (bldg or "")).strip(), ("Singapore " if rng.random() < 0.8 else "S(") + pc + ("" if rng.random() < 0.8 else "")]
        if noisy and rng.random() < 0.4:
            parts = ["%d %s %s" % (no, st, stp), unit, bldg or "", "Singapore " + pc]
    elif cc == "MY":
        j = "Jalan" if (not noisy or rng.random() < 0.6) else rng.choice(["Jln", "Jln."])
        parts = [unit, bldg, "No. %d, %s %s" % (no, j, st) if rng.random() < 0.5 else "%d %s %s" % (no, j, st), pc + " " + a["city"], a["state"], country]
    elif cc == "AE":
        parts = [unit, bldg, "%s %s" % (st, stp), a["city"], country, ("P.O. Box %d" % (no * 97 % 99999)) if noisy and rng.random() < 0.3 else ""]
    elif cc == "RU":
        stt = {"ulitsa": ["ul.", "ulitsa", "ul", "str."], "prospekt": ["prospekt", "pr-t", "prosp.", "pr."], "pereulok": ["pereulok", "per."],
               "shosse": ["shosse", "sh."], "naberezhnaya": ["naberezhnaya", "nab."]}[stp]
        t = stt[0] if not noisy else rng.choice(stt)
        street = ("%s %s" % (t, st)) if rng.random() < 0.6 else ("%s %s" % (st, t))
        parts = [pc, a["city"] if rng.random() < 0.5 else "g. " + a["city"], street, rng.choice(["d. %d", "dom %d", "%d", "d.%d"]) % no, unit, country]
        if rng.random() < 0.5:
            parts = [street, rng.choice(["d. %d", "dom %d", "%d"]) % no, unit, a["city"], pc, country]
    elif cc in ("DE", "CH"):
        stt = stp
        if noisy and stp == "straße":
            stt = rng.choice(["straße", "strasse", "str.", "Str.", "straße"])
        parts = [bldg if bldg and rng.random() < 0.3 else "", "%s%s %d" % (st, stt, no), unit, "%s %s" % (pc, a["city"]), country]
    elif cc == "NL":
        add = "" if not a["unit"] else rng.choice(["-%d", " %d", "-%dA", " unit %d"]) % a["unit"]
        pcs = pc if not noisy else rng.choice([pc, pc.replace(" ", ""), pc.lower()])
        parts = ["%s%s %d%s" % (st, stp, no, add), "%s %s" % (pcs, a["city"]), country]
    elif cc == "US":
        parts = ["%d %s %s" % (no, st, stp), unit, a["city"], "%s %s" % (a["state"], pc + ("-%04d" % (no * 37 % 10000) if noisy and rng.random() < 0.15 else "")), country]
        if bldg and rng.random() < 0.3:
            parts.insert(0, bldg)
    elif cc == "GB":
        parts = [unit, bldg or "", "%d %s %s" % (no, st, stp), a["city"], pc, country]
    else:
        parts = [unit, bldg or "", "%d %s %s" % (no, st, stp), a["city"], pc, country]
    return ", ".join(p for p in parts if p)


# ---------------------------------------------------------------- hubs: registered agents, co-working, nominee directors
AGENTS = {
    "GB": ["71-75 Shelton Street, Covent Garden, London, WC2H 9JQ, United Kingdom", "20-22 Wenlock Road, London, N1 7GU, United Kingdom",
           "Kemp House, 160 City Road, London, EC1V 2NX, United Kingdom", "27 Old Gloucester Street, London, WC1N 3AX, United Kingdom",
           "128 City Road, London, EC1V 2NX, United Kingdom", "85 Great Portland Street, First Floor, London, W1W 7LT, United Kingdom"],
    "US": ["1209 Orange Street, Wilmington, DE 19801, USA", "8 The Green, Suite A, Dover, DE 19901, USA",
           "251 Little Falls Drive, Wilmington, DE 19808, USA", "30 N Gould St, Ste R, Sheridan, WY 82801, USA",
           "1603 Capitol Avenue, Suite 310, Cheyenne, WY 82001, USA", "2810 N Church St, Wilmington, DE 19802, USA",
           "16192 Coastal Highway, Lewes, DE 19958, USA"],
    "HK": ["Room 1501, 15/F, Grand Millennium Plaza, 181 Queen's Road Central, Sheung Wan, Hong Kong",
           "Flat A, 12/F, Kiu Fu Commercial Building, 300 Lockhart Road, Wan Chai, Hong Kong",
           "Unit 2A, 17/F, Glenealy Tower, No. 1 Glenealy, Central, Hong Kong",
           "Room 803, 8/F, Lai Chi Kok Bay Plaza, 9 Lai Yip Street, Kwun Tong, Kowloon, Hong Kong",
           "Unit 1603, 16/F, The L. Plaza, 367-375 Queen's Road Central, Sheung Wan, Hong Kong",
           "Room 1907, 19/F, Lee Garden One, 33 Hysan Avenue, Causeway Bay, Hong Kong"],
    "SG": ["10 Anson Road, #05-17 International Plaza, Singapore 079903", "160 Robinson Road, #14-04 SBF Center, Singapore 068914",
           "1 Raffles Place, #44-01A One Raffles Place, Singapore 048616", "68 Circular Road, #02-01, Singapore 049422",
           "111 North Bridge Road, #21-01 Peninsula Plaza, Singapore 179098"],
    "AE": ["Business Centre, Sharjah Publishing City Free Zone, Sharjah, UAE", "Office 101, Al Shmookh Building, UAQ Free Trade Zone, Umm Al Quwain, UAE",
           "Compass Building, Al Shohada Road, Al Hamra Industrial Zone-FZ, Ras Al Khaimah, UAE",
           "Unit 1901, Jumeirah Bay X2 Tower, Cluster X, Jumeirah Lake Towers, Dubai, UAE", "IFZA Business Park, DDP, Dubai Silicon Oasis, Dubai, UAE"],
    "CY": ["Arch. Makariou III, 155, Proteas House, 5th floor, 3026 Limassol, Cyprus", "Themistokli Dervi 5, Elenion Building, 1066 Nicosia, Cyprus"],
    "NL": ["Herengracht 420, 1017 BZ Amsterdam, Netherlands", "Prins Bernhardplein 200, 1097 JB Amsterdam, Netherlands"],
    "DE": ["Friedrichstraße 123, 10117 Berlin, Germany", "Kurfürstendamm 195, 10707 Berlin, Germany"],
    "MY": ["Level 15-2, Bangunan Faber Imperial Court, Jalan Sultan Ismail, 50250 Kuala Lumpur, Malaysia",
           "Unit 30-01, Level 30, Tower A, Vertical Business Suite, Avenue 3, Bangsar South, 59200 Kuala Lumpur, Malaysia"],
    "RU": ["ul. Tverskaya, d. 7, Moscow, 125009, Russia", "Leningradsky prospekt, d. 39, str. 79, Moscow, 125167, Russia"],
    "CN": ["Room 201, Building A, No. 1 Qianwan 1st Road, Qianhai Shenzhen-Hong Kong Cooperation Zone, Shenzhen, 518000, China",
           "Room 102, Building 1, No. 2 Zhangjiang Road, China (Shanghai) Pilot Free Trade Zone, Shanghai, 201203, China"],
    "KZ": ["Mangilik El Avenue 55/20, Astana International Financial Centre, Astana, Kazakhstan"],
    "TR": ["Maslak Mah. Büyükdere Cad. No: 255, Nurol Plaza, Sarıyer, Istanbul, Turkey"],
}
AGENT_USE = {"HK": 0.35, "SG": 0.30, "GB": 0.28, "US": 0.30, "AE": 0.22, "CY": 0.45, "NL": 0.10, "DE": 0.05, "CN": 0.06,
             "RU": 0.06, "MY": 0.15, "KZ": 0.2, "TR": 0.05}
COWORK = {"HK": ["WeWork, 18/F, Tower 535, 535 Jaffe Road, Causeway Bay", "Regus, Level 19, Two International Finance Centre, 8 Finance Street, Central",
                 "The Hive, 23/F, 299 QRC, 287-299 Queen's Road Central, Sheung Wan"],
          "SG": ["WeWork, 71 Robinson Road, Singapore 068895", "JustCo, 6 Raffles Quay, #16-01, Singapore 048580", "The Hive, 59 Ubi Avenue 1, Singapore 408938"],
          "US": ["WeWork, 1450 Broadway, New York, NY 10018", "Regus, 2810 N Church St, Wilmington, DE 19802", "WeWork, 535 Mission Street, San Francisco, CA 94105"],
          "GB": ["WeWork, 1 St Katharine's Way, London E1W 1UN", "Regus, 1 Northumberland Avenue, Trafalgar Square, London WC2N 5BW", "Runway East, 20 St Thomas Street, London SE1 9RS"],
          "AE": ["Regus, Level 41, Emirates Towers, Sheikh Zayed Road, Dubai", "Servcorp, Level 22, Gate Village Building 10, DIFC, Dubai", "Nook Coworking, Dubai Media City, Dubai"],
          "DE": ["WeWork, Sony Center, Kemperplatz 1, 10785 Berlin", "Regus, Maximilianstraße 35, 80539 München", "Mindspace, Friedrichstraße 68, 10117 Berlin"],
          "NL": ["Spaces, Herengracht 124-128, 1015 BT Amsterdam", "WeWork, Weteringschans 165, 1017 XD Amsterdam"],
          "CN": ["WeWork, 9F, No. 1038 West Nanjing Road, Jing'an District, Shanghai", "Naked Hub, 5F, Tower 2, Kerry Plaza, Futian District, Shenzhen"],
          "MY": ["Common Ground, Level 2, Wisma UOA Damansara II, Jalan Changkat Semantan, 50490 Kuala Lumpur", "WORQ, Level 2, TTDI Plaza, Kuala Lumpur"],
          "RU": ["SOK, Smolenskaya-Sennaya pl., d. 27, str. 1, Moscow", "Regus, Paveletskaya pl., d. 2, str. 2, Moscow"]}


def build_hubs(rng):
    hubs = {"agent": {}, "cowork": {}}
    for cc, lst in AGENTS.items():
        items = []
        for i, t in enumerate(lst):
            hid = "agent:%s%d" % (cc, i)
            items.append({"hub": hid, "text": t, "cc": cc, "phone": None})
        hubs["agent"][cc] = Zipf(items, 0.8)
    for cc, lst in COWORK.items():
        items = []
        for i, t in enumerate(lst):
            hid = "cowork:%s%d" % (cc, i)
            def suite(r, cc=cc):
                n = r.randint(100, 3999)
                return r.choice(["Suite %d" % n, "Desk %d" % (n % 300), "Unit %d" % n, "Office %d" % n, "Room %d" % n, "Ste %d" % n, "#%02d-%02d" % (n // 100, n % 100)])
            items.append({"hub": hid, "text": t, "cc": cc, "suite": suite})
        hubs["cowork"][cc] = Zipf(items, 0.7)
    return hubs


# ---------------------------------------------------------------- phones
def gen_phone(cc, rng):
    """returns national significant number (digits, without country code)"""
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if cc == "CN":
        return rng.choice(["13", "15", "18", "17", "19"]) + d(9) if rng.random() < 0.7 else rng.choice(["755", "21", "10", "20", "571", "28"]) + d(8)
    if cc == "HK":
        return rng.choice("5692") + d(7) if rng.random() < 0.8 else "3" + d(7)
    if cc == "SG":
        return rng.choice("689") + d(7)
    if cc == "AE":
        return "5" + rng.choice("024568") + d(7) if rng.random() < 0.6 else rng.choice(["4", "2", "6"]) + d(7)
    if cc in ("RU", "KZ"):
        return ("9" + d(9)) if rng.random() < 0.6 else (rng.choice(["495", "499", "812"]) if cc == "RU" else "727") + d(7)
    if cc == "US":
        return rng.choice("23456789") + d(2) + rng.choice("23456789") + d(6)
    if cc == "GB":
        return "7" + rng.choice("45789") + d(8) if rng.random() < 0.5 else "20" + rng.choice("378") + d(7)
    if cc == "DE":
        return "1" + rng.choice(["51", "52", "60", "70", "71", "76"]) + d(8) if rng.random() < 0.5 else rng.choice(["30", "89", "40", "69"]) + d(8)
    if cc == "NL":
        return "6" + d(8) if rng.random() < 0.5 else rng.choice(["20", "10", "70"]) + d(7)
    if cc == "MY":
        return "1" + rng.choice("2346789") + d(7) if rng.random() < 0.6 else "3" + d(8)
    return rng.choice("23456789") + d(8)


TRUNK = {"CN": "0", "AE": "0", "RU": "8", "KZ": "8", "GB": "0", "DE": "0", "NL": "0", "MY": "0", "IN": "0", "JP": "0", "KR": "0",
         "TR": "0", "CH": "0", "FR": "0", "VN": "0", "TH": "0"}


def group_digits(s, rng):
    if len(s) <= 4:
        return s
    g = rng.choice([(3, 4), (4, 4), (3, 3, 4), (2, 4, 4), (3, 4, 4), (4, 3)])
    out, i = [], 0
    for k in g:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def render_phone(cc, nsn, rng, noisy=True):
    code = CC[cc]
    if not noisy:
        return "+" + code + nsn
    r = rng.random()
    sep = rng.choice([" ", "-", " ", ".", ""])
    grp = group_digits(nsn, rng)
    grp_s = sep.join(grp) if isinstance(grp, list) else grp
    trunk = TRUNK.get(cc, "")
    if cc == "CN" and nsn.startswith("1"):
        trunk = ""
    if r < 0.25:
        return "+" + code + nsn
    if r < 0.5:
        return "+" + code + " " + grp_s
    if r < 0.6:
        return "00" + code + " " + grp_s
    if r < 0.68:
        return "(+" + code + ") " + grp_s
    if r < 0.73 and trunk == "0":
        return "+" + code + " (0)" + grp_s
    if r < 0.78 and cc == "US":
        return "(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
    if r < 0.82 and cc == "US":
        return "1-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])
    if r < 0.85:
        return "tel:+" + code + "-" + "-".join(grp) if isinstance(grp, list) else "tel:+" + code + nsn
    # national format, parsed only with the country of the record
    return trunk + grp_s


# ---------------------------------------------------------------- registration ids
DE_COURTS = ["Berlin (Charlottenburg)", "München", "Hamburg", "Frankfurt am Main", "Köln", "Düsseldorf", "Stuttgart", "Leipzig"]


def gen_reg(cc, rng):
    d = lambda k: "".join(rng.choice("0123456789") for _ in range(k))
    if cc == "CN":
        return "91" + d(6) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)) + rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY")
    if cc == "HK":
        return str(rng.randint(1000000, 3399999))
    if cc == "SG":
        return "20%02d%05d%s" % (rng.randint(5, 24), rng.randint(0, 99999), rng.choice("CDEGHKMNRWZ"))
    if cc == "AE":
        return rng.choice(["DMCC-", "CN-", "IFZA-", "RAKEZ-", "SPC-", ""]) + d(rng.choice([6, 7]))
    if cc in ("RU",):
        return rng.choice("57") + d(9)  # INN (10 digits)
    if cc == "US":
        return d(2) + "-" + d(7)  # EIN
    if cc == "GB":
        return (rng.choice(["0", "1", "0"]) + d(7)) if rng.random() < 0.85 else rng.choice(["SC", "OC", "NI"]) + d(6)
    if cc == "DE":
        # HRB numbers are only unique per court: small numbers collide across courts
        return "%s|HRB %d" % (rng.choice(DE_COURTS), rng.randint(1000, 30000) if rng.random() < 0.5 else rng.randint(30000, 260000))
    if cc == "NL":
        return d(8)
    if cc == "MY":
        return "20%02d01%06d" % (rng.randint(10, 24), rng.randint(0, 999999))
    return cc + d(9)


def render_reg(cc, reg, rng):
    r = rng.random()
    if cc == "DE":
        court, hrb = reg.split("|")
        return rng.choice(["%s (Amtsgericht %s)", "Amtsgericht %s %s", "%s, AG %s", "%s"]) % ((hrb, court) if True else ()) if False else \
            rng.choice(["%s (Amtsgericht %s)" % (hrb, court), "Amtsgericht %s, %s" % (court, hrb), "%s AG %s" % (hrb, court.split()[0]), hrb.replace(" ", "")])
    if cc == "CN":
        if r < 0.15:
            return reg.lower()
        if r < 0.25:
            return " ".join(reg[i:i + 6] for i in range(0, 18, 6))
        return reg
    if cc == "GB":
        if r < 0.2 and reg[0] == "0":
            return reg.lstrip("0")
        if r < 0.3:
            return "Company No. " + reg
        return reg
    if cc == "US":
        return reg.replace("-", "") if r < 0.4 else reg
    if cc == "SG":
        return reg.lower() if r < 0.1 else ("UEN " + reg if r < 0.2 else reg)
    if cc == "HK":
        return ("CR No. " + reg) if r < 0.2 else ("0" + reg if r < 0.3 else reg)
    if cc == "MY":
        return reg if r < 0.7 else reg[:4] + "-" + reg[4:6] + "-" + reg[6:]
    if cc == "RU":
        return ("INN " + reg) if r < 0.3 else reg
    return reg if r < 0.8 else reg.replace("-", " ")


# ---------------------------------------------------------------- IPs
def ip_pools(rng):
    P = {}
    cloud = []
    for pre in ["3.5", "3.8", "13.21", "13.52", "18.18", "18.13", "34.10", "34.12", "35.18", "35.22", "52.2", "52.7", "54.15", "20.19",
                "20.4", "40.11", "47.24", "47.88", "8.21", "119.28", "43.15", "150.10", "101.3", "129.15", "139.59"]:
        for _ in range(3):
            cloud.append("%s.%d" % (pre, rng.randint(0, 255)))
    P["cloud_blocks"] = cloud
    P["cloud"] = Zipf(["%s.%d" % (b, rng.randint(1, 254)) for b in cloud for _ in range(2)], 0.8)
    cg = {"CN": ["117.136", "223.104", "112.97", "39.144", "183.192"], "RU": ["176.59", "31.173", "188.170", "85.26"],
          "US": ["172.58", "172.56", "174.205"], "HK": ["223.197", "42.200", "112.118"], "SG": ["116.86", "175.156"],
          "AE": ["94.200", "5.195", "2.49"], "GB": ["82.132", "92.40", "31.94"], "DE": ["80.187", "91.64", "37.201"],
          "NL": ["62.140", "84.241"], "MY": ["115.164", "175.139", "60.50"]}
    P["cgnat"] = {}
    for cc, pres in cg.items():
        ips = []
        for pre in pres:
            for _ in range(2):
                b = "%s.%d" % (pre, rng.randint(0, 255))
                ips += ["%s.%d" % (b, rng.randint(1, 254)) for _ in range(6)]
        P["cgnat"][cc] = Zipf(list(dict.fromkeys(ips)), 0.7)
    vpn = []
    for pre in ["185.220", "45.83", "89.187", "194.35", "146.70", "212.102", "37.19", "156.146", "103.107", "193.27", "31.13", "91.219"]:
        b = "%s.%d" % (pre, rng.randint(0, 255))
        vpn += ["%s.%d" % (b, rng.randint(1, 254)) for _ in range(3)]
    P["vpn"] = Zipf(list(dict.fromkeys(vpn)), 0.8)
    P["cloud6"] = Zipf(["2600:1f18:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff)) for _ in range(20)] +
                       ["2406:da1c:%x:%x::%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff), rng.randint(1, 0xffff)) for _ in range(10)], 0.8)
    # ISP business / residential /24 blocks per country (static office IPs are unique, but many strangers share a /24)
    isp = {"CN": ["114.242", "58.33", "120.229", "183.14", "218.17"], "HK": ["203.186", "218.102", "59.148", "202.64"], "SG": ["203.116", "116.12", "118.189"],
           "AE": ["94.56", "86.96", "217.165"], "RU": ["95.165", "213.87", "46.188", "178.140", "91.203"], "US": ["73.12", "98.218", "66.249", "24.52", "71.190", "108.28"],
           "GB": ["86.3", "81.157", "212.58", "92.233"], "DE": ["87.123", "93.215", "84.58", "217.91"], "NL": ["77.161", "145.53", "83.84"],
           "MY": ["113.210", "175.143", "219.92"]}
    P["isp"] = {}
    for cc, pres in isp.items():
        P["isp"][cc] = ["%s.%d" % (pre, rng.randint(0, 255)) for pre in pres for _ in range(rng.randint(15, 40))]
    P["isp_other"] = ["%d.%d.%d" % (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255)) for _ in range(120)]
    P["v6pre"] = {"CN": "240e", "HK": "2402", "SG": "2406", "AE": "2001:8f8", "RU": "2a00", "US": "2601", "GB": "2a02", "DE": "2003", "NL": "2a01", "MY": "2001:e68"}
    return P


def own_ip(cc, P, rng, used):
    blocks = P["isp"].get(cc) or P["isp_other"]
    while True:
        ip = "%s.%d" % (rng.choice(blocks), rng.randint(2, 254))
        if ip not in used:
            used.add(ip)
            return ip


def own_ip6(cc, P, rng):
    pre = P["v6pre"].get(cc, "2a05")
    if ":" in pre:
        base = pre + ":%x" % rng.randint(0, 0xffff)
    else:
        base = pre + ":%x:%x" % (rng.randint(0, 0xffff), rng.randint(0, 0xffff))
    return base + ":%x::%x" % (rng.randint(0, 0xffff), rng.randint(1, 0xffff))


def ip6_expand(s):
    if "::" in s:
        a, b = s.split("::")
        al = a.split(":") if a else []
        bl = b.split(":") if b else []
        mid = ["0"] * (8 - len(al) - len(bl))
        parts = al + mid + bl
    else:
        parts = s.split(":")
    return parts


def ip_canon(ip):
    if ":" in ip:
        parts = ip6_expand(ip)
        return "v6:" + ":".join("%x" % int(x, 16) for x in parts[:3]) + "::/48"
    return ip


def render_ip(ip, rng, noisy=True):
    if ":" not in ip or not noisy:
        return ip
    r = rng.random()
    parts = ip6_expand(ip)
    if r < 0.2:
        return ":".join("%04x" % int(x, 16) for x in parts)
    if r < 0.3:
        return ip.upper()
    return ip


# ---------------------------------------------------------------- population
PRESENT = {"reg": 0.55, "addr": 0.75, "email": 0.8, "phone": 0.6, "web": 0.35, "card": 0.45, "dirs": 0.5, "owns": 0.3, "ips": 0.6, "ssh": 0.35}
EDGE_KINDS = {"person": 25, "phone": 14, "addr": 14, "card": 9, "ssh": 10, "ip": 12, "edom": 7, "web": 4, "email_free": 3, "reg": 2}
NOMINEE_CC = ["HK", "HK", "HK", "SG", "SG", "GB", "GB", "AE", "CY", "US", "MY", "HK", "SG", "GB", "AE", "CY", "HK", "SG", "US", "GB",
              "HK", "SG", "AE", "HK", "GB"]
SSH_HUB = "SHA256:1M4RzhMyWuFS/86uPY/ce2prh/dVTHW7iD2RhpquOZA"   # a well-known default (tutorial/vagrant-style) key
CARD_HUB = "fp_RsLr0Mk7pQ2xZc9A"                                 # a reseller's corporate card paying for many end customers


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.geo = Geo(random.Random(seed * 7 + 1))
        self.hubs = build_hubs(random.Random(seed * 7 + 2))
        self.P = ip_pools(random.Random(seed * 7 + 3))
        self.npid = 0
        self.used_ip = set()
        self.used_dom = set()
        self.custs = []
        rng = self.rng
        self.agent_phone = {}
        self.agent_dom = {}
        for cc, z in self.hubs["agent"].items():
            for it in z.items:
                self.agent_phone[it["hub"]] = (cc, gen_phone(cc, rng))
                self.agent_dom[it["hub"]] = rng.choice(["corpsec", "incorp", "company-secretary", "formations", "bizsetup", "regagent"]) + \
                    "-%s.%s" % (cc.lower(), rng.choice(TLD.get(cc, ["com"])))
        self.nominees = []
        for cc in NOMINEE_CC:
            p = self.person(cc)
            p.nominee = True
            self.nominees.append(p)
        self.z_nom = Zipf(self.nominees, 0.6)

    def person(self, cc):
        self.npid += 1
        return make_person("P%d" % self.npid, cc, self.rng)

    def domain(self, stem, cc):
        rng = self.rng
        for _ in range(20):
            d = domain_label(stem, rng) + "." + rng.choice(TLD.get(cc, ["com"]) + ["com"])
            if d not in self.used_dom:
                self.used_dom.add(d)
                return d
        d = domain_label(stem, rng) + str(rng.randint(1000, 99999)) + ".com"
        self.used_dom.add(d)
        return d

    def new_cust(self, party, cc, stem=None):
        rng = self.rng
        stem = stem or make_stem(cc, rng)
        c = {"party": party, "cc": cc, "stem": stem, "name": make_company_name(cc, stem, rng), "reg": None, "addr": None, "phone": None,
             "email": None, "web": None, "card": None, "dirs": [], "owns": [], "ips": [], "ssh": [], "listed": False,
             "fixed": set()}
        self.custs.append(c)
        return c

    def fill_background(self, c, shell=False):
        """fields not fixed by planted evidence: own unique values, hubs, or missing"""
        rng = self.rng
        cc = c["cc"]
        pr = dict(PRESENT)
        if shell:
            pr.update(reg=0.45, web=0.25, card=0.5)
        if c["reg"] is None and rng.random() < pr["reg"]:
            c["reg"] = gen_reg(cc, rng)
        agent_used = None
        if c["addr"] is None and rng.random() < pr["addr"]:
            r = rng.random()
            ause = AGENT_USE.get(cc, 0.05) * (1.4 if shell else 1.0)
            if r < ause and cc in self.hubs["agent"]:
                c["addr"] = self.hubs["agent"][cc](rng)
                agent_used = c["addr"]["hub"]
            elif r < ause + (0.12 if shell else 0.08) and cc in self.hubs["cowork"]:
                c["addr"] = self.hubs["cowork"][cc](rng)
            else:
                c["addr"] = self.geo.address(cc, rng)
        if c["phone"] is None and rng.random() < pr["phone"]:
            if agent_used and rng.random() < 0.5:
                c["phone"] = self.agent_phone[agent_used]
            else:
                c["phone"] = (cc, gen_phone(cc, rng))
        if not c["dirs"] and rng.random() < pr["dirs"]:
            k = rng.choice([1, 1, 1, 2, 2, 3])
            nom_p = (0.3 if shell else (0.18 if cc in ("HK", "SG", "GB", "CY", "AE") else 0.04))
            for _ in range(k):
                c["dirs"].append(self.z_nom(rng) if rng.random() < nom_p else self.person(cc))
        elif c["dirs"] and shell and rng.random() < 0.25:
            c["dirs"].append(self.z_nom(rng))
        if not c["owns"] and rng.random() < pr["owns"]:
            if c["dirs"] and rng.random() < 0.5:
                c["owns"] = [d for d in c["dirs"] if not d.nominee][:1] or [self.person(cc)]
            else:
                c["owns"] = [self.person(cc) for _ in range(rng.choice([1, 1, 2]))]
        if c["email"] is None and rng.random() < pr["email"]:
            r = rng.random()
            fm = 0.55 if shell else 0.38
            if agent_used and r < 0.15:
                c["email"] = ("agent", self.agent_dom[agent_used], rng.choice(["info", "admin", "cs", "client"]) + str(rng.randint(1, 9999)))
            elif r < fm:
                c["email"] = ("free", FREEMAIL(rng), self.free_local(c))
            else:
                c["email"] = ("own", self.domain(c["stem"], cc), None)
        if c["web"] is None and rng.random() < pr["web"]:
            if c["email"] and c["email"][0] == "own" and rng.random() < 0.85:
                c["web"] = c["email"][1]
            elif rng.random() < 0.06:
                c["web"] = domain_label(c["stem"], rng) + str(rng.randint(1, 999)) + "." + rng.choice(PLATFORMS)
            else:
                c["web"] = self.domain(c["stem"], cc)
        if c["card"] is None and rng.random() < pr["card"]:
            c["card"] = CARD_HUB if (not shell and rng.random() < 0.004) else self.card()
        if rng.random() < pr["ips"]:
            for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
                c["ips"].append(self.bg_ip(cc))
        if rng.random() < pr["ssh"]:
            for _ in range(rng.choice([1, 1, 2, 3])):
                c["ssh"].append(SSH_HUB if (not shell and rng.random() < 0.012) else self.ssh())

    def bg_ip(self, cc):
        rng = self.rng
        r = rng.random()
        if r < 0.33:
            return self.P["cloud"](rng)
        if r < 0.53 and cc in self.P["cgnat"]:
            return self.P["cgnat"][cc](rng)
        if r < 0.61:
            return self.P["vpn"](rng)
        if r < 0.66:
            return self.P["cloud6"](rng)
        if r < 0.72:
            return own_ip6(cc, self.P, rng)
        return own_ip(cc, self.P, rng, self.used_ip)

    def card(self):
        return "fp_" + "".join(self.rng.choice(string.ascii_letters + string.digits) for _ in range(16))

    def ssh(self):
        return "SHA256:" + b64(self.rng, 43)

    def free_local(self, c):
        rng = self.rng
        p = (c["dirs"] or c["owns"] or [None])[0]
        if p is not None and not p.nominee and rng.random() < 0.7:
            nm = re.sub(r"[^a-z]", "", p.key.split()[0]) + rng.choice([".", "_", ""]) + re.sub(r"[^a-z]", "", p.key.split()[-1])
        else:
            nm = domain_label(c["stem"], rng)
        return nm + (str(rng.randint(1, 2005)) if rng.random() < 0.6 else "")

    # ---------------------------------------------------------------- planted networks
    def network(self, nid, size):
        rng = self.rng
        op = wpick(rng, {"CN": 35, "RU": 25, "HK": 10, "AE": 10, "SG": 5, "US": 4, "GB": 4, "MY": 3, "DE": 2, "NL": 2})
        jur = SHELL_JUR.get(op, {op: 5, "HK": 1, "AE": 1, "GB": 1})
        theme = make_stem(op, rng) if rng.random() < 0.25 else None
        mem = []
        for _ in range(size):
            cc = wpick(rng, jur)
            stem = theme if (theme and rng.random() < 0.7) else None
            c = self.new_cust(nid, cc, stem)
            mem.append(c)
        pools = defaultdict(list)
        edges = []
        for i in range(1, size):
            j = 0 if rng.random() < 0.3 else rng.randrange(i)
            edges.append((i, j))
        for _ in range(size // 4):
            a, b = rng.sample(range(size), 2)
            edges.append((a, b))
        for (i, j) in edges:
            u, v = mem[i], mem[j]
            k = rng.choices([1, 2, 3], weights=[50, 35, 15])[0]
            kinds = set()
            tries = 0
            while len(kinds) < k and tries < 20:
                tries += 1
                kind = wpick(rng, EDGE_KINDS)
                if kind in kinds:
                    continue
                if self.share(kind, u, v, pools, op):
                    kinds.add(kind)
        if rng.random() < 0.15:
            rng.choice(mem)["listed"] = True
        for c in mem:
            self.fill_background(c, shell=True)
        return mem

    def share(self, kind, u, v, pools, op):
        rng = self.rng
        slot = {"phone": "phone", "addr": "addr", "card": "card", "edom": "email", "email_free": "email", "web": "web", "reg": "reg"}.get(kind)
        if slot:
            a, b = u[slot], v[slot]
            if kind == "reg" and u["cc"] != v["cc"]:
                return False
            if a is not None and b is not None:
                return a == b and a is not None
            have = a if a is not None else b
            if have is not None:
                if kind == "edom" and have[0] != "own" or kind == "email_free" and have[0] != "free":
                    return False
                val = have
            else:
                pool = pools[kind]
                if pool and rng.random() < 0.6:
                    val = rng.choice(pool)
                else:
                    val = self.asset(kind, u, op)
                    pool.append(val)
            if kind == "edom":
                val = ("own", val[1], None)
            if kind == "email_free":
                val = ("free", val[1], val[2])
            u[slot] = val
            v[slot] = val
            if kind == "reg":
                v["name"] = u["name"] if rng.random() < 0.5 else make_company_name(u["cc"], u["stem"], rng)
            return True
        pool = pools[kind]
        if pool and rng.random() < 0.6:
            val = rng.choice(pool)
        else:
            val = self.asset(kind, u, op)
            pool.append(val)
        if kind == "person":
            for c in (u, v):
                if val in c["dirs"] or val in c["owns"]:
                    continue
                (c["dirs"] if rng.random() < 0.6 else c["owns"]).append(val)
        elif kind == "ssh":
            for c in (u, v):
                if val not in c["ssh"]:
                    c["ssh"].append(val)
        elif kind == "ip":
            for c in (u, v):
                if val not in c["ips"]:
                    c["ips"].append(val)
        return True

    def asset(self, kind, u, op):
        rng = self.rng
        cc = op if rng.random() < 0.6 else u["cc"]
        if kind == "person":
            return self.person(cc)
        if kind == "phone":
            return (cc, gen_phone(cc, rng))
        if kind == "addr":
            return self.geo.address(u["cc"], rng)
        if kind == "card":
            return self.card()
        if kind == "ssh":
            return self.ssh()
        if kind == "ip":
            return own_ip6(op, self.P, rng) if rng.random() < 0.15 else own_ip(op, self.P, rng, self.used_ip)
        if kind == "edom":
            return ("own", self.domain(make_stem(op, rng), op), None)
        if kind == "web":
            return self.domain(make_stem(op, rng), op)
        if kind == "email_free":
            p = self.person(op)
            nm = re.sub(r"[^a-z]", "", p.key.split()[0]) + rng.choice([".", "_", ""]) + re.sub(r"[^a-z]", "", p.key.split()[-1])
            return ("free", FREEMAIL(rng), nm + str(rng.randint(1, 2005)))
        if kind == "reg":
            return gen_reg(u["cc"], rng)
        raise ValueError(kind)

    # ---------------------------------------------------------------- canonical values
    def canon(self, c):
        o = {}
        if c["reg"]:
            o["reg"] = c["cc"] + ":" + c["reg"]
        if c["card"]:
            o["card"] = c["card"]
        if c["phone"]:
            o["phone"] = "+" + CC[c["phone"][0]] + c["phone"][1]
        if c["addr"]:
            o["addr"] = addr_key(c["addr"])
        if c["email"]:
            kind, dom, loc = c["email"]
            if kind == "free":
                o["email_free"] = (loc + "@" + dom).lower()
            else:
                o["edom"] = dom
        if c["web"]:
            o["web"] = c["web"]
        if c["ssh"]:
            o["ssh"] = list(c["ssh"])
        if c["dirs"]:
            o["dir"] = [p.pid for p in c["dirs"]]
        if c["owns"]:
            o["own"] = [p.pid for p in c["owns"]]
        if c["ips"]:
            o["ip"] = [ip_canon(x) for x in c["ips"]]
        return o

    def findable_components(self, canon):
        """Findability rule (see module docstring). Returns {party: [components as lists of customer indexes]}"""
        parties_of = defaultdict(set)
        for i, c in enumerate(self.custs):
            o = canon[i]
            for k in ("reg", "card", "phone", "addr", "edom", "email_free", "web"):
                if k in o:
                    parties_of[(k, o[k])].add(c["party"])
            for k in ("ssh", "ip"):
                for x in o.get(k, []):
                    parties_of[(k, x)].add(c["party"])
            for p in c["dirs"] + c["owns"]:
                parties_of[("person", p.pid)].add(c["party"])
        bearers = defaultdict(set)
        for c in self.custs:
            for p in c["dirs"] + c["owns"]:
                bearers[p.key].add(p.pid)
        self.bearers = bearers
        pers = {}
        for c in self.custs:
            for p in c["dirs"] + c["owns"]:
                pers[p.pid] = p

        def ok(key):
            k, v = key
            if len(parties_of[key]) > 5:
                return False
            if k == "addr" and v.startswith(("agent:", "cowork:")):
                return False
            if k == "person":
                p = pers[v]
                return not p.nominee and len(bearers[p.key]) <= 2
            return True
        self.ok_key = ok
        members = defaultdict(list)
        for i, c in enumerate(self.custs):
            if c["party"].startswith("N"):
                members[c["party"]].append(i)
        out = {}
        for pa, ms in members.items():
            par = {i: i for i in ms}

            def f(x):
                while par[x] != x:
                    par[x] = par[par[x]]
                    x = par[x]
                return x
            byval = defaultdict(list)
            for i in ms:
                o = canon[i]
                c = self.custs[i]
                keys = [(k, o[k]) for k in ("reg", "card", "phone", "addr", "edom", "email_free", "web") if k in o]
                keys += [(k, x) for k in ("ssh", "ip") for x in o.get(k, [])]
                keys += [("person", p.pid) for p in c["dirs"] + c["owns"]]
                for key in keys:
                    byval[key].append(i)
            for key, lst in byval.items():
                if len(lst) > 1 and ok(key):
                    for x in lst[1:]:
                        par[f(x)] = f(lst[0])
            comps = defaultdict(list)
            for i in ms:
                comps[f(i)].append(i)
            out[pa] = sorted(comps.values(), key=len, reverse=True)
        return out


# ---------------------------------------------------------------- rendering
def render_email(e, rng):
    kind, dom, loc = e
    if kind == "own":
        loc = rng.choice(["info", "admin", "contact", "sales", "office", "ops", "billing", "finance", "it", "hello", "support", "accounts"])
        if rng.random() < 0.04:
            dom = "mail." + dom
    s = loc + "@" + dom
    r = rng.random()
    if r < 0.05:
        s = s.upper()
    elif r < 0.12:
        s = loc.capitalize() + "@" + dom
    return s


def render_web(d, rng):
    r = rng.random()
    if r < 0.3:
        return "https://www." + d + "/"
    if r < 0.45:
        return "http://" + d
    if r < 0.6:
        return "www." + d
    if r < 0.7:
        return d.upper() if rng.random() < 0.5 else "WWW." + d.upper()
    if r < 0.8:
        return "https://" + d + rng.choice(["/en/", "/index.html", "/about-us", "/home"])
    if r < 0.85 and d.count(".") >= 1 and not any(d.endswith(p) for p in PLATFORMS):
        return "https://" + rng.choice(["en", "shop", "portal", "cn"]) + "." + d
    return d


def render_card(card, rng):
    return card


def render_ssh(k, rng):
    if rng.random() < 0.1 and k.startswith("SHA256:"):
        return k[7:]
    return k


def render_customer(c, cid, rng):
    o = {"id": cid, "name": c["name"], "country": c["cc"]}
    if rng.random() < 0.05:
        o["country"] = rng.choice(COUNTRY_NAME[c["cc"]])
    if c["reg"]:
        o["registration_id"] = render_reg(c["cc"], c["reg"], rng)
    if c["addr"]:
        o["address"] = render_address(c["addr"], rng)
    if c["email"]:
        o["email"] = render_email(c["email"], rng)
    if c["phone"]:
        pcc, nsn = c["phone"]
        s = render_phone(pcc, nsn, rng)
        if pcc != c["cc"] and not s.startswith(("+", "00", "(+", "tel:")):
            s = "+" + CC[pcc] + " " + nsn
        o["phone"] = s
    if c["web"]:
        o["website"] = render_web(c["web"], rng)
    if c["card"]:
        o["payment_fingerprint"] = render_card(c["card"], rng)
    if c["dirs"]:
        o["directors"] = [render_person(p, rng) for p in c["dirs"]]
    if c["owns"]:
        o["owners"] = [render_person(p, rng) for p in c["owns"]]
    if c["ips"]:
        o["ips"] = [render_ip(x, rng) for x in c["ips"]]
    if c["ssh"]:
        o["ssh_keys"] = [render_ssh(x, rng) for x in c["ssh"]]
    if c["listed"] or rng.random() < 0.3:
        o["listed"] = c["listed"]
    return o


def net_size(rng):
    # heavy-tailed 2..25, mean ~4.5
    while True:
        s = int(2 * rng.paretovariate(1.25))
        if 2 <= s <= 25:
            return s


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    n = int(sys.argv[1])
    seed = int(sys.argv[2])
    out_path, truth_path = sys.argv[3], sys.argv[4]
    g = Gen(seed)
    rng = g.rng
    shell_target = int(n * 0.12)
    nets = 0
    members = 0
    while members < shell_target:
        s = min(net_size(rng), shell_target - members)
        if s < 2:
            break
        nets += 1
        g.network("N%d" % nets, s)
        members += s
    li = 0
    while len(g.custs) < n:
        li += 1
        cc = wpick(rng, COUNTRY_W)
        c = g.new_cust("L%d" % li, cc)
        if rng.random() < 0.002:
            c["listed"] = True
        g.fill_background(c)
    canon = [g.canon(c) for c in g.custs]
    comps = g.findable_components(canon)
    repairs = 0
    for pa, cs in comps.items():
        if len(cs) == 1:
            continue
        main_c = cs[0]
        for comp in cs[1:]:
            u = g.custs[rng.choice(comp)]
            v = g.custs[rng.choice(main_c)]
            if u["card"] is None and v["card"] is None:
                u["card"] = v["card"] = g.card()
            elif u["phone"] is None and v["phone"] is None:
                u["phone"] = v["phone"] = (u["cc"], gen_phone(u["cc"], rng))
            else:
                k = g.ssh()
                u["ssh"].append(k)
                v["ssh"].append(k)
            repairs += 1
            main_c = main_c + comp
    canon = [g.canon(c) for c in g.custs]
    comps = g.findable_components(canon)
    assert all(len(cs) == 1 for cs in comps.values()), "findability repair failed"
    order = list(range(len(g.custs)))
    rng.shuffle(order)
    ids = {}
    used = set()
    for i in order:
        while True:
            cid = "cus_%010x" % rng.getrandbits(40)
            if cid not in used:
                used.add(cid)
                ids[i] = cid
                break
    with open(out_path, "w", encoding="utf-8") as f, open(truth_path, "w") as t, open(truth_path + ".canon.jsonl", "w", encoding="utf-8") as cf:
        for i in order:
            c = g.custs[i]
            rec = render_customer(c, ids[i], rng)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            t.write("%s,%s\n" % (ids[i], c["party"]))
            co = dict(canon[i])
            co["id"] = ids[i]
            cf.write(json.dumps(co, ensure_ascii=False) + "\n")
    true_pairs = sum(len(v[0]) * (len(v[0]) - 1) // 2 for v in comps.values())
    print("customers %d  networks %d  shell members %d  true pairs %d  findability repairs %d" % (len(g.custs), nets, members, true_pairs, repairs),
          file=sys.stderr)


if __name__ == "__main__":
    main()
