//! The linker: interned normalised values, blocking, pair scoring, links and
//! clusters, built in one batch or grown one customer at a time.
//!
//! # Storage
//! Every distinct (attribute, normalised value) is interned once: its text in
//! one arena, its holder count, and its holders as a linked list through the
//! entry table (one entry per record and value). A record's entries are
//! contiguous and sorted by value id, so two records compare by a merge.
//!
//! # Incremental updates and changing frequencies
//! A value's weight depends on how many customers hold it, so adding a
//! customer can weaken evidence between existing customers. Counts only grow,
//! and weights only fall as counts grow, so an existing pair can lose a link
//! but never gain one except through the new customer. Weights are a function
//! of the count's quarter-bit bucket; when a value's bucket changes we
//! re-score exactly the linked pairs that share the value, drop links that
//! fall below the threshold and recompute connectivity of the clusters that
//! lost links. The result equals a batch build of the same records.
//!
//! Persons add two twists. A name also weighs in matches with other
//! spellings and roles (see `config`), so when a director or owner value's
//! bucket changes, every linked neighbour of its holders is re-scored, and
//! a name held by one customer already counts (its variants may be held
//! elsewhere). Fuzzy person keys stop making candidate pairs above
//! `person_key_max_holders` holders, so a pair stays linked only while it
//! still shares a value that makes candidate pairs, exactly as in a batch
//! build. Addresses matched across a typo (`normalize::addresses_may_match`)
//! work the same way: an address value whose bucket changes re-scores every
//! linked neighbour of its holders, and address keys block only up to
//! `address_key_max_holders` holders.

use crate::config::{bucket, Attribute, LinkageConfig};
use crate::normalize;
use crate::partition::Partition;
use crate::record::CustomerRecord;
use leasegate_core::ErrorCode;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use serde::Serialize;
use smallvec::SmallVec;
use std::hash::Hasher;
use std::ops::Range;

/// Most customers one linker holds (ids are u32 internally).
pub const MAX_CUSTOMERS: usize = 50_000_000;
const NONE: u32 = u32::MAX;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LinkageError {
    #[error("duplicate customer id {0:?}: each customer may appear once")]
    DuplicateId(String),
    #[error("too many customers: at most {MAX_CUSTOMERS} per linker")]
    TooManyCustomers,
    #[error("customer {0:?} not found")]
    CustomerNotFound(String),
    #[error("invalid linkage threshold {0}: expected a finite number of bits > 0")]
    InvalidThreshold(String),
    /// A normaliser failed on a field (a bug). The record was added without
    /// the field.
    #[error(
        "customer {id:?}: its {fields} could not be read (an internal error); linked \
         without it"
    )]
    UnreadableField { id: String, fields: String },
}

impl LinkageError {
    fn unreadable(rec: &CustomerRecord, failed: &[&str]) -> Self {
        LinkageError::UnreadableField {
            id: rec.id.as_str().to_string(),
            fields: failed.join(", "),
        }
    }
}

impl ErrorCode for LinkageError {
    fn code(&self) -> &'static str {
        match self {
            LinkageError::DuplicateId(_) => "duplicate_customer_id",
            LinkageError::TooManyCustomers => "too_many_customers",
            LinkageError::CustomerNotFound(_) => "customer_not_found",
            LinkageError::InvalidThreshold(_) => "invalid_threshold",
            LinkageError::UnreadableField { .. } => "unreadable_field",
        }
    }
    fn is_user_error(&self) -> bool {
        !matches!(self, LinkageError::UnreadableField { .. })
    }
}

/// One piece of evidence behind a link.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    pub attribute: Attribute,
    /// The shared normalised value.
    pub value: String,
    /// Bits this value contributed to the link.
    pub weight: f64,
    /// How many customers hold the value (what the weight was derived from).
    pub shared_by: u32,
    /// Why it counted for less than its frequency alone says (a crowded
    /// network or building), for a compliance officer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// A pair's score.
#[derive(Clone, Copy, Debug)]
struct Score {
    /// Bits of evidence, group values weighed by their corroboration.
    total: f64,
    /// Bits with every group value at its uncorroborated cap.
    base: f64,
    /// The first shared value that makes candidate pairs (NONE if none).
    first_block: u32,
}

/// A link from one customer to another.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    pub other: usize,
    pub other_id: String,
    pub weight: f64,
    pub evidence: Vec<Evidence>,
}

/// A cluster handle: valid until the next [`Linker::add`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClusterId(u32);

/// What [`Linker::add`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AddOutcome {
    /// Index of the new customer.
    pub index: usize,
    /// Clusters that changed: the one holding the new customer first, then
    /// any split off when evidence between others weakened.
    pub affected: Vec<ClusterId>,
    /// Fields of the record that could not be read (an internal error) and
    /// were left out (see [`features_checked`]); empty normally.
    pub unreadable_fields: Vec<&'static str>,
}

/// Normalised features of one record: (attribute, canonical text),
/// deduplicated. Fuzzy person and address keys are not listed: the linker
/// derives them from the director, owner and address values.
pub fn features(rec: &CustomerRecord) -> Vec<(Attribute, String)> {
    features_checked(rec).0
}

/// Runs one field's normaliser `g`, which appends its features; if it
/// panics, nothing of the field is kept and the field is listed in `failed`.
fn read_field(
    field: &'static str,
    f: &mut Vec<(Attribute, String)>,
    failed: &mut Vec<&'static str>,
    g: impl FnOnce(&mut Vec<(Attribute, String)>),
) {
    let mut out = Vec::new();
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| g(&mut out))) {
        Ok(()) => f.append(&mut out),
        Err(_) => failed.push(field),
    }
}

/// [`features`], and the fields whose normaliser failed (a bug: it
/// panicked on this text). Such a field is left out and the rest of the
/// record is read: one odd phone number must not stop a million-record run
/// or lose the record's other evidence.
pub fn features_checked(rec: &CustomerRecord) -> (Vec<(Attribute, String)>, Vec<&'static str>) {
    let mut f: Vec<(Attribute, String)> = Vec::with_capacity(24);
    let mut failed: Vec<&'static str> = Vec::new();
    // Fields of one value: (field, attribute, its text, normaliser).
    type One<'a> = (
        &'static str,
        Attribute,
        Option<&'a str>,
        fn(&str, Option<leasegate_core::CountryCode>) -> Option<String>,
    );
    let single: [One<'_>; 4] = [
        (
            "registration_id",
            Attribute::RegistrationId,
            rec.registration_id.as_deref(),
            |t, c| normalize::normalize_registration_id_in(t, c),
        ),
        (
            "payment_fingerprint",
            Attribute::PaymentFingerprint,
            rec.payment_fingerprint.as_deref(),
            |t, _| normalize::normalize_payment_fingerprint(t),
        ),
        (
            "website",
            Attribute::Website,
            rec.website.as_deref(),
            |t, _| normalize::normalize_website(t),
        ),
        (
            "address",
            Attribute::Address,
            rec.address.as_deref(),
            |t, _| normalize::normalize_address(t),
        ),
    ];
    for (field, attr, text, norm) in single {
        read_field(field, &mut f, &mut failed, |f| {
            f.extend(text.and_then(|t| norm(t, rec.country)).map(|v| (attr, v)));
        });
    }
    read_field("phone", &mut f, &mut failed, |f| {
        if let Some(t) = rec.phone.as_deref() {
            for p in normalize::normalize_phones(t, rec.country) {
                f.push((Attribute::Phone, p.text().to_string()));
            }
        }
    });
    read_field("ssh_keys", &mut f, &mut failed, |f| {
        for k in &rec.ssh_keys {
            // A full public key gives its SHA-256 and its MD5 fingerprint.
            if let Some((v, md5)) = normalize::normalize_ssh_key_values(k) {
                f.push((Attribute::SshKey, v));
                if let Some(m) = md5 {
                    f.push((Attribute::SshKey, m));
                }
            }
        }
    });
    read_field("email", &mut f, &mut failed, |f| {
        if let Some(e) = rec.email.as_deref().and_then(normalize::normalize_email) {
            f.push((Attribute::Email, e.mailbox));
            if let Some(d) = e.domain {
                f.push((Attribute::EmailDomain, d));
            }
        }
    });
    read_field("ips", &mut f, &mut failed, |f| {
        for ip in &rec.ips {
            if let Some(n) = normalize::normalize_ip(ip) {
                f.push((Attribute::Ip, n.address.text().to_string()));
                if let Some(p) = n.prefix {
                    f.push((Attribute::IpPrefix, p));
                }
            }
        }
    });
    // A company named as director or owner is not a person: its name is
    // as distinctive as a domain, and no person-name matching applies.
    for (names, attr, field) in [
        (&rec.directors, Attribute::Director, "directors"),
        (&rec.owners, Attribute::Owner, "owners"),
    ] {
        read_field(field, &mut f, &mut failed, |f| {
            for d in names {
                if let Some(v) = normalize::normalize_organisation(d) {
                    f.push((Attribute::Organisation, v));
                } else if let Some(v) = normalize::normalize_person(d) {
                    f.push((attr, v));
                }
            }
        });
    }
    read_field("name", &mut f, &mut failed, |f| {
        for t in normalize::company_name_tokens(&rec.name) {
            f.push((Attribute::Name, t));
        }
    });
    f.sort_unstable();
    f.dedup();
    (f, failed)
}

/// The IPv4 network of `prefix_len` bits (1-16) of a canonical login
/// address (`a.b.c.d`) as a number below `1 << prefix_len`; None for IPv6
/// and for text kept as given.
fn ipv4_range(ip: &str, prefix_len: u8) -> Option<usize> {
    let a: std::net::Ipv4Addr = ip.parse().ok()?;
    Some((u32::from(a) >> (32 - u32::from(prefix_len))) as usize)
}

/// Whether a platform page's name (`neyron` of `facebook.com/neyron`) is
/// a word of the company's name written another way, one letter apart
/// (`Neiron AI`, `ООО «Нейрон»` read `neiron`): a transliteration picks `i`
/// or `y`, `ks` or `x`, and strangers so named pick the page as the company
/// does. Words of five letters or more only: shorter ones are one letter
/// from too many others.
/// A Korean name written in Hangul counts in its Revised Romanization
/// (`normalize::hangul_page_names`): `saebyeok` for `새벽랩스`.
fn page_transliterates_name(page: &str, name: &str) -> bool {
    if !page.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    (page.len() >= 5
        && normalize::ascii_tokens(name)
            .iter()
            .any(|w| w.len() >= 5 && normalize::within_one_edit(w.as_bytes(), page.as_bytes())))
        || (page.len() >= 4 && normalize::hangul_page_names(name).iter().any(|n| n == page))
}

/// Login addresses given in one IPv4 range (`LinkageConfig::is_pool_range`).
#[derive(Clone, Default)]
struct RangeStats {
    /// Distinct addresses given.
    addresses: u32,
    /// The addresses more than one customer gives (`Ip` values).
    shared: Vec<u32>,
}

/// Whether a normalised IP address lies in a normalised network
/// (`normalize::normalize_ip`'s address and prefix). Compares text for the
/// common IPv4 case, since this runs for every scored pair sharing an IP.
fn ip_in_prefix(ip: &str, prefix: &str) -> bool {
    if ip.parse::<std::net::Ipv4Addr>().is_ok() {
        // Canonical IPv4 text: the /24 is the first three octets.
        return match (ip.rsplit_once('.'), prefix.strip_suffix(".0/24")) {
            (Some((head, _)), Some(net)) => head == net,
            _ => false,
        };
    }
    // Canonical IPv6 text (`net/64`) against a `/48` as `normalize_ip`
    // writes it: the first three segments, compared without allocating (this
    // runs for every login address of every scored pair).
    if let Some(a) = ip
        .strip_suffix("/64")
        .and_then(|a| a.parse::<std::net::Ipv6Addr>().ok())
        .filter(|a| a.to_ipv4_mapped().is_none())
    {
        return prefix
            .strip_suffix("/48")
            .and_then(|p| p.parse::<std::net::Ipv6Addr>().ok())
            .is_some_and(|p| p.segments()[..3] == a.segments()[..3]);
    }
    normalize::normalize_ip(ip)
        .and_then(|n| n.prefix)
        .is_some_and(|p| p == prefix)
}

/// The network (`normalize::normalize_ip`'s prefix) of a login value
/// that `normalize_ip` wrote. For canonical IPv4 it is read from the text,
/// as [`ip_in_prefix`] compares it: the first three octets; anything else
/// is read again.
fn network_of(canonical: &str) -> Option<String> {
    match canonical.rsplit_once('.') {
        Some((net, _)) if canonical.parse::<std::net::Ipv4Addr>().is_ok() => {
            Some(format!("{net}.0/24"))
        }
        _ => normalize::normalize_ip(canonical).and_then(|n| n.prefix),
    }
}

/// Most bits a login value that is no readable address weighs.
const UNREAD_LOGIN_CAP_BITS: f64 = 1.0;

/// Whether a login value is an address `normalize::normalize_ip` could
/// read (canonical IPv4, or an IPv6 /64), not text kept as given.
fn is_canonical_ip(t: &str) -> bool {
    t.parse::<std::net::Ipv4Addr>().is_ok()
        || t.strip_suffix("/64")
            .is_some_and(|a| a.parse::<std::net::Ipv6Addr>().is_ok())
}

/// Records why an evidence item (attribute, value, other spelling, bits)
/// weighs less than its count says, when the score is being explained.
fn explain(
    contexts: &mut Vec<(Attribute, u32, String)>,
    on: bool,
    item: &(Attribute, u32, u32, f64),
    why: impl FnOnce() -> String,
) {
    if on {
        contexts.push((item.0, item.1, why()));
    }
}

/// Attributes whose values a university gives all its members: its
/// campus network, switchboard and buildings (`Linker::campus_values`).
/// Its website is no value at all (`normalize::normalize_website`).
fn is_campus_attr(attr: Attribute) -> bool {
    matches!(
        attr,
        Attribute::Ip | Attribute::IpPrefix | Attribute::Phone | Attribute::Address
    )
}

/// Most holders of a value searched for a second member of a university.
const CAMPUS_HOLDERS_CHECKED: usize = 256;

/// Why a pair's shared value is a university's, as its explanation says.
const CAMPUS_REASON: &str = "a university's: two customers who write from one university's mail \
     domain give it (its campus network, switchboard or buildings), as its students and \
     researchers who never met do";

/// Caps at `cap` bits each evidence item that `service` says serves
/// strangers (a nominee company, an accountant's domain, a mail drop, a
/// campus network): `service` names what it is, and that is the reason
/// given when the score is being explained.
fn cap_service_values(
    items: &mut [(Attribute, u32, u32, f64)],
    contexts: &mut Vec<(Attribute, u32, String)>,
    explains: bool,
    cap: f64,
    service: impl Fn(&(Attribute, u32, u32, f64)) -> Option<&'static str>,
) {
    for item in items.iter_mut() {
        if item.3 <= cap {
            continue;
        }
        if let Some(what) = service(item) {
            item.3 = cap;
            explain(contexts, explains, item, || {
                format!("{what}: at most {cap:.2} bits")
            });
        }
    }
}

/// Of two attributes that state one fact (a mailbox and its domain), keeps
/// only the items of the one weighing more.
/// A pair's evidence items while scoring: (attribute, value, other side's
/// value for an inexact match, bits). Inline: a pair shares a few values,
/// and scoring runs for every candidate pair.
type Items = SmallVec<[(Attribute, u32, u32, f64); 8]>;
/// A pair's person matches while scoring: (bits, role, value, other value).
type Persons = SmallVec<[(f64, Attribute, u32, u32); 4]>;

fn keep_stronger(items: &mut Items, x: Attribute, y: Attribute) {
    let w = |a: Attribute, items: &[(Attribute, u32, u32, f64)]| {
        items
            .iter()
            .filter(|i| i.0 == a)
            .map(|i| i.3)
            .fold(f64::NEG_INFINITY, f64::max)
    };
    let (wx, wy) = (w(x, items), w(y, items));
    if wx.is_finite() && wy.is_finite() {
        let weaker = if wx >= wy { y } else { x };
        items.retain(|i| i.0 != weaker);
    }
}

