//! Integration tests for leasegate-names: one binary per crate.
