//! The content files as written: one raw struct per kind, straight from YAML.
//!
//! Every struct denies unknown keys, so a typo is an error with the closest known key, and
//! every field carries a `///` doc: these are the editors' reference (and feed the JSON
//! Schema). Values that need checking (dates, references, times) are kept as
//! [`Spanned`] text here, so the checked model in `model.rs` can point at their line and
//! column. Nothing here decides what is valid beyond what YAML and types say.

use std::fmt;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

use crate::diagnostic::{Diagnostic, Pos};

/// Where problems of one file go, and how to turn YAML positions into file positions.
pub struct Ctx<'a> {
    pub file: &'a str,
    /// Lines before the YAML starts (1 for front matter after its opening `---`).
    pub line_offset: u32,
    /// The line the Markdown body starts on (1-based; the line after the closing `---`).
    pub body_line: u32,
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl Ctx<'_> {
    pub fn pos<T>(&self, spanned: &Spanned<T>) -> Pos {
        self.location(&spanned.referenced)
    }

    pub fn location(&self, location: &Location) -> Pos {
        Pos::new(location.line() as u32, location.column() as u32).offset_lines(self.line_offset)
    }

    pub fn error(&mut self, pos: Pos, message: impl Into<String>, help: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::error(self.file, pos, message).with_help(help));
    }

    pub fn warning(&mut self, pos: Pos, message: impl Into<String>, help: impl Into<String>) {
        self.diagnostics
            .push(Diagnostic::warning(self.file, pos, message).with_help(help));
    }
}

/// Parses a YYYY-MM-DD date, reporting impossible dates (31 February) at their position.
pub fn parse_date(raw: &Spanned<String>, ctx: &mut Ctx) -> Option<Date> {
    match parse_date_text(&raw.value) {
        Ok(date) => Some(date),
        Err(message) => {
            let pos = ctx.pos(raw);
            ctx.error(
                pos,
                message,
                "write dates as year-month-day, for example 2026-03-31",
            );
            None
        }
    }
}

/// "2026-02-31" -> an error that says February 2026 has 28 days.
pub fn parse_date_text(text: &str) -> Result<Date, String> {
    let t = text.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let numbers: Option<Vec<i32>> = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            parts.iter().map(|p| p.parse::<i32>().ok()).collect()
        }
        _ => None,
    };
    let Some([y, m, d]) = numbers.as_deref().map(|n| [n[0], n[1], n[2]]) else {
        return Err(format!("`{t}` is not a date"));
    };
    if !(1..=12).contains(&m) {
        return Err(format!("`{t}` is not a date: there is no month {m}"));
    }
    if !(1900..=2200).contains(&y) {
        return Err(format!(
            "`{t}` is not a date this site can use: the year {y} is out of range"
        ));
    }
    let first = Date::new(y as i16, m as i8, 1).map_err(|e| e.to_string())?;
    let days = first.days_in_month() as i32;
    if !(1..=days).contains(&d) {
        let month = super::words::Words::of(super::words::Lang::En).month(m as i8);
        return Err(format!("`{t}` does not exist: {month} {y} has {days} days"));
    }
    Date::new(y as i16, m as i8, d as i8).map_err(|e| e.to_string())
}

/// A single value or a list of them: `areas: centrum` or `areas: [centrum, noord]`.
/// Items keep their own position in a list; a single value gets the field's position.
#[derive(Debug, Clone, Default)]
pub struct OneOrMany(pub Vec<Spanned<String>>);

impl OneOrMany {
    pub fn as_slice(&self) -> &[Spanned<String>] {
        &self.0
    }
}

/// Resolves items of a single-value list to the position of the field itself.
pub fn items(field: &Spanned<OneOrMany>) -> Vec<Spanned<String>> {
    field
        .value
        .0
        .iter()
        .map(|item| {
            if item.referenced.line() == 0 {
                Spanned::new(item.value.clone(), field.referenced, field.defined)
            } else {
                item.clone()
            }
        })
        .collect()
}

