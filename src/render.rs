//! Render: pages to HTML with Tera templates.
//!
//! Templates come from `themes/<theme>/templates/`, and a site's own `templates/` folder
//! overrides them file by file. Interface text comes from the theme's `i18n/<lang>.toml`,
//! falling back to Dutch. Templates get the ready-to-show view models of [`crate::view`],
//! where every URL is built by `Urls`, which knows the base path, so no template writes
//! a bare `/`. Everything is escaped by Tera unless marked safe (only sanitised Markdown
//! and the JSON-LD, which [`crate::jsonld`] makes from the entry's view, are).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use tera::{Context, Tera};

use crate::config::Config;
use crate::content::Kind;
use crate::content::schedule::Words;
use crate::diagnostic::{Diagnostic, Pos, display_path};
use crate::map::{self, Marker, Shape, Speech};
use crate::plan::{self, Filter, PageKind};
use crate::t;
use crate::view::maps::DrawnArea;
use crate::view::paginate::{Content, Part};
use crate::view::{DayView, FeedView, IdName, Link, PostcodeLink, Views};

/// The theme of a site: templates, interface text and static files.
pub struct Theme {
    pub tera: Tera,
    /// Interface text in the site's main language.
    pub i18n: BTreeMap<String, String>,
    /// Interface text in each of the site's other languages, by code.
    pub i18n_in: BTreeMap<String, BTreeMap<String, String>>,
    /// Static files by their path in the output.
    pub static_files: BTreeMap<String, Vec<u8>>,
}

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));
}

/// One file of the theme or of the site's overrides.
struct ThemeFile {
    /// Shown in diagnostics: `themes/default/templates/base.html`, or `(built-in) ...`.
    shown: String,
    bytes: Vec<u8>,
}

