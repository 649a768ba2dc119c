//! A second, independent population generator, written from the issue text
//! alone (not from `synth`), the way an outside evaluator plausibly would.
//! It exists so that quality figures are not a measure of how well the
//! engine fits one generator's quirks.
//!
//! What differs from `synth` on purpose:
//! - networks of 2-12 shells under one controller, each shell taking each of
//!   the controller's assets with its own probability (no forced chain to an
//!   earlier shell: a shell only has to carry at least one asset);
//! - person names from per-culture pools with Zipf-like frequencies, so common
//!   names ("Wang Wei", "Mohammed Ali", "John Smith") collide among strangers
//!   far more often than rare ones; written as "Given Family", "FAMILY, Given",
//!   family-first, with initials, with or without diacritics, in
//!   transliteration variants (Mohammed / Muhammad, Sergei / Sergey,
//!   Mueller / Müller) and with one-character typos;
//! - a controller's person may be a director of one shell and an owner of
//!   another; nominee directors serve hundreds of unrelated companies;
//! - addresses with abbreviations, unit and floor designators, case,
//!   punctuation and typos; registered agents with hundreds of companies and
//!   co-working spaces with their NAT address;
//! - carrier NAT, VPN and cloud egress addresses shared by many strangers.
//!
//! Deterministic for a seed. No IO.

use crate::record::CustomerRecord;
use crate::synth::{Population, Rng};
use leasegate_core::CountryCode;

/// Settings of the second generator.
#[derive(Clone, Debug)]
pub struct Synth2Config {
    pub customers: usize,
    pub seed: u64,
    /// Share of customers that belong to shell networks.
    pub network_share: f64,
    /// Chance that a copied person name or address gets a one-character typo.
    pub typo_rate: f64,
    /// Chance that a copied person name is written in another transliteration.
    pub variant_rate: f64,
}

impl Default for Synth2Config {
    fn default() -> Self {
        Self {
            customers: 10_000,
            seed: 1,
            network_share: 0.15,
            typo_rate: 0.06,
            variant_rate: 0.15,
        }
    }
}

