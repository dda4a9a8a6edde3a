//! `site.toml`: the settings of one site.
//!
//! Parsed with `deny_unknown_fields`, so a typo is an error that points at its line rather
//! than a setting silently ignored. Every field is documented: these docs are the editors'
//! reference for the file. This module only reads and checks settings; it never touches
//! content or output.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::color::Rgb;
use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Text;
use crate::t;

pub const FILE_NAME: &str = "site.toml";

/// The settings of a site, from `site.toml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The versions of buurtgids that can build the site, as a requirement:
    /// `buurtgids = ">= 0.3"`. An older binary says which version to install.
    #[serde(default)]
    pub buurtgids: String,
    /// The name of the site, shown in the header and the browser tab.
    /// Example: `"Sociale kaart Lindewaard"`.
    pub title: String,
    /// One sentence about the site, used as the home page's description.
    #[serde(default)]
    pub description: String,
    /// Who publishes the site (the municipality or foundation), named in the footer and the
    /// accessibility statement.
    #[serde(default)]
    pub owner: String,
    /// The full address the site will be published at, ending in `/`. A sub-path works:
    /// `https://www.lindewaard.nl/sociale-kaart/`. `--base-url` overrides it.
    pub base_url: String,
    /// The language of the site: `nl` (default) or `en`.
    #[serde(default = "default_language")]
    pub language: String,
    /// A site in several languages: `languages = ["nl", "en"]`, the first the main one.
    /// The main language is at the site's root, each other under `/<code>/`
    /// (`/sociale-kaart/en/`), with a switcher on every page. Without it the site has one
    /// language, `language`.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The site's own words in its other languages, for example
    /// `[translations.en]` with `title`, `description` and `owner`. What is not translated
    /// stays in the main language.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, SiteTexts>,
    /// The theme folder under `themes/` (default `default`).
    #[serde(default = "default_theme")]
    pub theme: String,
    /// After how many days since `reviewed` an entry counts as stale (default 180).
    #[serde(default = "default_stale_after_days")]
    pub stale_after_days: u32,
    /// Where residents report a mistake ("meld een fout"); a mailto link on every entry.
    #[serde(default)]
    pub report_email: String,
    /// The municipality's own categories, for example the five building blocks of a
    /// sterke sociale basis. Entries refer to them by `id`.
    #[serde(default)]
    pub categories: Vec<Term>,
    /// The target groups entries can name in `audience` (ouderen, jongeren, ...).
    #[serde(default)]
    pub audiences: Vec<Term>,
    /// Colours of the theme, as CSS colours.
    #[serde(default)]
    pub colors: Colors,
    /// A logo in `static/`, shown in the header before the site's name, for example
    /// `"images/logo.svg"`. The name next to it says what it is, so it needs no alt text.
    #[serde(default)]
    pub logo: String,
    /// What the accessibility statement (toegankelijkheidsverklaring) says.
    #[serde(default)]
    pub accessibility: Statement,
    /// The agenda: how far ahead it looks, and when the whole site is closed.
    #[serde(default)]
    pub agenda: AgendaSettings,
    /// How much one page shows before the rest goes on a next page.
    #[serde(default)]
    pub pages: PageSizes,
    /// What `check --language` looks for: long summaries and sentences, and jargon.
    #[serde(default)]
    pub plain_language: PlainLanguage,
    /// Limits that keep a mistaken or hostile file from slowing a build down.
    #[serde(default)]
    pub limits: Limits,
    /// The open data the build publishes besides the pages.
    #[serde(default)]
    pub open_data: OpenData,
    /// Search: the site's own words for the same thing.
    #[serde(default)]
    pub search: SearchSettings,
    /// Problems that do not stop a build, such as a colour pair with too little contrast.
    #[serde(skip)]
    pub warnings: Vec<Diagnostic>,
    /// The text of site.toml, to point at a setting in later checks.
    #[serde(skip)]
    source: String,
}

