//! One conformance suite, run against every backend.

use crate::harness::{Harness, PgHarness, SqliteHarness, T0};
use leasegate_core::{CountryCode, Currency, ErrorCode, Money};
use leasegate_ledger::{
    ApproveAll, ChipId, ComplianceGate, Customer, CustomerId, GateDecision, Lease, LeaseKind,
    LeaseRequest, LeaseStatus, Month, Node, NodeId, NodeState, PriceInput, Site, SiteId,
    TermDiscount,
};
use leasegate_store::{LeaseFilter, Op, Store, StoreError};
use std::sync::{Arc, Barrier};
use time::Duration;

const OP: Op<'static> = Op {
    actor: "test",
    idempotency_key: None,
};

fn usd(s: &str) -> Money {
    Money::parse_decimal(s, Currency::USD).unwrap()
}

pub fn setup<S: Store + ?Sized>(s: &S, nodes: &[(&str, u32)]) {
    s.add_site(
        &OP,
        Site {
            id: SiteId::parse("s1").unwrap(),
            country: CountryCode::parse("US").unwrap(),
            facility: None,
        },
    )
    .unwrap();
    for (id, g) in nodes {
        let n = Node::new(
            NodeId::parse(id).unwrap(),
            SiteId::parse("s1").unwrap(),
            ChipId::parse("a100").unwrap(),
            *g,
            &[],
        )
        .unwrap();
        s.add_node(&OP, n).unwrap();
    }
    s.set_price(
        &OP,
        PriceInput {
            chip: ChipId::parse("a100").unwrap(),
            currency: Currency::USD,
            on_demand: usd("2.50"),
            reserved: Some(usd("2.00")),
            interruptible_floor: Some(usd("0.80")),
            term_discounts: vec![TermDiscount::parse("720:10").unwrap()],
        },
    )
    .unwrap();
    for c in ["acme", "beta"] {
        s.add_customer(
            &OP,
            Customer {
                id: CustomerId::parse(c).unwrap(),
                name: c.to_uppercase(),
                country: CountryCode::parse("US").unwrap(),
                auto_suspend: false,
                credit: None,
            },
        )
        .unwrap();
    }
}

pub fn req(customer: &str, gpus: u32, start_h: i64, hours: i64, kind: LeaseKind) -> LeaseRequest {
    LeaseRequest {
        customer_id: CustomerId::parse(customer).unwrap(),
        chip: ChipId::parse("a100").unwrap(),
        gpus,
        kind,
        start: Some(T0 + Duration::hours(start_h)),
        duration_s: Some(hours * 3600),
        end: None,
        declared_use: Some("training".into()),
    }
}

fn create<S: Store + ?Sized>(s: &S, r: &LeaseRequest) -> Result<Lease, StoreError> {
    s.create_lease(&OP, r, &ApproveAll)
}

fn code<T: std::fmt::Debug>(r: Result<T, StoreError>) -> &'static str {
    r.unwrap_err().code()
}

/// No GPU is booked twice: checked from the raw allocation rows.
pub fn assert_no_double_booking<S: Store + ?Sized>(s: &S) {
    let b = s.active_bookings().unwrap();
    for w in b.windows(2) {
        if w[0].0 == w[1].0 {
            assert!(
                w[0].2 <= w[1].1,
                "double booking on {:?}: {:?} and {:?}",
                w[0].0,
                w[0],
                w[1]
            );
        }
    }
}

fn lifecycle<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8), ("n2", 8)]);
    let l = create(s, &req("acme", 8, 0, 10, LeaseKind::OnDemand)).unwrap();
    assert_eq!(l.status, LeaseStatus::Approved);
    assert_eq!(l.allocations.len(), 8);
    assert!(
        l.allocations
            .iter()
            .all(|a| a.node_id == l.allocations[0].node_id),
        "packs one whole node"
    );
    assert_eq!(l.price.per_gpu_hour, usd("2.50"));
    assert_eq!(
        l.history.first().unwrap().to,
        LeaseStatus::PendingCompliance
    );
    let avail = s
        .availability(
            Some(&ChipId::parse("a100").unwrap()),
            T0,
            T0 + Duration::hours(1),
        )
        .unwrap();
    assert_eq!((avail[0].total_gpus, avail[0].free_gpus), (16, 8));
    let avail = s
        .availability(None, T0 + Duration::hours(10), T0 + Duration::hours(11))
        .unwrap();
    assert_eq!(avail[0].free_gpus, 16);
    h.clock().set(T0 + Duration::hours(1));
    let l = s
        .transition_lease(&OP, &l.id, LeaseStatus::Active, None)
        .unwrap();
    assert_eq!(l.activated_at, Some(T0 + Duration::hours(1)));
    h.clock().set(T0 + Duration::hours(3));
    let l = s
        .transition_lease(&OP, &l.id, LeaseStatus::Ended, None)
        .unwrap();
    assert_eq!(l.closed_at, Some(T0 + Duration::hours(3)));
    // Ending early frees the GPUs after the end.
    let avail = s
        .availability(None, T0 + Duration::hours(4), T0 + Duration::hours(5))
        .unwrap();
    assert_eq!(avail[0].free_gpus, 16);
    let cal = s
        .calendar(Some(&l.allocations[0].node_id), T0, T0 + Duration::days(1))
        .unwrap();
    assert_eq!(cal.len(), 8);
    assert_eq!(cal[0].end, T0 + Duration::hours(3));
    // On-demand: 2 hours x 8 GPUs x 2.50.
    let inv = s
        .invoice_draft(
            &CustomerId::parse("acme").unwrap(),
            Month::parse("2026-03").unwrap(),
        )
        .unwrap();
    assert_eq!(inv.total, usd("40.00"));
    assert_eq!(s.list_leases(&LeaseFilter::default()).unwrap().len(), 1);
    let r = s.audit_verify().unwrap();
    assert!(r.entries >= 10, "{r:?}");
}

