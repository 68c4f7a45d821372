//! Calendar dates: parse a metadata date, read a dateline, and find the dates
//! an article mentions (days, months and years), resolving the relative ones
//! ("on Tuesday", "December 7") against the publication date.

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

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The longest range expanded day by day; longer ones give their two ends.
const MAX_RANGE_DAYS: i64 = 62;

/// Years that count as mentions when written alone ("in 1994").
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

impl Date {
    /// A date, or `None` when the day does not exist (31 April, 29 February 2025)
    /// or the year is outside 1000..=2999.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1000..=2999).contains(&year) || !(1..=12).contains(&month) || day < 1 {
            return None;
        }
        (day <= days_in_month(year, month)).then_some(Date {
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

    pub fn day(self) -> u32 {
        u32::from(self.day)
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
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe.checked_add(era.checked_mul(400)?)? + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u32::try_from(month).ok()?,
            u32::try_from(day).ok()?,
        )
    }

    /// The date `days` later (earlier when negative).
    pub fn plus_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Day of the week, 0 = Monday.
    fn weekday(self) -> i64 {
        // 1970-01-01 was a Thursday.
        (self.days_since_epoch() + 3).rem_euclid(7)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
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

/// How much of a mentioned date the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A date the text mentions: a day, a month or a year. `date` is the first
/// day of the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    pub date: Date,
    pub precision: Precision,
}

impl Mention {
    fn day(date: Date) -> Mention {
        Mention {
            date,
            precision: Precision::Day,
        }
    }
}

impl fmt::Display for Mention {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision {
            Precision::Day => self.date.fmt(f),
            Precision::Month => write!(f, "{:04}-{:02}", self.date.year, self.date.month),
            Precision::Year => write!(f, "{:04}", self.date.year),
        }
    }
}

impl serde::Serialize for Mention {
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
    // "May" alone is as often a verb as a month; its callers need a day or year beside it.
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

/// A day, or a span of days written as one word: "22-23", "22–23".
fn days_word(word: &str) -> Option<(u32, Option<u32>)> {
    if let Some(day) = day_number(word) {
        return Some((day, None));
    }
    let (a, b) = word.split_once(['-', '–', '—'])?;
    let (a, b) = (day_number(a)?, day_number(b)?);
    (a < b).then_some((a, Some(b)))
}

fn year_number(word: &str) -> Option<i32> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

/// A year as written alone in text: four digits, 1900 to 2100.
fn year_in_text(word: &str) -> Option<i32> {
    year_number(word).filter(|y| YEARS.contains(y))
}

/// Digits only, 1 to `max` of them.
fn digits(part: &str, max: usize) -> Option<u32> {
    if part.is_empty() || part.len() > max || !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

/// `YYYY-MM-DD` (or with `/`), optionally followed by a time: "2025-03-14T09:30:00Z".
/// The date is taken as written, whatever the time zone.
fn iso_date(word: &str) -> Option<Date> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let date_part = word.split(['T', ' ']).next().unwrap_or(word);
    let sep = if date_part.contains('-') { '-' } else { '/' };
    let mut parts = date_part.split(sep);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    Date::new(i32::try_from(digits(y, 4)?).ok()?, digits(m, 2)?, digits(d, 2)?)
}

/// `DD/MM/YYYY`, `DD.MM.YYYY` or `DD-MM-YYYY` when the order is certain (one
/// part above 12), or both parts are equal.
fn numeric_dmy(word: &str) -> Option<Date> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let sep = ['/', '.', '-'].into_iter().find(|s| word.contains(*s))?;
    let mut parts = word.split(sep);
    let (a, b, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    let (a, b, y) = (digits(a, 2)?, digits(b, 2)?, i32::try_from(digits(y, 4)?).ok()?);
    match (a > 12, b > 12) {
        (true, false) => Date::new(y, b, a),
        (false, true) => Date::new(y, a, b),
        _ if a == b => Date::new(y, a, b),
        _ => None,
    }
}

/// Parse a date as metadata gives it: ISO 8601 (with or without a time and
/// zone; the date as written), RFC 2822 ("Fri, 14 Mar 2025 09:30:00 +0000"),
/// "14 March 2025", "March 14, 2025", "Mar. 14, 2025", "2025/03/14", or an
/// unambiguous "14/03/2025".
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(date) = iso_date(text) {
        return Some(date);
    }
    first_full_date(&words(text))
}

/// The first date with day, month and year among `words`.
fn first_full_date(words: &[Word<'_>]) -> Option<Date> {
    (0..words.len()).find_map(|i| {
        let group = group_at(words, i, false)?;
        let year = group.year?;
        Date::new(year, group.month, group.days.first())
    })
}

/// One word of running text, and the punctuation that followed it.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    /// A comma followed: lists ("5, 6 and 7 June") go on across it.
    comma: bool,
    /// A full stop, colon, semicolon, "!" or "?" followed: a clause ends.
    stop: bool,
}

impl<'a> Word<'a> {
    fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
    }

    fn is_any(&self, set: &[&str]) -> bool {
        set.iter().any(|s| self.is(s))
    }

    /// Nothing ends between this word and the next.
    fn runs_on(&self) -> bool {
        !self.comma && !self.stop
    }

    /// The word in `raw` (a run of non-whitespace): opening brackets and quotes
    /// `( [ " ' “ ‘` removed from its start, and `, ; : . ! ? ) ] " ' ” ’` from its
    /// end, noting a comma or a stop among the latter. `None` when nothing is left.
    fn new(raw: &'a str) -> Option<Word<'a>> {
        let lead = trim_leading(raw);
        let text = trim_trailing(lead);
        if text.is_empty() {
            return None;
        }
        let mut word = Word {
            text,
            comma: false,
            stop: false,
        };
        // Usually empty, or one byte.
        for &b in lead.as_bytes().get(text.len()..).unwrap_or_default() {
            word.comma |= b == b',';
            word.stop |= matches!(b, b'.' | b';' | b':' | b'!' | b'?');
        }
        Some(word)
    }
}

