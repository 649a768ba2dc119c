//! The tiny SQL surface both backends share: positional `?` parameters,
//! 64-bit integers, text and NULL. Business logic is written once against
//! [`Tx`]; PostgreSQL gets the `?` rewritten to `$n`.

use crate::StoreError;
use leasegate_ledger::{NodeFree, NodeId};
use std::collections::HashMap;
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    I(i64),
    T(String),
    Null,
}

impl From<i64> for Val {
    fn from(v: i64) -> Self {
        Val::I(v)
    }
}
impl From<u32> for Val {
    fn from(v: u32) -> Self {
        Val::I(i64::from(v))
    }
}
impl From<&str> for Val {
    fn from(v: &str) -> Self {
        Val::T(v.to_string())
    }
}
impl From<String> for Val {
    fn from(v: String) -> Self {
        Val::T(v)
    }
}
impl<T: Into<Val>> From<Option<T>> for Val {
    fn from(v: Option<T>) -> Self {
        v.map_or(Val::Null, Into::into)
    }
}

/// One result row.
#[derive(Debug, Clone)]
pub struct Row(pub Vec<Val>);

impl Row {
    pub fn i(&self, i: usize) -> Result<i64, StoreError> {
        match self.0.get(i) {
            Some(Val::I(v)) => Ok(*v),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected integer, got {other:?}"),
            )),
        }
    }
    pub fn t(&self, i: usize) -> Result<String, StoreError> {
        match self.0.get(i) {
            Some(Val::T(v)) => Ok(v.clone()),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected text, got {other:?}"),
            )),
        }
    }
    /// Moves a text column out (no copy); the row keeps an empty string.
    pub fn take_t(&mut self, i: usize) -> Result<String, StoreError> {
        match self.0.get_mut(i) {
            Some(Val::T(v)) => Ok(std::mem::take(v)),
            other => Err(StoreError::corrupt(
                "row",
                format!("column {i}: expected text, got {other:?}"),
            )),
        }
    }
    pub fn ot(&self, i: usize) -> Result<Option<String>, StoreError> {
        match self.0.get(i) {
            Some(Val::Null) => Ok(None),
            _ => self.t(i).map(Some),
        }
    }
}

/// A transaction on either backend.
pub trait Tx {
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError>;
    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError>;
    fn backend(&self) -> &'static str;
    /// This connection's node cache, if the backend keeps one.
    fn node_cache(&mut self) -> Option<&mut NodeCache> {
        None
    }
}

/// Most chips whose node lists one connection keeps.
const MAX_CACHED_CHIPS: usize = 64;

/// Per-connection cache of each chip's available nodes, so a lease creation
/// does not read the whole fleet. It is valid only for the fleet version it
/// was filled at: every fleet change bumps `settings.fleet_version` inside
/// the same write transaction, and readers compare it under the write lock.
/// The cache only steers the choice of GPUs; double booking is still refused
/// by the database (exclusion constraint / overlap trigger).
#[derive(Debug, Default)]
pub struct NodeCache {
    version: Option<String>,
    by_chip: HashMap<String, Arc<ChipNodes>>,
    /// This connection's copy of the bookings (see [`Bookings`]).
    bookings: Option<Bookings>,
    /// What the operation now running on this connection did to bookings.
    op: Option<OpTrack>,
    /// Lease creations this connection has run (a connection builds the
    /// bookings copy from its second creation on: a one-shot CLI process
    /// would only pay for loading it).
    creates: u64,
    /// Bumped when this connection opens a write transaction.
    tx_epoch: u64,
    /// What lease creations read first, valid inside one write transaction
    /// (see [`CreateHead`]).
    heads: Option<HeadCache>,
}

/// Most (customer, chip) heads one transaction keeps.
const MAX_CACHED_HEADS: usize = 1024;

