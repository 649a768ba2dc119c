//! Prints `Index::screen` for every dev-set query as one JSON line each, so
//! that a change to the query path can be checked byte for byte (`cmp`).
//! Reads ../shared (examples may; tests never do).
//!
//! cargo run --release -p leasegate-screen --example dump_dev -- [all] > out.jsonl
//! `all`: CSL + OFAC SDN + EU FSF + UN instead of the bundled CSL alone.
//! Review threshold 0.5 (below the default) so that more scores are compared.

use leasegate_core::CountryCode;
use leasegate_lists::Schema;
use leasegate_screen::{Index, Query, Thresholds};

fn main() {
    let all = std::env::args().nth(1).as_deref() == Some("all");
    let mut entries = leasegate_lists::bundled_csl().entries;
    if all {
        for f in [
            "../shared/data/lists/ofac_sdn_2024-05-07.xml.gz",
            "../shared/data/lists/eu_fsf_full_2024-05-13.xml.gz",
            "../shared/data/lists/un_consolidated_2026-02-27.xml.gz",
        ] {
            let bytes = std::fs::read(f).expect("read list");
            entries.extend(leasegate_lists::parse_bytes(&bytes).expect("parse").entries);
        }
    }
    let index = Index::build(entries);
    let text = std::fs::read_to_string("../shared/data/names/screen-dev.jsonl").expect("dev set");
    let th = Thresholds {
        review: 0.5,
        match_: Thresholds::DEFAULT_MATCH,
    };
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let schema = match v["schema"].as_str().map(str::to_lowercase).as_deref() {
            Some("person") => Some(Schema::Person),
            Some("company") | Some("organization") => Some(Schema::Organization),
            _ => None,
        };
        let name = v["name"].as_str().unwrap_or("").to_string();
        let country = v["country"]
            .as_str()
            .and_then(|c| CountryCode::parse(c).ok());
        // Each query three ways: as given, without schema, and with limit 3.
        for (q, limit) in [
            (
                Query {
                    name: name.clone(),
                    schema,
                    country,
                    identifiers: vec![],
                },
                10,
            ),
            (Query::name(name.as_str()), 10),
            (Query::name(name.as_str()), 3),
        ] {
            let m = index.screen(&q, &th, limit);
            println!("{}", serde_json::to_string(&m).expect("json"));
        }
    }
}