/// Attributes whose values can be a building's
/// ([`LinkageConfig::is_building_value`]): what a co-working space, a
/// business centre or a formation agent gives its tenants or clients.
fn is_building_attr(attr: Attribute) -> bool {
    matches!(
        attr,
        Attribute::Ip
            | Attribute::Phone
            | Attribute::Email
            | Attribute::EmailDomain
            | Attribute::Website
    )
}

/// Whether a normalised address names a unit (`unit12`, not a floor alone):
/// without one it is a whole building's, or a whole floor's.
fn names_a_unit(address: &str) -> bool {
    address
        .split(' ')
        .any(|t| is_unit_or_floor(t) && t.starts_with("unit"))
}

/// Most holders [`LinkageConfig::building_value_max_holders`] may allow.
pub const MAX_BUILDING_VALUE_HOLDERS: u32 = 1_024;

/// Values held by more customers give no candidates to
/// [`Linker::near_misses`].
pub const NEAR_MISS_MAX_HOLDERS: usize = 1_000;

/// Whether a token of a normalised address is a unit or floor: `unit12`,
/// `floor3`, `unit4b`; not `unity` or `floorman` (a lettered unit, `unita`,
/// stays: it cannot be told from a word).
fn is_unit_or_floor(t: &str) -> bool {
    ["unit", "floor"].iter().any(|d| {
        t.strip_prefix(d).is_some_and(|rest| {
            rest.bytes().any(|b| b.is_ascii_digit())
                && rest.bytes().all(|b| b.is_ascii_alphanumeric())
        })
    })
}

/// The building of a normalised address (`normalize::normalize_address`):
/// its tokens without the unit and floor ones, in `buf`.
fn building_of(address: &str, buf: &mut String) {
    buf.clear();
    for t in address
        .split(' ')
        .filter(|t| !t.is_empty() && !is_unit_or_floor(t))
    {
        if !buf.is_empty() {
            buf.push(' ');
        }
        buf.push_str(t);
    }
}

/// Attributes whose values also weigh in matches with other spellings of
/// the value (and, for persons, other roles): their weight matters from the
/// first holder on. A building counts for two address spellings one typo
/// apart (the busier of their buildings).
fn is_fuzzy(attr: Attribute) -> bool {
    matches!(
        attr,
        Attribute::Director | Attribute::Owner | Attribute::Address | Attribute::Building
    )
}

/// Interned values. The map is keyed by a 64-bit hash; a collision (same hash,
/// different text) is resolved by re-hashing with the next salt, so lookups
/// stay exact.
#[derive(Default)]
struct Values {
    map: FxHashMap<u64, u32>,
    text: String,
    off: Vec<usize>,
    /// What linking reads of each value, in one place: one cache line
    /// holds what scoring a shared value or adding a holder touches.
    meta: Vec<ValueMeta>,
}

#[derive(Clone, Copy)]
struct ValueMeta {
    count: u32,
    /// The newest entry naming the value (a list through `entry_next`).
    head: u32,
    /// For a corroborated group value (`LinkageConfig::is_group_value`),
    /// how many base clusters its holders are in: the parties giving it.
    /// 0 for any other value.
    parties: u32,
    attr: u8,
    /// Whether a corroborated group value weighs by its parties rather than
    /// its holders (`LinkageConfig::weighs_by_parties`, decided when the
    /// value was last checked: the rule depends on the holder count too).
    party_weighted: bool,
    /// Whether the value is a building's (`Linker::value_buildings` is not
    /// empty), kept as its holders change.
    building: bool,
    /// For an address, whether it names a unit (`names_a_unit`): asked for
    /// every scored pair sharing an address, so read once.
    unit: bool,
}

/// The key of an office key's count (`Linker::office_counts`).
fn office_key_hash(key: &str) -> u64 {
    value_hash(Attribute::PremisesKey, key, u64::MAX)
}

/// The next hash to try for a key whose hash is taken by another
/// attribute's value (`Values::intern_key`).
fn rehash(h: u64) -> u64 {
    let mut x = FxHasher::default();
    x.write_u64(h);
    x.write_u64(0x9e37_79b9_7f4a_7c15);
    x.finish()
}

fn value_hash(attr: Attribute, text: &str, salt: u64) -> u64 {
    let mut h = FxHasher::default();
    h.write_u8(attr as u8);
    h.write(text.as_bytes());
    h.write_u64(salt);
    h.finish()
}

impl Values {
    fn len(&self) -> usize {
        self.meta.len()
    }
    fn text(&self, v: u32) -> &str {
        let v = v as usize;
        let end = self.off.get(v + 1).copied().unwrap_or(self.text.len());
        &self.text[self.off[v]..end]
    }
    fn attr(&self, v: u32) -> Attribute {
        Attribute::from_idx(self.meta[v as usize].attr)
    }
    /// Interns a fuzzy key (person or address) by its hash alone
    /// (`value_hash(attr, key, 0)`, computed off the interning thread),
    /// without its text: keys are many, never shown, and only make candidate
    /// pairs, so two keys that collide in 64 bits would at worst make one
    /// extra candidate. A collision with another attribute's value moves on
    /// to a hash of the hash.
    fn intern_key(&mut self, attr: Attribute, hash: u64) -> u32 {
        let mut h = hash;
        loop {
            match self.map.get(&h) {
                Some(&v) if self.meta[v as usize].attr == attr as u8 => return v,
                Some(_) => h = rehash(h),
                None => {
                    let v = self.meta.len() as u32;
                    self.map.insert(h, v);
                    self.off.push(self.text.len());
                    self.push_meta(attr);
                    return v;
                }
            }
        }
    }

    fn push_meta(&mut self, attr: Attribute) {
        self.meta.push(ValueMeta {
            count: 0,
            head: NONE,
            parties: 0,
            attr: attr as u8,
            party_weighted: false,
            building: false,
            unit: false,
        });
    }

    /// Interns a value given its `value_hash(attr, text, 0)`.
    fn intern_hashed(&mut self, attr: Attribute, text: &str, hash: u64) -> u32 {
        let mut salt = 0;
        let mut h = hash;
        loop {
            match self.map.get(&h) {
                Some(&v) if self.meta[v as usize].attr == attr as u8 && self.text(v) == text => {
                    return v
                }
                Some(_) => {
                    salt += 1;
                    h = value_hash(attr, text, salt);
                }
                None => {
                    let v = self.meta.len() as u32;
                    self.map.insert(h, v);
                    self.off.push(self.text.len());
                    self.text.push_str(text);
                    self.push_meta(attr);
                    self.meta[v as usize].unit = attr == Attribute::Address && names_a_unit(text);
                    return v;
                }
            }
        }
    }
}

/// A merge of two customers' sorted value lists: the values both hold.
struct Shared<'a> {
    a: &'a [u32],
    b: &'a [u32],
}

impl Iterator for Shared<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        // Most steps of a merge advance one side or the other at random:
        // the step is computed, not branched on (with a branch per step,
        // this merge, in `score` and `first_block`, was over a third of the
        // link phase at 1M customers, mostly mispredicted branches).
        let (a, b) = (self.a, self.b);
        let (mut i, mut j) = (0, 0);
        while i < a.len() && j < b.len() {
            let (x, y) = (a[i], b[j]);
            if x == y {
                self.a = &a[i + 1..];
                self.b = &b[j + 1..];
                return Some(x);
            }
            i += usize::from(x < y);
            j += usize::from(y < x);
        }
        self.a = &[];
        self.b = &[];
        None
    }
}

/// A record read off the interning thread: its features, and everything
/// [`Linker::push_record`] derives from them without shared state (value
/// hashes, fuzzy keys, company-name words, login networks). A batch
/// prepares its records in parallel, so its sequential part only looks
/// values up.
struct Prepared {
    features: Vec<(Attribute, String)>,
    /// Fields whose normaliser failed (see [`features_checked`]).
    failed: Vec<&'static str>,
    /// `value_hash(attr, text, 0)` of each feature.
    hashes: Vec<u64>,
    /// Each person named (director or owner), once, in text order: a
    /// feature naming them, and the hashes of their fuzzy keys.
    persons: Vec<(usize, Vec<u64>)>,
    addresses: Vec<AddressKeys>,
    /// The company-name words of the name and of each organisation, by
    /// feature: ranges in `text`, hashes as `OrgWord` values.
    words: Vec<(usize, Vec<TextHash>)>,
    /// Each readable login address's feature and its network's feature
    /// (`features` lists both).
    prefixes: Vec<(usize, usize)>,
    text: String,
    /// Whether the customer is a person (`normalize::is_person_name`).
    person: bool,
}

/// A text in `Prepared::text` and its value hash.
type TextHash = (Range<usize>, u64);

/// The keys of one address feature, as hashes.
struct AddressKeys {
    feature: usize,
    /// `office_key_hash` of each office key, as listed (a repeat counts
    /// again).
    office: Vec<u64>,
    address_keys: Vec<u64>,
    premises_keys: Vec<u64>,
    buildings: Vec<u64>,
    /// The building keys that are site keys (`normalize::for_each_building_key`).
    sites: Vec<u64>,
    /// Whether the text names a co-working operator or virtual office
    /// (`normalize::SharedWorkspace::Desks`).
    desks: bool,
}

impl Prepared {
    fn of(rec: &CustomerRecord, config: &LinkageConfig) -> Self {
        let (features, failed) = features_checked(rec);
        let hashes = features.iter().map(|(a, t)| value_hash(*a, t, 0)).collect();
        let mut buf = String::new();
        let mut people: Vec<(&str, usize)> = features
            .iter()
            .enumerate()
            .filter(|(_, (a, _))| matches!(a, Attribute::Director | Attribute::Owner))
            .map(|(i, (_, t))| (t.as_str(), i))
            .collect();
        people.sort_unstable();
        people.dedup_by(|x, y| x.0 == y.0);
        let persons = people
            .into_iter()
            .map(|(t, i)| {
                let mut keys = Vec::new();
                normalize::for_each_person_key(t, &mut buf, |k| {
                    keys.push(value_hash(Attribute::PersonKey, k, 0));
                });
                (i, keys)
            })
            .collect();
        let mut addresses = Vec::new();
        for (i, (_, t)) in features
            .iter()
            .enumerate()
            .filter(|(_, (a, _))| *a == Attribute::Address)
        {
            let mut a = AddressKeys {
                feature: i,
                office: Vec::new(),
                address_keys: Vec::new(),
                premises_keys: Vec::new(),
                buildings: Vec::new(),
                sites: Vec::new(),
                desks: normalize::shared_workspace(t) == Some(normalize::SharedWorkspace::Desks),
            };
            normalize::for_each_office_key(t, &mut buf, |k| a.office.push(office_key_hash(k)));
            normalize::for_each_address_key(t, &mut buf, |k| {
                a.address_keys.push(value_hash(Attribute::AddressKey, k, 0));
            });
            normalize::for_each_premises_key(t, &mut buf, |k| {
                a.premises_keys
                    .push(value_hash(Attribute::PremisesKey, k, 0));
            });
            if config.building_keys {
                normalize::for_each_building_key(t, &mut buf, |k, site| {
                    let h = value_hash(Attribute::Building, k, 0);
                    a.buildings.push(h);
                    if site {
                        a.sites.push(h);
                    }
                });
            } else {
                building_of(t, &mut buf);
                a.buildings.push(value_hash(Attribute::Building, &buf, 0));
                a.sites.push(value_hash(Attribute::Building, &buf, 0));
            }
            addresses.push(a);
        }
        let mut text = String::new();
        let mut add_text = |t: &str, attr: Attribute| {
            let start = text.len();
            text.push_str(t);
            (start..text.len(), value_hash(attr, t, 0))
        };
        let mut words = Vec::new();
        if config.org_by_words {
            for (i, (a, t)) in features.iter().enumerate() {
                match a {
                    Attribute::Name => words.push((i, vec![add_text(t, Attribute::OrgWord)])),
                    Attribute::Organisation => words.push((
                        i,
                        normalize::organisation_words(t)
                            .map(|w| add_text(w, Attribute::OrgWord))
                            .collect(),
                    )),
                    _ => {}
                }
            }
        }
        let mut prefixes = Vec::new();
        for (i, (_, t)) in features
            .iter()
            .enumerate()
            .filter(|(_, (a, _))| *a == Attribute::Ip)
        {
            if let Some(prefix) = network_of(t) {
                // `features` is sorted; a canonical address reads back as
                // itself, so its network is the one listed beside it.
                let net = features.binary_search(&(Attribute::IpPrefix, prefix));
                debug_assert!(net.is_ok(), "{t}: network not among the features");
                if let Ok(j) = net {
                    prefixes.push((i, j));
                }
            }
        }
        Self {
            features,
            failed,
            hashes,
            persons,
            addresses,
            words,
            prefixes,
            text,
            person: normalize::is_person_name(&rec.name),
        }
    }
}

/// The linkage engine. See the module docs.
pub struct Linker {
    config: LinkageConfig,
    values: Values,
    entry_value: Vec<u32>,
    entry_next: Vec<u32>,
    entry_rec: Vec<u32>,
    rec_start: Vec<u32>,
    /// Each customer's directors and owners (`Director` and `Owner`
    /// values), sorted, from `person_start[r]`: scoring a pair that shares a
    /// person key reads them without visiting every value's attribute.
    persons: Vec<u32>,
    person_start: Vec<u32>,
    /// Each customer's site keys (`Building` values made with the house
    /// number), sorted, from `site_start[r]`: where a building's login
    /// address or phone is looked for ([`LinkageConfig::is_building_value`]).
    sites: Vec<u32>,
    site_start: Vec<u32>,
    ids: Vec<Box<str>>,
    names: Vec<Box<str>>,
    flagged: Vec<bool>,
    /// Whether each customer is a person, not a company.
    individual: Vec<bool>,
    /// Each customer's country, where it could be read.
    countries: Vec<Option<leasegate_core::CountryCode>>,
    id_index: FxHashMap<Box<str>, u32>,
    /// The fuzzy keys of each person value (director or owner), sorted:
    /// two spellings are only worth verifying when they share one.
    person_keys: FxHashMap<u32, Box<[u32]>>,
    /// Links: (other customer, weight, base). A base link passes the
    /// threshold with every group value at its uncorroborated cap; only
    /// base links corroborate group values.
    adj: Vec<Vec<(u32, f32, bool)>>,
    /// Clusters: the connected components of all links.
    clusters: Partition,
    /// Customers per office key (`normalize::for_each_office_key`), by
    /// hash: counts only, since a pair sharing one shares a premises key.
    office_counts: FxHashMap<u64, u32>,
    /// The office keys of each address value with a unit, sorted hashes.
    office_keys: FxHashMap<u32, Box<[u64]>>,
    /// Office keys some customer gives in a spelling that names a
    /// co-working operator or virtual office: every spelling of that office
    /// is the centre's (`Vincom Center, Room 1802` with and without
    /// `Awfis`).
    desk_offices: FxHashSet<u64>,
    /// Mail domains where some customer's mailbox is a company secretary's
    /// or formation agent's (`corpsec@`, `normalize::is_agent_role_mailbox`):
    /// the agent's own domain, however its name reads, which its clients
    /// give as theirs.
    agent_domains: FxHashSet<Box<str>>,
    /// Values two customers writing from one university's mail domain
    /// both give (`normalize::is_university_domain`; attributes in
    /// [`is_campus_attr`]): its campus network, switchboard, buildings,
    /// which its students and researchers who never met give too.
    campus_values: FxHashSet<u32>,
    /// The distinct login addresses (`Ip` values) seen in each network
    /// (`IpPrefix` value): with its holder count, how many customers share
    /// each address there (`LinkageConfig::pool_discount_bits`).
    prefix_addresses: FxHashMap<u32, Vec<u32>>,
    /// The login networks (`IpPrefix` values) that are dynamic pools now
    /// (`LinkageConfig::is_dynamic_network`), to re-score their pairs when
    /// that changes.
    dynamic_networks: FxHashSet<u32>,
    /// Login addresses per IPv4 /16 and per wider range
    /// (`LinkageConfig::ip_wide_range_prefix_len`), indexed by `ipv4_range`
    /// (empty until the first one): whether the range is a pool.
    ranges: Vec<RangeStats>,
    wide_ranges: Vec<RangeStats>,
    /// The organisations (`Organisation` values) each company-name word
    /// (`OrgWord` value) appears in.
    word_orgs: FxHashMap<u32, Vec<u32>>,
    /// Clusters of base links only: what corroborates group values.
    base: Partition,
}