/// What a lease creation reads before choosing GPUs: the customer's and the
/// chip's latest price documents, the cleaning gap and fleet version
/// settings, the highest lease number and the audit head.
///
/// Inside one write transaction nobody else writes (the transaction holds
/// `BEGIN IMMEDIATE` / `LOCK TABLE audit_log IN EXCLUSIVE MODE`), so what
/// one creation read stays exact for the next creation of the same batch,
/// as long as every operation in between was a lease creation that
/// succeeded (its new lease number and audit head are applied) or was
/// rolled back. Any other successful operation, a raw write or a new
/// transaction drops the cache.
#[derive(Debug, Clone)]
pub struct CreateHead {
    pub customer: Option<String>,
    pub price: Option<String>,
    pub gap: Option<String>,
    pub fleet_version: Option<String>,
    pub max_num: i64,
    pub audit: Option<(i64, String)>,
}

#[derive(Debug)]
struct HeadCache {
    epoch: u64,
    gap: Option<String>,
    fleet_version: Option<String>,
    max_num: i64,
    audit: (i64, String),
    /// (customer id, chip) -> (customer doc, price doc)
    docs: HashMap<(String, String), (Option<String>, Option<String>)>,
}

/// Most bookings one connection copies; with more, creations read the
/// window from the database as if there were no copy.
pub const MAX_CACHED_BOOKINGS: usize = 500_000;

/// A connection's copy of every active booking that ends after `from_s`,
/// exact at the audit head `head` (sequence number and hash).
///
/// Why it is sound: every ledger mutation appends to the audit chain in its
/// own transaction, and the head hash commits to the whole chain, so while
/// the database's head is still `head`, nobody has changed an allocation
/// since the copy was made. The copy follows this connection's own
/// operations ([`NodeCache::record`], [`NodeCache::appended`]) and is moved
/// to the new head only when an operation succeeded, every audit entry it
/// appended chained from the copy's head, and it went through the ledger
/// operations (a raw [`crate::Store::write_tx`] drops the copy). Anything
/// else (another connection or process wrote, an operation or a whole batch
/// rolled back, a tampered log) shows as a different head and the copy is
/// reloaded. The copy only steers the choice of GPUs: double booking is
/// still refused by the database (exclusion constraint / overlap trigger).
#[derive(Debug)]
pub struct Bookings {
    head: (i64, String),
    from_s: i64,
    /// Keyed by (start, serial) so a window's bookings are one range scan.
    by_start: std::collections::BTreeMap<(i64, u64), Booking>,
    by_lease: HashMap<Arc<str>, Vec<(i64, u64)>>,
    /// Longest booking held (start to block end): bounds the range scan.
    max_len_s: i64,
    serial: u64,
}

#[derive(Debug, Clone)]
pub struct Booking {
    pub lease: Arc<str>,
    pub node: Arc<str>,
    pub gpu: u32,
    pub start_s: i64,
    pub block_end_s: i64,
}

/// A change one operation made to the active bookings.
#[derive(Debug)]
pub enum BookingDelta {
    Insert(Vec<Booking>),
    /// The lease's rows are no longer active.
    Release(Arc<str>),
    /// The lease's active rows now block until `block_end_s`.
    SetEnd(Arc<str>, i64),
}

#[derive(Debug, Default)]
struct OpTrack {
    /// The operation came through the ledger operations (not a raw write).
    tracked: bool,
    /// Audit head before the first entry this operation appended, and after its last.
    first_prev: Option<Option<(i64, String)>>,
    last: Option<(i64, String)>,
    deltas: Vec<BookingDelta>,
    /// The lease number a successful creation took.
    created: Option<i64>,
}

impl Bookings {
    pub fn new(head: (i64, String), from_s: i64, rows: Vec<Booking>) -> Self {
        let mut b = Self {
            head,
            from_s,
            by_start: Default::default(),
            by_lease: HashMap::new(),
            max_len_s: 0,
            serial: 0,
        };
        for r in rows {
            b.insert(r);
        }
        b
    }

