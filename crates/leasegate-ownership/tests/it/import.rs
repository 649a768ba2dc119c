//! Importers on real excerpts (BODS 0.4, GLEIF) and the CSV diagnostics.

use leasegate_core::Percent;
use leasegate_ownership::import::{self, Format};
use leasegate_ownership::{build_graph, report, Dataset, Resolver, Severity, Status};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn load(files: &[&str]) -> (Dataset, Vec<leasegate_ownership::Diagnostic>) {
    let mut d = Dataset::default();
    let mut diags = Vec::new();
    for f in files {
        import::import(f, &fixture(f), &mut d, &mut diags).unwrap();
    }
    d.merge_entities();
    (d, diags)
}

fn resolve_with(mut d: Dataset, listed: &[(&str, &str)]) -> Resolver {
    for (id, code) in listed {
        d.entities
            .iter_mut()
            .find(|e| e.id == *id)
            .unwrap()
            .listed
            .push(code.to_string());
    }
    let b = build_graph(&d).unwrap();
    assert!(
        b.diagnostics.iter().all(|x| x.severity != Severity::Error),
        "{:?}",
        b.diagnostics
    );
    Resolver::new(b.graph, Percent::whole(50).unwrap()).unwrap()
}

fn st(r: &Resolver, id: &str) -> Status {
    r.status(r.graph().node(id).unwrap())
}

#[test]
fn detects_formats() {
    assert_eq!(
        import::detect("x", &fixture("bods-joint-ownership.json")).unwrap(),
        Format::Bods
    );
    assert_eq!(
        import::detect("x", &fixture("gleif-direct-children.json")).unwrap(),
        Format::Gleif
    );
    assert_eq!(
        import::detect("x", &fixture("gleif-lei-record.json")).unwrap(),
        Format::Gleif
    );
    assert_eq!(
        import::detect("x", &fixture("ftm-ownership.jsonl")).unwrap(),
        Format::FtmLines
    );
    assert_eq!(
        import::detect("x", b"id,name,schema,country,listed\n").unwrap(),
        Format::EntitiesCsv
    );
    assert_eq!(
        import::detect("x", b"owner_id,owned_id,share_min,share_max\n").unwrap(),
        Format::OwnershipCsv
    );
    assert!(import::detect("x", b"hello\n").is_err());
}

#[test]
fn bods_circular_ownership_terminates() {
    let (d, _) = load(&["bods-circular-ownership.json"]);
    assert_eq!(d.entities.len(), 2);
    assert_eq!(d.ownership.len(), 2, "both sides of the cycle are kept");
    let r = resolve_with(d.clone(), &[]);
    assert_eq!(st(&r, "rec-alpha-corp"), Status::Clear);
    let r = resolve_with(d, &[("rec-alpha-corp", "SDN")]);
    assert_eq!(st(&r, "rec-beta-corp"), Status::Covered);
    let x = r.graph().node("rec-beta-corp").unwrap();
    let rep = report::report_one(&r, &[], x);
    assert_eq!(rep.chain, vec!["rec-alpha-corp", "rec-beta-corp"]);
    // Multiplied-through share does not inflate past 100 on the cycle.
    assert_eq!(rep.effective_listed_share, 100.0);
}

#[test]
fn bods_direct_and_joint() {
    let (d, _) = load(&["bods-direct-ownership.json"]);
    assert_eq!(d.ownership.len(), 1);
    assert_eq!(d.ownership[0].share.min(), Percent::whole(75).unwrap());
    assert_eq!(d.control.len(), 1, "votingRights is control, not ownership");
    let r = resolve_with(d, &[("rec-jane-smith-1975", "SDN")]);
    assert_eq!(st(&r, "rec-acme-holdings-ltd"), Status::Covered);

    // Two persons 50/50 in a joint arrangement owning 100% of CHRINON.
    let (d, _) = load(&["bods-joint-ownership.json"]);
    let r = resolve_with(d.clone(), &[("1accb8b18b99", "SDN")]);
    assert_eq!(st(&r, "91b4236a7d89"), Status::Covered);
    assert_eq!(st(&r, "31c55e425764"), Status::Covered);
    assert_eq!(
        d.entities
            .iter()
            .find(|e| e.id == "31c55e425764")
            .unwrap()
            .country
            .as_deref(),
        Some("GB")
    );
}

