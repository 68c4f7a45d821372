//! Calendar dates: parse a metadata date, and find the explicit dates in text.

use std::fmt;

/// A calendar date, no time of day. Valid by construction (see [`Date::new`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

impl Date {
    /// A date, or `None` when the day does not exist (31 April, 29 February 2025)
    /// or the year is outside 1000..=2999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1000..=2999).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days_in_month = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        (day <= days_in_month).then_some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date of a day count since 1970-01-01, when it lies in the supported years.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u32::try_from(month).ok()?,
            u32::try_from(day).ok()?,
        )
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Month number (1-12) of an English month name or its abbreviation ("Sept", "Sep.").
fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    let w = if w.eq_ignore_ascii_case("sept") { "sep" } else { w };
    MONTHS
        .iter()
        .position(|m| {
            m.eq_ignore_ascii_case(w) || (w.len() == 3 && m.get(..3).is_some_and(|p| p.eq_ignore_ascii_case(w)))
        })
        .map(|i| i as u32 + 1)
}

/// A capitalised month name, as dates in running text write it ("March", "Mar").
fn month_in_text(word: &str) -> Option<u32> {
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    // "May" alone is as often a verb as a month; its callers need a day beside it.
    month_number(word)
}

/// A day of the month: "14", "14th", "1st".
fn day_number(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

/// `YYYY-MM-DD` (or with `/`), optionally followed by a time: "2025-03-14T09:30:00Z".
fn iso_date(word: &str) -> Option<Date> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let date_part = word.split(['T', ' ']).next().unwrap_or(word);
    let sep = if date_part.contains('-') { '-' } else { '/' };
    let mut parts = date_part.split(sep);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.is_empty() || m.len() > 2 || d.is_empty() || d.len() > 2 {
        return None;
    }
    if ![y, m, d].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// `DD/MM/YYYY` or `DD.MM.YYYY` when the order is certain (one part above 12),
/// or both parts are equal.
fn numeric_dmy(word: &str) -> Option<Date> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let sep = if word.contains('/') { '/' } else { '.' };
    let parts: Vec<&str> = word.split(sep).collect();
    if parts.len() != 3 || parts[2].len() != 4 {
        return None;
    }
    let a: u32 = parts[0].parse().ok()?;
    let b: u32 = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
    match (a > 12, b > 12) {
        (true, false) => Date::new(y, b, a),
        (false, true) => Date::new(y, a, b),
        _ if a == b => Date::new(y, a, b),
        _ => None,
    }
}

/// Parse a date as metadata gives it: ISO 8601 (with or without a time),
/// "14 March 2025", "March 14, 2025", "Fri, 14 Mar 2025 09:30:00 +0000",
/// "2025/03/14", or an unambiguous "14/03/2025".
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(date) = iso_date(text) {
        return Some(date);
    }
    let words: Vec<&str> = words(text).collect();
    if let [single] = words.as_slice() {
        return numeric_dmy(single);
    }
    // The first full date among the words, year required.
    (0..words.len()).find_map(|i| date_at(&words, i, None).map(|(date, _)| date))
}

/// Words of `text`, surrounding punctuation removed.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter_map(|raw| {
        let word = raw.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '\'' | '“' | '”' | '’'));
        let word = word.strip_suffix('.').filter(|w| !w.ends_with('.')).unwrap_or(word);
        (!word.is_empty()).then_some(word)
    })
}

/// A date starting at `words[i]`, and how many words it spans. Without a year in
/// the text, `reference` (the publication date) supplies the nearest one.
fn date_at(words: &[&str], i: usize, reference: Option<Date>) -> Option<(Date, usize)> {
    let word = *words.get(i)?;
    if let Some(date) = iso_date(word).or_else(|| numeric_dmy(word)) {
        return Some((date, 1));
    }
    let next = words.get(i + 1).copied();
    let after = words.get(i + 2).copied();
    // "14 March 2025", "14th of March"
    if let Some(day) = day_number(word) {
        let (month_word, skip) = match next {
            Some("of") => (after, 1),
            _ => (next, 0),
        };
        if let Some(month) = month_word.and_then(month_in_text) {
            let year_word = words.get(i + 2 + skip).copied();
            return finish(day, month, year_word.and_then(year_number), 2 + skip, reference);
        }
    }
    // "March 14, 2025", "March 14"
    if let Some(month) = month_in_text(word) {
        if let Some(day) = next.and_then(day_number) {
            return finish(day, month, after.and_then(year_number), 2, reference);
        }
    }
    None
}

