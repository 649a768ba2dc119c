use crate::ctx::Ctx;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct ScreenArgs {
    /// Name to screen.
    pub name: Option<String>,
}

pub fn run(_ctx: &Ctx, _args: ScreenArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("not implemented yet")
}
