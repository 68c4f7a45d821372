//! `extract`: what the extractor finds in article files, without an index.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::article::Article;
use crate::extract::{self, dates::Date, dates::Mention};
use crate::ingest;

/// One article as the extractor sees it.
#[derive(Debug, Serialize)]
pub struct Extracted {
    /// The file, exactly as given on the command line.
    pub path: String,
    /// The article id: `path`, or `path#LINE` for a line of a JSON Lines file.
    pub id: String,
    pub title: String,
    pub published: Option<Date>,
    /// Canonical names, in order of first mention.
    pub people: Vec<String>,
    /// Other spellings of each person in this article.
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Mentioned dates: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    pub dates: Vec<Mention>,
    pub author: Option<String>,
}

impl Extracted {
    fn new(path: &str, article: Article) -> Extracted {
        let facts = extract::extract(&article, extract::Options { people: true });
        let aliases = facts
            .people
            .iter()
            .filter(|p| !p.aliases.is_empty())
            .map(|p| (p.name.clone(), p.aliases.clone()))
            .collect();
        Extracted {
            path: path.to_string(),
            id: article.id,
            title: article.title,
            published: article.published,
            people: facts.people.into_iter().map(|p| p.name).collect(),
            aliases,
            dates: facts.dates,
            author: article.author,
        }
    }
}

/// Read one file and extract each of its articles. Per-article failures and
/// non-fatal problems come back as messages; an error means the file was unreadable.
pub fn extract_file(path: &Path) -> anyhow::Result<(Vec<Extracted>, Vec<String>)> {
    let shown = path.to_string_lossy();
    let parsed = ingest::read(path, &shown)?;
    let mut out = Vec::new();
    let mut problems = parsed.problems;
    for article in parsed.articles {
        match article {
            Ok(article) => out.push(Extracted::new(&shown, article)),
            Err(err) => problems.push(format!("{err:#}")),
        }
    }
    Ok((out, problems))
}
