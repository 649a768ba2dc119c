#!/usr/bin/env python3
"""linkage_gen8: blind synthetic customer population for shell-network linkage.

Written as an outside evaluator from the issue text only (no knowledge of the
engine). Standard library only; deterministic per SEED.

    python3 linkage_gen8.py N SEED OUT.jsonl TRUTH.csv

OUT.jsonl : one customer per line: {"id","name","country","registration_id"?,
            "address"?,"email"?,"phone"?,"website"?,"payment_fingerprint"?,
            "directors"?,"owners"?,"ips"?,"ssh_keys"?,"listed"?}
TRUTH.csv : "id,party" per customer, no header. Members of one planted shell
            network share a party label; every legitimate customer is alone.

Design summary:
  * ~25% of customers sit in planted networks (sizes mostly 2-6, tail to 20).
    Each network owns pools of shared assets: nominee directors, beneficial
    owners, phones, offices (own office or a co-working unit), a custom e-mail
    / web domain, a static IPv4 /24 (and sometimes an IPv6 /48), SSH keys and
    payment cards. Every member after the first is attached through one
    "anchor" taken from values already used by an earlier member, rendered
    cleanly (format variants only, no typos): a strong identifier (card, SSH
    key, rarely a re-used registration id), a specific soft value (phone,
    office with unit, non-free-mail domain, website, static IP) or a pair of
    weaker ones shared with the same earlier member (director + same building,
    director + same /24, director + owner). On top, members re-use other pool
    values at a per-network "sloppiness" rate, rendered with format variants
    and occasional typos / foreign-script forms.
  * Everyone (members too) carries realistic noise: registered-agent
    addresses, agent switchboard phones and professional nominee directors
    shared by many strangers, co-working buildings (different units), free-mail
    and ISP mail domains, facebook/linkedin "websites", cloud NAT / VPN /
    mobile CGNAT IPs, busy ISP and hosting /24s, mobile IPv6 /48s, common
    person names and similar company names.
"""
import bisect
import json
import random
import sys

# ----------------------------------------------------------------------------
# small helpers


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


class WTable:
    """Weighted choice with precomputed cumulative weights."""

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        acc = 0.0
        self.cum = []
        for _, w in pairs:
            acc += w
            self.cum.append(acc)
        self.total = acc

    def draw(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.total)
        return self.items[min(i, len(self.items) - 1)]


def wpick(rng, pairs):
    total = 0.0
    for _, w in pairs:
        total += w
    r = rng.random() * total
    for it, w in pairs:
        r -= w
        if r < 0:
            return it
    return pairs[-1][0]


def pref(rng, variants, p=0.7):
    """First variant is the preferred spelling; others appear sometimes."""
    if len(variants) == 1 or rng.random() < p:
        return variants[0]
    return variants[rng.randrange(1, len(variants))]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


NEAR = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh",
        "h": "gj", "i": "uo", "j": "hk", "k": "jl", "l": "ko", "m": "n", "n": "bm",
        "o": "ip", "p": "o", "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi",
        "v": "cb", "w": "qe", "x": "zc", "y": "tu", "z": "x"}


def typo(s, rng):
    """One keyboard-ish typo on an ASCII letter (never on digits)."""
    pos = [i for i, c in enumerate(s) if c.isascii() and c.isalpha()]
    if len(pos) < 5:
        return s
    i = pos[rng.randrange(1, len(pos))]
    c = s[i]
    op = rng.randrange(4)
    if op == 0 and i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1].lower() != c.lower():
        return s[:i] + s[i + 1] + c + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + c + s[i:]
    r = pick(rng, NEAR.get(c.lower(), "e"))
    if c.isupper():
        r = r.upper()
    return s[:i] + r + s[i + 1:]


def case_var(s, rng, up=0.15, low=0.04):
    r = rng.random()
    if r < up:
        return s.upper()
    if r < up + low:
        return s.lower()
    return s


UML = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}


def deumlaut(s):
    return "".join(UML.get(c, c) for c in s)


# ----------------------------------------------------------------------------
# person names

ZH_SUR = [("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"),
          ("Yang", "杨"), ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"),
          ("Xu", "徐"), ("Sun", "孙"), ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"),
          ("Guo", "郭"), ("He", "何"), ("Lin", "林"), ("Gao", "高"), ("Luo", "罗"),
          ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"), ("Tang", "唐"),
          ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"),
          ("Zeng", "曾"), ("Xiao", "肖"), ("Tian", "田"), ("Dong", "董"), ("Pan", "潘"),
          ("Yuan", "袁"), ("Cai", "蔡"), ("Jiang", "蒋"), ("Yu", "余"), ("Du", "杜"),
          ("Ye", "叶"), ("Cheng", "程"), ("Wei", "魏"), ("Su", "苏"), ("Lu", "吕"),
          ("Ding", "丁"), ("Ren", "任"), ("Shen", "沈"), ("Yao", "姚"), ("Lu", "卢"),
          ("Fu", "傅"), ("Zhong", "钟"), ("Jiang", "姜"), ("Cui", "崔"), ("Tan", "谭"),
          ("Lu", "陆"), ("Fan", "范"), ("Wang", "汪"), ("Liao", "廖"), ("Shi", "石"),
          ("Jin", "金"), ("Wei", "韦"), ("Jia", "贾"), ("Xia", "夏"), ("Fang", "方"),
          ("Zou", "邹"), ("Xiong", "熊"), ("Bai", "白"), ("Meng", "孟"), ("Qin", "秦"),
          ("Qiu", "邱"), ("Hou", "侯"), ("Yin", "尹"), ("Xue", "薛"), ("Duan", "段"),
          ("Lei", "雷"), ("Long", "龙"), ("Tao", "陶"), ("Mao", "毛"), ("Hao", "郝"),
          ("Gu", "顾"), ("Gong", "龚"), ("Shao", "邵"), ("Wan", "万"), ("Qian", "钱"),
          ("Yan", "严"), ("Lai", "赖"), ("Kong", "孔"), ("Ouyang", "欧阳"), ("Situ", "司徒")]
ZH_SUR_W = [30, 30, 28, 18, 18, 12, 10, 9, 9, 9, 7, 7, 6, 5, 5, 5, 5, 5, 5, 4] + [2] * (len(ZH_SUR) - 20)
ZH_SYL = [("wei", "伟"), ("fang", "芳"), ("na", "娜"), ("min", "敏"), ("jing", "静"), ("li", "丽"),
          ("qiang", "强"), ("lei", "磊"), ("jun", "军"), ("yang", "洋"), ("yong", "勇"), ("yan", "艳"),
          ("jie", "杰"), ("juan", "娟"), ("tao", "涛"), ("ming", "明"), ("chao", "超"), ("xiu", "秀"),
          ("xia", "霞"), ("ping", "平"), ("gang", "刚"), ("hui", "辉"), ("hao", "浩"), ("ran", "然"),
          ("yu", "宇"), ("xuan", "轩"), ("zi", "梓"), ("han", "涵"), ("xin", "欣"), ("yi", "怡"),
          ("jia", "佳"), ("bo", "博"), ("wen", "文"), ("hua", "华"), ("jian", "建"), ("guo", "国"),
          ("dong", "东"), ("hai", "海"), ("long", "龙"), ("peng", "鹏"), ("fei", "飞"), ("kai", "凯"),
          ("rui", "睿"), ("chen", "晨"), ("tian", "天"), ("zhi", "志"), ("cheng", "成"), ("feng", "峰"),
          ("lin", "林"), ("xiang", "翔"), ("bin", "斌"), ("hong", "红"), ("yun", "云"), ("ting", "婷"),
          ("lan", "兰"), ("qing", "清"), ("shan", "山"), ("song", "松"), ("zhen", "振"), ("liang", "亮"),
          ("xue", "雪"), ("mei", "梅"), ("ning", "宁"), ("kang", "康"), ("le", "乐"), ("de", "德"),
          ("sheng", "生"), ("shu", "淑"), ("yue", "月"), ("zhao", "昭"), ("qi", "琪"), ("shuo", "硕")]

YUE_SUR = [("Chan", "陳"), ("Wong", "黃"), ("Lee", "李"), ("Cheung", "張"), ("Lau", "劉"),
           ("Leung", "梁"), ("Ho", "何"), ("Ng", "吳"), ("Lam", "林"), ("Tsang", "曾"),
           ("Lai", "黎"), ("Yeung", "楊"), ("Tang", "鄧"), ("Chow", "周"), ("Kwok", "郭"),
           ("Fung", "馮"), ("Tse", "謝"), ("Yip", "葉"), ("Law", "羅"), ("Chu", "朱"),
           ("Mak", "麥"), ("Poon", "潘"), ("Tam", "譚"), ("Choi", "蔡"), ("Siu", "蕭"),
           ("Lo", "盧"), ("Kwan", "關"), ("Cheng", "鄭"), ("So", "蘇"), ("Yu", "余")]
YUE_SUR_W = [25, 22, 15, 14, 12, 11, 9, 9, 9, 6] + [3] * 20
YUE_SYL = [("Tai", "大"), ("Man", "文"), ("Siu", "小"), ("Ming", "明"), ("Wai", "偉"), ("Kin", "健"),
           ("Ka", "家"), ("Ho", "浩"), ("Chi", "志"), ("Yan", "欣"), ("Wing", "永"), ("Kwok", "國"),
           ("Hung", "雄"), ("Mei", "美"), ("Ling", "玲"), ("Shing", "成"), ("Fai", "輝"),
           ("Keung", "強"), ("Chun", "俊"), ("Yiu", "耀"), ("Sze", "思"), ("Hoi", "海"), ("Kit", "傑"),
           ("Lok", "樂"), ("Pui", "佩"), ("Wah", "華"), ("Yee", "儀"), ("Ting", "婷"), ("Tak", "德"),
           ("Kei", "基"), ("Hin", "軒"), ("Lun", "倫"), ("Kwan", "君"), ("Suet", "雪")]
HK_ENG = ["Peter", "David", "Michael", "Kenneth", "Raymond", "Alan", "Tony", "Eric", "Vincent",
          "Jason", "Kelvin", "Winnie", "Carmen", "Karen", "Joyce", "Mandy", "Ivy", "Alice", "Grace",
          "Jacky", "Ricky", "Wilson", "Edmond", "Stanley", "Gary", "Calvin", "Samuel", "Cindy"]
SGC_SUR = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang",
           "Yeo", "Tay", "Ho", "Low", "Toh", "Sim", "Chong", "Chia", "Seah", "Foo", "Heng", "Quek"]
SGC_SYL = ["Wei", "Ming", "Hui", "Ling", "Kiat", "Boon", "Seng", "Keng", "Hock", "Meng", "Choon",
           "Siew", "Mei", "Jun", "Jie", "Xin", "Yong", "Kok", "Beng", "Chee", "Eng", "Huat", "Li",
           "Yi", "Shu", "Kian", "Wee", "Peng", "Soon", "Leng", "Guan", "Han"]

RU_FIRST = [("Александр", ["Aleksandr", "Alexander", "Alexandr"], "m"), ("Сергей", ["Sergei", "Sergey"], "m"),
            ("Дмитрий", ["Dmitry", "Dmitriy", "Dmitrii"], "m"), ("Андрей", ["Andrei", "Andrey"], "m"),
            ("Алексей", ["Aleksei", "Alexey", "Aleksey"], "m"), ("Михаил", ["Mikhail", "Michail"], "m"),
            ("Николай", ["Nikolai", "Nikolay"], "m"), ("Владимир", ["Vladimir"], "m"),
            ("Павел", ["Pavel"], "m"), ("Игорь", ["Igor"], "m"), ("Олег", ["Oleg"], "m"),
            ("Евгений", ["Evgeny", "Yevgeny", "Evgeniy"], "m"), ("Юрий", ["Yuri", "Yury", "Iurii"], "m"),
            ("Максим", ["Maksim", "Maxim"], "m"), ("Артём", ["Artem", "Artyom"], "m"),
            ("Денис", ["Denis"], "m"), ("Роман", ["Roman"], "m"), ("Виктор", ["Viktor", "Victor"], "m"),
            ("Константин", ["Konstantin"], "m"), ("Вадим", ["Vadim"], "m"), ("Илья", ["Ilya", "Ilia"], "m"),
            ("Кирилл", ["Kirill"], "m"), ("Григорий", ["Grigory", "Grigoriy"], "m"),
            ("Анатолий", ["Anatoly", "Anatoliy"], "m"), ("Елена", ["Elena", "Yelena"], "f"),
            ("Наталья", ["Natalya", "Natalia", "Natalja"], "f"), ("Ольга", ["Olga"], "f"),
            ("Татьяна", ["Tatiana", "Tatyana"], "f"), ("Ирина", ["Irina"], "f"),
            ("Светлана", ["Svetlana"], "f"), ("Анна", ["Anna"], "f"), ("Мария", ["Maria", "Mariya"], "f"),
            ("Екатерина", ["Ekaterina", "Yekaterina"], "f"), ("Юлия", ["Yulia", "Yuliya", "Iuliia"], "f"),
            ("Ксения", ["Ksenia", "Kseniya"], "f")]
RU_SUR = [("Кузнецов", ["Kuznetsov", "Kuznecov"]), ("Смирнов", ["Smirnov"]), ("Иванов", ["Ivanov"]),
          ("Попов", ["Popov"]), ("Соколов", ["Sokolov"]), ("Лебедев", ["Lebedev"]), ("Козлов", ["Kozlov"]),
          ("Новиков", ["Novikov"]), ("Морозов", ["Morozov"]), ("Петров", ["Petrov"]), ("Волков", ["Volkov"]),
          ("Соловьёв", ["Solovyov", "Soloviev", "Solovev"]), ("Васильев", ["Vasilyev", "Vasiliev"]),
          ("Зайцев", ["Zaitsev", "Zaytsev"]), ("Павлов", ["Pavlov"]), ("Семёнов", ["Semenov", "Semyonov"]),
          ("Голубев", ["Golubev"]), ("Виноградов", ["Vinogradov"]), ("Богданов", ["Bogdanov"]),
          ("Воробьёв", ["Vorobyov", "Vorobiev"]), ("Фёдоров", ["Fedorov", "Fyodorov"]),
          ("Михайлов", ["Mikhailov", "Mikhaylov"]), ("Беляев", ["Belyaev", "Beliaev"]),
          ("Тарасов", ["Tarasov"]), ("Белов", ["Belov"]), ("Комаров", ["Komarov"]), ("Орлов", ["Orlov"]),
          ("Киселёв", ["Kiselev", "Kiselyov"]), ("Макаров", ["Makarov"]), ("Андреев", ["Andreev", "Andreyev"]),
          ("Ковалёв", ["Kovalev", "Kovalyov"]), ("Гусев", ["Gusev"]), ("Титов", ["Titov"]),
          ("Кузьмин", ["Kuzmin"]), ("Кудрявцев", ["Kudryavtsev", "Kudriavtsev"]), ("Баранов", ["Baranov"]),
          ("Куликов", ["Kulikov"]), ("Алексеев", ["Alekseev", "Alexeyev"]), ("Степанов", ["Stepanov"]),
          ("Яковлев", ["Yakovlev", "Iakovlev"]), ("Сорокин", ["Sorokin"]), ("Сергеев", ["Sergeev", "Sergeyev"]),
          ("Романов", ["Romanov"]), ("Захаров", ["Zakharov", "Zaharov"]), ("Борисов", ["Borisov"]),
          ("Королёв", ["Korolev", "Korolyov"]), ("Герасимов", ["Gerasimov"]),
          ("Пономарёв", ["Ponomarev", "Ponomaryov"]), ("Григорьев", ["Grigoryev", "Grigoriev"]),
          ("Лазарев", ["Lazarev"]), ("Ершов", ["Ershov", "Yershov"]), ("Никитин", ["Nikitin"]),
          ("Соболев", ["Sobolev"]), ("Рябов", ["Ryabov"]), ("Поляков", ["Polyakov", "Poliakov"]),
          ("Цветков", ["Tsvetkov"]), ("Данилов", ["Danilov"]), ("Жуков", ["Zhukov"]), ("Фролов", ["Frolov"]),
          ("Журавлёв", ["Zhuravlev", "Zhuravlyov"]), ("Николаев", ["Nikolaev", "Nikolayev"]),
          ("Крылов", ["Krylov"]), ("Максимов", ["Maksimov", "Maximov"]), ("Сидоров", ["Sidorov"]),
          ("Осипов", ["Osipov"]), ("Белоусов", ["Belousov"]), ("Федотов", ["Fedotov"]),
          ("Егоров", ["Egorov", "Yegorov"]), ("Матвеев", ["Matveev", "Matveyev"]), ("Бобров", ["Bobrov"]),
          ("Дмитриев", ["Dmitriev", "Dmitriyev"]), ("Калинин", ["Kalinin"]), ("Анисимов", ["Anisimov"]),
          ("Антонов", ["Antonov"]), ("Тимофеев", ["Timofeev", "Timofeyev"]), ("Никифоров", ["Nikiforov"]),
          ("Филиппов", ["Filippov"]), ("Марков", ["Markov"]), ("Миронов", ["Mironov"]),
          ("Александров", ["Aleksandrov", "Alexandrov"]), ("Коновалов", ["Konovalov"]),
          ("Казаков", ["Kazakov"]), ("Ефимов", ["Efimov", "Yefimov"]), ("Денисов", ["Denisov"]),
          ("Громов", ["Gromov"]), ("Фомин", ["Fomin"]), ("Давыдов", ["Davydov", "Davidov"]),
          ("Мельников", ["Melnikov"]), ("Щербаков", ["Shcherbakov", "Scherbakov"]), ("Блинов", ["Blinov"]),
          ("Колесников", ["Kolesnikov"])]
RU_PATR = [("Александрович", "Александровна", ["Aleksandrovich", "Alexandrovich"], ["Aleksandrovna", "Alexandrovna"]),
           ("Сергеевич", "Сергеевна", ["Sergeevich", "Sergeyevich"], ["Sergeevna", "Sergeyevna"]),
           ("Владимирович", "Владимировна", ["Vladimirovich"], ["Vladimirovna"]),
           ("Николаевич", "Николаевна", ["Nikolaevich", "Nikolayevich"], ["Nikolaevna", "Nikolayevna"]),
           ("Иванович", "Ивановна", ["Ivanovich"], ["Ivanovna"]),
           ("Петрович", "Петровна", ["Petrovich"], ["Petrovna"]),
           ("Михайлович", "Михайловна", ["Mikhailovich", "Mikhaylovich"], ["Mikhailovna", "Mikhaylovna"]),
           ("Андреевич", "Андреевна", ["Andreevich", "Andreyevich"], ["Andreevna", "Andreyevna"]),
           ("Викторович", "Викторовна", ["Viktorovich"], ["Viktorovna"]),
           ("Юрьевич", "Юрьевна", ["Yurievich", "Yuryevich"], ["Yurievna", "Yuryevna"]),
           ("Олегович", "Олеговна", ["Olegovich"], ["Olegovna"]),
           ("Дмитриевич", "Дмитриевна", ["Dmitrievich", "Dmitriyevich"], ["Dmitrievna", "Dmitriyevna"])]