/// `text` without the opening brackets and quotes `( [ " ' “ ‘` it starts with.
fn trim_leading(mut text: &str) -> &str {
    loop {
        let len = match text.as_bytes() {
            [b'(' | b'[' | b'"' | b'\'', ..] => 1,
            // ‘ U+2018 and “ U+201C.
            [0xE2, 0x80, 0x98 | 0x9C, ..] => 3,
            _ => return text,
        };
        text = text.get(len..).unwrap_or_default();
    }
}

/// `text` without the punctuation, closing brackets and quotes
/// `, ; : . ! ? ) ] " ' ” ’` it ends with.
fn trim_trailing(mut text: &str) -> &str {
    loop {
        let len = match text.as_bytes() {
            [.., b',' | b';' | b':' | b'.' | b'!' | b'?' | b')' | b']' | b'"' | b'\''] => 1,
            // ’ U+2019 and ” U+201D.
            [.., 0xE2, 0x80, 0x99 | 0x9D] => 3,
            _ => return text,
        };
        text = text.get(..text.len().saturating_sub(len)).unwrap_or_default();
    }
}

/// The length in bytes of the whitespace character (as [`char::is_whitespace`]
/// says) at byte `at` of `text`; 0 when there is none. Only a non-ASCII
/// character is decoded.
fn space_len(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') => 1,
        Some(b) if !b.is_ascii() => text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// Words of `text`, split at whitespace as [`str::split_whitespace`] does,
/// surrounding punctuation removed and noted (see [`Word::new`]). Reads bytes,
/// not chars: this runs over every word of every article.
fn words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 5 + 1);
    let (mut start, mut at) = (0, 0);
    // Printable ASCII is no whitespace; control bytes and non-ASCII are looked at closely.
    let maybe_space = |b: &u8| *b <= b' ' || !b.is_ascii();
    while let Some(skip) = bytes.get(at..).and_then(|rest| rest.iter().position(maybe_space)) {
        at += skip;
        let space = space_len(text, at);
        if space == 0 {
            at += 1;
            continue;
        }
        if let Some(word) = text.get(start..at).and_then(Word::new) {
            out.push(word);
        }
        at += space;
        start = at;
    }
    if let Some(word) = text.get(start..).and_then(Word::new) {
        out.push(word);
    }
    out
}

/// How two dates are joined: `Some(true)` for a range ("to", "-"), `Some(false)`
/// for a list ("and", "or"). "and" makes a range after "between".
fn connector(word: &Word<'_>, between: bool) -> Option<bool> {
    match word.text {
        "-" | "–" | "—" => Some(true),
        _ if word.is_any(&["to", "until", "till", "through", "thru"]) => Some(true),
        _ if word.is("and") || word.text == "&" => Some(between),
        _ if word.is("or") => Some(false),
        _ => None,
    }
}

/// A lower-case word saying what a number counts ("13 people", "1994 votes"):
/// the number before it is no date.
fn counts_something(word: &Word<'_>) -> bool {
    const NOT_PLURAL: &[&str] = &[
        "was",
        "is",
        "has",
        "his",
        "its",
        "this",
        "as",
        "us",
        "thus",
        "whereas",
        "across",
        "always",
        "perhaps",
        "unless",
        "towards",
        "afterwards",
        "besides",
        "less",
    ];
    const UNITS: &[&str] = &[
        "people", "percent", "per", "million", "billion", "thousand", "hundred", "men", "women", "children", "police",
        "staff", "more", "fewer", "other", "km", "kg", "mph", "ft", "feet",
    ];
    let w = word.text;
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    (w.ends_with('s') && !word.is_any(NOT_PLURAL)) || word.is_any(UNITS)
}

/// Days written under one month: "5", "5, 6 and 7", "22-23", "3 to 5".
#[derive(Debug, Clone, Copy, Default)]
struct Days {
    /// Each day, and whether a range runs from it to the next one.
    list: [(u8, bool); 8],
    len: usize,
}

impl Days {
    fn push(&mut self, day: u32, range_to_next: bool) -> Option<()> {
        let slot = self.list.get_mut(self.len)?;
        *slot = (u8::try_from(day).ok()?, range_to_next);
        self.len += 1;
        Some(())
    }

    /// Push what [`days_word`] read.
    fn push_word(&mut self, (day, to): (u32, Option<u32>)) -> Option<()> {
        self.push(day, to.is_some())?;
        match to {
            Some(to) => self.push(to, false),
            None => Some(()),
        }
    }

    fn set_range_from_last(&mut self, range: bool) {
        if let Some(last) = self.len.checked_sub(1).and_then(|i| self.list.get_mut(i)) {
            last.1 = range;
        }
    }

    fn entries(&self) -> &[(u8, bool)] {
        self.list.get(..self.len).unwrap_or_default()
    }

    fn first(&self) -> u32 {
        self.entries().first().map_or(1, |d| u32::from(d.0))
    }

    fn last(&self) -> u32 {
        self.entries().last().map_or(1, |d| u32::from(d.0))
    }
}

/// One or more days of one month, maybe with a year: "5, 6 and 7 June",
/// "December 5-6, 2024", "2024-12-05". `end` is the index after its last word.
#[derive(Debug, Clone, Copy)]
struct Group {
    days: Days,
    month: u32,
    year: Option<i32>,
    end: usize,
}

/// The group of days starting at `words[i]`. `between`: the word before is
/// "between", so that "and" makes a range.
fn group_at(words: &[Word<'_>], i: usize, between: bool) -> Option<Group> {
    let word = words.get(i)?;
    if word.text.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(date) = iso_date(word.text).or_else(|| numeric_dmy(word.text)) {
            let mut days = Days::default();
            days.push(date.day(), false)?;
            return Some(Group {
                days,
                month: date.month(),
                year: Some(date.year()),
                end: i + 1,
            });
        }
        day_first(words, i, between)
    } else {
        month_first(words, i, between)
    }
}

