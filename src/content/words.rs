//! Words: the Dutch and English words schedules and dates are written with, for the
//! pages, the calendars and the messages about dates. One table per language.

use jiff::civil::{Date, Weekday};

/// Which weekday of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Nth {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

/// The language a schedule is described in.
pub use crate::messages::Lang;

/// The words schedules are described with, per language.
pub struct Words {
    pub(super) lang: Lang,
    pub(super) every: &'static str,
    pub(super) every_day: &'static str,
    pub(super) every_workday: &'static str,
    pub(super) every_other_week: &'static str,
    pub(super) every_n_weeks: &'static str,
    pub(super) of_the_month: &'static str,
    pub(super) on: &'static str,
    pub(super) from_time: &'static str,
    pub(super) to_time: &'static str,
    pub(super) at_time: &'static str,
    pub(super) season_from: &'static str,
    pub(super) season_until: &'static str,
    pub(super) starting: &'static str,
    pub(super) until: &'static str,
    pub(super) except: &'static str,
    pub(super) and: &'static str,
}

const NL_DAYS: [&str; 7] = [
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];
const EN_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const NL_MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Words {
    pub fn of(lang: Lang) -> &'static Words {
        match lang {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }

    pub fn day(&self, day: Weekday) -> &'static str {
        let i = day.to_monday_zero_offset() as usize;
        match self.lang {
            Lang::Nl => NL_DAYS[i],
            Lang::En => EN_DAYS[i],
        }
    }

    pub fn month(&self, month: i8) -> &'static str {
        let i = (month.clamp(1, 12) - 1) as usize;
        match self.lang {
            Lang::Nl => NL_MONTHS[i],
            Lang::En => EN_MONTHS[i],
        }
    }

    pub fn nth(&self, nth: Nth) -> &'static str {
        match (self.lang, nth) {
            (Lang::Nl, Nth::First) => "eerste",
            (Lang::Nl, Nth::Second) => "tweede",
            (Lang::Nl, Nth::Third) => "derde",
            (Lang::Nl, Nth::Fourth) => "vierde",
            (Lang::Nl, Nth::Last) => "laatste",
            (Lang::En, Nth::First) => "first",
            (Lang::En, Nth::Second) => "second",
            (Lang::En, Nth::Third) => "third",
            (Lang::En, Nth::Fourth) => "fourth",
            (Lang::En, Nth::Last) => "last",
        }
    }

    /// "7 januari", with the year when it is not `this_year`.
    pub fn date(&self, d: Date, this_year: i16) -> String {
        let mut s = format!("{} {}", d.day(), self.month(d.month()));
        if d.year() != this_year {
            s.push_str(&format!(" {}", d.year()));
        }
        s
    }

    /// "dinsdag 24 december"
    pub fn full_date(&self, d: Date, this_year: i16) -> String {
        format!("{} {}", self.day(d.weekday()), self.date(d, this_year))
    }

    /// "a, b en c"
    pub fn join(&self, items: &[String]) -> String {
        match items.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {} {last}", rest.join(", "), self.and),
        }
    }
}

static NL: Words = Words {
    lang: Lang::Nl,
    every: "elke",
    every_day: "elke dag",
    every_workday: "elke werkdag",
    every_other_week: "om de week op",
    every_n_weeks: "elke {n} weken op",
    of_the_month: "van de maand",
    on: "op",
    from_time: "van",
    to_time: "tot",
    at_time: "om",
    season_from: "van",
    season_until: "tot en met",
    starting: "vanaf",
    until: "tot en met",
    except: "niet op",
    and: "en",
};

static EN: Words = Words {
    lang: Lang::En,
    every: "every",
    every_day: "every day",
    every_workday: "every weekday",
    every_other_week: "every other week on",
    every_n_weeks: "every {n} weeks on",
    of_the_month: "of the month",
    on: "on",
    from_time: "from",
    to_time: "to",
    at_time: "at",
    season_from: "from",
    season_until: "until",
    starting: "from",
    until: "until",
    except: "except",
    and: "and",
};

/// The month names and their short forms, as editors and spreadsheets write them.
const MONTHS: [&[&str]; 12] = [
    &["januari", "jan"],
    &["februari", "feb"],
    &["maart", "mrt", "mar"],
    &["april", "apr"],
    &["mei"],
    &["juni", "jun"],
    &["juli", "jul"],
    &["augustus", "aug"],
    &["september", "sep", "sept"],
    &["oktober", "okt", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// The month (1 to 12) a lowercase word names: `oktober`, `okt` or `okt.`.
pub fn month_of(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|names| names.contains(&w))
        .map(|i| i as i8 + 1)
}

/// A date written the Dutch way, day first: `1-10-2026`, `1/10/2026`, `1.10.2026`,
/// `1 oktober 2026` or `1 okt. 2026` (a weekday before it may be there). `None` when it
/// is not such a date or the date does not exist.
pub fn dutch_date(text: &str) -> Option<Date> {
    let text = text.trim().to_lowercase();
    let numbers: Vec<&str> = text.split(['-', '/', '.']).collect();
    let (day, month, year) = match numbers.as_slice() {
        [d, m, y] if y.len() == 4 => (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?),
        _ => {
            let words: Vec<&str> = text
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .collect();
            let words = match words.as_slice() {
                [first, rest @ ..]
                    if NL_DAYS
                        .iter()
                        .chain(&EN_DAYS)
                        .any(|d| d.eq_ignore_ascii_case(first)) =>
                {
                    rest
                }
                all => all,
            };
            let [d, m, y] = words else {
                return None;
            };
            let month = month_of(m)?;
            (d.parse().ok()?, month, y.parse().ok()?)
        }
    };
    if !(1900..=2200).contains(&year) {
        return None;
    }
    Date::new(year, month, day).ok()
}
