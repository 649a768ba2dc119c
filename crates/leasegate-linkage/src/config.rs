//! Attributes and the weights of their evidence.
//!
//! # The model
//! Evidence is a log-likelihood ratio in bits (log2). For a soft attribute a
//! and a value v held by n customers, the Fellegi-Sunter weight with a
//! term-frequency u-probability is `log2(m_a / u_v)` with `u_v = n / N`
//! (the chance that a stranger holds v) and `m_a` the chance that two
//! companies of one party agree on a. The pair's posterior log-odds then
//! subtract the prior log-odds of a random pair being one party, about
//! `log2(N / K)` for parties of K customers. We fold that prior into each
//! soft weight, which gives `w_a(n) = log2(m_a * K / n) = log2(reach_a / n)`,
//! clamped to `[0, cap_a]`: independent of the population size N, zero once
//! a value is held by `reach_a` customers (a registered agent's address, a
//! NAT address), strongest for a value held by two or three. Folding the
//! prior into every item rather than once makes two soft agreements count
//! less than independence would claim; that is deliberate, because soft
//! attributes are correlated (a co-working space shares its address, its
//! network and its phone switchboard among strangers).
//!
//! Soft evidence is not independent, so a pair's soft evidence is not
//! the plain sum: the strongest shared value counts fully and each further
//! one by `dependence_discount` (0.5, halfway between independence and
//! complete dependence in log terms). Several half-common values (a co-working
//! address, its NAT address, its /24) then cannot add up to a link between
//! strangers, while a rare phone plus a rare address still links easily.
//!
//! `reach_a = m_a * K` with `K ~ 200..1000` effective companies per controller
//! over the life of a population; `m_a` (documented per attribute below) is
//! how often two shells of one party share a value of the attribute when both
//! have one. Counts are bucketed in quarter-bits (`floor(4 log2 n)`) so the
//! weight of a value changes only when its count crosses a bucket, which
//! bounds re-scoring in incremental updates.
//!
//! Strong identifiers (registration id, payment fingerprint, SSH key) link
//! outright with `strong_weight_bits` while at most `strong_graded_above`
//! customers hold one. Past that they weigh `log2(strong_graded_reach / n)`
//! (2048: 6.9 bits at 17 holders, 5 at 64), so they need other evidence: a
//! key baked into a public machine image or a reseller's card is shared by
//! dozens of strangers (two blind generators had both; a network of 17+
//! shells on one card nearly always shares something else too). Past
//! `strong_max_holders` they are placeholders (a test card, a default key)
//! and weigh nothing.
//!
//! # Persons: fuzzy, across roles, counted once
//! Directors and owners are compared as persons: one name may be a director
//! on one side and an owner on the other, or be spelled differently (typo,
//! transliteration, initial, order). Candidates come from fuzzy keys
//! (`normalize::person_keys`, blocked only while a key has at most
//! `person_key_max_holders` holders) and are verified with the screening
//! engine's `leasegate_names::name_similarity_as` (at least
//! `person_min_similarity`). A variant match weighs like a value held by
//! both spellings' holders together ([`LinkageConfig::variant_weight`]) less
//! `person_fuzzy_penalty_bits`. Each name counts once per side, whatever its
//! roles: an owner-managed company lists its owner as director too, and two
//! such companies sharing one person are one coincidence, not two.
//!
//! # Addresses: one typo apart
//! Two spellings of one address that differ by a typo ("Hennessy Road" /
//! "Hennesy Road") are different normalised values. Candidates come from
//! `normalize::address_keys` (the numbers verbatim plus the first letter, or
//! the last two, of every word; two keys per address), blocked only while a key has at most
//! `address_key_max_holders` holders, so a registered agent's or a
//! co-working space's address and its misspellings never make candidate
//! pairs. `normalize::addresses_may_match` verifies: every number (house,
//! unit, floor, postcode) equal, every word but one equal, those two one edit
//! apart. A match weighs like a value held by both spellings' holders
//! together ([`LinkageConfig::variant_weight`]) less
//! `address_fuzzy_penalty_bits` (1 bit: with every number fixed, the family of
//! one-typo spellings around an address is about as rare as the address, so
//! the penalty is the person one, not more). Two unique spellings then give
//! log2(512 / 2) - 1 = 7 bits and link alone, as an exact address held by up
//! to four does; a hub address (hundreds of holders) stays nearly worthless
//! in either spelling. A customer has one address, so a pair has at most one
//! address match.
//!
//! # Addresses: one office, more or less fully written
//! One variant gives the postcode, the tower, a floor its unit already
//! implies; another leaves them out. `normalize::addresses_share_premises`
//! accepts two spellings with the same unit, the same house number and the
//! same floor (if any) where one spelling's words and numbers are all in the
//! other, which adds at most four words. Candidates come from
//! `normalize::for_each_premises_key` (the unit and one other number),
//! blocked like the typo keys. The match weighs like a typo match (both
//! spellings' holders together, less `address_fuzzy_penalty_bits`).
//! Measured on the blind populations (docs/BENCHMARKS.md, "Linkage, seventh
//! session"): gen6 F1 +0.03 to +0.04, gen5 +0.005, gen3 and gen4 unchanged
//! or better. Without a unit an address names a building, and a floor one
//! side leaves out may be any floor (flat 51 is on every floor), so neither
//! bends.
//!
//! # Group values: corroborated, or capped
//! A value that a handful of customers share is strong evidence whether it
//! is a network's or an accountant's: counts alone cannot tell a phone
//! eight shells give from the number of the accountant eight strangers
//! hired. Their neighbourhood can. Holders of a network's value are linked
//! to each other by other evidence too (the shells share addresses, cards,
//! domains among themselves); an accountant's clients are not. So a phone,
//! mail domain, website, address, login IP or organisation held by at least
//! `corroboration_min_holders` (6) customers is a group value
//! ([`LinkageConfig::is_group_value`]): it weighs at most
//! `uncorroborated_cap_bits` (3) unless `corroboration_min_share` (a
//! quarter, and at least two) of its holders share a base cluster with
//! another holder. Base clusters are the components of base links, the
//! links that pass with every group value at the cap, so a value never
//! corroborates itself or another group value. Measured per value on five
//! generators (bench `hubtest`): values of 4-64 holders whose holders fall
//! into at most three quarters as many base clusters were one party's in
//! every case; values whose holders all stand apart were hubs from nine
//! holders up, and mixed below (docs/BENCHMARKS.md, "Linkage, eighth
//! session"). From 6 holders: at 5 (and 4) recall fell on four generators.
//!
//! A strong identifier given by more than a dozen customers
//! (`strong_group_min_holders`, 13) is a group value too: an SSH key baked
//! into a public machine image, a reseller's card or an agent's filing
//! number reaches that many strangers, a network's card reaches that many
//! shells that share other things as well. Uncorroborated it weighs the
//! cap; corroborated it weighs by its parties, so a network of seventeen
//! shells sharing a card links again past the graded count. Not from 8:
//! networks of 8-12 shells that share a card and little else lose
//! (docs/BENCHMARKS.md, "Linkage, thirteenth session").
//!
//! From nine holders, a strong identifier whose holders are registered in
//! seven or more countries (`strong_spread_min_holders`,
//! `strong_spread_min_countries`) is a group value as well: a template key
//! or a pooled card goes wherever its users are, while a network's shells
//! sit in the few places it chose. Measured (docs/BENCHMARKS.md, "Linkage,
//! twenty-first session"): no population of twelve generators loses at 7
//! or 6 countries; from 5 down, networks of 9-12 shells spread over five
//! countries start to split.
//!
//! A corroborated value is then weighed by the *parties* giving it (the
//! base clusters its holders fall into), not by its holders: eleven shells
//! of one party giving their switchboard do not make it common, and a twelfth
//! customer giving it shares a number with one other party, which is
//! strong. It is, when the parties are fewer than `parties_weigh_below` (6:
//! too few for a group value of their own) or when at least half its
//! holders (`parties_min_linked_share`) are linked to another holder
//! ([`LinkageConfig::weighs_by_parties`]): a network whose shells are
//! linked in several fragments still gives its phone. An accountant's phone
//! given by eleven clients, three of them one network, is given by nine
//! parties and keeps its holder count. Measured (bench `partystats`,
//! docs/BENCHMARKS.md, "Linkage, ninth session"): every link this adds on
//! gen3 and gen5 at 100k joins one party; weighing by parties without the
//! two conditions let accountants' phones (8 of 11 holders apart) link 354
//! strangers on gen7 at 100k, and a linked share of 0.4 already lets some
//! through.
//!
//! # Organisations
//! A director or owner whose name carries a legal form or a company word
//! (`Holdings`, `Ltd`, `Fund`, `Ventures`; `normalize::normalize_organisation`)
//! is a company, not a person: a holding company named by two customers is
//! as telling as a domain (reach 1024, cap 9), while a fund or nominee
//! company named by dozens is a group value like any other. Person-name
//! matching does not apply to it.
//!
//! # Addresses: an office counted in all its spellings
//! A co-working space's tenants write its address a dozen ways, each way by
//! two or three of them: each spelling looks rare. Office keys (the unit,
//! one number, one word: `normalize::for_each_office_key`; counts only)
//! count everyone giving the office in any spelling, and a shared address,
//! exact or a variant, weighs by the least common office key the pair
//! shares. A variant so counted loses `office_variant_penalty_bits` (0.5),
//! not the full fuzzy penalty: the count already covers its spellings.
//!
//! An address without a unit or floor names a whole building, and anyone
//! in the building could write it so: it weighs by the building's count
//! (everyone giving an address there, any unit), not by its own spelling's
//! (`unitless_address_by_building`). Measured (docs/BENCHMARKS.md, "Linkage,
//! ninth session"): gen5 precision 0.897 -> 0.916 and 0.894 -> 0.936 at 20k,
//! 0.837 -> 0.871 at 100k, recall unchanged; every other population
//! unchanged to four decimals but gen3 at 100k (+0.003 precision).
//!
//! # Does one rare director link on its own? No (measured)
//! The issue calls a phone shared by three companies strong; a director's
//! name is not a phone number. With the count-only u-probability above, a
//! name held by two customers would need `reach >= 256` to reach the 7-bit
//! threshold alone. Measured on both generators (`synth` and the independent
//! `synth2`, 20k customers, seeds 1 and 2, bench `LINKAGE_PERSON=REACH,CAP`):
//! reach 128 / cap 6 (this model) gives precision 0.996-0.999; reach 256 /
//! cap 8 gives precision 0.42-0.50 and reach 512 / cap 8 0.08-0.17, for 3-12
//! recall points: names shared by two strangers by chance are far more
//! frequent than planted ones, and single-name links chain them into large
//! clusters. A rarity prior from word frequencies (expected holders if a
//! name's words were independent) does not rescue it (bench `names`): among
//! names held by 2-3 customers whose words predict at most 0.05 holders,
//! strangers outnumber same-party pairs 17:1 on `synth` and 2:1 on `synth2`,
//! because words are correlated (compound given names such as Ji-hoon,
//! family-specific given names) and the independence estimate is far too
//! low. So a person name stays capped
//! below the threshold (`cap_bits` 6): it links together with any second
//! piece of evidence (a shared IP, an address, a second director), never
//! alone.

