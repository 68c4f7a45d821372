//! From files to articles: which files are articles, and how each format reads.

pub mod decode;
pub mod json;
pub mod markdown;
pub mod text;
pub mod walk;

use std::borrow::Cow;
use std::path::Path;

use anyhow::Context;

use crate::article::Article;
use crate::extract::dates;

/// The article formats newsidx reads, told apart by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
    JsonLines,
}

impl Format {
    /// The format of a file by its extension (any case), `None` for other files.
    pub fn of_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// What one file yields: its articles, each parsed or failed on its own, and
/// the problems that did not stop an article from being read.
#[derive(Debug, Default)]
pub struct FileArticles {
    pub articles: Vec<anyhow::Result<Article>>,
    pub problems: Vec<String>,
}

/// Parse a file's bytes. `id` names the file in article ids (`id`, or
/// `id#LINE` for JSON Lines). An error here means nothing in the file could be read.
pub fn parse(id: &str, format: Format, bytes: &[u8]) -> anyhow::Result<FileArticles> {
    let text = decode::decode(bytes)?;
    let mut out = FileArticles::default();
    let problems = &mut out.problems;
    out.articles = match format {
        Format::Text => vec![non_empty(text::parse(id, &text, problems))],
        Format::Markdown => vec![non_empty(markdown::parse(id, &text, problems))],
        Format::Json => json::parse_json(id, &text, problems)?,
        Format::JsonLines => json::parse_lines(id, &text, problems),
    };
    for article in out.articles.iter_mut().flatten() {
        unescape(article);
        with_dateline(article);
    }
    Ok(out)
}

fn non_empty(article: Article) -> anyhow::Result<Article> {
    anyhow::ensure!(!article.is_empty(), "empty article (no title, no body)");
    Ok(article)
}

/// Articles saved from web pages keep HTML character references ("Jos&#233;",
/// "AT&amp;T"): they are read as the characters they stand for, as a browser would
/// show them. Text without a well-formed reference is left as it is.
fn unescape(article: &mut Article) {
    fn text(s: &mut String) {
        if s.contains('&') {
            if let Cow::Owned(decoded) = html_escape::decode_html_entities(s.as_str()) {
                *s = decoded;
            }
        }
    }
    text(&mut article.title);
    text(&mut article.body);
    if let Some(author) = &mut article.author {
        text(author);
    }
}

/// Without a date in its metadata, an article may still open with a dateline
/// ("MOSCOW, Dec 19 (Reuters) -"): its date is the publication date.
fn with_dateline(article: &mut Article) {
    if article.published.is_none() {
        article.published = dates::dateline(&article.body);
    }
}

/// Read and parse one file; unknown extensions read as plain text.
pub fn read(path: &Path, id: &str) -> anyhow::Result<FileArticles> {
    let bytes = std::fs::read(path).context("cannot read file")?;
    parse(id, Format::of_path(path).unwrap_or(Format::Text), &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of_path(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(Format::of_path(Path::new("b.md")), Some(Format::Markdown));
        assert_eq!(Format::of_path(Path::new("b.json")), Some(Format::Json));
        assert_eq!(Format::of_path(Path::new("b.ndjson")), Some(Format::JsonLines));
        assert_eq!(Format::of_path(Path::new("b.jsonl")), Some(Format::JsonLines));
        assert_eq!(Format::of_path(Path::new("b.pdf")), None);
        assert_eq!(Format::of_path(Path::new("README")), None);
    }

    #[test]
    fn empty_text_is_an_article_error() {
        let parsed = parse("e.txt", Format::Text, b"\n\n").unwrap_or_else(|e| panic!("{e:#}"));
        assert!(parsed.articles[0].is_err());
    }

    #[test]
    fn dateline_dates_an_article_without_metadata_date() {
        let published = |text: &str| {
            let parsed = parse("d.txt", Format::Text, text.as_bytes()).unwrap_or_else(|e| panic!("{e:#}"));
            parsed.articles[0].as_ref().ok().and_then(|a| a.published)
        };
        let want = dates::Date::new(2024, 12, 19);
        assert_eq!(published("T\n\nPARIS, 19 December 2024 - Text."), want);
        assert_eq!(published("T\nDate: 2024-12-19\n\nPARIS, 1 May 2020 - Text."), want);
        assert_eq!(published("T\n\nWASHINGTON (AP) — Text."), None);
    }

    #[test]
    fn html_character_references_are_read_as_characters() {
        let article = |format: Format, bytes: &[u8]| {
            let parsed = parse("h", format, bytes).unwrap_or_else(|e| panic!("{e:#}"));
            parsed
                .articles
                .into_iter()
                .next()
                .and_then(Result::ok)
                .unwrap_or_default()
        };
        let text = article(
            Format::Text,
            b"AT&amp;T deal\n\nEC President Jos&#233; Manuel Barroso and Fran&#xE7;ois.",
        );
        assert_eq!(text.title, "AT&T deal");
        assert_eq!(text.body, "EC President José Manuel Barroso and François.");
        let json = article(
            Format::Json,
            br#"{"title": "Caf&eacute;", "body": "Tom &amp; Jerry", "author": "Ren&eacute;e Smith"}"#,
        );
        assert_eq!((json.title.as_str(), json.body.as_str()), ("Café", "Tom & Jerry"));
        assert_eq!(json.author.as_deref(), Some("Renée Smith"));
        // not a reference: left alone
        let plain = article(Format::Text, b"R&D and fish & chips\n\nProfits &up; 5% & more");
        assert_eq!(
            (plain.title.as_str(), plain.body.as_str()),
            ("R&D and fish & chips", "Profits &up; 5% & more")
        );
    }

    #[test]
    fn latin1_text_is_decoded() {
        let parsed = parse("l.txt", Format::Text, b"Caf\xE9 opens\n\nBody").unwrap_or_else(|e| panic!("{e:#}"));
        let title = parsed.articles[0].as_ref().map(|a| a.title.clone()).ok();
        assert_eq!(title.as_deref(), Some("Café opens"));
    }
}