/// "14 March 2025", "14th of March", "5, 6 and 7 June", "22-23 July 2022",
/// "3 and 5 March" (after "between").
fn day_first(words: &[Word<'_>], i: usize, between: bool) -> Option<Group> {
    let mut days = Days::default();
    let mut j = i;
    loop {
        days.push_word(days_word(words.get(j)?.text)?)?;
        let before = words.get(j)?;
        j += 1;
        let next = words.get(j)?;
        if let Some(month) = month_in_text(next.text) {
            return Some(with_year(words, days, month, j + 1));
        }
        if next.is("of") && before.runs_on() {
            let month = month_in_text(words.get(j + 1)?.text)?;
            return Some(with_year(words, days, month, j + 2));
        }
        if before.comma && !before.stop && days_word(next.text).is_some() {
            continue;
        }
        if !before.runs_on() {
            return None;
        }
        let range = connector(next, between && days.len == 1)?;
        days.set_range_from_last(range);
        j += 1;
    }
}

/// "March 14, 2025", "Dec. 19", "December 5 and 6", "May 13 to 24", "Dec 5-6".
fn month_first(words: &[Word<'_>], i: usize, between: bool) -> Option<Group> {
    let word = words.get(i)?;
    let month = month_in_text(word.text)?;
    if month == 5 && is_name_before_may(words, i) {
        return None;
    }
    let first = words.get(i + 1)?;
    let mut days = Days::default();
    if word.comma || (word.stop && !is_abbreviated(word)) {
        return None;
    }
    let read = days_word(first.text)?;
    if first.runs_on() && words.get(i + 2).is_some_and(counts_something) {
        return None;
    }
    days.push_word(read)?;
    let mut j = i + 2;
    // More days of the same month: "5, 6 and 7", "13 to 24".
    while let Some(next) = words.get(j) {
        let before = words.get(j - 1)?;
        let (at, range) = if before.comma && !before.stop && days_word(next.text).is_some() {
            (j, false)
        } else if before.runs_on() {
            let Some(range) = connector(next, between && days.len == 1) else {
                break;
            };
            (j + 1, range)
        } else {
            break;
        };
        let Some(day) = words.get(at) else { break };
        let Some(read) = days_word(day.text) else { break };
        let after = words.get(at + 1);
        // "December 5 and 6 people", "May 13 to 24 June": not more days of this month.
        let followed = after.is_some_and(|a| month_in_text(a.text).is_some() || counts_something(a));
        if day.runs_on() && followed {
            break;
        }
        days.set_range_from_last(range);
        if days.push_word(read).is_none() {
            break;
        }
        j = at + 1;
    }
    Some(with_year(words, days, month, j))
}

/// "Dec." is a month with a full stop of abbreviation, not the end of a sentence.
fn is_abbreviated(word: &Word<'_>) -> bool {
    word.text.len() <= 4
}

/// "Theresa May 13 ...": a name, not a month.
fn is_name_before_may(words: &[Word<'_>], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| words.get(p))
        .is_some_and(|p| p.runs_on() && p.is_any(&["theresa", "mrs", "ms", "mr", "brian", "dr", "prime"]))
}

/// Finish a group at `words[j]`, taking the year written there if any.
fn with_year(words: &[Word<'_>], days: Days, month: u32, j: usize) -> Group {
    let prev_runs_on = j.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|w| !w.stop);
    match words.get(j).and_then(|w| year_number(w.text)) {
        Some(year) if prev_runs_on => Group {
            days,
            month,
            year: Some(year),
            end: j + 1,
        },
        _ => Group {
            days,
            month,
            year: None,
            end: j,
        },
    }
}

/// The year that puts `month`/`day` nearest `reference`.
fn nearest_year(month: u32, day: u32, reference: Date) -> Option<i32> {
    let y = reference.year();
    [y, y - 1, y + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .min_by_key(|d| (d.days_since_epoch() - reference.days_since_epoch()).abs())
        .map(Date::year)
}

/// Add `mention` unless it is there already.
fn add(out: &mut Vec<Mention>, mention: Mention) {
    if !out.contains(&mention) {
        out.push(mention);
    }
}

/// Every day from `from` to `to`, or the two ends when the range is long or backwards.
fn add_range(out: &mut Vec<Mention>, from: Date, to: Date) {
    let span = to.days_since_epoch() - from.days_since_epoch();
    if (1..=MAX_RANGE_DAYS).contains(&span) {
        for k in 0..=span {
            if let Some(day) = from.plus_days(k) {
                add(out, Mention::day(day));
            }
        }
    } else {
        add(out, Mention::day(from));
        add(out, Mention::day(to));
    }
}

/// The days of a group in `year`, ranges expanded.
fn add_group(out: &mut Vec<Mention>, group: &Group, year: i32) {
    let entries = group.days.entries();
    for (k, &(day, range)) in entries.iter().enumerate() {
        let Some(from) = Date::new(year, group.month, u32::from(day)) else {
            continue;
        };
        match entries.get(k + 1) {
            Some(&(to, _)) if range => match Date::new(year, group.month, u32::from(to)) {
                Some(to) => add_range(out, from, to),
                None => add(out, Mention::day(from)),
            },
            _ => add(out, Mention::day(from)),
        }
    }
}

/// The days written at `words[i]`, with a second group when a range joins two
/// ("May 13 to May 24", "3 May to 5 June 2024"). Returns the index after them,
/// also when their year cannot be known.
fn days_at(words: &[Word<'_>], i: usize, reference: Option<Date>, out: &mut Vec<Mention>) -> Option<usize> {
    let between = i
        .checked_sub(1)
        .and_then(|p| words.get(p))
        .is_some_and(|p| p.is("between"));
    let first = group_at(words, i, between)?;
    let second = words
        .get(first.end)
        .filter(|c| words.get(first.end - 1).is_some_and(Word::runs_on) && connector(c, between) == Some(true))
        .and_then(|_| group_at(words, first.end + 1, false));
    let key = |g: &Group, day: u32| (g.month, day);
    match second {
        None => {
            let year = first
                .year
                .or_else(|| nearest_year(first.month, first.days.first(), reference?));
            if let Some(year) = year {
                add_group(out, &first, year);
            }
            Some(first.end)
        }
        Some(second) => {
            let (y1, y2) = match (first.year, second.year) {
                (Some(a), Some(b)) => (a, b),
                (None, Some(b)) => (
                    b - i32::from(key(&first, first.days.last()) > key(&second, second.days.first())),
                    b,
                ),
                (Some(a), None) => (
                    a,
                    a + i32::from(key(&second, second.days.first()) < key(&first, first.days.last())),
                ),
                (None, None) => match reference.and_then(|r| nearest_year(first.month, first.days.first(), r)) {
                    Some(a) => (
                        a,
                        a + i32::from(key(&second, second.days.first()) < key(&first, first.days.last())),
                    ),
                    None => return Some(second.end),
                },
            };
            add_group(out, &first, y1);
            if let (Some(from), Some(to)) = (
                Date::new(y1, first.month, first.days.last()),
                Date::new(y2, second.month, second.days.first()),
            ) {
                add_range(out, from, to);
            }
            add_group(out, &second, y2);
            Some(second.end)
        }
    }
}

/// "May 2024", "May and June 2024", "from March to May 2024": months, kept as months.
fn months_at(words: &[Word<'_>], i: usize, out: &mut Vec<Mention>) -> Option<usize> {
    let word = words.get(i)?;
    let month = month_in_text(word.text)?;
    if !word.runs_on() || (month == 5 && is_name_before_may(words, i)) {
        return None;
    }
    let next = words.get(i + 1)?;
    if let Some(year) = year_in_text(next.text) {
        add(out, month_mention(year, month)?);
        return Some(i + 2);
    }
    let range = connector(next, false)?;
    let second = words.get(i + 2)?;
    let month2 = month_in_text(second.text)?;
    let year = year_in_text(words.get(i + 3)?.text)?;
    if !second.runs_on() {
        return None;
    }
    if range && month < month2 {
        for m in month..=month2 {
            add(out, month_mention(year, m)?);
        }
    } else {
        add(out, month_mention(year, month)?);
        add(out, month_mention(year, month2)?);
    }
    Some(i + 4)
}

fn month_mention(year: i32, month: u32) -> Option<Mention> {
    Some(Mention {
        date: Date::new(year, month, 1)?,
        precision: Precision::Month,
    })
}

/// A weekday name, also possessive ("Tuesday's").
fn weekday_number(word: &str) -> Option<i64> {
    let w = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    if !(6..=9).contains(&w.len()) || !w.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(w))
        .map(|i| i as i64)
}

/// Whether `word` begins, in any case, with the first three letters of a month,
/// a weekday, "today", "tomorrow" or "yesterday": words that do not can be none
/// of them ([`month_number`], [`weekday_number`], [`relative_day_at`]), and this
/// test is cheaper than theirs.
fn starts_like_date_word(word: &str) -> bool {
    let [a, b, c, ..] = *word.as_bytes() else {
        return false;
    };
    // `| 0x20` lower-cases an ASCII letter, and makes no letter of anything else.
    matches!(
        &[a | 0x20, b | 0x20, c | 0x20],
        b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"may"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"mon"
            | b"tue"
            | b"wed"
            | b"thu"
            | b"fri"
            | b"sat"
            | b"sun"
            | b"tod"
            | b"tom"
            | b"yes"
    )
}

/// "on Tuesday", "last Friday", "next Monday": the news convention makes a bare
/// weekday the latest such day up to the publication day.
fn weekday_at(words: &[Word<'_>], i: usize, published: Date) -> Option<Date> {
    let target = weekday_number(words.get(i)?.text)?;
    let prev = i.checked_sub(1).and_then(|p| words.get(p)).filter(|p| p.runs_on());
    const NOT_A_DAY: &[&str] = &[
        "good", "black", "super", "cyber", "ash", "holy", "maundy", "bloody", "easter", "whit", "shrove", "blue",
        "every", "each", "girl", "man", "the", "a", "that", "one",
    ];
    if prev.is_some_and(|p| p.is_any(NOT_A_DAY)) {
        return None;
    }
    // "Tuesday 4 February", "Tuesday, Feb. 4": the date that follows says it.
    let (a, b) = (words.get(i + 1), words.get(i + 2));
    let is_day = |w: Option<&Word<'_>>| w.is_some_and(|w| days_word(w.text).is_some());
    let is_month = |w: Option<&Word<'_>>| w.is_some_and(|w| month_in_text(w.text).is_some());
    if (is_day(a) && is_month(b)) || (is_month(a) && is_day(b)) || a.is_some_and(|w| iso_date(w.text).is_some()) {
        return None;
    }
    let back = (published.weekday() - target).rem_euclid(7);
    let offset = match prev {
        Some(p) if p.is("last") || p.is("past") => -(if back == 0 { 7 } else { back }),
        Some(p) if p.is("next") || p.is("coming") => {
            let ahead = (target - published.weekday()).rem_euclid(7);
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        // "will meet on Tuesday", "is scheduled for Monday": the coming one.
        _ if is_future(words, i) => (target - published.weekday()).rem_euclid(7),
        _ => -back,
    };
    published.plus_days(offset)
}

/// Whether the clause before `words[i]` speaks of the future ("will", "is due").
fn is_future(words: &[Word<'_>], i: usize) -> bool {
    const CUES: &[&str] = &[
        "will",
        "shall",
        "scheduled",
        "due",
        "expected",
        "plans",
        "planned",
        "set",
    ];
    let start = i.saturating_sub(8);
    let before = words.get(start..i).unwrap_or_default();
    before
        .iter()
        .rev()
        .take_while(|w| !w.stop)
        .any(|w| w.is_any(CUES) || w.text.ends_with("'ll") || w.text.ends_with("’ll"))
}

/// "today", "yesterday", "tomorrow" (not the "Today programme").
fn relative_day_at(words: &[Word<'_>], i: usize, published: Date) -> Option<Date> {
    let word = words.get(i)?;
    if !(5..=11).contains(&word.text.len()) {
        return None;
    }
    let w = word
        .text
        .strip_suffix("'s")
        .or_else(|| word.text.strip_suffix("’s"))
        .unwrap_or(word.text);
    let offset = if w.eq_ignore_ascii_case("today") {
        0
    } else if w.eq_ignore_ascii_case("yesterday") {
        -1
    } else if w.eq_ignore_ascii_case("tomorrow") {
        1
    } else {
        return None;
    };
    let title_case = w.starts_with(|c: char| c.is_ascii_uppercase());
    let next = words.get(i + 1).filter(|_| word.runs_on());
    if title_case && next.is_some_and(|n| n.is_any(&["programme", "show", "newspaper"])) {
        return None;
    }
    if i.checked_sub(1).and_then(|p| words.get(p)).is_some_and(|p| p.is("usa")) {
        return None;
    }
    published.plus_days(offset)
}

/// A year written alone where a year is expected: "in 1994", "since 2019",
/// "between 2019 and 2021". `last_year` is the index of the previous year found.
fn year_at(words: &[Word<'_>], i: usize, last_year: Option<usize>) -> Option<i32> {
    const CONTEXT: &[&str] = &[
        "in",
        "since",
        "until",
        "till",
        "by",
        "of",
        "from",
        "before",
        "after",
        "during",
        "throughout",
        "between",
        "early",
        "late",
        "mid",
        "around",
        "circa",
        "summer",
        "spring",
        "autumn",
        "winter",
        "year",
        "through",
    ];
    const NUMBER_BEFORE: &[&str] = &[
        "rose",
        "fell",
        "increased",
        "decreased",
        "grew",
        "dropped",
        "up",
        "down",
        "cut",
        "reduced",
        "raised",
        "total",
        "out",
        "sum",
        "maximum",
        "minimum",
        "average",
        "crowd",
        "lot",
        "number",
    ];
    let year = year_in_text(words.get(i)?.text)?;
    let prev = words.get(i.checked_sub(1)?)?;
    if !prev.runs_on() {
        return None;
    }
    let continues = last_year.is_some_and(|y| y + 2 == i)
        && (connector(prev, true).is_some() || prev.text == "/")
        && words.get(i - 2).is_some_and(Word::runs_on);
    if !continues {
        if !prev.is_any(CONTEXT) {
            return None;
        }
        let before = i.checked_sub(2).and_then(|p| words.get(p));
        if before.is_some_and(|b| b.runs_on() && b.is_any(NUMBER_BEFORE)) {
            return None;
        }
    }
    let word = words.get(i)?;
    if word.runs_on() && words.get(i + 1).is_some_and(counts_something) {
        return None;
    }
    Some(year)
}

/// The dates `text` mentions, in order, each once: days ("12 March 2025",
/// ranges and lists day by day), months ("May 2024") and years ("in 1994").
/// Days without a year, weekdays and "yesterday" are resolved against
/// `published`, and skipped when it is unknown.
pub fn find_mentions(text: &str, published: Option<Date>) -> Vec<Mention> {
    let words = words(text);
    let mut out = Vec::new();
    let mut last_year = None;
    let mut i = 0;
    while let Some(word) = words.get(i) {
        let Some(&first) = word.text.as_bytes().first() else {
            break;
        };
        if first.is_ascii_digit() {
            if let Some(end) = days_at(&words, i, published, &mut out) {
                i = end.max(i + 1);
                continue;
            }
            if let Some(year) = year_at(&words, i, last_year) {
                if let Some(date) = Date::new(year, 1, 1) {
                    add(
                        &mut out,
                        Mention {
                            date,
                            precision: Precision::Year,
                        },
                    );
                    last_year = Some(i);
                }
            }
        } else if !starts_like_date_word(word.text) {
            // Most words: one look at their first letters sends them on.
        } else if first.is_ascii_uppercase() {
            if month_in_text(word.text).is_some() {
                if let Some(end) = months_at(&words, i, &mut out).or_else(|| days_at(&words, i, published, &mut out)) {
                    i = end.max(i + 1);
                    continue;
                }
            } else if let Some(published) = published {
                if let Some(day) = weekday_at(&words, i, published).or_else(|| relative_day_at(&words, i, published)) {
                    add(&mut out, Mention::day(day));
                }
            }
        } else if matches!(first, b't' | b'y') {
            if let Some(day) = published.and_then(|p| relative_day_at(&words, i, p)) {
                add(&mut out, Mention::day(day));
            }
        }
        i += 1;
    }
    out
}

/// The date of a dateline opening `body`: "MOSCOW, Dec 19 (Reuters) -",
/// "LONDON 1996-08-30", "PARIS, 19 December 2024 -". A dateline without a
/// year takes the year from the first full date in the article; without any
/// date ("WASHINGTON (AP) —") there is none.
pub fn dateline(body: &str) -> Option<Date> {
    let line = body.lines().map(str::trim).find(|l| !l.is_empty())?;
    let head = dateline_head(line)?;
    let words = words(head);
    if words.len() > 12 || !words.first().is_some_and(|w| is_place_in_capitals(w.text)) {
        return None;
    }
    for i in 1..words.len() {
        let word = words.get(i)?;
        if let Some(group) = group_at(&words, i, false) {
            let day = group.days.first();
            let year = match group.year {
                Some(year) => year,
                None => {
                    let rest = body.get(body.find(head)? + head.len()..)?;
                    nearest_year(group.month, day, first_full_date(&self::words(rest))?)?
                }
            };
            return Date::new(year, group.month, day);
        }
        // Place names and the agency come before the date; prose does not.
        if !word.text.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
    }
    None
}

/// The part of a first line before the dateline's dash, or a short line whole.
fn dateline_head(line: &str) -> Option<&str> {
    let dash = [" - ", " -- ", "—", "–", ")-"]
        .iter()
        .filter_map(|d| line.find(d).map(|p| if *d == ")-" { p + 1 } else { p }))
        .min();
    match dash {
        Some(at) if at <= 100 => line.get(..at),
        None if line.len() <= 60 => Some(line),
        _ => None,
    }
}

/// "MOSCOW", "NEW", "ST.", "WASHINGTON,": a word in capitals, two letters or more.
fn is_place_in_capitals(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| (c.is_alphabetic() && !c.is_lowercase()) || matches!(c, '.' | '-' | '\'' | '’'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap_or_else(|| panic!("bad test date {y}-{m}-{day}"))
    }

    /// The mentions of `text` as strings, published on `published` ("YYYY-MM-DD").
    fn found(text: &str, published: Option<&str>) -> Vec<String> {
        let published = published.map(|p| parse_date(p).unwrap_or_else(|| panic!("bad date {p}")));
        find_mentions(text, published).iter().map(ToString::to_string).collect()
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
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
        assert_eq!(Date::from_days_since_epoch(i64::MIN), None);
    }

    #[test]
    fn weekdays() {
        assert_eq!(d(1970, 1, 1).weekday(), 3);
        assert_eq!(d(2024, 12, 19).weekday(), 3);
        assert_eq!(d(2025, 1, 20).weekday(), 0);
    }

    #[test]
    fn displays_iso_and_precision() {
        assert_eq!(d(2025, 3, 4).to_string(), "2025-03-04");
        let m = |precision| Mention {
            date: d(2024, 5, 1),
            precision,
        };
        assert_eq!(m(Precision::Day).to_string(), "2024-05-01");
        assert_eq!(m(Precision::Month).to_string(), "2024-05");
        assert_eq!(m(Precision::Year).to_string(), "2024");
        assert_eq!(
            serde_json::to_string(&[m(Precision::Month)]).unwrap_or_default(),
            r#"["2024-05"]"#
        );
    }

    #[test]
    fn parses_metadata_formats() {
        let want = Some(d(2025, 3, 14));
        for text in [
            "2025-03-14",
            "2025-03-14T09:30:00Z",
            "2025-03-14T23:30:00-05:00",
            "2025-03-14T01:00:00+09:00",
            "2025-03-14 09:30",
            "2025/03/14",
            "14 March 2025",
            "14th March 2025",
            "March 14, 2025",
            "Mar. 14, 2025",
            "Mar 14 2025",
            "Friday, 14 March 2025",
            "Fri, 14 Mar 2025 09:30:00 +0000",
            "14/03/2025",
            "03/14/2025",
            "14.03.2025",
            "14-03-2025",
            "  14 March 2025  ",
        ] {
            assert_eq!(parse_date(text), want, "{text}");
        }
        assert_eq!(parse_date("Sept. 3, 2024"), Some(d(2024, 9, 3)));
        assert_eq!(parse_date("Dec. 19, 2024"), Some(d(2024, 12, 19)));
        assert_eq!(parse_date("Tue, 05 Nov 2024 09:30:00 +0000"), Some(d(2024, 11, 5)));
        assert_eq!(parse_date("19/01/2022"), Some(d(2022, 1, 19)));
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
            "Tuesday",
            "2025-3",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn full_dates_as_written() {
        let text = "The deal, signed on 12 March 2025, follows talks on March 3, 2025 and a vote on 2025-02-28.";
        assert_eq!(found(text, None), ["2025-03-12", "2025-03-03", "2025-02-28"]);
        assert_eq!(found("on the 14th of March 2025", None), ["2025-03-14"]);
        assert_eq!(
            found("By Dec. 19, 2024 and Sept. 3, 2024.", None),
            ["2024-12-19", "2024-09-03"]
        );
        assert_eq!(found("Filed 19/01/2022, not 03/04/2022.", None), ["2022-01-19"]);
    }

    #[test]
    fn day_and_month_take_the_nearest_year() {
        let text = "Talks resume on Tuesday 4 February, after a meeting on December 7.";
        assert!(found(text, None).is_empty());
        assert_eq!(found(text, Some("2025-01-10")), ["2025-02-04", "2024-12-07"]);
        assert_eq!(
            found("on 17 June and Feb. 18", Some("2024-12-01")),
            ["2024-06-17", "2025-02-18"]
        );
    }

    #[test]
    fn each_date_once_and_no_false_months() {
        let text = "On 1 May 2025 she said she may go. Again on 1st May 2025. He won 3 Grammys.";
        assert_eq!(found(text, None), ["2025-05-01"]);
        assert!(found("Prices may rise 5 percent", Some("2025-01-01")).is_empty());
        assert!(found("In May 13 people died.", Some("2025-06-01")).is_empty());
        assert!(found("Theresa May 12 times said no", Some("2025-06-01")).is_empty());
    }

    #[test]
    fn ranges_give_each_day() {
        let days = ["2022-07-22", "2022-07-23"];
        assert_eq!(found("on 22-23 July 2022", None), days);
        assert_eq!(found("on 22–23 July 2022", None), days);
        assert_eq!(found("on July 22-23, 2022", None), days);
        assert_eq!(
            found("between 3 and 5 March", Some("2024-03-10")),
            ["2024-03-03", "2024-03-04", "2024-03-05"]
        );
        assert_eq!(
            found("from 3 to 5 March 2024", None),
            ["2024-03-03", "2024-03-04", "2024-03-05"]
        );
        let may: Vec<String> = (13..=24).map(|d| format!("2024-05-{d}")).collect();
        assert_eq!(found("runs May 13 to May 24", Some("2024-05-01")), may);
        assert_eq!(found("runs May 13 to 24, 2024", None), may);
        assert_eq!(found("runs 13 May to 24 May 2024", None), may);
        assert_eq!(
            found("from December 30 to January 2", Some("2024-12-20")),
            ["2024-12-30", "2024-12-31", "2025-01-01", "2025-01-02"]
        );
        assert_eq!(
            found("between 2 May 2024 and 3 May 2024", None),
            ["2024-05-02", "2024-05-03"]
        );
        // Too long to list: the two ends.
        assert_eq!(
            found("from 1 January 2024 to 31 December 2024", None),
            ["2024-01-01", "2024-12-31"]
        );
    }

    #[test]
    fn lists_give_each_day() {
        assert_eq!(
            found("on December 5 and 6", Some("2024-12-10")),
            ["2024-12-05", "2024-12-06"]
        );
        assert_eq!(
            found("on 5, 6 and 7 June 2024", None),
            ["2024-06-05", "2024-06-06", "2024-06-07"]
        );
        assert_eq!(
            found("on December 5, 6 and 8, 2024", None),
            ["2024-12-05", "2024-12-06", "2024-12-08"]
        );
        assert_eq!(found("on 5 or 6 June 2024", None), ["2024-06-05", "2024-06-06"]);
        // Numbers after a date that count something are not more days.
        assert_eq!(
            found("On December 5, 12 people died.", Some("2024-12-10")),
            ["2024-12-05"]
        );
        assert_eq!(
            found("On December 5 and 6 people died.", Some("2024-12-10")),
            ["2024-12-05"]
        );
    }

    #[test]
    fn weekdays_need_the_publication_date() {
        // 2024-12-19 is a Thursday.
        let p = Some("2024-12-19");
        assert!(found("The vote is on Tuesday.", None).is_empty());
        assert_eq!(found("The vote was on Tuesday.", p), ["2024-12-17"]);
        assert_eq!(found("He spoke Thursday.", p), ["2024-12-19"]);
        assert_eq!(found("He spoke last Thursday.", p), ["2024-12-12"]);
        assert_eq!(found("since last Friday", p), ["2024-12-13"]);
        assert_eq!(found("due next Monday", p), ["2024-12-23"]);
        assert_eq!(found("due next Thursday", p), ["2024-12-26"]);
        assert_eq!(found("Wednesday's vote", p), ["2024-12-18"]);
        // A clause about the future takes the coming day.
        assert_eq!(found("The race is scheduled for Monday.", p), ["2024-12-23"]);
        assert_eq!(found("They will meet on Thursday.", p), ["2024-12-19"]);
        assert_eq!(found("It will rain. On Monday it rained.", p), ["2024-12-16"]);
        assert_eq!(found("on Tuesday 4 February", p), ["2025-02-04"]);
        assert_eq!(found("on Tuesday, Feb. 4", p), ["2025-02-04"]);
        assert!(found("Good Friday, Black Friday and every Sunday", p).is_empty());
        assert!(found("on Tuesdays", p).is_empty());
        // "the Friday" of some other week, not one near publication.
        assert!(found("Bands play on the Friday and a Saturday", p).is_empty());
    }

    #[test]
    fn today_yesterday_tomorrow() {
        let p = Some("2024-12-19");
        assert_eq!(
            found(
                "Yesterday it rained; today it snows and tomorrow's forecast is worse.",
                p
            ),
            ["2024-12-18", "2024-12-19", "2024-12-20"]
        );
        assert!(found("today", None).is_empty());
        assert!(found("He told the Today programme", p).is_empty());
    }

    #[test]
    fn months_and_years_keep_their_precision() {
        assert_eq!(found("in May 2024 and since March 2020", None), ["2024-05", "2020-03"]);
        assert_eq!(found("in 1994, and since 2001", None), ["1994", "2001"]);
        assert_eq!(found("between 2019 and 2021", None), ["2019", "2021"]);
        assert_eq!(found("from 2019 to 2021", None), ["2019", "2021"]);
        assert_eq!(found("in the summer of 1969", None), ["1969"]);
        assert_eq!(found("in May and June 2024", None), ["2024-05", "2024-06"]);
        assert_eq!(found("from March to May 2024", None), ["2024-03", "2024-04", "2024-05"]);
        assert_eq!(found("by 2030.", None), ["2030"]);
    }

    #[test]
    fn numbers_are_not_years() {
        for text in [
            "He won 1994 votes.",
            "a total of 1,994",
            "in 1994 votes cast",
            "rose by 2000 to 5000",
            "a total of 2000",
            "the score was 2-1994",
            "in the 1990s",
            "the 2024 election",
            "in 1850 and 2150",
            "2024",
        ] {
            assert!(found(text, None).is_empty(), "{text}: {:?}", found(text, None));
        }
    }

    #[test]
    fn datelines() {
        let body = "MOSCOW, Dec 19 (Reuters) - Talks begin on December 20, 2024 in Geneva.";
        assert_eq!(dateline(body), Some(d(2024, 12, 19)));
        assert_eq!(dateline("LONDON 1996-08-30\n\nShares fell."), Some(d(1996, 8, 30)));
        assert_eq!(
            dateline("PARIS, 19 December 2024 - The minister said"),
            Some(d(2024, 12, 19))
        );
        assert_eq!(dateline("NEW YORK, Sept. 3, 2024 — Stocks rose"), Some(d(2024, 9, 3)));
        assert_eq!(
            dateline("KYIV, Ukraine, Jan 2 (AP) - The war, which began on 24 February 2022"),
            Some(d(2022, 1, 2))
        );
        assert_eq!(
            dateline("MOSCOW, Jan 2 (Reuters) - On Dec. 30, 2024 ..."),
            Some(d(2025, 1, 2))
        );
        assert_eq!(dateline("WASHINGTON (AP) — The Senate voted on 3 May 2024."), None);
        assert_eq!(dateline("MOSCOW, Dec 19 (Reuters) - No year anywhere."), None);
        assert_eq!(dateline("US officials said on Dec 19 - 2024 was hard"), None);
        assert_eq!(dateline("The talks began on 19 December 2024 - in Paris"), None);
        assert_eq!(dateline(""), None);
    }

    /// `words` as first written, with `char` patterns: what the byte-wise one must match.
    fn words_by_chars(text: &str) -> Vec<(&str, bool, bool)> {
        const LEADING: &[char] = &['(', '[', '"', '\'', '“', '‘'];
        const TRAILING: &[char] = &[',', ';', ':', '.', '!', '?', ')', ']', '"', '\'', '”', '’'];
        text.split_whitespace()
            .filter_map(|raw| {
                let lead = raw.trim_start_matches(LEADING);
                let word = lead.trim_end_matches(TRAILING);
                let tail = lead.get(word.len()..).unwrap_or_default();
                (!word.is_empty()).then(|| (word, tail.contains(','), tail.contains(['.', ';', ':', '!', '?'])))
            })
            .collect()
    }

    fn words_as_tuples(text: &str) -> Vec<(&str, bool, bool)> {
        words(text).iter().map(|w| (w.text, w.comma, w.stop)).collect()
    }

    #[test]
    fn words_trim_and_note_punctuation() {
        assert_eq!(
            words_as_tuples("(“Hello,” she said.) 5, 6; [x]!? ‘quote’ \"a\" ... ’tis"),
            [
                ("Hello", true, false),
                ("she", false, false),
                ("said", false, true),
                ("5", true, false),
                ("6", false, true),
                ("x", false, true),
                ("quote", false, false),
                ("a", false, false),
                ("’tis", false, false),
            ]
        );
        assert!(words_as_tuples(" \t\n\u{a0}\u{3000} ( ... “ ”").is_empty());
    }

    #[test]
    fn words_match_the_char_based_definition() {
        let alphabet = [
            "a", "A", "1", "é", "—", " ", "\t", "\n", "\x0B", "\x0C", "\r", "\u{85}", "\u{a0}", "\u{2003}", "\u{3000}",
            "\u{200B}", "(", "[", "\"", "'", "“", "‘", "”", "’", ",", ".", ";", ":", "!", "?", ")", "]", "-",
        ];
        // Every string of up to three of these pieces, then longer pseudo-random ones.
        let mut texts = vec![String::new()];
        for _ in 0..3 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| alphabet.iter().map(move |piece| format!("{t}{piece}")))
                .collect();
            texts.extend(longer);
        }
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(
                    alphabet
                        .get(seed as usize % alphabet.len())
                        .copied()
                        .unwrap_or_default(),
                );
            }
            texts.push(text);
        }
        for text in &texts {
            assert_eq!(words_as_tuples(text), words_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn space_len_agrees_with_char_is_whitespace() {
        let mut buf = [0; 4];
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            let text = c.encode_utf8(&mut buf);
            let want = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(space_len(text, 0), want, "{c:?}");
        }
        // Inside a character there is no whitespace.
        assert_eq!(space_len("\u{3000}", 1), 0);
        assert_eq!(space_len("a", 1), 0);
    }

    #[test]
    fn trims_whole_characters() {
        assert_eq!(trim_leading("(“‘[\"'x"), "x");
        assert_eq!(trim_leading("’x"), "’x");
        assert_eq!(trim_leading("(("), "");
        assert_eq!(trim_trailing("x,;:.!?)]\"'”’"), "x");
        assert_eq!(trim_trailing("x“"), "x“");
        assert_eq!(trim_trailing("’"), "");
        assert!(Word::new("(“.”)").is_none());
        assert!(Word::new("").is_none());
    }

    #[test]
    fn starts_like_date_word_lets_every_date_word_through() {
        let mut date_words: Vec<String> = MONTHS.iter().chain(&WEEKDAYS).map(|w| w.to_string()).collect();
        date_words.extend(MONTHS.iter().filter_map(|m| m.get(..3)).map(str::to_string));
        date_words.extend(["sept", "today", "yesterday", "tomorrow", "tuesday's", "dec."].map(str::to_string));
        for word in &date_words {
            for w in [
                word.clone(),
                word.to_uppercase(),
                format!("{}{}", word[..1].to_uppercase(), &word[1..]),
            ] {
                assert!(starts_like_date_word(&w), "{w}");
            }
        }
        for word in [
            "The", "Mike", "said", "2024", "Ma", "", "Ju", "Today's", "THE", "Ja@", "J\u{e1}n",
        ] {
            assert_eq!(starts_like_date_word(word), word == "Today's", "{word}");
        }
        // No word it turns away is a month, as month_number reads them.
        let letters: Vec<u8> = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .chain([b'@', b'[', b'`', b'{', b'.'])
            .collect();
        for &a in &letters {
            for &b in &letters {
                for &c in &letters {
                    let word = String::from_utf8(vec![a, b, c]).unwrap_or_default();
                    if !starts_like_date_word(&word) {
                        assert_eq!(month_number(&word), None, "{word}");
                    }
                }
            }
        }
    }

    #[test]
    fn no_panics_on_odd_input() {
        let odd = [
            "",
            " ",
            "—",
            "-",
            "'s",
            "1-",
            "-1",
            "31-",
            "32-33 July",
            "99/99/9999",
            "0000-00-00",
            "2024-02-30T",
            "é 12 Décembre 2024",
            "Mai 5 ü",
            "日本 2024年 5月",
            "\u{1f600} May 5",
            "between",
            "between 3 and",
            "May",
            "May 5 to",
            "5, 6 and",
            "on Tuesday",
            "last",
            "next Monday's",
            "9999999999999999999 May",
            "31 February 2024",
            "May 31 to June 31, 2024",
            "Dec. ",
            "(((",
            ",,, ..",
        ];
        for text in odd {
            let _ = find_mentions(text, Some(d(2024, 12, 19)));
            let _ = find_mentions(text, None);
            let _ = parse_date(text);
            let _ = dateline(text);
            let _ = dateline(&format!("LONDON, {text} - x"));
        }
        // Near the ends of the supported years.
        let _ = find_mentions("last Monday, tomorrow, December 31", Some(d(2999, 12, 31)));
        let _ = find_mentions("yesterday, January 1", Some(d(1000, 1, 1)));
    }
}
