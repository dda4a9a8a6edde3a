//! `buurtgids new KIND "Title"`: a new entry with every field written out and explained.
//!
//! An editor starts from a file that already holds each field the kind can have, with a
//! line of Dutch above it saying what it means and an example. Fields that are not needed
//! stay commented out, so the file passes `check` as it is. A new entry is a draft: it is
//! on the preview of `serve`, and goes on the site when the editor removes `draft: true`.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::content::Kind;
use crate::content::fields::{self, Field, Widget};
use crate::content::model::slugify;
use crate::messages::Text;
use crate::t;

/// The longest id `new` makes from a title; ids may be 100 characters.
const MAX_ID: usize = 60;

/// Writes the new entry; returns the file written, relative to the site folder.
pub fn new_entry(root: &Path, kind: Kind, title: &str, today: Date) -> Result<PathBuf, Text> {
    let title = title.trim();
    if title.is_empty() {
        return Err(t!("new-no-title"));
    }
    let id = id_of(title);
    if id.is_empty() {
        return Err(t!("new-no-letters", title = title));
    }
    let folder = root.join("content").join(kind.folder());
    for ext in ["md", "yaml", "yml"] {
        let existing = folder.join(format!("{id}.{ext}"));
        if existing.exists() {
            return Err(t!(
                "new-exists",
                file = format!("content/{}/{id}.{ext}", kind.folder())
            ));
        }
    }
    let examples = Examples::find(root);
    let text = template(kind, title, today, &examples);
    std::fs::create_dir_all(&folder).map_err(|e| {
        t!(
            "new-no-folder",
            folder = kind.folder(),
            reason = e.to_string()
        )
    })?;
    let rel = PathBuf::from("content")
        .join(kind.folder())
        .join(format!("{id}.md"));
    // Never over a file, not even one made in the meantime.
    crate::output::write_new(&root.join(&rel), text.as_bytes())
        .map_err(|e| t!("write-failed", path = &rel, reason = e.to_string()))?;
    Ok(rel)
}

/// Writes a translation of the entry `id` (of `kind`, or of whichever kind has it) into
/// `language` beside it: its words copied from the main entry to translate, and
/// `translated_from` with the hash of those words (see [`crate::content::translation`]).
/// Returns the file written, relative to the site folder.
pub fn new_translation(
    root: &Path,
    language: &str,
    kind: Option<Kind>,
    id: &str,
) -> Result<PathBuf, Text> {
    use crate::content::translation;
    if crate::locale::Locale::from_code(language).is_none() {
        return Err(t!(
            "new-translate-language",
            language = language,
            languages = crate::locale::Locale::listed()
        ));
    }
    let config = crate::config::Config::from_file(root).ok();
    if config.as_ref().is_some_and(|c| c.language == language) {
        return Err(t!("new-translate-main", language = language));
    }
    let max_bytes = config
        .as_ref()
        .map_or(1024 * 1024, |c| c.limits.file_size_kib.saturating_mul(1024));
    let loaded =
        crate::content::load::load(root, max_bytes, None, &crate::progress::Progress::default());
    let found: Vec<&crate::content::Entry> = loaded
        .entries
        .iter()
        .filter(|e| e.id == id && kind.is_none_or(|k| e.kind == k))
        .collect();
    let entry = match found.as_slice() {
        [one] => *one,
        [] => return Err(t!("new-translate-unknown", id = id)),
        more => {
            let kinds: Vec<&str> = more.iter().map(|e| e.kind.name()).collect();
            return Err(t!(
                "new-translate-which",
                id = id,
                kinds = kinds.join(", "),
                language = language
            ));
        }
    };
    let rel = PathBuf::from("content")
        .join(entry.kind.folder())
        .join(format!("{id}.{language}.md"));
    for ext in ["md", "yaml", "yml"] {
        let existing = rel.with_extension(ext);
        if root.join(&existing).exists() {
            return Err(t!("new-exists", file = existing.display().to_string()));
        }
    }
    let quoted = |text: &str| serde_json::to_string(text.trim()).unwrap_or_default();
    let list = |items: &[String]| serde_json::to_string(items).unwrap_or_default();
    let name = crate::content::spoken::find(language).map_or(language, |l| {
        l.name(config.as_ref().map_or("nl", |c| c.language.as_str()))
    });
    let mut text = String::from("---\n");
    for line in t!("new-translate-comment", language = name, file = &entry.file).lines() {
        text.push_str(&format!("# {line}\n"));
    }
    text.push_str(&format!("translated_from: {}\n", entry.text_hash()));
    let fields = translation::fields(entry.kind);
    text.push_str(&format!("{}: {}\n", fields[0], quoted(&entry.title)));
    text.push_str(&format!("summary: {}\n", quoted(&entry.summary)));
    if !entry.keywords.is_empty() {
        text.push_str(&format!("keywords: {}\n", list(&entry.keywords)));
    }
    use crate::content::Details;
    match &entry.details {
        Details::Activity(offer) | Details::Service(offer) => {
            if let Some(how) = &offer.how_to_reach {
                text.push_str(&format!("how_to_reach: {}\n", quoted(how)));
            }
        }
        Details::Person { role, .. } if !role.is_empty() => {
            text.push_str(&format!("role: {}\n", quoted(role)));
        }
        Details::Place { facilities, .. } if !facilities.is_empty() => {
            text.push_str(&format!("facilities: {}\n", list(facilities)));
        }
        Details::Volunteering {
            when,
            requirements,
            how_to_respond,
            ..
        } => {
            if let Some(when) = when {
                text.push_str(&format!("when: {}\n", quoted(when)));
            }
            if !requirements.is_empty() {
                text.push_str(&format!("requirements: {}\n", list(requirements)));
            }
            if let Some(how) = how_to_respond {
                text.push_str(&format!("how_to_respond: {}\n", quoted(how)));
            }
        }
        _ => {}
    }
    text.push_str("---\n");
    text.push_str(entry.body.trim_start_matches('\n'));
    crate::output::write_new(&root.join(&rel), text.as_bytes())
        .map_err(|e| t!("write-failed", path = &rel, reason = e.to_string()))?;
    Ok(rel)
}

