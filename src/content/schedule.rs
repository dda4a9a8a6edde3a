//! Schedules: when something happens, as Dutch community centres publish it.
//!
//! Every week on some days, every N weeks from a start date, the first to fourth or last
//! given weekday of the month, single dates; each limited to a season (`from`/`until`) and
//! with skipped dates (`except`). Times are local Europe/Amsterdam wall-clock times: a
//! schedule never stores an offset, so "10:00" stays 10:00 in summer and in winter.
//!
//! This module parses the raw YAML form into a checked [`Schedule`], answers whether it
//! occurs on a date, and describes it as a sentence in Dutch or English. It never reads the
//! clock: whatever needs "today" gets it passed in.

use jiff::civil::{Date, Time, Weekday};
use serde_saphyr::Spanned;

use crate::diagnostic::Pos;
use crate::messages::Text;
use crate::t;

pub use super::raw::RawSchedule;
use super::raw::{Ctx, OneOrMany, Ref, items, parse_date};
pub use super::words::{Locale, Nth, Words};

/// A checked schedule rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schedule {
    pub rule: Rule,
    pub time: Option<TimeRange>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub except: Vec<Date>,
    /// Whether the site's closed periods skip this rule's dates (see
    /// [`RawSchedule::closed`]).
    pub skip_closed: bool,
    pub note: Option<String>,
    /// The place, when it differs from the entry's own.
    pub place: Option<Ref>,
    /// Where the rule is written, for warnings about it.
    pub at: Pos,
}

/// Which days a schedule takes place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// Every `every` weeks on `days`; weeks are counted from the week of `from`
    /// (weeks start on Monday, as in iCalendar's default WKST=MO).
    Weekly { days: Vec<Weekday>, every: u32 },
    /// The nth weekday of every month.
    Monthly { days: Vec<(Nth, Weekday)> },
    /// Single dates.
    Dates(Vec<Date>),
}

/// A start time and an optional end time, local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub start: Time,
    pub end: Option<Time>,
}

impl TimeRange {
    /// "10:00–11:30", or "10:00" without an end.
    pub fn text(self) -> String {
        match self.end {
            Some(end) => format!("{}–{}", hhmm(self.start), hhmm(end)),
            None => hhmm(self.start),
        }
    }
}

