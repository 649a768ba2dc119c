use crate::ctx::Ctx;
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum EvalCmd {
    /// Not implemented yet.
    Todo,
}

pub fn run(_ctx: &Ctx, _cmd: EvalCmd) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
