//! `people`: who the index mentions, in how many articles, under which
//! spellings. Counts come from the index's fast fields, not from the files.

use std::collections::{BTreeMap, BTreeSet};

use anyhow::Context;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde::Serialize;
use tantivy::{DateTime, DocAddress, Searcher};

use crate::extract::dates::Date;
use crate::extract::names::{is_given_name, loose_key};
use crate::index::{date_of, NewsIndex};
use crate::schema::{for_each_term, text_hash_columns, ALIAS_SEP};
use crate::search::display_path;

/// The answer to `people`.
#[derive(Debug, Serialize)]
pub struct PeopleReport {
    /// With `--with NAME`: that person's canonical name. The people listed are
    /// then the ones named in the same articles, counting the shared articles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub with: Option<String>,
    pub people: Vec<PersonEntry>,
}

/// One person across the index.
#[derive(Debug, Serialize)]
pub struct PersonEntry {
    /// Canonical name: the full name the articles use.
    pub name: String,
    /// Other spellings found for this person ("Putin" for "Vladimir Putin").
    pub aliases: Vec<String>,
    pub article_count: usize,
    /// The articles, newest first.
    pub articles: Vec<ArticleRef>,
}

/// An article behind a name.
#[derive(Debug, Serialize)]
pub struct ArticleRef {
    pub id: String,
    pub path: String,
    pub title: String,
    pub published: Option<Date>,
}

/// One person's tally before the articles are read.
#[derive(Debug, Default)]
struct Tally {
    docs: Vec<DocAddress>,
    aliases: BTreeSet<String>,
    /// Names that were people of their own in some articles and were merged
    /// into this one across the index ("Putin" into "Vladimir Putin").
    merged: Vec<String>,
}

