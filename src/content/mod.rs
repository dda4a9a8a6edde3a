//! Content: the entries of a site, loaded from `content/` and checked.
//!
//! `raw` holds the structs as written, `model` the checked entries, `schedule` the
//! schedule model, `load` reads the files and `validate` checks what spans files
//! (references, dates against today, freshness). Nothing here renders or writes.

pub mod load;
pub mod model;
pub mod raw;
pub mod schedule;
pub mod validate;

pub use model::{Areas, Details, Entry, Kind, is_safe_id, slugify, sort_key};
