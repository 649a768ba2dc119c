use super::*;

fn cc(s: &str) -> Option<CountryCode> {
    Some(CountryCode::parse(s).unwrap())
}

#[test]
fn address_spellings_that_must_agree() {
    let n = |s: &str| normalize_address(s).unwrap();
    assert_eq!(
        n("Flat 3, 22 King's Road, London SW3 4RP"),
        n("Flat 3 22 Kings Rd London SW34RP")
    );
    assert_eq!(n("12 King’s Road, London"), n("12 Kings Road, London"));
    assert_eq!(
        n("1209 Orange Street, Wilmington, DE 19801"),
        n("1209 Orange St Wilmington Delaware 19801")
    );
    assert_eq!(
        n("Suite 8500, 1 World Trade Center, New York, NY 10007"),
        n("1 World Trade Center Ste 8500 New York New York 10007")
    );
    assert_eq!(
        n("400 Main St, Charleston, West Virginia 25301, USA"),
        n("400 Main St, Charleston, WV 25301")
    );
    // Not where a state goes: the street keeps its name.
    assert_ne!(n("12 Virginia Street, Sydney"), n("12 Street, Sydney"));
    assert_eq!(n("5 O'Connell Street, Dublin"), n("5 OConnell St, Dublin"));
    assert_eq!(
        n("Marunouchi Building 7F, 9-4-3 Roppongi, Tokyo 106-0032"),
        n("7F Marunouchi Building 9-4-3 Roppongi Tokyo 〒106-0032")
    );
    assert_eq!(
        n("Room 1801, Building 3, No. 18 Zhongguancun Street, Beijing 100080"),
        n("Rm. 1801, Bldg 3, 18 Zhongguancun St., Beijing 100080")
    );
}

#[test]
fn academic_mail_domains_are_nobodys_own() {
    for d in [
        "mit.edu",
        "snu.ac.kr",
        "kist.re.kr",
        "ox.ac.uk",
        "tsinghua.edu.cn",
        "iitb.ac.in",
        // No academic suffix: from the swot list.
        "ethz.ch",
        "hku.hk",
        "msu.ru",
        "utoronto.ca",
        "kth.se",
    ] {
        assert!(is_academic_mail(d), "{d}");
        let e = normalize_email(&format!("kim.lab@{d}")).unwrap();
        assert_eq!(e.domain, None, "{d}");
        assert_eq!(e.mailbox, format!("kim.lab@{d}"));
    }
    // `.ac` and `.edu` as a company's own name or country domain stay.
    for d in [
        "acme.ac",
        "edu.com",
        "educloud.io",
        "ac-systems.co.uk",
        "ac.de",
        "edu.fr",
        "ethz-consulting.ch",
        "huawei.com",
    ] {
        assert!(!is_academic_mail(d), "{d}");
    }
}

#[test]
fn names_that_say_a_university() {
    for n in [
        "Robotics Lab, University of Berlin",
        "Schafer Lab (Particle Physics), Univ. of Berlin",
        "Universität Hamburg",
        "Université Paris-Saclay",
        "清华大学计算机系",
        "서울대학교 AI 연구실",
        "МГУ Университет",
        "Massachusetts Institute of Technology",
        "Politecnico di Milano",
    ] {
        assert!(names_university(n), "{n}");
    }
    for n in [
        "Universal Robotics Ltd",
        "Unity Compute GmbH",
        "Institute for Advanced Trading LLC",
        "Polytech Solutions",
        // A company with the word in its name is a company.
        "University Trading Ltd",
        "University Compute Group GmbH",
        "清华大学科技有限公司",
    ] {
        assert!(!names_university(n), "{n}");
    }
}

#[test]
fn handles_of_the_commonest_family_names_are_generic() {
    for m in [
        "smith@gmail.com",
        "jsmith@gmail.com",
        "j.smith@gmail.com",
        "smithj@gmail.com",
        "ychan@outlook.com",
        "satok@yahoo.co.jp",
        "parkj@hanmail.net",
        "aivanov@yandex.ru",
        "mlee@daum.net",
        "william@gmail.com",
        "davidjones@gmail.com",
        "sophie.thomas@gmail.com",
        "wang.wei@qq.com",
    ] {
        assert!(is_generic_handle(m), "{m}");
    }
    // A given name spelt out, digits, two initials, a rarer name, a
    // company's handle: specific.
    for m in [
        "jsmith1987@gmail.com",
        "johnsmithx@gmail.com",
        "jksmith@gmail.com",
        "irinaershova@mail.ru",
        "rtkachenko@mail.ru",
        "stroyinvest@163.com",
        "s@gmail.com",
        "not-an-address",
    ] {
        assert!(!is_generic_handle(m), "{m}");
    }
}

#[test]
fn mailboxes_spelt_from_names() {
    let s = mailbox_spelled_by;
    assert!(s("stroyinvest@163.com", &["Stroyinvest LLC"], &[]));
    assert!(s("stroyinvest-tech@163.com", &["OOO Stroyinvest"], &[]));
    assert!(s("huaxin@qq.com", &["华信科技有限公司"], &[]));
    assert!(s("asiatech@gmail.com", &["Asia Tech Ltd"], &[]));
    assert!(s("golden@gmail.com", &["Al Reem FZE", "golden-group"], &[]));
    assert!(s("james.smith@gmail.com", &["Acme"], &["james smith"]));
    assert!(s("smithjames@gmail.com", &["Acme"], &["james smith"]));
    assert!(s("jsmith@gmail.com", &["Acme"], &["james smith"]));
    // The initial last: `sharmas` for Srinivas Sharma.
    assert!(s("sharmas@gmail.com", &["Acme"], &["srinivas sharma"]));
    assert!(s("smithj@gmail.com", &["Acme"], &["james smith"]));
    assert!(s("weiguozhang@qq.com", &["Acme"], &["guo wei zhang"]));
    // A lone name word, however short, is as guessable
    // (`anouk@gmail.com` for two Anouks, `goh@gmail.com` for two Gohs),
    // and so is a company name that is the whole mailbox, or a mailbox
    // that starts a word run together (`prime@` for `PrimeSolutions`).
    assert!(s("smith@gmail.com", &["Acme"], &["james smith"]));
    assert!(s("anouk@gmail.com", &["Synia BV"], &["anouk bos"]));
    assert!(s("wei@qq.com", &["Acme"], &["wei zhang"]));
    assert!(s("goh@gmail.com", &["Ivan Goh"], &[]));
    assert!(s("abc@gmail.com", &["ABC Ltd"], &[]));
    assert!(s(
        "prime@gmail.com",
        &["PrimeSolutions Company Limited"],
        &[]
    ));
    // One or two letters: anyone's guess.
    assert!(s("s@gmail.com", &["Acme"], &[]));
    // Digits, another word, a short run that is not the whole mailbox,
    // a short start of a word: no guess.
    assert!(!s("stroyinvest1987@163.com", &["Stroyinvest LLC"], &[]));
    assert!(!s("jamessmithx@gmail.com", &["Acme"], &["james smith"]));
    // An initial only first or last, and of a word not spelt already.
    assert!(!s("sjsmith@gmail.com", &["Acme"], &["james smith"]));
    assert!(!s("smithjs@gmail.com", &["Acme"], &["james smith"]));
    assert!(!s("ops@gmail.com", &["Acme"], &[]));
    assert!(!s("abcd@gmail.com", &["ABC Ltd"], &[]));
    assert!(!s("pri@gmail.com", &["PrimeSolutions"], &[]));
    assert!(!s(
        "nordic@gmail.com",
        &["Stroyinvest LLC"],
        &["james smith"]
    ));
    assert!(!s("not-an-address", &["Acme"], &[]));
}

#[test]
fn unit_and_floor_words_of_portuguese_spanish_polish_vietnamese_and_indonesian() {
    let n = |s: &str| normalize_address(s).unwrap();
    // Brazil: `sala`, `conj.` / `cj.` (conjunto), `loja`, `apto` are
    // the suite, as `Room` is.
    let br = n("Av. Rio Branco, 599 - sala 585, Florianópolis - SC, 88006-684");
    assert_eq!(
        br,
        n("Room 585, 599 Avenida Rio Branco, Florianopolis SC 88006-684")
    );
    assert!(br.contains("unit585"), "{br}");
    for s in [
        "Av. Paulista, 1000 - conj. 101, São Paulo",
        "Av. Paulista, 1000 - cj. 101, São Paulo",
        "Av. Paulista, 1000, Conjunto 101, São Paulo",
    ] {
        assert!(n(s).contains("unit101"), "{s}: {}", n(s));
    }
    // Spain: `oficina`, `despacho`; Poland: `lok.`; France: `appt`.
    assert_eq!(
        n("Paseo de la Castellana 89, 3º piso, oficina 12, 28046 Madrid"),
        n("Paseo de la Castellana 89, Planta 3, Despacho 12, 28046 Madrid")
    );
    assert!(n("ul. Marszałkowska 10 lok. 5, 00-001 Warszawa").contains("unit5"));
    assert!(n("12 rue de la Paix, appt 4, 75002 Paris").contains("unit4"));
    // Vietnam: `Tầng` (north) and `Lầu` (south) are the floor, `Phòng`
    // the room; Indonesia: `Lantai`.
    assert_eq!(
        n("Tầng 18, Phòng 1805, 13 Hải Triều, Quận 1, TP. Hồ Chí Minh"),
        n("Lau 18, Phong 1805, 13 Hai Trieu, Quan 1, TP. Ho Chi Minh")
    );
    assert!(n("Tầng 12, 54 Liễu Giai, Ba Đình, Hà Nội").contains("floor12"));
    assert!(n("Menara BCA Lantai 50, Jl. Thamrin No. 1, Jakarta").contains("floor50"));
    // Only before a number: a street or a name stays a word.
    let tang = n("12 Tang Road, Singapore");
    assert!(tang.contains("tang") && !tang.contains("floor"), "{tang}");
}

#[test]
fn address_floor_unit_forms_of_more_countries() {
    let n = |s: &str| normalize_address(s).unwrap();
    // Hong Kong `Flat/Rm C`.
    assert_eq!(
        n("Unit C, 19th Floor, 391 Gloucester Road, Central"),
        n("Flat/Rm  C, 19/F., 391 Gloucester Rd, Central")
    );
    // Malaysia and Britain: `Lot 16.17`, `Suite 6-01`, Malay `Tingkat`.
    assert_eq!(
        n("Lot 16.17, Kompleks Horizon, 366 Jln. Kerinchi, Cyberjaya"),
        n("Tingkat 16, Unit 17, Kompleks Horizon, No 366, Jln. Kerinchi, Cyberjaya")
    );
    assert_eq!(
        n("Suite 6-01, Menara Pearl, 251 Jalan Sultan Ismail"),
        n("Level 6, Unit 01, Menara Pearl, No 251, Jalan Sultan Ismail")
    );
    assert!(n("Suite 22.15, 356 Old Street").contains("floor22"));
    // Without a designator, opening an address in a tower with a house
    // number of its own.
    let suite = n("Suite 32-13, Menara Suezcap, 141 Psrn. Multimedia, 50207 Kuala Lumpur");
    assert_eq!(
        suite,
        n("No. 32-13, Menara Suezcap, 141 Persiaran Multimedia, 50207 Kuala Lumpur")
    );
    assert_eq!(
        suite,
        n("32-13, 32nd Floor, Menara Suezcap, 141 Psrn Multimedia, 50207 Kuala Lumpur")
    );
    // A house-number range stays numbers.
    assert!(!n("12-14 High Street, London SW1A 1AA").contains("unit"));
    assert!(!n("3-5 Smith St, Sydney NSW 2000").contains("unit"));
    assert!(!n("12-14 Tower Street, London WC2H 9NS").contains("unit"));
    // A bare dotted number is not a floor and a unit.
    assert!(!n("12.5 Old Street").contains("floor"));
    // Turkey: Kat / K. (floor), D. / Daire / the door number after it.
    let tr = n("Atatürk Mah. Cumhuriyet Cad. No 326 Kat 31 D.3119 Konak / İzmir");
    assert_eq!(
        tr,
        n("Atatürk Mahallesi Cumhuriyet Caddesi No:326 K.31 No:3119 Konak/İzmir")
    );
    assert_eq!(
        tr,
        n("Atatürk Mahallesi Cumhuriyet Caddesi No: 326 Kat:31 Daire 3119 Konak/İzmir")
    );
    assert!(tr.contains("unit3119"), "{tr}");
    // Outside Turkey `D. 161` is a Russian house number.
    assert!(!n("г. Москва, пр-т Кутузовский, д. 161").contains("unit"));
    // Russian: transliterated endings, `per.`, `bld.`.
    assert_eq!(
        n("161 Kutuzovskii Avenue, Moscow 129402"),
        n("prospekt Kutuzovskiy, bld. 161, Moskva 129402")
    );
    assert_eq!(
        n("129402, г. Москва, пр-т Кутузовский, д. 161"),
        n("161 Kutuzovsky Avenue, Moscow 129402")
    );
    assert_eq!(
        n("pereulok Gagarinskii, d. 305, room 2426, Moscow 110897"),
        n("110897, г.Москва, пер. Гагаринский, д.305, оф. 2426")
    );
    assert_eq!(
        n("Г.ШЫМКЕНТ, УЛ. КАБАНБАЙ БАТЫРА, Д. 350"),
        n("ul. Kabanbai batyra, bld. 350, Shymkent")
    );
}