AR_FIRST_M = [["Mohammed", "Mohamed", "Muhammad", "Mohammad"], ["Ahmed", "Ahmad"], ["Khalid", "Khaled"],
              ["Abdullah", "Abdulla"], ["Omar", "Umar"], ["Yousef", "Youssef", "Yusuf"], ["Hassan", "Hasan"],
              ["Ali"], ["Saeed", "Said"], ["Rashid", "Rashed"], ["Sultan"], ["Hamad"], ["Faisal", "Faysal"],
              ["Tariq", "Tarek", "Tareq"], ["Majid", "Majed"], ["Salem", "Salim"], ["Ibrahim", "Ebrahim"],
              ["Nasser", "Naser"], ["Karim", "Kareem"], ["Reza"], ["Hossein", "Hussein", "Husain"],
              ["Mehdi", "Mahdi"], ["Amir"], ["Alireza", "Ali Reza"], ["Saif", "Sayf"], ["Mansour", "Mansoor"]]
AR_FIRST_F = [["Fatima", "Fatma"], ["Aisha", "Ayesha"], ["Mariam", "Maryam"], ["Noura", "Nora"],
              ["Layla", "Leila"], ["Zahra", "Zahraa"], ["Shaikha", "Sheikha"]]
AR_FAM = [["Al Mansoori", "Al-Mansoori", "Almansoori", "Al Mansouri"], ["Al Hashimi", "Al-Hashimi", "Al Hashemi"],
          ["Al Falasi", "Al-Falasi", "Alfalasi"], ["Al Suwaidi", "Al-Suwaidi", "Alsuwaidi"],
          ["Al Ketbi", "Al-Ketbi"], ["Al Zaabi", "Al-Zaabi", "Alzaabi"], ["Al Shamsi", "Al-Shamsi"],
          ["Al Mazrouei", "Al-Mazrouei", "Al Mazroui"], ["Al Marzouqi", "Al-Marzooqi"],
          ["Al Nuaimi", "Al-Nuaimi", "Al Noaimi"], ["Al Qasimi", "Al-Qasimi"], ["Haddad"],
          ["Khoury", "Khouri"], ["Rahimi"], ["Hosseini", "Husseini"], ["Karimi"], ["Tehrani"],
          ["Ahmadi"], ["Mohammadi"], ["Rezaei", "Rezaie"], ["Jafari", "Jaafari"], ["Farahani"],
          ["Sadeghi", "Sadeqi"], ["Saleh", "Salih"], ["Mahmoud", "Mahmud"], ["Aziz"], ["Hamdan"],
          ["Othman", "Osman"], ["Darwish", "Darweesh"], ["Al Amiri", "Al-Amiri", "Alameri"]]

EN_FIRST = [["James"], ["John"], ["Robert"], ["Michael"], ["David"], ["William"], ["Richard"], ["Thomas"],
            ["Daniel"], ["Matthew"], ["Andrew"], ["Mark"], ["Paul"], ["Steven", "Stephen"], ["Peter"],
            ["Christopher"], ["Jonathan"], ["Sarah"], ["Emma"], ["Laura"], ["Jennifer"], ["Elizabeth"],
            ["Rachel"], ["Olivia"], ["Sophie", "Sophia"], ["Charlotte"], ["Hannah"], ["Victoria"],
            ["Benjamin"], ["Samuel"], ["Oliver"], ["George"], ["Edward"], ["Kevin"], ["Brian"], ["Jessica"]]
EN_LAST = [["Smith"], ["Johnson"], ["Williams"], ["Brown"], ["Jones"], ["Miller"], ["Davis"], ["Wilson"],
           ["Taylor"], ["Anderson"], ["Thomas"], ["Moore"], ["Martin"], ["Jackson"], ["Thompson"], ["White"],
           ["Harris"], ["Clark"], ["Lewis"], ["Walker"], ["Hall"], ["Young"], ["King"], ["Wright"], ["Scott"],
           ["Green"], ["Baker"], ["Adams"], ["Nelson"], ["Carter"], ["Mitchell"], ["Roberts"], ["Turner"],
           ["Phillips"], ["Campbell"], ["Parker"], ["Evans"], ["Edwards"], ["Collins"], ["Stewart"],
           ["Morris"], ["Hughes"], ["Wood"], ["Cooper"], ["Bennett"], ["O'Brien", "OBrien", "O Brien"],
           ["McDonald", "MacDonald"], ["Fitzgerald"], ["Reynolds"], ["Hamilton"], ["Graham"], ["Sullivan"]]
DE_FIRST = [["Stefan"], ["Markus"], ["Andreas"], ["Jürgen", "Juergen"], ["Klaus"], ["Wolfgang"], ["Thomas"],
            ["Michael"], ["Frank"], ["Uwe"], ["Matthias"], ["Sebastian"], ["Tobias"], ["Jan"], ["Lukas"],
            ["Katharina"], ["Sabine"], ["Petra"], ["Claudia"], ["Julia"], ["Anna"], ["Jörg", "Joerg"],
            ["Björn", "Bjoern"], ["Sven"], ["Florian"], ["Maximilian"], ["Ute"], ["Birgit"]]
DE_LAST = [["Müller", "Mueller"], ["Schmidt"], ["Schneider"], ["Fischer"], ["Weber"], ["Meyer"], ["Wagner"],
           ["Becker"], ["Schulz"], ["Hoffmann"], ["Schäfer", "Schaefer"], ["Koch"], ["Bauer"], ["Richter"],
           ["Klein"], ["Wolf"], ["Schröder", "Schroeder"], ["Neumann"], ["Schwarz"], ["Zimmermann"],
           ["Braun"], ["Krüger", "Krueger"], ["Hofmann"], ["Hartmann"], ["Lange"], ["Schmitt"], ["Werner"],
           ["Krause"], ["Meier"], ["Lehmann"], ["Köhler", "Koehler"], ["Weiß", "Weiss"], ["Groß", "Gross"]]
EL_FIRST = [["Andreas"], ["Christos"], ["Georgios", "George"], ["Nicos", "Nikos"], ["Michalis", "Michael"],
            ["Costas", "Kostas"], ["Panayiotis", "Panagiotis"], ["Demetris", "Dimitris"], ["Charalambos", "Haralambos"],
            ["Maria"], ["Eleni", "Elena"], ["Anna"], ["Despina"], ["Androulla"], ["Stelios"], ["Marios"],
            ["Antonis", "Antonios"], ["Ioannis", "Yiannis"], ["Sotiris"], ["Kyriacos", "Kyriakos"]]
EL_LAST = [["Georgiou"], ["Ioannou"], ["Constantinou", "Konstantinou"], ["Christodoulou"],
           ["Charalambous", "Haralambous"], ["Nicolaou", "Nikolaou"], ["Demetriou", "Dimitriou"], ["Andreou"],
           ["Savva"], ["Antoniou"], ["Panayiotou", "Panagiotou"], ["Kyriacou", "Kyriakou"],
           ["Hadjigeorgiou", "Chatzigeorgiou"], ["Papadopoulos"], ["Pavlou"], ["Loizou"], ["Stylianou"],
           ["Michaelides", "Michailidis"], ["Theodorou"], ["Christofi", "Christophi"], ["Efthymiou"]]
NL_FIRST = [["Jan"], ["Pieter"], ["Kees"], ["Johannes"], ["Sander"], ["Bas"], ["Thijs"], ["Daan"], ["Ruud"],
            ["Sanne"], ["Anouk"], ["Femke"], ["Marieke"], ["Lotte"], ["Willem"], ["Joost"], ["Maarten"]]
NL_LAST = [["de Vries"], ["Jansen"], ["van Dijk"], ["Bakker"], ["Visser"], ["Smit"], ["Meijer", "Meyer"],
           ["de Boer"], ["Mulder"], ["de Groot"], ["Bos"], ["Vos"], ["Peters"], ["Hendriks"], ["van Leeuwen"],
           ["Dekker"], ["Brouwer"], ["de Wit"], ["Dijkstra"], ["van den Berg", "van der Berg"], ["Janssen"]]
IN_FIRST = [["Rajesh"], ["Amit"], ["Suresh"], ["Priya"], ["Anil"], ["Sunil"], ["Vikram"], ["Deepak"], ["Arjun"],
            ["Kavita"], ["Ravi"], ["Sanjay"], ["Neha"], ["Rahul"], ["Pooja"], ["Manoj"], ["Anand"], ["Srinivas"],
            ["Venkatesh", "Venkatesan"], ["Lakshmi"], ["Karthik", "Kartik"], ["Aditya"], ["Nikhil"], ["Mohammed"]]
IN_MID = ["Kumar", "Prakash", "Singh", "Chand", "Lal", "Kishore", "Mohan", "Raj"]
IN_LAST = [["Sharma"], ["Patel"], ["Singh"], ["Gupta"], ["Nair"], ["Reddy"], ["Iyer"], ["Mehta"], ["Shah"],
           ["Menon"], ["Pillai"], ["Rao"], ["Joshi"], ["Agarwal", "Aggarwal"], ["Kumar"], ["Verma"], ["Bose"],
           ["Chatterjee", "Chaterjee"], ["Desai"], ["Kapoor"], ["Malhotra"], ["Krishnan"], ["Khan"]]
MS_FIRST_M = [["Muhammad", "Mohd", "Mohamad"], ["Ahmad"], ["Aziz"], ["Hafiz"], ["Faizal"], ["Azlan"],
              ["Hakim"], ["Rizal"], ["Zulkifli"], ["Amir"], ["Ismail"], ["Kamal"], ["Nazri"], ["Shahrul"]]
MS_FIRST_F = [["Siti"], ["Nur"], ["Nurul"], ["Farah"], ["Aisyah"], ["Nor"], ["Zarina"], ["Liyana"]]
MS_FATHER = [["Abdullah"], ["Ismail"], ["Hassan"], ["Ibrahim"], ["Yusof", "Yusoff"], ["Osman"], ["Rahman"],
             ["Hamid"], ["Razak"], ["Kassim"], ["Ahmad"], ["Salleh"], ["Omar"], ["Mahmud", "Mahmood"]]

# very common names, handed to unrelated companies at a higher rate (hub trap)
COMMON_PEOPLE = [
    {"c": "zh", "s": ("Wang", "王"), "g": [("wei", "伟")]},
    {"c": "zh", "s": ("Zhang", "张"), "g": [("wei", "伟")]},
    {"c": "zh", "s": ("Li", "李"), "g": [("na", "娜")]},
    {"c": "zh", "s": ("Wang", "王"), "g": [("fang", "芳")]},
    {"c": "zh", "s": ("Li", "李"), "g": [("wei", "伟")]},
    {"c": "zh", "s": ("Liu", "刘"), "g": [("yang", "洋")]},
    {"c": "zh", "s": ("Chen", "陈"), "g": [("jing", "静")]},
    {"c": "yue", "s": ("Chan", "陳"), "g": [("Tai", "大"), ("Man", "文")], "e": None},
    {"c": "yue", "s": ("Wong", "黃"), "g": [("Ka", "家"), ("Ming", "明")], "e": None},
    {"c": "west", "f": ["John"], "m": None, "l": ["Smith"]},
    {"c": "west", "f": ["David"], "m": None, "l": ["Lee"]},
    {"c": "west", "f": ["Michael"], "m": None, "l": ["Brown"]},
    {"c": "ar", "f": ["Mohammed", "Mohamed", "Muhammad"], "fa": None, "fam": ["Ali"], "sex": "m"},
    {"c": "ar", "f": ["Ahmed", "Ahmad"], "fa": None, "fam": ["Hassan", "Hasan"], "sex": "m"},
    {"c": "ru", "f": RU_FIRST[0], "s": ("Петров", ["Petrov"]), "p": None, "sex": "m"},
    {"c": "ru", "f": ("Иван", ["Ivan"], "m"), "s": ("Иванов", ["Ivanov"]), "p": None, "sex": "m"},
    {"c": "west", "f": ["Thomas"], "m": None, "l": ["Müller", "Mueller"]},
    {"c": "sgc", "s": "Tan", "g": ["Wei", "Ming"]},
    {"c": "west", "f": ["Andreas"], "m": None, "l": ["Georgiou"]},
    {"c": "west", "f": ["Rajesh"], "m": None, "l": ["Kumar"]},
    {"c": "ms", "f": ["Muhammad", "Mohd"], "bin": "bin", "fa": ["Abdullah"]},
]


def make_person(cul, rng):
    if cul == "zh":
        s = ZH_SUR[wpick(rng, [(i, w) for i, w in enumerate(ZH_SUR_W)])]
        n = 1 if rng.random() < 0.3 else 2
        return {"c": "zh", "s": s, "g": [pick(rng, ZH_SYL) for _ in range(n)]}
    if cul == "yue":
        s = YUE_SUR[wpick(rng, [(i, w) for i, w in enumerate(YUE_SUR_W)])]
        return {"c": "yue", "s": s, "g": [pick(rng, YUE_SYL), pick(rng, YUE_SYL)],
                "e": pick(rng, HK_ENG) if rng.random() < 0.35 else None}
    if cul == "sgc":
        return {"c": "sgc", "s": pick(rng, SGC_SUR), "g": [pick(rng, SGC_SYL), pick(rng, SGC_SYL)]}
    if cul == "ru":
        f = pick(rng, RU_FIRST)
        return {"c": "ru", "f": f, "s": pick(rng, RU_SUR), "p": pick(rng, RU_PATR), "sex": f[2]}
    if cul == "ar":
        male = rng.random() < 0.85
        return {"c": "ar", "f": pick(rng, AR_FIRST_M if male else AR_FIRST_F),
                "fa": pick(rng, AR_FIRST_M) if rng.random() < 0.5 else None,
                "fam": pick(rng, AR_FAM), "sex": "m" if male else "f"}
    if cul == "ms":
        male = rng.random() < 0.7
        f = pick(rng, MS_FIRST_M if male else MS_FIRST_F)
        if rng.random() < 0.6:
            f2 = pick(rng, MS_FIRST_M if male else MS_FIRST_F)
            if f2 != f and not (len(f) == 3):
                f = [v + " " + f2[0] for v in f]
        return {"c": "ms", "f": f, "bin": "bin" if male else "binti", "fa": pick(rng, MS_FATHER)}
    tables = {"en": (EN_FIRST, EN_LAST), "de": (DE_FIRST, DE_LAST), "el": (EL_FIRST, EL_LAST),
              "nl": (NL_FIRST, NL_LAST), "in": (IN_FIRST, IN_LAST)}
    ft, lt = tables.get(cul, tables["en"])
    mid = None
    if cul == "in" and rng.random() < 0.4:
        mid = pick(rng, IN_MID)
    elif cul in ("en", "de") and rng.random() < 0.3:
        mid = pick(rng, "ABCDEFGHJKLMNPRSTW")
    return {"c": "west", "f": pick(rng, ft), "m": mid, "l": pick(rng, lt), "k": cul}


def _zh_given(g, rng):
    sy = [x[0] for x in g]
    if len(sy) == 1:
        return sy[0].capitalize()
    r = rng.random()
    if r < 0.72:
        return (sy[0] + sy[1]).capitalize()
    if r < 0.86:
        return sy[0].capitalize() + " " + sy[1].capitalize()
    if r < 0.95:
        return sy[0].capitalize() + "-" + sy[1]
    return sy[0].capitalize() + "-" + sy[1].capitalize()


