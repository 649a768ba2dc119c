//! Interning a customer's values and updating links and clusters as it arrives.

use super::*;

impl Linker {
    /// Interns a record's features, without linking. Returns its index, the
    /// values whose weight changed (they had holders before), and the login
    /// addresses whose every pair needs re-scoring (their network's pool
    /// discount fell, so weights rose).
    pub(super) fn push_record(
        &mut self,
        rec: &CustomerRecord,
        p: &Prepared,
        arrival: Arrival,
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
        self.rec_start.push(self.entry_value.len() as u32);
        // A value the new customer gives from a university's mail domain
        // that another customer of that domain gives too is the campus's:
        // every pair sharing it weighs differently now.
        let university: Option<Box<str>> =
            self.university_domain_named(r, p.university).map(Box::from);
        let uni = match university {
            Some(domain) => {
                let next = self.university_ids.len() as u32;
                let uni = *self.university_ids.entry(domain.clone()).or_insert(next);
                if uni == next {
                    self.universities.push(domain);
                }
                uni
            }
            None => NONE,
        };
        self.university_of.push(uni);
        if uni != NONE {
            for &v in &vals {
                if !is_campus_attr(self.values.attr(v)) {
                    continue;
                }
                let writers = self.campus_writers.entry(v).or_default();
                if !writers.contains(&uni) {
                    writers.push(uni);
                } else if self.campus_values.insert(v) && !changed.contains(&v) {
                    changed.push(v);
                }
            }
        }
        let logins = vals
            .iter()
            .filter(|&&v| self.values.attr(v) == Attribute::Ip)
            .count();
        self.login_counts
            .push(logins.min(usize::from(u8::MAX)) as u8);
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
        // being one: re-score every pair sharing it. A batch marks them all
        // once, when it is linked (`Linker::mark_building_values`): marking
        // on every arrival walked a value's holders each time it gained one,
        // a fifth of interning on access-log populations.
        if arrival == Arrival::Incremental && self.config.building_value_min_holders > 0 {
            for &v in &vals {
                let attr = self.values.attr(v);
                let n = self.values.meta[v as usize].count;
                if is_building_attr(attr)
                    && n >= self.config.building_value_min_holders
                    && n <= self.config.building_value_max(attr) + 1
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

    /// Marks every value that is a building's (`Linker::value_buildings`)
    /// after a batch: what arrivals one at a time keep up to date.
    pub(super) fn mark_building_values(&mut self) {
        if self.config.building_value_min_holders == 0 {
            return;
        }
        let marks: Vec<bool> = (0..self.values.len() as u32)
            .into_par_iter()
            .map(|v| is_building_attr(self.values.attr(v)) && !self.value_buildings(v).is_empty())
            .collect();
        for (meta, mark) in self.values.meta.iter_mut().zip(marks) {
            meta.building = mark;
        }
    }

    /// Adds one customer and updates links and clusters incrementally.
    pub fn add(&mut self, rec: CustomerRecord) -> Result<AddOutcome, LinkageError> {
        let p = Prepared::of(&rec, &self.config);
        let (r, changed, pool_flips) = self.push_record(&rec, &p, Arrival::Incremental)?;
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

    pub(super) fn set_link_weight(&mut self, a: u32, b: u32, w: f32) {
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
}