use serde::Serialize;

/// Attributes that produce evidence. Order is stable (it indexes tables).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Attribute {
    RegistrationId,
    PaymentFingerprint,
    SshKey,
    Phone,
    Email,
    EmailDomain,
    Website,
    Address,
    Ip,
    IpPrefix,
    Director,
    Owner,
    Name,
    /// A blocking key for fuzzy person names (never evidence itself).
    PersonKey,
    /// A blocking key for typo-tolerant addresses (never evidence itself).
    AddressKey,
    /// The address without its unit and floor: how crowded a building is
    /// (never evidence itself; see [`LinkageConfig::crowding_discount_bits`]).
    Building,
    /// A blocking key for one office spelt more or less fully (never
    /// evidence itself; see `normalize::addresses_share_premises`).
    PremisesKey,
    /// A company named as a director or owner: a holding company, a fund, a
    /// corporate director (`normalize::normalize_organisation`).
    Organisation,
    /// A distinctive word of a company name, the customer's own or a parent
    /// company's (never evidence itself): how many customers name a company
    /// with it (see `LinkageConfig::org_by_words`).
    OrgWord,
}

pub const ATTRIBUTE_COUNT: usize = 19;

impl Attribute {
    pub const ALL: [Attribute; ATTRIBUTE_COUNT] = [
        Attribute::RegistrationId,
        Attribute::PaymentFingerprint,
        Attribute::SshKey,
        Attribute::Phone,
        Attribute::Email,
        Attribute::EmailDomain,
        Attribute::Website,
        Attribute::Address,
        Attribute::Ip,
        Attribute::IpPrefix,
        Attribute::Director,
        Attribute::Owner,
        Attribute::Name,
        Attribute::PersonKey,
        Attribute::AddressKey,
        Attribute::Building,
        Attribute::PremisesKey,
        Attribute::Organisation,
        Attribute::OrgWord,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Attribute::RegistrationId => "registration_id",
            Attribute::PaymentFingerprint => "payment_fingerprint",
            Attribute::SshKey => "ssh_key",
            Attribute::Phone => "phone",
            Attribute::Email => "email",
            Attribute::EmailDomain => "email_domain",
            Attribute::Website => "website",
            Attribute::Address => "address",
            Attribute::Ip => "ip",
            Attribute::IpPrefix => "ip_prefix",
            Attribute::Director => "director",
            Attribute::Owner => "owner",
            Attribute::Name => "name",
            Attribute::PersonKey => "person_key",
            Attribute::AddressKey => "address_key",
            Attribute::Building => "building",
            Attribute::PremisesKey => "premises_key",
            Attribute::Organisation => "organisation",
            Attribute::OrgWord => "org_word",
        }
    }

    /// Words for a compliance officer.
    pub fn describe(self) -> &'static str {
        match self {
            Attribute::RegistrationId => "company registration number",
            Attribute::PaymentFingerprint => "payment card / account",
            Attribute::SshKey => "SSH key used on our nodes",
            Attribute::Phone => "phone number",
            Attribute::Email => "email address",
            Attribute::EmailDomain => "email domain",
            Attribute::Website => "website domain",
            Attribute::Address => "postal address",
            Attribute::Ip => "login IP address",
            Attribute::IpPrefix => "login network",
            Attribute::Director => "director",
            Attribute::Owner => "owner",
            Attribute::Name => "similar company name",
            Attribute::PersonKey => "similar person name",
            Attribute::AddressKey => "similar postal address",
            Attribute::Building => "building",
            Attribute::PremisesKey => "premises_key",
            Attribute::Organisation => "parent company or corporate director",
            Attribute::OrgWord => "company name word",
        }
    }

    pub fn is_strong(self) -> bool {
        matches!(
            self,
            Attribute::RegistrationId | Attribute::PaymentFingerprint | Attribute::SshKey
        )
    }

    pub(crate) fn idx(self) -> usize {
        self as usize
    }

    pub(crate) fn from_idx(i: u8) -> Attribute {
        Attribute::ALL[i as usize]
    }
}

