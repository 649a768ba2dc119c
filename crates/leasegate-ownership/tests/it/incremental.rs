//! Property tests: incremental updates equal full recomputation; the rule is
//! monotone in listings and shares.

use leasegate_core::Percent;
use leasegate_ownership::{Change, GraphBuilder, Resolver, Share, Status};
use proptest::prelude::*;

const N: u32 = 10;

fn share_strategy() -> impl Strategy<Value = Share> {
    prop_oneof![
        Just(Share::UNKNOWN),
        (0u32..=100).prop_map(|p| Share::exact(Percent::whole(p).unwrap())),
        (0u32..=100, 0u32..=100).prop_map(|(a, b)| Share::range(
            Percent::whole(a.min(b)).unwrap(),
            Percent::whole(a.max(b)).unwrap()
        )
        .unwrap()),
        // Around the threshold.
        (4_999_000u32..=5_000_000).prop_map(|u| Share::exact(Percent::from_units(u).unwrap())),
    ]
}

#[derive(Clone, Debug)]
struct G {
    listed: Vec<(u32, u8)>,
    edges: Vec<(u32, u32, Share)>,
}

fn graph_strategy() -> impl Strategy<Value = G> {
    (
        prop::collection::vec((0..N, 0u8..3), 0..4),
        prop::collection::vec((0..N, 0..N, share_strategy()), 0..25),
    )
        .prop_map(|(listed, edges)| G { listed, edges })
}

const CODES: [&str; 3] = ["SDN", "EL", "MEU"];

fn build(g: &G) -> Resolver {
    let mut b = GraphBuilder::new();
    for i in 0..N {
        b.node(&format!("N{i}")).unwrap();
    }
    for &(x, c) in &g.listed {
        b.list(x, CODES[c as usize]).unwrap();
    }
    for &(o, y, s) in &g.edges {
        b.edge(o, y, s).unwrap();
    }
    Resolver::new(b.build(), Percent::whole(50).unwrap()).unwrap()
}

fn change_strategy() -> impl Strategy<Value = Change> {
    let id = (0..N + 2).prop_map(|i| format!("N{i}"));
    prop_oneof![
        (id.clone(), id.clone(), share_strategy()).prop_map(|(owner, owned, share)| {
            Change::SetEdge {
                owner,
                owned,
                share,
            }
        }),
        (id.clone(), id.clone()).prop_map(|(owner, owned)| Change::RemoveEdge { owner, owned }),
        (id.clone(), 0usize..3).prop_map(|(id, c)| Change::List {
            id,
            codes: vec![CODES[c].to_string()]
        }),
        id.prop_map(|id| Change::Unlist { id }),
    ]
}

fn snapshot(r: &Resolver) -> Vec<(String, Status, Percent, Percent)> {
    let g = r.graph();
    let mut v: Vec<_> = (0..g.node_count() as u32)
        .map(|x| {
            let (a, b) = r.listed_shares(x);
            (g.id(x).to_string(), r.status(x), a, b)
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn incremental_equals_full(g in graph_strategy(), changes in prop::collection::vec(change_strategy(), 1..12)) {
        let mut r = build(&g);
        for c in changes {
            let before = snapshot(&r);
            let changed = r.apply(c.clone()).unwrap();
            let full = Resolver::new(r.graph().clone(), r.threshold()).unwrap();
            prop_assert_eq!(snapshot(&r), snapshot(&full), "after {:?}", c);
            // The reported changes are exactly the status differences.
            let after = snapshot(&r);
            // A node new in this change counts as having been clear.
            let old = |id: &str| before.iter().find(|b| b.0 == id).map_or(Status::Clear, |b| b.1);
            let diff: Vec<&str> = after.iter().filter(|a| old(&a.0) != a.1).map(|a| a.0.as_str()).collect();
            let mut reported: Vec<&str> = changed.iter().map(|(x, _, _)| r.graph().id(*x)).collect();
            reported.sort_unstable();
            let mut diff = diff;
            diff.sort_unstable();
            prop_assert_eq!(reported, diff);
        }
    }

    #[test]
    fn listing_never_lowers_a_status(g in graph_strategy(), x in 0..N, c in 0usize..3) {
        let mut r = build(&g);
        let before: Vec<Status> = r.statuses().to_vec();
        r.apply(Change::List { id: format!("N{x}"), codes: vec![CODES[c].into()] }).unwrap();
        for (i, s) in before.iter().enumerate() {
            prop_assert!(r.statuses()[i] >= *s);
            if *s == Status::Covered { prop_assert!(r.statuses()[i] != Status::Clear); }
        }
    }

    #[test]
    fn raising_a_share_never_lowers_a_status(g in graph_strategy(), k in 0usize..25, up in 0u32..=100) {
        prop_assume!(!g.edges.is_empty());
        let (o, y, _) = g.edges[k % g.edges.len()];
        let mut r = build(&g);
        let before: Vec<Status> = r.statuses().to_vec();
        let cur = r.graph().edge(o, y).unwrap();
        let add = Percent::whole(up).unwrap().units();
        let raised = Share::from_units((cur.min().units() + add).min(10_000_000), (cur.max().units() + add).min(10_000_000)).unwrap();
        r.apply(Change::SetEdge { owner: format!("N{o}"), owned: format!("N{y}"), share: raised }).unwrap();
        for (i, s) in before.iter().enumerate() {
            prop_assert!(r.statuses()[i] >= *s, "node {} fell from {:?} to {:?}", i, s, r.statuses()[i]);
        }
    }

    #[test]
    fn on_demand_lists_match_propagated(g in graph_strategy()) {
        let r = build(&g);
        let all = leasegate_ownership::report::report_all(&r, &[]);
        for rep in &all {
            let x = r.graph().node(&rep.id).unwrap();
            let one = leasegate_ownership::report::report_one(&r, &[], x);
            prop_assert_eq!(&one.lists, &rep.lists);
            // Every non-clear entity has a chain that starts at a listed entity.
            if rep.status != Status::Clear {
                let first = r.graph().node(&rep.chain[0]).unwrap();
                prop_assert_eq!(r.status(first), Status::Listed);
            }
        }
    }
}

#[test]
fn removing_an_edge_lowers_downstream() {
    let mut r = super::resolver(
        &[("L", "SDN"), ("A", ""), ("B", ""), ("C", "")],
        &[
            ("L", "A", "60", ""),
            ("A", "B", "60", ""),
            ("B", "C", "100", ""),
            ("C", "B", "100", ""),
        ],
    );
    assert_eq!(super::status(&r, "C"), Status::Covered);
    let changed = r
        .apply(Change::RemoveEdge {
            owner: "L".into(),
            owned: "A".into(),
        })
        .unwrap();
    assert_eq!(changed.len(), 3);
    for id in ["A", "B", "C"] {
        assert_eq!(super::status(&r, id), Status::Clear);
    }
    r.apply(Change::List {
        id: "A".into(),
        codes: vec!["EL".into()],
    })
    .unwrap();
    assert_eq!(super::status(&r, "C"), Status::Covered);
    r.apply(Change::Unlist { id: "A".into() }).unwrap();
    assert_eq!(super::status(&r, "C"), Status::Clear);
}
