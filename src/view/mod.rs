//! View: the site's read model, below the templates and every other format.
//!
//! [`Views`] is made once per build from the checked entries and site.toml: entries
//! resolved into what pages, cards, agenda days and every other output need, with every
//! address built by [`Urls`], which knows the base path. The serialisable structs here
//! (`EntryView`, `Card`, `DayView`, ...) are the theme's documented contract: templates
//! read them by these field names. The search index, iCalendar, feeds, JSON-LD, the HSDS
//! export and the report read the same `Views`; nothing here calls into a template or an
//! output format, and nothing here writes a file.

pub(crate) mod maps;
pub(crate) mod paginate;

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Serialize;

use crate::config::{BaseUrl, Config};
use crate::content::model::{Accessibility, Address, AreaKind, Contact, Cost, Offer};
use crate::content::schedule::{Locale, Rule, Schedule, Words};
use crate::content::spoken::Spoken;
use crate::content::{Areas, Details, Entry, Kind, sort_key};
use crate::markdown;
use crate::plan::{self, Filter};

/// Builds every address of the site from the base path. In a site of several languages
/// the pages of a language other than the main one are in its folder (`en/`), and what
/// every language shares (pictures, stylesheets, static files) is not.
#[derive(Debug, Clone)]
pub struct Urls {
    base: BaseUrl,
    /// The folder of this language's pages: empty for the main language, else `en/`.
    folder: String,
}

impl Urls {
    pub fn new(base: BaseUrl) -> Self {
        Urls {
            base,
            folder: String::new(),
        }
    }

    /// The addresses of the pages in another language than the main one, under
    /// `folder` (`en/`).
    pub fn in_folder(&self, folder: &str) -> Self {
        Urls {
            base: self.base.clone(),
            folder: folder.to_owned(),
        }
    }

    /// This language's folder in the output: empty for the main language, else `en/`.
    pub fn folder(&self) -> &str {
        &self.folder
    }

    /// A root-relative address with the site's origin: `/sub/x/` -> `https://host/sub/x/`.
    pub fn full(&self, url: &str) -> String {
        if url.starts_with('/') && !url.starts_with("//") {
            format!("{}{url}", self.base.origin)
        } else {
            url.to_owned()
        }
    }

    /// The site's path on its host: `/` or `/sub/`.
    pub fn base_path(&self) -> &str {
        &self.base.path
    }

    /// The path of this language's pages on the host: the site's path, or `/sub/en/`.
    pub fn pages_path(&self) -> String {
        self.base.join(&self.folder)
    }

    /// The address of a page, or of a file made per page such as a calendar or the
    /// search index: `activiteiten/x/` -> `/sub/activiteiten/x/`, or `/sub/en/activiteiten/x/`
    /// in another language.
    pub fn page(&self, site_path: &str) -> String {
        self.base.join(&self.in_language(site_path))
    }

    /// The address of a file every page shares whatever its language: a stylesheet or
    /// script, a picture, the logo, a file of `static/`: `images/x.jpg` ->
    /// `/sub/images/x.jpg`.
    pub fn file(&self, path: &str) -> String {
        self.base.join(path)
    }

    /// The full address of a page: `https://host/sub/en/activiteiten/x/`.
    pub fn absolute(&self, site_path: &str) -> String {
        self.base.absolute(&self.in_language(site_path))
    }

    /// A site path in this language's folder.
    fn in_language<'p>(&self, site_path: &'p str) -> std::borrow::Cow<'p, str> {
        if self.folder.is_empty() {
            std::borrow::Cow::Borrowed(site_path)
        } else {
            let path = site_path.trim_start_matches('/');
            std::borrow::Cow::Owned(format!("{}{path}", self.folder))
        }
    }

    /// The host name, for identifiers that must be unique worldwide (`www.lindewaard.nl`).
    pub fn host(&self) -> &str {
        let origin = &self.base.origin;
        origin.split_once("://").map_or(origin, |(_, host)| host)
    }
}

