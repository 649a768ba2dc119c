use leasegate_lists::store::AsOfFrom;
use leasegate_lists::{parse_bytes, stale_warning, ListStore};
use time::macros::date;

fn csl_fixture() -> leasegate_lists::Parsed {
    parse_bytes(include_bytes!("../fixtures/csl_2025.csv")).unwrap()
}

#[test]
fn reading_creates_nothing_and_bundled_is_active() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = ListStore::open(&data).unwrap();
    let active = store.active().unwrap();
    assert!(
        !data.exists(),
        "reading the store must not create the data dir"
    );
    assert_eq!(active.sources.len(), 1);
    assert!(active.sources[0].bundled);
    assert_eq!(active.sources[0].version, 0);
    assert_eq!(active.entries.len(), 14_160);
    let w = stale_warning(&active, date!(2022 - 05 - 01));
    assert!(w.is_none());
    let w = stale_warning(&active, date!(2026 - 01 - 01)).unwrap();
    assert!(w.contains("us_csl"), "{w}");
}

#[test]
fn imports_are_versions_and_replace_bundled() {
    let dir = tempfile::tempdir().unwrap();
    let store = ListStore::open(dir.path()).unwrap();
    let p = csl_fixture();
    let v1 = store
        .import(
            &p,
            date!(2025 - 01 - 01),
            AsOfFrom::Flag,
            vec!["a.csv".into()],
        )
        .unwrap();
    let v2 = store
        .import(
            &p,
            date!(2025 - 02 - 01),
            AsOfFrom::Flag,
            vec!["a.csv".into()],
        )
        .unwrap();
    assert_eq!((v1.version, v2.version), (1, 2));
    let active = store.active().unwrap();
    assert_eq!(active.sources.len(), 1);
    assert!(!active.sources[0].bundled);
    assert_eq!(active.sources[0].version, 2);
    assert_eq!(active.sources[0].as_of, date!(2025 - 02 - 01));
    assert_eq!(active.entries.len(), 13);
    assert_eq!(store.load("us_csl", 1).unwrap(), p.entries);
    assert!(store.load("us_csl", 9).is_err());
    // No temp files left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("lists/us_csl"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}
