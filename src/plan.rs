//! Plan: the full list of pages and their addresses, before anything is rendered.
//!
//! Every page of the site gets its site path here (`activiteiten/koffie/`), so two
//! entries that want one address are caught before rendering, and every link can be
//! built from the plan. This stage knows nothing about templates or the file system.

use std::collections::BTreeMap;

use crate::content::{Entry, Kind};
use crate::diagnostic::{Diagnostic, Pos};

/// Site paths the theme uses itself; a page's slug cannot take them.
pub const AGENDA: &str = "agenda/";
pub const SEARCH: &str = "zoeken/";
pub const ASSETS: &str = "assets/";
pub const NOT_FOUND: &str = "404.html";

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Home,
    /// One entry, by its index in the site's entries.
    Entry(usize),
    /// All published entries of a kind.
    Listing(Kind),
    Agenda,
    Search,
    NotFound,
}

/// One output page.
#[derive(Debug, Clone)]
pub struct Page {
    pub kind: PageKind,
    /// Relative to the site root, ending in `/` (or a file name for 404.html).
    pub path: String,
}

impl Page {
    /// The file the page is written to, relative to the output folder.
    pub fn file(&self) -> String {
        if self.path.is_empty() {
            "index.html".to_owned()
        } else if self.path.ends_with('/') {
            format!("{}index.html", self.path)
        } else {
            self.path.clone()
        }
    }
}

/// The site path of an entry's page.
pub fn entry_path(entry: &Entry) -> String {
    match entry.kind {
        Kind::Page => format!("{}/", entry.slug),
        kind => format!("{}/{}/", kind.url_segment(), entry.slug),
    }
}

/// The site path of a kind's listing (none for free pages).
pub fn listing_path(kind: Kind) -> Option<String> {
    match kind {
        Kind::Page => None,
        kind => Some(format!("{}/", kind.url_segment())),
    }
}

/// Plans every page. `published[i]` says whether entry `i` is on the site.
pub fn plan(entries: &[Entry], published: &[bool], diagnostics: &mut Vec<Diagnostic>) -> Vec<Page> {
    let mut pages = vec![
        Page {
            kind: PageKind::Home,
            path: String::new(),
        },
        Page {
            kind: PageKind::Agenda,
            path: AGENDA.to_owned(),
        },
        Page {
            kind: PageKind::Search,
            path: SEARCH.to_owned(),
        },
        Page {
            kind: PageKind::NotFound,
            path: NOT_FOUND.to_owned(),
        },
    ];
    for kind in Kind::ALL {
        if let Some(path) = listing_path(kind) {
            pages.push(Page {
                kind: PageKind::Listing(kind),
                path,
            });
        }
    }
    let mut taken: BTreeMap<String, Option<usize>> =
        pages.iter().map(|p| (p.path.clone(), None)).collect();
    taken.insert(ASSETS.to_owned(), None);
    // Entries that keep their default address claim it first, so when two collide the
    // one with a hand-written `slug` is the one reported.
    let mut order: Vec<usize> = (0..entries.len()).filter(|&i| published[i]).collect();
    order.sort_by_key(|&i| entries[i].slug_pos != Pos::UNKNOWN);
    for i in order {
        let entry = &entries[i];
        let path = entry_path(entry);
        match taken.get(&path) {
            Some(other) => {
                let by = match other {
                    Some(j) => format!("{} already uses it", entries[*j].file),
                    None => "the site itself uses it".to_owned(),
                };
                let pos = if entry.slug_pos == Pos::UNKNOWN {
                    Pos::UNKNOWN
                } else {
                    entry.slug_pos
                };
                diagnostics.push(
                    Diagnostic::error(
                        &entry.file,
                        pos,
                        format!("the web address /{path} is taken: {by}"),
                    )
                    .with_help("give one of them another `slug` (or rename the file)"),
                );
            }
            None => {
                taken.insert(path.clone(), Some(i));
                pages.push(Page {
                    kind: PageKind::Entry(i),
                    path,
                });
            }
        }
    }
    pages
}