// ---- view models -------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub name: String,
    /// Empty when the target is not published.
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ImageView {
    /// The picture of the entry page: the made 1x size, or the file itself (an SVG).
    pub url: String,
    pub alt: String,
    /// The made sizes for `srcset` (`… 640w, … 1280w`); empty when the file is shown as
    /// it is.
    pub srcset: String,
    /// The same sizes as WebP, for the `<source>` of a `<picture>`; empty as above.
    pub webp_srcset: String,
    /// The 1x size's width and height, so nothing shifts as it loads.
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// The thumbnail of cards, and its `srcset` (`… 1x, … 2x`; empty as above).
    pub thumb: String,
    pub thumb_srcset: String,
    pub thumb_webp_srcset: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AddressView {
    pub street: String,
    pub postcode: String,
    pub city: String,
    /// A plain link to a route planner; nothing is loaded from it until clicked.
    pub route_url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CostView {
    pub free: bool,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct WhenView {
    pub text: String,
    pub note: Option<String>,
    pub place: Option<Link>,
    /// Whether the week table shows it.
    pub in_table: bool,
}

/// One day of the week table of opening hours, walk-in hours or office hours.
#[derive(Debug, Clone, Serialize)]
pub struct WeekRow {
    /// 1 for Monday to 7 for Sunday, for the script that marks today.
    pub weekday: i8,
    pub day: String,
    /// "09:00–12:00", "13:30–16:00 (eerste van de maand)"
    pub times: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct ContactView {
    pub phone: Option<String>,
    /// `tel:` link form of the phone number.
    pub phone_link: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// The website as residents read it: without `https://` and a trailing `/`.
    pub website_label: Option<String>,
}

/// The accessibility facts that are known, each as a label and yes or no.
#[derive(Debug, Clone, Serialize)]
pub struct AccessView {
    pub facts: Vec<AccessFact>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AccessFact {
    pub label: String,
    pub yes: bool,
    /// "ja" or "nee" in the site's language.
    pub answer: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PersonView {
    pub name: String,
    pub url: String,
    pub role: String,
    pub contact: ContactView,
    pub image: Option<ImageView>,
}

/// A short form of an entry for lists.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    pub kind: &'static str,
    /// ` lang="nl"` (and ` dir="ltr"` on a right-to-left page) when the entry's own
    /// words are in another language than the page, as an untranslated entry's are;
    /// empty otherwise. Made by buurtgids, never by an editor: the theme puts it
    /// unescaped on the elements that hold the entry's words.
    pub lang_attr: String,
    pub title: String,
    pub url: String,
    pub summary: String,
    pub when: Option<String>,
    pub place: Option<String>,
    pub areas: Vec<String>,
    pub cost: Option<CostView>,
    pub role: Option<String>,
    pub phone: Option<String>,
    pub image: Option<ImageView>,
}

/// Everything an entry page shows.
#[derive(Debug, Clone, Serialize)]
pub struct EntryView {
    pub kind: &'static str,
    /// ` lang="nl"` (and ` dir="ltr"` on a right-to-left page) when the entry's own
    /// words are in another language than the page, as an untranslated entry's are;
    /// empty otherwise. Made by buurtgids, never by an editor: the theme puts it
    /// unescaped on the elements that hold the entry's words.
    pub lang_attr: String,
    /// The same for its body: empty when the translation has it.
    pub body_lang_attr: String,
    /// The same for its other texts (how to get help, a person's role, a volunteer's
    /// requirements…): empty when the translation has them all.
    pub facts_lang_attr: String,
    /// The same for the words a translation does not hold (the notes under a schedule
    /// or on accessibility, how to sign up): on every page in another language than the
    /// main one.
    pub rest_lang_attr: String,
    /// A short note in the page's language that the entry is not translated yet, or
    /// empty.
    pub untranslated: String,
    pub id: String,
    pub title: String,
    pub summary: String,
    pub url: String,
    pub body_html: String,
    pub image: Option<ImageView>,
    pub areas: Vec<Link>,
    pub all_areas: bool,
    pub categories: Vec<Link>,
    pub audience: Vec<String>,
    pub reviewed: Option<String>,
    pub valid_until: Option<String>,
    pub when: Vec<WhenView>,
    /// Opening hours as a week table, for places, services and people.
    pub week: Vec<WeekRow>,
    /// The site's closed periods ahead that fall on one of the entry's dates:
    /// "Kerstvakantie: van 24 december tot en met 1 januari is alles dicht."
    pub closed: Vec<String>,
    pub place: Option<Link>,
    pub address: Option<AddressView>,
    pub cost: Option<CostView>,
    pub organiser: Option<Link>,
    pub contact_person: Option<PersonView>,
    pub contact: ContactView,
    pub registration: Option<RegistrationView>,
    pub accessibility: Option<AccessView>,
    pub how_to_reach: Option<String>,
    /// The languages it is held in, or its person speaks.
    pub languages: Vec<LanguageView>,
    pub role: Option<String>,
    pub facilities: Vec<String>,
    pub area_kind: Option<String>,
    pub postcodes: Vec<String>,
    pub parent: Option<Link>,
    pub hours_per_week: Option<String>,
    pub when_text: Option<String>,
    pub requirements: Vec<String>,
    pub how_to_respond: Option<String>,
    pub report_url: Option<String>,
    /// A mail that shares the entry: its title as the subject, its address as the text.
    pub share_url: String,
    /// The activity's own calendar file ("zet in je agenda").
    pub calendar: Option<String>,
    /// schema.org JSON-LD, safe to put inside a `<script>` element as it is.
    pub json_ld: String,
}

/// A language: its name in the site's language, and in itself where that differs
/// ("Arabisch", "العربية"), for a resident who reads that better.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageView {
    pub code: &'static str,
    pub name: &'static str,
    pub own: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct RegistrationView {
    pub required: bool,
    pub how: Option<String>,
    pub contact: ContactView,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayView {
    pub date: String,
    pub label: String,
    pub items: Vec<AgendaItem>,
    /// The name of the site-wide closed period the day is in, if any.
    pub closed: Option<String>,
    /// On a later agenda page: this day began on the page before.
    pub continued: bool,
    /// On the home page and an area's page: how many of the day's items were left
    /// out, and the agenda page that has them all.
    pub more: Option<MoreView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MoreView {
    /// "Nog 12 activiteiten op deze dag in de agenda".
    pub text: String,
    pub url: String,
}

/// A calendar feed to subscribe to.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FeedView {
    /// `https://host/sub/agenda/agenda.ics`, to copy into a calendar program.
    pub url: String,
    /// The same as `webcal://`, which opens the calendar program to subscribe.
    pub webcal: String,
}

impl FeedView {
    pub(crate) fn new(url: &str) -> FeedView {
        let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
        FeedView {
            url: url.to_owned(),
            webcal: format!("webcal://{rest}"),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct AgendaItem {
    pub time: String,
    /// ` lang="nl"` (and ` dir="ltr"` on a right-to-left page) when the entry's own
    /// words are in another language than the page, as an untranslated entry's are;
    /// empty otherwise. Made by buurtgids, never by an editor: the theme puts it
    /// unescaped on the elements that hold the entry's words.
    pub lang_attr: String,
    pub title: String,
    pub url: String,
    pub place: Option<String>,
    pub cost: Option<CostView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Section {
    pub kind: &'static str,
    pub title: String,
    pub url: String,
    pub cards: Vec<Card>,
    /// The link to all of them, when there are more than the page shows.
    pub more: Option<Link>,
}

/// One row of the table from postcode to area.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PostcodeLink {
    pub postcode: String,
    pub name: String,
    pub url: String,
}

/// A group of filter links on a listing: per area, per category, ...
#[derive(Debug, Clone, Serialize)]
pub struct FilterGroup {
    pub key: &'static str,
    pub title: String,
    pub links: Vec<FilterLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FilterLink {
    pub name: String,
    /// A language's name in itself, "العربية", and its code.
    pub own: Option<&'static str>,
    pub own_lang: Option<&'static str>,
    pub url: String,
    pub count: usize,
    pub current: bool,
}

/// The accessibility statement of site.toml, with dates written out.
#[derive(Debug, Clone, Serialize)]
pub struct StatementView {
    pub status: String,
    pub status_text: String,
    pub date: Option<String>,
    pub approved_by: String,
    pub evaluated_on: Option<String>,
    pub evaluated_by: String,
    pub report_url: String,
    pub known_issues: Vec<String>,
    pub email: String,
    pub phone: String,
    pub phone_link: Option<String>,
    pub response_days: String,
    /// "You get an answer within 5 working days", in the plural form of the number.
    pub feedback: String,
}

/// An id and what residents read for it, for a form's options.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct IdName {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AreaLink {
    pub id: String,
    pub name: String,
    pub url: String,
    pub kind: String,
    pub postcodes: Vec<String>,
}

/// The site in one of its languages: its settings in that language and where its pages
/// are.
#[derive(Debug, Clone)]
pub struct SiteLanguage {
    pub code: String,
    pub config: Config,
    pub urls: Urls,
    /// The entries in this language's words, where any has a translation into it
    /// (`breicafe.en.md`); the site's own entries otherwise.
    pub entries: Option<Vec<Entry>>,
}

/// A language of the site in its switcher and a page's alternates.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageLink {
    pub code: String,
    /// Its name in itself: Nederlands, English, العربية.
    pub name: String,
    pub dir: &'static str,
    /// The same page in this language.
    pub url: String,
    pub absolute: String,
    /// Whether it is the page's own language.
    pub current: bool,
}

/// The writing direction of a language: `rtl` for the languages written right to left
/// (Arabic, Persian, Dari, Pashto, Hebrew, Urdu), else `ltr`. Any language an entry is
/// held in, not only the site's own (see [`Locale::rtl`]).
pub(crate) fn direction(code: &str) -> &'static str {
    if matches!(
        code,
        "ar" | "fa" | "prs" | "ps" | "he" | "ur" | "ckb" | "yi"
    ) {
        "rtl"
    } else {
        "ltr"
    }
}

/// A language's name in itself, as a switcher between languages shows it.
pub(crate) fn own_name(code: &str) -> &str {
    crate::content::spoken::find(code).map_or(code, |s| s.own)
}

/// Everything needed to turn entries into views.
pub struct Views<'a> {
    pub config: &'a Config,
    /// Every language of the site, the main one first, and which one these views are in.
    pub languages: &'a [SiteLanguage],
    pub language: usize,
    /// What marks an entry's words written in the main language on these pages (see
    /// [`Views::lang_attr`]), made once: empty in the main language.
    main_lang_attr: String,
    pub entries: &'a [Entry],
    pub published: &'a [bool],
    pub urls: &'a Urls,
    pub today: Date,
    pub i18n: &'a BTreeMap<String, String>,
    /// What the entries' pictures became.
    pictures: &'a crate::pictures::Pictures,
    index: BTreeMap<(Kind, &'a str), usize>,
    /// Each kind's filtered listings, with how many entries each holds.
    filters: BTreeMap<Kind, Vec<(Filter, usize)>>,
    pub lang: Locale,
    /// The site's closed periods, from site.toml.
    pub closed: Vec<crate::agenda::Closed>,
    /// Each entry's [`sort_key`], made once.
    sort_keys: Vec<String>,
    /// The published entries of each kind in listing order, made once: pages ask for
    /// them thousands of times on a large site.
    by_kind: BTreeMap<Kind, Vec<usize>>,
    /// Each entry's card as the templates see it, made the first time a listing shows
    /// it: a card is on several listings, and a template value is shared, not copied.
    card_values: Vec<std::sync::OnceLock<tera::Value>>,
}

impl<'a> Views<'a> {
    pub fn new(
        languages: &'a [SiteLanguage],
        language: usize,
        entries: &'a [Entry],
        published: &'a [bool],
        today: Date,
        i18n: &'a BTreeMap<String, String>,
        pictures: &'a crate::pictures::Pictures,
    ) -> Self {
        let SiteLanguage { config, urls, .. } = &languages[language];
        let index = entries
            .iter()
            .enumerate()
            .map(|(i, e)| ((e.kind, e.id.as_str()), i))
            .collect();
        let filters = Kind::ALL
            .into_iter()
            .map(|kind| (kind, Filter::all_for(kind, entries, published, config)))
            .collect();
        let sort_keys: Vec<String> = entries.iter().map(|e| sort_key(&e.title)).collect();
        let mut by_kind: BTreeMap<Kind, Vec<usize>> = BTreeMap::new();
        for (i, e) in entries.iter().enumerate() {
            if published[i] {
                by_kind.entry(e.kind).or_default().push(i);
            }
        }
        for list in by_kind.values_mut() {
            list.sort_by(|&a, &b| sort_keys[a].cmp(&sort_keys[b]));
        }
        Views {
            config,
            languages,
            language,
            main_lang_attr: match language {
                0 => String::new(),
                _ => {
                    let main = &languages[0].code;
                    let dir = direction(main);
                    if dir == direction(&config.language) {
                        format!(" lang=\"{main}\"")
                    } else {
                        format!(" lang=\"{main}\" dir=\"{dir}\"")
                    }
                }
            },
            entries,
            published,
            urls,
            today,
            i18n,
            pictures,
            index,
            filters,
            lang: Locale::from_code(&config.language).unwrap_or(Locale::Nl),
            closed: config.closed(),
            sort_keys,
            by_kind,
            card_values: entries.iter().map(|_| std::sync::OnceLock::new()).collect(),
        }
    }

    /// The language the words of entry `i` are in, as attributes for the elements that
    /// hold them when it is not the page's (see [`Card::lang_attr`]): its title and
    /// summary, in the main language until it is translated.
    pub fn lang_attr(&self, i: usize) -> String {
        match &self.entries[i].translated {
            Some(_) => String::new(),
            None => self.main_lang_attr.clone(),
        }
    }

    /// As [`Views::lang_attr`], for entry `i`'s body.
    fn body_lang_attr(&self, i: usize) -> String {
        match &self.entries[i].translated {
            Some(t) if t.body => String::new(),
            _ => self.main_lang_attr.clone(),
        }
    }

    /// As [`Views::lang_attr`], for entry `i`'s other texts (how to get help, a role,
    /// what a volunteer is asked): marked when the translation leaves any of them out.
    fn facts_lang_attr(&self, i: usize) -> String {
        match &self.entries[i].translated {
            Some(t) if t.facts => String::new(),
            _ => self.main_lang_attr.clone(),
        }
    }

    /// The writing direction of these views' language: `ltr` or `rtl`.
    pub fn dir(&self) -> &'static str {
        direction(&self.config.language)
    }

    /// The page at `site_path` in each language of the site, for the switcher and the
    /// alternates: empty for a site in one language.
    pub fn translations(&self, site_path: &str) -> Vec<LanguageLink> {
        if self.languages.len() < 2 {
            return Vec::new();
        }
        self.languages
            .iter()
            .enumerate()
            .map(|(n, l)| LanguageLink {
                code: l.code.clone(),
                name: own_name(&l.code).to_owned(),
                dir: direction(&l.code),
                url: l.urls.page(site_path),
                absolute: l.urls.absolute(site_path),
                current: n == self.language,
            })
            .collect()
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n
            .get(key)
            .cloned()
            .unwrap_or_else(|| key.to_owned())
    }

    /// The interface text `key` for the number `n`: the plural form the language asks
    /// for `n` (`results.few` in Polish for 3) when the theme gives the forms, else the
    /// one text.
    pub fn t_count(&self, key: &str, n: usize) -> String {
        self.i18n
            .get(&format!("{key}.{}", self.lang.plural(n)))
            .map_or_else(|| self.t(key), String::clone)
    }

    /// The plural forms of the interface text `key` as a JSON object (`{"one": …,
    /// "other": …}`), for the script that chooses by `Intl.PluralRules`; a text without
    /// forms is its `other`.
    pub fn t_forms(&self, key: &str) -> String {
        let prefix = format!("{key}.");
        let mut forms: BTreeMap<&str, &str> = self
            .i18n
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .map(|(k, v)| (&k[prefix.len()..], v.as_str()))
            .collect();
        if forms.is_empty() {
            forms.insert("other", self.i18n.get(key).map_or(key, String::as_str));
        }
        serde_json::to_string(&forms).unwrap_or_default()
    }

    pub fn get(&self, kind: Kind, id: &str) -> Option<(usize, &'a Entry)> {
        self.index.get(&(kind, id)).map(|&i| (i, &self.entries[i]))
    }

    pub fn entry_url(&self, i: usize) -> String {
        if self.published[i] {
            self.urls.page(&plan::entry_path(&self.entries[i]))
        } else {
            String::new()
        }
    }

    fn link(&self, kind: Kind, id: &str) -> Option<Link> {
        self.get(kind, id).map(|(i, e)| Link {
            name: e.title.clone(),
            url: self.entry_url(i),
        })
    }

    /// The `srcset` of made sizes: by width (`… 640w, … 1280w`) or by density (`… 1x,
    /// … 2x`), of the JPEG or of the WebP files.
    fn srcset(&self, sizes: &[crate::pictures::Size], width: bool, webp: bool) -> String {
        sizes
            .iter()
            .enumerate()
            .map(|(n, s)| {
                let url = self.urls.file(if webp { &s.webp } else { &s.path });
                if width {
                    format!("{url} {}w", s.width)
                } else {
                    format!("{url} {}x", n + 1)
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn image(&self, e: &Entry) -> Option<ImageView> {
        let img = e.image.as_ref()?;
        let srcset = |sizes: &[crate::pictures::Size], width: bool, webp: bool| {
            self.srcset(sizes, width, webp)
        };
        Some(match self.pictures.of(&img.src) {
            Some(made) => ImageView {
                url: self.urls.file(&made.page[0].path),
                alt: img.alt.clone(),
                srcset: srcset(&made.page, true, false),
                webp_srcset: srcset(&made.page, true, true),
                width: Some(made.page[0].width),
                height: Some(made.page[0].height),
                thumb: self
                    .urls
                    .file(&made.card.first().unwrap_or(&made.page[0]).path),
                thumb_srcset: srcset(&made.card, false, false),
                thumb_webp_srcset: srcset(&made.card, false, true),
            },
            None => ImageView {
                url: self.urls.file(&img.src),
                alt: img.alt.clone(),
                srcset: String::new(),
                webp_srcset: String::new(),
                width: None,
                height: None,
                thumb: self.urls.file(&img.src),
                thumb_srcset: String::new(),
                thumb_webp_srcset: String::new(),
            },
        })
    }

    fn date(&self, d: Date) -> String {
        Words::of(self.lang).date(d, 0)
    }

    fn when(&self, schedules: &[Schedule], table: bool) -> Vec<WhenView> {
        schedules
            .iter()
            .filter_map(|s| {
                // Single dates that the site's closed days skip (`closed: true`) are not
                // named: the page says the site is closed then.
                let open;
                let s = match &s.rule {
                    Rule::Dates(dates) if s.skip_closed => {
                        let dates: Vec<Date> = dates
                            .iter()
                            .copied()
                            .filter(|d| !crate::agenda::is_closed(s, *d, &self.closed))
                            .collect();
                        if dates.is_empty() {
                            return None;
                        }
                        open = Schedule {
                            rule: Rule::Dates(dates),
                            ..s.clone()
                        };
                        &open
                    }
                    _ => s,
                };
                Some(WhenView {
                    text: capitalise(&s.describe(self.lang, self.today.year())),
                    note: s.note.clone(),
                    place: s.place.as_ref().and_then(|p| self.link(Kind::Place, &p.id)),
                    in_table: table && self.in_week_table(s),
                })
            })
            .collect()
    }

    /// The closed periods within the agenda's weeks on which a schedule they skip would
    /// have taken place, as sentences; a date that takes place all the same (a rule the
    /// closed days do not skip) is named in the sentence as the exception.
    fn closed_ahead(&self, schedules: &[Schedule]) -> Vec<String> {
        let Ok(horizon) = self
            .today
            .checked_add(jiff::Span::new().days(self.config.agenda_days()))
        else {
            return Vec::new();
        };
        let words = Words::of(self.lang);
        let year = self.today.year();
        self.closed
            .iter()
            .filter(|c| c.until >= self.today && c.from <= horizon)
            .filter_map(|c| {
                let from = c.from.max(self.today);
                let skipped = schedules.iter().any(|s| {
                    s.skip_closed && !crate::agenda::dates(s, from, c.until, &[]).is_empty()
                });
                if !skipped {
                    return None;
                }
                let mut open: Vec<Date> = schedules
                    .iter()
                    .flat_map(|s| crate::agenda::dates(s, from, c.until, &self.closed))
                    .collect();
                open.sort();
                open.dedup();
                let key = if open.is_empty() {
                    "closed_period"
                } else {
                    "closed_period_except"
                };
                let dates: Vec<String> = open.iter().map(|d| words.full_date(*d, year)).collect();
                Some(
                    self.t(key)
                        .replace("{name}", &c.name)
                        .replace("{from}", &words.date(c.from, year))
                        .replace("{until}", &words.date(c.until, year))
                        .replace("{dates}", &words.join(&dates)),
                )
            })
            .collect()
    }

    /// Whether a schedule goes into the week table: it repeats every week or month,
    /// and runs today.
    fn in_week_table(&self, s: &Schedule) -> bool {
        matches!(s.rule, Rule::Weekly { .. } | Rule::Monthly { .. }) && s.in_season(self.today)
    }

    /// The week table of a place's opening hours (or a service's walk-in hours, or a
    /// person's office hours): every day of the week with its times. Empty when no
    /// schedule repeats weekly or monthly today.
    fn week_table(&self, schedules: &[Schedule]) -> Vec<WeekRow> {
        let shown: Vec<&Schedule> = schedules.iter().filter(|s| self.in_week_table(s)).collect();
        if shown.is_empty() {
            return Vec::new();
        }
        let words = Words::of(self.lang);
        (0..7)
            .filter_map(|n| jiff::civil::Weekday::from_monday_zero_offset(n).ok())
            .map(|day| {
                let mut times: Vec<(jiff::civil::Time, String)> = Vec::new();
                for s in &shown {
                    let qualifier = match &s.rule {
                        Rule::Weekly { days, every } if days.contains(&day) => match every {
                            1 => Some(String::new()),
                            2 => Some(format!(" ({})", self.t("week_every_other"))),
                            n => Some(format!(
                                " ({})",
                                self.t_count("week_every_n", *n as usize)
                                    .replace("{n}", &n.to_string())
                            )),
                        },
                        Rule::Monthly { days } => {
                            let nths: Vec<String> = days
                                .iter()
                                .filter(|(_, d)| *d == day)
                                .map(|(nth, _)| words.nth(*nth, day))
                                .collect();
                            (!nths.is_empty()).then(|| {
                                format!(
                                    " ({})",
                                    self.t("week_nth").replace("{nth}", &words.join(&nths))
                                )
                            })
                        }
                        _ => None,
                    };
                    let Some(qualifier) = qualifier else { continue };
                    let (start, text) = match s.time {
                        Some(t) => (t.start, t.text()),
                        None => (jiff::civil::Time::midnight(), self.t("whole_day")),
                    };
                    times.push((start, format!("{text}{qualifier}")));
                }
                times.sort();
                WeekRow {
                    weekday: day.to_monday_one_offset(),
                    day: capitalise(words.day(day)),
                    times: times.into_iter().map(|(_, t)| t).collect(),
                }
            })
            .collect()
    }

    pub fn cost(&self, cost: &Option<Cost>) -> Option<CostView> {
        cost.as_ref().map(|c| match c {
            Cost::Free => CostView {
                free: true,
                text: self.t("free"),
            },
            Cost::Amount(n) => CostView {
                free: false,
                text: Words::of(self.lang).euros(*n),
            },
            Cost::Text(t) => CostView {
                free: false,
                text: t.clone(),
            },
        })
    }

    fn address(&self, a: &Address, geo: Option<(f64, f64)>) -> AddressView {
        let route_url = match geo {
            Some((lat, lon)) => {
                format!("https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}")
            }
            None => format!(
                "https://www.openstreetmap.org/search?query={}",
                query_encode(&format!("{}, {} {}", a.street, a.postcode, a.city))
            ),
        };
        AddressView {
            street: a.street.clone(),
            postcode: a.postcode.clone(),
            city: a.city.clone(),
            route_url,
        }
    }

    fn place_address(&self, place: &Option<crate::content::model::Ref>) -> Option<AddressView> {
        let (_, p) = self.get(Kind::Place, &place.as_ref()?.id)?;
        match &p.details {
            Details::Place { address, geo, .. } => Some(self.address(address, *geo)),
            _ => None,
        }
    }

    fn place_access(&self, place: &Option<crate::content::model::Ref>) -> Option<AccessView> {
        let (_, p) = self.get(Kind::Place, &place.as_ref()?.id)?;
        match &p.details {
            Details::Place {
                accessibility: Some(a),
                ..
            } => Some(self.access(a)),
            _ => None,
        }
    }

    pub fn access(&self, a: &Accessibility) -> AccessView {
        let facts = [
            ("wheelchair", a.wheelchair),
            ("hearing_loop", a.hearing_loop),
            ("accessible_toilet", a.accessible_toilet),
            ("disabled_parking", a.disabled_parking),
        ]
        .into_iter()
        .filter_map(|(key, value)| {
            value.map(|yes| AccessFact {
                label: self.t(key),
                yes,
                answer: self.t(if yes { "yes" } else { "no" }),
            })
        })
        .collect();
        AccessView {
            facts,
            notes: a.notes.clone(),
        }
    }

    fn person(&self, id: &str) -> Option<PersonView> {
        let (i, p) = self.get(Kind::Person, id)?;
        match &p.details {
            Details::Person { role, contact, .. } => Some(PersonView {
                name: p.title.clone(),
                url: self.entry_url(i),
                role: role.clone(),
                contact: contact_view(contact),
                image: self.image(p),
            }),
            _ => None,
        }
    }

    pub fn area_names(&self, e: &Entry) -> Vec<String> {
        match &e.areas {
            Areas::All => vec![self.t("all_areas")],
            Areas::List(list) => list
                .iter()
                .filter_map(|r| self.get(Kind::Area, &r.id))
                .map(|(_, a)| a.title.clone())
                .collect(),
        }
    }

    /// Entry `i`'s card as a template value, made once per build.
    pub fn card_value(&self, i: usize) -> tera::Value {
        self.card_values[i]
            .get_or_init(|| tera::Value::from_serializable(&self.card(i)))
            .clone()
    }

    pub fn card(&self, i: usize) -> Card {
        let e = &self.entries[i];
        let mut card = Card {
            kind: e.kind.name(),
            lang_attr: self.lang_attr(i),
            title: e.title.clone(),
            url: self.entry_url(i),
            summary: e.summary.clone(),
            when: e
                .schedules()
                .first()
                .map(|s| capitalise(&s.describe(self.lang, self.today.year()))),
            place: None,
            areas: self.area_names(e),
            cost: None,
            role: None,
            phone: None,
            image: None,
        };
        match &e.details {
            Details::Activity(o) | Details::Service(o) => {
                // Name and street, so a printed list says where to go.
                let place = o.place.as_ref().and_then(|p| self.get(Kind::Place, &p.id));
                let street = match (&o.address, place.map(|(_, p)| &p.details)) {
                    (Some(a), _) | (None, Some(Details::Place { address: a, .. })) => {
                        Some(format!("{}, {}", a.street, a.city))
                    }
                    _ => None,
                };
                card.place = match (place, street) {
                    (Some((_, p)), Some(street)) => Some(format!("{}, {street}", p.title)),
                    (Some((_, p)), None) => Some(p.title.clone()),
                    (None, street) => street,
                };
                card.cost = self.cost(&o.cost);
                card.phone = o
                    .contact_info
                    .phone
                    .clone()
                    .or_else(|| self.person(&o.contact.as_ref()?.id)?.contact.phone);
            }
            Details::Place { address, .. } => {
                card.place = Some(format!("{}, {}", address.street, address.city))
            }
            Details::Person { role, contact, .. } => {
                card.role = Some(role.clone());
                card.phone = contact.phone.clone();
                card.image = self.image(e);
            }
            Details::Volunteering {
                organisation,
                hours_per_week,
                ..
            } => {
                card.place = self
                    .get(Kind::Organisation, &organisation.id)
                    .map(|(_, o)| o.title.clone());
                card.when = hours_per_week
                    .as_ref()
                    .map(|h| format!("{h} {}", self.t("hours_per_week")));
            }
            _ => {}
        }
        card
    }

    pub fn view(&self, i: usize) -> EntryView {
        let e = &self.entries[i];
        let url = self.entry_url(i);
        let url_absolute = self.urls.absolute(&plan::entry_path(e));
        let table = matches!(e.kind, Kind::Place | Kind::Service | Kind::Person);
        let pages_path = self.urls.pages_path();
        let lang_attr = self.lang_attr(i);
        let mut v = EntryView {
            kind: e.kind.name(),
            body_lang_attr: self.body_lang_attr(i),
            facts_lang_attr: self.facts_lang_attr(i),
            rest_lang_attr: self.main_lang_attr.clone(),
            untranslated: if lang_attr.is_empty() {
                String::new()
            } else {
                let main = &self.languages[0].code;
                let name = crate::content::spoken::find(main)
                    .map_or(main.as_str(), |l| l.name(&self.config.language));
                self.t("untranslated").replace("{language}", name)
            },
            lang_attr,
            id: e.id.clone(),
            title: e.title.clone(),
            summary: e.summary.clone(),
            url: url.clone(),
            body_html: markdown::render_with(
                &e.body,
                markdown::Paths {
                    files: self.urls.base_path(),
                    pages: &pages_path,
                },
                &|src| {
                    let made = self.pictures.of(src)?;
                    let page = &made.page[0];
                    Some(markdown::Sized {
                        src: page.path.clone(),
                        srcset: self.srcset(&made.page, true, false),
                        webp_srcset: self.srcset(&made.page, true, true),
                        width: page.width,
                        height: page.height,
                    })
                },
            ),
            image: self.image(e),
            areas: match &e.areas {
                Areas::All => Vec::new(),
                Areas::List(list) => list
                    .iter()
                    .filter_map(|r| self.link(Kind::Area, &r.id))
                    .collect(),
            },
            all_areas: e.areas == Areas::All,
            categories: e
                .categories
                .iter()
                .filter_map(|r| self.config.categories.iter().position(|t| t.id == r.id))
                .map(|c| Link {
                    name: self.config.categories[c].name.clone(),
                    url: self.filter_url(e.kind, Filter::Category(c)),
                })
                .collect(),
            audience: e
                .audience
                .iter()
                .filter_map(|r| self.config.audience(&r.id))
                .map(|t| t.name.clone())
                .collect(),
            reviewed: e.reviewed.map(|d| self.date(d)),
            valid_until: e.valid_until.map(|d| self.date(d)),
            when: self.when(e.schedules(), table),
            closed: self.closed_ahead(e.schedules()),
            week: if table {
                self.week_table(e.schedules())
            } else {
                Vec::new()
            },
            place: None,
            address: None,
            cost: None,
            organiser: None,
            contact_person: None,
            contact: ContactView::default(),
            registration: None,
            accessibility: None,
            how_to_reach: None,
            languages: e
                .languages()
                .iter()
                .map(|l| LanguageView {
                    code: l.code,
                    name: l.name(&self.config.language),
                    own: l.own_name(&self.config.language),
                })
                .collect(),
            role: None,
            facilities: Vec::new(),
            area_kind: None,
            postcodes: Vec::new(),
            parent: None,
            hours_per_week: None,
            when_text: None,
            requirements: Vec::new(),
            how_to_respond: None,
            report_url: None,
            calendar: self.calendar_url(i),
            json_ld: String::new(),
            share_url: format!(
                "mailto:?subject={}&body={}",
                query_encode(&e.title),
                query_encode(&format!("{}\n\n{}\n", e.summary, url_absolute))
            ),
        };
        if !self.config.report_email.is_empty() && e.kind != Kind::Page {
            let subject = format!("{}: {}", self.t("report_subject"), e.title);
            let body = format!(
                "{}\n\n{}\n",
                self.urls.absolute(&plan::entry_path(e)),
                self.t("report_body")
            );
            v.report_url = Some(format!(
                "mailto:{}?subject={}&body={}",
                self.config.report_email,
                query_encode(&subject),
                query_encode(&body)
            ));
        }
        match &e.details {
            Details::Area {
                kind,
                parent,
                postcodes,
                ..
            } => {
                v.area_kind = Some(self.t(match kind {
                    AreaKind::Wijk => "wijk",
                    AreaKind::Kern => "kern",
                }));
                v.postcodes = postcodes.clone();
                v.parent = parent.as_ref().and_then(|p| self.link(Kind::Area, &p.id));
            }
            Details::Organisation { contact, address } => {
                v.contact = contact_view(contact);
                v.address = address.as_ref().map(|a| self.address(a, None));
            }
            Details::Place {
                address,
                geo,
                accessibility,
                facilities,
                organisation,
                contact,
                ..
            } => {
                v.address = Some(self.address(address, *geo));
                v.accessibility = accessibility.as_ref().map(|a| self.access(a));
                v.facilities = facilities.clone();
                v.organiser = organisation
                    .as_ref()
                    .and_then(|o| self.link(Kind::Organisation, &o.id));
                v.contact = contact_view(contact);
            }
            Details::Activity(offer) | Details::Service(offer) => self.offer(&mut v, offer),
            Details::Person {
                role,
                organisation,
                contact,
                ..
            } => {
                v.role = Some(role.clone());
                v.organiser = organisation
                    .as_ref()
                    .and_then(|o| self.link(Kind::Organisation, &o.id));
                v.contact = contact_view(contact);
            }
            Details::Volunteering {
                organisation,
                hours_per_week,
                when,
                requirements,
                contact,
                contact_info,
                how_to_respond,
                place,
            } => {
                v.organiser = self.link(Kind::Organisation, &organisation.id);
                v.hours_per_week = hours_per_week.clone();
                v.when_text = when.clone();
                v.requirements = requirements.clone();
                v.contact_person = contact.as_ref().and_then(|c| self.person(&c.id));
                v.contact = contact_view(contact_info);
                v.how_to_respond = how_to_respond.clone();
                v.place = place.as_ref().and_then(|p| self.link(Kind::Place, &p.id));
                v.address = self.place_address(place);
            }
            Details::Page { .. } => {}
        }
        v
    }

    fn offer(&self, v: &mut EntryView, o: &Offer) {
        v.place = o.place.as_ref().and_then(|p| self.link(Kind::Place, &p.id));
        v.address = match &o.address {
            Some(a) => Some(self.address(a, None)),
            None => self.place_address(&o.place),
        };
        v.cost = self.cost(&o.cost);
        v.organiser = o
            .organiser
            .as_ref()
            .and_then(|r| self.link(Kind::Organisation, &r.id));
        v.contact_person = o.contact.as_ref().and_then(|c| self.person(&c.id));
        v.contact = contact_view(&o.contact_info);
        v.registration = o.registration.as_ref().map(|r| RegistrationView {
            required: r.required,
            how: r.how.clone(),
            contact: contact_view(&r.contact),
        });
        v.accessibility = o
            .accessibility
            .as_ref()
            .map(|a| self.access(a))
            .or_else(|| self.place_access(&o.place));
        v.how_to_reach = o.how_to_reach.clone();
    }

    /// Published entries of a kind, sorted by title, optionally for one area.
    pub fn of_kind(&self, kind: Kind, area: Option<&str>) -> Vec<usize> {
        let all = self.by_kind.get(&kind).map_or(&[][..], Vec::as_slice);
        let Some(area) = area else {
            return all.to_vec();
        };
        // On an area page, what is specifically for that area comes before what is for
        // the whole municipality: the kern's own preventiewerker first.
        let (mut own, everywhere): (Vec<usize>, Vec<usize>) = all
            .iter()
            .filter(|&&i| self.entries[i].is_for_area(area))
            .partition(|&&i| self.entries[i].areas != Areas::All);
        own.extend(everywhere);
        own
    }

    /// Activities and services on each day from `from`, for `days` days, within the
    /// dates each entry is valid.
    pub fn days(&self, from: Date, days: i64, area: Option<&str>) -> Vec<DayView> {
        let words = Words::of(self.lang);
        let closed = &self.closed;
        let dates: Vec<Date> = (0..days)
            .map_while(|n| from.checked_add(jiff::Span::new().days(n)).ok())
            .collect();
        let Some(&until) = dates.last() else {
            return Vec::new();
        };
        let mut items: Vec<Vec<(usize, AgendaItem)>> = vec![Vec::new(); dates.len()];
        for i in [Kind::Activity, Kind::Service]
            .into_iter()
            .flat_map(|k| self.of_kind(k, area))
        {
            let e = &self.entries[i];
            let (Details::Activity(o) | Details::Service(o)) = &e.details else {
                continue;
            };
            let first = e.valid_from.map_or(from, |f| f.max(from));
            let last = e.valid_until.map_or(until, |u| u.min(until));
            for s in &o.schedule {
                for date in crate::agenda::dates(s, first, last, closed) {
                    let Ok(n) = from.until(date).map(|span| span.get_days() as usize) else {
                        continue;
                    };
                    let time = s.time.map_or_else(String::new, |t| t.text());
                    let place_ref = s.place.as_ref().or(o.place.as_ref());
                    items[n].push((
                        i,
                        AgendaItem {
                            time,
                            lang_attr: self.lang_attr(i),
                            title: e.title.clone(),
                            url: self.entry_url(i),
                            place: place_ref
                                .and_then(|p| self.get(Kind::Place, &p.id))
                                .map(|(_, p)| p.title.clone()),
                            cost: self.cost(&o.cost),
                        },
                    ));
                }
            }
        }
        dates
            .into_iter()
            .zip(items)
            .map(|(date, mut items)| {
                items.sort_by(|(i, a), (j, b)| {
                    (&a.time, &self.sort_keys[*i]).cmp(&(&b.time, &self.sort_keys[*j]))
                });
                let items = items.into_iter().map(|(_, item)| item).collect();
                DayView {
                    date: date.to_string(),
                    label: capitalise(&words.full_date(date, self.today.year())),
                    items,
                    closed: closed
                        .iter()
                        .find(|c| c.contains(date))
                        .map(|c| c.name.clone()),
                    continued: false,
                    more: None,
                }
            })
            .collect()
    }

    /// Whether entry `i` is on the site with a schedule of its own (an activity's or a
    /// service's): whether the calendar files hold events of it.
    pub fn has_events(&self, i: usize) -> bool {
        self.published[i]
            && match &self.entries[i].details {
                Details::Activity(o) | Details::Service(o) => !o.schedule.is_empty(),
                _ => false,
            }
    }

    /// The address of an activity's calendar file, when it has a date to come.
    pub fn calendar_url(&self, i: usize) -> Option<String> {
        let e = &self.entries[i];
        if e.kind != Kind::Activity || !self.has_events(i) {
            return None;
        }
        let to_come = e.schedules().iter().any(|s| {
            crate::agenda::first_date(s, self.today, &self.closed)
                .is_some_and(|d| e.valid_until.is_none_or(|u| d <= u))
        });
        to_come.then(|| self.urls.page(&plan::entry_calendar_path(e)))
    }

    /// Published entries of a kind that pass a filter, in listing order.
    pub fn filtered(&self, kind: Kind, filter: Filter) -> Vec<usize> {
        match filter {
            Filter::Area(a) => self.of_kind(kind, Some(&self.entries[a].id)),
            f => self
                .of_kind(kind, None)
                .into_iter()
                .filter(|&i| f.matches(&self.entries[i], self.entries, self.config))
                .collect(),
        }
    }

    /// The address of a filtered listing, or empty when the site has no such page.
    fn filter_url(&self, kind: Kind, filter: Filter) -> String {
        let exists = self
            .filters
            .get(&kind)
            .is_some_and(|list| list.iter().any(|(f, _)| *f == filter));
        if exists {
            self.urls
                .page(&filter.path(kind, self.entries, self.config))
        } else {
            String::new()
        }
    }

    /// The heading of a filtered listing: "Activiteiten in Noord", "Gratis activiteiten".
    pub fn filter_title(&self, kind: Kind, filter: Filter) -> String {
        let all = self.t(&format!("kind_{}", kind.name()));
        match filter {
            Filter::Area(a) => format!("{all} {} {}", self.t("in"), self.entries[a].title),
            Filter::Category(c) => format!("{all}: {}", self.config.categories[c].name),
            Filter::Audience(a) => format!(
                "{all} {} {}",
                self.t("for"),
                self.config.audiences[a].name.to_lowercase()
            ),
            Filter::Free => format!("{} {}", self.t("free"), all.to_lowercase()),
            Filter::Language(l) => {
                let key = if kind == Kind::Person {
                    "filter_speaks_title"
                } else {
                    "filter_language_title"
                };
                let name = l.name(&self.config.language);
                format!("{all} {}", self.t(key).replace("{name}", name))
            }
        }
    }

    /// The languages besides Dutch that a published activity or service is held in or a
    /// published person speaks, in the order of the list: what "in your language"
    /// offers in search.
    pub fn languages_offered(&self) -> Vec<&'static Spoken> {
        let used: std::collections::HashSet<&str> = [Kind::Activity, Kind::Service, Kind::Person]
            .iter()
            .flat_map(|k| self.by_kind.get(k).into_iter().flatten())
            .flat_map(|&i| self.entries[i].languages().iter().map(|l| l.code))
            .collect();
        crate::content::spoken::ALL
            .iter()
            .filter(|l| l.code != "nl" && used.contains(l.code))
            .collect()
    }

    /// A language as a choice in a list: its name, and its name in itself where that
    /// differs: "Arabisch – العربية".
    pub fn language_choice(&self, l: &Spoken) -> String {
        let name = l.name(&self.config.language);
        match l.own_name(&self.config.language) {
            Some(own) => format!("{name} – {own}"),
            None => name.to_owned(),
        }
    }

    /// The filter links of a listing, grouped, with the current one marked.
    pub fn filter_groups(&self, kind: Kind, current: Option<Filter>) -> Vec<FilterGroup> {
        let mut groups: Vec<FilterGroup> = Vec::new();
        for &(filter, count) in self.filters.get(&kind).map_or(&[][..], |v| &v[..]) {
            let (key, name) = match filter {
                Filter::Area(a) => ("filter_area", self.entries[a].title.clone()),
                Filter::Category(c) => ("filter_category", self.config.categories[c].name.clone()),
                Filter::Audience(a) => ("filter_audience", self.config.audiences[a].name.clone()),
                Filter::Free => ("filter_cost", self.t("free_only")),
                Filter::Language(l) => {
                    ("filter_language", l.name(&self.config.language).to_owned())
                }
            };
            // A language is named in itself too, for whoever reads that one better.
            let own = match filter {
                Filter::Language(l) => l.own_name(&self.config.language).map(|own| (l.code, own)),
                _ => None,
            };
            let link = FilterLink {
                own: own.map(|(_, own)| own),
                own_lang: own.map(|(code, _)| code),
                name,
                url: self
                    .urls
                    .page(&filter.path(kind, self.entries, self.config)),
                count,
                current: current == Some(filter),
            };
            match groups.last_mut() {
                Some(g) if g.key == key => g.links.push(link),
                _ => groups.push(FilterGroup {
                    key,
                    title: self.t(key),
                    links: vec![link],
                }),
            }
        }
        groups
    }

    /// The accessibility statement's facts, ready to show.
    pub fn statement(&self) -> StatementView {
        let s = &self.config.accessibility;
        let date = |d| crate::config::toml_date(d).map(|d| self.date(d));
        StatementView {
            status: s.status.clone(),
            status_text: self.t(&format!(
                "statement_status_{}",
                if s.status.is_empty() {
                    "none"
                } else {
                    &s.status
                }
            )),
            date: date(&s.date),
            approved_by: s.approved_by.clone(),
            evaluated_on: date(&s.evaluated_on),
            evaluated_by: s.evaluated_by.clone(),
            report_url: s.report_url.clone(),
            known_issues: s.known_issues.clone(),
            email: if s.email.is_empty() {
                self.config.report_email.clone()
            } else {
                s.email.clone()
            },
            phone: s.phone.clone(),
            phone_link: (!s.phone.is_empty()).then(|| phone_link(&s.phone)),
            response_days: s.response_days.to_string(),
            feedback: self
                .t_count("statement_feedback", s.response_days as usize)
                .replace("{days}", &s.response_days.to_string()),
        }
    }

    pub fn area_links(&self) -> Vec<AreaLink> {
        self.of_kind(Kind::Area, None)
            .into_iter()
            .map(|i| {
                let e = &self.entries[i];
                let (kind, postcodes) = match &e.details {
                    Details::Area {
                        kind, postcodes, ..
                    } => (
                        self.t(match kind {
                            AreaKind::Wijk => "wijk",
                            AreaKind::Kern => "kern",
                        }),
                        postcodes.clone(),
                    ),
                    _ => (String::new(), Vec::new()),
                };
                AreaLink {
                    id: e.id.clone(),
                    name: e.title.clone(),
                    url: self.entry_url(i),
                    kind,
                    postcodes,
                }
            })
            .collect()
    }

    /// The sections of an area page: people first, then what there is to do. Each shows
    /// at most `[pages] area_cards` cards and links to the listing of its kind in the
    /// area for the rest.
    pub fn area_sections(&self, area: usize) -> Vec<Section> {
        let keep = self.config.pages.area_cards as usize;
        let name = &self.entries[area].title;
        [
            Kind::Person,
            Kind::Activity,
            Kind::Place,
            Kind::Service,
            Kind::Volunteering,
        ]
        .into_iter()
        .map(|kind| {
            let all = self.of_kind(kind, Some(&self.entries[area].id));
            let title = self.t(&format!("kind_{}", kind.name()));
            let more = (all.len() > keep)
                .then(|| {
                    let url = self.filter_url(kind, Filter::Area(area));
                    (!url.is_empty()).then(|| Link {
                        name: self
                            .t_count("area_more", all.len())
                            .replace("{count}", &all.len().to_string())
                            .replace("{kind}", &title.to_lowercase())
                            .replace("{area}", name),
                        url,
                    })
                })
                .flatten();
            let shown = if more.is_some() { keep } else { all.len() };
            Section {
                kind: kind.name(),
                url: plan::listing_path(kind)
                    .map(|p| self.urls.page(&p))
                    .unwrap_or_default(),
                title,
                cards: all[..shown].iter().map(|&i| self.card(i)).collect(),
                more,
            }
        })
        .collect()
    }
}

/// `tel:` link form of a phone number.
fn phone_link(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

fn contact_view(c: &Contact) -> ContactView {
    ContactView {
        phone: c.phone.clone(),
        phone_link: c.phone.as_deref().map(phone_link),
        email: c.email.clone(),
        website: c.website.clone(),
        website_label: c.website.as_deref().map(|w| {
            let bare = w
                .strip_prefix("https://")
                .or_else(|| w.strip_prefix("http://"))
                .unwrap_or(w);
            bare.strip_suffix('/').unwrap_or(bare).to_owned()
        }),
    }
}

/// Text made safe to put in HTML, as the templates escape it.
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    // Writing to a Vec cannot fail, and only whole characters are copied or replaced.
    let _ = tera::escape_html(text, &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

pub(crate) fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "€ 2,50" in Dutch, "€2.50" in English.
/// Percent-encodes text for a query string or mailto link.
pub(crate) fn query_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Data shared by every page.
#[derive(Debug, Serialize)]
pub(crate) struct SiteView {
    pub title: String,
    /// The absolute address of the home page.
    pub url: String,
    /// The address of the logo, or empty.
    pub logo: String,
    /// A raster logo's made sizes (`… 1x, … 2x`), and its width at 1x; empty for an SVG.
    pub logo_srcset: String,
    pub logo_width: Option<u32>,
    pub description: String,
    pub owner: String,
    pub lang: String,
    /// The writing direction of the site's language: `ltr`, or `rtl` for Arabic.
    pub dir: &'static str,
    /// The language the entries are written in when it is not the page's (the main
    /// language, on the pages of another), for what the search script shows of them;
    /// else empty.
    pub text_lang: String,
    pub report_email: String,
    pub updated: String,
    pub updated_iso: String,
}

/// The links every page needs: home, listings, agenda, search, assets.
#[derive(Debug, Serialize)]
pub(crate) struct NavView {
    pub home: String,
    pub areas: String,
    pub agenda: String,
    pub search: String,
    pub statement: String,
    pub privacy: String,
    pub css: String,
    /// A style sheet for browsers without JavaScript, inside `<noscript>`: what needs the
    /// script is not shown.
    pub noscript_css: String,
    /// The icon browsers show in a tab: the logo, or the theme's.
    pub icon: String,
    pub js: String,
    pub search_js: String,
    pub listings: Vec<Link>,
    pub footer: Vec<Link>,
}