def render_person(p, rng, strict=True):
    c = p["c"]
    out = None
    if c == "zh":
        sur, han = p["s"]
        giv = _zh_given(p["g"], rng)
        r = rng.random()
        if r < 0.16:
            out = han + "".join(x[1] for x in p["g"])
        elif r < 0.46:
            out = sur + " " + giv
        elif r < 0.66:
            out = giv + " " + sur
        elif r < 0.80:
            out = sur.upper() + " " + giv
        elif r < 0.88:
            out = sur + ", " + giv
        else:
            out = (sur + " " + giv).upper()
    elif c == "yue":
        sur, han = p["s"]
        g = [x[0] for x in p["g"]]
        r = rng.random()
        gv = rng.random()
        if gv < 0.6:
            gs = g[0] + " " + g[1]
        elif gv < 0.85:
            gs = g[0] + "-" + g[1].lower()
        else:
            gs = g[0] + "-" + g[1]
        e = p.get("e")
        if r < 0.12:
            out = han + "".join(x[1] for x in p["g"])
        elif r < 0.40:
            out = sur + " " + gs
        elif r < 0.58:
            out = sur.upper() + " " + gs
        elif r < 0.72:
            out = gs + " " + sur
        elif r < 0.82 and e:
            out = e + " " + sur + " " + gs
        elif r < 0.90 and e:
            out = sur + " " + gs + ", " + e
        elif r < 0.95 and e and not strict:
            out = e + " " + sur
        else:
            out = sur + ", " + gs
    elif c == "sgc":
        g = p["g"]
        r = rng.random()
        if r < 0.5:
            out = p["s"] + " " + g[0] + " " + g[1]
        elif r < 0.7:
            out = p["s"].upper() + " " + g[0] + " " + g[1]
        elif r < 0.85:
            out = g[0] + " " + g[1] + " " + p["s"]
        else:
            out = p["s"] + " " + g[0] + g[1].lower()
    elif c == "ru":
        fc, fl, _ = p["f"]
        sc, sl = p["s"]
        fem = p["sex"] == "f"
        if fem:
            sc = sc + "а"
            sl = [x + "a" for x in sl]
        pa = p.get("p")
        pc = pl = None
        if pa:
            pc = pa[1] if fem else pa[0]
            pl = pa[3] if fem else pa[2]
        fn = pref(rng, fl)
        sn = pref(rng, sl)
        r = rng.random()
        if r < 0.30:
            out = fn + " " + sn
        elif r < 0.42:
            out = sn.upper() + " " + fn
        elif r < 0.52 and pl:
            out = sn + " " + fn + " " + pref(rng, pl)
        elif r < 0.60 and pl:
            out = fn + " " + pref(rng, pl) + " " + sn
        elif r < 0.74:
            out = fc + " " + sc
        elif r < 0.84 and pc:
            out = sc + " " + fc + " " + pc
        elif r < 0.92:
            out = sn + ", " + fn
        else:
            out = (fn + " " + sn).upper()
    elif c == "ar":
        fn = pref(rng, p["f"])
        fam = pref(rng, p["fam"], 0.6)
        fa = pref(rng, p["fa"]) if p.get("fa") else None
        r = rng.random()
        if r < 0.40 or not fa:
            out = fn + " " + fam if r < 0.85 else fam.upper() + " " + fn
        elif r < 0.60:
            out = fn + " " + fa + " " + fam
        elif r < 0.75:
            out = fn + (" bin " if p["sex"] == "m" else " bint ") + fa + " " + fam
        elif r < 0.90:
            out = fam + ", " + fn
        else:
            out = (fn + " " + fam).upper()
    elif c == "ms":
        fn = pref(rng, p["f"])
        fa = pref(rng, p["fa"])
        b = p["bin"]
        r = rng.random()
        if r < 0.40:
            out = fn + " " + b + " " + fa
        elif r < 0.55:
            out = fn + " " + b.capitalize() + " " + fa
        elif r < 0.70:
            out = (fn + " " + b + " " + fa).upper()
        elif r < 0.85:
            out = fn + " " + ("B. " if b == "bin" else "Bt. ") + fa
        else:
            out = fn + " " + fa
    else:  # west-ish
        fn = pref(rng, p["f"])
        ln = pref(rng, p["l"])
        if p.get("k") == "de" and rng.random() < 0.1:
            fn, ln = deumlaut(fn), deumlaut(ln)
        m = p.get("m")
        r = rng.random()
        if r < 0.40:
            out = fn + " " + ln
        elif r < 0.55 and m:
            out = fn + " " + (m + "." if len(m) == 1 else m) + " " + ln
        elif r < 0.70:
            out = ln + ", " + fn
        elif r < 0.82:
            out = ln.upper() + " " + fn
        elif r < 0.92:
            out = (fn + " " + ln).upper()
        else:
            out = fn + " " + ln
    if not strict:
        r = rng.random()
        if r < 0.25:
            out = typo(out, rng)
        elif r < 0.35 and out.isascii():
            out = pick(rng, ["Mr. ", "Mr ", "Ms. ", "Dr. "]) + out
    return out


# ----------------------------------------------------------------------------
# company names

BRANDS_EN = ["Golden Bridge", "Pacific Rim", "Blue Ocean", "Silver Peak", "Orient Star", "Jade Dragon",
             "Phoenix", "Zenith", "Nova", "Apex", "Vertex", "Quantum Leap", "Horizon", "Summit",
             "Northern Star", "Sirius", "Altair", "Falcon", "Crescent", "Oasis", "Harbour View", "Pearl",
             "Cedar", "Alpine", "Meridian", "Stellar", "Lumina", "Vantage", "Keystone", "Pinnacle", "Aurora",
             "Titan", "Atlas", "Polaris", "Nimbus", "Cobalt", "Onyx", "Sapphire", "Evergreen", "Redwood",
             "Brightway", "Skyline", "Trident", "Orion", "Vega", "Helix", "Nexus", "Vector", "Matrix",
             "Cipher", "Kinetic", "Synergy", "Prime", "Unity", "Legacy", "Frontier", "Pioneer", "Asia Pacific",
             "Global", "Universal", "Eastern", "Great Wall", "Dragon", "Lion City", "Merlion", "Straits",
             "Victoria", "Kowloon", "Baltic", "Volga", "Nord", "Emerald", "Crystal", "Silverline", "Bluestone"]
BRANDS_PY = [("Xinda", "信达"), ("Huaxin", "华信"), ("Tianyu", "天宇"), ("Hengtong", "恒通"), ("Zhongke", "中科"),
             ("Jinpeng", "金鹏"), ("Ruixiang", "瑞祥"), ("Haoyun", "浩云"), ("Kunlun", "昆仑"), ("Shenghua", "盛华"),
             ("Yuntian", "云天"), ("Xinghe", "星河"), ("Hongda", "宏达"), ("Jiahe", "嘉禾"), ("Taihe", "泰和"),
             ("Fuxing", "富兴"), ("Anda", "安达"), ("Boyuan", "博远"), ("Chuangxin", "创新"), ("Dingsheng", "鼎盛"),
             ("Guanghui", "光辉"), ("Haitian", "海天"), ("Jinghua", "京华"), ("Lianchuang", "联创"),
             ("Mingyang", "明阳"), ("Qianhai", "前海"), ("Ruida", "瑞达"), ("Shengshi", "盛世"), ("Tongda", "通达"),
             ("Weiye", "伟业"), ("Xinyuan", "鑫源"), ("Yida", "亿达"), ("Zhonghe", "中合"), ("Zhiyuan", "致远"),
             ("Huarui", "华瑞"), ("Kaiyuan", "开元"), ("Longteng", "龙腾"), ("Tianrun", "天润"), ("Xunlei", "迅雷"),
             ("Jiuzhou", "九州"), ("Yuanfang", "远方"), ("Shuguang", "曙光"), ("Hexin", "和信")]
MADE_A = ["Tri", "Zen", "Nov", "Vel", "Kor", "Lum", "Dat", "Syn", "Ax", "Qu", "Ver", "Cor", "Ner", "Ol",
          "Stra", "Xen", "Vir", "Sol", "Tel", "Ari", "Kel", "Mav", "Ori", "Pyr", "Rho", "Tes", "Val", "Zor"]
MADE_B = ["ix", "ora", "ex", "ium", "tek", "ara", "on", "is", "ova", "ent", "yx", "ique", "ia", "ant",
          "era", "ion", "ux", "ata", "ico", "eon", "ivo", "ynx"]
SECTORS = ["Technology", "Technologies", "Tech", "Trading", "Computing", "Cloud", "Data", "Digital",
           "Systems", "Solutions", "Networks", "Logistics", "Holdings", "International", "Industrial",
           "Electronics", "Semiconductor", "AI", "Intelligence", "Innovation", "Consulting", "Capital",
           "Ventures", "Supply Chain", "Import & Export", "Research", "Software", "Compute", "Infotech",
           "Enterprise", "Resources", "Group", "Services", "Labs", "Analytics", "Information Technology"]
SECTORS_DE = ["Technologies", "IT-Services", "Datentechnik", "Systemhaus", "Handels", "Consulting",
              "Solutions", "Digital", "Software", "Rechenzentrum", "Informatik", "Cloud Services"]
SECTORS_CN = [("Technology", "科技"), ("Trading", "贸易"), ("Information Technology", "信息技术"),
              ("Electronics", "电子"), ("Network Technology", "网络科技"), ("Data Technology", "数据科技"),
              ("Intelligent Technology", "智能科技"), ("Computing Technology", "计算技术"),
              ("Supply Chain Management", "供应链管理"), ("Industrial", "实业"), ("Digital Technology", "数字科技")]
RU_BRANDS = [("Tekhnoservis", "Техносервис"), ("Promstroy", "Промстрой"), ("Sibinvest", "Сибинвест"),
             ("Energotekh", "Энерготех"), ("Infosistemy", "Инфосистемы"), ("Vektor", "Вектор"),
             ("Alfa-Resurs", "Альфа-Ресурс"), ("Gorizont", "Горизонт"), ("Kvant", "Квант"), ("Orion", "Орион"),
             ("Polyus", "Полюс"), ("Severnaya Zvezda", "Северная Звезда"), ("Neva-Treid", "Нева-Трейд"),
             ("Ural-Komplekt", "Урал-Комплект"), ("Baltservis", "Балтсервис"),
             ("Tsifrovye Resheniya", "Цифровые Решения"), ("Vychislitelnye Sistemy", "Вычислительные Системы"),
             ("Start", "Старт"), ("Impuls", "Импульс"), ("Sigma", "Сигма"), ("Meridian", "Меридиан"),
             ("Avangard", "Авангард"), ("Integral", "Интеграл"), ("Spektr", "Спектр"), ("Tekhnologii Budushchego", "Технологии Будущего"),
             ("Data-Tsentr", "Дата-Центр"), ("Server-Profi", "Сервер-Профи"), ("Elektronika", "Электроника")]
CN_CITIES = [("Beijing", "北京"), ("Shanghai", "上海"), ("Shenzhen", "深圳市"), ("Guangzhou", "广州市"),
             ("Hangzhou", "杭州"), ("Chengdu", "成都"), ("Wuhan", "武汉"), ("Nanjing", "南京"), ("Xiamen", "厦门"),
             ("Suzhou", "苏州"), ("Tianjin", "天津")]

FORMS = {
    "ltd": ["Limited", "Ltd", "Ltd.", "LIMITED", "LTD"],
    "pte": ["Pte. Ltd.", "Pte Ltd", "PTE. LTD.", "Private Limited", "PTE LTD"],
    "llc": ["LLC", "L.L.C.", "LLC."],
    "inc": ["Inc.", "Inc", "Incorporated", "INC."],
    "corp": ["Corp.", "Corporation", "Corp"],
    "gmbh": ["GmbH", "GMBH", "G.m.b.H."],
    "ug": ["UG (haftungsbeschränkt)", "UG (haftungsbeschraenkt)", "UG"],
    "sdn": ["Sdn. Bhd.", "Sdn Bhd", "SDN. BHD.", "Sendirian Berhad"],
    "fze": ["FZE", "F.Z.E."], "fzco": ["FZCO", "FZ Co.", "F.Z.CO"], "fzllc": ["FZ-LLC", "FZ LLC", "FZLLC"],
    "dmcc": ["DMCC"], "aellc": ["L.L.C", "LLC", "L.L.C."],
    "cnltd": ["Co., Ltd.", "Co. Ltd.", "Co., Limited", "Company Limited", "CO.,LTD."],
    "pvt": ["Private Limited", "Pvt. Ltd.", "Pvt Ltd", "PRIVATE LIMITED"],
    "bv": ["B.V.", "BV", "B.V"], "llp": ["LLP"], "ag": ["AG"],
}
FORM_BY_CC = {"HK": [("ltd", 1)], "SG": [("pte", 1)], "US": [("llc", 5), ("inc", 4), ("corp", 1)],
              "GB": [("ltd", 9), ("llp", 1)], "DE": [("gmbh", 8), ("ug", 2), ("ag", 1)], "CY": [("ltd", 1)],
              "AE": [("fze", 3), ("fzco", 3), ("fzllc", 2), ("dmcc", 1), ("aellc", 3)], "MY": [("sdn", 1)],
              "IN": [("pvt", 9), ("llp", 1)], "NL": [("bv", 1)], "CN": [("cnltd", 1)], "RU": [("ooo", 5), ("ao", 1)]}


def _brand(rng, cc):
    r = rng.random()
    if cc in ("CN", "HK", "SG", "MY") and r < 0.45:
        return pick(rng, BRANDS_PY)[0]
    if r < 0.75:
        return pick(rng, BRANDS_EN)
    return pick(rng, MADE_A) + pick(rng, MADE_B)


def make_company(cc, rng, stem=None):
    form = wpick(rng, FORM_BY_CC[cc])
    if cc == "CN":
        b = stem if stem and isinstance(stem, tuple) else pick(rng, BRANDS_PY)
        city = pick(rng, CN_CITIES)
        sec = pick(rng, SECTORS_CN)
        return {"cc": cc, "form": form, "core": "%s %s %s" % (city[0], b[0], sec[0]),
                "han": city[1] + b[1] + sec[1] + "有限公司", "brand": b[0]}
    if cc == "RU":
        b = pick(rng, RU_BRANDS)
        return {"cc": cc, "form": form, "core": b[0], "cyr": b[1], "brand": b[0]}
    if stem:
        b = stem[0] if isinstance(stem, tuple) else stem
    else:
        b = _brand(rng, cc)
    sec = pick(rng, SECTORS_DE if cc == "DE" else SECTORS)
    core = b + " " + sec
    if cc == "HK" and rng.random() < 0.12:
        core += pick(rng, [" (HK)", " (Hong Kong)", " Asia"])
    if cc == "DE" and rng.random() < 0.4:
        core = b + " " + sec
    return {"cc": cc, "form": form, "core": core, "brand": b}


def render_company(c, rng):
    form = c["form"]
    if c["cc"] == "CN":
        if rng.random() < 0.3:
            return c["han"]
        return case_var(c["core"] + " " + pref(rng, FORMS["cnltd"]), rng, 0.1, 0.0)
    if c["cc"] == "RU":
        lat, cyr = c["core"], c["cyr"]
        ooo = form == "ooo"
        r = rng.random()
        if r < 0.3:
            return ("ООО «%s»" if ooo else "АО «%s»") % cyr
        if r < 0.5:
            return ("OOO \"%s\"" if ooo else "AO \"%s\"") % lat
        if r < 0.7:
            return ("%s LLC" if ooo else "%s JSC") % lat
        if r < 0.85:
            return ("LLC \"%s\"" if ooo else "JSC \"%s\"") % lat
        return ("Общество с ограниченной ответственностью «%s»" if ooo else "Акционерное общество «%s»") % cyr
    return case_var(c["core"] + " " + pref(rng, FORMS[form], 0.6), rng, 0.12, 0.0)


def holding_company(rng, stem=None):
    b = stem[0] if isinstance(stem, tuple) else (stem or _brand(rng, "HK"))
    kind = pick(rng, ["Holdings", "Group", "Investments", "International Holdings", "Capital"])
    return {"core": b + " " + kind, "form": pick(rng, ["ltd", "ltd", "inc", "corp"])}


def render_holding(h, rng, strict=True):
    s = case_var(h["core"] + " " + pref(rng, FORMS[h["form"]], 0.5), rng, 0.15, 0.0)
    if not strict and rng.random() < 0.25:
        s = typo(s, rng)
    return s


# ----------------------------------------------------------------------------
# phones


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


PHONE_CC = {"CN": "86", "HK": "852", "SG": "65", "AE": "971", "RU": "7", "US": "1", "GB": "44", "DE": "49",
            "CY": "357", "MY": "60", "IN": "91", "NL": "31"}


def make_phone(cc, rng, mobile=None):
    """Returns (cc, area, subscriber, kind). National significant number = area+subscriber."""
    if mobile is None:
        mobile = rng.random() < 0.5
    if cc == "CN":
        if mobile:
            return (cc, pick(rng, ["138", "139", "135", "136", "186", "188", "159", "177", "199", "150"]), _digits(rng, 8), "m")
        a = pick(rng, ["10", "21", "755", "20", "571", "28"])
        return (cc, a, str(rng.randrange(2, 9)) + _digits(rng, 7 if len(a) == 2 else 7), "l")
    if cc == "HK":
        return (cc, "", (pick(rng, "569") if mobile else pick(rng, "23")) + _digits(rng, 7), "m" if mobile else "l")
    if cc == "SG":
        return (cc, "", (pick(rng, "89") if mobile else "6") + _digits(rng, 7), "m" if mobile else "l")
    if cc == "AE":
        if mobile:
            return (cc, pick(rng, ["50", "52", "54", "55", "56", "58"]), str(rng.randrange(2, 10)) + _digits(rng, 6), "m")
        return (cc, pick(rng, ["4", "4", "4", "2", "6"]), str(rng.randrange(2, 9)) + _digits(rng, 6), "l")
    if cc == "RU":
        if mobile:
            return (cc, "9" + _digits(rng, 2), str(rng.randrange(1, 10)) + _digits(rng, 6), "m")
        return (cc, pick(rng, ["495", "499", "812", "383", "343"]), str(rng.randrange(2, 10)) + _digits(rng, 6), "l")
    if cc == "US":
        return (cc, str(rng.randrange(2, 10)) + str(rng.randrange(0, 9)) + str(rng.randrange(10)),
                str(rng.randrange(2, 10)) + _digits(rng, 6), "l")
    if cc == "GB":
        if mobile:
            return (cc, "7" + _digits(rng, 3), _digits(rng, 6), "m")
        a = pick(rng, ["20", "20", "161", "121", "131"])
        return (cc, a, pick(rng, "378") + _digits(rng, 7 if a == "20" else 6), "l")
    if cc == "DE":
        if mobile:
            return (cc, pick(rng, ["151", "160", "170", "171", "176", "157"]), _digits(rng, 8), "m")
        return (cc, pick(rng, ["30", "89", "69", "40", "211", "221"]), str(rng.randrange(2, 10)) + _digits(rng, 7), "l")
    if cc == "CY":
        if mobile:
            return (cc, pick(rng, ["99", "96", "97"]), _digits(rng, 6), "m")
        return (cc, pick(rng, ["22", "25", "24"]), _digits(rng, 6), "l")
    if cc == "MY":
        if mobile:
            return (cc, pick(rng, ["12", "13", "16", "17", "19"]), _digits(rng, 7), "m")
        return (cc, "3", str(rng.randrange(2, 10)) + _digits(rng, 7), "l")
    if cc == "IN":
        if mobile:
            return (cc, "", pick(rng, "9876") + _digits(rng, 9), "m")
        return (cc, pick(rng, ["11", "22", "80"]), "2" + _digits(rng, 7), "l")
    if cc == "NL":
        if mobile:
            return (cc, "6", _digits(rng, 8), "m")
        return (cc, pick(rng, ["20", "10", "70", "30"]), _digits(rng, 7), "l")
    raise ValueError(cc)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def render_phone(ph, rng, strict, home_cc):
    cc, area, sub, kind = ph
    code = PHONE_CC[cc]
    nsn = area + sub
    # ---- build a national rendering and an international body
    if cc == "CN":
        if kind == "m":
            body = [_grp(nsn, [3, 4, 4]), nsn, _grp(nsn, [3, 4, 4], "-")]
            nat = body
        else:
            body = [area + " " + _grp(sub, [4, 4]), area + sub, area + "-" + sub]
            nat = ["0" + area + "-" + sub, "(0" + area + ") " + sub, "0" + area + " " + _grp(sub, [4, 4])]
    elif cc in ("HK", "SG"):
        body = [_grp(nsn, [4, 4]), nsn, _grp(nsn, [4, 4], "-")]
        nat = body
    elif cc == "AE":
        body = [area + " " + _grp(sub, [3, 4]), area + " " + sub, area + "-" + sub]
        nat = ["0" + area + " " + _grp(sub, [3, 4]), "0" + area + "-" + sub, "0" + area + sub]
    elif cc == "RU":
        s3 = _grp(sub, [3, 2, 2], "-")
        body = [area + " " + s3, "(" + area + ") " + s3, area + sub, area + " " + sub]
        nat = ["8 (" + area + ") " + s3, "8-" + area + "-" + s3, "8 " + area + " " + sub, "8" + area + sub]
    elif cc == "US":
        body = ["(" + area + ") " + sub[:3] + "-" + sub[3:], area + "-" + sub[:3] + "-" + sub[3:],
                area + "." + sub[:3] + "." + sub[3:], area + sub, area + " " + sub[:3] + " " + sub[3:]]
        nat = body + ["1-" + area + "-" + sub[:3] + "-" + sub[3:]]
    elif cc == "GB":
        if kind == "m":
            body = [area + " " + sub, area + sub]
        elif area == "20":
            body = ["20 " + _grp(sub, [4, 4]), "20" + sub]
        else:
            body = [area + " " + _grp(sub, [3, 4]), area + sub]
        nat = ["0" + b for b in body]
    elif cc == "DE":
        body = [area + " " + sub, area + " " + _grp(sub, [4, 4]), area + "-" + sub, area + sub]
        nat = ["0" + area + " " + sub, "0" + area + "/" + sub, "0" + area + "-" + sub, "(0" + area + ") " + sub]
    elif cc == "CY":
        body = [area + " " + sub, area + sub, area + " " + _grp(sub, [3, 3])]
        nat = body
    elif cc == "MY":
        if kind == "m":
            body = [area + "-" + _grp(sub, [3, 4]), area + " " + _grp(sub, [3, 4]), area + sub]
        else:
            body = [area + "-" + _grp(sub, [4, 4]), area + " " + _grp(sub, [4, 4]), area + sub]
        nat = ["0" + b for b in body]
    elif cc == "IN":
        if kind == "m":
            body = [_grp(nsn, [5, 5]), nsn, _grp(nsn, [5, 5], "-")]
            nat = body + ["0" + nsn]
        else:
            body = [area + " " + _grp(sub, [4, 4]), area + sub]
            nat = ["0" + area + "-" + _grp(sub, [4, 4]), "0" + area + " " + sub]
    else:  # NL
        body = [area + " " + sub, area + sub, area + "-" + sub]
        nat = ["0" + area + "-" + sub, "0" + area + " " + sub, "0" + area + sub]
    same = (home_cc == cc)
    r = rng.random()
    if same and r < 0.40:
        out = pick(rng, nat)
    else:
        r2 = rng.random()
        b = pick(rng, body)
        paren = b.startswith("(")
        if paren and 0.72 <= r2 < 0.90:
            r2 = 0.0
        if 0.95 <= r2 and not (same or not strict):
            r2 = 0.0  # "(cc) number" without a plus is only unambiguous at home
        if r2 < 0.45:
            out = "+" + code + " " + b
        elif r2 < 0.60:
            out = "+" + code + nsn
        elif r2 < 0.72:
            out = "00" + code + " " + b
        elif r2 < 0.82:
            out = "(+" + code + ") " + b
        elif r2 < 0.90:
            out = "+" + code + "-" + b.replace(" ", "-")
        elif r2 < 0.95 and cc in ("GB", "DE", "NL"):
            out = "+" + code + " (0)" + b
        else:
            out = "(" + code + ") " + b
    if not strict:
        r = rng.random()
        if r < 0.04 and not same:
            out = pick(rng, nat)  # national format typed by someone abroad: wrong region
        elif r < 0.08:
            out += pick(rng, [" ext. ", " ext ", " x", "-"]) + str(rng.randrange(10, 300))
        elif r < 0.10:
            # one wrong digit
            ds = [i for i, ch in enumerate(out) if ch.isdigit()]
            i = ds[-1 - rng.randrange(min(6, len(ds)))]
            out = out[:i] + str((int(out[i]) + rng.randrange(1, 9)) % 10) + out[i + 1:]
    return out


