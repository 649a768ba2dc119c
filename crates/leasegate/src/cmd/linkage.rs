//! `leasegate linkage`: shell-company detection over a customers JSONL file.

use crate::ctx::Ctx;
use crate::exit::{self, CliError};
use leasegate_linkage::{Attribute, Evidence, LinkageConfig, LinkageError, Linker};
use serde::Serialize;
use std::collections::HashSet;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Lines parsed per parallel chunk: bounds memory for large files.
const CHUNK_LINES: usize = 65_536;

#[derive(clap::Subcommand, Debug)]
pub enum LinkageCmd {
    /// Link customers into clusters: one JSON line per customer, in input order.
    Run(RunArgs),
    /// Explain one customer's cluster: who is in it and why.
    Explain(ExplainArgs),
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunFormat {
    Jsonl,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExplainFormat {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct RunArgs {
    /// Customers as JSON lines ({"id","name","country",...}).
    #[arg(long, value_name = "FILE.jsonl")]
    customers: PathBuf,
    #[arg(long, value_enum, default_value = "jsonl")]
    format: RunFormat,
    /// Bits of evidence a pair needs to link (default 7).
    #[arg(long, value_name = "W")]
    threshold: Option<f64>,
    /// Ignore the ownership graph stored in the data dir. By default a
    /// customer whose id is an entity that graph marks listed or covered
    /// under the 50% rule (`leasegate ownership import`) flags its cluster.
    #[arg(long)]
    no_ownership: bool,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// Customers as JSON lines.
    #[arg(long, value_name = "FILE.jsonl")]
    customers: PathBuf,
    /// The customer whose cluster to explain.
    #[arg(long)]
    id: String,
    #[arg(long, value_enum, default_value = "text")]
    format: ExplainFormat,
    /// Bits of evidence a pair needs to link (default 7).
    #[arg(long, value_name = "W")]
    threshold: Option<f64>,
    /// Ignore the ownership graph stored in the data dir. By default a
    /// customer whose id is an entity that graph marks listed or covered
    /// under the 50% rule (`leasegate ownership import`) flags its cluster.
    #[arg(long)]
    no_ownership: bool,
}

pub fn run(ctx: &Ctx, cmd: LinkageCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        LinkageCmd::Run(a) => {
            let covered = covered(ctx, a.no_ownership)?;
            run_linkage(a, covered.as_ref())
        }
        LinkageCmd::Explain(a) => {
            let covered = covered(ctx, a.no_ownership)?;
            explain(a, covered.as_ref())
        }
    }
}

/// Customer ids the stored ownership graph marks listed or covered.
fn covered(ctx: &Ctx, no_ownership: bool) -> anyhow::Result<Option<HashSet<String>>> {
    if no_ownership {
        return Ok(None);
    }
    let ids = super::ownership::covered_ids(ctx)?;
    if let Some(ids) = &ids {
        eprintln!(
            "ownership graph in the data dir: {} entities listed or covered (50% rule) flag the clusters they are customers in (--no-ownership to ignore)",
            ids.len()
        );
    }
    Ok(ids)
}

fn config(threshold: Option<f64>) -> anyhow::Result<LinkageConfig> {
    let mut c = LinkageConfig::default();
    if let Some(t) = threshold {
        c.threshold_bits = t;
    }
    Linker::check_config(&c).map_err(CliError::from_lib)?;
    Ok(c)
}

/// Reads and links the file. Per-line errors and warnings are printed to
/// stderr in line order, a chunk of lines at a time; returns the linker and
/// how many lines had errors.
fn load(
    path: &Path,
    config: LinkageConfig,
    covered: Option<&HashSet<String>>,
) -> anyhow::Result<(Linker, usize)> {
    let file = std::fs::File::open(path).map_err(|e| {
        CliError::refused(
            "input_unreadable",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut builder = Linker::builder(config).map_err(CliError::from_lib)?;
    let mut errors = 0usize;
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    let stderr = std::io::stderr();
    let mut done = false;
    while !done {
        // (line, message): a duplicate id is found after the JSON errors of
        // later lines, so messages are sorted before they are printed.
        let mut messages: Vec<(usize, String)> = Vec::new();
        let mut chunk: Vec<(usize, String)> = Vec::with_capacity(CHUNK_LINES);
        while chunk.len() < CHUNK_LINES {
            buf.clear();
            let n = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| anyhow::anyhow!("reading {}: {e}", path.display()))?;
            if n == 0 {
                done = true;
                break;
            }
            line_no += 1;
            match String::from_utf8(std::mem::take(&mut buf)) {
                Ok(s) => chunk.push((line_no, s)),
                Err(_) => {
                    errors += 1;
                    messages.push((line_no, "not valid UTF-8".to_string()));
                }
            }
        }
        let parsed = leasegate_linkage::parse_lines(&chunk);
        let mut records = Vec::with_capacity(parsed.len());
        let mut lines = Vec::with_capacity(parsed.len());
        for ((no, _), p) in chunk.iter().zip(parsed) {
            match p {
                None => {}
                Some(Ok(mut r)) => {
                    if let Some(c) = &r.country_unrecognised {
                        messages.push((
                            *no,
                            format!(
                                "warning: customer {:?}: country {c:?} is not an ISO code or a known country name; linked without a country",
                                r.id
                            ),
                        ));
                    }
                    if covered.is_some_and(|c| c.contains(&r.id)) {
                        r.covered = true;
                    }
                    records.push(r);
                    lines.push(*no);
                }
                Some(Err(e)) => {
                    errors += 1;
                    messages.push((e.line, e.message));
                }
            }
        }
        for (i, e) in builder.push_batch(records) {
            errors += 1;
            messages.push((lines[i], e.to_string()));
        }
        messages.sort_by_key(|m| m.0);
        let mut err = stderr.lock();
        for (no, m) in messages {
            let _ = writeln!(err, "line {no}: {m}");
        }
    }
    Ok((builder.finish(), errors))
}

fn round2(w: f64) -> f64 {
    (w * 100.0).round() / 100.0
}

#[derive(Serialize)]
struct OutEvidence {
    attribute: &'static str,
    value: String,
    weight: f64,
}

#[derive(Serialize)]
struct OutLink {
    other_id: String,
    weight: f64,
    evidence: Vec<OutEvidence>,
}

#[derive(Serialize)]
struct OutLine<'a> {
    id: &'a str,
    cluster_id: &'a str,
    cluster_size: usize,
    flagged: bool,
    links: Vec<OutLink>,
}

fn out_evidence(ev: Vec<Evidence>) -> Vec<OutEvidence> {
    ev.into_iter()
        .map(|e| OutEvidence {
            attribute: e.attribute.as_str(),
            value: e.value,
            weight: round2(e.weight),
        })
        .collect()
}

fn run_linkage(a: RunArgs, covered: Option<&HashSet<String>>) -> anyhow::Result<ExitCode> {
    let RunFormat::Jsonl = a.format;
    let (linker, errors) = load(&a.customers, config(a.threshold)?, covered)?;
    let table = linker.cluster_table();
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    for i in 0..linker.len() {
        let c = linker.cluster_of(i);
        let (cluster_id, cluster_size, flagged) = match table.get(&c) {
            Some(&(first, flagged)) => (linker.id(first), linker.cluster_size(c), flagged),
            None => (linker.id(i), 1, linker.is_flagged(i)),
        };
        let links = if linker.degree(i) == 0 {
            Vec::new()
        } else {
            linker
                .links(i)
                .into_iter()
                .map(|l| OutLink {
                    other_id: l.other_id,
                    weight: round2(l.weight),
                    evidence: out_evidence(l.evidence),
                })
                .collect()
        };
        let line = OutLine {
            id: linker.id(i),
            cluster_id,
            cluster_size,
            flagged,
            links,
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if errors > 0 {
        // Exit 3 like `CliError::partial`, but without its JSON error line on
        // stdout: the output must stay one line per customer.
        eprintln!("error[partial_failure]: {errors} input line(s) had errors (reported above); the others were linked");
        return Ok(ExitCode::from(exit::PARTIAL));
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct ExplainMember {
    id: String,
    name: String,
    flagged: bool,
    /// Chain of links from the explained customer to this member.
    path: Vec<String>,
}

#[derive(Serialize)]
struct ExplainLink {
    a: String,
    b: String,
    weight: f64,
    evidence: Vec<ExplainEvidence>,
}

#[derive(Serialize)]
struct ExplainEvidence {
    attribute: &'static str,
    value: String,
    weight: f64,
    shared_by: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    context: Option<String>,
}

#[derive(Serialize)]
struct Explanation {
    id: String,
    cluster_id: String,
    cluster_size: usize,
    flagged: bool,
    threshold: f64,
    /// Most customers a strong identifier links alone for (text only).
    #[serde(skip)]
    strong_alone_max_holders: u32,
    /// From how many holders, registered in how many countries, a strong
    /// identifier needs other evidence (`None`: the rule is off; text only).
    #[serde(skip)]
    strong_spread: Option<(u32, u32)>,
    members: Vec<ExplainMember>,
    links: Vec<ExplainLink>,
    /// The customers outside the cluster with the most shared evidence
    /// (below the threshold, or they would be members), strongest first.
    near_misses: Vec<ExplainNearMiss>,
}

#[derive(Serialize)]
struct ExplainNearMiss {
    id: String,
    name: String,
    weight: f64,
    evidence: Vec<ExplainEvidence>,
}

/// How many near misses `explain` shows.
const NEAR_MISSES_SHOWN: usize = 5;

fn explain_evidence(evidence: Vec<leasegate_linkage::Evidence>) -> Vec<ExplainEvidence> {
    evidence
        .into_iter()
        .map(|e| ExplainEvidence {
            attribute: e.attribute.as_str(),
            value: e.value,
            weight: round2(e.weight),
            shared_by: e.shared_by,
            context: e.context,
        })
        .collect()
}

fn build_explanation(linker: &Linker, subject: usize) -> Explanation {
    let c = linker.cluster_of(subject);
    let members = linker.cluster_members(c);
    let mut out_members = Vec::new();
    let mut links = Vec::new();
    for &m in &members {
        let path = linker
            .path(subject, m)
            .unwrap_or_default()
            .into_iter()
            .map(|p| linker.id(p).to_string())
            .collect();
        out_members.push(ExplainMember {
            id: linker.id(m).to_string(),
            name: linker.name(m).to_string(),
            flagged: linker.is_flagged(m),
            path,
        });
        for l in linker.links(m) {
            if l.other > m {
                links.push(ExplainLink {
                    a: linker.id(m).to_string(),
                    b: l.other_id,
                    weight: round2(l.weight),
                    evidence: explain_evidence(l.evidence),
                });
            }
        }
    }
    Explanation {
        id: linker.id(subject).to_string(),
        cluster_id: linker.cluster_name(c).to_string(),
        cluster_size: members.len(),
        flagged: linker.cluster_flagged(c),
        threshold: linker.config().threshold_bits,
        strong_alone_max_holders: linker.config().strong_links_alone_up_to(),
        strong_spread: {
            let c = linker.config();
            (c.strong_spread_min_holders > 0
                && c.strong_spread_min_holders <= c.strong_links_alone_up_to())
            .then_some((c.strong_spread_min_holders, c.strong_spread_min_countries))
        },
        members: out_members,
        links,
        near_misses: linker
            .near_misses(subject, NEAR_MISSES_SHOWN)
            .into_iter()
            .map(|l| ExplainNearMiss {
                name: linker.name(l.other).to_string(),
                id: l.other_id,
                weight: round2(l.weight),
                evidence: explain_evidence(l.evidence),
            })
            .collect(),
    }
}

fn describe(attr: &str) -> &'static str {
    Attribute::ALL
        .iter()
        .find(|a| a.as_str() == attr)
        .map(|a| a.describe())
        .unwrap_or("attribute")
}

fn render_text(x: &Explanation, w: &mut impl Write) -> std::io::Result<()> {
    let name_of = |id: &str| {
        x.members
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.as_str())
            .unwrap_or("")
    };
    writeln!(w, "Customer {} \"{}\"", x.id, name_of(&x.id))?;
    if x.cluster_size == 1 {
        writeln!(
            w,
            "is not linked to any other customer (cluster {} of 1).",
            x.cluster_id
        )?;
    } else {
        writeln!(
            w,
            "is in cluster {} with {} customers in total.",
            x.cluster_id, x.cluster_size
        )?;
    }
    let flagged: Vec<&ExplainMember> = x.members.iter().filter(|m| m.flagged).collect();
    if flagged.is_empty() {
        writeln!(
            w,
            "Status: not flagged (no member is listed or covered by ownership)."
        )?;
    } else {
        writeln!(
            w,
            "Status: FLAGGED FOR REVIEW: every member is treated as the same party as:"
        )?;
        for m in flagged {
            writeln!(
                w,
                "  - {} \"{}\" (listed or covered by ownership)",
                m.id, m.name
            )?;
        }
    }
    writeln!(w)?;
    writeln!(
        w,
        "How to read this: two customers are linked when their shared evidence reaches {:.1} bits.",
        x.threshold
    )?;
    writeln!(
        w,
        "A shared registration number, payment card or SSH key links on its own (24 bits) while at most"
    )?;
    match x.strong_spread {
        Some((holders, countries)) => {
            writeln!(
                w,
                "{} customers share it ({} if they are registered in {} or more countries); one shared by more, or",
                x.strong_alone_max_holders,
                holders - 1,
                countries
            )?;
            writeln!(
                w,
                "by customers all over the world (a key baked into a public image), needs other evidence, for the pair"
            )?;
        }
        None => writeln!(
            w,
            "{} customers share it; one shared by more (a key baked into a public image) needs other evidence, for the pair",
            x.strong_alone_max_holders
        )?,
    }
    writeln!(
        w,
        "or among the customers sharing it. Other shared details count for less the more customers share"
    )?;
    writeln!(
        w,
        "them: a value shared by 2-3 customers weighs about 7-9 bits, one shared by hundreds (a registered"
    )?;
    writeln!(w, "agent, a VPN) close to 0.")?;
    if x.cluster_size > 1 {
        writeln!(w)?;
        writeln!(w, "Members and how each is connected to {}:", x.id)?;
        for m in &x.members {
            let mark = if m.flagged { " [LISTED/COVERED]" } else { "" };
            if m.id == x.id {
                writeln!(
                    w,
                    "  {} \"{}\"{mark}: the customer asked about",
                    m.id, m.name
                )?;
            } else {
                writeln!(
                    w,
                    "  {} \"{}\"{mark}: via {}",
                    m.id,
                    m.name,
                    m.path.join(" -> ")
                )?;
            }
        }
        writeln!(w)?;
        writeln!(w, "Evidence for each link:")?;
        for l in &x.links {
            writeln!(
                w,
                "  {} \"{}\" <-> {} \"{}\": {:.2} bits",
                l.a,
                name_of(&l.a),
                l.b,
                name_of(&l.b),
                l.weight
            )?;
            render_evidence(&l.evidence, w)?;
        }
    }
    writeln!(w)?;
    if x.near_misses.is_empty() {
        writeln!(
            w,
            "No customer outside the cluster shares any detail with {} that carries weight.",
            x.id
        )?;
    } else {
        writeln!(
            w,
            "Closest customers outside the cluster (shared evidence below {:.1} bits, so not linked):",
            x.threshold
        )?;
        for n in &x.near_misses {
            writeln!(w, "  {} \"{}\": {:.2} bits", n.id, n.name, n.weight)?;
            render_evidence(&n.evidence, w)?;
        }
    }
    Ok(())
}

fn render_evidence(evidence: &[ExplainEvidence], w: &mut impl Write) -> std::io::Result<()> {
    for e in evidence {
        let shared = if e.shared_by == 2 {
            "only these two customers".to_string()
        } else {
            format!("{} customers", e.shared_by)
        };
        writeln!(
            w,
            "      same {}: {} (held by {shared}): {:.2} bits",
            describe(e.attribute),
            e.value,
            e.weight
        )?;
        if let Some(why) = &e.context {
            writeln!(w, "        counted for less: {why}")?;
        }
    }
    Ok(())
}

fn explain(a: ExplainArgs, covered: Option<&HashSet<String>>) -> anyhow::Result<ExitCode> {
    let (linker, errors) = load(&a.customers, config(a.threshold)?, covered)?;
    let subject = linker
        .index_of(a.id.trim())
        .ok_or_else(|| CliError::from_lib(LinkageError::CustomerNotFound(a.id.clone())))?;
    let x = build_explanation(&linker, subject);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match a.format {
        ExplainFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &x)?;
            out.write_all(b"\n")?;
        }
        ExplainFormat::Text => render_text(&x, &mut out)?,
    }
    out.flush()?;
    if errors > 0 {
        eprintln!("error[partial_failure]: {errors} input line(s) had errors (reported above)");
        return Ok(ExitCode::from(exit::PARTIAL));
    }
    Ok(ExitCode::SUCCESS)
}
