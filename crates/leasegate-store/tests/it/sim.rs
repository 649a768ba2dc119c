//! Seeded deterministic simulation: random creates, extends, cancels, ends,
//! suspensions and clock jumps; after every step no GPU is double-booked,
//! every invoice equals the sum of its lines, and the audit chain verifies.
//! Every creation must also choose exactly the GPUs (or report exactly the
//! shortage) that the allocator gives for the bookings in the database at
//! that moment: the store's per-connection copy of the bookings must never
//! differ from the database.

use crate::conformance::{assert_no_double_booking, req, setup};
use crate::harness::Harness;
use leasegate_ledger::{
    choose_gpus, ApproveAll, CustomerId, LeaseKind, LeaseRequest, LeaseStatus, Month, NodeFree,
};
use leasegate_store::{LeaseFilter, Op, Store};
use time::Duration;

/// xorshift64*: tiny, seedable, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// What the allocator chooses for `r` from the bookings in the database.
fn expected_choice<S: Store + ?Sized>(
    s: &S,
    r: &LeaseRequest,
) -> Result<Vec<leasegate_ledger::GpuRef>, u32> {
    let (start, end) = r.window(s.clock().now()).unwrap();
    let gap = s.cleaning_gap().unwrap();
    let (lo, hi) = (start.unix_timestamp(), end.unix_timestamp() + gap);
    let booked = s.active_bookings().unwrap();
    let nodes: Vec<NodeFree> = s
        .list_nodes()
        .unwrap()
        .into_iter()
        .filter(|n| n.chip == r.chip && n.state == leasegate_ledger::NodeState::Available)
        .map(|n| NodeFree {
            busy: booked
                .iter()
                .filter(|(g, b_start, b_end, _)| g.node_id == n.id && *b_end > lo && *b_start < hi)
                .map(|(g, ..)| g.gpu_index)
                .collect(),
            node_id: n.id,
            gpu_count: n.gpu_count,
        })
        .collect();
    choose_gpus(&nodes, r.gpus)
}

pub fn run<H: Harness>(h: &H, seed: u64, steps: usize) {
    let s = h.store();
    let op = Op::new("sim");
    setup(s, &[("n1", 8), ("n2", 8), ("n3", 4)]);
    s.set_cleaning_gap(&op, 600).unwrap();
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let customers = ["acme", "beta"];
    let kinds = [
        LeaseKind::OnDemand,
        LeaseKind::Reserved,
        LeaseKind::Interruptible,
    ];
    let mut log = Vec::new();
    for step in 0..steps {
        let now = s.clock().now();
        let start_h = (now - crate::harness::T0).whole_hours() + rng.below(48) as i64;
        let leases = s.list_leases(&LeaseFilter::default()).unwrap();
        let pick = |rng: &mut Rng| {
            (!leases.is_empty()).then(|| leases[rng.below(leases.len() as u64) as usize].clone())
        };
        let action = rng.below(10);
        let outcome = match action {
            0..=3 => {
                let r = req(
                    customers[rng.below(2) as usize],
                    1 + rng.below(10) as u32,
                    start_h,
                    1 + rng.below(72) as i64,
                    kinds[rng.below(3) as usize],
                );
                let want = expected_choice(s, &r);
                let got = s.create_lease(&op, &r, &ApproveAll);
                match (&want, &got) {
                    (Ok(w), Ok(l)) => assert_eq!(&l.allocations, w, "step {step}: GPUs chosen"),
                    (Err(_), Err(e)) => assert_eq!(
                        leasegate_core::ErrorCode::code(e),
                        "no_capacity",
                        "step {step}"
                    ),
                    _ => panic!("step {step}: expected {want:?}, got {got:?}"),
                }
                got.map(|l| l.id.to_string())
            }
            4 => match pick(&mut rng) {
                Some(l) => s
                    .extend_lease(
                        &op,
                        &l.id,
                        l.end + Duration::hours(1 + rng.below(24) as i64),
                    )
                    .map(|l| l.id.to_string()),
                None => Ok(String::new()),
            },
            5 => match pick(&mut rng) {
                Some(l) => s
                    .transition_lease(&op, &l.id, LeaseStatus::Cancelled, None)
                    .map(|l| l.id.to_string()),
                None => Ok(String::new()),
            },
            6 => match pick(&mut rng) {
                Some(l) => {
                    let to = match l.status {
                        LeaseStatus::Approved => LeaseStatus::Active,
                        LeaseStatus::Active => LeaseStatus::Ended,
                        _ => LeaseStatus::Active,
                    };
                    s.transition_lease(&op, &l.id, to, None)
                        .map(|l| l.id.to_string())
                }
                None => Ok(String::new()),
            },
            7 => match pick(&mut rng) {
                Some(l) if l.status == LeaseStatus::Suspended => {
                    s.resume_lease(&op, &l.id).map(|l| l.id.to_string())
                }
                Some(l) => s
                    .transition_lease(&op, &l.id, LeaseStatus::Suspended, Some("sim"))
                    .map(|l| l.id.to_string()),
                None => Ok(String::new()),
            },
            8 => {
                h.clock()
                    .advance(Duration::minutes(1 + rng.below(36 * 60) as i64));
                Ok(String::new())
            }
            _ => {
                let m = Month::of(s.clock().now());
                s.finalize_invoice(
                    &op,
                    &CustomerId::parse(customers[rng.below(2) as usize]).unwrap(),
                    m,
                )
                .map(|i| i.id)
            }
        };
        log.push((
            step,
            action,
            outcome.as_ref().map_err(|e| e.to_string()).cloned(),
        ));
        if let Err(e) = &outcome {
            // Refusals are fine; internal errors are not.
            use leasegate_core::ErrorCode;
            assert!(e.is_user_error(), "step {step}: internal error {e}");
        }
        assert_no_double_booking(s);
        for c in customers {
            let m = Month::of(s.clock().now());
            for inv in s
                .list_invoices(Some(&CustomerId::parse(c).unwrap()), Some(m))
                .unwrap()
            {
                assert_eq!(
                    inv.lines_sum().unwrap(),
                    inv.total,
                    "step {step}: invoice {}",
                    inv.id
                );
            }
        }
        s.audit_verify()
            .unwrap_or_else(|e| panic!("step {step}: {e}"));
    }
    let ok = log.iter().filter(|(_, _, r)| r.is_ok()).count();
    assert!(ok > steps / 3, "simulation mostly refused: {ok}/{steps}");
}