# ----------------------------------------------------------------------------
# addresses

STYPE = {"Street": ["Street", "St", "St."], "Road": ["Road", "Rd", "Rd."], "Avenue": ["Avenue", "Ave", "Ave.", "Av."],
         "Boulevard": ["Boulevard", "Blvd", "Blvd."], "Drive": ["Drive", "Dr", "Dr."], "Lane": ["Lane", "Ln", "Ln."],
         "Place": ["Place", "Pl", "Pl."], "Way": ["Way"], "Square": ["Square", "Sq", "Sq."],
         "Highway": ["Highway", "Hwy"], "Embankment": ["Embankment", "Emb."], "Marg": ["Marg"], "": [""]}
DIRS = {"North": ["North", "N", "N."], "South": ["South", "S", "S."], "East": ["East", "E", "E."],
        "West": ["West", "W", "W."], "": [""]}

HK_STREETS = [("Lockhart", "Road", ""), ("Hennessy", "Road", ""), ("Gloucester", "Road", ""), ("Nathan", "Road", ""),
              ("Canton", "Road", ""), ("Queen's", "Road", "Central"), ("Des Voeux", "Road", "Central"),
              ("Connaught", "Road", "West"), ("Wing Lok", "Street", ""), ("Hoi Bun", "Road", ""),
              ("How Ming", "Street", ""), ("Wai Yip", "Street", ""), ("Hung To", "Road", ""), ("King's", "Road", ""),
              ("Jaffe", "Road", ""), ("Mody", "Road", ""), ("Granville", "Road", ""), ("Cheung Sha Wan", "Road", ""),
              ("Castle Peak", "Road", ""), ("Shing Yip", "Street", ""), ("Johnston", "Road", ""),
              ("Jervois", "Street", ""), ("Hing Fong", "Road", ""), ("Kwai Cheong", "Road", ""),
              ("Hoi Yuen", "Road", ""), ("Tai Yau", "Street", ""), ("Chatham", "Road", "South")]
HK_AREAS = ["Wan Chai", "Causeway Bay", "Tsim Sha Tsui", "Kwun Tong", "Sheung Wan", "Central", "Mong Kok",
            "Kowloon Bay", "North Point", "Quarry Bay", "Cheung Sha Wan", "Kwai Chung", "Lai Chi Kok", "Admiralty",
            "Tsuen Wan", "San Po Kong"]
HK_B1 = ["Lippo", "Wing On", "Golden", "Silvercord", "Harbour", "Kowloon", "Pacific", "Prosperity", "Oriental",
         "Lucky", "Fortune", "Wealth", "Dragon", "Tung Wai", "Shun Tak", "Man Yee", "Lai Sun", "Emperor",
         "Chinachem", "Kwai Hing", "Tak Lee", "Wang Kwong", "Nan Fung", "Kader", "Hopewell", "Trendy", "Yau Lee",
         "Wing Cheong", "Kam Chung", "Tai Sang", "Eton", "Cosco", "Sino", "Hang Lok", "Chevalier", "Manulife"]
HK_B2 = ["Centre", "Building", "Commercial Building", "Tower", "Plaza", "Industrial Building",
         "Commercial Centre", "House", "Industrial Centre"]
SG_STREETS = [("Anson", "Road", ""), ("Cecil", "Street", ""), ("Robinson", "Road", ""), ("Shenton", "Way", ""),
              ("Raffles", "Place", ""), ("Beach", "Road", ""), ("Ubi", "Avenue", "1"), ("Kallang", "Avenue", ""),
              ("Jurong East", "Street", "21"), ("Tai Seng", "Street", ""), ("North Bridge", "Road", ""),
              ("Orchard", "Road", ""), ("Havelock", "Road", ""), ("Tampines", "Avenue", "5"),
              ("Science Park", "Road", ""), ("Kaki Bukit", "Road", "3"), ("Woodlands", "Drive", "14"),
              ("Eu Tong Sen", "Street", ""), ("Paya Lebar", "Road", ""), ("Kallang Pudding", "Road", ""),
              ("Boon Lay", "Way", ""), ("Changi South", "Lane", ""), ("Marina", "Boulevard", ""),
              ("Tras", "Street", ""), ("Amoy", "Street", ""), ("Ang Mo Kio", "Avenue", "5")]
SG_BLDG = ["International Plaza", "Peninsula Plaza", "Tong Eng Building", "Ubi Techpark", "Tai Seng Centre",
           "The Central", "Sim Lim Tower", "Fortune Centre", "Golden Mile Tower", "Suntec Tower Three",
           "Ocean Financial Centre", "Hong Leong Building", "Midview City", "Techlink", "Oxley Bizhub",
           "Paya Lebar Square", "The Alpha", "Eunos Technolink", "Vision Exchange", "Northstar @ AMK",
           "Woodlands Horizon", "Bukit Batok Connection", "Harbourfront Centre", "Aperia Tower", "Clementi Tower"]
US_STREETS = [("", "Orange", "Street"), ("", "Market", "Street"), ("", "Main", "Street"), ("", "Broadway", ""),
              ("", "Wilshire", "Boulevard"), ("", "Lexington", "Avenue"), ("", "Park", "Avenue"),
              ("", "Sand Hill", "Road"), ("", "El Camino Real", ""), ("", "Peachtree", "Street"),
              ("North", "Michigan", "Avenue"), ("", "Mission", "Street"), ("", "Commerce", "Drive"),
              ("", "Centerville", "Road"), ("North", "Lake Shore", "Drive"), ("", "Pennsylvania", "Avenue"),
              ("", "Elm", "Street"), ("", "Oak", "Lane"), ("", "Maple", "Avenue"), ("South", "Figueroa", "Street"),
              ("West", "Jackson", "Boulevard"), ("North", "Gould", "Street"), ("East", "Camelback", "Road"),
              ("", "Congress", "Avenue"), ("", "Brickell", "Avenue"), ("", "Stevens Creek", "Boulevard"),
              ("", "Little Falls", "Drive"), ("North", "Church", "Street"), ("", "Silverside", "Road"),
              ("", "Thomes", "Avenue"), ("West", "Sahara", "Avenue"), ("", "Fifth", "Avenue"),
              ("", "Madison", "Avenue"), ("", "Battery", "Street"), ("", "Howard", "Street"),
              ("", "California", "Street"), ("", "Sunset", "Boulevard"), ("", "Ocean", "Drive")]
US_CITIES = [("Wilmington", "DE", "Delaware", "198"), ("New York", "NY", "New York", "100"),
             ("San Francisco", "CA", "California", "941"), ("Los Angeles", "CA", "California", "900"),
             ("San Jose", "CA", "California", "951"), ("Palo Alto", "CA", "California", "943"),
             ("Seattle", "WA", "Washington", "981"), ("Austin", "TX", "Texas", "787"),
             ("Dallas", "TX", "Texas", "752"), ("Miami", "FL", "Florida", "331"), ("Chicago", "IL", "Illinois", "606"),
             ("Las Vegas", "NV", "Nevada", "891"), ("Sheridan", "WY", "Wyoming", "828"),
             ("Cheyenne", "WY", "Wyoming", "820"), ("Dover", "DE", "Delaware", "199"),
             ("Newark", "DE", "Delaware", "197"), ("Atlanta", "GA", "Georgia", "303"),
             ("Boston", "MA", "Massachusetts", "021"), ("Fremont", "CA", "California", "945"),
             ("Irvine", "CA", "California", "926")]
GB_STREETS = [("Shelton", "Street"), ("Baker", "Street"), ("Oxford", "Street"), ("Old", "Street"), ("City", "Road"),
              ("Great Portland", "Street"), ("Kingsway", ""), ("Fleet", "Street"), ("Regent", "Street"),
              ("Bishopsgate", ""), ("Moorgate", ""), ("Cannon", "Street"), ("Victoria", "Street"), ("Deansgate", ""),
              ("Corporation", "Street"), ("Princes", "Street"), ("George", "Street"), ("Brompton", "Road"),
              ("High", "Street"), ("Chancery", "Lane"), ("Gray's Inn", "Road"), ("Pall Mall", ""),
              ("Whitechapel", "Road"), ("Holloway", "Road"), ("Wenlock", "Road"), ("Old Gloucester", "Street"),
              ("Great Eastern", "Street"), ("Curtain", "Road"), ("Tottenham Court", "Road"), ("Mosley", "Street")]
GB_CITIES = [("London", ["EC1V", "EC2A", "WC2H", "W1U", "N1", "E1", "SE1", "WC1X", "EC4A", "W1W", "EC3A", "WC1N", "SW1Y"]),
             ("London", ["EC1V", "EC2A", "WC2H", "W1U", "N1", "E1", "SE1", "WC1X", "EC4A", "W1W", "EC3A", "WC1N", "SW1Y"]),
             ("Manchester", ["M1", "M2", "M3", "M4"]), ("Birmingham", ["B1", "B2", "B3", "B4"]),
             ("Edinburgh", ["EH1", "EH2", "EH3"]), ("Leeds", ["LS1", "LS2"]), ("Cambridge", ["CB1", "CB2"])]
GB_BLDG = ["Kemp House", "Citypoint", "Dashwood House", "Salisbury House", "Bush House", "Alder Castle",
           "Lynton House", "Suite Building", "Capital Tower", "Kings Court", "Spaces Building", "Tower Bridge House",
           "Bridge House", "Victoria House", "Regent House", "Churchill House"]
DE_STREETS = [("Friedrich", "straße", True), ("Potsdamer", "Straße", False), ("Kurfürstendamm", "", False),
              ("Unter den Linden", "", False), ("Leopold", "straße", True), ("Maximilian", "straße", True),
              ("Königsallee", "", False), ("Zeil", "", False), ("Mainzer Land", "straße", True),
              ("Taunusanlage", "", False), ("Jungfernstieg", "", False), ("Mönckeberg", "straße", True),
              ("Leipziger", "Straße", False), ("Hohenzollerndamm", "", False), ("Theresien", "straße", True),
              ("Bockenheimer Land", "straße", True), ("Schadow", "straße", True), ("Rosenthaler", "Straße", False),
              ("Invaliden", "straße", True), ("Torstraße", "", False), ("Neue Mainzer", "Straße", False),
              ("Hansa", "straße", True), ("Berliner", "Allee", False), ("Sonnen", "straße", True),
              ("Alexander", "platz", True), ("Lindwurm", "straße", True)]
DE_CITIES = [("Berlin", "1", ["Berlin"]), ("München", "8", ["Muenchen", "Munich"]),
             ("Frankfurt am Main", "6", ["Frankfurt a.M.", "Frankfurt"]), ("Hamburg", "2", ["Hamburg"]),
             ("Düsseldorf", "4", ["Duesseldorf", "Dusseldorf"]), ("Köln", "5", ["Koeln", "Cologne"]),
             ("Stuttgart", "7", ["Stuttgart"])]
CY_STREETS = [("Spyrou Kyprianou", "Avenue"), ("Griva Digeni", "Avenue"), ("Anexartisias", "Street"),
              ("Agias Fylaxeos", "Street"), ("Omonias", "Avenue"), ("Gladstonos", "Street"),
              ("Themistokli Dervi", "Avenue"), ("Kennedy", "Avenue"), ("Makariou III", "Avenue"),
              ("Vasileos Konstantinou", "Street"), ("Stasikratous", "Street"), ("Amathountos", "Avenue"),
              ("Thessalonikis", "Street"), ("Agiou Andreou", "Street"), ("Evagorou", "Avenue"),
              ("Digeni Akrita", "Avenue"), ("Christodoulou Chatzipavlou", "Street"), ("28th October", "Street"),
              ("Franklin Roosevelt", "Avenue"), ("Arch. Kyprianou", "Street"), ("Gregori Afxentiou", "Street")]
CY_CITIES = [("Limassol", "3", ["Lemesos"]), ("Limassol", "3", ["Lemesos"]), ("Nicosia", "1", ["Lefkosia"]),
             ("Larnaca", "6", ["Larnaka"]), ("Paphos", "8", ["Pafos"])]
CY_BLDG = ["Proteas House", "Limassol Center", "Kanika Business Center", "Elma Tower", "Athienitis Centennial Building",
           "Vashiotis Business Centre", "Olympic Residence", "Kanika Enaerios", "The Oval", "Lophitis Business Center",
           "Amara Tower", "Galatex Business Centre", "Kronos Court", "Ariel Corner", "Sea Tower"]
AE_BLDG = [("Jumeirah Business Centre 1", "Cluster G", "Jumeirah Lakes Towers", "Dubai"),
           ("Mazaya Business Avenue BB1", "", "Jumeirah Lakes Towers", "Dubai"),
           ("Gold Crest Executive", "Cluster C", "Jumeirah Lakes Towers", "Dubai"),
           ("Fortune Tower", "Cluster C", "Jumeirah Lakes Towers", "Dubai"),
           ("Bay Square Building 8", "", "Business Bay", "Dubai"), ("The Prime Tower", "", "Business Bay", "Dubai"),
           ("Churchill Executive Tower", "", "Business Bay", "Dubai"), ("Clover Bay Tower", "", "Business Bay", "Dubai"),
           ("Al Shafar Tower 1", "", "Barsha Heights", "Dubai"), ("Boulevard Plaza Tower 2", "", "Downtown Dubai", "Dubai"),
           ("Aspin Commercial Tower", "Sheikh Zayed Road", "Trade Centre", "Dubai"),
           ("Al Attar Business Tower", "Sheikh Zayed Road", "Trade Centre", "Dubai"),
           ("Latifa Tower", "Sheikh Zayed Road", "Trade Centre", "Dubai"),
           ("Dubai Silicon Oasis HQ Building", "", "Dubai Silicon Oasis", "Dubai"),
           ("Sidra Tower", "", "Al Sufouh", "Dubai"), ("Control Tower", "", "Motor City", "Dubai"),
           ("Arenco Tower", "", "Dubai Media City", "Dubai"), ("Al Ghurair Centre Offices", "", "Deira", "Dubai"),
           ("Al Khatem Tower", "ADGM Square", "Al Maryah Island", "Abu Dhabi"),
           ("Addax Tower", "", "Al Reem Island", "Abu Dhabi"), ("Al Hind Tower", "Al Qasimia", "", "Sharjah"),
           ("HDS Business Centre", "Cluster M", "Jumeirah Lakes Towers", "Dubai"),
           ("Tamani Arts Offices", "", "Business Bay", "Dubai"), ("Opal Tower", "", "Business Bay", "Dubai")]
