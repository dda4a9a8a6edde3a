//! The languages an activity or a service is held in, or a person speaks (`languages`):
//! the languages residents of Dutch wijken read or speak better than Dutch, with the
//! name in Dutch and English and the name in the language itself.
//!
//! An editor writes a language as its Dutch name (`Arabisch`), its English name, its own
//! name (`Türkçe`) or its code (`ar`, ISO 639-1 where it has one, else 639-3: `pap`,
//! `dse` for Nederlandse Gebarentaal); what is written is kept as the code. The list is
//! short on purpose, so that "in uw taal" stays a short list to choose from; a language
//! is added here with its code and names.

/// A language of the list.
#[derive(Debug, PartialEq, Eq)]
pub struct Spoken {
    /// ISO 639-1, or 639-3 where there is no two-letter code; the `lang` of HTML.
    pub code: &'static str,
    /// Its name in Dutch, as a Dutch sentence writes it.
    pub nl: &'static str,
    /// Its name in English.
    pub en: &'static str,
    /// Its name in itself.
    pub own: &'static str,
    /// Other ways editors write it (lower case).
    pub also: &'static [&'static str],
}

impl Spoken {
    /// Its name in a page's language: in Dutch or English, and on the pages of the other
    /// languages its name in itself, as language pickers name languages.
    pub fn name(&self, language: &str) -> &'static str {
        match language {
            "nl" => self.nl,
            "en" => self.en,
            _ => self.own,
        }
    }

    /// Its name in itself, when that is not its name in the site's language: what a
    /// resident who reads it better looks for.
    pub fn own_name(&self, language: &str) -> Option<&'static str> {
        (self.own != self.name(language)).then_some(self.own)
    }
}

macro_rules! spoken {
    ($($code:literal, $nl:literal, $en:literal, $own:literal, [$($also:literal),*];)*) => {
        &[$(Spoken { code: $code, nl: $nl, en: $en, own: $own, also: &[$($also),*] }),*]
    };
}

/// Every language an entry may name, Dutch first, then by Dutch name.
pub const ALL: &[Spoken] = spoken! {
    "nl", "Nederlands", "Dutch", "Nederlands", ["nld", "dutch"];
    "ar", "Arabisch", "Arabic", "العربية", ["ara"];
    "ber", "Berbers (Tamazight)", "Berber (Tamazight)", "Tamaziɣt", ["berbers", "tamazight", "tarifit", "riffijns", "amazigh"];
    "bg", "Bulgaars", "Bulgarian", "Български", ["bul"];
    "zh", "Chinees", "Chinese", "中文", ["zho", "mandarijn"];
    "prs", "Dari", "Dari", "دری", ["afghaans"];
    "de", "Duits", "German", "Deutsch", ["deu"];
    "en", "Engels", "English", "English", ["eng"];
    "fr", "Frans", "French", "Français", ["fra"];
    "fy", "Fries", "West Frisian", "Frysk", ["fry", "frisian"];
    "it", "Italiaans", "Italian", "Italiano", ["ita"];
    "ku", "Koerdisch", "Kurdish", "Kurdî", ["kur"];
    "dse", "Nederlandse Gebarentaal", "Sign Language of the Netherlands", "Nederlandse Gebarentaal", ["ngt", "gebarentaal", "sign language"];
    "uk", "Oekraïens", "Ukrainian", "Українська", ["ukr", "oekraiens"];
    "pap", "Papiaments", "Papiamento", "Papiamentu", ["papiamento"];
    "ps", "Pasjtoe", "Pashto", "پښتو", ["pashto", "pasjtoe"];
    "fa", "Perzisch (Farsi)", "Persian (Farsi)", "فارسی", ["perzisch", "farsi", "fas"];
    "pl", "Pools", "Polish", "Polski", ["pol"];
    "pt", "Portugees", "Portuguese", "Português", ["por"];
    "ro", "Roemeens", "Romanian", "Română", ["ron"];
    "ru", "Russisch", "Russian", "Русский", ["rus"];
    "so", "Somalisch", "Somali", "Soomaali", ["som"];
    "es", "Spaans", "Spanish", "Español", ["spa"];
    "srn", "Sranantongo", "Sranan Tongo", "Sranantongo", ["sranan", "surinaams"];
    "ti", "Tigrinya", "Tigrinya", "ትግርኛ", ["tir", "tigrinja"];
    "tr", "Turks", "Turkish", "Türkçe", ["tur", "turkce"];
};

/// The language `text` names, in any of the ways of writing it, or nothing.
pub fn find(text: &str) -> Option<&'static Spoken> {
    let wanted = text.trim().to_lowercase();
    ALL.iter().find(|s| {
        s.code == wanted
            || s.nl.to_lowercase() == wanted
            || s.en.to_lowercase() == wanted
            || s.own.to_lowercase() == wanted
            || s.also.contains(&wanted.as_str())
    })
}

/// What is said of `text` that names no language of the list: the message, and as its
/// help the closest Dutch name or, when none is close, every name.
pub fn unknown(text: &str) -> (crate::messages::Text, crate::messages::Text) {
    let names: Vec<&str> = ALL.iter().map(|s| s.nl).collect();
    let close = crate::diagnostic::closest(text, names.iter().copied());
    let help = match close.first() {
        Some(name) => crate::t!("unknown-language-close", name = *name),
        None => crate::t!("unknown-language-help", names = names.join(", ")),
    };
    (crate::t!("unknown-language", language = text.trim()), help)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_found_however_an_editor_writes_it() {
        for written in ["Arabisch", "arabisch", " ar ", "Arabic", "العربية", "ara"] {
            assert_eq!(find(written).map(|s| s.code), Some("ar"), "{written}");
        }
        assert_eq!(find("Türkçe").map(|s| s.code), Some("tr"));
        assert_eq!(find("NGT").map(|s| s.code), Some("dse"));
        assert_eq!(find("Oekraiens").map(|s| s.code), Some("uk"));
        assert_eq!(find("Klingon"), None);
    }

    #[test]
    fn every_code_and_name_is_one_language_only() {
        for s in ALL {
            let names = [s.code, s.nl, s.en, s.own]
                .into_iter()
                .chain(s.also.iter().copied());
            for name in names {
                assert_eq!(find(name), Some(s), "{name}");
            }
        }
    }
}
