//! The index on disk: open or create it, and bring it up to date with the
//! article folders (add new files, re-index changed ones, drop deleted ones).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{bail, Context};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::{Deserialize, Serialize};
use tantivy::directory::MmapDirectory;
use tantivy::indexer::LogMergePolicy;
use tantivy::{DateTime, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

use crate::article::Article;
use crate::extract::{self, dates::Date, Facts};
use crate::ingest::{self, walk};
use crate::schema::{self, Fields, ALIAS_SEP};

/// An opened index with its field handles.
pub struct NewsIndex {
    pub index: Index,
    pub fields: Fields,
    pub path: PathBuf,
}

/// What the last `index` run left in the commit payload.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct CommitInfo {
    /// When the run finished, RFC 3339 in UTC.
    pub last_indexed: String,
}

impl NewsIndex {
    /// Open an existing index; a missing one is an error that says how to make it.
    pub fn open(path: &Path) -> anyhow::Result<NewsIndex> {
        if !path.join("meta.json").is_file() {
            bail!(
                "no index at {}: run `newsidx index DIR` first (or pass --index / set NEWSIDX_INDEX)",
                path.display()
            );
        }
        let index = Index::open_in_dir(path).with_context(|| format!("opening index {}", path.display()))?;
        let fields = Fields::of(&index.schema()).with_context(|| {
            format!(
                "{} is not a newsidx index of this version: rebuild it with `newsidx index --rebuild DIR`",
                path.display()
            )
        })?;
        schema::register_tokenizers(&index);
        Ok(NewsIndex {
            index,
            fields,
            path: path.to_path_buf(),
        })
    }

    /// Open the index at `path`, creating it (and the folder) when there is none.
    pub fn open_or_create(path: &Path) -> anyhow::Result<NewsIndex> {
        if path.join("meta.json").is_file() {
            return NewsIndex::open(path);
        }
        std::fs::create_dir_all(path).with_context(|| format!("creating index folder {}", path.display()))?;
        let (schema, fields) = Fields::build();
        let dir = MmapDirectory::open(path).with_context(|| format!("opening index folder {}", path.display()))?;
        let index =
            Index::open_or_create(dir, schema).with_context(|| format!("creating index in {}", path.display()))?;
        schema::register_tokenizers(&index);
        Ok(NewsIndex {
            index,
            fields,
            path: path.to_path_buf(),
        })
    }

    pub fn reader(&self) -> anyhow::Result<IndexReader> {
        Ok(self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?)
    }

    /// The payload of the last commit, when there is one.
    pub fn commit_info(&self) -> CommitInfo {
        self.index
            .load_metas()
            .ok()
            .and_then(|m| m.payload)
            .and_then(|p| serde_json::from_str(&p).ok())
            .unwrap_or_default()
    }
}

/// How to run `index`.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    pub dirs: Vec<PathBuf>,
    pub rebuild: bool,
    pub extract: extract::Options,
    pub progress: bool,
    /// The writer's memory budget, in bytes.
    pub memory_bytes: usize,
}

/// The outcome of one `index` run, in files (a JSON Lines file is one file).
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub warnings: usize,
    /// Articles in the index after the run.
    pub articles: u64,
    pub seconds: f64,
}

/// What change detection keeps of an indexed file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileState {
    size: u64,
    mtime: i64,
    hash: u64,
}

