//! The content files as written: one raw struct per kind, straight from YAML.
//!
//! Every struct denies unknown keys, so a typo is an error with the closest known key.
//! What each field means, for editors, is said once, in the field catalogue
//! (`fields.rs`), which a test holds to these structs; the CMS, `new`, `import` and the
//! JSON Schema's descriptions are made from it. Values that need checking (dates,
//! references, times) are kept as [`Spanned`] text here, so the checked model in
//! `model.rs` can point at their line and column. Nothing here decides what is valid
//! beyond what YAML and types say.

use std::fmt;

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde_saphyr::{Location, Spanned};

use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Text;
use crate::t;

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

    pub fn error(&mut self, pos: Pos, message: Text, help: Text) {
        self.diagnostics
            .push(Diagnostic::error(self.file, pos, message).with_help(help));
    }

    pub fn warning(&mut self, pos: Pos, message: Text, help: Text) {
        self.diagnostics
            .push(Diagnostic::warning(self.file, pos, message).with_help(help));
    }
}

/// Parses a YYYY-MM-DD date, reporting impossible dates (31 February) at their position.
/// A date written the Dutch way (`1-10-2026`) gets the exact text to write instead, as
/// `key: 2026-10-01` (`key` empty for a date in a list).
pub fn parse_date(raw: &Spanned<String>, key: &str, ctx: &mut Ctx) -> Option<Date> {
    match parse_date_text(&raw.value) {
        Ok(date) => Some(date),
        Err(message) => {
            let pos = ctx.pos(raw);
            let written = raw.value.trim();
            match super::words::dutch_date(written) {
                Some(date) => {
                    let fix = if key.is_empty() {
                        date.to_string()
                    } else {
                        format!("{key}: {date}")
                    };
                    ctx.error(
                        pos,
                        t!("date-day-first", written = written),
                        t!("write-this", fix = fix),
                    );
                }
                None => ctx.error(pos, message, t!("date-help")),
            }
            None
        }
    }
}

/// "2026-02-31" -> an error that says February 2026 has 28 days.
pub fn parse_date_text(text: &str) -> Result<Date, Text> {
    let t = text.trim();
    let parts: Vec<&str> = t.split('-').collect();
    let numbers: Option<Vec<i32>> = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len()) => {
            parts.iter().map(|p| p.parse::<i32>().ok()).collect()
        }
        _ => None,
    };
    let Some([y, m, d]) = numbers.as_deref().map(|n| [n[0], n[1], n[2]]) else {
        return Err(t!("date-not-a-date", date = t));
    };
    if !(1..=12).contains(&m) {
        return Err(t!("date-no-month", date = t, month = m));
    }
    if !(1900..=2200).contains(&y) {
        return Err(t!("date-year-out-of-range", date = t, year = y));
    }
    let not_a_date = |_| t!("date-not-a-date", date = t);
    let first = Date::new(y as i16, m as i8, 1).map_err(not_a_date)?;
    let days = first.days_in_month() as i32;
    if !(1..=days).contains(&d) {
        let month = super::words::Words::of(crate::messages::lang().into()).month(m as i8);
        return Err(t!(
            "date-no-such-day",
            date = t,
            month = month,
            year = y,
            days = days
        ));
    }
    Date::new(y as i16, m as i8, d as i8).map_err(not_a_date)
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

/// Yes or no, as an editor writes it: `true` or `false`, and in Dutch `ja` or `nee` (in
/// any case; `yes` and `no` too).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YesNo(pub bool);

impl YesNo {
    /// The words read as yes and as no, lowercase.
    pub const YES: [&str; 3] = ["ja", "yes", "true"];
    pub const NO: [&str; 3] = ["nee", "no", "false"];
}

impl<'de> Deserialize<'de> for YesNo {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = YesNo;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("ja or nee (true or false)")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<YesNo, E> {
                Ok(YesNo(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<YesNo, E> {
                let word = v.trim().to_lowercase();
                if YesNo::YES.contains(&word.as_str()) {
                    Ok(YesNo(true))
                } else if YesNo::NO.contains(&word.as_str()) {
                    Ok(YesNo(false))
                } else {
                    Err(E::invalid_value(de::Unexpected::Str(v), &self))
                }
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// For the JSON Schema: `true`, `false`, `ja` or `nee`.
impl JsonSchema for YesNo {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "YesNo".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "anyOf": [
                {"type": "boolean"},
                {"type": "string", "pattern": "^\\s*([Jj][Aa]|[Nn][Ee][Ee]|[Yy][Ee][Ss]|[Nn][Oo]|[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee])\\s*$"}
            ]
        })
    }
}

fn yes() -> YesNo {
    YesNo(true)
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
    #[schemars(with = "String")]
    pub src: Spanned<String>,
    pub alt: Option<String>,
}

/// A postal address.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    pub street: String,
    #[schemars(with = "String")]
    pub postcode: Spanned<String>,
    pub city: String,
}

/// A location on the map, in WGS84 degrees.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawGeo {
    pub lat: f64,
    pub lon: f64,
}

/// What a visitor with a disability needs to know. Leave out what you do not know.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAccessibility {
    pub wheelchair: Option<YesNo>,
    pub hearing_loop: Option<YesNo>,
    pub accessible_toilet: Option<YesNo>,
    pub disabled_parking: Option<YesNo>,
    pub notes: Option<String>,
}

