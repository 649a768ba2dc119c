//! Fuzzes the leasegate-ownership ownership CSV importer directly (no format
//! detection). Beyond "no panic": every diagnostic and every edge source names
//! a line inside the input, at most one edge per line, and every share kept
//! is a valid range (min <= max).
#![no_main]

use leasegate_ownership::import::{parse, Format};
use leasegate_ownership::model::Dataset;
use libfuzzer_sys::fuzz_target;

include!("own_common.rs");

const NAME: &str = "fuzz.csv";

fuzz_target!(|data: &[u8]| {
    let (mut out, mut diags) = (Dataset::default(), Vec::new());
    if parse(Format::OwnershipCsv, NAME, data, &mut out, &mut diags).is_err() {
        return;
    }
    let bound = csv_line_bound(data);
    let in_input = |loc: &str| {
        let line = line_of(loc, NAME).unwrap_or_else(|| panic!("location {loc:?} has no line"));
        assert!(
            (1..=bound).contains(&line),
            "line {line} outside 1..={bound}"
        );
    };
    for d in &diags {
        check_diag_shape(d);
        in_input(&d.location);
    }
    for e in &out.ownership {
        assert!(e.share.min() <= e.share.max(), "inverted share kept");
        in_input(e.source.as_deref().expect("CSV edges carry their row"));
    }
    for c in &out.control {
        in_input(
            c.source
                .as_deref()
                .expect("CSV control links carry their row"),
        );
    }
    assert!((out.ownership.len() + out.control.len()) as u64 <= bound);
    assert!(out.entities.is_empty());
});
