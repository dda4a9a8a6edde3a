//! iCalendar files (RFC 5545): "zet in je agenda" for one activity, and feeds that a
//! resident subscribes to for an area or for the whole site.
//!
//! A repeating schedule is one event with an `RRULE`, its skipped dates and the site's
//! closed days as `EXDATE`s, and its times in Europe/Amsterdam with that zone's
//! `VTIMEZONE`, so a calendar program shows 10:00 in summer and in winter. Single dates
//! are one event each: not every calendar program reads `RDATE`.
//!
//! The format is written here rather than with a crate: the ones at hand fold continued
//! lines at 76 octets (RFC 5545 allows 75) and cannot write a `VTIMEZONE`. What is
//! needed is small: content lines folded on character boundaries and escaped text. The
//! tests read every file back with an independent parser (the `icalendar` crate's) and
//! expand its rules with another (the `rrule` crate).

use jiff::civil::{Date, Time};

use crate::agenda::{self, Closed, ZONE};
use crate::content::model::{Details, Offer};
use crate::content::schedule::{Rule, Schedule};
use crate::content::{Entry, Kind};
use crate::output::File;
use crate::plan;
use crate::view::Views;

/// Europe/Amsterdam's rules since 1996: summer time from the last Sunday of March,
/// 02:00, to the last Sunday of October, 03:00. A test checks them against the time
/// zone database for every year the agenda can show.
const VTIMEZONE: &str = "BEGIN:VTIMEZONE\r\n\
TZID:Europe/Amsterdam\r\n\
BEGIN:DAYLIGHT\r\n\
TZOFFSETFROM:+0100\r\n\
TZOFFSETTO:+0200\r\n\
TZNAME:CEST\r\n\
DTSTART:19960331T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n\
END:DAYLIGHT\r\n\
BEGIN:STANDARD\r\n\
TZOFFSETFROM:+0200\r\n\
TZOFFSETTO:+0100\r\n\
TZNAME:CET\r\n\
DTSTART:19961027T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n\
END:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The longest content line, in octets, not counting the line break.
const LINE: usize = 75;

/// One calendar file being written.
pub(crate) struct Calendar {
    text: String,
}

impl Calendar {
    /// A calendar named `name` (what a calendar program lists it as), found at `url`.
    pub(crate) fn new(name: &str, description: &str, url: &str, lang: &str) -> Calendar {
        let mut c = Calendar {
            text: String::with_capacity(4096),
        };
        c.line("BEGIN:VCALENDAR");
        c.line("VERSION:2.0");
        c.line(&format!(
            "PRODID:-//buurtgids//buurtgids {}//{}",
            env!("CARGO_PKG_VERSION"),
            lang.to_uppercase()
        ));
        c.line("CALSCALE:GREGORIAN");
        c.line("METHOD:PUBLISH");
        c.prop("NAME", &text(name));
        c.prop("X-WR-CALNAME", &text(name));
        if !description.is_empty() {
            c.prop("DESCRIPTION", &text(description));
            c.prop("X-WR-CALDESC", &text(description));
        }
        c.prop("X-WR-TIMEZONE", ZONE);
        c.prop("URL", url);
        // The agenda moves with the calendar: ask subscribers to look once a day.
        c.prop("REFRESH-INTERVAL;VALUE=DURATION", "P1D");
        c.prop("X-PUBLISHED-TTL", "P1D");
        c.text.push_str(VTIMEZONE);
        c
    }

    /// Adds events made by [`events`].
    pub(crate) fn push(&mut self, events: &str) {
        self.text.push_str(events);
    }

    pub(crate) fn finish(mut self) -> String {
        self.line("END:VCALENDAR");
        self.text
    }

    fn prop(&mut self, name: &str, value: &str) {
        fold(&mut self.text, &format!("{name}:{value}"));
    }

    fn line(&mut self, line: &str) {
        fold(&mut self.text, line);
    }
}