/// Weight shape of one soft attribute.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SoftParams {
    /// Most bits one shared value can give.
    pub cap_bits: f64,
    /// Holder count at which a shared value stops being evidence (`m_a * K`).
    pub reach: f64,
    /// Most bits the attribute gives a pair however many values they share
    /// (several IPs, several directors).
    pub total_cap_bits: f64,
}

/// Engine settings. `Default` is the documented model.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LinkageConfig {
    /// A pair links when its evidence reaches this many bits.
    pub threshold_bits: f64,
    /// Weight of a shared strong identifier.
    pub strong_weight_bits: f64,
    /// A strong identifier held by more customers is a placeholder.
    pub strong_max_holders: u32,
    /// Above this many holders a strong identifier no longer links alone:
    /// it weighs `log2(strong_graded_reach / n)` like soft evidence (a key
    /// baked into a public machine image, a reseller's card, a formation
    /// agent's registration number: shared by dozens who never met).
    pub strong_graded_above: u32,
    /// See `strong_graded_above`.
    pub strong_graded_reach: f64,
    /// Values weighing less than this make no candidate pairs (hubs).
    pub min_block_weight_bits: f64,
    /// Company names must be at least this similar
    /// (`leasegate_names::name_similarity`) for a shared name word to count.
    pub name_min_similarity: f64,
    /// Factor on every soft attribute after the strongest (see module docs).
    pub dependence_discount: f64,
    /// A fuzzy person-name key held by more customers makes no candidate
    /// pairs (it stands for a family of common names).
    pub person_key_max_holders: u32,
    /// Two different spellings count as one person when at least this
    /// similar (`leasegate_names::name_similarity_as`, person names).
    pub person_min_similarity: f64,
    /// Bits taken off a person match that is not letter-for-letter equal:
    /// the family of spellings within reach is larger than one spelling.
    pub person_fuzzy_penalty_bits: f64,
    /// A typo-tolerant address key held by more customers makes no
    /// candidate pairs (a busy building: agents, co-working spaces).
    pub address_key_max_holders: u32,
    /// Bits taken off a match of two address spellings one typo apart
    /// (`normalize::addresses_may_match`).
    pub address_fuzzy_penalty_bits: f64,
    /// Most bits an address with no number at all (no house number, unit,
    /// floor or postcode: `Al Wasl Street, Sharjah`) weighs: it names a
    /// street or a district, not premises, so it never links alone.
    pub address_without_number_cap_bits: f64,
    /// Most bits a free-mail mailbox weighs when each holder's own record
    /// spells it: its local part, without digits, starts with words of the
    /// holder's company name or is one of its people's names
    /// (`normalize::mailbox_spelled_by`). Two `Stroyinvest`s both choosing
    /// `stroyinvest@163.com` is a guess away, not one account.
    pub spelled_mailbox_cap_bits: f64,
    /// A free-mail handle thousands of people can write as theirs (one of
    /// the commonest family names, bare or with an initial, a common given
    /// name, or one of each: `jsmith@gmail.com`, `ychan@outlook.com`,
    /// `william@`, `davidjones@`; `normalize::is_generic_handle`) weighs at
    /// most `spelled_mailbox_cap_bits` too, whoever gives it.
    pub generic_handles_capped: bool,
    /// Whether a parent company or corporate director weighs at most as its
    /// rarest word is common: counted over every customer naming a company
    /// with that word, its own name or a parent's. Two unrelated `Boyuan
    /// Group Limited`s are likely where dozens of companies are called
    /// Boyuan something.
    pub org_by_words: bool,
    /// Whether an address in a crowded building (more customers than the
    /// building's reach) loses the building's crowding, as its phone does:
    /// in a business centre of hundreds, two tenants given one unit number
    /// is a coincidence the building makes likely.
    pub crowded_address_discount: bool,
    /// Whether a crowded office (an address more customers give, in any
    /// spelling, than the building reach) counts as a crowded building for
    /// the phone, mail domain and website its holders share: a registered
    /// agent's office and the agent's own phone are one fact, and its
    /// clients give both.
    /// How many customers may give one office (in any spelling) before its
    /// phone, mail domain and website lose crowding bits, as a building's do
    /// past its reach; 0 turns it off. An office is one unit: a dozen
    /// customers giving it is already an agent's or a virtual office.
    pub office_switchboard_reach: f64,
    /// Whether a building is counted by keys every spelling of it shares
    /// (`normalize::for_each_building_key`: a house number and a long
    /// word) rather than by the address less its unit and floor, which
    /// each postcode, district or state written or left out splits.
    pub building_keys: bool,
    /// Whether a login address loses its network's pool crowding
    /// ([`Self::pool_discount_bits`]).
    pub ip_pool_discount: bool,
    /// A network fewer customers log in from is no pool: one party's own
    /// hosts, shared among its shells ([`Self::pool_discount_bits`]).
    pub ip_pool_min_holders: u32,
    /// A login address in an IPv4 /16 where at least this many addresses
    /// are each given by several customers, and those are about a quarter
    /// of the addresses given there or more, weighs at most
    /// `ip_range_pool_cap_bits` ([`Self::is_pool_range`]); 0 turns it off.
    pub ip_range_pool_min_shared: u32,
    /// See `ip_range_pool_min_shared`. 5.5: such an address still links
    /// with one more piece of evidence of 3 bits (a shared /24, a common
    /// director), counted at half: a network's own office range with many
    /// shared hosts can look like a pool by its counts.
    pub ip_range_pool_cap_bits: f64,
    /// The prefix length (8-16) of a second, wider IPv4 range checked the
    /// same way, where the shared addresses must be about half of those
    /// given or more ([`Self::is_pool_range`]); 0 checks only the /16. A
    /// mobile carrier's NAT hands out a hundred addresses scattered one
    /// per /16 over a /10 or wider: no /16 of it looks like a pool.
    pub ip_wide_range_prefix_len: u8,
    /// A login address used by more customers weighs nothing and makes no
    /// candidate pairs: a NAT or VPN exit. (Every address that weighs can
    /// then be re-scored pair by pair when its network's pool discount
    /// falls: see [`Self::pool_discount_bits`].)
    pub ip_block_max_holders: u32,
    /// Login addresses each given by at least this many customers count
    /// once in a pair, by the strongest: a reseller's or VPN's gateways,
    /// which all its users share together, so sharing three of them says no
    /// more than sharing one (which, nothing corroborating it, never links
    /// alone from 9 holders). 0 turns the rule off.
    pub ip_gateway_min_holders: u32,
    /// A login address two customers share in a network (/24, /48) where
    /// one of them logs in from at least this many addresses weighs at
    /// most `uncorroborated_cap_bits`: that customer's addresses there are
    /// dynamic (a residential or mobile ISP reassigning them, privacy
    /// prefixes rotating), so another subscriber holding one later is a
    /// coincidence of the pool, not a shared office. From one address
    /// fewer too where the network is a dynamic pool
    /// ([`Self::is_dynamic_network`]). 0 turns the rule off.
    pub ip_dynamic_min_addresses: u32,
    /// A soft value that could link alone and is held by at least this many
    /// customers is a group value: it keeps its weight only while it is
    /// corroborated (see [`Self::corroboration_needed`]); 0 turns the rule off.
    pub corroboration_min_holders: u32,
    /// Most bits an uncorroborated group value weighs: an accountant's
    /// phone, a formation agent's address, a shared office's exit address.
    pub uncorroborated_cap_bits: f64,
    /// A strong identifier held by at least this many customers is a group
    /// value too (0: never): see [`Self::is_group_value`].
    pub strong_group_min_holders: u32,
    /// A strong identifier held by at least this many customers (and fewer
    /// than `strong_group_min_holders`) is a group value too when its
    /// holders are registered in at least `strong_spread_min_countries`
    /// countries (0: never): see [`Self::is_spread_strong_group`].
    pub strong_spread_min_holders: u32,
    /// See `strong_spread_min_holders`.
    pub strong_spread_min_countries: u32,
    /// Whether an address weighs by everyone giving the office in any
    /// spelling (`normalize::for_each_office_key`), not only its own.
    pub premises_family: bool,
    /// Bits taken off a match of two spellings weighed by their office's
    /// family (which already counts every spelling): the text match's own
    /// doubt only.
    pub office_variant_penalty_bits: f64,
    /// Share of a group value's holders that must be linked to another
    /// holder by base links for it to be corroborated (at least two).
    pub corroboration_min_share: f64,
    /// Whether a corroborated group value weighs by the number of parties
    /// (base clusters) giving it rather than the number of customers.
    pub weigh_by_parties: bool,
    /// ... when fewer than this many parties give it ...
    pub parties_weigh_below: u32,
    /// ... or when at least this share of its holders are linked to
    /// another holder (by base links).
    pub parties_min_linked_share: f64,
    /// Whether an address without a unit (a whole building, or a whole
    /// floor of one) weighs by everyone giving its building.
    pub unitless_address_by_building: bool,
    /// Whether an office given by `corroboration_min_holders` or more
    /// customers in any spelling (its premises key: unit and house number)
    /// is a group value: its holders' addresses weigh at most
    /// `uncorroborated_cap_bits` unless it is corroborated.
    pub premises_group: bool,
    /// An office given by more customers is never corroborated (a business
    /// centre's unit, or a unit and house number that many places share);
    /// checking its holders would cost every addition there.
    pub premises_group_max_holders: u32,
    /// A login address, phone, mailbox, mail domain or website that at
    /// least this many customers give, most of them giving one building,
    /// is that building's ([`Self::is_building_value`]); 0 turns the rule
    /// off.
    pub building_value_min_holders: u32,
    /// A value more customers give is left to the crowding and pool rules
    /// (finding its building costs a pass over its holders).
    pub building_value_max_holders: u32,
    /// Most bits a building's value weighs for two of its holders.
    pub building_value_cap_bits: f64,
    /// Whether a soft group value is corroborated only when one base
    /// cluster holds `corroboration_min_share` of its holders (rather than
    /// all base clusters with two holders or more together): one party's
    /// value is given by one party; a formation agent's phone, domain or
    /// inbox by many small ones, whose base links its other facts make.
    pub corroboration_by_largest_party: bool,
    /// Whether a mail domain two individuals (customers named as people,
    /// `normalize::is_person_name`) share weighs at most the group cap: it
    /// is their employer's or university's (`msu.ru`, `skoltech.ru`), not a
    /// party's. Their mailbox, if the same, still counts.
    pub people_share_employers: bool,
    /// Pairs of login addresses two customers may share by chance before
    /// their shared addresses and networks weigh less: `k_a * k_b` beyond
    /// this ([`Self::login_list_discount_bits`]). 0 turns the rule off.
    pub login_list_free_pairs: u32,
    /// Indexed by `Attribute as usize`; ignored for strong attributes.
    pub soft: [SoftParams; ATTRIBUTE_COUNT],
}

