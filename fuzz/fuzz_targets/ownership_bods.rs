//! Fuzzes the leasegate-ownership BODS 0.4 importer directly (JSON array,
//! single object or JSON lines). Beyond "no panic": diagnostics are well
//! formed, JSON-lines syntax errors name a line inside the input, and every
//! share kept is a valid range.
#![no_main]

use leasegate_ownership::import::{parse, Format};
use leasegate_ownership::model::Dataset;
use libfuzzer_sys::fuzz_target;

include!("own_common.rs");

const NAME: &str = "fuzz.json";

fuzz_target!(|data: &[u8]| {
    let (mut out, mut diags) = (Dataset::default(), Vec::new());
    if parse(Format::Bods, NAME, data, &mut out, &mut diags).is_err() {
        return;
    }
    let lines = std::str::from_utf8(data).map_or(0, |t| t.lines().count() as u64);
    for d in &diags {
        check_diag_shape(d);
        if d.code == "json_syntax" {
            let line = line_of(&d.location, NAME)
                .unwrap_or_else(|| panic!("location {:?} has no line", d.location));
            assert!(
                (1..=lines).contains(&line),
                "line {line} outside 1..={lines}"
            );
        }
    }
    for e in &out.ownership {
        assert!(e.share.min() <= e.share.max(), "inverted share kept");
    }
});
