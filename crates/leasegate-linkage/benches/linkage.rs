//! Linkage benchmarks (harness = false; run with `cargo bench -p leasegate-linkage --bench linkage -- MODE ...`).
//!
//! - `quality N SEED`: pairwise precision / recall / F1 on a synthetic population.
//! - `speed N SEED`: batch link N customers (time, VmHWM), then add 1,000
//!   customers one at a time (median, p99 per add).
//! - `write N SEED OUT.jsonl TRUTH.csv`: write a population for the CLI / Splink.
//! - `file POP.jsonl TRUTH.csv`: `quality` for a population written elsewhere
//!   (the blind generators in `scripts/bench/linkage_gen*.py`).
//! - `diag N SEED`, `filediag POP.jsonl TRUTH.csv`: false links and missed
//!   pairs by evidence pattern, with examples (`DIAG_KEY=ip` picks the misses
//!   shown).
//! - `addrdiag N SEED`: same-party pairs whose normalised addresses differ,
//!   by how they differ (odd tokens, numbers among them, whether
//!   `normalize::addresses_may_match` accepts them), with examples.
//! - Diagnostics for one population file, each described at its match arm:
//!   `links`, `baselinks`, `linkev`, `pair`, `bridges`, `partystats`,
//!   `groupstats`, `grouppairs`, `strongstats`, `nearpairs`, `inccheck`,
//!   `features`, `addrnorm`.
//!
//! `LINKAGE_GEN=2` makes `quality`, `write`, `diag`, `pool` and `addrdiag` use the second,
//! independent generator (`synth2`) instead of `synth`.

// The allocator `leasegate` ships with (crates/leasegate/src/main.rs), so
// timings are the product's. With glibc's, the first adds after a 1M batch
// build took 15-18 ms (the allocator settling millions of freed blocks).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use leasegate_linkage::synth::{
    generate as generate1, pairwise_quality, to_json_line, Population, SynthConfig,
};
use leasegate_linkage::synth2::{generate2, Synth2Config};
use leasegate_linkage::{features, Attribute, CustomerRecord, LinkageConfig, Linker};
use std::collections::HashMap;
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

/// The population for the quality modes, from the generator `LINKAGE_GEN` names.
fn generate(cfg: &SynthConfig) -> Population {
    if std::env::var("LINKAGE_GEN").is_ok_and(|g| g == "2") {
        generate2(&Synth2Config {
            customers: cfg.customers,
            seed: cfg.seed,
            ..Default::default()
        })
    } else {
        generate1(cfg)
    }
}

fn config() -> LinkageConfig {
    let mut c = LinkageConfig::default();
    if let Some(t) = std::env::var("LINKAGE_THRESHOLD")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.threshold_bits = t;
    }
    // Model experiments: LINKAGE_PERSON=REACH,CAP sets director and owner
    // reach and per-value cap (see config.rs).
    if let Some((reach, cap)) = std::env::var("LINKAGE_PERSON").ok().and_then(|s| {
        let (r, c) = s.split_once(',')?;
        Some((r.parse::<f64>().ok()?, c.parse::<f64>().ok()?))
    }) {
        for a in [Attribute::Director, Attribute::Owner] {
            c.soft[a as usize].reach = reach;
            c.soft[a as usize].cap_bits = cap;
        }
    }
    // LINKAGE_SOFT=attr:REACH,CAP[;attr:REACH,CAP...] for any soft attribute
    // (names as in the output, e.g. ip, address, phone).
    if let Ok(spec) = std::env::var("LINKAGE_SOFT") {
        for item in spec.split(';').filter(|s| !s.is_empty()) {
            let parsed = item.split_once(':').and_then(|(name, rc)| {
                let (r, cap) = rc.split_once(',')?;
                let a = Attribute::ALL.into_iter().find(|a| a.as_str() == name)?;
                Some((a, r.parse::<f64>().ok()?, cap.parse::<f64>().ok()?))
            });
            let Some((a, reach, cap)) = parsed else {
                panic!("LINKAGE_SOFT: cannot read {item:?}");
            };
            c.soft[a as usize].reach = reach;
            c.soft[a as usize].cap_bits = cap;
        }
    }
    // LINKAGE_CORROB=MIN_HOLDERS,CAP: group values (0 turns the rule off).
    if let Some((m, cap)) = std::env::var("LINKAGE_CORROB").ok().and_then(|s| {
        let (m, c) = s.split_once(',')?;
        Some((m.parse::<u32>().ok()?, c.parse::<f64>().ok()?))
    }) {
        c.corroboration_min_holders = m;
        c.uncorroborated_cap_bits = cap;
    }
    if let Some(x) = std::env::var("LINKAGE_PARTIES_LINKED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.parties_min_linked_share = x;
    }
    // LINKAGE_RANGE_POOL=MIN_SHARED,CAP: pool ranges (0 turns them off).
    if let Some((m, cap)) = std::env::var("LINKAGE_RANGE_POOL").ok().and_then(|s| {
        let (a, b) = s.split_once(',')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }) {
        c.ip_range_pool_min_shared = m;
        c.ip_range_pool_cap_bits = cap;
    }
    // LINKAGE_WIDE_RANGE=LEN: the wider pool range's prefix length (0 off).
    if let Some(x) = std::env::var("LINKAGE_WIDE_RANGE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.ip_wide_range_prefix_len = x;
    }
    // LINKAGE_BUILDING_VALUE=MIN_HOLDERS,CAP: a building's login address or
    // phone (0 turns the rule off).
    if let Some((m, cap)) = std::env::var("LINKAGE_BUILDING_VALUE").ok().and_then(|s| {
        let (a, b) = s.split_once(',')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }) {
        c.building_value_min_holders = m;
        c.building_value_cap_bits = cap;
    }
    // LINKAGE_IP_BLOCK_MAX=N: login addresses given by more weigh nothing.
    if let Some(n) = std::env::var("LINKAGE_IP_BLOCK_MAX")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.ip_block_max_holders = n;
    }
    // LINKAGE_LOGIN_FREE=K: login-address pairs free of the list discount (0: off).
    if let Some(k) = std::env::var("LINKAGE_LOGIN_FREE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.login_list_free_pairs = k;
    }
    if std::env::var("LINKAGE_NO_PEOPLE_EMPLOYERS").is_ok() {
        c.people_share_employers = false;
    }
    if std::env::var("LINKAGE_NO_LARGEST_PARTY").is_ok() {
        c.corroboration_by_largest_party = false;
    }
    if std::env::var("LINKAGE_NO_UNITLESS").is_ok() {
        c.unitless_address_by_building = false;
    }
    if std::env::var("LINKAGE_NO_PARTIES").is_ok() {
        c.weigh_by_parties = false;
    }
    if let Some(below) = std::env::var("LINKAGE_PARTIES_BELOW")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.parties_weigh_below = below;
    }
    if let Some(r) = std::env::var("LINKAGE_OFFICE_REACH")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.office_switchboard_reach = r;
    }
    if std::env::var("LINKAGE_NO_CROWDED_ADDRESS").is_ok() {
        c.crowded_address_discount = false;
    }
    if std::env::var("LINKAGE_NO_BUILDING_KEYS").is_ok() {
        c.building_keys = false;
    }
    if let Some(n) = std::env::var("LINKAGE_STRONG_GROUP")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.strong_group_min_holders = n;
    }
    // LINKAGE_STRONG_SPREAD=MIN_HOLDERS,MIN_COUNTRIES (0 turns it off).
    if let Some((n, k)) = std::env::var("LINKAGE_STRONG_SPREAD").ok().and_then(|s| {
        let (a, b) = s.split_once(',')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }) {
        (c.strong_spread_min_holders, c.strong_spread_min_countries) = (n, k);
    }
    if let Some(n) = std::env::var("LINKAGE_GATEWAY")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.ip_gateway_min_holders = n;
    }
    if std::env::var("LINKAGE_NO_PREMISES_GROUP").is_ok() {
        c.premises_group = false;
    }
    if std::env::var("LINKAGE_NO_PREMISES_FAMILY").is_ok() {
        c.premises_family = false;
    }
    if let Some(share) = std::env::var("LINKAGE_CORROB_SHARE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.corroboration_min_share = share;
    }
    // LINKAGE_STRONG=GRADED_ABOVE,REACH: strong identifiers held by more
    // than GRADED_ABOVE customers weigh log2(REACH / n).
    if let Some((above, reach)) = std::env::var("LINKAGE_STRONG").ok().and_then(|s| {
        let (a, r) = s.split_once(',')?;
        Some((a.parse::<u32>().ok()?, r.parse::<f64>().ok()?))
    }) {
        c.strong_graded_above = above;
        c.strong_graded_reach = reach;
    }
    if let Some(k) = std::env::var("LINKAGE_KEY_MAX")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.person_key_max_holders = k;
    }
    if let Some(k) = std::env::var("LINKAGE_FUZZY_PENALTY")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.person_fuzzy_penalty_bits = k;
    }
    // Typo-tolerant addresses: LINKAGE_ADDR_KEY_MAX caps the holders of a
    // blocking address key; LINKAGE_ADDR_PENALTY sets the fuzzy penalty (a
    // penalty of 100 bits turns address variant matches off).
    if let Some(k) = std::env::var("LINKAGE_ADDR_KEY_MAX")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.address_key_max_holders = k;
    }
    if let Some(k) = std::env::var("LINKAGE_ADDR_PENALTY")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        c.address_fuzzy_penalty_bits = k;
    }
    c
}

