//! Exit codes and error reporting. The codes are part of the CLI contract.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | internal error (IO, database, bug) |
//! | 2 | usage error (bad flags; printed by clap) |
//! | 3 | partial: a batch ran, but some records had errors (reported per record) |
//! | 4 | refused: the request was understood and refused (`no_capacity`, `lease_not_found`, invalid input) |
//! | 5 | integrity failure: `audit verify` found a broken chain |

use leasegate_core::ErrorCode;
use std::fmt;
use std::process::ExitCode;

pub const OK: u8 = 0;
pub const INTERNAL: u8 = 1;
pub const USAGE: u8 = 2;
pub const PARTIAL: u8 = 3;
pub const REFUSED: u8 = 4;
pub const INTEGRITY: u8 = 5;

/// An error with a stable code, raised by command modules. Anything else that
/// reaches [`report`] is an internal error.
#[derive(Debug)]
pub struct CliError {
    pub code: &'static str,
    pub message: String,
    pub exit: u8,
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for CliError {}

impl CliError {
    /// A refused request with a stable code.
    pub fn refused(code: &'static str, message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(CliError {
            code,
            message: message.into(),
            exit: REFUSED,
        })
    }

    /// Maps a library error to the CLI: user errors are refusals (exit 4),
    /// internal ones exit 1; both keep their code.
    pub fn from_lib<E: ErrorCode + fmt::Display>(e: E) -> anyhow::Error {
        let exit = if e.is_user_error() { REFUSED } else { INTERNAL };
        anyhow::Error::new(CliError {
            code: e.code(),
            message: e.to_string(),
            exit,
        })
    }

    /// A batch that finished with per-record errors (already reported).
    pub fn partial(message: impl Into<String>) -> anyhow::Error {
        anyhow::Error::new(CliError {
            code: "partial_failure",
            message: message.into(),
            exit: PARTIAL,
        })
    }
}

/// Prints the error (with its code) and turns the result into an exit code.
/// When the command line asked for JSON (`--format json`), the error is also
/// written to stdout as `{"error":{"code","message"}}` so scripts can parse it.
/// JSON-lines output is left alone: it promises one line per input record, and
/// the per-record errors have already been written in their own lines.
pub fn report(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::from(BROKEN_PIPE),
        Err(err) => {
            let (code, exit) = match err.downcast_ref::<CliError>() {
                Some(c) => (c.code, c.exit),
                None => ("internal", INTERNAL),
            };
            let mut message = format!("{err}");
            for cause in err.chain().skip(1) {
                message.push_str(&format!(": {cause}"));
            }
            eprintln!("error[{code}]: {message}");
            if wants_json() {
                println!(
                    "{}",
                    serde_json::json!({"error": {"code": code, "message": message}})
                );
            }
            ExitCode::from(exit)
        }
    }
}

fn wants_json() -> bool {
    let args: Vec<String> = std::env::args().collect();
    args.windows(2)
        .any(|w| w[0] == "--format" && (w[1] == "json" || w[1] == "jsonl"))
        || args
            .iter()
            .any(|a| a == "--format=json" || a == "--format=jsonl")
}

/// 128 + SIGPIPE: how a C tool dies when its reader goes away.
const BROKEN_PIPE: u8 = 141;

/// A write to a reader that stopped reading (`leasegate ... | head`), passed
/// up with `?` rather than panicking in `println!`: as quiet as the panic
/// hook below, and with the same exit code.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    let pipe = Some(std::io::ErrorKind::BrokenPipe);
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().map(std::io::Error::kind) == pipe
            // serde_json's writer error hides the io::Error from `source()`.
            || c.downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == pipe
    })
}

/// `leasegate ... | head` closes stdout early. Rust ignores SIGPIPE, so the
/// next `println!` panics; without this hook that would print a backtrace
/// and exit 101. A reader that stopped reading is not an error of ours: exit
/// quietly with the conventional 141 (128 + SIGPIPE), as a C tool would die.
pub fn quiet_broken_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let msg = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if msg.contains("Broken pipe") {
            std::process::exit(i32::from(BROKEN_PIPE));
        }
        default(info);
    }));
}
