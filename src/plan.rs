//! Plan: the full list of pages and their addresses, before anything is rendered.
//!
//! Every page of the site gets its site path here (`activiteiten/koffie/`), so two
//! entries that want one address are caught before rendering, and every link can be
//! built from the plan. This stage knows nothing about templates or the file system.

use std::collections::{BTreeMap, HashMap};

use crate::config::Config;
use crate::content::model::{Cost, Details};
use crate::content::spoken::{self, Spoken};
use crate::content::{Areas, Entry, Kind};
use crate::diagnostic::{Diagnostic, Pos};
use crate::t;

/// Site paths the theme uses itself; a page's slug cannot take them.
pub(crate) const AGENDA: &str = "agenda/";
pub(crate) const SEARCH: &str = "zoeken/";
pub(crate) const ASSETS: &str = "assets/";
pub(crate) const NOT_FOUND: &str = "404.html";
pub(crate) const STATEMENT: &str = "toegankelijkheid/";
pub(crate) const PRIVACY: &str = "privacy/";

/// A narrower listing of one kind, as its own page so it works without JavaScript.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// For one area (by entry index), municipality-wide entries included.
    Area(usize),
    /// In one of site.toml's categories (by index).
    Category(usize),
    /// For one of site.toml's audiences (by index).
    Audience(usize),
    /// Free of charge.
    Free,
    /// Held in a language besides Dutch, or with a person who speaks it.
    Language(&'static Spoken),
}

impl Filter {
    /// The filters a listing of `kind` offers: per area, per category and audience,
    /// free only, and per language.
    fn offered(kind: Kind) -> (bool, bool, bool, bool) {
        match kind {
            Kind::Activity | Kind::Service => (true, true, true, true),
            Kind::Volunteering => (true, true, false, false),
            Kind::Person => (true, false, false, true),
            Kind::Place => (true, false, false, false),
            _ => (false, false, false, false),
        }
    }

    pub fn matches(self, entry: &Entry, entries: &[Entry], config: &Config) -> bool {
        match self {
            Filter::Area(i) => entry.is_for_area(&entries[i].id),
            Filter::Category(i) => entry
                .categories
                .iter()
                .any(|r| r.id == config.categories[i].id),
            Filter::Audience(i) => entry
                .audience
                .iter()
                .any(|r| r.id == config.audiences[i].id),
            Filter::Free => matches!(
                &entry.details,
                Details::Activity(o) | Details::Service(o) if o.cost == Some(Cost::Free)
            ),
            Filter::Language(l) => entry.languages().contains(&l),
        }
    }

    /// The site path of a filtered listing: `activiteiten/in/noord/`.
    pub fn path(self, kind: Kind, entries: &[Entry], config: &Config) -> String {
        let segment = kind.url_segment();
        match self {
            Filter::Area(i) => format!("{segment}/in/{}/", entries[i].slug),
            Filter::Category(i) => format!("{segment}/onderwerp/{}/", config.categories[i].id),
            Filter::Audience(i) => format!("{segment}/voor/{}/", config.audiences[i].id),
            Filter::Free => format!("{segment}/gratis/"),
            Filter::Language(l) => format!("{segment}/taal/{}/", crate::content::slugify(l.nl)),
        }
    }

    /// Every filter of a listing that has at least one published entry, in the order
    /// the listing shows them, with how many entries each holds.
    pub fn all_for(
        kind: Kind,
        entries: &[Entry],
        published: &[bool],
        config: &Config,
    ) -> Vec<(Filter, usize)> {
        let (areas, terms, free, languages) = Filter::offered(kind);
        let mut filters = Vec::new();
        if areas {
            let mut areas: Vec<usize> = (0..entries.len())
                .filter(|&i| published[i] && entries[i].kind == Kind::Area)
                .collect();
            areas.sort_by_cached_key(|&i| crate::content::sort_key(&entries[i].title));
            filters.extend(areas.into_iter().map(Filter::Area));
        }
        if free {
            filters.push(Filter::Free);
        }
        if terms {
            filters.extend((0..config.categories.len()).map(Filter::Category));
            filters.extend((0..config.audiences.len()).map(Filter::Audience));
        }
        // Dutch is what every entry is in: "in your language" offers the others.
        if languages {
            filters.extend(
                spoken::ALL
                    .iter()
                    .filter(|l| l.code != "nl")
                    .map(Filter::Language),
            );
        }
        // One pass over the entries, counting each into the filters it falls in: the
        // same counts as `matches` per filter, without a pass per filter.
        let mut counts = vec![0usize; filters.len()];
        let mut by_id: HashMap<(u8, &str), Vec<usize>> = HashMap::new();
        let mut all_areas = Vec::new();
        let mut free_at = None;
        for (n, f) in filters.iter().enumerate() {
            let key = match *f {
                Filter::Area(i) => {
                    all_areas.push(n);
                    (0, entries[i].id.as_str())
                }
                Filter::Category(i) => (1, config.categories[i].id.as_str()),
                Filter::Audience(i) => (2, config.audiences[i].id.as_str()),
                Filter::Language(l) => (3, l.code),
                Filter::Free => {
                    free_at = Some(n);
                    continue;
                }
            };
            by_id.entry(key).or_default().push(n);
        }
        let mut hit = vec![false; filters.len()];
        for (e, _) in entries
            .iter()
            .zip(published)
            .filter(|(e, p)| **p && e.kind == kind)
        {
            hit.fill(false);
            if e.areas == Areas::All {
                for &n in &all_areas {
                    hit[n] = true;
                }
            }
            let areas: &[crate::content::model::Ref] = match &e.areas {
                Areas::List(list) => list,
                Areas::All => &[],
            };
            let refs = (areas.iter().map(|r| (0, r)))
                .chain(e.categories.iter().map(|r| (1, r)))
                .chain(e.audience.iter().map(|r| (2, r)));
            for (group, r) in refs {
                for &n in by_id.get(&(group, r.id.as_str())).into_iter().flatten() {
                    hit[n] = true;
                }
            }
            for l in e.languages() {
                for &n in by_id.get(&(3, l.code)).into_iter().flatten() {
                    hit[n] = true;
                }
            }
            if let Some(n) = free_at {
                hit[n] = Filter::Free.matches(e, entries, config);
            }
            for (count, &h) in counts.iter_mut().zip(&hit) {
                *count += usize::from(h);
            }
        }
        filters
            .into_iter()
            .zip(counts)
            .filter(|&(_, n)| n > 0)
            .collect()
    }
}

