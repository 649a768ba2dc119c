//! Fleet, prices, customers, leases, invoices, audit log and database
//! commands. Parsing and printing only; the work is in `leasegate-store`.

use crate::ctx::Ctx;
use crate::exit::{CliError, INTEGRITY};
use leasegate_core::{CountryCode, Currency, Money};
use leasegate_ledger::{
    ApproveAll, ChipId, Customer, CustomerId, Invoice, Lease, LeaseId, LeaseKind, LeaseRequest,
    LeaseStatus, LedgerError, Month, Node, NodeId, NodeState, PriceInput, Site, SiteId,
    TermDiscount,
};
use leasegate_store::{LeaseFilter, Op, SqliteStore, Store, StoreError};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

#[derive(clap::ValueEnum, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Text,
    Json,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Out {
    /// Output format; `json` prints one JSON document on stdout.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(clap::Args, Debug, Clone)]
pub struct Key {
    /// Retrying with the same key and request returns the first result; a
    /// different request with the same key is refused (`idempotency_conflict`).
    #[arg(long, value_name = "K")]
    idempotency_key: Option<String>,
}

impl Key {
    fn op<'a>(&'a self, actor: &'a str) -> Op<'a> {
        Op::with_key(actor, self.idempotency_key.as_deref())
    }
}

fn lib<E: leasegate_core::ErrorCode + std::fmt::Display>(e: E) -> anyhow::Error {
    CliError::from_lib(e)
}

/// A chip id for the fleet or a price list: it must name a chip of the
/// embedded catalog (refused as `unknown_chip` with close matches) unless the
/// operator explicitly allows free text. The id is kept as typed, so leases
/// and availability queries match the same spelling.
fn catalog_chip(chip: &str, allow_unknown: bool) -> anyhow::Result<ChipId> {
    let id = ChipId::parse(chip).map_err(lib)?;
    if !allow_unknown {
        leasegate_chips::Catalog::embedded()
            .map_err(lib)?
            .get(chip)
            .map_err(lib)?;
    }
    Ok(id)
}

/// A lease names a chip the provider rents: one of the catalog, or a free-text
/// model some node was added with (`--allow-unknown-chip`). Anything else is a
/// typo, refused as `unknown_chip` with close matches rather than the
/// misleading `no_price` the price lookup would give.
fn known_chip(s: &dyn Store, chip: &str) -> anyhow::Result<()> {
    let catalog = leasegate_chips::Catalog::embedded().map_err(lib)?;
    match catalog.get(chip) {
        Ok(_) => Ok(()),
        Err(e) => {
            let in_fleet = s
                .list_nodes()
                .map_err(lib)?
                .iter()
                .any(|n| n.chip.as_str() == chip);
            if in_fleet {
                Ok(())
            } else {
                Err(lib(e))
            }
        }
    }
}

/// Parses an optional flag with an id or enum parser.
fn parse_opt<T>(
    v: Option<String>,
    parse: fn(&str) -> Result<T, LedgerError>,
) -> anyhow::Result<Option<T>> {
    v.map(|s| parse(&s)).transpose().map_err(lib)
}

fn invalid(msg: impl Into<String>) -> anyhow::Error {
    CliError::from_lib(LedgerError::Invalid(msg.into()))
}

/// For commands that only read: a data dir with no ledger yet reads as an
/// empty ledger (an in-memory database), instead of creating the dir and an
/// empty SQLite file as a side effect of `fleet list`.
fn open_read(ctx: &Ctx) -> anyhow::Result<Box<dyn Store>> {
    if ctx.database_url.is_none() && !sqlite_path(ctx).exists() {
        let s = SqliteStore::open(Path::new(":memory:"), ctx.clock.clone()).map_err(lib)?;
        return Ok(Box::new(s));
    }
    open(ctx)
}

/// For the audit commands: verifying or exporting a ledger that does not
/// exist is almost always a wrong `--data-dir`, and "0 entries, chain
/// intact" would hide that from an auditor.
fn open_existing(ctx: &Ctx) -> anyhow::Result<Box<dyn Store>> {
    let path = sqlite_path(ctx);
    if ctx.database_url.is_none() && !path.exists() {
        return Err(CliError::refused(
            "no_database",
            format!(
                "no ledger database at {} (wrong --data-dir? nothing has been recorded there yet)",
                path.display()
            ),
        ));
    }
    open(ctx)
}

fn sqlite_path(ctx: &Ctx) -> PathBuf {
    ctx.data_dir().join(leasegate_store::SQLITE_FILE)
}

fn open(ctx: &Ctx) -> anyhow::Result<Box<dyn Store>> {
    let dir = ctx.data_dir_created()?;
    leasegate_store::open(dir, ctx.database_url.as_deref(), ctx.clock.clone()).map_err(lib)
}

/// Who the audit log names: `$LEASEGATE_ACTOR`, else `cli:$USER`.
fn actor() -> String {
    match std::env::var("LEASEGATE_ACTOR") {
        Ok(a) if !a.trim().is_empty() => a,
        _ => format!(
            "cli:{}",
            std::env::var("USER").unwrap_or_else(|_| "unknown".into())
        ),
    }
}

fn emit<T: Serialize>(
    out: &Out,
    v: &T,
    text: impl FnOnce(&T) -> String,
) -> anyhow::Result<ExitCode> {
    let s = match out.format {
        Format::Json => serde_json::to_string_pretty(v)?,
        Format::Text => text(v),
    };
    let mut o = std::io::stdout().lock();
    writeln!(o, "{}", s.trim_end())?;
    Ok(ExitCode::SUCCESS)
}

fn parse_time(s: &str, what: &str) -> anyhow::Result<OffsetDateTime> {
    OffsetDateTime::parse(s.trim(), &Rfc3339).map_err(|e| {
        invalid(format!(
            "{what} {s:?}: expected RFC 3339 such as 2026-03-01T00:00:00Z ({e})"
        ))
    })
}

/// Decimal hours to whole seconds, exactly ("1.5" = 5400).
fn parse_hours(s: &str) -> anyhow::Result<i64> {
    let bad = || {
        invalid(format!(
            "--hours {s:?}: expected a positive decimal number of hours such as 10 or 1.5"
        ))
    };
    let t = s.trim();
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    if int.is_empty() && frac.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 6
    {
        return Err(bad());
    }
    let i: i64 = if int.is_empty() {
        0
    } else {
        int.parse().map_err(|_| bad())?
    };
    let f: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<6}").parse().map_err(|_| bad())?
    };
    let secs = i
        .checked_mul(3600)
        .and_then(|x| x.checked_add(f * 3600 / 1_000_000))
        .ok_or_else(bad)?;
    if secs <= 0 {
        return Err(bad());
    }
    Ok(secs)
}

