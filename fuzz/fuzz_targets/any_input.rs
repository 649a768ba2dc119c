//! Fuzzes the whole input path: gzip/zip unpacking, format detection and
//! every parser behind it. It must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = leasegate_lists::parse_bytes(data);
});
