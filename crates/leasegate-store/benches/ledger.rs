//! Ledger benchmarks (custom harness: the targets are about concurrency and
//! tail latency, which criterion does not measure).
//!
//! cargo bench -p leasegate-store --bench ledger
//! LEASEGATE_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/test cargo bench -p leasegate-store --bench ledger
//!
//! Optional: LG_BENCH_CREATES (default 8000), LG_BENCH_AUDIT (default 1000000),
//! LG_BENCH_CLIENTS (default 16), LG_BENCH_PG_AUDIT (default 200000), LG_BENCH_SKIP_SQLITE,
//! LG_BENCH_SKIP_AVAIL, LG_BENCH_KEEP_SCHEMA (leave the PostgreSQL schema for EXPLAIN).

use leasegate_core::{Clock, CountryCode, Currency, Money, SystemClock};
use leasegate_ledger::{
    ApproveAll, AuditEntry, ChipId, Customer, CustomerId, LeaseKind, LeaseRequest, Node, NodeId,
    PriceInput, Site, SiteId,
};
use leasegate_store::{Op, PgStore, SqliteStore, Store, Val};
use std::sync::Arc;
use std::time::{Duration, Instant};
use time::macros::datetime;

/// The allocator the `leasegate` binary uses, so the store runs here as it
/// runs in the product.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const OP: Op<'static> = Op {
    actor: "bench",
    idempotency_key: None,
};
fn clients() -> usize {
    env_usize("LG_BENCH_CLIENTS", 16)
}

fn env_usize(k: &str, d: usize) -> usize {
    std::env::var(k)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(d)
}