/// A culture: its calling code, trunk prefix, city, and name pools. Pools are
/// ordered by frequency (index drawn Zipf-like); each entry lists spellings
/// of one name, the first canonical.
struct Culture {
    country: &'static str,
    cc: &'static str,
    trunk: &'static str,
    nsn_len: usize,
    city: &'static str,
    family_first: bool,
    given: &'static [&'static [&'static str]],
    family: &'static [&'static [&'static str]],
    weight: u32,
}

const CN_GIVEN: &[&[&str]] = &[
    &["Wei"],
    &["Jing"],
    &["Li"],
    &["Min"],
    &["Jun"],
    &["Yan"],
    &["Lei"],
    &["Yang"],
    &["Tao"],
    &["Hui"],
    &["Xiaoming", "Hsiao-ming"],
    &["Jianguo", "Chien-kuo"],
    &["Zhiqiang", "Chih-chiang"],
    &["Haiyan"],
    &["Guoqing", "Kuo-ching"],
    &["Xiuying", "Hsiu-ying"],
    &["Chunhua"],
    &["Dongmei"],
    &["Yuxuan"],
    &["Zihan"],
    &["Ruoxi"],
    &["Shuwen"],
    &["Kaiwen"],
    &["Mingyu"],
];
const CN_FAMILY: &[&[&str]] = &[
    &["Wang", "Wong"],
    &["Li", "Lee"],
    &["Zhang", "Chang", "Cheung"],
    &["Liu", "Lau"],
    &["Chen", "Chan"],
    &["Yang", "Yeung"],
    &["Huang", "Wong"],
    &["Zhao", "Chao", "Chiu"],
    &["Wu", "Ng"],
    &["Zhou", "Chou", "Chow"],
    &["Xu", "Hsu", "Tsui"],
    &["Sun", "Suen"],
    &["Ma"],
    &["Zhu", "Chu"],
    &["Hu", "Woo"],
    &["Guo", "Kuo", "Kwok"],
    &["He", "Ho"],
    &["Gao", "Kao", "Ko"],
    &["Lin", "Lam"],
    &["Luo", "Lo", "Law"],
    &["Zheng", "Cheng"],
    &["Liang", "Leung"],
    &["Xie", "Hsieh", "Tse"],
    &["Song", "Sung"],
    &["Tang", "Tong"],
    &["Feng", "Fung"],
    &["Deng", "Tang"],
    &["Cao", "Tsao"],
    &["Peng", "Pang"],
    &["Zeng", "Tseng", "Tsang"],
];
const RU_GIVEN: &[&[&str]] = &[
    &["Aleksandr", "Alexander", "Aleksander"],
    &["Sergei", "Sergey"],
    &["Dmitri", "Dmitry", "Dmitriy"],
    &["Andrei", "Andrey"],
    &["Alexei", "Aleksey", "Alexey"],
    &["Ivan"],
    &["Mikhail", "Mikhael"],
    &["Yuri", "Yury", "Iouri"],
    &["Nikolai", "Nikolay"],
    &["Olga"],
    &["Tatiana", "Tatyana"],
    &["Natalia", "Natalya"],
    &["Yevgeny", "Evgeny", "Evgeniy"],
    &["Vladimir"],
    &["Anastasia", "Anastasiya"],
    &["Svetlana"],
    &["Igor"],
    &["Oleg"],
];
const RU_FAMILY: &[&[&str]] = &[
    &["Ivanov", "Ivanoff"],
    &["Smirnov", "Smirnoff"],
    &["Kuznetsov", "Kuznetzov"],
    &["Popov", "Popoff"],
    &["Sokolov"],
    &["Lebedev"],
    &["Kozlov"],
    &["Novikov"],
    &["Morozov"],
    &["Petrov", "Petroff"],
    &["Volkov"],
    &["Solovyov", "Soloviev", "Solovyev"],
    &["Vasiliev", "Vasilyev", "Vassiliev"],
    &["Zaitsev", "Zaytsev"],
    &["Pavlov"],
    &["Semyonov", "Semenov"],
    &["Golubev"],
    &["Vinogradov"],
    &["Bogdanov"],
    &["Vorobyov", "Vorobiev"],
];
const AR_GIVEN: &[&[&str]] = &[
    &["Mohammed", "Muhammad", "Mohamed", "Mohammad"],
    &["Ahmed", "Ahmad"],
    &["Ali"],
    &["Omar", "Umar"],
    &["Hassan", "Hasan"],
    &["Hussein", "Husain", "Hussain"],
    &["Abdullah", "Abdallah"],
    &["Yusuf", "Youssef", "Yousef"],
    &["Khalid", "Khaled"],
    &["Fatima", "Fatma"],
    &["Aisha", "Aysha"],
    &["Ibrahim", "Ebrahim"],
    &["Mustafa", "Mostafa"],
    &["Tariq", "Tarek"],
    &["Rashid", "Rasheed"],
];
const AR_FAMILY: &[&[&str]] = &[
    &["Al-Sayed", "Al Sayed", "Elsayed"],
    &["Hassan", "Hasan"],
    &["Al-Mansouri", "Al Mansoori"],
    &["Khan"],
    &["Haddad"],
    &["Al-Hashimi", "Al Hashemi"],
    &["Nasser", "Naser"],
    &["Saleh", "Salih"],
    &["Al-Amin", "Alamin"],
    &["Abbas"],
    &["Karimi"],
    &["Rahman", "Rehman"],
    &["Qureshi", "Kureishi"],
    &["Farouk", "Farooq"],
];
const EN_GIVEN: &[&[&str]] = &[
    &["John"],
    &["David"],
    &["Michael"],
    &["James"],
    &["Robert"],
    &["Mary"],
    &["Sarah"],
    &["Jennifer"],
    &["William"],
    &["Richard"],
    &["Thomas"],
    &["Elizabeth"],
    &["Christopher"],
    &["Daniel"],
    &["Matthew"],
    &["Emily"],
    &["Catherine", "Katherine", "Kathryn"],
    &["Stephen", "Steven"],
    &["Philip", "Phillip"],
    &["Geoffrey", "Jeffrey"],
];
const EN_FAMILY: &[&[&str]] = &[
    &["Smith"],
    &["Johnson"],
    &["Williams"],
    &["Brown"],
    &["Jones"],
    &["Miller"],
    &["Davis"],
    &["Wilson"],
    &["Taylor"],
    &["Anderson"],
    &["Thompson", "Thomson"],
    &["White"],
    &["Harris"],
    &["Clarke", "Clark"],
    &["Lewis"],
    &["Robinson"],
    &["Walker"],
    &["Young"],
    &["Allen"],
    &["Wright"],
    &["MacDonald", "McDonald"],
    &["O'Brien", "OBrien"],
    &["Fitzgerald"],
    &["Whitfield"],
];
const DE_GIVEN: &[&[&str]] = &[
    &["Thomas"],
    &["Michael"],
    &["Andreas"],
    &["Stefan", "Stephan"],
    &["Jürgen", "Juergen", "Jurgen"],
    &["Klaus"],
    &["Uwe"],
    &["Sabine"],
    &["Petra"],
    &["Jörg", "Joerg", "Jorg"],
    &["Günter", "Guenter", "Gunter"],
    &["Ursula"],
    &["Matthias"],
    &["Björn", "Bjoern", "Bjorn"],
];
const DE_FAMILY: &[&[&str]] = &[
    &["Müller", "Mueller", "Muller"],
    &["Schmidt", "Schmitt"],
    &["Schneider"],
    &["Fischer"],
    &["Weber"],
    &["Meyer", "Meier", "Maier"],
    &["Wagner"],
    &["Becker"],
    &["Schulz"],
    &["Hoffmann", "Hofmann"],
    &["Schäfer", "Schaefer", "Schafer"],
    &["Koch"],
    &["Bauer"],
    &["Richter"],
    &["Klein"],
    &["Wolf"],
    &["Schröder", "Schroeder", "Schroder"],
    &["Neumann"],
];
const SG_GIVEN: &[&[&str]] = &[
    &["Wei Ming"],
    &["Kok Wai"],
    &["Siew Ling"],
    &["Boon Keng"],
    &["Mei Ling"],
    &["Raj"],
    &["Priya"],
    &["Arjun"],
    &["Siti"],
    &["Nur Aisyah"],
    &["Kumar"],
    &["Hui Min"],
];
const SG_FAMILY: &[&[&str]] = &[
    &["Tan"],
    &["Lim"],
    &["Lee"],
    &["Ng"],
    &["Ong"],
    &["Wong"],
    &["Goh"],
    &["Chua"],
    &["Koh"],
    &["Teo"],
    &["Nair"],
    &["Pillai"],
    &["Abdullah"],
];

const CULTURES: &[Culture] = &[
    Culture {
        country: "CN",
        cc: "86",
        trunk: "0",
        nsn_len: 11,
        city: "Shenzhen",
        family_first: true,
        given: CN_GIVEN,
        family: CN_FAMILY,
        weight: 28,
    },
    Culture {
        country: "HK",
        cc: "852",
        trunk: "",
        nsn_len: 8,
        city: "Kowloon",
        family_first: true,
        given: CN_GIVEN,
        family: CN_FAMILY,
        weight: 10,
    },
    Culture {
        country: "RU",
        cc: "7",
        trunk: "8",
        nsn_len: 10,
        city: "Saint Petersburg",
        family_first: false,
        given: RU_GIVEN,
        family: RU_FAMILY,
        weight: 10,
    },
    Culture {
        country: "AE",
        cc: "971",
        trunk: "0",
        nsn_len: 9,
        city: "Abu Dhabi",
        family_first: false,
        given: AR_GIVEN,
        family: AR_FAMILY,
        weight: 10,
    },
    Culture {
        country: "US",
        cc: "1",
        trunk: "",
        nsn_len: 10,
        city: "Dover DE",
        family_first: false,
        given: EN_GIVEN,
        family: EN_FAMILY,
        weight: 14,
    },
    Culture {
        country: "GB",
        cc: "44",
        trunk: "0",
        nsn_len: 10,
        city: "Manchester",
        family_first: false,
        given: EN_GIVEN,
        family: EN_FAMILY,
        weight: 8,
    },
    Culture {
        country: "DE",
        cc: "49",
        trunk: "0",
        nsn_len: 10,
        city: "Frankfurt am Main",
        family_first: false,
        given: DE_GIVEN,
        family: DE_FAMILY,
        weight: 8,
    },
    Culture {
        country: "SG",
        cc: "65",
        trunk: "",
        nsn_len: 8,
        city: "Singapore",
        family_first: true,
        given: SG_GIVEN,
        family: SG_FAMILY,
        weight: 8,
    },
    Culture {
        country: "MY",
        cc: "60",
        trunk: "0",
        nsn_len: 9,
        city: "Kuala Lumpur",
        family_first: true,
        given: SG_GIVEN,
        family: SG_FAMILY,
        weight: 4,
    },
];

const STREETS2: &[&str] = &[
    "Nanshan",
    "Shekou",
    "Futian",
    "Canton",
    "Hennessy",
    "Lockhart",
    "Salisbury",
    "Prospekt Mira",
    "Sadovaya",
    "Arbat",
    "Al Wasl",
    "Al Khaleej",
    "Corniche",
    "Delaware",
    "Orange",
    "Washington",
    "Lincoln",
    "Jefferson",
    "Oxford",
    "Deansgate",
    "Piccadilly",
    "Kaiser",
    "Goethe",
    "Mainzer Land",
    "Beach",
    "Robinson",
    "Cecil",
    "Anson",
    "Jalan Ampang",
    "Jalan Bukit Bintang",
    "Central",
    "Industrial Park",
    "Science Park",
    "Harbour View",
    "Riverside",
    "Technology",
    "Commerce",
    "Enterprise",
    "Liberty",
    "Victory",
];
/// (long, short forms).
const KINDS2: &[(&str, &[&str])] = &[
    ("Street", &["St", "St.", "Str"]),
    ("Road", &["Rd", "Rd."]),
    ("Avenue", &["Ave", "Av."]),
    ("Boulevard", &["Blvd"]),
    ("Lane", &["Ln"]),
    ("Drive", &["Dr"]),
    ("Place", &["Pl"]),
    ("Square", &["Sq"]),
];
const BRAND: &[&str] = &[
    "Apex", "Nimbus", "Vertex", "Quantum", "Horizon", "Lumen", "Orion", "Zenith", "Crest",
    "Summit", "Polar", "Vector", "Nova", "Axis", "Pioneer", "Harbor", "Falcon", "Cobalt", "Jade",
    "Dragon", "Phoenix", "Silk", "Golden", "Silver", "Eastern", "Pacific", "Atlas", "Delta",
    "Sigma", "Kappa", "Tianhe", "Hengda", "Jiahe", "Xinyuan", "Baltic", "Volga", "Ural", "Oasis",
    "Falcon", "Emerald",
];
const SECTOR: &[&str] = &[
    "Compute",
    "Analytics",
    "AI",
    "Cloud",
    "Data",
    "Tech",
    "Solutions",
    "Ventures",
    "Trading",
    "Consulting",
    "Labs",
    "Systems",
    "Networks",
    "Logistics",
];
const FORMS: &[&str] = &[
    "Ltd",
    "Limited",
    "LLC",
    "L.L.C.",
    "Inc",
    "Co., Ltd.",
    "GmbH",
    "Pte Ltd",
    "Sdn Bhd",
    "FZ-LLC",
    "OOO",
    "Corp",
];
const FREE2: &[&str] = &[
    "gmail.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "qq.com",
    "163.com",
    "mail.ru",
    "yandex.ru",
    "proton.me",
    "icloud.com",
];
const TLD2: &[&str] = &[
    "com", "net", "io", "ai", "co", "cn", "com.cn", "hk", "ru", "ae", "de", "co.uk", "sg", "my",
];

/// Zipf-like index in `0..n`: index k drawn with weight 1 / (k + 1).
fn zipf(rng: &mut Rng, n: usize) -> usize {
    // Inverse of the continuous approximation: H(x) ~ ln(x + 1).
    let u = rng.below(1_000_000) as f64 / 1_000_000.0;
    let x = ((n as f64 + 1.0).ln() * u).exp() - 1.0;
    (x as usize).min(n - 1)
}

fn pick_culture(rng: &mut Rng) -> &'static Culture {
    let total: u32 = CULTURES.iter().map(|c| c.weight).sum();
    let mut x = rng.below(total as usize) as u32;
    for c in CULTURES {
        if x < c.weight {
            return c;
        }
        x -= c.weight;
    }
    &CULTURES[0]
}

/// A person: indices into a culture's pools (spellings chosen at write time).
#[derive(Clone, Copy)]
struct Person {
    culture: &'static Culture,
    given: usize,
    family: usize,
    /// A second given name (rarer, makes the name more distinctive).
    middle: Option<usize>,
}

/// Family names past a culture's pool: a long tail of rare names (real
/// surname distributions have one), built from syllables.
const TAIL: usize = 3000;
const TAIL_SYL: &[&str] = &[
    "ka", "to", "mi", "ra", "ve", "lo", "den", "sar", "kin", "bor", "tal", "nik", "ov", "ash",
    "el", "ur", "an", "ess", "ton", "berg", "ski", "ian", "ard", "mer", "qin", "hao", "rin", "dal",
    "gor", "fen", "lis", "mar",
];

fn tail_family(i: usize) -> String {
    let n = TAIL_SYL.len();
    let mut s = String::new();
    s.push_str(TAIL_SYL[i % n]);
    s.push_str(TAIL_SYL[(i / n) % n]);
    if i >= n * n {
        s.push_str(TAIL_SYL[(i / (n * n)) % n]);
    }
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => s,
    }
}