impl RawSchedule {
    /// Checks a raw rule; problems go to `ctx`, and `None` comes back when the rule is unusable.
    pub fn check(mut self, at: Pos, ctx: &mut Ctx) -> Option<Schedule> {
        let start = at;
        // An empty list says nothing (a web form writes `weekly: []` for a field that was
        // cleared): it counts as not written.
        self.weekly = self.weekly.filter(|w| !w.value.as_slice().is_empty());
        self.monthly = self.monthly.filter(|m| !m.value.as_slice().is_empty());
        self.dates = self.dates.filter(|d| !d.value.is_empty());
        let given = [
            self.weekly.is_some(),
            self.monthly.is_some(),
            self.dates.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if given != 1 {
            let message = if given == 0 {
                t!("schedule-no-days")
            } else {
                t!("schedule-two-rules")
            };
            ctx.error(start, message, t!("schedule-rules-help"));
            return None;
        }
        let mut ok = true;
        let from = self.from.as_ref().and_then(|d| parse_date(d, "from", ctx));
        let until = self
            .until
            .as_ref()
            .and_then(|d| parse_date(d, "until", ctx));
        ok &= self.from.is_none() || from.is_some();
        ok &= self.until.is_none() || until.is_some();
        if let (Some(f), Some(u), Some(at_until)) = (from, until, &self.until) {
            if u < f {
                ctx.error(
                    ctx.pos(at_until),
                    t!(
                        "schedule-until-before-from",
                        until = u.to_string(),
                        from = f.to_string()
                    ),
                    t!("schedule-until-before-from-help"),
                );
                ok = false;
            }
        }
        let time = match &self.time {
            Some(t) => match parse_time_range(&t.value) {
                Ok(range) => Some(range),
                Err(TimeError { message, help }) => {
                    ctx.error(ctx.pos(t), message, help);
                    ok = false;
                    None
                }
            },
            None => None,
        };
        let mut except = Vec::new();
        for d in &self.except {
            match parse_date(d, "", ctx) {
                Some(date) => except.push(date),
                None => ok = false,
            }
        }
        if self.every.is_some() && self.weekly.is_none() {
            let every = self.every.as_ref().map(|e| ctx.pos(e)).unwrap_or(start);
            ctx.error(
                every,
                t!("every-without-weekly"),
                t!("every-without-weekly-help"),
            );
            ok = false;
        }
        let rule = if let Some(days) = &self.weekly {
            let every = match &self.every {
                None => 1,
                Some(e) if (1..=52).contains(&e.value) => e.value as u32,
                Some(e) => {
                    ctx.error(
                        ctx.pos(e),
                        t!("every-out-of-range", every = e.value),
                        t!("every-out-of-range-help"),
                    );
                    return None;
                }
            };
            if every > 1 && from.is_none() {
                ctx.error(
                    start,
                    t!("every-without-from", every = every),
                    t!("every-without-from-help"),
                );
                ok = false;
            }
            let mut days = parse_days(
                days,
                ctx,
                parse_weekday_word,
                t!("a-weekday"),
                t!("a-weekday-help"),
            )?;
            days.sort_by_key(|d| d.to_monday_zero_offset());
            days.dedup();
            Rule::Weekly { days, every }
        } else if let Some(days) = &self.monthly {
            let mut days = parse_days(
                days,
                ctx,
                parse_nth_weekday,
                t!("a-month-weekday"),
                t!("a-month-weekday-help"),
            )?;
            days.sort_by_key(|(n, d)| (*n, d.to_monday_zero_offset()));
            days.dedup();
            Rule::Monthly { days }
        } else if let Some(list) = &self.dates {
            if list.value.is_empty() {
                ctx.error(ctx.pos(list), t!("dates-empty"), t!("dates-empty-help"));
                return None;
            }
            let mut dates = Vec::new();
            for d in &list.value {
                dates.push(parse_date(d, "", ctx)?);
            }
            dates.sort();
            dates.dedup();
            Rule::Dates(dates)
        } else {
            return None;
        };
        if !ok {
            return None;
        }
        let skip_closed = self.closed.map_or(!matches!(rule, Rule::Dates(_)), |c| c.0);
        let schedule = Schedule {
            rule,
            time,
            from,
            until,
            except,
            skip_closed,
            note: self.note,
            place: self.place.as_ref().map(|p| Ref::new(p, ctx)),
            at: start,
        };
        for (raw, date) in self.except.iter().zip(&schedule.except) {
            if !schedule.matches_rule(*date) {
                ctx.warning(
                    ctx.pos(raw),
                    t!("except-not-on-schedule", date = date.to_string()),
                    t!("except-not-on-schedule-help"),
                );
            } else if !schedule.in_season(*date) {
                ctx.warning(
                    ctx.pos(raw),
                    t!("except-out-of-season", date = date.to_string()),
                    t!("except-out-of-season-help"),
                );
            }
        }
        Some(schedule)
    }
}

fn parse_days<T: Copy + PartialEq>(
    raw: &Spanned<OneOrMany>,
    ctx: &mut Ctx,
    parse: fn(&str) -> Option<T>,
    what: Text,
    help: Text,
) -> Option<Vec<T>> {
    let list = items(raw);
    if list.is_empty() {
        ctx.error(ctx.pos(raw), t!("no-days-given", what = &what), help);
        return None;
    }
    let mut out = Vec::new();
    for item in &list {
        match parse(&item.value) {
            Some(v) => out.push(v),
            None => {
                ctx.error(
                    ctx.pos(item),
                    t!("not-a-day", value = &item.value, what = &what),
                    help,
                );
                return None;
            }
        }
    }
    out.dedup();
    Some(out)
}

/// A schedule problem, with a help line.
#[derive(Debug, PartialEq, Eq)]
pub struct TimeError {
    pub message: Text,
    pub help: Text,
}

fn time_help() -> Text {
    t!("time-help")
}

/// Parses "10:00-12:00", "10.00 - 12.00", "10:00 tot 12:00" or "19:30".
pub fn parse_time_range(text: &str) -> Result<TimeRange, TimeError> {
    let lower = text.trim().to_lowercase();
    let mut parts = lower
        .split(['-', '–'])
        .flat_map(|p| p.split(" tot "))
        .flat_map(|p| p.split(" to "))
        .map(str::trim);
    let start = parts.next().unwrap_or("");
    let end = parts.next();
    if parts.next().is_some() {
        return Err(TimeError {
            message: t!("time-three", text = text),
            help: time_help(),
        });
    }
    let start = parse_time(start)?;
    let end = end.map(parse_time).transpose()?;
    if let Some(end) = end {
        if end <= start {
            return Err(TimeError {
                message: t!("time-end-before-start", text = text),
                help: t!("time-end-before-start-help"),
            });
        }
    }
    Ok(TimeRange { start, end })
}

/// Parses "10:00", "10.00" or "9:30".
pub fn parse_time(text: &str) -> Result<Time, TimeError> {
    let t = text.trim().trim_end_matches(" uur").trim();
    let bad = || TimeError {
        message: t!("time-not-a-time", text = text),
        help: time_help(),
    };
    let (h, m) = t.split_once([':', '.']).ok_or_else(bad)?;
    if h.is_empty()
        || h.len() > 2
        || m.len() != 2
        || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    {
        return Err(bad());
    }
    let (h, m): (i8, i8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
    if h > 23 || m > 59 {
        return Err(TimeError {
            message: t!("time-out-of-range", text = text),
            help: time_help(),
        });
    }
    Time::new(h, m, 0, 0).map_err(|_| bad())
}

/// A day name in Dutch or English, in full or short: `dinsdag`, `di`, `tuesday`, `tue`.
pub fn parse_weekday_word(word: &str) -> Option<Weekday> {
    let w = word.trim().trim_end_matches('.').to_lowercase();
    let day = match w.as_str() {
        "maandag" | "ma" | "monday" | "mon" => Weekday::Monday,
        "dinsdag" | "di" | "tuesday" | "tue" | "tues" => Weekday::Tuesday,
        "woensdag" | "wo" | "wednesday" | "wed" => Weekday::Wednesday,
        "donderdag" | "do" | "thursday" | "thu" | "thur" | "thurs" => Weekday::Thursday,
        "vrijdag" | "vr" | "friday" | "fri" => Weekday::Friday,
        "zaterdag" | "za" | "saturday" | "sat" => Weekday::Saturday,
        "zondag" | "zo" | "sunday" | "sun" => Weekday::Sunday,
        _ => return None,
    };
    Some(day)
}

/// `first tuesday`, `eerste dinsdag`, `1e di`, `last friday`.
pub fn parse_nth_weekday(text: &str) -> Option<(Nth, Weekday)> {
    let lower = text.trim().to_lowercase();
    let mut words = lower.split_whitespace();
    let nth = match words.next()? {
        "first" | "1st" | "eerste" | "1e" | "1ste" => Nth::First,
        "second" | "2nd" | "tweede" | "2e" | "2de" => Nth::Second,
        "third" | "3rd" | "derde" | "3e" | "3de" => Nth::Third,
        "fourth" | "4th" | "vierde" | "4e" | "4de" => Nth::Fourth,
        "last" | "laatste" => Nth::Last,
        _ => return None,
    };
    let day = parse_weekday_word(words.next()?)?;
    if words.next().is_some() {
        return None;
    }
    Some((nth, day))
}

impl Nth {
    fn matches(self, date: Date) -> bool {
        let day = date.day() as i32;
        match self {
            Nth::First => day <= 7,
            Nth::Second => (8..=14).contains(&day),
            Nth::Third => (15..=21).contains(&day),
            Nth::Fourth => (22..=28).contains(&day),
            Nth::Last => day + 7 > date.days_in_month() as i32,
        }
    }
}

/// The Monday of the week a date is in.
fn week_start(date: Date) -> Date {
    let back = date.weekday().to_monday_zero_offset() as i64;
    date.checked_sub(jiff::Span::new().days(back))
        .unwrap_or(date)
}

impl Schedule {
    /// Whether the schedule takes place on `date`.
    pub fn occurs_on(&self, date: Date) -> bool {
        self.in_season(date) && !self.except.contains(&date) && self.matches_rule(date)
    }

    /// The site's closed period that skips this schedule on `date`, if any: a rule the
    /// closed periods skip (see [`RawSchedule::closed`]) and a date inside one of them.
    pub fn closed_by<'c>(
        &self,
        date: Date,
        closed: &'c [crate::config::Closed],
    ) -> Option<&'c crate::config::Closed> {
        closed.iter().find(|c| self.skip_closed && c.contains(date))
    }

