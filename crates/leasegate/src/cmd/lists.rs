//! `leasegate lists`: import, status and diff of restricted-party lists.
//! Printing only; parsing, storage and diffing live in `leasegate-lists`.

use crate::ctx::Ctx;
use crate::exit::CliError;
use leasegate_lists::store::{AsOfFrom, ListStore, VersionMeta, STALE_AFTER_DAYS};
use leasegate_lists::{Entry, ListError};
use serde_json::json;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Most record errors printed per file (the count is always printed).
const MAX_ERRORS_SHOWN: usize = 50;
/// Most files one import may name.
const MAX_FILES: usize = 256;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutFormat {
    Table,
    Json,
}

#[derive(clap::Subcommand, Debug)]
pub enum ListsCmd {
    /// Import list files (CSL CSV/JSON, OFAC SDN XML, SDN CSV trio, OFAC
    /// Enhanced XML, UN XML, EU FSF XML, BIS DPL txt; .gz and .zip read
    /// directly). Each import of a source becomes a new version.
    /// Exit 3 if records had errors, 4 if a file is not a list.
    Import {
        /// Files (or a directory holding sdn.csv/add.csv/alt.csv).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// As-of date for files that state none (default: the newest listing
        /// date in the file, else the file's modification date).
        #[arg(long, value_name = "YYYY-MM-DD")]
        as_of: Option<String>,
        /// Store a file that breaks off (damaged .gz, truncated XML) as the
        /// active version anyway. Without it such a file is refused, so a
        /// half download never replaces a complete list.
        #[arg(long)]
        allow_partial: bool,
    },
    /// Every active list with its as-of date, age, version and size.
    Status {
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
    /// Entries added, removed and changed between two versions of a source
    /// (default: the latest two of each source; version 0 is the bundled CSL).
    Diff {
        /// Source to compare (us_csl, ofac_sdn, ofac_cons, un_sc, eu_fsf, bis_dpl).
        #[arg(long)]
        source: Option<String>,
        /// Older version (default: the one before --to).
        #[arg(long)]
        from: Option<u32>,
        /// Newer version (default: the latest).
        #[arg(long)]
        to: Option<u32>,
        #[arg(long, value_enum, default_value_t = OutFormat::Table)]
        format: OutFormat,
    },
}

pub fn run(ctx: &Ctx, cmd: ListsCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        ListsCmd::Import {
            files,
            as_of,
            allow_partial,
        } => import(ctx, files, as_of, allow_partial),
        ListsCmd::Status { format } => status(ctx, format),
        ListsCmd::Diff {
            source,
            from,
            to,
            format,
        } => diff(ctx, source, from, to, format),
    }
}

fn parse_date_arg(s: &str) -> anyhow::Result<time::Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(s.trim(), &fmt).map_err(|_| {
        CliError::refused(
            "invalid_argument",
            format!("invalid --as-of {s:?}: expected YYYY-MM-DD"),
        )
    })
}

