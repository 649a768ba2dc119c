//! Evidence per entity: the owners that count, the chain back to the list
//! entries, the list codes that reach it, the strictest licence requirement,
//! the multiplied-through share (informational) and red flags.

use crate::graph::{ListMask, NodeId};
use crate::model::ControlRole;
use crate::resolve::{Resolver, Status};
use leasegate_core::Percent;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::VecDeque;

/// Licence strictness of a list code, higher is stricter. When several
/// listed owners reach an entity, the strictest requirement applies:
/// 6 blocking sanctions (OFAC SDN, UN, EU, UK asset freezes: no dealings at all)
/// > 5 Denied Persons (all export privileges denied)
/// > 4 Entity List (licence for all items subject to the EAR, presumption of denial)
/// > 3 Military End-User list
/// > 2 Unverified List, ISN and DDTC debarments (statements / case-by-case)
/// > 1 sectoral or investment lists (SSI, CMIC, other codes) that impose no export licence.
pub fn list_rank(code: &str) -> u8 {
    match code.to_ascii_uppercase().as_str() {
        "SDN" | "UN" | "EU" | "UK" | "OFSI" | "BLOCKED" => 6,
        "DPL" => 5,
        "EL" | "ENTITY_LIST" => 4,
        "MEU" => 3,
        "UVL" | "ISN" | "DTC" => 2,
        _ => 1,
    }
}

/// The strictest code of a set (ties broken alphabetically, so it is stable).
pub fn strictest<'a>(codes: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    codes
        .into_iter()
        .max_by(|a, b| list_rank(a).cmp(&list_rank(b)).then_with(|| b.cmp(a)))
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Via {
    pub owner_id: String,
    pub share_min: Percent,
    pub share_max: Percent,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RedFlag {
    /// `listed_stake_below_threshold`, `shared_management` or `listed_controller`.
    pub code: &'static str,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityReport {
    pub id: String,
    pub status: Status,
    pub listed_share_min: Percent,
    pub listed_share_max: Percent,
    /// Owners whose status is not clear, with their shares (sorted by id).
    pub via: Vec<Via>,
    /// List codes reaching this entity through owners that count (its own codes when listed).
    pub lists: Vec<String>,
    /// The strictest of `lists` (see [`list_rank`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub strictest_list: Option<String>,
    /// Shortest chain of counting owners from a listed entity to this one (ids, listed first).
    pub chain: Vec<String>,
    pub red_flags: Vec<RedFlag>,
    /// Multiplied-through ownership by listed parties, in percent (informational).
    pub effective_listed_share: f64,
}

/// A resolved control link between two nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ControlLink {
    pub controller: NodeId,
    pub controlled: NodeId,
    pub role: ControlRole,
}

/// Whether owner status `o` counts for an entity with status `x`.
fn counts(o: Status, x: Status) -> bool {
    match x {
        Status::Covered => o.counts_min(),
        Status::PossiblyCovered => o.counts_max(),
        _ => false,
    }
}

/// List masks for every entity by forward propagation over counting edges
/// (a monotone union, so it terminates on cycles).
pub fn all_list_masks(r: &Resolver) -> Vec<ListMask> {
    let g = r.graph();
    let n = g.node_count();
    let mut mask = vec![0 as ListMask; n];
    let mut inq = vec![false; n];
    let mut q = VecDeque::new();
    for x in 0..n as u32 {
        if g.listed(x) != 0 {
            mask[x as usize] = g.listed(x);
            q.push_back(x);
            inq[x as usize] = true;
        }
    }
    while let Some(o) = q.pop_front() {
        inq[o as usize] = false;
        let so = r.status(o);
        for (y, _) in g.holdings(o) {
            let sy = r.status(y);
            if sy == Status::Listed || !counts(so, sy) {
                continue;
            }
            let m = mask[y as usize] | mask[o as usize];
            if m != mask[y as usize] {
                mask[y as usize] = m;
                if !inq[y as usize] {
                    inq[y as usize] = true;
                    q.push_back(y);
                }
            }
        }
    }
    mask
}