/// The facts of the accessibility statement, following the Dutch model statement.
/// The page itself is written by the theme, in the site's language.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// The compliance status: `A` (voldoet volledig), `B` (voldoet gedeeltelijk),
    /// `C` (eerste maatregelen genomen) or `D` (voldoet niet).
    #[serde(default)]
    pub status: String,
    /// The date the statement was signed, for example `2026-10-01`.
    pub date: Option<toml::value::Datetime>,
    /// Who signed it, for example `"het college van burgemeester en wethouders"`.
    #[serde(default)]
    pub approved_by: String,
    /// When the site was last evaluated (WCAG-EM), for example `2026-09-15`.
    pub evaluated_on: Option<toml::value::Datetime>,
    /// Who evaluated it.
    #[serde(default)]
    pub evaluated_by: String,
    /// The published evaluation report.
    #[serde(default)]
    pub report_url: String,
    /// What does not work yet, each with what is being done about it, in plain words.
    #[serde(default)]
    pub known_issues: Vec<String>,
    /// Where to report an accessibility problem; default `report_email`.
    #[serde(default)]
    pub email: String,
    /// A phone number for the same.
    #[serde(default)]
    pub phone: String,
    /// Within how many working days a report gets an answer (default 5).
    #[serde(default = "default_response_days")]
    pub response_days: u32,
}

/// How far the agenda looks ahead, and the periods in which nothing takes place.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaSettings {
    /// How many weeks ahead the agenda, the day-of-the-week search filter and an
    /// entry's next date look (default 8, at most 52).
    #[serde(default = "default_agenda_weeks")]
    pub weeks: u32,
    /// Periods in which no activity or service on the site takes place, announced once
    /// for all of them: `closed = [{ from = 2026-12-21, until = 2027-01-03, name =
    /// "Kerstvakantie" }]`. Both dates are included.
    #[serde(default)]
    pub closed: Vec<ClosedPeriod>,
}

/// `[pages]` in site.toml: a long listing or agenda is split over pages
/// (`activiteiten/pagina/2/`), so no page grows too heavy for a cheap phone.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PageSizes {
    /// Cards on one page of a listing (default 100).
    #[serde(default = "default_cards")]
    pub cards: u32,
    /// Activities on one page of the agenda (default 300). A page holds whole days
    /// unless one day has more than this.
    #[serde(default = "default_agenda_items")]
    pub agenda_items: u32,
    /// Activities of one day on the home page and an area's page (default 10); the rest
    /// is a link to the agenda.
    #[serde(default = "default_day_items")]
    pub day_items: u32,
    /// Cards of one kind on an area's page (default 12); the rest is a link to the
    /// listing of that kind in the area.
    #[serde(default = "default_area_cards")]
    pub area_cards: u32,
}

impl Default for PageSizes {
    fn default() -> PageSizes {
        PageSizes {
            cards: default_cards(),
            agenda_items: default_agenda_items(),
            day_items: default_day_items(),
            area_cards: default_area_cards(),
        }
    }
}

fn default_cards() -> u32 {
    100
}

fn default_agenda_items() -> u32 {
    300
}

fn default_day_items() -> u32 {
    10
}

fn default_area_cards() -> u32 {
    12
}

/// `[plain_language]` in site.toml: the hints of `check --language`, for texts that
/// residents with little reading practice can follow (taalniveau B1).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlainLanguage {
    /// A sentence with more words than this gets a hint (default 20).
    #[serde(default = "default_sentence_words")]
    pub sentence_words: usize,
    /// A summary with more sentences than this gets a hint (default 2).
    #[serde(default = "default_summary_sentences")]
    pub summary_sentences: usize,
    /// Words residents may not know, each with the plainer words to use:
    /// `jargon = { "voorliggende voorziening" = "hulp in de buurt, zonder indicatie" }`.
    #[serde(default)]
    pub jargon: std::collections::BTreeMap<String, String>,
}

