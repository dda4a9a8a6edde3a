//! Translated entries: a file beside an entry, named after it with a language code
//! (`breicafe.en.md` beside `breicafe.md`), the convention Hugo and Zola users know.
//!
//! A translation holds only the entry's words: its title (or name), summary, body and the
//! few other texts its kind has (how to get help, a person's role, what a volunteer is
//! asked); times, places, costs, contacts and everything else come from the main entry,
//! so they cannot drift apart. A translation with any other field is an error that names
//! it. `translated_from` records what was translated: a short hash of the main entry's
//! words ([`Entry::text_hash`]), which `buurtgids new --translate` writes, so that `check`
//! can say when the main entry's words changed after the translation was made.

use std::collections::BTreeSet;
use std::sync::Arc;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::load::Parts;
use super::model::{Details, Entry, Kind};
use super::raw::{Ctx, OneOrMany};
use crate::diagnostic::{Diagnostic, Pos};
use crate::t;

/// One entry's words in another language.
#[derive(Debug, Clone)]
pub struct Translation {
    /// The language code: `en`, `ar`.
    pub language: String,
    /// The id of the entry it translates.
    pub id: String,
    pub kind: Kind,
    /// Path relative to the site folder.
    pub file: String,
    pub title: String,
    pub summary: String,
    /// Markdown; empty when the translation has no body.
    pub body: String,
    pub body_line: u32,
    pub keywords: Vec<String>,
    pub role: Option<String>,
    pub how_to_reach: Option<String>,
    pub when: Option<String>,
    pub requirements: Option<Vec<String>>,
    pub how_to_respond: Option<String>,
    pub facilities: Option<Vec<String>>,
    /// The hash of the main entry's words this translation was made from, where written.
    pub translated_from: Option<(String, Pos)>,
}

/// What an entry's copy in a translation's words leaves in the main language: set on
/// the copy ([`Translation::apply`]), so that the pages mark those words with their
/// language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// The body is translated (or the main entry has none).
    pub body: bool,
    /// Every other text the main entry has is translated (role, how to get help…).
    pub facts: bool,
    /// The main entry's title, summary and body, so that a resident who types a word of
    /// the main language still finds the translated entry.
    pub main_words: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    #[serde(alias = "name")]
    title: Option<Spanned<String>>,
    summary: Option<Spanned<String>>,
    keywords: Option<OneOrMany>,
    role: Option<String>,
    how_to_reach: Option<String>,
    when: Option<String>,
    requirements: Option<Vec<String>>,
    how_to_respond: Option<String>,
    facilities: Option<Vec<String>>,
    translated_from: Option<Spanned<String>>,
}

/// The fields a translation of an entry of `kind` may have: its words, and
/// `translated_from`.
pub fn fields(kind: Kind) -> Vec<&'static str> {
    let title = match kind {
        Kind::Area | Kind::Organisation | Kind::Place | Kind::Person => "name",
        _ => "title",
    };
    let mut fields = vec![title, "summary", "keywords"];
    fields.extend_from_slice(match kind {
        Kind::Activity | Kind::Service => &["how_to_reach"][..],
        Kind::Place => &["facilities"],
        Kind::Person => &["role"],
        Kind::Volunteering => &["when", "requirements", "how_to_respond"],
        _ => &[],
    });
    fields.push("translated_from");
    fields
}

