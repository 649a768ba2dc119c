//! Integration tests for leasegate-linkage: one binary per crate.
