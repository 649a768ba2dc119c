//! Integration tests for leasegate-ownership: one binary per crate.

mod import;
mod incremental;
mod rule;
mod snapshot;

use leasegate_core::Percent;
use leasegate_ownership::import::csv::parse_share;
use leasegate_ownership::{build_graph, Dataset, Entity, OwnershipEdge, Resolver, Status};

/// Builds a resolver from `(id, list code or "")` and `(owner, owned, min, max)`.
pub fn resolver(entities: &[(&str, &str)], edges: &[(&str, &str, &str, &str)]) -> Resolver {
    resolver_t(entities, edges, "50")
}

pub fn resolver_t(
    entities: &[(&str, &str)],
    edges: &[(&str, &str, &str, &str)],
    threshold: &str,
) -> Resolver {
    let mut d = Dataset::default();
    for (id, l) in entities {
        d.entities.push(Entity {
            id: id.to_string(),
            name: id.to_string(),
            listed: if l.is_empty() {
                vec![]
            } else {
                vec![l.to_string()]
            },
            ..Default::default()
        });
    }
    for (o, y, a, b) in edges {
        d.ownership.push(OwnershipEdge {
            owner: o.to_string(),
            owned: y.to_string(),
            share: parse_share(a, b).unwrap(),
            source: None,
            as_of: None,
        });
    }
    let built = build_graph(&d).unwrap();
    Resolver::new(built.graph, Percent::parse(threshold).unwrap()).unwrap()
}

pub fn status(r: &Resolver, id: &str) -> Status {
    r.status(r.graph().node(id).unwrap())
}
