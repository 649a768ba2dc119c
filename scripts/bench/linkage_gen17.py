#!/usr/bin/env python3
"""linkage_gen17 -- synthetic customer book of a GPU cloud, for entity-linkage benchmarks.

Usage:
    python3 linkage_gen17.py N SEED OUT.jsonl TRUTH.csv
    GEN17_CHECK=1 python3 linkage_gen17.py ...   (summary statistics on stderr)

Output depends only on (N, SEED): one random.Random seeded with a string, every
list is embedded, nothing is read at run time, no set-order or hash() dependence.
Standard library only (Python 3.11).

WORLD MODEL
-----------
The file is the customer table of a mid-sized GPU cloud as its data team sees it
after years of growth: self-serve sign-ups typed by customers, sales-led accounts
typed by account executives with their own habits, CRM imports, and telemetry
(login IPs, SSH keys registered on instances, card fingerprints from whichever
payment processor took the card). Every record is rendered from hidden canonical
objects (companies, people, buildings, phones, cards, keys, IP blocks) by a
"channel": self-serve (random styles per record) or one of ten sales reps
(consistent habits: country as ISO2 / ISO3 / English name / local name / typo,
phone as E.164 / spaced / 00- or 011-prefixed / national trunk / with extension,
upper-casing, legal-suffix spelling, address abbreviation, "Last, First"
directors, and one rep who types N/A into every empty field).

TRUTH RULE
----------
Two records are the same party when the same natural person or the same group
of companies under one control (majority ownership or one beneficial
controller) is the real customer behind both accounts.  Consequences:
  * duplicate CRM accounts, team/project accounts of one company, a renamed
    company's old and new accounts, and several accounts of one person are one party;
  * an enterprise's divisions and country subsidiaries, including an acquired
    brand with a different name, are ONE party (common control);
  * a restricted party and all the shells it controls are one party;
  * a free-credit / mining farm run by one operator is one party;
  * an MSP / system integrator and each client it manages are DIFFERENT parties,
    even when the MSP's engineer key, office IP or card appears on the client;
  * research groups of one university or government laboratory are different
    parties (separate PIs, grants and billing; the institution is a host);
  * accelerator batch-mates, hackathon participants, household members and
    employees who open personal accounts with a work e-mail are different parties.

NETWORK ARCHETYPES (members share the party label net-NNNNNN)
------------------------------------------------------------
  crm_dup      2-4 records of one company typed by different reps, imported twice
               or re-opened; stale address/phone on the old one, re-issued card,
               registration id re-typed (sometimes with two digits transposed).
  team_accts   one company's separate accounts per team/project ("Acme - prod",
               "Acme Research"); shared domain, card or key, different people.
  rebrand      a company renamed or re-domiciled; new name/domain, same directors,
               registration id and/or card; old contact data on the old account.
  person_multi a Kaggle-style individual with 2-5 accounts: name spelt differently,
               free-mail, home IP (dynamic: same /24 or v6 /48), same SSH key or card.
  enterprise   3-30 divisions / country subsidiaries / an acquired brand; parent
               or country domains (acme.com, acme.de, legacy domain), corporate
               card programme (one central card, or per-entity virtual cards that
               share nothing), group officers as directors, parent as owner,
               security-proxy egress IPs shared with other enterprises.
  evasion      a restricted party (sometimes itself on the list, listed=true)
               renting through 1-29 shells in transit jurisdictions. Careless
               (re-uses card, key, ops IP, directors), moderate, or careful (each
               shell keeps one weak trace: a director under another
               transliteration, an IP in the same hosting /24, a phone in another
               format, the UBO as owner, a sub-domain, a unit in the same building).
  farm         free-credit / crypto-mining farm, 4-30 throw-away accounts: coined
               names, disposable mail, prepaid virtual cards (mostly distinct),
               VPS IPs in a few rented /24s, one automation key on some accounts.
Every network is connected in principle: each member shares at least one
non-public trace (card, key, IP, /24, person, phone, domain, address, reg id)
with an earlier member.  Sizes are skewed small (mostly 2-3, tail to 30).

SOLO ARCHETYPES AND CONFOUNDERS (strangers sharing what real strangers share)
----------------------------------------------------------------------------
  * MSPs / system integrators sign up clients: the MSP engineer's SSH key, the
    MSP office IP, e-mail on the MSP domain, the MSP phone, and for ~10% of
    clients the MSP's own card (a strong identifier shared by strangers). The
    MSP also has its own account.
  * Accelerator batches: startups share the accelerator's address, demo-day
    Wi-Fi NAT IPs and the programme phone.
  * Hackathons: individuals signing up from one venue NAT IP; some type the venue.
  * Enterprise security proxies (Zscaler/Netskope/WARP-like): unrelated
    enterprises egress from the same few IPs.
  * Cloud egress, CI runners and hosted notebooks: many users log in from the
    same public-cloud /24s; VPS users share hosting /24s with farms.
  * Universities and government labs: shared domain, campus NAT, switchboard, address.
  * Prestige office towers and formation-agent / registered-agent addresses
    shared by many companies (different suites); nominee directors.
  * "Website" fields that are platform pages: github.com/x, huggingface.co/x,
    linkedin.com/company/x, sites.google.com/view/x, linktr.ee/x, medium.com/@x
    (registrable domain shared by thousands) vs x.github.io / x.vercel.app
    (private public-suffix: distinct).
  * CRM junk: N/A, TBD, 0000000000, +1 555 0100, "Remote", test@test.com typed
    by one rep or by self-serve customers; registration-id namespace collisions
    (German HRB numbers are unique only per court, UAE free-zone licence
    numbers only per zone) rendered without the namespace.
  * Common person names (Zhang Wei, Mohammed Ali, Anil Kumar ...) and generic
    company names ("AI Solutions Ltd") shared by strangers; look-alike names of
    listed parties on innocent customers.
  * Households (flatmates/spouses: same address and home IP, rarely a family card)
    and employees with personal accounts on an employer's e-mail domain.
  * Surface noise inside one party: IPv6 compressed / exploded / upper-case /
    bracketed, IPv4-mapped IPv6, SSH fingerprints as SHA256 with or without
    prefix or padding or as legacy MD5 (unmatchable), the same card seen by a
    different processor (different fingerprint), names in mixed scripts,
    countries misspelt, phones in national format.
"""
import sys, os, json, random, hashlib, base64, ipaddress, unicodedata, time

