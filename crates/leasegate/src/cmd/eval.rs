//! `leasegate eval screening`: recall and false alerts on labelled queries.

use crate::cmd::screen::{for_each_chunk, load_index, parse_query_line, ThresholdArgs};
use crate::ctx::Ctx;
use crate::exit::CliError;
use leasegate_screen::eval::{report, run_case, Case, Metrics, Outcome};
use rayon::prelude::*;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum EvalCmd {
    /// Screen labelled queries and report recall, false-alert rate, precision and F1.
    ///
    /// Each line: {"id":..,"name":..,"schema"?:..,"country"?:..,"expect":[entry ids],"kind"?:..};
    /// an empty "expect" means the query must not alert.
    ///
    /// An alert is a match scoring at or above the match threshold.
    /// recall = positive queries with an expected entry among their alerts / positive queries;
    /// false-alert rate = negative queries with any alert / negative queries;
    /// precision = correct alerted queries / alerted queries (an alert on a negative query, or
    /// alerts on a positive query that miss every expected entry, are false);
    /// F1 = 2PR / (P + R).
    Screening {
        /// Labelled JSON-lines file.
        file: PathBuf,
        #[command(flatten)]
        thresholds: ThresholdArgs,
        /// Output format.
        #[arg(long, value_enum, default_value = "table")]
        format: EvalFormat,
        /// Also list the queries that failed (table format).
        #[arg(long)]
        show_failures: bool,
    },
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalFormat {
    Table,
    Json,
}

pub fn run(ctx: &Ctx, cmd: EvalCmd) -> anyhow::Result<ExitCode> {
    let EvalCmd::Screening {
        file,
        thresholds,
        format,
        show_failures,
    } = cmd;
    let thresholds = thresholds.thresholds()?;
    let (index, sources) = load_index(ctx)?;
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut errors = 0usize;
    for_each_chunk(&file, |first, chunk| {
        let results: Vec<Option<Result<Outcome, String>>> = chunk
            .par_iter()
            .enumerate()
            .map(|(i, bytes)| {
                if bytes.iter().all(u8::is_ascii_whitespace) {
                    return None;
                }
                let n = first + i;
                let r = parse_query_line(bytes, None, None).and_then(|lq| {
                    let expect = match lq.raw.get("expect") {
                        Some(serde_json::Value::Array(a)) => a
                            .iter()
                            .map(|x| match x {
                                serde_json::Value::String(s) => Ok(s.clone()),
                                serde_json::Value::Number(n) => Ok(n.to_string()),
                                _ => Err("\"expect\" must list entry ids (strings)".to_string()),
                            })
                            .collect::<Result<Vec<_>, _>>()?,
                        None | Some(serde_json::Value::Null) => {
                            return Err(
                                "missing \"expect\": list the acceptable entry ids, [] for none"
                                    .into(),
                            )
                        }
                        Some(_) => return Err("\"expect\" must be an array of entry ids".into()),
                    };
                    let id = match &lq.id {
                        serde_json::Value::String(s) => s.clone(),
                        serde_json::Value::Null => format!("line {n}"),
                        v => v.to_string(),
                    };
                    let kind = lq
                        .raw
                        .get("kind")
                        .and_then(|k| k.as_str())
                        .map(String::from);
                    let case = Case {
                        id,
                        query: lq.query,
                        expect,
                        kind,
                    };
                    Ok(run_case(&index, &case, &thresholds))
                });
                Some(r.map_err(|e| format!("{}:{n}: {e}", file.display())))
            })
            .collect();
        for r in results.into_iter().flatten() {
            match r {
                Ok(o) => outcomes.push(o),
                Err(e) => {
                    errors += 1;
                    eprintln!("error: {e}");
                }
            }
        }
        Ok(())
    })?;
    let failures: Vec<Outcome> = outcomes.iter().filter(|o| !o.correct).cloned().collect();
    let rep = report(outcomes, thresholds);
    match format {
        EvalFormat::Json => {
            let out = serde_json::json!({
                "file": file.display().to_string(),
                "lists": sources,
                "thresholds": rep.thresholds,
                "overall": rep.overall,
                "by_kind": rep.by_kind,
                "failures": failures,
                "definitions": {
                    "alert": "a match with score >= the match threshold",
                    "recall": "positive queries (non-empty expect) with an expected entry among their alerts / positive queries",
                    "false_alert_rate": "negative queries (empty expect) with any alert / negative queries",
                    "precision": "correctly alerted queries / alerted queries",
                    "f1": "2 * precision * recall / (precision + recall)",
                },
            });
            println!("{}", serde_json::to_string_pretty(&out)?);
        }
        EvalFormat::Table => {
            let o = &rep.overall;
            println!(
                "Screening evaluation of {} ({} queries: {} positive, {} negative)",
                file.display(),
                o.queries,
                o.positives,
                o.negatives
            );
            println!("Lists: {}", sources.join("; "));
            println!(
                "Thresholds: review {:.2}, match {:.2} (an alert is a match scoring >= match)",
                thresholds.review, thresholds.match_
            );
            println!();
            println!(
                "recall            {}  ({} of {} positive queries alerted on an expected entry)",
                fmt(o.recall),
                o.found,
                o.positives
            );
            println!(
                "false-alert rate  {}  ({} of {} negative queries alerted)",
                fmt(o.false_alert_rate),
                o.false_alerts,
                o.negatives
            );
            println!(
                "precision         {}  (correct alerted queries / alerted queries)",
                fmt(o.precision)
            );
            println!("F1                {}", fmt(o.f1));
            println!();
            println!(
                "{:<28} {:>7} {:>8} {:>8} {:>10} {:>9}",
                "kind", "queries", "recall", "far", "precision", "f1"
            );
            for (k, m) in &rep.by_kind {
                print_kind(k, m);
            }
            if show_failures && !failures.is_empty() {
                println!();
                println!("Failures:");
                for f in &failures {
                    println!(
                        "  {} [{}] {}",
                        f.id,
                        f.kind.as_deref().unwrap_or("-"),
                        match (&f.top, f.expected_score) {
                            (Some((e, s)), _) if !f.positive =>
                                format!("false alert on {e} ({s:.3})"),
                            (_, Some(s)) => format!("expected entry scored {s:.3}"),
                            (Some((e, s)), None) =>
                                format!("expected entry not found; alerted on {e} ({s:.3})"),
                            (None, None) => "expected entry not found".to_string(),
                        }
                    );
                }
            }
        }
    }
    if errors > 0 {
        return Err(CliError::partial(format!(
            "{errors} input lines had errors (see above) and were not evaluated"
        )));
    }
    Ok(ExitCode::SUCCESS)
}

fn fmt(x: Option<f64>) -> String {
    x.map(|v| format!("{v:.4}"))
        .unwrap_or_else(|| "   n/a".to_string())
}

fn print_kind(k: &str, m: &Metrics) {
    println!(
        "{:<28} {:>7} {:>8} {:>8} {:>10} {:>9}",
        k,
        m.queries,
        fmt(m.recall),
        fmt(m.false_alert_rate),
        fmt(m.precision),
        fmt(m.f1)
    );
}
