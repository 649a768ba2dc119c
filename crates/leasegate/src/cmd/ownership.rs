use crate::ctx::Ctx;
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum OwnershipCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run(_ctx: &Ctx, _cmd: OwnershipCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
