//! Integration tests for leasegate-store: one binary per crate.
//!
//! The conformance suite is written once, generic over a [`harness::Harness`],
//! and instantiated for SQLite (always) and PostgreSQL (when
//! `LEASEGATE_TEST_PG_URL` is set; otherwise each PostgreSQL test prints a
//! notice and passes, and `scripts/test.sh` prints the SKIPPED banner).

mod api;
mod conformance;
mod harness;
mod sim;
