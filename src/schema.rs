//! The tantivy schema, its field handles and its tokenizers, in one place.

use tantivy::columnar::StrColumn;
use tantivy::schema::{
    DateOptions, DateTimePrecision, Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions,
    FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
};
use tantivy::Index;

use crate::stem::CachedStemmer;

/// Tokenizer of title and body: words, lower-cased, English stems.
pub const STEMMED: &str = "en_stem_newsidx";
/// Tokenizer of people names: words, lower-cased, accents folded, with
/// positions, so that `people:"vladimir putin"` and `people:putin` both find
/// "Vladimir Putin". (Counting uses the exact names from the fast field.)
pub const NAME: &str = "name_newsidx";
/// Tokenizer of the exact-name field `person` of indexes made before names were matched
/// whole through the `people` fast field: still registered so that such an index can be
/// updated (new documents leave the field empty).
pub const NAME_EXACT: &str = "name_exact_newsidx";

/// Field handles, resolved once from the schema.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Article id: the file path, or `PATH#LINE`. Exact, stored.
    pub id: Field,
    /// The file the article came from (absolute). Exact, fast: incremental indexing deletes by it.
    pub file: Field,
    pub title: Field,
    pub body: Field,
    /// Canonical people names, one value each: words indexed for `people:` queries, and
    /// the whole names in the fast field, where `people` counts them and `search --person`
    /// matches them exactly (a range query of one name reads the fast field).
    pub people: Field,
    /// `CANONICAL\u{1f}ALIAS` pairs: the other spellings each person had in the article.
    pub aliases: Field,
    pub published: Field,
    /// Every date the article mentions: the first day of each day, month or year.
    pub dates: Field,
    /// The same mentions as written with their precision ("2024-05-19", "2024-05", "1994"); stored only.
    pub mentions: Field,
    pub author: Field,
    pub url: Field,
    /// File size, modification time (ns) and content hash, for change detection.
    pub size: Field,
    pub mtime: Field,
    pub hash: Field,
    /// Hash of the article's title and body: copies of one article at several
    /// paths share it, so that search and people can count them once.
    pub text_hash: Field,
}

/// Separator inside an `aliases` value.
pub const ALIAS_SEP: char = '\u{1f}';

impl Fields {
    /// Build the schema and its handles.
    pub fn build() -> (Schema, Fields) {
        let mut b = Schema::builder();
        let text = TextOptions::default().set_stored().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(STEMMED)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let name = TextOptions::default().set_stored().set_fast(None).set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(NAME)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let date = DateOptions::from(INDEXED | STORED | FAST).set_precision(DateTimePrecision::Seconds);
        let dates = DateOptions::from(INDEXED | STORED).set_precision(DateTimePrecision::Seconds);
        let fast_u64 = NumericOptions::default().set_fast();
        let fields = Fields {
            id: b.add_text_field("id", STRING | STORED | FAST),
            file: b.add_text_field("file", STRING | FAST),
            // Fast as well: `people` lists titles without reading stored documents.
            title: b.add_text_field("title", text.clone().set_fast(None)),
            body: b.add_text_field("body", text),
            people: b.add_text_field("people", name),
            aliases: b.add_text_field("aliases", STORED | FAST),
            published: b.add_date_field("published", date),
            dates: b.add_date_field("dates", dates),
            mentions: b.add_text_field("mentions", STORED),
            author: b.add_text_field(
                "author",
                TextOptions::default().set_stored().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(STEMMED)
                        .set_index_option(IndexRecordOption::WithFreqsAndPositions),
                ),
            ),
            url: b.add_text_field("url", STRING | STORED),
            size: b.add_u64_field("size", fast_u64.clone()),
            mtime: b.add_i64_field("mtime", fast_u64.clone()),
            hash: b.add_u64_field("file_hash", fast_u64.clone()),
            text_hash: b.add_u64_field("article_hash", fast_u64),
        };
        (b.build(), fields)
    }

    /// Handles of an existing index's schema; fails on an index of another layout.
    pub fn of(schema: &Schema) -> tantivy::Result<Fields> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            id: f("id")?,
            file: f("file")?,
            title: f("title")?,
            body: f("body")?,
            people: f("people")?,
            aliases: f("aliases")?,
            published: f("published")?,
            dates: f("dates")?,
            mentions: f("mentions")?,
            author: f("author")?,
            url: f("url")?,
            size: f("size")?,
            mtime: f("mtime")?,
            hash: f("file_hash")?,
            text_hash: f("article_hash")?,
        })
    }
}

/// Register the tokenizers the schema names; every opened index needs this.
pub fn register_tokenizers(index: &Index) {
    let stemmed = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CachedStemmer)
        .build();
    let name = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build();
    index.tokenizers().register(STEMMED, stemmed);
    index.tokenizers().register(NAME, name);
    let exact = TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .build();
    index.tokenizers().register(NAME_EXACT, exact);
}

/// Call `f` with the text of each of `ords` (ascending), reading the
/// dictionary once in order rather than one block per term.
pub fn for_each_term(
    column: &StrColumn,
    ords: impl Iterator<Item = u64>,
    mut f: impl FnMut(&str),
) -> std::io::Result<()> {
    column.dictionary().sorted_ords_to_term_cb(ords, |bytes| {
        f(&String::from_utf8_lossy(bytes));
        Ok(())
    })?;
    Ok(())
}

/// The `article_hash` fast field (`Fields::text_hash`) of every segment, by segment ordinal.
pub fn text_hash_columns(searcher: &tantivy::Searcher) -> tantivy::Result<Vec<tantivy::columnar::Column<u64>>> {
    searcher
        .segment_readers()
        .iter()
        .map(|s| s.fast_fields().u64("article_hash"))
        .collect()
}
