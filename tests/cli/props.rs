//! Property tests: any bytes as an article, any string as a query or a date,
//! never a panic. `PROPTEST_CASES=N cargo test props` runs them longer.

use newsidx::article::Article;
use newsidx::extract::{self, dates};
use newsidx::index::NewsIndex;
use newsidx::ingest::{self, Format};
use newsidx::search;
use proptest::prelude::*;

/// Text that looks like news often enough to reach the extractor's corners.
fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("Mr".to_string()),
        Just("President".to_string()),
        Just("Vladimir".to_string()),
        Just("Putin's".to_string()),
        Just("said".to_string()),
        Just("72,".to_string()),
        Just("al-Assad".to_string()),
        Just("van".to_string()),
        Just("J.".to_string()),
        Just("O'Neill".to_string()),
        Just("NEW YORK".to_string()),
        Just("1.".to_string()),
        Just("(Kenya)".to_string()),
        Just("\n".to_string()),
        Just("14 March".to_string()),
        Just("2025-03-14".to_string()),
        "[A-Z][a-z]{0,8}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(word, 0..120).prop_map(|w| w.join(" "))
}

proptest! {
    #[test]
    fn any_bytes_parse_in_every_format(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        for format in [Format::Text, Format::Markdown, Format::Json, Format::JsonLines] {
            if let Ok(parsed) = ingest::parse("x", format, &bytes) {
                for article in parsed.articles.into_iter().flatten() {
                    let _ = extract::extract(&article, extract::Options { people: true });
                }
            }
        }
    }

    #[test]
    fn any_text_extracts(title in newsy(), body in newsy()) {
        let article = Article { id: "x".into(), title, body, ..Article::default() };
        let facts = extract::extract(&article, extract::Options { people: true });
        for person in &facts.people {
            prop_assert!(!person.name.trim().is_empty());
        }
    }

    #[test]
    fn any_string_is_a_date_or_not(text in "\\PC{0,40}") {
        let _ = dates::parse_date(&text);
    }
}

#[test]
fn any_query_parses_or_is_refused() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let idx = NewsIndex::open_or_create(dir.path()).unwrap_or_else(|e| panic!("{e:#}"));
    let query = prop_oneof![
        "\\PC{0,60}",
        "[()\\[\\]{}\"':+\\-*^~ a-z0-9]{0,60}",
        prop::collection::vec(
            prop_oneof![
                Just("AND"),
                Just("OR"),
                Just("NOT"),
                Just("("),
                Just(")"),
                Just("\""),
                Just("title:"),
                Just("people:"),
                Just("published:"),
                Just(">="),
                Just("[2025-01-01 TO"),
                Just("*"),
                Just("-"),
                Just("putin"),
                Just("2025-03-14"),
                Just("^2"),
                Just("~1"),
            ],
            0..20
        )
        .prop_map(|w| w.join(" ")),
    ];
    let mut runner = proptest::test_runner::TestRunner::default();
    let result = runner.run(&query, |q| {
        let _ = search::parse_query(&idx, &q);
        Ok(())
    });
    assert!(result.is_ok(), "{result:?}");
}
