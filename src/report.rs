//! `buurtgids report`: what is missing and what is out of date, for the municipality and
//! the coordinators who keep the sociale kaart.
//!
//! Built from the loaded site, never from the pages: a matrix of the areas against the
//! kinds, the categories and the audiences (with the empty cells listed as gaps), every
//! organisation's entries with their age since `reviewed`, what expires in the next 30
//! days, and the entries that give residents no way to contact anyone. Printed as text, as
//! JSON for other systems, or as one self-contained HTML page.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::content::model::Ref;
use crate::content::sort_key;
use crate::content::{Areas, Details, Entry, Kind};
use crate::map::{self, Shape, Speech};
use crate::messages::Text;
use crate::site::Site;
use crate::t;
use crate::view::{Views, escape_html as escape};

/// How many days ahead "expires soon" looks.
pub const EXPIRY_DAYS: i64 = 30;

/// The kinds counted per area, in the order of the matrix.
const COUNTED: [Kind; 5] = [
    Kind::Place,
    Kind::Activity,
    Kind::Service,
    Kind::Person,
    Kind::Volunteering,
];

#[derive(Debug, Serialize)]
pub struct Report {
    pub site: String,
    pub today: String,
    /// Entries on the site, and those left out.
    pub published: usize,
    pub expired: usize,
    pub drafts: usize,
    pub upcoming: usize,
    /// The columns of the matrices.
    pub kinds: Vec<Column>,
    pub categories: Vec<Column>,
    pub audiences: Vec<Column>,
    /// One row per area, and one for entries meant for the whole municipality.
    pub areas: Vec<AreaRow>,
    pub everywhere: AreaRow,
    /// The empty cells of the matrices.
    pub gaps: Vec<Gap>,
    pub organisations: Vec<OrganisationRow>,
    pub expiring: Vec<Expiring>,
    pub no_contact: Vec<Item>,
    /// Per language of the site besides the main one: what is translated, outdated or
    /// missing.
    pub translations: Vec<Translations>,
    /// After how many days an entry counts as stale (site.toml).
    pub stale_after_days: u32,
    /// The areas with a boundary on a map, each shaded by how many categories it lacks.
    #[serde(skip)]
    pub map: Option<GapMap>,
}

/// The overview map of the report: a wethouder sees the gaps at a glance.
#[derive(Debug)]
pub struct GapMap {
    pub svg: String,
    /// Per shade, from light to dark, the numbers of missing categories it stands for.
    pub legend: Vec<(usize, usize)>,
}

/// How many shades the gap map has.
const SHADES: usize = 5;

/// The shade of an area that lacks `missing` of `of` categories: 0 for none, the darkest
/// for all (or nearly all).
fn shade(missing: usize, of: usize) -> usize {
    if of == 0 {
        0
    } else {
        (missing * (SHADES - 1)).div_ceil(of).min(SHADES - 1)
    }
}

/// The gap map of the areas of a site, `None` without categories or boundaries.
fn gap_map(views: &Views, rows: &[AreaRow], categories: usize) -> Option<GapMap> {
    if categories == 0 {
        return None;
    }
    let overview = views.overview()?;
    let shapes: Vec<Shape> = overview
        .areas
        .into_iter()
        .map(|a| {
            let e = &views.entries[a.entry];
            let missing = rows
                .iter()
                .find(|r| r.id == e.id)
                .map_or(0, |r| r.categories.iter().filter(|n| **n == 0).count());
            let text = format!("{}\n({missing})", e.title);
            Shape {
                name: t!("report-map-area", area = &e.title, count = missing).into_string(),
                url: None,
                d: a.d,
                label: overview.frame.label_at(a.label, &text),
                text,
                class: format!("s{}", shade(missing, categories)),
            }
        })
        .collect();
    let name = t!("report-map-name");
    let svg = map::svg(
        &overview.frame,
        &shapes,
        &[],
        Speech::Picture(name.as_str()),
    );
    let mut legend: Vec<(usize, usize)> = Vec::new();
    for missing in 0..=categories {
        match legend.get_mut(shade(missing, categories)) {
            Some(range) => range.1 = missing,
            None => legend.push((missing, missing)),
        }
    }
    Some(GapMap { svg, legend })
}

