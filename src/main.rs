//! The `newsidx` binary: parse the command line, run, report, exit.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use newsidx::{cli::Cli, ExitStatus};

fn main() -> ExitCode {
    newsidx::malloc::limit_arenas();
    let cli = Cli::parse();
    let status = match newsidx::run(cli) {
        Ok(status) => status,
        // `newsidx ... | head`: the reader left; that is not an error.
        Err(err) if newsidx::is_broken_pipe(&err) => ExitStatus::Success,
        Err(err) => {
            // A closed stderr leaves nowhere to say it; the status still tells.
            let _ = writeln!(std::io::stderr().lock(), "newsidx: error: {err:#}");
            ExitStatus::Error
        }
    };
    ExitCode::from(status as u8)
}
