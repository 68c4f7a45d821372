//! The article: what ingest produces, extraction reads and the index stores.

use crate::extract::dates::Date;

/// One article as read from disk, before extraction.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// Unique id: the file's path, or `PATH#LINE` for one line of a JSON Lines file.
    pub id: String,
    /// The title (first line of a text file, `title`/`headline` in JSON, ...).
    pub title: String,
    /// Everything after the title and the metadata.
    pub body: String,
    /// Publication date from the article's metadata, when it has one.
    pub published: Option<Date>,
    /// Author or authors, as written.
    pub author: Option<String>,
    /// The article's address on the web, when given.
    pub url: Option<String>,
}

impl Article {
    /// True when there is nothing to index: no title and no body.
    pub fn is_empty(&self) -> bool {
        self.title.trim().is_empty() && self.body.trim().is_empty()
    }
}