fn refusals<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    assert_eq!(
        code(create(s, &req("acme", 9, 0, 1, LeaseKind::OnDemand))),
        "no_capacity"
    );
    assert_eq!(
        code(create(s, &req("nobody", 1, 0, 1, LeaseKind::OnDemand))),
        "customer_not_found"
    );
    let mut r = req("acme", 1, 0, 1, LeaseKind::OnDemand);
    r.chip = ChipId::parse("h100").unwrap();
    assert_eq!(code(create(s, &r)), "no_price");
    let l = create(s, &req("acme", 1, 0, 1, LeaseKind::OnDemand)).unwrap();
    assert_eq!(
        code(s.transition_lease(&OP, &l.id, LeaseStatus::Ended, None)),
        "illegal_transition"
    );
    assert_eq!(
        code(s.transition_lease(&OP, &l.id, LeaseStatus::Preempted, None)),
        "illegal_transition"
    );
    assert_eq!(
        code(s.get_lease(&leasegate_ledger::LeaseId::parse("ls-999999").unwrap())),
        "lease_not_found"
    );
    let dup = Site {
        id: SiteId::parse("s1").unwrap(),
        country: CountryCode::parse("US").unwrap(),
        facility: None,
    };
    assert_eq!(code(s.add_site(&OP, dup)), "already_exists");
    // Maintenance nodes are not offered.
    s.set_node_state(&OP, &NodeId::parse("n1").unwrap(), NodeState::Maintenance)
        .unwrap();
    assert_eq!(
        code(create(s, &req("acme", 1, 5, 1, LeaseKind::OnDemand))),
        "no_capacity"
    );
    s.audit_verify().unwrap();
}

fn gap_extend_cancel<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 1)]);
    s.set_cleaning_gap(&OP, 3600).unwrap();
    let a = create(s, &req("acme", 1, 0, 2, LeaseKind::OnDemand)).unwrap();
    assert_eq!(
        code(create(s, &req("beta", 1, 2, 1, LeaseKind::OnDemand))),
        "no_capacity"
    );
    let b = create(s, &req("beta", 1, 3, 1, LeaseKind::OnDemand)).unwrap();
    // Extending a into b's window (minus the gap) is refused; b's own extension is fine.
    assert_eq!(
        code(s.extend_lease(&OP, &a.id, T0 + Duration::minutes(150))),
        "no_capacity"
    );
    let b = s.extend_lease(&OP, &b.id, T0 + Duration::hours(6)).unwrap();
    assert_eq!(b.end, T0 + Duration::hours(6));
    // Cancelling b frees its window.
    s.transition_lease(&OP, &b.id, LeaseStatus::Cancelled, None)
        .unwrap();
    let a = s.extend_lease(&OP, &a.id, T0 + Duration::hours(5)).unwrap();
    assert_eq!(a.end, T0 + Duration::hours(5));
    assert_no_double_booking(s);
    s.audit_verify().unwrap();
}

fn database_refuses_double_booking<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 1)]);
    let a = create(s, &req("acme", 1, 0, 2, LeaseKind::OnDemand)).unwrap();
    let r = s.write_tx(&mut |tx| {
        create_raw_lease_row(tx)?;
        tx.exec(
            "INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active) VALUES ('ls-x', 'n1', 0, ?, ?, ?, 1)",
            &[(T0.unix_timestamp() + 60).into(), (T0.unix_timestamp() + 120).into(), (T0.unix_timestamp() + 120).into()],
        )?;
        Ok(())
    });
    assert_eq!(
        code(r),
        "constraint_violation",
        "the database itself refuses overlap with {}",
        a.id
    );
    assert_no_double_booking(s);
}

