//! CLI tests for the screen commands and `eval screening`, against the
//! bundled US CSL snapshot (no imports, empty temporary data dir).

use assert_cmd::Command;
use std::path::Path;

fn lg(data: &Path) -> Command {
    let mut c = Command::cargo_bin("leasegate").unwrap();
    c.arg("--data-dir").arg(data);
    c
}

fn json(out: &[u8]) -> serde_json::Value {
    serde_json::from_slice(out).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(out)))
}

/// The stale-lists warning is printed once per command, in every output mode.
#[test]
fn stale_warning_printed_once() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("q.jsonl");
    std::fs::write(&input, "{\"id\":1,\"name\":\"X Trading\"}\n").unwrap();
    let runs: [&[&str]; 3] = [
        &["screen", "X"],
        &["screen", "X", "--format", "json"],
        &["screen", "--input", input.to_str().unwrap()],
    ];
    for args in runs {
        let out = lg(dir.path()).args(args).assert().success();
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        assert_eq!(
            stderr.matches("older than 30 days").count(),
            1,
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn single_name_json_finds_huawei_from_chinese_and_warns_stale() {
    let dir = tempfile::tempdir().unwrap();
    let out = lg(dir.path())
        .args([
            "screen",
            "华为技术有限公司",
            "--format",
            "json",
            "--limit",
            "3",
        ])
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("older than 30 days"), "{stderr}");
    let v = json(&out.get_output().stdout);
    let m = v["matches"].as_array().unwrap();
    assert!(!m.is_empty() && m.len() <= 3);
    assert!(m[0]["name"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .starts_with("huawei technologies"));
    assert_eq!(m[0]["decision"], "match");
    assert!(m[0]["explanation"]["pairs"]
        .as_array()
        .is_some_and(|p| !p.is_empty()));
    assert!(m[0]["explanation"]["summary"].as_str().is_some());
}

#[test]
fn single_name_table_and_options() {
    let dir = tempfile::tempdir().unwrap();
    let out = lg(dir.path())
        .args([
            "screen",
            "Sense Time Group",
            "--schema",
            "company",
            "--country",
            "CN",
            "--review-threshold",
            "0.6",
            "--match-threshold",
            "0.8",
        ])
        .assert()
        .success();
    let s = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        s.contains("SCORE") && s.to_lowercase().contains("sensetime"),
        "{s}"
    );
}

#[test]
fn numbers_stay_significant() {
    let dir = tempfile::tempdir().unwrap();
    let out = lg(dir.path())
        .args(["screen", "11420 Corp", "--format", "json"])
        .assert()
        .success();
    let v = json(&out.get_output().stdout);
    assert!(v["matches"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| !m["name"].as_str().unwrap().contains("Belletech")));
}

#[test]
fn bad_single_inputs_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    lg(dir.path()).args(["screen", "   "]).assert().code(4);
    lg(dir.path())
        .args(["screen", &"x".repeat(1100)])
        .assert()
        .code(4);
    lg(dir.path())
        .args(["screen", "Huawei", "--country", "CHN"])
        .assert()
        .code(4);
    lg(dir.path())
        .args([
            "screen",
            "Huawei",
            "--review-threshold",
            "0.9",
            "--match-threshold",
            "0.8",
        ])
        .assert()
        .code(4);
}

