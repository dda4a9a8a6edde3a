//! Integration tests: the real binary on fixture sites and on the demo.
//! One test binary for all of them, to keep link time down.

mod build;
mod fixtures;
mod theme;
mod util;
