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

#[cfg(test)]
mod tests {
    use super::le_word;

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
