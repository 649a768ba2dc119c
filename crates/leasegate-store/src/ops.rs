//! The ledger operations, written once against [`Tx`].

use crate::sql::{
    parse_busy, Booking, BookingDelta, Bookings, ChipNodes, CreateHead, Row, Tx, Val,
    MAX_CACHED_BOOKINGS,
};
use crate::{Migration, StoreError};
use leasegate_core::{Clock, Currency, Money};
use leasegate_ledger::{
    choose_gpus, draft_invoice, fleet::check_text, AuditEntry, ChainBreak, ChainVerifier, ChipId,
    ComplianceGate, Customer, CustomerId, Entity, GateDecision, GpuRef, Invoice, InvoiceStatus,
    Lease, LeaseId, LeaseRequest, LeaseStatus, LedgerError, Month, Node, NodeId, NodeState,
    PriceInput, PriceList, Site,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::sync::{Arc, OnceLock};
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

/// Longest idempotency key and actor name.
pub const MAX_KEY_LEN: usize = 200;
/// Audit rows read per round trip when verifying or exporting.
const AUDIT_PAGE: i64 = 20_000;
/// Allocation rows written per INSERT statement (bounds the statement size).
const ALLOC_ROWS_PER_INSERT: usize = 16;
/// Most rows a list command returns.
pub const MAX_LIST: i64 = 100_000;

/// Everything a lease creation reads before choosing GPUs, in one
/// statement (each part a primary-key or index probe). Parameters: customer,
/// chip.
const CREATE_HEAD_SQL: &str = "SELECT (SELECT doc FROM customers WHERE id = ?), \
     (SELECT doc FROM price_lists WHERE chip = ? ORDER BY version DESC LIMIT 1), \
     (SELECT value FROM settings WHERE name = 'cleaning_gap_s'), \
     (SELECT value FROM settings WHERE name = 'fleet_version'), \
     (SELECT COALESCE(MAX(num), 0) FROM leases), \
     (SELECT seq FROM audit_log ORDER BY seq DESC LIMIT 1), \
     (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1)";

/// The head's optional last column: the bookings in the window as
/// "node:gpu" pairs. Parameters: window start, window end (the cleaning gap
/// is added here).
const WINDOW_BOOKINGS_COL: &str =
    ", (SELECT group_concat(node_id || ':' || gpu_index, ',') FROM allocations \
      WHERE active = 1 AND block_end_s > ? AND start_s < ? + \
      COALESCE((SELECT CAST(value AS BIGINT) FROM settings WHERE name = 'cleaning_gap_s'), 0))";

/// The create head for `backend`, with or without the window's bookings.
fn create_head_sql(backend: &str, with_window: bool) -> &'static str {
    static SQL: [OnceLock<String>; 4] = [const { OnceLock::new() }; 4];
    let pg = backend == "postgres";
    SQL[usize::from(pg) * 2 + usize::from(with_window)].get_or_init(|| {
        let mut q = CREATE_HEAD_SQL.to_string();
        if with_window {
            q.push_str(WINDOW_BOOKINGS_COL);
        }
        if pg {
            q = q.replace("group_concat(", "string_agg(");
        }
        q
    })
}

/// Who is acting and, optionally, the idempotency key of this request.
#[derive(Debug, Clone, Copy)]
pub struct Op<'a> {
    pub actor: &'a str,
    pub idempotency_key: Option<&'a str>,
}

impl<'a> Op<'a> {
    pub fn new(actor: &'a str) -> Self {
        Self {
            actor,
            idempotency_key: None,
        }
    }
    pub fn with_key(actor: &'a str, key: Option<&'a str>) -> Self {
        Self {
            actor,
            idempotency_key: key,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct LeaseFilter {
    pub customer: Option<CustomerId>,
    pub status: Option<LeaseStatus>,
    pub chip: Option<ChipId>,
}

/// Free GPUs of one accelerator over a window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Availability {
    pub chip: ChipId,
    pub total_gpus: i64,
    pub free_gpus: i64,
    #[serde(with = "time::serde::rfc3339")]
    pub from: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub to: OffsetDateTime,
}

/// One booking of one GPU, for the per-node calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CalendarEntry {
    pub node_id: String,
    pub gpu_index: u32,
    pub lease_id: String,
    pub customer_id: String,
    pub status: String,
    #[serde(with = "time::serde::rfc3339")]
    pub start: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub end: OffsetDateTime,
    /// End plus the cleaning gap: when the GPU can be booked again.
    #[serde(with = "time::serde::rfc3339")]
    pub free_from: OffsetDateTime,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    pub ok: bool,
    pub entries: u64,
    pub head_hash: String,
}

/// Prepaid position of a customer: credits minus everything billed so far
/// (finalised invoices and the current drafts).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Balance {
    pub customer_id: CustomerId,
    pub credit: Money,
    pub charged: Money,
    pub remaining: Money,
}

fn ts(s: i64) -> Result<OffsetDateTime, StoreError> {
    OffsetDateTime::from_unix_timestamp(s).map_err(|e| StoreError::corrupt("timestamp", e))
}

fn rfc3339(t: OffsetDateTime) -> String {
    t.format(&Rfc3339)
        .unwrap_or_else(|_| t.unix_timestamp().to_string())
}

fn to_json<T: Serialize>(v: &T) -> Result<String, StoreError> {
    serde_json::to_string(v).map_err(|e| StoreError::corrupt("json", e))
}

fn from_json<T: DeserializeOwned>(table: &'static str, s: &str) -> Result<T, StoreError> {
    serde_json::from_str(s).map_err(|e| StoreError::corrupt(table, e))
}

fn invalid(msg: impl Into<String>) -> StoreError {
    StoreError::Ledger(LedgerError::Invalid(msg.into()))
}

fn check_actor(actor: &str) -> Result<(), StoreError> {
    if actor.trim().is_empty() || actor.len() > MAX_KEY_LEN || actor.chars().any(char::is_control) {
        return Err(invalid(format!(
            "actor {actor:?}: expected 1-{MAX_KEY_LEN} printable characters"
        )));
    }
    Ok(())
}

/// A transaction body as the backends take it.
type TxBody<'a> = &'a mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>;

