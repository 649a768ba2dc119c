//! The store: one [`Store`] trait with SQLite (embedded default) and
//! PostgreSQL implementations.
//!
//! Business operations are written once, as provided methods of [`Store`],
//! against the small [`Tx`] SQL surface; a backend supplies transactions,
//! migrations and the clock. Every mutation runs in one write transaction
//! that also appends its audit entry, so the ledger and its audit log never
//! disagree. Write transactions are serialised (SQLite `BEGIN IMMEDIATE`,
//! PostgreSQL `LOCK TABLE audit_log IN EXCLUSIVE MODE`), which keeps the
//! audit chain linear and makes the allocation read-then-write atomic; the
//! database additionally refuses overlapping bookings by itself (SQLite
//! triggers, PostgreSQL exclusion constraint). Concurrent writers of one
//! process share transactions (group commit, see `group.rs`), each
//! operation in its own savepoint.

mod error;
mod group;
mod ops;
mod pg;
mod sql;
mod sqlite;

pub use error::StoreError;
pub use ops::{
    parse_invoice_id, Availability, Balance, CalendarEntry, LeaseFilter, Op, Store, VerifyReport,
};
pub use pg::{PgStore, MIGRATION_LOCK as PG_MIGRATION_LOCK};
pub use sql::{Row, Tx, Val};
pub use sqlite::SqliteStore;

use leasegate_core::Clock;
use std::path::Path;
use std::sync::Arc;

/// The SQLite file name inside the data dir.
pub const SQLITE_FILE: &str = "leasegate.sqlite";

/// A schema migration, as [`Store::migrate`] reports the ones it applied.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Migration {
    pub version: i64,
    pub name: String,
}

/// Opens the store the CLI asked for: PostgreSQL when a URL is given, else
/// the SQLite file in `data_dir`. Migrations run on open.
pub fn open(
    data_dir: &Path,
    database_url: Option<&str>,
    clock: Arc<dyn Clock>,
) -> Result<Box<dyn Store>, StoreError> {
    match database_url {
        Some(url) => Ok(Box::new(PgStore::open(url, None, clock)?)),
        None => Ok(Box::new(SqliteStore::open(
            &data_dir.join(SQLITE_FILE),
            clock,
        )?)),
    }
}

/// Like [`open`] but applies no migrations, so that a following
/// [`Store::migrate`] reports what it applied (for `leasegate db migrate`).
pub fn open_unmigrated(
    data_dir: &Path,
    database_url: Option<&str>,
    clock: Arc<dyn Clock>,
) -> Result<Box<dyn Store>, StoreError> {
    match database_url {
        Some(url) => Ok(Box::new(PgStore::open_unmigrated(url, None, clock)?)),
        None => Ok(Box::new(SqliteStore::open_unmigrated(
            &data_dir.join(SQLITE_FILE),
            clock,
        )?)),
    }
}

/// Like [`open`] for commands that only read: `None`, creating nothing (no
/// data dir, no file), when there is no SQLite ledger in `data_dir` yet.
/// PostgreSQL always opens.
pub fn open_existing(
    data_dir: &Path,
    database_url: Option<&str>,
    clock: Arc<dyn Clock>,
) -> Result<Option<Box<dyn Store>>, StoreError> {
    match database_url {
        Some(url) => Ok(Some(Box::new(PgStore::open(url, None, clock)?))),
        None => Ok(
            SqliteStore::open_existing(&data_dir.join(SQLITE_FILE), clock)?
                .map(|s| Box::new(s) as Box<dyn Store>),
        ),
    }
}
