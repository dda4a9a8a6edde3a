//! The agenda: schedules expanded into dated occurrences, and the same schedules as
//! iCalendar recurrence rules (RFC 5545), so that a calendar program and the site's own
//! pages agree on every date.
//!
//! Times in content are Europe/Amsterdam wall-clock times. An occurrence gets its instant
//! only here, per date, so "10:00" is 10:00 in summer and in winter. A time that does not
//! exist (02:30 on the night summer time starts) moves forward by the gap, to 03:30, as
//! RFC 5545 prescribes; a time that exists twice (02:30 on the night it ends) is the first
//! of the two.

use jiff::civil::{Date, Weekday};
use jiff::tz::TimeZone;
use jiff::{Span, Zoned};

pub use crate::config::Closed;
use crate::content::schedule::{Nth, Rule, Schedule};

/// The time zone of every time in the content.
pub const ZONE: &str = "Europe/Amsterdam";

/// The time zone of the content's times.
pub fn zone() -> TimeZone {
    TimeZone::get(ZONE).expect("the time zone database is built in")
}

/// One time a schedule takes place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub date: Date,
    /// Start and end as instants in Europe/Amsterdam; none for a schedule without a time.
    pub start: Option<Zoned>,
    pub end: Option<Zoned>,
}

/// Whether a schedule takes place on `date`, counting the site's closed days (which
/// skip a repeating rule, and single dates only when the rule says `closed: true`).
pub fn takes_place(s: &Schedule, date: Date, closed: &[Closed]) -> bool {
    s.occurs_on(date) && !is_closed(s, date, closed)
}

/// Whether the site's closed days skip this schedule on `date`.
pub fn is_closed(s: &Schedule, date: Date, closed: &[Closed]) -> bool {
    s.closed_by(date, closed).is_some()
}

/// The dates from `from` to `until` (both included) on which a schedule takes place, in
/// order. Only the dates it can fall on are visited: its season, or its list of dates.
fn walk<'a>(
    s: &'a Schedule,
    from: Date,
    until: Date,
    closed: &'a [Closed],
) -> Box<dyn Iterator<Item = Date> + 'a> {
    let from = s.from.map_or(from, |f| f.max(from));
    let until = s.last_date().map_or(until, |l| l.min(until));
    let in_window = move |d: &Date| from <= *d && *d <= until;
    match &s.rule {
        Rule::Dates(list) => Box::new(
            list.iter()
                .copied()
                .filter(in_window)
                .filter(move |&d| takes_place(s, d, closed)),
        ),
        _ => Box::new(
            std::iter::successors(Some(from), |d| d.tomorrow().ok())
                .take_while(move |d| *d <= until)
                .filter(move |&d| takes_place(s, d, closed)),
        ),
    }
}

/// The dates from `from` to `until` (both included) on which a schedule takes place.
pub fn dates(s: &Schedule, from: Date, until: Date, closed: &[Closed]) -> Vec<Date> {
    walk(s, from, until, closed).collect()
}

/// The occurrences from `from` to `until`, with their start and end in Europe/Amsterdam.
pub fn occurrences(s: &Schedule, from: Date, until: Date, closed: &[Closed]) -> Vec<Occurrence> {
    let zone = zone();
    dates(s, from, until, closed)
        .into_iter()
        .map(|date| {
            let (start, end) = instants(s, date, &zone);
            Occurrence { date, start, end }
        })
        .collect()
}

/// The start and end of a schedule on `date`, as instants. An end that is not after the
/// start (a time range written across midnight) falls on the next day.
pub fn instants(s: &Schedule, date: Date, zone: &TimeZone) -> (Option<Zoned>, Option<Zoned>) {
    let Some(time) = s.time else {
        return (None, None);
    };
    let at = |date: Date, t| date.to_datetime(t).to_zoned(zone.clone()).ok();
    let start = at(date, time.start);
    let end = time.end.and_then(|end| {
        let day = if end > time.start {
            date
        } else {
            date.tomorrow().ok()?
        };
        at(day, end)
    });
    (start, end)
}