    pub fn len(&self) -> usize {
        self.by_start.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_start.is_empty()
    }

    fn insert(&mut self, r: Booking) {
        self.serial += 1;
        let key = (r.start_s, self.serial);
        self.max_len_s = self.max_len_s.max(r.block_end_s - r.start_s);
        self.by_lease.entry(r.lease.clone()).or_default().push(key);
        self.by_start.insert(key, r);
    }

    fn apply(&mut self, d: BookingDelta) {
        match d {
            BookingDelta::Insert(rows) => rows.into_iter().for_each(|r| self.insert(r)),
            BookingDelta::Release(lease) => {
                for k in self.by_lease.remove(&lease).unwrap_or_default() {
                    self.by_start.remove(&k);
                }
            }
            BookingDelta::SetEnd(lease, block_end_s) => {
                for k in self.by_lease.get(&lease).into_iter().flatten() {
                    if let Some(r) = self.by_start.get_mut(k) {
                        r.block_end_s = block_end_s;
                        self.max_len_s = self.max_len_s.max(block_end_s - r.start_s);
                    }
                }
            }
        }
    }

    /// The (node, GPU) pairs booked in `[start_s, end_s)` (the caller adds
    /// the cleaning gap to `end_s`, as the SQL does), or None when the copy
    /// does not reach back to `start_s`.
    pub fn booked(&self, start_s: i64, end_s: i64) -> Option<Vec<(Arc<str>, u32)>> {
        if start_s < self.from_s {
            return None;
        }
        let lo = start_s.saturating_sub(self.max_len_s);
        Some(
            self.by_start
                .range((lo, 0)..(end_s, 0))
                .map(|(_, r)| r)
                .filter(|r| r.block_end_s > start_s && r.start_s < end_s)
                .map(|r| (r.node.clone(), r.gpu))
                .collect(),
        )
    }
}

/// The available nodes of one chip, in byte order of their ids (the order
/// `choose_gpus` breaks ties in), with a position index.
#[derive(Debug)]
pub struct ChipNodes {
    nodes: Vec<(NodeId, u32)>,
    index: HashMap<String, usize>,
}

impl ChipNodes {
    pub fn new(mut nodes: Vec<(NodeId, u32)>) -> Self {
        nodes.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
        let index = nodes
            .iter()
            .enumerate()
            .map(|(i, (id, _))| (id.as_str().to_string(), i))
            .collect();
        Self { nodes, index }
    }

    /// The nodes `choose_gpus` needs to see to choose exactly as it would
    /// from the whole fleet, given `busy` ("node:gpu" pairs booked in the
    /// window, other chips' included). Every partly booked node is kept; of
    /// the wholly free nodes of each size only the first `want` by id: the
    /// allocator breaks ties between equally free nodes by id and takes at
    /// least one GPU per node it picks, so it never reaches a later one (and
    /// when any node is left out, the ones kept hold at least `want` free
    /// GPUs, so a shortage is still reported with the full free count).
    /// Building all 1,000 entries per creation was most of its CPU time.
    pub fn candidates<'a>(
        &self,
        busy: impl IntoIterator<Item = (&'a str, u32)>,
        want: u32,
    ) -> Vec<NodeFree> {
        let mut booked: Vec<(usize, u32)> = busy
            .into_iter()
            .filter_map(|(node, gpu)| self.index.get(node).map(|&i| (i, gpu)))
            .collect();
        booked.sort_unstable();
        let mut out = Vec::new();
        // (node size, wholly free nodes of that size kept so far)
        let mut kept: Vec<(u32, u32)> = Vec::new();
        let mut b = booked.iter().peekable();
        for (i, (id, count)) in self.nodes.iter().enumerate() {
            if b.peek().is_some_and(|(j, _)| *j == i) {
                let mut gpus = Vec::new();
                while let Some((_, g)) = b.next_if(|(j, _)| *j == i) {
                    gpus.push(*g);
                }
                out.push(NodeFree {
                    node_id: id.clone(),
                    gpu_count: *count,
                    busy: gpus,
                });
                continue;
            }
            let n = match kept.iter_mut().find(|(size, _)| size == count) {
                Some((_, n)) => n,
                None => {
                    kept.push((*count, 0));
                    &mut kept.last_mut().expect("just pushed").1
                }
            };
            if *n < want {
                *n += 1;
                out.push(NodeFree {
                    node_id: id.clone(),
                    gpu_count: *count,
                    busy: Vec::new(),
                });
            }
        }
        out
    }
}

