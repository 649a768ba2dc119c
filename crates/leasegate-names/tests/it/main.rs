//! Integration tests for leasegate-names: one binary per crate.

mod metrics;
mod props;
