//! Linkage benchmarks (harness = false; run with `cargo bench -p leasegate-linkage --bench linkage -- MODE ...`).
//!
//! - `quality N SEED`: pairwise precision / recall / F1 on a synthetic population.
//! - `speed N SEED`: batch link N customers (time, VmHWM), then add 1,000
//!   customers one at a time (median, p99 per add).
//! - `write N SEED OUT.jsonl TRUTH.csv`: write a population for the CLI / Splink.

use leasegate_linkage::synth::{generate, pairwise_quality, to_json_line, SynthConfig};
use leasegate_linkage::{LinkageConfig, Linker};
use std::io::Write;
use std::time::Instant;

fn vm_hwm_mib() -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|k| k.parse::<f64>().ok())
        .map(|k| k / 1024.0)
        .unwrap_or(0.0)
}

fn labels(l: &Linker) -> Vec<u32> {
    (0..l.len())
        .map(|i| l.index_of(l.cluster_name(l.cluster_of(i))).unwrap_or(i) as u32)
        .collect()
}

fn config() -> LinkageConfig {
    let mut c = LinkageConfig::default();
    if let Some(t) = std::env::var("LINKAGE_THRESHOLD")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.threshold_bits = t;
    }
    c
}

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let mode = args.first().map(String::as_str).unwrap_or("quality");
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let cfg = SynthConfig {
        customers: n,
        seed,
        ..Default::default()
    };
    match mode {
        "quality" => {
            let t = Instant::now();
            let pop = generate(&cfg);
            let gen_s = t.elapsed().as_secs_f64();
            let t = Instant::now();
            let (linker, errs) = Linker::build(config(), pop.records).expect("config");
            let link_s = t.elapsed().as_secs_f64();
            assert!(errs.is_empty());
            let q = pairwise_quality(&pop.party, &labels(&linker));
            println!(
                "quality n={n} seed={seed}: precision={:.4} recall={:.4} f1={:.4} (true_pairs={} predicted_pairs={} correct={}) generate={gen_s:.2}s link={link_s:.2}s",
                q.precision, q.recall, q.f1, q.true_pairs, q.predicted_pairs, q.correct_pairs
            );
        }
        "speed" => {
            let pop = generate(&SynthConfig {
                customers: n + 1000,
                ..cfg
            });
            let mut records = pop.records;
            let extra = records.split_off(n);
            let before = vm_hwm_mib();
            let t = Instant::now();
            let mut b = Linker::builder(config()).expect("config");
            let mut it = records.into_iter();
            loop {
                let chunk: Vec<_> = it.by_ref().take(65_536).collect();
                if chunk.is_empty() {
                    break;
                }
                b.push_batch(chunk);
            }
            let mut linker = b.finish();
            let build_s = t.elapsed().as_secs_f64();
            let links = linker.link_pairs().len();
            println!(
                "speed n={n}: batch link {build_s:.2}s, {links} links, VmHWM {:.0} MiB (generator alone before linking: {before:.0} MiB)",
                vm_hwm_mib()
            );
            let mut times: Vec<f64> = Vec::with_capacity(extra.len());
            for r in extra {
                let t = Instant::now();
                linker.add(r).expect("add");
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
            times.sort_by(f64::total_cmp);
            let med = times[times.len() / 2];
            let p99 = times[times.len() * 99 / 100];
            let max = times[times.len() - 1];
            println!("incremental add to {n}: median {med:.3} ms, p99 {p99:.3} ms, max {max:.3} ms over {} adds", times.len());
        }
        "write" => {
            let out = args.get(3).expect("OUT.jsonl");
            let truth = args.get(4).expect("TRUTH.csv");
            let pop = generate(&cfg);
            let mut f = std::io::BufWriter::new(std::fs::File::create(out).expect("create out"));
            let mut t =
                std::io::BufWriter::new(std::fs::File::create(truth).expect("create truth"));
            writeln!(t, "id,party").expect("write");
            for (r, p) in pop.records.iter().zip(&pop.party) {
                writeln!(f, "{}", to_json_line(r)).expect("write");
                writeln!(t, "{},{p}", r.id).expect("write");
            }
            println!("wrote {n} customers to {out}, truth to {truth}");
        }
        "diag" => {
            let pop = generate(&cfg);
            let party = pop.party.clone();
            let (linker, _) = Linker::build(config(), pop.records.clone()).expect("config");
            let mut by_attr: std::collections::BTreeMap<String, usize> = Default::default();
            let mut shown = 0;
            let pairs = linker.link_pairs();
            let mut false_links = 0;
            for &(a, b, w) in &pairs {
                if party[a] != party[b] {
                    false_links += 1;
                    let (_, ev) = linker.score_pair(a, b);
                    let key: Vec<String> = ev
                        .iter()
                        .map(|e| format!("{}:{}", e.attribute.as_str(), e.shared_by.min(99)))
                        .collect();
                    *by_attr
                        .entry(
                            ev.iter()
                                .map(|e| e.attribute.as_str())
                                .collect::<Vec<_>>()
                                .join("+"),
                        )
                        .or_default() += 1;
                    if shown < 15 {
                        shown += 1;
                        println!("FP {w:.1} {:?}", key);
                        for e in &ev {
                            println!(
                                "    {} {:?} w={:.2} n={}",
                                e.attribute.as_str(),
                                e.value,
                                e.weight,
                                e.shared_by
                            );
                        }
                    }
                }
            }
            println!("links={} false_links={false_links}", pairs.len());
            for (k, v) in by_attr {
                println!("  {v:6} {k}");
            }
            let mut groups: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
            for (i, &p) in party.iter().enumerate() {
                groups.entry(p).or_default().push(i);
            }
            let mut miss: std::collections::BTreeMap<String, usize> = Default::default();
            let mut shown = 0;
            for m in groups.values().filter(|m| m.len() >= 2) {
                for (x, &a) in m.iter().enumerate() {
                    for &b in &m[x + 1..] {
                        if linker.cluster_of(a) == linker.cluster_of(b) {
                            continue;
                        }
                        let (w, ev) = linker.score_pair(a, b);
                        *miss
                            .entry(
                                ev.iter()
                                    .map(|e| e.attribute.as_str())
                                    .collect::<Vec<_>>()
                                    .join("+"),
                            )
                            .or_default() += 1;
                        if shown < 12 && w > 0.0 {
                            shown += 1;
                            println!("MISS {w:.1} {} / {}", linker.id(a), linker.id(b));
                            for e in &ev {
                                println!(
                                    "    {} {:?} w={:.2} n={}",
                                    e.attribute.as_str(),
                                    e.value,
                                    e.weight,
                                    e.shared_by
                                );
                            }
                            let (ra, rb) = (&pop.records[a], &pop.records[b]);
                            println!(
                                "    A {:?} {:?} {:?} {:?}",
                                ra.phone, ra.address, ra.email, ra.directors
                            );
                            println!(
                                "    B {:?} {:?} {:?} {:?}",
                                rb.phone, rb.address, rb.email, rb.directors
                            );
                        }
                    }
                }
            }
            let mut mv: Vec<_> = miss.into_iter().collect();
            mv.sort_by_key(|x| std::cmp::Reverse(x.1));
            for (k, v) in mv.iter().take(25) {
                println!("  miss {v:6} {k}");
            }
        }
        other => eprintln!("unknown mode {other}: quality | speed | write"),
    }
}
