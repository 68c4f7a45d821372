//! Integration tests: run the built `newsidx` binary on fixture folders and
//! check what it prints, parsed from JSON where the command has JSON.

mod dates;
mod export;
mod props;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A temporary folder with articles in `news/` and the index in `.idx/`.
struct Fixture {
    dir: tempfile::TempDir,
}

/// What one run of the binary left.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }

    fn json_lines(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
            .collect()
    }

    fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "exit {}\nstdout: {}\nstderr: {}",
            self.code, self.stdout, self.stderr
        );
        self
    }
}

impl From<Output> for Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

const PUTIN: &str = "\
Kremlin signals readiness for compromise

Published: 2025-01-20
Author: Test Writer

Russian President Vladimir Putin said on Monday he was ready for compromise in any talks with Donald Trump.
\"We are open to compromise,\" Mr Putin told reporters in Moscow on 19 January 2025.
Trump, 78, said he would meet Putin soon.
";

const MARKETS: &str = "\
Markets steady as central bank holds rates

Date: March 14, 2025

Shares were little changed after the bank kept its main rate at 4%. Analysts said a compromise on the budget
was still needed. Chief economist Helen Okafor said growth would pick up.
";

const SCIENCE: &str = "---
title: \"Telescope finds water on distant moon\"
date: 2025-05-02
author: Ann Lee
url: https://example.org/moon
---

# Telescope finds water on distant moon

Astronomer *Dr Ravi Menon* said the [data](https://example.org/data) was clear. Menon, 51, led the team.
";

const SPORT_JSON: &str = r#"{"headline": "Coach praises young striker", "text": "Coach Maria Santos said striker Tom Price was the best she had seen. Price scored twice.", "published_at": "2025-04-06T18:00:00Z", "authors": ["Sam Fox"], "section": "sport"}"#;

const CULTURE_JSONL: &str = "{\"title\": \"Film festival opens\", \"body\": \"Director Lena Varga opened the festival.\", \"date\": \"2025-06-01\"}
{not json at all
{\"title\": \"Museum reopens\", \"body\": \"The museum reopened after a long renovation.\", \"date\": \"2025-06-03\"}
";

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        Fixture { dir }
    }

    /// A fixture holding one article of each format, a hidden file and a PDF.
    fn with_news() -> Fixture {
        let fx = Fixture::new();
        fx.write("news/politics/putin.txt", PUTIN);
        fx.write("news/business/markets.txt", MARKETS);
        fx.write("news/science/moon.md", SCIENCE);
        fx.write("news/sport/striker.json", SPORT_JSON);
        fx.write("news/culture/days.jsonl", CULTURE_JSONL);
        fx.write("news/.hidden.txt", "Hidden\n\nNot to be indexed.");
        fx.write("news/scan.pdf", "%PDF-1.4");
        fx
    }

    /// `n` short articles about a walrus, spread over `folders` folders:
    /// `news/FF/aI.txt`.
    fn write_many(&self, n: usize, folders: usize) {
        for i in 0..n {
            self.write(
                &format!("news/{:02}/a{i}.txt", i % folders),
                &format!("Story {i}\n\nMayor Jane Doe said walrus number {i} was seen.\n"),
            );
        }
    }

    /// Run `args` with stdout closed at once, as `| head` does: the run must
    /// end with 0 and say nothing.
    fn closes_quietly(&self, args: &[&str]) {
        let mut child = self
            .command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.path(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("mkdir {}: {e}", parent.display()));
        }
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsidx"));
        cmd.args(args)
            .current_dir(self.dir.path())
            .env("NEWSIDX_INDEX", self.path(".idx"))
            .env_remove("NO_COLOR")
            .stdin(Stdio::null());
        cmd
    }

    fn run(&self, args: &[&str]) -> Run {
        self.command(args)
            .output()
            .unwrap_or_else(|e| panic!("running newsidx: {e}"))
            .into()
    }

    fn index(&self) -> Value {
        self.run(&["index", "news", "--json"]).ok().json()
    }

    fn search(&self, query: &str) -> Value {
        self.run(&["search", query, "--json"]).ok().json()
    }
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap_or_else(|| panic!("not a string: {v}")).to_string())
        .collect()
}

#[test]
fn index_reports_counts_and_warnings() {
    let fx = Fixture::with_news();
    let run = fx.run(&["index", "news", "--json"]).ok();
    let s = run.json();
    assert_eq!(s["added"], 5, "{s}");
    assert_eq!(s["updated"], 0);
    assert_eq!(s["removed"], 0);
    assert_eq!(s["unchanged"], 0);
    assert_eq!(s["skipped"], 2, "hidden file and PDF: {s}");
    assert_eq!(s["warnings"], 1, "the bad JSON line: {s}");
    assert_eq!(s["articles"], 6, "4 files + 2 good JSONL lines: {s}");
    assert!(s["seconds"].as_f64().is_some());
    assert!(
        run.stderr.contains("days.jsonl") && run.stderr.contains("line 2"),
        "{}",
        run.stderr
    );
}

#[test]
fn index_human_summary_is_one_line() {
    let fx = Fixture::with_news();
    let run = fx.run(&["index", "news"]).ok();
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout.starts_with("5 added, 0 updated, 0 removed, 0 unchanged"),
        "{}",
        run.stdout
    );
}

#[test]
fn search_json_ranks_and_highlights() {
    let fx = Fixture::with_news();
    fx.index();
    let r = fx.search("Putin compromise");
    assert_eq!(r["query"], "Putin compromise");
    assert_eq!(r["total_hits"], 1, "all words required: {r}");
    let hit = &r["hits"][0];
    assert_eq!(hit["path"], "news/politics/putin.txt");
    assert_eq!(hit["title"], "Kremlin signals readiness for compromise");
    assert_eq!(hit["published"], "2025-01-20");
    assert!(hit["score"].as_f64().is_some_and(|s| s > 0.0));
    assert!(hit["id"]
        .as_str()
        .is_some_and(|id| id.ends_with("news/politics/putin.txt")));
    let people = strings(&hit["people"]);
    assert!(people.contains(&"Vladimir Putin".to_string()), "{people:?}");
    assert!(people.contains(&"Donald Trump".to_string()), "{people:?}");
    assert!(!people.contains(&"Putin".to_string()), "alias resolved: {people:?}");
    assert!(strings(&hit["dates"]).contains(&"2025-01-19".to_string()));
    let snippet = hit["snippet"].as_str().unwrap_or_default();
    let marked: Vec<String> = hit["highlights"]
        .as_array()
        .unwrap_or_else(|| panic!("highlights"))
        .iter()
        .map(|r| {
            let (a, b) = (r[0].as_u64().unwrap_or(0) as usize, r[1].as_u64().unwrap_or(0) as usize);
            snippet.get(a..b).unwrap_or_default().to_lowercase()
        })
        .collect();
    assert!(marked.contains(&"compromise".to_string()), "{marked:?} in {snippet}");
    assert!(marked.contains(&"putin".to_string()), "{marked:?} in {snippet}");
}