fn new_person(rng: &mut Rng, c: &'static Culture) -> Person {
    Person {
        culture: c,
        given: zipf(rng, c.given.len()),
        family: zipf(rng, c.family.len() + TAIL),
        middle: if rng.chance(0.25) {
            Some(rng.below(c.given.len()))
        } else {
            None
        },
    }
}

/// One character edited: substitution, deletion, insertion or transposition.
fn typo2(rng: &mut Rng, s: &str) -> String {
    let mut cs: Vec<char> = s.chars().collect();
    let letters: Vec<usize> = (0..cs.len()).filter(|&i| cs[i].is_alphanumeric()).collect();
    if letters.len() < 3 {
        return s.to_string();
    }
    // Keep the first letter: people rarely mistype it, and an evaluator's
    // typo model usually favours the middle of a word.
    let i = letters[1 + rng.below(letters.len() - 1)];
    let any = |rng: &mut Rng| char::from(b'a' + rng.below(26) as u8);
    match rng.below(4) {
        0 => cs[i] = any(rng),
        1 => {
            cs.remove(i);
        }
        2 => cs.insert(i, any(rng)),
        _ => {
            if i + 1 < cs.len() && cs[i + 1].is_alphanumeric() {
                cs.swap(i, i + 1);
            } else {
                cs[i] = any(rng);
            }
        }
    }
    cs.into_iter().collect()
}

