#!/usr/bin/env python3
"""linkage_gen18.py -- synthetic customer population for shell-company linkage
benchmarks, as it looks when IPs and SSH keys come from ACCESS LOGS and the
customer records come from SEVERAL SOURCE SYSTEMS.

Usage:  python3 scripts/bench/linkage_gen18.py N SEED OUT.jsonl TRUTH.csv
        GEN18_CHECK=1 python3 ...   -> summary statistics on stderr

OUT.jsonl  exactly N lines, one JSON object per customer, shuffled:
   {"id","name","country", optional "registration_id","address","email",
    "phone","website","payment_fingerprint","directors":[..],"owners":[..],
    "ips":[..],"ssh_keys":[..],"listed":bool}
   Absent optional fields are omitted (never null).
TRUTH.csv  header "id,party", one line per customer (same order as OUT.jsonl);
   equal PARTY = same party.  ids are opaque ("cus_" + 10 base-36 chars),
   party labels are "P" + a shuffled number (they carry no category hint).
Deterministic in (N, SEED): one random.Random seeded from the arguments, no
hash()/set-order dependence, standard library only.

WORLD MODEL
-----------
Countries: US CN IN GB DE SG HK JP RU KR AE TR IR, plus offshore registries
(VG KY SC CY) used mostly by shells.  People carry culture-specific names with
variant renderings (order swap, "Last, First", UPPER family name,
transliteration alternatives such as Sergey/Sergei, Müller/Mueller/Muller,
Satoh/Sato, Kim/Gim, pinyin <-> hanzi, Cyrillic, Cantonese + English name,
"bin/binte", initials, nicknames, typos).  Companies carry legal forms
(LLC, Inc., Ltd/Limited, Co., Ltd., GmbH, Pte. Ltd., OOO/ООО, 有限公司,
FZE, Pvt. Ltd., K.K./kabushiki-gaisha, A.S., ...), with form/case/punctuation
variants, CN names in pinyin and characters, RU names in Latin and Cyrillic.

Source systems (decide which fields a record has and how they are written):
  crm        almost fully filled (KYC fields, directors/owners, listed flag)
  billing    name/address/email/payment card, few KYC fields
  selfserve  web sign-up: email, card, keys, sometimes phone/website
  legacy     old system: UPPERCASE names, long country names, national phone
             formats, MD5 key fingerprints
  bare       only id, name, country (+ ips / keys from the logs)
IPs and SSH keys are attached from access logs for every record that ever
logged in (~8% never did -> no "ips").  IP list length ~ lognormal, median ~4,
tail to 60.  IP sources: office static v4 (+ office IPv6 /64, privacy IIDs),
home broadband (ISP neighbourhood /24 -> dynamic reuse gives rare exact
collisions between strangers; household IPv6 /64 with random interface ids),
mobile carriers (public CGNAT pools of a few hundred IPs shared by thousands,
leaked 100.64.0.0/10 addresses, mobile v6 with random /64s), cloud egress
(AWS/GCP/Azure/Alibaba/Oracle-like NAT pools shared by many; own elastic IPs
are private to one customer), commercial VPN exits (5 providers, Zipf-popular
exits), Tor-like exits, university NATs (+ campus v6 /48), enterprise egress,
co-working Wi-Fi,
hotel/airport Wi-Fi, CI vendors' runner IPs.  Rendering noise: "ip:port",
"[v6]:port", "::ffff:a.b.c.d", leading zeros, whitespace, expanded/UPPER v6,
XFF chains "a, b", junk ("unknown", "-", "127.0.0.1", "10.x", "192.168.x",
"0.0.0.0", truncated, out-of-range); some log pipelines write every address of
a record with a port or as IPv4-mapped IPv6.
SSH keys: real OpenSSH-style fingerprints of random ed25519/rsa blobs; the same
key is written "SHA256:b64", "b64", padded, `ssh-keygen -l` style, "MD5:aa:..",
"aa:bb:..", "AABB.." depending on the source system (MD5 vs SHA256 of one key
cannot be matched without the key).  Shared-key noise: tutorial keys and
default-image keys in many strangers' accounts, CI vendors' deploy keys,
DevOps/MSP agencies that add their own key to their clients' accounts.

Planted SHELL NETWORKS (~11-17% of records): a controller (operator + 0-3
associates) runs 2-25 shells (most 2-4, a few large), often registered
offshore or behind a registered agent.  Controller assets: associates (as
directors/owners, spelled with variants), phones (rendered in different
formats), payment cards, office and virtual-office address (variants, unit
changes), office static IPs, home IPs (+ home IPv6 /64), cloud elastic IPs,
operator SSH keys, own email domains, websites, a name stem.  Topology star,
chain or tree: every shell j>0 gets 1..k link attributes copied from a parent
shell (star: shell 0; chain: j-1; tree: random earlier), so the planted
evidence always connects the network (chains: A~B by phone, B~C by key).
Care level: careful (1-2 links per edge, mostly weak ones such as a single
login IP or a director; VPN/cloud-heavy logs), medium, sloppy (2-5 links per
edge, strong ones too, operator office/home in the logs); plus random
"leakage" of controller assets into any shell.
Owners may be another shell of the network (layering) or the controller's
offshore holding company (not itself a customer).  Shells also use registered
agents and their nominee directors, like many strangers do.

Same-party legit groups: CRM+billing duplicate imports (name/format variants,
1-3 of reg id / card / e-mail / phone / address kept, sometimes no logs on the
second copy), enterprises (team accounts with team suffixes, corporate domain,
corporate cards, egress IPs; foreign subsidiaries owned by the parent), founder
personal + company account (shared card/phone/home IPs, founder as director).

Strangers that look alike (all DIFFERENT parties): co-working members (same
building address with their own suite/desk, reception phone, shared Wi-Fi
egress), registered-agent clients (same address, agent phone, agent e-mail,
nominee directors / corporate secretary), university NAT users (same NAT IPs,
same university e-mail domain), VPN/Tor/CGNAT/cloud-NAT co-users, hotel Wi-Fi,
roommates (same home address + home IPs), enterprise employees who open
personal accounts, MSP-agency clients (agency key + agency IP), tutorial /
image / CI key sharers, namesakes and generic company names ("Global Trading
Limited"), shared website hosts (sites.google.com, linkedin.com, wixsite.com,
github.io), free-mail domains, placeholder values (phones such as
"+1 555-555-5555", reg ids "N/A"/"000000000", e-mails "test@test.com",
address "N/A"), and a few registration numbers that coincide across
jurisdictions (same digits, different countries).

TRUTH RULE
----------
PARTY = the economic party that controls and pays for the account.
  * all shells of one controller are one party, whether or not evidence for a
    given shell survived the formatting noise;
  * CRM/billing duplicate imports of a customer are one party;
  * ENTERPRISE RULE: accounts opened on behalf of an enterprise (team/department
    accounts billed to it, and its wholly-owned subsidiaries) are ONE party;
    employees who sign up personally (own name as customer name, own card) are
    their OWN parties even when they use the corporate e-mail domain and log in
    through the corporate egress IPs;
  * a founder's personal account and his/her company's account are one party;
  * everybody else is a separate party (co-working neighbours, registered-agent
    and nominee-director clients, NAT/VPN co-users, MSP clients, roommates,
    namesakes, a few legit singletons registered offshore...).

GEN18_CHECK=1 prints (stderr): parties, party-size histogram, true pairs,
category/record counts, shell network sizes / care / topology / planted link
types, look-alike context counts, source systems, field presence, IPs and keys
per record, and per attribute after light normalisation (case, punctuation,
ports, ::ffff:, phone = last 9 digits, website = host, key prefixes): distinct
values, values in >=2 records, values confined to one party, values shared by
strangers (>=2 parties), max parties on one value, stranger pairs implied, true
pairs hit; finally how many multi-record parties are connected by such values.
"""
import sys
import os
import json
import math
import time
import random
import hashlib
import base64
import ipaddress

# =============================================================================
# Embedded data
# =============================================================================
COUNTRY_W = [("US", 20), ("CN", 12), ("IN", 8), ("GB", 7), ("DE", 6), ("SG", 6),
             ("HK", 6), ("JP", 5), ("RU", 5), ("KR", 4), ("AE", 4), ("TR", 3),
             ("IR", 2)]
OFFSHORE = ["VG", "KY", "SC", "CY"]
COUNTRY_LONG = {
    "US": ["United States", "USA", "U.S.", "United States of America", "us"],
    "CN": ["China", "PRC", "People's Republic of China", "中国", "cn"],
    "IN": ["India", "IND", "Republic of India", "in"],
    "GB": ["United Kingdom", "UK", "Great Britain", "England", "gb"],
    "DE": ["Germany", "Deutschland", "DEU", "de"],
    "SG": ["Singapore", "SGP", "Republic of Singapore", "sg"],
    "HK": ["Hong Kong", "Hong Kong SAR", "HKSAR", "Hong Kong, China", "hk"],
    "JP": ["Japan", "JPN", "日本", "jp"],
    "RU": ["Russia", "Russian Federation", "RUS", "Россия", "ru"],
    "KR": ["South Korea", "Korea, Republic of", "Republic of Korea", "KOR", "kr"],
    "AE": ["United Arab Emirates", "UAE", "U.A.E.", "ae"],
    "TR": ["Turkey", "Türkiye", "Turkiye", "TUR", "tr"],
    "IR": ["Iran", "Iran, Islamic Republic of", "IRN", "ir"],
    "VG": ["British Virgin Islands", "BVI", "Virgin Islands, British", "vg"],
    "KY": ["Cayman Islands", "Cayman", "CYM", "ky"],
    "SC": ["Seychelles", "SYC", "sc"],
    "CY": ["Cyprus", "CYP", "Republic of Cyprus", "cy"],
}
CULT_W = {
    "US": [("west", 70), ("in", 8), ("cn", 8), ("kr", 4), ("ir", 3), ("ru", 3), ("de", 4)],
    "GB": [("west", 80), ("in", 12), ("cn", 4), ("ar", 4)],
    "DE": [("de", 80), ("tr", 12), ("ru", 4), ("west", 4)],
    "CN": [("cn", 100)], "HK": [("hk", 88), ("cn", 12)],
    "SG": [("sg", 60), ("sgm", 15), ("in", 15), ("west", 10)],
    "RU": [("ru", 100)], "AE": [("ar", 55), ("in", 25), ("west", 10), ("ir", 5), ("ru", 5)],
    "IN": [("in", 100)], "JP": [("jp", 100)], "KR": [("kr", 100)], "TR": [("tr", 100)],
    "IR": [("ir", 100)], "VG": [("west", 100)], "KY": [("west", 100)],
    "SC": [("west", 70), ("ru", 30)], "CY": [("west", 40), ("ru", 60)],
}

# --- person names.  "a|b|c": romanisation variants (first = canonical)
WEST_FIRST = [
    ("James", "m", "Jim|Jimmy"), ("John", "m", "Johnny|Jack"), ("Robert", "m", "Bob|Rob"),
    ("Michael", "m", "Mike"), ("William", "m", "Bill|Will"), ("David", "m", "Dave"),
    ("Richard", "m", "Rick|Rich"), ("Joseph", "m", "Joe"), ("Thomas", "m", "Tom"),
    ("Charles", "m", "Charlie|Chuck"), ("Christopher", "m", "Chris"), ("Daniel", "m", "Dan|Danny"),
    ("Matthew", "m", "Matt"), ("Anthony", "m", "Tony"), ("Mark", "m", ""), ("Steven", "m", "Steve"),
    ("Andrew", "m", "Andy|Drew"), ("Joshua", "m", "Josh"), ("Kevin", "m", ""), ("Brian", "m", ""),
    ("Edward", "m", "Ed|Ted"), ("Ryan", "m", ""), ("Jacob", "m", "Jake"), ("Nicholas", "m", "Nick"),
    ("Benjamin", "m", "Ben"), ("Samuel", "m", "Sam"), ("Alexander", "m", "Alex"),
    ("Patrick", "m", "Pat"), ("Jonathan", "m", "Jon"), ("Timothy", "m", "Tim"),
    ("Oliver", "m", "Ollie"), ("Harry", "m", ""), ("George", "m", ""), ("Peter", "m", "Pete"),
    ("Mary", "f", ""), ("Patricia", "f", "Pat|Trish"), ("Jennifer", "f", "Jen|Jenny"),
    ("Linda", "f", ""), ("Elizabeth", "f", "Liz|Beth"), ("Barbara", "f", "Barb"),
    ("Susan", "f", "Sue"), ("Jessica", "f", "Jess"), ("Sarah", "f", ""), ("Karen", "f", ""),
    ("Emily", "f", ""), ("Margaret", "f", "Maggie|Peggy"), ("Katherine", "f", "Kate|Kathy"),
    ("Rebecca", "f", "Becky"), ("Laura", "f", ""), ("Amanda", "f", "Mandy"),
    ("Olivia", "f", "Liv"), ("Emma", "f", ""), ("Sophie", "f", ""), ("Hannah", "f", ""),
    ("Rachel", "f", ""), ("Victoria", "f", "Vicky|Tori"), ("Charlotte", "f", "Lottie"),
    ("Amelia", "f", "Amy"), ("Grace", "f", ""), ("Lucy", "f", ""), ("Anna", "f", "Ann"),
]
WEST_LAST = (
    "Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez "
    "Anderson Taylor Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis "
    "Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter "
    "Mitchell Roberts Turner Phillips|Philips Campbell Parker Evans Edwards Collins "
    "Stewart|Stuart Morris Murphy Cook Rogers Morgan Cooper Peterson|Petersen Reed|Reid "
    "Bailey Bell Kelly|Kelley Howard Ward Cox Richardson Wood Watson Brooks Bennett "
    "Gray|Grey Hughes Price Sanders Myers|Meyers Long Ross Foster McDonald|MacDonald|Mcdonald "
    "O'Brien|OBrien|O Brien O'Connor|OConnor Thomson Fletcher Hayes Ellis Hamilton Graham "
    "Sullivan|Sulivan Wallace Fisher Jenkins Perry Powell Russell Butler Barnes Henderson"
).split()
DE_FIRST = [("Jürgen|Juergen|Jurgen", "m"), ("Klaus", "m"), ("Stefan|Stephan", "m"),
            ("Andreas", "m"), ("Michael", "m"), ("Thomas", "m"), ("Markus|Marcus", "m"),
            ("Matthias|Mathias", "m"), ("Jörg|Joerg|Jorg", "m"), ("Frank", "m"), ("Uwe", "m"),
            ("Lukas|Lucas", "m"), ("Maximilian", "m"), ("Felix", "m"), ("Tobias", "m"),
            ("Florian", "m"), ("Sebastian", "m"), ("Sabine", "f"), ("Petra", "f"),
            ("Katrin|Kathrin", "f"), ("Anja", "f"), ("Julia", "f"), ("Lena", "f"),
            ("Sophie|Sofie", "f"), ("Jana", "f"), ("Birgit", "f"), ("Ursula", "f"),
            ("Claudia", "f"), ("Anna", "f"), ("Günter|Guenter|Gunter", "m")]
DE_LAST = ("Müller|Mueller|Muller Schmidt|Schmitt Schneider Fischer Weber Meyer|Meier|Maier|Mayer "
           "Wagner Becker Schulz Hoffmann|Hofmann Schäfer|Schaefer|Schafer Koch Bauer Richter Klein "
           "Wolf Schröder|Schroeder|Schroder Neumann Schwarz Zimmermann Braun Krüger|Krueger|Kruger "
           "Hartmann Lange Schmitz Werner Krause Lehmann Köhler|Koehler|Kohler Groß|Gross "
           "Weiß|Weiss Jäger|Jaeger|Jager Günther|Guenther|Gunther Vogel Friedrich Keller").split()
IN_FIRST = [("Rajesh", "m"), ("Amit", "m"), ("Sunil", "m"), ("Anil", "m"), ("Deepak", "m"),
            ("Vikram", "m"), ("Arjun", "m"), ("Rahul", "m"), ("Sanjay", "m"), ("Suresh", "m"),
            ("Ramesh", "m"), ("Venkatesh|Venkatesan", "m"), ("Srinivas|Srinivasa|Sreenivas", "m"),
            ("Mohammed|Mohammad|Mohd", "m"), ("Karthik|Kartik|Karthick", "m"), ("Aditya", "m"),
            ("Rohit", "m"), ("Abhishek|Abhisek", "m"), ("Priya", "f"), ("Neha", "f"),
            ("Pooja|Puja", "f"), ("Kavita|Kavitha", "f"), ("Lakshmi|Laxmi", "f"), ("Anjali", "f"),
            ("Divya", "f"), ("Sneha", "f"), ("Ananya", "f"), ("Shreya|Shriya", "f")]
IN_LAST = ("Kumar Sharma Singh Patel Gupta Reddy Iyer|Iyyer Nair Rao Agarwal|Aggarwal|Agrawal "
           "Chatterjee|Chaterjee Banerjee|Bannerjee Mehta Joshi Krishnan Verma Mishra Pillai Menon "
           "Das Shah Jain Desai Kapoor Malhotra Bose Chowdhury|Choudhury|Chaudhary").split()
RU_FIRST = [("Sergey|Sergei|Serguei", "Сергей", "m"), ("Aleksandr|Alexander|Aleksander", "Александр", "m"),
            ("Dmitry|Dmitri|Dmitriy", "Дмитрий", "m"), ("Andrey|Andrei", "Андрей", "m"),
            ("Alexey|Aleksei|Aleksey", "Алексей", "m"), ("Mikhail|Mihail", "Михаил", "m"),
            ("Ivan", "Иван", "m"), ("Nikolay|Nikolai", "Николай", "m"), ("Vladimir", "Владимир", "m"),
            ("Yuri|Yury|Iurii", "Юрий", "m"), ("Maxim|Maksim", "Максим", "m"),
            ("Artem|Artyom", "Артём", "m"), ("Pavel", "Павел", "m"),
            ("Evgeny|Yevgeny|Evgeniy", "Евгений", "m"), ("Olga", "Ольга", "f"),
            ("Elena|Yelena", "Елена", "f"), ("Natalia|Natalya|Nataliya", "Наталья", "f"),
            ("Tatiana|Tatyana", "Татьяна", "f"), ("Anna", "Анна", "f"), ("Maria|Mariya", "Мария", "f"),
            ("Irina", "Ирина", "f"), ("Ekaterina|Yekaterina", "Екатерина", "f"),
            ("Svetlana", "Светлана", "f"), ("Yulia|Julia|Yuliya", "Юлия", "f")]
RU_LAST = [("Ivanov", "Иванов"), ("Smirnov", "Смирнов"), ("Kuznetsov", "Кузнецов"), ("Popov", "Попов"),
           ("Vasiliev|Vasilyev|Vasilev", "Васильев"), ("Petrov", "Петров"), ("Sokolov", "Соколов"),
           ("Mikhailov|Mikhaylov|Mihailov", "Михайлов"), ("Novikov", "Новиков"),
           ("Fedorov|Fyodorov|Feodorov", "Федоров"), ("Morozov", "Морозов"), ("Volkov", "Волков"),
           ("Alekseev|Alexeev|Alekseyev", "Алексеев"), ("Lebedev", "Лебедев"),
           ("Semenov|Semyonov", "Семенов"), ("Egorov|Yegorov", "Егоров"), ("Pavlov", "Павлов"),
           ("Kozlov", "Козлов"), ("Stepanov", "Степанов"), ("Nikolaev|Nikolayev", "Николаев"),
           ("Orlov", "Орлов"), ("Zaitsev|Zaytsev", "Зайцев"), ("Sorokin", "Сорокин"), ("Belov", "Белов")]
RU_PATR = [("Sergeyevich|Sergeevich", "Сергеевич", "Sergeyevna|Sergeevna", "Сергеевна"),
           ("Aleksandrovich|Alexandrovich", "Александрович", "Aleksandrovna|Alexandrovna", "Александровна"),
           ("Ivanovich", "Иванович", "Ivanovna", "Ивановна"),
           ("Petrovich", "Петрович", "Petrovna", "Петровна"),
           ("Nikolayevich|Nikolaevich", "Николаевич", "Nikolayevna|Nikolaevna", "Николаевна"),
           ("Vladimirovich", "Владимирович", "Vladimirovna", "Владимировна"),
           ("Mikhailovich", "Михайлович", "Mikhailovna", "Михайловна"),
           ("Dmitriyevich|Dmitrievich", "Дмитриевич", "Dmitriyevna|Dmitrievna", "Дмитриевна")]
