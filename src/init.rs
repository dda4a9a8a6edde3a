//! `buurtgids init`: a new site for a municipality, small and valid, to build on.
//!
//! It writes `site.toml` with every setting explained in Dutch, one file per wijk and
//! kern, one example of every other kind (a draft, so `check` accepts it and nothing of it
//! is published, and `report` shows what is still missing), a `.gitignore`, the CI
//! files of GitHub Pages and GitLab Pages that build the site every night with a pinned,
//! checked release of buurtgids, and the editors' forms of `buurtgids cms`. It never
//! overwrites: a folder that holds a site already is refused before anything is written,
//! and a `.gitignore`, CI file or admin file that is there is kept.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::content::Kind;
use crate::messages::Text;
use crate::t;

/// What a municipality answers.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    /// The municipality's name, `Lindewaard`.
    pub municipality: String,
    /// Who publishes the site, `Gemeente Lindewaard`.
    pub publisher: String,
    pub areas: Vec<Area>,
    /// Where residents report a mistake; may be empty.
    pub report_email: String,
    /// The address the site will be published at.
    pub base_url: String,
    /// The province, which the open data's addresses name; may be empty.
    pub province: String,
    /// The GitHub repository, `owner/name`, where the CMS saves; empty for sign-in with
    /// Netlify Identity.
    pub repo: String,
}

/// A wijk or kern.
#[derive(Debug, Clone, PartialEq)]
pub struct Area {
    pub name: String,
    /// A village core rather than a district of a town.
    pub kern: bool,
    /// Four-digit postcodes.
    pub postcodes: Vec<String>,
}

impl Answers {
    /// The answers a script gets without asking: the municipality named after the folder.
    pub fn defaults_for(dir: &Path) -> Answers {
        let folder = dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_default();
        let municipality = title_case(&folder.replace(['-', '_'], " "));
        let municipality = if municipality.trim().is_empty() {
            "Mijn gemeente".to_owned()
        } else {
            municipality
        };
        let mut answers = Answers {
            municipality,
            ..Answers::default()
        };
        answers.fill_in();
        answers
    }

    /// Fills in what was left empty from what was given.
    pub fn fill_in(&mut self) {
        if self.publisher.trim().is_empty() {
            self.publisher = format!("Gemeente {}", self.municipality);
        }
        if self.base_url.trim().is_empty() {
            self.base_url = format!(
                "https://www.{}.nl/sociale-kaart/",
                crate::new::id_of(&self.municipality).replace('-', "")
            );
        }
        if self.areas.is_empty() {
            self.areas.push(Area {
                name: "Centrum".to_owned(),
                kern: false,
                postcodes: Vec::new(),
            });
        }
    }
}

