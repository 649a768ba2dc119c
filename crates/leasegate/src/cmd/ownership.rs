//! `leasegate ownership`: resolve the 50% rule over a CSV pair, import
//! ownership data into the data dir, explain one entity's status.
//!
//! Exit codes: 0 ok (warnings may be printed on stderr); 3 when some rows had
//! errors (they are named on stderr; the rest was resolved or imported);
//! 4 when the request is refused as a whole (unreadable or unrecognised
//! file, bad threshold, unknown entity).

use crate::ctx::Ctx;
use crate::exit::{self, CliError};
use leasegate_core::Percent;
use leasegate_ownership::import::{self, MAX_INPUT_BYTES};
use leasegate_ownership::report::{self, EntityReport};
use leasegate_ownership::{build_graph, Built, Dataset, Diagnostic, Resolver, Severity};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum OwnershipCmd {
    /// Resolve every entity's status under the 50% rule.
    ///
    /// Without --entities/--ownership, resolves the graph stored by `ownership import`.
    /// Shares: both cells empty = unknown; only one given = exact at that value.
    Resolve(ResolveArgs),
    /// Import ownership data (entities/ownership CSV, BODS 0.4 JSON, GLEIF API JSON,
    /// FollowTheMoney JSON lines; format detected) into the data dir.
    Import(ImportArgs),
    /// Explain one entity's status: why, the owners that count, the chain to the list.
    Explain(ExplainArgs),
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutFormat {
    /// One JSON array (one record per line inside it).
    Json,
    /// One JSON record per line.
    Jsonl,
}

#[derive(clap::Args, Debug)]
pub struct ResolveArgs {
    /// Entities CSV: id,name,schema,country,listed (listed = list code such as EL or SDN, or empty).
    #[arg(long, value_name = "E.csv", requires = "ownership")]
    entities: Option<PathBuf>,
    /// Ownership CSV: owner_id,owned_id,share_min,share_max (percentages).
    #[arg(long, value_name = "O.csv", requires = "entities")]
    ownership: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = OutFormat::Json)]
    format: OutFormat,
    /// Threshold in percent; an entity is covered at or above it.
    #[arg(long, default_value = "50")]
    threshold: String,
    /// Do not screen entity names against the loaded restricted-party lists.
    /// By default every entity whose name matches a list entry at or above the
    /// screening match threshold is treated as listed (each such match is
    /// printed on stderr), as well as those the `listed` column names.
    #[arg(long, conflicts_with = "screen")]
    no_screen: bool,
    /// Screen names against the loaded lists (the default; kept for scripts).
    #[arg(long, hide = true)]
    screen: bool,
    /// Match score (0..1) for screening; defaults to the screening match threshold.
    #[arg(long, value_name = "SCORE", conflicts_with = "no_screen")]
    screen_threshold: Option<f64>,
}

#[derive(clap::Args, Debug)]
pub struct ImportArgs {
    /// Files to import; each one's format is detected from its content.
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Replace the stored graph instead of adding to it.
    #[arg(long)]
    replace: bool,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    /// Entity id as imported.
    id: String,
    #[arg(long, default_value = "50")]
    threshold: String,
    /// Print the evidence record as JSON instead of text.
    #[arg(long, value_enum)]
    format: Option<OutFormat>,
}

pub fn run(ctx: &Ctx, cmd: OwnershipCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        OwnershipCmd::Resolve(a) => resolve(ctx, a),
        OwnershipCmd::Import(a) => import_cmd(ctx, a),
        OwnershipCmd::Explain(a) => explain(ctx, a),
    }
}

fn threshold(s: &str) -> anyhow::Result<Percent> {
    match Percent::parse(s) {
        Ok(p) if p > Percent::ZERO => Ok(p),
        Ok(_) => Err(CliError::refused(
            "invalid_threshold",
            "the threshold must be above 0",
        )),
        Err(e) => Err(CliError::refused(
            "invalid_threshold",
            format!("--threshold: {e}"),
        )),
    }
}

