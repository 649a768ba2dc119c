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

mod score;
mod update;

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
    /// Whether the customer's name says it is a university's
    /// (`normalize::names_university`).
    university: bool,
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
            university: normalize::names_university(&rec.name),
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
    /// Distinct login addresses (`Ip` values, text kept as given
    /// included) each record gives, at most 255
    /// (`LinkageConfig::login_list_discount_bits`).
    login_counts: Vec<u8>,
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
    /// The university each customer writes from (`Linker::university_domain`;
    /// an index of `universities`, `NONE` for none), found when it arrives.
    university_of: Vec<u32>,
    /// Universities' mail domains, by the ids of `university_ids`.
    universities: Vec<Box<str>>,
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
    /// For each value of a campus attribute given by a customer writing from
    /// a university, the universities (ids in `university_ids`) whose
    /// customers give it: a second one from the same university marks it a
    /// campus value, however many holders lie between them.
    campus_writers: FxHashMap<u32, SmallVec<[u32; 2]>>,
    /// Ids of the university mail domains seen, for `campus_writers`.
    university_ids: FxHashMap<Box<str>, u32>,
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

/// How a customer arrives: in a batch, linked later all at once, or one at
/// a time into a linked population (what changes must be tracked).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Arrival {
    Batch,
    Incremental,
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
                        match linker.push_record(rec, p, Arrival::Batch) {
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
        let r = self.linker.push_record(rec, &p, Arrival::Batch)?.0 as usize;
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
        l.mark_building_values();
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
            login_counts: Vec::new(),
            persons: Vec::new(),
            person_start: vec![0],
            sites: Vec::new(),
            site_start: vec![0],
            ids: Vec::new(),
            names: Vec::new(),
            flagged: Vec::new(),
            individual: Vec::new(),
            university_of: Vec::new(),
            universities: Vec::new(),
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
            campus_writers: FxHashMap::default(),
            university_ids: FxHashMap::default(),
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