const fn p(cap_bits: f64, reach: f64, total_cap_bits: f64) -> SoftParams {
    SoftParams {
        cap_bits,
        reach,
        total_cap_bits,
    }
}

impl Default for LinkageConfig {
    fn default() -> Self {
        // m_a (agreement among one party's shells) and reach = m_a * K with K = 1024:
        // phone m~1.0: one controller, one switchboard; email mailbox m~1.0;
        // website m~1.0 and non-free email domain m~1.0 (a domain has one owner;
        // shared hosting is handled by the public suffix list); address m~0.5; login IP m~0.25;
        // /24 m~0.06 (reach 64: same ISP block is weak); director/owner m~0.125
        // and capped below the threshold: person names collide by chance far more
        // than phone numbers (common names), so a shared name never links alone;
        // similar name m~0.125, capped low because names are chosen to look unrelated.
        // Login IP: an address a few customers log in from is an office's or
        // an operator's own (reach 1024: up to five holders link alone, as a
        // phone does), unless it is one of a pool's few addresses handed to
        // many strangers (`pool_discount_bits`) or a crowded network's
        // (`crowding_discount_bits`). Reach 256 without the pool rule was the
        // earlier choice (docs/BENCHMARKS.md, "Login IP cap"); with it, every
        // population gained (docs/BENCHMARKS.md, "Linkage, tenth session").
        let strong = p(0.0, 0.0, 0.0);
        let soft = [
            strong,              // registration_id
            strong,              // payment_fingerprint
            strong,              // ssh_key
            p(9.0, 1024.0, 9.0), // phone
            p(9.0, 1024.0, 9.0), // email (mailbox)
            p(8.0, 1024.0, 8.0), // email_domain
            p(9.0, 1024.0, 9.0), // website
            p(8.0, 512.0, 8.0),  // address
            p(8.0, 1024.0, 9.0), // ip
            p(3.0, 64.0, 4.0),   // ip_prefix
            p(6.0, 128.0, 10.0), // director
            p(6.0, 128.0, 10.0), // owner
            p(4.0, 128.0, 4.0),  // name
            p(0.0, 0.0, 0.0),    // person_key: blocking only
            p(0.0, 0.0, 0.0),    // address_key: blocking only
            // building: crowding only. More than 16 customers at one
            // building is a business centre (agent, serviced office,
            // co-working space), whatever units they give.
            p(0.0, 16.0, 0.0),
            p(0.0, 0.0, 0.0), // premises_key: blocking only
            // organisation m~1.0: a holding company or fund named by two
            // customers is a registry fact, as rare as a website; a fund
            // or nominee company named by dozens is a group value that
            // needs corroboration (`is_group_value`).
            p(9.0, 1024.0, 9.0),
            p(0.0, 0.0, 0.0), // org_word: counts only
        ];
        Self {
            threshold_bits: 7.0,
            strong_weight_bits: 24.0,
            strong_max_holders: 64,
            strong_graded_above: 16,
            strong_graded_reach: 2048.0,
            min_block_weight_bits: 1.0,
            name_min_similarity: 0.6,
            dependence_discount: 0.5,
            person_key_max_holders: 8,
            person_min_similarity: 0.85,
            person_fuzzy_penalty_bits: 1.0,
            address_key_max_holders: 8,
            address_fuzzy_penalty_bits: 1.0,
            // Below the 7-bit threshold. Measured (docs/BENCHMARKS.md,
            // "Linkage, sixth session"): gen5 F1 +0.002 / +0.004, every other
            // population unchanged to four decimals.
            address_without_number_cap_bits: 6.0,
            spelled_mailbox_cap_bits: 4.0,
            generic_handles_capped: true,
            org_by_words: true,
            // Measured (docs/BENCHMARKS.md, "Linkage, tenth session"): gen7
            // and gen8 F1 +0.001 to +0.017, gen3/gen4/gen5 within 0.002.
            crowded_address_discount: true,
            office_switchboard_reach: 8.0,
            building_keys: true,
            ip_pool_discount: true,
            ip_pool_min_holders: 16,
            ip_range_pool_min_shared: 5,
            ip_range_pool_cap_bits: 5.5,
            ip_wide_range_prefix_len: 12,
            // An address more than 32 customers log in from is a service's
            // (NAT, VPN, hotel, cloud egress) in every population measured:
            // one party's share of its pairs is 0.000 among 9,067 such
            // addresses of gen18 at 1M. 128 made 30M candidate pairs there
            // for nothing: link 65 s -> 46 s, F1 equal or higher everywhere
            // (docs/BENCHMARKS.md, "Linkage, twenty-third session").
            ip_block_max_holders: 32,
            ip_gateway_min_holders: 9,
            ip_dynamic_min_addresses: 3,
            corroboration_min_holders: 6,
            uncorroborated_cap_bits: 3.0,
            strong_group_min_holders: 13,
            strong_spread_min_holders: 9,
            strong_spread_min_countries: 7,
            corroboration_min_share: 0.25,
            weigh_by_parties: true,
            parties_weigh_below: 6,
            parties_min_linked_share: 0.5,
            unitless_address_by_building: true,
            premises_family: true,
            premises_group: true,
            premises_group_max_holders: 128,
            office_variant_penalty_bits: 0.5,
            building_value_min_holders: 4,
            building_value_max_holders: 64,
            building_value_cap_bits: 5.0,
            corroboration_by_largest_party: true,
            people_share_employers: true,
            // Measured (docs/BENCHMARKS.md, "Linkage, twenty-third
            // session"): customers of one or two addresses each, as an
            // office's, keep every bit; access-log lists of dozens lose
            // most.
            login_list_free_pairs: 16,
            soft,
        }
    }
}

