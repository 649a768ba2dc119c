//! Seeded synthetic customer populations with planted shell networks, for the
//! quality and speed benchmarks, and pairwise precision / recall.
//!
//! What the generator plants, and the noise around it:
//! - shell networks of 2-10 companies run by one controller, each shell using
//!   a random subset of the controller's assets (phones, office addresses,
//!   a mail domain or mailbox, a website, directors, owners, office IPs, SSH
//!   keys, payment cards), written with formatting variants (national vs
//!   international phones, Rd/Road, Suite/Ste/#, name order, URL shapes) and
//!   occasional typos that break a shared value;
//! - strangers that share hubs: registered-agent addresses (and their phone),
//!   co-working spaces (address and the space's NAT address), carrier NAT and
//!   VPN exit addresses, ISP /24s, free-mail domains, common person names;
//! - directors reused only within a network.
//!
//! Deterministic for a seed. No IO.

use crate::record::CustomerRecord;
use leasegate_core::CountryCode;

/// SplitMix64: tiny, seeded, good enough for test data.
#[derive(Clone, Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize % n.max(1)
    }
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
    pub fn range(&mut self, lo: usize, hi_incl: usize) -> usize {
        lo + self.below(hi_incl - lo + 1)
    }
}

/// Population settings.
#[derive(Clone, Debug)]
pub struct SynthConfig {
    pub customers: usize,
    pub seed: u64,
    /// Share of customers that belong to shell networks.
    pub network_share: f64,
    /// Chance that a copied shared value gets a typo.
    pub typo_rate: f64,
}

impl Default for SynthConfig {
    fn default() -> Self {
        Self {
            customers: 10_000,
            seed: 1,
            network_share: 0.12,
            typo_rate: 0.03,
        }
    }
}

/// Generated customers and the planted truth: `party[i]` is the same number
/// for customers run by one controller (every other customer has its own).
#[derive(Clone, Debug)]
pub struct Population {
    pub records: Vec<CustomerRecord>,
    pub party: Vec<u32>,
}

impl Population {
    /// Shuffles the records so that networks are not contiguous, then numbers
    /// them `{prefix}-0000000`, ... in the new order.
    pub(crate) fn shuffled(
        rng: &mut Rng,
        mut records: Vec<CustomerRecord>,
        party: &[u32],
        prefix: &str,
    ) -> Population {
        let mut order: Vec<usize> = (0..records.len()).collect();
        for i in (1..order.len()).rev() {
            let j = rng.below(i + 1);
            order.swap(i, j);
        }
        let mut recs = Vec::with_capacity(records.len());
        let mut parties = Vec::with_capacity(records.len());
        for (k, &i) in order.iter().enumerate() {
            let mut r = std::mem::take(&mut records[i]);
            r.id = format!("{prefix}-{k:07}");
            recs.push(r);
            parties.push(party[i]);
        }
        Population {
            records: recs,
            party: parties,
        }
    }
}

