//! Integration tests for leasegate-names: one binary per crate.

mod bound;
mod metrics;
mod props;
