//! English stemming that remembers: news repeats its words, and the Snowball
//! stemmer was a third of indexing time. Same stems as tantivy's `Stemmer`.

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use crate::bytes::le_word;

/// Forget the cache past this many words (bounded memory on odd corpora).
const MAX_CACHED: usize = 200_000;

/// A token filter giving each token its English stem, from a cache when it can.
#[derive(Clone, Copy, Debug, Default)]
pub struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter {
            inner: tokenizer,
            cache: Cache::default(),
        }
    }
}

/// The tokenizer `CachedStemmer` builds; each clone (one per indexing thread)
/// has its own cache.
#[derive(Clone)]
pub struct CachedStemmerFilter<T> {
    inner: T,
    cache: Cache,
}

/// Stems by word: words of up to 15 bytes (nearly all) keyed by `short_key`,
/// compared as numbers; longer ones by their text.
#[derive(Clone, Default)]
struct Cache {
    short: FxHashMap<u128, String>,
    long: FxHashMap<String, String>,
}

impl Cache {
    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }

    fn get(&self, word: &str) -> Option<&String> {
        match short_key(word) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }

    fn insert(&mut self, word: String, stem: String) {
        match short_key(&word) {
            Some(key) => self.short.insert(key, stem),
            None => self.long.insert(word, stem),
        };
    }
}

/// A word of at most 15 bytes as one number: its bytes, little-endian, and its
/// length in the top byte (so that no two words share a key).
fn short_key(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let lo = le_word(b);
    let hi = le_word(b.get(8..).unwrap_or_default());
    Some(u128::from(lo) | u128::from(hi) << 64 | (b.len() as u128) << 120)
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.cache.len() > MAX_CACHED {
            self.cache.clear();
        }
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            cache: &mut self.cache,
            stemmer: None,
        }
    }
}

pub struct CachedStemmerStream<'a, T> {
    tail: T,
    cache: &'a mut Cache,
    /// Created on the first word the cache lacks.
    stemmer: Option<Stemmer>,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.cache.get(&token.text) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let stemmer = self.stemmer.get_or_insert_with(|| Stemmer::create(Algorithm::English));
        let stem = stemmer.stem(&token.text).into_owned();
        let word = std::mem::replace(&mut token.text, stem.clone());
        self.cache.insert(word, stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_keys_are_the_bytes_and_the_length() {
        let word = "abcdefghijklmnopq";
        for n in 0..=15 {
            let mut want = [0u8; 16];
            want[..n].copy_from_slice(&word.as_bytes()[..n]);
            want[15] = n as u8;
            assert_eq!(
                super::short_key(&word[..n]),
                Some(u128::from_le_bytes(want)),
                "{n} bytes"
            );
        }
        assert_eq!(super::short_key(&word[..16]), None);
        assert_ne!(super::short_key("a"), super::short_key("a\0"));
    }

    use tantivy::tokenizer::{Language, LowerCaser, SimpleTokenizer, Stemmer as TantivyStemmer, TextAnalyzer};

    use super::*;

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push(stream.token().text.clone());
        }
        out
    }

    #[test]
    fn same_stems_as_tantivy_twice_over() {
        let text = "Ministers reopened talks; the reopening talks were talked about by talking ministers.";
        let mut ours = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(CachedStemmer)
            .build();
        let mut theirs = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(LowerCaser)
            .filter(TantivyStemmer::new(Language::English))
            .build();
        let want = tokens(&mut theirs, text);
        assert_eq!(tokens(&mut ours, text), want);
        // Second pass comes from the cache.
        assert_eq!(tokens(&mut ours, text), want);
        assert!(want.contains(&"reopen".to_string()));
    }
}
