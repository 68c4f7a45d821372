//! JSON articles: one object per `.json` file (or an array of them), one per
//! line in `.jsonl` / `.ndjson`. Unknown fields are ignored.

use anyhow::{bail, Context};
use serde_json::{Map, Value};

use crate::article::Article;
use crate::extract::dates::parse_date;

const TITLE: &[&str] = &["title", "headline"];
const BODY: &[&str] = &["body", "text", "content"];
const DATE: &[&str] = &["date", "published", "published_at"];
const AUTHOR: &[&str] = &["author", "authors"];
const URL: &[&str] = &["url"];

/// The first of `keys` that holds a string (or, for lists, strings joined by ", ").
fn field(object: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match object.get(*k)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Array(items) => {
            let parts: Vec<&str> = items
                .iter()
                .filter_map(|v| match v {
                    Value::String(s) => Some(s.trim()),
                    Value::Object(o) => o.get("name").and_then(Value::as_str),
                    _ => None,
                })
                .filter(|s| !s.is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    })
}

/// One article from one JSON value.
pub fn from_value(id: &str, value: &Value, problems: &mut Vec<String>) -> anyhow::Result<Article> {
    let Value::Object(object) = value else {
        bail!("expected a JSON object, found {}", kind(value));
    };
    let mut article = Article {
        id: id.to_string(),
        title: field(object, TITLE).unwrap_or_default(),
        body: field(object, BODY).unwrap_or_default(),
        author: field(object, AUTHOR),
        url: field(object, URL),
        published: None,
    };
    if let Some(date) = field(object, DATE) {
        match parse_date(&date) {
            Some(d) => article.published = Some(d),
            None => problems.push(format!("unrecognised date {date:?}")),
        }
    }
    if article.is_empty() {
        bail!(
            "no title or body (looked for {} and {})",
            TITLE.join("/"),
            BODY.join("/")
        );
    }
    Ok(article)
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The articles of a `.json` file: one object, or an array of objects
/// (ids `PATH#N`, counting from 1).
pub fn parse_json(id: &str, text: &str, problems: &mut Vec<String>) -> anyhow::Result<Vec<anyhow::Result<Article>>> {
    let value: Value = serde_json::from_str(text).context("invalid JSON")?;
    match &value {
        Value::Array(items) if items.is_empty() => anyhow::bail!("an empty array: no articles"),
        Value::Array(items) => Ok(items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let item_id = format!("{id}#{}", i + 1);
                from_value(&item_id, item, problems).with_context(|| format!("item {}", i + 1))
            })
            .collect()),
        _ => Ok(vec![from_value(id, &value, problems)]),
    }
}

/// The articles of a JSON Lines file, one per non-empty line (ids `PATH#LINE`).
/// A bad line is an error for that line only.
pub fn parse_lines(id: &str, text: &str, problems: &mut Vec<String>) -> Vec<anyhow::Result<Article>> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let line_id = format!("{id}#{}", i + 1);
            let mut line_problems = Vec::new();
            let result = serde_json::from_str::<Value>(line)
                .context("invalid JSON")
                .and_then(|value| from_value(&line_id, &value, &mut line_problems))
                .with_context(|| format!("line {}", i + 1));
            problems.extend(line_problems.into_iter().map(|p| format!("line {}: {p}", i + 1)));
            result
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::Date;

    #[test]
    fn one_object_with_either_field_names() {
        let mut p = Vec::new();
        let text = r#"{"headline": "H", "text": "T", "published_at": "2025-05-02T08:00:00Z", "authors": ["A B", "C D"], "url": "https://example.com/h", "section": "x"}"#;
        let articles = parse_json("f.json", text, &mut p).unwrap_or_else(|e| panic!("{e:#}"));
        let a = articles[0].as_ref().unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!((a.id.as_str(), a.title.as_str(), a.body.as_str()), ("f.json", "H", "T"));
        assert_eq!(a.published, Date::new(2025, 5, 2));
        assert_eq!(a.author.as_deref(), Some("A B, C D"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/h"));
        assert!(p.is_empty());

        let text = r#"{"title": "T2", "body": "B2", "date": "14 March 2025", "author": "Ann"}"#;
        let articles = parse_json("g.json", text, &mut p).unwrap_or_else(|e| panic!("{e:#}"));
        let a = articles[0].as_ref().unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!((a.title.as_str(), a.body.as_str()), ("T2", "B2"));
        assert_eq!(a.published, Date::new(2025, 3, 14));
        assert_eq!(a.author.as_deref(), Some("Ann"));
    }

    #[test]
    fn content_field_and_array() {
        let mut p = Vec::new();
        let text = r#"[{"title": "A", "content": "x"}, {"title": "B", "body": "y"}]"#;
        let articles = parse_json("f.json", text, &mut p).unwrap_or_else(|e| panic!("{e:#}"));
        let ids: Vec<String> = articles.iter().flatten().map(|a| a.id.clone()).collect();
        assert_eq!(ids, ["f.json#1", "f.json#2"]);
    }

    #[test]
    fn invalid_json_and_wrong_shape() {
        let mut p = Vec::new();
        assert!(parse_json("f.json", "{oops", &mut p).is_err());
        assert!(
            parse_json("f.json", "[]", &mut p).is_err(),
            "nothing to index is said, not skipped"
        );
        let articles = parse_json("f.json", "42", &mut p).unwrap_or_else(|e| panic!("{e:#}"));
        let err = articles[0].as_ref().err().map(|e| format!("{e:#}"));
        assert_eq!(err.as_deref(), Some("expected a JSON object, found a number"));
        let articles = parse_json("f.json", r#"{"section": "x"}"#, &mut p).unwrap_or_else(|e| panic!("{e:#}"));
        assert!(articles[0].is_err());
    }

    #[test]
    fn lines_each_an_article_bad_line_alone() {
        let mut p = Vec::new();
        let text = "{\"title\": \"One\", \"body\": \"b\"}\n\n{broken\n{\"title\": \"Three\", \"date\": \"nope\"}\n";
        let results = parse_lines("f.jsonl", text, &mut p);
        assert_eq!(results.len(), 3);
        assert_eq!(results[0].as_ref().map(|a| a.id.as_str()).ok(), Some("f.jsonl#1"));
        let err = results[1].as_ref().err().map(|e| format!("{e:#}")).unwrap_or_default();
        assert!(err.starts_with("line 3: invalid JSON"), "{err}");
        assert_eq!(results[2].as_ref().map(|a| a.id.as_str()).ok(), Some("f.jsonl#4"));
        assert_eq!(p, vec!["line 4: unrecognised date \"nope\"".to_string()]);
    }
}
