//! Any text as a spreadsheet's "Dag en tijd" cell: reading it may be an error, never a
//! panic or a hang, and every cell that is read gives rules that name at least one day,
//! repeat every one or more weeks, end after they start and leave out nothing they keep.
#![no_main]

use buurtgids::import::when::{Days, parse, parse_date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_date(text);
    let Ok(rules) = parse(text) else {
        return;
    };
    assert!(!rules.is_empty(), "{text:?}");
    for rule in &rules {
        match &rule.days {
            Days::Weekly(days) => {
                assert!(!days.is_empty(), "{text:?}: {rule:?}");
                let mut sorted = days.clone();
                sorted.sort_by_key(|d| d.to_monday_zero_offset());
                sorted.dedup();
                assert_eq!(&sorted, days, "{text:?}");
            }
            Days::Monthly(days) => assert!(!days.is_empty(), "{text:?}: {rule:?}"),
            Days::Dates(dates) => assert!(!dates.is_empty(), "{text:?}: {rule:?}"),
        }
        assert!(rule.every >= 1, "{text:?}: {rule:?}");
        if let Some(t) = rule.time {
            assert!(t.end.is_none_or(|end| end > t.start), "{text:?}: {rule:?}");
        }
    }
});