const SYL: &[&str] = &[
    "an", "bo", "chen", "da", "fei", "gao", "hua", "jin", "kai", "lan", "ming", "nuo", "peng",
    "qi", "rui", "shan", "tai", "wei", "xin", "yu", "zhi", "ar", "bel", "cor", "dex", "el", "fin",
    "gar", "hel", "ion", "jas", "kor", "lum", "mer", "nov", "or", "pax", "quin", "ros", "sol",
    "tor", "ul", "vex", "wyn", "zar", "tek", "ka", "ri", "vo", "sa",
];
const GENERIC: &[&str] = &[
    "Technology",
    "Trading",
    "Computing",
    "Holdings",
    "Digital",
    "Systems",
    "Cloud",
    "Data",
    "Global",
];
const LEGAL: &[&str] = &[
    "Co., Ltd.",
    "Ltd",
    "Limited",
    "LLC",
    "Inc.",
    "GmbH",
    "Pte. Ltd.",
    "FZE",
    "OOO",
    "Corp.",
];
const STREETS: &[&str] = &[
    "Jianguo",
    "Queensway",
    "Market",
    "Harbour",
    "Nathan",
    "Orchard",
    "Raffles",
    "Sheikh Zayed",
    "Tverskaya",
    "Main",
    "Oak",
    "Maple",
    "Cedar",
    "Lake",
    "Hill",
    "Park",
    "Station",
    "Mill",
    "Church",
    "High",
    "King",
    "Victoria",
    "Zhongguancun",
    "Nanjing",
    "Huaihai",
    "Shennan",
    "Des Voeux",
    "Connaught",
    "Bishopsgate",
    "Friedrich",
    "Kant",
    "Shibuya",
    "Gangnam",
    "Nevsky",
    "Lenin",
    "Gandhi",
    "Nehru",
    "Bay",
    "River",
    "Sunset",
    "Pine",
    "Elm",
    "Willow",
    "Garden",
    "Canal",
    "Bridge",
];
const STREET_TYPES: &[(&str, &str)] = &[
    ("Road", "Rd"),
    ("Street", "St"),
    ("Avenue", "Ave"),
    ("Boulevard", "Blvd"),
    ("Drive", "Dr"),
    ("Lane", "Ln"),
];
const SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
    "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Smith", "Johnson", "Brown", "Ivanov", "Petrov",
    "Kim", "Lee", "Park", "Singh", "Kumar", "Muller", "Schmidt", "Tanaka", "Sato", "Khan", "Ahmed",
    "Garcia", "Martin", "Novak", "Popescu",
];
const GIVEN: &[&str] = &[
    "Wei", "Fang", "Min", "Jing", "Lei", "Jun", "Yan", "Hong", "Tao", "Bin", "Hui", "Qiang",
    "Ping", "Gang", "Hao", "Yong", "Xiu", "Ying", "Long", "Jie", "John", "Maria", "Anna", "Ivan",
    "Olga", "Sergei", "David", "Peter", "Ji-hoon", "Min-jun", "Raj", "Priya", "Hans", "Klaus",
    "Yuki", "Hiro", "Omar", "Fatima", "Luis", "Elena",
];
const FREE_MAIL: &[&str] = &[
    "gmail.com",
    "qq.com",
    "163.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "126.com",
];
const TLDS: &[&str] = &[
    "com", "cn", "com.cn", "hk", "com.hk", "sg", "co.uk", "de", "ae", "ru", "io", "net",
];

struct Country {
    code: &'static str,
    cc: &'static str,
    trunk: &'static str,
    city: &'static str,
    weight: u32,
}

const COUNTRIES: &[Country] = &[
    Country {
        code: "CN",
        cc: "86",
        trunk: "0",
        city: "Beijing",
        weight: 30,
    },
    Country {
        code: "US",
        cc: "1",
        trunk: "",
        city: "San Jose, CA",
        weight: 15,
    },
    Country {
        code: "HK",
        cc: "852",
        trunk: "",
        city: "Hong Kong",
        weight: 8,
    },
    Country {
        code: "SG",
        cc: "65",
        trunk: "",
        city: "Singapore",
        weight: 6,
    },
    Country {
        code: "GB",
        cc: "44",
        trunk: "0",
        city: "London",
        weight: 6,
    },
    Country {
        code: "DE",
        cc: "49",
        trunk: "0",
        city: "Berlin",
        weight: 6,
    },
    Country {
        code: "AE",
        cc: "971",
        trunk: "0",
        city: "Dubai",
        weight: 5,
    },
    Country {
        code: "RU",
        cc: "7",
        trunk: "8",
        city: "Moscow",
        weight: 5,
    },
    Country {
        code: "IN",
        cc: "91",
        trunk: "0",
        city: "Bengaluru",
        weight: 5,
    },
    Country {
        code: "JP",
        cc: "81",
        trunk: "0",
        city: "Tokyo",
        weight: 4,
    },
    Country {
        code: "KR",
        cc: "82",
        trunk: "0",
        city: "Seoul",
        weight: 4,
    },
    Country {
        code: "NL",
        cc: "31",
        trunk: "0",
        city: "Amsterdam",
        weight: 3,
    },
];

