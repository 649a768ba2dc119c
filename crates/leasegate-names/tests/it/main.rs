//! Integration tests for leasegate-names: one binary per crate.

mod bound;
mod korean;
mod metrics;
mod props;
