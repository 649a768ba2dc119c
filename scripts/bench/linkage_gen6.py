#!/usr/bin/env python3
"""gen6: adversarial-but-fair synthetic customer population for `leasegate linkage run`.

Usage: gen.py N SEED OUT.jsonl TRUTH.csv
Writes OUT.jsonl (customers), TRUTH.csv (`id,party`), TRUTH.csv.canon.jsonl (canonical values per
customer, keys as linkage_eval.py expects) and TRUTH.csv.meta.jsonl (per-customer generator tags:
how each shell was attached to its network, which trap a legitimate company belongs to).
Python 3.11 stdlib only; deterministic per seed.

Parties
- Planted networks (party "N....."): ~30% of customers. Size mix: many pairs and triples, some
  4-10, a few 11-29 and a few of 30-80. The operator builds each new shell fresh and reuses as
  LITTLE as possible from ONE earlier shell (a tree / chain): usually exactly one item -- the same
  SSH key, payment card, phone (national vs international format), mailbox domain, website (same
  registrable domain in another URL form), static IP, exact free-mail address, a director written
  in another script/romanisation (Han vs pinyin, Cyrillic vs Latin, Arabic vs several
  romanisations), the same office address (other format) -- or two weak items (office written in
  another language, IPs in the same exclusive /24, a director with a common name, a shared brand
  word in the company name). Everything else on a shell is fresh or a hub (registered agent,
  co-working, nominee director, free mail, VPN/NAT exits).
- Legitimate companies (party "L......"): each its own party. Traps: look-alike names sharing a
  brand word (+ the brand on another TLD), shared family names / very common full names, neighbours
  in the same building on other floors, an accountant's phone shared by 8-30 clients, university NAT
  IPs and /24, a hosting provider's /24, the same big-ISP IPv6 /48 (distinct /64s), and a template
  SSH key baked into a public image (a hub on a "strong" attribute, ~0.4% of customers).
- Noise: legal-form variants, typos, case, address abbreviations / unit & floor designators /
  postcodes, phone formats, URL forms, IPv6 spellings, SSH fingerprint spellings, missing fields.

Findability rule (enforced in code, see `enforce_findability`): every member of a planted network
is joined to the rest of it by a chain of same-network pairs where each pair shares
  (a) a strong identifier (registration id, payment fingerprint, SSH key), or
  (b) one specific soft value: phone, own e-mail domain, website registrable domain, exact
      free-mail address, exact static IP (IPv6: same /64), same office (same language on both
      records), a director/owner who is the same person with an uncommon name; or
  (c) two different weak values: same office written in another language, IPs in the same /24,
      same person with a common name, a shared brand word in the company name;
and every value used in (a)-(c) is held by that network only (no other party has it: hub values
-- registered agents, co-working, free-mail domains, VPN/NAT, nominee directors, common names,
accountant phones, university / hosting / ISP ranges, template SSH keys -- never count).
A network that is not connected under this rule is repaired by giving a stranded member an SSH
key of the main part (counted in the stats printed to stderr).
Conversely no two different parties share any value that would qualify under (a)-(c): shared
values across parties are hubs held by >= 5 parties (rare names are made unique).
"""
import gzip
import hashlib
import ipaddress
import json
import os
import random
import re
import string
import sys
from collections import Counter, defaultdict

# ----------------------------------------------------------------------------- reference data
CN_SUR = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
          ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"),
          ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("高", "Gao"), ("郑", "Zheng"), ("梁", "Liang"),
          ("谢", "Xie"), ("宋", "Song"), ("唐", "Tang"), ("韩", "Han"), ("冯", "Feng"), ("邓", "Deng"), ("曹", "Cao"),
          ("彭", "Peng"), ("曾", "Zeng"), ("田", "Tian"), ("董", "Dong"), ("潘", "Pan"), ("袁", "Yuan"), ("蔡", "Cai"),
          ("蒋", "Jiang"), ("杜", "Du"), ("叶", "Ye"), ("程", "Cheng"), ("魏", "Wei"), ("苏", "Su"), ("丁", "Ding"),
          ("任", "Ren"), ("姚", "Yao"), ("沈", "Shen"), ("钟", "Zhong"), ("崔", "Cui"), ("谭", "Tan"), ("范", "Fan"),
          ("廖", "Liao"), ("石", "Shi"), ("金", "Jin"), ("贾", "Jia"), ("夏", "Xia"), ("方", "Fang"), ("邹", "Zou"),
          ("熊", "Xiong"), ("白", "Bai"), ("孟", "Meng"), ("秦", "Qin"), ("邱", "Qiu"), ("侯", "Hou"), ("薛", "Xue"),
          ("雷", "Lei"), ("龙", "Long"), ("陶", "Tao"), ("毛", "Mao"), ("郝", "Hao"), ("顾", "Gu"), ("龚", "Gong"),
          ("邵", "Shao"), ("钱", "Qian"), ("戴", "Dai"), ("严", "Yan"), ("孔", "Kong"), ("康", "Kang"), ("乔", "Qiao")]
CN_GIV = [("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("强", "qiang"),
          ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("艳", "yan"), ("杰", "jie"), ("涛", "tao"),
          ("明", "ming"), ("超", "chao"), ("秀", "xiu"), ("霞", "xia"), ("平", "ping"), ("刚", "gang"), ("英", "ying"),
          ("华", "hua"), ("建", "jian"), ("国", "guo"), ("志", "zhi"), ("海", "hai"), ("红", "hong"), ("文", "wen"),
          ("晓", "xiao"), ("东", "dong"), ("辉", "hui"), ("鹏", "peng"), ("飞", "fei"), ("宇", "yu"), ("浩", "hao"),
          ("博", "bo"), ("斌", "bin"), ("雪", "xue"), ("琳", "lin"), ("婷", "ting"), ("俊", "jun"), ("峰", "feng"),
          ("庆", "qing"), ("春", "chun"), ("云", "yun"), ("新", "xin"), ("天", "tian"), ("立", "li"), ("成", "cheng"),
          ("嘉", "jia"), ("振", "zhen"), ("德", "de"), ("光", "guang"), ("永", "yong"), ("泽", "ze"), ("瑞", "rui"),
          ("子", "zi"), ("晨", "chen"), ("昊", "hao"), ("然", "ran"), ("欣", "xin"), ("怡", "yi"), ("佳", "jia")]
CN_COMMON = [("王", "伟"), ("李", "娜"), ("张", "伟"), ("王", "芳"), ("李", "强"), ("刘", "洋"), ("陈", "静"), ("张", "敏"),
             ("王", "磊"), ("李", "军"), ("刘", "伟"), ("杨", "勇")]
RU_GIV = [("Александр", ["Alexander", "Aleksandr", "Alexandr"]), ("Дмитрий", ["Dmitry", "Dmitriy", "Dmitrii"]),
          ("Сергей", ["Sergey", "Sergei"]), ("Андрей", ["Andrey", "Andrei"]), ("Алексей", ["Alexey", "Aleksei", "Alexei"]),
          ("Михаил", ["Mikhail"]), ("Николай", ["Nikolay", "Nikolai"]), ("Евгений", ["Evgeny", "Yevgeny", "Evgenii"]),
          ("Юрий", ["Yury", "Yuri", "Iurii"]), ("Олег", ["Oleg"]), ("Игорь", ["Igor"]), ("Владимир", ["Vladimir"]),
          ("Максим", ["Maxim", "Maksim"]), ("Артём", ["Artem", "Artyom"]), ("Павел", ["Pavel"]), ("Виктор", ["Viktor", "Victor"]),
          ("Ольга*", ["Olga"]), ("Елена*", ["Elena", "Yelena"]), ("Татьяна*", ["Tatiana", "Tatyana"]),
          ("Наталья*", ["Natalia", "Natalya"]), ("Ирина*", ["Irina"]), ("Светлана*", ["Svetlana"])]
RU_COMMON_SUR = [("Иванов", ["Ivanov"]), ("Смирнов", ["Smirnov"]), ("Кузнецов", ["Kuznetsov", "Kuznecov"]),
                 ("Попов", ["Popov"]), ("Петров", ["Petrov"]), ("Соколов", ["Sokolov"])]
AR_GIV = [("محمد", ["Mohammed", "Muhammad", "Mohamed", "Mohamad"]), ("أحمد", ["Ahmed", "Ahmad"]),
          ("عبد الرحمن", ["Abdul Rahman", "Abdulrahman", "Abdelrahman", "Abd al-Rahman"]),
          ("حسين", ["Hussein", "Hussain", "Husain", "Husayn"]), ("خالد", ["Khaled", "Khalid"]),
          ("يوسف", ["Youssef", "Yousef", "Yusuf"]), ("عمر", ["Omar", "Umar"]), ("علي", ["Ali"]),
          ("سعيد", ["Saeed", "Said", "Saied"]), ("فيصل", ["Faisal", "Faysal"]), ("طارق", ["Tariq", "Tarek", "Tarik"]),
          ("ماجد", ["Majid", "Majed", "Maged"]), ("جمال", ["Jamal", "Gamal"]), ("نبيل", ["Nabil", "Nabeel"]),
          ("رشيد", ["Rashid", "Rasheed", "Rachid"]), ("كريم", ["Karim", "Kareem"]),
          ("مصطفى", ["Mustafa", "Mostafa", "Moustafa"]), ("إبراهيم", ["Ibrahim", "Ebrahim"]),
          ("حمزة", ["Hamza", "Hamzah"]), ("وليد", ["Walid", "Waleed"]), ("سلطان", ["Sultan"]), ("منصور", ["Mansour", "Mansoor"])]
AR_SUR = [("الهاشمي", ["Al-Hashimi", "Alhashimi", "El Hashemi", "Al Hashemi"]),
          ("القحطاني", ["Al-Qahtani", "Alqahtani", "Al Kahtani"]), ("الزهراني", ["Al-Zahrani", "Alzahrani", "Al Zahrani"]),
          ("الشمري", ["Al-Shammari", "Alshammari", "Al Shamari"]),
          ("المنصوري", ["Al-Mansouri", "Almansoori", "Al Mansoori", "El Mansouri"]),
          ("الخطيب", ["Al-Khatib", "Alkhatib", "El Khatib", "Al Khateeb"]), ("النجار", ["Al-Najjar", "Alnajjar", "El Naggar"]),
          ("حداد", ["Haddad", "Hadad"]), ("عثمان", ["Othman", "Osman", "Uthman"]), ("السيد", ["El-Sayed", "Elsayed", "Al Sayed"]),
          ("الدوسري", ["Al-Dosari", "Aldossary", "Al Dossari"]), ("العتيبي", ["Al-Otaibi", "Alotaibi", "Al Otaibi"]),
          ("الحربي", ["Al-Harbi", "Alharbi"]), ("الكعبي", ["Al-Kaabi", "Alkaabi", "Al Kaabi"]),
          ("البلوشي", ["Al-Balushi", "Albalooshi", "Al Baloushi"]), ("الرميثي", ["Al-Rumaithi", "Alromaithi", "Al Romaithi"]),
          ("الفلاسي", ["Al-Falasi", "Alfalasi", "Al Falasi"]), ("كرمي", ["Karmi", "Carmi"]), ("صالح", ["Saleh", "Salih"]),
          ("الأنصاري", ["Al-Ansari", "Alansari", "El Ansary"])]
AR_COMMON = [("محمد علي", "Mohammed Ali"), ("أحمد حسن", "Ahmed Hassan"), ("محمد أحمد", "Mohamed Ahmed"),
             ("علي حسين", "Ali Hussein")]
WE_GIV = ["James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas", "Daniel", "Matthew", "Mark",
          "Paul", "Andrew", "Peter", "Stefan", "Jan", "Lukas", "Pieter", "Sophie", "Emma", "Anna", "Laura", "Julia",
          "Sarah", "Claire", "Marco", "Luca", "Nikos", "Andreas", "Christos", "Elena", "Maria", "Ahmet", "Mehmet", "Rajesh",
          "Priya", "Arjun", "Wei Ming", "Siew Ling", "Kenji", "Haruto", "Oliver", "Henrik", "Lars", "Ingrid", "Fatma"]
WE_SUR = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Walker",
          "Thompson", "Evans", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "de Vries", "van Dijk", "Jansen",
          "Bakker", "Rossi", "Bianchi", "Papadopoulos", "Georgiou", "Christodoulou", "Yilmaz", "Kaya", "Demir", "Sharma",
          "Patel", "Gupta", "Tan", "Lim", "Ng", "Tanaka", "Suzuki", "Hansen", "Nielsen", "Andersson", "Kowalski",
          "Novak", "Horvat", "Ferreira", "Santos", "Okafor", "Mensah", "Kariuki", "O'Brien", "McAllister", "Fitzgerald"]
