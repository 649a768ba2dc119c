//! Scoring a pair: the evidence two customers share and what it weighs.

use super::*;

impl Linker {
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
    pub(super) fn sites_of(&self, r: u32) -> &[u32] {
        &self.sites[self.site_start[r as usize] as usize..self.site_start[r as usize + 1] as usize]
    }

    /// The buildings (site keys, ascending) whose customers make value `v`
    /// theirs, with how many of its holders give each
    /// ([`LinkageConfig::is_building_value`]).
    pub(super) fn value_buildings(&self, v: u32) -> Vec<(u32, u32)> {
        let n = self.values.meta[v as usize].count;
        if n < self.config.building_value_min_holders
            || n > self.config.building_value_max(self.values.attr(v))
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

    pub(super) fn rec_values(&self, r: u32) -> &[u32] {
        &self.entry_value
            [self.rec_start[r as usize] as usize..self.rec_start[r as usize + 1] as usize]
    }

    /// The mail domains record `r` writes from (of its `Email` values,
    /// free mail and universities included).
    pub(super) fn mail_domains(&self, r: u32) -> impl Iterator<Item = &str> {
        self.rec_values(r).iter().filter_map(|&x| {
            (self.values.attr(x) == Attribute::Email)
                .then(|| self.values.text(x).rsplit_once('@').map(|(_, d)| d))
                .flatten()
        })
    }

    /// Whether record `r` writes from a university's mail domain
    /// (`normalize::is_university_domain`).
    fn writes_from_university(&self, r: u32) -> bool {
        self.university_domain(r).is_some()
    }

    /// The university mail domain record `r` writes from: one the academic
    /// lists know (`normalize::is_university_domain`), or, for a customer
    /// whose name says it is a university's (`normalize::names_university`:
    /// `Robotics Lab, University of Berlin`), its first mail domain that is
    /// no free mail's.
    pub(super) fn university_domain(&self, r: u32) -> Option<&str> {
        match self.university_of[r as usize] {
            NONE => None,
            u => Some(&self.universities[u as usize]),
        }
    }

    /// Whether customers `a` and `b` write from one university.
    fn one_university(&self, a: u32, b: u32) -> bool {
        let u = self.university_of[a as usize];
        u != NONE && u == self.university_of[b as usize]
    }

    /// [`Self::university_domain`] for record `r` as it arrives, `named` a
    /// university's or not (`normalize::names_university`).
    pub(super) fn university_domain_named(&self, r: u32, named: bool) -> Option<&str> {
        self.mail_domains(r)
            .find(|d| normalize::is_university_domain(d))
            .or_else(|| {
                named
                    .then(|| self.mail_domains(r).find(|d| !normalize::is_free_mail(d)))
                    .flatten()
            })
    }

    pub(super) fn holders(&self, v: u32) -> Vec<u32> {
        let mut out = Vec::with_capacity(self.values.meta[v as usize].count as usize);
        let mut e = self.values.meta[v as usize].head;
        while e != NONE {
            out.push(self.entry_rec[e as usize]);
            e = self.entry_next[e as usize];
        }
        out
    }

    pub(super) fn holds(&self, r: u32, v: u32) -> bool {
        self.rec_values(r).binary_search(&v).is_ok()
    }

    /// The first value two records share that makes candidate pairs (NONE
    /// if none): what [`Self::compare`] reports, without scoring.
    pub(super) fn first_block(&self, a: u32, b: u32) -> u32 {
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
    pub(super) fn corroboration(&self, v: u32) -> (u32, u32) {
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
    pub(super) fn is_group(&self, v: u32) -> bool {
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
    pub(super) fn first_corroborated(&self, a: u32, b: u32) -> u32 {
        self.shared(a, b)
            .find(|&v| self.values.meta[v as usize].parties > 0)
            .unwrap_or(NONE)
    }

    /// Scores a pair (see [`Score`]). Fills `evidence` when given.
    pub(super) fn compare(&self, a: u32, b: u32, evidence: Option<&mut Vec<Evidence>>) -> Score {
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
        // A mail domain or website that is the university of one of the
        // pair (`Self::university_domain`).
        let university =
            |d: &str| self.university_domain(a) == Some(d) || self.university_domain(b) == Some(d);
        // Both named as a university's labs or groups (read only for a
        // pair of one university's members: rare).
        let university_names = |a: u32, b: u32| {
            normalize::names_university(&self.names[a as usize])
                && normalize::names_university(&self.names[b as usize])
        };
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
                Attribute::EmailDomain | Attribute::Website
                    if university(self.values.text(i.1)) =>
                {
                    Some(
                        "the university's own mail domain or website (its customers' names \
                         say they are its labs or groups), which its research groups, each a \
                         customer of its own, give",
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
                // Unless one person gave it twice, under one name.
                Attribute::Email
                    if self
                        .values
                        .text(i.1)
                        .rsplit_once('@')
                        .is_some_and(|(_, d)| {
                            normalize::is_university_domain(d) || university(d)
                        })
                        && !self.one_persons_name(a, b) =>
                {
                    Some(
                        "a mailbox at a university's domain, not one person's two accounts: a \
                         department's office (billing@, accounts@) or a researcher's, which \
                         the university's research groups, each a customer of its own, give \
                         as theirs",
                    )
                }
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
        // the same guess, so it never links alone. So is a handle of one of
        // the commonest family names (`normalize::is_generic_handle`),
        // whoever gives it.
        let cap = self.config.spelled_mailbox_cap_bits;
        for item in items.iter_mut().filter(|i| i.0 == Attribute::Email) {
            let mailbox = self.values.text(item.1);
            let free = mailbox
                .rsplit_once('@')
                .is_some_and(|(_, d)| normalize::is_free_mail(d));
            if item.3 <= cap || !free {
                continue;
            }
            if self.config.generic_handles_capped && normalize::is_generic_handle(mailbox) {
                item.3 = cap;
                explain(&mut contexts, explains, item, || {
                    format!(
                        "a free-mail handle thousands of people can write as theirs (one \
                         of the commonest family names, bare or with an initial, a common \
                         given name, or one of each: jsmith, ychan, william, davidjones): at \
                         most {cap:.2} bits"
                    )
                });
            } else if [a, b].iter().all(|&r| self.spells_mailbox(r, mailbox)) {
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
                // Two of one university's labs, named after it.
                let cap = self.config.uncorroborated_cap_bits;
                if w > cap && self.one_university(a, b) && university_names(a, b) {
                    let item = items.last_mut().expect("just pushed");
                    item.3 = cap;
                    explain(&mut contexts, explains, item, || {
                        format!(
                            "both name themselves labs or groups of the university whose mail \
                             domain they write from: its name, which all its research groups \
                             carry, at most {cap:.2} bits"
                        )
                    });
                }
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
        // Two long login lists (access logs) share an address or network
        // by chance more often: `LinkageConfig::login_list_discount_bits`.
        // After the dynamic pool's cap and the address-or-network choice:
        // those rules read weights, and a weight lowered before them could
        // slip under the pool's cap, so the pair's score would rise as the
        // address grew more common (and `add` would not re-score it).
        let (ka, kb) = (
            u32::from(self.login_counts[a as usize]),
            u32::from(self.login_counts[b as usize]),
        );
        let list_bits = self.config.login_list_discount_bits(ka, kb);
        if list_bits > 0.0 {
            // Not an address whose holders other evidence shows to be few
            // parties (`ValueMeta::party_weighted`): an operator's office
            // that its shells, each with a long list, all log in from. That
            // is corroboration, which the base score leaves out.
            let mut corroborated = false;
            for item in items.iter_mut().filter(|i| {
                let login = matches!(i.0, Attribute::Ip | Attribute::IpPrefix);
                let exempt = login && !base && self.values.meta[i.1 as usize].party_weighted;
                corroborated |= exempt;
                login && !exempt
            }) {
                explain(&mut contexts, explains, item, || {
                    format!(
                        "one customer logs in from {ka} addresses and the other from {kb}, \
                         so some may be shared by chance: {list_bits:.2} bits less"
                    )
                });
                item.3 = (item.3 - list_bits).max(0.0);
            }
            uses_corroboration |= corroborated;
            items.retain(|i| i.3 > 0.0);
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
        // The values one university gives its members (its campus network,
        // switchboard and buildings, its mail domain, website and name),
        // each capped above, are one fact about the pair: that both are its
        // members. They count once, the strongest after every discount (so
        // the pair's score only falls as those values gain holders); which
        // items they are depends on no count but the campus marks, which
        // only grow.
        if self.one_university(a, b) {
            let of_university = |i: &(Attribute, u32, u32, f64)| match i.0 {
                Attribute::EmailDomain | Attribute::Website => university(self.values.text(i.1)),
                Attribute::Email => {
                    self.values
                        .text(i.1)
                        .rsplit_once('@')
                        .is_some_and(|(_, d)| normalize::is_university_domain(d) || university(d))
                        && !self.one_persons_name(a, b)
                }
                Attribute::Name => university_names(a, b),
                attr => is_campus_attr(attr) && campus(i),
            };
            let strongest = items
                .iter()
                .enumerate()
                .filter(|(_, i)| of_university(i))
                .max_by(|x, y| x.1 .3.total_cmp(&y.1 .3).then(y.0.cmp(&x.0)))
                .map(|(k, _)| k);
            if let Some(keep) = strongest {
                let others = items.iter().filter(|i| of_university(i)).count() - 1;
                if others > 0 {
                    explain(&mut contexts, explains, &items[keep], || {
                        format!(
                            "a university's value, counted once with the {others} other \
                             values of that university the pair shares (its campus network, \
                             switchboard, buildings, mail domain, website or name): both \
                             being its members is one fact"
                        )
                    });
                }
                let mut k = 0;
                items.retain(|i| {
                    let drop = k != keep && of_university(i);
                    k += 1;
                    !drop
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
        // A customer named as a person spells it from its own name, as a
        // company from its director's (`skumar` for `Srinivas Kumar`).
        let own = self.individual[r as usize]
            .then(|| crate::person::normalize_person(&self.names[r as usize]))
            .flatten();
        persons.extend(own.as_deref());
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

    /// Whether customers `a` and `b` are both people with one name (as
    /// `person::normalize_person` writes it): one person's two accounts.
    fn one_persons_name(&self, a: u32, b: u32) -> bool {
        let name = |r: u32| {
            self.individual[r as usize]
                .then(|| crate::person::normalize_person(&self.names[r as usize]))
                .flatten()
        };
        name(a).is_some_and(|n| name(b).as_ref() == Some(&n))
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
}