/// The file name for a title: Dutch-aware, "Koffie & Praat in 't Anker" gives
/// `koffie-praat-in-t-anker`, shortened at a word.
pub fn id_of(title: &str) -> String {
    let mut id = slugify(title);
    if id.len() > MAX_ID {
        let cut = id[..MAX_ID].rfind('-').unwrap_or(MAX_ID);
        id.truncate(cut);
    }
    id
}

/// Ids of existing entries and settings, so that the examples in a new file point at
/// things the site has.
struct Examples {
    area: String,
    organisation: Option<String>,
    place: String,
    person: String,
    category: String,
    audience: String,
    /// A position inside the example area, `(latitude, longitude)`, when it has a boundary:
    /// the catalogue's example position may lie in another area of this site.
    geo: Option<(f64, f64)>,
}

impl Examples {
    /// An example with the site's own ids in it.
    fn fill(&self, example: &str) -> String {
        let example = match self.geo {
            Some((lat, lon)) => example
                .replace("lat: 51.6978", &format!("lat: {lat:.4}"))
                .replace("lon: 5.3037", &format!("lon: {lon:.4}")),
            None => example.to_owned(),
        };
        example
            .replace("{area}", &self.area)
            .replace(
                "{organisation}",
                self.organisation.as_deref().unwrap_or("welzijn"),
            )
            .replace("{place}", &self.place)
            .replace("{person}", &self.person)
            .replace("{category}", &self.category)
            .replace("{audience}", &self.audience)
    }

    fn find(root: &Path) -> Examples {
        let first = |kind: Kind| -> Option<String> {
            let mut ids: Vec<String> = std::fs::read_dir(root.join("content").join(kind.folder()))
                .ok()?
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let (stem, ext) = name.rsplit_once('.')?;
                    (matches!(ext, "md" | "yaml" | "yml")
                        && !stem.starts_with('.')
                        && crate::content::translation::split_stem(stem).is_none())
                    .then(|| stem.to_owned())
                })
                .collect();
            ids.sort();
            ids.into_iter().next()
        };
        let config = crate::config::Config::from_file(root).ok();
        let term = |pick: fn(&crate::config::Config) -> Option<String>, or: &str| {
            config
                .as_ref()
                .and_then(pick)
                .unwrap_or_else(|| or.to_owned())
        };
        let area = first(Kind::Area).unwrap_or_else(|| "centrum".to_owned());
        let geo =
            std::fs::read_to_string(root.join("content/areas").join(format!("{area}.geojson")))
                .ok()
                .and_then(|text| crate::map::parse(text.trim_start_matches('\u{feff}')).ok())
                .and_then(|b| b.inside())
                .map(|(lon, lat)| (lat, lon));
        Examples {
            geo,
            area,
            organisation: first(Kind::Organisation),
            place: first(Kind::Place).unwrap_or_else(|| "buurthuis".to_owned()),
            person: first(Kind::Person).unwrap_or_else(|| "anja".to_owned()),
            category: term(|c| c.categories.first().map(|t| t.id.clone()), "ontmoeten"),
            audience: term(|c| c.audiences.first().map(|t| t.id.clone()), "ouderen"),
        }
    }
}