/// iCalendar's two-letter name of a weekday.
pub fn ical_day(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

/// The `RRULE` value of a repeating schedule, or none for single dates. A schedule with
/// a time ends (`UNTIL`) at the last second of its last day in Europe/Amsterdam, written
/// in UTC as RFC 5545 requires next to a `DTSTART` with a time zone; one without a time
/// ends on its last date.
pub fn rrule(s: &Schedule) -> Option<String> {
    let mut rule = match &s.rule {
        Rule::Weekly { days, every } => {
            let mut rule = "FREQ=WEEKLY".to_owned();
            if *every > 1 {
                rule.push_str(&format!(";INTERVAL={every}"));
            }
            let days: Vec<&str> = days.iter().map(|d| ical_day(*d)).collect();
            rule.push_str(&format!(";BYDAY={};WKST=MO", days.join(",")));
            rule
        }
        Rule::Monthly { days } => {
            let days: Vec<String> = days
                .iter()
                .map(|(nth, day)| {
                    let n = match nth {
                        Nth::First => "1",
                        Nth::Second => "2",
                        Nth::Third => "3",
                        Nth::Fourth => "4",
                        Nth::Last => "-1",
                    };
                    format!("{n}{}", ical_day(*day))
                })
                .collect();
            format!("FREQ=MONTHLY;BYDAY={}", days.join(","))
        }
        Rule::Dates(_) => return None,
    };
    if let Some(until) = s.until {
        match s.time {
            Some(_) => {
                let last = until
                    .to_datetime(jiff::civil::Time::constant(23, 59, 59, 0))
                    .to_zoned(zone())
                    .ok()?;
                let utc = last.timestamp().to_zoned(TimeZone::UTC);
                rule.push_str(&format!(";UNTIL={}", utc.strftime("%Y%m%dT%H%M%SZ")));
            }
            None => rule.push_str(&format!(";UNTIL={}", until.strftime("%Y%m%d"))),
        }
    }
    Some(rule)
}

/// The dates the rule would fall on but the schedule skips (`except`) or the site is
/// closed (for a rule the closed days skip), from `first` on: iCalendar's `EXDATE`s.
pub fn exdates(s: &Schedule, first: Date, closed: &[Closed]) -> Vec<Date> {
    let mut out: Vec<Date> = s
        .except
        .iter()
        .copied()
        .filter(|&d| d >= first && s.matches_rule(d) && s.in_season(d))
        .collect();
    for c in closed.iter().filter(|_| s.skip_closed) {
        let mut date = c.from.max(first);
        while date <= c.until {
            if s.occurs_on(date) {
                out.push(date);
            }
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The first date on or after `from` that a schedule takes place, within a year and a
/// half (any weekly or monthly rule that is not over falls in that).
pub fn first_date(s: &Schedule, from: Date, closed: &[Closed]) -> Option<Date> {
    let until = from.checked_add(Span::new().days(550)).ok()?;
    walk(s, from, until, closed).next()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::schedule::TimeRange;
    use jiff::civil::{Time, date};

    fn weekly(days: &[Weekday], every: u32) -> Schedule {
        Schedule {
            rule: Rule::Weekly {
                days: days.to_vec(),
                every,
            },
            time: Some(TimeRange {
                start: Time::constant(10, 0, 0, 0),
                end: Some(Time::constant(12, 0, 0, 0)),
            }),
            from: None,
            until: None,
            except: Vec::new(),
            skip_closed: true,
            note: None,
            place: None,
            at: crate::diagnostic::Pos::UNKNOWN,
        }
    }

    #[test]
    fn the_last_tuesday_of_a_month_with_five_tuesdays_is_the_fifth() {
        let mut s = weekly(&[], 1);
        s.rule = Rule::Monthly {
            days: vec![(Nth::Last, Weekday::Tuesday)],
        };
        // March 2027 has five Tuesdays (2, 9, 16, 23, 30); February has four.
        let found = dates(&s, date(2027, 2, 1), date(2027, 3, 31), &[]);
        assert_eq!(found, [date(2027, 2, 23), date(2027, 3, 30)]);
        assert_eq!(rrule(&s).unwrap(), "FREQ=MONTHLY;BYDAY=-1TU");
    }

    #[test]
    fn a_biweekly_schedule_keeps_its_weeks_across_new_year() {
        let mut s = weekly(&[Weekday::Thursday], 2);
        s.from = Some(date(2026, 12, 10));
        let found = dates(&s, date(2026, 12, 1), date(2027, 1, 31), &[]);
        assert_eq!(
            found,
            [
                date(2026, 12, 10),
                date(2026, 12, 24),
                date(2027, 1, 7),
                date(2027, 1, 21)
            ]
        );
        assert_eq!(
            rrule(&s).unwrap(),
            "FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;WKST=MO"
        );
    }

    #[test]
    fn a_season_that_ends_mid_week_stops_on_its_last_day() {
        let mut s = weekly(&[Weekday::Monday, Weekday::Thursday], 1);
        // Wednesday 30 June 2027: the Monday before counts, the Thursday after does not.
        s.until = Some(date(2027, 6, 30));
        let found = dates(&s, date(2027, 6, 21), date(2027, 7, 10), &[]);
        assert_eq!(
            found,
            [date(2027, 6, 21), date(2027, 6, 24), date(2027, 6, 28)]
        );
        // 23:59:59 summer time is 21:59:59 UTC.
        assert!(rrule(&s).unwrap().ends_with(";UNTIL=20270630T215959Z"));
    }

    #[test]
    fn an_activity_at_half_past_two_on_the_night_summer_time_starts_is_at_half_past_three() {
        let mut s = weekly(&[Weekday::Sunday], 1);
        s.time = Some(TimeRange {
            start: Time::constant(2, 30, 0, 0),
            end: Some(Time::constant(4, 0, 0, 0)),
        });
        let zone = zone();
        // 28 March 2027: clocks go from 02:00 to 03:00.
        let (start, end) = instants(&s, date(2027, 3, 28), &zone);
        let start = start.unwrap();
        assert_eq!(start.time(), Time::constant(3, 30, 0, 0));
        assert_eq!(start.offset().seconds(), 2 * 3600);
        assert_eq!(end.unwrap().time(), Time::constant(4, 0, 0, 0));
        // A week before and after, 02:30 exists.
        let (before, _) = instants(&s, date(2027, 3, 21), &zone);
        assert_eq!(before.unwrap().time(), Time::constant(2, 30, 0, 0));
        // 31 October 2027: 02:30 happens twice; the first is summer time.
        let (twice, _) = instants(&s, date(2027, 10, 31), &zone);
        assert_eq!(twice.unwrap().offset().seconds(), 2 * 3600);
    }

    #[test]
    fn closed_days_and_skipped_dates_are_left_out_and_become_exdates() {
        let mut s = weekly(&[Weekday::Tuesday], 1);
        s.except = vec![date(2027, 1, 12), date(2027, 1, 13)];
        let closed = [Closed {
            from: date(2026, 12, 21),
            until: date(2027, 1, 3),
            name: "Kerstvakantie".into(),
        }];
        let found = dates(&s, date(2026, 12, 14), date(2027, 1, 19), &closed);
        assert_eq!(
            found,
            [date(2026, 12, 15), date(2027, 1, 5), date(2027, 1, 19)]
        );
        // The Wednesday in `except` is not a date the rule falls on.
        assert_eq!(
            exdates(&s, date(2026, 12, 14), &closed),
            [date(2026, 12, 22), date(2026, 12, 29), date(2027, 1, 12)]
        );
        assert_eq!(
            first_date(&s, date(2026, 12, 21), &closed),
            Some(date(2027, 1, 5))
        );
    }
}