/// For the JSON Schema: one word or number, or a list of them.
impl JsonSchema for OneOrMany {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "OneOrMany".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                {"type": ["string", "integer"]},
                {"type": "array", "items": {"type": ["string", "integer"]}}
            ]
        })
    }
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a word or a list of words")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![Spanned::new(
                    v.to_owned(),
                    Location::UNKNOWN,
                    Location::UNKNOWN,
                )]))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<OneOrMany, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<OneOrMany, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Spanned<String>>()? {
                    items.push(item);
                }
                Ok(OneOrMany(items))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// A number or a piece of text: `cost: 2.50` or `cost: vrijwillige bijdrage`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum NumberOrText {
    Number(f64),
    Text(String),
}

/// A picture with its description for people who cannot see it.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawImage {
    /// The file, relative to the site's `static/` folder: `images/buurthuis.jpg`.
    #[schemars(with = "String")]
    pub src: Spanned<String>,
    /// What the picture shows, for people who cannot see it: "Zes mensen aan een lange
    /// tafel met soep". Required. Write `alt: ""` only for a purely decorative picture.
    pub alt: Option<String>,
}

/// A postal address.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    /// Street and number: `Lindeplein 4`.
    pub street: String,
    /// Postcode: `5431 AB`.
    #[schemars(with = "String")]
    pub postcode: Spanned<String>,
    /// Town: `Lindewaard`.
    pub city: String,
}

/// A location on the map, in WGS84 degrees.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGeo {
    /// Latitude, for example `51.6978`.
    pub lat: f64,
    /// Longitude, for example `5.3037`.
    pub lon: f64,
}

/// What a visitor with a disability needs to know. Leave out what you do not know.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAccessibility {
    /// Can you get in and around with a wheelchair or rollator? `true` or `false`.
    pub wheelchair: Option<bool>,
    /// Is there a hearing loop (ringleiding)?
    pub hearing_loop: Option<bool>,
    /// Is there a toilet for people with a disability (invalidentoilet)?
    pub accessible_toilet: Option<bool>,
    /// Is there a parking space for people with a disability nearby?
    pub disabled_parking: Option<bool>,
    /// Anything else, in plain words: "De ingang is aan de achterkant, bij de parkeerplaats."
    pub notes: Option<String>,
}

/// How to sign up.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRegistration {
    /// Must people sign up before they come? Default `true`.
    #[serde(default = "yes")]
    pub required: bool,
    /// How, in plain words: "Bel of app Anja, uiterlijk maandag."
    pub how: Option<String>,
    /// Phone number to sign up.
    #[schemars(with = "Option<String>")]
    pub phone: Option<Spanned<String>>,
    /// E-mail address to sign up.
    #[schemars(with = "Option<String>")]
    pub email: Option<Spanned<String>>,
    /// Web page to sign up.
    #[schemars(with = "Option<String>")]
    pub website: Option<Spanned<String>>,
}

fn yes() -> bool {
    true
}

/// Fields that refer to areas, categories and audiences.
#[derive(Debug, Default)]
pub struct Listing {
    pub areas: Option<Spanned<OneOrMany>>,
    pub categories: Option<Spanned<OneOrMany>>,
    pub audience: Option<Spanned<OneOrMany>>,
}

/// Fields every kind has.
#[derive(Debug)]
pub struct Common {
    pub title: Spanned<String>,
    pub slug: Option<Spanned<String>>,
    pub summary: Spanned<String>,
    pub image: Option<Spanned<RawImage>>,
    pub reviewed: Option<Spanned<String>>,
    pub valid_from: Option<Spanned<String>>,
    pub valid_until: Option<Spanned<String>>,
    pub draft: bool,
}

/// Gives access to the fields every kind shares.
pub trait RawEntry {
    fn take_common(&mut self) -> Common;
    fn take_listing(&mut self) -> Listing;
}

