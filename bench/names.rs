//! Person extraction alone, in one thread, on articles already in memory: what
//! `find_people` costs per article, without reading, indexing or threads, and a
//! digest of its output so that a faster version can be checked to give the
//! same people.
//!
//! ```text
//! names DIR [ROUNDS]         time find_people over every .txt under DIR (read
//!                            as `index` reads it), ROUNDS times (default 5);
//!                            print the median microseconds per article and the
//!                            output digest
//! names --cold DIR [ROUNDS]  the same, each article after 4 MiB of other memory
//!                            was written: the caches as an index run leaves
//!                            them, where other threads share the core
//! names --dump DIR           print each article's people, one JSON line per file
//! ```
//!
//! Run it with `cargo bench --bench names -- DIR`.

#[path = "common.rs"]
mod common;

use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use newsidx::extract::names::find_people;

const USAGE: &str = "usage: names [--cold] DIR [ROUNDS] | names --dump DIR";

fn main() -> ExitCode {
    let args = common::args();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["--dump", dir] => dump(Path::new(dir)),
        ["--cold", dir] => time(Path::new(dir), 5, true),
        ["--cold", dir, rounds] => rounds_arg(rounds).and_then(|n| time(Path::new(dir), n, true)),
        [dir] => time(Path::new(dir), 5, false),
        [dir, rounds] => rounds_arg(rounds).and_then(|n| time(Path::new(dir), n, false)),
        [] => {
            eprintln!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    common::exit("names", result)
}

fn rounds_arg(rounds: &str) -> anyhow::Result<usize> {
    match rounds.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(anyhow::anyhow!("ROUNDS must be a whole number above 0: {rounds:?}")),
    }
}

/// (path, title, body) of every article under `dir`, read as `index` reads them.
fn load(dir: &Path) -> anyhow::Result<Vec<(PathBuf, String, String)>> {
    let mut files = Vec::new();
    common::txt_files(dir, &mut files)?;
    let mut out = Vec::with_capacity(files.len());
    for path in files {
        let id = path.display().to_string();
        let parsed = newsidx::ingest::read(&path, &id).with_context(|| format!("reading {id}"))?;
        for article in parsed.articles.into_iter().flatten() {
            out.push((path.clone(), article.title, article.body));
        }
    }
    Ok(out)
}

fn time(dir: &Path, rounds: usize, cold: bool) -> anyhow::Result<()> {
    let articles = load(dir)?;
    anyhow::ensure!(!articles.is_empty(), "no .txt articles under {}", dir.display());
    let mut digest = std::collections::hash_map::DefaultHasher::new();
    let mut people = 0usize;
    for (_, title, body) in &articles {
        for p in find_people(title, body) {
            people += 1;
            (&p.name, &p.aliases, p.mentions).hash(&mut digest);
        }
    }
    let mut times = Vec::with_capacity(rounds);
    // (what evicts the caches between articles with --cold: written, never timed)
    let mut other = if cold { vec![0u64; 1 << 19] } else { Vec::new() };
    for round in 0..rounds {
        let mut spent = 0.0;
        let mut n = 0usize;
        let start = Instant::now();
        for (k, (_, title, body)) in articles.iter().enumerate() {
            if cold {
                for (j, x) in other.iter_mut().enumerate() {
                    *x = x.wrapping_add((j ^ k ^ round) as u64);
                }
                let one = Instant::now();
                n += std::hint::black_box(find_people(title, body)).len();
                spent += one.elapsed().as_secs_f64();
            } else {
                n += std::hint::black_box(find_people(title, body)).len();
            }
        }
        std::hint::black_box((n, &other));
        times.push(if cold { spent } else { start.elapsed().as_secs_f64() });
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    let per = median * 1e6 / articles.len() as f64;
    writeln!(
        std::io::stdout(),
        "{} articles, {people} people{}: median {per:.2} us/article over {rounds} rounds (best {:.2}); digest {:016x}",
        articles.len(),
        if cold { ", cold caches" } else { "" },
        times[0] * 1e6 / articles.len() as f64,
        digest.finish()
    )?;
    Ok(())
}

fn dump(dir: &Path) -> anyhow::Result<()> {
    for (path, title, body) in load(dir)? {
        let people: Vec<_> = find_people(&title, &body)
            .into_iter()
            .map(|p| serde_json::json!([p.name, p.aliases, p.mentions]))
            .collect();
        writeln!(
            std::io::stdout(),
            "{}",
            serde_json::json!({"file": path.display().to_string(), "people": people})
        )?;
    }
    Ok(())
}
