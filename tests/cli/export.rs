//! `export`: NDJSON and es-bulk read back from the index, and the Quickwit
//! config parsed as YAML.

use serde_json::Value;
use yaml_rust2::{Yaml, YamlLoader};

use super::{strings, Fixture};

/// The keys of every exported document, sorted.
const EXPORTED_FIELDS: [&str; 9] = [
    "author",
    "body",
    "dates",
    "id",
    "path",
    "people",
    "published",
    "title",
    "url",
];

/// The sample news plus one article without a date: seven articles.
fn indexed() -> Fixture {
    let fx = Fixture::with_news();
    fx.write("news/undated.txt", "Undated note\n\nNo date here, says Anna Berg.");
    fx.index();
    fx
}

fn export(fx: &Fixture, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    fx.run(&all).ok().json_lines()
}

fn ids(docs: &[Value]) -> Vec<String> {
    let mut ids: Vec<String> = docs
        .iter()
        .map(|d| d["path"].as_str().unwrap_or_default().to_string())
        .collect();
    ids.sort();
    ids
}

#[test]
fn export_writes_every_article_with_its_facts() {
    let fx = indexed();
    let docs = export(&fx, &[]);
    let articles = fx.run(&["stats", "--json"]).ok().json()["articles"].clone();
    assert_eq!(
        docs.len() as u64,
        articles.as_u64().unwrap_or(0),
        "one line per indexed article"
    );
    assert_eq!(docs.len(), 7);
    for doc in &docs {
        let mut keys: Vec<&str> = doc
            .as_object()
            .unwrap_or_else(|| panic!("not an object: {doc}"))
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(keys, EXPORTED_FIELDS);
    }
    let by_path = |p: &str| {
        docs.iter()
            .find(|d| d["path"] == p)
            .unwrap_or_else(|| panic!("no {p} in {docs:?}"))
    };
    let putin = by_path("news/politics/putin.txt");
    assert!(putin["id"]
        .as_str()
        .is_some_and(|id| id.ends_with("news/politics/putin.txt")));
    assert_eq!(putin["title"], "Kremlin signals readiness for compromise");
    assert!(putin["body"]
        .as_str()
        .is_some_and(|b| b.contains("ready for compromise")));
    let people = strings(&putin["people"]);
    assert!(people.contains(&"Vladimir Putin".to_string()), "{people:?}");
    assert!(people.contains(&"Donald Trump".to_string()), "{people:?}");
    assert!(
        !people.contains(&"Putin".to_string()),
        "canonical names only: {people:?}"
    );
    assert_eq!(putin["published"], "2025-01-20T00:00:00Z");
    assert!(strings(&putin["dates"]).contains(&"2025-01-19".to_string()));
    assert_eq!(putin["author"], "Test Writer");
    assert_eq!(putin["url"], Value::Null);

    let moon = by_path("news/science/moon.md");
    assert_eq!(moon["url"], "https://example.org/moon");
    assert_eq!(moon["published"], "2025-05-02T00:00:00Z");
    assert_eq!(
        by_path("news/culture/days.jsonl#3")["published"],
        "2025-06-03T00:00:00Z"
    );
    assert_eq!(by_path("news/undated.txt")["published"], Value::Null);
}

#[test]
fn export_filters_on_publication_day() {
    let fx = indexed();
    assert_eq!(
        ids(&export(&fx, &["--since", "2025-01-01", "--until", "2025-03-31"])),
        ["news/business/markets.txt", "news/politics/putin.txt"],
        "both ends inclusive, undated left out"
    );
    assert_eq!(
        ids(&export(&fx, &["--until", "2025-01-20"])),
        ["news/politics/putin.txt"]
    );
    assert_eq!(
        ids(&export(&fx, &["--since", "2025-06-02"])),
        ["news/culture/days.jsonl#3"]
    );
    assert_eq!(export(&fx, &["--since", "2026-01-01"]).len(), 0);
    for bad in [
        &["export", "--since", "2025-02-30"][..],
        &["export", "--since", "March 2025"],
        &["export", "--since", "2025-03-01", "--until", "2025-01-01"],
        &["export", "--index-id", "Bad Name"],
    ] {
        let run = fx.run(bad);
        assert_eq!(run.code, 2, "{bad:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{bad:?}");
    }
}

#[test]
fn es_bulk_alternates_actions_and_documents() {
    let fx = indexed();
    for (args, index) in [(&[][..], "news"), (&["--index-id", "archive"][..], "archive")] {
        let mut all = vec!["--format", "es-bulk"];
        all.extend_from_slice(args);
        let lines = export(&fx, &all);
        assert_eq!(lines.len(), 14, "an action line and a document line per article");
        for pair in lines.chunks(2) {
            let (action, doc) = (&pair[0], &pair[1]);
            let target = &action["index"];
            assert_eq!(action.as_object().map(|o| o.len()), Some(1), "{action}");
            assert_eq!(target["_index"], index, "{action}");
            assert!(target["_id"].is_string(), "{action}");
            assert_eq!(target["_id"], doc["id"], "{action} then {doc}");
            assert!(doc["title"].is_string() && doc["people"].is_array(), "{doc}");
        }
    }
}

