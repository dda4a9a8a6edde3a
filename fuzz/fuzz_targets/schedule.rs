//! Any text as the schedule of an activity: every schedule that is accepted can be
//! described, written as RRULE and EXDATE, and expanded over a year, without a panic;
//! and the time and weekday parsers take any text.
#![no_main]

use buurtgids::agenda;
use buurtgids::content::Kind;
use buurtgids::content::load::parse;
use buurtgids::content::schedule::{Lang, parse_nth_weekday, parse_time_range, parse_weekday_word};
use jiff::civil::date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_time_range(text);
    let _ = parse_nth_weekday(text);
    let _ = parse_weekday_word(text);
    let file = format!("title: Fuzz\nsummary: S.\nareas: all\nschedule:\n{text}");
    let mut diagnostics = Vec::new();
    let Some(entry) = parse(
        Kind::Activity,
        "fuzz",
        "content/fuzz.yaml",
        &file,
        false,
        &mut diagnostics,
    ) else {
        return;
    };
    let closed = [agenda::Closed {
        from: date(2026, 12, 21),
        until: date(2027, 1, 3),
        name: "Kerst".into(),
    }];
    for s in entry.schedules() {
        let _ = s.describe(Lang::Nl, 2026);
        let _ = s.describe(Lang::En, 2027);
        let _ = agenda::rrule(s);
        let found = agenda::occurrences(s, date(2026, 1, 1), date(2027, 12, 31), &closed);
        for o in &found {
            assert!(s.occurs_on(o.date), "{s:?} on {}", o.date);
            assert!(!(s.skip_closed && closed[0].contains(o.date)));
        }
        let first = agenda::first_date(s, date(2026, 1, 1), &closed);
        assert_eq!(
            first,
            found.first().map(|o| o.date).filter(|_| first.is_some())
        );
        let _ = agenda::exdates(s, date(2026, 1, 1), &closed);
    }
});
