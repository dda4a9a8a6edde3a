//! `buurtgids import KIND file.csv [--map mapping.toml]`: a spreadsheet's rows become
//! content files.
//!
//! Foundations keep their activities, services and volunteer openings in spreadsheets
//! with their own headings ("Naam activiteit", "Wijk", "Dag en tijd", "Kosten"). The
//! headings are matched to fields by the Dutch and English names foundations use (see
//! the field catalogue, `content/fields.rs`), or by a mapping file; a column that matches no field stops the import
//! before anything is written, since it may hold what must not be published (an internal
//! note, a private phone number) and must not be silently dropped either.
//!
//! Every row is read on its own. A cell that cannot be read (a day that is no day, a
//! wijk the site does not have) is an error at its row and column, and nothing is written
//! for that row; the other rows are written. Names of wijken, places, organisations and
//! people are looked up among the site's entries, so the sheet may say "Buurthuis De
//! Linde" where a file says `buurthuis-de-linde`. An existing file is never overwritten:
//! a row whose entry is already there (the same title in the same areas) is reported as
//! skipped, so importing the same sheet again adds only the new rows. Each file is read
//! back with the same parser and checks as `buurtgids check` before it is written.

mod table;
pub mod when;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::Deserialize;

use crate::config::Config;
use crate::content::schedule::{Locale, Words};
use crate::content::{Areas, Entry, Kind, fields, load, slugify, validate};
use crate::diagnostic::{Diagnostic, Pos, closest, did_you_mean};
use crate::messages::Text;
use crate::t;
use crate::yaml::Yaml;
use table::{Cell, Table, column_letter};
use when::{Days, Rule};

/// What to import, and where.
pub struct Options<'a> {
    /// The site folder.
    pub root: &'a Path,
    pub kind: Kind,
    /// The spreadsheet, saved as CSV.
    pub csv: &'a Path,
    /// The mapping file, if any.
    pub map: Option<&'a Path>,
    /// The date written as `reviewed` when the sheet has no such column.
    pub today: Date,
    /// Read and check everything, but write nothing.
    pub dry_run: bool,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Rows written (or, in a dry run, that would be written): row number and file.
    pub written: Vec<(usize, PathBuf)>,
    /// Rows whose entry is already there: row number and the existing file.
    pub skipped: Vec<(usize, PathBuf)>,
    /// Rows with errors, nothing written for them.
    pub failed: usize,
    /// Rows without any text.
    pub empty: usize,
    /// Every problem, by row and column.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the file was read as Windows-1252 (Excel's "CSV" on Windows).
    pub windows_1252: bool,
}

/// What a column can fill: a field of the catalogue (or a part of one, such as an
/// address's street), or the file name.
#[derive(Debug, Clone, Copy)]
struct Column {
    /// The name a mapping file uses: `street`, `when`, `title`.
    name: &'static str,
    /// The key in the content file, which a mapping file may use too: `organiser`.
    key: &'static str,
    /// Headings (lowercase) that mean it.
    headings: &'static [&'static str],
    /// What it holds, in the words of the CMS form, for the list of fields in an error.
    about: &'static str,
}

impl Column {
    fn of(field: &fields::Field) -> Column {
        Column {
            name: field.column(),
            key: field.key,
            headings: field.headings,
            about: field.label,
        }
    }
}

/// The columns of a kind: the file name, then each field (and part of a field) of the
/// catalogue that a spreadsheet heading can mean, in the order a file lists them. A
/// schedule's column says when in words (`di 10.00-12.00`); the parts of a rule (day,
/// time, date, from, until) may also have columns of their own, and so may a volunteer
/// opening's `when`, which is words too.
fn columns_of(kind: Kind) -> Vec<Column> {
    let mut columns = vec![Column {
        name: "id",
        key: "id",
        headings: &["id", "bestandsnaam"],
        about: "bestandsnaam",
    }];
    for field in fields::of(kind) {
        if !field.headings.is_empty() {
            columns.push(Column::of(field));
        }
        let parts = if field.column() == "when" {
            fields::RULE
        } else {
            field.parts()
        };
        columns.extend(
            parts
                .iter()
                .filter(|p| !p.headings.is_empty())
                .map(Column::of),
        );
    }
    columns
}

/// A mapping file: headings to fields, values to ids, and values for every row.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Mapping {
    /// "Heading in the sheet" = "field" (or "ignore").
    #[serde(default)]
    columns: BTreeMap<String, String>,
    /// field = "value", used where a row leaves the field empty.
    #[serde(default)]
    defaults: BTreeMap<String, String>,
    /// [values.field] "what the sheet says" = "what to write".
    #[serde(default)]
    values: BTreeMap<String, BTreeMap<String, String>>,
}

