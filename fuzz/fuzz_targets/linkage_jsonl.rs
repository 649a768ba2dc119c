//! Fuzzes the leasegate-linkage customer JSON-lines parser. Beyond "no
//! panic": every error names a line inside the input, errors come in line
//! order, records plus errors never exceed the input's lines (blank lines
//! give neither), every record has a non-empty id, and the parallel
//! `parse_lines` agrees with `parse_jsonl`.
#![no_main]

use leasegate_linkage::record::MAX_VALUES_PER_ATTRIBUTE;
use leasegate_linkage::{parse_jsonl, parse_lines};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (records, errors) = parse_jsonl(text);
    let lines: Vec<(usize, String)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_string()))
        .collect();
    let non_blank = lines.iter().filter(|(_, l)| !l.trim().is_empty()).count();
    assert_eq!(records.len() + errors.len(), non_blank);
    let mut prev = 0;
    for e in &errors {
        assert!(
            e.line > prev && e.line <= lines.len(),
            "line {} bad",
            e.line
        );
        assert!(!e.message.is_empty());
        prev = e.line;
    }
    for r in &records {
        assert!(!r.id.trim().is_empty(), "record with an empty id");
        for v in [&r.directors, &r.owners, &r.ips, &r.ssh_keys] {
            assert!(v.len() <= MAX_VALUES_PER_ATTRIBUTE);
        }
    }
    let par = parse_lines(&lines);
    let (mut pr, mut pe) = (Vec::new(), Vec::new());
    for x in par.into_iter().flatten() {
        match x {
            Ok(r) => pr.push(r),
            Err(e) => pe.push(e),
        }
    }
    assert_eq!(pr, records, "parse_lines disagrees with parse_jsonl");
    assert_eq!(pe, errors, "parse_lines disagrees with parse_jsonl");
});