/// Grows a linker in batches without linking, then links everything at once
/// with final frequencies (cheaper than re-scoring as counts grow).
pub struct LinkerBuilder {
    linker: Linker,
}

impl LinkerBuilder {
    /// Adds records; returns the position in `records` and the error of each
    /// one rejected (duplicate id, too many customers). Normalises in parallel.
    pub fn push_batch(&mut self, records: Vec<CustomerRecord>) -> Vec<(usize, LinkageError)> {
        // Interning is sequential (ids are given in input order); it runs
        // beside the parallel preparation of the next slice.
        const SLICE: usize = 4_096;
        let config = self.linker.config.clone();
        let prepare = |slice: &[CustomerRecord]| -> Vec<Prepared> {
            slice.par_iter().map(|r| Prepared::of(r, &config)).collect()
        };
        let slices: Vec<&[CustomerRecord]> = records.chunks(SLICE).collect();
        let mut errors = Vec::new();
        let mut next = slices.first().map(|s| prepare(s)).unwrap_or_default();
        for (k, slice) in slices.iter().enumerate() {
            let current = std::mem::take(&mut next);
            let linker = &mut self.linker;
            let errors = &mut errors;
            next = rayon::join(
                || slices.get(k + 1).map(|s| prepare(s)).unwrap_or_default(),
                || {
                    for (j, (rec, p)) in slice.iter().zip(&current).enumerate() {
                        let i = k * SLICE + j;
                        match linker.push_record(rec, p) {
                            Err(e) => errors.push((i, e)),
                            Ok(_) if !p.failed.is_empty() => {
                                errors.push((i, LinkageError::unreadable(rec, &p.failed)));
                            }
                            Ok(_) => {}
                        }
                    }
                },
            )
            .0;
        }
        errors
    }

    /// Adds one record. A record with a field that could not be read is
    /// added without it, and the error says which.
    pub fn push(&mut self, rec: &CustomerRecord) -> Result<usize, LinkageError> {
        let p = Prepared::of(rec, &self.linker.config);
        let r = self.linker.push_record(rec, &p)?.0 as usize;
        if p.failed.is_empty() {
            Ok(r)
        } else {
            Err(LinkageError::unreadable(rec, &p.failed))
        }
    }

    /// Links every candidate pair and forms the clusters, in two passes:
    /// base links (every group value capped), which decide the group values'
    /// corroboration; then the pairs sharing a corroborated group value.
    pub fn finish(self) -> Linker {
        let mut l = self.linker;
        let n = l.ids.len();
        let nv = l.values.len() as u32;
        let t = l.config.threshold_bits;
        let base: Vec<(u32, u32, f32)> = (0..nv)
            .into_par_iter()
            .filter(|&v| {
                l.config
                    .blocks(l.values.attr(v), l.values.meta[v as usize].count)
            })
            .flat_map_iter(|v| {
                let holders = l.holders(v);
                let mut out = Vec::new();
                for (i, &a) in holders.iter().enumerate() {
                    for &b in &holders[i + 1..] {
                        let (a, b) = if a < b { (a, b) } else { (b, a) };
                        // Each pair is scored once: from the first value it
                        // shares that blocks. That check is a merge of two
                        // short sorted lists; scoring compares names. A
                        // login address and its network, a name and its
                        // fuzzy keys, block together.
                        if l.first_block(a, b) != v {
                            continue;
                        }
                        // No value is corroborated yet: total is the base.
                        let s = l.compare(a, b, None);
                        if s.total >= t {
                            out.push((a, b, s.total as f32));
                        }
                    }
                }
                out
            })
            .collect();
        for &(a, b, w) in &base {
            l.adj[a as usize].push((b, w, true));
            l.adj[b as usize].push((a, w, true));
        }
        l.base = Partition::from_links(n, base.iter().map(|&(a, b, _)| (a, b)));
        let corroborated: Vec<(u32, u32, u32)> = (0..nv)
            .into_par_iter()
            .filter_map(|v| {
                let (parties, linked) = l.corroboration(v);
                (parties > 0).then_some((v, parties, linked))
            })
            .collect();
        for &(v, parties, linked) in &corroborated {
            l.values.meta[v as usize].parties = parties;
            l.values.meta[v as usize].party_weighted =
                l.config
                    .weighs_by_parties(parties, l.values.meta[v as usize].count, linked);
        }
        // Pairs sharing a corroborated group value, each scored once (from
        // the first such value): links that need the corroboration, and
        // base links that weigh more with it.
        let upgraded: Vec<(u32, u32, f32, bool)> = corroborated
            .par_iter()
            .flat_map_iter(|&(v, _, _)| {
                let holders = l.holders(v);
                let mut out = Vec::new();
                for (i, &a) in holders.iter().enumerate() {
                    for &b in &holders[i + 1..] {
                        if l.first_corroborated(a, b) != v {
                            continue;
                        }
                        let s = l.compare(a, b, None);
                        if s.first_block != NONE && s.total >= t {
                            out.push((a, b, s.total as f32, s.base >= t));
                        }
                    }
                }
                out
            })
            .collect();
        for (a, b, w, is_base) in upgraded {
            if is_base {
                l.set_link_weight(a, b, w);
            } else {
                l.adj[a as usize].push((b, w, false));
                l.adj[b as usize].push((a, w, false));
            }
        }
        for adj in &mut l.adj {
            adj.shrink_to_fit();
        }
        l.clusters = Partition::from_links(
            n,
            l.adj.iter().enumerate().flat_map(|(a, adj)| {
                adj.iter()
                    .filter(move |e| e.0 > a as u32)
                    .map(move |e| (a as u32, e.0))
            }),
        );
        l
    }
}

impl Linker {
    /// Validates the configuration.
    pub fn check_config(config: &LinkageConfig) -> Result<(), LinkageError> {
        let t = config.threshold_bits;
        if !t.is_finite() || t <= 0.0 {
            return Err(LinkageError::InvalidThreshold(t.to_string()));
        }
        let d = config.dependence_discount;
        if !(0.0..=1.0).contains(&d) {
            return Err(LinkageError::InvalidThreshold(format!(
                "dependence_discount {d}"
            )));
        }
        // The wider pool range indexes a table of `1 << len` ranges.
        let wide = config.ip_wide_range_prefix_len;
        if wide != 0 && !(8..=16).contains(&wide) {
            return Err(LinkageError::InvalidThreshold(format!(
                "ip_wide_range_prefix_len {wide} (0, or from 8 to 16)"
            )));
        }
        // A building's value is found by a pass over its holders on every
        // addition: their number is bounded.
        let (min, max, cap) = (
            config.building_value_min_holders,
            config.building_value_max_holders,
            config.building_value_cap_bits,
        );
        if min > 0 && (max < min || max > MAX_BUILDING_VALUE_HOLDERS) {
            return Err(LinkageError::InvalidThreshold(format!(
                "building_value_max_holders {max} (from building_value_min_holders {min} to \
                 {MAX_BUILDING_VALUE_HOLDERS})"
            )));
        }
        if !cap.is_finite() || cap < 0.0 {
            return Err(LinkageError::InvalidThreshold(format!(
                "building_value_cap_bits {cap}"
            )));
        }
        Ok(())
    }

    /// An empty linker.
    pub fn new(config: LinkageConfig) -> Result<Self, LinkageError> {
        Self::check_config(&config)?;
        Ok(Self {
            config,
            values: Values::default(),
            entry_value: Vec::new(),
            entry_next: Vec::new(),
            entry_rec: Vec::new(),
            rec_start: vec![0],
            persons: Vec::new(),
            person_start: vec![0],
            sites: Vec::new(),
            site_start: vec![0],
            ids: Vec::new(),
            names: Vec::new(),
            flagged: Vec::new(),
            individual: Vec::new(),
            countries: Vec::new(),
            id_index: FxHashMap::default(),
            person_keys: FxHashMap::default(),
            adj: Vec::new(),
            clusters: Partition::default(),
            office_counts: FxHashMap::default(),
            office_keys: FxHashMap::default(),
            desk_offices: FxHashSet::default(),
            agent_domains: FxHashSet::default(),
            campus_values: FxHashSet::default(),
            prefix_addresses: FxHashMap::default(),
            dynamic_networks: FxHashSet::default(),
            ranges: Vec::new(),
            wide_ranges: Vec::new(),
            word_orgs: FxHashMap::default(),
            base: Partition::default(),
        })
    }

    /// A builder for batch linking.
    pub fn builder(config: LinkageConfig) -> Result<LinkerBuilder, LinkageError> {
        Ok(LinkerBuilder {
            linker: Self::new(config)?,
        })
    }

    /// Batch-links `records`; rejected ones come back with their position.
    pub fn build(
        config: LinkageConfig,
        records: Vec<CustomerRecord>,
    ) -> Result<(Self, Vec<(usize, LinkageError)>), LinkageError> {
        let mut b = Self::builder(config)?;
        let errors = b.push_batch(records);
        Ok((b.finish(), errors))
    }

    pub fn config(&self) -> &LinkageConfig {
        &self.config
    }

