//! Fuzzes the leasegate-ownership entry point: format detection, then the
//! detected importer. Beyond "no panic": detection depends on content only
//! (never the file name), `import` reports the format `detect` found, and
//! importing is deterministic.
#![no_main]

use leasegate_core::ErrorCode;
use leasegate_ownership::import::{detect, import};
use leasegate_ownership::model::Dataset;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let a = detect("a.csv", data).map_err(|e| e.code());
    let b = detect("b.json", data).map_err(|e| e.code());
    assert_eq!(a, b, "detection must not depend on the file name");

    let (mut out, mut diags) = (Dataset::default(), Vec::new());
    let got = import("a.csv", data, &mut out, &mut diags);
    if let (Ok(f), Ok(d)) = (&got, &a) {
        assert_eq!(f, d);
    }
    if a.is_err() {
        assert!(got.is_err(), "import succeeded where detect failed");
    }

    let (mut out2, mut diags2) = (Dataset::default(), Vec::new());
    let again = import("a.csv", data, &mut out2, &mut diags2);
    assert_eq!(got.map_err(|e| e.code()), again.map_err(|e| e.code()));
    assert_eq!(out, out2, "import is not deterministic");
    assert_eq!(diags.len(), diags2.len());
});
