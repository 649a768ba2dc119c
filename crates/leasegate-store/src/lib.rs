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
//! triggers, PostgreSQL exclusion constraint).

mod error;
mod ops;
mod pg;
mod sql;
mod sqlite;

pub use error::StoreError;
pub use ops::{
    parse_invoice_id, Availability, Balance, CalendarEntry, LeaseFilter, Op, Store, VerifyReport,
};
pub use pg::PgStore;
pub use sql::{Row, Tx, Val};
pub use sqlite::SqliteStore;

use leasegate_core::Clock;
use std::path::Path;
use std::sync::Arc;

/// The SQLite file name inside the data dir.
pub const SQLITE_FILE: &str = "leasegate.sqlite";

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
