//! CLI tests for the ledger commands (fleet, prices, customers, leases,
//! invoices, audit, db) on the embedded SQLite store.

use assert_cmd::Command;
use serde_json::Value;
use std::path::Path;

fn lg(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("leasegate").unwrap();
    c.arg("--data-dir")
        .arg(dir)
        .env_remove("LEASEGATE_DATABASE_URL")
        .env("LEASEGATE_ACTOR", "cli-test");
    c
}

fn ok(dir: &Path, args: &[&str]) -> Value {
    let out = lg(dir)
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Runs a command that must fail with exit `code`; returns its JSON error
/// report (stdout) and stderr.
fn fails(dir: &Path, args: &[&str], code: i32) -> (Value, String) {
    let out = lg(dir)
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(code), "{args:?}: {stderr}");
    (serde_json::from_slice(&out.stdout).unwrap(), stderr)
}

fn fleet(dir: &Path) {
    ok(
        dir,
        &[
            "fleet",
            "add-site",
            "--id",
            "fra1",
            "--country",
            "DE",
            "--facility",
            "Frankfurt 1",
        ],
    );
    ok(
        dir,
        &[
            "fleet", "add-node", "--site", "fra1", "--id", "n1", "--chip", "a100-sxm", "--gpus",
            "8",
        ],
    );
    ok(
        dir,
        &[
            "fleet", "add-node", "--site", "fra1", "--id", "n2", "--chip", "a100-sxm", "--gpus",
            "8",
        ],
    );
    ok(
        dir,
        &[
            "prices",
            "set",
            "--chip",
            "a100-sxm",
            "--on-demand",
            "2.50",
            "--reserved",
            "2.00",
            "--currency",
            "USD",
        ],
    );
    ok(
        dir,
        &[
            "customers",
            "add",
            "--id",
            "acme",
            "--name",
            "Acme Corp",
            "--country",
            "US",
        ],
    );
}

#[test]
fn lease_lifecycle_json() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    fleet(dir);
    let l = ok(
        dir,
        &[
            "leases",
            "create",
            "--customer",
            "acme",
            "--chip",
            "a100-sxm",
            "--gpus",
            "8",
            "--hours",
            "10",
        ],
    );
    assert_eq!(l["id"], "ls-000001");
    assert_eq!(l["status"], "approved");
    let allocs = l["allocations"].as_array().unwrap();
    assert_eq!(allocs.len(), 8);
    assert!(allocs
        .iter()
        .all(|a| a["node_id"] == allocs[0]["node_id"] && a["gpu_index"].is_u64()));
    assert_eq!(l["price"]["per_gpu_hour"]["minor_units"], 250);
    let a = ok(dir, &["leases", "activate", "ls-000001"]);
    assert_eq!(a["status"], "active");
    let e = ok(dir, &["leases", "extend", "ls-000001", "--hours", "2"]);
    assert_eq!(e["status"], "active");
    let shown = ok(dir, &["leases", "show", "ls-000001"]);
    assert_eq!(shown["end"], e["end"]);
    let ended = ok(dir, &["leases", "end", "--id", "ls-000001"]);
    assert_eq!(ended["status"], "ended");
    let list = ok(dir, &["leases", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let fl = ok(dir, &["fleet", "list"]);
    assert_eq!(fl["nodes"].as_array().unwrap().len(), 2);
    ok(dir, &["fleet", "calendar", "--node", "n1"]);
    let inv = ok(dir, &["invoices", "list"]);
    assert_eq!(inv.as_array().unwrap().len(), 1, "{inv}");
    let id = inv[0]["id"].as_str().unwrap().to_string();
    assert_eq!(inv[0]["status"], "draft");
    let fin = ok(dir, &["invoices", "finalize", &id]);
    assert_eq!(fin["status"], "finalized");
    let shown = ok(dir, &["invoices", "show", &id]);
    assert_eq!(shown, fin);
    let v = ok(dir, &["audit", "verify"]);
    assert_eq!(v["ok"], true);
    ok(dir, &["db", "migrate"]);
}

#[test]
fn no_capacity_is_exit_4_with_code() {
    let d = tempfile::tempdir().unwrap();
    fleet(d.path());
    let (v, stderr) = fails(
        d.path(),
        &[
            "leases",
            "create",
            "--customer",
            "acme",
            "--chip",
            "a100-sxm",
            "--gpus",
            "17",
            "--hours",
            "1",
        ],
        4,
    );
    assert_eq!(v["error"]["code"], "no_capacity");
    assert!(stderr.contains("error[no_capacity]"));
    // Illegal transition and unknown lease are refusals too.
    lg(d.path())
        .args(["leases", "end", "ls-000009"])
        .assert()
        .code(4);
}

#[test]
fn idempotency_key_replays_and_conflicts() {
    let d = tempfile::tempdir().unwrap();
    fleet(d.path());
    let args = [
        "leases",
        "create",
        "--customer",
        "acme",
        "--chip",
        "a100-sxm",
        "--gpus",
        "2",
        "--hours",
        "1",
        "--idempotency-key",
        "k-1",
    ];
    let a = ok(d.path(), &args);
    let b = ok(d.path(), &args);
    assert_eq!(a, b);
    // Same key, different request (--gpus 3).
    let mut conflicting = args;
    conflicting[7] = "3";
    let (v, _) = fails(d.path(), &conflicting, 4);
    assert_eq!(v["error"]["code"], "idempotency_conflict");
}

#[test]
fn concurrent_processes_never_double_book() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().to_path_buf();
    ok(&dir, &["fleet", "add-site", "--id", "s", "--country", "US"]);
    ok(
        &dir,
        &[
            "fleet", "add-node", "--site", "s", "--id", "n1", "--chip", "h100-sxm", "--gpus", "8",
        ],
    );
    ok(
        &dir,
        &[
            "prices",
            "set",
            "--chip",
            "h100-sxm",
            "--on-demand",
            "4",
            "--currency",
            "USD",
        ],
    );
    ok(
        &dir,
        &[
            "customers",
            "add",
            "--id",
            "c",
            "--name",
            "C",
            "--country",
            "US",
        ],
    );
    let bin = assert_cmd::cargo::cargo_bin("leasegate");
    let children: Vec<_> = (0..16)
        .map(|_| {
            std::process::Command::new(&bin)
                .arg("--data-dir")
                .arg(&dir)
                .args([
                    "leases",
                    "create",
                    "--customer",
                    "c",
                    "--chip",
                    "h100-sxm",
                    "--gpus",
                    "1",
                    "--hours",
                    "5",
                    "--format",
                    "json",
                ])
                .env_remove("LEASEGATE_DATABASE_URL")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let codes: Vec<i32> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap())
        .collect();
    assert_eq!(codes.iter().filter(|&&c| c == 0).count(), 8, "{codes:?}");
    assert_eq!(codes.iter().filter(|&&c| c == 4).count(), 8, "{codes:?}");
    let cal = ok(&dir, &["fleet", "calendar", "--node", "n1"]);
    let mut gpus: Vec<u64> = cal
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["gpu_index"].as_u64().unwrap())
        .collect();
    gpus.sort();
    assert_eq!(gpus, (0..8).collect::<Vec<_>>());
    assert_eq!(ok(&dir, &["audit", "verify"])["ok"], true);
}