WE_COMMON = ["John Smith", "David Lee", "Michael Brown", "Peter Müller", "Mehmet Yilmaz", "Raj Patel"]

SYL = ["ka", "ro", "zen", "tri", "vo", "lux", "mar", "qu", "del", "sy", "nex", "ar", "bel", "ion", "tor", "vi", "sol",
       "ter", "mo", "dax", "len", "or", "pha", "ce", "rix", "an", "ko", "tel", "mi", "ra", "gen", "os", "ly", "va",
       "ber", "nor", "cal", "sa", "xen", "dor", "fi", "lo", "pra", "kin", "um", "zo", "ve", "tra"]
COMMON_WORDS = ["Golden", "Dragon", "Star", "Sun", "Nova", "Atlas", "Apex", "Prime", "Global", "Pacific", "Eastern",
                "Silver", "Bright", "Sino", "Asia", "Euro", "United", "Great", "Royal", "Crystal", "Phoenix", "Orient",
                "Summit", "Vertex", "Blue", "Green", "Red", "New", "First", "Smart", "Alpha", "Omega", "Delta",
                "Huawei", "Sunrise", "Horizon", "Evergreen", "Harbor", "Victory", "Wisdom"]
INDUSTRY = ["Technology", "Tech", "Trading", "Logistics", "Computing", "Data", "Cloud", "Systems", "Solutions",
            "Electronics", "Investment", "Holdings", "Consulting", "Digital", "Networks", "Software", "AI", "Analytics",
            "Industrial", "Import & Export", "Supply Chain", "Semiconductor", "Information Technology", "Capital",
            "Engineering", "Media", "Services", "Resources", "Development", "Innovation"]
CN_BRAND = ["华", "科", "星", "龙", "海", "创", "智", "达", "信", "通", "腾", "鑫", "宏", "恒", "盛", "远", "泰", "安",
            "明", "光", "云", "数", "芯", "联", "新", "天", "宇", "金", "博", "锐"]
CN_IND = [("科技", "Technology"), ("贸易", "Trading"), ("信息技术", "Information Technology"), ("电子", "Electronics"),
          ("数据", "Data"), ("网络", "Network"), ("投资", "Investment"), ("供应链", "Supply Chain")]
RU_BRAND = [("Вектор", "Vektor"), ("Гранит", "Granit"), ("Альфа", "Alfa"), ("Сигма", "Sigma"), ("Орион", "Orion"),
            ("Меридиан", "Meridian"), ("Кристалл", "Kristall"), ("Импульс", "Impuls"), ("Спектр", "Spektr"),
            ("Технолайн", "Tekhnolain"), ("Аврора", "Avrora"), ("Полюс", "Polyus"), ("Интеграл", "Integral"),
            ("Нейрон", "Neiron"), ("Квант", "Kvant"), ("Эталон", "Etalon"), ("Старт", "Start"), ("Прогресс", "Progress")]

COUNTRIES = {
    # cc, trunk, national subscriber formats ((area, digits)), legal forms, weight for legit, weight for shells
    "HK": dict(cc="852", trunk="", areas=[("", 8)], legal=["Limited", "Ltd", "Ltd.", "Co., Limited", "Company Limited", "LIMITED"], wl=6, ws=16),
    "CN": dict(cc="86", trunk="0", areas=[("10", 8), ("21", 8), ("755", 8), ("571", 8)], mob="1", legal=["Co., Ltd.", "Co. Ltd", "Company Limited", "Co.,Ltd."], wl=9, ws=10),
    "SG": dict(cc="65", trunk="", areas=[("", 8)], legal=["Pte. Ltd.", "Pte Ltd", "PTE. LTD.", "Private Limited"], wl=6, ws=9),
    "AE": dict(cc="971", trunk="0", areas=[("4", 7), ("2", 7)], mob="5", legal=["LLC", "L.L.C.", "FZE", "FZCO", "FZ-LLC", "DMCC"], wl=5, ws=10),
    "RU": dict(cc="7", trunk="8", areas=[("495", 7), ("499", 7), ("812", 7)], mob="9", legal=["LLC", "OOO", "JSC", "AO"], wl=6, ws=9),
    "KZ": dict(cc="7", trunk="8", areas=[("727", 7), ("717", 7)], legal=["LLP", "TOO"], wl=2, ws=4),
    "GB": dict(cc="44", trunk="0", areas=[("20", 8), ("161", 7)], legal=["Ltd", "Limited", "LTD", "Ltd."], wl=10, ws=8),
    "US": dict(cc="1", trunk="", areas=[("415", 7), ("212", 7), ("302", 7), ("650", 7)], legal=["Inc.", "Inc", "LLC", "Corp.", "Corporation"], wl=18, ws=5),
    "DE": dict(cc="49", trunk="0", areas=[("30", 8), ("69", 8), ("89", 8)], legal=["GmbH", "GmbH & Co. KG", "AG", "UG (haftungsbeschränkt)"], wl=9, ws=2),
    "NL": dict(cc="31", trunk="0", areas=[("20", 7), ("10", 7)], legal=["B.V.", "BV", "N.V."], wl=5, ws=2),
    "CY": dict(cc="357", trunk="", areas=[("25", 6), ("22", 6)], legal=["Ltd", "Limited", "LTD"], wl=2, ws=6),
    "TR": dict(cc="90", trunk="0", areas=[("212", 7), ("216", 7)], legal=["A.Ş.", "Ltd. Şti.", "Ltd Sti"], wl=4, ws=3),
    "MY": dict(cc="60", trunk="0", areas=[("3", 8)], legal=["Sdn. Bhd.", "Sdn Bhd", "SDN. BHD."], wl=4, ws=4),
    "VG": dict(cc="1", trunk="", areas=[("284", 7)], legal=["Ltd", "Limited", "Inc.", "Corp."], wl=1, ws=7),
    "SC": dict(cc="248", trunk="", areas=[("", 7)], legal=["Ltd", "Limited", "Ltd."], wl=0.3, ws=4),
    "IN": dict(cc="91", trunk="0", areas=[("22", 8), ("80", 8)], legal=["Pvt. Ltd.", "Private Limited", "Pvt Ltd"], wl=6, ws=1),
}
REGION_OF = {"HK": "cn", "CN": "cn", "SG": "cn", "MY": "cn", "AE": "ar", "RU": "ru", "KZ": "ru", "CY": "ru",
             "GB": "we", "US": "we", "DE": "we", "NL": "we", "TR": "we", "VG": "mix", "SC": "mix", "IN": "we"}
SHELL_HOME = {"cn": ["HK", "CN", "SG", "MY", "VG", "SC"], "ru": ["RU", "KZ", "CY", "AE", "VG", "GB"],
              "ar": ["AE", "CY", "TR", "VG", "SC", "GB"], "we": ["GB", "US", "NL", "DE", "CY", "VG"]}

