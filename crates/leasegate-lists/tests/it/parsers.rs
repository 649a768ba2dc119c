use leasegate_lists::{detect, parse_bytes, AliasKind, Format, Schema};

const CSL_2022: &[u8] = include_bytes!("../fixtures/csl_2022.csv");
const CSL_JSON: &[u8] = include_bytes!("../fixtures/csl.json");
const SDN_XML: &[u8] = include_bytes!("../fixtures/sdn.xml");
const SDN_CSV: &[u8] = include_bytes!("../fixtures/sdn_csv/sdn.csv");
const ADD_CSV: &[u8] = include_bytes!("../fixtures/sdn_csv/add.csv");
const ALT_CSV: &[u8] = include_bytes!("../fixtures/sdn_csv/alt.csv");
const ENHANCED: &[u8] = include_bytes!("../fixtures/ofac_enhanced.xml");
const UN: &[u8] = include_bytes!("../fixtures/un.xml");
const EU: &[u8] = include_bytes!("../fixtures/eu.xml");
const DPL: &[u8] = include_bytes!("../fixtures/dpl.txt");

#[test]
fn detects_every_format_by_content() {
    assert_eq!(detect(CSL_2022), Some(Format::CslCsv));
    assert_eq!(
        detect(include_bytes!("../fixtures/csl_2025.csv")),
        Some(Format::CslCsv)
    );
    assert_eq!(detect(CSL_JSON), Some(Format::CslJson));
    assert_eq!(detect(SDN_XML), Some(Format::OfacSdnXml));
    assert_eq!(detect(SDN_CSV), Some(Format::OfacSdnCsv));
    assert_eq!(detect(ENHANCED), Some(Format::OfacEnhancedXml));
    assert_eq!(detect(UN), Some(Format::UnXml));
    assert_eq!(detect(EU), Some(Format::EuFsfXml));
    assert_eq!(detect(DPL), Some(Format::BisDplTxt));
    assert_eq!(detect(b"hello world"), None);
    assert_eq!(detect(b"<html><body/></html>"), None);
}

#[test]
fn csl_2022_fields() {
    let p = parse_bytes(CSL_2022).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    let hw = p
        .entries
        .iter()
        .find(|e| e.name.starts_with("Huawei"))
        .unwrap();
    assert_eq!(hw.list, "EL");
    assert!(hw.federal_register.is_some());
    assert!(hw.license_policy.is_some());
    assert!(hw.start_date.is_some());
    assert!(!hw.aliases.is_empty());
    let person = p
        .entries
        .iter()
        .find(|e| e.schema == Schema::Person && !e.identifiers.is_empty())
        .unwrap();
    assert!(person
        .identifiers
        .iter()
        .any(|i| i.kind == "Passport" && i.country.is_some()));
    assert!(p.entries.iter().any(|e| e.schema == Schema::Vessel));
    assert!(p.entries.iter().any(|e| e.schema == Schema::Aircraft));
    // The stray Windows-1252 byte is repaired.
    assert!(p.entries.iter().all(|e| !e.name.contains('\u{92}')));
}

#[test]
fn csl_json_matches_csv() {
    let j = parse_bytes(CSL_JSON).unwrap();
    let c = parse_bytes(CSL_2022).unwrap();
    assert_eq!(j.format, Format::CslJson);
    assert!(j.errors.is_empty(), "{:?}", j.errors);
    assert_eq!(j.entries.len(), 6);
    for e in &j.entries {
        let twin = c.entries.iter().find(|x| x.id == e.id).unwrap();
        assert_eq!(e.name, twin.name);
        assert_eq!(e.list, twin.list);
        assert_eq!(e.aliases, twin.aliases);
        assert_eq!(e.countries(), twin.countries());
    }
}

#[test]
fn sdn_xml_fields() {
    let p = parse_bytes(SDN_XML).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(
        p.as_of.map(|d| d.to_string()).as_deref(),
        Some("2024-05-07")
    );
    let e = &p.entries[0];
    assert_eq!(e.id, "ofac-sdn:36");
    assert_eq!(e.name, "AEROCARIBBEAN AIRLINES");
    assert_eq!(e.countries()[0].as_str(), "CU");
    let bnc = p.entries.iter().find(|e| e.id == "ofac-sdn:306").unwrap();
    assert!(bnc
        .aliases
        .iter()
        .any(|a| a.name == "BNC" && a.kind == AliasKind::Weak));
    assert!(p.entries.iter().any(|e| e.schema == Schema::Vessel));
    let person = p
        .entries
        .iter()
        .find(|e| e.schema == Schema::Person)
        .unwrap();
    assert!(
        person.name.contains(", "),
        "persons are LAST, First: {}",
        person.name
    );
    assert!(person.identifiers.iter().any(|i| i.kind == "Passport"));
}