AR_FIRST = [("Mohammed|Mohamed|Muhammad|Mohammad", "m"), ("Ahmed|Ahmad", "m"), ("Khalid|Khaled", "m"),
            ("Omar|Umar", "m"), ("Hamad", "m"), ("Saeed|Said|Saied", "m"), ("Rashid|Rashed", "m"),
            ("Sultan", "m"), ("Abdullah|Abdulla", "m"), ("Yousef|Youssef|Yusuf", "m"), ("Ali", "m"),
            ("Hassan|Hasan", "m"), ("Fatima|Fatma", "f"), ("Aisha|Ayesha|Aysha", "f"),
            ("Mariam|Maryam", "f"), ("Noura|Nora", "f"), ("Hessa|Hissa", "f"), ("Latifa|Latifah", "f")]
AR_LAST = ["Al Mansouri|Al-Mansouri|Almansoori|Al Mansoori", "Al Hashimi|Al-Hashimi|Al Hashemi",
           "Al Suwaidi|Al-Suwaidi|Alsuwaidi", "Al Mazrouei|Al Mazroui|Al-Mazrouei",
           "Al Falasi|Al-Falasi|Alfalasi", "Al Ketbi|Al Kitbi", "Al Shamsi|Al-Shamsi|Alshamsi",
           "Al Zaabi|Al Za'abi|Alzaabi", "Al Marri|Al-Marri", "Al Qasimi|Al-Qassimi",
           "Al Nuaimi|Al-Nuaimi|Alnuaimi", "Al Dhaheri|Al Daheri", "Haddad", "Khoury|Khouri",
           "Saleh|Salih", "Nasser|Naser"]
TR_FIRST = [("Mehmet|Mehmed", "m"), ("Mustafa", "m"), ("Ahmet", "m"), ("Ali", "m"),
            ("Hüseyin|Huseyin", "m"), ("Hasan", "m"), ("İbrahim|Ibrahim", "m"), ("Murat", "m"),
            ("Emre", "m"), ("Burak", "m"), ("Can", "m"), ("Oğuz|Oguz", "m"), ("Ayşe|Ayse", "f"),
            ("Fatma", "f"), ("Zeynep", "f"), ("Elif", "f"), ("Özlem|Ozlem", "f"), ("Gül|Gul", "f"),
            ("Merve", "f")]
TR_LAST = ("Yılmaz|Yilmaz Kaya Demir Şahin|Sahin Çelik|Celik Yıldız|Yildiz Yıldırım|Yildirim "
           "Öztürk|Ozturk Aydın|Aydin Özdemir|Ozdemir Arslan Doğan|Dogan Kılıç|Kilic Aslan "
           "Çetin|Cetin Kara Koç|Koc Kurt Özkan|Ozkan Şimşek|Simsek Polat Erdoğan|Erdogan").split()
IR_FIRST = [("Mohammad|Mohammed|Mohamad|Muhammad", "m"), ("Ali", "m"), ("Reza", "m"),
            ("Hossein|Hosein|Hussein|Husain", "m"), ("Mehdi|Mahdi", "m"), ("Amir", "m"),
            ("Hamid", "m"), ("Saeed|Said", "m"), ("Morteza|Mortaza", "m"), ("Majid", "m"),
            ("Maryam|Mariam", "f"), ("Fatemeh|Fatima", "f"), ("Zahra", "f"), ("Narges", "f"),
            ("Parisa", "f"), ("Sara|Sarah", "f"), ("Leila|Leyla|Layla", "f")]
IR_LAST = ("Hosseini|Hoseini|Husseini Ahmadi Mohammadi|Mohamadi Rezaei|Rezaee|Rezaie Moradi Karimi "
           "Jafari|Djafari|Jafary Rahimi Hashemi Ghasemi|Qasemi|Ghassemi Sadeghi|Sadeqi "
           "Mousavi|Musavi|Moussavi Kazemi Heidari|Heydari Akbari Najafi Tehrani Rostami "
           "Ebrahimi|Ibrahimi Salehi").split()
CN_SUR = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
          ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"),
          ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Lin", "林"),
          ("Gao", "高"), ("Luo", "罗"), ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"),
          ("Tang", "唐"), ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭")]
CN_SYL = [("Wei", "伟"), ("Fang", "芳"), ("Min", "敏"), ("Jing", "静"), ("Li", "丽"), ("Qiang", "强"),
          ("Lei", "磊"), ("Jun", "军"), ("Yang", "洋"), ("Yong", "勇"), ("Yan", "艳"), ("Jie", "杰"),
          ("Tao", "涛"), ("Ming", "明"), ("Chao", "超"), ("Xiu", "秀"), ("Hua", "华"), ("Ping", "平"),
          ("Gang", "刚"), ("Hui", "辉"), ("Hong", "红"), ("Xin", "鑫"), ("Bo", "波"), ("Ning", "宁"),
          ("Hao", "浩"), ("Yu", "宇"), ("Kai", "凯"), ("Long", "龙"), ("Xiao", "晓"), ("Zhi", "志"),
          ("Jian", "建"), ("Guo", "国"), ("Dong", "东"), ("Feng", "峰"), ("Lin", "林"), ("Yun", "云"),
          ("Rui", "瑞"), ("Chen", "晨"), ("Xue", "雪"), ("Jia", "佳"), ("Zi", "子"), ("Hai", "海"),
          ("Peng", "鹏"), ("Lu", "璐"), ("Qing", "青"), ("Yi", "怡"), ("Ting", "婷"), ("Na", "娜"),
          ("Shan", "珊"), ("Tian", "天")]
HK_SUR = [("Chan", "陳"), ("Wong", "黃"), ("Leung", "梁"), ("Cheung", "張"), ("Lau", "劉"), ("Lee", "李"),
          ("Ng", "吳"), ("Ho", "何"), ("Lam", "林"), ("Tang", "鄧"), ("Yip", "葉"), ("Tsang", "曾"),
          ("Cheng", "鄭"), ("Fung", "馮"), ("Kwok", "郭"), ("Chow", "周"), ("Lo", "羅"), ("Mak", "麥"),
          ("Yeung", "楊"), ("Tse", "謝")]
HK_SYL = [("Tai", "大"), ("Man", "文"), ("Ka", "家"), ("Wai", "偉"), ("Siu", "小"), ("Ming", "明"),
          ("Wing", "永"), ("Kei", "基"), ("Chi", "志"), ("Keung", "強"), ("Mei", "美"), ("Ling", "玲"),
          ("Yan", "欣"), ("Lun", "倫"), ("Kin", "健"), ("Hung", "雄"), ("Yee", "儀"), ("Sze", "詩"),
          ("Kwan", "君"), ("Fai", "輝"), ("Hoi", "海"), ("Chun", "俊"), ("Pui", "佩"), ("Shan", "珊")]
ENG_NAMES = ["Peter", "Kenneth", "Mary", "Jason", "Vincent", "Eric", "Alice", "Karen", "Raymond",
             "Tony", "Michelle", "Winnie", "Gary", "Calvin", "Ivan", "Stephen", "Joyce", "Kelvin",
             "Jacky", "Wilson", "Daniel", "Grace", "Ben", "Cindy"]
SG_SUR = ("Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia").split()
SG_SYL = ("Wei Ming Hui Min Jun Kiat Hock Seng Boon Kok Leng Siew Mei Ling Xin Yi Jia Hao Zhi "
          "Wen Kai Jie Li Yong").split()
SGM_GIVEN = [("Muhammad Faizal|Mohd Faizal|Mohamed Faizal|Muhd Faizal", "m"),
             ("Ahmad Firdaus|Ahmad Firdhaus", "m"), ("Mohamed Rizal|Muhammad Rizal|Mohd Rizal", "m"),
             ("Hafiz|Hafeez", "m"), ("Syed Ali|Syed Aly", "m"), ("Nur Aisyah|Nur Aishah|Nurul Aisyah", "f"),
             ("Siti Nurhaliza|Siti Nur Haliza", "f"), ("Nurul Huda", "f"), ("Farah|Farrah", "f")]
SGM_FATHER = ("Ahmad Rahman|Rahmad Ismail Hassan|Hasan Osman|Othman Yusof|Yusoff|Yusuf Abdullah "
              "Ibrahim Salleh|Saleh Kassim|Kasim").split()