/// A 64-bit hash of `parts` taken in turn as one byte string, for change
/// detection and for spotting copies (not for security). It reads eight bytes
/// per step; FNV-1a, byte by byte, cost 2.5% of an index run. Its values are
/// stored in the index (fields `file_hash` and `article_hash`): changing it
/// means renaming those fields, so that older indexes ask for `--rebuild`.
fn content_hash(parts: &[&[u8]]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |h: u64, word: u64| (h.rotate_left(26) ^ word).wrapping_mul(K);
    let (mut h, mut len) = (0u64, 0u64);
    // Bytes carried over from the end of one part to the start of the next.
    let (mut carry, mut carried) = (0u64, 0u32);
    for part in parts {
        len += part.len() as u64;
        let mut rest = *part;
        while carried > 0 {
            let Some((&b, tail)) = rest.split_first() else { break };
            carry |= u64::from(b) << (8 * carried);
            carried = (carried + 1) % 8;
            if carried == 0 {
                h = mix(h, carry);
                carry = 0;
            }
            rest = tail;
        }
        let mut chunks = rest.chunks_exact(8);
        for chunk in &mut chunks {
            let word: [u8; 8] = chunk.try_into().unwrap_or_default();
            h = mix(h, u64::from_le_bytes(word));
        }
        for &b in chunks.remainder() {
            carry |= u64::from(b) << (8 * carried);
            carried += 1;
        }
    }
    if carried > 0 {
        h = mix(h, carry);
    }
    // (murmur3's finaliser: every input bit reaches every output bit)
    let mut h = mix(h, len);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Files per message between the walker, the workers and the writer's thread.
const BATCH: usize = 32;

/// Segments above this many articles are not merged: merging costs memory in
/// proportion to the articles merged, so only the small segments of
/// incremental runs are merged, into segments of at most a few times this.
const MAX_DOCS_BEFORE_MERGE: usize = 10_000;

/// Commit at least this often during a long run, so that a crash loses little
/// (`NEWSIDX_COMMIT_SECONDS` changes it).
const COMMIT_EVERY: Duration = Duration::from_secs(60);

fn commit_every() -> Duration {
    std::env::var("NEWSIDX_COMMIT_SECONDS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(COMMIT_EVERY, Duration::from_secs)
}

/// A folder to index: its absolute path, and whether it still exists (a
/// deleted folder is given so that its articles leave the index).
struct Root {
    path: PathBuf,
    exists: bool,
}

/// Resolve a folder argument. One that no longer exists is still a root when
/// the index holds files under it; otherwise it is an error.
fn root(dir: &Path, known: &HashMap<String, FileState>) -> anyhow::Result<Root> {
    match std::fs::canonicalize(dir) {
        Ok(path) => Ok(Root { path, exists: true }),
        Err(err) => {
            let absolute = std::env::current_dir()
                .map(|cwd| normalize(&cwd.join(dir)))
                .unwrap_or_default();
            if err.kind() == std::io::ErrorKind::NotFound && known.keys().any(|f| Path::new(f).starts_with(&absolute)) {
                Ok(Root {
                    path: absolute,
                    exists: false,
                })
            } else {
                Err(err).with_context(|| format!("cannot index {}", dir.display()))
            }
        }
    }
}

/// `a/./b/../c` as `a/c`, without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Index (or re-index) the folders in `options`. Problems with single files go
/// to `warn` as (path, message) and are counted; only a failure of the index
/// itself is an error.
pub fn run(index_dir: &Path, options: &IndexOptions, warn: &mut dyn FnMut(&Path, &str)) -> anyhow::Result<Summary> {
    let start = Instant::now();
    if index_dir.exists() && !index_dir.is_dir() {
        bail!(
            "{} is not a folder: --index needs a folder for the index",
            index_dir.display()
        );
    }
    if options.rebuild {
        remove_index(index_dir)?;
    }
    let idx = NewsIndex::open_or_create(index_dir)?;
    let f = idx.fields;
    let known = indexed_files(&idx)?;
    let roots = options
        .dirs
        .iter()
        .map(|d| root(d, &known))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let index_path = std::fs::canonicalize(index_dir).unwrap_or_else(|_| index_dir.to_path_buf());
    let mut writer: IndexWriter = match idx.index.writer(options.memory_bytes) {
        Ok(writer) => writer,
        Err(tantivy::TantivyError::LockFailure(..)) => bail!(
            "the index {} is locked: another `newsidx index` is writing to it; try again when it ends",
            index_dir.display()
        ),
        Err(err) => return Err(err).context("opening the index for writing"),
    };
    // Merges stop at segments of this many articles: merging ever larger
    // segments is what made memory grow with the corpus.
    let mut merges = LogMergePolicy::default();
    merges.set_max_docs_before_merge(MAX_DOCS_BEFORE_MERGE);
    writer.set_merge_policy(Box::new(merges));

    // A folder inside another one given is walked once, as part of the outer one.
    let mut walked: Vec<&Path> = Vec::new();
    for root in roots.iter().filter(|r| r.exists) {
        if !walked.iter().any(|w| root.path.starts_with(w)) {
            walked.retain(|w| !w.starts_with(&root.path));
            walked.push(&root.path);
        }
    }

    let mut summary = Summary::default();
    let bar = progress_bar(options.progress);
    let mut last_commit = Instant::now();
    let commit_interval = commit_every();
    let workers = std::thread::available_parallelism().map_or(1, usize::from);

    // A walker finds the files and decides, from size and mtime alone, which
    // are unchanged; workers read, parse, extract and build documents; this
    // thread alone talks to the writer, so a file's delete precedes its adds.
    // Bounded channels keep memory flat whatever the number of files; files
    // travel in batches, as one message per file cost more in thread switches
    // than some of the work itself.
    let (not_seen, unreadable) = std::thread::scope(|scope| -> anyhow::Result<_> {
        let (job_tx, job_rx) = mpsc::sync_channel::<Vec<Job>>(workers * 4);
        let job_rx = Arc::new(Mutex::new(job_rx));
        let (event_tx, event_rx) = mpsc::sync_channel::<Event>(workers * 4);
        let walker_events = event_tx.clone();
        let (bar_ref, index_path) = (&bar, index_path.as_path());
        let walker = scope.spawn(move || {
            let mut known = known;
            let mut unreadable = Vec::new();
            let mut batch = Vec::with_capacity(BATCH);
            let (mut skipped, mut unchanged) = (0, 0);
            for root in &walked {
                let mut go_on = true;
                walk::walk(root, index_path, |entry| {
                    go_on = match entry {
                        walk::Entry::Skipped => {
                            skipped += 1;
                            true
                        }
                        walk::Entry::Error(path, reason) => {
                            unreadable.push(path.clone());
                            walker_events.send(Event::WalkError(path, reason)).is_ok()
                        }
                        walk::Entry::File(found) => {
                            let key = found.path.to_string_lossy().into_owned();
                            let old = known.remove(&key);
                            if old.is_some_and(|o| o.size == found.size && o.mtime == found.mtime) {
                                unchanged += 1;
                            } else {
                                bar_ref.inc_length(1);
                                batch.push(Job { found, key, old });
                            }
                            batch.len() < BATCH || job_tx.send(std::mem::take(&mut batch)).is_ok()
                        }
                    };
                    go_on
                });
                if !go_on {
                    break;
                }
            }
            // (a closed channel means the run is ending anyway)
            if !batch.is_empty() {
                let _ = job_tx.send(batch);
            }
            let _ = walker_events.send(Event::Walked { skipped, unchanged });
            (known, unreadable)
        });
        for _ in 0..workers {
            let (jobs, events) = (Arc::clone(&job_rx), event_tx.clone());
            scope.spawn(move || loop {
                let batch = match jobs.lock().map(|rx| rx.recv()) {
                    Ok(Ok(batch)) => batch,
                    _ => break,
                };
                let done = batch
                    .into_iter()
                    .map(|job| {
                        let outcome = process(&f, &job, options.extract);
                        (job, outcome)
                    })
                    .collect();
                if events.send(Event::Done(done)).is_err() {
                    break;
                }
            });
        }
        drop((event_tx, job_rx));

        for event in event_rx {
            let files = match event {
                Event::Walked { skipped, unchanged } => {
                    summary.skipped += skipped;
                    summary.unchanged += unchanged;
                    continue;
                }
                Event::WalkError(path, reason) => {
                    warn(&path, &reason);
                    summary.warnings += 1;
                    continue;
                }
                Event::Done(files) => files,
            };
            for (job, outcome) in files {
                bar.inc(1);
                let path = job.found.path.as_path();
                if job.old.is_some() {
                    // What the index had of the file no longer stands for it.
                    writer.delete_term(Term::from_field_text(f.file, &job.key));
                }
                match outcome {
                    Outcome::Failed(message) => {
                        warn(path, &message);
                        summary.warnings += 1;
                        summary.updated += usize::from(job.old.is_some());
                    }
                    Outcome::Indexed { docs, problems, same } => {
                        for problem in &problems {
                            warn(path, problem);
                        }
                        summary.warnings += problems.len();
                        if same {
                            // Same bytes, new mtime: stored again so the next run need not read it.
                            summary.unchanged += 1;
                        } else if job.old.is_some() {
                            summary.updated += 1;
                        } else if !docs.is_empty() {
                            summary.added += 1;
                        }
                        for doc in docs {
                            writer.add_document(doc)?;
                        }
                    }
                }
                if last_commit.elapsed() >= commit_interval {
                    commit(&mut writer)?;
                    last_commit = Instant::now();
                }
            }
        }
        walker
            .join()
            .map_err(|_| anyhow::anyhow!("the folder walk stopped unexpectedly"))
    })?;
    bar.finish_and_clear();

    // Indexed files under the folders given that the walk did not meet are gone,
    // unless they sit in a folder the walk could not read.
    for file in not_seen.keys() {
        let file = Path::new(file);
        let under_root = roots.iter().any(|root| file.starts_with(&root.path));
        if under_root && !unreadable.iter().any(|dir| file.starts_with(dir)) {
            writer.delete_term(Term::from_field_text(f.file, &file.to_string_lossy()));
            summary.removed += 1;
        }
    }

    commit(&mut writer)?;
    writer.wait_merging_threads().context("merging index segments")?;
    summary.articles = idx.reader()?.searcher().num_docs();
    summary.seconds = (start.elapsed().as_secs_f64() * 1000.0).round() / 1000.0;
    Ok(summary)
}

/// Commit what the writer has, with the time in the commit's payload.
fn commit(writer: &mut IndexWriter) -> anyhow::Result<()> {
    let info = CommitInfo {
        last_indexed: rfc3339_now(),
    };
    let mut prepared = writer.prepare_commit().context("committing the index")?;
    prepared.set_payload(&serde_json::to_string(&info)?);
    prepared.commit().context("committing the index")?;
    Ok(())
}

/// A file that may need (re-)indexing.
struct Job {
    found: walk::Found,
    /// The file's key in the index: its absolute path.
    key: String,
    old: Option<FileState>,
}

/// What a worker made of one job.
enum Outcome {
    /// Nothing in the file could be read.
    Failed(String),
    /// Documents to index, what was off in the file (bad lines, bad dates...),
    /// and whether the bytes are the ones already indexed.
    Indexed {
        docs: Vec<TantivyDocument>,
        problems: Vec<String>,
        same: bool,
    },
}

/// What the index run's main thread hears from the walker and the workers.
enum Event {
    /// The walk ended: files it skipped and files unchanged since the last run.
    Walked {
        skipped: usize,
        unchanged: usize,
    },
    WalkError(PathBuf, String),
    /// A batch of files read, each with what came of it.
    Done(Vec<(Job, Outcome)>),
}

fn process(f: &Fields, job: &Job, options: extract::Options) -> Outcome {
    let bytes = match std::fs::read(&job.found.path) {
        Ok(bytes) => bytes,
        Err(err) => return Outcome::Failed(format!("cannot read file: {err}")),
    };
    let state = FileState {
        size: job.found.size,
        mtime: job.found.mtime,
        hash: content_hash(&[bytes.as_slice()]),
    };
    let parsed = match ingest::parse(&job.key, job.found.format, &bytes) {
        Ok(parsed) => parsed,
        Err(err) => return Outcome::Failed(format!("{err:#}")),
    };
    let mut problems = parsed.problems;
    let mut docs = Vec::with_capacity(parsed.articles.len());
    for article in parsed.articles {
        match article {
            Ok(article) => {
                let facts = extract::extract(&article, options);
                docs.push(document(f, &job.key, &article, facts, state));
            }
            Err(err) => problems.push(format!("{err:#}")),
        }
    }
    let same = job.old.is_some_and(|o| o.hash == state.hash);
    Outcome::Indexed { docs, problems, same }
}

/// Remove an index folder for `--rebuild`, refusing anything that is not one.
fn remove_index(path: &Path) -> anyhow::Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let is_empty = std::fs::read_dir(path).map(|mut d| d.next().is_none()).unwrap_or(false);
    if !is_empty && !path.join("meta.json").is_file() {
        bail!("{} exists and is not a newsidx index: not removing it", path.display());
    }
    std::fs::remove_dir_all(path).with_context(|| format!("removing old index {}", path.display()))
}

/// The progress bar: its length grows as the walk finds files to read.
fn progress_bar(enabled: bool) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} files  {per_sec}  ETA {eta}") {
        bar.set_style(style);
    }
    bar
}