    /// Whether `date` is within the season (`from` to `until`).
    pub fn in_season(&self, date: Date) -> bool {
        !(self.from.is_some_and(|f| date < f) || self.until.is_some_and(|u| date > u))
    }

    /// Whether the rule alone (without season or skipped dates) falls on `date`.
    pub fn matches_rule(&self, date: Date) -> bool {
        match &self.rule {
            Rule::Weekly { days, every } => {
                if !days.contains(&date.weekday()) {
                    return false;
                }
                if *every <= 1 {
                    return true;
                }
                let Some(anchor) = self.from else { return true };
                let weeks = week_start(anchor)
                    .until(week_start(date))
                    .map(|span| span.get_days() as i64 / 7)
                    .unwrap_or(0);
                weeks.rem_euclid(*every as i64) == 0
            }
            Rule::Monthly { days } => days
                .iter()
                .any(|(nth, wd)| date.weekday() == *wd && nth.matches(date)),
            Rule::Dates(dates) => dates.binary_search(&date).is_ok(),
        }
    }

    /// The last date this schedule can take place, if it ends.
    pub fn last_date(&self) -> Option<Date> {
        match &self.rule {
            Rule::Dates(dates) => dates
                .last()
                .copied()
                .map(|d| self.until.map_or(d, |u| u.min(d))),
            _ => self.until,
        }
    }

