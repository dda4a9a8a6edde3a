//! Dates as editors write them: the Dutch way, day first, with a month's name or its
//! short form. The words pages say dates and schedules with are in [`crate::locale`].

use jiff::civil::{Date, Weekday};

pub use crate::locale::{Locale, Nth, Words};

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
                [first, rest @ ..] if is_weekday(first) => rest,
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

/// Whether a word is a weekday's name in Dutch or English: `dinsdag`, `Tuesday`.
fn is_weekday(word: &str) -> bool {
    (0..7)
        .filter_map(|n| Weekday::from_monday_zero_offset(n).ok())
        .any(|day| {
            [Locale::Nl, Locale::En]
                .into_iter()
                .any(|l| Words::of(l).day(day).eq_ignore_ascii_case(word))
        })
}