MY_STREETS = [("Ampang", "Jalan"), ("Sultan Ismail", "Jalan"), ("Tun Razak", "Jalan"), ("Bukit Bintang", "Jalan"),
              ("Raja Chulan", "Jalan"), ("Kiara", "Jalan"), ("PJU 7/3", "Jalan"), ("SS 21/37", "Jalan"),
              ("Semantan", "Jalan"), ("Stesen Sentral 5", "Jalan"), ("Multimedia", "Persiaran"),
              ("Barat", "Persiaran"), ("Sultan Abdul Samad", "Jalan"), ("Pinang", "Jalan"), ("Maarof", "Jalan"),
              ("Tun Ismail", "Jalan"), ("Puchong", "Jalan"), ("Kerinchi", "Lorong")]
MY_TYPES = {"Jalan": ["Jalan", "Jln", "Jln."], "Persiaran": ["Persiaran", "Psrn."], "Lorong": ["Lorong", "Lrg", "Lrg."]}
MY_CITIES = [("Kuala Lumpur", "50", ["Wilayah Persekutuan Kuala Lumpur", "W.P. Kuala Lumpur", "WP Kuala Lumpur"]),
             ("Kuala Lumpur", "50", ["Wilayah Persekutuan Kuala Lumpur", "W.P. Kuala Lumpur"]),
             ("Petaling Jaya", "47", ["Selangor", "Selangor Darul Ehsan"]),
             ("Cyberjaya", "63", ["Selangor", "Selangor Darul Ehsan"]),
             ("George Town", "10", ["Pulau Pinang", "Penang"]), ("Johor Bahru", "80", ["Johor", "Johor Darul Ta'zim"])]
MY_BLDG = ["Menara Keck Seng", "Menara Hap Seng", "Menara Binjai", "Menara Prestige", "Menara Suezcap",
           "Menara Mutiara", "Menara Uncang Emas", "Wisma Lien Hoe", "Wisma UOA", "Plaza Sentral", "Wisma Goldhill",
           "Menara Lien Hoe", "The Vertical", "Nucleus Tower", "Menara Choy Fook On", "Wisma Mont Kiara",
           "Plaza Damas", "Menara Kencana Petroleum", "Sunway Tower", "Menara Ken TTDI"]
CN_STREETS = [("Jianguomenwai", "Avenue", "建国门外", "大街"), ("Zhongguancun East", "Road", "中关村东", "路"),
              ("Shennan", "Avenue", "深南", "大道"), ("Keyuan", "Road", "科苑", "路"),
              ("Nanjing West", "Road", "南京西", "路"), ("Century", "Avenue", "世纪", "大道"),
              ("Huaihai Middle", "Road", "淮海中", "路"), ("Zhujiang East", "Road", "珠江东", "路"),
              ("Tianfu", "Avenue", "天府", "大道"), ("Wensan", "Road", "文三", "路"), ("Binhai", "Avenue", "滨海", "大道"),
              ("Yishan", "Road", "宜山", "路"), ("Zhangjiang", "Road", "张江", "路"), ("Xueyuan", "Road", "学院", "路"),
              ("Jiefang", "Road", "解放", "路"), ("Renmin", "Road", "人民", "路"), ("Zhongshan", "Road", "中山", "路"),
              ("Keji South", "Road", "科技南", "路"), ("Gaoxin South", "Avenue", "高新南", "大道"),
              ("Dongsanhuan North", "Road", "东三环北", "路"), ("Caohejing", "Road", "漕河泾", "路"),
              ("Huaxia", "Road", "华夏", "路")]
CN_DISTRICTS = {"Beijing": [("Chaoyang", "朝阳区"), ("Haidian", "海淀区"), ("Dongcheng", "东城区"), ("Xicheng", "西城区")],
                "Shanghai": [("Pudong New Area", "浦东新区"), ("Jing'an", "静安区"), ("Xuhui", "徐汇区"), ("Changning", "长宁区")],
                "Shenzhen": [("Nanshan", "南山区"), ("Futian", "福田区"), ("Luohu", "罗湖区"), ("Bao'an", "宝安区"), ("Longgang", "龙岗区")],
                "Guangzhou": [("Tianhe", "天河区"), ("Haizhu", "海珠区"), ("Yuexiu", "越秀区")],
                "Hangzhou": [("Xihu", "西湖区"), ("Binjiang", "滨江区"), ("Yuhang", "余杭区")],
                "Chengdu": [("Wuhou", "武侯区"), ("Jinjiang", "锦江区"), ("Gaoxin", "高新区")],
                "Nanjing": [("Gulou", "鼓楼区"), ("Jianye", "建邺区")], "Xiamen": [("Siming", "思明区"), ("Huli", "湖里区")]}
CN_CITY_INFO = [("Beijing", "北京市", "100"), ("Shanghai", "上海市", "200"), ("Shenzhen", "深圳市", "518"),
                ("Shenzhen", "深圳市", "518"), ("Guangzhou", "广州市", "510"), ("Hangzhou", "杭州市", "310"),
                ("Chengdu", "成都市", "610"), ("Nanjing", "南京市", "210"), ("Xiamen", "厦门市", "361")]
CN_BLDG1 = ["Kexing", "Tianan", "Chuangye", "Huanqiu", "Zhongguancun", "Shimao", "Yintai", "Jinmao", "Kerry",
            "SOHO", "Shekou", "Haian", "Futian", "Xinghe", "Zhonghai", "Guomao", "Huarun", "Hengtai", "Lujiazui",
            "Dachong", "Zhaoshang", "Baoneng"]
CN_BLDG2 = ["Building", "Tower", "Plaza", "International Center", "Science Park", "Technology Building",
            "Business Center", "Innovation Park"]
RU_STREETS = [("Tverskaya", "Тверская", "ulitsa"), ("Leningradsky", "Ленинградский", "prospekt"),
              ("Novy Arbat", "Новый Арбат", "ulitsa"), ("Presnenskaya", "Пресненская", "naberezhnaya"),
              ("Lesnaya", "Лесная", "ulitsa"), ("Bolshaya Ordynka", "Большая Ордынка", "ulitsa"),
              ("Kutuzovsky", "Кутузовский", "prospekt"), ("Nevsky", "Невский", "prospekt"),
              ("Varshavskoye", "Варшавское", "shosse"), ("Profsoyuznaya", "Профсоюзная", "ulitsa"),
              ("Myasnitskaya", "Мясницкая", "ulitsa"), ("Sadovnicheskaya", "Садовническая", "ulitsa"),
              ("Leninsky", "Ленинский", "prospekt"), ("Bolshaya Morskaya", "Большая Морская", "ulitsa"),
              ("Vozdvizhenka", "Воздвиженка", "ulitsa"), ("Dmitrovskoye", "Дмитровское", "shosse"),
              ("Krasnaya Presnya", "Красная Пресня", "ulitsa"), ("Butyrskaya", "Бутырская", "ulitsa"),
              ("Obrucheva", "Обручева", "ulitsa"), ("Khoroshevskoye", "Хорошёвское", "shosse")]
RU_TYPES = {"ulitsa": ("Street", "ул.", "ul.", "ulitsa"), "prospekt": ("Avenue", "пр-т", "pr-t", "prospekt"),
            "shosse": ("Highway", "ш.", "sh.", "shosse"), "naberezhnaya": ("Embankment", "наб.", "nab.", "naberezhnaya")}
RU_CITIES = [("Moscow", "Москва", "1", ["Moskva"]), ("Moscow", "Москва", "1", ["Moskva"]),
             ("Saint Petersburg", "Санкт-Петербург", "19", ["St. Petersburg", "St Petersburg", "Sankt-Peterburg"]),
             ("Novosibirsk", "Новосибирск", "630", ["Novosibirsk"]),
             ("Yekaterinburg", "Екатеринбург", "620", ["Ekaterinburg"]), ("Kazan", "Казань", "420", ["Kazan"])]
RU_BLDG = ["Business Center Aurora", "BC Lotte Plaza", "Federation Tower", "BC Oruzheyny", "Mercury City Tower",
           "BC Belaya Ploshchad", "BC Tsvetnoy", "BC Krylatsky Hills", "Technopark Strogino", "BC Neva Tower"]
IN_STREETS = [("MG", "Road"), ("Outer Ring", "Road"), ("Hosur", "Road"), ("Andheri Kurla", "Road"), ("Baner", "Road"),
              ("Senapati Bapat", "Marg"), ("Sohna", "Road"), ("Golf Course", "Road"), ("Old Airport", "Road"),
              ("Bandra Kurla Complex", ""), ("Nehru Place", ""), ("Hitech City", "Road"), ("Cunningham", "Road"),
              ("Residency", "Road"), ("Lal Bahadur Shastri", "Marg")]
IN_CITIES = [("Mumbai", "400", "Maharashtra"), ("Bengaluru", "560", "Karnataka"), ("New Delhi", "110", "Delhi"),
             ("Hyderabad", "500", "Telangana"), ("Pune", "411", "Maharashtra"), ("Gurugram", "122", "Haryana")]
IN_BLDG = ["One BKC", "Platina", "Maker Chambers", "DLF Cyber City Building 10", "Embassy Golf Links",
           "Prestige Tech Park", "Cyber Towers", "RMZ Ecoworld", "Nirlon Knowledge Park", "Mindspace Building 9",
           "Raheja Towers", "Salarpuria Sattva", "Unitech Cyber Park", "Kanakia Wall Street"]
NL_STREETS = [("Heren", "gracht"), ("Keizers", "gracht"), ("Strawinsky", "laan"), ("Gustav Mahler", "plein"),
              ("Zuid", "plein"), ("Weena", ""), ("Cool", "singel"), ("Stations", "plein"), ("Barbara Strozzi", "laan"),
              ("Claude Debussy", "laan"), ("Amstel", "plein"), ("Kingsford", "weg"), ("Kalver", "straat"),
              ("Damrak", ""), ("Prins Bernhard", "plein"), ("Schiphol", "boulevard"), ("Beurs", "plein"),
              ("Overschie", "straat"), ("Wilhelmina", "straat"), ("Rijn", "straat")]
NL_CITIES = [("Amsterdam", "10"), ("Amsterdam", "10"), ("Rotterdam", "30"), ("Den Haag", "25"), ("Utrecht", "35"),
             ("Eindhoven", "56")]
COUNTRY_NAMES = {"HK": ["Hong Kong", "HK", "Hong Kong SAR", "Hong Kong S.A.R."],
                 "SG": ["Singapore", "SG", "Republic of Singapore"],
                 "US": ["USA", "United States", "US", "U.S.A.", "United States of America"],
                 "GB": ["United Kingdom", "UK", "U.K.", "England"], "DE": ["Germany", "Deutschland", "DE"],
                 "CY": ["Cyprus", "CY", "Republic of Cyprus"],
                 "AE": ["UAE", "United Arab Emirates", "U.A.E."], "MY": ["Malaysia", "MY"],
                 "CN": ["China", "PRC", "P.R. China", "People's Republic of China", "P.R.C."],
                 "RU": ["Russia", "Russian Federation", "RF"], "IN": ["India"],
                 "NL": ["Netherlands", "The Netherlands", "NL", "Nederland"]}


def floor_fmt(n, rng, style="gen"):
    if style == "hk":
        return pick(rng, ["%d/F" % n, "%d/F" % n, "%dF" % n, "%d/F." % n, "%s Floor" % ordinal(n), "Floor %d" % n])
    if style == "cn":
        return pick(rng, ["%dF" % n, "%d/F" % n, "Floor %d" % n, "%s Floor" % ordinal(n), "%d Floor" % n])
    if style == "my":
        return pick(rng, ["Level %d" % n, "Lvl %d" % n, "Level %d" % n, "%s Floor" % ordinal(n), "Floor %d" % n])
    if style == "de":
        return pick(rng, ["%d. OG" % n, "%d. Etage" % n, "%d. Stock" % n, "%d. Obergeschoss" % n])
    return pick(rng, ["%s Floor" % ordinal(n), "Floor %d" % n, "%s Floor" % ordinal(n), "Fl. %d" % n,
                      "Level %d" % n, "%s Fl" % ordinal(n)])


def unit_fmt(u, rng, des):
    d = pick(rng, des)
    if d == "#":
        return "#" + u
    return d + " " + u


def _join(parts, rng):
    parts = [p for p in parts if p]
    r = rng.random()
    if r < 0.78:
        return ", ".join(parts)
    if r < 0.90:
        return " ".join(parts)
    if r < 0.96:
        return ",".join(parts)
    return " , ".join(parts)


def _pc_gb(rng):
    L = "ABDEFGHJLNPQRSTUWXYZ"
    return str(rng.randrange(1, 10)) + pick(rng, L) + pick(rng, L)


def make_address(cc, rng, unit_mode="opt"):
    """Structured address. unit_mode: 'opt' (country-typical), 'yes' (force unit), 'no'."""
    a = {"cc": cc, "unit": None, "floor": None, "bldg": None, "num": None, "st": None, "area": None,
         "city": None, "pc": None}
    want_unit = {"yes": True, "no": False}.get(unit_mode)
    if cc == "HK":
        a["st"] = pick(rng, HK_STREETS)
        n = rng.randrange(1, 400)
        a["num"] = str(n) if rng.random() < 0.8 else "%d-%d" % (n, n + 2 * rng.randrange(1, 4))
        a["area"] = pick(rng, HK_AREAS)
        a["bldg"] = pick(rng, HK_B1) + " " + pick(rng, HK_B2) + (pick(rng, [" Tower 2", " Tower 1", " Block B", " Phase 2"]) if rng.random() < 0.12 else "")
        a["floor"] = rng.randrange(2, 38)
        if want_unit is not False:
            a["unit"] = pick(rng, ["%d%02d" % (a["floor"], rng.randrange(1, 30)), pick(rng, "ABCDEFGH"), "%02d" % rng.randrange(1, 25)])
    elif cc == "SG":
        a["st"] = pick(rng, SG_STREETS)
        a["num"] = str(rng.randrange(1, 400))
        a["bldg"] = pick(rng, SG_BLDG) if rng.random() < 0.75 else None
        a["pc"] = "%02d%04d" % (rng.randrange(1, 83), rng.randrange(0, 10000))
        a["floor"] = rng.randrange(1, 40)
        if want_unit is not False:
            a["unit"] = "%02d-%02d" % (a["floor"], rng.randrange(1, 90))
    elif cc == "US":
        a["st"] = pick(rng, US_STREETS)
        a["num"] = str(rng.randrange(1, 9999))
        city = pick(rng, US_CITIES)
        a["city"] = city
        a["pc"] = city[3] + "%02d" % rng.randrange(1, 99)
        if want_unit or (want_unit is None and rng.random() < 0.6):
            u = rng.randrange(100, 2400)
            a["unit"] = str(u) if rng.random() < 0.85 else pick(rng, "ABCDEFG")
            if u >= 200 and rng.random() < 0.3 and a["unit"].isdigit():
                a["floor"] = u // 100
    elif cc == "GB":
        a["st"] = pick(rng, GB_STREETS)
        a["num"] = str(rng.randrange(1, 300))
        if rng.random() < 0.1:
            a["num"] = "%s-%d" % (a["num"], int(a["num"]) + rng.randrange(2, 8))
        city = pick(rng, GB_CITIES)
        a["city"] = city
        a["pc"] = pick(rng, city[1]) + " " + _pc_gb(rng)
        a["bldg"] = pick(rng, GB_BLDG) if rng.random() < 0.35 else None
        if want_unit or (want_unit is None and rng.random() < 0.55):
            a["unit"] = str(rng.randrange(1, 60))
            if rng.random() < 0.3:
                a["floor"] = rng.randrange(1, 9)
    elif cc == "DE":
        a["st"] = pick(rng, DE_STREETS)
        a["num"] = str(rng.randrange(1, 240)) + (pick(rng, "abc") if rng.random() < 0.08 else "")
        city = pick(rng, DE_CITIES)
        a["city"] = city
        a["pc"] = city[1] + "%04d" % rng.randrange(0, 10000)
        if want_unit or (want_unit is None and rng.random() < 0.3):
            a["floor"] = rng.randrange(1, 8)
            a["unit"] = "%d%02d" % (a["floor"], rng.randrange(1, 40))
    elif cc == "CY":
        a["st"] = pick(rng, CY_STREETS)
        a["num"] = str(rng.randrange(1, 300))
        city = pick(rng, CY_CITIES)
        a["city"] = city
        a["pc"] = city[1] + "%03d" % rng.randrange(0, 1000)
        a["bldg"] = pick(rng, CY_BLDG) if rng.random() < 0.6 else None
        a["floor"] = rng.randrange(1, 9)
        if want_unit or (want_unit is None and rng.random() < 0.75):
            a["unit"] = "%d%02d" % (a["floor"], rng.randrange(1, 12))
    elif cc == "AE":
        b = pick(rng, AE_BLDG)
        a["bldg"] = b[0]
        a["st"] = b[1]
        a["area"] = b[2]
        a["city"] = b[3]
        a["pc"] = str(rng.randrange(10000, 500000)) if rng.random() < 0.6 else None
        a["floor"] = rng.randrange(1, 45)
        if want_unit is not False:
            a["unit"] = "%d%02d" % (a["floor"], rng.randrange(1, 30))
    elif cc == "MY":
        a["st"] = pick(rng, MY_STREETS)
        a["num"] = str(rng.randrange(1, 300))
        city = pick(rng, MY_CITIES)
        a["city"] = city
        a["pc"] = city[1] + "%03d" % rng.randrange(0, 1000)
        a["bldg"] = pick(rng, MY_BLDG) if rng.random() < 0.7 else None
        a["floor"] = rng.randrange(1, 40)
        if want_unit is not False:
            a["unit"] = "%d-%02d" % (a["floor"], rng.randrange(1, 20))
    elif cc == "CN":
        a["st"] = pick(rng, CN_STREETS)
        a["num"] = str(rng.randrange(1, 3000))
        city = pick(rng, CN_CITY_INFO)
        a["city"] = city
        a["area"] = pick(rng, CN_DISTRICTS.get(city[0], [("Gaoxin", "高新区")]))
        a["pc"] = city[2] + "%03d" % rng.randrange(0, 1000)
        a["bldg"] = pick(rng, CN_BLDG1) + " " + pick(rng, CN_BLDG2) if rng.random() < 0.8 else None
        a["floor"] = rng.randrange(2, 40)
        if want_unit is not False:
            a["unit"] = "%d%02d" % (a["floor"], rng.randrange(1, 30))
    elif cc == "RU":
        a["st"] = pick(rng, RU_STREETS)
        a["num"] = str(rng.randrange(1, 150))
        city = pick(rng, RU_CITIES)
        a["city"] = city
        a["pc"] = (city[2] + "%05d" % rng.randrange(0, 100000))[:6]
        a["bldg"] = pick(rng, RU_BLDG) if rng.random() < 0.25 else None
        if want_unit or (want_unit is None and rng.random() < 0.7):
            a["unit"] = str(rng.randrange(1, 999))
            if rng.random() < 0.4:
                a["floor"] = rng.randrange(1, 20)
    elif cc == "IN":
        a["st"] = pick(rng, IN_STREETS)
        city = pick(rng, IN_CITIES)
        a["city"] = city
        a["pc"] = city[1] + "%03d" % rng.randrange(0, 100)
        a["bldg"] = pick(rng, IN_BLDG) if rng.random() < 0.7 else None
        a["area"] = None
        a["floor"] = rng.randrange(1, 20)
        if want_unit is not False:
            a["unit"] = "%d%02d" % (a["floor"], rng.randrange(1, 30))
    elif cc == "NL":
        a["st"] = pick(rng, NL_STREETS)
        a["num"] = str(rng.randrange(1, 700))
        city = pick(rng, NL_CITIES)
        a["city"] = city
        a["pc"] = city[1] + "%02d" % rng.randrange(0, 100) + pick(rng, "ABCDEGHJKLMNPRSTVWXZ") + pick(rng, "ABCDEGHJKLMNPRSTVWXZ")
        if want_unit or (want_unit is None and rng.random() < 0.35):
            a["floor"] = rng.randrange(1, 12)
            a["unit"] = "%d.%02d" % (a["floor"], rng.randrange(1, 30))
    return a


