//! Article text to tokens: words (with their possessive, initials and abbreviations
//! kept whole), numbers and punctuation, each with its line, its sentence start and what
//! its capitals say; and the lower-case vocabulary of the article on the way.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word,
    /// A capital letter and its full stop ("W."), or several run together ("J.K.").
    Initial,
    Num,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok<'a> {
    /// The token text; for words without a possessive ending.
    pub(super) text: &'a str,
    /// Index of the line the token is on.
    pub(super) line: u32,
    /// For capitalised words, filled in by `classify`: the word's `lex` classes and the
    /// `lower_lex` classes of its lower-case form without full stops.
    pub(super) lex: u32,
    pub(super) llex: u32,
    pub(super) kind: Kind,
    /// The `T_*` flags below.
    pub(super) bits: u8,
}

/// The word ended in 's or s' (stripped from `text`).
const T_POSS: u8 = 1;
/// First token of its line.
pub(super) const T_LINE_START: u8 = 2;
/// Starts a sentence (or a quotation).
const T_SENT_START: u8 = 4;
/// A word or number in capitals ("NATO", "MPs"): see `is_all_caps`.
const T_CAPS: u8 = 8;
/// A capitalised word that could be part of a name ("Putin", "McCarthy", "O'Neill").
const T_CAP: u8 = 16;
/// A lower-case name particle ("van", "bin", "al-Assad"): see `compute_particle`.
const T_PARTICLE: u8 = 32;
/// A common word here (`Ctx::is_common`), for capitalised words, set by `classify`.
pub(super) const T_COMMON: u8 = 64;
/// Only ASCII letters and digits (no apostrophe, hyphen or full stop): see `Tok::plain`.
const T_PLAIN: u8 = 128;

impl<'a> Tok<'a> {
    pub(super) fn poss(&self) -> bool {
        self.bits & T_POSS != 0
    }

    pub(super) fn line_start(&self) -> bool {
        self.bits & T_LINE_START != 0
    }

    pub(super) fn sent_start(&self) -> bool {
        self.bits & T_SENT_START != 0
    }

    pub(super) fn caps(&self) -> bool {
        self.bits & T_CAPS != 0
    }

    pub(super) fn cap(&self) -> bool {
        self.bits & T_CAP != 0
    }

    pub(super) fn particle(&self) -> bool {
        self.bits & T_PARTICLE != 0
    }

    pub(super) fn common(&self) -> bool {
        self.bits & T_COMMON != 0
    }

    pub(super) fn is_plain(&self) -> bool {
        self.bits & T_PLAIN != 0
    }

    pub(super) fn set(&mut self, flag: u8, on: bool) {
        if on {
            self.bits |= flag;
        } else {
            self.bits &= !flag;
        }
    }

    /// A word of ASCII letters and digits: lower-case (maybe a particle), or a capital
    /// then a lower-case letter (`cap` unless too long); what `new` makes of it, cheaper,
    /// marked `T_PLAIN`.
    #[inline(always)]
    fn plain(text: &'a str, particle: bool, cap: bool, line_start: bool, line: u32) -> Self {
        let bits = (u8::from(line_start) * T_LINE_START)
            | (u8::from(cap) * T_CAP)
            | (u8::from(particle) * T_PARTICLE)
            | T_PLAIN;
        Tok {
            text,
            line,
            lex: 0,
            llex: 0,
            kind: Kind::Word,
            bits,
        }
    }

    /// One punctuation character: what `new` makes of it, cheaper.
    #[inline(always)]
    fn punct(text: &'a str, line_start: bool, line: u32) -> Self {
        Tok {
            text,
            line,
            lex: 0,
            llex: 0,
            kind: Kind::Punct,
            bits: u8::from(line_start) * T_LINE_START,
        }
    }