/// "node:gpu" pairs joined by ',' (node ids never hold ':' or ','), as the
/// window query returns them.
pub fn parse_busy(busy: &str) -> Result<Vec<(&str, u32)>, StoreError> {
    busy.split(',')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (node, gpu) = pair
                .rsplit_once(':')
                .ok_or_else(|| StoreError::corrupt("allocations", pair))?;
            let gpu = gpu
                .parse()
                .map_err(|e| StoreError::corrupt("allocations", e))?;
            Ok((node, gpu))
        })
        .collect()
}

impl NodeCache {
    /// This connection opened a write transaction: another process may
    /// have written since the last one.
    pub fn new_transaction(&mut self) {
        self.tx_epoch += 1;
        self.heads = None;
    }

    /// The head a creation for (customer, chip) read earlier in this
    /// transaction, brought up to date with the creations since.
    pub fn head_for(&self, customer: &str, chip: &str) -> Option<CreateHead> {
        let h = self.heads.as_ref().filter(|h| h.epoch == self.tx_epoch)?;
        let (c, p) = h.docs.get(&(customer.to_string(), chip.to_string()))?;
        Some(CreateHead {
            customer: c.clone(),
            price: p.clone(),
            gap: h.gap.clone(),
            fleet_version: h.fleet_version.clone(),
            max_num: h.max_num,
            audit: Some(h.audit.clone()),
        })
    }

    /// Keeps a head just read from the database in this transaction.
    pub fn put_head(&mut self, customer: &str, chip: &str, head: &CreateHead) {
        let Some(audit) = head.audit.clone() else {
            self.heads = None;
            return;
        };
        let same = self.heads.as_ref().is_some_and(|h| {
            h.epoch == self.tx_epoch
                && h.audit == audit
                && h.max_num == head.max_num
                && h.gap == head.gap
                && h.fleet_version == head.fleet_version
                && h.docs.len() < MAX_CACHED_HEADS
        });
        if !same {
            self.heads = Some(HeadCache {
                epoch: self.tx_epoch,
                gap: head.gap.clone(),
                fleet_version: head.fleet_version.clone(),
                max_num: head.max_num,
                audit,
                docs: HashMap::new(),
            });
        }
        if let Some(h) = self.heads.as_mut() {
            h.docs.insert(
                (customer.to_string(), chip.to_string()),
                (head.customer.clone(), head.price.clone()),
            );
        }
    }

    /// The running operation created lease number `num`.
    pub fn created(&mut self, num: i64) {
        if let Some(o) = self.op.as_mut() {
            o.created = Some(num);
        }
    }

    /// Counts one lease creation; returns how many ran before it.
    pub fn count_create(&mut self) -> u64 {
        self.creates += 1;
        self.creates - 1
    }

    /// The copy of the bookings, if it is exact at audit head `head`.
    pub fn bookings_at(&mut self, head: Option<&(i64, String)>) -> Option<&Bookings> {
        match (&self.bookings, head) {
            (Some(b), Some(h)) if b.head == *h => self.bookings.as_ref(),
            _ => {
                self.bookings = None;
                None
            }
        }
    }

    pub fn set_bookings(&mut self, b: Bookings) {
        self.bookings = Some(b);
    }

    /// A write transaction body starts on this connection (group commit:
    /// one operation). Raw writes stay untracked and drop the copy.
    pub fn op_begin(&mut self) {
        self.op = Some(OpTrack::default());
    }