# ---------------------------------------------------------------- helpers
_TR = str.maketrans({'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'İ': 'I'})


def deacc(s):
    s = s.translate(_TR)
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slugify(s):
    s = deacc(s).lower()
    return ''.join(c for c in s if c.isalnum())


def h(*parts, n=16):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- countries
# iso2: a3, name, alt spellings (local names, typos), calling code, trunk prefix,
# cultures, cities (city, postcode pattern), streets, street format ('ns' number
# first / 'sn' street first), legal suffixes, area codes, national length, weight
def _c(a3, name, alt, cc, trunk, cul, cities, streets, sfmt, suf, areas, nlen, w, tlds):
    return dict(a3=a3, name=name, alt=alt, cc=cc, trunk=trunk, cul=cul, cities=cities,
                streets=streets, sfmt=sfmt, suf=suf, areas=areas, nlen=nlen, w=w, tlds=tlds)


COUNTRIES = {
    'US': _c('USA', 'United States', ['United States of America', 'U.S.A.', 'U.S.', 'America', 'Untied States', 'United Sates'], '1', '',
             ['anglo'] * 6 + ['indian', 'chinese', 'hebrew', 'spanish', 'korean'],
             [('San Francisco', 'CA 941##'), ('New York', 'NY 100##'), ('Austin', 'TX 787##'), ('Seattle', 'WA 981##'),
              ('Palo Alto', 'CA 943##'), ('Boston', 'MA 021##'), ('Miami', 'FL 331##'), ('Chicago', 'IL 606##')],
             ['Market Street', 'Main Street', 'Broadway', 'Mission Street', 'Congress Avenue', 'Pine Street', 'Oak Avenue',
              'Fifth Avenue', 'Elm Street', 'University Avenue', 'Howard Street', 'Lake Shore Drive'], 'ns',
             ['Inc.', 'LLC', 'Corp.'], ['415', '212', '512', '206', '650', '617', '305', '312', '628', '646'], 10, 22,
             ['.com', '.ai', '.io', '.co', '.us']),
    'GB': _c('GBR', 'United Kingdom', ['UK', 'Great Britain', 'England', 'U.K.', 'Britain', 'Untied Kingdom'], '44', '0', ['anglo'] * 5 + ['indian', 'arabic'],
             [('London', 'EC#@ #@@'), ('Cambridge', 'CB# #@@'), ('Manchester', 'M# #@@'), ('Edinburgh', 'EH# #@@'), ('Bristol', 'BS# #@@')],
             ['High Street', 'Old Street', "King's Road", 'Station Road', 'Church Lane', 'Great Eastern Street', 'Hills Road'], 'ns',
             ['Ltd', 'Limited', 'LLP'], ['20', '1223', '161', '131', '117', '7700', '7911'], 10, 6, ['.co.uk', '.com', '.ai', '.io', '.uk']),
    'DE': _c('DEU', 'Germany', ['Deutschland', 'Germnay', 'Federal Republic of Germany', 'GER', 'Allemagne'], '49', '0', ['german'] * 6 + ['turkish'],
             [('Berlin', '10###'), ('München', '80###'), ('Hamburg', '20###'), ('Frankfurt am Main', '60###'), ('Köln', '50###')],
             ['Hauptstraße', 'Friedrichstraße', 'Leopoldstraße', 'Bahnhofstraße', 'Torstraße', 'Schillerstraße', 'Kaiserstraße'], 'sn',
             ['GmbH', 'UG (haftungsbeschränkt)', 'AG'], ['30', '89', '40', '69', '221', '151', '160', '170'], 11, 6, ['.de', '.com', '.ai', '.io']),
    'FR': _c('FRA', 'France', ['République française', 'Frence', 'Frankreich'], '33', '0', ['french'] * 5 + ['arabic'],
             [('Paris', '75###'), ('Lyon', '69###'), ('Grenoble', '38###'), ('Toulouse', '31###')],
             ['rue de Rivoli', 'boulevard Haussmann', 'rue du Faubourg Saint-Antoine', 'avenue de la République', 'rue Oberkampf'], 'ns',
             ['SAS', 'SARL', 'SA'], ['1', '4', '6', '7', '5'], 9, 3, ['.fr', '.com', '.ai', '.io']),
    'NL': _c('NLD', 'Netherlands', ['The Netherlands', 'Holland', 'Nederland', 'Netherland', 'Netherlands, The'], '31', '0', ['dutch'] * 5 + ['turkish'],
             [('Amsterdam', '10## @@'), ('Rotterdam', '30## @@'), ('Eindhoven', '56## @@'), ('Delft', '26## @@')],
             ['Herengracht', 'Keizersgracht', 'Stationsplein', 'Kalverstraat', 'Weena'], 'sn',
             ['B.V.', 'B.V.'], ['20', '10', '40', '15', '6'], 9, 2.5, ['.nl', '.com', '.ai', '.io']),
    'CH': _c('CHE', 'Switzerland', ['Schweiz', 'Suisse', 'Swiss', 'Switzland', 'Svizzera'], '41', '0', ['german', 'french'],
             [('Zürich', '80##'), ('Zug', '63##'), ('Geneva', '12##'), ('Lausanne', '10##')],
             ['Bahnhofstrasse', 'Baarerstrasse', 'Rue du Rhône', 'Avenue de Rumine'], 'sn', ['AG', 'GmbH', 'SA'], ['44', '41', '22', '21'], 9, 1.5,
             ['.ch', '.com', '.ai']),
    'SE': _c('SWE', 'Sweden', ['Sverige', 'Swedan', 'Schweden'], '46', '0', ['nordic'], [('Stockholm', '1## ##'), ('Göteborg', '4## ##')],
             ['Drottninggatan', 'Sveavägen', 'Kungsgatan', 'Birger Jarlsgatan'], 'sn', ['AB'], ['8', '31', '70', '73'], 9, 1.5, ['.se', '.com', '.ai']),
    'PL': _c('POL', 'Poland', ['Polska', 'Polnad', 'Polen'], '48', '', ['polish'], [('Warszawa', '0#-###'), ('Kraków', '3#-###'), ('Wrocław', '5#-###')],
             ['ul. Marszałkowska', 'ul. Prosta', 'ul. Grzybowska', 'ul. Floriańska'], 'sn', ['sp. z o.o.', 'S.A.'], ['22', '12', '71', '50', '60'], 9, 1.5,
             ['.pl', '.com', '.io']),
    'IE': _c('IRL', 'Ireland', ['Éire', 'Republic of Ireland', 'Irland', 'Ireland (Republic)'], '353', '0', ['anglo'], [('Dublin', 'D0# @#@#'), ('Cork', 'T12 @#@#')],
             ['Grand Canal Street', 'Harcourt Street', 'Baggot Street', "Sir John Rogerson's Quay"], 'ns', ['Limited', 'Ltd', 'DAC'], ['1', '21', '85', '87'], 9, 1,
             ['.ie', '.com', '.ai']),
    'EE': _c('EST', 'Estonia', ['Eesti', 'Estonija', 'Estland'], '372', '', ['nordic', 'russian'], [('Tallinn', '1####'), ('Tartu', '5####')],
             ['Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Sepapaja tn'], 'sn', ['OÜ', 'AS'], ['5', '6'], 8, 0.5, ['.ee', '.com', '.io']),
    'CY': _c('CYP', 'Cyprus', ['Kypros', 'Republic of Cyprus', 'Cypress', 'Kıbrıs'], '357', '', ['greek', 'russian'], [('Limassol', '3###'), ('Nicosia', '1###')],
             ['Arch. Makariou III Avenue', 'Spyrou Kyprianou Avenue', 'Gladstonos Street', 'Agiou Andreou Street'], 'sn', ['Ltd', 'Limited'], ['25', '22', '99'], 8, 0.4,
             ['.com.cy', '.com', '.io']),
    'CN': _c('CHN', 'China', ["People's Republic of China", 'PRC', '中国', 'P.R. China', 'Chian', 'Mainland China', 'China, PRC'], '86', '0', ['chinese'],
             [('Shenzhen', '518###'), ('Shanghai', '200###'), ('Beijing', '100###'), ('Hangzhou', '310###'), ("Xi'an", '710###')],
             ['Shennan Avenue', 'Nanjing Road', 'Zhongguancun Street', 'Wensan Road', 'Keyuan Road', 'Zhangjiang Road'], 'ns',
             ['Co., Ltd.', 'Technology Co., Ltd.'], ['755', '21', '10', '571', '29', '138', '139', '186'], 11, 4, ['.cn', '.com.cn', '.com', '.ai']),
    'HK': _c('HKG', 'Hong Kong', ['Hong Kong SAR', 'HK', 'Hongkong', '香港', 'Hong Kong, China', 'HKSAR'], '852', '', ['chinese'],
             [('Central', ''), ('Wan Chai', ''), ('Kowloon', ''), ('Sheung Wan', ''), ('Tsim Sha Tsui', '')],
             ["Queen's Road Central", 'Nathan Road', 'Hennessy Road', 'Des Voeux Road Central', 'Connaught Road Central', 'Lockhart Road'], 'ns',
             ['Limited', 'Co., Limited', 'Holdings Limited'], ['2', '3', '5', '6', '9'], 8, 2, ['.com.hk', '.hk', '.com']),
    'TW': _c('TWN', 'Taiwan', ['Taiwan, Province of China', 'Republic of China', '台灣', 'Taiwan ROC', 'Taiwan (R.O.C.)'], '886', '0', ['chinese'],
             [('Taipei', '1##'), ('Hsinchu', '300'), ('Taichung', '4##')], ['Xinyi Road', 'Zhongxiao East Road', 'Guangfu Road', 'Science Park Road'], 'ns',
             ['Co., Ltd.', 'Corporation', 'Inc.'], ['2', '3', '4', '9'], 9, 1.5, ['.com.tw', '.tw', '.com', '.ai']),
    'SG': _c('SGP', 'Singapore', ['Republic of Singapore', 'Singapur', "S'pore", 'Singapore (SG)', 'Singpore'], '65', '', ['chinese', 'chinese', 'indian', 'malay', 'anglo'],
             [('Singapore', '0#####'), ('Singapore', '1#####'), ('Singapore', '6#####')],
             ['Raffles Place', 'Robinson Road', 'Cecil Street', 'Anson Road', 'Marina Boulevard', 'Science Park Road'], 'ns',
             ['Pte. Ltd.', 'Pte Ltd', 'Private Limited'], ['6', '8', '9'], 8, 2.5, ['.sg', '.com.sg', '.com', '.ai', '.io']),
    'JP': _c('JPN', 'Japan', ['Nippon', '日本', 'Japan (JP)', 'Jpan', 'Nihon'], '81', '0', ['japanese'], [('Tokyo', '1##-####'), ('Osaka', '5##-####'), ('Fukuoka', '8##-####')],
             ['Shibuya', 'Roppongi', 'Marunouchi', 'Umeda', 'Otemachi', 'Hakata'], 'sn', ['K.K.', 'Co., Ltd.', 'Inc.', 'G.K.'], ['3', '6', '92', '90', '80'], 10, 3,
             ['.co.jp', '.jp', '.com', '.ai']),
    'KR': _c('KOR', 'South Korea', ['Korea', 'Republic of Korea', 'Korea, Republic of', '대한민국', 'S. Korea', 'Korea (South)', 'Korea Rep.'], '82', '0', ['korean'],
             [('Seoul', '0####'), ('Seongnam', '13###'), ('Busan', '4####')], ['Teheran-ro', 'Gangnam-daero', 'Pangyo-ro', 'Sejong-daero', 'Haeundae-ro'], 'sn',
             ['Co., Ltd.', 'Inc.', 'Corp.'], ['2', '31', '51', '10'], 10, 3, ['.co.kr', '.kr', '.com', '.ai']),
    'IN': _c('IND', 'India', ['Bharat', 'Republic of India', 'Inida', 'INDIA', 'Hindustan'], '91', '0', ['indian'],
             [('Bengaluru', '5600##'), ('Mumbai', '4000##'), ('Hyderabad', '5000##'), ('Pune', '4110##'), ('Gurugram', '1220##')],
             ['MG Road', 'Outer Ring Road', 'Hosur Road', 'Bandra Kurla Complex', 'HITEC City', 'Golf Course Road'], 'ns',
             ['Private Limited', 'Pvt. Ltd.', 'LLP'], ['80', '22', '40', '20', '124', '98', '99', '70'], 10, 6, ['.in', '.co.in', '.com', '.ai', '.io']),
    'RU': _c('RUS', 'Russia', ['Russian Federation', 'Россия', 'Rossiya', 'RF', 'Rusia', 'Russia (RU)'], '7', '8', ['russian'],
             [('Moscow', '1#####'), ('Saint Petersburg', '19####'), ('Novosibirsk', '630###'), ('Kazan', '420###')],
             ['ul. Tverskaya', 'Leningradsky prospekt', 'Nevsky prospekt', 'ul. Lva Tolstogo', 'Kutuzovsky prospekt'], 'sn',
             ['OOO', 'AO', 'LLC'], ['495', '499', '812', '383', '843', '916', '903'], 10, 1, ['.ru', '.com', '.tech']),
    'KZ': _c('KAZ', 'Kazakhstan', ['Qazaqstan', 'Казахстан', 'Kazakstan', 'Republic of Kazakhstan'], '7', '8', ['russian', 'kazakh'],
             [('Almaty', '0500##'), ('Astana', '0100##')], ['Al-Farabi Avenue', 'Dostyk Avenue', 'Abay Avenue', 'Mangilik El Avenue'], 'ns',
             ['LLP', 'TOO'], ['727', '717', '701', '777'], 10, 0.4, ['.kz', '.com']),
    'AM': _c('ARM', 'Armenia', ['Hayastan', 'Armania', 'Republic of Armenia'], '374', '0', ['armenian'], [('Yerevan', '00##')],
             ['Northern Avenue', 'Tigran Mets Avenue', 'Abovyan Street', 'Komitas Avenue'], 'ns', ['LLC', 'CJSC'], ['10', '11', '77', '91', '99'], 8, 0.3,
             ['.am', '.com']),
    'AE': _c('ARE', 'United Arab Emirates', ['UAE', 'U.A.E.', 'Emirates', 'Dubai', 'United Arab Emirate', 'Dubai, UAE', 'الإمارات'], '971', '0',
             ['arabic', 'arabic', 'indian', 'persian', 'russian', 'anglo'], [('Dubai', ''), ('Abu Dhabi', ''), ('Sharjah', '')],
             ['Sheikh Zayed Road', 'Al Wasl Road', 'Jumeirah Lake Towers', 'Business Bay', 'Al Maktoum Road'], 'ns',
             ['FZE', 'FZ-LLC', 'LLC', 'DMCC'], ['4', '2', '6', '50', '55', '52'], 9, 1.5, ['.ae', '.com', '.io']),
    'TR': _c('TUR', 'Turkey', ['Türkiye', 'Turkiye', 'Turkei', 'Turky', 'Republic of Türkiye'], '90', '0', ['turkish'],
             [('İstanbul', '34###'), ('Ankara', '06###'), ('İzmir', '35###')], ['Büyükdere Caddesi', 'İstiklal Caddesi', 'Atatürk Bulvarı', 'Bağdat Caddesi'], 'sn',
             ['A.Ş.', 'Ltd. Şti.'], ['212', '216', '312', '232', '532', '542'], 10, 1, ['.com.tr', '.com', '.io']),
    'IL': _c('ISR', 'Israel', ['Isreal', 'State of Israel', 'Israel (IL)'], '972', '0', ['hebrew'], [('Tel Aviv', '6######'), ('Haifa', '3######'), ('Herzliya', '46#####')],
             ['Rothschild Boulevard', 'Menachem Begin Road', 'HaBarzel Street', 'Abba Eban Boulevard'], 'ns', ['Ltd.', 'Ltd'], ['3', '4', '9', '52', '54'], 9, 2,
             ['.co.il', '.com', '.ai', '.io']),
    'CA': _c('CAN', 'Canada', ['Kanada', 'Canda', 'Canada (CA)'], '1', '', ['anglo', 'anglo', 'french', 'chinese', 'indian'],
             [('Toronto', 'ON M5V #@#'), ('Montréal', 'QC H2X #@#'), ('Vancouver', 'BC V6B #@#'), ('Waterloo', 'ON N2L #@#')],
             ['King Street West', 'Rue Saint-Urbain', 'Granville Street', 'Spadina Avenue', 'University Avenue'], 'ns', ['Inc.', 'Ltd.', 'Corp.'],
             ['416', '514', '604', '519', '647'], 10, 3, ['.ca', '.com', '.ai', '.io']),
    'BR': _c('BRA', 'Brazil', ['Brasil', 'Brazill', 'Brésil'], '55', '0', ['portuguese'], [('São Paulo', '0####-###'), ('Rio de Janeiro', '2####-###')],
             ['Avenida Paulista', 'Rua Augusta', 'Avenida Faria Lima', 'Rua Oscar Freire'], 'sn', ['Ltda.', 'S.A.'], ['11', '21', '31'], 11, 1.5,
             ['.com.br', '.com', '.ai']),
    'AU': _c('AUS', 'Australia', ['Commonwealth of Australia', 'Austrlia', 'Aus'], '61', '0', ['anglo', 'anglo', 'chinese', 'indian'],
             [('Sydney', 'NSW 2000'), ('Melbourne', 'VIC 3000'), ('Brisbane', 'QLD 4000')], ['George Street', 'Collins Street', 'Pitt Street', 'Queen Street'], 'ns',
             ['Pty Ltd', 'Pty. Limited'], ['2', '3', '7', '4'], 9, 1.5, ['.com.au', '.com', '.ai', '.io']),
    'VN': _c('VNM', 'Vietnam', ['Viet Nam', 'Việt Nam', 'Vietnam (VN)', 'Socialist Republic of Vietnam'], '84', '0', ['vietnamese'],
             [('Hanoi', '100000'), ('Ho Chi Minh City', '700000'), ('Da Nang', '550000')], ['Nguyen Hue', 'Le Loi', 'Tran Hung Dao', 'Hai Ba Trung'], 'ns',
             ['Co., Ltd.', 'JSC'], ['24', '28', '236', '90', '91'], 10, 1, ['.vn', '.com.vn', '.com', '.io']),
    'MY': _c('MYS', 'Malaysia', ['Malasia', 'Malaysia (MY)', 'Persekutuan Malaysia'], '60', '0', ['malay', 'chinese', 'indian'],
             [('Kuala Lumpur', '50###'), ('Cyberjaya', '63###'), ('Penang', '10###')], ['Jalan Ampang', 'Jalan Sultan Ismail', 'Persiaran Multimedia'], 'ns',
             ['Sdn. Bhd.', 'Sdn Bhd'], ['3', '4', '12', '17'], 9, 0.8, ['.com.my', '.my', '.com']),
    'IR': _c('IRN', 'Iran', ['Islamic Republic of Iran', 'Iran, Islamic Republic of', 'Persia', 'ایران'], '98', '0', ['persian'], [('Tehran', '1######'), ('Isfahan', '8######')],
             ['Valiasr Street', 'Enghelab Street', 'Motahari Street'], 'ns', ['Co.', 'PJS', 'Ltd.'], ['21', '31', '912', '935'], 10, 0.05, ['.ir', '.com']),
    'UA': _c('UKR', 'Ukraine', ['Україна', 'Ukriane', 'Ukraina'], '380', '0', ['russian'], [('Kyiv', '01###'), ('Lviv', '79###'), ('Kharkiv', '61###')],
             ['Khreshchatyk Street', 'Sahaidachnoho Street', 'Naukova Street'], 'sn', ['LLC', 'TOV'], ['44', '32', '57', '67', '50'], 9, 0.8, ['.com.ua', '.ua', '.com', '.io']),
    'FI': _c('FIN', 'Finland', ['Suomi', 'Finnland', 'Finalnd'], '358', '0', ['nordic'], [('Helsinki', '00###'), ('Espoo', '02###'), ('Oulu', '90###')],
             ['Mannerheimintie', 'Aleksanterinkatu', 'Otakaari'], 'sn', ['Oy', 'Oyj'], ['9', '40', '50', '44'], 9, 0.8, ['.fi', '.com', '.ai']),
}
CC_LIST = list(COUNTRIES)
CC_W = [COUNTRIES[c]['w'] for c in CC_LIST]
CCTLD = {'US': '.us', 'GB': '.co.uk', 'DE': '.de', 'FR': '.fr', 'NL': '.nl', 'CH': '.ch', 'SE': '.se', 'PL': '.pl', 'IE': '.ie', 'EE': '.ee',
         'CY': '.com.cy', 'CN': '.cn', 'HK': '.com.hk', 'TW': '.com.tw', 'SG': '.sg', 'JP': '.co.jp', 'KR': '.co.kr', 'IN': '.in', 'RU': '.ru',
         'KZ': '.kz', 'AM': '.am', 'AE': '.ae', 'TR': '.com.tr', 'IL': '.co.il', 'CA': '.ca', 'BR': '.com.br', 'AU': '.com.au', 'VN': '.vn',
         'MY': '.com.my', 'IR': '.ir', 'UA': '.com.ua', 'FI': '.fi'}
LOCAL_CNAME = {'DE': 'Deutschland', 'FR': 'France', 'NL': 'Nederland', 'CH': 'Schweiz', 'SE': 'Sverige', 'PL': 'Polska', 'CN': '中国', 'HK': '香港',
               'TW': '台灣', 'JP': '日本', 'KR': '대한민국', 'RU': 'Россия', 'KZ': 'Қазақстан', 'AE': 'الإمارات', 'TR': 'Türkiye', 'BR': 'Brasil',
               'VN': 'Việt Nam', 'UA': 'Україна', 'FI': 'Suomi', 'EE': 'Eesti', 'IR': 'ایران', 'IL': 'ישראל', 'AM': 'Հայաստան', 'IE': 'Éire'}

# ---------------------------------------------------------------- people
# Each culture: given names, family names; an entry is either a plain string or
# (latin variants..., native script).  'eastern' cultures put the family name first.
def _v(*a):
    return a


CULTURES = {
    'anglo': dict(g=['James', 'Michael', 'Sarah', 'Emily', 'David', 'Jennifer', 'Robert', 'Jessica', 'Daniel', 'Laura', 'Chris', 'Matthew',
                     'Ashley', 'Ryan', 'Olivia', 'Ethan', 'Hannah', 'John', 'Kevin', 'Rachel', 'Brian', 'Megan', 'Andrew', 'Claire',
                     'Benjamin', 'Grace', 'Samuel', 'Natalie', 'Patrick', 'Victoria', 'Nathan', 'Abigail', 'Tyler', 'Madison', 'Aaron', 'Chloe',
                     'Gregory', 'Heather', 'Jason', 'Kimberly', 'Marcus', 'Nicole', 'Owen', 'Paige', 'Trevor', 'Whitney'],
                  f=['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Taylor', 'Anderson', 'Thomas', 'Moore',
                     'Clark', 'Lewis', 'Walker', 'Hall', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Murphy', "O'Brien",
                     'Adams', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins',
                     'Stewart', 'Morris', 'Rogers', 'Reed', 'Cook', 'Bell', 'Cooper', 'Richardson', 'Cox', 'Howard', 'Ward', 'Peterson', 'Gray', 'Hughes']),
    'german': dict(g=['Lukas', 'Anna', 'Felix', 'Julia', 'Maximilian', 'Sophie', 'Jonas', 'Lena', 'Tobias', 'Katharina', 'Stefan', 'Sabine', 'Jürgen', 'Jörg'],
                   f=['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Groß', 'Köhler']),
    'french': dict(g=['Louis', 'Camille', 'Hugo', 'Chloé', 'Julien', 'Manon', 'Nicolas', 'Léa', 'Thomas', 'Pauline', 'Étienne', 'Hélène'],
                   f=['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèbvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Lefèvre']),
    'dutch': dict(g=['Daan', 'Sanne', 'Bram', 'Lotte', 'Jeroen', 'Femke', 'Thijs', 'Anouk', 'Pieter', 'Maartje'],
                  f=['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van den Berg']),
    'nordic': dict(g=['Erik', 'Anna', 'Lars', 'Maria', 'Johan', 'Karin', 'Mikael', 'Elin', 'Juha', 'Aino', 'Kaspar', 'Liis'],
                   f=['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Virtanen', 'Korhonen', 'Tamm', 'Saar', 'Lindqvist', 'Berg', 'Mäkinen', 'Åberg']),
    'polish': dict(g=['Piotr', 'Anna', 'Krzysztof', 'Katarzyna', 'Tomasz', 'Magdalena', 'Paweł', 'Agnieszka', 'Łukasz'],
                   f=['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Dąbrowski']),
    'greek': dict(g=['Andreas', 'Maria', 'Georgios', 'Eleni', 'Nikos', 'Sofia', 'Christos', 'Katerina'],
                  f=['Georgiou', 'Christodoulou', 'Ioannou', 'Constantinou', 'Nicolaou', 'Papadopoulos', 'Charalambous', 'Michael']),
    'spanish': dict(g=['José', 'María', 'Carlos', 'Lucía', 'Javier', 'Sofía', 'Miguel', 'Valentina'],
                    f=['García', 'Rodríguez', 'Martínez', 'López', 'González', 'Hernández', 'Pérez', 'Sánchez']),
    'portuguese': dict(g=['Lucas', 'Ana', 'Gabriel', 'Mariana', 'Pedro', 'Beatriz', 'Rafael', 'Juliana', 'João'],
                       f=['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Ferreira', 'Gonçalves']),
    'turkish': dict(g=['Mehmet', 'Ayşe', 'Mustafa', 'Fatma', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Oğuz'],
                    f=['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan']),
    'hebrew': dict(g=['Noam', 'Yael', 'Itai', 'Noa', 'Omer', 'Tamar', 'Eitan', 'Maya', 'Avi'],
                   f=['Cohen', 'Levi', 'Mizrahi', 'Peretz', 'Biton', 'Friedman', 'Katz', 'Shapiro', 'Ben-David']),
    'indian': dict(g=['Rahul', 'Priya', 'Amit', 'Anjali', 'Vikram', 'Sneha', 'Arjun', 'Pooja', 'Sanjay', 'Deepika', 'Anil', 'Kavya', 'Rohan', 'Lakshmi',
                      'Aditya', 'Meera', 'Karthik', 'Divya', 'Suresh', 'Neha', 'Varun', 'Shreya', 'Manish', 'Ishita', 'Gaurav', 'Tanvi'],
                   f=['Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Rao', 'Mehta', 'Jain', 'Das', 'Krishnan', 'Banerjee',
                      'Chatterjee', 'Menon', 'Pillai', 'Agarwal', 'Bhat', 'Joshi', 'Kapoor', 'Malhotra', 'Verma', 'Saxena', 'Chopra', 'Desai']),
    'chinese': dict(eastern=True,
                    g=[('Wei', '伟'), ('Fang', '芳'), ('Min', '敏'), ('Jing', '静'), ('Lei', '磊'), ('Jun', '军'), ('Yang', '洋'), ('Yong', '勇'),
                       ('Jie', '杰'), ('Tao', '涛'), ('Ming', '明'), ('Hui', '慧'), ('Xiaoming', 'Xiao Ming', '晓明'), ('Haoran', 'Hao Ran', '浩然'),
                       ('Yuxuan', 'Yu-Xuan', '宇轩'), ('Zihan', 'Zi Han', '子涵'), ('Jianguo', 'Jian Guo', '建国')],
                    f=[('Wang', '王'), ('Li', 'Lee', '李'), ('Zhang', 'Cheung', '张'), ('Liu', 'Lau', '刘'), ('Chen', 'Chan', '陈'), ('Yang', 'Yeung', '杨'),
                       ('Huang', 'Wong', '黄'), ('Zhao', 'Chiu', '赵'), ('Wu', 'Ng', '吴'), ('Zhou', 'Chow', '周'), ('Xu', 'Hsu', '徐'), ('Sun', 'Suen', '孙'),
                       ('Lin', 'Lam', '林'), ('Guo', 'Kwok', '郭')]),
    'japanese': dict(eastern=True,
                     g=[('Hiroshi', '博'), ('Yuki', '由紀'), ('Takeshi', '武'), ('Haruka', '遥'), ('Kenji', '健二'), ('Aiko', '愛子'), ('Daisuke', '大輔'),
                        ('Sakura', 'さくら'), ('Shun', '駿'), ('Yuta', 'Yuuta', '雄太'), ('Kohei', 'Kouhei', '康平')],
                     f=[('Sato', 'Satō', 'Satou', '佐藤'), ('Suzuki', '鈴木'), ('Takahashi', '高橋'), ('Tanaka', '田中'), ('Watanabe', '渡辺'), ('Ito', 'Itō', 'Itoh', '伊藤'),
                        ('Yamamoto', '山本'), ('Nakamura', '中村'), ('Kobayashi', '小林'), ('Kato', 'Katō', 'Katou', '加藤'), ('Ono', 'Ohno', '大野')]),
    'korean': dict(eastern=True,
                   g=[('Min-jun', 'Minjun', 'Min Jun', '민준'), ('Seo-yeon', 'Seoyeon', '서연'), ('Ji-ho', 'Jiho', '지호'), ('Ha-eun', 'Haeun', '하은'),
                      ('Jae-won', 'Jaewon', '재원'), ('Soo-jin', 'Sujin', 'Su-jin', '수진'), ('Dong-hyun', 'Donghyun', '동현'), ('Ye-jin', 'Yejin', '예진'),
                      ('Sung-min', 'Seongmin', '성민')],
                   f=[('Kim', 'Gim', '김'), ('Lee', 'Yi', 'Rhee', '이'), ('Park', 'Pak', 'Bak', '박'), ('Choi', 'Choe', '최'), ('Jung', 'Chung', 'Jeong', '정'),
                      ('Kang', '강'), ('Cho', 'Jo', '조'), ('Yoon', 'Yun', '윤'), ('Shin', 'Sin', '신')]),
    'vietnamese': dict(eastern=True,
                       g=[('Văn Minh', 'Van Minh', 'Minh'), ('Thị Hương', 'Thi Huong', 'Huong'), ('Anh Tuấn', 'Anh Tuan', 'Tuan'), ('Thị Linh', 'Thi Linh', 'Linh'),
                          ('Đức Anh', 'Duc Anh'), ('Thảo', 'Thao'), ('Quang Huy', 'Huy')],
                       f=[('Nguyễn', 'Nguyen'), ('Trần', 'Tran'), ('Lê', 'Le'), ('Phạm', 'Pham'), ('Hoàng', 'Hoang', 'Huynh'), ('Vũ', 'Vu', 'Vo'), ('Đặng', 'Dang')]),
    'russian': dict(g=[('Aleksandr', 'Alexander', 'Alexandr', 'Александр'), ('Dmitry', 'Dmitriy', 'Dmitrii', 'Дмитрий'), ('Sergey', 'Sergei', 'Сергей'),
                       ('Andrey', 'Andrei', 'Андрей'), ('Elena', 'Yelena', 'Jelena', 'Елена'), ('Olga', 'Ольга'), ('Mikhail', 'Michail', 'Михаил'),
                       ('Natalya', 'Natalia', 'Наталья'), ('Yuri', 'Yuriy', 'Iurii', 'Юрий'), ('Tatyana', 'Tatiana', 'Татьяна'), ('Maksim', 'Maxim', 'Максим')],
                    f=[('Ivanov', 'Иванов'), ('Smirnov', 'Смирнов'), ('Kuznetsov', 'Kuznetcov', 'Кузнецов'), ('Popov', 'Попов'), ('Sokolov', 'Соколов'),
                       ('Fedorov', 'Fyodorov', 'Федоров'), ('Volkov', 'Волков'), ('Zaytsev', 'Zaitsev', 'Зайцев'), ('Shcherbakov', 'Scherbakov', 'Щербаков'),
                       ('Vorobyov', 'Vorobiev', 'Vorobyev', 'Воробьёв'), ('Kovalenko', 'Коваленко')],
                    fem=('Elena', 'Olga', 'Natalya', 'Tatyana')),
    'kazakh': dict(g=[('Nursultan', 'Нурсултан'), ('Aigerim', 'Айгерим'), ('Yerlan', 'Erlan', 'Ерлан'), ('Dana', 'Дана'), ('Askar', 'Аскар')],
                   f=[('Nurlanov', 'Нурланов'), ('Seitkali', 'Сейтқали'), ('Zhaksybekov', 'Jaksybekov', 'Жаксыбеков'), ('Abenov', 'Абенов')]),
    'armenian': dict(g=[('Aram', 'Արամ'), ('Anahit', 'Անահիտ'), ('Davit', 'David', 'Դավիթ'), ('Narine', 'Նարինե'), ('Tigran', 'Տիգրան'), ('Lilit', 'Լիլիթ')],
                     f=[('Petrosyan', 'Petrosian', 'Պետրոսյան'), ('Sargsyan', 'Sarkisian', 'Սարգսյան'), ('Hovhannisyan', 'Ovannisyan', 'Հովհաննիսյան'),
                        ('Grigoryan', 'Grigorian', 'Գրիգորյան'), ('Harutyunyan', 'Arutyunyan', 'Հարությունյան'), ('Khachatryan', 'Khachatrian', 'Խաչատրյան')]),
    'arabic': dict(g=[('Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'محمد'), ('Ahmed', 'Ahmad', 'أحمد'), ('Omar', 'Umar', 'عمر'), ('Khalid', 'Khaled', 'خالد'),
                      ('Fatima', 'Fatma', 'فاطمة'), ('Yousef', 'Youssef', 'Yusuf', 'يوسف'), ('Hassan', 'Hasan', 'حسن'), ('Layla', 'Leila', 'ليلى'), ('Ali', 'علي')],
                   f=[('Al Mansouri', 'Al-Mansoori', 'Almansouri', 'المنصوري'), ('Al Hashimi', 'Al-Hashemi', 'الهاشمي'), ('Haddad', 'حداد'), ('Khoury', 'Khouri', 'خوري'),
                      ('Saleh', 'Salih', 'صالح'), ('Abdullah', 'Abdallah', 'عبدالله'), ('Nasser', 'Nasir', 'ناصر'), ('Ali', 'علي'), ('Hussein', 'Hussain', 'حسين')]),
    'persian': dict(g=[('Mohammad', 'Mohammed', 'Muhammad', 'محمد'), ('Reza', 'رضا'), ('Ali', 'علی'), ('Hossein', 'Hosein', 'Hussein', 'حسین'), ('Maryam', 'Mariam', 'مریم'),
                       ('Zahra', 'زهرا'), ('Mehdi', 'Mahdi', 'مهدی'), ('Amir', 'امیر')],
                    f=[('Hosseini', 'Hoseini', 'Husseini', 'حسینی'), ('Rezaei', 'Rezaee', 'Rezai', 'رضایی'), ('Mohammadi', 'Mohamadi', 'محمدی'), ('Karimi', 'کریمی'),
                       ('Ahmadi', 'احمدی'), ('Jafari', 'Jafary', "Ja'fari", 'جعفری'), ('Rahimi', 'رحیمی'), ('Moradi', 'مرادی')]),
    'malay': dict(g=['Ahmad', 'Siti', 'Hafiz', 'Nurul', 'Amir', 'Aisyah', 'Faizal', 'Azlan'], f=['Ismail', 'Abdullah', 'Rahman', 'Hassan', 'Osman', 'Yusof', 'Ibrahim']),
}
NATIVE_SCRIPTS = ('chinese', 'japanese', 'korean', 'russian', 'kazakh', 'armenian', 'arabic', 'persian')
# Names so common that strangers collide on them (used with extra weight)
COMMON_NAMES = [('chinese', 'Wei', 'Zhang'), ('chinese', 'Wei', 'Wang'), ('chinese', 'Jing', 'Li'), ('chinese', 'Min', 'Chen'), ('arabic', 'Mohammed', 'Ali'),
                ('indian', 'Anil', 'Kumar'), ('indian', 'Rahul', 'Sharma'), ('anglo', 'John', 'Smith'), ('anglo', 'David', 'Brown'), ('spanish', 'María', 'García'),
                ('korean', 'Min-jun', 'Kim'), ('russian', 'Aleksandr', 'Ivanov'), ('vietnamese', 'Văn Minh', 'Nguyễn'), ('german', 'Stefan', 'Müller')]

# ---------------------------------------------------------------- company names
PREFIX = ['Deep', 'Neural', 'Quantum', 'Tensor', 'Vector', 'Cortex', 'Lumen', 'Nova', 'Apex', 'Helix', 'Synapse', 'Aether', 'Orbit', 'Pixel',
          'Cogni', 'Sigma', 'Vertex', 'Axon', 'Gradient', 'Latent', 'Kernel', 'Photon', 'Nimbus', 'Strato', 'Echo', 'Atlas', 'Borealis', 'Cedar',
          'Falcon', 'Lattice', 'Mosaic', 'Nordwind', 'Pioneer', 'Quill', 'Riverstone', 'Sable', 'Tidal', 'Umbra', 'Verity', 'Zenith', 'Blue',
          'Silver', 'Bright', 'Clear', 'True', 'Open', 'Hyper', 'Polar', 'Ember', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Kite', 'Maple',
          'Onyx', 'Prism', 'Radiant', 'Summit', 'Terra']
MID = ['Works', 'Logic', 'Forge', 'Scale', 'Flow', 'Sense', 'Path', 'Stack', 'Wave', 'Core', 'Loop', 'Field', 'Grid', 'Bit', 'Shift', 'Sight',
       'Mark', 'Leaf', 'Point', 'Line', 'Bridge', 'Gate', 'Light', 'Spark', 'Stone', 'Craft', 'Mint', 'Nest', 'Peak', 'Vault']
TAIL = ['AI', 'Analytics', 'Robotics', 'Technologies', 'Systems', 'Data', 'Intelligence', 'Computing', 'Research', 'Software', 'Solutions',
        'Digital', 'Vision', 'Bio', 'Health', 'Labs', 'Cloud', 'Dynamics', 'Networks', 'Media']
GENERIC = ['AI Solutions', 'Data Science Consulting', 'Machine Learning Services', 'Cloud Computing Solutions', 'Digital Innovations',
           'Smart Tech', 'Future AI', 'Global AI', 'Tech Solutions', 'AI Consulting', 'Deep Learning Lab', 'Vision AI', 'Data Labs',
           'GPU Services', 'Compute Partners', 'Innovation Labs']
ONSET = ['k', 'z', 'v', 'n', 't', 'r', 'l', 'm', 's', 'd', 'br', 'tr', 'pl', 'qu', 'x', 'sh', 'f', 'g', 'h', 'c', 'p', 'st', 'gr', 'j']
VOWEL = ['a', 'e', 'i', 'o', 'u', 'ai', 'io', 'y', 'ea', 'ou']
CODA = ['', '', 'n', 'r', 'x', 'l', 's', 'th', 'q', 'nt', 'm', 'k']
# pinyin stems with hanzi, for Chinese company names in mixed scripts
CN_STEMS = [('Hengda', '恒达'), ('Huaxin', '华信'), ('Tianyu', '天宇'), ('Zhongke', '中科'), ('Xinghe', '星河'), ('Jinghong', '晶鸿'), ('Ruixin', '瑞芯'),
            ('Hongtu', '宏图'), ('Shengshi', '盛世'), ('Kunpeng', '鲲鹏'), ('Lingyun', '凌云'), ('Haitian', '海天'), ('Dingxin', '鼎信'), ('Yunfan', '云帆'),
            ('Zhihui', '智汇'), ('Boyuan', '博远'), ('Tengyun', '腾云'), ('Xinchuang', '信创'), ('Anxin', '安信'), ('Baiyun', '白云')]
CN_CITY = {'Shenzhen': '深圳', 'Shanghai': '上海', 'Beijing': '北京', 'Hangzhou': '杭州', "Xi'an": '西安'}
CN_IND = [('Technology', '科技'), ('Intelligent Technology', '智能科技'), ('Information Technology', '信息技术'), ('Computing', '计算'), ('Electronics', '电子')]
RU_STEMS = ['Tekhnosfera', 'Vektor', 'Integral', 'Kvant', 'Spektr', 'Signal', 'Orion', 'Polyus', 'Granit', 'Sever', 'Avangard', 'Element',
            'Meridian', 'Impuls', 'Tsifra', 'Almaz', 'Start', 'Rubin', 'Sapfir', 'Volna']
LAT2CYR = [('shch', 'щ'), ('kh', 'х'), ('ts', 'ц'), ('ch', 'ч'), ('sh', 'ш'), ('yu', 'ю'), ('ya', 'я'), ('zh', 'ж'), ('a', 'а'), ('b', 'б'),
           ('v', 'в'), ('g', 'г'), ('d', 'д'), ('e', 'е'), ('z', 'з'), ('i', 'и'), ('y', 'ы'), ('k', 'к'), ('l', 'л'), ('m', 'м'), ('n', 'н'),
           ('o', 'о'), ('p', 'п'), ('r', 'р'), ('s', 'с'), ('t', 'т'), ('u', 'у'), ('f', 'ф'), ('c', 'к'), ('x', 'кс'), ('w', 'в'), ('q', 'к'), ('j', 'дж'), ('h', 'х')]


def to_cyr(s):
    out, i, low = [], 0, s.lower()
    while i < len(low):
        for a, b in LAT2CYR:
            if low.startswith(a, i):
                out.append(b)
                i += len(a)
                break
        else:
            out.append(low[i])
            i += 1
    r = ''.join(out)
    return r[:1].upper() + r[1:]


SUFFIX_ALT = {'Ltd': ['Limited', 'Ltd.', 'LTD'], 'Limited': ['Ltd', 'Ltd.'], 'Inc.': ['Inc', 'Incorporated', 'INC'], 'LLC': ['L.L.C.', 'Llc', 'LLC.'],
              'GmbH': ['G.m.b.H.', 'Gmbh', 'GMBH'], 'Pte. Ltd.': ['Pte Ltd', 'Private Limited', 'PTE. LTD.'], 'Pte Ltd': ['Pte. Ltd.', 'PTE LTD'],
              'Co., Ltd.': ['Co. Ltd', 'Company Limited', 'Co.,Ltd.', 'CO., LTD'], 'B.V.': ['BV', 'B.V'], 'Sdn. Bhd.': ['Sdn Bhd', 'SDN BHD'],
              'Private Limited': ['Pvt. Ltd.', 'Pvt Ltd', 'PRIVATE LIMITED'], 'Pvt. Ltd.': ['Private Limited', 'Pvt Ltd'], 'FZE': ['F.Z.E.', 'FZE LLC'],
              'Corp.': ['Corporation', 'Corp'], 'SAS': ['S.A.S.'], 'AB': ['Aktiebolag', '(publ)'], 'Oy': ['OY', 'Oy Ltd'], 'OÜ': ['OU', 'Ou'],
              'A.Ş.': ['AS', 'A.S.', 'Anonim Şirketi'], 'K.K.': ['Kabushiki Kaisha', 'KK', 'Co., Ltd.'], 'Co., Limited': ['Co Limited', 'Company Limited'],
              'Pty Ltd': ['Pty. Ltd.', 'PTY LTD'], 'Ltda.': ['Ltda', 'LTDA'], 'LLP': ['L.L.P.'], 'AG': ['A.G.'], 'DMCC': ['D.M.C.C.'], 'FZ-LLC': ['FZ LLC', 'FZLLC']}
ABBR = [('Street', 'St.'), ('Avenue', 'Ave'), ('Road', 'Rd'), ('Boulevard', 'Blvd'), ('Drive', 'Dr'), ('straße', 'str.'), ('strasse', 'str.'),
        ('Caddesi', 'Cad.'), ('prospekt', 'pr-t'), ('Lane', 'Ln'), ('Square', 'Sq.')]

# ---------------------------------------------------------------- e-mail, web
FREEMAIL_BY_CUL = {'chinese': ['qq.com', '163.com', '126.com', 'foxmail.com', 'gmail.com', 'outlook.com'],
                   'russian': ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru'], 'kazakh': ['mail.ru', 'gmail.com', 'yandex.kz'],
                   'korean': ['naver.com', 'gmail.com', 'daum.net', 'hanmail.net'], 'japanese': ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp'],
                   'german': ['gmx.de', 'web.de', 'gmail.com', 't-online.de', 'posteo.de'], 'french': ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net'],
                   'indian': ['gmail.com', 'rediffmail.com', 'yahoo.co.in', 'outlook.com'], 'persian': ['gmail.com', 'yahoo.com', 'chmail.ir'],
                   'turkish': ['gmail.com', 'hotmail.com', 'yandex.com.tr']}
FREEMAIL_DEFAULT = ['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'protonmail.com', 'live.com', 'aol.com']
DISPOSABLE = ['mailinator.com', 'guerrillamail.com', '10minutemail.com', 'temp-mail.org', 'sharklasers.com', 'yopmail.com', 'trashmail.com',
              'getnada.com', 'dropmail.me', 'tempmail.plus', 'maildrop.cc', 'emailondeck.com']
FREE_SET = frozenset(d for L in FREEMAIL_BY_CUL.values() for d in L) | frozenset(FREEMAIL_DEFAULT)
DISP_SET = frozenset(DISPOSABLE)
# platform pages typed in the "website" field: (pattern, registrable domain or None = host itself)
PLATFORM_WEB = [('github.com/{s}', 'github.com', 5), ('huggingface.co/{s}', 'huggingface.co', 4), ('linkedin.com/company/{s}', 'linkedin.com', 6),
                ('sites.google.com/view/{s}', 'google.com', 2), ('linktr.ee/{s}', 'linktr.ee', 1.5), ('medium.com/@{s}', 'medium.com', 1),
                ('{s}.github.io', None, 3), ('{s}.vercel.app', None, 2), ('{s}.notion.site', None, 1.5), ('{s}.webflow.io', None, 1),
                ('twitter.com/{s}', 'twitter.com', 1), ('x.com/{s}', 'x.com', 1), ('facebook.com/{s}', 'facebook.com', 1), ('kaggle.com/{s}', 'kaggle.com', 1)]
PLATFORM_W = [p[2] for p in PLATFORM_WEB]
PLATFORM_REGS = frozenset(p[1] for p in PLATFORM_WEB if p[1])

# ---------------------------------------------------------------- fixed places
def _addr(iso, city, pc, street, n, bldg='', unit=''):
    return dict(cc=iso, city=city, pc=pc, street=street, n=n, bldg=bldg, unit=unit, key='%s|%s|%s|%s' % (iso, city, street, n))


# formation-agent / registered-agent addresses (hundreds of companies each)
FORMATION = [
    _addr('HK', 'Sheung Wan', '', "Queen's Road Central", '181', 'Grand Millennium Plaza'),
    _addr('HK', 'Admiralty', '', 'Queensway', '89', 'Lippo Centre, Tower 2'),
    _addr('HK', 'Kowloon', '', 'Nathan Road', '700', 'Hang Seng Mongkok Building'),
    _addr('GB', 'London', 'WC2H 9JQ', 'Shelton Street', '71-75', 'Covent Garden'),
    _addr('GB', 'London', 'N1 7GU', 'Wenlock Road', '20-22'),
    _addr('US', 'Wilmington', 'DE 19801', 'Orange Street', '1209'),
    _addr('US', 'Sheridan', 'WY 82801', 'N Gould Street', '30'),
    _addr('US', 'Dover', 'DE 19901', 'The Green', '8'),
    _addr('EE', 'Tallinn', '15551', 'Sepapaja tn', '6'),
    _addr('AE', 'Dubai', '', 'Meydan Road', '', 'Meydan Grandstand, 6th floor'),
    _addr('AE', 'Sharjah', '', 'Sheikh Mohammed Bin Zayed Road', 'E311', 'Sharjah Publishing City Free Zone'),
    _addr('AE', 'Dubai', '', 'Jumeirah Lake Towers', 'Cluster I', 'Platinum Tower'),
    _addr('SG', 'Singapore', '079903', 'Anson Road', '10', 'International Plaza'),
    _addr('CY', 'Limassol', '3026', 'Arch. Makariou III Avenue', '155', 'Proteas House'),
    _addr('KZ', 'Astana', '010000', 'Mangilik El Avenue', '55/8', 'Astana Hub'),
    _addr('AM', 'Yerevan', '0010', 'Northern Avenue', '1'),
    _addr('MY', 'Kuala Lumpur', '50450', 'Jalan Sultan Ismail', '1', 'Menara Prestige'),
]
# prestige towers and innovation hubs (many unrelated tenants, different floors)
TOWERS = [
    _addr('GB', 'London', 'E14 5AB', 'Canada Square', '1', 'One Canada Square'),
    _addr('SG', 'Singapore', '048616', 'Raffles Place', '1', 'One Raffles Place'),
    _addr('HK', 'Central', '', 'Finance Street', '8', 'Two International Finance Centre'),
    _addr('US', 'San Francisco', 'CA 94105', 'Mission Street', '415', 'Salesforce Tower'),
    _addr('US', 'New York', 'NY 10007', 'World Trade Center', '1'),
    _addr('DE', 'Berlin', '10785', 'Potsdamer Platz', '1'),
    _addr('JP', 'Tokyo', '106-6108', 'Roppongi', '6-10-1', 'Roppongi Hills Mori Tower'),
    _addr('IN', 'Bengaluru', '560103', 'Outer Ring Road', '', 'Embassy Tech Village'),
    _addr('AE', 'Dubai', '', 'Sheikh Zayed Road', '', 'Emirates Towers'),
    _addr('NL', 'Amsterdam', '1077 XX', 'Strawinskylaan', '1', 'World Trade Center'),
    _addr('IL', 'Tel Aviv', '6701101', 'Menachem Begin Road', '132', 'Azrieli Center'),
    _addr('KR', 'Seoul', '05551', 'Olympic-ro', '300', 'Lotte World Tower'),
    _addr('CA', 'Toronto', 'ON M5G 1L7', 'College Street', '101', 'MaRS Centre'),
    _addr('CN', 'Shanghai', '200120', 'Century Avenue', '100', 'Shanghai World Financial Center'),
]
SECURITY_PROXIES = ['zscaler', 'netskope', 'cf-warp', 'prisma', 'forcepoint']
CLOUDS = ['aws', 'gcp', 'azure', 'oracle', 'ci-runners', 'colab', 'kaggle-kernels', 'paperspace']
HOSTERS = ['hetzner', 'ovh', 'digitalocean', 'contabo', 'vultr', 'linode', 'selectel', 'aliyun-hk', 'timeweb', 'm247']
RES_OCTETS = [24, 67, 68, 71, 73, 76, 81, 82, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 98, 99, 101, 106, 110, 112, 113, 114, 115,
              116, 117, 118, 119, 121, 122, 123, 124, 125, 171, 175, 176, 178, 180, 182, 183, 186, 187, 189, 190, 191, 196, 197, 201, 210,
              211, 212, 213, 217, 218, 219, 220, 221, 222, 223]
V6_PFX = [0x2a02, 0x2001, 0x2600, 0x2405, 0x2400, 0x2a01, 0x2603, 0x2804, 0x240e, 0x2a00]
PLACEHOLDER = dict(
    phone=['0000000000', '+1 555 0100', '000-000-0000', 'N/A', '123456789', '+00 000 000', '1234567890', '-'],
    reg=['N/A', 'n/a', 'none', '0', '000000', 'pending', 'applied for', '-', 'TBD', 'not registered', 'individual', '123456'],
    address=['N/A', 'TBD', 'Remote', '-', 'Online', 'none', 'same as billing', 'Home office'],
    website=['n/a', 'none', '-', 'N/A', 'coming soon', 'localhost'],
    email=['test@test.com', 'noreply@example.com', 'none@none.com', 'a@a.com', 'billing@example.com'])

# ---------------------------------------------------------------- sales reps
# Each rep types consistently; 'self' = self-serve sign-up, style drawn per record.
REPS = [
    dict(id='rep-anna', cs='iso2', ps='e164', ns='asis', as_='full', pe='fl', ws='https_www', ph=0.0, drop=0.05),
    dict(id='rep-bjorn', cs='name', ps='intl_spaced', ns='asis', as_='abbr', pe='fl', ws='bare', ph=0.0, drop=0.1),
    dict(id='rep-carlos', cs='name', ps='national', ns='upper', as_='upper', pe='LF', ws='bare', ph=0.0, drop=0.15),
    dict(id='rep-dana', cs='iso3', ps='intl00', ns='suffix_alt', as_='full', pe='l_f', ws='http', ph=0.0, drop=0.1),
    dict(id='rep-eli', cs='alt', ps='paren', ns='asis', as_='country', pe='fl', ws='www', ph=0.6, drop=0.2),
    dict(id='rep-fumiko', cs='local', ps='national', ns='asis', as_='full', pe='LF', ws='https_www', ph=0.0, drop=0.05),
    dict(id='rep-gus', cs='iso2', ps='intl_spaced', ns='nosuffix', as_='nopost', pe='init', ws='bare', ph=0.1, drop=0.25),
    dict(id='rep-hana', cs='name', ps='e164_ext', ns='asis', as_='multi', pe='fl', ws='path', ph=0.0, drop=0.1),
    dict(id='rep-igor', cs='lower', ps='intl00', ns='asis', as_='abbr', pe='LF', ws='http', ph=0.05, drop=0.1),
    dict(id='rep-jules', cs='name', ps='011', ns='upper', as_='upper', pe='fl', ws='bare', ph=0.0, drop=0.15),
]
SELF = dict(id='self')
CS_OPTS = ['iso2', 'iso2', 'name', 'name', 'name', 'iso3', 'alt', 'lower', 'local']
PS_OPTS = ['e164', 'intl_spaced', 'intl_spaced', 'national', 'national', 'intl00', 'paren', 'dashes']
NS_OPTS = ['asis'] * 6 + ['upper', 'lower', 'nosuffix', 'suffix_alt']
AS_OPTS = ['full', 'full', 'full', 'abbr', 'upper', 'nopost', 'country', 'multi', 'lower']
PE_OPTS = ['fl', 'fl', 'fl', 'LF', 'l_f', 'init', 'lower']
WS_OPTS = ['https_www', 'bare', 'bare', 'https', 'http', 'www', 'path', 'upper']


# ---------------------------------------------------------------- the world
class World:
    def __init__(self, N, seed):
        self.N = N
        self.rng = random.Random('linkage_gen17|%d|%s' % (N, seed))
        self.seed = seed
        self.pk = 0          # person counter
        self.kc = 0          # generic object counter
        self.domains = {}
        self.blocks = {}     # used /24 bases
        self.de_regs, self.ae_regs = [], []
        rng = self.rng
        s = max(1, N // 1000)
        # IP pools ------------------------------------------------------------
        self.proxy = {p: [self.block24() for _ in range(rng.randint(3, 7))] for p in SECURITY_PROXIES}
        self.proxy_ips = {p: [self.ip_in(b) for b in self.proxy[p] for _ in range(6)] for p in SECURITY_PROXIES}
        self.cloud = {c: [self.block24() for _ in range(12 if c in ('aws', 'gcp', 'azure') else 5)] for c in CLOUDS}
        self.hoster = {c: [self.block24() for _ in range(15)] for c in HOSTERS}
        # organisations -------------------------------------------------------
        self.universities = [self.make_univ() for _ in range(max(5, N // 2500))]
        self.govlabs = [self.make_govlab() for _ in range(max(3, N // 6000))]
        self.msps = [self.make_msp() for _ in range(max(3, N // 1200))]
        self.accels = [self.make_accel() for _ in range(max(2, N // 5000))]
        self.hackathons = [self.make_hackathon() for _ in range(max(2, N // 6000))]
        self.nominees = [self.person(cul=rng.choice(['chinese', 'anglo', 'arabic', 'indian', 'greek', 'russian'])) for _ in range(max(4, N // 3000))]
        self.enterprise_domains = []   # filled as enterprises are created (moonlighting employees)
        self.listed_names = []         # filled as listed parties are created (look-alikes)
        self.vcs = ['%s %s' % (rng.choice(PREFIX), rng.choice(['Ventures', 'Capital', 'Partners', 'Capital Fund II LP', 'Growth Fund III LP', 'Seed Fund I LP']))
                    for _ in range(max(8, N // 2500))]
        # public things: shared by strangers, never counted as a network's own trace
        self.public_nets = {}
        for L in list(self.proxy.values()) + list(self.cloud.values()) + list(self.hoster.values()):
            for b in L:
                self.public_nets[b] = 1
        for o in self.universities + self.govlabs:
            for b in o['blocks']:
                self.public_nets[b] = 1
        for o in self.msps + self.accels + self.hackathons:
            self.public_nets[o['block']] = 1
        self.public_addr = {a['key']: 1 for a in FORMATION + TOWERS}
        for o in self.universities + self.govlabs + self.accels + self.hackathons + self.msps:
            self.public_addr[o['addr']['key']] = 1
        self.public_phone = {o['phone']['key']: 1 for o in self.universities + self.govlabs + self.accels + self.msps}
        self.public_dom = {o['dom']: 1 for o in self.universities + self.govlabs + self.msps}
        self.public_person = {p['k']: 1 for p in self.nominees}
        self.public_card = {m['card']['id']: 1 for m in self.msps}
        self.public_key = {k['id']: 1 for m in self.msps for k in m['keys']}

    # --------------------------------------------------------------- primitives
    def nid(self):
        self.kc += 1
        return self.kc

    def pick_cc(self):
        return self.rng.choices(CC_LIST, CC_W)[0]

    def person(self, cul=None, cc=None, common=None):
        rng = self.rng
        if cul is None:
            cul = rng.choice(COUNTRIES[cc or 'US']['cul'])
        C = CULTURES[cul]
        if common is None:
            common = rng.random() < 0.05
        g = f = None
        if common:
            cands = [x for x in COMMON_NAMES if x[0] == cul]
            if cands:
                _, gg, ff = rng.choice(cands)
                g = next(e for e in C['g'] if (e if isinstance(e, str) else e[0]) == gg)
                f = next(e for e in C['f'] if (e if isinstance(e, str) else e[0]) == ff)
        if g is None:
            g, f = rng.choice(C['g']), rng.choice(C['f'])

        def split(e):
            e = (e,) if isinstance(e, str) else tuple(e)
            nat = None
            if len(e) > 1 and any(ord(ch) > 0x24F for ch in e[-1]):
                nat, e = e[-1], e[:-1]
            lat = list(e)
            d = deacc(lat[0])
            if d != lat[0] and d not in lat:
                lat.append(d)
            return lat, nat
        gl, gn = split(g)
        fl, fn = split(f)
        if cul == 'russian' and gl[0] in C.get('fem', ()):
            fl = [x + 'a' for x in fl]
            fn = fn + 'а' if fn else fn
        self.pk += 1
        return dict(k=self.pk, cul=cul, g=gl, f=fl, gn=gn, fn=fn, east=C.get('eastern', False), canon='%s %s' % (gl[0], fl[0]))

    def addr(self, cc, unit=None, base=None):
        rng = self.rng
        if base is not None:
            a = dict(base)
            a['unit'] = unit if unit is not None else self.unit(a['cc'])
            return a
        C = COUNTRIES[cc]
        city, pcp = rng.choice(C['cities'])
        pc = ''.join(rng.choice('0123456789') if ch == '#' else rng.choice('ABDEFGHJLNPQRSTUWXYZ') if ch == '@' else ch for ch in pcp)
        street = rng.choice(C['streets'])
        n = str(rng.randint(1, 400)) if rng.random() < 0.85 else '%d%s' % (rng.randint(1, 99), rng.choice('abc'))
        a = _addr(cc, city, pc, street, n)
        a['unit'] = unit if unit is not None else (self.unit(cc) if rng.random() < 0.5 else '')
        return a

    def unit(self, cc):
        rng = self.rng
        f, r = rng.randint(2, 40), rng.randint(1, 30)
        if cc in ('HK',):
            return 'Room %d%02d, %d/F' % (f, r, f)
        if cc in ('SG', 'MY'):
            return '#%02d-%02d' % (f, r)
        if cc in ('CN', 'TW'):
            return 'Room %d%02d' % (f, r)
        if cc in ('JP', 'KR'):
            return '%dF' % f
        if cc in ('US', 'CA'):
            return rng.choice(['Suite %d00' % f, 'Suite %d%02d' % (f, r), 'Floor %d' % f, 'Unit %d' % r])
        if cc in ('GB', 'IE', 'AU', 'AE', 'IN', 'IL'):
            return rng.choice(['Unit %d' % r, 'Floor %d' % f, 'Office %d%02d' % (f, r), 'Level %d' % f])
        return rng.choice(['%d. OG' % (f % 6 + 1), 'Office %d' % r, ''])

    def phone(self, cc, mobile=False):
        rng = self.rng
        C = COUNTRIES[cc]
        area = rng.choice(C['areas'][-3:] if mobile else C['areas'])
        nat = area + ''.join(rng.choice('0123456789') for _ in range(max(4, C['nlen'] - len(area))))
        if cc in ('US', 'CA') and nat[3] in '01':
            nat = nat[:3] + '5' + nat[4:]
        return dict(iso=cc, cc=C['cc'], nat=nat, key='+' + C['cc'] + nat, alen=len(area))

    def reg(self, cc):
        rng = self.rng
        d = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))
        ns = ''
        if cc == 'US':
            r = rng.random()
            if r < 0.55:
                v = d(2) + '-' + d(7)
            elif r < 0.85:
                v, ns = str(rng.randint(3000000, 7999999)), 'Delaware'
            else:
                v, ns = '%d-%s' % (rng.randint(2016, 2024), d(9)), 'Wyoming'
        elif cc == 'GB':
            v = rng.choice(['1', '1', '0', '1']) + d(7) if rng.random() < 0.9 else 'SC' + d(6)
        elif cc == 'DE':
            court, top = rng.choice([('Charlottenburg (Berlin)', 260000), ('München', 290000), ('Hamburg', 185000), ('Frankfurt am Main', 135000),
                                     ('Köln', 110000), ('Darmstadt', 105000), ('Jena', 520000), ('Potsdam', 38000), ('Lübeck', 24000), ('Kiel', 26000)])
            if self.de_regs and rng.random() < 0.03:     # same number, another court
                v = rng.choice(self.de_regs)['v']
            else:
                v = 'HRB %d' % rng.randint(1000 if top > 50000 else 100, top)
            ns = 'Amtsgericht ' + court
        elif cc == 'FR':
            x = d(9)
            v = '%s %s %s' % (x[:3], x[3:6], x[6:])
        elif cc == 'NL':
            v = d(8)
        elif cc == 'CH':
            x = d(9)
            v = 'CHE-%s.%s.%s' % (x[:3], x[3:6], x[6:])
        elif cc == 'SE':
            v = '559%s-%s' % (d(3), d(4))
        elif cc == 'PL':
            v = '0000' + d(6)
        elif cc == 'IE':
            v = str(rng.randint(500000, 760000))
        elif cc == 'EE':
            v = '16' + d(6)
        elif cc == 'CY':
            v = 'HE' + d(6)
        elif cc == 'CN':
            al = '0123456789ABCDEFGHJKLMNPQRTUWXY'
            v = '91' + rng.choice(['4403', '3101', '1101', '3301', '6101']) + '00' + 'MA' + ''.join(rng.choice(al) for _ in range(8)) + rng.choice(al)
        elif cc == 'HK':
            v = str(rng.randint(1000000, 3400000))
        elif cc == 'TW':
            v = d(8)
        elif cc == 'SG':
            v = '%d%s%s' % (rng.randint(2008, 2024), d(5), rng.choice('CDEGHKMNRWZ'))
        elif cc == 'JP':
            v = rng.choice('1234567') + d(12)
        elif cc == 'KR':
            v = '%s-%s-%s' % (d(3), d(2), d(5))
        elif cc == 'IN':
            v = 'U%s%s%dPTC%s' % (rng.choice(['72900', '72200', '74999', '62099']), rng.choice(['KA', 'MH', 'TG', 'DL', 'HR']), rng.randint(2008, 2024), d(6))
        elif cc == 'RU':
            v = '1' + '%02d' % rng.randint(2, 24) + rng.choice(['77', '78', '54', '16', '50']) + d(9)
        elif cc == 'KZ':
            v = '%02d%02d4%s' % (rng.randint(10, 24), rng.randint(1, 12), d(7))
        elif cc == 'AM':
            v = '%s.110.%s' % (d(3), d(5))
        elif cc == 'AE':
            zone = rng.choice(['DMCC', 'IFZA', 'DED', 'RAKEZ', 'SHAMS', 'DIFC', 'Meydan FZ', 'SPC'])
            if self.ae_regs and rng.random() < 0.03:
                v = rng.choice(self.ae_regs)['v']
            else:
                v = str(rng.randint(1000, 60000))
            ns = zone
        elif cc == 'TR':
            v = d(6)
        elif cc == 'IL':
            v = '51-' + d(7)
        elif cc == 'CA':
            v = d(9)
        elif cc == 'BR':
            x = d(8)
            v = '%s.%s.%s/0001-%s' % (x[:2], x[2:5], x[5:], d(2))
        elif cc == 'AU':
            x = d(9)
            v = '%s %s %s' % (x[:3], x[3:6], x[6:])
        elif cc == 'VN':
            v = '0' + rng.choice(['1', '3']) + d(8)
        elif cc == 'MY':
            v = '%s-%s' % (d(7), rng.choice('ADHKMPTUVWX'))
        elif cc == 'IR':
            v = str(rng.randint(10000, 600000))
        elif cc == 'UA':
            v = d(8)
        else:  # FI
            v = '%s-%s' % (d(7), d(1))
        r = dict(iso=cc, v=v, ns=ns)
        if cc == 'DE':
            self.de_regs.append(r)
        if cc == 'AE':
            self.ae_regs.append(r)
        return r

    def card(self):
        return dict(id=h('card', self.seed, self.nid(), self.rng.random(), n=20))

    def key(self):
        return dict(id=self.nid(), blob=self.rng.getrandbits(256).to_bytes(32, 'big'))

    def block24(self):
        rng = self.rng
        while True:
            b = (rng.choice(RES_OCTETS + [5, 8, 13, 18, 34, 35, 37, 45, 46, 51, 52, 54, 78, 80, 104, 138, 141, 144, 146, 147, 149, 151, 157, 159,
                                           162, 164, 165, 167, 168, 170, 172, 185, 188, 192, 193, 194, 195, 198, 199, 204, 205, 206, 207, 208, 209, 216])
                 << 24) | (rng.randint(0, 255) << 16) | (rng.randint(0, 255) << 8)
            if b not in self.blocks:
                self.blocks[b] = 1
                return b

    def ip_in(self, block, host=None):
        return str(ipaddress.IPv4Address(block | (host if host is not None else self.rng.randint(2, 254))))

    def ip_res(self):
        rng = self.rng
        if rng.random() < 0.22:
            return self.v6_in(self.v6_48())
        return '%d.%d.%d.%d' % (rng.choice(RES_OCTETS), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))

    def v6_48(self):
        rng = self.rng
        return (rng.choice(V6_PFX) << 112) | (rng.getrandbits(32) << 80)

    def v6_in(self, p48):
        rng = self.rng
        return str(ipaddress.IPv6Address(p48 | (rng.getrandbits(16) << 64) | (rng.getrandbits(64) if rng.random() < 0.7 else rng.randint(1, 300))))

    def ip_cloud(self, c=None):
        c = c or self.rng.choice(CLOUDS)
        return self.ip_in(self.rng.choice(self.cloud[c]))

    def ip_hoster(self, hname=None):
        hname = hname or self.rng.choice(HOSTERS)
        return self.ip_in(self.rng.choice(self.hoster[hname]))

    def ip_proxy(self):
        rng = self.rng
        p = rng.choices(SECURITY_PROXIES, [5, 3, 3, 2, 1])[0]
        L = self.proxy_ips[p]
        return L[min(len(L) - 1, int(rng.expovariate(0.15)))]   # a few hot egress IPs

    def domain(self, stem, cc, tlds=None):
        rng = self.rng
        s = slugify(stem)[:24] or 'co'
        tl = tlds or COUNTRIES[cc]['tlds']
        for i in range(40):
            t = rng.choice(tl)
            cand = s + t if i < 6 else (rng.choice(['get', 'try', 'use', 'the', '']) + s + rng.choice(['hq', 'ai', 'labs', '', str(rng.randint(1, 99))]) + t)
            if cand not in self.domains and cand not in FREE_SET:
                self.domains[cand] = 1
                return cand
        cand = '%s%d.com' % (s, self.nid())
        self.domains[cand] = 1
        return cand

    # ------------------------------------------------------------- names
    def coined(self):
        rng = self.rng
        s = ''.join(rng.choice(ONSET) + rng.choice(VOWEL) for _ in range(rng.choice([1, 2, 2, 3]))) + rng.choice(CODA)
        return s.capitalize()

    def company_name(self, cc, style=None):
        """returns dict(base, suf, alts, stem, pre) ; pre=True -> suffix written first (OOO)"""
        rng = self.rng
        C = COUNTRIES[cc]
        suf = rng.choice(C['suf'])
        alts = []
        r = rng.random()
        if style == 'generic' or (style is None and r < 0.06):
            stem = rng.choice(GENERIC)
            base = stem
        elif cc == 'CN' and rng.random() < 0.7:
            (py, hz), (ind, indz) = rng.choice(CN_STEMS), rng.choice(CN_IND)
            city = rng.choice(list(CN_CITY))
            stem = py
            base = '%s %s %s' % (city, py, ind)
            suf = 'Co., Ltd.'
            alts = ['%s%s%s有限公司' % (CN_CITY[city], hz, indz), '%s%s %s Co., Ltd.' % (CN_CITY[city], hz, ind), '%s %s%s有限公司' % (city, py, indz)]
        elif cc in ('RU', 'KZ', 'UA') and rng.random() < 0.7:
            stem = rng.choice(RU_STEMS) + rng.choice(['', '', 'Tech', 'Soft', 'Lab', 'Invest', 'Telecom'])
            base = stem
            suf = rng.choice(['OOO', 'OOO', 'AO', 'LLC'] if cc == 'RU' else ['LLP', 'TOO', 'LLC'])
            cy = to_cyr(stem)
            alts = ['ООО «%s»' % cy, 'OOO "%s"' % stem, '%s LLC' % stem, 'ООО %s' % stem]
        else:
            if r < 0.5:
                stem = self.coined()
            else:
                stem = rng.choice(PREFIX) + rng.choice(['', '', ' ']) + rng.choice(MID)
            tail = rng.choice(TAIL) if rng.random() < 0.6 else ''
            base = (stem + ' ' + tail).strip()
            if cc == 'JP' and rng.random() < 0.3:
                alts = ['株式会社' + stem]
        return dict(base=base, suf=suf, alts=alts, stem=stem, pre=suf in ('OOO', 'AO', 'TOO'))

    # ------------------------------------------------------------- organisations
    def make_univ(self):
        rng = self.rng
        cc = rng.choices(['US', 'GB', 'DE', 'CN', 'JP', 'KR', 'IN', 'SG', 'CA', 'IL', 'NL', 'CH', 'FR', 'AU'], [8, 3, 3, 3, 2, 2, 3, 1, 2, 1, 1, 1, 1, 1])[0]
        city = rng.choice(COUNTRIES[cc]['cities'])[0]
        nm = rng.choice(['University of %s', '%s Institute of Technology', '%s University', '%s University of Science and Technology']) % city
        suf = {'US': '.edu', 'GB': '.ac.uk', 'DE': '.de', 'CN': '.edu.cn', 'JP': '.ac.jp', 'KR': '.ac.kr', 'IN': '.ac.in', 'SG': '.edu.sg', 'CA': '.ca',
               'IL': '.ac.il', 'NL': '.nl', 'CH': '.ch', 'FR': '.fr', 'AU': '.edu.au'}[cc]
        cs = slugify(city)[:10]
        dom = self.domain(self.rng.choice([cs, cs + 'u', cs + 'tech', 'u' + cs, cs + '-univ', 'uni-' + cs]), cc, [suf])
        blocks = [self.block24() for _ in range(rng.randint(1, 3))]
        return dict(name=nm, cc=cc, dom=dom, addr=self.addr(cc, unit=''), blocks=blocks, phone=self.phone(cc), v6=self.v6_48(),
                    depts=['Computer Science', 'Physics', 'Bioengineering', 'Electrical Engineering', 'Robotics Institute', 'Chemistry', 'Linguistics', 'Medicine'])

    def make_govlab(self):
        rng = self.rng
        cc = rng.choice(['US', 'US', 'GB', 'DE', 'FR', 'JP', 'KR', 'IN', 'SG', 'CN'])
        topic = rng.choice(['Advanced Computing', 'Energy Research', 'Atmospheric Science', 'Materials Science', 'Fusion Studies', 'Space Science',
                            'Public Health Data', 'Climate Modelling', 'Nuclear Physics'])
        nm = rng.choice(['National Laboratory for %s', 'Institute of %s', 'Federal Centre for %s', 'National %s Agency']) % topic
        ab = ''.join(w[0] for w in nm.split() if w[0].isupper()).lower()
        suf = {'US': '.gov', 'GB': '.gov.uk', 'DE': '.bund.de', 'FR': '.gouv.fr', 'JP': '.go.jp', 'KR': '.re.kr', 'IN': '.gov.in', 'SG': '.gov.sg', 'CN': '.ac.cn'}[cc]
        dom = self.domain(ab, cc, [suf])
        return dict(name=nm, cc=cc, dom=dom, addr=self.addr(cc, unit=''), blocks=[self.block24()], phone=self.phone(cc),
                    groups=['HPC Group', 'Data Science Division', 'Imaging Section', 'Modelling Unit', 'AI Initiative', 'Theory Group'])

    def make_msp(self):
        rng = self.rng
        cc = rng.choice(['US', 'US', 'GB', 'DE', 'IN', 'IN', 'SG', 'NL', 'AE', 'PL', 'IL', 'CA', 'HK', 'TR'])
        co = self.company_name(cc)
        co['base'] = co['stem'] + ' ' + rng.choice(['IT Services', 'Cloud Partners', 'Managed Services', 'Systems Integration', 'Consulting',
                                                     'Digital', 'Technologies', 'Infotech', 'DevOps'])
        engineers = [self.person(cc=cc) for _ in range(rng.randint(1, 3))]
        blk = self.block24()
        return dict(co=co, cc=cc, dom=self.domain(co['stem'] + rng.choice(['it', 'cloud', '', 'tech']), cc), engineers=engineers,
                    keys=[self.key() for _ in engineers], block=blk, ips=[self.ip_in(blk) for _ in range(rng.randint(1, 3))],
                    phone=self.phone(cc), card=self.card(), addr=self.addr(cc), reg=self.reg(cc), proc='stripe')

    def make_accel(self):
        rng = self.rng
        cc = rng.choice(['US', 'US', 'GB', 'DE', 'FR', 'SG', 'IN', 'IL', 'CA', 'KR', 'AE'])
        nm = rng.choice(['%s Ventures Accelerator', '%s Launchpad', '%s AI Incubator', '%s Founders Program', '%s Startup Studio']) % rng.choice(PREFIX)
        blk = self.block24()
        return dict(name=nm, cc=cc, addr=self.addr(cc, unit=''), block=blk, ips=[self.ip_in(blk) for _ in range(3)], phone=self.phone(cc))

    def make_hackathon(self):
        rng = self.rng
        cc = rng.choice(['US', 'GB', 'DE', 'IN', 'SG', 'FR', 'CA', 'KR', 'JP'])
        blk = self.block24()
        return dict(cc=cc, addr=self.addr(cc, unit=''), ips=[self.ip_in(blk) for _ in range(rng.randint(1, 2))], block=blk)

    # ------------------------------------------------------------- records
    def new_rec(self, party, arch, cc, pres, ch=None, **kw):
        rng = self.rng
        if ch is None:
            ch = SELF
        elif ch == 'sales':
            ch = rng.choice(REPS)
        r = dict(party=party, arch=arch, cc=cc, pres=pres, ch=ch, co=None, person=None, label='', reg=None, regtypo=False, addr=None, phone=None,
                 email=None, web=None, card=None, proc=self.proc_for(cc), directors=[], owners=[], ips=[], keys=[], listed=None, keep=set(),
                 kform=rng.choices(['sha', 'bare', 'pad', 'md5', 'md5bare'], [85, 7, 2, 4, 2])[0],
                 v6form=rng.choices(['c', 'x', 'u', 'b'], [72, 12, 9, 7])[0], v4map=rng.random() < 0.03)
        r.update(kw)
        return r

    def proc_for(self, cc):
        rng = self.rng
        x = rng.random()
        if cc == 'IN' and x < 0.4:
            return 'razorpay'
        if cc in ('AE', 'SG', 'HK') and x < 0.2:
            return 'checkout'
        if cc in ('DE', 'NL', 'FR', 'GB', 'SE', 'PL', 'CH') and x < 0.15:
            return 'adyen'
        return 'braintree' if x > 0.96 else 'stripe'

    def local_part(self, p, free=False):
        rng = self.rng
        g, f = slugify(p['g'][0]), slugify(p['f'][0])
        lp = rng.choice(['%s.%s' % (g, f), '%s%s' % (g[0], f), g, '%s_%s' % (g, f), '%s%s' % (g, f[0]), '%s.%s' % (f, g)])
        if free and rng.random() < 0.5:
            lp += str(rng.choice([rng.randint(1, 99), rng.randint(1970, 2005)]))
        return lp

    def freemail(self, cul):
        return self.rng.choice(FREEMAIL_BY_CUL.get(cul, FREEMAIL_DEFAULT))

    def platform_web(self, slug):
        pat, reg, _ = self.rng.choices(PLATFORM_WEB, PLATFORM_W)[0]
        host = pat.format(s=slug)
        return dict(host=host, reg=reg or host.split('/')[0])

    # company profile shared by startup-like archetypes
    def company_profile(self, cc, style=None, big=False):
        rng = self.rng
        co = self.company_name(cc, style)
        founders = [self.person(cc=cc) for _ in range(rng.choice([1, 1, 2, 2, 3]))]
        dom = self.domain(co['stem'], cc) if (big or rng.random() < 0.85) else None
        if dom and rng.random() < (0.05 if big else 0.25):
            web = self.platform_web(slugify(co['stem']))
        elif dom:
            web = dict(host=dom, reg=dom)
        else:
            web = self.platform_web(slugify(co['stem'])) if rng.random() < 0.6 else None
        blk = self.block24() if (big or rng.random() < 0.5) else None
        addr = self.addr(cc)
        if rng.random() < 0.05:
            addr = self.addr(cc, base=rng.choice([t for t in TOWERS if t['cc'] == cc] or [addr]))
        return dict(cc=cc, co=co, founders=founders, dom=dom, web=web, block=blk, addr=addr, reg=self.reg(cc), phone=self.phone(cc, mobile=not big and rng.random() < 0.4),
                    card=self.card(), keys=[self.key() for _ in range(rng.choice([1, 1, 1, 2, 3]))],
                    ips=[self.ip_in(blk) for _ in range(rng.randint(1, 3))] if blk else [self.ip_res()], vc=None)

    def rec_from_company(self, P, party, arch, pres, ch=None, contact=None):
        rng = self.rng
        r = self.new_rec(party, arch, P['cc'], pres, ch)
        r['co'] = P['co']
        r['reg'] = P['reg']
        r['addr'] = P['addr']
        r['phone'] = P['phone']
        contact = contact or rng.choice(P['founders'])
        if P['dom'] and rng.random() < 0.85:
            r['email'] = (rng.choice([self.local_part(contact)] * 3 + ['billing', 'admin', 'ml', 'ops', 'info', 'it', 'compute', 'team']), P['dom'])
        else:
            r['email'] = (self.local_part(contact, True), self.freemail(contact['cul']))
        r['web'] = P['web']
        r['card'] = P['card']
        r['directors'] = list(P['founders'])
        if P.get('vc'):
            r['owners'] = list(P['founders'][:1]) + [P['vc']]
        else:
            r['owners'] = list(P['founders'][:2])
        r['keys'] = list(P['keys'][:rng.randint(1, len(P['keys']))])
        r['ips'] = list(P['ips'][:rng.randint(1, len(P['ips']))])
        if rng.random() < 0.25:
            r['ips'].append(self.ip_cloud())
        if rng.random() < 0.3:
            r['ips'].append(self.ip_res())
        return r

    def person_profile(self, cc, cul=None):
        rng = self.rng
        p = self.person(cul=cul, cc=cc)
        slug = slugify(p['g'][0])[:1] + slugify(p['f'][0]) + (str(rng.randint(1, 999)) if rng.random() < 0.5 else '')
        return dict(cc=cc, p=p, email=(self.local_part(p, True), self.freemail(p['cul'])), phone=self.phone(cc, mobile=True),
                    addr=self.addr(cc, unit=('Apt %d' % rng.randint(1, 80)) if rng.random() < 0.4 else ''), card=self.card(), key=self.key(),
                    home=self.ip_res(), slug=slug,
                    web=self.platform_web(slug) if rng.random() < 0.3 else None)

    def rec_from_person(self, Q, party, arch, pres='self_ind', ch=None):
        rng = self.rng
        r = self.new_rec(party, arch, Q['cc'], pres, ch)
        r['person'] = Q['p']
        r['email'] = Q['email']
        r['phone'] = Q['phone']
        r['addr'] = Q['addr']
        r['card'] = Q['card']
        r['keys'] = [Q['key']]
        r['ips'] = [Q['home']]
        r['web'] = Q['web']
        x = rng.random()
        if x < 0.2:
            r['ips'].append(self.ip_cloud(rng.choice(['colab', 'kaggle-kernels', 'paperspace', 'aws', 'gcp'])))
        elif x < 0.3:
            r['ips'].append(self.ip_res())
        return r

    # ------------------------------------------------------------- ip helpers
    def net_of(self, ip):
        if ':' in ip:
            return ('6', int(ipaddress.IPv6Address(ip)) >> 80)
        a = ip.split('.')
        return ('4', (int(a[0]) << 24) | (int(a[1]) << 16) | (int(a[2]) << 8))

    def is_public_ip(self, ip):
        f, n = self.net_of(ip)
        return f == '4' and n in self.public_nets

    def same_net(self, ip):
        f, n = self.net_of(ip)
        if f == '6':
            return self.v6_in(n << 80)
        old = int(ip.split('.')[3])
        while True:
            x = self.rng.randint(2, 254)
            if x != old:
                return self.ip_in(n, x)


# ---------------------------------------------------------------- traces / linking
def traces(W, r):
    """non-public evidence a record carries: (kind, value) -> field names"""
    t = {}
    if r['card'] and r['card']['id'] not in W.public_card:
        t[('card', r['proc'], r['card']['id'])] = ('card',)
    md5 = r['kform'].startswith('md5')
    for k in r['keys']:
        if k['id'] not in W.public_key:
            t[('key', k['id'], md5)] = ('keys',)
    for ip in r['ips']:
        if not W.is_public_ip(ip):
            t[('ip', ip)] = ('ips',)
            t[('net', W.net_of(ip))] = ('ips',)
    for fld in ('directors', 'owners'):
        for p in r[fld]:
            if isinstance(p, dict):
                if p['k'] not in W.public_person:
                    t[('person', p['k'])] = (fld,)
            else:
                t[('owner', p)] = (fld,)
    if r['phone'] and r['phone']['key'] not in W.public_phone:
        t[('phone', r['phone']['key'])] = ('phone',)
    if r['email']:
        d = r['email'][2] if len(r['email']) > 2 else r['email'][1]
        if d not in FREE_SET and d not in DISP_SET and d not in W.public_dom:
            t[('edom', d)] = ('email',)
    if r['web'] and r['web']['reg'] not in PLATFORM_REGS and r['web']['reg'] not in W.public_dom:
        t[('wdom', r['web']['reg'])] = ('web',)
    if r['addr'] and r['addr']['key'] not in W.public_addr:
        t[('addr', r['addr']['key'])] = ('addr',)
    if r['reg'] and not r['regtypo']:
        t[('reg', r['reg']['v'])] = ('reg',)
    return t


def link(W, src, dst, kind):
    rng = W.rng
    if kind == 'card':
        if not src['card'] or src['card']['id'] in W.public_card:
            src['card'] = W.card()
        dst['card'], dst['proc'] = src['card'], src['proc']
        f = ('card',)
    elif kind == 'key':
        priv = [k for k in src['keys'] if k['id'] not in W.public_key]
        if not priv:
            priv = [W.key()]
            src['keys'].append(priv[0])
        dst['keys'].append(rng.choice(priv))
        dst['kform'] = src['kform'] if src['kform'].startswith('md5') or not dst['kform'].startswith('md5') else 'sha'
        f = ('keys',)
    elif kind in ('ip', 'net'):
        priv = [ip for ip in src['ips'] if not W.is_public_ip(ip)]
        if not priv:
            priv = [W.ip_in(W.block24())]
            src['ips'].append(priv[0])
        ip = rng.choice(priv)
        dst['ips'].append(ip if kind == 'ip' else W.same_net(ip))
        f = ('ips',)
    elif kind == 'person':
        c = [p for p in src['directors'] + src['owners'] if isinstance(p, dict) and p['k'] not in W.public_person]
        if not c:
            c = [W.person(cc=src['cc'])]
            src['directors'].append(c[0])
        dst['directors'].append(rng.choice(c))
        dst['translit'] = True
        f = ('directors', 'owners')
    elif kind == 'owner':
        c = [p for p in src['owners'] if isinstance(p, str) or p['k'] not in W.public_person]
        if not c:
            c = [W.person(cc=src['cc'])]
            src['owners'].append(c[0])
        dst['owners'].append(rng.choice(c))
        f = ('owners',)
    elif kind == 'phone':
        if not src['phone'] or src['phone']['key'] in W.public_phone:
            src['phone'] = W.phone(src['cc'])
        dst['phone'] = src['phone']
        f = ('phone',)
    elif kind == 'edom':
        d = src['email'][2] if src['email'] and len(src['email']) > 2 else (src['email'][1] if src['email'] else None)
        if not d or d in FREE_SET or d in DISP_SET or d in W.public_dom:
            d = W.domain((src['co'] or {}).get('stem') or W.coined(), src['cc'])
            src['email'] = (rng.choice(['admin', 'ops', 'billing', 'info']), d)
        dst['email'] = (rng.choice(['admin', 'ops', 'billing', 'it', 'gpu', 'tech', 'finance', 'support']), d)
        f = ('email',)
    elif kind == 'web':
        w = src['web']
        if not w or w['reg'] in PLATFORM_REGS or w['reg'] in W.public_dom:
            d = W.domain((src['co'] or {}).get('stem') or W.coined(), src['cc'])
            src['web'] = w = dict(host=d, reg=d)
        dst['web'] = dict(host=rng.choice(['%s.%s' % (rng.choice(['app', 'cloud', 'portal', 'hk', 'asia', 'shop', 'en']), w['reg']),
                                           '%s/%s' % (w['reg'], rng.choice(['partners', 'about', 'hk', 'contact']))]), reg=w['reg'])
        f = ('web',)
    elif kind == 'addr':
        if not src['addr'] or src['addr']['key'] in W.public_addr:
            src['addr'] = W.addr(src['cc'])
        dst['addr'] = W.addr(src['addr']['cc'], base=src['addr'])
        f = ('addr',)
    else:  # reg
        if not src['reg']:
            src['reg'] = W.reg(src['cc'])
        dst['reg'], dst['regtypo'] = src['reg'], False
        f = ('reg',)
    for x in f:
        src['keep'].add(x)
        dst['keep'].add(x)


def ensure_connected(W, ms, kinds):
    """each member shares >=1 non-public trace with an earlier member; used fields are protected"""
    rng = W.rng
    ks, kw = [k for k, _ in kinds], [w for _, w in kinds]
    T = [traces(W, ms[0])]
    for i in range(1, len(ms)):
        ti = traces(W, ms[i])
        hit = None
        order = list(range(i))
        rng.shuffle(order)
        for j in order:
            common = [k for k in ti if k in T[j]]
            if common:
                hit = (j, common[0])
                break
        if hit:
            j, tr = hit
            for x in ti[tr] + T[j][tr]:
                ms[i]['keep'].add(x)
                ms[j]['keep'].add(x)
        else:
            j = rng.randrange(i)
            link(W, ms[j], ms[i], rng.choices(ks, kw)[0])
            T[j] = traces(W, ms[j])
            ti = traces(W, ms[i])
        T.append(ti)


# ---------------------------------------------------------------- solo archetypes
def solo_startup(W):
    rng = W.rng
    P = W.company_profile(W.pick_cc())
    if rng.random() < 0.12:
        P['vc'] = rng.choice(W.vcs)
    sales = rng.random() < 0.35
    return [W.rec_from_company(P, None, 'startup', 'sales' if sales else 'self_co', 'sales' if sales else None)]


def solo_individual(W):
    Q = W.person_profile(W.pick_cc())
    return [W.rec_from_person(Q, None, 'individual')]


def solo_enterprise(W):
    rng = W.rng
    cc = rng.choices(['US', 'GB', 'DE', 'JP', 'KR', 'FR', 'IN', 'CN', 'CA', 'NL', 'CH', 'SE', 'TW', 'IL'], [10, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1])[0]
    P = W.company_profile(cc, big=True)
    r = W.rec_from_company(P, None, 'enterprise1', 'sales', 'sales')
    if rng.random() < 0.5:
        r['ips'] = [W.ip_proxy() for _ in range(rng.randint(1, 2))] + r['ips'][:rng.randint(0, 1)]
    if rng.random() < 0.45:
        r['card'] = None
    W.enterprise_domains.append((P['dom'], cc))
    return [r]


def _inst_member(W, U, arch):
    rng = W.rng
    p = W.person(cc=U['cc'])
    r = W.new_rec(None, arch, U['cc'], 'self_co')
    unit = rng.choice(U.get('depts') or U.get('groups'))
    if rng.random() < 0.5:
        r['person'] = p
    else:
        base = rng.choice(['%s - %s' % (U['name'], unit), '%s Lab, %s' % (deacc(p['f'][0]), U['name']), '%s (%s)' % (unit, U['name'])])
        r['co'] = dict(base=base, suf='', alts=[], stem=base, pre=False)
        r['directors'] = [p]
    sub = rng.choice(['', '', 'cs.', 'mail.', 'eng.', 'stud.', 'alumni.'])
    r['email'] = (W.local_part(p), sub + U['dom'], U['dom'])
    r['ips'] = [W.ip_in(rng.choice(U['blocks']))]
    if rng.random() < 0.2:
        r['ips'].append(W.v6_in(U['v6']) if 'v6' in U else W.ip_res())
    if rng.random() < 0.6:
        r['addr'] = W.addr(U['cc'], base=U['addr'], unit=rng.choice(['Building %d' % rng.randint(1, 40), 'Room %d' % rng.randint(100, 999), unit, '']))
    r['phone'] = U['phone'] if rng.random() < 0.4 else W.phone(U['cc'])
    r['card'] = W.card() if rng.random() < 0.7 else None
    r['keys'] = [W.key()]
    if rng.random() < 0.2:
        r['web'] = dict(host='%s/~%s' % (U['dom'], slugify(p['f'][0])), reg=U['dom'])
    return r


def solo_univ(W):
    return [_inst_member(W, W.rng.choice(W.universities), 'univ_group')]


def solo_govlab(W):
    return [_inst_member(W, W.rng.choice(W.govlabs), 'govlab_group')]


def msp_own(W, M):
    rng = W.rng
    r = W.new_rec(None, 'msp_self', M['cc'], 'sales', 'sales')
    r.update(co=M['co'], reg=M['reg'], addr=M['addr'], phone=M['phone'], email=('accounts', M['dom']), web=dict(host=M['dom'], reg=M['dom']),
             card=M['card'], proc=M['proc'], directors=M['engineers'][:1], owners=M['engineers'][:1], ips=list(M['ips']), keys=list(M['keys']))
    return r


def solo_msp_client(W):
    rng = W.rng
    M = rng.choice(W.msps)
    cc = M['cc'] if rng.random() < 0.6 else W.pick_cc()
    P = W.company_profile(cc)
    r = W.rec_from_company(P, None, 'msp_client', 'sales', 'sales' if rng.random() < 0.6 else None)
    ei = rng.randrange(len(M['engineers']))
    if rng.random() < 0.7:
        r['keys'] = r['keys'][:rng.randint(0, 1)] + [M['keys'][ei]]
    if rng.random() < 0.6:
        r['ips'] = r['ips'][:rng.randint(0, 1)] + [rng.choice(M['ips'])]
    if rng.random() < 0.3:
        r['email'] = (W.local_part(M['engineers'][ei]), M['dom'])
    if rng.random() < 0.2:
        r['phone'] = M['phone']
    if rng.random() < 0.1:
        r['card'], r['proc'] = M['card'], M['proc']
    return [r]


def solo_accel(W):
    rng = W.rng
    A = rng.choice(W.accels)
    P = W.company_profile(A['cc'] if rng.random() < 0.7 else W.pick_cc())
    r = W.rec_from_company(P, None, 'accel_startup', 'self_co')
    if rng.random() < 0.6:
        r['addr'] = W.addr(A['cc'], base=A['addr'], unit=rng.choice(['', 'Desk %d' % rng.randint(1, 200), 'c/o ' + A['name'], 'Floor %d' % rng.randint(1, 4)]))
    if rng.random() < 0.5:
        r['ips'] = [rng.choice(A['ips'])] + r['ips'][:rng.randint(0, 1)]
    if rng.random() < 0.15:
        r['phone'] = A['phone']
    return [r]


def solo_vps(W):
    rng = W.rng
    if rng.random() < 0.6:
        r = solo_individual(W)[0]
    else:
        r = solo_startup(W)[0]
    r['arch'] = 'vps_user'
    r['ips'] = [W.ip_hoster() for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.25:
        r['email'] = (r['email'][0], rng.choice(DISPOSABLE))
    return [r]


def solo_hackathon(W):
    rng = W.rng
    E = rng.choice(W.hackathons)
    Q = W.person_profile(E['cc'] if rng.random() < 0.8 else W.pick_cc())
    r = W.rec_from_person(Q, None, 'hackathon')
    r['ips'] = [rng.choice(E['ips'])] + ([Q['home']] if rng.random() < 0.3 else [])
    if rng.random() < 0.15:
        r['addr'] = E['addr']
    return [r]


def solo_household(W):
    rng = W.rng
    cc = W.pick_cc()
    a, b = W.person_profile(cc), W.person_profile(cc)
    b['addr'], b['home'] = a['addr'], a['home'] if rng.random() < 0.7 else W.same_net(a['home'])
    if rng.random() < 0.07:
        b['card'] = a['card']
    ra, rb = W.rec_from_person(a, None, 'household'), W.rec_from_person(b, None, 'household')
    return [ra, rb]


def solo_moonlight(W):
    rng = W.rng
    if not W.enterprise_domains:
        return solo_individual(W)
    d, cc = rng.choice(W.enterprise_domains)
    Q = W.person_profile(cc)
    r = W.rec_from_person(Q, None, 'employee_personal')
    r['email'] = (W.local_part(Q['p']), d)
    if rng.random() < 0.4:
        r['ips'] = [W.ip_proxy()] + r['ips']
    return [r]


RESTRICTED_CC = (['CN', 'RU', 'IR', 'HK', 'KZ', 'AE'], [35, 30, 10, 10, 5, 10])


def solo_listed(W):
    rng = W.rng
    cc = rng.choices(*RESTRICTED_CC)[0]
    P = W.company_profile(cc, big=True)
    r = W.rec_from_company(P, None, 'listed_solo', 'kyc', 'sales')
    r['listed'] = True
    W.listed_names.append(P['co'])
    return [r]


def solo_lookalike(W):
    rng = W.rng
    if not W.listed_names:
        return solo_startup(W)
    L = rng.choice(W.listed_names)
    cc = W.pick_cc()
    P = W.company_profile(cc)
    tail = rng.choice(TAIL + ['Trading', 'Logistics', 'Consulting', 'Foods', 'Holdings'])
    P['co'] = dict(base='%s %s' % (L['stem'], tail), suf=rng.choice(COUNTRIES[cc]['suf']), alts=[], stem=L['stem'], pre=False)
    r = W.rec_from_company(P, None, 'lookalike', 'self_co', 'sales' if rng.random() < 0.5 else None)
    r['listed'] = False
    return [r]


def solo_formation(W):
    rng = W.rng
    F = rng.choice(FORMATION)
    P = W.company_profile(F['cc'])
    r = W.rec_from_company(P, None, 'agent_company', 'sales', 'sales' if rng.random() < 0.5 else None)
    r['addr'] = W.addr(F['cc'], base=F, unit=rng.choice(['', '', 'Suite %d' % rng.randint(1, 900), 'Room %d' % rng.randint(100, 2000)]))
    if rng.random() < 0.3:
        r['directors'] = [rng.choice(W.nominees)] + r['directors'][:1]
    return [r]


SOLO_ARCH = [(solo_startup, 28), (solo_individual, 30), (solo_enterprise, 6), (solo_univ, 6), (solo_govlab, 1.5), (solo_msp_client, 6),
             (solo_accel, 5), (solo_vps, 4), (solo_hackathon, 2.5), (solo_household, 2), (solo_moonlight, 2), (solo_listed, 0.4),
             (solo_lookalike, 0.8), (solo_formation, 4)]


# ---------------------------------------------------------------- network archetypes
def net_crm_dup(W, party, size):
    rng = W.rng
    P = W.company_profile(W.pick_cc(), big=rng.random() < 0.3)
    cc = P['cc']
    ms = [W.rec_from_company(P, party, 'crm_dup', 'sales', 'sales')]
    for i in range(1, size):
        r = W.rec_from_company(P, party, 'crm_dup', rng.choice(['sales', 'self_co']), rng.choice(['sales', None]))
        if rng.random() < 0.2:
            r['co'] = dict(P['co'], base=P['co']['stem'])
        if rng.random() < 0.35:
            r['addr'] = W.addr(cc)          # stale address on one of them
        if rng.random() < 0.3:
            r['phone'] = W.phone(cc)
        if rng.random() < 0.3:
            r['card'] = W.card()            # card re-issued
        if rng.random() < 0.3:
            r['proc'] = W.proc_for(cc)      # billed via another processor
        if rng.random() < 0.1:
            r['regtypo'] = True
        if rng.random() < 0.2:
            r['label'] = rng.choice([' (old)', ' - DUPLICATE', ' [2]', ' (do not use)', ' (merged)', ' - billing'])
        ms.append(r)
    rng.shuffle(ms)
    return ms, [('reg', 3), ('card', 2), ('edom', 3), ('phone', 2), ('web', 2), ('addr', 1)]


TEAM_LABELS = [' - Research', ' (prod)', ' ML Platform', ' - Data Team', ' Vision Team', ' R&D', ' Sandbox', ' Inference', ' - Training Cluster',
               ' Applied AI', ' - EU', ' - US', ' Speech Team', ' (staging)']


def net_team(W, party, size):
    rng = W.rng
    P = W.company_profile(W.pick_cc(), big=rng.random() < 0.4)
    labels = rng.sample(TEAM_LABELS, min(size, len(TEAM_LABELS)))
    ms = []
    for i in range(size):
        emp = W.person(cc=P['cc'])
        r = W.rec_from_company(P, party, 'team_accts', rng.choice(['sales', 'self_co']), rng.choice(['sales', None]), contact=emp)
        r['label'] = labels[i % len(labels)] if (i > 0 or rng.random() < 0.5) else ''
        if P['dom']:
            r['email'] = (W.local_part(emp), P['dom'])
        if rng.random() < 0.4:
            r['card'] = W.card()
        r['keys'] = [W.key()] + (P['keys'][:1] if rng.random() < 0.2 else [])
        if rng.random() < 0.5:
            r['reg'] = None
        ms.append(r)
    return ms, [('edom', 4), ('card', 2), ('net', 2), ('reg', 1)]


def net_rebrand(W, party, size):
    rng = W.rng
    cc = W.pick_cc()
    P = W.company_profile(cc)
    ms = []
    for i in range(size):
        r = W.rec_from_company(P, party, 'rebrand', rng.choice(['sales', 'self_co']), rng.choice(['sales', None]))
        ms.append(r)
        if i == size - 1:
            break
        Q = dict(P)
        ncc = cc if rng.random() < 0.8 else rng.choice(['SG', 'AE', 'US', 'GB', 'EE', 'HK', 'CY', 'NL'])
        Q['co'] = W.company_name(ncc)
        Q['cc'] = ncc
        if rng.random() < 0.7:
            Q['dom'] = W.domain(Q['co']['stem'], ncc)
            Q['web'] = dict(host=Q['dom'], reg=Q['dom'])
        if ncc != cc or rng.random() < 0.5:
            Q['reg'] = W.reg(ncc)
        if rng.random() < 0.5:
            Q['addr'] = W.addr(ncc)
        if rng.random() < 0.6:
            Q['phone'] = W.phone(ncc)
        if rng.random() < 0.6:
            Q['card'] = W.card()
        if rng.random() < 0.6:
            Q['keys'] = [W.key()] + P['keys'][:1]
        Q['founders'] = [p for p in P['founders'] if rng.random() < 0.7] or [W.person(cc=ncc)]
        Q['ips'] = [W.same_net(ip) if rng.random() < 0.5 else ip for ip in P['ips']]
        P, cc = Q, ncc
    for r in ms[:-1]:
        if rng.random() < 0.15:
            r['regtypo'] = True
    return ms, [('reg', 3), ('person', 3), ('card', 2), ('phone', 1), ('addr', 1)]


def net_person(W, party, size):
    rng = W.rng
    cc = W.pick_cc()
    Q = W.person_profile(cc)
    ms = [W.rec_from_person(Q, party, 'person_multi')]
    for i in range(1, size):
        r = W.rec_from_person(Q, party, 'person_multi')
        x = rng.random()
        if x < 0.15:
            r['handle'] = Q['slug']
        elif x < 0.27:
            fam = deacc(Q['p']['f'][0])
            base = rng.choice(['%s Consulting', '%s AI Labs', '%s Data Science', '%s Research'] ) % fam
            r['co'] = dict(base=base, suf=rng.choice(['', ''] + COUNTRIES[cc]['suf']), alts=[], stem=base, pre=False)
            r['directors'] = [Q['p']]
        if rng.random() < 0.8:
            r['email'] = (W.local_part(Q['p'], True), W.freemail(Q['p']['cul']))
        if rng.random() < 0.5:
            r['phone'] = W.phone(cc, mobile=True) if rng.random() < 0.5 else None
        y = rng.random()
        r['ips'] = [Q['home'] if y < 0.25 else W.same_net(Q['home']) if y < 0.6 else W.ip_res()]
        if rng.random() < 0.25:
            r['ips'].append(W.ip_cloud(rng.choice(['colab', 'kaggle-kernels', 'aws'])))
        if rng.random() < 0.4:
            r['keys'] = [W.key()]
        if rng.random() < 0.6:
            r['card'] = W.card()
        if rng.random() < 0.6:
            r['addr'] = W.addr(cc) if rng.random() < 0.5 else None
        ms.append(r)
    return ms, [('key', 3), ('net', 3), ('phone', 2), ('card', 2), ('addr', 1)]


def net_enterprise(W, party, size):
    rng = W.rng
    cc = rng.choices(['US', 'GB', 'DE', 'JP', 'KR', 'FR', 'IN', 'CN', 'CA', 'NL', 'CH', 'SE', 'TW', 'IL'], [10, 3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1])[0]
    P = W.company_profile(cc, big=True)
    co = P['co']
    pdom = P['dom']
    W.enterprise_domains.append((pdom, cc))
    officers = [W.person(cc=cc) for _ in range(rng.randint(2, 4))]
    holding = '%s %s %s' % (co['stem'], rng.choice(['Holdings', 'Group', 'International']), rng.choice(COUNTRIES[cc]['suf']))
    central = W.card()
    corp = W.block24()
    ccdoms = {}
    ms = []
    for i in range(size):
        kind = 'hq' if i == 0 else rng.choices(['sub', 'division', 'acquired', 'lab'], [45, 35, 10, 10])[0]
        scc = cc if kind in ('hq', 'division') else (rng.choice(CC_LIST) if rng.random() < 0.7 else cc)
        Q = W.company_profile(scc, big=True)
        if kind != 'acquired':
            if kind == 'sub':
                base = '%s %s' % (co['base'], rng.choice([COUNTRIES[scc]['name'], scc, COUNTRIES[scc]['cities'][0][0], rng.choice(TAIL)]))
            elif kind == 'lab':
                base = '%s %s (%s)' % (co['stem'], rng.choice(['Research Lab', 'AI Lab', 'Innovation Center', 'Labs']), rng.choice(COUNTRIES[scc]['cities'])[0])
            else:
                base = co['base']
            Q['co'] = dict(base=base, suf=co['suf'] if scc == cc else rng.choice(COUNTRIES[scc]['suf']), alts=[], stem=co['stem'], pre=False)
            x = rng.random()
            if x < 0.55 or scc == cc:
                d = pdom
            else:
                if scc not in ccdoms:
                    ccdoms[scc] = W.domain(co['stem'], scc, [CCTLD[scc]])
                d = ccdoms[scc]
            Q['dom'] = d
            Q['web'] = dict(host=d if rng.random() < 0.7 else '%s.%s' % (scc.lower(), d), reg=d) if rng.random() < 0.9 else dict(host=pdom, reg=pdom)
        if kind in ('hq', 'division'):
            Q['reg'], Q['addr'] = P['reg'], (P['addr'] if rng.random() < 0.6 else Q['addr'])
        r = W.rec_from_company(Q, party, 'enterprise', 'sales', 'sales')
        if kind == 'division':
            r['label'] = rng.choice([' - Autonomous Driving', ' Cloud Division', ' - Healthcare AI', ' Semiconductor Unit', ' - Risk Analytics', ' Media Lab'])
        x = rng.random()
        r['card'] = central if x < 0.35 else (W.card() if x < 0.85 else None)
        r['directors'] = [p for p in officers if rng.random() < 0.4] + r['directors'][:1]
        r['owners'] = ([holding] if rng.random() < 0.5 else []) + ([co['base'] + ' ' + co['suf']] if kind in ('sub', 'acquired') and rng.random() < 0.3 else [])
        ips = []
        if rng.random() < 0.45:
            ips += [W.ip_proxy() for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.4:
            ips.append(W.ip_in(corp))
        r['ips'] = ips or r['ips']
        ms.append(r)
    return ms, [('owner', 3), ('person', 2), ('edom', 3), ('card', 1), ('web', 1)]


TRANSIT = (['HK', 'AE', 'SG', 'TR', 'KZ', 'AM', 'MY', 'CY', 'EE', 'US', 'GB', 'VN'], [20, 15, 10, 8, 6, 5, 6, 5, 5, 6, 6, 3])


def net_evasion(W, party, size):
    rng = W.rng
    care = rng.choices(['careless', 'moderate', 'careful'], [25, 45, 30])[0]
    home = rng.choices(*RESTRICTED_CC)[0]
    C = W.company_profile(home, big=True)
    persons = [W.person(cc=home) for _ in range(rng.randint(2, 4))]
    cards = [W.card() for _ in range(rng.randint(1, 2))]
    keys = [W.key() for _ in range(rng.randint(1, 3))]
    blocks = [W.block24() for _ in range(rng.randint(1, 2))]
    ops = [W.ip_in(b) for b in blocks for _ in range(2)]
    phones = [W.phone(home)] + ([W.phone(rng.choice(TRANSIT[0]))] if rng.random() < 0.5 else [])
    sdom = W.domain(W.coined(), 'HK', ['.com', '.net', '.tech', '.io'])
    ubo = persons[0]
    p_card, p_key, p_ip, p_dir, p_own, p_ph, p_dom = dict(careless=(.5, .6, .7, .7, .6, .35, .3), moderate=(.12, .3, .4, .35, .25, .15, .1),
                                                        careful=(0, 0, 0, 0, 0, 0, 0))[care]
    ms = []
    if rng.random() < 0.4:
        r = W.rec_from_company(C, party, 'evasion', 'kyc', 'sales')
        r['listed'] = True
        r['care'] = care
        r['directors'] = persons[:2]
        r['owners'] = [ubo]
        r['keys'], r['ips'], r['card'] = keys[:1], ops[:1] + r['ips'][:1], cards[0]
        W.listed_names.append(C['co'])
        ms.append(r)
    while len(ms) < size:
        scc = rng.choices(*TRANSIT)[0]
        P = W.company_profile(scc)
        if care == 'careless' or (care == 'moderate' and rng.random() < 0.3):
            P['co'] = dict(base='%s %s' % (C['co']['stem'], rng.choice(['Global', 'International', 'Trading', 'Technology', 'Digital', 'Cloud', 'Capital'])),
                           suf=rng.choice(COUNTRIES[scc]['suf']), alts=[], stem=C['co']['stem'], pre=False)
        elif care == 'careful' and rng.random() < 0.4:
            P['co'] = W.company_name(scc, 'generic')
        if rng.random() < 0.5:
            F = [f for f in FORMATION if f['cc'] == scc]
            if F:
                P['addr'] = W.addr(scc, base=rng.choice(F), unit=rng.choice(['', 'Room %d' % rng.randint(100, 3000), 'Suite %d' % rng.randint(1, 900)]))
        r = W.rec_from_company(P, party, 'evasion', 'kyc', 'sales' if rng.random() < 0.7 else None)
        r['listed'] = rng.random() < 0.03
        r['directors'] = ([rng.choice(W.nominees)] if rng.random() < 0.35 else r['directors'][:1]) + \
                         ([rng.choice(persons)] if rng.random() < p_dir else [])
        r['owners'] = [ubo if rng.random() < 0.5 else C['co']['base'] + ' ' + C['co']['suf']] if rng.random() < p_own else r['owners'][:1]
        if rng.random() < p_card:
            r['card'], r['proc'] = rng.choice(cards), 'stripe'
        if rng.random() < p_key:
            r['keys'] = [rng.choice(keys)]
        if rng.random() < p_ip:
            ip = rng.choice(ops)
            r['ips'] = [ip if rng.random() < 0.5 else W.same_net(ip)] + r['ips'][:1]
        elif care != 'careless' and rng.random() < 0.5:
            r['ips'] = [W.ip_hoster() if rng.random() < 0.5 else W.ip_res()]
        if rng.random() < p_ph:
            r['phone'] = rng.choice(phones)
        if rng.random() < p_dom:
            r['email'] = (rng.choice(['admin', 'ops', 'finance', 'gpu', 'it']), sdom)
        if rng.random() < 0.2:
            r['email'] = (r['email'][0], rng.choice(['gmail.com', 'proton.me', 'outlook.com', 'qq.com', 'mail.ru']))
        r['care'] = care
        ms.append(r)
    if care == 'careful':
        kinds = [('net', 3), ('person', 3), ('phone', 2), ('owner', 2), ('web', 1), ('addr', 1), ('key', 1)]
    elif care == 'moderate':
        kinds = [('key', 2), ('ip', 2), ('net', 2), ('person', 2), ('phone', 1), ('owner', 1), ('card', 1), ('edom', 1)]
    else:
        kinds = [('card', 3), ('key', 3), ('ip', 3), ('person', 2), ('phone', 1), ('edom', 1)]
    return ms, kinds


FARM_CC = (['VN', 'IN', 'RU', 'CN', 'BR', 'TR', 'UA', 'US', 'KZ', 'MY'], [4, 3, 3, 3, 2, 2, 2, 2, 1, 1])


def net_farm(W, party, size):
    rng = W.rng
    occ = rng.choices(*FARM_CC)[0]
    blocks = [W.block24() for _ in range(rng.randint(1, 2))]
    ips = [W.ip_in(b) for b in blocks for _ in range(3)]
    key = W.key()
    cards = [W.card() for _ in range(rng.randint(1, 3))]
    base_phone = W.phone(occ, mobile=True)
    ms = []
    for i in range(size):
        cc = occ if rng.random() < 0.6 else W.pick_cc()
        if rng.random() < 0.5:
            Q = W.person_profile(cc)
            r = W.rec_from_person(Q, party, 'farm')
        else:
            P = W.company_profile(cc)
            P['co'] = W.company_name(cc, 'generic' if rng.random() < 0.3 else None)
            P['dom'], P['web'] = None, None
            r = W.rec_from_company(P, party, 'farm', 'self_co')
            r['directors'], r['owners'], r['reg'] = [], [], None
        r['email'] = ((W.coined().lower() + str(rng.randint(1, 9999))), rng.choice(DISPOSABLE)) if rng.random() < 0.55 else \
            (W.coined().lower() + str(rng.randint(10, 999)), rng.choice(FREEMAIL_DEFAULT))
        r['card'] = rng.choice(cards) if rng.random() < 0.25 else W.card()
        r['ips'] = [rng.choice(ips) if rng.random() < 0.3 else W.same_net(rng.choice(ips)) for _ in range(rng.randint(1, 2))]
        r['keys'] = [key] if rng.random() < 0.5 else [W.key()]
        if rng.random() < 0.3:   # sequential VoIP numbers: near but not equal
            n = int(base_phone['nat']) + i + 1
            r['phone'] = dict(base_phone, nat=str(n), key='+' + base_phone['cc'] + str(n))
        else:
            r['phone'] = None
        r['web'] = None
        ms.append(r)
    # the rented ranges later also host unrelated VPS customers
    for b in blocks:
        W.hoster[rng.choice(HOSTERS)].append(b)
    return ms, [('net', 4), ('key', 3), ('ip', 2), ('card', 1)]


def _cap(r, x, hi):
    return x if x <= hi else r.randint(8, hi)


NET_ARCH = [(net_crm_dup, 24, lambda r: r.choices([2, 3, 4], [82, 15, 3])[0]),
            (net_team, 9, lambda r: min(10, 1 + int(r.paretovariate(1.4)))),
            (net_rebrand, 8, lambda r: r.choices([2, 3], [88, 12])[0]),
            (net_person, 20, lambda r: r.choices([2, 3, 4, 5], [70, 20, 7, 3])[0]),
            (net_enterprise, 8, lambda r: _cap(r, 2 + int(r.paretovariate(1.3)), 30)),
            (net_evasion, 18, lambda r: _cap(r, 1 + int(r.paretovariate(1.2)), 30)),
            (net_farm, 8, lambda r: _cap(r, 3 + int(r.paretovariate(1.1)), 30))]


# ---------------------------------------------------------------- presence
PRES = {
    'self_ind': dict(reg=.02, addr=.35, phone=.5, email=.995, web=.7, card=.85, directors=0, owners=0, ips=.95, keys=.75),
    'self_co': dict(reg=.3, addr=.6, phone=.6, email=.995, web=.85, card=.85, directors=.12, owners=.06, ips=.93, keys=.75),
    'sales': dict(reg=.85, addr=.92, phone=.85, email=.995, web=.9, card=.6, directors=.6, owners=.4, ips=.8, keys=.65),
    'kyc': dict(reg=.9, addr=.9, phone=.8, email=1, web=.6, card=.7, directors=.75, owners=.6, ips=.9, keys=.8),
}
EMPTY = dict(reg=None, addr=None, phone=None, email=None, web=None, card=None)


def apply_presence(W, r):
    rng = W.rng
    P = PRES[r['pres']]
    extra = r['ch'].get('drop', 0.0)
    for f, p in P.items():
        if f in r['keep']:
            continue
        if rng.random() >= p * (1 - extra):
            r[f] = [] if f in ('directors', 'owners', 'ips', 'keys') else None


# ---------------------------------------------------------------- rendering
B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'


def b62(b, n):
    x, out = int.from_bytes(b, 'big'), []
    for _ in range(n):
        x, m = divmod(x, 62)
        out.append(B62[m])
    return ''.join(out)


def render_card(card, proc):
    x = hashlib.sha256(('%s|%s' % (proc, card['id'])).encode()).digest()
    if proc == 'stripe':
        return b62(x, 16)
    if proc == 'adyen':
        return str(int.from_bytes(x[:8], 'big'))[:16].rjust(16, '8')
    if proc == 'braintree':
        return x.hex()[:32]
    if proc == 'razorpay':
        return 'token_' + b62(x, 14)
    return 'src_' + base64.b32encode(x).decode().lower()[:26]


def render_key(k, form):
    if form.startswith('md5'):
        m = hashlib.md5(k['blob']).hexdigest()
        s = ':'.join(m[i:i + 2] for i in range(0, 32, 2))
        return ('MD5:' + s) if form == 'md5' else s
    s = base64.b64encode(hashlib.sha256(k['blob']).digest()).decode().rstrip('=')
    return {'sha': 'SHA256:' + s, 'bare': s, 'pad': 'SHA256:' + s + '='}[form]


def render_ip(W, ip, r):
    if ':' in ip:
        a = ipaddress.IPv6Address(ip)
        f = r['v6form']
        if f == 'x':
            return a.exploded
        if f == 'u':
            return a.compressed.upper()
        if f == 'b':
            return '[%s]' % a.compressed
        return a.compressed
    return ('::ffff:' + ip) if r['v4map'] else ip


def render_country(rng, cc, style):
    C = COUNTRIES[cc]
    if style == 'iso2':
        return cc
    if style == 'iso3':
        return C['a3']
    if style == 'alt':
        return rng.choice(C['alt'])
    if style == 'lower':
        return C['name'].lower()
    if style == 'local':
        return LOCAL_CNAME.get(cc, C['name'])
    return C['name']


def render_company(rng, co, style, label, script):
    if co['alts'] and rng.random() < script:
        s = rng.choice(co['alts'])
        return s + label
    suf = co['suf']
    if style == 'suffix_alt' and suf in SUFFIX_ALT:
        suf = rng.choice(SUFFIX_ALT[suf])
    elif style != 'nosuffix' and suf in SUFFIX_ALT and rng.random() < 0.15:
        suf = rng.choice(SUFFIX_ALT[suf])
    if style == 'nosuffix' or not suf:
        s = co['base']
    elif co['pre']:
        s = '%s %s' % (suf, co['base']) if rng.random() < 0.7 else '%s %s' % (co['base'], suf)
    else:
        s = '%s%s %s' % (co['base'], ',' if rng.random() < 0.1 else '', suf)
    s += label
    if style == 'upper':
        s = s.upper()
    elif style == 'lower':
        s = s.lower()
    return s


def render_person(rng, p, style, translit=False, script=0.0):
    alt = translit or rng.random() < 0.2
    g = rng.choice(p['g'][1:]) if alt and len(p['g']) > 1 else p['g'][0]
    f = rng.choice(p['f'][1:]) if alt and len(p['f']) > 1 else p['f'][0]
    if p['gn'] and p['fn'] and (rng.random() < script or (translit and rng.random() < 0.35)):
        if p['cul'] in ('chinese', 'japanese', 'korean'):
            return p['fn'] + p['gn']
        return ('%s %s' % (p['gn'], p['fn'])) if rng.random() < 0.6 else ('%s %s' % (p['fn'], p['gn']))
    if style == 'LF' or (p['east'] and style == 'fl' and rng.random() < 0.45):
        s = '%s %s' % (f.upper() if style == 'LF' else f, g)
    elif style == 'l_f':
        s = '%s, %s' % (f, g)
    elif style == 'init':
        s = '%s. %s' % (g[0], f)
    else:
        s = '%s %s' % (g, f)
    if style == 'lower':
        s = s.lower()
    if rng.random() < 0.05:
        s = deacc(s)
    return s


def render_addr(rng, a, style):
    C = COUNTRIES[a['cc']]
    st = a['street']
    if style == 'abbr':
        for x, y in ABBR:
            st = st.replace(x, y)
    line = (('%s %s' % (a['n'], st)) if C['sfmt'] == 'ns' else ('%s %s' % (st, a['n']))) if a['n'] else st
    parts = []
    if a['unit'] and a['cc'] in ('HK', 'CN', 'TW', 'SG', 'MY'):
        parts.append(a['unit'])
    if a.get('bldg'):
        parts.append(a['bldg'])
    parts.append(line)
    if a['unit'] and a['cc'] not in ('HK', 'CN', 'TW', 'SG', 'MY'):
        parts.append(a['unit'])
    pc = '' if style == 'nopost' else a['pc']
    if pc and pc[:2].isalpha() and pc[2:3] == ' ' and a['cc'] in ('US', 'CA', 'AU'):
        parts.append('%s, %s' % (a['city'], pc))
    elif pc:
        parts.append(('%s %s' % (pc, a['city'])) if C['sfmt'] == 'sn' else ('%s %s' % (a['city'], pc)))
    else:
        parts.append(a['city'])
    if style == 'country':
        parts.append(C['name'])
    s = ('\n' if style == 'multi' else ', ').join(parts)
    if style == 'upper':
        s = s.upper()
    elif style == 'lower':
        s = s.lower()
    return s


def _grp(s):
    if len(s) <= 4:
        return s
    if len(s) == 7:
        return s[:3] + ' ' + s[3:]
    if len(s) == 8:
        return s[:4] + ' ' + s[4:]
    return ' '.join(s[i:i + 3] for i in range(0, len(s), 3))


def render_phone(rng, p, style, rec_cc):
    cc, nat, al = p['cc'], p['nat'], p['alen']
    trunk = COUNTRIES[p['iso']]['trunk']
    nanp = cc == '1'
    if nanp:
        grp = '%s %s %s' % (nat[:3], nat[3:6], nat[6:])
    else:
        grp = nat[:al] + ' ' + _grp(nat[al:])
    if style == 'e164':
        return '+' + cc + nat
    if style == 'e164_ext':
        return '+' + cc + nat + (' ext. %d' % rng.randint(100, 999) if rng.random() < 0.35 else '')
    if style == 'intl00':
        return '00' + cc + ' ' + grp
    if style == '011':
        return ('011 ' + cc + ' ' + grp) if not nanp else '+1 ' + grp
    if style == 'national':
        if nanp:
            return '(%s) %s-%s' % (nat[:3], nat[3:6], nat[6:])
        return trunk + grp if trunk != '8' else '8 (%s) %s' % (nat[:al], _grp(nat[al:]))
    if style == 'paren':
        if nanp:
            return '+1 (%s) %s-%s' % (nat[:3], nat[3:6], nat[6:])
        return '+%s (%s)%s' % (cc, trunk or '0', grp) if trunk else '+%s %s' % (cc, grp)
    if style == 'dashes':
        return '+%s-%s-%s' % (cc, nat[:al], nat[al:])
    return '+' + cc + ' ' + grp


def render_reg(rng, reg, style, typo):
    v = reg['v']
    if typo:
        idx = [i for i in range(len(v) - 1) if v[i].isdigit() and v[i + 1].isdigit() and v[i] != v[i + 1]]
        if idx:
            i = rng.choice(idx)
            v = v[:i] + v[i + 1] + v[i] + v[i + 2:]
    x = rng.random()
    if reg['ns'] and x < 0.35:
        if reg['iso'] == 'DE':
            return '%s, %s' % (reg['ns'], v) if rng.random() < 0.6 else '%s %s' % (v, reg['ns'].replace('Amtsgericht ', 'AG '))
        return '%s %s' % (reg['ns'], v) if rng.random() < 0.5 else '%s-%s' % (reg['ns'].split()[0], v)
    if x < 0.5:
        v = ''.join(ch for ch in v if ch.isalnum())
    elif x < 0.56:
        v = reg['iso'] + ' ' + v
    if style == 'lower':
        v = v.lower()
    if reg['iso'] == 'DE' and reg['ns'].endswith('(Berlin)') and rng.random() < 0.4:
        v += ' B'
    return v


def render_web(rng, w, style):
    host = w['host']
    plain = '/' not in host and host == w['reg']
    if style == 'https_www':
        return 'https://' + ('www.' if plain else '') + host
    if style == 'http':
        return 'http://' + host + '/'
    if style == 'www':
        return ('www.' if plain else '') + host
    if style == 'path':
        return 'https://' + host + (rng.choice(['/en/', '/about', '/', '/home', '?utm_source=signup']) if plain else '')
    if style == 'https':
        return 'https://' + host
    if style == 'upper':
        return host.upper()
    return host


def render(W, r, rid):
    rng = W.rng
    ch = r['ch']
    self_ = ch['id'] == 'self'
    if self_:
        cs, ps, ns, as_, pe, ws = (rng.choice(CS_OPTS), rng.choice(PS_OPTS), rng.choice(NS_OPTS), rng.choice(AS_OPTS), rng.choice(PE_OPTS), rng.choice(WS_OPTS))
        ph = 0.02
    else:
        pick = lambda k, opts: ch[k] if rng.random() < 0.9 else rng.choice(opts)
        cs, ps, ns, as_, pe, ws = (pick('cs', CS_OPTS), pick('ps', PS_OPTS), pick('ns', NS_OPTS), pick('as_', AS_OPTS), pick('pe', PE_OPTS), pick('ws', WS_OPTS))
        ph = ch['ph']
    native = r['cc'] in ('CN', 'HK', 'TW', 'JP', 'KR', 'RU', 'KZ', 'UA', 'AE', 'IR', 'AM')
    script = (0.35 if native else 0.05) if (self_ or cs == 'local') else 0.08
    ev = {}
    o = {'id': rid}
    # name
    if r['co']:
        o['name'] = render_company(rng, r['co'], ns, r['label'], script)
        ev['name'] = [slugify(r['co']['base'])]
    elif r.get('handle'):
        o['name'] = r['handle']
        ev['name'] = [r['handle']]
    else:
        p = r['person']
        o['name'] = render_person(rng, p, pe, False, script)
        if self_ and rng.random() < 0.1:
            o['name'] = o['name'].lower()
        ev['name'] = [slugify(p['canon'])]
    c = render_country(rng, r['cc'], cs)
    if self_ and rng.random() < 0.015 and len(c) > 5:
        i = rng.randrange(1, len(c) - 1)
        c = c[:i] + c[i + 1:]
    o['country'] = c
    if r['reg']:
        o['registration_id'] = render_reg(rng, r['reg'], ns, r['regtypo'])
        v = r['reg']['v']
        if r['regtypo']:
            v = o['registration_id']
        ev['reg'] = [''.join(ch2 for ch2 in v if ch2.isalnum()).upper()]
    elif (r['co'] and rng.random() < ph) or (self_ and r['co'] and rng.random() < 0.01):
        o['registration_id'] = rng.choice(PLACEHOLDER['reg'])
        ev['reg'] = [''.join(ch2 for ch2 in o['registration_id'] if ch2.isalnum()).upper() or '-']
    if r['addr']:
        o['address'] = render_addr(rng, r['addr'], as_)
        ev['addr'] = [r['addr']['key']]
    elif rng.random() < ph:
        o['address'] = rng.choice(PLACEHOLDER['address'])
        ev['addr'] = ['junk:' + o['address'].lower()]
    if r['email']:
        lp, d = r['email'][0], r['email'][1]
        reg = r['email'][2] if len(r['email']) > 2 else d
        if d in ('gmail.com',) and rng.random() < 0.06:
            lp += '+' + rng.choice(['gpu', 'cloud', 'ml', 'compute'])
        e = '%s@%s' % (lp, d)
        if self_ and rng.random() < 0.08:
            e = lp.capitalize() + '@' + d.capitalize()
        o['email'] = e
        if reg not in FREE_SET and reg not in DISP_SET:
            ev['email_dom'] = [reg]
    elif rng.random() < ph * 0.3 + (0.004 if self_ else 0):
        o['email'] = rng.choice(PLACEHOLDER['email'])
        ev['email_dom'] = [o['email'].split('@')[1]]
    if r['phone']:
        o['phone'] = render_phone(rng, r['phone'], ps, r['cc'])
        ev['phone'] = [r['phone']['key']]
    elif rng.random() < ph:
        o['phone'] = rng.choice(PLACEHOLDER['phone'])
        ev['phone'] = ['junk:' + ''.join(x for x in o['phone'] if x.isdigit())]
    if r['web']:
        o['website'] = render_web(rng, r['web'], ws)
        ev['web_dom'] = [r['web']['reg']]
    elif rng.random() < ph * 0.5:
        o['website'] = rng.choice(PLACEHOLDER['website'])
    if r['card']:
        o['payment_fingerprint'] = render_card(r['card'], r['proc'])
        ev['card'] = [o['payment_fingerprint']]
    sc = 0.08 if native else 0.0
    if r['directors']:
        ds = []
        for p in r['directors']:
            ds.append(render_person(rng, p, pe, r.get('translit', False), sc))
        o['directors'] = ds
    if r['owners']:
        o['owners'] = [render_person(rng, p, pe, r.get('translit', False), sc) if isinstance(p, dict) else (p.upper() if ns == 'upper' else p) for p in r['owners']]
    pk = [slugify(p['canon'] if isinstance(p, dict) else p) for p in r['directors'] + r['owners']]
    if pk:
        ev['person'] = pk
    if r['ips']:
        o['ips'] = [render_ip(W, ip, r) for ip in r['ips']]
        ev['ip'] = list(r['ips'])
        ev['ip_net'] = ['%s:%x' % W.net_of(ip) for ip in r['ips']]
    if r['keys']:
        o['ssh_keys'] = [render_key(k, r['kform']) for k in r['keys']]
        ev['ssh'] = [s.replace('SHA256:', '').replace('MD5:', '').rstrip('=') for s in o['ssh_keys']]
    if r['listed'] is not None:
        o['listed'] = r['listed']
    elif r['pres'] in ('sales', 'kyc') or rng.random() < 0.5:
        o['listed'] = False
    # de-duplicate list fields keeping order
    for f in ('directors', 'owners', 'ips', 'ssh_keys'):
        if f in o:
            seen, L = {}, []
            for x in o[f]:
                if x not in seen:
                    seen[x] = 1
                    L.append(x)
            o[f] = L
    return o, ev


# ---------------------------------------------------------------- population
def generate(N, seed):
    W = World(N, seed)
    rng = W.rng
    recs = []
    net_target = int(N * rng.uniform(0.25, 0.29))
    nnet = 0
    fns = [a[0] for a in NET_ARCH]
    wts = [a[1] for a in NET_ARCH]
    sz = {a[0]: a[2] for a in NET_ARCH}
    n_in_net = 0
    while net_target - n_in_net >= 2:
        fn = rng.choices(fns, wts)[0]
        size = max(2, min(sz[fn](rng), net_target - n_in_net))
        party = 'net-%06d' % nnet
        ms, kinds = fn(W, party, size)
        ensure_connected(W, ms, kinds)
        recs.extend(ms)
        n_in_net += len(ms)
        nnet += 1
    for M in W.msps:
        recs.append(msp_own(W, M))
    sfns = [a[0] for a in SOLO_ARCH]
    swts = [a[1] for a in SOLO_ARCH]
    while len(recs) < N:
        recs.extend(rng.choices(sfns, swts)[0](W))
    # drop surplus solos from the end (never network members)
    while len(recs) > N:
        assert recs[-1]['party'] is None
        recs.pop()
    for r in recs:
        apply_presence(W, r)
    rng.shuffle(recs)
    ids = {}
    out, truth, evs = [], [], []
    for r in recs:
        while True:
            rid = 'cus_' + ''.join(rng.choice('0123456789abcdefghijklmnopqrstuvwxyz') for _ in range(10))
            if rid not in ids:
                ids[rid] = 1
                break
        o, ev = render(W, r, rid)
        out.append(o)
        truth.append((rid, r['party'] or 'solo-' + rid))
        evs.append(ev)
    return out, truth, evs, recs


# ---------------------------------------------------------------- statistics
def check(out, truth, evs, recs):
    from collections import Counter, defaultdict
    P = sys.stderr.write
    N = len(out)
    parties = [t[1] for t in truth]
    psize = Counter(parties)
    net_sizes = Counter(v for k, v in psize.items() if k.startswith('net-'))
    n_net_recs = sum(s * c for s, c in net_sizes.items())
    P('records: %d   networks: %d   records in networks: %d (%.1f%%)\n' % (N, sum(net_sizes.values()), n_net_recs, 100.0 * n_net_recs / N))
    P('network size histogram: %s\n' % ', '.join('%d:%d' % (s, net_sizes[s]) for s in sorted(net_sizes)))
    tp_pairs = sum(s * (s - 1) // 2 * c for s, c in net_sizes.items())
    P('true same-party pairs: %d\n' % tp_pairs)
    arch = Counter(r['arch'] for r in recs)
    P('records per archetype: %s\n' % ', '.join('%s=%d' % (k, arch[k]) for k in sorted(arch)))
    narch = Counter()
    seen = {}
    for r in recs:
        if r['party'] and r['party'] not in seen:
            seen[r['party']] = 1
            narch[r['arch'] + ('/' + r['care'] if r.get('care') else '')] += 1
    # evasion nets whose first member may be the listed one: count by party
    P('networks per archetype: %s\n' % ', '.join('%s=%d' % (k, narch[k]) for k in sorted(narch)))
    P('listed=true records: %d\n' % sum(1 for o in out if o.get('listed') is True))
    fields = ['name', 'country', 'registration_id', 'address', 'email', 'phone', 'website', 'payment_fingerprint', 'directors', 'owners', 'ips', 'ssh_keys', 'listed']
    P('attribute presence: %s\n' % ', '.join('%s=%.0f%%' % (f, 100.0 * sum(1 for o in out if f in o) / N) for f in fields))
    ch = Counter(r['ch']['id'] for r in recs)
    P('entry channel: %s\n' % ', '.join('%s=%d' % (k, ch[k]) for k in sorted(ch)))
    kinds = ['reg', 'card', 'ssh', 'phone', 'email_dom', 'web_dom', 'ip', 'ip_net', 'addr', 'person', 'name']
    groups = {k: defaultdict(Counter) for k in kinds}
    for ev, p in zip(evs, parties):
        for k in kinds:
            for v in dict.fromkeys(ev.get(k, ())):
                groups[k][v][p] += 1
    P('%-10s %14s %14s %16s %14s\n' % ('evidence', 'nets sharing', '% of nets', 'stranger pairs', 'true pairs'))
    nn = max(1, sum(net_sizes.values()))
    for k in kinds:
        nets_sharing = {}
        sp = tp = 0
        for v, cnt in groups[k].items():
            tot = sum(cnt.values())
            same = 0
            for p, c in cnt.items():
                if c > 1:
                    same += c * (c - 1) // 2
                    if p.startswith('net-'):
                        nets_sharing[p] = 1
            sp += tot * (tot - 1) // 2 - same
            tp += same
        P('%-10s %14d %13.1f%% %16d %14d\n' % (k, len(nets_sharing), 100.0 * len(nets_sharing) / nn, sp, tp))
    # is every network connected by shared evidence (names excluded)?
    byp = defaultdict(list)
    for i, p in enumerate(parties):
        if p.startswith('net-'):
            byp[p].append(i)
    conn = 0
    for p, idx in byp.items():
        par = {i: i for i in idx}

        def find(x):
            while par[x] != x:
                par[x] = par[par[x]]
                x = par[x]
            return x
        first = {}
        for i in idx:
            for k in kinds[:-1]:
                for v in evs[i].get(k, ()):
                    kk = (k, v)
                    if kk in first:
                        par[find(i)] = find(first[kk])
                    else:
                        first[kk] = i
        conn += len({find(i) for i in idx}) == 1
    P('networks connected through shared evidence (name excluded): %d / %d\n' % (conn, len(byp)))
    # biggest shared values among strangers per kind (what a frequency weight must discount)
    for k in ('ip', 'ip_net', 'addr', 'email_dom', 'web_dom', 'phone', 'reg', 'card', 'ssh'):
        top = sorted(((sum(c.values()), len(c), v) for v, c in groups[k].items() if len(c) > 1), reverse=True)[:3]
        P('  top shared %-9s %s\n' % (k, '; '.join('%s (%d recs/%d parties)' % (str(v)[:40], n, m) for n, m, v in top)))


def main(argv):
    if len(argv) != 5:
        sys.stderr.write(__doc__.split('\n\n')[0] + '\nusage: linkage_gen17.py N SEED OUT.jsonl TRUTH.csv\n')
        return 2
    N, seed = int(argv[1]), argv[2]
    if N < 1:
        raise SystemExit('N must be >= 1')
    t0 = time.time()
    out, truth, evs, recs = generate(N, seed)
    with open(argv[3], 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(argv[4], 'w', encoding='utf-8') as f:
        f.write('id,party\n')
        for rid, p in truth:
            f.write('%s,%s\n' % (rid, p))
    if os.environ.get('GEN17_CHECK') == '1':
        check(out, truth, evs, recs)
        sys.stderr.write('generated in %.1fs\n' % (time.time() - t0))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
