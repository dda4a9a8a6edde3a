//! Content: the entries of a site, loaded from `content/` and checked.
//!
//! In the order they build on each other: `words` holds the Dutch and English words of
//! days, months and schedules; `raw` the structs as written (with `RawSchedule` and
//! `Ref`); `schedule` the checked schedule model; `model` the checked entries;
//! `translation` an entry's words in another language (`breicafe.en.md`); `load`
//! reads the files and `validate` checks what spans files (references, dates against
//! today, freshness). Nothing here renders or writes.

pub mod fields;
pub mod load;
pub mod model;
pub mod raw;
pub mod schedule;
pub mod spoken;
pub mod translation;
pub mod validate;
pub mod words;

pub use model::{Areas, Details, Entry, Kind, is_safe_id, slugify, sort_key};
