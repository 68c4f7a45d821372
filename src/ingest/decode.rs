//! Bytes to text: UTF-8 when it is, UTF-16 with a byte-order mark, else Windows-1252.

use std::borrow::Cow;

use anyhow::bail;
use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decode an article's bytes. Fails only on what is clearly not text (NUL bytes
/// without a UTF-16 byte-order mark).
pub fn decode(bytes: &[u8]) -> anyhow::Result<Cow<'_, str>> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Ok(String::from_utf8_lossy(rest));
    }
    if bytes.starts_with(b"\xFF\xFE") {
        return Ok(UTF_16LE.decode_with_bom_removal(bytes).0);
    }
    if bytes.starts_with(b"\xFE\xFF") {
        return Ok(UTF_16BE.decode_with_bom_removal(bytes).0);
    }
    // (`contains` on bytes is a memchr, several bytes per step)
    if bytes.get(..8192).unwrap_or(bytes).contains(&0) {
        bail!("binary data (NUL bytes), not text");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        // Windows-1252 is a superset of Latin-1's printable range: the usual
        // encoding of older news text that is not UTF-8.
        Err(_) => Ok(WINDOWS_1252.decode_without_bom_handling(bytes).0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> String {
        decode(bytes).map(Cow::into_owned).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn utf8_is_borrowed_and_bom_stripped() {
        assert!(matches!(decode("café".as_bytes()), Ok(Cow::Borrowed("café"))));
        assert_eq!(text(b"\xEF\xBB\xBFTitle"), "Title");
    }

    #[test]
    fn latin1_and_windows_1252() {
        assert_eq!(text(b"caf\xE9 \x93quoted\x94 \xA3300m"), "café “quoted” £300m");
    }

    #[test]
    fn utf16_with_bom() {
        assert_eq!(text(b"\xFF\xFEH\x00i\x00"), "Hi");
        assert_eq!(text(b"\xFE\xFF\x00H\x00i"), "Hi");
    }

    #[test]
    fn binary_is_an_error() {
        assert!(decode(b"\x89PNG\x00\x00\x01").is_err());
    }
}