JP_FAM = [("Sato|Satoh|Satō|Satou", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"),
          ("Watanabe", "渡辺"), ("Ito|Itoh|Itō|Itou", "伊藤"), ("Yamamoto", "山本"), ("Nakamura", "中村"),
          ("Kobayashi", "小林"), ("Kato|Katoh|Katō|Katou", "加藤"), ("Yoshida", "吉田"), ("Yamada", "山田"),
          ("Sasaki", "佐々木"), ("Yamaguchi", "山口"), ("Matsumoto", "松本"), ("Inoue", "井上"),
          ("Kimura", "木村"), ("Hayashi", "林"), ("Shimizu", "清水"), ("Ono|Ohno|Ōno", "大野")]
JP_GIV = [("Hiroshi", "博", "m"), ("Takeshi", "武", "m"), ("Kenji", "健二", "m"),
          ("Yusuke|Yuusuke|Yūsuke", "雄介", "m"), ("Shota|Shouta|Shōta", "翔太", "m"),
          ("Daisuke", "大輔", "m"), ("Kazuki", "一輝", "m"), ("Ryota|Ryouta|Ryōta", "亮太", "m"),
          ("Haruto", "陽翔", "m"), ("Takumi", "拓海", "m"), ("Yuki", "由紀", "f"), ("Akiko", "明子", "f"),
          ("Yoko|Youko|Yōko", "洋子", "f"), ("Keiko", "恵子", "f"), ("Naoko", "直子", "f"),
          ("Yui", "結衣", "f"), ("Sakura", "さくら", "f"), ("Haruka", "遥", "f")]
KR_FAM = [("Kim|Gim", "김"), ("Lee|Yi|Rhee|Ri", "이"), ("Park|Pak|Bak", "박"), ("Choi|Choe", "최"),
          ("Jung|Jeong|Chung", "정"), ("Kang|Gang", "강"), ("Cho|Jo", "조"), ("Yoon|Yun", "윤"),
          ("Jang|Chang", "장"), ("Lim|Im", "임"), ("Han", "한"), ("Shin|Sin", "신"), ("Oh|O", "오"),
          ("Seo|Suh", "서"), ("Kwon|Gwon", "권")]
KR_GIV = [("Min-jun|Minjun|Min Jun", "민준", "m"), ("Ji-hoon|Jihoon|Ji Hoon", "지훈", "m"),
          ("Hyun-woo|Hyunwoo|Hyeon-u", "현우", "m"), ("Jae-won|Jaewon", "재원", "m"),
          ("Dong-hyun|Donghyun", "동현", "m"), ("Young-ho|Yeong-ho|Youngho", "영호", "m"),
          ("Sung-min|Seong-min|Sungmin", "성민", "m"), ("Jun-ho|Junho", "준호", "m"),
          ("Seo-yeon|Seoyeon", "서연", "f"), ("Ha-eun|Haeun", "하은", "f"),
          ("Soo-jin|Sujin|Su-jin", "수진", "f"), ("Eun-ji|Eunji", "은지", "f"),
          ("Ji-young|Jiyoung|Ji-yeong", "지영", "f"), ("Min-seo|Minseo", "민서", "f")]

# --- company names
CO_STEMS = (
    "Apex Nova Quantum Vertex Zenith Orbit Helix Nimbus Stratos Vector Pinnacle Summit Atlas "
    "Polaris Sirius Orion Lyra Vega Aurora Horizon Meridian Cobalt Crimson Azure Indigo Onyx "
    "Silverline Bluewave Greenfield Redwood Oakridge Pinecrest Lakeside Riverbend Stonebridge "
    "Ironclad Brightpath Clearview Deepfield Fastlane Firstlight Highland Keystone Lighthouse "
    "Longview Northstar Openfield Pioneer Primus Quantix Radiant Sapphire Sentinel Skyline "
    "Solstice Starling Sterling Summitview Sunrise Tidewater Trident Unity Vanguard Vista "
    "Westbrook Wildflower Windmill Yellowstone Arcadia Ember Falcon Griffin Harbor Ivory Jade "
    "Kestrel Lumen Mosaic Nexus Obsidian Paragon Quasar Raven Sparrow Tempest Umbra Velocity "
    "Willow Xenon Yonder Zephyr Acorn Beacon Cascade Delta Echo Fjord Glacier Hawthorn Iris "
    "Juniper Kinetic Lattice Magnolia Neon Opal Prism Quill Ridge Saffron Tundra Ultra Valor "
    "Wave Axiom Binary Cipher Dataflow Entropy Fractal Graphite Hyper Infinite Joule Kelvin "
    "Logic Matrix Neural Octave Photon Qubit Relay Signal Tensor Unison Voxel Cortex Synapse "
    "Aether Boreal Cinder Drift Ether Flux Gale Halo Ion Krypton Lunar Mistral Nebula Ozone "
    "Pulse Rift Spectra Terra Vortex Argent Bastion Citadel Dynamo Forge Granite Harvest"
).split()
CO_INDUSTRY = ("Technologies|Tech Systems Solutions Labs Data Analytics AI Cloud Networks Computing "
               "Digital Software Ventures Holdings Trading Capital Consulting Group Robotics Bio "
               "Media Games Logistics Energy Partners Research Dynamics Interactive Intelligence "
               "Compute Vision Semiconductor Security Fintech Studios Innovations Global "
               "International|Intl Enterprises Industries Services Imaging").split()
GENERIC_CO = ["Global Trading", "ABC Technology", "Star Consulting", "Sunrise Trading", "Golden Dragon",
              "Asia Pacific Holdings", "United Trading", "Smart Solutions", "Prime Investments",
              "First Capital", "New Century", "Oriental Star", "Eagle Trading", "Bright Future",
              "Phoenix Holdings", "Victory International", "Alpha Omega", "Blue Ocean"]
CN_CO_STEM = [("Huaxin", "华信"), ("Tianyu", "天宇"), ("Jinlong", "金龙"), ("Hongda", "宏达"),
              ("Zhongke", "中科"), ("Xinda", "信达"), ("Kaiyuan", "开元"), ("Ruifeng", "瑞丰"),
              ("Haitai", "海泰"), ("Yunchuang", "云创"), ("Shengshi", "盛世"), ("Boyuan", "博远"),
              ("Lianchuang", "联创"), ("Dingxin", "鼎信"), ("Huatai", "华泰"), ("Tengda", "腾达"),
              ("Weiye", "伟业"), ("Xunlei", "迅雷"), ("Zhiyuan", "智远"), ("Chuangxin", "创新"),
              ("Lingyun", "凌云"), ("Mingde", "明德"), ("Anxin", "安信"), ("Baotong", "宝通"),
              ("Fuxing", "复兴"), ("Guanghui", "光辉"), ("Hengtong", "恒通"), ("Jiahe", "嘉禾"),
              ("Longteng", "龙腾"), ("Qianhai", "前海"), ("Shuguang", "曙光"), ("Taiping", "太平"),
              ("Wanxiang", "万象"), ("Xinghe", "星河"), ("Yuanjing", "远景"), ("Zhonghui", "中汇")]
CN_CO_IND = [("Technology", "科技"), ("Network Technology", "网络科技"),
             ("Information Technology", "信息技术"), ("Trading", "贸易"), ("Data", "数据"),
             ("Intelligent Technology", "智能科技"), ("Electronics", "电子"), ("Software", "软件"),
             ("Investment", "投资"), ("Cloud Computing", "云计算"), ("Culture Media", "文化传媒")]
CN_CO_CITY = [("Shenzhen", "深圳"), ("Shanghai", "上海"), ("Beijing", "北京"), ("Hangzhou", "杭州"),
              ("Guangzhou", "广州"), ("Chengdu", "成都"), ("Suzhou", "苏州"), ("Nanjing", "南京"),
              ("Wuhan", "武汉"), ("Xiamen", "厦门")]
RU_CO_STEM = [("Alfa|Alpha", "Альфа"), ("Vektor|Vector", "Вектор"), ("Sigma", "Сигма"), ("Orion", "Орион"),
              ("Start", "Старт"), ("Integral", "Интеграл"), ("Neva", "Нева"), ("Ural", "Урал"),
              ("Sever", "Север"), ("Kvant|Quant", "Квант"), ("Tsifra|Cifra", "Цифра"),
              ("Impuls|Impulse", "Импульс"), ("Granit|Granite", "Гранит"), ("Baltika", "Балтика"),
              ("Volga", "Волга"), ("Almaz", "Алмаз"), ("Zenit|Zenith", "Зенит"), ("Kristall|Crystal", "Кристалл"),
              ("Avangard", "Авангард"), ("Meridian", "Меридиан")]
RU_CO_IND = [("Tekh|Tech", "Тех"), ("Soft", "Софт"), ("Treid|Trade", "Трейд"), ("Invest", "Инвест"),
             ("Servis|Service", "Сервис"), ("Grupp|Group", "Групп"), ("Data", "Дата"),
             ("Sistemy|Systems", "Системы"), ("Telekom|Telecom", "Телеком"), ("Lab", "Лаб")]
LEGAL = {
    "US": [["LLC", "L.L.C.", "Llc", "LLC."], ["Inc.", "Inc", "Incorporated", "INC"], ["Corp.", "Corporation", "Corp"]],
    "GB": [["Ltd", "Ltd.", "Limited", "LTD"], ["Ltd", "Limited"], ["LLP"], ["PLC", "plc", "Public Limited Company"]],
    "DE": [["GmbH", "Gmbh", "G.m.b.H.", "GMBH"], ["GmbH", "Gmbh"], ["UG (haftungsbeschränkt)", "UG", "UG (haftungsbeschraenkt)"], ["AG", "Aktiengesellschaft"]],
    "CN": [["Co., Ltd.", "Co. Ltd", "Co., Ltd", "Company Limited", "Co.,Ltd.", "Ltd."]],
    "HK": [["Limited", "Ltd", "Ltd.", "LIMITED"], ["Company Limited", "Co., Limited", "Co. Ltd", "Company Ltd"]],
    "SG": [["Pte. Ltd.", "Pte Ltd", "Private Limited", "PTE. LTD.", "Pte. Limited"]],
    "AE": [["FZE", "F.Z.E.", "FZE."], ["FZ-LLC", "FZ LLC", "FZLLC", "F.Z.-L.L.C."], ["LLC", "L.L.C.", "Llc"], ["DMCC", "D.M.C.C."]],
    "IN": [["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "Pvt. Limited", "Private Ltd"], ["LLP"]],
    "JP": [["K.K.", "KK", "Kabushiki Kaisha", "Co., Ltd.", "株式会社", "Inc."], ["G.K.", "GK", "Godo Kaisha", "合同会社", "LLC"]],
    "KR": [["Co., Ltd.", "Co. Ltd", "Inc.", "주식회사", "Corp."]],
    "TR": [["A.Ş.", "A.S.", "AŞ", "Anonim Şirketi", "Anonim Sirketi"], ["Ltd. Şti.", "Ltd. Sti.", "Limited Şirketi", "LTD. ŞTİ.", "Ltd Sti"]],
    "IR": [["Co.", "Company", "Co", "Private Joint Stock Co.", "PJSC"]],
    "VG": [["Ltd", "Limited", "Ltd."], ["Inc.", "Inc", "Incorporated"], ["Corp.", "Corporation"]],
    "KY": [["Ltd", "Limited", "Ltd."], ["Inc.", "Inc"]],
    "SC": [["Ltd", "Limited", "Ltd."], ["Inc.", "Inc"]],
    "CY": [["Ltd", "Limited", "LTD"], ["Holdings Ltd", "Holdings Limited"]],
}
CCTLD = {"US": ["com", "io", "ai", "co", "net"], "CN": ["cn", "com.cn", "com"], "IN": ["in", "co.in", "com"],
         "GB": ["co.uk", "uk", "com", "io"], "DE": ["de", "com", "io"], "SG": ["sg", "com.sg", "com"],
         "HK": ["hk", "com.hk", "com"], "JP": ["jp", "co.jp", "com"], "RU": ["ru", "com", "su"],
         "KR": ["kr", "co.kr", "com"], "AE": ["ae", "com", "io"], "TR": ["com.tr", "com"],
         "IR": ["ir", "com"], "VG": ["com", "net", "vg"], "KY": ["com", "ky"], "SC": ["com", "sc"],
         "CY": ["com.cy", "com", "eu"]}
FREEMAIL = {"US": ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "aol.com"],
            "GB": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com"],
            "CN": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "gmail.com", "aliyun.com"],
            "RU": ["yandex.ru", "mail.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru"],
            "KR": ["naver.com", "daum.net", "gmail.com", "hanmail.net", "kakao.com"],
            "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "outlook.jp", "icloud.com"],
            "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "gmx.net"],
            "IN": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com", "hotmail.com"],
            "TR": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"],
            "IR": ["gmail.com", "yahoo.com", "chmail.ir", "outlook.com"],
            "AE": ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com"],
            "HK": ["gmail.com", "yahoo.com.hk", "hotmail.com", "outlook.com", "netvigator.com"],
            "SG": ["gmail.com", "yahoo.com.sg", "hotmail.com", "outlook.com", "singnet.com.sg"],
            "_": ["gmail.com", "protonmail.com", "proton.me", "outlook.com", "tutanota.com", "hotmail.com"]}
WEB_HOSTS = ["https://sites.google.com/view/{s}", "https://{s}.wixsite.com/home", "https://www.linkedin.com/company/{s}",
             "https://www.facebook.com/{s}", "https://github.com/{s}", "https://{s}.github.io",
             "https://medium.com/@{s}", "https://t.me/{s}", "https://{s}.notion.site", "http://{s}.blogspot.com"]
ROLE_LOCAL = ["info", "admin", "billing", "contact", "hello", "ops", "finance", "dev", "it", "accounts",
              "office", "support", "team", "cloud", "infra", "ml"]

# --- addresses.  "a|b": spelling variants of one street / city
US_CITIES = [("San Francisco|SF", "CA", "941"), ("New York|New York City|NYC", "NY", "100"),
             ("Austin", "TX", "787"), ("Seattle", "WA", "981"), ("Palo Alto", "CA", "943"),
             ("Boston", "MA", "021"), ("Chicago", "IL", "606"), ("Los Angeles|LA", "CA", "900"),
             ("Wilmington", "DE", "198"), ("Miami", "FL", "331"), ("Denver", "CO", "802"),
             ("Sheridan", "WY", "828"), ("Dover", "DE", "199"), ("San Jose", "CA", "951")]
US_STREETS = ["Market Street|Market St|Market St.", "Mission Street|Mission St", "Broadway",
              "Main Street|Main St|Main St.", "Oak Avenue|Oak Ave", "Pine Street|Pine St",
              "2nd Avenue|2nd Ave|Second Avenue", "Howard Street|Howard St", "Congress Avenue|Congress Ave",
              "Elm Street|Elm St", "Park Avenue|Park Ave", "Lexington Avenue|Lexington Ave",
              "Wilshire Boulevard|Wilshire Blvd", "University Avenue|University Ave",
              "Sand Hill Road|Sand Hill Rd", "King Street|King St", "Orange Street|Orange St",
              "Delaware Avenue|Delaware Ave", "Folsom Street|Folsom St", "5th Avenue|Fifth Avenue|5th Ave"]
GB_CITIES = [("London", ["EC1V", "EC2A", "SW1A", "E1", "N1", "WC2H", "W1W", "EC3M", "SE1"]),
             ("Manchester", ["M1", "M2", "M4"]), ("Cambridge", ["CB1", "CB2", "CB4"]),
             ("Edinburgh", ["EH1", "EH2", "EH3"]), ("Bristol", ["BS1", "BS2"])]
GB_STREETS = ["High Street|High St", "Old Street|Old St", "City Road|City Rd", "Baker Street|Baker St",
              "Kingsway", "Oxford Road|Oxford Rd", "Station Road|Station Rd", "Church Lane|Church Ln",
              "Victoria Street|Victoria St", "Great Portland Street|Great Portland St",
              "Shoreditch High Street|Shoreditch High St", "Regent Street|Regent St", "Bishopsgate",
              "Fleet Street|Fleet St", "Hills Road|Hills Rd"]
DE_CITIES = [("Berlin", "10"), ("München|Muenchen|Munich", "80"), ("Hamburg", "20"),
             ("Frankfurt am Main|Frankfurt|Frankfurt a.M.", "60"), ("Köln|Koeln|Cologne", "50"),
             ("Stuttgart", "70"), ("Leipzig", "04")]
DE_STREETS = ["Friedrichstraße|Friedrichstrasse|Friedrichstr.", "Hauptstraße|Hauptstrasse|Hauptstr.",
              "Bahnhofstraße|Bahnhofstrasse|Bahnhofstr.", "Schillerstraße|Schillerstrasse|Schillerstr.",
              "Goethestraße|Goethestrasse|Goethestr.", "Torstraße|Torstrasse|Torstr.",
              "Lindenstraße|Lindenstrasse|Lindenstr.", "Kurfürstendamm|Kurfuerstendamm|Kurfurstendamm",
              "Leopoldstraße|Leopoldstrasse|Leopoldstr.", "Mainzer Landstraße|Mainzer Landstrasse|Mainzer Landstr.",
              "Rosenthaler Straße|Rosenthaler Strasse|Rosenthaler Str."]
CN_CITIES = [("Shenzhen", "深圳", "518", [("Nanshan", "南山"), ("Futian", "福田"), ("Longgang", "龙岗")]),
             ("Shanghai", "上海", "200", [("Pudong New", "浦东新"), ("Xuhui", "徐汇"), ("Minhang", "闵行")]),
             ("Beijing", "北京", "100", [("Haidian", "海淀"), ("Chaoyang", "朝阳"), ("Dongcheng", "东城")]),
             ("Hangzhou", "杭州", "310", [("Xihu", "西湖"), ("Binjiang", "滨江")]),
             ("Guangzhou", "广州", "510", [("Tianhe", "天河"), ("Haizhu", "海珠")]),
             ("Chengdu", "成都", "610", [("Wuhou", "武侯"), ("Jinjiang", "锦江")])]
CN_ROADS = [("Keji Road|Keji Rd.|Kejilu", "科技路"), ("Shennan Avenue|Shennan Blvd|Shennan Road", "深南大道"),
            ("Zhongshan Road|Zhongshan Rd.", "中山路"), ("Renmin Road|Renmin Rd.", "人民路"),
            ("Jianguo Road|Jianguo Rd.", "建国路"), ("Wensan Road|Wensan Rd.", "文三路"),
            ("Zhangjiang Road|Zhangjiang Rd.", "张江路"), ("Century Avenue|Shiji Avenue", "世纪大道"),
            ("Tianfu Avenue|Tianfu Ave.", "天府大道"), ("Zhichun Road|Zhichun Rd.", "知春路")]
HK_BLDGS = ["Victoria Commercial Building", "Kowloon Trade Centre", "Golden Gate Tower", "Pacific Plaza",
            "Harbour View Centre", "Lucky Commercial Centre", "Silvercord Tower", "Prosperity Centre",
            "Wing Fat Industrial Building", "Kwun Tong Harbour Plaza", "Tai Yau Building", "Man Yee Building"]
HK_STREETS = ["Queen's Road Central|Queens Road Central|Queen's Rd C.", "Des Voeux Road Central|Des Voeux Rd C",
              "Nathan Road|Nathan Rd", "Hennessy Road|Hennessy Rd", "Connaught Road Central|Connaught Rd C",
              "Canton Road|Canton Rd", "How Ming Street|How Ming St", "Lockhart Road|Lockhart Rd",
              "Hoi Bun Road|Hoi Bun Rd", "Johnston Road|Johnston Rd"]
HK_DISTRICTS = [("Central", "Hong Kong"), ("Wan Chai|Wanchai", "Hong Kong"), ("Tsim Sha Tsui|TST", "Kowloon"),
                ("Kwun Tong", "Kowloon"), ("Mong Kok|Mongkok", "Kowloon"), ("Sheung Wan", "Hong Kong"),
                ("Causeway Bay", "Hong Kong")]
SG_STREETS = ["Raffles Place", "Cecil Street|Cecil St", "Robinson Road|Robinson Rd", "Anson Road|Anson Rd",
              "Beach Road|Beach Rd", "Jurong East Street 21|Jurong East St 21", "Ang Mo Kio Avenue 3|Ang Mo Kio Ave 3",
              "Tampines Street 92|Tampines St 92", "North Bridge Road|North Bridge Rd", "Shenton Way",
              "Kallang Avenue|Kallang Ave", "Ubi Avenue 1|Ubi Ave 1"]
SG_BLDGS = ["One Raffles Tower", "Cecil Court", "Robinson Centre", "Anson House", "Ubi TechPark", "Kallang Hub",
            "The Central", "Shenton House", "International Plaza", "Golden Mile Complex", ""]
RU_CITIES = [("Moscow|Moskva", "Москва", "1"), ("Saint Petersburg|St. Petersburg|Sankt-Peterburg", "Санкт-Петербург", "19"),
             ("Novosibirsk", "Новосибирск", "630"), ("Kazan", "Казань", "420"),
             ("Yekaterinburg|Ekaterinburg", "Екатеринбург", "620")]
RU_STREETS = [("ul. Tverskaya|Tverskaya str.|Tverskaya ulitsa", "ул. Тверская"),
              ("Leninsky prospekt|Leninsky pr-t|Leninsky Ave", "Ленинский проспект"),
              ("ul. Lenina|Lenina str.", "ул. Ленина"), ("Nevsky prospekt|Nevsky pr.|Nevsky Ave", "Невский проспект"),
              ("ul. Arbat|Arbat str.", "ул. Арбат"), ("ul. Pushkina|Pushkina str.", "ул. Пушкина"),
              ("Kutuzovsky prospekt|Kutuzovsky pr-t", "Кутузовский проспект"),
              ("ul. Baumana|Baumana str.", "ул. Баумана"),
              ("Presnenskaya nab.|Presnenskaya embankment", "Пресненская наб.")]
AE_BLDGS = ["Business Bay Tower", "Marina Plaza", "Al Reem Tower", "Emirates Financial Towers", "Gold Tower",
            "Platinum Tower", "Mazaya Business Avenue BB1", "The Citadel Tower", "Churchill Tower",
            "Bay Square Building 7", "Dubai Digital Park Building A1|DDP Building A1", "Fortune Tower"]
AE_AREAS = [("Business Bay", "Dubai"), ("JLT|Jumeirah Lakes Towers", "Dubai"), ("Dubai Marina", "Dubai"),
            ("DIFC", "Dubai"), ("Deira", "Dubai"), ("Al Barsha", "Dubai"),
            ("Dubai Silicon Oasis|DSO", "Dubai"), ("Al Reem Island", "Abu Dhabi")]
IN_CITIES = [("Bengaluru|Bangalore", "Karnataka", "560"), ("Mumbai|Bombay", "Maharashtra", "400"),
             ("Pune", "Maharashtra", "411"), ("Hyderabad", "Telangana", "500"),
             ("Chennai|Madras", "Tamil Nadu", "600"), ("Gurugram|Gurgaon", "Haryana", "122"),
             ("New Delhi|Delhi", "Delhi", "110"), ("Noida", "Uttar Pradesh", "201")]
IN_ROADS = ["MG Road|Mahatma Gandhi Road|M.G. Road", "Outer Ring Road|ORR", "100 Feet Road|100 Ft Road",
            "Linking Road", "Hosur Road|Hosur Rd", "Old Airport Road|Old Airport Rd", "Nehru Place",
            "Sector 44|Sec-44", "Cyber City", "Anna Salai|Mount Road"]
IN_AREAS = ["Koramangala", "Indiranagar", "Whitefield", "Andheri East|Andheri (E)", "HITEC City|Hitech City",
            "Banjara Hills", "Sector 18", "Powai", "Baner", "Velachery"]
JP_WARDS = [("Minato-ku|Minato", "港区", "10"), ("Shibuya-ku|Shibuya", "渋谷区", "15"),
            ("Chiyoda-ku|Chiyoda", "千代田区", "10"), ("Chuo-ku|Chuo", "中央区", "10"),
            ("Shinjuku-ku|Shinjuku", "新宿区", "16"), ("Shinagawa-ku|Shinagawa", "品川区", "14")]
JP_HOODS = [("Roppongi", "六本木"), ("Shibuya", "渋谷"), ("Marunouchi", "丸の内"), ("Nihonbashi", "日本橋"),
            ("Nishi-Shinjuku|Nishishinjuku", "西新宿"), ("Akasaka", "赤坂"), ("Ebisu", "恵比寿"), ("Osaki", "大崎")]
KR_ROADS = [("Teheran-ro|Teheranro|Teheran-ro St", "테헤란로"), ("Sejong-daero|Sejongdaero", "세종대로"),
            ("Olympic-ro|Olympicro", "올림픽로"), ("Gangnam-daero|Gangnamdaero", "강남대로"),
            ("Yeoksam-ro|Yeoksamro", "역삼로"), ("Seocho-daero|Seochodaero", "서초대로")]
KR_DISTS = [("Gangnam-gu|Gangnam", "강남구"), ("Jung-gu|Jung", "중구"), ("Seocho-gu|Seocho", "서초구"),
            ("Songpa-gu|Songpa", "송파구"), ("Mapo-gu|Mapo", "마포구")]
TR_STREETS = ["Büyükdere Caddesi|Büyükdere Cad.|Buyukdere Cad.", "İstiklal Caddesi|Istiklal Cad.",
              "Atatürk Bulvarı|Ataturk Blv.|Atatürk Blv.", "Bağdat Caddesi|Bagdat Cad.",
              "Barbaros Bulvarı|Barbaros Blv.", "Cumhuriyet Caddesi|Cumhuriyet Cad."]
TR_DISTS = [("Şişli|Sisli", "İstanbul|Istanbul", "343"), ("Beşiktaş|Besiktas", "İstanbul|Istanbul", "343"),
            ("Kadıköy|Kadikoy", "İstanbul|Istanbul", "347"), ("Çankaya|Cankaya", "Ankara", "066"),
            ("Konak", "İzmir|Izmir", "352")]
TR_HOODS = ["Levent", "Maslak", "Mecidiyeköy|Mecidiyekoy", "Kızılay|Kizilay", "Alsancak", "Moda"]
IR_CITIES = ["Tehran|Teheran", "Isfahan|Esfahan", "Shiraz", "Mashhad|Mashad", "Tabriz"]
IR_STREETS = ["Valiasr Street|Vali-e Asr Ave|Valiasr St.", "Enghelab Street|Enqelab St.",
              "Motahari Street|Motahari St.", "Mirdamad Boulevard|Mirdamad Blvd",
              "Shariati Street|Shariati St.", "Beheshti Street|Beheshti St.", "Azadi Street|Azadi St."]
OFF_ADDR = {
    "VG": (["Harbour Chambers", "Palm Court", "Sea Meadow House", "Akara Building", "Coastal Building",
            "Waterfront Plaza"], ["Wickhams Cay I|Wickham's Cay I", "Wickhams Cay II|Wickham's Cay II",
                                  "Main Street|Main St", "Waterfront Drive|Waterfront Dr"],
           "Road Town, Tortola|Road Town|Tortola", "British Virgin Islands|BVI|VG1110, British Virgin Islands"),
    "KY": (["Coral Bay House", "Cayman Corporate Centre", "Harbour Place", "Windward Plaza", "Governors Square"],
           ["Shedden Road|Shedden Rd", "Elgin Avenue|Elgin Ave", "Fort Street|Fort St", "West Bay Road|West Bay Rd"],
           "George Town, Grand Cayman|George Town|Grand Cayman", "Cayman Islands|KY1-1104, Cayman Islands"),
    "SC": (["Providence Business Hub", "Mahe Trade Centre", "Victoria House", "Global Plaza"],
           ["Francis Rachel Street|Francis Rachel St", "Independence Avenue|Independence Ave",
            "Providence Industrial Estate"], "Victoria, Mahé|Victoria, Mahe|Mahe", "Seychelles|Republic of Seychelles"),
    "CY": (["Kanika Business Centre", "Olympia House", "Aphrodite Tower", "Limassol Centre", ""],
           ["Arch. Makariou III|Archiepiskopou Makariou III|Makarios Avenue", "Spyrou Kyprianou|Spyros Kyprianou Ave",
            "Agiou Andreou", "Griva Digeni|Grivas Digenis Ave", "Omonias Avenue|Omonoias Ave"],
           "Limassol|Lemesos", "Cyprus"),
}


# =============================================================================
# Small helpers
# =============================================================================
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
_ZIPF_CACHE = {}


def zipf_cum(n, s=0.8):
    """Cumulative Zipf weights for choices(cum_weights=...)."""
    key = (n, s)
    cw = _ZIPF_CACHE.get(key)
    if cw is None:
        cw, acc = [], 0.0
        for i in range(n):
            acc += 1.0 / (i + 1) ** s
            cw.append(acc)
        _ZIPF_CACHE[key] = cw
    return cw


def zpick(rng, seq, s=0.8):
    return rng.choices(seq, cum_weights=zipf_cum(len(seq), s))[0]


def wpick(rng, pairs):
    """pairs: [(item, weight), ...]"""
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def rand_str(rng, n, alphabet=ALNUM):
    return "".join(rng.choices(alphabet, k=n))


def digits(rng, n, first="0123456789"):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choices("0123456789", k=n - 1))


def lognorm_int(rng, mu, sigma, lo, hi):
    return max(lo, min(hi, int(round(math.exp(rng.gauss(mu, sigma))))))


class Pick:
    """Seeded chooser: canonical choices come from the entity's own seed, so an
    entity renders identically every time with p=0; with p>0 each decision is
    re-drawn from the shared rng with probability p (a spelling variant)."""
    __slots__ = ("r0", "rng", "p")

    def __init__(self, seed, rng, p):
        self.r0 = random.Random(seed)
        self.rng = rng
        self.p = p

    def __call__(self, opts, w=None):
        if w:
            x = self.r0.choices(opts, w)[0]
        else:
            x = opts[self.r0.randrange(len(opts))]
        if self.p and self.rng.random() < self.p:
            if w:
                return self.rng.choices(opts, w)[0]
            return opts[self.rng.randrange(len(opts))]
        return x

    def spell(self, s, w0=5):
        if "|" not in s:
            return s
        parts = s.split("|")
        return self(parts, [w0] + [1] * (len(parts) - 1))

    def chance(self, q):
        a = self.r0.random() < q
        if self.p and self.rng.random() < self.p:
            return self.rng.random() < q
        return a

    def num(self, a, b):
        x = self.r0.randint(a, b)
        if self.p and self.rng.random() < self.p:
            return self.rng.randint(a, b)
        return x


def typo(rng, s):
    """One keyboard-ish typo in a Latin word character."""
    idx = [i for i, ch in enumerate(s) if ch.isascii() and ch.isalpha()]
    if len(idx) < 4:
        return s
    i = rng.choice(idx[1:])
    op = rng.randrange(4)
    if op == 0 and i + 1 < len(s) and s[i + 1].isalpha():
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "i", "n": "m", "m": "n", "s": "a", "r": "t", "t": "r",
            "u": "y", "l": "k", "c": "v", "h": "j", "g": "h", "d": "f"}
    ch = s[i]
    rep = near.get(ch.lower(), "e")
    if ch.isupper():
        rep = rep.upper()
    return s[:i] + rep + s[i + 1:]


