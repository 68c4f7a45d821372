//! `timeline`: how many matching articles were published per day, month or
//! year, counted by tantivy's date histogram aggregation (not a scan).

use std::collections::BTreeMap;

use anyhow::Context;
use serde::Serialize;
use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::{AggregationCollector, AggregationLimitsGuard};
use tantivy::collector::Count;

use crate::cli::{FilterArgs, Period};
use crate::extract::dates::Date;
use crate::index::NewsIndex;
use crate::search::filtered_query;

const DAY_MS: f64 = 86_400_000.0;
/// Empty days between two dated ones are shown only up to this many bars.
const MAX_FILLED_DAYS: i64 = 400;

/// The answer to `timeline`.
#[derive(Debug, Serialize)]
pub struct Timeline {
    pub query: String,
    pub by: Period,
    /// Matching articles, dated or not.
    pub total: usize,
    /// Matching articles without a publication date (in no bar).
    pub undated: u64,
    /// Periods in order, gaps included as zero.
    pub buckets: Vec<Bucket>,
}

#[derive(Debug, Serialize)]
pub struct Bucket {
    /// `2024-12-19`, `2024-12` or `2024`.
    pub period: String,
    pub count: u64,
}

/// The period a day falls in, as shown.
fn period_of(day: Date, by: Period) -> String {
    let iso = day.to_string();
    match by {
        Period::Day => iso,
        Period::Month => iso.get(..7).unwrap_or_default().to_string(),
        Period::Year => day.year().to_string(),
    }
}

/// The next period after `period` (same form), for filling gaps.
fn next_period(day: Date, by: Period) -> Option<Date> {
    let (y, m) = (day.year(), day.month());
    match by {
        Period::Day => Date::from_days_since_epoch(day.days_since_epoch() + 1),
        Period::Month if m == 12 => Date::new(y + 1, 1, 1),
        Period::Month => Date::new(y, m + 1, 1),
        Period::Year => Date::new(y + 1, 1, 1),
    }
}

fn start_of(day: Date, by: Period) -> Option<Date> {
    match by {
        Period::Day => Some(day),
        Period::Month => Date::new(day.year(), day.month(), 1),
        Period::Year => Date::new(day.year(), 1, 1),
    }
}

pub fn timeline(idx: &NewsIndex, query: &str, by: Period, filters: &FilterArgs) -> anyhow::Result<Timeline> {
    let parsed = filtered_query(idx, query, filters)?;
    let request: Aggregations = serde_json::from_value(serde_json::json!({
        "days": {"date_histogram": {"field": "published", "fixed_interval": "1d", "min_doc_count": 1}}
    }))
    .context("building the date histogram")?;
    let collector = AggregationCollector::from_aggs(request, AggregationLimitsGuard::default());
    let searcher = idx.reader()?.searcher();
    let (result, total) = searcher
        .search(&*parsed, &(collector, Count))
        .context("counting by date")?;
    let result = serde_json::to_value(result).context("reading the date histogram")?;

    let mut counts: BTreeMap<Date, u64> = BTreeMap::new();
    for bucket in result["days"]["buckets"].as_array().into_iter().flatten() {
        let (Some(key), Some(count)) = (bucket["key"].as_f64(), bucket["doc_count"].as_u64()) else {
            continue;
        };
        let Some(day) = Date::from_days_since_epoch((key / DAY_MS).floor() as i64) else {
            continue;
        };
        if let Some(start) = start_of(day, by) {
            *counts.entry(start).or_default() += count;
        }
    }
    let dated: u64 = counts.values().sum();
    let mut buckets = Vec::with_capacity(counts.len());
    if let (Some(first), Some(last)) = (counts.keys().next().copied(), counts.keys().next_back().copied()) {
        let span = last.days_since_epoch() - first.days_since_epoch();
        let fill = by != Period::Day || span <= MAX_FILLED_DAYS;
        let mut at = Some(first);
        while let Some(period) = at.filter(|p| *p <= last) {
            let count = counts.get(&period).copied().unwrap_or(0);
            if fill || count > 0 {
                buckets.push(Bucket {
                    period: period_of(period, by),
                    count,
                });
            }
            at = if fill {
                next_period(period, by)
            } else {
                counts.range(period..).nth(1).map(|(d, _)| *d)
            };
        }
    }
    Ok(Timeline {
        query: query.to_string(),
        by,
        total,
        undated: (total as u64).saturating_sub(dated),
        buckets,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap_or_else(|| panic!("bad date"))
    }

    #[test]
    fn periods_and_their_successors() {
        assert_eq!(period_of(d(2024, 12, 19), Period::Day), "2024-12-19");
        assert_eq!(period_of(d(2024, 12, 19), Period::Month), "2024-12");
        assert_eq!(period_of(d(2024, 12, 19), Period::Year), "2024");
        assert_eq!(next_period(d(2024, 12, 1), Period::Month), Some(d(2025, 1, 1)));
        assert_eq!(next_period(d(2024, 2, 28), Period::Day), Some(d(2024, 2, 29)));
        assert_eq!(start_of(d(2024, 12, 19), Period::Year), Some(d(2024, 1, 1)));
    }
}