/// `x.log2()`, without the libm call for a power of two (every reach in the
/// default model): weights are computed for every value of every scored
/// pair. Exact either way.
fn log2(x: f64) -> f64 {
    let bits = x.to_bits();
    // A positive normal power of two: mantissa zero.
    if x > 0.0 && x.is_normal() && bits & ((1u64 << 52) - 1) == 0 {
        return ((bits >> 52) as i64 - 1023) as f64;
    }
    x.log2()
}

/// `floor(4 * log2(n))`, exact in integers: the quarter-bit bucket of a count.
pub(crate) fn bucket(n: u32) -> u32 {
    if n == 0 {
        return 0;
    }
    let n4 = (n as u128).pow(4);
    127 - n4.leading_zeros()
}

impl LinkageConfig {
    /// Weight of one shared value of `attr` held by `n` customers.
    pub fn value_weight(&self, attr: Attribute, n: u32) -> f64 {
        if attr.is_strong() {
            return if n <= self.strong_graded_above {
                self.strong_weight_bits
            } else if n <= self.strong_max_holders {
                // Below the threshold from the first graded holder: 17
                // holders fall in the quarter-bit bucket of 16, which the
                // reach alone would weigh at the threshold exactly.
                (log2(self.strong_graded_reach) - f64::from(bucket(n)) / 4.0)
                    .clamp(0.0, self.strong_weight_bits)
                    .min(self.threshold_bits - 0.25)
            } else {
                0.0
            };
        }
        if attr == Attribute::Ip && n > self.ip_block_max_holders {
            return 0.0;
        }
        let p = &self.soft[attr.idx()];
        if n <= 1 {
            return p.cap_bits;
        }
        (log2(p.reach) - f64::from(bucket(n)) / 4.0).clamp(0.0, p.cap_bits)
    }

    /// Weight of a person matched across two spellings or roles held by
    /// `nx` and `ny` customers: the pair of variants is as common as both
    /// together. Counts enter through their quarter-bit buckets only, so the
    /// weight changes exactly when one of the two values' weights does.
    pub fn variant_weight(&self, attr: Attribute, nx: u32, ny: u32) -> f64 {
        let p = &self.soft[attr.idx()];
        let n = |c: u32| 2f64.powf(f64::from(bucket(c.max(1))) / 4.0);
        (log2(p.reach) - (n(nx) + n(ny)).log2()).clamp(0.0, p.cap_bits)
    }

