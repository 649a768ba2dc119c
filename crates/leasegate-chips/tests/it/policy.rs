use leasegate_chips::{
    parse_date, Catalog, ChipClass, CountryGroups, Policy, RentalOutcome, Requirement, ReviewPolicy,
};
use leasegate_core::CountryCode;

fn setup() -> (Catalog, Policy) {
    (Catalog::embedded().unwrap(), Policy::embedded().unwrap())
}
fn cc(s: &str) -> CountryCode {
    CountryCode::parse(s).unwrap()
}
fn chip(c: &Catalog, id: &str) -> ChipClass {
    let class = ChipClass::from_accelerator(c.get(id).unwrap()).unwrap();
    assert_eq!(c.chip_class(id).unwrap(), class);
    class
}
fn d(s: &str) -> time::Date {
    parse_date(s).unwrap()
}

#[test]
fn licence_rules() {
    let (c, p) = setup();
    let h100 = chip(&c, "h100-sxm");
    let asof = d("2026-06-01");
    let r = p
        .licence_decision(&h100, cc("CN"), None, None, asof)
        .unwrap();
    // H100 has bandwidth 3350 < 6500 and TPP < 21000: inside the Jan 2026 envelope.
    assert_eq!(r.rule_id, "jan-2026-envelope");
    assert_eq!(
        (r.requirement, r.review),
        (Requirement::Required, Some(ReviewPolicy::CaseByCase))
    );
    assert!(r.citation.contains("91 FR 1684"));
    // Before the envelope: presumption of denial.
    let r = p
        .licence_decision(&h100, cc("CN"), None, None, d("2025-06-01"))
        .unwrap();
    assert_eq!(r.rule_id, "d5-macau-destination");
    assert_eq!(r.review, Some(ReviewPolicy::PresumptionOfDenial));
    // B200 is outside the envelope.
    let r = p
        .licence_decision(&chip(&c, "b200"), cc("CN"), None, None, asof)
        .unwrap();
    assert_eq!(r.rule_id, "d5-macau-destination");
    // Germany: no licence; German destination for a Chinese-headquartered party: licence.
    assert_eq!(
        p.licence_decision(&h100, cc("DE"), None, None, asof)
            .unwrap()
            .requirement,
        Requirement::NotRequired
    );
    let r = p
        .licence_decision(&h100, cc("DE"), Some(cc("DE")), Some(cc("CN")), asof)
        .unwrap();
    assert_eq!(r.rule_id, "d5-macau-party");
    // Saudi Arabia (D:4): licence, presumption of approval. Israel (D:4 but A:6): none.
    assert_eq!(
        p.licence_decision(&h100, cc("SA"), None, None, asof)
            .unwrap()
            .rule_id,
        "d1-d4-destination"
    );
    assert_eq!(
        p.licence_decision(&h100, cc("IL"), None, None, asof)
            .unwrap()
            .requirement,
        Requirement::NotRequired
    );
    // RTX 4090 (consumer 3A090.a) to China: NAC; to Vietnam (D:1): ACA.
    let rtx = chip(&c, "rtx-4090");
    assert_eq!(
        p.licence_decision(&rtx, cc("CN"), None, None, d("2025-06-01"))
            .unwrap()
            .requirement,
        Requirement::ExceptionNac
    );
    assert_eq!(
        p.licence_decision(&rtx, cc("VN"), None, None, asof)
            .unwrap()
            .requirement,
        Requirement::ExceptionAca
    );
    // H20 to China: is-informed letter; to Germany: nothing.
    let h20 = chip(&c, "h20");
    assert_eq!(
        p.licence_decision(&h20, cc("CN"), None, None, asof)
            .unwrap()
            .rule_id,
        "h20-is-informed"
    );
    assert_eq!(
        p.licence_decision(&h20, cc("CN"), None, None, d("2025-04-08"))
            .unwrap()
            .rule_id,
        "not-3a090"
    );
    // Iran: embargo for anything.
    assert_eq!(
        p.licence_decision(&chip(&c, "l20"), cc("IR"), None, None, asof)
            .unwrap()
            .rule_id,
        "embargoed-destination"
    );
    // Cambodia: D:5 before 3 Feb 2026, D:1 after.
    assert_eq!(
        p.licence_decision(&h100, cc("KH"), None, None, d("2026-02-02"))
            .unwrap()
            .rule_id,
        "d5-macau-destination"
    );
    assert_eq!(
        p.licence_decision(&h100, cc("KH"), None, None, d("2026-02-03"))
            .unwrap()
            .rule_id,
        "d1-d4-destination"
    );
}