/// `Lindewaard` for `lindewaard`: each word with a capital.
fn title_case(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Reads the postcodes of an area as an editor writes them: `5431, 5432` or `5431 AB`
/// (the letters are left off: an area has four-digit postcodes).
pub fn postcodes(text: &str) -> Result<Vec<String>, Text> {
    let mut found: Vec<String> = Vec::new();
    for part in text.split([',', ';', ' ']).filter(|p| !p.is_empty()) {
        if part.chars().all(|c| c.is_ascii_alphabetic()) && part.len() == 2 {
            continue;
        }
        if part.len() != 4 || !part.chars().all(|c| c.is_ascii_digit()) || part.starts_with('0') {
            return Err(t!("init-bad-postcode", postcode = part));
        }
        if !found.iter().any(|p| p == part) {
            found.push(part.to_owned());
        }
    }
    Ok(found)
}

/// An area from the command line: `Centrum` or `Centrum=5431,5432`.
pub fn area_arg(text: &str, kern: bool) -> Result<Area, Text> {
    let (name, codes) = text.split_once('=').unwrap_or((text, ""));
    let name = name.trim();
    if crate::new::id_of(name).is_empty() {
        return Err(t!("init-bad-area", area = text));
    }
    Ok(Area {
        name: name.to_owned(),
        kern,
        postcodes: postcodes(codes)?,
    })
}

/// Writes the new site into `dir`; returns the files written, relative to it.
pub fn init(dir: &Path, answers: &Answers, today: Date) -> Result<Vec<PathBuf>, Text> {
    for taken in ["site.toml", "content"] {
        if dir.join(taken).exists() {
            return Err(t!(
                "init-taken",
                file = dir.join(taken).display().to_string()
            ));
        }
    }
    crate::config::BaseUrl::parse(&answers.base_url)
        .map_err(|m| t!("init-bad-base-url", reason = m.as_str()))?;
    let mut ids: Vec<String> = Vec::new();
    for area in &answers.areas {
        let id = crate::new::id_of(&area.name);
        if ids.contains(&id) {
            return Err(t!("init-twice", area = &area.name));
        }
        ids.push(id);
    }
    let write = |rel: &str, text: &str| -> Result<PathBuf, Text> {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| t!("init-cannot-write", file = rel, reason = e.to_string()))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| t!("init-cannot-write", file = rel, reason = e.to_string()))?;
        Ok(PathBuf::from(rel))
    };
    let mut written = vec![write("site.toml", &site_toml(answers))?];
    for (area, id) in answers.areas.iter().zip(&ids) {
        written.push(write(
            &format!("content/areas/{id}.md"),
            &area_file(area, &answers.municipality),
        )?);
    }
    for kind in Kind::ALL.into_iter().filter(|k| *k != Kind::Area) {
        written.push(crate::new::new_entry(
            dir,
            kind,
            example_title(kind),
            today,
        )?);
    }
    // The files of a host's CI: built every night and on every change, with a pinned
    // release of buurtgids; and the editors' guide. One that is there is kept.
    let version = crate::config::VERSION;
    let ci = [
        (".gitignore", GITIGNORE.to_owned()),
        ("HANDLEIDING.md", handleiding()),
        (
            ".github/workflows/sociale-kaart.yml",
            GITHUB_PAGES.replace("{version}", version),
        ),
        (".gitlab-ci.yml", GITLAB_PAGES.replace("{version}", version)),
    ];
    for (rel, text) in ci {
        if !dir.join(rel).exists() {
            written.push(write(rel, &text)?);
        }
    }
    // The editors' forms, as `buurtgids cms` writes them, made from the new site.toml.
    let config = crate::config::Config::from_file(dir).map_err(|d| {
        let first = d.first().map(|d| d.message.clone()).unwrap_or_default();
        t!("init-cannot-write", file = "site.toml", reason = first)
    })?;
    let repo = answers.repo.trim();
    let backend = crate::cms::Backend {
        name: if repo.is_empty() {
            "git-gateway"
        } else {
            "github"
        }
        .to_owned(),
        repo: (!repo.is_empty()).then(|| repo.to_owned()),
        branch: "main".to_owned(),
    };
    for (name, text) in crate::cms::files(&config, crate::cms::App::Decap, &backend)? {
        let rel = format!("static/admin/{name}");
        if !dir.join(&rel).exists() {
            written.push(write(&rel, &text)?);
        }
    }
    Ok(written)
}

/// The title of the example of a kind, in Dutch as the site is: a draft, so it is never
/// published, and `report` shows what is still missing.
fn example_title(kind: Kind) -> &'static str {
    match kind {
        Kind::Activity => "Voorbeeld activiteit",
        Kind::Place => "Voorbeeld ontmoetingsplek",
        Kind::Service => "Voorbeeld hulp en advies",
        Kind::Person => "Voorbeeld contactpersoon",
        Kind::Volunteering => "Voorbeeld vrijwilligerswerk",
        Kind::Organisation => "Voorbeeld organisatie",
        Kind::Page => "Voorbeeld pagina",
        Kind::Area => "Voorbeeld wijk",
    }
}

/// GitHub Actions: download and check the pinned buurtgids (compile it when that fails),
/// build, publish on GitHub Pages.
const GITHUB_PAGES: &str = include_str!("init/github-pages.yml");

/// GitLab CI: the same, published on GitLab Pages.
const GITLAB_PAGES: &str = include_str!("init/gitlab-ci.yml");