fn normal(heading: &str) -> String {
    heading
        .trim()
        .trim_end_matches([':', '*'])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The column a mapping file names, by its name or its key in a content file.
fn field(name: &str, kind: Kind) -> Option<Column> {
    let name = normal(name).replace([' ', '-'], "_");
    columns_of(kind)
        .into_iter()
        .find(|c| c.name == name || c.key == name)
}

/// Imports the rows of a spreadsheet. `Err` when nothing can be imported: the file or the
/// mapping cannot be read, or a column matches no field.
pub fn import(opts: &Options) -> Result<Outcome, Vec<Diagnostic>> {
    if opts.kind == Kind::Page {
        return Err(vec![
            Diagnostic::error(display(opts.csv), Pos::UNKNOWN, t!("import-no-pages"))
                .with_help(t!("import-no-pages-help")),
        ]);
    }
    let config = Config::from_file(opts.root)?;
    let mapping = read_mapping(opts.map)?;
    let csv_name = display(opts.csv);
    let bytes = std::fs::read(opts.csv).map_err(|err| {
        vec![Diagnostic::error(
            &csv_name,
            Pos::UNKNOWN,
            t!("file-unreadable", reason = err.to_string()),
        )]
    })?;
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xd0\xcf\x11\xe0") {
        return Err(vec![
            Diagnostic::error(&csv_name, Pos::UNKNOWN, t!("import-not-csv"))
                .with_help(t!("import-not-csv-help")),
        ]);
    }
    let table = Table::read(&bytes).map_err(|e| {
        vec![
            Diagnostic::error(&csv_name, Pos::new(e.line, e.column), e.message)
                .with_help(t!("import-quote-help")),
        ]
    })?;
    let Some((heading_row, rows)) = table.rows.split_first() else {
        return Err(vec![
            Diagnostic::error(&csv_name, Pos::UNKNOWN, t!("import-empty"))
                .with_help(t!("import-empty-help")),
        ]);
    };
    let columns = match_columns(opts.kind, &heading_row.cells, &mapping, &csv_name, opts.map)?;
    let given = Given::of(&mapping, opts.kind);

    let site = Known::load(opts.root, &config);
    let mut outcome = Outcome {
        windows_1252: table.windows_1252,
        ..Outcome::default()
    };
    let mut taken: BTreeSet<String> = BTreeSet::new();
    let mut new_entries: Vec<(usize, PathBuf, String, Entry)> = Vec::new();
    for row in rows {
        if row.cells.iter().all(|c| c.text.trim().is_empty()) {
            outcome.empty += 1;
            continue;
        }
        // Text beyond the last heading would be lost: the row is not imported.
        if let Some((i, cell)) = row
            .cells
            .iter()
            .enumerate()
            .skip(columns.len())
            .find(|(_, c)| !c.text.trim().is_empty())
        {
            outcome.failed += 1;
            outcome.diagnostics.push(
                Diagnostic::error(
                    &csv_name,
                    Pos::new(cell.line, cell.column),
                    t!(
                        "import-text-without-heading",
                        row = row.number,
                        column = column_letter(i)
                    ),
                )
                .with_help(t!("import-text-without-heading-help")),
            );
            continue;
        }
        let mut reader = RowReader {
            kind: opts.kind,
            csv: &csv_name,
            row: row.number,
            cells: row_cells(row, &columns, &given),
            columns: columns
                .iter()
                .enumerate()
                .filter_map(|(i, f)| {
                    let cell = row.cells.get(i)?;
                    Some((f.as_ref()?.name, (i, Pos::new(cell.line, cell.column))))
                })
                .collect(),
            site: &site,
            config: &config,
            today: opts.today,
            diagnostics: Vec::new(),
        };
        let entry = reader.entry();
        let failed = reader.diagnostics.iter().any(Diagnostic::is_error);
        outcome.diagnostics.append(&mut reader.diagnostics);
        let Some(entry) = entry.filter(|_| !failed) else {
            outcome.failed += 1;
            continue;
        };
        match file_for(opts, &entry, &site, &mut taken) {
            Place::Existing(path) => outcome.skipped.push((row.number, path)),
            Place::New(rel, id) => {
                let text = entry.to_text();
                let mut diags = Vec::new();
                let markdown = rel.extension().is_some_and(|e| e == "md");
                let checked = load::parse(
                    opts.kind,
                    &id,
                    &rel.to_string_lossy(),
                    &text,
                    markdown,
                    &mut diags,
                );
                match checked.filter(|_| !diags.iter().any(Diagnostic::is_error)) {
                    Some(checked) => new_entries.push((row.number, rel, text, checked)),
                    None => {
                        outcome.failed += 1;
                        for d in diags.into_iter().filter(Diagnostic::is_error) {
                            outcome.diagnostics.push(row_error(&csv_name, row, &d));
                        }
                    }
                }
            }
        }
    }

    // References and terms are checked as `check` checks them, with the new entries in.
    let mut all: Vec<Entry> = site.entries.clone();
    all.extend(new_entries.iter().map(|(.., e)| e.clone()));
    let mut diags = Vec::new();
    validate::validate(&config, &all, opts.today, true, &mut diags);
    let mut bad_files: HashMap<String, Vec<Diagnostic>> = HashMap::new();
    for d in diags.into_iter().filter(Diagnostic::is_error) {
        bad_files.entry(d.file.clone()).or_default().push(d);
    }
    for (number, rel, text, _) in new_entries {
        let file = rel.to_string_lossy().into_owned();
        if let Some(problems) = bad_files.get(&file) {
            outcome.failed += 1;
            let row = rows.iter().find(|r| r.number == number).expect("the row");
            for d in problems {
                outcome.diagnostics.push(row_error(&csv_name, row, d));
            }
            continue;
        }
        if !opts.dry_run {
            if let Err(err) = crate::output::write_new(&opts.root.join(&rel), text.as_bytes()) {
                outcome.failed += 1;
                outcome.diagnostics.push(Diagnostic::error(
                    &csv_name,
                    Pos::UNKNOWN,
                    t!(
                        "import-write-failed",
                        row = number,
                        path = &rel,
                        reason = err.to_string()
                    ),
                ));
                continue;
            }
        }
        outcome.written.push((number, rel));
    }
    Ok(outcome)
}

