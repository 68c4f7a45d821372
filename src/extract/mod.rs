//! What an article says beyond its text: the people it mentions and the dates
//! it gives. Everything here is a pure function of the text; no I/O.

pub mod dates;
pub mod names;

use crate::article::Article;
use dates::Mention;
use names::Person;

/// The facts extracted from one article.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// People mentioned, canonical name first, in order of first mention.
    pub people: Vec<Person>,
    /// Dates the title and body mention (days, months, years), in order, each once.
    pub dates: Vec<Mention>,
}

/// What to extract; `people: false` is the baseline for measuring extraction cost.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub people: bool,
}

/// Extract people and dates from an article.
pub fn extract(article: &Article, options: Options) -> Facts {
    let people = if options.people {
        names::find_people(&article.title, &article.body)
    } else {
        Vec::new()
    };
    let mut dates = dates::find_mentions(&article.title, article.published);
    for mention in dates::find_mentions(&article.body, article.published) {
        if !dates.contains(&mention) {
            dates.push(mention);
        }
    }
    Facts { people, dates }
}
