use leasegate_core::{Clock, ManualClock};
use leasegate_store::{PgStore, SqliteStore, Store};
use std::sync::Arc;
use time::macros::datetime;

pub const T0: time::OffsetDateTime = datetime!(2026-03-01 00:00 UTC);

/// A fresh, empty store of one backend plus raw SQL access for tamper tests.
pub trait Harness: Send + Sync {
    type S: Store + 'static;
    fn store(&self) -> &Self::S;
    /// Another client (connection) on the same database, as a separate process would have.
    fn client(&self) -> Self::S;
    fn clock(&self) -> &Arc<ManualClock>;
    /// Runs SQL directly, bypassing the store (an attacker with database access).
    fn raw(&self, sql: &str);
    /// Lets raw SQL edit the append-only audit log.
    fn disable_audit_guard(&self);
}

pub struct SqliteHarness {
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    clock: Arc<ManualClock>,
    store: SqliteStore,
}

impl SqliteHarness {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("leasegate.sqlite");
        let clock = Arc::new(ManualClock::new(T0));
        let store = SqliteStore::open(&path, clock.clone() as Arc<dyn Clock>).unwrap();
        Self {
            _dir: dir,
            path,
            clock,
            store,
        }
    }
}

impl Harness for SqliteHarness {
    type S = SqliteStore;
    fn store(&self) -> &SqliteStore {
        &self.store
    }
    fn client(&self) -> SqliteStore {
        SqliteStore::open(&self.path, self.clock.clone() as Arc<dyn Clock>).unwrap()
    }
    fn clock(&self) -> &Arc<ManualClock> {
        &self.clock
    }
    fn raw(&self, sql: &str) {
        let c = rusqlite::Connection::open(&self.path).unwrap();
        c.execute_batch(sql).unwrap();
    }
    fn disable_audit_guard(&self) {
        self.raw("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;");
    }
}

/// Each PostgreSQL test gets its own schema, dropped when the harness drops
/// (also when the test panics).
pub struct PgHarness {
    url: String,
    schema: String,
    clock: Arc<ManualClock>,
    store: Option<PgStore>,
}

pub fn pg_url() -> Option<String> {
    match std::env::var("LEASEGATE_TEST_PG_URL") {
        Ok(u) if !u.is_empty() => Some(u),
        _ => {
            assert!(
                std::env::var("LEASEGATE_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "LEASEGATE_REQUIRE_POSTGRES=1 but LEASEGATE_TEST_PG_URL is not set"
            );
            eprintln!(
                "NOTICE: LEASEGATE_TEST_PG_URL is not set: PostgreSQL conformance test skipped"
            );
            None
        }
    }
}

impl PgHarness {
    pub fn new() -> Option<Self> {
        let url = pg_url()?;
        let n = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let schema = format!("lg_test_{}_{}", std::process::id(), n % 1_000_000_000_000);
        let clock = Arc::new(ManualClock::new(T0));
        let store = PgStore::open(&url, Some(&schema), clock.clone() as Arc<dyn Clock>).unwrap();
        Some(Self {
            url,
            schema,
            clock,
            store: Some(store),
        })
    }
}

impl Drop for PgHarness {
    fn drop(&mut self) {
        self.store.take();
        if let Ok(mut c) = postgres::Client::connect(&self.url, postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
    }
}

impl Harness for PgHarness {
    type S = PgStore;
    fn store(&self) -> &PgStore {
        self.store.as_ref().unwrap()
    }
    fn client(&self) -> PgStore {
        PgStore::open(
            &self.url,
            Some(&self.schema),
            self.clock.clone() as Arc<dyn Clock>,
        )
        .unwrap()
    }
    fn clock(&self) -> &Arc<ManualClock> {
        &self.clock
    }
    fn raw(&self, sql: &str) {
        let mut c = postgres::Client::connect(&self.url, postgres::NoTls).unwrap();
        c.batch_execute(&format!(
            "SET search_path TO {}, public; {sql}",
            self.schema
        ))
        .unwrap();
    }
    fn disable_audit_guard(&self) {
        self.raw("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;");
    }
}
