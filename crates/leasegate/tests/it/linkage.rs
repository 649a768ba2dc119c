//! CLI tests for the linkage commands.

use assert_cmd::Command;
use std::path::PathBuf;

const FIXTURE: &str = r#"{"id":"c1","name":"Zhongke Star Technology Co., Ltd.","country":"CN","phone":"010 6552 9988","address":"Room 1203, 88 Jianguo Rd, Chaoyang District, Beijing","email":"sales@zkstar.cn"}
{"id":"c2","name":"Star Horizon Trading Ltd","country":"HK","phone":"+86 10 6552-9988","address":"88 Jianguo Road, Rm 1203, Chaoyang Dist., Beijing, China","listed":true}
{"id":"c3","name":"Blue Lake Computing GmbH","country":"DE","payment_fingerprint":"fp_9f8e7d6c"}
{"id":"c4","name":"Northwind Analytics LLC","country":"US","payment_fingerprint":"fp_9f8e7d6c","phone":"(415) 555-0132"}
{"id":"c5","name":"Independent Labs Inc","country":"US","phone":"+1 415 555 0199","email":"a@gmail.com"}
"#;

fn write(dir: &tempfile::TempDir, content: &str) -> PathBuf {
    let p = dir.path().join("customers.jsonl");
    std::fs::write(&p, content).unwrap();
    p
}

fn leasegate(dir: &tempfile::TempDir) -> Command {
    let mut c = Command::cargo_bin("leasegate").unwrap();
    c.arg("--data-dir").arg(dir.path().join("data"));
    c
}

fn lines(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn run_prints_one_line_per_customer_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, FIXTURE);
    let out = leasegate(&dir)
        .args(["linkage", "run", "--format", "jsonl", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = lines(&out.stdout);
    let ids: Vec<&str> = v.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["c1", "c2", "c3", "c4", "c5"]);
    assert_eq!(v[0]["cluster_id"], v[1]["cluster_id"]);
    assert_eq!(v[0]["cluster_size"], 2);
    assert_eq!(v[0]["flagged"], true, "c2 is listed");
    assert_eq!(v[2]["flagged"], false);
    assert_eq!(v[2]["cluster_id"], v[3]["cluster_id"]);
    assert_eq!(v[4]["cluster_size"], 1);
    assert_eq!(v[4]["links"].as_array().unwrap().len(), 0);
    let link = &v[2]["links"][0];
    assert_eq!(link["other_id"], "c4");
    assert!(link["weight"].as_f64().unwrap() >= 8.0);
    let ev = &link["evidence"][0];
    assert_eq!(ev["attribute"], "payment_fingerprint");
    assert_eq!(ev["value"], "fp_9f8e7d6c");
    assert!(ev["weight"].as_f64().is_some());
}