STREETS = {
    "HK": [("Queensway", "金鐘道", "Admiralty", "金鐘"), ("Nathan Road", "彌敦道", "Tsim Sha Tsui", "尖沙咀"),
           ("Des Voeux Road Central", "德輔道中", "Central", "中環"), ("Hennessy Road", "軒尼詩道", "Wan Chai", "灣仔"),
           ("Connaught Road Central", "干諾道中", "Central", "中環"), ("Canton Road", "廣東道", "Tsim Sha Tsui", "尖沙咀"),
           ("Gloucester Road", "告士打道", "Wan Chai", "灣仔"), ("King's Road", "英皇道", "North Point", "北角"),
           ("Hoi Bun Road", "海濱道", "Kwun Tong", "觀塘"), ("Wing Hong Street", "永康街", "Cheung Sha Wan", "長沙灣")],
    "CN": [("Jianguo Road", "建国路", "Chaoyang District", "朝阳区", "Beijing", "北京市", "1000"),
           ("Zhongguancun Street", "中关村大街", "Haidian District", "海淀区", "Beijing", "北京市", "1000"),
           ("Nanjing West Road", "南京西路", "Jing'an District", "静安区", "Shanghai", "上海市", "2000"),
           ("Century Avenue", "世纪大道", "Pudong New Area", "浦东新区", "Shanghai", "上海市", "2001"),
           ("Shennan Avenue", "深南大道", "Futian District", "福田区", "Shenzhen", "深圳市", "5180"),
           ("Keji South Road", "科技南路", "Nanshan District", "南山区", "Shenzhen", "深圳市", "5180"),
           ("Wensan Road", "文三路", "Xihu District", "西湖区", "Hangzhou", "杭州市", "3100")],
    "RU": [("Tverskaya", "Тверская", "ulitsa", "ул."), ("Leninsky", "Ленинский", "prospekt", "пр-т"),
           ("Novy Arbat", "Новый Арбат", "ulitsa", "ул."), ("Mira", "Мира", "prospekt", "пр-т"),
           ("Bolshaya Ordynka", "Большая Ордынка", "ulitsa", "ул."), ("Presnenskaya", "Пресненская", "naberezhnaya", "наб."),
           ("Kutuzovsky", "Кутузовский", "prospekt", "пр-т"), ("Profsoyuznaya", "Профсоюзная", "ulitsa", "ул.")],
    "AE": [("Sheikh Zayed Road", "شارع الشيخ زايد", "Dubai"), ("Al Maktoum Road", "شارع آل مكتوم", "Dubai"),
           ("Al Wasl Road", "شارع الوصل", "Dubai"), ("Corniche Road", "شارع الكورنيش", "Abu Dhabi"),
           ("Hamdan Street", "شارع حمدان", "Abu Dhabi"), ("Jumeirah Lake Towers Cluster", "أبراج بحيرات جميرا", "Dubai")],
}
WE_STREETS = {
    "GB": (["High Street", "Old Street", "Baker Street", "King Street", "Church Road", "Station Road", "Park Lane", "Victoria Road", "Mill Lane", "City Road"], "London", "postcode_gb"),
    "US": (["Market Street", "Main Street", "Broadway", "Mission Street", "Oak Avenue", "Park Avenue", "Elm Street", "Lake Road", "Sunset Boulevard", "Orange Street"], "San Francisco, CA", "zip"),
    "DE": (["Friedrichstraße", "Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Kaiserstraße", "Lindenstraße", "Mainzer Landstraße"], "Berlin", "de"),
    "NL": (["Herengracht", "Keizersgracht", "Damrak", "Stationsplein", "Zuidplein", "Kerkstraat"], "Amsterdam", "nl"),
    "CY": (["Arch. Makariou III Avenue", "Agias Fylaxeos Street", "Spyrou Kyprianou Avenue", "Gladstonos Street", "Franklin Roosevelt Avenue"], "Limassol", "cy"),
    "TR": (["Büyükdere Caddesi", "İstiklal Caddesi", "Barbaros Bulvarı", "Halaskargazi Caddesi"], "Istanbul", "tr"),
    "MY": (["Jalan Ampang", "Jalan Sultan Ismail", "Jalan Tun Razak", "Jalan Bukit Bintang"], "Kuala Lumpur", "my"),
    "SG": (["Raffles Place", "Robinson Road", "Cecil Street", "Anson Road", "Shenton Way", "Ubi Avenue 1", "Kaki Bukit Road 3"], "Singapore", "sg"),
    "IN": (["MG Road", "Nariman Point", "Bandra Kurla Complex", "Outer Ring Road"], "Mumbai", "in"),
    "KZ": (["Al-Farabi Avenue", "Abay Avenue", "Dostyk Avenue", "Satpayev Street"], "Almaty", "kz"),
    "VG": (["Wickhams Cay II", "Main Street", "Waterfront Drive"], "Road Town, Tortola", "vg"),
    "SC": (["Victoria House", "Francis Rachel Street", "Providence Industrial Estate"], "Victoria, Mahé", "sc"),
}
ABBR = {"Street": ["St", "St.", "Str."], "Road": ["Rd", "Rd."], "Avenue": ["Ave", "Ave.", "Av."], "Boulevard": ["Blvd", "Blvd."],
        "Lane": ["Ln"], "Drive": ["Dr"], "Central": ["C.", "Ctrl"], "straße": ["str.", "strasse"], "Caddesi": ["Cad.", "Cd."],
        "Jalan": ["Jln", "Jln."], "Avenue 1": ["Ave 1"], "Road 3": ["Rd 3"]}
FREEMAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "qq.com", "163.com", "126.com", "mail.ru", "yandex.ru",
            "protonmail.com", "proton.me", "icloud.com", "gmx.de", "web.de", "yahoo.com.hk", "bk.ru", "sina.com", "aol.com"]
TLD_BY_C = {"HK": ["com.hk", "hk", "com"], "CN": ["cn", "com.cn", "com"], "SG": ["com.sg", "sg", "com"], "AE": ["ae", "co.ae", "com"],
            "RU": ["ru", "com", "su"], "KZ": ["kz", "com"], "GB": ["co.uk", "uk", "com"], "US": ["com", "io", "ai", "net"],
            "DE": ["de", "com"], "NL": ["nl", "com"], "CY": ["com.cy", "com", "eu"], "TR": ["com.tr", "com"],
            "MY": ["com.my", "my", "com"], "VG": ["com", "io", "net"], "SC": ["com", "io", "net"], "IN": ["in", "co.in", "com"]}
PLATFORMS = ["https://www.facebook.com/{}", "https://www.linkedin.com/company/{}", "https://sites.google.com/view/{}",
             "http://facebook.com/pages/{}", "https://linkedin.com/company/{}/about/"]


