//! Integration tests for leasegate-ownership: one binary per crate.