fn create_raw_lease_row(tx: &mut dyn leasegate_store::Tx) -> Result<(), StoreError> {
    tx.exec(
        "INSERT INTO leases (num, id, customer_id, chip, status, start_s, end_s, doc) VALUES (999, 'ls-x', 'acme', 'a100', 'approved', 0, 1, '{}')",
        &[],
    )?;
    Ok(())
}

fn idempotency<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    let op = Op::with_key("test", Some("k1"));
    let r = req("acme", 2, 0, 1, LeaseKind::OnDemand);
    let a = s.create_lease(&op, &r, &ApproveAll).unwrap();
    let b = s.create_lease(&op, &r, &ApproveAll).unwrap();
    assert_eq!(a, b);
    assert_eq!(s.list_leases(&LeaseFilter::default()).unwrap().len(), 1);
    let other = req("acme", 3, 0, 1, LeaseKind::OnDemand);
    assert_eq!(
        code(s.create_lease(&op, &other, &ApproveAll)),
        "idempotency_conflict"
    );
    // A transition replays too.
    let op2 = Op::with_key("test", Some("k2"));
    let x = s
        .transition_lease(&op2, &a.id, LeaseStatus::Active, None)
        .unwrap();
    let y = s
        .transition_lease(&op2, &a.id, LeaseStatus::Active, None)
        .unwrap();
    assert_eq!(x, y);
    s.audit_verify().unwrap();
}

fn race_last_gpus<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8), ("n2", 8)]);
    create(s, &req("beta", 8, 0, 10, LeaseKind::OnDemand)).unwrap();
    const CLIENTS: usize = 64;
    let clients: Vec<H::S> = (0..CLIENTS).map(|_| h.client()).collect();
    let barrier = Arc::new(Barrier::new(CLIENTS));
    let results: Vec<Result<Lease, StoreError>> = std::thread::scope(|sc| {
        let hs: Vec<_> = clients
            .iter()
            .map(|c| {
                let barrier = barrier.clone();
                sc.spawn(move || {
                    barrier.wait();
                    c.create_lease(
                        &OP,
                        &req("acme", 1, 0, 10, LeaseKind::OnDemand),
                        &ApproveAll,
                    )
                })
            })
            .collect();
        hs.into_iter().map(|j| j.join().unwrap()).collect()
    });
    let granted: usize = results
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .map(|l| l.allocations.len())
        .sum();
    assert_eq!(granted, 8, "exactly the last 8 GPUs are granted");
    for r in results.iter().filter(|r| r.is_err()) {
        assert_eq!(r.as_ref().unwrap_err().code(), "no_capacity");
    }
    assert_no_double_booking(s);
    let v = s.audit_verify().unwrap();
    assert!(v.entries > 8);
}

fn tamper<H: Harness>(h: &H, how: &str) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    create(s, &req("acme", 1, 0, 1, LeaseKind::OnDemand)).unwrap();
    let before = s.audit_verify().unwrap();
    assert!(before.entries >= 7);
    // The log refuses edits through SQL until its guard is removed.
    let guarded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        h.raw("DELETE FROM audit_log WHERE seq = 3")
    }));
    assert!(guarded.is_err(), "audit_log must refuse deletes");
    h.disable_audit_guard();
    match how {
        "edit" => h.raw("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"),
        "delete" => h.raw("DELETE FROM audit_log WHERE seq = 3"),
        "reorder" => h.raw(
            "UPDATE audit_log SET seq = -1 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4; UPDATE audit_log SET seq = 4 WHERE seq = -1;",
        ),
        "change" => h.raw("UPDATE audit_log SET change = '{}' WHERE seq = 5"),
        _ => unreachable!(),
    }
    let err = s.audit_verify().unwrap_err();
    assert_eq!(err.code(), "audit_chain_broken");
    let want = if how == "change" { 5 } else { 3 };
    match err {
        StoreError::Chain(b) => assert_eq!(b.seq, want, "{how}: {}", b.reason),
        other => panic!("{other}"),
    }
}

