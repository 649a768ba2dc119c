//! CLI tests for the ownership commands.

use assert_cmd::Command;
use std::path::Path;

const E: &str = "id,name,schema,country,listed\n\
L1,Listed One,Company,CN,SDN\n\
L2,Listed Two,Company,CN,EL\n\
A,Alpha,Company,HK,\n\
B,Beta,Company,SG,\n\
C,Gamma,Company,AE,\n\
D,Delta,Company,AE,\n";
const O: &str = "owner_id,owned_id,share_min,share_max\n\
L1,A,25,\n\
L2,A,25,\n\
A,B,50,\n\
L1,C,40,\n\
C,D,100,\n";

fn files(dir: &Path, e: &str, o: &str) -> (String, String) {
    let (ep, op) = (dir.join("E.csv"), dir.join("O.csv"));
    std::fs::write(&ep, e).unwrap();
    std::fs::write(&op, o).unwrap();
    (ep.display().to_string(), op.display().to_string())
}

fn lg(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("leasegate").unwrap();
    c.arg("--data-dir").arg(dir.join("data"));
    c
}

// The rule tests below name their listed entities in the `listed` column and
// use made-up names ("Beta" is a real list entry), so they turn screening off.
#[test]
fn resolve_json_and_jsonl() {
    let t = tempfile::tempdir().unwrap();
    let (e, o) = files(t.path(), E, O);
    let out = lg(t.path())
        .args([
            "ownership",
            "resolve",
            "--no-screen",
            "--entities",
            &e,
            "--ownership",
            &o,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let by_id = |id: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(by_id("A")["status"], "covered");
    assert_eq!(by_id("A")["listed_share_min"], 50.0);
    assert_eq!(by_id("A")["lists"], serde_json::json!(["SDN", "EL"]));
    assert_eq!(by_id("B")["status"], "covered");
    assert_eq!(by_id("B")["via"][0]["owner_id"], "A");
    assert_eq!(by_id("B")["via"][0]["status"], "covered");
    assert_eq!(by_id("C")["status"], "clear");
    assert_eq!(by_id("D")["status"], "clear");
    assert_eq!(by_id("L1")["status"], "listed");
    for k in [
        "id",
        "status",
        "listed_share_min",
        "listed_share_max",
        "via",
        "lists",
        "chain",
        "red_flags",
        "effective_listed_share",
    ] {
        assert!(by_id("B").get(k).is_some(), "missing {k}");
    }

    let out = lg(t.path())
        .args([
            "ownership",
            "resolve",
            "--no-screen",
            "--entities",
            &e,
            "--ownership",
            &o,
            "--format",
            "jsonl",
            "--threshold",
            "25",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6);
    let c = lines.iter().find(|r| r["id"] == "C").unwrap();
    assert_eq!(c["status"], "covered");
}

#[test]
fn rows_with_errors_exit_3_and_are_named() {
    let t = tempfile::tempdir().unwrap();
    let o = format!("{O}L1,B,120,\nL1,B,60,50\nX,B,10,\nL1,A,25,\n");
    let (e, o) = files(t.path(), E, &o);
    let out = lg(t.path())
        .args([
            "ownership",
            "resolve",
            "--no-screen",
            "--entities",
            &e,
            "--ownership",
            &o,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("O.csv:7") && err.contains("invalid_share"),
        "{err}"
    );
    assert!(
        err.contains("O.csv:8") && err.contains("share_min_above_max"),
        "{err}"
    );
    assert!(
        err.contains("O.csv:9") && err.contains("unknown_id"),
        "{err}"
    );
    assert!(
        err.contains("O.csv:10") && err.contains("duplicate_pair"),
        "{err}"
    );
    // The rest was still resolved and printed.
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 6);
}

#[test]
fn bad_threshold_is_refused() {
    let t = tempfile::tempdir().unwrap();
    let (e, o) = files(t.path(), E, O);
    let out = lg(t.path())
        .args([
            "ownership",
            "resolve",
            "--no-screen",
            "--entities",
            &e,
            "--ownership",
            &o,
            "--threshold",
            "0",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
}

#[test]
fn import_then_explain() {
    let t = tempfile::tempdir().unwrap();
    let (e, o) = files(t.path(), E, O);
    let out = lg(t.path())
        .args(["ownership", "explain", "B"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "no graph stored yet");
    let out = lg(t.path())
        .args(["ownership", "import", &e, &o])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(t.path().join("data/ownership/graph.json").exists());
    let out = lg(t.path())
        .args(["ownership", "explain", "B"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("B (Beta): covered"), "{text}");
    assert!(
        text.contains("L1 (Listed One) [listed] --25%--> A (Alpha)"),
        "{text}"
    );
    assert!(text.contains("strictest requirement: SDN"), "{text}");
    // An unrecognised file is refused and leaves the stored graph as it was.
    let bad = t.path().join("bad.txt");
    std::fs::write(&bad, "hello\n").unwrap();
    let before = std::fs::read(t.path().join("data/ownership/graph.json")).unwrap();
    let out = lg(t.path())
        .args(["ownership", "import", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(
        std::fs::read(t.path().join("data/ownership/graph.json")).unwrap(),
        before
    );
    let out = lg(t.path())
        .args(["ownership", "explain", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    // The stored graph can be resolved too.
    let out = lg(t.path())
        .args(["ownership", "resolve", "--no-screen", "--format", "jsonl"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 6);
}

fn resolve_screen_fixture(dir: &Path, extra: &[&str]) -> (Vec<serde_json::Value>, String) {
    let (e, o) = files(
        dir,
        "id,name,schema,country,listed\nH,Huawei Technologies Co. Ltd.,Company,CN,\nS,Shenzhen Example Compute Ltd,Company,CN,\n",
        "owner_id,owned_id,share_min,share_max\nH,S,60,\n",
    );
    let out = lg(dir)
        .args(["ownership", "resolve", "--entities", &e, "--ownership", &o])
        .args(extra)
        .args(["--format", "jsonl"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    let lines = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (lines, stderr)
}

/// The issue: listed entities come from the `listed` column *or* from
/// screening names against the loaded lists, so screening is on by default.
#[test]
fn resolve_screens_names_by_default_and_no_screen_turns_it_off() {
    let t = tempfile::tempdir().unwrap();
    let (lines, stderr) = resolve_screen_fixture(t.path(), &[]);
    assert_eq!(lines[0]["status"], "listed");
    assert_eq!(lines[1]["status"], "covered");
    assert!(stderr.contains("screened: H"), "{stderr}");
    // The bundled list snapshot is years old: screening must say so.
    assert!(stderr.contains("older than 30 days"), "{stderr}");

    let (lines, stderr) = resolve_screen_fixture(t.path(), &["--no-screen"]);
    assert_eq!(lines[0]["status"], "clear");
    assert_eq!(lines[1]["status"], "clear");
    assert!(!stderr.contains("screened:"), "{stderr}");
}

#[test]
fn screen_marks_matching_names_as_listed() {
    let t = tempfile::tempdir().unwrap();
    let (e, o) = files(
        t.path(),
        "id,name,schema,country,listed\nH,Huawei Technologies Co. Ltd.,Company,CN,\nS,Shenzhen Example Compute Ltd,Company,CN,\n",
        "owner_id,owned_id,share_min,share_max\nH,S,60,\n",
    );
    let out = lg(t.path())
        .args([
            "ownership",
            "resolve",
            "--entities",
            &e,
            "--ownership",
            &o,
            "--screen",
            "--format",
            "jsonl",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["status"], "listed");
    assert_eq!(lines[1]["status"], "covered");
    assert!(String::from_utf8_lossy(&out.stderr).contains("screened: H"));
}