fn display(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// An error the checks found in a written-out row, said of the row.
fn row_error(csv: &str, row: &table::Row, d: &Diagnostic) -> Diagnostic {
    let at = row
        .cells
        .first()
        .map_or(Pos::UNKNOWN, |c| Pos::new(c.line, c.column));
    let mut out = Diagnostic::error(
        csv,
        at,
        t!("import-row", row = row.number, message = &d.message),
    );
    out.help = d.help.clone();
    out
}

fn read_mapping(path: Option<&Path>) -> Result<Mapping, Vec<Diagnostic>> {
    let Some(path) = path else {
        return Ok(Mapping::default());
    };
    let name = display(path);
    let text = std::fs::read_to_string(path).map_err(|err| {
        vec![Diagnostic::error(
            &name,
            Pos::UNKNOWN,
            t!("mapping-unreadable", reason = err.to_string()),
        )]
    })?;
    toml::from_str(&text).map_err(|err| {
        let pos = err
            .span()
            .map_or(Pos::UNKNOWN, |s| Pos::of_offset(&text, s.start));
        vec![
            Diagnostic::error(
                &name,
                pos,
                t!("mapping-syntax", reason = err.message().trim()),
            )
            .with_help(t!("mapping-syntax-help")),
        ]
    })
}

/// The field of every column, by its heading; `None` for an ignored column.
fn match_columns(
    kind: Kind,
    headings: &[Cell],
    mapping: &Mapping,
    csv: &str,
    map_file: Option<&Path>,
) -> Result<Vec<Option<Column>>, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut columns = Vec::new();
    let mut seen: HashMap<&'static str, usize> = HashMap::new();
    let map_name = map_file.map_or_else(|| "mapping.toml".to_owned(), display);
    let mapped: HashMap<String, &String> = mapping
        .columns
        .iter()
        .map(|(k, v)| (normal(k), v))
        .collect();
    for (heading, wanted) in &mapping.columns {
        if !headings.iter().any(|h| normal(&h.text) == normal(heading)) {
            let names: Vec<&str> = headings.iter().map(|h| h.text.as_str()).collect();
            errors.push(
                Diagnostic::error(
                    &map_name,
                    Pos::UNKNOWN,
                    t!("mapping-no-column", heading = heading),
                )
                .with_help(
                    did_you_mean(heading, &names).unwrap_or_else(|| {
                        t!("mapping-no-column-help", headings = names.join(", "))
                    }),
                ),
            );
        }
        if wanted != "ignore" && field(wanted, kind).is_none() {
            errors.push(unknown_field(&map_name, wanted, kind));
        }
    }
    for name in mapping.defaults.keys().chain(mapping.values.keys()) {
        if field(name, kind).is_none() {
            errors.push(unknown_field(&map_name, name, kind));
        }
    }
    for (i, cell) in headings.iter().enumerate() {
        let heading = normal(&cell.text);
        let at = Pos::new(cell.line, cell.column);
        let letter = column_letter(i);
        let found = match mapped.get(&heading) {
            Some(name) if name.as_str() == "ignore" => {
                columns.push(None);
                continue;
            }
            Some(name) => field(name, kind),
            None if heading.is_empty() => {
                errors.push(
                    Diagnostic::error(csv, at, t!("column-no-heading", column = &letter))
                        .with_help(t!("column-no-heading-help", mapping = &map_name)),
                );
                columns.push(None);
                continue;
            }
            None => columns_of(kind)
                .into_iter()
                .find(|c| c.headings.contains(&heading.as_str())),
        };
        match found {
            Some(f) => {
                if let Some(other) = seen.insert(f.name, i) {
                    errors.push(
                        Diagnostic::error(
                            csv,
                            at,
                            t!(
                                "columns-same-field",
                                first = column_letter(other),
                                second = &letter,
                                field = f.name
                            ),
                        )
                        .with_help(t!(
                            "columns-same-field-help",
                            mapping = &map_name,
                            heading = cell.text.trim()
                        )),
                    );
                }
                columns.push(Some(f));
            }
            None => {
                let names = field_names(kind);
                let heading_text = cell.text.trim();
                let field = closest(&heading.replace(' ', "_"), names.iter().copied())
                    .first()
                    .map_or("description", |n| *n);
                errors.push(
                    Diagnostic::error(
                        csv,
                        at,
                        t!(
                            "column-unknown",
                            column = &letter,
                            heading = heading_text,
                            kind = kind.word(),
                            name = kind.name()
                        ),
                    )
                    .with_help(t!(
                        "column-unknown-help",
                        mapping = &map_name,
                        heading = heading_text,
                        field = field,
                        fields = names.join(", ")
                    )),
                );
                columns.push(None);
            }
        }
    }
    if errors.is_empty() {
        Ok(columns)
    } else {
        Err(errors)
    }
}

/// The names of the fields of a kind, each once.
fn field_names(kind: Kind) -> Vec<&'static str> {
    let mut names: Vec<&str> = Vec::new();
    for c in columns_of(kind) {
        if !names.contains(&c.name) {
            names.push(c.name);
        }
    }
    names
}

fn unknown_field(file: &str, name: &str, kind: Kind) -> Diagnostic {
    let names = field_names(kind);
    Diagnostic::error(
        file,
        Pos::UNKNOWN,
        t!(
            "mapping-unknown-field",
            field = name,
            kind = kind.word(),
            name = kind.name()
        ),
    )
    .with_help(did_you_mean(name, &names).unwrap_or_else(|| {
        let list: Vec<String> = columns_of(kind)
            .iter()
            .map(|c| format!("{} ({})", c.name, c.about))
            .collect();
        t!("mapping-unknown-field-help", fields = list.join(", "))
    }))
}

/// A mapping's `[values]` and `[defaults]` by the field they are for, found once.
struct Given<'m> {
    values: Vec<(&'static str, &'m BTreeMap<String, String>)>,
    defaults: Vec<(&'static str, &'m String)>,
}

impl<'m> Given<'m> {
    /// The mapping's names are known fields of `kind` (`match_columns` checked them).
    fn of(mapping: &'m Mapping, kind: Kind) -> Given<'m> {
        let name = |n: &str| field(n, kind).map_or("", |f| f.name);
        Given {
            values: mapping.values.iter().map(|(k, v)| (name(k), v)).collect(),
            defaults: mapping.defaults.iter().map(|(k, v)| (name(k), v)).collect(),
        }
    }
}

/// A row's cells by field, with defaults and value mappings applied.
fn row_cells(
    row: &table::Row,
    columns: &[Option<Column>],
    given: &Given,
) -> BTreeMap<&'static str, Value> {
    let mut cells = BTreeMap::new();
    for (i, field) in columns.iter().enumerate() {
        let (Some(field), Some(cell)) = (field, row.cells.get(i)) else {
            continue;
        };
        let text = cell.text.trim();
        if text.is_empty() {
            continue;
        }
        let text = given
            .values
            .iter()
            .find(|(name, _)| *name == field.name)
            .and_then(|(_, values)| {
                values
                    .iter()
                    .find(|(from, _)| from.trim().eq_ignore_ascii_case(text))
            })
            .map_or(text, |(_, to)| to.as_str());
        cells.insert(
            field.name,
            Value {
                text: text.to_owned(),
                cell: Some((i, Pos::new(cell.line, cell.column))),
            },
        );
    }
    for (name, text) in &given.defaults {
        cells.entry(*name).or_insert_with(|| Value {
            text: (*text).clone(),
            cell: None,
        });
    }
    cells
}

/// A cell's text, and its column and position (none for a default from the mapping).
#[derive(Debug, Clone)]
struct Value {
    text: String,
    cell: Option<(usize, Pos)>,
}

/// The site's entries by kind, to look names up.
struct Known {
    entries: Vec<Entry>,
    by_kind: HashMap<Kind, Vec<usize>>,
}

impl Known {
    fn load(root: &Path, config: &Config) -> Known {
        let max = config.limits.file_size_kib.saturating_mul(1024);
        let loaded = load::load(root, max, None, &crate::progress::Progress::default());
        let mut by_kind: HashMap<Kind, Vec<usize>> = HashMap::new();
        for (i, e) in loaded.entries.iter().enumerate() {
            by_kind.entry(e.kind).or_default().push(i);
        }
        Known {
            entries: loaded.entries,
            by_kind,
        }
    }

    fn of(&self, kind: Kind) -> impl Iterator<Item = &Entry> {
        self.by_kind
            .get(&kind)
            .into_iter()
            .flatten()
            .map(|&i| &self.entries[i])
    }