# =============================================================================
# People
# =============================================================================
def make_person(rng, cult, sex=None):
    sex = sex or ("m" if rng.random() < 0.62 else "f")
    p = {"c": cult, "seed": rng.getrandbits(48), "sex": sex, "fam": "", "famn": "", "giv": "",
         "givn": "", "nick": "", "eng": "", "mid": "", "pat": None, "syl": None}

    def by_sex(lst, si):
        cand = [x for x in lst if x[si] == sex] or lst
        return zpick(rng, cand, 0.5)

    if cult == "west":
        g = by_sex(WEST_FIRST, 1)
        p["giv"], p["nick"] = g[0], g[2]
        p["fam"] = zpick(rng, WEST_LAST, 0.6)
        if rng.random() < 0.45:
            p["mid"] = rng.choice("ABCDEFGHJKLMNPRSTW")
    elif cult == "de":
        p["giv"] = by_sex(DE_FIRST, 1)[0]
        p["fam"] = zpick(rng, DE_LAST, 0.6)
    elif cult == "in":
        p["giv"] = by_sex(IN_FIRST, 1)[0]
        p["fam"] = zpick(rng, IN_LAST, 0.7)
    elif cult == "tr":
        p["giv"] = by_sex(TR_FIRST, 1)[0]
        p["fam"] = zpick(rng, TR_LAST, 0.6)
    elif cult == "ir":
        p["giv"] = by_sex(IR_FIRST, 1)[0]
        p["fam"] = zpick(rng, IR_LAST, 0.6)
    elif cult == "ar":
        p["giv"] = by_sex(AR_FIRST, 1)[0]
        p["fam"] = rng.choice(AR_LAST)
    elif cult == "ru":
        g = by_sex(RU_FIRST, 2)
        p["giv"], p["givn"] = g[0], g[1]
        f = zpick(rng, RU_LAST, 0.5)
        if sex == "f":
            p["fam"] = "|".join(x + "a" for x in f[0].split("|"))
            p["famn"] = f[1] + "а"
        else:
            p["fam"], p["famn"] = f
        pt = rng.choice(RU_PATR)
        p["pat"] = (pt[0], pt[1]) if sex == "m" else (pt[2], pt[3])
    elif cult in ("cn", "hk", "sg"):
        sur, syl = {"cn": (CN_SUR, CN_SYL), "hk": (HK_SUR, HK_SYL), "sg": (SG_SUR, SG_SYL)}[cult]
        s = zpick(rng, sur, 0.9)
        if cult == "sg":
            p["fam"] = s
        else:
            p["fam"], p["famn"] = s
        n = 1 if (cult == "cn" and rng.random() < 0.35) else 2
        if cult == "sg":
            p["syl"] = [(zpick(rng, syl, 0.4), "") for _ in range(n)]
        else:
            p["syl"] = [zpick(rng, syl, 0.4) for _ in range(n)]
        p["givn"] = "".join(x[1] for x in p["syl"])
        if cult in ("hk", "sg") and rng.random() < 0.55:
            p["eng"] = rng.choice(ENG_NAMES)
    elif cult == "sgm":
        g = by_sex(SGM_GIVEN, 1)
        p["giv"] = g[0]
        p["fam"] = rng.choice(SGM_FATHER)
    elif cult == "jp":
        f = zpick(rng, JP_FAM, 0.6)
        g = by_sex(JP_GIV, 2)
        p["fam"], p["famn"], p["giv"], p["givn"] = f[0], f[1], g[0], g[1]
    elif cult == "kr":
        f = zpick(rng, KR_FAM, 0.9)
        g = by_sex(KR_GIV, 2)
        p["fam"], p["famn"], p["giv"], p["givn"] = f[0], f[1], g[0], g[1]
    return p


def person_for_country(rng, co, sex=None):
    return make_person(rng, wpick(rng, CULT_W[co]), sex)


def _syl_join(pk, syl, cn=True):
    if len(syl) == 1:
        return syl[0][0]
    sep = pk(["", "-", " ", "-l"], [6, 2, 3, 1] if cn else [1, 2, 6, 4])
    if sep == "-l":
        return syl[0][0] + "-" + syl[1][0].lower()
    if sep == "":
        return syl[0][0] + syl[1][0].lower()
    return syl[0][0] + sep + syl[1][0]


def render_person(p, rng, var=0.0):
    """Name of a person; var>0 draws spelling/ordering variants."""
    pk = Pick(p["seed"], rng, var)
    c = p["c"]
    out = None
    if c in ("west", "de", "in", "tr", "ir", "ar"):
        g = pk.spell(p["giv"])
        f = pk.spell(p["fam"])
        if p["nick"] and pk.chance(0.10):
            g = pk(p["nick"].split("|"))
        st = pk(["gf", "f,g", "Fg", "FG", "ig", "gmf", "fg"], [70, 7, 5, 4, 4, 7 if p["mid"] else 0,
                                                                    6 if c in ("in", "ir", "tr") else 1])
        if st == "gf":
            out = f"{g} {f}"
        elif st == "f,g":
            out = f"{f}, {g}"
        elif st == "Fg":
            out = f"{f.upper()} {g}"
        elif st == "FG":
            out = f"{g} {f}".upper()
        elif st == "ig":
            out = f"{g[0]}. {f}"
        elif st == "gmf":
            out = f"{g} {p['mid']}. {f}"
        else:
            out = f"{f} {g}"
    elif c == "ru":
        g, f = pk.spell(p["giv"]), pk.spell(p["fam"])
        pl, pn = pk.spell(p["pat"][0]), p["pat"][1]
        st = pk(["gf", "fg", "FG", "gpf", "nfgp", "ngf", "ig", "f,g", "nfg"], [45, 12, 6, 6, 10, 8, 4, 4, 5])
        out = {"gf": f"{g} {f}", "fg": f"{f} {g}", "FG": f"{f.upper()} {g.upper()}", "gpf": f"{g} {pl} {f}",
               "nfgp": f"{p['famn']} {p['givn']} {pn}", "ngf": f"{p['givn']} {p['famn']}", "ig": f"{g[0]}. {f}",
               "f,g": f"{f}, {g}", "nfg": f"{p['famn']} {p['givn']}"}[st]
    elif c in ("cn", "hk", "sg"):
        g = _syl_join(pk, p["syl"], c == "cn")
        f = p["fam"]
        e = p["eng"]
        if c == "cn":
            st = pk(["fg", "gf", "Fg", "f,g", "nat", "FG"], [42, 33, 8, 4, 10, 3])
        elif c == "hk":
            st = pk(["fg", "Fg", "efg", "ef", "Fge", "e,f", "nat", "gf"],
                    [30, 18, 14 if e else 0, 12 if e else 0, 8 if e else 0, 4 if e else 0, 8, 6])
        else:
            st = pk(["fg", "Fg", "efg", "ef", "gf", "FG"], [40, 15, 15 if e else 0, 10 if e else 0, 12, 4])
        if st == "nat" and not p["famn"]:
            st = "fg"
        out = {"fg": f"{f} {g}", "gf": f"{g} {f}", "Fg": f"{f.upper()} {g}", "f,g": f"{f}, {g}",
               "nat": p["famn"] + (pk(["", " "], [9, 1])) + p["givn"], "FG": f"{f} {g}".upper(),
               "efg": f"{e} {f} {g}", "ef": f"{e} {f}", "Fge": f"{f.upper()} {g} {e}", "e,f": f"{f}, {e}"}[st]
    elif c == "sgm":
        g, f = pk.spell(p["giv"]), pk.spell(p["fam"])
        con = pk(["bin", "Bin", "B.", "", "bin."], [10, 3, 2, 3, 1]) if p["sex"] == "m" else \
            pk(["binte", "binti", "Bte", "bte.", ""], [8, 4, 2, 1, 3])
        out = f"{g} {con} {f}" if con else f"{g} {f}"
        if pk.chance(0.05):
            out = out.upper()
    elif c in ("jp", "kr"):
        g, f = pk.spell(p["giv"]), pk.spell(p["fam"])
        st = pk(["fg", "gf", "Fg", "nat", "f,g"], [35, 40, 10, 12, 3])
        out = {"fg": f"{f} {g}", "gf": f"{g} {f}", "Fg": f"{f.upper()} {g}", "f,g": f"{f}, {g}",
               "nat": p["famn"] + (pk(["", " "], [3, 1]) if c == "jp" else "") + p["givn"]}[st]
    if var and rng.random() < var * 0.2:
        out = typo(rng, out)
    return out


def person_email_local(rng, p):
    g = p["giv"].split("|")[0] if p["giv"] else (p["syl"][0][0] if p["syl"] else "x")
    f = p["fam"].split("|")[0]
    g = "".join(ch for ch in g.lower() if ch.isascii() and ch.isalnum())
    f = "".join(ch for ch in f.lower() if ch.isascii() and ch.isalnum())
    if not g:
        g = "user"
    if not f:
        f = "x"
    st = rng.randrange(8)
    if st == 0:
        return f"{g}.{f}"
    if st == 1:
        return f"{g[0]}{f}"
    if st == 2:
        return f"{g}{f}{rng.randint(1, 99)}"
    if st == 3:
        return f"{g}_{f}"
    if st == 4:
        return f"{f}.{g}"
    if st == 5:
        return f"{g}{rng.randint(70, 2005)}"
    if st == 6:
        return f"{f}{g[0]}"
    return f"{g}.{f}{rng.randint(1, 9)}"


# =============================================================================
# Companies
# =============================================================================
def _lat(x):
    return x[0] if isinstance(x, tuple) else x


def make_company(W, co, stem=None, style=None):
    rng = W.rng
    c = {"k": "co", "co": co, "seed": rng.getrandbits(48), "st": "", "tok": [], "ind": "",
         "city": None, "stem": None}
    if style is None:
        if co == "CN" or (co == "HK" and rng.random() < 0.25):
            style = "cn"
        elif co == "RU" or (co == "CY" and rng.random() < 0.2):
            style = "ru"
        elif rng.random() < 0.015 and stem is None:
            style = "generic"
        else:
            style = "gen"
    if style == "cn" and not (stem is None or isinstance(stem, tuple)):
        style = "gen"
    if style == "ru" and not (stem is None or isinstance(stem, tuple)):
        style = "gen"
    c["st"] = style
    if style == "cn":
        c["city"] = rng.choice(CN_CO_CITY)
        c["stem"] = stem if isinstance(stem, tuple) else zpick(rng, CN_CO_STEM, 0.3)
        c["ind"] = rng.choice(CN_CO_IND)
    elif style == "ru":
        c["stem"] = stem if isinstance(stem, tuple) else zpick(rng, RU_CO_STEM, 0.3)
        c["ind"] = rng.choice(RU_CO_IND)
    elif style == "generic":
        c["tok"] = [rng.choice(GENERIC_CO)]
        c["ind"] = ""
    else:
        if stem is not None:
            c["tok"] = [_lat(stem).split("|")[0]]
            if rng.random() < 0.35:
                c["tok"].append(rng.choice(CO_STEMS))
        elif rng.random() < 0.08:
            p = person_for_country(rng, co)
            c["tok"] = [p["fam"].split("|")[0]]
        else:
            c["tok"] = [zpick(rng, CO_STEMS, 0.35)]
            if rng.random() < 0.25:
                c["tok"].append(rng.choice(CO_STEMS))
        c["ind"] = rng.choice(CO_INDUSTRY) if rng.random() < 0.85 else ""
    forms = LEGAL.get(co, LEGAL["GB"])
    c["form"] = rng.choices(range(len(forms)), [4] + [1] * (len(forms) - 1))[0]
    return c


def render_company(c, rng, var=0.0):
    pk = Pick(c["seed"], rng, var)
    co = c["co"]
    forms = LEGAL.get(co, LEGAL["GB"])[c["form"]]
    lf = pk(forms, [8] + [1] * (len(forms) - 1))
    st = c["st"]
    if st == "cn":
        if pk.chance(0.22):
            name = c["stem"][1] + c["ind"][1] + "有限公司"
            if co == "CN":
                name = c["city"][1] + pk(["", "市"], [3, 1]) + name
            return name
        stem, ind, city = c["stem"][0], c["ind"][0], c["city"][0]
        if co == "CN":
            if pk.chance(0.15):
                name = f"{stem} {ind} ({city}) {lf}"
            else:
                name = f"{city} {stem} {ind} {lf}"
        else:
            name = f"{stem} {ind} {lf}"
    elif st == "ru":
        mode = pk(["cyr", "ooo", "llc", "llcpre"], [4, 3, 3, 1])
        if mode == "cyr":
            q = pk(["«»", '""', ""], [5, 3, 1])
            body = c["stem"][1] + pk([" ", ""], [2, 1]) + c["ind"][1]
            form = pk(["ООО", "АО"], [9, 1])
            return f"{form} {q[0]}{body}{q[1]}" if q else f"{form} {body}"
        stem, ind = pk.spell(c["stem"][0]), pk.spell(c["ind"][0])
        body = stem + pk([" ", ""], [2, 1]) + ind
        if mode == "ooo":
            q = pk(['""', "", "«»"], [5, 3, 1])
            name = f"OOO {q[0]}{body}{q[1]}" if q else f"OOO {body}"
        elif mode == "llc":
            name = f"{body} LLC"
        else:
            name = f'LLC "{body}"'
    else:
        toks = c["tok"]
        base = " ".join(toks)
        if len(toks) > 1 and pk.chance(0.15):
            base = "".join(toks)
        ind = pk.spell(c["ind"]) if c["ind"] else ""
        name = base + (" " + ind if ind else "")
        if lf in ("株式会社", "合同会社", "주식회사"):
            name = lf + pk(["", " "], [2, 1]) + name
        elif var and rng.random() < var * 0.1:
            pass  # legal form dropped
        else:
            name += pk([" ", ", "], [9, 1]) + lf
    if var:
        r = rng.random()
        if r < var * 0.15:
            name = name.upper()
        elif r < var * 0.2:
            name = name.lower()
        elif r < var * 0.3:
            name = name.replace(".", "").replace(",", "")
        elif r < var * 0.38:
            name = typo(rng, name)
        elif r < var * 0.42:
            name = "The " + name
    elif pk.chance(0.04):
        name = name.upper()
    return name


def company_slug_tokens(c):
    if c["st"] == "cn":
        return [c["stem"][0].lower(), c["ind"][0].split()[0].lower()[:4]]
    if c["st"] == "ru":
        return [c["stem"][0].split("|")[-1].lower(), c["ind"][0].split("|")[-1].lower()]
    toks = ["".join(ch for ch in t.lower() if ch.isascii() and ch.isalnum()) for t in c["tok"]]
    toks = [t for t in toks if t] or ["co"]
    ind = c["ind"].split("|")[-1].lower() if c["ind"] else ""
    return toks + ([ind] if ind else [])


def new_domain(W, tokens, co):
    rng = W.rng
    base = tokens[:1] if (len(tokens) > 1 and rng.random() < 0.35) else tokens[:2]
    sep = "-" if rng.random() < 0.25 else ""
    tld = rng.choice(CCTLD.get(co, ["com"]))
    cand = sep.join(base) + "." + tld
    sfx = ["group", "hq", "global", "app", "inc", "co", co.lower(), "tech", "online", "corp"]
    k = 0
    while cand in W.domains:
        k += 1
        if k < 6:
            cand = sep.join(base) + rng.choice(["", "-"]) + rng.choice(sfx) + "." + tld
        else:
            cand = sep.join(base) + str(rng.randint(2, 9999)) + "." + rng.choice(["com", "net", "io"])
    W.domains[cand] = 1
    return cand


# =============================================================================
# Registration ids
# =============================================================================
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
DE_COURTS = ["Berlin (Charlottenburg)", "München", "Hamburg", "Frankfurt am Main", "Köln", "Stuttgart", "Leipzig"]


def make_regid(W, co):
    rng = W.rng
    for _ in range(50):
        if co == "US":
            core = digits(rng, 2, "123456789") + digits(rng, 7)
        elif co == "GB":
            core = ("SC" + digits(rng, 6)) if rng.random() < 0.08 else (rng.choice("01") + digits(rng, 7))
        elif co == "DE":
            core = digits(rng, rng.choice([5, 6]), "123456789")
        elif co == "CN":
            core = "91" + rng.choice(["440300", "310000", "110108", "330100", "440101", "510100"]) + \
                   "".join(rng.choices(USCC, k=10))
        elif co == "HK":
            core = digits(rng, rng.choice([7, 7, 8]), "123")
        elif co == "SG":
            core = str(rng.randint(2005, 2024)) + digits(rng, 5) + rng.choice("ABCDEGHKMNRWZ")
        elif co == "RU":
            core = rng.choice("15") + digits(rng, 12)
        elif co == "AE":
            core = digits(rng, 7, "123456789")
        elif co == "IN":
            core = rng.choice("UL") + rng.choice(["72900", "72200", "74999", "93000", "51909"]) + \
                   rng.choice(["KA", "MH", "DL", "TG", "TN", "HR"]) + str(rng.randint(2008, 2023)) + \
                   rng.choice(["PTC", "PTC", "PLC", "OPC"]) + digits(rng, 6)
        elif co == "JP":
            core = digits(rng, 13, "123456789")
        elif co == "KR":
            core = digits(rng, 10, "123456789")
        elif co == "TR":
            core = digits(rng, 10, "123456789")
        elif co == "IR":
            core = "10" + digits(rng, 9)
        elif co == "VG":
            core = digits(rng, 7, "12")
        elif co == "KY":
            core = digits(rng, 6, "123456789")
        elif co == "SC":
            core = digits(rng, 6, "123456789")
        else:  # CY
            core = digits(rng, 6, "1234")
        # planted cross-jurisdiction coincidences (same digits, other registry)
        if co in ("JP", "HK") and rng.random() < W.coincide_p:
            pool = W.regcore.get("RU" if co == "JP" else "VG", [])
            pool = [x for x in pool if len(x) == (13 if co == "JP" else 7) and x[0] != "0"]
            if pool:
                core = rng.choice(pool)
                W.stats["regid_coincidences"] += 1
        key = co + ":" + core
        if key not in W.regids:
            W.regids[key] = 1
            W.regcore.setdefault(co, []).append(core)
            r = {"co": co, "core": core, "seed": rng.getrandbits(32)}
            if co == "DE":
                r["court"] = rng.choice(DE_COURTS)
            return r
    raise RuntimeError("regid space exhausted")


def render_regid(r, rng, var=0.0):
    pk = Pick(r["seed"], rng, var)
    co, c = r["co"], r["core"]
    if co == "US":
        opts = [f"{c[:2]}-{c[2:]}", c, f"EIN {c[:2]}-{c[2:]}", f"EIN: {c}"]
        w = [8, 3, 1, 1]
    elif co == "GB":
        opts = [c, f"Company No. {c}", c.lstrip("0") or c, f"No. {c}"]
        w = [8, 1, 1, 1]
    elif co == "DE":
        opts = [f"HRB {c}", f"HRB{c}", f"Amtsgericht {r['court']} HRB {c}", f"HR B {c}", f"HRB {c} B"]
        w = [8, 2, 2, 1, 1 if "Berlin" in r["court"] else 0]
    elif co == "CN":
        opts = [c, c.lower(), f"{c[:6]} {c[6:12]} {c[12:]}"]
        w = [12, 1, 1]
    elif co == "HK":
        opts = [c, f"CR No. {c}", c.zfill(8), f"CR{c}"]
        w = [8, 2, 1, 1]
    elif co == "SG":
        opts = [c, c.lower(), f"UEN: {c}", f"UEN {c}"]
        w = [10, 1, 1, 1]
    elif co == "RU":
        opts = [c, f"ОГРН {c}", f"OGRN: {c}", f"OGRN {c}"]
        w = [8, 2, 1, 1]
    elif co == "AE":
        opts = [f"CN-{c}", f"CN {c}", c, f"License No. CN-{c}"]
        w = [8, 2, 2, 1]
    elif co == "IN":
        opts = [c, c.lower(), f"CIN: {c}", f"CIN {c}"]
        w = [10, 1, 1, 1]
    elif co == "JP":
        opts = [c, f"{c[0]} {c[1:5]} {c[5:9]} {c[9:]}", f"法人番号 {c}", f"{c[0]}-{c[1:5]}-{c[5:9]}-{c[9:]}"]
        w = [8, 1, 1, 1]
    elif co == "KR":
        opts = [f"{c[:3]}-{c[3:5]}-{c[5:]}", c, f"{c[:3]} {c[3:5]} {c[5:]}"]
        w = [8, 3, 1]
    elif co == "TR":
        opts = [c, f"VKN: {c}", f"VKN {c}", f"V.D. No {c}"]
        w = [8, 2, 1, 1]
    elif co == "IR":
        opts = [c, f"National ID: {c}", f"{c[:3]} {c[3:7]} {c[7:]}"]
        w = [8, 1, 1]
    elif co == "VG":
        opts = [c, f"BC No. {c}", f"BVI {c}", f"BVI Company No. {c}"]
        w = [8, 2, 1, 1]
    elif co == "KY":
        opts = [f"MC-{c}", f"MC {c}", c, f"MC{c}"]
        w = [8, 2, 2, 1]
    elif co == "SC":
        opts = [c, f"IBC {c}", f"IBC No. {c}"]
        w = [8, 2, 1]
    else:
        opts = [f"HE {c}", f"HE{c}", f"ΗΕ {c}", f"HE-{c}"]
        w = [8, 3, 1, 1]
    return pk(opts, w)


REG_PLACEHOLDERS = ["N/A", "NA", "none", "0", "000000000", "PENDING", "-", "TBD", "n/a", "123456789", "00000000"]