#[test]
fn organisations_are_told_from_people() {
    let o = |s: &str| normalize_organisation(s);
    assert_eq!(o("Dexfa Holdings Pte. Ltd."), Some("dexfa holding".into()));
    assert_eq!(o("DEXFA HOLDINGS LTD"), o("Dexfa Holdings Pte. Ltd."));
    assert_eq!(
        o("Sky Ventures Fund III L.P."),
        Some("fund iii sky ventures".into())
    );
    assert_eq!(o("ООО «Ромашка»"), Some("romashka".into()));
    assert_eq!(o("Lumvo Digital PTE. LTD."), o("lumvo digital pte ltd"));
    assert_ne!(o("Axentdex Holdings Ltd"), o("Axentdex Group Ltd"));
    // Nothing left but the form: no value.
    assert_eq!(o("Holdings Ltd."), Some("holding".into()));
    // One group's words, written several ways.
    assert_eq!(o("Bryanon Grup A.Ş."), o("Bryanon Group Ltd"));
    assert_eq!(o("Fumaor Gruppe GmbH"), o("Fumaor Group"));
    assert_eq!(o("Lemvyachos Trading LLC"), o("Lemvyachos Trade LLC"));
    assert_eq!(o("Chorien Holdings"), o("Chorien Holding"));
    assert_eq!(
        o("Falconbit Intl Ltd"),
        o("Falconbit International Limited")
    );
    assert_eq!(
        o("Belnor Dynamics HK Ltd"),
        o("Belnor Dynamics Hong Kong Limited")
    );
    assert_eq!(
        o("Fabyarex Holdings PJSC"),
        o("Fabyarex Holding Public Joint Stock Company")
    );
    assert_eq!(o("Ltd."), None);
    for person in [
        "Sa'id Bin Said Alqasimi",
        "Wang Wei",
        "Mohammed Ali",
        "Maria Da Costa",
        "Co Van Ly",
        "Sa Li",
        "Ag Ibrahim",
        "AS Petrova",
        "Jean-Paul Martin",
        "Беляев Леонид Фёдорович",
        "孙达宇",
    ] {
        assert_eq!(o(person), None, "{person}");
    }
}

#[test]
fn offices_written_other_ways() {
    let n = |s: &str| normalize_address(s).unwrap();
    assert_eq!(
        n("Al Attar Tower 2, Al Ittihad Road, Bur Dubai, Off. 105"),
        n("Office No. 105, Al Attar Tower 2, Al Ittihad Road, Bur Dubai")
    );
    assert!(n("Mindspace Business Center, Off. 12A, Al Moosa Bldg, Dubai").contains("unit12a"));
    assert!(n("G. Astana, Ul. Zhibek Zholy, bld. 26, of. 200c").contains("unit200c"));
    assert!(!n("Shop 3, off 5th Avenue, Dubai").contains("unit5"));
    // A direction, not an office.
    assert!(n("12 Jalan Kuching, off Jalan Ipoh, Kuala Lumpur").contains("jalan"));
    assert!(!n("12 Jalan Kuching, off Jalan Ipoh").contains("unit"));
    assert_eq!(
        n("# 04 - 22, Lucky Tower, 46 Science Park Road, Singapore 114450"),
        n("46 Science Park Road, #04-22, Lucky Tower, 114450")
    );
    assert!(n("526-ho, Floor 5, 122 Eulji-ro, Seoul 04989").contains("unit526"));
    assert_eq!(
        n("Nevsky prospekt 47, office 271, St. Petersburg 191025"),
        n("Невский пр-т, д. 47, офис 271, Санкт-Петербург 191025")
    );
    assert_eq!(
        n("prospekt Dostyk 61, office 2625, Nur-Sultan 010047"),
        n("пр. Достык, 61, офис 2625, Астана 010047")
    );
    assert_eq!(
        n("Kaiserstrasse 205, 12. OG, 57178 Cologne"),
        n("Kaiserstr. 205, 12. Obergeschoss, D-57178 Koeln")
    );
    // Administrative designators come and go.
    assert_eq!(
        n("Room 2708, 27 Floor, Kerry Tower, 2920 Zhongshan Rd., Yuexiu Dist., Guangzhou"),
        n("Room 2708, Floor 27, Kerry Tower, 2920 Zhongshan Road, Yuexiu District, Guangzhou City")
    );
    // Kana or kanji against Latin digits: the building, then its 15th
    // floor (implied by room 1522), and block 23, then the district.
    let jp = n("〒101-0730 千代田区丸の内7-10-23丸の内ビル15F 1522号室");
    assert!(jp.split(' ').any(|t| t == "biru"), "{jp}");
    assert!(jp.contains("unit1522"), "{jp}");
    assert!(jp.split(' ').any(|t| t == "23"), "{jp}");
}

#[test]
fn lines_stay_apart_in_any_script() {
    let n = |s: &str| normalize_address(s).unwrap();
    assert_eq!(
        n("Techno Hub\nBrīvības iela 91\nSuite 143\nLV-1734 Rīga"),
        n("Techno Hub, Brivibas iela 91, Suite 143, LV-1734 Riga")
    );
    assert!(n("Brīvības iela 91\nSuite 143").contains("unit143"));
}

#[test]
fn a_care_of_part_is_not_the_premises() {
    let n = |s: &str| normalize_address(s).unwrap();
    assert_eq!(
        n("c/o Registered Agent, Meydan Grandstand, 6th floor, Meydan Road, Dubai"),
        n("Meydan Grandstand, 6th floor, Meydan Road, Dubai")
    );
    assert_eq!(
        n("C/O Mail Room\nOffice 227, IT Park, Tashkent 100084"),
        n("Office 227, IT Park, Tashkent 100084")
    );
    assert_eq!(
        n("Acme Ltd, care of Harbour Services; 12 Quay St, Auckland 1010"),
        n("Acme Ltd, 12 Quay St, Auckland 1010")
    );
    // Only where a part begins with it.
    assert!(n("12 Rue C/O Something, Paris").contains("something"));
}

#[test]
fn address_variants_agree() {
    let a = normalize_address("100 Main St., Suite 400, Springfield, IL 62701-1234, USA").unwrap();
    let b = normalize_address("100 MAIN STREET STE 400 SPRINGFIELD IL 62701").unwrap();
    let c = normalize_address("Main Street 100, #400, Springfield IL 62701").unwrap();
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert!(a.contains("unit400"));
    assert!(a.contains("street"));
}

#[test]
fn address_abbreviations() {
    assert_eq!(
        normalize_address("5 Hill Rd"),
        normalize_address("5 hill road")
    );
    assert_eq!(
        normalize_address("5 Park Ave"),
        normalize_address("5 Park Avenue")
    );
    assert_eq!(
        normalize_address("5 Sunset Blvd"),
        normalize_address("5 Sunset Boulevard")
    );
    assert_ne!(
        normalize_address("5 Hill Rd"),
        normalize_address("7 Hill Rd")
    );
}

#[test]
fn address_floors_and_units() {
    let a = normalize_address("3/F, 88 Queensway, Admiralty").unwrap();
    let b = normalize_address("88 Queensway 3rd Floor Admiralty").unwrap();
    let c = normalize_address("88 Queensway, Fl 3, Admiralty").unwrap();
    let d = normalize_address("88 Queensway 3F Admiralty").unwrap();
    assert_eq!(a, b);
    assert_eq!(a, c);
    assert_eq!(a, d);
    assert!(a.contains("floor3"));
    assert_ne!(
        normalize_address("Unit 5, 1 Dock Rd"),
        normalize_address("Unit 6, 1 Dock Rd")
    );
    assert_eq!(
        normalize_address("Apt. 05, 1 Dock Rd"),
        normalize_address("unit 5 1 dock road")
    );
}

#[test]
fn address_singapore_floor_and_unit() {
    let n = |s: &str| normalize_address(s).unwrap();
    // `#40-28` is floor 40, unit 28, written either way.
    assert_eq!(
        n("246 Raffles Place #40-28 S083949"),
        n("246 Raffles Place, Level 40 Unit 28, Singapore 083949")
    );
    assert_eq!(n("1 Raffles Pl, Unit 12-03"), n("1 Raffles Place, #12-03"));
    assert!(n("1 Raffles Place, #12-03").contains("floor12"));
    assert_ne!(n("1 Raffles Place, #12-03"), n("1 Raffles Place, #12-04"));
    assert_ne!(n("1 Raffles Place, #12-03"), n("1 Raffles Place, #13-03"));
    // A plain `#` stays a unit; an odd shape is left as it was.
    assert_eq!(n("Main Street 100, #400"), n("100 Main St, Unit 400"));
    assert_eq!(n("#12-, Main St"), n("Unit 12, Main St"));
    assert!(normalize_address("#-#1234-5678-9 Ünit 5-").is_some());
}

#[test]
fn address_more_street_and_unit_words() {
    let n = |s: &str| normalize_address(s).unwrap();
    assert_eq!(
        n("833 Halaskargazi Cad., Istanbul"),
        n("833 Halaskargazi Caddesi, Istanbul")
    );
    assert_eq!(
        n("12 Barbaros Bulv., Istanbul"),
        n("12 Barbaros Bulvari, Istanbul")
    );
    assert_eq!(
        n("Nab. Fontanki 5, St Petersburg"),
        n("Naberezhnaya Fontanki 5, St Petersburg")
    );
    assert_eq!(n("318 Des Voeux Rd Ctrl"), n("318 Des Voeux Road Central"));
    assert_eq!(
        n("Schillerstraße 154, Büro 415, 53835 Berlin"),
        n("Schillerstrasse 154, Einheit 415, 53835 Berlin")
    );
    assert_eq!(
        n("Tverskaya ul. 7, pom. 12, Moscow"),
        n("Tverskaya Street 7, Office 12, Moscow")
    );
}

#[test]
fn addresses_sharing_premises() {
    let n = |s: &str| normalize_address(s).unwrap();
    let share = |a: &str, b: &str| {
        let (x, y) = (n(a), n(b));
        let keys = |t: &str| {
            let mut k = Vec::new();
            for_each_premises_key(t, &mut String::new(), |s| k.push(s.to_string()));
            k
        };
        let m = addresses_share_premises(&x, &y);
        assert_eq!(m, addresses_share_premises(&y, &x), "symmetric: {a} / {b}");
        if m {
            let (kx, ky) = (keys(&x), keys(&y));
            assert!(kx.iter().any(|k| ky.contains(k)), "shared key: {a} / {b}");
        }
        m
    };
    // The fuller spelling adds a postcode, a floor its unit implies, a
    // tower or building name, a city.
    for (a, b) in [
        (
            "Unit 2311, 833 Halaskargazi Caddesi, Istanbul",
            "833 Halaskargazi Cad., Unit 2311, 23rd Floor, Istanbul 60977",
        ),
        (
            "Flat 1514, Tower 2, 604 Providence Industrial Estate, VICTORIA, MAHÉ",
            "Unit 1514, 604 Providence Industrial Estate, Victoria, Mahé",
        ),
        (
            "Room 419, Floor 4, No. 741 Shennan Avenue, Futian District, Shenzhen 518008",
            "Room 419, 4/F, 741 Shennan Avenue, Futian District, Shenzhen",
        ),
        (
            "Suite 5, 10 Main St",
            "Suite 5, 10 Main Street, Springfield",
        ),
    ] {
        assert!(share(a, b), "{a} / {b}");
    }
    for (a, b) in [
        // No unit: a building, where many companies sit.
        ("10 Main St", "10 Main Street, Springfield 12345"),
        // Another unit, another house, another floor.
        ("Unit 5, 10 Main St", "Unit 6, 10 Main Street, Springfield"),
        ("Unit 5, 10 Main St, 12345", "Unit 5, 12 Main Street, 12345"),
        (
            "Unit 5, 3/F, 10 Main St",
            "Unit 5, 4/F, 10 Main Street, Springfield",
        ),
        // Flat 51 may be on any floor: one that one side leaves out is unknown.
        (
            "Unit 51, 38/F, 281 Century Avenue",
            "Unit 51, 281 Century Avenue",
        ),
        // Words left out on both sides: two cities.
        (
            "Unit 5, 10 Main St, Springfield",
            "Unit 5, 10 Main St, Shelbyville",
        ),
        // Too little left to compare.
        ("Unit 5, 10 Main", "Unit 5, 10 Main Street"),
        // Too much more on one side.
        (
            "Unit 5, 10 Main St",
            "Unit 5, 10 Main St, Old Town Business Park West Wing, Springfield",
        ),
        // The same spelling is not a variant's business; nor is one typo.
        ("Unit 5, 10 Main St", "unit 5 10 main street"),
    ] {
        assert!(!share(a, b), "{a} / {b}");
    }
    let mut k = Vec::new();
    for_each_premises_key(&n("Unit 7, 12 Dock Rd, 999077"), &mut String::new(), |s| {
        k.push(s.to_string())
    });
    assert_eq!(k, ["unit7 12", "unit7 999077"]);
    for_each_premises_key(&n("12 Dock Rd, 999077"), &mut String::new(), |_| {
        panic!("no unit, no key")
    });
}

#[test]
fn address_postcodes() {
    assert_eq!(
        normalize_address("10 Downing St, London SW1A 2AA"),
        normalize_address("10 Downing Street London sw1a2aa")
    );
    assert_eq!(
        normalize_address("1 Rue X, Ottawa K1A 0B1"),
        normalize_address("1 rue x ottawa k1a0b1")
    );
}

#[test]
fn address_transliterates_and_empty() {
    assert!(normalize_address("北京市海淀区中关村大街1号").is_some());
    assert_eq!(normalize_address(" ,. "), None);
}