    /// The id of the entry of `kind` the text names, by id or by name.
    fn find(&self, kind: Kind, text: &str) -> Result<String, Text> {
        let slug = slugify(text);
        let lower = text.trim().to_lowercase();
        if let Some(e) = self.of(kind).find(|e| {
            e.id == text.trim()
                || e.id == slug
                || e.title.to_lowercase() == lower
                || slugify(&e.title) == slug
        }) {
            return Ok(e.id.clone());
        }
        let mut names: Vec<&str> = self.of(kind).map(|e| e.title.as_str()).collect();
        let noun = kind.word();
        let name = text.trim();
        Err(match did_you_mean(text, &names) {
            Some(hint) => t!("site-has-no-hint", kind = &noun, name = name, hint = hint),
            None if names.is_empty() => t!("site-has-none", kind = &noun),
            None if names.len() <= 12 => {
                names.sort_unstable();
                t!(
                    "site-has-no-list",
                    kind = &noun,
                    name = name,
                    names = names.join(", ")
                )
            }
            None => t!("site-has-no", kind = &noun, name = name),
        })
    }
}

/// A new entry: its fields in order, and the text of its page.
#[derive(Debug, Default)]
struct NewEntry {
    fields: Vec<(&'static str, Yaml)>,
    body: String,
    title: String,
    areas: Vec<String>,
    id: Option<String>,
}

impl NewEntry {
    fn set(&mut self, key: &'static str, value: Yaml) {
        self.fields.push((key, value));
    }

    fn to_text(&self) -> String {
        let fields = crate::yaml::block(&self.fields, 0);
        if self.body.trim().is_empty() {
            return fields;
        }
        format!("---\n{fields}---\n{}\n", self.body.trim())
    }
}

/// Reads one row into a new entry, reporting each cell it cannot read.
struct RowReader<'a> {
    kind: Kind,
    csv: &'a str,
    row: usize,
    cells: BTreeMap<&'static str, Value>,
    /// Where each mapped column's cell is in this row, empty or not.
    columns: BTreeMap<&'static str, (usize, Pos)>,
    site: &'a Known,
    config: &'a Config,
    today: Date,
    diagnostics: Vec<Diagnostic>,
}