impl Default for PlainLanguage {
    fn default() -> PlainLanguage {
        PlainLanguage {
            sentence_words: default_sentence_words(),
            summary_sentences: default_summary_sentences(),
            jargon: std::collections::BTreeMap::new(),
        }
    }
}

fn default_sentence_words() -> usize {
    20
}

fn default_summary_sentences() -> usize {
    2
}

/// `[open_data]` in site.toml: the HSDS export under `open-data/hsds/`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OpenData {
    /// Write the HSDS 3.0 export into the site (default true).
    #[serde(default = "default_true")]
    pub hsds: bool,
    /// The province, for the `state_province` HSDS requires of every address, for
    /// example `"Gelderland"`.
    #[serde(default)]
    pub province: String,
}

impl Default for OpenData {
    fn default() -> OpenData {
        OpenData {
            hsds: true,
            province: String::new(),
        }
    }
}

fn default_true() -> bool {
    true
}

/// `[search]` in site.toml.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SearchSettings {
    /// Words residents here use for the same thing, a list per group: a wijk's nickname,
    /// a building's old name, a local word. `synonyms = [["heikamp", "de kamp"],
    /// ["de linde", "oude school"]]`. A word of a group also finds what the other words
    /// find, below what it finds itself. They add to the Dutch thesaurus buurtgids ships
    /// (`src/search/synoniemen.txt`). A group of several words ("oude school") is found
    /// but does not search by itself.
    #[serde(default)]
    pub synonyms: Vec<Vec<String>>,
}

/// `[limits]` in site.toml.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// The largest content file, in KiB (default 1024: 1 MiB). A larger file is an error.
    #[serde(default = "default_file_size_kib")]
    pub file_size_kib: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            file_size_kib: default_file_size_kib(),
        }
    }
}

fn default_file_size_kib() -> u64 {
    1024
}

impl Default for AgendaSettings {
    fn default() -> AgendaSettings {
        AgendaSettings {
            weeks: default_agenda_weeks(),
            closed: Vec::new(),
        }
    }
}

fn default_agenda_weeks() -> u32 {
    8
}

/// A period in which the whole site is closed.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ClosedPeriod {
    /// The first closed day, for example `2026-12-21`.
    pub from: Option<toml::value::Datetime>,
    /// The last closed day, included.
    pub until: Option<toml::value::Datetime>,
    /// What residents read, for example `"Kerstvakantie"`.
    #[serde(default)]
    pub name: String,
}

/// The Dutch model statement's compliance statuses.
pub const STATUSES: &[&str] = &["A", "B", "C", "D"];

fn default_response_days() -> u32 {
    5
}

/// An item of a list defined by the site: a category or an audience.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// What entries write, for example `ouderen`.
    pub id: String,
    /// What residents see, for example `Ouderen`.
    pub name: String,
    /// A short explanation, shown on the listing for this term.
    #[serde(default)]
    pub description: String,
    /// The name and explanation in the site's other languages:
    /// `translations.en = { name = "Older people" }`.
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, TermText>,
}

/// A category's or audience's words in another language.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TermText {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
}

/// The site's own words in another language, under `[translations.<code>]`.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SiteTexts {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub owner: String,
}

/// The theme's colours. Text on `primary` uses `on_primary`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Colors {
    /// The main colour: header background, links. Default `#0b5394`.
    #[serde(default = "default_primary")]
    pub primary: String,
    /// The text colour on the main colour. Default `#ffffff`.
    #[serde(default = "default_on_primary")]
    pub on_primary: String,
    /// The colour that marks what is free ("gratis"). Default `#1e6b34`.
    #[serde(default = "default_accent")]
    pub accent: String,
}

impl Default for Colors {
    fn default() -> Self {
        Colors {
            primary: default_primary(),
            on_primary: default_on_primary(),
            accent: default_accent(),
        }
    }
}