#[test]
fn a_phone_field_with_several_numbers_gives_each() {
    let p = |s: &str, c: &str| -> Vec<String> {
        normalize_phones(s, cc(c))
            .iter()
            .map(|p| p.text().to_string())
            .collect()
    };
    assert_eq!(
        p("Tel: +852-6322-4910; Mob: +85232704999", "HK"),
        ["+85263224910", "+85232704999"]
    );
    assert_eq!(
        p("+7-985-6533063 or 8 985 111-22-33 x794", "RU"),
        ["+79856533063", "+79851112233"]
    );
    assert_eq!(p("8 985 653-30-63", "RU"), ["+79856533063"]);
    // Persian and Arabic digits.
    assert_eq!(p("۰۲۱ ۸۶۸۵-۱۰۹۴", "IR"), p("021 8685-1094", "IR"));
    assert_eq!(p("۰۲۱ ۸۶۸۵-۱۰۹۴", "IR"), ["+982186851094"]);
    assert_eq!(p("٠٥٠ ١٢٣ ٤٥٦٧", "AE"), ["+971501234567"]);
    // The calling code written without `+`, before a full national
    // number; a national number alone that starts with the code's
    // digits stays national.
    assert_eq!(p("7 7172 24 31 05", "KZ"), ["+77172243105"]);
    assert_eq!(p("8 7172 24 31 05", "KZ"), ["+77172243105"]);
    assert_eq!(p("7172 24 31 05", "KZ"), ["+77172243105"]);
    assert_eq!(p("374 10 99 22 48", "AM"), ["+37410992248"]);
    assert_eq!(p("852 2823 2446", "HK"), ["+85228232446"]);
    assert_eq!(p("2823 2446", "HK"), ["+85228232446"]);
    assert_eq!(p("44 161 247 8904", "GB"), ["+441612478904"]);
    assert_eq!(p("971 52 952 5387", "AE"), ["+971529525387"]);
    assert_eq!(p("86 20 3109 8130", "CN"), ["+862031098130"]);
    // Another country's number, written so in a record.
    assert_eq!(p("86 27 8358 4854", "HK"), ["+862783584854"]);
    assert_eq!(p("1 720 418 3124", "NL"), ["+17204183124"]);
    assert_eq!(p("86 136 4747 7259", "SG"), ["+8613647477259"]);
    // A Chinese mobile written alone in China stays Chinese.
    assert_eq!(p("139 2346 4446", "CN"), ["+8613923464446"]);
    // Belarus dials `8 0..`: both digits are the trunk prefix.
    assert_eq!(p("8 029 710-88-67", "BY"), ["+375297108867"]);
    assert_eq!(p("375 29 710 88 67", "BY"), ["+375297108867"]);
    assert_eq!(
        p("Office: 00971 4 681-6943\nMobile: +971 (4) 2806360", "AE"),
        ["+97146816943", "+97142806360"]
    );
    assert_eq!(
        p("тел.: +65 (6516) 4159; моб.: 6651 9284", "SG"),
        ["+6565164159", "+6566519284"]
    );
    assert_eq!(
        p("+357 96 60 04 15 / 2234 3070", "CY"),
        ["+35796600415", "+35722343070"]
    );
    // A short part is an area code before a slash, an extension after a
    // comma; neither is a number of its own.
    assert_eq!(p("089/36677016", "DE"), ["+498936677016"]);
    assert_eq!(p("+852 23766750,778", "HK"), ["+85223766750"]);
    assert_eq!(p("010-72009819;ext=549", "KR"), p("010-72009819", "KR"));
    // One number, labelled.
    assert_eq!(p("Mobile: +971 50 123 4567", "AE"), ["+971501234567"]);
    assert_eq!(p("tel:+1-(646)-606-1593", "US"), ["+16466061593"]);
    // The same number twice counts once; at most four are read.
    assert_eq!(
        p("+44 20 7946 0000, 020 7946 0000", "GB"),
        ["+442079460000"]
    );
    assert_eq!(
        p(
            "+4420794600001;+4420794600002;+4420794600003;+4420794600004;+4420794600005",
            "GB"
        )
        .len(),
        MAX_PHONES_PER_FIELD
    );
    assert!(p("n/a", "GB").is_empty());
}

#[test]
fn phone_to_e164() {
    let e = |s: &str, c: &str| normalize_phone(s, cc(c)).unwrap();
    assert_eq!(
        e("010 6552 9988", "CN"),
        Parsed::Canonical("+861065529988".into())
    );
    assert_eq!(
        e("+86 10 6552-9988", "US"),
        Parsed::Canonical("+861065529988".into())
    );
    assert_eq!(
        e("0086 10 6552 9988", "DE"),
        Parsed::Canonical("+861065529988".into())
    );
    assert_eq!(e("(415) 555-0132", "US"), e("+1 415 555 0132", "CN"));
    assert_eq!(
        e("020 7946 0018", "GB"),
        Parsed::Canonical("+442079460018".into())
    );
    assert_eq!(e("1-415-555-0132", "US"), e("+1 415 555 0132", "CN"));
    assert_eq!(
        e("011 86 10 6552 9988", "US"),
        Parsed::Canonical("+861065529988".into())
    );
    assert_eq!(
        e("8 495 123 45 67", "RU"),
        Parsed::Canonical("+74951234567".into())
    );
    assert_eq!(
        e("+44 (0)20 7946 0018", "US"),
        Parsed::Canonical("+442079460018".into())
    );
}

#[test]
fn unit_designators_doubled_or_numbered() {
    assert_eq!(
        normalize_address(
            "FLAT/RM 1710, FLR 17, OVERSEAS MANSION, NO. 108 WANG CHIU STREET, KWUN TONG, HK"
        )
        .unwrap(),
        normalize_address(
            "Flat 1710, 17F, Overseas Mansion, 108 Wang Chiu St., Kwun Tong, Hong Kong"
        )
        .unwrap()
    );
    assert_eq!(
        normalize_address("Office No. 2408, Harbour Bldg., Al Garhoud Rd., Abu Dhabi, United Arab Emirates, P.O. Box 25899").unwrap(),
        normalize_address("Unit  2408, Floor 24, Harbour Building, Al Garhoud Road, Abu Dhabi, U.A.E.").unwrap()
    );
    // The box goes with premises in a named building, also when the
    // building word is misspelt: both spellings keep the same numbers.
    for tower in ["Tower", "Twer"] {
        let a = normalize_address(&format!(
            "Office 3806, {tower} J, Jumeirah Lake Towers, Dubai, PO Box 5683"
        ))
        .unwrap();
        assert!(!a.contains("pobox"), "{a}");
    }
    assert_eq!(
        normalize_address("Suite 501, Prosperity House, Al Quoz Street, Dubai, UAE").unwrap(),
        normalize_address("Office  No. 501, Prosperity House, Al Quoz Street, Dubai").unwrap()
    );
}

#[test]
fn malay_and_turkish_street_words() {
    assert_eq!(
        normalize_address("12 Jln Ampang, 50450 Kuala Lumpur").unwrap(),
        normalize_address("12 Jalan Ampang, 50450 Kuala Lumpur").unwrap()
    );
    assert_eq!(
        normalize_address("Bagdat Cd. No: 45, Kadikoy, Istanbul").unwrap(),
        normalize_address("Bagdat Caddesi No 45, Kadikoy, Istanbul").unwrap()
    );
}

#[test]
fn a_floor_the_unit_number_says_is_dropped() {
    let a = normalize_address("Unit 2101, 478 Spyrou Kyprianou Avenue, Limassol 5278").unwrap();
    let b = normalize_address("478 Spyrou Kyprianou Av., Unit 2101, 21st Floor, Limassol 5278")
        .unwrap();
    assert_eq!(a, b);
    assert_eq!(
        normalize_address("Rm 2023, 20F, 82 Dongfang Rd").unwrap(),
        normalize_address("Room 2023, 20th Floor, 82 Dongfang Road").unwrap()
    );
    // A flat letter or a unit that is not floor-first keeps the floor.
    assert_ne!(
        normalize_address("Flat A, 12/F, 88 Queensway").unwrap(),
        normalize_address("Flat A, 15/F, 88 Queensway").unwrap()
    );
    assert_ne!(
        normalize_address("Unit 301, 5/F, 88 Queensway").unwrap(),
        normalize_address("Unit 301, 88 Queensway").unwrap()
    );
}

#[test]
fn phone_national_numbers_of_offshore_centres_and_foreign_forms() {
    let vg = Some(CountryCode::parse("VG").unwrap());
    assert_eq!(
        normalize_phone("(284) 496-3325", vg).unwrap().text(),
        "+12844963325"
    );
    let sc = Some(CountryCode::parse("SC").unwrap());
    assert_eq!(
        normalize_phone("4 347 769", sc).unwrap().text(),
        "+2484347769"
    );
    // The calling code written without `+` or `00`, as agents print
    // their switchboard: one number with the national form.
    for (given, cc, e164) in [
        ("2484831220", "SC", "+2484831220"),
        ("248 4831220", "SC", "+2484831220"),
        ("692 625 8686", "MH", "+6926258686"),
        ("356 2123 4567", "MT", "+35621234567"),
        ("501 223 4567", "BZ", "+5012234567"),
    ] {
        let c = Some(CountryCode::parse(cc).unwrap());
        assert_eq!(normalize_phone(given, c).unwrap().text(), e164, "{given}");
    }
    // A British number written nationally in a US record is no US
    // number: kept as given, not made into a wrong `+1`.
    let us = Some(CountryCode::parse("US").unwrap());
    assert_eq!(
        normalize_phone("0161-9850177", us),
        Some(Parsed::Literal("0161-9850177".into()))
    );
}

#[test]
fn phone_unparseable_is_literal() {
    assert_eq!(
        normalize_phone("ext 12", None),
        Some(Parsed::Literal("ext 12".into()))
    );
    assert_eq!(
        normalize_phone("6552 9988", None),
        Some(Parsed::Literal("6552 9988".into()))
    );
    assert_eq!(
        normalize_phone("12", cc("CN")),
        Some(Parsed::Literal("12".into()))
    );
    assert_eq!(normalize_phone("call me", None), None);
    assert_eq!(normalize_phone("   ", None), None);
}

#[test]
fn phone_placeholders_are_no_phone() {
    for filler in [
        "0000000000",
        "+1 111-111-1111",
        "+44 0000000",
        "8 (000) 000-00-00",
        "1234567890",
        "987654321",
        "000-0000 ext. 12",
        "000",
        "123456",
    ] {
        assert_eq!(normalize_phone(filler, cc("US")), None, "{filler}");
    }
    // A real number with a run or a repeat inside, not at its end.
    assert!(normalize_phone("+1 212 555 0123", None).is_some());
    assert!(normalize_phone("+852 2345 6780", None).is_some());
    assert!(normalize_phone("050 123 4567", cc("AE")).is_some());
    assert!(normalize_phone("+7 495 000-00-17", None).is_some());
    // The keypad after a real calling code is filler too; a run after
    // an area code is a number.
    for filler in [
        "+65 1234 5678",
        "+33 1 23 45 67 89",
        "+1 (234) 567-8901",
        "+852 9876 5432",
        "6512345678",
    ] {
        assert_eq!(normalize_phone(filler, cc("SG")), None, "{filler}");
    }
    for real in ["+44 20 1234 5678", "+65 6123 4567", "+49 89 1234567"] {
        assert!(normalize_phone(real, None).is_some(), "{real}");
    }
}

#[test]
fn chinese_road_and_area_names_read_as_english_addresses_write_them() {
    let n = |s: &str| normalize_address(s).unwrap();
    let words = |s: &str| -> Vec<String> { n(s).split(' ').map(String::from).collect() };
    let cn = words("深圳市南山区深南大道9号802室");
    for w in ["shenzhen", "nanshan", "shennan", "avenue", "9", "unit802"] {
        assert!(cn.contains(&w.to_string()), "{w} in {cn:?}");
    }
    let en = words("Room 802, No. 9 Shennan Avenue, Nanshan District, Shenzhen");
    for w in ["shenzhen", "nanshan", "shennan", "avenue", "9", "unit802"] {
        assert!(en.contains(&w.to_string()), "{w} in {en:?}");
    }
    // Roads, streets and subdistricts: every word of the English
    // spelling is in the Chinese one.
    for (cn, en) in [
        (
            "北京市海淀区中关村大街1号",
            "No. 1 Zhongguancun Street, Haidian District, Beijing",
        ),
        (
            "上海市徐汇区漕溪北路88号",
            "88 Caoxibei Road, Xuhui District, Shanghai",
        ),
        (
            "深圳市南山区粤海街道科技路1号",
            "1 Keji Road, Yuehai Subdistrict, Nanshan District, Shenzhen",
        ),
    ] {
        let c = words(cn);
        for w in words(en) {
            assert!(c.contains(&w), "{w} in {c:?}");
        }
    }
    // A suffix or the country left out, or a space between names: the
    // same words (the suffixes' own English words aside).
    let places = |s: &str| -> Vec<String> {
        let mut w: Vec<String> = words(s)
            .into_iter()
            .filter(|w| !matches!(w.as_str(), "district" | "street" | "road" | "avenue"))
            .collect();
        w.sort();
        w
    };
    for (short, full) in [
        (
            "北京海淀区中关村大街1号301室",
            "北京市海淀区中关村大街1号301室",
        ),
        (
            "北京 海淀区 中关村大街1号301室",
            "北京市海淀区中关村大街1号301室",
        ),
        ("广东深圳南山区深南大道9号", "广东省深圳市南山区深南大道9号"),
        (
            "中国广东省深圳市南山区深南大道9号",
            "广东省深圳市南山区深南大道9号",
        ),
        ("上海徐汇区漕溪北路88号", "上海市徐汇区漕溪北路88号"),
    ] {
        assert_eq!(places(short), places(full), "{short} / {full}");
    }
    // A building's name is read as words too; its room stays a room.
    let tower = words("弘越国际大厦3028室");
    assert!(tower.contains(&"unit3028".to_string()), "{tower:?}");
    // Japanese is read otherwise: kana leave the text as it was.
    let jp = n("東京都千代田区丸の内1-9-1");
    assert!(!jp.contains("district"), "{jp}");
}

#[test]
fn placeholder_mailboxes_are_no_mail() {
    for m in [
        "test@gmail.com",
        "NA@na.com",
        "none@none.com",
        "a@a.com",
        "test@test.com",
        "admin@admin.com",
        "noreply@gmail.com",
        "ops@example.com",
        "kim@acme.test",
        "ops@gmail.com",
        "billing@qq.com",
    ] {
        assert!(normalize_email(m).is_none(), "{m}");
    }
    // A company's own admin mailbox, and names at free mail, are mail.
    for m in [
        "admin@acme.com",
        "test@testlab.io",
        "wei@gmail.com",
        "na@acme.com",
        "billing@acme.com",
    ] {
        assert!(normalize_email(m).is_some(), "{m}");
    }
}

#[test]
fn mail_drops_and_coworking_operators_are_named() {
    let a = |s: &str| normalize_address(s).unwrap_or_else(|| panic!("{s}"));
    for s in [
        "Anytime Mailbox, Damrak 380, 5603 LG Eindhoven",
        "Mail Boxes Etc., 4058 Western Place, Ann Arbor, MI 48181",
    ] {
        assert_eq!(
            shared_workspace(&a(s)),
            Some(SharedWorkspace::MailDrop),
            "{s}"
        );
    }
    // A private mailbox's number is its unit: one renter's box.
    assert!(a("PMB 204, 2810 N Church St, Wilmington, DE 19802").contains("unit204"));
    for s in [
        "Regus, Level 12, 1 Raffles Place, Singapore 048616",
        "WeWork, 8 Devonshire Square, London EC2M 4PL",
        "Virtual Office, 20 Collyer Quay, Singapore",
        "Awfis, Unit 79, Menara KLCC, 50088 Kuala Lumpur",
        "Impact Hub, Suite 3, 12 Main St, Tokyo",
        "naked Hub, 5F, 200 West Yan'an Road, Shanghai",
        "Compass Offices, Suite 2107, 1 Otemachi, Tokyo",
        "Industrious, 900 Cambridge Road, Unit 7, Cambridge",
    ] {
        assert_eq!(shared_workspace(&a(s)), Some(SharedWorkspace::Desks), "{s}");
    }
    for s in [
        "Keizersgracht 214, 1016 DZ Amsterdam",
        // Office buildings named with the generic words.
        "Hub Tower, 12 Main St, Unit 3, Tokyo",
        "Impact House, 5 Station Road, Leeds",
    ] {
        assert_eq!(shared_workspace(&a(s)), None, "{s}");
    }
}