/// The editors' guide, `docs/handleiding/README.md`, for the site's repository: without its
/// pictures, which stay with the guide of buurtgids itself; the text says all without them.
fn handleiding() -> String {
    let guide = include_str!("../docs/handleiding/README.md");
    let mut text = String::with_capacity(guide.len());
    let mut blank = false;
    for line in guide.lines() {
        if line.trim_start().starts_with("![") {
            continue;
        }
        // One blank line where a picture stood between two.
        if line.is_empty() && blank {
            continue;
        }
        blank = line.is_empty();
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// What git leaves out: the built site and the pictures made for it.
const GITIGNORE: &str = "# Wat buurtgids maakt, niet wat u schrijft: de gebouwde site en de foto's daarvoor.\n/public/\n/public.pictures/\n";

/// A string as TOML writes it, quoted and escaped.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn area_file(area: &Area, municipality: &str) -> String {
    let kind = if area.kern { "kern" } else { "wijk" };
    let postcodes = if area.postcodes.is_empty() {
        "# postcodes: [5431, 5432]\n".to_owned()
    } else {
        format!("postcodes: [{}]\n", area.postcodes.join(", "))
    };
    let summary = format!("De {kind} {} in de gemeente {municipality}.", area.name);
    format!(
        "---\n# De naam die bewoners kennen.\nname: {}\n# wijk (in een stad of dorp) of kern (een dorpskern).\nkind: {kind}\n# De postcodes van vier cijfers: de postcodezoeker op de voorpagina vindt de {kind} ermee.\n{postcodes}# Een of twee korte zinnen over de {kind}, in eenvoudige taal: schrijf ze zelf.\nsummary: {}\n---\n",
        quoted(&area.name),
        quoted(&summary),
    )
}

/// `site.toml` with every setting explained, in Dutch: the people who keep it read Dutch.
fn site_toml(a: &Answers) -> String {
    let title = format!("Sociale kaart {}", a.municipality);
    let description = format!(
        "Wat is er te doen in uw wijk of dorp? Activiteiten, ontmoetingsplekken, hulp en vrijwilligerswerk in de gemeente {}.",
        a.municipality
    );
    let version = crate::config::VERSION;
    let minor = version.rsplit_once('.').map_or(version, |(v, _)| v);
    SITE_TOML
        .replace("{requirement}", &quoted(&format!(">= {minor}")))
        .replace("{title}", &quoted(&title))
        .replace("{description}", &quoted(&description))
        .replace("{owner}", &quoted(&a.publisher))
        .replace("{base_url}", &quoted(&a.base_url))
        .replace("{report_email}", &quoted(&a.report_email))
        .replace(
            "# province = \"Noord-Brabant\"",
            &if a.province.trim().is_empty() {
                "# province = \"Noord-Brabant\"".to_owned()
            } else {
                format!("province = {}", quoted(a.province.trim()))
            },
        )
        .replace("{municipality}", &a.municipality)
}

const SITE_TOML: &str = r##"# De instellingen van de sociale kaart. Regels die met # beginnen zijn uitleg.
# Na een wijziging: `buurtgids check` zegt of alles klopt, `buurtgids serve` laat de site zien.

# Welke buurtgids de site nodig heeft. Een oudere zegt dan welke u moet installeren.
buurtgids = {requirement}

# De naam van de site, bovenaan elke pagina en in het tabblad van de browser.
title = {title}
# Eén zin over de site, voor de voorpagina en zoekmachines.
description = {description}
# Wie de site uitgeeft: de gemeente of de stichting. Staat onderaan elke pagina en in de
# toegankelijkheidsverklaring.
owner = {owner}
# Het volledige webadres waar de site komt te staan, met een / aan het eind. Een map op de
# site van de gemeente kan ook: https://www.gemeente.nl/sociale-kaart/
base_url = {base_url}
# De taal van de site: nl (Nederlands) of en (Engels).
language = "nl"
# De vormgeving: de map onder themes/, of default, die buurtgids meebrengt.
theme = "default"
# Na hoeveel dagen sinds `reviewed` een onderdeel als verouderd geldt; `buurtgids report`
# noemt die onderdelen per organisatie.
stale_after_days = 180
# Het e-mailadres waar bewoners een fout melden ("meld een fout" op elke pagina). Leeg: geen
# meldknop.
report_email = {report_email}
# Een logo uit static/, bovenaan naast de naam, bijvoorbeeld "images/logo.svg".
# logo = "images/logo.svg"

# De onderwerpen van de sociale kaart, hier de vijf bouwstenen van een sterke sociale basis.
# Onderdelen noemen ze bij hun id (categories: [ontmoeten]). `buurtgids report` laat per
# wijk zien welke bouwsteen nog niets heeft.
[[categories]]
id = "actief"
name = "Actieve vrijwilligers en inwoners"
description = "Meedoen, helpen en zelf iets organiseren."

[[categories]]
id = "voorzieningen"
name = "Preventieve en voorliggende voorzieningen"
description = "Hulp en advies dichtbij, zonder indicatie."

[[categories]]
id = "ontmoeten"
name = "Gastvrije ontmoetingsplekken"
description = "Plekken waar u zomaar binnen kunt lopen."

[[categories]]
id = "samenwerken"
name = "Samenwerken in de wijk"
description = "Organisaties die samen de buurt sterker maken."

[[categories]]
id = "verbinder"
name = "Verbinder in de wijk of kern"
description = "Mensen die u kent en die u verder helpen."

# Voor wie iets is. Onderdelen noemen ze bij hun id (audience: [ouderen]); bewoners kunnen
# erop zoeken en filteren.
[[audiences]]
id = "iedereen"
name = "Iedereen"

[[audiences]]
id = "ouderen"
name = "Ouderen"

[[audiences]]
id = "jongeren"
name = "Jongeren"

[[audiences]]
id = "kinderen"
name = "Kinderen"

[[audiences]]
id = "mantelzorgers"
name = "Mantelzorgers"

[[audiences]]
id = "nieuwkomers"
name = "Nieuwkomers"

# De kleuren van de site. Tekst in on_primary moet goed leesbaar zijn op primary (contrast
# 4,5 : 1); `buurtgids check` waarschuwt als dat niet zo is.
[colors]
primary = "#0b5394"
on_primary = "#ffffff"
accent = "#1e6b34"

# De agenda.
[agenda]
# Hoeveel weken de agenda vooruit kijkt.
weeks = 8
# Wanneer alles dicht is, bijvoorbeeld in de kerstvakantie: de agenda zegt het bij die dagen.
# closed = [{ from = 2026-12-24, until = 2027-01-01, name = "Kerstvakantie" }]

# De toegankelijkheidsverklaring, volgens het model van de Rijksoverheid. De pagina staat op
# /toegankelijkheid/. Vul in wat u weet; de status is A (voldoet volledig), B (voldoet
# gedeeltelijk), C (eerste maatregelen genomen), D (gedeeltelijk voldoet niet) of E (niet
# voldoet).
[accessibility]
# De status van de verklaring: begin met C en pas hem aan na het onderzoek.
status = "C"
# De datum van de verklaring, en wie haar heeft vastgesteld.
# date = 2027-01-15
# approved_by = "het college van burgemeester en wethouders van {municipality}"
# Wanneer en door wie de site is onderzocht.
# evaluated_on = 2027-01-10
# evaluated_by = "naam van de onderzoeker"
# Wat nog niet goed is, met wanneer het klaar is.
known_issues = []
# Het telefoonnummer voor vragen over toegankelijkheid, en binnen hoeveel werkdagen u antwoordt.
# phone = "14 0000"
response_days = 5

# Hoe lang een pagina is voor de rest op een volgende pagina komt.
[pages]
# Zoveel onderdelen op een lijst, dan een volgende pagina.
cards = 100
# Zoveel onderdelen van elke soort op de pagina van een wijk, met een link naar de rest.
area_cards = 12

# Wat `buurtgids check --language` zoekt: lange zinnen en samenvattingen, en moeilijke
# woorden met een eenvoudiger woord ervoor.
[plain_language]
sentence_words = 20
summary_sentences = 2
jargon = { "voorliggende voorziening" = "hulp in de buurt, zonder indicatie", "participatie" = "meedoen" }

# Zoeken: woorden die bewoners hier gebruiken voor hetzelfde, zoals de bijnaam van een wijk
# of de oude naam van een gebouw. Ze komen bij de synoniemen die buurtgids meebrengt.
[search]
synonyms = []

# Open data naast de pagina's: de export in HSDS 3.0 onder /open-data/hsds/ (uit met
# hsds = false), en de provincie die de adressen noemen.
[open_data]
hsds = true
# province = "Noord-Brabant"
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postcodes_are_read_as_editors_write_them() {
        assert_eq!(postcodes("5431, 5432").unwrap(), ["5431", "5432"]);
        assert_eq!(postcodes("5431 AB;5431").unwrap(), ["5431"]);
        assert!(postcodes("543").is_err());
        assert!(postcodes("0431").is_err());
        let area = area_arg("Oudeweer=5437", true).unwrap();
        assert_eq!((area.name.as_str(), area.kern), ("Oudeweer", true));
        assert!(area_arg("=5437", false).is_err());
    }

    #[test]
    fn the_site_toml_is_valid_toml_that_the_site_reads() {
        let mut answers = Answers {
            municipality: "Lindewaard \"Oost\"".into(),
            ..Answers::default()
        };
        answers.fill_in();
        let text = site_toml(&answers);
        let config = crate::config::Config::parse(&text).unwrap();
        assert_eq!(config.title, "Sociale kaart Lindewaard \"Oost\"");
        assert_eq!(config.owner, "Gemeente Lindewaard \"Oost\"");
        assert_eq!(config.categories.len(), 5);
    }
}