    /// A sentence for residents: "elke eerste dinsdag van de maand van 10:00 tot 12:00",
    /// in the words and word order of `locale`'s catalogue. Years are only named for dates
    /// outside `this_year`.
    pub fn describe(&self, locale: Locale, this_year: i16) -> String {
        let w = Words::of(locale);
        let date = |d: &Date| w.date(*d, this_year);
        let mut s = match &self.rule {
            Rule::Weekly { days, every } => w.weekly(days, *every),
            Rule::Monthly { days } => {
                let mut groups: Vec<(Weekday, Vec<Nth>)> = Vec::new();
                for (nth, day) in days {
                    match groups.iter_mut().find(|(d, _)| d == day) {
                        Some((_, nths)) => nths.push(*nth),
                        None => groups.push((*day, vec![*nth])),
                    }
                }
                groups.sort_by_key(|(d, nths)| (nths[0], d.to_monday_zero_offset()));
                w.monthly(&groups)
            }
            Rule::Dates(dates) => {
                let list: Vec<String> = dates.iter().map(|d| w.full_date(*d, this_year)).collect();
                w.on_dates(&list)
            }
        };
        if let Some(time) = &self.time {
            let end = time.end.map(hhmm);
            s = w.at_time(&s, &hhmm(time.start), end.as_deref());
        }
        if !matches!(self.rule, Rule::Dates(_)) {
            let (from, until) = (self.from.as_ref().map(date), self.until.as_ref().map(date));
            s = w.in_season(&s, from.as_deref(), until.as_deref());
        }
        if !self.except.is_empty() {
            let list: Vec<String> = self.except.iter().map(date).collect();
            s = w.except(&s, &list);
        }
        s
    }
}

