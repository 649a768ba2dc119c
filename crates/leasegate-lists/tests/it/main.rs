//! Integration tests for leasegate-lists: one binary per crate.