    /// The body is one of the ledger operations, which report every
    /// allocation change through [`NodeCache::record`].
    pub fn op_tracked(&mut self) {
        if let Some(o) = self.op.as_mut() {
            o.tracked = true;
        }
    }

    /// The operation appended audit entries after `prev`, ending at `last`.
    pub fn appended(&mut self, prev: Option<&(i64, String)>, last: (i64, String)) {
        if let Some(o) = self.op.as_mut() {
            o.first_prev.get_or_insert_with(|| prev.cloned());
            o.last = Some(last);
        }
    }

    /// The operation changed the active bookings.
    pub fn record(&mut self, d: BookingDelta) {
        match self.op.as_mut() {
            Some(o) => o.deltas.push(d),
            None => self.bookings = None,
        }
    }

    /// The operation ended: `ok` means its changes stay in the transaction
    /// (a failed one was rolled back to its savepoint).
    pub fn op_end(&mut self, ok: bool) {
        let Some(o) = self.op.take() else {
            self.bookings = None;
            self.heads = None;
            return;
        };
        if !ok {
            return;
        }
        if !o.tracked {
            self.bookings = None;
            self.heads = None;
            return;
        }
        // The creation head follows creations only; anything else that
        // wrote drops it.
        match (self.heads.as_mut(), o.created, &o.first_prev, &o.last) {
            (_, None, None, _) => {}
            (Some(h), Some(num), Some(Some(prev)), Some(last)) if *prev == h.audit => {
                h.audit = last.clone();
                h.max_num = h.max_num.max(num);
            }
            _ => self.heads = None,
        }
        let Some(b) = self.bookings.as_mut() else {
            return;
        };
        match (o.first_prev, o.last) {
            (None, _) if o.deltas.is_empty() => {}
            (Some(Some(prev)), Some(last)) if prev == b.head => {
                b.head = last;
                for d in o.deltas {
                    b.apply(d);
                }
                if b.len() > MAX_CACHED_BOOKINGS {
                    self.bookings = None;
                }
            }
            _ => self.bookings = None,
        }
    }

    /// The cached nodes of `chip` at fleet `version`, if any.
    pub fn get(&mut self, version: Option<&str>, chip: &str) -> Option<Arc<ChipNodes>> {
        if self.version.as_deref() != version {
            self.version = version.map(str::to_string);
            self.by_chip.clear();
            return None;
        }
        self.by_chip.get(chip).cloned()
    }
    pub fn put(&mut self, chip: &str, nodes: Arc<ChipNodes>) {
        if self.by_chip.len() >= MAX_CACHED_CHIPS {
            self.by_chip.clear();
        }
        self.by_chip.insert(chip.to_string(), nodes);
    }
}

/// `?` placeholders to `$1..$n` (our SQL never has `?` inside literals).
pub fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(c);
        }
    }
    out
}

/// Moves the recorded audit head (migration 2) to the log's last entry;
/// run in every write transaction just before COMMIT. The head only moves
/// forward, and only while the entry it names is still in the log: if an
/// attacker removed the last entries and a later write appended after the
/// shortened chain, the head stays where it was and `audit verify` reports
/// the mismatch instead of the truncation being papered over.
pub(crate) const SYNC_AUDIT_HEAD: &str = "UPDATE audit_head SET seq = h.seq, hash = h.hash \
     FROM (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS h \
     WHERE audit_head.id = 1 AND h.seq > audit_head.seq \
     AND (audit_head.seq = 0 OR EXISTS (SELECT 1 FROM audit_log a \
     WHERE a.seq = audit_head.seq AND a.hash = audit_head.hash))";

#[cfg(test)]
mod tests {
    use super::*;
    use leasegate_ledger::choose_gpus;
    use proptest::prelude::*;