#[test]
fn accountants_and_agents_domains_are_told_from_companies() {
    for d in [
        "santosoaccounting.com",
        "celikcpa.com.tr",
        "kariukitax.co.ke",
        "formations-hk.com",
        "company-secretary-hk.com.hk",
        "secretarial-mail.sg",
        "registeredagent-mail.com",
        "fiduciary-post.com.cy",
        "spt-agents.sc",
        "majuro-registry.com",
        "wyoming-registered.com",
        "hkcosec.com.hk",
        "admiralty-corpsvc.hk",
        "jlt-companysetup.ae",
        "circular-virtualoffice.sg",
        "apex-incorporations.com",
        "epochdata-bizcentre.net",
        "kowloon-systems-formation.hk",
        "mahe-corporate.com",
        "spcfz-setup.ae",
        "hkcorpsec.com.hk",
        "indiafilings-mail.com",
        "nl-domicile.com",
        "ist-muhasebe.com.tr",
        "buhuslugi-msk.ru",
        "mueller-steuerberatung.de",
        "expert-comptable-lyon.fr",
        "shenzhen-kuaiji.cn",
        "qianhai-mishu.com",
        "kaisha-setsuritsu.jp",
        "trustoffice-amsterdam.nl",
        "zug-domizil.ch",
        "londoncosec.co.uk",
        "asiacosec.com",
        "klsecretarial.com.my",
        "formations-direct.co.uk",
        "uae-setup.ae",
        "nicosia-nominees.com",
        "kr-bizsupport.co.kr",
        "registeredagentsinc.com",
        "cosec-asia.com",
        "sgcorpsec.com.sg",
        "ifza-agents.com",
        "vn-accounting.vn",
    ] {
        assert!(is_service_provider_domain(d), "{d}");
    }
    for d in [
        "xenixinformation.ru",
        "dataxar.io",
        "bitaxtra-cloud.com",
        "acme.com",
        "registrar-ai.com",
        "agentsmith-labs.io",
        "deepagents.ai",
        "giftregistry.com",
        "unregistered.io",
        "cosecha-foods.com",
        "cosecure.io",
        "corporatebank.com",
        "setupwizard.io",
        "acme-corp.com",
        "deformation-labs.com",
        "buhler.com",
        "notable.io",
        // `Yuanxin Corp`, not an incorporation agent.
        "yuanxincorp.com",
        "aideadomicile.fr",
        "seniorendomizil-berlin.de",
        "contadores-agua.es",
        "erejestracja.pl",
        "xiaomishu.com",
    ] {
        assert!(!is_service_provider_domain(d), "{d}");
    }
}

#[test]
fn a_company_secretarys_mailbox_is_told_from_a_companys() {
    for m in [
        "corpsec@almajdlabscs.com",
        "Corpsec@yuehing-tradingcs.net",
        "co.sec@harbour.com.hk",
        "company-secretary@abc.sg",
        "formations2@xyz.co.uk",
    ] {
        assert!(is_agent_role_mailbox(m), "{m}");
    }
    for m in [
        "info@almajdlabscs.com",
        "corpsec@gmail.com",
        "secretary@acme.com",
        "corpsecurity@acme.com",
        "no-at-sign",
    ] {
        assert!(!is_agent_role_mailbox(m), "{m}");
    }
}

#[test]
fn a_misspelt_free_mail_domain_is_free_mail() {
    for typo in [
        "outlok.com",
        "gmial.com",
        "gmai.com",
        "yahooo.com",
        "hotmial.co.uk",
        "yandx.ru",
    ] {
        assert!(is_free_mail(typo), "{typo}");
    }
    // Two edits, or a short brand, or a company's own domain.
    for company in [
        "outback.io",
        "lcloud.com",
        "gmbh.de",
        "lives.com",
        "goodmail.com",
        "yahoo-labs.com",
    ] {
        assert!(!is_free_mail(company), "{company}");
    }
}

#[test]
fn email_domain_and_free_mail() {
    let e = normalize_email("  John.Doe+gpu@Mail.Acme-Corp.co.uk ").unwrap();
    assert_eq!(e.domain.as_deref(), Some("acme-corp.co.uk"));
    assert_eq!(e.mailbox, "john.doe@acme-corp.co.uk");
    let g = normalize_email("j.o.h.n@gmail.com").unwrap();
    assert_eq!(g.domain, None);
    assert_eq!(g.mailbox, "john@gmail.com");
    for d in ["qq.com", "163.com", "outlook.com", "yahoo.com", "proton.me"] {
        assert_eq!(
            normalize_email(&format!("xiaoming88@{d}")).unwrap().domain,
            None,
            "{d}"
        );
    }
    assert_eq!(normalize_email("no-at-sign"), None);
}

#[test]
fn website_registrable_domain() {
    assert_eq!(
        normalize_website("https://www.Example.co.uk/about?x=1").as_deref(),
        Some("example.co.uk")
    );
    assert_eq!(
        normalize_website("shop.example.com:8080").as_deref(),
        Some("example.com")
    );
    assert_eq!(
        normalize_website("http://foo.github.io/").as_deref(),
        Some("foo.github.io")
    );
    assert_eq!(normalize_website("n/a"), None);
    // A university's site, its labs' and its professors' pages.
    for academic in [
        "https://www.ox.ac.uk/ml",
        "cuhk.edu.hk",
        "http://www.cs.mit.edu/~wang",
        "ethz.ch/en/research",
    ] {
        assert_eq!(normalize_website(academic), None, "{academic}");
    }
    // A company whose name a school's `.com` domain also is, a
    // bootcamp on `.io`, a throwaway mail service on `.edu.pl`.
    assert_eq!(
        normalize_website("https://www.crescent.com").as_deref(),
        Some("crescent.com")
    );
    for d in ["crescent.com", "oclock.io", "outlook.edu.pl", "govtech.com"] {
        assert!(!is_university_domain(d), "{d}");
    }
    // Governments' agencies and laboratories: no domain evidence, and
    // their networks are a campus's.
    for d in [
        "nasa.gov",
        "meti.go.jp",
        "bund.de",
        "interieur.gouv.fr",
        "nrc-cnrc.gc.ca",
    ] {
        assert!(is_university_domain(d), "{d}");
        assert_eq!(
            normalize_email(&format!("a.b@{d}")).unwrap().domain,
            None,
            "{d}"
        );
    }
    for d in [
        "ox.ac.uk",
        "mit.edu",
        "ethz.ch",
        "uwaterloo.ca",
        "kist.re.kr",
        // Research organisations without an academic suffix.
        "cas.cn",
        "mpg.de",
        "cnrs.fr",
    ] {
        assert!(is_university_domain(d), "{d}");
    }
    // ... but not their namesakes elsewhere or their subdomains' lookalikes.
    for d in ["cas.com", "mpg.com", "notcas.cn"] {
        assert!(!is_university_domain(d), "{d}");
    }
}

#[test]
fn platform_tenants_are_their_own_sites() {
    let web = |s: &str| normalize_website(s);
    let w = |s: &str| Some(s.to_string());
    // Tenants the public suffix list does not separate.
    assert_eq!(
        normalize_email("Tech@Xingyu.onmicrosoft.com").unwrap(),
        NormalEmail {
            mailbox: "tech@xingyu.onmicrosoft.com".into(),
            domain: w("xingyu.onmicrosoft.com"),
        }
    );
    assert_ne!(
        normalize_email("tech@orbit97.onmicrosoft.com")
            .unwrap()
            .mailbox,
        normalize_email("tech@xingyu.onmicrosoft.com")
            .unwrap()
            .mailbox
    );
    assert_eq!(
        web("https://acme.wordpress.com/about"),
        w("acme.wordpress.com")
    );
    assert_eq!(web("www.acme.wordpress.com"), w("acme.wordpress.com"));
    assert_eq!(
        web("stellarnova.sys.business.site"),
        w("stellarnova.sys.business.site")
    );
    assert_eq!(
        web("http://hxtech.en.alibaba.com/"),
        w("hxtech.en.alibaba.com")
    );
    assert_eq!(web("hxtech.alibaba.com"), w("hxtech.alibaba.com"));
    // The platform itself, and a mail host of the platform's own.
    assert_eq!(web("https://wordpress.com"), w("wordpress.com"));
    assert_eq!(web("www.alibaba.com"), w("alibaba.com"));
    assert_eq!(
        normalize_email("sales@alibaba.com").unwrap().domain,
        w("alibaba.com")
    );
    // Listed suffixes are unchanged.
    assert_eq!(web("acme.wixsite.com/home"), w("acme.wixsite.com"));
    // The longer platform first; the platform's own hosts are the
    // platform.
    assert_eq!(web("acme.my.canva.site"), w("acme.my.canva.site"));
    assert_eq!(platform_page_name("acme.my.canva.site"), Some("acme"));
    assert_eq!(
        normalize_email("it@acme.mail.onmicrosoft.com")
            .unwrap()
            .domain,
        w("acme.mail.onmicrosoft.com")
    );
    assert_eq!(
        web("https://item.taobao.com/item.htm?id=1"),
        w("taobao.com")
    );
    assert_eq!(web("login.alibaba.com"), w("alibaba.com"));
}

#[test]
fn people_are_told_from_companies_by_their_names() {
    for n in [
        "Ivan Petrov",
        "Wang Wei",
        "Maria José García López",
        "Дмитрий Алексеев",
    ] {
        assert!(is_person_name(n), "{n}");
    }
    for n in [
        "Acme Ltd",
        "ООО «Вектор»",
        "华信科技有限公司",
        "株式会社グローバル",
        "Global Tech",
        "Nova",
        "Orion Data Systems",
        "Kim & Partners",
    ] {
        assert!(!is_person_name(n), "{n}");
    }
}

#[test]
fn hangul_names_read_as_their_pages_are_written() {
    let names = hangul_page_names("(주)새벽랩스");
    assert!(names.contains(&"saebyeok".to_string()), "{names:?}");
    assert!(hangul_page_names("한빛에이아이 주식회사").contains(&"hanbit".to_string()));
    assert!(hangul_page_names("주식회사 태양").contains(&"taeyang".to_string()));
    // One syllable is no name; Latin text gives nothing.
    assert!(hangul_page_names("빛").is_empty());
    assert!(hangul_page_names("Saebyeok Compute").is_empty());
}

#[test]
fn platform_page_names() {
    for (site, page) in [
        ("acme.wixsite.com", Some("acme")),
        ("acme.onmicrosoft.com", Some("acme")),
        ("hx.tech.en.alibaba.com", Some("hx.tech")),
        ("linkedin.com/company/acme-ai", Some("acme-ai")),
        ("t.me/acme", Some("acme")),
        ("acme.com", None),
        ("wixsite.com", None),
        ("notwixsite.com", None),
    ] {
        assert_eq!(platform_page_name(site), page, "{site}");
    }
}

#[test]
fn pages_on_social_networks_are_their_owners_sites() {
    let web = |s: &str| normalize_website(s);
    let w = |s: &str| Some(s.to_string());
    assert_eq!(
        web("https://www.linkedin.com/company/Acme-AI/about/"),
        w("linkedin.com/company/acme-ai")
    );
    assert_eq!(
        web("linkedin.com/company/acme-ai"),
        web("https://uk.linkedin.com/company/acme-ai?trk=x")
    );
    assert_eq!(web("https://t.me/AcmeCompute"), w("t.me/acmecompute"));
    assert_eq!(web("t.me/@acmecompute"), w("t.me/acmecompute"));
    assert_eq!(
        web("https://sites.google.com/view/acme-gpu/home"),
        w("google.com/sites/view/acme-gpu")
    );
    assert_eq!(
        web("https://www.facebook.com/profile.php?id=1000123&ref=x"),
        w("facebook.com/profile.php?id=1000123")
    );
    assert_eq!(web("fb.com/acmeltd/"), w("fb.com/acmeltd"));
    assert_eq!(
        web("https://youtube.com/@AcmeAI/videos"),
        w("youtube.com/acmeai")
    );
    // Pages that name no one are the platform.
    for s in [
        "https://www.facebook.com/",
        "facebook.com/sharer.php?u=x",
        "https://www.linkedin.com/feed/",
        "linkedin.com",
        "https://sites.google.com/",
        "https://t.me/",
        "t.me/@",
    ] {
        assert_eq!(
            web(s).map(|d| d.contains('/')),
            Some(false),
            "{s}: {:?}",
            web(s)
        );
    }
    // Any other site is its domain, whatever the path.
    assert_eq!(web("https://acme.com/company/x"), w("acme.com"));
    // Pages of the platform, files and empty ids name no one.
    for s in [
        "https://www.facebook.com/events/123456/",
        "https://t.me/joinchat/AAAAAE1x",
        "https://www.facebook.com/permalink.php?story_fbid=1&id=2",
        "facebook.com/profile.php?id=",
        "https://www.instagram.com/p/Cx1Y2/",
        "https://www.zhihu.com/question/123",
        "https://x.com/i/status/1",
    ] {
        assert_eq!(
            web(s).map(|d| d.contains('/')),
            Some(false),
            "{s}: {:?}",
            web(s)
        );
    }
    // A query before any path is no path; a preview is the channel;
    // names in other scripts are lower case too.
    assert_eq!(web("t.me?x=/acme"), w("t.me"));
    assert_eq!(web("https://t.me/s/AcmeCompute"), w("t.me/acmecompute"));
    assert_eq!(web("vk.com/Компания"), web("vk.com/компания"));
    assert_eq!(
        web("https://www.douyin.com/user/MS4wLjAB"),
        w("douyin.com/user/ms4wljab")
    );
}