#[test]
fn threshold_flag_changes_linking() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, FIXTURE);
    let out = leasegate(&dir)
        .args(["linkage", "run", "--threshold", "100", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(lines(&out.stdout).iter().all(|x| x["cluster_size"] == 1));
    let bad = leasegate(&dir)
        .args(["linkage", "run", "--threshold=-1", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(4));
}

#[test]
fn malformed_lines_are_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let content = format!("{FIXTURE}this is not json\n{{\"id\":\"c1\",\"name\":\"duplicate\"}}\n{{\"name\":\"no id\"}}\n");
    let f = write(&dir, &content);
    let out = leasegate(&dir)
        .args(["linkage", "run", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        lines(&out.stdout).len(),
        5,
        "stdout stays one line per good customer"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 6"), "{err}");
    assert!(err.contains("line 7") && err.contains("duplicate"), "{err}");
    assert!(err.contains("line 8"), "{err}");
    // In line order, although the duplicate id is found after line 8's error.
    let at = |l: &str| err.find(l).unwrap();
    assert!(
        at("line 6") < at("line 7") && at("line 7") < at("line 8"),
        "{err}"
    );
    assert!(err.contains("partial_failure"), "{err}");
}

#[test]
fn explain_is_readable_and_json_is_available() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, FIXTURE);
    let out = leasegate(&dir)
        .args(["linkage", "explain", "--id", "c1", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Star Horizon Trading Ltd"), "{text}");
    assert!(text.contains("FLAGGED"), "{text}");
    assert!(text.contains("phone number"), "{text}");
    assert!(text.contains("+861065529988"), "{text}");
    // The reader is told when a shared key or card stops linking alone,
    // from the engine's settings.
    assert!(
        text.contains("12 customers share it (8 if they are registered in 7 or more countries)"),
        "{text}"
    );
    let out = leasegate(&dir)
        .args([
            "linkage",
            "explain",
            "--id",
            "c3",
            "--format",
            "json",
            "--customers",
        ])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["cluster_size"], 2);
    assert_eq!(
        v["links"][0]["evidence"][0]["attribute"],
        "payment_fingerprint"
    );
}

#[test]
fn explain_shows_the_closest_customers_outside_the_cluster() {
    // n1 and n2 share one director and nothing else: not linked (a shared
    // name never links alone), but a reviewer sees the tie and its weight.
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        &dir,
        r#"{"id":"n1","name":"Alpha Trade LLC","country":"RU","directors":["Юрий Курпатов"]}
{"id":"n2","name":"Beta Systems Ltd","country":"CY","directors":["Yuri Kurpatov"]}
{"id":"n3","name":"Gamma Ltd","country":"CY","directors":["Maria Ivanova"]}
"#,
    );
    let out = leasegate(&dir)
        .args([
            "linkage",
            "explain",
            "--id",
            "n1",
            "--format",
            "json",
            "--customers",
        ])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["cluster_size"], 1);
    let near = v["near_misses"].as_array().unwrap();
    assert_eq!(near.len(), 1, "{v}");
    assert_eq!(near[0]["id"], "n2");
    let w = near[0]["weight"].as_f64().unwrap();
    assert!(w > 0.0 && w < v["threshold"].as_f64().unwrap(), "{w}");
    assert_eq!(near[0]["evidence"][0]["attribute"], "director");
    let out = leasegate(&dir)
        .args(["linkage", "explain", "--id", "n1", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Closest customers outside the cluster"),
        "{text}"
    );
    assert!(text.contains("Beta Systems Ltd"), "{text}");
    let out = leasegate(&dir)
        .args(["linkage", "explain", "--id", "n3", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("No customer outside the cluster"), "{text}");
}

#[test]
fn explain_unknown_id_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(&dir, FIXTURE);
    let out = leasegate(&dir)
        .args(["linkage", "explain", "--id", "nope", "--customers"])
        .arg(&f)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("customer_not_found"));
}

#[test]
fn missing_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = leasegate(&dir)
        .args(["linkage", "run", "--customers"])
        .arg(dir.path().join("absent.jsonl"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
}

/// A customer the stored ownership graph covers (60% owned by a listed
/// parent) flags its whole cluster; `--no-ownership` ignores the graph.
#[test]
fn ownership_coverage_flags_the_cluster() {
    let dir = tempfile::tempdir().unwrap();
    let e = dir.path().join("entities.csv");
    let o = dir.path().join("ownership.csv");
    std::fs::write(
        &e,
        "id,name,schema,country,listed\nparent,Parent Holdings,company,CN,EL\nc3,Blue Lake Computing GmbH,company,DE,\n",
    )
    .unwrap();
    std::fs::write(
        &o,
        "owner_id,owned_id,share_min,share_max\nparent,c3,60,60\n",
    )
    .unwrap();
    let imp = leasegate(&dir)
        .args(["ownership", "import"])
        .arg(&e)
        .arg(&o)
        .output()
        .unwrap();
    assert!(
        imp.status.success(),
        "{}",
        String::from_utf8_lossy(&imp.stderr)
    );
    let f = write(&dir, FIXTURE);
    let run = |extra: &[&str]| {
        let out = leasegate(&dir)
            .args(["linkage", "run", "--customers"])
            .arg(&f)
            .args(extra)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        lines(&out.stdout)
    };
    let v = run(&[]);
    // c3 is covered; c4 shares its payment card, so both are flagged.
    assert_eq!(v[2]["flagged"], true);
    assert_eq!(v[3]["flagged"], true);
    assert_eq!(v[4]["flagged"], false);
    let v = run(&["--no-ownership"]);
    assert_eq!(v[2]["flagged"], false);
    assert_eq!(v[3]["flagged"], false);
}

#[test]
fn a_reader_that_stops_reading_is_no_error() {
    // `leasegate linkage run ... | head`: the reader goes away before the
    // output is written. Quiet exit 141 (128 + SIGPIPE), no error report.
    let dir = tempfile::tempdir().unwrap();
    let customers: String = (0..2000)
        .map(|i| format!("{{\"id\":\"c{i}\",\"name\":\"Company {i}\",\"country\":\"US\"}}\n"))
        .collect();
    let f = write(&dir, &customers);
    let args = ["linkage", "run", "--format", "jsonl", "--customers"]
        .map(std::ffi::OsStr::new)
        .into_iter()
        .chain([f.as_os_str()])
        .collect::<Vec<_>>();
    let out = crate::run_with_closed_stdout(&dir.path().join("data"), &args);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("error"), "{stderr}");
    assert_eq!(out.status.code(), Some(141), "{stderr}");
}