    /// Interns a record's features, without linking. Returns its index, the
    /// values whose weight changed (they had holders before), and the login
    /// addresses whose every pair needs re-scoring (their network's pool
    /// discount fell, so weights rose).
    fn push_record(
        &mut self,
        rec: &CustomerRecord,
        p: &Prepared,
    ) -> Result<(u32, Vec<u32>, Vec<u32>), LinkageError> {
        if self.id_index.contains_key(rec.id.as_str()) {
            return Err(LinkageError::DuplicateId(rec.id.clone()));
        }
        if self.ids.len() >= MAX_CUSTOMERS {
            return Err(LinkageError::TooManyCustomers);
        }
        let r = self.ids.len() as u32;
        let f = &p.features;
        let mut vals: Vec<u32> = f
            .iter()
            .zip(&p.hashes)
            .map(|((a, t), &h)| self.values.intern_hashed(*a, t, h))
            .collect();
        // Each login address and its network, as values.
        let networks: Vec<(u32, u32)> = p
            .prefixes
            .iter()
            .map(|&(i, j)| (vals[i], vals[j]))
            .collect();
        // Fuzzy person keys (`normalize::person_keys`): only their interned
        // ids are kept. One person may be a director here and an owner
        // there, so keys are shared across both roles.
        let n_features = f.len();
        for (person, hashes) in &p.persons {
            let t = &f[*person].1;
            let mut keys: Vec<u32> = hashes
                .iter()
                .map(|&h| self.values.intern_key(Attribute::PersonKey, h))
                .collect();
            keys.sort_unstable();
            keys.dedup();
            for (i, (a, text)) in f.iter().enumerate().take(n_features) {
                if matches!(a, Attribute::Director | Attribute::Owner) && text == t {
                    self.person_keys
                        .entry(vals[i])
                        .or_insert_with(|| keys.clone().into_boxed_slice());
                }
            }
            vals.extend(keys);
        }
        // Typo-tolerant address keys (`normalize::address_keys`), the same
        // way, and the address's building (only its holder count is used).
        let mut office_changed = false;
        let mut sites: Vec<u32> = Vec::new();
        for a in &p.addresses {
            for &h in &a.office {
                let c = self.office_counts.entry(h).or_insert(0);
                office_changed |=
                    *c >= 1 && crate::config::bucket(*c) != crate::config::bucket(*c + 1);
                *c += 1;
            }
            if a.desks {
                for &h in &a.office {
                    // Pairs sharing this office share a premises key: they
                    // are re-scored through those below.
                    office_changed |= self.desk_offices.insert(h);
                }
            }
            if !a.office.is_empty() {
                let mut keys = a.office.clone();
                keys.sort_unstable();
                keys.dedup();
                self.office_keys
                    .entry(vals[a.feature])
                    .or_insert_with(|| keys.into_boxed_slice());
            }
            for (attr, hashes) in [
                (Attribute::AddressKey, &a.address_keys),
                (Attribute::PremisesKey, &a.premises_keys),
                (Attribute::Building, &a.buildings),
            ] {
                for &h in hashes {
                    vals.push(self.values.intern_key(attr, h));
                }
            }
            for &h in &a.sites {
                sites.push(self.values.intern_key(Attribute::Building, h));
            }
        }
        // Words of company names, the customer's own and its parents': how
        // common an organisation's name is (`LinkageConfig::org_by_words`).
        // A new organisation is also listed under each of its words (for
        // `add`: a word's count moving re-scores those organisations, not
        // everyone naming the word). Duplicates go with `vals`' dedup below.
        for (i, words) in &p.words {
            let org = (f[*i].0 == Attribute::Organisation).then(|| vals[*i]);
            let new = org.is_some_and(|o| self.values.meta[o as usize].count == 0);
            for (range, h) in words {
                let word =
                    self.values
                        .intern_hashed(Attribute::OrgWord, &p.text[range.clone()], *h);
                vals.push(word);
                if let (true, Some(o)) = (new, org) {
                    self.word_orgs.entry(word).or_default().push(o);
                }
            }
        }
        // A company secretary's mailbox marks its mail domain as the
        // agent's: every pair sharing the domain, or a mailbox there, weighs
        // differently now. (`vals` still lines up with the features here.)
        // Only a domain that is evidence (not free mail, not a university's).
        let mut agent_marked: Vec<u32> = Vec::new();
        for (i, (attr, text)) in f.iter().enumerate() {
            if *attr != Attribute::Email || !normalize::is_agent_role_mailbox(text) {
                continue;
            }
            let Some((_, domain)) = text.rsplit_once('@') else {
                continue;
            };
            let Some(j) = f
                .iter()
                .position(|(a, t)| *a == Attribute::EmailDomain && t == domain)
            else {
                continue;
            };
            if !self.agent_domains.contains(domain) {
                self.agent_domains.insert(domain.into());
                agent_marked.extend([vals[i], vals[j]]);
            }
        }
        vals.sort_unstable();
        vals.dedup();
        let mut changed = Vec::new();
        for &v in &vals {
            let e = self.entry_value.len() as u32;
            self.entry_value.push(v);
            self.entry_rec.push(r);
            self.entry_next.push(self.values.meta[v as usize].head);
            self.values.meta[v as usize].head = e;
            let old = self.values.meta[v as usize].count;
            self.values.meta[v as usize].count = old + 1;
            // A value held by one customer weighs in no exact pair, but a
            // person's name or an address also weighs in matches with other
            // spellings.
            let attr = self.values.attr(v);
            if attr == Attribute::OrgWord {
                // Only organisations with the word weigh by its count.
                if self.config.weight_changes(attr, old, old + 1) {
                    if let Some(orgs) = self.word_orgs.get(&v) {
                        changed.extend(
                            orgs.iter()
                                .copied()
                                .filter(|&o| self.values.meta[o as usize].count >= 2),
                        );
                    }
                }
            } else if (old >= 2 || (is_fuzzy(attr) && old >= 1))
                && self.config.weight_changes(attr, old, old + 1)
            {
                changed.push(v);
            }
        }
        changed.extend(agent_marked);
        changed.sort_unstable();
        changed.dedup();
        // A new login address in a network: how crowded its addresses are
        // changes (`LinkageConfig::pool_discount_bits`). From one address
        // to two the discount appears (weights fall: re-score the links);
        // past that it shrinks, and pairs sharing an address there may now
        // link: re-score them all.
        let mut pool_flips: Vec<u32> = Vec::new();
        for &v in &vals {
            if self.values.attr(v) != Attribute::Ip || self.values.meta[v as usize].count != 1 {
                continue;
            }
            let Some(&(_, net)) = networks.iter().find(|&&(ip, _)| ip == v) else {
                continue;
            };
            let addresses = self.prefix_addresses.entry(net).or_default();
            addresses.push(v);
            let d = addresses.len() as u32;
            if d < 2 || crate::config::bucket(d - 1) == crate::config::bucket(d) {
                continue;
            }
            if d == 2 {
                if self.values.meta[net as usize].count >= 2 && !changed.contains(&net) {
                    changed.push(net);
                }
            } else {
                pool_flips.extend(addresses.iter().copied().filter(|&a| {
                    self.config
                        .blocks(Attribute::Ip, self.values.meta[a as usize].count)
                }));
            }
        }
        // An address given for the first time, or by a second customer,
        // in an IPv4 /16 or wider range: when the range turns into a pool,
        // or stops being one, every address shared there weighs differently.
        for &v in &vals {
            if self.values.attr(v) != Attribute::Ip || self.values.meta[v as usize].count > 2 {
                continue;
            }
            for (wide, prefix_len) in self.config.pool_ranges() {
                let Some(range) = ipv4_range(self.values.text(v), prefix_len) else {
                    continue;
                };
                let table = if wide {
                    &mut self.wide_ranges
                } else {
                    &mut self.ranges
                };
                if table.is_empty() {
                    *table = vec![RangeStats::default(); 1 << prefix_len];
                }
                let stats = &mut table[range];
                let was =
                    self.config
                        .is_pool_range(stats.shared.len() as u32, stats.addresses, wide);
                if self.values.meta[v as usize].count == 1 {
                    stats.addresses += 1;
                } else {
                    stats.shared.push(v);
                }
                if was
                    != self
                        .config
                        .is_pool_range(stats.shared.len() as u32, stats.addresses, wide)
                {
                    pool_flips.extend(stats.shared.iter().copied().filter(|&a| {
                        self.config
                            .blocks(Attribute::Ip, self.values.meta[a as usize].count)
                    }));
                }
            }
        }
        // A network turning into a dynamic pool, or out of one: its shared
        // addresses weigh differently (`Linker::score`).
        let mut nets: SmallVec<[u32; 4]> = networks.iter().map(|&(_, net)| net).collect();
        nets.sort_unstable();
        nets.dedup();
        for net in nets {
            let h = self.values.meta[net as usize].count;
            let d = self
                .prefix_addresses
                .get(&net)
                .map_or(0, |a| a.len() as u32);
            let now = self.config.is_dynamic_network(h, d);
            let was = if now {
                !self.dynamic_networks.insert(net)
            } else {
                self.dynamic_networks.remove(&net)
            };
            if now != was {
                if let Some(addresses) = self.prefix_addresses.get(&net) {
                    pool_flips.extend(addresses.iter().copied().filter(|&a| {
                        self.config
                            .blocks(Attribute::Ip, self.values.meta[a as usize].count)
                    }));
                }
            }
        }
        // A premises key turning into a group value (or past the holders
        // whose corroboration is checked) caps its holders' addresses.
        for &v in &vals {
            if self.values.attr(v) == Attribute::PremisesKey {
                let n = self.values.meta[v as usize].count;
                if self.config.is_premises_group(n) != self.config.is_premises_group(n - 1)
                    || n == self.config.premises_group_max_holders + 1
                    || (self.config.premises_group
                        && self.config.office_crowding_bits(n)
                            != self.config.office_crowding_bits(n - 1))
                {
                    changed.push(v);
                }
            }
        }
        // An office key's count weighs the addresses of every pair sharing
        // it, and such a pair shares a premises key: re-score through those.
        if office_changed && self.config.premises_family {
            for &v in &vals {
                if self.values.attr(v) == Attribute::PremisesKey
                    && self.values.meta[v as usize].count >= 2
                    && !changed.contains(&v)
                {
                    changed.push(v);
                }
            }
        }
        // A value the new customer gives from a university's mail domain
        // that another customer of that domain gives too is the campus's:
        // every pair sharing it weighs differently now.
        if let Some(domain) = f.iter().find_map(|(a, t)| {
            (*a == Attribute::Email)
                .then(|| t.rsplit_once('@').map(|(_, d)| d))
                .flatten()
                .filter(|d| normalize::is_university_domain(d))
        }) {
            for &v in &vals {
                if is_campus_attr(self.values.attr(v))
                    && self.values.meta[v as usize].count >= 2
                    && !self.campus_values.contains(&v)
                    && self.holder_writes_from(v, r, domain)
                {
                    self.campus_values.insert(v);
                    if !changed.contains(&v) {
                        changed.push(v);
                    }
                }
            }
        }
        self.rec_start.push(self.entry_value.len() as u32);
        self.persons.extend(
            vals.iter()
                .copied()
                .filter(|&v| matches!(self.values.attr(v), Attribute::Director | Attribute::Owner)),
        );
        self.person_start.push(self.persons.len() as u32);
        sites.sort_unstable();
        sites.dedup();
        self.sites.extend(sites);
        self.site_start.push(self.sites.len() as u32);
        self.ids.push(rec.id.as_str().into());
        self.names.push(rec.name.trim().into());
        self.flagged.push(rec.is_flagged());
        self.individual.push(p.person);
        self.countries.push(rec.country);
        self.id_index.insert(rec.id.as_str().into(), r);
        self.adj.push(Vec::new());
        self.clusters.push();
        self.base.push();
        // A value the new customer gives may become a building's, or stop
        // being one: re-score every pair sharing it.
        if self.config.building_value_min_holders > 0 {
            for &v in &vals {
                let attr = self.values.attr(v);
                let n = self.values.meta[v as usize].count;
                if is_building_attr(attr)
                    && n >= self.config.building_value_min_holders
                    && n <= self.config.building_value_max_holders + 1
                {
                    // A value that was no building's stays so when the new
                    // holder gives no building: every building's count of
                    // its holders is unchanged while the holders grew.
                    if !self.values.meta[v as usize].building && self.sites_of(r).is_empty() {
                        continue;
                    }
                    let now = !self.value_buildings(v).is_empty();
                    let was = std::mem::replace(&mut self.values.meta[v as usize].building, now);
                    if now != was {
                        pool_flips.push(v);
                    }
                }
            }
        }
        Ok((r, changed, pool_flips))
    }

    /// The shared and given addresses of the IPv4 /16 of login address
    /// `ip`, or else of its wider range, when that is a pool
    /// (`LinkageConfig::is_pool_range`).
    fn pool_range(&self, ip: &str) -> Option<(u32, u32)> {
        self.config.pool_ranges().find_map(|(wide, prefix_len)| {
            let table = if wide {
                &self.wide_ranges
            } else {
                &self.ranges
            };
            let stats = table.get(ipv4_range(ip, prefix_len)?)?;
            let shared = stats.shared.len() as u32;
            self.config
                .is_pool_range(shared, stats.addresses, wide)
                .then_some((shared, stats.addresses))
        })
    }

    /// A customer's site keys.
    fn sites_of(&self, r: u32) -> &[u32] {
        &self.sites[self.site_start[r as usize] as usize..self.site_start[r as usize + 1] as usize]
    }

    /// The buildings (site keys, ascending) whose customers make value `v`
    /// theirs, with how many of its holders give each
    /// ([`LinkageConfig::is_building_value`]).
    fn value_buildings(&self, v: u32) -> Vec<(u32, u32)> {
        let n = self.values.meta[v as usize].count;
        if n < self.config.building_value_min_holders || n > self.config.building_value_max_holders
        {
            return Vec::new();
        }
        let mut counts: Vec<(u32, u32)> = Vec::new();
        for h in self.holders(v) {
            for &b in self.sites_of(h) {
                match counts.binary_search_by_key(&b, |&(x, _)| x) {
                    Ok(k) => counts[k].1 += 1,
                    Err(k) => counts.insert(k, (b, 1)),
                }
            }
        }
        counts.retain(|&(_, m)| self.config.is_building_value(m, n));
        counts
    }

    fn rec_values(&self, r: u32) -> &[u32] {
        &self.entry_value
            [self.rec_start[r as usize] as usize..self.rec_start[r as usize + 1] as usize]
    }

    /// The mail domains record `r` writes from (of its `Email` values,
    /// free mail and universities included).
    fn mail_domains(&self, r: u32) -> impl Iterator<Item = &str> {
        self.rec_values(r).iter().filter_map(|&x| {
            (self.values.attr(x) == Attribute::Email)
                .then(|| self.values.text(x).rsplit_once('@').map(|(_, d)| d))
                .flatten()
        })
    }

    /// Whether record `r` writes from a university's mail domain
    /// (`normalize::is_university_domain`).
    fn writes_from_university(&self, r: u32) -> bool {
        self.mail_domains(r).any(normalize::is_university_domain)
    }

    /// Whether a holder of `v` other than `r` writes from a mailbox at
    /// `domain` (the first [`CAMPUS_HOLDERS_CHECKED`] holders: a campus
    /// value reaches a second member of its university long before).
    fn holder_writes_from(&self, v: u32, r: u32, domain: &str) -> bool {
        let mut e = self.values.meta[v as usize].head;
        let mut seen = 0;
        while e != NONE && seen < CAMPUS_HOLDERS_CHECKED {
            let h = self.entry_rec[e as usize];
            e = self.entry_next[e as usize];
            if h == r {
                continue;
            }
            seen += 1;
            if self.mail_domains(h).any(|d| d == domain) {
                return true;
            }
        }
        false
    }