    /// Every node as `choose_gpus` saw them before the candidate cut.
    fn all(nodes: &[(NodeId, u32)], busy: &str) -> Vec<NodeFree> {
        let mut out: Vec<NodeFree> = nodes
            .iter()
            .map(|(id, n)| NodeFree {
                node_id: id.clone(),
                gpu_count: *n,
                busy: Vec::new(),
            })
            .collect();
        for pair in busy.split(',').filter(|p| !p.is_empty()) {
            let (node, gpu) = pair.rsplit_once(':').unwrap();
            if let Some(f) = out.iter_mut().find(|f| f.node_id.as_str() == node) {
                f.busy.push(gpu.parse().unwrap());
            }
        }
        out
    }

    proptest! {
        /// The copy answers a window exactly as a filter over every booking
        /// does, after any mix of inserts, releases and end changes.
        #[test]
        fn bookings_copy_answers_like_a_scan(
            ops in prop::collection::vec((0u8..3, 0u32..12, 0i64..200, 1i64..80), 1..80),
            windows in prop::collection::vec((0i64..260, 1i64..60), 1..10),
        ) {
            let mut copy = Bookings::new((1, "h".into()), 0, Vec::new());
            let mut all: Vec<Booking> = Vec::new();
            for (i, (kind, lease, start, len)) in ops.into_iter().enumerate() {
                let lease: Arc<str> = format!("L{lease}").into();
                match kind {
                    0 => {
                        let rows: Vec<Booking> = (0..2)
                            .map(|g| Booking {
                                lease: lease.clone(),
                                node: format!("n{}", i % 3).into(),
                                gpu: g,
                                start_s: start,
                                block_end_s: start + len,
                            })
                            .collect();
                        all.extend(rows.iter().cloned());
                        copy.apply(BookingDelta::Insert(rows));
                    }
                    1 => {
                        all.retain(|b| b.lease != lease);
                        copy.apply(BookingDelta::Release(lease));
                    }
                    _ => {
                        // A new end for every row of the lease, as the
                        // store sets it (extend, activate).
                        let end = start + len;
                        for b in all.iter_mut().filter(|b| b.lease == lease) {
                            b.block_end_s = end;
                        }
                        copy.apply(BookingDelta::SetEnd(lease, end));
                    }
                }
            }
            for (lo, len) in windows {
                let mut got: Vec<(String, u32)> = copy.booked(lo, lo + len).unwrap().into_iter().map(|(n, g)| (n.to_string(), g)).collect();
                let mut want: Vec<(String, u32)> = all
                    .iter()
                    .filter(|b| b.block_end_s > lo && b.start_s < lo + len)
                    .map(|b| (b.node.to_string(), b.gpu))
                    .collect();
                got.sort();
                want.sort();
                prop_assert_eq!(got, want);
            }
        }

        /// The candidates give exactly the choice (or the shortage) the
        /// whole fleet gives.
        #[test]
        fn candidates_choose_as_the_whole_fleet(
            sizes in prop::collection::vec(prop::sample::select(vec![1u32, 2, 4, 8]), 1..40),
            booked in prop::collection::vec((0usize..40, 0u32..8), 0..60),
            want in 1u32..20,
        ) {
            let nodes: Vec<(NodeId, u32)> = sizes
                .iter()
                .enumerate()
                .map(|(i, n)| (NodeId::parse(&format!("n{}", (i * 7919) % 97)).unwrap(), *n))
                .collect::<std::collections::BTreeMap<_, _>>()
                .into_iter()
                .collect();
            let busy: Vec<String> = booked
                .iter()
                .filter(|(i, g)| *i < nodes.len() && *g < nodes[*i].1)
                .map(|(i, g)| format!("{}:{g}", nodes[*i].0))
                .chain(["other-chip:3".to_string()])
                .collect();
            let busy = busy.join(",");
            let c = ChipNodes::new(nodes.clone());
            let got = choose_gpus(&c.candidates(parse_busy(&busy).unwrap(), want), want);
            prop_assert_eq!(got, choose_gpus(&all(&nodes, &busy), want));
        }
    }
}