impl RowReader<'_> {
    fn get(&self, name: &str) -> Option<&Value> {
        self.cells.get(name)
    }

    fn text(&self, name: &str) -> Option<String> {
        self.get(name).map(|v| v.text.clone())
    }

    fn error(&mut self, name: &str, message: Text, help: Text) {
        let cell = self.get(name).and_then(|v| v.cell);
        let (pos, column) = match cell.or_else(|| self.columns.get(name).copied()) {
            Some((i, pos)) => (pos, t!("import-at-column", column = column_letter(i))),
            None if self.cells.contains_key(name) => {
                (Pos::UNKNOWN, t!("import-at-default", field = name))
            }
            None => (Pos::UNKNOWN, Text::foreign(format!("`{name}`"))),
        };
        self.diagnostics.push(
            Diagnostic::error(
                self.csv,
                pos,
                t!(
                    "import-cell",
                    row = self.row,
                    column = column,
                    message = message
                ),
            )
            .with_help(help),
        );
    }

    fn entry(&mut self) -> Option<NewEntry> {
        let kind = self.kind;
        let mut e = NewEntry::default();
        let Some(title) = self.text("title") else {
            self.error("title", t!("import-no-title"), t!("import-no-title-help"));
            return None;
        };
        e.title = title.clone();
        if let Some(id) = self.text("id") {
            if crate::content::is_safe_id(&id) {
                e.id = Some(id);
            } else {
                self.error(
                    "id",
                    t!("import-bad-id", id = &id),
                    t!("bad-slug-help", fix = slugify(&id)),
                );
            }
        }
        e.set(kind.title_key(), Yaml::Text(title));
        let description = self.text("description").unwrap_or_default();
        match self.text("summary") {
            Some(summary) => {
                if description.trim() != summary.trim() {
                    e.body = description;
                }
                e.set("summary", Yaml::Text(summary));
            }
            // The first sentences of the description are the summary; the page shows the
            // summary above the rest.
            None if !description.trim().is_empty() => {
                let (summary, rest) = first_sentences(&description);
                e.set("summary", Yaml::Text(summary));
                e.body = rest;
            }
            None => self.error(
                "summary",
                t!("import-no-summary"),
                t!("import-no-summary-help"),
            ),
        }
        if !matches!(kind, Kind::Area | Kind::Page) {
            self.areas(&mut e);
            for (field, terms) in [
                ("categories", &self.config.categories),
                ("audience", &self.config.audiences),
            ] {
                if let Some(list) = self.terms(field, terms) {
                    e.set(field, list);
                }
            }
        }
        if let Some(list) = self.text_list("keywords") {
            e.set("keywords", list);
        }
        match kind {
            Kind::Area => {
                let value = self.text("kind").map(|k| k.to_lowercase());
                match value.as_deref() {
                    Some("wijk" | "buurt") => e.set("kind", Yaml::Plain("wijk".into())),
                    Some("kern" | "dorp") => e.set("kind", Yaml::Plain("kern".into())),
                    Some(other) => self.error(
                        "kind",
                        t!("import-not-wijk-or-kern", value = other),
                        t!("import-not-wijk-or-kern-help"),
                    ),
                    None => self.error(
                        "kind",
                        t!("import-no-area-kind"),
                        t!("import-no-area-kind-help"),
                    ),
                }
                if let Some(id) = self.reference("parent", Kind::Area) {
                    e.set("parent", Yaml::Plain(id));
                }
                if let Some(text) = self.text("postcodes") {
                    let codes: Vec<Yaml> = split_list(&text)
                        .into_iter()
                        .map(|c| Yaml::Plain(c.chars().take_while(char::is_ascii_digit).collect()))
                        .collect();
                    if codes
                        .iter()
                        .any(|c| !matches!(c, Yaml::Plain(p) if p.len() == 4))
                    {
                        self.error(
                            "postcodes",
                            t!("import-bad-postcodes", text = &text),
                            t!("import-bad-postcodes-help"),
                        );
                    } else {
                        e.set("postcodes", Yaml::List(codes));
                    }
                }
            }
            Kind::Organisation => {
                self.contact_fields(&mut e, &["website", "phone", "email"]);
                if let Some(address) = self.address() {
                    e.set("address", address);
                }
            }
            Kind::Place => {
                match self.address() {
                    Some(address) => e.set("address", address),
                    None if !self.has_address() => self.error(
                        "address",
                        t!("import-no-address"),
                        t!("import-no-address-help"),
                    ),
                    None => {}
                }
                if let (Some(lat), Some(lon)) = (self.number("lat"), self.number("lon")) {
                    e.set(
                        "geo",
                        Yaml::Map(vec![("lat", Yaml::Number(lat)), ("lon", Yaml::Number(lon))]),
                    );
                }
                if let Some(rules) = self.schedule(None) {
                    e.set("opening_hours", rules);
                }
                if let Some(access) = self.accessibility() {
                    e.set("accessibility", access);
                }
                if let Some(list) = self.text_list("facilities") {
                    e.set("facilities", list);
                }
                if let Some(id) = self.reference("organisation", Kind::Organisation) {
                    e.set("organisation", Yaml::Plain(id));
                }
                self.contact_fields(&mut e, &["phone", "email", "website"]);
            }
            Kind::Activity | Kind::Service => {
                if let Some(id) = self.reference("place", Kind::Place) {
                    e.set("place", Yaml::Plain(id));
                }
                if let Some(address) = self.address() {
                    e.set("address", address);
                }
                if let Some(rules) = self.schedule(None) {
                    e.set("schedule", rules);
                }
                if let Some(cost) = self.text("cost") {
                    e.set("cost", cost_value(&cost));
                }
                if let Some(id) = self.reference("organisation", Kind::Organisation) {
                    e.set("organiser", Yaml::Plain(id));
                }
                if let Some(id) = self.reference("contact", Kind::Person) {
                    e.set("contact", Yaml::Plain(id));
                }
                self.contact_fields(&mut e, &["phone", "email", "website"]);
                if let Some(how) = self.text("how_to_reach") {
                    e.set("how_to_reach", Yaml::Text(how));
                }
                if let Some(text) = self.text("registration") {
                    e.set("registration", registration(&text));
                }
                if let Some(access) = self.accessibility() {
                    e.set("accessibility", access);
                }
                if let Some(languages) = self.languages() {
                    e.set("languages", languages);
                }
            }
            Kind::Person => {
                match self.text("role") {
                    Some(role) => e.set("role", Yaml::Text(role)),
                    None => self.error("role", t!("import-no-role"), t!("import-no-role-help")),
                }
                if let Some(id) = self.reference("organisation", Kind::Organisation) {
                    e.set("organisation", Yaml::Plain(id));
                }
                self.contact_fields(&mut e, &["phone", "email"]);
                let place = self.reference("place", Kind::Place);
                if let Some(rules) = self.schedule(place) {
                    e.set("office_hours", rules);
                }
                if let Some(languages) = self.languages() {
                    e.set("languages", languages);
                }
            }
            Kind::Volunteering => {
                match self.reference("organisation", Kind::Organisation) {
                    Some(id) => e.set("organisation", Yaml::Plain(id)),
                    None if !self.cells.contains_key("organisation") => self.error(
                        "organisation",
                        t!("import-no-organisation"),
                        t!("import-no-organisation-help"),
                    ),
                    None => {}
                }
                if let Some(hours) = self.text("hours_per_week") {
                    e.set("hours_per_week", cost_value(&hours));
                }
                let when: Vec<String> = ["when", "day", "time", "date", "from", "until"]
                    .iter()
                    .filter_map(|f| self.text(f))
                    .collect();
                if !when.is_empty() {
                    e.set("when", Yaml::Text(when.join(", ")));
                }
                if let Some(list) = self.text_list("requirements") {
                    e.set("requirements", list);
                }
                if let Some(id) = self.reference("contact", Kind::Person) {
                    e.set("contact", Yaml::Plain(id));
                }
                self.contact_fields(&mut e, &["phone", "email", "website"]);
                if let Some(how) = self.text("how_to_respond") {
                    e.set("how_to_respond", Yaml::Text(how));
                }
                if let Some(id) = self.reference("place", Kind::Place) {
                    e.set("place", Yaml::Plain(id));
                }
            }
            Kind::Page => {}
        }
        let reviewed = match self.text("reviewed") {
            Some(_) => self.date("reviewed"),
            None => Some(self.today),
        };
        if let Some(d) = reviewed {
            e.set("reviewed", Yaml::Plain(d.to_string()));
        }
        for field in ["valid_from", "valid_until"] {
            if let Some(d) = self.date(field) {
                e.set(field, Yaml::Plain(d.to_string()));
            }
        }
        Some(e)
    }

    fn areas(&mut self, e: &mut NewEntry) {
        let Some(text) = self.text("areas") else {
            self.error("areas", t!("import-no-areas"), t!("import-no-areas-help"));
            return;
        };
        let mut ids = Vec::new();
        for item in split_list(&text) {
            let lower = item.to_lowercase();
            if matches!(
                lower.as_str(),
                "all"
                    | "alle"
                    | "alle wijken"
                    | "overal"
                    | "hele gemeente"
                    | "de hele gemeente"
                    | "gemeentebreed"
                    | "gemeente"
            ) {
                e.areas = vec!["all".into()];
                e.set("areas", Yaml::Plain("all".into()));
                return;
            }
            match self.site.find(Kind::Area, &item) {
                Ok(id) => ids.push(id),
                Err(message) => self.error("areas", message, t!("import-unknown-area-help")),
            }
        }
        e.areas = ids.clone();
        e.set(
            "areas",
            Yaml::List(ids.into_iter().map(Yaml::Plain).collect()),
        );
    }

    fn terms(&mut self, field: &str, terms: &[crate::config::Term]) -> Option<Yaml> {
        let text = self.text(field)?;
        let mut ids = Vec::new();
        for item in split_list(&text) {
            let slug = slugify(&item);
            match terms.iter().find(|t| {
                t.id == item
                    || t.id == slug
                    || t.name.eq_ignore_ascii_case(&item)
                    || slugify(&t.name) == slug
            }) {
                Some(t) => ids.push(Yaml::Plain(t.id.clone())),
                None => {
                    let names: Vec<&str> = terms.iter().map(|t| t.name.as_str()).collect();
                    let hint =
                        did_you_mean(&item, &names).map_or(String::new(), |h| format!("; {h}"));
                    self.error(
                        field,
                        t!(
                            "import-unknown-term",
                            item = &item,
                            field = field,
                            hint = hint
                        ),
                        t!("import-unknown-term-help", names = names.join(", ")),
                    );
                }
            }
        }
        Some(Yaml::List(ids))
    }

    fn reference(&mut self, field: &str, kind: Kind) -> Option<String> {
        let text = self.text(field)?;
        match self.site.find(kind, &text) {
            Ok(id) => Some(id),
            Err(message) => {
                let help = t!(
                    "import-unknown-reference-help",
                    folder = kind.folder(),
                    kind = kind.name()
                );
                self.error(field, message, help);
                None
            }
        }
    }

    fn contact_fields(&mut self, e: &mut NewEntry, fields: &[&'static str]) {
        for &field in fields {
            let Some(text) = self.text(field) else {
                continue;
            };
            let value = match field {
                "website" if !text.contains("://") => {
                    format!("https://{}", text.trim_start_matches("//"))
                }
                "email" => text.trim_start_matches("mailto:").to_owned(),
                _ => text,
            };
            e.set(field, Yaml::Text(value));
        }
    }

    /// A list of text (facilities, requirements), one item between each two commas.
    fn text_list(&self, field: &str) -> Option<Yaml> {
        let text = self.text(field)?;
        Some(Yaml::List(
            split_text(&text).into_iter().map(Yaml::Text).collect(),
        ))
    }

    /// The languages of a cell ("Nederlands, Arabisch en Turks"), by their Dutch names;
    /// one buurtgids does not know is an error at the cell.
    fn languages(&mut self) -> Option<Yaml> {
        let text = self.text("languages")?;
        let mut names = Vec::new();
        for part in split_list(&text) {
            match crate::content::spoken::find(&part) {
                Some(language) => names.push(Yaml::Text(language.nl.to_owned())),
                None => {
                    let (message, help) = crate::content::spoken::unknown(&part);
                    self.error("languages", message, help);
                }
            }
        }
        (!names.is_empty()).then_some(Yaml::List(names))
    }

    fn has_address(&self) -> bool {
        ["address", "street", "postcode", "city"]
            .iter()
            .any(|f| self.cells.contains_key(f))
    }

    fn address(&mut self) -> Option<Yaml> {
        let (street, postcode, city) = if let Some(text) = self.text("address") {
            match split_address(&text) {
                Some((street, postcode, city)) => (
                    Some(street),
                    Some(postcode),
                    city.or_else(|| self.text("city")),
                ),
                None => {
                    self.error(
                        "address",
                        t!("import-address-no-postcode", text = &text),
                        t!("import-address-help"),
                    );
                    return None;
                }
            }
        } else {
            (
                self.text("street"),
                self.text("postcode").map(|p| normal_postcode(&p)),
                self.text("city"),
            )
        };
        match (street, postcode, city) {
            (None, None, None) => None,
            (Some(street), Some(postcode), Some(city)) => Some(Yaml::Map(vec![
                ("street", Yaml::Text(street)),
                ("postcode", Yaml::Text(postcode)),
                ("city", Yaml::Text(city)),
            ])),
            (street, postcode, city) => {
                let missing: Vec<String> = [
                    (street.is_none(), t!("address-street")),
                    (postcode.is_none(), t!("address-postcode")),
                    (city.is_none(), t!("address-city")),
                ]
                .into_iter()
                .filter_map(|(m, n)| m.then_some(n.into_string()))
                .collect();
                let missing = match missing.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        t!("and-list", first = rest.join(", "), last = last)
                    }
                    _ => Text::foreign(missing.concat()),
                };
                let at = if self.cells.contains_key("address") {
                    "address"
                } else {
                    ["street", "postcode", "city"]
                        .into_iter()
                        .find(|f| self.cells.contains_key(f))
                        .unwrap_or("address")
                };
                self.error(
                    at,
                    t!("import-address-incomplete", missing = missing),
                    t!("import-address-incomplete-help"),
                );
                None
            }
        }
    }

    fn accessibility(&mut self) -> Option<Yaml> {
        let mut fields = Vec::new();
        let mut notes = Vec::new();
        for (field, key) in [
            ("wheelchair", "wheelchair"),
            ("hearing_loop", "hearing_loop"),
            ("accessible_toilet", "accessible_toilet"),
            ("disabled_parking", "disabled_parking"),
        ] {
            let Some(text) = self.text(field) else {
                continue;
            };
            match yes_no(&text) {
                Some(b) => fields.push((key, Yaml::Bool(b))),
                // "deels", "via de achteringang": kept as words.
                None => notes.push(format!("{}: {text}", access_label(field))),
            }
        }
        if let Some(text) = self.text("accessibility") {
            notes.insert(0, text);
        }
        if !notes.is_empty() {
            fields.push(("notes", Yaml::Text(notes.join(". "))));
        }
        (!fields.is_empty()).then_some(Yaml::Map(fields))
    }

    fn number(&mut self, field: &str) -> Option<f64> {
        let text = self.text(field)?;
        match text.trim().replace(',', ".").parse::<f64>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.error(
                    field,
                    t!("import-not-a-number", text = &text),
                    t!("import-not-a-number-help"),
                );
                None
            }
        }
    }

    fn date(&mut self, field: &str) -> Option<Date> {
        let text = self.text(field)?;
        match when::parse_date(&text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.error(field, e.message, e.help);
                None
            }
        }
    }

    /// The schedule from the `when` column, or the day, time and date columns; seasons from
    /// the from and until columns. `place` is given to every rule (a person's office hours).
    fn schedule(&mut self, place: Option<String>) -> Option<Yaml> {
        let (text, field) = if let Some(when) = self.text("when") {
            (when, "when")
        } else {
            let day = self.text("day").or_else(|| self.text("date"));
            let field = if self.cells.contains_key("day") {
                "day"
            } else {
                "date"
            };
            match (day, self.text("time")) {
                (Some(day), Some(time)) => (format!("{day} {time}"), field),
                (Some(day), None) => (day, field),
                (None, Some(_)) => {
                    self.error(
                        "time",
                        t!("import-time-no-day"),
                        t!("import-time-no-day-help"),
                    );
                    return None;
                }
                (None, None) => return None,
            }
        };
        let mut rules = match when::parse(&text) {
            Ok(rules) => rules,
            Err(e) => {
                self.error(field, e.message, e.help);
                return None;
            }
        };
        let from = self.date("from");
        let until = self.date("until");
        for rule in &mut rules {
            rule.from = rule.from.or(from);
            rule.until = rule.until.or(until);
            if rule.every > 1 && rule.from.is_none() {
                self.error(
                    field,
                    t!(
                        "import-every-without-from",
                        text = &text,
                        every = rule.every
                    ),
                    t!("import-every-without-from-help"),
                );
                return None;
            }
        }
        Some(Yaml::List(
            rules
                .iter()
                .map(|r| rule_yaml(r, place.as_deref()))
                .collect(),
        ))
    }
}