/// Runs `f` once through `run` (a backend's `write_tx` or `read_tx`, which
/// take a re-callable body) and returns its result.
fn once<R>(
    kind: &str,
    run: impl FnOnce(TxBody<'_>) -> Result<(), StoreError>,
    f: impl FnOnce(&mut dyn Tx) -> Result<R, StoreError>,
) -> Result<R, StoreError> {
    let mut f = Some(f);
    let mut out = None;
    run(&mut |tx| {
        let f = f
            .take()
            .ok_or_else(|| invalid(format!("{kind} transaction body ran twice")))?;
        out = Some(f(tx)?);
        Ok(())
    })?;
    out.ok_or_else(|| invalid(format!("{kind} transaction produced no result")))
}

/// Runs `f` in one write transaction (the backend calls the closure once).
fn write<S: Store + ?Sized, R>(
    s: &S,
    f: impl FnOnce(&mut dyn Tx) -> Result<R, StoreError>,
) -> Result<R, StoreError> {
    once(
        "write",
        |body| s.write_tx(body),
        |tx| {
            // Every allocation change below reports itself to the
            // connection's bookings copy (see `sql::Bookings`).
            if let Some(c) = tx.node_cache() {
                c.op_tracked();
            }
            f(tx)
        },
    )
}

/// One idempotent mutation: a write transaction, with the time it runs at,
/// whose result is replayed when the same idempotency key comes again.
fn mutate<S: Store + ?Sized, R: Serialize + DeserializeOwned>(
    s: &S,
    op: &Op<'_>,
    action: &str,
    request: serde_json::Value,
    f: impl FnOnce(&mut dyn Tx, OffsetDateTime) -> Result<R, StoreError>,
) -> Result<R, StoreError> {
    let now = s.clock().now();
    write(s, |tx| {
        idempotent(tx, op, now, action, request, |tx| f(tx, now))
    })
}

fn read<S: Store + ?Sized, R>(
    s: &S,
    f: impl FnOnce(&mut dyn Tx) -> Result<R, StoreError>,
) -> Result<R, StoreError> {
    once("read", |body| s.read_tx(body), f)
}

/// Appends one audit entry after the current head. Callers hold the write lock.
pub(crate) fn audit(
    tx: &mut dyn Tx,
    now: OffsetDateTime,
    actor: &str,
    action: &str,
    subject: &str,
    change: serde_json::Value,
) -> Result<(), StoreError> {
    let head = audit_head(tx)?;
    audit_after(tx, head, now, &[(actor, action, subject, change)])
}

/// The last audit entry's sequence number and hash (the primary key makes
/// this one index probe, not a scan).
fn audit_head(tx: &mut dyn Tx) -> Result<Option<(i64, String)>, StoreError> {
    let mut last = tx.query(
        "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
        &[],
    )?;
    match last.first_mut() {
        Some(r) => Ok(Some((r.i(0)?, r.take_t(1)?))),
        None => Ok(None),
    }
}

/// Appends entries chained after `head` (read in this transaction, under the
/// write lock) in one statement.
fn audit_after(
    tx: &mut dyn Tx,
    head: Option<(i64, String)>,
    now: OffsetDateTime,
    entries: &[(&str, &str, &str, serde_json::Value)],
) -> Result<(), StoreError> {
    if entries.is_empty() {
        return Ok(());
    }
    let (sql, params, last) = audit_rows(head.as_ref(), now, entries);
    tx.exec(&sql, &params)?;
    if let (Some(c), Some(last)) = (tx.node_cache(), last) {
        c.appended(head.as_ref(), last);
    }
    Ok(())
}

/// The INSERT statement and parameters for `entries` chained after `head`.
fn audit_rows(
    head: Option<&(i64, String)>,
    now: OffsetDateTime,
    entries: &[(&str, &str, &str, serde_json::Value)],
) -> (String, Vec<Val>, Option<(i64, String)>) {
    let at = rfc3339(now);
    let mut prev = head.cloned();
    let mut params = Vec::with_capacity(entries.len() * 8);
    for (actor, action, subject, change) in entries {
        let e = AuditEntry::next(
            prev.as_ref().map(|(s, h)| (*s, h.as_str())),
            at.clone(),
            actor,
            action,
            subject,
            change.to_string(),
        );
        prev = Some((e.seq, e.hash.clone()));
        params.extend([
            e.seq.into(),
            e.at.into(),
            e.actor.into(),
            e.action.into(),
            e.subject.into(),
            e.change.into(),
            e.prev_hash.into(),
            e.hash.into(),
        ]);
    }
    let sql = multi_insert(
        "INSERT INTO audit_log (seq, at, actor, action, subject, change, prev_hash, hash) VALUES ",
        8,
        entries.len(),
    );
    (sql, params, prev)
}

/// `head` followed by `rows` groups of `cols` placeholders: one statement
/// (one round trip) for several rows.
fn multi_insert(head: &str, cols: usize, rows: usize) -> String {
    let group = format!("({})", vec!["?"; cols].join(", "));
    format!("{head}{}", vec![group; rows].join(", "))
}

/// Records a fleet change so per-connection node caches are refreshed.
fn bump_fleet_version(tx: &mut dyn Tx) -> Result<(), StoreError> {
    tx.exec(
        "INSERT INTO settings (name, value) VALUES ('fleet_version', '1') \
         ON CONFLICT (name) DO UPDATE SET value = CAST(CAST(settings.value AS BIGINT) + 1 AS TEXT)",
        &[],
    )?;
    Ok(())
}

/// Same key + same request: the first result. Same key + different request: an error.
fn idempotent<R: Serialize + DeserializeOwned>(
    tx: &mut dyn Tx,
    op: &Op<'_>,
    now: OffsetDateTime,
    action: &str,
    request: serde_json::Value,
    f: impl FnOnce(&mut dyn Tx) -> Result<R, StoreError>,
) -> Result<R, StoreError> {
    check_actor(op.actor)?;
    let Some(key) = op.idempotency_key else {
        return f(tx);
    };
    if key.is_empty() || key.len() > MAX_KEY_LEN || key.chars().any(char::is_control) {
        return Err(invalid(format!(
            "idempotency key: expected 1-{MAX_KEY_LEN} printable characters"
        )));
    }
    let mut h = Sha256::new();
    h.update(action.as_bytes());
    h.update(b"\n");
    h.update(request.to_string().as_bytes());
    let fp = hex::encode(h.finalize());
    let rows = tx.query(
        "SELECT fingerprint, response FROM idempotency WHERE idem_key = ?",
        &[key.into()],
    )?;
    if let Some(r) = rows.first() {
        if r.t(0)? == fp {
            return from_json("idempotency", &r.t(1)?);
        }
        return Err(LedgerError::IdempotencyConflict {
            key: key.to_string(),
        }
        .into());
    }
    let out = f(tx)?;
    tx.exec(
        "INSERT INTO idempotency (idem_key, fingerprint, response, created_at) VALUES (?, ?, ?, ?)",
        &[
            key.into(),
            fp.into(),
            to_json(&out)?.into(),
            rfc3339(now).into(),
        ],
    )?;
    Ok(out)
}

/// The JSON document stored under `id` in `table`, or NotFound for `entity`.
fn load_doc<T: DeserializeOwned>(
    tx: &mut dyn Tx,
    table: &'static str,
    entity: Entity,
    id: &str,
) -> Result<T, StoreError> {
    let rows = tx.query(
        &format!("SELECT doc FROM {table} WHERE id = ?"),
        &[id.into()],
    )?;
    match rows.first() {
        Some(r) => from_json(table, &r.t(0)?),
        None => Err(LedgerError::NotFound {
            entity,
            id: id.to_string(),
        }
        .into()),
    }
}

/// AlreadyExists for `entity` when `table` holds a row with this id.
fn ensure_absent(tx: &mut dyn Tx, table: &str, entity: Entity, id: &str) -> Result<(), StoreError> {
    let sql = format!("SELECT 1 FROM {table} WHERE id = ?");
    if tx.query(&sql, &[id.into()])?.is_empty() {
        return Ok(());
    }
    Err(LedgerError::AlreadyExists {
        entity,
        id: id.to_string(),
    }
    .into())
}

/// The `doc` column (first) of each row, parsed.
fn docs<T: DeserializeOwned>(table: &'static str, rows: &[Row]) -> Result<Vec<T>, StoreError> {
    rows.iter().map(|r| from_json(table, &r.t(0)?)).collect()
}

/// Every document of `table` in id order, up to [`MAX_LIST`].
fn list_docs<T: DeserializeOwned>(
    tx: &mut dyn Tx,
    table: &'static str,
) -> Result<Vec<T>, StoreError> {
    let rows = tx.query(
        &format!("SELECT doc FROM {table} ORDER BY id LIMIT {MAX_LIST}"),
        &[],
    )?;
    docs(table, &rows)
}

fn load_lease(tx: &mut dyn Tx, id: &LeaseId) -> Result<Lease, StoreError> {
    load_doc(tx, "leases", Entity::Lease, id.as_str())
}

fn save_lease(tx: &mut dyn Tx, l: &Lease) -> Result<(), StoreError> {
    tx.exec(
        "UPDATE leases SET status = ?, end_s = ?, doc = ? WHERE id = ?",
        &[
            l.status.as_str().into(),
            l.end.unix_timestamp().into(),
            to_json(l)?.into(),
            l.id.as_str().into(),
        ],
    )?;
    Ok(())
}

fn load_customer(tx: &mut dyn Tx, id: &CustomerId) -> Result<Customer, StoreError> {
    load_doc(tx, "customers", Entity::Customer, id.as_str())
}

fn latest_price(tx: &mut dyn Tx, chip: &ChipId) -> Result<Option<PriceList>, StoreError> {
    let rows = tx.query(
        "SELECT doc FROM price_lists WHERE chip = ? ORDER BY version DESC LIMIT 1",
        &[chip.as_str().into()],
    )?;
    rows.first()
        .map(|r| from_json("price_lists", &r.t(0)?))
        .transpose()
}

fn cleaning_gap_s(tx: &mut dyn Tx) -> Result<i64, StoreError> {
    let rows = tx.query(
        "SELECT value FROM settings WHERE name = 'cleaning_gap_s'",
        &[],
    )?;
    match rows.first() {
        Some(r) => r
            .t(0)?
            .parse()
            .map_err(|e| StoreError::corrupt("settings", e)),
        None => Ok(0),
    }
}

fn load_node(tx: &mut dyn Tx, id: &NodeId) -> Result<Node, StoreError> {
    load_doc(tx, "nodes", Entity::Node, id.as_str())
}

/// The (node, GPU) pairs booked in `[start_s, end_s)`, from the connection's
/// copy of the bookings when it is exact at audit head `head`; otherwise
/// every active booking ending after `lo_s` is read once and, when there
/// are not too many, kept as the new copy.
fn bookings_in(
    tx: &mut dyn Tx,
    head: Option<&(i64, String)>,
    lo_s: i64,
    start_s: i64,
    end_s: i64,
) -> Result<Vec<(Arc<str>, u32)>, StoreError> {
    if let Some(hit) = tx
        .node_cache()
        .and_then(|c| c.bookings_at(head))
        .and_then(|b| b.booked(start_s, end_s))
    {
        return Ok(hit);
    }
    let rows = tx.query(
        "SELECT lease_id, node_id, gpu_index, start_s, block_end_s FROM allocations \
         WHERE active = 1 AND block_end_s > ? LIMIT ?",
        &[lo_s.into(), (MAX_CACHED_BOOKINGS as i64 + 1).into()],
    )?;
    let mut names: std::collections::HashMap<String, Arc<str>> = Default::default();
    let mut intern = |t: String| {
        names
            .entry(t)
            .or_insert_with_key(|k| k.as_str().into())
            .clone()
    };
    let mut all = Vec::with_capacity(rows.len());
    for mut r in rows {
        all.push(Booking {
            lease: intern(r.take_t(0)?),
            node: intern(r.take_t(1)?),
            gpu: u32::try_from(r.i(2)?).map_err(|e| StoreError::corrupt("allocations", e))?,
            start_s: r.i(3)?,
            block_end_s: r.i(4)?,
        });
    }
    if let (Some(head), true) = (head, all.len() <= MAX_CACHED_BOOKINGS) {
        let copy = Bookings::new(head.clone(), lo_s, all);
        let out = copy.booked(start_s, end_s).unwrap_or_default();
        if let Some(c) = tx.node_cache() {
            c.set_bookings(copy);
        }
        return Ok(out);
    }
    if all.len() > MAX_CACHED_BOOKINGS {
        // Too many to copy (and the read above stopped early): the window
        // from the database, as a connection without a copy reads it.
        let busy = tx.query(
            "SELECT node_id, gpu_index FROM allocations WHERE active = 1 AND block_end_s > ? AND start_s < ?",
            &[start_s.into(), end_s.into()],
        )?;
        return busy
            .iter()
            .map(|r| Ok((Arc::from(r.t(0)?.as_str()), r.i(1)? as u32)))
            .collect();
    }
    Ok(all
        .into_iter()
        .filter(|b| b.block_end_s > start_s && b.start_s < end_s)
        .map(|b| (b.node, b.gpu))
        .collect())
}

/// Moves the lease's rows in `allocations` to match its state.
fn sync_allocations(tx: &mut dyn Tx, l: &Lease, gap_s: i64) -> Result<(), StoreError> {
    match l.held_window() {
        None => {
            tx.exec(
                "UPDATE allocations SET active = 0 WHERE lease_id = ?",
                &[l.id.as_str().into()],
            )?;
            if let Some(c) = tx.node_cache() {
                c.record(BookingDelta::Release(l.id.as_str().into()));
            }
        }
        Some((_, end)) => {
            let e = end.unix_timestamp();
            tx.exec(
                "UPDATE allocations SET end_s = ?, block_end_s = ? WHERE lease_id = ? AND active = 1",
                &[e.into(), (e + gap_s).into(), l.id.as_str().into()],
            )?;
            if let Some(c) = tx.node_cache() {
                c.record(BookingDelta::SetEnd(l.id.as_str().into(), e + gap_s));
            }
        }
    }
    Ok(())
}

fn leases_in_month(
    tx: &mut dyn Tx,
    customer: &CustomerId,
    month: Month,
) -> Result<Vec<Lease>, StoreError> {
    let rows = tx.query(
        "SELECT doc FROM leases WHERE customer_id = ? AND start_s < ? AND end_s > ? ORDER BY num",
        &[
            customer.as_str().into(),
            month.end().unix_timestamp().into(),
            month.start().unix_timestamp().into(),
        ],
    )?;
    docs("leases", &rows)
}

fn finalized_invoices(
    tx: &mut dyn Tx,
    customer: &CustomerId,
    month: Month,
) -> Result<Vec<Invoice>, StoreError> {
    let rows = tx.query(
        "SELECT doc FROM invoices WHERE customer_id = ? AND month = ? ORDER BY number",
        &[customer.as_str().into(), month.to_string().into()],
    )?;
    docs("invoices", &rows)
}

fn compute_draft(
    tx: &mut dyn Tx,
    customer: &CustomerId,
    month: Month,
    now: OffsetDateTime,
) -> Result<Invoice, StoreError> {
    load_customer(tx, customer)?;
    let leases = leases_in_month(tx, customer, month)?;
    let fin = finalized_invoices(tx, customer, month)?;
    let currency = fin.first().map(|i| i.currency).unwrap_or(Currency::USD);
    Ok(draft_invoice(
        customer, month, &leases, &fin, now, currency,
    )?)
}

/// Splits an invoice id `inv-<customer>-<YYYY-MM>-<n>`.
pub fn parse_invoice_id(id: &str) -> Option<(CustomerId, Month, u32)> {
    let rest = id.strip_prefix("inv-")?;
    let (head, n) = rest.rsplit_once('-')?;
    let number: u32 = n.parse().ok()?;
    if head.len() < 9 {
        return None;
    }
    let (cust, month) = head.split_at(head.len() - 8);
    let month = Month::parse(month.strip_prefix('-')?).ok()?;
    Some((CustomerId::parse(cust).ok()?, month, number))
}

/// Every ledger operation. Backends implement the five required methods;
/// the rest is shared, so both backends behave identically by construction
/// and the conformance suite checks what the databases add (locking,
/// constraints, triggers).
pub trait Store: Send + Sync {
    /// `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;
    fn clock(&self) -> &dyn Clock;
    /// Applies pending migrations; returns the ones applied now, in order.
    fn migrate(&self) -> Result<Vec<Migration>, StoreError>;
    /// One serialised write transaction: committed when `f` returns Ok, rolled back otherwise.
    fn write_tx(
        &self,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;
    /// One consistent read-only snapshot.
    fn read_tx(
        &self,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError>;

    // ---- fleet ----

    fn add_site(&self, op: &Op<'_>, site: Site) -> Result<Site, StoreError> {
        mutate(self, op, "site.add", json!(site), |tx, now| {
            if let Some(f) = &site.facility {
                check_text("facility", f)?;
            }
            ensure_absent(tx, "sites", Entity::Site, site.id.as_str())?;
            tx.exec(
                "INSERT INTO sites (id, doc) VALUES (?, ?)",
                &[site.id.as_str().into(), to_json(&site)?.into()],
            )?;
            audit(tx, now, op.actor, "site.add", site.id.as_str(), json!(site))?;
            Ok(site.clone())
        })
    }

    fn add_node(&self, op: &Op<'_>, node: Node) -> Result<Node, StoreError> {
        mutate(self, op, "node.add", json!(node), |tx, now| {
            if tx
                .query(
                    "SELECT 1 FROM sites WHERE id = ?",
                    &[node.site_id.as_str().into()],
                )?
                .is_empty()
            {
                return Err(LedgerError::NotFound {
                    entity: Entity::Site,
                    id: node.site_id.to_string(),
                }
                .into());
            }
            ensure_absent(tx, "nodes", Entity::Node, node.id.as_str())?;
            tx.exec(
                    "INSERT INTO nodes (id, site_id, chip, gpu_count, state, doc) VALUES (?, ?, ?, ?, ?, ?)",
                    &[
                        node.id.as_str().into(),
                        node.site_id.as_str().into(),
                        node.chip.as_str().into(),
                        node.gpu_count.into(),
                        node.state.as_str().into(),
                        to_json(&node)?.into(),
                    ],
                )?;
            for g in &node.gpus {
                tx.exec(
                    "INSERT INTO gpus (node_id, gpu_index, serial) VALUES (?, ?, ?)",
                    &[
                        node.id.as_str().into(),
                        g.index.into(),
                        g.serial.clone().into(),
                    ],
                )?;
            }
            bump_fleet_version(tx)?;
            audit(tx, now, op.actor, "node.add", node.id.as_str(), json!(node))?;
            Ok(node.clone())
        })
    }

    fn set_node_state(
        &self,
        op: &Op<'_>,
        id: &NodeId,
        state: NodeState,
    ) -> Result<Node, StoreError> {
        mutate(
            self,
            op,
            "node.state",
            json!({"node": id, "state": state}),
            |tx, now| {
                let mut node = load_node(tx, id)?;
                let from = node.state;
                node.state = state;
                tx.exec(
                    "UPDATE nodes SET state = ?, doc = ? WHERE id = ?",
                    &[
                        state.as_str().into(),
                        to_json(&node)?.into(),
                        id.as_str().into(),
                    ],
                )?;
                bump_fleet_version(tx)?;
                audit(
                    tx,
                    now,
                    op.actor,
                    "node.state",
                    id.as_str(),
                    json!({"from": from, "to": state}),
                )?;
                Ok(node)
            },
        )
    }

    fn list_sites(&self) -> Result<Vec<Site>, StoreError> {
        read(self, |tx| list_docs(tx, "sites"))
    }

    fn list_nodes(&self) -> Result<Vec<Node>, StoreError> {
        read(self, |tx| list_docs(tx, "nodes"))
    }

    /// Sets the gap kept free between two leases on the same GPU (cleaning, wiping).
    fn set_cleaning_gap(&self, op: &Op<'_>, gap_s: i64) -> Result<i64, StoreError> {
        if !(0..=7 * 24 * 3600).contains(&gap_s) {
            return Err(invalid("cleaning gap must be between 0 and 7 days"));
        }
        mutate(
            self,
            op,
            "settings.cleaning_gap",
            json!(gap_s),
            |tx, now| {
                let from = cleaning_gap_s(tx)?;
                tx.exec("DELETE FROM settings WHERE name = 'cleaning_gap_s'", &[])?;
                tx.exec(
                    "INSERT INTO settings (name, value) VALUES ('cleaning_gap_s', ?)",
                    &[gap_s.to_string().into()],
                )?;
                audit(
                    tx,
                    now,
                    op.actor,
                    "settings.cleaning_gap",
                    "cleaning_gap_s",
                    json!({"from": from, "to": gap_s}),
                )?;
                Ok(gap_s)
            },
        )
    }

    fn cleaning_gap(&self) -> Result<i64, StoreError> {
        read(self, cleaning_gap_s)
    }

    // ---- prices and customers ----

    fn set_price(&self, op: &Op<'_>, input: PriceInput) -> Result<PriceList, StoreError> {
        input.validate()?;
        mutate(self, op, "price.set", json!(input), |tx, now| {
            let version = latest_price(tx, &input.chip)?.map_or(1, |p| p.version + 1);
            let list =
                PriceList::from_input(input.clone(), version, leasegate_ledger::trunc_s(now));
            tx.exec(
                "INSERT INTO price_lists (chip, version, doc) VALUES (?, ?, ?)",
                &[
                    list.chip.as_str().into(),
                    version.into(),
                    to_json(&list)?.into(),
                ],
            )?;
            audit(
                tx,
                now,
                op.actor,
                "price.set",
                list.chip.as_str(),
                json!(list),
            )?;
            Ok(list)
        })
    }

    /// Every version, newest first per chip.
    fn list_prices(&self, chip: Option<&ChipId>) -> Result<Vec<PriceList>, StoreError> {
        read(self, |tx| {
            let rows = match chip {
                Some(c) => tx.query(
                    "SELECT doc FROM price_lists WHERE chip = ? ORDER BY version DESC",
                    &[c.as_str().into()],
                )?,
                None => tx.query(
                    &format!(
                        "SELECT doc FROM price_lists ORDER BY chip, version DESC LIMIT {MAX_LIST}"
                    ),
                    &[],
                )?,
            };
            docs("price_lists", &rows)
        })
    }

    fn add_customer(&self, op: &Op<'_>, c: Customer) -> Result<Customer, StoreError> {
        mutate(self, op, "customer.add", json!(c), |tx, now| {
            check_text("name", &c.name)?;
            if c.name.trim().is_empty() {
                return Err(invalid("customer name is empty"));
            }
            ensure_absent(tx, "customers", Entity::Customer, c.id.as_str())?;
            tx.exec(
                "INSERT INTO customers (id, doc) VALUES (?, ?)",
                &[c.id.as_str().into(), to_json(&c)?.into()],
            )?;
            audit(tx, now, op.actor, "customer.add", c.id.as_str(), json!(c))?;
            Ok(c.clone())
        })
    }

    /// Adds prepaid credit (a top-up) and optionally turns auto-suspend on or off.
    fn add_credit(
        &self,
        op: &Op<'_>,
        id: &CustomerId,
        amount: Money,
        auto_suspend: Option<bool>,
    ) -> Result<Customer, StoreError> {
        if amount.minor_units < 0 {
            return Err(invalid("credit must not be negative"));
        }
        mutate(
            self,
            op,
            "customer.credit",
            json!({"id": id, "amount": amount, "auto_suspend": auto_suspend}),
            |tx, now| {
                let mut c = load_customer(tx, id)?;
                c.credit = Some(match c.credit {
                    Some(m) => m.checked_add(amount).map_err(LedgerError::from)?,
                    None => amount,
                });
                if let Some(a) = auto_suspend {
                    c.auto_suspend = a;
                }
                tx.exec(
                    "UPDATE customers SET doc = ? WHERE id = ?",
                    &[to_json(&c)?.into(), id.as_str().into()],
                )?;
                audit(
                    tx,
                    now,
                    op.actor,
                    "customer.credit",
                    id.as_str(),
                    json!({"amount": amount, "credit": c.credit, "auto_suspend": c.auto_suspend}),
                )?;
                Ok(c)
            },
        )
    }

    fn get_customer(&self, id: &CustomerId) -> Result<Customer, StoreError> {
        read(self, |tx| load_customer(tx, id))
    }

    fn list_customers(&self) -> Result<Vec<Customer>, StoreError> {
        read(self, |tx| list_docs(tx, "customers"))
    }

    // ---- leases ----

    /// Creates a lease in `pending_compliance` with concrete GPUs, then lets
    /// `gate` approve, hold or reject it, all in one transaction. The gate is
    /// called with the write lock held, so it must decide fast; a gate that
    /// needs slow checks returns `Hold` and decides later via
    /// [`Store::transition_lease`].
    fn create_lease(
        &self,
        op: &Op<'_>,
        req: &LeaseRequest,
        gate: &dyn ComplianceGate,
    ) -> Result<Lease, StoreError> {
        mutate(self, op, "lease.create", json!(req), |tx, now| {
            let (start, end) = req.window(now)?;
            let (s, e) = (start.unix_timestamp(), end.unix_timestamp());
            // Everything the create reads before choosing GPUs, in one
            // round trip. A connection that has created leases before keeps
            // a copy of the bookings (`sql::Bookings`), checked against the
            // audit head read here; otherwise the bookings in the window
            // come back in the same statement as "node:gpu" pairs, found
            // through `allocations_ending` only (rows of other chips or
            // unavailable nodes are dropped by the lookup below; a join on
            // `nodes` made the planner walk every node of the chip).
            // Later creations of the same write transaction reuse what an
            // earlier one read (`sql::CreateHead`): no round trip at all.
            let use_copy = tx.node_cache().is_some_and(|c| c.count_create() > 0);
            let (cust_id, chip_id) = (req.customer_id.as_str(), req.chip.as_str());
            let cached = if use_copy {
                tx.node_cache().and_then(|c| c.head_for(cust_id, chip_id))
            } else {
                None
            };
            let mut window_busy = String::new();
            let head = match cached {
                Some(h) => h,
                None => {
                    let mut params: Vec<Val> = vec![cust_id.into(), chip_id.into()];
                    if !use_copy {
                        params.extend([s.into(), e.into()]);
                    }
                    let mut rows = tx.query(create_head_sql(tx.backend(), !use_copy), &params)?;
                    let row = rows
                        .first_mut()
                        .ok_or_else(|| invalid("lease create: no head row"))?;
                    let h = CreateHead {
                        customer: row.ot(0)?,
                        price: row.ot(1)?,
                        gap: row.ot(2)?,
                        fleet_version: row.ot(3)?,
                        max_num: row.i(4)?,
                        audit: match row.0.get(5) {
                            Some(Val::Null) | None => None,
                            _ => Some((row.i(5)?, row.take_t(6)?)),
                        },
                    };
                    if use_copy {
                        if let Some(c) = tx.node_cache() {
                            c.put_head(cust_id, chip_id, &h);
                        }
                    } else {
                        window_busy = row.ot(7)?.unwrap_or_default();
                    }
                    h
                }
            };
            let customer: Customer = match head.customer.as_deref() {
                Some(doc) => from_json("customers", doc)?,
                None => {
                    return Err(LedgerError::NotFound {
                        entity: Entity::Customer,
                        id: req.customer_id.to_string(),
                    }
                    .into())
                }
            };
            let price: PriceList = match head.price.as_deref() {
                Some(doc) => from_json("price_lists", doc)?,
                None => {
                    return Err(LedgerError::NoPrice {
                        chip: req.chip.to_string(),
                        kind: req.kind.as_str().into(),
                    }
                    .into())
                }
            };
            let snapshot = price.quote(req.kind, req.gpus, (end - start).whole_seconds())?;
            let gap: i64 = match head.gap.as_deref() {
                Some(v) => v.parse().map_err(|e| StoreError::corrupt("settings", e))?,
                None => 0,
            };
            let fleet_version = head.fleet_version;
            let num = head.max_num + 1;
            let audit_prev = head.audit;
            let window_end = e + gap;
            let copied = if use_copy {
                let lo = s.min(now.unix_timestamp());
                bookings_in(tx, audit_prev.as_ref(), lo, s, window_end)?
            } else {
                Vec::new()
            };
            let cached = tx
                .node_cache()
                .and_then(|c| c.get(fleet_version.as_deref(), req.chip.as_str()));
            let nodes = match cached {
                Some(n) => n,
                None => {
                    let rows = tx.query(
                            "SELECT id, gpu_count FROM nodes WHERE chip = ? AND state = 'available' ORDER BY id",
                            &[req.chip.as_str().into()],
                        )?;
                    let mut v = Vec::with_capacity(rows.len());
                    for r in &rows {
                        v.push((NodeId::parse(&r.t(0)?)?, r.i(1)? as u32));
                    }
                    let v = std::sync::Arc::new(ChipNodes::new(v));
                    if let Some(c) = tx.node_cache() {
                        c.put(req.chip.as_str(), v.clone());
                    }
                    v
                }
            };
            let free = if use_copy {
                nodes.candidates(copied.iter().map(|(n, g)| (&**n, *g)), req.gpus)
            } else {
                nodes.candidates(parse_busy(&window_busy)?, req.gpus)
            };
            let gpus = choose_gpus(&free, req.gpus).map_err(|free| LedgerError::NoCapacity {
                chip: req.chip.to_string(),
                requested: req.gpus,
                free,
            })?;
            let mut lease = Lease::new_pending(
                LeaseId::from_number(num),
                req,
                start,
                end,
                gpus,
                snapshot,
                now,
            );
            // The gate decides before anything is written, so the row is
            // written once; the audit log still records both steps.
            let pending = json!(lease);
            let decision = gate.review(&lease, &customer);
            match &decision {
                GateDecision::Approve => lease.transition(LeaseStatus::Approved, now, None)?,
                GateDecision::Reject { reason } => {
                    lease.transition(LeaseStatus::Rejected, now, Some(reason.clone()))?
                }
                GateDecision::Hold { .. } => {}
            }
            let lease_params: Vec<Val> = vec![
                num.into(),
                lease.id.as_str().into(),
                lease.customer_id.as_str().into(),
                lease.chip.as_str().into(),
                lease.status.as_str().into(),
                s.into(),
                e.into(),
                to_json(&lease)?.into(),
            ];
            let lease_sql = "INSERT INTO leases (num, id, customer_id, chip, status, start_s, end_s, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            let active = i64::from(lease.held_window().is_some());
            // PostgreSQL's exclusion constraint compares an integer key per
            // GPU (migration 3), looked up here; a foreign key checks it
            // belongs to (node_id, gpu_index).
            let pg = tx.backend() == "postgres";
            let (alloc_head, alloc_row) = if pg {
                (
                    "INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active, gpu_key) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, (SELECT key FROM gpus WHERE node_id = ? AND gpu_index = ?))",
                )
            } else {
                (
                    "INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?)",
                )
            };
            let mut alloc_stmts = Vec::new();
            for chunk in lease.allocations.chunks(ALLOC_ROWS_PER_INSERT) {
                let mut params = Vec::with_capacity(chunk.len() * 9);
                for g in chunk {
                    params.extend([
                        lease.id.as_str().into(),
                        g.node_id.as_str().into(),
                        g.gpu_index.into(),
                        s.into(),
                        e.into(),
                        (e + gap).into(),
                        active.into(),
                    ]);
                    if pg {
                        params.extend([g.node_id.as_str().into(), g.gpu_index.into()]);
                    }
                }
                let sql = format!("{alloc_head}{}", vec![alloc_row; chunk.len()].join(", "));
                alloc_stmts.push((sql, params));
            }
            let (audit_sql, audit_params, audit_last) = audit_rows(
                audit_prev.as_ref(),
                now,
                &[
                    (op.actor, "lease.create", lease.id.as_str(), pending),
                    (
                        "compliance-gate",
                        "lease.gate",
                        lease.id.as_str(),
                        json!(decision),
                    ),
                ],
            );
            if pg && alloc_stmts.len() <= 1 {
                // One round trip: PostgreSQL runs data-modifying CTEs in
                // one statement; constraints (exclusion, foreign keys)
                // are checked as for separate statements.
                let mut sql = format!("WITH l AS ({lease_sql})");
                let mut params = lease_params;
                for (a_sql, a_params) in alloc_stmts {
                    sql.push_str(&format!(", a AS ({a_sql})"));
                    params.extend(a_params);
                }
                sql.push(' ');
                sql.push_str(&audit_sql);
                params.extend(audit_params);
                tx.exec(&sql, &params)?;
            } else {
                tx.exec(lease_sql, &lease_params)?;
                for (a_sql, a_params) in alloc_stmts {
                    tx.exec(&a_sql, &a_params)?;
                }
                tx.exec(&audit_sql, &audit_params)?;
            }
            if let Some(c) = tx.node_cache() {
                if let Some(last) = audit_last {
                    c.appended(audit_prev.as_ref(), last);
                }
                c.created(num);
                if active == 1 {
                    let lease_id: Arc<str> = lease.id.as_str().into();
                    c.record(BookingDelta::Insert(
                        lease
                            .allocations
                            .iter()
                            .map(|g| Booking {
                                lease: lease_id.clone(),
                                node: g.node_id.as_str().into(),
                                gpu: g.gpu_index,
                                start_s: s,
                                block_end_s: e + gap,
                            })
                            .collect(),
                    ));
                }
            }
            Ok(lease)
        })
    }

    /// Moves a lease to `to` (approve, activate, end, cancel, suspend, reject, preempt).
    fn transition_lease(
        &self,
        op: &Op<'_>,
        id: &LeaseId,
        to: LeaseStatus,
        reason: Option<&str>,
    ) -> Result<Lease, StoreError> {
        mutate(
            self,
            op,
            "lease.transition",
            json!({"id": id, "to": to, "reason": reason}),
            |tx, now| {
                let mut l = load_lease(tx, id)?;
                if let Some(r) = reason {
                    check_text("reason", r)?;
                }
                let from = l.status;
                l.transition(to, now, reason.map(str::to_string))?;
                let gap = cleaning_gap_s(tx)?;
                sync_allocations(tx, &l, gap)?;
                save_lease(tx, &l)?;
                audit(
                    tx,
                    now,
                    op.actor,
                    &format!("lease.{}", to.as_str()),
                    id.as_str(),
                    json!({"from": from, "to": to, "reason": reason}),
                )?;
                Ok(l)
            },
        )
    }

    /// Returns a suspended lease to the state it was suspended from.
    fn resume_lease(&self, op: &Op<'_>, id: &LeaseId) -> Result<Lease, StoreError> {
        let l = self.get_lease(id)?;
        let to = l.resume_to.ok_or_else(|| LedgerError::IllegalTransition {
            lease: id.to_string(),
            from: l.status.to_string(),
            to: "resumed".into(),
        })?;
        self.transition_lease(op, id, to, Some("resumed"))
    }

    /// Moves the scheduled end later, keeping the same GPUs; `no_capacity` if they are booked.
    fn extend_lease(
        &self,
        op: &Op<'_>,
        id: &LeaseId,
        new_end: OffsetDateTime,
    ) -> Result<Lease, StoreError> {
        mutate(
            self,
            op,
            "lease.extend",
            json!({"id": id, "end": rfc3339(new_end)}),
            |tx, now| {
                let l = load_lease(tx, id)?;
                extend_in(tx, op, now, l, new_end)
            },
        )
    }

    /// Moves the scheduled end `by` later than it is when the write lock is
    /// held. Reading the end first and then calling [`Store::extend_lease`]
    /// races: two concurrent "+1 h" both ask for the same new end and the
    /// second fails as "not after the current end"; here they add up.
    fn extend_lease_by(
        &self,
        op: &Op<'_>,
        id: &LeaseId,
        by: time::Duration,
    ) -> Result<Lease, StoreError> {
        if by <= time::Duration::ZERO {
            return Err(invalid("an extension must be positive"));
        }
        mutate(
            self,
            op,
            "lease.extend_by",
            json!({"id": id, "by_s": by.whole_seconds()}),
            |tx, now| {
                let l = load_lease(tx, id)?;
                let new_end = l
                    .end
                    .checked_add(by)
                    .ok_or_else(|| invalid("extension out of range"))?;
                extend_in(tx, op, now, l, new_end)
            },
        )
    }

    fn get_lease(&self, id: &LeaseId) -> Result<Lease, StoreError> {
        read(self, |tx| load_lease(tx, id))
    }

    fn list_leases(&self, f: &LeaseFilter) -> Result<Vec<Lease>, StoreError> {
        read(self, |tx| {
            let mut sql = String::from("SELECT doc FROM leases WHERE 1 = 1");
            let mut p: Vec<Val> = Vec::new();
            if let Some(c) = &f.customer {
                sql.push_str(" AND customer_id = ?");
                p.push(c.as_str().into());
            }
            if let Some(s) = f.status {
                sql.push_str(" AND status = ?");
                p.push(s.as_str().into());
            }
            if let Some(c) = &f.chip {
                sql.push_str(" AND chip = ?");
                p.push(c.as_str().into());
            }
            sql.push_str(&format!(" ORDER BY num LIMIT {MAX_LIST}"));
            let rows = tx.query(&sql, &p)?;
            docs("leases", &rows)
        })
    }

    // ---- availability ----

    /// Free GPUs per accelerator over [from, to), counting only available nodes.
    /// A GPU is free when a lease of exactly that window could take it.
    fn availability(
        &self,
        chip: Option<&ChipId>,
        from: OffsetDateTime,
        to: OffsetDateTime,
    ) -> Result<Vec<Availability>, StoreError> {
        if to <= from {
            return Err(invalid("--to must be after --from"));
        }
        read(self, |tx| {
            let (chip_sql, chip_p): (&str, Vec<Val>) = match chip {
                Some(c) => (" AND n.chip = ?", vec![c.as_str().into()]),
                None => ("", vec![]),
            };
            let mut p: Vec<Val> = vec![from.unix_timestamp().into(), to.unix_timestamp().into()];
            p.extend(chip_p);
            // One pass over the bookings in the window (`allocations_ending`),
            // distinct GPUs counted per node, rather than an index probe for
            // each of the fleet's GPUs: on a copy of the benchmark data in
            // psql this took half the time (12 vs 27 ms on the loaded VM);
            // SQLite ran both equally fast.
            let busy_sql = "SELECT node_id, COUNT(*) AS busy FROM (SELECT DISTINCT node_id, gpu_index \
                 FROM allocations WHERE active = 1 AND block_end_s > ? AND start_s < ? + \
                 COALESCE((SELECT CAST(value AS BIGINT) FROM settings WHERE name = 'cleaning_gap_s'), 0)) d \
                 GROUP BY node_id";
            // Totals and busy GPUs per chip in one statement (one round trip).
            let rows = tx.query(
                &format!(
                    "SELECT n.chip, CAST(SUM(n.gpu_count) AS BIGINT), CAST(COALESCE(SUM(b.busy), 0) AS BIGINT) \
                     FROM nodes n LEFT JOIN ({busy_sql}) b ON b.node_id = n.id \
                     WHERE n.state = 'available'{chip_sql} GROUP BY n.chip ORDER BY n.chip"
                ),
                &p,
            )?;
            let mut out = Vec::new();
            for r in &rows {
                let total = r.i(1)?;
                out.push(Availability {
                    chip: ChipId::parse(&r.t(0)?)?,
                    total_gpus: total,
                    free_gpus: total - r.i(2)?,
                    from,
                    to,
                });
            }
            if out.is_empty() {
                if let Some(c) = chip {
                    out.push(Availability {
                        chip: c.clone(),
                        total_gpus: 0,
                        free_gpus: 0,
                        from,
                        to,
                    });
                }
            }
            Ok(out)
        })
    }

    /// Bookings per GPU overlapping [from, to), optionally for one node.
    fn calendar(
        &self,
        node: Option<&NodeId>,
        from: OffsetDateTime,
        to: OffsetDateTime,
    ) -> Result<Vec<CalendarEntry>, StoreError> {
        read(self, |tx| {
            let mut p: Vec<Val> = vec![to.unix_timestamp().into(), from.unix_timestamp().into()];
            let mut sql = String::from(
                "SELECT a.node_id, a.gpu_index, a.lease_id, l.customer_id, l.status, a.start_s, a.end_s, a.block_end_s \
                 FROM allocations a JOIN leases l ON l.id = a.lease_id \
                 WHERE a.active = 1 AND a.start_s < ? AND a.block_end_s > ?",
            );
            if let Some(n) = node {
                load_node(tx, n)?;
                sql.push_str(" AND a.node_id = ?");
                p.push(n.as_str().into());
            }
            sql.push_str(&format!(
                " ORDER BY a.node_id, a.gpu_index, a.start_s LIMIT {MAX_LIST}"
            ));
            let rows = tx.query(&sql, &p)?;
            rows.iter()
                .map(|r: &Row| {
                    Ok(CalendarEntry {
                        node_id: r.t(0)?,
                        gpu_index: r.i(1)? as u32,
                        lease_id: r.t(2)?,
                        customer_id: r.t(3)?,
                        status: r.t(4)?,
                        start: ts(r.i(5)?)?,
                        end: ts(r.i(6)?)?,
                        free_from: ts(r.i(7)?)?,
                    })
                })
                .collect()
        })
    }

    /// Every active booking as (gpu, start_s, block_end_s): for invariant checks.
    fn active_bookings(&self) -> Result<Vec<(GpuRef, i64, i64, String)>, StoreError> {
        read(self, |tx| {
            let rows = tx.query(
                "SELECT node_id, gpu_index, start_s, block_end_s, lease_id FROM allocations WHERE active = 1 ORDER BY node_id, gpu_index, start_s",
                &[],
            )?;
            rows.iter()
                .map(|r| {
                    Ok((
                        GpuRef {
                            node_id: NodeId::parse(&r.t(0)?)?,
                            gpu_index: r.i(1)? as u32,
                        },
                        r.i(2)?,
                        r.i(3)?,
                        r.t(4)?,
                    ))
                })
                .collect()
        })
    }

    // ---- invoices ----

    /// The draft (preview) for a customer-month as of now: what finalising would bill.
    fn invoice_draft(&self, customer: &CustomerId, month: Month) -> Result<Invoice, StoreError> {
        let now = self.clock().now();
        read(self, |tx| compute_draft(tx, customer, month, now))
    }

    /// Freezes the current draft. A finalised invoice never changes; usage
    /// after this point in the same month goes on a supplementary invoice.
    fn finalize_invoice(
        &self,
        op: &Op<'_>,
        customer: &CustomerId,
        month: Month,
    ) -> Result<Invoice, StoreError> {
        mutate(
            self,
            op,
            "invoice.finalize",
            json!({"customer": customer, "month": month}),
            |tx, now| {
                let mut inv = compute_draft(tx, customer, month, now)?;
                if inv.lines.is_empty() {
                    return Err(invalid(format!(
                        "nothing to invoice for {customer} in {month}"
                    )));
                }
                inv.status = InvoiceStatus::Finalized;
                inv.finalized_at = Some(leasegate_ledger::trunc_s(now));
                tx.exec(
                    "INSERT INTO invoices (id, customer_id, month, number, status, total_minor, doc) VALUES (?, ?, ?, ?, 'finalized', ?, ?)",
                    &[
                        inv.id.as_str().into(),
                        customer.as_str().into(),
                        month.to_string().into(),
                        inv.number.into(),
                        inv.total.minor_units.into(),
                        to_json(&inv)?.into(),
                    ],
                )?;
                audit(
                    tx,
                    now,
                    op.actor,
                    "invoice.finalize",
                    &inv.id,
                    json!({"total": inv.total, "lines": inv.lines.len()}),
                )?;
                Ok(inv)
            },
        )
    }

    /// A finalised invoice by id, or the current draft when `id` names the next number.
    fn get_invoice(&self, id: &str) -> Result<Invoice, StoreError> {
        let now = self.clock().now();
        read(self, |tx| {
            let rows = tx.query("SELECT doc FROM invoices WHERE id = ?", &[id.into()])?;
            if let Some(r) = rows.first() {
                return from_json("invoices", &r.t(0)?);
            }
            let not_found = || {
                StoreError::from(LedgerError::NotFound {
                    entity: Entity::Invoice,
                    id: id.to_string(),
                })
            };
            let (c, m, n) = parse_invoice_id(id).ok_or_else(not_found)?;
            let d = compute_draft(tx, &c, m, now).map_err(|_| not_found())?;
            if d.number == n {
                Ok(d)
            } else {
                Err(not_found())
            }
        })
    }

    /// Finalised invoices, plus a draft for every customer with unbilled usage in `month`
    /// (drafts only when a month is given).
    fn list_invoices(
        &self,
        customer: Option<&CustomerId>,
        month: Option<Month>,
    ) -> Result<Vec<Invoice>, StoreError> {
        let now = self.clock().now();
        read(self, |tx| {
            let mut sql = String::from("SELECT doc FROM invoices WHERE 1 = 1");
            let mut p: Vec<Val> = Vec::new();
            if let Some(c) = customer {
                sql.push_str(" AND customer_id = ?");
                p.push(c.as_str().into());
            }
            if let Some(m) = month {
                sql.push_str(" AND month = ?");
                p.push(m.to_string().into());
            }
            sql.push_str(&format!(
                " ORDER BY month, customer_id, number LIMIT {MAX_LIST}"
            ));
            let rows = tx.query(&sql, &p)?;
            let mut out: Vec<Invoice> = docs("invoices", &rows)?;
            if let Some(m) = month {
                let customers: Vec<CustomerId> = match customer {
                    Some(c) => vec![c.clone()],
                    None => {
                        let rows = tx.query(
                            "SELECT DISTINCT customer_id FROM leases WHERE start_s < ? AND end_s > ? ORDER BY customer_id",
                            &[m.end().unix_timestamp().into(), m.start().unix_timestamp().into()],
                        )?;
                        rows.iter()
                            .map(|r| Ok(CustomerId::parse(&r.t(0)?)?))
                            .collect::<Result<_, StoreError>>()?
                    }
                };
                for c in customers {
                    let d = compute_draft(tx, &c, m, now)?;
                    if !d.lines.is_empty() {
                        out.push(d);
                    }
                }
            }
            Ok(out)
        })
    }

    /// Credits minus everything billed (finalised and draft) in every month with leases.
    fn balance(&self, customer: &CustomerId) -> Result<Balance, StoreError> {
        let now = self.clock().now();
        read(self, |tx| balance_in(tx, customer, now))
    }

    /// Suspends the running leases of prepaid customers with auto-suspend whose
    /// balance is used up. Returns the leases suspended.
    fn enforce_prepaid(&self, op: &Op<'_>) -> Result<Vec<LeaseId>, StoreError> {
        let now = self.clock().now();
        write(self, |tx| {
            check_actor(op.actor)?;
            let rows = tx.query("SELECT doc FROM customers ORDER BY id", &[])?;
            let customers: Vec<Customer> = docs("customers", &rows)?;
            let gap = cleaning_gap_s(tx)?;
            let mut out = Vec::new();
            for c in customers
                .iter()
                .filter(|c| c.auto_suspend && c.credit.is_some())
            {
                let b = balance_in(tx, &c.id, now)?;
                if b.remaining.minor_units > 0 {
                    continue;
                }
                let rows = tx.query(
                    "SELECT doc FROM leases WHERE customer_id = ? AND status IN ('active', 'approved') ORDER BY num",
                    &[c.id.as_str().into()],
                )?;
                for r in rows {
                    let mut l: Lease = from_json("leases", &r.t(0)?)?;
                    let from = l.status;
                    l.transition(
                        LeaseStatus::Suspended,
                        now,
                        Some("prepaid balance used up".into()),
                    )?;
                    sync_allocations(tx, &l, gap)?;
                    save_lease(tx, &l)?;
                    audit(
                        tx,
                        now,
                        op.actor,
                        "lease.suspended",
                        l.id.as_str(),
                        json!({"from": from, "to": "suspended", "reason": "prepaid balance used up", "remaining": b.remaining}),
                    )?;
                    out.push(l.id);
                }
            }
            Ok(out)
        })
    }

    // ---- audit ----

    /// Checks the whole chain in seq order, and its end against the
    /// recorded head (so entries removed from the end show too). A break is
    /// an error naming the first bad seq.
    fn audit_verify(&self) -> Result<VerifyReport, StoreError> {
        read(self, |tx| {
            let mut head = tx.query("SELECT seq, hash FROM audit_head WHERE id = 1", &[])?;
            let head = match head.first_mut() {
                Some(h) => Some((h.i(0)?, h.take_t(1)?)),
                None => None,
            };
            let head_seq = head.as_ref().map_or(-1, |h| h.0);
            let (v, hash_at_head) = verify_chain(tx, head_seq)?;
            let last = v.count() as i64;
            let Some((head_seq, head_hash)) = head else {
                return Err(ChainBreak {
                    seq: last + 1,
                    reason: "the recorded head (table audit_head) is missing".into(),
                }
                .into());
            };
            if head_seq > last {
                return Err(ChainBreak {
                    seq: last + 1,
                    reason: format!(
                        "entries {}..={head_seq} are missing from the end of the log (the recorded head is seq {head_seq})",
                        last + 1
                    ),
                }
                .into());
            }
            let matches = match hash_at_head {
                Some(h) => h == head_hash,
                None => head_seq == 0 && head_hash == leasegate_ledger::GENESIS_HASH,
            };
            if !matches {
                return Err(ChainBreak {
                    seq: head_seq.max(1),
                    reason: "the entry differs from the recorded head (entries were removed and others appended)".into(),
                }
                .into());
            }
            if head_seq < last {
                return Err(ChainBreak {
                    seq: head_seq + 1,
                    reason: format!(
                        "entries after seq {head_seq} were not recorded in the audit head (written around the store)"
                    ),
                }
                .into());
            }
            Ok(VerifyReport {
                ok: true,
                entries: v.count(),
                head_hash: v.head_hash().to_string(),
            })
        })
    }

    /// Calls `f` for every entry in seq order, paging so memory stays flat.
    fn audit_scan(
        &self,
        f: &mut dyn FnMut(&AuditEntry) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        read(self, |tx| scan_audit(tx, f))
    }

    /// Appends an entry by hand (operators' notes; also used to build big
    /// chains for benchmarks). Same lock and chain as every mutation.
    fn audit_note(
        &self,
        op: &Op<'_>,
        subject: &str,
        note: serde_json::Value,
    ) -> Result<(), StoreError> {
        check_actor(op.actor)?;
        let now = self.clock().now();
        write(self, |tx| audit(tx, now, op.actor, "note", subject, note))
    }
}

/// Extends `l` to `new_end` on the GPUs it holds; `no_capacity` if any of
/// them is booked (cleaning gap included) in the added time.
fn extend_in(
    tx: &mut dyn Tx,
    op: &Op<'_>,
    now: OffsetDateTime,
    mut l: Lease,
    new_end: OffsetDateTime,
) -> Result<Lease, StoreError> {
    let old_end = l.end;
    l.extend_to(new_end)?;
    let gap = cleaning_gap_s(tx)?;
    let e = l.end.unix_timestamp();
    let busy = tx.query(
        "SELECT node_id, gpu_index FROM allocations WHERE active = 1 AND lease_id <> ? AND start_s < ? AND block_end_s > ?",
        &[l.id.as_str().into(), (e + gap).into(), l.start.unix_timestamp().into()],
    )?;
    let mut clash = 0u32;
    for r in &busy {
        let (n, g) = (r.t(0)?, r.i(1)? as u32);
        if l.allocations
            .iter()
            .any(|a| a.node_id.as_str() == n && a.gpu_index == g)
        {
            clash += 1;
        }
    }
    if clash > 0 {
        return Err(LedgerError::NoCapacity {
            chip: l.chip.to_string(),
            requested: l.gpus,
            free: l.gpus.saturating_sub(clash),
        }
        .into());
    }
    sync_allocations(tx, &l, gap)?;
    save_lease(tx, &l)?;
    audit(
        tx,
        now,
        op.actor,
        "lease.extend",
        l.id.as_str(),
        json!({"from_end": rfc3339(old_end), "to_end": rfc3339(l.end)}),
    )?;
    Ok(l)
}

/// Calls `f` for every audit entry in seq order, reading a page at a time.
fn scan_audit(
    tx: &mut dyn Tx,
    f: &mut dyn FnMut(&AuditEntry) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
    let mut after = i64::MIN;
    loop {
        let rows = tx.query(
            &format!("SELECT seq, at, actor, action, subject, change, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT {AUDIT_PAGE}"),
            &[after.into()],
        )?;
        let n = rows.len() as i64;
        for mut r in rows {
            let e = AuditEntry {
                seq: r.i(0)?,
                at: r.take_t(1)?,
                actor: r.take_t(2)?,
                action: r.take_t(3)?,
                subject: r.take_t(4)?,
                change: r.take_t(5)?,
                prev_hash: r.take_t(6)?,
                hash: r.take_t(7)?,
            };
            after = e.seq;
            f(&e)?;
        }
        if n < AUDIT_PAGE {
            return Ok(());
        }
    }
}

/// Verifies the whole chain; returns the verifier and the hash of the
/// entry at `head_seq`, if there is one. (Checking pages on a second thread
/// while the next one is read was tried: slower, not faster, on this VM.)
fn verify_chain(
    tx: &mut dyn Tx,
    head_seq: i64,
) -> Result<(ChainVerifier, Option<String>), StoreError> {
    let mut v = ChainVerifier::default();
    let mut at_head = None;
    scan_audit(tx, &mut |e| {
        v.push(e)?;
        if e.seq == head_seq {
            at_head = Some(e.hash.clone());
        }
        Ok(())
    })?;
    Ok((v, at_head))
}

fn balance_in(
    tx: &mut dyn Tx,
    customer: &CustomerId,
    now: OffsetDateTime,
) -> Result<Balance, StoreError> {
    let c = load_customer(tx, customer)?;
    let credit = c.credit.unwrap_or(Money::new(0, Currency::USD));
    let mut charged = Money::new(0, credit.currency);
    let first = tx.query(
        "SELECT MIN(start_s) FROM leases WHERE customer_id = ?",
        &[customer.as_str().into()],
    )?;
    if let Some(Some(Val::I(s))) = first.first().map(|r| r.0.first().cloned()) {
        let mut m = Month::of(ts(s)?);
        let last = Month::of(now);
        while m <= last {
            for inv in finalized_invoices(tx, customer, m)? {
                charged = charged.checked_add(inv.total).map_err(LedgerError::from)?;
            }
            let d = compute_draft(tx, customer, m, now)?;
            if !d.lines.is_empty() {
                charged = charged.checked_add(d.total).map_err(LedgerError::from)?;
            }
            m = m.next();
        }
    }
    let remaining = Money::new(credit.minor_units - charged.minor_units, credit.currency);
    Ok(Balance {
        customer_id: customer.clone(),
        credit,
        charged,
        remaining,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invoice_ids() {
        let (c, m, n) = parse_invoice_id("inv-acme-corp-2026-03-2").unwrap();
        assert_eq!(
            (c.as_str(), m.to_string().as_str(), n),
            ("acme-corp", "2026-03", 2)
        );
        assert!(parse_invoice_id("inv-x").is_none());
        assert!(parse_invoice_id("nope").is_none());
    }
}
