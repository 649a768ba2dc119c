#!/usr/bin/env python3
"""linkage_gen15 -- synthetic customer book of a GPU cloud for the shell-company linkage benchmark.

    python3 linkage_gen15.py N SEED OUT.jsonl TRUTH.csv
        OUT.jsonl   N customer records (schema below), shuffled, unique string ids
        TRUTH.csv   id,party   -- planted parties are net-NNNNNN, everybody else solo-<id>
    GEN15_ARCH_OUT=FILE   also write id,archetype (archetype name or "solo")
    GEN15_CHECK=1         print a fairness check and summary statistics on stderr

Standard library only.  The output depends only on (N, SEED) (string-seeded random.Random, no set
iteration, no hash()).  Every list it needs is embedded; nothing is read at run time.

Record schema: {"id","name","country","registration_id"?,"address"?,"email"?,"phone"?,"website"?,
"payment_fingerprint"?,"directors"?,"owners"?,"ips"?,"ssh_keys"?,"listed"?}; optional fields may be
absent, null, "" or [] depending on the channel that produced the record.

World model
===========
The file is the merged customer table of a GPU cloud ten years after launch.  A customer is a legal
entity or a person, and every record arrived through one of five INTAKE CHANNELS, each with its own
habits.  The same real-world fact therefore looks different depending on who typed it:

  web      self-serve sign-up (2017-2025).  Country from an ISO-2 dropdown; phone as the user typed it
           (E.164, national with trunk prefix, "(0755) 8888-1234", digits with the country code but no
           "+"); free-text single-line address, often missing; registration id optional and sometimes
           junk ("N/A", "000000"); Stripe-like 16-char card fingerprints; full access-log IP history;
           SSH keys pasted from `ssh-keygen -l` ("256 SHA256:... user@host (ED25519)") or bare base64.
  sales    enterprise CRM (2016-2025).  English country names, "+44 (0)20 ..." phones with extensions,
           structured addresses with the country appended, prefixed registration ids ("Company No.",
           "HRB 123456 B", "RCS Paris ..."), honorifics ("Mr.", "Dr.", "Herr"), invoiced (no card).
  market   marketplace resellers (2020-2025).  Upper-case names and addresses, native country names
           or ISO-3, national phone formats, full-width digits, native scripts (hanzi, hangul, kanji,
           Cyrillic, Arabic); many clients billed through the reseller's POOLED payment token and seen
           through the reseller's API gateway IPs; ids carry the reseller code.
  kestrel  the CRM of "Kestrel Compute", a Taipei-based GPU cloud acquired in 2021 (2015-2021
           records).  ISO-3 countries, "FAMILY, Given" names, Wade-Giles for Chinese, Kunrei/"oh"
           spellings for Japanese, McCune-Reischauer for Korean, GOST 7.79 (with ` and ') for
           Cyrillic, "00886-2-..." phones, registration ids without prefixes and with leading zeros
           lost, its own card processor (fingerprints not comparable with the others), MD5 SSH
           fingerprints (not comparable with SHA256 ones), only the last 1-3 login IPs, some UTF-8 /
           cp1254 mojibake ("MÃ¼ller", "Yýlmaz"), "listed" never screened (null).
  partner  CIS / Turkey / Gulf distributor API (2022-2025).  Native country names ("Россия",
           "Türkiye", "Қазақстан", "الإمارات"), Cyrillic and Arabic script names, E.164 phones.

22 jurisdictions (US GB DE NL FR ES CN HK TW SG MY JP KR VN IN RU KZ AE TR CY EE BR), each with its
cities, streets, postcode and phone numbering plans, registry formats, legal forms, free-mail and
ISP-mail domains, IPv4 first octets and IPv6 prefixes, and a mix of name cultures.  People are built
from ~20 name cultures and rendered per record: pinyin / Wade-Giles / Cantonese / Hokkien / hanzi,
Hepburn (macron, plain, "oh"), Kunrei, kanji; Korean common / RR / MR / hangul; Cyrillic with
BGN, ICAO-passport, GOST, German-Duden and "conventional" (Dmitry/Yuri/Eugene) romanisation, Kazakh
letters and "-uly" patronymics; Arabic and Persian variant spellings (Mohammed/Muhammad/Mohd,
Al-/Al /El) and Arabic script; Turkish dotless i with correct and naive upper-casing; German ß/ss
and umlaut folding; Vietnamese with and without diacritics; Spanish double surnames; Dutch
"van den"; Indian initials; Malay "bin/binti"; Greek script for Cypriots; English nicknames,
middle initials and maiden names ("Emily Turner (née Clark)").  Name order, comma forms, family
name upper-casing, honorifics and occasional typos vary by channel.

Logins are simulated per customer from a shared IP universe: residential ISP /24 pools with dynamic
re-assignment (strangers get each other's old addresses), IPv6 privacy addresses rotating inside
one /64 of an ISP /48 shared by many subscribers, mobile carrier-grade NAT pools (public addresses
shared by many, plus leaked 100.64.0.0/10 inside addresses), business /29s carved from shared /24s,
co-working and university NAT egress, commercial VPN endpoints, Tor exits, cloud bastion hosts
(cloud /24s shared by unrelated tenants), CI-runner pools, reseller gateways, leaked private and
loopback addresses.  1 to 40 addresses per customer; IPv4-mapped IPv6, upper-case and fully
expanded IPv6 spellings occur.

PLANTED PARTIES (13-20% of customers, sizes 2..25, heavy-tailed)
----------------------------------------------------------------
  quota_split         a startup opening several self-serve accounts (same founder, card, keys, home IPs)
  acquired_dup        one company present in the Kestrel CRM and again on the main platform
                      (same registry number in another layout, WG vs pinyin directors, 00- vs + phones)
  phoenix             a dormant (often listed) account re-activated under new names years later
  procurement_hub     a restricted buyer (often listed) in CN/RU/HK/KZ/TR/AE with fronts in HK, AE,
                      SG, MY, TR, KZ, CY, EE...; rotating directors, one procurement phone, a bastion
                      host, team SSH keys rotated so fronts share only some, shared VPN exits
  layered_holding     parent -> fronts -> shells; fronts name the parent as owner, shells name their
                      front; shells of different fronts share nothing directly
  daisy_chain         neighbours share exactly one strong fact or two soft facts, fresh per link
  corporate_group     a legitimate multinational: group domain (some subsidiaries on ccTLD look-alike
                      domains instead), parent as owner, SSO egress IPs, occasional corporate card
  nominee_ring        offshore shells behind the same formation agent and nominee directors (decoy-like
                      surface) whose real links are SSH keys, a card, the operator's phone and IPs
  straw_individuals   personal accounts of relatives and employees fronting one operator

FAIRNESS: every party is built on a spanning tree of links; each link carries either one strong
identifier (same non-pooled card on the same processor, same non-public SSH key in a comparable
fingerprint format, same registry number of the same registry) or two distinct specific soft facts
(company domain, non-infrastructure phone, office address with unit, rare-named director/owner,
owner = the other company, exact bastion/office IP, identical free-mail address).  Values on a
link are never dropped by missing-field noise and are rendered without typos or maiden-name swaps
(transliteration, formatting and script changes still apply, as they would for a human reading
two files).  GEN15_CHECK=1 re-derives this from the final canonical data and reports parties
that are not connected (0 expected).

DECOYS (different parties that share things)
--------------------------------------------
  formation agents         registered-office address (+suite), agent phone, corpsec@ mailbox, nominee
                           directors on hundreds of companies, "... Nominees Limited" as owner
  co-working spaces        same building, unit numbers drawn from a small range (collisions), shared
                           egress IP and reception phone
  universities             researchers share the university domain (cs./mails./stu. sub-domains) and NAT IPs
  accountants              clients' accounts opened with the accountant's domain, phone and c/o address;
                           one-person bookkeepers with only 2-3 clients make two-fact coincidences
  marketplace resellers    pooled payment token ("strong" id held by dozens) and gateway IPs
  public SSH keys          keys baked into marketplace images (hundreds of holders) and copied from a CI
                           template / tutorial (8-30 holders each)
  franchises               brand-licensed outlets: same brand website, some brand mailboxes and support line
  family businesses        independent firms of relatives: shared surname, town, sometimes street
  coincidences             common names (Wang Wei, Mohammed Ali, Maria Garcia, Nguyễn Văn Hùng), recycled
                           mobile numbers, re-assigned residential IPs, shared CGNAT/VPN/Tor/CI/cloud /24s and
                           IPv6 /48s, registry numbers re-used by another registry (UK/NL/EE/TW 8-digit,
                           HK/Delaware 7-digit, German HRB numbers of different courts, UAE free-zone
                           licences), ccTLD look-alike domains, junk placeholders ("N/A", "0000000000",
                           "test@test.com", "http://example.com"), disposable and ISP mail domains.
"""


import sys, os, json, random, hashlib, base64, bisect, unicodedata, time, ipaddress

# =============================================================== utilities

class W(object):
    """Weighted table: W([(item, weight), ...])(rng) -> item."""
    __slots__ = ('items', 'cum', 'tot')

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum = []
        c = 0.0
        for p in pairs:
            c += p[1]
            self.cum.append(c)
        self.tot = c

    def __call__(self, rng):
        i = bisect.bisect_right(self.cum, rng.random() * self.tot)
        return self.items[i if i < len(self.items) else -1]


def pick(rng, seq):
    return seq[int(rng.random() * len(seq))]


def zipf_pairs(items, s=1.0, off=1.0):
    return [(it, 1.0 / ((i + off) ** s)) for i, it in enumerate(items)]