#[test]
fn ip_and_prefix() {
    let v4 = normalize_ip(" 203.0.113.77 ").unwrap();
    assert_eq!(v4.address, Parsed::Canonical("203.0.113.77".into()));
    assert_eq!(v4.prefix.as_deref(), Some("203.0.113.0/24"));
    // Zero-padded octets are decimal, with or without a port.
    for padded in ["203.000.113.077", "203.0.113.077:8443"] {
        assert_eq!(normalize_ip(padded).unwrap(), v4, "{padded}");
    }
    assert_eq!(
        normalize_ip("256.1.1.1").unwrap().address,
        Parsed::Literal("256.1.1.1".into())
    );
    assert_eq!(
        normalize_ip("1.2.3").unwrap().address,
        Parsed::Literal("1.2.3".into())
    );
    let v6 = normalize_ip("2001:0db8:85a3:0000:0000:8a2e:0370:7334").unwrap();
    // An IPv6 login is its /64: privacy extensions rotate the rest.
    assert_eq!(v6.address, Parsed::Canonical("2001:db8:85a3::/64".into()));
    assert_eq!(v6.prefix.as_deref(), Some("2001:db8:85a3::/48"));
    assert_eq!(
        normalize_ip("2001:db8:85a3:0:d1f3:77ab:19:2")
            .unwrap()
            .address,
        v6.address
    );
    assert_ne!(
        normalize_ip("2001:db8:85a3:1::8a2e:370:7334")
            .unwrap()
            .address,
        v6.address
    );
    assert_eq!(normalize_ip("2001:db8:85a3::/64").unwrap(), v6);
    let mapped = normalize_ip("::ffff:198.51.100.1").unwrap();
    assert_eq!(mapped.prefix.as_deref(), Some("198.51.100.0/24"));
    let bad = normalize_ip("10.0.0.999").unwrap();
    assert_eq!(bad.address, Parsed::Literal("10.0.0.999".into()));
    assert_eq!(bad.prefix, None);
}

#[test]
fn ssh_keys() {
    assert_eq!(
        normalize_ssh_key("sha256:AbC+/x=").as_deref(),
        Some("SHA256:AbC+/x")
    );
    assert_eq!(
        normalize_ssh_key("16:27:AC:A5:76:28:2D:36:63:1B:56:4D:EB:DF:A6:48"),
        normalize_ssh_key("md5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48")
    );
    assert_eq!(
        normalize_ssh_key("ssh-ed25519 AAAAC3Nza alice@laptop").as_deref(),
        Some("ssh-ed25519 AAAAC3Nza")
    );
    // `ssh-keygen -l` lines: size, fingerprint, comment, type. One key
    // pasted from two machines is one key.
    for s in [
        "256 SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU deploy@ci (ED25519)",
        "256 SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU dev@macbook-pro.local (ED25519)",
        "SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU dev@macbook-pro.local",
        "SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU",
    ] {
        assert_eq!(
            normalize_ssh_key(s).as_deref(),
            Some("SHA256:cRzsClg+Hd+NNaUhwL7R6dyvQiLJbmZfNOLOUOHihTU"),
            "{s}"
        );
    }
    assert_eq!(
        normalize_ssh_key("2048 MD5:16:27:AC:A5:76:28:2D:36:63:1B:56:4D:EB:DF:A6:48 ci (RSA)"),
        normalize_ssh_key("16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48")
    );
}

#[test]
fn registration_and_payment() {
    assert_eq!(
        normalize_registration_id(" 9111-0108 mA01 ").as_deref(),
        Some("91110108MA01")
    );
    assert_eq!(normalize_registration_id("N/A"), None);
    assert_eq!(normalize_registration_id("00000000"), None);
    assert_eq!(
        normalize_payment_fingerprint(" fp_Ab12Cd "),
        Some("fp_ab12cd".into())
    );
    assert_eq!(normalize_payment_fingerprint("none"), None);
}

#[test]
fn registration_statuses_and_digit_runs_are_no_number() {
    for v in [
        "APPLIED FOR",
        "in progress",
        "Not registered",
        "EIN pending",
        "123456789",
        "0123456789",
        "987654321",
        "Reg. No. 123456",
    ] {
        assert_eq!(normalize_registration_id(v), None, "{v}");
    }
    // Real numbers with a short run, or a run inside other digits, stay.
    for v in [
        "12345",
        "1234568",
        "HRB 123456 B",
        "12345679",
        "HE 123456",
        "00123456",
    ] {
        assert!(normalize_registration_id(v).is_some(), "{v}");
    }
}

#[test]
fn payment_methods_are_no_fingerprint() {
    for v in [
        "manual_invoice",
        "Bank Transfer",
        "PAYPAL",
        "Invoice",
        "wire-transfer",
        "ManualInvoice",
        "CREDIT CARD",
    ] {
        assert_eq!(normalize_payment_fingerprint(v), None, "{v}");
    }
    // Stripe's test-mode tokens, and the fingerprint its API reference
    // prints for the test card 4242 4242 4242 4242.
    for v in [
        "tok_visa",
        "pm_card_visa",
        "PM_CARD_MASTERCARD",
        "tok_chargeDeclined",
        "tok_visa_debit",
        "Xt5EWLLDS7FJjR1c",
        "xt5ewllds7fjjr1c",
    ] {
        assert_eq!(normalize_payment_fingerprint(v), None, "{v}");
    }
    // Processor fingerprints and tokens, with or without digits, stay:
    // live ids carry digits.
    for v in [
        "tok_1N3T00LkdIwHu7ixt44h1F8k",
        "pm_1MqLiJLkdIwHu7ixUEgbFdYF",
        "XtqEWLLDSbFJjRhc",
        "fp_MNnnDfQSftOCkjNv",
        "card-7f3a",
        "fp_shared_1",
        "bqwmkdz",
        "PAYERIDQWERTYU",
        "fp_abcdefgh",
    ] {
        assert!(normalize_payment_fingerprint(v).is_some(), "{v}");
    }
}

#[test]
fn address_designator_typos() {
    let n = |s: &str| normalize_address(s).unwrap();
    assert_eq!(n("Suxte 400, 1 Dock Rd"), n("Suite 400, 1 Dock Rd"));
    assert_eq!(n("Flor 12, 1 Dock Rd"), n("12/F, 1 Dock Rd"));
    assert_eq!(n("Uint 7, 1 Dock Rd"), n("Unit 7, 1 Dock Rd"));
    assert_eq!(n("Levle 3, 1 Dock Rd"), n("Level 3, 1 Dock Rd"));
    assert!(
        n("12 Lever Street").contains("lever"),
        "a street after a number"
    );
    assert!(n("12 Flood Street").contains("flood"));
    assert!(n("Route 66, Dock Rd").contains("route"));
}

#[test]
fn address_keys_meet_on_typos() {
    let n = |s: &str| normalize_address(s).unwrap();
    let k = |s: &str| address_keys(&n(s));
    let share = |a: &str, b: &str| k(a).iter().any(|x| k(b).contains(x));
    let may = |a: &str, b: &str| addresses_may_match(&n(a), &n(b));
    let base = "Unit 12A, 3/F, 88 Hennessy Road, Wan Chai, 999077";
    for typo in [
        "Unit 12A, 3/F, 88 Hennesy Road, Wan Chai, 999077",
        "Unit 12A, 3/F, 88 Henessy Road, Wan Chai, 999077",
        "unit 12a 3f 88 hennessy raod wan chai 999077",
        "Unit 12A, 3/F, 88 Hennessy Road, Wan Chia, 999077",
        "Unit 12A, 3/F, 88 Xennessy Road, Wan Chai, 999077",
        "Unit 12A, 3/F, 88 Hennessyy Road, Wan Chai, 999077",
    ] {
        assert!(share(base, typo), "{typo}");
        assert!(may(base, typo), "{typo}");
    }
    for other in [
        // Numbers never bend: another house, unit, floor or postcode.
        "Unit 12A, 3/F, 89 Hennessy Road, Wan Chai, 999077",
        "Unit 12B, 3/F, 88 Hennesy Road, Wan Chai, 999077",
        "Unit 12A, 4/F, 88 Hennesy Road, Wan Chai, 999077",
        "Unit 12A, 3/F, 88 Hennesy Road, Wan Chai, 999078",
        // Two typos, or two words off.
        "Unit 12A, 3/F, 88 Henesy Road, Wan Chai, 999077",
        "Unit 12A, 3/F, 88 Hennesy Road, Wan Chia, 999077",
        // A word missing is not a typo.
        "Unit 12A, 3/F, 88 Hennessy Road, Chai, 999077",
        // Equal addresses are not variants.
        "unit 12a 3rd floor 88 hennessy rd wan chai 999077",
    ] {
        assert!(!may(base, other), "{other}");
    }
    assert!(
        !may("12 Kai Road 999077", "12 Kay Road 999077"),
        "three-letter words stay exact"
    );
    assert!(k("Hennessy Road, Wan Chai").is_empty(), "no number");
    assert!(k("88 999077").is_empty(), "no word");
    assert_eq!(k(base).len(), 2);
    assert!(within_one_edit(b"abcd", b"acbd"));
    assert!(within_one_edit(b"abcd", b"abd"));
    assert!(within_one_edit(b"abcd", b"abcde"));
    assert!(!within_one_edit(b"abcd", b"badc"));
    assert!(!within_one_edit(b"abcd", b"ab"));
}

proptest::proptest! {
    #[test]
    fn hangul_page_names_are_lower_case_ascii_one_per_syllable(
        name in "[가-힣 a-zA-Z0-9(),.]{0,12}",
    ) {
        let names = hangul_page_names(&name);
        // One name per syllable after a word's first.
        let syllables: usize = name
            .split(|c: char| !('\u{AC00}'..='\u{D7A3}').contains(&c))
            .map(|w| w.chars().count().saturating_sub(1))
            .sum();
        proptest::prop_assert_eq!(names.len(), syllables);
        for n in &names {
            proptest::prop_assert!(n.bytes().all(|b| b.is_ascii_lowercase()), "{}", n);
        }
    }

    #[test]
    fn address_may_match_implies_a_shared_key(
        x in proptest::collection::vec("[a-c]{1,5}|[0-9]{1,3}", 1..6),
        y in proptest::collection::vec("[a-c]{1,5}|[0-9]{1,3}", 1..6),
    ) {
        let (Some(x), Some(y)) = (normalize_address(&x.join(" ")), normalize_address(&y.join(" "))) else {
            return Ok(());
        };
        let (kx, ky) = (address_keys(&x), address_keys(&y));
        let by_keys = kx.iter().any(|k| ky.contains(k));
        proptest::prop_assert!(!addresses_may_match(&x, &y) || by_keys, "{} / {}", x, y);
        proptest::prop_assert_eq!(addresses_may_match(&x, &y), addresses_may_match(&y, &x));
    }

    #[test]
    fn premises_match_is_symmetric_and_found_by_a_key(
        x in proptest::collection::vec("unit [1-3]|floor [1-2]|[a-c]{1,4}|[0-9]{1,3}|#[1-3]-[1-3]", 1..7),
        y in proptest::collection::vec("unit [1-3]|floor [1-2]|[a-c]{1,4}|[0-9]{1,3}|#[1-3]-[1-3]", 1..7),
    ) {
        let (Some(x), Some(y)) = (normalize_address(&x.join(" ")), normalize_address(&y.join(" "))) else {
            return Ok(());
        };
        let keys = |t: &str| {
            let mut k = Vec::new();
            for_each_premises_key(t, &mut String::new(), |s| k.push(s.to_string()));
            k
        };
        let m = addresses_share_premises(&x, &y);
        proptest::prop_assert_eq!(m, addresses_share_premises(&y, &x));
        if m {
            let (kx, ky) = (keys(&x), keys(&y));
            proptest::prop_assert!(kx.iter().any(|k| ky.contains(k)), "{} / {}", x, y);
        }
    }

    #[test]
    fn one_edit_in_a_word_is_found(
        words in proptest::collection::vec("[a-e]{4,8}", 1..4),
        num in 1u32..999,
        pick in 0usize..4,
        pos in 0usize..8,
        op in 0u8..4,
        ch in "[a-e]",
    ) {
        // A single typo in one word of an address with a number.
        let i = pick % words.len();
        let mut w: Vec<u8> = words[i].clone().into_bytes();
        let p = pos % w.len();
        let c = ch.as_bytes()[0];
        match op {
            0 => w[p] = c,
            1 => { w.remove(p); }
            2 => w.insert(p, c),
            _ => if p + 1 < w.len() { w.swap(p, p + 1) } else { w[p] = c },
        }
        let mut typo = words.clone();
        typo[i] = String::from_utf8(w).unwrap_or_default();
        let x = normalize_address(&format!("{num} {}", words.join(" "))).unwrap();
        let y = normalize_address(&format!("{num} {}", typo.join(" "))).unwrap();
        let (kx, ky) = (address_keys(&x), address_keys(&y));
        let a = x.split(' ').filter(|t| !y.split(' ').any(|u| u == *t)).count();
        let b = y.split(' ').filter(|t| !x.split(' ').any(|u| u == *t)).count();
        // When the typo leaves one odd word on each side (not a word that
        // also occurs elsewhere, not a street abbreviation), it matches.
        let plain = |t: &str| street_word(t) == t;
        if x != y
            && a == 1
            && b == 1
            && x.split(' ').count() == y.split(' ').count()
            && plain(&words[i])
            && plain(&typo[i])
        {
            proptest::prop_assert!(addresses_may_match(&x, &y), "{} / {}", x, y);
            proptest::prop_assert!(kx.iter().any(|k| ky.contains(k)));
        }
    }
}

#[test]
fn address_country_codes_are_noise() {
    assert_eq!(
        normalize_address("12 Shekou Rd, Shenzhen 518000 CN"),
        normalize_address("12 Shekou Road, Shenzhen, 518000")
    );
    assert_eq!(
        normalize_address("5 Harbour Pl, Kowloon, HK"),
        normalize_address("5 Harbour Place Kowloon")
    );
    assert_ne!(
        normalize_address("5 Harbour Pl, Kowloon"),
        normalize_address("5 Harbour Kowloon")
    );
}

