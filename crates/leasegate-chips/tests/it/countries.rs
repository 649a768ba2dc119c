use leasegate_chips::{parse_date, ChipsError, CountryGroups};
use leasegate_core::ErrorCode;

#[test]
fn country_groups_as_of_two_dates() {
    let g = CountryGroups::embedded().unwrap();
    let kh = g.country("KH").unwrap();
    let before = parse_date("2026-01-15").unwrap();
    let after = parse_date("2026-03-01").unwrap();
    assert!(g
        .groups_of(kh, before)
        .unwrap()
        .contains(&"D:5".to_string()));
    assert!(!g.groups_of(kh, after).unwrap().contains(&"D:5".to_string()));
    let cn = g.country("cn").unwrap();
    assert_eq!(g.groups_of(cn, after).unwrap(), vec!["D:1", "D:4", "D:5"]);
    let mo = g.country("MO").unwrap();
    assert!(g
        .groups_of(mo, after)
        .unwrap()
        .contains(&"Macau".to_string()));
    let il = g.country("IL").unwrap();
    assert!(g.is_member("A:6", il, after).unwrap() && g.is_member("D:4", il, after).unwrap());
    // AI:1 tier exists only from 15 Jan 2025.
    let us = g.country("US").unwrap();
    assert!(!g
        .is_member("AI:1", us, parse_date("2025-01-14").unwrap())
        .unwrap());
    assert!(g
        .is_member("AI:1", us, parse_date("2025-01-15").unwrap())
        .unwrap());
}

#[test]
fn unknown_country_and_old_dates_are_refused() {
    let g = CountryGroups::embedded().unwrap();
    assert_eq!(g.country("ZZ").unwrap_err().code(), "unknown_country");
    assert_eq!(g.country("China").unwrap_err().code(), "unknown_country");
    let e = g
        .groups_of(g.country("CN").unwrap(), parse_date("2024-12-31").unwrap())
        .unwrap_err();
    assert!(matches!(e, ChipsError::DateOutOfRange { .. }));
}
