//! One printer for every command: JSON from the serde types, or human text
//! with colour on a terminal. Article text is untrusted: control characters
//! are escaped before they reach a terminal.

use std::borrow::Cow;
use std::io::{self, Write};

use serde::Serialize;

use crate::index::Summary;
use crate::inspect::Extracted;
use crate::people::PeopleReport;
use crate::search::SearchReport;
use crate::stats::Stats;
use crate::timeline::Timeline;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const MATCH: &str = "\x1b[1;31m";
const PATH: &str = "\x1b[35m";
const DIM: &str = "\x1b[2m";
const NAME: &str = "\x1b[1;32m";

/// Width of the longest timeline bar, in characters.
const TIMELINE_WIDTH: u64 = 50;

/// How many people a search hit lists before "…".
const HIT_PEOPLE: usize = 4;

/// Prints every command's answer: one JSON object per line with `--json`,
/// human text otherwise.
pub struct Printer<W: Write> {
    out: W,
    color: bool,
    json: bool,
}

/// Replace control characters (escape sequences included) with visible escapes,
/// and each run of whitespace (line breaks too) with one space.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let clean = |c: char| !c.is_control() && (c == ' ' || !c.is_whitespace());
    if text.chars().all(clean) && !text.contains("  ") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut after_space = false;
    for c in text.chars() {
        match c {
            c if c.is_whitespace() => {
                if !after_space {
                    out.push(' ');
                }
                after_space = true;
                continue;
            }
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
        after_space = false;
    }
    Cow::Owned(out)
}

impl<W: Write> Printer<W> {
    pub fn new(out: W, color: bool, json: bool) -> Printer<W> {
        Printer { out, color, json }
    }

    fn paint<'a>(&self, style: &'static str, text: &'a str) -> Cow<'a, str> {
        let text = sanitize(text);
        if self.color {
            Cow::Owned(format!("{style}{text}{RESET}"))
        } else {
            text
        }
    }

