use leasegate_chips::{Catalog, ChipsError, Eccn, Milli};
use leasegate_core::ErrorCode;

fn cat() -> Catalog {
    Catalog::embedded().expect("embedded catalog loads without issues")
}

fn close(a: Milli, b: &str, tol: &str) -> bool {
    let b = Milli::parse(b).unwrap();
    let t = Milli::parse(tol).unwrap();
    a.thousandths().abs_diff(b.thousandths()) <= t.thousandths()
}

#[test]
fn embedded_catalog_has_no_issues_and_required_chips() {
    let (c, issues) =
        Catalog::parse(leasegate_chips::catalog::EMBEDDED_CATALOG, "embedded").unwrap();
    assert!(issues.is_empty(), "{issues:?}");
    for id in [
        "a100-sxm",
        "a100-pcie",
        "a800-sxm",
        "h100-sxm",
        "h100-pcie",
        "h800-sxm",
        "h20",
        "h200-sxm",
        "b200",
        "l40s",
        "l20",
        "l4",
        "rtx-4090",
        "rtx-4090d",
        "mi250x",
        "mi300x",
        "mi325x",
        "ascend-910b",
        "gaudi3",
    ] {
        let chip = c.get(id).unwrap();
        chip.classify().unwrap_or_else(|e| panic!("{id}: {e}"));
        for s in chip.source_ids() {
            assert!(c.source(&s).is_some(), "{id} cites undeclared source {s}");
        }
    }
}

#[test]
fn published_values() {
    let c = cat();
    let a100 = c.get("a100-sxm").unwrap().classify().unwrap();
    assert_eq!(a100.tpp, Milli::whole(4992));
    assert_eq!(a100.eccn, Eccn::A);

    let h100 = c.get("h100-sxm").unwrap().classify().unwrap();
    assert_eq!(h100.tpp, Milli::whole(15832));
    assert_eq!(h100.eccn, Eccn::A);
    assert!(h100.computation.contains("= 15832"), "{}", h100.computation);
    assert!(
        h100.computation.contains("≥ 4800 → 3A090.a.1"),
        "{}",
        h100.computation
    );

    let h20 = c.get("h20").unwrap().classify().unwrap();
    assert_eq!(h20.tpp, Milli::whole(2368));
    assert!(close(h20.performance_density.unwrap(), "2.9", "0.05"));
    assert_eq!(h20.eccn, Eccn::NotControlled);

    let rtx = c.get("rtx-4090").unwrap().classify().unwrap();
    assert!(close(rtx.tpp, "5285", "1"), "{}", rtx.tpp);
    assert_eq!(rtx.eccn, Eccn::A);
    assert!(!rtx.datacenter && rtx.nac_eligible && !rtx.note2);

    let l20 = c.get("l20").unwrap().classify().unwrap();
    assert!(close(l20.tpp, "1912", "1"));
    assert_eq!(l20.eccn, Eccn::NotControlled);

    // Reference values from the rule text and the project's summary.
    let d = c.get("rtx-4090d").unwrap().classify().unwrap();
    assert!(close(d.tpp, "4707", "1") && d.note2 && d.eccn == Eccn::NotControlled);
    assert!(close(
        c.get("h100-pcie").unwrap().classify().unwrap().tpp,
        "12104",
        "1"
    ));
    assert!(close(
        c.get("l40s").unwrap().classify().unwrap().tpp,
        "5863",
        "1"
    ));
    assert!(close(
        c.get("mi300x").unwrap().classify().unwrap().tpp,
        "20900",
        "20"
    ));
    assert_eq!(
        c.get("l4").unwrap().classify().unwrap().paragraph,
        Some("3A090.a.2")
    );
    assert_eq!(
        c.get("ascend-910b").unwrap().classify().unwrap().tpp,
        Milli::whole(5120)
    );
}

#[test]
fn hbm_is_3a090c_and_gddr_is_not() {
    let c = cat();
    assert!(
        c.get("h100-sxm")
            .unwrap()
            .hbm_classification()
            .unwrap()
            .controlled_3a090c
    );
    assert!(c.get("rtx-4090").unwrap().hbm_classification().is_none());
}

#[test]
fn unknown_chip_lists_close_matches() {
    let c = cat();
    assert_eq!(c.get("nvidia-h100-sxm").unwrap().id, "h100-sxm");
    assert_eq!(c.get("H200").unwrap().id, "h200-sxm");
    assert_eq!(c.get("intel-gaudi-3").unwrap().id, "gaudi3");
    let e = cat().get("h100").unwrap_err();
    assert_eq!(e.code(), "unknown_chip");
    let ChipsError::UnknownChip { suggestions, .. } = &e else {
        panic!()
    };
    assert!(
        suggestions.iter().any(|s| s == "h100-sxm"),
        "{suggestions:?}"
    );
    assert!(e.to_string().contains("did you mean"));
}

#[test]
fn snapshot_of_classifications() {
    let c = cat();
    let rows: Vec<serde_json::Value> = c
        .chips
        .iter()
        .map(|a| {
            let k = a.classify().unwrap();
            serde_json::json!({
                "id": a.id, "tpp": k.tpp, "performance_density": k.performance_density,
                "eccn": k.eccn, "paragraph": k.paragraph, "nac_eligible": k.nac_eligible,
                "computation": k.computation,
            })
        })
        .collect();
    insta::assert_json_snapshot!("catalog_classification", rows);
}
