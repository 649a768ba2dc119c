//! Damaged inputs: what was readable is kept, the damage is reported, and a
//! file that is no list at all is refused without touching the store.

use leasegate_lists::store::AsOfFrom;
use leasegate_lists::{parse_bytes, ListError, ListStore};
use std::io::Write;

const SDN_XML: &[u8] = include_bytes!("../fixtures/sdn.xml");
const CSL_2022: &[u8] = include_bytes!("../fixtures/csl_2022.csv");
const UN: &[u8] = include_bytes!("../fixtures/un.xml");

fn gzip(b: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(b).unwrap();
    enc.finish().unwrap()
}

#[test]
fn xml_truncated_mid_record_keeps_earlier_records() {
    let full = parse_bytes(SDN_XML).unwrap();
    let text = std::str::from_utf8(SDN_XML).unwrap();
    // Cut in the middle of the fourth <sdnEntry>.
    let fourth = text.match_indices("<sdnEntry>").nth(3).unwrap().0;
    let cut = &SDN_XML[..fourth + 40];
    let p = parse_bytes(cut).unwrap();
    assert_eq!(p.entries.len(), 3);
    assert_eq!(p.entries[..], full.entries[..3]);
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].record, 4);
    assert!(
        p.errors[0].message.contains("records before it were kept"),
        "{}",
        p.errors[0]
    );
}

#[test]
fn truncated_gzip_keeps_what_decompressed() {
    let gz = gzip(UN);
    let cut = &gz[..gz.len() * 3 / 4];
    let p = parse_bytes(cut).unwrap();
    let full = parse_bytes(UN).unwrap();
    assert!(!p.entries.is_empty() && p.entries.len() < full.entries.len());
    assert_eq!(p.entries[..], full.entries[..p.entries.len()]);
    assert!(
        p.errors.iter().any(|e| e.message.contains("gzip")),
        "{:?}",
        p.errors
    );
}

#[test]
fn bad_csv_record_is_reported_and_the_rest_kept() {
    let text = std::str::from_utf8(CSL_2022).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    // Replace the 3rd record (line 4) with a row of the wrong width.
    lines[3] = "abc,only three,fields";
    let bad = lines.join("\n");
    let p = parse_bytes(bad.as_bytes()).unwrap();
    let full = parse_bytes(CSL_2022).unwrap();
    assert_eq!(p.entries.len(), full.entries.len() - 1);
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].record, 3);
    assert_eq!(p.errors[0].line, Some(4));
}

#[test]
fn record_without_name_is_an_error_not_a_rejection() {
    let text = std::str::from_utf8(SDN_XML).unwrap();
    let bad = text.replacen("<lastName>AEROCARIBBEAN AIRLINES</lastName>", "", 1);
    let p = parse_bytes(bad.as_bytes()).unwrap();
    assert_eq!(p.errors.len(), 1);
    assert_eq!(p.errors[0].record, 1);
    assert_eq!(
        p.entries.len(),
        parse_bytes(SDN_XML).unwrap().entries.len() - 1
    );
}

#[test]
fn not_a_list_leaves_the_store_untouched() {
    for junk in [
        &b"just some text\n"[..],
        b"",
        b"<html><body>hi</body></html>",
        b"{\"foo\": 1}",
        b"a,b,c\n1,2,3\n",
    ] {
        let e = parse_bytes(junk).unwrap_err();
        assert!(matches!(e, ListError::NotAList(_)), "{junk:?}: {e}");
        assert_eq!(leasegate_core::ErrorCode::code(&e), "not_a_list");
    }
    let e = parse_bytes(&gzip(b"not a list")).unwrap_err();
    assert!(matches!(e, ListError::NotAList(_)));

    let dir = tempfile::tempdir().unwrap();
    let store = ListStore::open(dir.path()).unwrap();
    let p = parse_bytes(CSL_2022).unwrap();
    store
        .import(
            &p,
            time::macros::date!(2022 - 04 - 21),
            AsOfFrom::Flag,
            vec![],
        )
        .unwrap();
    let before = store.load("us_csl", 1).unwrap();
    assert!(parse_bytes(b"garbage").is_err());
    assert_eq!(store.versions("us_csl").unwrap().len(), 1);
    assert_eq!(store.load("us_csl", 1).unwrap(), before);
}
