//! The C allocator's settings for long index runs.
//!
//! glibc's malloc gives a thread that finds the allocator busy an arena of its
//! own, up to eight per core, and raises its threshold for serving big blocks
//! with `mmap` each time such a block is freed, so that later big blocks come
//! from the arenas instead. An index run has a dozen threads (walker, workers,
//! tantivy's indexing, store and merge threads) passing memory to one another,
//! and the writer's buffers are big: memory freed into one arena stayed there,
//! unused by the others. A million-article run climbed from about 190 MB to
//! 297 MB that way; with two arenas, million-article runs still peaked anywhere
//! from 199 MB to 258 MB. With two arenas and a fixed threshold, big blocks go
//! back to the system when freed: 200,000 articles peaked at 180-199 MB and
//! 1,000,000 at 190-195 MB (see the README's Robustness section).

/// Two malloc arenas, and blocks of 256 KiB or more straight from the system.
/// Call before starting threads.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[allow(unsafe_code)]
pub fn limit_arenas() {
    // SAFETY: mallopt only changes tunables of the C allocator, takes no
    // pointers, and is called before the run starts any thread; it returns 0
    // when a setting is refused, which leaves the default (still correct).
    let _ = unsafe { libc::mallopt(libc::M_ARENA_MAX, 2) };
    // SAFETY: as above.
    let _ = unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, 256 * 1024) };
}

/// Other C libraries: nothing to set.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn limit_arenas() {}
