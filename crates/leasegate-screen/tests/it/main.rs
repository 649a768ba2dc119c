//! Integration tests for leasegate-screen: one binary per crate.

mod fixtures;
mod matching;
mod props;