/// What a page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Home,
    /// One entry, by its index in the site's entries.
    Entry(usize),
    /// All published entries of a kind.
    Listing(Kind),
    /// Published entries of a kind that pass a filter.
    Filtered(Kind, Filter),
    Agenda,
    /// The agenda of one area, by its entry index.
    AreaAgenda(usize),
    /// An A4 poster of one area for a notice board: its coming week, its contact people
    /// and a QR code of its page.
    AreaPoster(usize),
    Search,
    NotFound,
    /// The accessibility statement, from site.toml.
    Statement,
    /// What the site does with visitors' data: nothing.
    Privacy,
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
pub(crate) fn entry_path(entry: &Entry) -> String {
    match entry.kind {
        Kind::Page => format!("{}/", entry.slug),
        kind => format!("{}/{}/", kind.url_segment(), entry.slug),
    }
}

/// The site path of an area's agenda: `agenda/noord/`.
pub(crate) fn area_agenda_path(area: &Entry) -> String {
    format!("{AGENDA}{}/", area.slug)
}

/// The A4 poster of an area, below its page: `wijken/heikamp/poster/`.
pub(crate) fn area_poster_path(area: &Entry) -> String {
    format!("{}poster/", entry_path(area))
}

/// The calendar feed of the whole site.
pub(crate) const SITE_FEED: &str = "agenda/agenda.ics";

/// The calendar feed of one area: `agenda/noord/noord.ics`.
pub(crate) fn area_feed_path(area: &Entry) -> String {
    format!("{}{}.ics", area_agenda_path(area), area.slug)
}

/// The calendar file of one activity: `activiteiten/koffie/koffie.ics`.
pub(crate) fn entry_calendar_path(entry: &Entry) -> String {
    format!("{}{}.ics", entry_path(entry), entry.slug)
}

/// The site path of a kind's listing (none for free pages).
pub(crate) fn listing_path(kind: Kind) -> Option<String> {
    match kind {
        Kind::Page => None,
        kind => Some(format!("{}/", kind.url_segment())),
    }
}

/// Plans every page. `published[i]` says whether entry `i` is on the site.
pub(crate) fn plan(
    entries: &[Entry],
    published: &[bool],
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Page> {
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
        Page {
            kind: PageKind::Statement,
            path: STATEMENT.to_owned(),
        },
        Page {
            kind: PageKind::Privacy,
            path: PRIVACY.to_owned(),
        },
    ];
    for kind in Kind::ALL {
        if let Some(path) = listing_path(kind) {
            pages.push(Page {
                kind: PageKind::Listing(kind),
                path,
            });
        }
        for (filter, _) in Filter::all_for(kind, entries, published, config) {
            pages.push(Page {
                kind: PageKind::Filtered(kind, filter),
                path: filter.path(kind, entries, config),
            });
        }
    }
    let mut taken: BTreeMap<String, Option<usize>> =
        pages.iter().map(|p| (p.path.clone(), None)).collect();
    taken.insert(ASSETS.to_owned(), None);
    // The folders of the site's other languages (`en/`).
    for code in config.site_languages().into_iter().skip(1) {
        taken.insert(format!("{code}/"), None);
    }
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
                    Some(j) => t!("url-taken-by", file = &entries[*j].file),
                    None => t!("url-taken-by-site"),
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
                        t!("url-taken", path = format!("/{path}"), by = by),
                    )
                    .with_help(t!("url-taken-help")),
                );
            }
            None => {
                taken.insert(path.clone(), Some(i));
                pages.push(Page {
                    kind: PageKind::Entry(i),
                    path,
                });
                if entry.kind == Kind::Area {
                    pages.push(Page {
                        kind: PageKind::AreaAgenda(i),
                        path: area_agenda_path(entry),
                    });
                    pages.push(Page {
                        kind: PageKind::AreaPoster(i),
                        path: area_poster_path(entry),
                    });
                }
            }
        }
    }
    pages
}