/// "09:30"
pub fn hhmm(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::WORKDAYS;
    use jiff::civil::date;

    fn weekly(days: &[Weekday], every: u32, from: Option<Date>) -> Schedule {
        Schedule {
            rule: Rule::Weekly {
                days: days.to_vec(),
                every,
            },
            time: None,
            from,
            until: None,
            except: vec![],
            skip_closed: true,
            note: None,
            place: None,
            at: Pos::UNKNOWN,
        }
    }

    fn monthly(days: &[(Nth, Weekday)]) -> Schedule {
        Schedule {
            rule: Rule::Monthly {
                days: days.to_vec(),
            },
            ..weekly(&[], 1, None)
        }
    }

    fn ten_to_twelve() -> Option<TimeRange> {
        Some(parse_time_range("10:00-12:00").unwrap())
    }

    #[test]
    fn weekly_on_two_days() {
        let s = weekly(&[Weekday::Tuesday, Weekday::Thursday], 1, None);
        assert!(s.occurs_on(date(2026, 11, 24)));
        assert!(s.occurs_on(date(2026, 11, 26)));
        assert!(!s.occurs_on(date(2026, 11, 25)));
        assert_eq!(s.describe(Locale::Nl, 2026), "elke dinsdag en donderdag");
        assert_eq!(s.describe(Locale::En, 2026), "every Tuesday and Thursday");
    }

    #[test]
    fn every_other_week_counts_from_the_first_date() {
        let s = weekly(&[Weekday::Wednesday], 2, Some(date(2026, 1, 7)));
        assert!(s.occurs_on(date(2026, 1, 7)));
        assert!(!s.occurs_on(date(2026, 1, 14)));
        assert!(s.occurs_on(date(2026, 1, 21)));
        assert!(!s.occurs_on(date(2025, 12, 31)), "nothing before from");
        assert_eq!(
            s.describe(Locale::Nl, 2026),
            "om de week op woensdag, vanaf 7 januari"
        );
        assert_eq!(
            s.describe(Locale::En, 2026),
            "every other week on Wednesday, from 7 January"
        );
    }

    #[test]
    fn biweekly_across_new_year_keeps_its_rhythm() {
        let s = weekly(&[Weekday::Monday], 2, Some(date(2026, 12, 21)));
        assert!(s.occurs_on(date(2026, 12, 21)));
        assert!(!s.occurs_on(date(2026, 12, 28)));
        assert!(s.occurs_on(date(2027, 1, 4)));
        assert!(!s.occurs_on(date(2027, 1, 11)));
        assert!(s.occurs_on(date(2027, 1, 18)));
    }

    #[test]
    fn every_third_week_when_from_is_mid_week() {
        // From a Thursday; the Tuesday of that week is before `from`, the rhythm is per week.
        let s = weekly(&[Weekday::Tuesday], 3, Some(date(2026, 3, 5)));
        assert!(!s.occurs_on(date(2026, 3, 3)));
        assert!(s.occurs_on(date(2026, 3, 24)));
        assert!(!s.occurs_on(date(2026, 3, 17)));
        assert_eq!(
            s.describe(Locale::Nl, 2026),
            "elke 3 weken op dinsdag, vanaf 5 maart"
        );
    }

    #[test]
    fn first_tuesday_of_the_month() {
        let mut s = monthly(&[(Nth::First, Weekday::Tuesday)]);
        s.time = ten_to_twelve();
        assert!(s.occurs_on(date(2026, 12, 1)));
        assert!(!s.occurs_on(date(2026, 12, 8)));
        assert!(s.occurs_on(date(2027, 1, 5)));
        assert_eq!(
            s.describe(Locale::Nl, 2026),
            "elke eerste dinsdag van de maand van 10:00 tot 12:00"
        );
        assert_eq!(
            s.describe(Locale::En, 2026),
            "every first Tuesday of the month from 10:00 to 12:00"
        );
    }

    #[test]
    fn last_tuesday_in_a_month_with_five_tuesdays() {
        // March 2026 has five Tuesdays: 3, 10, 17, 24, 31.
        let last = monthly(&[(Nth::Last, Weekday::Tuesday)]);
        assert!(last.occurs_on(date(2026, 3, 31)));
        assert!(!last.occurs_on(date(2026, 3, 24)));
        let fourth = monthly(&[(Nth::Fourth, Weekday::Tuesday)]);
        assert!(fourth.occurs_on(date(2026, 3, 24)));
        assert!(
            !fourth.occurs_on(date(2026, 3, 31)),
            "the fifth Tuesday is not the fourth"
        );
        // February 2026 has four Tuesdays: the last is also the fourth.
        assert!(last.occurs_on(date(2026, 2, 24)));
        assert!(fourth.occurs_on(date(2026, 2, 24)));
    }

    #[test]
    fn last_weekday_of_february_in_a_leap_year() {
        let last = monthly(&[(Nth::Last, Weekday::Thursday)]);
        assert!(last.occurs_on(date(2028, 2, 24)));
        assert!(!last.occurs_on(date(2028, 2, 17)));
        let last_tue = monthly(&[(Nth::Last, Weekday::Tuesday)]);
        assert!(last_tue.occurs_on(date(2028, 2, 29)));
    }

    #[test]
    fn several_weekdays_of_the_month_read_naturally() {
        let s = monthly(&[
            (Nth::First, Weekday::Tuesday),
            (Nth::Third, Weekday::Tuesday),
        ]);
        assert_eq!(
            s.describe(Locale::Nl, 2026),
            "elke eerste en derde dinsdag van de maand"
        );
        assert_eq!(
            s.describe(Locale::En, 2026),
            "every first and third Tuesday of the month"
        );
        let s = monthly(&[(Nth::First, Weekday::Tuesday), (Nth::Last, Weekday::Friday)]);
        assert_eq!(
            s.describe(Locale::Nl, 2026),
            "elke eerste dinsdag en laatste vrijdag van de maand"
        );
    }

    #[test]
    fn single_dates_name_the_weekday_and_other_years() {
        let s = Schedule {
            rule: Rule::Dates(vec![date(2026, 12, 24), date(2027, 1, 8)]),
            time: Some(parse_time_range("19:00").unwrap()),
            ..weekly(&[], 1, None)
        };
        assert!(s.occurs_on(date(2026, 12, 24)));
        assert!(!s.occurs_on(date(2026, 12, 25)));
        assert_eq!(
            s.describe(Locale::Nl, 2026),
            "op donderdag 24 december en vrijdag 8 januari 2027 om 19:00"
        );
        assert_eq!(
            s.describe(Locale::En, 2026),
            "on Thursday 24 December and Friday 8 January 2027 at 19:00"
        );
    }

    #[test]
    fn season_and_skipped_dates() {
        let mut s = weekly(&[Weekday::Monday], 1, Some(date(2026, 9, 1)));
        s.until = Some(date(2027, 6, 30));
        s.except = vec![date(2026, 12, 28)];
        assert!(!s.occurs_on(date(2026, 8, 31)));
        assert!(s.occurs_on(date(2026, 9, 7)));
        assert!(!s.occurs_on(date(2026, 12, 28)));
        assert!(s.occurs_on(date(2027, 6, 28)));
        assert!(!s.occurs_on(date(2027, 7, 5)));
        assert_eq!(
            s.describe(Locale::Nl, 2026),
            "elke maandag, van 1 september tot en met 30 juni 2027, niet op 28 december"
        );
        assert_eq!(
            s.describe(Locale::En, 2026),
            "every Monday, from 1 September until 30 June 2027, except 28 December"
        );
    }

    #[test]
    fn season_that_ends_mid_week() {
        let mut s = weekly(&[Weekday::Monday, Weekday::Friday], 1, None);
        s.until = Some(date(2026, 7, 15)); // a Wednesday
        assert!(s.occurs_on(date(2026, 7, 13)));
        assert!(!s.occurs_on(date(2026, 7, 17)));
    }

    #[test]
    fn workdays_and_every_day() {
        let s = weekly(WORKDAYS, 1, None);
        assert_eq!(s.describe(Locale::Nl, 2026), "elke werkdag");
        let all = [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ];
        assert_eq!(
            weekly(&all, 1, None).describe(Locale::En, 2026),
            "every day"
        );
    }

    #[test]
    fn time_ranges_in_dutch_and_english_notation() {
        let t = parse_time_range("10.00 - 12.00").unwrap();
        assert_eq!(
            (hhmm(t.start), t.end.map(hhmm)),
            ("10:00".into(), Some("12:00".into()))
        );
        assert!(parse_time_range("9:30 tot 11:00").is_ok());
        assert!(parse_time_range("19:30").unwrap().end.is_none());
    }

    #[test]
    fn impossible_times_are_refused() {
        assert!(
            parse_time_range("25:00-26:00")
                .unwrap_err()
                .message
                .contains("geen tijd van de dag")
        );
        assert!(parse_time_range("10:60").is_err());
        assert!(
            parse_time_range("12:00-10:00")
                .unwrap_err()
                .message
                .contains("ligt niet na")
        );
        assert!(parse_time_range("tien uur").is_err());
        assert!(parse_time_range("").is_err());
    }

    #[test]
    fn day_words_in_both_languages() {
        assert_eq!(parse_weekday_word("Dinsdag"), Some(Weekday::Tuesday));
        assert_eq!(parse_weekday_word("di"), Some(Weekday::Tuesday));
        assert_eq!(parse_weekday_word("thursday"), Some(Weekday::Thursday));
        assert_eq!(parse_weekday_word("dinsdg"), None);
        assert_eq!(
            parse_nth_weekday("laatste vrijdag"),
            Some((Nth::Last, Weekday::Friday))
        );
        assert_eq!(
            parse_nth_weekday("1e di"),
            Some((Nth::First, Weekday::Tuesday))
        );
        assert_eq!(parse_nth_weekday("fifth monday"), None);
    }
}