#[test]
fn address_ordinal_floors() {
    let n = |s: &str| normalize_address(s).unwrap();
    let base = n("Floor 7, 88 Lockhart Road, Hong Kong");
    for v in [
        "7th Floor, 88 Lockhart Road, Hong Kong",
        "7th Fl, 88 Lockhart Road, Hong Kong",
        "7/F, 88 Lockhart Road, Hong Kong",
        "7F 88 Lockhart Rd Hong Kong",
        "Level 7, 88 Lockhart Road",
        "Fl. 7, 88 Lockhart Road, Hong Kong",
        "88 Lockhart Road, 7th floor, Hong Kong",
    ] {
        assert_eq!(n(v), base, "{v}");
    }
    assert!(base.contains("floor7") && base.contains("88"));
    for (a, b) in [
        ("2nd Floor, 5 Dock Rd", "Floor 2, 5 Dock Rd"),
        ("13th Floor, 5 Dock Rd", "13/F, 5 Dock Rd"),
        ("22nd fl 5 dock rd", "Fl 22, 5 Dock Rd"),
        ("1st Floor, 5 Dock Rd", "1/F, 5 Dock Rd"),
        ("3rd Fl., 5 Dock Rd", "Level 3, 5 Dock Rd"),
        ("G/F, 5 Dock Rd", "Ground Floor, 5 Dock Rd"),
        ("GF 5 Dock Rd", "Grd Fl, 5 Dock Rd"),
    ] {
        assert_eq!(n(a), n(b), "{a} / {b}");
    }
    // Different floors stay different; ground is not the first floor.
    assert_ne!(
        n("7th Floor, 88 Lockhart Road"),
        n("8th Floor, 88 Lockhart Road")
    );
    assert_ne!(n("G/F, 5 Dock Rd"), n("1/F, 5 Dock Rd"));
    assert_ne!(n("Floor 0, 5 Dock Rd"), n("5 Dock Rd"));
    assert_eq!(n("Floor 0, 5 Dock Rd"), n("G/F, 5 Dock Rd"));
    // A block letter before a floor is not the ground floor.
    assert_eq!(
        n("Tower G, Level 5, 1 Dock Rd"),
        n("Tower G, 5/F, 1 Dock Rd")
    );
    // Ordinal street names are not floors.
    assert!(n("12 1st Street").contains("street"));
    assert!(!n("12 1st Street").contains("floor"));
}

#[test]
fn address_dutch_postcodes() {
    let n = |s: &str| normalize_address(s).unwrap();
    assert_eq!(
        n("162 Hennessy Road, 7267 EN Amsterdam"),
        n("162 Hennessy Road, 7267EN Amsterdam")
    );
    assert_eq!(
        n("Unit 9, 162 Hennessy Road, 7267 en Amsterdam"),
        n("Unit 9, 162 Hennessy Road, 7267EN AMSTERDAM")
    );
    assert!(n("Kalverstraat 1, 1012 NX Amsterdam").contains("1012nx"));
    // Another postcode, other letters or digits, stays another.
    assert_ne!(
        n("162 Hennessy Road, 7267 EN Amsterdam"),
        n("162 Hennessy Road, 7267 AB Amsterdam")
    );
    assert_ne!(
        n("162 Hennessy Road, 7267 EN Amsterdam"),
        n("162 Hennessy Road, 7268EN Amsterdam")
    );
    // US directions and street abbreviations after a house number are
    // words, joined or not.
    let ne = n("1200 NE Broadway, Portland OR 97232");
    assert!(ne.contains("1200 ") && ne.contains(" ne "), "{ne}");
    assert_eq!(ne, n("1200NE Broadway, Portland OR 97232"));
    assert_eq!(n("1500 St Marks Pl"), "1500 marks place street");
    assert_eq!(n("Amsterdam 1017 ST"), n("Amsterdam 1017ST"));
    // A country code ending the address is the country, not letters.
    assert_eq!(
        n("2 Makarios Ave, Limassol 3036 CY"),
        n("2 Makarios Ave, Limassol 3036")
    );
    assert_eq!(n("Amsterdam 1017 CN"), n("Amsterdam 1017CN"));
    // Leading zero: not Dutch.
    assert!(n("0123 ab street").contains("0123 "));
}

#[test]
fn address_german_compound_streets() {
    let n = |s: &str| normalize_address(s).unwrap();
    let base = n("Goethestraße 21, 10115 Berlin");
    for v in [
        "Goethestrasse 21, 10115 Berlin",
        "Goethestr. 21, 10115 Berlin",
        "Goethestr 21, 10115 Berlin",
        "Goethe-Straße 21, 10115 Berlin",
        "Goethe Strasse 21, 10115 Berlin",
        "Goethe Str. 21, 10115 Berlin",
        "21 Goethe Street, 10115 Berlin",
        "GOETHESTRASSE 21 10115 BERLIN GERMANY",
    ] {
        assert_eq!(n(v), base, "{v}");
    }
    assert_eq!(base, "10115 21 berlin goethe street");
    assert_eq!(n("Friedrich-Straße 5"), n("Friedrichstr 5"));
    assert_eq!(n("Friedrich-Ebert-Str. 5"), n("Friedrich-Ebert-Straße 5"));
    assert_eq!(n("Kalverstraat 1"), n("Kalverstr. 1"));
    assert_eq!(n("Marktplatz 3"), n("Marktpl. 3"));
    assert_eq!(n("Marktplatz 3"), n("Markt-Platz 3"));
    assert_eq!(n("Hafenweg 364"), n("Hafen-Weg 364"));
    assert_eq!(n("Lindenallee 4"), n("Linden Allee 4"));
    assert_eq!(n("Drottninggatan 4"), n("Drottning Gatan 4"));
    // Danish -gade is left whole (brigade, renegade).
    assert_eq!(n("Vesterbrogade 4"), "4 vesterbrogade");
    // Different names stay different.
    assert_ne!(n("Hillstraße 5"), n("Millstraße 5"));
    assert_ne!(n("5 Hill Street"), n("5 Mill Street"));
    assert_ne!(n("Goethestraße 21"), n("Goetheweg 21"));
    assert_ne!(n("Goethestraße 21"), n("Goetheplatz 21"));
    // Stems of fewer than three letters, and other words, are kept whole.
    assert!(n("5 Amstr").contains("amstr"));
    assert!(n("12 Spring Road").contains("spring"));
    assert!(n("12 Brigade Road").contains("brigade"));
    // A misspelt stem is still one edit away.
    assert!(addresses_may_match(
        &n("Goethestraße 21, 10115 Berlin"),
        &n("Goehtestr. 21, 10115 Berlin")
    ));
}

#[test]
fn address_trailing_countries() {
    let n = |s: &str| normalize_address(s).unwrap();
    let pairs = [
        (
            "Cedar House, 390 Harcourt Road, Kowloon",
            "Cedar House, 390 Harcourt Road, Kowloon, Hong Kong",
        ),
        (
            "390 Harcourt Road, Hong Kong",
            "390 Harcourt Road, Hong Kong, Hong Kong SAR",
        ),
        (
            "12 Rue du Rhone; Geneva; Switzerland",
            "12 Rue du Rhone, Geneva",
        ),
        (
            "12 Rue du Rhone, 1204 Geneve, Suisse",
            "12 Rue du Rhone 1204 Geneve",
        ),
        (
            "131 Mill Blvd 7763 Nicosia Cyprus",
            "131 Mill Boulevard; 7763 Nicosia; CY",
        ),
        ("366 cedar st. hong kong hk", "366 Cedar Street, Hong Kong"),
        (
            "1 Main St, Springfield IL 62701, United States of America",
            "1 Main St, Springfield IL 62701, U.S.A.",
        ),
        (
            "5 Lenin St, Moscow 101000, Russian Federation",
            "5 Lenin St, Moscow 101000",
        ),
        (
            "9 Nanjing Rd, Shanghai 200001, P.R. China",
            "9 Nanjing Rd, Shanghai 200001",
        ),
        (
            "9 Nanjing Rd, Shanghai 200001, People's Republic of China",
            "9 Nanjing Rd, Shanghai 200001, PRC",
        ),
        (
            "33 Victoria Ave, Abu Dhabi, UAE",
            "33 Victoria Ave, Abu Dhabi, United Arab Emirates",
        ),
        (
            "120 Gloucester St, London, FT11 9YR, UK",
            "120 Gloucester St, London FT11 9YR, Great Britain",
        ),
        (
            "Goethestr. 21, 10115 Berlin, Deutschland",
            "Goethestr. 21, 10115 Berlin",
        ),
        (
            "Kalverstraat 1, 1012 NX Amsterdam, Nederland",
            "Kalverstraat 1, 1012NX Amsterdam, The Netherlands",
        ),
        (
            "1 Seoul St, Seoul, Republic of Korea",
            "1 Seoul St, Seoul, South Korea",
        ),
        (
            "1 Rustaveli Ave, Tbilisi, Georgia",
            "1 Rustaveli Ave, Tbilisi",
        ),
    ];
    for (a, b) in pairs {
        assert_eq!(n(a), n(b), "{a} / {b}");
    }
    // Never the whole address; never the street's own name.
    assert_eq!(n("Hong Kong"), "hong kong");
    assert_eq!(n("Kowloon, Hong Kong, Hong Kong SAR"), "kowloon");
    assert_eq!(n("Hong Kong, HK"), "hong kong");
    assert_ne!(n("10 Avenida Brasil"), n("10 Avenida Chile"));
    assert_ne!(n("3 Rue de Suisse"), n("3 Rue de France"));
    assert!(n("10 Avenida Brasil").contains("brasil"));
    assert!(n("4 Calle Mexico, Madrid, Spain").contains("mexico"));
    assert!(n("5 Jordan Road, Jordan").contains("jordan"));
    // The state, not the country (as its postal code, `abbreviate_us_state`).
    assert_eq!(n("Albuquerque, New Mexico"), n("Albuquerque, NM"));
    assert_ne!(n("Albuquerque, New Mexico"), n("Albuquerque, Mexico"));
    // Not at the end: only the words that were noise before go.
    assert!(n("12 Hong Kong Road, Kowloon").contains("hong"));
    // Different places stay different.
    assert_ne!(
        n("390 Harcourt Road, Kowloon, Hong Kong"),
        n("390 Harcourt Road, Hong Kong")
    );
}