_FOLD = str.maketrans({'ß': 'ss', 'ı': 'i', 'đ': 'd', 'Đ': 'D', 'ø': 'o', 'Ø': 'O', 'ł': 'l',
                       'Ł': 'L', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ʻ': "'", 'ʼ': "'"})


def fold(s):
    """Strip diacritics (what a US-centric form or an old database does)."""
    s = s.translate(_FOLD)
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


_DE = str.maketrans({'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue', 'ß': 'ss'})


def de_fold(s):
    return fold(s.translate(_DE))


def tr_upper(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


def moji_1254(s):
    """Turkish text stored as cp1254 and read back as latin-1 (Yılmaz -> Yýlmaz)."""
    try:
        return s.encode('cp1254').decode('latin-1')
    except Exception:
        return s


def moji_utf8(s):
    """UTF-8 read as cp1252 (Müller -> MÃ¼ller)."""
    try:
        return s.encode('utf-8').decode('cp1252')
    except Exception:
        return s


def cap(s):
    return s[:1].upper() + s[1:]


def title_words(s):
    return ' '.join(cap(w.lower()) if w else w for w in s.split(' '))


FW = str.maketrans('0123456789', '０１２３４５６７８９')

# ================================================================ name data
# --- Chinese: hanzi pinyin wade-giles cantonese hokkien weight
ZH_SUR_TXT = """王 Wang Wang Wong Ong 20|李 Li Li Lee Lee 19|张 Zhang Chang Cheung Teo 18|刘 Liu Liu Lau Lau 14
陈 Chen Ch'en Chan Tan 13|杨 Yang Yang Yeung Yeo 8|黄 Huang Huang Wong Ng 7|赵 Zhao Chao Chiu Teo 6|吴 Wu Wu Ng Goh 6
周 Zhou Chou Chow Chew 6|徐 Xu Hsu Tsui Chee 4|孙 Sun Sun Suen Sng 4|马 Ma Ma Ma Beh 4|朱 Zhu Chu Chu Choo 4
胡 Hu Hu Wu Foo 3|郭 Guo Kuo Kwok Quek 3|何 He Ho Ho Ho 3|林 Lin Lin Lam Lim 3|高 Gao Kao Ko Koh 3|罗 Luo Lo Law Loh 3
郑 Zheng Cheng Cheng Tay 3|梁 Liang Liang Leung Neo 2|谢 Xie Hsieh Tse Chia 2|宋 Song Sung Sung Song 2|唐 Tang T'ang Tong Tng 2
许 Xu Hsu Hui Khoo 2|邓 Deng Teng Tang Teng 2|冯 Feng Feng Fung Pang 2|曹 Cao Ts'ao Tso Chou 1.5|彭 Peng P'eng Pang Phang 1.5
曾 Zeng Tseng Tsang Chan 1.5|萧 Xiao Hsiao Siu Seow 1.2|田 Tian T'ien Tin Tian 1|董 Dong Tung Tung Tang 1|潘 Pan P'an Poon Phua 1
袁 Yuan Yüan Yuen Wan 1|蔡 Cai Ts'ai Choi Chua 1|蒋 Jiang Chiang Cheung Chiang 1|余 Yu Yü Yu Ee 1|叶 Ye Yeh Yip Yap 1
程 Cheng Ch'eng Ching Ching 1|苏 Su Su So Soh 1|魏 Wei Wei Ngai Gwee 1|吕 Lü Lü Lui Lu 1|丁 Ding Ting Ting Teng 1
沈 Shen Shen Shum Sim 1|钟 Zhong Chung Chung Cheng 1|崔 Cui Ts'ui Tsui Chui 0.8|谭 Tan T'an Tam Tham 0.8|陆 Lu Lu Luk Lok 0.8
范 Fan Fan Fan Huang 0.8|廖 Liao Liao Liu Leow 0.6|石 Shi Shih Shek Chioh 0.6|金 Jin Chin Kam Kim 0.6|夏 Xia Hsia Ha Hah 0.5
方 Fang Fang Fong Png 0.5|邹 Zou Tsou Chau Chow 0.5|熊 Xiong Hsiung Hung Him 0.4|白 Bai Pai Pak Peh 0.4|孟 Meng Meng Mang Beng 0.4
秦 Qin Ch'in Chun Chin 0.4|邱 Qiu Ch'iu Yau Khoo 0.4|侯 Hou Hou Hau Kow 0.4|江 Jiang Chiang Kong Kang 0.4|薛 Xue Hsüeh Sit Sih 0.3
段 Duan Tuan Tuen Tuan 0.3|雷 Lei Lei Lui Lui 0.3|龙 Long Lung Lung Leng 0.3|黎 Li Li Lai Lai 0.3|陶 Tao T'ao To Toh 0.3
毛 Mao Mao Mo Moh 0.3|顾 Gu Ku Koo Koh 0.2|龚 Gong Kung Kung Kiong 0.2|邵 Shao Shao Shiu Sio 0.2|钱 Qian Ch'ien Chin Chee 0.2
戴 Dai Tai Tai Tay 0.2|严 Yan Yen Yim Giam 0.2|欧阳 Ouyang Ou-yang Au-Yeung Ow-Yang 0.1|司马 Sima Ssu-ma Sze-Ma Si-Ma 0.05
上官 Shangguan Shang-kuan Sheung-Kwun Siang-Kuan 0.03|诸葛 Zhuge Chu-ko Chu-Kot Chu-Kat 0.03"""
# hanzi pinyin wade-giles cantonese weight
ZH_GIV_TXT = """伟 wei wei wai 8|芳 fang fang fong 5|娜 na na na 5|敏 min min man 4|静 jing ching ching 4|丽 li li lai 4
强 qiang ch'iang keung 4|磊 lei lei lui 4|军 jun chün kwan 4|洋 yang yang yeung 3|勇 yong yung yung 3|艳 yan yen yim 3
杰 jie chieh kit 3|涛 tao t'ao to 3|明 ming ming ming 3|超 chao ch'ao chiu 2|秀 xiu hsiu sau 1|霞 xia hsia ha 2|平 ping p'ing ping 2
刚 gang kang kong 2|英 ying ying ying 1|华 hua hua wah 2|建 jian chien kin 1|国 guo kuo kwok 1|志 zhi chih chi 1|文 wen wen man 1
辉 hui hui fai 2|鹏 peng p'eng pang 2|宇 yu yü yu 2|浩 hao hao ho 2|晓 xiao hsiao hiu 0.5|红 hong hung hung 1|海 hai hai hoi 1
峰 feng feng fung 2|东 dong tung tung 1|新 xin hsin san 1|春 chun ch'un chun 1|晨 chen ch'en san 1|嘉 jia chia ka 0.5|俊 jun chün chun 1
欣 xin hsin yan 1|子 zi tzu tsz 0.2|怡 yi yi yi 1|成 cheng ch'eng shing 0.5|德 de te tak 0.3|永 yong yung wing 0.3|立 li li lap 0.3
天 tian t'ien tin 0.3|玉 yu yü yuk 0.5|振 zhen chen chun 0.3|荣 rong jung wing 0.3|思 si ssu sze 0.3|琳 lin lin lam 1|慧 hui hui wai 1
博 bo po pok 0.5|航 hang hang hong 0.5|雪 xue hsüeh suet 0.5|家 jia chia ka 0.3|梓 zi tzu tsz 0.3|涵 han han ham 0.5|睿 rui jui yui 0.5
轩 xuan hsüan hin 0.3|泽 ze tse chak 0.3|凯 kai k'ai hoi 0.5|斌 bin pin pan 1|彬 bin pin pan 0.3|婷 ting t'ing ting 1|颖 ying ying wing 0.5"""


def _parse_rows(txt):
    rows = []
    for chunk in txt.replace('\n', '|').split('|'):
        chunk = chunk.strip()
        if chunk:
            rows.append(chunk.split(' '))
    return rows


ZH_SUR = [(tuple(r[:5]), float(r[5])) for r in _parse_rows(ZH_SUR_TXT)]
ZH_GIV = [(tuple(r[:4]), float(r[4])) for r in _parse_rows(ZH_GIV_TXT)]
SEA_GIVEN = ["Wei Ming", "Chee Keong", "Boon Hock", "Ah Kow", "Siew Ling", "Kok Leong", "Mei Ling", "Hui Min",
             "Kah Wai", "Soon Huat", "Poh Lian", "Eng Hock", "Geok Hoon", "Swee Lan", "Beng Huat", "Chin Hwa",
             "Yong Sheng", "Jun Jie", "Xin Yi", "Jia Hui", "Wei Liang", "Zhi Hao", "Kian Seng", "Seow Ping",
             "Chee Meng", "Lay Hoon", "Kim Seng", "Ah Huat", "Siew Mei", "Teck Soon"]
ENG_NAMES_M = ["Peter", "David", "Michael", "Kenneth", "Tony", "Eric", "Raymond", "Jason", "Kelvin", "Alan",
               "Vincent", "Dennis", "Patrick", "Wilson", "Jacky", "Terence", "Desmond", "Stanley"]
ENG_NAMES_F = ["Mary", "Grace", "Jenny", "Winnie", "Cindy", "Karen", "Vivian", "Joyce", "Irene", "Cherry", "Fiona",
               "Amy", "Queenie", "Eunice"]

# --- Japanese: kanji hepburn(macron) weight [gender]
JA_SUR_TXT = """佐藤 Satō 10|鈴木 Suzuki 9|高橋 Takahashi 8|田中 Tanaka 8|伊藤 Itō 7|渡辺 Watanabe 7|山本 Yamamoto 7
中村 Nakamura 7|小林 Kobayashi 6|加藤 Katō 6|吉田 Yoshida 5|山田 Yamada 5|佐々木 Sasaki 4|山口 Yamaguchi 4|松本 Matsumoto 4
井上 Inoue 4|木村 Kimura 4|林 Hayashi 3|斎藤 Saitō 3|清水 Shimizu 3|山崎 Yamazaki 3|森 Mori 3|池田 Ikeda 3|橋本 Hashimoto 3
阿部 Abe 3|石川 Ishikawa 2|大野 Ōno 2|河野 Kōno 1|後藤 Gotō 2|近藤 Kondō 2|藤田 Fujita 2|長谷川 Hasegawa 2|遠藤 Endō 2
工藤 Kudō 1|太田 Ōta 1|中島 Nakajima 2|前田 Maeda 2|岡田 Okada 2|千葉 Chiba 1|大塚 Ōtsuka 1|小野寺 Onodera 0.5
神崎 Kanzaki 0.3|東條 Tōjō 0.2|重松 Shigematsu 0.3|福島 Fukushima 0.5|服部 Hattori 0.5|菊池 Kikuchi 0.5
若林 Wakabayashi 0.2|黒澤 Kurosawa 0.2|榎本 Enomoto 0.2|星野 Hoshino 0.3|北川 Kitagawa 0.2|宮崎 Miyazaki 0.4|西村 Nishimura 0.5
岡本 Okamoto 0.5|坂口 Sakaguchi 0.2|武田 Takeda 0.4|内田 Uchida 0.4|横山 Yokoyama 0.4|荒川 Arakawa 0.2|石黒 Ishiguro 0.2
川口 Kawaguchi 0.3|松田 Matsuda 0.5|野口 Noguchi 0.3|小沢 Ozawa 0.3|柴田 Shibata 0.4|土屋 Tsuchiya 0.3|平野 Hirano 0.3
岩崎 Iwasaki 0.3|小島 Kojima 0.4|森田 Morita 0.4|永井 Nagai 0.3|大久保 Ōkubo 0.3|杉本 Sugimoto 0.4|田村 Tamura 0.5|上田 Ueda 0.5
安田 Yasuda 0.3|首藤 Shutō 0.05|勅使河原 Teshigawara 0.02|五十嵐 Igarashi 0.2|東海林 Shōji 0.05"""
JA_GIV_TXT = """翔太 Shōta m|大輔 Daisuke m|健太 Kenta m|拓也 Takuya m|直樹 Naoki m|浩二 Kōji m|雄一 Yūichi m|修 Osamu m
誠 Makoto m|隆 Takashi m|勉 Tsutomu m|茂 Shigeru m|純一 Jun'ichi m|秀樹 Hideki m|和也 Kazuya m|真一 Shin'ichi m|亮 Ryō m
翔 Shō m|蓮 Ren m|大翔 Hiroto m|俊介 Shunsuke m|裕子 Yūko f|恵子 Keiko f|由美 Yumi f|直美 Naomi f|千秋 Chiaki f
美穂 Miho f|陽子 Yōko f|恭子 Kyōko f|彩 Aya f|愛 Ai f|結衣 Yui f|陽菜 Hina f|真由美 Mayumi f|智子 Tomoko f|純子 Junko f|健二 Kenji m|哲也 Tetsuya m|達也 Tatsuya m|剛 Tsuyoshi m
悠斗 Yūto m|圭介 Keisuke m|光 Hikaru m|明美 Akemi f|久美子 Kumiko f|舞 Mai f|早紀 Saki f"""
JA_SUR = [((r[0], r[1]), float(r[2])) for r in _parse_rows(JA_SUR_TXT)]
JA_GIV = [((r[0], r[1]), r[2]) for r in _parse_rows(JA_GIV_TXT)]


def ja_oh(s):
    out = s.replace('ō', 'oh').replace('Ō', 'Oh').replace('ū', 'uu').replace('Ū', 'Uu')
    return out


def ja_ou(s):
    return s.replace('ō', 'ou').replace('Ō', 'Ou').replace('ū', 'uu').replace('Ū', 'Uu')


def ja_kunrei(s):
    lo = s.lower()
    for a, b in (('sha', 'sya'), ('shu', 'syu'), ('sho', 'syo'), ('shō', 'syô'), ('shū', 'syû'), ('shi', 'si'),
                 ('chi', 'ti'), ('cha', 'tya'), ('chu', 'tyu'), ('cho', 'tyo'), ('chō', 'tyô'), ('tsu', 'tu'),
                 ('fu', 'hu'), ('ji', 'zi'), ('ja', 'zya'), ('ju', 'zyu'), ('jo', 'zyo'), ('jō', 'zyô'),
                 ('ō', 'ô'), ('ū', 'û')):
        lo = lo.replace(a, b)
    return cap(lo)


# --- Korean: hangul common(/alts) RR MR weight
KO_SUR_TXT = """김 Kim Gim Kim 21|이 Lee/Yi/Rhee I Yi 15|박 Park/Pak Bak Pak 8|최 Choi Choe Ch'oe 4.7|정 Jung/Jeong/Chung Jeong Chŏng 4.3
강 Kang Gang Kang 2.3|조 Cho Jo Cho 2.1|윤 Yoon Yun Yun 2.1|장 Jang/Chang Jang Chang 2|임 Lim/Im Im Im 1.7|한 Han Han Han 1.5
오 Oh O O 1.5|서 Seo/Suh Seo Sŏ 1.5|신 Shin Sin Sin 1.5|권 Kwon Gwon Kwŏn 1.4|황 Hwang Hwang Hwang 1.4|안 Ahn An An 1.4
송 Song Song Song 1.3|류 Ryu/Yoo Ryu Ryu 1.2|홍 Hong Hong Hong 1.1|전 Jeon/Jun/Chun Jeon Chŏn 1.1|고 Ko Go Ko 0.9|문 Moon Mun Mun 0.9
양 Yang Yang Yang 0.9|손 Son/Sohn Son Son 0.9|배 Bae Bae Pae 0.8|백 Baek/Paik Baek Paek 0.8|허 Heo/Huh Heo Hŏ 0.7|노 Noh/Roh No No 0.5
남 Nam Nam Nam 0.5|하 Ha Ha Ha 0.4|곽 Kwak Gwak Kwak 0.3|성 Sung Seong Sŏng 0.4|차 Cha Cha Ch'a 0.4|주 Joo Ju Chu 0.5"""
KO_GIV_TXT = """민 Min Min Min|준 Jun/Joon Jun Chun|서 Seo Seo Sŏ|지 Ji Ji Chi|현 Hyun Hyeon Hyŏn|우 Woo U U|영 Young Yeong Yŏng
수 Soo/Su Su Su|호 Ho Ho Ho|진 Jin Jin Chin|성 Sung Seong Sŏng|혜 Hye Hye Hye|은 Eun Eun Ŭn|하 Ha Ha Ha|도 Do Do To
윤 Yoon Yun Yun|재 Jae Jae Chae|동 Dong Dong Tong|상 Sang Sang Sang|태 Tae Tae T'ae|경 Kyung Gyeong Kyŏng|희 Hee Hui Hŭi
철 Chul Cheol Ch'ŏl|석 Suk Seok Sŏk|연 Yeon Yeon Yŏn|규 Kyu Gyu Kyu|아 Ah A A|예 Ye Ye Ye|주 Joo Ju Chu|혁 Hyuk Hyeok Hyŏk"""
KO_SUR = [((r[0], tuple(r[1].split('/')), r[2], r[3]), float(r[4])) for r in _parse_rows(KO_SUR_TXT)]
KO_GIV = [((r[0], tuple(r[1].split('/')), r[2], r[3]), 1.0) for r in _parse_rows(KO_GIV_TXT)]

# --- Vietnamese
VI_FAM = [('Nguyễn', 38), ('Trần', 11), ('Lê', 9.5), ('Phạm', 7), ('Hoàng', 5), ('Huỳnh', 5), ('Phan', 4.5),
          ('Vũ', 3.9), ('Võ', 3.5), ('Đặng', 2.1), ('Bùi', 2), ('Đỗ', 1.4), ('Hồ', 1.3), ('Ngô', 1.3), ('Dương', 1),
          ('Lý', 0.5), ('Trương', 1), ('Đinh', 0.8), ('Lâm', 0.5), ('Mai', 0.4), ('Tô', 0.3), ('Tạ', 0.3), ('Quách', 0.1)]
VI_MID_M = [('Văn', 5), ('Đức', 2), ('Minh', 2), ('Quang', 2), ('Hữu', 1.5), ('Thanh', 1), ('Xuân', 1), ('Công', 1)]
VI_MID_F = [('Thị', 6), ('Ngọc', 2), ('Thanh', 1), ('Thu', 1), ('Minh', 1), ('Phương', 1), ('Kim', 1)]
VI_GIV_M = "Hùng Dũng Tuấn Minh Anh Nam Long Hải Sơn Quân Khoa Huy Bảo Tâm Thắng Trung Cường Đạt Phúc Hiếu Việt Thành".split()
VI_GIV_F = "Hương Lan Linh Trang Hà Thảo Phương Hoa Thủy Ngọc Mai Yến Nhung Vy Chi Hằng Giang".split()

# --- Russian (Cyrillic)
RU_MALE_PATR = """Александр Александрович Александровна|Сергей Сергеевич Сергеевна|Дмитрий Дмитриевич Дмитриевна
Андрей Андреевич Андреевна|Алексей Алексеевич Алексеевна|Иван Иванович Ивановна|Михаил Михайлович Михайловна
Николай Николаевич Николаевна|Владимир Владимирович Владимировна|Юрий Юрьевич Юрьевна|Олег Олегович Олеговна
Павел Павлович Павловна|Виктор Викторович Викторовна|Игорь Игоревич Игоревна|Евгений Евгеньевич Евгеньевна
Анатолий Анатольевич Анатольевна|Борис Борисович Борисовна|Валерий Валерьевич Валерьевна|Геннадий Геннадьевич Геннадьевна
Вячеслав Вячеславович Вячеславовна|Максим Максимович Максимовна|Роман Романович Романовна|Денис Денисович Денисовна
Константин Константинович Константиновна|Григорий Григорьевич Григорьевна|Фёдор Фёдорович Фёдоровна|Пётр Петрович Петровна
Артём Артёмович Артёмовна|Тимур Тимурович Тимуровна|Руслан Русланович Руслановна|Ярослав Ярославович Ярославовна
Кирилл Кириллович Кирилловна|Станислав Станиславович Станиславовна|Илья Ильич Ильинична"""
RU_PATR = [tuple(r) for r in _parse_rows(RU_MALE_PATR)]
RU_MALE = [r[0] for r in RU_PATR] + ['Никита', 'Глеб', 'Егор']
RU_FEMALE = "Елена Ольга Наталья Татьяна Ирина Светлана Анна Мария Екатерина Юлия Анастасия Людмила Ксения Дарья Галина Валентина Марина Оксана Алёна Евгения".split()
RU_SUR = """Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев
Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев
Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков
Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов
Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов
Казаков Афанасьев Данилов Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин
Исаев Чернышёв Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров
Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв
Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов
Анисимов Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев
Цветков Левин Митрофанов Аксёнов Мальцев Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов
Плотников Хохлов Жданов Шевченко Бондаренко Ткаченко Кравченко Хабибуллин Шевцов Щукин Хрущёв Чайковский Цыганков
Завьялов Щёголев Бржезинский Вишневский Ю́шков Ядринцев Зюзин Шушкевич Гайдамак Рахманинов""".replace('́', '').split()
KZ_MALE = "Нурлан Серік Ерлан Асхат Данияр Айдар Ержан Бауыржан Мұрат Марат Арман Нұрсұлтан Ерболат Талғат Жандос".split()
KZ_FEMALE = "Айгерім Гүлнара Динара Жанар Айжан Әсел Салтанат Мадина".split()
KZ_SUR = "Нурланов Сериков Ахметов Жұмабаев Искаков Қасымов Оспанов Сүлейменов Әбдірахманов Байжанов Кенжебеков Төлегенов Нұржанов Омаров Есенов Мұқашев Сағынтаев Әбілов Құдайбергенов Тоқаев".split()

# Cyrillic transliteration tables
_BGN = dict(zip('абвгдезийклмнопрстуфхцчшщъыьэюяё',
                ['a', 'b', 'v', 'g', 'd', 'e', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't', 'u', 'f',
                 'kh', 'ts', 'ch', 'sh', 'shch', '', 'y', '', 'e', 'yu', 'ya', 'ë']))
_BGN['ж'] = 'zh'
_ICAO = dict(_BGN)
_ICAO.update({'й': 'i', 'ъ': 'ie', 'ю': 'iu', 'я': 'ia', 'ё': 'e'})
_GOST = dict(_BGN)
_GOST.update({'й': 'j', 'х': 'x', 'ц': 'cz', 'щ': 'shh', 'ъ': '``', 'ы': "y'", 'ь': '`', 'э': "e'", 'ё': 'yo'})
_DUDEN = dict(_BGN)
_DUDEN.update({'в': 'w', 'ж': 'sch', 'з': 's', 'й': 'j', 'х': 'ch', 'ц': 'z', 'ч': 'tsch', 'ш': 'sch',
               'щ': 'schtsch', 'ю': 'ju', 'я': 'ja', 'ё': 'jo', 'э': 'e'})
_KZ_EXTRA = {'ә': 'a', 'ғ': 'gh', 'қ': 'q', 'ң': 'ng', 'ө': 'o', 'ұ': 'u', 'ү': 'u', 'һ': 'h', 'і': 'i'}
_KZ_TO_RU = str.maketrans({'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и',
                           'Ә': 'А', 'Ғ': 'Г', 'Қ': 'К', 'Ң': 'Н', 'Ө': 'О', 'Ұ': 'У', 'Ү': 'У', 'Һ': 'Х', 'І': 'И'})
_VOW = set('аеёиоуыэюяәөұүі')


def cyr_latin(word, system):
    tab = {'bgn': _BGN, 'icao': _ICAO, 'gost': _GOST, 'duden': _DUDEN, 'conv': _BGN}[system]
    lo = word.lower()
    out = []
    for i, ch in enumerate(lo):
        prev = lo[i - 1] if i else ''
        nxt = lo[i + 1] if i + 1 < len(lo) else ''
        if ch in tab:
            t = tab[ch]
            if ch == 'е' and system in ('bgn', 'conv', 'duden') and (i == 0 or prev in _VOW or prev in 'ъь'):
                t = 'ye' if system != 'duden' else 'je'
            elif ch == 'ё':
                if system == 'conv':
                    t = 'yo' if (i == 0 or prev in _VOW) else 'e'
                elif system == 'bgn':
                    t = 'yo' if (i == 0 or prev in _VOW) else 'e'
                elif system == 'duden':
                    t = 'o' if prev in 'жчшщ' else 'jo'
            elif ch == 'ц' and system == 'gost' and nxt in 'еиыйэ':
                t = 'c'
            elif ch == 'с' and system == 'duden' and prev in _VOW and nxt in _VOW:
                t = 'ss'
            elif system == 'conv' and ch == 'й' and prev in 'иы' and not nxt:
                t = ''
            elif system == 'conv' and ch == 'ь':
                t = '' if nxt not in 'еёюяи' else 'y' if nxt != 'и' else ''
            out.append(t)
        elif ch in _KZ_EXTRA:
            out.append(_KZ_EXTRA[ch])
        else:
            out.append(ch)
    s = ''.join(out)
    if system == 'conv':
        if s.endswith('iy'):
            s = s[:-2] + 'y'
    return cap(s)


RU_CONV_GIVEN = {'Александр': ['Alexander', 'Aleksandr', 'Alexandr'], 'Сергей': ['Sergey', 'Sergei'],
                 'Дмитрий': ['Dmitry', 'Dmitri', 'Dmitriy'], 'Андрей': ['Andrey', 'Andrei'],
                 'Алексей': ['Alexey', 'Alexei', 'Aleksei'], 'Михаил': ['Mikhail', 'Michael'],
                 'Николай': ['Nikolay', 'Nikolai'], 'Юрий': ['Yuri', 'Yury', 'Iurii'],
                 'Евгений': ['Evgeny', 'Yevgeny', 'Evgenii', 'Eugene'], 'Наталья': ['Natalia', 'Natalya', 'Nataliya'],
                 'Татьяна': ['Tatiana', 'Tatyana'], 'Юлия': ['Julia', 'Yulia', 'Iuliia'],
                 'Екатерина': ['Ekaterina', 'Yekaterina'], 'Ксения': ['Ksenia', 'Kseniya', 'Xenia'],
                 'Анастасия': ['Anastasia', 'Anastasiya'], 'Фёдор': ['Fedor', 'Fyodor'], 'Пётр': ['Petr', 'Pyotr'],
                 'Артём': ['Artem', 'Artyom'], 'Алёна': ['Alena', 'Alyona'], 'Елена': ['Elena', 'Yelena'],
                 'Григорий': ['Grigory', 'Grigoriy'], 'Валерий': ['Valery', 'Valeriy'], 'Илья': ['Ilya', 'Ilia'],
                 'Серік': ['Serik'], 'Нұрсұлтан': ['Nursultan'], 'Айгерім': ['Aigerim', 'Aygerim']}


def ru_fem(sur):
    if sur.endswith('ский') or sur.endswith('цкий'):
        return sur[:-2] + 'ая'
    if sur.endswith('ой'):
        return sur[:-2] + 'ая'
    if sur[-2:] in ('ов', 'ев', 'ёв', 'ин', 'ын'):
        return sur + 'а'
    return sur


# --- Arabic: variants ; arabic script
AR_GIVEN_M = [(('Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Mohamad', 'Muhammed'), 'محمد', 12),
              (('Ahmed', 'Ahmad'), 'أحمد', 6), (('Ali',), 'علي', 5), (('Omar', 'Umar'), 'عمر', 3),
              (('Khalid', 'Khaled'), 'خالد', 3), (('Abdullah', 'Abdallah', 'Abd Allah', 'Abdulla'), 'عبدالله', 4),
              (('Abdulrahman', 'Abdul Rahman', 'Abdelrahman', 'Abd al-Rahman'), 'عبدالرحمن', 2),
              (('Yousef', 'Youssef', 'Yusuf', 'Yousif'), 'يوسف', 3), (('Ibrahim', 'Ebrahim', 'Ibraheem'), 'إبراهيم', 3),
              (('Hassan', 'Hasan'), 'حسن', 3), (('Hussein', 'Hussain', 'Husain'), 'حسين', 2),
              (('Saeed', 'Said', 'Saied'), 'سعيد', 2), (('Rashid', 'Rasheed', 'Rachid'), 'راشد', 2),
              (('Faisal', 'Faysal', 'Feisal'), 'فيصل', 1.5), (('Tariq', 'Tarek', 'Tareq', 'Tarik'), 'طارق', 1.5),
              (('Mahmoud', 'Mahmood', 'Mahmud'), 'محمود', 1.5), (('Mustafa', 'Mostafa', 'Moustafa'), 'مصطفى', 1.5),
              (('Nasser', 'Naser', 'Nasir'), 'ناصر', 1), (('Hamad',), 'حمد', 1), (('Sultan',), 'سلطان', 1),
              (('Majid', 'Majed', 'Maged'), 'ماجد', 1), (('Waleed', 'Walid'), 'وليد', 1), (('Ziad', 'Ziyad'), 'زياد', 0.7),
              (('Bassam', 'Basam'), 'بسام', 0.5), (('Anas',), 'أنس', 0.5), (('Mansour', 'Mansur'), 'منصور', 0.6)]
AR_GIVEN_F = [(('Fatima', 'Fatma', 'Fatimah'), 'فاطمة', 4), (('Aisha', 'Aysha', 'Ayesha'), 'عائشة', 2),
              (('Mariam', 'Maryam', 'Meriem'), 'مريم', 2), (('Noura', 'Nora', 'Nura'), 'نورة', 1.5),
              (('Layla', 'Leila', 'Laila'), 'ليلى', 1.5), (('Huda', 'Hoda'), 'هدى', 1), (('Reem', 'Rim'), 'ريم', 1),
              (('Salma',), 'سلمى', 1), (('Amal',), 'أمل', 1)]
AR_FAMILY = [(('Al Mansouri', 'Al-Mansouri', 'Almansouri', 'El Mansouri', 'Al Mansoori'), 'المنصوري', 2),
             (('Al Hashimi', 'Al-Hashemi', 'Alhashmi', 'Al Hashemi'), 'الهاشمي', 1.5),
             (('Al Nuaimi', 'Al-Nuaimi', 'Al Naimi', 'Alnuaimi'), 'النعيمي', 1.5),
             (('Al Suwaidi', 'Al-Suwaidi', 'Alsuwaidi'), 'السويدي', 1.2), (('Al Falasi', 'Al-Falasi', 'Alfalasi'), 'الفلاسي', 1),
             (('Al Shamsi', 'Al-Shamsi', 'Alshamsi'), 'الشامسي', 1.2), (('Al Ketbi', 'Al-Kitbi', 'Alketbi'), 'الكتبي', 0.8),
             (('Al Zaabi', 'Al-Zaabi', 'Alzaabi'), 'الزعابي', 1), (('Haddad', 'Hadad', 'El Haddad'), 'حداد', 1),
             (('Khoury', 'Khouri', 'El Khoury', 'Al Khoury'), 'خوري', 1), (('Saleh', 'Salih'), 'صالح', 1.2),
             (('Abbas',), 'عباس', 1), (('Hamdan',), 'حمدان', 0.8), (('Qureshi', 'Qurashi', 'Koreishi'), 'قريشي', 0.8),
             (('Farouk', 'Farooq', 'Faruq'), 'فاروق', 0.6), (('Aziz', 'Abdelaziz'), 'عزيز', 0.6),
             (('Karim', 'Kareem'), 'كريم', 0.6), (('Ali',), 'علي', 3), (('Hassan', 'Hasan'), 'حسن', 2),
             (('Ibrahim',), 'إبراهيم', 1.5), (('Al Amiri', 'Al-Ameri', 'Alameri', 'Al Ameri'), 'العامري', 1),
             (('Al Marzouqi', 'Al-Marzooqi', 'Almarzouqi'), 'المرزوقي', 0.7), (('Bakr', 'Bakir'), 'بكر', 0.3),
             (('Al Dhaheri', 'Al-Daheri', 'Aldhaheri'), 'الظاهري', 0.7), (('Nasr', 'Nasser'), 'نصر', 0.5),
             (('Al Harthy', 'Al-Harthi', 'Alharthi'), 'الحارثي', 0.6), (('Mahmoud',), 'محمود', 1)]
FA_GIVEN_M = [(('Mohammad', 'Mohammed', 'Mohamad'), None, 6), (('Ali',), None, 5), (('Hossein', 'Hosein', 'Hussein', 'Husayn'), None, 4),
              (('Reza',), None, 4), (('Mehdi', 'Mahdi'), None, 3), (('Amir',), None, 3), (('Hamid',), None, 2),
              (('Javad',), None, 2), (('Saeed', 'Saeid', 'Said'), None, 2), (('Majid',), None, 2), (('Mojtaba',), None, 1),
              (('Gholamreza', 'Gholam Reza', 'Qolamreza', 'Gholam-Reza'), None, 1), (('Morteza',), None, 1.5),
              (('Abbas',), None, 1.5), (('Hassan', 'Hasan'), None, 1.5), (('Behrouz', 'Behruz'), None, 0.7),
              (('Farhad',), None, 1), (('Kourosh', 'Kurosh', 'Cyrus'), None, 0.5), (('Babak',), None, 0.8),
              (('Arash',), None, 0.6), (('Dariush', 'Darioush'), None, 0.4), (('Hamed',), None, 0.8), (('Kaveh',), None, 0.4),
              (('Mansour', 'Mansoor'), None, 0.5), (('Navid',), None, 0.6), (('Payam',), None, 0.4), (('Ramin',), None, 0.5),
              (('Siavash', 'Siyavash'), None, 0.4), (('Vahid',), None, 0.7), (('Yaser', 'Yasser'), None, 0.4), (('Omid',), None, 0.7),
              (('Peyman', 'Payman'), None, 0.4), (('Ehsan',), None, 0.6)]
FA_GIVEN_F = [(('Maryam', 'Mariam'), None, 3), (('Zahra',), None, 3), (('Fatemeh', 'Fatima', 'Fateme'), None, 3),
              (('Narges',), None, 1.5), (('Leila', 'Layla'), None, 1.5), (('Shirin',), None, 1), (('Parisa',), None, 1),
              (('Azadeh',), None, 0.6), (('Elham',), None, 0.6), (('Fereshteh', 'Fereshte'), None, 0.5), (('Mahsa',), None, 0.6),
              (('Nasrin',), None, 0.5), (('Roya',), None, 0.5), (('Samira',), None, 0.5), (('Sepideh', 'Sepide'), None, 0.5)]
FA_FAMILY = [(('Hosseini', 'Hoseini', 'Husseini', 'Hosseiny'), None, 4), (('Rezaei', 'Rezaee', 'Rezai', 'Rezaie'), None, 3),
             (('Mohammadi', 'Mohamadi'), None, 3), (('Ahmadi',), None, 2.5), (('Mousavi', 'Musavi', 'Moosavi'), None, 2.5),
             (('Karimi',), None, 2), (('Ghasemi', 'Qasemi', 'Ghassemi'), None, 2), (('Jafari', 'Jafary', 'Jaafari'), None, 2),
             (('Rahimi',), None, 1.5), (('Sadeghi', 'Sadeqi'), None, 1.5), (('Hashemi',), None, 1.5), (('Tehrani',), None, 1),
             (('Esfahani', 'Isfahani'), None, 0.8), (('Shirazi',), None, 0.8), (('Najafi',), None, 1), (('Kazemi', 'Kazimi'), None, 1),
             (('Bagheri', 'Baqeri'), None, 1), (('Alavi',), None, 0.8), (('Salehi',), None, 1), (('Zarei', 'Zare'), None, 1),
             (('Amini',), None, 1), (('Nouri', 'Nuri'), None, 0.7), (('Khamenehi', 'Khamenei'), None, 0.1),
             (('Ghorbani', 'Qorbani'), None, 0.8), (('Soleimani', 'Soleymani', 'Sulaimani'), None, 0.8),
             (('Zamani',), None, 0.6), (('Nikbakht',), None, 0.3), (('Sharifi',), None, 0.7), (('Ebrahimi', 'Ibrahimi'), None, 0.9),
             (('Abbasi',), None, 0.8), (('Akbari',), None, 0.8), (('Asadi',), None, 0.6), (('Azizi',), None, 0.6), (('Bahrami',), None, 0.6),
             (('Davoudi', 'Davoodi'), None, 0.4), (('Farahani',), None, 0.4), (('Ghaffari', 'Qaffari'), None, 0.4), (('Heidari', 'Heydari'), None, 0.8),
             (('Jalali',), None, 0.5), (('Kamali',), None, 0.4), (('Khosravi',), None, 0.6), (('Mahmoudi', 'Mahmoodi'), None, 0.6),
             (('Mirzaei', 'Mirzaee'), None, 0.6), (('Moradi',), None, 0.8), (('Nazari',), None, 0.6), (('Rostami',), None, 0.6),
             (('Sabouri', 'Saboori'), None, 0.3), (('Shahbazi',), None, 0.4), (('Taheri',), None, 0.6), (('Vahidi',), None, 0.4),
             (('Yousefi', 'Yusefi'), None, 0.6), (('Golestani',), None, 0.2), (('Pourmand',), None, 0.2), (('Rahmani',), None, 0.6),
             (('Safavi',), None, 0.3), (('Tavakoli', 'Tavakkoli'), None, 0.5), (('Vaziri',), None, 0.3), (('Kianian',), None, 0.1)]
FA_GIVEN2_M = ['Reza', 'Ali', 'Hossein', 'Akbar', 'Mahdi', 'Javad', 'Sadegh', 'Amin', 'Hadi', 'Taghi', 'Bagher', 'Hassan', 'Karim']
FA_GIVEN2_F = ['Sadat', 'Zahra', 'Sadat', 'Sadat']
FA_PLACE = ['Tehrani', 'Esfahani', 'Shirazi', 'Kashani', 'Tabrizi', 'Yazdi', 'Mashhadi', 'Zanjani', 'Qazvini', 'Kermani', 'Khorasani', 'Gilani']
JA_SUR_A = [('山', 'Yama'), ('中', 'Naka'), ('松', 'Matsu'), ('小', 'Ko'), ('高', 'Taka'), ('石', 'Ishi'), ('森', 'Mori'), ('池', 'Ike'),
            ('岡', 'Oka'), ('西', 'Nishi'), ('北', 'Kita'), ('上', 'Kami'), ('下', 'Shimo'), ('前', 'Mae'), ('長', 'Naga'), ('宮', 'Miya'),
            ('坂', 'Saka'), ('浜', 'Hama'), ('福', 'Fuku'), ('吉', 'Yoshi'), ('安', 'Yasu'), ('今', 'Ima'), ('平', 'Hira'), ('竹', 'Take'),
            ('菊', 'Kiku'), ('金', 'Kane'), ('黒', 'Kuro'), ('白', 'Shira'), ('青', 'Ao'), ('赤', 'Aka'), ('岩', 'Iwa'), ('村', 'Mura'),
            ('杉', 'Sugi'), ('梅', 'Ume'), ('桜', 'Sakura'), ('藤', 'Fuji'), ('野', 'No'), ('植', 'Ue'), ('堀', 'Hori'), ('荒', 'Ara')]
JA_SUR_B = [('田', 'ta'), ('川', 'kawa'), ('村', 'mura'), ('本', 'moto'), ('野', 'no'), ('原', 'hara'), ('島', 'shima'), ('崎', 'saki'),
            ('井', 'i'), ('口', 'guchi'), ('山', 'yama'), ('木', 'ki'), ('沢', 'zawa'), ('谷', 'tani'), ('岡', 'oka'), ('橋', 'hashi'),
            ('内', 'uchi'), ('尾', 'o'), ('部', 'be'), ('瀬', 'se')]
SEA_SYL = 'Wei Ming Chee Keong Boon Hock Siew Ling Kok Leong Mei Hui Min Kah Soon Huat Poh Lian Eng Geok Hoon Swee Lan Beng Chin Hwa Yong Sheng Jun Jie Xin Yi Jia Liang Zhi Hao Kian Seng Seow Ping Teck Kim Lay Kheng Choon Guan Tiong Yew'.split()

TR_GIVEN_M = "Mehmet Ahmet Mustafa Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Emre Burak Serkan Şükrü Kadir İlker Işık Ilgaz Oğuz Çağrı Gökhan".split()
TR_GIVEN_F = "Fatma Ayşe Emine Hatice Zeynep Elif Meryem Şerife Özlem Gülşen Büşra Çağla İpek Sıla Dilek Ebru".split()
TR_FAM = "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel Ateş Aksoy Karakaya Ağca Çağlayan Kırmızıgül Uğurlu".split()

DE_GIVEN_M = "Thomas Michael Andreas Stefan Peter Klaus Jürgen Wolfgang Frank Uwe Jörg Matthias Sebastian Lukas Maximilian Björn Sören Jörn Günter Hans-Jürgen Karl-Heinz".split()
DE_GIVEN_F = "Sabine Petra Claudia Andrea Birgit Ute Käthe Jutta Anja Katrin Sünje Lea Hannah Mareike".split()
DE_FAM = """Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter Klein
Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier
Lehmann Schmid Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß
Jung Hahn Schubert Vogel Friedrich Keller Günther Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster
Böhm Winter Kraus Schumacher Krämer Vogt Stein Jäger Sommer Groß Seidel Brandt Haas Schreiber Graf Dietrich Ziegler
Kühn Pohl Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Strauß Löwe Oßwald Süßmann Gößling""".split() + \
    ['von Bülow', 'von der Heide', 'von Hagen', 'zu Stolberg']

EN_GIVEN_M = [('William', ('Bill', 'Will', 'Billy')), ('Robert', ('Bob', 'Rob')), ('James', ('Jim', 'Jamie')),
              ('John', ('Jack', 'Johnny')), ('Michael', ('Mike',)), ('David', ('Dave',)), ('Richard', ('Rick', 'Rich', 'Dick')),
              ('Thomas', ('Tom',)), ('Christopher', ('Chris',)), ('Daniel', ('Dan', 'Danny')), ('Matthew', ('Matt',)),
              ('Anthony', ('Tony',)), ('Joseph', ('Joe',)), ('Charles', ('Charlie', 'Chuck')), ('Steven', ('Steve',)),
              ('Andrew', ('Andy', 'Drew')), ('Edward', ('Ed', 'Ted')), ('Jonathan', ('Jon',)), ('Benjamin', ('Ben',)),
              ('Samuel', ('Sam',)), ('Nicholas', ('Nick',)), ('Alexander', ('Alex',)), ('Patrick', ('Pat',)),
              ('Timothy', ('Tim',)), ('Gregory', ('Greg',)), ('Kenneth', ('Ken',)), ('Ronald', ('Ron',)), ('Peter', ('Pete',)),
              ('Brian', ()), ('Kevin', ()), ('Jason', ()), ('Ryan', ()), ('Eric', ()), ('Scott', ()), ('Aaron', ()), ('Kyle', ())]
EN_GIVEN_F = [('Elizabeth', ('Liz', 'Beth', 'Betty')), ('Jennifer', ('Jen', 'Jenny')), ('Katherine', ('Kate', 'Kathy', 'Katie')),
              ('Margaret', ('Maggie', 'Peggy', 'Meg')), ('Susan', ('Sue',)), ('Patricia', ('Pat', 'Trish')),
              ('Rebecca', ('Becky',)), ('Deborah', ('Debbie', 'Deb')), ('Victoria', ('Vicky', 'Tori')),
              ('Alexandra', ('Alex', 'Sasha')), ('Christine', ('Chris',)), ('Jessica', ('Jess',)), ('Sarah', ()),
              ('Emily', ()), ('Laura', ()), ('Rachel', ()), ('Olivia', ()), ('Emma', ()), ('Sophie', ()), ('Hannah', ())]
EN_FAM = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson
White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell
Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson
Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross
Foster O'Brien O'Connor McDonald MacLeod Fitzgerald Sullivan Whitfield Ashworth Pemberton Thornbury Kowalski Novak
Lindqvist Haverford Castellano Okafor Adeyemi Mensah Achterberg Drummond Blackwood""".split()

ES_GIVEN_M = "José Juan Luis Carlos Jorge Manuel Antonio Francisco Javier Miguel Alejandro Fernando Sergio Pablo Raúl Andrés".split() + ['José Luis', 'Juan Carlos', 'Miguel Ángel']
ES_GIVEN_F = "María Carmen Ana Laura Lucía Isabel Sofía Marta Elena Cristina Pilar Raquel".split() + ['María José', 'Ana Belén']
ES_FAM = "García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Alonso Gutiérrez Navarro Torres Domínguez Vázquez Ramos Gil Ramírez Serrano Blanco Molina Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina Garrido Echeverría Ibáñez Zubizarreta".split()
PT_GIVEN_M = "João José Antônio Francisco Carlos Paulo Pedro Lucas Luiz Marcos Rafael Gustavo Thiago Felipe".split()
PT_GIVEN_F = "Maria Ana Francisca Antônia Adriana Juliana Márcia Fernanda Patrícia Aline Camila Letícia".split()
PT_FAM = "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Soares Fernandes Vieira Barbosa Araújo Cardoso Nascimento Conceição Gonçalves".split()
FR_GIVEN_M = "Jean Pierre Michel Philippe Alain Nicolas François Stéphane Éric Frédéric Julien Antoine Hugo Thibault".split() + ['Jean-Pierre', 'Jean-Luc', 'Jean-François', 'Pierre-Yves']
FR_GIVEN_F = "Marie Nathalie Isabelle Sylvie Catherine Hélène Céline Amélie Camille Léa Chloé".split() + ['Marie-Claire', 'Anne-Sophie']
FR_FAM = "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet François Legrand Garnier Faure Rousseau Blanc Guérin Henry Roussel Perrin Morin Mathieu Clément Gauthier Dumont Fontaine Chevalier Robin Béranger Delacroix".split()
NL_GIVEN_M = "Jan Pieter Willem Hendrik Johannes Cornelis Daan Sem Bram Joost Maarten Ruud Sjoerd".split()
NL_GIVEN_F = "Lotte Anouk Femke Sanne Eva Ilse Marieke Annelies Inge".split()
NL_FAM = [('', 'Jong', 'de'), ('', 'Jansen', ''), ('', 'Vries', 'de'), ('', 'Berg', 'van den'), ('', 'Dijk', 'van'),
          ('', 'Bakker', ''), ('', 'Janssen', ''), ('', 'Visser', ''), ('', 'Smit', ''), ('', 'Meijer', ''), ('', 'Boer', 'de'),
          ('', 'Mulder', ''), ('', 'Groot', 'de'), ('', 'Bos', ''), ('', 'Vos', ''), ('', 'Peters', ''), ('', 'Hendriks', ''),
          ('', 'Leeuwen', 'van'), ('', 'Dekker', ''), ('', 'Brouwer', ''), ('', 'Wit', 'de'), ('', 'Dijkstra', ''),
          ('', 'Graaf', 'de'), ('', 'Meer', 'van der'), ('', 'Linden', 'van der'), ('', 'Haan', 'de'), ('', 'Vermeulen', ''),
          ('', 'Heuvel', 'van den'), ('', 'Veen', 'van der'), ('', 'Broek', 'van den'), ('', 'Bruijn', 'de'),
          ('', 'Heijden', 'van der'), ('', 'Schouten', ''), ('', 'Beek', 'van'), ('', 'Vliet', 'van'), ('', 'Hoekstra', ''),
          ('', 'Wal', 'van der'), ('', 'Huisman', ''), ('', 'Zwijsen', ''), ('', 'IJzerman', '')]
IN_GIVEN_M = [(('Rajesh',), 5), (('Suresh',), 4), (('Ramesh',), 4), (('Amit',), 5), (('Sunil',), 3), (('Anil',), 3), (('Vijay',), 4),
              (('Sanjay',), 4), (('Rahul',), 5), (('Arun',), 3), (('Deepak',), 3), (('Manoj',), 3), (('Ravi',), 4),
              (('Srinivas', 'Shrinivas', 'Sreenivas', 'Srinivasa'), 2), (('Venkatesh', 'Venkatesan'), 2), (('Karthik', 'Kartik'), 2),
              (('Mohammed', 'Mohammad', 'Mohd'), 2), (('Abdul',), 1), (('Harpreet',), 1), (('Gurpreet',), 1), (('Aditya',), 2),
              (('Vikram',), 2), (('Pranav',), 1), (('Siddharth', 'Sidharth'), 1.5)]
IN_GIVEN_F = [(('Priya',), 5), (('Sunita',), 3), (('Anita',), 3), (('Pooja', 'Puja'), 4), (('Neha',), 4), (('Lakshmi', 'Laxmi'), 3),
              (('Kavita', 'Kavitha'), 3), (('Divya',), 3), (('Anjali',), 2), (('Shreya', 'Sreya'), 2), (('Meera', 'Mira'), 1)]
IN_FAM = [(('Kumar',), 10), (('Singh',), 9), (('Sharma',), 7), (('Patel',), 6), (('Reddy',), 4), (('Gupta',), 4), (('Shah',), 3),
          (('Rao',), 3), (('Iyer', 'Iyar'), 2), (('Nair',), 2), (('Agarwal', 'Aggarwal', 'Agrawal'), 2), (('Verma',), 2.5),
          (('Mehta',), 2), (('Jain',), 2), (('Chopra',), 1), (('Malhotra',), 1), (('Banerjee', 'Banerji', 'Bannerjee'), 1.5),
          (('Chatterjee', 'Chatterji'), 1.2), (('Mukherjee', 'Mukerji'), 1.2), (('Das',), 2), (('Pillai',), 1),
          (('Krishnan',), 1.2), (('Srinivasan', 'Shrinivasan'), 1), (('Subramanian', 'Subramaniam'), 1), (('Naidu',), 1),
          (('Yadav',), 2), (('Khan',), 2.5), (('Joshi',), 2), (('Desai',), 1.2), (('Chaudhary', 'Choudhary', 'Chowdhury'), 2),
          (('Venkataraman',), 0.4), (('Bhattacharya', 'Bhattacharjee'), 0.7), (('Kulkarni',), 0.8), (('Menon',), 0.8)]
EL_GIVEN_M = [(('Georgios', 'Giorgos', 'George'), 'Γεώργιος', 4), (('Andreas',), 'Ανδρέας', 4),
              (('Konstantinos', 'Costas', 'Constantinos', 'Kostas'), 'Κωνσταντίνος', 3), (('Nikolaos', 'Nikos', 'Nicholas', 'Nicolas'), 'Νικόλαος', 3),
              (('Christos',), 'Χρήστος', 3), (('Panagiotis', 'Panayiotis', 'Panikos'), 'Παναγιώτης', 2.5),
              (('Michalis', 'Michael', 'Michail'), 'Μιχάλης', 2), (('Ioannis', 'Yiannis', 'John', 'Giannis'), 'Ιωάννης', 3),
              (('Dimitris', 'Demetris', 'Dimitrios'), 'Δημήτρης', 2), (('Savvas', 'Savvas'), 'Σάββας', 1),
              (('Stelios', 'Stylianos'), 'Στέλιος', 1), (('Marios',), 'Μάριος', 1), (('Kyriakos', 'Kyriacos'), 'Κυριάκος', 1),
              (('Antonis', 'Antonios'), 'Αντώνης', 1), (('Petros', 'Peter'), 'Πέτρος', 1), (('Loizos',), 'Λοΐζος', 0.5),
              (('Neophytos', 'Neofytos'), 'Νεόφυτος', 0.5), (('Sotiris', 'Sotirios'), 'Σωτήρης', 0.6), (('Charalambos', 'Haris', 'Charalampos'), 'Χαράλαμπος', 1)]
EL_GIVEN_F = [(('Maria',), 'Μαρία', 4), (('Eleni', 'Helen', 'Elena'), 'Ελένη', 3), (('Androulla', 'Androula'), 'Ανδρούλλα', 1.5),
              (('Christina',), 'Χριστίνα', 2), (('Stella',), 'Στέλλα', 1), (('Despina',), 'Δέσποινα', 1),
              (('Panayiota', 'Panagiota', 'Yiota'), 'Παναγιώτα', 1), (('Georgia',), 'Γεωργία', 1), (('Katerina', 'Aikaterini'), 'Κατερίνα', 1),
              (('Sofia', 'Sophia'), 'Σοφία', 1), (('Anna',), 'Άννα', 1)]
EL_FAMILY = [(('Georgiou', 'Yeorgiou'), 'Γεωργίου', 3), (('Constantinou', 'Konstantinou'), 'Κωνσταντίνου', 3),
             (('Ioannou',), 'Ιωάννου', 3), (('Christodoulou',), 'Χριστοδούλου', 2), (('Nicolaou', 'Nikolaou'), 'Νικολάου', 2),
             (('Charalambous', 'Haralambous', 'Charalampous'), 'Χαραλάμπους', 2), (('Demetriou', 'Dimitriou'), 'Δημητρίου', 2),
             (('Andreou',), 'Ανδρέου', 2), (('Panayiotou', 'Panagiotou'), 'Παναγιώτου', 1.5), (('Savva',), 'Σάββα', 1),
             (('Kyriacou', 'Kyriakou'), 'Κυριάκου', 1.5), (('Antoniou',), 'Αντωνίου', 1.5), (('Papadopoulos',), 'Παπαδόπουλος', 1.5),
             (('Hadjigeorgiou', 'Chatzigeorgiou', 'Hajigeorgiou'), 'Χατζηγεωργίου', 0.8), (('Pavlides', 'Pavlidis'), 'Παυλίδης', 0.7),
             (('Efstathiou',), 'Ευσταθίου', 0.6), (('Loizou',), 'Λοΐζου', 0.8), (('Michaelides', 'Michailidis'), 'Μιχαηλίδης', 0.7),
             (('Neophytou', 'Neofytou'), 'Νεοφύτου', 0.6), (('Stylianou',), 'Στυλιανού', 0.7), (('Sotiriou',), 'Σωτηρίου', 0.6),
             (('Petrou',), 'Πέτρου', 0.8), (('Zacharia', 'Zachariou'), 'Ζαχαρίου', 0.5), (('Kyprianou',), 'Κυπριανού', 0.6),
             (('Philippou', 'Filippou'), 'Φιλίππου', 0.6), (('Theodorou',), 'Θεοδώρου', 0.7), (('Vasiliou', 'Vassiliou'), 'Βασιλείου', 0.7),
             (('Solomou',), 'Σολωμού', 0.4), (('Chrysostomou',), 'Χρυσοστόμου', 0.4), (('Economides', 'Oikonomidis'), 'Οικονομίδης', 0.4)]
ET_GIVEN_M = "Martin Andres Jaan Tiit Mart Kristjan Rasmus Priit Toomas Märt Jüri Karl Oliver Markus Siim Taavi Indrek Urmas Rein Aivar".split()
ET_GIVEN_F = "Kadri Liis Mari Triin Kätlin Pille Tiiu Ülle Kristiina Maarja Helen Kertu Merike Anu".split()
ET_FAM = "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk Õunapuu Järve Põder Lõhmus Karu Mets Vaher Kallas Luik Raudsepp Kivi Laur Org Toom Kurg Sild Vares Jõgi Mölder Parts".split()
MS_GIVEN_M = [(('Muhammad', 'Mohd', 'Mohamad', 'Mohammad'), 6), (('Ahmad',), 4), (('Abdul Rahman', 'Abd Rahman'), 1.5),
              (('Faiz',), 1), (('Hafiz', 'Hafidz'), 1.5), (('Azman',), 1), (('Ismail',), 1.5), (('Zulkifli',), 1.5),
              (('Amirul',), 1), (('Syafiq', 'Shafiq'), 1), (('Razak',), 1), (('Hakim',), 1), (('Kamarul',), 0.8)]
MS_GIVEN_F = [(('Siti',), 5), (('Nur', 'Noor'), 4), (('Aishah', 'Aisyah'), 2), (('Farah',), 1.5), (('Nurul',), 2),
              (('Zarina',), 1), (('Azlina',), 1)]
MS_SECOND_M = [(x, 1) for x in 'Faiz Hafiz Aiman Izzat Amin Haziq Farhan Danial Irfan Firdaus Khairul Syahmi Azri Hakimi Rizal Ikhwan Zaki Fikri Shahrul Nazmi'.split()]
MS_SECOND_F = [(x, 1) for x in 'Aisyah Nabilah Zulaikha Hidayah Syafiqah Amirah Nadia Izzati Atiqah Farhana Suhaila Liyana Syazwani Hanis'.split()]

# ================================================================= persons

def _wt(lst):
    return W([(x, 1.0) for x in lst])


def _wz(lst, s=0.7):
    return W(zipf_pairs(lst, s, 2.0))


T = {}  # weighted tables, common and uniform ("rare") variants
T['zh_sur'] = W(ZH_SUR)
T['zh_sur_u'] = _wt([s for s, _ in ZH_SUR])
T['zh_giv1'] = W(ZH_GIV)
T['zh_giv_u'] = W([(g, w ** 0.4) for g, w in ZH_GIV])
T['ja_sur'] = W(JA_SUR)
T['ja_sur_u'] = _wt([s for s, _ in JA_SUR])
T['ja_giv_m'] = _wt([g for g, s in JA_GIV if s == 'm'])
T['ja_giv_f'] = _wt([g for g, s in JA_GIV if s == 'f'])
T['ko_sur'] = W(KO_SUR)
T['ko_sur_u'] = _wt([s for s, _ in KO_SUR])
T['ko_giv'] = W(KO_GIV)
T['vi_fam'] = W(VI_FAM)
T['vi_fam_u'] = _wt([s for s, _ in VI_FAM])
T['vi_mid_m'] = W(VI_MID_M)
T['vi_mid_f'] = W(VI_MID_F)
T['ru_m'] = _wz(RU_MALE, 0.6)
T['ru_f'] = _wz(RU_FEMALE, 0.6)
T['ru_patr'] = _wz(RU_PATR, 0.5)
T['ru_sur'] = _wz(RU_SUR, 0.9)
T['ru_sur_u'] = _wt(RU_SUR)
T['kz_m'] = _wz(KZ_MALE, 0.5)
T['kz_f'] = _wz(KZ_FEMALE, 0.5)
T['kz_sur'] = _wz(KZ_SUR, 0.6)
for _k, _v in (('ar_m', AR_GIVEN_M), ('ar_f', AR_GIVEN_F), ('ar_fam', AR_FAMILY), ('fa_m', FA_GIVEN_M),
               ('fa_f', FA_GIVEN_F), ('fa_fam', FA_FAMILY), ('el_m', EL_GIVEN_M), ('el_f', EL_GIVEN_F),
               ('el_fam', EL_FAMILY)):
    T[_k] = W([((a, b), w) for a, b, w in _v])
    T[_k + '_u'] = _wt([(a, b) for a, b, w in _v])
for _k, _v in (('in_m', IN_GIVEN_M), ('in_f', IN_GIVEN_F), ('in_fam', IN_FAM), ('ms_m', MS_GIVEN_M), ('ms_f', MS_GIVEN_F)):
    T[_k] = W(_v)
    T[_k + '_u'] = _wt([a for a, w in _v])
T['ms_2m'] = W(MS_SECOND_M)
T['ms_2f'] = W(MS_SECOND_F)
for _k, _v, _s in (('tr_m', TR_GIVEN_M, .6), ('tr_f', TR_GIVEN_F, .6), ('tr_fam', TR_FAM, .8), ('de_m', DE_GIVEN_M, .5),
                   ('de_f', DE_GIVEN_F, .5), ('de_fam', DE_FAM, .8), ('en_m', EN_GIVEN_M, .6), ('en_f', EN_GIVEN_F, .6),
                   ('en_fam', EN_FAM, .9), ('es_m', ES_GIVEN_M, .7), ('es_f', ES_GIVEN_F, .7), ('es_fam', ES_FAM, .8),
                   ('pt_m', PT_GIVEN_M, .7), ('pt_f', PT_GIVEN_F, .7), ('pt_fam', PT_FAM, .8), ('fr_m', FR_GIVEN_M, .6),
                   ('fr_f', FR_GIVEN_F, .6), ('fr_fam', FR_FAM, .8), ('nl_m', NL_GIVEN_M, .5), ('nl_f', NL_GIVEN_F, .5),
                   ('nl_fam', NL_FAM, .7), ('et_m', ET_GIVEN_M, .5), ('et_f', ET_GIVEN_F, .5), ('et_fam', ET_FAM, .6),
                   ('vi_m', VI_GIV_M, .5), ('vi_f', VI_GIV_F, .5), ('sea_g', SEA_GIVEN, .4)):
    T[_k] = _wz(_v, _s)
    T[_k + '_u'] = _wt(_v)


def tab(name, rare):
    return T[name + '_u'] if rare and (name + '_u') in T else T[name]


class Person(object):
    __slots__ = ('pid', 'cul', 'sex', 'g', 'f', 'p', 'eng', 'mid', 'maiden', 'title', 'role', 'key')

    def __init__(self):
        self.p = self.eng = self.mid = self.maiden = self.title = None
        self.role = 'own'


def _v0(tok):
    return tok[0][0] if isinstance(tok[0], tuple) else tok[0]



def pkey(p):
    c = p.cul
    if c in ('zh', 'zh_hk', 'zh_tw'):
        key = p.f[0] + ''.join(s[0] for s in p.g)
    elif c == 'zh_sea':
        key = p.f[4] + p.g
    elif c == 'ja':
        key = p.f[0] + p.g[0]
    elif c == 'ko':
        key = p.f[0] + p.g[0][0] + p.g[1][0]
    elif c == 'vi':
        key = p.f + p.mid + p.g
    elif c in ('ru', 'kz'):
        key = p.f + p.g + p.p
    elif c in ('ar', 'fa'):
        key = p.g[0][0] + (p.p[0][0] if p.p else '') + p.f[0][0]
    elif c == 'el':
        key = p.g[0][0] + (p.mid or '') + p.f[0][0]
    elif c == 'in':
        key = p.g[0] + (p.mid or '') + p.f[0]
    elif c == 'ms':
        key = p.g[0][0] + p.g[1] + p.p[0]
    elif c == 'en':
        key = p.g[0] + (p.mid or '') + p.f
    elif c in ('es', 'pt'):
        key = p.g + p.f[0] + p.f[1]
    elif c == 'nl':
        key = p.g + p.f[2] + p.f[1]
    else:
        key = p.g + p.f
    return c[:2] + ':' + fold(key).lower().replace(' ', '').replace('-', '').replace("'", '')


def make_person(rng, cul, rare=False, sex=None):
    p = Person()
    p.cul = cul
    p.sex = sex or ('m' if rng.random() < 0.72 else 'f')
    m = p.sex == 'm'
    if cul in ('zh', 'zh_hk', 'zh_tw'):
        p.f = tab('zh_sur', rare)(rng)
        if rng.random() < (0.2 if rare else 0.32):
            p.g = (T['zh_giv1'](rng),)
        else:
            tt = T['zh_giv_u'] if rare else T['zh_giv1']
            a = tt(rng)
            b = tt(rng)
            while b[0] == a[0]:
                b = tt(rng)
            p.g = (a, b)
        if cul != 'zh' and rng.random() < (0.45 if cul == 'zh_hk' else 0.25):
            p.eng = pick(rng, ENG_NAMES_M if m else ENG_NAMES_F)
    elif cul == 'zh_sea':
        p.f = tab('zh_sur', rare)(rng)
        if rare or rng.random() < 0.3:
            a1 = pick(rng, SEA_SYL)
            b1 = pick(rng, SEA_SYL)
            p.g = a1 + ' ' + (b1 if b1 != a1 else 'Seng')
        else:
            p.g = tab('sea_g', rare)(rng)
        if rng.random() < 0.4:
            p.eng = pick(rng, ENG_NAMES_M if m else ENG_NAMES_F)
    elif cul == 'ja':
        if rng.random() < (0.7 if rare else 0.1):
            x, y = pick(rng, JA_SUR_A), pick(rng, JA_SUR_B)
            p.f = (x[0] + y[0], x[1] + y[1])
        else:
            p.f = tab('ja_sur', rare)(rng)
        p.g = T['ja_giv_m' if m else 'ja_giv_f'](rng)
    elif cul == 'ko':
        p.f = tab('ko_sur', rare)(rng)
        a = T['ko_giv'](rng)
        b = T['ko_giv'](rng)
        p.g = (a, b)
    elif cul == 'vi':
        p.f = tab('vi_fam', rare)(rng)
        p.mid = T['vi_mid_m' if m else 'vi_mid_f'](rng)
        p.g = tab('vi_m' if m else 'vi_f', rare)(rng)
        if rng.random() < (0.6 if rare else 0.15):
            g2 = pick(rng, VI_GIV_M if m else VI_GIV_F)
            if g2 != p.g and g2 != p.mid:
                p.g = g2 + ' ' + p.g
    elif cul in ('ru', 'kz'):
        if cul == 'ru' or rng.random() < 0.25:
            p.g = T['ru_m' if m else 'ru_f'](rng)
            sur = tab('ru_sur', rare)(rng)
        else:
            p.g = T['kz_m' if m else 'kz_f'](rng)
            sur = T['kz_sur'](rng)
        p.f = sur if m else ru_fem(sur)
        if cul == 'kz' and rng.random() < 0.3:
            father = T['kz_m'](rng)
            p.p = father + ('ұлы' if m else 'қызы')
        else:
            pr = T['ru_patr'](rng)
            p.p = pr[1] if m else pr[2]
    elif cul in ('ar', 'fa'):
        p.g = tab(cul + ('_m' if m else '_f'), rare)(rng)
        p.f = tab(cul + '_fam', rare)(rng)
        if cul == 'ar' and (rare or rng.random() < 0.6):
            p.p = tab('ar_m', rare)(rng)
        if cul == 'fa' and rng.random() < (0.45 if rare else 0.12):
            b2 = pick(rng, FA_GIVEN2_M if m else FA_GIVEN2_F)
            if b2 not in p.g[0]:
                a0 = p.g[0][:2]
                p.g = (tuple(x + ' ' + b2 for x in a0) + (a0[0] + b2.lower(), a0[0] + '-' + b2), None)
        if cul == 'fa' and rng.random() < (0.3 if rare else 0.05):
            pl = pick(rng, FA_PLACE)
            f0 = p.f[0][0]
            p.f = ((f0 + ' ' + pl, f0 + '-' + pl, f0 + pl.lower()), None)
    elif cul == 'el':
        p.g = tab('el_m' if m else 'el_f', rare)(rng)
        p.f = tab('el_fam', rare)(rng)
        if rare or rng.random() < 0.3:
            p.mid = pick(rng, 'ACDGKMNPS')
    elif cul == 'in':
        p.g = tab('in_m' if m else 'in_f', rare)(rng)
        p.f = tab('in_fam', rare)(rng)
        if rng.random() < 0.3:
            p.p = chr(65 + int(rng.random() * 26))
        if m and rng.random() < (0.6 if rare else 0.25):
            p.mid = pick(rng, ('Kumar', 'Prasad', 'Chandra', 'Nath', 'Lal', 'Mohan', 'Raj', 'Kant', 'Prakash', 'Shankar'))
    elif cul == 'ms':
        p.g = (tab('ms_m' if m else 'ms_f', rare)(rng), T['ms_2m' if m else 'ms_2f'](rng))
        p.p = tab('ms_m', rare)(rng)
    elif cul == 'tr':
        g = tab('tr_m' if m else 'tr_f', rare)(rng)
        if rng.random() < (0.6 if rare else 0.15):
            g2 = T['tr_m' if m else 'tr_f'](rng)
            if g2 != g:
                g = g + ' ' + g2
        p.g = g
        p.f = tab('tr_fam', rare)(rng)
    elif cul == 'en':
        p.g = tab('en_m' if m else 'en_f', rare)(rng)
        p.f = tab('en_fam', rare)(rng)
        if rng.random() < 0.35:
            p.mid = chr(65 + int(rng.random() * 26))
        if not m and rng.random() < 0.3:
            p.maiden = T['en_fam'](rng)
        if rng.random() < 0.06:
            p.title = 'Dr.'
    elif cul == 'es':
        p.g = tab('es_m' if m else 'es_f', rare)(rng)
        p.f = (tab('es_fam', rare)(rng), T['es_fam'](rng))
    elif cul == 'pt':
        p.g = tab('pt_m' if m else 'pt_f', rare)(rng)
        p.f = (T['pt_fam'](rng), tab('pt_fam', rare)(rng))
        if p.f[0] == p.f[1]:
            p.f = (p.f[0], pick(rng, PT_FAM))
        p.p = pick(rng, ('da', 'dos', 'de', '', '', ''))
    else:  # de fr nl et
        p.g = tab(cul + ('_m' if m else '_f'), rare)(rng)
        p.f = tab(cul + '_fam', rare)(rng)
        if rng.random() < (0.4 if rare else 0.08) and '-' not in p.g:
            g2 = T[cul + ('_m' if m else '_f')](rng)
            if g2 != p.g and '-' not in g2:
                p.g = p.g + (' ' if cul == 'nl' else '-') + g2
        if cul == 'de' and rng.random() < 0.12:
            p.title = pick(rng, ('Dr.', 'Dr.', 'Prof. Dr.', 'Dipl.-Ing.'))
    p.key = pkey(p)
    return p


def person_latin(p):
    """Canonical Latin (given, family) of a person, used for e-mail local parts."""
    c = p.cul
    if c in ('zh', 'zh_hk', 'zh_tw'):
        i = {'zh': 1, 'zh_hk': 3, 'zh_tw': 2}[c]
        g = ''.join(x[i] for x in p.g)
        f = p.f[i]
    elif c == 'zh_sea':
        g, f = p.g, p.f[4]
    elif c == 'ja':
        g, f = p.g[1], p.f[1]
    elif c == 'ko':
        g, f = p.g[0][1][0] + p.g[1][1][0], p.f[1][0]
    elif c == 'vi':
        g, f = p.g, p.f
    elif c in ('ru', 'kz'):
        gg = RU_CONV_GIVEN.get(p.g)
        g = gg[0] if gg else cyr_latin(p.g, 'bgn')
        f = cyr_latin(p.f, 'bgn')
    elif c in ('ar', 'fa', 'el'):
        g, f = p.g[0][0], p.f[0][0]
    elif c == 'in':
        g, f = p.g[0], p.f[0]
    elif c == 'ms':
        g, f = p.g[0][0] + p.g[1], p.p[0]
    elif c == 'en':
        g, f = p.g[0], p.f
    elif c in ('es', 'pt'):
        g, f = p.g, p.f[0] if c == 'es' else p.f[1]
    elif c == 'nl':
        g, f = p.g, p.f[1]
    else:
        g, f = p.g, p.f
    g = ''.join(ch for ch in fold(g).lower() if ch.isalnum())
    f = ''.join(ch for ch in fold(f).lower() if ch.isalnum())
    return g or 'x', f or 'x'


def _typo(rng, s):
    idx = [i for i in range(1, len(s) - 1) if s[i].isalpha() and s[i + 1].isalpha()]
    if len(s) < 6 or not idx:
        return s
    i = pick(rng, idx)
    r = rng.random()
    if r < 0.4:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if r < 0.7:
        return s[:i] + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def _varpick(rng, variants, p0=0.55):
    if len(variants) == 1 or rng.random() < p0:
        return variants[0]
    return variants[1 + int(rng.random() * (len(variants) - 1))]


def _order(rng, given, family, prof, fam_first_default=False):
    r = rng.random()
    comma = prof.get('comma', 0.08)
    if r < comma:
        return family + ', ' + given
    ff = prof.get('famfirst', 0.0)
    if fam_first_default:
        ff = max(ff, 0.55)
    if rng.random() < ff:
        return family + ' ' + given
    return given + ' ' + family


def render_person(p, prof, rng, strict):
    c = p.cul
    native = False
    m = p.sex == 'm'
    if c in ('zh', 'zh_hk', 'zh_tw'):
        s = prof['zh'](rng)
        if s == 'hz':
            out = p.f[0] + ''.join(x[0] for x in p.g)
            native = True
        else:
            sysn = {'zh': 'wg' if s == 'wg' else 'py', 'zh_hk': 'ca', 'zh_tw': 'wg'}[c]
            if c == 'zh_tw' and s == 'py' and rng.random() < 0.3:
                sysn = 'py'
            if sysn == 'py':
                fam = p.f[1]
                if 'ü' in fam:
                    fam = pick(rng, (fam, fam.replace('ü', 'v'), fam.replace('ü', 'yu'), fam.replace('ü', 'u')))
                r = rng.random()
                if len(p.g) == 1:
                    giv = cap(p.g[0][1])
                elif r < 0.7:
                    giv = cap(''.join(x[1] for x in p.g))
                elif r < 0.9:
                    giv = ' '.join(cap(x[1]) for x in p.g)
                else:
                    giv = '-'.join(cap(x[1]) for x in p.g)
            elif sysn == 'wg':
                fam = p.f[2]
                giv = cap('-'.join(x[2] for x in p.g))
                if rng.random() < 0.5:
                    fam = fam.replace("'", '')
                    giv = giv.replace("'", '')
                if rng.random() < 0.5:
                    fam = fold(fam)
                    giv = fold(giv)
            else:
                fam = p.f[3]
                if rng.random() < 0.6:
                    giv = ' '.join(cap(x[3]) for x in p.g)
                else:
                    giv = cap('-'.join(x[3] for x in p.g))
            if rng.random() < prof.get('famupper', 0.15):
                fam = fam.upper()
            fam_first = rng.random() < (0.75 if c != 'zh' else 0.6)
            if p.eng and rng.random() < 0.6:
                r = rng.random()
                if r < 0.55:
                    out = p.eng + ' ' + fam + ' ' + giv
                elif r < 0.75:
                    out = fam + ' ' + giv + ', ' + p.eng
                elif r < 0.85 or strict:
                    out = fam + ' ' + giv + ' ' + p.eng
                else:
                    out = p.eng + ' ' + fam
            elif rng.random() < prof.get('comma', 0.08):
                out = fam + ', ' + giv
            else:
                out = (fam + ' ' + giv) if fam_first else (giv + ' ' + fam)
    elif c == 'zh_sea':
        fam = p.f[4]
        if p.eng and rng.random() < 0.6:
            r = rng.random()
            if r < 0.6:
                out = p.eng + ' ' + fam + ' ' + p.g
            elif r < 0.85 or strict:
                out = fam + ' ' + p.g + ' ' + p.eng
            else:
                out = p.eng + ' ' + fam
        else:
            out = (fam + ' ' + p.g) if rng.random() < 0.8 else (p.g + ' ' + fam)
    elif c == 'ja':
        s = prof['ja'](rng)
        if s == 'kanji':
            out = p.f[0] + pick(rng, ('', ' ', '\u3000')) + p.g[0]
            native = True
        else:
            conv = {'plain': fold, 'macron': lambda x: x, 'oh': ja_oh, 'ou': ja_ou, 'kunrei': ja_kunrei}[s]
            fam, giv = conv(p.f[1]), conv(p.g[1])
            if "'" in giv and rng.random() < 0.5:
                giv = giv.replace("'", '' if rng.random() < 0.7 else '-')
            if rng.random() < prof.get('famupper', 0.15):
                fam = fam.upper()
            out = (fam + ' ' + giv) if rng.random() < 0.45 else (giv + ' ' + fam)
    elif c == 'ko':
        s = prof['ko'](rng)
        if s == 'hangul':
            out = p.f[0] + ''.join(x[0] for x in p.g)
            native = True
        else:
            if s == 'common':
                fam = _varpick(rng, p.f[1], 0.75)
                syl = [_varpick(rng, x[1], 0.75) for x in p.g]
            elif s == 'rr':
                fam = p.f[2]
                syl = [x[2] for x in p.g]
            else:
                fam = p.f[3]
                syl = [x[3] for x in p.g]
            r = rng.random()
            if r < 0.45:
                giv = syl[0] + '-' + syl[1].lower()
            elif r < 0.7:
                giv = syl[0] + syl[1].lower()
            elif r < 0.9:
                giv = syl[0] + ' ' + syl[1]
            else:
                giv = syl[0] + '-' + syl[1]
            if rng.random() < prof.get('famupper', 0.15):
                fam = fam.upper()
            out = (fam + ' ' + giv) if rng.random() < 0.6 else (giv + ' ' + fam)
    elif c == 'vi':
        fam, mid, giv = p.f, p.mid, p.g
        if rng.random() < prof.get('vifold', 0.6):
            fam, mid, giv = fold(fam), fold(mid), fold(giv)
        r = rng.random()
        if r < 0.65:
            out = fam + ' ' + mid + ' ' + giv
        elif r < 0.8:
            out = giv + ' ' + fam
        else:
            out = giv + ' ' + mid + ' ' + fam
    elif c in ('ru', 'kz'):
        s = prof['cyr'](rng)
        g, f, pa = p.g, p.f, p.p
        if s == 'cyr':
            native = True
            if rng.random() < 0.5:
                g, f, pa = g.translate(_KZ_TO_RU), f.translate(_KZ_TO_RU), pa.translate(_KZ_TO_RU)
        else:
            gg = RU_CONV_GIVEN.get(g) if s == 'conv' else None
            g = _varpick(rng, gg, 0.6) if gg else cyr_latin(g, s)
            f = cyr_latin(f, s)
            pa = cyr_latin(pa, s)
            if s == 'gost' and rng.random() < 0.5:
                g, f, pa = (x.replace('`', '').replace("'", '') for x in (g, f, pa))
        r = rng.random()
        if r < 0.35:
            out = g + ' ' + f
        elif r < 0.6:
            out = f + ' ' + g + ' ' + pa
        elif r < 0.8:
            out = g + ' ' + pa + ' ' + f
        elif r < 0.9:
            out = f + ' ' + g[0] + '.' + pick(rng, ('', ' ')) + pa[0] + '.'
        else:
            out = f + ', ' + g
    elif c in ('ar', 'fa'):
        if c == 'ar' and rng.random() < prof.get('native', 0.0):
            parts = [p.g[1]]
            if p.p and rng.random() < 0.6:
                parts += ['بن', p.p[1]]
            parts.append(p.f[1])
            out = ' '.join(parts)
            native = True
        else:
            g = _varpick(rng, p.g[0])
            f = _varpick(rng, p.f[0])
            parts = [g]
            if p.p:
                r = rng.random()
                if r < 0.35:
                    parts += [pick(rng, ('bin', 'bin', 'Bin', 'ibn', 'Ibn')) if m else pick(rng, ('bint', 'binti')), _varpick(rng, p.p[0])]
                elif r < 0.7:
                    parts.append(_varpick(rng, p.p[0]))
            if rng.random() < prof.get('comma', 0.08):
                out = f + ', ' + ' '.join(parts)
            else:
                out = ' '.join(parts + [f])
    elif c == 'el':
        if rng.random() < prof.get('native', 0.0) * 0.7:
            out = p.g[1] + ' ' + p.f[1]
            if rng.random() < 0.3:
                out = p.f[1].upper() + ' ' + p.g[1].upper()
            native = True
        else:
            g = _varpick(rng, p.g[0])
            if p.mid and (strict or rng.random() < 0.6):
                g = g + ' ' + p.mid + '.'
            out = _order(rng, g, _varpick(rng, p.f[0]), prof)
    elif c == 'in':
        g = _varpick(rng, p.g, 0.6)
        f = _varpick(rng, p.f, 0.6)
        if p.mid and (strict or rng.random() < 0.7):
            g = g + ' ' + p.mid
        r = rng.random()
        if p.p and r < 0.25:
            out = p.p + '. ' + g + ' ' + f
        elif not strict and r < 0.3:
            out = g + ' ' + f[0] + '.'
        else:
            out = _order(rng, g, f, prof)
    elif c == 'ms':
        g1 = _varpick(rng, p.g[0], 0.5)
        fa = _varpick(rng, p.p, 0.6)
        con = (pick(rng, ('bin', 'bin', 'Bin', 'B.')) if m else pick(rng, ('binti', 'binti', 'Binti', 'bt')))
        r = rng.random()
        if r < 0.55:
            out = g1 + ' ' + p.g[1] + ' ' + con + ' ' + fa
        elif r < 0.85:
            out = g1 + ' ' + p.g[1] + ' ' + fa
        else:
            out = p.g[1] + ' ' + fa
    elif c == 'tr':
        out = _order(rng, p.g, p.f, prof)
        r = rng.random()
        if r < prof.get('trfold', 0.3):
            out = fold(out)
        elif r < prof.get('trfold', 0.3) + 0.04:
            out = de_fold(out)
    elif c == 'de':
        fam = p.f
        if fam.startswith('von ') or fam.startswith('zu '):
            if rng.random() < 0.15:
                fam = title_words(fam)
        out = _order(rng, p.g, fam, prof)
        r = rng.random()
        if r < 0.25:
            out = de_fold(out)
        elif r < 0.35:
            out = fold(out)
        if p.title and rng.random() < prof.get('honor', 0.1) * 3:
            out = p.title + ' ' + out
    elif c == 'en':
        g = p.g[0]
        if p.g[1] and rng.random() < (0.08 if strict else 0.15):
            g = pick(rng, p.g[1])
        if p.mid and rng.random() < 0.3:
            g = g + ' ' + p.mid + '.'
        fam = p.f
        if p.maiden:
            r = rng.random()
            if not strict and r < 0.2:
                fam = p.maiden
            elif r < 0.28:
                fam = p.maiden + '-' + p.f
            elif r < 0.33:
                fam = p.f + ' (née ' + p.maiden + ')'
        if not strict and rng.random() < 0.04:
            g = g[0] + '.'
        out = _order(rng, g, fam, prof)
        if p.title and rng.random() < 0.4:
            out = p.title + ' ' + out
    elif c == 'es':
        r = rng.random()
        if r < 0.45:
            out = p.g + ' ' + p.f[0] + ' ' + p.f[1]
        elif r < 0.8:
            out = p.g + ' ' + p.f[0]
        elif r < 0.9:
            out = p.g + ' ' + p.f[0] + '-' + p.f[1]
        else:
            out = (p.f[0] + ' ' + p.f[1]).upper() + ', ' + p.g
        if rng.random() < 0.4:
            out = fold(out)
    elif c == 'pt':
        part = (p.p + ' ') if p.p and rng.random() < 0.6 else ''
        r = rng.random()
        if r < 0.5:
            out = p.g + ' ' + part + p.f[0] + ' ' + p.f[1]
        else:
            out = p.g + ' ' + part + p.f[1]
        if rng.random() < 0.3:
            out = fold(out)
    elif c == 'fr':
        g = p.g
        if '-' in g and rng.random() < 0.2:
            g = g.replace('-', ' ')
        if rng.random() < 0.25:
            out = p.f.upper() + ' ' + g
        else:
            out = _order(rng, g, p.f, prof)
        if rng.random() < 0.3:
            out = fold(out)
    elif c == 'nl':
        part, fam = p.f[2], p.f[1]
        r = rng.random()
        if not part:
            out = _order(rng, p.g, fam, prof)
        elif r < 0.6:
            out = p.g + ' ' + part + ' ' + fam
        elif r < 0.75:
            out = p.g + ' ' + title_words(part) + ' ' + fam
        elif r < 0.87:
            out = fam + ', ' + p.g + ' ' + part
        elif r < 0.93:
            out = p.g + ' ' + ''.join(w[0] for w in part.split()) + ' ' + fam
        else:
            out = p.g + ' ' + cap(part.replace(' ', '')) + fam.lower()
        if 'ij' in out.lower() and rng.random() < 0.1:
            out = out.replace('ij', 'y').replace('IJ', 'Y')
    elif c == 'et':
        out = _order(rng, p.g, p.f, prof)
        if rng.random() < 0.35:
            out = fold(out)
    else:
        out = p.g + ' ' + p.f
    # channel-wide noise
    if not native:
        hon = prof.get('honor', 0.0)
        if hon and rng.random() < hon and c not in ('de',):
            if c in ('ar', 'fa', 'in', 'ms', 'en', 'zh_hk', 'zh_sea', 'el', 'ko', 'ja', 'zh'):
                h = pick(rng, ('Mr.', 'Mr', 'MR')) if m else pick(rng, ('Ms.', 'Ms', 'Mrs.', 'Mdm'))
            elif c == 'fr':
                h = 'M.' if m else 'Mme'
            elif c in ('es', 'pt'):
                h = ('Sr.' if m else 'Sra.')
            else:
                h = 'Mr.' if m else 'Ms.'
            out = h + ' ' + out
        if rng.random() < prof.get('upper', 0.0):
            out = tr_upper(out) if (c == 'tr' and rng.random() < 0.5) else out.upper()
        if not strict and rng.random() < prof.get('typo', 0.0):
            out = _typo(rng, out)
        if rng.random() < prof.get('moji', 0.0):
            out = moji_1254(out) if c == 'tr' else moji_utf8(out)
    if rng.random() < prof.get('ws', 0.02):
        out = pick(rng, (out + ' ', ' ' + out, out.replace(' ', '  ', 1)))
    return out


# =================================================================== orgs
EN_STEMS = """Apex Nova Quantum Vertex Helix Nimbus Cobalt Aurora Orbit Zenith Polaris Silverline BluePeak Ironwood Redwood
Falcon Lynx Cedar Summit Horizon Pinnacle Vector Tensor Matrix Cortex Neuron Synapse Lattice Photon Argon Sigma
Delta Omega Kappa Atlas Titan Orion Lyra Vega Altair Sirius Meridian Crescent Emerald Sapphire Granite Harbor
Northwind Bluebird Greenfield Brightpath Clearwater Stonebridge Riverside Oakridge Westgate Eastbridge Highland
Keystone Lighthouse Wayfinder Starling Kingfisher Osprey Heron Aether Arcadia Avalon Borealis Cascade Cirrus
Ember Fathom Flux Glacier Ion Juniper Kinetic Lumen Magnet Nebula Obsidian Paragon Prism Quasar Radiant Solstice
Tempest Umbra Vantage Wildfire Xenon Zephyr Boreal Cognito Deepwell Epoch Frontier Gradient Halcyon Infinity
Jetstream Kestrelwood Luma Mosaic Nexus Onyx Pioneer Quill Rhombus Sable Tundra Unity Verity Willow""".split()
COMMON_STEMS = ['Golden Star', 'Global Tech', 'Sunrise', 'Silver Ocean', 'Pacific', 'Eastern', 'Universal', 'Prime',
                'Alpha', 'Future', 'Smart', 'Dragon', 'Phoenix', 'Lotus', 'Asia Pacific', 'Euro', 'Global', 'United',
                'Royal', 'Star', 'Grand', 'New Century', 'Bright Future', 'Great Wall', 'Silk Road', 'Oriental']
EN_IND = [('Technologies', 6), ('Tech', 5), ('Systems', 4), ('Solutions', 5), ('AI', 5), ('Labs', 4), ('Analytics', 3),
          ('Data', 3), ('Computing', 3), ('Compute', 3), ('Cloud', 3), ('Robotics', 2), ('Vision', 2), ('Dynamics', 2),
          ('Networks', 2), ('Digital', 3), ('Software', 3), ('Trading', 4), ('Electronics', 3), ('Semiconductor', 1),
          ('Logistics', 1), ('Capital', 1), ('Holdings', 2), ('Ventures', 1), ('Studios', 2), ('Render', 1),
          ('Games', 1), ('Bio', 1), ('Genomics', 1), ('Research', 2), ('Consulting', 2), ('Engineering', 2),
          ('Media', 1), ('Energy', 1), ('Mining', 1), ('Intelligence', 1), ('Informatics', 1), ('', 3)]
T['en_ind'] = W(EN_IND)
ZH_IND = [(('Technology', '科技'), 6), (('Information Technology', '信息技术'), 3), (('Network Technology', '网络科技'), 3),
          (('Intelligent Technology', '智能科技'), 3), (('Electronics', '电子'), 2), (('Trading', '贸易'), 2),
          (('Semiconductor', '半导体'), 1), (('Data Technology', '数据科技'), 2), (('Software', '软件'), 2),
          (('Import and Export', '进出口'), 1), (('Computing', '计算'), 1)]
T['zh_ind'] = W(ZH_IND)
RU_STEMS = [('Вектор', 'Vector'), ('Северный', 'Northern'), ('Альфа', 'Alpha'), ('Техно', 'Techno'), ('Ресурс', 'Resource'),
            ('Капитал', 'Capital'), ('Развитие', 'Development'), ('Прогресс', 'Progress'), ('Сфера', 'Sphere'),
            ('Гранит', 'Granite'), ('Восток', 'Vostok'), ('Сибирь', 'Siberia'), ('Орион', 'Orion'), ('Кварц', 'Quartz'),
            ('Интеграл', 'Integral'), ('Спектр', 'Spectrum'), ('Меридиан', 'Meridian'), ('Гелиос', 'Helios'),
            ('Байкал', 'Baikal'), ('Урал', 'Ural'), ('Аврора', 'Aurora'), ('Зенит', 'Zenith'), ('Нейрон', 'Neuron'),
            ('Цифра', 'Tsifra'), ('Щит', 'Shield'), ('Ёлка', 'Yolka')]
RU_IND = [('Системы', 'Systems'), ('Технологии', 'Technologies'), ('Трейд', 'Trade'), ('Инжиниринг', 'Engineering'),
          ('Плюс', 'Plus'), ('Групп', 'Group'), ('Софт', 'Soft'), ('Логистик', 'Logistic'), ('', ''), ('', ''),
          ('Вычислительные Системы', 'Computing Systems'), ('Телеком', 'Telecom')]
TR_IND = ['Bilişim', 'Teknoloji', 'Yazılım', 'Dış Ticaret', 'Elektronik', 'Danışmanlık', 'Bilgi Teknolojileri', 'Mühendislik']
TR_STEMS = ['Yıldız', 'Anadolu', 'Boğaziçi', 'Ege', 'Karadeniz', 'Marmara', 'Toros', 'Kuzey', 'Güneş', 'Doğu', 'Atlas',
            'Özgür', 'Işık', 'Çınar', 'Şimşek', 'Kartal', 'Ufuk', 'Deniz', 'Zirve', 'Vizyon']
DE_IND = ['Datentechnik', 'Systemhaus', 'Informatik', 'IT-Services', 'Software', 'Rechenzentrum', 'Technologie',
          'Analytik', 'Cloud Services', 'Datenverarbeitung']
DE_STEMS = ['Nordlicht', 'Alpen', 'Rhein', 'Spree', 'Elbe', 'Schwarzwald', 'Bergmann', 'Sonnen', 'Weißbach', 'Müller & Söhne',
            'Hanse', 'Isar', 'Brücken', 'Lindner', 'Kraftwerk', 'Grünwald', 'Fuchsbau', 'Ostwind', 'Südstern']
JA_STEMS = ['Sakura', 'Fuji', 'Asahi', 'Hikari', 'Mirai', 'Nihon', 'Kaze', 'Sora', 'Yamato', 'Tokai', 'Kansai', 'Shinsei',
            'Kōyō', 'Tōhoku', 'Hokusei', 'Ryūsei']
KO_STEMS = ['Hanbit', 'Saerom', 'Mirae', 'Daehan', 'Hanil', 'Samjin', 'Nuri', 'Haneul', 'Gaon', 'Seoul', 'Dasan',
            'Hyundai Data', 'Arum', 'Bitsam']
VI_STEMS = ['Việt Tiến', 'Sao Mai', 'Phương Đông', 'Minh Long', 'Thành Công', 'Hưng Thịnh', 'Đông Á', 'Tân Phát',
            'An Phú', 'Bình Minh', 'Hoàng Gia', 'Thiên Long']
VI_IND = [('Công nghệ', 'Technology'), ('Giải pháp Phần mềm', 'Software Solutions'), ('Thương mại', 'Trading'),
          ('Dữ liệu', 'Data'), ('Công nghệ Thông tin', 'Information Technology')]
IN_STEMS = ['Shree Ganesh', 'Sai Krishna', 'Aarav', 'Navya', 'Trident', 'Kaveri', 'Himalaya', 'Indus', 'Sahyadri', 'Vayu',
            'Agni', 'Nakshatra', 'Saraswati', 'Deccan', 'Arjun', 'Lakshya', 'Prithvi', 'Tejas']
SEA_STEMS = ['Hock Seng', 'Lion City', 'Merlion', 'Straits', 'Kampong', 'Temasek Bay', 'Tanjong', 'Bukit', 'Orchid',
             'Harimau', 'Mutiara', 'Seri', 'Kinabalu', 'Wah Hin', 'Chop Teck']
HK_STEMS = ['Wing Fat', 'Sino Tech', 'Kam Lung', 'Tai Fung', 'Yue Hing', 'Hop Lee', 'Fook Shing', 'Man Kee', 'Kowloon',
            'Victoria', 'Harbour', 'Peak', 'Jade', 'Pearl River']
AR_STEMS = ['Al Noor', 'Al Fajr', 'Al Baraka', 'Al Safa', 'Al Rawda', 'Oasis', 'Falcon', 'Dune', 'Crescent', 'Desert Rose',
            'Al Waha', 'Gulf Star', 'Emirates Star', 'Al Majd', 'Al Yaqoot', 'Sahara', 'Burj']
EL_STEMS = ['Aphrodite', 'Troodos', 'Kition', 'Akamas', 'Olympus', 'Hermes', 'Athena', 'Kyrenia', 'Salamis', 'Paphos Bay']
ES_STEMS = ['Iberia', 'Sol', 'Mediterránea', 'Levante', 'Cantábrico', 'Alhambra', 'Montserrat', 'Castilla', 'Nubes', 'Faro']
PT_STEMS = ['Tupi', 'Guará', 'Ipê', 'Cerrado', 'Atlântico', 'Paulista', 'Ipanema', 'Serra Azul', 'Jabuti', 'Ara']
FR_STEMS = ['Lumière', 'Mistral', 'Azur', 'Belledonne', 'Garonne', 'Loire', 'Rhône', 'Étoile', 'Horizon', 'Cévennes']
NL_STEMS = ['Delta', 'Polder', 'Tulp', 'Molen', 'Zeeland', 'Noordzee', 'Oranje', 'Dijk', 'Gracht', 'Waddenzee']
ET_STEMS = ['Põhjala', 'Kalev', 'Toompea', 'Saaremaa', 'Läänemere', 'Virumaa', 'Peipsi', 'Koit', 'Hõbe']

LEGAL = {
    'US': [(('Inc.', 'Inc', 'Incorporated', 'INC.'), 5), (('LLC', 'L.L.C.', 'Llc'), 5), (('Corp.', 'Corporation', 'Corp'), 2)],
    'GB': [(('Ltd', 'Limited', 'Ltd.', 'LTD'), 8), (('LLP',), 1), (('PLC', 'plc'), 0.3)],
    'DE': [(('GmbH',), 8), (('UG (haftungsbeschränkt)', 'UG (haftungsbeschraenkt)', 'UG'), 2), (('AG',), 1), (('GmbH & Co. KG', 'GmbH & Co KG'), 1)],
    'NL': [(('B.V.', 'BV', 'B.V'), 8), (('N.V.', 'NV'), 0.5)],
    'FR': [(('SAS', 'S.A.S.'), 6), (('SARL', 'S.A.R.L.'), 3), (('SA', 'S.A.'), 1)],
    'ES': [(('S.L.', 'SL', 'Sociedad Limitada', 'S.L.U.'), 7), (('S.A.', 'SA'), 2)],
    'CN': [(('Co., Ltd.', 'Co. Ltd', 'CO., LTD.', 'Company Limited', 'Co.,Ltd.', 'Co., Limited'), 10)],
    'HK': [(('Limited', 'Ltd', 'Ltd.', 'Co., Limited', 'Company Limited', 'LIMITED'), 10)],
    'TW': [(('Co., Ltd.', 'Co. Ltd.', 'Corp.', 'Inc.', 'Corporation'), 10)],
    'SG': [(('Pte. Ltd.', 'Pte Ltd', 'Private Limited', 'PTE. LTD.', 'Pte. Limited'), 10)],
    'MY': [(('Sdn. Bhd.', 'Sdn Bhd', 'SDN. BHD.', 'Sendirian Berhad'), 9), (('Berhad', 'Bhd'), 1)],
    'JP': [(('K.K.', 'Kabushiki Kaisha', 'Co., Ltd.', 'Inc.', 'KK'), 8), (('G.K.', 'Godo Kaisha', 'LLC'), 2)],
    'KR': [(('Co., Ltd.', 'Co. Ltd', 'Inc.', 'Corp.', 'Corporation'), 10)],
    'VN': [(('Co., Ltd', 'Company Limited', 'Co. Ltd', 'LLC'), 7), (('JSC', 'Joint Stock Company', 'Corporation'), 3)],
    'IN': [(('Private Limited', 'Pvt. Ltd.', 'Pvt Ltd', 'Pvt. Limited', 'PRIVATE LIMITED'), 9), (('LLP',), 1)],
    'RU': [(('ООО', 'OOO', 'LLC', 'Ltd'), 8), (('АО', 'AO', 'JSC'), 2)],
    'KZ': [(('ТОО', 'TOO', 'LLP'), 9), (('АО', 'AO', 'JSC'), 1)],
    'AE': [(('LLC', 'L.L.C', 'L.L.C.', 'Limited Liability Company'), 4), (('FZE', 'F.Z.E.', 'FZE.'), 3),
           (('FZCO', 'FZ-CO', 'F.Z.CO'), 2), (('DMCC', 'D.M.C.C.'), 2), (('FZ-LLC', 'FZ LLC', 'FZLLC'), 2)],
    'TR': [(('Ltd. Şti.', 'Limited Şirketi', 'LTD. ŞTİ.', 'Ltd Sti', 'Ltd. Şti'), 7), (('A.Ş.', 'AŞ', 'Anonim Şirketi', 'A.S.'), 3)],
    'CY': [(('Ltd', 'Limited', 'LTD', 'Ltd.'), 10)],
    'EE': [(('OÜ', 'OU', 'Osaühing', 'OÜ.'), 9), (('AS',), 1)],
    'BR': [(('Ltda.', 'LTDA', 'Ltda'), 7), (('S.A.', 'SA'), 2), (('ME', 'EIRELI'), 1)],
}
LEGAL_W = {k: W(v) for k, v in LEGAL.items()}

ORG_STYLE = {'CN': 'cn', 'TW': 'tw', 'HK': 'hk', 'RU': 'ru', 'KZ': 'ru', 'TR': 'tr', 'DE': 'de', 'JP': 'ja', 'KR': 'ko',
             'VN': 'vi', 'IN': 'in', 'SG': 'sea', 'MY': 'sea', 'AE': 'ar', 'CY': 'el', 'ES': 'es', 'BR': 'pt',
             'FR': 'fr', 'NL': 'nl', 'EE': 'et'}
LOCAL_STEMS = {'tr': TR_STEMS, 'de': DE_STEMS, 'ja': JA_STEMS, 'ko': KO_STEMS, 'in': IN_STEMS, 'sea': SEA_STEMS,
               'hk': HK_STEMS, 'ar': AR_STEMS, 'el': EL_STEMS, 'es': ES_STEMS, 'pt': PT_STEMS, 'fr': FR_STEMS,
               'nl': NL_STEMS, 'et': ET_STEMS}


class Org(object):
    """A legal entity's name, kept in parts so every channel can render it its own way."""
    __slots__ = ('oid', 'cc', 'style', 'stem', 'stem2', 'ind', 'legal', 'city', 'suffix')

    def __init__(self):
        self.stem2 = self.city = self.suffix = None


def make_org(rng, cc, stem=None, ind=None, city=None):
    o = Org()
    o.cc = cc
    st = ORG_STYLE.get(cc, 'en')
    if isinstance(stem, str) and st in ('cn', 'tw', 'ru', 'vi'):
        st = 'en'
    o.style = st
    o.legal = LEGAL_W[cc](rng) if cc in LEGAL_W else ('Ltd',)
    if st == 'cn' or (st == 'tw' and rng.random() < 0.5):
        a = T['zh_giv_u'](rng)
        b = T['zh_giv_u'](rng)
        o.stem = stem or (a, b)
        o.style = 'cn'
        o.ind = ind or T['zh_ind'](rng)
        o.city = city
    elif st == 'ru':
        o.stem = stem or pick(rng, RU_STEMS)
        o.ind = ind or pick(rng, RU_IND)
    elif st == 'vi':
        o.stem = stem or pick(rng, VI_STEMS)
        o.ind = ind or pick(rng, VI_IND)
    else:
        r = rng.random()
        if stem:
            o.stem = stem
        elif r < 0.12:
            o.stem = pick(rng, COMMON_STEMS)
        elif st in LOCAL_STEMS and r < 0.55:
            o.stem = pick(rng, LOCAL_STEMS[st])
        else:
            o.stem = pick(rng, EN_STEMS)
            if rng.random() < 0.35:
                o.stem2 = pick(rng, EN_STEMS)
        if ind is not None:
            o.ind = ind
        elif st == 'tr':
            o.ind = pick(rng, TR_IND)
        elif st == 'de' and rng.random() < 0.6:
            o.ind = pick(rng, DE_IND)
        else:
            o.ind = T['en_ind'](rng)
        if st == 'tr' and rng.random() < 0.45:
            o.suffix = 'San. ve Tic.'
        if cc == 'AE' and o.legal[0] == 'LLC' and rng.random() < 0.4:
            o.ind = 'General Trading'
        if cc == 'HK' and rng.random() < 0.2:
            o.ind = pick(rng, ('International Trading', 'Holdings', 'Technology', 'Industrial'))
    return o


def render_org(o, prof, rng):
    lg = _varpick(rng, o.legal, 0.6)
    st = o.style
    native = False
    if st == 'cn':
        city = o.city
        if rng.random() < prof.get('hz', 0.0) and city:
            out = city[1] + o.stem[0][0] + o.stem[1][0] + o.ind[1] + '有限公司'
            native = True
        else:
            stem = cap(o.stem[0][1] + o.stem[1][1])
            if rng.random() < 0.1:
                stem = cap(o.stem[0][1]) + ' ' + cap(o.stem[1][1])
            ind = o.ind[0]
            if city and rng.random() < 0.7:
                if rng.random() < 0.3:
                    out = stem + ' ' + ind + ' (' + city[0] + ') ' + lg
                else:
                    out = city[0] + ' ' + stem + ' ' + ind + ' ' + lg
            else:
                out = stem + ' ' + ind + ' ' + lg
    elif st == 'ru':
        s = prof['cyr'](rng)
        stem, ind = o.stem, o.ind
        lgc = o.legal[0]
        if s == 'cyr':
            nm = stem[0] + ((' ' + ind[0]) if ind[0] else '')
            out = lgc + ' ' + pick(rng, ('«%s»', '"%s"', '%s')) % nm
            native = True
        elif rng.random() < 0.35:
            nm = stem[1] + ((' ' + ind[1]) if ind[1] else '')
            out = nm + ' ' + pick(rng, ('LLC', 'Ltd', 'LLP' if o.cc == 'KZ' else 'LLC'))
        else:
            nm = cyr_latin(stem[0], s) + ((' ' + ' '.join(cyr_latin(w, s) for w in ind[0].split())) if ind[0] else '')
            ll = {'ООО': 'OOO', 'АО': 'AO', 'ТОО': 'TOO'}.get(lgc, lgc)
            out = (ll + ' ' + pick(rng, ('"%s"', '%s', "'%s'")) % nm) if rng.random() < 0.7 else (nm + ' ' + ll)
    elif st == 'vi':
        if rng.random() < 0.4:
            out = 'Công ty TNHH ' + o.stem + ' ' + o.ind[0] if o.legal[0] != 'JSC' else 'Công ty Cổ phần ' + o.ind[0] + ' ' + o.stem
            if rng.random() < 0.4:
                out = fold(out)
        else:
            out = fold(o.stem) + ' ' + o.ind[1] + ' ' + lg
    else:
        stem = o.stem
        if o.stem2:
            stem = stem + pick(rng, (' ', '')) + o.stem2 if rng.random() < 0.5 else stem + ' ' + o.stem2
        parts = [stem]
        if o.ind:
            parts.append(o.ind)
        if o.suffix:
            parts.append(o.suffix if rng.random() < 0.6 else 'Sanayi ve Ticaret')
        if st == 'ja' and lg in ('Kabushiki Kaisha',) and rng.random() < 0.5:
            out = lg + ' ' + ' '.join(parts)
        elif rng.random() < 0.06:
            out = ' '.join(parts)
        else:
            out = ' '.join(parts) + ' ' + lg
        if st in ('tr', 'ja', 'es', 'pt', 'fr', 'et', 'de', 'vi') and rng.random() < prof.get('fold', 0.3):
            out = fold(out) if st != 'de' else de_fold(out)
    if not native:
        if rng.random() < prof.get('upper', 0.0):
            out = tr_upper(out) if (st == 'tr' and rng.random() < 0.5) else out.upper()
        if rng.random() < prof.get('nopunct', 0.05):
            out = out.replace('.', '').replace(',', '')
        if rng.random() < prof.get('typo', 0.0) * 0.5:
            out = _typo(rng, out)
        if rng.random() < prof.get('moji', 0.0):
            out = moji_1254(out) if st == 'tr' else moji_utf8(out)
    if rng.random() < prof.get('ws', 0.02):
        out = pick(rng, (out + ' ', out.replace(' ', '  ', 1)))
    return out

# ============================================================== countries
# city: (latin, native, districts, postcode-prefix, area code, state)
C = {}


def _country(code, **kw):
    kw['code'] = code
    C[code] = kw


_country('US', iso3='USA', en=['United States', 'United States of America', 'USA', 'U.S.', 'US', 'U.S.A.'],
         nat=['United States'], cc='1', trunk='1',
         cul=[('en', .68), ('es', .07), ('zh', .05), ('in', .08), ('ko', .03), ('vi', .02), ('ar', .02), ('ru', .03), ('fa', .02)],
         tld=['com', 'io', 'ai', 'net', 'us', 'co'], w=.22, wf=.05, mob=('', 10), octets=[24, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174],
         v6=0x2600, cities=[('San Francisco', None, ['SoMa', 'Mission'], '941', '415', 'CA'), ('New York', None, ['Manhattan'], '100', '212', 'NY'),
                            ('Seattle', None, [''], '981', '206', 'WA'), ('Austin', None, [''], '787', '512', 'TX'),
                            ('Wilmington', None, [''], '198', '302', 'DE'), ('Boston', None, [''], '021', '617', 'MA'),
                            ('Palo Alto', None, [''], '943', '650', 'CA'), ('Chicago', None, [''], '606', '312', 'IL'),
                            ('Sheridan', None, [''], '828', '307', 'WY')],
         streets=[('Market Street', None), ('Main Street', None), ('Broadway', None), ('2nd Avenue', None), ('Mission Street', None),
                  ('Pine Street', None), ('Elm Street', None), ('Oak Avenue', None), ('Congress Avenue', None), ('Howard Street', None),
                  ('Park Avenue', None), ('University Avenue', None), ('Orange Street', None), ('Lexington Avenue', None)])
_country('GB', iso3='GBR', en=['United Kingdom', 'UK', 'Great Britain', 'England', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
         nat=['United Kingdom'], cc='44', trunk='0', cul=[('en', .74), ('in', .1), ('zh', .04), ('ar', .03), ('ru', .03), ('tr', .02), ('el', .02), ('fa', .02)],
         tld=['co.uk', 'uk', 'com', 'io', 'ai'], w=.06, wf=.05, mob=('7', 9), octets=[2, 5, 31, 51, 62, 77, 78, 79, 80, 81, 82, 86, 87, 88, 90, 92, 94, 109, 151, 176, 178, 185, 212, 213, 217],
         v6=0x2a00, cities=[('London', None, ['EC1V', 'N1', 'WC2H', 'EC2A', 'E1', 'SE1', 'W1W'], '', '20', ''), ('Manchester', None, ['M1', 'M2', 'M4'], '', '161', ''),
                            ('Cambridge', None, ['CB1', 'CB2', 'CB4'], '', '1223', ''), ('Edinburgh', None, ['EH1', 'EH2', 'EH3'], '', '131', ''),
                            ('Bristol', None, ['BS1', 'BS2'], '', '117', '')],
         streets=[('High Street', None), ('Shelton Street', None), ('City Road', None), ('Wenlock Road', None), ('Old Street', None),
                  ('Victoria Road', None), ('Station Road', None), ('Church Lane', None), ('King Street', None), ('Great Portland Street', None),
                  ('Curtain Road', None), ('Kingsway', None)])
_country('DE', iso3='DEU', en=['Germany', 'Federal Republic of Germany'], nat=['Deutschland', 'Bundesrepublik Deutschland'], cc='49', trunk='0',
         cul=[('de', .82), ('tr', .08), ('ru', .04), ('en', .03), ('fa', .01), ('ar', .02)], tld=['de', 'com', 'io', 'eu'], w=.06, wf=.01, mob=('15', 9),
         octets=[31, 46, 62, 77, 78, 79, 80, 84, 85, 87, 88, 91, 93, 95, 134, 141, 178, 188, 212, 213, 217],
         v6=0x2003, cities=[('Berlin', None, ['Mitte', 'Kreuzberg', 'Charlottenburg'], '10', '30', ''), ('München', None, ['Maxvorstadt', 'Schwabing'], '80', '89', ''),
                            ('Hamburg', None, ['Altona', 'St. Pauli'], '20', '40', ''), ('Frankfurt am Main', None, ['Westend', 'Sachsenhausen'], '60', '69', '')],
         streets=[('Hauptstraße', None), ('Friedrichstraße', None), ('Bahnhofstraße', None), ('Schönhauser Allee', None), ('Leopoldstraße', None),
                  ('Große Bleichen', None), ('Kaiserstraße', None), ('Torstraße', None), ('Mühlenweg', None), ('Gartenstraße', None), ('Lindenstraße', None)])
_country('NL', iso3='NLD', en=['Netherlands', 'The Netherlands', 'Holland', 'Netherlands (Kingdom of the)'], nat=['Nederland'], cc='31', trunk='0',
         cul=[('nl', .82), ('en', .05), ('tr', .04), ('ar', .03), ('in', .03), ('zh', .03)], tld=['nl', 'com', 'eu', 'io'], w=.03, wf=.02, mob=('6', 8),
         octets=[31, 62, 77, 80, 81, 82, 83, 84, 85, 86, 87, 89, 94, 145, 185, 194, 212, 213, 217],
         v6=0x2a02, cities=[('Amsterdam', None, ['Centrum', 'Zuidas'], '10', '20', ''), ('Rotterdam', None, [''], '30', '10', ''),
                            ('Utrecht', None, [''], '35', '30', ''), ('Eindhoven', None, [''], '56', '40', '')],
         streets=[('Herengracht', None), ('Keizersgracht', None), ('Damrak', None), ('Stationsplein', None), ('Kerkstraat', None),
                  ('Coolsingel', None), ('Strawinskylaan', None), ('Prins Hendrikkade', None), ('Vijzelstraat', None)])
_country('FR', iso3='FRA', en=['France', 'French Republic'], nat=['France', 'République française'], cc='33', trunk='0',
         cul=[('fr', .84), ('ar', .08), ('en', .02), ('vi', .02), ('zh', .02), ('pt', .02)], tld=['fr', 'com', 'io', 'eu'], w=.04, wf=.01, mob=('6', 8),
         octets=[2, 5, 37, 77, 78, 80, 81, 82, 83, 86, 88, 90, 92, 109, 176, 193, 212, 213],
         v6=0x2a01, cities=[('Paris', None, ['2e', '8e', '11e'], '750', '1', ''), ('Lyon', None, ['2e'], '690', '4', ''),
                            ('Toulouse', None, [''], '310', '5', ''), ('Grenoble', None, [''], '380', '4', '')],
         streets=[('rue de Rivoli', None), ('boulevard Haussmann', None), ('rue du Faubourg Saint-Honoré', None), ('avenue des Champs-Élysées', None),
                  ('rue de la République', None), ('rue Oberkampf', None), ('cours Lafayette', None), ('rue Félix Esclangon', None), ('quai Perrache', None)])
_country('ES', iso3='ESP', en=['Spain', 'Kingdom of Spain'], nat=['España', 'Espana', 'Reino de España'], cc='34', trunk='',
         cul=[('es', .9), ('en', .03), ('ar', .03), ('ro', 0.0), ('zh', .02), ('pt', .02)], tld=['es', 'com', 'eu'], w=.02, wf=.005, mob=('6', 8),
         octets=[2, 5, 31, 37, 77, 79, 80, 81, 83, 84, 85, 88, 95, 176, 188, 212, 213, 217],
         v6=0x2a0c, cities=[('Madrid', None, ['Chamberí', 'Salamanca'], '280', '91', ''), ('Barcelona', None, ['Eixample', 'Poblenou'], '080', '93', ''),
                            ('Valencia', None, [''], '460', '96', '')],
         streets=[('Calle de Alcalá', None), ('Gran Vía', None), ('Paseo de la Castellana', None), ('Carrer de Pujades', None),
                  ('Avinguda Diagonal', None), ('Calle Mayor', None), ('Calle de Serrano', None), ('Carrer de Balmes', None)])
_country('CN', iso3='CHN', en=['China', "People's Republic of China", 'PRC', 'China (Mainland)', 'Mainland China', 'P.R. China', 'P.R.C.'],
         nat=['中国', '中华人民共和国'], cc='86', trunk='0', cul=[('zh', .98), ('ko', .02)], tld=['cn', 'com.cn', 'com', 'net', 'net.cn'], w=.08, wf=.06,
         mob=('1', 10), octets=[27, 36, 39, 42, 58, 59, 60, 61, 101, 106, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223],
         v6=0x240e, cities=[('Beijing', '北京', [('Haidian', '海淀'), ('Chaoyang', '朝阳')], '100', '10', ''),
                            ('Shanghai', '上海', [('Pudong New Area', '浦东新'), ('Xuhui', '徐汇')], '200', '21', ''),
                            ('Shenzhen', '深圳', [('Nanshan', '南山'), ('Futian', '福田'), ('Longgang', '龙岗')], '518', '755', ''),
                            ('Hangzhou', '杭州', [('Xihu', '西湖'), ('Binjiang', '滨江')], '310', '571', ''),
                            ('Guangzhou', '广州', [('Tianhe', '天河'), ('Panyu', '番禺')], '510', '20', ''),
                            ('Chengdu', '成都', [('Wuhou', '武侯'), ('Gaoxin', '高新')], '610', '28', ''),
                            ('Hefei', '合肥', [('Shushan', '蜀山')], '230', '551', '')],
         streets=[('Zhongguancun Street', '中关村大街'), ('Keji Road', '科技路'), ('Century Avenue', '世纪大道'), ('Shennan Boulevard', '深南大道'),
                  ('Wensan Road', '文三路'), ('Tianhe Road', '天河路'), ('Jianguo Road', '建国路'), ('Renmin Road', '人民路'),
                  ('Zhongshan Road', '中山路'), ('Tianfu Avenue', '天府大道'), ('Gaoxin South 4th Road', '高新南四道'), ('Huangshan Road', '黄山路')])
_country('HK', iso3='HKG', en=['Hong Kong', 'Hong Kong SAR', 'Hong Kong, China', 'Hongkong', 'HK SAR', 'Hong Kong S.A.R.'], nat=['香港', '中國香港'],
         cc='852', trunk='', cul=[('zh_hk', .72), ('zh', .16), ('en', .05), ('in', .03), ('zh_sea', .02), ('ru', .02)], tld=['hk', 'com.hk', 'com', 'net'],
         w=.04, wf=.2, mob=('', 8), octets=[1, 14, 42, 58, 59, 61, 103, 112, 113, 116, 118, 119, 124, 202, 203, 210, 218, 219, 220, 221],
         v6=0x2404, cities=[('Hong Kong', '香港', ['Central', 'Wan Chai', 'Kwun Tong', 'Tsim Sha Tsui', 'Sheung Wan', 'Mong Kok', 'Causeway Bay', 'Kowloon Bay'], '', '', '')],
         streets=[("Queen's Road Central", None), ('Des Voeux Road Central', None), ('Hennessy Road', None), ('Nathan Road', None),
                  ('Hoi Bun Road', None), ('Lockhart Road', None), ('Connaught Road Central', None), ('Wing Lok Street', None),
                  ('How Ming Street', None), ('Canton Road', None), ('Wang Chiu Road', None)])
_country('TW', iso3='TWN', en=['Taiwan', 'Taiwan, Province of China', 'Republic of China', 'Chinese Taipei', 'Taiwan ROC', 'Taiwan (R.O.C.)'],
         nat=['台灣', '臺灣', '中華民國'], cc='886', trunk='0', cul=[('zh_tw', .96), ('ja', .02), ('en', .02)], tld=['tw', 'com.tw', 'com', 'net'],
         w=.035, wf=.01, mob=('9', 9), octets=[1, 36, 42, 59, 60, 61, 101, 111, 114, 118, 122, 123, 125, 163, 203, 210, 211, 218, 220],
         v6=0x2001, cities=[('Taipei', '台北', ['Xinyi Dist.', 'Neihu Dist.', "Da'an Dist.", 'Nangang Dist.'], '1', '2', ''),
                            ('Hsinchu', '新竹', ['East Dist.'], '300', '3', ''), ('Taichung', '台中', ['Xitun Dist.'], '407', '4', '')],
         streets=[('Xinyi Road', None), ('Ruiguang Road', None), ('Dunhua South Road', None), ('Zhongxiao East Road', None),
                  ('Guangfu Road', None), ('Taiwan Boulevard', None), ('Jingmao 2nd Road', None), ('Keelung Road', None)])
_country('SG', iso3='SGP', en=['Singapore', 'Republic of Singapore'], nat=['Singapore', '新加坡', 'Singapura'], cc='65', trunk='',
         cul=[('zh_sea', .5), ('ms', .14), ('in', .15), ('en', .08), ('zh', .08), ('ru', .02), ('ar', .03)], tld=['sg', 'com.sg', 'com', 'io'],
         w=.04, wf=.08, mob=('', 8), octets=[1, 8, 14, 42, 58, 101, 103, 116, 118, 119, 121, 128, 152, 175, 202, 203, 210, 219, 220],
         v6=0x2406, cities=[('Singapore', None, ['Downtown Core', 'Tanjong Pagar', 'Jurong East', 'Ubi', 'Changi'], '0', '6', '')],
         streets=[('Anson Road', None), ('Robinson Road', None), ('Cecil Street', None), ('Raffles Place', None), ('Shenton Way', None),
                  ('Jurong East Street 21', None), ('Ubi Avenue 1', None), ('Kallang Way', None), ('Changi Business Park Central 2', None),
                  ('Tampines Street 92', None)])
_country('MY', iso3='MYS', en=['Malaysia'], nat=['Malaysia'], cc='60', trunk='0', cul=[('ms', .5), ('zh_sea', .35), ('in', .12), ('en', .03)],
         tld=['my', 'com.my', 'com'], w=.02, wf=.06, mob=('1', 9), octets=[1, 14, 27, 42, 49, 58, 60, 103, 110, 113, 115, 121, 124, 175, 202, 203, 210, 219],
         v6=0x2001, cities=[('Kuala Lumpur', None, [''], '50', '3', 'Wilayah Persekutuan'), ('Petaling Jaya', None, [''], '46', '3', 'Selangor'),
                            ('George Town', None, [''], '10', '4', 'Pulau Pinang'), ('Johor Bahru', None, [''], '80', '7', 'Johor'),
                            ('Cyberjaya', None, [''], '63', '3', 'Selangor')],
         streets=[('Jalan Ampang', None), ('Jalan Sultan Ismail', None), ('Jalan Tun Razak', None), ('Persiaran KLCC', None),
                  ('Jalan SS 21/37', None), ('Jalan Bukit Bintang', None), ('Lebuh Pantai', None), ('Persiaran Multimedia', None)])
_country('JP', iso3='JPN', en=['Japan'], nat=['日本', 'Nippon', 'Nihon'], cc='81', trunk='0', cul=[('ja', .95), ('ko', .02), ('zh', .02), ('en', .01)],
         tld=['jp', 'co.jp', 'com', 'ne.jp'], w=.05, wf=.005, mob=('90', 8), octets=[1, 27, 36, 49, 58, 59, 60, 61, 106, 110, 111, 113, 114, 118, 119, 122, 124, 125, 126, 133, 153, 175, 180, 202, 210, 211, 219, 220, 221],
         v6=0x2400, cities=[('Tokyo', '東京', [('Chiyoda-ku', 'Marunouchi'), ('Minato-ku', 'Roppongi'), ('Shibuya-ku', 'Dogenzaka'), ('Shinagawa-ku', 'Osaki')], '1', '3', ''),
                            ('Osaka', '大阪', [('Kita-ku', 'Umeda')], '530', '6', ''), ('Fukuoka', '福岡', [('Hakata-ku', 'Hakataekimae')], '812', '92', '')],
         streets=[('', None)])
_country('KR', iso3='KOR', en=['South Korea', 'Korea, Republic of', 'Republic of Korea', 'Korea (South)', 'Korea', 'S. Korea'],
         nat=['대한민국', '한국'], cc='82', trunk='0', cul=[('ko', .97), ('zh', .02), ('en', .01)], tld=['kr', 'co.kr', 'com', 'io'], w=.04, wf=.005,
         mob=('10', 8), octets=[1, 14, 27, 39, 49, 58, 59, 61, 110, 112, 114, 115, 116, 118, 119, 121, 122, 175, 180, 182, 183, 211, 218, 220, 221, 222],
         v6=0x2001, cities=[('Seoul', '서울', ['Gangnam-gu', 'Seocho-gu', 'Mapo-gu', 'Jung-gu'], '0', '2', ''),
                            ('Seongnam', '성남', ['Bundang-gu'], '13', '31', 'Gyeonggi-do'), ('Busan', '부산', ['Haeundae-gu'], '48', '51', '')],
         streets=[('Teheran-ro', None), ('Gangnam-daero', None), ('Seocho-daero', None), ('Pangyoyeok-ro', None), ('Sejong-daero', None),
                  ('World Cup buk-ro', None), ('Centum jungang-ro', None)])
_country('VN', iso3='VNM', en=['Vietnam', 'Viet Nam', 'Socialist Republic of Vietnam'], nat=['Việt Nam', 'Viet Nam'], cc='84', trunk='0',
         cul=[('vi', .97), ('zh', .02), ('ko', .01)], tld=['vn', 'com.vn', 'com'], w=.03, wf=.03, mob=('9', 8),
         octets=[1, 14, 27, 42, 58, 103, 113, 115, 116, 117, 118, 123, 125, 171, 183, 203, 210, 222],
         v6=0x2402, cities=[('Hà Nội', None, ['Cầu Giấy', 'Đống Đa', 'Hoàn Kiếm'], '100', '24', ''),
                            ('Hồ Chí Minh', None, ['Quận 1', 'Quận 3', 'Bình Thạnh'], '700', '28', ''), ('Đà Nẵng', None, ['Hải Châu'], '550', '236', '')],
         streets=[('Duy Tân', None), ('Trần Duy Hưng', None), ('Nguyễn Huệ', None), ('Lê Lợi', None), ('Điện Biên Phủ', None),
                  ('Hai Bà Trưng', None), ('Cộng Hòa', None), ('Phạm Văn Đồng', None)])
_country('IN', iso3='IND', en=['India', 'Republic of India'], nat=['India', 'भारत', 'Bharat'], cc='91', trunk='0', cul=[('in', .97), ('en', .02), ('ar', .01)],
         tld=['in', 'co.in', 'com', 'ai', 'io'], w=.07, wf=.01, mob=('9', 9), octets=[1, 14, 27, 49, 59, 103, 106, 110, 111, 112, 115, 117, 119, 122, 125, 157, 182, 183, 202, 203, 223],
         v6=0x2405, cities=[('Bengaluru', None, ['Koramangala', 'Whitefield', 'Indiranagar'], '560', '80', 'Karnataka'),
                            ('Mumbai', None, ['Andheri East', 'Bandra Kurla Complex', 'Lower Parel'], '400', '22', 'Maharashtra'),
                            ('New Delhi', None, ['Nehru Place', 'Connaught Place'], '110', '11', 'Delhi'),
                            ('Hyderabad', None, ['HITEC City', 'Gachibowli'], '500', '40', 'Telangana'), ('Pune', None, ['Hinjewadi', 'Baner'], '411', '20', 'Maharashtra'),
                            ('Chennai', None, ['Guindy', 'T. Nagar'], '600', '44', 'Tamil Nadu')],
         streets=[('MG Road', None), ('Residency Road', None), ('Outer Ring Road', None), ('Hitech City Road', None), ('Bannerghatta Road', None),
                  ('Anna Salai', None), ('Senapati Bapat Marg', None), ('Sohna Road', None)])
_country('RU', iso3='RUS', en=['Russia', 'Russian Federation', 'RF', 'Russia (Federation)'], nat=['Россия', 'Российская Федерация', 'Rossiya', 'РФ'],
         cc='7', trunk='8', cul=[('ru', .9), ('kz', .02), ('tr', .01), ('ar', .01), ('ko', .01), ('de', .01), ('fa', .01), ('zh', .03)],
         tld=['ru', 'com', 'рф', 'su', 'net'], w=.04, wf=.06, mob=('9', 9), octets=[5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 85, 87, 89, 91, 92, 93, 94, 95, 109, 128, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217],
         v6=0x2a00, cities=[('Moscow', 'Москва', ['Presnensky', 'Tverskoy'], '12', '495', ''), ('Saint Petersburg', 'Санкт-Петербург', [''], '19', '812', ''),
                            ('Novosibirsk', 'Новосибирск', [''], '630', '383', ''), ('Kazan', 'Казань', [''], '420', '843', ''),
                            ('Yekaterinburg', 'Екатеринбург', [''], '620', '343', '')],
         streets=[('ул. Тверская', 'Tverskaya Street'), ('Ленинский пр-т', 'Leninsky Prospekt'), ('ул. Профсоюзная', 'Profsoyuznaya Street'),
                  ('Невский пр-т', 'Nevsky Prospekt'), ('ул. Ленина', 'Lenina Street'), ('Кутузовский пр-т', 'Kutuzovsky Prospekt'),
                  ('Пресненская наб.', 'Presnenskaya Embankment'), ('ул. Большая Семёновская', 'Bolshaya Semyonovskaya Street'),
                  ('ул. Щербаковская', 'Shcherbakovskaya Street'), ('ул. Жуковского', 'Zhukovskogo Street')])
_country('KZ', iso3='KAZ', en=['Kazakhstan', 'Republic of Kazakhstan'], nat=['Казахстан', 'Қазақстан', 'Qazaqstan'], cc='7', trunk='8',
         cul=[('kz', .7), ('ru', .26), ('ko', .02), ('tr', .02)], tld=['kz', 'com'], w=.01, wf=.06, mob=('70', 8),
         octets=[2, 5, 37, 46, 62, 77, 82, 89, 92, 95, 147, 176, 178, 185, 212],
         v6=0x2a02, cities=[('Almaty', 'Алматы', ['Bostandyk', 'Medeu'], '050', '727', ''), ('Astana', 'Астана', ['Yesil'], '010', '7172', '')],
         streets=[('пр. Абая', 'Abay Avenue'), ('ул. Сатпаева', 'Satpayev Street'), ('пр. Достык', 'Dostyk Avenue'), ('ул. Толе би', 'Tole Bi Street'),
                  ('пр. Аль-Фараби', 'Al-Farabi Avenue'), ('пр. Мангилик Ел', 'Mangilik El Avenue')])
_country('AE', iso3='ARE', en=['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates', 'United Arab Emirates (the)'],
         nat=['الإمارات العربية المتحدة', 'الإمارات'], cc='971', trunk='0',
         cul=[('ar', .42), ('in', .2), ('fa', .1), ('ru', .07), ('en', .09), ('tr', .03), ('zh', .05), ('el', .01), ('kz', .03)],
         tld=['ae', 'com', 'net'], w=.03, wf=.15, mob=('5', 8), octets=[2, 5, 31, 37, 46, 80, 83, 86, 91, 92, 94, 176, 185, 213, 217],
         v6=0x2001, cities=[('Dubai', 'دبي', ['Business Bay', 'Jumeirah Lake Towers', 'DIFC', 'Deira', 'Dubai Silicon Oasis', 'Al Barsha', 'Dubai Internet City'], '', '4', ''),
                            ('Abu Dhabi', 'أبوظبي', ['Al Reem Island', 'Al Maryah Island'], '', '2', ''), ('Sharjah', 'الشارقة', ['SAIF Zone'], '', '6', ''),
                            ('Ras Al Khaimah', 'رأس الخيمة', ['Al Hamra'], '', '7', '')],
         streets=[('Sheikh Zayed Road', None), ('Al Khaleej Road', None), ('Al Maktoum Road', None), ('Al Wasl Road', None), ('Baniyas Road', None),
                  ('Al Mina Road', None), ('Hessa Street', None)])
_country('TR', iso3='TUR', en=['Turkey', 'Türkiye', 'Turkiye', 'Republic of Turkey', 'Republic of Türkiye'], nat=['Türkiye', 'Türkiye Cumhuriyeti', 'TÜRKİYE'],
         cc='90', trunk='0', cul=[('tr', .88), ('ar', .03), ('fa', .03), ('ru', .03), ('kz', .01), ('en', .02)], tld=['com.tr', 'tr', 'com', 'net'],
         w=.03, wf=.08, mob=('5', 9), octets=[5, 31, 37, 46, 78, 81, 85, 88, 94, 95, 176, 178, 188, 193, 195, 212, 213, 217],
         v6=0x2a02, cities=[('İstanbul', None, ['Şişli', 'Beşiktaş', 'Kadıköy', 'Ataşehir', 'Sarıyer'], '34', '212', ''),
                            ('Ankara', None, ['Çankaya'], '06', '312', ''), ('İzmir', None, ['Konak', 'Bornova'], '35', '232', '')],
         streets=[('Büyükdere Cad.', None), ('Barbaros Bulvarı', None), ('Atatürk Cad.', None), ('Halaskargazi Cad.', None),
                  ('Bağdat Cad.', None), ('Cumhuriyet Cad.', None), ('İnönü Cad.', None), ('1450. Sok.', None), ('Kızılırmak Cad.', None)])
_country('CY', iso3='CYP', en=['Cyprus', 'Republic of Cyprus'], nat=['Κύπρος', 'Kıbrıs', 'Kypros'], cc='357', trunk='',
         cul=[('el', .55), ('ru', .28), ('en', .1), ('fa', .02), ('ar', .02), ('kz', .03)], tld=['com.cy', 'cy', 'com', 'eu'], w=.01, wf=.06,
         mob=('9', 7), octets=[31, 46, 62, 77, 82, 85, 91, 93, 109, 176, 178, 185, 194, 212, 213, 217],
         v6=0x2a02, cities=[('Limassol', 'Λεμεσός', [''], '30', '25', ''), ('Nicosia', 'Λευκωσία', [''], '10', '22', ''), ('Larnaca', 'Λάρνακα', [''], '60', '24', '')],
         streets=[('Arch. Makariou III Avenue', None), ('Spyrou Kyprianou Avenue', None), ('Agias Fylaxeos Street', None), ('Anexartisias Street', None),
                  ('Griva Digeni Avenue', None), ('Omonias Avenue', None), ('Themistokli Dervi Avenue', None)])
_country('EE', iso3='EST', en=['Estonia', 'Republic of Estonia'], nat=['Eesti'], cc='372', trunk='',
         cul=[('et', .38), ('ru', .25), ('in', .08), ('tr', .06), ('en', .08), ('de', .04), ('ar', .03), ('zh', .04), ('fa', .04)],
         tld=['ee', 'com', 'io', 'eu'], w=.01, wf=.05, mob=('5', 7), octets=[31, 46, 62, 80, 82, 84, 87, 88, 90, 176, 185, 193, 194, 195, 212, 213, 217],
         v6=0x2a02, cities=[('Tallinn', None, ['Kesklinna linnaosa', 'Lasnamäe linnaosa', 'Põhja-Tallinna linnaosa'], '1', '6', 'Harju maakond'),
                            ('Tartu', None, [''], '5', '7', 'Tartu maakond')],
         streets=[('Sakala', None), ('Narva mnt', None), ('Pärnu mnt', None), ('Tartu mnt', None), ('Ahtri', None), ('Lõõtsa', None),
                  ('Mustamäe tee', None), ('Harju', None), ('Veerenni', None)])
_country('BR', iso3='BRA', en=['Brazil', 'Federative Republic of Brazil'], nat=['Brasil', 'República Federativa do Brasil'], cc='55', trunk='0',
         cul=[('pt', .93), ('ja', .02), ('es', .03), ('ar', .02)], tld=['com.br', 'com', 'io'], w=.03, wf=.005, mob=('119', 8),
         octets=[138, 143, 152, 177, 179, 186, 187, 189, 191, 200, 201],
         v6=0x2804, cities=[('São Paulo', None, ['Bela Vista', 'Vila Olímpia', 'Pinheiros'], '01', '11', 'SP'), ('Rio de Janeiro', None, ['Centro', 'Botafogo'], '20', '21', 'RJ'),
                            ('Florianópolis', None, ['Centro'], '88', '48', 'SC'), ('Belo Horizonte', None, ['Savassi'], '30', '31', 'MG')],
         streets=[('Avenida Paulista', None), ('Rua Funchal', None), ('Avenida Brigadeiro Faria Lima', None), ('Rua da Consolação', None),
                  ('Avenida Rio Branco', None), ('Rua Voluntários da Pátria', None), ('Rua dos Pinheiros', None)])

CODES = list(C.keys())
for _c in CODES:
    d = C[_c]
    d['cul_w'] = W([x for x in d['cul'] if x[1] > 0])
    d['octets'] = d['octets']
W_SOLO = W([(c, C[c]['w']) for c in CODES])
W_FRONT = W([(c, C[c]['wf']) for c in CODES])

# ================================================================ addresses
HK_BLDGS = ['Cosco Tower', 'Prosperity Centre', 'Wing On Plaza', 'Golden Gate Commercial Building', 'Kowloon Bay International Trade Centre',
            'Millennium City 5', 'Tower 1, Enterprise Square', 'Shun Tak Centre', 'Beautiful Group Tower', 'Silvercord',
            'Nan Fung Tower', 'Lippo Centre Tower 2', 'Tung Wai Commercial Building', 'Kwai Hung Holdings Centre']
GENERIC_BLDGS = ['International Plaza', 'Trade Centre', 'Business Tower', 'Park View', 'Central Plaza', 'Innovation Hub',
                 'Tech Park Block B', 'Corporate Tower', 'Harbour Front', 'Sunrise Building', 'Metro Tower', 'Galaxy Building',
                 'Platinum Tower', 'Silicon Point', 'Capital Square', 'Emerald Building', 'Crystal Tower']
AE_BLDGS = ['Jumeirah Bay X2', 'Cluster X, JLT', 'Bay Square Building 11', 'The Opus', 'Gate Avenue', 'Business Central Towers',
            'Silicon Oasis HQ', 'Almas Tower', 'Mazaya Business Avenue BB2', 'Al Attar Business Tower', 'Burlington Tower',
            'Fortune Executive Tower', 'Churchill Tower', 'Iris Bay']
CN_BLDGS = [('Tower A, SOHO Plaza', 'SOHO广场A座'), ('Innovation Building', '创新大厦'), ('Science Park Building 3', '科技园3栋'),
            ('Wanda Plaza Tower B', '万达广场B座'), ('Software Park Phase II', '软件园二期'), ('Tengfei Building', '腾飞大厦'),
            ('Huaxin Mansion', '华信大厦'), ('Jinmao Tower', '金茂大厦')]


class Addr(object):
    __slots__ = ('aid', 'cc', 'city', 'dist', 'street', 'num', 'bldg', 'floor', 'unit', 'pc', 'kind', 'po')

    def copy_unit(self, unit, floor=None):
        a = Addr()
        for k in Addr.__slots__:
            setattr(a, k, getattr(self, k))
        a.unit = unit
        if floor is not None:
            a.floor = floor
        return a


_AID = [0]


def _postcode(rng, cc, city):
    pre = city[3]
    if cc == 'US':
        return pre + '%02d' % int(rng.random() * 100)
    if cc == 'GB':
        return pick(rng, city[2]) + ' ' + str(int(rng.random() * 9) + 1) + pick(rng, 'ABDEFGHJLNPQRSTUWXYZ') + pick(rng, 'ABDEFGHJLNPQRSTUWXYZ')
    if cc == 'NL':
        return pre + '%02d' % int(rng.random() * 100) + ' ' + pick(rng, 'ABCDEGHJKLMNPRSTVWXZ') + pick(rng, 'ABCDEGHJKLMNPRSTVWXZ')
    if cc in ('DE', 'FR', 'ES', 'MY', 'TR', 'KR'):
        return (pre + ''.join(str(int(rng.random() * 10)) for _ in range(5)))[:5]
    if cc in ('CN', 'IN', 'RU', 'KZ', 'VN', 'SG'):
        return (pre + ''.join(str(int(rng.random() * 10)) for _ in range(6)))[:6]
    if cc == 'JP':
        s = (pre + ''.join(str(int(rng.random() * 10)) for _ in range(7)))[:7]
        return s[:3] + '-' + s[3:]
    if cc == 'TW':
        return (pre + ''.join(str(int(rng.random() * 10)) for _ in range(3)))[:3]
    if cc in ('CY',):
        return (pre + ''.join(str(int(rng.random() * 10)) for _ in range(4)))[:4]
    if cc == 'EE':
        return (pre + ''.join(str(int(rng.random() * 10)) for _ in range(5)))[:5]
    if cc == 'BR':
        s = (pre + ''.join(str(int(rng.random() * 10)) for _ in range(8)))[:8]
        return s[:5] + '-' + s[5:]
    return ''


def make_addr(rng, cc, kind='office', city=None, unit=True, bldg=None):
    d = C[cc]
    a = Addr()
    _AID[0] += 1
    a.aid = _AID[0]
    a.cc = cc
    a.city = city or pick(rng, d['cities'])
    a.dist = pick(rng, a.city[2])
    a.kind = kind
    a.street = pick(rng, d['streets'])
    a.po = None
    if cc == 'JP':
        a.num = '%d-%d-%d' % (int(rng.random() * 5) + 1, int(rng.random() * 20) + 1, int(rng.random() * 30) + 1)
    elif cc in ('HK', 'SG', 'AE', 'CN', 'KR', 'TW', 'MY', 'IN', 'VN'):
        a.num = str(int(rng.random() * 300) + 1)
    else:
        a.num = str(int(rng.random() * 180) + 1)
        if cc in ('NL', 'DE') and rng.random() < 0.1:
            a.num += pick(rng, 'abc')
    tower = cc in ('HK', 'SG', 'AE', 'CN', 'MY', 'JP', 'KR', 'TW', 'IN', 'VN') or rng.random() < 0.25
    if bldg is not None:
        a.bldg = bldg
    elif tower and kind != 'res':
        if cc == 'HK':
            a.bldg = pick(rng, HK_BLDGS)
        elif cc == 'AE':
            a.bldg = pick(rng, AE_BLDGS)
        elif cc == 'CN':
            a.bldg = pick(rng, CN_BLDGS)
        else:
            a.bldg = pick(rng, GENERIC_BLDGS)
    else:
        a.bldg = None
    a.floor = str(int(rng.random() * 30) + 2) if (tower and kind != 'res') else None
    a.unit = None
    if unit:
        a.unit = gen_unit(rng, cc, a.floor, kind)
    a.pc = _postcode(rng, cc, a.city)
    if cc == 'AE':
        a.po = str(int(rng.random() * 480000) + 10000)
    return a


def gen_unit(rng, cc, floor, kind):
    if kind == 'res':
        if cc in ('US',):
            return str(int(rng.random() * 20) + 1) + pick(rng, 'ABCDEF')
        return str(int(rng.random() * 120) + 1)
    if floor and cc in ('HK', 'SG', 'AE', 'CN', 'MY', 'TW', 'KR', 'JP', 'IN', 'VN'):
        return floor + '%02d' % (int(rng.random() * 20) + 1)
    return str(int(rng.random() * 60) + 1)


_ABBR = [(' Street', ' St'), (' Avenue', ' Ave'), (' Road', ' Rd'), (' Boulevard', ' Blvd'), ('straße', 'str.'),
         (' Central', ' C.'), (' Lane', ' Ln')]


def render_addr(a, prof, rng, rec_cc, strict):
    cc = a.cc
    city = a.city
    d = C[cc]
    st = a.street[0]
    u = a.unit
    upper = rng.random() < prof.get('upper', 0.0)
    abbr = rng.random() < 0.35
    if abbr:
        for x, y in _ABBR:
            if x in st:
                st = st.replace(x, y + pick(rng, ('', '.')))
                break
    if cc == 'DE' and 'ß' in st and rng.random() < 0.3:
        st = st.replace('ß', 'ss')
    parts = []
    if cc == 'US':
        line = a.num + ' ' + st
        if u:
            ut = pick(rng, ('Suite ', 'Ste ', 'Ste. ', '#', 'Unit ')) if a.kind != 'res' else pick(rng, ('Apt ', 'Apt. ', '#', 'Unit '))
            if rng.random() < 0.7:
                line = line + (' ' if rng.random() < 0.5 else ', ') + ut + u
            else:
                parts.append(ut + u)
        parts.append(line)
        parts.append(city[0])
        parts.append(city[5] + ' ' + a.pc)
        out = ', '.join(parts)
    elif cc == 'GB':
        if u:
            parts.append(pick(rng, ('Unit ', 'Suite ', 'Office ', 'Flat ' if a.kind == 'res' else 'Suite ')) + u)
        if a.bldg:
            parts.append(a.bldg)
        parts.append(a.num + ' ' + st)
        parts.append(city[0] + (' ' if rng.random() < 0.6 else ', ') + a.pc)
        out = ', '.join(parts)
    elif cc in ('DE', 'NL', 'EE'):
        line = st + (' tn ' if cc == 'EE' and rng.random() < 0.5 else ' ') + a.num
        if u:
            if cc == 'EE':
                line = line + '-' + u
            elif cc == 'NL':
                line = line + pick(rng, ('-', ' ', '')) + u if rng.random() < 0.6 else line + ', unit ' + u
            else:
                line = line + ', ' + pick(rng, ('Büro ', 'Raum ', 'Etage ', 'Whg. ' if a.kind == 'res' else 'Büro ')) + u
        pc = a.pc
        if cc == 'DE' and rng.random() < 0.1:
            pc = 'D-' + pc
        if cc == 'EE' and rng.random() < 0.3:
            out = ', '.join([city[5], city[0], a.dist, line, pc]).replace(', ,', ',')
        else:
            out = line + ', ' + pc + ' ' + city[0]
    elif cc in ('FR', 'ES', 'BR'):
        if cc == 'FR':
            line = a.num + (', ' if rng.random() < 0.2 else ' ') + st
            if u:
                line += ', ' + pick(rng, ('Bureau ', 'Bât. B, bureau ', 'Lot ')) + u
            out = line + ', ' + a.pc + ' ' + city[0] + (' CEDEX' if rng.random() < 0.05 else '')
        elif cc == 'ES':
            line = st + ', ' + a.num
            if u:
                line += ', ' + pick(rng, ('Oficina ', 'Planta 3, puerta ', 'Local ')) + u
            out = line + ', ' + a.pc + ' ' + city[0]
        else:
            line = st + ', ' + a.num
            if u:
                line += pick(rng, (' - Sala ', ', Conj. ', ' cj ', ' - Andar 5, sala ')) + u
            out = line + ', ' + a.dist + ', ' + city[0] + ' - ' + city[5] + ', ' + a.pc
    elif cc == 'CN':
        b = a.bldg
        if rng.random() < prof.get('hz', 0.0):
            dist = a.dist
            out = city[1] + '市' + dist[1] + '区' + a.street[1] + a.num + '号' + (b[1] if b else '') + (u + '室' if u else '')
        else:
            if u:
                parts.append(pick(rng, ('Room ', 'Rm ', 'Rm. ', 'Unit ', 'Suite ')) + u)
            if b:
                parts.append(b[0])
            parts.append('No. ' + a.num + ' ' + st)
            parts.append(a.dist[0] + ' District')
            parts.append(city[0] + (' ' + a.pc if rng.random() < 0.6 else ''))
            if rng.random() < 0.5:
                parts.reverse() if rng.random() < 0.2 else None
            out = ', '.join(parts)
    elif cc == 'HK':
        fl = a.floor
        if u:
            ut = pick(rng, ('Unit ', 'Rm ', 'Room ', 'Flat ', 'Suite ', 'Office '))
            uu = u
            if fl and rng.random() < 0.3 and len(u) >= 3:
                uu = u[len(fl):] if u.startswith(fl) else u
            parts.append(ut + uu)
        if fl:
            parts.append(pick(rng, (fl + '/F', fl + 'F', fl + '/F.', _ordinal(fl) + ' Floor')))
        if a.bldg:
            parts.append(a.bldg)
        parts.append(a.num + ' ' + st)
        parts.append(a.dist)
        if rng.random() < 0.5:
            parts.append(pick(rng, ('Hong Kong', 'HK', 'Kowloon', 'H.K.')))
        out = ', '.join(parts)
    elif cc == 'SG':
        u2 = ('#' + a.floor + '-' + u[-2:]) if (u and a.floor) else ''
        if rng.random() < 0.2 and u2:
            u2 = 'Unit ' + u2[1:]
        out = a.num + ' ' + st + (', ' + u2 if u2 else '') + ((' ' if rng.random() < 0.5 else ', ') + a.bldg if a.bldg else '') + ', Singapore ' + a.pc
    elif cc == 'MY':
        if u and a.floor:
            parts.append(pick(rng, ('Unit ', 'Suite ', 'Lot ')) + a.floor + '-' + u[-2:])
            parts.append(pick(rng, ('Level ', 'Tingkat ', 'Floor ')) + a.floor)
        if a.bldg:
            parts.append(a.bldg)
        parts.append(pick(rng, ('No. ', 'No.', '')) + a.num + ', ' + st)
        parts.append(a.pc + ' ' + city[0])
        if city[5] and rng.random() < 0.7:
            parts.append(city[5])
        out = ', '.join(parts)
    elif cc == 'JP':
        ward, area = a.dist
        bl = (a.bldg + ' ' + a.floor + 'F') if a.bldg else ''
        if u:
            bl = (bl + ' ' if bl else '') + pick(rng, ('Room ', '#', 'No. ')) + u
        if rng.random() < 0.3:
            out = pick(rng, ('〒', '', 'Zip ')) + a.pc + ' ' + city[0] + ', ' + ward + ', ' + area + ' ' + a.num + (', ' + bl if bl else '')
        else:
            out = (bl + ', ' if bl else '') + a.num + ' ' + area + ', ' + ward + ', ' + city[0] + ' ' + a.pc
    elif cc == 'KR':
        if u:
            parts.append(pick(rng, ((a.floor or '1') + 'F, Room ' + u, 'Suite ' + u, u + '-ho', '#' + u)))
        if a.bldg:
            parts.append(a.bldg)
        parts.append(a.num + ' ' + st)
        parts.append(a.dist)
        parts.append(city[0] + (' ' + a.pc if rng.random() < 0.6 else ''))
        out = ', '.join(parts)
    elif cc == 'TW':
        if u:
            fl = a.floor or '1'
            parts.append(pick(rng, (fl + 'F.-' + u[-2:], 'Rm. ' + u, fl + 'F, Room ' + u[-2:], u[-2:] + ', ' + fl + 'F')))
        elif a.floor:
            parts.append(a.floor + 'F.')
        parts.append('No. ' + a.num)
        parts.append('Sec. ' + str(1 + (a.aid % 5)) if rng.random() < 0.8 else 'Sec ' + str(1 + (a.aid % 5)))
        parts.append(st if rng.random() < 0.6 else st.replace(' Road', ' Rd.'))
        parts.append(a.dist)
        parts.append(city[0] + ' City ' + a.pc)
        out = ', '.join(parts)
    elif cc == 'VN':
        fold_it = rng.random() < prof.get('vifold', 0.5)
        if u:
            parts.append(pick(rng, ('Phòng ', 'P.', 'Room ', 'Unit ')) + u)
        if a.floor:
            parts.append(pick(rng, ('Tầng ', 'Floor ', 'Lầu ')) + a.floor)
        if a.bldg:
            parts.append(a.bldg)
        parts.append(pick(rng, ('Số ', 'No. ', '')) + a.num + ' ' + st)
        parts.append(pick(rng, ('Quận ', 'Q. ', 'District ', '')) + a.dist if not a.dist.startswith('Quận') else a.dist)
        parts.append(city[0])
        out = ', '.join(parts)
        if fold_it:
            out = fold(out)
    elif cc == 'IN':
        if u:
            parts.append(pick(rng, ('Office No. ', 'Unit ', '#', 'Flat No. ' if a.kind == 'res' else 'Office No. ')) + u)
        if a.floor:
            parts.append(_ordinal(a.floor) + ' Floor')
        if a.bldg:
            parts.append(a.bldg)
        parts.append(st)
        parts.append(a.dist)
        parts.append(city[0] + pick(rng, (' - ', ' ', ', ')) + a.pc)
        if city[5] and rng.random() < 0.3:
            parts.append(city[5])
        out = ', '.join(parts)
    elif cc in ('RU', 'KZ'):
        s = prof['cyr'](rng)
        if s == 'cyr':
            cty = city[1]
            line = a.street[0] + ', д. ' + a.num + ((', ' + pick(rng, ('оф. ', 'офис ', 'пом. ', 'кв. ' if a.kind == 'res' else 'оф. ')) + u) if u else '')
            if rng.random() < 0.6:
                out = a.pc + ', г. ' + cty + ', ' + line
            else:
                out = 'г. ' + cty + ', ' + line + ', ' + a.pc
        elif rng.random() < 0.5:
            line = a.num + ' ' + a.street[1] + ((', ' + pick(rng, ('Office ', 'Suite ', 'Room ')) + u) if u else '')
            out = line + ', ' + city[0] + ', ' + a.pc
        else:
            sw = a.street[0]
            typ, _, name = sw.partition(' ') if sw.startswith(('ул.', 'пр.')) else ('', '', sw)
            name_l = ' '.join(cyr_latin(w, s) for w in name.replace('.', '').split())
            typ_l = {'ул.': 'ul.', 'пр.': 'pr.'}.get(typ, '')
            line = (typ_l + ' ' if typ_l else '') + name_l + ', d. ' + a.num + ((', of. ' + u) if u else '')
            out = a.pc + ', ' + cyr_latin(city[1], s) + ', ' + line
    elif cc == 'AE':
        if u:
            parts.append(pick(rng, ('Office ', 'Office No. ', 'Unit ', 'Suite ', 'Flat ' if a.kind == 'res' else 'Office ')) + u)
        if a.floor and rng.random() < 0.4:
            parts.append(_ordinal(a.floor) + ' Floor')
        if a.bldg:
            parts.append(a.bldg)
        if rng.random() < 0.4:
            parts.append(st)
        parts.append(a.dist)
        parts.append(city[0])
        if a.po and rng.random() < 0.5:
            parts.append(pick(rng, ('P.O. Box ', 'PO Box ', 'POB ')) + a.po)
        out = ', '.join(parts)
    elif cc == 'TR':
        line = a.dist + ' Mah. ' + st + ' No:' + a.num
        if u:
            line += pick(rng, (' D:', ' Daire:', ' K:3 D:', ' İç Kapı No:')) + u
        out = line + ' ' + a.pc + ' ' + a.dist + '/' + city[0]
        if rng.random() < prof.get('trfold', 0.3):
            out = fold(out)
    elif cc == 'CY':
        if u:
            parts.append(pick(rng, ('Office ', 'Flat ', 'Suite ', 'Office No. ')) + u)
        if a.bldg:
            parts.append(a.bldg)
        parts.append(a.num + ' ' + st)
        parts.append(a.pc + ' ' + city[0])
        out = ', '.join(parts)
    else:
        out = a.num + ' ' + st + ', ' + city[0]
    if rng.random() < prof.get('addcountry', 0.3):
        out = out + ', ' + render_country(cc, prof, rng, for_addr=True)
    if upper:
        out = tr_upper(out) if cc == 'TR' else out.upper()
    if not strict and rng.random() < prof.get('typo', 0.0) * 0.5:
        out = _typo(rng, out)
    if rng.random() < prof.get('nbsp', 0.0):
        out = out.replace(' ', '\u00a0', 1)
    if rng.random() < prof.get('ws', 0.02):
        out = pick(rng, (out + ' ', out.replace(', ', ',', 1), out.replace(' ', '  ', 1), out.replace(', ', '\n', 1)))
    return out


def _ordinal(n):
    n = int(n)
    suf = 'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def render_country(cc, prof, rng, for_addr=False):
    d = C[cc]
    mode = prof['country'](rng)
    if for_addr and mode in ('iso2', 'iso3'):
        mode = 'en'
    if mode == 'iso2':
        out = cc if cc != 'GB' or rng.random() < 0.8 else 'UK'
    elif mode == 'iso3':
        out = d['iso3']
    elif mode == 'nat':
        out = pick(rng, d['nat'])
    elif mode == 'lower':
        out = cc.lower()
    else:
        out = d['en'][0] if rng.random() < 0.55 else pick(rng, d['en'])
    if rng.random() < prof.get('upper', 0.0) * 0.5:
        out = out.upper()
    return out


# ================================================================ phones

def make_phone(rng, cc, kind='mob', city=None):
    """Canonical phone: (country, nsn, area_len)."""
    d = C[cc]
    if kind == 'mob':
        pre, n = d['mob']
        if cc == 'CN':
            pre = '1' + pick(rng, '3456789')
            n = 9
        elif cc == 'HK':
            pre = pick(rng, '5669')
            n = 7
        elif cc == 'SG':
            pre = pick(rng, '89')
            n = 7
        elif cc == 'US':
            pre = city[4] if city else pick(rng, ('415', '212', '206', '512', '617', '650'))
            n = 7
        elif cc == 'DE':
            pre = pick(rng, ('151', '152', '157', '160', '170', '171', '176', '179'))
            n = 8 if rng.random() < 0.6 else 7
        elif cc == 'JP':
            pre = pick(rng, ('90', '80', '70'))
        elif cc == 'VN':
            pre = pick(rng, ('9', '3', '8', '7')) + str(int(rng.random() * 10))
            n = 7
        elif cc == 'IN':
            pre = pick(rng, ('9', '8', '7', '6'))
            n = 9
        elif cc == 'KZ':
            pre = pick(rng, ('701', '702', '705', '707', '747', '771', '775', '777'))
            n = 7
        elif cc == 'AE':
            pre = '5' + pick(rng, '024568')
            n = 7
        elif cc == 'TR':
            pre = '5' + pick(rng, '3450')
            n = 8
        elif cc == 'RU':
            pre = '9' + pick(rng, '0123456789') + pick(rng, '0123456789')
            n = 7
        elif cc == 'CY':
            pre = '9' + pick(rng, '679')
            n = 6
        elif cc == 'MY':
            pre = '1' + pick(rng, '0123456789')
            n = 7 if rng.random() < 0.7 else 8
        elif cc == 'FR':
            pre = pick(rng, '67')
            n = 8
        elif cc == 'BR':
            pre = (city[4] if city else '11')
            n = 9
            return (cc, pre + '9' + ''.join(str(int(rng.random() * 10)) for _ in range(8)), 2)
        elif cc == 'GB':
            pre = '7' + pick(rng, '4579') + str(int(rng.random() * 10)) + str(int(rng.random() * 10))
            n = 6
        elif cc == 'KR':
            pre = '10'
            n = 8
        nsn = pre + ''.join(str(int(rng.random() * 10)) for _ in range(n))
        return (cc, nsn, 0 if cc in ('HK', 'SG', 'CY', 'IN', 'TW', 'EE', 'ES') else len(pre))
    city = city or pick(rng, d['cities'])
    area = city[4]
    if cc in ('HK',):
        area, n = pick(rng, ('2', '3')), 7
    elif cc == 'SG':
        area, n = '6', 7
    elif cc == 'CY':
        n = 6
    elif cc == 'US':
        n = 7
    elif cc == 'GB':
        n = 10 - len(area)
    elif cc in ('RU', 'KZ'):
        n = 10 - len(area)
    elif cc in ('CN',):
        n = 8 if len(area) <= 3 else 7
    elif cc in ('IN', 'BR'):
        n = 8
    elif cc in ('JP', 'TW', 'KR', 'FR', 'VN', 'DE'):
        n = 8 if len(area) <= 2 else 7
    elif cc in ('NL', 'AE', 'TR', 'ES', 'EE', 'MY'):
        n = 7 if cc != 'MY' or area != '3' else 8
    else:
        n = 7
    first = pick(rng, '2345678')
    nsn = area + first + ''.join(str(int(rng.random() * 10)) for _ in range(n - 1))
    return (cc, nsn, 0 if cc in ('HK', 'SG', 'CY', 'EE', 'ES') else len(area))


def _group(rest, cc):
    L = len(rest)
    if cc in ('RU', 'KZ') and L == 7:
        return [rest[:3], rest[3:5], rest[5:]]
    if cc == 'FR':
        return [rest[i:i + 2] for i in range(0, L, 2)]
    if L <= 4:
        return [rest]
    if L == 5:
        return [rest[:2], rest[2:]]
    if L == 6:
        return [rest[:3], rest[3:]]
    if L == 7:
        return [rest[:3], rest[3:]]
    if L == 8:
        return [rest[:4], rest[4:]]
    if L == 9:
        return [rest[:3], rest[3:6], rest[6:]]
    if L == 10:
        return [rest[:5], rest[5:]] if cc == 'IN' else [rest[:3], rest[3:6], rest[6:]]
    return [rest[:L - 4], rest[L - 4:]]


def render_phone(ph, prof, rng, rec_cc, strict):
    cc, nsn, al = ph
    d = C[cc]
    code = d['cc']
    area, rest = nsn[:al], nsn[al:]
    style = prof['phone'](rng)
    domestic = (cc == rec_cc) or (cc in ('RU', 'KZ') and rec_cc in ('RU', 'KZ'))
    if style.startswith('nat') and not domestic:
        style = 'intl'
    trunk = d['trunk']
    is_cn_mob = cc == 'CN' and nsn.startswith('1')
    g = _group(rest, cc)
    if style == 'e164':
        out = '+' + code + nsn
    elif style == 'intl':
        if cc == 'US':
            out = '+1 ' + area + ' ' + rest[:3] + ' ' + rest[3:] if rng.random() < 0.5 else '+1-' + area + '-' + rest[:3] + '-' + rest[3:]
        else:
            out = '+' + code + ' ' + ((area + ' ') if area else '') + ' '.join(g)
    elif style == 'intl0':
        if trunk == '0' and area and not is_cn_mob:
            out = '+' + code + ' (0)' + area + ' ' + ' '.join(g)
        else:
            out = '+' + code + ' (' + area + ') ' + ' '.join(g) if area else '+' + code + ' ' + ' '.join(g)
    elif style == '00':
        out = '00' + code + pick(rng, (' ', '-', '')) + ((area + '-') if area else '') + '-'.join(g)
    elif style == 'nat':
        tr = '' if (is_cn_mob or cc == 'US') else trunk
        if cc == 'US':
            out = pick(rng, ('(%s) %s-%s', '%s-%s-%s', '%s.%s.%s')) % (area, rest[:3], rest[3:])
        elif cc in ('RU', 'KZ'):
            out = pick(rng, ('8 (%s) %s', '8%s%s', '+7 (%s) %s')) % (area, '-'.join(g))
        else:
            out = tr + area + pick(rng, (' ', '-', '')) + pick(rng, (' ', '-')).join(g)
    elif style == 'natparen':
        tr = '' if (is_cn_mob or cc == 'US') else trunk
        if area:
            out = '(' + tr + area + ') ' + '-'.join(g)
        else:
            out = ' '.join(g)
    elif style == 'digits':
        out = code + nsn if not domestic or rng.random() < 0.5 else ((trunk if not is_cn_mob and cc != 'US' else '') + nsn)
    else:
        out = '+' + code + nsn
    if rng.random() < prof.get('ext', 0.0) and al and not is_cn_mob:
        out += pick(rng, (' ext. ', ' x', ' ext ', ' доб. ' if cc == 'RU' else ' #')) + str(int(rng.random() * 900) + 100)
    if rng.random() < prof.get('fullwidth', 0.0) and cc in ('CN', 'JP', 'TW'):
        out = out.translate(FW)
    if not strict and rng.random() < prof.get('twophones', 0.0):
        out = out + pick(rng, (' / ', '; ', ', ')) + render_phone(make_phone(rng, cc, 'mob'), prof, rng, rec_cc, True)
    return out


JUNK_PHONES = ['0000000000', '1234567890', '+10000000000', 'N/A', '+86 13800138000', '+1 (555) 555-5555', '123456', '-',
               '+0', '00000000', '+44 0000 000000', '111-111-1111', 'none']

# =================================================================== reg ids
_REG_SEEN8 = []
_REG_SEEN7 = []
_REG_SEEN5 = []


def _digits(rng, n):
    return ''.join(str(int(rng.random() * 10)) for _ in range(n))


def _coincide(rng, seen, registry, p):
    """Different registries hand out overlapping number ranges: sometimes reuse a number another registry issued."""
    if seen and rng.random() < p:
        r, n = pick(rng, seen)
        if r != registry and not any(r2 == registry and n2 == n for r2, n2 in seen[-2000:]):
            return n
    return None


_REG_ISSUED = set()


def make_reg(rng, cc, coincide=0.0):
    """Return (registry, number, layout); a registry never issues the same number twice."""
    for _ in range(30):
        r = _make_reg(rng, cc, coincide)
        if (r[0], r[1]) not in _REG_ISSUED:
            break
    _REG_ISSUED.add((r[0], r[1]))
    return r


def _make_reg(rng, cc, coincide=0.0):
    if cc == 'US':
        if rng.random() < 0.5:
            return ('US-EIN', _digits(rng, 9), 'ein')
        reg = 'US-' + pick(rng, ('DE', 'DE', 'WY'))
        n = _coincide(rng, _REG_SEEN7, reg, coincide) or str(int(rng.random() * 7000000) + 3000000)
        _REG_SEEN7.append((reg, n))
        return (reg, n, 'plain7')
    if cc in ('GB', 'NL', 'EE', 'TW'):
        n = _coincide(rng, _REG_SEEN8, cc, coincide)
        if n:
            _REG_SEEN8.append((cc, n))
            return (cc, n, 'plain8')
        if cc == 'GB':
            n = ('0' + _digits(rng, 7)) if rng.random() < 0.3 else ('1' + str(int(rng.random() * 6)) + _digits(rng, 6))
            if rng.random() < 0.04:
                n = 'SC' + _digits(rng, 6)
        elif cc == 'EE':
            n = '1' + str(int(rng.random() * 7)) + _digits(rng, 6)
        else:
            n = str(int(rng.random() * 9) + 1) + _digits(rng, 7)
        _REG_SEEN8.append((cc, n))
        return (cc, n, 'plain8')
    if cc == 'HK':
        n = _coincide(rng, _REG_SEEN7, 'HK', coincide) or str(int(rng.random() * 2600000) + 400000).zfill(7)
        _REG_SEEN7.append(('HK', n))
        return ('HK', n, 'plain7')
    if cc == 'DE':
        reg = 'DE-' + pick(rng, ('B', 'München', 'Hamburg', 'Frankfurt am Main'))
        n = _coincide(rng, _REG_SEEN5, reg, coincide * 4) or str(int(rng.random() * 250000) + 1000)
        _REG_SEEN5.append((reg, n))
        return (reg, n, 'hrb')
    if cc == 'AE':
        reg = 'AE-' + pick(rng, ('DMCC', 'IFZA', 'RAKEZ', 'SHAMS', 'JAFZA', 'DED', 'DIFC'))
        n = _coincide(rng, _REG_SEEN5, reg, coincide * 4) or str(int(rng.random() * 89000) + 10000)
        _REG_SEEN5.append((reg, n))
        return (reg, n, 'zone')
    if cc == 'FR':
        return ('FR', _digits(rng, 9), 'siren')
    if cc == 'ES':
        return ('ES', pick(rng, 'BBBBAA') + _digits(rng, 8), 'cif')
    if cc == 'CN':
        s = '91' + pick(rng, ('110108', '310115', '440300', '330106', '440106', '510107')) + pick(rng, ('MA', '7', '0')) + \
            ''.join(pick(rng, '0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(7))
        s = (s + ''.join(pick(rng, '0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(18)))[:18]
        return ('CN', s, 'uscc')
    if cc == 'SG':
        return ('SG', str(int(rng.random() * 10) + 2010) + _digits(rng, 5) + pick(rng, 'ABCDEGHKMNRWZ'), 'uen')
    if cc == 'MY':
        y = str(int(rng.random() * 8) + 2015)
        return ('MY', y + '01' + _digits(rng, 6), 'my:' + str(int(rng.random() * 900000) + 1100000) + '-' + pick(rng, 'ADHKMPTUVWX'))
    if cc == 'JP':
        return ('JP', str(int(rng.random() * 9) + 1) + _digits(rng, 12), 'jp')
    if cc == 'KR':
        return ('KR', _digits(rng, 10), 'kr')
    if cc == 'VN':
        return ('VN', '0' + str(int(rng.random() * 9) + 1) + _digits(rng, 8), 'vn')
    if cc == 'IN':
        st = pick(rng, ('KA', 'MH', 'DL', 'TG', 'TN'))
        return ('IN', pick(rng, 'UUUUL') + pick(rng, ('72900', '72200', '74999', '62099')) + st + str(int(rng.random() * 10) + 2010) +
                pick(rng, ('PTC', 'PTC', 'PLC', 'OPC')) + _digits(rng, 6), 'cin')
    if cc == 'RU':
        return ('RU', '1' + pick(rng, ('02', '10', '11', '12', '14', '15', '17', '19', '21')) + _digits(rng, 2) + '77' + _digits(rng, 6),
                'ru:' + '77' + _digits(rng, 8))
    if cc == 'KZ':
        return ('KZ', str(int(rng.random() * 10) + 10) + pick(rng, ('04', '08', '11', '12')) + '40' + _digits(rng, 6), 'kz')
    if cc == 'TR':
        return ('TR', '0' + _digits(rng, 15), 'tr')
    if cc == 'CY':
        return ('CY', str(int(rng.random() * 340000) + 100000), 'he')
    if cc == 'BR':
        return ('BR', _digits(rng, 8), 'cnpj:' + '0001' + _digits(rng, 2))
    return (cc, _digits(rng, 8), 'plain')


JUNK_REGS = ['N/A', 'n/a', 'NA', 'none', '0', '000000', '-', 'TBD', 'pending', '123456', '00000000', 'na', 'not applicable',
             '1', 'None', 'x', '.']


def render_reg(reg, prof, rng, rec_cc, strict):
    r, n, lay = reg
    if r == '*':
        return n
    pref = rng.random() < prof.get('regprefix', 0.3)
    strip0 = rng.random() < prof.get('regstrip0', 0.0)
    if lay == 'ein':
        out = pick(rng, ('%s-%s' % (n[:2], n[2:]), n, 'EIN %s-%s' % (n[:2], n[2:])))
    elif lay == 'plain7':
        out = n
        if r.startswith('US-'):
            if pref:
                out = pick(rng, ('DE ' if r == 'US-DE' else 'WY ', 'File No. ', 'SOS #')) + n
        elif pref:
            out = pick(rng, ('CR No. ', 'HK', 'CR ', 'C.R. No. ')) + n
        if strip0:
            out = out.replace(n, n.lstrip('0'))
    elif lay == 'plain8':
        out = n
        if pref:
            out = {'GB': pick(rng, ('GB', 'Company No. ', 'Co. No. ', 'CRN ')), 'NL': pick(rng, ('KvK ', 'KVK-nummer ', 'NL-KvK ')),
                   'EE': pick(rng, ('EE', 'registrikood ', 'Reg. code ')), 'TW': pick(rng, ('TW', '統一編號 ', 'UBN '))}[r] + n
        if strip0:
            out = out.replace(n, n.lstrip('0'))
    elif lay == 'hrb':
        court = r[3:]
        full = rng.random() < (0.5 if not strict else 0.9)
        core = 'HRB' + pick(rng, (' ', '', ' ')) + n
        if full:
            if court == 'B':
                out = pick(rng, (core + ' B', 'Amtsgericht Charlottenburg, ' + core + ' B', core + ' B (AG Charlottenburg)'))
            else:
                out = pick(rng, (core + ' (' + court + ')', 'Amtsgericht ' + court + ', ' + core, court + ' ' + core))
        else:
            out = core
    elif lay == 'zone':
        z = r[3:]
        if strict or rng.random() < 0.6:
            out = pick(rng, (z + '-' + n, z + ' ' + n, z + ' Licence No. ' + n, 'License ' + z + '/' + n))
        else:
            out = n
    elif lay == 'siren':
        spaced = n[:3] + ' ' + n[3:6] + ' ' + n[6:]
        out = pick(rng, (spaced, n, 'RCS Paris ' + spaced, 'SIREN ' + n))
        if not strict and rng.random() < 0.15:
            out = spaced + ' ' + '000' + str(int(rng.random() * 90) + 10)
    elif lay == 'cif':
        out = pick(rng, (n, n[0] + '-' + n[1:], 'ES' + n, 'CIF: ' + n))
    elif lay == 'uscc':
        out = n if rng.random() < 0.9 else n.lower()
    elif lay == 'uen':
        out = n if not pref else pick(rng, ('UEN ', 'UEN: ', 'Reg. No. ')) + n
    elif lay.startswith('my:'):
        old = lay[3:]
        r2 = rng.random()
        if r2 < 0.5:
            out = n + ' (' + old + ')'
        elif r2 < 0.85 or strict:
            out = n
        else:
            out = old
    elif lay == 'jp':
        out = pick(rng, (n, n, 'T' + n, n[:1] + '-' + n[1:5] + '-' + n[5:9] + '-' + n[9:]))
    elif lay == 'kr':
        out = pick(rng, (n[:3] + '-' + n[3:5] + '-' + n[5:], n))
    elif lay == 'vn':
        out = n if not strip0 else n.lstrip('0')
        if pref:
            out = pick(rng, ('MST ', 'MSDN: ', 'Tax code ')) + out
    elif lay == 'cin':
        out = n if rng.random() < 0.9 else n.lower()
        if pref:
            out = 'CIN: ' + out
    elif lay.startswith('ru:'):
        inn = lay[3:]
        if strict or rng.random() < 0.6:
            out = pick(rng, (n, 'ОГРН ' + n, 'OGRN ' + n, 'ОГРН: ' + n))
        else:
            out = pick(rng, (inn, 'ИНН ' + inn, 'INN ' + inn))
    elif lay == 'kz':
        out = pick(rng, (n, 'БИН ' + n, 'BIN ' + n, n[:6] + ' ' + n[6:]))
    elif lay == 'tr':
        out = pick(rng, (n, n, 'MERSİS ' + n, 'Mersis No: ' + n, n[:4] + ' ' + n[4:8] + ' ' + n[8:12] + ' ' + n[12:]))
    elif lay == 'he':
        out = pick(rng, ('HE ' + n, 'HE' + n, 'ΗΕ ' + n, 'HE-' + n, 'H.E. ' + n, n))
    elif lay.startswith('cnpj:'):
        b = n + lay[5:]
        dv = str((sum(int(c) for c in b) * 7) % 97).zfill(2)
        full = b + dv
        out = pick(rng, ('%s.%s.%s/%s-%s' % (full[:2], full[2:5], full[5:8], full[8:12], full[12:]), full))
    else:
        out = n
    if rng.random() < prof.get('ws', 0.02):
        out = out + ' '
    return out

# ============================================================ world model
CHANNELS = ('web', 'sales', 'market', 'kestrel', 'partner')
PROC = {'web': 'P1', 'sales': 'P1', 'market': 'P2', 'partner': 'P2', 'kestrel': 'P3'}
FREEMAIL = {
    'en': [('gmail.com', 55), ('outlook.com', 12), ('hotmail.com', 8), ('yahoo.com', 10), ('icloud.com', 8), ('protonmail.com', 4), ('proton.me', 3)],
    'zh': [('qq.com', 35), ('163.com', 25), ('126.com', 10), ('gmail.com', 10), ('sina.com', 5), ('foxmail.com', 5), ('aliyun.com', 4), ('outlook.com', 6)],
    'zh_hk': [('gmail.com', 50), ('yahoo.com.hk', 15), ('netvigator.com', 12), ('hotmail.com', 15), ('outlook.com', 8)],
    'zh_tw': [('gmail.com', 45), ('yahoo.com.tw', 20), ('ms1.hinet.net', 10), ('msa.hinet.net', 10), ('hotmail.com', 15)],
    'zh_sea': [('gmail.com', 60), ('hotmail.com', 15), ('yahoo.com.sg', 10), ('singnet.com.sg', 10), ('outlook.com', 5)],
    'ru': [('mail.ru', 30), ('yandex.ru', 25), ('gmail.com', 20), ('bk.ru', 5), ('list.ru', 5), ('inbox.ru', 5), ('rambler.ru', 5), ('ya.ru', 5)],
    'kz': [('mail.ru', 35), ('gmail.com', 30), ('yandex.kz', 10), ('inbox.ru', 10), ('mail.kz', 15)],
    'ar': [('gmail.com', 50), ('hotmail.com', 20), ('yahoo.com', 10), ('outlook.com', 10), ('emirates.net.ae', 10)],
    'fa': [('gmail.com', 60), ('yahoo.com', 20), ('chmail.ir', 10), ('outlook.com', 10)],
    'tr': [('gmail.com', 55), ('hotmail.com', 20), ('yandex.com.tr', 10), ('outlook.com', 10), ('ttmail.com', 5)],
    'de': [('gmx.de', 25), ('web.de', 25), ('t-online.de', 15), ('gmail.com', 25), ('posteo.de', 5), ('mailbox.org', 5)],
    'nl': [('gmail.com', 50), ('hotmail.com', 20), ('ziggo.nl', 10), ('kpnmail.nl', 10), ('outlook.com', 10)],
    'fr': [('gmail.com', 45), ('orange.fr', 20), ('free.fr', 10), ('laposte.net', 10), ('hotmail.fr', 10), ('sfr.fr', 5)],
    'es': [('gmail.com', 60), ('hotmail.com', 20), ('yahoo.es', 10), ('outlook.es', 10)],
    'pt': [('gmail.com', 55), ('hotmail.com', 20), ('uol.com.br', 10), ('bol.com.br', 5), ('outlook.com', 10)],
    'in': [('gmail.com', 70), ('yahoo.co.in', 10), ('rediffmail.com', 10), ('outlook.com', 10)],
    'ja': [('gmail.com', 40), ('yahoo.co.jp', 30), ('docomo.ne.jp', 10), ('icloud.com', 10), ('outlook.jp', 10)],
    'ko': [('naver.com', 50), ('gmail.com', 25), ('daum.net', 15), ('hanmail.net', 10)],
    'vi': [('gmail.com', 80), ('yahoo.com', 10), ('outlook.com', 10)],
    'el': [('gmail.com', 60), ('hotmail.com', 20), ('cytanet.com.cy', 20)],
    'et': [('gmail.com', 60), ('hot.ee', 20), ('mail.ee', 20)],
    'ms': [('gmail.com', 60), ('yahoo.com', 20), ('hotmail.com', 10), ('outlook.com', 10)],
}
FREEMAIL_W = {k: W(v) for k, v in FREEMAIL.items()}
DISPOSABLE = ['mailinator.com', 'guerrillamail.com', '10minutemail.com', 'tempmail.dev', 'yopmail.com', 'sharklasers.com']
PRIVACY_MAIL = ['protonmail.com', 'proton.me', 'tutanota.com', 'pm.me', 'cock.li', 'onionmail.org']
JUNK_EMAILS = [('test', 'test.com'), ('a', 'a.com'), ('admin', 'example.com'), ('noreply', 'example.com'), ('none', 'none.com'),
               ('asdf', 'asdf.com')]
BUILDERS = [('wixsite.com', 'https://{s}.wixsite.com/{s}'), ('business.site', '{s}.business.site'),
            ('sites.google.com', 'https://sites.google.com/view/{s}'), ('facebook.com', 'https://www.facebook.com/{s}'),
            ('linktr.ee', 'https://linktr.ee/{s}'), ('github.io', 'https://{s}.github.io/'), ('webflow.io', 'https://{s}.webflow.io'),
            ('carrd.co', '{s}.carrd.co'), ('myshopify.com', 'https://{s}.myshopify.com'), ('t.me', 't.me/{s}'),
            ('linkedin.com', 'https://www.linkedin.com/company/{s}'), ('notion.site', 'https://{s}.notion.site')]
JUNK_WEBS = ['n/a', 'none', '-', 'localhost', 'http://example.com', 'www.example.com', 'N/A', 'https://', 'www.']
UNIVERSITIES = [('Tsinghua University', 'tsinghua.edu.cn', 'CN'), ('Peking University', 'pku.edu.cn', 'CN'), ('Zhejiang University', 'zju.edu.cn', 'CN'),
                ('Shanghai Jiao Tong University', 'sjtu.edu.cn', 'CN'), ('USTC', 'ustc.edu.cn', 'CN'), ('National Taiwan University', 'ntu.edu.tw', 'TW'),
                ('National Tsing Hua University', 'nthu.edu.tw', 'TW'), ('KAIST', 'kaist.ac.kr', 'KR'), ('Seoul National University', 'snu.ac.kr', 'KR'),
                ('University of Tokyo', 'u-tokyo.ac.jp', 'JP'), ('Kyoto University', 'kyoto-u.ac.jp', 'JP'), ('NUS', 'nus.edu.sg', 'SG'),
                ('NTU Singapore', 'ntu.edu.sg', 'SG'), ('HKUST', 'ust.hk', 'HK'), ('University of Hong Kong', 'hku.hk', 'HK'),
                ('IIT Bombay', 'iitb.ac.in', 'IN'), ('IISc', 'iisc.ac.in', 'IN'), ('MIT', 'mit.edu', 'US'), ('Stanford', 'stanford.edu', 'US'),
                ('CMU', 'cmu.edu', 'US'), ('UC Berkeley', 'berkeley.edu', 'US'), ('University of Washington', 'uw.edu', 'US'),
                ('Cambridge', 'cam.ac.uk', 'GB'), ('Oxford', 'ox.ac.uk', 'GB'), ('Imperial College', 'imperial.ac.uk', 'GB'),
                ('TU München', 'tum.de', 'DE'), ('KIT', 'kit.edu', 'DE'), ('TU Delft', 'tudelft.nl', 'NL'), ('Sorbonne', 'sorbonne-universite.fr', 'FR'),
                ('UPM', 'upm.es', 'ES'), ('MSU', 'msu.ru', 'RU'), ('ITMO', 'itmo.ru', 'RU'), ('Skoltech', 'skoltech.ru', 'RU'),
                ('Nazarbayev University', 'nu.edu.kz', 'KZ'), ('Khalifa University', 'ku.ac.ae', 'AE'), ('METU', 'metu.edu.tr', 'TR'),
                ('Boğaziçi University', 'boun.edu.tr', 'TR'), ('University of Cyprus', 'ucy.ac.cy', 'CY'), ('University of Tartu', 'ut.ee', 'EE'),
                ('USP', 'usp.br', 'BR'), ('Universiti Malaya', 'um.edu.my', 'MY'), ('VNU', 'vnu.edu.vn', 'VN'), ('HCMUT', 'hcmut.edu.vn', 'VN')]
UNI_SUBS = ['', '', '', 'cs.', 'mails.', 'stu.', 'ee.', 'alumni.', 'student.', 'mail.', 'g.', 'connect.']
COWORK_BRANDS = ['Hive Commons', 'Orbit Cowork', 'Ferment Space', 'Blue Loft', 'TechHub Plaza', 'Launchpad Works', 'Desk & Co',
                 'The Foundry', 'Common Ground', 'Nest Collective', 'Spaces Hub', 'Workbench', 'Kolektif House', 'Impact Hub']
RESELLER_STEMS = ['GPUHub', 'CloudMart', 'ComputeBazaar', 'TensorDock Asia', 'RentAGPU', 'NeoCompute', 'AI Cloud Market', 'HashFarm',
                  'SkyRender', 'CoreWeave Partners', 'GridLease', 'ByteForge', 'SiliconSouk', 'CloudBridge CIS', 'Anatolia Cloud']
NOMINEE_IND = ['Corporate Services', 'Secretarial Services', 'Company Formation', 'Business Centre', 'Consultants', 'Trust Services']
ACCT_IND = ['Accounting', 'Tax Advisors', 'Accountants', 'Bookkeeping', 'Audit & Tax', 'Advisory']
ACCT_HINT = ['-accounting', 'cpa', '-tax', '-advisory', 'audit', '-books', '-ca', 'accountants']


def ip4(a, b, c, d):
    return (a << 24) | (b << 16) | (c << 8) | d


class Ent(object):
    __slots__ = ('eid', 'kind', 'cc', 'ch', 'year', 'org', 'person', 'reg', 'addr', 'email', 'phone', 'web', 'card',
                 'dirs', 'owners', 'ips', 'keys', 'listed', 'pins', 'party', 'arch', 'rid', 'seg', 'city', 'cul', 'tags')

    def __init__(self):
        self.org = self.person = self.reg = self.addr = self.email = self.phone = self.web = self.card = None
        self.dirs = []
        self.owners = []
        self.ips = []
        self.keys = []
        self.listed = False
        self.pins = set()
        self.party = None
        self.arch = 'solo'
        self.tags = []


class Party(object):
    __slots__ = ('pid', 'arch', 'members', 'cul', 'people', 'phones', 'offices', 'domain', 'bastions', 'home', 'keys',
                 'cards', 'holding', 'brand', 'edges', 'cc0', 'vpn')

    def __init__(self, pid, arch):
        self.pid = pid
        self.arch = arch
        self.members = []
        self.people = []
        self.phones = []
        self.offices = {}
        self.domain = None
        self.bastions = []
        self.home = None
        self.keys = []
        self.cards = {}
        self.holding = None
        self.brand = None
        self.edges = []
        self.vpn = None


ARCHS = [  # name, weight, min, max, alpha
    ('quota_split', .17, 2, 5, 2.2), ('acquired_dup', .10, 2, 3, 3.0), ('phoenix', .09, 2, 4, 2.5),
    ('procurement_hub', .16, 3, 14, 1.6), ('layered_holding', .06, 6, 25, 1.3), ('daisy_chain', .10, 3, 10, 1.8),
    ('corporate_group', .13, 2, 14, 1.8), ('nominee_ring', .09, 3, 10, 1.8), ('straw_individuals', .10, 2, 8, 2.0)]


class World(object):
    def __init__(self, N, seed):
        self.N = N
        self.seed = seed
        self.rng = random.Random('linkage_gen15|%d|%d' % (N, seed))
        self.ents = []
        self.parties = []
        self.key_count = {}
        self.reserved = set()
        self.domains = set()
        self.phone_kind = {}
        self.nkey = 0
        self.used24 = set()
        self.used_ids = set()
        self.tokens = set()
        self.recyclable = {}
        self.used_mail = set()
        self.npid = 0

    # ------------------------------------------------------------ helpers
    def person(self, cul, rare=False, role='own', sex=None):
        rng = self.rng
        for _ in range(60):
            p = make_person(rng, cul, rare, sex)
            if rare and p.key in self.key_count:
                continue
            if not rare and p.key in self.reserved:
                continue
            break
        p.role = role
        self.npid += 1
        p.pid = self.npid
        self.key_count[p.key] = self.key_count.get(p.key, 0) + 1
        if rare:
            self.reserved.add(p.key)
        return p

    def cul_of(self, cc):
        return C[cc]['cul_w'](self.rng)

    def new24(self, cc=None, octets=None):
        rng = self.rng
        octs = octets or C[cc]['octets']
        while True:
            b = ip4(pick(rng, octs), int(rng.random() * 256), int(rng.random() * 256), 0)
            if b not in self.used24:
                self.used24.add(b)
                return b

    def token(self, proc):
        rng = self.rng
        while True:
            if proc == 'P1':
                t = ''.join(pick(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(16))
            elif proc == 'P2':
                t = 'fp2_' + '%024x' % rng.getrandbits(96)
            else:
                t = 'kst_' + '%012d' % int(rng.random() * 1e12)
            if t not in self.tokens:
                self.tokens.add(t)
                return (proc, t)

    def newkey(self, kind):
        self.nkey += 1
        return (self.nkey, kind)

    def slug(self, org):
        rng = self.rng
        if org.style == 'cn':
            s = org.stem[0][1] + org.stem[1][1]
        elif org.style == 'ru':
            s = cyr_latin(org.stem[0], 'bgn').lower()
        elif org.style == 'vi':
            s = fold(org.stem).lower().replace(' ', '')
        else:
            s = fold(org.stem + (org.stem2 or '')).lower()
        s = ''.join(ch for ch in s if ch.isalnum())
        return s or 'co'

    def new_domain(self, org, cc, kind='own', extra=None):
        rng = self.rng
        base = self.slug(org)
        tlds = C[cc]['tld']
        for i in range(12):
            r = rng.random()
            if i > 6:
                s = base + str(int(rng.random() * 900) + 10)
            elif r < 0.45:
                s = base
            elif r < 0.75:
                s = base + pick(rng, ('tech', 'ai', 'labs', 'group', 'hq', 'global', 'data', 'cloud', 'sys', 'intl', 'soft'))
            else:
                s = base + '-' + pick(rng, ('tech', 'ai', 'labs', 'group', 'hk', 'trading', 'systems', 'digital', 'compute'))
            if extra:
                s = s + extra
            t = tlds[0] if rng.random() < 0.5 else pick(rng, tlds)
            if t == 'рф':
                if org.style != 'ru':
                    t = 'ru'
                else:
                    d = cyr_latin(org.stem[0], 'bgn') and (org.stem[0].lower() + '.рф')
                    if d not in self.domains:
                        self.domains.add(d)
                        return d
                    t = 'ru'
            d = s + '.' + t
            if d not in self.domains:
                self.domains.add(d)
                return d
        d = base + '%d.com' % len(self.domains)
        self.domains.add(d)
        return d

    def mk_phone(self, cc, kind, city=None):
        ptype = 'mob' if kind in ('mob', 'home', 'partymob') else 'land'
        if kind == 'mob' and self.recyclable.get(cc) and self.rng.random() < 0.004:
            # mobile numbers are recycled by carriers: a new subscriber gets an old customer's number
            return pick(self.rng, self.recyclable[cc])
        while True:
            ph = make_phone(self.rng, cc, ptype, city)
            k = (ph[0], ph[1]) if cc not in ('RU', 'KZ') else ('7', ph[1])
            if k not in self.phone_kind:
                self.phone_kind[k] = kind
                if kind == 'mob':
                    self.recyclable.setdefault(cc, []).append(ph)
                return ph

    def email_local(self, p, style=None):
        rng = self.rng
        if p is None:
            return pick(rng, ('info', 'admin', 'contact', 'billing', 'ops', 'it', 'support', 'accounts', 'finance', 'devops', 'gpu', 'ml', 'hello', 'office'))
        if p.cul == 'zh' and rng.random() < 0.3:
            return str(int(rng.random() * 9e9) + 10000)
        g, f = person_latin(p)
        r = rng.random()
        yy = str(int(rng.random() * 40) + 1965)
        if r < 0.25:
            return g + '.' + f
        if r < 0.4:
            return g + f
        if r < 0.55:
            return g[0] + f
        if r < 0.63:
            return f + g
        if r < 0.75:
            return g + f + str(int(rng.random() * 99) + 1)
        if r < 0.83:
            return g + '.' + f + yy[2:]
        if r < 0.88:
            return g + '_' + f
        if r < 0.93:
            return f + '.' + g
        return g + yy

    def uniq_local(self, loc, host):
        rng = self.rng
        while (loc, host) in self.used_mail:
            loc = loc + str(int(rng.random() * 90) + 10)
        self.used_mail.add((loc, host))
        return loc

    def free_email(self, p, cul=None):
        rng = self.rng
        cul = cul or (p.cul if p else 'en')
        fm = FREEMAIL_W.get(cul, FREEMAIL_W['en'])
        host = fm(rng)
        kind = 'isp' if host in ('netvigator.com', 'ms1.hinet.net', 'msa.hinet.net', 'singnet.com.sg', 'emirates.net.ae', 't-online.de',
                                 'ziggo.nl', 'kpnmail.nl', 'orange.fr', 'free.fr', 'sfr.fr', 'cytanet.com.cy', 'uol.com.br', 'bol.com.br') else 'free'
        return (self.uniq_local(self.email_local(p), host), host, reg_domain(host), kind)

    # ------------------------------------------------------- infrastructure
    def build_infra(self):
        rng = self.rng
        N = self.N
        self.res = {}
        self.mob = {}
        self.biz = {}
        for cc in CODES:
            exp = N * C[cc]['w'] * 0.6 + 30
            nb = max(3, int(exp / 5))
            isps = []
            for k in range(3):
                blocks = [self.new24(cc) for _ in range(max(2, nb // (k + 2)))]
                v6 = (C[cc]['v6'] << 112) | (int(rng.random() * 65536) << 96)
                isps.append((blocks, v6, max(2, int(exp / 60 / (k + 1))), 0.15 + rng.random() * 0.5))
            self.res[cc] = W([(isps[k], 1.0 / (k + 1)) for k in range(3)])
            carriers = []
            for k in range(2):
                # carrier-grade NAT: many subscribers behind a small pool of public addresses
                blocks = [self.new24(cc) for _ in range(max(1, int(exp / 2000)))]
                pool = [pick(rng, blocks) + 2 + int(rng.random() * 252) for _ in range(max(12, int(exp / 45)))]
                inner = ip4(100, 64 + int(rng.random() * 64), 0, 0)
                v6 = (C[cc]['v6'] << 112) | (int(rng.random() * 65536) << 96)
                carriers.append((pool, inner, v6))
            self.mob[cc] = carriers
            self.biz[cc] = [[self.new24(cc), 0] for _ in range(max(2, int(exp / 120)))]
        dc_oct = [5, 23, 45, 46, 51, 62, 77, 78, 80, 85, 89, 91, 93, 94, 104, 107, 138, 139, 141, 144, 146, 149, 151, 154, 157, 159, 162,
                  163, 164, 165, 167, 168, 172, 176, 178, 185, 188, 192, 193, 194, 195, 198, 199, 206, 207, 209, 212, 213, 216]
        self.tor = []
        tb = [self.new24(octets=dc_oct) for _ in range(45)]
        for _ in range(160):
            self.tor.append(pick(rng, tb) + int(rng.random() * 250) + 2)
        self.vpn = []
        for prov in range(4):
            pool = []
            for _ in range(8 + prov * 6):
                b = self.new24(octets=dc_oct)
                for _ in range(int(rng.random() * 10) + 4):
                    pool.append(b + int(rng.random() * 250) + 2)
            self.vpn.append(pool)
        self.vpn_w = W([(self.vpn[i], 1.0 / (i + 1)) for i in range(len(self.vpn))])
        cloud_oct = [3, 13, 18, 34, 35, 52, 54, 20, 40, 104, 130, 146, 147, 159, 161, 167]
        self.cloud16 = [ip4(pick(rng, cloud_oct), int(rng.random() * 256), 0, 0) for _ in range(40)]
        self.cloud6 = [(0x2600 << 112) | (0x1f00 << 96) | (int(rng.random() * 65536) << 80) for _ in range(25)]
        self.cloud_used = set()
        self.ci = []
        while len(self.ci) < 220:
            x = pick(rng, self.cloud16[:8]) + (int(rng.random() * 4) << 8) + int(rng.random() * 250) + 2
            if x not in self.cloud_used:
                self.cloud_used.add(x)
                self.ci.append(x)
        self.private = ['192.168.1.1', '192.168.0.1', '10.0.0.1', '10.0.0.2', '192.168.1.100', '10.10.10.10', '172.16.0.1',
                        '10.0.0.138', '192.168.0.100', '10.1.1.1']
        self.private = [ip_from_str(s) for s in self.private]
        # registered agents
        self.agents = {}
        for cc, n in (('HK', 5), ('SG', 4), ('CY', 3), ('AE', 5), ('EE', 3), ('GB', 5), ('US', 4), ('MY', 3), ('KZ', 2),
                      ('TR', 2), ('VN', 2), ('CN', 2), ('NL', 2), ('TW', 1), ('RU', 2)):
            lst = []
            for i in range(n):
                org = make_org(rng, cc, ind=pick(rng, NOMINEE_IND))
                org.style = 'en' if org.style in ('cn', 'ru', 'vi') else org.style
                if not isinstance(org.stem, str):
                    org.stem = pick(rng, EN_STEMS)
                city = pick(rng, C[cc]['cities'])
                a = make_addr(rng, cc, 'agent', city=city, unit=rng.random() < 0.6)
                ph = self.mk_phone(cc, 'agent', city)
                dom = self.new_domain(org, cc, 'agent', extra=pick(rng, ('-corporate', '-secretarial', '-formation', 'cs', '-bizcentre', '-cosec')))
                noms = [self.person(self.cul_of(cc), role='nominee') for _ in range(1 + int(rng.random() * 3))]
                nomco = make_org(rng, cc, stem=org.stem, ind=pick(rng, ('Nominees', 'Secretaries', 'Directors', 'Corporate Directors')))
                lst.append(dict(org=org, addr=a, phone=ph, dom=dom, noms=noms, nomco=nomco, key='agent:%s:%d' % (cc, i)))
            self.agents[cc] = (lst, W(zipf_pairs(lst, 1.0)))
        # co-working spaces
        self.coworks = {}
        for i in range(max(6, N // 650)):
            cc = W_SOLO(rng)
            city = pick(rng, C[cc]['cities'])
            a = make_addr(rng, cc, 'cowork', city=city, unit=False)
            ips = self.office_ips(cc, 1 + int(rng.random() * 2), 'cowork')
            ph = self.mk_phone(cc, 'cowork', city)
            cw = dict(name=pick(rng, COWORK_BRANDS), addr=a, ips=ips, phone=ph, units=20 + int(rng.random() * 40), cc=cc)
            self.coworks.setdefault(cc, []).append(cw)
        # universities
        self.unis = {}
        for (nm, dom, cc) in UNIVERSITIES:
            base = ip4(pick(rng, C[cc]['octets']), int(rng.random() * 256), 0, 0)
            nat = [base + (int(rng.random() * 256) << 8) + int(rng.random() * 250) + 2 for _ in range(2 + int(rng.random() * 5))]
            v6 = (C[cc]['v6'] << 112) | (int(rng.random() * 65536) << 96) | (int(rng.random() * 65536) << 80)
            self.domains.add(dom)
            self.unis.setdefault(cc, []).append(dict(name=nm, dom=dom, nat=nat, v6=v6, cc=cc))
        # accountants
        self.accts = []
        for i in range(max(4, N // 700)):
            cc = W_SOLO(rng)
            org = make_org(rng, cc, ind=pick(rng, ACCT_IND))
            city = pick(rng, C[cc]['cities'])
            a = make_addr(rng, cc, 'acct', city=city)
            self.accts.append(dict(org=org, cc=cc, dom=self.new_domain(org, cc, 'acct', extra=pick(rng, ACCT_HINT)),
                                   phone=self.mk_phone(cc, 'acct', city), addr=a))
        self.acct_w = W(zipf_pairs(self.accts, 0.7))
        # one-person bookkeepers who open accounts for two or three clients with their own mailbox and phone
        self.micro = {}
        for i in range(max(4, N // 150)):
            cc = W_SOLO(rng)
            org = make_org(rng, cc, ind=pick(rng, ACCT_IND))
            city = pick(rng, C[cc]['cities'])
            self.micro.setdefault(cc, []).append(dict(org=org, cc=cc, dom=self.new_domain(org, cc, 'acct', extra=pick(rng, ACCT_HINT)),
                                                      phone=self.mk_phone(cc, 'acct', city), addr=make_addr(rng, cc, 'acct', city=city)))
        # marketplace resellers
        self.resellers = []
        for i in range(8 + N // 3000):
            toks = [self.token('P2') for _ in range(1 + int(rng.random() * 2))]
            gw = [self.cloud_ip() for _ in range(2 + int(rng.random() * 3))]
            cc = pick(rng, ('SG', 'HK', 'AE', 'TR', 'KZ', 'US', 'GB', 'DE', 'IN', 'CN', 'RU', 'MY'))
            self.resellers.append(dict(name=RESELLER_STEMS[i % len(RESELLER_STEMS)], code='r%02d' % i, toks=toks, gw=gw,
                                       phone=self.mk_phone(cc, 'reseller'), cc=cc))
        self.res_w = W(zipf_pairs(self.resellers, 0.9))
        # SSH keys baked into public images / CI templates
        self.image_keys = [(self.newkey('image'), 0.004 + rng.random() * 0.012) for _ in range(6)]
        self.ci_keys = [self.newkey('ci') for _ in range(max(4, N // 1500))]
        self.kestrel_key = self.newkey('image')

    def office_ips(self, cc, n, cls='office'):
        rng = self.rng
        blk = pick(rng, self.biz[cc])
        if blk[1] >= 31:
            blk = [self.new24(cc), 0]
            self.biz[cc].append(blk)
        blk[1] += 1
        base = blk[0] + blk[1] * 8
        return [(4, base + 1 + int(rng.random() * 6), cls) for _ in range(n)]

    def res_sub(self, cc):
        rng = self.rng
        blocks, v6, n48, v6share = self.res[cc](rng)
        bl = [pick(rng, blocks)]
        if rng.random() < 0.3:
            bl.append(pick(rng, blocks))
        b64 = None
        if rng.random() < v6share:
            b64 = v6 | (int(rng.random() * n48) << 80) | (int(rng.random() * 256) << 72) | (int(rng.random() * 4) << 64)
        return (bl, b64)

    def res_ips(self, sub, k4, k6, cls='res'):
        rng = self.rng
        bl, b64 = sub
        out = [(4, pick(rng, bl) + 2 + int(rng.random() * 252), cls) for _ in range(k4)]
        if b64 is not None:
            out += [(6, b64 | rng.getrandbits(64), cls) for _ in range(k6)]
        return out

    def mob_ips(self, cc, k):
        rng = self.rng
        pool, inner, v6 = pick(rng, self.mob[cc])
        out = [(4, pick(rng, pool), 'mob') for _ in range(k)]
        if rng.random() < 0.12:
            out.append((4, inner + int(rng.random() * 65536), 'cgn'))
        if rng.random() < 0.35:
            out.append((6, v6 | (int(rng.random() * 4) << 80) | (rng.getrandbits(16) << 64) | rng.getrandbits(64), 'mob'))
        return out

    def cloud_ip(self):
        rng = self.rng
        while True:
            x = pick(rng, self.cloud16) + int(rng.random() * 65000) + 2
            if x not in self.cloud_used:
                self.cloud_used.add(x)
                return x

    def bastion(self):
        rng = self.rng
        out = [(4, self.cloud_ip(), 'bastion')]
        if rng.random() < 0.3:
            out.append((6, pick(rng, self.cloud6) | rng.getrandbits(64), 'bastion'))
        return out

    # ----------------------------------------------------- base entities
    def pick_channel(self, cc, seg):
        rng = self.rng
        base = {'ent': (.15, .72, .03, .08, .02), 'startup': (.72, .08, .1, .05, .05), 'sme': (.5, .1, .2, .1, .1),
                'offshore': (.35, .05, .3, .1, .2), 'indiv': (.8, 0, .1, .07, .03), 'research': (.85, .08, 0, .07, 0)}[seg]
        w = list(base)
        if cc in ('RU', 'KZ', 'TR', 'AE', 'CY'):
            w[4] *= 4
        if cc in ('TW', 'JP', 'KR', 'HK', 'CN', 'SG'):
            w[3] *= 3
        return W(list(zip(CHANNELS, w)))(rng)

    def year_for(self, ch):
        rng = self.rng
        lo, hi = {'web': (2017, 2025), 'sales': (2016, 2025), 'market': (2020, 2025), 'kestrel': (2015, 2021),
                  'partner': (2022, 2025)}[ch]
        return lo + int(rng.random() * (hi - lo + 1))

    def new_ent(self, kind, cc, seg, ch=None):
        e = Ent()
        e.eid = len(self.ents)
        self.ents.append(e)
        e.kind = kind
        e.cc = cc
        e.seg = seg
        e.ch = ch or self.pick_channel(cc, seg)
        e.year = self.year_for(e.ch)
        e.city = pick(self.rng, C[cc]['cities'])
        e.cul = self.cul_of(cc)
        return e

    def base_company(self, cc, seg, ch=None, agent=None):
        rng = self.rng
        e = self.new_ent('co', cc, seg, ch)
        e.org = make_org(rng, cc, city=(e.city[0], e.city[1]) if cc in ('CN', 'TW') else None)
        nd = 1 + (rng.random() < 0.45) + (rng.random() < 0.2)
        for _ in range(nd):
            e.dirs.append(self.person(e.cul if rng.random() < 0.85 else self.cul_of(cc)))
        if rng.random() < 0.45:
            e.owners.append(e.dirs[0] if rng.random() < 0.6 else self.person(e.cul))
        e.reg = make_reg(rng, cc, coincide=0.012)
        if e.ch == 'web' and rng.random() < 0.07:
            e.reg = ('*', pick(rng, JUNK_REGS), 'junk')
        lead = e.dirs[0]
        # office / agent / co-working
        use_agent = agent
        if use_agent is None and cc in self.agents and rng.random() < {'offshore': .6, 'startup': .15, 'sme': .08, 'ent': .02}.get(seg, 0):
            use_agent = True
        if use_agent and cc in self.agents:
            ag = self.agents[cc][1](rng)
            e.tags.append(ag['key'])
            e.addr = ag['addr']
            if rng.random() < 0.35:
                e.phone = ag['phone']
            if rng.random() < 0.3:
                e.dirs.append(pick(rng, ag['noms']))
            if rng.random() < 0.15:
                e.owners.append(('org', ag['nomco'], ag['key']))
            if rng.random() < 0.12:
                e.email = ('corpsec' if rng.random() < 0.5 else self.slug(e.org), ag['dom'], reg_domain(ag['dom']), 'agent')
        elif seg == 'startup' and cc in self.coworks and rng.random() < 0.3:
            cw = pick(rng, self.coworks[cc])
            u = str(1 + int(rng.random() * cw['units']))
            if cw['addr'].floor:
                u = cw['addr'].floor + '%02d' % int(u)
            e.addr = cw['addr'].copy_unit(u)
            e.tags.append('cowork')
            e.ips += [x for x in cw['ips'] if rng.random() < 0.8]
            if rng.random() < 0.25:
                e.phone = cw['phone']
        else:
            e.addr = make_addr(rng, cc, 'office', city=e.city, unit=rng.random() < 0.75)
            if seg in ('ent', 'sme') or rng.random() < 0.4:
                e.ips += self.office_ips(cc, 1 + int(rng.random() * 3))
        if e.phone is None:
            r = rng.random()
            if e.ch == 'web' and r < 0.025:
                e.phone = ('*', pick(rng, JUNK_PHONES), 0)
            elif r < 0.55:
                e.phone = self.mk_phone(cc, 'land', e.addr.city if e.addr.cc == cc else None)
            else:
                e.phone = self.mk_phone(cc, 'mob')
        # accountant
        if seg in ('sme', 'startup') and rng.random() < 0.11:
            ac = pick(rng, self.micro[cc]) if (cc in self.micro and rng.random() < 0.3) else self.acct_w(rng)
            if ac['cc'] == cc or rng.random() < 0.2:
                e.tags.append('acct')
                if rng.random() < 0.6:
                    e.email = (self.slug(e.org) if rng.random() < 0.6 else 'client' + str(int(rng.random() * 999)), ac['dom'], reg_domain(ac['dom']), 'acct')
                if rng.random() < 0.7:
                    e.phone = ac['phone']
                if ac['cc'] == cc and rng.random() < 0.3:
                    e.addr = ac['addr']
        # email / web
        if e.email is None:
            pown = {'ent': .95, 'sme': .75, 'startup': .6, 'offshore': .3}.get(seg, .5)
            r = rng.random()
            if e.ch == 'web' and r < 0.012:
                l, h = pick(rng, JUNK_EMAILS)
                e.email = (l, h, h, 'junk')
            elif r < pown:
                dom = self.new_domain(e.org, cc)
                loc = self.email_local(lead if rng.random() < 0.4 else None)
                host = dom if rng.random() < 0.9 else pick(rng, ('mail.', 'corp.', 'hq.', 'eu.', 'cn.', 'global.')) + dom
                e.email = (loc, host, dom, 'own')
                if rng.random() < 0.7:
                    e.web = ('own', dom, None)
            elif r < pown + 0.03:
                h = pick(rng, DISPOSABLE + PRIVACY_MAIL)
                e.email = (self.uniq_local(self.email_local(lead), h), h, h, 'free')
            else:
                e.email = self.free_email(lead)
        if e.web is None:
            r = rng.random()
            if r < 0.15:
                e.web = ('builder', pick(rng, BUILDERS), self.slug(e.org) + str(int(rng.random() * 99)))
            elif r < 0.17:
                e.web = ('junk', pick(rng, JUNK_WEBS), None)
            elif r < 0.3 and e.email[3] != 'own':
                e.web = ('own', self.new_domain(e.org, cc), None)
        # payment
        self.base_card(e)
        # logins
        self.base_ips(e, lead)
        self.base_keys(e)
        if rng.random() < 0.006:
            e.listed = True
        return e

    def base_card(self, e):
        rng = self.rng
        proc = PROC[e.ch]
        if e.ch == 'market':
            rs = self.res_w(rng)
            e.tags.append('reseller:' + rs['code'])
            if rng.random() < 0.8:
                e.ips += [(4, x, 'gw') for x in rs['gw'] if rng.random() < 0.7]
            if rng.random() < 0.35:
                e.card = pick(rng, rs['toks']) + ('pool',)
                return
            if rng.random() < 0.08 and e.phone is not None:
                e.phone = rs['phone']
        pcard = {'web': .88, 'sales': .35, 'market': .8, 'kestrel': .7, 'partner': .8}[e.ch]
        if rng.random() < pcard:
            e.card = self.token(proc) + ('own',)

    def base_ips(self, e, lead):
        rng = self.rng
        cc = e.cc
        if e.ch == 'kestrel' and rng.random() < 0.5:
            n = 1
        else:
            n = 0
        sub = self.res_sub(cc)
        k = int(rng.expovariate(0.35)) + 1
        if n:
            k = min(k, 2)
        e.ips += self.res_ips(sub, k, int(rng.random() * 4))
        if rng.random() < 0.45:
            e.ips += self.mob_ips(cc, 1 + int(rng.random() * 3))
        if e.kind == 'co' and rng.random() < 0.3:
            e.ips += self.bastion()
        if rng.random() < 0.12:
            e.ips += [(4, x, 'ci') for x in rng.sample(self.ci, 1 + int(rng.random() * 4))]
        if rng.random() < 0.14:
            pool = self.vpn_w(rng)
            e.ips += [(4, pick(rng, pool), 'vpn') for _ in range(1 + int(rng.random() * 8))]
        if rng.random() < 0.012:
            e.ips += [(4, pick(rng, self.tor), 'tor') for _ in range(2 + int(rng.random() * 8))]
        if rng.random() < 0.03:
            e.ips.append((4, pick(rng, self.private), 'priv'))
        if e.ch == 'kestrel' and rng.random() < 0.02:
            e.ips.append((4, ip4(127, 0, 0, 1), 'priv'))
        if rng.random() < 0.04 and cc in self.mob:
            # a travelling employee: logins from another country's carrier
            e.ips += self.mob_ips(pick(rng, CODES), 1)

    def base_keys(self, e):
        rng = self.rng
        if rng.random() < (0.7 if e.kind == 'co' else 0.75):
            for _ in range(1 + (rng.random() < 0.35) + (rng.random() < 0.12)):
                e.keys.append(self.newkey('own'))
        if e.ch == 'kestrel':
            if rng.random() < 0.08:
                e.keys.append(self.kestrel_key)
            return
        for k, p in self.image_keys:
            if rng.random() < p:
                e.keys.append(k)

    def base_individual(self, cc, seg='indiv', ch=None):
        rng = self.rng
        e = self.new_ent('ind', cc, seg, ch)
        p = self.person(e.cul)
        e.person = p
        if rng.random() < 0.3:
            e.addr = make_addr(rng, cc, 'res', city=e.city, unit=rng.random() < 0.6)
        if rng.random() < 0.7:
            e.phone = self.mk_phone(cc, 'mob')
        elif e.ch == 'web' and rng.random() < 0.05:
            e.phone = ('*', pick(rng, JUNK_PHONES), 0)
        uni = None
        if seg == 'research':
            lst = self.unis.get(cc) or self.unis[pick(rng, ('US', 'GB', 'CN', 'DE'))]
            uni = pick(rng, lst)
            e.tags.append('uni:' + uni['dom'])
            sub = pick(rng, UNI_SUBS)
            e.email = (self.uniq_local(self.email_local(p), uni['dom']), sub + uni['dom'], uni['dom'], 'univ')
            e.ips += [(4, x, 'univ') for x in uni['nat'] if rng.random() < 0.6] or [(4, uni['nat'][0], 'univ')]
            if rng.random() < 0.5:
                e.ips.append((6, uni['v6'] | (int(rng.random() * 65536) << 64) | rng.getrandbits(64), 'univ'))
        else:
            r = rng.random()
            if e.ch == 'web' and r < 0.015:
                l, h = pick(rng, JUNK_EMAILS)
                e.email = (l, h, h, 'junk')
            elif r < 0.05:
                h = pick(rng, DISPOSABLE + PRIVACY_MAIL)
                e.email = (self.uniq_local(self.email_local(p), h), h, h, 'free')
            else:
                e.email = self.free_email(p)
        r = rng.random()
        if r < 0.08:
            e.web = ('builder', pick(rng, BUILDERS), fold(p.key.split(':')[1])[:12])
        self.base_card(e)
        self.base_ips(e, p)
        self.base_keys(e)
        if rng.random() < 0.004:
            e.listed = True
        return e


def reg_domain(host):
    parts = host.lower().split('.')
    if len(parts) >= 3 and (parts[-2] in ('co', 'com', 'net', 'org', 'edu', 'ac', 'ne', 'gov') and len(parts[-1]) == 2):
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


def ip_from_str(s):
    a, b, c, d = (int(x) for x in s.split('.'))
    return ip4(a, b, c, d)

# ====================================================== planted parties
STRONG = ('card', 'ssh', 'regid')
_PL_CACHE = {}


def powerlaw(rng, lo, hi, alpha):
    k = (lo, hi, alpha)
    if k not in _PL_CACHE:
        _PL_CACHE[k] = W([(s, s ** -alpha) for s in range(lo, hi + 1)])
    return _PL_CACHE[k](rng)


def wshuffle(rng, wd):
    keys = sorted(wd.keys())
    return [k for _, k in sorted(((rng.random() ** (1.0 / wd[k]), k) for k in keys), reverse=True)]


def brand_of(org):
    if org.style == 'cn':
        return cap(org.stem[0][1] + org.stem[1][1])
    if org.style == 'ru':
        return org.stem[1]
    if org.style == 'vi':
        return fold(org.stem)
    return org.stem


ORIGIN_HOME = {'zh': 'CN', 'ru': 'RU', 'fa': 'AE', 'kz': 'KZ', 'tr': 'TR'}
OFFSHORE = ['HK', 'SG', 'CY', 'AE', 'EE', 'GB', 'US', 'MY']


class Gen(World):
    # ------------------------------------------------------------- kits
    def _single(self, a, b, slot, make, ok=None):
        pa, pb = slot in a.pins, slot in b.pins
        va, vb = getattr(a, slot), getattr(b, slot)
        if pa and pb:
            return va is not None and va == vb and (ok is None or ok(va))
        if pa:
            v = va
        elif pb:
            v = vb
        else:
            v = make()
        if v is None or (ok is not None and not ok(v)):
            return False
        setattr(a, slot, v)
        setattr(b, slot, v)
        a.pins.add(slot)
        b.pins.add(slot)
        return True

    def kit(self, P, a, b, kind, fresh, parent=None):
        rng = self.rng
        if kind == 'card':
            proc = PROC[a.ch]
            if PROC[b.ch] != proc:
                return False

            def mk():
                if fresh or proc not in P.cards:
                    t = self.token(proc) + ('party',)
                    if not fresh:
                        P.cards[proc] = t
                    return t
                return P.cards[proc]
            return self._single(a, b, 'card', mk, lambda v: v[0] == proc and v[2] != 'pool')
        if kind == 'ssh':
            if (a.ch == 'kestrel') != (b.ch == 'kestrel'):
                return False
            if fresh or not P.keys or rng.random() < 0.2:
                k = self.newkey('team')
                if not fresh:
                    P.keys.append(k)
            else:
                k = pick(rng, P.keys)
            for e in (a, b):
                if k not in e.keys:
                    e.keys.append(k)
                e.pins.add('key:%d' % k[0])
            return True
        if kind == 'regid':
            if a.kind != 'co' or b.kind != 'co' or a.cc != b.cc:
                return False
            return self._single(a, b, 'reg', lambda: a.reg if (a.reg and a.reg[0] != '*') else (b.reg if (b.reg and b.reg[0] != '*') else make_reg(rng, a.cc)),
                                lambda v: v[0] != '*')
        if kind == 'phone':
            def mk():
                if not fresh and P.phones:
                    return pick(rng, P.phones)
                cc = P.cc0 if (rng.random() < 0.5 and P.cc0) else a.cc
                ph = self.mk_phone(cc, 'partymob' if rng.random() < 0.7 else 'partyland')
                if not fresh:
                    P.phones.append(ph)
                return ph
            return self._single(a, b, 'phone', mk, lambda v: v[0] != '*' and self.phone_kind.get(pkey_phone(v)) not in ('agent', 'cowork', 'acct', 'reseller', 'brand'))
        if kind == 'office':
            if a.cc != b.cc:
                return False
            res = a.kind == 'ind'

            def mk():
                key = a.cc + (':res' if res else '')
                if not fresh and key in P.offices:
                    return P.offices[key]
                ad = make_addr(rng, a.cc, 'res' if res else 'office', unit=True)
                if not fresh:
                    P.offices[key] = ad
                return ad
            return self._single(a, b, 'addr', mk, lambda v: v.kind in ('office', 'res') and (v.unit is not None or v.kind == 'res'))
        if kind == 'email':
            def mk():
                p = self.person(P.cul or a.cul, rare=True)
                if rng.random() < 0.3:
                    h = pick(rng, PRIVACY_MAIL)
                    return (self.email_local(p), h, h, 'free')
                em = self.free_email(p)
                return (em[0], em[1], em[2], 'free')
            return self._single(a, b, 'email', mk, lambda v: v[3] == 'free')
        if kind == 'domain':
            def dom_of(e):
                if 'email' in e.pins and e.email and e.email[3] in ('group', 'own'):
                    return e.email[2]
                if 'web' in e.pins and e.web and e.web[0] in ('group', 'own'):
                    return e.web[1]
                return None
            da, db = dom_of(a), dom_of(b)
            if da and db:
                return da == db
            D = da or db
            if D is None:
                if not fresh and P.domain:
                    D = P.domain
                else:
                    src = a if a.kind == 'co' else b
                    if src.email and src.email[3] == 'own' and rng.random() < 0.7:
                        D = src.email[2]
                    else:
                        D = self.new_domain(src.org if src.org else make_org(rng, src.cc), src.cc)
                    if not fresh:
                        P.domain = D
            plan = []
            for e in (a, b):
                if dom_of(e) == D:
                    continue
                if 'email' not in e.pins:
                    plan.append((e, 'email'))
                elif 'web' not in e.pins:
                    plan.append((e, 'web'))
                else:
                    return False
            for e, slot in plan:
                if slot == 'email':
                    loc = self.email_local(e.dirs[0] if (e.dirs and rng.random() < 0.4) else (e.person if e.person else None))
                    host = D if rng.random() < 0.85 else pick(rng, ('mail.', 'hk.', 'sg.', 'corp.', 'eu.')) + D
                    e.email = (loc, host, D, 'group')
                    if e.web is None or rng.random() < 0.5:
                        e.web = ('group', D, None)
                else:
                    e.web = ('group', D, None)
                e.pins.add(slot)
            return True
        if kind == 'person':
            if a.kind != 'co' or b.kind != 'co':
                return False
            if fresh or not P.people or rng.random() < 0.15:
                p = self.person(P.cul or a.cul, rare=True)
                if not fresh:
                    P.people.append(p)
            else:
                p = pick(rng, P.people)
            for e in (a, b):
                if p not in e.dirs and p not in e.owners:
                    (e.owners if rng.random() < 0.2 else e.dirs).append(p)
                e.pins.add('dir:%d' % p.pid)
            return True
        if kind == 'ip':
            if fresh or not P.bastions or rng.random() < 0.25:
                ipx = self.bastion()[0] if rng.random() < 0.65 else self.office_ips(a.cc, 1)[0]
                if not fresh:
                    P.bastions.append(ipx)
            else:
                ipx = pick(rng, P.bastions)
            for e in (a, b):
                e.ips.append(ipx)
                e.pins.add('ip:%d' % ipx[1])
            return True
        if kind == 'owner':
            if b.kind != 'co':
                return False
            if parent is not None and parent.kind == 'co' and parent is a:
                val = ('org', a.org, 'e%d' % a.eid)
                if val[2] not in [o[2] for o in b.owners if isinstance(o, tuple)]:
                    b.owners.append(val)
                b.pins.add('own:' + val[2])
                return True
            if a.kind != 'co':
                return False
            if P.holding is None:
                hc = P.cc0 or a.cc
                P.holding = ('org', make_org(rng, hc, stem=None, ind='Holdings') if ORG_STYLE.get(hc) not in ('cn', 'ru', 'vi')
                             else make_org(rng, hc), 'h%d' % P.pid)
            for e in (a, b):
                if P.holding[2] not in [o[2] for o in e.owners if isinstance(o, tuple)]:
                    e.owners.append(P.holding)
                e.pins.add('own:' + P.holding[2])
            return True
        raise ValueError(kind)

    def link(self, P, a, b, strong_p, strong_w, soft_w, fresh, forced=(), parent=None):
        rng = self.rng
        used = []
        for k in forced:
            if self.kit(P, a, b, k, fresh, parent):
                used.append(k)
        nsoft = len([k for k in used if k not in STRONG])
        if nsoft < 2 and not any(k in STRONG for k in used) and rng.random() < strong_p:
            for k in wshuffle(rng, strong_w):
                if self.kit(P, a, b, k, fresh, parent):
                    used.append(k)
                    break
        if not any(k in STRONG for k in used):
            for k in wshuffle(rng, soft_w):
                if nsoft >= 2:
                    break
                if k in used:
                    continue
                if self.kit(P, a, b, k, fresh, parent):
                    used.append(k)
                    nsoft += 1
            for k in ('ip', 'person', 'ssh', 'card', 'email', 'phone', 'domain'):
                if nsoft >= 2 or any(x in STRONG for x in used):
                    break
                if k in used:
                    continue
                if self.kit(P, a, b, k, fresh, parent):
                    used.append(k)
                    if k not in STRONG:
                        nsoft += 1
        P.edges.append((a.eid, b.eid, tuple(used)))

    def relative(self, p):
        rng = self.rng
        q = make_person(rng, p.cul, True)
        if p.cul in ('ru', 'kz'):
            if q.sex == p.sex:
                q.f = p.f
        elif p.cul in ('es', 'pt'):
            q.f = (p.f[0], q.f[1])
        elif p.cul == 'ms':
            q.p = p.p
        else:
            q.f = p.f
        q.key = pkey(q)
        self.npid += 1
        q.pid = self.npid
        self.key_count[q.key] = self.key_count.get(q.key, 0) + 1
        self.reserved.add(q.key)
        return q

    def tree_parent(self, i):
        return int(self.rng.random() * i)

    # ------------------------------------------------------ archetypes
    def net_quota_split(self, P, n):
        rng = self.rng
        cc = W_SOLO(rng)
        P.cc0 = cc
        P.cul = C[cc]['cul_w'](rng)
        founder = self.person(P.cul, rare=True)
        P.people.append(founder)
        a0 = self.base_company(cc, 'startup', ch=pick(rng, ('web', 'web', 'web', 'market', 'sales')))
        ms = [a0]
        for i in range(1, n):
            e = self.base_company(cc, 'startup', ch='web' if rng.random() < 0.75 else pick(rng, ('market', 'partner', 'sales')))
            if rng.random() < 0.6 and a0.org.style not in ('cn', 'ru', 'vi'):
                e.org = make_org(rng, cc, stem=a0.org.stem, ind=pick(rng, ('AI', 'Labs', 'Research', 'Compute', a0.org.ind or '', 'Cloud', '')))
            elif rng.random() < 0.4:
                e.org = a0.org
            ms.append(e)
        for e in ms:
            if rng.random() < 0.55:
                e.dirs[0] = founder
        P.home = self.res_sub(cc)
        home = self.res_ips(P.home, 8, 3, 'home')
        for e in ms:
            if rng.random() < 0.6:
                e.ips += rng.sample(home, 1 + int(rng.random() * 3))
        for i in range(1, n):
            self.link(P, ms[self.tree_parent(i)], ms[i], .6, {'card': .45, 'ssh': .45, 'regid': .1},
                      {'domain': .3, 'ip': .25, 'person': .2, 'phone': .15, 'office': .1}, False)
        return ms

    def net_acquired_dup(self, P, n):
        rng = self.rng
        cc = W([('TW', .3), ('JP', .15), ('KR', .15), ('HK', .15), ('SG', .1), ('CN', .1), ('US', .05)])(rng)
        P.cc0 = cc
        P.cul = C[cc]['cul_w'](rng)
        a0 = self.base_company(cc, pick(rng, ('sme', 'ent', 'startup')), ch='kestrel')
        ms = [a0]
        for i in range(1, n):
            e = self.base_company(cc, a0.seg, ch=pick(rng, ('web', 'web', 'sales', 'market')))
            e.org = a0.org
            e.dirs = list(a0.dirs) if rng.random() < 0.7 else a0.dirs[:1] + e.dirs[1:]
            e.owners = list(a0.owners)
            e.year = max(e.year, 2021)
            if rng.random() < 0.4:
                e.addr = a0.addr
            if a0.email and a0.email[3] == 'own' and rng.random() < 0.6:
                e.email = (self.email_local(pick(rng, e.dirs) if rng.random() < 0.4 else None), a0.email[1], a0.email[2], 'own')
                e.web = a0.web
            if rng.random() < 0.3 and a0.phone and a0.phone[0] != '*':
                e.phone = a0.phone
            ms.append(e)
        for i in range(1, n):
            self.link(P, ms[i - 1], ms[i], .65, {'regid': 1.0}, {'domain': .35, 'phone': .3, 'person': .2, 'office': .15}, False)
        return ms

    def net_phoenix(self, P, n):
        rng = self.rng
        cc = W_FRONT(rng) if rng.random() < 0.5 else W_SOLO(rng)
        P.cc0 = cc
        P.cul = C[cc]['cul_w'](rng)
        seg = pick(rng, ('sme', 'startup', 'offshore'))
        old = self.base_company(cc, seg, ch=pick(rng, ('kestrel', 'web', 'web')))
        old.year = 2016 + int(rng.random() * 5)
        old.listed = rng.random() < 0.35
        ms = [old]
        for i in range(1, n):
            e = self.base_company(cc, seg, ch=pick(rng, ('web', 'market', 'partner', 'web')))
            e.year = 2023 + int(rng.random() * 3)
            ms.append(e)
        for i in range(1, n):
            j = 0 if rng.random() < 0.6 else i - 1
            self.link(P, ms[j], ms[i], .35, {'regid': .5, 'card': .5},
                      {'person': .35, 'phone': .25, 'ip': .15, 'email': .15, 'office': .1}, False)
        return ms

    def _hub_parent(self, P, listed_p):
        rng = self.rng
        origin = W([('zh', .45), ('ru', .3), ('fa', .15), ('kz', .05), ('tr', .05)])(rng)
        home = ORIGIN_HOME[origin]
        if origin == 'zh' and rng.random() < 0.3:
            home = 'HK'
        P.cul = origin
        P.cc0 = home
        parent = self.base_company(home, pick(rng, ('ent', 'sme')), ch=pick(rng, ('sales', 'kestrel', 'web', 'web')))
        parent.listed = rng.random() < listed_p
        if origin == 'fa':
            parent.dirs[0] = self.person('fa', rare=True)
        P.people = [self.person(origin, rare=True) for _ in range(2 + int(rng.random() * 3))]
        P.phones = [self.mk_phone(home if home != 'AE' or rng.random() < 0.5 else 'AE', 'partymob')]
        P.bastions = self.bastion()[:1]
        P.keys = [self.newkey('team') for _ in range(2 + int(rng.random() * 4))]
        P.vpn = [(4, pick(rng, self.vpn_w(rng)), 'vpn') for _ in range(3)]
        P.home = self.res_sub(home)
        return parent

    def _front(self, P, cc, brand):
        rng = self.rng
        e = self.base_company(cc, 'offshore', ch=pick(rng, ('web', 'web', 'market', 'partner', 'kestrel', 'sales')))
        e.listed = rng.random() < 0.04
        if brand and rng.random() < 0.7:
            e.org = make_org(rng, cc, stem=brand)
        if rng.random() < 0.5:
            e.ips += rng.sample(P.vpn, 1 + int(rng.random() * 2))
        if rng.random() < 0.3:
            e.ips += self.res_ips(P.home, 1 + int(rng.random() * 2), 0, 'home')
        if rng.random() < 0.5 and P.keys:
            i = int(rng.random() * len(P.keys))
            for k in P.keys[i:i + 2]:
                e.keys.append(k)
        return e

    def net_procurement_hub(self, P, n):
        rng = self.rng
        parent = self._hub_parent(P, 0.6)
        brand = brand_of(parent.org) if rng.random() < 0.3 else None
        ms = [parent]
        for i in range(1, n):
            ms.append(self._front(P, W_FRONT(rng), brand))
        for i in range(1, n):
            j = 0 if (i == 1 or rng.random() < 0.55) else 1 + int(rng.random() * (i - 1))
            self.link(P, ms[j], ms[i], .35, {'ssh': .6, 'card': .4},
                      {'person': .35, 'phone': .2, 'ip': .2, 'office': .15, 'owner': .1, 'domain': .05}, False, parent=ms[j])
        return ms

    def net_layered_holding(self, P, n):
        rng = self.rng
        parent = self._hub_parent(P, 0.5)
        brand = brand_of(parent.org) if rng.random() < 0.25 else None
        nf = min(n - 1, 2 + int(rng.random() * 4))
        fronts = [self._front(P, W_FRONT(rng), brand) for _ in range(nf)]
        ms = [parent] + fronts
        for f in fronts:
            self.link(P, parent, f, .2, {'ssh': 1.0}, {'person': .5, 'ip': .3, 'phone': .2}, False, forced=('owner',), parent=parent)
        for i in range(n - 1 - nf):
            f = pick(rng, fronts)
            cc = f.cc if rng.random() < 0.6 else W_FRONT(rng)
            s = self._front(P, cc, None)
            if rng.random() < 0.5 and cc in self.agents:
                ag = self.agents[cc][1](rng)
                s.addr = ag['addr']
            ms.append(s)
            self.link(P, f, s, .3, {'ssh': .5, 'card': .5}, {'office': .35, 'phone': .3, 'ip': .2, 'person': .15}, False,
                      forced=('owner',), parent=f)
        return ms

    def net_daisy_chain(self, P, n):
        rng = self.rng
        cc0 = W_FRONT(rng)
        P.cc0 = cc0
        P.cul = C[cc0]['cul_w'](rng)
        ms = []
        for i in range(n):
            cc = cc0 if rng.random() < 0.4 else (W_FRONT(rng) if rng.random() < 0.6 else W_SOLO(rng))
            ms.append(self.base_company(cc, pick(rng, ('offshore', 'sme', 'startup'))))
        for i in range(1, n):
            self.link(P, ms[i - 1], ms[i], .4, {'card': .5, 'ssh': .5},
                      {'person': .25, 'phone': .2, 'office': .15, 'ip': .2, 'domain': .1, 'email': .1}, True)
        return ms

    def net_corporate_group(self, P, n):
        rng = self.rng
        cc0 = W([('US', .3), ('GB', .1), ('DE', .12), ('JP', .1), ('KR', .08), ('CN', .1), ('IN', .08), ('FR', .06), ('NL', .06)])(rng)
        P.cc0 = cc0
        P.cul = C[cc0]['cul_w'](rng)
        parent = self.base_company(cc0, 'ent', ch=pick(rng, ('sales', 'sales', 'web', 'kestrel')))
        brand = brand_of(parent.org)
        P.bastions = self.office_ips(cc0, 2)
        P.people = [self.person(P.cul, rare=True)]
        ms = [parent]
        for i in range(1, n):
            cc = W_SOLO(rng) if rng.random() < 0.75 else cc0
            e = self.base_company(cc, 'ent', ch=pick(rng, ('sales', 'sales', 'web', 'kestrel', 'market')))
            e.org = make_org(rng, cc, stem=(brand + ' ' + C[cc]['en'][0]) if rng.random() < 0.4 else brand)
            if rng.random() < 0.4:
                e.email = (e.email[0], self.new_domain(make_org(rng, cc, stem=brand), cc), None, 'own')
                e.email = (e.email[0], e.email[1], e.email[1], 'own')
            ms.append(e)
        for i in range(1, n):
            j = 0 if rng.random() < 0.8 else self.tree_parent(i)
            self.link(P, ms[j], ms[i], .15, {'card': .7, 'ssh': .3}, {'domain': .4, 'owner': .35, 'ip': .2, 'person': .05},
                      False, parent=ms[j])
        return ms

    def net_nominee_ring(self, P, n):
        rng = self.rng
        cc0 = pick(rng, OFFSHORE)
        P.cc0 = cc0
        P.cul = W([('zh', .3), ('ru', .3), ('fa', .15), ('ar', .1), ('tr', .05), ('en', .1)])(rng)
        ag = self.agents[cc0][1](rng)
        ms = []
        for i in range(n):
            cc = cc0 if rng.random() < 0.7 else pick(rng, OFFSHORE)
            e = self.base_company(cc, 'offshore', agent=True)
            if cc == cc0 and rng.random() < 0.7:
                e.addr = ag['addr']
                e.dirs = [pick(rng, ag['noms'])] + ([self.person(C[cc]['cul_w'](rng))] if rng.random() < 0.3 else [])
                e.tags.append(ag['key'])
            ms.append(e)
        P.home = self.res_sub(W_FRONT(rng))
        for e in ms:
            if rng.random() < 0.3:
                e.ips += self.res_ips(P.home, 1, 1, 'home')
        for i in range(1, n):
            self.link(P, ms[self.tree_parent(i)], ms[i], .55, {'ssh': .65, 'card': .35},
                      {'phone': .35, 'ip': .35, 'email': .15, 'person': .15}, False)
        return ms

    def net_straw_individuals(self, P, n):
        rng = self.rng
        cc = W_FRONT(rng) if rng.random() < 0.5 else W_SOLO(rng)
        P.cc0 = cc
        P.cul = C[cc]['cul_w'](rng)
        op = self.person(P.cul, rare=True)
        ms = []
        for i in range(n):
            e = self.base_individual(cc if rng.random() < 0.8 else W_FRONT(rng), 'indiv', ch=pick(rng, ('web', 'web', 'market', 'partner')))
            if i == 0:
                e.person = op
            elif rng.random() < 0.4:
                e.person = self.relative(op)
            if e.email and e.email[3] in ('free', 'isp'):
                e.email = self.free_email(e.person)
            ms.append(e)
        P.home = self.res_sub(cc)
        for e in ms:
            if rng.random() < 0.4:
                e.ips += self.res_ips(P.home, 1 + int(rng.random() * 2), 1, 'home')
        for i in range(1, n):
            self.link(P, ms[self.tree_parent(i)], ms[i], .5, {'ssh': .55, 'card': .45},
                      {'ip': .4, 'phone': .25, 'email': .15, 'office': .2}, False)
        return ms

    def build_networks(self):
        rng = self.rng
        f = 0.13 + 0.07 * rng.random()
        target = int(self.N * f)
        aw = W([(a, a[1]) for a in ARCHS])
        total = 0
        while total < target:
            name, _, lo, hi, alpha = aw(rng)
            rem = target - total
            if rem < 2:
                break
            if rem < lo:
                name, lo = 'quota_split', 2
            size = min(powerlaw(rng, lo, hi, alpha), rem)
            P = Party(len(self.parties), name)
            P.cc0 = None
            P.cul = None
            self.parties.append(P)
            ms = getattr(self, 'net_' + name)(P, size)
            P.members = ms
            for e in ms:
                e.party = P.pid
                e.arch = name
            total += len(ms)

    # ------------------------------------------------------------ decoys
    def build_franchises(self):
        rng = self.rng
        for i in range(self.N // 2500):
            if len(self.ents) > self.N - 20:
                return
            cc0 = W_SOLO(rng)
            brand = pick(rng, EN_STEMS) + ' ' + pick(rng, ('Render', 'Dental Imaging', 'Print & Design', 'Learning Centre', 'Tutors',
                                                        'Fitness', 'Realty', 'Motors', 'Labs', 'Clinic', 'Studio'))
            D = self.new_domain(make_org(rng, 'US', stem=brand.replace(' ', '')), 'US')
            sup = self.mk_phone(cc0, 'brand')
            for k in range(4 + int(rng.random() * 11)):
                if len(self.ents) >= self.N:
                    return
                cc = cc0 if rng.random() < 0.7 else W_SOLO(rng)
                e = self.base_company(cc, 'sme')
                e.org = make_org(rng, cc, stem=brand + ' ' + fold(e.city[0]), ind='')
                slug = ''.join(ch for ch in fold(e.city[0]).lower() if ch.isalnum())
                e.web = ('brand', D, '/locations/' + slug + ('-%d' % k if rng.random() < 0.3 else ''))
                if rng.random() < 0.35:
                    e.email = (slug + ('%d' % k if rng.random() < 0.5 else ''), D, D, 'brand')
                if rng.random() < 0.15:
                    e.phone = sup
                e.tags.append('franchise:' + D)

    def build_families(self):
        rng = self.rng
        for i in range(self.N // 1200):
            if len(self.ents) > self.N - 10:
                return
            cc = W_SOLO(rng)
            cul = C[cc]['cul_w'](rng)
            head = self.person(cul, rare=True)
            city = pick(rng, C[cc]['cities'])
            street = pick(rng, C[cc]['streets'])
            for k in range(2 + int(rng.random() * 3)):
                if len(self.ents) >= self.N:
                    return
                e = self.base_company(cc, 'sme')
                e.city = city
                e.dirs[0] = head if k == 0 else self.relative(head)
                if e.addr is None or e.addr.kind == 'office':
                    e.addr = make_addr(rng, cc, 'office', city=city, unit=rng.random() < 0.5)
                    if rng.random() < 0.4:
                        e.addr.street = street
                e.tags.append('family')

    def build_solos(self):
        rng = self.rng
        sw = W([('indiv', .33), ('research', .07), ('startup', .25), ('sme', .18), ('ent', .07), ('offshore', .10)])
        while len(self.ents) < self.N:
            seg = sw(rng)
            cc = W_FRONT(rng) if (seg == 'offshore' and rng.random() < 0.8) else W_SOLO(rng)
            if seg in ('indiv', 'research'):
                self.base_individual(cc, seg)
            else:
                self.base_company(cc, seg)

    def post(self):
        rng = self.rng
        # everything shared inside a party renders carefully (but may still be missing)
        for P in self.parties:
            cnt = {}
            per = []
            for e in P.members:
                fs = self.facts(e)
                per.append(fs)
                for pin, val in fs:
                    cnt[val] = cnt.get(val, 0) + 1
            for e, fs in zip(P.members, per):
                for pin, val in fs:
                    if cnt[val] > 1:
                        e.pins.add('~' + pin)

    def assign_ci(self):
        # keys copied from a CI template / tutorial: added after missing-field decisions so that every holder shows it
        rng = self.rng
        for k in self.ci_keys:
            for e in rng.sample(self.ents, min(len(self.ents), 8 + int(rng.random() * 24))):
                if k not in e.keys and e.ch != 'kestrel':
                    e.keys.append(k)

    def facts(self, e):
        out = set()
        if e.phone is not None:
            out.add(('phone', ('ph',) + pkey_phone(e.phone)))
        if e.addr is not None:
            out.add(('addr', ('ad', e.addr.aid, e.addr.unit)))
        if e.email is not None:
            out.add(('email', ('em', e.email[0], e.email[1])))
            out.add(('email', ('dom', e.email[2])))
        if e.web is not None and e.web[0] in ('own', 'group', 'brand'):
            out.add(('web', ('dom', e.web[1])))
        if e.card is not None:
            out.add(('card', ('card', e.card[1])))
        if e.reg is not None:
            out.add(('reg', ('reg', e.reg[0], e.reg[1])))
        for p in e.dirs + e.owners:
            if isinstance(p, Person):
                out.add(('dir:%d' % p.pid, ('p', p.pid)))
            else:
                out.add(('own:' + p[2], ('o', p[2])))
        for ip in e.ips:
            out.add(('ip:%d' % ip[1], ('ip', ip[1])))
        for k in e.keys:
            out.add(('key:%d' % k[0], ('k', k[0])))
        return out


def pkey_phone(ph):
    return ('7', ph[1]) if ph[0] in ('RU', 'KZ') else (ph[0], ph[1])

# ============================================================= channels
PROFILES = {
    'web': dict(zh=W([('py', .82), ('hz', .12), ('wg', .06)]), ja=W([('plain', .6), ('oh', .12), ('ou', .05), ('macron', .05), ('kanji', .18)]),
                ko=W([('common', .78), ('rr', .12), ('mr', .02), ('hangul', .08)]), cyr=W([('conv', .45), ('bgn', .2), ('icao', .25), ('cyr', .1)]),
                country=W([('iso2', .82), ('en', .1), ('nat', .04), ('lower', .04)]),
                phone=W([('e164', .25), ('intl', .25), ('nat', .33), ('natparen', .1), ('digits', .07)]),
                upper=.03, typo=.015, honor=0.0, famfirst=.15, comma=.03, ws=.04, native=.12, hz=.06, addcountry=.25, regprefix=.2,
                vifold=.7, trfold=.45, fold=.35, ext=0, fullwidth=.01, twophones=.005, moji=0, famupper=.1, nbsp=.005, mapped=.04),
    'sales': dict(zh=W([('py', .95), ('wg', .05)]), ja=W([('plain', .7), ('macron', .15), ('oh', .15)]), ko=W([('common', .9), ('rr', .1)]),
                  cyr=W([('bgn', .4), ('conv', .45), ('duden', .1), ('icao', .05)]), country=W([('en', .92), ('iso2', .08)]),
                  phone=W([('intl', .65), ('intl0', .15), ('e164', .2)]), upper=.02, typo=.005, honor=.25, famfirst=.05, comma=.1, ws=.02,
                  native=0, hz=0, addcountry=.85, regprefix=.6, vifold=.5, trfold=.2, fold=.15, ext=.08, fullwidth=0, twophones=.01, moji=0,
                  famupper=.1, nbsp=0, mapped=0),
    'market': dict(zh=W([('py', .6), ('hz', .4)]), ja=W([('plain', .5), ('kanji', .35), ('oh', .15)]), ko=W([('common', .6), ('hangul', .35), ('rr', .05)]),
                   cyr=W([('cyr', .45), ('bgn', .15), ('gost', .15), ('icao', .25)]), country=W([('nat', .4), ('iso3', .3), ('iso2', .2), ('en', .1)]),
                   phone=W([('nat', .45), ('digits', .2), ('e164', .25), ('00', .1)]), upper=.55, typo=.02, honor=0, famfirst=.3, comma=.05,
                   ws=.05, native=.4, hz=.3, addcountry=.2, regprefix=.1, vifold=.3, trfold=.3, fold=.2, ext=0, fullwidth=.05, twophones=.02,
                   moji=0, famupper=.3, nbsp=.02, mapped=0),
    'kestrel': dict(zh=W([('wg', .8), ('py', .15), ('hz', .05)]), ja=W([('kunrei', .35), ('oh', .35), ('plain', .3)]), ko=W([('mr', .5), ('common', .5)]),
                    cyr=W([('gost', .6), ('bgn', .3), ('cyr', .1)]), country=W([('iso3', .85), ('en', .15)]),
                    phone=W([('00', .8), ('intl', .1), ('nat', .1)]), upper=.15, typo=.01, honor=.05, famfirst=.4, comma=.5, ws=.03,
                    native=0, hz=.05, addcountry=.5, regprefix=.05, regstrip0=.6, vifold=.9, trfold=.8, fold=.7, ext=.03, fullwidth=0,
                    twophones=0, moji=.015, famupper=.3, nbsp=0, mapped=0),
    'partner': dict(zh=W([('py', .7), ('hz', .3)]), ja=W([('plain', .6), ('kanji', .4)]), ko=W([('common', .6), ('hangul', .4)]),
                    cyr=W([('cyr', .55), ('icao', .2), ('bgn', .25)]), country=W([('nat', .7), ('iso2', .2), ('en', .1)]),
                    phone=W([('e164', .8), ('intl', .2)]), upper=.1, typo=.01, honor=0, famfirst=.2, comma=.05, ws=.03, native=.5, hz=.3,
                    addcountry=.3, regprefix=.3, vifold=.4, trfold=.1, fold=.1, ext=0, fullwidth=0, twophones=.01, moji=0, famupper=.2,
                    nbsp=0, mapped=0),
}
MISS = {
    'web': dict(reg=.55, addr=.5, phone=.25, web=.45, dirs=.7, owners=.85, ips=.02, keys=.35, card=.08, email=0.0),
    'sales': dict(reg=.05, addr=.02, phone=.05, web=.1, dirs=.2, owners=.4, ips=.12, keys=.5, card=.1, email=.01),
    'market': dict(reg=.3, addr=.3, phone=.3, web=.6, dirs=.5, owners=.7, ips=.03, keys=.3, card=.05, email=.05),
    'kestrel': dict(reg=.2, addr=.1, phone=.1, web=.4, dirs=.3, owners=.6, ips=.3, keys=.4, card=.2, email=.02),
    'partner': dict(reg=.25, addr=.2, phone=.1, web=.5, dirs=.3, owners=.5, ips=.03, keys=.4, card=.15, email=.02),
}
NULLSTYLE = {'web': (('omit', .7), ('null', .3)), 'sales': (('null', .8), ('empty', .2)), 'market': (('empty', .4), ('omit', .6)),
             'kestrel': (('null', 1.0),), 'partner': (('omit', 1.0),)}
NULLSTYLE = {k: W(list(v)) for k, v in NULLSTYLE.items()}


def decide_missing(w, e):
    rng = w.rng
    m = MISS[e.ch]
    for slot in ('reg', 'addr', 'phone', 'web', 'card', 'email'):
        if getattr(e, slot) is not None and slot not in e.pins and rng.random() < m[slot]:
            setattr(e, slot, None)
    for slot, pre in (('dirs', 'dir:'), ('owners', 'own:'), ('keys', 'key:'), ('ips', 'ip:')):
        lst = getattr(e, slot)
        if not lst:
            continue

        def pinned(x):
            if slot == 'dirs' or slot == 'owners':
                tag = ('dir:%d' % x.pid) if isinstance(x, Person) else ('own:' + x[2])
            elif slot == 'keys':
                tag = 'key:%d' % x[0]
            else:
                tag = 'ip:%d' % x[1]
            return tag in e.pins
        if any(pinned(x) for x in lst):
            if slot == 'ips' and e.ch == 'kestrel':
                keep = [x for x in lst if pinned(x)]
                rest = [x for x in lst if not pinned(x)]
                setattr(e, slot, keep + rest[:int(rng.random() * 3)])
            continue
        if rng.random() < m[slot]:
            setattr(e, slot, [])
        elif slot == 'ips' and e.ch == 'kestrel':
            setattr(e, slot, lst[-(1 + int(rng.random() * 3)):])


def is_strict(e, pin):
    return pin in e.pins or ('~' + pin) in e.pins


_FP = {}


def key_fp(seed, k):
    kid = k[0]
    if kid not in _FP:
        h = hashlib.sha256(('gen15-key|%d|%d' % (seed, kid)).encode()).digest()
        b64 = base64.b64encode(h).decode().rstrip('=')
        md = hashlib.md5(h).hexdigest()
        typ = ('ED25519', 'ED25519', 'RSA', 'ECDSA')[h[0] % 4]
        bits = {'ED25519': 256, 'RSA': pick(random.Random(kid), (2048, 3072, 4096)), 'ECDSA': 256}[typ]
        _FP[kid] = (b64, md, typ, bits)
    return _FP[kid]


COMMENTS = ['ubuntu@ip-172-31-5-12', 'root@gpu-node-1', 'deploy@ci', 'admin@workstation', 'user@DESKTOP-7Q2K9', 'ml@lab-server',
            'gitlab-runner@build', 'ec2-user@bastion', 'dev@macbook-pro.local', 'jenkins@ci-01']


def render_key(seed, k, ch, rng):
    b64, md, typ, bits = key_fp(seed, k)
    if ch == 'kestrel':
        mdc = ':'.join(md[i:i + 2] for i in range(0, 32, 2))
        r = rng.random()
        return 'MD5:' + mdc if r < 0.5 else (mdc if r < 0.85 else mdc.upper())
    r = rng.random()
    if r < 0.68:
        return 'SHA256:' + b64
    if r < 0.78:
        return b64
    if r < 0.83:
        return 'SHA256:' + b64 + '='
    if r < 0.9 and ch in ('web', 'partner'):
        return '%d SHA256:%s %s (%s)' % (bits, b64, pick(rng, COMMENTS), typ)
    if r < 0.95:
        return 'sha256:' + b64
    return 'SHA256:' + b64 + ' '


def render_ip(ip, prof, rng):
    v, x = ip[0], ip[1]
    if v == 4:
        s = '%d.%d.%d.%d' % ((x >> 24) & 255, (x >> 16) & 255, (x >> 8) & 255, x & 255)
        if rng.random() < prof.get('mapped', 0.0):
            s = '::ffff:' + s
        return s
    a = ipaddress.IPv6Address(x)
    r = rng.random()
    if r < 0.05:
        return a.compressed.upper()
    if r < 0.09:
        return a.exploded
    return a.compressed


def render_email(em, prof, rng, strict, ch):
    loc, host = em[0], em[1]
    s = loc + '@' + host
    r = rng.random()
    if r < 0.04:
        s = s.upper()
    elif r < 0.1:
        s = cap(loc) + '@' + cap(host)
    if ch == 'web' and rng.random() < 0.01:
        s = 'mailto:' + s
    if rng.random() < prof.get('ws', 0.02):
        s = pick(rng, (s + ' ', ' ' + s))
    return s


def render_web(wb, prof, rng):
    kind = wb[0]
    if kind in ('own', 'group'):
        d = wb[1]
        if d.endswith('.рф') and rng.random() < 0.5:
            d = d.encode('idna').decode('ascii')
        out = pick(rng, ('https://www.%s/', 'http://%s', 'www.%s', '%s', 'https://%s/en/', 'https://%s', 'http://www.%s/index.html',
                         'https://www.%s', 'https://%s/contact')) % d
    elif kind == 'brand':
        out = pick(rng, ('https://www.%s%s', '%s%s', 'http://%s%s/')) % (wb[1], wb[2])
    elif kind == 'builder':
        slug = ''.join(c for c in wb[2] if c.isalnum()).lower() or 'site'
        out = wb[1][1].format(s=slug)
    else:
        out = wb[1]
    if rng.random() < prof.get('upper', 0.0) * 0.3:
        out = out.upper()
    return out


def render_card(card, ch, rng):
    t = card[1]
    if ch == 'kestrel' and rng.random() < 0.3:
        t = t.upper()
    return t


ID_ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


def assign_ids(w):
    rng = w.rng
    seen = set()
    for e in w.ents:
        while True:
            if e.ch == 'web':
                rid = 'cus_' + ''.join(pick(rng, ID_ALPHA) for _ in range(14))
            elif e.ch == 'sales':
                rid = 'ACC-%07d' % int(rng.random() * 1e7)
            elif e.ch == 'market':
                code = 'r00'
                for t in e.tags:
                    if t.startswith('reseller:'):
                        code = t[9:]
                rid = 'mkt-%s-%06d' % (code, int(rng.random() * 1e6))
            elif e.ch == 'kestrel':
                rid = 'KST%08d' % int(rng.random() * 1e8)
            else:
                rid = 'p-%012x' % rng.getrandbits(48)
            if rid not in seen:
                seen.add(rid)
                e.rid = rid
                break


def empty_val(style, is_list):
    if style == 'null':
        return None
    if style == 'empty':
        return [] if is_list else ''
    return 'OMIT'


def render_record(w, e):
    rng = w.rng
    ch = e.ch
    prof = PROFILES[ch]
    rec = {'id': e.rid}
    if e.kind == 'co':
        rec['name'] = render_org(e.org, prof, rng)
    else:
        rec['name'] = render_person(e.person, prof, rng, False)
    rec['country'] = render_country(e.cc, prof, rng)
    ns = NULLSTYLE[ch]

    def put(key, val, is_list=False):
        if val is None or (is_list and not val):
            v = empty_val(ns(rng), is_list)
            if v != 'OMIT':
                rec[key] = v
        else:
            rec[key] = val
    put('registration_id', render_reg(e.reg, prof, rng, e.cc, is_strict(e, 'reg')) if e.reg else None)
    put('address', render_addr(e.addr, prof, rng, e.cc, is_strict(e, 'addr')) if e.addr else None)
    put('email', render_email(e.email, prof, rng, is_strict(e, 'email'), ch) if e.email else None)
    if e.phone is None:
        put('phone', None)
    elif e.phone[0] == '*':
        put('phone', e.phone[1])
    else:
        put('phone', render_phone(e.phone, prof, rng, e.cc, is_strict(e, 'phone')))
    put('website', render_web(e.web, prof, rng) if e.web else None)
    put('payment_fingerprint', render_card(e.card, ch, rng) if e.card else None)
    dl = []
    for p in e.dirs:
        s = render_person(p, prof, rng, is_strict(e, 'dir:%d' % p.pid) or p.role == 'nominee')
        if s not in dl:
            dl.append(s)
    put('directors', dl, True)
    ol = []
    for o in e.owners:
        if isinstance(o, Person):
            s = render_person(o, prof, rng, is_strict(e, 'dir:%d' % o.pid))
        else:
            s = render_org(o[1], prof, rng)
        if s not in ol:
            ol.append(s)
    put('owners', ol, True)
    il = []
    seen = set()
    for ip in e.ips:
        if ip[1] in seen:
            continue
        seen.add(ip[1])
        il.append(render_ip(ip, prof, rng))
    if len(il) > 1:
        rng.shuffle(il)
    put('ips', il[:40] if len(il) <= 40 else il[:40], True)
    kl = []
    seenk = set()
    for k in e.keys:
        if k[0] in seenk:
            continue
        seenk.add(k[0])
        kl.append(render_key(w.seed, k, ch, rng))
    put('ssh_keys', kl, True)
    if ch == 'sales':
        rec['listed'] = bool(e.listed)
    elif ch == 'kestrel':
        rec['listed'] = None
    elif ch == 'web':
        if e.listed or rng.random() < 0.2:
            rec['listed'] = bool(e.listed)
    elif e.listed:
        rec['listed'] = True
    return rec


# ================================================================ checks
SPECIFIC_IP = ('office', 'bastion', 'home')
SPECIFIC_PHONE = ('mob', 'land', 'home', 'partymob', 'partyland')
FAMS = ('card', 'ssh', 'regid', 'domain', 'phone', 'office', 'person', 'owner', 'ip', 'email')


def fact_keys(w, e):
    """Canonical evidence values of one record, (family, value, specific?)."""
    out = []
    if e.card:
        out.append(('card', e.card[1], e.card[2] != 'pool'))
    for k in e.keys:
        out.append(('ssh', (k[0], e.ch == 'kestrel'), k[1] in ('own', 'team')))
    if e.reg:
        out.append(('regid', (e.reg[0], e.reg[1]), e.reg[0] != '*'))
    doms = set()
    if e.email and e.email[2]:
        doms.add((e.email[2], e.email[3]))
    if e.web and e.web[0] in ('own', 'group', 'brand'):
        doms.add((e.web[1], e.web[0]))
    for d, kd in doms:
        out.append(('domain', d, kd in ('own', 'group')))
    if e.phone and e.phone[0] != '*':
        out.append(('phone', pkey_phone(e.phone), w.phone_kind.get(pkey_phone(e.phone)) in SPECIFIC_PHONE))
    elif e.phone:
        out.append(('phone', e.phone[1], False))
    if e.addr:
        out.append(('office', (e.addr.aid, e.addr.unit), e.addr.kind in ('office', 'res') and (e.addr.unit is not None or e.addr.kind == 'res')))
    for p in e.dirs + e.owners:
        if isinstance(p, Person):
            out.append(('person', p.pid, p.role != 'nominee' and w.key_count.get(p.key, 0) <= 2))
            out.append(('pname', p.key, False))
        else:
            out.append(('owner', p[2], not p[2].startswith('agent:')))
    if e.kind == 'co':
        out.append(('owner', 'e%d' % e.eid, True))
    for ip in e.ips:
        out.append(('ip', ip[1], ip[2] in SPECIFIC_IP))
        if ip[0] == 4:
            out.append(('ip24', ip[1] >> 8, False))
        else:
            out.append(('ip48', ip[1] >> 80, False))
    if e.email and e.email[3] == 'free':
        out.append(('email', (e.email[0], e.email[1]), True))
    return out


def run_checks(w, out=sys.stderr):
    t0 = time.time()
    ents = w.ents
    idx = {}
    for e in ents:
        for fam, val, spec in set(fact_keys(w, e)):
            idx.setdefault((fam, val), []).append(e.eid)
    label = [e.party if e.party is not None else -1 - e.eid for e in ents]

    def pair_fams(a, b):
        # a value counts for a planted pair when it is specific and (for IPs and offices) held by
        # at most a few customers outside the party
        fa = set()
        for fam, val, spec in fact_keys(w, a):
            if spec:
                fa.add((fam, val))
        fams = set()
        for fam, val, spec in fact_keys(w, b):
            k = (fam, val)
            if spec and k in fa:
                if fam in ('ip', 'office'):
                    outside = sum(1 for x in idx[k] if label[x] != label[a.eid])
                    if outside > (2 if fam == 'ip' else 4):
                        continue
                fams.add(fam)
        return fams

    bad = 0
    badm = 0
    fam_true = {}
    npairs = 0
    sizes = {}
    for P in w.parties:
        ms = P.members
        n = len(ms)
        sizes[n] = sizes.get(n, 0) + 1
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x
        for i in range(n):
            for j in range(i + 1, n):
                npairs += 1
                fams = pair_fams(ms[i], ms[j])
                for f in fams:
                    fam_true[f] = fam_true.get(f, 0) + 1
                strong = fams & {'card', 'ssh', 'regid'}
                soft = fams - {'card', 'ssh', 'regid'}
                if strong or len(soft) >= 2:
                    parent[find(i)] = find(j)
        roots = set(find(i) for i in range(n))
        if len(roots) > 1:
            bad += 1
            badm += n
    print('[check] parties=%d members=%d true_pairs=%d unfair_parties=%d (members %d)' %
          (len(w.parties), sum(len(P.members) for P in w.parties), npairs, bad, badm), file=out)
    print('[check] party sizes: ' + ' '.join('%d:%d' % (s, sizes[s]) for s in sorted(sizes)), file=out)
    arch = {}
    for P in w.parties:
        a = arch.setdefault(P.arch, [0, 0])
        a[0] += 1
        a[1] += len(P.members)
    print('[check] archetypes: ' + ', '.join('%s=%d/%d' % (k, v[0], v[1]) for k, v in sorted(arch.items())), file=out)
    print('[check] true pairs sharing (specific, canonical): ' + ', '.join('%s=%d' % (f, fam_true.get(f, 0)) for f in FAMS), file=out)
    # stranger pairs by family, split into values that look specific and generic ones
    specmap = {}
    for ent in ents:
        for fam, val, spec in fact_keys(w, ent):
            specmap[(fam, val)] = spec
    pairfam = {}
    big = {}
    for (fam, val), lst in idx.items():
        L = len(lst)
        if L < 2:
            continue
        spec = specmap[(fam, val)]
        tag = fam if spec else fam + '(generic)'
        if L > 300:
            same = {}
            for x in lst:
                same[label[x]] = same.get(label[x], 0) + 1
            big[tag] = big.get(tag, 0) + L * (L - 1) // 2 - sum(c * (c - 1) // 2 for c in same.values())
            continue
        for i in range(L):
            for j in range(i + 1, L):
                a, b = lst[i], lst[j]
                if label[a] == label[b]:
                    continue
                k = (a, b) if a < b else (b, a)
                s = pairfam.get(k)
                if s is None:
                    s = pairfam[k] = set()
                s.add(tag)
    cnt = {}
    for k, s in pairfam.items():
        for f in s:
            cnt[f] = cnt.get(f, 0) + 1
    tags = sorted(set(cnt) | set(big))
    print('[check] stranger pairs sharing a value, by family (distinct pairs; +[pairs through values with >300 holders]):', file=out)
    print('        ' + ', '.join('%s=%d%s' % (f, cnt.get(f, 0), ('+[%d]' % big[f]) if f in big else '') for f in tags), file=out)
    # what an engine sees: a value held by only a few customers looks specific whatever its origin
    rare = {}
    for (fam, val), lst in idx.items():
        if 2 <= len(lst) <= 3 and fam not in ('person', 'ip24', 'ip48'):
            for i in range(len(lst)):
                for j in range(i + 1, len(lst)):
                    a, b = lst[i], lst[j]
                    if label[a] != label[b]:
                        k = (a, b) if a < b else (b, a)
                        rare.setdefault(k, set()).add(fam)
    rc = {}
    h1 = h2 = hs = 0
    for k, s in rare.items():
        for f in s:
            rc[f] = rc.get(f, 0) + 1
        if s & {'card', 'ssh', 'regid'}:
            hs += 1
        soft = s - {'card', 'ssh', 'regid'}
        if len(soft) >= 2:
            h2 += 1
        elif soft:
            h1 += 1
    print('[check] stranger pairs sharing a value held by <=3 customers: ' + ', '.join('%s=%d' % (f, rc[f]) for f in sorted(rc)), file=out)
    print('[check]   -> pairs with a rare strong value: %d ; with 1 rare soft family: %d ; with >=2 rare soft families: %d' % (hs, h1, h2), file=out)
    print('[check] took %.1fs' % (time.time() - t0), file=out)
    return bad


# ================================================================== main

def main(argv):
    if len(argv) != 5:
        sys.stderr.write('usage: linkage_gen15.py N SEED OUT.jsonl TRUTH.csv\n')
        return 2
    N = int(argv[1])
    seed = int(argv[2])
    out_path, truth_path = argv[3], argv[4]
    if N < 1:
        raise SystemExit('N must be >= 1')
    t0 = time.time()
    _AID[0] = 0
    del _REG_SEEN5[:]
    del _REG_SEEN7[:]
    del _REG_SEEN8[:]
    _PL_CACHE.clear()
    _REG_ISSUED.clear()
    _FP.clear()
    w = Gen(N, seed)
    w.build_infra()
    w.build_networks()
    w.build_franchises()
    w.build_families()
    w.build_solos()
    w.post()
    for e in w.ents:
        decide_missing(w, e)
    w.assign_ci()
    assign_ids(w)
    recs = [(e, render_record(w, e)) for e in w.ents]
    order = list(range(len(recs)))
    w.rng.shuffle(order)
    with open(out_path, 'w', encoding='utf-8') as f:
        for i in order:
            f.write(json.dumps(recs[i][1], ensure_ascii=False) + '\n')
    with open(truth_path, 'w', encoding='utf-8') as f:
        f.write('id,party\n')
        for i in order:
            e = recs[i][0]
            f.write('%s,%s\n' % (e.rid, ('net-%06d' % e.party) if e.party is not None else 'solo-' + e.rid))
    arch_path = os.environ.get('GEN15_ARCH_OUT')
    if arch_path:
        with open(arch_path, 'w', encoding='utf-8') as f:
            f.write('id,archetype\n')
            for i in order:
                e = recs[i][0]
                f.write('%s,%s\n' % (e.rid, e.arch))
    if os.environ.get('GEN15_CHECK'):
        print('[gen15] N=%d seed=%d generated in %.1fs' % (N, seed, time.time() - t0), file=sys.stderr)
        run_checks(w)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