/// The theme's files by their path inside the theme (`templates/base.html`), with the
/// site's own `templates/`, `static/` and `i18n/` laid over them file by file.
fn theme_files(
    root: &Path,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<BTreeMap<String, ThemeFile>> {
    let dir = root.join("themes").join(&config.theme);
    let mut files = BTreeMap::new();
    let overlay = |base: &Path,
                   prefix: &str,
                   files: &mut BTreeMap<String, ThemeFile>,
                   diagnostics: &mut Vec<Diagnostic>| {
        // Read side by side: a site's static/ may hold hundreds of megabytes of photos.
        let read: Vec<(String, PathBuf, std::io::Result<Vec<u8>>)> = files_under(base)
            .into_par_iter()
            .map(|(name, path)| {
                let bytes = std::fs::read(&path);
                (name, path, bytes)
            })
            .collect();
        for (name, path, bytes) in read {
            match bytes {
                Ok(bytes) => {
                    files.insert(
                        format!("{prefix}{name}"),
                        ThemeFile {
                            shown: display_path(root, &path),
                            bytes,
                        },
                    );
                }
                Err(err) => diagnostics.push(Diagnostic::error(
                    display_path(root, &path),
                    Pos::UNKNOWN,
                    t!("file-unreadable", reason = err.to_string()),
                )),
            }
        }
    };
    if dir.is_dir() {
        overlay(&dir, "", &mut files, diagnostics);
    } else if config.theme == "default" {
        for (name, bytes) in embedded::DEFAULT_THEME {
            files.insert(
                (*name).to_owned(),
                ThemeFile {
                    shown: t!("builtin-theme", name = *name).into_string(),
                    bytes: bytes.to_vec(),
                },
            );
        }
    } else {
        diagnostics.push(
            Diagnostic::error(
                crate::config::FILE_NAME,
                Pos::UNKNOWN,
                t!("theme-missing", theme = &config.theme),
            )
            .with_help(t!("theme-missing-help")),
        );
        return None;
    }
    for folder in ["templates", "static", "i18n"] {
        overlay(
            &root.join(folder),
            &format!("{folder}/"),
            &mut files,
            diagnostics,
        );
    }
    Some(files)
}

/// Loads templates, i18n and static files of the theme and the site's overrides.
pub(crate) fn load_theme(
    root: &Path,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Theme> {
    let mut files = theme_files(root, config, diagnostics)?;
    // Static files move out of the theme's files: a site's photos are not copied.
    let statics: Vec<(String, ThemeFile)> = {
        let names: Vec<String> = files
            .keys()
            .filter(|n| n.starts_with("static/"))
            .cloned()
            .collect();
        names
            .into_iter()
            .filter_map(|n| files.remove(&n).map(|f| (n, f)))
            .collect()
    };
    let mut templates: BTreeMap<&str, (&str, String)> = BTreeMap::new();
    let mut static_files = BTreeMap::new();
    let mut i18n_files: BTreeMap<&str, Vec<&ThemeFile>> = BTreeMap::new();
    for (name, file) in statics {
        let rest = name.strip_prefix("static/").unwrap_or(&name);
        match crate::safe_files::check(rest, &file.bytes, &file.shown) {
            Ok(None) => {
                static_files.insert(rest.to_owned(), file.bytes);
            }
            Ok(Some(cleaned)) => {
                static_files.insert(rest.to_owned(), cleaned);
            }
            Err(problem) => diagnostics.push(problem),
        }
    }
    for (name, file) in &files {
        if let Some(template) = name.strip_prefix("templates/") {
            match std::str::from_utf8(&file.bytes) {
                Ok(text) => {
                    templates.insert(template, (file.shown.as_str(), text.to_owned()));
                }
                Err(_) => diagnostics.push(Diagnostic::error(
                    &file.shown,
                    Pos::UNKNOWN,
                    t!("template-not-utf8"),
                )),
            }
        } else if let Some(lang) = name
            .strip_prefix("i18n/")
            .and_then(|n| n.strip_suffix(".toml"))
        {
            i18n_files.entry(lang).or_default().push(file);
        }
    }
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    if let Err(err) = tera.add_raw_templates(
        templates
            .iter()
            .map(|(name, (_, text))| (*name, text.as_str())),
    ) {
        let (file, message) = template_error(&err, &templates);
        diagnostics.push(
            Diagnostic::error(file, Pos::UNKNOWN, t!("template-error", reason = message))
                .with_help(t!("template-error-help")),
        );
        return None;
    }
    let i18n = load_i18n(&i18n_files, &config.language, diagnostics);
    let i18n_in = config
        .site_languages()
        .into_iter()
        .skip(1)
        .map(|code| (code.to_owned(), load_i18n(&i18n_files, code, diagnostics)))
        .collect();
    Some(Theme {
        tera,
        i18n,
        i18n_in,
        static_files,
    })
}

/// Files under `base`, sorted, by their path relative to it.
fn files_under(base: &Path) -> Vec<(String, PathBuf)> {
    if !base.is_dir() {
        return Vec::new();
    }
    walkdir::WalkDir::new(base)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| (display_path(base, e.path()), e.path().to_path_buf()))
        .collect()
}

fn template_error(
    err: &tera::Error,
    templates: &BTreeMap<&str, (&str, String)>,
) -> (String, String) {
    let message = error_chain(err);
    let file = templates
        .iter()
        .find(|(name, _)| message.contains(**name))
        .map_or_else(
            || "templates".to_owned(),
            |(_, (file, _))| (*file).to_owned(),
        );
    (file, message)
}

/// An error with all its causes, on one line.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut message = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message.replace('\n', " ")
}

