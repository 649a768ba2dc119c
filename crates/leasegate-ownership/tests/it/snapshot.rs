//! Snapshot of the resolve JSON (the same records `leasegate ownership resolve` prints).

use leasegate_core::Percent;
use leasegate_ownership::import;
use leasegate_ownership::{build_graph, report, Dataset, Resolver};

#[test]
fn resolve_json_snapshot() {
    let e = b"id,name,schema,country,listed\n\
L1,Listed One,Company,CN,SDN\n\
L2,Listed Two,Company,CN,EL\n\
A,Alpha,Company,HK,\n\
B,Beta,Company,SG,\n\
C,Gamma,Company,AE,\n\
D,Delta,Company,AE,\n\
E,Epsilon,Company,AE,\n\
F,Phi,Company,AE,\n\
P,Pat,Person,CN,\n";
    let o = b"owner_id,owned_id,share_min,share_max,role\n\
L1,A,25,,\n\
L2,A,25,,\n\
A,B,50,,\n\
L1,C,40,,\n\
C,D,100,,\n\
L2,D,,,\n\
L1,E,30,60,\n\
E,F,100,,\n\
F,E,100,,\n\
P,L1,,,director\n\
P,C,,,officer\n";
    let mut d = Dataset::default();
    let mut diags = Vec::new();
    import::import("E.csv", e, &mut d, &mut diags).unwrap();
    import::import("O.csv", o, &mut d, &mut diags).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    let b = build_graph(&d).unwrap();
    let r = Resolver::new(b.graph, Percent::whole(50).unwrap()).unwrap();
    let reports = report::report_all(&r, &b.control);
    insta::assert_json_snapshot!("resolve", reports);
}
