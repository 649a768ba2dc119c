//! Fuzzes the leasegate-ownership GLEIF API JSON importer directly. Beyond
//! "no panic": a rejection is `malformed_input` naming the file, diagnostics
//! are well formed and every share kept is a valid range.
#![no_main]

use leasegate_core::ErrorCode;
use leasegate_ownership::import::{parse, Format};
use leasegate_ownership::model::Dataset;
use libfuzzer_sys::fuzz_target;

include!("own_common.rs");

const NAME: &str = "fuzz.json";

fuzz_target!(|data: &[u8]| {
    let (mut out, mut diags) = (Dataset::default(), Vec::new());
    if let Err(e) = parse(Format::Gleif, NAME, data, &mut out, &mut diags) {
        assert_eq!(e.code(), "malformed_input");
        assert!(e.to_string().contains(NAME));
        return;
    }
    for d in &diags {
        check_diag_shape(d);
    }
    for e in &out.ownership {
        assert!(e.share.min() <= e.share.max(), "inverted share kept");
    }
});