fn spell(rng: &mut Rng, forms: &[&'static str], variant_rate: f64) -> String {
    let s = if forms.len() > 1 && rng.chance(variant_rate) {
        forms[1 + rng.below(forms.len() - 1)]
    } else {
        forms[0]
    };
    // Diacritics are dropped by many forms and keyboards.
    if !s.is_ascii() && rng.chance(0.3) {
        deunicode::deunicode(s)
    } else {
        s.to_string()
    }
}

fn write_person2(rng: &mut Rng, p: &Person, cfg: &Synth2Config) -> String {
    let c = p.culture;
    let mut given = spell(rng, c.given[p.given], cfg.variant_rate);
    if let Some(m) = p.middle {
        given = format!("{given} {}", spell(rng, c.given[m], cfg.variant_rate));
    }
    let family = match c.family.get(p.family) {
        Some(forms) => spell(rng, forms, cfg.variant_rate),
        None => tail_family(p.family - c.family.len()),
    };
    let initial = |g: &str| {
        g.split_whitespace()
            .filter_map(|w| w.chars().next())
            .map(|ch| format!("{ch}."))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let s = match rng.below(10) {
        0..=3 => {
            if c.family_first {
                format!("{family} {given}")
            } else {
                format!("{given} {family}")
            }
        }
        4..=5 => format!("{}, {given}", family.to_uppercase()),
        6 => format!("{family}, {given}"),
        7 => format!("{} {}", given.to_uppercase(), family.to_uppercase()),
        8 => format!("{} {family}", initial(&given)),
        _ => format!("Mr. {given} {family}"),
    };
    if rng.chance(cfg.typo_rate) {
        typo2(rng, &s)
    } else {
        s
    }
}

fn nsn(rng: &mut Rng, c: &Culture) -> String {
    let mut s = String::new();
    s.push(char::from(b'1' + rng.below(9) as u8));
    for _ in 1..c.nsn_len {
        s.push(char::from(b'0' + rng.below(10) as u8));
    }
    s
}

/// Writes a number of `c`; `domestic` when the record is registered in `c`
/// (only then may the national format, without a calling code, appear).
fn write_phone2(rng: &mut Rng, c: &Culture, nsn: &str, domestic: bool) -> String {
    let grouped = |n: &str, size: usize, sep: &str| {
        n.as_bytes()
            .chunks(size)
            .map(|ch| String::from_utf8_lossy(ch).into_owned())
            .collect::<Vec<_>>()
            .join(sep)
    };
    match rng.below(if domestic { 7 } else { 4 }) {
        0 => format!("+{}{nsn}", c.cc),
        1 => format!("+{} {}", c.cc, grouped(nsn, 4, " ")),
        2 => format!("+{}-{}", c.cc, grouped(nsn, 3, "-")),
        3 => format!("00{} {}", c.cc, grouped(nsn, 3, " ")),
        4 if c.cc == "1" => format!("({}) {}-{}", &nsn[..3], &nsn[3..6], &nsn[6..]),
        5 if c.cc == "44" || c.cc == "49" => format!("+{} (0){}", c.cc, grouped(nsn, 4, " ")),
        _ => format!("{}{}", c.trunk, grouped(nsn, 3, " ")),
    }
}

#[derive(Clone)]
struct Addr {
    number: usize,
    street: &'static str,
    kind: usize,
    unit: Option<usize>,
    floor: Option<usize>,
    building: Option<&'static str>,
    city: &'static str,
    postcode: String,
    country: &'static str,
}

fn new_addr(rng: &mut Rng, c: &'static Culture) -> Addr {
    Addr {
        number: rng.range(1, 999),
        street: STREETS2[rng.below(STREETS2.len())],
        kind: rng.below(KINDS2.len()),
        unit: rng.chance(0.55).then(|| rng.range(1, 3999)),
        floor: rng.chance(0.35).then(|| rng.range(1, 60)),
        building: rng
            .chance(0.2)
            .then(|| *rng.pick(&["Tower A", "Tower B", "Block C", "Plaza", "Centre"])),
        city: c.city,
        postcode: {
            let mut s = String::new();
            for _ in 0..if c.country == "US" { 5 } else { 6 } {
                s.push(char::from(b'0' + rng.below(10) as u8));
            }
            s
        },
        country: c.country,
    }
}

fn write_addr(rng: &mut Rng, a: &Addr, typo_rate: f64) -> String {
    let (long, shorts) = KINDS2[a.kind];
    let kind = if rng.chance(0.5) {
        long.to_string()
    } else {
        rng.pick(shorts).to_string()
    };
    let mut parts: Vec<String> = Vec::new();
    if let Some(u) = a.unit {
        parts.push(match rng.below(5) {
            0 => format!("Suite {u}"),
            1 => format!("Ste {u}"),
            2 => format!("#{u}"),
            3 => format!("Unit {u}"),
            _ => format!("Room {u}"),
        });
    }
    if let Some(f) = a.floor {
        parts.push(match rng.below(4) {
            0 => format!("{f}/F"),
            1 => format!("Floor {f}"),
            2 => format!("Fl. {f}"),
            _ => format!("{f}F"),
        });
    }
    if let Some(b) = a.building {
        parts.push(b.to_string());
    }
    parts.push(format!("{} {} {kind}", a.number, a.street));
    parts.push(a.city.to_string());
    let tail = match rng.below(3) {
        0 => format!("{} {}", a.postcode, a.country),
        1 => a.postcode.clone(),
        _ => format!("{}, {}", a.country, a.postcode),
    };
    parts.push(tail);
    let sep = if rng.chance(0.6) { ", " } else { " " };
    let mut s = parts.join(sep);
    match rng.below(6) {
        0 => s = s.to_uppercase(),
        1 => s = s.to_lowercase(),
        _ => {}
    }
    if rng.chance(typo_rate) {
        s = typo2(rng, &s);
    }
    s
}

fn ip4(rng: &mut Rng) -> String {
    format!(
        "{}.{}.{}.{}",
        rng.range(1, 223),
        rng.range(0, 255),
        rng.range(0, 255),
        rng.range(1, 254)
    )
}

fn hex(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from_digit(rng.below(16) as u32, 16).unwrap_or('0'))
        .collect()
}

fn b64(rng: &mut Rng, n: usize) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    (0..n).map(|_| char::from(A[rng.below(64)])).collect()
}