fn billing<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8), ("n2", 8)]);
    let acme = CustomerId::parse("acme").unwrap();
    let march = Month::parse("2026-03").unwrap();
    // Reserved 2 GPUs for 10 h from T0+1h: billed whether used or not.
    let r = create(s, &req("acme", 2, 1, 10, LeaseKind::Reserved)).unwrap();
    assert_eq!(r.price.per_gpu_hour, usd("2.00"));
    // Reserved 31 days gets the 10% term discount.
    let long = create(s, &req("beta", 1, 0, 31 * 24, LeaseKind::Reserved)).unwrap();
    assert_eq!(long.price.per_gpu_hour, usd("1.80"));
    // On-demand 1 GPU, activated at +1h, suspended 1h, ended at +4h: 2 h billed.
    let od = create(s, &req("acme", 1, 0, 24, LeaseKind::OnDemand)).unwrap();
    h.clock().set(T0 + Duration::hours(1));
    s.transition_lease(&OP, &od.id, LeaseStatus::Active, None)
        .unwrap();
    h.clock().set(T0 + Duration::hours(2));
    s.transition_lease(&OP, &od.id, LeaseStatus::Suspended, Some("hold"))
        .unwrap();
    h.clock().set(T0 + Duration::hours(3));
    s.resume_lease(&OP, &od.id).unwrap();
    h.clock().set(T0 + Duration::hours(4));
    s.transition_lease(&OP, &od.id, LeaseStatus::Ended, None)
        .unwrap();
    let d = s.invoice_draft(&acme, march).unwrap();
    assert_eq!(d.lines.len(), 2);
    assert_eq!(
        d.total,
        usd("45.00"),
        "reserved 2x10x2.00 + on-demand 2x2.50: {d:?}"
    );
    assert_eq!(d.lines_sum().unwrap(), d.total);
    let f = s.finalize_invoice(&OP, &acme, march).unwrap();
    assert_eq!(f.total, d.total);
    assert_eq!(s.get_invoice(&f.id).unwrap(), f);
    // Nothing more to bill: finalising again is refused; the stored invoice never changes.
    assert_eq!(code(s.finalize_invoice(&OP, &acme, march)), "invalid_input");
    let listed = s.list_invoices(Some(&acme), Some(march)).unwrap();
    assert_eq!(listed, vec![f.clone()]);
    // New usage in the same month goes on a supplementary invoice.
    let od2 = create(s, &req("acme", 1, 5, 2, LeaseKind::OnDemand)).unwrap();
    h.clock().set(T0 + Duration::hours(5));
    s.transition_lease(&OP, &od2.id, LeaseStatus::Active, None)
        .unwrap();
    h.clock().set(T0 + Duration::hours(6));
    let d2 = s.invoice_draft(&acme, march).unwrap();
    assert_eq!((d2.number, d2.total), (2, usd("2.50")));
    assert_eq!(s.get_invoice(&d2.id).unwrap(), d2);
    s.audit_verify().unwrap();
}

fn prepaid<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    let acme = CustomerId::parse("acme").unwrap();
    s.add_credit(&OP, &acme, usd("10.00"), Some(true)).unwrap();
    let l = create(s, &req("acme", 2, 0, 24, LeaseKind::OnDemand)).unwrap();
    s.transition_lease(&OP, &l.id, LeaseStatus::Active, None)
        .unwrap();
    h.clock().set(T0 + Duration::hours(1));
    assert!(
        s.enforce_prepaid(&OP).unwrap().is_empty(),
        "5.00 used of 10.00"
    );
    h.clock().set(T0 + Duration::hours(2));
    let suspended = s.enforce_prepaid(&OP).unwrap();
    assert_eq!(suspended, vec![l.id.clone()]);
    assert_eq!(s.get_lease(&l.id).unwrap().status, LeaseStatus::Suspended);
    h.clock().set(T0 + Duration::hours(5));
    assert_eq!(
        s.balance(&acme).unwrap().remaining,
        usd("0.00"),
        "suspended time is not billed"
    );
}

struct HoldGate;
impl ComplianceGate for HoldGate {
    fn review(&self, _l: &Lease, c: &Customer) -> GateDecision {
        if c.id.as_str() == "beta" {
            GateDecision::Reject {
                reason: "restricted party".into(),
            }
        } else {
            GateDecision::Hold {
                reason: "manual review".into(),
            }
        }
    }
}

fn gate<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 2)]);
    let held = s
        .create_lease(&OP, &req("acme", 2, 0, 1, LeaseKind::OnDemand), &HoldGate)
        .unwrap();
    assert_eq!(held.status, LeaseStatus::PendingCompliance);
    // Held leases keep their GPUs.
    assert_eq!(
        code(create(s, &req("acme", 1, 0, 1, LeaseKind::OnDemand))),
        "no_capacity"
    );
    let rej = s
        .create_lease(&OP, &req("beta", 1, 5, 1, LeaseKind::OnDemand), &HoldGate)
        .unwrap();
    assert_eq!(rej.status, LeaseStatus::Rejected);
    assert_eq!(
        s.availability(None, T0 + Duration::hours(5), T0 + Duration::hours(6))
            .unwrap()[0]
            .free_gpus,
        2
    );
    let ok = s
        .transition_lease(&OP, &held.id, LeaseStatus::Approved, None)
        .unwrap();
    assert_eq!(ok.status, LeaseStatus::Approved);
    s.audit_verify().unwrap();
}

