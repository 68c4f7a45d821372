//! What the benchmark programs of `bench/` share: their arguments, how they end,
//! and the articles of a folder.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

/// The program's arguments, without the `--bench` that `cargo bench` passes.
pub fn args() -> Vec<String> {
    std::env::args().skip(1).filter(|a| a != "--bench").collect()
}

/// The exit status of a run: 0 on success and when output was cut short by a
/// closed pipe (`| head`), 2 with the error on stderr otherwise.
pub fn exit(name: &str, result: anyhow::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err)
            if err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{name}: error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Every .txt file under `dir`, sorted.
pub fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let mut entries = std::fs::read_dir(dir)
        .with_context(|| format!("reading folder {}", dir.display()))?
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("reading folder {}", dir.display()))?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            txt_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}
