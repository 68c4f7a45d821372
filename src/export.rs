//! `export`: hand the indexed corpus, with the people and dates extracted at
//! indexing time, to a distributed engine: NDJSON for Quickwit, `_bulk` input
//! for Elasticsearch/OpenSearch, and the Quickwit index config that matches.

use std::io::{self, Write};

use anyhow::{bail, Context};
use serde::Serialize;
use tantivy::schema::Value;
use tantivy::TantivyDocument;

use crate::extract::dates::{parse_date, Date};
use crate::index::{date_of, NewsIndex};
use crate::search::{display_path, text};

/// The index name written into es-bulk actions and the Quickwit config when none is given.
pub const DEFAULT_INDEX_ID: &str = "news";

/// What an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object per article, one per line (Quickwit's `index ingest` input)
    Ndjson,
    /// Elasticsearch/OpenSearch `_bulk` input: an action line, then the article
    EsBulk,
}

/// How to run `export`.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub format: Format,
    /// Only articles published on or after this day.
    pub since: Option<Date>,
    /// Only articles published on or before this day.
    pub until: Option<Date>,
    /// `_index` of the es-bulk action lines.
    pub index_id: String,
}

/// One exported article: the stored fields of the index, nothing re-read from files.
#[derive(Debug, Serialize)]
struct Article<'a> {
    id: &'a str,
    /// The id as a path relative to the current folder when it lies inside it.
    path: String,
    title: &'a str,
    body: &'a str,
    /// Canonical names.
    people: Vec<&'a str>,
    /// Days the text mentions, `YYYY-MM-DD`.
    dates: Vec<Date>,
    /// RFC 3339 (midnight UTC of the publication day), or null.
    published: Option<String>,
    author: Option<&'a str>,
    url: Option<&'a str>,
}

#[derive(Serialize)]
struct BulkAction<'a> {
    index: BulkTarget<'a>,
}

#[derive(Serialize)]
struct BulkTarget<'a> {
    #[serde(rename = "_index")]
    index: &'a str,
    #[serde(rename = "_id")]
    id: &'a str,
}

/// A `--since`/`--until` value: a real day written `YYYY-MM-DD`.
pub fn parse_day(text: &str) -> Result<Date, String> {
    let shape_ok = text.len() == 10 && text.as_bytes()[4] == b'-' && text.as_bytes()[7] == b'-';
    shape_ok
        .then(|| parse_date(text))
        .flatten()
        .ok_or_else(|| format!("{text:?} is not a day written YYYY-MM-DD"))
}

/// Index names both Quickwit and Elasticsearch accept: a lower-case letter,
/// then lower-case letters, digits, `-` or `_`; 3 to 255 characters.
pub fn check_index_id(id: &str) -> anyhow::Result<()> {
    let mut chars = id.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase());
    let rest_ok = chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !(first_ok && rest_ok && (3..=255).contains(&id.len())) {
        bail!("invalid --index-id {id:?}: use 3 to 255 lower-case letters, digits, - or _, starting with a letter");
    }
    Ok(())
}

