//! schema.org JSON-LD for entry pages, so search engines and other systems read what a
//! page is about: an activity as `Event`s (its schedule, and its next dates as events of
//! their own, since search engines show dated events), a place as `Place`, a service as
//! `Service`, a person as `Person`, a volunteer opening as `JobPosting`, an organisation
//! as `Organization`, an area as `AdministrativeArea`.
//!
//! The JSON goes inside a `<script>` element, where HTML escaping does not apply; it must
//! never let content end the element. [`script_safe`] writes `<`, `>` and `&` (and the
//! JavaScript line separators) as `\u` escapes, so no text can close the element.

use jiff::civil::{Date, Weekday};
use serde_json::{Map, Value, json};

use crate::content::model::{Details, Entry, Kind, Offer};
use crate::content::schedule::{Nth, Rule, Schedule};
use crate::view::{AddressView, EntryView, Views};

/// How many coming dates of an activity become events of their own.
const DATED_EVENTS: usize = 5;

/// The JSON-LD of an entry's page, ready to be put inside `<script type="application/ld+json">`.
pub(crate) fn entry(views: &Views, i: usize, v: &EntryView) -> String {
    let e = &views.entries[i];
    let full = |url: &str| views.urls.full(url);
    let mut thing = Map::new();
    thing.insert("@context".into(), json!("https://schema.org"));
    thing.insert("@type".into(), json!(type_of(e.kind)));
    let name_key = if e.kind == Kind::Volunteering {
        "title"
    } else {
        "name"
    };
    thing.insert(name_key.into(), json!(v.title));
    thing.insert("description".into(), json!(v.summary));
    thing.insert("url".into(), json!(full(&v.url)));
    // On a site in several languages, the language of a page's words (the main one's
    // when it is not translated yet). An event's `inLanguage` is the languages it is
    // held in (`languages`), below.
    if views.languages.len() > 1 && e.kind == Kind::Page {
        let words = match &e.translated {
            Some(_) => &views.config.language,
            None => &views.languages[0].code,
        };
        thing.insert("inLanguage".into(), json!(words));
    }
    // schema.org has `keywords` (a comma-separated text) on events, organisations,
    // places and pages, not on a person, a service or a job posting.
    let has_keywords = !matches!(e.kind, Kind::Person | Kind::Service | Kind::Volunteering);
    if has_keywords && !e.keywords.is_empty() {
        thing.insert("keywords".into(), json!(e.keywords.join(", ")));
    }
    if let Some(image) = &v.image {
        thing.insert("image".into(), json!(full(&image.url)));
    }
    let areas: Vec<Value> = v
        .areas
        .iter()
        .map(|a| json!({"@type": "AdministrativeArea", "name": a.name}))
        .collect();
    let organiser = v.organiser.as_ref().map(|o| {
        let mut org = json!({"@type": "Organization", "name": o.name});
        if !o.url.is_empty() {
            org["url"] = json!(full(&o.url));
        }
        org
    });
    let location = location(views, e, v);
    // The languages as BCP 47 codes, as schema.org asks for `inLanguage` and its kin.
    let languages = list(e.languages().iter().map(|l| json!(l.code)).collect());
    put(
        &mut thing,
        "telephone",
        v.contact.phone.as_ref().map(|p| json!(p)),
    );
    put(
        &mut thing,
        "email",
        v.contact.email.as_ref().map(|m| json!(m)),
    );
    match &e.details {
        Details::Activity(offer) => {
            put(&mut thing, "location", location.clone());
            put(&mut thing, "organizer", organiser);
            put(&mut thing, "inLanguage", languages);
            free(&mut thing, v);
            thing.insert(
                "eventAttendanceMode".into(),
                json!("https://schema.org/OfflineEventAttendanceMode"),
            );
            thing.insert(
                "eventStatus".into(),
                json!("https://schema.org/EventScheduled"),
            );
            let schedules: Vec<Value> = offer.schedule.iter().filter_map(schedule).collect();
            put(&mut thing, "eventSchedule", list(schedules));
            // The first coming date goes on the activity itself, the next ones become
            // events of their own. An event needs a start, so an activity with no date
            // to come is described without any.
            let mut dated = dated_events(views, e, offer, &thing).into_iter();
            let Some(Value::Object(first)) = dated
                .next()
                .or_else(|| later_event(views, e, offer, &thing))
            else {
                return script_safe(&Value::Object(undated(thing)));
            };
            for key in ["startDate", "endDate"] {
                put(&mut thing, key, first.get(key).cloned());
            }
            let rest: Vec<Value> = dated.collect();
            if !rest.is_empty() {
                thing.remove("@context");
                let mut graph = vec![Value::Object(thing)];
                graph.extend(rest);
                return script_safe(&json!({"@context": "https://schema.org", "@graph": graph}));
            }
        }
        Details::Service(_) => {
            put(&mut thing, "provider", organiser);
            put(&mut thing, "areaServed", list(areas));
            let channel = (location.is_some() || languages.is_some()).then(|| {
                let mut channel = json!({"@type": "ServiceChannel"});
                if let Some(l) = location {
                    channel["serviceLocation"] = l;
                }
                if let Some(l) = languages {
                    channel["availableLanguage"] = l;
                }
                channel
            });
            put(&mut thing, "availableChannel", channel);
            put(
                &mut thing,
                "hoursAvailable",
                list(opening_hours(e.schedules())),
            );
            free(&mut thing, v);
        }
        Details::Place { geo, .. } => {
            put(&mut thing, "address", v.address.as_ref().map(postal));
            if let Some((lat, lon)) = geo {
                thing.insert(
                    "geo".into(),
                    json!({"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}),
                );
            }
            put(
                &mut thing,
                "openingHoursSpecification",
                list(opening_hours(e.schedules())),
            );
            put(&mut thing, "containedInPlace", areas.into_iter().next());
        }
        Details::Person { .. } => {
            put(&mut thing, "jobTitle", v.role.as_ref().map(|r| json!(r)));
            put(&mut thing, "knowsLanguage", languages);
            put(&mut thing, "worksFor", organiser);
            let mut point =
                json!({"@type": "ContactPoint", "contactType": v.role.clone().unwrap_or_default()});
            if let Some(p) = &v.contact.phone {
                point["telephone"] = json!(p);
            }
            if let Some(m) = &v.contact.email {
                point["email"] = json!(m);
            }
            if let Some(hours) = list(opening_hours(e.schedules())) {
                point["hoursAvailable"] = hours;
            }
            if !areas.is_empty() {
                point["areaServed"] = json!(areas);
            }
            thing.insert("contactPoint".into(), point);
        }
        Details::Volunteering { .. } => {
            thing.insert("employmentType".into(), json!("VOLUNTEER"));
            let posted = e.reviewed.or(e.valid_from).unwrap_or(views.today);
            thing.insert("datePosted".into(), json!(posted.to_string()));
            put(
                &mut thing,
                "validThrough",
                e.valid_until.map(|d| json!(d.to_string())),
            );
            put(&mut thing, "hiringOrganization", organiser);
            let place = location.or_else(|| {
                areas
                    .first()
                    .map(|a| json!({"@type": "Place", "name": a["name"]}))
            });
            put(&mut thing, "jobLocation", place);
        }
        Details::Organisation { .. } => {
            put(&mut thing, "address", v.address.as_ref().map(postal));
            put(
                &mut thing,
                "sameAs",
                v.contact.website.as_ref().map(|w| json!(w)),
            );
        }
        Details::Area { .. } => {
            put(
                &mut thing,
                "containedInPlace",
                v.parent.as_ref().map(
                    |p| json!({"@type": "AdministrativeArea", "name": p.name, "url": full(&p.url)}),
                ),
            );
        }
        Details::Page { .. } => {}
    }
    script_safe(&Value::Object(thing))
}

fn type_of(kind: Kind) -> Value {
    match kind {
        Kind::Activity => json!("Event"),
        Kind::Service => json!("Service"),
        Kind::Place => json!(["Place", "CivicStructure"]),
        Kind::Person => json!("Person"),
        Kind::Volunteering => json!("JobPosting"),
        Kind::Organisation => json!("Organization"),
        Kind::Area => json!("AdministrativeArea"),
        Kind::Page => json!("WebPage"),
    }
}

/// Sets `key` when there is a value.
fn put(thing: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        thing.insert(key.into(), value);
    }
}

/// A list, or nothing when it is empty.
fn list(values: Vec<Value>) -> Option<Value> {
    (!values.is_empty()).then_some(Value::Array(values))
}

fn free(thing: &mut Map<String, Value>, v: &EntryView) {
    if let Some(cost) = &v.cost {
        thing.insert("isAccessibleForFree".into(), json!(cost.free));
    }
}

fn postal(a: &AddressView) -> Value {
    json!({
        "@type": "PostalAddress",
        "streetAddress": a.street,
        "postalCode": a.postcode,
        "addressLocality": a.city,
        "addressCountry": "NL",
    })
}

/// Where an entry takes place: its place with that place's address, or its own address.
fn location(views: &Views, e: &Entry, v: &EntryView) -> Option<Value> {
    let address = v.address.as_ref()?;
    let mut place = json!({"@type": "Place", "address": postal(address)});
    match &v.place {
        Some(p) => {
            place["name"] = json!(p.name);
            if !p.url.is_empty() {
                place["url"] = json!(views.urls.full(&p.url));
            }
        }
        None => {
            place["name"] = json!(if e.kind == Kind::Place {
                &v.title
            } else {
                &address.street
            })
        }
    }
    Some(place)
}

fn day_url(day: Weekday) -> String {
    let name = match day {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    };
    format!("https://schema.org/{name}")
}

fn time(t: jiff::civil::Time) -> String {
    t.strftime("%H:%M").to_string()
}

/// A repeating schedule as a schema.org `Schedule` (single dates become dated events).
fn schedule(s: &Schedule) -> Option<Value> {
    let mut out = json!({"@type": "Schedule", "scheduleTimezone": "Europe/Amsterdam"});
    match &s.rule {
        Rule::Weekly { days, every } => {
            out["repeatFrequency"] = json!(format!("P{every}W"));
            out["byDay"] = json!(days.iter().map(|d| day_url(*d)).collect::<Vec<_>>());
        }
        Rule::Monthly { days } => {
            out["repeatFrequency"] = json!("P1M");
            out["byDay"] = json!(days.iter().map(|(_, d)| day_url(*d)).collect::<Vec<_>>());
            let weeks: Vec<i32> = days
                .iter()
                .map(|(nth, _)| match nth {
                    Nth::First => 1,
                    Nth::Second => 2,
                    Nth::Third => 3,
                    Nth::Fourth => 4,
                    Nth::Last => -1,
                })
                .collect();
            out["byMonthWeek"] = json!(weeks);
        }
        Rule::Dates(_) => return None,
    }
    if let Some(t) = s.time {
        out["startTime"] = json!(time(t.start));
        if let Some(end) = t.end {
            out["endTime"] = json!(time(end));
        }
    }
    if let Some(from) = s.from {
        out["startDate"] = json!(from.to_string());
    }
    if let Some(until) = s.until {
        out["endDate"] = json!(until.to_string());
    }
    if !s.except.is_empty() {
        out["exceptDate"] = json!(s.except.iter().map(Date::to_string).collect::<Vec<_>>());
    }
    Some(out)
}

/// Weekly schedules as `OpeningHoursSpecification`s (other rhythms have no such form).
fn opening_hours(schedules: &[Schedule]) -> Vec<Value> {
    let mut out = Vec::new();
    for s in schedules {
        let (Rule::Weekly { days, every: 1 }, Some(t)) = (&s.rule, s.time) else {
            continue;
        };
        let mut spec = json!({
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days.iter().map(|d| day_url(*d)).collect::<Vec<_>>(),
            "opens": time(t.start),
        });
        if let Some(end) = t.end {
            spec["closes"] = json!(time(end));
        }
        if let Some(from) = s.from {
            spec["validFrom"] = json!(from.to_string());
        }
        if let Some(until) = s.until {
            spec["validThrough"] = json!(until.to_string());
        }
        out.push(spec);
    }
    out
}

/// The activity's next dates within the agenda's weeks, each as an `Event` with a
/// `startDate`, the way search engines list dated events.
fn dated_events(views: &Views, e: &Entry, offer: &Offer, thing: &Map<String, Value>) -> Vec<Value> {
    // The agenda's last day, as the agenda and search count it (site.toml's weeks).
    let until = views
        .today
        .checked_add(jiff::Span::new().days(views.config.agenda_days() - 1))
        .unwrap_or(views.today);
    let until = e.valid_until.map_or(until, |u| u.min(until));
    let from = e.valid_from.map_or(views.today, |f| f.max(views.today));
    let mut occurrences: Vec<_> = offer
        .schedule
        .iter()
        .flat_map(|s| crate::agenda::occurrences(s, from, until, &views.closed))
        .collect();
    occurrences.sort_by_key(|o| (o.date, o.start.as_ref().map(|z| z.timestamp())));
    occurrences
        .into_iter()
        .take(DATED_EVENTS)
        .map(|o| event(thing, o))
        .collect()
}

/// The first date of an activity after the agenda's weeks (a season that starts later),
/// as an `Event`; none when nothing is to come.
fn later_event(
    views: &Views,
    e: &Entry,
    offer: &Offer,
    thing: &Map<String, Value>,
) -> Option<Value> {
    let from = e.valid_from.map_or(views.today, |f| f.max(views.today));
    let first = offer
        .schedule
        .iter()
        .filter_map(|s| crate::agenda::first_date(s, from, &views.closed))
        .filter(|d| e.valid_until.is_none_or(|u| *d <= u))
        .min()?;
    offer
        .schedule
        .iter()
        .flat_map(|s| crate::agenda::occurrences(s, first, first, &views.closed))
        .min_by_key(|o| o.start.as_ref().map(|z| z.timestamp()))
        .map(|o| event(thing, o))
}

/// One occurrence of an activity as an `Event` of its own.
fn event(thing: &Map<String, Value>, o: crate::agenda::Occurrence) -> Value {
    let mut event = thing.clone();
    event.remove("eventSchedule");
    event.remove("@context");
    let start = o.start.map_or_else(
        || o.date.to_string(),
        |z| z.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
    );
    event.insert("startDate".into(), json!(start));
    if let Some(end) = o.end {
        event.insert(
            "endDate".into(),
            json!(end.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()),
        );
    }
    Value::Object(event)
}

/// An activity with no date to come, as a plain `Thing`: its name, text, address on the
/// site and picture, none of an event's properties.
fn undated(mut thing: Map<String, Value>) -> Map<String, Value> {
    thing.insert("@type".into(), json!("Thing"));
    thing
        .into_iter()
        .filter(|(key, _)| {
            matches!(
                key.as_str(),
                "@context" | "@type" | "name" | "description" | "url" | "image"
            )
        })
        .collect()
}

/// JSON that cannot end the `<script>` element it is in, nor start a comment or CDATA
/// there: `<`, `>`, `&`, U+2028 and U+2029 are written as `\u` escapes, which JSON
/// parsers read back as the same characters.
pub(crate) fn script_safe(value: &Value) -> String {
    let text = value.to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_cannot_close_the_script_element() {
        let text = "</script><script>alert(1)</script><!-- \u{2028} & ]]>";
        let safe = script_safe(&json!({ "name": text }));
        assert!(
            !safe.contains('<') && !safe.contains('>') && !safe.contains('&'),
            "{safe}"
        );
        let back: Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["name"], text);
    }
}
