//! `leasegate screen`: one name, a JSONL batch, or a CSV of name pairs.
//! Reading input and printing results only; matching is `leasegate-screen`.

use crate::ctx::Ctx;
use crate::exit::CliError;
use leasegate_core::CountryCode;
use leasegate_lists::Schema;
use leasegate_screen::{Index, Match, Query, Thresholds, MAX_NAME_BYTES};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Longest JSONL input line accepted, in bytes.
pub const MAX_LINE_BYTES: usize = 64 * 1024;
/// Most lines one batch file may hold.
pub const MAX_BATCH_LINES: usize = 10_000_000;
/// Lines screened in parallel between two ordered writes.
const CHUNK_LINES: usize = 4096;
/// Most matches one query may ask for.
pub const MAX_LIMIT: usize = 1000;

#[derive(clap::Args, Debug)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ScreenArgs {
    #[command(subcommand)]
    pub cmd: Option<ScreenCmd>,

    /// Name to screen (or use --input for a JSONL batch).
    #[arg(required_unless_present = "input", conflicts_with = "input")]
    pub name: Option<String>,

    /// What the name is: person or company.
    #[arg(long, value_enum)]
    pub schema: Option<SchemaArg>,

    /// Country of the party (ISO 3166-1 alpha-2). A match with an entry's
    /// country raises the score, a mismatch lowers it.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,

    /// Most matches shown per name.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=MAX_LIMIT as i64))]
    pub limit: u32,

    /// Output format: table or json for one name; jsonl for --input.
    #[arg(long, value_enum)]
    pub format: Option<OutFormat>,

    /// JSON-lines file of queries: {"id":..,"name":..,"schema"?:..,"country"?:..}.
    #[arg(long, value_name = "FILE")]
    pub input: Option<PathBuf>,

    #[command(flatten)]
    pub thresholds: ThresholdArgs,
}

#[derive(clap::Subcommand, Debug)]
pub enum ScreenCmd {
    /// Score name pairs from a CSV (columns name1,name2[,schema]); writes name1,name2,score.
    Pairs {
        /// CSV file; a first row `name1,name2[,schema]` is taken as a header.
        file: PathBuf,
    },
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaArg {
    Person,
    #[value(alias = "organization", alias = "org")]
    Company,
    Vessel,
    Aircraft,
}

impl From<SchemaArg> for Schema {
    fn from(s: SchemaArg) -> Self {
        match s {
            SchemaArg::Person => Schema::Person,
            SchemaArg::Company => Schema::Organization,
            SchemaArg::Vessel => Schema::Vessel,
            SchemaArg::Aircraft => Schema::Aircraft,
        }
    }
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutFormat {
    Table,
    Json,
    Jsonl,
}

/// The two score cut-offs, shared by `screen` and `eval screening`.
#[derive(clap::Args, Debug, Clone, Copy)]
pub struct ThresholdArgs {
    /// Matches scoring at least this are reported for review.
    #[arg(long, default_value_t = Thresholds::DEFAULT_REVIEW, value_name = "SCORE")]
    pub review_threshold: f64,
    /// Matches scoring at least this are hits (alerts).
    #[arg(long, default_value_t = Thresholds::DEFAULT_MATCH, value_name = "SCORE")]
    pub match_threshold: f64,
}

impl ThresholdArgs {
    pub fn thresholds(&self) -> anyhow::Result<Thresholds> {
        let (r, m) = (self.review_threshold, self.match_threshold);
        if !(0.0..=1.0).contains(&r) || !(0.0..=1.0).contains(&m) || r > m {
            return Err(CliError::refused(
                "invalid_threshold",
                format!("thresholds must satisfy 0 <= review ({r}) <= match ({m}) <= 1"),
            ));
        }
        Ok(Thresholds {
            review: r,
            match_: m,
        })
    }
}

/// Loads the active lists (bundled CSL unless replaced, plus imports), warns
/// on stderr when any is older than 30 days, and builds the index.
pub fn load_index(ctx: &Ctx) -> anyhow::Result<(Index, Vec<String>)> {
    let store = leasegate_lists::ListStore::open(ctx.data_dir()).map_err(CliError::from_lib)?;
    let active = store.active().map_err(CliError::from_lib)?;
    if let Some(w) = leasegate_lists::stale_warning(&active, ctx.clock.now().date()) {
        let w = w.trim();
        if w.starts_with("warning") {
            eprintln!("{w}");
        } else {
            eprintln!("warning: {w}");
        }
    }
    let sources = active
        .sources
        .iter()
        .map(|s| {
            format!(
                "{} v{} ({} entries, as of {})",
                s.source, s.version, s.entry_count, s.as_of
            )
        })
        .collect();
    Ok((Index::build(active.entries), sources))
}

pub fn run(ctx: &Ctx, args: ScreenArgs) -> anyhow::Result<ExitCode> {
    if let Some(ScreenCmd::Pairs { file }) = &args.cmd {
        return run_pairs(file);
    }
    let thresholds = args.thresholds.thresholds()?;
    let limit = args.limit as usize;
    let country = match &args.country {
        Some(c) => Some(
            CountryCode::parse(c)
                .map_err(|e| CliError::refused("invalid_country", e.to_string()))?,
        ),
        None => None,
    };
    if let Some(input) = &args.input {
        if args.format.is_some_and(|f| f != OutFormat::Jsonl) {
            return Err(CliError::refused(
                "invalid_format",
                "--input writes JSON lines: use --format jsonl",
            ));
        }
        let defaults = QueryDefaults {
            schema: args.schema.map(Schema::from),
            country,
        };
        return run_batch(ctx, input, &thresholds, limit, defaults);
    }
    let name = args.name.clone().unwrap_or_default();
    let query = Query {
        name,
        schema: args.schema.map(Schema::from),
        country,
        identifiers: vec![],
    };
    query.validate().map_err(CliError::from_lib)?;
    let (index, _) = load_index(ctx)?;
    let matches = index.screen(&query, &thresholds, limit);
    match args.format.unwrap_or(OutFormat::Table) {
        OutFormat::Table => print_table(&query, &matches, &thresholds),
        OutFormat::Json | OutFormat::Jsonl => {
            let out = OutSingle {
                query: OutQuery {
                    name: &query.name,
                    schema: query.schema,
                    country: query.country,
                },
                thresholds,
                matches: matches
                    .iter()
                    .map(|m| OutMatch::new(m, &thresholds))
                    .collect(),
            };
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Serialize)]
struct OutSingle<'a> {
    query: OutQuery<'a>,
    thresholds: Thresholds,
    matches: Vec<OutMatch<'a>>,
}

#[derive(Serialize)]
struct OutQuery<'a> {
    name: &'a str,
    schema: Option<Schema>,
    country: Option<CountryCode>,
}

/// One batch output line: the input's id and its matches, best first.
#[derive(Serialize)]
struct OutLine<'a> {
    id: &'a serde_json::Value,
    matches: Vec<OutMatch<'a>>,
}