class Gen:
    def __init__(self, n, seed):
        self.n = n
        self.R = random.Random(seed)
        self.used = defaultdict(set)   # uniqueness registries per value kind
        self.pid = 0
        self.people = {}               # pid -> person dict
        self.name_keys = {}            # rare name key -> pid
        self.bldg = 0
        self.stats = Counter()
        self.ru_sur = self._load_ru_surnames()

    # ------------------------------------------------------------------ helpers
    def ch(self, seq):
        return seq[self.R.randrange(len(seq))]

    def p(self, x):
        return self.R.random() < x

    def wch(self, items, weights):
        return self.R.choices(items, weights=weights, k=1)[0]

    def uniq(self, kind, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used[kind]:
                self.used[kind].add(v)
                return v
        raise RuntimeError("cannot make unique " + kind)

    def _load_ru_surnames(self):
        out = []
        # The team's shared name data (Wikidata groups, MIT) beside the
        # checkout, when present; built-in syllables otherwise.
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            "..", "..", "..", "shared", "data", "names", "person_names.txt.gz")
        if os.path.exists(path):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    parts = [x.strip() for x in line.split("=>")[0].split(",")]
                    cyr = [x for x in parts if re.fullmatch(r"[а-яё]+", x)]
                    lat = [x for x in parts if re.fullmatch(r"[a-z]+", x)]
                    if cyr and len(lat) >= 2 and cyr[0].endswith(("ов", "ев", "ин", "ский", "енко")):
                        out.append((cyr[0].capitalize(), [x.capitalize() for x in lat]))
        self.lat_sur = []
        if os.path.exists(path):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for i, line in enumerate(f):
                    parts = [x.strip() for x in line.split("=>")[0].split(",")]
                    lat = [x for x in parts if re.fullmatch(r"[a-z]{4,12}", x)]
                    if len(lat) == len(parts) and 1 <= len(lat) <= 4:
                        self.lat_sur.append(lat[0].capitalize())
        if len(self.lat_sur) < 1000:
            self.lat_sur = [a + b.lower() for a in ["Bar", "Kel", "Mor", "Ost", "Vand", "Hal", "Brem", "Tull", "Wex", "Carr"]
                            for b in ["ton", "berg", "mann", "wood", "sen", "ford", "ley", "er", "ham", "stein"]] * 1
        if len(out) < 50:
            out += [("Урванцев", ["Urvantsev", "Urvancev"]), ("Апаликов", ["Apalikov", "Apalikow"]),
                    ("Нелидов", ["Nelidov", "Nelidow"]), ("Чагаев", ["Chagaev", "Chagayev"])]
        return out

    # ------------------------------------------------------------------ people
    def new_person(self, region, common=False):
        """A person with renderings; rare names get a unique Latin name key."""
        R = self.R
        for _ in range(200):
            if region == "cn":
                if common:
                    s, g = self.ch(CN_COMMON)
                    sur = next(x for x in CN_SUR if x[0] == s)
                    giv = [next(x for x in CN_GIV if x[0] == g)]
                else:
                    sur = self.ch(CN_SUR)
                    giv = [self.ch(CN_GIV), self.ch(CN_GIV)]
                key = (sur[1] + " " + "".join(x[1] for x in giv)).lower()
                per = dict(region="cn", sur=sur, giv=giv)
            elif region == "ru":
                g = self.ch(RU_GIV)
                fem = g[0].endswith("*")
                if common:
                    s = self.ch(RU_COMMON_SUR)
                else:
                    s = self.ch(self.ru_sur)
                cyr_s, lat_s = s[0], list(s[1])
                if fem and cyr_s.endswith(("ов", "ев", "ин")):
                    cyr_s += "а"
                    lat_s = [x + "a" for x in lat_s]
                elif fem and cyr_s.endswith("ский"):
                    cyr_s = cyr_s[:-2] + "ая"
                    lat_s = [re.sub(r"(sky|skiy|skij|ski|skii)$", "skaya", x) for x in lat_s]
                per = dict(region="ru", giv=(g[0].rstrip("*"), g[1]), sur=(cyr_s, lat_s))
                key = (g[1][0] + " " + lat_s[0]).lower()
            elif region == "ar":
                if common:
                    a, l = self.ch(AR_COMMON)
                    per = dict(region="ar", fixed=(a, l))
                    key = l.lower()
                else:
                    g1 = self.ch(AR_GIV)
                    g2 = self.ch(AR_GIV) if self.p(0.85) else None
                    g3 = self.ch(AR_GIV) if g2 and self.p(0.4) else None
                    s = self.ch(AR_SUR)
                    per = dict(region="ar", g1=g1, g2=g2, g3=g3, sur=s)
                    key = " ".join([g1[1][0]] + [x[1][0] for x in (g2, g3) if x] + [s[1][0]]).lower()
            else:
                if common:
                    nm = self.ch(WE_COMMON)
                else:
                    nm = self.ch(WE_GIV) + (" " + self.ch(WE_GIV) if self.p(0.25) else "") + \
                        (" " + self.ch(string.ascii_uppercase) + "." if self.p(0.3) else "") + " " + \
                        (self.ch(WE_SUR) if self.p(0.15) else self.ch(self.lat_sur))
                per = dict(region="we", name=nm)
                key = re.sub(r" [A-Z]\.", "", nm).lower()
            if common:
                break
            if key not in self.name_keys:
                break
        else:
            raise RuntimeError("names exhausted")
        self.pid += 1
        pid = "P%06d" % self.pid
        per.update(id=pid, key=key, common=common)
        if not common:
            self.name_keys[key] = pid
        self.people[pid] = per
        return pid

    def render_person(self, pid, variant):
        """variant False: the person's usual Latin form; True: another script / romanisation / order."""
        per = self.people[pid]
        R = self.R
        if per["region"] == "cn":
            han = per["sur"][0] + "".join(x[0] for x in per["giv"])
            sur = per["sur"][1]
            giv = "".join(x[1] for x in per["giv"])
            base = "%s %s" % (sur, giv.capitalize())
            if not variant:
                return base
            return self.ch([han, han, "%s %s" % (sur.upper(), giv.capitalize()), "%s %s" % (giv.capitalize(), sur),
                            "%s %s" % (sur, " ".join(x[1].capitalize() for x in per["giv"])),
                            "%s %s" % (sur, "-".join(x[1] for x in per["giv"]).capitalize())])
        if per["region"] == "ru":
            (gc, gl), (sc, sl) = per["giv"], per["sur"]
            base = "%s %s" % (gl[0], sl[0])
            if not variant:
                return base
            return self.ch(["%s %s" % (gc, sc), "%s %s" % (gc, sc), "%s %s" % (sc, gc), "%s %s" % (sc.upper(), gc),
                            "%s %s" % (self.ch(gl), self.ch(sl)), "%s, %s" % (sl[0].upper(), gl[0]),
                            "%s %s" % (gl[-1], sl[-1])])
        if per["region"] == "ar":
            if "fixed" in per:
                a, l = per["fixed"]
                return l if not variant else self.ch([a, l.upper(), l.replace("Mohammed", "Muhammad").replace("Mohamed", "Mohamad")])
            parts_l = [per["g1"]] + [x for x in (per["g2"], per["g3"]) if x] + [per["sur"]]
            base = " ".join(x[1][0] for x in parts_l)
            if not variant:
                return base
            if self.p(0.35):
                return " ".join(x[0] for x in parts_l)
            return " ".join(self.ch(x[1]) for x in parts_l)
        nm = per["name"]
        if not variant:
            return nm
        bits = re.sub(r" [A-Z]\.", "", nm).split(" ")
        return self.ch(["%s, %s" % (bits[-1].upper(), " ".join(bits[:-1])), nm.upper(), re.sub(r" [A-Z]\.", "", nm)])

    # ------------------------------------------------------------------ phones
    def new_phone(self, c):
        cf = COUNTRIES[c]
        def mk():
            if cf.get("mob") and self.p(0.4):
                if c == "CN":
                    return ("mob", "1" + self.ch("3589") + "".join(self.ch(string.digits) for _ in range(9)))
                if c == "RU" or c == "KZ":
                    return ("mob", "9" + "".join(self.ch(string.digits) for _ in range(9)))
                if c == "AE":
                    return ("mob", "5" + self.ch("0256") + "".join(self.ch(string.digits) for _ in range(7)))
            area, dig = self.ch(cf["areas"])
            first = {"HK": "2369", "SG": "6", "VG": "4", "SC": "4"}.get(c, "2356789")
            if c == "GB" and area == "20":
                first = "378"
            lead = self.ch(first)
            if c == "VG":
                lead = self.ch(["494", "495", "496", "340", "540"])
            elif c == "SC":
                lead = self.ch(["42", "43", "46", "25", "27"])
            return (area, lead + "".join(self.ch(string.digits) for _ in range(dig - len(lead))))
        area, sub = self.uniq("phone", lambda: mk())
        return dict(c=c, area=area, sub=sub, e164="+" + cf["cc"] + ("" if area == "mob" else area) + sub)

    def render_phone(self, ph, rec_country, national_ok=True):
        c, cf = ph["c"], COUNTRIES[ph["c"]]
        cc, area, sub = cf["cc"], ph["area"], ph["sub"]
        if area == "mob":
            area, sub = sub[:3], sub[3:]
        def grp(s):
            if len(s) == 8:
                return self.ch([s[:4] + " " + s[4:], s[:4] + "-" + s[4:], s])
            if len(s) == 7:
                return self.ch([s[:3] + " " + s[3:], s[:3] + "-" + s[3:5] + "-" + s[5:], s])
            if len(s) == 6:
                return self.ch([s[:3] + " " + s[3:], s])
            return s
        national = national_ok and self.p(0.45) and (rec_country == c or self.p(0.12))
        self.last_foreign_national = national and rec_country != c
        if national:
            if cf["cc"] == "1":
                return self.ch(["(%s) %s-%s" % (area, sub[:3], sub[3:]), "%s-%s-%s" % (area, sub[:3], sub[3:]), "%s.%s.%s" % (area, sub[:3], sub[3:])])
            t = cf["trunk"] if not (ph["area"] == "mob" and c == "CN") else ""
            if area:
                return self.ch(["%s%s %s" % (t, area, grp(sub)), "(%s%s) %s" % (t, area, grp(sub)), "%s (%s) %s" % (t, area, grp(sub)) if t == "8" else "%s%s-%s" % (t, area, grp(sub))])
            return grp(sub)
        a = (area + " ") if area else ""
        return self.ch(["+%s %s%s" % (cc, a, grp(sub)), "+%s%s%s" % (cc, area, sub), "00%s %s%s" % (cc, a, grp(sub)),
                        "(+%s) %s%s" % (cc, a, grp(sub)), "+%s-%s%s" % (cc, (area + "-") if area else "", grp(sub)),
                        "+%s (%s) %s" % (cc, area, grp(sub)) if area else "+%s %s" % (cc, grp(sub))])

    # ------------------------------------------------------------------ addresses
    def new_building(self, c):
        self.bldg += 1
        b = dict(id=self.bldg, c=c)
        R = self.R
        if c in ("HK", "CN", "RU", "AE"):
            b["st"] = self.ch(STREETS[c])
        else:
            sts, city, pc = WE_STREETS[c]
            b["st"] = (self.ch(sts),)
            b["city"] = city
        b["tower"] = self.ch(["", "", "Tower 1", "Tower 2", "Block B", "East Wing"])
        b["bname"] = self.ch(["", "", self.brand_word() + " " + self.ch(["Centre", "Plaza", "Building", "Tower", "House", "Business Center"])])
        if c == "AE" and not b["bname"]:
            b["bname"] = self.brand_word() + " " + self.ch(["Tower", "Business Tower", "Building"])
        # a rendered building must identify one building: (country, street, number[, name]) is unique
        def mk():
            st = self.ch(STREETS[c]) if c in ("HK", "CN", "RU", "AE") else (self.ch(WE_STREETS[c][0]),)
            return (c, st, b["bname"] if c == "AE" else "", str(self.R.randint(1, 900 if self.n <= 30000 else 2999)))
        k = self.uniq("bldg_key", mk)
        b["st"], b["num"] = k[1], k[3]
        b["pc"] = self.postcode(c, b)
        return b

    def postcode(self, c, b):
        d = lambda k: "".join(self.ch(string.digits) for _ in range(k))
        if c == "CN":
            return b["st"][6] + d(2)
        if c == "RU":
            return "1" + d(5)
        if c == "GB":
            return self.ch(["EC1V", "SW1A", "W1T", "E14", "N1", "WC2N"]) + " " + d(1) + self.ch("ABDEFGHJ") + self.ch("LNPQRSTU")
        if c == "US":
            return "94" + d(3)
        if c in ("DE", "MY", "TR"):
            return d(5)
        if c == "NL":
            return d(4) + " " + self.ch(["AB", "CD", "EK", "GH"])
        if c == "SG":
            return d(6)
        if c == "IN":
            return "400" + d(3)
        if c == "KZ":
            return "A" + d(2) + "T" + d(1) + self.ch("ABCDEF") + d(1)
        if c == "CY":
            return d(4)
        if c == "VG":
            return "VG1110"
        return ""

    def new_office(self, b):
        for _ in range(100):
            fl = self.R.randint(1, 45)
            un = self.R.randint(1, 30)
            k = (b["id"], fl, un)
            if k not in self.used["office"]:
                self.used["office"].add(k)
                return dict(b=b, fl=fl, un=un, canon="office:%d:%d:%d" % k)
        raise RuntimeError("building full")

    def abbr(self, s):
        for k, vs in ABBR.items():
            if k in s and self.p(0.5):
                return s.replace(k, self.ch(vs))
        return s

    def render_addr(self, a, lang_variant=False, suite=None):
        """a: office dict or hub dict.  lang_variant: write it in the local language (CN/HK Chinese, RU Cyrillic, AE Arabic)."""
        if a.get("hub"):
            txt = a["text"]
            if self.p(0.5):
                txt = self.abbr(txt)
            if self.p(0.15):
                txt = txt.upper()
            if a.get("suite") and suite and self.p(0.5):
                txt = self.ch(["Suite %d, ", "Unit %d, ", "#%d, ", "Office %d, "]) % suite + txt
            if self.p(0.2):
                txt = txt.replace(", ", " ").replace(",", " ")
            return txt
        b, fl, un = a["b"], a["fl"], a["un"]
        c = b["c"]
        unit = "%d%02d" % (fl, un)
        bn = " ".join(x for x in (b["bname"], b["tower"]) if x)
        if c == "HK":
            st, stz, dist, distz = b["st"]
            if lang_variant:
                return "香港%s%s%s號%s%d樓%s室" % (distz, stz, b["num"], ("%s" % bn) if bn and self.p(0.3) else "", fl, unit)
            fmt = self.ch(["Room {u}, {f}/F, {bn}{num} {st}, {d}, Hong Kong", "Rm {u} {fth} Floor, {bn}{num} {st}, {d}, HK",
                           "Flat {u}, {f}/F., {bn}No. {num} {st}, {d}, Hong Kong SAR", "{f}/F Unit {u}, {num} {st}, {bn}{d}, Hong Kong"])
            s = fmt.format(u=unit, f=fl, fth=ordinal(fl), bn=(bn + ", ") if bn else "", num=b["num"], st=st, d=dist)
            return self.abbr(s) if self.p(0.5) else s
        if c == "CN":
            st, stz, dist, distz, city, cityz, pc = b["st"]
            if lang_variant:
                return "%s%s%s%s号%s%d层%s室" % (cityz, distz, stz, b["num"], "", fl, unit)
            fmt = self.ch(["Room {u}, Floor {f}, No. {num} {st}, {d}, {city} {pc}", "{num} {st}, Rm {u}, {f}F, {d}, {city}, China {pc}",
                           "Unit {u}, {fth} Floor, {bn}{num} {st}, {d}, {city}", "RM.{u}, {f}/F, NO.{num} {stu}, {du}, {cityu}"])
            s = fmt.format(u=unit, f=fl, fth=ordinal(fl), bn=(bn + ", ") if bn else "", num=b["num"], st=st, d=dist, city=city,
                           pc=b["pc"], stu=st.upper(), du=dist.upper(), cityu=city.upper())
            return self.abbr(s) if self.p(0.5) else s
        if c == "RU":
            st, stc, kind, kindc = b["st"]
            off = str(un + 100 * (fl % 10))
            if lang_variant:
                return self.ch(["{kc} {sc}, д. {n}, оф. {o}, Москва, {pc}", "{pc}, г. Москва, {kc} {sc}, дом {n}, офис {o}",
                                "г. Москва, {sc} {kc}, д.{n}, пом. {o}"]).format(kc=kindc, sc=stc, n=b["num"], o=off, pc=b["pc"])
            kl = {"ulitsa": ["ul.", "Street", "St"], "prospekt": ["prospekt", "Prospect", "Ave", "pr-t"], "naberezhnaya": ["nab.", "Embankment", "naberezhnaya"]}[kind]
            k2 = self.ch(kl)
            return self.ch(["{n} {st} {k}, Office {o}, Moscow {pc}, Russia", "{k} {st}, d. {n}, of. {o}, Moscow, {pc}",
                            "{pc}, Moscow, {st} {k} {n}, office {o}"]).format(n=b["num"], st=st, k=k2, o=off, pc=b["pc"])
        if c == "AE":
            st, sta, city = b["st"]
            if lang_variant:
                return "مكتب %s، الطابق %d، %s، %s، %s" % (unit, fl, st and sta, "برج" if bn else "", "دبي" if city == "Dubai" else "أبوظبي")
            fmt = self.ch(["Office {u}, Level {f}, {bn}{st}, {city}, UAE", "{bn}Office No. {u}, {fth} Floor, {st}, {city}, United Arab Emirates",
                           "Unit {u}, Floor {f}, {bn}{st}, {city}"])
            return self.abbr(fmt.format(u=unit, f=fl, fth=ordinal(fl), bn=(bn + ", ") if bn else "", st=st, city=city))
        st = b["st"][0]
        city, pc = b["city"], b["pc"]
        if c == "DE":
            fmt = self.ch(["{st} {n}, {fl}. OG, Büro {u}, {pc} {city}", "{st} {n} ({fl}. Etage, Einheit {u}), D-{pc} {city}",
                           "{st} {n}, Büro {u}, {pc} {city}"])
            s = fmt.format(st=st, n=b["num"], fl=fl, pc=pc, city=city, u=unit)
            return s.replace("straße", self.ch(["str.", "strasse", "straße"]))
        if c == "US":
            fmt = self.ch(["{n} {st}, Suite {u}, {city} {pc}", "{n} {st} Ste {u}, {city} {pc}", "{n} {st} #{u}, {city} {pc}-{z4}",
                           "Suite {u}, {n} {st}, {city}, {pc}"])
            return self.abbr(fmt.format(n=b["num"], st=st, u=unit, city=city, pc=pc, z4=self.R.randint(1000, 9999)))
        if c == "SG":
            fmt = self.ch(["{n} {st}, #{f:02d}-{un:02d}, {bn}Singapore {pc}", "{n} {st} #{f:02d}-{un:02d} {bn}S{pc}",
                           "{bn}{n} {st}, Level {f} Unit {un}, Singapore {pc}"])
            return self.abbr(fmt.format(n=b["num"], st=st, f=fl, un=un, bn=(bn + ", ") if bn else "", pc=pc))
        fmt = self.ch(["Unit {u}, {n} {st}, {city} {pc}", "{n} {st}, Unit {u}, {fth} Floor, {city}, {pc}", "{n} {st}, Office {u}, {pc} {city}",
                       "Flat {u}, {bn}{n} {st}, {cityu} {pc}"])
        s = fmt.format(u=unit, un=un, n=b["num"], st=st, city=city, pc=pc, fth=ordinal(fl), bn=(bn + ", ") if bn else "", cityu=city.upper())
        if pc and self.p(0.3):
            s = s.replace(" " + pc, "")
        return self.abbr(s)

    # ------------------------------------------------------------------ names, ids, domains
    def brand_word(self):
        return "".join(self.ch(SYL) for _ in range(self.R.choice((2, 2, 3)))).capitalize()

    def company_name(self, c, brand=None):
        R = self.R
        brand = brand or self.brand_word()
        ind = self.ch(INDUSTRY)
        legal = self.ch(COUNTRIES[c]["legal"])
        region = REGION_OF[c]
        if region == "cn" and c in ("CN", "HK") and self.p(0.25):
            zb = self.ch(CN_BRAND) + self.ch(CN_BRAND)
            zi = self.ch(CN_IND)[0]
            city = self.ch(["深圳市", "北京", "上海", "杭州", ""]) if c == "CN" else "香港"
            return city + zb + zi + ("有限公司" if c == "CN" else "有限公司")
        if region == "ru" and c == "RU" and self.p(0.3):
            rb = self.ch(RU_BRAND)
            return self.ch(['ООО «%s-%s»' % (rb[0], brand), 'OOO "%s %s"' % (rb[1], brand), 'LLC %s %s' % (rb[1], brand)])
        pre = self.ch(COMMON_WORDS) + " " if self.p(0.2) else ""
        geo = " (%s)" % {"HK": "Hong Kong", "SG": "Singapore", "CN": "Shenzhen", "AE": "Middle East", "GB": "UK"}.get(c, c) if self.p(0.12) else ""
        s = "%s%s %s%s %s" % (pre, brand, ind, geo, legal)
        return s

    def noisy_name(self, s):
        if self.p(0.06) and len(s) > 6 and s.isascii():
            i = self.R.randrange(1, len(s) - 2)
            op = self.R.randrange(3)
            if op == 0:
                s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            elif op == 1:
                s = s[:i] + s[i + 1:]
            else:
                s = s[:i] + s[i] + s[i:]
        if self.p(0.08):
            s = s.upper()
        if self.p(0.05):
            s = s.replace(" ", "  ", 1) + " "
        return s

    def new_reg(self, c):
        d = lambda k: "".join(self.ch(string.digits) for _ in range(k))
        A = string.ascii_uppercase + string.digits
        fn = {"HK": lambda: d(7), "CN": lambda: "91" + d(6) + "".join(self.ch(A) for _ in range(10)),
              "SG": lambda: "20" + d(7) + self.ch("KMNRWZ"), "AE": lambda: "DED-" + d(6), "RU": lambda: "1" + d(12),
              "KZ": lambda: d(12), "GB": lambda: "%08d" % self.R.randint(1000000, 15999999), "US": lambda: "DE-" + d(7),
              "DE": lambda: "HRB " + d(6), "NL": lambda: "KvK " + d(8), "CY": lambda: "HE " + d(6), "TR": lambda: d(6),
              "MY": lambda: "20" + d(10), "VG": lambda: d(7), "SC": lambda: "IBC " + d(6), "IN": lambda: "U72900MH20" + d(2) + "PTC" + d(6)}[c]
        return self.uniq("reg", fn)

    def render_reg(self, reg, c, variant):
        if not variant:
            return reg
        r = reg
        r = self.ch([r.replace(" ", ""), r.replace("-", " "), r.lower(), r.split(" ")[-1] if " " in r else r, "%s-%s" % (c, r)])
        return r

    def new_domain(self, c, brand=None):
        def mk():
            b = (brand or self.brand_word()).lower()
            b = b + self.ch(["", "", "-tech", "tech", "-group", "-hk", "data", "-ai", "cloud", "-global", "-trade"])
            return b + "." + self.ch(TLD_BY_C[c])
        return self.uniq("domain", mk)

    def render_web(self, dom):
        sub = self.ch(["www.", "www.", "", "", "en.", "portal.", "shop."])
        path = self.ch(["", "", "/", "/en", "/index.html", "/about-us", "/contact?lang=en"])
        sch = self.ch(["https://", "https://", "http://", ""])
        s = sch + sub + dom + path
        return s.upper() if self.p(0.05) else s

    def render_email(self, local, dom):
        sub = self.ch(["", "", "", "", "mail.", "corp."])
        s = "%s@%s%s" % (local, sub, dom)
        return s if self.p(0.85) else s.capitalize() if self.p(0.5) else s.upper()

    def local_part(self):
        return self.ch(["info", "admin", "sales", "ops", "finance", "billing", "it", "contact", "office", "support"]) + \
            ("" if self.p(0.6) else self.ch([".", "_", ""]) + self.brand_word().lower()[:5])

    def new_freemail(self, region):
        def mk():
            loc = self.brand_word().lower() + self.ch(["", ".", "_"]) + str(self.R.randint(1, 9999))
            dom = self.ch({"cn": ["qq.com", "163.com", "126.com", "gmail.com", "sina.com", "yahoo.com.hk", "outlook.com"],
                           "ru": ["mail.ru", "yandex.ru", "bk.ru", "gmail.com", "protonmail.com"],
                           "ar": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "proton.me"],
                           "we": ["gmail.com", "outlook.com", "hotmail.com", "gmx.de", "web.de", "icloud.com", "aol.com", "proton.me"],
                           "mix": FREEMAIL}[region])
            return loc + "@" + dom
        return self.uniq("freemail", mk)

    def new_ssh(self):
        return self.uniq("ssh", lambda: "SHA256:" + hashlib.sha256(str(self.R.random()).encode()).digest().hex()[:0] +
                         "".join(self.ch(string.ascii_letters + string.digits + "+/") for _ in range(43)))

    def render_ssh(self, k):
        r = self.R.random()
        if r < 0.8:
            return k
        if r < 0.9:
            return k[len("SHA256:"):]
        if r < 0.95:
            return k + "="
        return "sha256:" + k[len("SHA256:"):]

    def new_card(self):
        return self.uniq("card", lambda: "".join(self.ch(string.ascii_letters + string.digits) for _ in range(16)))

    # ------------------------------------------------------------------ IPs
    def new_v4(self):
        def mk():
            a = self.ch([5, 31, 37, 45, 46, 62, 77, 78, 80, 82, 85, 89, 91, 93, 94, 95, 103, 109, 115, 117, 121, 139, 146, 158,
                         175, 176, 178, 180, 185, 188, 193, 194, 195, 202, 203, 212, 213, 217, 220, 223])
            return "%d.%d.%d.%d" % (a, self.R.randint(0, 255), self.R.randint(0, 255), self.R.randint(2, 254))
        ip = self.uniq("v4", mk)
        self.used["v4_24"].add(ip.rsplit(".", 1)[0])
        return ip

    def new_v4_in(self, p24):
        return self.uniq("v4", lambda: "%s.%d" % (p24, self.R.randint(2, 254)))

    def new_v4_24(self):
        def mk():
            return "%d.%d.%d" % (self.ch([45, 91, 103, 146, 185, 193, 194, 212]), self.R.randint(0, 255), self.R.randint(0, 255))
        return self.uniq("v4_24", mk)

    def new_v6_64(self, p48=None):
        def mk():
            if p48:
                return "%s:%x" % (p48, self.R.randint(1, 0xffff))
            return "2a%02x:%x:%x:%x" % (self.R.randint(0, 15), self.R.randint(0x100, 0xffff), self.R.randint(0, 0xffff), self.R.randint(0, 0xffff))
        return self.uniq("v6", mk)

    def render_v6(self, p64):
        host = self.ch(["::1", "::2", "::10", "::%x" % self.R.randint(1, 0xffff), "::%x:%x" % (self.R.randint(1, 0xffff), self.R.randint(1, 0xffff))])
        a = ipaddress.IPv6Address(p64 + host)
        r = self.R.random()
        if r < 0.55:
            return a.compressed
        if r < 0.75:
            return a.exploded
        if r < 0.9:
            return a.compressed.upper()
        return a.compressed + "/64" if self.p(0.5) else "[" + a.compressed + "]"


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def canon_ip(raw_kind, val):
    return val if raw_kind == "v4" else "v6:" + val