#[test]
fn search_syntax() {
    let fx = Fixture::with_news();
    fx.index();
    let titles = |q: &str| -> Vec<String> {
        let r = fx.run(&["search", q, "--json"]);
        assert!(r.code == 0 || r.code == 1, "{q}: {}", r.stderr);
        r.json()["hits"]
            .as_array()
            .map(|h| {
                h.iter()
                    .map(|x| x["title"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    // One word in two articles; OR widens; -word narrows; phrases; fields.
    assert_eq!(titles("compromise").len(), 2);
    assert_eq!(
        titles("compromise -Putin"),
        ["Markets steady as central bank holds rates"]
    );
    assert_eq!(titles("telescope OR museum").len(), 2);
    assert_eq!(titles("\"ready for compromise\"").len(), 1);
    assert_eq!(titles("\"compromise ready\"").len(), 0);
    assert_eq!(titles("title:museum"), ["Museum reopens"]);
    assert_eq!(titles("title:striker"), ["Coach praises young striker"]);
    assert_eq!(
        titles("people:\"Vladimir Putin\""),
        ["Kremlin signals readiness for compromise"]
    );
    assert_eq!(titles("people:\"vladimir putin\"").len(), 1, "names match in any case");
    assert_eq!(
        titles("people:putin"),
        ["Kremlin signals readiness for compromise"],
        "a surname finds the full name"
    );
    assert_eq!(titles("people:\"Putin Vladimir\"").len(), 0, "a phrase keeps its order");
    assert_eq!(
        titles("people:menon AND menon"),
        ["Telescope finds water on distant moon"]
    );
    // Stemming: "reopened" finds "reopens".
    assert!(titles("reopened").contains(&"Museum reopens".to_string()));
    assert_eq!(titles("*").len(), 6);
    // Dates: publication day, ranges, and dates mentioned in the text.
    assert_eq!(
        titles("published:2025-01-20"),
        ["Kremlin signals readiness for compromise"]
    );
    assert_eq!(titles("published:[2025-01-01 TO 2025-03-31]").len(), 2);
    assert_eq!(titles("dates:2025-01-19"), ["Kremlin signals readiness for compromise"]);
    assert_eq!(titles("author:writer"), ["Kremlin signals readiness for compromise"]);
    // Title matches outrank body matches.
    let r = fx.search("striker");
    assert_eq!(r["hits"][0]["title"], "Coach praises young striker");
}

#[test]
fn search_sorted_by_date() {
    let fx = Fixture::with_news();
    fx.write("news/undated.txt", "Undated note\n\nNo date here.");
    fx.index();
    // By date: newest or oldest first, undated last.
    let dated = |order: &str| -> Vec<String> {
        let r = fx.run(&["search", "*", "--json", "--sort", order]).ok().json();
        r["hits"]
            .as_array()
            .map(|h| {
                h.iter()
                    .map(|x| x["published"].as_str().unwrap_or("-").to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(
        dated("newest"),
        [
            "2025-06-03",
            "2025-06-01",
            "2025-05-02",
            "2025-04-06",
            "2025-03-14",
            "2025-01-20",
            "-"
        ]
    );
    assert_eq!(
        dated("oldest"),
        [
            "2025-01-20",
            "2025-03-14",
            "2025-04-06",
            "2025-05-02",
            "2025-06-01",
            "2025-06-03",
            "-"
        ]
    );
    let r = fx
        .run(&["search", "compromise", "--json", "--sort", "newest"])
        .ok()
        .json();
    assert_eq!(r["hits"][0]["title"], "Markets steady as central bank holds rates");
    assert!(
        r["hits"][0]["score"].as_f64().is_some_and(|s| s > 0.0),
        "BM25 score still reported: {r}"
    );
}

#[test]
fn search_limit_and_human_output() {
    let fx = Fixture::with_news();
    fx.index();
    let r = fx.run(&["search", "*", "--json", "--limit", "2"]).ok().json();
    assert_eq!(r["total_hits"], 6);
    assert_eq!(r["hits"].as_array().map(Vec::len), Some(2));

    let run = fx.run(&["search", "Putin compromise"]).ok();
    let out = &run.stdout;
    assert!(
        out.starts_with("1. Kremlin signals readiness for compromise  2025-01-20\n"),
        "{out}"
    );
    assert!(out.contains("   news/politics/putin.txt\n"), "{out}");
    assert!(out.contains("Vladimir Putin"), "{out}");
    assert!(!out.contains('\x1b'), "no colour in a pipe: {out}");
    assert!(out.trim_end().ends_with("1 matching article"), "{out}");

    let coloured = fx.run(&["search", "Putin compromise", "--color", "always"]).ok();
    assert!(
        coloured.stdout.contains("\x1b[1;31mcompromise\x1b[0m"),
        "{}",
        coloured.stdout
    );
}

#[test]
fn search_without_hits_exits_1() {
    let fx = Fixture::with_news();
    fx.index();
    let run = fx.run(&["search", "xylophone", "--json"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["total_hits"], 0);
    let human = fx.run(&["search", "xylophone"]);
    assert_eq!(human.code, 1);
}

#[test]
fn bad_query_exits_2_with_query_and_reason() {
    let fx = Fixture::with_news();
    fx.index();
    let run = fx.run(&["search", "title:(unclosed"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("invalid query \"title:(unclosed\""),
        "{}",
        run.stderr
    );
    let run = fx.run(&["search", "nosuchfield:x"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nosuchfield"), "{}", run.stderr);
}

#[test]
fn missing_index_exits_2_and_says_what_to_do() {
    let fx = Fixture::with_news();
    for args in [&["search", "x"][..], &["people"], &["stats"]] {
        let run = fx.run(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains("newsidx index DIR"), "{}", run.stderr);
        assert!(run.stdout.is_empty());
    }
}

#[test]
fn missing_folder_exits_2() {
    let fx = Fixture::new();
    let run = fx.run(&["index", "nowhere"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nowhere"), "{}", run.stderr);
}

#[test]
fn usage_error_exits_2() {
    let fx = Fixture::new();
    assert_eq!(fx.run(&["search"]).code, 2);
    assert_eq!(fx.run(&["frobnicate"]).code, 2);
    let help = fx.run(&["--help"]).ok();
    assert!(help.stdout.contains("Exit status:"), "{}", help.stdout);
}

#[test]
fn people_lists_names_with_articles() {
    let fx = Fixture::with_news();
    fx.write(
        "news/politics/summit.txt",
        "Summit date set\n\nPublished: 2025-02-01\n\nMr Putin will travel to the summit, officials said.\n",
    );
    fx.index();
    let r = fx.run(&["people", "--json"]).ok().json();
    let people = r["people"].as_array().unwrap_or_else(|| panic!("{r}"));
    let putin = people
        .iter()
        .find(|p| p["name"] == "Vladimir Putin")
        .unwrap_or_else(|| panic!("{r}"));
    // The second article says only "Mr Putin": merged across the corpus.
    assert_eq!(putin["article_count"], 2, "{putin}");
    assert_eq!(people[0]["name"], "Vladimir Putin", "most articles first: {r}");
    assert!(strings(&putin["aliases"]).contains(&"Putin".to_string()), "{putin}");
    let articles = putin["articles"].as_array().unwrap_or_else(|| panic!("{putin}"));
    assert_eq!(articles[0]["title"], "Summit date set", "newest first: {putin}");
    assert_eq!(articles[0]["published"], "2025-02-01");
    assert_eq!(articles[1]["path"], "news/politics/putin.txt");
    assert!(people.iter().all(|p| p["name"] != "Putin"), "no separate Putin: {r}");
    for name in [
        "Donald Trump",
        "Ravi Menon",
        "Maria Santos",
        "Tom Price",
        "Lena Varga",
        "Helen Okafor",
    ] {
        assert!(people.iter().any(|p| p["name"] == name), "{name} missing: {r}");
    }
    for junk in ["Moscow", "Monday", "Kremlin", "Russian President"] {
        assert!(people.iter().all(|p| p["name"] != junk), "{junk} is not a person: {r}");
    }
}

#[test]
fn a_lone_given_name_is_not_merged_into_a_full_name_across_articles() {
    let fx = Fixture::with_news();
    fx.write(
        "news/music/ray.txt",
        "Soul legend remembered\n\nThe singer Ray Charles, who died in 2004, was honoured. Charles, 73, sang.\n",
    );
    fx.write(
        "news/royal/wedding.txt",
        "Royal wedding plans\n\nPrince Charles, 56, will marry in April. Charles said he was delighted.\n",
    );
    fx.write(
        "news/politics/summit.txt",
        "Summit date set\n\nMr Putin will travel to the summit.\n",
    );
    fx.index();
    let r = fx.run(&["people", "--json"]).ok().json();
    let people = r["people"].as_array().unwrap_or_else(|| panic!("{r}"));
    let count = |name: &str| {
        people
            .iter()
            .find(|p| p["name"] == name)
            .map(|p| p["article_count"].clone())
    };
    // the Prince is no article of Ray Charles's, and a surname still merges ("Mr Putin")
    assert_eq!(count("Ray Charles"), Some(1.into()), "{r}");
    assert_eq!(count("Charles"), Some(1.into()), "{r}");
    assert_eq!(count("Vladimir Putin"), Some(2.into()), "{r}");
}

#[test]
fn a_name_with_its_nickname_is_one_person_with_the_name_without_it() {
    let fx = Fixture::with_news();
    fx.write(
        "news/sport/fight.txt",
        "Title fight set\n\nSa\u{fa}l \"Canelo\" \u{c1}lvarez, 34, will defend his belts. \u{c1}lvarez said he was ready.\n",
    );
    fx.write(
        "news/sport/purse.txt",
        "Record purse\n\nSa\u{fa}l \u{c1}lvarez, the champion, said the purse was fair.\n",
    );
    // the article reports the name as it writes it, the form without the nickname an alias
    let r = fx
        .run(&[
            "extract",
            "--json",
            &fx.path("news/sport/fight.txt").display().to_string(),
        ])
        .ok()
        .json();
    assert_eq!(strings(&r["people"]), ["Sa\u{fa}l \"Canelo\" \u{c1}lvarez"], "{r}");
    fx.index();
    let r = fx.run(&["people", "--json", "\u{c1}lvarez"]).ok().json();
    let people = r["people"].as_array().unwrap_or_else(|| panic!("{r}"));
    assert_eq!(people.len(), 1, "{r}");
    assert_eq!(people[0]["article_count"], 2, "{r}");
    let aliases = strings(&people[0]["aliases"]);
    assert!(
        aliases
            .iter()
            .chain(std::iter::once(&people[0]["name"].as_str().unwrap_or("").to_string()))
            .any(|a| a.contains("Canelo")),
        "{r}"
    );
}

#[test]
fn people_name_filter_limit_and_exit_codes() {
    let fx = Fixture::with_news();
    fx.index();
    let r = fx.run(&["people", "putin", "--json"]).ok().json();
    assert_eq!(r["people"].as_array().map(Vec::len), Some(1));
    assert_eq!(r["people"][0]["name"], "Vladimir Putin");
    let r = fx.run(&["people", "VLADIMIR PUTIN", "--json"]).ok().json();
    assert_eq!(r["people"][0]["name"], "Vladimir Putin");
    let r = fx.run(&["people", "--json", "--limit", "2"]).ok().json();
    assert_eq!(r["people"].as_array().map(Vec::len), Some(2));
    let nobody = fx.run(&["people", "Nobody Atall", "--json"]);
    assert_eq!(nobody.code, 1);
    let human = fx.run(&["people", "Putin"]).ok();
    assert!(
        human.stdout.starts_with("Vladimir Putin  1 article"),
        "{}",
        human.stdout
    );
    assert!(human.stdout.contains("news/politics/putin.txt"), "{}", human.stdout);
}

#[test]
fn extract_prints_one_object_per_article() {
    let fx = Fixture::with_news();
    let run = fx.run(&[
        "extract",
        "--json",
        "news/politics/putin.txt",
        "news/science/moon.md",
        "news/culture/days.jsonl",
    ]);
    assert_eq!(run.code, 0, "a bad line is a warning: {}", run.stderr);
    let lines = run.json_lines();
    assert_eq!(lines.len(), 4, "{}", run.stdout);
    let putin = &lines[0];
    assert_eq!(putin["path"], "news/politics/putin.txt", "path as given");
    assert_eq!(putin["title"], "Kremlin signals readiness for compromise");
    assert_eq!(putin["published"], "2025-01-20");
    assert_eq!(putin["author"], "Test Writer");
    assert_eq!(strings(&putin["people"]), ["Vladimir Putin", "Donald Trump"]);
    // "on Monday", published on a Monday (2025-01-20), is that day.
    assert_eq!(strings(&putin["dates"]), ["2025-01-20", "2025-01-19"]);
    let moon = &lines[1];
    assert_eq!(moon["title"], "Telescope finds water on distant moon");
    assert_eq!(moon["published"], "2025-05-02");
    assert_eq!(strings(&moon["people"]), ["Ravi Menon"]);
    assert_eq!(lines[2]["path"], "news/culture/days.jsonl");
    assert!(lines[2]["id"].as_str().is_some_and(|id| id.ends_with("days.jsonl#1")));
    assert!(lines[3]["id"].as_str().is_some_and(|id| id.ends_with("days.jsonl#3")));
    assert!(run.stderr.contains("line 2"), "{}", run.stderr);
}

#[test]
fn extract_unreadable_file_is_reported_and_others_still_print() {
    let fx = Fixture::with_news();
    let run = fx.run(&["extract", "--json", "missing.txt", "news/business/markets.txt"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing.txt"), "{}", run.stderr);
    let lines = run.json_lines();
    assert_eq!(lines.len(), 1);
    assert_eq!(strings(&lines[0]["people"]), ["Helen Okafor"]);
    assert_eq!(lines[0]["published"], "2025-03-14");
}

#[test]
fn extract_human_output() {
    let fx = Fixture::with_news();
    let run = fx.run(&["extract", "news/politics/putin.txt"]).ok();
    assert!(
        run.stdout
            .contains("  title:     Kremlin signals readiness for compromise"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("  people:    Vladimir Putin (also: Putin); Donald Trump"),
        "{}",
        run.stdout
    );
}

#[test]
fn identical_copies_count_once() {
    let fx = Fixture::with_news();
    fx.write("news/copy/putin-again.txt", PUTIN);
    fx.index();
    let r = fx.search("Putin compromise");
    assert_eq!(r["total_hits"], 2, "both copies match: {r}");
    let hits = r["hits"].as_array().unwrap_or_else(|| panic!("{r}"));
    assert_eq!(hits.len(), 1, "shown once: {r}");
    let copies = strings(&hits[0]["duplicates"]);
    let paths = [
        hits[0]["path"].as_str().unwrap_or_default().to_string(),
        copies.concat(),
    ];
    assert!(paths.contains(&"news/copy/putin-again.txt".to_string()), "{r}");
    assert!(paths.contains(&"news/politics/putin.txt".to_string()), "{r}");
    let human = fx.run(&["search", "Putin compromise"]).ok();
    assert!(human.stdout.contains("same article at: news/"), "{}", human.stdout);

    let p = fx.run(&["people", "Vladimir Putin", "--json"]).ok().json();
    assert_eq!(p["people"][0]["article_count"], 1, "{p}");
}

#[test]
fn latin1_article_is_decoded() {
    let fx = Fixture::new();
    fx.write_bytes(
        "news/cafe.txt",
        b"Caf\xE9 society\n\nThe caf\xE9 opened in Z\xFCrich.\n",
    );
    fx.index();
    let r = fx.search("café");
    assert_eq!(r["hits"][0]["title"], "Café society");
}

#[test]
fn html_character_references_are_searched_and_named_as_characters() {
    let fx = Fixture::new();
    fx.write(
        "news/eu.txt",
        "EU chief visits AT&amp;T\n\nCommission President Jos&#233; Manuel Barroso met Fran&#xE7;ois Hollande.\n",
    );
    fx.index();
    let r = fx.search("José");
    assert_eq!(r["hits"][0]["title"], "EU chief visits AT&T", "{r}");
    let people = strings(&r["hits"][0]["people"]);
    assert_eq!(people, ["José Manuel Barroso", "François Hollande"], "{r}");
}

#[test]
fn stats_counts_articles_and_people() {
    let fx = Fixture::with_news();
    fx.index();
    let s = fx.run(&["stats", "--json"]).ok().json();
    assert_eq!(s["articles"], 6);
    assert!(s["people"].as_u64().is_some_and(|n| n >= 6), "{s}");
    assert!(s["index_bytes"].as_u64().is_some_and(|n| n > 0));
    let when = s["last_indexed"].as_str().unwrap_or_default();
    assert!(
        when.len() == 20 && when.ends_with('Z') && when.starts_with("20"),
        "{when}"
    );
    let human = fx.run(&["stats"]).ok();
    assert!(human.stdout.contains("articles      6"), "{}", human.stdout);
}

#[test]
fn incremental_add_change_delete() {
    let fx = Fixture::with_news();
    fx.index();
    let again = fx.index();
    assert_eq!(
        (again["added"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(5)),
        "{again}"
    );

    fx.write("news/new.txt", "Fresh story\n\nA new article about glaciers.");
    fx.write(
        "news/business/markets.txt",
        "Markets slide\n\nShares fell sharply on glaciers news.",
    );
    std::fs::remove_file(fx.path("news/science/moon.md")).unwrap_or_else(|e| panic!("{e}"));
    let s = fx.index();
    assert_eq!(s["added"], 1, "{s}");
    assert_eq!(s["updated"], 1, "{s}");
    assert_eq!(s["removed"], 1, "{s}");
    assert_eq!(s["unchanged"], 3, "{s}");
    assert_eq!(s["articles"], 6, "{s}");

    let r = fx.search("glaciers");
    assert_eq!(r["total_hits"], 2);
    assert_eq!(
        fx.run(&["search", "steady"]).code,
        1,
        "old version of the changed file is gone"
    );
    assert_eq!(fx.run(&["search", "telescope"]).code, 1, "deleted file is gone");

    // Touching a file without changing it re-reads but does not re-index.
    let markets = fx.path("news/business/markets.txt");
    let text = std::fs::read(&markets).unwrap_or_default();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&markets, text).unwrap_or_else(|e| panic!("{e}"));
    let s = fx.index();
    assert_eq!(
        (s["updated"].as_u64(), s["unchanged"].as_u64()),
        (Some(0), Some(5)),
        "{s}"
    );
}

#[test]
fn indexing_one_folder_keeps_another() {
    let fx = Fixture::with_news();
    fx.write("other/extra.txt", "Other story\n\nAbout lighthouses.");
    fx.index();
    fx.run(&["index", "other", "--json"]).ok();
    std::fs::remove_file(fx.path("other/extra.txt")).unwrap_or_else(|e| panic!("{e}"));
    let s = fx.index();
    assert_eq!(s["removed"], 0, "files under other/ are not news/'s to remove: {s}");
    assert_eq!(fx.search("lighthouses")["total_hits"], 1);
    let s = fx.run(&["index", "other", "--json"]).ok().json();
    assert_eq!(s["removed"], 1, "{s}");
}

#[test]
fn rebuild_starts_over() {
    let fx = Fixture::with_news();
    fx.index();
    let s = fx.run(&["index", "news", "--rebuild", "--json"]).ok().json();
    assert_eq!(
        (s["added"].as_u64(), s["unchanged"].as_u64()),
        (Some(5), Some(0)),
        "{s}"
    );
    assert_eq!(s["articles"], 6);
}

#[test]
fn rebuild_refuses_a_folder_that_is_not_an_index() {
    let fx = Fixture::with_news();
    fx.write("notes/keep.txt", "Keep me\n\nImportant.");
    let run = fx.run(&["--index", "notes", "index", "news", "--rebuild"]);
    assert_eq!(run.code, 2);
    assert!(fx.path("notes/keep.txt").exists());
}

#[test]
fn index_flag_and_default_folder() {
    let fx = Fixture::with_news();
    let mut cmd = fx.command(&["index", "news", "--json"]);
    cmd.env_remove("NEWSIDX_INDEX");
    let run: Run = cmd.output().unwrap_or_else(|e| panic!("{e}")).into();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(fx.path(".newsidx/meta.json").is_file(), "default index folder");
    // Found again from a subfolder, as git finds .git.
    let mut cmd = fx.command(&["stats", "--json"]);
    cmd.env_remove("NEWSIDX_INDEX").current_dir(fx.path("news/politics"));
    let run: Run = cmd.output().unwrap_or_else(|e| panic!("{e}")).into();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.json()["articles"], 6);

    let run = fx.run(&["--index", "elsewhere", "index", "news", "--json"]).ok();
    assert_eq!(run.json()["added"], 5);
    assert!(fx.path("elsewhere/meta.json").is_file());
}

#[test]
fn extract_takes_thousands_of_paths_and_keeps_their_order() {
    let fx = Fixture::new();
    let paths: Vec<String> = (0..1500).map(|i| format!("news/{}/a{i}.txt", i % 7)).collect();
    for (i, path) in paths.iter().enumerate() {
        fx.write(
            path,
            &format!(
                "Story {i}\n\nMayor Jane Doe{i} said the vote on {} March 2025 was close.\n",
                i % 28 + 1
            ),
        );
    }
    let args: Vec<&str> = ["extract", "--json"]
        .into_iter()
        .chain(paths.iter().map(String::as_str))
        .collect();
    let run = fx.run(&args).ok();
    let lines = run.json_lines();
    assert_eq!(lines.len(), 1500);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(line["path"], paths[i].as_str());
        assert_eq!(line["title"], format!("Story {i}"));
        assert_eq!(strings(&line["dates"]), [format!("2025-03-{:02}", i % 28 + 1)]);
    }
}

#[test]
fn closed_pipe_exits_quietly() {
    let fx = Fixture::new();
    let lines: String = (0..3000)
        .map(|i| format!("{{\"title\": \"Story {i}\", \"body\": \"Mayor Jane Doe spoke on day {i}.\"}}\n"))
        .collect();
    fx.write("news/many.jsonl", &lines);
    fx.closes_quietly(&["extract", "--json", "news/many.jsonl"]);
}

#[test]
fn control_characters_are_escaped_for_terminals() {
    let fx = Fixture::new();
    fx.write(
        "news/evil.txt",
        "Evil \x1b[2J title\n\nBody with \x1b]0;pwned\x07 escapes.",
    );
    fx.index();
    let run = fx.run(&["search", "evil"]).ok();
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    assert!(run.stdout.contains("\\u{1b}"), "{:?}", run.stdout);
}

/// A name as people-eval compares it: lower case, no possessive, no punctuation
/// but apostrophes and hyphens.
fn norm(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    let lower = lower.trim();
    let lower = lower.strip_suffix("'s").unwrap_or(lower);
    let kept: String = lower
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '\'' || c == '-' || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn corpus_people_match_the_hand_made_list() {
    // tests/corpus-people.jsonl: for each sample article, the people a careful
    // reader finds, each with the spellings the article uses.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold_text = std::fs::read_to_string(root.join("tests/corpus-people.jsonl")).unwrap_or_else(|e| panic!("{e}"));
    let gold: Vec<Value> = gold_text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    let paths: Vec<&str> = gold.iter().map(|g| g["path"].as_str().unwrap_or_default()).collect();
    let out = Command::new(env!("CARGO_BIN_EXE_newsidx"))
        .arg("extract")
        .arg("--json")
        .args(&paths)
        .current_dir(root)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let run = Run::from(out).ok();
    let predicted: Vec<Value> = run.json_lines();
    assert_eq!(predicted.len(), gold.len());
    let (mut tp, mut fp, mut missed) = (0, 0, 0);
    let mut errors = Vec::new();
    for (g, p) in gold.iter().zip(&predicted) {
        assert_eq!(g["path"], p["path"]);
        let people: Vec<Vec<String>> = g["people"]
            .as_array()
            .unwrap_or_else(|| panic!("{g}"))
            .iter()
            .map(|spellings| strings(spellings).iter().map(|s| norm(s)).collect())
            .collect();
        let mut matched = vec![false; people.len()];
        for name in strings(&p["people"]) {
            let n = norm(&name);
            match people
                .iter()
                .enumerate()
                .position(|(i, s)| !matched[i] && s.contains(&n))
            {
                Some(i) => {
                    matched[i] = true;
                    tp += 1;
                }
                None => {
                    fp += 1;
                    errors.push(format!("{}: extra {name}", g["path"]));
                }
            }
        }
        for (i, m) in matched.iter().enumerate() {
            if !m {
                missed += 1;
                errors.push(format!("{}: missed {}", g["path"], people[i][0]));
            }
        }
    }
    let precision = f64::from(tp) / f64::from(tp + fp);
    let recall = f64::from(tp) / f64::from(tp + missed);
    assert!(
        precision >= 0.9 && recall >= 0.9,
        "precision {precision:.3} recall {recall:.3}\n{}",
        errors.join("\n")
    );
}

#[test]
fn corpus_putin_article_has_exactly_its_people() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_newsidx"))
        .args([
            "extract",
            "--json",
            "corpus/politics/putin-ready-for-compromise-with-trump.txt",
        ])
        .current_dir(root)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let lines = Run::from(out).ok().json_lines();
    let people = strings(&lines[0]["people"]);
    assert_eq!(
        people,
        ["Vladimir Putin", "Donald Trump", "Volodymyr Zelensky", "Helena Marsh"]
    );
    assert_eq!(strings(&lines[0]["aliases"]["Vladimir Putin"]), ["Putin"]);
}

#[test]
fn a_folder_given_twice_or_nested_indexes_each_file_once() {
    let fx = Fixture::with_news();
    let s = fx
        .run(&["index", "news", "news/politics", "news", "--json"])
        .ok()
        .json();
    assert_eq!(s["added"], 5, "{s}");
    assert_eq!(s["articles"], 6, "{s}");
    let r = fx.search("Putin compromise");
    assert_eq!(r["hits"][0]["duplicates"].as_array().map(Vec::len), Some(0), "{r}");
}

#[test]
fn counts_add_up_over_many_files_and_runs() {
    // More files than travel in one batch between the index run's threads,
    // bad ones among them, then a second run that changes, deletes and adds.
    let fx = Fixture::new();
    fx.write_many(100, 3);
    for i in 0..5 {
        fx.write_bytes(&format!("news/01/bad{i}.txt"), b"\x00\x01 binary");
    }
    fx.write("news/02/scan.pdf", "%PDF-1.4");
    let run = fx.run(&["index", "news", "--json"]).ok();
    let s = run.json();
    let counts = |s: &Value| {
        [
            "added",
            "updated",
            "removed",
            "unchanged",
            "skipped",
            "warnings",
            "articles",
        ]
        .map(|k| s[k].as_u64())
    };
    assert_eq!(counts(&s), [100, 0, 0, 0, 1, 5, 100].map(Some), "{s}");
    assert_eq!(run.stderr.matches("binary data").count(), 5, "{}", run.stderr);

    for i in 0..10 {
        fx.write(
            &format!("news/{:02}/a{i}.txt", i % 3),
            &format!("Story {i}\n\nA longer text now: walrus {i}.\n"),
        );
    }
    for i in 10..17 {
        std::fs::remove_file(fx.path(&format!("news/{:02}/a{i}.txt", i % 3))).unwrap_or_else(|e| panic!("{e}"));
    }
    for i in 100..104 {
        fx.write(
            &format!("news/03/a{i}.txt"),
            &format!("Story {i}\n\nA new walrus, number {i}.\n"),
        );
    }
    let s = fx.index();
    // (the bad files have nothing in the index, so they are read, and warned about, again)
    assert_eq!(counts(&s), [4, 10, 7, 83, 1, 5, 97].map(Some), "{s}");
    assert_eq!(fx.search("longer")["total_hits"], 10);
    assert_eq!(fx.search("walrus")["total_hits"], 97);
}

#[test]
fn a_file_that_turns_bad_leaves_the_index() {
    let fx = Fixture::with_news();
    fx.index();
    fx.write_bytes("news/business/markets.txt", b"\x00\x01\x02binary now");
    fx.write("news/sport/striker.json", "{not json");
    let run = fx.run(&["index", "news", "--json"]).ok();
    let s = run.json();
    assert_eq!(s["updated"], 2, "{s}");
    assert_eq!(
        s["warnings"], 2,
        "the two bad files (the unchanged JSONL is not re-read): {s}"
    );
    assert!(
        run.stderr.contains("markets.txt") && run.stderr.contains("striker.json"),
        "{}",
        run.stderr
    );
    assert_eq!(fx.run(&["search", "steady"]).code, 1, "old text of markets.txt is gone");
    assert_eq!(
        fx.run(&["search", "striker"]).code,
        1,
        "old text of striker.json is gone"
    );
    assert_eq!(s["articles"], 4, "{s}");
}

#[test]
fn a_deleted_folder_can_be_indexed_away() {
    let fx = Fixture::with_news();
    fx.index();
    std::fs::remove_dir_all(fx.path("news/culture")).unwrap_or_else(|e| panic!("{e}"));
    let s = fx.run(&["index", "news/culture", "--json"]).ok().json();
    assert_eq!(s["removed"], 1, "{s}");
    assert_eq!(s["articles"], 4, "{s}");
    assert_eq!(
        fx.run(&["index", "news/never-was"]).code,
        2,
        "a folder the index never had is an error"
    );
}

#[test]
fn the_index_folder_inside_the_articles_is_not_read() {
    let fx = Fixture::with_news();
    for _ in 0..2 {
        let run = fx.run(&["--index", "news/idx", "index", "news", "--json"]).ok();
        assert!(!run.stderr.contains("news/idx"), "{}", run.stderr);
        assert_eq!(run.json()["articles"], 6);
        assert_eq!(run.json()["skipped"], 2, "hidden file and PDF only");
    }
}

#[test]
fn hidden_folders_other_files_and_utf16_through_the_cli() {
    let fx = Fixture::new();
    fx.write(".git/notes.txt", "Hidden folder\n\nNot an article.");
    fx.write("news/.cache/old.txt", "Hidden folder\n\nNot an article.");
    fx.write("news/readme.pdf", "%PDF");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "Zürich votes\n\nVoters in Zürich said yes."
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    fx.write_bytes("news/utf16.txt", &utf16);
    let s = fx.run(&["index", "news", "--json"]).ok().json();
    assert_eq!((s["added"].as_u64(), s["skipped"].as_u64()), (Some(1), Some(2)), "{s}");
    assert_eq!(fx.search("zurich")["hits"][0]["title"], "Zürich votes");
}

#[test]
fn empty_json_array_is_a_warning() {
    let fx = Fixture::new();
    fx.write("news/none.json", "[]");
    fx.write("news/one.txt", "One\n\nText.");
    let run = fx.run(&["index", "news", "--json"]).ok();
    assert_eq!(run.json()["warnings"], 1);
    assert!(
        run.stderr.contains("none.json: an empty array: no articles"),
        "{}",
        run.stderr
    );
}

#[test]
fn index_flag_on_a_file_is_an_error() {
    let fx = Fixture::with_news();
    fx.write("afile", "x");
    let run = fx.run(&["--index", "afile", "index", "news"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("is not a folder"), "{}", run.stderr);
}

#[test]
fn search_edge_cases() {
    let fx = Fixture::with_news();
    fx.index();
    // A lone exclusion as the whole argument, without `--`.
    let r = fx.run(&["search", "-compromise", "--json"]).ok().json();
    assert_eq!(r["total_hits"], 4);
    // A limit far past the index size.
    let r = fx
        .run(&["search", "*", "--json", "-n", "18446744073709551615"])
        .ok()
        .json();
    assert_eq!(r["hits"].as_array().map(Vec::len), Some(6));
    // Comparisons on dates.
    let r = fx.run(&["search", "published:>=2025-05-02", "--json"]).ok().json();
    assert_eq!(r["total_hits"], 3, "{r}");
    let r = fx
        .run(&["search", "published:2025-01-20T00:00:00Z", "--json"])
        .ok()
        .json();
    assert_eq!(r["total_hits"], 1, "{r}");
    // Hostile strings: an answer or exit 2, never a crash.
    for q in [
        "\u{1b}[2J",
        "((((",
        "\"",
        "🙂 putin",
        "title:",
        "AND OR NOT",
        "published:[x TO y]",
        &"a ".repeat(20_000),
    ] {
        let run = fx.run(&["search", q, "--json"]);
        assert!(matches!(run.code, 0..=2), "{q:?}: {}", run.stderr);
    }
}

#[test]
fn copies_do_not_crowd_out_other_hits() {
    let fx = Fixture::new();
    for i in 0..30 {
        fx.write(
            &format!("news/copy{i:02}.txt"),
            "Walrus walrus walrus\n\nThe walrus walrus walrus story.",
        );
    }
    for i in 0..4 {
        fx.write(
            &format!("news/other{i}.txt"),
            &format!("Story {i}\n\nA walrus was seen on day {i}."),
        );
    }
    fx.index();
    let r = fx.run(&["search", "walrus", "-n", "3", "--json"]).ok().json();
    let hits = r["hits"].as_array().unwrap_or_else(|| panic!("{r}"));
    assert_eq!(hits.len(), 3, "{r}");
    assert_eq!(hits[0]["duplicates"].as_array().map(Vec::len), Some(29));
    let human = fx.run(&["search", "walrus", "-n", "5"]).ok();
    assert!(
        human.stdout.trim_end().ends_with("34 matching articles"),
        "{}",
        human.stdout
    );
}

#[test]
fn people_articles_flag_caps_each_list() {
    let fx = Fixture::with_news();
    fx.write(
        "news/politics/summit.txt",
        "Summit date set\n\nPublished: 2025-02-01\n\nMr Putin will travel, officials said.\n",
    );
    fx.index();
    let r = fx
        .run(&["people", "Vladimir Putin", "--articles", "1", "--json"])
        .ok()
        .json();
    assert_eq!(r["people"][0]["article_count"], 2);
    assert_eq!(r["people"][0]["articles"].as_array().map(Vec::len), Some(1));
    let human = fx.run(&["people", "Vladimir Putin", "--articles", "1"]).ok();
    assert!(human.stdout.contains("… 1 more"), "{}", human.stdout);
}

#[test]
fn closed_stderr_does_not_crash() {
    let fx = Fixture::with_news();
    let mut child = fx
        .command(&["index", "news"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    drop(child.stderr.take());
    let status = child.wait().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(status.code(), Some(0));
    assert_eq!(fx.search("*")["total_hits"], 6, "the run still committed");
}

#[test]
fn people_with_csv_and_search_by_person() {
    let fx = Fixture::with_news();
    fx.write(
        "news/politics/summit.txt",
        "Summit date set\n\nPublished: 2025-02-01\n\nMr Putin will travel to Minsk, officials said.\n",
    );
    fx.index();
    // Who appears beside Putin, by shared articles.
    let r = fx.run(&["people", "--with", "Mr Putin", "--json"]).ok().json();
    assert_eq!(r["with"], "Vladimir Putin", "{r}");
    let names: Vec<&str> = r["people"]
        .as_array()
        .map(|p| p.iter().filter_map(|x| x["name"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(names, ["Donald Trump"], "{r}");
    assert_eq!(r["people"][0]["article_count"], 1);
    assert_eq!(fx.run(&["people", "--with", "Nobody Here"]).code, 1);

    // CSV: header, quoted where needed, one row per person.
    let csv = fx.run(&["people", "Putin", "--format", "csv"]).ok().stdout;
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "name,aliases,article_count,articles");
    assert!(lines[1].starts_with("Vladimir Putin,Putin,2,"), "{csv}");
    assert!(
        lines[1].contains("news/politics/summit.txt; news/politics/putin.txt"),
        "{csv}"
    );

    // search --person takes any spelling and finds the articles that only say "Mr Putin".
    let r = fx.run(&["search", "*", "--person", "putin", "--json"]).ok().json();
    assert_eq!(r["total_hits"], 2, "{r}");
    let r = fx
        .run(&["search", "summit", "--person", "Vladimir Putin", "--json"])
        .ok()
        .json();
    assert_eq!(r["hits"][0]["title"], "Summit date set");
    assert_eq!(fx.run(&["search", "*", "--person", "Nobody Here"]).code, 1);
}

#[test]
fn spellings_with_and_without_accents_are_one_person_across_the_index() {
    let fx = Fixture::new();
    fx.write(
        "news/a.txt",
        "Mavericks win\n\nLuka Dončić scored 40 points, the coach said. Dončić, 26, smiled.\n",
    );
    fx.write(
        "news/b.txt",
        "Mavericks lose\n\nLuka Doncic missed the game with a sore ankle, the coach said.\n",
    );
    fx.write(
        "news/c.txt",
        "Trade talk\n\nDoncic told reporters he was happy in Dallas. General manager Nico Harrison agreed.\n",
    );
    fx.index();
    let r = fx.run(&["people", "--json"]).ok().json();
    let people = r["people"].as_array().unwrap_or_else(|| panic!("{r}"));
    let luka: Vec<_> = people
        .iter()
        .filter(|p| p["name"].as_str().is_some_and(|n| n.contains("Don")))
        .collect();
    assert_eq!(luka.len(), 1, "one person: {r}");
    assert_eq!(luka[0]["name"], "Luka Dončić", "{r}");
    assert_eq!(luka[0]["article_count"], 3, "{r}");
    let aliases = strings(&luka[0]["aliases"]);
    assert!(aliases.contains(&"Luka Doncic".to_string()), "{r}");
    // typed without the accents, any case
    let r = fx.run(&["people", "DONCIC", "--json"]).ok().json();
    assert_eq!(r["people"][0]["name"], "Luka Dončić", "{r}");
    let r = fx
        .run(&["search", "*", "--person", "luka doncic", "--json"])
        .ok()
        .json();
    assert_eq!(r["total_hits"], 3, "{r}");
}

#[test]
fn search_filters_by_time_and_person() {
    let fx = Fixture::with_news();
    fx.write(
        "news/undated.txt",
        "Undated note\n\nNo date, but it mentions 19 January 2025.",
    );
    fx.index();
    let titles = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["search"];
        all.extend_from_slice(args);
        all.push("--json");
        let r = fx.run(&all);
        assert!(r.code <= 1, "{args:?}: {}", r.stderr);
        r.json()["hits"]
            .as_array()
            .map(|h| {
                h.iter()
                    .map(|x| x["title"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    // `*` with a filter lists by date, newest first.
    assert_eq!(
        titles(&["*", "--since", "2025-03-14", "--until", "2025-05-02"]),
        [
            "Telescope finds water on distant moon",
            "Coach praises young striker",
            "Markets steady as central bank holds rates"
        ]
    );
    assert_eq!(
        titles(&["*", "--until", "2025-01-31"]),
        ["Kremlin signals readiness for compromise"]
    );
    // Mentioned dates: a day, a month, a range; undated articles count too.
    assert_eq!(titles(&["*", "--mentions", "2025-01-19"]).len(), 2);
    assert_eq!(titles(&["*", "--mentions", "2025-01"]).len(), 2);
    assert_eq!(titles(&["*", "--mentions", "2025-01-21..2025-12-31"]).len(), 0);
    assert_eq!(
        titles(&["compromise", "--mentions", "2025", "--person", "Putin"]),
        ["Kremlin signals readiness for compromise"]
    );
    // --sort date is newest first.
    assert_eq!(titles(&["*", "--sort", "date", "-n", "1"]), ["Museum reopens"]);
    for bad in [
        &["x", "--since", "yesterday"][..],
        &["x", "--mentions", "2025-13"],
        &["x", "--since", "2025-02-01", "--until", "2025-01-01"],
    ] {
        let mut args = vec!["search"];
        args.extend_from_slice(bad);
        let run = fx.run(&args);
        assert_eq!(run.code, 2, "{bad:?}");
        assert!(
            run.stderr.contains("--since") || run.stderr.contains("--mentions"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn timeline_counts_by_period() {
    let fx = Fixture::with_news();
    fx.write("news/undated.txt", "Undated note\n\nNo date here.");
    fx.write(
        "news/later.txt",
        "Later\n\nPublished: 2025-06-20\n\nMore on the museum.",
    );
    fx.index();
    let t = fx.run(&["timeline", "*", "--json"]).ok().json();
    assert_eq!(t["by"], "month");
    assert_eq!(t["total"], 8);
    assert_eq!(t["undated"], 1);
    let buckets: Vec<(String, u64)> = t["buckets"]
        .as_array()
        .unwrap_or_else(|| panic!("{t}"))
        .iter()
        .map(|b| {
            (
                b["period"].as_str().unwrap_or_default().to_string(),
                b["count"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = [
        ("2025-01", 1),
        ("2025-02", 0),
        ("2025-03", 1),
        ("2025-04", 1),
        ("2025-05", 1),
        ("2025-06", 3),
    ]
    .iter()
    .map(|(p, c)| (p.to_string(), *c))
    .collect();
    assert_eq!(buckets, want);
    let t = fx.run(&["timeline", "museum", "--by", "day", "--json"]).ok().json();
    let days = t["buckets"].as_array().unwrap_or_else(|| panic!("{t}"));
    assert_eq!(days.len(), 18, "every day from 2025-06-03 to 2025-06-20: {t}");
    assert_eq!(
        (&days[0]["period"], &days[0]["count"]),
        (&Value::from("2025-06-03"), &Value::from(1))
    );
    assert_eq!(days.iter().filter_map(|d| d["count"].as_u64()).sum::<u64>(), 2);
    let t = fx.run(&["timeline", "*", "--by", "year", "--json"]).ok().json();
    assert_eq!(t["buckets"][0]["period"], "2025");
    assert_eq!(t["buckets"][0]["count"], 7);
    let human = fx.run(&["timeline", "*"]).ok().stdout;
    assert!(human.contains("2025-06  ") && human.contains("█ 3"), "{human}");
    assert!(
        human.trim_end().ends_with("8 matching articles, 1 without a date"),
        "{human}"
    );
    assert_eq!(fx.run(&["timeline", "xylophone"]).code, 1);
}

#[test]
fn a_folder_of_bad_files_indexes_the_good_ones() {
    use std::os::unix::ffi::OsStrExt;
    let fx = Fixture::new();
    fx.write("news/good.txt", "Good article\n\nPlenty of walrus news.");
    fx.write("news/empty.txt", "");
    fx.write_bytes("news/random.txt", &[0u8, 159, 146, 150, 0, 1, 2, 255, 0, 7]);
    fx.write("news/bad.json", "{\"title\": ");
    // Nested 120 deep.
    let deep: String = (0..120).map(|i| format!("d{i}/")).collect();
    fx.write(&format!("news/{deep}deep.txt"), "Deep article\n\nThe walrus went deep.");
    // A symlink loop, a dangling symlink, a FIFO.
    std::os::unix::fs::symlink(fx.path("news"), fx.path("news/loop")).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(fx.path("nowhere.txt"), fx.path("news/dangling.txt")).unwrap_or_else(|e| panic!("{e}"));
    let fifo = Command::new("mkfifo")
        .arg(fx.path("news/pipe.txt"))
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    // A file name that is not UTF-8.
    let odd = fx.path("news").join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
    std::fs::write(&odd, "Odd name\n\nThe walrus has an odd file name.").unwrap_or_else(|e| panic!("{e}"));
    // One big article (11 MB) whose 5 MB first line has no break.
    let big = format!("{}\n\nbody {}", "walrus ".repeat(750_000), "narwhal ".repeat(750_000));
    fx.write("news/big.txt", &big);

    let run = fx.run(&["index", "news", "--json"]).ok();
    let s = run.json();
    assert_eq!(s["added"], 4, "good, deep, odd name, big: {s}\n{}", run.stderr);
    for name in ["empty.txt", "random.txt", "bad.json", "dangling.txt", "loop"] {
        assert!(run.stderr.contains(name), "{name} not warned: {}", run.stderr);
    }
    if fifo {
        assert!(
            !run.stderr.contains("pipe.txt"),
            "a FIFO is skipped, not read: {}",
            run.stderr
        );
    }
    assert_eq!(fx.search("walrus")["total_hits"], 4);
    assert_eq!(fx.search("narwhal")["total_hits"], 1, "the whole big body is indexed");
}

#[test]
fn long_runs_commit_as_they_go_and_readers_keep_working() {
    let fx = Fixture::new();
    fx.write_many(2000, 40);
    // Commit after every file, then stop the run halfway with kill -9.
    let mut child = fx
        .command(&["index", "news", "-q"])
        .env("NEWSIDX_COMMIT_SECONDS", "0")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    let mut seen_during = Vec::new();
    for _ in 0..30 {
        std::thread::sleep(std::time::Duration::from_millis(40));
        let run = fx.run(&["search", "walrus", "--json"]);
        // Readers see the last commit: hits, or none yet; never an error.
        if run.code == 0 || run.code == 1 {
            seen_during.push(run.json()["total_hits"].as_u64().unwrap_or(0));
        } else {
            assert!(run.stderr.contains("no index"), "{}", run.stderr);
        }
        if seen_during.last().is_some_and(|n| *n > 0) {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let committed = fx.run(&["stats", "--json"]).ok().json()["articles"]
        .as_u64()
        .unwrap_or(0);
    assert!(committed > 0, "commits happened before the kill: {seen_during:?}");
    let s = fx.run(&["index", "news", "--json"]).ok().json();
    assert_eq!(s["articles"], 2000, "{s}");
}

#[test]
fn files_vanishing_during_a_run_are_warnings() {
    let fx = Fixture::new();
    fx.write_many(3000, 30);
    let child = fx
        .command(&["index", "news", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let child = child.unwrap_or_else(|e| panic!("{e}"));
    for i in (0..3000).step_by(3) {
        let _ = std::fs::remove_file(fx.path(&format!("news/{:02}/a{i}.txt", i % 30)));
    }
    let run: Run = child.wait_with_output().unwrap_or_else(|e| panic!("{e}")).into();
    let s = run.ok().json();
    let (articles, warnings) = (s["articles"].as_u64().unwrap_or(0), s["warnings"].as_u64().unwrap_or(0));
    assert!((2000..=3000).contains(&articles), "{s}");
    // Every file is either indexed, warned about, or was gone before the walk.
    assert!(articles + warnings <= 3000, "{s}");
    let again = fx.run(&["index", "news", "--json"]).ok().json();
    assert_eq!(again["articles"], 2000, "{again}");
}

#[test]
fn a_second_index_run_is_refused_while_the_index_is_locked() {
    let fx = Fixture::with_news();
    fx.index();
    // Hold the writer's lock the way another newsidx would (flock on tantivy's lock file).
    let lock = fx.path(".idx/.tantivy-writer.lock");
    let holder = Command::new("flock").arg("-x").arg(&lock).args(["sleep", "5"]).spawn();
    let Ok(mut holder) = holder else { return };
    std::thread::sleep(std::time::Duration::from_millis(300));
    let start = std::time::Instant::now();
    let run = fx.run(&["index", "news"]);
    let _ = holder.kill();
    let _ = holder.wait();
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("is locked"), "{}", run.stderr);
    assert!(start.elapsed() < std::time::Duration::from_secs(4), "refused at once");
    // Readers are not blocked by a writer.
    assert_eq!(fx.search("*")["total_hits"], 6);
}

#[test]
fn kill_9_mid_run_leaves_a_usable_index() {
    let fx = Fixture::new();
    fx.write_many(3000, 50);
    let mut child = fx
        .command(&["index", "news", "-q"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    std::thread::sleep(std::time::Duration::from_millis(150));
    let _ = child.kill();
    let _ = child.wait();
    // Whatever was committed is searchable (or there is no index yet).
    let mid = fx.run(&["stats", "--json"]);
    assert!(mid.code == 0 || mid.stderr.contains("no index"), "{}", mid.stderr);
    let s = fx.run(&["index", "news", "--json"]).ok().json();
    assert_eq!(s["articles"], 3000, "{s}");
    assert_eq!(fx.search("walrus")["total_hits"], 3000);
}

#[test]
fn queries_too_long_or_too_deep_are_refused() {
    let fx = Fixture::with_news();
    fx.index();
    let run = fx.run(&["search", &"(".repeat(50_000)]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nested"), "{}", run.stderr);
    let mut child = fx
        .command(&["search", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all("walrus ".repeat(200_000).as_bytes());
    }
    let out: Run = child.wait_with_output().unwrap_or_else(|e| panic!("{e}")).into();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("too long"), "{}", out.stderr);
    let mut child = fx
        .command(&["search", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        let _ = stdin.write_all(b"putin compromise\n");
    }
    let out: Run = child.wait_with_output().unwrap_or_else(|e| panic!("{e}")).into();
    assert_eq!(out.ok().json()["total_hits"], 1);
}

#[test]
fn an_index_of_another_layout_says_to_rebuild() {
    let fx = Fixture::with_news();
    fx.write(
        ".idx/meta.json",
        "{\"index_settings\": {}, \"segments\": [], \"schema\": [], \"opstamp\": 0}",
    );
    let run = fx.run(&["search", "x"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--rebuild"), "{}", run.stderr);
    let s = fx.run(&["index", "news", "--rebuild", "--json"]).ok().json();
    assert_eq!(s["articles"], 6);
}