fn default_language() -> String {
    "nl".to_owned()
}
fn default_theme() -> String {
    "default".to_owned()
}
fn default_stale_after_days() -> u32 {
    180
}
fn default_primary() -> String {
    "#0b5394".to_owned()
}
fn default_on_primary() -> String {
    "#ffffff".to_owned()
}
fn default_accent() -> String {
    "#1e6b34".to_owned()
}

impl Config {
    /// The site's languages, the main one first: `languages`, else `language` alone.
    pub fn site_languages(&self) -> Vec<&str> {
        if self.languages.is_empty() {
            vec![self.language.as_str()]
        } else {
            self.languages.iter().map(String::as_str).collect()
        }
    }

    /// These settings as the pages in `code` see them: that language, with the site's
    /// title, description, owner, categories and audiences in it where site.toml
    /// translates them, and in the main language where it does not.
    pub fn in_language(&self, code: &str) -> Config {
        let mut config = self.clone();
        config.warnings = Vec::new();
        if code == self.language {
            return config;
        }
        config.language = code.to_owned();
        if let Some(texts) = self.translations.get(code) {
            for (own, translated) in [
                (&mut config.title, &texts.title),
                (&mut config.description, &texts.description),
                (&mut config.owner, &texts.owner),
            ] {
                if !translated.trim().is_empty() {
                    own.clone_from(translated);
                }
            }
        }
        for term in config.categories.iter_mut().chain(&mut config.audiences) {
            if let Some(t) = term.translations.get(code) {
                if !t.name.trim().is_empty() {
                    term.name.clone_from(&t.name);
                }
                if !t.description.trim().is_empty() {
                    term.description.clone_from(&t.description);
                }
            }
        }
        config
    }

    /// Reads `site.toml` from the site folder.
    pub fn from_file(root: &Path) -> Result<Config, Vec<Diagnostic>> {
        let path = root.join(FILE_NAME);
        let text = std::fs::read_to_string(&path).map_err(|err| {
            vec![
                Diagnostic::error(
                    FILE_NAME,
                    Pos::UNKNOWN,
                    if err.kind() == std::io::ErrorKind::NotFound {
                        t!("config-missing", file = FILE_NAME, folder = root)
                    } else {
                        t!("config-unreadable", reason = err.to_string())
                    },
                )
                .with_help(t!("config-unreadable-help", file = FILE_NAME)),
            ]
        })?;
        Config::parse(&text)
    }

