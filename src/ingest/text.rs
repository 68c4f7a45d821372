//! Plain-text articles: the first non-empty line is the title, then optional
//! `Key: value` metadata lines, then the body.

use crate::article::Article;
use crate::extract::dates::parse_date;

/// Which metadata a `Key:` line sets. Keys outside this list make a body line.
enum Meta {
    Published,
    Author,
    Url,
}

fn meta_key(line: &str) -> Option<(Meta, &str)> {
    let (key, value) = line.split_once(':')?;
    let meta = match key.trim().to_ascii_lowercase().as_str() {
        "published" | "date" => Meta::Published,
        "author" | "by" => Meta::Author,
        "source" | "url" => Meta::Url,
        _ => return None,
    };
    Some((meta, value.trim()))
}

/// Parse a plain-text article. `problems` receives what was off but not fatal.
pub fn parse(id: &str, text: &str, problems: &mut Vec<String>) -> Article {
    let mut lines = text.lines().map(|l| l.trim_end_matches('\r')).peekable();
    while lines.next_if(|l| l.trim().is_empty()).is_some() {}
    let title = lines.next().unwrap_or_default().trim().to_string();
    let mut article = Article {
        id: id.to_string(),
        title,
        ..Article::default()
    };
    // At most one blank line between the title and the metadata.
    let mut lookahead = lines.clone();
    if lookahead.next_if(|l| l.trim().is_empty()).is_some() && lookahead.peek().and_then(|l| meta_key(l)).is_some() {
        lines = lookahead;
    }
    while let Some((meta, value)) = lines.peek().and_then(|l| meta_key(l)) {
        lines.next();
        if value.is_empty() {
            continue;
        }
        match meta {
            Meta::Published => match parse_date(value) {
                Some(date) => article.published = Some(date),
                None => problems.push(format!("unrecognised date {value:?}")),
            },
            Meta::Author => article.author = Some(value.to_string()),
            Meta::Url => article.url = Some(value.to_string()),
        }
    }
    article.body = lines.collect::<Vec<_>>().join("\n").trim().to_string();
    article
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::Date;

    fn parsed(text: &str) -> (Article, Vec<String>) {
        let mut problems = Vec::new();
        let article = parse("a.txt", text, &mut problems);
        (article, problems)
    }

    #[test]
    fn title_then_body() {
        let (a, p) = parsed("\n\nMarkets rally\n\nShares rose.\n\nThey fell later.\n");
        assert_eq!(a.id, "a.txt");
        assert_eq!(a.title, "Markets rally");
        assert_eq!(a.body, "Shares rose.\n\nThey fell later.");
        assert_eq!(a.published, None);
        assert!(p.is_empty());
    }

    #[test]
    fn metadata_after_one_blank_line() {
        let text = "Title\n\nPublished: 14 March 2025\nBY: Ann Lee\nsource: https://example.org/x\n\nBody text.";
        let (a, p) = parsed(text);
        assert_eq!(a.published, Date::new(2025, 3, 14));
        assert_eq!(a.author.as_deref(), Some("Ann Lee"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/x"));
        assert_eq!(a.body, "Body text.");
        assert!(p.is_empty());
    }

    #[test]
    fn metadata_right_after_title() {
        let (a, _) = parsed("Title\nDate: 2025-01-02\nAuthor: Bo\nBody.");
        assert_eq!(a.published, Date::new(2025, 1, 2));
        assert_eq!(a.author.as_deref(), Some("Bo"));
        assert_eq!(a.body, "Body.");
    }

    #[test]
    fn other_keys_are_body() {
        let (a, _) = parsed("Title\n\nNote: this is the body\nDate: 2025-01-02");
        assert_eq!(a.published, None);
        assert_eq!(a.body, "Note: this is the body\nDate: 2025-01-02");
    }

    #[test]
    fn metadata_only_near_the_title() {
        let (a, _) = parsed("Title\n\n\nAuthor: Bo\nBody.");
        assert_eq!(a.author, None);
        assert_eq!(a.body, "Author: Bo\nBody.");
    }

    #[test]
    fn bad_date_is_a_problem_not_a_failure() {
        let (a, p) = parsed("Title\nPublished: someday\n\nBody");
        assert_eq!(a.published, None);
        assert_eq!(p, vec!["unrecognised date \"someday\"".to_string()]);
        assert_eq!(a.body, "Body");
    }

    #[test]
    fn crlf_and_empty() {
        let (a, _) = parsed("Title\r\n\r\nBody line\r\n");
        assert_eq!((a.title.as_str(), a.body.as_str()), ("Title", "Body line"));
        let (a, _) = parsed("");
        assert!(a.is_empty());
    }
}
