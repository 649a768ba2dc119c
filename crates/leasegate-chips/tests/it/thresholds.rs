//! Every threshold: exactly at it is on one side, one thousandth below is on the other.

use leasegate_chips::{classify, ChipSpec, Eccn, Milli, Precision};
use proptest::prelude::*;

/// A chip whose TPP is exactly `tpp_milli` thousandths: INT8 TOPS × 8, so the
/// TPP must be a multiple of 8 thousandths.
fn with_tpp(tpp_milli: u64, die_milli: Option<u64>, dc: bool) -> ChipSpec {
    assert_eq!(tpp_milli % 8, 0);
    ChipSpec {
        tops: [(Precision::Int8, Milli::from_thousandths(tpp_milli / 8))].into(),
        die_area_mm2: die_milli.map(Milli::from_thousandths),
        datacenter: dc,
    }
}

#[test]
fn tpp_4800_exactly_is_controlled_and_4799_9_is_not() {
    let at = ChipSpec {
        tops: [(Precision::Fp16, Milli::whole(300))].into(),
        die_area_mm2: Some(Milli::whole(100_000)),
        datacenter: true,
    };
    let c = classify(&at).unwrap();
    assert_eq!(c.tpp, Milli::whole(4800));
    assert_eq!(c.eccn, Eccn::A);
    // 600 INT8 TOPS is the rule's own example of TPP 4800.
    let int8 = ChipSpec {
        tops: [(Precision::Int8, Milli::whole(600))].into(),
        ..at.clone()
    };
    assert_eq!(classify(&int8).unwrap().eccn, Eccn::A);
    // Via INT8 the nearest TPP below 4800 is 4799.992 (8 × 599.999); 4799.904 = 8 × 599.988.
    let below = ChipSpec {
        tops: [(Precision::Int8, Milli::parse("599.988").unwrap())].into(),
        ..at.clone()
    };
    let c = classify(&below).unwrap();
    assert_eq!(c.tpp.to_string(), "4799.904");
    assert_ne!(c.paragraph, Some("3A090.a.1"));
    // TPP 4799.9 exactly needs 4-bit figures: FP4 1199.975 × 4.
    let fp4 = ChipSpec {
        tops: [(Precision::Fp4, Milli::parse("1199.975").unwrap())].into(),
        ..at
    };
    let c = classify(&fp4).unwrap();
    assert_eq!(c.tpp.to_string(), "4799.9");
    assert_eq!(c.eccn, Eccn::NotControlled); // PD tiny on a huge die
}

#[test]
fn note2_and_nac() {
    // Consumer below 4800: Note 2 even with a high density.
    let c = classify(&with_tpp(4_799_992, Some(100_000), false)).unwrap();
    assert!(c.note2 && c.eccn == Eccn::NotControlled && !c.nac_eligible);
    // Consumer at 4800: 3A090.a and NAC eligible.
    let c = classify(&with_tpp(4_800_000, Some(100_000), false)).unwrap();
    assert!(!c.note2 && c.eccn == Eccn::A && c.nac_eligible);
    // Data centre at 4800: 3A090.a, not NAC eligible.
    let c = classify(&with_tpp(4_800_000, Some(100_000), true)).unwrap();
    assert!(c.eccn == Eccn::A && !c.nac_eligible);
}

/// Die area (thousandths of mm²) giving PD exactly `pd_milli` for `tpp_milli`, if exact.
fn die_for(tpp_milli: u64, pd_milli: u64) -> Option<u64> {
    (tpp_milli * 1000 % pd_milli == 0).then(|| tpp_milli * 1000 / pd_milli)
}

