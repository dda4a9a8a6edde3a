//! The calendar files, read back by independent parsers: the `icalendar` crate reads the
//! files, the `rrule` crate expands their rules, and the events over the agenda's weeks
//! must be exactly what the site's own agenda pages show, day by day.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use chrono::TimeZone as _;
use icalendar::parser::{Component, read_calendar, unfold};

/// One event instance as a resident sees it: the day, the start time (empty for a whole
/// day) and the title.
type Seen = (String, String, String);

/// Every content line is at most 75 octets and ends in CRLF.
fn check_lines(name: &str, text: &str) {
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{name}");
    for (n, line) in text.split_terminator("\r\n").enumerate() {
        assert!(line.len() <= 75, "{name}:{}: {} octets", n + 1, line.len());
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "{name}:{}",
            n + 1
        );
    }
}

fn prop<'a>(c: &'a Component, name: &str) -> Option<&'a icalendar::parser::Property<'a>> {
    c.properties.iter().find(|p| p.name == name)
}

/// A property line as written (name, parameters, value), for the `rrule` crate.
fn line(p: &icalendar::parser::Property) -> String {
    let mut out = p.name.as_str().to_owned();
    for param in &p.params {
        out.push(';');
        out.push_str(param.key.as_str());
        if let Some(v) = &param.val {
            out.push('=');
            out.push_str(v.as_str());
        }
    }
    format!("{out}:{}", p.val.as_str())
}

/// The instances of every event in a calendar file from `first` for `days` days.
fn instances(name: &str, text: &str, first: (i32, u32, u32), days: i64) -> Vec<Seen> {
    check_lines(name, text);
    let unfolded = unfold(text);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{name}: {e}"));
    let zones: Vec<&Component> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VTIMEZONE")
        .collect();
    assert_eq!(zones.len(), 1, "{name}: one VTIMEZONE");
    assert_eq!(
        prop(zones[0], "TZID").unwrap().val.as_str(),
        "Europe/Amsterdam"
    );
    let zone = rrule::Tz::Europe__Amsterdam;
    let start = zone
        .with_ymd_and_hms(first.0, first.1, first.2, 0, 0, 0)
        .unwrap();
    let end = start + chrono::Duration::days(days);
    let mut uids = BTreeSet::new();
    let mut seen = Vec::new();
    for event in calendar.components.iter().filter(|c| c.name == "VEVENT") {
        let uid = prop(event, "UID").expect("UID").val.as_str().to_owned();
        assert!(uids.insert(uid.clone()), "{name}: UID {uid} twice");
        assert!(
            prop(event, "DTSTAMP").is_some(),
            "{name}: {uid} has no DTSTAMP"
        );
        let title = prop(event, "SUMMARY")
            .unwrap()
            .val
            .clone()
            .unescape_text()
            .as_str()
            .to_owned();
        let dtstart = prop(event, "DTSTART").expect("DTSTART");
        let all_day = dtstart
            .params
            .iter()
            .any(|p| p.key == "VALUE" && p.val.as_ref().is_some_and(|v| v.as_str() == "DATE"));
        let mut rules: Vec<String> = ["DTSTART", "RRULE", "EXDATE"]
            .into_iter()
            .filter_map(|n| prop(event, n))
            .map(line)
            .collect();
        if prop(event, "RRULE").is_none() {
            // A single date: the event is its DTSTART.
            rules.push("RRULE:FREQ=DAILY;COUNT=1".to_owned());
        }
        let rules = rules.join("\n");
        let set: rrule::RRuleSet = rules
            .parse()
            .unwrap_or_else(|e| panic!("{name}: rrule cannot read\n{rules}\n{e}"));
        for at in set.after(start).before(end).all(u16::MAX).dates {
            let time = if all_day {
                String::new()
            } else {
                at.format("%H:%M").to_string()
            };
            seen.push((at.format("%Y-%m-%d").to_string(), time, title.clone()));
        }
    }
    seen.sort();
    seen
}

/// What an agenda page shows: per day, the start time and title of each item.
fn agenda_page(html: &str) -> Vec<Seen> {
    let mut seen = Vec::new();
    for day in html.split("data-date=").skip(1) {
        let date = day[..10].to_owned();
        for item in day.split("<li><span class=time dir=ltr>").skip(1) {
            let time = &item[..item.find("</span>").unwrap()];
            let start = time.split('–').next().unwrap().to_owned();
            let link = &item[item.find("<a ").unwrap()..];
            let title = &link[link.find('>').unwrap() + 1..link.find("</a>").unwrap()];
            seen.push((date.clone(), start, crate::util::unescape_html(title)));
        }
    }
    seen.sort();
    seen
}

