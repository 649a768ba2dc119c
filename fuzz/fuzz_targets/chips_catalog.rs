//! Fuzzes the leasegate-chips catalog TOML loader from a string. Beyond
//! "no panic": a rejected file is `invalid_data` naming the file; in an
//! accepted one every issue names a distinct record index, no name (id or
//! alias) answers for two chips, every chip is found by its own id, and
//! classifying each accepted chip does not panic.
#![no_main]

use leasegate_chips::Catalog;
use leasegate_core::ErrorCode;
use libfuzzer_sys::fuzz_target;

const FILE: &str = "fuzz-catalog.toml";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (cat, issues) = match Catalog::parse(text, FILE) {
        Ok(x) => x,
        Err(e) => {
            assert_eq!(e.code(), "invalid_data");
            assert!(e.to_string().contains(FILE));
            return;
        }
    };
    let total = cat.chips.len() + issues.len();
    let mut seen = std::collections::BTreeSet::new();
    for i in &issues {
        assert!(
            i.index < total,
            "issue index {} of {total} records",
            i.index
        );
        assert!(seen.insert(i.index), "two issues for record {}", i.index);
        assert!(!i.message.is_empty());
    }
    for (n, c) in cat.chips.iter().enumerate() {
        for name in c.names() {
            for (m, other) in cat.chips.iter().enumerate() {
                assert!(m == n || !other.answers_to(name), "{name:?} is ambiguous");
            }
        }
        assert_eq!(cat.get(&c.id).map(|a| &a.id), Ok(&c.id));
        let _ = c.classify();
        let _ = c.hbm_classification();
        let _ = cat.chip_class(&c.id);
    }
});