/// A batch line that could not be screened (also reported on stderr).
#[derive(Serialize)]
struct OutError<'a> {
    id: &'a serde_json::Value,
    line: usize,
    error: OutErrorBody<'a>,
}

#[derive(Serialize)]
struct OutErrorBody<'a> {
    code: &'static str,
    message: &'a str,
}

/// One match as written in JSON output: the library's match with the
/// decision spelled out and the explanation as an object (summary + details).
#[derive(Serialize)]
pub struct OutMatch<'a> {
    pub entry_id: &'a str,
    pub list: &'a str,
    pub name: &'a str,
    pub matched_name: &'a str,
    pub score: f64,
    /// "match" at or above the match threshold, else "review".
    pub decision: &'static str,
    pub explanation: OutExplanation<'a>,
}

#[derive(Serialize)]
pub struct OutExplanation<'a> {
    pub summary: &'a str,
    #[serde(flatten)]
    pub details: &'a leasegate_screen::Explanation,
}

impl<'a> OutMatch<'a> {
    pub fn new(m: &'a Match, t: &Thresholds) -> Self {
        Self {
            entry_id: &m.entry_id,
            list: &m.list,
            name: &m.name,
            matched_name: &m.matched_name,
            score: m.score,
            decision: if m.score >= t.match_ {
                "match"
            } else {
                "review"
            },
            explanation: OutExplanation {
                summary: &m.explanation,
                details: &m.details,
            },
        }
    }
}

fn print_table(q: &Query, matches: &[Match], t: &Thresholds) {
    if matches.is_empty() {
        println!(
            "No matches for {:?} at or above the review threshold {:.2}.",
            q.name, t.review
        );
        return;
    }
    println!(
        "{:<6}  {:<8}  {:<6}  {:<42}  NAME (MATCHED NAME)",
        "SCORE", "DECISION", "LIST", "ENTRY ID"
    );
    for m in matches {
        let decision = if m.score >= t.match_ {
            "MATCH"
        } else {
            "review"
        };
        let shown = if m.matched_name == m.name {
            m.name.clone()
        } else {
            format!("{} ({})", m.name, m.matched_name)
        };
        println!(
            "{:<6.3}  {:<8}  {:<6}  {:<42}  {}",
            m.score, decision, m.list, m.entry_id, shown
        );
        println!("        why: {}", m.explanation);
    }
}