fn interruptible<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 2)]);
    let l = create(s, &req("acme", 2, 0, 10, LeaseKind::Interruptible)).unwrap();
    assert_eq!(l.price.per_gpu_hour, usd("0.80"));
    s.transition_lease(&OP, &l.id, LeaseStatus::Active, None)
        .unwrap();
    h.clock().set(T0 + Duration::hours(1));
    let p = s
        .transition_lease(&OP, &l.id, LeaseStatus::Preempted, None)
        .unwrap();
    assert_eq!(p.status, LeaseStatus::Preempted);
    create(s, &req("beta", 2, 1, 5, LeaseKind::OnDemand)).unwrap();
    assert_no_double_booking(s);
}

/// A client caches each chip's nodes; fleet changes made through another
/// connection (maintenance, a new node) must be seen by its next create.
fn fleet_changes_reach_other_clients<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8), ("n2", 8)]);
    let c = h.client();
    let l = create(&c, &req("acme", 8, 0, 1, LeaseKind::OnDemand)).unwrap();
    let first = l.allocations[0].node_id.clone();
    s.set_node_state(&OP, &first, NodeState::Maintenance)
        .unwrap();
    let l = create(&c, &req("acme", 8, 2, 1, LeaseKind::OnDemand)).unwrap();
    assert!(l.allocations.iter().all(|g| g.node_id != first));
    // Only one node is available now: a second 8 in the same window fails...
    assert_eq!(
        code(create(&c, &req("acme", 8, 2, 1, LeaseKind::OnDemand))),
        "no_capacity"
    );
    // ...until another connection adds a node.
    let n = Node::new(
        NodeId::parse("n3").unwrap(),
        SiteId::parse("s1").unwrap(),
        ChipId::parse("a100").unwrap(),
        8,
        &[],
    )
    .unwrap();
    s.add_node(&OP, n).unwrap();
    let l = create(&c, &req("acme", 8, 2, 1, LeaseKind::OnDemand)).unwrap();
    assert!(l.allocations.iter().all(|g| g.node_id.as_str() == "n3"));
    assert_no_double_booking(s);
    s.audit_verify().unwrap();
}

/// Group commit: concurrent creates sharing transactions, some failing
/// (no capacity, idempotency conflicts) and some replaying a key, each get
/// their own answer; nothing of a failed one is written.
fn group_commit_mixed_batch<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8), ("n2", 8)]);
    const CLIENTS: usize = 32;
    let clients: Vec<H::S> = (0..CLIENTS).map(|_| h.client()).collect();
    let barrier = Arc::new(Barrier::new(CLIENTS));
    let results: Vec<(usize, Result<Lease, StoreError>)> = std::thread::scope(|sc| {
        let hs: Vec<_> = clients
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let barrier = barrier.clone();
                sc.spawn(move || {
                    barrier.wait();
                    let r = match i % 4 {
                        // Never fits: 17 GPUs of 16.
                        0 => create(c, &req("acme", 17, 0, 1, LeaseKind::OnDemand)),
                        // The same key and request from 8 clients: one lease.
                        1 => c.create_lease(
                            &Op::with_key("test", Some("same")),
                            &req("acme", 2, 20, 1, LeaseKind::OnDemand),
                            &ApproveAll,
                        ),
                        // The same key with 8 different requests: one wins.
                        2 => c.create_lease(
                            &Op::with_key("test", Some("clash")),
                            &req("beta", 1, 40 + i as i64, 1, LeaseKind::OnDemand),
                            &ApproveAll,
                        ),
                        // Plain creates, each in its own hour: all fit.
                        _ => create(c, &req("beta", 1, 100 + i as i64, 1, LeaseKind::OnDemand)),
                    };
                    (i, r)
                })
            })
            .collect();
        hs.into_iter().map(|j| j.join().unwrap()).collect()
    });
    let mut same = Vec::new();
    let mut clash_ok = 0;
    for (i, r) in &results {
        match i % 4 {
            0 => assert_eq!(r.as_ref().unwrap_err().code(), "no_capacity"),
            1 => same.push(r.as_ref().unwrap().clone()),
            2 => match r {
                Ok(_) => clash_ok += 1,
                Err(e) => assert_eq!(e.code(), "idempotency_conflict"),
            },
            _ => assert_eq!(r.as_ref().unwrap().allocations.len(), 1),
        }
    }
    assert!(same.windows(2).all(|w| w[0] == w[1]), "one key, one lease");
    assert_eq!(clash_ok, 1, "the first request under a key wins");
    let leases = s.list_leases(&LeaseFilter::default()).unwrap();
    assert_eq!(leases.len(), 1 + 1 + CLIENTS / 4, "{leases:?}");
    let ids: std::collections::BTreeSet<_> = leases.iter().map(|l| l.id.clone()).collect();
    assert_eq!(ids.len(), leases.len());
    assert_no_double_booking(s);
    let v = s.audit_verify().unwrap();
    // Set-up: site, 2 nodes, price, 2 customers; then 2 entries per lease.
    assert_eq!(v.entries as usize, 6 + 2 * leases.len());
}