/// Declares the raw struct of a kind with the fields all kinds share, and, for `listed`
/// kinds, `areas`, `categories` and `audience`.
macro_rules! raw_entry {
    ($(#[$meta:meta])* $name:ident, $title:ident, listed { $($body:tt)* }) => {
        raw_entry!(@emit $(#[$meta])* $name, $title, { $($body)* }, yes, {
            /// The areas (wijken or kernen) this is for, by their id: `[centrum, oudeweer]`,
            /// or `all` for the whole municipality.
            #[schemars(with = "Option<OneOrMany>")]
            pub areas: Option<Spanned<OneOrMany>>,
            /// Categories from `site.toml`, by id: `[ontmoeten]`.
            #[schemars(with = "Option<OneOrMany>")]
            pub categories: Option<Spanned<OneOrMany>>,
            /// Who it is for, from the audiences in `site.toml`: `[ouderen, mantelzorgers]`.
            #[schemars(with = "Option<OneOrMany>")]
            pub audience: Option<Spanned<OneOrMany>>,
        });
    };
    ($(#[$meta:meta])* $name:ident, $title:ident, plain { $($body:tt)* }) => {
        raw_entry!(@emit $(#[$meta])* $name, $title, { $($body)* }, no, {});
    };
    (@listing yes, $s:ident) => {
        Listing { areas: $s.areas.take(), categories: $s.categories.take(), audience: $s.audience.take() }
    };
    (@listing no, $s:ident) => {
        Listing::default()
    };
    (@emit $(#[$meta:meta])* $name:ident, $title:ident, { $($body:tt)* }, $listed_flag:ident, { $($listed:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, Deserialize, JsonSchema)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// What residents see as the heading. Keep it short and clear.
            #[schemars(with = "String")]
            pub $title: Spanned<String>,
            /// The last part of the web address. Default: the file name.
            /// Lowercase letters, digits and hyphens only.
            #[schemars(with = "Option<String>")]
            pub slug: Option<Spanned<String>>,
            /// One or two short sentences in plain Dutch (B1), shown in lists and search results.
            #[schemars(with = "String")]
            pub summary: Spanned<String>,
            /// A picture, with `src` and `alt` (a description of what it shows).
            #[schemars(with = "Option<RawImage>")]
            pub image: Option<Spanned<RawImage>>,
            /// The date an editor last checked this entry: `2026-09-15`.
            #[schemars(with = "Option<String>")]
            pub reviewed: Option<Spanned<String>>,
            /// Not shown before this date: `2026-10-01`.
            #[schemars(with = "Option<String>")]
            pub valid_from: Option<Spanned<String>>,
            /// Not shown after this date: `2027-03-31`.
            #[schemars(with = "Option<String>")]
            pub valid_until: Option<Spanned<String>>,
            /// `true` keeps the entry off the site (it is built only with `--drafts`).
            #[serde(default)]
            pub draft: bool,
            $($listed)*
            $($body)*
        }

        impl RawEntry for $name {
            fn take_common(&mut self) -> Common {
                Common {
                    title: std::mem::replace(&mut self.$title, Spanned::new(String::new(), Location::UNKNOWN, Location::UNKNOWN)),
                    slug: self.slug.take(),
                    summary: std::mem::replace(&mut self.summary, Spanned::new(String::new(), Location::UNKNOWN, Location::UNKNOWN)),
                    image: self.image.take(),
                    reviewed: self.reviewed.take(),
                    valid_from: self.valid_from.take(),
                    valid_until: self.valid_until.take(),
                    draft: self.draft,
                }
            }

            fn take_listing(&mut self) -> Listing {
                raw_entry!(@listing $listed_flag, self)
            }
        }
    };
}

raw_entry! {
    /// A wijk (neighbourhood) or kern (village core): `content/areas/`.
    RawArea, name, plain {
        /// `wijk` or `kern`.
        #[schemars(with = "String")]
        pub kind: Spanned<String>,
        /// The larger area this one is part of, by id (optional).
        #[schemars(with = "Option<String>")]
        pub parent: Option<Spanned<String>>,
        /// The 4-digit postcodes of this area, so residents can find it: `[5431, 5432]`.
        #[schemars(with = "Option<OneOrMany>")]
        pub postcodes: Option<Spanned<OneOrMany>>,
    }
}

raw_entry! {
    /// Who runs things: a foundation, a club, a church, a library: `content/organisations/`.
    RawOrganisation, name, listed {
        /// Web site: `https://www.example.org`.
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        /// Phone number: `0413 123 456`.
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        /// E-mail address.
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        /// Postal address.
        pub address: Option<RawAddress>,
    }
}

raw_entry! {
    /// A meeting place (ontmoetingsplek): a buurthuis, a library, a café: `content/places/`.
    RawPlace, name, listed {
        /// Where it is.
        pub address: RawAddress,
        /// Map position, optional.
        pub geo: Option<RawGeo>,
        /// When it is open; see "schedule" in the README.
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub opening_hours: Vec<Spanned<RawSchedule>>,
        /// Access for people with a disability.
        pub accessibility: Option<RawAccessibility>,
        /// What there is: `[koffie en thee, wifi, computer]`.
        #[serde(default)]
        pub facilities: Vec<String>,
        /// The organisation that runs it, by id.
        #[schemars(with = "Option<String>")]
        pub organisation: Option<Spanned<String>>,
        /// Phone number.
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        /// E-mail address.
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        /// Web site.
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
    }
}

raw_entry! {
    /// Something to do: a koffieochtend, a taalcafé, a walk: `content/activities/`.
    RawActivity, title, listed {
        /// Where, by the id of a place. Or give `address`.
        #[schemars(with = "Option<String>")]
        pub place: Option<Spanned<String>>,
        /// Where, when it is not one of the places.
        pub address: Option<RawAddress>,
        /// When; see "schedule" in the README.
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub schedule: Vec<Spanned<RawSchedule>>,
        /// What it costs: `0` or `gratis` for free, an amount in euros like `2.50`, or a text
        /// like `vrijwillige bijdrage`.
        #[schemars(with = "Option<NumberOrText>")]
        pub cost: Option<Spanned<NumberOrText>>,
        /// Who organises it, by the id of an organisation.
        #[schemars(with = "Option<String>")]
        pub organiser: Option<Spanned<String>>,
        /// Who to ask, by the id of a person.
        #[schemars(with = "Option<String>")]
        pub contact: Option<Spanned<String>>,
        /// Phone number to ask.
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        /// E-mail address to ask.
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        /// Web page with more information.
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        /// How to sign up, if needed.
        pub registration: Option<RawRegistration>,
        /// Access for people with a disability, when it differs from the place.
        pub accessibility: Option<RawAccessibility>,
    }
}

raw_entry! {
    /// Help and provisions (voorzieningen): sociaal wijkteam, formulierenhulp, schuldhulp:
    /// `content/services/`.
    RawService, title, listed {
        /// Where you can walk in, by the id of a place.
        #[schemars(with = "Option<String>")]
        pub place: Option<Spanned<String>>,
        /// Where, when it is not one of the places.
        pub address: Option<RawAddress>,
        /// Walk-in hours (inloop); see "schedule" in the README.
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub schedule: Vec<Spanned<RawSchedule>>,
        /// What it costs; usually `gratis`.
        #[schemars(with = "Option<NumberOrText>")]
        pub cost: Option<Spanned<NumberOrText>>,
        /// Who offers it, by the id of an organisation.
        #[schemars(with = "Option<String>")]
        pub organiser: Option<Spanned<String>>,
        /// Who to ask, by the id of a person.
        #[schemars(with = "Option<String>")]
        pub contact: Option<Spanned<String>>,
        /// Phone number.
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        /// E-mail address.
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        /// Web page, for help online.
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        /// How to get help, in plain words: "Loop binnen, of bel voor een afspraak thuis."
        pub how_to_reach: Option<String>,
        /// Do you need an appointment or to sign up?
        pub registration: Option<RawRegistration>,
        /// Access for people with a disability, when it differs from the place.
        pub accessibility: Option<RawAccessibility>,
    }
}

raw_entry! {
    /// A preventiewerker, buurtverbinder or wijkondersteuner: `content/people/`.
    RawPerson, name, listed {
        /// What they do: `Preventiewerker`, `Buurtverbinder`.
        #[schemars(with = "String")]
        pub role: Spanned<String>,
        /// Who they work for, by the id of an organisation.
        #[schemars(with = "Option<String>")]
        pub organisation: Option<Spanned<String>>,
        /// Phone number.
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        /// E-mail address.
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        /// Office hours (spreekuur); give each a `place`. See "schedule" in the README.
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub office_hours: Vec<Spanned<RawSchedule>>,
    }
}

raw_entry! {
    /// A volunteer opening (vrijwilligersvacature): `content/volunteering/`.
    RawVolunteering, title, listed {
        /// Who is looking for a volunteer, by the id of an organisation.
        #[schemars(with = "String")]
        pub organisation: Spanned<String>,
        /// About how many hours a week: `2` or `2 tot 4`.
        #[schemars(with = "Option<NumberOrText>")]
        pub hours_per_week: Option<Spanned<NumberOrText>>,
        /// When, in plain words: `op dinsdagochtend`.
        pub when: Option<String>,
        /// What you need: `[rijbewijs B, VOG]`.
        #[serde(default)]
        pub requirements: Vec<String>,
        /// Who to contact, by the id of a person.
        #[schemars(with = "Option<String>")]
        pub contact: Option<Spanned<String>>,
        /// Phone number to respond.
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        /// E-mail address to respond.
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        /// Web page to respond.
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        /// How to respond, in plain words: "Bel of mail Fatima."
        pub how_to_respond: Option<String>,
        /// Where, by the id of a place (optional).
        #[schemars(with = "Option<String>")]
        pub place: Option<Spanned<String>>,
    }
}

raw_entry! {
    /// A free page: about, privacy: `content/pages/`.
    RawPage, title, plain {
        /// Show a link to this page in the footer.
        #[serde(default)]
        pub footer: bool,
    }
}
/// A reference to another entry by id, with where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ref {
    pub id: String,
    pub pos: Pos,
}

impl Ref {
    pub fn new(raw: &Spanned<String>, ctx: &Ctx) -> Ref {
        Ref {
            id: raw.value.trim().to_owned(),
            pos: ctx.pos(raw),
        }
    }
}

/// One rule of a schedule, as written in a content file. Exactly one of `weekly`,
/// `monthly` or `dates` says which days; the other fields refine it.
///
/// ```yaml
/// schedule:
///   - weekly: [dinsdag, donderdag]
///     time: "10:00-12:00"
///   - monthly: first tuesday
///     time: "19:30-21:30"
///     except: [2026-12-29]
/// ```
#[derive(Debug, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSchedule {
    /// Every week (or every `every` weeks) on these days: `tuesday` or `[maandag, donderdag]`.
    /// Dutch and English day names both work, and short forms like `di`.
    #[schemars(with = "Option<OneOrMany>")]
    pub weekly: Option<Spanned<OneOrMany>>,
    /// With `weekly`: the number of weeks between two times, for example `2` for every other
    /// week. Needs `from`, the first date, so the right weeks are counted.
    #[schemars(with = "Option<i64>")]
    pub every: Option<Spanned<i64>>,
    /// Once a month: `first tuesday`, `laatste vrijdag`, or a list like
    /// `[first tuesday, third tuesday]`. Words: first/eerste, second/tweede, third/derde,
    /// fourth/vierde, last/laatste.
    #[schemars(with = "Option<OneOrMany>")]
    pub monthly: Option<Spanned<OneOrMany>>,
    /// Single dates, written as YYYY-MM-DD: `[2026-12-24, 2027-01-08]`.
    #[schemars(with = "Option<Vec<String>>")]
    pub dates: Option<Spanned<Vec<Spanned<String>>>>,
    /// Start and end time, 24-hour clock: `"10:00-12:00"`, or only a start: `"19:30"`.
    #[schemars(with = "Option<String>")]
    pub time: Option<Spanned<String>>,
    /// The first date of a season (YYYY-MM-DD). Nothing happens before it.
    #[schemars(with = "Option<String>")]
    pub from: Option<Spanned<String>>,
    /// The last date of a season (YYYY-MM-DD), included.
    #[schemars(with = "Option<String>")]
    pub until: Option<Spanned<String>>,
    /// Dates on which it does not take place, for example holidays: `[2026-12-29]`.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub except: Vec<Spanned<String>>,
    /// Whether the site's closed periods (`[agenda] closed` in site.toml, say the
    /// Christmas holiday) skip this rule's dates. By default a rule that repeats
    /// (`weekly`, `monthly`) is skipped there and single `dates` are not: a date written
    /// out takes place. `closed: false` keeps a weekly rule on during the closed periods,
    /// `closed: true` makes them skip single dates too.
    pub closed: Option<bool>,
    /// A short remark for residents, for example `niet in de schoolvakanties`.
    pub note: Option<String>,
    /// Where, by the id of a place, when it differs from the entry's own place (a person's
    /// office hours in two places, say).
    #[schemars(with = "Option<String>")]
    pub place: Option<Spanned<String>>,
}
