//! Integration tests: run the built binary on fixture folders.