/// The names of CLDR's plural categories, the keys of a text that depends on a number.
const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Interface text: the site's language over Dutch; a missing key is a warning.
///
/// A text that says a number may be a table of its plural forms, as Hugo's i18n files
/// have them: `results = { one = "{count} resultaat", other = "{count} resultaten" }`,
/// with the forms (`one`, `few`, `many`…) CLDR gives the language. It is kept as one key
/// per form (`results.one`), which [`Views::t_count`](crate::view::Views::t_count) chooses
/// from, and under its own key as its `other` form, for a template that names it.
fn load_i18n(
    files: &BTreeMap<&str, Vec<&ThemeFile>>,
    language: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> BTreeMap<String, String> {
    let read = |lang: &str, diagnostics: &mut Vec<Diagnostic>| -> BTreeMap<String, String> {
        let mut map = BTreeMap::new();
        for file in files.get(lang).map(Vec::as_slice).unwrap_or(&[]) {
            let text = String::from_utf8_lossy(&file.bytes);
            match toml::from_str::<BTreeMap<String, toml::Value>>(&text) {
                Ok(m) => {
                    for (key, value) in m {
                        match value {
                            toml::Value::String(s) => {
                                map.insert(key, s);
                            }
                            toml::Value::Table(forms)
                                if forms.contains_key("other")
                                    && forms.iter().all(|(form, text)| {
                                        PLURAL_FORMS.contains(&form.as_str()) && text.is_str()
                                    }) =>
                            {
                                for (form, text) in forms {
                                    if let toml::Value::String(text) = text {
                                        if form == "other" {
                                            // What a template that names the key reads.
                                            map.insert(key.clone(), text.clone());
                                        }
                                        map.insert(format!("{key}.{form}"), text);
                                    }
                                }
                            }
                            _ => diagnostics.push(
                                Diagnostic::error(
                                    &file.shown,
                                    key_pos(&text, &key),
                                    t!("i18n-not-text", key = &key),
                                )
                                .with_help(t!("i18n-not-text-help", key = &key)),
                            ),
                        }
                    }
                }
                Err(err) => {
                    let pos = err
                        .span()
                        .map_or(Pos::UNKNOWN, |s| Pos::of_offset(&text, s.start));
                    diagnostics.push(
                        Diagnostic::error(
                            &file.shown,
                            pos,
                            t!("i18n-syntax", reason = err.message().trim()),
                        )
                        .with_help(t!("i18n-syntax-help")),
                    );
                }
            }
        }
        map
    };
    let mut text = read("nl", diagnostics);
    if language != "nl" {
        let own = read(language, diagnostics);
        let shown = files
            .get(language)
            .and_then(|f| f.last())
            .map_or_else(|| format!("i18n/{language}.toml"), |f| f.shown.clone());
        let own_keys: std::collections::BTreeSet<&str> = own.keys().map(|k| base_key(k)).collect();
        let keys: std::collections::BTreeSet<&str> = text.keys().map(|k| base_key(k)).collect();
        for key in keys {
            if !own_keys.contains(key) {
                diagnostics.push(
                    Diagnostic::warning(&shown, Pos::UNKNOWN, t!("i18n-missing", key = key))
                        .with_help(t!("i18n-missing-help", key = key)),
                );
            }
        }
        text.extend(own);
    }
    text
}

/// The key a plural form belongs to: `results` for `results.one`.
fn base_key(key: &str) -> &str {
    key.split_once('.').map_or(key, |(base, _)| base)
}

/// Where `key` is written in an i18n file: its line, or the file's start.
fn key_pos(text: &str, key: &str) -> Pos {
    text.lines()
        .position(|line| {
            line.trim_start_matches(['[', ' '])
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(['=', ']']))
        })
        .map_or(Pos::UNKNOWN, |i| Pos::new(i as u32 + 1, 1))
}

/// The context of a listing page: its title, count, filters and this page's cards.
fn listing(
    ctx: &mut Context,
    views: &Views,
    kind: Kind,
    title: &str,
    (count, cards): (usize, &[usize]),
    filter: Option<Filter>,
) {
    ctx.insert("kind", kind.name());
    ctx.insert("title", title);
    ctx.insert("count", &count);
    ctx.insert(
        "count_text",
        &views
            .t_count("results", count)
            .replace("{count}", &count.to_string()),
    );
    ctx.insert("filters", &views.filter_groups(kind, filter));
    let cards: Vec<tera::Value> = cards.iter().map(|&i| views.card_value(i)).collect();
    ctx.insert_value("cards", tera::Value::from(cards));
}

/// The map of all areas, each a link to its page for a pointer (the list of areas beside it
/// is for everyone); `None` when no area has a boundary.
fn overview_map(views: &Views) -> Option<String> {
    let overview = views.overview()?;
    let shapes: Vec<Shape> = overview
        .areas
        .into_iter()
        .map(|a| area_shape(views, &overview.frame, a, "map-area"))
        .collect();
    Some(map::svg(&overview.frame, &shapes, &[], Speech::Hidden))
}

/// An area on a map: a link to its page, named where the name fits.
fn area_shape(views: &Views, frame: &map::Frame, a: DrawnArea, class: &str) -> Shape {
    let name = views.entries[a.entry].title.clone();
    Shape {
        url: Some(views.entry_url(a.entry)),
        d: a.d,
        label: frame.label_at(a.label, &name),
        text: name.clone(),
        name,
        class: class.to_owned(),
    }
}

/// An area's map and the numbered list of its places, which says in words what the map
/// shows.
#[derive(serde::Serialize)]
struct AreaMapView {
    svg: String,
    places: Vec<crate::view::maps::MapPlace>,
}

