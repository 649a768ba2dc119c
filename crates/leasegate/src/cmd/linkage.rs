use crate::ctx::Ctx;
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum LinkageCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run(_ctx: &Ctx, _cmd: LinkageCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
