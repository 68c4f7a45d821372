//! `search`: parse the query, rank with BM25 (title boosted), and cut a
//! highlighted snippet from each hit's body.

use std::collections::{HashMap, HashSet};
use std::ops::Bound;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::Context;
use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, QueryParserError, RangeQuery};
use tantivy::schema::Value;
use tantivy::snippet::SnippetGenerator;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, TantivyDocument, Term};

use crate::cli::{FilterArgs, SortOrder};
use crate::extract::dates::Date;
use crate::index::{date_of, NewsIndex};
use crate::schema::{text_hash_columns, Fields};

/// How much the title weighs against the body in ranking.
const TITLE_BOOST: f32 = 2.0;
/// Longest query accepted, in bytes.
const MAX_QUERY_BYTES: usize = 64 * 1024;
/// Deepest nesting of parentheses accepted.
const MAX_QUERY_DEPTH: i32 = 32;
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
    let bad = |reason: String| BadQuery {
        query: query.chars().take(80).collect(),
        reason,
    };
    if trimmed.len() > MAX_QUERY_BYTES {
        return Err(bad(format!(
            "too long ({} bytes; at most {MAX_QUERY_BYTES})",
            trimmed.len()
        )));
    }
    // The parser recurses into each group: bound the depth before it does.
    let depth = trimmed
        .chars()
        .scan(0i32, |d, c| {
            *d += match c {
                '(' => 1,
                ')' => -1,
                _ => 0,
            };
            Some(*d)
        })
        .max()
        .unwrap_or(0);
    if depth > MAX_QUERY_DEPTH {
        return Err(bad(format!(
            "parentheses nested {depth} deep (at most {MAX_QUERY_DEPTH})"
        )));
    }
    if trimmed.is_empty() || trimmed == "*" {
        return Ok(Box::new(AllQuery));
    }
    let f = idx.fields;
    let mut parser = QueryParser::for_index(&idx.index, vec![f.title, f.body]);
    parser.set_conjunction_by_default();
    parser.set_field_boost(f.title, TITLE_BOOST);
    let expanded = expand_dates(trimmed);
    let parse = |text: &str| {
        guarded(|| parser.parse_query(text)).unwrap_or_else(|| Err(QueryParserError::SyntaxError(text.to_string())))
    };
    let parsed = match parse(&expanded) {
        // "-word" alone: everything but the word.
        Err(QueryParserError::AllButQueryForbidden) => parse(&format!("* {expanded}")),
        other => other,
    };
    parsed.map_err(|err| BadQuery {
        query: query.to_string(),
        reason: explain(&err, trimmed),
    })
}

/// Run `f`, turning a panic inside it into `None`, silently. tantivy's query
/// grammar panics on a few odd inputs (a `*` where a field is expected), and a
/// user's query must never crash the program.
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok();
    std::panic::set_hook(quiet);
    result
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

impl FilterArgs {
    /// True when any filter is set.
    pub fn any(&self) -> bool {
        self.person.is_some() || self.since.is_some() || self.until.is_some() || self.mentions.is_some()
    }
}

/// The query with the filters of `search` and `timeline` applied.
pub fn filtered_query(idx: &NewsIndex, query: &str, filters: &FilterArgs) -> anyhow::Result<Box<dyn Query>> {
    let f = idx.fields;
    let mut parts: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, parse_query(idx, query)?)];
    if let Some(person) = &filters.person {
        // Every name the index holds for the person, matched whole: a range of one
        // name on a fast field is answered from the fast field's values.
        let names = crate::people::resolve(idx, person)?;
        let any_name: Vec<(Occur, Box<dyn Query>)> = names
            .iter()
            .map(|name| {
                let term = || Term::from_field_text(f.people, name);
                let exact = RangeQuery::new(Bound::Included(term()), Bound::Included(term()));
                (Occur::Should, Box::new(exact) as Box<dyn Query>)
            })
            .collect();
        parts.push((Occur::Must, Box::new(BooleanQuery::new(any_name))));
    }
    if filters.since.is_some() || filters.until.is_some() {
        let since = filters.since.as_deref().map(|d| day_arg("--since", d)).transpose()?;
        let until = filters.until.as_deref().map(|d| day_arg("--until", d)).transpose()?;
        if let (Some(a), Some(b)) = (since, until) {
            anyhow::ensure!(a <= b, "--since {a} is after --until {b}");
        }
        parts.push((Occur::Must, date_range(f.published, since, until)));
    }
    if let Some(mentions) = &filters.mentions {
        let (from, to) = period_arg(mentions)?;
        parts.push((Occur::Must, date_range(f.dates, Some(from), Some(to))));
    }
    Ok(if parts.len() == 1 {
        parts.remove(0).1
    } else {
        Box::new(BooleanQuery::new(parts))
    })
}