#[test]
fn batch_jsonl_in_order_with_per_line_errors() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("q.jsonl");
    let mut bytes = Vec::new();
    bytes.extend_from_slice(b"{\"id\":\"a\",\"name\":\"Huawei Technologies Co., Ltd.\",\"schema\":\"company\",\"country\":\"CN\"}\n");
    bytes.extend_from_slice(b"{\"id\":\"b\",\"name\":\"\"}\n");
    bytes.extend_from_slice(b"not json\n");
    bytes.extend_from_slice(b"{\"id\":\"d\",\"name\":\"caf\xff\"}\n");
    bytes.extend_from_slice(
        format!("{{\"id\":\"e\",\"name\":\"{}\"}}\n", "y".repeat(1100)).as_bytes(),
    );
    bytes.extend_from_slice(b"{\"id\":7,\"name\":\"Tim Huelskamp\",\"schema\":\"Person\"}\n");
    std::fs::write(&input, bytes).unwrap();
    let out = lg(dir.path())
        .args(["screen", "--input"])
        .arg(&input)
        .args(["--format", "jsonl"])
        .assert()
        .code(3);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let lines: Vec<serde_json::Value> = stdout.lines().map(|l| json(l.as_bytes())).collect();
    // Six answers in input order, then the CLI's closing error object (exit 3).
    assert_eq!(lines.len(), 7, "{stdout}");
    assert_eq!(lines[6]["error"]["code"], "partial_failure");
    assert_eq!(lines[0]["id"], "a");
    let first = &lines[0]["matches"][0];
    assert!(first["score"].as_f64().unwrap() >= 0.8);
    for k in [
        "entry_id",
        "list",
        "name",
        "matched_name",
        "score",
        "explanation",
    ] {
        assert!(!first[k].is_null(), "{k} missing: {first}");
    }
    assert_eq!(lines[1]["id"], "b");
    assert!(lines[1]["error"].is_object());
    assert!(lines[2]["error"].is_object());
    assert!(lines[3]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("UTF-8"));
    assert!(lines[4]["error"]["message"]
        .as_str()
        .unwrap()
        .contains("limit"));
    assert_eq!(lines[5]["id"], 7);
    assert!(lines[5]["matches"].as_array().unwrap().is_empty());
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    for n in [2, 3, 4, 5] {
        assert!(
            stderr.contains(&format!("q.jsonl:{n}:")),
            "line {n} not reported: {stderr}"
        );
    }
}

#[test]
fn pairs_csv() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("p.csv");
    std::fs::write(&f, "name1,name2,schema\nSense Time,SenseTime,company\n11420 Corp,Belletech Corp,\n\"SMITH, John\",John Smith,person\n").unwrap();
    let out = lg(dir.path())
        .args(["screen", "pairs"])
        .arg(&f)
        .assert()
        .success();
    let s = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let rows: Vec<&str> = s.lines().collect();
    assert_eq!(rows[0], "name1,name2,score");
    assert_eq!(rows.len(), 4);
    let score = |r: &str| r.rsplit(',').next().unwrap().parse::<f64>().unwrap();
    assert!(score(rows[1]) > 0.9);
    assert!(score(rows[2]) < 0.5);
    assert!(score(rows[3]) > 0.9);
    std::fs::write(&f, "a,b\n,x\n").unwrap();
    lg(dir.path())
        .args(["screen", "pairs"])
        .arg(&f)
        .assert()
        .code(3);
}

#[test]
fn eval_screening_reports_metrics_by_kind() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("e.jsonl");
    std::fs::write(
        &f,
        concat!(
            "{\"id\":\"1\",\"name\":\"HUAWEI TECHNOLOGIES CO LTD\",\"schema\":\"Company\",\"kind\":\"case_punct\",\"expect\":[\"30947\"]}\n",
            "{\"id\":\"2\",\"name\":\"Li Auto Inc.\",\"schema\":\"Company\",\"kind\":\"negative\",\"expect\":[]}\n",
            "{\"id\":\"3\",\"name\":\"oops\"}\n",
        ),
    )
    .unwrap();
    let out = lg(dir.path())
        .args(["eval", "screening"])
        .arg(&f)
        .args(["--format", "json"])
        .assert()
        .code(3);
    // The report, then the CLI's closing error object (exit 3).
    let mut docs = serde_json::Deserializer::from_slice(&out.get_output().stdout)
        .into_iter::<serde_json::Value>();
    let v = docs.next().unwrap().unwrap();
    assert_eq!(
        docs.next().unwrap().unwrap()["error"]["code"],
        "partial_failure"
    );
    assert_eq!(v["overall"]["queries"], 2);
    assert_eq!(v["overall"]["recall"], 1.0);
    assert_eq!(v["overall"]["false_alert_rate"], 0.0);
    assert!(v["by_kind"]["negative"].is_object());
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("e.jsonl:3:") && stderr.contains("expect"),
        "{stderr}"
    );
}
