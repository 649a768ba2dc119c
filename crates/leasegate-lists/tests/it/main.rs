//! Integration tests for leasegate-lists: parsers on real excerpts
//! (`tests/fixtures/`, see its README), corrupt inputs, the store and diff.

mod corrupt;
mod csl;
mod parsers;
mod props;
mod store;
