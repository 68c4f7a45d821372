//! `search`: parse the query, rank with BM25 (title boosted), and cut a
//! highlighted snippet from each hit's body.

use std::collections::HashMap;

use anyhow::Context;
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, Query, QueryParser, QueryParserError};
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocId, Score, SegmentReader, TantivyDocument};

use crate::cli::SortOrder;
use crate::extract::dates::Date;
use crate::index::{date_of, NewsIndex};
use crate::schema::Fields;

/// How much the title weighs against the body in ranking.
const TITLE_BOOST: f32 = 2.0;
/// Longest snippet, in characters.
const SNIPPET_CHARS: usize = 200;

/// The answer to one query.
#[derive(Debug, Serialize)]
pub struct SearchReport {
    pub query: String,
    /// Articles that match, of which `hits` are the best `--limit`.
    pub total_hits: usize,
    pub hits: Vec<Hit>,
}

/// One ranked article.
#[derive(Debug, Serialize)]
pub struct Hit {
    pub id: String,
    /// Where the article is, relative to the current folder when it is inside it.
    pub path: String,
    pub title: String,
    pub score: f32,
    pub published: Option<Date>,
    pub people: Vec<String>,
    /// Mentioned dates: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub dates: Vec<String>,
    /// A passage of the body around the matched words.
    pub snippet: String,
    /// Byte ranges `[start, end)` of the matched words inside `snippet`.
    pub highlights: Vec<[usize; 2]>,
    /// Paths of identical copies of this article (same title and body), shown once.
    pub duplicates: Vec<String>,
}

/// A query the parser rejected: shown with the query and the reason.
#[derive(Debug)]
pub struct BadQuery {
    pub query: String,
    pub reason: String,
}

impl std::fmt::Display for BadQuery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid query {:?}: {}", self.query, self.reason)
    }
}

impl std::error::Error for BadQuery {}

