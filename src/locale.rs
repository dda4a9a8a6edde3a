//! The languages a site's pages can be written in, and what each needs beyond the theme's
//! interface text: the names of weekdays and months, the sentence that says when something
//! happens ("elke eerste dinsdag van de maand van 10:00 tot 12:00"), a date, a list and an
//! amount of euros.
//!
//! Weekday and month names come from the C library's locale data (glibc's, through
//! `pure-rust-locales`), so no language's calendar words are typed by hand. Sentences come
//! from a Fluent catalogue per language, `src/locale/<code>.ftl`: each language puts the
//! parts in its own order and chooses its own grammar there (Polish and Ukrainian put a
//! weekday in another case after "every", Arabic and Ukrainian have more plural forms
//! than Dutch), never the code by gluing words together.
//!
//! A message may name another (`{ grammar-accusative }`), which sees the same arguments: that
//! is how a language shares a case or a gender's ordinals between its sentences. Such
//! helpers start with `grammar-` and only the languages that need them have them.
//!
//! A catalogue whose `review` message is `awaiting` was written without a native speaker
//! and waits for one; the README lists them (a test keeps the list true).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use jiff::civil::{Date, Weekday};
use pure_rust_locales::{Locale as Data, locale_match};

/// A language a site's pages can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Locale {
    Nl,
    En,
    Ar,
    Tr,
    Pl,
    Uk,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::Nl,
        Locale::En,
        Locale::Ar,
        Locale::Tr,
        Locale::Pl,
        Locale::Uk,
    ];

    /// The locale of a language code (`nl`, `ar`), or `None` for one without pages.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
            Locale::Ar => "ar",
            Locale::Tr => "tr",
            Locale::Pl => "pl",
            Locale::Uk => "uk",
        }
    }

    /// The codes of every language a site can have, for a message: "`nl`, `en`, …".
    pub fn listed() -> String {
        Locale::ALL
            .iter()
            .map(|l| format!("`{}`", l.code()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Locale::Ar
    }

    /// Whether a native speaker has read this language's texts (its catalogue's `review`
    /// message and the theme's): the others were written carefully, but not by one.
    pub fn reviewed(self) -> bool {
        Words::of(self).message("review", &[]) == "done"
    }

    /// The glibc locale the calendar words come from. Arabic is Egypt's: the month names
    /// every Arabic reader knows (يناير), where the Levant's (كانون الثاني) and the
    /// Maghreb's (يوليوز) are regional.
    fn data(self) -> Data {
        match self {
            Locale::Nl => Data::nl_NL,
            Locale::En => Data::en_GB,
            Locale::Ar => Data::ar_EG,
            Locale::Tr => Data::tr_TR,
            Locale::Pl => Data::pl_PL,
            Locale::Uk => Data::uk_UA,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Locale::Nl => include_str!("locale/nl.ftl"),
            Locale::En => include_str!("locale/en.ftl"),
            Locale::Ar => include_str!("locale/ar.ftl"),
            Locale::Tr => include_str!("locale/tr.ftl"),
            Locale::Pl => include_str!("locale/pl.ftl"),
            Locale::Uk => include_str!("locale/uk.ftl"),
        }
    }

    /// The CLDR plural category of `n` in this language: `one`, `few`, `many`, `other`…,
    /// as the theme's plural texts name them.
    pub fn plural(self, n: usize) -> &'static str {
        static RULES: OnceLock<Vec<Option<PluralRules>>> = OnceLock::new();
        let rules = RULES.get_or_init(|| {
            Locale::ALL
                .iter()
                .map(|l| {
                    let id: unic_langid::LanguageIdentifier = l.code().parse().ok()?;
                    PluralRules::create(id, PluralRuleType::CARDINAL).ok()
                })
                .collect()
        });
        let category = rules[self as usize]
            .as_ref()
            .and_then(|r| r.select(n).ok())
            .unwrap_or(PluralCategory::OTHER);
        match category {
            PluralCategory::ZERO => "zero",
            PluralCategory::ONE => "one",
            PluralCategory::TWO => "two",
            PluralCategory::FEW => "few",
            PluralCategory::MANY => "many",
            PluralCategory::OTHER => "other",
        }
    }
}

