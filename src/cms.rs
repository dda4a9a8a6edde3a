//! `buurtgids cms`: an `admin/` folder for Decap CMS (Sveltia CMS reads the same file), so
//! editors fill in entries in a web form on top of the Git repository.
//!
//! The configuration is made from the field catalogue (`content/fields.rs`), which a
//! test holds to what `check` accepts: a collection per kind of entry with its folder,
//! every field with its Dutch label and hint, the required fields marked
//! required, references (wijken, places, organisations, people) as relation widgets that
//! offer the site's own entries, and categories and audiences as choices from site.toml.
//! A form can only write keys the content files allow, so what an editor saves passes
//! `buurtgids check` (the test suite fills in every field of every form and checks it).

use std::path::Path;

use crate::config::Config;
use crate::content::Kind;
use crate::content::fields::{self, Field, Terms, Widget};
use crate::content::schedule::{Locale, Nth, Words};
use crate::messages::Text;
use crate::t;
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
) -> Result<Vec<(&'static str, String)>, Text> {
    if NEEDS_REPO.contains(&backend.name.as_str()) && backend.repo.is_none() {
        return Err(t!("cms-needs-repo", backend = &backend.name));
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
        ("preview.js", preview_js()),
    ])
}

/// Writes the admin folder into `out`, never over files it did not write: when one of
/// them is there and not its own, nothing is written.
pub fn write(out: &Path, files: &[(&'static str, String)]) -> Result<(), Text> {
    for (name, _) in files {
        let path = out.join(name);
        if let Ok(existing) = std::fs::read_to_string(&path) {
            let ours = existing.contains("buurtgids cms");
            if !ours {
                return Err(t!("cms-not-ours", path = &path));
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
    admin_page(app, &crate::view::escape_html(&config.title), true)
}

/// The script of the preview beside a form, for the collections of every kind.
fn preview_js() -> String {
    let names: Vec<String> = Kind::ALL
        .iter()
        .map(|k| format!("'{}'", k.folder()))
        .collect();
    include_str!("cms/preview.js")
        .replace("[/* collections */]", &format!("[{}]", names.join(", ")))
}

/// The editors' page of `app`, with the site's title (HTML-escaped) in its `<title>`,
/// and with the preview's script unless it is the page of a version before it.
fn admin_page(app: App, title: &str, preview: bool) -> String {
    let script = match app {
        App::Decap => {
            r#"<script src="https://unpkg.com/decap-cms@^3.0.0/dist/decap-cms.js"></script>"#
        }
        App::Sveltia => {
            r#"<script src="https://unpkg.com/@sveltia/cms/dist/sveltia-cms.js" type="module"></script>"#
        }
    };
    let preview = if preview {
        "\n<script src=\"preview.js\" defer></script>"
    } else {
        ""
    };
    format!(
        "<!doctype html>\n<!-- Written by buurtgids cms. This page is for editors only; it loads the CMS from unpkg.com. -->\n\
         <html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n<title>Beheer – {title}</title>\n</head>\n<body>\n{script}{preview}\n</body>\n</html>\n"
    )
}

/// Whether `bytes`, published as `name`, is the editors' page this command writes, for
/// any site title and nothing added (or the page of an earlier version, without the
/// preview): the one web page the build publishes from `static/`, though it runs the
/// CMS's script.
pub fn is_admin_page(name: &str, bytes: &[u8]) -> bool {
    const TITLE: &str = "\u{0}";
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    name == "admin/index.html"
        && [App::Decap, App::Sveltia]
            .into_iter()
            .flat_map(|app| [(app, true), (app, false)])
            .any(|(app, preview)| {
                let page = admin_page(app, TITLE, preview);
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

fn collection(kind: Kind, config: &Config) -> Yaml {
    let text = fields::kind_text(kind);
    let ext = extension(kind);
    let key = kind.title_key();
    let mut c = vec![
        ("name", s(kind.folder())),
        ("label", s(text.plural)),
        ("label_singular", s(text.singular)),
        ("description", s(text.about)),
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

/// The form fields of a kind, from the field catalogue.
fn fields(kind: Kind, config: &Config) -> Vec<Yaml> {
    fields::of(kind)
        .iter()
        .filter(|f| f.cms)
        // Organisations are YAML files in the CMS: they have no page text.
        .filter(|f| !matches!(f.widget, Widget::Markdown) || extension(kind) == "md")
        .map(|f| form_field(f, config, false))
        .collect()
}

/// One form field: name, label, widget, whether it is required, the hint, and what the
/// widget needs besides. A part of a group that may stay empty (`in_optional`) is never
/// required in the form: Decap asks for the required parts of an empty group too, which
/// would keep an activity without an address from being saved. `check` still says what a
/// half-filled group lacks.
fn form_field(f: &Field, config: &Config, in_optional: bool) -> Yaml {
    let required =
        f.required && !in_optional && !matches!(f.widget, Widget::Date | Widget::Terms(_));
    let widget = match f.widget {
        Widget::Line => "string",
        Widget::Text => "text",
        Widget::Markdown => "markdown",
        Widget::Number { .. } => "number",
        Widget::YesNo { .. } => "boolean",
        Widget::Date => "datetime",
        Widget::Choice(_)
        | Widget::Terms(_)
        | Widget::Days
        | Widget::MonthDays
        | Widget::Languages => "select",
        Widget::Ref { .. } => "relation",
        Widget::List(_) | Widget::Rules(_) => "list",
        Widget::Group(_) => "object",
        Widget::Picture => "image",
    };
    let mut y = vec![
        ("name", s(f.key)),
        ("label", s(f.label)),
        ("widget", s(widget)),
        ("required", Yaml::Bool(required)),
    ];
    if !f.hint.is_empty() {
        y.push(("hint", s(f.hint)));
    }
    if let Some((regex, message)) = f.pattern {
        y.push(("pattern", Yaml::List(vec![s(regex), s(message)])));
    }
    let options = |list: Vec<Yaml>| -> Vec<(&'static str, Yaml)> {
        vec![
            ("multiple", Yaml::Bool(true)),
            ("options", Yaml::List(list)),
        ]
    };
    let nl = Words::of(Locale::Nl);
    let form = |parts: &[Field], in_optional: bool| -> Yaml {
        Yaml::List(
            parts
                .iter()
                .filter(|p| p.cms)
                .map(|p| form_field(p, config, in_optional))
                .collect(),
        )
    };
    match f.widget {
        Widget::Line | Widget::Text | Widget::Markdown | Widget::Picture => {}
        Widget::Number { float, min } => {
            y.push(("value_type", s(if float { "float" } else { "int" })));
            if let Some(min) = min {
                y.push(("min", Yaml::Number(f64::from(min))));
            }
        }
        // In a group that may stay empty, a default would fill the group in by itself.
        Widget::YesNo { default } => {
            if let Some(default) = default.filter(|_| !in_optional) {
                y.push(("default", Yaml::Bool(default)));
            }
        }
        Widget::Date => y.extend([
            ("format", s("YYYY-MM-DD")),
            ("date_format", s("DD-MM-YYYY")),
            ("time_format", Yaml::Bool(false)),
            ("picker_utc", Yaml::Bool(true)),
        ]),
        Widget::Choice(words) => {
            y.push(("options", Yaml::List(words.iter().map(|w| s(*w)).collect())));
        }
        Widget::Terms(terms) => {
            let terms = match terms {
                Terms::Categories => &config.categories,
                Terms::Audiences => &config.audiences,
            };
            y.extend(options(
                terms
                    .iter()
                    .map(|t| Yaml::Map(vec![("label", s(&t.name)), ("value", s(&t.id))]))
                    .collect(),
            ));
        }
        Widget::Days => y.extend(options(week().map(|d| s(nl.day(d))).collect())),
        Widget::Languages => y.extend(options(
            crate::content::spoken::ALL
                .iter()
                .map(|l| Yaml::Map(vec![("label", s(l.nl)), ("value", s(l.code))]))
                .collect(),
        )),
        Widget::MonthDays => y.extend(options(
            [Nth::First, Nth::Second, Nth::Third, Nth::Fourth, Nth::Last]
                .iter()
                .flat_map(|n| week().map(move |d| s(format!("{} {}", nl.nth(*n, d), nl.day(d)))))
                .collect(),
        )),
        Widget::Ref { to, many } => {
            let shown = to.title_key();
            y.extend([
                ("collection", s(to.folder())),
                ("value_field", s("{{slug}}")),
                ("search_fields", Yaml::List(vec![s(shown)])),
                ("display_fields", Yaml::List(vec![s(shown)])),
                ("multiple", Yaml::Bool(many)),
            ]);
        }
        Widget::List(item) => y.push(("field", form_field(item, config, false))),
        Widget::Group(parts) => y.extend([
            ("collapsed", Yaml::Bool(!f.required)),
            ("fields", form(parts, in_optional || !f.required)),
        ]),
        Widget::Rules(parts) => y.extend([
            ("label_singular", s("regel")),
            (
                "summary",
                s("{{fields.weekly}}{{fields.monthly}}{{fields.dates}} {{fields.time}}"),
            ),
            ("fields", form(parts, false)),
        ]),
    }
    Yaml::Map(y)
}

/// The days of the week, Monday first.
fn week() -> impl Iterator<Item = jiff::civil::Weekday> {
    std::iter::successors(Some(jiff::civil::Weekday::Monday), |d| Some(d.next())).take(7)
}
