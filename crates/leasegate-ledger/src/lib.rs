//! Fleet, lease state machine, allocation, pricing, billing and audit-chain logic. Pure, no IO, no wall clock.
