use crate::ctx::Ctx;
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum FleetCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run_fleet(_ctx: &Ctx, _cmd: FleetCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

#[derive(clap::Subcommand, Debug)]
pub enum PricesCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run_prices(_ctx: &Ctx, _cmd: PricesCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

#[derive(clap::Subcommand, Debug)]
pub enum CustomersCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run_customers(_ctx: &Ctx, _cmd: CustomersCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

#[derive(clap::Subcommand, Debug)]
pub enum LeasesCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run_leases(_ctx: &Ctx, _cmd: LeasesCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

#[derive(clap::Subcommand, Debug)]
pub enum InvoicesCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run_invoices(_ctx: &Ctx, _cmd: InvoicesCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

#[derive(clap::Subcommand, Debug)]
pub enum AuditCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run_audit(_ctx: &Ctx, _cmd: AuditCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

#[derive(clap::Subcommand, Debug)]
pub enum DbCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run_db(_ctx: &Ctx, _cmd: DbCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}