/// Days from `from` to `to`, both included, on a date field (stored at midnight UTC).
fn date_range(field: tantivy::schema::Field, from: Option<Date>, to: Option<Date>) -> Box<dyn Query> {
    let bound = |d: Option<Date>| match d {
        Some(d) => Bound::Included(Term::from_field_date(field, crate::index::date_value(d))),
        None => Bound::Unbounded,
    };
    Box::new(RangeQuery::new(bound(from), bound(to)))
}

/// A `YYYY-MM-DD` command-line value.
fn day_arg(flag: &str, text: &str) -> anyhow::Result<Date> {
    bare_day(text.trim())
        .and_then(crate::extract::dates::parse_date)
        .with_context(|| format!("{flag}: expected a day as YYYY-MM-DD, found {text:?}"))
}

/// `--mentions`: a day, a month (`2024-12`), a year (`2024`) or a range of days
/// (`2024-12-01..2024-12-31`), as the first and last day.
fn period_arg(text: &str) -> anyhow::Result<(Date, Date)> {
    let text = text.trim();
    if let Some((a, b)) = text.split_once("..") {
        let (a, b) = (day_arg("--mentions", a)?, day_arg("--mentions", b)?);
        anyhow::ensure!(a <= b, "--mentions: {a} is after {b}");
        return Ok((a, b));
    }
    let bad = || anyhow::anyhow!("--mentions: expected YYYY-MM-DD, YYYY-MM, YYYY or DAY..DAY, found {text:?}");
    let numbers: Vec<&str> = text.split('-').collect();
    let num = |s: &str| s.parse::<u32>().ok().filter(|_| s.bytes().all(|b| b.is_ascii_digit()));
    match numbers.as_slice() {
        [_, _, _] => day_arg("--mentions", text).map(|d| (d, d)),
        [y, m] if y.len() == 4 && m.len() == 2 => {
            let (y, m) = (num(y).ok_or_else(bad)? as i32, num(m).ok_or_else(bad)?);
            let first = Date::new(y, m, 1).ok_or_else(bad)?;
            let last = (28..=31).rev().find_map(|d| Date::new(y, m, d)).ok_or_else(bad)?;
            Ok((first, last))
        }
        [y] if y.len() == 4 => {
            let y = num(y).ok_or_else(bad)? as i32;
            Ok((
                Date::new(y, 1, 1).ok_or_else(bad)?,
                Date::new(y, 12, 31).ok_or_else(bad)?,
            ))
        }
        _ => Err(bad()),
    }
}