    /// Bits taken off a value shared inside a crowded place that `h`
    /// customers share: the pool's crowding beyond its reach,
    /// `log2(h / reach)`, in the same quarter-bit buckets as every count (so
    /// it changes exactly when the place's own bucket does, which keeps
    /// incremental updates equal to a batch build). Two places:
    /// - A login address in a network (`IpPrefix`, /24 or /48) that more
    ///   customers log in from than the network's reach (where sharing the
    ///   network stops being evidence) is a shared-service pool: VPN exits,
    ///   carrier NAT, cloud egress. Such pools hand their addresses out in
    ///   rotation, so an exact address held by two or three of the pool's
    ///   many users says little more than sharing the pool.
    /// - A phone shared by two customers in one building (`Building`: the
    ///   address without unit and floor) that more than its reach of
    ///   customers give as their address: a registered agent, serviced
    ///   office or co-working space, whose switchboard number its clients
    ///   give as theirs. A phone shared by a handful of such tenants is the
    ///   building's, not a party's.
    ///
    /// Measured on four generators (docs/BENCHMARKS.md, "Linkage, fourth
    /// session").
    pub fn crowding_discount_bits(&self, pool: Attribute, h: u32) -> f64 {
        let reach = self.soft[pool.idx()].reach;
        if reach <= 0.0 {
            return 0.0;
        }
        (f64::from(bucket(h.max(1))) / 4.0 - log2(reach)).max(0.0)
    }

    /// Bits taken off a login address in a network (`IpPrefix`) that `h`
    /// customers log in from through `d` distinct addresses: how many
    /// customers share each of its addresses, `log2(h / d)` in quarter-bit
    /// buckets, once it has two addresses or more. A carrier-NAT or mobile
    /// range hands a few addresses to many strangers, so one shared there
    /// is a coincidence; an ISP's range gives each customer its own, and a
    /// network whose users all come through one address (`d = 1`) is an
    /// office's or an operator's own: their addresses keep their weight.
    /// The discount falls as `d` grows, so `Linker::add` re-scores every
    /// pair sharing an address of the network when `d`'s bucket moves.
    pub fn pool_discount_bits(&self, h: u32, d: u32) -> f64 {
        if !self.ip_pool_discount || d <= 1 || h < self.ip_pool_min_holders {
            return 0.0;
        }
        (f64::from(bucket(h.max(1))) - f64::from(bucket(d))).max(0.0) / 4.0
    }

    /// Bits taken off each login address and network two customers share
    /// when one gives `ka` distinct login addresses and the other `kb`:
    /// `log2(ka * kb / login_list_free_pairs)` (in quarter-bit buckets),
    /// at least 0. Logins fed from access logs list every address a
    /// customer came from (home, mobile carrier, VPN exits, hotels, cloud
    /// egress), and two such lists hold `ka * kb` pairs of addresses, each
    /// a chance for a coincidence in a pool too thin to look crowded; the
    /// chance that one pair of lists shares an address grows with that
    /// product, so the likelihood ratio of the sharing falls by it.
    /// Depends on the two records only, so it never needs re-scoring.
    pub fn login_list_discount_bits(&self, ka: u32, kb: u32) -> f64 {
        if self.login_list_free_pairs == 0 {
            return 0.0;
        }
        let pairs = ka.max(1).saturating_mul(kb.max(1));
        (f64::from(bucket(pairs)) / 4.0 - log2(f64::from(self.login_list_free_pairs))).max(0.0)
    }

    /// Whether a login network that `h` customers log in from through `d`
    /// distinct addresses hands them out dynamically: 1.4 or more addresses
    /// per customer (three quarter-bit buckets or more), as a residential
    /// ISP's pool does when it reassigns them, where an office's or a
    /// network's own block has its users share a few. There a customer
    /// giving two of its addresses may share one with a stranger by
    /// chance ([`Self::ip_dynamic_min_addresses`]). In buckets, so that it
    /// flips exactly when `h`'s or `d`'s bucket moves.
    pub fn is_dynamic_network(&self, h: u32, d: u32) -> bool {
        self.ip_dynamic_min_addresses > 0 && h >= 2 && bucket(d) >= bucket(h) + 3
    }

    /// The IPv4 ranges checked for pools, as (`wide`, prefix length): the
    /// /16, then the wider range unless it is off.
    pub fn pool_ranges(&self) -> impl Iterator<Item = (bool, u8)> {
        let wide = self.ip_wide_range_prefix_len;
        [(false, 16), (true, wide)]
            .into_iter()
            .filter(move |&(is_wide, _)| !is_wide || wide > 0)
    }

    /// Whether an IPv4 /16 in which `addresses` distinct login addresses
    /// are given, `shared` of them by more than one customer, is a pool: a
    /// carrier-grade NAT, a VPN's exits or a cloud's egress, which hand the
    /// same few addresses to many strangers. There an exact address shared
    /// is how the range works, not a sign of one party, and it weighs at
    /// most `ip_range_pool_cap_bits`. An ISP's or a host's range gives each
    /// customer its own address: the addresses several customers give are
    /// the exception there (a network's office or jump host), and keep
    /// their weight. A pool is at least `ip_range_pool_min_shared` shared
    /// addresses making up about a quarter of the range's addresses or more
    /// (`bucket(addresses) <= bucket(shared) + 8`: within a quarter-bit of
    /// four times the shared count, so 5 of 22 counts), compared in
    /// buckets so that the status moves only when a count crosses one,
    /// which bounds re-scoring in `Linker::add`.
    ///
    /// Per-record pool signals (how many addresses share a /24) miss a
    /// carrier's NAT, whose addresses are scattered one or two per /24
    /// across its /16s. Measured (docs/BENCHMARKS.md, "Linkage, sixteenth
    /// session"): on the blind gen12 1,748-1,832 false links rest on such an
    /// address alone at 20k, against none of the true ones on any
    /// population.
    ///
    /// The wider range (`wide`, [`Self::ip_wide_range_prefix_len`]) needs
    /// half of its addresses shared (`bucket(shared) + 4`): it holds more
    /// of one ISP's own customers, and a host's range more of the
    /// networks' servers, than one /16 does.
    pub fn is_pool_range(&self, shared: u32, addresses: u32, wide: bool) -> bool {
        self.ip_range_pool_min_shared > 0
            && shared >= self.ip_range_pool_min_shared
            && bucket(addresses.max(1)) <= bucket(shared) + if wide { 4 } else { 8 }
    }

