//! Byte helpers shared by hot loops: the word hash of person extraction and
//! the keys of the stem cache.

/// The first eight bytes of `bytes` (all of them when fewer, zero-padded) as a
/// little-endian number. Built from at most two overlapping fixed-size reads:
/// copying a variable number of bytes into a buffer compiles to a call to
/// `memcpy`, which cost more than the rest of a short word's handling.
#[inline(always)]
pub fn le_word(bytes: &[u8]) -> u64 {
    let n = bytes.len().min(8);
    let byte = |k: usize| u64::from(bytes.get(k).copied().unwrap_or(0));
    let four = |k: usize| {
        bytes
            .get(k..k + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, |b: [u8; 4]| u64::from(u32::from_le_bytes(b)))
    };
    match n {
        0 => 0,
        1..=3 => byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1)),
        // (the two reads overlap on the same bytes, so OR-ing them is exact)
        4..=7 => four(0) | four(n - 4) << (8 * (n - 4)),
        _ => bytes
            .get(..8)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u64::from_le_bytes),
    }
}

/// Room of `ascii_lower`'s buffer.
pub const LOWER_BYTES: usize = 48;

/// `bytes` with ASCII capitals lower-cased (as `to_ascii_lowercase`), written to `out` eight
/// bytes at a time; `None` when longer than `out`. Bytes of `out` past the end are left
/// as they were.
#[inline]
pub fn ascii_lower<'o>(bytes: &[u8], out: &'o mut [u8; LOWER_BYTES]) -> Option<&'o [u8]> {
    const fn splat(b: u8) -> u64 {
        (b as u64) * 0x0101_0101_0101_0101
    }
    const HIGH: u64 = splat(0x80);
    if bytes.len() > LOWER_BYTES {
        return None;
    }
    for (k, dst) in out.chunks_exact_mut(8).enumerate() {
        let Some(chunk) = bytes.get(8 * k..bytes.len().min(8 * k + 8)).filter(|c| !c.is_empty()) else {
            break;
        };
        let x = le_word(chunk);
        // high bit of each byte from b'A' to b'Z' (and not above 0x7f)
        let v = x & splat(0x7f);
        let ge = v.wrapping_add(splat(0x80 - b'A')) & HIGH;
        let le = splat(0x80 + b'Z').wrapping_sub(v) & HIGH;
        let upper = ge & le & !(x & HIGH);
        dst.copy_from_slice(&(x | (upper >> 2)).to_le_bytes());
    }
    out.get(..bytes.len())
}

/// Byte strings of up to `max_len - 1` pseudo-random bytes (xorshift from `state`), for
/// tests that compare a fast path with a plain loop.
#[cfg(test)]
pub fn random_bytes(state: &mut u64, max_len: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    for _ in 0..(*state % max_len) {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        bytes.push((*state >> 24) as u8);
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::{ascii_lower, le_word, random_bytes, LOWER_BYTES};

    #[test]
    fn lower_cases_like_the_standard_library() {
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut out = [0u8; LOWER_BYTES];
        for _ in 0..20_000 {
            let bytes = random_bytes(&mut state, 52);
            let got = ascii_lower(&bytes, &mut out).map(<[u8]>::to_vec);
            let want = (bytes.len() <= LOWER_BYTES).then(|| bytes.to_ascii_lowercase());
            assert_eq!(got, want, "{bytes:?}");
        }
        assert_eq!(ascii_lower(b"McDONALD@[`Z", &mut out), Some(&b"mcdonald@[`z"[..]));
        assert_eq!(ascii_lower(b"", &mut out), Some(&b""[..]));
    }

    #[test]
    fn packs_up_to_eight_bytes_little_endian() {
        let bytes = b"abcdefghij";
        for n in 0..=10 {
            let mut want = [0u8; 8];
            let k = n.min(8);
            want[..k].copy_from_slice(&bytes[..k]);
            assert_eq!(le_word(&bytes[..n]), u64::from_le_bytes(want), "{n} bytes");
        }
    }
}