proptest! {
    #[test]
    fn tpp_a1_boundary(steps in 0u64..1_000_000u64) {
        // At or above 4800 on a huge die (PD tiny): 3A090.a.1 ...
        let at = 4_800_000 + steps * 8;
        prop_assert_eq!(classify(&with_tpp(at, Some(10_000_000), true)).unwrap().paragraph, Some("3A090.a.1"));
        // ... and anywhere below it, never .a.1.
        let below = 4_800_000 - 8 - (steps % 100_000) * 8;
        prop_assert_ne!(classify(&with_tpp(below, Some(10_000_000), true)).unwrap().paragraph, Some("3A090.a.1"));
    }

    #[test]
    fn pd_592_boundary(tpp_k in 1600u64..4800u64) {
        // PD exactly 5.92: TPP = 5.92 × area. Pick area so that it is exact: area = TPP / 5.92.
        let tpp = tpp_k * 1000; // a multiple of 8 thousandths
        if let Some(area) = die_for(tpp, 5_920) {
            let c = classify(&with_tpp(tpp, Some(area), true)).unwrap();
            prop_assert_eq!(c.paragraph, Some("3A090.a.2"));
            // One thousandth of mm² more area: PD just below 5.92.
            let c = classify(&with_tpp(tpp, Some(area + 1), true)).unwrap();
            prop_assert_ne!(c.eccn, Eccn::A);
        }
        // Generic: PD ≥ 5.92 ⟺ tpp × 1000 ≥ 5920 × area, whatever the area.
        for area in [tpp * 1000 / 5_920, tpp * 1000 / 5_920 + 1] {
            if area == 0 { continue; }
            let c = classify(&with_tpp(tpp, Some(area), true)).unwrap();
            let exact_at_least = u128::from(tpp) * 1000 >= 5_920u128 * u128::from(area);
            prop_assert_eq!(c.eccn == Eccn::A, exact_at_least);
        }
    }

    #[test]
    fn tpp_1600_boundary(area in 1_000u64..=270_270u64) {
        // With a density far above 5.92, TPP 1600 is .a.2 and 1599.992 is not 3A090.
        let c = classify(&with_tpp(1_600_000, Some(area), true)).unwrap();
        prop_assert_eq!(c.paragraph, Some("3A090.a.2"));
        let c = classify(&with_tpp(1_599_992, Some(area), true)).unwrap();
        prop_assert_eq!(c.eccn, Eccn::NotControlled);
    }

    #[test]
    fn b_boundaries(tpp_k in 2400u64..4800u64) {
        let tpp = tpp_k * 1000;
        // PD exactly 1.6 with 2400 ≤ TPP < 4800: 3A090.b.1; just below 1.6: not 3A090.
        let area = tpp * 1000 / 1_600;
        if tpp * 1000 % 1_600 == 0 {
            prop_assert_eq!(classify(&with_tpp(tpp, Some(area), true)).unwrap().paragraph, Some("3A090.b.1"));
            prop_assert_eq!(classify(&with_tpp(tpp, Some(area + 1), true)).unwrap().eccn, Eccn::NotControlled);
        }
    }

    #[test]
    fn b2_boundary(tpp_k in 1600u64..2400u64) {
        let tpp = tpp_k * 1000;
        // Below 2400 only .b.2 (PD ≥ 3.2) applies.
        if tpp * 1000 % 3_200 == 0 {
            let area = tpp * 1000 / 3_200;
            prop_assert_eq!(classify(&with_tpp(tpp, Some(area), true)).unwrap().paragraph, Some("3A090.b.2"));
            prop_assert_eq!(classify(&with_tpp(tpp, Some(area + 1), true)).unwrap().eccn, Eccn::NotControlled);
        }
    }

    #[test]
    fn tpp_2400_boundary(pd_milli in 1_600u64..3_200u64) {
        // PD in [1.6, 3.2): TPP 2400 is .b.1, TPP 2399.992 is not 3A090.
        if 2_400_000u64 * 1000 % pd_milli == 0 {
            let area = 2_400_000u64 * 1000 / pd_milli;
            prop_assert_eq!(classify(&with_tpp(2_400_000, Some(area), true)).unwrap().paragraph, Some("3A090.b.1"));
            prop_assert_eq!(classify(&with_tpp(2_399_992, Some(area), true)).unwrap().eccn, Eccn::NotControlled);
        }
    }

    #[test]
    fn monotone_in_tpp(t in 1u64..10_000_000u64, area in 1_000u64..2_000_000u64) {
        // More throughput on the same die never makes a chip less controlled.
        let rank = |e: Eccn| match e { Eccn::NotControlled => 0, Eccn::B => 1, Eccn::A => 2 };
        let a = classify(&with_tpp(t * 8, Some(area), true)).unwrap();
        let b = classify(&with_tpp(t * 8 + 8, Some(area), true)).unwrap();
        prop_assert!(rank(b.eccn) >= rank(a.eccn));
    }
}

#[test]
fn pd_exactly_3_2_below_2400() {
    // TPP 1600, area 500 → PD 3.2 exactly: .b.2; area 500.001 → not.
    assert_eq!(
        classify(&with_tpp(1_600_000, Some(500_000), true))
            .unwrap()
            .paragraph,
        Some("3A090.b.2")
    );
    assert_eq!(
        classify(&with_tpp(1_600_000, Some(500_001), true))
            .unwrap()
            .eccn,
        Eccn::NotControlled
    );
    // TPP 4000, area 2500 → PD 1.6 exactly: .b.1.
    assert_eq!(
        classify(&with_tpp(4_000_000, Some(2_500_000), true))
            .unwrap()
            .paragraph,
        Some("3A090.b.1")
    );
    // TPP 1600, area 270.270 → PD 5.92 (rounded) but exactly 5.9200059... ≥ 5.92: .a.2.
    assert_eq!(
        classify(&with_tpp(1_600_000, Some(270_270), true))
            .unwrap()
            .paragraph,
        Some("3A090.a.2")
    );
    // area 270.271 → 5.91998... < 5.92 although it displays as 5.92.
    let c = classify(&with_tpp(1_600_000, Some(270_271), true)).unwrap();
    assert_eq!(c.performance_density.unwrap().to_string(), "5.92");
    assert_eq!(c.paragraph, Some("3A090.b.2"));
}