# ============================================================================ population
def build(n, seed):
    g = Gen(n, seed)
    R = g.R
    recs = []        # dict(rec=..., canon=..., party=..., meta=..., hold=internal)
    # ---------------- hubs
    scale = max(1.0, n / 20000)
    agents = []
    agent_texts = [
        ("VG", "Trident Chambers, P.O. Box 146, Road Town, Tortola, British Virgin Islands"),
        ("VG", "Vistra Corporate Services Centre, Wickhams Cay II, Road Town, Tortola, VG1110, British Virgin Islands"),
        ("VG", "Craigmuir Chambers, Road Town, Tortola, VG 1110, British Virgin Islands"),
        ("SC", "Suite 1, Second Floor, Sound & Vision House, Francis Rachel Street, Victoria, Mahe, Seychelles"),
        ("SC", "House of Francis, Room 303, Ile Du Port, Mahe, Seychelles"),
        ("HK", "Unit 1603, 16/F, The L. Plaza, 367-375 Queen's Road Central, Sheung Wan, Hong Kong"),
        ("HK", "Room 1501, 15/F, Grand Millennium Plaza, 181 Queen's Road Central, Hong Kong"),
        ("HK", "Flat A, 11/F, Wing Cheong Commercial Building, 19-25 Jervois Street, Sheung Wan, Hong Kong"),
        ("US", "1209 Orange Street, Wilmington, DE 19801"),
        ("US", "8 The Green, Suite A, Dover, DE 19901"),
        ("GB", "71-75 Shelton Street, Covent Garden, London, WC2H 9JQ"),
        ("GB", "20-22 Wenlock Road, London, N1 7GU"),
        ("CY", "Arch. Makariou III, 155, Proteas House, 5th Floor, 3026 Limassol, Cyprus"),
        ("AE", "Business Centre, Sharjah Publishing City Free Zone, Sharjah, UAE"),
        ("SG", "10 Anson Road, #26-04, International Plaza, Singapore 079903"),
        ("MY", "Level 15-2, Bangunan Faber Imperial Court, Jalan Sultan Ismail, 50250 Kuala Lumpur"),
    ]
    for i, (c, t) in enumerate(agent_texts):
        agents.append(dict(hub=True, text=t, c=c, canon="agent:%d" % i, suite=False))
    coworks = []
    cw_texts = [("HK", "WeWork, 28 Stanley Street, Central, Hong Kong"), ("SG", "JustCo, 6 Raffles Quay, #16-01, Singapore 048580"),
                ("AE", "Regus, Level 41, Emirates Towers, Sheikh Zayed Road, Dubai, UAE"), ("GB", "WeWork, 1 Fore Street Avenue, London EC2Y 9DT"),
                ("US", "WeWork, 535 Mission Street, San Francisco, CA 94105"), ("DE", "Mindspace, Friedrichstraße 68, 10117 Berlin"),
                ("NL", "Spaces Zuidas, Barbara Strozzilaan 201, 1083 HN Amsterdam"), ("RU", "Regus, Presnenskaya nab. 12, Moscow 123317"),
                ("CN", "WeWork, 1045 Huaihai Middle Road, Xuhui District, Shanghai 200031"), ("CY", "Regus, 1 Agias Fylaxeos Street, 3025 Limassol"),
                ("MY", "Common Ground, Level 1, Wisma UOA II, Jalan Pinang, Kuala Lumpur"), ("TR", "Regus, Büyükdere Caddesi 185, Levent, Istanbul"),
                ("HK", "The Hive, 23/F, 33 Des Voeux Road Central, Hong Kong"), ("AE", "DMCC Business Centre, Level 1, Jewellery & Gemplex 3, Dubai")]
    for i, (c, t) in enumerate(cw_texts):
        coworks.append(dict(hub=True, text=t, c=c, canon="cowork:%d" % i, suite=True))
    agent_w = [1.0 / (i + 1) ** 0.8 for i in range(len(agents))]
    cw_w = [1.0 / (i + 1) ** 0.6 for i in range(len(coworks))]
    nominees = [g.new_person(r) for r in ["we", "we", "we", "cn", "cn", "cn", "ru", "ru", "ar", "ar", "we", "cn", "we", "ru", "cn"]]
    for pid in nominees:
        g.people[pid]["nominee"] = True
    nom_w = [1.0 / (i + 1) ** 0.7 for i in range(len(nominees))]
    vpn = [g.new_v4() for _ in range(int(30 * scale))]             # VPN exits / cloud NAT, shared by many strangers
    vpn_w = [1.0 / (i + 1) ** 0.9 for i in range(len(vpn))]
    g.used["vpn_set"] = set(vpn)
    hosting24 = [g.new_v4_24() for _ in range(int(8 * scale))]     # cloud provider /24s: many customers, distinct IPs
    isp48 = ["2a02:%x:%x" % (R.randint(0x1000, 0xffff), R.randint(0, 0xffff)) for _ in range(int(6 * scale))]
    unis = []
    for _ in range(max(3, int(n / 2000))):
        p24 = g.new_v4_24()
        unis.append(dict(p24=p24, nat=[g.new_v4_in(p24) for _ in range(R.randint(1, 3))]))
    tmpl_keys = [g.new_ssh() for _ in range(3)]                     # keys baked into public images
    accountants = []
    for _ in range(max(5, int(n / 900))):
        c = g.wch(list(COUNTRIES), [COUNTRIES[x]["wl"] + COUNTRIES[x]["ws"] for x in COUNTRIES])
        accountants.append(dict(ph=g.new_phone(c), cap=R.randint(8, 30), used=0))
    busy_buildings = []
    for _ in range(max(10, int(n / 300))):
        c = g.wch([x for x in COUNTRIES if x not in ("VG", "SC")], [COUNTRIES[x]["wl"] for x in COUNTRIES if x not in ("VG", "SC")])
        busy_buildings.append(g.new_building(c))

    def choose_country(kind, region=None):
        if kind == "legit":
            cs = list(COUNTRIES)
            return g.wch(cs, [COUNTRIES[x]["wl"] for x in cs])
        return g.ch(SHELL_HOME[region]) if g.p(0.8) else g.wch(list(COUNTRIES), [COUNTRIES[x]["ws"] for x in COUNTRIES])

    def person_region(c):
        r = REGION_OF[c]
        return r if r != "mix" else g.ch(["cn", "ru", "ar", "we"])

    # ---------------- a "holding" is the internal representation of one customer's canonical values
    def hub_ips(h, p_vpn):
        if g.p(p_vpn):
            h["ips"].append(("v4", g.wch(vpn, vpn_w)))

    def fresh_common(h, c, region, shell):
        """fields that are fresh or hubs (never linking)."""
        h["reg"] = g.new_reg(c)
        r = R.random()
        if shell:
            if r < 0.40:
                h["addr"] = g.wch(agents, agent_w)
            elif r < 0.62:
                h["addr"] = g.wch(coworks, cw_w)
            elif r < 0.9:
                h["addr"] = g.new_office(g.new_building(c))
        else:
            if r < 0.07:
                h["addr"] = g.wch(agents, agent_w)
            elif r < 0.15:
                h["addr"] = g.wch(coworks, cw_w)
            elif r < 0.97:
                h["addr"] = g.new_office(g.new_building(c))
        if g.p(0.6 if shell else 0.85):
            h["phone"] = g.new_phone(c)
        if g.p(0.5 if shell else 0.3):
            h["email_free"] = g.new_freemail(region)
        elif g.p(0.7):
            h["edom"] = g.new_domain(c)
        if g.p(0.35 if shell else 0.7):
            if "edom" in h and g.p(0.8):
                h["web"] = h["edom"]
            elif g.p(0.3):
                h["web_platform"] = g.ch(PLATFORMS).format(g.brand_word().lower() + str(R.randint(1, 999)))
            else:
                h["web"] = g.new_domain(c)
        if shell and g.p(0.45):
            h["dir"].append(g.wch(nominees, nom_w))
        elif not shell and g.p(0.03):
            h["dir"].append(g.wch(nominees, nom_w))
        else:
            k = 1 if g.p(0.6) else 2
            for _ in range(k):
                h["dir"].append(g.new_person(person_region(c), common=g.p(0.12)))
        if g.p(0.35):
            h["own"].append(g.new_person(person_region(c), common=g.p(0.1)))
        hub_ips(h, 0.45 if shell else 0.3)
        if g.p(0.5):
            h["ips"].append(("v4", g.new_v4()))
        if g.p(0.2):
            h["ips"].append(("v6", g.new_v6_64()))
        for _ in range(R.choice((0, 1, 1, 1, 2))):
            h["ssh"].append(g.new_ssh())
        if g.p(0.85):
            h["card"] = g.new_card()

    def new_holding(party, kind, c, region):
        return dict(party=party, kind=kind, c=c, region=region, dir=[], own=[], ips=[], ssh=[], meta={}, var={})

    holdings = []
    # ---------------- networks
    n_net_target = int(n * 0.30)
    sizes = []
    tot = 0
    while tot < n_net_target:
        r = R.random()
        if r < 0.46:
            s = 2
        elif r < 0.69:
            s = 3
        elif r < 0.83:
            s = R.randint(4, 5)
        elif r < 0.93:
            s = R.randint(6, 10)
        elif r < 0.994:
            s = R.randint(11, 29)
        else:
            s = R.randint(30, 80)
        s = min(s, n_net_target - tot) if n_net_target - tot >= 2 else 2
        sizes.append(s)
        tot += s
    # guarantee a few big ones
    for i in range(max(2, int(n / 8000))):
        sizes[i] = R.randint(30, 80)
    EDGE_KINDS = ["ssh", "card", "reg", "phone", "edom", "web", "ipx", "freemail", "dir", "addr", "weak2"]
    EDGE_W = [17, 13, 2, 12, 8, 6, 7, 3, 13, 7, 12]
    WEAK = ["addr_tr", "ip24", "dir_common", "brand"]
    for ni, size in enumerate(sizes):
        party = "N%05d" % ni
        region = g.ch(["cn", "cn", "cn", "ru", "ru", "ar", "ar", "we"])
        brand = g.brand_word() if g.p(0.3) else None
        members = []
        for k in range(size):
            c = choose_country("shell", region)
            h = new_holding(party, "net", c, region)
            fresh_common(h, c, region, shell=True)
            h["brand"] = brand if (brand and g.p(0.5)) else None
            if k == 0:
                h["meta"]["attach"] = "root"
            else:
                par = members[-1] if g.p(0.5) else g.ch(members)
                ek = g.wch(EDGE_KINDS, EDGE_W)
                kinds = [ek] if ek != "weak2" else R.sample(WEAK, 2)
                if g.p(0.25):  # sloppy operator: one extra reuse
                    kinds.append(g.ch(["ssh", "card", "phone", "edom", "ipx", "dir", "addr"]))
                used_kinds = []
                for kk in kinds:
                    if attach(g, h, par, kk, c, region, isp48):
                        used_kinds.append(kk)
                if not used_kinds or (ek == "weak2" and len([x for x in used_kinds if x in WEAK]) < 2):
                    attach(g, h, par, "ssh", c, region, isp48)
                    used_kinds.append("ssh(fallback)")
                h["meta"]["attach"] = "+".join(used_kinds)
                h["parent_h"] = par
            members.append(h)
        holdings.extend(members)
    # ---------------- legitimate companies
    n_legit = n - len(holdings)
    looka_groups = []
    li = 0
    while li < n_legit:
        party = "L%06d" % li
        c = choose_country("legit")
        region = person_region(c)
        h = new_holding(party, "legit", c, region)
        fresh_common(h, c, region, shell=False)
        h["brand"] = None
        traps = []
        # look-alike names (brand shared with strangers; sometimes same brand on another TLD)
        if g.p(0.05):
            if looka_groups and g.p(0.7):
                grp = g.ch(looka_groups)
            else:
                grp = dict(brand=g.ch(COMMON_WORDS) if g.p(0.4) else g.brand_word(), n=0)
                looka_groups.append(grp)
            grp["n"] += 1
            h["brand"] = grp["brand"]
            traps.append("lookalike_name")
            if g.p(0.5):
                try:
                    h["web"] = g.new_domain(c, brand=grp["brand"])
                    h["edom"] = h["web"] if g.p(0.5) else h.get("edom")
                    if h["edom"] is None:
                        del h["edom"]
                    traps.append("brand_other_tld")
                except RuntimeError:
                    pass
        if g.p(0.06):
            b = g.ch(busy_buildings)
            if b["c"] == c or g.p(0.3):
                h["addr"] = g.new_office(b)
                traps.append("same_building")
        if g.p(0.07):
            acc = g.ch(accountants)
            if acc["used"] < acc["cap"]:
                acc["used"] += 1
                h["phone"] = acc["ph"]
                h["phone_acct"] = True
                traps.append("accountant_phone")
        if g.p(0.04):
            u = g.ch(unis)
            h["ips"].append(("v4", g.ch(u["nat"])))
            if g.p(0.5):
                h["ips"].append(("v4", g.new_v4_in(u["p24"])))
            traps.append("university_ip")
        if g.p(0.05):
            h["ips"].append(("v4", g.new_v4_in(g.ch(hosting24))))
            traps.append("hosting_24")
        if g.p(0.06):
            h["ips"].append(("v6", g.new_v6_64(g.ch(isp48))))
            traps.append("isp_v6_48")
        if g.p(0.004) and not os.environ.get("GEN6_NO_TEMPLATE_SSH"):
            h["ssh"].append(g.ch(tmpl_keys))
            traps.append("template_ssh")
        if g.p(0.08):   # family-name trap: a relative-less stranger sharing the surname of some earlier director
            h["dir"].append(g.new_person(region, common=g.p(0.3)))
            traps.append("shared_surname_or_common_name")
        h["meta"]["traps"] = traps
        holdings.append(h)
        li += 1
    # a few network shells also use hubs that legit companies use (accountant, university, ISP, template key)
    for h in holdings:
        if h["kind"] == "net":
            if g.p(0.03):
                acc = g.ch(accountants)
                if acc["used"] < acc["cap"] + 5 and "phone" not in h:
                    acc["used"] += 1
                    h["phone"] = acc["ph"]
                    h["phone_acct"] = True
            if g.p(0.004) and not os.environ.get("GEN6_NO_TEMPLATE_SSH"):
                h["ssh"].append(g.ch(tmpl_keys))
            if g.p(0.03):
                h["ips"].append(("v6", g.new_v6_64(g.ch(isp48))))
    repairs = enforce_findability(g, holdings)
    g.stats["repairs"] = repairs
    return g, holdings