/// Write every indexed article (within `--since`/`--until`) to `out`, one
/// segment and one document at a time, and return how many were written.
/// Errors writing to `out` come back as `io::Error`s, so that a closed pipe
/// is recognised as one.
pub fn export<W: Write>(idx: &NewsIndex, options: &ExportOptions, out: &mut W) -> anyhow::Result<u64> {
    check_index_id(&options.index_id)?;
    if let (Some(since), Some(until)) = (options.since, options.until) {
        if since > until {
            bail!("--since {since} is after --until {until}: no article can match");
        }
    }
    let filtered = options.since.is_some() || options.until.is_some();
    let in_range = |day: Option<Date>| match day {
        None => !filtered,
        Some(day) => options.since.is_none_or(|s| day >= s) && options.until.is_none_or(|u| day <= u),
    };
    let f = idx.fields;
    let searcher = idx.reader()?.searcher();
    let mut written = 0u64;
    for segment in searcher.segment_readers() {
        let published = segment.fast_fields().date("published")?;
        // Documents are read in order: one cached block keeps that to a
        // single decompression per block.
        let store = segment.get_store_reader(1).context("opening the document store")?;
        for doc_id in segment.doc_ids_alive() {
            // The date filter reads the fast field, so skipped articles are never loaded.
            if filtered && !in_range(published.first(doc_id).and_then(date_of)) {
                continue;
            }
            let doc: TantivyDocument = store.get(doc_id).context("reading a stored article")?;
            let id = text(&doc, f.id);
            let str_of = |field| doc.get_first(field).and_then(|v| v.as_str());
            let article = Article {
                path: display_path(&id),
                id: &id,
                title: str_of(f.title).unwrap_or_default(),
                body: str_of(f.body).unwrap_or_default(),
                people: doc.get_all(f.people).filter_map(|v| v.as_str()).collect(),
                dates: doc
                    .get_all(f.dates)
                    .filter_map(|v| v.as_datetime())
                    .filter_map(date_of)
                    .collect(),
                published: doc
                    .get_first(f.published)
                    .and_then(|v| v.as_datetime())
                    .and_then(date_of)
                    .map(|d| format!("{d}T00:00:00Z")),
                author: str_of(f.author),
                url: str_of(f.url),
            };
            if options.format == Format::EsBulk {
                let action = BulkAction {
                    index: BulkTarget {
                        index: &options.index_id,
                        id: &id,
                    },
                };
                json_line(out, &action)?;
            }
            json_line(out, &article)?;
            written += 1;
        }
    }
    Ok(written)
}

/// One JSON value and a newline; write errors stay `io::Error`s.
fn json_line<W: Write, T: Serialize>(out: &mut W, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// A Quickwit index config (YAML) for what `export` writes.
pub fn quickwit_config(index_id: &str) -> anyhow::Result<String> {
    check_index_id(index_id)?;
    Ok(QUICKWIT_CONFIG.replace("{index_id}", index_id))
}

/// Written by hand: the config is fixed but for the index id, which
/// `check_index_id` keeps to characters that need no quoting in YAML.
const QUICKWIT_CONFIG: &str = r#"# Quickwit index config for `newsidx export` (NDJSON).
#   quickwit index create --index-config news.yaml
#   newsidx export --output news.ndjson
#   quickwit index ingest --index {index_id} --input-path news.ndjson
version: 0.7

index_id: {index_id}

doc_mapping:
  mode: lenient
  field_mappings:
    - name: id
      type: text
      tokenizer: raw
      stored: true
    - name: path
      type: text
      tokenizer: raw
    # Positions make phrase queries work and field norms make BM25 rank as
    # newsidx does; Quickwit's defaults (record: basic, fieldnorms: false)
    # would silently break both.
    - name: title
      type: text
      tokenizer: en_stem
      record: position
      fieldnorms: true
    - name: body
      type: text
      tokenizer: en_stem
      record: position
      fieldnorms: true
    # Exact canonical names, fast: a terms aggregation on people gives the
    # people listing.
    - name: people
      type: array<text>
      tokenizer: raw
      fast: true
    - name: dates
      type: array<datetime>
      input_formats: [rfc3339, "%Y-%m-%d"]
    - name: published
      type: datetime
      input_formats: [rfc3339]
      fast: true
    - name: author
      type: text
    - name: url
      type: text
      tokenizer: raw
  # No timestamp_field: Quickwit rejects a document that lacks its timestamp
  # field ("timestamp field is required"), and articles without a publication
  # date are exported with "published": null. Setting
  # `timestamp_field: published` would drop them at ingest.

search_settings:
  default_search_fields: [title, body]
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_must_be_iso() {
        assert_eq!(parse_day("2025-01-20").map(|d| d.to_string()), Ok("2025-01-20".into()));
        assert!(parse_day("2025-02-30").is_err());
        assert!(parse_day("20 January 2025").is_err());
        assert!(parse_day("2025/01/20").is_err());
    }

    #[test]
    fn index_ids_fit_both_engines() {
        assert!(check_index_id("news").is_ok());
        assert!(check_index_id("news_2025-a").is_ok());
        for bad in ["ne", "News", "1news", "news wire", "news\"x", ""] {
            assert!(check_index_id(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn config_names_the_index() {
        let yaml = quickwit_config("archive").unwrap_or_default();
        assert!(yaml.contains("\nindex_id: archive\n"), "{yaml}");
        assert!(yaml.contains("--index archive "), "{yaml}");
        assert!(!yaml.contains("{index_id}"));
    }
}
