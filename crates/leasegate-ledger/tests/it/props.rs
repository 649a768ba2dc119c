//! Property tests for allocation, the state machine and billing.

use leasegate_core::{Currency, Money};
use leasegate_ledger::{
    billable_seconds, can_transition, choose_gpus, draft_invoice, ChipId, CustomerId, GpuRef,
    Lease, LeaseId, LeaseKind, LeaseRequest, LeaseStatus, Month, NodeFree, NodeId, PriceSnapshot,
};
use proptest::prelude::*;
use std::collections::HashSet;
use time::macros::datetime;
use time::Duration;

fn nodes_strategy() -> impl Strategy<Value = Vec<NodeFree>> {
    prop::collection::vec((1u32..=16, prop::collection::vec(0u32..16, 0..16)), 1..12).prop_map(
        |v| {
            v.into_iter()
                .enumerate()
                .map(|(i, (count, busy))| NodeFree {
                    node_id: NodeId::parse(&format!("n{i:02}")).unwrap(),
                    gpu_count: count,
                    busy: busy.into_iter().filter(|b| *b < count).collect(),
                })
                .collect()
        },
    )
}

proptest! {
    /// Exactly `want` distinct, free, existing GPUs, or the true free count.
    #[test]
    fn allocation_picks_free_distinct_gpus(nodes in nodes_strategy(), want in 1u32..64) {
        let free: usize = nodes.iter().map(|n| {
            let busy: HashSet<u32> = n.busy.iter().copied().collect();
            n.gpu_count as usize - busy.len()
        }).sum();
        match choose_gpus(&nodes, want) {
            Ok(g) => {
                prop_assert_eq!(g.len(), want as usize);
                let set: HashSet<&GpuRef> = g.iter().collect();
                prop_assert_eq!(set.len(), g.len());
                for x in &g {
                    let n = nodes.iter().find(|n| n.node_id == x.node_id).unwrap();
                    prop_assert!(x.gpu_index < n.gpu_count);
                    prop_assert!(!n.busy.contains(&x.gpu_index));
                }
            }
            Err(f) => {
                prop_assert!(free < want as usize);
                prop_assert_eq!(f as usize, free);
            }
        }
    }

    /// Random walks through the state machine only take legal steps, and
    /// billing never exceeds the booked window nor goes negative.
    #[test]
    fn state_machine_and_billing(steps in prop::collection::vec((0usize..8, 0i64..600), 0..20), kind in 0usize..3, rate in 0i64..100_000, gpus in 1u32..16) {
        let kind = [LeaseKind::OnDemand, LeaseKind::Reserved, LeaseKind::Interruptible][kind];
        let start = datetime!(2026-05-31 12:00 UTC);
        let usd = Currency::USD;
        let req = LeaseRequest {
            customer_id: CustomerId::parse("c").unwrap(),
            chip: ChipId::parse("x").unwrap(),
            gpus,
            kind,
            start: Some(start),
            duration_s: Some(48 * 3600),
            end: None,
            declared_use: None,
        };
        let price = PriceSnapshot {
            price_list_version: 1,
            currency: usd,
            list_rate: Money::new(rate, usd),
            discount_percent: None,
            per_gpu_hour: Money::new(rate, usd),
            estimated_total: Money::new(0, usd),
        };
        let mut l = Lease::new_pending(LeaseId::from_number(1), &req, start, start + Duration::hours(48), vec![], price, start);
        let mut t = start;
        for (to, dt) in steps {
            t += Duration::minutes(dt);
            let to = LeaseStatus::ALL[to];
            let legal = can_transition(l.status, to, l.kind, l.resume_to);
            let before = l.status;
            prop_assert_eq!(l.transition(to, t, None).is_ok(), legal);
            if !legal {
                prop_assert_eq!(l.status, before);
            }
        }
        let now = t + Duration::hours(1);
        let total: i64 = [Month::parse("2026-05").unwrap(), Month::parse("2026-06").unwrap()]
            .iter()
            .map(|m| billable_seconds(&l, m.start(), m.end(), now))
            .sum();
        prop_assert!((0..=48 * 3600).contains(&total));
        let inv = draft_invoice(&l.customer_id.clone(), Month::parse("2026-06").unwrap(), &[l], &[], now, usd).unwrap();
        prop_assert_eq!(inv.lines_sum().unwrap(), inv.total);
    }
}