/// YAML for a title: quoted, so that a colon or a `#` in it stays text.
fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn template(kind: Kind, title: &str, today: Date, ex: &Examples) -> String {
    let mut out = format!(
        "---\n# Een nieuwe {} voor de sociale kaart.\n\
         # Regels die met # beginnen zijn uitleg. Wilt u een veld gebruiken dat met # begint?\n\
         # Haal dan het # en de spatie erna weg. Meer tekst kan onder de laatste ---.\n\n\
         # Nog niet op de site. Klaar? Haal deze regel weg, dan komt het op de site.\ndraft: true\n\n",
        fields::kind_text(kind).noun
    );
    let next_year = today
        .checked_add(jiff::Span::new().years(1))
        .unwrap_or(today);
    for field in fields::of(kind) {
        let value = match field.key {
            "draft" | "body" => continue,
            "title" | "name" => quoted(title),
            "summary" => quoted(field.example),
            "reviewed" | "valid_from" => today.to_string(),
            "valid_until" => next_year.to_string(),
            _ => ex.fill(&example(field)),
        };
        if value.is_empty() {
            continue;
        }
        out.push_str(&comment(field));
        if field.key == "organisation" && field.required && ex.organisation.is_none() {
            out.push_str(
                "# Er is nog geen organisatie: maak die eerst met buurtgids new organisation.\n",
            );
        }
        let on = field.required || field.suggested;
        let line = if value.starts_with('\n') {
            format!("{}:{value}", field.key)
        } else {
            format!("{}: {value}", field.key)
        };
        for l in line.lines() {
            if !on {
                out.push_str("# ");
            }
            out.push_str(l);
            out.push('\n');
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push_str("\n---\n");
    out
}

/// The line of Dutch above a field: its label, its hint and what the file wants.
fn comment(field: &Field) -> String {
    let mut text = format!("# {}.", field.label);
    if !field.hint.is_empty() {
        text.push(' ');
        text.push_str(field.hint);
    }
    match field.widget {
        Widget::Ref { many: true, .. } => {
            text.push_str(" Met hun id; all is de hele gemeente.");
        }
        Widget::Ref { to, .. } => {
            text.push_str(&format!(
                " Met de id van een {}.",
                fields::kind_text(to).noun
            ));
        }
        Widget::Terms(_) => text.push_str(" Met hun id uit site.toml."),
        Widget::Rules(_) => text.push_str(" Elke regel heeft weekly, monthly of dates."),
        Widget::Group(parts)
            if parts
                .iter()
                .any(|p| matches!(p.widget, Widget::YesNo { .. })) =>
        {
            text.push_str(" Schrijf ja of nee.");
        }
        _ => {}
    }
    text.push('\n');
    text
}

/// A field's example as YAML after `key:`: a block for a group, starting on a new line.
fn example(field: &Field) -> String {
    match field.widget {
        Widget::Group(parts) => parts
            .iter()
            .filter(|p| !p.example.is_empty())
            .map(|p| format!("\n  {}: {}", p.key, p.example))
            .collect(),
        Widget::Rules(_) => format!("\n{}", field.example),
        _ => field.example.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field of the catalogue is in a new file, with its label, so an editor sees
    /// all a kind can hold.
    #[test]
    fn a_new_file_holds_every_field_of_its_kind() {
        let ex = Examples {
            area: "centrum".into(),
            organisation: None,
            place: "buurthuis".into(),
            person: "anja".into(),
            category: "ontmoeten".into(),
            audience: "ouderen".into(),
            geo: None,
        };
        let today = Date::new(2026, 11, 23).unwrap();
        for kind in Kind::ALL {
            let text = template(kind, "Koffie", today, &ex);
            for field in fields::of(kind).iter().filter(|f| f.key != "body") {
                let line = format!("{}:", field.key);
                assert!(
                    text.lines()
                        .any(|l| l.trim_start_matches("# ").starts_with(&line)),
                    "{kind:?} {}:\n{text}",
                    field.key
                );
                assert!(text.contains(&format!("# {}.", field.label)) || field.key == "draft");
            }
        }
    }

    #[test]
    fn ids_are_dutch_aware_and_short() {
        assert_eq!(
            id_of("Koffie & Praat in 't Anker"),
            "koffie-praat-in-t-anker"
        );
        assert_eq!(id_of("Café Één"), "cafe-een");
        let long = id_of(&"Heel lange naam ".repeat(10));
        assert!(long.len() <= MAX_ID && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn titles_with_yaml_characters_stay_text() {
        assert_eq!(
            quoted("Soep: \"lekker\" # 1"),
            "\"Soep: \\\"lekker\\\" # 1\""
        );
    }
}