/// A population written elsewhere (e.g. scripts/bench/linkage_gen3.py) and
/// its truth file (lines `id,party`), as records and one party per record.
fn read_population(pop_path: &str, truth_path: &str) -> (Vec<CustomerRecord>, Vec<u32>) {
    let text = std::fs::read_to_string(pop_path).expect("read population");
    let (records, errs) = leasegate_linkage::parse_jsonl(&text);
    assert!(errs.is_empty(), "{} malformed lines", errs.len());
    let mut party_of: HashMap<String, u32> = HashMap::new();
    let mut parties: HashMap<String, u32> = HashMap::new();
    for line in std::fs::read_to_string(truth_path)
        .expect("read truth")
        .lines()
    {
        let Some((id, party)) = line.split_once(',') else {
            continue;
        };
        let next = parties.len() as u32;
        let p = *parties.entry(party.to_string()).or_insert(next);
        party_of.insert(id.to_string(), p);
    }
    let truth = records
        .iter()
        .map(|r| *party_of.get(&r.id).expect("id in truth"))
        .collect();
    (records, truth)
}

/// A pair's evidence as two columns: `attribute:holders` joined by `+`
/// (holders shown up to 99), and the values (spaces as `_`) joined by `|`.
fn evidence_columns(ev: &[leasegate_linkage::Evidence]) -> (String, String) {
    let key: Vec<String> = ev
        .iter()
        .map(|e| format!("{}:{}", e.attribute.as_str(), e.shared_by.min(99)))
        .collect();
    let vals: Vec<String> = ev.iter().map(|e| e.value.replace(' ', "_")).collect();
    (key.join("+"), vals.join("|"))
}

fn print_evidence(ev: &[leasegate_linkage::Evidence]) {
    for e in ev {
        println!(
            "    {} {:?} w={:.2} n={}{}",
            e.attribute.as_str(),
            e.value,
            e.weight,
            e.shared_by,
            e.context
                .as_deref()
                .map(|c| format!(" ({c})"))
                .unwrap_or_default()
        );
    }
}

