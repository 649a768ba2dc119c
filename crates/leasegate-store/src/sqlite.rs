//! SQLite backend: one file in the data dir, WAL, `BEGIN IMMEDIATE` writes.

use crate::sql::{NodeCache, Row, Tx, Val};
use crate::{Store, StoreError};
use leasegate_core::Clock;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, ErrorCode as SqlCode};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::Duration;

/// One writer queue per database file in this process. SQLite's busy handler
/// polls, which is unfair under many writers (some wait seconds); threads of
/// one process queue here instead and only other processes poll.
fn writer_gate(path: &Path) -> Arc<FairGate> {
    static GATES: OnceLock<Mutex<HashMap<PathBuf, Arc<FairGate>>>> = OnceLock::new();
    let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let mut m = GATES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    m.entry(key).or_default().clone()
}

/// First come, first served: `std::sync::Mutex` lets the thread that just
/// released it take it again, which starved some writers for hundreds of
/// milliseconds (p99) under 16 clients. Tickets hand the lock over in order.
#[derive(Default)]
struct FairGate {
    /// (next ticket to hand out, ticket now served)
    state: Mutex<(u64, u64)>,
    turn: Condvar,
}

struct GateTurn<'a>(&'a FairGate);

impl FairGate {
    fn enter(&self) -> GateTurn<'_> {
        let mut g = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let ticket = g.0;
        g.0 = g.0.wrapping_add(1);
        while g.1 != ticket {
            g = self.turn.wait(g).unwrap_or_else(|e| e.into_inner());
        }
        GateTurn(self)
    }
}

impl Drop for GateTurn<'_> {
    fn drop(&mut self) {
        let mut g = self.0.state.lock().unwrap_or_else(|e| e.into_inner());
        g.1 = g.1.wrapping_add(1);
        drop(g);
        self.0.turn.notify_all();
    }
}

const BACKEND: &str = "sqlite";

/// (version, name, SQL). Append only; never edit a shipped migration.
const MIGRATIONS: &[(i64, &str, &str)] = &[(1, "initial", include_str!("schema_sqlite.sql"))];

/// Busy-handler attempts before giving up (about 30 s in total).
const BUSY_ATTEMPTS: i32 = 30_000;

/// Waits for the writer lock held by another connection or process. SQLite's
/// default handler sleeps in steps up to 100 ms, which wrecks tail latency
/// with many writers; short sleeps keep the hand-over quick.
fn busy_handler(attempt: i32) -> bool {
    if attempt >= BUSY_ATTEMPTS {
        return false;
    }
    std::thread::sleep(Duration::from_micros(if attempt < 200 { 50 } else { 1000 }));
    true
}

fn db_err(e: rusqlite::Error) -> StoreError {
    if let rusqlite::Error::SqliteFailure(f, msg) = &e {
        if f.code == SqlCode::ConstraintViolation {
            return StoreError::Constraint {
                backend: BACKEND,
                message: msg.clone().unwrap_or_else(|| e.to_string()),
            };
        }
    }
    StoreError::Db {
        backend: BACKEND,
        message: e.to_string(),
    }
}

pub struct SqliteStore {
    conn: Mutex<(Connection, NodeCache)>,
    clock: Arc<dyn Clock>,
    path: PathBuf,
    writers: Arc<FairGate>,
}

struct SqliteTx<'a>(&'a Connection, &'a mut NodeCache);

fn to_value(v: &Val) -> Value {
    match v {
        Val::I(i) => Value::Integer(*i),
        Val::T(s) => Value::Text(s.clone()),
        Val::Null => Value::Null,
    }
}