def attach(g, h, par, kind, c, region, isp48):
    """Make shell h reuse from parent par the item(s) of `kind`. Returns True when something was reused."""
    R = g.R
    if kind == "ssh":
        if not par["ssh"]:
            par["ssh"].append(g.new_ssh())
        h["ssh"].append(g.ch(par["ssh"]))
    elif kind == "card":
        if "card" not in par:
            par["card"] = g.new_card()
        h["card"] = par["card"]
    elif kind == "reg":
        h["reg"] = par["reg"]
        h["var"]["reg"] = True
        h["c"] = par["c"]
    elif kind == "phone":
        if "phone" not in par or par.get("phone_acct"):
            par["phone"] = g.new_phone(par["c"])
            par.pop("phone_acct", None)
        h["phone"] = par["phone"]
        h.pop("phone_acct", None)
    elif kind == "edom":
        if "edom" not in par and "email_free" in par:
            return False
        if "edom" not in par:
            par["edom"] = g.new_domain(par["c"], brand=par.get("brand"))
        if "email_free" in h and h.get("kids_free"):
            return False
        h["edom"] = par["edom"]
        h.pop("email_free", None)
        if g.p(0.3) and "web" not in h:
            # same brand on another TLD as website: not evidence by itself
            h["web"] = g.new_domain(c, brand=re.split(r"[-.]", par["edom"])[0])
    elif kind == "web":
        if "web" not in par:
            par["web"] = g.new_domain(par["c"], brand=par.get("brand"))
        h["web"] = par["web"]
        h.pop("web_platform", None)
    elif kind == "ipx":
        cand = [x for x in par["ips"] if (x[0] == "v4" and x[1] not in g.used["vpn_set"]) or x[0] == "v6"]
        cand = [x for x in cand if not (x[0] == "v4" and is_hubish_v4(g, x[1]))]
        if not cand:
            x = ("v6", g.new_v6_64()) if g.p(0.35) else ("v4", g.new_v4())
            par["ips"].append(x)
            cand = [x]
        h["ips"].append(g.ch(cand))
    elif kind == "freemail":
        if "edom" in par:
            return False
        if "email_free" not in par:
            par["email_free"] = g.new_freemail(par["region"])
        if "edom" in h:
            return False
        h["email_free"] = par["email_free"]
    elif kind in ("dir", "dir_common"):
        common = kind == "dir_common"
        cand = [p for p in par["dir"] + par["own"] if not g.people[p].get("nominee") and g.people[p]["common"] == common]
        if not cand:
            p = g.new_person(person_region_of(par), common=common)
            (par["dir"] if g.p(0.7) else par["own"]).append(p)
            cand = [p]
        p = g.ch(cand)
        tgt = h["dir"] if g.p(0.7) else h["own"]
        # the reused person replaces a nominee on the new shell sometimes; else added
        tgt.append(p)
        h["var"].setdefault("person_variant", set()).add(p)
    elif kind in ("addr", "addr_tr"):
        LANGC = {"cn": ["HK", "CN"], "ru": ["RU"], "ar": ["AE"]}
        if kind == "addr_tr":
            if "addr" in par and not par["addr"].get("hub") and par["addr"]["b"]["c"] not in ("HK", "CN", "RU", "AE"):
                return False
            if ("addr" not in par or par["addr"].get("hub")) and par["region"] not in LANGC:
                return False
        if "addr" not in par or par["addr"].get("hub"):
            bc = g.ch(LANGC[par["region"]]) if kind == "addr_tr" else par["c"]
            par["addr"] = g.new_office(g.new_building(bc))
        h["addr"] = par["addr"]
        h["c"] = par["c"] if g.p(0.7) else h["c"]
        if kind == "addr_tr":
            h["var"]["addr_lang"] = not par["var"].get("addr_lang", False)
        else:
            h["var"]["addr_lang"] = par["var"].get("addr_lang", False)
    elif kind == "ip24":
        p24s = [x[1].rsplit(".", 1)[0] for x in par["ips"] if x[0] == "v4" and x[1] in g.used["own24_ips"]]
        if not p24s:
            p24 = g.new_v4_24()
            ip = g.new_v4_in(p24)
            g.used["own24_ips"].add(ip)
            par["ips"].append(("v4", ip))
            p24s = [p24]
        ip = g.new_v4_in(g.ch(p24s))
        g.used["own24_ips"].add(ip)
        h["ips"].append(("v4", ip))
    elif kind == "brand":
        if not par.get("brand"):
            par["brand"] = g.brand_word()
        h["brand"] = par["brand"]
    else:
        raise ValueError(kind)
    return True


