//! `buurtgids new KIND "Title"`: a new entry with every field written out and explained.
//!
//! An editor starts from a file that already holds each field the kind can have, with a
//! line of Dutch above it saying what it means and an example. Fields that are not needed
//! stay commented out, so the file passes `check` as it is. A new entry is a draft: it is
//! on the preview of `serve`, and goes on the site when the editor removes `draft: true`.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::content::Kind;
use crate::content::model::slugify;

/// The longest id `new` makes from a title; ids may be 100 characters.
const MAX_ID: usize = 60;

/// Writes the new entry; returns the file written, relative to the site folder.
pub fn new_entry(root: &Path, kind: Kind, title: &str, today: Date) -> Result<PathBuf, String> {
    let title = title.trim();
    if title.is_empty() {
        return Err(
            "give the entry a title, for example: buurtgids new activity \"Koffieochtend\""
                .to_owned(),
        );
    }
    let id = id_of(title);
    if id.is_empty() {
        return Err(format!(
            "`{title}` has no letters or digits to make a file name from; give a title with words"
        ));
    }
    let folder = root.join("content").join(kind.folder());
    for ext in ["md", "yaml", "yml"] {
        let existing = folder.join(format!("{id}.{ext}"));
        if existing.exists() {
            return Err(format!(
                "content/{}/{id}.{ext} already exists; it is left as it is. Give the new entry another title, or edit that file",
                kind.folder()
            ));
        }
    }
    let examples = Examples::find(root);
    let text = template(kind, title, today, &examples);
    std::fs::create_dir_all(&folder)
        .map_err(|e| format!("cannot make the folder content/{}: {e}", kind.folder()))?;
    let rel = PathBuf::from("content")
        .join(kind.folder())
        .join(format!("{id}.md"));
    // Never over a file, not even one made in the meantime.
    crate::output::write_new(&root.join(&rel), text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", rel.display()))?;
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
}

impl Examples {
    fn find(root: &Path) -> Examples {
        let first = |kind: Kind| -> Option<String> {
            let mut ids: Vec<String> = std::fs::read_dir(root.join("content").join(kind.folder()))
                .ok()?
                .filter_map(Result::ok)
                .filter_map(|e| {
                    let name = e.file_name().to_string_lossy().into_owned();
                    let (stem, ext) = name.rsplit_once('.')?;
                    (matches!(ext, "md" | "yaml" | "yml") && !stem.starts_with('.'))
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
        Examples {
            area: first(Kind::Area).unwrap_or_else(|| "centrum".to_owned()),
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
    let name_field = kind.title_key();
    let mut out = String::new();
    out.push_str("---\n");
    out.push_str(&format!(
        "# Een nieuwe {} voor de sociale kaart.\n\
         # Regels die met # beginnen zijn uitleg. Wilt u een veld gebruiken dat met # begint?\n\
         # Haal dan het # en de spatie erna weg. Meer tekst kan onder de laatste ---.\n\n",
        noun(kind)
    ));
    out.push_str(&format!(
        "# Nog niet op de site. Klaar? Haal deze regel weg, dan komt het op de site.\ndraft: true\n\n# De naam die bewoners zien. Kort en duidelijk.\n{name_field}: {}\n\n",
        quoted(title)
    ));
    out.push_str(
        "# Eén of twee korte zinnen in eenvoudig Nederlands (B1), voor lijsten en zoeken.\n",
    );
    out.push_str(&format!("summary: {}\n\n", quoted(&summary_hint(kind))));
    out.push_str(&kind_fields(kind, ex));
    if !matches!(kind, Kind::Area | Kind::Page) {
        out.push_str(&format!(
            "# Voor welke wijken of kernen, met hun id: [{area}], of: all (de hele gemeente).\nareas: [{area}]\n\n\
             # Onderwerpen uit site.toml, met hun id.\n# categories: [{category}]\n\n\
             # Voor wie, uit site.toml.\n# audience: [{audience}]\n\n",
            area = ex.area,
            category = ex.category,
            audience = ex.audience,
        ));
    }
    out.push_str(&format!(
        "# Een foto uit de map static/, met wat erop staat (voor wie niet kan zien).\n\
         # image:\n#   src: images/foto.jpg\n#   alt: Zes mensen aan een lange tafel met soep\n\n\
         # Het laatste deel van het webadres. Anders de naam van dit bestand.\n# slug: ander-adres\n\n\
         # Niet op de site voor of na deze datums.\n# valid_from: {today}\n# valid_until: {next_year}\n\n\
         # Wanneer heeft iemand dit voor het laatst nagekeken? Pas aan als u het controleert.\nreviewed: {today}\n---\n",
        next_year = today
            .checked_add(jiff::Span::new().years(1))
            .unwrap_or(today),
    ));
    out
}

/// The kind in Dutch, after "een nieuwe".
fn noun(kind: Kind) -> &'static str {
    match kind {
        Kind::Area => "wijk of kern",
        Kind::Organisation => "organisatie",
        Kind::Place => "ontmoetingsplek",
        Kind::Activity => "activiteit",
        Kind::Service => "voorziening (hulp of advies)",
        Kind::Person => "contactpersoon",
        Kind::Volunteering => "vrijwilligersvacature",
        Kind::Page => "pagina",
    }
}

fn summary_hint(kind: Kind) -> String {
    match kind {
        Kind::Area => "Waar de wijk ligt en wat er is.",
        Kind::Organisation => "Wat de organisatie doet, voor wie.",
        Kind::Place => "Wat voor plek het is en wie er binnen kan lopen.",
        Kind::Activity => "Wat u samen doet, en voor wie het is.",
        Kind::Service => "Waarmee u geholpen wordt, en door wie.",
        Kind::Person => "Waarvoor u deze persoon kunt bellen of mailen.",
        Kind::Volunteering => "Wat u als vrijwilliger doet.",
        Kind::Page => "Waar deze pagina over gaat.",
    }
    .to_owned()
}

const CONTACT: &str = "# Telefoonnummer.\n# phone: \"0413 123 456\"\n\n\
# E-mailadres.\n# email: info@example.org\n\n\
# Webpagina met meer informatie.\n# website: https://www.example.org\n\n";

const ACCESS: &str = "# Toegankelijkheid. Laat weg wat u niet weet. true is ja, false is nee.\n\
# accessibility:\n#   wheelchair: true\n#   hearing_loop: false\n#   accessible_toilet: true\n#   disabled_parking: true\n#   notes: De ingang zonder drempel is aan de achterkant.\n\n";

const SCHEDULE: &str = "#   - weekly: [dinsdag, donderdag]\n#     time: \"10:00-12:00\"\n\
#     # Niet op deze datums:\n#     # except: [2026-12-29]\n\
#     # Gaat door als alles dicht is (de vakanties in site.toml):\n#     # closed: false\n\
#   # Of elke eerste maandag van de maand:\n#   # - monthly: eerste maandag\n#   #   time: \"19:30-21:00\"\n\
#   # Of op losse datums (die gaan ook door als alles dicht is):\n#   # - dates: [2026-12-12, 2027-01-09]\n\n";

const REGISTRATION: &str = "# Aanmelden, als dat nodig is.\n# registration:\n#   required: true\n#   how: Bel of app Anja, uiterlijk maandag.\n#   phone: \"06 1234 5678\"\n\n";

fn kind_fields(kind: Kind, ex: &Examples) -> String {
    let org = ex.organisation.as_deref().unwrap_or("welzijn");
    match kind {
        Kind::Area => "# wijk of kern.\nkind: wijk\n\n\
# De postcodes (4 cijfers) van dit gebied, zodat bewoners het vinden.\n# postcodes: [5431, 5432]\n\n\
# Het grotere gebied waar dit bij hoort, met zijn id.\n# parent: centrum\n\n"
            .to_owned(),
        Kind::Organisation => format!(
            "{CONTACT}# Postadres.\n# address:\n#   street: Lindeplein 4\n#   postcode: \"5431 AB\"\n#   city: Lindewaard\n\n"
        ),
        Kind::Place => format!(
            "# Het adres. Vul dit in: een plek heeft altijd een adres.\naddress:\n  street: Straat 1\n  postcode: \"1234 AB\"\n  city: Plaats\n\n\
# Waar op de kaart, in graden.\n# geo:\n#   lat: 51.6978\n#   lon: 5.3037\n\n\
# Wanneer open. Elke regel heeft weekly, monthly of dates.\n# opening_hours:\n{SCHEDULE}\
{ACCESS}# Wat er is.\n# facilities: [koffie en thee, wifi]\n\n\
# De organisatie die de plek beheert, met haar id.\n# organisation: {org}\n\n{CONTACT}"
        ),
        Kind::Activity | Kind::Service => {
            let (when, who) = if kind == Kind::Service {
                ("Inloopuren. Elke regel heeft weekly, monthly of dates.", "Wie het aanbiedt")
            } else {
                ("Wanneer. Elke regel heeft weekly, monthly of dates.", "Wie het organiseert")
            };
            let reach = if kind == Kind::Service {
                "# Hoe krijgt u hulp, in gewone woorden.\n# how_to_reach: Loop binnen, of bel voor een afspraak thuis.\n\n"
            } else {
                ""
            };
            format!(
                "# Waar, met de id van een plek. Of geef een address zoals bij een plek.\n# place: {place}\n\n\
# {when}\n# schedule:\n{SCHEDULE}\
# Wat het kost: gratis, een bedrag in euro (2.50) of een tekst (vrijwillige bijdrage).\n# cost: gratis\n\n\
# {who}, met de id van een organisatie.\n# organiser: {org}\n\n\
# Wie u iets kunt vragen, met de id van een persoon.\n# contact: {person}\n\n\
{CONTACT}{reach}{REGISTRATION}{ACCESS}",
                place = ex.place,
                person = ex.person,
            )
        }
        Kind::Person => format!(
            "# Wat deze persoon doet.\nrole: Buurtverbinder\n\n\
# Voor welke organisatie, met haar id.\n# organisation: {org}\n\n\
# Spreekuur. Geef elke regel een place (de id van een plek).\n# office_hours:\n#   - weekly: woensdag\n#     time: \"09:00-11:00\"\n#     place: {place}\n\n\
# Telefoonnummer.\n# phone: \"06 1234 5678\"\n\n# E-mailadres.\n# email: naam@example.org\n\n",
            place = ex.place,
        ),
        Kind::Volunteering => {
            let organisation = match &ex.organisation {
                Some(id) => format!("organisation: {id}"),
                None => "# Er is nog geen organisatie: maak die eerst met buurtgids new organisation.\norganisation: welzijn".to_owned(),
            };
            format!(
                "# Wie de vrijwilliger zoekt, met de id van een organisatie.\n{organisation}\n\n\
# Ongeveer hoeveel uur per week: 2, of 2 tot 4.\n# hours_per_week: 2\n\n\
# Wanneer, in gewone woorden.\n# when: op dinsdagochtend\n\n\
# Wat u nodig hebt.\n# requirements: [rijbewijs B, VOG]\n\n\
# Hoe u reageert, in gewone woorden. Geef ook een telefoon, e-mail of contact.\n# how_to_respond: Bel of mail Anja.\n\n\
# Wie u kunt vragen, met de id van een persoon.\n# contact: {person}\n\n\
# Waar het werk is, met de id van een plek.\n# place: {place}\n\n{CONTACT}",
                person = ex.person,
                place = ex.place,
            )
        }
        Kind::Page => "# true zet een link naar deze pagina onderaan elke pagina.\n# footer: true\n\n"
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