fn pick_country(rng: &mut Rng) -> &'static Country {
    let total: u32 = COUNTRIES.iter().map(|c| c.weight).sum();
    let mut x = rng.below(total as usize) as u32;
    for c in COUNTRIES {
        if x < c.weight {
            return c;
        }
        x -= c.weight;
    }
    &COUNTRIES[0]
}

/// A phone number: country and national significant number.
#[derive(Clone)]
struct Phone {
    country: &'static Country,
    nsn: String,
}

fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| char::from(b'0' + rng.below(10) as u8))
        .collect()
}

fn new_phone(rng: &mut Rng, c: &'static Country) -> Phone {
    let nsn = match c.code {
        "CN" => {
            if rng.chance(0.5) {
                format!("1{}{}", rng.range(3, 9), digits(rng, 9))
            } else {
                format!("10{}", digits(rng, 8))
            }
        }
        "US" => format!(
            "{}{}{}",
            rng.range(201, 989),
            rng.range(200, 999),
            digits(rng, 4)
        ),
        "HK" => format!("{}{}", rng.pick(&["5", "6", "9", "2", "3"]), digits(rng, 7)),
        "SG" => format!("{}{}", rng.pick(&["6", "8", "9"]), digits(rng, 7)),
        "GB" => format!("20{}", digits(rng, 8)),
        "DE" => format!("30{}", digits(rng, 8)),
        "AE" => format!("4{}", digits(rng, 7)),
        "RU" => format!("495{}", digits(rng, 7)),
        "IN" => format!("80{}", digits(rng, 8)),
        "JP" => format!("3{}", digits(rng, 8)),
        "KR" => format!("2{}", digits(rng, 8)),
        _ => format!("20{}", digits(rng, 7)),
    };
    Phone { country: c, nsn }
}

/// Writes a phone number the way a customer registered in `home` might.
fn write_phone(rng: &mut Rng, p: &Phone, home: &Country) -> String {
    let n = &p.nsn;
    let spaced = |n: &str| {
        let (a, b) = n.split_at(n.len() / 2);
        format!("{a} {b}")
    };
    let domestic = home.code == p.country.code;
    match rng.below(if domestic { 5 } else { 3 }) {
        0 => format!("+{}{}", p.country.cc, n),
        1 => format!("+{} {}", p.country.cc, spaced(n)),
        2 => format!("00{} {}", p.country.cc, n),
        3 if p.country.code == "US" => format!("({}) {}-{}", &n[..3], &n[3..6], &n[6..]),
        _ => format!("{}{}", p.country.trunk, spaced(n)),
    }
}

/// A postal address.
#[derive(Clone)]
struct Address {
    number: usize,
    street: &'static str,
    kind: (&'static str, &'static str),
    unit: Option<usize>,
    floor: Option<usize>,
    city: &'static str,
    postcode: String,
    country: &'static str,
}

fn new_address(rng: &mut Rng, c: &'static Country) -> Address {
    Address {
        number: rng.range(1, 400),
        street: STREETS[rng.below(STREETS.len())],
        kind: *rng.pick(STREET_TYPES),
        unit: if rng.chance(0.6) {
            Some(rng.range(1, 2500))
        } else {
            None
        },
        floor: if rng.chance(0.3) {
            Some(rng.range(1, 40))
        } else {
            None
        },
        city: c.city,
        postcode: digits(rng, if c.code == "US" { 5 } else { 6 }),
        country: c.code,
    }
}

fn write_address(rng: &mut Rng, a: &Address) -> String {
    let kind = if rng.chance(0.5) { a.kind.0 } else { a.kind.1 };
    let mut parts: Vec<String> = Vec::new();
    if let Some(u) = a.unit {
        let d = *rng.pick(&["Suite", "Ste.", "Unit", "#", "Room"]);
        parts.push(if d == "#" {
            format!("#{u}")
        } else {
            format!("{d} {u}")
        });
    }
    if let Some(f) = a.floor {
        parts.push(match rng.below(3) {
            0 => format!("{f}/F"),
            1 => format!("Floor {f}"),
            _ => format!("{f}F"),
        });
    }
    parts.push(format!("{} {} {}", a.number, a.street, kind));
    parts.push(a.city.to_string());
    parts.push(a.postcode.clone());
    if rng.chance(0.5) {
        parts.push(a.country.to_string());
    }
    let mut s = parts.join(if rng.chance(0.5) { ", " } else { " " });
    if rng.chance(0.2) {
        s = s.to_uppercase();
    }
    s
}

