//! Occurrences against an independent implementation: for generated schedules of every
//! form, the dates and times buurtgids expands in 2027 (a year with both summer-time
//! changes) equal what the `rrule` crate computes from the RRULE, EXDATE and RDATE that
//! buurtgids writes for calendar programs.

use buurtgids::agenda::{self, Closed};
use buurtgids::content::schedule::{Nth, Rule, Schedule, TimeRange};
use chrono::TimeZone as _;
use jiff::civil::{Date, Time, Weekday, date};

/// A small deterministic generator (xorshift), so every run tests the same schedules.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn day_of_2027(&mut self) -> Date {
        date(2027, 1, 1)
            .checked_add(jiff::Span::new().days(self.roll(365) as i64))
            .unwrap()
    }

    fn weekday(&mut self) -> Weekday {
        Weekday::from_monday_zero_offset(self.roll(7) as i8).unwrap()
    }
}

/// A schedule of form `n % 3` (weekly, monthly, dates), with a time or none, a season
/// or none, and skipped dates, some of which the rule would not hit anyway.
fn schedule(n: usize, dice: &mut Dice) -> Schedule {
    let rule = match n % 3 {
        0 => {
            let mut days: Vec<Weekday> = (0..1 + dice.roll(3)).map(|_| dice.weekday()).collect();
            days.sort_by_key(|d| d.to_monday_zero_offset());
            days.dedup();
            Rule::Weekly {
                days,
                every: [1, 1, 2, 3][dice.roll(4) as usize],
            }
        }
        1 => {
            let nths = [Nth::First, Nth::Second, Nth::Third, Nth::Fourth, Nth::Last];
            let mut days: Vec<(Nth, Weekday)> = (0..1 + dice.roll(2))
                .map(|_| (nths[dice.roll(5) as usize], dice.weekday()))
                .collect();
            days.sort_by_key(|(n, d)| (*n, d.to_monday_zero_offset()));
            days.dedup();
            Rule::Monthly { days }
        }
        _ => {
            let mut dates: Vec<Date> = (0..1 + dice.roll(6)).map(|_| dice.day_of_2027()).collect();
            dates.sort();
            dates.dedup();
            Rule::Dates(dates)
        }
    };
    // Times around the summer-time changes (02:00-03:00) come up often.
    let time = match dice.roll(5) {
        0 => None,
        1 => Some(TimeRange {
            start: Time::constant(2, 30, 0, 0),
            end: Some(Time::constant(3, 30, 0, 0)),
        }),
        _ => {
            let start = Time::constant(
                8 + dice.roll(12) as i8,
                [0, 15, 30, 45][dice.roll(4) as usize],
                0,
                0,
            );
            let end = (dice.roll(3) > 0)
                .then(|| start.checked_add(jiff::Span::new().minutes(90)).unwrap());
            Some(TimeRange { start, end })
        }
    };
    let every_needs_from = matches!(rule, Rule::Weekly { every, .. } if every > 1);
    let from = (every_needs_from || dice.roll(2) == 0).then(|| {
        // Seasons start in 2026 too, so some run into 2027 already under way.
        date(2026, 10, 1)
            .checked_add(jiff::Span::new().days(dice.roll(300) as i64))
            .unwrap()
    });
    let until = (dice.roll(3) == 0).then(|| {
        let start = from.unwrap_or(date(2027, 1, 1)).max(date(2027, 1, 1));
        start
            .checked_add(jiff::Span::new().days(30 + dice.roll(300) as i64))
            .unwrap()
    });
    let except = (0..dice.roll(4)).map(|_| dice.day_of_2027()).collect();
    // Single dates take place in a closed period unless their rule says otherwise.
    let skip_closed = !matches!(rule, Rule::Dates(_)) || dice.roll(2) == 0;
    Schedule {
        rule,
        time,
        from,
        until,
        except,
        skip_closed,
        note: None,
        place: None,
        at: buurtgids::diagnostic::Pos::UNKNOWN,
    }
}

