//! OFAC-guidance style cases for the rule as the issue states it.

use super::{resolver, resolver_t, status};
use leasegate_ownership::report::{self, chain, strictest};
use leasegate_ownership::Status::*;

#[test]
fn two_listed_owners_aggregate() {
    // 25% + 25% by two listed owners: 50% in the aggregate.
    let r = resolver(
        &[("L1", "SDN"), ("L2", "SDN"), ("A", "")],
        &[("L1", "A", "25", ""), ("L2", "A", "25", "")],
    );
    assert_eq!(status(&r, "A"), Covered);
}

#[test]
fn covered_entity_holdings_count_in_full() {
    // Listed owns 50% of A, A owns 50% of B: both covered (not 25% multiplied).
    let r = resolver(
        &[("L", "SDN"), ("A", ""), ("B", "")],
        &[("L", "A", "50", ""), ("A", "B", "50", "")],
    );
    assert_eq!(status(&r, "A"), Covered);
    assert_eq!(status(&r, "B"), Covered);
    let rep = report::report_all(&r, &[]);
    let b = rep.iter().find(|e| e.id == "B").unwrap();
    assert_eq!(b.chain, vec!["L", "A", "B"]);
    assert_eq!(b.effective_listed_share, 25.0);
    assert_eq!(b.lists, vec!["SDN"]);
}

#[test]
fn clear_entity_does_not_pass_through() {
    // Listed owns 40% of A, A owns 100% of B: A clear, B clear.
    let r = resolver(
        &[("L", "SDN"), ("A", ""), ("B", "")],
        &[("L", "A", "40", ""), ("A", "B", "100", "")],
    );
    assert_eq!(status(&r, "A"), Clear);
    assert_eq!(status(&r, "B"), Clear);
    let rep = report::report_all(&r, &[]);
    let a = rep.iter().find(|e| e.id == "A").unwrap();
    assert_eq!(a.red_flags[0].code, "listed_stake_below_threshold");
    let b = rep.iter().find(|e| e.id == "B").unwrap();
    assert_eq!(b.effective_listed_share, 40.0);
    assert_eq!(b.red_flags[0].code, "listed_stake_below_threshold");
}

#[test]
fn exact_threshold_boundary() {
    let r = resolver(
        &[("L", "EL"), ("A", ""), ("B", "")],
        &[("L", "A", "50", ""), ("L", "B", "49.99", "")],
    );
    assert_eq!(status(&r, "A"), Covered);
    assert_eq!(status(&r, "B"), Clear);
    let r = resolver(&[("L", "EL"), ("A", "")], &[("L", "A", "49.99999", "")]);
    assert_eq!(status(&r, "A"), Clear);
}

#[test]
fn configurable_threshold() {
    let r = resolver_t(&[("L", "EL"), ("A", "")], &[("L", "A", "30", "")], "25");
    assert_eq!(status(&r, "A"), Covered);
}

#[test]
fn cycles_terminate_and_do_not_cover_themselves() {
    let r = resolver(
        &[("A", ""), ("B", "")],
        &[("A", "B", "100", ""), ("B", "A", "100", "")],
    );
    assert_eq!(status(&r, "A"), Clear);
    assert_eq!(status(&r, "B"), Clear);
    // A listed stake into the cycle covers both, and chains stay finite.
    let r = resolver(
        &[("L", "SDN"), ("A", ""), ("B", ""), ("C", "")],
        &[
            ("L", "A", "30", ""),
            ("B", "A", "30", ""),
            ("A", "B", "60", ""),
            ("B", "C", "20", ""),
            ("C", "B", "10", ""),
        ],
    );
    assert_eq!(status(&r, "A"), Clear);
    let r = resolver(
        &[("L", "SDN"), ("A", ""), ("B", "")],
        &[
            ("L", "A", "60", ""),
            ("A", "B", "100", ""),
            ("B", "A", "40", ""),
        ],
    );
    assert_eq!(status(&r, "A"), Covered);
    assert_eq!(status(&r, "B"), Covered);
    assert_eq!(chain(&r, r.graph().node("B").unwrap()).len(), 3);
}