fn person(rng: &mut Rng) -> (String, String) {
    let sur = rng.pick(SURNAMES).to_string();
    let mut given = rng.pick(GIVEN).to_string();
    if rng.chance(0.6) {
        given = format!("{given} {}", rng.pick(GIVEN));
    }
    (sur, given)
}

fn write_person(rng: &mut Rng, p: &(String, String)) -> String {
    match rng.below(3) {
        0 => format!("{} {}", p.1, p.0),
        1 => format!("{} {}", p.0, p.1),
        _ => format!("{}, {}", p.0.to_uppercase(), p.1),
    }
}

fn word(rng: &mut Rng) -> String {
    let n = rng.range(2, 3);
    let mut w: String = (0..n).map(|_| *rng.pick(SYL)).collect();
    if let Some(f) = w.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    w
}

fn company_name(rng: &mut Rng) -> String {
    let mut s = word(rng);
    if rng.chance(0.4) {
        s = format!("{s} {}", word(rng));
    }
    format!("{s} {} {}", rng.pick(GENERIC), rng.pick(LEGAL))
}

fn domain(rng: &mut Rng) -> String {
    format!(
        "{}{}.{}",
        word(rng).to_lowercase(),
        rng.range(1, 999),
        rng.pick(TLDS)
    )
}

fn write_website(rng: &mut Rng, d: &str) -> String {
    match rng.below(4) {
        0 => format!("https://www.{d}/"),
        1 => format!("http://{d}"),
        2 => format!("www.{d}/about"),
        _ => d.to_string(),
    }
}

/// One character changed: the kind of slip that breaks an exact match.
fn typo(rng: &mut Rng, s: &str) -> String {
    let mut cs: Vec<char> = s.chars().collect();
    let idxs: Vec<usize> = (0..cs.len())
        .filter(|&i| cs[i].is_ascii_alphanumeric())
        .collect();
    if idxs.is_empty() {
        return s.to_string();
    }
    let i = *rng.pick(&idxs);
    cs[i] = if cs[i].is_ascii_digit() {
        char::from(b'0' + ((cs[i] as u8 - b'0' + 1 + rng.below(8) as u8) % 10))
    } else {
        char::from(b'a' + rng.below(26) as u8)
    };
    cs.into_iter().collect()
}

fn isp_ip(rng: &mut Rng) -> String {
    // ~65k ISP /24s: chance /24 collisions between strangers, as in real pools.
    let p = rng.below(65_536);
    format!(
        "{}.{}.{}.{}",
        11 + (p >> 8) % 200,
        p & 0xff,
        rng.range(0, 255),
        rng.range(1, 254)
    )
}

fn hex_id(rng: &mut Rng, prefix: &str, n: usize) -> String {
    let mut s = String::from(prefix);
    for _ in 0..n {
        s.push(char::from_digit(rng.below(16) as u32, 16).unwrap_or('0'));
    }
    s
}

struct Controller {
    country: &'static Country,
    phones: Vec<Phone>,
    addresses: Vec<Address>,
    domain: String,
    mailbox: String,
    directors: Vec<(String, String)>,
    owners: Vec<(String, String)>,
    ips: Vec<String>,
    ssh: Vec<String>,
    cards: Vec<String>,
    name_word: String,
}