/// The iCalendar lines buurtgids would write for a schedule from `first`, as the `rrule`
/// crate reads them (DTSTART, RRULE or RDATE, EXDATE).
fn ical(s: &Schedule, first: Date, closed: &[Closed]) -> String {
    let stamp = |d: Date| match s.time {
        Some(t) => format!("{}T{}", d.strftime("%Y%m%d"), t.start.strftime("%H%M%S")),
        None => d.strftime("%Y%m%d").to_string(),
    };
    let param = if s.time.is_some() {
        format!("TZID={}", agenda::ZONE)
    } else {
        "VALUE=DATE".to_owned()
    };
    let mut out = format!("DTSTART;{param}:{}\n", stamp(first));
    match agenda::rrule(s) {
        Some(rule) => out.push_str(&format!("RRULE:{rule}\n")),
        None => {
            let Rule::Dates(list) = &s.rule else {
                unreachable!()
            };
            // Single dates: every date of the list from the first is one instance
            // (in a calendar file, one event each).
            let rest: Vec<String> = list
                .iter()
                .filter(|&&d| d >= first && s.in_season(d))
                .map(|&d| stamp(d))
                .collect();
            if !rest.is_empty() {
                out.push_str(&format!("RDATE;{param}:{}\n", rest.join(",")));
            }
        }
    }
    let ex: Vec<String> = agenda::exdates(s, first, closed)
        .into_iter()
        .map(stamp)
        .collect();
    if !ex.is_empty() {
        out.push_str(&format!("EXDATE;{param}:{}\n", ex.join(",")));
    }
    out
}

#[test]
fn occurrences_in_2027_equal_those_of_the_rrule_crate_for_300_generated_schedules() {
    let closed = [
        Closed {
            from: date(2026, 12, 21),
            until: date(2027, 1, 3),
            name: "Kerstvakantie".into(),
        },
        Closed {
            from: date(2027, 4, 26),
            until: date(2027, 4, 30),
            name: "Meivakantie".into(),
        },
    ];
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    let (start, end) = (date(2027, 1, 1), date(2027, 12, 31));
    let zone = rrule::Tz::Europe__Amsterdam;
    let window = (
        zone.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap(),
        zone.with_ymd_and_hms(2028, 1, 1, 0, 0, 0).unwrap(),
    );
    let mut compared = 0;
    let mut occurrences = 0;
    for n in 0..330 {
        let s = schedule(n, &mut dice);
        let closed: &[Closed] = if n % 2 == 0 { &closed } else { &[] };
        let ours = agenda::occurrences(&s, start, end, closed);
        let Some(first) = agenda::first_date(&s, start, closed) else {
            assert!(ours.is_empty(), "{s:?}");
            continue;
        };
        let text = ical(&s, first, closed);
        let set: rrule::RRuleSet = text
            .parse()
            .unwrap_or_else(|e| panic!("rrule cannot read\n{text}\n{e}"));
        let theirs = set.after(window.0).before(window.1).all(u16::MAX).dates;
        // A time with its offset, so summer and winter time are compared too; for a
        // schedule without a time (all-day events), the date.
        let format = if s.time.is_some() {
            "%Y-%m-%dT%H:%M%:z"
        } else {
            "%Y-%m-%d"
        };
        let theirs: Vec<String> = theirs
            .iter()
            .map(|d| d.format(format).to_string())
            .collect();
        let ours: Vec<String> = ours
            .iter()
            .map(|o| match &o.start {
                Some(z) => z.strftime(format).to_string(),
                None => o.date.strftime(format).to_string(),
            })
            .collect();
        assert_eq!(ours, theirs, "schedule {n}: {s:?}\n{text}");
        compared += 1;
        occurrences += ours.len();
    }
    assert!(
        compared >= 300,
        "only {compared} schedules take place in 2027"
    );
    assert!(occurrences > 5000, "{occurrences} occurrences");
}

/// The text of the agenda day with `date` on the built page, up to the next day.
fn agenda_day<'a>(html: &'a str, date: &str) -> &'a str {
    let start = html
        .find(&format!("datetime={date}>"))
        .unwrap_or_else(|| panic!("{date} is not on the agenda"));
    let rest = &html[start..];
    let end = rest[1..].find("datetime=").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

#[test]
fn the_demo_agenda_covers_eight_weeks_and_leaves_out_the_christmas_closure() {
    let (_dir, out) = crate::util::built_demo();
    let html = std::fs::read_to_string(out.join("agenda/index.html")).unwrap();
    assert_eq!(
        html.matches("class=day-title").count(),
        56,
        "eight weeks from today"
    );
    assert!(html.contains("komende 8 weken"));
    // site.toml closes everything from 24 December to 1 January.
    for date in ["2026-12-24", "2026-12-29", "2027-01-01"] {
        let day = agenda_day(&html, date);
        assert!(
            day.contains("Kerstvakantie: alles is dicht."),
            "{date}: {day}"
        );
        assert!(!day.contains("<li>"), "{date}: {day}");
    }
    for date in ["2026-12-23", "2027-01-05"] {
        assert!(
            agenda_day(&html, date).contains("<li>"),
            "{date} has activities"
        );
    }
    // A place open on those days says so on its own page.
    let place = std::fs::read_to_string(out.join("plekken/buurthuis-de-linde/index.html")).unwrap();
    assert!(
        place.contains("Kerstvakantie: van 24 december tot en met 1 januari 2027 is alles dicht.")
    );
}