/// Schema and country given on the command line apply to batch lines that
/// do not state their own.
#[derive(Clone, Copy)]
struct QueryDefaults {
    schema: Option<Schema>,
    country: Option<CountryCode>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct InputLine {
    #[serde(default)]
    id: serde_json::Value,
    name: String,
    #[serde(default)]
    schema: Option<String>,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    identifiers: Vec<String>,
    // Labelled evaluation files carry these; screening ignores them.
    #[serde(default)]
    #[allow(dead_code)]
    expect: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    kind: Option<serde_json::Value>,
    #[serde(default)]
    #[allow(dead_code)]
    source: Option<serde_json::Value>,
}

/// Parses a schema as written in input files (case-insensitive).
pub fn parse_schema(s: &str) -> Result<Schema, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "person" | "individual" => Ok(Schema::Person),
        "company" | "organization" | "organisation" | "entity" | "org" => Ok(Schema::Organization),
        "vessel" => Ok(Schema::Vessel),
        "aircraft" => Ok(Schema::Aircraft),
        other => Err(format!(
            "unknown schema {other:?} (expected person or company)"
        )),
    }
}

/// One JSONL line turned into a query, or why not. Shared with `eval`.
pub struct LineQuery {
    pub id: serde_json::Value,
    pub query: Query,
    pub raw: serde_json::Value,
}

/// Reads one JSONL line: UTF-8, JSON object with a usable name.
pub fn parse_query_line(
    bytes: &[u8],
    defaults_schema: Option<Schema>,
    defaults_country: Option<CountryCode>,
) -> Result<LineQuery, String> {
    if bytes.len() > MAX_LINE_BYTES {
        return Err(format!(
            "line is {} bytes long; the limit is {MAX_LINE_BYTES}",
            bytes.len()
        ));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    let raw: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("malformed JSON: {e}"))?;
    let line: InputLine =
        serde_json::from_value(raw.clone()).map_err(|e| format!("malformed query: {e}"))?;
    let schema = match &line.schema {
        Some(s) if !s.trim().is_empty() => Some(parse_schema(s)?),
        _ => defaults_schema,
    };
    let country = match &line.country {
        Some(c) if !c.trim().is_empty() => Some(CountryCode::parse(c).map_err(|e| e.to_string())?),
        _ => defaults_country,
    };
    let query = Query {
        name: line.name,
        schema,
        country,
        identifiers: line.identifiers,
    };
    query.validate().map_err(|e| format!("{e}"))?;
    Ok(LineQuery {
        id: line.id,
        query,
        raw,
    })
}

/// Reads a file as lines of bytes (no UTF-8 assumption), in chunks, calling
/// `f(first_line_number, chunk)`. Enforces [`MAX_BATCH_LINES`].
pub fn for_each_chunk(
    path: &Path,
    mut f: impl FnMut(usize, Vec<Vec<u8>>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let file = std::fs::File::open(path).map_err(|e| {
        CliError::refused(
            "input_unreadable",
            format!("cannot read {}: {e}", path.display()),
        )
    })?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let bar = progress_bar(len);
    let mut reader = std::io::BufReader::with_capacity(1 << 20, file);
    let mut line_no = 0usize;
    loop {
        let first = line_no + 1;
        let mut chunk: Vec<Vec<u8>> = Vec::with_capacity(CHUNK_LINES);
        let mut bytes = 0u64;
        while chunk.len() < CHUNK_LINES {
            let mut buf = Vec::new();
            let n = reader.read_until(b'\n', &mut buf).map_err(|e| {
                CliError::refused(
                    "input_unreadable",
                    format!("cannot read {}: {e}", path.display()),
                )
            })?;
            if n == 0 {
                break;
            }
            bytes += n as u64;
            line_no += 1;
            if line_no > MAX_BATCH_LINES {
                return Err(CliError::refused(
                    "batch_too_large",
                    format!("{} has more than {MAX_BATCH_LINES} lines", path.display()),
                ));
            }
            while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                buf.pop();
            }
            chunk.push(buf);
        }
        if chunk.is_empty() {
            break;
        }
        f(first, chunk)?;
        if let Some(b) = &bar {
            b.inc(bytes);
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(())
}

fn progress_bar(len: u64) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(len);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {elapsed} eta {eta}",
    ) {
        bar.set_style(style);
    }
    Some(bar)
}