/// Generates a population. Customers come in shuffled order.
pub fn generate(cfg: &SynthConfig) -> Population {
    let mut rng = Rng::new(cfg.seed);
    let n = cfg.customers;
    let n_agents = (n / 2500).max(2);
    let agents: Vec<(Address, Phone)> = (0..n_agents)
        .map(|_| {
            let c = pick_country(&mut rng);
            (new_address(&mut rng, c), new_phone(&mut rng, c))
        })
        .collect();
    let n_cowork = (n / 600).max(2);
    let coworks: Vec<(Address, String)> = (0..n_cowork)
        .map(|_| {
            let c = pick_country(&mut rng);
            (new_address(&mut rng, c), isp_ip(&mut rng))
        })
        .collect();
    let nat: Vec<String> = (0..(n / 2000).max(1)).map(|_| isp_ip(&mut rng)).collect();
    let vpn: Vec<String> = (0..(n / 300).max(2)).map(|_| isp_ip(&mut rng)).collect();

    let mut records: Vec<CustomerRecord> = Vec::with_capacity(n);
    let mut party: Vec<u32> = Vec::with_capacity(n);
    let mut next_party = 0u32;
    let planted = (n as f64 * cfg.network_share) as usize;

    // Noise every customer may carry, network or not.
    let add_noise = |rng: &mut Rng, r: &mut CustomerRecord, home: &'static Country| {
        if r.address.is_none() {
            r.address = Some(if rng.chance(0.12) {
                let a = &agents[rng.below(agents.len())];
                if rng.chance(0.3) {
                    r.phone.get_or_insert_with(|| write_phone(rng, &a.1, home));
                }
                write_address(rng, &a.0)
            } else if rng.chance(0.12) {
                let cw = &coworks[rng.below(coworks.len())];
                if rng.chance(0.5) {
                    r.ips.push(cw.1.clone());
                }
                write_address(rng, &cw.0)
            } else {
                let a = new_address(rng, home);
                write_address(rng, &a)
            });
        }
        if rng.chance(0.3) {
            r.ips.push(nat[rng.below(nat.len())].clone());
        }
        if rng.chance(0.2) {
            r.ips.push(vpn[rng.below(vpn.len())].clone());
        }
        for _ in 0..rng.range(0, 2) {
            r.ips.push(isp_ip(rng));
        }
        if r.phone.is_none() && rng.chance(0.85) {
            let p = new_phone(rng, home);
            r.phone = Some(write_phone(rng, &p, home));
        }
        if r.email.is_none() {
            let local = format!("{}{}", word(rng).to_lowercase(), rng.range(1, 9999));
            r.email = Some(format!("{local}@{}", rng.pick(FREE_MAIL)));
        }
        if r.directors.is_empty() {
            for _ in 0..rng.range(1, 2) {
                let p = person(rng);
                r.directors.push(write_person(rng, &p));
            }
        }
        if r.registration_id.is_none() {
            r.registration_id = Some(hex_id(rng, "", 12).to_uppercase());
        }
        if r.payment_fingerprint.is_none() && rng.chance(0.7) {
            r.payment_fingerprint = Some(hex_id(rng, "fp_", 16));
        }
        if rng.chance(0.3) {
            r.ssh_keys.push(hex_id(rng, "SHA256:", 43));
        }
    };

    // Shell networks.
    while records.len() < planted {
        let size = (2 + (rng.below(100) as f64 / 100.0).powi(2).mul_add(8.0, 0.0) as usize)
            .min(planted - records.len().min(planted))
            .max(2);
        let home = pick_country(&mut rng);
        let ctl = Controller {
            country: home,
            phones: (0..rng.range(1, 2))
                .map(|_| new_phone(&mut rng, home))
                .collect(),
            addresses: (0..rng.range(1, 2))
                .map(|_| new_address(&mut rng, home))
                .collect(),
            domain: domain(&mut rng),
            mailbox: format!("{}{}", word(&mut rng).to_lowercase(), rng.range(1, 99)),
            directors: (0..rng.range(1, 3)).map(|_| person(&mut rng)).collect(),
            owners: (0..rng.range(1, 2)).map(|_| person(&mut rng)).collect(),
            ips: (0..rng.range(1, 3)).map(|_| isp_ip(&mut rng)).collect(),
            ssh: (0..rng.range(1, 2))
                .map(|_| hex_id(&mut rng, "SHA256:", 43))
                .collect(),
            cards: (0..rng.range(1, 2))
                .map(|_| hex_id(&mut rng, "fp_", 16))
                .collect(),
            name_word: word(&mut rng),
        };
        let party_id = next_party;
        next_party += 1;
        let shared_mail_free = rng.chance(0.4);
        let mut shells_used: Vec<Vec<usize>> = Vec::new();
        for _ in 0..size {
            let reg = if rng.chance(0.6) {
                ctl.country
            } else {
                pick_country(&mut rng)
            };
            let mut r = CustomerRecord {
                id: String::new(),
                name: if rng.chance(0.3) {
                    format!("{} {} {}", ctl.name_word, word(&mut rng), rng.pick(LEGAL))
                } else {
                    company_name(&mut rng)
                },
                country: CountryCode::parse(reg.code).ok(),
                ..Default::default()
            };
            let t = |rng: &mut Rng, s: String| {
                if rng.chance(cfg.typo_rate) {
                    typo(rng, &s)
                } else {
                    s
                }
            };
            // A shell reuses one asset of an earlier shell of the network (so
            // the network is connected in principle), plus each other asset
            // with some chance. Assets: 0 phone, 1 address, 2 mail, 3 website,
            // 4 director, 5 owner, 6 IP, 7 SSH key, 8 card.
            let mut kinds: Vec<usize> = Vec::new();
            if let Some(prev) = shells_used.get(rng.below(shells_used.len().max(1))) {
                let prev: &Vec<usize> = prev;
                if !prev.is_empty() {
                    kinds.push(*rng.pick(prev));
                }
            }
            const P: [f64; 9] = [0.3, 0.3, 0.25, 0.15, 0.35, 0.2, 0.3, 0.15, 0.12];
            for (k, p) in P.iter().enumerate() {
                if rng.chance(*p) && !kinds.contains(&k) {
                    kinds.push(k);
                }
            }
            if kinds.is_empty() {
                kinds.push(rng.below(9));
            }
            for &k in &kinds {
                match k {
                    0 => {
                        let p = ctl.phones[0].clone();
                        let s = write_phone(&mut rng, &p, reg);
                        r.phone = Some(t(&mut rng, s));
                    }
                    1 => {
                        let a = ctl.addresses[0].clone();
                        let s = write_address(&mut rng, &a);
                        r.address = Some(t(&mut rng, s));
                    }
                    2 => {
                        if shared_mail_free {
                            r.email = Some(format!("{}@{}", ctl.mailbox, "gmail.com"));
                        } else {
                            r.email = Some(format!(
                                "{}{}@{}",
                                word(&mut rng).to_lowercase(),
                                rng.range(1, 99),
                                ctl.domain
                            ));
                        }
                    }
                    3 => r.website = Some(write_website(&mut rng, &ctl.domain)),
                    4 => {
                        let d = ctl.directors[0].clone();
                        let s = write_person(&mut rng, &d);
                        r.directors.push(t(&mut rng, s));
                        if ctl.directors.len() > 1 && rng.chance(0.5) {
                            let d = ctl.directors[1].clone();
                            let s = write_person(&mut rng, &d);
                            r.directors.push(t(&mut rng, s));
                        }
                    }
                    5 => {
                        let o = ctl.owners[0].clone();
                        let s = write_person(&mut rng, &o);
                        r.owners.push(t(&mut rng, s));
                    }
                    6 => r.ips.push(rng.pick(&ctl.ips).clone()),
                    7 => r.ssh_keys.push(ctl.ssh[0].clone()),
                    _ => r.payment_fingerprint = Some(ctl.cards[0].clone()),
                }
            }
            shells_used.push(kinds);
            add_noise(&mut rng, &mut r, reg);
            r.listed = rng.chance(0.05);
            records.push(r);
            party.push(party_id);
        }
    }
    // Independent customers.
    while records.len() < n {
        let home = pick_country(&mut rng);
        let mut r = CustomerRecord {
            id: String::new(),
            name: company_name(&mut rng),
            country: CountryCode::parse(home.code).ok(),
            ..Default::default()
        };
        if rng.chance(0.4) {
            let d = domain(&mut rng);
            r.email = Some(format!(
                "{}@{d}",
                rng.pick(&["info", "sales", "admin", "ops"])
            ));
            if rng.chance(0.7) {
                r.website = Some(write_website(&mut rng, &d));
            }
        }
        add_noise(&mut rng, &mut r, home);
        r.listed = rng.chance(0.002);
        records.push(r);
        party.push(next_party);
        next_party += 1;
    }
    Population::shuffled(&mut rng, records, &party, "cust")
}