def is_hubish_v4(g, ip):
    return ip in g.used["vpn_set"]


def person_region_of(h):
    return h["region"] if h["region"] in ("cn", "ru", "ar", "we") else "we"


def enforce_findability(g, holdings):
    """Check the findability rule from the module docstring on canonical values; repair with SSH keys."""
    # party sets for each canonical value
    vp = defaultdict(set)
    namek = defaultdict(set)
    p24 = defaultdict(set)
    def vals(h):
        out = []
        for k in ("reg", "card", "phone", "edom", "web", "email_free"):
            if k == "email_free" and "edom" in h:
                continue
            if k in h:
                v = h[k]["e164"] if k == "phone" else h[k]
                out.append((k, v))
        if "addr" in h:
            out.append(("addr", h["addr"]["canon"]))
        for s in h["ssh"]:
            out.append(("ssh", s))
        for kind, ip in h["ips"]:
            out.append(("ip", ip))
        for p in h["dir"] + h["own"]:
            out.append(("person", p))
        return out
    for h in holdings:
        for kv in vals(h):
            vp[kv].add(h["party"])
        for p in h["dir"] + h["own"]:
            namek[g.people[p]["key"]].add(h["party"])
        for kind, ip in h["ips"]:
            if kind == "v4":
                p24[ip.rsplit(".", 1)[0]].add(h["party"])
    # sanity: cross-party sharing of a non-hub value must be hub-sized (>= 5 parties)
    bad = [(kv, len(ps)) for kv, ps in vp.items() if 1 < len(ps) < 5]
    g.stats["small_cross_party_values"] = len(bad)
    nets = defaultdict(list)
    for h in holdings:
        if h["kind"] == "net":
            nets[h["party"]].append(h)

    def excl(kv):
        return len(vp[kv]) == 1

    def qualifies(a, b):
        A, B = dict(), dict()
        sa, sb = set(vals(a)), set(vals(b))
        shared = sa & sb
        weak = set()
        for kv in shared:
            if not excl(kv):
                continue
            k, v = kv
            if k in ("reg", "card", "ssh", "phone", "edom", "web", "email_free", "ip"):
                return True
            if k == "addr":
                if a["var"].get("addr_lang", False) == b["var"].get("addr_lang", False):
                    return True
                weak.add("addr_tr")
            if k == "person":
                per = g.people[v]
                if per.get("nominee"):
                    continue
                if not per["common"] and len(namek[per["key"]]) == 1:
                    return True
                weak.add("dir_common")
        for ka, ia in a["ips"]:
            if ka == "v4":
                q = ia.rsplit(".", 1)[0]
                if len(p24[q]) == 1 and any(kb == "v4" and ib.rsplit(".", 1)[0] == q for kb, ib in b["ips"]):
                    weak.add("ip24")
        if a.get("brand") and a.get("brand") == b.get("brand"):
            weak.add("brand")
        return len(weak) >= 2

    repairs = 0
    for party, ms in nets.items():
        parent = list(range(len(ms)))
        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if find(i) != find(j) and qualifies(ms[i], ms[j]):
                    parent[find(i)] = find(j)
        comps = defaultdict(list)
        for i in range(len(ms)):
            comps[find(i)].append(i)
        if len(comps) > 1:
            main = max(comps.values(), key=len)
            key = None
            for i in main:
                ks = [s for s in ms[i]["ssh"] if excl(("ssh", s))]
                if ks:
                    key = ks[0]
                    break
            if key is None:
                key = g.new_ssh()
                ms[main[0]]["ssh"].append(key)
            for cl in comps.values():
                if cl is main:
                    continue
                ms[cl[0]]["ssh"].append(key)
                ms[cl[0]]["meta"]["attach"] = ms[cl[0]]["meta"].get("attach", "") + "+ssh(repair)"
                repairs += 1
    return repairs