/// Parse `query` the way `search` does: every word required, title and body
/// searched, tantivy's syntax for the rest; `*` or an empty query is everything.
pub fn parse_query(idx: &NewsIndex, query: &str) -> Result<Box<dyn Query>, BadQuery> {
    let trimmed = query.trim();
    if trimmed.is_empty() || trimmed == "*" {
        return Ok(Box::new(AllQuery));
    }
    let f = idx.fields;
    let mut parser = QueryParser::for_index(&idx.index, vec![f.title, f.body]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(f.title, TITLE_BOOST);
    let expanded = expand_dates(trimmed);
    let parsed = match parser.parse_query(&expanded) {
        // "-word" alone: everything but the word.
        Err(QueryParserError::AllButQueryForbidden) => parser.parse_query(&format!("* {expanded}")),
        other => other,
    };
    parsed.map_err(|err| BadQuery {
        query: query.to_string(),
        reason: explain(&err, trimmed),
    })
}

/// Fields a query can name.
const QUERY_FIELDS: &str = "title, body, people, author, published, dates, url, id";

/// What is wrong with a query, in words a user can act on.
fn explain(err: &QueryParserError, query: &str) -> String {
    match err {
        QueryParserError::SyntaxError(_) => format!("syntax error: {}", syntax_problem(query)),
        QueryParserError::FieldDoesNotExist(field) => {
            format!("unknown field {field:?} (fields: {QUERY_FIELDS})")
        }
        other => other.to_string(),
    }
}

/// The likeliest cause of a syntax error.
fn syntax_problem(query: &str) -> String {
    if query.matches('"').count() % 2 == 1 {
        return "a quote \" is not closed".into();
    }
    let mut depth = 0i32;
    for c in query.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return "a ) has no ( before it".into(),
            ')' => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 {
        return "a ( is not closed".into();
    }
    if query.matches(['[', '{']).count() != query.matches([']', '}']).count() {
        return "a range [.. TO ..] is not closed".into();
    }
    let words: Vec<&str> = query.split_whitespace().collect();
    if let Some(last) = words.last().filter(|w| matches!(**w, "AND" | "OR" | "NOT")) {
        return format!("{last} at the end needs a term after it");
    }
    if let Some(first) = words.first().filter(|w| matches!(**w, "AND" | "OR")) {
        return format!("{first} at the start needs a term before it");
    }
    if let Some(field) = words.iter().find(|w| w.ends_with(':')) {
        return format!("{field} needs a value after it, as in {field}word or {field}\"a phrase\"");
    }
    "see the query syntax in `newsidx search --help` and the README".into()
}

/// Date fields take plain days: `published:2025-03-14` and
/// `dates:[2025-01-01 TO 2025-03-31]` become the RFC 3339 values tantivy's
/// parser wants. Everything else is left as written.
fn expand_dates(query: &str) -> String {
    const FIELDS: [&str; 2] = ["published:", "dates:"];
    let mut out = String::with_capacity(query.len() + 32);
    let mut rest = query;
    while let Some((at, field)) = FIELDS.iter().filter_map(|f| rest.find(f).map(|i| (i, f))).min() {
        let value_start = at + field.len();
        out.push_str(&rest[..value_start]);
        rest = &rest[value_start..];
        if rest.starts_with(['[', '{']) {
            let end = rest.find([']', '}']).map_or(rest.len(), |i| i + 1);
            let range: Vec<String> = rest[..end]
                .split(' ')
                .map(|word| {
                    let (open, inner) = word.split_at(word.starts_with(['[', '{']) as usize);
                    let cut = inner.len() - inner.ends_with([']', '}']) as usize;
                    let (day, close) = inner.split_at(cut);
                    match bare_day(day) {
                        Some(day) => format!("{open}{day}T00:00:00Z{close}"),
                        None => word.to_string(),
                    }
                })
                .collect();
            out.push_str(&range.join(" "));
            rest = &rest[end..];
        } else if let Some(day) = rest.get(..10).and_then(bare_day) {
            if !rest[10..].starts_with('T') {
                out.push_str(&format!("\"{day}T00:00:00Z\""));
                rest = &rest[10..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `YYYY-MM-DD` that is a real day.
fn bare_day(text: &str) -> Option<&str> {
    (text.len() == 10 && text.as_bytes()[4] == b'-' && crate::extract::dates::parse_date(text).is_some())
        .then_some(text)
}

/// Run a search and build the report for the best `limit` hits.
pub fn search(idx: &NewsIndex, query: &str, limit: usize, sort: SortOrder) -> anyhow::Result<SearchReport> {
    let parsed = parse_query(idx, query)?;
    let searcher = idx.reader()?.searcher();
    // Identical copies of an article make one hit: look a little further than
    // `limit` so that copies do not crowd out other articles.
    let window = limit.saturating_mul(2).saturating_add(8);
    let (top, total_hits) = match sort {
        SortOrder::Relevance => searcher.search(&parsed, &(TopDocs::with_limit(window), Count)),
        SortOrder::Newest | SortOrder::Oldest => {
            let newest = sort == SortOrder::Newest;
            let by_date = TopDocs::with_limit(window).tweak_score(move |segment: &SegmentReader| {
                let published = segment.fast_fields().date("published").ok();
                move |doc: DocId, score: Score| {
                    let secs = published
                        .as_ref()
                        .and_then(|c| c.first(doc))
                        .map(|d| d.into_timestamp_secs());
                    // Undated articles last either way; BM25 breaks ties.
                    let key = secs.map_or(i64::MIN, |s| if newest { s } else { -s });
                    (key, score)
                }
            });
            searcher
                .search(&parsed, &(by_date, Count))
                .map(|(top, count)| (top.into_iter().map(|((_, score), a)| (score, a)).collect(), count))
        }
    }
    .context("running the query")?;
    let mut snippets = SnippetGenerator::create(&searcher, &*parsed, idx.fields.body).context("preparing snippets")?;
    snippets.set_max_num_chars(SNIPPET_CHARS);
    let text_hashes = searcher
        .segment_readers()
        .iter()
        .map(|s| s.fast_fields().u64("text_hash"))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let mut hits: Vec<Hit> = Vec::with_capacity(limit.min(top.len()));
    let mut by_text: HashMap<u64, usize> = HashMap::new();
    for (score, address) in top {
        let text_hash = text_hashes
            .get(address.segment_ord as usize)
            .and_then(|c| c.first(address.doc_id));
        let copy_of = text_hash.and_then(|h| by_text.get(&h).copied());
        if copy_of.is_none() && hits.len() == limit {
            continue;
        }
        let doc: TantivyDocument = searcher.doc(address).context("reading a stored article")?;
        match copy_of {
            Some(i) => hits[i].duplicates.push(display_path(&text(&doc, idx.fields.id))),
            None => {
                if let Some(h) = text_hash {
                    by_text.insert(h, hits.len());
                }
                hits.push(hit(&idx.fields, &doc, score, &snippets));
            }
        }
    }
    Ok(SearchReport {
        query: query.to_string(),
        total_hits,
        hits,
    })
}

fn hit(f: &Fields, doc: &TantivyDocument, score: f32, snippets: &SnippetGenerator) -> Hit {
    let id = text(doc, f.id);
    let snippet = snippets.snippet_from_doc(doc);
    let (snippet, highlights) = if snippet.fragment().trim().is_empty() {
        (lead(&text(doc, f.body), SNIPPET_CHARS), Vec::new())
    } else {
        let ranges = snippet.highlighted().iter().map(|r| [r.start, r.end]).collect();
        (snippet.fragment().to_string(), ranges)
    };
    Hit {
        path: display_path(&id),
        id,
        title: text(doc, f.title),
        score,
        published: doc
            .get_first(f.published)
            .and_then(|v| v.as_datetime())
            .and_then(date_of),
        people: doc
            .get_all(f.people)
            .filter_map(|v| v.as_str())
            .map(str::to_string)
            .collect(),
        dates: doc
            .get_all(f.mentions)
            .filter_map(|v| v.as_str())
            .map(str::to_string)
            .collect(),
        snippet,
        highlights,
        duplicates: Vec::new(),
    }
}

/// The first text value of a field, or "".
pub fn text(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// The opening of `body`, at most `max` characters, cut at a word boundary.
fn lead(body: &str, max: usize) -> String {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    match cut.rfind(' ') {
        Some(space) => format!("{}…", &cut[..space]),
        None => format!("{cut}…"),
    }
}

/// An article id (absolute path, maybe `#LINE`) as a path relative to the
/// current folder when it lies inside it.
pub fn display_path(id: &str) -> String {
    let (path, line) = match id.rsplit_once('#') {
        Some((p, l)) if l.bytes().all(|b| b.is_ascii_digit()) && !l.is_empty() => (p, Some(l)),
        _ => (id, None),
    };
    let shown = std::env::current_dir()
        .ok()
        .and_then(|cwd| {
            std::path::Path::new(path)
                .strip_prefix(cwd)
                .ok()
                .map(|p| p.display().to_string())
        })
        .unwrap_or_else(|| path.to_string());
    match line {
        Some(l) => format!("{shown}#{l}"),
        None => shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_problems_in_words() {
        assert_eq!(syntax_problem("\"ready for"), "a quote \" is not closed");
        assert_eq!(syntax_problem("title:(putin OR"), "a ( is not closed");
        assert_eq!(syntax_problem("putin)"), "a ) has no ( before it");
        assert_eq!(
            syntax_problem("published:[2025-01-01 TO"),
            "a range [.. TO ..] is not closed"
        );
        assert_eq!(syntax_problem("putin AND"), "AND at the end needs a term after it");
        assert_eq!(syntax_problem("OR putin"), "OR at the start needs a term before it");
        assert!(syntax_problem("title: putin").starts_with("title: needs a value"));
    }

    #[test]
    fn dates_in_queries_take_plain_days() {
        assert_eq!(
            expand_dates("published:2025-03-14"),
            "published:\"2025-03-14T00:00:00Z\""
        );
        assert_eq!(
            expand_dates("putin dates:[2025-01-01 TO 2025-03-31} -x"),
            "putin dates:[2025-01-01T00:00:00Z TO 2025-03-31T00:00:00Z} -x"
        );
        let full = "published:[2025-01-01T00:00:00Z TO *]";
        assert_eq!(expand_dates(full), full);
        assert_eq!(
            expand_dates("published:2025-02-30 title:x"),
            "published:2025-02-30 title:x"
        );
        assert_eq!(expand_dates("published:[2025-01-01"), "published:[2025-01-01T00:00:00Z");
        assert_eq!(expand_dates("no dates here"), "no dates here");
    }

    #[test]
    fn lead_cuts_at_words() {
        assert_eq!(lead("one  two\nthree", 100), "one two three");
        assert_eq!(lead("alpha beta gamma", 12), "alpha beta…");
    }

    #[test]
    fn display_path_keeps_line_suffix() {
        let cwd = std::env::current_dir().unwrap_or_default();
        let id = format!("{}#12", cwd.join("corpus/a.jsonl").display());
        assert_eq!(display_path(&id), "corpus/a.jsonl#12");
        assert_eq!(display_path("/elsewhere/x.txt"), "/elsewhere/x.txt");
    }
}
