//! Opening and migrating: what `db migrate` and read-only commands rely on.

use crate::conformance::{req, setup};
use crate::harness::{pg_url, T0};
use leasegate_core::{Clock, ManualClock};
use leasegate_ledger::{ApproveAll, LeaseKind};
use leasegate_store::{Migration, Op, PgStore, SqliteStore, Store};
use std::sync::Arc;

fn clock() -> Arc<dyn Clock> {
    Arc::new(ManualClock::new(T0))
}

/// The SQLite migrations (PostgreSQL has these and more).
fn all_migrations() -> Vec<Migration> {
    vec![
        Migration {
            version: 1,
            name: "initial".into(),
        },
        Migration {
            version: 2,
            name: "audit_head".into(),
        },
    ]
}

/// PostgreSQL also re-keys its no-double-booking constraint (migration 3).
fn pg_migrations() -> Vec<Migration> {
    let mut m = all_migrations();
    m.push(Migration {
        version: 3,
        name: "allocations_gpu_key".into(),
    });
    m
}

#[test]
fn sqlite_migrate_reports_versions_and_names() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(leasegate_store::SQLITE_FILE);
    let s = SqliteStore::open_unmigrated(&path, clock()).unwrap();
    assert_eq!(s.migrate().unwrap(), all_migrations());
    assert!(s.migrate().unwrap().is_empty());
    let boxed = leasegate_store::open_unmigrated(dir.path(), None, clock()).unwrap();
    assert!(boxed.migrate().unwrap().is_empty());
}

#[test]
fn pg_migrate_reports_versions_and_names() {
    let Some(url) = pg_url() else { return };
    let schema = format!("lg_test_mig_{}", std::process::id());
    let r = std::panic::catch_unwind(|| {
        let s = PgStore::open_unmigrated(&url, Some(&schema), clock()).unwrap();
        assert_eq!(s.migrate().unwrap(), pg_migrations());
        assert!(s.migrate().unwrap().is_empty());
        // Writes after the migration go through the shared writer.
        setup(&s, &[("n1", 8)]);
        s.audit_verify().unwrap();
    });
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .unwrap();
    if let Err(p) = r {
        std::panic::resume_unwind(p);
    }
}

#[test]
fn sqlite_open_existing_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    assert!(leasegate_store::open_existing(&data, None, clock())
        .unwrap()
        .is_none());
    assert!(!data.exists(), "no data dir created");
    let path = dir.path().join("l.sqlite");
    assert!(SqliteStore::open_existing(&path, clock())
        .unwrap()
        .is_none());
    assert!(!path.exists(), "no file created");
    let s = SqliteStore::open(&path, clock()).unwrap();
    setup(&s, &[("n1", 8)]);
    drop(s);
    let s = SqliteStore::open_existing(&path, clock()).unwrap().unwrap();
    assert_eq!(s.list_nodes().unwrap().len(), 1);
    s.audit_verify().unwrap();
}

#[test]
fn sqlite_in_memory_store_writes_and_reads() {
    let s = SqliteStore::open(std::path::Path::new(":memory:"), clock()).unwrap();
    setup(&s, &[("n1", 8)]);
    let l = s
        .create_lease(
            &Op::new("t"),
            &req("acme", 2, 0, 1, LeaseKind::OnDemand),
            &ApproveAll,
        )
        .unwrap();
    assert_eq!(s.get_lease(&l.id).unwrap(), l);
    assert_eq!(s.audit_verify().unwrap().entries, 7);
    // Two in-memory stores are two databases.
    let other = SqliteStore::open(std::path::Path::new(":memory:"), clock()).unwrap();
    assert!(other.list_nodes().unwrap().is_empty());
}

/// A ledger written by schema 1 gets its audit head from the log as it
/// stands when migration 2 runs, and verifies.
#[test]
fn sqlite_upgrade_from_schema_1_starts_head_at_the_log_end() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("l.sqlite");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(include_str!("../../src/schema_sqlite.sql"))
            .unwrap();
        c.execute_batch("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_migrations VALUES (1, 'initial', '0');").unwrap();
        let mut prev: Option<(i64, String)> = None;
        for i in 0..5 {
            let e = leasegate_ledger::AuditEntry::next(
                prev.as_ref().map(|(s, h)| (*s, h.as_str())),
                "2026-03-01T00:00:00Z".into(),
                "old",
                "note",
                "x",
                format!("{{\"i\":{i}}}"),
            );
            c.execute(
                "INSERT INTO audit_log (seq, at, actor, action, subject, change, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                rusqlite::params![e.seq, e.at, e.actor, e.action, e.subject, e.change, e.prev_hash, e.hash],
            )
            .unwrap();
            prev = Some((e.seq, e.hash));
        }
    }
    let s = SqliteStore::open_unmigrated(&path, clock()).unwrap();
    assert_eq!(s.migrate().unwrap(), all_migrations()[1..].to_vec());
    assert_eq!(s.audit_verify().unwrap().entries, 5);
    setup(&s, &[("n1", 8)]);
    // Site, node, price, two customers.
    assert_eq!(s.audit_verify().unwrap().entries, 10);
}