#[test]
fn ranges() {
    // Range 40-60: certain 40 < 50, possible 60 >= 50.
    let r = resolver(
        &[("L", "EL"), ("A", ""), ("B", "")],
        &[("L", "A", "40", "60"), ("L", "B", "50", "60")],
    );
    assert_eq!(status(&r, "A"), PossiblyCovered);
    assert_eq!(status(&r, "B"), Covered);
    // A possibly covered owner passes possibility, not certainty.
    let r = resolver(
        &[("L", "EL"), ("A", ""), ("C", "")],
        &[("L", "A", "40", "60"), ("A", "C", "100", "")],
    );
    assert_eq!(status(&r, "C"), PossiblyCovered);
    let rep = report::report_all(&r, &[]);
    let c = rep.iter().find(|e| e.id == "C").unwrap();
    assert_eq!(c.chain, vec!["L", "A", "C"]);
    assert_eq!(c.via[0].status, PossiblyCovered);
}

#[test]
fn unknown_shares_are_possibly_covered() {
    let r = resolver(
        &[("L", "MEU"), ("A", ""), ("B", "")],
        &[("L", "A", "", ""), ("A", "B", "80", "")],
    );
    assert_eq!(status(&r, "A"), PossiblyCovered);
    assert_eq!(status(&r, "B"), PossiblyCovered);
    // Unknown + certain 50 from another listed owner: covered.
    let r = resolver(
        &[("L", "MEU"), ("M", "SDN"), ("A", "")],
        &[("L", "A", "", ""), ("M", "A", "50", "")],
    );
    assert_eq!(status(&r, "A"), Covered);
}

#[test]
fn listed_entities_are_listed_and_strictest_list_applies() {
    let r = resolver(
        &[("L1", "MEU"), ("L2", "SDN"), ("L3", "EL"), ("A", "")],
        &[
            ("L1", "A", "20", ""),
            ("L2", "A", "20", ""),
            ("L3", "A", "20", ""),
            ("A", "L1", "100", ""),
        ],
    );
    assert_eq!(status(&r, "L1"), Listed);
    assert_eq!(status(&r, "A"), Covered);
    let rep = report::report_all(&r, &[]);
    let a = rep.iter().find(|e| e.id == "A").unwrap();
    assert_eq!(a.lists, vec!["MEU", "SDN", "EL"]);
    assert_eq!(a.strictest_list.as_deref(), Some("SDN"));
    assert_eq!(strictest(["MEU", "EL"]), Some("EL"));
}

#[test]
fn shared_director_red_flag() {
    use leasegate_ownership::{build_graph, ControlEdge, ControlRole, Dataset, Entity};
    let mut d = Dataset::default();
    for (id, l) in [("L", "EL"), ("A", ""), ("P", "")] {
        d.entities.push(Entity {
            id: id.into(),
            listed: if l.is_empty() { vec![] } else { vec![l.into()] },
            ..Default::default()
        });
    }
    for x in ["L", "A"] {
        d.control.push(ControlEdge {
            controller: "P".into(),
            controlled: x.into(),
            role: ControlRole::Director,
            source: None,
        });
    }
    let b = build_graph(&d).unwrap();
    let r =
        leasegate_ownership::Resolver::new(b.graph, leasegate_core::Percent::whole(50).unwrap())
            .unwrap();
    let rep = report::report_all(&r, &b.control);
    let a = rep.iter().find(|e| e.id == "A").unwrap();
    assert_eq!(a.status, Clear);
    assert_eq!(a.red_flags.len(), 1);
    assert_eq!(a.red_flags[0].code, "shared_management");
}

#[test]
fn duplicate_pairs_count_once() {
    let r = resolver(
        &[("L", "SDN"), ("A", "")],
        &[("L", "A", "30", ""), ("L", "A", "30", "")],
    );
    assert_eq!(status(&r, "A"), Clear);
}
