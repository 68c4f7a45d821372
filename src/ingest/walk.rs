//! Finding article files under a folder: recursive, sorted, hidden entries and
//! other extensions skipped and counted.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use walkdir::WalkDir;

use super::Format;

/// One article file found on disk, with what change detection needs.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    pub format: Format,
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 when unknown).
    pub mtime: i64,
}

/// What a walk meets, handed over one at a time so that a folder of millions
/// of files never sits in memory.
#[derive(Debug)]
pub enum Entry {
    /// An article file.
    File(Found),
    /// A hidden file or folder, or a file of another type: not read.
    Skipped,
    /// An entry that could not be read (permissions, broken links), with the reason.
    Error(PathBuf, String),
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .is_some_and(|n| n.starts_with('.') && n != "." && n != "..")
}

/// Walk `root` recursively (or take it alone when it is a file), leaving out
/// the index folder `skip` when it lies inside. `on` sees each entry and
/// returns false to stop the walk.
pub fn walk(root: &Path, skip: &Path, mut on: impl FnMut(Entry) -> bool) {
    let mut entries = WalkDir::new(root).follow_links(true).sort_by_file_name().into_iter();
    while let Some(entry) = entries.next() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err.path().unwrap_or(root).to_path_buf();
                let reason = err.io_error().map_or_else(|| err.to_string(), ToString::to_string);
                if !on(Entry::Error(path, reason)) {
                    return;
                }
                continue;
            }
        };
        let is_dir = entry.file_type().is_dir();
        if is_dir && entry.path() == skip {
            entries.skip_current_dir();
            continue;
        }
        if entry.depth() > 0 && is_hidden(entry.file_name()) {
            if is_dir {
                entries.skip_current_dir();
            }
            if !on(Entry::Skipped) {
                return;
            }
            continue;
        }
        if is_dir {
            continue;
        }
        // FIFOs, sockets and devices are never opened.
        if !entry.file_type().is_file() {
            if !on(Entry::Skipped) {
                return;
            }
            continue;
        }
        let Some(format) = Format::of_path(entry.path()) else {
            if !on(Entry::Skipped) {
                return;
            }
            continue;
        };
        let keep_going = match entry.metadata() {
            Ok(meta) => {
                let mtime = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                    .and_then(|d| i64::try_from(d.as_nanos()).ok())
                    .unwrap_or(0);
                on(Entry::File(Found {
                    path: entry.into_path(),
                    format,
                    size: meta.len(),
                    mtime,
                }))
            }
            Err(err) => on(Entry::Error(entry.into_path(), err.to_string())),
        };
        if !keep_going {
            return;
        }
    }
}