/// How to sign up.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRegistration {
    #[serde(default = "yes")]
    pub required: YesNo,
    pub how: Option<String>,
    #[schemars(with = "Option<String>")]
    pub phone: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub email: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub website: Option<Spanned<String>>,
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
    /// Words residents may search with that the text does not use, each item possibly
    /// several separated by commas.
    pub keywords: Vec<String>,
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
            #[schemars(with = "Option<OneOrMany>")]
            pub areas: Option<Spanned<OneOrMany>>,
            #[schemars(with = "Option<OneOrMany>")]
            pub categories: Option<Spanned<OneOrMany>>,
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
            #[schemars(with = "String")]
            pub $title: Spanned<String>,
            #[schemars(with = "Option<String>")]
            pub slug: Option<Spanned<String>>,
            #[schemars(with = "String")]
            pub summary: Spanned<String>,
            #[schemars(with = "Option<RawImage>")]
            pub image: Option<Spanned<RawImage>>,
            #[schemars(with = "Option<String>")]
            pub reviewed: Option<Spanned<String>>,
            #[schemars(with = "Option<String>")]
            pub valid_from: Option<Spanned<String>>,
            #[schemars(with = "Option<String>")]
            pub valid_until: Option<Spanned<String>>,
            #[serde(default)]
            pub draft: YesNo,
            #[schemars(with = "Option<OneOrMany>")]
            pub keywords: Option<Spanned<OneOrMany>>,
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
                    draft: self.draft.0,
                    keywords: self
                        .keywords
                        .take()
                        .map(|k| k.value.0.into_iter().map(|i| i.value).collect())
                        .unwrap_or_default(),
                }
            }

            fn take_listing(&mut self) -> Listing {
                raw_entry!(@listing $listed_flag, self)
            }
        }
    };
}

raw_entry! {
    RawArea, name, plain {
        #[schemars(with = "String")]
        pub kind: Spanned<String>,
        #[schemars(with = "Option<String>")]
        pub parent: Option<Spanned<String>>,
        #[schemars(with = "Option<OneOrMany>")]
        pub postcodes: Option<Spanned<OneOrMany>>,
    }
}

raw_entry! {
    RawOrganisation, name, listed {
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        pub address: Option<RawAddress>,
    }
}

raw_entry! {
    RawPlace, name, listed {
        pub address: RawAddress,
        pub geo: Option<RawGeo>,
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub opening_hours: Vec<Spanned<RawSchedule>>,
        pub accessibility: Option<RawAccessibility>,
        #[serde(default)]
        pub facilities: Vec<String>,
        #[schemars(with = "Option<String>")]
        pub organisation: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
    }
}

raw_entry! {
    RawActivity, title, listed {
        #[schemars(with = "Option<String>")]
        pub place: Option<Spanned<String>>,
        pub address: Option<RawAddress>,
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub schedule: Vec<Spanned<RawSchedule>>,
        #[schemars(with = "Option<NumberOrText>")]
        pub cost: Option<Spanned<NumberOrText>>,
        #[schemars(with = "Option<String>")]
        pub organiser: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub contact: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        pub registration: Option<RawRegistration>,
        pub accessibility: Option<RawAccessibility>,
        #[schemars(with = "Option<OneOrMany>")]
        pub languages: Option<Spanned<OneOrMany>>,
    }
}

raw_entry! {
    RawService, title, listed {
        #[schemars(with = "Option<String>")]
        pub place: Option<Spanned<String>>,
        pub address: Option<RawAddress>,
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub schedule: Vec<Spanned<RawSchedule>>,
        #[schemars(with = "Option<NumberOrText>")]
        pub cost: Option<Spanned<NumberOrText>>,
        #[schemars(with = "Option<String>")]
        pub organiser: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub contact: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        pub how_to_reach: Option<String>,
        pub registration: Option<RawRegistration>,
        pub accessibility: Option<RawAccessibility>,
        #[schemars(with = "Option<OneOrMany>")]
        pub languages: Option<Spanned<OneOrMany>>,
    }
}

raw_entry! {
    RawPerson, name, listed {
        #[schemars(with = "String")]
        pub role: Spanned<String>,
        #[schemars(with = "Option<String>")]
        pub organisation: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        #[serde(default)]
        #[schemars(with = "Vec<RawSchedule>")]
        pub office_hours: Vec<Spanned<RawSchedule>>,
        #[schemars(with = "Option<OneOrMany>")]
        pub languages: Option<Spanned<OneOrMany>>,
    }
}

raw_entry! {
    RawVolunteering, title, listed {
        #[schemars(with = "String")]
        pub organisation: Spanned<String>,
        #[schemars(with = "Option<NumberOrText>")]
        pub hours_per_week: Option<Spanned<NumberOrText>>,
        pub when: Option<String>,
        #[serde(default)]
        pub requirements: Vec<String>,
        #[schemars(with = "Option<String>")]
        pub contact: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub phone: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub email: Option<Spanned<String>>,
        #[schemars(with = "Option<String>")]
        pub website: Option<Spanned<String>>,
        pub how_to_respond: Option<String>,
        #[schemars(with = "Option<String>")]
        pub place: Option<Spanned<String>>,
    }
}

raw_entry! {
    RawPage, title, plain {
        #[serde(default)]
        pub footer: YesNo,
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
    #[schemars(with = "Option<OneOrMany>")]
    pub weekly: Option<Spanned<OneOrMany>>,
    #[schemars(with = "Option<i64>")]
    pub every: Option<Spanned<i64>>,
    #[schemars(with = "Option<OneOrMany>")]
    pub monthly: Option<Spanned<OneOrMany>>,
    #[schemars(with = "Option<Vec<String>>")]
    pub dates: Option<Spanned<Vec<Spanned<String>>>>,
    #[schemars(with = "Option<String>")]
    pub time: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub from: Option<Spanned<String>>,
    #[schemars(with = "Option<String>")]
    pub until: Option<Spanned<String>>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub except: Vec<Spanned<String>>,
    pub closed: Option<YesNo>,
    pub note: Option<String>,
    #[schemars(with = "Option<String>")]
    pub place: Option<Spanned<String>>,
}