    /// Parses and checks the text of `site.toml`.
    pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        // First: a site.toml for a newer buurtgids may hold settings this one does not
        // know, and the editor should hear which version to install, not about those.
        if let Some(problem) = check_version(text) {
            return Err(vec![problem]);
        }
        let config: Config = toml::from_str(text).map_err(|err| {
            let pos = err
                .span()
                .map_or(Pos::UNKNOWN, |span| Pos::of_offset(text, span.start));
            let message = err.message().trim();
            let diagnostic = match unknown_field(message) {
                Some((field, help)) => {
                    let d = Diagnostic::error(
                        FILE_NAME,
                        pos,
                        t!("config-unknown-setting", key = field),
                    );
                    d.with_help(help.unwrap_or_else(|| t!("config-unknown-setting-help")))
                }
                None => Diagnostic::error(FILE_NAME, pos, t!("config-syntax", reason = message))
                    .with_help(t!("config-syntax-help")),
            };
            vec![diagnostic]
        })?;
        let mut config = config;
        let problems = config.check(text);
        let (errors, warnings): (Vec<_>, Vec<_>) = problems
            .into_iter()
            .partition(|d| d.severity == crate::diagnostic::Severity::Error);
        if errors.is_empty() {
            config.warnings = warnings;
            config.source = text.to_owned();
            Ok(config)
        } else {
            Err(errors)
        }
    }

    /// Checks `language`, `languages` and `translations`; makes `language` the main one of
    /// `languages`.
    fn check_languages(&mut self, text: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let help = || {
            t!(
                "config-unknown-language-help",
                languages = crate::locale::Locale::listed()
            )
        };
        if let Some(main) = self.languages.first() {
            let written = key_pos(text, "language");
            if written != Pos::UNKNOWN && self.language != *main {
                problems.push(
                    Diagnostic::error(
                        FILE_NAME,
                        written,
                        t!(
                            "config-language-not-main",
                            language = &self.language,
                            main = main
                        ),
                    )
                    .with_help(t!("config-language-not-main-help", main = main)),
                );
            }
            self.language.clone_from(main);
        }
        let pos = match key_pos(text, "languages") {
            Pos::UNKNOWN => key_pos(text, "language"),
            pos => pos,
        };
        let mut seen = std::collections::BTreeSet::new();
        for code in self.site_languages() {
            if crate::locale::Locale::from_code(code).is_none() {
                problems.push(
                    Diagnostic::error(
                        FILE_NAME,
                        pos,
                        t!("config-unknown-language", language = code),
                    )
                    .with_help(help()),
                );
            } else if !seen.insert(code) {
                problems.push(
                    Diagnostic::error(FILE_NAME, pos, t!("config-language-twice", language = code))
                        .with_help(t!("config-language-twice-help")),
                );
            }
        }
        let others: Vec<&str> = self.site_languages().into_iter().skip(1).collect();
        let mut translated: Vec<&String> = self.translations.keys().collect();
        for term in self.categories.iter().chain(&self.audiences) {
            translated.extend(term.translations.keys());
        }
        translated.sort();
        translated.dedup();
        for code in translated {
            if !others.contains(&code.as_str()) {
                problems.push(
                    Diagnostic::warning(
                        FILE_NAME,
                        at_text(text, &format!("translations.{code}")),
                        t!("config-translation-unused", language = code),
                    )
                    .with_help(t!("config-translation-unused-help", language = code)),
                );
            }
        }
        problems
    }

    /// Checks what toml's types cannot: languages, addresses, ids, colours and their
    /// contrast. Colours are rewritten as `#rrggbb`.
    fn check(&mut self, text: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let at = |needle: &str| at_text(text, needle);
        problems.extend(self.check_colors(text));
        if self.open_data.hsds && self.open_data.province.trim().is_empty() {
            problems.push(
                Diagnostic::warning(FILE_NAME, at("[open_data]"), t!("config-no-province"))
                    .with_help(t!("config-no-province-help")),
            );
        }
        if self.accessibility.status.is_empty() {
            problems.push(
                Diagnostic::warning(FILE_NAME, Pos::UNKNOWN, t!("config-no-statement"))
                    .with_help(t!("config-no-statement-help")),
            );
        }
        if !self.accessibility.status.is_empty()
            && !STATUSES.contains(&self.accessibility.status.as_str())
        {
            problems.push(
                Diagnostic::error(
                    FILE_NAME,
                    key_pos(text, "status"),
                    t!("config-unknown-status", status = &self.accessibility.status),
                )
                .with_help(t!("config-unknown-status-help")),
            );
        }
        for (key, date) in [
            ("date", &self.accessibility.date),
            ("evaluated_on", &self.accessibility.evaluated_on),
        ] {
            if date.is_some() && toml_date(date).is_none() {
                problems.push(
                    Diagnostic::error(
                        FILE_NAME,
                        key_pos(text, key),
                        t!("config-not-a-date", key = key),
                    )
                    .with_help(t!("config-not-a-date-help")),
                );
            }
        }
        problems.extend(self.check_agenda(text));
        for group in &self.search.synonyms {
            let words: Vec<&str> = group
                .iter()
                .map(|w| w.trim())
                .filter(|w| !w.is_empty())
                .collect();
            if words.len() < 2 {
                problems.push(
                    Diagnostic::warning(
                        FILE_NAME,
                        at("synonyms"),
                        t!("config-synonyms-alone", words = words.join(", ")),
                    )
                    .with_help(t!("config-synonyms-alone-help")),
                );
            }
        }
        for (key, n) in [
            ("cards", self.pages.cards),
            ("agenda_items", self.pages.agenda_items),
            ("day_items", self.pages.day_items),
            ("area_cards", self.pages.area_cards),
        ] {
            if n == 0 {
                problems.push(
                    Diagnostic::error(
                        FILE_NAME,
                        key_pos(text, key),
                        t!("config-zero-per-page", key = key),
                    )
                    .with_help(t!("config-zero-per-page-help", key = key)),
                );
            }
        }
        problems.extend(self.check_languages(text));
        if let Err(message) = BaseUrl::parse(&self.base_url) {
            problems.push(
                Diagnostic::error(FILE_NAME, at("base_url"), message)
                    .with_help(t!("config-base-url-help")),
            );
        }
        for (list, name) in [
            (&self.categories, "categories"),
            (&self.audiences, "audiences"),
        ] {
            let mut seen = std::collections::BTreeSet::new();
            for term in list {
                if !crate::id::is_safe_id(&term.id) {
                    problems.push(
                        Diagnostic::error(
                            FILE_NAME,
                            at(&term.id),
                            t!("config-bad-id", id = &term.id, list = name),
                        )
                        .with_help(t!("config-bad-id-help")),
                    );
                }
                if !seen.insert(term.id.as_str()) {
                    problems.push(
                        Diagnostic::error(
                            FILE_NAME,
                            at(&format!("\"{}\"", term.id)),
                            t!("config-id-twice", id = &term.id, list = name),
                        )
                        .with_help(t!("config-id-twice-help")),
                    );
                }
            }
        }
        problems
    }

    /// Colours must parse; pairs the theme puts on top of each other need 4.5:1.
    fn check_colors(&mut self, text: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let mut parsed = Vec::new();
        for (key, value) in [
            ("primary", &mut self.colors.primary),
            ("on_primary", &mut self.colors.on_primary),
            ("accent", &mut self.colors.accent),
        ] {
            match Rgb::parse(value) {
                Ok(rgb) => {
                    *value = rgb.hex();
                    parsed.push(rgb);
                }
                Err(message) => problems.push(
                    Diagnostic::error(FILE_NAME, key_pos(text, key), message)
                        .with_help(t!("config-bad-colour-help")),
                ),
            }
        }
        let [primary, on_primary, accent] = parsed[..] else {
            return problems;
        };
        let pairs = [
            ("on_primary", on_primary, primary, t!("contrast-on-primary")),
            ("primary", primary, Rgb::WHITE, t!("contrast-links-white")),
            ("primary", primary, SURFACE, t!("contrast-links-grey")),
            ("accent", accent, Rgb::WHITE, t!("contrast-accent-white")),
            ("accent", accent, SURFACE, t!("contrast-accent-grey")),
        ];
        for (key, fg, bg, what) in pairs {
            let ratio = fg.contrast(bg);
            if ratio < 4.5 {
                problems.push(
                    Diagnostic::warning(
                        FILE_NAME,
                        key_pos(text, key),
                        t!(
                            "config-low-contrast",
                            colour = fg.hex(),
                            ratio = format!("{:.1}", (ratio * 10.0).floor() / 10.0),
                            background = bg.hex(),
                            what = what,
                        ),
                    )
                    .with_help(t!("config-low-contrast-help")),
                );
            }
        }
        problems
    }

    /// Where `key = ...` is written in site.toml.
    pub fn pos_of(&self, key: &str) -> Pos {
        key_pos(&self.source, key)
    }

    pub fn category(&self, id: &str) -> Option<&Term> {
        self.categories.iter().find(|t| t.id == id)
    }

    pub fn audience(&self, id: &str) -> Option<&Term> {
        self.audiences.iter().find(|t| t.id == id)
    }
}