#[derive(Debug, Serialize)]
pub struct Column {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct AreaRow {
    pub id: String,
    pub name: String,
    /// Published entries that name this area, per column.
    pub kinds: Vec<usize>,
    pub categories: Vec<usize>,
    pub audiences: Vec<usize>,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Gap {
    pub area: String,
    /// `kind`, `category` or `audience`.
    pub of: &'static str,
    pub id: String,
    /// "Heikamp has no Ontmoetingsplek".
    pub text: String,
    /// Entries of this column meant for the whole municipality, which residents of the
    /// area can still use.
    pub everywhere: usize,
}

#[derive(Debug, Serialize)]
pub struct OrganisationRow {
    /// Empty for entries that name no organisation.
    pub id: String,
    pub name: String,
    pub entries: Vec<Aged>,
}

#[derive(Debug, Serialize)]
pub struct DeadLink {
    pub url: String,
    /// What it answered: "the page is not there (404)", "moved to …".
    pub why: String,
}

#[derive(Debug, Serialize)]
pub struct Aged {
    pub kind: &'static str,
    pub title: String,
    pub file: String,
    pub reviewed: Option<String>,
    /// Days since `reviewed`; none when it was never reviewed.
    pub days: Option<i64>,
    /// Web addresses in the entry that led nowhere or moved for good when
    /// `check --links` last asked (none when it never ran).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dead_links: Vec<DeadLink>,
    pub stale: bool,
}

#[derive(Debug, Serialize)]
pub struct Expiring {
    pub kind: &'static str,
    pub title: String,
    pub file: String,
    pub valid_until: String,
    pub days: i64,
}

#[derive(Debug, Serialize)]
pub struct Translations {
    pub language: String,
    /// The language's name, in the words of the run.
    pub name: String,
    /// Entries on the site translated into it.
    pub translated: usize,
    /// Translated, but from words the entry no longer has (`translated_from`).
    pub outdated: Vec<Item>,
    /// On the site, and not translated.
    pub missing: Vec<Item>,
}

#[derive(Debug, Serialize)]
pub struct Item {
    pub kind: &'static str,
    pub title: String,
    pub file: String,
}

impl Report {
    pub fn of(site: &Site) -> Report {
        let entries = &site.entries;
        let views = site.views();
        let published = &site.validated.published;
        let config = &site.config;
        let today = site.today;
        let label = |key: String| site.theme.i18n.get(&key).cloned().unwrap_or(key);
        let on_site = |i: &usize| published[*i];

        let mut area_ids: Vec<usize> = (0..entries.len())
            .filter(on_site)
            .filter(|&i| entries[i].kind == Kind::Area)
            .collect();
        area_ids.sort_by_cached_key(|&i| sort_key(&entries[i].title));
        let kinds: Vec<Column> = COUNTED
            .iter()
            .map(|k| Column {
                id: k.name().to_owned(),
                name: label(format!("kind_one_{}", k.name())),
            })
            .collect();
        let terms = |list: &[crate::config::Term]| -> Vec<Column> {
            list.iter()
                .map(|t| Column {
                    id: t.id.clone(),
                    name: t.name.clone(),
                })
                .collect()
        };
        let categories = terms(&config.categories);
        let audiences = terms(&config.audiences);
        let row = |id: &str, name: &str| AreaRow {
            id: id.to_owned(),
            name: name.to_owned(),
            kinds: vec![0; kinds.len()],
            categories: vec![0; categories.len()],
            audiences: vec![0; audiences.len()],
        };
        let mut areas: Vec<AreaRow> = area_ids
            .iter()
            .map(|&i| row(&entries[i].id, &entries[i].title))
            .collect();
        let position: BTreeMap<&str, usize> = area_ids
            .iter()
            .enumerate()
            .map(|(n, &i)| (entries[i].id.as_str(), n))
            .collect();
        let mut everywhere = row("", "");
        for e in (0..entries.len()).filter(on_site).map(|i| &entries[i]) {
            let Some(k) = COUNTED.iter().position(|k| *k == e.kind) else {
                continue;
            };
            let rows: Vec<&mut AreaRow> = match &e.areas {
                Areas::All => vec![&mut everywhere],
                Areas::List(list) => {
                    let mut ns: Vec<usize> = list
                        .iter()
                        .filter_map(|r| position.get(r.id.as_str()).copied())
                        .collect();
                    ns.sort_unstable();
                    ns.dedup();
                    areas
                        .iter_mut()
                        .enumerate()
                        .filter(|(n, _)| ns.binary_search(n).is_ok())
                        .map(|(_, r)| r)
                        .collect()
                }
            };
            for row in rows {
                row.kinds[k] += 1;
                for (n, c) in config.categories.iter().enumerate() {
                    row.categories[n] += usize::from(e.categories.iter().any(|r| r.id == c.id));
                }
                for (n, a) in config.audiences.iter().enumerate() {
                    row.audiences[n] += usize::from(e.audience.iter().any(|r| r.id == a.id));
                }
            }
        }

        let mut gaps = Vec::new();
        for row in &areas {
            let groups: [Group; 3] = [
                ("kind", &kinds, &row.kinds, &everywhere.kinds),
                (
                    "category",
                    &categories,
                    &row.categories,
                    &everywhere.categories,
                ),
                (
                    "audience",
                    &audiences,
                    &row.audiences,
                    &everywhere.audiences,
                ),
            ];
            for (of, columns, counts, all) in groups {
                for ((column, &n), &everywhere) in columns.iter().zip(counts).zip(all) {
                    if n == 0 {
                        gaps.push(Gap {
                            area: row.id.clone(),
                            of,
                            id: column.id.clone(),
                            text: gap_text(&row.name, of, &column.name),
                            everywhere,
                        });
                    }
                }
            }
        }

        let map = gap_map(&views, &areas, config.categories.len());
        Report {
            site: config.title.clone(),
            today: today.to_string(),
            published: published.iter().filter(|p| **p).count(),
            expired: site.validated.expired,
            drafts: site.validated.drafts,
            upcoming: site.validated.upcoming,
            kinds,
            categories,
            audiences,
            areas,
            everywhere,
            gaps,
            organisations: organisations(site, &views),
            expiring: expiring(entries, published, today),
            no_contact: (0..entries.len())
                .filter(on_site)
                .map(|i| &entries[i])
                .filter(|e| !reachable(e, &views))
                .map(item)
                .collect(),
            stale_after_days: config.stale_after_days,
            map,
            translations: translations(site),
        }
    }
}

/// What is translated into each language of the site besides the main one.
fn translations(site: &Site) -> Vec<Translations> {
    let on_site: Vec<&Entry> = site
        .entries
        .iter()
        .zip(&site.validated.published)
        .filter(|(_, p)| **p)
        .map(|(e, _)| e)
        .collect();
    let speaks = crate::messages::lang().code();
    site.languages
        .iter()
        .skip(1)
        .map(|l| {
            let (mut translated, mut outdated, mut missing) = (0, Vec::new(), Vec::new());
            for e in &on_site {
                match e.translation(&l.code) {
                    Some(t) => {
                        translated += 1;
                        if t.translated_from.as_ref().map(|(h, _)| h) != Some(&e.text_hash()) {
                            outdated.push(Item {
                                file: t.file.clone(),
                                ..item(e)
                            });
                        }
                    }
                    None => missing.push(item(e)),
                }
            }
            Translations {
                language: l.code.clone(),
                name: crate::content::spoken::find(&l.code)
                    .map_or(l.code.clone(), |s| s.name(speaks).to_owned()),
                translated,
                outdated,
                missing,
            }
        })
        .collect()
}

/// One matrix of an area's row: what it counts, its columns, the area's counts and the
/// whole municipality's.
type Group<'a> = (&'static str, &'a [Column], &'a [usize], &'a [usize]);

fn gap_text(area: &str, of: &str, name: &str) -> String {
    match of {
        "kind" => t!("report-gap-kind", area = area, name = name.to_lowercase()),
        "category" => t!("report-gap-category", area = area, name = name),
        _ => t!(
            "report-gap-audience",
            area = area,
            name = name.to_lowercase()
        ),
    }
    .into_string()
}

fn item(e: &Entry) -> Item {
    Item {
        kind: e.kind.name(),
        title: e.title.clone(),
        file: e.file.clone(),
    }
}

/// Every entry on the site under the organisation that runs it (the organisation's own
/// entry included), oldest check first.
fn organisations(site: &Site, views: &Views) -> Vec<OrganisationRow> {
    let entries = &site.entries;
    // What `check --links` last heard, by entry.
    let answers = crate::links::Answers::read(&site.root.join("public"));
    let mut dead: BTreeMap<usize, Vec<DeadLink>> = BTreeMap::new();
    if !answers.answers.is_empty() {
        for link in crate::links::collect(&site.root, entries) {
            let why = match answers.answers.get(&link.url).map(|(_, a)| a) {
                Some(crate::links::Answer::Dead { why }) => why.text().into_string(),
                Some(crate::links::Answer::Moved { to }) => {
                    t!("link-moved-to", to = to).into_string()
                }
                _ => continue,
            };
            dead.entry(link.entry)
                .or_default()
                .push(DeadLink { url: link.url, why });
        }
    }
    let mut rows: BTreeMap<String, Vec<Aged>> = BTreeMap::new();
    for (i, (e, _)) in entries
        .iter()
        .zip(&site.validated.published)
        .enumerate()
        .filter(|(_, (e, p))| **p && !matches!(e.kind, Kind::Area | Kind::Page))
    {
        let owner = match &e.details {
            Details::Organisation { .. } => Some(e.id.clone()),
            Details::Activity(o) | Details::Service(o) => {
                o.organiser.as_ref().map(|r| r.id.clone())
            }
            Details::Place { organisation, .. } | Details::Person { organisation, .. } => {
                organisation.as_ref().map(|r| r.id.clone())
            }
            Details::Volunteering { organisation, .. } => Some(organisation.id.clone()),
            _ => None,
        };
        let days = e
            .reviewed
            .and_then(|r| r.until(site.today).ok())
            .map(|span| i64::from(span.get_days()));
        rows.entry(owner.unwrap_or_default())
            .or_default()
            .push(Aged {
                kind: e.kind.name(),
                title: e.title.clone(),
                file: e.file.clone(),
                reviewed: e.reviewed.map(|d| d.to_string()),
                days,
                stale: days.is_none_or(|d| d > i64::from(site.config.stale_after_days)),
                dead_links: dead.remove(&i).unwrap_or_default(),
            });
    }
    let name_of = |id: &str| {
        views
            .get(Kind::Organisation, id)
            .map_or_else(|| id.to_owned(), |(_, e)| e.title.clone())
    };
    let mut out: Vec<OrganisationRow> = rows
        .into_iter()
        .map(|(id, mut list)| {
            list.sort_by_key(|a| {
                (
                    std::cmp::Reverse(a.days.unwrap_or(i64::MAX)),
                    a.file.clone(),
                )
            });
            OrganisationRow {
                name: if id.is_empty() {
                    String::new()
                } else {
                    name_of(&id)
                },
                id,
                entries: list,
            }
        })
        .collect();
    // Organisations by name; entries without one last.
    out.sort_by_cached_key(|r| (r.id.is_empty(), sort_key(&r.name)));
    out
}

fn expiring(entries: &[Entry], published: &[bool], today: Date) -> Vec<Expiring> {
    let mut list: Vec<Expiring> = entries
        .iter()
        .zip(published)
        .filter(|(_, p)| **p)
        .filter_map(|(e, _)| {
            let until = e.valid_until?;
            let days = i64::from(today.until(until).ok()?.get_days());
            (0..=EXPIRY_DAYS).contains(&days).then(|| Expiring {
                kind: e.kind.name(),
                title: e.title.clone(),
                file: e.file.clone(),
                valid_until: until.to_string(),
                days,
            })
        })
        .collect();
    list.sort_by(|a, b| (a.days, &a.file).cmp(&(b.days, &b.file)));
    list
}

/// Whether a resident can reach someone about this entry: its own phone, e-mail or web
/// page, those of its registration, its contact person, or, one step on, the
/// organisation that runs it or the place it is at.
fn reachable(e: &Entry, views: &Views) -> bool {
    let find = |kind: Kind, r: &Option<Ref>| {
        r.as_ref()
            .and_then(|r| views.get(kind, &r.id))
            .map(|(_, x)| x)
    };
    let own = |e: &Entry| match &e.details {
        Details::Organisation { contact, .. }
        | Details::Place { contact, .. }
        | Details::Person { contact, .. } => !contact.is_empty(),
        Details::Activity(o) | Details::Service(o) => {
            !o.contact_info.is_empty()
                || o.registration
                    .as_ref()
                    .is_some_and(|r| !r.contact.is_empty())
        }
        Details::Volunteering { contact_info, .. } => !contact_info.is_empty(),
        Details::Area { .. } | Details::Page { .. } => false,
    };
    let via = |kind: Kind, r: &Option<Ref>| find(kind, r).is_some_and(own);
    own(e)
        || match &e.details {
            Details::Area { .. } | Details::Page { .. } => true,
            Details::Activity(o) | Details::Service(o) => {
                via(Kind::Person, &o.contact)
                    || via(Kind::Organisation, &o.organiser)
                    || via(Kind::Place, &o.place)
            }
            Details::Place { organisation, .. } | Details::Person { organisation, .. } => {
                via(Kind::Organisation, organisation)
            }
            Details::Volunteering {
                organisation,
                contact,
                place,
                ..
            } => {
                via(Kind::Person, contact)
                    || via(Kind::Organisation, &Some(organisation.clone()))
                    || via(Kind::Place, place)
            }
            Details::Organisation { .. } => false,
        }
}

/// The report as text for a terminal.
pub fn text(r: &Report) -> String {
    let mut out = String::new();
    let line = |out: &mut String, s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(
        &mut out,
        t!("report-title", site = &r.site, today = r.today.to_string()).into_string(),
    );
    line(&mut out, format!("{}\n", counts(r)));
    let everywhere = format!("({})", t!("report-whole-municipality"));
    let width = r
        .areas
        .iter()
        .map(|a| a.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(everywhere.chars().count());
    for (title, columns, pick) in [
        (
            t!("report-per-kind"),
            &r.kinds,
            (|a: &AreaRow| a.kinds.clone()) as fn(&AreaRow) -> Vec<usize>,
        ),
        (t!("report-per-category"), &r.categories, |a: &AreaRow| {
            a.categories.clone()
        }),
        (t!("report-per-audience"), &r.audiences, |a: &AreaRow| {
            a.audiences.clone()
        }),
    ] {
        if columns.is_empty() {
            continue;
        }
        line(
            &mut out,
            t!("report-table-text", title = title).into_string(),
        );
        let heads: Vec<String> = columns.iter().map(|c| c.name.clone()).collect();
        line(&mut out, format!("  {:width$}  {}", "", heads.join(" | ")));
        let cells = |counts: Vec<usize>| -> String {
            counts
                .iter()
                .zip(&heads)
                .map(|(n, h)| format!("{n:>w$}", w = h.chars().count()))
                .collect::<Vec<_>>()
                .join(" | ")
        };
        for a in &r.areas {
            line(&mut out, format!("  {:width$}  {}", a.name, cells(pick(a))));
        }
        line(
            &mut out,
            format!("  {everywhere:width$}  {}\n", cells(pick(&r.everywhere))),
        );
    }
    line(
        &mut out,
        t!("report-gaps", count = r.gaps.len()).into_string() + ":",
    );
    for g in &r.gaps {
        let note = if g.everywhere > 0 {
            format!(" ({})", t!("report-gap-everywhere", count = g.everywhere))
        } else {
            String::new()
        };
        line(&mut out, format!("  {}{note}", g.text));
    }
    line(
        &mut out,
        format!(
            "\n{}",
            t!("report-organisations-text", days = r.stale_after_days)
        ),
    );
    let dead_link = t!("report-dead-link");
    let dead_width = dead_link.as_str().chars().count().max(13);
    for o in &r.organisations {
        let name = if o.id.is_empty() {
            format!("({})", t!("report-no-organisation"))
        } else {
            o.name.clone()
        };
        let stale = o.entries.iter().filter(|a| a.stale).count();
        line(
            &mut out,
            format!(
                "  {name}: {}",
                t!(
                    "report-organisation-counts",
                    entries = o.entries.len(),
                    stale = stale
                )
            ),
        );
        for a in o.entries.iter().filter(|a| a.stale) {
            let age = match a.days {
                Some(d) => t!("report-days", days = d),
                None => t!("report-never-checked"),
            };
            line(
                &mut out,
                format!("    {age:>dead_width$}  {}  ({})", a.title, a.file),
            );
        }
        for a in &o.entries {
            for d in &a.dead_links {
                line(
                    &mut out,
                    format!(
                        "    {dead_link:dead_width$}  {}: {} ({})",
                        d.url, d.why, a.file
                    ),
                );
            }
        }
    }
    line(
        &mut out,
        format!(
            "\n{}:",
            t!(
                "report-expiring",
                days = EXPIRY_DAYS,
                count = r.expiring.len()
            )
        ),
    );
    for x in &r.expiring {
        line(
            &mut out,
            format!(
                "  {}  {}  ({}, {})",
                x.valid_until,
                x.title,
                x.file,
                t!("report-in-days", days = x.days)
            ),
        );
    }
    line(
        &mut out,
        format!("\n{}:", t!("report-no-contact", count = r.no_contact.len())),
    );
    for x in &r.no_contact {
        line(&mut out, format!("  {}  ({})", x.title, x.file));
    }
    for l in &r.translations {
        line(
            &mut out,
            format!(
                "\n{}:",
                t!(
                    "report-translations",
                    language = &l.name,
                    translated = l.translated,
                    of = l.translated + l.missing.len()
                )
            ),
        );
        for (list, key) in [(&l.outdated, "outdated"), (&l.missing, "missing")] {
            if list.is_empty() {
                continue;
            }
            let heading = match key {
                "outdated" => t!("report-translations-outdated", count = list.len()),
                _ => t!("report-translations-missing", count = list.len()),
            };
            line(&mut out, format!("  {heading}:"));
            for x in list {
                line(&mut out, format!("    {}  ({})", x.title, x.file));
            }
        }
    }
    out
}

/// "12 entries on the site; left out: ..." of both formats.
fn counts(r: &Report) -> Text {
    t!(
        "report-counts",
        published = r.published,
        expired = r.expired,
        drafts = r.drafts,
        upcoming = r.upcoming
    )
}

/// The report as one self-contained, accessible HTML page (no scripts, no requests).
pub fn html(r: &Report) -> String {
    let mut body = String::new();
    let title = escape(t!("report-title", site = &r.site, today = r.today.to_string()).as_str());
    body.push_str(&format!(
        "<h1>{title}</h1><p>{}</p>",
        escape(counts(r).as_str())
    ));
    if let Some(m) = &r.map {
        body.push_str(&format!(
            "<h2>{}</h2><p>{}</p><figure>{}<figcaption>{}<ul class=legend>",
            escape(t!("report-map-heading").as_str()),
            escape(t!("report-map-intro").as_str()),
            m.svg,
            escape(t!("report-map-legend").as_str())
        ));
        for (n, &(from, to)) in m.legend.iter().enumerate() {
            let range = if from == to {
                from.to_string()
            } else {
                t!("report-map-range", from = from, to = to).into_string()
            };
            body.push_str(&format!(
                "<li><span class=\"swatch s{n}\"></span>{}</li>",
                escape(&range)
            ));
        }
        body.push_str("</ul></figcaption></figure>");
    }
    type Pick = fn(&AreaRow) -> &Vec<usize>;
    let tables: [(Text, &Vec<Column>, Pick); 3] = [
        (t!("report-per-kind"), &r.kinds, |a| &a.kinds),
        (t!("report-per-category"), &r.categories, |a| &a.categories),
        (t!("report-per-audience"), &r.audiences, |a| &a.audiences),
    ];
    let [gap_note, area, gap, everywhere] = [
        t!("report-gap-note"),
        t!("report-area"),
        t!("report-gap"),
        t!("report-whole-municipality-heading"),
    ]
    .map(|t| escape(t.as_str()));
    for (caption, columns, pick) in tables {
        if columns.is_empty() {
            continue;
        }
        let caption = escape(caption.as_str());
        body.push_str(&format!(
            "<div class=scroll role=region tabindex=0 aria-label=\"{caption}\"><table><caption>{caption}. {gap_note}</caption><thead><tr><th scope=col>{area}</th>"
        ));
        for c in columns {
            body.push_str(&format!("<th scope=col>{}</th>", escape(&c.name)));
        }
        body.push_str("</tr></thead><tbody>");
        let row = |name: &str, counts: &Vec<usize>| {
            let mut s = format!("<tr><th scope=row>{}</th>", escape(name));
            for n in counts {
                if *n == 0 {
                    s.push_str(&format!(
                        "<td class=gap>0 <span class=visually-hidden>({gap})</span></td>"
                    ));
                } else {
                    s.push_str(&format!("<td>{n}</td>"));
                }
            }
            s.push_str("</tr>");
            s
        };
        for a in &r.areas {
            body.push_str(&row(&a.name, pick(a)));
        }
        body.push_str(&row(&everywhere, pick(&r.everywhere)));
        body.push_str("</tbody></table></div>");
    }
    body.push_str(&format!(
        "<h2>{}</h2><ul>",
        escape(t!("report-gaps", count = r.gaps.len()).as_str())
    ));
    for g in &r.gaps {
        let note = if g.everywhere > 0 {
            format!(" ({})", t!("report-gap-everywhere", count = g.everywhere))
        } else {
            String::new()
        };
        body.push_str(&format!("<li>{}{}</li>", escape(&g.text), escape(&note)));
    }
    body.push_str("</ul>");
    body.push_str(&format!(
        "<h2>{}</h2><p>{}</p>",
        escape(t!("report-organisations").as_str()),
        escape(t!("report-organisations-intro", days = r.stale_after_days).as_str())
    ));
    let [
        entry,
        kind,
        last_checked,
        days,
        file,
        stale_word,
        never,
        dead_link,
    ] = [
        t!("report-entry"),
        t!("report-kind"),
        t!("report-last-checked"),
        t!("report-days-heading"),
        t!("report-file"),
        t!("report-stale"),
        t!("report-never"),
        t!("report-dead-link-heading"),
    ]
    .map(|t| escape(t.as_str()));
    for o in &r.organisations {
        let name = if o.id.is_empty() {
            escape(t!("report-no-organisation-heading").as_str())
        } else {
            escape(&o.name)
        };
        body.push_str(&format!(
            "<div class=scroll role=region tabindex=0 aria-label=\"{name}\"><table><caption>{name}</caption><thead><tr><th scope=col>{entry}</th><th scope=col>{kind}</th><th scope=col>{last_checked}</th><th scope=col>{days}</th><th scope=col>{file}</th></tr></thead><tbody>"
        ));
        for a in &o.entries {
            let class = if a.stale { " class=gap" } else { "" };
            let stale = if a.stale {
                format!(" ({stale_word})")
            } else {
                String::new()
            };
            let links: String = a
                .dead_links
                .iter()
                .map(|d| {
                    format!(
                        "<br>{dead_link}: <code>{}</code>, {}",
                        escape(&d.url),
                        escape(&d.why)
                    )
                })
                .collect();
            body.push_str(&format!(
                "<tr><th scope=row>{}</th><td>{}</td><td>{}</td><td{class}>{}{stale}</td><td><code>{}</code>{links}</td></tr>",
                escape(&a.title),
                a.kind,
                a.reviewed.as_deref().map_or_else(|| never.clone(), escape),
                a.days.map_or("–".to_owned(), |d| d.to_string()),
                escape(&a.file)
            ));
        }
        body.push_str("</tbody></table></div>");
    }
    body.push_str(&format!(
        "<h2>{}</h2><ul>",
        escape(
            t!(
                "report-expiring",
                days = EXPIRY_DAYS,
                count = r.expiring.len()
            )
            .as_str()
        )
    ));
    for x in &r.expiring {
        body.push_str(&format!(
            "<li>{}: {} (<code>{}</code>)</li>",
            x.valid_until,
            escape(&x.title),
            escape(&x.file)
        ));
    }
    body.push_str(&format!(
        "</ul><h2>{}</h2><ul>",
        escape(t!("report-no-contact", count = r.no_contact.len()).as_str())
    ));
    for x in &r.no_contact {
        body.push_str(&format!(
            "<li>{} (<code>{}</code>)</li>",
            escape(&x.title),
            escape(&x.file)
        ));
    }
    body.push_str("</ul>");
    for l in &r.translations {
        body.push_str(&format!(
            "<h2>{}</h2>",
            escape(
                t!(
                    "report-translations",
                    language = &l.name,
                    translated = l.translated,
                    of = l.translated + l.missing.len()
                )
                .as_str()
            )
        ));
        for (list, heading) in [
            (
                &l.outdated,
                t!("report-translations-outdated", count = l.outdated.len()),
            ),
            (
                &l.missing,
                t!("report-translations-missing", count = l.missing.len()),
            ),
        ] {
            if list.is_empty() {
                continue;
            }
            body.push_str(&format!("<h3>{}</h3><ul>", escape(heading.as_str())));
            for x in list {
                body.push_str(&format!(
                    "<li>{} (<code>{}</code>)</li>",
                    escape(&x.title),
                    escape(&x.file)
                ));
            }
            body.push_str("</ul>");
        }
    }
    let lang = crate::messages::lang().code();
    format!(
        "<!doctype html><html lang={lang}><head><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\"><meta name=robots content=noindex><title>{title}</title><style>\
body{{font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;margin:0 auto;max-width:70rem;padding:1rem}}\
table{{border-collapse:collapse;margin:0 0 1.5rem}}caption{{text-align:left;font-weight:700;padding:.5rem 0}}\
th,td{{border:1px solid #767676;padding:.25rem .5rem;text-align:left}}td{{text-align:right}}td:last-child code{{white-space:nowrap}}li code{{overflow-wrap:anywhere}}\
.gap{{background:#fde8e8;color:#8a1c1c;font-weight:700}}.scroll{{overflow-x:auto;position:relative}}.scroll:focus{{outline:3px solid #1a56db}}\
.visually-hidden{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}\
figure{{margin:0 0 1.5rem}}.map{{display:block;width:100%;max-width:40rem;height:auto;print-color-adjust:exact;-webkit-print-color-adjust:exact}}.map path{{stroke:#333;stroke-width:1.2;stroke-linejoin:round}}\
.map-label{{font:700 13px system-ui,sans-serif;fill:#1a1a1a;paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round;text-anchor:middle}}\
.legend{{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}}.swatch{{display:inline-block;width:1.2em;height:1.2em;border:1px solid #333;vertical-align:-.2em;margin-right:.4em;print-color-adjust:exact;-webkit-print-color-adjust:exact}}\
.s0{{fill:#f7f7f7;background:#f7f7f7}}.s1{{fill:#fddbc7;background:#fddbc7}}.s2{{fill:#f4a582;background:#f4a582}}.s3{{fill:#d6604d;background:#d6604d}}.s4{{fill:#b2182b;background:#b2182b}}\
</style></head><body><main>{body}</main></body></html>\n"
    )
}