/// Group commit: an operation that writes and then fails on a constraint
/// leaves none of its writes, wherever it falls in a shared transaction, and
/// the operations around it keep all of theirs.
fn group_commit_failed_write_is_undone<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    const CLIENTS: usize = 32;
    const ROUNDS: usize = 4;
    let clients: Vec<H::S> = (0..CLIENTS).map(|_| h.client()).collect();
    for round in 0..ROUNDS {
        let barrier = Arc::new(Barrier::new(CLIENTS));
        std::thread::scope(|sc| {
            for (i, c) in clients.iter().enumerate() {
                let barrier = barrier.clone();
                sc.spawn(move || {
                    barrier.wait();
                    let name = format!("t{round}_{i}");
                    let r = c.write_tx(&mut |tx| {
                        let ins = "INSERT INTO settings (name, value) VALUES (?, ?)";
                        tx.exec(ins, &[name.as_str().into(), "first".into()])?;
                        tx.exec(ins, &[format!("{name}_b").as_str().into(), "second".into()])?;
                        if i % 2 == 1 {
                            // Its third statement breaks the primary key.
                            tx.exec(ins, &[name.as_str().into(), "again".into()])?;
                        }
                        Ok(())
                    });
                    assert_eq!(r.is_err(), i % 2 == 1, "client {i}: {r:?}");
                    if let Err(e) = r {
                        assert_eq!(e.code(), "constraint_violation", "{e:?}");
                    }
                });
            }
        });
    }
    let mut kept = Vec::new();
    s.read_tx(&mut |tx| {
        for r in tx.query(
            "SELECT name FROM settings WHERE name LIKE 't%' ORDER BY name",
            &[],
        )? {
            kept.push(r.t(0)?);
        }
        Ok(())
    })
    .unwrap();
    let mut want: Vec<String> = (0..ROUNDS)
        .flat_map(|r| (0..CLIENTS).step_by(2).map(move |i| format!("t{r}_{i}")))
        .flat_map(|n| [format!("{n}_b"), n])
        .collect();
    want.sort();
    assert_eq!(kept, want);
}

/// Concurrent extensions of one lease by a duration all apply.
fn concurrent_extend<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    let l = create(s, &req("acme", 2, 0, 1, LeaseKind::OnDemand)).unwrap();
    const CLIENTS: usize = 8;
    let clients: Vec<H::S> = (0..CLIENTS).map(|_| h.client()).collect();
    let barrier = Arc::new(Barrier::new(CLIENTS));
    std::thread::scope(|sc| {
        for c in &clients {
            let barrier = barrier.clone();
            let id = l.id.clone();
            sc.spawn(move || {
                barrier.wait();
                c.extend_lease_by(&OP, &id, Duration::hours(1)).unwrap();
            });
        }
    });
    let got = s.get_lease(&l.id).unwrap();
    assert_eq!(got.end, l.end + Duration::hours(CLIENTS as i64));
    assert_eq!(
        code(s.extend_lease_by(&OP, &l.id, Duration::ZERO)),
        "invalid_input"
    );
    assert_no_double_booking(s);
    s.audit_verify().unwrap();
}

/// Entries removed from the end of the log: the chain alone cannot show
/// it; the recorded head does, also after later appends.
fn tamper_truncate<H: Harness>(h: &H, append_after: bool) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    create(s, &req("acme", 1, 0, 1, LeaseKind::OnDemand)).unwrap();
    let before = s.audit_verify().unwrap();
    let last = before.entries as i64;
    h.disable_audit_guard();
    h.raw(&format!("DELETE FROM audit_log WHERE seq = {last}"));
    if append_after {
        create(s, &req("acme", 1, 5, 1, LeaseKind::OnDemand)).unwrap();
    }
    let err = s.audit_verify().unwrap_err();
    assert_eq!(err.code(), "audit_chain_broken");
    match err {
        StoreError::Chain(b) => assert_eq!(b.seq, last, "{}", b.reason),
        other => panic!("{other}"),
    }
    // The head row itself refuses deletion and moving back.
    let del = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        h.raw("DELETE FROM audit_head")
    }));
    assert!(del.is_err(), "audit_head must refuse deletes");
    let back = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        h.raw("UPDATE audit_head SET seq = 1")
    }));
    assert!(back.is_err(), "audit_head must refuse moving back");
}