fn access_label(field: &str) -> &'static str {
    match field {
        "wheelchair" => "Rolstoel",
        "hearing_loop" => "Ringleiding",
        "accessible_toilet" => "Invalidentoilet",
        _ => "Invalidenparkeerplaats",
    }
}

fn rule_yaml(rule: &Rule, place: Option<&str>) -> Yaml {
    let nl = Words::of(Locale::Nl);
    let mut fields = Vec::new();
    match &rule.days {
        Days::Weekly(days) => {
            fields.push((
                "weekly",
                Yaml::List(
                    days.iter()
                        .map(|d| Yaml::Plain(nl.day(*d).to_owned()))
                        .collect(),
                ),
            ));
            if rule.every > 1 {
                fields.push(("every", Yaml::Number(rule.every as f64)));
            }
        }
        Days::Monthly(days) => fields.push((
            "monthly",
            Yaml::List(
                days.iter()
                    .map(|(n, d)| Yaml::Plain(format!("{} {}", nl.nth(*n, *d), nl.day(*d))))
                    .collect(),
            ),
        )),
        Days::Dates(dates) => fields.push((
            "dates",
            Yaml::List(dates.iter().map(|d| Yaml::Plain(d.to_string())).collect()),
        )),
    }
    if let Some(t) = rule.time {
        fields.push(("time", Yaml::Text(t.text().replace('–', "-"))));
    }
    if let Some(d) = rule.from {
        fields.push(("from", Yaml::Plain(d.to_string())));
    }
    if let Some(d) = rule.until {
        fields.push(("until", Yaml::Plain(d.to_string())));
    }
    if !rule.except.is_empty() {
        fields.push((
            "except",
            Yaml::List(
                rule.except
                    .iter()
                    .map(|d| Yaml::Plain(d.to_string()))
                    .collect(),
            ),
        ));
    }
    if let Some(note) = &rule.note {
        fields.push(("note", Yaml::Text(note.clone())));
    }
    if let Some(place) = place {
        fields.push(("place", Yaml::Plain(place.to_owned())));
    }
    Yaml::Map(fields)
}