#[test]
fn a_closed_period_without_dates_in_order_is_an_error_in_site_toml() {
    let site = crate::util::TempSite::copy_of("valid");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!(
            "{toml}\n[agenda]\nclosed = [{{ from = 2027-01-03, until = 2026-12-21, name = \"Kerst\" }}]\n"
        ),
    );
    let out = crate::util::run(&["check", "--root", site.root.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = crate::util::stderr(&out);
    assert!(
        text.contains("the closed period `Kerst` ends (2026-12-21) before it starts (2027-01-03)"),
        "{text}"
    );
    assert!(text.contains("swap `from` and `until`"), "{text}");
}

#[test]
fn a_skipped_date_the_schedule_does_not_fall_on_is_a_warning_in_check() {
    let site = crate::util::TempSite::copy_of("valid");
    let file = "content/activities/koffie.md";
    let text = std::fs::read_to_string(site.root.join(file)).unwrap();
    // Every Tuesday from 1 September to 30 June: Wednesday 30 December is not a
    // Tuesday, and Tuesday 6 July 2027 is after the season.
    site.write(
        file,
        &text.replace(
            "    time: \"10:00-11:30\"\n",
            "    time: \"10:00-11:30\"\n    from: 2026-09-01\n    until: 2027-06-30\n    except: [2026-12-29, 2026-12-30, 2027-07-06]\n",
        ),
    );
    let out = crate::util::run(&["check", "--root", site.root.to_str().unwrap()]);
    let text = crate::util::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "warnings only: {text}");
    assert!(
        text.contains("2026-12-30 is skipped, but the schedule is not on that day anyway"),
        "{text}"
    );
    assert!(text.contains("koffie.md:13:26"), "{text}");
    assert!(
        text.contains("2027-07-06 is skipped, but it is outside the schedule's `from` and `until`"),
        "{text}"
    );
    // The Tuesday in the season is a proper skip.
    assert!(!text.contains("2026-12-29 is skipped"), "{text}");
}

/// The text of a page's `<main>`, one line per heading, paragraph and list item.
fn main_text(html: &str) -> String {
    let start = html.find("<main").expect("<main>");
    let end = html.find("</main>").expect("</main>");
    let mut text = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html[start..end].chars() {
        match c {
            '<' => {
                in_tag = true;
                tag.clear();
            }
            '>' if in_tag => {
                in_tag = false;
                let name = tag.trim_start_matches('/');
                let name = name.split([' ', '\n']).next().unwrap_or("");
                if tag.starts_with('/') && ["h1", "h2", "h3", "p", "li", "section"].contains(&name)
                    || name == "br"
                {
                    text.push('\n');
                }
                if !tag.starts_with('/') && name.starts_with('h') && name.len() == 2 {
                    text.push_str("\n# ");
                }
            }
            c if in_tag => tag.push(c),
            c => text.push(c),
        }
    }
    let text = crate::util::unescape_html(&text);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("\n") + "\n"
}

#[test]
fn the_demo_agenda_for_a_fixed_day_is_the_stored_expected_page() {
    // After a change to the demo's content or the agenda, write the new page with
    // BUURTGIDS_BLESS=1 cargo test expected_page, and read the difference before
    // committing it.
    let (_dir, out) = crate::util::built_demo();
    let html = std::fs::read_to_string(out.join("agenda/index.html")).unwrap();
    let ours = main_text(&html);
    let stored = crate::util::repo().join("tests/expected/agenda-2026-11-23.txt");
    if std::env::var_os("BUURTGIDS_BLESS").is_some() {
        std::fs::create_dir_all(stored.parent().unwrap()).unwrap();
        std::fs::write(&stored, &ours).unwrap();
    }
    let expected = std::fs::read_to_string(&stored).unwrap_or_default();
    if ours != expected {
        let diff: Vec<String> = ours
            .lines()
            .zip(expected.lines().chain(std::iter::repeat("")))
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(10)
            .map(|(n, (a, b))| format!("line {}:\n  built:    {a}\n  expected: {b}", n + 1))
            .collect();
        panic!(
            "the agenda differs from {}:\n{}",
            stored.display(),
            diff.join("\n")
        );
    }
}