fn run_batch(
    ctx: &Ctx,
    input: &Path,
    thresholds: &Thresholds,
    limit: usize,
    defaults: QueryDefaults,
) -> anyhow::Result<ExitCode> {
    let (index, _) = load_index(ctx)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut errors = 0usize;
    let mut lines = 0usize;
    for_each_chunk(input, |first, chunk| {
        let results: Vec<Option<(String, Option<String>)>> = chunk
            .par_iter()
            .enumerate()
            .map(|(i, bytes)| {
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    return None; // blank lines are not records
                }
                let n = first + i;
                Some(
                    match parse_query_line(bytes, defaults.schema, defaults.country) {
                        Ok(lq) => {
                            let matches = index.screen(&lq.query, thresholds, limit);
                            let line = OutLine {
                                id: &lq.id,
                                matches: matches
                                    .iter()
                                    .map(|m| OutMatch::new(m, thresholds))
                                    .collect(),
                            };
                            (serde_json::to_string(&line).unwrap_or_default(), None)
                        }
                        Err(msg) => {
                            let id = serde_json::from_slice::<serde_json::Value>(bytes)
                                .ok()
                                .and_then(|v| v.get("id").cloned())
                                .unwrap_or_default();
                            let line = OutError {
                                id: &id,
                                line: n,
                                error: OutErrorBody {
                                    code: "invalid_input_line",
                                    message: &msg,
                                },
                            };
                            (
                                serde_json::to_string(&line).unwrap_or_default(),
                                Some(format!("{}:{n}: {msg}", input.display())),
                            )
                        }
                    },
                )
            })
            .collect();
        for (line, err) in results.into_iter().flatten() {
            lines += 1;
            writeln!(out, "{line}")?;
            if let Some(e) = err {
                errors += 1;
                eprintln!("error: {e}");
            }
        }
        Ok(())
    })?;
    out.flush()?;
    if errors > 0 {
        return Err(CliError::partial(format!(
            "{errors} of {lines} input lines had errors (see above); the others were screened"
        )));
    }
    Ok(ExitCode::SUCCESS)
}

fn run_pairs(file: &Path) -> anyhow::Result<ExitCode> {
    let data = std::fs::read(file).map_err(|e| {
        CliError::refused(
            "input_unreadable",
            format!("cannot read {}: {e}", file.display()),
        )
    })?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(&data[..]);
    let stdout = std::io::stdout();
    let mut w = csv::Writer::from_writer(stdout.lock());
    w.write_record(["name1", "name2", "score"])?;
    let mut errors = 0usize;
    let mut rows = 0usize;
    for (i, rec) in rdr.byte_records().enumerate() {
        let n = i + 1;
        let rec = match rec {
            Ok(r) => r,
            Err(e) => {
                errors += 1;
                eprintln!("error: {}:{n}: malformed CSV: {e}", file.display());
                continue;
            }
        };
        let field = |k: usize| -> Result<&str, String> {
            let b = rec.get(k).unwrap_or_default();
            std::str::from_utf8(b).map_err(|e| {
                format!(
                    "column {} is not valid UTF-8 (byte {})",
                    k + 1,
                    e.valid_up_to()
                )
            })
        };
        let row = (|| -> Result<Option<(String, String, f64)>, String> {
            if rec.len() < 2 || rec.len() > 3 {
                return Err(format!(
                    "expected 2 or 3 columns (name1,name2[,schema]), found {}",
                    rec.len()
                ));
            }
            let (a, b) = (field(0)?.trim(), field(1)?.trim());
            if n == 1 && a.eq_ignore_ascii_case("name1") && b.eq_ignore_ascii_case("name2") {
                return Ok(None); // header
            }
            for (label, s) in [("name1", a), ("name2", b)] {
                if s.is_empty() {
                    return Err(format!("{label} is empty"));
                }
                if s.len() > MAX_NAME_BYTES {
                    return Err(format!(
                        "{label} is {} bytes long; the limit is {MAX_NAME_BYTES}",
                        s.len()
                    ));
                }
            }
            let kind = match rec
                .get(2)
                .map(|_| field(2))
                .transpose()?
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                None => leasegate_names::NameKind::Unknown,
                Some(s) => match parse_schema(s)? {
                    Schema::Person => leasegate_names::NameKind::Person,
                    _ => leasegate_names::NameKind::Organization,
                },
            };
            let score = leasegate_names::name_similarity_as(a, b, kind);
            Ok(Some((a.to_string(), b.to_string(), score)))
        })();
        match row {
            Ok(Some((a, b, s))) => {
                rows += 1;
                w.write_record([a.as_str(), b.as_str(), &format!("{s:.4}")])?;
            }
            Ok(None) => {}
            Err(msg) => {
                errors += 1;
                eprintln!("error: {}:{n}: {msg}", file.display());
            }
        }
    }
    w.flush()?;
    if errors > 0 {
        return Err(CliError::partial(format!(
            "{errors} rows had errors (see above); {rows} were scored"
        )));
    }
    Ok(ExitCode::SUCCESS)
}
