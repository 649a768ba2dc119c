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

/// PostgreSQL also drops an index its exclusion constraint makes redundant.
fn pg_migrations() -> Vec<Migration> {
    let mut m = all_migrations();
    m.push(Migration {
        version: 3,
        name: "drop_allocations_gpu".into(),
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