    /// Most holders a value of `attr` may have to be a building's: a login
    /// address past [`Self::ip_block_max_holders`] weighs nothing anyway,
    /// so its building is never looked for (a pass over its holders each
    /// time one arrives).
    pub fn building_value_max(&self, attr: Attribute) -> u32 {
        if attr == Attribute::Ip {
            self.building_value_max_holders
                .min(self.ip_block_max_holders)
        } else {
            self.building_value_max_holders
        }
    }

    /// Whether a value (login address, phone, mailbox, mail domain,
    /// website) that `holders` customers give, `at_building` of them giving
    /// one building, is that building's: a co-working space's Wi-Fi or a
    /// business centre's, or the switchboard, mail domain or inbox a
    /// formation agent's clients give as theirs. At least
    /// `building_value_min_holders` of them, and three quarters or more of
    /// its holders, at most `building_value_max_holders`. One party's own
    /// office network or domain is given by its shells wherever they are
    /// registered; a building's by whoever works or is registered there,
    /// and rarely by anyone else. The rule needs no count of the building,
    /// so whether a value is a building's changes only as it gains holders.
    /// Three holders are not enough: a phone three companies share is
    /// strong evidence, wherever they sit.
    pub fn is_building_value(&self, at_building: u32, holders: u32) -> bool {
        self.building_value_min_holders > 0
            && holders <= self.building_value_max_holders
            && at_building >= self.building_value_min_holders
            && 4 * at_building >= 3 * holders
    }

    /// Bits taken off a phone that `n` customers give, shared by two in
    /// a building `h` customers give: the building's crowding
    /// ([`Self::crowding_discount_bits`]), but at most `log2(n)`. A
    /// switchboard is given by many of its building's tenants; a number only
    /// two or three of them give is theirs, not the building's, and keeps
    /// nearly all its weight however busy the building.
    pub fn switchboard_discount_bits(&self, h: u32, n: u32) -> f64 {
        self.switchboard_bits(self.crowding_discount_bits(Attribute::Building, h), n)
    }

    /// A place's crowding `bits` as taken off a phone, mail domain or
    /// website `n` customers give: at most `log2(n)`.
    pub fn switchboard_bits(&self, bits: f64, n: u32) -> f64 {
        bits.min(f64::from(bucket(n.max(1))) / 4.0)
    }

    /// Crowding of an office `h` customers give in any spelling, past
    /// [`Self::office_switchboard_reach`], in quarter-bit buckets.
    pub fn office_crowding_bits(&self, h: u32) -> f64 {
        if self.office_switchboard_reach <= 0.0 {
            return 0.0;
        }
        (f64::from(bucket(h.max(1))) / 4.0 - log2(self.office_switchboard_reach)).max(0.0)
    }

    /// Whether a value of `attr` held by `n` customers is a group value:
    /// soft, able to link alone by its attribute's cap, held by at least
    /// `corroboration_min_holders`, and weighing more than an
    /// uncorroborated one may. Such a value weighs at most
    /// `uncorroborated_cap_bits` unless [`Self::corroboration_needed`] of
    /// its holders are linked to another of them by other evidence.
    pub fn is_group_value(&self, attr: Attribute, n: u32) -> bool {
        if attr.is_strong() {
            return self.strong_group_min_holders > 0
                && n >= self.strong_group_min_holders
                && self.value_weight(attr, n) > self.uncorroborated_cap_bits;
        }
        self.corroboration_min_holders > 0
            && n >= self.corroboration_min_holders
            && self.soft[attr.idx()].cap_bits >= self.threshold_bits
            && self.value_weight(attr, n) > self.uncorroborated_cap_bits
    }

    /// Whether a strong identifier held by `n` customers registered in
    /// `countries` countries is a group value by its spread: a key baked
    /// into a public machine image or a card a reseller pools is given by
    /// whoever uses them, wherever they are; a network's nine to twelve
    /// shells sharing a card are registered in a few places it chose (two
    /// to six countries in nearly every network of eight blind generators).
    /// Measured: docs/BENCHMARKS.md, "Linkage, twenty-first session".
    /// `countries` is asked only when the count is in range: counting
    /// walks the holders.
    pub fn is_spread_strong_group(
        &self,
        attr: Attribute,
        n: u32,
        countries: impl FnOnce() -> u32,
    ) -> bool {
        self.may_spread(attr, n) && countries() >= self.strong_spread_min_countries
    }

    /// Whether a strong identifier held by `n` customers is a group value
    /// if they are spread widely enough ([`Self::is_spread_strong_group`]).
    pub fn may_spread(&self, attr: Attribute, n: u32) -> bool {
        attr.is_strong()
            && self.strong_spread_min_holders > 0
            && n >= self.strong_spread_min_holders
            && (self.strong_group_min_holders == 0 || n < self.strong_group_min_holders)
            && self.value_weight(attr, n) > self.uncorroborated_cap_bits
    }

    /// Most customers a strong identifier links alone for: past
    /// `strong_graded_above` it is graded, from `strong_group_min_holders`
    /// it needs corroboration.
    pub fn strong_links_alone_up_to(&self) -> u32 {
        match self.strong_group_min_holders {
            0 => self.strong_graded_above,
            n => (n - 1).min(self.strong_graded_above),
        }
    }

    /// Whether an office (premises key) given by `n` customers is a group
    /// value ([`Self::premises_group`]).
    pub fn is_premises_group(&self, n: u32) -> bool {
        self.premises_group
            && self.corroboration_min_holders > 0
            && n >= self.corroboration_min_holders
    }

    /// How many of a group value's `n` holders must be linked to another
    /// holder by evidence other than group values (at most their capped
    /// weight) for it to keep its weight: `corroboration_min_share` of
    /// them, and at least two.
    pub fn corroboration_needed(&self, n: u32) -> u32 {
        ((f64::from(n) * self.corroboration_min_share).ceil() as u32).max(2)
    }

    /// Whether a corroborated group value given by `parties` parties (base
    /// clusters) weighs by them: when they are too few to make it a group
    /// value themselves, or when at least half of its `holders` are
    /// `linked` to another holder (most of them are one party's). Eleven
    /// shells of one party and one outsider give a phone of two parties; an
    /// accountant's phone given by eleven clients, three of them one party,
    /// is still given by nine.
    pub fn weighs_by_parties(&self, parties: u32, holders: u32, linked: u32) -> bool {
        self.weigh_by_parties
            && parties > 0
            && (parties < self.parties_weigh_below
                || f64::from(linked) >= self.parties_min_linked_share * f64::from(holders))
    }

    /// Whether a value held by `n` customers makes candidate pairs.
    pub fn blocks(&self, attr: Attribute, n: u32) -> bool {
        // Similar-name evidence is capped below the threshold: a pair it
        // helps link always shares another value that blocks.
        n >= 2
            && attr != Attribute::Name
            && attr != Attribute::Building
            && if attr == Attribute::PersonKey {
                n <= self.person_key_max_holders
            } else if matches!(attr, Attribute::AddressKey | Attribute::PremisesKey) {
                n <= self.address_key_max_holders
            } else if attr.is_strong() {
                n <= self.strong_max_holders
            } else {
                self.value_weight(attr, n) >= self.min_block_weight_bits
            }
    }