fn company(rng: &mut Rng) -> String {
    let mut s = rng.pick(BRAND).to_string();
    if rng.chance(0.5) {
        s = format!("{s} {}", rng.pick(BRAND));
    }
    format!("{s} {} {}", rng.pick(SECTOR), rng.pick(FORMS))
}

fn domain_of(rng: &mut Rng) -> String {
    format!(
        "{}{}{}.{}",
        rng.pick(BRAND).to_lowercase(),
        rng.pick(SECTOR).to_lowercase(),
        rng.range(1, 9999),
        rng.pick(TLD2)
    )
}

struct Hubs {
    agents: Vec<(Addr, &'static Culture, String)>,
    coworks: Vec<(Addr, String)>,
    nat: Vec<String>,
    vpn: Vec<String>,
    cloud: Vec<String>,
    nominees: Vec<Person>,
}

/// Generates a population with the second generator. Customers come in
/// shuffled order; `party` is the planted truth.
pub fn generate2(cfg: &Synth2Config) -> Population {
    let mut rng = Rng::new(cfg.seed.wrapping_mul(0x2545_F491_4F6C_DD1D) ^ 0xA5A5);
    let n = cfg.customers;
    // Registered agents: each serves hundreds of companies.
    let hubs = Hubs {
        agents: (0..(n / 1500).max(2))
            .map(|_| {
                let c = pick_culture(&mut rng);
                let a = new_addr(&mut rng, c);
                let p = nsn(&mut rng, c);
                (a, c, p)
            })
            .collect(),
        coworks: (0..(n / 400).max(3))
            .map(|_| {
                let c = pick_culture(&mut rng);
                (new_addr(&mut rng, c), ip4(&mut rng))
            })
            .collect(),
        nat: (0..(n / 1500).max(2)).map(|_| ip4(&mut rng)).collect(),
        vpn: (0..(n / 200).max(4)).map(|_| ip4(&mut rng)).collect(),
        cloud: (0..(n / 100).max(8)).map(|_| ip4(&mut rng)).collect(),
        nominees: (0..(n / 2000).max(2))
            .map(|_| {
                let c = pick_culture(&mut rng);
                new_person(&mut rng, c)
            })
            .collect(),
    };

    let mut records: Vec<CustomerRecord> = Vec::with_capacity(n);
    let mut party: Vec<u32> = Vec::with_capacity(n);
    let planted = (n as f64 * cfg.network_share) as usize;
    let mut next_party = 0u32;

    while records.len() < planted {
        let size = (2
            + (rng.below(1000) as f64 / 1000.0)
                .powf(1.6)
                .mul_add(11.0, 0.0) as usize)
            .min(12)
            .min((planted - records.len()).max(2));
        let home = pick_culture(&mut rng);
        let directors: Vec<Person> = (0..rng.range(1, 3))
            .map(|_| new_person(&mut rng, home))
            .collect();
        let owners: Vec<Person> = (0..rng.range(1, 2))
            .map(|_| {
                if rng.chance(0.3) {
                    *rng.pick(&directors)
                } else {
                    new_person(&mut rng, home)
                }
            })
            .collect();
        let phones: Vec<String> = (0..rng.range(1, 2)).map(|_| nsn(&mut rng, home)).collect();
        let office = new_addr(&mut rng, home);
        let cards: Vec<String> = (0..rng.range(1, 2))
            .map(|_| format!("card_{}", hex(&mut rng, 20)))
            .collect();
        let keys: Vec<String> = (0..rng.range(1, 3))
            .map(|_| format!("SHA256:{}", b64(&mut rng, 43)))
            .collect();
        let ips: Vec<String> = (0..rng.range(2, 4)).map(|_| ip4(&mut rng)).collect();
        let own_domain = rng.chance(0.6).then(|| domain_of(&mut rng));
        let mailbox = format!("{}{}", rng.pick(BRAND).to_lowercase(), rng.range(10, 999));
        // How careful this controller is: the chance a shell takes each asset.
        let care = 0.6 + rng.below(80) as f64 / 100.0;
        let p = |base: f64| (base * care).min(0.95);
        let pid = next_party;
        next_party += 1;
        for _ in 0..size {
            let c = if rng.chance(0.7) {
                home
            } else {
                pick_culture(&mut rng)
            };
            let mut r = CustomerRecord {
                name: company(&mut rng),
                country: CountryCode::parse(c.country).ok(),
                ..Default::default()
            };
            let mut took = 0;
            for _ in 0..8 {
                if rng.chance(p(0.5)) {
                    let d = *rng.pick(&directors);
                    r.directors.push(write_person2(&mut rng, &d, cfg));
                    took += 1;
                }
                if rng.chance(p(0.3)) {
                    let o = *rng.pick(&owners);
                    r.owners.push(write_person2(&mut rng, &o, cfg));
                    took += 1;
                }
                if rng.chance(p(0.35)) {
                    let ph = rng.pick(&phones).clone();
                    r.phone = Some(write_phone2(&mut rng, home, &ph, c.country == home.country));
                    took += 1;
                }
                if rng.chance(p(0.3)) {
                    r.address = Some(write_addr(&mut rng, &office, cfg.typo_rate));
                    took += 1;
                }
                if rng.chance(p(0.2)) {
                    r.payment_fingerprint = Some(rng.pick(&cards).clone());
                    took += 1;
                }
                if rng.chance(p(0.2)) {
                    r.ssh_keys.push(rng.pick(&keys).clone());
                    took += 1;
                }
                if rng.chance(p(0.4)) {
                    r.ips.push(rng.pick(&ips).clone());
                    took += 1;
                }
                if rng.chance(p(0.3)) {
                    r.email = Some(match &own_domain {
                        Some(d) => format!(
                            "{}@{d}",
                            rng.pick(&["info", "admin", "billing", "ops", "ceo"])
                        ),
                        None => format!("{mailbox}@{}", rng.pick(&["gmail.com", "proton.me"])),
                    });
                    took += 1;
                }
                if let Some(d) = &own_domain {
                    if rng.chance(p(0.2)) {
                        r.website = Some(format!("https://www.{d}/"));
                        took += 1;
                    }
                }
                if took > 0 {
                    break;
                }
            }
            r.directors.dedup();
            r.owners.dedup();
            r.ips.dedup();
            r.ssh_keys.dedup();
            stranger_fill(&mut rng, &mut r, c, &hubs, cfg);
            r.listed = rng.chance(0.04);
            records.push(r);
            party.push(pid);
        }
    }
    while records.len() < n {
        let c = pick_culture(&mut rng);
        let mut r = CustomerRecord {
            name: company(&mut rng),
            country: CountryCode::parse(c.country).ok(),
            ..Default::default()
        };
        stranger_fill(&mut rng, &mut r, c, &hubs, cfg);
        r.listed = rng.chance(0.002);
        records.push(r);
        party.push(next_party);
        next_party += 1;
    }
    Population::shuffled(&mut rng, records, &party, "c2")
}

/// Fills what a record does not have yet with a stranger's own values and
/// with hub values shared among strangers.
fn stranger_fill(
    rng: &mut Rng,
    r: &mut CustomerRecord,
    c: &'static Culture,
    hubs: &Hubs,
    cfg: &Synth2Config,
) {
    if r.directors.is_empty() {
        if rng.chance(0.06) {
            let p = *rng.pick(&hubs.nominees);
            r.directors.push(write_person2(rng, &p, cfg));
        }
        for _ in 0..rng.range(1, 2) {
            let p = new_person(rng, c);
            r.directors.push(write_person2(rng, &p, cfg));
        }
    }
    if r.owners.is_empty() && rng.chance(0.5) {
        let p = if rng.chance(0.4) {
            // Owner-managed: the owner is a director.
            None
        } else {
            Some(new_person(rng, c))
        };
        match p {
            Some(p) => r.owners.push(write_person2(rng, &p, cfg)),
            None => r.owners.push(r.directors[0].clone()),
        }
    }
    if r.address.is_none() {
        let roll = rng.below(100);
        r.address = Some(if roll < 15 {
            let (a, ac, ph) = rng.pick(&hubs.agents).clone();
            if r.phone.is_none() && rng.chance(0.4) {
                r.phone = Some(write_phone2(rng, ac, &ph, ac.country == c.country));
            }
            write_addr(rng, &a, 0.0)
        } else if roll < 27 {
            let (a, ip) = rng.pick(&hubs.coworks).clone();
            if rng.chance(0.6) {
                r.ips.push(ip);
            }
            write_addr(rng, &a, 0.0)
        } else {
            let a = new_addr(rng, c);
            write_addr(rng, &a, 0.0)
        });
    }
    if r.phone.is_none() && rng.chance(0.9) {
        let p = nsn(rng, c);
        r.phone = Some(write_phone2(rng, c, &p, true));
    }
    if r.email.is_none() {
        r.email = Some(if rng.chance(0.55) {
            format!(
                "{}.{}{}@{}",
                rng.pick(BRAND).to_lowercase(),
                rng.pick(SECTOR).to_lowercase(),
                rng.range(1, 99_999),
                rng.pick(FREE2)
            )
        } else {
            let d = domain_of(rng);
            if rng.chance(0.6) {
                r.website = Some(format!("http://{d}"));
            }
            format!("contact@{d}")
        });
    }
    if r.payment_fingerprint.is_none() && rng.chance(0.8) {
        r.payment_fingerprint = Some(format!("card_{}", hex(rng, 20)));
    }
    if r.ssh_keys.is_empty() && rng.chance(0.4) {
        r.ssh_keys.push(format!("SHA256:{}", b64(rng, 43)));
    }
    if r.registration_id.is_none() {
        r.registration_id = Some(format!("{}{}", c.country, hex(rng, 10).to_uppercase()));
    }
    if rng.chance(0.35) {
        r.ips.push(rng.pick(&hubs.nat).clone());
    }
    if rng.chance(0.15) {
        r.ips.push(rng.pick(&hubs.vpn).clone());
    }
    if rng.chance(0.2) {
        r.ips.push(rng.pick(&hubs.cloud).clone());
    }
    for _ in 0..rng.range(0, 2) {
        r.ips.push(ip4(rng));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_sized_and_planted() {
        let cfg = Synth2Config {
            customers: 3000,
            seed: 5,
            ..Default::default()
        };
        let a = generate2(&cfg);
        let b = generate2(&cfg);
        assert_eq!(a.records.len(), 3000);
        assert_eq!(a.records, b.records);
        let mut sizes = std::collections::HashMap::new();
        for p in &a.party {
            *sizes.entry(*p).or_insert(0usize) += 1;
        }
        let in_networks: usize = sizes.values().filter(|&&s| s >= 2).sum();
        assert!(in_networks >= 400, "{in_networks}");
        assert!(sizes.values().all(|&s| s <= 12));
    }

    #[test]
    fn typos_edit_one_character() {
        let mut rng = Rng::new(1);
        for _ in 0..200 {
            let t = typo2(&mut rng, "Zhang Wei");
            let d = leasegate_names::metrics::osa_distance(&t, "Zhang Wei");
            assert!(d <= 1, "{t}");
        }
    }
}