/// Writes the report to stdout; a closed pipe (`| head`) is not an error.
fn emit(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

fn iso(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

fn import(
    ctx: &Ctx,
    files: Vec<PathBuf>,
    as_of: Option<String>,
    allow_partial: bool,
) -> anyhow::Result<ExitCode> {
    if files.len() > MAX_FILES {
        return Err(CliError::refused(
            "invalid_argument",
            format!("at most {MAX_FILES} files per import"),
        ));
    }
    let flag_date = as_of.as_deref().map(parse_date_arg).transpose()?;
    let inputs = leasegate_lists::input::read_inputs(&files);
    let mut not_lists = Vec::new();
    let mut incomplete = Vec::new();
    let mut other_failures: Vec<ListError> = Vec::new();
    let mut record_errors = 0usize;
    let mut store: Option<ListStore> = None;
    for input in inputs {
        let label = input
            .paths
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(" + ");
        let parsed = match input.result {
            Ok(p) => p,
            Err(e) => {
                eprintln!(
                    "{label}: error[{}]: {e}",
                    leasegate_core::ErrorCode::code(&e)
                );
                if matches!(e, ListError::NotAList(_)) {
                    not_lists.push(label);
                } else {
                    other_failures.push(e);
                }
                continue;
            }
        };
        if parsed.incomplete && !allow_partial {
            for e in parsed.errors.iter().take(MAX_ERRORS_SHOWN) {
                eprintln!("{label}: {e}");
            }
            eprintln!(
                "{label}: error[incomplete_input]: the file breaks off after {} entries; not imported (the active version is unchanged). Re-download it, or pass --allow-partial",
                parsed.entries.len()
            );
            incomplete.push(label);
            continue;
        }
        // A copied or re-downloaded file has a fresh mtime whatever its age,
        // so the newest listing date inside the file comes before the mtime.
        let (date, from) = match (
            parsed.as_of,
            flag_date,
            newest_listing(&parsed),
            input.mtime,
        ) {
            (Some(d), _, _, _) => (d, AsOfFrom::File),
            (None, Some(d), _, _) => (d, AsOfFrom::Flag),
            (None, None, Some(d), _) => (d, AsOfFrom::NewestListing),
            (None, None, None, Some(d)) => (d, AsOfFrom::Mtime),
            (None, None, None, None) => (ctx.clock.now().date(), AsOfFrom::Mtime),
        };
        if from == AsOfFrom::Mtime {
            eprintln!("{label}: warning: the file states no date; its as-of date is the file's modification date, which may be later than its publication: pass --as-of");
        }
        if store.is_none() {
            store = Some(ListStore::open(ctx.data_dir_created()?).map_err(CliError::from_lib)?);
        }
        let Some(st) = store.as_ref() else { continue };
        let names = input
            .paths
            .iter()
            .map(|p| {
                p.file_name()
                    .map(|n| n.to_string_lossy().to_string())
                    .unwrap_or_default()
            })
            .collect();
        let meta = match st.import(&parsed, date, from, names) {
            Ok(m) => m,
            Err(e) => {
                eprintln!(
                    "{label}: error[{}]: {e}",
                    leasegate_core::ErrorCode::code(&e)
                );
                other_failures.push(e);
                continue;
            }
        };
        println!(
            "{label}: imported {} version {} as of {} ({}), {} entries, {} record errors",
            meta.source,
            meta.version,
            iso(meta.as_of),
            match from {
                AsOfFrom::File => "stated in file",
                AsOfFrom::Flag => "--as-of",
                AsOfFrom::NewestListing =>
                    "newest listing date in the file; pass --as-of to override",
                AsOfFrom::Mtime => "file modification date",
                AsOfFrom::Bundled => "bundled",
            },
            meta.entry_count,
            parsed.errors.len()
        );
        for e in parsed.errors.iter().take(MAX_ERRORS_SHOWN) {
            eprintln!("{label}: {e}");
        }
        if parsed.errors.len() > MAX_ERRORS_SHOWN {
            eprintln!(
                "{label}: ... and {} more record errors",
                parsed.errors.len() - MAX_ERRORS_SHOWN
            );
        }
        record_errors += parsed.errors.len();
    }
    if let Some(e) = other_failures.into_iter().next() {
        return Err(CliError::from_lib(e));
    }
    if !incomplete.is_empty() {
        return Err(CliError::refused(
            "incomplete_input",
            format!("incomplete file(s) not imported: {}", incomplete.join(", ")),
        ));
    }
    if !not_lists.is_empty() {
        return Err(CliError::refused(
            "not_a_list",
            format!("not a restricted-party list: {}", not_lists.join(", ")),
        ));
    }
    if record_errors > 0 {
        return Err(CliError::partial(format!(
            "{record_errors} records could not be read (listed above); the rest were imported"
        )));
    }
    Ok(ExitCode::SUCCESS)
}

fn status(ctx: &Ctx, format: OutFormat) -> anyhow::Result<ExitCode> {
    let mut out = String::new();
    let store = ListStore::open(ctx.data_dir()).map_err(CliError::from_lib)?;
    let active = store.active().map_err(CliError::from_lib)?;
    let today = ctx.clock.now().date();
    match format {
        OutFormat::Json => {
            let sources: Vec<_> = active
                .sources
                .iter()
                .map(|s| {
                    json!({
                        "source": s.source,
                        "version": s.version,
                        "as_of": iso(s.as_of),
                        "age_days": s.age_days(today),
                        "stale": s.age_days(today) > STALE_AFTER_DAYS,
                        "entry_count": s.entry_count,
                        "bundled": s.bundled,
                    })
                })
                .collect();
            let _ = writeln!(
                out,
                "{}",
                json!({ "today": iso(today), "sources": sources })
            );
        }
        OutFormat::Table => {
            let _ = writeln!(
                out,
                "{:<10} {:>7} {:<10} {:>8} {:>8}  ORIGIN",
                "SOURCE", "VERSION", "AS_OF", "AGE_DAYS", "ENTRIES"
            );
            for s in &active.sources {
                let _ = writeln!(
                    out,
                    "{:<10} {:>7} {:<10} {:>8} {:>8}  {}",
                    s.source,
                    s.version,
                    iso(s.as_of),
                    s.age_days(today),
                    s.entry_count,
                    if s.bundled { "bundled" } else { "imported" }
                );
            }
        }
    }
    if let Some(w) = leasegate_lists::stale_warning(&active, today) {
        eprintln!("{w}");
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Loads one version; version 0 of `us_csl` is the bundled snapshot.
fn load(store: &ListStore, source: &str, version: u32) -> anyhow::Result<Vec<Entry>> {
    if version == 0 && source == leasegate_lists::parse::SOURCE_CSL {
        return Ok(leasegate_lists::bundled_csl().entries);
    }
    store.load(source, version).map_err(CliError::from_lib)
}

fn brief(e: &Entry) -> serde_json::Value {
    json!({ "id": e.id, "list": e.list, "name": e.name })
}

fn diff(
    ctx: &Ctx,
    source: Option<String>,
    from: Option<u32>,
    to: Option<u32>,
    format: OutFormat,
) -> anyhow::Result<ExitCode> {
    let mut out = String::new();
    let store = ListStore::open(ctx.data_dir()).map_err(CliError::from_lib)?;
    let sources = match &source {
        Some(s) => {
            if store.versions(s).map_err(CliError::from_lib)?.is_empty() {
                return Err(CliError::from_lib(ListError::SourceNotFound(s.clone())));
            }
            vec![s.clone()]
        }
        None => {
            if from.is_some() || to.is_some() {
                return Err(CliError::refused(
                    "invalid_argument",
                    "--from/--to need --source",
                ));
            }
            store.sources().map_err(CliError::from_lib)?
        }
    };
    let mut reports = Vec::new();
    for src in &sources {
        let versions: Vec<VersionMeta> = store.versions(src).map_err(CliError::from_lib)?;
        let latest = versions.last().map(|m| m.version).unwrap_or(0);
        let to_v = to.unwrap_or(latest);
        if to_v != 0 && !versions.iter().any(|m| m.version == to_v) {
            return Err(CliError::from_lib(ListError::VersionNotFound {
                source_name: src.clone(),
                version: to_v,
            }));
        }
        let has_bundled = src == leasegate_lists::parse::SOURCE_CSL;
        let from_v = match from {
            Some(f) => f,
            None => match versions.iter().rev().find(|m| m.version < to_v) {
                Some(m) => m.version,
                None if has_bundled && to_v > 0 => 0,
                None => {
                    if source.is_some() {
                        return Err(CliError::refused(
                            "list_version_not_found",
                            format!("source {src:?} has only one version; nothing to compare"),
                        ));
                    }
                    continue;
                }
            },
        };
        let old = load(&store, src, from_v)?;
        let new = load(&store, src, to_v)?;
        reports.push((src.clone(), from_v, to_v, leasegate_lists::diff(&old, &new)));
    }
    match format {
        OutFormat::Json => {
            let diffs: Vec<_> = reports
                .iter()
                .map(|(src, f, t, d)| {
                    json!({
                        "source": src,
                        "from": f,
                        "to": t,
                        "added": d.added.iter().map(brief).collect::<Vec<_>>(),
                        "removed": d.removed.iter().map(brief).collect::<Vec<_>>(),
                        "changed": d.changed.iter().map(|c| {
                            let mut b = brief(&c.after);
                            b["fields"] = json!(c.fields);
                            b
                        }).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let _ = writeln!(out, "{}", json!({ "diffs": diffs }));
        }
        OutFormat::Table => {
            if reports.is_empty() {
                let _ = writeln!(out, "no source has two versions to compare");
            }
            for (src, f, t, d) in &reports {
                let _ = writeln!(
                    out,
                    "{src} v{f} -> v{t}: {} added, {} removed, {} changed",
                    d.added.len(),
                    d.removed.len(),
                    d.changed.len()
                );
                for e in &d.added {
                    let _ = writeln!(out, "  + {:<7} {:<45} {}", e.list, e.id, e.name);
                }
                for e in &d.removed {
                    let _ = writeln!(out, "  - {:<7} {:<45} {}", e.list, e.id, e.name);
                }
                for c in &d.changed {
                    let _ = writeln!(
                        out,
                        "  ~ {:<7} {:<45} {} ({})",
                        c.after.list,
                        c.after.id,
                        c.after.name,
                        c.fields.join(", ")
                    );
                }
            }
        }
    }
    emit(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// The newest `start_date` (ISO `YYYY-MM-DD` prefix) among the entries.
fn newest_listing(parsed: &leasegate_lists::Parsed) -> Option<time::Date> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    parsed
        .entries
        .iter()
        .filter_map(|e| e.start_date.as_deref())
        .filter_map(|d| time::Date::parse(d.get(..10)?, &fmt).ok())
        .max()
}