#[test]
fn rental_rules() {
    let (c, p) = setup();
    let asof = d("2026-06-01");
    let h100 = chip(&c, "h100-sxm");
    let r = p.rental_decision(&h100, cc("CN"), None, asof).unwrap();
    assert_eq!(r.outcome, RentalOutcome::Deny);
    assert!(!r.citation.is_empty() && !r.reasons.is_empty());
    // Through the ultimate parent.
    let r = p
        .rental_decision(&h100, cc("SG"), Some(cc("MO")), asof)
        .unwrap();
    assert_eq!(
        (r.outcome, r.rule_id.as_str()),
        (RentalOutcome::Deny, "rental-d5-macau-party-3a090")
    );
    assert!(
        r.reasons
            .iter()
            .any(|x| x.contains("ultimate parent HQ MO")),
        "{:?}",
        r.reasons
    );
    assert_eq!(
        p.rental_decision(&h100, cc("US"), None, asof)
            .unwrap()
            .outcome,
        RentalOutcome::Allow
    );
    assert_eq!(
        p.rental_decision(&chip(&c, "l20"), cc("CN"), None, asof)
            .unwrap()
            .outcome,
        RentalOutcome::Review
    );
    assert_eq!(
        p.rental_decision(&h100, cc("AE"), None, asof)
            .unwrap()
            .outcome,
        RentalOutcome::Review
    );
    assert_eq!(
        p.rental_decision(&h100, cc("CU"), None, asof)
            .unwrap()
            .outcome,
        RentalOutcome::Deny
    );
    assert_eq!(
        p.rental_decision(&chip(&c, "ascend-910b"), cc("DE"), None, asof)
            .unwrap()
            .rule_id,
        "rental-ascend-gp10"
    );
}

#[test]
fn switches_change_outcomes_without_code() {
    let c = Catalog::embedded().unwrap();
    let text = leasegate_chips::policy::EMBEDDED_POLICY
        .replace(
            "[switches.ai_diffusion_tiers]\nenabled = false",
            "[switches.ai_diffusion_tiers]\nenabled = true",
        )
        .replace(
            "[switches.rental_follows_jan2026_envelope]\nenabled = false",
            "[switches.rental_follows_jan2026_envelope]\nenabled = true",
        );
    let p = Policy::parse(&text, "test", CountryGroups::embedded().unwrap()).unwrap();
    let asof = d("2026-06-01");
    let h100 = chip(&c, "h100-sxm");
    // Diffusion tiers: Brazil is outside Tier 1.
    let r = p
        .licence_decision(&h100, cc("BR"), None, None, asof)
        .unwrap();
    assert_eq!(r.rule_id, "ai-diffusion-tier2");
    assert!(r
        .reasons
        .iter()
        .any(|x| x.contains("switch ai_diffusion_tiers")));
    assert_eq!(
        p.rental_decision(&h100, cc("BR"), None, asof)
            .unwrap()
            .outcome,
        RentalOutcome::Review
    );
    // Rental envelope: H100 for a Chinese customer becomes review; B200 stays deny.
    assert_eq!(
        p.rental_decision(&h100, cc("CN"), None, asof)
            .unwrap()
            .outcome,
        RentalOutcome::Review
    );
    assert_eq!(
        p.rental_decision(&chip(&c, "b200"), cc("CN"), None, asof)
            .unwrap()
            .outcome,
        RentalOutcome::Deny
    );
    // Affiliates rule: suspended in 2026 until 10 Nov.
    assert!(!p.switch_active("affiliates_rule", asof));
    assert!(p.switch_active("affiliates_rule", d("2026-11-10")));
    assert!(p.switch_active("affiliates_rule", d("2025-10-01")));
}

#[test]
fn bad_policy_files_are_refused() {
    let g = || CountryGroups::embedded().unwrap();
    let base = leasegate_chips::policy::EMBEDDED_POLICY;
    assert!(Policy::parse(
        &base.replace("\"E:1\", \"E:2\"]\nrequirement", "\"E:9\"]\nrequirement"),
        "t",
        g()
    )
    .is_err());
    assert!(Policy::parse(
        &base.replace("switch = \"ai_diffusion_tiers\"", "switch = \"nope\""),
        "t",
        g()
    )
    .is_err());
    let no_default = base
        .split("[[rental_rules]]\nid = \"rental-default-allow\"")
        .next()
        .unwrap();
    assert!(Policy::parse(no_default, "t", g()).is_err());
}
