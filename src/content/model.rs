//! The checked content model: what the rest of the pipeline works with.
//!
//! Raw structs from `raw.rs` are converted here into [`Entry`] values: dates parsed,
//! schedules checked, contact details checked, ids and slugs made safe. References keep
//! their position ([`Ref`]) so that `validate` can report an unknown id at its line.
//! Conversion collects every problem of a file; it never stops at the first.

use jiff::civil::Date;
use serde_saphyr::Spanned;

use crate::messages::Text;
use crate::t;

pub use super::raw::Ref;
use super::raw::{
    self, Common, Ctx, Listing, NumberOrText, RawAccessibility, RawAddress, RawEntry,
};
use super::schedule::{RawSchedule, Schedule};
use super::spoken::{self, Spoken};
use crate::diagnostic::Pos;
pub use crate::id::{is_safe_id, slugify, sort_key};

/// The kinds of entry, one per folder of `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Area,
    Organisation,
    Place,
    Activity,
    Service,
    Person,
    Volunteering,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Area,
        Kind::Organisation,
        Kind::Place,
        Kind::Activity,
        Kind::Service,
        Kind::Person,
        Kind::Volunteering,
        Kind::Page,
    ];

    /// The folder under `content/`.
    pub fn folder(self) -> &'static str {
        match self {
            Kind::Area => "areas",
            Kind::Organisation => "organisations",
            Kind::Place => "places",
            Kind::Activity => "activities",
            Kind::Service => "services",
            Kind::Person => "people",
            Kind::Volunteering => "volunteering",
            Kind::Page => "pages",
        }
    }

    /// The key of an entry's heading in its file: `name` for an area, organisation, place
    /// or person, `title` for the others.
    pub fn title_key(self) -> &'static str {
        match self {
            Kind::Area | Kind::Organisation | Kind::Place | Kind::Person => "name",
            Kind::Activity | Kind::Service | Kind::Volunteering | Kind::Page => "title",
        }
    }

    /// What messages call `n` entries of this kind: "1 activiteit", "2 people".
    pub fn count(self, n: usize) -> Text {
        t!("count-kind", kind = self.name(), count = n)
    }

    /// What messages call one entry of this kind: "activiteit", "volunteering".
    pub fn word(self) -> Text {
        t!("kind-one", kind = self.name())
    }

    /// The singular name, used on the command line and in templates.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Area => "area",
            Kind::Organisation => "organisation",
            Kind::Place => "place",
            Kind::Activity => "activity",
            Kind::Service => "service",
            Kind::Person => "person",
            Kind::Volunteering => "volunteering",
            Kind::Page => "page",
        }
    }

    /// The first part of the web address of this kind's pages (empty for pages).
    pub fn url_segment(self) -> &'static str {
        match self {
            Kind::Area => "wijken",
            Kind::Organisation => "organisaties",
            Kind::Place => "plekken",
            Kind::Activity => "activiteiten",
            Kind::Service => "hulp",
            Kind::Person => "mensen",
            Kind::Volunteering => "vrijwilligerswerk",
            Kind::Page => "",
        }
    }

    pub fn from_folder(folder: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.folder() == folder)
    }

    /// Whether editors should keep `reviewed` current for this kind.
    pub fn needs_review(self) -> bool {
        !matches!(self, Kind::Area | Kind::Page)
    }
}

/// Which areas an entry is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Areas {
    /// The whole municipality (`areas: all`).
    All,
    List(Vec<Ref>),
}