/// A store keeps a copy of the bookings between creations (checked against
/// the audit head). Bookings written by anyone else must still be seen: by
/// another process (emulated with a raw connection that books the last
/// GPUs and appends an audit entry, as every ledger write does), and by a
/// raw `write_tx` on the same store.
fn bookings_copy_sees_other_writers<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8)]);
    create(s, &req("acme", 4, 0, 10, LeaseKind::OnDemand)).unwrap();
    // The second creation builds the copy; the third uses it.
    create(s, &req("acme", 1, 0, 10, LeaseKind::OnDemand)).unwrap();
    create(s, &req("acme", 1, 0, 10, LeaseKind::OnDemand)).unwrap();
    let (a, b) = (
        T0.unix_timestamp(),
        (T0 + Duration::hours(10)).unix_timestamp(),
    );
    h.raw(&format!(
        "INSERT INTO leases (num, id, customer_id, chip, status, start_s, end_s, doc) \
         VALUES (999, 'ls-x', 'acme', 'a100', 'approved', {a}, {b}, '{{}}'); \
         INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active) \
         SELECT 'ls-x', 'n1', g, {a}, {b}, {b}, 1 FROM (SELECT 6 AS g UNION ALL SELECT 7) t; \
         INSERT INTO audit_log (seq, at, actor, action, subject, change, prev_hash, hash) \
         SELECT seq + 1, at, 'other-process', 'lease.create', 'ls-x', '{{}}', hash, 'x' FROM audit_log \
         WHERE seq = (SELECT MAX(seq) FROM audit_log);"
    ));
    assert_eq!(
        code(create(s, &req("acme", 1, 0, 10, LeaseKind::OnDemand))),
        "no_capacity",
        "the GPUs another process booked are seen"
    );
    // Hours 20-30: book and cancel all 8 GPUs, book 7, then the last one
    // with a raw write on this store (no audit entry): the copy must not
    // survive that either.
    let l = create(s, &req("acme", 8, 20, 10, LeaseKind::OnDemand)).unwrap();
    s.transition_lease(&OP, &l.id, LeaseStatus::Cancelled, None)
        .unwrap();
    create(s, &req("acme", 7, 20, 10, LeaseKind::OnDemand)).unwrap();
    let (c, d) = (
        (T0 + Duration::hours(20)).unix_timestamp(),
        (T0 + Duration::hours(30)).unix_timestamp(),
    );
    s.write_tx(&mut |tx| {
        tx.exec(
            "INSERT INTO leases (num, id, customer_id, chip, status, start_s, end_s, doc) VALUES (998, 'ls-y', 'acme', 'a100', 'approved', ?, ?, '{}')",
            &[c.into(), d.into()],
        )?;
        tx.exec(
            "INSERT INTO allocations (lease_id, node_id, gpu_index, start_s, end_s, block_end_s, active) \
             SELECT 'ls-y', 'n1', gpu_index, ?, ?, ?, 1 FROM gpus WHERE node_id = 'n1' AND gpu_index NOT IN \
             (SELECT gpu_index FROM allocations WHERE active = 1 AND start_s = ?)",
            &[c.into(), d.into(), d.into(), c.into()],
        )?;
        Ok(())
    })
    .unwrap();
    assert_eq!(
        code(create(s, &req("acme", 1, 20, 10, LeaseKind::OnDemand))),
        "no_capacity",
        "the GPU a raw write booked is seen"
    );
    assert_no_double_booking(s);
}