/// Every file in the index with its change-detection state, from fast fields.
fn indexed_files(idx: &NewsIndex) -> anyhow::Result<HashMap<String, FileState>> {
    let searcher = idx.reader()?.searcher();
    let mut out = HashMap::new();
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let Some(files) = fast.str("file")? else {
            continue;
        };
        let size = fast.u64("size")?;
        let mtime = fast.i64("mtime")?;
        let hash = fast.u64("file_hash")?;
        // One file's articles (JSON Lines) share its state: one entry per file,
        // names read from the dictionary in a single ordered pass.
        let mut states: BTreeMap<u64, FileState> = BTreeMap::new();
        for doc in segment.doc_ids_alive() {
            if let Some(ord) = files.term_ords(doc).next() {
                states.entry(ord).or_insert_with(|| FileState {
                    size: size.first(doc).unwrap_or(0),
                    mtime: mtime.first(doc).unwrap_or(0),
                    hash: hash.first(doc).unwrap_or(0),
                });
            }
        }
        let mut values = states.values();
        schema::for_each_term(&files, states.keys().copied(), |name| {
            if let Some(state) = values.next() {
                out.insert(name.to_string(), *state);
            }
        })?;
    }
    Ok(out)
}

/// The stored value of a day: midnight UTC.
pub fn date_value(date: Date) -> DateTime {
    DateTime::from_timestamp_secs(date.days_since_epoch() * 86_400)
}