/// One entry of any kind, checked.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    /// The file name without extension: unique per kind, used in references.
    pub id: String,
    pub slug: String,
    pub slug_pos: Pos,
    /// Path relative to the site folder.
    pub file: String,
    pub title: String,
    pub summary: String,
    /// Where the summary starts in the file.
    pub summary_pos: Pos,
    pub areas: Areas,
    pub categories: Vec<Ref>,
    pub audience: Vec<Ref>,
    pub image: Option<Image>,
    pub reviewed: Option<Date>,
    pub reviewed_pos: Pos,
    pub valid_from: Option<Date>,
    pub valid_until: Option<Date>,
    pub draft: bool,
    /// Words to find it by that its text does not use (`keywords`), one by one.
    pub keywords: Vec<String>,
    /// Markdown source of the body (`.md` files).
    pub body: String,
    /// The line of the file the body starts on, for diagnostics about it.
    pub body_line: u32,
    pub details: Details,
    /// Its translations (`breicafe.en.md`), by language code.
    pub translations: Vec<std::sync::Arc<super::translation::Translation>>,
    /// Set on a copy of the entry in a translation's words: what it leaves untranslated.
    pub translated: Option<super::translation::Translated>,
}

#[derive(Debug, Clone)]
pub struct Image {
    pub src: String,
    pub alt: String,
}

#[derive(Debug, Clone, Default)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.website.is_none()
    }
}

#[derive(Debug, Clone)]
pub struct Address {
    pub street: String,
    pub postcode: String,
    pub city: String,
}

#[derive(Debug, Clone, Default)]
pub struct Accessibility {
    pub wheelchair: Option<bool>,
    pub hearing_loop: Option<bool>,
    pub accessible_toilet: Option<bool>,
    pub disabled_parking: Option<bool>,
    pub notes: Option<String>,
}

/// What something costs.
#[derive(Debug, Clone, PartialEq)]
pub enum Cost {
    Free,
    /// An amount in euros.
    Amount(f64),
    /// Free text, like "vrijwillige bijdrage".
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Registration {
    pub required: bool,
    pub how: Option<String>,
    pub contact: Contact,
}

/// An activity or a service: something on offer, somewhere, at some time.
#[derive(Debug, Clone, Default)]
pub struct Offer {
    pub place: Option<Ref>,
    pub address: Option<Address>,
    pub schedule: Vec<Schedule>,
    pub cost: Option<Cost>,
    pub organiser: Option<Ref>,
    pub contact: Option<Ref>,
    pub contact_info: Contact,
    pub registration: Option<Registration>,
    pub accessibility: Option<Accessibility>,
    pub how_to_reach: Option<String>,
    /// The languages it is held in (`languages`).
    pub languages: Vec<&'static Spoken>,
}

#[derive(Debug, Clone)]
pub enum AreaKind {
    Wijk,
    Kern,
}

/// What differs per kind.
#[derive(Debug, Clone)]
pub enum Details {
    Area {
        kind: AreaKind,
        parent: Option<Ref>,
        postcodes: Vec<String>,
        /// Its boundary, from the GeoJSON file beside the entry (see [`crate::map`]).
        boundary: Option<std::sync::Arc<crate::map::Boundary>>,
    },
    Organisation {
        contact: Contact,
        address: Option<Address>,
    },
    Place {
        address: Address,
        geo: Option<(f64, f64)>,
        opening_hours: Vec<Schedule>,
        accessibility: Option<Accessibility>,
        facilities: Vec<String>,
        organisation: Option<Ref>,
        contact: Contact,
    },
    Activity(Offer),
    Service(Offer),
    Person {
        role: String,
        organisation: Option<Ref>,
        contact: Contact,
        office_hours: Vec<Schedule>,
        /// The languages the person speaks (`languages`).
        languages: Vec<&'static Spoken>,
    },
    Volunteering {
        organisation: Ref,
        hours_per_week: Option<String>,
        when: Option<String>,
        requirements: Vec<String>,
        contact: Option<Ref>,
        contact_info: Contact,
        how_to_respond: Option<String>,
        place: Option<Ref>,
    },
    Page {
        footer: bool,
    },
}

impl Entry {
    /// Its translation into `language`, if it has one.
    pub fn translation(&self, language: &str) -> Option<&super::translation::Translation> {
        self.translations
            .iter()
            .find(|t| t.language == language)
            .map(|t| &**t)
    }