#[test]
fn export_to_a_file_keeps_stdout_empty() {
    let fx = indexed();
    let run = fx.run(&["export", "--output", "out.ndjson"]).ok();
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert_eq!(run.stderr.trim(), "exported 7 articles to out.ndjson");
    let text = std::fs::read_to_string(fx.path("out.ndjson")).unwrap_or_else(|e| panic!("out.ndjson: {e}"));
    let from_file: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert_eq!(from_file, export(&fx, &[]), "same as on stdout");
    // Without --output, nothing but data: no summary on stderr either.
    let run = fx.run(&["export", "--format", "es-bulk"]).ok();
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

/// The field mapping named `name` in a Quickwit config.
fn mapping<'a>(config: &'a Yaml, name: &str) -> &'a Yaml {
    config["doc_mapping"]["field_mappings"]
        .as_vec()
        .and_then(|fields| fields.iter().find(|f| f["name"].as_str() == Some(name)))
        .unwrap_or_else(|| panic!("no mapping for {name}"))
}

fn yaml_strings(value: &Yaml) -> Vec<&str> {
    value
        .as_vec()
        .unwrap_or_else(|| panic!("not a list: {value:?}"))
        .iter()
        .filter_map(Yaml::as_str)
        .collect()
}

#[test]
fn quickwit_config_parses_and_matches_the_export() {
    let fx = Fixture::new();
    // No index needed: the config depends only on the export's shape.
    let run = fx.run(&["export", "--quickwit-config"]).ok();
    let docs = YamlLoader::load_from_str(&run.stdout).unwrap_or_else(|e| panic!("not YAML ({e}): {}", run.stdout));
    assert_eq!(docs.len(), 1);
    let config = &docs[0];
    assert_eq!(config["index_id"].as_str(), Some("news"));

    for field in ["title", "body"] {
        let m = mapping(config, field);
        assert_eq!(m["type"].as_str(), Some("text"), "{field}");
        assert_eq!(m["tokenizer"].as_str(), Some("en_stem"), "{field}");
        assert_eq!(m["record"].as_str(), Some("position"), "{field}: phrase queries");
        assert_eq!(m["fieldnorms"].as_bool(), Some(true), "{field}: BM25");
    }
    let people = mapping(config, "people");
    assert_eq!(people["type"].as_str(), Some("array<text>"));
    assert_eq!(people["tokenizer"].as_str(), Some("raw"));
    assert_eq!(people["fast"].as_bool(), Some(true));
    let published = mapping(config, "published");
    assert_eq!(published["type"].as_str(), Some("datetime"));
    assert_eq!(yaml_strings(&published["input_formats"]), ["rfc3339"]);
    assert_eq!(published["fast"].as_bool(), Some(true));
    let dates = mapping(config, "dates");
    assert_eq!(dates["type"].as_str(), Some("array<datetime>"));
    assert_eq!(yaml_strings(&dates["input_formats"]), ["rfc3339", "%Y-%m-%d"]);
    for raw in ["id", "path", "url"] {
        assert_eq!(mapping(config, raw)["tokenizer"].as_str(), Some("raw"), "{raw}");
    }
    assert_eq!(mapping(config, "author")["type"].as_str(), Some("text"));
    assert_eq!(
        yaml_strings(&config["search_settings"]["default_search_fields"]),
        ["title", "body"]
    );
    // Quickwit rejects documents without the timestamp field; undated articles exist.
    assert!(config["doc_mapping"]["timestamp_field"].is_badvalue());

    // One mapping per exported field, no more, no fewer.
    let mut mapped: Vec<&str> = config["doc_mapping"]["field_mappings"]
        .as_vec()
        .map(|v| v.iter().filter_map(|f| f["name"].as_str()).collect())
        .unwrap_or_default();
    mapped.sort_unstable();
    assert_eq!(mapped, EXPORTED_FIELDS);

    let run = fx.run(&["export", "--quickwit-config", "--index-id", "archive"]).ok();
    let docs = YamlLoader::load_from_str(&run.stdout).unwrap_or_else(|e| panic!("not YAML ({e})"));
    assert_eq!(docs[0]["index_id"].as_str(), Some("archive"));
    assert_eq!(
        fx.run(&["export", "--quickwit-config", "--since", "2025-01-01"]).code,
        2
    );
}

#[test]
fn export_into_a_closed_pipe_exits_quietly() {
    let fx = Fixture::new();
    let lines: String = (0..3000)
        .map(|i| format!("{{\"title\": \"Story {i}\", \"body\": \"Mayor Jane Doe spoke on day {i}.\"}}\n"))
        .collect();
    fx.write("news/many.jsonl", &lines);
    fx.index();
    fx.closes_quietly(&["export", "--format", "es-bulk"]);
}