/// "gratis" is 0, "€ 2,50" is 2.5, "3,-" is 3; anything else stays text.
fn cost_value(text: &str) -> Yaml {
    let lower = text.trim().to_lowercase();
    if matches!(
        lower.as_str(),
        "gratis" | "geen" | "geen kosten" | "nee" | "free" | "0"
    ) {
        return Yaml::Number(0.0);
    }
    let number = lower
        .trim_start_matches('€')
        .trim_start_matches("eur")
        .trim_end_matches("euro")
        .trim()
        .trim_end_matches(",-")
        .trim_end_matches(".-")
        .replace(',', ".");
    match number.parse::<f64>() {
        Ok(n) if n >= 0.0 => Yaml::Number(n),
        _ => Yaml::Text(text.trim().to_owned()),
    }
}

fn yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "ja" | "j" | "yes" | "y" | "x" | "✓" | "✔" | "true" | "waar" | "1" => Some(true),
        "nee" | "n" | "no" | "false" | "onwaar" | "0" | "-" => Some(false),
        _ => None,
    }
}

/// "ja" means sign up, "nee" or "vrije inloop" not; other text says how.
fn registration(text: &str) -> Yaml {
    let lower = text.trim().to_lowercase();
    match yes_no(text) {
        Some(required) => Yaml::Map(vec![("required", Yaml::Bool(required))]),
        None if lower.contains("niet nodig")
            || lower.contains("vrije inloop")
            || lower.starts_with("nee")
            || lower.starts_with("geen") =>
        {
            Yaml::Map(vec![
                ("required", Yaml::Bool(false)),
                ("how", Yaml::Text(text.trim().to_owned())),
            ])
        }
        None => Yaml::Map(vec![
            ("required", Yaml::Bool(true)),
            ("how", Yaml::Text(text.trim().to_owned())),
        ]),
    }
}