/// The date of a stored date value.
pub fn date_of(value: DateTime) -> Option<Date> {
    Date::from_days_since_epoch(value.into_timestamp_secs().div_euclid(86_400))
}

/// The document of one article; the facts' strings move into it.
fn document(f: &Fields, file: &str, article: &Article, facts: Facts, state: FileState) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.id, &article.id);
    doc.add_text(f.file, file);
    doc.add_text(f.title, &article.title);
    doc.add_text(f.body, &article.body);
    for person in facts.people {
        for alias in &person.aliases {
            doc.add_text(f.aliases, format!("{}{ALIAS_SEP}{alias}", person.name));
        }
        doc.add_text(f.people, person.name);
    }
    if let Some(date) = article.published {
        doc.add_date(f.published, date_value(date));
    }
    for mention in &facts.dates {
        doc.add_date(f.dates, date_value(mention.date));
        doc.add_text(f.mentions, mention.to_string());
    }
    if let Some(author) = &article.author {
        doc.add_text(f.author, author);
    }
    if let Some(url) = &article.url {
        doc.add_text(f.url, url);
    }
    doc.add_u64(f.size, state.size);
    doc.add_i64(f.mtime, state.mtime);
    doc.add_u64(f.hash, state.hash);
    let text: [&[u8]; 3] = [article.title.trim().as_bytes(), b"\n", article.body.trim().as_bytes()];
    doc.add_u64(f.text_hash, content_hash(&text));
    doc
}