/// Creations in one shared write transaction reuse what an earlier one read
/// (customer, price, settings, lease number, audit head). Price changes and
/// refusals in the same batches must still show: every lease carries the
/// price that was current where its creation sits in the audit log.
fn creation_head_follows_other_writes<H: Harness>(h: &H) {
    let s = h.store();
    setup(s, &[("n1", 8), ("n2", 8), ("n3", 8), ("n4", 8)]);
    const CLIENTS: usize = 24;
    let clients: Vec<H::S> = (0..CLIENTS).map(|_| h.client()).collect();
    let barrier = Arc::new(Barrier::new(CLIENTS));
    std::thread::scope(|sc| {
        for (i, c) in clients.iter().enumerate() {
            let barrier = barrier.clone();
            sc.spawn(move || {
                barrier.wait();
                for round in 0..4 {
                    let k = (round * CLIENTS + i) as i64;
                    match i % 6 {
                        0 => {
                            let p = usd(&format!("{}.{:02}", 3 + round, i));
                            c.set_price(
                                &OP,
                                PriceInput {
                                    chip: ChipId::parse("a100").unwrap(),
                                    currency: Currency::USD,
                                    on_demand: p,
                                    reserved: None,
                                    interruptible_floor: None,
                                    term_discounts: vec![],
                                },
                            )
                            .unwrap();
                        }
                        // Refused inside the batch: rolled back alone.
                        1 => assert_eq!(
                            code(create(c, &req("acme", 33, k, 1, LeaseKind::OnDemand))),
                            "no_capacity"
                        ),
                        _ => {
                            let who = if i % 2 == 0 { "acme" } else { "beta" };
                            create(c, &req(who, 1 + (k % 3) as u32, k, 2, LeaseKind::OnDemand))
                                .unwrap();
                        }
                    }
                }
            });
        }
    });
    // Replay the log: the on-demand price current at each creation.
    let mut current: Option<serde_json::Value> = None;
    let mut expected = std::collections::HashMap::new();
    s.audit_scan(&mut |e| {
        let change: serde_json::Value = serde_json::from_str(&e.change).unwrap();
        match e.action.as_str() {
            "price.set" => current = Some(change["on_demand"].clone()),
            "lease.create" => {
                expected.insert(e.subject.clone(), current.clone().unwrap());
            }
            _ => {}
        }
        Ok(())
    })
    .unwrap();
    let leases = s.list_leases(&LeaseFilter::default()).unwrap();
    assert_eq!(leases.len(), 4 * (CLIENTS - 2 * CLIENTS / 6));
    for l in &leases {
        assert_eq!(
            serde_json::to_value(l.price.per_gpu_hour).unwrap(),
            expected[l.id.as_str()],
            "lease {} priced with a stale price list",
            l.id
        );
    }
    let nums: std::collections::BTreeSet<_> = leases.iter().map(|l| l.id.clone()).collect();
    assert_eq!(nums.len(), leases.len());
    assert_no_double_booking(s);
    s.audit_verify().unwrap();
}

fn migrate_is_idempotent<H: Harness>(h: &H) {
    assert!(h.store().migrate().unwrap().is_empty());
    assert!(h.client().migrate().unwrap().is_empty());
}

macro_rules! suite {
    ($backend:ident, $make:expr) => {
        mod $backend {
            use super::*;
            #[allow(unused_imports)]
            use crate::harness::*;
            macro_rules! t {
                ($name:ident, $body:expr) => {
                    #[test]
                    fn $name() {
                        if let Some(h) = $make {
                            #[allow(clippy::redundant_closure_call)]
                            ($body)(&h);
                        }
                    }
                };
            }
            t!(lifecycle, |h| super::lifecycle(h));
            t!(refusals, |h| super::refusals(h));
            t!(gap_extend_cancel, |h| super::gap_extend_cancel(h));
            t!(database_refuses_double_booking, |h| {
                super::database_refuses_double_booking(h)
            });
            t!(idempotency, |h| super::idempotency(h));
            t!(race_64_clients_last_8_gpus, |h| super::race_last_gpus(h));
            t!(tamper_edit, |h| super::tamper(h, "edit"));
            t!(tamper_change_json, |h| super::tamper(h, "change"));
            t!(tamper_delete, |h| super::tamper(h, "delete"));
            t!(tamper_reorder, |h| super::tamper(h, "reorder"));
            t!(billing, |h| super::billing(h));
            t!(prepaid_auto_suspend, |h| super::prepaid(h));
            t!(compliance_gate_seam, |h| super::gate(h));
            t!(interruptible_preempt, |h| super::interruptible(h));
            t!(migrate_is_idempotent, |h| super::migrate_is_idempotent(h));
            t!(fleet_changes_reach_other_clients, |h| {
                super::fleet_changes_reach_other_clients(h)
            });
            t!(simulation, |h| crate::sim::run(h, 7, 150));
            t!(group_commit_mixed_batch, |h| {
                super::group_commit_mixed_batch(h)
            });
            t!(group_commit_failed_write_is_undone, |h| {
                super::group_commit_failed_write_is_undone(h)
            });
            t!(concurrent_extend, |h| super::concurrent_extend(h));
            t!(creation_head_follows_other_writes, |h| {
                super::creation_head_follows_other_writes(h)
            });
            t!(bookings_copy_sees_other_writers, |h| {
                super::bookings_copy_sees_other_writers(h)
            });
            t!(tamper_truncate, |h| super::tamper_truncate(h, false));
            t!(tamper_truncate_then_append, |h| super::tamper_truncate(
                h, true
            ));
        }
    };
}

suite!(sqlite, Some(SqliteHarness::new()));
suite!(postgres, PgHarness::new());
