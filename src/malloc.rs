//! The C allocator's settings for long index runs.
//!
//! glibc's malloc gives a thread that finds the allocator busy an arena of its
//! own, up to eight per core. An index run has a dozen threads (walker,
//! workers, tantivy's indexing, store and merge threads) handing memory to one
//! another, and memory freed into one arena is not reused by the others: a
//! million-article run grew from about 190 MB to 290 MB that way. With two
//! arenas it peaked at 205 MB, and a 200,000-article run at 222 MB (see the
//! README's Robustness section for the runs).

/// Limit glibc to two malloc arenas. Call before starting threads.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn limit_arenas() {
    // SAFETY: mallopt only changes a tunable of the C allocator, takes no
    // pointers, and is called before the run starts any thread; it returns 0
    // when the setting is refused, which leaves the default (still correct).
    let _ = unsafe { libc::mallopt(libc::M_ARENA_MAX, 2) };
}

/// Other C libraries: nothing to set.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn limit_arenas() {}