fn area_map(views: &Views, area: usize) -> Option<AreaMapView> {
    let m = views.area_map(area)?;
    let mut shapes: Vec<Shape> = m
        .around
        .into_iter()
        .map(|a| area_shape(views, &m.frame, a, "map-area map-other"))
        .collect();
    shapes.push(Shape {
        name: views.entries[area].title.clone(),
        url: None,
        d: m.area.d,
        label: None,
        text: String::new(),
        class: "map-area map-current".to_owned(),
    });
    let markers: Vec<Marker> = m
        .places
        .iter()
        .zip(&m.points)
        .map(|(p, &point)| Marker {
            number: p.number,
            point,
            name: p.name.clone(),
            url: p.url.clone(),
        })
        .collect();
    Some(AreaMapView {
        svg: map::svg(&m.frame, &shapes, &markers, Speech::Hidden),
        places: m.places,
    })
}

/// A QR code of a full address, named in the site's language.
fn qr_code(views: &Views, address: &str) -> Option<String> {
    crate::qr::svg(address, &views.t("qr_label").replace("{url}", address))
}

/// Renders one page to HTML.
pub(crate) fn render_page(
    tera: &Tera,
    views: &Views,
    part: &Part,
    base: &Context,
) -> Result<String, String> {
    let page = part.page;
    let mut ctx = base.clone();
    ctx.insert("page_url", &views.urls.page(&part.path));
    let canonical = views.urls.absolute(&part.path);
    ctx.insert("canonical", &canonical);
    ctx.insert("translations", &views.translations(&part.path));
    if let Some(pager) = &part.pager {
        ctx.insert("pager", pager);
        ctx.insert(
            "pager_label",
            &views
                .t("page_of")
                .replace("{number}", &pager.number.to_string())
                .replace("{of}", &pager.of.to_string()),
        );
    }
    if let Some((url, title)) = crate::feeds::feed_of_page(views, page) {
        ctx.insert("atom", &Link { name: title, url });
    }
    let cards = match &part.content {
        Content::Cards(all, range) => (all.len(), &all[range.clone()]),
        _ => (0, &[][..]),
    };
    let template = match page.kind {
        PageKind::Home => {
            ctx.insert("areas", &views.area_links());
            ctx.insert("map", &overview_map(views));
            // A second week, hidden, for the script that moves the page on to the
            // visitor's today when the site was built a few days before.
            let days = views.days_ahead(14, None);
            ctx.insert("today", &days.first());
            ctx.insert("week", &days.get(1..).unwrap_or(&[]));
            let mut volunteering = views.of_kind(Kind::Volunteering, None);
            volunteering
                .sort_by_key(|&i| std::cmp::Reverse(crate::feeds::new_since(&views.entries[i])));
            volunteering.truncate(5);
            ctx.insert(
                "volunteering",
                &volunteering
                    .into_iter()
                    .map(|i| views.card(i))
                    .collect::<Vec<_>>(),
            );
            "index.html".to_owned()
        }
        PageKind::Listing(Kind::Area) => {
            let areas = views.area_links();
            let mut postcodes: Vec<PostcodeLink> = areas
                .iter()
                .flat_map(|a| {
                    a.postcodes.iter().map(|p| PostcodeLink {
                        postcode: p.clone(),
                        name: a.name.clone(),
                        url: a.url.clone(),
                    })
                })
                .collect();
            postcodes.sort_by(|a, b| a.postcode.cmp(&b.postcode));
            ctx.insert("areas", &areas);
            ctx.insert("postcodes", &postcodes);
            ctx.insert("map", &overview_map(views));
            "areas.html".to_owned()
        }
        PageKind::Listing(kind) => {
            let all = views.t(&format!("kind_{}", kind.name()));
            listing(&mut ctx, views, kind, &all, cards, None);
            "list.html".to_owned()
        }
        PageKind::Filtered(kind, filter) => {
            let title = views.filter_title(kind, filter);
            ctx.insert(
                "all_url",
                &views
                    .urls
                    .page(&plan::listing_path(kind).unwrap_or_default()),
            );
            ctx.insert("all_title", &views.t(&format!("kind_{}", kind.name())));
            if let Filter::Category(c) = filter {
                ctx.insert("intro", &views.config.categories[c].description);
            }
            listing(&mut ctx, views, kind, &title, cards, Some(filter));
            "list.html".to_owned()
        }
        PageKind::Statement => {
            ctx.insert("statement", &views.statement());
            "statement.html".to_owned()
        }
        PageKind::Privacy => "privacy.html".to_owned(),
        PageKind::Entry(i) => {
            let e = &views.entries[i];
            let mut entry = views.view(i);
            entry.json_ld = crate::jsonld::entry(views, i, &entry);
            ctx.insert("entry", &entry);
            // For paper: the page's address as a QR code, shown only in print.
            ctx.insert("qr", &qr_code(views, &canonical));
            if e.kind == Kind::Area {
                ctx.insert("sections", &views.area_sections(i));
                ctx.insert("week", &views.days_ahead(14, Some(e)));
                ctx.insert("poster", &views.urls.page(&plan::area_poster_path(e)));
                ctx.insert("area_map", &area_map(views, i));
            }
            format!("{}.html", e.kind.name())
        }
        PageKind::AreaPoster(a) => {
            let area = &views.entries[a];
            let address = views.urls.absolute(&plan::entry_path(area));
            ctx.insert("area", &area.title);
            ctx.insert("area_url", &views.urls.page(&plan::entry_path(area)));
            ctx.insert("area_address", &address);
            ctx.insert("qr", &qr_code(views, &address));
            ctx.insert("week", &views.days_ahead(7, Some(area)));
            let people: Vec<_> = views
                .of_kind(Kind::Person, Some(&area.id))
                .into_iter()
                .map(|p| views.view(p))
                .collect();
            ctx.insert("people", &people);
            "poster.html".to_owned()
        }
        PageKind::Agenda | PageKind::AreaAgenda(_) => {
            let area = match page.kind {
                PageKind::AreaAgenda(a) => Some(&views.entries[a]),
                _ => None,
            };
            let days: &[DayView] = match &part.content {
                Content::Days(days) => days,
                _ => &[],
            };
            ctx.insert("days", days);
            let weeks = (views.config.agenda_days() / 7) as usize;
            ctx.insert(
                "agenda_intro",
                &views
                    .t_count("agenda_intro", weeks)
                    .replace("{weeks}", &weeks.to_string()),
            );
            if let Some(a) = area {
                ctx.insert(
                    "area",
                    &Link {
                        name: a.title.clone(),
                        url: views.urls.page(&plan::entry_path(a)),
                    },
                );
            }
            ctx.insert("site_agenda", &views.urls.page(plan::AGENDA));
            let agendas: Vec<Link> = views
                .of_kind(Kind::Area, None)
                .into_iter()
                .map(|i| Link {
                    name: views.entries[i].title.clone(),
                    url: views.urls.page(&plan::area_agenda_path(&views.entries[i])),
                })
                .collect();
            ctx.insert("area_agendas", &agendas);
            let feed = area.map_or_else(|| plan::SITE_FEED.to_owned(), plan::area_feed_path);
            ctx.insert("feed", &FeedView::new(&views.urls.absolute(&feed)));
            "agenda.html".to_owned()
        }
        PageKind::Search => {
            let areas = views.area_links();
            let pairs = |list: &[crate::config::Term]| -> Vec<IdName> {
                list.iter()
                    .map(|t| IdName {
                        id: t.id.clone(),
                        name: t.name.clone(),
                    })
                    .collect()
            };
            let kinds: Vec<IdName> = Kind::ALL
                .into_iter()
                .map(|k| IdName {
                    id: k.name().to_owned(),
                    name: views.t(&format!("kind_one_{}", k.name())),
                })
                .collect();
            let words = Words::of(views.lang);
            let days: Vec<&str> = [
                jiff::civil::Weekday::Monday,
                jiff::civil::Weekday::Tuesday,
                jiff::civil::Weekday::Wednesday,
                jiff::civil::Weekday::Thursday,
                jiff::civil::Weekday::Friday,
                jiff::civil::Weekday::Saturday,
                jiff::civil::Weekday::Sunday,
            ]
            .into_iter()
            .map(|d| words.day(d))
            .collect();
            ctx.insert("areas", &areas);
            ctx.insert("kinds", &kinds);
            ctx.insert("days", &days);
            ctx.insert("categories", &pairs(&views.config.categories));
            ctx.insert("audiences", &pairs(&views.config.audiences));
            let languages: Vec<IdName> = views
                .languages_offered()
                .into_iter()
                .map(|l| IdName {
                    id: l.code.to_owned(),
                    name: views.language_choice(l),
                })
                .collect();
            ctx.insert("languages", &languages);
            "search.html".to_owned()
        }
        PageKind::NotFound => {
            ctx.insert("areas", &views.area_links());
            "404.html".to_owned()
        }
    };
    tera.render(&template, &ctx)
        .map_err(|err| format!("{template}: {}", error_chain(&err)))
}
