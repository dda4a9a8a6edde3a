//! Integration tests: the real binary on fixture sites and on the demo.
//! One test binary for all of them, to keep link time down.

mod agenda;
mod build;
mod calendar;
mod cms;
mod feeds;
mod fixtures;
mod golden;
mod hostile;
mod hsds;
mod import;
mod init;
mod jsonld;
mod kill;
mod language;
mod languages;
mod links;
mod maps;
mod messages;
mod new;
mod pages;
mod pictures;
mod qr;
mod report;
mod schema;
mod search;
mod serve;
mod spoken;
mod theme;
mod util;
