use crate::ctx::Ctx;
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum ListsCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run(_ctx: &Ctx, _cmd: ListsCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