/// Serialises a record as one JSON line in the CLI's input format.
pub fn to_json_line(r: &CustomerRecord) -> String {
    let mut m = serde_json::Map::new();
    m.insert("id".into(), r.id.clone().into());
    m.insert("name".into(), r.name.clone().into());
    if let Some(c) = r.country {
        m.insert("country".into(), c.as_str().into());
    }
    for (k, v) in [
        ("registration_id", &r.registration_id),
        ("address", &r.address),
        ("email", &r.email),
        ("phone", &r.phone),
        ("website", &r.website),
        ("payment_fingerprint", &r.payment_fingerprint),
    ] {
        if let Some(v) = v {
            m.insert(k.into(), v.clone().into());
        }
    }
    for (k, v) in [
        ("directors", &r.directors),
        ("owners", &r.owners),
        ("ips", &r.ips),
        ("ssh_keys", &r.ssh_keys),
    ] {
        if !v.is_empty() {
            m.insert(k.into(), v.clone().into());
        }
    }
    if r.listed {
        m.insert("listed".into(), true.into());
    }
    if r.covered {
        m.insert("covered".into(), true.into());
    }
    serde_json::Value::Object(m).to_string()
}

/// Pairwise precision, recall and F1 of a clustering against the truth.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub struct PairwiseQuality {
    pub true_pairs: u64,
    pub predicted_pairs: u64,
    pub correct_pairs: u64,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// `truth[i]` and `predicted[i]` are cluster labels of customer i.