/// A PostgreSQL ledger written by schema 2 keeps its bookings through
/// migration 3 (integer GPU keys) and the database still refuses overlap,
/// for rows written by the store and for raw rows that leave the key out.
#[test]
fn pg_upgrade_to_schema_3_keeps_bookings_exclusive() {
    let Some(url) = pg_url() else { return };
    let schema = format!("lg_test_up3_{}", std::process::id());
    let r = std::panic::catch_unwind(|| {
        let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
        // Under the migration lock: other tests migrate at the same time,
        // and on a fresh database their CREATE EXTENSION races this one.
        c.batch_execute(&format!(
            "BEGIN; SELECT pg_advisory_xact_lock({lock}); \
             CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public; COMMIT; \
             CREATE SCHEMA {schema}; SET search_path TO {schema}, public;",
            lock = leasegate_store::PG_MIGRATION_LOCK
        ))
        .unwrap();
        c.batch_execute(include_str!("../../src/schema_pg.sql"))
            .unwrap();
        c.batch_execute(include_str!("../../src/schema_pg_2.sql"))
            .unwrap();
        let t = T0.unix_timestamp();
        c.batch_execute(&format!(
            "CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL); \
             INSERT INTO schema_migrations VALUES (1, 'initial', '0'), (2, 'audit_head', '0'); \
             INSERT INTO sites VALUES ('s1', '{{}}'); \
             INSERT INTO nodes VALUES ('n1', 's1', 'a100', 2, 'available', '{{}}'); \
             INSERT INTO gpus VALUES ('n1', 0, NULL), ('n1', 1, NULL); \
             INSERT INTO customers VALUES ('acme', '{{}}'); \
             INSERT INTO leases VALUES (1, 'ls-old', 'acme', 'a100', 'approved', {t}, {e}, '{{}}'); \
             INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active) \
             VALUES ('ls-old', 'n1', 1, {t}, {e}, {e}, 1);",
            e = t + 3600
        ))
        .unwrap();
        let s = PgStore::open_unmigrated(&url, Some(&schema), clock()).unwrap();
        assert_eq!(s.migrate().unwrap(), pg_migrations()[2..].to_vec());
        let keyed: i64 = c
            .query_one(
                "SELECT COUNT(*) FROM allocations a JOIN gpus g ON g.key = a.gpu_key \
                 AND g.node_id = a.node_id AND g.gpu_index = a.gpu_index",
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(keyed, 1, "the old booking got its GPU's key");
        let overlap = format!(
            "INSERT INTO leases VALUES (2, 'ls-raw', 'acme', 'a100', 'approved', {t}, {e}, '{{}}'); \
             INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active) \
             VALUES ('ls-raw', 'n1', 1, {s0}, {e}, {e}, 1);",
            e = t + 3600,
            s0 = t + 60
        );
        let err = c.batch_execute(&overlap).unwrap_err();
        assert_eq!(
            err.as_db_error().map(|d| d.constraint()),
            Some(Some("allocations_no_overlap")),
            "{err}"
        );
        // A raw row naming a GPU with another GPU's key is refused too.
        let err = c
            .batch_execute(&format!(
                "INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active, gpu_key) \
                 SELECT 'ls-old', 'n1', 0, {t2}, {e2}, {e2}, 1, key FROM gpus WHERE gpu_index = 1",
                t2 = t + 7200,
                e2 = t + 9000
            ))
            .unwrap_err();
        assert_eq!(
            err.as_db_error().map(|d| d.constraint()),
            Some(Some("allocations_gpu_key_fkey")),
            "{err}"
        );
        // The store books the free GPU and nothing else.
        let op = Op::new("test");
        s.set_price(
            &op,
            leasegate_ledger::PriceInput {
                chip: leasegate_ledger::ChipId::parse("a100").unwrap(),
                currency: leasegate_core::Currency::USD,
                on_demand: leasegate_core::Money::parse_decimal("1", leasegate_core::Currency::USD)
                    .unwrap(),
                reserved: None,
                interruptible_floor: None,
                term_discounts: vec![],
            },
        )
        .unwrap();
        s.add_customer(
            &op,
            leasegate_ledger::Customer {
                id: leasegate_ledger::CustomerId::parse("beta").unwrap(),
                name: "Beta".into(),
                country: leasegate_core::CountryCode::parse("US").unwrap(),
                auto_suspend: false,
                credit: None,
            },
        )
        .unwrap();
        let l = s
            .create_lease(&op, &req("beta", 1, 0, 1, LeaseKind::OnDemand), &ApproveAll)
            .unwrap();
        assert_eq!(l.allocations[0].gpu_index, 0);
        let e = s
            .create_lease(&op, &req("beta", 1, 0, 1, LeaseKind::OnDemand), &ApproveAll)
            .unwrap_err();
        assert_eq!(leasegate_core::ErrorCode::code(&e), "no_capacity");
    });
    let mut c = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .unwrap();
    if let Err(p) = r {
        std::panic::resume_unwind(p);
    }
}