    /// A short hash of the entry's words (title, summary, body and the other texts a
    /// translation holds): what a translation records in `translated_from`, so that a
    /// change of the words after it was made shows.
    pub fn text_hash(&self) -> String {
        use sha2::Digest;
        let mut hasher = sha2::Sha256::new();
        let mut add = |text: &str| {
            hasher.update(text.trim().as_bytes());
            hasher.update([0]);
        };
        add(&self.title);
        add(&self.summary);
        add(&self.body);
        for keyword in &self.keywords {
            add(keyword);
        }
        match &self.details {
            Details::Activity(o) | Details::Service(o) => {
                add(o.how_to_reach.as_deref().unwrap_or(""));
            }
            Details::Person { role, .. } => add(role),
            Details::Place { facilities, .. } => facilities.iter().for_each(|f| add(f)),
            Details::Volunteering {
                when,
                requirements,
                how_to_respond,
                ..
            } => {
                add(when.as_deref().unwrap_or(""));
                requirements.iter().for_each(|r| add(r));
                add(how_to_respond.as_deref().unwrap_or(""));
            }
            _ => {}
        }
        hasher
            .finalize()
            .iter()
            .take(5)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// The languages it is held in, or its person speaks (`languages`).
    pub fn languages(&self) -> &[&'static Spoken] {
        match &self.details {
            Details::Activity(o) | Details::Service(o) => &o.languages,
            Details::Person { languages, .. } => languages,
            _ => &[],
        }
    }

    /// The line and column in the entry's file of a byte offset in its body.
    pub fn body_pos(&self, offset: usize) -> Pos {
        let before = &self.body[..offset.min(self.body.len())];
        let line = self.body_line + before.matches('\n').count() as u32;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos::new(line, before[line_start..].chars().count() as u32 + 1)
    }

    /// All references this entry makes, with the kind each must point at.
    pub fn references(&self) -> Vec<(Kind, &Ref)> {
        let mut refs = Vec::new();
        if let Areas::List(list) = &self.areas {
            refs.extend(list.iter().map(|r| (Kind::Area, r)));
        }
        fn schedule_places(s: &[Schedule]) -> impl Iterator<Item = (Kind, &Ref)> {
            s.iter()
                .filter_map(|s| s.place.as_ref())
                .map(|r| (Kind::Place, r))
        }
        match &self.details {
            Details::Area { parent, .. } => refs.extend(parent.iter().map(|r| (Kind::Area, r))),
            Details::Organisation { .. } | Details::Page { .. } => {}
            Details::Place {
                organisation,
                opening_hours,
                ..
            } => {
                refs.extend(organisation.iter().map(|r| (Kind::Organisation, r)));
                refs.extend(schedule_places(opening_hours));
            }
            Details::Activity(offer) | Details::Service(offer) => {
                refs.extend(offer.place.iter().map(|r| (Kind::Place, r)));
                refs.extend(offer.organiser.iter().map(|r| (Kind::Organisation, r)));
                refs.extend(offer.contact.iter().map(|r| (Kind::Person, r)));
                refs.extend(schedule_places(&offer.schedule));
            }
            Details::Person {
                organisation,
                office_hours,
                ..
            } => {
                refs.extend(organisation.iter().map(|r| (Kind::Organisation, r)));
                refs.extend(schedule_places(office_hours));
            }
            Details::Volunteering {
                organisation,
                contact,
                place,
                ..
            } => {
                refs.push((Kind::Organisation, organisation));
                refs.extend(contact.iter().map(|r| (Kind::Person, r)));
                refs.extend(place.iter().map(|r| (Kind::Place, r)));
            }
        }
        refs
    }

    /// The schedules of this entry, whatever its kind.
    pub fn schedules(&self) -> &[Schedule] {
        match &self.details {
            Details::Activity(o) | Details::Service(o) => &o.schedule,
            Details::Place { opening_hours, .. } => opening_hours,
            Details::Person { office_hours, .. } => office_hours,
            _ => &[],
        }
    }

    /// Whether the entry is for `area` (directly, or for the whole municipality).
    pub fn is_for_area(&self, area: &str) -> bool {
        match &self.areas {
            Areas::All => true,
            Areas::List(list) => list.iter().any(|r| r.id == area),
        }
    }
}

/// The words of `keywords` one by one: an item may hold several, separated by commas.
pub fn keywords<'k>(items: impl Iterator<Item = &'k str>) -> Vec<String> {
    items
        .flat_map(|k| k.split(','))
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Turns the raw struct of a file into a checked entry.
pub fn convert<R: RawEntry>(
    kind: Kind,
    id: &str,
    mut raw: R,
    body: String,
    ctx: &mut Ctx,
    specific: impl FnOnce(R, &mut Ctx) -> Option<Details>,
) -> Option<Entry> {
    let common = raw.take_common();
    let listing = raw.take_listing();
    let before = ctx.diagnostics.iter().filter(|d| d.is_error()).count();
    let details = specific(raw, ctx);
    let entry = common_fields(kind, id, common, listing, body, details, ctx);
    let after = ctx.diagnostics.iter().filter(|d| d.is_error()).count();
    entry.filter(|_| after == before)
}

fn common_fields(
    kind: Kind,
    id: &str,
    c: Common,
    listing: Listing,
    body: String,
    details: Option<Details>,
    ctx: &mut Ctx,
) -> Option<Entry> {
    let title = c.title.value.trim().to_owned();
    if title.is_empty() {
        ctx.error(ctx.pos(&c.title), t!("title-empty"), t!("title-empty-help"));
    }
    let summary = c.summary.value.trim().to_owned();
    if summary.is_empty() {
        ctx.error(
            ctx.pos(&c.summary),
            t!("summary-empty"),
            t!("summary-empty-help"),
        );
    }
    let (slug, slug_pos) = match &c.slug {
        Some(s) => {
            let slug = s.value.trim().to_owned();
            if !is_safe_id(&slug) {
                ctx.error(
                    ctx.pos(s),
                    t!("bad-slug", slug = &s.value),
                    t!("bad-slug-help", fix = slugify(&s.value)),
                );
            }
            (slug, ctx.pos(s))
        }
        None => (id.to_owned(), Pos::UNKNOWN),
    };
    let image = c.image.and_then(|img| {
        let pos = ctx.pos(&img);
        let img = img.value;
        match img.alt {
            Some(alt) => Some(Image {
                src: img.src.value,
                alt,
            }),
            None => {
                ctx.error(pos, t!("image-no-alt"), t!("image-no-alt-help"));
                None
            }
        }
    });
    let date = |d: &Option<Spanned<String>>, key: &str, ctx: &mut Ctx| {
        d.as_ref().and_then(|d| raw::parse_date(d, key, ctx))
    };
    let reviewed = date(&c.reviewed, "reviewed", ctx);
    let reviewed_pos = c.reviewed.as_ref().map_or(Pos::new(1, 1), |r| ctx.pos(r));
    let valid_from = date(&c.valid_from, "valid_from", ctx);
    let valid_until = date(&c.valid_until, "valid_until", ctx);
    if let (Some(f), Some(u), Some(raw_until)) = (valid_from, valid_until, &c.valid_until) {
        if u < f {
            ctx.error(
                ctx.pos(raw_until),
                t!(
                    "until-before-from",
                    until = u.to_string(),
                    from = f.to_string()
                ),
                t!("until-before-from-help"),
            );
        }
    }
    let refs = |field: Option<Spanned<raw::OneOrMany>>, ctx: &Ctx| -> Vec<Ref> {
        field
            .map(|f| raw::items(&f).iter().map(|i| Ref::new(i, ctx)).collect())
            .unwrap_or_default()
    };
    let areas = refs(listing.areas, ctx);
    let areas = if areas.iter().any(|r| r.id == "all") {
        Areas::All
    } else {
        Areas::List(areas)
    };
    Some(Entry {
        kind,
        id: id.to_owned(),
        slug,
        slug_pos,
        file: ctx.file.to_owned(),
        title,
        summary,
        summary_pos: ctx.pos(&c.summary),
        areas,
        categories: refs(listing.categories, ctx),
        audience: refs(listing.audience, ctx),
        image,
        reviewed,
        reviewed_pos,
        valid_from,
        valid_until,
        draft: c.draft,
        keywords: keywords(c.keywords.iter().map(String::as_str)),
        body,
        body_line: ctx.body_line,
        details: details?,
        translations: Vec::new(),
        translated: None,
    })
}

// ---- per-kind conversion -------------------------------------------------------------

fn contact(
    phone: Option<Spanned<String>>,
    email: Option<Spanned<String>>,
    website: Option<Spanned<String>>,
    ctx: &mut Ctx,
) -> Contact {
    let phone = phone.and_then(|p| {
        let ok = p.value.chars().filter(char::is_ascii_digit).count() >= 3
            && p.value
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        if !ok {
            ctx.error(
                ctx.pos(&p),
                t!("bad-phone", phone = &p.value),
                t!("bad-phone-help"),
            );
        }
        ok.then(|| p.value.trim().to_owned())
    });
    let email = email.and_then(|e| {
        let v = e.value.trim();
        let ok = v.split_once('@').is_some_and(|(a, b)| {
            !a.is_empty() && b.contains('.') && !v.contains(char::is_whitespace)
        });
        if !ok {
            ctx.error(
                ctx.pos(&e),
                t!("bad-email", email = &e.value),
                t!("bad-email-help"),
            );
        }
        ok.then(|| v.to_owned())
    });
    let website = website.and_then(|w| checked_url(&w, ctx));
    Contact {
        phone,
        email,
        website,
    }
}

fn checked_url(w: &Spanned<String>, ctx: &mut Ctx) -> Option<String> {
    let v = w.value.trim();
    let ok = (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() > 10
        && !v.contains(char::is_whitespace);
    if !ok {
        ctx.error(
            ctx.pos(w),
            t!("bad-website", url = &w.value),
            t!("bad-website-help"),
        );
    }
    ok.then(|| v.to_owned())
}

/// A Dutch postcode as it is written on an envelope, `5431 AB`, from `5431ab` or
/// `5431 AB`; `None` for what is not one.
pub fn dutch_postcode(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    // ASCII first: slicing "123é4" at byte 4 would cut the é in two.
    let valid = compact.is_ascii()
        && compact.len() == 6
        && compact[..4].bytes().all(|b| b.is_ascii_digit())
        && !compact.starts_with('0')
        && compact[4..].bytes().all(|b| b.is_ascii_alphabetic());
    valid.then(|| format!("{} {}", &compact[..4], compact[4..].to_uppercase()))
}

fn address(raw: RawAddress, ctx: &mut Ctx) -> Address {
    let pc = raw.postcode.value.trim();
    let postcode = if let Some(postcode) = dutch_postcode(pc) {
        postcode
    } else {
        ctx.error(
            ctx.pos(&raw.postcode),
            t!("bad-postcode", postcode = pc),
            t!("bad-postcode-help"),
        );
        pc.to_owned()
    };
    Address {
        street: raw.street.trim().to_owned(),
        postcode,
        city: raw.city.trim().to_owned(),
    }
}

fn accessibility(raw: RawAccessibility) -> Accessibility {
    Accessibility {
        wheelchair: raw.wheelchair.map(|y| y.0),
        hearing_loop: raw.hearing_loop.map(|y| y.0),
        accessible_toilet: raw.accessible_toilet.map(|y| y.0),
        disabled_parking: raw.disabled_parking.map(|y| y.0),
        notes: raw.notes,
    }
}

fn cost(raw: Spanned<NumberOrText>, ctx: &mut Ctx) -> Option<Cost> {
    match raw.value {
        NumberOrText::Number(0.0) => Some(Cost::Free),
        NumberOrText::Number(n) if n > 0.0 && n < 100_000.0 => Some(Cost::Amount(n)),
        NumberOrText::Number(n) => {
            ctx.error(
                ctx.pos(&raw),
                t!("bad-amount", amount = n.to_string()),
                t!("bad-amount-help"),
            );
            None
        }
        NumberOrText::Text(t) => {
            let lower = t.trim().to_lowercase();
            if ["gratis", "free", "0", "kosteloos"].contains(&lower.as_str()) {
                Some(Cost::Free)
            } else if let Some(n) = parse_euros(&lower) {
                Some(if n == 0.0 {
                    Cost::Free
                } else {
                    Cost::Amount(n)
                })
            } else {
                Some(Cost::Text(t.trim().to_owned()))
            }
        }
    }
}

/// "€ 2,50", "2,50" or "€2.50" -> 2.5
fn parse_euros(text: &str) -> Option<f64> {
    let t = text.trim_start_matches('€').trim().replace(',', ".");
    t.parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0)
}

fn schedules(raw: Vec<Spanned<RawSchedule>>, ctx: &mut Ctx) -> Vec<Schedule> {
    raw.into_iter()
        .filter_map(|s| {
            let pos = ctx.pos(&s);
            s.value.check(pos, ctx)
        })
        .collect()
}

fn registration(raw: Option<raw::RawRegistration>, ctx: &mut Ctx) -> Option<Registration> {
    raw.map(|r| Registration {
        required: r.required.0,
        how: r.how,
        contact: contact(r.phone, r.email, r.website, ctx),
    })
}

pub fn area(r: raw::RawArea, ctx: &mut Ctx) -> Option<Details> {
    let kind = match r.kind.value.trim() {
        "wijk" => Some(AreaKind::Wijk),
        "kern" => Some(AreaKind::Kern),
        other => {
            ctx.error(
                ctx.pos(&r.kind),
                t!("bad-area-kind", kind = other),
                t!("bad-area-kind-help"),
            );
            None
        }
    };
    let mut postcodes = Vec::new();
    if let Some(field) = &r.postcodes {
        for pc in raw::items(field) {
            let v = pc.value.trim();
            if v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()) && !v.starts_with('0') {
                postcodes.push(v.to_owned());
            } else {
                ctx.error(
                    ctx.pos(&pc),
                    t!("bad-area-postcode", postcode = v),
                    t!("bad-area-postcode-help"),
                );
            }
        }
    }
    Some(Details::Area {
        kind: kind?,
        parent: r.parent.as_ref().map(|p| Ref::new(p, ctx)),
        postcodes,
        boundary: None,
    })
}

pub fn organisation(r: raw::RawOrganisation, ctx: &mut Ctx) -> Option<Details> {
    Some(Details::Organisation {
        contact: contact(r.phone, r.email, r.website, ctx),
        address: r.address.map(|a| address(a, ctx)),
    })
}

pub fn place(r: raw::RawPlace, ctx: &mut Ctx) -> Option<Details> {
    if let Some(g) = &r.geo {
        if !(-90.0..=90.0).contains(&g.lat) || !(-180.0..=180.0).contains(&g.lon) {
            ctx.error(Pos::UNKNOWN, t!("bad-geo"), t!("bad-geo-help"));
        }
    }
    Some(Details::Place {
        address: address(r.address, ctx),
        geo: r.geo.map(|g| (g.lat, g.lon)),
        opening_hours: schedules(r.opening_hours, ctx),
        accessibility: r.accessibility.map(accessibility),
        facilities: r.facilities,
        organisation: r.organisation.as_ref().map(|o| Ref::new(o, ctx)),
        contact: contact(r.phone, r.email, r.website, ctx),
    })
}

pub fn activity(r: raw::RawActivity, ctx: &mut Ctx) -> Option<Details> {
    Some(Details::Activity(Offer {
        place: r.place.as_ref().map(|p| Ref::new(p, ctx)),
        address: r.address.map(|a| address(a, ctx)),
        schedule: schedules(r.schedule, ctx),
        cost: r.cost.and_then(|c| cost(c, ctx)),
        organiser: r.organiser.as_ref().map(|o| Ref::new(o, ctx)),
        contact: r.contact.as_ref().map(|c| Ref::new(c, ctx)),
        contact_info: contact(r.phone, r.email, r.website, ctx),
        registration: registration(r.registration, ctx),
        accessibility: r.accessibility.map(accessibility),
        how_to_reach: None,
        languages: languages(r.languages, ctx),
    }))
}

pub fn service(r: raw::RawService, ctx: &mut Ctx) -> Option<Details> {
    Some(Details::Service(Offer {
        place: r.place.as_ref().map(|p| Ref::new(p, ctx)),
        address: r.address.map(|a| address(a, ctx)),
        schedule: schedules(r.schedule, ctx),
        cost: r.cost.and_then(|c| cost(c, ctx)),
        organiser: r.organiser.as_ref().map(|o| Ref::new(o, ctx)),
        contact: r.contact.as_ref().map(|c| Ref::new(c, ctx)),
        contact_info: contact(r.phone, r.email, r.website, ctx),
        registration: registration(r.registration, ctx),
        accessibility: r.accessibility.map(accessibility),
        how_to_reach: r.how_to_reach,
        languages: languages(r.languages, ctx),
    }))
}

pub fn person(r: raw::RawPerson, ctx: &mut Ctx) -> Option<Details> {
    Some(Details::Person {
        role: r.role.value.trim().to_owned(),
        organisation: r.organisation.as_ref().map(|o| Ref::new(o, ctx)),
        contact: contact(r.phone, r.email, None, ctx),
        office_hours: schedules(r.office_hours, ctx),
        languages: languages(r.languages, ctx),
    })
}

/// The languages of `languages`, each written as a name or a code; an unknown one is an
/// error that names the closest and says how to write one.
fn languages(field: Option<Spanned<raw::OneOrMany>>, ctx: &mut Ctx) -> Vec<&'static Spoken> {
    let mut found: Vec<&'static Spoken> = Vec::new();
    for item in field.as_ref().map(raw::items).unwrap_or_default() {
        match spoken::find(&item.value) {
            Some(language) if !found.contains(&language) => found.push(language),
            Some(_) => {}
            None => {
                let (message, help) = spoken::unknown(&item.value);
                ctx.error(ctx.pos(&item), message, help);
            }
        }
    }
    found
}