fn read(out: &Path, rel: &str) -> String {
    std::fs::read_to_string(out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn the_calendar_feeds_hold_exactly_what_the_agenda_pages_show() {
    let (_dir, out) = crate::util::built_demo();
    let today = (2026, 11, 23);
    // The site's agenda and its feed.
    let page = agenda_page(&read(&out, "agenda/index.html"));
    assert!(page.len() > 150, "{} items on the agenda", page.len());
    let feed = instances("agenda.ics", &read(&out, "agenda/agenda.ics"), today, 56);
    assert_eq!(feed, page);
    // Christmas is closed on the site, and so in the calendar, except for the one date
    // an activity names: the Christmas dinner on 26 December.
    let at_christmas: Vec<_> = feed
        .iter()
        .filter(|(d, _, _)| d.as_str() >= "2026-12-24" && d.as_str() <= "2027-01-01")
        .collect();
    assert_eq!(
        at_christmas,
        [&(
            "2026-12-26".to_owned(),
            "16:00".to_owned(),
            "Kerstdiner voor alleenstaanden".to_owned()
        )]
    );
    // Every area's agenda and its feed.
    let mut areas = 0;
    for dir in std::fs::read_dir(out.join("agenda")).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let slug = dir.file_name().unwrap().to_str().unwrap().to_owned();
        let page = agenda_page(&read(&dir, "index.html"));
        let feed = instances(&slug, &read(&dir, &format!("{slug}.ics")), today, 56);
        assert_eq!(feed, page, "area {slug}");
        assert!(!page.is_empty(), "area {slug} has an empty agenda");
        areas += 1;
    }
    assert_eq!(areas, 7);
}

#[test]
fn each_activity_has_its_own_calendar_file_with_the_same_events_as_the_feed() {
    let (_dir, out) = crate::util::built_demo();
    let feed_text = unfold(&read(&out, "agenda/agenda.ics"));
    let feed = read_calendar(&feed_text).unwrap();
    let by_uid: BTreeMap<String, &Component> = feed
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .map(|c| (prop(c, "UID").unwrap().val.as_str().to_owned(), c))
        .collect();
    let mut files = 0;
    for dir in std::fs::read_dir(out.join("activiteiten")).unwrap() {
        let dir = dir.unwrap().path();
        let slug = dir.file_name().unwrap().to_str().unwrap().to_owned();
        let file = dir.join(format!("{slug}.ics"));
        let page = std::fs::read_to_string(dir.join("index.html")).unwrap_or_default();
        if !file.exists() {
            assert!(
                !page.contains(".ics"),
                "{slug} links a calendar file it does not have"
            );
            continue;
        }
        // The page offers it.
        assert!(
            page.contains(&format!("{slug}.ics")),
            "{slug}: no link to its calendar file"
        );
        let text = std::fs::read_to_string(&file).unwrap();
        check_lines(&slug, &text);
        let unfolded = unfold(&text);
        let calendar = read_calendar(&unfolded).unwrap();
        let events: Vec<&Component> = calendar
            .components
            .iter()
            .filter(|c| c.name == "VEVENT")
            .collect();
        assert!(!events.is_empty(), "{slug}");
        for event in events {
            let uid = prop(event, "UID").unwrap().val.as_str();
            assert!(uid.ends_with("@www.lindewaard.example.org"), "{uid}");
            let theirs = by_uid
                .get(uid)
                .unwrap_or_else(|| panic!("{uid} is not in the feed"));
            assert_eq!(
                event.properties.iter().map(line).collect::<Vec<_>>(),
                theirs.properties.iter().map(line).collect::<Vec<_>>()
            );
            let location = prop(event, "LOCATION").map(|p| p.val.clone().unescape_text());
            assert!(location.is_some(), "{uid} has a place");
        }
        files += 1;
    }
    assert!(files >= 25, "{files} activities with a calendar file");
}

#[test]
fn the_calendar_events_of_an_activity_follow_its_schedule() {
    // The koffieochtend is every Tuesday at 10:00-11:30, summer or winter, except in
    // the Christmas closure (24 December to 1 January).
    let (_dir, out) = crate::util::built_demo();
    let slug = "koffieochtend-de-linde";
    let text = read(&out, &format!("activiteiten/{slug}/{slug}.ics"));
    let seen = instances(slug, &text, (2027, 3, 1), 60);
    let dates: Vec<&str> = seen.iter().map(|(d, _, _)| d.as_str()).collect();
    assert_eq!(
        dates,
        [
            "2027-03-02",
            "2027-03-09",
            "2027-03-16",
            "2027-03-23",
            "2027-03-30",
            "2027-04-06",
            "2027-04-13",
            "2027-04-20",
            "2027-04-27"
        ]
    );
    assert!(
        seen.iter()
            .all(|(_, t, title)| t == "10:00" && title == "Koffieochtend in De Linde")
    );
    let winter = instances(slug, &text, (2026, 12, 20), 20);
    let dates: Vec<&str> = winter.iter().map(|(d, _, _)| d.as_str()).collect();
    assert_eq!(dates, ["2026-12-22", "2027-01-05"], "29 December is closed");
}
