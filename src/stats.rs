//! `stats`: how big the index is and when it was last brought up to date.

use serde::Serialize;

use crate::index::NewsIndex;
use crate::people;

#[derive(Debug, Serialize)]
pub struct Stats {
    pub index: String,
    pub articles: u64,
    pub people: usize,
    pub index_bytes: u64,
    /// RFC 3339, UTC; null for an index never committed by `index`.
    pub last_indexed: Option<String>,
}

pub fn stats(idx: &NewsIndex) -> anyhow::Result<Stats> {
    let searcher = idx.reader()?.searcher();
    let info = idx.commit_info();
    Ok(Stats {
        index: idx.path.display().to_string(),
        articles: searcher.num_docs(),
        people: people::count(idx)?,
        index_bytes: folder_bytes(&idx.path),
        last_indexed: (!info.last_indexed.is_empty()).then_some(info.last_indexed),
    })
}

fn folder_bytes(path: &std::path::Path) -> u64 {
    walkdir::WalkDir::new(path)
        .into_iter()
        .filter_map(Result::ok)
        .filter_map(|e| e.metadata().ok())
        .filter(std::fs::Metadata::is_file)
        .map(|m| m.len())
        .sum()
}
