//! Hashing for the extractor's many short keys: the Fx hash, word hashes read eight bytes
//! at a time, keys joined on the stack, and hash tables one thread reuses article after
//! article.

use super::*;

/// A small, fast hash (the Fx hash of rustc) for the many short-string look-ups; the inputs
/// are article words, and a flooding attack on one article's sets is not a concern.
#[derive(Default, Clone, Copy)]
pub(super) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    pub(super) fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut v = [0u8; 8];
            v.copy_from_slice(c);
            self.add(u64::from_le_bytes(v));
        }
        // (the tail always mixed in, even when empty: no branch to mispredict)
        self.add(le_word(chunks.remainder()));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        // Fx leaves the low bits weak, and hashbrown indexes by them: mix before use.
        let h = self.hash ^ (self.hash >> 33);
        let h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

/// A 64-bit hash of a word, for the article's own lower-case vocabulary.
pub(super) fn word_hash(w: &str) -> u64 {
    word_hash_bytes(w.as_bytes())
}

/// `word_hash` of a word given as bytes.
pub(super) fn word_hash_bytes(w: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(w);
    h.write_u8(0xff);
    h.finish()
}

/// A word of at most eight bytes as one number (`le_word`), read from `bytes` at `start`
/// with one unaligned read and a mask: `le_word` itself branches on the length, which
/// varies from word to word. `None` for longer words or near the end of `bytes`.
#[inline(always)]
pub(super) fn packed_word(bytes: &[u8], start: usize, len: usize) -> Option<u64> {
    if !(1..=8).contains(&len) {
        return None;
    }
    let chunk: [u8; 8] = bytes.get(start..start + 8)?.try_into().ok()?;
    // (the low `len` bytes, without a branch on `len`)
    Some(u64::from_le_bytes(chunk) & (u64::MAX >> (64 - 8 * len)))
}

/// `word_hash` of a word of `len` bytes (1 to 8) given packed by `packed_word`.
#[inline(always)]
pub(super) fn word_hash_packed(packed: u64, len: usize) -> u64 {
    let mut h = FxHasher::default();
    h.add(packed);
    if len == 8 {
        // (eight bytes are a whole chunk, then an empty tail)
        h.add(0);
    }
    h.write_u8(0xff);
    h.finish()
}

/// Room in a `KeyBuf`: more than the longest word-list entry (a test checks), so a key
/// that does not fit names nothing.
pub(super) const KEY_BYTES: usize = 128;

/// A short key of words joined by spaces, built on the stack: lower-cased multi-word
/// titles ("prime minister", "chief executive"), or multi-word places as written.
pub(super) struct KeyBuf {
    buf: [u8; KEY_BYTES],
    pub(super) len: usize,
}

impl KeyBuf {
    pub(super) fn new() -> Self {
        KeyBuf {
            buf: [0; KEY_BYTES],
            len: 0,
        }
    }

    /// Appends `w` lower-cased (after a space unless first): without its full stops, letter
    /// by letter, if `no_dots`; else as `str::to_lowercase` does. False, leaving the key
    /// unusable, if it does not fit: then it is no entry of any word list.
    pub(super) fn push_word(&mut self, w: &str, no_dots: bool) -> bool {
        if self.len > 0 && !self.push_bytes(b" ") {
            return false;
        }
        if w.is_ascii() {
            for c in w.bytes().filter(|&c| !(no_dots && c == b'.')) {
                if !self.push_bytes(&[c.to_ascii_lowercase()]) {
                    return false;
                }
            }
            return true;
        }
        let lower: String = if no_dots {
            w.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect()
        } else {
            w.to_lowercase()
        };
        self.push_bytes(lower.as_bytes())
    }

    pub(super) fn push_bytes(&mut self, bytes: &[u8]) -> bool {
        let Some(dst) = self.buf.get_mut(self.len..self.len + bytes.len()) else {
            return false;
        };
        dst.copy_from_slice(bytes);
        self.len += bytes.len();
        true
    }

    pub(super) fn bytes(&self) -> &[u8] {
        self.buf.get(..self.len).unwrap_or(&[])
    }
}

/// A map from word hashes to small values, by open addressing, for one article at a time:
/// it remembers which slots it filled, so that `clear` costs one store per entry rather than
/// zeroing the whole table, and one table serves every article of a thread (see `Scratch`).
/// As a set (`HashSet64`) it holds the article's lower-case vocabulary; as a map
/// (`HashIndex`) the numbers of its spellings.
#[derive(Debug, Default)]
pub(super) struct HashTable<V> {
    /// `(hash | 1, value)`; a zero hash is an empty slot.
    pub(super) slots: Vec<(u64, V)>,
    /// How many of `slots` the table uses (a power of two): as many as this article needs,
    /// not as many as the longest article so far, so that a short article's entries stay
    /// in few cache lines.
    pub(super) size: usize,
    pub(super) filled: Vec<u32>,
}

/// The set of the article's lower-case words (by `word_hash`).
pub(super) type HashSet64 = HashTable<()>;
/// Spelling hashes to their index in the article's list of spellings.
pub(super) type HashIndex = HashTable<u32>;

impl<V: Copy + Default> HashTable<V> {
    /// Room for `n` entries at most half full (an empty table only: it is not rehashed).
    pub(super) fn reserve(&mut self, n: usize) {
        debug_assert!(self.filled.is_empty());
        self.size = (n * 2).next_power_of_two().max(16);
        if self.slots.len() < self.size {
            self.slots = vec![(0, V::default()); self.size];
        }
    }

    /// Empties the table, keeping its memory.
    pub(super) fn clear(&mut self) {
        for &i in &self.filled {
            if let Some(slot) = self.slots.get_mut(i as usize) {
                *slot = (0, V::default());
            }
        }
        self.filled.clear();
    }

    /// Sets the value of `hash` (sized by `reserve`: a full table drops the insert).
    #[inline]
    pub(super) fn insert(&mut self, hash: u64, value: V) {
        let h = hash | 1;
        let mask = self.size.wrapping_sub(1);
        let mut i = (h as usize) & mask;
        for _ in 0..self.size {
            let Some(slot) = self.slots.get_mut(i) else {
                return;
            };
            if slot.0 == 0 || slot.0 == h {
                if slot.0 == 0 {
                    self.filled.push(i as u32);
                }
                *slot = (h, value);
                return;
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    pub(super) fn get(&self, hash: u64) -> Option<V> {
        let h = hash | 1;
        let mask = self.size.wrapping_sub(1);
        let mut i = (h as usize) & mask;
        for _ in 0..self.size {
            let &(slot, value) = self.slots.get(i)?;
            if slot == 0 {
                return None;
            }
            if slot == h {
                return Some(value);
            }
            i = (i + 1) & mask;
        }
        None
    }
}

impl HashSet64 {
    #[inline]
    pub(super) fn add(&mut self, hash: u64) {
        self.insert(hash, ());
    }

    pub(super) fn contains(&self, hash: u64) -> bool {
        self.get(hash).is_some()
    }
}

/// Fx-hashed sets and maps, for short keys.
pub(super) type Set<T> = HashSet<T, BuildHasherDefault<FxHasher>>;
pub(super) type Map<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