#[test]
fn bods_indirect_interest_is_never_certain() {
    // Person 1 holds 30% of Company A indirectly (via B, 60%) and an untyped interest in B.
    let (d, diags) = load(&["bods-indirect-ownership.json"]);
    assert!(diags.iter().any(|x| x.code == "indirect_interest"));
    assert!(diags.iter().any(|x| x.code == "untyped_interest"));
    let r = resolve_with(d, &[("c25d4d612c2c", "SDN")]);
    // B: unknown interest from a listed person -> possibly covered; A: 60% from B.
    assert_eq!(st(&r, "d4ab89ea169a"), Status::PossiblyCovered);
    assert_eq!(st(&r, "ad3f6c2fcc9e"), Status::PossiblyCovered);
    // Mixed: direct 50 + indirect 50 for the same pair counts once, as 50.
    let (d, _) = load(&["bods-mixed-ownership.json"]);
    let r = resolve_with(d, &[("53508b65253f", "EL")]);
    assert_eq!(st(&r, "9bfe59b6a869"), Status::Covered);
}

#[test]
fn gleif_consolidation_is_a_majority_of_unknown_size() {
    let (d, diags) = load(&[
        "gleif-direct-children.json",
        "gleif-direct-parent.json",
        "gleif-lei-record.json",
    ]);
    assert!(diags.is_empty(), "{diags:?}");
    let e = d
        .ownership
        .iter()
        .find(|e| e.owner == "5299001ERX0K10IZUL40")
        .unwrap();
    assert_eq!(
        e.share.min(),
        Percent::from_units(50 * Percent::SCALE + 1).unwrap()
    );
    assert_eq!(e.share.max(), Percent::HUNDRED);
    let bb = d
        .entities
        .iter()
        .find(|e| e.id == "5493001KJTIIGC8Y1R12")
        .unwrap();
    assert_eq!(bb.name, "Bloomberg Finance L.P.");
    let child = e.owned.clone();
    let r = resolve_with(d, &[("5299001ERX0K10IZUL40", "EL")]);
    assert_eq!(st(&r, &child), Status::Covered);
}

#[test]
fn ftm_lines() {
    let (d, diags) = load(&["ftm-ownership.jsonl"]);
    assert_eq!(d.entities.len(), 3);
    assert_eq!(d.ownership.len(), 3);
    assert_eq!(d.control.len(), 1);
    assert!(diags
        .iter()
        .any(|x| x.code == "invalid_share" && x.location.ends_with(":8")));
    let r = resolve_with(d, &[("p-1", "SDN")]);
    assert_eq!(st(&r, "co-a"), Status::PossiblyCovered);
    assert_eq!(st(&r, "co-b"), Status::PossiblyCovered);
}

#[test]
fn csv_rows_with_errors_are_named() {
    let mut d = Dataset::default();
    let mut diags = Vec::new();
    let e = b"id,name,schema,country,listed\nL,Listed Co,Company,CN,SDN\nA,A Co,Company,X1,\nA,A again,Company,,\nB,B,Person,,\n";
    let o = b"owner_id,owned_id,share_min,share_max\nL,A,30,\nL,A,40,\nL,B,120,\nL,B,60,50\nX,B,10,\nA,B,80,\nL,B,30,\n";
    import::import("E.csv", e, &mut d, &mut diags).unwrap();
    import::import("O.csv", o, &mut d, &mut diags).unwrap();
    let b = build_graph(&d).unwrap();
    diags.extend(b.diagnostics);
    let codes: Vec<(&str, &str)> = diags
        .iter()
        .map(|x| (x.code, x.location.as_str()))
        .collect();
    assert!(codes.contains(&("invalid_country", "E.csv:3")));
    assert!(codes.contains(&("duplicate_entity", "E.csv:4")));
    assert!(codes.contains(&("invalid_share", "O.csv:4")));
    assert!(codes.contains(&("share_min_above_max", "O.csv:5")));
    assert!(codes.contains(&("unknown_id", "O.csv:6")));
    assert!(codes.contains(&("duplicate_pair", "O.csv:3")));
    assert!(codes.contains(&("shares_over_100", "entity B")));
}