/// Now as RFC 3339 in UTC, to the second.
fn rfc3339_now() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let date = Date::from_days_since_epoch(secs.div_euclid(86_400))
        .map(|d| d.to_string())
        .unwrap_or_default();
    let t = secs.rem_euclid(86_400);
    format!("{date}T{:02}:{:02}:{:02}Z", t / 3600, t % 3600 / 60, t % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `content_hash` of `b"newsidx"`, pinned: the values are stored in indexes.
    const PINNED: u64 = 0xf82a_9be9_40d3_e8bf;

    #[test]
    fn hash_is_stable_and_sensitive() {
        assert_eq!(content_hash(&[b"newsidx"]), PINNED);
        let text: Vec<u8> = (0..100u8).collect();
        let whole = content_hash(&[&text]);
        // Split anywhere, in any number of parts, the hash is the same.
        for a in 0..text.len() {
            for b in a..text.len() {
                assert_eq!(content_hash(&[&text[..a], &text[a..b], &text[b..]]), whole, "{a} {b}");
            }
        }
        assert_ne!(content_hash(&[b"abc"]), content_hash(&[b"abd"]));
        // Trailing zero bytes still count (the length is mixed in).
        assert_ne!(content_hash(&[b"abc"]), content_hash(&[b"abc\0"]));
        let flips = (0..64).filter(|bit| {
            let mut changed = text.clone();
            changed[bit / 8] ^= 1 << (bit % 8);
            content_hash(&[&changed]) != whole
        });
        assert_eq!(flips.count(), 64);
    }

    #[test]
    fn stored_dates_round_trip() {
        let date = Date::new(2025, 3, 14).unwrap_or_else(|| panic!("valid date"));
        assert_eq!(date_of(date_value(date)), Some(date));
    }
}