#[test]
fn sdn_csv_trio_matches_xml_ids() {
    let p =
        leasegate_lists::parse::sdn_csv::parse_trio(SDN_CSV, Some(ADD_CSV), Some(ALT_CSV)).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(p.entries.len(), 12);
    let e = &p.entries[0];
    assert_eq!(e.id, "ofac-sdn:36");
    assert_eq!(e.name, "AEROCARIBBEAN AIRLINES");
    assert_eq!(e.aliases[0].name, "AERO-CARIBBEAN");
    assert_eq!(e.countries()[0].as_str(), "CU");
    // sdn.csv alone parses too, without aliases and addresses.
    let alone = parse_bytes(SDN_CSV).unwrap();
    assert_eq!(alone.entries.len(), 12);
    assert!(alone.entries[0].aliases.is_empty());
}

#[test]
fn enhanced_xml_fields() {
    let p = parse_bytes(ENHANCED).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(p.source, "ofac_cons");
    assert_eq!(
        p.as_of.map(|d| d.to_string()).as_deref(),
        Some("2025-01-10")
    );
    assert_eq!(p.entries[0].id, "ofac-cons:9639");
    assert_eq!(p.entries[0].list, "PLC");
    assert_eq!(p.entries[0].name, "HANIYA, Ismail Abdul Salah");
    assert!(p.entries.iter().any(|e| e.list == "CMIC"));
    assert!(p
        .entries
        .iter()
        .any(|e| !e.identifiers.is_empty() && !e.addresses.is_empty()));
}

#[test]
fn un_xml_fields() {
    let p = parse_bytes(UN).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(
        p.as_of.map(|d| d.to_string()).as_deref(),
        Some("2026-02-27")
    );
    assert!(p
        .entries
        .iter()
        .all(|e| e.id.starts_with("un:") && e.list == "UN"));
    assert_eq!(
        p.entries
            .iter()
            .filter(|e| e.schema == Schema::Person)
            .count(),
        2
    );
    assert!(p.entries.iter().any(|e| e.schema == Schema::Organization));
    assert!(p.entries.iter().any(|e| e
        .identifiers
        .iter()
        .any(|i| i.kind == "UN Reference Number")));
}

#[test]
fn eu_xml_fields() {
    let p = parse_bytes(EU).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert_eq!(
        p.as_of.map(|d| d.to_string()).as_deref(),
        Some("2024-05-13")
    );
    let saddam = &p.entries[0];
    assert_eq!(saddam.id, "eu:13");
    assert_eq!(saddam.list, "EU");
    assert_eq!(saddam.schema, Schema::Person);
    assert_eq!(saddam.name, "Saddam Hussein Al-Tikriti");
    assert!(saddam.aliases.iter().any(|a| a.name == "Abu Ali"));
    assert_eq!(saddam.countries()[0].as_str(), "IQ");
    assert!(p
        .entries
        .iter()
        .any(|e| e.schema == Schema::Organization && !e.identifiers.is_empty()));
}

#[test]
fn dpl_merges_rows_of_one_party() {
    let p = parse_bytes(DPL).unwrap();
    assert!(p.errors.is_empty(), "{:?}", p.errors);
    assert!(p
        .entries
        .iter()
        .all(|e| e.list == "DPL" && e.id.starts_with("bis-dpl:")));
    let nasser = p
        .entries
        .iter()
        .find(|e| e.name == "ABDULAH AL NASSER")
        .unwrap();
    assert_eq!(nasser.addresses.len(), 2);
    assert_eq!(nasser.schema, Schema::Person);
    assert_eq!(nasser.start_date.as_deref(), Some("2002-03-04"));
}

#[test]
fn snapshot_of_parsed_entries() {
    let csl = parse_bytes(CSL_2022).unwrap();
    let hw = csl
        .entries
        .iter()
        .find(|e| e.name.starts_with("Huawei"))
        .unwrap();
    insta::assert_json_snapshot!("csl_huawei", hw);
    let sdn = parse_bytes(SDN_XML).unwrap();
    insta::assert_json_snapshot!(
        "sdn_xml_person",
        sdn.entries
            .iter()
            .find(|e| e.schema == Schema::Person)
            .unwrap()
    );
    let eu = parse_bytes(EU).unwrap();
    insta::assert_json_snapshot!("eu_person", &eu.entries[0]);
}

#[test]
fn zip_inputs_are_read_directly() {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default();
        for (name, data) in [
            ("sdn.csv", SDN_CSV),
            ("add.csv", ADD_CSV),
            ("alt.csv", ALT_CSV),
        ] {
            z.start_file(name, opts).unwrap();
            z.write_all(data).unwrap();
        }
        z.finish().unwrap();
    }
    let p = parse_bytes(buf.get_ref()).unwrap();
    assert_eq!(p.format, Format::OfacSdnCsv);
    assert_eq!(p.entries.len(), 12);
    assert!(
        !p.entries[0].aliases.is_empty(),
        "alt.csv from the zip was used"
    );
}
