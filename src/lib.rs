//! buurtgids: an accessible static neighbourhood directory (sociale kaart) generator.
//!
//! The modules follow the pipeline, in data-flow order:
//! `config` (site.toml) -> `content` (load, validate) -> `plan` (pages and addresses)
//! -> `view` (the read model every output reads, and how long pages are split)
//! -> `render` (templates, with `markdown`) and beside it the other formats, each
//! reading `view`: `jsonld`, `ical`, `feeds`, `hsds`, `search`
//! -> `output` (write and swap in).
//! `site` runs the stages; `diagnostic` is how every stage reports problems. The command
//! line is the binary's: `src/main.rs` parses it (`src/cli.rs`) and hands each verb to
//! its file in `src/cmd/`.

pub mod agenda;
pub mod cms;
pub(crate) mod color;
pub mod config;
pub mod content;
pub mod diagnostic;
pub(crate) mod feeds;
pub mod hsds;
pub(crate) mod ical;
pub(crate) mod id;
pub mod import;
pub mod init;
pub(crate) mod jsonld;
pub mod language;
pub mod links;
pub mod locale;
pub mod map;
pub mod markdown;
pub mod messages;
pub mod new;
pub mod output;
pub(crate) mod pictures;
pub(crate) mod plan;
pub mod progress;
pub(crate) mod qr;
pub(crate) mod render;
pub mod report;
pub(crate) mod safe_files;
pub mod schema;
pub mod search;
pub mod serve;
pub mod site;
pub(crate) mod view;
pub(crate) mod yaml;