/// The entry id and language of a translation's file stem (`breicafe.en`), or `None`
/// for the stem of an entry. A language is two or three lower-case letters.
pub fn split_stem(stem: &str) -> Option<(&str, &str)> {
    let (id, code) = stem.rsplit_once('.')?;
    ((2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some((id, code))
}

/// Parses a translation file's text.
pub fn parse(
    kind: Kind,
    (id, language): (&str, &str),
    file: &str,
    text: &str,
    markdown: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<Translation> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if crate::locale::Locale::from_code(language).is_none() {
        diags.push(
            Diagnostic::error(
                file,
                Pos::UNKNOWN,
                t!("translation-unknown-language", language = language),
            )
            .with_help(t!(
                "translation-unknown-language-help",
                languages = crate::locale::Locale::listed(),
                id = id
            )),
        );
        return None;
    }
    let Parts {
        yaml,
        body,
        line_offset,
        body_line,
    } = Parts::of(file, text, markdown, diags)?;
    // Every field that is not the entry's words, named, before anything else.
    let allowed = fields(kind);
    let mut wrong = false;
    for (n, line) in yaml.lines().enumerate() {
        let Some((key, _)) = line.split_once(':') else {
            continue;
        };
        if line.starts_with([' ', '\t', '#', '-']) || key.contains(' ') || key.is_empty() {
            continue;
        }
        // A main entry of an area calls its title `name`; either word is understood.
        if !allowed.contains(&key) && key != "title" && key != "name" {
            wrong = true;
            diags.push(
                Diagnostic::error(
                    file,
                    Pos::new(n as u32 + 1 + line_offset, 1),
                    t!("translation-field", key = key),
                )
                .with_help(t!(
                    "translation-field-help",
                    fields = allowed
                        .iter()
                        .map(|f| format!("`{f}`"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    id = id
                )),
            );
        }
    }
    if wrong {
        return None;
    }
    let mut ctx = Ctx {
        file,
        line_offset,
        body_line,
        diagnostics: diags,
    };
    let raw: RawTranslation = match serde_saphyr::from_str(yaml) {
        Ok(raw) => raw,
        Err(err) => {
            let diagnostic = super::load::yaml_diagnostic(&err, &ctx, kind);
            ctx.diagnostics.push(diagnostic);
            return None;
        }
    };
    let required = |field: Option<Spanned<String>>, key: &str, ctx: &mut Ctx| {
        let text = field.map(|f| f.value.trim().to_owned()).unwrap_or_default();
        if text.is_empty() {
            ctx.error(
                Pos::new(line_offset + 1, 1),
                t!("missing-field", key = key),
                t!("translation-missing-field-help", key = key),
            );
        }
        text
    };
    let title_key = allowed[0];
    let title = required(raw.title, title_key, &mut ctx);
    let summary = required(raw.summary, "summary", &mut ctx);
    if title.is_empty() || summary.is_empty() {
        return None;
    }
    let translated_from = raw
        .translated_from
        .map(|t| (t.value.trim().to_owned(), ctx.pos(&t)));
    Some(Translation {
        language: language.to_owned(),
        id: id.to_owned(),
        kind,
        file: file.to_owned(),
        title,
        summary,
        body: body.to_owned(),
        body_line,
        keywords: raw
            .keywords
            .map(|k| super::model::keywords(k.0.iter().map(|i| i.value.as_str())))
            .unwrap_or_default(),
        role: raw.role,
        how_to_reach: raw.how_to_reach,
        when: raw.when,
        requirements: raw.requirements,
        how_to_respond: raw.how_to_respond,
        facilities: raw.facilities,
        translated_from,
    })
}

impl Translation {
    /// A copy of `main` in this translation's words; what the translation leaves out
    /// stays in the main language, and the copy says so ([`Entry::translated`]).
    pub fn apply(&self, main: &Entry) -> Entry {
        let mut e = main.clone();
        e.title.clone_from(&self.title);
        e.summary.clone_from(&self.summary);
        let body = !self.body.trim().is_empty();
        if body {
            e.body.clone_from(&self.body);
            e.body_line = self.body_line;
        }
        if !self.keywords.is_empty() {
            e.keywords.clone_from(&self.keywords);
        }
        let mut facts = true;
        let mut take = |slot: &mut Option<String>, with: &Option<String>| match with {
            Some(text) => *slot = Some(text.clone()),
            None => facts &= slot.is_none(),
        };
        match &mut e.details {
            Details::Activity(offer) | Details::Service(offer) => {
                take(&mut offer.how_to_reach, &self.how_to_reach);
            }
            Details::Person { role, .. } => match &self.role {
                Some(text) => role.clone_from(text),
                None => facts &= role.is_empty(),
            },
            Details::Place { facilities, .. } => match &self.facilities {
                Some(list) => facilities.clone_from(list),
                None => facts &= facilities.is_empty(),
            },
            Details::Volunteering {
                when,
                requirements,
                how_to_respond,
                ..
            } => {
                take(when, &self.when);
                take(how_to_respond, &self.how_to_respond);
                match &self.requirements {
                    Some(list) => requirements.clone_from(list),
                    None => facts &= requirements.is_empty(),
                }
            }
            _ => {}
        }
        e.translated = Some(Translated {
            body: body || main.body.trim().is_empty(),
            facts,
            main_words: format!("{}\n{}\n{}", main.title, main.summary, main.body),
        });
        e.file.clone_from(&self.file);
        e
    }

    /// The texts of `main` this translation leaves out, by field name, for a warning.
    pub fn missing(&self, main: &Entry) -> Vec<&'static str> {
        let mut missing = Vec::new();
        if self.body.trim().is_empty() && !main.body.trim().is_empty() {
            missing.push("body");
        }
        let mut check = |name: &'static str, main_has: bool, has: bool| {
            if main_has && !has {
                missing.push(name);
            }
        };
        match &main.details {
            Details::Activity(offer) | Details::Service(offer) => check(
                "how_to_reach",
                offer.how_to_reach.is_some(),
                self.how_to_reach.is_some(),
            ),
            Details::Person { role, .. } => check("role", !role.is_empty(), self.role.is_some()),
            Details::Place { facilities, .. } => check(
                "facilities",
                !facilities.is_empty(),
                self.facilities.is_some(),
            ),
            Details::Volunteering {
                when,
                requirements,
                how_to_respond,
                ..
            } => {
                check("when", when.is_some(), self.when.is_some());
                check(
                    "requirements",
                    !requirements.is_empty(),
                    self.requirements.is_some(),
                );
                check(
                    "how_to_respond",
                    how_to_respond.is_some(),
                    self.how_to_respond.is_some(),
                );
            }
            _ => {}
        }
        missing
    }
}

/// Gives each entry its translations, and reports a translation of no entry and a
/// language translated twice.
pub fn attach(
    entries: &mut [Entry],
    translations: Vec<Arc<Translation>>,
    unread: &std::collections::HashSet<(Kind, &str)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let index: std::collections::HashMap<(Kind, &str), usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| ((e.kind, e.id.as_str()), i))
        .collect();
    let mut found: Vec<(usize, Arc<Translation>)> = Vec::new();
    for translation in translations {
        match index.get(&(translation.kind, translation.id.as_str())) {
            Some(&i) => found.push((i, translation)),
            None if unread.contains(&(translation.kind, translation.id.as_str())) => {}
            None => diagnostics.push(
                Diagnostic::error(
                    &translation.file,
                    Pos::UNKNOWN,
                    t!("translation-without-entry", id = &translation.id),
                )
                .with_help(t!(
                    "translation-without-entry-help",
                    id = &translation.id,
                    folder = translation.kind.folder()
                )),
            ),
        }
    }
    let mut seen = BTreeSet::new();
    for (i, translation) in found {
        let entry = &mut entries[i];
        if !seen.insert((i, translation.language.clone())) {
            diagnostics.push(
                Diagnostic::error(
                    &translation.file,
                    Pos::UNKNOWN,
                    t!("translation-twice", language = &translation.language),
                )
                .with_help(t!("translation-twice-help")),
            );
            continue;
        }
        let missing = translation.missing(entry);
        if !missing.is_empty() {
            diagnostics.push(
                Diagnostic::warning(
                    &translation.file,
                    Pos::UNKNOWN,
                    t!(
                        "translation-incomplete",
                        fields = missing
                            .iter()
                            .map(|f| format!("`{f}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .with_help(t!("translation-incomplete-help", main = &entry.file)),
            );
        }
        entry.translations.push(translation);
        entry
            .translations
            .sort_by(|a, b| a.language.cmp(&b.language));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_in(kind: Kind, text: &str) -> (Option<Translation>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let t = parse(
            kind,
            ("breicafe", "en"),
            "content/activities/breicafe.en.md",
            text,
            true,
            &mut diags,
        );
        (t, diags)
    }

    #[test]
    fn a_file_stem_with_a_language_is_a_translation() {
        assert_eq!(split_stem("breicafe.en"), Some(("breicafe", "en")));
        assert_eq!(split_stem("breicafe"), None);
        assert_eq!(split_stem("versie.2"), None);
    }

    #[test]
    fn a_translation_holds_only_words() {
        let (t, d) = parse_in(
            Kind::Activity,
            "---\ntitle: Knitting café\nsummary: Knit together.\nplace: de-linde\ncost: 2\n---\nBody\n",
        );
        assert!(t.is_none());
        let wrong: Vec<(u32, &str)> = d.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(wrong.len(), 2, "{d:?}");
        assert_eq!(wrong[0].0, 4);
        assert!(wrong[0].1.contains("`place`"), "{d:?}");
        assert!(d[0].help.as_deref().unwrap().contains("`how_to_reach`"));
        let (t, d) = parse_in(
            Kind::Activity,
            "---\ntitle: Knitting café\nsummary: Knit together.\ntranslated_from: abc\n---\nBody\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let t = t.unwrap();
        assert_eq!(t.title, "Knitting café");
        assert_eq!(
            t.translated_from.unwrap(),
            ("abc".to_owned(), Pos::new(4, 18))
        );
        assert_eq!(t.body_line, 6);
    }
}