/// Items of a list of text ("koffie en thee, wifi"), separated by commas, semicolons or
/// line breaks: `en` and `/` stay inside an item.
fn split_text(text: &str) -> Vec<String> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Names in a list cell ("Centrum en Oudeweer"), separated by commas, semicolons, slashes,
/// `en` or line breaks.
fn split_list(text: &str) -> Vec<String> {
    text.split([',', ';', '\n', '/', '+', '&'])
        .flat_map(|p| p.split(" en "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The postcode as `check` writes it (`5431 AB`), or the text as it is: `check` then says
/// what is wrong with it.
fn normal_postcode(text: &str) -> String {
    crate::content::model::dutch_postcode(text).unwrap_or_else(|| text.trim().to_owned())
}

/// "Lindeplein 4, 5431 AB Lindewaard": street, postcode and (if given) town.
fn split_address(text: &str) -> Option<(String, String, Option<String>)> {
    let chars: Vec<char> = text.chars().collect();
    for i in 0..chars.len() {
        let digits = chars[i..]
            .iter()
            .take(4)
            .filter(|c| c.is_ascii_digit())
            .count()
            == 4;
        let boundary = i == 0 || !chars[i - 1].is_ascii_alphanumeric();
        if !(digits && boundary) {
            continue;
        }
        let mut j = i + 4;
        if chars.get(j) == Some(&' ') {
            j += 1;
        }
        let letters = chars
            .get(j..j + 2)
            .is_some_and(|l| l.iter().all(char::is_ascii_alphabetic));
        let end = chars.get(j + 2).is_none_or(|c| !c.is_alphanumeric());
        if letters && end {
            let street: String = chars[..i].iter().collect();
            let postcode: String = chars[i..j + 2].iter().collect();
            let city: String = chars[j + 2..].iter().collect();
            let street = street.trim().trim_end_matches(',').trim().to_owned();
            let city = city.trim().trim_start_matches(',').trim().to_owned();
            if street.is_empty() {
                return None;
            }
            return Some((
                street,
                normal_postcode(&postcode),
                (!city.is_empty()).then_some(city),
            ));
        }
    }
    None
}

/// The first sentence or two (up to about 200 characters) as the summary, and the rest.
fn first_sentences(text: &str) -> (String, String) {
    let text = text.trim();
    let mut end = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && text[i + 1..].starts_with([' ', '\n'])
            || i + c.len_utf8() == text.len()
        {
            let candidate = i + c.len_utf8();
            if end > 0 && candidate > 200 {
                break;
            }
            end = candidate;
            if end >= 80 {
                break;
            }
        }
    }
    if end == 0 {
        end = text.len();
    }
    let summary = text[..end].replace('\n', " ").trim().to_owned();
    (summary, text[end..].trim().to_owned())
}

/// Where a new entry goes.
enum Place {
    /// A file of the same entry (same title, same areas) is there already.
    Existing(PathBuf),
    New(PathBuf, String),
}

fn file_for(opts: &Options, e: &NewEntry, site: &Known, taken: &mut BTreeSet<String>) -> Place {
    let folder = PathBuf::from("content").join(opts.kind.folder());
    let base = e.id.clone().unwrap_or_else(|| crate::new::id_of(&e.title));
    let base = if base.is_empty() {
        opts.kind.name().to_owned()
    } else {
        base
    };
    let mut candidates = vec![base.clone()];
    if let Some(area) = e.areas.first().filter(|a| *a != "all") {
        candidates.push(format!("{base}-{area}"));
    }
    candidates.extend((2..).map(|n| format!("{base}-{n}")).take(1000));
    for id in candidates {
        if taken.contains(&id) {
            continue;
        }
        let existing = site.of(opts.kind).find(|x| x.id == id);
        let on_disk = ["md", "yaml", "yml"]
            .iter()
            .map(|ext| folder.join(format!("{id}.{ext}")))
            .find(|p| opts.root.join(p).exists());
        match (existing, on_disk) {
            (Some(x), _) if same_entry(x, e) => {
                taken.insert(id);
                return Place::Existing(PathBuf::from(&x.file));
            }
            (None, Some(path)) if e.id.is_some() => return Place::Existing(path),
            (Some(_), _) | (None, Some(_)) => continue,
            (None, None) => {
                taken.insert(id.clone());
                let ext = if e.body.trim().is_empty() {
                    "yaml"
                } else {
                    "md"
                };
                return Place::New(folder.join(format!("{id}.{ext}")), id);
            }
        }
    }
    Place::Existing(folder.join(format!("{base}.md")))
}

fn same_entry(existing: &Entry, e: &NewEntry) -> bool {
    let areas: Vec<String> = match &existing.areas {
        Areas::All => vec!["all".into()],
        Areas::List(list) => list.iter().map(|r| r.id.clone()).collect(),
    };
    existing.title == e.title && areas == e.areas
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A heading means one column of a kind, or which one it fills would depend on the
    /// order of the catalogue.
    #[test]
    fn each_heading_means_one_column_of_a_kind() {
        for kind in Kind::ALL {
            let mut seen: HashMap<&str, &str> = HashMap::new();
            for column in columns_of(kind) {
                for heading in column.headings {
                    assert_eq!(heading.to_lowercase(), *heading);
                    if let Some(other) = seen.insert(heading, column.name) {
                        assert_eq!(other, column.name, "{kind:?}: `{heading}`");
                    }
                }
            }
        }
    }

    #[test]
    fn reads_an_address_in_one_cell() {
        assert_eq!(
            split_address("Lindeplein 4, 5431 AB Lindewaard"),
            Some((
                "Lindeplein 4".into(),
                "5431 AB".into(),
                Some("Lindewaard".into())
            ))
        );
        assert_eq!(
            split_address("Kerkstraat 12a 5432cd"),
            Some(("Kerkstraat 12a".into(), "5432 CD".into(), None))
        );
        assert_eq!(split_address("Kerkstraat 12"), None);
    }

    #[test]
    fn splits_names_at_en_but_keeps_it_inside_text() {
        assert_eq!(
            split_list("Centrum en Oudeweer / Heikamp"),
            ["Centrum", "Oudeweer", "Heikamp"]
        );
        assert_eq!(
            split_text("koffie en thee, wifi"),
            ["koffie en thee", "wifi"]
        );
    }

    #[test]
    fn reads_costs_as_foundations_write_them() {
        assert_eq!(cost_value("gratis"), Yaml::Number(0.0));
        assert_eq!(cost_value("€ 2,50"), Yaml::Number(2.5));
        assert_eq!(cost_value("3,-"), Yaml::Number(3.0));
        assert_eq!(
            cost_value("vrijwillige bijdrage"),
            Yaml::Text("vrijwillige bijdrage".into())
        );
    }

    #[test]
    fn matches_headings_in_dutch() {
        let cells: Vec<Cell> = [
            "Naam activiteit",
            "Wijk",
            "Dag en tijd",
            "Kosten",
            "Rolstoel toegankelijk?",
        ]
        .iter()
        .enumerate()
        .map(|(i, h)| Cell {
            text: (*h).to_owned(),
            line: 1,
            column: i as u32 + 1,
        })
        .collect();
        let columns = match_columns(Kind::Activity, &cells, &Mapping::default(), "x.csv", None);
        // The question mark is not part of any heading.
        let errors = columns.unwrap_err();
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].message.contains("kolom E"),
            "{}",
            errors[0].message
        );
        let mapping = Mapping {
            columns: [("Rolstoel toegankelijk?".to_owned(), "wheelchair".to_owned())].into(),
            ..Mapping::default()
        };
        let columns = match_columns(Kind::Activity, &cells, &mapping, "x.csv", None).unwrap();
        let names: Vec<&str> = columns.iter().map(|c| c.map_or("", |f| f.name)).collect();
        assert_eq!(names, ["title", "areas", "when", "cost", "wheelchair"]);
    }

    #[test]
    fn writes_yaml_that_reads_back() {
        let mut e = NewEntry::default();
        e.set("title", Yaml::Text("Koffie: \"samen\" # 1".into()));
        e.set("areas", Yaml::List(vec![Yaml::Plain("centrum".into())]));
        e.set(
            "schedule",
            Yaml::List(vec![Yaml::Map(vec![
                ("weekly", Yaml::List(vec![Yaml::Plain("dinsdag".into())])),
                ("time", Yaml::Text("10:00-12:00".into())),
            ])]),
        );
        assert_eq!(
            e.to_text(),
            "title: \"Koffie: \\\"samen\\\" # 1\"\nareas: [centrum]\nschedule:\n  - weekly: [dinsdag]\n    time: \"10:00-12:00\"\n"
        );
    }
}