#[test]
fn audit_verify_exit_5_names_bad_seq_and_export_has_head() {
    let d = tempfile::tempdir().unwrap();
    fleet(d.path());
    let out = lg(d.path()).args(["audit", "export"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "5 entries + head");
    let head: Value = serde_json::from_str(lines[5]).unwrap();
    assert_eq!(head["head"]["seq"], 5);
    let verify = ok(d.path(), &["audit", "verify"]);
    assert_eq!(verify["head_hash"], head["head"]["hash"]);
    // An attacker with database access edits entry 2.
    {
        use leasegate_store::{SqliteStore, Store};
        let s = SqliteStore::open(
            &d.path().join("leasegate.sqlite"),
            std::sync::Arc::new(leasegate_core::SystemClock),
        )
        .unwrap();
        s.write_tx(&mut |tx| {
            tx.exec("DROP TRIGGER audit_log_no_update", &[])?;
            tx.exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2", &[])?;
            Ok(())
        })
        .unwrap();
    }
    let (v, _) = fails(d.path(), &["audit", "verify"], 5);
    assert_eq!(v["error"]["code"], "audit_chain_broken");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("seq 2"),
        "{v}"
    );
}

#[test]
fn unknown_chip_is_refused_with_close_matches_unless_allowed() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path();
    ok(dir, &["fleet", "add-site", "--id", "s", "--country", "US"]);
    let (v, _) = fails(
        dir,
        &[
            "fleet", "add-node", "--site", "s", "--id", "n1", "--chip", "h100", "--gpus", "8",
        ],
        4,
    );
    assert_eq!(v["error"]["code"], "unknown_chip");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("h100-sxm"),
        "{v}"
    );
    fails(
        dir,
        &[
            "prices",
            "set",
            "--chip",
            "h100",
            "--on-demand",
            "4",
            "--currency",
            "USD",
        ],
        4,
    );
    // Nothing was stored by the refused commands.
    let fl = ok(dir, &["fleet", "list"]);
    assert_eq!(fl["nodes"].as_array().unwrap().len(), 0);
    // Free text only when asked for explicitly.
    let n = ok(
        dir,
        &[
            "fleet",
            "add-node",
            "--site",
            "s",
            "--id",
            "n1",
            "--chip",
            "custom-asic",
            "--gpus",
            "4",
            "--allow-unknown-chip",
        ],
    );
    assert_eq!(n["chip"], "custom-asic");
    ok(
        dir,
        &[
            "prices",
            "set",
            "--chip",
            "custom-asic",
            "--on-demand",
            "1",
            "--currency",
            "USD",
            "--allow-unknown-chip",
        ],
    );
    ok(
        dir,
        &[
            "customers",
            "add",
            "--id",
            "c",
            "--name",
            "C",
            "--country",
            "US",
        ],
    );
    // A lease for a typo is `unknown_chip` with the close match, not `no_price`.
    let (v, _) = fails(
        dir,
        &[
            "leases",
            "create",
            "--customer",
            "c",
            "--chip",
            "h100",
            "--gpus",
            "1",
            "--hours",
            "1",
        ],
        4,
    );
    assert_eq!(v["error"]["code"], "unknown_chip", "{v}");
    assert!(
        v["error"]["message"].as_str().unwrap().contains("h100-sxm"),
        "{v}"
    );
    // A free-text model the fleet was built with is rentable.
    let l = ok(
        dir,
        &[
            "leases",
            "create",
            "--customer",
            "c",
            "--chip",
            "custom-asic",
            "--gpus",
            "1",
            "--hours",
            "1",
        ],
    );
    assert_eq!(l["allocations"].as_array().unwrap().len(), 1);
}

