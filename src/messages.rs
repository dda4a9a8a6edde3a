//! Every sentence a user of the command line reads, from a Fluent catalogue per language:
//! `src/messages/nl.ftl` (plain Dutch, taalniveau B1) and `src/messages/en.ftl`. Code names
//! a message by its key with [`t!`](crate::t) and never writes the words itself, so a
//! language is added in one file and a test finds a key that either catalogue lacks.
//!
//! The language is one setting of the whole run, as a locale is: the command line sets it
//! once ([`set`]) from `--lang`, `LC_ALL`, `LC_MESSAGES` or `LANG`, else the site's
//! `language`, else Dutch. Diagnostics are made on many threads at once, so the catalogues
//! are shared read-only and the language is an atomic.
//!
//! Fluent, made by Mozilla for Firefox and used by rustc for its diagnostics, chooses the
//! plural form (`1 fout`, `2 fouten`) in the catalogue, not in the code. Unicode isolation
//! marks around arguments are off: they show as garbage in many terminals.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language buurtgids speaks to its users in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language of a site's `language` setting: English for `en`, else Dutch.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" { Lang::En } else { Lang::Nl }
    }

    /// The language a locale names (`nl_NL.UTF-8`, `en`, `en_GB`), or `None` for one
    /// buurtgids does not speak and for `C` and `POSIX`, which name none.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::Nl => include_str!("messages/nl.ftl"),
            Lang::En => include_str!("messages/en.ftl"),
        }
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Speak `lang` from now on, in every thread.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language of this run.
pub fn lang() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Nl,
    }
}

/// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES` and
/// `LANG` that is set and not empty, as gettext reads them, when it names one we speak.
pub fn from_environment() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_locale(&value))
}

/// A sentence from the catalogue, in the language of the run. Only [`t!`](crate::t) and
/// [`Text::foreign`] make one, so a diagnostic cannot be given words written in the code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Text(String);

impl Text {
    /// Words that come from outside buurtgids and have no translation: an operating
    /// system's error, a parser's description of its own failure. Wrap them in a
    /// catalogue message that says what they are about wherever one fits.
    pub fn foreign(words: impl Into<String>) -> Text {
        Text(words.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.0
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// A value given to a message: a number chooses a plural form, anything else is text.
#[derive(Debug, Clone)]
pub enum Arg {
    Number(f64),
    Text(String),
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(usize, u8, u16, u32, u64, i8, i16, i32, i64, isize);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(t.0)
    }
}

impl From<&Text> for Arg {
    fn from(t: &Text) -> Arg {
        Arg::Text(t.0.clone())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Text(c.to_string())
    }
}

impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Arg {
        Arg::Text(p.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Arg {
        Arg::Text(p.display().to_string())
    }
}

/// A message of the catalogue with its arguments:
/// `t!("build-failed", errors = 2, kept = t!("build-kept", folder = out))`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::messages::text($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::messages::text(
            $key,
            &[$((stringify!($name), $crate::messages::Arg::from($value))),+],
        )
    };
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let bundles = BUNDLES.get_or_init(|| Lang::ALL.map(load));
    &bundles[lang as usize]
}

fn load(lang: Lang) -> Bundle {
    // The catalogues are part of the binary and a test parses them, so a syntax error
    // cannot reach a user; should one slip through, the messages it spoils show their key.
    let resource = FluentResource::try_new(lang.source().to_owned()).unwrap_or_else(|(r, _)| r);
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The message `key` in the language of the run (see [`t!`](crate::t)).
pub fn text(key: &str, args: &[(&str, Arg)]) -> Text {
    text_in(lang(), key, args)
}

/// The message `key` in `lang`, whatever the run speaks: for a page of the site, which
/// speaks the site's language.
pub fn text_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> Text {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
        return Text(key.to_owned());
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.as_str()),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    Text(
        bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned(),
    )
}

/// The message `key` in the language of the run, or `None` when the catalogue has no
/// such key: for keys made from names (`cli-build-out`), which a test checks instead.
pub fn lookup(key: &str) -> Option<Text> {
    bundle(lang()).has_message(key).then(|| text(key, &[]))
}

/// The keys of a catalogue, in order, for the tests that both languages have every message
/// and that every key the code names is there.
pub fn keys(lang: Lang) -> Vec<&'static str> {
    lang.source()
        .lines()
        .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|line| line.split_once(" =").map(|(key, _)| key.trim_end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_catalogues_parse_and_hold_the_same_keys() {
        for lang in Lang::ALL {
            if let Err((_, errors)) = FluentResource::try_new(lang.source().to_owned()) {
                panic!("{}.ftl does not parse: {errors:?}", lang.code());
            }
        }
        let nl: std::collections::BTreeSet<&str> = keys(Lang::Nl).into_iter().collect();
        let en: std::collections::BTreeSet<&str> = keys(Lang::En).into_iter().collect();
        assert_eq!(nl.len(), keys(Lang::Nl).len(), "a key twice in nl.ftl");
        assert_eq!(en.len(), keys(Lang::En).len(), "a key twice in en.ftl");
        let only_nl: Vec<&&str> = nl.difference(&en).collect();
        let only_en: Vec<&&str> = en.difference(&nl).collect();
        assert!(only_nl.is_empty(), "missing in en.ftl: {only_nl:?}");
        assert!(only_en.is_empty(), "missing in nl.ftl: {only_en:?}");
    }

    #[test]
    fn plurals_are_chosen_by_the_catalogue() {
        assert_eq!(
            text_in(Lang::Nl, "count-errors", &[("count", Arg::from(1))]).as_str(),
            "1 fout"
        );
        assert_eq!(
            text_in(Lang::Nl, "count-errors", &[("count", Arg::from(3))]).as_str(),
            "3 fouten"
        );
        assert_eq!(
            text_in(Lang::En, "count-errors", &[("count", Arg::from(1))]).as_str(),
            "1 error"
        );
    }

    #[test]
    fn a_locale_names_its_language() {
        assert_eq!(Lang::from_locale("nl_NL.UTF-8"), Some(Lang::Nl));
        assert_eq!(Lang::from_locale("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
        assert_eq!(Lang::from_locale("de_DE.UTF-8"), None);
    }
}
