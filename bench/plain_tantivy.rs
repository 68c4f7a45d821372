//! Plain tantivy, the reference newsidx's scale targets are measured against
//! (issue 5): the same articles indexed with nothing but tantivy, so that
//! `bench/run scale` can run both side by side.
//!
//! ```text
//! plain_tantivy index DIR OUT     index every .txt under DIR into OUT (replaced)
//! plain_tantivy search OUT QUERY  top 10 hits, each with a snippet of its body
//! ```
//!
//! Fields: path (STRING | STORED); title (the first line) and body (the rest)
//! with tantivy's `en_stem` tokenizer, positions, stored. A 1 GiB writer heap
//! and tantivy's default thread count; no extraction. Two reader threads read
//! the files and build the documents, so that tantivy is the bottleneck.
//!
//! Run it with `cargo bench --bench plain_tantivy -- index DIR OUT`, or build
//! it with `cargo build --release --benches` (target/release/deps/plain_tantivy-*).

#[path = "common.rs"]
mod common;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use anyhow::{bail, Context};
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING};
use tantivy::snippet::SnippetGenerator;
use tantivy::{Index, IndexWriter, TantivyDocument};

/// The writer's memory budget, shared by its threads.
const HEAP_BYTES: usize = 1 << 30;
/// Threads that read files and build documents.
const READERS: usize = 2;

const USAGE: &str = "usage: plain_tantivy index DIR OUT | plain_tantivy search OUT QUERY";

struct Fields {
    path: Field,
    title: Field,
    body: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        path: b.add_text_field("path", STRING | STORED),
        title: b.add_text_field("title", text.clone()),
        body: b.add_text_field("body", text),
    };
    (b.build(), fields)
}

fn main() -> ExitCode {
    let args = common::args();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["index", dir, out] => index(Path::new(dir), Path::new(out)),
        ["search", out, query] => search(Path::new(out), query),
        [] => {
            // A bare `cargo bench`: nothing to measure without a corpus.
            eprintln!("{USAGE}\n(bench/run scale runs it on a corpus)");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    common::exit("plain_tantivy", result)
}

/// Title (the first non-empty line) and body (the rest) of an article.
fn article(f: &Fields, path: &Path, bytes: &[u8]) -> TantivyDocument {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim_start();
    let (title, body) = text.split_once('\n').unwrap_or((text, ""));
    let mut doc = TantivyDocument::default();
    doc.add_text(f.path, path.to_string_lossy());
    doc.add_text(f.title, title.trim());
    doc.add_text(f.body, body);
    doc
}

fn index(dir: &Path, out: &Path) -> anyhow::Result<()> {
    let start = Instant::now();
    let mut files = Vec::new();
    common::txt_files(dir, &mut files)?;
    files.sort();
    if out.exists() {
        let empty = std::fs::read_dir(out)?.next().is_none();
        if !empty && !out.join("meta.json").is_file() {
            bail!("{} exists and is not a tantivy index: not replacing it", out.display());
        }
        std::fs::remove_dir_all(out).with_context(|| format!("removing {}", out.display()))?;
    }
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let (schema, f) = schema();
    let index = Index::create_in_dir(out, schema).with_context(|| format!("creating index in {}", out.display()))?;
    let mut writer: IndexWriter = index.writer(HEAP_BYTES).context("opening the index writer")?;

    let next = AtomicUsize::new(0);
    let mut failed = 0usize;
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (tx, rx) = mpsc::sync_channel::<Result<TantivyDocument, String>>(1024);
        for _ in 0..READERS {
            let (tx, files, next, f) = (tx.clone(), &files, &next, &f);
            scope.spawn(move || {
                while let Some(path) = files.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let doc = std::fs::read(path)
                        .map(|bytes| article(f, path, &bytes))
                        .map_err(|err| format!("{}: {err}", path.display()));
                    if tx.send(doc).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        for doc in rx {
            match doc {
                Ok(doc) => {
                    writer.add_document(doc)?;
                }
                Err(message) => {
                    eprintln!("plain_tantivy: warning: {message}");
                    failed += 1;
                }
            }
        }
        Ok(())
    })?;
    writer.commit().context("committing")?;
    writer.wait_merging_threads().context("merging segments")?;
    println!(
        "{} articles indexed, {failed} unreadable ({:.2}s)",
        files.len() - failed,
        start.elapsed().as_secs_f64()
    );
    Ok(())
}

fn search(out: &Path, query: &str) -> anyhow::Result<()> {
    let index = Index::open_in_dir(out).with_context(|| format!("opening index {}", out.display()))?;
    let schema = index.schema();
    let field = |name: &str| {
        schema
            .get_field(name)
            .with_context(|| format!("{} has no field {name}", out.display()))
    };
    let f = Fields {
        path: field("path")?,
        title: field("title")?,
        body: field("body")?,
    };
    let searcher = index.reader()?.searcher();
    let mut parser = QueryParser::for_index(&index, vec![f.title, f.body]);
    parser.set_conjunction_by_default();
    let query = parser
        .parse_query(query)
        .with_context(|| format!("invalid query {query:?}"))?;
    let top = searcher.search(&query, &TopDocs::with_limit(10))?;
    let snippets = SnippetGenerator::create(&searcher, &*query, f.body)?;
    let mut stdout = std::io::stdout().lock();
    for (rank, (score, address)) in top.iter().enumerate() {
        let doc: TantivyDocument = searcher.doc(*address)?;
        let text = |field| doc.get_first(field).and_then(|v| v.as_str()).unwrap_or("");
        let snippet = snippets.snippet_from_doc(&doc);
        writeln!(
            stdout,
            "{}. {}  ({score:.2})\n   {}\n   {}",
            rank + 1,
            text(f.title),
            text(f.path),
            snippet.fragment().replace('\n', " ")
        )?;
    }
    Ok(())
}