fn finish(day: u32, month: u32, year: Option<i32>, span: usize, reference: Option<Date>) -> Option<(Date, usize)> {
    if let Some(year) = year {
        return Date::new(year, month, day).map(|d| (d, span + 1));
    }
    let reference = reference?;
    // The year that puts the date nearest the publication date.
    [reference.year(), reference.year() - 1, reference.year() + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .min_by_key(|d| (d.days_since_epoch() - reference.days_since_epoch()).abs())
        .map(|d| (d, span))
}

/// The explicit dates `text` mentions, in order, each once. Dates without a
/// year ("on 4 February") take the year nearest `reference`, or are skipped
/// when there is no reference.
pub fn find_dates(text: &str, reference: Option<Date>) -> Vec<Date> {
    let words: Vec<&str> = words(text).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // Every date starts with a digit or a capitalised month.
        if !words[i].starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) {
            i += 1;
            continue;
        }
        match date_at(&words, i, reference) {
            Some((date, span)) => {
                if !found.contains(&date) {
                    found.push(date);
                }
                i += span;
            }
            None => i += 1,
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap_or_else(|| panic!("bad test date {y}-{m}-{day}"))
    }

    #[test]
    fn validates_calendar() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2025, 4, 31).is_none());
        assert!(Date::new(2025, 13, 1).is_none());
        assert!(Date::new(2025, 1, 0).is_none());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
    }

    #[test]
    fn epoch_days_round_trip() {
        assert_eq!(d(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(d(2025, 3, 14).days_since_epoch(), 20_161);
        for days in [-1000, 0, 59, 365, 11_016, 20_161, 40_000] {
            let date = Date::from_days_since_epoch(days).unwrap_or_else(|| panic!("{days}"));
            assert_eq!(date.days_since_epoch(), days);
        }
    }

    #[test]
    fn displays_iso() {
        assert_eq!(d(2025, 3, 4).to_string(), "2025-03-04");
    }

    #[test]
    fn parses_metadata_formats() {
        let want = Some(d(2025, 3, 14));
        for text in [
            "2025-03-14",
            "2025-03-14T09:30:00Z",
            "2025-03-14 09:30",
            "2025/03/14",
            "14 March 2025",
            "14th March 2025",
            "March 14, 2025",
            "Mar 14 2025",
            "Friday, 14 March 2025",
            "Fri, 14 Mar 2025 09:30:00 +0000",
            "14/03/2025",
            "14.03.2025",
            "  14 March 2025  ",
        ] {
            assert_eq!(parse_date(text), want, "{text}");
        }
    }

    #[test]
    fn rejects_bad_or_ambiguous_dates() {
        for text in [
            "",
            "yesterday",
            "2025-02-30",
            "03/04/2025",
            "14 Smarch 2025",
            "March 2025",
            "2025",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn finds_dates_in_text() {
        let text = "The deal, signed on 12 March 2025, follows talks on March 3, 2025 and a vote on 2025-02-28.";
        assert_eq!(
            find_dates(text, None),
            vec![d(2025, 3, 12), d(2025, 3, 3), d(2025, 2, 28)]
        );
    }

    #[test]
    fn dates_without_year_need_a_reference() {
        let text = "Talks resume on Tuesday 4 February, after a meeting on December 7.";
        assert!(find_dates(text, None).is_empty());
        let reference = Some(d(2025, 1, 10));
        assert_eq!(find_dates(text, reference), vec![d(2025, 2, 4), d(2024, 12, 7)]);
    }

    #[test]
    fn each_date_once_and_no_false_months() {
        let text = "On 1 May 2025 she said she may go. Again on 1st May 2025. He won 3 Grammys.";
        assert_eq!(find_dates(text, None), vec![d(2025, 5, 1)]);
        assert!(find_dates("Prices may rise 5 percent", Some(d(2025, 1, 1))).is_empty());
    }

    #[test]
    fn ordinal_of_month() {
        assert_eq!(find_dates("on the 14th of March 2025", None), vec![d(2025, 3, 14)]);
    }
}