    #[inline(always)]
    pub(super) fn new(text: &'a str, kind: Kind, poss: bool, line_start: bool, line: u32) -> Self {
        let first = text.as_bytes().first().copied().unwrap_or(0);
        // Fast paths: punctuation, and ASCII words starting in lower case, are never capitals.
        let (caps, cap, particle) = if kind == Kind::Punct {
            (false, false, false)
        } else if first.is_ascii_lowercase() {
            // particles are short, or carry a hyphen early ("al-Assad")
            let particle = kind == Kind::Word
                && ((text.len() <= 5 && is_particle_word(text)) || (has_early_hyphen(text) && compute_particle(text)));
            (false, false, particle)
        } else if kind == Kind::Word
            && first.is_ascii_uppercase()
            && text.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase)
            && text.len() <= MAX_NAME_WORD_BYTES
        {
            // "Putin": a capital then a lower-case letter
            (false, true, false)
        } else {
            let caps = is_all_caps(text);
            // (a word with a digit is a model or a code: "Radeon X800", "F1")
            let cap = kind == Kind::Word
                && !caps
                && text.len() <= MAX_NAME_WORD_BYTES
                && first_char(text).is_some_and(char::is_uppercase)
                && !text.bytes().any(|b| b.is_ascii_digit());
            (caps, cap, kind == Kind::Word && compute_particle(text))
        };
        let mut t = Tok {
            text,
            line,
            lex: 0,
            llex: 0,
            kind,
            bits: 0,
        };
        t.set(T_POSS, poss);
        t.set(T_LINE_START, line_start);
        t.set(T_CAPS, caps);
        t.set(T_CAP, cap);
        t.set(T_PARTICLE, particle);
        t
    }
}

/// Abbreviations whose full stop belongs to the word.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Prof", "Rev", "Maj",
    "Cmdr", "Adm", "Supt", "Insp", "Det", "Hon", "Mt", "Ft", "Jr", "Sr", "Jnr", "Snr",
];

/// Two initials written as one word that people go by ("JD Vance", "AJ Tracey"): initials
/// before a capitalised word even without a title before them.
const INITIALISMS: &[&str] = &[
    "JD", "JJ", "AJ", "TJ", "CJ", "RJ", "PJ", "KJ", "BJ", "DJ", "JB", "JT", "MJ", "AB", "JK", "KL", "RG", "JP", "TK",
    "KS",
];

#[inline]
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}')
}

#[inline]
fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The word starts with a lower-case letter (fast for ASCII).
pub(super) fn starts_lower(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        Some(_) => first_char(w).is_some_and(char::is_lowercase),
        None => false,
    }
}

/// A hyphen among the first four bytes ("al-Assad", "bin-Laden").
fn has_early_hyphen(w: &str) -> bool {
    let b = w.as_bytes();
    let at = |k: usize| b.get(k) == Some(&b'-');
    at(1) || at(2) || at(3) || at(0)
}

/// How many ASCII letters and digits `bytes` starts with: eight bytes at a time (a loop
/// per byte would mispredict its exit at the end of nearly every word).
pub(super) fn alnum_run(bytes: &[u8]) -> usize {
    const fn splat(b: u8) -> u64 {
        (b as u64) * 0x0101_0101_0101_0101
    }
    const HIGH: u64 = splat(0x80);
    const LOW7: u64 = splat(0x7f);
    /// High bit of each byte set where the (7-bit) byte is in `lo..=hi`.
    fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
        let ge = v.wrapping_add(splat(0x80 - lo)) & HIGH;
        let le = splat(0x80 + hi).wrapping_sub(v) & HIGH;
        ge & le
    }
    let mut n = 0;
    while let Some(chunk) = bytes.get(n..n + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let v = x & LOW7;
        let letter = in_range((x | splat(0x20)) & LOW7, b'a', b'z');
        let digit = in_range(v, b'0', b'9');
        let alnum = (letter | digit) & !(x & HIGH);
        let stop = !alnum & HIGH;
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    while bytes.get(n).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
        n += 1;
    }
    n
}

/// "s/o", "d/o", "a/l" or "a/p" at byte `i`, a word of its own (the letter at `i` is known to
/// be one letter before "/").
#[cold]
#[inline(never)]
fn is_son_of(bytes: &[u8], i: usize) -> bool {
    (i == 0 || bytes.get(i - 1) == Some(&b' '))
        && bytes.get(i + 3) == Some(&b' ')
        && matches!(
            (bytes.get(i), bytes.get(i + 2)),
            (Some(b's' | b'd'), Some(b'o')) | (Some(b'a'), Some(b'l' | b'p'))
        )
}

/// ASCII letters and digits, by byte.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The character starting at byte `i` (which must be a char boundary), fast for ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        None => None,
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..).and_then(|r| r.chars().next()),
    }
}