pub fn pairwise_quality(truth: &[u32], predicted: &[u32]) -> PairwiseQuality {
    use rustc_hash::FxHashMap;
    let c2 = |k: u64| k * k.saturating_sub(1) / 2;
    let mut t: FxHashMap<u32, u64> = FxHashMap::default();
    let mut p: FxHashMap<u32, u64> = FxHashMap::default();
    let mut both: FxHashMap<(u32, u32), u64> = FxHashMap::default();
    for (&a, &b) in truth.iter().zip(predicted) {
        *t.entry(a).or_default() += 1;
        *p.entry(b).or_default() += 1;
        *both.entry((a, b)).or_default() += 1;
    }
    let true_pairs: u64 = t.values().map(|&k| c2(k)).sum();
    let predicted_pairs: u64 = p.values().map(|&k| c2(k)).sum();
    let correct_pairs: u64 = both.values().map(|&k| c2(k)).sum();
    let precision = if predicted_pairs == 0 {
        1.0
    } else {
        correct_pairs as f64 / predicted_pairs as f64
    };
    let recall = if true_pairs == 0 {
        1.0
    } else {
        correct_pairs as f64 / true_pairs as f64
    };
    let f1 = if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    };
    PairwiseQuality {
        true_pairs,
        predicted_pairs,
        correct_pairs,
        precision,
        recall,
        f1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let cfg = SynthConfig {
            customers: 2000,
            seed: 7,
            ..Default::default()
        };
        let a = generate(&cfg);
        let b = generate(&cfg);
        assert_eq!(a.records.len(), 2000);
        assert_eq!(a.records, b.records);
        assert_eq!(a.party, b.party);
    }

    #[test]
    fn quality_counts_pairs() {
        let q = pairwise_quality(&[0, 0, 0, 1], &[5, 5, 6, 6]);
        assert_eq!(
            (q.true_pairs, q.predicted_pairs, q.correct_pairs),
            (3, 2, 1)
        );
    }
}