impl Tx for SqliteTx<'_> {
    fn query(&mut self, sql: &str, params: &[Val]) -> Result<Vec<Row>, StoreError> {
        let mut st = self.0.prepare_cached(sql).map_err(db_err)?;
        let n = st.column_count();
        let mut rows = st
            .query(rusqlite::params_from_iter(params.iter().map(to_value)))
            .map_err(db_err)?;
        let mut out = Vec::new();
        while let Some(r) = rows.next().map_err(db_err)? {
            let mut v = Vec::with_capacity(n);
            for i in 0..n {
                v.push(match r.get_ref(i).map_err(db_err)? {
                    ValueRef::Null => Val::Null,
                    ValueRef::Integer(x) => Val::I(x),
                    ValueRef::Real(x) => Val::I(x as i64),
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        Val::T(String::from_utf8_lossy(t).into_owned())
                    }
                });
            }
            out.push(Row(v));
        }
        Ok(out)
    }

    fn exec(&mut self, sql: &str, params: &[Val]) -> Result<u64, StoreError> {
        let mut st = self.0.prepare_cached(sql).map_err(db_err)?;
        st.execute(rusqlite::params_from_iter(params.iter().map(to_value)))
            .map(|n| n as u64)
            .map_err(db_err)
    }

    fn backend(&self) -> &'static str {
        BACKEND
    }

    fn node_cache(&mut self) -> Option<&mut NodeCache> {
        Some(self.1)
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and applies migrations.
    pub fn open(path: &Path, clock: Arc<dyn Clock>) -> Result<Self, StoreError> {
        let conn = Connection::open(path).map_err(db_err)?;
        conn.busy_handler(Some(busy_handler)).map_err(db_err)?;
        // WAL: readers never block the writer; NORMAL sync is durable across
        // application crashes and loses at most the last commits on power loss.
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(db_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(db_err)?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(db_err)?;
        conn.set_prepared_statement_cache_capacity(64);
        let s = Self {
            conn: Mutex::new((conn, NodeCache::default())),
            clock,
            path: path.to_path_buf(),
            writers: writer_gate(path),
        };
        s.migrate()?;
        Ok(s)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn run(
        &self,
        begin: &str,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut guard = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let (conn, cache) = &mut *guard;
        conn.execute_batch(begin).map_err(db_err)?;
        let r = f(&mut SqliteTx(conn, cache));
        match r {
            Ok(()) => match conn.execute_batch("COMMIT") {
                Ok(()) => Ok(()),
                Err(e) => {
                    let _ = conn.execute_batch("ROLLBACK");
                    Err(db_err(e))
                }
            },
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }
}

impl Store for SqliteStore {
    fn backend(&self) -> &'static str {
        BACKEND
    }
    fn clock(&self) -> &dyn Clock {
        self.clock.as_ref()
    }
    fn migrate(&self) -> Result<Vec<i64>, StoreError> {
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        let mut applied = Vec::new();
        let guard = self.conn.lock().unwrap_or_else(|e| e.into_inner());
        let conn = &guard.0;
        conn.execute_batch("BEGIN IMMEDIATE").map_err(db_err)?;
        let res = (|| {
            conn.execute_batch(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            )
            .map_err(db_err)?;
            let cur: i64 = conn
                .query_row(
                    "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
                    [],
                    |r| r.get(0),
                )
                .map_err(db_err)?;
            if cur > known {
                return Err(StoreError::SchemaTooNew { found: cur, known });
            }
            for (v, name, sql) in MIGRATIONS.iter().filter(|m| m.0 > cur) {
                conn.execute_batch(sql).map_err(db_err)?;
                let at = self.clock.now().unix_timestamp().to_string();
                conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)",
                    (v, name, at),
                )
                .map_err(db_err)?;
                applied.push(*v);
            }
            Ok(())
        })();
        match res {
            Ok(()) => conn.execute_batch("COMMIT").map_err(db_err)?,
            Err(e) => {
                let _ = conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        Ok(applied)
    }
    fn write_tx(
        &self,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let _turn = self.writers.enter();
        self.run("BEGIN IMMEDIATE", f)
    }
    fn read_tx(
        &self,
        f: &mut dyn FnMut(&mut dyn Tx) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        self.run("BEGIN DEFERRED", f)
    }
}