/// The light grey the default theme puts behind boxes (`--surface`).
pub const SURFACE: Rgb = Rgb(0xf3, 0xf5, 0xf8);

/// The position of `key = ...` at the start of a line, or unknown.
/// The version of buurtgids a site asks for (`buurtgids = ">= 0.3"`), against this one's.
fn check_version(text: &str) -> Option<Diagnostic> {
    // A site.toml that is not TOML is told about by the parse after this.
    let table: toml::Table = toml::from_str(text).ok()?;
    let wanted = table.get("buurtgids")?;
    let pos = key_pos(text, "buurtgids");
    let wanted_text = wanted
        .as_str()
        .map_or_else(|| wanted.to_string(), str::to_owned);
    let bad = |reason: String| {
        Diagnostic::error(
            FILE_NAME,
            pos,
            t!("config-bad-version", wanted = &wanted_text, reason = reason),
        )
        .with_help(t!("config-bad-version-help"))
    };
    let Some(wanted) = wanted.as_str() else {
        return Some(bad(t!("config-version-not-text").into_string()));
    };
    let requirement = match semver::VersionReq::parse(wanted) {
        Ok(r) => r,
        Err(err) => return Some(bad(err.to_string())),
    };
    let current = semver::Version::parse(VERSION).ok()?;
    (!requirement.matches(&current)).then(|| {
        Diagnostic::error(
            FILE_NAME,
            pos,
            t!("config-needs-version", wanted = wanted, version = VERSION),
        )
        .with_help(t!("config-needs-version-help", wanted = wanted))
    })
}

