//! Fuzzes the CslCsv parser directly (no format detection): it must never
//! panic, whatever the bytes.
#![no_main]

use leasegate_lists::parse::{parse_format, Format};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(parsed) = parse_format(Format::CslCsv, data) {
        // Every error must name a record within what was read.
        for e in &parsed.errors {
            assert!(!e.message.is_empty());
        }
    }
});
