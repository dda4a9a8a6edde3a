//! `buurtgids cms`: an `admin/` folder for Decap CMS (Sveltia CMS reads the same file), so
//! editors fill in entries in a web form on top of the Git repository.
//!
//! The configuration is made from what `check` accepts: a collection per kind of entry
//! with its folder, every field with a Dutch label and a hint, the required fields marked
//! required, references (wijken, places, organisations, people) as relation widgets that
//! offer the site's own entries, and categories and audiences as choices from site.toml.
//! A form can only write keys the content files allow, so what an editor saves passes
//! `buurtgids check` (the test suite fills in every field of every form and checks it).

use std::path::Path;

use crate::config::{Config, Term};
use crate::content::Kind;
use crate::content::schedule::{Lang, Nth, Words};
use crate::yaml::Yaml;

/// The web app that shows the forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    Decap,
    Sveltia,
}

/// Where the CMS saves: a Decap backend, with the repository and branch for those that
/// need them.
#[derive(Debug, Clone)]
pub struct Backend {
    pub name: String,
    pub repo: Option<String>,
    pub branch: String,
}

/// The backends of Decap CMS that work on a repository by name.
const NEEDS_REPO: [&str; 5] = ["github", "gitlab", "gitea", "bitbucket", "azure"];

fn s(text: impl Into<String>) -> Yaml {
    Yaml::Text(text.into())
}

/// The files of the admin folder: `index.html` and `config.yml`.
pub fn files(
    config: &Config,
    app: App,
    backend: &Backend,
) -> Result<Vec<(&'static str, String)>, String> {
    if NEEDS_REPO.contains(&backend.name.as_str()) && backend.repo.is_none() {
        return Err(format!(
            "the {} backend needs the repository: add --repo OWNER/NAME",
            backend.name
        ));
    }
    let yaml = format!(
        "# The forms of the CMS for this site, written by `buurtgids cms` from site.toml and\n\
         # the kinds of entries. Run it again after changing categories or audiences in\n\
         # site.toml; changes made here by hand are then replaced.\n{}",
        crate::yaml::block(&configuration(config, backend), 0)
    );
    Ok(vec![
        ("index.html", index_html(config, app)),
        ("config.yml", yaml),
    ])
}