/// Formatting variants from many countries, each with its negatives:
/// different numbers never meet.
#[test]
fn address_international_formats() {
    let n = |s: &str| normalize_address(s).unwrap();
    let same = |a: &str, b: &str| assert_eq!(n(a), n(b), "{a} vs {b}");
    let diff = |a: &str, b: &str| assert_ne!(n(a), n(b), "{a} vs {b}");
    // Ordinal words.
    same("350 Fifth Avenue, New York", "350 5th Ave, New York");
    same("2035 Second Street", "2035 2nd St");
    diff("350 Fifth Avenue", "350 Sixth Avenue");
    diff("350 Fifth Avenue", "350 Avenue");
    same("88 Queensway, Third Floor", "88 Queensway 3/F");
    // Dotted single letters.
    same(
        "10 Main St, New York, N.Y. 10118",
        "10 Main St, New York, NY 10118",
    );
    same("P.O. Box 12, Dubai", "PO Box 12, Dubai");
    // Flat/house with a slash, kept apart from the joined number.
    same("Flat 3, 523 X Road, London", "3/523 X Rd, London");
    diff("3/523 X Road", "3523 X Road");
    diff("3/523 X Road", "4/523 X Road");
    assert!(n("3/F, 88 Queensway").contains("floor3"));
    // European country letters before a postcode.
    same(
        "Friedrichstraße 124, 10117 Berlin",
        "Friedrichstrasse 124, D-10117 Berlin",
    );
    same("Ring 5, A-1010 Wien", "Ring 5, 1010 Wien");
    diff(
        "Friedrichstraße 124, 10117 Berlin",
        "Friedrichstraße 124, 10118 Berlin",
    );
    // German floors.
    let og = n("Hauptstraße 201, 3. OG, 80331 München");
    assert!(og.contains("floor3"), "{og}");
    same(
        "Hauptstraße 201, 3. OG, 80331 München",
        "Hauptstrasse 201, 3.OG, 80331 Muenchen",
    );
    same("Hauptstraße 201, 3. OG", "Hauptstraße 201, 3. Etage");
    same("Hauptstraße 201, 3. OG", "Hauptstraße 201, 3. Obergeschoss");
    same("Hauptstraße 201, 3. OG", "Hauptstraße 201, 3. Stock");
    diff("Hauptstraße 201, 3. OG", "Hauptstraße 201, 4. OG");
    assert!(
        n("12 Stock Lane").contains("stock"),
        "a street, not a floor"
    );
    // Japan: postcodes, suffixes, chome, floors.
    same(
        "1-2-4 Marunouchi, Chiyoda-ku, Tokyo 100-0005",
        "Marunouchi 1-chome 2-4, Chiyoda Ku, Tokyo-to 〒1000005",
    );
    same(
        "1-2-4 Marunouchi, Chiyoda-ku",
        "1-2-4 Marunouchi, Chiyodaku",
    );
    same("3F, 1-2-4 Marunouchi", "1-2-4 Marunouchi 3階");
    diff(
        "1-2-4 Marunouchi, Tokyo 100-0005",
        "1-2-4 Marunouchi, Tokyo 100-0006",
    );
    assert!(
        n("4-3-18 Marunouchi").split(' ').any(|t| t == "18"),
        "block numbers are not postcodes"
    );
    assert!(n("Tokyo 100-0005").contains("1000005"));
    // Korea.
    same(
        "123 Teheran-ro, Gangnam-gu, Seoul",
        "123 Teheranro, Gangnam Gu, Seoul",
    );
    same("123 Teheran-ro, 5F", "123 Teheran-ro 5층");
    // Counters run together with their numbers: Korean 호 is a unit,
    // Chinese 室 / 房 a room, 层 / 樓 a floor; a 号 after the house's
    // own 号 a room, the first a house number.
    same("강남대로 410, 5층 501호", "Gangnam-daero 410 Room 501");
    same(
        "L16, Collective Works, 5 Des Voeux Road Central",
        "16/F, Collective Works, 5 Des Voeux Road Central",
    );
    assert!(n("1 Lime St, Liverpool L1 8JQ").contains("l18jq"));
    same(
        "香港中環德輔道中5號Collective Works16樓",
        "香港中環德輔道中5號Collective Works 16樓",
    );
    assert!(n("香港中環德輔道中5號Collective Works16樓").contains("floor16"));
    // A number ending the address after its floor is the room, 室 left
    // unsaid: the office `Rm 1003, 10/F, Tower 1, Lippo Centre, 89
    // Queensway` is in both scripts.
    let lippo = n("香港金鐘金鐘道89號力寶中心一座10樓1003");
    // (Its floor is dropped as the room number says it.)
    assert!(
        lippo.contains("unit1003") && lippo.contains("89"),
        "{lippo}"
    );
    let latin = n("Rm 1003, 10/F, Tower 1, Lippo Centre, 89 Queensway, Admiralty, Hong Kong");
    assert!(
        latin.contains("unit1003") && latin.contains("89"),
        "{latin}"
    );
    // Not a number before the floor, nor one with more after it.
    assert!(!n("香港金鐘金鐘道89號10樓").contains("unit"));
    // A Malaysian road code is no flat and house number.
    let ss = n("23-5, Lvl 23, Prosperity Lucky Complex, 142 Jalan SS 2/24, 80140 Johor Bahru");
    assert!(!ss.split(' ').any(|t| t == "unit2"), "{ss}");
    assert!(n("Flat 3/523 King Road").contains("unit3"));
    same(
        "上海市嘉定区腾瑞南大道460号弘越国际大厦3028室",
        "上海市嘉定区腾瑞南大道460号弘越国际大厦30层3028号",
    );
    same(
        "上海市嘉定区腾瑞南大道460号弘越国际大厦30F3028号",
        "上海市嘉定区腾瑞南大道460号弘越国际大厦3028房",
    );
    diff(
        "上海市嘉定区腾瑞南大道460号弘越国际大厦3028室",
        "上海市嘉定区腾瑞南大道460号弘越国际大厦3029室",
    );
    let cn = n("上海市嘉定区腾瑞南大道460号弘越国际大厦3028室");
    assert!(cn.split(' ').any(|t| t == "460"), "{cn}");
    assert!(cn.split(' ').any(|t| t == "unit3028"), "{cn}");
    let hk = n("香港九龍觀塘開源道336號幸運大樓8樓B室");
    assert!(hk.split(' ').any(|t| t == "unitb"), "{hk}");
    assert!(hk.split(' ').any(|t| t == "floor8"), "{hk}");
    assert!(hk.split(' ').any(|t| t == "336"), "{hk}");
    same("東京都港区1-2-3 501号室", "東京都港区1-2-3 Room 501");
    let jp = n("〒100-0242 東京都千代田区神田2丁目13番20号 神田ビル 1F 114号");
    for t in ["2", "13", "20", "unit114"] {
        assert!(jp.split(' ').any(|x| x == t), "{jp}");
    }
    // A 号 before 楼 numbers a block, not a room.
    let block = n("北京市海淀区中关村大街100号3号楼502室");
    assert!(block.split(' ').any(|t| t == "unit502"), "{block}");
    assert!(block.split(' ').any(|t| t == "100"), "{block}");
    assert!(
        n("Avenida Rio Branco 12, RO").contains("branco"),
        "RO, a state"
    );
    // France.
    same(
        "12 bis rue de Rivoli, 75001 Paris",
        "12B Rue de Rivoli 75001 PARIS CEDEX 01",
    );
    same("12 bis rue de Rivoli", "12bis r. de Rivoli");
    same("12 ter rue de Rivoli", "12T rue de Rivoli");
    diff("12 bis rue de Rivoli", "12 rue de Rivoli");
    diff("12 bis rue de Rivoli", "12 ter rue de Rivoli");
    same("5 boulevard Haussmann", "5 Bld Haussmann");
    same(
        "5 boulevard Haussmann, 75009 Paris",
        "5 bd. Haussmann, 75009 Paris Cedex",
    );
    // Russia (Latin).
    same(
        "ul. Tverskaya, d. 7, kv. 12, Moscow, 125009",
        "ulitsa Tverskaya, dom 7, of. 12, Moskva, 125009",
    );
    same(
        "Leningradsky prospekt 53, Moscow",
        "Leningradsky pr-t 53, Moscow",
    );
    diff("ul. Tverskaya, d. 7, kv. 12", "ul. Tverskaya, d. 7, kv. 13");
    // Singapore.
    same(
        "1 Raffles Place, #12-03, Singapore 048616",
        "1 Raffles Pl #12-03 S048616",
    );
    same(
        "1 Raffles Place, #12-03, Singapore 048616",
        "1 Raffles Pl #12-03 S(048616)",
    );
    same("1 Raffles Place, #12-03", "1 Raffles Place, Unit 12-03");
    diff("1 Raffles Place, #12-03", "1 Raffles Place, #12-04");
    // India.
    same(
        "Flat No. 12, 2nd Cross, Indiranagar, Bengaluru 560038",
        "Flat 12, 2nd Cross Road, Indiranagar, Bangalore - 560 038",
    );
    same("Flat No. 12, Indiranagar", "#12, Indiranagar");
    diff("Flat No. 12, Indiranagar", "Flat No. 13, Indiranagar");
    assert!(
        n("Unit 12 560 038").split(' ').any(|t| t == "560"),
        "not a PIN after a unit number"
    );
    // Brazil, Portugal, Spain.
    same(
        "Rua Augusta, nº 1951, 13º andar, São Paulo - SP, 01305-272",
        "R. Augusta, 1951 - 13 andar - São Paulo/SP - CEP 01305272",
    );
    same(
        "Rua Augusta, nº 1951, 4º andar",
        "Rua Augusta, n. 1951, 4° andar",
    );
    same(
        "Avenida da Liberdade, n.º 324, 2.º andar, 1250-093 Lisboa",
        "Av. Liberdade nº324 - 2º, 1250-093 Lisboa",
    );
    same(
        "Calle de Alcalá, 37, 2º piso, 28014 Madrid",
        "C/ Alcala 37, 2ª planta, 28014 Madrid",
    );
    same(
        "Paseo Castellana, 98, 11º piso",
        "Paseo Castellana, nº 98, piso 11",
    );
    assert!(!n("Paseo Castellana, nº 98, piso 11").contains("floor98"));
    // Greece and Cyprus: `5ος όροφος`, transliterated or romanised.
    for greek in [
        "Αρχιεπισκόπου Μακαρίου Γ' 155, 5ος όροφος, 3026 Λεμεσός",
        "Makariou 155, 5os orofos, 3026 Lemesos",
        "Makariou 155, orofos 5, 3026 Lemesos",
    ] {
        assert!(
            n(greek).split(' ').any(|t| t == "floor5"),
            "{greek}: {}",
            n(greek)
        );
    }
    diff(
        "Rua Augusta, nº 1951, 4º andar",
        "Rua Augusta, nº 1951, 5º andar",
    );
    // Labels: `N` without a dot is a direction.
    diff(
        "1200 N 300 W, Salt Lake City",
        "1200 S 300 W, Salt Lake City",
    );
    // Dutch postcode letters are not articles.
    assert!(n("Damrak 1, 1012 DA Amsterdam").contains("1012da"));
}

#[test]
fn address_po_boxes() {
    let n = |s: &str| normalize_address(s).unwrap();
    let base = n("Sky Tower, 33 Victoria Ave, Abu Dhabi");
    for v in [
        "Sky Tower, 33 Victoria Ave, PO Box 77573, Abu Dhabi",
        "Sky Tower, 33 Victoria Ave, P.O. Box 77573, Abu Dhabi, UAE",
        "Sky Tower 33 Victoria Avenue POB 77573 Abu Dhabi",
        "Sky Tower, 33 Victoria Ave, P.O.Box No. 77573, Abu Dhabi",
        "Sky Tower, 33 Victoria Ave, PO Box 12, Abu Dhabi",
    ] {
        assert_eq!(n(v), base, "{v}");
    }
    assert_eq!(
        n("Goethestr. 21, Postfach 1234, 10115 Berlin"),
        n("Goethestr. 21, 10115 Berlin")
    );
    assert_eq!(
        n("12 Rue X, BP 345, 75001 Paris"),
        n("12 Rue X, 75001 Paris")
    );
    // Only a box: it is the address, its forms agree, other boxes differ.
    let only = n("PO Box 77573, Abu Dhabi");
    assert_eq!(only, "abu dhabi pobox77573");
    assert_eq!(only, n("P.O. Box 77573, Abu Dhabi, United Arab Emirates"));
    assert_eq!(only, n("POBox 077573 Abu Dhabi"));
    assert_ne!(only, n("PO Box 77574, Abu Dhabi"));
    assert_ne!(
        n("Postfach 1234, 10115 Berlin"),
        n("Postfach 1235, 10115 Berlin")
    );
    // A building without a number is not a street address, nor is a
    // unit or floor alone.
    assert_ne!(
        n("Sky Tower, PO Box 1, Dubai"),
        n("Sky Tower, PO Box 2, Dubai")
    );
    assert_ne!(n("PO Box 1, Unit 3, Dubai"), n("PO Box 2, Unit 3, Dubai"));
    // A unit or floor and a house number make a street address even
    // where the street word is misspelt.
    assert_eq!(
        n("Unit 912, 9th Fl, 376 Wellington Staeet, PO Box 92426, Abu Dhabi"),
        n("Unit 912, 9th Fl, 376 Wellington Staeet, Abu Dhabi")
    );
    // `Box Hill` is a place, and a box needs a number.
    assert!(n("5 Station St, Box Hill 3128").contains("box"));
    assert!(n("12 Via Po, Torino").contains("po"));
}

#[test]
fn ssh_bare_sha256_fingerprints() {
    let fp = "YkBs6DbFiKF44XIIKpW4eNCq2CSx6SJn0MFX2XmgyXv";
    let want = Some(format!("SHA256:{fp}"));
    assert_eq!(normalize_ssh_key(&format!("SHA256:{fp}")), want);
    assert_eq!(normalize_ssh_key(fp), want);
    assert_eq!(normalize_ssh_key(&format!(" {fp}= ")), want);
    assert_eq!(normalize_ssh_key(&format!("sha256: {fp}")), want);
    let slash = "0i4e6KP4dQKTNOb690cPvTS3oE/q++Tvn2ItJKQ9A6V";
    assert_eq!(
        normalize_ssh_key(slash),
        normalize_ssh_key(&format!("SHA256:{slash}"))
    );
    // Other lengths or alphabets are not bare fingerprints.
    assert_eq!(normalize_ssh_key(&fp[1..]).as_deref(), Some(&fp[1..]));
    let bad = "YkBs6DbFiKF44XIIKpW4eNCq2CSx6SJn0MFX2Xmgy-v";
    assert_eq!(normalize_ssh_key(bad).as_deref(), Some(bad));
    assert_ne!(
        normalize_ssh_key(fp),
        normalize_ssh_key("ZkBs6DbFiKF44XIIKpW4eNCq2CSx6SJn0MFX2XmgyXv")
    );
    // MD5 and public key lines as before.
    assert_eq!(
        normalize_ssh_key("16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48").as_deref(),
        Some("MD5:1627aca576282d36631b564debdfa648")
    );
    let line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop";
    // A full key is its SHA-256 fingerprint (`ssh-keygen -lf`).
    assert_eq!(
        normalize_ssh_key(line).as_deref(),
        Some("SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU")
    );
    assert_eq!(
        normalize_ssh_key("sha256ü:xxxxxxxx").as_deref(),
        Some("sha256ü:xxxxxxxx")
    );
}

#[test]
fn corporate_service_vehicles_are_told_from_parents() {
    let org = |s: &str| normalize_organisation(s).unwrap_or_else(|| panic!("{s}"));
    for s in [
        "Aspelia Nominees LTD",
        "Atlasmark Secretaries",
        "Clearpath Corporate Services Ltd",
        "Sovereign Directors Limited",
        "Harbour Registered Agents Inc.",
        "Axispark Trustees (BVI) Ltd",
        "Grand Lucky Management Services Limited",
        "Global Link Trust Services Ltd",
    ] {
        assert!(is_corporate_service(&org(s)), "{s}");
    }
    for s in [
        "Quantbridge Holdings Ltd",
        "Lim Family Trust",
        "Acme Services Ltd",
        "Acme Asset Management Ltd",
        "Acme Property Management Services Ltd",
        "Harbour Hotel Management Services Limited",
    ] {
        assert!(!is_corporate_service(&org(s)), "{s}");
    }
}

#[test]
fn company_tokens() {
    assert_eq!(
        company_name_tokens("Shenzhen Zhongke Star Technology Co., Ltd."),
        ["shenzhen", "star", "zhongke"]
    );
    assert!(company_name_tokens("Global Trading Ltd").is_empty());
}

#[test]
fn email_name_addr_and_punctuation() {
    let want = normalize_email("info@acme5-gpu.co.jp");
    assert_eq!(normalize_email(" <info@acme5-gpu.co.jp>"), want);
    assert_eq!(normalize_email("\"Info\" <info@acme5-gpu.co.jp>"), want);
    assert_eq!(normalize_email("(info@acme5-gpu.co.jp)."), want);
    let e = normalize_email("Taro Yamada <taro@acme6-gpu.co.jp>").unwrap();
    assert_eq!(e.mailbox, "taro@acme6-gpu.co.jp");
    assert_eq!(e.domain.as_deref(), Some("acme6-gpu.co.jp"));
    // Different mailboxes stay different.
    assert_ne!(
        normalize_email("A <a@acme.co.jp>").unwrap().mailbox,
        normalize_email("B <b@acme.co.jp>").unwrap().mailbox
    );
    assert_eq!(normalize_email("Taro Yamada <>"), None);
}

#[test]
fn free_mail_isps_and_brands() {
    for d in [
        "emirates.net.ae",
        "t-online.de",
        "laposte.net",
        "telefonica.net",
        "singnet.com.sg",
        "yahoo.es",
        "hotmail.fr",
        "yahoo.com.br",
        "outlook.jp",
        "gmx.ch",
        "yandex.kz",
        "live.co.uk",
        "comcast.net",
        "eircom.net",
        "kakao.com",
        // Disposable and relay services.
        "mailinator.com",
        "10minutemail.com",
        "guerrillamail.com",
        "yopmail.com",
        "privaterelay.appleid.com",
        "duck.com",
    ] {
        let e = normalize_email(&format!("someone@{d}")).unwrap();
        assert_eq!(e.domain, None, "{d}");
    }
    // Company domains, including brand words on generic TLDs.
    for d in ["acme.de", "live.events", "yahoo-gpu.io", "aolcompute.com"] {
        assert!(
            normalize_email(&format!("x@{d}")).unwrap().domain.is_some(),
            "{d}"
        );
    }
}

