use leasegate_lists::{bundled_csl, parse_bytes, Format, Schema};

#[test]
fn bundled_csl_parses_completely() {
    let p = bundled_csl();
    assert_eq!(p.format, Format::CslCsv);
    assert!(
        p.errors.is_empty(),
        "{:?}",
        &p.errors[..p.errors.len().min(5)]
    );
    assert_eq!(p.entries.len(), 14_160);
    let el = p.entries.iter().filter(|e| e.list == "EL").count();
    assert_eq!(el, 2001);
    let sdn = p.entries.iter().filter(|e| e.list == "SDN").count();
    assert_eq!(sdn, 10_026);
    let hw = p
        .entries
        .iter()
        .find(|e| e.name.starts_with("Huawei Technologies Co., Ltd"))
        .expect("Huawei");
    assert_eq!(hw.list, "EL");
    assert_eq!(hw.schema, Schema::Organization);
    assert!(hw.license_requirement.is_some());
    assert!(hw.countries().iter().any(|c| c.as_str() == "CN"));
}

#[test]
fn csl_2025_quoted_layout() {
    let p = parse_bytes(include_bytes!("../fixtures/csl_2025.csv")).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(p.entries.len(), 13);
    let rim = p.entries.iter().find(|e| e.id == "52291").unwrap();
    assert_eq!(rim.list, "SDN");
    assert_eq!(rim.schema, Schema::Person);
    let pass = rim
        .identifiers
        .iter()
        .find(|i| i.kind == "Passport")
        .unwrap();
    assert_eq!(pass.value, "836238033");
    assert_eq!(pass.country.unwrap().as_str(), "KP");
    let isn = p.entries.iter().find(|e| e.list == "ISN").unwrap();
    assert_eq!(isn.name, "Sinobright Import and Export Company");
}