/// Writes `line` as content lines of at most 75 octets: a longer line continues on the
/// next after a space, and is never cut inside a character.
pub(crate) fn fold(out: &mut String, line: &str) {
    let mut rest = line;
    let mut room = LINE;
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        // The space that continues a line counts.
        room = LINE - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// A TEXT value: backslash, semicolon, comma and line breaks escaped; other control
/// characters, which no property may hold, left out.
pub(crate) fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Every calendar file of the site: one per activity with a date to come, one feed per
/// area, one for the whole site.
pub(crate) fn files(views: &Views) -> Vec<File> {
    use rayon::prelude::*;
    let entries = views.entries;
    let events: Vec<(usize, String)> = (0..entries.len())
        .into_par_iter()
        .filter(|&i| views.has_events(i))
        .map(|i| (i, events(views, i, &views.closed)))
        .filter(|(_, text)| !text.is_empty())
        .collect();
    let lang = &views.config.language;
    let mut files: Vec<File> = events
        .par_iter()
        .filter(|(i, _)| views.calendar_url(*i).is_some())
        .map(|(i, text)| {
            let e = &entries[*i];
            let url = views.urls.absolute(&plan::entry_path(e));
            let mut c = Calendar::new(&e.title, &e.summary, &url, lang);
            c.push(text);
            File::new(plan::entry_calendar_path(e), c.finish(), false)
        })
        .collect();
    let site = &views.config.title;
    let feed = |name: &str, page: &str, path: String, area: Option<&str>| {
        let mut c = Calendar::new(name, "", &views.urls.absolute(page), lang);
        for (i, text) in &events {
            if area.is_none_or(|a| entries[*i].is_for_area(a)) {
                c.push(text);
            }
        }
        File::new(path, c.finish(), true)
    };
    let agenda = views.t("agenda");
    files.push(feed(
        &format!("{agenda} {site}"),
        plan::AGENDA,
        plan::SITE_FEED.to_owned(),
        None,
    ));
    let areas = views.of_kind(Kind::Area, None);
    files.par_extend(areas.par_iter().map(|&a| {
        let area = &entries[a];
        feed(
            &format!("{agenda} {}, {site}", area.title),
            &plan::area_agenda_path(area),
            plan::area_feed_path(area),
            Some(&area.id),
        )
    }));
    files
}

fn offer(e: &Entry) -> Option<&Offer> {
    match &e.details {
        Details::Activity(o) | Details::Service(o) => Some(o),
        _ => None,
    }
}

/// The events of one entry, as `VEVENT` components: one per repeating schedule, one per
/// date of a list of dates. Empty for an entry without a schedule.
pub(crate) fn events(views: &Views, i: usize, closed: &[Closed]) -> String {
    let e = &views.entries[i];
    let Some(o) = offer(e) else {
        return String::new();
    };
    let url = views.urls.absolute(&plan::entry_path(e));
    let host = views.urls.host();
    let stamp = format!("{}T000000Z", basic_date(views.today));
    // A schedule without a start of its own is written from the day the entry was last
    // checked, or else from the day of the build.
    let start = [e.valid_from, e.reviewed.filter(|r| *r <= views.today)]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(views.today);
    let mut out = String::new();
    for (n, s) in o.schedule.iter().enumerate() {
        let lower = s.from.map_or(start, |f| f.max(e.valid_from.unwrap_or(f)));
        let upper = match (s.last_date(), e.valid_until) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let base = Event {
            views,
            entry: e,
            offer: o,
            schedule: s,
            url: &url,
            stamp: &stamp,
        };
        let uid = format!("{}-{}-{}", e.kind.name(), e.id, n + 1);
        match &s.rule {
            Rule::Dates(_) => {
                let from = e.valid_from.unwrap_or(Date::MIN);
                for date in agenda::dates(s, from, upper.unwrap_or(Date::MAX), closed) {
                    let uid = format!("{uid}-{}@{host}", basic_date(date));
                    base.write(&mut out, &uid, date, None, &[]);
                }
            }
            _ => {
                let Some(first) = first_of_rule(s, lower, upper) else {
                    continue;
                };
                let mut bounded = s.clone();
                bounded.until = upper;
                let Some(rule) = agenda::rrule(&bounded) else {
                    continue;
                };
                let skipped: Vec<Date> = agenda::exdates(&bounded, first, closed);
                base.write(
                    &mut out,
                    &format!("{uid}@{host}"),
                    first,
                    Some(&rule),
                    &skipped,
                );
            }
        }
    }
    out
}

/// The first date on or after `lower` (and not after `upper`) that a repeating rule falls
/// on within its season, skipped or not: the `DTSTART` of its series.
fn first_of_rule(s: &Schedule, lower: Date, upper: Option<Date>) -> Option<Date> {
    let lower = s.from.map_or(lower, |f| f.max(lower));
    std::iter::successors(Some(lower), |d| d.tomorrow().ok())
        .take(550)
        .take_while(|d| upper.is_none_or(|u| *d <= u))
        .find(|&d| s.matches_rule(d) && s.in_season(d))
}

/// What one `VEVENT` needs besides its dates.
struct Event<'v, 'a> {
    views: &'v Views<'a>,
    entry: &'a Entry,
    offer: &'a Offer,
    schedule: &'a Schedule,
    url: &'v str,
    stamp: &'v str,
}

impl Event<'_, '_> {
    fn write(
        &self,
        out: &mut String,
        uid: &str,
        first: Date,
        rule: Option<&str>,
        skipped: &[Date],
    ) {
        let (e, o, s, views) = (self.entry, self.offer, self.schedule, self.views);
        let mut prop = |name: &str, value: &str| fold(out, &format!("{name}:{value}"));
        prop("BEGIN", "VEVENT");
        prop("UID", uid);
        prop("DTSTAMP", self.stamp);
        match s.time {
            Some(t) => {
                let zoned = format!("TZID={ZONE}");
                prop(&format!("DTSTART;{zoned}"), &local(first, t.start));
                if let Some(end) = t.end {
                    let day = if end > t.start {
                        Some(first)
                    } else {
                        first.tomorrow().ok()
                    };
                    if let Some(day) = day {
                        prop(&format!("DTEND;{zoned}"), &local(day, end));
                    }
                }
                if let Some(rule) = rule {
                    prop("RRULE", rule);
                }
                if !skipped.is_empty() {
                    let list: Vec<String> = skipped.iter().map(|d| local(*d, t.start)).collect();
                    prop(&format!("EXDATE;{zoned}"), &list.join(","));
                }
            }
            None => {
                prop("DTSTART;VALUE=DATE", &basic_date(first));
                if let Ok(next) = first.tomorrow() {
                    prop("DTEND;VALUE=DATE", &basic_date(next));
                }
                if let Some(rule) = rule {
                    prop("RRULE", rule);
                }
                if !skipped.is_empty() {
                    let list: Vec<String> = skipped.iter().map(|d| basic_date(*d)).collect();
                    prop("EXDATE;VALUE=DATE", &list.join(","));
                }
            }
        }
        prop("SUMMARY", &text(&e.title));
        let mut description = e.summary.trim().to_owned();
        if let Some(note) = &s.note {
            description.push_str("\n\n");
            description.push_str(note.trim());
        }
        if let Some(cost) = views.cost(&o.cost) {
            description.push_str(&format!("\n\n{}: {}", views.t("cost"), cost.text));
        }
        description.push_str(&format!("\n\n{}", self.url));
        prop("DESCRIPTION", &text(description.trim_start()));
        let place = s.place.as_ref().or(o.place.as_ref());
        let place = place
            .and_then(|p| views.get(Kind::Place, &p.id))
            .map(|(_, p)| p);
        let mut location = Vec::new();
        let mut geo = None;
        if let Some(p) = place {
            location.push(p.title.clone());
            if let Details::Place {
                address, geo: g, ..
            } = &p.details
            {
                location.push(format!(
                    "{}, {} {}",
                    address.street, address.postcode, address.city
                ));
                geo = *g;
            }
        } else if let Some(a) = &o.address {
            location.push(format!("{}, {} {}", a.street, a.postcode, a.city));
        }
        if !location.is_empty() {
            prop("LOCATION", &text(&location.join(", ")));
        }
        if let Some((lat, lon)) = geo {
            prop("GEO", &format!("{lat};{lon}"));
        }
        prop("URL", self.url);
        prop("TRANSP", "OPAQUE");
        prop("END", "VEVENT");
    }
}

/// `20261201`
fn basic_date(d: Date) -> String {
    d.strftime("%Y%m%d").to_string()
}

/// `20261201T100000`, a local time in Europe/Amsterdam.
fn local(d: Date, t: Time) -> String {
    format!("{}T{}", basic_date(d), t.strftime("%H%M%S"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_and_never_inside_a_character() {
        let line = format!("DESCRIPTION:{}", "Koffie € thee, ".repeat(20));
        let mut out = String::new();
        fold(&mut out, &line);
        let lines: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(lines.len() > 3);
        for (n, l) in lines.iter().enumerate() {
            assert!(l.len() <= 75, "line {n} has {} octets", l.len());
            assert_eq!(n > 0, l.starts_with(' '));
        }
        // Unfolding gives the line back.
        assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }

    #[test]
    fn a_line_of_exactly_75_octets_is_not_folded() {
        let line = "X".repeat(75);
        let mut out = String::new();
        fold(&mut out, &line);
        assert_eq!(out, format!("{line}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            text("Koffie, thee; en \\ meer\r\nWelkom\u{7}"),
            "Koffie\\, thee\\; en \\\\ meer\\nWelkom"
        );
    }

    #[test]
    fn the_time_zone_rules_match_the_time_zone_database() {
        // The last Sunday of March at 01:00 UTC and of October at 01:00 UTC, every year
        // the agenda can reach.
        let zone = agenda::zone();
        for year in 1996..2100 {
            let last_sunday = |month: i8| {
                let mut d = jiff::civil::date(year, month, 31);
                while d.weekday() != jiff::civil::Weekday::Sunday {
                    d = d.yesterday().unwrap();
                }
                d
            };
            for (month, before, after) in [(3, 3600, 7200), (10, 7200, 3600)] {
                let at = last_sunday(month)
                    .to_datetime(Time::constant(1, 0, 0, 0))
                    .to_zoned(jiff::tz::TimeZone::UTC)
                    .unwrap()
                    .timestamp();
                let offset = |t: jiff::Timestamp| zone.to_offset(t).seconds();
                let second = jiff::SignedDuration::from_secs(1);
                assert_eq!(offset(at - second), before, "{year}-{month}");
                assert_eq!(offset(at), after, "{year}-{month}");
            }
        }
    }
}
