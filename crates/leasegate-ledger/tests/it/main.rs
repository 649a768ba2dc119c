//! Integration tests for leasegate-ledger: one binary per crate.

mod props;