/// Writes the admin folder into `out`, never over files it did not write: when one of
/// them is there and not its own, nothing is written.
pub fn write(out: &Path, files: &[(&'static str, String)]) -> Result<(), String> {
    for (name, _) in files {
        let path = out.join(name);
        if let Ok(existing) = std::fs::read_to_string(&path) {
            let ours = existing.contains("buurtgids cms");
            if !ours {
                return Err(format!(
                    "{} exists and was not written by buurtgids cms; it is left as it is. Move it, or write the admin folder elsewhere with --out",
                    path.display()
                ));
            }
        }
    }
    let files: Vec<crate::output::File> = files
        .iter()
        .map(|(name, text)| crate::output::File::new(*name, text.as_bytes(), false))
        .collect();
    crate::output::write_into(out, &files)
}

fn index_html(config: &Config, app: App) -> String {
    admin_page(app, &crate::view::escape_html(&config.title))
}

/// The editors' page of `app`, with the site's title (HTML-escaped) in its `<title>`.
fn admin_page(app: App, title: &str) -> String {
    let script = match app {
        App::Decap => {
            r#"<script src="https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js"></script>"#
        }
        App::Sveltia => {
            r#"<script src="https://unpkg.com/@sveltia/cms/dist/sveltia-cms.js" type="module"></script>"#
        }
    };
    format!(
        "<!doctype html>\n<!-- Written by buurtgids cms. This page is for editors only; it loads the CMS from unpkg.com. -->\n\
         <html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n<title>Beheer – {title}</title>\n</head>\n<body>\n{script}\n</body>\n</html>\n"
    )
}

/// Whether `bytes`, published as `name`, is the editors' page this command writes, for
/// any site title and nothing added: the one web page the build publishes from
/// `static/`, though it runs the CMS's script.
pub fn is_admin_page(name: &str, bytes: &[u8]) -> bool {
    const TITLE: &str = "\u{0}";
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    name == "admin/index.html"
        && [App::Decap, App::Sveltia].into_iter().any(|app| {
            let page = admin_page(app, TITLE);
            let Some((before, after)) = page.split_once(TITLE) else {
                return false;
            };
            text.strip_prefix(before)
                .and_then(|rest| rest.strip_suffix(after))
                .is_some_and(|title| !title.contains(['<', '>']))
        })
}

fn configuration(config: &Config, backend: &Backend) -> Vec<(&'static str, Yaml)> {
    let mut back = vec![("name", s(&backend.name))];
    if let Some(repo) = &backend.repo {
        back.push(("repo", s(repo)));
    }
    back.push(("branch", s(&backend.branch)));
    let base = config.base_url.trim_end_matches('/').to_owned() + "/";
    vec![
        ("backend", Yaml::Map(back)),
        ("locale", s("nl")),
        ("site_url", s(&base)),
        ("display_url", s(&base)),
        ("media_folder", s("static/images")),
        ("public_folder", s("images")),
        (
            "slug",
            Yaml::Map(vec![
                ("encoding", s("ascii")),
                ("clean_accents", Yaml::Bool(true)),
            ]),
        ),
        (
            "collections",
            Yaml::List(
                Kind::ALL
                    .into_iter()
                    .map(|k| collection(k, config))
                    .collect(),
            ),
        ),
    ]
}

/// The extension a kind's files have in the CMS: Markdown with front matter, except for
/// organisations, which have no page text.
pub fn extension(kind: Kind) -> &'static str {
    if kind == Kind::Organisation {
        "yaml"
    } else {
        "md"
    }
}

fn labels(kind: Kind) -> (&'static str, &'static str, &'static str) {
    match kind {
        Kind::Area => (
            "Wijken en kernen",
            "Wijk of kern",
            "Elke wijk of kern heeft een eigen pagina.",
        ),
        Kind::Organisation => (
            "Organisaties",
            "Organisatie",
            "Wie organiseert: stichtingen, verenigingen, kerken, de bibliotheek.",
        ),
        Kind::Place => (
            "Ontmoetingsplekken",
            "Ontmoetingsplek",
            "Buurthuizen, dorpshuizen, de bibliotheek: waar mensen elkaar ontmoeten.",
        ),
        Kind::Activity => (
            "Activiteiten",
            "Activiteit",
            "Wat er te doen is: koffieochtenden, taalcafés, wandelingen.",
        ),
        Kind::Service => (
            "Hulp en voorzieningen",
            "Voorziening",
            "Sociaal wijkteam, formulierenhulp, schuldhulp en andere hulp.",
        ),
        Kind::Person => (
            "Mensen",
            "Persoon",
            "Preventiewerkers, buurtverbinders en wijkondersteuners.",
        ),
        Kind::Volunteering => (
            "Vrijwilligerswerk",
            "Vacature",
            "Waar vrijwilligers nodig zijn.",
        ),
        Kind::Page => (
            "Pagina's",
            "Pagina",
            "Losse pagina's, zoals de toegankelijkheidsverklaring.",
        ),
    }
}

fn collection(kind: Kind, config: &Config) -> Yaml {
    let (label, singular, description) = labels(kind);
    let ext = extension(kind);
    let key = kind.title_key();
    let mut c = vec![
        ("name", s(kind.folder())),
        ("label", s(label)),
        ("label_singular", s(singular)),
        ("description", s(description)),
        ("folder", s(format!("content/{}", kind.folder()))),
        ("extension", s(ext)),
        ("format", s(if ext == "md" { "frontmatter" } else { "yml" })),
        ("create", Yaml::Bool(true)),
        ("slug", s("{{slug}}")),
        ("identifier_field", s(key)),
        ("summary", s(format!("{{{{{key}}}}}"))),
    ];
    if kind != Kind::Area && kind != Kind::Page {
        c.push(("sortable_fields", Yaml::List(vec![s(key), s("reviewed")])));
    }
    c.push(("fields", Yaml::List(fields(kind, config))));
    Yaml::Map(c)
}

/// One form field.
fn field(
    name: &'static str,
    label: &str,
    widget: &str,
    required: bool,
    hint: &str,
) -> Vec<(&'static str, Yaml)> {
    let mut f = vec![
        ("name", s(name)),
        ("label", s(label)),
        ("widget", s(widget)),
        ("required", Yaml::Bool(required)),
    ];
    if !hint.is_empty() {
        f.push(("hint", s(hint)));
    }
    f
}

fn plain(name: &'static str, label: &str, widget: &str, required: bool, hint: &str) -> Yaml {
    Yaml::Map(field(name, label, widget, required, hint))
}

fn with(mut f: Vec<(&'static str, Yaml)>, extra: Vec<(&'static str, Yaml)>) -> Yaml {
    f.extend(extra);
    Yaml::Map(f)
}

fn pattern(regex: &str, message: &str) -> (&'static str, Yaml) {
    ("pattern", Yaml::List(vec![s(regex), s(message)]))
}

/// A reference to entries of `to`, offered by their names.
fn relation(
    name: &'static str,
    label: &str,
    to: Kind,
    multiple: bool,
    required: bool,
    hint: &str,
) -> Yaml {
    let shown = to.title_key();
    with(
        field(name, label, "relation", required, hint),
        vec![
            ("collection", s(to.folder())),
            ("value_field", s("{{slug}}")),
            ("search_fields", Yaml::List(vec![s(shown)])),
            ("display_fields", Yaml::List(vec![s(shown)])),
            ("multiple", Yaml::Bool(multiple)),
        ],
    )
}

fn choices(name: &'static str, label: &str, terms: &[Term], hint: &str) -> Yaml {
    let options = terms
        .iter()
        .map(|t| Yaml::Map(vec![("label", s(&t.name)), ("value", s(&t.id))]))
        .collect();
    with(
        field(name, label, "select", false, hint),
        vec![
            ("multiple", Yaml::Bool(true)),
            ("options", Yaml::List(options)),
        ],
    )
}

fn date(name: &'static str, label: &str, hint: &str) -> Yaml {
    with(
        field(name, label, "datetime", false, hint),
        vec![
            ("format", s("YYYY-MM-DD")),
            ("date_format", s("DD-MM-YYYY")),
            ("time_format", Yaml::Bool(false)),
            ("picker_utc", Yaml::Bool(true)),
        ],
    )
}

fn object(name: &'static str, label: &str, required: bool, hint: &str, fields: Vec<Yaml>) -> Yaml {
    with(
        field(name, label, "object", required, hint),
        vec![
            ("collapsed", Yaml::Bool(!required)),
            ("fields", Yaml::List(fields)),
        ],
    )
}

fn phone() -> Yaml {
    plain(
        "phone",
        "Telefoon",
        "string",
        false,
        "Bijvoorbeeld 0413 123 456",
    )
}

fn email() -> Yaml {
    with(
        field("email", "E-mail", "string", false, ""),
        vec![pattern(
            r"^[^@\s]+@[^@\s]+\.[^@\s]+$",
            "Een e-mailadres, zoals naam@voorbeeld.nl",
        )],
    )
}

fn website(label: &str) -> Yaml {
    with(
        field(
            "website",
            label,
            "string",
            false,
            "Het hele adres, met https://",
        ),
        vec![pattern(r"^https?://", "Begin met https://")],
    )
}

/// The contact person, phone, e-mail and web site of an activity, service or opening.
fn who_to_ask() -> [Yaml; 4] {
    [
        relation("contact", "Contactpersoon", Kind::Person, false, false, ""),
        phone(),
        email(),
        website("Website"),
    ]
}

fn address(required: bool) -> Yaml {
    object(
        "address",
        "Adres",
        required,
        "",
        vec![
            plain(
                "street",
                "Straat en huisnummer",
                "string",
                true,
                "Bijvoorbeeld Lindeplein 4",
            ),
            with(
                field("postcode", "Postcode", "string", true, ""),
                vec![pattern(
                    r"^\d{4} ?[A-Za-z]{2}$",
                    "Een postcode zoals 5431 AB",
                )],
            ),
            plain("city", "Plaats", "string", true, ""),
        ],
    )
}

fn accessibility() -> Yaml {
    let yes_no = |name, label| {
        plain(
            name,
            label,
            "boolean",
            false,
            "Zet aan als het zo is. Weet u het niet? Laat dit dan leeg.",
        )
    };
    object(
        "accessibility",
        "Toegankelijkheid",
        false,
        "Wat iemand met een beperking moet weten. Vul alleen in wat u zeker weet.",
        vec![
            yes_no("wheelchair", "Toegankelijk met rolstoel of rollator"),
            yes_no("hearing_loop", "Ringleiding"),
            yes_no("accessible_toilet", "Invalidentoilet"),
            yes_no("disabled_parking", "Invalidenparkeerplaats in de buurt"),
            plain(
                "notes",
                "Toelichting",
                "text",
                false,
                "Bijvoorbeeld: de ingang is aan de achterkant.",
            ),
        ],
    )
}

fn registration() -> Yaml {
    object(
        "registration",
        "Aanmelden",
        false,
        "Alleen invullen als mensen zich moeten aanmelden.",
        vec![
            with(
                field("required", "Aanmelden is nodig", "boolean", false, ""),
                vec![("default", Yaml::Bool(true))],
            ),
            plain(
                "how",
                "Hoe aanmelden",
                "text",
                false,
                "Bijvoorbeeld: bel of app Anja, uiterlijk maandag.",
            ),
            phone(),
            email(),
            website("Website om aan te melden"),
        ],
    )
}

/// The days of the week and the weeks of the month, as the content files write them.
fn schedule(name: &'static str, label: &str, hint: &str) -> Yaml {
    let nl = Words::of(Lang::Nl);
    let days: Vec<jiff::civil::Weekday> =
        std::iter::successors(Some(jiff::civil::Weekday::Monday), |d| Some(d.next()))
            .take(7)
            .collect();
    let day_options = days.iter().map(|d| s(nl.day(*d))).collect();
    let month_options = [Nth::First, Nth::Second, Nth::Third, Nth::Fourth, Nth::Last]
        .iter()
        .flat_map(|n| {
            days.iter()
                .map(move |d| s(format!("{} {}", nl.nth(*n), nl.day(*d))))
        })
        .collect();
    let dates = |name, label, hint| {
        with(
            field(name, label, "list", false, hint),
            vec![("field", date("date", "Datum", ""))],
        )
    };
    with(
        field(name, label, "list", false, hint),
        vec![
            ("label_singular", s("regel")),
            (
                "summary",
                s("{{fields.weekly}}{{fields.monthly}}{{fields.dates}} {{fields.time}}"),
            ),
            (
                "fields",
                Yaml::List(vec![
                    with(
                        field(
                            "weekly",
                            "Elke week op",
                            "select",
                            false,
                            "Kies de dagen. Of kies hieronder een week van de maand, of losse data.",
                        ),
                        vec![
                            ("multiple", Yaml::Bool(true)),
                            ("options", Yaml::List(day_options)),
                        ],
                    ),
                    with(
                        field(
                            "every",
                            "Om de hoeveel weken",
                            "number",
                            false,
                            "Alleen bij 'elke week op': 2 is om de week. Vul dan ook 'vanaf' in.",
                        ),
                        vec![("value_type", s("int")), ("min", Yaml::Number(1.0))],
                    ),
                    with(
                        field(
                            "monthly",
                            "Elke maand op",
                            "select",
                            false,
                            "Bijvoorbeeld eerste dinsdag.",
                        ),
                        vec![
                            ("multiple", Yaml::Bool(true)),
                            ("options", Yaml::List(month_options)),
                        ],
                    ),
                    dates(
                        "dates",
                        "Losse data",
                        "Voor iets dat maar een paar keer is.",
                    ),
                    with(
                        field(
                            "time",
                            "Tijd",
                            "string",
                            false,
                            "Begin en einde, zoals 10:00-12:00. Of alleen het begin: 19:30.",
                        ),
                        vec![pattern(
                            r"^\s*\d{1,2}[:.]\d{2}(\s*-\s*\d{1,2}[:.]\d{2})?\s*$",
                            "Schrijf de tijd zoals 10:00-12:00",
                        )],
                    ),
                    date("from", "Vanaf", "De eerste dag van een seizoen."),
                    date("until", "Tot en met", "De laatste dag van een seizoen."),
                    dates("except", "Niet op", "Bijvoorbeeld feestdagen."),
                    plain(
                        "note",
                        "Opmerking",
                        "string",
                        false,
                        "Bijvoorbeeld: niet in de schoolvakanties.",
                    ),
                    relation(
                        "place",
                        "Op een andere plek",
                        Kind::Place,
                        false,
                        false,
                        "Alleen als het ergens anders is dan de plek hierboven.",
                    ),
                ]),
            ),
        ],
    )
}

fn fields(kind: Kind, config: &Config) -> Vec<Yaml> {
    let mut f = Vec::new();
    let title_label = if kind.title_key() == "name" {
        "Naam"
    } else {
        "Titel"
    };
    f.push(plain(
        kind.title_key(),
        title_label,
        "string",
        true,
        "De naam die bewoners zien. Kort en duidelijk.",
    ));
    f.push(plain(
        "summary",
        "Korte omschrijving",
        "text",
        true,
        "Eén of twee korte zinnen in eenvoudige taal (B1), voor lijsten en zoeken.",
    ));
    let listed = !matches!(kind, Kind::Area | Kind::Page);
    if listed {
        f.push(relation(
            "areas",
            "Wijken en kernen",
            Kind::Area,
            true,
            false,
            "Voor welke wijken of kernen. Zonder wijk of kern staat het op geen enkele wijkpagina.",
        ));
        f.push(choices("categories", "Onderwerpen", &config.categories, ""));
        f.push(choices("audience", "Voor wie", &config.audiences, ""));
    }
    match kind {
        Kind::Area => {
            f.push(with(
                field(
                    "kind",
                    "Soort",
                    "select",
                    true,
                    "Een wijk (in de stad) of een kern (een dorp).",
                ),
                vec![("options", Yaml::List(vec![s("wijk"), s("kern")]))],
            ));
            f.push(relation(
                "parent",
                "Hoort bij",
                Kind::Area,
                false,
                false,
                "Het grotere gebied, als dat er is.",
            ));
            f.push(with(
                field(
                    "postcodes",
                    "Postcodes",
                    "list",
                    false,
                    "De vier cijfers van de postcodes, zodat bewoners hun wijk vinden.",
                ),
                vec![(
                    "field",
                    with(
                        field("postcode", "Postcode", "string", true, ""),
                        vec![pattern(r"^\d{4}$", "Vier cijfers, zoals 5431")],
                    ),
                )],
            ));
        }
        Kind::Organisation => {
            f.push(website("Website"));
            f.push(phone());
            f.push(email());
            f.push(address(false));
        }
        Kind::Place => {
            f.push(address(true));
            f.push(object(
                "geo",
                "Plek op de kaart",
                false,
                "",
                vec![
                    with(
                        field(
                            "lat",
                            "Breedtegraad",
                            "number",
                            true,
                            "Bijvoorbeeld 51.6978",
                        ),
                        vec![("value_type", s("float"))],
                    ),
                    with(
                        field("lon", "Lengtegraad", "number", true, "Bijvoorbeeld 5.3037"),
                        vec![("value_type", s("float"))],
                    ),
                ],
            ));
            f.push(schedule("opening_hours", "Openingstijden", ""));
            f.push(accessibility());
            f.push(with(
                field(
                    "facilities",
                    "Wat is er",
                    "list",
                    false,
                    "Bijvoorbeeld koffie en thee, wifi, computer.",
                ),
                vec![(
                    "field",
                    plain("facility", "Voorziening", "string", true, ""),
                )],
            ));
            f.push(relation(
                "organisation",
                "Beheerd door",
                Kind::Organisation,
                false,
                false,
                "",
            ));
            f.push(phone());
            f.push(email());
            f.push(website("Website"));
        }
        Kind::Activity | Kind::Service => {
            let service = kind == Kind::Service;
            f.push(relation(
                "place",
                "Waar",
                Kind::Place,
                false,
                false,
                "Een van de ontmoetingsplekken. Of vul hieronder een adres in.",
            ));
            f.push(address(false));
            f.push(schedule(
                "schedule",
                if service { "Inlooptijden" } else { "Wanneer" },
                "",
            ));
            f.push(plain(
                "cost",
                "Kosten",
                "string",
                false,
                "0 of gratis, een bedrag in euro zoals 2.50, of tekst zoals vrijwillige bijdrage.",
            ));
            f.push(relation(
                "organiser",
                if service {
                    "Aangeboden door"
                } else {
                    "Georganiseerd door"
                },
                Kind::Organisation,
                false,
                false,
                "",
            ));
            f.extend(who_to_ask());
            if service {
                f.push(plain(
                    "how_to_reach",
                    "Hoe krijgt u hulp",
                    "text",
                    false,
                    "Bijvoorbeeld: loop binnen, of bel voor een afspraak thuis.",
                ));
            }
            f.push(registration());
            f.push(accessibility());
        }
        Kind::Person => {
            f.push(plain(
                "role",
                "Functie",
                "string",
                true,
                "Bijvoorbeeld Preventiewerker of Buurtverbinder.",
            ));
            f.push(relation(
                "organisation",
                "Werkt voor",
                Kind::Organisation,
                false,
                false,
                "",
            ));
            f.push(phone());
            f.push(email());
            f.push(schedule(
                "office_hours",
                "Spreekuren",
                "Kies bij elk spreekuur de plek.",
            ));
        }
        Kind::Volunteering => {
            f.push(relation(
                "organisation",
                "Organisatie",
                Kind::Organisation,
                false,
                true,
                "Wie zoekt een vrijwilliger.",
            ));
            f.push(plain(
                "hours_per_week",
                "Uren per week",
                "string",
                false,
                "Bijvoorbeeld 2, of 2 tot 4.",
            ));
            f.push(plain(
                "when",
                "Wanneer",
                "string",
                false,
                "Bijvoorbeeld: op dinsdagochtend.",
            ));
            f.push(with(
                field(
                    "requirements",
                    "Wat vragen we",
                    "list",
                    false,
                    "Bijvoorbeeld rijbewijs B, VOG.",
                ),
                vec![("field", plain("requirement", "Eis", "string", true, ""))],
            ));
            f.extend(who_to_ask());
            f.push(plain(
                "how_to_respond",
                "Hoe reageren",
                "text",
                false,
                "Bijvoorbeeld: bel of mail Fatima.",
            ));
            f.push(relation("place", "Waar", Kind::Place, false, false, ""));
        }
        Kind::Page => {}
    }
    f.push(object(
        "image",
        "Foto",
        false,
        "",
        vec![
            plain("src", "Foto", "image", true, ""),
            plain(
                "alt",
                "Wat is er te zien",
                "string",
                true,
                "Voor wie de foto niet kan zien, zoals: zes mensen aan een lange tafel met soep.",
            ),
        ],
    ));
    f.push(date(
        "reviewed",
        "Laatst gecontroleerd",
        "De datum waarop u alles op deze pagina nog klopte.",
    ));
    f.push(date(
        "valid_from",
        "Zichtbaar vanaf",
        "Niet op de site voor deze datum.",
    ));
    f.push(date(
        "valid_until",
        "Zichtbaar tot en met",
        "Niet op de site na deze datum.",
    ));
    f.push(with(
        field(
            "draft",
            "Concept",
            "boolean",
            false,
            "Aan: nog niet op de site.",
        ),
        vec![("default", Yaml::Bool(false))],
    ));
    if extension(kind) == "md" {
        f.push(plain(
            "body",
            "Tekst",
            "markdown",
            false,
            "Meer uitleg, voor op de pagina zelf.",
        ));
    }
    f
}