#[test]
fn payment_fingerprint_hex_variants() {
    let want = normalize_payment_fingerprint("102c4e1a7b3d5f60812a3c4d5e6f7a8b");
    for v in [
        "102C4E1A7B3D5F60812A3C4D5E6F7A8B",
        "10:2c:4e:1a:7b:3d:5f:60:81:2a:3c:4d:5e:6f:7a:8b",
        "102c 4e1a 7b3d 5f60 812a 3c4d 5e6f 7a8b",
        "fp_102c4e1a7b3d5f60812a3c4d5e6f7a8b",
        "102c4e1a-7b3d5f60-812a3c4d-5e6f7a8b",
        "sha256:102c4e1a7b3d5f60812a3c4d5e6f7a8b",
        "Fingerprint: 102C4E1A7B3D5F60812A3C4D5E6F7A8B",
    ] {
        assert_eq!(normalize_payment_fingerprint(v), want, "{v}");
    }
    // Opaque processor fingerprints keep their label, whatever its
    // case and separators.
    assert_eq!(
        normalize_payment_fingerprint("fp_card_12").as_deref(),
        Some("fp_card_12")
    );
    assert_eq!(
        normalize_payment_fingerprint("fp_1ByB7CaPEQGQNxjz"),
        normalize_payment_fingerprint("1byb7capeqgqnxjz")
    );
    for v in ["FP-CARD-12", "fp card 12", " Fp_Card_12 "] {
        assert_eq!(
            normalize_payment_fingerprint(v),
            normalize_payment_fingerprint("fp_card_12"),
            "{v}"
        );
    }
    assert_ne!(
        normalize_payment_fingerprint("fp_card_12"),
        normalize_payment_fingerprint("fp_card_13")
    );
    // Case is read as formatting (see the function's docs).
    assert_eq!(
        normalize_payment_fingerprint("fp_Kb29RkNjHhrz9Llr"),
        normalize_payment_fingerprint("FP_KB29RKNJHHRZ9LLR")
    );
    assert_ne!(
        normalize_payment_fingerprint("fp_Kb29RkNjHhrz9Llr"),
        normalize_payment_fingerprint("fp_card_12")
    );
    assert_ne!(
        want,
        normalize_payment_fingerprint("112c4e1a7b3d5f60812a3c4d5e6f7a8b")
    );
}

#[test]
fn ssh_full_keys_match_their_fingerprints() {
    // Fixed keys; fingerprints from `ssh-keygen -lf` and
    // `ssh-keygen -E md5 -lf` (OpenSSH).
    let cases = [
        (
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILDDhND0HPEpSak0XKlEg0IWmKFFdw4LL2bLq/ch89T0 root@gpu-node",
            "SHA256:9cfmeVTIZUkidgL8ap8Qn8mGmMmf/Gy2L8fqMSuK/Zw",
            "bc:06:45:31:5b:3a:cc:89:e8:24:b6:d0:5c:02:c4:bf",
        ),
        (
            "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBApL7f7zjLkhnofaKiZNBPZu7H4SzWkOpX5Sc/WP6ESKXWUzqMTUMhB53NezzheI0iznCJFJjwXLZIDZsG9+DHA= y",
            "SHA256:QPmPlFEMGT9Wcos5lDdeojkazFcJ95VUOysLgwIrn/s",
            "67:7b:ac:4a:e4:27:d0:06:6b:91:f0:73:a0:62:3a:e4",
        ),
    ];
    for (line, sha, md5) in cases {
        let (v, m) = normalize_ssh_key_values(line).unwrap();
        assert_eq!(Some(v.clone()), normalize_ssh_key(sha));
        assert_eq!(m, normalize_ssh_key(md5));
        // Without the `SHA256:` prefix too.
        assert_eq!(Some(v), normalize_ssh_key(&sha[7..]));
    }
    // Other keys, and a corrupt blob, stay different.
    let (a, _) = normalize_ssh_key_values(cases[0].0).unwrap();
    let (b, _) = normalize_ssh_key_values(cases[1].0).unwrap();
    assert_ne!(a, b);
    let (c, m) = normalize_ssh_key_values(
        "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAILDDhND0HPEpSak0XKlEg0IWmKFFdw4LL2bLq/ch89T0",
    )
    .unwrap();
    assert_eq!(m, None, "type in the blob must match the line's");
    assert!(c.starts_with("ssh-rsa "));
}

#[test]
fn phone_written_forms() {
    let us = cc("US");
    let p = |s: &str, c| normalize_phone(s, c).map(|x| x.text().to_string());
    let want = Some("+14155550127".to_string());
    assert_eq!(p("tel:+14155550127", us), want);
    assert_eq!(p("TEL:+1-415-555-0127", None), want);
    assert_eq!(p("415-555-0127 ext. 45", us), want);
    assert_eq!(p("+1 415-555-0127 (ext. 7)", us), want);
    assert_eq!(p("+1 415 555 0127 #200", us), want);
    assert_eq!(p("+1 415 555 0127;ext=9", us), want);
    assert_eq!(p("+1 415 555 0127 x123", us), want);
    // Chinese extension markers (转 "transfer", 分机 "extension"); text
    // in other scripts never splits a character.
    let cn = Some("+862130115602".to_string());
    assert_eq!(p("021 3011 5602 转602", cc("CN")), cn);
    assert_eq!(p("+86 21 3011 5602 分机 88", None), cn);
    assert!(p("30 1156 转", cc("CN")).is_some());
    assert!(p("电话 30 1156 ext", cc("CN")).is_some());
    assert_eq!(p("1-800-GPU-RENT", us).as_deref(), Some("+18004787368"));
    // Lower-case words are not vanity numbers.
    assert_eq!(
        p("call 415 555 0127", us).as_deref(),
        Some("call 415 555 0127")
    );
    assert_eq!(
        p("０３－１２３４－５６８１", cc("JP")),
        p("03-1234-5681", cc("JP"))
    );
    assert_eq!(p("(65) 6123-4568", cc("SG")), p("6123 4568", cc("SG")));
    assert_eq!(p("(+34) 912345679", cc("ES")), p("912 34 56 79", cc("ES")));
    assert_eq!(p("(+34) 912345679", None), p("912 34 56 79", cc("ES")));
    assert_eq!(
        p("0xx11 91234-5679", cc("BR")),
        p("(11) 91234-5679", cc("BR"))
    );
    assert_eq!(
        p("091-98450-12347", cc("IN")),
        p("+91 98450 12347", cc("IN"))
    );
    // A bracketed area code is not a country code.
    assert_eq!(
        p("(55) 3222-1234", cc("BR")).as_deref(),
        Some("+555532221234")
    );
    // A bracketed calling code where area codes follow a trunk `0`.
    for (cc_, a, b) in [
        ("MY", "(60) 3-3340 4278", "03-3340 4278"),
        ("GB", "(44) 20 8347 4567", "020 8347 4567"),
        ("CN", "(86) 75541360984", "0755 4136 0984"),
        ("AE", "(971) 4 681 7748", "04 681 7748"),
    ] {
        assert_eq!(p(a, cc(cc_)), p(b, cc(cc_)), "{a}");
    }
    assert_ne!(p("6123 4568", cc("SG")), p("6123 4569", cc("SG")));
    assert_ne!(p("415-555-0127 ext. 45", us), p("415-555-0128 ext. 45", us));
}

#[test]
fn idn_and_punycode_agree() {
    assert_eq!(
        normalize_email("info@bücher-gpu.de"),
        normalize_email("info@xn--bcher-gpu-q9a.de")
    );
    assert_eq!(
        normalize_email("a@вычисления9.рф").unwrap().domain,
        normalize_email("b@xn--9-ctbjlbqp3a6cyb1c.xn--p1ai")
            .unwrap()
            .domain
    );
    assert_eq!(
        normalize_website("https://BÜCHER-w7.de"),
        normalize_website("https://xn--bcher-w7-65a.de/")
    );
    assert_eq!(punycode_decode("mnchen-3ya").as_deref(), Some("münchen"));
    // Different names stay different; broken ACE stays as given.
    assert_ne!(
        normalize_website("https://bücher-w7.de"),
        normalize_website("https://bucher-w7.de")
    );
    assert_eq!(
        normalize_website("https://xn--!!.de").as_deref(),
        Some("xn--!!.de")
    );
}

#[test]
fn ip_ports_and_host_prefixes() {
    let a = |s: &str| normalize_ip(s).map(|n| n.address.text().to_string());
    assert_eq!(a("203.0.113.8:443"), a("203.0.113.8"));
    assert_eq!(a("203.0.113.9/32"), a("203.0.113.9"));
    assert_eq!(a("[2a01:4f8:1c1e::1]:22"), a("2a01:4f8:1c1e::1"));
    assert_eq!(a("2a01:4f8:1c1f::1/128"), a("2a01:4f8:1c1f::1"));
    assert_eq!(
        normalize_ip("203.0.113.9/32").unwrap().prefix.as_deref(),
        Some("203.0.113.0/24")
    );
    // A network is not a host.
    assert_eq!(a("203.0.113.0/24").as_deref(), Some("203.0.113.0/24"));
    assert_ne!(a("203.0.113.8:443"), a("203.0.113.9:443"));
}

#[test]
fn registration_id_labels_zeros_and_prefixes() {
    let r = |s: &str, c: &str| normalize_registration_id_in(s, cc(c));
    assert_eq!(r("EIN 12-3456780", "US"), r("12-3456780", "US"));
    assert_eq!(r("01234567", "GB"), r("1234567", "GB"));
    assert_eq!(r("Company No. 01234569", "GB"), r("01234569", "GB"));
    assert_eq!(r("GB01234568", "GB"), r("01234568", "GB"));
    assert_eq!(r("RCS Paris 732 829 321", "FR"), r("732 829 321", "FR"));
    assert_eq!(r("55210055400013", "FR"), r("552 100 554", "FR"));
    assert_eq!(r("ОГРН 1027700132195", "RU"), r("1027700132195", "RU"));
    assert_eq!(r("OGRN: 1027700132196", "RU"), r("1027700132196", "RU"));
    assert_eq!(
        r("cin: u72900ka2015ptc012345", "IN"),
        r("U72900KA2015PTC012345", "IN")
    );
    assert_eq!(
        r("CNPJ 12.345.679/0001-95", "BR"),
        r("12.345.679/0001-95", "BR")
    );
    assert_eq!(r("UEN 201912346K", "SG"), r("201912346K", "SG"));
    assert_eq!(r("CN-1234567", "AE"), r("1234567", "AE"));
    assert_eq!(r("ESB12345679", "ES"), r("B12345679", "ES"));
    assert_eq!(
        r("Trade Licence No. DMCC-954721", "AE"),
        r("DMCC954721", "AE")
    );
    assert_eq!(r("License No: CN-9445867", "AE"), r("9445867", "AE"));
    assert_eq!(r("УНП 193347015", "BY"), r("193347015", "BY"));
    assert_eq!(r("БИН 749692815228", "KZ"), r("749692815228", "KZ"));
    assert_eq!(r("STIR: 309891309", "UZ"), r("309891309", "UZ"));
    assert_eq!(r("VÖEN 1700012345", "AZ"), r("1700012345", "AZ"));
    assert_eq!(r("Vergi No: 1234567890", "TR"), r("1234567890", "TR"));
    assert_eq!(r("CY-HE 867552", "CY"), r("HE 867552", "CY"));
    assert_eq!(r("US-DE-8244713", "US"), r("DE-8244713", "US"));
    assert_eq!(r("SC-IBC 120411", "SC"), r("120411", "SC"));
    assert_ne!(r("CY-HE 867552", "GR"), r("HE 867552", "GR"));
    assert_eq!(r("PT 501 234 567", "PT"), r("501234567", "PT"));
    // Labels in their own script, and abbreviations from further afield.
    assert_eq!(
        r("统一社会信用代码 91440305MA5F0XYZ12", "CN").as_deref(),
        Some("91440305MA5F0XYZ12")
    );
    for (labelled, plain, c) in [
        (
            "統一社會信用代碼：91440305MA5F0XYZ12",
            "91440305MA5F0XYZ12",
            "HK",
        ),
        ("法人番号：9058799430801", "9058799430801", "JP"),
        ("사업자등록번호 123-45-67891", "1234567891", "KR"),
        ("NPWP 75.474.436.1-526.879", "754744361526879", "ID"),
        ("RFC: RGM111209EC3", "RGM111209EC3", "MX"),
        ("GSTIN 27AAPFU0939F1ZV", "27AAPFU0939F1ZV", "IN"),
    ] {
        assert_eq!(r(labelled, c), r(plain, c), "{labelled}");
    }
    // Japan's invoice number is the corporate number behind a `T`.
    assert_eq!(r("T9007476067206", "JP"), r("9007476067206", "JP"));
    assert_eq!(
        r("登録番号 T9007476067206", "JP").as_deref(),
        Some("9007476067206")
    );
    assert_ne!(r("T9007476067206", "GB"), r("9007476067206", "GB"));
    // An abbreviation is a label only where it is one.
    assert_eq!(r("NIT-850101-AB1", "MX").as_deref(), Some("NIT850101AB1"));
    assert_eq!(r("NIT 900.123.456-7", "CO"), r("900.123.456-7", "CO"));
    // German court registers keep their court and type.
    assert_eq!(r("HRB 12345 B", "DE").as_deref(), Some("HRB12345B"));
    assert_ne!(r("HRB 12345", "DE"), r("HRA 12345", "DE"));
    // A foreign prefix is part of the number; other numbers differ.
    assert_ne!(r("GB01234568", "IE"), r("01234568", "IE"));
    assert_ne!(r("01234567", "GB"), r("01234568", "GB"));
    assert_ne!(r("SC123456", "GB"), r("123456", "GB"));
    // Labels alone, and placeholders, are not numbers.
    assert_eq!(r("N/A", "GB"), None);
    assert_eq!(r("0000000", "GB"), None);
    assert_eq!(
        normalize_registration_id("EIN 12-3456780").as_deref(),
        Some("123456780")
    );
}