pub fn volunteering(r: raw::RawVolunteering, ctx: &mut Ctx) -> Option<Details> {
    let hours_per_week = r.hours_per_week.map(|h| match h.value {
        NumberOrText::Number(n) => format_number(n),
        NumberOrText::Text(t) => t,
    });
    Some(Details::Volunteering {
        organisation: Ref::new(&r.organisation, ctx),
        hours_per_week,
        when: r.when,
        requirements: r.requirements,
        contact: r.contact.as_ref().map(|c| Ref::new(c, ctx)),
        contact_info: contact(r.phone, r.email, r.website, ctx),
        how_to_respond: r.how_to_respond,
        place: r.place.as_ref().map(|p| Ref::new(p, ctx)),
    })
}

pub fn page(r: raw::RawPage, _ctx: &mut Ctx) -> Option<Details> {
    Some(Details::Page { footer: r.footer.0 })
}

/// 2.0 -> "2", 2.5 -> "2.5"
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_postcode_as_on_an_envelope_and_refuses_what_is_not_one() {
        assert_eq!(dutch_postcode("5431ab").as_deref(), Some("5431 AB"));
        assert_eq!(dutch_postcode(" 5431 AB ").as_deref(), Some("5431 AB"));
        assert_eq!(dutch_postcode("0431 AB"), None);
        assert_eq!(dutch_postcode("AB 5431"), None);
        // Six bytes with the fifth inside a letter: refused, not cut in two.
        assert_eq!(dutch_postcode("123é4"), None);
    }

    #[test]
    fn slugs_fold_dutch_titles() {
        assert_eq!(
            slugify("Koffie & Praat in 't Anker"),
            "koffie-praat-in-t-anker"
        );
        assert_eq!(slugify("Café Één"), "cafe-een");
        assert_eq!(slugify("  --Taalcafé!  "), "taalcafe");
    }

    #[test]
    fn ids_are_safe_for_paths_and_urls() {
        assert!(is_safe_id("koffie-ochtend-2"));
        for bad in ["", "../x", "a/b", "Koffie", "-a", "a-", "a b", "a\0b", "c:"] {
            assert!(!is_safe_id(bad), "{bad:?}");
        }
    }
}
