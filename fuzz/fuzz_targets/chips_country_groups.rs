//! Fuzzes the leasegate-chips country-group TOML loader from a string.
//! Beyond "no panic": a rejected file is `invalid_data` naming the file, and
//! membership queries on an accepted one agree with each other.
#![no_main]

use leasegate_chips::{parse_date, CountryGroups};
use leasegate_core::ErrorCode;
use libfuzzer_sys::fuzz_target;

const FILE: &str = "fuzz-groups.toml";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let groups = match CountryGroups::parse(text, FILE) {
        Ok(g) => g,
        Err(e) => {
            assert_eq!(e.code(), "invalid_data");
            assert!(e.to_string().contains(FILE));
            return;
        }
    };
    let as_of = parse_date("2025-06-01").expect("fixed date");
    for code in ["US", "CN", "MO", "DE", "RU"] {
        let Ok(c) = groups.country(code) else {
            continue;
        };
        if let Ok(names) = groups.groups_of(c, as_of) {
            for n in &names {
                assert!(
                    groups.has_group(n),
                    "groups_of returned unknown group {n:?}"
                );
                assert_eq!(groups.is_member(n, c, as_of), Ok(true), "{code} in {n}");
            }
        }
        let _ = groups.matches("D:1", c, as_of);
        let _ = groups.matches("A:5", c, as_of);
    }
});