/// Shortest chain of counting owners back to a listed entity (BFS), listed first.
pub fn chain(r: &Resolver, x: NodeId) -> Vec<NodeId> {
    match r.status(x) {
        Status::Clear => return Vec::new(),
        Status::Listed => return vec![x],
        _ => {}
    }
    let mut parent: FxHashMap<NodeId, NodeId> = FxHashMap::default();
    let mut q = VecDeque::from([x]);
    let mut seen = FxHashSet::from_iter([x]);
    while let Some(z) = q.pop_front() {
        let sz = r.status(z);
        for (o, _) in r.graph().owners(z) {
            let so = r.status(o);
            if !counts(so, sz) || !seen.insert(o) {
                continue;
            }
            parent.insert(o, z);
            if so == Status::Listed {
                let mut path = vec![o];
                let mut cur = o;
                while let Some(&p) = parent.get(&cur) {
                    path.push(p);
                    cur = p;
                }
                return path;
            }
            q.push_back(o);
        }
    }
    // Unreachable for a least fixpoint; an empty chain is the honest answer.
    Vec::new()
}

/// Builds the reports for every entity (sorted by id).
pub fn report_all(r: &Resolver, control: &[ControlLink]) -> Vec<EntityReport> {
    let masks = all_list_masks(r);
    let eff = r.effective_listed();
    let flags = management_flags(r, control);
    let g = r.graph();
    let mut order: Vec<NodeId> = (0..g.node_count() as u32).collect();
    order.sort_unstable_by(|a, b| g.id(*a).cmp(g.id(*b)));
    order
        .into_iter()
        .map(|x| build(r, x, masks[x as usize], eff[x as usize], flags.get(&x)))
        .collect()
}

/// Builds one entity's report (the list codes via a backward search).
pub fn report_one(r: &Resolver, control: &[ControlLink], x: NodeId) -> EntityReport {
    let g = r.graph();
    let mut mask: ListMask = 0;
    if r.status(x) == Status::Listed {
        mask = g.listed(x);
    } else if r.status(x) != Status::Clear {
        let mut q = VecDeque::from([x]);
        let mut seen = FxHashSet::from_iter([x]);
        while let Some(z) = q.pop_front() {
            let sz = r.status(z);
            for (o, _) in g.owners(z) {
                let so = r.status(o);
                if counts(so, sz) && seen.insert(o) {
                    if so == Status::Listed {
                        mask |= g.listed(o);
                    } else {
                        q.push_back(o);
                    }
                }
            }
        }
    }
    let eff = r.effective_listed();
    let flags = management_flags(r, control);
    build(r, x, mask, eff[x as usize], flags.get(&x))
}

fn build(
    r: &Resolver,
    x: NodeId,
    mask: ListMask,
    eff: f64,
    mgmt: Option<&Vec<RedFlag>>,
) -> EntityReport {
    let g = r.graph();
    let status = r.status(x);
    let (smin, smax) = r.listed_shares(x);
    let mut via: Vec<Via> = g
        .owners(x)
        .into_iter()
        .filter(|(o, _)| r.status(*o) != Status::Clear)
        .map(|(o, s)| Via {
            owner_id: g.id(o).to_string(),
            share_min: s.min(),
            share_max: s.max(),
            status: r.status(o),
        })
        .collect();
    via.sort_by(|a, b| a.owner_id.cmp(&b.owner_id));
    let lists: Vec<String> = g.codes_of(mask).into_iter().map(str::to_string).collect();
    let strictest_list = strictest(lists.iter().map(String::as_str)).map(str::to_string);
    let chain = chain(r, x)
        .into_iter()
        .map(|n| g.id(n).to_string())
        .collect();
    let mut red_flags = Vec::new();
    let quarter = Percent::whole(25).unwrap_or(Percent::ZERO);
    let eff_pct = (eff * 100.0 * 10_000.0).round() / 10_000.0;
    if matches!(status, Status::Clear | Status::PossiblyCovered) {
        if smin >= quarter {
            red_flags.push(RedFlag {
                code: "listed_stake_below_threshold",
                detail: format!(
                    "listed or covered owners hold at least {smin}% directly, below the {}% threshold",
                    r.threshold()
                ),
            });
        } else if eff_pct >= 25.0 {
            red_flags.push(RedFlag {
                code: "listed_stake_below_threshold",
                detail: format!("listed parties own {eff_pct}% multiplied through the chain, below the {}% threshold", r.threshold()),
            });
        }
    }
    if let Some(m) = mgmt {
        red_flags.extend(m.iter().cloned());
    }
    EntityReport {
        id: g.id(x).to_string(),
        status,
        listed_share_min: smin,
        listed_share_max: smax,
        via,
        lists,
        strictest_list,
        chain,
        red_flags,
        effective_listed_share: eff_pct,
    }
}

