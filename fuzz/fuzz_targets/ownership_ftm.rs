//! Fuzzes the leasegate-ownership FollowTheMoney JSON-lines importer
//! directly. Beyond "no panic": every diagnostic names a line inside the
//! input, and at most one record (entity, ownership or control link) comes
//! out per line.
#![no_main]

use leasegate_ownership::import::{parse, Format};
use leasegate_ownership::model::Dataset;
use libfuzzer_sys::fuzz_target;

include!("own_common.rs");

const NAME: &str = "fuzz.jsonl";

fuzz_target!(|data: &[u8]| {
    let (mut out, mut diags) = (Dataset::default(), Vec::new());
    if parse(Format::FtmLines, NAME, data, &mut out, &mut diags).is_err() {
        return;
    }
    let lines = std::str::from_utf8(data).map_or(0, |t| t.lines().count() as u64);
    for d in &diags {
        check_diag_shape(d);
        let line = line_of(&d.location, NAME)
            .unwrap_or_else(|| panic!("location {:?} has no line", d.location));
        assert!(
            (1..=lines).contains(&line),
            "line {line} outside 1..={lines}"
        );
    }
    for e in &out.ownership {
        assert!(e.share.min() <= e.share.max(), "inverted share kept");
    }
    let records = (out.entities.len() + out.ownership.len() + out.control.len()) as u64;
    assert!(records <= lines, "{records} records from {lines} lines");
});