    /// One JSON value on one line.
    fn json_line<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, value)?;
        self.out.write_all(b"\n")
    }

    /// This printer, printing JSON from now on (`--format json`).
    pub fn with_json(&mut self) -> &mut Self {
        self.json = true;
        self
    }

    /// The people listing as CSV: a header row, then one row per person with
    /// aliases and article paths joined by "; ".
    pub fn people_csv(&mut self, report: &PeopleReport) -> io::Result<()> {
        writeln!(self.out, "name,aliases,article_count,articles")?;
        for person in &report.people {
            let paths: Vec<&str> = person.articles.iter().map(|a| a.path.as_str()).collect();
            writeln!(
                self.out,
                "{},{},{},{}",
                csv_field(&person.name),
                csv_field(&person.aliases.join("; ")),
                person.article_count,
                csv_field(&paths.join("; "))
            )?;
        }
        Ok(())
    }

    /// The writer itself, for commands whose output is data rather than a report (`export`).
    pub fn out(&mut self) -> &mut W {
        &mut self.out
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    pub fn index_summary(&mut self, s: &Summary) -> io::Result<()> {
        if self.json {
            return self.json_line(s);
        }
        writeln!(
            self.out,
            "{} added, {} updated, {} removed, {} unchanged; {} skipped, {} warnings; {} articles in the index ({:.2}s)",
            s.added, s.updated, s.removed, s.unchanged, s.skipped, s.warnings, s.articles, s.seconds
        )
    }

    pub fn search(&mut self, report: &SearchReport) -> io::Result<()> {
        if self.json {
            return self.json_line(report);
        }
        for (rank, hit) in report.hits.iter().enumerate() {
            let date = hit
                .published
                .map(|d| format!("  {}", self.paint(DIM, &d.to_string())))
                .unwrap_or_default();
            writeln!(self.out, "{}. {}{}", rank + 1, self.paint(BOLD, &hit.title), date)?;
            writeln!(self.out, "   {}", self.paint(PATH, &hit.path))?;
            if !hit.people.is_empty() {
                let mut people = hit
                    .people
                    .iter()
                    .take(HIT_PEOPLE)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                if hit.people.len() > HIT_PEOPLE {
                    people.push_str(", …");
                }
                writeln!(self.out, "   {}", self.paint(NAME, &people))?;
            }
            writeln!(self.out, "   {}", self.highlight(&hit.snippet, &hit.highlights))?;
            if !hit.duplicates.is_empty() {
                let copies = hit
                    .duplicates
                    .iter()
                    .map(|p| self.paint(PATH, p))
                    .collect::<Vec<_>>()
                    .join(", ");
                writeln!(self.out, "   {} {copies}", self.paint(DIM, "same article at:"))?;
            }
            writeln!(self.out)?;
        }
        let shown = report.hits.len() + report.hits.iter().map(|h| h.duplicates.len()).sum::<usize>();
        let what = if report.total_hits == 1 { "article" } else { "articles" };
        if shown < report.total_hits {
            writeln!(
                self.out,
                "{shown} of {} matching {what} (--limit for more)",
                report.total_hits
            )
        } else {
            writeln!(self.out, "{} matching {what}", report.total_hits)
        }
    }

    /// The snippet with its highlighted ranges painted (or plain without colour).
    fn highlight(&self, snippet: &str, ranges: &[[usize; 2]]) -> String {
        let mut out = String::with_capacity(snippet.len() + ranges.len() * 10);
        let mut at = 0;
        for &[start, end] in ranges {
            let (Some(before), Some(word)) = (snippet.get(at..start), snippet.get(start..end)) else {
                continue;
            };
            out.push_str(&sanitize(before));
            out.push_str(&self.paint(MATCH, word));
            at = end;
        }
        out.push_str(&sanitize(snippet.get(at..).unwrap_or_default()));
        out
    }

    pub fn people(&mut self, report: &PeopleReport) -> io::Result<()> {
        if self.json {
            return self.json_line(report);
        }
        if let Some(with) = &report.with {
            writeln!(
                self.out,
                "People in articles with {} (shared articles):",
                self.paint(NAME, with)
            )?;
        }
        for person in &report.people {
            let count = person.article_count;
            let plural = if count == 1 { "article" } else { "articles" };
            write!(
                self.out,
                "{}  {}",
                self.paint(NAME, &person.name),
                self.paint(DIM, &format!("{count} {plural}"))
            )?;
            if !person.aliases.is_empty() {
                write!(
                    self.out,
                    "  {}",
                    self.paint(DIM, &format!("(also: {})", person.aliases.join(", ")))
                )?;
            }
            writeln!(self.out)?;
            for article in &person.articles {
                let date = article
                    .published
                    .map_or_else(|| "          ".to_string(), |d| d.to_string());
                writeln!(
                    self.out,
                    "  {}  {}  {}",
                    self.paint(DIM, &date),
                    sanitize(&article.title),
                    self.paint(PATH, &article.path)
                )?;
            }
            if person.articles.len() < count {
                writeln!(self.out, "  … {} more", count - person.articles.len())?;
            }
        }
        Ok(())
    }

    pub fn extracted(&mut self, article: &Extracted) -> io::Result<()> {
        if self.json {
            return self.json_line(article);
        }
        writeln!(self.out, "{}", self.paint(PATH, &article.id))?;
        writeln!(self.out, "  title:     {}", sanitize(&article.title))?;
        if let Some(date) = article.published {
            writeln!(self.out, "  published: {date}")?;
        }
        if let Some(author) = &article.author {
            writeln!(self.out, "  author:    {}", sanitize(author))?;
        }
        let people: Vec<String> = article
            .people
            .iter()
            .map(|name| match article.aliases.get(name) {
                Some(aliases) => format!("{} (also: {})", self.paint(NAME, name), sanitize(&aliases.join(", "))),
                None => self.paint(NAME, name).into_owned(),
            })
            .collect();
        writeln!(self.out, "{}", format!("  people:    {}", people.join("; ")).trim_end())?;
        let dates: Vec<String> = article.dates.iter().map(ToString::to_string).collect();
        writeln!(self.out, "{}", format!("  dates:     {}", dates.join(", ")).trim_end())
    }

    /// A bar per period, scaled to the largest count.
    pub fn timeline(&mut self, t: &Timeline) -> io::Result<()> {
        if self.json {
            return self.json_line(t);
        }
        let most = t.buckets.iter().map(|b| b.count).max().unwrap_or(0).max(1);
        let width = t.buckets.iter().map(|b| b.period.len()).max().unwrap_or(4);
        for bucket in &t.buckets {
            let bar = "█".repeat(usize::try_from(bucket.count * TIMELINE_WIDTH / most).unwrap_or(0));
            let bar = if bar.is_empty() && bucket.count > 0 {
                "▏".to_string()
            } else {
                bar
            };
            writeln!(
                self.out,
                "{:<width$}  {} {}",
                bucket.period,
                self.paint(NAME, &bar),
                bucket.count
            )?;
        }
        let what = if t.total == 1 { "article" } else { "articles" };
        let undated = if t.undated > 0 {
            format!(", {} without a date", t.undated)
        } else {
            String::new()
        };
        writeln!(self.out, "{} matching {what}{undated}", t.total)
    }

    pub fn stats(&mut self, s: &Stats) -> io::Result<()> {
        if self.json {
            return self.json_line(s);
        }
        writeln!(self.out, "index         {}", sanitize(&s.index))?;
        writeln!(self.out, "articles      {}", s.articles)?;
        writeln!(self.out, "people        {}", s.people)?;
        writeln!(self.out, "size          {}", human_bytes(s.index_bytes))?;
        writeln!(
            self.out,
            "last indexed  {}",
            s.last_indexed.as_deref().unwrap_or("never")
        )
    }
}

/// One CSV field: quoted when it holds a comma, a quote or a line break
/// (quotes doubled, as RFC 4180 has it).
fn csv_field(text: &str) -> Cow<'_, str> {
    if text.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", text.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(text)
    }
}

fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} B")
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_escapes_controls() {
        assert_eq!(sanitize("plain"), "plain");
        assert_eq!(sanitize("a\x1b[31mb\nc"), "a\\u{1b}[31mb c");
        assert_eq!(sanitize("one.\n\n  Two\tthree"), "one. Two three");
    }

    #[test]
    fn highlight_plain_and_coloured() {
        let plain = Printer::new(Vec::new(), false, false);
        assert_eq!(plain.highlight("say compromise now", &[[4, 14]]), "say compromise now");
        let colour = Printer::new(Vec::new(), true, false);
        assert_eq!(
            colour.highlight("say compromise now", &[[4, 14]]),
            format!("say {MATCH}compromise{RESET} now")
        );
        // Out-of-range highlights are ignored, never a panic.
        assert_eq!(plain.highlight("short", &[[3, 99]]), "short");
    }

    #[test]
    fn csv_fields_are_quoted_when_needed() {
        assert_eq!(csv_field("Vladimir Putin"), "Vladimir Putin");
        assert_eq!(csv_field("Putin; Mr Putin"), "Putin; Mr Putin");
        assert_eq!(csv_field("Smith, John"), "\"Smith, John\"");
        assert_eq!(csv_field("the \"Iron Lady\""), "\"the \"\"Iron Lady\"\"\"");
    }

    #[test]
    fn bytes_for_humans() {
        assert_eq!(human_bytes(512), "512 B");
        assert_eq!(human_bytes(1536), "1.5 KiB");
    }
}
