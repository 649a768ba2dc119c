//! Parses list files and prints a summary: `cargo run -p leasegate-lists
//! --example inspect -- FILE... [--show N]`. A development aid.

use std::collections::BTreeMap;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut show = 1usize;
    if let Some(i) = args.iter().position(|a| a == "--show") {
        show = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(1);
        args.drain(i..(i + 2).min(args.len()));
    }
    for path in args {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let t = std::time::Instant::now();
        match leasegate_lists::parse_bytes(&bytes) {
            Ok(p) => {
                let mut lists: BTreeMap<&str, usize> = BTreeMap::new();
                for e in &p.entries {
                    *lists.entry(e.list.as_str()).or_default() += 1;
                }
                let no_cc = p
                    .entries
                    .iter()
                    .filter(|e| {
                        e.addresses
                            .iter()
                            .any(|a| a.country.is_none() && !a.full.is_empty())
                    })
                    .count();
                println!(
                    "{path}: {:?} source={} as_of={:?} entries={} errors={} lists={lists:?} addr_without_cc={no_cc} in {:?}",
                    p.format,
                    p.source,
                    p.as_of,
                    p.entries.len(),
                    p.errors.len(),
                    t.elapsed()
                );
                for e in p.errors.iter().take(5) {
                    println!("  error: {e}");
                }
                for e in p.entries.iter().take(show) {
                    println!("{}", serde_json::to_string_pretty(e).unwrap_or_default());
                }
            }
            Err(e) => println!("{path}: ERROR {e}"),
        }
    }
}