# =============================================================================
# Addresses
# =============================================================================
def ordn(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def make_addr(W, co, kind="office"):
    rng = W.rng
    a = {"co": co, "seed": rng.getrandbits(48), "kind": kind,
         "num": rng.choice([rng.randint(1, 99), rng.randint(1, 400), rng.randint(100, 3999)]),
         "floor": rng.randint(2, 38), "u": rng.randint(1, 30), "i": rng.randrange(1000),
         "j": rng.randrange(1000), "k": rng.randrange(1000), "pc": rng.randrange(10 ** 6), "po": rng.randint(1000, 99999),
         "unit": True}
    if co != "US":
        a["num"] = rng.choice([rng.randint(1, 30), rng.randint(1, 180)])
    if kind == "home" and co in ("US", "GB", "DE") and rng.random() < 0.45:
        a["unit"] = False
    if kind == "building":  # co-working / agent building: member suite set later
        a["unit"] = False
    return a


def addr_with_unit(a, rng, floor=None, u=None, reseed=False):
    b = dict(a)
    b["unit"] = True
    b["floor"] = floor if floor is not None else rng.randint(1, 30)
    b["u"] = u if u is not None else rng.randint(1, 60)
    if reseed:
        b["seed"] = rng.getrandbits(48)
    return b


def render_addr(a, rng, var=0.0):
    pk = Pick(a["seed"], rng, var)
    co, i, j, k, n, fl, u, pc = a["co"], a["i"], a["j"], a["k"], a["num"], a["floor"], a["u"], a["pc"]
    un = a["unit"]
    home = a["kind"] == "home"
    out = ""
    if co == "US":
        city, state, zp = US_CITIES[i % len(US_CITIES)]
        st = pk.spell(US_STREETS[j % len(US_STREETS)], 3)
        unit = ""
        if un:
            uv = fl * 100 + u
            unit = pk([f"Apt {fl}{'ABCDEF'[u % 6]}", f"Apt. {fl}{'ABCDEF'[u % 6]}", f"#{fl}{'ABCDEF'[u % 6]}"]) if home \
                else pk([f"Suite {uv}", f"Ste {uv}", f"Ste. {uv}", f"#{uv}", f"Unit {uv}", f"Floor {fl}"], [6, 3, 1, 2, 1, 1])
        zipc = zp + str(pc % 100).zfill(2)
        cityn = pk.spell(city, 8)
        if pk.chance(0.15):
            zipc += "-" + str(pc % 10000).zfill(4)
        sep = pk([", ", " "], [6, 1])
        out = f"{n} {st}" + (sep + unit if unit else "") + f", {cityn}, {state} {zipc}"
    elif co == "GB":
        city, outs = GB_CITIES[i % len(GB_CITIES)]
        st = pk.spell(GB_STREETS[j % len(GB_STREETS)], 3)
        pcode = outs[pc % len(outs)] + " " + str(pc % 9 + 1) + LOWER[(pc // 9) % 26].upper() + LOWER[(pc // 234) % 26].upper()
        unit = ""
        if un:
            unit = pk([f"Flat {u}", f"Flat {u}"]) if home else pk([f"Unit {u}", f"Suite {u}", f"Office {u}",
                                                                    f"{ordn(fl)} Floor"])
        out = (unit + ", " if unit else "") + f"{n} {st}, {city} {pcode}"
        if pk.chance(0.1):
            out = out.replace(f", {city} ", f", {city}, ")
    elif co == "DE":
        city, pre = DE_CITIES[i % len(DE_CITIES)]
        st = pk.spell(DE_STREETS[j % len(DE_STREETS)], 3)
        plz = pre + str(pc % 1000).zfill(3)
        extra = ""
        if un and not home:
            extra = pk([f", {fl}. OG", f", {fl}. Etage", "", f", Aufgang {'ABC'[u % 3]}"], [2, 1, 3, 1])
        out = f"{st} {n}{extra}, {plz} {pk.spell(city, 6)}"
    elif co == "CN":
        cen, cna, cpre, dists = CN_CITIES[i % len(CN_CITIES)]
        den, dna = dists[k % len(dists)]
        ren, rna = CN_ROADS[j % len(CN_ROADS)]
        bld, room = u % 12 + 1, fl * 100 + u
        post = cpre + str(pc % 1000).zfill(3)
        if pk.chance(0.25):
            out = f"{cna}{pk(['市', ''], [3, 1])}{dna}区{rna}{n}号" + (f"{bld}栋{room}室" if un else "")
        else:
            rd = pk.spell(ren, 3)
            dd = pk([f"{den} District", f"{den} Dist.", f"{den}"], [5, 2, 1])
            bl = pk([f"Building {bld}", f"Bldg {bld}", f"Block {bld}"], [4, 2, 1])
            rm = pk([f"Room {room}", f"Rm {room}", f"Unit {room}", f"Room {room}"], [4, 2, 1, 1])
            no = pk([f"No. {n} {rd}", f"No.{n} {rd}", f"{n} {rd}"], [4, 2, 2])
            head = f"{rm}, {bl}, " if un else ""
            out = f"{head}{no}, {dd}, {cen} {post}"
    elif co == "HK":
        b = HK_BLDGS[i % len(HK_BLDGS)]
        st = pk.spell(HK_STREETS[j % len(HK_STREETS)], 3)
        dist, reg = HK_DISTRICTS[k % len(HK_DISTRICTS)]
        room = f"{fl}{str(u).zfill(2)}"
        rm = pk([f"Room {room}", f"Rm {room}", f"Flat {room}", f"Unit {room}", f"Flat/Rm {room}"], [4, 3, 2, 2, 1])
        flr = pk([f"{fl}/F", f"{fl}/F.", f"{fl}th Floor", f"{fl}F"], [5, 2, 1, 1])
        head = f"{rm}, {flr}, " if un else ""
        out = f"{head}{b}, {n} {st}, {pk.spell(dist, 4)}, {pk([reg, 'Hong Kong', 'HK'], [5, 2, 1])}"
    elif co == "SG":
        st = pk.spell(SG_STREETS[j % len(SG_STREETS)], 3)
        b = SG_BLDGS[i % len(SG_BLDGS)]
        pcode = str(pc % 900000 + 48000).zfill(6)
        unit = ""
        if un:
            unit = pk([f"#{str(fl).zfill(2)}-{str(u).zfill(2)}", f"#{fl}-{str(u).zfill(2)}",
                       f"Level {fl} Unit {u}", f"{str(fl).zfill(2)}-{str(u).zfill(2)}"], [6, 2, 1, 1])
        bb = (" " + b) if b and pk.chance(0.7) else ""
        out = f"{n} {st}" + (f", {unit}{bb}" if unit else (f",{bb}" if bb else "")) + \
              pk([f", Singapore {pcode}", f" Singapore {pcode}", f", S({pcode})", f", Singapore {pcode}"], [5, 1, 1, 1])
    elif co == "RU":
        cl, cn_, cpre = RU_CITIES[i % len(RU_CITIES)]
        sl, sn = RU_STREETS[j % len(RU_STREETS)]
        post = (cpre + str(pc).zfill(6))[:6]
        office = f"{fl}{str(u).zfill(2)}"
        if pk.chance(0.35):
            out = f"{post}, г. {cn_}, {sn}, д. {n}" + (f", стр. {u % 9 + 1}, оф. {office}" if un else "")
        else:
            s = pk.spell(sl, 3)
            c = pk.spell(cl, 3)
            if pk.chance(0.5):
                out = f"{s}, d. {n}" + (f", str. {u % 9 + 1}, of. {office}" if un else "") + f", {c}, {post}"
            else:
                out = f"{post}, {c}, {s} {n}" + (f", office {office}" if un else "")
    elif co == "AE":
        b = pk.spell(AE_BLDGS[i % len(AE_BLDGS)], 3)
        area, city = AE_AREAS[j % len(AE_AREAS)]
        area = pk.spell(area, 3)
        off = f"{fl}{str(u).zfill(2)}"
        head = pk([f"Office {off}", f"Office No. {off}", f"Unit {off}", f"Suite {off}", f"Office {off}, Floor {fl}"],
                  [5, 2, 2, 1, 1]) + ", " if un else ""
        po = f", P.O. Box {a['po']}" if pk.chance(0.35) else ""
        out = f"{head}{b}, {area}{po}, {city}"
    elif co == "IN":
        city, state, pre = IN_CITIES[i % len(IN_CITIES)]
        road = pk.spell(IN_ROADS[j % len(IN_ROADS)], 3)
        area = pk.spell(IN_AREAS[k % len(IN_AREAS)], 3)
        pin = pre + str(pc % 1000).zfill(3)
        cityn = pk.spell(city, 3)
        flr = f"{ordn(fl)} Floor, " if un else ""
        out = pk([f"No. {n}, {flr}{road}, {area}, {cityn}, {state} {pin}",
                  f"#{n}, {flr}{road}, {area}, {cityn} - {pin}",
                  f"{n}/{u}, {area}, {road}, {cityn} {pin}"], [5, 3, 2])
    elif co == "JP":
        wl, wn, wpre = JP_WARDS[i % len(JP_WARDS)]
        hl, hn = JP_HOODS[j % len(JP_HOODS)]
        c1, c2, c3 = n % 9 + 1, u % 20 + 1, k % 30 + 1
        post = f"{wpre}{pc % 10}-{str(pc % 10000).zfill(4)}"
        if pk.chance(0.25):
            out = f"〒{post} 東京都{wn}{hn}{c1}-{c2}-{c3}" + (f" {fl}F" if un else "")
        else:
            flr = pk([f"{fl}F, ", f"{fl}th Floor, ", f"{fl}F "], [4, 1, 1]) if un else ""
            out = f"{flr}{c1}-{c2}-{c3} {pk.spell(hl, 3)}, {pk.spell(wl, 3)}, " + \
                  pk([f"Tokyo {post}", f"Tokyo-to {post}", f"Tokyo, {post}"], [5, 1, 1])
    elif co == "KR":
        rl, rn = KR_ROADS[i % len(KR_ROADS)]
        dl, dn = KR_DISTS[j % len(KR_DISTS)]
        post = str(pc % 100000).zfill(5)
        if pk.chance(0.25):
            out = f"서울특별시 {dn} {rn} {n}" + (f", {fl}층" if un else "")
        else:
            flr = pk([f"{fl}F, ", f"{fl}th Floor, ", f"{fl}F "], [4, 1, 1]) if un else ""
            out = f"{flr}{n} {pk.spell(rl, 3)}, {pk.spell(dl, 3)}, Seoul {post}"
    elif co == "TR":
        st = pk.spell(TR_STREETS[i % len(TR_STREETS)], 3)
        dist, city, pre = TR_DISTS[j % len(TR_DISTS)]
        hood = pk.spell(TR_HOODS[k % len(TR_HOODS)], 3)
        post = pre + str(pc % 100).zfill(2)
        kat = pk([f" Kat:{fl} D:{u}", f" Kat: {fl} Daire: {u}", f" K:{fl} D:{u}"], [4, 2, 1]) if un else ""
        out = f"{hood}, {st} No:{n}{kat}, {post} {pk.spell(dist, 3)}/{pk.spell(city, 3)}"
    elif co == "IR":
        city = pk.spell(IR_CITIES[i % len(IR_CITIES)], 4)
        st = pk.spell(IR_STREETS[j % len(IR_STREETS)], 3)
        alley = k % 40 + 1
        post = str(pc).zfill(6) + str(a["po"]).zfill(4)[:4]
        unit = f", Unit {u}" if un else ""
        out = pk([f"No. {n}, {ordn(alley)} Alley, {st}{unit}, {city} {post}",
                  f"{st}, Alley {alley}, No. {n}{unit}, {city}, Postal Code {post}"], [3, 2])
    else:  # offshore
        bl, sts, city, ctry = OFF_ADDR[co]
        b = bl[i % len(bl)]
        st = pk.spell(sts[j % len(sts)], 3)
        city = pk.spell(city, 4)
        if co == "CY":
            pcode = str(3000 + pc % 1000)
            fl2 = f", {ordn(fl % 9 + 1)} floor, Office {u}" if un else ""
            out = f"{st} {n}{(', ' + b) if b else ''}{fl2}, {pcode} {city}"
        else:
            unit = f"Suite {u}, " if un else ""
            po = f", P.O. Box {a['po']}" if pk.chance(0.5) else ""
            out = f"{unit}{b}, {st}{po}, {city}"
        if pk.chance(0.6):
            out += ", " + pk.spell(ctry, 3)
    if co not in OFFSHORE and pk.chance(0.12 if var else 0.06):
        out += ", " + rng.choice(COUNTRY_LONG[co][:2]) if var else ", " + COUNTRY_LONG[co][0]
    if var:
        r = rng.random()
        if r < var * 0.12:
            out = out.upper()
        elif r < var * 0.2:
            out = out.replace(",", "")
        elif r < var * 0.26:
            out = typo(rng, out)
        elif r < var * 0.3:
            out = "  " + out + " "
    return out


ADDR_PLACEHOLDERS = ["N/A", "-", "Unknown", "n/a", "none", "TBD", "."]


# =============================================================================
# Phones, e-mail, web, cards, SSH keys
# =============================================================================
PHONE_CC = {"US": "1", "GB": "44", "DE": "49", "CN": "86", "HK": "852", "SG": "65", "RU": "7", "AE": "971",
            "IN": "91", "JP": "81", "KR": "82", "TR": "90", "IR": "98", "VG": "1", "KY": "1", "SC": "248",
            "CY": "357"}
TRUNK = {"GB": "0", "DE": "0", "CN": "0", "RU": "8", "AE": "0", "IN": "0", "JP": "0", "KR": "0", "TR": "0",
         "IR": "0"}
PHONE_PLACEHOLDERS = ["+1 555-555-5555", "0000000000", "123456789", "+86 13800138000", "+1 (000) 000-0000",
                      "1234567890", "+44 0000 000000", "+7 999 999-99-99", "n/a", "+971 50 000 0000", "00000000"]


def make_phone(rng, co, mobile=None):
    mob = (rng.random() < 0.6) if mobile is None else mobile
    tr = TRUNK.get(co, "")
    if co in ("US", "VG", "KY"):
        area = {"VG": "284", "KY": "345"}.get(co) or (digits(rng, 1, "23456789") + digits(rng, 2))
        n, g = area + digits(rng, 1, "23456789") + digits(rng, 6), (3, 3, 4)
    elif co == "GB":
        n, g = ("7" + digits(rng, 9), (4, 6)) if mob else ("20" + digits(rng, 8, "3789") + "", (2, 4, 4))
    elif co == "DE":
        n, g = (rng.choice(["151", "152", "160", "170", "171", "176"]) + digits(rng, 8), (3, 4, 4)) if mob else \
            (rng.choice(["30", "89", "40", "69"]) + digits(rng, 8, "1234578"), (2, 4, 4))
    elif co == "CN":
        if mob:
            n, g, tr = "1" + rng.choice("3589") + digits(rng, 9), (3, 4, 4), ""
        else:
            n, g = rng.choice(["755", "21", "10", "571", "20", "28"]), None
            n = n + digits(rng, 8, "2345678")
            g = (len(n) - 8, 4, 4)
    elif co == "HK":
        n, g = rng.choice("5694" if mob else "23") + digits(rng, 7), (4, 4)
    elif co == "SG":
        n, g = rng.choice("98" if mob else "6") + digits(rng, 7), (4, 4)
    elif co == "RU":
        n, g = ("9" + digits(rng, 9), (3, 3, 2, 2)) if mob else (rng.choice(["495", "499", "812"]) + digits(rng, 7), (3, 3, 2, 2))
    elif co == "AE":
        n, g = ("5" + rng.choice("02568") + digits(rng, 7), (2, 3, 4)) if mob else ("4" + digits(rng, 7, "2345689"), (1, 3, 4))
    elif co == "IN":
        n, g = rng.choice("9876") + digits(rng, 9), (5, 5)
    elif co == "JP":
        n, g = (rng.choice(["90", "80", "70"]) + digits(rng, 8), (2, 4, 4)) if mob else ("3" + digits(rng, 8, "3456"), (1, 4, 4))
    elif co == "KR":
        n, g = ("10" + digits(rng, 8), (2, 4, 4)) if mob else ("2" + digits(rng, 8, "3456"), (1, 4, 4))
    elif co == "TR":
        n, g = ("5" + digits(rng, 9), (3, 3, 2, 2)) if mob else ("212" + digits(rng, 7), (3, 3, 2, 2))
    elif co == "IR":
        n, g = ("9" + rng.choice("139") + digits(rng, 8), (3, 3, 4)) if mob else ("21" + digits(rng, 8), (2, 4, 4))
    elif co == "SC":
        n, g = rng.choice("24") + digits(rng, 6), (1, 3, 3)
    else:  # CY
        n, g = rng.choice(["22", "25", "99", "96"]) + digits(rng, 6), (2, 6)
    return {"co": co, "cc": PHONE_CC[co], "n": n, "g": g, "tr": tr, "seed": rng.getrandbits(32)}


def _chunks(n, g):
    out, i = [], 0
    for k in g:
        out.append(n[i:i + k])
        i += k
    if i < len(n):
        out.append(n[i:])
    return [x for x in out if x]


def render_phone(ph, rng, var=0.0, national_bias=False):
    pk = Pick(ph["seed"], rng, var)
    cc, n, tr, co = ph["cc"], ph["n"], ph["tr"], ph["co"]
    ch = _chunks(n, ph["g"])
    sp = " ".join(ch)
    if cc == "1":
        opts = [f"+1 {ch[0]}-{ch[1]}-{ch[2]}", f"({ch[0]}) {ch[1]}-{ch[2]}", f"+1{n}", f"{ch[0]}-{ch[1]}-{ch[2]}",
                f"{ch[0]}.{ch[1]}.{ch[2]}", f"1-{ch[0]}-{ch[1]}-{ch[2]}", f"+1 ({ch[0]}) {ch[1]}-{ch[2]}", f"001 {sp}"]
        w = [6, 4, 4, 3, 1, 1, 2, 1]
        if national_bias:
            w = [1, 6, 1, 4, 2, 1, 1, 0]
    else:
        nat = (tr + sp) if tr else sp
        opts = [f"+{cc} {sp}", f"+{cc}{n}", f"+{cc}-" + "-".join(ch), f"00{cc} {sp}", nat, (tr + n) if tr else n,
                f"+{cc} ({tr}){sp}" if tr else f"+{cc} {sp}", f"+{cc} {n}"]
        w = [8, 5, 2, 1, 3, 1, 1 if co in ("GB", "DE") else 0, 1]
        if national_bias:
            w = [1, 1, 0, 1, 8, 3, 0, 0]
    out = pk(opts, w)
    if var and rng.random() < var * 0.05:
        out += rng.choice([" ext. 12", " x205", " (office)", " ext 3"])
    return out


def email_render(local, dom, rng, var=0.0):
    if var:
        r = rng.random()
        if r < var * 0.2:
            local = local[:1].upper() + local[1:]
        elif r < var * 0.3:
            dom = dom[:1].upper() + dom[1:]
        elif r < var * 0.35:
            local, dom = local.upper(), dom.upper()
        if dom == "gmail.com" and rng.random() < var * 0.3:
            local = local.replace(".", "") if "." in local else local + "+" + rng.choice(["gpu", "cloud", "ml", "work"])
        r = rng.random()
        if r < var * 0.02:
            return f" {local}@{dom} "
        if r < var * 0.03:
            return f"mailto:{local}@{dom}"
    return f"{local}@{dom}"


EMAIL_PLACEHOLDERS = ["test@test.com", "noreply@example.com", "a@a.com", "none@none.com", "admin@example.com",
                      "no-reply@domain.com", "user@email.com"]


def render_website(dom, rng, var=0.0, seed=0):
    pk = Pick(seed, rng, var)
    return pk([f"https://www.{dom}", f"https://{dom}", f"http://www.{dom}", f"www.{dom}", dom,
               f"https://{dom}/", f"http://{dom}", f"https://www.{dom}/en/", f"HTTPS://WWW.{dom.upper()}"],
              [8, 6, 2, 4, 3, 2, 1, 1, 0.3])


WEBSITE_PLACEHOLDERS = ["http://", "n/a", "none", "example.com", "http://localhost", "-", "www.google.com"]


def make_card(rng):
    return rand_str(rng, 16)


def make_key(rng, typ=None):
    typ = typ or ("ed25519" if rng.random() < 0.68 else "rsa")
    if typ == "ed25519":
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rng.getrandbits(256).to_bytes(32, "big")
        bits = 256
    else:
        bits = rng.choice([2048, 3072, 3072, 4096])
        mod = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        mb = b"\x00" + mod.to_bytes(bits // 8, "big")
        blob = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01" + len(mb).to_bytes(4, "big") + mb
    sha = base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")
    md5 = hashlib.md5(blob).hexdigest()
    return {"t": typ, "bits": bits, "sha": sha, "md5": md5}


KEY_COMMENTS = ["user@laptop", "root@ubuntu", "deploy@ci", "admin@workstation", "ubuntu@ip-10-0-0-12",
                "dev@macbook-pro.local", "ec2-user@ip-172-31-8-4", "jenkins@build01"]


def render_key(k, rng, fam, style):
    if fam == "md5":
        h = k["md5"]
        col = ":".join(h[i:i + 2] for i in range(0, 32, 2))
        return {"c": col, "p": "MD5:" + col, "u": col.upper(), "n": h}.get(style, col)
    s = k["sha"]
    if style == "b":
        return s
    if style == "pad":
        return "SHA256:" + s + "="
    if style == "kg":
        return f"{k['bits']} SHA256:{s} {rng.choice(KEY_COMMENTS)} ({k['t'].upper()})"
    if style == "lc":
        return "sha256:" + s
    return "SHA256:" + s


def key_style(rng, fam):
    if fam == "md5":
        return wpick(rng, [("c", 60), ("p", 25), ("u", 10), ("n", 5)])
    return wpick(rng, [("s", 85), ("b", 5), ("pad", 3), ("kg", 4), ("lc", 3)])


# =============================================================================
# IP address world
# =============================================================================
PUBLIC_FIRST = [o for o in range(1, 224) if o not in (10, 100, 127, 169, 172, 192, 198, 203)]
V6_TOP = [0x2001, 0x2003, 0x2400, 0x2401, 0x2402, 0x2403, 0x2404, 0x2405, 0x2406, 0x2407, 0x2408, 0x2409,
          0x2600, 0x2601, 0x2602, 0x2603, 0x2604, 0x2605, 0x2606, 0x2607, 0x2a00, 0x2a01, 0x2a02, 0x2a03,
          0x2a04, 0x2a05, 0x2a0e, 0x2c0f, 0x2804, 0x2806]


def v4s(x):
    return f"{x >> 24}.{(x >> 16) & 255}.{(x >> 8) & 255}.{x & 255}"


def host_v4(rng, net24):
    return (net24 & ~255) | rng.randint(1, 254)


def rand_pub_v4(rng, first=None):
    a = first if first is not None else rng.choice(PUBLIC_FIRST)
    return (a << 24) | (rng.getrandbits(16) << 8) | rng.randint(1, 254)


def rand_v6_32(rng):
    return (rng.choice(V6_TOP) << 16) | rng.getrandbits(16)


def v6_in_64(rng, p64):
    """privacy address: random interface id inside a /64"""
    return (p64 << 64) | rng.getrandbits(64)


def pool_v4(rng, n, first=None, blocks=None):
    """n addresses spread over a few /22-/24 blocks"""
    blocks = blocks or max(1, n // 200)
    bases = [rand_pub_v4(rng, first) & ~1023 for _ in range(blocks)]
    out, seen = [], {}
    while len(out) < n:
        x = rng.choice(bases) | rng.randrange(1024)
        if x & 255 in (0, 255) or x in seen:
            continue
        seen[x] = 1
        out.append(x)
    return out


JUNK_IPS = ["unknown", "-", "127.0.0.1", "0.0.0.0", "::1", "", "localhost", "N/A"]


def render_ip(s, rng, pipe):
    fam, x = s
    if fam == 4:
        t = v4s(x)
        if pipe == "port":
            return t + ":" + str(rng.choice([443, 22, 80, 8443, rng.randint(1024, 65535)]))
        if pipe == "mapped":
            return "::ffff:" + t
        r = rng.random()
        if r < 0.012:
            return t + ":" + str(rng.choice([443, 22, rng.randint(1024, 65535)]))
        if r < 0.024:
            return "::ffff:" + t
        if r < 0.028:
            return ".".join(o.zfill(3) for o in t.split("."))
        if r < 0.034:
            return " " + t + " "
        return t
    a = ipaddress.IPv6Address(x)
    t = a.compressed
    if pipe == "upper6":
        t = t.upper()
    elif pipe == "port":
        return f"[{t}]:{rng.choice([443, 22, rng.randint(1024, 65535)])}"
    r = rng.random()
    if r < 0.03:
        return a.exploded
    if r < 0.05:
        return t.upper()
    if r < 0.06:
        return f"[{t}]"
    return t


def junk_ip(rng, real):
    r = rng.randrange(8)
    if r == 0 and real and real[0] == 4:
        return ".".join(v4s(real[1]).split(".")[:3])                     # truncated
    if r == 1:
        return f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"
    if r == 2:
        return f"192.168.{rng.choice([0, 1, 1, 1, 2, 10, 100])}.{rng.randint(1, 254)}"
    if r == 3:
        return f"{rng.randint(256, 999)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"
    if r == 4 and real and real[0] == 4:
        return f"{v4s(real[1])}, 10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}"  # XFF
    if r == 5:
        return f"172.{rng.randint(16, 31)}.{rng.randrange(256)}.{rng.randint(1, 254)}"
    return rng.choice(JUNK_IPS)


# =============================================================================
# World: shared infrastructure (ISPs, carriers, clouds, VPNs, agents, ...)
# =============================================================================
ALL_CO = [c for c, _ in COUNTRY_W] + OFFSHORE
CLOUDS = [("aws", [3, 13, 18, 52, 54, 35], 5), ("gcp", [34, 35, 104], 4), ("azure", [20, 40, 52, 13], 4),
          ("alibaba", [47, 8], 3), ("oracle", [129, 132, 150, 152], 2)]
AGENT_BASE = {"HK": 3, "SG": 2, "GB": 2, "US": 3, "AE": 2, "VG": 2, "KY": 1, "SC": 1, "CY": 1, "IN": 1, "CN": 1}
AGENT_P = {"HK": 0.45, "SG": 0.35, "GB": 0.2, "US": 0.15, "AE": 0.35, "VG": 0.95, "KY": 0.95, "SC": 0.95,
           "CY": 0.7, "IN": 0.05, "CN": 0.05}
UNI_TLD = {"US": "edu", "GB": "ac.uk", "CN": "edu.cn", "JP": "ac.jp", "KR": "ac.kr", "SG": "edu.sg",
           "HK": "edu.hk", "IN": "ac.in", "DE": "de", "RU": "ru", "TR": "edu.tr", "IR": "ac.ir", "AE": "ac.ae"}
SRC_W = [("crm", 28), ("billing", 17), ("selfserve", 33), ("legacy", 10), ("bare", 12)]
PRES = {
    "crm": {"regid": 0.92, "address": 0.95, "email": 0.95, "phone": 0.85, "website": 0.7, "payment": 0.5,
            "directors": 0.8, "owners": 0.6, "listed": 0.5},
    "billing": {"regid": 0.3, "address": 0.9, "email": 0.97, "phone": 0.5, "website": 0.12, "payment": 0.97,
                "directors": 0.04, "owners": 0.02, "listed": 0.0},
    "selfserve": {"regid": 0.2, "address": 0.35, "email": 1.0, "phone": 0.6, "website": 0.4, "payment": 0.85,
                  "directors": 0.08, "owners": 0.05, "listed": 0.0},
    "legacy": {"regid": 0.6, "address": 0.85, "email": 0.8, "phone": 0.85, "website": 0.3, "payment": 0.3,
               "directors": 0.4, "owners": 0.3, "listed": 0.25},
    "bare": {"regid": 0, "address": 0, "email": 0, "phone": 0, "website": 0, "payment": 0, "directors": 0,
             "owners": 0, "listed": 0},
}
KEYFAM_MD5 = {"crm": 0.1, "billing": 0.05, "selfserve": 0.03, "legacy": 0.85, "bare": 0.3}


class World:
    def __init__(self, N, seed):
        self.N = N
        self.rng = random.Random(f"linkage_gen18|N={N}|seed={seed}")
        self.domains = {}
        self.regids = {}
        self.regcore = {}
        self.coincide_p = 0.0025
        self.stats = {"regid_coincidences": 0}
        self.party_cat = []     # party index -> category
        self.records = []       # internal record specs
        self.group_info = []    # (kind, dict) for check output
        self.build()

    def new_party(self, cat):
        self.party_cat.append(cat)
        return len(self.party_cat) - 1

    def build(self):
        rng, N = self.rng, self.N
        scale = max(1.0, N / 20000.0)
        self.isps = {co: [{"v4": rand_pub_v4(rng) & ~((1 << 20) - 1), "v6": rand_v6_32(rng)}
                          for _ in range(rng.randint(2, 4))] for co in ALL_CO}
        self.carriers = {co: [{"pool": pool_v4(rng, rng.randint(150, 600)),
                               "cg": (100 << 24) | ((64 + rng.randrange(64)) << 16),
                               "v6": rand_v6_32(rng)} for _ in range(rng.randint(2, 3))] for co in ALL_CO}
        self.clouds = []
        for prov, firsts, nreg in CLOUDS:
            for _ in range(nreg):
                self.clouds.append({"prov": prov, "firsts": firsts,
                                    "pool": pool_v4(rng, rng.randint(80, 1500), rng.choice(firsts))})
        self.vpns = []
        for n in (300, 200, 150, 120, 80):
            self.vpns.append({"pool": pool_v4(rng, n, blocks=max(1, n // 6)),
                              "v6": [(rand_v6_32(rng) << 96) | rng.getrandbits(96) for _ in range(n // 10)]})
        self.tor = pool_v4(rng, 150, blocks=150)
        self.hotel = pool_v4(rng, max(300, N // 6), blocks=max(2, N // 24))
        self.ci = [{"name": nm, "key": make_key(rng, "rsa"), "pool": pool_v4(rng, rng.randint(15, 60), rng.choice([34, 35, 52]))}
                   for nm in ("circle-like", "travis-like", "buildkite-like")]
        self.tut_keys = [(make_key(rng, "rsa" if i % 2 else "ed25519"), p)
                         for i, p in enumerate([0.006, 0.004, 0.003, 0.002, 0.0015, 0.001])]
        self.img_keys = [(make_key(rng, "rsa"), p) for p in (0.004, 0.002, 0.001)]
        # universities
        self.unis = []
        for _ in range(max(2, N // 2500)):
            co = wpick(rng, COUNTRY_W)
            slug = rand_str(rng, rng.randint(3, 5), LOWER)
            dom = new_domain_raw(self, (("uni-" + slug) if co == "DE" else slug) + "." + UNI_TLD[co])
            net24 = rand_pub_v4(rng)
            self.unis.append({"co": co, "dom": dom, "nat": [host_v4(rng, net24) for _ in range(rng.randint(1, 4))],
                              "v6": (rand_v6_32(rng) << 16) | rng.getrandbits(16)})
        # co-working spaces
        self.cowork = []
        cw_w = [("US", 25), ("GB", 12), ("DE", 8), ("SG", 10), ("HK", 10), ("IN", 10), ("AE", 8), ("CN", 8),
                ("JP", 4), ("KR", 3), ("TR", 2)]
        for _ in range(max(1, N // 800)):
            co = wpick(rng, cw_w)
            net24 = rand_pub_v4(rng)
            self.cowork.append({"co": co, "addr": make_addr(self, co, "building"),
                                "phone": make_phone(rng, co, mobile=False),
                                "ips": [host_v4(rng, net24) for _ in range(rng.randint(1, 3))], "members": 0})
        # registered agents / corporate secretaries
        self.agents = {}
        for co, base in AGENT_BASE.items():
            lst = []
            for _ in range(max(1, int(round(base * scale ** 0.5)))):
                stem = rng.choice(CO_STEMS)
                dom = new_domain(self, [stem.lower(), rng.choice(["corporate", "secretarial", "agents", "cosec", "filings"])], co)
                sec = {"k": "co", "co": co, "seed": rng.getrandbits(48), "st": "gen",
                       "tok": [stem], "ind": rng.choice(["Secretaries", "Nominees", "Corporate Services",
                                                         "Registered Agents", "Company Secretarial Services"]),
                       "form": 0, "city": None, "stem": None}
                lst.append({"co": co, "addr": make_addr(self, co, "building"), "phone": make_phone(rng, co, mobile=False),
                            "dom": dom, "email": rng.choice(["cosec", "filings", "compliance", "kyc", "admin"]) + "@" + dom,
                            "nominees": [person_for_country(rng, co if co in CULT_W else "GB")
                                         for _ in range(rng.randint(1, 3))], "sec": sec, "clients": 0})
            self.agents[co] = lst
        # MSP / DevOps agencies (their key ends up in clients' accounts)
        self.msps = []
        for _ in range(max(1, N // 5000)):
            co = wpick(rng, COUNTRY_W)
            net24 = rand_pub_v4(rng)
            self.msps.append({"co": co, "keys": [make_key(rng) for _ in range(rng.randint(1, 2))],
                              "ips": [host_v4(rng, net24) for _ in range(rng.randint(1, 2))]})

    # ----- network profiles ------------------------------------------------
    def home_net(self, co):
        rng = self.rng
        isp = zpick(rng, self.isps.get(co) or self.isps["US"], 0.7)
        nb = isp["v4"] | (rng.randrange(4096) << 8)
        # the handful of dynamic addresses this line held during the log window
        v4 = [host_v4(rng, nb) for _ in range(rng.choice([1, 1, 2, 2, 3, 4, 6]))]
        return {"nb": nb, "v4": v4,
                "v6": ((isp["v6"] << 32) | rng.getrandbits(32)) if rng.random() < 0.6 else None}

    def office_net(self, co):
        rng = self.rng
        net24 = rand_pub_v4(rng)
        return {"v4": [host_v4(rng, net24) for _ in range(rng.choice([1, 1, 2, 2, 3]))],
                "v6": ((rand_v6_32(rng) << 32) | rng.getrandbits(32)) if rng.random() < 0.4 else None}

    def make_net(self, co, kind, office=None, home=None, vpn_p=0.12, cloud_p=None, tor_p=0.01):
        """List of (source, weight, payload) describing where this customer's
        log-ins come from."""
        rng = self.rng
        netco = co if co in self.carriers else "US"
        net = []
        if kind == "co":
            if office is None and rng.random() < 0.75:
                office = self.office_net(netco)
            if office:
                net.append(("office", 4.0, office))
            if home is None and rng.random() < 0.5:
                home = self.home_net(netco)
            if home:
                net.append(("home", 1.5, home))
        else:
            home = home or self.home_net(netco)
            net.append(("home", 3.0, home))
            if office:
                net.append(("office", 2.0, office))
        if rng.random() < 0.65:
            net.append(("mobile", 1.5, zpick(rng, self.carriers[netco], 0.8)))
        if rng.random() < (cloud_p if cloud_p is not None else (0.45 if kind == "co" else 0.3)):
            regs = [zpick(rng, self.clouds, 0.9) for _ in range(rng.choice([1, 1, 2]))]
            net.append(("cloud", 1.5, regs))
            if rng.random() < 0.15:
                reg = regs[0]
                net.append(("fixed", 1.0, [rand_pub_v4(rng, rng.choice(reg["firsts"])) for _ in range(rng.randint(1, 2))]))
        if rng.random() < vpn_p:
            net.append(("vpn", 2.5, zpick(rng, self.vpns, 0.8)))
        if rng.random() < tor_p:
            net.append(("tor", 1.0, None))
        if rng.random() < 0.15:
            net.append(("hotel", 0.3, None))
        if rng.random() < 0.10:
            net.append(("ci", 0.8, zpick(rng, self.ci, 0.8)))
        return net

    def sighting(self, kind, pl):
        rng = self.rng
        if kind == "office":
            if pl["v6"] is not None and rng.random() < 0.25:
                return (6, v6_in_64(rng, pl["v6"]))
            return (4, rng.choice(pl["v4"]))
        if kind == "home":
            if pl["v6"] is not None and rng.random() < 0.35:
                return (6, v6_in_64(rng, pl["v6"]))
            return (4, rng.choice(pl["v4"]))
        if kind == "mobile":
            r = rng.random()
            if r < 0.6:
                return (4, rng.choice(pl["pool"]))
            if r < 0.75:
                return (4, pl["cg"] | rng.randrange(65536))
            return (6, (((pl["v6"] << 32) | rng.getrandbits(32)) << 64) | rng.getrandbits(64))
        if kind == "cloud":
            return (4, rng.choice(rng.choice(pl)["pool"]))
        if kind == "vpn":
            if pl["v6"] and rng.random() < 0.1:
                return (6, rng.choice(pl["v6"]))
            return (4, zpick(rng, pl["pool"], 0.6))
        if kind == "tor":
            return (4, zpick(rng, self.tor, 0.5))
        if kind == "hotel":
            return (4, rng.choice(self.hotel))
        if kind == "ci":
            return (4, rng.choice(pl["pool"]))
        if kind == "uni":
            if rng.random() < 0.3:
                return (6, (pl["v6"] << 80) | rng.getrandbits(80))
            return (4, rng.choice(pl["nat"]))
        # "fixed": a small list of egress addresses
        return (4, rng.choice(pl))


def new_domain_raw(W, d):
    while d in W.domains:
        d = W.rng.choice(LOWER) + d
    W.domains[d] = 1
    return d


# =============================================================================
# Entities (the real-world thing a record describes) and records
# =============================================================================
def n_ips(rng):
    if rng.random() < 0.08:
        return 0
    return lognorm_int(rng, 1.33, 0.85, 1, 57)


def n_keys(rng):
    r = rng.random()
    if r < 0.45:
        return 0
    if r < 0.78:
        return 1
    if r < 0.92:
        return 2
    return rng.randint(3, 6)


def company_entity(W, co, stem=None, style=None, netco=None, own_domain_p=0.7, office=None, home=None,
                   vpn_p=0.12, cloud_p=None):
    rng = W.rng
    c = make_company(W, co, stem, style)
    c["regid"] = make_regid(W, co)
    c["addr"] = make_addr(W, co, "office")
    if c["st"] == "cn" and co == "CN":
        ci = CN_CO_CITY.index(c["city"])
        if ci < len(CN_CITIES):
            c["addr"]["i"] = ci
    c["phone"] = make_phone(rng, co, mobile=rng.random() < 0.35)
    pco = co if co in CULT_W else "GB"
    c["dirs"] = [person_for_country(rng, pco) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
    c["dom"] = new_domain(W, company_slug_tokens(c), co) if rng.random() < own_domain_p else None
    if c["dom"]:
        c["site"] = ("dom", c["dom"])
        c["email"] = (rng.choice(ROLE_LOCAL) if rng.random() < 0.5 else None, c["dom"])
    else:
        slug = "".join(company_slug_tokens(c))[:20] + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")
        c["site"] = ("host", rng.choice(WEB_HOSTS).format(s=slug)) if rng.random() < 0.35 else None
        slug = "".join(company_slug_tokens(c))[:14]
        local = (slug + str(rng.randint(1, 999))) if rng.random() < 0.5 else person_email_local(rng, c["dirs"][0])
        c["email"] = (local, rng.choice(FREEMAIL.get(co, FREEMAIL["_"])))
    c["card"] = make_card(rng)
    c["owners"] = [c["dirs"][0]] if rng.random() < 0.6 else [person_for_country(rng, pco)]
    if rng.random() < 0.15:
        c["owners"].append(c["dirs"][-1])
    c["contact"] = c["dirs"][0]
    c["listed"] = rng.random() < 0.02
    c["net"] = W.make_net(netco or co, "co", office=office, home=home, vpn_p=vpn_p, cloud_p=cloud_p)
    c["keys"] = [make_key(rng) for _ in range(n_keys(rng))]
    c["seed2"] = rng.getrandbits(32)
    return c


def person_entity(W, co, netco=None, office=None, home=None, vpn_p=0.12):
    rng = W.rng
    p = person_for_country(rng, co if co in CULT_W else "GB")
    p["k"] = "ind"
    p["co"] = co
    p["addr"] = make_addr(W, co, "home")
    p["phone"] = make_phone(rng, co, mobile=True)
    p["email"] = (person_email_local(rng, p), rng.choice(FREEMAIL.get(co, FREEMAIL["_"])))
    p["card"] = make_card(rng)
    p["site"] = ("host", rng.choice(WEB_HOSTS[4:8]).format(s=person_email_local(rng, p).replace(".", ""))) \
        if rng.random() < 0.15 else None
    p["net"] = W.make_net(netco or co, "ind", office=office, home=home, vpn_p=vpn_p)
    p["keys"] = [make_key(rng) for _ in range(n_keys(rng))]
    p["regid"] = None
    p["dirs"], p["owners"] = [], []
    p["listed"] = False
    p["contact"] = p
    p["seed2"] = rng.getrandbits(32)
    return p


def new_rec(W, party, cat, ent, src=None, pres_override=None):
    rng = W.rng
    src = src or wpick(rng, SRC_W)
    pr = PRES[src]
    pres = {}
    for f, q in pr.items():
        if ent["k"] == "ind":
            if f in ("regid", "directors", "owners", "listed"):
                q = 0.0
            elif f == "website":
                q *= 0.3
        pres[f] = rng.random() < q
    if pres_override:
        pres.update(pres_override)
    rec = {"party": party, "cat": cat, "ent": ent, "src": src, "co": ent["co"], "pres": pres, "P": {},
           "dirs": [], "owners": [], "net": list(ent["net"]), "ipforced": [], "keys": [], "ownkeys": True,
           "nips": n_ips(rng), "name": None, "namevar": 0.15 if src == "legacy" else 0.03,
           "keyfam": "md5" if rng.random() < KEYFAM_MD5[src] else "sha", "tags": []}
    W.records.append(rec)
    return rec


def rec_email_local(rng, rec):
    ent = rec["ent"]
    if rng.random() < 0.45:
        return rng.choice(ROLE_LOCAL)
    p = ent.get("contact") or ent
    return person_email_local(rng, p)


def finalize(W, rec):
    """Render the internal record into the output JSON object (without id)."""
    rng = W.rng
    ent, P, pres, src, co = rec["ent"], rec["P"], rec["pres"], rec["src"], rec["co"]
    legacy = src == "legacy"
    o = {}
    # name
    if rec["name"] is not None:
        nm = rec["name"]
    elif ent["k"] == "co":
        nm = render_company(ent, rng, rec["namevar"])
    else:
        nm = render_person(ent, rng, rec["namevar"])
    if legacy and rng.random() < 0.4:
        nm = nm.upper()
    o["name"] = nm
    # country
    if (legacy and rng.random() < 0.5) or rng.random() < 0.03:
        o["country"] = rng.choice(COUNTRY_LONG[co])
    else:
        o["country"] = co
    # registration id
    if pres["regid"]:
        rid = P.get("regid", ent.get("regid"))
        if rng.random() < 0.004:
            o["registration_id"] = rng.choice(REG_PLACEHOLDERS)
        elif rid:
            o["registration_id"] = render_regid(rid, rng, 0.4 if legacy else 0.12)
    # address
    if pres["address"]:
        a = P.get("address", ent.get("addr"))
        if rng.random() < 0.003:
            o["address"] = rng.choice(ADDR_PLACEHOLDERS)
        elif a is not None:
            s = render_addr(a, rng, P.get("address_var", 0.35 if legacy else 0.1))
            o["address"] = s.upper() if legacy and rng.random() < 0.4 else s
    # email
    if pres["email"]:
        if rng.random() < 0.003:
            o["email"] = rng.choice(EMAIL_PLACEHOLDERS)
        elif "email" in P:
            o["email"] = P["email"]
        else:
            if "email_dom" in P:
                local, dom = P.get("email_local") or rec_email_local(rng, rec), P["email_dom"]
            else:
                local, dom = ent["email"]
                if local is None:
                    local = rec_email_local(rng, rec)
            o["email"] = email_render(local, dom, rng, 0.25 if legacy else 0.08)
    # phone
    if pres["phone"]:
        if rng.random() < 0.005:
            o["phone"] = rng.choice(PHONE_PLACEHOLDERS)
        else:
            ph = P.get("phone", ent.get("phone"))
            if ph is not None:
                o["phone"] = render_phone(ph, rng, P.get("phone_var", 0.25), national_bias=legacy)
    # website
    if pres["website"]:
        if rng.random() < 0.003:
            o["website"] = rng.choice(WEBSITE_PLACEHOLDERS)
        else:
            site = P.get("website", ent.get("site"))
            if site:
                if site[0] == "dom":
                    o["website"] = render_website(site[1], rng, 0.3, ent["seed2"])
                else:
                    o["website"] = site[1]
    # payment
    if pres["payment"]:
        o["payment_fingerprint"] = P.get("payment", ent["card"])
    # directors / owners
    for fld, lst in (("directors", rec["dirs"]), ("owners", rec["owners"])):
        if not pres[fld]:
            continue
        items = list(lst)
        if not items or rng.random() < 0.5:
            items += [(x, 0.08) for x in ent.get("dirs" if fld == "directors" else "owners", [])]
        names = []
        for it, var in items:
            if isinstance(it, str):
                names.append(it)
            elif it.get("k") == "co":
                names.append(render_company(it, rng, var))
            else:
                names.append(render_person(it, rng, var))
        if names:
            dedup = []
            for x in names:
                if x not in dedup:
                    dedup.append(x)
            rng.shuffle(dedup)
            o[fld] = dedup
    if pres["listed"]:
        o["listed"] = bool(ent.get("listed"))
    # ips from access logs
    ips = gen_ips(W, rec)
    if ips:
        o["ips"] = ips
    # ssh keys from access logs
    keys = []
    if rec["ownkeys"]:
        keys += [(k, None) for k in ent.get("keys", [])]
    keys += rec["keys"]
    for k, p in W.tut_keys:
        if rng.random() < p:
            keys.append((k, None))
    for k, p in W.img_keys:
        if rng.random() < p:
            keys.append((k, None))
    for src in rec["net"]:
        if src[0] == "ci" and rng.random() < 0.6:
            keys.append((src[2]["key"], None))
            rec["tags"].append("ci_key")
    if keys:
        fam0 = rec["keyfam"]
        st0 = key_style(rng, fam0)
        out, seen = [], {}
        for k, fam in keys:
            f = fam or fam0
            st = st0 if (f == fam0 and rng.random() < 0.9) else key_style(rng, f)
            s = render_key(k, rng, f, st)
            if s not in seen:
                seen[s] = 1
                out.append(s)
        rng.shuffle(out)
        o["ssh_keys"] = out
    return o


def gen_ips(W, rec):
    rng = W.rng
    k = rec["nips"]
    forced = rec["ipforced"]
    if k <= 0 and not forced:
        return []
    net = [x for x in rec["net"] if x[1] > 0]
    out, seen = [], {}
    if net and k > 0:
        wts = [x[1] for x in net]
        tries = 0
        while len(out) < k and tries < 3 * k + 5:
            tries += 1
            src = rng.choices(net, wts)[0]
            s = W.sighting(src[0], src[2])
            if s not in seen:
                seen[s] = 1
                out.append(s)
    for s in forced:
        if s not in seen:
            seen[s] = 1
            out.insert(rng.randint(0, len(out)), s)
    r = rng.random()
    pipe = "plain" if r < 0.9 else ("port" if r < 0.94 else ("mapped" if r < 0.97 else "upper6"))
    strs = [render_ip(s, rng, pipe) for s in out]
    if rng.random() < 0.04:
        strs.insert(rng.randint(0, len(strs)), junk_ip(rng, out[0] if out else None))
        if rng.random() < 0.25:
            strs.insert(rng.randint(0, len(strs)), junk_ip(rng, out[-1] if out else None))
    if rng.random() < 0.01 and strs:
        strs.append(rng.choice(strs))     # duplicated log line
    return strs


# =============================================================================
# Parties
# =============================================================================
def home_payload(ent):
    for kind, _, pl in ent["net"]:
        if kind == "home":
            return pl
    return None


def office_payload(ent):
    for kind, _, pl in ent["net"]:
        if kind == "office":
            return pl
    return None


# ----- strangers that legitimately look alike -------------------------------
def join_cowork(W, ent, rec, cw):
    rng = W.rng
    if rng.random() < 0.3:
        ent["addr"] = cw["addr"]                      # just the building
    else:
        ent["addr"] = addr_with_unit(cw["addr"], rng, reseed=rng.random() < 0.5)
    if rng.random() < 0.3:
        ent["phone"] = cw["phone"]                    # reception line
    if rng.random() < 0.8:
        rec["net"].append(("fixed", 5.0, cw["ips"]))  # shared Wi-Fi egress
    cw["members"] += 1
    rec["tags"].append("cowork")


def join_agent(W, ent, rec, ag):
    rng = W.rng
    ent["addr"] = ag["addr"]
    rec["P"]["address_var"] = 0.04
    if rng.random() < 0.4:
        ent["phone"] = ag["phone"]
    if rng.random() < 0.35:
        ent["dirs"] = [rng.choice(ag["nominees"])] + (ent["dirs"][:1] if rng.random() < 0.5 else [])
        rec["tags"].append("nominee")
    if rng.random() < 0.15:
        ent["dirs"] = ent["dirs"] + [ag["sec"]]
    if rng.random() < 0.1:
        rec["P"]["email"] = ag["email"]
    ag["clients"] += 1
    rec["tags"].append("agent")


def gen_single(W):
    rng = W.rng
    co = wpick(rng, COUNTRY_W)
    if rng.random() < 0.58:
        party = W.new_party("single_co")
        ent = company_entity(W, co)
        if rng.random() < 0.005:
            co2 = rng.choice(OFFSHORE)        # legit holding in an offshore registry
            ent2 = company_entity(W, co2, netco=co)
            ent = ent2
        rec = new_rec(W, party, "single_co", ent)
        cws = [c for c in W.cowork if c["co"] == ent["co"]]
        if cws and rng.random() < 0.10:
            join_cowork(W, ent, rec, zpick(rng, cws, 0.5))
        elif ent["co"] in W.agents and rng.random() < AGENT_P.get(ent["co"], 0.05):
            join_agent(W, ent, rec, zpick(rng, W.agents[ent["co"]], 0.8))
    else:
        party = W.new_party("single_ind")
        ent = person_entity(W, co)
        rec = new_rec(W, party, "single_ind", ent)
        unis = [u for u in W.unis if u["co"] == co]
        if rng.random() < 0.25 and (unis or rng.random() < 0.3):
            uni = rng.choice(unis) if unis else rng.choice(W.unis)
            rec["net"].append(("uni", 4.0, uni))
            if rng.random() < 0.6:
                ent["email"] = (ent["email"][0], rng.choice([uni["dom"], "cs." + uni["dom"], "stu." + uni["dom"],
                                                             "mail." + uni["dom"]]))
            rec["tags"].append("student")
        else:
            cws = [c for c in W.cowork if c["co"] == co]
            if cws and rng.random() < 0.04:
                join_cowork(W, ent, rec, rng.choice(cws))
    return 1


def gen_roommates(W):
    rng = W.rng
    co = wpick(rng, COUNTRY_W)
    a = person_entity(W, co)
    b = person_entity(W, co, home=home_payload(a))
    b["addr"] = a["addr"]
    for e in (a, b):
        r = new_rec(W, W.new_party("roommate"), "roommate", e)
        r["tags"].append("roommate")
    return 2


# ----- same-party legit groups -----------------------------------------------
def gen_dup(W):
    rng = W.rng
    party = W.new_party("dup")
    co = wpick(rng, COUNTRY_W)
    ent = company_entity(W, co) if rng.random() < 0.7 else person_entity(W, co)
    r1 = new_rec(W, party, "dup", ent, src=wpick(rng, [("crm", 5), ("selfserve", 4)]))
    r2 = new_rec(W, party, "dup", ent, src=wpick(rng, [("billing", 6), ("legacy", 3), ("crm", 1)]))
    r2["namevar"] = 0.6
    if rng.random() < 0.5:
        r2["nips"] = 0 if rng.random() < 0.5 else r2["nips"]
        r2["ownkeys"] = rng.random() < 0.3
    cand = ["payment", "email", "phone", "address"] + (["regid"] if ent["k"] == "co" else [])
    for f in rng.sample(cand, rng.choice([1, 1, 2, 3])):
        r1["pres"][f] = r2["pres"][f] = True
    return 2


def gen_founder(W):
    rng = W.rng
    party = W.new_party("founder")
    co = wpick(rng, COUNTRY_W)
    person = person_entity(W, co)
    comp = company_entity(W, co, home=home_payload(person))
    comp["dirs"][0] = person
    comp["owners"] = [person] + ([comp["dirs"][1]] if len(comp["dirs"]) > 1 and rng.random() < 0.4 else [])
    comp["contact"] = person
    if rng.random() < 0.5:
        comp["card"] = person["card"]
    if rng.random() < 0.4:
        comp["phone"] = person["phone"]
    off = office_payload(comp)
    if off:
        person["net"].append(("office", 1.5, off))
    if rng.random() < 0.3 and comp["dom"]:
        person["email"] = (person["email"][0], comp["dom"])
    if rng.random() < 0.3:
        comp["keys"] = comp["keys"] + person["keys"][:1]
    new_rec(W, party, "founder", person)
    new_rec(W, party, "founder", comp)
    return 2


ENT_CO_W = [("US", 35), ("GB", 10), ("DE", 10), ("JP", 10), ("CN", 10), ("IN", 8), ("KR", 7), ("SG", 5), ("HK", 5)]
COUNTRY_WORD = {"JP": "Japan", "DE": "Deutschland", "GB": "UK", "SG": "Singapore", "IN": "India", "KR": "Korea",
                "US": "America", "CN": "China", "HK": "Hong Kong", "AE": "Middle East"}
TEAMS = ["ML Platform", "Research", "Data Science", "AI Lab", "Vision Team", "Infra", "R&D", "NLP Group",
         "Recommendations", "Autonomy", "Speech", "Analytics", "GenAI", "Robotics Lab"]


def gen_enterprise(W, cap):
    """Team accounts + subsidiaries = one party; employees' personal accounts
    are separate parties."""
    rng = W.rng
    if cap < 2:
        return 0
    party = W.new_party("enterprise")
    co = wpick(rng, ENT_CO_W)
    ent = company_entity(W, co, style="gen", own_domain_p=1.0)
    ent["listed"] = rng.random() < 0.6
    net24 = rand_pub_v4(rng)
    egress = [host_v4(rng, net24) for _ in range(rng.randint(2, 6))]
    carrier = zpick(rng, W.carriers[co], 0.8)
    ent["net"] = [("fixed", 6.0, egress), ("cloud", 2.0, [zpick(rng, W.clouds, 0.9)]), ("mobile", 1.0, carrier)]
    cards = [ent["card"]] + [make_card(rng) for _ in range(rng.choice([0, 1, 2]))]
    n_team = rng.randint(2, 7)
    n_sub = rng.choice([0, 0, 1, 1, 2])
    n_emp = rng.randint(1, 6)
    while n_team + n_sub + n_emp > cap and n_emp > 0:
        n_emp -= 1
    while n_team + n_sub > cap and n_sub > 0:
        n_sub -= 1
    n_team = min(n_team, cap - n_sub)
    made = 0
    for t in range(n_team):
        rec = new_rec(W, party, "enterprise", ent)
        base = render_company(ent, rng, 0.2)
        if t > 0 and rng.random() < 0.7:
            team = rng.choice(TEAMS)
            base += rng.choice([f" - {team}", f" ({team})", f" / {team}", f" {team}"])
        rec["name"] = base
        emp = person_for_country(rng, co)
        rec["P"]["email_dom"] = ent["dom"]
        rec["P"]["email_local"] = person_email_local(rng, emp) if rng.random() < 0.7 else rng.choice(ROLE_LOCAL)
        rec["P"]["payment"] = rng.choice(cards)
        if rng.random() < 0.5:
            rec["P"]["phone"] = make_phone(rng, co, mobile=True)
        rec["net"] = ent["net"] + [("home", 1.5, W.home_net(co))]
        rec["ownkeys"] = False
        rec["keys"] = [(make_key(rng), None) for _ in range(n_keys(rng))]
        made += 1
    for _ in range(n_sub):
        sco = rng.choice([c for c in ("JP", "DE", "GB", "SG", "IN", "KR", "US", "CN", "AE") if c != co])
        sub = company_entity(W, sco, style="gen", own_domain_p=0.5)
        sub["tok"] = list(ent["tok"]) + [COUNTRY_WORD[sco]]
        sub["ind"] = ent["ind"]
        sub["owners"] = [ent]
        sub["dirs"] = [rng.choice(ent["dirs"])] + sub["dirs"][:1]
        if sub["dom"] is None or rng.random() < 0.5:
            sub["dom"] = ent["dom"]
            sub["email"] = (None, ent["dom"])
            sub["site"] = ("dom", ent["dom"])
        if rng.random() < 0.5:
            sub["net"] = sub["net"] + [("fixed", 2.0, egress)]
        sub["listed"] = False
        new_rec(W, party, "enterprise", sub)
        made += 1
    W.group_info.append(("enterprise", {"team": n_team, "subs": n_sub, "emp": n_emp}))
    for _ in range(n_emp):
        pe = person_entity(W, co, office={"v4": egress, "v6": None})
        if rng.random() < 0.4:
            pe["email"] = (person_email_local(rng, pe), ent["dom"])
        r = new_rec(W, W.new_party("emp_personal"), "emp_personal", pe)
        r["tags"].append("employee")
        made += 1
    return made


# ----- planted shell networks -------------------------------------------------
SHELL_HOME_W = [("CN", 18), ("RU", 14), ("US", 10), ("HK", 8), ("AE", 8), ("IR", 6), ("TR", 6), ("IN", 8),
                ("SG", 5), ("GB", 5), ("DE", 4), ("KR", 3), ("JP", 2)]
SHELL_JUR_W = [("home", 35), ("HK", 12), ("SG", 7), ("AE", 8), ("GB", 8), ("US", 10), ("VG", 8), ("SC", 4),
               ("KY", 3), ("CY", 5)]
SHELL_SIZES = [(2, 34), (3, 22), (4, 14), (5, 8), (6, 5), (7, 4), (8, 3), (9, 2), (10, 1.5), (11, 1.2), (12, 1),
               (13, 0.8), (14, 0.6), (15, 0.5), (16, 0.4), (18, 0.3), (20, 0.25), (22, 0.2), (25, 0.15)]
LINK_FIELD = {"director": "directors", "owner": "owners", "owner_co": "owners", "phone": "phone",
              "payment": "payment", "address": "address", "email_dom": "email", "website": "website",
              "ip_office": None, "ip_home": None, "ip_eip": None, "ssh": None}
SINGLE_VALUED = ("phone", "payment", "address", "email_dom", "website")
LINK_W = {
    "careful": {"ip_home": 3, "ip_office": 2, "ip_eip": 1.2, "director": 2, "owner": 1, "phone": 1.5,
                "address": 1, "email_dom": 1, "website": 0.5, "ssh": 0.8, "payment": 0.3, "owner_co": 0.5},
    "medium": {"ip_home": 2, "ip_office": 2, "ip_eip": 1, "director": 2, "owner": 1.5, "phone": 2,
               "address": 1.5, "email_dom": 1.5, "website": 1, "ssh": 1.5, "payment": 1.5, "owner_co": 1},
    "sloppy": {"ip_home": 2, "ip_office": 3, "ip_eip": 1, "director": 2.5, "owner": 2, "phone": 2.5,
               "address": 2.5, "email_dom": 2, "website": 1.5, "ssh": 2, "payment": 2.5, "owner_co": 1},
}
LEAK_P = {"careful": 0.05, "medium": 0.15, "sloppy": 0.35}


def _field_ok(rec, t):
    f = LINK_FIELD[t]
    return f is None or rec["pres"][f]


def _new_asset(W, C, t, rec):
    rng = W.rng
    if t == "phone":
        return rng.choice(C["phones"])
    if t == "payment":
        return rng.choice(C["cards"])
    if t == "address":
        return rng.choice(C["addrs"])
    if t in ("email_dom", "website"):
        return rng.choice(C["doms"])
    if t == "director":
        return rng.choice(C["ops"])
    if t == "owner":
        return C["holdco"] if (C["holdco"] and rng.random() < 0.35) else rng.choice(C["ops"])
    if t == "ip_office":
        return (4, rng.choice(C["office"]["v4"]))
    if t == "ip_home":
        return (4, rng.choice(C["homenet"]["v4"]))
    if t == "ip_eip":
        return (4, rng.choice(C["eips"]))
    if t == "ssh":
        return (rng.choice(C["keys"]), rec["keyfam"])
    raise KeyError(t)


def _plant(W, C, rec, t, val, child=False):
    rng = W.rng
    P = rec["P"]
    if t == "phone":
        P["phone"] = val
    elif t == "payment":
        P["payment"] = val
    elif t == "address":
        P["address"] = addr_with_unit(val, rng) if (child and rng.random() < 0.25) else val
        P["address_var"] = 0.3
    elif t == "email_dom":
        P["email_dom"] = val
    elif t == "website":
        P["website"] = ("dom", val)
    elif t in ("director", "owner", "owner_co"):
        lst = rec["dirs"] if t == "director" else rec["owners"]
        if all(x[0] is not val for x in lst):
            lst.append((val, 0.35 if t != "owner_co" else 0.25))
    elif t.startswith("ip_"):
        rec["ipforced"].append(val)
        rec["nips"] = max(rec["nips"], 1)
        if t == "ip_home" and C["homenet"]["v6"] is not None and rng.random() < 0.5:
            rec["ipforced"].append((6, v6_in_64(rng, C["homenet"]["v6"])))   # same /64, new IID
        if t == "ip_office" and C["office"]["v6"] is not None and rng.random() < 0.3:
            rec["ipforced"].append((6, v6_in_64(rng, C["office"]["v6"])))
    elif t == "ssh":
        rec["keys"].append(val)
    rec["A"].setdefault(t, [])
    if all(x is not val for x in rec["A"][t]):
        rec["A"][t].append(val)


def gen_shell_network(W, size):
    rng = W.rng
    party = W.new_party("shell")
    home = wpick(rng, SHELL_HOME_W)
    care = wpick(rng, [("careful", 35), ("medium", 40), ("sloppy", 25)])
    topo = wpick(rng, [("star", 45), ("chain", 25), ("tree", 30)])
    ops = [person_for_country(rng, home)]
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        ops.append(person_for_country(rng, home if rng.random() < 0.75 else wpick(rng, COUNTRY_W)))
    if home in ("CN", "HK"):
        stem = rng.choice(CN_CO_STEM)
    elif home == "RU":
        stem = rng.choice(RU_CO_STEM)
    else:
        stem = rng.choice(CO_STEMS)
    slug = _lat(stem).split("|")[0].lower()
    doms = [new_domain(W, [slug, rng.choice(["group", "holdings", "capital", "global", "intl", "trade", "tech"])],
                       rng.choice([home, "US", "GB", "HK"]))]
    if rng.random() < 0.35:
        doms.append(new_domain(W, [slug, rng.choice(["mail", "ops", "cloud", "biz"])], "US"))
    hold_co = rng.choice(OFFSHORE)
    C = {"home": home, "care": care, "topo": topo, "ops": ops,
         "phones": [make_phone(rng, home, True)] + ([make_phone(rng, rng.choice([home, "HK", "AE", "GB", "US"]))]
                                                     if rng.random() < 0.6 else []),
         "cards": [make_card(rng) for _ in range(rng.choice([1, 1, 2, 3]))],
         "addrs": [make_addr(W, home, "office")] + ([make_addr(W, rng.choice(["HK", "AE", "SG", "GB"]), "office")]
                                                    if rng.random() < 0.4 else []),
         "doms": doms, "keys": [make_key(rng) for _ in range(rng.choice([1, 1, 2, 3]))],
         "office": W.office_net(home), "homenet": W.home_net(home),
         "eips": [rand_pub_v4(rng, rng.choice([3, 13, 18, 34, 35, 52, 54])) for _ in range(rng.choice([0, 1, 1, 2]))],
         "holdco": make_company(W, hold_co, stem=_lat(stem) if rng.random() < 0.5 else None) if rng.random() < 0.5 else None,
         "agents": {}}
    vpn_p = {"careful": 0.7, "medium": 0.35, "sloppy": 0.12}[care]
    stem_p = {"careful": 0.1, "medium": 0.35, "sloppy": 0.6}[care]
    recs = []
    for j in range(size):
        jur = wpick(rng, SHELL_JUR_W)
        if jur == "home":
            jur = home
        st = stem if rng.random() < stem_p else None
        if isinstance(st, tuple) and not ((st in CN_CO_STEM and jur in ("CN", "HK")) or (st in RU_CO_STEM and jur == "RU")):
            st = _lat(st).split("|")[0]
        sloppy_off = care == "sloppy" and rng.random() < 0.3
        ent = company_entity(W, jur, stem=st, netco=home, own_domain_p=0.3,
                             office=C["office"] if sloppy_off else False,
                             home=C["homenet"] if (care == "sloppy" and rng.random() < 0.25) else False,
                             vpn_p=vpn_p, cloud_p=0.6)
        ent["listed"] = False
        pco = jur if jur in CULT_W else "GB"
        ent["dirs"] = [person_for_country(rng, pco) for _ in range(rng.choice([1, 1, 2]))]   # straw men
        ent["owners"] = [ent["dirs"][0]] if rng.random() < 0.5 else [person_for_country(rng, pco)]
        ent["contact"] = rng.choice(ops) if rng.random() < 0.5 else ent["dirs"][0]
        rec = new_rec(W, party, "shell", ent)
        rec["A"] = {}
        if jur in W.agents and rng.random() < min(0.95, AGENT_P.get(jur, 0.05) + 0.25):
            ag = C["agents"].get(jur)
            if ag is None or rng.random() < 0.2:
                ag = zpick(rng, W.agents[jur], 0.8)
                C["agents"][jur] = ag
            join_agent(W, ent, rec, ag)
        recs.append(rec)
    avail_extra = lambda t: not (t == "ip_eip" and not C["eips"])
    edges = []
    for j in range(1, size):
        if topo == "star":
            p = 0 if rng.random() < 0.85 else rng.randrange(j)
        elif topo == "chain":
            p = j - 1
        else:
            p = rng.randrange(j)
        rp, rc = recs[p], recs[j]
        if care == "careful":
            k = 1 if rng.random() < 0.85 else 2
        elif care == "medium":
            k = wpick(rng, [(1, 50), (2, 35), (3, 15)])
        else:
            k = rng.randint(2, 5)
        types = [t for t in LINK_W[care] if avail_extra(t) and _field_ok(rc, t) and
                 (t == "owner_co" or _field_ok(rp, t))]
        wts = [LINK_W[care][t] for t in types]
        chosen = []
        while types and len(chosen) < k:
            t = rng.choices(types, wts)[0]
            i = types.index(t)
            types.pop(i)
            wts.pop(i)
            chosen.append(t)
        for t in chosen:
            if t == "owner_co":
                _plant(W, C, rc, t, rp["ent"], child=True)
                continue
            have = rp["A"].get(t)
            val = rng.choice(have) if have else _new_asset(W, C, t, rp)
            if not have:
                _plant(W, C, rp, t, val)
            if t in SINGLE_VALUED and rc["A"].get(t):
                continue
            _plant(W, C, rc, t, val, child=True)
        edges.append((p, j, chosen))
    lp = LEAK_P[care]
    for rec in recs:
        for t in ("ip_office", "ip_home", "ip_eip", "ssh", "director", "owner", "phone", "email_dom",
                  "payment", "address", "website"):
            if rng.random() < lp and avail_extra(t) and _field_ok(rec, t) and \
                    not (t in SINGLE_VALUED and rec["A"].get(t)):
                _plant(W, C, rec, t, _new_asset(W, C, t, rec))
    W.group_info.append(("shell", {"size": size, "care": care, "topo": topo, "home": home,
                                   "links": [t for e in edges for t in e[2]]}))
    return size


def gen_msp_clients(W):
    """DevOps / managed-service agencies put their own key (and log in from
    their office) on unrelated client accounts."""
    rng = W.rng
    cands = [r for r in W.records if r["cat"] in ("single_co", "single_ind") and "cowork" not in r["tags"]]
    if not cands:
        return
    for msp in W.msps:
        n = min(len(cands), rng.randint(3, 15))
        for i in rng.sample(range(len(cands)), n):
            r = cands[i]
            r["keys"].append((rng.choice(msp["keys"]), None))
            if rng.random() < 0.6:
                r["ipforced"].append((4, rng.choice(msp["ips"])))
            r["tags"].append("msp")


# =============================================================================
# Population, output, checks
# =============================================================================
def build_population(W):
    rng, N = W.rng, W.N
    shell_target = int(round(N * rng.uniform(0.11, 0.17))) if N >= 12 else 0
    made = 0
    while shell_target - made >= 2:
        size = min(wpick(rng, SHELL_SIZES), shell_target - made)
        made += gen_shell_network(W, size)

    def cap():
        return N - len(W.records)

    n_ent = N // 2000 if N >= 2000 else (1 if N >= 300 else 0)
    for _ in range(n_ent):
        if cap() >= 12:
            gen_enterprise(W, min(cap() - 8, 20))
    for _ in range(int(N * 0.025)):
        if cap() >= 2:
            gen_dup(W)
    for _ in range(int(N * 0.012)):
        if cap() >= 2:
            gen_founder(W)
    for _ in range(int(N * 0.006)):
        if cap() >= 2:
            gen_roommates(W)
    while cap() > 0:
        gen_single(W)
    gen_msp_clients(W)


ID_ALPHA = "0123456789abcdefghijklmnopqrstuvwxyz"


def main(argv):
    if len(argv) != 5:
        sys.stderr.write("usage: linkage_gen18.py N SEED OUT.jsonl TRUTH.csv\n")
        return 2
    N = int(argv[1])
    if N < 1:
        sys.stderr.write("N must be >= 1\n")
        return 2
    seed, out_path, truth_path = argv[2], argv[3], argv[4]
    t0 = time.time()
    W = World(N, seed)
    build_population(W)
    assert len(W.records) == N, (len(W.records), N)
    rng = W.rng
    objs = [finalize(W, r) for r in W.records]
    ids, seen = [], {}
    for _ in range(N):
        while True:
            x = "cus_" + "".join(rng.choices(ID_ALPHA, k=10))
            if x not in seen:
                seen[x] = 1
                ids.append(x)
                break
    nparty = len(W.party_cat)
    perm = list(range(nparty))
    rng.shuffle(perm)
    width = max(6, len(str(nparty)))
    labels = ["P" + str(perm[p]).zfill(width) for p in range(nparty)]
    order = list(range(N))
    rng.shuffle(order)
    with open(out_path, "w", encoding="utf-8") as fo, open(truth_path, "w", encoding="utf-8") as ft:
        ft.write("id,party\n")
        for i in order:
            o = {"id": ids[i]}
            o.update(objs[i])
            fo.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
            ft.write(f"{ids[i]},{labels[W.records[i]['party']]}\n")
    if os.environ.get("GEN18_CHECK"):
        check_report(W, objs, time.time() - t0)
    return 0


# ----- GEN18_CHECK statistics -------------------------------------------------
def _alnum(s):
    return "".join(ch for ch in s.casefold() if ch.isalnum())


def norm_ip(s):
    t = s.strip()
    if "," in t:
        t = t.split(",")[0].strip()
    if t.startswith("["):
        t = t[1:].split("]")[0]
    elif t.count(":") == 1:
        t = t.split(":")[0]
    if t.lower().startswith("::ffff:") and "." in t:
        t = t[7:]
    if "." in t and ":" not in t:
        parts = t.split(".")
        if len(parts) == 4 and all(p.isdigit() for p in parts):
            t = ".".join(str(int(p)) for p in parts)
    try:
        return str(ipaddress.ip_address(t))
    except ValueError:
        return "bad:" + t.lower()


def norm_key(s):
    t = s.strip()
    if " " in t:
        parts = t.split()
        t = parts[1] if len(parts) > 1 else parts[0]
    low = t.lower()
    if low.startswith("sha256:"):
        return "sha:" + t[7:].rstrip("=")
    if low.startswith("md5:"):
        t = t[4:]
    h = t.replace(":", "").lower()
    if len(h) == 32 and all(c in "0123456789abcdef" for c in h):
        return "md5:" + h
    return "sha:" + t.rstrip("=")


def norm_site(s):
    t = s.strip().lower()
    for pre in ("https://", "http://"):
        if t.startswith(pre):
            t = t[len(pre):]
    t = t.split("/")[0]
    if t.startswith("www."):
        t = t[4:]
    return t


def check_report(W, objs, elapsed):
    err = sys.stderr.write
    N = len(objs)
    recs = W.records
    parties = [r["party"] for r in recs]
    size = {}
    for p in parties:
        size[p] = size.get(p, 0) + 1
    hist = {}
    for s in size.values():
        hist[s] = hist.get(s, 0) + 1
    true_pairs = sum(s * (s - 1) // 2 for s in size.values())
    err(f"== linkage_gen18 check: N={N} records, {len(size)} parties, {true_pairs} true pairs, "
        f"{elapsed:.1f}s ==\n")
    err("party-size histogram: " + ", ".join(f"{k}:{hist[k]}" for k in sorted(hist)) + "\n")
    cat_p, cat_r = {}, {}
    for p in size:
        c = W.party_cat[p]
        cat_p[c] = cat_p.get(c, 0) + 1
    for r in recs:
        cat_r[r["cat"]] = cat_r.get(r["cat"], 0) + 1
    err("categories (parties/records): " + ", ".join(f"{c}={cat_p.get(c, 0)}/{cat_r[c]}" for c in sorted(cat_r)) + "\n")
    shells = [g for k, g in W.group_info if k == "shell"]
    if shells:
        sh = {}
        care, topo, links = {}, {}, {}
        for g in shells:
            sh[g["size"]] = sh.get(g["size"], 0) + 1
            care[g["care"]] = care.get(g["care"], 0) + 1
            topo[g["topo"]] = topo.get(g["topo"], 0) + 1
            for t in g["links"]:
                links[t] = links.get(t, 0) + 1
        err(f"shell networks: {len(shells)} networks, {cat_r.get('shell', 0)} records "
            f"({100.0 * cat_r.get('shell', 0) / N:.1f}%); sizes " +
            ", ".join(f"{k}:{sh[k]}" for k in sorted(sh)) + "\n")
        err("  care " + ", ".join(f"{k}={v}" for k, v in sorted(care.items())) +
            "; topology " + ", ".join(f"{k}={v}" for k, v in sorted(topo.items())) + "\n")
        err("  planted edge links " + ", ".join(f"{k}={v}" for k, v in sorted(links.items(), key=lambda x: -x[1])) + "\n")
    tags = {}
    for r in recs:
        for t in r["tags"]:
            tags[t] = tags.get(t, 0) + 1
    err("look-alike contexts (records): " + ", ".join(f"{k}={v}" for k, v in sorted(tags.items())) +
        f"; coworking spaces={len(W.cowork)}, agents={sum(len(v) for v in W.agents.values())}, "
        f"universities={len(W.unis)}, msps={len(W.msps)}, regid coincidences={W.stats['regid_coincidences']}\n")
    srcs = {}
    for r in recs:
        srcs[r["src"]] = srcs.get(r["src"], 0) + 1
    err("source systems: " + ", ".join(f"{k}={v}" for k, v in sorted(srcs.items())) + "\n")
    fields = ["registration_id", "address", "email", "phone", "website", "payment_fingerprint", "directors",
              "owners", "ips", "ssh_keys", "listed"]
    err("field presence: " + ", ".join(f"{f}={100.0 * sum(1 for o in objs if f in o) / N:.0f}%" for f in fields) + "\n")
    nip = sorted(len(o.get("ips", [])) for o in objs)

    def q(a, x):
        return a[min(len(a) - 1, int(x * len(a)))]
    buckets = [(0, 0), (1, 1), (2, 3), (4, 7), (8, 15), (16, 31), (32, 60), (61, 10 ** 9)]
    err(f"ips per record: zero={sum(1 for x in nip if x == 0)}, p25={q(nip, .25)}, median={q(nip, .5)}, "
        f"p75={q(nip, .75)}, p90={q(nip, .9)}, p99={q(nip, .99)}, max={nip[-1]}, mean={sum(nip) / N:.2f}; buckets " +
        ", ".join(f"{a}-{b}:{sum(1 for x in nip if a <= x <= b)}" for a, b in buckets if a <= nip[-1]) + "\n")
    nk = sorted(len(o.get("ssh_keys", [])) for o in objs)
    err(f"ssh keys per record: zero={sum(1 for x in nk if x == 0)}, median={q(nk, .5)}, p99={q(nk, .99)}, max={nk[-1]}\n")
    # per-attribute sharing after light normalisation
    extract = {
        "name": lambda o: [_alnum(o["name"])],
        "registration_id": lambda o: [_alnum(o["registration_id"]).upper()] if "registration_id" in o else [],
        "address": lambda o: [" ".join(_alnum(w) for w in o["address"].replace(",", " ").split())] if "address" in o else [],
        "email": lambda o: [o["email"].strip().casefold().replace("mailto:", "")] if "email" in o else [],
        "email_domain": lambda o: [o["email"].strip().casefold().split("@")[-1]] if "email" in o and "@" in o["email"] else [],
        "phone": lambda o: [("".join(c for c in o["phone"].split(" ext")[0].split(" x")[0] if c.isdigit()))[-9:]] if "phone" in o else [],
        "website": lambda o: [norm_site(o["website"])] if "website" in o else [],
        "payment_fingerprint": lambda o: [o["payment_fingerprint"]] if "payment_fingerprint" in o else [],
        "directors": lambda o: [" ".join(sorted(_alnum(w) for w in d.replace(",", " ").split())) for d in o.get("directors", [])],
        "owners": lambda o: [" ".join(sorted(_alnum(w) for w in d.replace(",", " ").split())) for d in o.get("owners", [])],
        "ips": lambda o: [norm_ip(x) for x in o.get("ips", [])],
        "ssh_keys": lambda o: [norm_key(x) for x in o.get("ssh_keys", [])],
    }
    err("attribute sharing (light normalisation; 'strangers' = value seen in >=2 parties):\n")
    err(f"  {'attribute':<20}{'distinct':>9}{'multi':>8}{'party-only':>11}{'strangers':>10}"
        f"{'max-parties':>12}{'stranger-pairs':>16}{'true-pairs-hit':>16}\n")
    any_hit = {}
    uf = list(range(N))

    def find(x):
        while uf[x] != x:
            uf[x] = uf[uf[x]]
            x = uf[x]
        return x
    for attr, fn in extract.items():
        by = {}
        for i, o in enumerate(objs):
            vals = fn(o)
            seen_v = {}
            for v in vals:
                if not v or v in seen_v:
                    continue
                seen_v[v] = 1
                lst = by.get(v)
                if lst is None:
                    by[v] = [i]
                else:
                    lst.append(i)
        multi = party_only = strangers = maxp = 0
        spairs = 0
        hit = {}
        for v, lst in by.items():
            if len(lst) < 2:
                continue
            multi += 1
            pc = {}
            for i in lst:
                p = parties[i]
                pc.setdefault(p, []).append(i)
            np_ = len(pc)
            if np_ == 1:
                party_only += 1
            else:
                strangers += 1
                spairs += np_ * (np_ - 1) // 2
                maxp = max(maxp, np_)
            for p, members in pc.items():
                if len(members) > 1:
                    ra = find(members[0])
                    for m in members[1:]:
                        rb = find(m)
                        if rb != ra:
                            uf[rb] = ra
                    for a in range(len(members)):
                        for b in range(a + 1, len(members)):
                            hit[(members[a], members[b])] = 1
        for k in hit:
            any_hit[k] = 1
        err(f"  {attr:<20}{len(by):>9}{multi:>8}{party_only:>11}{strangers:>10}{maxp:>12}{spairs:>16}{len(hit):>16}\n")
    err(f"true pairs sharing >=1 normalised value (any attribute): {len(any_hit)} of {true_pairs} "
        f"({100.0 * len(any_hit) / max(1, true_pairs):.1f}%)\n")
    comps = {}
    for i in range(N):
        comps.setdefault(parties[i], {})[find(i)] = 1
    tot, ok = {}, {}
    for p, cs in comps.items():
        if size[p] < 2:
            continue
        c = W.party_cat[p]
        tot[c] = tot.get(c, 0) + 1
        if len(cs) == 1:
            ok[c] = ok.get(c, 0) + 1
    err("multi-record parties fully connected by within-party shared normalised values: " +
        ", ".join(f"{c}={ok.get(c, 0)}/{tot[c]}" for c in sorted(tot)) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