/// This buurtgids's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Where `needle` is first written in site.toml.
fn at_text(text: &str, needle: &str) -> Pos {
    text.find(needle)
        .map_or(Pos::UNKNOWN, |offset| Pos::of_offset(text, offset))
}

fn key_pos(text: &str, key: &str) -> Pos {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                return Pos::of_offset(text, offset + line.len() - trimmed.len());
            }
        }
        offset += line.len();
    }
    Pos::UNKNOWN
}

/// A toml date (without a time) as a calendar date.
pub fn toml_date(value: &Option<toml::value::Datetime>) -> Option<jiff::civil::Date> {
    let d = value.as_ref()?;
    if d.time.is_some() || d.offset.is_some() {
        return None;
    }
    let date = d.date?;
    jiff::civil::Date::new(date.year as i16, date.month as i8, date.day as i8).ok()
}

impl Config {
    /// The agenda's settings: weeks between 1 and 52, closed periods with two dates in
    /// order.
    fn check_agenda(&self, text: &str) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let weeks = self.agenda.weeks;
        if !(1..=52).contains(&weeks) {
            problems.push(
                Diagnostic::error(
                    FILE_NAME,
                    key_pos(text, "weeks"),
                    t!("config-agenda-weeks", weeks = weeks),
                )
                .with_help(t!("config-agenda-weeks-help")),
            );
        }
        for period in &self.agenda.closed {
            let (from, until) = (toml_date(&period.from), toml_date(&period.until));
            let at = key_pos(text, "closed");
            match (from, until) {
                (Some(from), Some(until)) if until < from => problems.push(
                    Diagnostic::error(
                        FILE_NAME,
                        at,
                        t!(
                            "config-closed-reversed",
                            name = &period.name,
                            from = from.to_string(),
                            until = until.to_string(),
                        ),
                    )
                    .with_help(t!("config-closed-reversed-help")),
                ),
                (Some(_), Some(_)) => {}
                _ => problems.push(
                    Diagnostic::error(
                        FILE_NAME,
                        at,
                        t!("config-closed-dates", name = &period.name),
                    )
                    .with_help(t!("config-closed-dates-help")),
                ),
            }
        }
        problems
    }

    /// The periods in which the whole site is closed, checked.
    pub fn closed(&self) -> Vec<Closed> {
        self.agenda
            .closed
            .iter()
            .filter_map(|p| {
                Some(Closed {
                    from: toml_date(&p.from)?,
                    until: toml_date(&p.until)?,
                    name: p.name.clone(),
                })
            })
            .collect()
    }

    /// The number of days the agenda looks ahead.
    pub fn agenda_days(&self) -> i64 {
        i64::from(self.agenda.weeks.clamp(1, 52)) * 7
    }
}