def with_unit(a, unit, floor):
    b = dict(a)
    b["unit"] = unit
    b["floor"] = floor
    return b


def random_unit_like(a, rng):
    """A different unit in the same building (co-working neighbour / other office)."""
    cc = a["cc"]
    fl = rng.randrange(1, 30)
    if cc == "SG":
        return "%02d-%02d" % (fl, rng.randrange(1, 90)), fl
    if cc == "MY":
        return "%d-%02d" % (fl, rng.randrange(1, 20)), fl
    if cc == "NL":
        return "%d.%02d" % (fl, rng.randrange(1, 30)), fl
    if cc in ("US", "RU", "GB"):
        u = rng.randrange(100, 2400) if cc == "US" else rng.randrange(1, 400)
        return str(u), (u // 100 if cc == "US" and rng.random() < 0.3 else None)
    if cc == "HK" and rng.random() < 0.3:
        return pick(rng, "ABCDEFGH"), fl
    return "%d%02d" % (fl, rng.randrange(1, 30)), fl


def _maybe_typo(s, rng, on):
    return typo(s, rng) if (on and s) else s


def render_address(a, rng, strict=True):
    cc = a["cc"]
    unit, fl, bldg = a["unit"], a["floor"], a["bldg"]
    # non-strict noise decisions
    ty_b = ty_s = False
    alt = False
    if not strict:
        r = rng.random()
        if r < 0.12:
            ty_b = True
        elif r < 0.22:
            ty_s = True
        if rng.random() < 0.08:
            unit = None
        if rng.random() < 0.25:
            alt = True
    if bldg:
        bldg = _maybe_typo(bldg, rng, ty_b)
    if not bldg:
        ty_s = ty_s or ty_b
    ctry = pick(rng, COUNTRY_NAMES[cc]) if rng.random() < 0.45 else None
    if cc == "HK":
        name, typ, suf = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        st = (("No. " if rng.random() < 0.1 else "") + a["num"] + " " + name + " " + pref(rng, STYPE[typ], 0.55)
              + (" " + suf if suf else ""))
        up = unit_fmt(unit, rng, ["Room", "Rm", "Rm.", "Flat", "Unit", "Suite", "RM", "Flat/Rm"]) if unit else None
        fp = floor_fmt(fl, rng, "hk") if fl and (strict or rng.random() < 0.9) and rng.random() > 0.06 else None
        city = pick(rng, ["Hong Kong", "Hong Kong", "HK", "Kowloon, Hong Kong", "Hong Kong SAR", None])
        parts = [up, fp, bldg, st, a["area"], city]
        if rng.random() < 0.12 and up:
            parts = [bldg, up, fp, st, a["area"], city]
        s = _join(parts, rng)
    elif cc == "SG":
        name, typ, suf = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        st = a["num"] + " " + name + " " + pref(rng, STYPE[typ], 0.6) + (" " + suf if suf else "")
        up = None
        if unit:
            up = pick(rng, ["#" + unit, "#" + unit, "#" + unit, "Unit " + unit, "Unit #" + unit])
        pc = a["pc"]
        cl = pick(rng, ["Singapore " + pc, "Singapore " + pc, "S" + pc, "S(" + pc + ")", "SINGAPORE " + pc,
                        "Singapore " + pc + ", Singapore"])
        r = rng.random()
        if r < 0.45:
            parts = [st, up, bldg, cl]
        elif r < 0.75:
            parts = [up, bldg, st, cl]
        else:
            parts = [bldg, st, up, cl]
        s = _join(parts, rng)
        ctry = None
    elif cc == "US":
        d, name, typ = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        st = a["num"] + " " + ((pref(rng, DIRS[d], 0.5) + " ") if d else "") + name + (" " + pref(rng, STYPE[typ], 0.5) if typ else "")
        up = unit_fmt(unit, rng, ["Suite", "Ste", "Ste.", "#", "Unit", "Suite", "STE"]) if unit else None
        fp = floor_fmt(fl, rng) if fl and rng.random() < 0.7 else None
        city = a["city"]
        pc = a["pc"]
        if not strict and rng.random() < 0.2:
            pc = pc + "-" + "%04d" % rng.randrange(10000)
        stl = pick(rng, [city[1] + " " + pc, city[1] + " " + pc, city[2] + " " + pc, city[1] + ", " + pc])
        r = rng.random()
        if r < 0.55:
            parts = [st, up, fp, city[0], stl]
        elif r < 0.8:
            parts = [st + (" " + up if up else ""), city[0], stl]
        else:
            parts = [up, fp, st, city[0], stl]
        s = _join(parts, rng)
    elif cc == "GB":
        name, typ = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        st = a["num"] + " " + name + (" " + pref(rng, STYPE[typ], 0.6) if typ else "")
        up = unit_fmt(unit, rng, ["Suite", "Flat", "Unit", "Office", "Suite", "Ste"]) if unit else None
        fp = floor_fmt(fl, rng) if fl else None
        city = a["city"][0]
        pc = a["pc"]
        pcr = pick(rng, [pc, pc, pc.replace(" ", ""), pc.lower()])
        if not strict and rng.random() < 0.1:
            pcr = None
        r = rng.random()
        if r < 0.7:
            parts = [up, fp, bldg, st, city, pcr]
        else:
            parts = [bldg, up, fp, st, city + " " + (pcr or "")]
        s = _join(parts, rng)
    elif cc == "DE":
        name, typ, comp = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        if typ in ("straße", "Straße"):
            tv = pick(rng, ["straße", "straße", "strasse", "str."])
            if not comp:
                tv = " " + tv.capitalize()
            st = name + tv
        elif typ == "platz":
            st = name + pick(rng, ["platz", "platz", "pl."])
        elif typ:
            st = name + " " + typ
        else:
            st = name
        st = st + " " + a["num"]
        city = a["city"]
        cn = city[0]
        if rng.random() < 0.1:
            cn = deumlaut(cn)
        if not strict and rng.random() < 0.3:
            cn = pick(rng, city[2])
        if rng.random() < 0.1:
            st = deumlaut(st)
        pcl = pick(rng, [a["pc"] + " " + cn, a["pc"] + " " + cn, "D-" + a["pc"] + " " + cn, "DE-" + a["pc"] + " " + cn])
        up = None
        if unit:
            up = unit_fmt(unit, rng, ["Büro", "Raum", "Suite", "Office", "Einheit", "Buero"])
        fp = floor_fmt(fl, rng, "de") if fl and rng.random() < 0.7 else None
        if rng.random() < 0.5:
            parts = [st, up, fp, pcl]
        else:
            parts = [fp, up, st, pcl]
        s = _join(parts, rng)
    elif cc == "CY":
        name, typ = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        tv = pref(rng, STYPE[typ], 0.5)
        st = pick(rng, [name + " " + tv + " " + a["num"], a["num"] + " " + name + " " + tv, name + " " + a["num"],
                        name + " " + tv + ", " + a["num"]])
        up = unit_fmt(unit, rng, ["Office", "Flat", "Suite", "Apt.", "Office No.", "Unit"]) if unit else None
        fp = floor_fmt(fl, rng) if fl and rng.random() < 0.6 else None
        city = a["city"]
        cn = city[0] if (strict or rng.random() < 0.7) else pick(rng, city[2])
        pcl = pick(rng, [a["pc"] + " " + cn, cn + " " + a["pc"], "CY-" + a["pc"] + " " + cn, cn + ", " + a["pc"]])
        r = rng.random()
        if r < 0.6:
            parts = [st, bldg, fp, up, pcl]
        else:
            parts = [up, fp, bldg, st, pcl]
        s = _join(parts, rng)
    elif cc == "AE":
        up = unit_fmt(unit, rng, ["Office", "Office No.", "Unit", "Suite", "Ofc", "Office #"]) if unit else None
        fp = floor_fmt(fl, rng) if fl and rng.random() < 0.5 else None
        b = bldg
        city = a["city"]
        area = a["area"]
        if area == "Jumeirah Lakes Towers" and not strict and rng.random() < 0.5:
            area = pick(rng, ["JLT", "Jumeirah Lake Towers"])
        pob = None
        if a["pc"] and rng.random() < 0.7:
            pob = pick(rng, ["P.O. Box ", "PO Box ", "P.O.Box ", "POB "]) + a["pc"]
        parts = [up, fp, b, a["st"], area, pob, city]
        if rng.random() < 0.3:
            parts = [b, up, fp, a["st"], area, city, pob]
        s = _join(parts, rng)
    elif cc == "MY":
        name, typ = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        st = pick(rng, [a["num"] + ", ", "No. " + a["num"] + ", ", a["num"] + " "]) + pref(rng, MY_TYPES[typ], 0.5) + " " + name
        up = None
        if unit:
            up = pick(rng, ["Suite " + unit, "Unit " + unit, "No. " + unit, unit, "Suite " + unit])
        fp = None
        if fl and rng.random() < 0.6:
            fp = floor_fmt(fl, rng, "my") if (strict or rng.random() < 0.7) else "Tingkat %d" % fl
        city = a["city"]
        state = pick(rng, city[2]) if rng.random() < 0.6 else None
        parts = [up, fp, bldg, st, a["pc"] + " " + city[0], state]
        s = _join(parts, rng)
    elif cc == "CN":
        en, typ, hn, ht = a["st"]
        city = a["city"]
        dist = a["area"]
        if not strict and alt and unit:
            # Chinese-script rendering
            s = city[1] + dist[1] + hn + ht + a["num"] + "号" + (str(unit) + "室" if unit else "")
            return s
        en = _maybe_typo(en, rng, ty_s)
        st = pick(rng, ["No. " + a["num"] + " ", a["num"] + " ", "No." + a["num"] + ", "]) + en + " " + pref(rng, STYPE[typ], 0.5)
        up = unit_fmt(unit, rng, ["Room", "Rm.", "Rm", "Unit", "Suite", "Room"]) if unit else None
        fp = floor_fmt(fl, rng, "cn") if fl and rng.random() < 0.7 else None
        dn = pick(rng, [dist[0] + " District", dist[0] + " Dist.", dist[0], dist[0] + " District"])
        cn = pick(rng, [city[0], city[0] + " City", city[0]])
        pc = a["pc"] if rng.random() < 0.6 else None
        r = rng.random()
        if r < 0.6:
            parts = [up, fp, bldg, st, dn, cn + (" " + pc if pc else "")]
        else:
            parts = [bldg, up, fp, st, dn, cn, pc]
        s = _join(parts, rng)
    elif cc == "RU":
        lat, cyr, typ = a["st"]
        tinfo = RU_TYPES[typ]
        city = a["city"]
        if not strict and alt:
            if rng.random() < 0.5:
                # Cyrillic
                parts = [tinfo[1] + " " + cyr, "д. " + a["num"], ("офис " + unit) if unit else None, city[1], a["pc"]]
                if rng.random() < 0.5:
                    parts = [a["pc"], "г. " + city[1], tinfo[1] + " " + cyr, "д. " + a["num"],
                             ("оф. " + unit) if unit else None]
                return _join(parts, rng)
            parts = [tinfo[2] + " " + lat, "d. " + a["num"], ("of. " + unit) if unit else None,
                     pick(rng, city[3]), a["pc"]]
            return _join(parts, rng)
        lat = _maybe_typo(lat, rng, ty_s)
        tv = tinfo[0]
        tvv = pref(rng, STYPE[tv], 0.55)
        st = pick(rng, [a["num"] + " " + lat + " " + tvv, lat + " " + tvv + ", " + a["num"], lat + " " + tvv + " " + a["num"]])
        up = unit_fmt(unit, rng, ["Office", "office", "Of.", "Room", "Suite", "Office No."]) if unit else None
        fp = floor_fmt(fl, rng) if fl else None
        cn = city[0]
        if cn == "Saint Petersburg":
            cn = pick(rng, ["Saint Petersburg", "St. Petersburg", "St Petersburg"])
        r = rng.random()
        if r < 0.6:
            parts = [st, up, fp, bldg, cn, a["pc"]]
        else:
            parts = [up, fp, bldg, st, cn + " " + a["pc"]]
        s = _join(parts, rng)
    elif cc == "IN":
        name, typ = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        st = name + (" " + pref(rng, STYPE[typ], 0.6) if typ else "")
        up = unit_fmt(unit, rng, ["Office No.", "Office", "Unit", "Suite", "#", "Unit No."]) if unit else None
        fp = floor_fmt(fl, rng) if fl and rng.random() < 0.7 else None
        city = a["city"]
        cl = pick(rng, [city[0] + " " + a["pc"], city[0] + " - " + a["pc"], city[0] + "-" + a["pc"], city[0] + ", " + a["pc"]])
        state = city[2] if rng.random() < 0.5 else None
        parts = [up, fp, bldg, st, cl, state]
        s = _join(parts, rng)
    else:  # NL
        name, typ = a["st"]
        name = _maybe_typo(name, rng, ty_s)
        if typ == "straat":
            st = name + pick(rng, ["straat", "straat", "str."])
        elif typ == "boulevard":
            st = name + "boulevard"
        else:
            st = name + typ
        st = st + " " + a["num"]
        pc = a["pc"]
        pcr = pick(rng, [pc[:4] + " " + pc[4:], pc[:4] + " " + pc[4:], pc, pc[:4] + " " + pc[4:].lower()])
        up = None
        if unit:
            up = pick(rng, ["unit " + unit, "Unit " + unit, "suite " + unit, "Suite " + unit])
        fp = floor_fmt(fl, rng) if fl and rng.random() < 0.3 else None
        parts = [st, up, fp, pcr + " " + a["city"][0]]
        s = _join(parts, rng)
    if ctry:
        s = s + (", " if rng.random() < 0.85 else " ") + ctry
    return case_var(s, rng, 0.12, 0.04)


# ----------------------------------------------------------------------------
# domains, e-mail, websites

TLDS = {"HK": [(".com.hk", 4), (".hk", 2), (".com", 4)], "SG": [(".com.sg", 4), (".sg", 2), (".com", 4)],
        "CN": [(".cn", 3), (".com.cn", 3), (".com", 3), (".net", 1)], "RU": [(".ru", 7), (".com", 2), (".рф", 0)],
        "AE": [(".ae", 3), (".com", 6)], "US": [(".com", 7), (".io", 2), (".ai", 1), (".net", 1)],
        "GB": [(".co.uk", 5), (".uk", 1), (".com", 4)], "DE": [(".de", 7), (".com", 3)],
        "CY": [(".com.cy", 3), (".com", 5), (".eu", 2)], "MY": [(".com.my", 5), (".my", 1), (".com", 4)],
        "IN": [(".in", 4), (".co.in", 3), (".com", 4)], "NL": [(".nl", 7), (".com", 3)]}
FREEMAIL = {"CN": [("qq.com", 35), ("163.com", 30), ("126.com", 12), ("sina.com", 5), ("foxmail.com", 5),
                   ("gmail.com", 8), ("outlook.com", 5), ("aliyun.com", 3)],
            "RU": [("mail.ru", 35), ("yandex.ru", 30), ("gmail.com", 15), ("bk.ru", 5), ("list.ru", 5),
                   ("inbox.ru", 5), ("rambler.ru", 3), ("ya.ru", 3)],
            "HK": [("gmail.com", 50), ("yahoo.com.hk", 15), ("netvigator.com", 12), ("outlook.com", 10),
                   ("hotmail.com", 10), ("qq.com", 5)],
            "DE": [("gmx.de", 25), ("web.de", 25), ("t-online.de", 15), ("gmail.com", 25), ("outlook.de", 10)],
            "SG": [("gmail.com", 55), ("singnet.com.sg", 10), ("yahoo.com.sg", 10), ("hotmail.com", 10), ("outlook.com", 15)],
            "MY": [("gmail.com", 60), ("yahoo.com", 15), ("hotmail.com", 10), ("streamyx.com", 5), ("outlook.com", 10)],
            "IN": [("gmail.com", 60), ("yahoo.co.in", 15), ("rediffmail.com", 10), ("outlook.com", 10), ("hotmail.com", 5)],
            "*": [("gmail.com", 55), ("outlook.com", 14), ("hotmail.com", 10), ("yahoo.com", 9), ("icloud.com", 5),
                  ("protonmail.com", 4), ("proton.me", 3)]}


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch in " -&":
            out.append(" ")
    return " ".join("".join(out).split())


class Ctx:
    """Global uniqueness registries and hub pools."""

    def __init__(self, n, rng):
        self.n = n
        self.rng = rng
        self.domains = set()
        self.phones = set()
        self.regids = set()
        self.cards = set()
        self.ssh = set()
        self.addr_keys = set()
        self.ip_used = set()
        self.blocks_used = set()
        self.v6_used = set()
        self.build_hubs()

    # ---------------- unique values
    def domain(self, cc, words):
        rng = self.rng
        base = slugify(words)
        toks = base.split() or ["co"]
        for attempt in range(50):
            r = rng.random()
            if r < 0.4:
                lab = "".join(toks[:2])
            elif r < 0.7:
                lab = "-".join(toks[:2])
            elif r < 0.85:
                lab = toks[0] + pick(rng, ["tech", "group", "global", "hk", "asia", "cloud", "ai", "net", "corp", "intl"])
            else:
                lab = "".join(t[0] for t in toks) + toks[-1]
            if attempt > 3:
                lab += str(rng.randrange(2, 999))
            tld = wpick(rng, [t for t in TLDS[cc] if t[1] > 0])
            d = lab[:40] + tld
            if d not in self.domains and len(lab) >= 2:
                self.domains.add(d)
                return d
        raise RuntimeError("domain space")

    def phone(self, cc, mobile=None):
        while True:
            p = make_phone(cc, self.rng, mobile)
            k = (p[0], p[1] + p[2])
            if k not in self.phones:
                self.phones.add(k)
                return p

    def card(self):
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
        while True:
            c = "".join(al[self.rng.randrange(62)] for _ in range(16))
            if c not in self.cards:
                self.cards.add(c)
                return c

    def sshkey(self):
        al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        while True:
            k = "SHA256:" + "".join(al[self.rng.randrange(64)] for _ in range(43))
            if k not in self.ssh:
                self.ssh.add(k)
                return k

    def regid(self, cc):
        rng = self.rng
        while True:
            if cc == "HK":
                v = str(rng.randrange(1000000, 79999999))
                disp = v
            elif cc == "SG":
                v = "%d%05d%s" % (rng.randrange(2005, 2025), rng.randrange(0, 100000), pick(rng, "ACDEGHKMNRWZ"))
                disp = v
            elif cc == "US":
                v = "%02d%07d" % (rng.randrange(10, 99), rng.randrange(0, 10000000))
                disp = v[:2] + "-" + v[2:]
            elif cc == "GB":
                v = ("%08d" % rng.randrange(1, 16000000)) if rng.random() < 0.9 else "SC%06d" % rng.randrange(100000, 800000)
                disp = v
            elif cc == "DE":
                court = pick(rng, ["B", "", "", ""])
                num = rng.randrange(10000, 260000)
                v = "HRB%d%s" % (num, court)
                disp = "HRB %d%s" % (num, (" " + court) if court else "")
            elif cc == "CY":
                num = rng.randrange(100000, 460000)
                v = "HE%d" % num
                disp = "HE %d" % num if rng.random() < 0.6 else v
            elif cc == "AE":
                pre = pick(rng, ["", "", "DMCC", "IFZA", "RAKEZ", "SAIF"])
                num = rng.randrange(100000, 9999999)
                v = pre + str(num)
                disp = (pre + "-" + str(num)) if pre else str(num)
            elif cc == "MY":
                yr = rng.randrange(2000, 2025)
                num = rng.randrange(100000, 1500000)
                v = "%d01%06d" % (yr, num % 1000000)
                disp = v + (" (%d-%s)" % (num, pick(rng, "AKDHPTUVWX")) if rng.random() < 0.5 else "")
            elif cc == "CN":
                al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
                v = "91" + pick(rng, ["110", "310", "440", "330", "510", "420", "320", "350"]) + "%03d" % rng.randrange(0, 1000) + "".join(pick(rng, al) for _ in range(10))
                disp = v
            elif cc == "RU":
                v = "1" + "%02d" % rng.randrange(2, 24) + "77" + "%08d" % rng.randrange(0, 100000000)
                disp = v
            elif cc == "IN":
                v = "U72900%s%dPTC%06d" % (pick(rng, ["MH", "KA", "DL", "TG", "HR"]), rng.randrange(2000, 2024), rng.randrange(0, 1000000))
                disp = v
            else:  # NL
                v = "%08d" % rng.randrange(10000000, 99999999)
                disp = v
            key = v.upper()
            if key not in self.regids:
                self.regids.add(key)
                return {"cc": cc, "v": v, "disp": disp}

    def uniq_address(self, cc, unit_mode="opt"):
        for _ in range(200):
            a = make_address(cc, self.rng, unit_mode)
            st = a["st"]
            k = (cc, str(st), a["bldg"], a["num"], a["unit"], a["city"][0] if isinstance(a["city"], tuple) else a["city"])
            if k not in self.addr_keys:
                self.addr_keys.add(k)
                return a
        return a

    # ---------------- IPs
    def _rand_block(self, firsts):
        rng = self.rng
        while True:
            b = (pick(rng, firsts), rng.randrange(0, 256), rng.randrange(0, 256))
            if b not in self.blocks_used:
                self.blocks_used.add(b)
                return b

    def build_hubs(self):
        rng = self.rng
        n = self.n
        host_firsts = [45, 103, 185, 194, 91, 138, 139, 146, 154, 167, 176, 192, 209, 212, 217]
        res_firsts = [1, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88,
                      89, 90, 93, 94, 95, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121,
                      122, 123, 124, 125, 171, 175, 178, 180, 182, 183, 188, 202, 210, 211, 213, 218, 219, 220,
                      221, 222, 223, 24, 50, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 108, 174]
        self.host_firsts = host_firsts
        self.res_firsts = res_firsts
        # cloud NAT egress: few addresses shared by very many customers (some in one /24)
        cloud_blocks = [(52, rng.randrange(256), rng.randrange(256)), (34, rng.randrange(256), rng.randrange(256)),
                        (47, rng.randrange(256), rng.randrange(256)), (20, rng.randrange(256), rng.randrange(256))]
        for b in cloud_blocks:
            self.blocks_used.add(b)
        self.cloud = []
        for i in range(7):
            b = cloud_blocks[i % len(cloud_blocks)]
            self.cloud.append("%d.%d.%d.%d" % (b + (rng.randrange(1, 255),)))
        self.cloud_w = [(ip, 1.0 / (i + 1) ** 0.7) for i, ip in enumerate(self.cloud)]
        # VPN exits
        self.vpn = []
        nv = max(25, n // 350)
        vblocks = [self._rand_block(host_firsts) for _ in range(max(6, nv // 6))]
        for i in range(nv):
            b = pick(rng, vblocks)
            self.vpn.append("%d.%d.%d.%d" % (b + (rng.randrange(1, 255),)))
        self.vpn_w = WTable([(ip, 1.0 / (i + 1) ** 0.8) for i, ip in enumerate(self.vpn)])
        # mobile CGNAT gateways
        nm = max(40, n // 150)
        mblocks = [self._rand_block(res_firsts) for _ in range(max(8, nm // 12))]
        self.cgnat = ["%d.%d.%d.%d" % (pick(rng, mblocks) + (rng.randrange(1, 255),)) for _ in range(nm)]
        # busy ISP /24s (distinct hosts, strangers share the /24)
        self.isp_blocks = [self._rand_block(res_firsts) for _ in range(max(60, n // 40))]
        self.isp_used = {}
        # busy hosting /24s (random hosts, occasional exact reuse)
        self.host_blocks = [self._rand_block(host_firsts) for _ in range(max(40, n // 120))]
        # mobile IPv6 /48s shared by many (different /64s)
        self.v6_mobile = ["%s:%x:%x" % (pick(rng, ["2409:8a00", "240e:3b0", "2a02:8108", "2600:1700", "2405:200"]).split(":")[0],
                                          rng.randrange(0x100, 0xffff), rng.randrange(0, 0xffff)) for _ in range(12)]

    def ip_unique_res(self):
        rng = self.rng
        while True:
            ip = "%d.%d.%d.%d" % (pick(rng, self.res_firsts), rng.randrange(256), rng.randrange(256), rng.randrange(1, 255))
            b = tuple(int(x) for x in ip.split(".")[:3])
            if ip not in self.ip_used and b not in self.blocks_used:
                self.ip_used.add(ip)
                return ip

    def ip_noise(self, vpn_bias=1.0):
        rng = self.rng
        if vpn_bias > 1.0 and rng.random() < 0.1 * (vpn_bias - 1.0):
            return self.vpn_w.draw(rng)
        r = rng.random()
        if r < 0.36:
            return self.ip_unique_res()
        if r < 0.50:
            bi = rng.randrange(len(self.isp_blocks))
            b = self.isp_blocks[bi]
            used = self.isp_used.setdefault(bi, set())
            for _ in range(20):
                h = rng.randrange(1, 255)
                if h not in used:
                    used.add(h)
                    return "%d.%d.%d.%d" % (b + (h,))
            return self.ip_unique_res()
        if r < 0.66:
            return pick(rng, self.cgnat)
        if r < 0.80:
            return self.vpn_w.draw(rng)
        if r < 0.95:
            return wpick(rng, self.cloud_w)
        b = pick(rng, self.host_blocks)
        return "%d.%d.%d.%d" % (b + (rng.randrange(1, 255),))

    def v6_noise(self):
        rng = self.rng
        if rng.random() < 0.4:
            p = pick(rng, self.v6_mobile)
        else:
            while True:
                p = "%s:%x:%x" % (pick(rng, ["2a02", "2a01", "2001", "2400", "2403", "2406", "240e", "2409", "2600", "2604", "2607"]),
                                  rng.randrange(0x100, 0xffff), rng.randrange(0, 0xffff))
                if p not in self.v6_used:
                    self.v6_used.add(p)
                    break
        return "%s:%x:%x:%x:%x:%x" % (p, rng.randrange(0, 0xffff), rng.randrange(0, 0xffff), rng.randrange(0, 0xffff),
                                       rng.randrange(0, 0xffff), rng.randrange(1, 0xffff))

    def net_block(self):
        return self._rand_block(self.host_firsts + self.res_firsts[:20])

    def net_v6(self):
        rng = self.rng
        while True:
            p = "%s:%x:%x" % (pick(rng, ["2a0e", "2a03", "2a05", "2a06", "2401", "2402", "2404", "2407", "2602", "2605", "2620"]),
                              rng.randrange(0x100, 0xffff), rng.randrange(0, 0xffff))
            if p not in self.v6_used:
                self.v6_used.add(p)
                return p


def render_v6(addr, rng, strict=True):
    r = rng.random()
    if r < 0.85:
        return addr
    if r < 0.95:
        return addr.upper()
    # expanded form
    parts = addr.split(":")
    if "" in parts:
        i = parts.index("")
        parts = parts[:i] + ["0"] * (8 - (len(parts) - 1)) + parts[i + 1:]
    return ":".join(p.zfill(4) for p in parts)


def render_email(local, domain, rng, strict=True):
    d = domain
    if rng.random() < 0.06:
        d = d.upper()
    if not strict and rng.random() < 0.08 and not d.startswith("mail."):
        d = "mail." + d
    return local + "@" + d


def render_website(domain, rng, strict=True):
    d = domain
    r = rng.random()
    if r < 0.25:
        s = "https://www." + d
    elif r < 0.40:
        s = "https://" + d + "/"
    elif r < 0.52:
        s = "www." + d
    elif r < 0.62:
        s = d
    elif r < 0.72:
        s = "http://www." + d + "/"
    elif r < 0.80:
        s = "https://www." + d + pick(rng, ["/en/", "/about-us", "/index.html", "/contact", "/en-us/home"])
    elif r < 0.88:
        s = "https://" + pick(rng, ["en.", "shop.", "portal.", "cn.", "global."]) + d
    elif r < 0.94:
        s = "HTTPS://WWW." + d.upper()
    else:
        s = "http://" + d + "/?lang=en"
    return s


def person_local(p, rng):
    """An e-mail local part derived from a person."""
    c = p["c"]
    if c == "zh":
        sur = p["s"][0].lower()
        giv = "".join(x[0] for x in p["g"])
        return pick(rng, [giv + "." + sur, sur + "." + giv, sur + giv, giv[0] + sur, sur + "_" + giv])
    if c == "yue":
        sur = p["s"][0].lower()
        giv = "".join(x[0].lower() for x in p["g"])
        e = (p.get("e") or "").lower()
        return pick(rng, [(e or giv) + "." + sur, sur + giv, ((e or giv)[0]) + sur])
    if c == "sgc":
        return p["s"].lower() + "".join(x.lower() for x in p["g"])
    if c == "ru":
        fn = p["f"][1][0].lower()
        sn = p["s"][1][0].lower() + ("a" if p["sex"] == "f" else "")
        return pick(rng, [fn + "." + sn, fn[0] + "." + sn, sn])
    if c == "ar":
        fn = p["f"][0].lower()
        fam = p["fam"][0].lower().replace(" ", "").replace("-", "")
        return pick(rng, [fn + "." + fam, fn + fam, fn[0] + fam])
    if c == "ms":
        return p["f"][0].lower().replace(" ", ".")
    fn = deumlaut(p["f"][0]).lower()
    ln = deumlaut(p["l"][0]).lower().replace(" ", "").replace("'", "")
    return pick(rng, [fn + "." + ln, fn[0] + ln, fn, fn + ln])


# ----------------------------------------------------------------------------
# country profiles

LEGIT_CC = [("US", 17), ("CN", 13), ("HK", 10), ("GB", 8), ("SG", 8), ("DE", 8), ("AE", 6), ("RU", 6), ("MY", 5),
            ("CY", 4), ("IN", 8), ("NL", 7)]
CULTURES = {"CN": [("zh", 95), ("en", 2), ("yue", 3)],
            "HK": [("yue", 65), ("zh", 18), ("en", 10), ("in", 4), ("sgc", 3)],
            "SG": [("sgc", 55), ("in", 15), ("ms", 8), ("en", 14), ("zh", 8)],
            "AE": [("ar", 50), ("in", 25), ("en", 10), ("ru", 6), ("zh", 5), ("el", 1), ("de", 3)],
            "RU": [("ru", 96), ("en", 2), ("ar", 2)],
            "US": [("en", 72), ("zh", 8), ("in", 9), ("ru", 3), ("ar", 3), ("de", 3), ("yue", 2)],
            "GB": [("en", 74), ("in", 10), ("zh", 5), ("ar", 4), ("ru", 4), ("el", 3)],
            "DE": [("de", 82), ("en", 5), ("ru", 5), ("zh", 4), ("ar", 4)],
            "CY": [("el", 60), ("ru", 30), ("en", 8), ("ar", 2)],
            "MY": [("ms", 50), ("sgc", 35), ("in", 15)], "IN": [("in", 100)],
            "NL": [("nl", 82), ("en", 10), ("de", 4), ("in", 4)]}
AGENT_RATE = {"HK": 0.50, "SG": 0.45, "US": 0.42, "GB": 0.40, "CY": 0.50, "AE": 0.30, "MY": 0.35, "CN": 0.15,
              "RU": 0.10, "DE": 0.05, "IN": 0.08, "NL": 0.20}
COWORK_RATE = {"HK": 0.12, "SG": 0.15, "US": 0.14, "GB": 0.18, "CY": 0.08, "AE": 0.35, "MY": 0.12, "CN": 0.10,
               "RU": 0.08, "DE": 0.15, "IN": 0.15, "NL": 0.15}
N_AGENTS = {"HK": 9, "SG": 6, "US": 7, "GB": 5, "CY": 5, "AE": 4, "MY": 4, "CN": 3, "RU": 3, "DE": 2, "IN": 2, "NL": 3}
N_COWORK = {"HK": 6, "SG": 6, "US": 8, "GB": 6, "CY": 3, "AE": 8, "MY": 4, "CN": 5, "RU": 3, "DE": 4, "IN": 4, "NL": 4}
FREEMAIL_RATE = {"CN": 0.55, "RU": 0.45, "HK": 0.35, "IN": 0.35, "MY": 0.40}


class Hubs:
    def __init__(self, ctx):
        rng = ctx.rng
        self.agents = {}
        self.cowork = {}
        for cc, k in N_AGENTS.items():
            lst = []
            for i in range(k):
                a = ctx.uniq_address(cc, "yes")
                ph = ctx.phone(cc, mobile=False)
                cul = wpick(rng, CULTURES[cc])
                noms = [make_person(cul, rng) for _ in range(rng.randrange(1, 4))]
                lst.append({"addr": a, "phone": ph, "noms": noms, "w": rng.uniform(0.3, 2.0) / (i + 1) ** 0.5})
            self.agents[cc] = lst
        for cc, k in N_COWORK.items():
            lst = []
            for i in range(k):
                a = ctx.uniq_address(cc, "no")
                lst.append({"addr": a, "phone": ctx.phone(cc, mobile=False), "w": rng.uniform(0.5, 2.0)})
            self.cowork[cc] = lst
        self.agent_t = {cc: WTable([(x, x["w"]) for x in lst]) for cc, lst in self.agents.items()}
        self.cowork_t = {cc: WTable([(x, x["w"]) for x in lst]) for cc, lst in self.cowork.items()}


# ----------------------------------------------------------------------------
# customers


def base_record(ctx, hubs, cc, rng, company, is_member=False):
    """Fill a customer with its own (non-shared) values plus hub noise.

    Returns a dict of field -> value, using the keys of the output format.
    Fields may be overwritten later by network-shared values.
    """
    rec = {"name": render_company(company, rng), "country": cc}
    if rng.random() < 0.86:
        rid = ctx.regid(cc)
        rec["registration_id"] = rid["disp"]
        rec["_rid"] = rid
    cul_t = CULTURES[cc]
    # directors
    dirs = []
    using_agent = False
    r = rng.random()
    addr_kind = None
    if r < AGENT_RATE[cc]:
        addr_kind = "agent"
    elif r < AGENT_RATE[cc] + COWORK_RATE[cc]:
        addr_kind = "cowork"
    else:
        addr_kind = "own"
    agent = None
    if rng.random() < 0.93:
        if addr_kind == "agent":
            agent = hubs.agent_t[cc].draw(rng)
            rec["address"] = render_address(agent["addr"], rng, True)
            using_agent = True
        elif addr_kind == "cowork":
            cw = hubs.cowork_t[cc].draw(rng)
            u, fl = random_unit_like(cw["addr"], rng)
            a = with_unit(cw["addr"], u if rng.random() < 0.85 else None, fl)
            rec["address"] = render_address(a, rng, True)
            if rng.random() < 0.35:
                rec["phone"] = render_phone(cw["phone"], rng, True, cc)
        else:
            rec["address"] = render_address(ctx.uniq_address(cc), rng, True)
    people = []
    if rng.random() < 0.85:
        k = wpick(rng, [(1, 55), (2, 30), (3, 12), (4, 3)])
        for _ in range(k):
            if rng.random() < 0.07:
                p = pick(rng, COMMON_PEOPLE)
            else:
                p = make_person(wpick(rng, cul_t), rng)
            people.append(p)
            dirs.append(render_person(p, rng, True))
        if using_agent and rng.random() < 0.12:
            dirs.append(render_person(pick(rng, agent["noms"]), rng, True))
        rec["directors"] = dirs
    if rng.random() < 0.38:
        own = []
        for _ in range(wpick(rng, [(1, 70), (2, 25), (3, 5)])):
            rr = rng.random()
            if rr < 0.45 and people:
                own.append(render_person(pick(rng, people), rng, True))
            elif rr < 0.75:
                own.append(render_person(make_person(wpick(rng, cul_t), rng), rng, True))
            else:
                own.append(render_holding(holding_company(rng), rng))
        rec["owners"] = own
    # email / website
    fm_rate = FREEMAIL_RATE.get(cc, 0.30)
    own_domain = None
    r = rng.random()
    if r < 0.90:
        if rng.random() < fm_rate:
            fm = wpick(rng, FREEMAIL.get(cc, FREEMAIL["*"]))
            if people and rng.random() < 0.5:
                loc = person_local(people[0], rng)
            else:
                loc = slugify(company.get("brand", "co")).replace(" ", "") or "office"
            if rng.random() < 0.7:
                loc += str(rng.randrange(1, 9999))
            rec["email"] = loc + "@" + fm
        else:
            own_domain = ctx.domain(cc, company.get("brand", "co") + " " + company["core"].split()[-1])
            if people and rng.random() < 0.3:
                loc = person_local(people[0], rng)
            else:
                loc = pick(rng, ["info", "contact", "admin", "office", "sales", "hello", "support", "ops", "billing",
                                 "it", "accounts", "mail"])
            rec["email"] = render_email(loc, own_domain, rng)
    if own_domain and rng.random() < 0.75:
        rec["website"] = render_website(own_domain, rng)
    elif rng.random() < 0.07:
        slug = slugify(company.get("brand", "co")).replace(" ", "")
        rec["website"] = pick(rng, ["https://www.facebook.com/", "https://facebook.com/", "https://www.linkedin.com/company/",
                                    "linkedin.com/company/", "https://sites.google.com/view/"]) + slug + str(rng.randrange(1, 999))
    # phone
    if "phone" not in rec and rng.random() < 0.82:
        if using_agent and rng.random() < 0.28:
            rec["phone"] = render_phone(agent["phone"], rng, True, cc)
        else:
            rec["phone"] = render_phone(ctx.phone(cc), rng, True, cc)
    if rng.random() < 0.75:
        rec["payment_fingerprint"] = ctx.card()
    # ips
    if rng.random() < 0.90:
        ips = []
        for _ in range(wpick(rng, [(1, 45), (2, 32), (3, 15), (4, 8)])):
            ips.append(ctx.ip_noise(2.0 if is_member else 1.0))
        if rng.random() < 0.15:
            ips.append(ctx.v6_noise())
        rec["ips"] = ips
    if rng.random() < 0.65:
        rec["ssh_keys"] = [ctx.sshkey() for _ in range(wpick(rng, [(1, 60), (2, 28), (3, 12)]))]
    return rec


ORIGINS = [("CN", 55), ("RU", 25), ("HK", 10), ("AE", 10)]
ORIGIN_JUR = {"CN": [("HK", 35), ("SG", 15), ("MY", 10), ("AE", 8), ("US", 10), ("GB", 10), ("CY", 2), ("CN", 10)],
              "RU": [("CY", 25), ("AE", 25), ("HK", 10), ("GB", 10), ("US", 10), ("RU", 10), ("DE", 5), ("SG", 5)],
              "HK": [("HK", 60), ("SG", 15), ("GB", 10), ("US", 15)],
              "AE": [("AE", 60), ("GB", 10), ("CY", 10), ("MY", 10), ("HK", 10)]}
ORIGIN_CUL = {"CN": [("zh", 75), ("yue", 10), ("sgc", 10), ("en", 5)], "RU": [("ru", 85), ("el", 10), ("en", 5)],
              "HK": [("yue", 80), ("zh", 20)], "AE": [("ar", 75), ("in", 20), ("en", 5)]}
ORIGIN_PHONE = {"CN": [("HK", 40), ("CN", 60)], "RU": [("RU", 60), ("CY", 20), ("AE", 20)], "HK": [("HK", 1)],
                "AE": [("AE", 1)]}

SIZE_W = [(2, 30), (3, 24), (4, 15), (5, 10), (6, 7), (7, 3.5), (8, 2.5), (9, 1.8), (10, 1.5), (11, 0.8),
          (12, 0.8), (13, 0.5), (14, 0.5), (15, 0.4), (16, 0.3), (17, 0.3), (18, 0.25), (19, 0.2), (20, 0.2)]

# anchor types and their weights (when available)
ANCHOR_W = {"card": 14, "ssh": 16, "phone": 14, "office": 10, "email": 10, "web": 5, "ip": 14, "regid": 0.8,
            "weak": 8}
# extra re-use base probabilities (scaled per network)
EXTRA_P = {"director": 0.45, "owner": 0.25, "phone": 0.35, "office": 0.35, "email": 0.35, "web": 0.25,
           "ip": 0.40, "ssh": 0.40, "card": 0.25}
SINGLE = {"phone": "phone", "office": "address", "email": "email", "web": "website", "card": "payment_fingerprint"}


def build_network(ctx, hubs, size, rng, stats):
    origin = wpick(rng, ORIGINS)
    jur_t = ORIGIN_JUR[origin]
    jurs = []
    for _ in range(wpick(rng, [(1, 40), (2, 40), (3, 20)])):
        j = wpick(rng, jur_t)
        if j not in jurs:
            jurs.append(j)
    disc = rng.uniform(0.25, 1.0)  # sloppiness: how much beyond the anchor members re-use
    cul_t = ORIGIN_CUL[origin]
    stem = None
    if rng.random() < 0.3:
        stem = pick(rng, BRANDS_PY) if origin in ("CN", "HK") else _brand(rng, "US")
    pools = {}
    # nominee directors
    nd = wpick(rng, [(1, 55), (2, 35), (3, 10)])
    pools["director"] = [make_person(wpick(rng, cul_t) if rng.random() < 0.75 else wpick(rng, CULTURES[pick(rng, jurs)]), rng)
                         for _ in range(nd)]
    if rng.random() < 0.6:
        ow = []
        for _ in range(wpick(rng, [(1, 75), (2, 25)])):
            if rng.random() < 0.5:
                ow.append(("h", holding_company(rng, stem)))
            else:
                ow.append(("p", make_person(wpick(rng, cul_t), rng)))
        pools["owner"] = ow
    if rng.random() < 0.85:
        pools["phone"] = [ctx.phone(wpick(rng, ORIGIN_PHONE[origin]) if rng.random() < 0.8 else pick(rng, jurs))
                          for _ in range(wpick(rng, [(1, 70), (2, 30)]))]
    if rng.random() < 0.75:
        offs = []
        for _ in range(wpick(rng, [(1, 75), (2, 25)])):
            occ = pick(rng, jurs) if rng.random() < 0.7 else wpick(rng, ORIGIN_PHONE[origin])
            if rng.random() < 0.4:
                cw = hubs.cowork_t[occ].draw(rng)
                u, fl = random_unit_like(cw["addr"], rng)
                offs.append(with_unit(cw["addr"], u, fl))
            else:
                offs.append(ctx.uniq_address(occ, "yes" if occ not in ("DE", "NL") else "opt"))
        pools["office"] = offs
    if rng.random() < 0.65:
        dcc = pick(rng, jurs)
        d = ctx.domain(dcc, (stem[0] if isinstance(stem, tuple) else stem) if stem else _brand(rng, dcc) + " " + pick(rng, SECTORS))
        pools["email"] = [d]
        if rng.random() < 0.75:
            pools["web"] = [d]
    if rng.random() < 0.8:
        b = ctx.net_block()
        hosts = rng.sample(range(2, 254), wpick(rng, [(1, 35), (2, 35), (3, 20), (4, 10)]))
        ips = ["%d.%d.%d.%d" % (b + (h,)) for h in hosts]
        for ip in ips:
            ctx.ip_used.add(ip)
        pools["ip"] = ips
        pools["_block"] = b
        if rng.random() < 0.25:
            p6 = ctx.net_v6()
            pools["ip"].append("%s:%x::%x" % (p6, rng.randrange(0, 0xffff), rng.randrange(1, 0xffff)))
            pools["_v6"] = p6
    if rng.random() < 0.85:
        pools["ssh"] = [ctx.sshkey() for _ in range(wpick(rng, [(1, 50), (2, 35), (3, 15)]))]
    if rng.random() < 0.7:
        pools["card"] = [ctx.card() for _ in range(wpick(rng, [(1, 70), (2, 30)]))]
    # guarantee at least one anchorable pool
    if not any(k in pools for k in ("card", "ssh", "phone", "office", "email", "ip")):
        pools["ssh"] = [ctx.sshkey()]

    members = []
    # uses: list of (type, value_index, strict)
    for i in range(size):
        m = {"cc": pick(rng, jurs), "uses": [], "extra": {}}
        used_fields = set()
        if i == 0:
            kinds = [k for k in ("card", "ssh", "phone", "office", "email", "web", "ip") if k in pools]
            rng.shuffle(kinds)
            for k in kinds[:wpick(rng, [(1, 40), (2, 60)])]:
                m["uses"].append((k, rng.randrange(len(pools[k])), True))
                if k in SINGLE:
                    used_fields.add(SINGLE[k])
        else:
            # candidate anchors from earlier strict uses
            cands = {}
            for j, pm in enumerate(members):
                for (k, vi, st) in pm["uses"]:
                    if st and k in ANCHOR_W:
                        cands.setdefault(k, []).append((j, vi))
                if pm.get("_rid") is not None:
                    cands.setdefault("regid", []).append((j, None))
            weak = []
            for j, pm in enumerate(members):
                ks = {k: vi for (k, vi, st) in pm["uses"] if st}
                if "director" in ks:
                    if "office" in ks:
                        weak.append((j, "building", ks["director"], ks["office"]))
                    if "ip" in ks and ":" not in pools["ip"][ks["ip"]]:
                        weak.append((j, "ipblock", ks["director"], ks["ip"]))
                    if "owner" in ks:
                        weak.append((j, "owner", ks["director"], ks["owner"]))
            if weak:
                cands["weak"] = weak
            choices = [(k, ANCHOR_W[k]) for k in cands]
            k = wpick(rng, choices)
            stats["anchor_" + k] = stats.get("anchor_" + k, 0) + 1
            if k == "weak":
                j, how, di, oi = pick(rng, cands["weak"])
                m["uses"].append(("director", di, True))
                if how == "building":
                    a = pools["office"][oi]
                    u, fl = random_unit_like(a, rng)
                    while u == a["unit"]:
                        u, fl = random_unit_like(a, rng)
                    m["extra"]["address_obj"] = with_unit(a, u, fl)
                    used_fields.add("address")
                elif how == "ipblock":
                    b = pools["_block"]
                    taken = {int(x.split(".")[3]) for x in pools["ip"] if ":" not in x}
                    h = pick(rng, [x for x in range(2, 254) if x not in taken])
                    m["extra"]["ip_sib"] = "%d.%d.%d.%d" % (b + (h,))
                else:
                    m["uses"].append(("owner", oi, True))
                stats["weak_" + how] = stats.get("weak_" + how, 0) + 1
            elif k == "regid":
                j, _ = pick(rng, cands["regid"])
                m["dup_rid_of"] = j
                m["cc"] = members[j]["cc"]
            else:
                j, vi = pick(rng, cands[k])
                m["uses"].append((k, vi, True))
                if k in SINGLE:
                    used_fields.add(SINGLE[k])
        # extras
        for k, p in EXTRA_P.items():
            if k not in pools or rng.random() >= p * disc:
                continue
            if k in SINGLE and SINGLE[k] in used_fields:
                continue
            if any(u[0] == k for u in m["uses"]) and k not in ("director", "ip", "ssh", "owner"):
                continue
            vi = rng.randrange(len(pools[k]))
            if any(u[0] == k and u[1] == vi for u in m["uses"]):
                continue
            strict = rng.random() >= 0.15 if k in ("director", "owner", "office") else rng.random() >= 0.05
            m["uses"].append((k, vi, strict))
            if k in SINGLE:
                used_fields.add(SINGLE[k])
        members.append(m)
        m["_rid"] = None  # filled when materialised
        # materialise now so later dup-regid anchors can refer to it
        m["rec"] = materialise(ctx, hubs, m, members, pools, rng, stem)
    return members


def materialise(ctx, hubs, m, members, pools, rng, stem):
    cc = m["cc"]
    if m.get("dup_rid_of") is not None:
        src = members[m["dup_rid_of"]]
        company = src["company"]
    else:
        company = make_company(cc, rng, stem if (stem and rng.random() < 0.6) else None)
    m["company"] = company
    rec = base_record(ctx, hubs, cc, rng, company, is_member=True)
    if m.get("dup_rid_of") is not None:
        rid = src["_rid"]
        v = rid["v"]
        # same registration number, typed differently
        disp = pick(rng, [rid["disp"], v, v.lower() if not v.isdigit() else v, rid["disp"].replace(" ", ""),
                          rid["disp"].replace("-", "")])
        rec["registration_id"] = disp
        rec["_rid"] = rid
    m["_rid"] = rec.get("_rid")
    uses = m["uses"]
    # group by type
    dirs_shared, owners_shared, ips_shared, ssh_shared = [], [], [], []
    for (k, vi, st) in uses:
        if k == "director":
            dirs_shared.append(render_person(pools["director"][vi], rng, st))
        elif k == "owner":
            kind, val = pools["owner"][vi]
            owners_shared.append(render_holding(val, rng, st) if kind == "h" else render_person(val, rng, st))
        elif k == "phone":
            rec["phone"] = render_phone(pools["phone"][vi], rng, st, cc)
        elif k == "office":
            rec["address"] = render_address(pools["office"][vi], rng, st)
        elif k == "email":
            loc = pick(rng, ["info", "admin", "ops", "finance", "contact", "it", "support", "billing", "devops", "office"])
            if rng.random() < 0.3:
                loc = person_local(pick(rng, pools["director"]), rng)
            rec["email"] = render_email(loc, pools["email"][vi], rng, st)
        elif k == "web":
            rec["website"] = render_website(pools["web"][vi], rng, st)
        elif k == "ip":
            ip = pools["ip"][vi]
            ips_shared.append(render_v6(ip, rng, st) if ":" in ip else ip)
        elif k == "ssh":
            ssh_shared.append(pools["ssh"][vi])
        elif k == "card":
            rec["payment_fingerprint"] = pools["card"][vi]
    if "address_obj" in m["extra"]:
        rec["address"] = render_address(m["extra"]["address_obj"], rng, True)
    if "ip_sib" in m["extra"]:
        ips_shared.append(m["extra"]["ip_sib"])
    if dirs_shared:
        own = rec.get("directors", [])
        if rng.random() < 0.5:
            own = own[:1]
        else:
            own = []
        d = dirs_shared + own
        rng.shuffle(d)
        rec["directors"] = d
    if owners_shared:
        rec["owners"] = owners_shared + (rec.get("owners", [])[:1] if rng.random() < 0.3 else [])
    if ips_shared:
        noise = rec.get("ips", [])
        noise = noise[:rng.randrange(0, 3)]
        ips = ips_shared + noise
        rng.shuffle(ips)
        rec["ips"] = ips
    if ssh_shared:
        noise = rec.get("ssh_keys", [])
        noise = noise[:1] if rng.random() < 0.4 else []
        keys = ssh_shared + noise
        rng.shuffle(keys)
        rec["ssh_keys"] = keys
    return rec


KEY_ORDER = ["id", "name", "country", "registration_id", "address", "email", "phone", "website",
             "payment_fingerprint", "directors", "owners", "ips", "ssh_keys", "listed"]


def main(argv):
    if len(argv) != 5:
        sys.stderr.write("usage: linkage_gen8.py N SEED OUT.jsonl TRUTH.csv\n")
        return 2
    n = int(argv[1])
    seed = int(argv[2])
    out_path, truth_path = argv[3], argv[4]
    rng = random.Random(seed * 7919 + 8)
    ctx = Ctx(n, rng)
    hubs = Hubs(ctx)
    frac = rng.uniform(0.22, 0.28)
    target = int(round(frac * n))
    rows = []  # (record, party)
    stats = {}
    nets = 0
    members = 0
    pairs = 0
    sizes = []
    while members < target:
        size = wpick(rng, SIZE_W)
        left = target - members
        if left < 2:
            break
        size = min(size, left)
        if left - size == 1:
            size += 1 if size < 20 else -1
        sizes.append(size)
        members += size
    for idx, size in enumerate(sizes):
        ms = build_network(ctx, hubs, size, rng, stats)
        nets += 1
        pairs += size * (size - 1) // 2
        label = "net%05d" % idx
        listed_one = rng.random() < 0.06
        for i, m in enumerate(ms):
            rec = m["rec"]
            if listed_one and i == 0:
                rec["listed"] = True
            rows.append((rec, label))
    n_legit = n - members
    for i in range(n_legit):
        cc = wpick(rng, LEGIT_CC)
        company = make_company(cc, rng)
        rec = base_record(ctx, hubs, cc, rng, company)
        r = rng.random()
        if r < 0.002:
            rec["listed"] = True
        rows.append((rec, None))
    rng.shuffle(rows)
    with open(out_path, "w", encoding="utf-8") as fo, open(truth_path, "w", encoding="utf-8") as ft:
        for i, (rec, label) in enumerate(rows):
            cid = "cus%07d" % (i + 1)
            rec["id"] = cid
            if "listed" not in rec and rng.random() < 0.2:
                rec["listed"] = False
            obj = {}
            for k in KEY_ORDER:
                if k in rec:
                    v = rec[k]
                    if isinstance(v, list):
                        v = [x for x in v if x]
                    obj[k] = v
            fo.write(json.dumps(obj, ensure_ascii=False) + "\n")
            ft.write("%s,%s\n" % (cid, label if label else "solo%07d" % (i + 1)))
    sys.stderr.write("linkage_gen8: N=%d seed=%d networks=%d members=%d legit=%d true_pairs=%d anchors=%s\n" % (
        n, seed, nets, members, n_legit, pairs,
        ",".join("%s:%d" % (k[7:], v) for k, v in sorted(stats.items()) if k.startswith("anchor_"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
