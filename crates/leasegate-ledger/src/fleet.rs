//! Sites, nodes, GPUs and customers.

use crate::{ChipId, CustomerId, LedgerError, NodeId, SiteId};
use leasegate_core::{CountryCode, Money};

/// Most GPUs one node may declare; real servers carry 8 or 16.
pub const MAX_GPUS_PER_NODE: u32 = 64;
/// Longest free-text field (facility, names, declared use).
pub const MAX_TEXT_LEN: usize = 500;

/// Checks a free-text field: bounded and without control characters.
pub fn check_text(what: &str, s: &str) -> Result<String, LedgerError> {
    let t = s.trim();
    if t.len() > MAX_TEXT_LEN {
        return Err(LedgerError::Invalid(format!(
            "{what} is longer than {MAX_TEXT_LEN} bytes"
        )));
    }
    if t.chars().any(char::is_control) {
        return Err(LedgerError::Invalid(format!(
            "{what} contains control characters"
        )));
    }
    Ok(t.to_string())
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Site {
    pub id: SiteId,
    pub country: CountryCode,
    pub facility: Option<String>,
}

/// Only `available` nodes are offered to new leases; existing leases keep their GPUs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeState {
    Available,
    Maintenance,
    Retired,
}

impl NodeState {
    pub fn as_str(self) -> &'static str {
        match self {
            NodeState::Available => "available",
            NodeState::Maintenance => "maintenance",
            NodeState::Retired => "retired",
        }
    }
    pub fn parse(s: &str) -> Result<Self, LedgerError> {
        match s.trim() {
            "available" => Ok(NodeState::Available),
            "maintenance" => Ok(NodeState::Maintenance),
            "retired" => Ok(NodeState::Retired),
            other => Err(LedgerError::Invalid(format!(
                "node state {other:?}: expected available, maintenance or retired"
            ))),
        }
    }
}

/// One physical GPU: where it sits and which chip it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Gpu {
    pub index: u32,
    pub serial: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Node {
    pub id: NodeId,
    pub site_id: SiteId,
    pub chip: ChipId,
    pub gpu_count: u32,
    pub state: NodeState,
    pub gpus: Vec<Gpu>,
}

impl Node {
    /// Builds a node, checking the GPU count and that serials (if given) match it.
    pub fn new(
        id: NodeId,
        site_id: SiteId,
        chip: ChipId,
        gpu_count: u32,
        serials: &[String],
    ) -> Result<Self, LedgerError> {
        if gpu_count == 0 || gpu_count > MAX_GPUS_PER_NODE {
            return Err(LedgerError::Invalid(format!(
                "--gpus must be 1..={MAX_GPUS_PER_NODE}, got {gpu_count}"
            )));
        }
        if !serials.is_empty() && serials.len() != gpu_count as usize {
            return Err(LedgerError::Invalid(format!(
                "{} serials given for {gpu_count} GPUs: give one per GPU or none",
                serials.len()
            )));
        }
        let mut gpus = Vec::with_capacity(gpu_count as usize);
        for i in 0..gpu_count {
            let serial = match serials.get(i as usize) {
                Some(s) => Some(check_text("serial", s)?).filter(|s| !s.is_empty()),
                None => None,
            };
            gpus.push(Gpu { index: i, serial });
        }
        Ok(Self {
            id,
            site_id,
            chip,
            gpu_count,
            state: NodeState::Available,
            gpus,
        })
    }
}

/// A concrete GPU: node and index on it.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct GpuRef {
    pub node_id: NodeId,
    pub gpu_index: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Customer {
    pub id: CustomerId,
    pub name: String,
    pub country: CountryCode,
    /// Prepaid customers: suspend their running leases when the balance is used up.
    #[serde(default)]
    pub auto_suspend: bool,
    /// Sum of prepaid credits (top-ups), in the customer's currency.
    #[serde(default)]
    pub credit: Option<Money>,
}