/// The setting toml's "unknown field `report_mail`, expected one of ..." names, and "did
/// you mean `report_email`?" when one is close.
fn unknown_field(message: &str) -> Option<(&str, Option<Text>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    Some((field, crate::diagnostic::did_you_mean(field, &expected)))
}

/// The address a site is published at, split into origin and path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// `https://www.lindewaard.nl`
    pub origin: String,
    /// `/sociale-kaart/`: always starts and ends with `/`.
    pub path: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> Result<BaseUrl, Text> {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(|| t!("base-url-scheme", url = url))?;
        let scheme_len = url.len() - rest.len();
        let (host, path) = match rest.find('/') {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        if host.is_empty() || host.contains(|c: char| c.is_whitespace() || c == '?' || c == '#') {
            return Err(t!("base-url-host", url = url));
        }
        if path.contains(|c: char| {
            c.is_whitespace() || c == '?' || c == '#' || c == '"' || c == '<' || c == '>'
        }) {
            return Err(t!("base-url-path", url = url));
        }
        let mut path = path.to_owned();
        if !path.ends_with('/') {
            path.push('/');
        }
        Ok(BaseUrl {
            origin: url[..scheme_len + host.len()].to_owned(),
            path,
        })
    }

    /// The full address of a site path (`activiteiten/x/` -> `https://host/sub/activiteiten/x/`).
    pub fn absolute(&self, site_path: &str) -> String {
        format!("{}{}", self.origin, self.join(site_path))
    }

    /// The root-relative address of a site path (`activiteiten/x/` -> `/sub/activiteiten/x/`).
    pub fn join(&self, site_path: &str) -> String {
        format!("{}{}", self.path, site_path.trim_start_matches('/'))
    }
}

/// Days on which nothing on the site takes place, from `site.toml`, for example the
/// Christmas week that community centres announce once for all their activities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closed {
    pub from: jiff::civil::Date,
    /// The last closed day, included.
    pub until: jiff::civil::Date,
    /// What residents read, for example "Kerstvakantie".
    pub name: String,
}

impl Closed {
    pub fn contains(&self, date: jiff::civil::Date) -> bool {
        self.from <= date && date <= self.until
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_for_a_newer_buurtgids_says_which_to_install_and_nothing_else() {
        let newer = "buurtgids = \">= 99.1\"\ntitle = \"x\"\nbase_url = \"https://e.org/\"\nnieuwe_instelling = 1\n";
        let problems = Config::parse(newer).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 1);
        let fits =
            format!("buurtgids = \">= {VERSION}\"\ntitle = \"x\"\nbase_url = \"https://e.org/\"\n");
        assert!(Config::parse(&fits).is_ok());
        let nonsense = "buurtgids = \"nieuwste\"\ntitle = \"x\"\nbase_url = \"https://e.org/\"\n";
        assert_eq!(Config::parse(nonsense).unwrap_err().len(), 1);
    }

    #[test]
    fn base_url_keeps_the_sub_path() {
        let url = BaseUrl::parse("https://example.org/sociale-kaart").unwrap();
        assert_eq!(url.origin, "https://example.org");
        assert_eq!(url.path, "/sociale-kaart/");
        assert_eq!(url.join("/agenda/"), "/sociale-kaart/agenda/");
        assert_eq!(url.absolute(""), "https://example.org/sociale-kaart/");
        assert!(BaseUrl::parse("example.org").is_err());
    }

    #[test]
    fn unknown_setting_points_at_its_line() {
        let err = Config::parse("title = \"x\"\nbase_url = \"https://e.org/\"\ntitel = \"y\"\n")
            .unwrap_err();
        assert_eq!(err[0].line, 3);
        assert!(err[0].message.contains("titel"), "{}", err[0].message);
    }
}
