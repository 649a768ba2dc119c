//! `leasegate chips`: catalog, 3A090/4A090 classification, country groups and
//! licence/rental decisions. Domain logic lives in `leasegate-chips`; this
//! module parses flags, loads the data (embedded, or overridden by files in
//! `<data dir>/chips/`), and prints.

use crate::ctx::Ctx;
use crate::exit::CliError;
use leasegate_chips::{
    classify, classify_node, format_date, parse_date, Accelerator, Catalog, ChipClass, ChipSpec,
    ChipsError, Classification, CountryGroups, Milli, Policy, Precision,
};
use serde_json::{json, Value};
use std::path::Path;
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Table,
    Json,
}

#[derive(clap::Subcommand, Debug)]
pub enum ChipsCmd {
    /// Every catalog entry with its TPP, density, ECCN and sources.
    List {
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// One catalog entry with every figure, its source, confidence and alternatives.
    Show {
        #[arg(long)]
        chip: String,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Classify a chip that is not in the catalog.
    Classify {
        /// Dense throughput, PRECISION=TOPS (FP4, INT4, FP8, INT8, FP16, BF16, TF32, FP32, FP64); repeatable.
        #[arg(long = "tops", value_name = "PRECISION=VALUE", num_args = 1.., required = true)]
        tops: Vec<String>,
        /// Applicable die area in mm² (needed when 1600 ≤ TPP < 4800).
        #[arg(long = "die-mm2", value_name = "N")]
        die_mm2: Option<String>,
        /// Designed or marketed for data centres (the default).
        #[arg(long, conflicts_with = "consumer")]
        datacenter: bool,
        /// Not designed or marketed for data centres (Note 2 applies below TPP 4800).
        #[arg(long)]
        consumer: bool,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Licence requirement to export a catalog chip to a country.
    License {
        #[arg(long)]
        chip: String,
        /// Destination country (ISO 3166-1 alpha-2).
        #[arg(long)]
        country: String,
        /// Headquarters country of the receiving party.
        #[arg(long)]
        hq: Option<String>,
        /// Headquarters country of the party's ultimate parent.
        #[arg(long = "parent-hq")]
        parent_hq: Option<String>,
        /// Date the question is asked for (YYYY-MM-DD); defaults to today.
        #[arg(long = "as-of")]
        as_of: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Default decision for leasing remote access to a catalog chip to a customer.
    Rental {
        #[arg(long)]
        chip: String,
        /// Headquarters country of the customer.
        #[arg(long)]
        hq: String,
        /// Headquarters country of the customer's ultimate parent.
        #[arg(long = "parent-hq")]
        parent_hq: Option<String>,
        #[arg(long = "as-of")]
        as_of: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// 4A090 classification of a node holding COUNT catalog chips.
    Node {
        #[arg(long)]
        chip: String,
        #[arg(long)]
        count: u32,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// Country groups a country belongs to on a date.
    Groups {
        #[arg(long)]
        country: String,
        #[arg(long = "as-of")]
        as_of: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
    /// The policy in force: switches (active on the date) and rules in order.
    Policy {
        #[arg(long = "as-of")]
        as_of: Option<String>,
        #[arg(long, value_enum, default_value_t)]
        format: Format,
    },
}

/// Data files that may override the embedded ones.
const CATALOG_FILE: &str = "catalog.toml";
const GROUPS_FILE: &str = "country_groups.toml";
const POLICY_FILE: &str = "policy.toml";
/// Override files larger than this are refused (the embedded ones are ~30 KB).
const MAX_DATA_FILE_BYTES: u64 = 8 * 1024 * 1024;

fn override_text(ctx: &Ctx, name: &str) -> anyhow::Result<Option<(String, String)>> {
    let path = ctx.data_dir().join("chips").join(name);
    read_if_exists(&path)
}

fn read_if_exists(path: &Path) -> anyhow::Result<Option<(String, String)>> {
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(anyhow::anyhow!("cannot read {}: {e}", path.display())),
        Ok(m) if m.len() > MAX_DATA_FILE_BYTES => Err(CliError::refused(
            "invalid_data",
            format!(
                "{} is larger than {MAX_DATA_FILE_BYTES} bytes",
                path.display()
            ),
        )),
        Ok(_) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            Ok(Some((text, path.display().to_string())))
        }
    }
}

/// Data-file errors in an operator's override are theirs to fix: refuse with
/// the code instead of reporting an internal error.
fn data_err(e: ChipsError) -> anyhow::Error {
    match e {
        ChipsError::InvalidData { .. } => CliError::refused("invalid_data", e.to_string()),
        other => CliError::from_lib(other),
    }
}

/// The catalog and the per-record issues of an override file.
fn load_catalog(ctx: &Ctx) -> anyhow::Result<(Catalog, Vec<String>)> {
    match override_text(ctx, CATALOG_FILE)? {
        None => Ok((Catalog::embedded().map_err(CliError::from_lib)?, Vec::new())),
        Some((text, file)) => {
            let (c, issues) = Catalog::parse(&text, &file).map_err(data_err)?;
            let msgs = issues
                .into_iter()
                .map(|i| {
                    format!(
                        "{file}: chip #{} {}: {}",
                        i.index + 1,
                        i.id.as_deref().unwrap_or("?"),
                        i.message
                    )
                })
                .collect();
            Ok((c, msgs))
        }
    }
}

/// A country flag that may be absent, checked against the policy's country list.
/// What `license` and `rental` start from: the chip's export class and the
/// policy in force (embedded, or the data dir's override files).
fn chip_under_policy(ctx: &Ctx, chip: &str) -> anyhow::Result<(String, ChipClass, Policy)> {
    let (cat, _) = load_catalog(ctx)?;
    let policy = load_policy(ctx)?;
    let a = cat.get(chip).map_err(CliError::from_lib)?;
    let class = ChipClass::from_accelerator(a).map_err(CliError::from_lib)?;
    Ok((a.id.clone(), class, policy))
}

fn optional_country(
    g: &leasegate_chips::CountryGroups,
    code: Option<&str>,
) -> anyhow::Result<Option<leasegate_core::CountryCode>> {
    code.map(|c| g.country(c))
        .transpose()
        .map_err(CliError::from_lib)
}

fn load_policy(ctx: &Ctx) -> anyhow::Result<Policy> {
    let groups = match override_text(ctx, GROUPS_FILE)? {
        None => CountryGroups::embedded().map_err(CliError::from_lib)?,
        Some((text, file)) => CountryGroups::parse(&text, &file).map_err(data_err)?,
    };
    match override_text(ctx, POLICY_FILE)? {
        None => Policy::parse(
            leasegate_chips::policy::EMBEDDED_POLICY,
            "embedded policy.toml",
            groups,
        )
        .map_err(CliError::from_lib),
        Some((text, file)) => Policy::parse(&text, &file, groups).map_err(data_err),
    }
}

fn as_of(ctx: &Ctx, s: &Option<String>) -> anyhow::Result<time::Date> {
    match s {
        Some(s) => parse_date(s).map_err(CliError::from_lib),
        None => Ok(ctx.clock.now().date()),
    }
}

fn print_json(v: &Value) {
    println!(
        "{}",
        serde_json::to_string_pretty(v).unwrap_or_else(|_| v.to_string())
    );
}

fn warn_issues(issues: &[String]) {
    for i in issues {
        eprintln!("warning[invalid_value]: {i}");
    }
}

fn finish(issues: &[String]) -> anyhow::Result<ExitCode> {
    if issues.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        Err(CliError::partial(format!(
            "{} catalog record(s) could not be read",
            issues.len()
        )))
    }
}

fn opt_f64(m: Option<Milli>) -> Value {
    m.map_or(Value::Null, |v| json!(v.as_f64()))
}

fn sources_json(cat: &Catalog, a: &Accelerator) -> Value {
    Value::Array(
        a.source_ids()
            .iter()
            .map(|id| match cat.source(id) {
                Some(s) => {
                    json!({"id": s.id, "title": s.title, "url": s.url, "licence": s.licence})
                }
                None => json!({"id": id}),
            })
            .collect(),
    )
}

fn entry_json(cat: &Catalog, a: &Accelerator) -> Value {
    let class = a.classify();
    let hbm = a.hbm_classification();
    let mut v = json!({
        "id": a.id,
        "vendor": a.vendor,
        "name": a.name,
        "form_factor": a.form_factor,
        "datacenter": a.datacenter,
        "release_date": a.release_date,
        "memory_type": a.memory_type,
        "memory_gb": opt_f64(a.memory_gb.as_ref().map(|f| f.value)),
        "memory_bandwidth_gb_s": opt_f64(a.memory_bandwidth_gb_s.as_ref().map(|f| f.value)),
        "die_area_mm2": opt_f64(a.die_area_mm2.as_ref().map(|f| f.value)),
        "hbm_3a090c": hbm.as_ref().map(|h| h.controlled_3a090c),
        "sources": sources_json(cat, a),
    });
    let o = v.as_object_mut().expect("object literal");
    match class {
        Ok(c) => {
            o.insert("tpp".into(), json!(c.tpp.as_f64()));
            o.insert("tpp_precision".into(), json!(c.tpp_precision));
            o.insert("performance_density".into(), opt_f64(c.performance_density));
            o.insert("eccn".into(), json!(c.eccn));
            o.insert("paragraph".into(), json!(c.paragraph));
            o.insert("note2".into(), json!(c.note2));
            o.insert("nac_eligible".into(), json!(c.nac_eligible));
            o.insert("computation".into(), json!(c.computation));
        }
        Err(e) => {
            for k in ["tpp", "performance_density", "eccn", "nac_eligible"] {
                o.insert(k.into(), Value::Null);
            }
            o.insert(
                "error".into(),
                json!({"code": leasegate_core::ErrorCode::code(&e), "message": e.to_string()}),
            );
        }
    }
    v
}

fn fmt_opt(m: Option<Milli>) -> String {
    m.map_or_else(|| "-".to_string(), |v| v.to_string())
}

pub fn run(ctx: &Ctx, cmd: ChipsCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        ChipsCmd::List { format } => {
            let (cat, issues) = load_catalog(ctx)?;
            warn_issues(&issues);
            match format {
                Format::Json => print_json(&Value::Array(
                    cat.chips.iter().map(|a| entry_json(&cat, a)).collect(),
                )),
                Format::Table => {
                    println!(
                        "{:<20} {:<8} {:<22} {:<4} {:>9} {:>7} {:<10} {:<4} {:<6}",
                        "ID", "VENDOR", "NAME", "DC", "TPP", "PD", "ECCN", "NAC", "3A090c"
                    );
                    for a in &cat.chips {
                        let (tpp, pd, eccn, nac) = match a.classify() {
                            Ok(c) => (
                                c.tpp.to_string(),
                                fmt_opt(c.performance_density),
                                c.eccn.to_string(),
                                yes(c.nac_eligible),
                            ),
                            Err(e) => (
                                "?".into(),
                                "-".into(),
                                leasegate_core::ErrorCode::code(&e).to_string(),
                                "-",
                            ),
                        };
                        let hbm = a
                            .hbm_classification()
                            .map_or("-", |h| yes(h.controlled_3a090c));
                        println!(
                            "{:<20} {:<8} {:<22} {:<4} {:>9} {:>7} {:<10} {:<4} {:<6}",
                            a.id,
                            a.vendor,
                            a.name,
                            yes(a.datacenter),
                            tpp,
                            pd,
                            eccn,
                            nac,
                            hbm
                        );
                    }
                    println!("catalog {} ({} chips). Figures include Epoch AI, Machine Learning Hardware (CC BY 4.0).", cat.version, cat.chips.len());
                }
            }
            finish(&issues)
        }
        ChipsCmd::Show { chip, format } => {
            let (cat, issues) = load_catalog(ctx)?;
            warn_issues(&issues);
            let a = cat.get(&chip).map_err(CliError::from_lib)?;
            let mut v = entry_json(&cat, a);
            v.as_object_mut()
                .expect("object")
                .insert("figures".into(), serde_json::to_value(a)?);
            match format {
                Format::Json => print_json(&v),
                Format::Table => {
                    println!("{} {} ({}), {}", a.vendor, a.name, a.id, a.form_factor);
                    match a.classify() {
                        Ok(c) => println!("{}", c.computation),
                        Err(e) => println!("classification: {e}"),
                    }
                    for (p, f) in &a.tops {
                        println!(
                            "  {p:<5} {:>10} TOPS  [{} / {}]{}",
                            f.value,
                            f.source,
                            conf(f),
                            alts(f)
                        );
                    }
                    for (label, f) in [
                        ("die area mm²", &a.die_area_mm2),
                        ("memory GB", &a.memory_gb),
                        ("memory GB/s", &a.memory_bandwidth_gb_s),
                        ("interconnect GB/s", &a.interconnect_gb_s),
                    ] {
                        if let Some(f) = f {
                            println!(
                                "  {label:<18} {:>8}  [{} / {}]{}",
                                f.value,
                                f.source,
                                conf(f),
                                alts(f)
                            );
                        }
                    }
                    if let Some(n) = &a.notes {
                        println!("  note: {n}");
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ChipsCmd::Classify {
            tops,
            die_mm2,
            datacenter: _,
            consumer,
            format,
        } => {
            let spec =
                parse_spec(&tops, die_mm2.as_deref(), !consumer).map_err(CliError::from_lib)?;
            let c = classify(&spec).map_err(CliError::from_lib)?;
            match format {
                Format::Json => print_json(&classification_json(&c)),
                Format::Table => print_classification(&c),
            }
            Ok(ExitCode::SUCCESS)
        }
        ChipsCmd::License {
            chip,
            country,
            hq,
            parent_hq,
            as_of: date,
            format,
        } => {
            let (chip_id, class, policy) = chip_under_policy(ctx, &chip)?;
            let g = &policy.groups;
            let dest = g.country(&country).map_err(CliError::from_lib)?;
            let hq = optional_country(g, hq.as_deref())?;
            let parent = optional_country(g, parent_hq.as_deref())?;
            let date = as_of(ctx, &date)?;
            let d = policy
                .licence_decision(&class, dest, hq, parent, date)
                .map_err(CliError::from_lib)?;
            let mut v = serde_json::to_value(&d)?;
            let o = v.as_object_mut().expect("object");
            o.insert("chip".into(), json!(chip_id));
            o.insert("eccn".into(), json!(class.eccn));
            o.insert("destination".into(), json!(dest));
            o.insert("hq".into(), json!(hq));
            o.insert("parent_hq".into(), json!(parent));
            o.insert(
                "licence_required".into(),
                json!(d.requirement == leasegate_chips::Requirement::Required),
            );
            match format {
                Format::Json => print_json(&v),
                Format::Table => {
                    println!(
                        "{} ({}) → {}: {}",
                        chip_id,
                        class.eccn,
                        dest,
                        snake(&v["requirement"])
                    );
                    if let Some(r) = d.review {
                        println!("review policy: {}", snake(&json!(r)));
                    }
                    print_rule(
                        &d.rule_id,
                        &d.summary,
                        &d.citation,
                        &d.reasons,
                        &d.policy_version,
                        &d.as_of,
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ChipsCmd::Rental {
            chip,
            hq,
            parent_hq,
            as_of: date,
            format,
        } => {
            let (chip_id, class, policy) = chip_under_policy(ctx, &chip)?;
            let g = &policy.groups;
            let hq = g.country(&hq).map_err(CliError::from_lib)?;
            let parent = optional_country(g, parent_hq.as_deref())?;
            let date = as_of(ctx, &date)?;
            let d = policy
                .rental_decision(&class, hq, parent, date)
                .map_err(CliError::from_lib)?;
            let mut v = serde_json::to_value(&d)?;
            let o = v.as_object_mut().expect("object");
            o.insert("chip".into(), json!(chip_id));
            o.insert("eccn".into(), json!(class.eccn));
            o.insert("hq".into(), json!(hq));
            o.insert("parent_hq".into(), json!(parent));
            match format {
                Format::Json => print_json(&v),
                Format::Table => {
                    println!(
                        "lease of {} ({}) to a customer headquartered in {hq}: {}",
                        chip_id,
                        class.eccn,
                        d.outcome.as_str()
                    );
                    print_rule(
                        &d.rule_id,
                        &d.summary,
                        &d.citation,
                        &d.reasons,
                        &d.policy_version,
                        &d.as_of,
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ChipsCmd::Node {
            chip,
            count,
            format,
        } => {
            let (cat, _) = load_catalog(ctx)?;
            let a = cat.get(&chip).map_err(CliError::from_lib)?;
            let c = a.classify().map_err(CliError::from_lib)?;
            let n = classify_node(&c, count).map_err(CliError::from_lib)?;
            match format {
                Format::Json => {
                    let mut v = serde_json::to_value(&n)?;
                    v.as_object_mut()
                        .expect("object")
                        .insert("chip".into(), json!(a.id));
                    print_json(&v)
                }
                Format::Table => println!("{}", n.computation),
            }
            Ok(ExitCode::SUCCESS)
        }
        ChipsCmd::Groups {
            country,
            as_of: date,
            format,
        } => {
            let policy = load_policy(ctx)?;
            let c = policy
                .groups
                .country(&country)
                .map_err(CliError::from_lib)?;
            let date = as_of(ctx, &date)?;
            let groups = policy
                .groups
                .groups_of(c, date)
                .map_err(CliError::from_lib)?;
            match format {
                Format::Json => print_json(
                    &json!({"country": c, "as_of": format_date(date), "groups": groups, "table_version": policy.groups.version}),
                ),
                Format::Table => println!(
                    "{c} as of {}: {}",
                    format_date(date),
                    if groups.is_empty() {
                        "no listed group".to_string()
                    } else {
                        groups.join(", ")
                    }
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
        ChipsCmd::Policy {
            as_of: date,
            format,
        } => {
            let policy = load_policy(ctx)?;
            let date = as_of(ctx, &date)?;
            let switches: Vec<Value> = policy
                .switches
                .values()
                .map(|s| json!({"name": s.name, "enabled": s.enabled, "active": s.active(date), "citation": s.citation, "status": s.status}))
                .collect();
            match format {
                Format::Json => print_json(&json!({
                    "version": policy.version, "title": policy.title, "as_of": format_date(date),
                    "switches": switches, "licence_rules": policy.licence_rules, "rental_rules": policy.rental_rules,
                })),
                Format::Table => {
                    println!(
                        "{} (version {}), as of {}",
                        policy.title,
                        policy.version,
                        format_date(date)
                    );
                    println!("switches:");
                    for s in policy.switches.values() {
                        println!(
                            "  {:<34} {:<8} {}",
                            s.name,
                            if s.active(date) { "active" } else { "inactive" },
                            s.citation
                        );
                    }
                    println!("licence rules (first match wins):");
                    for r in &policy.licence_rules {
                        println!("  {:<24} {}", r.id, r.citation);
                    }
                    println!("rental rules (first match wins):");
                    for r in &policy.rental_rules {
                        println!("  {:<30} {:<16} {}", r.id, r.outcome.as_str(), r.citation);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

fn snake(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn conf(f: &leasegate_chips::Figure) -> String {
    snake(&json!(f.confidence))
}

fn alts(f: &leasegate_chips::Figure) -> String {
    if f.alternatives.is_empty() {
        String::new()
    } else {
        let a: Vec<String> = f
            .alternatives
            .iter()
            .map(|a| format!("{} ({})", a.value, a.source))
            .collect();
        format!("  other sources: {}", a.join(", "))
    }
}

fn print_rule(
    rule: &str,
    summary: &str,
    citation: &str,
    reasons: &[String],
    version: &str,
    as_of: &str,
) {
    println!("rule: {rule}: {summary}");
    println!("citation: {citation}");
    for r in reasons {
        println!("  - {r}");
    }
    println!("policy {version}, as of {as_of}");
}

/// Upper bound on `--tops` figures (there are nine precisions).
const MAX_TOPS_ARGS: usize = 16;

fn parse_spec(
    tops: &[String],
    die: Option<&str>,
    datacenter: bool,
) -> Result<ChipSpec, ChipsError> {
    if tops.len() > MAX_TOPS_ARGS {
        return Err(ChipsError::InvalidValue {
            field: "--tops".into(),
            value: tops.len().to_string(),
            why: format!("at most {MAX_TOPS_ARGS} figures"),
        });
    }
    let mut spec = ChipSpec {
        datacenter,
        ..ChipSpec::default()
    };
    for t in tops {
        let Some((p, v)) = t.split_once('=') else {
            return Err(ChipsError::InvalidValue {
                field: "--tops".into(),
                value: t.clone(),
                why: "expected PRECISION=VALUE, e.g. FP16=989.5".into(),
            });
        };
        let p = Precision::parse(p)?;
        let v = Milli::parse(v).map_err(|e| ChipsError::InvalidValue {
            field: format!("--tops {p}"),
            value: v.to_string(),
            why: match e {
                leasegate_chips::num::NumError::Negative => "TOPS must not be negative".into(),
                leasegate_chips::num::NumError::Precision => "at most three decimals".into(),
                leasegate_chips::num::NumError::Overflow => "too large".into(),
                leasegate_chips::num::NumError::Syntax => "not a decimal number".into(),
            },
        })?;
        if spec.tops.insert(p, v).is_some() {
            return Err(ChipsError::InvalidValue {
                field: "--tops".into(),
                value: t.clone(),
                why: format!(
                    "{p} given twice (figures are per package, already summed over units)"
                ),
            });
        }
    }
    if let Some(d) = die {
        let v = Milli::parse(d).map_err(|e| ChipsError::InvalidValue {
            field: "--die-mm2".into(),
            value: d.to_string(),
            why: match e {
                leasegate_chips::num::NumError::Negative => {
                    "die area must be greater than zero".into()
                }
                _ => "expected a positive decimal number of mm²".into(),
            },
        })?;
        if v.is_zero() {
            return Err(ChipsError::InvalidValue {
                field: "--die-mm2".into(),
                value: d.to_string(),
                why: "die area must be greater than zero".into(),
            });
        }
        spec.die_area_mm2 = Some(v);
    }
    Ok(spec)
}

fn classification_json(c: &Classification) -> Value {
    json!({
        "tpp": c.tpp.as_f64(),
        "tpp_precision": c.tpp_precision,
        "performance_density": opt_f64(c.performance_density),
        "eccn": c.eccn,
        "paragraph": c.paragraph,
        "datacenter": c.datacenter,
        "note2": c.note2,
        "nac_eligible": c.nac_eligible,
        "terms": c.terms,
        "computation": c.computation,
    })
}

fn print_classification(c: &Classification) {
    println!(
        "ECCN: {}{}",
        c.eccn,
        c.paragraph.map(|p| format!(" ({p})")).unwrap_or_default()
    );
    println!(
        "TPP: {}  PD: {}  NAC/ACA eligible: {}",
        c.tpp,
        fmt_opt(c.performance_density),
        yes(c.nac_eligible)
    );
    println!("{}", c.computation);
}