/// Prints false links and missed pairs (by evidence pattern) of `records`
/// against the truth `party`.
fn diagnose(records: Vec<CustomerRecord>, party: &[u32]) {
    let (linker, _) = Linker::build(config(), records.clone()).expect("config");
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
            // DIAG_FP_COUNTS=1 keeps each value's holder count in the summary.
            let summary = if std::env::var("DIAG_FP_COUNTS").is_ok() {
                key.join("+")
            } else {
                ev.iter()
                    .map(|e| e.attribute.as_str())
                    .collect::<Vec<_>>()
                    .join("+")
            };
            *by_attr.entry(summary).or_default() += 1;
            // DIAG_FP_SHOW=N prints N false links (15 by default).
            let show: usize = std::env::var("DIAG_FP_SHOW")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(15);
            if shown < show {
                shown += 1;
                println!("FP {w:.1} {:?} {} / {}", key, linker.id(a), linker.id(b));
                print_evidence(&ev);
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
                let key = ev
                    .iter()
                    .map(|e| e.attribute.as_str())
                    .collect::<Vec<_>>()
                    .join("+");
                // DIAG_KEY=director+director shows misses of one evidence pattern.
                let wanted = std::env::var("DIAG_KEY").map_or(true, |k| k == key);
                *miss.entry(key).or_default() += 1;
                if shown < 12 && w > 0.0 && wanted {
                    shown += 1;
                    println!("MISS {w:.1} {} / {}", linker.id(a), linker.id(b));
                    print_evidence(&ev);
                    let (ra, rb) = (&records[a], &records[b]);
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
            let pop = generate1(&SynthConfig {
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
            let push_s = t.elapsed().as_secs_f64();
            let mut linker = b.finish();
            let build_s = t.elapsed().as_secs_f64();
            println!(
                "speed n={n}: normalise + intern {push_s:.2}s, link {:.2}s",
                build_s - push_s
            );
            let links = linker.link_pairs().len();
            println!(
                "speed n={n}: batch link {build_s:.2}s, {links} links, VmHWM {:.0} MiB (generator alone before linking: {before:.0} MiB)",
                vm_hwm_mib()
            );
            let mut times: Vec<f64> = Vec::with_capacity(extra.len());
            // SPEED_SLOW=MS prints each add slower than MS milliseconds.
            let slow: Option<f64> = std::env::var("SPEED_SLOW").ok().and_then(|s| s.parse().ok());
            for r in extra {
                let shown = slow.map(|_| format!("{r:?}"));
                let t = Instant::now();
                let out = linker.add(r).expect("add");
                let ms = t.elapsed().as_secs_f64() * 1e3;
                if let (Some(limit), Some(rec)) = (slow, shown) {
                    if ms > limit {
                        let c = linker.cluster_of(out.index);
                        println!("slow add {ms:.3} ms, cluster {} affected {}: {rec}", linker.cluster_size(c), out.affected.len());
                    }
                }
                times.push(ms);
            }
            times.sort_by(f64::total_cmp);
            let med = times[times.len() / 2];
            let p99 = times[times.len() * 99 / 100];
            let max = times[times.len() - 1];
            println!("incremental add to {n}: median {med:.3} ms, p99 {p99:.3} ms, max {max:.3} ms over {} adds", times.len());
        }
        "file" => {
            // A population written elsewhere (e.g. scripts/bench/linkage_gen3.py):
            // `file POP.jsonl TRUTH.csv` (truth lines `id,party`), linked with
            // the same config overrides as the other modes.
            let pop_path = args.get(1).expect("POP.jsonl");
            let (records, truth) = read_population(pop_path, args.get(2).expect("TRUTH.csv"));
            // Timed in two phases: normalising and interning (`push_batch`),
            // then scoring and clustering (`finish`).
            let t = Instant::now();
            let mut builder = Linker::builder(config()).expect("config");
            let errs = builder.push_batch(records);
            let intern_s = t.elapsed().as_secs_f64();
            let linker = builder.finish();
            let link_s = t.elapsed().as_secs_f64();
            assert!(errs.is_empty());
            let q = pairwise_quality(&truth, &labels(&linker));
            println!(
                "file {pop_path}: precision={:.4} recall={:.4} f1={:.4} (true_pairs={} predicted_pairs={} correct={}) link={link_s:.2}s (intern {intern_s:.2}s)",
                q.precision, q.recall, q.f1, q.true_pairs, q.predicted_pairs, q.correct_pairs
            );
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
            diagnose(pop.records, &pop.party);
        }
        "valuestats" => {
            // `valuestats POP.jsonl TRUTH.csv`: for each attribute and holder
            // count n, how many values have n holders and what share of their
            // holder pairs are one party. The empirical side of the reach model.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let mut holders: HashMap<(Attribute, String), Vec<u32>> = HashMap::new();
            for (i, r) in records.iter().enumerate() {
                let mut f = features(r);
                f.sort();
                f.dedup();
                for k in f {
                    holders.entry(k).or_default().push(i as u32);
                }
            }
            // (attr, bucket) -> (values, pairs, same-party pairs)
            let mut stats: std::collections::BTreeMap<(Attribute, u32), (u64, u64, u64)> =
                Default::default();
            for ((a, _), hs) in &holders {
                let n = hs.len() as u64;
                if n < 2 {
                    continue;
                }
                let b = match n {
                    2 => 2,
                    3 => 3,
                    4..=5 => 4,
                    6..=8 => 6,
                    9..=16 => 9,
                    17..=32 => 17,
                    33..=64 => 33,
                    _ => 65,
                };
                let mut same = 0u64;
                let mut by_party: HashMap<u32, u64> = HashMap::new();
                for &h in hs {
                    *by_party.entry(truth[h as usize]).or_default() += 1;
                }
                for (_, k) in by_party {
                    same += k * (k - 1) / 2;
                }
                let e = stats.entry((*a, b)).or_default();
                e.0 += 1;
                e.1 += n * (n - 1) / 2;
                e.2 += same;
            }
            for ((a, b), (values, pairs, same)) in stats {
                println!(
                    "{:<14} n>={b:<3} values={values:<6} pairs={pairs:<8} same={:.3}",
                    a.as_str(),
                    same as f64 / pairs as f64
                );
            }
        }
        "hubtest" => {
            // `hubtest POP.jsonl TRUTH.csv ATTR`: for each value of ATTR with
            // 4+ holders, how many clusters its holders fall into when ATTR
            // weighs nothing (c of n), against the share of its holder pairs
            // that are one party. Does corroboration tell a network's shared
            // value from a hub's?
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let name = args.get(3).expect("ATTR");
            let attr = Attribute::ALL.into_iter().find(|a| a.as_str() == name).expect("attribute");
            let mut c0 = config();
            c0.soft[attr as usize].reach = 0.0;
            c0.soft[attr as usize].cap_bits = 0.0;
            let (l0, _) = Linker::build(c0, records.clone()).expect("config");
            let lab0 = labels(&l0);
            let adj0: std::collections::HashSet<(u32, u32)> = l0
                .link_pairs()
                .into_iter()
                .map(|(a, b, _)| (a.min(b) as u32, a.max(b) as u32))
                .collect();
            let mut holders: HashMap<String, Vec<u32>> = HashMap::new();
            for (i, r) in records.iter().enumerate() {
                let mut f: Vec<String> = features(r).into_iter().filter(|(a, _)| *a == attr).map(|(_, v)| v).collect();
                f.sort();
                f.dedup();
                for v in f {
                    holders.entry(v).or_default().push(i as u32);
                }
            }
            let mut rows: Vec<(usize, usize, f64)> = Vec::new();
            for hs in holders.values() {
                let n = hs.len();
                if !(4..=64).contains(&n) {
                    continue;
                }
                let mut cl: Vec<u32> = if std::env::var("HUB_INDUCED").is_ok() {
                    // Components of the links among the holders only.
                    let mut p: Vec<usize> = (0..hs.len()).collect();
                    fn f(p: &mut [usize], mut x: usize) -> usize {
                        while p[x] != x {
                            x = p[x];
                        }
                        x
                    }
                    for (i, &x) in hs.iter().enumerate() {
                        for (j, &y) in hs.iter().enumerate().skip(i + 1) {
                            if adj0.contains(&(x.min(y), x.max(y))) {
                                let (a, b) = (f(&mut p, i), f(&mut p, j));
                                p[a.max(b)] = a.min(b);
                            }
                        }
                    }
                    (0..hs.len()).map(|i| f(&mut p, i) as u32).collect()
                } else {
                    hs.iter().map(|&h| lab0[h as usize]).collect()
                };
                cl.sort();
                cl.dedup();
                let mut by_party: HashMap<u32, u64> = HashMap::new();
                for &h in hs {
                    *by_party.entry(truth[h as usize]).or_default() += 1;
                }
                let same: u64 = by_party.values().map(|k| k * (k - 1) / 2).sum();
                let pairs = (n * (n - 1) / 2) as f64;
                rows.push((n, cl.len(), same as f64 / pairs));
            }
            rows.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
            for (n, c, purity) in rows {
                println!("{n} {c} {:.2} {purity:.2}", c as f64 / n as f64);
            }
        }
        "inccheck" => {
            // `inccheck POP.jsonl TRUTH.csv N`: the first N customers linked
            // in one batch and one at a time: same links, same clusters.
            let (records, _) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let n: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(3000);
            let records: Vec<CustomerRecord> = records.into_iter().take(n).collect();
            let (b, _) = Linker::build(config(), records.clone()).expect("config");
            let mut inc = Linker::new(config()).expect("config");
            // INCTRACE=ID1,ID2: when the pair's link changes, and why.
            let trace = std::env::var("INCTRACE").ok();
            let mut was = None;
            let mut add_ms: Vec<f64> = Vec::with_capacity(records.len());
            for r in records {
                let id = r.id.clone();
                let t = Instant::now();
                inc.add(r).expect("add");
                add_ms.push(t.elapsed().as_secs_f64() * 1e3);
                if let Some((x, y)) = trace.as_deref().and_then(|t| t.split_once(',')) {
                    if let (Some(a), Some(b)) = (inc.index_of(x), inc.index_of(y)) {
                        let linked = inc.links(a).iter().any(|l| l.other == b);
                        let same_base = inc.base_cluster_of(a) == inc.base_cluster_of(b);
                        let base_link = inc.base_link_pairs().contains(&(a.min(b), a.max(b)));
                        if was != Some((linked, same_base, base_link)) {
                            println!("after {id}: linked={linked} same_base={same_base} base_link={base_link} {:?}", inc.score_pair(a, b));
                            was = Some((linked, same_base, base_link));
                        }
                    }
                }
            }
            // The slowest adds over the whole incremental build (range and
            // network flips re-score every pair sharing their addresses).
            let mut sorted = add_ms.clone();
            sorted.sort_by(f64::total_cmp);
            let slowest = add_ms
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map_or(0, |(i, _)| i);
            println!(
                "inccheck adds: median {:.3} ms, p99 {:.3} ms, p99.9 {:.3} ms, max {:.3} ms (add #{slowest})",
                sorted[sorted.len() / 2],
                sorted[sorted.len() * 99 / 100],
                sorted[sorted.len() * 999 / 1000],
                sorted[sorted.len() - 1]
            );
            let key = |l: &Linker| {
                let mut p: Vec<(usize, usize, i64)> = l
                    .link_pairs()
                    .into_iter()
                    .map(|(a, b, w)| (a, b, (w * 1000.0).round() as i64))
                    .collect();
                p.sort_unstable();
                p
            };
            let (mut bb, mut bi) = (b.base_link_pairs(), inc.base_link_pairs());
            bb.sort_unstable();
            bi.sort_unstable();
            for x in bb.iter().filter(|x| !bi.contains(x)).take(5) {
                println!("  base only in batch {} {} {:?}", b.id(x.0), b.id(x.1), b.score_pair(x.0, x.1).0);
            }
            for x in bi.iter().filter(|x| !bb.contains(x)).take(5) {
                println!("  base only in inc {} {} {:?}", b.id(x.0), b.id(x.1), inc.score_pair(x.0, x.1).0);
            }
            let mut shown_base = 0;
            for x in 0..b.len() {
                for y in x + 1..b.len().min(x + 400) {
                    let sb = b.base_cluster_of(x) == b.base_cluster_of(y);
                    let si = inc.base_cluster_of(x) == inc.base_cluster_of(y);
                    if sb != si && shown_base < 5 {
                        shown_base += 1;
                        println!("  base partition differs {} {} batch_same={sb} inc_same={si}", b.id(x), b.id(y));
                    }
                }
            }
            let (pb, pi) = (key(&b), key(&inc));
            let same_links = pb == pi;
            for x in pb.iter().filter(|x| !pi.contains(x)).take(5) {
                println!("  batch only {} {} stored {} {:?}", b.id(x.0), b.id(x.1), x.2, b.score_pair(x.0, x.1));
            }
            for x in pi.iter().filter(|x| !pb.contains(x)).take(5) {
                println!("  inc only {} {} stored {} {:?}", b.id(x.0), b.id(x.1), x.2, inc.score_pair(x.0, x.1));
            }
            let same_clusters = (0..b.len()).all(|x| {
                let cb = b.cluster_of(x);
                let ci = inc.cluster_of(x);
                b.cluster_size(cb) == inc.cluster_size(ci)
                    && b.cluster_members(cb).iter().all(|&m| inc.cluster_of(m) == ci)
            });
            println!("inccheck n={n}: links batch={} inc={} same_links={same_links} same_clusters={same_clusters}", pb.len(), pi.len());
        }
        "features" => {
            // `features POP.jsonl`: every record's normalised values, `id\tattribute\tvalue`
            // (for finding values one party writes two ways that still differ).
            let text = std::fs::read_to_string(args.get(1).expect("POP.jsonl")).expect("read");
            let (records, _) = leasegate_linkage::parse_jsonl(&text);
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for r in &records {
                for (a, v) in features(r) {
                    writeln!(out, "{}\t{}\t{v}", r.id, a.as_str()).expect("write");
                }
            }
        }
        "addrgaps" => {
            // `addrgaps POP.jsonl TRUTH.csv`: pairs of one party whose addresses
            // share two numbers as written but give no address evidence: how
            // the address reader may still miss one office written two ways.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let (l, _) = Linker::build(config(), records.clone()).expect("config");
            let nums = |s: &str| -> Vec<String> {
                let mut v: Vec<String> = s
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|t| t.len() >= 2)
                    .map(|t| t.trim_start_matches('0').to_string())
                    .collect();
                v.sort();
                v.dedup();
                v
            };
            let mut groups: HashMap<u32, Vec<usize>> = HashMap::new();
            for (i, &p) in truth.iter().enumerate() {
                groups.entry(p).or_default().push(i);
            }
            let mut gaps = 0;
            let mut total = 0;
            for m in groups.values() {
                for (x, &a) in m.iter().enumerate() {
                    for &b in &m[x + 1..] {
                        let (Some(ra), Some(rb)) = (&records[a].address, &records[b].address) else { continue };
                        let (na, nb) = (nums(ra), nums(rb));
                        if na.iter().filter(|t| nb.contains(t)).count() < 2 {
                            continue;
                        }
                        total += 1;
                        let (_, ev) = l.score_pair(a, b);
                        if ev.iter().any(|e| e.attribute == Attribute::Address) {
                            continue;
                        }
                        gaps += 1;
                        if gaps <= 40 {
                            println!("GAP {:?}\n    {:?}", ra, rb);
                            println!("    {:?}\n    {:?}", leasegate_linkage::normalize::normalize_address(ra), leasegate_linkage::normalize::normalize_address(rb));
                        }
                    }
                }
            }
            println!("pairs of one party sharing two numbers: {total}, without address evidence: {gaps}");
        }
        "bridges" => {
            // `bridges POP.jsonl TRUTH.csv`: for every party split across
            // clusters, each pair of its clusters by the best-scoring pair
            // between them: the evidence pattern, the score, and how many
            // true pairs joining the two would add. Where recall is left.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let (l, _) = Linker::build(config(), records).expect("config");
            let mut groups: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
            for (i, &p) in truth.iter().enumerate() {
                groups.entry(p).or_default().push(i);
            }
            let mut by_key: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
            let mut by_bits: std::collections::BTreeMap<i64, (usize, usize)> = Default::default();
            let show: usize = std::env::var("BRIDGE_SHOW").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
            let mut shown = 0;
            for m in groups.values().filter(|m| m.len() >= 2) {
                let mut parts: HashMap<_, Vec<usize>> = HashMap::new();
                for &x in m {
                    parts.entry(l.cluster_of(x)).or_default().push(x);
                }
                let mut parts: Vec<Vec<usize>> = parts.into_values().collect();
                parts.sort();
                for (i, pa) in parts.iter().enumerate() {
                    for pb in &parts[i + 1..] {
                        let mut best = (0.0f64, String::new(), (0, 0));
                        for &a in pa {
                            for &b in pb {
                                let (w, ev) = l.score_pair(a, b);
                                if w > best.0 {
                                    let key = ev.iter().map(|e| e.attribute.as_str()).collect::<Vec<_>>().join("+");
                                    best = (w, key, (a, b));
                                }
                            }
                        }
                        let gain = pa.len() * pb.len();
                        let e = by_key.entry(if best.1.is_empty() { "(nothing)".into() } else { best.1.clone() }).or_default();
                        e.0 += 1;
                        e.1 += gain;
                        let b = by_bits.entry(best.0.floor() as i64).or_default();
                        b.0 += 1;
                        b.1 += gain;
                        if shown < show && best.0 >= 5.0 {
                            shown += 1;
                            let (a, b) = best.2;
                            println!("BRIDGE {:.2} {} / {} ({}x{})", best.0, l.id(a), l.id(b), pa.len(), pb.len());
                            print_evidence(&l.score_pair(a, b).1);
                        }
                    }
                }
            }
            let mut kv: Vec<_> = by_key.into_iter().collect();
            kv.sort_by_key(|x| std::cmp::Reverse(x.1 .1));
            for (k, (n, g)) in kv.iter().take(25) {
                println!("  bridge {n:6} cluster pairs, {g:7} true pairs: {k}");
            }
            for (b, (n, g)) in by_bits {
                println!("  best {b:3} bits: {n:6} cluster pairs, {g:7} true pairs");
            }
        }
        "links" => {
            // `links POP.jsonl`: every link, `id id bits` (for diffing runs).
            let text = std::fs::read_to_string(args.get(1).expect("POP.jsonl")).expect("read");
            let (records, _) = leasegate_linkage::parse_jsonl(&text);
            let (l, _) = Linker::build(config(), records).expect("config");
            for (a, b, w) in l.link_pairs() {
                println!("{} {} {w:.2}", l.id(a), l.id(b));
            }
        }
        "baselinks" => {
            // `baselinks POP.jsonl TRUTH.csv`: every base link (scored with
            // group values capped) as `T|F id_a id_b attrs values`, for
            // finding what corroborates a group value.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let (l, _) = Linker::build(config(), records).expect("config");
            for (a, b) in l.base_link_pairs() {
                let (key, vals) = evidence_columns(&l.score_pair(a, b).1);
                let t = if truth[a] == truth[b] { "T" } else { "F" };
                println!("{t} {} {} {key} {vals}", l.id(a), l.id(b));
            }
        }
        "linkev" => {
            // `linkev POP.jsonl TRUTH.csv`: every link as `T|F id_a id_b bits
            // attrs values ips_a ips_b country_a country_b` (for tabulating
            // evidence patterns against the truth).
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let (l, _) = Linker::build(config(), records.clone()).expect("config");
            for (a, b, w) in l.link_pairs() {
                let (key, vals) = evidence_columns(&l.score_pair(a, b).1);
                println!(
                    "{} {} {} {w:.2} {} {} {} {} {} {}",
                    if truth[a] == truth[b] { 'T' } else { 'F' },
                    l.id(a),
                    l.id(b),
                    key,
                    vals,
                    records[a].ips.len(),
                    records[b].ips.len(),
                    records[a].country.map_or("-".to_string(), |c| c.to_string()),
                    records[b].country.map_or("-".to_string(), |c| c.to_string())
                );
            }
        }
        "pair" => {
            // `pair POP.jsonl ID1 ID2`: the pair's score and evidence.
            let text = std::fs::read_to_string(args.get(1).expect("POP.jsonl")).expect("read");
            let (records, _) = leasegate_linkage::parse_jsonl(&text);
            let (l, _) = Linker::build(config(), records).expect("config");
            let ix = |k: usize| l.index_of(args.get(k).expect("ID")).expect("known id");
            let (w, ev) = l.score_pair(ix(2), ix(3));
            println!("{w:.2}");
            print_evidence(&ev);
        }
        "partystats" => {
            // `partystats POP.jsonl TRUTH.csv`: links whose evidence includes a
            // value weighed by its parties, true and false, by (holders, parties).
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let (l, _) = Linker::build(config(), records).expect("config");
            let mut t: std::collections::BTreeMap<(u32, u32), (usize, usize)> = Default::default();
            for (a, b, _) in l.link_pairs() {
                let (_, ev) = l.score_pair(a, b);
                for e in &ev {
                    let Some(c) = e.context.as_deref() else { continue };
                    let Some(rest) = c.split_once("but they are ") else { continue };
                    let p: u32 = rest.1.split(' ').next().and_then(|x| x.parse().ok()).unwrap_or(0);
                    let x = t.entry((e.shared_by, p)).or_default();
                    if truth[a] == truth[b] { x.0 += 1 } else { x.1 += 1 }
                }
            }
            for ((n, p), (tp, fp)) in t {
                println!("n={n:4} parties={p:3} same={tp:6} strangers={fp:6}");
            }
        }
        "strongstats" => {
            // `strongstats POP.jsonl TRUTH.csv`: every strong value (or of
            // the attributes `STAT_ATTRS` lists) held by 5-64 customers: holders, distinct countries (unknown apart),
            // truth parties, the largest party's holders.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let mut holders: HashMap<(Attribute, String), Vec<usize>> = HashMap::new();
            for (i, r) in records.iter().enumerate() {
                for (a, v) in features(r) {
                    // STAT_ATTRS=ip,phone: those attributes instead.
                    let pick = match std::env::var("STAT_ATTRS") {
                        Ok(list) => list.split(',').any(|x| x == a.as_str()),
                        Err(_) => a.is_strong(),
                    };
                    if pick {
                        holders.entry((a, v)).or_default().push(i);
                    }
                }
            }
            for ((a, v), hs) in holders {
                if !(5..=64).contains(&hs.len()) {
                    continue;
                }
                let countries: std::collections::HashSet<_> = hs.iter().filter_map(|&h| records[h].country).collect();
                let unknown = hs.iter().filter(|&&h| records[h].country.is_none()).count();
                let mut tp: HashMap<u32, usize> = HashMap::new();
                for &h in &hs {
                    *tp.entry(truth[h]).or_default() += 1;
                }
                let top = tp.values().copied().max().unwrap_or(0);
                println!("S {} n={} countries={} unknown={} parties={} top={} {v}", a.as_str(), hs.len(), countries.len(), unknown, tp.len(), top);
            }
        }
        "grouppairs" => {
            // `grouppairs POP.jsonl TRUTH.csv`: links that lean on a
            // corroborated group value, by where the two holders stand: in
            // one base cluster, or each alone or beside other holders.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let (l, _) = Linker::build(config(), records).expect("config");
            let groups: HashMap<(Attribute, String), Vec<usize>> =
                l.corroborated_values().into_iter().map(|(a, t, h)| ((a, t), h)).collect();
            let mut t: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
            let mut base_pairs: std::collections::HashSet<(usize, usize)> = Default::default();
            for (a, b) in l.base_link_pairs() {
                base_pairs.insert((a, b));
            }
            for (a, b, _) in l.link_pairs() {
                if base_pairs.contains(&(a, b)) {
                    continue;
                }
                let (_, ev) = l.score_pair(a, b);
                for e in &ev {
                    let Some(hs) = groups.get(&(e.attribute, e.value.clone())) else { continue };
                    let beside = |x: usize| hs.iter().filter(|&&h| h != x && l.base_cluster_of(h) == l.base_cluster_of(x)).count();
                    let (ba, bb) = (beside(a), beside(b));
                    let mut clusters: std::collections::HashSet<u32> = Default::default();
                    for &h in hs {
                        clusters.insert(l.base_cluster_of(h));
                    }
                    let kind = if l.base_cluster_of(a) == l.base_cluster_of(b) {
                        "same"
                    } else if ba > 0 && bb > 0 {
                        "both-beside"
                    } else if ba > 0 || bb > 0 {
                        "one-beside"
                    } else {
                        "both-alone"
                    };
                    let ratio = clusters.len() * 4 / hs.len();
                    let key = format!("{:20} {:12} clusters/holders>={}/4 n={}", e.attribute.as_str(), kind, ratio, hs.len().min(20));
                    let x = t.entry(key).or_default();
                    if truth[a] == truth[b] { x.0 += 1 } else { x.1 += 1 }
                }
            }
            for (k, (tp, fp)) in t {
                println!("{k} same={tp} strangers={fp}");
            }
        }
        "nearpairs" => {
            // `nearpairs POP.jsonl`: every customer's cluster, then its
            // near misses (pairs across clusters), `N id_a id_b bits
            // attr=value:bits|...` (for cluster-level evidence experiments).
            let text = std::fs::read_to_string(args.get(1).expect("POP.jsonl")).expect("read");
            let (records, _) = leasegate_linkage::parse_jsonl(&text);
            let (l, _) = Linker::build(config(), records).expect("config");
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            for i in 0..l.len() {
                writeln!(out, "C {} {:?}", l.id(i), l.cluster_of(i)).expect("write");
            }
            for i in 0..l.len() {
                for m in l.near_misses(i, 40) {
                    let j = m.other;
                    if j < i || m.weight < 1.0 {
                        continue;
                    }
                    let ev: Vec<String> = m
                        .evidence
                        .iter()
                        .map(|e| format!("{}={}:{:.2}:{}", e.attribute.as_str(), e.value.replace([' ', '|'], "_"), e.weight, e.shared_by))
                        .collect();
                    writeln!(out, "N {} {} {:.2} {}", l.id(i), m.other_id, m.weight, ev.join("|")).expect("write");
                }
            }
        }
        "groupstats" => {
            // `groupstats POP.jsonl TRUTH.csv`: corroborated group values by
            // holders, base clusters with two or more holders, singleton
            // holders, and how many truth parties hold them.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let (l, _) = Linker::build(config(), records).expect("config");
            for (attr, text, holders) in l.corroborated_values() {
                let mut bc: HashMap<u32, usize> = HashMap::new();
                let mut tp: HashMap<u32, usize> = HashMap::new();
                for &h in &holders {
                    *bc.entry(l.base_cluster_of(h)).or_default() += 1;
                    *tp.entry(truth[h]).or_default() += 1;
                }
                let mut sizes: Vec<usize> = bc.values().copied().filter(|&x| x >= 2).collect();
                sizes.sort_unstable_by(|a, b| b.cmp(a));
                let singles = bc.values().filter(|&&x| x == 1).count();
                let top = tp.values().copied().max().unwrap_or(0);
                println!(
                    "G {} n={} k2={} sizes={:?} singles={} truth_parties={} top={} {}",
                    attr.as_str(), holders.len(), sizes.len(), sizes, singles, tp.len(), top, text
                );
            }
        }
        "dirpairs" => {
            // `dirpairs POP.jsonl TRUTH.csv`: customers sharing a person
            // (director or owner, same normalised name) held by exactly two
            // customers, split by how the two records write it.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            let mut holders: HashMap<String, Vec<(usize, String)>> = HashMap::new();
            for (r, rec) in records.iter().enumerate() {
                for raw in rec.directors.iter().chain(&rec.owners) {
                    if let Some(k) = leasegate_linkage::person::normalize_person(raw) {
                        let e = holders.entry(k).or_default();
                        if !e.iter().any(|(x, _)| *x == r) {
                            e.push((r, raw.clone()));
                        }
                    }
                }
            }
            let latin = |s: &str| s.chars().all(|c| (c as u32) < 0x250);
            let mut table: std::collections::BTreeMap<&str, [u64; 2]> = Default::default();
            for hs in holders.values().filter(|h| h.len() == 2) {
                let (a, b) = (&hs[0], &hs[1]);
                let kind = if latin(&a.1) != latin(&b.1) {
                    "scripts differ"
                } else if !latin(&a.1) {
                    "both non-latin"
                } else if a.1.trim().to_lowercase() == b.1.trim().to_lowercase() {
                    "same writing"
                } else {
                    "latin, written differently"
                };
                table.entry(kind).or_default()[usize::from(truth[a.0] == truth[b.0])] += 1;
            }
            for (k, [s, t]) in table {
                println!("{k:28} same party {t:6}  strangers {s:6}");
            }
        }
        "filediag" => {
            // `filediag POP.jsonl TRUTH.csv`: `diag` for a population written elsewhere.
            let (records, truth) = read_population(args.get(1).expect("POP.jsonl"), args.get(2).expect("TRUTH.csv"));
            diagnose(records, &truth);
        }
        "pool" => {
            // Experiment (not the engine): a cluster-level second pass. Each
            // record is scored against the pooled values of every other
            // first-pass cluster it shares a blocking value with, using the
            // same per-value weights, dependence discount, attribute caps and
            // threshold; passing pairs merge (iterated to a fixpoint).
            // `pool N SEED` on the built-in generator, `pool POP.jsonl TRUTH.csv`
            // on a population written elsewhere.
            let pop = match (args.get(1), args.get(2)) {
                (Some(p), Some(t)) if p.ends_with(".jsonl") => {
                    let (records, party) = read_population(p, t);
                    Population { records, party }
                }
                _ => generate(&cfg),
            };
            let c = config();
            let (linker, _) = Linker::build(c.clone(), pop.records.clone()).expect("config");
            let q0 = pairwise_quality(&pop.party, &labels(&linker));
            let feats: Vec<Vec<(Attribute, String)>> = pop.records.iter().map(features).collect();
            let mut ids: HashMap<(Attribute, String), u32> = HashMap::new();
            let fv: Vec<Vec<u32>> = feats
                .iter()
                .map(|f| {
                    f.iter()
                        .map(|k| {
                            let l = ids.len() as u32;
                            *ids.entry(k.clone()).or_insert(l)
                        })
                        .collect()
                })
                .collect();
            let mut attr_of = vec![Attribute::Name; ids.len()];
            for ((a, _), &v) in &ids {
                attr_of[v as usize] = *a;
            }
            let mut holders: Vec<Vec<u32>> = vec![Vec::new(); ids.len()];
            for (r, vs) in fv.iter().enumerate() {
                for &v in vs {
                    holders[v as usize].push(r as u32);
                }
            }
            let weight =
                |v: u32| c.value_weight(attr_of[v as usize], holders[v as usize].len() as u32);
            let mut lab = labels(&linker);
            let n = lab.len();
            fn find(p: &mut [u32], mut x: u32) -> u32 {
                while p[x as usize] != x {
                    p[x as usize] = p[p[x as usize] as usize];
                    x = p[x as usize];
                }
                x
            }
            for round in 0..4 {
                let mut parent: Vec<u32> = (0..n as u32).collect();
                let mut merges = 0;
                for r in 0..n {
                    let mut per: HashMap<u32, Vec<u32>> = HashMap::new();
                    for &v in &fv[r] {
                        let a = attr_of[v as usize];
                        if a == Attribute::Name
                            || a == Attribute::IpPrefix
                            || !c.blocks(a, holders[v as usize].len() as u32)
                        {
                            continue;
                        }
                        for &h in &holders[v as usize] {
                            if lab[h as usize] != lab[r] {
                                let e = per.entry(lab[h as usize]).or_default();
                                if !e.contains(&v) {
                                    e.push(v);
                                }
                            }
                        }
                    }
                    for (cl, vs) in per {
                        let mut items: Vec<(Attribute, f64)> = vs
                            .iter()
                            .map(|&v| (attr_of[v as usize], weight(v)))
                            .collect();
                        items.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
                        let mut given = [0.0f64; leasegate_linkage::config::ATTRIBUTE_COUNT];
                        let (mut total, mut seen) = (0.0, 0);
                        for (a, w) in items {
                            if a.is_strong() {
                                total += w;
                                continue;
                            }
                            let f = if seen == 0 {
                                1.0
                            } else {
                                c.dependence_discount
                            };
                            seen += 1;
                            let i = a as usize;
                            let add = (w * f).min((c.soft[i].total_cap_bits - given[i]).max(0.0));
                            given[i] += add;
                            total += add;
                        }
                        if total >= c.threshold_bits {
                            let (x, y) = (find(&mut parent, lab[r]), find(&mut parent, cl));
                            if x != y {
                                parent[x.max(y) as usize] = x.min(y);
                                merges += 1;
                            }
                        }
                    }
                }
                for l in lab.iter_mut() {
                    *l = find(&mut parent, *l);
                }
                let q = pairwise_quality(&pop.party, &lab);
                println!(
                    "pool round {round}: merges={merges} precision={:.4} recall={:.4} f1={:.4}",
                    q.precision, q.recall, q.f1
                );
                if merges == 0 {
                    break;
                }
            }
            println!(
                "pass1 n={n} seed={seed}: precision={:.4} recall={:.4} f1={:.4}",
                q0.precision, q0.recall, q0.f1
            );
        }
        "names" => {
            // Experiment: pairs of customers sharing an exact director/owner
            // name held by 2-3 customers, split by E, the expected number of
            // holders of the name if its words were drawn independently
            // (product of word counts over the person count to the k-1).
            let pop = generate(&cfg);
            let feats: Vec<Vec<(Attribute, String)>> = pop.records.iter().map(features).collect();
            let mut holders: HashMap<String, Vec<usize>> = HashMap::new();
            let mut tok: HashMap<String, u64> = HashMap::new();
            let mut persons = 0u64;
            for (r, f) in feats.iter().enumerate() {
                let mut names: Vec<&String> = f
                    .iter()
                    .filter(|(a, _)| matches!(a, Attribute::Director | Attribute::Owner))
                    .map(|(_, v)| v)
                    .collect();
                names.sort();
                names.dedup();
                for v in names {
                    holders.entry(v.clone()).or_default().push(r);
                    persons += 1;
                    for t in v.split(' ') {
                        *tok.entry(t.to_string()).or_default() += 1;
                    }
                }
            }
            let edges = [0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 1e9];
            let mut table = vec![[0u64; 2]; edges.len()];
            for (v, hs) in &holders {
                if !(2..=3).contains(&hs.len()) {
                    continue;
                }
                let ts: Vec<&str> = v.split(' ').collect();
                let mut e = persons as f64;
                for t in &ts {
                    e *= tok[*t] as f64 / persons as f64;
                }
                let bin = edges
                    .iter()
                    .position(|&x| e <= x)
                    .unwrap_or(edges.len() - 1);
                for (i, &a) in hs.iter().enumerate() {
                    for &b in &hs[i + 1..] {
                        table[bin][usize::from(pop.party[a] == pop.party[b])] += 1;
                    }
                }
            }
            for (i, row) in table.iter().enumerate() {
                println!(
                    "E <= {:>6}: same party {:6}  strangers {:6}",
                    edges[i], row[1], row[0]
                );
            }
        }
        "oracle" => {
            // Upper bound on recall for evidence the engine can see: join
            // every same-party pair that shares any value with weight > 0
            // (at any threshold), and report pairwise recall of that.
            let pop = generate(&cfg);
            let party = pop.party.clone();
            let (linker, _) = Linker::build(config(), pop.records).expect("config");
            let mut groups: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
            for (i, &p) in party.iter().enumerate() {
                groups.entry(p).or_default().push(i);
            }
            let mut lab: Vec<u32> = (0..party.len() as u32).collect();
            fn find(p: &mut [u32], mut x: u32) -> u32 {
                while p[x as usize] != x {
                    p[x as usize] = p[p[x as usize] as usize];
                    x = p[x as usize];
                }
                x
            }
            for m in groups.values().filter(|m| m.len() >= 2) {
                for (x, &a) in m.iter().enumerate() {
                    for &b in &m[x + 1..] {
                        if linker.score_pair(a, b).0 > 0.0 {
                            let (ra, rb) = (find(&mut lab, a as u32), find(&mut lab, b as u32));
                            lab[ra.max(rb) as usize] = ra.min(rb);
                        }
                    }
                }
            }
            let lab: Vec<u32> = (0..lab.len() as u32).map(|i| find(&mut lab, i)).collect();
            let q = pairwise_quality(&party, &lab);
            println!(
                "oracle n={n} seed={seed}: recall upper bound {:.4}",
                q.recall
            );
        }
        "addrdiag" => {
            // Same-party pairs whose normalised addresses differ, by how
            // they differ (odd tokens on each side), with examples.
            let pop = generate(&cfg);
            let norm: Vec<Option<String>> = pop
                .records
                .iter()
                .map(|r| {
                    r.address
                        .as_deref()
                        .and_then(leasegate_linkage::normalize::normalize_address)
                })
                .collect();
            let mut groups: std::collections::BTreeMap<u32, Vec<usize>> = Default::default();
            for (i, &p) in pop.party.iter().enumerate() {
                groups.entry(p).or_default().push(i);
            }
            let mut kinds: std::collections::BTreeMap<String, usize> = Default::default();
            let mut shown: HashMap<String, usize> = HashMap::new();
            for m in groups.values().filter(|m| m.len() >= 2) {
                for (x, &a) in m.iter().enumerate() {
                    for &b in &m[x + 1..] {
                        let (Some(na), Some(nb)) = (&norm[a], &norm[b]) else {
                            continue;
                        };
                        if na == nb {
                            continue;
                        }
                        let ta: Vec<&str> = na.split(' ').collect();
                        let tb: Vec<&str> = nb.split(' ').collect();
                        let oa: Vec<&str> =
                            ta.iter().filter(|t| !tb.contains(t)).copied().collect();
                        let ob: Vec<&str> =
                            tb.iter().filter(|t| !ta.contains(t)).copied().collect();
                        if oa.len() + ob.len() > 3 {
                            *kinds.entry("far".into()).or_default() += 1;
                            continue;
                        }
                        let m = leasegate_linkage::normalize::addresses_may_match(na, nb);
                        let dig = |v: &[&str]| {
                            v.iter()
                                .filter(|t| t.bytes().any(|c| c.is_ascii_digit()))
                                .count()
                        };
                        let k = format!(
                            "{}x{} num{}x{} match={m}",
                            oa.len(),
                            ob.len(),
                            dig(&oa),
                            dig(&ob)
                        );
                        *kinds.entry(k.clone()).or_default() += 1;
                        let s = shown.entry(k.clone()).or_default();
                        if *s < 4 {
                            *s += 1;
                            println!(
                                "{k}: {:?} | {:?}   <{:?} / {:?}>",
                                oa, ob, pop.records[a].address, pop.records[b].address
                            );
                        }
                    }
                }
            }
            for (k, v) in kinds {
                println!("  {v:6} {k}");
            }
        }
        "personnorm" => {
            // One person name per stdin line -> its normalised form and keys.
            for line in std::io::stdin().lines() {
                let line = line.expect("stdin");
                let n = leasegate_linkage::person::normalize_person(&line);
                let keys = n.as_deref().map(leasegate_linkage::person::person_keys);
                println!("{} {:?}", n.as_deref().unwrap_or("-"), keys.unwrap_or_default());
            }
        }
        "addrnorm" => {
            // One address per stdin line -> its normalised form (or `-`).
            for line in std::io::stdin().lines() {
                let line = line.expect("stdin");
                let n = leasegate_linkage::normalize::normalize_address(&line);
                println!("{}", n.as_deref().unwrap_or("-"));
                // ADDRKEYS=1: the keys that count its holders in any spelling.
                if let (Some(n), Ok(_)) = (n.as_deref(), std::env::var("ADDRKEYS")) {
                    use leasegate_linkage::normalize as nz;
                    let mut buf = String::new();
                    let mut keys = Vec::new();
                    nz::for_each_building_key(n, &mut buf, |k, site| {
                        keys.push(format!("building:{k}{}", if site { " (site)" } else { "" }))
                    });
                    nz::for_each_office_key(n, &mut buf, |k| keys.push(format!("office:{k}")));
                    nz::for_each_premises_key(n, &mut buf, |k| keys.push(format!("premises:{k}")));
                    println!("  {}", keys.join(" | "));
                }
            }
        }
        other => eprintln!(
            "unknown mode {other}: quality | speed | write | diag | pool | oracle | names | addrdiag | addrnorm"
        ),
    }
}
