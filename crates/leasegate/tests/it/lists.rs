//! CLI tests for the lists commands. Inputs are the real excerpts kept in
//! `crates/leasegate-lists/tests/fixtures/`.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../leasegate-lists/tests/fixtures")
        .join(name)
}

fn lg(data: &Path) -> Command {
    let mut c = Command::cargo_bin("leasegate").unwrap();
    c.arg("--data-dir").arg(data);
    c
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

#[test]
fn status_on_empty_dir_shows_bundled_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("d");
    let out = lg(&data)
        .args(["lists", "status", "--format", "json"])
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    let s = &v["sources"][0];
    assert_eq!(s["source"], "us_csl");
    assert_eq!(s["bundled"], true);
    assert_eq!(s["entry_count"], 14160);
    assert!(s["age_days"].as_i64().unwrap() > 30);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("older than 30 days"), "{stderr}");
    assert!(!data.exists(), "status must not create the data dir");
}

#[test]
fn import_versions_status_and_diff() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    lg(d)
        .args(["lists", "import"])
        .arg(fixture("sdn.xml"))
        .arg(fixture("un.xml"))
        .arg(fixture("eu.xml"))
        .assert()
        .success();
    // Second SDN version: the legacy CSV trio as three files.
    lg(d)
        .args(["lists", "import", "--as-of", "2021-07-01"])
        .arg(fixture("sdn_csv/sdn.csv"))
        .arg(fixture("sdn_csv/add.csv"))
        .arg(fixture("sdn_csv/alt.csv"))
        .assert()
        .success();
    let out = lg(d)
        .args(["lists", "status", "--format", "json"])
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    let sources = v["sources"].as_array().unwrap();
    let sdn = sources.iter().find(|s| s["source"] == "ofac_sdn").unwrap();
    assert_eq!(sdn["version"], 2);
    assert_eq!(sdn["as_of"], "2021-07-01");
    assert_eq!(sdn["entry_count"], 12);
    let un = sources.iter().find(|s| s["source"] == "un_sc").unwrap();
    assert_eq!(un["as_of"], "2026-02-27");
    assert!(sources
        .iter()
        .any(|s| s["source"] == "us_csl" && s["bundled"] == true));

    let out = lg(d)
        .args(["lists", "diff", "--source", "ofac_sdn", "--format", "json"])
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    let diff = &v["diffs"][0];
    assert_eq!(
        (diff["from"].as_u64(), diff["to"].as_u64()),
        (Some(1), Some(2))
    );
    // 36 (AEROCARIBBEAN) is in both; its address list differs between the two publications.
    let added: Vec<&str> = diff["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    let removed: Vec<&str> = diff["removed"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(!added.contains(&"ofac-sdn:36") && !removed.contains(&"ofac-sdn:36"));
    assert!(!added.is_empty());
    let out = lg(d)
        .args([
            "lists", "diff", "--source", "ofac_sdn", "--from", "2", "--to", "2",
        ])
        .assert()
        .success();
    assert!(
        String::from_utf8_lossy(&out.get_output().stdout).contains("0 added, 0 removed, 0 changed")
    );
}

#[test]
fn record_errors_exit_3_and_are_numbered() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("csl.csv");
    let text = std::fs::read_to_string(fixture("csl_2022.csv")).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[2] = "x,too,few";
    std::fs::write(&bad, lines.join("\n")).unwrap();
    let out = lg(&dir.path().join("d"))
        .args(["lists", "import", "--as-of", "2022-04-21"])
        .arg(&bad)
        .assert()
        .code(3);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("record 2 (line 3)"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("us_csl version 1") && stdout.contains("13 entries"),
        "{stdout}"
    );
}

