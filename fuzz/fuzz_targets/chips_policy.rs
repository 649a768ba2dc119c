//! Fuzzes the leasegate-chips policy TOML loader from a string (with the
//! embedded country groups). Beyond "no panic": a rejected file is
//! `invalid_data` naming the file, and an accepted policy answers rental and
//! licence questions for every embedded chip without panicking.
#![no_main]

use std::sync::OnceLock;

use leasegate_chips::{parse_date, Catalog, ChipClass, CountryGroups, Policy};
use leasegate_core::{CountryCode, ErrorCode};
use libfuzzer_sys::fuzz_target;

const FILE: &str = "fuzz-policy.toml";

struct Fixed {
    groups: CountryGroups,
    chips: Vec<ChipClass>,
}

fn fixed() -> &'static Fixed {
    static F: OnceLock<Fixed> = OnceLock::new();
    F.get_or_init(|| {
        let cat = Catalog::embedded().expect("embedded catalog");
        Fixed {
            groups: CountryGroups::embedded().expect("embedded groups"),
            chips: cat
                .chips
                .iter()
                .filter_map(|a| ChipClass::from_accelerator(a).ok())
                .collect(),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let f = fixed();
    let policy = match Policy::parse(text, FILE, f.groups.clone()) {
        Ok(p) => p,
        Err(e) => {
            assert_eq!(e.code(), "invalid_data");
            assert!(e.to_string().contains(FILE));
            return;
        }
    };
    let as_of = parse_date("2025-06-01").expect("fixed date");
    let cn = CountryCode::parse("CN").expect("CN");
    let us = CountryCode::parse("US").expect("US");
    for chip in &f.chips {
        let _ = policy.rental_decision(chip, cn, Some(us), as_of);
        let _ = policy.rental_decision(chip, us, None, as_of);
    }
    let _ = policy.switch_active("", as_of);
});