def render(g, holdings):
    R = g.R
    order = list(range(len(holdings)))
    R.shuffle(order)
    out = []
    for idx, hi in enumerate(order):
        h = holdings[hi]
        cid = "C%07d" % (idx + 1)
        h["cid"] = cid
        c = h["c"]
        rec = {"id": cid}
        name = g.company_name(c, brand=h.get("brand"))
        rec["name"] = g.noisy_name(name)
        rec["country"] = c if g.p(0.97) else c.lower()
        canon = {"id": cid}
        if True:
            rec["registration_id"] = g.render_reg(h["reg"], c, h["var"].get("reg") or g.p(0.1))
            canon["reg"] = c + ":" + h["reg"] if not h["var"].get("reg") else "R:" + h["reg"]
        # reused registration ids: canonical key must not depend on the (possibly changed) country
        if "reg" in canon:
            canon["reg"] = "R:" + h["reg"]
        if "addr" in h:
            a = h["addr"]
            lang = h["var"].get("addr_lang", False)
            suite = None
            if a.get("hub") and a.get("suite"):
                suite = g.uniq("suite", lambda: (a["canon"], R.randint(100, 3999)))[1]
            rec["address"] = g.render_addr(a, lang_variant=lang, suite=suite)
            canon["addr"] = a["canon"]
        if "phone" in h:
            rec["phone"] = g.render_phone(h["phone"], c)
            if g.last_foreign_national:
                h["meta"]["phone_foreign_national"] = True
            canon["phone"] = h["phone"]["e164"]
        if "edom" in h:
            rec["email"] = g.render_email(g.local_part(), h["edom"])
            canon["edom"] = h["edom"]
        elif "email_free" in h:
            loc, dom = h["email_free"].split("@")
            e = h["email_free"]
            rec["email"] = e if g.p(0.8) else e.upper() if g.p(0.3) else " " + e
            canon["email_free"] = h["email_free"]
        if "web" in h:
            rec["website"] = g.render_web(h["web"])
            canon["web"] = h["web"]
        elif "web_platform" in h:
            rec["website"] = h["web_platform"]
            canon["web"] = "platform:" + h["web_platform"]
        if "card" in h:
            rec["payment_fingerprint"] = h["card"]
            canon["card"] = h["card"]
        pv = h["var"].get("person_variant", set())
        if h["dir"]:
            rec["directors"] = [g.render_person(p, variant=(p in pv and g.p(0.75)) or g.p(0.08)) for p in h["dir"]]
            canon["dir"] = list(h["dir"])
        if h["own"]:
            rec["owners"] = [g.render_person(p, variant=(p in pv and g.p(0.75)) or g.p(0.08)) for p in h["own"]]
            canon["own"] = list(h["own"])
        if h["ips"]:
            ips, cips = [], []
            for kind, v in h["ips"]:
                if kind == "v4":
                    ips.append(v)
                    cips.append(v)
                else:
                    ips.append(g.render_v6(v))
                    cips.append("v6:" + v)
            rec["ips"] = ips
            canon["ip"] = cips
        if h["ssh"]:
            rec["ssh_keys"] = [g.render_ssh(k) for k in h["ssh"]]
            canon["ssh"] = list(h["ssh"])
        out.append((rec, canon, h))
    # listed flags: ~12% of networks have one listed member; 0.2% of legit companies
    by_party = defaultdict(list)
    for rec, canon, h in out:
        by_party[h["party"]].append(rec)
    for party in sorted(by_party):
        rs = by_party[party]
        if party.startswith("N") and g.p(0.12):
            g.ch(rs)["listed"] = True
        elif party.startswith("L") and g.p(0.002):
            rs[0]["listed"] = True
    return out


def main():
    if len(sys.argv) != 5:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    n, seed = int(sys.argv[1]), int(sys.argv[2])
    outp, truthp = sys.argv[3], sys.argv[4]
    g, holdings = build(n, seed)
    out = render(g, holdings)
    with open(outp, "w", encoding="utf-8") as fo, open(truthp, "w") as ft, \
            open(truthp + ".canon.jsonl", "w", encoding="utf-8") as fc, open(truthp + ".meta.jsonl", "w", encoding="utf-8") as fm:
        for rec, canon, h in out:
            fo.write(json.dumps(rec, ensure_ascii=False) + "\n")
            ft.write("%s,%s\n" % (rec["id"], h["party"]))
            fc.write(json.dumps(canon, ensure_ascii=False) + "\n")
            m = dict(id=rec["id"], party=h["party"], **h["meta"])
            if "parent_h" in h:
                m["parent"] = h["parent_h"]["cid"]
            fm.write(json.dumps(m, ensure_ascii=False) + "\n")
    ps = Counter(h["party"] for h in holdings)
    sz = Counter(v for p, v in ps.items() if p.startswith("N"))
    print("customers %d  networks %d (members %d)  size hist %s  stats %s" % (
        len(out), len(sz and [p for p in ps if p.startswith("N")]), sum(v for p, v in ps.items() if p.startswith("N")),
        dict(sorted(sz.items())), dict(g.stats)), file=sys.stderr)


if __name__ == "__main__":
    main()