/// Shared directors/officers with a listed entity, and listed controllers.
fn management_flags(r: &Resolver, control: &[ControlLink]) -> FxHashMap<NodeId, Vec<RedFlag>> {
    let g = r.graph();
    let mut by_controller: FxHashMap<NodeId, Vec<&ControlLink>> = FxHashMap::default();
    for c in control {
        by_controller.entry(c.controller).or_default().push(c);
    }
    let mut out: FxHashMap<NodeId, Vec<RedFlag>> = FxHashMap::default();
    let mut keys: Vec<&NodeId> = by_controller.keys().collect();
    keys.sort_unstable();
    for p in keys {
        let links = &by_controller[p];
        let mgmt =
            |c: &&&ControlLink| matches!(c.role, ControlRole::Director | ControlRole::Officer);
        if g.listed(*p) != 0 {
            for c in links.iter() {
                out.entry(c.controlled).or_default().push(RedFlag {
                    code: "listed_controller",
                    detail: format!("{} (listed) is {:?} of this entity", g.id(*p), c.role)
                        .to_lowercase(),
                });
            }
        }
        let listed_seats: Vec<NodeId> = links
            .iter()
            .filter(mgmt)
            .map(|c| c.controlled)
            .filter(|&e| g.listed(e) != 0)
            .collect();
        if listed_seats.is_empty() {
            continue;
        }
        for c in links.iter().filter(mgmt) {
            for &l in &listed_seats {
                if l != c.controlled {
                    out.entry(c.controlled).or_default().push(RedFlag {
                        code: "shared_management",
                        detail: format!(
                            "{} is also director or officer of listed {}",
                            g.id(*p),
                            g.id(l)
                        ),
                    });
                }
            }
        }
    }
    out
}

/// Human-readable explanation for `leasegate ownership explain`.
pub fn explain_text(
    r: &Resolver,
    rep: &EntityReport,
    name: &dyn Fn(&str) -> Option<String>,
) -> String {
    use std::fmt::Write;
    let g = r.graph();
    let label = |id: &str| match name(id) {
        Some(n) if !n.is_empty() => format!("{id} ({n})"),
        _ => id.to_string(),
    };
    let t = r.threshold();
    let mut s = String::new();
    let _ = writeln!(s, "{}: {}", label(&rep.id), rep.status.as_str());
    let why = match rep.status {
        Status::Listed => format!("listed on {}", rep.lists.join(", ")),
        Status::Covered => format!(
            "listed or covered owners hold at least {}% (threshold {t}%), counted once per owner, not multiplied",
            rep.listed_share_min
        ),
        Status::PossiblyCovered => format!(
            "certain listed/covered stake is {}% (< {t}%) but listed, covered or possibly covered owners may hold up to {}% (unknown shares count as 100)",
            rep.listed_share_min, rep.listed_share_max
        ),
        Status::Clear => format!(
            "owners that count hold at most {}% (< {t}%)",
            rep.listed_share_max
        ),
    };
    let _ = writeln!(s, "why: {why}");
    if !rep.via.is_empty() {
        let _ = writeln!(s, "owners that are not clear:");
        for v in &rep.via {
            let share = crate::model::Share::range(v.share_min, v.share_max)
                .unwrap_or(crate::model::Share::UNKNOWN);
            let _ = writeln!(
                s,
                "  {} holds {share} [{}]",
                label(&v.owner_id),
                v.status.as_str()
            );
        }
    }
    if rep.chain.len() > 1 {
        let _ = writeln!(s, "chain back to the list:");
        for w in rep.chain.windows(2) {
            let (a, b) = (g.node(&w[0]), g.node(&w[1]));
            let share = match (a, b) {
                (Some(a), Some(b)) => g.edge(a, b).map(|s| s.to_string()).unwrap_or_default(),
                _ => String::new(),
            };
            let st = a.map(|a| r.status(a).as_str()).unwrap_or("");
            let _ = writeln!(s, "  {} [{st}] --{share}--> {}", label(&w[0]), label(&w[1]));
        }
    }
    if !rep.lists.is_empty() {
        let _ = writeln!(
            s,
            "lists: {} (strictest requirement: {})",
            rep.lists.join(", "),
            rep.strictest_list.as_deref().unwrap_or("-")
        );
    }
    let _ = writeln!(
        s,
        "effective listed ownership (multiplied, informational): {}%",
        rep.effective_listed_share
    );
    for f in &rep.red_flags {
        let _ = writeln!(s, "red flag [{}]: {}", f.code, f.detail);
    }
    s
}