fn setup(s: &dyn Store, nodes: usize) {
    s.add_site(
        &OP,
        Site {
            id: SiteId::parse("s").unwrap(),
            country: CountryCode::parse("US").unwrap(),
            facility: None,
        },
    )
    .unwrap();
    s.write_tx(&mut |tx| {
        // Bulk fleet load without per-node audit entries: benchmark set-up only.
        for i in 0..nodes {
            let id = format!("n{i:05}");
            let n = Node::new(NodeId::parse(&id).unwrap(), SiteId::parse("s").unwrap(), ChipId::parse("a100").unwrap(), 8, &[])
                .unwrap();
            tx.exec(
                "INSERT INTO nodes (id, site_id, chip, gpu_count, state, doc) VALUES (?, 's', 'a100', 8, 'available', ?)",
                &[id.clone().into(), serde_json::to_string(&n).unwrap().into()],
            )?;
            for g in 0..8i64 {
                tx.exec("INSERT INTO gpus (node_id, gpu_index, serial) VALUES (?, ?, NULL)", &[id.clone().into(), g.into()])?;
            }
        }
        Ok(())
    })
    .unwrap();
    let usd = Currency::USD;
    s.set_price(
        &OP,
        PriceInput {
            chip: ChipId::parse("a100").unwrap(),
            currency: usd,
            on_demand: Money::parse_decimal("2.5", usd).unwrap(),
            reserved: None,
            interruptible_floor: None,
            term_discounts: vec![],
        },
    )
    .unwrap();
    s.add_customer(
        &OP,
        Customer {
            id: CustomerId::parse("c").unwrap(),
            name: "C".into(),
            country: CountryCode::parse("US").unwrap(),
            auto_suspend: false,
            credit: None,
        },
    )
    .unwrap();
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// 16 clients, each its own connection, creating leases as fast as they can.
fn bench_create(name: &str, clients: Vec<Box<dyn Store>>, total: usize) {
    let per = total / clients.len();
    let n_clients = clients.len();
    let t0 = Instant::now();
    let mut lat: Vec<Duration> = std::thread::scope(|sc| {
        let hs: Vec<_> = clients
            .iter()
            .enumerate()
            .map(|(c, s)| {
                sc.spawn(move || {
                    let mut v = Vec::with_capacity(per);
                    for i in 0..per {
                        // Clients book interleaved, moving forward in time
                        // together (as requests for "now" would), 7 minutes
                        // apart, so capacity never runs out.
                        let k = (i * n_clients + c) as i64;
                        let r = LeaseRequest {
                            customer_id: CustomerId::parse("c").unwrap(),
                            chip: ChipId::parse("a100").unwrap(),
                            gpus: 1 + (k % 4) as u32,
                            kind: LeaseKind::OnDemand,
                            start: Some(
                                datetime!(2027-01-01 0:00 UTC)
                                    + time::Duration::minutes(k * 7 % 525_600),
                            ),
                            duration_s: Some(3600),
                            end: None,
                            declared_use: None,
                        };
                        let t = Instant::now();
                        s.create_lease(&OP, &r, &ApproveAll).unwrap();
                        v.push(t.elapsed());
                    }
                    v
                })
            })
            .collect();
        hs.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    let wall = t0.elapsed();
    lat.sort();
    println!(
        "{name}: create_lease x{} with {} clients: {:.0}/s, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        lat.len(),
        clients.len(),
        lat.len() as f64 / wall.as_secs_f64(),
        pct(&lat, 0.5).as_secs_f64() * 1e3,
        pct(&lat, 0.99).as_secs_f64() * 1e3,
        lat.last().unwrap().as_secs_f64() * 1e3
    );
}

/// 1,000 nodes x 8 GPUs, a month with ~20,000 bookings; median of 21 queries.
fn bench_availability(name: &str, s: &dyn Store) {
    let from = datetime!(2027-03-01 0:00 UTC);
    s.write_tx(&mut |tx| {
        for k in 0..20_000i64 {
            let id = format!("bulk-{k}");
            let st = from.unix_timestamp() + (k * 7919 % (30 * 24)) * 3600;
            tx.exec(
                "INSERT INTO leases (num, id, customer_id, chip, status, start_s, end_s, doc) VALUES (?, ?, 'c', 'a100', 'approved', ?, ?, '{}')",
                &[(1_000_000 + k).into(), id.clone().into(), st.into(), (st + 7200).into()],
            )?;
            tx.exec(
                "INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active) VALUES (?, ?, ?, ?, ?, ?, 1)",
                &[id.into(), Val::T(format!("n{:05}", k % 1000)), ((k / 1000) % 8).into(), st.into(), (st + 7200).into(), (st + 7200).into()],
            )?;
        }
        Ok(())
    })
    .unwrap();
    // Statistics as a live database would have them (autovacuum / PRAGMA optimize).
    s.write_tx(&mut |tx| {
        tx.exec("ANALYZE", &[])?;
        Ok(())
    })
    .unwrap();
    let chip = ChipId::parse("a100").unwrap();
    let mut t = Vec::new();
    let mut last = None;
    for _ in 0..21 {
        let s0 = Instant::now();
        last = Some(
            s.availability(Some(&chip), from, from + time::Duration::days(31))
                .unwrap(),
        );
        t.push(s0.elapsed());
    }
    t.sort();
    let a = &last.unwrap()[0];
    println!(
        "{name}: availability over 1000 nodes for a month ({} of {} free): median {:.2} ms",
        a.free_gpus,
        a.total_gpus,
        t[t.len() / 2].as_secs_f64() * 1e3
    );
}

fn bench_audit(name: &str, s: &dyn Store, n: usize) {
    let have = s.audit_verify().unwrap();
    let mut prev = (have.entries as i64, have.head_hash.clone());
    let t0 = Instant::now();
    let batch = 50_000usize;
    let mut left = n;
    while left > 0 {
        let k = left.min(batch);
        s.write_tx(&mut |tx| {
            for _ in 0..k {
                let e = AuditEntry::next(
                    (prev.0 > 0).then_some((prev.0, prev.1.as_str())),
                    "2027-01-01T00:00:00Z".into(),
                    "bench",
                    "note",
                    "bench",
                    r#"{"n":1}"#.into(),
                );
                tx.exec(
                    "INSERT INTO audit_log (seq, at, actor, action, subject, change, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    &[e.seq.into(), e.at.into(), e.actor.into(), e.action.into(), e.subject.into(), e.change.into(), e.prev_hash.into(), e.hash.clone().into()],
                )?;
                prev = (e.seq, e.hash);
            }
            Ok(())
        })
        .unwrap();
        left -= k;
    }
    eprintln!(
        "{name}: filled {n} audit entries in {:.1} s",
        t0.elapsed().as_secs_f64()
    );
    let mut t = Vec::new();
    let mut entries = 0;
    for _ in 0..3 {
        let s0 = Instant::now();
        entries = s.audit_verify().unwrap().entries;
        t.push(s0.elapsed());
    }
    t.sort();
    println!(
        "{name}: audit verify of {entries} entries: median {:.2} s",
        t[1].as_secs_f64()
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return; // `cargo test --benches` compatibility
    }
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let creates = env_usize("LG_BENCH_CREATES", 8000);
    let audit_n = env_usize("LG_BENCH_AUDIT", 1_000_000);
    println!(
        "machine: {} CPUs available",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("leasegate.sqlite");
    if std::env::var("LG_BENCH_SKIP_SQLITE").is_err() {
        let s = SqliteStore::open(&path, clock.clone()).unwrap();
        setup(&s, 1000);
        let clients: Vec<Box<dyn Store>> = (0..clients())
            .map(|_| Box::new(SqliteStore::open(&path, clock.clone()).unwrap()) as Box<dyn Store>)
            .collect();
        bench_create("sqlite", clients, creates);
        bench_availability("sqlite", &s);
        bench_audit("sqlite", &s, audit_n);
    }

    match std::env::var("LEASEGATE_TEST_PG_URL") {
        Ok(url) if !url.is_empty() => {
            let schema = format!("lg_bench_{}", std::process::id());
            let s = PgStore::open(&url, Some(&schema), clock.clone()).unwrap();
            let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                setup(&s, 1000);
                let clients: Vec<Box<dyn Store>> = (0..clients())
                    .map(|_| {
                        Box::new(PgStore::open(&url, Some(&schema), clock.clone()).unwrap())
                            as Box<dyn Store>
                    })
                    .collect();
                bench_create("postgres", clients, creates / 2);
                if std::env::var("LG_BENCH_SKIP_AVAIL").is_err() {
                    bench_availability("postgres", &s);
                }
                bench_audit("postgres", &s, env_usize("LG_BENCH_PG_AUDIT", 200_000));
            }));
            drop(s);
            if let Ok(mut c) = postgres::Client::connect(&url, postgres::NoTls) {
                // LG_BENCH_KEEP_SCHEMA=1 leaves the schema for EXPLAIN ANALYZE.
                if std::env::var("LG_BENCH_KEEP_SCHEMA").is_err() {
                    let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
                } else {
                    println!("postgres: kept schema {schema}");
                }
            }
            if let Err(p) = run {
                std::panic::resume_unwind(p);
            }
        }
        _ => println!("postgres: SKIPPED (set LEASEGATE_TEST_PG_URL)"),
    }
}
