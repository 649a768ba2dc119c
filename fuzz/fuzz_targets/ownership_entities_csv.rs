//! Fuzzes the leasegate-ownership entities CSV importer directly (no format
//! detection). Beyond "no panic": every diagnostic names a line inside the
//! input and no more entities come out than the input has lines.
#![no_main]

use leasegate_ownership::import::{parse, Format};
use leasegate_ownership::model::Dataset;
use libfuzzer_sys::fuzz_target;

include!("own_common.rs");

const NAME: &str = "fuzz.csv";

fuzz_target!(|data: &[u8]| {
    let (mut out, mut diags) = (Dataset::default(), Vec::new());
    if parse(Format::EntitiesCsv, NAME, data, &mut out, &mut diags).is_err() {
        return;
    }
    let bound = csv_line_bound(data);
    for d in &diags {
        check_diag_shape(d);
        let line = line_of(&d.location, NAME)
            .unwrap_or_else(|| panic!("location {:?} has no line", d.location));
        assert!(
            (1..=bound).contains(&line),
            "line {line} outside 1..={bound}"
        );
    }
    assert!(out.entities.len() as u64 <= bound);
    assert!(out.ownership.is_empty() && out.control.is_empty());
});