fn read_input(path: &Path) -> anyhow::Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| {
        CliError::refused(
            "file_not_readable",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    if meta.len() > MAX_INPUT_BYTES as u64 {
        return Err(CliError::refused(
            "input_too_large",
            format!(
                "{} is {} bytes, above the {MAX_INPUT_BYTES}-byte limit",
                path.display(),
                meta.len()
            ),
        ));
    }
    std::fs::read(path).map_err(|e| {
        CliError::refused(
            "file_not_readable",
            format!("cannot read {}: {e}", path.display()),
        )
    })
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Prints diagnostics on stderr; returns how many were errors.
fn print_diagnostics(diags: &[Diagnostic]) -> usize {
    let mut err = std::io::stderr().lock();
    for d in diags {
        let _ = writeln!(err, "{d}");
    }
    diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count()
}

fn graph_path(dir: &Path) -> PathBuf {
    dir.join("ownership").join("graph.json")
}

fn load_stored(ctx: &Ctx) -> anyhow::Result<Option<Dataset>> {
    let p = graph_path(ctx.data_dir());
    match std::fs::read(&p) {
        Ok(b) => Ok(Some(serde_json::from_slice(&b).map_err(|e| {
            anyhow::anyhow!("stored graph {} is corrupt: {e}", p.display())
        })?)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(anyhow::anyhow!("cannot read {}: {e}", p.display())),
    }
}

/// Ids of the entities of the stored graph (`ownership import`) that are
/// listed or covered under the 50% rule, or `None` when no graph is stored.
/// Listed means what the graph stores (the `listed` column or source list
/// codes); names are not screened again here.
pub(crate) fn covered_ids(ctx: &Ctx) -> anyhow::Result<Option<std::collections::HashSet<String>>> {
    let Some(data) = load_stored(ctx)? else {
        return Ok(None);
    };
    let Built { graph, .. } = build_graph(&data).map_err(CliError::from_lib)?;
    let r = Resolver::new(graph, threshold("50")?).map_err(CliError::from_lib)?;
    let g = r.graph();
    Ok(Some(
        (0..g.node_count())
            .filter_map(|i| {
                let n = leasegate_ownership::NodeId::try_from(i).ok()?;
                r.status(n).counts_min().then(|| g.id(n).to_string())
            })
            .collect(),
    ))
}

fn resolve(ctx: &Ctx, a: ResolveArgs) -> anyhow::Result<ExitCode> {
    let t = threshold(&a.threshold)?;
    let mut diags = Vec::new();
    let data = match (&a.entities, &a.ownership) {
        (Some(e), Some(o)) => {
            let mut d = Dataset::default();
            let eb = read_input(e)?;
            import::csv::parse_entities(&display_name(e), &eb, &mut d, &mut diags).map_err(CliError::from_lib)?;
            drop(eb);
            let ob = read_input(o)?;
            import::csv::parse_ownership(&display_name(o), &ob, &mut d, &mut diags).map_err(CliError::from_lib)?;
            d
        }
        _ => load_stored(ctx)?.ok_or_else(|| {
            CliError::refused("no_graph", "no ownership graph stored: pass --entities and --ownership, or run `leasegate ownership import` first")
        })?,
    };
    let mut data = data;
    if !a.no_screen {
        screen_entities(ctx, &mut data, a.screen_threshold)?;
    }
    let Built {
        graph,
        control,
        diagnostics,
    } = build_graph(&data).map_err(CliError::from_lib)?;
    diags.extend(diagnostics);
    drop(data);
    let errors = print_diagnostics(&diags);
    let r = Resolver::new(graph, t).map_err(CliError::from_lib)?;
    let reports = report::report_all(&r, &control);
    write_reports(&reports, a.format)?;
    if errors > 0 {
        eprintln!("error[partial_failure]: {errors} row(s) had errors and were not used (named above); the rest was resolved");
        return Ok(ExitCode::from(exit::PARTIAL));
    }
    Ok(ExitCode::SUCCESS)
}

/// Marks entities as listed when their name screens as a hit against the
/// loaded lists. Kept here, outside the pure resolver, which only takes
/// listed ids and codes.
fn screen_entities(ctx: &Ctx, data: &mut Dataset, threshold: Option<f64>) -> anyhow::Result<()> {
    use leasegate_screen::{Index, Query, Thresholds};
    let active = leasegate_lists::store::ListStore::open(ctx.data_dir())
        .and_then(|s| s.active())
        .map_err(CliError::from_lib)?;
    if let Some(w) = leasegate_lists::stale_warning(&active, ctx.clock.now().date()) {
        eprintln!("{w}");
    }
    let mut th = Thresholds::default();
    if let Some(t) = threshold {
        if !(0.0..=1.0).contains(&t) {
            return Err(CliError::refused(
                "invalid_threshold",
                "--screen-threshold must be within 0..1",
            ));
        }
        th.match_ = t;
        th.review = th.review.min(t);
    }
    let index = Index::build(active.entries);
    for e in &mut data.entities {
        let q = Query {
            name: e.name.clone(),
            country: e
                .country
                .as_deref()
                .and_then(|c| leasegate_core::CountryCode::parse(c).ok()),
            ..Query::default()
        };
        if q.validate().is_err() {
            continue;
        }
        for m in index.screen(&q, &th, 5) {
            if m.score < th.match_ {
                continue;
            }
            eprintln!(
                "screened: {} ({}) matches {} entry {} \"{}\" (score {:.2}); treated as listed",
                e.id, e.name, m.list, m.entry_id, m.matched_name, m.score
            );
            let code = m.list.to_ascii_uppercase();
            if !e.listed.contains(&code) {
                e.listed.push(code);
            }
        }
    }
    Ok(())
}

fn write_reports(reports: &[EntityReport], format: OutFormat) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if format == OutFormat::Json {
        out.write_all(b"[")?;
    }
    for (i, r) in reports.iter().enumerate() {
        if format == OutFormat::Json {
            out.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        }
        serde_json::to_writer(&mut out, r)?;
        if format == OutFormat::Jsonl {
            out.write_all(b"\n")?;
        }
    }
    if format == OutFormat::Json {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    Ok(())
}

fn import_cmd(ctx: &Ctx, a: ImportArgs) -> anyhow::Result<ExitCode> {
    let mut data = if a.replace {
        Dataset::default()
    } else {
        load_stored(ctx)?.unwrap_or_default()
    };
    let mut diags = Vec::new();
    let mut summary = Vec::new();
    // Everything is parsed before anything is written: a refused file leaves the store untouched.
    for f in &a.files {
        let bytes = read_input(f)?;
        let name = display_name(f);
        let (e0, o0, c0) = (
            data.entities.len(),
            data.ownership.len(),
            data.control.len(),
        );
        let fmt =
            import::import(&name, &bytes, &mut data, &mut diags).map_err(CliError::from_lib)?;
        summary.push(format!(
            "{}: {}, {} entities, {} ownership edges, {} control links",
            f.display(),
            fmt.as_str(),
            data.entities.len() - e0,
            data.ownership.len() - o0,
            data.control.len() - c0
        ));
    }
    data.merge_entities();
    let built = build_graph(&data).map_err(CliError::from_lib)?;
    diags.extend(built.diagnostics);
    let errors = print_diagnostics(&diags);
    let dir = ctx.data_dir_created()?.join("ownership");
    std::fs::create_dir_all(&dir)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
    write_atomic(&graph_path(ctx.data_dir()), &serde_json::to_vec(&data)?)?;
    for s in summary {
        println!("{s}");
    }
    println!(
        "stored {} entities, {} ownership edges, {} control links in {}",
        data.entities.len(),
        data.ownership.len(),
        data.control.len(),
        dir.display()
    );
    if errors > 0 {
        eprintln!("error[partial_failure]: {errors} record(s) had errors and were not used (named above); the rest was imported");
        return Ok(ExitCode::from(exit::PARTIAL));
    }
    Ok(ExitCode::SUCCESS)
}

/// Temp file in the same dir, fsync, rename: readers see the old or the new graph, never half.
fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| anyhow::anyhow!("no parent dir for {}", path.display()))?;
    let tmp = dir.join(format!(".graph.json.tmp-{}", std::process::id()));
    let res = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = res {
        let _ = std::fs::remove_file(&tmp);
        return Err(anyhow::anyhow!("cannot write {}: {e}", path.display()));
    }
    Ok(())
}

fn explain(ctx: &Ctx, a: ExplainArgs) -> anyhow::Result<ExitCode> {
    let t = threshold(&a.threshold)?;
    let data = load_stored(ctx)?.ok_or_else(|| {
        CliError::refused(
            "no_graph",
            "no ownership graph stored: run `leasegate ownership import FILE...` first",
        )
    })?;
    let Built { graph, control, .. } = build_graph(&data).map_err(CliError::from_lib)?;
    let r = Resolver::new(graph, t).map_err(CliError::from_lib)?;
    let Some(x) = r.graph().node(&a.id) else {
        return Err(CliError::refused(
            "entity_not_found",
            format!("no entity with id {:?} in the stored graph", a.id),
        ));
    };
    let rep = report::report_one(&r, &control, x);
    match a.format {
        Some(_) => println!("{}", serde_json::to_string_pretty(&rep)?),
        None => {
            let name = |id: &str| {
                data.entities
                    .iter()
                    .find(|e| e.id == id)
                    .map(|e| e.name.clone())
            };
            print!("{}", report::explain_text(&r, &rep, &name));
        }
    }
    Ok(ExitCode::SUCCESS)
}