    /// Whether the weight of a value changes when its count goes from `old` to `new`.
    pub(crate) fn weight_changes(&self, attr: Attribute, old: u32, new: u32) -> bool {
        if attr.is_strong() {
            // Flat up to `strong_graded_above`, then graded, then nothing;
            // a group value from `strong_group_min_holders` on.
            let group = (
                self.is_group_value(attr, old),
                self.is_group_value(attr, new),
            );
            // Between the spread rule's floor and the group count, a
            // holder's country may turn the value into a group value.
            let spread = self.may_spread(attr, new);
            self.value_weight(attr, old) != self.value_weight(attr, new)
                || group.0 != group.1
                || (group.1 && bucket(old) != bucket(new))
                || spread
        } else if attr == Attribute::PersonKey {
            (old <= self.person_key_max_holders) != (new <= self.person_key_max_holders)
        } else if attr == Attribute::PremisesKey {
            (old <= self.address_key_max_holders) != (new <= self.address_key_max_holders)
        } else if attr == Attribute::AddressKey {
            // Blocking flips at the cap; the count also weighs the exact
            // address it stands for (its family of spellings).
            (old <= self.address_key_max_holders) != (new <= self.address_key_max_holders)
                || bucket(old) != bucket(new)
        } else {
            bucket(old) != bucket(new)
                || self.is_group_value(attr, old) != self.is_group_value(attr, new)
                || (attr == Attribute::Ip
                    && ((old <= self.ip_block_max_holders) != (new <= self.ip_block_max_holders)
                        || (old >= self.ip_gateway_min_holders)
                            != (new >= self.ip_gateway_min_holders)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log2_of_a_power_of_two_is_exact_and_others_are_libms() {
        for x in [
            1.0, 2.0, 16.0, 64.0, 128.0, 512.0, 1024.0, 2048.0, 0.5, 3.0, 100.0, 1e-320,
        ] {
            assert_eq!(log2(x).to_bits(), x.log2().to_bits(), "{x}");
        }
    }

    #[test]
    fn a_weight_never_changes_unnoticed() {
        // `Linker::add` re-scores only the pairs of values whose weight
        // `weight_changes` reports: a change it misses leaves stale links.
        let c = LinkageConfig::default();
        for attr in Attribute::ALL {
            for n in 1..300 {
                if c.value_weight(attr, n) != c.value_weight(attr, n + 1) {
                    assert!(c.weight_changes(attr, n, n + 1), "{attr:?} {n}");
                }
            }
        }
    }

    #[test]
    fn a_strong_identifier_past_its_graded_count_never_links_alone() {
        // A machine image's baked-in key given by 17 customers.
        let c = LinkageConfig::default();
        for attr in [
            Attribute::SshKey,
            Attribute::PaymentFingerprint,
            Attribute::RegistrationId,
        ] {
            assert_eq!(
                c.value_weight(attr, c.strong_graded_above),
                c.strong_weight_bits
            );
            for n in c.strong_graded_above + 1..=c.strong_max_holders + 1 {
                assert!(c.value_weight(attr, n) < c.threshold_bits, "{attr:?} {n}");
            }
        }
    }

    #[test]
    fn buckets_are_quarter_bits() {
        assert_eq!(bucket(1), 0);
        assert_eq!(bucket(2), 4);
        assert_eq!(bucket(4), 8);
        assert_eq!(bucket(3), 6);
        assert_eq!(bucket(1024), 40);
    }

    #[test]
    fn login_lists_lose_bits_past_sixteen_pairs_of_addresses() {
        let c = LinkageConfig::default();
        for (ka, kb) in [(0, 0), (1, 1), (1, 16), (4, 4), (2, 9)] {
            assert_eq!(c.login_list_discount_bits(ka, kb), 0.0, "{ka} x {kb}");
        }
        assert_eq!(c.login_list_discount_bits(4, 5), 0.25);
        assert_eq!(c.login_list_discount_bits(8, 8), 2.0);
        assert_eq!(c.login_list_discount_bits(20, 20), 4.5);
        assert_eq!(c.login_list_discount_bits(64, 64), 8.0);
        let off = LinkageConfig {
            login_list_free_pairs: 0,
            ..LinkageConfig::default()
        };
        assert_eq!(off.login_list_discount_bits(64, 64), 0.0);
    }

    #[test]
    fn crowding_discounts_start_past_the_reach() {
        let c = LinkageConfig::default();
        for h in [0, 1, 2, 16, 64] {
            assert_eq!(c.crowding_discount_bits(Attribute::IpPrefix, h), 0.0);
        }
        // 256 log in from the network: 2 bits past its reach of 64.
        assert_eq!(c.crowding_discount_bits(Attribute::IpPrefix, 256), 2.0);
        assert_eq!(c.crowding_discount_bits(Attribute::Building, 16), 0.0);
        assert_eq!(c.crowding_discount_bits(Attribute::Building, 64), 2.0);
        // A phone three companies share in a building of 32 still links.
        let phone3 =
            c.value_weight(Attribute::Phone, 3) - c.crowding_discount_bits(Attribute::Building, 32);
        assert!(phone3 >= c.threshold_bits, "{phone3}");
        // A number two tenants of a business centre of 1,000 give is theirs.
        assert_eq!(c.switchboard_discount_bits(1024, 2), 1.0);
        assert_eq!(c.switchboard_discount_bits(1024, 64), 6.0);
        assert_eq!(c.switchboard_discount_bits(16, 64), 0.0);
        assert!(!c.blocks(Attribute::Building, 2));
        assert_eq!(c.value_weight(Attribute::Building, 2), 0.0);
    }

    #[test]
    fn weights_fall_with_frequency() {
        let c = LinkageConfig::default();
        let phone3 = c.value_weight(Attribute::Phone, 3);
        assert!(
            phone3 >= c.threshold_bits,
            "a phone shared by three is strong: {phone3}"
        );
        assert!(
            c.value_weight(Attribute::Address, 400) <= 0.5,
            "registered agent address"
        );
        assert_eq!(c.value_weight(Attribute::Ip, 2000), 0.0, "NAT address");
        assert!(!c.blocks(Attribute::Ip, 2000));
        assert!(c.blocks(Attribute::Phone, 3));
        assert_eq!(c.value_weight(Attribute::SshKey, 2), 24.0);
        assert_eq!(c.value_weight(Attribute::SshKey, 65), 0.0);
        for a in Attribute::ALL {
            let mut prev = f64::INFINITY;
            for n in 2..5000 {
                let w = c.value_weight(a, n);
                assert!(w <= prev);
                prev = w;
            }
        }
    }
}