/// Reading an empty data dir shows an empty ledger and leaves no file behind;
/// the audit commands refuse a ledger that does not exist rather than
/// calling it intact.
#[test]
fn read_only_commands_create_nothing() {
    let d = tempfile::tempdir().unwrap();
    let dir = d.path().join("not-yet");
    for args in [
        &["fleet", "list"][..],
        &["customers", "list"],
        &["leases", "list"],
        &["prices", "list"],
        &["invoices", "list"],
    ] {
        ok(&dir, args);
    }
    let fl = ok(&dir, &["fleet", "list"]);
    assert_eq!(fl["nodes"].as_array().unwrap().len(), 0);
    let (v, _) = fails(&dir, &["audit", "verify"], 4);
    assert_eq!(v["error"]["code"], "no_database");
    assert!(
        !dir.exists(),
        "a read-only command created {}",
        dir.display()
    );
}

/// A window that is already over rents nothing: refused, nothing stored.
#[test]
fn lease_in_the_past_is_refused() {
    let d = tempfile::tempdir().unwrap();
    fleet(d.path());
    let (v, stderr) = fails(
        d.path(),
        &[
            "leases",
            "create",
            "--customer",
            "acme",
            "--chip",
            "a100-sxm",
            "--gpus",
            "1",
            "--start",
            "2020-01-01T00:00:00Z",
            "--hours",
            "1",
        ],
        4,
    );
    assert_eq!(v["error"]["code"], "invalid_input", "{stderr}");
    assert!(stderr.contains("already past"), "{stderr}");
    let listed = ok(d.path(), &["leases", "list"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(0), "{listed}");
}

/// Country codes typed by an operator must be assigned ISO 3166 codes.
#[test]
fn unassigned_country_code_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let (v, stderr) = fails(
        d.path(),
        &["fleet", "add-site", "--id", "x1", "--country", "ZZ"],
        4,
    );
    assert_eq!(v["error"]["code"], "invalid_input", "{stderr}");
    assert!(stderr.contains("\"ZZ\""), "{stderr}");
    let (v, _) = fails(
        d.path(),
        &[
            "customers",
            "add",
            "--id",
            "c1",
            "--name",
            "C",
            "--country",
            "XX",
        ],
        4,
    );
    assert_eq!(v["error"]["code"], "invalid_input");
}

/// `db migrate` says what it applied: every migration on a fresh database,
/// nothing the second time.
#[test]
fn db_migrate_reports_what_it_applied() {
    let d = tempfile::tempdir().unwrap();
    let first = ok(d.path(), &["db", "migrate"]);
    let applied = first["applied"].as_array().unwrap();
    assert!(applied.len() >= 2, "{first}");
    assert_eq!(applied[0]["version"], 1);
    assert!(applied.iter().all(|m| m["name"].as_str().is_some()));
    let again = ok(d.path(), &["db", "migrate"]);
    assert_eq!(again["applied"].as_array().unwrap().len(), 0, "{again}");
}

/// Two `--hours` extensions in a row each add their hours to the end as it is
/// when they write.
#[test]
fn extend_by_hours_adds_up() {
    let d = tempfile::tempdir().unwrap();
    fleet(d.path());
    let l = ok(
        d.path(),
        &[
            "leases",
            "create",
            "--customer",
            "acme",
            "--chip",
            "a100-sxm",
            "--gpus",
            "1",
            "--hours",
            "2",
        ],
    );
    let id = l["id"].as_str().unwrap();
    let end0 = time::OffsetDateTime::parse(
        l["end"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    ok(d.path(), &["leases", "extend", id, "--hours", "1"]);
    let l2 = ok(d.path(), &["leases", "extend", id, "--hours", "1"]);
    let end2 = time::OffsetDateTime::parse(
        l2["end"].as_str().unwrap(),
        &time::format_description::well_known::Rfc3339,
    )
    .unwrap();
    assert_eq!(end2 - end0, time::Duration::hours(2));
}