#[test]
fn not_a_list_exits_4_and_keeps_others_and_earlier_versions() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("d");
    lg(&d)
        .args(["lists", "import", "--as-of", "2022-04-21"])
        .arg(fixture("csl_2022.csv"))
        .assert()
        .success();
    let junk = dir.path().join("junk.csv");
    std::fs::write(&junk, "hello,world\n1,2\n").unwrap();
    let out = lg(&d)
        .args(["lists", "import"])
        .arg(&junk)
        .arg(fixture("dpl.txt"))
        .assert()
        .code(4);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("not_a_list"), "{stderr}");
    let v = json(
        &lg(&d)
            .args(["lists", "status", "--format", "json"])
            .assert()
            .success()
            .get_output()
            .stdout,
    );
    let sources = v["sources"].as_array().unwrap();
    let csl = sources.iter().find(|s| s["source"] == "us_csl").unwrap();
    assert_eq!(
        (
            csl["version"].as_u64(),
            csl["bundled"].as_bool(),
            csl["entry_count"].as_u64()
        ),
        (Some(1), Some(false), Some(14))
    );
    assert!(sources.iter().any(|s| s["source"] == "bis_dpl"));
}

#[test]
fn diff_against_bundled_and_unknown_source() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    lg(d)
        .args(["lists", "import", "--as-of", "2025-06-01"])
        .arg(fixture("csl_2025.csv"))
        .assert()
        .success();
    let out = lg(d)
        .args(["lists", "diff", "--source", "us_csl"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.starts_with("us_csl v0 -> v1:"), "{stdout}");
    lg(d)
        .args(["lists", "diff", "--source", "nope"])
        .assert()
        .code(4);
}

#[test]
fn sdn_csv_trio_as_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = lg(dir.path())
        .args(["lists", "import", "--as-of", "2021-07-01"])
        .arg(fixture("sdn_csv"))
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        stdout.contains("ofac_sdn version 1") && stdout.contains("12 entries"),
        "{stdout}"
    );
}

/// A copied file has today's mtime whatever its age: without a date stated in
/// the file or `--as-of`, the newest listing date inside it is the as-of date,
/// so an old file still triggers the stale-list warning.
#[test]
fn import_without_stated_date_uses_newest_listing_not_mtime() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let out = lg(d)
        .args(["lists", "import"])
        .arg(fixture("csl_2022.csv"))
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(stdout.contains("as of 2022-02-10"), "{stdout}");
    let out = lg(d)
        .args(["lists", "status", "--format", "json"])
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    let csl = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "us_csl")
        .unwrap()
        .clone();
    assert_eq!(csl["as_of"], "2022-02-10");
    assert_eq!(csl["bundled"], false);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("older than 30 days"), "{stderr}");
}

/// `leasegate ... | head` must not end in a panic and a backtrace.
#[test]
fn closed_stdout_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let args = ["chips", "license", "--chip", "h20", "--country", "CN"].map(std::ffi::OsStr::new);
    let out = crate::run_with_closed_stdout(dir.path(), &args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        matches!(out.status.code(), Some(141) | Some(0)),
        "{:?} {stderr}",
        out.status
    );
}

/// A half-downloaded file must never replace a complete list: it is refused
/// (exit 4, `incomplete_input`, store unchanged) unless `--allow-partial`.
#[test]
fn truncated_file_is_refused_unless_allow_partial() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("data");
    let xml = std::fs::read(fixture("sdn.xml")).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&xml).unwrap();
    let gz = gz.finish().unwrap();
    let cut = dir.path().join("sdn_cut.xml.gz");
    std::fs::write(&cut, &gz[..gz.len() * 2 / 3]).unwrap();

    lg(&d)
        .args(["lists", "import"])
        .arg(fixture("sdn.xml"))
        .assert()
        .success();
    let out = lg(&d).args(["lists", "import"]).arg(&cut).assert().code(4);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("incomplete_input"), "{stderr}");
    let status = |d: &Path| {
        let out = lg(d)
            .args(["lists", "status", "--format", "json"])
            .assert()
            .success();
        json(&out.get_output().stdout)["sources"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["source"] == "ofac_sdn")
            .unwrap()
            .clone()
    };
    let before = status(&d);
    assert_eq!(before["version"], 1);

    lg(&d)
        .args(["lists", "import", "--allow-partial"])
        .arg(&cut)
        .assert()
        .code(3);
    let after = status(&d);
    assert_eq!(after["version"], 2);
    assert!(after["entry_count"].as_u64().unwrap() < before["entry_count"].as_u64().unwrap());
}