fn parse_currency(s: &str) -> anyhow::Result<Currency> {
    Currency::parse(s).map_err(|e| lib(LedgerError::Money(e)))
}

fn money(s: &str, c: Currency) -> anyhow::Result<Money> {
    Money::parse_decimal(s, c).map_err(|e| lib(LedgerError::Money(e)))
}

fn rfc(t: OffsetDateTime) -> String {
    t.format(&Rfc3339).unwrap_or_default()
}

// ---------------------------------------------------------------- fleet

#[derive(clap::Subcommand, Debug)]
pub enum FleetCmd {
    /// Register a site (data centre).
    AddSite {
        #[arg(long)]
        id: String,
        /// ISO 3166-1 alpha-2 country of the site.
        #[arg(long)]
        country: String,
        #[arg(long)]
        facility: Option<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Register a node and its GPUs.
    AddNode {
        #[arg(long)]
        site: String,
        #[arg(long)]
        id: String,
        /// Accelerator id from the chip catalog (`leasegate chips list`), e.g. h100-sxm.
        #[arg(long)]
        chip: String,
        /// Accept a chip id that is not in the catalog (free text).
        #[arg(long)]
        allow_unknown_chip: bool,
        #[arg(long)]
        gpus: u32,
        /// GPU serials or UUIDs in index order, comma-separated (one per GPU).
        #[arg(long, value_delimiter = ',')]
        serials: Vec<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Put a node in maintenance, retire it or make it available again.
    SetState {
        #[arg(long)]
        id: String,
        /// available, maintenance or retired.
        #[arg(long)]
        state: String,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Sites and nodes.
    List {
        #[command(flatten)]
        out: Out,
    },
    /// Bookings per GPU over a window (default: the next 7 days).
    Calendar {
        #[arg(long)]
        node: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        from: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        to: Option<String>,
        #[command(flatten)]
        out: Out,
    },
    /// Free GPUs per accelerator over a window (default: the next hour).
    Availability {
        #[arg(long)]
        chip: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        from: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        to: Option<String>,
        #[command(flatten)]
        out: Out,
    },
    /// Minutes kept free between two leases on the same GPU.
    SetCleaningGap {
        #[arg(long)]
        minutes: i64,
        #[command(flatten)]
        out: Out,
    },
}

/// `--from` (default now) and `--to` (default `--from` plus `default`).
fn window(
    ctx: &Ctx,
    from: Option<&str>,
    to: Option<&str>,
    default: Duration,
) -> anyhow::Result<(OffsetDateTime, OffsetDateTime)> {
    let f = match from {
        Some(s) => parse_time(s, "--from")?,
        None => ctx.clock.now(),
    };
    let t = match to {
        Some(s) => parse_time(s, "--to")?,
        None => f + default,
    };
    if t <= f {
        return Err(invalid("--to must be after --from"));
    }
    Ok((f, t))
}

/// One row of the calendar table (the header uses the same widths).
fn calendar_line(cols: [&dyn std::fmt::Display; 7]) -> String {
    let [node, gpu, lease, customer, status, start, end] = cols;
    format!("{node:<16} {gpu:>4} {lease:<10} {customer:<14} {status:<18} {start:<20} {end:<20}\n")
}

pub fn run_fleet(ctx: &Ctx, cmd: FleetCmd) -> anyhow::Result<ExitCode> {
    let actor = actor();
    match cmd {
        FleetCmd::AddSite {
            id,
            country,
            facility,
            key,
            out,
        } => {
            let site = Site {
                id: SiteId::parse(&id).map_err(lib)?,
                country: CountryCode::parse_assigned(&country)
                    .map_err(|e| invalid(e.to_string()))?,
                facility: facility.filter(|f| !f.trim().is_empty()),
            };
            let s = open(ctx)?;
            let site = s.add_site(&key.op(&actor), site).map_err(lib)?;
            emit(&out, &site, |s| {
                format!("site {} ({}) added", s.id, s.country)
            })
        }
        FleetCmd::AddNode {
            site,
            id,
            chip,
            allow_unknown_chip,
            gpus,
            serials,
            key,
            out,
        } => {
            let node = Node::new(
                NodeId::parse(&id).map_err(lib)?,
                SiteId::parse(&site).map_err(lib)?,
                catalog_chip(&chip, allow_unknown_chip)?,
                gpus,
                &serials,
            )
            .map_err(lib)?;
            let s = open(ctx)?;
            let node = s.add_node(&key.op(&actor), node).map_err(lib)?;
            emit(&out, &node, |n| {
                format!(
                    "node {} at {}: {} x {} added",
                    n.id, n.site_id, n.gpu_count, n.chip
                )
            })
        }
        FleetCmd::SetState {
            id,
            state,
            key,
            out,
        } => {
            let id = NodeId::parse(&id).map_err(lib)?;
            let state = NodeState::parse(&state).map_err(lib)?;
            let s = open(ctx)?;
            let node = s.set_node_state(&key.op(&actor), &id, state).map_err(lib)?;
            emit(&out, &node, |n| {
                format!("node {} is {}", n.id, n.state.as_str())
            })
        }
        FleetCmd::List { out } => {
            let s = open_read(ctx)?;
            let v = serde_json::json!({"sites": s.list_sites().map_err(lib)?, "nodes": s.list_nodes().map_err(lib)?});
            let nodes = s.list_nodes().map_err(lib)?;
            let sites = s.list_sites().map_err(lib)?;
            emit(&out, &v, |_| {
                let mut t = String::new();
                for site in &sites {
                    t.push_str(&format!(
                        "site {} {} {}\n",
                        site.id,
                        site.country,
                        site.facility.as_deref().unwrap_or("")
                    ));
                    for n in nodes.iter().filter(|n| n.site_id == site.id) {
                        t.push_str(&format!(
                            "  node {} {} x {} {}\n",
                            n.id,
                            n.gpu_count,
                            n.chip,
                            n.state.as_str()
                        ));
                    }
                }
                if t.is_empty() {
                    t.push_str("no sites\n");
                }
                t
            })
        }
        FleetCmd::Calendar {
            node,
            from,
            to,
            out,
        } => {
            let node = parse_opt(node, NodeId::parse)?;
            let (f, t) = window(ctx, from.as_deref(), to.as_deref(), Duration::days(7))?;
            let s = open_read(ctx)?;
            let cal = s.calendar(node.as_ref(), f, t).map_err(lib)?;
            emit(&out, &cal, |cal| {
                let mut o = calendar_line([
                    &"NODE",
                    &"GPU",
                    &"LEASE",
                    &"CUSTOMER",
                    &"STATUS",
                    &"START",
                    &"END",
                ]);
                for e in cal {
                    o.push_str(&calendar_line([
                        &e.node_id,
                        &e.gpu_index,
                        &e.lease_id,
                        &e.customer_id,
                        &e.status,
                        &rfc(e.start),
                        &rfc(e.end),
                    ]));
                }
                o
            })
        }
        FleetCmd::Availability {
            chip,
            from,
            to,
            out,
        } => {
            let chip = parse_opt(chip, ChipId::parse)?;
            let (f, t) = window(ctx, from.as_deref(), to.as_deref(), Duration::hours(1))?;
            let s = open_read(ctx)?;
            let a = s.availability(chip.as_ref(), f, t).map_err(lib)?;
            emit(&out, &a, |a| {
                a.iter()
                    .map(|x| {
                        format!(
                            "{}: {} of {} GPUs free\n",
                            x.chip, x.free_gpus, x.total_gpus
                        )
                    })
                    .collect()
            })
        }
        FleetCmd::SetCleaningGap { minutes, out } => {
            let s = open(ctx)?;
            let g = s
                .set_cleaning_gap(&Op::new(&actor), minutes.saturating_mul(60))
                .map_err(lib)?;
            emit(&out, &serde_json::json!({"cleaning_gap_s": g}), |_| {
                format!("cleaning gap {} min", g / 60)
            })
        }
    }
}

// ---------------------------------------------------------------- prices

#[derive(clap::Subcommand, Debug)]
pub enum PricesCmd {
    /// Publish a new price list version for an accelerator (prices per GPU-hour).
    Set {
        /// Accelerator id from the chip catalog, e.g. h100-sxm.
        #[arg(long)]
        chip: String,
        /// Accept a chip id that is not in the catalog (free text).
        #[arg(long)]
        allow_unknown_chip: bool,
        #[arg(long, value_name = "PRICE")]
        on_demand: String,
        #[arg(long, value_name = "PRICE")]
        reserved: Option<String>,
        #[arg(long, value_name = "PRICE")]
        interruptible_floor: Option<String>,
        /// Reserved-term discount HOURS:PERCENT (repeatable), e.g. 720:10.
        #[arg(long, value_name = "HOURS:PERCENT")]
        term_discount: Vec<String>,
        #[arg(long, default_value = "USD")]
        currency: String,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Price list versions, newest first.
    List {
        #[arg(long)]
        chip: Option<String>,
        #[command(flatten)]
        out: Out,
    },
}

pub fn run_prices(ctx: &Ctx, cmd: PricesCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        PricesCmd::Set {
            chip,
            allow_unknown_chip,
            on_demand,
            reserved,
            interruptible_floor,
            term_discount,
            currency,
            key,
            out,
        } => {
            let c = parse_currency(&currency)?;
            let input = PriceInput {
                chip: catalog_chip(&chip, allow_unknown_chip)?,
                currency: c,
                on_demand: money(&on_demand, c)?,
                reserved: reserved.map(|r| money(&r, c)).transpose()?,
                interruptible_floor: interruptible_floor.map(|r| money(&r, c)).transpose()?,
                term_discounts: term_discount
                    .iter()
                    .map(|t| TermDiscount::parse(t))
                    .collect::<Result<_, _>>()
                    .map_err(lib)?,
            };
            let s = open(ctx)?;
            let actor = actor();
            let p = s.set_price(&key.op(&actor), input).map_err(lib)?;
            emit(&out, &p, |p| {
                format!(
                    "{} price list v{}: on-demand {} per GPU-hour",
                    p.chip, p.version, p.on_demand
                )
            })
        }
        PricesCmd::List { chip, out } => {
            let chip = parse_opt(chip, ChipId::parse)?;
            let s = open_read(ctx)?;
            let v = s.list_prices(chip.as_ref()).map_err(lib)?;
            emit(&out, &v, |v| {
                v.iter()
                    .map(|p| {
                        format!(
                            "{} v{} on-demand {} reserved {} floor {}\n",
                            p.chip,
                            p.version,
                            p.on_demand,
                            p.reserved.map_or("-".into(), |m| m.to_string()),
                            p.interruptible_floor.map_or("-".into(), |m| m.to_string())
                        )
                    })
                    .collect()
            })
        }
    }
}

// ---------------------------------------------------------------- customers

#[derive(clap::Subcommand, Debug)]
pub enum CustomersCmd {
    /// Register a customer.
    Add {
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        country: String,
        /// Suspend running leases when the prepaid balance is used up.
        #[arg(long)]
        auto_suspend: bool,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    List {
        #[command(flatten)]
        out: Out,
    },
    Show {
        id: String,
        #[command(flatten)]
        out: Out,
    },
    /// Add prepaid credit.
    Credit {
        #[arg(long)]
        id: String,
        #[arg(long)]
        amount: String,
        #[arg(long, default_value = "USD")]
        currency: String,
        #[arg(long)]
        auto_suspend: Option<bool>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Prepaid credit, charges so far (final and draft) and what remains.
    Balance {
        #[arg(long)]
        id: String,
        #[command(flatten)]
        out: Out,
    },
    /// Suspend running leases of auto-suspend customers whose balance is used up.
    EnforcePrepaid {
        #[command(flatten)]
        out: Out,
    },
}

pub fn run_customers(ctx: &Ctx, cmd: CustomersCmd) -> anyhow::Result<ExitCode> {
    let actor = actor();
    match cmd {
        CustomersCmd::Add {
            id,
            name,
            country,
            auto_suspend,
            key,
            out,
        } => {
            let c = Customer {
                id: CustomerId::parse(&id).map_err(lib)?,
                name: name.trim().to_string(),
                country: CountryCode::parse_assigned(&country)
                    .map_err(|e| invalid(e.to_string()))?,
                auto_suspend,
                credit: None,
            };
            let s = open(ctx)?;
            let c = s.add_customer(&key.op(&actor), c).map_err(lib)?;
            emit(&out, &c, |c| {
                format!("customer {} ({}, {}) added", c.id, c.name, c.country)
            })
        }
        CustomersCmd::List { out } => {
            let s = open_read(ctx)?;
            let v = s.list_customers().map_err(lib)?;
            emit(&out, &v, |v| {
                v.iter()
                    .map(|c| format!("{} {} {}\n", c.id, c.country, c.name))
                    .collect()
            })
        }
        CustomersCmd::Show { id, out } => {
            let s = open_read(ctx)?;
            let c = s
                .get_customer(&CustomerId::parse(&id).map_err(lib)?)
                .map_err(lib)?;
            emit(&out, &c, |c| format!("{} {} {}", c.id, c.country, c.name))
        }
        CustomersCmd::Credit {
            id,
            amount,
            currency,
            auto_suspend,
            key,
            out,
        } => {
            let c = parse_currency(&currency)?;
            let m = money(&amount, c)?;
            let s = open(ctx)?;
            let cust = s
                .add_credit(
                    &key.op(&actor),
                    &CustomerId::parse(&id).map_err(lib)?,
                    m,
                    auto_suspend,
                )
                .map_err(lib)?;
            emit(&out, &cust, |c| {
                format!(
                    "{} credit {}",
                    c.id,
                    c.credit.map_or("-".into(), |m| m.to_string())
                )
            })
        }
        CustomersCmd::Balance { id, out } => {
            let s = open_read(ctx)?;
            let b = s
                .balance(&CustomerId::parse(&id).map_err(lib)?)
                .map_err(lib)?;
            emit(&out, &b, |b| {
                format!(
                    "{}: credit {}, charged {}, remaining {}",
                    b.customer_id, b.credit, b.charged, b.remaining
                )
            })
        }
        CustomersCmd::EnforcePrepaid { out } => {
            let s = open(ctx)?;
            let v = s.enforce_prepaid(&Op::new(&actor)).map_err(lib)?;
            emit(&out, &v, |v| format!("{} lease(s) suspended", v.len()))
        }
    }
}

// ---------------------------------------------------------------- leases

#[derive(clap::Args, Debug, Clone)]
pub struct LeaseRef {
    /// Lease id (ls-000001).
    #[arg(value_name = "ID", required_unless_present = "id_flag")]
    id: Option<String>,
    #[arg(long = "id", value_name = "ID", conflicts_with = "id")]
    id_flag: Option<String>,
}

impl LeaseRef {
    fn get(&self) -> anyhow::Result<LeaseId> {
        let s = self
            .id
            .as_deref()
            .or(self.id_flag.as_deref())
            .unwrap_or_default();
        LeaseId::parse(s).map_err(lib)
    }
}

#[derive(clap::Subcommand, Debug)]
pub enum LeasesCmd {
    /// Rent GPUs: allocates concrete GPUs and prices the lease. Until the
    /// compliance gate exists, new leases are approved at once.
    Create {
        #[arg(long)]
        customer: String,
        #[arg(long)]
        chip: String,
        #[arg(long)]
        gpus: u32,
        /// Start (default: now).
        #[arg(long, value_name = "RFC3339")]
        start: Option<String>,
        /// Duration in hours (decimal).
        #[arg(long, conflicts_with = "end", required_unless_present = "end")]
        hours: Option<String>,
        #[arg(long, value_name = "RFC3339")]
        end: Option<String>,
        /// on-demand, reserved or interruptible.
        #[arg(long, default_value = "on-demand")]
        kind: String,
        /// Declared use (end use), kept for compliance.
        #[arg(long = "use", value_name = "TEXT")]
        declared_use: Option<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    List {
        #[arg(long)]
        customer: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        chip: Option<String>,
        #[command(flatten)]
        out: Out,
    },
    Show {
        #[command(flatten)]
        lease: LeaseRef,
        #[command(flatten)]
        out: Out,
    },
    /// pending_compliance -> approved.
    Approve {
        #[command(flatten)]
        lease: LeaseRef,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// pending_compliance or approved -> rejected (releases the GPUs).
    Reject {
        #[command(flatten)]
        lease: LeaseRef,
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// approved -> active: billing of on-demand time starts.
    Activate {
        #[command(flatten)]
        lease: LeaseRef,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// active or suspended -> ended (early end frees the GPUs from now).
    End {
        #[command(flatten)]
        lease: LeaseRef,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Cancel a lease that has not started running (releases the GPUs).
    Cancel {
        #[command(flatten)]
        lease: LeaseRef,
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Compliance hold: GPUs stay allocated, billing stops.
    Suspend {
        #[command(flatten)]
        lease: LeaseRef,
        #[arg(long)]
        reason: Option<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Lift a hold: back to approved or active.
    Resume {
        #[command(flatten)]
        lease: LeaseRef,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Interruptible leases only: take the GPUs back.
    Preempt {
        #[command(flatten)]
        lease: LeaseRef,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
    /// Move the end later on the same GPUs (`no_capacity` when they are booked).
    Extend {
        #[command(flatten)]
        lease: LeaseRef,
        /// Hours to add to the current end.
        #[arg(long, conflicts_with = "end", required_unless_present = "end")]
        hours: Option<String>,
        /// New end.
        #[arg(long, value_name = "RFC3339")]
        end: Option<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
}

fn lease_text(l: &Lease) -> String {
    let gpus: Vec<String> = l
        .allocations
        .iter()
        .map(|a| format!("{}:{}", a.node_id, a.gpu_index))
        .collect();
    format!(
        "{} {} {} x {} {} for {} from {} to {} at {} per GPU-hour\n  gpus: {}",
        l.id,
        l.status,
        l.gpus,
        l.chip,
        l.kind.as_str(),
        l.customer_id,
        rfc(l.start),
        rfc(l.end),
        l.price.per_gpu_hour,
        gpus.join(" ")
    )
}

pub fn run_leases(ctx: &Ctx, cmd: LeasesCmd) -> anyhow::Result<ExitCode> {
    let actor = actor();
    let transition =
        |lease: &LeaseRef, key: &Key, out: &Out, to: LeaseStatus, reason: Option<&str>| {
            let id = lease.get()?;
            let s = open(ctx)?;
            let l = s
                .transition_lease(&key.op(&actor), &id, to, reason)
                .map_err(lib)?;
            emit(out, &l, lease_text)
        };
    match cmd {
        LeasesCmd::Create {
            customer,
            chip,
            gpus,
            start,
            hours,
            end,
            kind,
            declared_use,
            key,
            out,
        } => {
            let req = LeaseRequest {
                customer_id: CustomerId::parse(&customer).map_err(lib)?,
                chip: ChipId::parse(&chip).map_err(lib)?,
                gpus,
                kind: LeaseKind::parse(&kind).map_err(lib)?,
                start: start
                    .as_deref()
                    .map(|s| parse_time(s, "--start"))
                    .transpose()?,
                duration_s: hours.as_deref().map(parse_hours).transpose()?,
                end: end.as_deref().map(|s| parse_time(s, "--end")).transpose()?,
                declared_use,
            };
            let s = open(ctx)?;
            known_chip(s.as_ref(), &chip)?;
            let l = s
                .create_lease(&key.op(&actor), &req, &ApproveAll)
                .map_err(lib)?;
            emit(&out, &l, lease_text)
        }
        LeasesCmd::List {
            customer,
            status,
            chip,
            out,
        } => {
            let f = LeaseFilter {
                customer: parse_opt(customer, CustomerId::parse)?,
                status: parse_opt(status, LeaseStatus::parse)?,
                chip: parse_opt(chip, ChipId::parse)?,
            };
            let s = open_read(ctx)?;
            let v = s.list_leases(&f).map_err(lib)?;
            emit(&out, &v, |v| {
                if v.is_empty() {
                    return "no leases".into();
                }
                v.iter().map(|l| lease_text(l) + "\n").collect()
            })
        }
        LeasesCmd::Show { lease, out } => {
            let id = lease.get()?;
            let s = open_read(ctx)?;
            let l = s.get_lease(&id).map_err(lib)?;
            emit(&out, &l, lease_text)
        }
        LeasesCmd::Approve { lease, key, out } => {
            transition(&lease, &key, &out, LeaseStatus::Approved, None)
        }
        LeasesCmd::Reject {
            lease,
            reason,
            key,
            out,
        } => transition(&lease, &key, &out, LeaseStatus::Rejected, reason.as_deref()),
        LeasesCmd::Activate { lease, key, out } => {
            transition(&lease, &key, &out, LeaseStatus::Active, None)
        }
        LeasesCmd::End { lease, key, out } => {
            transition(&lease, &key, &out, LeaseStatus::Ended, None)
        }
        LeasesCmd::Cancel {
            lease,
            reason,
            key,
            out,
        } => transition(
            &lease,
            &key,
            &out,
            LeaseStatus::Cancelled,
            reason.as_deref(),
        ),
        LeasesCmd::Suspend {
            lease,
            reason,
            key,
            out,
        } => transition(
            &lease,
            &key,
            &out,
            LeaseStatus::Suspended,
            reason.as_deref(),
        ),
        LeasesCmd::Preempt { lease, key, out } => {
            transition(&lease, &key, &out, LeaseStatus::Preempted, None)
        }
        LeasesCmd::Resume { lease, key, out } => {
            let id = lease.get()?;
            let s = open(ctx)?;
            let l = s.get_lease(&id).map_err(lib)?;
            let to = l.resume_to.ok_or_else(|| {
                lib(LedgerError::IllegalTransition {
                    lease: id.to_string(),
                    from: l.status.to_string(),
                    to: "resumed".into(),
                })
            })?;
            drop(s);
            transition(&lease, &key, &out, to, Some("resumed"))
        }
        LeasesCmd::Extend {
            lease,
            hours,
            end,
            key,
            out,
        } => {
            let id = lease.get()?;
            let s = open(ctx)?;
            // `--hours` is relative to the end at the moment of writing, read
            // inside the write: two concurrent `--hours 1` add two hours rather
            // than racing for the same new end.
            let l = match (hours, end) {
                (Some(h), _) => {
                    s.extend_lease_by(&key.op(&actor), &id, Duration::seconds(parse_hours(&h)?))
                }
                (None, Some(e)) => s.extend_lease(&key.op(&actor), &id, parse_time(&e, "--end")?),
                (None, None) => return Err(invalid("give --hours or --end")),
            }
            .map_err(lib)?;
            emit(&out, &l, lease_text)
        }
    }
}

// ---------------------------------------------------------------- invoices

#[derive(clap::Subcommand, Debug)]
pub enum InvoicesCmd {
    /// Finalised invoices, plus drafts (previews) for the month (default: this month).
    List {
        #[arg(long)]
        customer: Option<String>,
        /// YYYY-MM.
        #[arg(long)]
        month: Option<String>,
        #[command(flatten)]
        out: Out,
    },
    /// One invoice by id, or the draft for --customer and --month.
    Show {
        id: Option<String>,
        #[arg(long)]
        customer: Option<String>,
        #[arg(long)]
        month: Option<String>,
        #[command(flatten)]
        out: Out,
    },
    /// Draft preview for a customer-month (nothing is stored).
    Preview {
        #[arg(long)]
        customer: String,
        #[arg(long)]
        month: Option<String>,
        #[command(flatten)]
        out: Out,
    },
    /// Freeze the draft for a customer-month (by draft id or --customer/--month).
    Finalize {
        id: Option<String>,
        #[arg(long)]
        customer: Option<String>,
        #[arg(long)]
        month: Option<String>,
        #[command(flatten)]
        key: Key,
        #[command(flatten)]
        out: Out,
    },
}

fn invoice_text(i: &Invoice) -> String {
    let mut o = format!(
        "{} {:?} {} {} total {}\n",
        i.id, i.status, i.customer_id, i.month, i.total
    );
    for l in &i.lines {
        o.push_str(&format!(
            "  {} {} {} GPU x {:.3} h at {} = {}\n",
            l.lease_id,
            l.kind.as_str(),
            l.gpus,
            l.seconds as f64 / 3600.0,
            l.per_gpu_hour,
            l.amount
        ));
    }
    o
}

fn month_or_now(m: Option<&str>, now: OffsetDateTime) -> anyhow::Result<Month> {
    match m {
        Some(m) => Month::parse(m).map_err(lib),
        None => Ok(Month::of(now)),
    }
}

fn customer_month(
    id: Option<&str>,
    customer: Option<&str>,
    month: Option<&str>,
    now: OffsetDateTime,
) -> anyhow::Result<(CustomerId, Month)> {
    if let Some(id) = id {
        let (c, m, _) = leasegate_store::parse_invoice_id(id).ok_or_else(|| {
            lib(LedgerError::NotFound {
                entity: leasegate_ledger::Entity::Invoice,
                id: id.into(),
            })
        })?;
        return Ok((c, m));
    }
    let c = customer.ok_or_else(|| invalid("give an invoice id or --customer"))?;
    Ok((
        CustomerId::parse(c).map_err(lib)?,
        month_or_now(month, now)?,
    ))
}

pub fn run_invoices(ctx: &Ctx, cmd: InvoicesCmd) -> anyhow::Result<ExitCode> {
    let now = ctx.clock.now();
    match cmd {
        InvoicesCmd::List {
            customer,
            month,
            out,
        } => {
            let c = parse_opt(customer, CustomerId::parse)?;
            let m = month_or_now(month.as_deref(), now)?;
            let s = open_read(ctx)?;
            let v = s.list_invoices(c.as_ref(), Some(m)).map_err(lib)?;
            emit(&out, &v, |v| {
                if v.is_empty() {
                    return format!("no invoices for {m}");
                }
                v.iter().map(invoice_text).collect()
            })
        }
        InvoicesCmd::Show {
            id,
            customer,
            month,
            out,
        } => {
            let s = open_read(ctx)?;
            let inv = match (&id, &customer) {
                (Some(id), _) => s.get_invoice(id).map_err(lib)?,
                (None, _) => {
                    let (c, m) = customer_month(None, customer.as_deref(), month.as_deref(), now)?;
                    s.invoice_draft(&c, m).map_err(lib)?
                }
            };
            emit(&out, &inv, invoice_text)
        }
        InvoicesCmd::Preview {
            customer,
            month,
            out,
        } => {
            let (c, m) = customer_month(None, Some(&customer), month.as_deref(), now)?;
            let s = open_read(ctx)?;
            let inv = s.invoice_draft(&c, m).map_err(lib)?;
            emit(&out, &inv, invoice_text)
        }
        InvoicesCmd::Finalize {
            id,
            customer,
            month,
            key,
            out,
        } => {
            let (c, m) = customer_month(id.as_deref(), customer.as_deref(), month.as_deref(), now)?;
            let s = open(ctx)?;
            let actor = actor();
            let inv = s.finalize_invoice(&key.op(&actor), &c, m).map_err(lib)?;
            emit(&out, &inv, invoice_text)
        }
    }
}

// ---------------------------------------------------------------- audit

#[derive(clap::Subcommand, Debug)]
pub enum AuditCmd {
    /// Check the whole hash chain; exit 5 naming the first bad seq if broken.
    Verify {
        /// Also require the chain's head to be this hash (from an earlier export):
        /// catches entries removed from the end.
        #[arg(long, value_name = "HASH")]
        expect_head: Option<String>,
        #[command(flatten)]
        out: Out,
    },
    /// Write every entry as JSON lines, then a final `{"head": ...}` line.
    Export {
        /// Write to this file (atomically) instead of stdout; the head is printed on stdout.
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<std::path::PathBuf>,
    },
}

fn chain_broken(e: StoreError) -> anyhow::Error {
    match e {
        StoreError::Chain(b) => anyhow::Error::new(CliError {
            code: "audit_chain_broken",
            message: b.to_string(),
            exit: INTEGRITY,
        }),
        other => lib(other),
    }
}

pub fn run_audit(ctx: &Ctx, cmd: AuditCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        AuditCmd::Verify { expect_head, out } => {
            let s = open_existing(ctx)?;
            let r = s.audit_verify().map_err(chain_broken)?;
            if let Some(h) = expect_head {
                let mut seen = false;
                s.audit_scan(&mut |e| {
                    seen |= e.hash.eq_ignore_ascii_case(h.trim());
                    Ok(())
                })
                .map_err(lib)?;
                if !seen {
                    return Err(anyhow::Error::new(CliError {
                        code: "audit_head_missing",
                        message: format!(
                            "the expected head hash {h} is not in the chain (entries were removed)"
                        ),
                        exit: INTEGRITY,
                    }));
                }
            }
            emit(&out, &r, |r| {
                format!(
                    "audit chain ok: {} entries, head {}",
                    r.entries, r.head_hash
                )
            })
        }
        AuditCmd::Export { output } => {
            let s = open_existing(ctx)?;
            let mut buf: Box<dyn Write> = match &output {
                Some(p) => Box::new(std::io::BufWriter::new(std::fs::File::create(
                    export_tmp_path(p),
                )?)),
                None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            };
            let mut head = (0i64, leasegate_ledger::GENESIS_HASH.to_string());
            let mut io_err = None;
            s.audit_scan(&mut |e| {
                head = (e.seq, e.hash.clone());
                if io_err.is_none() {
                    if let Err(err) = serde_json::to_writer(&mut buf, e)
                        .map_err(std::io::Error::from)
                        .and_then(|_| buf.write_all(b"\n"))
                    {
                        io_err = Some(err);
                    }
                }
                Ok(())
            })
            .map_err(lib)?;
            if let Some(e) = io_err {
                return Err(e.into());
            }
            let summary = serde_json::json!({"head": {"seq": head.0, "hash": head.1}});
            match output {
                None => {
                    writeln!(buf, "{summary}")?;
                    buf.flush()?;
                }
                Some(p) => {
                    buf.flush()?;
                    drop(buf);
                    finish_tempfile(&p)?;
                    println!("{summary}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The temp file beside `target`, renamed over it when complete, so an
/// interrupted export never leaves a truncated file under the final name.
fn export_tmp_path(target: &std::path::Path) -> std::path::PathBuf {
    target
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."))
        .join(".leasegate-audit-export.tmp")
}

fn finish_tempfile(target: &std::path::Path) -> anyhow::Result<()> {
    let tmp = export_tmp_path(target);
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, target)?;
    Ok(())
}

// ---------------------------------------------------------------- db

#[derive(clap::Subcommand, Debug)]
pub enum DbCmd {
    /// Apply pending schema migrations (also done on every open).
    Migrate {
        #[command(flatten)]
        out: Out,
    },
}

pub fn run_db(ctx: &Ctx, cmd: DbCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        DbCmd::Migrate { out } => {
            let dir = ctx.data_dir_created()?;
            let s = leasegate_store::open_unmigrated(
                dir,
                ctx.database_url.as_deref(),
                ctx.clock.clone(),
            )
            .map_err(lib)?;
            let applied = s.migrate().map_err(lib)?;
            let v = serde_json::json!({"backend": s.backend(), "applied": applied, "status": "up to date"});
            emit(&out, &v, |_| {
                let mut t = String::new();
                for m in &applied {
                    t.push_str(&format!("applied migration {} ({})\n", m.version, m.name));
                }
                t.push_str(&format!("{} schema up to date", s.backend()));
                t
            })
        }
    }
}
