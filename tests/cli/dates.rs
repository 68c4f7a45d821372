//! Dates against a hand-made gold list: `tests/dates/` holds short articles
//! written for this test, `tests/dates-gold.jsonl` their publication dates and
//! the dates they mention. Precision and recall must both reach 0.95.

use std::collections::{BTreeSet, HashMap};
use std::process::Command;

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct Gold {
    path: String,
    published: Option<String>,
    dates: Vec<String>,
}

/// Found, right and expected counts, and a line per article that differs.
#[derive(Default)]
struct Score {
    found: usize,
    right: usize,
    expected: usize,
    misses: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.right as f64 / self.found as f64
        }
    }

    fn recall(&self) -> f64 {
        if self.expected == 0 {
            1.0
        } else {
            self.right as f64 / self.expected as f64
        }
    }

    fn check(&self, what: &str) {
        let (p, r) = (self.precision(), self.recall());
        assert!(
            p >= 0.95 && r >= 0.95,
            "{what}: precision {p:.3}, recall {r:.3}\n{}",
            self.misses.join("\n")
        );
    }
}

#[test]
fn dates_match_the_hand_made_list() {
    let root = env!("CARGO_MANIFEST_DIR");
    let gold_text = std::fs::read_to_string(format!("{root}/tests/dates-gold.jsonl"))
        .unwrap_or_else(|e| panic!("reading tests/dates-gold.jsonl: {e}"));
    let gold: Vec<Gold> = gold_text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad gold line ({e}): {l}")))
        .collect();
    assert!(gold.len() >= 20, "the gold list has {} articles", gold.len());

    let out = Command::new(env!("CARGO_BIN_EXE_newsidx"))
        .current_dir(root)
        .arg("extract")
        .arg("--json")
        .args(gold.iter().map(|g| &g.path))
        .output()
        .unwrap_or_else(|e| panic!("running newsidx: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "extract failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let extracted: HashMap<String, Value> = stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .map(|v| (v["path"].as_str().unwrap_or_default().to_string(), v))
        .collect();

    let (mut published, mut dates) = (Score::default(), Score::default());
    for g in &gold {
        let article = extracted
            .get(&g.path)
            .unwrap_or_else(|| panic!("{} not in the output", g.path));
        let got = article["published"].as_str().map(str::to_string);
        published.found += usize::from(got.is_some());
        published.expected += usize::from(g.published.is_some());
        published.right += usize::from(got.is_some() && got == g.published);
        if got != g.published {
            published
                .misses
                .push(format!("{}: published {got:?}, want {:?}", g.path, g.published));
        }

        let got: BTreeSet<String> = article["dates"]
            .as_array()
            .unwrap_or_else(|| panic!("{}: dates is not a list", g.path))
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let want: BTreeSet<String> = g.dates.iter().cloned().collect();
        dates.found += got.len();
        dates.expected += want.len();
        dates.right += got.intersection(&want).count();
        if got != want {
            let missing: Vec<_> = want.difference(&got).collect();
            let extra: Vec<_> = got.difference(&want).collect();
            dates
                .misses
                .push(format!("{}: missing {missing:?}, extra {extra:?}", g.path));
        }
    }
    published.check("published");
    dates.check("dates");
}