    fn holders(&self, v: u32) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.values.meta[v as usize].count as usize);
        let mut e = self.values.meta[v as usize].head;
        while e != NONE {
            out.push(self.entry_rec[e as usize]);
            e = self.entry_next[e as usize];
        }
        out
    }

    fn holds(&self, r: u32, v: u32) -> bool {
        self.rec_values(r).binary_search(&v).is_ok()
    }

    /// The first value two records share that makes candidate pairs (NONE
    /// if none): what [`Self::compare`] reports, without scoring.
    fn first_block(&self, a: u32, b: u32) -> u32 {
        self.shared(a, b)
            .find(|&v| {
                self.config
                    .blocks(self.values.attr(v), self.values.meta[v as usize].count)
            })
            .unwrap_or(NONE)
    }

    /// The values customers `a` and `b` both hold, ascending.
    fn shared(&self, a: u32, b: u32) -> Shared<'_> {
        Shared {
            a: self.rec_values(a),
            b: self.rec_values(b),
        }
    }

    /// Whether `v` is a corroborated group value, and by how many parties:
    /// a group value (`LinkageConfig::is_group_value`) of which at least
    /// `corroboration_needed` holders are in one base cluster with another
    /// holder (linked by base links, directly or through other customers),
    /// and, for a soft value under `corroboration_by_largest_party`, at
    /// least `corroboration_needed` of them in one and the same base
    /// cluster. Returns the number of base clusters its holders are in (0
    /// when it is not corroborated) and how many holders are linked.
    fn corroboration(&self, v: u32) -> (u32, u32) {
        if !self.is_group(v) {
            return (0, 0);
        }
        let n = self.values.meta[v as usize].count;
        let mut labels: Vec<u32> = self
            .holders(v)
            .into_iter()
            .map(|h| self.base.of(h))
            .collect();
        labels.sort_unstable();
        // Holders that share their base cluster with another holder.
        let linked = (0..labels.len())
            .filter(|&i| {
                (i > 0 && labels[i - 1] == labels[i])
                    || labels.get(i + 1).is_some_and(|&x| x == labels[i])
            })
            .count();
        if (linked as u32) < self.config.corroboration_needed(n) {
            return (0, 0);
        }
        // One party giving a soft value is one base cluster holding a
        // share of it; several small clusters are several parties an
        // agent or an accountant serves, their links made by its other
        // facts (`LinkageConfig::corroboration_by_largest_party`).
        if self.config.corroboration_by_largest_party && !self.values.attr(v).is_strong() {
            let largest = labels
                .chunk_by(|x, y| x == y)
                .map(|c| c.len())
                .max()
                .unwrap_or(0);
            if (largest as u32) < self.config.corroboration_needed(n) {
                return (0, 0);
            }
        }
        labels.dedup();
        (labels.len() as u32, linked as u32)
    }

    /// Whether `v` is a group value (`LinkageConfig::is_group_value`): an
    /// exact value (not a key, not a name) of an attribute that can link alone.
    fn is_group(&self, v: u32) -> bool {
        let attr = self.values.attr(v);
        if attr == Attribute::PremisesKey {
            let n = self.values.meta[v as usize].count;
            return self.config.is_premises_group(n) && n <= self.config.premises_group_max_holders;
        }
        matches!(
            attr,
            Attribute::RegistrationId
                | Attribute::PaymentFingerprint
                | Attribute::SshKey
                | Attribute::Phone
                | Attribute::Email
                | Attribute::EmailDomain
                | Attribute::Website
                | Attribute::Address
                | Attribute::Ip
                | Attribute::Organisation
        ) && {
            let n = self.values.meta[v as usize].count;
            self.config.is_group_value(attr, n)
                || self.config.is_spread_strong_group(attr, n, || {
                    self.holder_countries(v, self.config.strong_spread_min_countries)
                })
        }
    }

    /// How many countries the holders of `v` are registered in, counted
    /// up to `enough`.
    fn holder_countries(&self, v: u32, enough: u32) -> u32 {
        let mut cs: SmallVec<[leasegate_core::CountryCode; 16]> = SmallVec::new();
        let mut e = self.values.meta[v as usize].head;
        while e != NONE && (cs.len() as u32) < enough {
            if let Some(c) = self.countries[self.entry_rec[e as usize] as usize] {
                if !cs.contains(&c) {
                    cs.push(c);
                }
            }
            e = self.entry_next[e as usize];
        }
        cs.len() as u32
    }

    /// The first corroborated group value two records share (NONE if none).
    fn first_corroborated(&self, a: u32, b: u32) -> u32 {
        self.shared(a, b)
            .find(|&v| self.values.meta[v as usize].parties > 0)
            .unwrap_or(NONE)
    }

    /// Scores a pair (see [`Score`]). Fills `evidence` when given.
    fn compare(&self, a: u32, b: u32, evidence: Option<&mut Vec<Evidence>>) -> Score {
        self.score(a, b, evidence, false)
    }

    /// [`Self::compare`]; with `base`, every group value at its cap.
    fn score(&self, a: u32, b: u32, evidence: Option<&mut Vec<Evidence>>, base: bool) -> Score {
        // A group value (an accountant's phone, a formation agent's office:
        // `LinkageConfig::is_group_value`) weighs at most the uncorroborated
        // cap unless enough of its holders are linked by other evidence.
        // The cap comes first, before crowding discounts and the business
        // centre rule, so a pair's score only falls as counts grow. The base
        // score caps every group value: base links alone decide which group
        // values are corroborated, so corroboration never feeds on itself.
        let cap = self.config.uncorroborated_cap_bits;
        let mut capped: SmallVec<[u32; 4]> = SmallVec::new();
        // Corroborated group values weighed by their parties: (value, parties).
        let mut by_parties: SmallVec<[(u32, u32); 4]> = SmallVec::new();
        let mut uses_corroboration = false;
        let mut first_block = NONE;
        let mut best_name: Option<(f64, u32)> = None;
        let mut shared_person_key = false;
        let mut shared_address_key = false;
        // Holders of the busiest typo-tolerant key the pair shares: all
        // spellings of their address one typo apart, counted together.
        let mut address_family = 0;
        let mut shared_premises_key = false;
        // The busiest premises key the pair shares, and its holders.
        let mut premises: Option<(u32, u32)> = None;
        // (attribute, value, other side's value for an inexact person match, bits)
        let mut items: Items = Items::new();
        let mut persons: Persons = Persons::new();
        // Shared networks (value, holders) and the holders of the shared
        // building (0: none).
        let mut prefixes: SmallVec<[(u32, u32); 4]> = SmallVec::new();
        let mut building = 0;
        // Shared company-name words and how many customers use each.
        let mut org_words: SmallVec<[(u32, u32); 4]> = SmallVec::new();
        for v in self.shared(a, b) {
            let attr = self.values.attr(v);
            let n = self.values.meta[v as usize].count;
            if first_block == NONE && self.config.blocks(attr, n) {
                first_block = v;
            }
            if attr == Attribute::PersonKey {
                shared_person_key = true;
                continue;
            }
            if attr == Attribute::AddressKey {
                shared_address_key = true;
                address_family = address_family.max(n);
                continue;
            }
            if attr == Attribute::PremisesKey {
                shared_address_key = true;
                shared_premises_key = true;
                // The busiest: the house number's key, which counts the
                // office's holders in any spelling (the postcode's counts
                // only those writing it).
                if premises.is_none_or(|(_, pn)| n > pn) {
                    premises = Some((v, n));
                }
                continue;
            }
            if attr == Attribute::IpPrefix {
                // Kept even when the network weighs nothing: its
                // crowding discounts the addresses in it (below).
                prefixes.push((v, n));
            }
            if attr == Attribute::Building {
                // The least common building key both give (one key per
                // spelling without `LinkageConfig::building_keys`).
                building = if building == 0 { n } else { building.min(n) };
                continue;
            }
            if attr == Attribute::OrgWord {
                org_words.push((v, n));
                continue;
            }
            let mut w = self.config.value_weight(attr, n);
            if w <= 0.0 {
                continue;
            }
            if w > cap && self.is_group(v) {
                let parties = self.values.meta[v as usize].parties;
                if base || parties == 0 {
                    w = cap;
                    capped.push(v);
                } else {
                    uses_corroboration = true;
                    // One party's shells giving its phone do not make the
                    // phone common: it is as rare as the parties giving it.
                    if self.values.meta[v as usize].party_weighted && parties < n {
                        w = self.config.value_weight(attr, parties);
                        by_parties.push((v, parties));
                    }
                }
            }
            // A login address that is no address (`1.2.3`, `256.256.256.256`,
            // `N/A`, kept as given) is a form's filler, not a host: a bit at
            // most, however few give it (several fillers together stay
            // below a shared network's 3 bits).
            if attr == Attribute::Ip && !is_canonical_ip(self.values.text(v)) {
                w = w.min(UNREAD_LOGIN_CAP_BITS);
            }
            match attr {
                Attribute::Name => {
                    if best_name.is_none_or(|(bw, _)| w > bw) {
                        best_name = Some((w, v));
                    }
                }
                Attribute::Director | Attribute::Owner => persons.push((w, attr, v, v)),
                _ => items.push((attr, v, NONE, w)),
            }
        }
        // (attribute, value) -> why it was discounted; only for explanations.
        let mut contexts: Vec<(Attribute, u32, String)> = Vec::new();
        let explains = evidence.is_some();
        // A value most of whose holders give one building is the
        // building's, whoever gives it: a co-working space's Wi-Fi, a
        // business centre's switchboard, a formation agent's phone, mail
        // domain or inbox that its clients give as theirs. It says little
        // about any two of them. (Capped before the business centre rule
        // picks the strongest of a centre's facts: a pair's score must not
        // fall as a group value it shares is corroborated.)
        let bcap = self.config.building_value_cap_bits;
        // A mailbox at a building's mail domain is the agent's inbox too,
        // however few give it.
        let agents_mail = items
            .iter()
            .any(|i| i.0 == Attribute::EmailDomain && self.values.meta[i.1 as usize].building);
        for item in items.iter_mut().filter(|i| {
            i.3 > bcap
                && is_building_attr(i.0)
                && (self.values.meta[i.1 as usize].building
                    || (agents_mail && i.0 == Attribute::Email))
        }) {
            item.3 = bcap;
            explain(&mut contexts, explains, item, || {
                if !self.values.meta[item.1 as usize].building {
                    return format!(
                        "a mailbox at the mail domain of a business centre or formation \
                         agent, given by its clients: at most {bcap:.2} bits"
                    );
                }
                let n = self.values.meta[item.1 as usize].count;
                let m = self
                    .value_buildings(item.1)
                    .iter()
                    .map(|&(_, m)| m)
                    .max()
                    .unwrap_or(0);
                format!(
                    "{m} of the {n} customers who give it give one building: the network, \
                     switchboard or mail of a co-working space, business centre or \
                     formation agent, which its tenants and clients share: at most \
                     {bcap:.2} bits"
                )
            });
        }
        // An agent's inbox and its domain are one fact: the stronger counts
        // (either may fall as counts grow; the stronger of two never rises).
        if agents_mail {
            keep_stronger(&mut items, Attribute::Email, Attribute::EmailDomain);
        }
        // A misspelt hub address is still the hub: an exact address weighs
        // by its whole family of spellings (the keys it shares), so two
        // strangers who both wrote a registered agent's street with the same
        // typo do not look like two holders of a rare address.
        // Everyone giving this office in any spelling, fuller or shorter.
        if shared_premises_key && self.config.premises_family {
            address_family = address_family.max(self.office_family(a, b));
        }
        if address_family > 0 {
            for item in items.iter_mut().filter(|i| i.0 == Attribute::Address) {
                let n = self.values.meta[item.1 as usize].count.max(address_family);
                item.3 = item.3.min(self.config.value_weight(Attribute::Address, n));
            }
            items.retain(|i| i.3 > 0.0);
        }
        // An office that many give, in any spelling or script (its premises
        // key: unit and house number), is a group value as an exact address
        // is: a business centre's unit given by dozens of tenants, each
        // spelling by few. It keeps its weight only while corroborated.
        let mut office_capped: Option<u32> = None;
        // The office's holders when it is such a group value here, for a
        // spelling matched below (`address_variant`): a typo or a script
        // does not make a business centre's unit one party's.
        let mut office_group: Option<u32> = None;
        // Whether corroboration kept the office's weight (the base score
        // is then needed).
        let mut office_corroborated = false;
        if let Some((p, pn)) = premises.filter(|&(_, pn)| self.config.is_premises_group(pn)) {
            let corroborated = pn <= self.config.premises_group_max_holders
                && self.values.meta[p as usize].parties > 0;
            if base || !corroborated {
                office_group = Some(pn);
            } else {
                office_corroborated = true;
            }
            for item in items
                .iter_mut()
                .filter(|i| i.0 == Attribute::Address && i.3 > cap)
            {
                if office_group.is_some() {
                    item.3 = cap;
                    office_capped = Some(pn);
                } else {
                    uses_corroboration = true;
                }
            }
        }
        if evidence.is_some() {
            for &v in &capped {
                let n = self.values.meta[v as usize].count;
                contexts.push((
                    self.values.attr(v),
                    v,
                    if self.config.corroboration_by_largest_party
                        && !self.values.attr(v).is_strong()
                    {
                        format!(
                            "{n} customers give it and no {} of them are one party by other \
                             evidence (an agent's, accountant's or shared office's value, \
                             not one party's): at most {cap:.2} bits",
                            self.config.corroboration_needed(n)
                        )
                    } else if self.values.attr(v).is_strong()
                        && !self.config.is_group_value(self.values.attr(v), n)
                    {
                        format!(
                            "{n} customers registered in {} countries give it and fewer than \
                             {} of them are linked to another by other evidence (a key baked \
                             into a public machine image or a reseller's pooled card, given \
                             wherever its users are; a network's shells sit in a few places): \
                             at most {cap:.2} bits",
                            self.holder_countries(v, u32::MAX),
                            self.config.corroboration_needed(n)
                        )
                    } else {
                        format!(
                            "{n} customers give it and fewer than {} of them are linked to \
                             another by other evidence (an agent's, accountant's or shared \
                             office's value, not one party's): at most {cap:.2} bits",
                            self.config.corroboration_needed(n)
                        )
                    },
                ));
            }
            for &(v, parties) in &by_parties {
                let n = self.values.meta[v as usize].count;
                contexts.push((
                    self.values.attr(v),
                    v,
                    format!(
                        "{n} customers give it, but they are {parties} parties (the \
                         others are linked to one another by other evidence): as rare \
                         as a value {parties} customers give"
                    ),
                ));
            }
            if let Some(pn) = office_capped {
                for item in items
                    .iter()
                    .filter(|i| i.0 == Attribute::Address && i.3 <= cap)
                {
                    let why = if pn > self.config.premises_group_max_holders {
                        format!(
                            "{pn} customers give this unit and house number in some \
                             spelling (a business centre's or agent's office): at most \
                             {cap:.2} bits"
                        )
                    } else {
                        format!(
                            "{pn} customers give this unit and house number in some \
                             spelling, and fewer than {} of them are linked to another \
                             by other evidence (a business centre's or agent's office, \
                             not one party's): at most {cap:.2} bits",
                            self.config.corroboration_needed(pn)
                        )
                    };
                    contexts.push((item.0, item.1, why));
                }
            }
        }
        // An address with no number at all (no house, unit or postcode)
        // names a street or a district, not premises: it adds weight but
        // never links alone.
        let cap = self.config.address_without_number_cap_bits;
        for item in items.iter_mut().filter(|i| i.0 == Attribute::Address) {
            if item.3 > cap && !self.values.text(item.1).bytes().any(|b| b.is_ascii_digit()) {
                item.3 = cap;
                explain(&mut contexts, explains, item, || {
                    format!(
                        "the address has no number (a street or district, not premises): \
                         at most {cap:.2} bits"
                    )
                });
            }
        }
        // A parent company is as common as its rarest name word: two
        // `Boyuan Group`s are likely where dozens of companies are Boyuan
        // something (`LinkageConfig::org_by_words`).
        if self.config.org_by_words {
            for item in items.iter_mut().filter(|i| i.0 == Attribute::Organisation) {
                let text = self.values.text(item.1);
                if normalize::is_corporate_service(text) {
                    // Capped below, whatever its words.
                    continue;
                }
                let rarest = normalize::organisation_words(text)
                    .filter_map(|w| {
                        org_words
                            .iter()
                            .find(|&&(v, _)| self.values.text(v) == w)
                            .map(|&(_, n)| n)
                    })
                    .min();
                let Some(n) = rarest else {
                    // Nothing but company words (`Global Holdings`): any
                    // number of companies are called that.
                    let cap = self.config.uncorroborated_cap_bits;
                    if item.3 > cap {
                        item.3 = cap;
                        explain(&mut contexts, explains, item, || {
                            format!(
                                "the name is company words only, which many companies share: \
                                 at most {cap:.2} bits"
                            )
                        });
                    }
                    continue;
                };
                let w = self.config.value_weight(Attribute::Organisation, n);
                if w < item.3 {
                    item.3 = w;
                    explain(&mut contexts, explains, item, || {
                        format!(
                            "{n} customers name a company with its rarest word, as their \
                             own name or a parent's: as common as a company {n} customers name"
                        )
                    });
                }
            }
            items.retain(|i| i.3 > 0.0);
        }
        // A nominee, company-secretary, trustee or registered-agent company
        // on a board or register, and an accountant's or formation agent's
        // mail domain its clients give as their contact.
        // Why a mail domain is an agent's: named for the trade, or a
        // company secretary writes from it (`Linker::agent_domains`).
        // A value two members of one university give (`Linker::campus_values`),
        // between two customers one of whom writes from a university: a
        // network's shells that are no members keep their own values, however
        // many fake members give them too.
        let campus = |i: &(Attribute, u32, u32, f64)| {
            !self.campus_values.is_empty()
                && (self.campus_values.contains(&i.1)
                    || (i.2 != NONE && self.campus_values.contains(&i.2)))
                && (self.writes_from_university(a) || self.writes_from_university(b))
        };
        let agent_domain = |d: &str| {
            if normalize::is_service_provider_domain(d) {
                Some(
                    "an accountant's, tax adviser's or formation agent's domain, which its \
                     unrelated clients give as theirs",
                )
            } else if self.agent_domains.contains(d) {
                Some(
                    "a domain where a customer writes from a company secretary's or formation \
                     agent's mailbox (corpsec@): the agent's, which its unrelated clients give \
                     as theirs",
                )
            } else {
                None
            }
        };
        cap_service_values(
            &mut items,
            &mut contexts,
            explains,
            self.config.uncorroborated_cap_bits,
            |i| match i.0 {
                Attribute::Organisation
                    if normalize::is_corporate_service(self.values.text(i.1)) =>
                {
                    Some(
                        "a nominee, company-secretary, trustee or registered-agent company, \
                         which serves many unrelated clients",
                    )
                }
                Attribute::EmailDomain => agent_domain(self.values.text(i.1)).or_else(|| {
                    (self.config.people_share_employers
                        && self.individual[a as usize]
                        && self.individual[b as usize])
                        .then_some(
                            "both are people, not companies: a mail domain two people \
                                 share is their employer's or university's",
                        )
                }),
                attr if is_campus_attr(attr) && campus(i) => Some(CAMPUS_REASON),
                Attribute::Email
                    if self
                        .values
                        .text(i.1)
                        .rsplit_once('@')
                        .is_some_and(|(_, d)| agent_domain(d).is_some()) =>
                {
                    Some(
                        "a mailbox at an accountant's, tax adviser's or formation agent's \
                         domain (its clients desk or its staff), which its unrelated clients \
                         give as theirs",
                    )
                }
                _ => None,
            },
        );
        // A free-mail mailbox both records spell from their own names
        // (`normalize::mailbox_spelled_by`): strangers with one name make
        // the same guess, so it never links alone.
        let cap = self.config.spelled_mailbox_cap_bits;
        for item in items.iter_mut().filter(|i| i.0 == Attribute::Email) {
            let mailbox = self.values.text(item.1);
            let free = mailbox
                .rsplit_once('@')
                .is_some_and(|(_, d)| normalize::is_free_mail(d));
            if item.3 > cap && free && [a, b].iter().all(|&r| self.spells_mailbox(r, mailbox)) {
                item.3 = cap;
                explain(&mut contexts, explains, item, || {
                    format!(
                        "both spell the free-mail address from their own company or \
                         people's names, a guess strangers with those names also make: \
                         at most {cap:.2} bits"
                    )
                });
            }
        }
        // A page or tenant on a platform (`acme.wixsite.com`,
        // `linkedin.com/company/acme`) both name after themselves: the same
        // first guess, as for a free-mail mailbox; so is a mailbox there
        // (`info@acme.onmicrosoft.com`), which then counts once with it.
        let mut guessed_tenant_mail = false;
        for item in items.iter_mut().filter(|i| {
            matches!(
                i.0,
                Attribute::Website | Attribute::EmailDomain | Attribute::Email
            )
        }) {
            let text = self.values.text(item.1);
            let site = match item.0 {
                Attribute::Email => text.rsplit_once('@').map_or("", |(_, d)| d),
                _ => text,
            };
            let Some(page) = normalize::platform_page_name(site) else {
                continue;
            };
            if [a, b].iter().all(|&r| self.names_page(r, page)) {
                guessed_tenant_mail |= item.0 == Attribute::Email;
                if item.3 <= cap {
                    continue;
                }
                item.3 = cap;
                explain(&mut contexts, explains, item, || {
                    format!(
                        "both name the page on a site builder, mail host or social network \
                         after their own company or people, a name strangers so named \
                         also pick: at most {cap:.2} bits"
                    )
                });
            }
        }
        if guessed_tenant_mail {
            keep_stronger(&mut items, Attribute::Email, Attribute::EmailDomain);
        }
        // When every person of one side already matched exactly, any other
        // match would reuse one of its names (see below): skip the search.
        if shared_person_key
            && self.persons_of(a).len().min(self.persons_of(b).len()) > persons.len()
        {
            self.inexact_persons(a, b, &mut persons);
        }
        // One person counts once, whatever roles and spellings it has on
        // each side: strongest matches first, each name used once per side.
        persons.sort_by(|x, y| {
            y.0.total_cmp(&x.0)
                .then(x.2.min(x.3).cmp(&y.2.min(y.3)))
                .then(x.2.max(x.3).cmp(&y.2.max(y.3)))
        });
        // Two spellings of one address, one typo apart. A customer has one
        // address, so an exact shared address leaves nothing to match.
        // The two spellings are one building whether or not the match
        // still weighs anything (a busy tower's spellings weigh nothing):
        // otherwise a pair would lose the building's crowding discount as
        // counts grow, and its score would rise.
        let mut variant_match = false;
        if shared_address_key && !items.iter().any(|i| i.0 == Attribute::Address) {
            if let Some(mut m) = self.address_variant(a, b) {
                variant_match = true;
                // A spelling of a busy office is the office: as for an
                // exact address, by its whole family.
                // Counted by its family, a spelling is as rare as the office
                // and the fuzzy penalty only covers the text match itself.
                if address_family > 0 {
                    let both =
                        self.values.meta[m.1 as usize].count + self.values.meta[m.2 as usize].count;
                    m.3 = (self
                        .config
                        .value_weight(Attribute::Address, address_family.max(both))
                        - self.config.office_variant_penalty_bits)
                        .max(0.0);
                }
                let group_cap = self.config.uncorroborated_cap_bits;
                if let Some(pn) = office_group.filter(|_| m.3 > group_cap) {
                    m.3 = group_cap;
                    if explains {
                        contexts.push((
                            m.0,
                            m.1,
                            format!(
                                "{pn} customers give this unit and house number in some \
                                 spelling (a business centre's or agent's office, not one \
                                 party's): at most {group_cap:.2} bits"
                            ),
                        ));
                    }
                } else if office_corroborated && m.3 > group_cap {
                    uses_corroboration = true;
                }
                if m.3 > 0.0 {
                    items.push(m);
                }
            }
        }
        let mut used_a: SmallVec<[u32; 4]> = SmallVec::new();
        let mut used_b: SmallVec<[u32; 4]> = SmallVec::new();
        for &(w, attr, pa, pb) in &persons {
            // One person spelt two ways on one side (director "Natalia
            // Volkova", owner "Наталья Волкова") is still one person.
            let seen = |u: &[u32], v: u32| {
                let t = self.values.text(v);
                u.iter().any(|&x| {
                    let tx = self.values.text(x);
                    tx == t
                        || (self.persons_share_key(x, v)
                            && crate::person::persons_sound_alike(tx, t))
                })
            };
            if seen(&used_a, pa) || seen(&used_b, pb) {
                continue;
            }
            used_a.push(pa);
            used_b.push(pb);
            items.push((attr, pa, if pa == pb { NONE } else { pb }, w));
        }
        if let Some((w, _)) = best_name {
            // Name similarity is the costly comparison: skip it when the name
            // word could not move the pair across the threshold.
            let so_far: f64 = items.iter().map(|i| i.3).sum();
            if evidence.is_none() && so_far + w < self.config.threshold_bits {
                best_name = None;
            }
        }
        if let Some((w, v)) = best_name {
            let sim =
                leasegate_names::name_similarity(&self.names[a as usize], &self.names[b as usize]);
            if sim >= self.config.name_min_similarity {
                items.push((Attribute::Name, v, NONE, w));
            }
        }
        // Two spellings of one address one typo apart are one building too:
        // the busier of their buildings.
        if building == 0 && variant_match {
            let of = |r: u32| {
                self.rec_values(r)
                    .iter()
                    .filter(|&&v| self.values.attr(v) == Attribute::Building)
                    .map(|&v| self.values.meta[v as usize].count)
                    .min()
                    .unwrap_or(0)
            };
            building = of(a).max(of(b));
        }
        // An address without a unit names the whole building, or a whole
        // floor of it (a business centre's, a co-working space's): anyone
        // there could give it so, so it is as common as the building.
        if building > 0 && self.config.unitless_address_by_building {
            for item in items.iter_mut().filter(|i| i.0 == Attribute::Address) {
                let unitless = |v: u32| v == NONE || !self.values.meta[v as usize].unit;
                if unitless(item.1) && unitless(item.2) {
                    item.3 = item
                        .3
                        .min(self.config.value_weight(Attribute::Address, building));
                }
            }
        }
        // Customers giving the office the pair shares, in any spelling: a
        // crowded one is a registered agent's or a business centre's, and
        // its phone, mail domain and website are the centre's too.
        let mut office = 0;
        for item in items.iter().filter(|i| i.0 == Attribute::Address) {
            let other = if item.2 == NONE {
                0
            } else {
                self.values.meta[item.2 as usize].count
            };
            office = office
                .max(address_family)
                .max(self.values.meta[item.1 as usize].count + other);
            // Everyone giving its unit and house number, in any script.
            if self.config.premises_group {
                office = office.max(premises.map_or(0, |(_, pn)| pn));
            }
        }
        // The crowding of the place the pair shares, and which it is.
        let building_bits = self
            .config
            .crowding_discount_bits(Attribute::Building, building);
        let office_bits = self.config.office_crowding_bits(office);
        let (centre_bits, centre) = if office_bits > building_bits {
            (office_bits, (office, "an office"))
        } else {
            (building_bits, (building, "a building"))
        };
        // An address in a crowded network (a VPN, carrier-NAT or cloud
        // egress pool) and an office, phone, mail domain or website in a
        // crowded building (an agent's or a business centre's) weigh less: see
        // `LinkageConfig::crowding_discount_bits`.
        if !prefixes.is_empty() || building > 0 || centre_bits > 0.0 {
            for item in items.iter_mut() {
                // Distinct addresses of a login network (for its pool discount).
                let mut addresses = 0;
                // A pool range's shared and given addresses, when that is
                // what discounts the address.
                let mut pool_range = None;
                let (discount, place) = match item.0 {
                    Attribute::Ip => {
                        let ip = self.values.text(item.1);
                        let (discount, place) = prefixes
                            .iter()
                            .find(|&&(p, _)| ip_in_prefix(ip, self.values.text(p)))
                            .map_or((0.0, 0), |&(p, h)| {
                                addresses =
                                    self.prefix_addresses.get(&p).map_or(1, |a| a.len() as u32);
                                let crowd =
                                    self.config.crowding_discount_bits(Attribute::IpPrefix, h);
                                let pool = self.config.pool_discount_bits(h, addresses);
                                (crowd.max(pool), h)
                            });
                        let capped = item.3 - self.config.ip_range_pool_cap_bits;
                        match self.pool_range(ip) {
                            Some(range) if capped > discount => {
                                pool_range = Some(range);
                                (capped, place)
                            }
                            _ => (discount, place),
                        }
                    }
                    Attribute::Address if building > 0 && self.config.crowded_address_discount => (
                        self.config
                            .crowding_discount_bits(Attribute::Building, building),
                        building,
                    ),
                    Attribute::Phone | Attribute::EmailDomain | Attribute::Website => (
                        self.config
                            .switchboard_bits(centre_bits, self.values.meta[item.1 as usize].count),
                        centre.0,
                    ),
                    _ => (0.0, 0),
                };
                if discount > 0.0 && explains {
                    let why = if item.0 == Attribute::Address {
                        format!(
                            "both give a building {place} customers give (a business centre or \
                             co-working space, where unit numbers repeat by chance): \
                             {discount:.2} bits less"
                        )
                    } else if let Some((shared, given)) = pool_range {
                        format!(
                            "the address is in a range where {shared} of the {given} addresses \
                             customers log in from are each shared by several (a carrier-NAT, \
                             VPN or cloud egress pool): {discount:.2} bits less"
                        )
                    } else if item.0 == Attribute::Ip {
                        format!(
                            "the address is in a network {place} customers log in from \
                             through {addresses} addresses (a shared VPN, carrier-NAT or \
                             cloud pool): {discount:.2} bits less"
                        )
                    } else {
                        format!(
                            "both give {} {place} customers give (a registered agent or \
                             business centre, whose switchboard, mail domain or website its \
                             tenants may share): {discount:.2} bits less",
                            centre.1
                        )
                    };
                    contexts.push((item.0, item.1, why));
                }
                item.3 = (item.3 - discount).max(0.0);
            }
            items.retain(|i| i.3 > 0.0);
            // In a business centre its address, its switchboard and the mail
            // domain and website its agent gives tenants are one fact, the
            // centre: only the strongest of them counts.
            if building_bits > 0.0 {
                let w = |a: Attribute| {
                    items
                        .iter()
                        .filter(|i| i.0 == a)
                        .map(|i| i.3)
                        .fold(0.0f64, f64::max)
                };
                let centre = [
                    Attribute::Address,
                    Attribute::Phone,
                    Attribute::EmailDomain,
                    Attribute::Website,
                ];
                if centre.iter().filter(|&&a| w(a) > 0.0).count() > 1 {
                    let strongest = centre
                        .into_iter()
                        .max_by(|&x, &y| w(x).total_cmp(&w(y)))
                        .unwrap_or(Attribute::Address);
                    items.retain(|i| !centre.contains(&i.0) || i.0 == strongest);
                }
            }
        }
        // A mail drop's or co-working operator's address
        // (`normalize::shared_workspace`), however crowded it looks. A box
        // number is one renter's (`PMB 204`); a co-working centre's or
        // virtual office's suite number is every member's.
        let shared = |v: u32| {
            v != NONE
                && match normalize::shared_workspace(self.values.text(v)) {
                    Some(normalize::SharedWorkspace::MailDrop) => {
                        !self.values.meta[v as usize].unit
                    }
                    Some(normalize::SharedWorkspace::Desks) => true,
                    None => false,
                }
        };
        // The office both give, when another customer spells it with the
        // operator's name.
        let desk_office = |x: u32, y: u32| {
            !self.desk_offices.is_empty()
                && self.office_keys.get(&x).is_some_and(|kx| {
                    let ky = if y == NONE {
                        None
                    } else {
                        self.office_keys.get(&y)
                    };
                    kx.iter().any(|k| {
                        self.desk_offices.contains(k)
                            && (y == NONE || ky.is_some_and(|ky| ky.binary_search(k).is_ok()))
                    })
                })
        };
        cap_service_values(
            &mut items,
            &mut contexts,
            explains,
            self.config.uncorroborated_cap_bits,
            |i| {
                if i.0 != Attribute::Address {
                    None
                } else if campus(i) {
                    // A spelling one typo from the campus's.
                    Some(CAMPUS_REASON)
                } else if shared(i.1) || shared(i.2) {
                    Some(
                        "a mail drop, virtual office or co-working operator's address, rented \
                         to strangers by the desk or the mailbox",
                    )
                } else if desk_office(i.1, i.2) {
                    Some(
                        "an office other customers give with a co-working operator's or \
                         virtual office's name: its suite number is every member's",
                    )
                } else {
                    None
                }
            },
        );
        // A login address in a network where one of the two logs in from
        // several addresses: a dynamic pool's
        // (`LinkageConfig::ip_dynamic_min_addresses`).
        let dynamic = self.config.ip_dynamic_min_addresses;
        let cap = self.config.uncorroborated_cap_bits;
        if dynamic > 0 && items.iter().any(|i| i.0 == Attribute::Ip && i.3 > cap) {
            // The network (`IpPrefix` value) of a shared address: both
            // records give it, so `a`'s values hold it.
            let network = |ip: &str| {
                self.rec_values(a).iter().copied().find(|&v| {
                    self.values.attr(v) == Attribute::IpPrefix
                        && ip_in_prefix(ip, self.values.text(v))
                })
            };
            // Addresses a record gives in a network.
            let in_network = |r: u32, net: u32| {
                let text = self.values.text(net);
                self.rec_values(r)
                    .iter()
                    .filter(|&&v| {
                        self.values.attr(v) == Attribute::Ip
                            && ip_in_prefix(self.values.text(v), text)
                    })
                    .count() as u32
            };
            // The pair's shared addresses with their networks. Several
            // addresses of one pool shared are a coincidence of its
            // reassignments only while they are few of those the customer
            // gives there: a network's shells rotating through their own
            // block share most of theirs.
            let shared_ips: SmallVec<[(u32, Option<u32>); 8]> = items
                .iter()
                .filter(|i| i.0 == Attribute::Ip)
                .map(|i| (i.1, network(self.values.text(i.1))))
                .collect();
            let mut capped_networks: SmallVec<[u32; 2]> = SmallVec::new();
            for item in items
                .iter_mut()
                .filter(|i| i.0 == Attribute::Ip && i.3 > cap)
            {
                let Some(net) = shared_ips
                    .iter()
                    .find(|&&(v, _)| v == item.1)
                    .and_then(|&(_, net)| net)
                else {
                    continue;
                };
                let n = in_network(a, net).max(in_network(b, net));
                // A customer giving two addresses of a dynamic pool.
                let dynamic = if self.dynamic_networks.contains(&net) {
                    dynamic.min(2)
                } else {
                    dynamic
                };
                let k = shared_ips.iter().filter(|&&(_, m)| m == Some(net)).count() as u32;
                if n >= dynamic && k * dynamic <= n {
                    // The pool's addresses the pair shares are one fact:
                    // that they use the pool.
                    if capped_networks.contains(&net) {
                        item.3 = 0.0;
                        continue;
                    }
                    capped_networks.push(net);
                    item.3 = cap;
                    explain(&mut contexts, explains, item, || {
                        format!(
                            "one of the two logs in from {n} addresses of this network: \
                             addresses there are reassigned (a residential or mobile ISP's \
                             dynamic pool), so another subscriber may hold this one later: \
                             at most {cap:.2} bits"
                        )
                    });
                }
            }
            items.retain(|i| i.3 > 0.0);
        }
        // A shared network is implied by a shared address in it: one piece
        // of evidence, the stronger of the two. (Dropping the network
        // whenever the address weighs anything would let a pair's score
        // rise as the address's weight falls to nothing.)
        if items.iter().any(|i| i.0 == Attribute::Ip) {
            let pairs: Vec<(u32, f64, u32, f64)> = items
                .iter()
                .filter(|i| i.0 == Attribute::Ip)
                .flat_map(|ip| {
                    items
                        .iter()
                        .filter(|p| {
                            p.0 == Attribute::IpPrefix
                                && ip_in_prefix(self.values.text(ip.1), self.values.text(p.1))
                        })
                        .map(move |p| (ip.1, ip.3, p.1, p.3))
                })
                .collect();
            for (ip, wi, prefix, wp) in pairs {
                let weaker = if wi >= wp {
                    (Attribute::IpPrefix, prefix)
                } else {
                    (Attribute::Ip, ip)
                };
                items.retain(|i| (i.0, i.1) != weaker);
            }
        }
        // One number in two registries: each country's registry numbers its
        // companies on its own, so a Taiwanese and an Estonian company may
        // hold the same number.
        if let (Some(ca), Some(cb)) = (self.countries[a as usize], self.countries[b as usize]) {
            if ca != cb {
                let cap = self.config.uncorroborated_cap_bits;
                for item in items
                    .iter_mut()
                    .filter(|i| i.0 == Attribute::RegistrationId && i.3 > cap)
                {
                    item.3 = cap;
                    explain(&mut contexts, explains, item, || {
                        format!(
                            "the same number in two countries' registries ({} and {}), which \
                             number their companies independently: at most {cap:.2} bits",
                            ca.as_str(),
                            cb.as_str()
                        )
                    });
                }
            }
        }
        // A provider's gateways (`LinkageConfig::ip_gateway_min_holders`):
        // the strongest of them counts, the others say nothing more.
        let gateway = self.config.ip_gateway_min_holders;
        let is_gateway = |i: &(Attribute, u32, u32, f64)| {
            gateway > 0 && i.0 == Attribute::Ip && self.values.meta[i.1 as usize].count >= gateway
        };
        let gateways = items.iter().filter(|i| is_gateway(i)).count();
        if gateways > 1 {
            let kept = items
                .iter()
                .filter(|i| is_gateway(i))
                .max_by(|x, y| x.3.total_cmp(&y.3).then(y.1.cmp(&x.1)))
                .map(|i| i.1);
            items.retain(|i| !is_gateway(i) || Some(i.1) == kept);
            if let Some(item) = items
                .iter()
                .find(|i| Some(i.1) == kept && i.0 == Attribute::Ip)
            {
                explain(&mut contexts, explains, item, || {
                    format!(
                        "one of {gateways} login addresses the pair shares that {gateway} or more \
                         customers each give (a reseller's or VPN's gateways, shared together): \
                         counted once"
                    )
                });
            }
        }
        let total = self.sum_items(&mut items);
        if let Some(ev) = evidence {
            for (attr, v, other, w) in items.into_iter().filter(|i| i.3 > 0.0) {
                let (value, shared_by) = if other == NONE {
                    (
                        self.values.text(v).to_string(),
                        self.values.meta[v as usize].count,
                    )
                } else {
                    let (x, y) = (v.min(other), v.max(other));
                    (
                        format!("{} ~ {}", self.values.text(x), self.values.text(y)),
                        self.values.meta[x as usize].count + self.values.meta[y as usize].count,
                    )
                };
                // Every reason the value weighs less, in the order applied.
                let mut reasons: Vec<&str> = contexts
                    .iter()
                    .filter(|c| c.0 == attr && c.1 == v)
                    .map(|c| c.2.as_str())
                    .collect();
                reasons.dedup();
                let context = (!reasons.is_empty()).then(|| reasons.join("; then "));
                ev.push(Evidence {
                    attribute: attr,
                    value,
                    weight: w,
                    shared_by,
                    context,
                });
            }
            ev.sort_by(|x, y| {
                y.weight
                    .total_cmp(&x.weight)
                    .then(x.attribute.cmp(&y.attribute))
                    .then_with(|| x.value.cmp(&y.value))
            });
        }
        Score {
            total,
            base: if uses_corroboration {
                self.score(a, b, None, true).total
            } else {
                total
            },
            first_block,
        }
    }

    /// Strong items add up. Soft items, strongest first: the first counts
    /// fully, each further one by the dependence discount (see config), and
    /// no attribute gives more than its total cap. Sorts `items` and leaves
    /// each one's counted weight in it.
    fn sum_items(&self, items: &mut [(Attribute, u32, u32, f64)]) -> f64 {
        let mut total = 0.0;
        let mut given = [0.0f64; crate::config::ATTRIBUTE_COUNT];
        items.sort_by(|x, y| {
            y.3.total_cmp(&x.3)
                .then(x.0.cmp(&y.0))
                .then(x.1.min(x.2).cmp(&y.1.min(y.2)))
                .then(x.1.max(x.2).cmp(&y.1.max(y.2)))
        });
        let mut soft_seen = 0;
        for item in items.iter_mut() {
            let (attr, _, _, w) = *item;
            if attr.is_strong() {
                total += w;
                continue;
            }
            let f = if soft_seen == 0 {
                1.0
            } else {
                self.config.dependence_discount
            };
            soft_seen += 1;
            let room = (self.config.soft[attr.idx()].total_cap_bits - given[attr.idx()]).max(0.0);
            let c = (w * f).min(room);
            given[attr.idx()] += c;
            total += c;
            item.3 = c;
        }
        total
    }

    /// Whether two person values share a fuzzy key (sorted merge).
    fn persons_share_key(&self, x: u32, y: u32) -> bool {
        let (Some(kx), Some(ky)) = (self.person_keys.get(&x), self.person_keys.get(&y)) else {
            return false;
        };
        let (mut i, mut j) = (0, 0);
        while i < kx.len() && j < ky.len() {
            match kx[i].cmp(&ky[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => return true,
            }
        }
        false
    }

    /// Whether record `r` spells a free-mail mailbox from its own company
    /// name or people (`normalize::mailbox_spelled_by`).
    fn spells_mailbox(&self, r: u32, mailbox: &str) -> bool {
        let mut names: Vec<&str> = vec![&self.names[r as usize]];
        let mut persons: Vec<&str> = Vec::new();
        for &v in self.rec_values(r) {
            let text = self.values.text(v);
            match self.values.attr(v) {
                Attribute::Director | Attribute::Owner => persons.push(text),
                // A domain's first label: `golden-group` of `golden-group.ae`;
                // a page's name: `acme-ai` of `linkedin.com/company/acme-ai`.
                Attribute::Website | Attribute::EmailDomain => {
                    names.push(match text.rsplit_once('/') {
                        Some((_, page)) => page,
                        None => text.split('.').next().unwrap_or(text),
                    })
                }
                _ => {}
            }
        }
        normalize::mailbox_spelled_by(mailbox, &names, &persons)
    }

    /// Whether record `r` spells page name `page` from its own company name
    /// or people (as a free-mail mailbox: `normalize::mailbox_spelled_by`).
    fn names_page(&self, r: u32, page: &str) -> bool {
        let mut persons: Vec<&str> = self
            .persons_of(r)
            .iter()
            .map(|&v| self.values.text(v))
            .collect();
        // A customer who is a person names pages after themselves in any
        // order (`junwang` for `Wang Jun`), as after a director.
        let own = self.individual[r as usize]
            .then(|| normalize::normalize_person(&self.names[r as usize]))
            .flatten();
        persons.extend(own.as_deref());
        let page: String = page.chars().filter(|c| *c != '.').collect();
        normalize::mailbox_spelled_by(&format!("{page}@"), &[&self.names[r as usize]], &persons)
            || page_transliterates_name(&page, &self.names[r as usize])
    }

    /// A customer's directors and owners (their values).
    fn persons_of(&self, r: u32) -> &[u32] {
        &self.persons
            [self.person_start[r as usize] as usize..self.person_start[r as usize + 1] as usize]
    }

    /// Person matches that are not the same name in the same role: one
    /// person as director on one side and owner on the other, or two
    /// spellings of one name (typo, transliteration, initial) that share a
    /// fuzzy key and pass `leasegate_names` similarity. Weighted by how
    /// common both names are together ([`LinkageConfig::variant_weight`]),
    /// less the fuzzy penalty when the spellings differ. Pushes `(bits, attribute, value of a, value of b)`.
    fn inexact_persons(&self, a: u32, b: u32, out: &mut Persons) {
        let (pa, pb) = (self.persons_of(a), self.persons_of(b));
        for &x in pa {
            let tx = self.values.text(x);
            for &y in pb {
                if x == y {
                    continue;
                }
                let ty = self.values.text(y);
                let penalty = if tx == ty {
                    0.0
                } else if !self.persons_share_key(x, y) {
                    // Both verifications below only accept names that
                    // share a fuzzy key (property-tested in `person`).
                    continue;
                } else if (normalize::persons_may_match(tx, ty)
                    && leasegate_names::name_similarity_as(
                        tx,
                        ty,
                        leasegate_names::NameKind::Person,
                    ) >= self.config.person_min_similarity)
                    || crate::person::persons_sound_alike(tx, ty)
                {
                    self.config.person_fuzzy_penalty_bits
                } else {
                    continue;
                };
                let (ax, ay) = (self.values.attr(x), self.values.attr(y));
                let attr = if ax == Attribute::Owner && ay == Attribute::Owner {
                    Attribute::Owner
                } else {
                    Attribute::Director
                };
                let w = self.config.variant_weight(
                    attr,
                    self.values.meta[x as usize].count,
                    self.values.meta[y as usize].count,
                ) - penalty;
                if w > 0.0 {
                    out.push((w, attr, x, y));
                }
            }
        }
    }

    /// The address match of two customers holding different spellings of
    /// one address (`normalize::addresses_may_match`): `(attribute, value of
    /// a, value of b, bits)`, weighted like a value held by both spellings'
    /// holders together less the fuzzy penalty (0 when that is negative:
    /// the spellings still name one building).
    fn address_variant(&self, a: u32, b: u32) -> Option<(Attribute, u32, u32, f64)> {
        let address = |r: u32| {
            self.rec_values(r)
                .iter()
                .copied()
                .find(|&v| self.values.attr(v) == Attribute::Address)
        };
        let (x, y) = (address(a)?, address(b)?);
        let (tx, ty) = (self.values.text(x), self.values.text(y));
        if x == y
            || !(normalize::addresses_may_match(tx, ty)
                || normalize::addresses_share_premises(tx, ty))
        {
            return None;
        }
        let w = self.config.variant_weight(
            Attribute::Address,
            self.values.meta[x as usize].count,
            self.values.meta[y as usize].count,
        ) - self.config.address_fuzzy_penalty_bits;
        Some((Attribute::Address, x, y, w.max(0.0)))
    }

    /// Customers giving the office two customers both give, in any
    /// spelling: the count of the least common office key
    /// (`normalize::for_each_office_key`) their addresses share; 0 if none.
    fn office_family(&self, a: u32, b: u32) -> u32 {
        let address = |r: u32| {
            self.rec_values(r)
                .iter()
                .copied()
                .find(|&v| self.values.attr(v) == Attribute::Address)
        };
        let (Some(x), Some(y)) = (address(a), address(b)) else {
            return 0;
        };
        let (Some(kx), Some(ky)) = (self.office_keys.get(&x), self.office_keys.get(&y)) else {
            return 0;
        };
        kx.iter()
            .filter(|k| ky.binary_search(k).is_ok())
            .filter_map(|k| self.office_counts.get(k).copied())
            .min()
            .unwrap_or(0)
    }

    /// Adds one customer and updates links and clusters incrementally.
    pub fn add(&mut self, rec: CustomerRecord) -> Result<AddOutcome, LinkageError> {
        let p = Prepared::of(&rec, &self.config);
        let (r, changed, pool_flips) = self.push_record(&rec, &p)?;
        let unreadable_fields = p.failed;
        let t = self.config.threshold_bits;

        // 1. Re-score linked pairs whose shared value's weight changed.
        let mut lost: Vec<u32> = Vec::new();
        // Pairs whose base link went away: the group values they share may
        // have lost their corroboration.
        let mut unbased: Vec<(u32, u32)> = Vec::new();
        // Links found, or turned base links, before the new customer has its
        // own: applied after step 4.
        let mut pool_joined: Vec<(u32, u32, f32, bool)> = Vec::new();
        for v in changed {
            // A person's name or an address also weighs in matches with
            // other spellings (and roles), which the other side does not hold.
            let fuzzy = is_fuzzy(self.values.attr(v));
            for h in self.holders(v) {
                if h == r {
                    continue;
                }
                let nbrs: Vec<(u32, bool)> = self.adj[h as usize]
                    .iter()
                    .map(|&(o, _, base)| (o, base))
                    .collect();
                for (o, was_base) in nbrs {
                    let o_holds = self.holds(o, v);
                    if o == r || (o_holds && o <= h) || (!o_holds && !fuzzy) {
                        continue;
                    }
                    self.rescore_pair(
                        h,
                        o,
                        Some(was_base),
                        &mut lost,
                        &mut unbased,
                        &mut pool_joined,
                    );
                }
            }
        }
        // Addresses whose network's pool discount fell weigh more: every
        // pair sharing one may now link, or link as a base link. New links
        // wait until the new customer has its own (step 4); the new
        // customer's pairs are step 3's.
        let mut pool_flips = pool_flips;
        pool_flips.sort_unstable();
        pool_flips.dedup();
        for v in pool_flips {
            let holders = self.holders(v);
            for (i, &a) in holders.iter().enumerate() {
                for &b in &holders[i + 1..] {
                    if a == r || b == r {
                        continue;
                    }
                    let was = self.adj[a as usize].iter().find(|e| e.0 == b).map(|e| e.2);
                    self.rescore_pair(a, b, was, &mut lost, &mut unbased, &mut pool_joined);
                }
            }
        }

        // 2. Split clusters that lost links. This comes before the new
        // customer's links exist: a split walks links, and one to the new
        // customer (still a cluster of its own) would carry the walk out of
        // the cluster being split.
        lost.sort_unstable();
        lost.dedup();
        let mut affected: Vec<ClusterId> = Vec::new();
        for label in lost {
            for part in self.resplit(label) {
                affected.push(ClusterId(part));
            }
        }
        // Base clusters too, for the same reason. Customers moved out of
        // the largest part may hold group values whose holders came apart.
        let mut moved: Vec<u32> = Vec::new();
        let mut split: Vec<u32> = unbased.iter().map(|&(x, _)| self.base.of(x)).collect();
        split.sort_unstable();
        split.dedup();
        for label in split {
            moved.extend(self.resplit_base(label));
        }

        // 3. New links for the new customer, from its blocking values.
        let mut cands: Vec<u32> = Vec::new();
        for &v in self.rec_values(r) {
            if self
                .config
                .blocks(self.values.attr(v), self.values.meta[v as usize].count)
            {
                cands.extend(self.holders(v).into_iter().filter(|&h| h != r));
            }
        }
        cands.sort_unstable();
        cands.dedup();
        for c in cands {
            let s = self.compare(r, c, None);
            if s.total >= t {
                self.adj[r as usize].push((c, s.total as f32, s.base >= t));
                self.adj[c as usize].push((r, s.total as f32, s.base >= t));
            }
        }

        // 4. Merge around the new customer: its clusters over all links,
        // its base clusters over base links.
        self.clusters
            .merge(&Self::labels_around(&self.clusters, r, &self.adj, false));
        let joined = Self::labels_around(&self.base, r, &self.adj, true);
        moved.extend(self.base.merge(&joined).1);
        // The links step 1 found for addresses whose pool discount fell.
        for (a, b, w, base) in pool_joined {
            if !self.adj[a as usize].iter().any(|e| e.0 == b) {
                self.adj[a as usize].push((b, w, base));
                self.adj[b as usize].push((a, w, base));
            }
            let (x, y) = (self.clusters.of(a), self.clusters.of(b));
            if x != y {
                affected.push(ClusterId(self.clusters.merge(&[x.min(y), x.max(y)]).0));
            }
            if base {
                let (x, y) = (self.base.of(a), self.base.of(b));
                if x != y {
                    moved.extend(self.base.merge(&[x.min(y), x.max(y)]).1);
                }
            }
        }

        // 5. Corroboration. Base links changed only at the new customer and
        // at the pairs that lost theirs; the new customer's values also
        // changed their counts.
        let mut recheck: Vec<u32> = self.rec_values(r).to_vec();
        // A group value's corroboration changes only if its holders were
        // split apart or brought together: then one of them is among the
        // customers who moved out of the largest part.
        for m in moved {
            recheck.extend(
                self.rec_values(m)
                    .iter()
                    .copied()
                    .filter(|&v| self.is_group(v)),
            );
        }
        recheck.sort_unstable();
        recheck.dedup();
        let mut flipped: Vec<u32> = Vec::new();
        for v in recheck {
            let (now, linked) = self.corroboration(v);
            let was = std::mem::replace(&mut self.values.meta[v as usize].parties, now);
            let weighted =
                self.config
                    .weighs_by_parties(now, self.values.meta[v as usize].count, linked);
            let was_weighted =
                std::mem::replace(&mut self.values.meta[v as usize].party_weighted, weighted);
            // The weight moves in quarter-bit buckets of the party count.
            if (now == 0) != (was == 0)
                || weighted != was_weighted
                || (weighted && bucket(now) != bucket(was))
            {
                flipped.push(v);
            }
        }
        // Re-score every pair of holders of a value whose corroboration
        // changed: links appear (or go) anywhere among them. Removals and
        // splits come before new links, as above.
        let mut lost: Vec<u32> = Vec::new();
        let mut joined: Vec<(u32, u32, f32, bool)> = Vec::new();
        for v in flipped {
            let holders = self.holders(v);
            for (i, &a) in holders.iter().enumerate() {
                for &b in &holders[i + 1..] {
                    let s = self.compare(a, b, None);
                    let linked = self.adj[a as usize].iter().any(|e| e.0 == b);
                    if s.total >= t && s.first_block != NONE {
                        if linked {
                            self.set_link(a, b, s.total as f32, s.base >= t);
                        } else {
                            joined.push((a, b, s.total as f32, s.base >= t));
                        }
                    } else if linked {
                        self.remove_link(a, b);
                        lost.push(self.clusters.of(a));
                    }
                }
            }
        }
        lost.sort_unstable();
        lost.dedup();
        for label in lost {
            for part in self.resplit(label) {
                affected.push(ClusterId(part));
            }
        }
        joined.sort_unstable_by_key(|j| (j.0.min(j.1), j.0.max(j.1)));
        joined.dedup_by_key(|j| (j.0.min(j.1), j.0.max(j.1)));
        for (a, b, w, base) in joined {
            self.adj[a as usize].push((b, w, base));
            self.adj[b as usize].push((a, w, base));
            let (x, y) = (self.clusters.of(a), self.clusters.of(b));
            if x != y {
                affected.push(ClusterId(self.clusters.merge(&[x, y]).0));
            }
        }

        let mut out = vec![ClusterId(self.clusters.of(r))];
        for c in affected {
            let live = ClusterId(self.clusters.of(c.0));
            if !out.contains(&live) {
                out.push(live);
            }
        }
        Ok(AddOutcome {
            index: r as usize,
            affected: out,
            unreadable_fields,
        })
    }

    /// Step 1 of [`Self::add`] for one pair whose weights changed: `was` is
    /// its link's base flag, `None` when unlinked. A pair is linked iff the
    /// evidence passes and a value they share still makes candidate pairs
    /// (as in a batch build). The link is updated or removed here; a lost
    /// link's cluster goes to `lost`, a lost base link to `unbased`, and a
    /// new link or new base link to `joined` (applied after step 4).
    fn rescore_pair(
        &mut self,
        a: u32,
        b: u32,
        was: Option<bool>,
        lost: &mut Vec<u32>,
        unbased: &mut Vec<(u32, u32)>,
        joined: &mut Vec<(u32, u32, f32, bool)>,
    ) {
        let t = self.config.threshold_bits;
        let s = self.compare(a, b, None);
        let now = s.total >= t && s.first_block != NONE;
        let now_base = now && s.base >= t;
        match was {
            Some(was_base) => {
                if now {
                    self.set_link(a, b, s.total as f32, now_base);
                } else {
                    self.remove_link(a, b);
                    lost.push(self.clusters.of(a));
                }
                if was_base && !now_base {
                    unbased.push((a, b));
                } else if !was_base && now_base {
                    joined.push((a, b, s.total as f32, true));
                }
            }
            None if now => joined.push((a, b, s.total as f32, now_base)),
            None => {}
        }
    }

    /// The groups of `partition` that customer `r` and its links (base
    /// links only, with `base_only`) are in, sorted, without repeats.
    fn labels_around(
        partition: &Partition,
        r: u32,
        adj: &[Vec<(u32, f32, bool)>],
        base_only: bool,
    ) -> Vec<u32> {
        let mut labels: Vec<u32> = adj[r as usize]
            .iter()
            .filter(|e| e.2 || !base_only)
            .map(|e| partition.of(e.0))
            .collect();
        labels.push(partition.of(r));
        labels.sort_unstable();
        labels.dedup();
        labels
    }

    fn set_link(&mut self, a: u32, b: u32, w: f32, base: bool) {
        for (x, y) in [(a, b), (b, a)] {
            if let Some(e) = self.adj[x as usize].iter_mut().find(|e| e.0 == y) {
                e.1 = w;
                e.2 = base;
            }
        }
    }

    fn set_link_weight(&mut self, a: u32, b: u32, w: f32) {
        for (x, y) in [(a, b), (b, a)] {
            if let Some(e) = self.adj[x as usize].iter_mut().find(|e| e.0 == y) {
                e.1 = w;
            }
        }
    }

    fn remove_link(&mut self, a: u32, b: u32) {
        self.adj[a as usize].retain(|e| e.0 != b);
        self.adj[b as usize].retain(|e| e.0 != a);
    }

    /// Recomputes connectivity inside cluster `label`; returns the labels of
    /// its parts (the part holding `label` keeps it).
    fn resplit(&mut self, label: u32) -> Vec<u32> {
        let old = self.clusters.take(label);
        let parts = self.parts(label, &old, false);
        let mut labels = Vec::new();
        for (l, part) in parts {
            self.clusters.assign(l, part);
            labels.push(l);
        }
        labels
    }

    /// [`Self::resplit`] for base clusters; returns the parts' members
    /// except the largest part's (where corroboration may have changed).
    fn resplit_base(&mut self, label: u32) -> Vec<u32> {
        let old = self.base.take(label);
        let parts = self.parts(label, &old, true);
        let largest = (0..parts.len())
            .max_by_key(|&i| (parts[i].1.len(), std::cmp::Reverse(i)))
            .unwrap_or(0);
        let mut moved = Vec::new();
        for (i, (l, part)) in parts.into_iter().enumerate() {
            if i != largest {
                moved.extend_from_slice(&part);
            }
            self.base.assign(l, part);
        }
        moved
    }

    /// The connected parts of `members` (a cluster labelled `label`) over
    /// links, or base links only, each with its label: the part holding
    /// `label` keeps it, the others take their smallest member.
    fn parts(&self, label: u32, members: &[u32], base_only: bool) -> Vec<(u32, Vec<u32>)> {
        let mut seen: FxHashMap<u32, ()> = FxHashMap::default();
        let mut parts: Vec<(u32, Vec<u32>)> = Vec::new();
        let mut order = members.to_vec();
        // Start from `label` so its part keeps the label.
        if let Some(p) = order.iter().position(|&m| m == label) {
            order.swap(0, p);
        }
        for &s in &order {
            if seen.contains_key(&s) {
                continue;
            }
            seen.insert(s, ());
            let mut part = vec![s];
            let mut k = 0;
            while k < part.len() {
                let x = part[k];
                k += 1;
                for &(o, _, base) in &self.adj[x as usize] {
                    if (base || !base_only) && seen.insert(o, ()).is_none() {
                        part.push(o);
                    }
                }
            }
            let l = if parts.is_empty() {
                label
            } else {
                *part.iter().min().unwrap_or(&label)
            };
            parts.push((l, part));
        }
        parts
    }

    // ---- read side ----

    pub fn len(&self) -> usize {
        self.ids.len()
    }
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }
    pub fn id(&self, idx: usize) -> &str {
        &self.ids[idx]
    }
    pub fn name(&self, idx: usize) -> &str {
        &self.names[idx]
    }
    /// Listed or covered.
    pub fn is_flagged(&self, idx: usize) -> bool {
        self.flagged[idx]
    }
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.id_index.get(id).map(|&i| i as usize)
    }
    pub fn cluster_of(&self, idx: usize) -> ClusterId {
        ClusterId(self.clusters.of(idx as u32))
    }
    /// Members of a cluster, by index, ascending.
    pub fn cluster_members(&self, c: ClusterId) -> Vec<usize> {
        let mut m: Vec<usize> = self
            .clusters
            .members(c.0)
            .iter()
            .map(|&x| x as usize)
            .collect();
        m.sort_unstable();
        m
    }
    pub fn cluster_size(&self, c: ClusterId) -> usize {
        self.clusters.members(c.0).len()
    }
    /// A cluster is flagged when any member is listed or covered.
    pub fn cluster_flagged(&self, c: ClusterId) -> bool {
        self.clusters
            .members(c.0)
            .iter()
            .any(|&m| self.flagged[m as usize])
    }
    /// The stable public name of a cluster: the id of its earliest customer.
    pub fn cluster_name(&self, c: ClusterId) -> &str {
        let first = self
            .clusters
            .members(c.0)
            .iter()
            .min()
            .copied()
            .unwrap_or(c.0);
        &self.ids[first as usize]
    }
    /// All clusters (each once), in no particular order.
    pub fn clusters(&self) -> impl Iterator<Item = ClusterId> + '_ {
        self.clusters.groups().map(|(l, _)| ClusterId(l))
    }
    /// For every cluster of two or more: its earliest member and whether it
    /// is flagged. One pass; singletons are absent.
    pub fn cluster_table(&self) -> FxHashMap<ClusterId, (usize, bool)> {
        let mut t: FxHashMap<ClusterId, (usize, bool)> = FxHashMap::default();
        for (label, m) in self.clusters.groups() {
            if m.len() >= 2 {
                let first = m.iter().min().copied().unwrap_or(label) as usize;
                let flagged = m.iter().any(|&x| self.flagged[x as usize]);
                t.insert(ClusterId(label), (first, flagged));
            }
        }
        t
    }
    /// Number of direct links of a customer.
    pub fn degree(&self, idx: usize) -> usize {
        self.adj[idx].len()
    }
    /// Direct links of a customer with their evidence, strongest first.
    pub fn links(&self, idx: usize) -> Vec<Link> {
        self.links_to(idx, self.adj[idx].iter().map(|&(o, _, _)| o))
    }
    /// `idx` scored against each of `others`, with evidence, strongest first
    /// (ties by index); pairs with no weight left out.
    fn links_to(&self, idx: usize, others: impl Iterator<Item = u32>) -> Vec<Link> {
        let a = idx as u32;
        let mut out: Vec<Link> = others
            .filter_map(|o| {
                let mut evidence = Vec::new();
                let w = self.compare(a, o, Some(&mut evidence)).total;
                (w > 0.0).then(|| Link {
                    other: o as usize,
                    other_id: self.ids[o as usize].to_string(),
                    weight: w,
                    evidence,
                })
            })
            .collect();
        out.sort_by(|x, y| {
            y.weight
                .total_cmp(&x.weight)
                .then_with(|| x.other.cmp(&y.other))
        });
        out
    }
    /// The customers outside `idx`'s cluster with the most shared evidence,
    /// strongest first, at most `limit`: what a reviewer checks next ("shares
    /// a director with X, below the threshold"). Candidates are the holders
    /// of the customer's values held by at most [`NEAR_MISS_MAX_HOLDERS`]
    /// (a busier value weighs next to nothing and would only cost time).
    pub fn near_misses(&self, idx: usize, limit: usize) -> Vec<Link> {
        let a = idx as u32;
        let own = self.clusters.of(idx as u32);
        let mut cands: Vec<u32> = Vec::new();
        for &v in self.rec_values(a) {
            if self.values.meta[v as usize].count as usize <= NEAR_MISS_MAX_HOLDERS {
                cands.extend(
                    self.holders(v)
                        .into_iter()
                        .filter(|&h| self.clusters.of(h) != own),
                );
            }
        }
        cands.sort_unstable();
        cands.dedup();
        let mut out = self.links_to(idx, cands.into_iter());
        out.truncate(limit);
        out
    }
    /// Scores any two customers (linked or not), with evidence.
    pub fn score_pair(&self, a: usize, b: usize) -> (f64, Vec<Evidence>) {
        let mut ev = Vec::new();
        let w = self.compare(a as u32, b as u32, Some(&mut ev)).total;
        (w, ev)
    }
    /// Shortest chain of links from `from` to `to` (both in one cluster).
    pub fn path(&self, from: usize, to: usize) -> Option<Vec<usize>> {
        if self.clusters.of(from as u32) != self.clusters.of(to as u32) {
            return None;
        }
        let mut prev: FxHashMap<u32, u32> = FxHashMap::default();
        prev.insert(from as u32, from as u32);
        let mut queue = std::collections::VecDeque::from([from as u32]);
        while let Some(x) = queue.pop_front() {
            if x as usize == to {
                let mut path = vec![to];
                let mut c = x;
                while c as usize != from {
                    c = prev[&c];
                    path.push(c as usize);
                }
                path.reverse();
                return Some(path);
            }
            for &(o, _, _) in &self.adj[x as usize] {
                if let std::collections::hash_map::Entry::Vacant(e) = prev.entry(o) {
                    e.insert(x);
                    queue.push_back(o);
                }
            }
        }
        None
    }
    /// The base cluster (connected by base links) of customer `i`.
    #[doc(hidden)]
    pub fn base_cluster_of(&self, i: usize) -> u32 {
        self.base.of(i as u32)
    }

    /// Corroborated group values: (attribute, text, holders). For
    /// benchmark diagnostics.
    #[doc(hidden)]
    pub fn corroborated_values(&self) -> Vec<(Attribute, String, Vec<usize>)> {
        (0..self.values.meta.len() as u32)
            .filter(|&v| self.values.meta[v as usize].parties > 0 && self.is_group(v))
            .map(|v| {
                (
                    self.values.attr(v),
                    self.values.text(v).to_string(),
                    self.holders(v).into_iter().map(|h| h as usize).collect(),
                )
            })
            .collect()
    }

    /// Links that pass with every group value capped (base links), as
    /// pairs: for checking incremental linking against a batch build.
    #[doc(hidden)]
    pub fn base_link_pairs(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (a, adj) in self.adj.iter().enumerate() {
            for &(b, _, base) in adj {
                if base && (b as usize) > a {
                    out.push((a, b as usize));
                }
            }
        }
        out
    }

    /// Every unordered linked pair `(a, b, weight)` with `a < b`.
    pub fn link_pairs(&self) -> Vec<(usize, usize, f64)> {
        let mut out = Vec::new();
        for (a, adj) in self.adj.iter().enumerate() {
            for &(b, w, _) in adj {
                if (b as usize) > a {
                    out.push((a, b as usize, f64::from(w)));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_readable_login_addresses_are_canonical() {
        for ip in [
            "203.0.113.7",
            "077.090.151.063",
            "2001:db8::1",
            "[2001:db8::1]:22",
        ] {
            let n = normalize::normalize_ip(ip).unwrap();
            assert!(is_canonical_ip(n.address.text()), "{ip}");
        }
        for ip in ["1.2.3", "256.256.256.256", "vpn-gw.example.com"] {
            let n = normalize::normalize_ip(ip).unwrap();
            assert!(!is_canonical_ip(n.address.text()), "{ip}");
        }
    }

    #[test]
    fn a_field_whose_normaliser_fails_is_left_out_and_named() {
        let mut f = vec![(Attribute::Phone, "+4420".to_string())];
        let mut failed = Vec::new();
        read_field("address", &mut f, &mut failed, |out| {
            out.push((Attribute::Address, "half".to_string()));
            panic!("a normaliser bug");
        });
        read_field("website", &mut f, &mut failed, |out| {
            out.push((Attribute::Website, "example.com".to_string()));
        });
        assert_eq!(failed, ["address"]);
        assert_eq!(
            f,
            [
                (Attribute::Phone, "+4420".to_string()),
                (Attribute::Website, "example.com".to_string())
            ]
        );
        let e = LinkageError::unreadable(
            &CustomerRecord {
                id: "c1".into(),
                ..Default::default()
            },
            &failed,
        );
        assert_eq!(e.code(), "unreadable_field");
        assert!(!e.is_user_error());
        assert!(
            e.to_string().contains("its address could not be read"),
            "{e}"
        );
    }

    #[test]
    fn ip_in_prefix_matches_normalize_ip() {
        for ip in [
            "203.0.113.77",
            "10.0.0.1",
            "2001:db8:85a3::8a2e:370:7334",
            "::ffff:198.51.100.1",
            "10.0.0.999",
            "not an ip",
            "2001:db8:85a3:12::1",
            "2001:db8:85a4::1",
            "2a05:803e:2ba6:5a8b::7b",
            "::ffff:10.0.0.7",
            "::1",
        ] {
            let n = normalize::normalize_ip(ip).unwrap();
            for prefix in [
                "203.0.113.0/24",
                "10.0.0.0/24",
                "2001:db8:85a3::/48",
                "2a05:803e:2ba6::/48",
                "198.51.100.0/24",
                "0:0:0::/48",
            ] {
                let want = n.prefix.as_deref() == Some(prefix);
                assert_eq!(
                    ip_in_prefix(n.address.text(), prefix),
                    want,
                    "{ip} in {prefix}"
                );
            }
        }
    }
}