impl From<crate::messages::Lang> for Locale {
    fn from(lang: crate::messages::Lang) -> Locale {
        match lang {
            crate::messages::Lang::Nl => Locale::Nl,
            crate::messages::Lang::En => Locale::En,
        }
    }
}

/// Which weekday of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Nth {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

impl Nth {
    fn key(self) -> &'static str {
        match self {
            Nth::First => "first",
            Nth::Second => "second",
            Nth::Third => "third",
            Nth::Fourth => "fourth",
            Nth::Last => "last",
        }
    }
}

/// The key a catalogue chooses a weekday's grammar by: `monday`.
fn day_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "monday",
        Weekday::Tuesday => "tuesday",
        Weekday::Wednesday => "wednesday",
        Weekday::Thursday => "thursday",
        Weekday::Friday => "friday",
        Weekday::Saturday => "saturday",
        Weekday::Sunday => "sunday",
    }
}

/// The words and sentences of one language.
pub struct Words {
    pub locale: Locale,
    bundle: FluentBundle<FluentResource>,
    /// Monday first.
    days: [&'static str; 7],
    /// The form of a month in a date ("7 grudnia"), January first.
    months: [&'static str; 12],
}

impl Words {
    pub fn of(locale: Locale) -> &'static Words {
        static ALL: OnceLock<Vec<Words>> = OnceLock::new();
        &ALL.get_or_init(|| Locale::ALL.iter().map(|l| Words::load(*l)).collect())[locale as usize]
    }

    fn load(locale: Locale) -> Words {
        // The catalogues are part of the binary and a test parses them, so a syntax error
        // cannot reach a user; should one slip through, the sentences it spoils show their key.
        let resource =
            FluentResource::try_new(locale.source().to_owned()).unwrap_or_else(|(r, _)| r);
        let id = locale.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        let data = locale.data();
        // glibc counts from Sunday.
        let sunday_first: &[&str] = locale_match!(data => LC_TIME::DAY);
        let days = std::array::from_fn(|i| sunday_first[(i + 1) % 7]);
        let months: &[&str] = locale_match!(data => LC_TIME::MON);
        Words {
            locale,
            bundle,
            days,
            months: std::array::from_fn(|i| months[i]),
        }
    }

    /// The message `key` with its arguments.
    fn message(&self, key: &str, args: &[(&str, &str)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_owned();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            // A number chooses a plural form; anything else is text.
            let value = match value.parse::<u32>() {
                Ok(n) if *name == "every" => FluentValue::from(n),
                _ => FluentValue::from(*value),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// A weekday's name as it stands alone: "dinsdag", "Tuesday", "الثلاثاء".
    pub fn day(&self, day: Weekday) -> &'static str {
        self.days[day.to_monday_zero_offset() as usize]
    }

    /// A month's name as it is written in a date (1 to 12).
    pub fn month(&self, month: i8) -> &'static str {
        self.months[(month.clamp(1, 12) - 1) as usize]
    }

    /// A weekday in a sentence, as the catalogue's message `key` bends it.
    fn day_as(&self, key: &str, day: Weekday) -> String {
        self.message(key, &[("day", day_key(day)), ("name", self.day(day))])
    }

    /// "eerste", said of `day` (Polish and Ukrainian agree with the weekday's gender).
    pub fn nth(&self, nth: Nth, day: Weekday) -> String {
        self.message(
            "nth",
            &[
                ("nth", nth.key()),
                ("day", day_key(day)),
                ("name", self.day(day)),
            ],
        )
    }

    /// "7 januari", with the year when it is not `this_year`.
    pub fn date(&self, d: Date, this_year: i16) -> String {
        let (day, month, year) = (d.day().to_string(), self.month(d.month()), d.year());
        if year == this_year {
            self.message("date", &[("day", &day), ("month", month)])
        } else {
            let year = year.to_string();
            self.message(
                "date-year",
                &[("day", &day), ("month", month), ("year", &year)],
            )
        }
    }

    /// "dinsdag 24 december"
    pub fn full_date(&self, d: Date, this_year: i16) -> String {
        self.message(
            "full-date",
            &[
                ("weekday", self.day(d.weekday())),
                ("date", &self.date(d, this_year)),
            ],
        )
    }

    /// "a, b en c"
    pub fn join(&self, items: &[String]) -> String {
        match items.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => {
                let comma = self.message("list-comma", &[]);
                self.message(
                    "list-and",
                    &[("rest", &rest.join(comma.as_str())), ("last", last)],
                )
            }
        }
    }

    /// An amount of euros: "€ 2,50" and "€ 2,-" in Dutch.
    pub fn euros(&self, n: f64) -> String {
        let cents = (n * 100.0).round() as i64;
        let whole = (cents / 100).to_string();
        match cents % 100 {
            0 => self.message("euros-whole", &[("whole", &whole)]),
            part => self.message(
                "euros",
                &[("whole", &whole), ("cents", &format!("{part:02}"))],
            ),
        }
    }

    /// Every week (or every `every` weeks) on `days`; the whole week and the working
    /// days have words of their own.
    pub fn weekly(&self, days: &[Weekday], every: u32) -> String {
        if every == 1 && days.len() == 7 {
            return self.message("every-day", &[]);
        }
        if every == 1 && days == WORKDAYS {
            return self.message("every-workday", &[]);
        }
        let key = if every == 1 {
            "every-week-day"
        } else {
            "on-day"
        };
        let names = if days.len() == 7 {
            vec![self.message("all-days", &[])]
        } else if days == WORKDAYS {
            vec![self.message("workdays", &[])]
        } else {
            days.iter().map(|d| self.day_as(key, *d)).collect()
        };
        let days = self.join(&names);
        if every == 1 {
            self.message("every-week", &[("days", &days)])
        } else {
            let every = every.to_string();
            self.message("every-n-weeks", &[("days", &days), ("every", &every)])
        }
    }

    /// The nth weekdays of every month, grouped by weekday in the order given.
    pub fn monthly(&self, groups: &[(Weekday, Vec<Nth>)]) -> String {
        let parts: Vec<String> = groups
            .iter()
            .map(|(day, nths)| {
                let nths: Vec<String> = nths
                    .iter()
                    .map(|n| {
                        self.message(
                            "nth-on",
                            &[
                                ("nth", n.key()),
                                ("day", day_key(*day)),
                                ("name", self.day(*day)),
                            ],
                        )
                    })
                    .collect();
                self.message(
                    "month-day",
                    &[
                        ("nths", &self.join(&nths)),
                        ("day", day_key(*day)),
                        ("name", self.day(*day)),
                    ],
                )
            })
            .collect();
        self.message("every-month", &[("days", &self.join(&parts))])
    }

    /// On these dates (each in full).
    pub fn on_dates(&self, dates: &[String]) -> String {
        self.message("on-dates", &[("dates", &self.join(dates))])
    }

    /// `what` from `start` to `end`, or at `start`.
    pub fn at_time(&self, what: &str, start: &str, end: Option<&str>) -> String {
        match end {
            Some(end) => self.message(
                "time-range",
                &[("what", what), ("start", start), ("end", end)],
            ),
            None => self.message("time-at", &[("what", what), ("start", start)]),
        }
    }

    /// `what` within a season: from, until, or both.
    pub fn in_season(&self, what: &str, from: Option<&str>, until: Option<&str>) -> String {
        match (from, until) {
            (Some(from), Some(until)) => self.message(
                "season",
                &[("what", what), ("from", from), ("until", until)],
            ),
            (Some(from), None) => self.message("season-from", &[("what", what), ("from", from)]),
            (None, Some(until)) => {
                self.message("season-until", &[("what", what), ("until", until)])
            }
            (None, None) => what.to_owned(),
        }
    }

    /// `what`, except on `dates`.
    pub fn except(&self, what: &str, dates: &[String]) -> String {
        self.message("except", &[("what", what), ("dates", &self.join(dates))])
    }
}

/// Monday to Friday.
pub const WORKDAYS: &[Weekday] = &[
    Weekday::Monday,
    Weekday::Tuesday,
    Weekday::Wednesday,
    Weekday::Thursday,
    Weekday::Friday,
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of a catalogue, as written at the start of a line.
    fn keys(locale: Locale) -> std::collections::BTreeSet<&'static str> {
        locale
            .source()
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim_end()))
            // A language's own helpers for its grammar (a case, a gender's ordinals).
            .filter(|key| !key.starts_with("grammar-"))
            .collect()
    }

    #[test]
    fn every_catalogue_parses_and_holds_the_same_keys() {
        let nl = keys(Locale::Nl);
        for locale in Locale::ALL {
            if let Err((_, errors)) = FluentResource::try_new(locale.source().to_owned()) {
                panic!("{}.ftl does not parse: {errors:?}", locale.code());
            }
            assert_eq!(keys(locale), nl, "{}.ftl", locale.code());
        }
    }

    #[test]
    fn calendar_words_come_from_the_locale_data() {
        let nl = Words::of(Locale::Nl);
        assert_eq!(nl.day(Weekday::Monday), "maandag");
        assert_eq!(nl.day(Weekday::Sunday), "zondag");
        assert_eq!(nl.month(3), "maart");
        assert_eq!(Words::of(Locale::En).day(Weekday::Tuesday), "Tuesday");
        // A date's month in Polish and Ukrainian is in the genitive.
        let pl = Words::of(Locale::Pl);
        assert_eq!(pl.date(jiff::civil::date(2026, 12, 7), 2026), "7 grudnia");
        let uk = Words::of(Locale::Uk);
        assert_eq!(uk.date(jiff::civil::date(2027, 1, 5), 2026), "5 січня 2027");
        assert_eq!(Words::of(Locale::Ar).month(1), "يناير");
        assert_eq!(Words::of(Locale::Tr).day(Weekday::Tuesday), "Salı");
    }

    #[test]
    fn a_weekday_after_every_takes_the_case_its_language_asks() {
        let pl = Words::of(Locale::Pl);
        assert_eq!(
            pl.weekly(&[Weekday::Tuesday, Weekday::Wednesday], 1),
            "w każdy wtorek i w każdą środę"
        );
        let uk = Words::of(Locale::Uk);
        assert_eq!(uk.weekly(&[Weekday::Friday], 1), "щотижня у п'ятницю");
        assert_eq!(
            pl.monthly(&[(Weekday::Saturday, vec![Nth::First, Nth::Last])]),
            "w pierwszą i ostatnią sobotę miesiąca"
        );
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let uk = Words::of(Locale::Uk);
        assert_eq!(
            uk.weekly(&[Weekday::Monday], 3),
            "раз на 3 тижні у понеділок"
        );
        assert_eq!(
            uk.weekly(&[Weekday::Monday], 5),
            "раз на 5 тижнів у понеділок"
        );
        let ar = Words::of(Locale::Ar);
        assert_eq!(ar.weekly(&[Weekday::Monday], 2), "كل أسبوعين يوم الاثنين");
        assert_eq!(ar.weekly(&[Weekday::Monday], 3), "كل 3 أسابيع يوم الاثنين");
        assert_eq!(Locale::Pl.plural(1), "one");
        assert_eq!(Locale::Pl.plural(3), "few");
        assert_eq!(Locale::Pl.plural(5), "many");
        assert_eq!(Locale::Ar.plural(2), "two");
        assert_eq!(Locale::Nl.plural(0), "other");
    }

    #[test]
    fn the_readme_and_the_theme_say_which_languages_await_review() {
        let readme = include_str!("../README.md");
        for locale in Locale::ALL {
            let code = locale.code();
            let row = readme
                .lines()
                .find(|line| line.starts_with(&format!("| `{code}` |")))
                .unwrap_or_else(|| panic!("the README's table of languages has no `{code}`"));
            let theme = std::fs::read_to_string(format!(
                "{}/themes/default/i18n/{code}.toml",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let awaits = theme.lines().take(3).any(|l| l.contains("Awaiting review"));
            if locale.reviewed() {
                assert!(row.ends_with("| reviewed |"), "{row}");
                assert!(!awaits, "{code}.toml");
            } else {
                assert!(
                    row.ends_with("| awaiting review by a native speaker |"),
                    "{row}"
                );
                assert!(awaits, "{code}.toml says nothing of its review");
            }
        }
        assert!(Locale::Nl.reviewed() && !Locale::Ar.reviewed());
    }
}
