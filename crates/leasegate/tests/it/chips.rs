//! `leasegate chips ...` end to end, through the binary.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn lg(dir: &tempfile::TempDir) -> Command {
    let mut c = Command::cargo_bin("leasegate").unwrap();
    c.arg("--data-dir")
        .arg(dir.path())
        .env_remove("LEASEGATE_DATABASE_URL");
    c
}

fn json_of(out: &[u8]) -> Value {
    serde_json::from_slice(out)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(out)))
}

fn run_json(dir: &tempfile::TempDir, args: &[&str]) -> Value {
    let out = lg(dir)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    json_of(&out)
}

#[test]
fn list_json_has_every_field_and_published_values() {
    let dir = tempfile::tempdir().unwrap();
    let v = run_json(&dir, &["chips", "list", "--format", "json"]);
    let rows = v.as_array().unwrap();
    assert!(rows.len() >= 19);
    for r in rows {
        for k in [
            "id",
            "vendor",
            "name",
            "datacenter",
            "tpp",
            "performance_density",
            "eccn",
            "nac_eligible",
            "sources",
        ] {
            assert!(r.get(k).is_some(), "{k} missing in {r}");
        }
        assert!(["3A090.a", "3A090.b", "not-3A090"].contains(&r["eccn"].as_str().unwrap()));
        assert!(!r["sources"].as_array().unwrap().is_empty());
    }
    let get = |id: &str| {
        rows.iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    assert_eq!(get("a100-sxm")["tpp"], 4992.0);
    assert_eq!(get("h100-sxm")["tpp"], 15832.0);
    assert_eq!(get("h20")["eccn"], "not-3A090");
    assert!((get("h20")["performance_density"].as_f64().unwrap() - 2.9).abs() < 0.05);
    let rtx = get("rtx-4090");
    assert_eq!(
        (
            rtx["eccn"].as_str(),
            rtx["datacenter"].as_bool(),
            rtx["nac_eligible"].as_bool()
        ),
        (Some("3A090.a"), Some(false), Some(true))
    );
    assert!((rtx["tpp"].as_f64().unwrap() - 5285.0).abs() < 1.0);
    assert_eq!(get("l20")["eccn"], "not-3A090");
    // Reading must not create the data dir's contents.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn list_table() {
    let dir = tempfile::tempdir().unwrap();
    lg(&dir)
        .args(["chips", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("h100-sxm").and(predicate::str::contains("Epoch AI")));
}

#[test]
fn classify_exact_boundaries() {
    let dir = tempfile::tempdir().unwrap();
    let v = run_json(
        &dir,
        &[
            "chips",
            "classify",
            "--tops",
            "FP16=300",
            "--die-mm2",
            "2000",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        (v["tpp"].as_f64(), v["eccn"].as_str()),
        (Some(4800.0), Some("3A090.a"))
    );
    assert!(v["computation"]
        .as_str()
        .unwrap()
        .contains("4800 ≥ 4800 → 3A090.a.1"));
    let v = run_json(
        &dir,
        &[
            "chips",
            "classify",
            "--tops",
            "FP4=1199.975",
            "--die-mm2",
            "2000",
            "--format",
            "json",
        ],
    );
    assert_eq!(v["tpp"].as_f64(), Some(4799.9));
    assert_ne!(v["paragraph"], "3A090.a.1");
    // Consumer: Note 2 below 4800, NAC at 4800.
    let v = run_json(
        &dir,
        &[
            "chips",
            "classify",
            "--tops",
            "INT8=599.9",
            "--consumer",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        (v["eccn"].as_str(), v["note2"].as_bool()),
        (Some("not-3A090"), Some(true))
    );
    let v = run_json(
        &dir,
        &[
            "chips",
            "classify",
            "--tops",
            "INT8=600",
            "--consumer",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        (v["eccn"].as_str(), v["nac_eligible"].as_bool()),
        (Some("3A090.a"), Some(true))
    );
    lg(&dir)
        .args([
            "chips",
            "classify",
            "--tops",
            "bf16=148",
            "int8=296",
            "--die-mm2",
            "814",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("not-3A090"));
}

#[test]
fn classify_errors_name_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    lg(&dir)
        .args(["chips", "classify", "--tops", "FP16=-5", "--format", "json"])
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("invalid_value").and(predicate::str::contains("negative")),
        );
    lg(&dir)
        .args(["chips", "classify", "--tops", "FP16=100", "--die-mm2", "0"])
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("invalid_value").and(predicate::str::contains("die area")),
        );
    lg(&dir)
        .args(["chips", "classify", "--tops", "FP16=150"])
        .assert()
        .code(4)
        .stderr(
            predicate::str::contains("missing_figure").and(predicate::str::contains("die area")),
        );
    lg(&dir)
        .args(["chips", "classify", "--tops", "FP12=1"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("unknown_precision"));
}

#[test]
fn license_and_rental() {
    let dir = tempfile::tempdir().unwrap();
    let v = run_json(
        &dir,
        &[
            "chips",
            "license",
            "--chip",
            "b200",
            "--country",
            "CN",
            "--as-of",
            "2026-06-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(
        (v["requirement"].as_str(), v["review"].as_str()),
        (Some("required"), Some("presumption_of_denial"))
    );
    assert_eq!(v["licence_required"], true);
    assert!(v["citation"].as_str().unwrap().contains("742.6"));
    let v = run_json(
        &dir,
        &[
            "chips",
            "license",
            "--chip",
            "h100-sxm",
            "--country",
            "DE",
            "--hq",
            "DE",
            "--as-of",
            "2026-06-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(v["requirement"], "not_required");
    let v = run_json(
        &dir,
        &[
            "chips",
            "rental",
            "--chip",
            "h100-sxm",
            "--hq",
            "CN",
            "--as-of",
            "2026-06-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(v["outcome"], "deny");
    assert!(
        !v["rule_id"].as_str().unwrap().is_empty() && !v["citation"].as_str().unwrap().is_empty()
    );
    let v = run_json(
        &dir,
        &[
            "chips",
            "rental",
            "--chip",
            "h100-sxm",
            "--hq",
            "SG",
            "--parent-hq",
            "CN",
            "--as-of",
            "2026-06-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(v["outcome"], "deny");
    let v = run_json(
        &dir,
        &[
            "chips", "rental", "--chip", "h100-sxm", "--hq", "US", "--format", "json",
        ],
    );
    assert_eq!(v["outcome"], "allow");
    lg(&dir)
        .args(["chips", "rental", "--chip", "l20", "--hq", "CN"])
        .assert()
        .success()
        .stdout(predicate::str::contains("review").and(predicate::str::contains("citation:")));
}

#[test]
fn groups_as_of_two_dates() {
    let dir = tempfile::tempdir().unwrap();
    let before = run_json(
        &dir,
        &[
            "chips",
            "groups",
            "--country",
            "KH",
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ],
    );
    let after = run_json(
        &dir,
        &[
            "chips",
            "groups",
            "--country",
            "KH",
            "--as-of",
            "2026-03-01",
            "--format",
            "json",
        ],
    );
    assert!(before["groups"]
        .as_array()
        .unwrap()
        .contains(&Value::from("D:5")));
    assert!(!after["groups"]
        .as_array()
        .unwrap()
        .contains(&Value::from("D:5")));
}

#[test]
fn unknown_chip_country_and_bad_date() {
    let dir = tempfile::tempdir().unwrap();
    let out = lg(&dir)
        .args([
            "chips",
            "license",
            "--chip",
            "h100",
            "--country",
            "CN",
            "--format",
            "json",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("unknown_chip").and(predicate::str::contains("h100-sxm")))
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_of(&out)["error"]["code"], "unknown_chip");
    lg(&dir)
        .args(["chips", "rental", "--chip", "h100-sxm", "--hq", "XX"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("unknown_country"));
    lg(&dir)
        .args([
            "chips",
            "rental",
            "--chip",
            "h100-sxm",
            "--hq",
            "CN",
            "--as-of",
            "2026-13-01",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("invalid_value"));
}

#[test]
fn node_4a090() {
    let dir = tempfile::tempdir().unwrap();
    let v = run_json(
        &dir,
        &[
            "chips", "node", "--chip", "h100-sxm", "--count", "8", "--format", "json",
        ],
    );
    assert_eq!(
        (v["eccn"].as_str(), v["aggregate_tpp"].as_f64()),
        (Some("4A090.a"), Some(126656.0))
    );
    let v = run_json(
        &dir,
        &[
            "chips", "node", "--chip", "l20", "--count", "8", "--format", "json",
        ],
    );
    assert_eq!(v["eccn"], "not-4A090");
}

#[test]
fn data_dir_overrides_policy_and_reports_bad_catalog_records() {
    let dir = tempfile::tempdir().unwrap();
    let chips = dir.path().join("chips");
    std::fs::create_dir_all(&chips).unwrap();
    // Policy override: allow everything for rentals.
    std::fs::write(
        chips.join("policy.toml"),
        r#"schema = 1
version = "test"
title = "t"
[[licence_rules]]
id = "l"
summary = "s"
requirement = "not_required"
citation = "c"
[[rental_rules]]
id = "r"
summary = "s"
outcome = "allow"
citation = "c"
"#,
    )
    .unwrap();
    let v = run_json(
        &dir,
        &[
            "chips", "rental", "--chip", "h100-sxm", "--hq", "CN", "--format", "json",
        ],
    );
    assert_eq!(
        (v["outcome"].as_str(), v["policy_version"].as_str()),
        (Some("allow"), Some("test"))
    );
    // Catalog override with one bad record: the good one is listed, exit 3.
    std::fs::write(
        chips.join("catalog.toml"),
        r#"schema = 1
version = "t"
[[sources]]
id = "s"
title = "S"
[[chips]]
id = "good"
vendor = "V"
name = "Good"
form_factor = "PCIe"
datacenter = true
memory_type = "GDDR6"
tops = { fp16 = { value = "400", source = "s", confidence = "high" } }
[[chips]]
id = "bad"
vendor = "V"
name = "Bad"
form_factor = "PCIe"
datacenter = true
memory_type = "GDDR6"
tops = { fp16 = { value = "-1", source = "s", confidence = "high" } }
"#,
    )
    .unwrap();
    let out = lg(&dir)
        .args(["chips", "list", "--format", "json"])
        .assert()
        .code(3)
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("\"good\""), "{text}");
}