#[inline]
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// A combining accent written after its letter ("ọ̀" of "Adébáyọ̀" as "ọ" and U+0300): part
/// of the word.
#[inline]
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

#[inline]
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// Splits `text` into tokens; also collects the article's lower-case vocabulary (`word_hash`
/// of every word that starts in lower case) on the way.
pub(super) fn tokenize<'a>(text: &'a str, line: &mut u32, toks: &mut Vec<Tok<'a>>, lower_words: &mut HashSet64) {
    let bytes = text.as_bytes();
    toks.reserve(text.len() / 5);
    let mut i = 0;
    let mut line_start = true;
    // Whether a sentence (or a quotation, or a line) opens at the next word: see
    // `PUNCT_OPENS`. Words marked `T_SENT_START` as they are made.
    let mut open = true;
    while let Some(&b) = bytes.get(i) {
        if b == b'\n' {
            *line += 1;
            line_start = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        // Fast path for the common case, an ASCII word that ends at plain ASCII punctuation or
        // space: nothing below (possessives, initials, abbreviations, joined initials) applies.
        if b.is_ascii_alphabetic() {
            let end = i + 1 + alnum_run(bytes.get(i + 1..).unwrap_or(&[]));
            let next = bytes.get(end).copied().unwrap_or(b' ');
            let plain_end = next < 0x80 && next != b'\'' && next != b'-';
            if plain_end && b.is_ascii_lowercase() {
                // "Priya d/o Selvam", "Thinagaran a/l Subramaniam": "son of", "daughter of" (and
                // the Malay "anak lelaki", "anak perempuan") between two names, one particle
                if next == b'/' && end == i + 1 && is_son_of(bytes, i) {
                    let mut t = Tok::new(text.get(i..i + 3).unwrap_or(""), Kind::Word, false, line_start, *line);
                    t.bits |= T_PARTICLE | (u8::from(open | line_start) * T_SENT_START);
                    open = false;
                    toks.push(t);
                    line_start = false;
                    i += 4;
                    continue;
                }
                let w = text.get(i..end).unwrap_or("");
                let particle = match packed_word(bytes, i, w.len()) {
                    Some(packed) => {
                        lower_words.add(word_hash_packed(packed, w.len()));
                        // (six to eight bytes never match: every particle is shorter)
                        is_particle_packed(packed)
                    }
                    None => {
                        lower_words.add(word_hash(w));
                        w.len() <= 5 && is_particle_word(w)
                    }
                };
                let mut t = Tok::plain(w, particle, false, line_start, *line);
                t.bits |= u8::from(open | line_start) * T_SENT_START;
                open = false;
                toks.push(t);
                line_start = false;
                // (the space after a word needs no turn of the loop of its own)
                i = end + usize::from(next == b' ');
                continue;
            }
            // (capitalised: a full stop may make an initial or an abbreviation, and two or
            // three capitals may be initials: those take the full path)
            if plain_end && next != b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase) {
                let w = text.get(i..end).unwrap_or("");
                let cap = w.len() <= MAX_NAME_WORD_BYTES;
                let mut t = Tok::plain(w, false, cap, line_start, *line);
                t.bits |= u8::from(open | line_start) * T_SENT_START;
                open = false;
                toks.push(t);
                line_start = false;
                i = end + usize::from(next == b' ');
                continue;
            }
        }
        // ASCII punctuation is a token of one byte: what the general path below makes of it.
        if b < 0x80 && !b.is_ascii_alphanumeric() && !b.is_ascii_whitespace() && b != 0x0b {
            let p = text.get(i..i + 1).unwrap_or("");
            toks.push(Tok::punct(p, line_start, *line));
            open = ascii_punct_opens(b, open | line_start);
            line_start = false;
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else { break };
        let clen = c.len_utf8();
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        let start = i;
        let mut kind;
        let mut poss = false;
        let mut end;
        if is_alpha(c) {
            kind = Kind::Word;
            end = i + clen;
            loop {
                // ASCII letters and digits in one sweep
                end += alnum_run(bytes.get(end..).unwrap_or(&[]));
                // the sweep stopped at ASCII: only an apostrophe or hyphen can continue
                if bytes.get(end).is_some_and(|&b| b < 0x80 && b != b'\'' && b != b'-') {
                    break;
                }
                let Some(d) = char_at(text, end) else { break };
                let dlen = d.len_utf8();
                // "the Dan Skelton-trained Uncle Eamon": the trainer's name ends at the hyphen
                if d == '-' && c.is_uppercase() && trainer_tail(bytes.get(end + 1..).unwrap_or(&[])) {
                    break;
                }
                if is_alnum(d)
                    || is_combining_mark(d)
                    || ((is_apostrophe(d) || is_hyphen(d)) && char_at(text, end + dlen).is_some_and(is_alpha))
                {
                    end += dlen;
                } else {
                    break;
                }
            }
            let mut word_end = end;
            // Possessives: "Putin's", "Williams'".
            let w = &text[start..end];
            let ends_s = matches!(w.as_bytes().last(), Some(b's' | b'S'));
            // ("'s" or "\u{2019}s": the byte before the s is ' or the last byte of \u{2019})
            let quote_s = ends_s && end >= 2 && matches!(bytes.get(end - 2), Some(b'\'' | 0x99));
            for suffix in ["'s", "\u{2019}s", "'S"].into_iter().filter(|_| quote_s) {
                if let Some(stem) = w.strip_suffix(suffix) {
                    if !stem.is_empty() {
                        word_end = start + stem.len();
                        poss = true;
                    }
                    break;
                }
            }
            if !poss && ends_s && w.ends_with('s') && matches!(bytes.get(end), Some(b'\'' | 0xE2)) {
                if let Some(d) = char_at(text, end) {
                    let after = char_at(text, end + d.len_utf8());
                    if is_apostrophe(d) && !after.is_some_and(is_alnum) {
                        poss = true;
                        end += d.len_utf8();
                    }
                }
            }
            // Initials and abbreviations keep their full stop.
            let w = &text[start..word_end];
            if !poss && bytes.get(end) == Some(&b'.') {
                let single = w.len() == clen && c.is_uppercase();
                if single {
                    kind = Kind::Initial;
                    end += 1;
                    // "J.K." / "U.S.": more letters each followed by a full stop (a few)
                    let mut letters = 1;
                    while let Some(l) = char_at(text, end) {
                        if letters < MAX_INITIALS && l.is_uppercase() && bytes.get(end + l.len_utf8()) == Some(&b'.') {
                            letters += 1;
                            end += l.len_utf8() + 1;
                        } else {
                            break;
                        }
                    }
                    word_end = end;
                } else if ABBREVIATIONS.contains(&w) {
                    end += 1;
                    word_end = end;
                }
            }
            // "Vice-President JD Vance": capitals without full stops, between a title and a
            // surname, are initials
            let w = &text[start..word_end];
            if c.is_ascii_uppercase()
                && kind == Kind::Word
                && (2..=3).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && bytes.get(end) == Some(&b' ')
                && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
                && bytes.get(end + 2).is_some_and(u8::is_ascii_lowercase)
                && lex(w) & (L_PLACE | L_ORG | L_NON_NAME | L_NATIONALITY) == 0
                && (INITIALISMS.contains(&w)
                    || toks.last().is_some_and(|p| {
                        p.kind == Kind::Word && !line_start && with_lower_no_dots(p.text, lower_lex) & W_TITLE != 0
                    }))
            {
                kind = Kind::Initial;
            }
            // "LIMERICK: P Ó Dubhghaill; S Finnerty, D Mac Mathúna": a capital alone (not "A"
            // or "I") opening an item of a list, before a capitalised word, is an initial
            if kind == Kind::Word
                && w.len() == 1
                && c.is_ascii_uppercase()
                && !matches!(c, 'A' | 'I')
                && bytes.get(end) == Some(&b' ')
                && (char_at(text, end + 1).is_some_and(|u| {
                    u.is_uppercase()
                        && char_at(text, end + 1 + u.len_utf8())
                            .is_some_and(|d| d.is_lowercase() || matches!(d, ' ' | '\'' | '\u{2019}'))
                })
                    // ... or a particle and a capitalised word: "(H de Bromhead)"
                    || {
                        let rest = text.get(end + 1..).unwrap_or("");
                        let p = rest.split(' ').next().unwrap_or("");
                        is_particle_word(p)
                            && rest.get(p.len() + 1..).and_then(|r| r.chars().next()).is_some_and(char::is_uppercase)
                    })
                // (not a point of the compass before a place: "(S Africa)", "W Yorkshire")
                && (!matches!(c, 'N' | 'S' | 'E' | 'W') || {
                    let rest = text.get(end + 1..).unwrap_or("");
                    let next = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                    let f = lex(next);
                    // (a place that is a name too is a surname here: "S Orlando")
                    f & (L_PLACE | L_NATIONALITY | L_ORG) == 0 || f & (L_GIVEN | L_AMBIGUOUS) != 0
                })
                && toks
                    .last()
                    .is_some_and(|p| {
                        !line_start
                            && (matches!(p.text, "," | ";" | ":" | "(" | ")") || matches!(p.kind, Kind::Num | Kind::Initial))
                    })
            {
                kind = Kind::Initial;
            }
            let w = &text[start..word_end];
            if kind == Kind::Word && starts_lower(w) {
                lower_words.add(word_hash(w));
            }
            // "R-S.D.", "D-N.Y.": a capital and its full stop straight after another full stop
            // end an abbreviation (a state after a party), no initial of a name
            if kind == Kind::Initial && start > 0 && bytes.get(start - 1) == Some(&b'.') {
                kind = Kind::Punct;
            }
            let mut t = Tok::new(w, kind, poss, line_start, *line);
            t.set(T_SENT_START, open | line_start);
            open = false;
            toks.push(t);
        } else if c.is_ascii_digit() {
            end = i + 1;
            while let Some(&d) = bytes.get(end) {
                if d.is_ascii_alphanumeric()
                    // (a minute of added time is one number: "90+2")
                    || (matches!(d, b'.' | b',' | b':' | b'-' | b'/' | b'+')
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
                {
                    end += 1;
                } else {
                    break;
                }
            }
            let mut t = Tok::new(&text[start..end], Kind::Num, false, line_start, *line);
            t.set(T_SENT_START, open | line_start);
            open = false;
            toks.push(t);
        } else {
            end = i + clen;
            let p = &text[start..end];
            open = punct_opens(p, open | line_start);
            toks.push(Tok::new(p, Kind::Punct, false, line_start, *line));
        }
        line_start = false;
        i = end;
    }
}

/// "trained", "ridden" or "owned" as a whole word at the start of `rest`: the tail of "Dan
/// Skelton-trained" or "the Lloyd Williams-owned Nakamura", which leaves the name a word of
/// its own.
fn trainer_tail(rest: &[u8]) -> bool {
    ["trained".as_bytes(), b"ridden", b"owned"].iter().any(|tail| {
        rest.starts_with(tail)
            && !rest
                .get(tail.len())
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
    })
}

/// Whether a sentence is open after the punctuation `p`, when it was `open` before: a full
/// stop, a colon, an opening quotation mark or bracket opens one; a dash or a quotation mark
/// after a full stop keeps the state; anything else closes it.
fn punct_opens(p: &str, open: bool) -> bool {
    match p.as_bytes() {
        [b] if b.is_ascii() => ascii_punct_opens(*b, open),
        _ => match p {
            "\u{201c}" => true,
            "\u{2013}" | "\u{2014}" | "\u{2018}" => open,
            _ => false,
        },
    }
}

/// `punct_opens` of one ASCII character, by table and without a branch.
#[inline(always)]
fn ascii_punct_opens(b: u8, open: bool) -> bool {
    let effect = PUNCT_OPENS.get(usize::from(b)).copied().unwrap_or(0);
    (effect & OPENS != 0) | ((effect & KEEPS != 0) & open)
}

/// `PUNCT_OPENS` values: the character opens a sentence, or keeps the state; neither closes.
const OPENS: u8 = 1;
const KEEPS: u8 = 2;

/// What each ASCII character does as a punctuation token (see `punct_opens`).
static PUNCT_OPENS: [u8; 128] = {
    let mut t = [0u8; 128];
    let opens = b".!?:;\"([";
    let mut k = 0;
    while k < opens.len() {
        t[opens[k] as usize] = OPENS;
        k += 1;
    }
    t[b'-' as usize] = KEEPS;
    t[b'\'' as usize] = KEEPS;
    t
};

#[inline]
pub(super) fn first_char(w: &str) -> Option<char> {
    w.chars().next()
}

/// "NATO", "BBC", "MPs": an acronym (a plural `s` allowed), never a name word.
#[inline]
pub(super) fn is_all_caps(w: &str) -> bool {
    let w = w.strip_suffix('s').filter(|s| s.len() >= 2).unwrap_or(w);
    if w.is_ascii() {
        let mut letters = 0;
        for b in w.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            if b.is_ascii_uppercase() {
                letters += 1;
            }
        }
        return letters >= 2;
    }
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// A capitalised word that could be part of a name ("Putin", "McCarthy", "O'Neill").
pub(super) fn is_cap_word(t: &Tok) -> bool {
    t.cap()
}

/// "ChatGPT", "DeepMind", "iPhone"-style product names: capitals inside a word, other than
/// after name prefixes such as Mc, Mac, De, Di, Le or O'.
pub(super) fn is_camel_case(w: &str) -> bool {
    if w.is_ascii() && !w.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let mut prev_lower = false;
    let mut prev_upper = false;
    for (k, c) in w.char_indices() {
        if c.is_uppercase() && k > 0 {
            if prev_upper {
                return true;
            }
            if prev_lower {
                // (the piece after a hyphen or an apostrophe: "Súilleabháin-MacNeill"; a
                // capital right after one, "O'Brien", "Smith-Jones", follows no lower-case letter)
                let head = w[..k].rsplit(['-', '\'', '\u{2019}']).next().unwrap_or("");
                let ok = matches!(
                    head,
                    "Mc" | "Mac" | "De" | "Di" | "Da" | "Du" | "Le" | "La" | "Van" | "Von" | "Fitz" | "Ja" | "Ke"
                );
                if !ok {
                    return true;
                }
            }
        }
        prev_lower = c.is_lowercase();
        prev_upper = c.is_uppercase() && k > 0;
    }
    false
}

/// "al-Assad", "bin", "van": lower-case pieces that belong inside a name.
pub(super) fn is_particle(t: &Tok) -> bool {
    t.particle()
}

/// A lower-case word that is a name particle: "van", "bin", or a prefixed "al-Assad".
#[inline]
fn compute_particle(text: &str) -> bool {
    if !starts_lower(text) {
        return false;
    }
    if is_particle_word(text) {
        return true;
    }
    if !text.as_bytes().iter().take(4).any(|b| *b == b'-') {
        return false;
    }
    for pre in ["al-", "el-", "ul-", "ad-", "as-", "bin-", "abu-"] {
        if let Some(rest) = text.strip_prefix(pre) {
            return first_char(rest).is_some_and(char::is_uppercase);
        }
    }
    false
}

/// A particle, in lower case or capitalised ("van", "Le" of "Marine Le Pen").
pub(super) fn particle_any_case(t: &Tok) -> bool {
    is_particle(t) || (t.text.len() <= 5 && with_lower(t.text, |l| PARTICLES.contains(&l)))
}

/// A particle (or several: "van der") followed by a capitalised word on the same line.
pub(super) fn particle_leads_to_name(toks: &[Tok], i: usize) -> bool {
    let mut j = i;
    while toks.get(j).is_some_and(|t| is_particle(t) && !t.text.contains('-')) {
        j += 1;
        if j - i > 3 {
            return false;
        }
    }
    if j == i {
        // "al-Assad" is a name word by itself
        return toks.get(i).is_some_and(is_particle);
    }
    toks.get(j)
        .is_some_and(|n| is_cap_word(n) && !n.line_start() && n.text.chars().count() > 1)
}

/// Calls `f` with the lower-case form of `w`, without allocating for short ASCII words.
pub(super) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        for (b, c) in buf.iter_mut().zip(w.bytes()) {
            *b = c.to_ascii_lowercase();
        }
        if let Ok(s) = std::str::from_utf8(&buf[..w.len()]) {
            return f(s);
        }
    }
    f(&w.to_lowercase())
}

/// Like `with_lower`, dropping full stops ("Sen." -> "sen").
pub(super) fn with_lower_no_dots<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.is_ascii() {
        let mut n = 0;
        for c in w.bytes().filter(|b| *b != b'.') {
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        }
        if let Ok(s) = std::str::from_utf8(&buf[..n]) {
            return f(s);
        }
    }
    let s: String = w.chars().filter(|c| *c != '.').flat_map(char::to_lowercase).collect();
    f(&s)
}

pub(super) fn lower(w: &str) -> String {
    w.to_lowercase()
}
