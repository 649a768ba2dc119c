#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
linkage_gen11.py -- synthetic GPU-cloud customer population for shell-company
record linkage.  Standard library only; deterministic for a given seed.

    python3 linkage_gen11.py N SEED OUT.jsonl TRUTH.csv

Model
-----
Every customer is first generated as a *structured* company: a legal name built
from a brand + sector + region-specific legal form (with native-script form
where the region has one), registration id(s) with real check digits where
cheap, an address object (latin forms + native-script form), phone objects,
e-mail, website, payment-card fingerprint, directors/owners (person objects
with native script and transliteration variants), IPs and SSH keys.  Only at
the very end is each record "typed in" by one of five data-entry sources
(self-serve web form, sales CRM, KYC vendor, partner import in native script,
legacy migration).  The source decides country spelling (alpha-2, alpha-3,
English, native, legacy "UK"/"PRC"/"Russian Federation"), phone formatting
(E.164, national, 00-prefix, "(0)", extensions, several numbers, junk), script
and transliteration of names, abbreviations in addresses (Street/St, Floor/F,
Jalan/Jl., Avenida/Av., straße/str. ...), id formatting, case, typos, and which
fields are present.  Evidence is shared as a structured value, so two members
that share it usually render it differently.

Networks (one planted party each).  Members are wired by a random spanning tree
(chain or ring where noted); every tree edge carries at least one evidence kind
from the archetype's list, and evidence-carrying fields are always rendered, so
each planted pair is connected, possibly through chains, by evidence a careful
investigator can find in the records.
  dup_accounts      same legal entity signing up several times (teams,
                    re-signup).  Evidence: registration id (format variants),
                    own e-mail domain, HQ address, switchboard phone (different
                    extensions), website, a director; the legal name (variants,
                    team annotations) on every member.
  formation_family  shells bought from one formation service.  Flavour that is
                    NOT evidence: the service's registered-agent address and
                    its nominee director / nominee shareholder / agent phone
                    (all shared with hundreds of strangers).  Evidence: the
                    beneficial owner in owners (script / transliteration
                    variants), the controller's mobile, the controller's
                    personal e-mail, an office /24 (distinct hosts), SSH key,
                    payment card; in 30 % a shared brand in the names.
  procurement_ring  rotating front companies in trade hubs with unrelated
                    names, virtual offices and free-mail.  Evidence (chain):
                    payment card and SSH keys, each rotated with overlap
                    (card A on 1-3, key K on 3-4, card B on 4-6 ...).  Often
                    one listed member.
  vpn_reseller      reseller accounts behind a consumer VPN (exit IPs shared by
                    hundreds of strangers: no evidence).  Evidence: own e-mail
                    domain, website (own or platform subdomain), brand-derived
                    names, a phone, one leaked home IP, SSH key.
  corporate_group   parent + subsidiaries in several countries.  Evidence:
                    parent in owners ("Acme Holdings Ltd", "ACME HOLDINGS
                    LIMITED", "Acme Hldgs"), group brand in names ("Acme
                    Deutschland GmbH", "Acme (Singapore) Pte. Ltd."), group
                    e-mail domain, a group officer as director, devops SSH key,
                    HQ IPv6 /48.  Second-tier subsidiaries also name a sibling
                    subsidiary as owner (flavour).
  soft_chain        chain or ring in which each consecutive pair shares exactly
                    ONE unique soft value -- a director, a phone, an office
                    address or a static IP -- and nothing else.
  reregistration    one company re-registered abroad (RU->EE/CY/KZ/AE/GB,
                    CN->HK/SG/US, UA->PL/EE, VN->SG, TR->AE, IN->SG/AE ...)
                    with a transliterated / translated name.  Evidence: founder
                    as director (Cyrillic / Hanzi / Hangul vs Latin, several
                    romanisations), the name itself, personal e-mail, website,
                    SSH key, mobile.
  family_founder    a founder's 2-4 companies in one country.  Evidence:
                    founder as director or owner, personal e-mail, mobile,
                    office / home address; sometimes a shared brand.
  account_farm      5-30 throw-away accounts (generic names, free-mail, virtual
                    offices).  Evidence: one hosting /24 or IPv6 /48 (distinct
                    hosts), rotating SSH keys and cards.  Often listed members.
Decoys (every member is its own party)
  psp_pool    a GPU broker / payment agent pays for 3-5 unrelated clients with
              one card fingerprint.
  msp_key     a managed-service provider's ops SSH key on 3-8 unrelated clients.
  regid_twin  the same 8-digit number is a registration id in NL, UA and TW.
  name_twin   near-identical names in one city ("Apex Solutions" / "Apex
              Solution"), nothing else shared.
  board_pro   a professional independent director on 3-6 unrelated boards.
Background noise: registered agents and formation services (1209 Orange St,
8 The Green, Shelton St, Sepapaja 6, JAFZA, SPC, Wickhams Cay ...) with nominee
directors used by hundreds, virtual offices, co-working sites (same address,
different desks, shared NAT IP), incubators / universities (shared NAT),
accountants whose phone / office / mail domain their clients use, cloud NAT,
CGNAT, consumer VPN, corporate proxy, ISP /24 and IPv6 /48 pools, free-mail
domains, website platforms (wixsite, myshopify, github.io, sites.google.com
...), zipf-distributed person names (Wang Wei, Maria Garcia, Mohammed Ali,
Nguyen Van Anh ...), generic company names ("Global Trading Ltd").
"""

import os
import sys
import json
import random
import time
import unicodedata
import re
import bisect
import ipaddress
import string

# =====================================================================
# small helpers
# =====================================================================


def D(rng, n):
    return str(rng.randrange(10 ** n)).zfill(n)


def zipf(items, s=0.8):
    cum, t = [], 0.0
    for i in range(len(items)):
        t += 1.0 / (i + 1) ** s
        cum.append(t)
    return (items, cum)


def zp(rng, z):
    items, cum = z
    return items[bisect.bisect_left(cum, rng.random() * cum[-1])]


def wpick(rng, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = rng.random() * tot
    for it, w in pairs:
        x -= w
        if x < 0:
            return it
    return pairs[-1][0]


def wshuffle(rng, pairs):
    keyed = [(rng.random() ** (1.0 / w), i, k) for i, (k, w) in enumerate(pairs)]
    keyed.sort(reverse=True)
    return [k for _, _, k in keyed]


_SPEC = str.maketrans({'đ': 'd', 'Đ': 'D', 'ı': 'i', 'İ': 'I', 'ł': 'l',
                       'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'ß': 'ss', 'æ': 'ae',
                       'Æ': 'AE', 'œ': 'oe'})


def deacc(s):
    """Strip diacritics from Latin letters only (Cyrillic/CJK untouched)."""
    if s.isascii():
        return s
    s = s.translate(_SPEC)
    out = []
    for ch in s:
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o < 0x1F00:
            out.append(''.join(c for c in unicodedata.normalize('NFD', ch)
                               if not unicodedata.combining(c)))
        else:
            out.append(ch)
    return ''.join(out)


_NONALNUM = re.compile(r'[^a-z0-9]+')


def slug(s, sep=''):
    s = deacc(s).lower()
    s = _NONALNUM.sub(sep, s)
    return s.strip(sep) if sep else s


def typo(s, rng):
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 2)
    if s[i] == ' ' or s[i + 1] == ' ':
        return s
    op = rng.random()
    if op < .35:
        return s[:i] + s[i + 1:]
    if op < .65:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < .85:
        return s[:i] + s[i] + s[i:]
    return s[:i] + rng.choice('aeioun') + s[i + 1:]


def ordn(n):
    if 10 <= n % 100 <= 20:
        suf = 'th'
    else:
        suf = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suf)


def FL(n):
    return ordn(n) + ' Floor'


def P(s):
    """'a|b,c' -> [['a','b'],['c']]"""
    return [x.strip().split('|') for x in s.split(',') if x.strip()]


def PN(s):
    """'张:Zhang|Chang,王:Wang' -> [('张',['Zhang','Chang']), ...]"""
    out = []
    for x in s.split(','):
        x = x.strip()
        if not x:
            continue
        n, l = x.split(':')
        out.append((n, l.split('|')))
    return out


def acc2(words):
    """'Nguyễn,Trần' -> [('Nguyễn',['Nguyen','Nguyễn']),...]"""
    out = []
    for w in words.split(','):
        w = w.strip()
        a = deacc(w)
        out.append((w, [a, w] if a != w else [w]))
    return out


# =====================================================================
# persons
# =====================================================================


class Person:
    __slots__ = ('cult', 'g', 'f', 'm', 'nat', 'order', 'eng')

    def __init__(self, cult, g, f, m=None, nat=None, order='gmf', eng=None):
        self.cult, self.g, self.f, self.m = cult, g, f, m
        self.nat, self.order, self.eng = nat, order, eng

    def latin(self):
        return self.g[0] + ' ' + self.f[0]


CUL = {}


def _tail(z):
    items = z[0]
    return items[len(items) // 3:] or items


def _western(key, G, F, order='gmf', s=0.7, mid=None):
    zg, zf = zipf(P(G), s), zipf(P(F), s)

    def make(rng, rare=False):
        if rare:
            g, f = rng.choice(_tail(zg)), rng.choice(_tail(zf))
        else:
            g, f = zp(rng, zg), zp(rng, zf)
        m = mid(rng, rare, zf) if mid else None
        return Person(key, g, f, m, None, order)
    CUL[key] = make


def _mid_initial(rng, rare, zf):
    if rare or rng.random() < .12:
        return [rng.choice('ABCDEFGHJKLMNPRSTW') + '.']
    return None


def _mid_es(rng, rare, zf):
    if rng.random() < (.85 if rare else .6):
        return rng.choice(zf[0])
    return None


def _mid_pt(rng, rare, zf):
    r = rng.random()
    if r < .3:
        return ['de ' + x for x in rng.choice(zf[0])]
    if r < .65 or rare:
        return rng.choice(zf[0])
    return None


def _mid_ph(rng, rare, zf):
    if rng.random() < .45 or rare:
        x = rng.choice(zf[0])[0]
        return [x[0].upper() + '.', x]
    return None


_western('en',
         "James|Jim,John,Robert|Bob,Michael|Mike,David|Dave,William|Bill,Richard,Joseph|Joe,Thomas|Tom,"
         "Christopher|Chris,Mary,Patricia,Jennifer,Linda,Elizabeth|Liz,Sarah,Emily,Daniel|Dan,Matthew|Matt,"
         "Andrew|Andy,Jessica,Laura,Mark,Paul,Steven|Steve,Kevin,Brian,George,Edward|Ed,Helen,Rachel,Oliver,"
         "Harry,Jack,Sophie,Charlotte,Amelia,Nathan,Ethan,Grace,Hannah,Lucas,Owen,Caleb,Megan,Tyler,Brandon,"
         "Imogen,Rupert,Cormac,Fiona,Declan,Ainsley,Thaddeus,Perpetua,Quentin,Rosalind",
         "Smith,Johnson,Williams,Brown,Jones,Miller,Davis,Wilson,Taylor,Anderson,Thomas,Moore,Martin,Jackson,"
         "White,Harris,Clark,Lewis,Walker,Hall,Young,King,Wright,Scott,Green,Baker,Adams,Nelson,Hill,Campbell,"
         "Mitchell,Roberts,Carter,Phillips,Evans,Turner,Parker,Collins,Edwards,Stewart,Morris,Murphy,Cook,"
         "Rogers,Morgan,Cooper,Peterson,Reed,Bailey,Bell,Kelly,Howard,Ward,Cox,Richardson,Wood,Watson,Brooks,"
         "Bennett,Gray|Grey,Hughes,Price,Sanders,Myers,Long,Ross,Foster,Fletcher,Hargreaves,Whitfield,Ashworth,"
         "Pemberton,Thornton,Blackwood,Kingsley,Holloway,Prescott,Winslow,Aldridge,Hawthorne,Lockhart,"
         "Merriweather,Fairbanks,Radcliffe,Sutherland,Galbraith,Penhaligon,Treadwell,Cresswell,Ormsby",
         mid=_mid_initial)
_western('de',
         "Thomas,Michael,Andreas,Stefan,Christian,Markus|Marcus,Tobias,Julia,Anna,Katharina,Sabine,Jan,"
         "Lukas|Lucas,Felix,Jonas,Lena,Lea,Matthias,Jürgen|Juergen|Jurgen,Uwe,Dirk,Sebastian,Florian,"
         "Maximilian,Johannes,Claudia,Birgit,Ute,Wolfgang,Klaus,Günther|Guenther|Gunther,Henrike,Volker,Ansgar",
         "Müller|Mueller|Muller,Schmidt,Schneider,Fischer,Weber,Meyer|Meier,Wagner,Becker,Schulz,Hoffmann,"
         "Koch,Richter,Klein,Wolf,Schröder|Schroeder|Schroder,Neumann,Schwarz,Zimmermann,Braun,"
         "Krüger|Krueger|Kruger,Hofmann,Hartmann,Lange,Werner,Krause,Lehmann,Köhler|Koehler,Brandt,Vogel,"
         "Friedrich,Kessler|Keßler,Albrecht,Eichhorn,Brückner|Brueckner,Fuchsberger,Wiedemann,Falkenrath,"
         "Oberländer|Oberlaender,Steinmetz,Hollenbach,Rautenberg,Quandtmeyer")
_western('fr',
         "Jean,Pierre,Michel,Philippe,Nicolas,Julien,Thomas,Camille,Marie,Nathalie,Isabelle,Sophie,Antoine,"
         "Louis,Hugo,Léa|Lea,Chloé|Chloe,Émilie|Emilie,François|Francois,Sébastien|Sebastien,"
         "Aurélien|Aurelien,Gaëlle|Gaelle,Thibault,Clémence|Clemence",
         "Martin,Bernard,Dubois,Thomas,Robert,Richard,Petit,Durand,Leroy,Moreau,Simon,Laurent,Lefebvre,"
         "Michel,Garcia,David,Bertrand,Roux,Vincent,Fournier,Morel,Girard,André|Andre,Lefèvre|Lefevre,"
         "Mercier,Dupont,Lambert,Bonnet,Chevalier,Delacroix,Beaumont,Rousseau,Marchetti,Vasseur,Lemaire")
_western('it',
         "Marco,Giuseppe,Giovanni,Antonio,Francesco,Luca,Alessandro,Andrea,Matteo,Lorenzo,Giulia,Francesca,"
         "Chiara,Sara,Valentina,Alessia,Paolo,Stefano,Roberto,Davide,Ludovica,Ettore",
         "Rossi,Russo,Ferrari,Esposito,Bianchi,Romano,Colombo,Ricci,Marino,Greco,Bruno,Gallo,Conti,"
         "De Luca|DeLuca,Mancini,Costa,Giordano,Rizzo,Lombardi,Moretti,Barbieri,Fontana,Santoro,Mariani,"
         "Rinaldi,Caruso,Ferrara,Galli,Martini,Leone,Longo,Gentile,Martinelli,Vitale,Bellucci,Castellano,"
         "Quagliarella,Zanetti")
_western('es',
         "José|Jose,Juan,Luis,Carlos,Jorge,Miguel,Ana,María|Maria,Sofía|Sofia,Valentina,Camila,Diego,"
         "Alejandro,Fernando,Ricardo,Javier,Gabriela,Daniela,Andrés|Andres,Sebastián|Sebastian,Juan Carlos,"
         "María José|Maria Jose,Luis Fernando,Ana María|Ana Maria,Francisco,Antonio,Manuel,Pablo,Lucía|Lucia,"
         "Carmen,Isabel,Rodrigo,Martín|Martin,Mateo,Santiago,Tomás|Tomas,Ximena,Renata,Ignacio,Benjamín|Benjamin",
         "García|Garcia,Rodríguez|Rodriguez,Martínez|Martinez,Hernández|Hernandez,López|Lopez,"
         "González|Gonzalez,Pérez|Perez,Sánchez|Sanchez,Ramírez|Ramirez,Torres,Flores,Rivera,Gómez|Gomez,"
         "Díaz|Diaz,Reyes,Morales,Cruz,Ortiz,Gutiérrez|Gutierrez,Chávez|Chavez,Ramos,Vargas,Castillo,"
         "Jiménez|Jimenez,Moreno,Romero,Herrera,Medina,Aguilar,Vega,Castro,Rojas,Muñoz|Munoz,Silva,Fuentes,"
         "Contreras,Espinoza|Espinosa,Sepúlveda|Sepulveda,Valenzuela,Iturbide,Echeverría|Echeverria,"
         "Villalobos,Cifuentes,Arrieta,Zúñiga|Zuniga,Olmedo,Santillán|Santillan,Larraín|Larrain,Urrutia",
         order='gfm', mid=_mid_es)
_western('pt',
         "João|Joao,José|Jose,Antônio|Antonio,Francisco,Carlos,Paulo,Pedro,Lucas,Luiz|Luis,Marcos,Gabriel,"
         "Rafael,Ana,Maria,Francisca,Juliana,Márcia|Marcia,Fernanda,Patrícia|Patricia,Aline,Ana Paula,"
         "João Pedro|Joao Pedro,Thiago|Tiago,Bruno,Camila,Larissa,Gustavo,Felipe|Filipe,Leandro,Renata",
         "Silva,Santos,Oliveira,Souza|Sousa,Rodrigues,Ferreira,Alves,Pereira,Lima,Gomes,Costa,Ribeiro,"
         "Martins,Carvalho,Almeida,Lopes,Soares,Fernandes,Vieira,Barbosa,Rocha,Dias,Nascimento,Andrade,"
         "Moreira,Nunes,Marques,Machado,Mendes,Freitas,Cardoso,Ramos,Gonçalves|Goncalves,Teixeira,"
         "Albuquerque,Bittencourt|Bitencourt,Cavalcanti|Cavalcante,Figueiredo,Magalhães|Magalhaes,"
         "Vasconcelos,Queiroz,Siqueira",
         mid=_mid_pt)
_western('pl',
         "Piotr,Krzysztof,Andrzej,Tomasz,Paweł|Pawel,Michał|Michal,Marcin,Jakub,Anna,Katarzyna,"
         "Małgorzata|Malgorzata,Agnieszka,Magdalena,Joanna,Łukasz|Lukasz,Mateusz,Kamil,Wojciech,Zbigniew",
         "Nowak,Kowalski,Wiśniewski|Wisniewski,Wójcik|Wojcik,Kowalczyk,Kamiński|Kaminski,Lewandowski,"
         "Zieliński|Zielinski,Szymański|Szymanski,Woźniak|Wozniak,Dąbrowski|Dabrowski,Kozłowski|Kozlowski,"
         "Jankowski,Mazur,Kwiatkowski,Krawczyk,Piotrowski,Grabowski,Zając|Zajac,Pawłowski|Pawlowski,"
         "Przybylski,Szczepański|Szczepanski,Wróblewski|Wroblewski,Brzęczyszczykiewicz|Brzeczyszczykiewicz")
_western('nl',
         "Jan,Pieter,Johannes|Hans,Willem,Dirk,Sanne,Emma,Anne,Lotte,Daan,Bram,Thijs,Ruben,Maarten,Joost,Femke,Eva",
         "de Jong|De Jong,Jansen,de Vries|De Vries,van den Berg|Van den Berg,van Dijk|Van Dijk,Bakker,Janssen,"
         "Visser,Smit,Meijer|Meyer,de Boer|De Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,van Leeuwen,Dekker,"
         "Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer|Van der Meer,Kuipers,Veenstra,Schuurmans")
_western('et',
         "Andres,Kristjan,Martin,Rasmus,Mart,Tõnis|Tonis,Kadri,Kati,Liis,Triin,Margus,Priit,Mihkel,Karl,Siim",
         "Tamm,Saar,Sepp,Mägi|Magi,Kask,Kukk,Rebane,Ilves,Pärn|Parn,Koppel,Lepp,Vaher,Kallas,Mets,Oja,"
         "Raudsepp,Kuusk,Põld|Pold,Lõhmus|Lohmus")
_western('el',
         "Andreas,Georgios|Giorgos|George,Christos,Nikos|Nicos|Nikolaos,Konstantinos|Costas,Maria,Elena,"
         "Eleni,Sofia,Michalis|Michael,Panayiotis|Panagiotis,Stavros,Demetris|Dimitris,Christiana,Marios",
         "Georgiou,Christodoulou,Ioannou,Constantinou|Konstantinou,Nicolaou|Nikolaou,Charalambous,"
         "Papadopoulos,Kyriacou|Kyriakou,Savva,Michael,Andreou,Antoniou,Demetriou|Dimitriou,"
         "Hadjigeorgiou|Chatzigeorgiou,Pavlou,Efstathiou,Tryfonos")
_western('ar',
         "Mohammed|Mohamed|Muhammad|Mohammad|Mohd,Ahmed|Ahmad,Ali,Omar|Umar,Khalid|Khaled,Hassan|Hasan,"
         "Hussein|Hussain|Husain,Youssef|Yousef|Yusuf,Fatima|Fatma,Aisha|Aysha,Mariam|Maryam,"
         "Abdullah|Abdallah,Saeed|Said,Rashid|Rashed,Tariq|Tarek,Layla|Leila,Noura|Nora,Hamdan,Sultan,"
         "Ibrahim|Ebrahim,Salem|Salim,Faisal|Faysal,Nasser|Naser,Majid|Majed,Zayed|Zaid",
         "Ali,Al Mansoori|Al-Mansoori|Almansoori,Khan,Hassan,Al Nuaimi|Al-Nuaimi,Al Hashimi|Al-Hashimi|Alhashmi,"
         "Haddad,Nasser|Naser,Ibrahim,Al Falasi|Al-Falasi,Al Shamsi|Al-Shamsi,Saleh|Salih,Hamdan,"
         "Al Qasimi|Al-Qasimi,Mansour|Mansur,Farouk|Farooq,Abdelrahman|Abdul Rahman|Abdulrahman,"
         "El Sayed|El-Sayed|Elsayed,Al Zaabi|Al-Zaabi,Al Marri|Al-Marri,Al Ketbi|Al-Ketbi,Bakr,Othman|Osman,"
         "Al Suwaidi|Al-Suwaidi,Qureshi|Qurashi,Al Bastaki")
_western('ng',
         "Chinedu,Emeka,Oluwaseun|Seun,Adebayo,Ngozi,Chioma,Ifeanyi,Babatunde|Tunde,Yetunde,Babajide,Olumide,"
         "Funmilayo|Funmi,Obinna,Kelechi,Aisha,Ibrahim,Musa,Abubakar,Amina,Uche,Chukwuemeka,Damilola|Dami,"
         "Tolulope|Tolu,Oluwafemi|Femi,Adaeze,Nneka,Segun,Kunle,Ikechukwu|Ike,Zainab",
         "Okafor,Adeyemi,Okonkwo,Balogun,Eze,Nwosu,Adebayo,Ogunleye,Bello,Ibrahim,Abubakar,Ojo,Olawale,"
         "Afolabi,Chukwu,Nnamdi,Obi,Akinola,Oyelaran,Danjuma,Okoro,Adeleke,Onyekachi,Ogbonna,Fashola,Oyebanji,"
         "Akintola,Nwachukwu,Ezeani,Ugwu,Oyewole,Anyanwu")
_western('ke',
         "Wanjiku,Kamau,Otieno,Achieng,Mwangi,Njeri,Kipchoge,Chebet,Omondi,Akinyi,Brian,Faith,Kevin,Mercy,"
         "Dennis,Collins,Sharon,Peter,Grace,Joseph,Wairimu,Kiprono",
         "Mwangi,Otieno,Kamau,Ochieng,Wanjiru,Kiprop,Njoroge,Odhiambo,Mutua,Kariuki,Wafula,Cheruiyot,Karanja,"
         "Onyango,Maina,Kimani,Githinji,Wambui,Kibet,Nyambura,Mugo,Omollo")
_western('za',
         "Thabo,Sipho,Johan,Pieter,Lerato,Nomvula,Andile,Mandla,Ruan,Annelie,Zanele,Bongani,Willem,Naledi,"
         "Jacques,Riaan,Thandiwe,Kagiso,Priya,Nadia",
         "Nkosi,Dlamini,van der Merwe|Van der Merwe|Vd Merwe,Botha,Naidoo,Mokoena,Khumalo,Pretorius,Ndlovu,"
         "Mahlangu,du Plessis|Du Plessis,Govender,Steyn,Venter,Coetzee,Joubert,Mthembu,Pillay,van Wyk|Van Wyk,"
         "Fourie,Oosthuizen")
_western('in',
         "Rahul,Amit,Priya,Anjali,Vikram,Suresh,Ramesh,Sanjay,Deepak,Pooja,Neha,Arjun,Karthik|Karthick|Kartik,"
         "Lakshmi|Laxmi,Venkatesh,Srinivas|Srinivasa|Shrinivas,Ravi,Anil,Sunita,Rajesh,Arun,Divya,"
         "Kavita|Kavitha,Manoj,Aditya,Rohan,Siddharth|Siddhart,Harsha,Nikhil,Shreya|Shriya,Vijay,Prakash,"
         "Ganesh,Mohan,Abhishek,Ankit,Gaurav,Swati|Swathi,Raghunandan,Padmavathi,Tejaswini",
         "Sharma,Patel,Kumar,Singh,Gupta,Reddy,Iyer,Nair,Rao,Mehta,Shah,Joshi,Agarwal|Aggarwal|Agrawal,Menon,"
         "Pillai,Chatterjee|Chaterjee,Banerjee|Bannerjee,Das,Verma,Mishra,Kulkarni,Desai,Naidu,Bhat|Bhatt,"
         "Krishnan,Subramanian|Subramaniam,Chowdhury|Choudhury|Chaudhary,Malhotra,Kapoor,Bose,Srinivasan,"
         "Venkataraman,Raghavan,Deshpande,Thakkar,Bhattacharya,Hegde,Rajagopal,Sundaram,Kirloskar,Pattnaik")
_western('th',
         "Somchai|Somchay,Somsak,Suda,Malee|Mali,Niran,Kittisak,Pornthip,Anan,Wichai|Vichai,Siriporn,"
         "Thanakorn,Nattapong|Natthaphong,Chatchai,Pimchanok,Apinya,Supachai,Kanokwan,Worawut",
         "Saetang|Sae-tang,Srisuk,Chaiyaporn,Wongsawat,Rattanakorn,Sukprasert,Thongchai,Boonmee,Phromma,"
         "Jaidee,Kaewmanee,Sirikul,Chanthavong,Ruangsri,Petchsri,Intarasuwan,Wattanapong")
_western('id',
         "Budi,Siti,Agus,Dewi,Eko,Sri,Hendra,Rina,Wahyu,Yuli,Andi,Rudi,Indah,Fajar,Putri,Dian,Adi,Ratna,Bayu,Nur",
         "Santoso,Rahmawati,Setiawan,Lestari,Wijaya,Prasetyo,Saputra,Hartono,Permata,Nugroho,Kurniawan,"
         "Hidayat,Susanto,Siregar,Simanjuntak,Halim,Gunawan,Utomo,Pratama,Sitompul")
_western('ph',
         "Juan,Jose,Maria,Mark,John Paul,Jericho,Angelica,Kristine,Rommel,Ferdinand,Jennifer,Carlo,Paolo,Bea,"
         "Ma. Cristina|Maria Cristina,Rodel,Jonathan,Mary Grace",
         "dela Cruz|Dela Cruz|De la Cruz,Santos,Reyes,Garcia,Bautista,Ocampo,Mendoza,Villanueva,Ramos,Aquino,"
         "Castillo,Manalo,Pascual,Tolentino,Soriano,Macaraeg,Dimaculangan,Panganiban,Lacson,Sumulong",
         mid=_mid_ph)
_western('tr',
         "Mehmet,Mustafa,Ahmet,Ali,Hüseyin|Huseyin,Hasan,İbrahim|Ibrahim,Emre,Murat,Ayşe|Ayse,Fatma,Zeynep,"
         "Elif,Emine,Burak,Can,Cem,Okan,Serkan,Deniz,Selin,Ece,Oğuz|Oguz,Kerem",
         "Yılmaz|Yilmaz,Kaya,Demir,Şahin|Sahin,Çelik|Celik,Yıldız|Yildiz,Yıldırım|Yildirim,Öztürk|Ozturk,"
         "Aydın|Aydin,Özdemir|Ozdemir,Arslan,Doğan|Dogan,Kılıç|Kilic,Aslan,Çetin|Cetin,Kara,Koç|Koc,Kurt,"
         "Özkan|Ozkan,Şimşek|Simsek,Erdem,Güler|Guler,Ünal|Unal,Karaca,Tekin,Polat,Acar,Bozkurt,Karakaya")


def _cjk(key, FAM, GIV, s=0.7, order='fg', eng=None, natsep=''):
    zf, zg = zipf(PN(FAM), s), zipf(PN(GIV), s)
    engl = eng.split(',') if eng else None

    def make(rng, rare=False):
        if rare:
            f, g = rng.choice(_tail(zf)), rng.choice(_tail(zg))
        else:
            f, g = zp(rng, zf), zp(rng, zg)
        nat = [f[0] + g[0]] if not natsep else [f[0] + g[0], f[0] + natsep + g[0]]
        e = rng.choice(engl) if engl and rng.random() < .5 else None
        return Person(key, g[1], f[1], None, nat, order, e)
    CUL[key] = make


_cjk('cn',
     "王:Wang,李:Li,张:Zhang,刘:Liu,陈:Chen,杨:Yang,黄:Huang,赵:Zhao,吴:Wu,周:Zhou,徐:Xu,孙:Sun,马:Ma,"
     "朱:Zhu,胡:Hu,郭:Guo,何:He,高:Gao,林:Lin,罗:Luo,郑:Zheng,梁:Liang,谢:Xie,宋:Song,唐:Tang,许:Xu,韩:Han,"
     "冯:Feng,邓:Deng,曹:Cao,彭:Peng,曾:Zeng,肖:Xiao,田:Tian,董:Dong,潘:Pan,袁:Yuan,蔡:Cai,蒋:Jiang,余:Yu,"
     "欧阳:Ouyang|Ou-Yang,司马:Sima",
     "伟:Wei,芳:Fang,娜:Na,敏:Min,静:Jing,丽:Li,强:Qiang,磊:Lei,军:Jun,洋:Yang,勇:Yong,艳:Yan,杰:Jie,涛:Tao,"
     "明:Ming,超:Chao,秀英:Xiuying|Xiu Ying,建华:Jianhua|Jian Hua,志强:Zhiqiang|Zhi Qiang,"
     "海燕:Haiyan|Hai Yan,晓明:Xiaoming|Xiao Ming,文博:Wenbo|Wen Bo,子涵:Zihan|Zi Han,浩然:Haoran|Hao Ran,"
     "雨婷:Yuting|Yu Ting,国庆:Guoqing|Guo Qing,俊杰:Junjie|Jun Jie,欣怡:Xinyi|Xin Yi,宇轩:Yuxuan|Yu Xuan,"
     "嘉怡:Jiayi|Jia Yi,志远:Zhiyuan|Zhi Yuan,思远:Siyuan|Si Yuan,鹏飞:Pengfei|Peng Fei,春华:Chunhua,"
     "立新:Lixin,振宇:Zhenyu|Zhen Yu,梓豪:Zihao|Zi Hao,一鸣:Yiming|Yi Ming,天翔:Tianxiang,慧敏:Huimin,"
     "沐阳:Muyang,锦程:Jincheng,若曦:Ruoxi|Ruo Xi")
_cjk('hk',
     "陳:Chan,黃:Wong,李:Lee|Li,張:Cheung,劉:Lau,林:Lam,吳:Ng,周:Chow,鄭:Cheng,梁:Leung,何:Ho,王:Wong,"
     "謝:Tse,馬:Ma,郭:Kwok,羅:Law,徐:Tsui,楊:Yeung,趙:Chiu,高:Ko,胡:Wu,朱:Chu,曾:Tsang,麥:Mak,區:Au,"
     "蔡:Choi,葉:Yip,盧:Lo,余:Yu,潘:Poon",
     "大文:Tai Man,家明:Ka Ming,志偉:Chi Wai,嘉欣:Ka Yan,詠詩:Wing Sze,國華:Kwok Wah,美玲:Mei Ling,"
     "偉強:Wai Keung,子軒:Tsz Hin,曉彤:Hiu Tung,俊傑:Chun Kit,慧敏:Wai Man,永康:Wing Hong,家豪:Ka Ho,"
     "淑儀:Suk Yee,志明:Chi Ming,國強:Kwok Keung,美華:Mei Wah,浩然:Ho Yin,芷晴:Tsz Ching",
     eng="Peter,David,Michael,Eric,Kenneth,Raymond,Alan,Tommy,Winnie,Karen,Vivian,Cindy,Alex,Jacky,Ivy,"
         "Carmen,Stanley,Gigi,Kelvin,Wilson")
_cjk('tw',
     "陳:Chen,林:Lin,黃:Huang,張:Chang|Zhang,李:Lee|Li,王:Wang,吳:Wu,劉:Liu,蔡:Tsai|Cai,楊:Yang,許:Hsu|Xu,"
     "鄭:Cheng|Zheng,謝:Hsieh|Xie,郭:Kuo|Guo,洪:Hung|Hong,邱:Chiu|Qiu,曾:Tseng|Zeng,廖:Liao,賴:Lai,"
     "周:Chou|Zhou",
     "志明:Chih-Ming|Chih Ming|Zhiming,淑芬:Shu-Fen|Shufen,家豪:Chia-Hao|Jiahao,怡君:Yi-Chun|Yijun,"
     "俊宏:Chun-Hung|Junhong,雅婷:Ya-Ting|Yating,建宏:Chien-Hung|Jianhong,冠宇:Kuan-Yu|Guanyu,"
     "宗翰:Tsung-Han|Zonghan,佳穎:Chia-Ying|Jiaying,承恩:Cheng-En|Chengen,信宏:Hsin-Hung|Xinhong,"
     "美玲:Mei-Ling|Meiling,文傑:Wen-Chieh|Wenjie",
     eng="Jason,Kevin,Vincent,Tony,Amy,Grace,Joyce,Jerry,Allen,Sandy")
_cjk('jp',
     "佐藤:Sato|Satoh,鈴木:Suzuki,高橋:Takahashi,田中:Tanaka,伊藤:Ito|Itoh,渡辺:Watanabe,山本:Yamamoto,"
     "中村:Nakamura,小林:Kobayashi,加藤:Kato|Katoh,吉田:Yoshida,山田:Yamada,佐々木:Sasaki,松本:Matsumoto,"
     "井上:Inoue,木村:Kimura,清水:Shimizu,林:Hayashi,長谷川:Hasegawa",
     "翔:Sho|Shou,大輔:Daisuke,健太:Kenta,陽子:Yoko|Youko,裕子:Yuko|Yuuko,拓也:Takuya,美咲:Misaki,"
     "直樹:Naoki,浩:Hiroshi,愛:Ai,大樹:Daiki,結衣:Yui,蓮:Ren,隆:Takashi,誠:Makoto,由美:Yumi,"
     "健一:Kenichi|Ken'ichi,正人:Masato",
     order='gmf', natsep=' ')
_cjk('kr',
     "김:Kim|Gim,이:Lee|Yi|Rhee,박:Park|Pak,최:Choi|Choe,정:Jung|Jeong|Chung,강:Kang,조:Cho|Jo,윤:Yoon|Yun,"
     "장:Jang|Chang,임:Lim|Im,한:Han,오:Oh,서:Seo|Suh,신:Shin|Sin,권:Kwon,황:Hwang,안:Ahn|An,송:Song,"
     "류:Ryu|Yoo,홍:Hong",
     "민준:Min-jun|Minjun|Min Jun,서연:Seo-yeon|Seoyeon,지훈:Ji-hoon|Jihoon|Ji Hun,현우:Hyun-woo|Hyunwoo,"
     "지민:Ji-min|Jimin,수빈:Su-bin|Subin,예준:Ye-jun|Yejun,하은:Ha-eun|Haeun,도윤:Do-yoon|Doyun,"
     "서준:Seo-jun|Seojun,민서:Min-seo|Minseo,준혁:Jun-hyuk|Junhyeok,성민:Sung-min|Seongmin,"
     "영호:Young-ho|Yeongho,상철:Sang-chul|Sangcheol,은지:Eun-ji|Eunji")

# Vietnamese: family middle given, native with diacritics
_VN_F = zipf(acc2("Nguyễn,Trần,Lê,Phạm,Hoàng,Huỳnh,Phan,Vũ,Võ,Đặng,Bùi,Đỗ,Hồ,Ngô,Dương,Lý,Trịnh,Đinh"), .8)
_VN_MM = acc2("Văn,Đức,Minh,Hữu,Quang,Thanh,Công,Xuân")
_VN_MF = acc2("Thị,Ngọc,Thu,Thanh,Kim,Phương")
_VN_GM = zipf(acc2("Anh,Hùng,Dũng,Tuấn,Nam,Long,Hải,Huy,Khoa,Sơn,Phong,Thắng,Quân,Bảo,Hiếu,Khang"), .7)
_VN_GF = zipf(acc2("Anh,Hương,Lan,Linh,Trang,Phương,Thảo,Mai,Hà,Ngân,Vy,Nhung,Hạnh,Yến"), .7)


def _mk_vn(rng, rare=False):
    fem = rng.random() < .4
    f = rng.choice(_tail(_VN_F)) if rare else zp(rng, _VN_F)
    m = rng.choice(_VN_MF if fem else _VN_MM)
    gz = _VN_GF if fem else _VN_GM
    g = rng.choice(_tail(gz)) if rare else zp(rng, gz)
    return Person('vn', g[1], f[1], m[1], ['%s %s %s' % (f[0], m[0], g[0])], 'fg')


CUL['vn'] = _mk_vn

_MS_G = PN("M:Ahmad,M:Muhammad|Mohd|Mohamad,F:Nur,F:Siti,F:Aisyah,F:Farah,M:Hafiz,M:Faizal,M:Aziz,M:Hakim,"
           "F:Nurul,M:Amir,M:Zainal,M:Syafiq,F:Izzati,M:Azlan,M:Shahrul,M:Haziq,F:Aminah")
_MS_F = zipf(P("Abdullah,Ismail,Ibrahim,Hassan,Rahman|Rahim,Yusof|Yusoff,Omar,Ahmad,Othman,Hamid,Razak,Salleh,"
               "Zakaria,Mahmud|Mahmood,Kassim,Ali,Hussin|Hussein"), .6)


def _mk_ms(rng, rare=False):
    sx, g = rng.choice(_MS_G)
    f = rng.choice(_tail(_MS_F)) if rare else zp(rng, _MS_F)
    return Person('ms', g, f, ['binti' if sx == 'F' else 'bin'], None, 'ms')


CUL['ms'] = _mk_ms

_SG_F = zipf(P("Tan,Lim,Lee,Ng,Ong,Wong,Goh,Chua,Koh,Teo,Chan,Low,Yeo,Sim,Ho,Chong,Tay,Toh,Leong,Seah,Quek,Heng"), .7)
_SG_G = zipf(P("Wei Ming|Weiming,Jia Hui|Jiahui,Kok Wai,Mei Ling|Meiling,Jun Jie|Junjie,Hui Min|Huimin,Zhi Wei,"
               "Li Ting|Liting,Boon Kiat,Siew Ling,Chee Keong,Kian Seng,Wei Jie,Xin Yi,Eng Hock,Soo Lin"), .6)
_SG_E = "Jason,Michelle,Kelvin,Cheryl,Desmond,Eunice,Benjamin,Rachel,Alvin,Serene,Marcus,Jasmine,Darren,Vanessa".split(',')


def _mk_sg(rng, rare=False):
    f = rng.choice(_tail(_SG_F)) if rare else zp(rng, _SG_F)
    g = rng.choice(_tail(_SG_G)) if rare else zp(rng, _SG_G)
    e = rng.choice(_SG_E) if rng.random() < .55 else None
    return Person('sgcn', g, f, None, None, 'fg', e)


CUL['sgcn'] = _mk_sg


def _slav(key, MALE, FEM, FAM, PAT, s=.7):
    zm, zfem, zfam = zipf(PN(MALE), s), zipf(PN(FEM), s), zipf(PN(FAM), s)

    def make(rng, rare=False):
        female = rng.random() < .3
        zg = zfem if female else zm
        g = rng.choice(_tail(zg)) if rare else zp(rng, zg)
        fn, fl = rng.choice(_tail(zfam)) if rare else zp(rng, zfam)
        if female and fn.endswith(('ов', 'ев', 'ин', 'ёв')):
            fn = fn + 'а'
            fl = [x + 'a' for x in fl]
        pt = rng.choice(PAT)
        pn, pl = (pt[1], pt[3].split('|')) if female else (pt[0], pt[2].split('|'))
        nat = ['%s %s %s' % (fn, g[0], pn), '%s %s' % (g[0], fn), '%s %s.%s.' % (fn, g[0][0], pn[0])]
        return Person(key, g[1], fl, pl, nat, 'ru')
    CUL[key] = make


_slav('ru',
      "Александр:Aleksandr|Alexander|Alexandr,Сергей:Sergey|Sergei,Дмитрий:Dmitry|Dmitriy|Dmitrii,"
      "Андрей:Andrey|Andrei,Алексей:Alexey|Aleksei|Alexei,Максим:Maksim|Maxim,Евгений:Evgeny|Yevgeniy|Evgenii,"
      "Иван:Ivan,Михаил:Mikhail,Николай:Nikolay|Nikolai,Юрий:Yury|Yuriy|Iurii,Владимир:Vladimir,Павел:Pavel,"
      "Артём:Artem|Artyom,Игорь:Igor,Олег:Oleg,Роман:Roman,Виктор:Viktor|Victor,Константин:Konstantin,"
      "Денис:Denis,Кирилл:Kirill,Антон:Anton,Илья:Ilya|Ilia,Вадим:Vadim,Станислав:Stanislav,Ярослав:Yaroslav",
      "Ольга:Olga,Елена:Elena|Yelena,Наталья:Natalya|Natalia,Татьяна:Tatyana|Tatiana,Анна:Anna,Ирина:Irina,"
      "Светлана:Svetlana,Мария:Maria|Mariya,Екатерина:Ekaterina|Yekaterina,Юлия:Yulia|Yuliya|Iuliia,"
      "Анастасия:Anastasia|Anastasiya,Ксения:Ksenia|Kseniya,Дарья:Darya|Daria",
      "Иванов:Ivanov,Смирнов:Smirnov,Кузнецов:Kuznetsov,Попов:Popov,Васильев:Vasilyev|Vasiliev,Петров:Petrov,"
      "Соколов:Sokolov,Михайлов:Mikhailov|Mikhaylov,Новиков:Novikov,Фёдоров:Fedorov|Fyodorov,Морозов:Morozov,"
      "Волков:Volkov,Алексеев:Alekseev|Alexeev,Лебедев:Lebedev,Семёнов:Semenov|Semyonov,Егоров:Egorov|Yegorov,"
      "Павлов:Pavlov,Козлов:Kozlov,Степанов:Stepanov,Николаев:Nikolaev|Nikolayev,Орлов:Orlov,"
      "Андреев:Andreev|Andreyev,Макаров:Makarov,Никитин:Nikitin,Захаров:Zakharov|Zaharov,Белоусов:Belousov,"
      "Воронцов:Vorontsov,Гончаров:Goncharov,Тимофеев:Timofeev|Timofeyev,Шестаков:Shestakov,"
      "Ермаков:Ermakov|Yermakov,Красильников:Krasilnikov,Щербаков:Shcherbakov|Scherbakov,Преображенский:Preobrazhensky",
      [("Сергеевич", "Сергеевна", "Sergeevich|Sergeyevich", "Sergeevna|Sergeyevna"),
       ("Александрович", "Александровна", "Aleksandrovich|Alexandrovich", "Aleksandrovna|Alexandrovna"),
       ("Владимирович", "Владимировна", "Vladimirovich", "Vladimirovna"),
       ("Андреевич", "Андреевна", "Andreevich|Andreyevich", "Andreevna|Andreyevna"),
       ("Николаевич", "Николаевна", "Nikolaevich|Nikolayevich", "Nikolaevna|Nikolayevna"),
       ("Игоревич", "Игоревна", "Igorevich", "Igorevna"),
       ("Михайлович", "Михайловна", "Mikhailovich|Mikhaylovich", "Mikhailovna|Mikhaylovna"),
       ("Викторович", "Викторовна", "Viktorovich", "Viktorovna"),
       ("Юрьевич", "Юрьевна", "Yurievich|Yuryevich", "Yurievna|Yuryevna"),
       ("Олегович", "Олеговна", "Olegovich", "Olegovna")])
_slav('uk',
      "Олександр:Oleksandr|Alexander|Olexandr,Андрій:Andrii|Andriy,Дмитро:Dmytro,Сергій:Serhii|Serhiy|Sergii,"
      "Володимир:Volodymyr,Максим:Maksym,Тарас:Taras,Богдан:Bohdan|Bogdan,Юрій:Yurii|Yuriy,"
      "Віталій:Vitalii|Vitaliy,Остап:Ostap,Ігор:Ihor|Igor",
      "Ірина:Iryna,Оксана:Oksana,Юлія:Yuliia|Yulia,Олена:Olena,Наталія:Nataliia|Natalia,"
      "Тетяна:Tetiana|Tetyana,Марія:Mariia|Maria,Ганна:Hanna|Anna",
      "Шевченко:Shevchenko,Коваленко:Kovalenko,Бондаренко:Bondarenko,Ткаченко:Tkachenko,Кравченко:Kravchenko,"
      "Олійник:Oliinyk|Oleinik,Мельник:Melnyk|Melnik,Коваль:Koval,Бойко:Boiko|Boyko,Лисенко:Lysenko,"
      "Руденко:Rudenko,Савченко:Savchenko,Петренко:Petrenko,Мороз:Moroz,Кравчук:Kravchuk,"
      "Поліщук:Polishchuk,Гончаренко:Honcharenko|Goncharenko,Левченко:Levchenko,Марченко:Marchenko,"
      "Зінченко:Zinchenko,Ярошенко:Yaroshenko",
      [("Олександрович", "Олександрівна", "Oleksandrovych", "Oleksandrivna"),
       ("Миколайович", "Миколаївна", "Mykolaiovych", "Mykolaivna"),
       ("Петрович", "Петрівна", "Petrovych", "Petrivna"),
       ("Іванович", "Іванівна", "Ivanovych", "Ivanivna"),
       ("Васильович", "Василівна", "Vasylovych", "Vasylivna")])
_slav('kz',
      "Нурлан:Nurlan,Ерлан:Yerlan|Erlan,Даурен:Dauren,Бауыржан:Bauyrzhan|Baurzhan,Асхат:Askhat,Айдос:Aidos,"
      "Серик:Serik,Арман:Arman,Данияр:Daniyar,Тимур:Timur,Ержан:Yerzhan|Erzhan",
      "Айгерим:Aigerim,Асель:Assel|Asel,Динара:Dinara,Жанна:Zhanna,Гульнара:Gulnara,Мадина:Madina,"
      "Салтанат:Saltanat,Камила:Kamila",
      "Ахметов:Akhmetov|Ahmetov,Нурланов:Nurlanov,Жумабаев:Zhumabayev|Zhumabaev,Сейткали:Seitkali,"
      "Оспанов:Ospanov,Сулейменов:Suleimenov|Suleymenov,Касымов:Kassymov|Kasymov,Абдрахманов:Abdrakhmanov,"
      "Бекмуханов:Bekmukhanov,Искаков:Iskakov,Омаров:Omarov,Садыков:Sadykov,Байжанов:Baizhanov",
      [("Нурланович", "Нурлановна", "Nurlanovich", "Nurlanovna"),
       ("Серикович", "Сериковна", "Serikovich", "Serikovna"),
       ("Ерланович", "Ерлановна", "Yerlanovich|Erlanovich", "Yerlanovna|Erlanovna"),
       ("Маратович", "Маратовна", "Maratovich", "Maratovna")])

# culture -> home region (for phones, free-mail of a person)
CULT_HOME = {'en': 'US', 'de': 'DE', 'fr': 'FR', 'it': 'IT', 'es': 'MX', 'pt': 'BR', 'pl': 'PL', 'nl': 'NL',
             'et': 'EE', 'el': 'CY', 'ar': 'AE', 'ng': 'NG', 'ke': 'KE', 'za': 'ZA', 'in': 'IN', 'ms': 'MY',
             'sgcn': 'SG', 'vn': 'VN', 'th': 'TH', 'id': 'ID', 'ph': 'PH', 'cn': 'CN', 'hk': 'HK', 'tw': 'TW',
             'jp': 'JP', 'kr': 'KR', 'ru': 'RU', 'uk': 'UA', 'kz': 'KZ', 'tr': 'TR'}


def rperson(p, rng, src, npref):
    if p.nat and ((npref and rng.random() < .8) or rng.random() < .05):
        s = p.nat[0] if (len(p.nat) == 1 or rng.random() < .6) else rng.choice(p.nat)
        return s
    g = p.g[0] if rng.random() < .8 else rng.choice(p.g)
    f = p.f[0] if rng.random() < .8 else rng.choice(p.f)
    m = None
    if p.m:
        m = p.m[0] if rng.random() < .85 else rng.choice(p.m)
    o = p.order
    r = rng.random()
    if o == 'fg':
        gm = (m + ' ' + g) if m else g
        if r < .5:
            s = f + ' ' + gm
        elif r < .72:
            s = (g if (m and rng.random() < .5) else gm) + ' ' + f
        elif r < .87:
            s = f.upper() + ' ' + gm
        else:
            s = f + ', ' + gm
        if p.eng and rng.random() < .6:
            s = (p.eng + ' ' + s) if rng.random() < .7 else (s + ', ' + p.eng)
    elif o == 'ru':
        if r < .45:
            s = g + ' ' + f
        elif r < .7:
            s = f + ' ' + g + ((' ' + m) if m else '')
        elif r < .82:
            s = g + ((' ' + m) if m else '') + ' ' + f
        elif r < .92:
            s = f.upper() + ' ' + g
        else:
            s = f + ' ' + g[0] + '.' + ((m[0] + '.') if m else '')
    elif o == 'ms':
        if r < .55:
            s = g + ' ' + m + ' ' + f
        elif r < .85:
            s = g + ' ' + f
        else:
            s = g + ' ' + m[0].upper() + '. ' + f
    elif o == 'gfm':
        if r < .55:
            s = ' '.join(x for x in (g, f, m) if x)
        elif r < .8:
            s = g + ' ' + f
        else:
            s = f + ((' ' + m) if m else '') + ', ' + g
    else:
        if r < .78:
            s = ' '.join(x for x in (g, m, f) if x)
        elif r < .88:
            s = g + ' ' + f
        elif r < .95:
            s = f + ', ' + g
        else:
            s = g[0] + '. ' + f
    up = {'kyc': .7, 'legacy': .25}.get(src, .05)
    if rng.random() < up:
        s = s.upper()
    elif src == 'web' and rng.random() < .03:
        s = s.lower()
    if rng.random() < .2:
        s = deacc(s)
    if rng.random() < .015:
        s = typo(s, rng)
    if rng.random() < .02:
        s = rng.choice(['Dr. ', 'Dr ', 'Eng. ', 'Prof. ']) + s
    return s


def person_local(p, rng, freemail=True):
    g = slug(p.g[0]) or 'user'
    f = slug(p.f[0]) or 'x'
    r = rng.random()
    yy = str(rng.choice([rng.randint(70, 99), rng.randint(0, 12)])).zfill(2)
    if freemail:
        opts = [g + '.' + f, g + f + yy, g[0] + f, f + '.' + g, g + '_' + f, g + f, g + '.' + f + yy,
                f + g[0] + str(rng.randint(1, 999)), g + str(rng.randint(1, 9999))]
    else:
        opts = [g + '.' + f, g[0] + f, g, g + '.' + f[0], f]
    return opts[int(r * len(opts))]

# =====================================================================
# registration ids  (each returns [canonical, variants...])
# =====================================================================
_UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'


class RID:
    __slots__ = ('v',)

    def __init__(self, v):
        self.v = v


def _luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def rid_us(rng):
    pre = rng.choice(['12', '20', '26', '27', '30', '32', '33', '35', '36', '37', '38', '45', '46', '47', '81',
                      '82', '83', '84', '85', '86', '87', '88', '90', '91', '92', '93', '98', '99'])
    d = pre + D(rng, 7)
    c = d[:2] + '-' + d[2:]
    return RID([c, d, 'EIN ' + c, 'EIN: ' + d, 'FEIN ' + c])


def rid_gb(rng):
    r = rng.random()
    d = ('SC' + D(rng, 6)) if r < .06 else ('0' + D(rng, 7)) if r < .45 else ('1' + D(rng, 7))
    v = [d, 'Company No. ' + d, 'CRN ' + d, 'Company number ' + d]
    if d[0] == '0':
        v.append(d.lstrip('0'))
    return RID(v)


def rid_de(rng):
    court, sfx = rng.choice([('Berlin (Charlottenburg)', ' B'), ('München', ''), ('Hamburg', ''),
                             ('Frankfurt am Main', ''), ('Köln', ''), ('Düsseldorf', ''), ('Stuttgart', ''),
                             ('Leipzig', ''), ('Mannheim', '')])
    n = rng.randint(1000, 299999)
    c = 'HRB %d%s' % (n, sfx)
    return RID([c, 'HRB%d' % n, 'Amtsgericht %s HRB %d%s' % (court, n, sfx), 'HRB %d (%s)' % (n, court),
                'HR B %d' % n])


def vat_de(rng):
    d = D(rng, 9)
    return RID(['DE' + d, 'DE ' + d, 'DE %s %s %s' % (d[:3], d[3:6], d[6:]), 'USt-IdNr. DE' + d])


def rid_fr(rng):
    b = str(rng.randint(3, 9)) + D(rng, 7)
    s = b + _luhn_digit(b)
    sp = '%s %s %s' % (s[:3], s[3:6], s[6:])
    city = rng.choice(['Paris', 'Lyon', 'Nanterre', 'Bordeaux', 'Nantes', 'Lille'])
    return RID([sp, s, 'RCS %s %s' % (city, sp), 'SIREN ' + s, 'SIREN : ' + sp])


def vat_fr(rng):
    b = str(rng.randint(3, 9)) + D(rng, 7)
    s = b + _luhn_digit(b)
    key = (12 + 3 * (int(s) % 97)) % 97
    return RID(['FR%02d%s' % (key, s), 'FR %02d %s' % (key, s)])


def rid_it(rng):
    b = D(rng, 7) + rng.choice(['015', '096', '058', '001', '037', '048'])
    s = b + _luhn_digit(b)
    return RID([s, 'IT' + s, 'P.IVA ' + s, 'P. IVA IT ' + s, 'Partita IVA ' + s])


def rid_es(rng):
    L = rng.choice('BBBBA')
    d = D(rng, 7)
    e = sum(int(d[i]) for i in (1, 3, 5))
    o = 0
    for i in (0, 2, 4, 6):
        x = int(d[i]) * 2
        o += x // 10 + x % 10
    c = str((10 - (e + o) % 10) % 10)
    s = L + d + c
    return RID([s, L + '-' + d + c, 'ES' + s, 'CIF ' + s, 'NIF ' + s])


def rid_pl(rng):
    k = '0000' + str(rng.randint(100000, 999999))
    return RID([k, 'KRS ' + k, 'KRS: ' + k.lstrip('0'), 'KRS nr ' + k])


def vat_pl(rng):
    while True:
        d = D(rng, 9)
        c = sum(int(a) * b for a, b in zip(d, (6, 5, 7, 2, 3, 4, 5, 6, 7))) % 11
        if c != 10:
            break
    s = d + str(c)
    f = '%s-%s-%s-%s' % (s[:3], s[3:6], s[6:8], s[8:])
    return RID([s, f, 'PL' + s, 'NIP ' + f, 'NIP: ' + s])


def rid_nl(rng, num=None):
    d = num or str(rng.randint(10000000, 99999999))
    return RID([d, 'KvK ' + d, 'KVK-nummer ' + d, 'KvK: ' + d, 'Chamber of Commerce ' + d])


def vat_nl(rng):
    d = D(rng, 9)
    return RID(['NL%sB01' % d, 'NL %s B01' % d, 'NL%sB0%d' % (d, rng.randint(1, 3))])


def rid_ee(rng):
    d = '1' + str(rng.randint(1000000, 6999999))
    return RID([d, 'reg. code ' + d, 'Registrikood ' + d, 'Reg. nr ' + d])


def vat_ee(rng):
    d = '10' + D(rng, 7)
    return RID(['EE' + d, 'EE ' + d, 'KMKR EE' + d])


def rid_cy(rng):
    d = str(rng.randint(300000, 459999))
    return RID(['HE ' + d, 'HE' + d, 'ΗΕ ' + d, 'HE-' + d, 'Reg. No. HE ' + d])


def rid_br(rng):
    b = [rng.randrange(10) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(x * y for x, y in zip(b, w1))
    b.append(0 if s % 11 < 2 else 11 - s % 11)
    w2 = [6] + w1
    s = sum(x * y for x, y in zip(b, w2))
    b.append(0 if s % 11 < 2 else 11 - s % 11)
    d = ''.join(map(str, b))
    c = '%s.%s.%s/%s-%s' % (d[:2], d[2:5], d[5:8], d[8:12], d[12:])
    return RID([c, d, 'CNPJ ' + c, 'CNPJ: ' + d, 'CNPJ nº ' + c])


def rid_mx(rng):
    let = ''.join(rng.choice(_UP) for _ in range(3))
    dt = '%02d%02d%02d' % (rng.randint(5, 23), rng.randint(1, 12), rng.randint(1, 28))
    hc = rng.choice(_UP) + rng.choice(_UP + '0123456789') + rng.choice('0123456789A')
    s = let + dt + hc
    return RID([s, '%s-%s-%s' % (let, dt, hc), 'RFC: ' + s, 'RFC ' + s, s.lower()])


def rid_cl(rng):
    n = rng.randint(76000000, 77999999)
    s, m = 0, 2
    for ch in reversed(str(n)):
        s += int(ch) * m
        m = 2 if m == 7 else m + 1
    dv = 11 - s % 11
    dv = '0' if dv == 11 else 'K' if dv == 10 else str(dv)
    ns = '{:,}'.format(n).replace(',', '.')
    return RID(['%s-%s' % (ns, dv), '%d-%s' % (n, dv), '%d%s' % (n, dv), 'RUT %s-%s' % (ns, dv),
                'R.U.T. %s-%s' % (ns, dv)])


def rid_ar(rng):
    b = rng.choice(['30', '33']) + str(rng.randint(50000000, 71999999))
    s = sum(int(c) * w for c, w in zip(b, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    v = 11 - s % 11
    v = 0 if v == 11 else 9 if v == 10 else v
    return RID(['%s-%s-%d' % (b[:2], b[2:], v), '%s%d' % (b, v), 'CUIT %s-%s-%d' % (b[:2], b[2:], v),
                'C.U.I.T. %s-%s-%d' % (b[:2], b[2:], v)])


def rid_co(rng):
    b = '9' + D(rng, 8)
    w = (3, 7, 13, 17, 19, 23, 29, 37, 41)
    s = sum(int(c) * x for c, x in zip(reversed(b), w))
    dv = s % 11
    dv = dv if dv < 2 else 11 - dv
    f = '%s.%s.%s' % (b[:3], b[3:6], b[6:])
    return RID(['%s-%d' % (f, dv), '%s-%d' % (b, dv), '%s%d' % (b, dv), 'NIT %s-%d' % (f, dv),
                'NIT: %s-%d' % (b, dv)])


def rid_ng(rng):
    d = str(rng.randint(100000, 1899999))
    return RID(['RC ' + d, 'RC' + d, d, 'RC-' + d, 'RC No. ' + d])


def rid_ke(rng):
    a = ''.join(rng.choice(_UP + '0123456789') for _ in range(7))
    return RID(['PVT-' + a, 'PVT' + a, 'PVT - ' + a, 'pvt-' + a.lower()])


def vat_ke(rng):
    d = 'P05' + D(rng, 7) + rng.choice(_UP)
    return RID([d, 'KRA PIN ' + d, 'PIN: ' + d])


def rid_za(rng):
    y = rng.randint(2005, 2023)
    n = D(rng, 6)
    t = rng.choice(['07', '07', '07', '08'])
    return RID(['%d/%s/%s' % (y, n, t), 'K%d/%s/%s' % (y, n, t), '%d%s%s' % (y, n, t),
                '%d / %s / %s' % (y, n, t), 'Reg. No. %d/%s/%s' % (y, n, t)])


def rid_ae(rng):
    r = rng.random()
    if r < .35:
        n = str(rng.randint(1000000, 1399999))
        return RID(['CN-' + n, 'CN' + n, 'License No. CN-' + n, n, 'Trade License CN-' + n])
    if r < .6:
        n = str(rng.randint(30000, 299999))
        return RID(['DMCC-' + n, 'DMCC - ' + n, 'DMCC' + n, 'License DMCC-' + n])
    if r < .8:
        n = str(rng.randint(1000, 49999))
        return RID(['IFZA-' + n, 'IFZA ' + n, 'Licence No. ' + n])
    n = str(rng.randint(10000, 249999))
    return RID(['JAFZA ' + n, 'Jafza-' + n, 'LIC-' + n])


def vat_ae(rng):
    d = '100' + D(rng, 12)
    return RID([d, 'TRN ' + d, 'TRN: ' + d])


_IN_ST = [('KA', '29'), ('MH', '27'), ('DL', '07'), ('TN', '33'), ('TG', '36'), ('HR', '06'), ('UP', '09'),
          ('GJ', '24'), ('WB', '19')]


def rid_in(rng):
    st, _ = rng.choice(_IN_ST)
    c = '%s%s%s%d%s%s' % (rng.choice('UUUUL'), rng.choice(['72900', '72200', '74999', '62099', '63999', '51909',
                                                             '74900', '72300']),
                         st, rng.randint(2008, 2023), rng.choice(['PTC', 'PTC', 'PTC', 'PLC']), D(rng, 6))
    return RID([c, 'CIN: ' + c, 'CIN ' + c, '%s %s %s %s %s' % (c[0], c[1:6], c[6:8], c[8:12], c[12:]), c.lower()])


def vat_in(rng):
    st, code = rng.choice(_IN_ST)
    pan = ''.join(rng.choice(_UP) for _ in range(3)) + 'C' + rng.choice(_UP) + D(rng, 4) + rng.choice(_UP)
    g = code + pan + '1Z' + rng.choice(_UP + '0123456789')
    return RID([g, 'GSTIN: ' + g, 'GSTIN ' + g, 'GST ' + g])


def rid_sg(rng):
    s = '%d%s%s' % (rng.randint(2005, 2023), D(rng, 5), rng.choice(_UP))
    return RID([s, 'UEN ' + s, 'UEN: ' + s, 'Co. Reg. No. ' + s])


def rid_my(rng):
    y = rng.randint(2005, 2023)
    new = '%d01%s' % (y, D(rng, 6))
    old = '%d-%s' % (rng.randint(600000, 1499999), rng.choice(_UP))
    return RID(['%s (%s)' % (new, old), new, old, old.lower(), 'SSM ' + new, '%s [%s]' % (new, old)])


def rid_vn(rng, num=None):
    d = num or ('0' + str(rng.randint(100000000, 318999999)))
    return RID([d, 'MST: ' + d, 'Mã số thuế ' + d, 'MST ' + d, '%s %s %s' % (d[:4], d[4:7], d[7:])])


def rid_th(rng):
    d = '0105' + str(rng.randint(545000000, 566999999))
    return RID([d, '%s-%s-%s-%s-%s' % (d[0], d[1:5], d[5:10], d[10:12], d[12:]), 'Reg. No. ' + d])


def rid_id(rng):
    d = D(rng, 15)
    f = '%s.%s.%s.%s-%s.%s' % (d[:2], d[2:5], d[5:8], d[8], d[9:12], d[12:])
    return RID([f, d, 'NPWP ' + f, 'NPWP: ' + d])


def rid_ph(rng):
    y = rng.randint(2005, 2023)
    n = D(rng, 5)
    return RID(['CS%d%s' % (y, n), 'CS %d %s' % (y, n), 'SEC Reg. No. CS%d%s' % (y, n), 'CS%d-%s' % (y, n)])


_USCC = '0123456789ABCDEFGHJKLMNPQRTUWXY'
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def rid_cn(rng):
    region = rng.choice(['310115', '310104', '110108', '110105', '440300', '440305', '330106', '330108',
                         '440106', '510100'])
    org = 'MA' + ''.join(rng.choice(_USCC) for _ in range(7))
    b = '91' + region + org
    s = sum(_USCC.index(ch) * w for ch, w in zip(b, _USCC_W))
    c = 31 - s % 31
    c = 0 if c == 31 else c
    u = b + _USCC[c]
    return RID([u, '统一社会信用代码：' + u, 'USCC ' + u, '统一社会信用代码 ' + u, u.lower()])


def rid_hk(rng):
    d = str(rng.randint(1500000, 3299999))
    return RID([d, 'CR No. ' + d, 'CI No. ' + d, 'CR ' + d, '公司編號 ' + d])


def rid_tw(rng, num=None):
    d = num or str(rng.randint(10000000, 99999999))
    return RID([d, '統一編號 ' + d, '統編：' + d, 'UBN ' + d, 'Tax ID ' + d])


def _inn_ru(rng, reg):
    n9 = reg + D(rng, 9 - len(reg))
    c = sum(int(a) * b for a, b in zip(n9, (2, 4, 10, 3, 5, 9, 4, 6, 8))) % 11 % 10
    return n9 + str(c)


def rid_ru(rng):
    inn = _inn_ru(rng, rng.choice(['77', '77', '78', '50', '54', '66', '16']))
    return RID([inn, 'ИНН ' + inn, 'INN ' + inn, 'ИНН/КПП %s/%s01001' % (inn, inn[:4]), 'ИНН: ' + inn])


def vat_ru(rng):
    b = '1' + str(rng.randint(10, 23)) + rng.choice(['77', '78', '50', '54']) + D(rng, 7)
    c = int(b) % 11 % 10
    o = b + str(c)
    return RID([o, 'ОГРН ' + o, 'OGRN ' + o, 'ОГРН: ' + o])


def rid_kz(rng):
    d = '%02d%02d4%s' % (rng.randint(5, 23), rng.randint(1, 12), D(rng, 7))
    return RID([d, 'БИН ' + d, 'BIN ' + d, 'БИН: ' + d])


def rid_ua(rng, num=None):
    d = num or str(rng.randint(30000000, 45999999))
    return RID([d, 'ЄДРПОУ ' + d, 'EDRPOU ' + d, 'код ЄДРПОУ ' + d, 'USREOU ' + d])


def rid_tr(rng, num=None):
    d = num or D(rng, 10)
    return RID([d, 'VKN ' + d, 'Vergi No: ' + d, 'Vergi No ' + d])


def rid_jp(rng):
    d = str(rng.randint(1, 9)) + D(rng, 12)
    return RID([d, '法人番号 ' + d, 'Corporate No. ' + d, '法人番号：' + d])


def rid_kr(rng):
    d = D(rng, 3) + D(rng, 2) + D(rng, 5)
    f = '%s-%s-%s' % (d[:3], d[3:5], d[5:])
    return RID([f, d, '사업자등록번호 ' + f, 'BRN ' + f])


def rid_vg(rng):
    d = str(rng.randint(1400000, 2129999))
    return RID([d, 'BVI Company No. ' + d, 'BC No. ' + d, 'Company No. ' + d])


def rid_sc(rng):
    d = str(rng.randint(150000, 239999))
    return RID([d, 'IBC No. ' + d, 'Company No. ' + d, 'Reg. No. ' + d])


def rid_pa(rng):
    d = str(rng.randint(155500000, 155749999))
    return RID([d, 'Folio ' + d, 'Folio No. ' + d, 'Ficha ' + d, 'RUC %s-1-%d' % (d, rng.randint(2010, 2023))])


# =====================================================================
# addresses
# =====================================================================


class Addr:
    __slots__ = ('forms', 'nat', 'city')

    def __init__(self, forms, nat=None, city=''):
        self.forms, self.nat, self.city = forms, nat, city


_PCL = 'ABDEFGHJLNPQRSTUWXYZ'
US_C = [("San Francisco", "CA", "941"), ("San Jose", "CA", "951"), ("Palo Alto", "CA", "943"),
        ("Mountain View", "CA", "940"), ("Los Angeles", "CA", "900"), ("Seattle", "WA", "981"),
        ("New York", "NY", "100"), ("Brooklyn", "NY", "112"), ("Austin", "TX", "787"), ("Dallas", "TX", "752"),
        ("Houston", "TX", "770"), ("Boston", "MA", "021"), ("Cambridge", "MA", "021"), ("Chicago", "IL", "606"),
        ("Miami", "FL", "331"), ("Denver", "CO", "802"), ("Atlanta", "GA", "303"), ("Pittsburgh", "PA", "152"),
        ("Raleigh", "NC", "276"), ("Salt Lake City", "UT", "841"), ("Portland", "OR", "972"),
        ("Phoenix", "AZ", "850"), ("Columbus", "OH", "432"), ("Ann Arbor", "MI", "481")]
US_S = ("Main,Oak,Pine,Maple,Cedar,Elm,Washington,Lake,Hill,Park,Market,Mission,Sunset,Madison,Jefferson,Franklin,"
        "Lincoln,Jackson,Highland,Ridge,River,Spring,Church,Mill,Center,Union,Valley,Forest,Harrison,Howard,Folsom,"
        "Bryant,Brannan,Congress,Peachtree,Wacker,Sand Hill,Stevens Creek,Lamar,Colorado,Western").split(',')
US_T = ['Street', 'Street', 'Avenue', 'Avenue', 'Road', 'Boulevard', 'Drive', 'Lane', 'Way', 'Parkway', 'Place']


def a_us(rng):
    city, st, z = rng.choice(US_C)
    num = rng.randint(1, 9999)
    street = '%s %s' % (rng.choice(US_S), rng.choice(US_T))
    r = rng.random()
    unit = ''
    if r < .4:
        unit = ', Suite %d' % rng.choice([rng.randint(100, 999), rng.randint(1, 40) * 100])
    elif r < .5:
        unit = ', ' + FL(rng.randint(2, 40))
    elif r < .58:
        unit = ', Apartment %d%s' % (rng.randint(1, 30), rng.choice('ABCD'))
    zc = z + D(rng, 2)
    f1 = '%d %s%s, %s, %s %s' % (num, street, unit, city, st, zc)
    f2 = '%d %s%s %s %s %s' % (num, street, unit, city, st, zc)
    f3 = '%d %s%s, %s, %s %s-%s' % (num, street, unit, city, st, zc, D(rng, 4))
    return Addr([f1, f1, f2, f3], None, city)


GB_C = [("London", "EC1V EC2A W1T SE1 E14 N1 WC2H SW1W E1 W1F"), ("Manchester", "M1 M2 M4 M15"),
        ("Edinburgh", "EH1 EH2 EH3"), ("Cambridge", "CB1 CB2 CB4"), ("Bristol", "BS1 BS2 BS8"),
        ("Birmingham", "B1 B2 B3"), ("Leeds", "LS1 LS2"), ("Oxford", "OX1 OX2 OX4"), ("Glasgow", "G1 G2"),
        ("Reading", "RG1 RG2")]
GB_S = ("High Street,Station Road,Church Street,Victoria Street,King Street,Queen Street,Old Street,"
        "Great Portland Street,Regent Street,Oxford Road,Princes Street,George Street,Castle Street,Mill Lane,"
        "Park Road,London Road,Bridge Street,Market Street,Bath Road,Commercial Road,Whitechapel Road,Deansgate,"
        "Broad Street,Hills Road").split(',')
GB_B = ("Kingsway House,Cavendish House,Alpha House,Regent House,Victoria House,Albion Court,Wellington House,"
        "Pinnacle House,Sovereign Court,The Old Bakery,Carlton House,Churchill House").split(',')


def gb_pc(rng, oc):
    return '%s %d%s%s' % (oc, rng.randint(1, 9), rng.choice(_PCL), rng.choice(_PCL))


def a_gb(rng):
    city, ocs = rng.choice(GB_C)
    pc = gb_pc(rng, rng.choice(ocs.split()))
    st, num = rng.choice(GB_S), rng.randint(1, 240)
    r = rng.random()
    pre = ''
    if r < .3:
        pre = 'Unit %d, ' % rng.randint(1, 30)
    elif r < .5:
        pre = rng.choice(GB_B) + ', '
    elif r < .6:
        pre = 'Suite %d, %s, ' % (rng.randint(1, 12), rng.choice(GB_B))
    elif r < .7:
        pre = 'Flat %d, ' % rng.randint(1, 60)
    return Addr(['%s%d %s, %s %s' % (pre, num, st, city, pc), '%s%d %s, %s, %s' % (pre, num, st, city, pc),
                 '%s%d %s, %s, United Kingdom, %s' % (pre, num, st, city, pc)], None, city)


DE_C = [("Berlin", "Berlin", "10 12 13"), ("München", "Munich", "80 81"), ("Hamburg", "Hamburg", "20 22"),
        ("Frankfurt am Main", "Frankfurt", "60"), ("Köln", "Cologne", "50 51"), ("Stuttgart", "Stuttgart", "70"),
        ("Düsseldorf", "Dusseldorf", "40"), ("Leipzig", "Leipzig", "04"), ("Karlsruhe", "Karlsruhe", "76"),
        ("Darmstadt", "Darmstadt", "64")]
DE_S = ("Friedrichstraße,Hauptstraße,Bahnhofstraße,Kurfürstendamm,Torstraße,Leopoldstraße,Schillerstraße,"
        "Goethestraße,Mainzer Landstraße,Königsallee,Gartenstraße,Lindenstraße,Rosenheimer Straße,"
        "Prinzregentenstraße,Hansaring,Zeil,Neuer Wall,Schönhauser Allee,Invalidenstraße,Kaiserstraße").split(',')


def a_de(rng):
    city, cen, pps = rng.choice(DE_C)
    plz = rng.choice(pps.split()) + D(rng, 3)
    st = rng.choice(DE_S)
    num = '%d%s' % (rng.randint(1, 180), rng.choice(['', '', '', '', 'a', 'b']))
    r = rng.random()
    ex = ', %d. OG' % rng.randint(1, 6) if r < .2 else (', Haus %s' % rng.choice('ABC') if r < .3 else '')
    return Addr(['%s %s%s, %s %s' % (st, num, ex, plz, city), '%s %s%s, D-%s %s' % (st, num, ex, plz, city),
                 '%s %s%s, %s %s, Germany' % (st, num, ex, plz, cen)], None, cen)


FR_C = [("Paris", "750", 20), ("Lyon", "6900", 9), ("Marseille", "130", 16), ("Toulouse", "3100", 5),
        ("Bordeaux", "3300", 9), ("Nantes", "4400", 9), ("Lille", "5900", 9)]
FR_S = ("rue de Rivoli,avenue des Champs-Élysées,boulevard Haussmann,rue du Faubourg Saint-Honoré,"
        "rue de la République,avenue de l'Opéra,rue Oberkampf,quai de la Rapée,rue Sainte-Catherine,"
        "cours Lafayette,rue de la Paix,boulevard Saint-Germain,avenue Jean Jaurès,rue Victor Hugo").split(',')


def a_fr(rng):
    city, pre, k = rng.choice(FR_C)
    cp = pre + str(rng.randint(1, k)).zfill(5 - len(pre))
    num = '%d%s' % (rng.randint(1, 150), rng.choice(['', '', '', ' bis']))
    st = rng.choice(FR_S)
    r = rng.random()
    p = 'Bâtiment %s, ' % rng.choice('ABC') if r < .2 else ('%de étage, ' % rng.randint(1, 6) if r < .3 else '')
    return Addr(['%s%s %s, %s %s' % (p, num, st, cp, city), '%s%s, %s, %s %s' % (p, num, st, cp, city.upper()),
                 '%s%s %s, %s %s, France' % (p, num, st, cp, city)], None, city)


IT_C = [("Milano", "Milan", "201", "MI"), ("Roma", "Rome", "001", "RM"), ("Torino", "Turin", "101", "TO"),
        ("Bologna", "Bologna", "401", "BO"), ("Firenze", "Florence", "501", "FI"), ("Napoli", "Naples", "801", "NA")]
IT_S = ("Via Roma,Via Garibaldi,Corso Buenos Aires,Via Torino,Via Nazionale,Corso Vittorio Emanuele II,Via Dante,"
        "Viale Monza,Via Mazzini,Via Tortona,Piazza della Repubblica,Via del Corso").split(',')


def a_it(rng):
    city, cen, pre, pv = rng.choice(IT_C)
    cap = pre + D(rng, 2)
    st, num = rng.choice(IT_S), rng.randint(1, 200)
    return Addr(['%s %d, %s %s (%s)' % (st, num, cap, city, pv), '%s, %d - %s %s %s' % (st, num, cap, city, pv),
                 '%s %d, %s %s, Italy' % (st, num, cap, cen)], None, cen)


ES_C = [("Madrid", "280"), ("Barcelona", "080"), ("Valencia", "460"), ("Sevilla", "410"), ("Málaga", "290"),
        ("Bilbao", "480")]
ES_S = ("Calle Mayor,Calle de Alcalá,Gran Vía,Paseo de la Castellana,Calle de Serrano,Avenida Diagonal,"
        "Calle de Balmes,Passeig de Gràcia,Calle Colón,Avenida de América,Calle de Velázquez,"
        "Rambla de Catalunya").split(',')


def a_es(rng):
    city, pre = rng.choice(ES_C)
    cp = pre + D(rng, 2)
    st, num = rng.choice(ES_S), rng.randint(1, 250)
    piso = rng.choice(['', '', '%dº %s, ' % (rng.randint(1, 9), rng.choice('ABCD')), 'planta %d, ' % rng.randint(1, 12)])
    return Addr(['%s %d, %s%s %s' % (st, num, piso, cp, city), '%s, nº %d, %s%s %s' % (st, num, piso, cp, city),
                 '%s %d, %s%s %s, Spain' % (st, num, piso, cp, deacc(city))], None, city)


PL_C = [("Warszawa", "Warsaw", "0"), ("Kraków", "Krakow", "3"), ("Wrocław", "Wroclaw", "5"),
        ("Gdańsk", "Gdansk", "8"), ("Poznań", "Poznan", "6"), ("Łódź", "Lodz", "9")]
PL_S = ("Marszałkowska,Puławska,Grzybowska,Prosta,Złota,Piotrkowska,Floriańska,Długa,Grunwaldzka,Chmielna,"
        "Towarowa,Żelazna,Wadowicka").split(',')


def a_pl(rng):
    city, cen, p = rng.choice(PL_C)
    pc = '%s%d-%s' % (p, rng.randint(0, 9), D(rng, 3))
    st, num = rng.choice(PL_S), rng.randint(1, 150)
    lok = '/%d' % rng.randint(1, 80) if rng.random() < .5 else ''
    return Addr(['ul. %s %d%s, %s %s' % (st, num, lok, pc, city), 'ulica %s %d%s, %s %s' % (st, num, lok, pc, city),
                 'ul. %s %d%s, %s %s, Poland' % (deacc(st), num, lok, pc, cen)], None, cen)


NL_C = [("Amsterdam", "10"), ("Rotterdam", "30"), ("Utrecht", "35"), ("Den Haag", "25"), ("Eindhoven", "56")]
NL_S = ("Herengracht,Keizersgracht,Prinsengracht,Damrak,Coolsingel,Stationsplein,Weena,Strawinskylaan,"
        "Oudegracht,Vijzelstraat,Westblaak,Kanaalweg").split(',')


def a_nl(rng):
    city, pp = rng.choice(NL_C)
    pc = '%s%s %s%s' % (pp, D(rng, 2), rng.choice('ABCDEGHJKLMNPRSTVWXZ'), rng.choice('ABCDEGHJKLMNPRSTVWXZ'))
    st, num = rng.choice(NL_S), rng.randint(1, 600)
    return Addr(['%s %d, %s %s' % (st, num, pc, city), '%s %d, %s %s' % (st, num, pc.replace(' ', ''), city.upper()),
                 '%s %d, %s %s, Netherlands' % (st, num, pc, city)], None, city)


EE_S = ("Narva maantee,Pärnu maantee,Tartu maantee,Viru tänav,Maakri tänav,Rävala puiestee,Kaupmehe tänav,"
        "Sõpruse puiestee,Mustamäe tee,Tornimäe tänav,Rotermanni tänav,Lõõtsa tänav").split(',')


def a_ee(rng):
    if rng.random() < .85:
        city, st, pc = 'Tallinn', rng.choice(EE_S), '1' + D(rng, 4)
    else:
        city, st, pc = 'Tartu', rng.choice(['Riia tänav', 'Ülikooli tänav', 'Turu tänav']), '5' + D(rng, 4)
    num = rng.randint(1, 60)
    apt = '-%d' % rng.randint(1, 90) if rng.random() < .4 else ''
    return Addr(['%s %d%s, %s %s' % (st, num, apt, pc, city),
                 'Harju maakond, %s, Kesklinna linnaosa, %s %d%s, %s' % (city, st, num, apt, pc),
                 '%s %d%s, %s %s, Estonia' % (deacc(st), num, apt, pc, city)], None, city)


CY_C = [("Limassol", "Lemesos", "3"), ("Nicosia", "Lefkosia", "1"), ("Larnaca", "Larnaka", "6"),
        ("Paphos", "Pafos", "8")]
CY_S = ("Arch. Makariou III Avenue,Spyrou Kyprianou Avenue,Agiou Andreou Street,Gladstonos Street,"
        "Anexartisias Street,Themistokli Dervi Avenue,Vyronos Avenue,Griva Digeni Avenue,Omirou Street,"
        "Agias Fylaxeos Street").split(',')
CY_B = ["Kanika Business Centre, ", "Olympia House, ", "Aphrodite Tower, ", "Lordos Plaza, ", "", "", ""]


def a_cy(rng):
    city, alt, p = rng.choice(CY_C)
    pc = p + D(rng, 3)
    st, num = rng.choice(CY_S), rng.randint(1, 300)
    b = rng.choice(CY_B)
    fl = '%s, ' % FL(rng.randint(1, 8)) if b and rng.random() < .6 else ''
    return Addr(['%s %d, %s%s%s %s' % (st, num, b, fl, pc, city), '%s %d, %s%s%s %s' % (st, num, b, fl, pc, alt),
                 '%d %s, %s%s%s, Cyprus' % (num, st, b, fl, city)], None, city)


BR_C = [("São Paulo", "SP", "0", ["Consolação", "Bela Vista", "Pinheiros", "Itaim Bibi", "Vila Olímpia", "Brooklin",
                                  "Moema", "Centro"],
         ["Rua Augusta", "Avenida Paulista", "Rua Oscar Freire", "Avenida Brigadeiro Faria Lima",
          "Rua da Consolação", "Avenida Engenheiro Luís Carlos Berrini", "Rua Funchal", "Avenida Rebouças"]),
        ("Rio de Janeiro", "RJ", "2", ["Centro", "Botafogo", "Ipanema", "Barra da Tijuca", "Copacabana"],
         ["Avenida Rio Branco", "Rua Visconde de Pirajá", "Avenida das Américas", "Praia de Botafogo",
          "Rua da Assembleia"]),
        ("Belo Horizonte", "MG", "3", ["Savassi", "Funcionários", "Lourdes"],
         ["Avenida Afonso Pena", "Rua Sergipe", "Avenida do Contorno"]),
        ("Porto Alegre", "RS", "9", ["Moinhos de Vento", "Centro Histórico"],
         ["Rua dos Andradas", "Avenida Carlos Gomes"]),
        ("Curitiba", "PR", "8", ["Batel", "Centro"], ["Rua XV de Novembro", "Avenida Sete de Setembro"]),
        ("Florianópolis", "SC", "88", ["Centro", "Trindade"], ["Rua Felipe Schmidt", "Rodovia SC-401"])]


def a_br(rng):
    city, uf, p, bairros, ruas = rng.choice(BR_C)
    cep = p + D(rng, 5 - len(p)) + '-' + D(rng, 3)
    rua, b, num = rng.choice(ruas), rng.choice(bairros), rng.randint(10, 4500)
    comp = rng.choice(['', '', ', Sala %d' % rng.randint(1, 2500), ', Conjunto %d' % rng.randint(1, 200),
                       ', %dº andar' % rng.randint(1, 25), ', Apartamento %d' % rng.randint(11, 1204)])
    return Addr(['%s, %d%s - %s, %s - %s, %s' % (rua, num, comp, b, city, uf, cep),
                 '%s %d%s, Bairro %s, %s/%s, CEP %s' % (rua, num, comp, b, city, uf, cep),
                 '%s, %d%s, %s, %s, %s, %s' % (rua, num, comp, b, city, uf, cep.replace('-', ''))], None, city)


MX_COL = [("Del Valle", "Benito Juárez", "031", "Ciudad de México", "CDMX"),
          ("Juárez", "Cuauhtémoc", "066", "Ciudad de México", "CDMX"),
          ("Polanco", "Miguel Hidalgo", "115", "Ciudad de México", "CDMX"),
          ("Roma Norte", "Cuauhtémoc", "067", "Ciudad de México", "CDMX"),
          ("Condesa", "Cuauhtémoc", "061", "Ciudad de México", "CDMX"),
          ("Americana", "Guadalajara", "441", "Guadalajara", "Jalisco"),
          ("Providencia", "Guadalajara", "446", "Guadalajara", "Jalisco"),
          ("Centro", "Monterrey", "640", "Monterrey", "Nuevo León"),
          ("Valle Oriente", "San Pedro Garza García", "662", "San Pedro Garza García", "Nuevo León")]
MX_S = ("Avenida Insurgentes Sur,Paseo de la Reforma,Avenida Presidente Masaryk,Calle Durango,Avenida Chapultepec,"
        "Avenida Vallarta,Calzada de Tlalpan,Avenida Constitución,Avenida Lázaro Cárdenas,Calle Hamburgo,"
        "Avenida Revolución").split(',')


def a_mx(rng):
    col, mun, p, city, st = rng.choice(MX_COL)
    cp = p + D(rng, 2)
    calle, num = rng.choice(MX_S), rng.randint(1, 3500)
    inn = rng.choice(['', '', ', Interior %d' % rng.randint(1, 900), ', Piso %d' % rng.randint(1, 30),
                      ', Despacho %d' % rng.randint(100, 2000)])
    return Addr(['%s No. %d%s, Col. %s, C.P. %s, %s, %s' % (calle, num, inn, col, cp, mun, st),
                 '%s %d%s, Colonia %s, %s, Código Postal %s, %s, %s' % (calle, num, inn, col, mun, cp, city, st),
                 '%s %d%s, %s, %s %s' % (calle, num, inn, col, cp, city)], None, city)


CL_S = [("Avenida Apoquindo", "Las Condes"), ("Avenida Providencia", "Providencia"), ("Avenida Vitacura", "Vitacura"),
        ("Avenida Andrés Bello", "Providencia"), ("Huérfanos", "Santiago"),
        ("Avenida Libertador Bernardo O'Higgins", "Santiago"), ("Avenida Nueva Providencia", "Providencia"),
        ("Avenida Isidora Goyenechea", "Las Condes"), ("Avenida El Bosque Norte", "Las Condes")]


def a_cl(rng):
    calle, com = rng.choice(CL_S)
    num, of = rng.randint(100, 9000), rng.randint(101, 2405)
    return Addr(['%s %d, Oficina %d, %s, Santiago' % (calle, num, of, com),
                 '%s %d of. %d, %s, Región Metropolitana' % (calle, num, of, com),
                 '%s N° %d, Oficina %d, %s, Santiago, Chile' % (calle, num, of, com)], None, 'Santiago')


AR_S = ("Avenida Corrientes,Avenida Santa Fe,Avenida Córdoba,Florida,Lavalle,Avenida del Libertador,Maipú,"
        "Reconquista,Avenida Cabildo,Tucumán,Avenida Leandro N. Alem").split(',')


def a_ar(rng):
    calle, num = rng.choice(AR_S), rng.randint(100, 5000)
    p, d = rng.randint(1, 20), rng.choice('ABCDEF')
    cp = 'C1%s%s' % (D(rng, 3), ''.join(rng.choice(_UP) for _ in range(3)))
    return Addr(['%s %d, Piso %d, Departamento %s, %s Ciudad Autónoma de Buenos Aires' % (calle, num, p, d, cp),
                 '%s %d %dº %s, CABA (%s)' % (calle, num, p, d, cp),
                 '%s %d, piso %d, Buenos Aires' % (calle, num, p)], None, 'Buenos Aires')


CO_C = [("Bogotá", "Bogotá D.C."), ("Medellín", "Antioquia"), ("Cali", "Valle del Cauca"),
        ("Barranquilla", "Atlántico")]


def a_co(rng):
    city, dep = rng.choice(CO_C)
    via = rng.choice(["Calle", "Calle", "Carrera", "Carrera", "Avenida Calle", "Transversal", "Diagonal"])
    n1, n2, n3 = rng.randint(1, 150), rng.randint(1, 120), rng.randint(1, 99)
    of = rng.choice(['', ', Oficina %d' % rng.randint(101, 1205), ', Piso %d' % rng.randint(2, 20),
                     ', Local %d' % rng.randint(1, 50)])
    return Addr(['%s %d # %d-%d%s, %s' % (via, n1, n2, n3, of, city),
                 '%s %d No. %d-%d%s, %s, %s' % (via, n1, n2, n3, of, city, dep),
                 '%s %d #%d-%d%s %s' % (via, n1, n2, n3, of, city)], None, city)


NG_A = [("Victoria Island", "Lagos", "Lagos State", ["Adeola Odeku Street", "Ajose Adeogun Street",
                                                      "Ahmadu Bello Way", "Akin Adesola Street",
                                                      "Saka Tinubu Street"]),
        ("Lekki Phase 1", "Lagos", "Lagos State", ["Admiralty Way", "Fola Osibo Road", "Babatunde Anjous Avenue"]),
        ("Ikeja", "Lagos", "Lagos State", ["Allen Avenue", "Obafemi Awolowo Way", "Opebi Road", "Isaac John Street"]),
        ("Ikoyi", "Lagos", "Lagos State", ["Awolowo Road", "Kingsway Road", "Bourdillon Road"]),
        ("Yaba", "Lagos", "Lagos State", ["Herbert Macaulay Way", "Commercial Avenue"]),
        ("Wuse 2", "Abuja", "FCT", ["Aminu Kano Crescent", "Adetokunbo Ademola Crescent"]),
        ("Maitama", "Abuja", "FCT", ["IBB Way", "Gana Street"]),
        ("GRA Phase 2", "Port Harcourt", "Rivers State", ["Tombia Street", "Olu Obasanjo Road"])]


def a_ng(rng):
    area, city, state, sts = rng.choice(NG_A)
    st, num = rng.choice(sts), rng.randint(1, 300)
    pre = rng.choice(['', '', 'Plot %d, ' % rng.randint(1, 2000), 'Suite %d, ' % rng.randint(1, 40),
                      '%s, ' % FL(rng.randint(1, 9))])
    return Addr(['%s%d %s, %s, %s' % (pre, num, st, area, city),
                 '%sNo. %d, %s, %s, %s, %s' % (pre, num, st, area, city, state),
                 '%s%d, %s, %s %s, Nigeria' % (pre, num, st, area, city)], None, city)


KE_S = ["Waiyaki Way", "Ngong Road", "Kenyatta Avenue", "Moi Avenue", "Mombasa Road", "Riverside Drive",
        "Limuru Road", "Kimathi Street", "Processional Way", "Lenana Road"]
KE_B = ["Delta Towers", "ABC Place", "The Mirage", "Westpark Towers", "Acacia House", "Jacaranda Plaza",
        "Baobab Towers", "Savannah Court", "Kilimani Business Centre", "Mvuli Park"]
KE_AR = ["Westlands", "Upper Hill", "Kilimani", "CBD", "Parklands", "Karen", "Lavington"]


def a_ke(rng):
    st, b, ar, fl = rng.choice(KE_S), rng.choice(KE_B), rng.choice(KE_AR), FL(rng.randint(1, 15))
    pob = 'P.O. Box %d-00%s' % (rng.randint(100, 99999), rng.choice(['100', '200', '502', '600', '606', '623']))
    return Addr(['%s, %s, %s, %s, Nairobi' % (fl, b, st, ar), '%s, %s, %s, %s, Nairobi' % (b, fl, st, pob),
                 '%s, %s, %s, Nairobi, Kenya' % (b, st, ar), '%s, Nairobi' % pob], None, 'Nairobi')


ZA_A = [("Sandton", "Johannesburg", "2196", ["Rivonia Road", "West Street", "Maude Street", "Fredman Drive",
                                             "Alice Lane"]),
        ("Rosebank", "Johannesburg", "2196", ["Oxford Road", "Jan Smuts Avenue", "Baker Street", "Tyrwhitt Avenue"]),
        ("Bryanston", "Johannesburg", "2191", ["William Nicol Drive", "Main Road"]),
        ("Cape Town City Centre", "Cape Town", "8001", ["Long Street", "Bree Street", "Loop Street", "Strand Street"]),
        ("Woodstock", "Cape Town", "7925", ["Albert Road", "Sir Lowry Road"]),
        ("Umhlanga", "Durban", "4319", ["Umhlanga Rocks Drive", "Lighthouse Road"]),
        ("Menlo Park", "Pretoria", "0081", ["Atterbury Road", "Lois Avenue"])]
ZA_B = ["The Firs", "Convention Tower", "The Terraces", "Silverstream Business Park", "Oxford Parks", "Katherine Towers"]


def a_za(rng):
    area, city, pc, sts = rng.choice(ZA_A)
    st, num = rng.choice(sts), rng.randint(1, 400)
    pre = rng.choice(['', 'Unit %d, ' % rng.randint(1, 40), 'Office %d, %s, ' % (rng.randint(1, 900), rng.choice(ZA_B)),
                      '%s, %s, ' % (FL(rng.randint(1, 20)), rng.choice(ZA_B))])
    return Addr(['%s%d %s, %s, %s, %s' % (pre, num, st, area, city, pc),
                 '%s%d %s, %s, %s %s, South Africa' % (pre, num, st, area, city, pc),
                 '%s%d %s, %s, %s' % (pre, num, st, area, pc)], None, city)


AE_B = [("Al Shafar Tower 1", "Barsha Heights", "Dubai"), ("Boulevard Plaza Tower 2", "Downtown Dubai", "Dubai"),
        ("Fortune Tower", "Cluster C, Jumeirah Lakes Towers", "Dubai"), ("The Binary Tower", "Business Bay", "Dubai"),
        ("Churchill Tower", "Business Bay", "Dubai"), ("Building 14", "Dubai Internet City", "Dubai"),
        ("Al Ghaith Tower", "Hamdan Street", "Abu Dhabi"), ("Sky Tower", "Al Reem Island", "Abu Dhabi"),
        ("Al Reem Tower", "Al Majaz", "Sharjah"), ("Bay Square Building 5", "Business Bay", "Dubai"),
        ("The Onyx Tower 2", "The Greens", "Dubai"), ("Mazaya Business Avenue BB1", "Jumeirah Lakes Towers", "Dubai")]


def a_ae(rng):
    b, area, em = rng.choice(AE_B)
    fl = rng.randint(1, 45)
    u = fl * 100 + rng.randint(1, 20)
    pob = rng.randint(1000, 499999)
    return Addr(['Office %d, %s, %s, %s' % (u, b, area, em),
                 'Office No. %d, %s, %s, %s, %s, P.O. Box %d' % (u, FL(fl), b, area, em, pob),
                 '%s, Office %d, %s, %s, United Arab Emirates' % (b, u, area, em),
                 'Office %d, %s, %s, P.O. Box %d, %s' % (u, b, area, pob, em)], None, em)


IN_C = [("Bengaluru", "Karnataka", "560", "Bangalore", ["Koramangala", "Indiranagar", "HSR Layout", "Whitefield",
                                                         "Electronic City", "JP Nagar"]),
        ("Mumbai", "Maharashtra", "400", "Bombay", ["Andheri East", "Powai", "Lower Parel", "Bandra Kurla Complex",
                                                     "Malad West"]),
        ("New Delhi", "Delhi", "110", "Delhi", ["Connaught Place", "Nehru Place", "Saket", "Okhla Phase III"]),
        ("Gurugram", "Haryana", "122", "Gurgaon", ["Udyog Vihar", "Sector 44", "DLF Cyber City", "Sohna Road"]),
        ("Hyderabad", "Telangana", "500", "Hyderabad", ["HITEC City", "Gachibowli", "Madhapur", "Banjara Hills"]),
        ("Chennai", "Tamil Nadu", "600", "Madras", ["Taramani", "Guindy", "T. Nagar", "Perungudi"]),
        ("Pune", "Maharashtra", "411", "Pune", ["Hinjewadi", "Baner", "Kharadi", "Viman Nagar"]),
        ("Noida", "Uttar Pradesh", "201", "Noida", ["Sector 62", "Sector 18", "Sector 135"])]
IN_BLD = ["Prestige Tech Park", "Brigade Gateway", "Embassy Tech Square", "RMZ Ecoworld", "Sri Krishna Complex",
          "Lakshmi Towers", "Ganesh Plaza", "Mantri Commercio", "Cyber Gateway", "Salarpuria Sattva Knowledge City"]
IN_RES = ["Sai Residency", "Green Glen Layout", "Shanti Apartments", "Royal Enclave", "Sunshine Heights"]


def a_in(rng):
    city, state, pp, alt, locs = rng.choice(IN_C)
    loc = rng.choice(locs)
    pin = pp + D(rng, 3)
    r = rng.random()
    if r < .35:
        line = 'No. %d, %s, %s Cross, %s Main Road' % (rng.randint(1, 999), FL(rng.randint(1, 5)),
                                                     ordn(rng.randint(1, 20)), ordn(rng.randint(1, 12)))
    elif r < .6:
        line = 'Plot No. %d, %s' % (rng.randint(1, 500), rng.choice(IN_BLD))
    elif r < .8:
        line = 'Office %d, %s, %s' % (rng.randint(101, 1205), FL(rng.randint(1, 12)), rng.choice(IN_BLD))
    else:
        line = 'Flat %d, %s' % (rng.randint(101, 1504), rng.choice(IN_RES))
    return Addr(['%s, %s, %s, %s %s' % (line, loc, city, state, pin),
                 '%s, %s, %s - %s, %s' % (line, loc, city, pin, state),
                 '%s, %s, %s %s %s' % (line, loc, alt, pin[:3], pin[3:]),
                 '%s, %s, %s, %s, India - %s' % (line, loc, alt, state, pin)], None, city)


SG_B = [("Raffles Place", "1", "One Raffles Place", "048616"), ("Anson Road", "10", "International Plaza", "079903"),
        ("Cecil Street", "137", "Cecil Building", "069537"), ("Robinson Road", "171", "", "068908"),
        ("Ubi Avenue 1", "51", "Paya Ubi Industrial Park", "408933"), ("Ayer Rajah Crescent", "71", "", "139951"),
        ("Science Park Road", "1", "The Capricorn", "117528"), ("Tai Seng Street", "18", "", "539775"),
        ("Changi Business Park Central 1", "10", "", "486030"), ("Kallang Avenue", "1", "", "339407"),
        ("Market Street", "30", "", "048940"), ("North Bridge Road", "190", "", "188977"),
        ("Jurong East Street 21", "2", "", "609601"), ("Woodlands Industrial Park E1", "10", "", "757718")]
SG_TOWN = ["Ang Mo Kio", "Tampines", "Bedok North", "Jurong West", "Toa Payoh", "Yishun", "Bukit Batok"]


def a_sg(rng):
    unit = '#%02d-%02d' % (rng.randint(1, 40), rng.randint(1, 99))
    if rng.random() < .2:
        blk = rng.randint(100, 999)
        town = rng.choice(SG_TOWN)
        pc = '%d%d' % (rng.randint(31, 65), blk)
        pc = pc[:6].zfill(6)
        st = '%s Avenue %d' % (town, rng.randint(1, 10))
        return Addr(['Blk %d %s, %s, Singapore %s' % (blk, st, unit, pc), 'Block %d %s %s S(%s)' % (blk, st, unit, pc),
                     '%d %s %s Singapore %s' % (blk, st, unit, pc)], None, 'Singapore')
    st, num, b, pc = rng.choice(SG_B)
    bb = (', ' + b) if b else ''
    return Addr(['%s %s, %s%s, Singapore %s' % (num, st, unit, bb, pc),
                 '%s%s %s %s S(%s)' % ((b + ', ') if b else '', num, st, unit, pc),
                 '%s %s %s Singapore %s' % (num, st, unit, pc)], None, 'Singapore')


MY_C = [("Kuala Lumpur", "50", "Wilayah Persekutuan Kuala Lumpur",
         ["Jalan Sultan Ismail", "Jalan Ampang", "Jalan Tun Razak", "Jalan Bukit Bintang", "Persiaran KLCC",
          "Jalan Kiara", "Lorong Maarof"]),
        ("Petaling Jaya", "47", "Selangor", ["Jalan PJU 7/3", "Jalan SS 15/4", "Jalan 19/1", "Jalan Universiti"]),
        ("Cyberjaya", "63", "Selangor", ["Persiaran Multimedia", "Jalan Teknokrat 3"]),
        ("George Town", "10", "Pulau Pinang", ["Lebuh Pantai", "Jalan Sultan Ahmad Shah"]),
        ("Johor Bahru", "80", "Johor", ["Jalan Wong Ah Fook", "Jalan Dato Sulaiman"])]
MY_BN = ["Binjai", "Keck Seng", "Prima", "Mutiara", "Kenanga", "Suria", "Cahaya", "Amcorp", "Uptown", "Sentral"]


def a_my(rng):
    city, pp, state, sts = rng.choice(MY_C)
    pc = pp + D(rng, 3)
    st = rng.choice(sts)
    bld = rng.choice(["Menara %s", "Wisma %s", "Plaza %s"]) % rng.choice(MY_BN)
    lvl, u, num = rng.randint(1, 40), rng.randint(1, 12), rng.randint(1, 300)
    return Addr(['Unit %d-%d, Level %d, %s, %s, %s %s, %s' % (lvl, u, lvl, bld, st, pc, city, state),
                 '%d-%d, %s, No. %d, %s, %s %s' % (lvl, u, bld, num, st, pc, city),
                 'Lot %d.%d, %s, %s, %s %s, Malaysia' % (lvl, u, bld, st, pc, city)], None, city)


VN_C = [("Thành phố Hồ Chí Minh", "Ho Chi Minh City",
         [("Quận 1", "District 1"), ("Quận 3", "District 3"), ("Quận Bình Thạnh", "Binh Thanh District"),
          ("Thành phố Thủ Đức", "Thu Duc City")],
         [("Nguyễn Huệ", "Nguyen Hue"), ("Lê Lợi", "Le Loi"), ("Điện Biên Phủ", "Dien Bien Phu"),
          ("Nguyễn Thị Minh Khai", "Nguyen Thi Minh Khai"), ("Cách Mạng Tháng Tám", "Cach Mang Thang Tam")]),
        ("Hà Nội", "Hanoi", [("Quận Cầu Giấy", "Cau Giay District"), ("Quận Đống Đa", "Dong Da District"),
                             ("Quận Hoàn Kiếm", "Hoan Kiem District")],
         [("Trần Duy Hưng", "Tran Duy Hung"), ("Duy Tân", "Duy Tan"), ("Láng Hạ", "Lang Ha"),
          ("Xuân Thủy", "Xuan Thuy")])]


def a_vn(rng):
    cn, cl, dists, sts = rng.choice(VN_C)
    dn, dl = rng.choice(dists)
    sn, sl = rng.choice(sts)
    num, w = rng.randint(1, 400), rng.randint(1, 15)
    if rng.random() < .5:
        fl, tn = rng.randint(2, 25), rng.choice(['Saigon Tower', 'Bitexco', 'Vincom Center', 'Hanoi Tower', 'Cienco',
                                                   'Pax Sky', 'Sao Mai'])
        bn, bl = 'Tầng %d, Tòa nhà %s, ' % (fl, tn), '%s, %s Building, ' % (FL(fl), tn)
    else:
        bn = bl = ''
    nat = ['%s%d %s, Phường %d, %s, %s' % (bn, num, sn, w, dn, cn)]
    lat = ['%s%d %s Street, Ward %d, %s, %s' % (bl, num, sl, w, dl, cl),
           deacc('%s%d %s, Phuong %d, %s, %s' % (bn, num, sn, w, dn, cn)),
           '%s%d %s St., Ward %d, %s, %s, Vietnam' % (bl, num, sl, w, dl, cl)]
    return Addr(lat, nat, cl)


TH_R = [("Sukhumvit Road", "Khlong Toei Nuea", "Watthana", "10110"), ("Silom Road", "Suriyawong", "Bang Rak", "10500"),
        ("Rama IV Road", "Khlong Toei", "Khlong Toei", "10110"),
        ("Ratchadaphisek Road", "Din Daeng", "Din Daeng", "10400"),
        ("Phahonyothin Road", "Chatuchak", "Chatuchak", "10900"), ("Sathorn Road", "Yan Nawa", "Sathorn", "10120"),
        ("Witthayu Road", "Lumphini", "Pathum Wan", "10330")]
TH_B = ["Exchange Tower", "Ocean Tower 2", "Empire Tower", "Interchange 21", "Park Ventures", "Sathorn Square",
        "Silom Complex", "CW Tower"]


def a_th(rng):
    road, sub, dist, pc = rng.choice(TH_R)
    house = '%d/%d' % (rng.randint(1, 999), rng.randint(1, 99))
    soi = rng.choice(['', '', 'Soi %d, ' % rng.randint(1, 71)])
    bld = rng.choice(['', '%s, %s, ' % (rng.choice(TH_B), FL(rng.randint(2, 40)))])
    return Addr(['%s%s %s%s, %s Sub-district, %s District, Bangkok %s' % (bld, house, soi, road, sub, dist, pc),
                 '%s%s %s%s, Khwaeng %s, Khet %s, Bangkok %s' % (bld, house, soi, road, sub, dist, pc),
                 '%s %s, %s, %s, Bangkok %s' % (house, road, sub, dist, pc)], None, 'Bangkok')


ID_R = [("Jalan Jenderal Sudirman", "Senayan", "Kebayoran Baru", "Jakarta Selatan", "12190"),
        ("Jalan M.H. Thamrin", "Menteng", "Menteng", "Jakarta Pusat", "10350"),
        ("Jalan H.R. Rasuna Said", "Kuningan", "Setiabudi", "Jakarta Selatan", "12940"),
        ("Jalan Gatot Subroto", "Kuningan Barat", "Mampang Prapatan", "Jakarta Selatan", "12710"),
        ("Jalan Asia Afrika", "Braga", "Sumur Bandung", "Bandung", "40111"),
        ("Jalan Raya Darmo", "Darmo", "Wonokromo", "Surabaya", "60241"),
        ("Jalan Pluit Raya", "Pluit", "Penjaringan", "Jakarta Utara", "14440")]
ID_B = ["Graha Mitra", "Menara Sinar", "Wisma Nusantara", "Plaza Jaya", "Gedung Cahaya", "Menara Karya"]


def a_id(rng):
    st, kel, kec, city, pc = rng.choice(ID_R)
    n = rng.randint(1, 120)
    bld = rng.choice(['', '%s, Lantai %d, ' % (rng.choice(ID_B), rng.randint(2, 30)),
                      'Ruko %s Blok %s%d, ' % (rng.choice(['Permata', 'Sentra', 'Galaxy']), rng.choice('ABCDE'),
                                               rng.randint(1, 40))])
    return Addr(['%s%s Kav. %d, %s, %s, %s %s' % (bld, st, n, kel, kec, city, pc),
                 '%s%s No. %d, Kel. %s, Kec. %s, %s, %s' % (bld, st, n, kel, kec, city, pc),
                 '%s%s %d, %s, %s %s, Indonesia' % (bld, st, n, kel, city, pc)], None, city)


PH_R = [("Ayala Avenue", "Makati City", "1226"), ("Paseo de Roxas", "Makati City", "1226"),
        ("5th Avenue, Bonifacio Global City", "Taguig City", "1634"),
        ("ADB Avenue, Ortigas Center", "Pasig City", "1605"), ("Emerald Avenue, Ortigas Center", "Pasig City", "1605"),
        ("Cebu Business Park", "Cebu City", "6000")]


def a_ph(rng):
    st, city, pc = rng.choice(PH_R)
    fl = rng.randint(2, 40)
    u = fl * 100 + rng.randint(1, 20)
    tw = '%s Tower' % rng.choice(['Zuellig', 'Robinsons Equitable', 'Tektite', 'Philam', 'One Corporate', 'Ayala North',
                                  'Citibank'])
    return Addr(['Unit %d, %s, %s, %d %s, %s, %s Metro Manila' % (u, FL(fl), tw, rng.randint(1, 9000), st, city, pc),
                 'Unit %d %s, %s, %s %s' % (u, tw, st, city, pc),
                 '%s, %s, %s, %s, Philippines' % (FL(fl), tw, st, city)], None, city)


CN_A = [("上海市", "Shanghai", "200",
         [("浦东新区", "Pudong New Area", [("张江路", "Zhangjiang Road"), ("世纪大道", "Century Avenue"),
                                           ("碧波路", "Bibo Road"), ("祖冲之路", "Zuchongzhi Road")]),
          ("徐汇区", "Xuhui District", [("宜山路", "Yishan Road"), ("漕溪北路", "Caoxi North Road")]),
          ("静安区", "Jing'an District", [("南京西路", "West Nanjing Road"), ("江宁路", "Jiangning Road")])]),
        ("北京市", "Beijing", "100",
         [("海淀区", "Haidian District", [("中关村大街", "Zhongguancun Street"), ("知春路", "Zhichun Road"),
                                          ("上地十街", "Shangdi 10th Street"), ("丹棱街", "Danling Street")]),
          ("朝阳区", "Chaoyang District", [("建国路", "Jianguo Road"), ("望京街", "Wangjing Street"),
                                           ("酒仙桥路", "Jiuxianqiao Road")])]),
        ("深圳市", "Shenzhen", "518",
         [("南山区", "Nanshan District", [("高新南一道", "Gaoxin South 1st Road"), ("科技南十二路", "Keji South 12th Road"),
                                          ("深南大道", "Shennan Avenue")]),
          ("福田区", "Futian District", [("福华三路", "Fuhua 3rd Road"), ("益田路", "Yitian Road")]),
          ("龙岗区", "Longgang District", [("五和大道", "Wuhe Avenue")])]),
        ("杭州市", "Hangzhou", "310",
         [("西湖区", "Xihu District", [("文三路", "Wensan Road"), ("古墩路", "Gudun Road")]),
          ("滨江区", "Binjiang District", [("江南大道", "Jiangnan Avenue"), ("网商路", "Wangshang Road")]),
          ("余杭区", "Yuhang District", [("文一西路", "Wenyi West Road")])]),
        ("广州市", "Guangzhou", "510",
         [("天河区", "Tianhe District", [("天河路", "Tianhe Road"), ("花城大道", "Huacheng Avenue"),
                                         ("珠江东路", "Zhujiang East Road")]),
          ("黄埔区", "Huangpu District", [("科学大道", "Kexue Avenue")])]),
        ("成都市", "Chengdu", "610",
         [("高新区", "High-tech Zone", [("天府大道", "Tianfu Avenue"), ("天府五街", "Tianfu 5th Street")]),
          ("武侯区", "Wuhou District", [("人民南路", "Renmin South Road")])])]
CN_T = [("科兴科学园", "Kexing Science Park"), ("华润大厦", "China Resources Building"), ("创新大厦", "Innovation Building"),
        ("海岸城", "Coastal City"), ("环球中心", "Global Center"), ("软件大厦", "Software Building"),
        ("国际金融中心", "International Finance Centre"), ("数码大厦", "Digital Building")]


def _pinyin_road(s):
    return (s.replace(' Road', ' Lu').replace(' Avenue', ' Dadao').replace(' Street', ' Jie')
            .replace(' District', ' Qu').replace(' New Area', ' Xinqu'))


def a_cn(rng):
    cn, cl, pp, dists = rng.choice(CN_A)
    dn, dl, roads = rng.choice(dists)
    rn, rl = rng.choice(roads)
    num, room = rng.randint(1, 2000), rng.randint(1, 30) * 100 + rng.randint(1, 20)
    pc = pp + D(rng, 3)
    if rng.random() < .55:
        bld = rng.randint(1, 12)
        nat = ['%s%s%s%d号%d号楼%d室' % (cn, dn, rn, num, bld, room), '%s%s%d号%d栋%d' % (dn, rn, num, bld, room)]
        lat = ['Room %d, Building %d, No. %d %s, %s, %s %s' % (room, bld, num, rl, dl, cl, pc),
               'Room %d, Building %d, %d %s, %s, %s, China' % (room, bld, num, rl, dl, cl),
               '%s %d Hao %d Hao Lou %d Shi, %s, %s' % (_pinyin_road(rl), num, bld, room, _pinyin_road(dl), cl)]
    else:
        tn, tl = rng.choice(CN_T)
        fl = rng.randint(2, 40)
        room = fl * 100 + rng.randint(1, 20)
        nat = ['%s%s%s%d号%s%d层%d' % (cn, dn, rn, num, tn, fl, room), '%s%s%s%d号%s%d室' % (cn, dn, rn, num, tn, room)]
        lat = ['Room %d, %s, %s, No. %d %s, %s, %s %s' % (room, FL(fl), tl, num, rl, dl, cl, pc),
               'Unit %d, %s, %d %s, %s, %s' % (room, tl, num, rl, dl, cl),
               '%s %d Hao, %s %d Ceng, %s, %s' % (_pinyin_road(rl), num, tl, fl, _pinyin_road(dl), cl)]
    return Addr(lat, nat, cl)


HK_B = [("Lippo Centre Tower 2", "力寶中心二座", "89", "Queensway", "金鐘道", "Admiralty", "金鐘", ""),
        ("Times Square Tower 1", "時代廣場一座", "1", "Matheson Street", "勿地臣街", "Causeway Bay", "銅鑼灣", ""),
        ("Hopewell Centre", "合和中心", "183", "Queen's Road East", "皇后大道東", "Wan Chai", "灣仔", ""),
        ("China Resources Building", "華潤大廈", "26", "Harbour Road", "港灣道", "Wan Chai", "灣仔", ""),
        ("Nan Fung Tower", "南豐大廈", "88", "Connaught Road Central", "干諾道中", "Central", "中環", ""),
        ("Millennium City 1", "創紀之城一期", "388", "Kwun Tong Road", "觀塘道", "Kwun Tong", "觀塘", "Kowloon"),
        ("Metroplaza Tower 1", "新都會廣場一座", "223", "Hing Fong Road", "興芳路", "Kwai Chung", "葵涌", "New Territories"),
        ("Shun Tak Centre", "信德中心", "200", "Connaught Road Central", "干諾道中", "Sheung Wan", "上環", ""),
        ("Grand Century Place", "新世紀廣場", "193", "Prince Edward Road West", "太子道西", "Mong Kok", "旺角", "Kowloon"),
        ("Harbour Centre", "海港中心", "25", "Harbour Road", "港灣道", "Wan Chai", "灣仔", "")]


def a_hk(rng):
    bl, bn, num, sl, sn, dl, dn, reg = rng.choice(HK_B)
    fl = rng.randint(2, 50)
    room = '%d%02d' % (fl, rng.randint(1, 30)) if rng.random() < .7 else rng.choice('ABCDEFGH')
    rr = ', ' + reg if reg else ''
    lat = ['Room %s, %d/F, %s, %s %s, %s%s, Hong Kong' % (room, fl, bl, num, sl, dl, rr),
           'Flat/Rm %s, %s, %s, %s %s, %s, HK' % (room, FL(fl), bl, num, sl, dl),
           'Unit %s, %d/F, %s, No. %s %s, %s%s' % (room, fl, bl, num, sl, dl, rr)]
    nat = ['香港%s%s%s號%s%d樓%s室' % (dn, sn, num, bn, fl, room)]
    return Addr(lat, nat, 'Hong Kong')


TW_R = [("信義路五段", "Sec. 5, Xinyi Rd.", "信義區", "Xinyi Dist.", "台北市", "Taipei City", "110"),
        ("敦化南路二段", "Sec. 2, Dunhua S. Rd.", "大安區", "Da'an Dist.", "台北市", "Taipei City", "106"),
        ("忠孝東路四段", "Sec. 4, Zhongxiao E. Rd.", "大安區", "Da'an Dist.", "台北市", "Taipei City", "106"),
        ("瑞光路", "Ruiguang Rd.", "內湖區", "Neihu Dist.", "台北市", "Taipei City", "114"),
        ("力行路", "Lixing Rd.", "東區", "East Dist.", "新竹市", "Hsinchu City", "300"),
        ("臺灣大道三段", "Sec. 3, Taiwan Blvd.", "西屯區", "Xitun Dist.", "台中市", "Taichung City", "407")]


def a_tw(rng):
    rn, rl, dn, dl, cn, cl, pc = rng.choice(TW_R)
    num, fl = rng.randint(1, 600), rng.randint(2, 35)
    sub = '之%d' % rng.randint(1, 9) if rng.random() < .3 else ''
    subl = '-%d' % int(sub[1:]) if sub else ''
    nat = ['%s%s%s%s%d號%s%d樓' % (pc, cn, dn, rn, num, sub, fl), '%s%s%s%d號%d樓' % (cn, dn, rn, num, fl)]
    lat = ['%dF., No. %d%s, %s, %s, %s %s, Taiwan (R.O.C.)' % (fl, num, subl, rl, dl, cl, pc),
           '%dF, No.%d%s, %s, %s, %s' % (fl, num, subl, rl, dl, cl),
           '%s, No. %d%s, %s, %s, %s %s' % (FL(fl), num, subl, rl, dl, cl, pc)]
    return Addr(lat, nat, cl)


RU_C = [("Москва", "Moscow", "Moskva", "1",
         [("ул. Тверская", "Tverskaya Street", "ul. Tverskaya"), ("Ленинский пр-т", "Leninsky Prospekt", "Leninskiy pr-t"),
          ("ул. Льва Толстого", "Lva Tolstogo Street", "ul. Lva Tolstogo"),
          ("Пресненская наб.", "Presnenskaya Embankment", "Presnenskaya nab."),
          ("ул. Большая Полянка", "Bolshaya Polyanka Street", "ul. Bolshaya Polyanka"),
          ("Кутузовский пр-т", "Kutuzovsky Prospekt", "Kutuzovskiy pr-t"),
          ("ул. Новый Арбат", "Novy Arbat Street", "ul. Novyy Arbat"),
          ("Варшавское ш.", "Varshavskoye Highway", "Varshavskoe sh.")]),
        ("Санкт-Петербург", "Saint Petersburg", "Sankt-Peterburg", "19",
         [("Невский пр-т", "Nevsky Prospekt", "Nevskiy pr-t"), ("ул. Марата", "Marata Street", "ul. Marata"),
          ("Московский пр-т", "Moskovsky Prospekt", "Moskovskiy pr-t")]),
        ("Новосибирск", "Novosibirsk", "Novosibirsk", "630",
         [("ул. Ленина", "Lenina Street", "ul. Lenina"), ("Красный пр-т", "Krasny Prospekt", "Krasnyy pr-t")]),
        ("Екатеринбург", "Yekaterinburg", "Ekaterinburg", "620",
         [("ул. Малышева", "Malysheva Street", "ul. Malysheva")]),
        ("Казань", "Kazan", "Kazan", "420", [("ул. Баумана", "Baumana Street", "ul. Baumana")]),
        ("Иннополис", "Innopolis", "Innopolis", "420",
         [("ул. Университетская", "Universitetskaya Street", "ul. Universitetskaya")])]


def _slav_addr(rng, C, country, city_word, house, bldg, office):
    cn, ce, ct, pp, sts = rng.choice(C)
    sn, se, st = rng.choice(sts)
    pc = (pp + D(rng, 6))[:6]
    d, b, o = rng.randint(1, 120), rng.randint(1, 9), rng.randint(1, 999)
    has_b = rng.random() < .45
    bn = (', %s %d' % (bldg, b)) if has_b else ''
    nat = ['%s, %s %s, %s, %s %d%s, %s %d' % (pc, city_word, cn, sn, house, d, bn, office, o),
           '%s %s, %s, %d%s, %s %d' % (city_word, cn, sn, d, bn, office, o)]
    bl = (', bldg. %d' % b) if has_b else ''
    lat = ['%s, %d%s, office %d, %s, %s' % (se, d, bl, o, ce, pc),
           '%s, d. %d%s, of. %d, %s %s' % (st, d, (', str. %d' % b) if has_b else '', o, ct, pc),
           '%d %s%s, Office %d, %s %s, %s' % (d, se, bl, o, ce, pc, country)]
    return Addr(lat, nat, ce)


def a_ru(rng):
    return _slav_addr(rng, RU_C, 'Russia', 'г.', 'д.', 'стр.', 'оф.')


KZ_C = [("Алматы", "Almaty", "Almaty", "050",
         [("пр. Аль-Фараби", "Al-Farabi Avenue", "pr. Al-Farabi"), ("ул. Фурманова", "Furmanov Street", "ul. Furmanova"),
          ("пр. Абая", "Abay Avenue", "pr. Abaya"), ("ул. Толе би", "Tole Bi Street", "ul. Tole bi")]),
        ("Астана", "Astana", "Nur-Sultan", "010",
         [("пр. Мангилик Ел", "Mangilik Yel Avenue", "pr. Mangilik El"), ("ул. Кунаева", "Kunayev Street", "ul. Kunaeva")])]


def a_kz(rng):
    return _slav_addr(rng, KZ_C, 'Kazakhstan', 'г.', 'д.', 'корп.', 'оф.')


UA_C = [("Київ", "Kyiv", "Kiev", "01",
         [("вул. Хрещатик", "Khreshchatyk Street", "vul. Khreshchatyk"),
          ("вул. Велика Васильківська", "Velyka Vasylkivska Street", "vul. Velyka Vasylkivska"),
          ("просп. Перемоги", "Peremohy Avenue", "prosp. Peremohy")]),
        ("Львів", "Lviv", "Lvov", "79", [("вул. Городоцька", "Horodotska Street", "vul. Horodotska"),
                                         ("просп. Свободи", "Svobody Avenue", "prosp. Svobody")]),
        ("Харків", "Kharkiv", "Kharkov", "61", [("вул. Сумська", "Sumska Street", "vul. Sumska")]),
        ("Дніпро", "Dnipro", "Dnepr", "49", [("просп. Дмитра Яворницького", "Dmytra Yavornytskoho Avenue",
                                              "prosp. D. Yavornytskoho")])]


def a_ua(rng):
    return _slav_addr(rng, UA_C, 'Ukraine', 'м.', 'буд.', 'корп.', 'оф.')


TR_A = [("Büyükdere Caddesi", "Levent", "Şişli", "İstanbul", "34394"),
        ("Barbaros Bulvarı", "Balmumcu", "Beşiktaş", "İstanbul", "34349"),
        ("Atatürk Bulvarı", "Kavaklıdere", "Çankaya", "Ankara", "06680"),
        ("Bağdat Caddesi", "Caddebostan", "Kadıköy", "İstanbul", "34728"),
        ("372 Sokak", "Kazımdirik", "Bornova", "İzmir", "35100"),
        ("Halaskargazi Caddesi", "Harbiye", "Şişli", "İstanbul", "34371"),
        ("Mustafa Kemal Bulvarı", "Maltepe", "Çankaya", "Ankara", "06570")]


def a_tr(rng):
    st, mah, ilce, il, pc = rng.choice(TR_A)
    n, k, d = rng.randint(1, 300), rng.randint(1, 25), rng.randint(1, 60)
    return Addr(['%s Mahallesi, %s No:%d Kat:%d D:%d, %s %s/%s' % (mah, st, n, k, d, pc, ilce, il),
                 '%s Mahallesi %s No: %d/%d %s %s %s' % (mah, st, n, d, ilce, il, pc),
                 deacc('%s No. %d, %s, %s %s, %s, Turkey' % (st, n, mah, pc, ilce, il))], None, deacc(il))


JP_A = [("東京都", "Tokyo", "渋谷区", "Shibuya-ku", "渋谷", "Shibuya", "150-0002"),
        ("東京都", "Tokyo", "港区", "Minato-ku", "六本木", "Roppongi", "106-0032"),
        ("東京都", "Tokyo", "千代田区", "Chiyoda-ku", "丸の内", "Marunouchi", "100-0005"),
        ("東京都", "Tokyo", "品川区", "Shinagawa-ku", "大崎", "Osaki", "141-0032"),
        ("大阪府", "Osaka", "大阪市北区", "Kita-ku, Osaka", "梅田", "Umeda", "530-0001"),
        ("福岡県", "Fukuoka", "福岡市中央区", "Chuo-ku, Fukuoka", "天神", "Tenjin", "810-0001")]
JP_BLD = [("テラビル", "Terra Bldg."), ("第一生命ビル", "Daiichi Seimei Bldg."), ("グランドタワー", "Grand Tower"),
          ("ヒルズ", "Hills"), ("センタービル", "Center Bldg."), ("スクエア", "Square")]


def a_jp(rng):
    pn, pl, wn, wl, an, al, pc = rng.choice(JP_A)
    a, b, c = rng.randint(1, 9), rng.randint(1, 30), rng.randint(1, 20)
    bn, bl = rng.choice(JP_BLD)
    fl = rng.randint(1, 40)
    nat = ['〒%s %s%s%s%d-%d-%d %s%d階' % (pc, pn, wn, an, a, b, c, bn, fl), '%s%s%s%d丁目%d番%d号 %s %dF' % (pn, wn, an, a, b, c, bn, fl)]
    lat = ['%s %dF, %d-%d-%d %s, %s, %s %s' % (bl, fl, a, b, c, al, wl, pl, pc),
           '%s %s, %d-%d-%d %s, %s, %s %s, Japan' % (bl, FL(fl), a, b, c, al, wl, pl, pc),
           '%d-%d-%d %s %s-ku %s' % (a, b, c, al, wl.replace('-ku', ''), pl)]
    return Addr(lat, nat, pl)


KR_A = [("서울특별시", "Seoul", "강남구", "Gangnam-gu", "06", [("테헤란로", "Teheran-ro"), ("강남대로", "Gangnam-daero"),
                                                               ("논현로", "Nonhyeon-ro")]),
        ("서울특별시", "Seoul", "마포구", "Mapo-gu", "04", [("월드컵북로", "World Cup buk-ro"), ("양화로", "Yanghwa-ro")]),
        ("경기도 성남시", "Seongnam-si, Gyeonggi-do", "분당구", "Bundang-gu", "13",
         [("판교역로", "Pangyoyeok-ro"), ("대왕판교로", "Daewangpangyo-ro")])]


def a_kr(rng):
    cn, cl, gn, gl, pp, roads = rng.choice(KR_A)
    rn, rl = rng.choice(roads)
    num, fl = rng.randint(1, 500), rng.randint(1, 30)
    pc = pp + D(rng, 3)
    nat = ['%s %s %s %d, %d층' % (cn, gn, rn, num, fl), '(%s) %s %s %s %d %d층' % (pc, cn, gn, rn, num, fl)]
    lat = ['%dF, %d %s, %s, %s %s' % (fl, num, rl, gl, cl, pc), '%d, %s, %s, %s, Korea' % (num, rl, gl, cl),
           '%s, %d %s, %s, %s, Republic of Korea %s' % (FL(fl), num, rl, gl, cl, pc)]
    return Addr(lat, nat, cl.split(',')[0])


def a_vg(rng):
    return Addr(['P.O. Box %d, Road Town, Tortola' % rng.randint(100, 4999),
                 '%d Main Street, Road Town, Tortola, VG%d' % (rng.randint(1, 200), rng.choice([1110, 1120]))],
                None, 'Road Town')


def a_sc(rng):
    return Addr(['Office %d, %s, Victoria, Mahe' % (rng.randint(1, 30), rng.choice(
        ['Oliaji Trade Centre', 'Orion Mall', 'Providence Industrial Estate', 'Eden Plaza'])),
                 'P.O. Box %d, Victoria, Mahe' % rng.randint(100, 1999)], None, 'Victoria')


def a_pa(rng):
    return Addr(['Calle %d, %s, Piso %d, Ciudad de Panamá' % (rng.randint(50, 78), rng.choice(
        ['Edificio Torre de las Américas', 'Obarrio', 'Edificio PH Oceanía', 'Punta Pacífica']), rng.randint(1, 40)),
                 'Calle %d Este, %s, Ciudad de Panamá' % (rng.randint(50, 78), rng.choice(['Obarrio', 'Marbella',
                                                                                            'Bella Vista']))],
                None, 'Panama')


# =====================================================================
# phones
# =====================================================================


class Phone:
    __slots__ = ('cc', 'tr', 'area', 'sub', 'sty', 'reg')

    def __init__(self, cc, tr, area, sub, sty, reg):
        self.cc, self.tr, self.area, self.sub, self.sty, self.reg = cc, tr, area, sub, sty, reg


def _nanp(areas):
    return [(a, '', 7, 0) for a in areas.split()]


PHONE = {
    'US': ('1', '', _nanp('415 650 408 212 646 512 206 617 312 305 303 404 213 972 737 628'), 'nanp'),
    'GB': ('44', '0', [('20', '7', 8, 0), ('20', '3', 8, 0), ('161', '', 7, 0), ('131', '', 7, 0), ('117', '', 7, 0),
                       ('7700', '9', 6, 1), ('7911', '', 6, 1), ('7456', '', 6, 1), ('7823', '', 6, 1)], 'std'),
    'DE': ('49', '0', [('30', '', 8, 0), ('89', '', 8, 0), ('40', '', 8, 0), ('69', '', 8, 0), ('221', '', 7, 0),
                       ('151', '', 8, 1), ('160', '', 7, 1), ('176', '', 8, 1)], 'std'),
    'FR': ('33', '0', [('1', '', 8, 0), ('4', '', 8, 0), ('6', '', 8, 1), ('7', '', 8, 1)], 'fr'),
    'IT': ('39', '', [('02', '', 8, 0), ('06', '', 8, 0), ('3', '', 9, 1)], 'std'),
    'ES': ('34', '', [('91', '', 7, 0), ('93', '', 7, 0), ('6', '', 8, 1)], 'std'),
    'PL': ('48', '', [('22', '', 7, 0), ('12', '', 7, 0), ('5', '', 8, 1), ('6', '', 8, 1)], 'std'),
    'NL': ('31', '0', [('20', '', 7, 0), ('10', '', 7, 0), ('6', '', 8, 1)], 'std'),
    'EE': ('372', '', [('', '6', 7, 0), ('', '5', 7, 1), ('', '5', 8, 1)], 'std'),
    'CY': ('357', '', [('22', '', 6, 0), ('25', '', 6, 0), ('99', '', 6, 1), ('96', '', 6, 1)], 'std'),
    'BR': ('55', '0', [('11', '3', 8, 0), ('21', '2', 8, 0), ('11', '9', 9, 1), ('21', '9', 9, 1),
                       ('31', '9', 9, 1)], 'br'),
    'MX': ('52', '', [('55', '', 8, 0), ('33', '', 8, 0), ('81', '', 8, 0)], 'std'),
    'CL': ('56', '', [('2', '2', 8, 0), ('9', '', 8, 1)], 'std'),
    'AR': ('54', '0', [('11', '4', 8, 0), ('351', '', 7, 0), ('11', '15', 8, 1)], 'std'),
    'CO': ('57', '', [('601', '', 7, 0), ('604', '', 7, 0), ('3', '', 9, 1)], 'std'),
    'NG': ('234', '0', [('803', '', 7, 1), ('806', '', 7, 1), ('813', '', 7, 1), ('909', '', 7, 1),
                        ('1', '', 7, 0)], 'std'),
    'KE': ('254', '0', [('722', '', 6, 1), ('711', '', 6, 1), ('733', '', 6, 1), ('20', '', 7, 0)], 'std'),
    'ZA': ('27', '0', [('11', '', 7, 0), ('21', '', 7, 0), ('82', '', 7, 1), ('83', '', 7, 1), ('72', '', 7, 1)],
           'std'),
    'AE': ('971', '0', [('4', '', 7, 0), ('2', '', 7, 0), ('50', '', 7, 1), ('55', '', 7, 1), ('52', '', 7, 1)], 'std'),
    'IN': ('91', '0', [('80', '', 8, 0), ('22', '', 8, 0), ('11', '', 8, 0), ('', '9', 10, 1), ('', '8', 10, 1),
                       ('', '7', 10, 1)], 'in'),
    'SG': ('65', '', [('', '6', 8, 0), ('', '8', 8, 1), ('', '9', 8, 1)], 'std'),
    'MY': ('60', '0', [('3', '', 8, 0), ('12', '', 7, 1), ('17', '', 7, 1), ('11', '', 8, 1)], 'std'),
    'VN': ('84', '0', [('28', '', 8, 0), ('24', '', 8, 0), ('90', '', 7, 1), ('91', '', 7, 1), ('98', '', 7, 1)],
           'std'),
    'TH': ('66', '0', [('2', '', 7, 0), ('8', '', 8, 1), ('9', '', 8, 1)], 'std'),
    'ID': ('62', '0', [('21', '', 8, 0), ('812', '', 8, 1), ('813', '', 8, 1)], 'std'),
    'PH': ('63', '0', [('2', '', 8, 0), ('917', '', 7, 1), ('918', '', 7, 1)], 'std'),
    'CN': ('86', '0', [('21', '', 8, 0), ('10', '', 8, 0), ('755', '', 8, 0), ('571', '', 8, 0),
                       ('', '138', 11, 1), ('', '139', 11, 1), ('', '186', 11, 1), ('', '150', 11, 1),
                       ('', '177', 11, 1)], 'cn'),
    'HK': ('852', '', [('', '2', 8, 0), ('', '3', 8, 0), ('', '9', 8, 1), ('', '6', 8, 1), ('', '5', 8, 1)], 'std'),
    'TW': ('886', '0', [('2', '', 8, 0), ('', '9', 9, 1)], 'std'),
    'RU': ('7', '8', [('495', '', 7, 0), ('499', '', 7, 0), ('812', '', 7, 0), ('916', '', 7, 1), ('903', '', 7, 1),
                      ('925', '', 7, 1), ('985', '', 7, 1)], 'ru'),
    'KZ': ('7', '8', [('727', '', 7, 0), ('701', '', 7, 1), ('777', '', 7, 1), ('705', '', 7, 1)], 'ru'),
    'UA': ('380', '0', [('44', '', 7, 0), ('67', '', 7, 1), ('50', '', 7, 1), ('93', '', 7, 1)], 'std'),
    'TR': ('90', '0', [('212', '', 7, 0), ('216', '', 7, 0), ('312', '', 7, 0), ('532', '', 7, 1), ('533', '', 7, 1),
                       ('542', '', 7, 1)], 'std'),
    'JP': ('81', '0', [('3', '', 8, 0), ('6', '', 8, 0), ('90', '', 8, 1), ('80', '', 8, 1)], 'jp'),
    'KR': ('82', '0', [('2', '', 8, 0), ('10', '', 8, 1), ('31', '', 8, 0)], 'jp'),
    'VG': ('1', '', _nanp('284'), 'nanp'),
    'SC': ('248', '', [('', '4', 7, 0), ('', '2', 7, 1)], 'std'),
    'PA': ('507', '', [('', '2', 7, 0), ('', '6', 8, 1)], 'std'),
}


def grp(sub, sep=' '):
    L = len(sub)
    sizes = {5: (2, 3), 6: (3, 3), 7: (3, 4), 8: (4, 4), 9: (3, 3, 3), 10: (3, 3, 4), 11: (3, 4, 4)}.get(L)
    if not sizes:
        return sub
    out, i = [], 0
    for s in sizes:
        out.append(sub[i:i + s])
        i += s
    return sep.join(out)


def phone_national(ph, rng):
    tr, a, sub, sty = ph.tr, ph.area, ph.sub, ph.sty
    if sty == 'nanp':
        return rng.choice(['(%s) %s-%s' % (a, sub[:3], sub[3:]), '%s-%s-%s' % (a, sub[:3], sub[3:]),
                           '%s.%s.%s' % (a, sub[:3], sub[3:]), '1-%s-%s-%s' % (a, sub[:3], sub[3:]),
                           a + sub, '1 (%s) %s-%s' % (a, sub[:3], sub[3:])])
    if sty == 'ru' and len(sub) == 7:
        return rng.choice(['8 (%s) %s-%s-%s' % (a, sub[:3], sub[3:5], sub[5:]),
                           '8-%s-%s-%s-%s' % (a, sub[:3], sub[3:5], sub[5:]), '8 %s %s' % (a, sub),
                           '8%s%s' % (a, sub), '(%s) %s-%s-%s' % (a, sub[:3], sub[3:5], sub[5:])])
    if sty == 'br':
        return rng.choice(['(%s) %s-%s' % (a, sub[:-4], sub[-4:]), '%s %s-%s' % (a, sub[:-4], sub[-4:]),
                           '(0%s) %s-%s' % (a, sub[:-4], sub[-4:]), '0%s%s' % (a, sub)])
    if sty == 'fr':
        d = tr + a + sub
        pairs = [d[i:i + 2] for i in range(0, len(d), 2)]
        return rng.choice([' '.join(pairs), '.'.join(pairs), d])
    if sty == 'in':
        if not a:
            return rng.choice(['%s %s' % (sub[:5], sub[5:]), '0%s %s' % (sub[:5], sub[5:]), '0' + sub, sub,
                               '%s-%s' % (sub[:5], sub[5:])])
        return rng.choice(['0%s-%s' % (a, grp(sub)), '0%s %s' % (a, sub), '(0%s) %s' % (a, sub), '0%s-%s' % (a, sub)])
    if sty == 'cn':
        if not a:
            return rng.choice(['%s %s %s' % (sub[:3], sub[3:7], sub[7:]), sub, '%s-%s-%s' % (sub[:3], sub[3:7], sub[7:])])
        return rng.choice(['0%s-%s' % (a, grp(sub)), '(0%s) %s' % (a, sub), '0%s-%s' % (a, sub),
                           '0%s %s %s' % (a, sub[:4], sub[4:])])
    if sty == 'jp' and len(sub) == 8:
        return rng.choice(['%s%s-%s-%s' % (tr, a, sub[:4], sub[4:]), '%s%s%s' % (tr, a, sub),
                           '(%s%s) %s-%s' % (tr, a, sub[:4], sub[4:])])
    g = grp(sub)
    if not a:
        return tr + rng.choice([g, sub, grp(sub, '-')])
    return rng.choice(['%s%s %s' % (tr, a, g), '(%s%s) %s' % (tr, a, g), '%s%s-%s' % (tr, a, sub),
                       '%s%s%s' % (tr, a, sub), '%s%s %s' % (tr, a, sub)])


def rphone(ph, ext, rng, src):
    cc, tr, a, sub = ph.cc, ph.tr, ph.area, ph.sub
    nsn = a + sub
    r = rng.random()
    if src == 'crm':
        r *= .55
    elif src == 'partner':
        r = .55 + r * .45
    g = grp(sub)
    ap = (a + ' ') if a else ''
    if r < .13:
        s = '+' + cc + nsn
    elif r < .33:
        s = '+%s %s%s' % (cc, ap, g)
    elif r < .39:
        s = '+%s-%s%s' % (cc, (a + '-') if a else '', grp(sub, '-'))
    elif r < .44:
        s = '00%s %s%s' % (cc, ap, g)
    elif r < .48:
        s = (cc + nsn) if rng.random() < .5 else (cc + ' ' + nsn)
    elif r < .52 and tr == '0' and a:
        s = '+%s (0)%s %s' % (cc, a, g)
    elif r < .55 and a:
        s = '+%s (%s) %s' % (cc, a, g)
    else:
        s = phone_national(ph, rng)
    if ext:
        if ph.reg in ('RU', 'KZ', 'UA') and rng.random() < .4:
            s += ' доб. ' + ext
        elif ph.reg == 'BR' and rng.random() < .4:
            s += ' ramal ' + ext
        elif ph.reg == 'DE' and rng.random() < .4:
            s += '-' + ext
        else:
            s += rng.choice([' ext. ', ' ext ', ' x', ' x.', ' #', ', ext. ', ' Ext ']) + ext
    return s


PHONE_JUNK = ['n/a', 'N/A', '-', 'none', '0', '000000', '123456789', '+1 (000) 000-0000', 'tbd', 'see email', '.',
              'no phone', '+', '111-111-1111', '0000000000', 'NA', 'x']

# =====================================================================
# company names
# =====================================================================


class Brand:
    __slots__ = ('lat', 'nat', 'lang')

    def __init__(self, lat, nat, lang):
        self.lat, self.nat, self.lang = lat, nat, lang


class CoName:
    __slots__ = ('core', 'nat', 'lt', 'nt', 'reg')

    def __init__(self, core, nat, lt, nt, reg):
        self.core, self.nat, self.lt, self.nt, self.reg = core, nat, lt, nt, reg


EN_PRE = ("Nova,Zen,Ark,Quant,Tera,Lumi,Veri,Axi,Orbi,Cyto,Hexa,Neo,Pyra,Astra,Cirra,Flux,Helio,Kine,Meri,Opti,"
          "Strato,Vanta,Xyla,Zeph,Aero,Brio,Coba,Dyna,Ever,Fyre,Gala,Holo,Iono,Juno,Kairo,Lyra,Magna,Nimbo,Octa,"
          "Polar,Quasa,Rhea,Sola,Tria,Umbra,Vela,Wave,Xeno,Yotta,Zyra,Cygna,Eido,Ferro,Glia,Inka,Mira,Oro,Pexa,"
          "Ryze,Syna,Tessa,Ultra,Voxa").split(',')
EN_SUF = "tech,logic,ware,byte,mind,grid,core,link,path,scale,forge,nest,point,shift,spark,stack,stream,sync,verse,wise,bit,loop,node,gen,ly,io,ra,ion".split(',')
EN_W1 = ("Blue,Red,Silver,Golden,Green,North,South,East,West,Iron,Stone,River,Lake,Summit,Harbor,Pine,Oak,Cedar,"
         "Falcon,Eagle,Lion,Tiger,Bright,Clear,Swift,True,Prime,Apex,Vertex,Pinnacle,Crest,Beacon,Bridge,Anchor,"
         "Compass,Atlas,Orion,Phoenix,Titan,Polaris,Copper,Cobalt,Amber,Crimson,Indigo,Quiet,Open,Deep,High,Far,"
         "Lantern,Meadow,Granite,Willow,Maple,Hollow,Sparrow,Raven,Juniper,Aspen").split(',')
EN_W2 = "stone,field,water,peak,gate,bridge,wave,rock,light,star,path,line,wood,view,point,ridge,brook,haven,mark,fox,hill,vale,crest,forge".split(',')

SECT = {
    'en': [(x.split('|'), None) for x in (
        "Technologies|Technology|Tech,Solutions|Solution,Systems|System,Analytics,Labs|Lab|Laboratories,Data,AI,"
        "Compute|Computing,Cloud,Digital,Software,Robotics,Media,Games,Studios|Studio,Trading,Logistics,Consulting,"
        "Capital,Ventures,Networks|Network,Services|Service,Intelligence,Research,Bio,Energy,Partners,Vision,"
        "Dynamics,Innovations|Innovation,Interactive,Security,Quantum,Health,Learning,Graphics,Rendering,Mining,"
        "Infrastructure,Hosting").split(',')],
    'de': [(x.split('|'), None) for x in (
        "Datentechnik,Software,Systemhaus,IT-Service|IT Service|IT-Services,Informatik,Beratung,Handel,"
        "Technologie|Technologies,Rechenzentrum,Digital,Datenverarbeitung,Netzwerke").split(',')],
    'fr': [(x.split('|'), None) for x in "Conseil,Technologies,Systèmes|Systemes,Informatique,Solutions,Numérique|Numerique,Services,Data".split(',')],
    'it': [(x.split('|'), None) for x in "Servizi,Tecnologie,Sistemi,Informatica,Soluzioni,Consulting,Digitale,Data".split(',')],
    'es': [(x.split('|'), None) for x in (
        "Soluciones,Soluciones Tecnológicas|Soluciones Tecnologicas,Tecnología|Tecnologia,Servicios,Sistemas,"
        "Consultores,Comercializadora,Desarrollos,Inversiones,Grupo,Datos,Innovación|Innovacion,Digital").split(',')],
    'pt': [(x.split('|'), None) for x in (
        "Soluções|Solucoes,Tecnologia,Serviços|Servicos,Sistemas,Consultoria,Comércio|Comercio,"
        "Informática|Informatica,Desenvolvimento,Dados,Digital").split(',')],
    'pl': [(x.split('|'), None) for x in "Technologie,Systemy,Usługi|Uslugi,Informatyka,Software,Consulting,Data,IT".split(',')],
    'nl': [(x.split('|'), None) for x in "Techniek,Software,Data,Diensten,Consultancy,ICT,Solutions".split(',')],
    'tr': [(x.split('|'), None) for x in (
        "Bilişim|Bilisim,Teknoloji|Teknolojileri,Yazılım|Yazilim,Danışmanlık|Danismanlik,Ticaret,Dijital,"
        "Bilişim Teknolojileri|Bilisim Teknolojileri").split(',')],
    'id': [(x.split('|'), None) for x in "Teknologi,Solusi,Data,Digital,Informatika,Sistem,Teknologi Indonesia,Inovasi".split(',')],
    'in': [(x.split('|'), None) for x in (
        "Infotech,Technologies|Technology|Tech,Software Solutions,Softech|Soft Tech,Infosystems|Info Systems,"
        "IT Services,Consultancy Services,Analytics,Datalabs|Data Labs,Infoway,Systems").split(',')],
    'ar': [(x.split('|'), None) for x in (
        "General Trading,Computer Systems,Technologies,IT Solutions,Consultancy,Information Technology,"
        "Data Centre|Data Center,Electronics Trading").split(',')],
    'cn': [(l.split('|'), n) for n, l in (
        ("科技", "Technology|Tech|Keji"), ("信息技术", "Information Technology|Info Tech"),
        ("网络科技", "Network Technology|Network Tech"), ("数据科技", "Data Technology|Data Tech"),
        ("智能科技", "Intelligent Technology|Smart Technology|AI Technology"), ("贸易", "Trading|Trade"),
        ("软件", "Software|Software Technology"), ("计算科技", "Computing Technology|Computing"),
        ("电子科技", "Electronic Technology|Electronics"))],
    'hk': [(l.split('|'), n) for n, l in (
        ("科技", "Technology|Tech"), ("貿易", "Trading"), ("控股", "Holdings"), ("國際", "International"),
        ("網絡科技", "Network Technology"), ("數據", "Data"))],
    'tw': [(l.split('|'), n) for n, l in (
        ("科技", "Technology|Tech"), ("電子", "Electronics|Electronic"), ("資訊", "Information|Info"),
        ("電腦", "Computer|Computing"), ("智能", "Intelligence|AI"))],
    'jp': [(l.split('|'), n) for n, l in (
        ("テクノロジーズ", "Technologies|Technology"), ("システムズ", "Systems"), ("ラボ", "Lab|Labs"),
        ("データ", "Data"), ("ソフト", "Soft|Software"), ("AI", "AI"))],
    'kr': [(l.split('|'), n) for n, l in (
        ("테크", "Tech"), ("소프트", "Soft"), ("데이터", "Data"), ("랩스", "Labs"), ("시스템즈", "Systems"),
        ("에이아이", "AI"))],
    'ru': [(l.split('|'), n) for n, l in (
        ("Технологии", "Tekhnologii|Tehnologii|Technologies"), ("Сервис", "Servis|Service"),
        ("Системы", "Sistemy|Systems"), ("Групп", "Grupp|Group"), ("Софт", "Soft"),
        ("Вычисления", "Vychisleniya|Computing"), ("Торг", "Torg|Trade"), ("Телеком", "Telekom|Telecom"),
        ("Дата", "Data"), ("Лаб", "Lab|Labs"))],
    'uk': [(l.split('|'), n) for n, l in (
        ("Технології", "Tekhnolohii|Technologies"), ("Софт", "Soft"), ("Сервіс", "Servis|Service"),
        ("Системи", "Systemy|Systems"), ("Груп", "Hrup|Group"))],
    'vn': [(l.split('|'), n) for n, l in (
        ("Công nghệ", "Technology|Tech"), ("Phần mềm", "Software"), ("Thương mại", "Trading|Trade"),
        ("Dịch vụ", "Services|Service"), ("Giải pháp", "Solutions"), ("Dữ liệu", "Data"),
        ("Công nghệ số", "Digital Technology"))],
}
SECT['kz'] = SECT['ru']
SECT['off'] = [(x.split('|'), None) for x in "Holdings,Investments,Ventures,Capital,Group,International,Trading,Enterprises".split(',')]

NBR = {
    'cn': PN("星海:Xinghai,天宇:Tianyu,云帆:Yunfan,华创:Huachuang,智联:Zhilian,博远:Boyuan,鼎盛:Dingsheng,瑞丰:Ruifeng,"
             "恒信:Hengxin,众合:Zhonghe,卓越:Zhuoyue,新锐:Xinrui,源码:Yuanma,极光:Jiguang,深蓝:Shenlan,光年:Guangnian,"
             "凌云:Lingyun,浩瀚:Haohan,明德:Mingde,锦程:Jincheng,青松:Qingsong,金石:Jinshi,远航:Yuanhang,启明:Qiming,"
             "图灵:Tuling,算力:Suanli,天枢:Tianshu,墨子:Mozi,长风:Changfeng,银河:Yinhe,北辰:Beichen,赛博:Saibo,"
             "磐石:Panshi,云杉:Yunshan,睿智:Ruizhi,紫光:Ziguang"),
    'hk': PN("恒昌:Hang Cheong,永利:Wing Lee,富華:Fu Wah,金輝:Kam Fai,嘉華:Ka Wah,東昇:Tung Sing,信和:Shun Wo,"
             "偉業:Wai Yip,寶德:Po Tak,利達:Lee Tat,泰豐:Tai Fung,華星:Wah Sing"),
    'tw': PN("鼎新:Ting Hsin|Dingxin,昇陽:Sheng Yang|Shengyang,永豐:Yung Feng|Yongfeng,台欣:Tai Hsin|Taixin,"
             "捷元:Chieh Yuan|Jieyuan,宇辰:Yu Chen|Yuchen,群聯:Chun Lien|Qunlian,華邦:Hua Pang|Huabang,"
             "光寶:Kuang Pao|Guangbao,聯穎:Lien Ying|Lianying,凌群:Ling Chun,旭鼎:Hsu Ting"),
    'jp': PN("テラ:Tera,ノヴァ:Nova,アクシス:Axis,ルミナ:Lumina,ソラ:Sora,ミライ:Mirai,ヒカリ:Hikari,ゼニス:Zenith,"
             "アオイ:Aoi,ハヤテ:Hayate,カケル:Kakeru,ツバサ:Tsubasa,シンク:Think|Shinku,アルファ:Alpha|Arufa,"
             "オリオン:Orion"),
    'kr': PN("한빛:Hanbit,누리:Nuri,새롬:Saerom,미래:Mirae,다온:Daon,온누리:Onnuri,하늘:Haneul,바른:Bareun,"
             "푸른:Pureun,솔빛:Solbit,가온:Gaon,아라:Ara"),
    'ru': PN("Альфа:Alfa|Alpha,Вектор:Vektor|Vector,Сигма:Sigma,Квант:Kvant|Quant,Гранит:Granit|Granite,"
             "Восток:Vostok,Интеграл:Integral,Технопарк:Tekhnopark|Technopark,Спектр:Spektr|Spectrum,Орион:Orion,"
             "Атлант:Atlant,Меридиан:Meridian,Горизонт:Gorizont|Horizon,Стрела:Strela,Байт:Bait|Byte,"
             "Нейрон:Neiron|Neuron,Цифра:Tsifra|Cifra,Полюс:Polyus|Polus,Северный Ветер:Severny Veter|Severnyy Veter,"
             "Радуга:Raduga,Эльбрус:Elbrus,Кристалл:Kristall|Crystal,Гиперион:Giperion|Hyperion,Протон:Proton"),
    'uk': PN("Дніпро:Dnipro|Dnepr,Карпати:Karpaty,Сокіл:Sokil,Світанок:Svitanok,Веселка:Veselka,"
             "Полісся:Polissia|Polesye,Галичина:Halychyna|Galychyna,Таврія:Tavriia|Tavria,Говерла:Hoverla"),
    'kz': PN("Алтын:Altyn,Самрук:Samruk,Тенгри:Tengri,Астана:Astana,Жетысу:Zhetysu|Jetisu,Сункар:Sunkar,"
             "Кайнар:Kainar|Kaynar,Нур:Nur,Арай:Arai"),
    'vn': acc2("Sao Mai,Hoàng Long,Thiên Phú,Việt Tiến,Minh Phát,An Khang,Phú Thịnh,Đại Dương,Ánh Dương,Trường Sơn,"
               "Hưng Thịnh,Bình Minh,Tân Việt,Hải Đăng,Phương Nam"),
}
NATLANGS = set(NBR)

LBR = {
    'de': P("Nordlicht,Bergblick,Sonnenfeld,Weitblick,Rheinwerk,Elbufer,Alpenblick,Isarwerk,Spreewerk,Donautal,"
            "Schwarzwald,Waldmeister,Lichtblick,Hanse,Taunus,Falkenstein"),
    'es': P("Andina,del Pacífico|del Pacifico,Austral,Azteca,Sol,Cóndor|Condor,Quetzal,del Norte,Del Valle,Maya,"
            "Patagonia,Caribe,Cumbre,Horizonte,Alameda,Los Andes,Pampa,Magallanes,Tequendama,Cordillera"),
    'pt': P("Paulista,Carioca,Amazônia|Amazonia,Ipê|Ipe,Cerrado,Atlântico|Atlantico,Horizonte,Serra Azul,"
            "Vitória|Vitoria,Aurora,Ouro Verde,Guanabara,Pantanal,Tupi,Jacarandá|Jacaranda"),
    'it': P("Aurora,Dolomiti,Vesuvio,Adriatica,Lombarda,Sole,Stella,Leonardo,Galileo,Marconi,Etna,Tirreno,Laguna,Borgo"),
    'fr': P("Lumière|Lumiere,Étoile|Etoile,Horizon,Atlantique,Provence,Cèdre|Cedre,Azur,Mistral,Lutèce|Lutece,"
            "Garonne,Sequana,Alpilles"),
    'pl': P("Wisła|Wisla,Bałtyk|Baltyk,Orzeł|Orzel,Jantar,Mazowsze,Tatra,Polanie,Sokół|Sokol,Warta,Karkonosze,Bursztyn"),
    'nl': P("Polder,Tulp,Dijk,Noordzee,Molen,Oranje,Zeeland,Waddenzee,Delta,Eiland"),
    'tr': P("Anadolu,Boğaziçi|Bogazici,Ege,Toros,Marmara,Yıldız|Yildiz,Kartal,Güneş|Gunes,Kapadokya,Akdeniz,"
            "Karadeniz,Efes"),
    'af': P("Zenith,Sahel,Savanna,Kilimanjaro,Baobab,Jabali,Ubuntu,Imara,Zuri,Amani,Ikenga,Oduduwa,Naija,Eko,Kora,"
            "Serengeti,Limpopo,Nile,Tana"),
    'ar': P("Al Noor|Alnoor,Desert Falcon,Gulf Star,Al Safa,Oasis,Palm,Sahara,Al Barsha,Marina,Dune,Emirates Pearl,"
            "Al Waha,Najm,Al Reem,Sidra,Falaj"),
    'in': P("Sri Lakshmi|Shri Lakshmi,Ganesh,Saraswati,Shakti,Vedanta,Aryan,Indus,Deccan,Sahyadri,Kaveri,Nilgiri,"
            "Tejas,Prakash,Akash,Navya,Agni,Vayu,Surya,Om Sai,Kalpataru"),
    'sea': P("Merlion,Lion City,Orchid,Straits,Harimau,Kenanga,Cahaya,Bintang,Mutiara,Suria,Teratai,Equator,"
             "Nanyang,Tropika"),
    'th': P("Siam,Chao Phraya,Lanna,Krungthep,Sukhumvit,Ratchada,Andaman,Erawan,Naga,Isan"),
    'id': P("Nusantara,Garuda,Merapi,Cahaya,Bintang,Sinar,Mitra,Karya,Jaya,Abadi,Sejahtera,Makmur,Bahari,Rinjani"),
    'ph': P("Bayanihan,Luzon,Mindanao,Visayas,Maharlika,Sampaguita,Tala,Agila,Bituin,Pacific Isles"),
}

GENERIC = ["Global Trading", "Tech Solutions", "Star Import & Export", "Digital Services", "Smart Solutions",
           "Prime Consulting", "Universal Enterprises", "Golden Dragon Trading", "Sunrise Technologies",
           "Alpha Technologies", "Blue Ocean Trading", "Green Energy Solutions", "Cloud Services", "United Trading",
           "New Horizon", "First Choice", "Elite Solutions", "Pioneer Technologies", "Infinity Solutions",
           "Royal Trading", "Dynamic Systems", "Apex Global", "Silver Line Trading", "Mega Tech", "Future Vision",
           "Data Solutions", "AI Solutions", "Bright Future", "Eagle Eye Solutions", "Victory Trading"]

CN_NCITY = [("深圳市", "Shenzhen"), ("上海", "Shanghai"), ("北京", "Beijing"), ("杭州", "Hangzhou"), ("广州", "Guangzhou"),
            ("成都", "Chengdu"), ("南京", "Nanjing"), ("苏州", "Suzhou"), ("武汉", "Wuhan"), ("西安", "Xi'an")]


def en_brand(rng):
    r = rng.random()
    if r < .55:
        p, s = rng.choice(EN_PRE), rng.choice(EN_SUF)
        lat = [p + s, p + s.capitalize(), p + ' ' + s.capitalize()]
    elif r < .85:
        a, b = rng.choice(EN_W1), rng.choice(EN_W2)
        lat = [a + b, a + ' ' + b.capitalize(), a + b.capitalize()]
    else:
        a, b = rng.sample(EN_W1, 2)
        lat = [a + ' ' + b]
    return Brand(lat, None, 'en')


def new_brand(rng, lang):
    if lang in NBR and (lang != 'hk' or rng.random() < .5):
        n, l = rng.choice(NBR[lang])
        return Brand(list(l), n, lang)
    if lang in LBR and rng.random() < .5:
        return Brand(list(rng.choice(LBR[lang])), None, lang)
    return en_brand(rng)


def compose(rng, brand, sector, lang):
    bl, sl = brand.lat, sector[0]
    if lang in ('es', 'pt', 'it', 'fr') and brand.lang == lang:
        lat = ['%s %s' % (s, b) for s in sl for b in bl]
    else:
        lat = ['%s %s' % (b, s) for b in bl for s in sl]
    nat = None
    bn, sn = brand.nat, sector[1]
    if bn and sn and brand.lang == lang:
        if lang == 'cn':
            if rng.random() < .7:
                cn, cl = rng.choice(CN_NCITY)
                nat = cn + bn + sn
                lat = ['%s %s' % (cl, x) for x in lat[:3]] + ['%s (%s)' % (x, cl) for x in lat[:2]] + lat[:1]
            else:
                nat = bn + sn
        elif lang in ('hk', 'tw', 'jp', 'kr'):
            nat = bn + sn
        elif lang in ('ru', 'uk', 'kz'):
            nat = bn + ' ' + sn
        elif lang == 'vn':
            nat = sn + ' ' + bn
    return lat[:8], nat


def pick_sector(rng, brand, lang):
    if brand.nat and brand.lang in SECT:
        return rng.choice(SECT[brand.lang])
    if brand.lang == lang and lang in SECT and (lang in ('es', 'pt', 'it', 'fr') or rng.random() < .65):
        return rng.choice(SECT[lang])
    return rng.choice(SECT['en'])


def make_coname(rng, brand, reg, sector=None, core=None):
    R = REG[reg]
    lt, nt = wpick(rng, R.forms)
    if core is not None:
        return CoName(core, None, lt, nt, reg)
    if sector is None:
        if not brand.nat and rng.random() < (.2 if brand.lang == 'en' else .06):
            return CoName(list(brand.lat), None, lt, nt, reg)
        sector = pick_sector(rng, brand, R.lang)
    lat, nat = compose(rng, brand, sector, R.lang if brand.lang == R.lang else 'en')
    return CoName(lat, nat, lt, nt, reg)


def generic_name(rng, reg):
    g = rng.choice(GENERIC)
    core = [g, g.replace(' & ', ' and ')] if '&' in g else [g]
    return make_coname(rng, None, reg, core=core)


ORG_ABBR = [(re.compile(r'\bHoldings\b'), 'Hldgs'), (re.compile(r'\bHolding\b'), 'Hldg'),
            (re.compile(r'\bInternational\b'), 'Intl'), (re.compile(r'\bLimited\b'), 'Ltd'),
            (re.compile(r'\bGroup\b'), 'Grp'), (re.compile(r'\bTechnologies\b'), 'Tech'),
            (re.compile(r'\bCompany\b'), 'Co.'), (re.compile(r'\bCorporation\b'), 'Corp.'),
            (re.compile(r'\bPrivate\b'), 'Pvt.'), (re.compile(r'\bIncorporated\b'), 'Inc.'),
            (re.compile(r'\bInvestments\b'), 'Invest.'), (re.compile(r'\bManagement\b'), 'Mgmt')]


def rname(cn, rng, src, npref, annot=None, org=False):
    if cn.nat and cn.nt and ((npref and rng.random() < .85) or rng.random() < .06):
        t = cn.nt[0] if rng.random() < .65 else rng.choice(cn.nt)
        s = t.format(cn.nat)
        if cn.reg == 'VN' and rng.random() < .25:
            s = deacc(s)
        return s
    core = cn.core[0] if rng.random() < .72 else rng.choice(cn.core)
    t = cn.lt[0] if rng.random() < .55 else rng.choice(cn.lt)
    s = core if rng.random() < .05 else t.format(core)
    if ' & ' in s and rng.random() < .3:
        s = s.replace(' & ', ' and ')
    if org and rng.random() < .3:
        for rx, rep in ORG_ABBR:
            s = rx.sub(rep, s)
    if annot and rng.random() < .7:
        s = s + rng.choice([' - ', ' (', ' / ', ' – ']) + annot
        if '(' in s[-len(annot) - 3:]:
            s += ')'
    up = {'kyc': .55, 'legacy': .3}.get(src, .07)
    if rng.random() < up:
        s = s.upper()
    elif src == 'web' and rng.random() < .04:
        s = s.lower()
    if rng.random() < .12:
        s = deacc(s)
    if rng.random() < .015:
        s = typo(s, rng)
    if rng.random() < .015:
        s = s + ' '
    return s


# =====================================================================
# regions
# =====================================================================


class Region:
    __slots__ = ('code', 'a3', 'en', 'nat', 'legacy', 'w', 'lang', 'cults', 'forms', 'rid', 'rid2', 'addr', 'tlds',
                 'mail', 'agent_p', 'adj')

    def __init__(self, **kw):
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


def F(lat, nat=None, w=1.0):
    return ((lat, nat), w)


REG = {}


def region(code, a3, en, nat, legacy, w, lang, cults, forms, rid, rid2, addr, tlds, mail, agent_p, adj):
    REG[code] = Region(code=code, a3=a3, en=en, nat=nat, legacy=legacy, w=w, lang=lang, cults=cults, forms=forms,
                       rid=rid, rid2=rid2, addr=addr, tlds=tlds, mail=mail, agent_p=agent_p, adj=adj)


_LTD = ['{} Ltd', '{} Limited', '{} Ltd.', '{} LTD']
region('US', 'USA', 'United States', ['United States'], ['USA', 'U.S.A.', 'United States of America', 'US', 'usa',
                                                         'U.S.'],
       14, 'en', [('en', .7), ('es', .07), ('in', .08), ('cn', .06), ('kr', .02), ('ru', .03), ('ar', .02),
                  ('ng', .02)],
       [F(['{} LLC', '{} L.L.C.', '{}, LLC', '{} Llc'], None, 5), F(['{} Inc.', '{} Inc', '{}, Inc.',
                                                                    '{} Incorporated'], None, 4),
        F(['{} Corp.', '{} Corporation', '{} Corp'], None, 1)],
       rid_us, None, a_us, ['com', 'com', 'io', 'ai', 'co', 'net', 'us', 'dev', 'tech'], 'default', .15,
       ['USA', 'America', 'US', 'North America'])
region('GB', 'GBR', 'United Kingdom', ['United Kingdom'], ['UK', 'U.K.', 'Great Britain', 'England',
                                                            'United Kingdom of Great Britain and Northern Ireland'],
       6, 'en', [('en', .72), ('in', .1), ('ar', .04), ('ng', .05), ('pl', .04), ('cn', .03), ('ru', .02)],
       [F(_LTD, None, 9), F(['{} LLP'], None, 1)], rid_gb, None, a_gb, ['co.uk', 'com', 'io', 'uk', 'ai'], 'default', .18,
       ['UK', 'Europe', 'EMEA', 'Britain'])
region('DE', 'DEU', 'Germany', ['Deutschland'], ['Germany', 'Deutschland', 'FRG', 'D', 'Bundesrepublik Deutschland'],
       5, 'de', [('de', .8), ('tr', .08), ('ru', .05), ('en', .04), ('pl', .03)],
       [F(['{} GmbH', '{} Gmbh', '{} G.m.b.H.'], None, 8),
        F(['{} UG (haftungsbeschränkt)', '{} UG', '{} UG (haftungsbeschraenkt)'], None, 2), F(['{} AG'], None, 1)],
       rid_de, vat_de, a_de, ['de', 'de', 'com', 'io', 'eu'], 'de', .02, ['Deutschland', 'Germany', 'DACH'])
region('FR', 'FRA', 'France', ['France'], ['France', 'République française', 'FR'], 3, 'fr', [('fr', .85), ('ar', .1),
                                                                                               ('en', .05)],
       [F(['{} SAS', '{} S.A.S.', '{} SAS.'], None, 6), F(['{} SARL', '{} S.A.R.L.', '{} Sàrl'], None, 4)],
       rid_fr, vat_fr, a_fr, ['fr', 'com', 'io', 'eu'], 'fr', 0, ['France', 'SAS'])
region('IT', 'ITA', 'Italy', ['Italia'], ['Italia', 'Italy', 'IT'], 2, 'it', [('it', 1.0)],
       [F(['{} S.r.l.', '{} Srl', '{} SRL', '{} s.r.l.'], None, 8), F(['{} S.p.A.', '{} SpA'], None, 1)],
       rid_it, None, a_it, ['it', 'com', 'eu'], 'it', 0, ['Italia', 'Italy'])
region('ES', 'ESP', 'Spain', ['España'], ['España', 'Espana', 'Spain'], 2, 'es', [('es', .95), ('en', .05)],
       [F(['{} S.L.', '{} SL', '{}, S.L.', '{} Sociedad Limitada'], None, 8), F(['{} S.A.', '{} SA'], None, 2)],
       rid_es, None, a_es, ['es', 'com', 'eu'], 'es', 0, ['España', 'Iberia', 'Spain'])
region('PL', 'POL', 'Poland', ['Polska'], ['Polska', 'Poland', 'PL'], 2, 'pl', [('pl', .9), ('uk', .1)],
       [F(['{} Sp. z o.o.', '{} sp. z o.o.', '{} Spółka z ograniczoną odpowiedzialnością', '{} Sp. z o. o.',
           '{} SP. Z O.O.'], None, 1)],
       rid_pl, vat_pl, a_pl, ['pl', 'com', 'com.pl', 'io'], 'pl', 0, ['Polska', 'Poland', 'CEE'])
region('NL', 'NLD', 'Netherlands', ['Nederland'], ['Holland', 'The Netherlands', 'Netherlands', 'NL'], 2, 'nl',
       [('nl', .8), ('tr', .05), ('en', .1), ('in', .05)], [F(['{} B.V.', '{} BV', '{} B.V'], None, 1)],
       rid_nl, vat_nl, a_nl, ['nl', 'com', 'io', 'eu'], 'nl', .06, ['Netherlands', 'Benelux', 'Europe B.V.'])
region('EE', 'EST', 'Estonia', ['Eesti'], ['Estonia', 'Eesti', 'EE'], 1.2, 'en',
       [('et', .3), ('ru', .25), ('uk', .1), ('en', .1), ('in', .1), ('ng', .05), ('tr', .05), ('pl', .05)],
       [F(['{} OÜ', '{} OU', '{} Osaühing'], None, 1)], rid_ee, vat_ee, a_ee, ['ee', 'com', 'io', 'eu'], 'default', .55,
       ['Estonia', 'Baltics', 'EU'])
region('CY', 'CYP', 'Cyprus', ['Κύπρος', 'Kıbrıs'], ['Cyprus', 'CY', 'Republic of Cyprus'], .7, 'en',
       [('el', .4), ('ru', .35), ('uk', .1), ('en', .15)], [F(_LTD, None, 1)], rid_cy, None, a_cy,
       ['com.cy', 'com', 'eu', 'io'], 'default', .5, ['Cyprus', 'Europe', 'EU'])
region('BR', 'BRA', 'Brazil', ['Brasil'], ['Brasil', 'Brazil', 'BR'], 4, 'pt', [('pt', 1.0)],
       [F(['{} Ltda.', '{} Ltda', '{} LTDA', '{} Ltda. ME', '{} - ME'], None, 7), F(['{} S.A.', '{} S/A'], None, 1),
        F(['{} Eireli', '{} EIRELI'], None, 1)], rid_br, None, a_br, ['com.br', 'com', 'io'], 'br', 0,
       ['Brasil', 'do Brasil', 'Latam'])
region('MX', 'MEX', 'Mexico', ['México'], ['México', 'Mexico', 'MEX', 'Estados Unidos Mexicanos'], 2.5, 'es',
       [('es', 1.0)],
       [F(['{} S.A. de C.V.', '{} SA de CV', '{}, S.A. de C.V.', '{} S.A. DE C.V.'], None, 6),
        F(['{} S. de R.L. de C.V.', '{} S de RL de CV'], None, 2), F(['{} S.A.P.I. de C.V.', '{} SAPI de CV'], None, 1)],
       rid_mx, None, a_mx, ['com.mx', 'mx', 'com'], 'es', 0, ['México', 'Mexico', 'Latam'])
region('CL', 'CHL', 'Chile', ['Chile'], ['Chile', 'CL', 'Rep. de Chile'], 1, 'es', [('es', 1.0)],
       [F(['{} SpA', '{} S.p.A.', '{} SPA'], None, 5), F(['{} Limitada', '{} Ltda.'], None, 3)],
       rid_cl, None, a_cl, ['cl', 'com'], 'es', 0, ['Chile'])
region('AR', 'ARG', 'Argentina', ['Argentina'], ['Argentina', 'AR', 'Rep. Argentina'], 1.2, 'es', [('es', .95),
                                                                                                   ('it', .05)],
       [F(['{} S.R.L.', '{} SRL'], None, 5), F(['{} S.A.', '{} SA'], None, 3), F(['{} S.A.S.', '{} SAS'], None, 2)],
       rid_ar, None, a_ar, ['com.ar', 'ar', 'com'], 'es', 0, ['Argentina'])
region('CO', 'COL', 'Colombia', ['Colombia'], ['Colombia', 'CO'], 1, 'es', [('es', 1.0)],
       [F(['{} S.A.S.', '{} SAS', '{} S.A.S'], None, 8), F(['{} Ltda.', '{} Ltda'], None, 1)],
       rid_co, None, a_co, ['com.co', 'co', 'com'], 'es', 0, ['Colombia', 'Andina'])
region('NG', 'NGA', 'Nigeria', ['Nigeria'], ['Nigeria', 'NG', 'Federal Republic of Nigeria'], 2, 'af', [('ng', 1.0)],
       [F(['{} Limited', '{} Ltd', '{} Nigeria Limited', '{} Nig. Ltd'], None, 1)], rid_ng, None, a_ng,
       ['com.ng', 'ng', 'com', 'africa'], 'default', .02, ['Nigeria', 'Africa', 'West Africa'])
region('KE', 'KEN', 'Kenya', ['Kenya'], ['Kenya', 'KE', 'Rep. of Kenya'], 1.2, 'af', [('ke', .9), ('in', .1)],
       [F(['{} Limited', '{} Ltd', '{} Kenya Limited'], None, 1)], rid_ke, vat_ke, a_ke, ['co.ke', 'com', 'ke'],
       'default', 0, ['Kenya', 'East Africa'])
region('ZA', 'ZAF', 'South Africa', ['Suid-Afrika', 'South Africa'], ['RSA', 'South Africa', 'S. Africa', 'ZA'], 1.2,
       'af', [('za', .8), ('in', .1), ('en', .1)],
       [F(['{} (Pty) Ltd', '{} (PTY) LTD', '{} Pty Ltd', '{} (Proprietary) Limited', '{} (Pty) Limited'], None, 1)],
       rid_za, None, a_za, ['co.za', 'com', 'africa'], 'default', 0, ['South Africa', 'SA', 'Africa'])
region('AE', 'ARE', 'United Arab Emirates', ['الإمارات العربية المتحدة', 'Al Imarat'],
       ['UAE', 'U.A.E.', 'Emirates', 'Dubai', 'Dubai, UAE'], 3, 'ar',
       [('ar', .4), ('in', .3), ('en', .1), ('ru', .1), ('cn', .05), ('uk', .05)],
       [F(['{} FZE', '{} F.Z.E', '{} FZE.'], None, 3), F(['{} FZ-LLC', '{} FZ LLC', '{} F.Z.-L.L.C.'], None, 3),
        F(['{} DMCC'], None, 2), F(['{} LLC', '{} L.L.C', '{} L.L.C.'], None, 3)],
       rid_ae, vat_ae, a_ae, ['ae', 'com', 'io', 'tech'], 'default', .45, ['Middle East', 'MENA', 'Gulf', 'ME', 'Arabia'])
region('IN', 'IND', 'India', ['भारत', 'Bharat'], ['India', 'IN', 'Republic of India'], 8, 'in', [('in', 1.0)],
       [F(['{} Private Limited', '{} Pvt. Ltd.', '{} Pvt Ltd', '{} Private Ltd', '{} Pvt. Limited', '{} (P) Ltd'],
          None, 8), F(['{} LLP'], None, 1)], rid_in, vat_in, a_in, ['in', 'co.in', 'com', 'io', 'ai', 'tech'], 'in', 0,
       ['India', 'Technologies India', 'IN'])
region('SG', 'SGP', 'Singapore', ['Singapura', '新加坡'], ['Singapore', 'SG', 'Rep. of Singapore'], 4, 'sea',
       [('sgcn', .6), ('in', .15), ('ms', .1), ('en', .1), ('cn', .05)],
       [F(['{} Pte. Ltd.', '{} Pte Ltd', '{} PTE. LTD.', '{} Private Limited'], None, 1)],
       rid_sg, None, a_sg, ['sg', 'com.sg', 'com', 'io', 'ai'], 'default', .3, ['(Singapore)', 'Asia Pacific', 'APAC',
                                                                              'Singapore', 'Asia'])
region('MY', 'MYS', 'Malaysia', ['Malaysia'], ['Malaysia', 'MY', 'M\'sia'], 1.5, 'sea',
       [('ms', .5), ('sgcn', .35), ('in', .15)], [F(['{} Sdn. Bhd.', '{} Sdn Bhd', '{} SDN. BHD.', '{} Sdn.Bhd.'], None, 1)],
       rid_my, None, a_my, ['com.my', 'my', 'com'], 'default', .08, ['Malaysia', '(M)', 'MY'])
region('VN', 'VNM', 'Vietnam', ['Việt Nam', 'Viet Nam'], ['Viet Nam', 'Vietnam', 'VN', 'S.R. Vietnam'], 2, 'vn',
       [('vn', 1.0)],
       [F(['{} Company Limited', '{} Co., Ltd', '{} Co.,Ltd', '{} Company Ltd'], ['Công ty TNHH {}', 'CÔNG TY TNHH {}',
                                                                               'Cty TNHH {}'], 7),
        F(['{} Joint Stock Company', '{} JSC', '{} J.S.C'], ['Công ty Cổ phần {}', 'CTCP {}'], 3)],
       rid_vn, None, a_vn, ['vn', 'com.vn', 'com', 'io'], 'vn', 0, ['Vietnam', 'Viet Nam'])
region('TH', 'THA', 'Thailand', ['ประเทศไทย', 'Prathet Thai'], ['Thailand', 'TH', 'Kingdom of Thailand', 'Siam'], 1.2,
       'th', [('th', .9), ('sgcn', .1)],
       [F(['{} Co., Ltd.', '{} Company Limited', '{} Co.,Ltd.', '{} Co. Ltd'], None, 1)],
       rid_th, None, a_th, ['co.th', 'com', 'in.th'], 'default', 0, ['(Thailand)', 'Thailand', 'Siam'])
region('ID', 'IDN', 'Indonesia', ['Indonesia'], ['Indonesia', 'ID', 'Republik Indonesia'], 1.5, 'id', [('id', 1.0)],
       [F(['PT {}', 'PT. {}', 'P.T. {}', '{}, PT'], None, 1)], rid_id, None, a_id, ['co.id', 'id', 'com'], 'default', 0,
       ['Indonesia', 'Nusantara'])
region('PH', 'PHL', 'Philippines', ['Pilipinas'], ['Philippines', 'PH', 'Phils.', 'RP'], .8, 'ph', [('ph', 1.0)],
       [F(['{} Inc.', '{} Inc', '{} Incorporated', '{}, Inc.'], None, 1), F(['{} Corporation', '{} Corp.'], None, 1)],
       rid_ph, None, a_ph, ['ph', 'com.ph', 'com'], 'default', 0, ['Philippines', 'Phils'])
region('CN', 'CHN', 'China', ['中国', '中华人民共和国'], ['PRC', 'P.R. China', 'China (Mainland)',
                                                        "People's Republic of China", 'CN', 'China, PRC'],
       7, 'cn', [('cn', 1.0)],
       [F(['{} Co., Ltd.', '{} Co. Ltd', '{} Company Limited', '{} CO.,LTD.', '{} Co.,Ltd'], ['{}有限公司'], 9),
        F(['{} Co., Ltd.', '{} Corporation'], ['{}股份有限公司'], 1)],
       rid_cn, None, a_cn, ['cn', 'com.cn', 'com', 'net', 'top'], 'cn', 0, ['(Shanghai)', '(Beijing)', '(Shenzhen)',
                                                                          'China', '(China)'])
region('HK', 'HKG', 'Hong Kong', ['香港', '中國香港'], ['Hong Kong SAR', 'Hong Kong, China', 'HKSAR', 'HK', 'Hongkong'], 4,
       'hk', [('hk', .75), ('cn', .2), ('en', .05)],
       [F(['{} Limited', '{} Ltd', '{} LIMITED', '{} Co., Limited', '{} Company Limited'], ['{}有限公司'], 1)],
       rid_hk, None, a_hk, ['hk', 'com.hk', 'com'], 'hk', .4, ['(HK)', 'Hong Kong', '(Hong Kong)', 'HK', 'Asia'])
region('TW', 'TWN', 'Taiwan', ['台灣', '臺灣', '中華民國'], ['Taiwan, Province of China', 'Chinese Taipei', 'ROC',
                                                             'Taiwan ROC', 'Taiwan (R.O.C.)'], 2, 'tw', [('tw', 1.0)],
       [F(['{} Co., Ltd.', '{} Corp.', '{} Corporation', '{} Inc.'], ['{}股份有限公司', '{}有限公司'], 1)],
       rid_tw, None, a_tw, ['com.tw', 'tw', 'com'], 'tw', 0, ['Taiwan', '(Taiwan)'])
region('RU', 'RUS', 'Russia', ['Россия', 'Российская Федерация'], ['Russian Federation', 'RF', 'Russia', 'РФ',
                                                                    'Russian Fed.'],
       3, 'ru', [('ru', .95), ('uk', .05)],
       [F(['OOO "{}"', 'OOO «{}»', '{} LLC', 'LLC "{}"', '{}, OOO'], ['ООО «{}»', 'ООО "{}"',
                                                                  'Общество с ограниченной ответственностью «{}»'], 8),
        F(['AO "{}"', '{} JSC', 'JSC "{}"'], ['АО «{}»', 'АО "{}"'], 2)],
       rid_ru, vat_ru, a_ru, ['ru', 'ru', 'com', 'su', 'pro', 'io'], 'ru', 0, ['Rus', 'Russia', 'RU'])
region('KZ', 'KAZ', 'Kazakhstan', ['Қазақстан', 'Казахстан'], ['Kazakhstan', 'KZ', 'Rep. of Kazakhstan', 'Kazakstan'],
       .8, 'kz', [('kz', .6), ('ru', .4)],
       [F(['TOO "{}"', '{} LLP', 'LLP "{}"', 'TOO {}'], ['ТОО «{}»', 'ТОО "{}"',
                                                         'Товарищество с ограниченной ответственностью «{}»'], 1)],
       rid_kz, None, a_kz, ['kz', 'com'], 'ru', 0, ['Kazakhstan', 'Central Asia', 'KZ'])
region('UA', 'UKR', 'Ukraine', ['Україна'], ['Ukraine', 'UA', 'the Ukraine'], 1.2, 'uk', [('uk', .85), ('ru', .15)],
       [F(['TOV "{}"', '{} LLC', 'LLC "{}"', 'TOV {}'], ['ТОВ «{}»', 'ТОВ "{}"',
                                                         'Товариство з обмеженою відповідальністю «{}»'], 1)],
       rid_ua, None, a_ua, ['ua', 'com.ua', 'com', 'io'], 'ua', 0, ['Ukraine', 'UA'])
region('TR', 'TUR', 'Turkey', ['Türkiye'], ['Turkey', 'Türkiye', 'Turkiye', 'TR'], 1.5, 'tr', [('tr', 1.0)],
       [F(['{} A.Ş.', '{} A.S.', '{} Anonim Şirketi', '{} AŞ'], None, 4),
        F(['{} Ltd. Şti.', '{} Ltd. Sti.', '{} Limited Şirketi', '{} LTD. ŞTİ.'], None, 6)],
       rid_tr, None, a_tr, ['com.tr', 'com', 'io'], 'tr', 0, ['Türkiye', 'Turkey', 'Turkiye'])
region('JP', 'JPN', 'Japan', ['日本', '日本国'], ['Japan', 'JP', 'Nippon'], 2.5, 'jp', [('jp', 1.0)],
       [F(['{} K.K.', '{} Co., Ltd.', '{} Inc.', '{} Kabushiki Kaisha'], ['株式会社{}', '{}株式会社', '(株){}'], 1)],
       rid_jp, None, a_jp, ['jp', 'co.jp', 'com'], 'jp', 0, ['Japan', 'Japan Branch', 'Tokyo'])
region('KR', 'KOR', 'South Korea', ['대한민국', '한국'], ['Korea, Republic of', 'South Korea', 'ROK', 'Korea (South)',
                                                        'Korea'], 2.5, 'kr', [('kr', 1.0)],
       [F(['{} Co., Ltd.', '{} Inc.', '{} Corp.', '{} Co.,Ltd.'], ['주식회사 {}', '(주){}', '{} 주식회사'], 1)],
       rid_kr, None, a_kr, ['co.kr', 'kr', 'com', 'io'], 'kr', 0, ['Korea', 'Korea Ltd'])
region('VG', 'VGB', 'British Virgin Islands', ['British Virgin Islands'], ['BVI', 'B.V.I.', 'Virgin Islands, British',
                                                                         'Tortola'], .8, 'off',
       [('cn', .3), ('ru', .2), ('en', .2), ('ar', .1), ('in', .1), ('ng', .1)],
       [F(['{} Ltd', '{} Limited', '{} Ltd.', '{} Inc.'], None, 1)], rid_vg, None, a_vg, ['com', 'net', 'io', 'co'],
       'default', .97, ['International', 'Holdings', 'Global'])
region('SC', 'SYC', 'Seychelles', ['Seychelles', 'Sesel'], ['Seychelles', 'SC', 'Rep. of Seychelles'], .5, 'off',
       [('ru', .3), ('cn', .2), ('en', .2), ('uk', .1), ('ar', .1), ('in', .1)],
       [F(['{} Ltd', '{} Limited', '{} Ltd.'], None, 1)], rid_sc, None, a_sc, ['com', 'net', 'io'], 'default', .97,
       ['International', 'Global'])
region('PA', 'PAN', 'Panama', ['Panamá'], ['Panama', 'PA', 'Rep. de Panamá'], .4, 'off',
       [('es', .5), ('en', .2), ('ru', .15), ('cn', .15)],
       [F(['{} S.A.', '{} SA', '{} Inc.', '{} Corp.'], None, 1)], rid_pa, None, a_pa, ['com', 'com.pa', 'net'],
       'default', .9, ['International', 'Latam', 'Panama'])

REG_LIST = list(REG)
REG_W = [(c, REG[c].w) for c in REG_LIST]
NATIVE_REGS = {'CN', 'HK', 'TW', 'JP', 'KR', 'RU', 'UA', 'KZ', 'VN'}
OFFSHORE = {'VG', 'SC', 'PA'}
OFF_OP = [('CN', 3), ('HK', 2), ('RU', 2), ('GB', 1), ('US', 1), ('AE', 1), ('IN', 1), ('NG', 1), ('UA', .5),
          ('TR', .5), ('BR', .5), ('SG', .5)]
RIDNUM = {'NL': rid_nl, 'UA': rid_ua, 'TW': rid_tw}

FREEMAIL = {
    'default': [('gmail.com', .6), ('outlook.com', .12), ('hotmail.com', .1), ('yahoo.com', .08), ('proton.me', .04),
                ('icloud.com', .04), ('protonmail.com', .02)],
    'cn': [('qq.com', .45), ('163.com', .25), ('126.com', .08), ('gmail.com', .1), ('foxmail.com', .05),
           ('sina.com', .04), ('aliyun.com', .03)],
    'ru': [('yandex.ru', .35), ('mail.ru', .3), ('gmail.com', .2), ('bk.ru', .05), ('inbox.ru', .04), ('list.ru', .03),
           ('rambler.ru', .03)],
    'ua': [('ukr.net', .35), ('gmail.com', .45), ('i.ua', .1), ('meta.ua', .05), ('outlook.com', .05)],
    'de': [('gmx.de', .25), ('web.de', .25), ('gmail.com', .35), ('t-online.de', .1), ('posteo.de', .05)],
    'fr': [('gmail.com', .5), ('orange.fr', .15), ('free.fr', .1), ('laposte.net', .05), ('hotmail.fr', .1),
           ('outlook.fr', .1)],
    'it': [('gmail.com', .5), ('libero.it', .2), ('virgilio.it', .1), ('hotmail.it', .1), ('outlook.it', .1)],
    'pl': [('gmail.com', .45), ('wp.pl', .2), ('onet.pl', .15), ('o2.pl', .1), ('interia.pl', .1)],
    'br': [('gmail.com', .6), ('hotmail.com', .15), ('uol.com.br', .1), ('bol.com.br', .08), ('yahoo.com.br', .07)],
    'es': [('gmail.com', .65), ('hotmail.com', .2), ('outlook.com', .1), ('yahoo.com', .05)],
    'jp': [('gmail.com', .45), ('yahoo.co.jp', .35), ('docomo.ne.jp', .1), ('outlook.jp', .1)],
    'kr': [('naver.com', .5), ('gmail.com', .3), ('daum.net', .15), ('hanmail.net', .05)],
    'in': [('gmail.com', .75), ('yahoo.co.in', .1), ('rediffmail.com', .1), ('outlook.com', .05)],
    'tr': [('gmail.com', .65), ('hotmail.com', .2), ('yandex.com.tr', .1), ('outlook.com', .05)],
    'vn': [('gmail.com', .8), ('yahoo.com.vn', .1), ('outlook.com', .1)],
    'tw': [('gmail.com', .6), ('yahoo.com.tw', .3), ('hotmail.com', .1)],
    'hk': [('gmail.com', .6), ('yahoo.com.hk', .2), ('netvigator.com', .1), ('outlook.com', .1)],
    'nl': [('gmail.com', .6), ('hotmail.com', .15), ('ziggo.nl', .1), ('kpnmail.nl', .1), ('outlook.com', .05)],
}
FREEMAIL_TYPO = ['gmial.com', 'gamil.com', 'hotmial.com', 'yaho.com', 'gmail.co', 'outlok.com']


FREE_DOMAINS = set(d for lst in FREEMAIL.values() for d, _ in lst) | set(FREEMAIL_TYPO)


def freemail(rng, reg):
    return wpick(rng, FREEMAIL[REG[reg].mail])


def person_for(rng, reg, rare=False):
    return CUL[wpick(rng, REG[reg].cults)](rng, rare)

# =====================================================================
# shared pools (registered agents, formation services, offices, IPs ...)
# =====================================================================

# (region, latin forms ('{u}' = unit), native forms or None, unit values or None, weight)
AGENTS = [
    ('US', ['1209 Orange Street, Wilmington, DE 19801', '1209 Orange St, Wilmington, New Castle County, DE 19801',
            'Corporation Trust Center, 1209 Orange Street, Wilmington, DE 19801'], None, None, 10),
    ('US', ['251 Little Falls Drive, Wilmington, DE 19808', '251 Little Falls Dr, Wilmington, Delaware 19808'],
     None, None, 6),
    ('US', ['8 The Green, Suite {u}, Dover, DE 19901', '8 The Green #{u}, Dover, Delaware 19901'], None,
     ['A', 'B', 'R', '4', '300', '5142', '7136', '8255', '12345'], 8),
    ('US', ['16192 Coastal Highway, Lewes, DE 19958', '16192 Coastal Hwy, Lewes, Delaware 19958'], None, None, 5),
    ('US', ['3411 Silverside Road, Tatnall Building #104, Wilmington, DE 19810'], None, None, 3),
    ('US', ['30 N Gould Street, Suite {u}, Sheridan, WY 82801', '30 N Gould St Ste {u}, Sheridan, Wyoming 82801'], None,
     ['R', '4', '2', 'N', '6232', '7000', '11542', '23867'], 7),
    ('US', ['1621 Central Avenue, Cheyenne, WY 82001'], None, None, 3),
    ('US', ['2810 N Church Street, Wilmington, DE 19802'], None, None, 3),
    ('GB', ['71-75 Shelton Street, Covent Garden, London, WC2H 9JQ',
            '71-75 Shelton Street, London, United Kingdom, WC2H 9JQ'], None, None, 10),
    ('GB', ['20-22 Wenlock Road, London, N1 7GU', '20-22 Wenlock Road, London, England, N1 7GU'], None, None, 8),
    ('GB', ['128 City Road, London, EC1V 2NX', '128 City Road, London, United Kingdom, EC1V 2NX'], None, None, 7),
    ('GB', ['Kemp House, 152-160 City Road, London, EC1V 2NX', 'Kemp House, 160 City Road, London EC1V 2NX'],
     None, None, 5),
    ('GB', ['27 Old Gloucester Street, London, WC1N 3AX'], None, None, 5),
    ('GB', ['Suite {u}, 2 Frederick Street, Kings Cross, London, WC1X 0ND'], None, ['A', 'B', 'C', '4', '101', '2085'], 2),
    ('EE', ['Sepapaja tn 6, 15551 Tallinn, Harju maakond', 'Harju maakond, Tallinn, Lasnamäe linnaosa, Sepapaja tn 6, 15551'],
     None, None, 10),
    ('EE', ['Harju maakond, Tallinn, Kesklinna linnaosa, Narva mnt 7-{u}, 10117', 'Narva mnt 7-{u}, 10117 Tallinn'],
     None, ['634', '636', '557', '353'], 6),
    ('EE', ['Ahtri tn 12, 10151 Tallinn', 'Harju maakond, Tallinn, Kesklinna linnaosa, Ahtri tn 12, 10151'],
     None, None, 5),
    ('HK', ['Flat/Room A, 12/F, ZJ 300, 300 Lockhart Road, Wan Chai, Hong Kong'],
     ['香港灣仔駱克道300號ZJ 300 12樓A室'], None, 8),
    ('HK', ["Unit 1603, 16/F, The L. Plaza, 367-375 Queen's Road Central, Sheung Wan, Hong Kong"],
     ['香港上環皇后大道中367-375號The L. Plaza 16樓1603室'], None, 10),
    ('HK', ['Room {u}, 19/F, Lee Garden One, 33 Hysan Avenue, Causeway Bay, Hong Kong'], None,
     ['1901', '1902', '1903', '1905', '1907'], 5),
    ('HK', ['Rooms 1318-19, 13/F, Hollywood Plaza, 610 Nathan Road, Mong Kok, Kowloon, Hong Kong'],
     ['九龍旺角彌敦道610號荷李活商業中心13樓1318-19室'], None, 8),
    ('HK', ['Room {u}, 7/F, Tower A, New Mandarin Plaza, 14 Science Museum Road, Tsim Sha Tsui, Kowloon, Hong Kong'],
     None, ['701', '702', '705', '708'], 4),
    ('SG', ['68 Circular Road, #02-01, Singapore 049422'], None, None, 10),
    ('SG', ['10 Anson Road, #{u}, International Plaza, Singapore 079903'], None,
     ['26-04', '27-15', '33-01', '10-11', '05-01'], 6),
    ('SG', ['160 Robinson Road, #14-04, Singapore Business Federation Center, Singapore 068914'], None, None, 6),
    ('SG', ['111 North Bridge Road, #21-01, Peninsula Plaza, Singapore 179098'], None, None, 4),
    ('AE', ['Office {u}, JAFZA One, Jebel Ali Free Zone, Dubai', 'JAFZA One, Office {u}, Jebel Ali, Dubai, P.O. Box 17000'],
     None, ['BC1203', 'BC1507', 'AB0701', 'BC0402', 'AB1801'], 7),
    ('AE', ['Business Centre, Sharjah Publishing City Free Zone, Sharjah',
            'SPC Free Zone, Business Centre, Al Zahia, Sharjah'], None, None, 9),
    ('AE', ['Meydan Grandstand, 6th Floor, Meydan Road, Nad Al Sheba, Dubai',
            'Business Centre, Meydan Hotel, Grandstand, 6th Floor, Meydan Road, Nad Al Sheba, Dubai'], None, None, 9),
    ('AE', ['Building A1, Dubai Digital Park, Dubai Silicon Oasis, Dubai',
            'IFZA Business Park, DDP, Building A1, Dubai Silicon Oasis, Dubai'], None, None, 8),
    ('AE', ['Unit No: {u}, DMCC Business Centre, Level No 1, Jewellery & Gemplex 3, Dubai'], None,
     ['RET-R6-014', 'RET-R6-021', 'RET-R4-113', 'RET-R5-076'], 6),
    ('AE', ['Compass Building, Al Shohada Road, Al Hamra Industrial Zone-FZ, Ras Al Khaimah'], None, None, 5),
    ('CY', ['Arch. Makariou III, 155, Proteas House, 5th Floor, 3026 Limassol'], None, None, 8),
    ('CY', ['Agiou Athanasiou 46, Interlink Hermes Plaza, 2nd Floor, 4102 Limassol'], None, None, 6),
    ('CY', ['Themistokli Dervi 5, Elenion Building, 1066 Nicosia'], None, None, 5),
    ('VG', ['Trident Chambers, Wickhams Cay, P.O. Box 146, Road Town, Tortola'], None, None, 10),
    ('VG', ['Vistra Corporate Services Centre, Wickhams Cay II, Road Town, Tortola, VG1110'], None, None, 8),
    ('VG', ['Craigmuir Chambers, Road Town, Tortola, VG 1110'], None, None, 8),
    ('VG', ['Intershore Chambers, P.O. Box 4342, Road Town, Tortola'], None, None, 5),
    ('SC', ['Suite 1, Second Floor, Sound & Vision House, Francis Rachel Street, Victoria, Mahe'], None, None, 10),
    ('SC', ['House of Francis, Room 303, Ile Du Port, Mahe'], None, None, 8),
    ('SC', ['306 Victoria House, Victoria, Mahe'], None, None, 6),
    ('PA', ['Calle 53 Este, Marbella, Torre MMG, Piso 2, Ciudad de Panamá'], None, None, 8),
    ('PA', ['Edificio Global Plaza, Calle 50, Piso 19, Ciudad de Panamá'], None, None, 6),
    ('NL', ['Prins Bernhardplein 200, 1097 JB Amsterdam'], None, None, 8),
    ('NL', ['Herengracht 420, 1017 BZ Amsterdam'], None, None, 4),
    ('DE', ['Kurfürstendamm 21, 10719 Berlin'], None, None, 3),
    ('MY', ['Level 23-1, Premier Suite, One Mont Kiara, No 1 Jalan Kiara, Mont Kiara, 50480 Kuala Lumpur'],
     None, None, 5),
    ('NG', ['Plot 3, Block 94, Lekki Phase 1, Lagos'], None, None, 3),
]

INCUB = [
    ('FR', ['Station F, 5 Parvis Alan Turing, 75013 Paris'], None, None),
    ('SG', ['71 Ayer Rajah Crescent, #{u}, Singapore 139951', 'Block71, 71 Ayer Rajah Crescent #{u}, Singapore 139951'],
     None, ['02-18', '03-12', '06-14', '01-05', '02-09']),
    ('IN', ['IIT Madras Research Park, Kanagam Road, Taramani, Chennai, Tamil Nadu 600113'], None, None),
    ('IN', ['T-Hub, IIIT Hyderabad Campus, Gachibowli, Hyderabad, Telangana 500032'], None, None),
    ('IN', ['NSRCEL, IIM Bangalore, Bannerghatta Road, Bengaluru, Karnataka 560076'], None, None),
    ('HK', ['Unit {u}, Level 3, Core F, Cyberport 3, 100 Cyberport Road, Hong Kong'], ['香港數碼港道100號數碼港3座F區3樓{u}室'],
     ['301', '302', '305', '308', '311']),
    ('HK', ['Unit {u}, 5/F, Photonics Centre, 2 Science Park East Avenue, Hong Kong Science Park, Shatin, N.T.'], None,
     ['501', '502', '511', '520']),
    ('CN', ['Room {u}, Tsinghua Science Park, Haidian District, Beijing'], ['北京市海淀区清华科技园{u}室'],
     ['1201', '1305', '1507', '1602', '2008']),
    ('CN', ['Room {u}, Zhangjiang Hi-Tech Park, 560 Songtao Road, Pudong New Area, Shanghai'],
     ['上海市浦东新区松涛路560号张江高科技园区{u}室'], ['101', '203', '305', '411']),
    ('RU', ['Bolshoy Boulevard 42, bldg. 1, room {u}, Skolkovo Innovation Center, Moscow 121205'],
     ['121205, г. Москва, территория инновационного центра «Сколково», Большой бульвар, д. 42, стр. 1, пом. {u}'],
     ['331', '334', '1048', '1220']),
    ('US', ['Cambridge Innovation Center, 1 Broadway, 14th Floor, Cambridge, MA 02142',
            'CIC, One Broadway, 14th Floor, Cambridge, MA 02142'], None, None),
    ('US', ['Plug and Play Tech Center, 440 N Wolfe Road, Sunnyvale, CA 94085'], None, None),
    ('GB', ['Level39, One Canada Square, Canary Wharf, London E14 5AB'], None, None),
    ('GB', ['Bradfield Centre, 184 Cambridge Science Park, Milton Road, Cambridge CB4 0GA'], None, None),
    ('DE', ['Rheinsberger Straße 76/77, 10115 Berlin'], None, None),
    ('DE', ['UnternehmerTUM, Lichtenbergstraße 6, 85748 Garching bei München'], None, None),
    ('BR', ['Alameda Vicente Pinzon, 54, Vila Olímpia, São Paulo - SP, 04547-130'], None, None),
    ('KE', ['Senteu Plaza, Galana Road, Kilimani, Nairobi'], None, None),
    ('NG', ['294 Herbert Macaulay Way, Sabo, Yaba, Lagos'], None, None),
    ('KR', ['Pangyo Startup Campus, 20 Pangyo-ro 289beon-gil, Bundang-gu, Seongnam-si, Gyeonggi-do'],
     ['경기도 성남시 분당구 판교로289번길 20 스타트업캠퍼스'], None),
    ('AE', ['in5 Tech, Building 1, Dubai Internet City, Dubai'], None, None),
    ('EE', ['Tehnopol, Mäealuse 2/1, 12618 Tallinn'], None, None),
    ('JP', ['Shibuya Scramble Square 15F, 2-24-12 Shibuya, Shibuya-ku, Tokyo 150-6115'],
     ['〒150-6115 東京都渋谷区渋谷2-24-12 渋谷スクランブルスクエア15階'], None),
    ('VN', ['Quang Trung Software City, District 12, Ho Chi Minh City'],
     ['Công viên phần mềm Quang Trung, Quận 12, Thành phố Hồ Chí Minh'], None),
    ('MY', ['Block 3730, Persiaran APEC, 63000 Cyberjaya, Selangor'], None, None),
]

COWORK = ['WeWork', 'Regus', 'Spaces', 'Impact Hub', 'Servcorp', 'The Executive Centre', 'Mindspace', 'Talent Garden',
          'Industrious', 'IWG', 'Workhub', 'Hub Workspace']
COWORK_REG = {'IN': ['Awfis', '91springboard', 'Innov8', 'CoWrks'], 'SG': ['JustCo', 'The Great Room'],
              'CN': ['优客工场 UrWork', 'naked Hub', 'SOHO 3Q'], 'BR': ['Cubo', 'Google for Startups Campus'],
              'NG': ['Workstation', 'Venia Hub'], 'KE': ['Nairobi Garage'], 'RU': ['SOK', 'Multispace'],
              'MX': ['Homework', 'Público'], 'DE': ['Design Offices', 'Unicorn Workspaces'], 'AE': ['Nook', 'Letswork'],
              'ID': ['GoWork', 'CoHive'], 'VN': ['Dreamplex', 'Toong'], 'KR': ['FastFive', 'Sparkplus']}
VIRT = ['Regus Virtual Office', 'Davinci Virtual', 'Servcorp Virtual', 'Virtual Office', 'Mail Boxes Etc.',
        'iPostal1', 'Anytime Mailbox', 'Business Address']


class Pool:
    """A shared address with optional per-tenant units and a NAT IP."""
    __slots__ = ('reg', 'forms', 'nat', 'units', 'fixed', 'ip', 'brand', 'kind', 'city')

    def __init__(self, reg, forms, nat, units, kind, brand='', ip=None, city=''):
        self.reg, self.forms, self.nat, self.units, self.kind = reg, forms, nat, units, kind
        self.brand, self.ip, self.city = brand, ip, city
        self.fixed = None if units else Addr(forms, nat, city)

    def tenant(self, rng):
        if self.fixed is not None:
            return self.fixed
        u = self.units[min(int(rng.expovariate(.6)), len(self.units) - 1)] if isinstance(self.units, list) \
            else self.units(rng)
        return Addr([f.replace('{u}', u) for f in self.forms], [n.replace('{u}', u) for n in self.nat]
                    if self.nat else None, self.city)


class Svc:
    __slots__ = ('agent', 'reg', 'nominees', 'nom_org', 'phone', 'regs', 'name')


class Web:
    __slots__ = ('kind', 'a', 'b', 'c')

    def __init__(self, kind, a, b=None, c=None):
        self.kind, self.a, self.b, self.c = kind, a, b, c


PLAT = [('wix', '{b}.wixsite.com/{c}', 3), ('shopify', '{b}.myshopify.com', 2), ('ghio', '{b}.github.io', 2),
        ('gsites', 'sites.google.com/view/{b}', 2), ('bizsite', '{b}.business.site', 1),
        ('blogspot', '{b}.blogspot.com', 1), ('webflow', '{b}.webflow.io', 1), ('vercel', '{b}.vercel.app', 2),
        ('netlify', '{b}.netlify.app', 1), ('fb', 'facebook.com/{b}', 2), ('li', 'linkedin.com/company/{b}', 3),
        ('notion', '{b}.notion.site', 1), ('carrd', '{b}.carrd.co', 1), ('tilda', '{b}.tilda.ws', 1),
        ('weebly', '{b}.weebly.com', 1)]
PLAT_W = [((k, t), w) for k, t, w in PLAT]

B64 = string.ascii_letters + string.digits + '+/'
ALNUM62 = string.ascii_letters + string.digits
V6_FIRST = ['2a01', '2a02', '2a00', '2a03', '2a05', '2001', '2600', '2601', '2602', '2603', '2604', '2605', '2406',
            '2407', '2408', '2409', '240e', '2401', '2402', '2403', '2c0f', '2800', '2804', '2a0d', '2a10']
_BAD_A = {0, 10, 100, 127, 169, 172, 192, 198, 224}


def rand_v4(rng, firsts=None):
    while True:
        a = rng.choice(firsts) if firsts else rng.randint(1, 223)
        if a not in _BAD_A:
            return '%d.%d.%d.%d' % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def rand24(rng, firsts=None):
    return rand_v4(rng, firsts).rsplit('.', 1)[0]


def rand48(rng):
    return (int(rng.choice(V6_FIRST), 16), rng.randrange(65536), rng.randrange(65536))


def v6_host(rng, p48):
    r = rng.random()
    if r < .3:
        tail = (rng.randrange(65536), 0, 0, 0, rng.randint(1, 255))
    else:
        tail = tuple(rng.randrange(65536) for _ in range(5))
    return p48 + tail


def new_ssh(rng):
    if rng.random() < .85:
        return 'SHA256:' + ''.join(rng.choices(B64, k=43))
    return 'MD5:' + ':'.join('%02x' % rng.randrange(256) for _ in range(16))


def new_fp(rng):
    return ''.join(rng.choices(ALNUM62, k=16))


HOSTING_FIRSTS = [45, 103, 185, 194, 91, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 93, 95, 139, 149, 154, 167,
                  176, 178, 188, 193, 195]


class Ctx:
    def __init__(self, N, rng):
        self.N = N
        self.phones = set()
        self.domains = set()
        self.subs = set()
        self.build(rng)

    # ---------------------------------------------------------------
    def build(self, rng):
        N = self.N
        # registered agents by region
        self.agents = {}
        byreg = {}
        for reg, forms, nat, units, w in AGENTS:
            p = Pool(reg, forms, nat, units, 'agent', city='')
            byreg.setdefault(reg, []).append((p, w))
        for reg, lst in byreg.items():
            self.agents[reg] = lst
        # formation services attached to agents
        self.svcs = []
        self.svc_by_agent = {}
        nsvc = max(12, N // 600)
        agent_all = [(p, w * (3 if p.reg in ('VG', 'SC', 'HK', 'SG', 'GB', 'AE', 'EE', 'US', 'CY', 'PA') else 1))
                     for lst in byreg.values() for p, w in lst]
        nom_cult = {'GB': 'en', 'US': 'en', 'HK': 'hk', 'SG': 'sgcn', 'AE': 'ar', 'EE': 'et', 'CY': 'el', 'VG': 'en',
                    'SC': 'en', 'PA': 'es', 'NL': 'nl', 'DE': 'de', 'MY': 'ms', 'NG': 'ng'}
        for i in range(nsvc):
            ag = wpick(rng, agent_all)
            s = Svc()
            s.agent, s.reg = ag, ag.reg
            s.nominees = [CUL[nom_cult.get(ag.reg, 'en')](rng, rare=rng.random() < .5) for _ in range(rng.randint(1, 3))]
            b = en_brand(rng)
            s.name = b
            s.nom_org = make_coname(rng, b, ag.reg, sector=(rng.choice([['Nominees'], ['Secretaries'],
                                                                         ['Corporate Services'], ['Trustees']]), None))
            s.phone = new_phone(rng, self, ag.reg if ag.reg not in OFFSHORE else 'HK', mobile=False)
            s.regs = [ag.reg] + ([rng.choice(['VG', 'SC', 'HK', 'GB', 'SG', 'AE'])] if rng.random() < .4 else [])
            self.svcs.append(s)
            self.svc_by_agent.setdefault(id(ag), []).append(s)
        self.svc_z = zipf(self.svcs, .9)
        # virtual offices and co-working sites per region
        self.virt, self.cowork, self.incub, self.acct = {}, {}, {}, {}
        for reg in REG_LIST:
            R = REG[reg]
            if reg in OFFSHORE:
                continue
            nv = max(1, round(R.w / 112 * N / 900))
            lst = []
            for _ in range(nv):
                base = R.addr(rng)
                br = rng.choice(VIRT)
                if rng.random() < .6:
                    p = Pool(reg, [base.forms[0], '%s, %s' % (br, base.forms[0])], base.nat, None, 'virtual', br,
                             city=base.city)
                else:
                    p = Pool(reg, ['Suite {u}, ' + base.forms[0], '%s, Suite {u}, %s' % (br, base.forms[0])],
                             base.nat, lambda r: str(r.randint(100, 999)), 'virtual', br, city=base.city)
                lst.append(p)
            self.virt[reg] = zipf(lst, .6)
            nc = max(1, round(R.w / 112 * N / 1100))
            lst = []
            for _ in range(nc):
                base = R.addr(rng)
                br = rng.choice(COWORK + COWORK_REG.get(reg, []) * 2)
                ip = rand_v4(rng)
                mode = rng.random()
                if mode < .35:
                    p = Pool(reg, ['%s, %s' % (br, base.forms[0]), 'c/o %s, %s' % (br, base.forms[0]), base.forms[0]],
                             base.nat, None, 'cowork', br, ip, base.city)
                else:
                    p = Pool(reg, ['{u}, %s' % base.forms[0], '%s, {u}, %s' % (br, base.forms[0]),
                                   'c/o %s, {u}, %s' % (br, base.forms[0])], base.nat,
                             lambda r: r.choice(['Desk %d', 'Office %d', 'Suite %d', 'Unit %d']) % r.randint(1, 400),
                             'cowork', br, ip, base.city)
                lst.append(p)
            self.cowork[reg] = zipf(lst, .5)
            na = max(1, round(R.w / 112 * N / 1500))
            lst = []
            for _ in range(na):
                per = person_for(rng, reg)
                fam = slug(per.f[0]) or 'acct'
                nm = rng.choice(['%s & Associates', '%s Accounting', '%s Tax', '%s CPA', '%s Consultants', '%s & Co'])
                d = self.new_domain_raw(rng, fam + rng.choice(['cpa', 'accounting', 'tax', 'associates', 'co']),
                                        R.tlds)
                lst.append((new_phone(rng, self, reg, mobile=False), R.addr(rng), d, nm % per.f[0]))
            self.acct[reg] = zipf(lst, .7)
        for reg, forms, nat, units in INCUB:
            p = Pool(reg, forms, nat, units, 'incub', '', rand_v4(rng), city='')
            self.incub.setdefault(reg, []).append(p)
        # IP pools
        self.cloud_nat = zipf([rand_v4(rng, [34, 35, 52, 54, 3, 13, 18, 20, 40, 104, 146, 130]) for _ in range(14)], .9)
        vpn = []
        for _ in range(6):
            p = rand24(rng, [185, 146, 37, 89, 91, 194, 212, 45])
            vpn += ['%s.%d' % (p, rng.randint(2, 250)) for _ in range(8)]
        self.vpn = zipf(vpn, .5)
        self.cgnat = {reg: [rand_v4(rng) for _ in range(3)] for reg in REG_LIST}
        self.proxy = [rand24(rng, [165, 136, 147, 104]) for _ in range(5)]
        self.isp24 = zipf([rand24(rng) for _ in range(max(50, N // 12))], .6)
        self.isp48 = zipf([rand48(rng) for _ in range(max(20, N // 40))], .6)

    # ---------------------------------------------------------------
    def new_domain_raw(self, rng, base, tlds):
        base = base[:24] or 'co'
        for i in range(40):
            tld = rng.choice(tlds)
            if i < 4:
                d = '%s.%s' % (base, tld)
            elif i < 10:
                d = '%s%s.%s' % (rng.choice(['get', 'try', 'use', 'the', 'go']), base, tld)
            else:
                d = '%s%d.%s' % (base, rng.randint(2, 999), tld)
            if d not in self.domains:
                self.domains.add(d)
                return d
        d = '%s-%s.com' % (base, D(rng, 6))
        self.domains.add(d)
        return d

    def new_domain(self, rng, brand, reg, extra=None):
        b = slug(brand.lat[0]) if brand else 'company'
        if extra and rng.random() < .4:
            b = b + rng.choice(['', '-']) + slug(extra)[:10]
        return self.new_domain_raw(rng, b, REG[reg].tlds)

    def new_platform(self, rng, brand):
        k, t = wpick(rng, PLAT_W)
        b = slug(brand.lat[0], '-') if brand else 'site'
        if k in ('fb', 'li', 'gsites'):
            b = b.replace('-', '') if rng.random() < .5 else b
        for i in range(30):
            cand = b if i == 0 else '%s%d' % (b, rng.randint(1, 9999)) if i > 3 else b + rng.choice(['hq', 'official',
                                                                                                   'app', 'team'])
            if (k, cand) not in self.subs:
                self.subs.add((k, cand))
                c = rng.choice(['home', 'website', 'mysite', 'site', slug(brand.lat[0]) if brand else 'home'])
                return Web('plat', t, cand, c)
        return Web('plat', t, b + D(rng, 6), 'home')


def new_phone(rng, ctx, reg, mobile=None):
    cc, tr, ents, sty = PHONE[reg]
    cand = [e for e in ents if mobile is None or e[3] == mobile] or ents
    for _ in range(50):
        area, pre, L, mob = rng.choice(cand)
        sub = pre + D(rng, L - len(pre))
        key = cc + area + sub
        if key not in ctx.phones:
            ctx.phones.add(key)
            break
    return Phone(cc, tr, area, sub, sty, reg)


# =====================================================================
# base company
# =====================================================================

ROLE_LOCALS = ['info', 'contact', 'admin', 'billing', 'ops', 'devops', 'it', 'accounts', 'hello', 'finance',
               'office', 'support', 'tech', 'infra', 'ml', 'research', 'mail', 'team', 'cloud', 'gpu']


def role_local(rng, c):
    if c.get('dirs') and rng.random() < .35:
        return person_local(c['dirs'][0], rng, freemail=False)
    return rng.choice(ROLE_LOCALS)


def op_region(c):
    return c.get('op') or c['reg']


def company_person(rng, c, rare=False):
    return person_for(rng, op_region(c) if c['reg'] in OFFSHORE else c['reg'], rare)


def gen_ips(rng, ctx, reg, k=None):
    if k is None:
        k = wpick(rng, [(0, .18), (1, .42), (2, .25), (3, .1), (4, .05)])
    out = []
    for _ in range(k):
        r = rng.random()
        if r < .42:
            out.append(rand_v4(rng))
        elif r < .6:
            out.append('%s.%d' % (zp(rng, ctx.isp24), rng.randint(2, 254)))
        elif r < .68:
            out.append(zp(rng, ctx.cloud_nat))
        elif r < .74:
            out.append(rng.choice(ctx.cgnat[reg]))
        elif r < .78:
            out.append(zp(rng, ctx.vpn))
        elif r < .81:
            out.append('%s.%d' % (rng.choice(ctx.proxy), rng.randint(2, 254)))
        elif r < .92:
            out.append(v6_host(rng, rand48(rng)))
        else:
            out.append(v6_host(rng, zp(rng, ctx.isp48)))
    return out


def base_company(rng, ctx, reg, generic_ok=True):
    R = REG[reg]
    c = {'reg': reg, 'req': set(), 'slot': {}, 'ntok': {}, 'listed': None, 'annot': None, 'op': None}
    if reg in OFFSHORE:
        c['op'] = wpick(rng, OFF_OP)
    opr = op_region(c)
    # name
    if generic_ok and rng.random() < .035:
        c['brand'] = None
        c['name'] = generic_name(rng, reg)
    else:
        lang = R.lang if reg not in OFFSHORE else 'off'
        b = new_brand(rng, lang)
        c['brand'] = b
        if lang == 'off':
            c['name'] = make_coname(rng, b, reg, sector=rng.choice(SECT['off']) if rng.random() < .6 else None)
        else:
            c['name'] = make_coname(rng, b, reg)
    c['rid'] = R.rid(rng)
    c['rid2'] = R.rid2(rng) if R.rid2 else None
    # people
    k = wpick(rng, [(0, .12), (1, .48), (2, .28), (3, .12)])
    c['dirs'] = [company_person(rng, c) for _ in range(k)]
    r = rng.random()
    if r < .42:
        c['owners'] = []
    elif r < .78:
        c['owners'] = c['dirs'][:1] or [company_person(rng, c)]
    elif r < .9:
        hreg = rng.choice(['VG', 'CY', 'SC', 'HK', 'SG', 'NL', 'GB', 'US', 'AE'])
        c['owners'] = [make_coname(rng, en_brand(rng), hreg, sector=rng.choice(SECT['off']))]
    else:
        c['owners'] = [company_person(rng, c), company_person(rng, c)]
    # address
    c['phones'] = []
    c['ips'] = []
    r = rng.random()
    pa = R.agent_p
    ags = ctx.agents.get(reg)
    if ags and r < pa:
        ag = wpick(rng, ags)
        c['addr'] = ag.tenant(rng)
        svcs = ctx.svc_by_agent.get(id(ag))
        if svcs and rng.random() < .45:
            s = rng.choice(svcs)
            if rng.random() < .6:
                c['dirs'] = [rng.choice(s.nominees)] + c['dirs'][:1]
            if rng.random() < .35:
                c['owners'] = [s.nom_org]
            if rng.random() < .25:
                c['phones'].append((s.phone, None))
    elif reg in OFFSHORE:
        c['addr'] = R.addr(rng)
    elif r < pa + .05:
        c['addr'] = zp(rng, ctx.virt[reg]).tenant(rng)
    elif r < pa + .11:
        p = zp(rng, ctx.cowork[reg])
        c['addr'] = p.tenant(rng)
        if rng.random() < .6:
            c['ips'].append(p.ip)
    elif r < pa + .13 and reg in ctx.incub:
        p = rng.choice(ctx.incub[reg])
        c['addr'] = p.tenant(rng)
        if rng.random() < .6:
            c['ips'].append(p.ip)
    elif r < pa + .16:
        a = zp(rng, ctx.acct[reg])
        c['addr'] = a[1]
        if rng.random() < .5:
            c['phones'].append((a[0], None))
    else:
        c['addr'] = R.addr(rng)
    # phones
    if rng.random() < .07 and reg in ctx.acct:
        c['phones'].append((zp(rng, ctx.acct[reg])[0], None))
    kp = wpick(rng, [(0, .15), (1, .62), (2, .23)])
    for _ in range(kp):
        c['phones'].append((new_phone(rng, ctx, opr, mobile=rng.random() < .45), None))
    # e-mail / website
    r = rng.random()
    c['web'] = None
    if r < .56 and c['brand'] is not None:
        d = ctx.new_domain(rng, c['brand'], reg)
        c['email'] = (role_local(rng, c), d)
        if rng.random() < .75:
            c['web'] = Web('own', d)
    elif r < .965 or reg not in ctx.acct:
        p = c['dirs'][0] if c['dirs'] else company_person(rng, c)
        dom = freemail(rng, opr) if rng.random() > .004 else rng.choice(FREEMAIL_TYPO)
        if dom == 'qq.com' and rng.random() < .6:
            c['email'] = (str(rng.randint(10000, 3999999999)), dom)
        else:
            c['email'] = (person_local(p, rng), dom)
        if rng.random() < .28:
            c['web'] = ctx.new_platform(rng, c['brand'] or en_brand(rng))
        elif rng.random() < .1 and c['brand'] is not None:
            c['web'] = Web('own', ctx.new_domain(rng, c['brand'], reg))
    else:
        a = zp(rng, ctx.acct[reg])
        c['email'] = (slug(c['name'].core[0])[:14] or 'client', a[2])
    c['pay'] = new_fp(rng) if rng.random() < .62 else None
    c['ips'] += gen_ips(rng, ctx, opr)
    ks = wpick(rng, [(0, .22), (1, .55), (2, .17), (3, .06)])
    c['ssh'] = [new_ssh(rng) for _ in range(ks)]
    return c

# =====================================================================
# planting evidence
# =====================================================================

SLOT = {'payment': 'pay', 'regid': 'rid', 'email': 'email', 'domain': 'email', 'website': 'web', 'office': 'addr',
        'name': 'name'}
MULTI = ('director', 'owner', 'phone', 'ip', 'ssh', 'ip24', 'ip48')


class Net:
    def __init__(self, arch, home):
        self.arch, self.home, self.preg = arch, home, home
        self.tok, self.ov = {}, {}
        self.person = None
        self.brand = None
        self.ext = False
        self.mkname = lambda tok, c, r: make_coname(r, tok, c['reg'])


def net_gen(net, k, rng, ctx):
    f = net.ov.get(k)
    if f is not None:
        return f(rng)
    if k == 'payment':
        return new_fp(rng)
    if k == 'ssh':
        return new_ssh(rng)
    if k == 'phone':
        return new_phone(rng, ctx, net.preg, mobile=True)
    if k == 'email':
        return (person_local(net.person, rng), freemail(rng, net.preg))
    if k == 'domain':
        return ctx.new_domain(rng, net.brand or en_brand(rng), net.home)
    if k == 'website':
        return Web('own', ctx.new_domain(rng, net.brand or en_brand(rng), net.home))
    if k == 'office':
        return REG[net.home].addr(rng)
    if k in ('director', 'owner'):
        return net.person
    if k == 'ip':
        return rand_v4(rng)
    if k == 'ip24':
        return rand24(rng, HOSTING_FIRSTS if net.arch == 'account_farm' else None)
    if k == 'ip48':
        return rand48(rng)
    if k == 'name':
        return net.brand
    raise ValueError(k)


def apply(c, k, tok, rng, net, ctx):
    lst = c['ntok'].setdefault(k, [])
    for t in lst:
        if t is tok:
            return
    lst.append(tok)
    s = SLOT.get(k)
    if s:
        c['slot'][s] = (k, tok)
    req = c['req']
    if k == 'payment':
        c['pay'] = tok
        req.add('pay')
    elif k == 'ssh':
        c['ssh'].insert(0, tok)
        req.add('ssh')
    elif k == 'regid':
        c['rid'] = tok
        req.add('rid')
    elif k == 'phone':
        c['phones'].insert(0, (tok, str(rng.randint(10, 999)) if (net.ext and rng.random() < .7) else None))
        req.add('phone')
    elif k == 'email':
        c['email'] = tok
        req.add('email')
    elif k == 'domain':
        c['email'] = (role_local(rng, c), tok)
        req.add('email')
        if 'web' not in c['slot'] and rng.random() < .4:
            c['web'] = Web('own', tok)
    elif k == 'website':
        c['web'] = tok
        req.add('web')
    elif k == 'office':
        c['addr'] = tok
        req.add('addr')
    elif k == 'director':
        c['dirs'].insert(0, tok)
        req.add('dirs')
    elif k == 'owner':
        c['owners'].insert(0, tok)
        req.add('owners')
    elif k == 'ip':
        c['ips'].insert(0, tok)
        req.add('ips')
    elif k == 'ip24':
        c['ips'].insert(0, '%s.%d' % (tok, rng.randint(2, 254)))
        req.add('ips')
    elif k == 'ip48':
        c['ips'].insert(0, v6_host(rng, tok))
        req.add('ips')
    elif k == 'name':
        c['name'] = net.mkname(tok, c, rng)
        rebrand(c, net.brand, rng, ctx)


def rebrand(c, brand, rng, ctx):
    """Keep e-mail domain / website consistent with a name imposed by the network."""
    if brand is None or c.get('brand') is brand:
        return
    old = c.get('brand')
    c['brand'] = brand
    if old is None:
        return
    em = c.get('email')
    newd = None
    if em is not None and 'email' not in c['slot'] and em[1] not in FREE_DOMAINS:
        newd = ctx.new_domain(rng, brand, c['reg'])
        c['email'] = (em[0], newd)
    w = c.get('web')
    if w is not None and 'web' not in c['slot']:
        if w.kind == 'own':
            c['web'] = Web('own', newd or ctx.new_domain(rng, brand, c['reg']))
        else:
            c['web'] = ctx.new_platform(rng, brand)


def _try_edge(rng, ctx, net, u, v, k, mode):
    s = SLOT.get(k)
    tok = None
    if s:
        tu, tv = u['slot'].get(s), v['slot'].get(s)
        if tu is not None and tv is not None:
            return tu[1] is tv[1] and tu[0] == k
        ex = tu if tu is not None else tv
        if ex is not None:
            if ex[0] != k or mode == 'edge':
                return False
            tok = ex[1]
    if tok is None:
        if mode == 'shared':
            tok = net.tok.get(k)
            if tok is None:
                tok = net.tok[k] = net_gen(net, k, rng, ctx)
        elif mode == 'rotating':
            lst = u['ntok'].get(k)
            tok = lst[-1] if (lst and rng.random() < .75) else net_gen(net, k, rng, ctx)
        else:
            tok = net_gen(net, k, rng, ctx)
    apply(u, k, tok, rng, net, ctx)
    apply(v, k, tok, rng, net, ctx)
    return True


def plant(rng, ctx, net, ms, kinds, mode='shared', topo='tree', extra=.25, modes=None, forbid=None):
    n = len(ms)
    if n < 2:
        return
    if topo in ('chain', 'ring'):
        edges = [(i - 1, i) for i in range(1, n)]
        if topo == 'ring' and n >= 4:
            edges.append((n - 1, 0))
    else:
        edges = [((rng.randrange(i) if rng.random() < .6 else 0), i) for i in range(1, n)]
        if n > 2:
            for i in range(n):
                if rng.random() < extra:
                    j = rng.randrange(n)
                    if j != i:
                        edges.append((i, j))
    for a, b in edges:
        u, v = ms[a], ms[b]
        bad = set()
        if forbid:
            bad = forbid[a] | forbid[b]
        done = False
        for k in wshuffle(rng, kinds):
            if k in bad:
                continue
            md = (modes or {}).get(k, mode)
            if _try_edge(rng, ctx, net, u, v, k, md):
                done = True
                break
        if not done:
            fb = [k for k, _ in kinds if k in MULTI and k not in bad] or ['ssh']
            _try_edge(rng, ctx, net, u, v, fb[0], 'edge')


# =====================================================================
# archetypes
# =====================================================================

ANNOT = ['ML Team', 'Research', 'R&D', 'AI Lab', 'Data Science', 'Engineering', '2', 'Billing', 'Europe', 'APAC',
         'US Team', 'Dev', 'Prod', 'Finance', 'Old account', 'new']
NONOFF_W = [(c, w) for c, w in REG_W if c not in OFFSHORE]


def arch_dup(rng, ctx, n):
    reg = wpick(rng, NONOFF_W)
    base = base_company(rng, ctx, reg, generic_ok=False)
    net = Net('dup_accounts', reg)
    net.brand, net.ext = base['brand'], True
    hq = REG[reg].addr(rng)
    d = ctx.new_domain(rng, base['brand'], reg)
    director = base['dirs'][0] if base['dirs'] else company_person(rng, base)
    net.tok = {'regid': base['rid'], 'domain': d, 'office': hq, 'phone': new_phone(rng, ctx, reg, mobile=False),
               'website': Web('own', d), 'director': director}
    net.mkname = lambda tok, c, r: tok
    ms = [base_company(rng, ctx, reg) for _ in range(n)]
    for i, m in enumerate(ms):
        apply(m, 'name', base['name'], rng, net, ctx)
        if i and rng.random() < .35:
            m['annot'] = rng.choice(ANNOT)
    plant(rng, ctx, net, ms, [('regid', .3), ('domain', .25), ('office', .15), ('phone', .1), ('website', .1),
                              ('director', .1)])
    for m in ms:   # the same legal entity: consistent background
        if 'rid' not in m['slot']:
            m['rid'], m['rid2'] = base['rid'], base['rid2']
        if 'addr' not in m['slot'] and rng.random() < .5:
            m['addr'] = hq
        if 'email' not in m['slot']:
            p = m['dirs'][0] if m['dirs'] else company_person(rng, m)
            m['email'] = (person_local(p, rng), freemail(rng, reg))
        if 'web' not in m['slot']:
            m['web'] = None
    return net, ms


CTRL_CULT = [('ru', .2), ('cn', .2), ('en', .1), ('ar', .08), ('in', .1), ('ng', .08), ('tr', .08), ('uk', .08),
             ('pt', .04), ('kz', .04)]


def arch_family(rng, ctx, n):
    svc = zp(rng, ctx.svc_z)
    cult = wpick(rng, CTRL_CULT)
    net = Net('formation_family', svc.reg)
    net.person, net.preg = CUL[cult](rng, rare=True), CULT_HOME[cult]
    net.brand = en_brand(rng) if rng.random() < .7 else new_brand(rng, REG[net.preg].lang)
    ms = []
    for _ in range(n):
        reg = svc.reg if rng.random() < .85 else rng.choice(svc.regs)
        m = base_company(rng, ctx, reg, generic_ok=False)
        if reg == svc.reg:
            m['addr'] = svc.agent.tenant(rng)
        elif ctx.agents.get(reg):
            m['addr'] = wpick(rng, ctx.agents[reg]).tenant(rng)
        if rng.random() < .75:
            m['dirs'] = [rng.choice(svc.nominees)] + (m['dirs'][:1] if rng.random() < .2 else [])
        if rng.random() < .4:
            m['owners'] = [svc.nom_org]
        if rng.random() < .3:
            m['phones'] = [(svc.phone, None)]
        if reg in OFFSHORE:
            m['op'] = net.preg
        ms.append(m)
    if rng.random() < .3:
        for m in ms:
            apply(m, 'name', net.brand, rng, net, ctx)
    plant(rng, ctx, net, ms, [('owner', .3), ('phone', .2), ('email', .15), ('ip24', .15), ('ssh', .12),
                              ('payment', .08)])
    if rng.random() < .08:
        rng.choice(ms)['listed'] = True
    return net, ms


HUBS = [('HK', 3), ('AE', 3), ('TR', 2), ('KZ', 1.5), ('SG', 1), ('MY', 1), ('CY', 1), ('EE', 1), ('GB', 1), ('US', 1),
        ('IN', .5), ('CN', 1), ('RU', 1), ('VN', .5), ('TH', .5), ('UA', .5), ('VG', .5), ('SC', .3)]


def arch_procure(rng, ctx, n):
    home = wpick(rng, HUBS)
    net = Net('procurement_ring', home)
    ms, reg = [], home
    for i in range(n):
        if i and rng.random() < .4:
            reg = wpick(rng, HUBS)
        m = base_company(rng, ctx, reg)
        if reg not in OFFSHORE and rng.random() < .5:
            m['addr'] = zp(rng, ctx.virt[reg]).tenant(rng)
        p = company_person(rng, m)
        m['email'] = (person_local(p, rng), freemail(rng, op_region(m)))
        if m['web'] is not None and m['web'].kind == 'own' and rng.random() < .7:
            m['web'] = None
        ms.append(m)
    plant(rng, ctx, net, ms, [('payment', .55), ('ssh', .45)], mode='rotating', topo='chain')
    if rng.random() < .3:
        rng.choice(ms)['listed'] = True
    return net, ms


def arch_vpn(rng, ctx, n):
    home = wpick(rng, NONOFF_W)
    net = Net('vpn_reseller', home)
    net.brand = new_brand(rng, REG[home].lang)
    net.person = person_for(rng, home)
    dom = ctx.new_domain(rng, net.brand, home)
    net.tok['domain'] = dom
    net.tok['website'] = Web('own', dom) if rng.random() < .55 else ctx.new_platform(rng, net.brand)

    def mk(tok, c, r):
        if r.random() < .35:
            sfx = r.choice(['Cloud', 'GPU', 'Compute', 'AI', '2', '3', 'Labs', 'Partners', 'Reseller', 'Hosting'])
            return make_coname(r, tok, c['reg'], core=['%s %s' % (b, sfx) for b in tok.lat])
        return make_coname(r, tok, c['reg'])
    net.mkname = mk
    ms = []
    for _ in range(n):
        reg = home if rng.random() < .75 else wpick(rng, NONOFF_W)
        m = base_company(rng, ctx, reg, generic_ok=False)
        m['ips'] = [zp(rng, ctx.vpn) for _ in range(rng.randint(1, 3))]
        ms.append(m)
    plant(rng, ctx, net, ms, [('name', .25), ('domain', .3), ('website', .2), ('phone', .1), ('ip', .1), ('ssh', .05)])
    if rng.random() < .05:
        rng.choice(ms)['listed'] = True
    return net, ms


HQ = [('US', 5), ('GB', 2), ('DE', 2), ('JP', 1.5), ('KR', 1.5), ('CN', 2), ('IN', 1.5), ('SG', 1.5), ('FR', 1),
      ('NL', 1), ('AE', 1), ('BR', 1), ('TR', .7), ('HK', 1), ('TW', 1), ('RU', .5)]
SUBREG = NONOFF_W + [('VG', 1), ('CY', .5)]


def sub_name(rng, brand, reg):
    adj = rng.choice(REG[reg].adj)
    if rng.random() < .3:
        s = rng.choice(SECT['en'])[0][0]
        core = ['%s %s %s' % (b, s, adj) for b in brand.lat]
    else:
        core = ['%s %s' % (b, adj) for b in brand.lat]
    return make_coname(rng, brand, reg, core=core)


def arch_group(rng, ctx, n):
    r0 = wpick(rng, HQ)
    net = Net('corporate_group', r0)
    brand = en_brand(rng) if rng.random() < .6 else new_brand(rng, REG[r0].lang)
    net.brand = brand
    hw = rng.choice(['Holdings', 'Group', 'Holding', 'Global', 'International', 'Group Holdings'])
    parent = make_coname(rng, brand, r0, core=['%s %s' % (b, hw) for b in brand.lat])
    net.tok['owner'] = parent
    net.tok['director'] = person_for(rng, r0, rare=True)
    net.tok['domain'] = ctx.new_domain(rng, brand, r0, extra=rng.choice(['group', 'global', 'corp']))
    net.mkname = lambda tok, c, r: sub_name(r, tok, c['reg'])
    ms, forbid = [], []
    has_parent = rng.random() < .4
    for i in range(n):
        if i == 0 and has_parent:
            m = base_company(rng, ctx, r0, generic_ok=False)
            m['name'] = parent
            rebrand(m, brand, rng, ctx)
            forbid.append({'owner', 'name'})
        else:
            reg = r0 if rng.random() < .3 else wpick(rng, SUBREG)
            m = base_company(rng, ctx, reg, generic_ok=False)
            forbid.append(set())
        ms.append(m)
    for i, m in enumerate(ms):
        if not forbid[i] and rng.random() < .8:
            apply(m, 'name', brand, rng, net, ctx)
    plant(rng, ctx, net, ms, [('owner', .35), ('name', .2), ('domain', .2), ('director', .15), ('ssh', .05),
                              ('ip48', .05)], forbid=forbid)
    start = 1 if has_parent else 0
    for i in range(start + 2, n):
        if rng.random() < .25:
            ms[i]['owners'].append(ms[rng.randrange(start, i)]['name'])
    return net, ms


def arch_chain(rng, ctx, n):
    home = wpick(rng, NONOFF_W)
    net = Net('soft_chain', home)
    net.ov = {'director': lambda r: person_for(r, home, rare=True),
              'phone': lambda r: new_phone(r, ctx, home),
              'office': lambda r: REG[home].addr(r),
              'ip': lambda r: rand_v4(r)}
    ms = [base_company(rng, ctx, home if rng.random() < .8 else wpick(rng, NONOFF_W)) for _ in range(n)]
    topo = 'ring' if n >= 4 and rng.random() < .35 else 'chain'
    plant(rng, ctx, net, ms, [('director', .3), ('phone', .3), ('office', .2), ('ip', .2)], mode='edge', topo=topo)
    if rng.random() < .03:
        rng.choice(ms)['listed'] = True
    return net, ms


REREG = [(('RU', ['EE', 'CY', 'KZ', 'AE', 'GB', 'TR']), .3), (('UA', ['PL', 'EE', 'GB', 'CY']), .1),
         (('CN', ['HK', 'SG', 'US', 'MY']), .2), (('VN', ['SG', 'US']), .05), (('TR', ['AE', 'GB', 'DE', 'NL']), .08),
         (('IN', ['SG', 'AE', 'US', 'GB']), .08), (('NG', ['GB', 'US', 'KE', 'EE']), .05), (('KR', ['US', 'SG']), .04),
         (('BR', ['US', 'ES', 'GB']), .05), (('KZ', ['AE', 'EE', 'CY']), .05), (('TW', ['HK', 'US', 'SG']), .03)]


def arch_rereg(rng, ctx, n):
    origin, dests = wpick(rng, REREG)
    regs = [origin] + rng.sample(dests, min(n - 1, len(dests)))
    brand = new_brand(rng, REG[origin].lang)
    sector = pick_sector(rng, brand, REG[origin].lang)
    net = Net('reregistration', origin)
    net.person, net.preg, net.brand = person_for(rng, origin, rare=True), origin, brand
    ntok = (brand, sector)
    net.mkname = lambda tok, c, r: make_coname(r, tok[0], c['reg'], sector=tok[1])
    ms = [base_company(rng, ctx, reg, generic_ok=False) for reg in regs]
    for m in ms:
        apply(m, 'name', ntok, rng, net, ctx)
        if rng.random() < .5:
            m['owners'].insert(0, net.person)
    plant(rng, ctx, net, ms, [('director', .35), ('email', .2), ('website', .15), ('ssh', .15), ('phone', .15)],
          topo='chain')
    if rng.random() < .04:
        rng.choice(ms)['listed'] = True
    return net, ms


def arch_founder(rng, ctx, n):
    home = wpick(rng, NONOFF_W)
    net = Net('family_founder', home)
    net.person = person_for(rng, home, rare=rng.random() < .5)
    ms = [base_company(rng, ctx, home if rng.random() < .9 else wpick(rng, NONOFF_W)) for _ in range(n)]
    if rng.random() < .25:
        net.brand = new_brand(rng, REG[home].lang)
        for m in ms:
            apply(m, 'name', net.brand, rng, net, ctx)
    plant(rng, ctx, net, ms, [('director', .35), ('owner', .15), ('email', .2), ('phone', .15), ('office', .15)])
    if rng.random() < .02:
        rng.choice(ms)['listed'] = True
    return net, ms


FARM_REG = [('US', 3), ('IN', 2), ('NG', 2), ('VN', 1.5), ('ID', 1.5), ('BR', 1.5), ('RU', 1.5), ('CN', 1.5),
            ('GB', 1), ('PH', 1), ('TR', 1), ('UA', .5), ('KE', .5)]


def arch_farm(rng, ctx, n):
    home = wpick(rng, FARM_REG)
    net = Net('account_farm', home)
    ms = []
    for _ in range(n):
        reg = home if rng.random() < .75 else wpick(rng, FARM_REG)
        m = base_company(rng, ctx, reg)
        r = rng.random()
        if r < .4:
            m['name'] = generic_name(rng, reg)
        elif r < .7:
            p = company_person(rng, m)
            m['name'] = make_coname(rng, None, reg, core=['%s %s' % (p.latin(), rng.choice(
                ['Consulting', 'Services', 'Trading', 'Digital', 'Tech', 'Solutions', 'Media']))])
        p = company_person(rng, m)
        m['email'] = (person_local(p, rng), freemail(rng, reg))
        m['web'] = None
        m['addr'] = None if rng.random() < .5 else zp(rng, ctx.virt[reg]).tenant(rng)
        m['dirs'] = m['dirs'][:1] if rng.random() < .5 else []
        ms.append(m)
    plant(rng, ctx, net, ms, [('ip24', .35), ('ssh', .3), ('payment', .2), ('ip48', .15)],
          modes={'ssh': 'rotating', 'payment': 'rotating'})
    if rng.random() < .35:
        for m in rng.sample(ms, min(len(ms), rng.randint(1, 3))):
            m['listed'] = True
    return net, ms


ARCH = [('dup_accounts', .13, arch_dup, (2, 6, .35)),
        ('formation_family', .14, arch_family, (3, 25, .8)),
        ('procurement_ring', .08, arch_procure, (3, 14, .72)),
        ('vpn_reseller', .08, arch_vpn, (2, 10, .6)),
        ('corporate_group', .12, arch_group, (2, 30, .75)),
        ('soft_chain', .11, arch_chain, (3, 9, .7)),
        ('reregistration', .10, arch_rereg, (2, 4, .3)),
        ('family_founder', .14, arch_founder, (2, 4, .35)),
        ('account_farm', .06, arch_farm, (5, 30, .88))]


def tail_size(rng, lo, hi, p):
    n = lo
    while n < hi and rng.random() < p:
        n += 1
    return n


# =====================================================================
# decoys (every member stays its own party)
# =====================================================================

TWIN_SWAPS = [('Solutions', 'Solution'), ('Technologies', 'Technology'), ('Systems', 'System'), ('Labs', 'Lab'),
              ('Services', 'Service'), ('Networks', 'Network'), ('Ventures', 'Venture'), ('Partners', 'Partner'),
              ('Innovations', 'Innovation'), ('Studios', 'Studio'), ('Games', 'Gaming'), ('Data', 'Datas')]


def decoys(rng, ctx, singles):
    N = ctx.N
    pool = list(range(len(singles)))
    rng.shuffle(pool)
    taken = set()
    stats = {'psp_pool': 0, 'msp_key': 0, 'regid_twin': 0, 'name_twin': 0, 'board_pro': 0}

    def take(k, pred=None):
        out = []
        for i in pool:
            if i in taken:
                continue
            if pred is None or pred(singles[i]):
                out.append(i)
                if len(out) == k:
                    break
        if len(out) < k:
            return None
        taken.update(out)
        return [singles[i] for i in out]

    for _ in range(max(1, N // 8000)):
        grp_ = take(rng.randint(3, 5))
        if grp_:
            fp = new_fp(rng)
            for c in grp_:
                c['pay'] = fp
                c['req'].add('pay')
            stats['psp_pool'] += 1
    for _ in range(max(1, N // 8000)):
        reg = wpick(rng, NONOFF_W)
        grp_ = take(rng.randint(3, 8), lambda c, reg=reg: c['reg'] == reg)
        if grp_:
            key = new_ssh(rng)
            for c in grp_:
                c['ssh'].append(key)
                c['req'].add('ssh')
            stats['msp_key'] += 1
    for _ in range(max(1, N // 4000)):
        regs = rng.sample(['NL', 'UA', 'TW'], 2)
        a = take(1, lambda c, r=regs[0]: c['reg'] == r)
        b = take(1, lambda c, r=regs[1]: c['reg'] == r)
        if a and b:
            num = str(rng.randint(30000000, 45999999))
            for c in (a[0], b[0]):
                c['rid'] = RIDNUM[c['reg']](rng, num)
                c['rid2'] = None
                c['req'].add('rid')
            stats['regid_twin'] += 1
    for _ in range(max(1, N // 2000)):
        a = take(1, lambda c: c['brand'] is not None and c['name'].nat is None and c['reg'] not in OFFSHORE)
        if not a:
            continue
        a = a[0]
        b = take(1, lambda c, r=a['reg']: c['reg'] == r and c['brand'] is not None)
        if not b:
            continue
        b = b[0]
        core = a['name'].core[0]
        new = None
        for x, y in TWIN_SWAPS:
            if x in core:
                new = core.replace(x, y)
                break
            if core.endswith(' ' + y):
                new = core[:-len(y)] + x
                break
        if new is None:
            new = core + rng.choice([' Group', ' Global', ' International'])
        b['name'] = CoName([new], None, a['name'].lt, a['name'].nt, a['reg'])
        rebrand(b, a['brand'], rng, ctx)
        R = REG[a['reg']]
        a['addr'] = R.addr(rng)
        for _t in range(30):
            ad = R.addr(rng)
            if ad.city == a['addr'].city:
                break
        b['addr'] = ad
        a['req'].add('addr')
        b['req'].add('addr')
        stats['name_twin'] += 1
    for _ in range(max(1, N // 6000)):
        reg = wpick(rng, NONOFF_W)
        grp_ = take(rng.randint(3, 6), lambda c, reg=reg: c['reg'] == reg)
        if grp_:
            p = person_for(rng, reg, rare=True)
            for c in grp_:
                c['dirs'].insert(0, p)
                c['ntok'].setdefault('director', []).append(p)
                c['req'].add('dirs')
            stats['board_pro'] += 1
    return stats


# =====================================================================
# rendering
# =====================================================================

ABBR = [(re.compile(p), r) for p, r in [
    (r'\b(\d+)(?:st|nd|rd|th) Floor\b', [r'\1/F', r'\1F', r'Fl. \1', r'Floor \1', r'Level \1', r'\1th Fl']),
    (r'\bStreet\b', ['St', 'St.']), (r'\bAvenue\b', ['Ave', 'Ave.', 'Av.']), (r'\bRoad\b', ['Rd', 'Rd.']),
    (r'\bBoulevard\b', ['Blvd', 'Blvd.']), (r'\bDrive\b', ['Dr', 'Dr.']), (r'\bLane\b', ['Ln']),
    (r'\bHighway\b', ['Hwy']), (r'\bParkway\b', ['Pkwy']), (r'\bPlace\b', ['Pl']), (r'\bSquare\b', ['Sq']),
    (r'\bCrescent\b', ['Cres']), (r'\bSuite (?=\w)', ['Ste ', 'Ste. ', '#', 'Suite #']),
    (r'\bBuilding\b', ['Bldg', 'Bldg.', 'Bld']), (r'\bRoom\b', ['Rm', 'Rm.']), (r'\bOffice\b', ['Off.', 'Ofc']),
    (r'\bApartment\b', ['Apt', 'Apt.']), (r'\bTower\b', ['Twr']), (r'\bFloor\b', ['Fl', 'Fl.', 'Flr']),
    (r'\bLevel\b', ['Lvl', 'L']), (r'\bDistrict\b', ['Dist.', 'Dist']), (r'\bNumber\b', ['No.', 'Nº']),
    (r'\bP\.O\. Box\b', ['PO Box', 'P.O.Box', 'POB', 'Post Box']), (r'\bAvenida\b', ['Av.', 'Avda.', 'Av']),
    (r'\bRua\b', ['R.']), (r'\bCalle\b', ['C/', 'C.', 'Cl.']), (r'\bCarrera\b', ['Cra.', 'Kr.', 'Cr.']),
    (r'\bColonia\b', ['Col.']), (r'\bCódigo Postal\b', ['C.P.', 'CP']), (r'\bOficina\b', ['Of.', 'Ofic.']),
    (r'\bDepartamento\b', ['Depto.', 'Dpto.']), (r'\bInterior\b', ['Int.']), (r'\bConjunto\b', ['Cj.', 'Conj.']),
    (r'\bApartamento\b', ['Apto', 'Ap.']), (r'\bSala\b', ['Sl.']), (r'\bBairro\b', ['B.', 'Bº']),
    (r'\bJalan\b', ['Jln', 'Jln.', 'Jl.']), (r'\bLorong\b', ['Lrg']), (r'\bPersiaran\b', ['Psn']),
    (r'\bGedung\b', ['Gd.', 'Gdg.']), (r'\bLantai\b', ['Lt.']), (r'\bJenderal\b', ['Jend.']),
    (r'(?<=\w)straße\b', ['str.', 'strasse']), (r'\bStraße\b', ['Str.', 'Strasse']), (r'\bulica\b', ['ul.']),
    (r'\bCaddesi\b', ['Cad.', 'Cd.']), (r'\bSokak\b', ['Sk.', 'Sok.']), (r'\bMahallesi\b', ['Mah.', 'Mh.']),
    (r'\bBulvarı\b', ['Blv.', 'Bulv.']), (r'\bmaantee\b', ['mnt']), (r'\btänav\b', ['tn']),
    (r'\bpuiestee\b', ['pst']), (r'\bPiazza\b', ['P.zza', 'P.za']), (r'\bCorso\b', ['C.so']), (r'\bViale\b', ['V.le']),
    (r'\bavenue\b', ['av.']), (r'\bboulevard\b', ['bd', 'bd.']), (r'\bSection\b', ['Sec.']),
    (r'\bHo Chi Minh City\b', ['HCMC', 'HCM City', 'Saigon']), (r'\bSub-district\b', ['Subdistrict']),
    (r'\bCross\b', ['Crs']), (r'\bMain Road\b', ['Main Rd', 'Main']), (r'\bSector\b', ['Sec', 'Sec.']),
    (r'\bPlot No\. ', ['Plot ', 'Plot No ']), (r'\bNo\. (?=\d)', ['#', 'No ', 'No.']), (r'\bCorner\b', ['Cnr']),
    (r'\bCiudad de México\b', ['CDMX', 'Ciudad de Mexico', 'México D.F.']), (r'\bSão Paulo\b', ['Sao Paulo', 'S. Paulo']),
    (r'\bBengaluru\b', ['Bangalore']), (r'\bGurugram\b', ['Gurgaon']), (r'\bHong Kong\b', ['HK', 'H.K.']),
    (r'\bUnited Kingdom\b', ['UK']), (r'\bUnited Arab Emirates\b', ['UAE', 'U.A.E.']),
    (r'\bJumeirah Lakes Towers\b', ['JLT']), (r'\bWilayah Persekutuan\b', ['WP', 'W.P.']),
    (r'\bSaint\b', ['St.', 'St']), (r'\bNorth\b', ['N', 'N.']), (r'\bSouth\b', ['S', 'S.']),
]]


def abbr(s, rng, p):
    for rx, reps in ABBR:
        if rx.search(s):
            s = rx.sub(lambda m: m.expand(rng.choice(reps)) if rng.random() < p else m.group(0), s)
    return s


def raddr(a, rng, src, npref, reg):
    if a.nat and ((npref and rng.random() < .85) or rng.random() < .04):
        s = a.nat[0] if (len(a.nat) == 1 or rng.random() < .6) else rng.choice(a.nat)
        if reg == 'VN' and rng.random() < .2:
            s = deacc(s)
        return s
    s = a.forms[0] if rng.random() < .55 else rng.choice(a.forms)
    p = rng.choice((0, 0, .4, .8, 1.0))
    if p:
        s = abbr(s, rng, p)
    if (src == 'kyc' and rng.random() < .6) or (src == 'legacy' and rng.random() < .3):
        s = s.upper()
    elif src == 'web' and rng.random() < .03:
        s = s.lower()
    r = rng.random()
    if r < .04:
        s = s.replace(', ', ' ')
    elif r < .07:
        s = s.replace(', ', ',')
    elif r < .09:
        s = s.replace(', ', '\n', 1)
    if rng.random() < .07:
        s += ', ' + (REG[reg].en if rng.random() < .7 else reg)
    if rng.random() < .02:
        s = typo(s, rng)
    return s


def rcountry(reg, rng, src):
    R = REG[reg]
    r = rng.random()
    if src == 'web':
        if r < .72:
            return R.code if rng.random() < .95 else R.code.lower()
        if r < .93:
            return R.en
        return R.a3
    if src == 'crm':
        if r < .7:
            return R.en
        if r < .9:
            return R.code
        return rng.choice(R.legacy)
    if src == 'kyc':
        if r < .7:
            return R.a3
        if r < .9:
            return R.code
        return R.en.upper()
    if src == 'partner':
        if r < .6:
            return rng.choice(R.nat)
        if r < .85:
            return R.en
        return R.code
    if r < .5:
        return rng.choice(R.legacy)
    if r < .7:
        return R.code.lower()
    if r < .85:
        return R.en.upper()
    return R.en


def rrid(c, rng, src):
    rid = c['rid']
    if c['rid2'] is not None and 'rid' not in c['req'] and rng.random() < .15:
        rid = c['rid2']
    v = rid.v
    s = v[0] if rng.random() < .55 else rng.choice(v)
    if src == 'kyc' and rng.random() < .3:
        s = s.upper()
    if rng.random() < .02:
        s = ' ' + s + ' '
    return s


def remail(e, rng):
    s = e[0] + '@' + e[1]
    r = rng.random()
    if r < .04:
        s = e[0].capitalize() + '@' + e[1].capitalize()
    elif r < .06:
        s = s.upper()
    elif r < .07:
        s = 'mailto:' + s
    elif r < .08:
        s = ' ' + s
    return s


def rweb(w, rng):
    if w.kind == 'own':
        r = rng.random()
        if r < .3:
            f = 'https://www.%s'
        elif r < .5:
            f = 'https://%s'
        elif r < .6:
            f = 'www.%s'
        elif r < .75:
            f = '%s'
        else:
            f = rng.choice(['http://www.%s', 'https://www.%s/', 'https://%s/en/', 'http://%s/index.html', 'WWW.%s',
                            'http://%s', 'https://%s/about'])
        return f % w.a
    u = w.a.format(b=w.b, c=w.c)
    u = rng.choice(['', '', 'https://', 'https://', 'http://', 'https://www.' if w.a.startswith(('facebook', 'linkedin'))
                    else 'https://']) + u
    if rng.random() < .2:
        u += '/'
    return u


def rip(x, rng):
    if isinstance(x, str):
        return x
    a = ipaddress.IPv6Address(sum(g << (16 * (7 - i)) for i, g in enumerate(x)))
    r = rng.random()
    if r < .75:
        return a.compressed
    if r < .85:
        return a.compressed.upper()
    if r < .93:
        return a.exploded
    return ':'.join('%x' % g for g in x)


def rssh(k, rng):
    if k.startswith('SHA256:') and rng.random() < .05:
        return k[7:]
    if k.startswith('MD5:') and rng.random() < .3:
        return k[4:]
    return k


def rphones(c, rng, src):
    ph = c['phones']
    if not ph:
        if (src == 'legacy' and rng.random() < .2) or (src == 'web' and rng.random() < .04):
            return rng.choice(PHONE_JUNK)
        return None
    nev = len(c['ntok'].get('phone', ()))
    k = max(nev, 1)
    if len(ph) > k and rng.random() < .3:
        k += 1
    seen, parts = [], []
    for p, e in ph:
        if len(parts) >= k:
            break
        if any(p is q for q in seen):
            continue
        seen.append(p)
        parts.append(rphone(p, e, rng, src))
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2 and rng.random() < .15:
        return 'Tel: %s, Mob: %s' % tuple(parts)
    return rng.choice([' / ', '; ', ', ', ' or ', ' | ', '/']).join(parts)


def rpeople(lst, nev, rng, src, npref):
    k = max(nev, min(len(lst), 4))
    seen, out = [], []
    for x in lst:
        if len(out) >= k:
            break
        if any(x is y for y in seen):
            continue
        seen.append(x)
        s = rperson(x, rng, src, npref) if isinstance(x, Person) else rname(x, rng, src, npref, org=True)
        if s not in out:
            out.append(s)
    return out


SRC_W = [('web', .42), ('crm', .2), ('kyc', .2), ('partner', .1), ('legacy', .08)]
PRES = {
    'web': dict(rid=.3, addr=.55, email=.97, phone=.55, web=.45, pay=.8, dirs=.25, owners=.12, ips=.92, ssh=.85,
                listed=.15),
    'crm': dict(rid=.55, addr=.8, email=.95, phone=.85, web=.8, pay=.65, dirs=.35, owners=.18, ips=.6, ssh=.6,
                listed=.3),
    'kyc': dict(rid=.95, addr=.95, email=.8, phone=.7, web=.5, pay=.6, dirs=.92, owners=.8, ips=.5, ssh=.5,
                listed=.6),
    'partner': dict(rid=.75, addr=.85, email=.8, phone=.75, web=.5, pay=.45, dirs=.55, owners=.4, ips=.45, ssh=.45,
                    listed=.2),
    'legacy': dict(rid=.4, addr=.6, email=.85, phone=.6, web=.3, pay=.35, dirs=.2, owners=.1, ips=.3, ssh=.3,
                   listed=.1),
}


def render(c, cid, rng):
    reg = c['reg']
    src = wpick(rng, SRC_W)
    if reg in NATIVE_REGS and src != 'partner' and rng.random() < .15:
        src = 'partner'
    npref = src == 'partner' or (reg in NATIVE_REGS and rng.random() < .35)
    pr, req = PRES[src], c['req']

    def want(f):
        return f in req or rng.random() < pr[f]
    rec = {'id': cid, 'name': rname(c['name'], rng, src, npref, c['annot']), 'country': rcountry(reg, rng, src)}
    if c['rid'] is not None and want('rid'):
        rec['registration_id'] = rrid(c, rng, src)
    if c['addr'] is not None and want('addr'):
        rec['address'] = raddr(c['addr'], rng, src, npref, reg)
    if c['email'] is not None and want('email'):
        rec['email'] = remail(c['email'], rng)
    if want('phone'):
        ph = rphones(c, rng, src)
        if ph:
            rec['phone'] = ph
    if c['web'] is not None and want('web'):
        rec['website'] = rweb(c['web'], rng)
    if c['pay'] is not None and want('pay'):
        rec['payment_fingerprint'] = c['pay']
    if c['dirs'] and want('dirs'):
        rec['directors'] = rpeople(c['dirs'], len(c['ntok'].get('director', ())), rng, src, npref)
    if c['owners'] and want('owners'):
        rec['owners'] = rpeople(c['owners'], len(c['ntok'].get('owner', ())), rng, src, npref)
    if c['ips'] and want('ips'):
        nev = sum(len(c['ntok'].get(k, ())) for k in ('ip', 'ip24', 'ip48'))
        out, seen = [], set()
        for x in c['ips'][:max(nev, min(len(c['ips']), 6))]:
            s = rip(x, rng)
            if s not in seen:
                seen.add(s)
                out.append(s)
        if len(out) > 1 and rng.random() < .5:
            rng.shuffle(out)
        rec['ips'] = out
    if c['ssh'] and want('ssh'):
        rec['ssh_keys'] = [rssh(k, rng) for k in c['ssh']]
    if c['listed']:
        rec['listed'] = True
    elif rng.random() < pr['listed']:
        rec['listed'] = False
    return rec


# =====================================================================
# main
# =====================================================================

_B36 = '0123456789abcdefghijklmnopqrstuvwxyz'


def new_id(rng, used):
    while True:
        x = rng.getrandbits(62)
        s = []
        for _ in range(12):
            x, r = divmod(x, 36)
            s.append(_B36[r])
        cid = 'cus_' + ''.join(s)
        if cid not in used:
            used.add(cid)
            return cid


def main(argv):
    if len(argv) != 5:
        sys.stderr.write('usage: linkage_gen11.py N SEED OUT.jsonl TRUTH.csv\n')
        return 2
    N = int(argv[1])
    seed = int(argv[2]) if argv[2].lstrip('-').isdigit() else argv[2]
    out_path, truth_path = argv[3], argv[4]
    t0 = time.time()
    rng = random.Random(seed)
    ctx = Ctx(N, rng)
    target = int(N * rng.uniform(.15, .2))
    nets, used = [], 0
    arch_w = [((name, fn, sz), w) for name, w, fn, sz in ARCH]
    while used < target and target - used >= 2:
        name, fn, (lo, hi, p) = wpick(rng, arch_w)
        n = min(tail_size(rng, lo, hi, p), target - used)
        net, ms = fn(rng, ctx, n)
        if len(ms) < 2:
            continue
        nets.append((net, ms))
        used += len(ms)
    singles = [base_company(rng, ctx, wpick(rng, REG_W)) for _ in range(N - used)]
    for c in singles:
        if rng.random() < .0015:
            c['listed'] = True
    dstats = decoys(rng, ctx, singles)

    allc = []
    for i, (net, ms) in enumerate(nets):
        for m in ms:
            m['party'] = ('n', i)
            allc.append(m)
    for j, c in enumerate(singles):
        c['party'] = ('s', j)
        allc.append(c)
    rng.shuffle(allc)
    used_ids, labels = set(), {}
    with open(out_path, 'w', encoding='utf-8') as fo, open(truth_path, 'w', encoding='utf-8', newline='') as ft:
        ft.write('id,party\n')
        for c in allc:
            cid = c['_id'] = new_id(rng, used_ids)
            lab = labels.get(c['party'])
            if lab is None:
                lab = labels[c['party']] = 'P%06d' % (len(labels) + 1)
            fo.write(json.dumps(render(c, cid, rng), ensure_ascii=False) + '\n')
            ft.write('%s,%s\n' % (cid, lab))
    dbg = os.environ.get('GEN11_ARCH_OUT')
    if dbg:   # optional side file for debugging the generator: id -> archetype
        with open(dbg, 'w', encoding='utf-8') as fd:
            for c in allc:
                p = c['party']
                fd.write('%s,%s\n' % (c['_id'], nets[p[1]][0].arch if p[0] == 'n' else 'single'))
    pairs = sum(len(ms) * (len(ms) - 1) // 2 for _, ms in nets)
    by = {}
    for net, ms in nets:
        a = by.setdefault(net.arch, [0, 0])
        a[0] += 1
        a[1] += len(ms)
    listed = sum(1 for c in allc if c['listed'])
    sys.stderr.write('linkage_gen11: customers=%d networks=%d network_members=%d true_pairs=%d parties=%d listed=%d '
                     'archetypes=%s decoys=%s seed=%s elapsed=%.1fs\n' % (
                         N, len(nets), used, pairs, len(labels), listed,
                         ','.join('%s:%d/%d' % (k, v[0], v[1]) for k, v in sorted(by.items())),
                         ','.join('%s:%d' % kv for kv in sorted(dstats.items())), seed, time.time() - t0))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
