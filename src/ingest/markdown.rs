//! Markdown articles: front matter between `---` lines, or a `# Title` first
//! line; the body loses its markup so that snippets read as prose.

use crate::article::Article;
use crate::extract::dates::parse_date;

/// Parse a Markdown article. `problems` receives what was off but not fatal.
pub fn parse(id: &str, text: &str, problems: &mut Vec<String>) -> Article {
    let mut article = Article {
        id: id.to_string(),
        ..Article::default()
    };
    let mut rest = text.trim_start();
    if let Some((front, after)) = front_matter(rest) {
        rest = after;
        for line in front.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = unquote(value.trim());
            if value.is_empty() {
                continue;
            }
            match key.trim().to_ascii_lowercase().as_str() {
                "title" | "headline" => article.title = value.to_string(),
                "date" | "published" | "published_at" => match parse_date(value) {
                    Some(date) => article.published = Some(date),
                    None => problems.push(format!("unrecognised date {value:?}")),
                },
                "author" | "authors" | "by" => article.author = Some(value.to_string()),
                "url" | "source" => article.url = Some(value.to_string()),
                _ => {}
            }
        }
    }
    let mut lines = rest.lines().skip_while(|l| l.trim().is_empty()).peekable();
    if article.title.is_empty() {
        if let Some(first) = lines.next() {
            article.title = first.trim().trim_start_matches('#').trim().to_string();
        }
    }
    let body: Vec<String> = lines.map(plain_line).collect();
    article.body = body.join("\n").trim().to_string();
    article
}

/// The front matter and what follows it, when `text` opens with a `---` line.
fn front_matter(text: &str) -> Option<(&str, &str)> {
    let after_open = text.strip_prefix("---")?.trim_start_matches([' ', '\t']);
    let after_open = after_open
        .strip_prefix("\r\n")
        .or_else(|| after_open.strip_prefix('\n'))?;
    let mut offset = 0;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((&after_open[..offset], &after_open[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

fn unquote(value: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner;
        }
    }
    value
}

/// One line of Markdown as plain text: heading marks, emphasis, code ticks and
/// link targets removed (`[text](url)` keeps `text`).
fn plain_line(line: &str) -> String {
    let line = line.trim_end_matches('\r');
    let trimmed = line.trim_start();
    let line = if trimmed.starts_with('#') {
        trimmed.trim_start_matches('#').trim_start()
    } else if let Some(item) = trimmed.strip_prefix("> ") {
        item
    } else {
        line
    };
    let mut out = String::with_capacity(line.len());
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '*' | '`' => {}
            '_' if is_emphasis_underscore(line, i) => {}
            '!' if line[i + 1..].starts_with('[') => {}
            '[' => {
                // [text](url): keep text, drop url
                if let Some(close) = line[i..].find("](") {
                    let text = &line[i + 1..i + close];
                    let after = &line[i + close + 2..];
                    if let Some(end) = after.find(')') {
                        out.push_str(text);
                        let skip_to = i + close + 2 + end + 1;
                        while chars.next_if(|(j, _)| *j < skip_to).is_some() {}
                        continue;
                    }
                }
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// An underscore at a word edge marks emphasis; inside a word (snake_case) it is text.
fn is_emphasis_underscore(line: &str, i: usize) -> bool {
    let before = line[..i].chars().next_back();
    let after = line[i + 1..].chars().next();
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !(word(before) && word(after))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::Date;

    fn parsed(text: &str) -> (Article, Vec<String>) {
        let mut problems = Vec::new();
        (parse("a.md", text, &mut problems), problems)
    }

    #[test]
    fn front_matter_fields() {
        let text = "---\ntitle: \"Rates held\"\ndate: 2025-05-02\nauthor: Ann Lee\nurl: https://example.org/r\ntags: [x]\n---\n\nThe bank held rates.\n";
        let (a, p) = parsed(text);
        assert_eq!(a.title, "Rates held");
        assert_eq!(a.published, Date::new(2025, 5, 2));
        assert_eq!(a.author.as_deref(), Some("Ann Lee"));
        assert_eq!(a.url.as_deref(), Some("https://example.org/r"));
        assert_eq!(a.body, "The bank held rates.");
        assert!(p.is_empty());
    }

    #[test]
    fn hash_title_without_front_matter() {
        let (a, _) = parsed("# Storm hits coast\n\nWinds of 100 mph.");
        assert_eq!(a.title, "Storm hits coast");
        assert_eq!(a.body, "Winds of 100 mph.");
    }

    #[test]
    fn front_matter_without_title_takes_heading() {
        let (a, _) = parsed("---\ndate: 14 March 2025\n---\n# Heading\nText");
        assert_eq!(a.title, "Heading");
        assert_eq!(a.published, Date::new(2025, 3, 14));
        assert_eq!(a.body, "Text");
    }

    #[test]
    fn markup_is_removed_from_body() {
        let (a, _) = parsed("# T\n\n## Sub *head*\nSee **[the report](https://example.org/r)** and `code`, snake_case stays, _em_ goes.\n![photo](p.jpg)");
        assert_eq!(
            a.body,
            "Sub head\nSee the report and code, snake_case stays, em goes.\nphoto"
        );
    }

    #[test]
    fn unclosed_front_matter_is_text() {
        let (a, _) = parsed("---\ntitle: x\nno end");
        assert_eq!(a.title, "---");
        assert_eq!(a.body, "title: x\nno end");
    }

    #[test]
    fn bad_date_is_reported() {
        let (a, p) = parsed("---\ntitle: T\ndate: soon\n---\nBody");
        assert_eq!(a.published, None);
        assert_eq!(p.len(), 1);
    }
}