/// Every person in the index with the addresses of the articles that name
/// them and the spellings those articles used, after merging bare surnames into
/// the one full name that has them. Reads fast fields only.
fn tally(searcher: &Searcher) -> anyhow::Result<HashMap<String, Tally>> {
    let mut people: HashMap<String, Tally> = HashMap::default();
    for (segment_ord, segment) in searcher.segment_readers().iter().enumerate() {
        let fast = segment.fast_fields();
        let Some(column) = fast.str("people")? else {
            continue;
        };
        let aliases = fast.str("aliases")?;
        // The documents of each name, grouped by term ordinal in one array
        // (counted first, then filled): no vector per name.
        let mut starts = vec![0u32; column.num_terms() + 1];
        let mut alias_used = vec![false; aliases.as_ref().map_or(0, |a| a.num_terms())];
        for doc in segment.doc_ids_alive() {
            for ord in column.term_ords(doc) {
                if let Some(n) = starts.get_mut(ord as usize + 1) {
                    *n += 1;
                }
            }
            for ord in aliases.iter().flat_map(|a| a.term_ords(doc)) {
                if let Some(used) = alias_used.get_mut(ord as usize) {
                    *used = true;
                }
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut docs_by_ord = vec![0u32; starts.last().copied().unwrap_or(0) as usize];
        let mut next = starts.clone();
        for doc in segment.doc_ids_alive() {
            for ord in column.term_ords(doc) {
                if let Some(at) = next.get_mut(ord as usize) {
                    if let Some(slot) = docs_by_ord.get_mut(*at as usize) {
                        *slot = doc;
                    }
                    *at += 1;
                }
            }
        }
        let docs_of = |ord: usize| {
            let (from, to) = (starts[ord] as usize, starts[ord + 1] as usize);
            docs_by_ord.get(from..to).unwrap_or(&[])
        };
        let ords: Vec<u64> = (0..column.num_terms())
            .filter(|&ord| starts[ord] < starts[ord + 1])
            .map(|ord| ord as u64)
            .collect();
        let mut used = ords.iter();
        for_each_term(&column, ords.iter().copied(), |name| {
            if let Some(&ord) = used.next() {
                let entry = people.entry(name.to_string()).or_default();
                entry.docs.extend(
                    docs_of(ord as usize)
                        .iter()
                        .map(|&d| DocAddress::new(segment_ord as u32, d)),
                );
            }
        })?;
        if let Some(aliases) = &aliases {
            let used = alias_used
                .iter()
                .enumerate()
                .filter(|(_, used)| **used)
                .map(|(ord, _)| ord as u64);
            for_each_term(aliases, used, |pair| {
                if let Some((canonical, alias)) = pair.split_once(ALIAS_SEP) {
                    if let Some(person) = people.get_mut(canonical) {
                        person.aliases.insert(alias.to_string());
                    }
                }
            })?;
        }
    }
    merge_surnames(&mut people);
    // Identical copies of an article (same title and body) count once: the
    // copies are found in one pass over the index, then left out.
    let copies = copies(searcher)?;
    if copies.iter().any(|segment| segment.iter().any(|c| *c)) {
        let is_copy = |a: &DocAddress| {
            copies
                .get(a.segment_ord as usize)
                .and_then(|s| s.get(a.doc_id as usize))
                .copied()
                .unwrap_or(false)
        };
        for tally in people.values_mut() {
            tally.docs.retain(|a| !is_copy(a));
        }
    }
    Ok(people)
}

/// Every article that repeats the title and body of an earlier one, as one
/// flag per document of each segment.
fn copies(searcher: &Searcher) -> anyhow::Result<Vec<Vec<bool>>> {
    let mut first: HashSet<u64> = HashSet::default();
    let mut copies = Vec::new();
    for (segment_ord, column) in text_hash_columns(searcher)?.iter().enumerate() {
        let segment = searcher.segment_reader(segment_ord as u32);
        let mut flags = vec![false; segment.max_doc() as usize];
        for doc in segment.doc_ids_alive() {
            if let (Some(hash), Some(flag)) = (column.first(doc), flags.get_mut(doc as usize)) {
                *flag = !first.insert(hash);
            }
        }
        copies.push(flags);
    }
    Ok(copies)
}

/// Across the index, shorter spellings join the one full name they stand for:
/// "George Bush" joins "George W. Bush" when that is the only longer name with
/// the same first and last word, then "Putin" alone joins "Vladimir Putin"
/// when that is the only full name ending in "Putin". A name that could be
/// either of two people stays a person of its own.
fn merge_surnames(people: &mut HashMap<String, Tally>) {
    // Spellings that differ only in full stops, accents or case ("George W. Bush" and
    // "George W Bush", "Luka Dončić" and "Luka Doncic") are one person, under the
    // spelling most articles use; on a tie, the one with more letters written out (the
    // full stops, the accents), then the first in order.
    let mut by_key: HashMap<String, Vec<(&str, usize)>> = HashMap::default();
    for (name, tally) in people.iter() {
        by_key
            .entry(loose_key(name))
            .or_default()
            .push((name, tally.docs.len()));
    }
    let merges: Vec<(String, String)> = by_key
        .into_values()
        .filter(|group| group.len() > 1)
        .flat_map(|mut group| {
            group.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.len().cmp(&a.0.len())).then(a.0.cmp(b.0)));
            let into = group[0].0.to_string();
            group[1..]
                .iter()
                .map(|(from, _)| (from.to_string(), into.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    apply(people, merges);

    // Two-word names into the one longer name with the same ends (compared as
    // `loose_key` compares them, as below).
    let mut by_ends: HashMap<(String, String), Vec<&str>> = HashMap::default();
    for name in people.keys() {
        let words: Vec<&str> = name.split(' ').collect();
        if let [first, .., last] = words.as_slice() {
            if words.len() > 2 {
                by_ends
                    .entry((loose_key(first), loose_key(last)))
                    .or_default()
                    .push(name);
            }
        }
    }
    let merges: Vec<(String, String)> = people
        .keys()
        .filter_map(|name| {
            let (first, last) = name.split_once(' ').filter(|(_, last)| !last.contains(' '))?;
            match by_ends.get(&(loose_key(first), loose_key(last))).map(Vec::as_slice) {
                Some([longer]) => Some((name.clone(), (*longer).to_string())),
                _ => None,
            }
        })
        .collect();
    apply(people, merges);

    // Single words into the one full name ending with them.
    let mut by_surname: HashMap<String, Vec<&str>> = HashMap::default();
    for name in people.keys() {
        if let Some((_, last)) = name.rsplit_once(' ') {
            by_surname.entry(loose_key(last)).or_default().push(name);
        }
    }
    // (not a given name: an article that says only "Charles" or "Harry" is as likely
    // about a royal or a first-name mention as about the one Charles of the index)
    let merges: Vec<(String, String)> = people
        .keys()
        .filter(|name| !name.contains(' ') && !is_given_name(name))
        .filter_map(|surname| match by_surname.get(&loose_key(surname)).map(Vec::as_slice) {
            Some([full]) => Some((surname.clone(), (*full).to_string())),
            _ => None,
        })
        .collect();
    apply(people, merges);
}

/// Move each `(from, into)` tally into its target, `from` becoming an alias.
fn apply(people: &mut HashMap<String, Tally>, merges: Vec<(String, String)>) {
    for (from, into) in merges {
        let Some(short) = people.remove(&from) else {
            continue;
        };
        if let Some(target) = people.get_mut(&into) {
            target.docs.extend(short.docs);
            target.docs.sort();
            target.docs.dedup();
            target.aliases.insert(from.clone());
            target.aliases.extend(short.aliases);
            target.merged.push(from);
            target.merged.extend(short.merged);
        }
    }
}

/// What `people` should list.
#[derive(Debug, Clone, Default)]
pub struct PeopleQuery {
    /// Only this person (canonical name, surname or alias, any case).
    pub name: Option<String>,
    /// The people named in the same articles as this one.
    pub with: Option<String>,
    /// At most this many people.
    pub limit: Option<usize>,
    /// At most this many articles per person.
    pub articles: Option<usize>,
}

/// A name as a user may type it, ready for `is_named`: without a leading title
/// ("Mr Putin") or a possessive ("Putin's"), as `loose_key` writes names (lower
/// case, no full stops or accents: "doncic" finds "Luka Dončić").
fn wanted_name(typed: &str) -> String {
    const TITLES: [&str; 12] = [
        "mr ",
        "mrs ",
        "ms ",
        "miss ",
        "dr ",
        "prof ",
        "sir ",
        "dame ",
        "president ",
        "prime minister ",
        "chancellor ",
        "mr. ",
    ];
    let mut name = typed.trim().to_lowercase().replace('’', "'");
    while let Some(rest) = TITLES.iter().find_map(|t| name.strip_prefix(t)) {
        name = rest.trim_start().to_string();
    }
    loose_key(name.strip_suffix("'s").unwrap_or(&name))
}

/// Whether `wanted` (from `wanted_name`) names this person: the full name, its last
/// word, or any recorded spelling, compared as `loose_key` writes them.
fn is_named(name: &str, tally: &Tally, wanted: &str) -> bool {
    let matches = |n: &str| loose_key(n) == wanted;
    matches(name)
        || name.rsplit_once(' ').is_some_and(|(_, last)| matches(last))
        || tally.aliases.iter().any(|a| matches(a))
}

/// The canonical names a user's NAME stands for, with every spelling the
/// index holds as a person of its own that was merged into them.
pub fn resolve(idx: &NewsIndex, wanted: &str) -> anyhow::Result<Vec<String>> {
    let searcher = idx.reader()?.searcher();
    let wanted = wanted_name(wanted);
    let people = tally(&searcher)?;
    let mut names: Vec<String> = Vec::new();
    for (name, tally) in people.iter().filter(|(name, t)| is_named(name, t, &wanted)) {
        names.push(name.clone());
        names.extend(tally.merged.iter().cloned());
    }
    names.sort();
    names.dedup();
    Ok(names)
}

/// An article's publication date and address.
type Dated = (Option<Date>, DocAddress);

/// The text of a fast text field for each of `docs`, reading each segment's
/// dictionary once, in order.
fn fast_texts(searcher: &Searcher, field: &str, docs: &[DocAddress]) -> anyhow::Result<HashMap<DocAddress, String>> {
    let mut by_segment: HashMap<u32, Vec<DocAddress>> = HashMap::default();
    for address in docs {
        by_segment.entry(address.segment_ord).or_default().push(*address);
    }
    let mut out = HashMap::with_capacity_and_hasher(docs.len(), Default::default());
    for (segment_ord, addresses) in by_segment {
        let segment = searcher.segment_reader(segment_ord);
        let Some(column) = segment
            .fast_fields()
            .str(field)
            .with_context(|| format!("reading the {field} column"))?
        else {
            continue;
        };
        let mut by_ord: BTreeMap<u64, Vec<DocAddress>> = BTreeMap::new();
        for address in addresses {
            if let Some(ord) = column.term_ords(address.doc_id).next() {
                by_ord.entry(ord).or_default().push(address);
            }
        }
        let mut groups = by_ord.values();
        for_each_term(&column, by_ord.keys().copied(), |text| {
            for address in groups.next().into_iter().flatten() {
                out.insert(*address, text.to_string());
            }
        })?;
    }
    Ok(out)
}

/// Number of distinct people in the index, after surname merging.
pub fn count(idx: &NewsIndex) -> anyhow::Result<usize> {
    Ok(tally(&idx.reader()?.searcher())?.len())
}

/// The people listing: most articles first, then by name.
pub fn people(idx: &NewsIndex, query: &PeopleQuery) -> anyhow::Result<PeopleReport> {
    let searcher = idx.reader()?.searcher();
    let mut all: Vec<(String, Tally)> = tally(&searcher)?.into_iter().collect();
    if let Some(wanted) = &query.name {
        let wanted = wanted_name(wanted);
        all.retain(|(name, t)| is_named(name, t, &wanted));
    }
    let mut with = None;
    if let Some(wanted) = &query.with {
        let wanted = wanted_name(wanted);
        let (targets, others): (Vec<_>, Vec<_>) = all.into_iter().partition(|(name, t)| is_named(name, t, &wanted));
        let shared: HashSet<DocAddress> = targets.iter().flat_map(|(_, t)| t.docs.iter().copied()).collect();
        with = targets
            .into_iter()
            .max_by_key(|(_, t)| t.docs.len())
            .map(|(name, _)| name);
        all = others
            .into_iter()
            .filter_map(|(name, mut t)| {
                t.docs.retain(|d| shared.contains(d));
                (!t.docs.is_empty()).then_some((name, t))
            })
            .collect();
        if with.is_none() {
            all.clear();
        }
    }
    all.sort_by(|a, b| b.1.docs.len().cmp(&a.1.docs.len()).then_with(|| a.0.cmp(&b.0)));
    all.truncate(query.limit.unwrap_or(usize::MAX));

    let published = searcher
        .segment_readers()
        .iter()
        .map(|s| s.fast_fields().date("published"))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let secs_of = |a: &DocAddress| {
        published
            .get(a.segment_ord as usize)
            .and_then(|c| c.first(a.doc_id))
            .map_or(i64::MIN, |d| d.into_timestamp_secs())
    };
    // Newest first, from the fast field; then ids and titles of the articles
    // shown, also from fast fields, each segment's dictionary read once.
    let chosen: Vec<(String, Tally, Vec<Dated>)> = all
        .into_iter()
        .map(|(name, tally)| {
            let mut docs: Vec<(i64, DocAddress)> = tally.docs.iter().map(|a| (secs_of(a), *a)).collect();
            let newest_first = |a: &(i64, DocAddress), b: &(i64, DocAddress)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
            let keep = query.articles.unwrap_or(usize::MAX);
            if keep < docs.len() {
                docs.select_nth_unstable_by(keep, newest_first);
                docs.truncate(keep);
            }
            docs.sort_by(newest_first);
            let docs: Vec<Dated> = docs
                .into_iter()
                .map(|(secs, a)| {
                    (
                        (secs != i64::MIN)
                            .then(|| DateTime::from_timestamp_secs(secs))
                            .and_then(date_of),
                        a,
                    )
                })
                .collect();
            (name, tally, docs)
        })
        .collect();
    let shown: Vec<DocAddress> = chosen
        .iter()
        .flat_map(|(_, _, docs)| docs.iter().map(|(_, a)| *a))
        .collect();
    let ids = fast_texts(&searcher, "id", &shown)?;
    let titles = fast_texts(&searcher, "title", &shown)?;
    let mut out = Vec::with_capacity(chosen.len());
    for (name, mut tally, docs) in chosen {
        let articles = docs
            .into_iter()
            .map(|(published, address)| {
                let id = ids.get(&address).cloned().unwrap_or_default();
                ArticleRef {
                    path: display_path(&id),
                    id,
                    title: titles.get(&address).cloned().unwrap_or_default(),
                    published,
                }
            })
            .collect();
        tally.aliases.remove(&name);
        out.push(PersonEntry {
            name,
            aliases: tally.aliases.into_iter().collect(),
            article_count: tally.docs.len(),
            articles,
        });
    }
    Ok(PeopleReport { with, people: out })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tallies(names: &[(&str, &[u32])]) -> HashMap<String, Tally> {
        names
            .iter()
            .map(|(n, docs)| {
                let docs = docs.iter().map(|d| DocAddress::new(0, *d)).collect();
                (
                    n.to_string(),
                    Tally {
                        docs,
                        ..Tally::default()
                    },
                )
            })
            .collect()
    }

    #[test]
    fn bare_surname_joins_the_only_full_name() {
        let mut people = tallies(&[("Vladimir Putin", &[0, 1]), ("Putin", &[1, 2])]);
        merge_surnames(&mut people);
        assert_eq!(people.len(), 1);
        let putin = &people["Vladimir Putin"];
        assert_eq!(putin.docs.len(), 3);
        assert!(putin.aliases.contains("Putin"));
    }

    #[test]
    fn a_name_with_its_nickname_is_the_name_without_it() {
        let mut people = tallies(&[
            ("Saúl \"Canelo\" Álvarez", &[0]),
            ("Saúl Álvarez", &[1, 2]),
            ("Álvarez", &[3]),
        ]);
        merge_surnames(&mut people);
        assert_eq!(people.len(), 1, "{:?}", people.keys().collect::<Vec<_>>());
        let canelo = &people["Saúl Álvarez"];
        assert_eq!(canelo.docs.len(), 4);
        assert!(canelo.aliases.contains("Saúl \"Canelo\" Álvarez"));
    }

    #[test]
    fn name_without_middle_joins_the_only_longer_one() {
        let mut people = tallies(&[
            ("George W. Bush", &[0]),
            ("George Bush", &[1]),
            ("Bush", &[2]),
            ("Laura Bush", &[3]),
        ]);
        merge_surnames(&mut people);
        let bush = &people["George W. Bush"];
        assert_eq!(bush.docs.len(), 2);
        assert!(bush.aliases.contains("George Bush"));
        // "Bush" alone could be George or Laura.
        assert!(people.contains_key("Bush"));
        assert!(people.contains_key("Laura Bush"));

        let mut people = tallies(&[
            ("John F. Kennedy", &[0]),
            ("John D. Kennedy", &[1]),
            ("John Kennedy", &[2]),
        ]);
        merge_surnames(&mut people);
        assert_eq!(people.len(), 3, "two longer names: no merge");
    }

    #[test]
    fn names_as_users_type_them() {
        assert_eq!(wanted_name("  Mr Putin "), "putin");
        assert_eq!(wanted_name("President Putin’s"), "putin");
        assert_eq!(wanted_name("Prime Minister Keir Starmer"), "keir starmer");
        assert_eq!(wanted_name("Drummond"), "drummond", "a title only as a whole word");
        assert_eq!(wanted_name("Luka Dončić’s"), "luka doncic");
        assert_eq!(wanted_name("Mr. J.D. Vance"), "jd vance");
    }

    #[test]
    fn spellings_without_accents_or_full_stops_are_one_person() {
        let mut people = tallies(&[
            ("Luka Dončić", &[0]),
            ("Luka Doncic", &[1]),
            ("Doncic", &[2]),
            ("George W Bush", &[3]),
            ("George W. Bush", &[4, 5]),
            ("Jean Dupont", &[6]),
            ("Jeanne Dupont", &[7]),
        ]);
        merge_surnames(&mut people);
        // a tie goes to the spelling with the accents; the bare surname, written without
        // them, joins the one full name
        let luka = &people["Luka Dončić"];
        assert_eq!(luka.docs.len(), 3, "{people:?}");
        assert!(luka.aliases.contains("Luka Doncic") && luka.aliases.contains("Doncic"));
        assert!(!people.contains_key("Luka Doncic") && !people.contains_key("Doncic"));
        // more articles decide before the letters do
        assert_eq!(people["George W. Bush"].docs.len(), 3);
        assert!(!people.contains_key("George W Bush"));
        // other letters are other people
        assert!(people.contains_key("Jean Dupont") && people.contains_key("Jeanne Dupont"));
        let mut people = tallies(&[("George W Bush", &[0, 1]), ("George W. Bush", &[2])]);
        merge_surnames(&mut people);
        assert_eq!(people["George W Bush"].docs.len(), 3, "the spelling most articles use");
    }

    #[test]
    fn ambiguous_surname_stays_apart() {
        let mut people = tallies(&[("Serena Williams", &[0]), ("Venus Williams", &[1]), ("Williams", &[2])]);
        merge_surnames(&mut people);
        assert_eq!(people.len(), 3);
        assert!(people.contains_key("Williams"));
    }
}