/// Date fields take plain days: `published:2025-03-14`,
/// `dates:[2025-01-01 TO 2025-03-31]` and `published:>=2025-06-01` become the
/// RFC 3339 values tantivy's parser wants, and a full time is quoted for it.
/// Quoted phrases and everything else are left as written.
fn expand_dates(query: &str) -> String {
    const FIELDS: [&str; 2] = ["published:", "dates:"];
    let mut out = String::with_capacity(query.len() + 32);
    let mut rest = query;
    loop {
        // The next date field outside a quoted phrase.
        let mut quoted = false;
        let next = rest.char_indices().find_map(|(i, c)| {
            if c == '"' {
                quoted = !quoted;
            }
            let field = FIELDS.iter().find(|f| !quoted && rest[i..].starts_with(**f))?;
            let word_start = i == 0 || rest[..i].ends_with([' ', '(', '+', '-']);
            word_start.then_some((i, field.len()))
        });
        let Some((at, len)) = next else { break };
        out.push_str(&rest[..at + len]);
        rest = &rest[at + len..];
        if rest.starts_with(['[', '{']) {
            let end = rest.find([']', '}']).map_or(rest.len(), |i| i + 1);
            let range: Vec<String> = rest[..end]
                .split(' ')
                .map(|word| {
                    let (open, inner) = word.split_at(usize::from(word.starts_with(['[', '{'])));
                    let cut = inner.len() - usize::from(inner.ends_with([']', '}']));
                    let (day, close) = inner.split_at(cut);
                    match bare_day(day) {
                        Some(day) => format!("{open}{day}T00:00:00Z{close}"),
                        None => word.to_string(),
                    }
                })
                .collect();
            out.push_str(&range.join(" "));
            rest = &rest[end..];
            continue;
        }
        let op = [">=", "<=", ">", "<"]
            .into_iter()
            .find(|op| rest.starts_with(*op))
            .unwrap_or("");
        let after_op = &rest[op.len()..];
        let value_end = after_op.find([' ', ')']).unwrap_or(after_op.len());
        let value = &after_op[..value_end];
        let time = match bare_day(value) {
            Some(day) => format!("{day}T00:00:00Z"),
            None if value.len() > 10
                && value.get(..10).and_then(bare_day).is_some()
                && value[10..].starts_with('T') =>
            {
                value.to_string()
            }
            None => continue,
        };
        // Comparisons become open ranges, which the parser reads for dates.
        out.push_str(&match op {
            ">=" => format!("[{time} TO *]"),
            ">" => format!("{{{time} TO *]"),
            "<=" => format!("[* TO {time}]"),
            "<" => format!("[* TO {time}}}"),
            _ => format!("\"{time}\""),
        });
        rest = &after_op[value_end..];
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
pub fn search(
    idx: &NewsIndex,
    query: &str,
    limit: usize,
    sort: Option<SortOrder>,
    filters: &FilterArgs,
) -> anyhow::Result<SearchReport> {
    let parsed = filtered_query(idx, query, filters)?;
    // `*` with a filter is a listing: newest first unless asked otherwise.
    let everything = matches!(query.trim(), "" | "*");
    let sort = sort.unwrap_or(if everything && filters.any() {
        SortOrder::Newest
    } else {
        SortOrder::Relevance
    });
    let searcher = idx.reader()?.searcher();
    let text_hashes = text_hash_columns(&searcher)?;
    let hash_of = |a: &DocAddress| text_hashes.get(a.segment_ord as usize).and_then(|c| c.first(a.doc_id));
    // Identical copies of an article make one hit: look further than `limit`
    // until there are `limit` different articles or no more matches.
    let all = usize::try_from(searcher.num_docs()).unwrap_or(usize::MAX).max(1);
    let mut window = limit.saturating_mul(2).saturating_add(8).min(all);
    let (top, total_hits) = loop {
        let (top, total) = ranked(&searcher, &*parsed, window, sort).context("running the query")?;
        let distinct: HashSet<Option<u64>> = top.iter().map(|(_, a)| hash_of(a)).collect();
        if distinct.len() >= limit || top.len() < window || window == all {
            break (top, total);
        }
        window = window.saturating_mul(4).min(all);
    };
    let mut snippets = SnippetGenerator::create(&searcher, &*parsed, idx.fields.body).context("preparing snippets")?;
    snippets.set_max_num_chars(SNIPPET_CHARS);
    let mut hits: Vec<Hit> = Vec::with_capacity(limit.min(top.len()));
    let mut by_text: HashMap<u64, usize> = HashMap::new();
    for (score, address) in top {
        let text_hash = hash_of(&address);
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

/// The best `window` matches of `query`, best first, and how many match in all.
fn ranked(
    searcher: &Searcher,
    query: &dyn Query,
    window: usize,
    sort: SortOrder,
) -> tantivy::Result<(Vec<(Score, DocAddress)>, usize)> {
    match sort {
        SortOrder::Relevance => searcher.search(query, &(TopDocs::with_limit(window), Count)),
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
            let (top, count) = searcher.search(query, &(by_date, Count))?;
            Ok((top.into_iter().map(|((_, score), a)| (score, a)).collect(), count))
        }
    }
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
    // The current folder, looked up once per process.
    static CWD: OnceLock<Option<PathBuf>> = OnceLock::new();
    let shown = CWD
        .get_or_init(|| std::env::current_dir().ok())
        .as_deref()
        .and_then(|cwd| Path::new(path).strip_prefix(cwd).ok().map(|p| p.display().to_string()))
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
    fn mention_periods() {
        let d = |y, m, day| Date::new(y, m, day).unwrap_or_else(|| panic!("bad date"));
        let period = |t: &str| period_arg(t).map_err(|e| e.to_string());
        assert_eq!(period("2024-12-07"), Ok((d(2024, 12, 7), d(2024, 12, 7))));
        assert_eq!(period("2024-02"), Ok((d(2024, 2, 1), d(2024, 2, 29))));
        assert_eq!(period("2025-02"), Ok((d(2025, 2, 1), d(2025, 2, 28))));
        assert_eq!(period("1994"), Ok((d(1994, 1, 1), d(1994, 12, 31))));
        assert_eq!(period("2024-12-01..2024-12-31"), Ok((d(2024, 12, 1), d(2024, 12, 31))));
        for bad in ["2024-13", "december", "2024-12-31..2024-12-01", "24-1", "", "2024-1-5x"] {
            assert!(period_arg(bad).is_err(), "{bad}");
        }
    }

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
        assert_eq!(
            expand_dates("published:2025-03-14T09:30:00Z"),
            "published:\"2025-03-14T09:30:00Z\""
        );
        assert_eq!(
            expand_dates("published:>=2025-06-01 x"),
            "published:[2025-06-01T00:00:00Z TO *] x"
        );
        assert_eq!(
            expand_dates("(published:<2025-06-01)"),
            "(published:[* TO 2025-06-01T00:00:00Z})"
        );
        assert_eq!(
            expand_dates("dates:>2025-06-01T10:00:00Z"),
            "dates:{2025-06-01T10:00:00Z TO *]"
        );
        let phrase = "\"published:2025-03-14\" x";
        assert_eq!(expand_dates(phrase), phrase, "quoted text stays as written");
        assert_eq!(expand_dates("unpublished:2025-03-14"), "unpublished:2025-03-14");
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
