mod chips;
mod ledger;
mod linkage;
mod lists;
mod ownership;
mod screen;

/// Runs `leasegate --data-dir DATA_DIR ARGS` with its reader gone before it
/// writes (`leasegate ... | head`): stdout is dropped right after spawning,
/// while the child is still starting, so its first write meets a closed pipe.
pub fn run_with_closed_stdout(
    data_dir: &std::path::Path,
    args: &[&std::ffi::OsStr],
) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_leasegate"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}
