//! The command line: `buurtgids build` and `buurtgids check`.
//!
//! Every failure ends in a clear message and a non-zero exit code: 1 for problems in the
//! site, 2 for a wrong command line. Diagnostics go to standard error, sorted by file;
//! a build ends with a one-line summary.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};

use buurtgids::content::Kind;
use buurtgids::diagnostic::{self, Diagnostic, Diagnostics, Severity};
use buurtgids::site::{self, Options, Site};

// Rendering allocates many short strings on every thread at once; glibc's allocator spent
// a fifth of a 10,000-entry build in malloc and free, mimalloc a fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "buurtgids",
    version,
    about = "Builds an accessible neighbourhood directory (sociale kaart) from YAML and Markdown files"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct Common {
    /// The site folder, with site.toml and content/ (default: the current folder)
    #[arg(long, default_value = ".", global = true)]
    root: PathBuf,
    /// The date to build for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)
    #[arg(long)]
    today: Option<String>,
    /// Include entries marked `draft: true`
    #[arg(long)]
    drafts: bool,
    /// Fail (exit code 1) when there are warnings too
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into an output folder
    Build {
        #[command(flatten)]
        common: Common,
        /// The output folder (default: public/ in the site folder)
        #[arg(long)]
        out: Option<PathBuf>,
        /// The address the site is published at, overriding base_url in site.toml
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Search the site as residents do, on the same index the site ships
    Search {
        #[command(flatten)]
        common: Common,
        /// What to look for, for example "koffie ochtend"; several queries are answered
        /// one after the other on one index
        #[arg(required = true)]
        queries: Vec<String>,
        /// How many results to show
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// How to print results
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Show the site in a browser on this computer, updated on every saved file
    Serve {
        #[command(flatten)]
        common: Common,
        /// The port on 127.0.0.1 (0 picks a free one)
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the preview in the browser
        #[arg(long)]
        open: bool,
    },
    /// Write a new entry with every field explained, for example:
    /// buurtgids new activity "Koffie & Praat in 't Anker"
    New {
        /// The kind: activity, place, service, person, volunteering, area,
        /// organisation or page (the folder name works too)
        kind: String,
        /// The title (or name) of the new entry; the file name is made from it
        title: String,
        /// The site folder, with site.toml and content/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The date for `reviewed`, YYYY-MM-DD (default: today)
        #[arg(long)]
        today: Option<String>,
    },
    /// Report what is missing and out of date: gaps per area, age per organisation,
    /// what expires soon, entries without contact
    Report {
        #[command(flatten)]
        common: Common,
        /// How to print the report: text, one self-contained HTML page, or JSON
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        /// Write the report to this file instead of the terminal
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Export the site's entries as open data in a standard format:
    /// buurtgids export hsds --out open-data
    Export {
        /// The format: hsds (Open Referral's Human Services Data Specification 3.0)
        #[arg(value_enum)]
        format: ExportFormat,
        #[command(flatten)]
        common: Common,
        /// The folder to write into (default: hsds/ in the current folder)
        #[arg(long, default_value = "hsds")]
        out: PathBuf,
    },
    /// Turn the rows of a spreadsheet (saved as CSV) into content files, for example:
    /// buurtgids import activity activiteiten.csv
    Import {
        /// The kind of entry every row is: activity, service, place, person, volunteering,
        /// organisation or area (the folder name works too)
        kind: String,
        /// The spreadsheet, saved as CSV (separated by ; or ,; UTF-8 or Excel's Windows
        /// encoding)
        file: PathBuf,
        /// A mapping of the sheet's headings to fields, with values for every row (see the
        /// README)
        #[arg(long)]
        map: Option<PathBuf>,
        /// The site folder, with site.toml and content/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The date for `reviewed` when the sheet has no such column, YYYY-MM-DD (default:
        /// today)
        #[arg(long)]
        today: Option<String>,
        /// Read and check every row, but write no file
        #[arg(long)]
        dry_run: bool,
    },
    /// Write an admin/ folder for Decap CMS (or Sveltia CMS), so editors fill in entries
    /// in a web form on top of the Git repository
    Cms {
        /// The site folder, with site.toml and content/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The folder to write into (default: static/admin/ in the site folder, which the
        /// build publishes as admin/)
        #[arg(long)]
        out: Option<PathBuf>,
        /// The web app that shows the forms
        #[arg(long, value_enum, default_value = "decap")]
        app: CmsApp,
        /// Where the CMS saves: a Decap CMS backend (git-gateway, github, gitlab, gitea,
        /// bitbucket, azure)
        #[arg(long, default_value = "git-gateway")]
        backend: String,
        /// The repository, OWNER/NAME, for the github, gitlab, gitea, bitbucket and azure
        /// backends
        #[arg(long)]
        repo: Option<String>,
        /// The branch the CMS saves to
        #[arg(long, default_value = "main")]
        branch: String,
    },
    /// Write a JSON Schema for every kind of content file, so an editor (VS Code with
    /// the YAML extension) checks and completes entries while they are typed
    Schema {
        /// The folder to write into
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
    },
    /// Check the site without building it
    Check {
        #[command(flatten)]
        common: Common,
        /// Also give hints for plain language: long summaries and sentences, and the
        /// jargon listed in site.toml
        #[arg(long)]
        language: bool,
        /// How to print problems
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ExportFormat {
    Hsds,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Text,
    Html,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            common,
            out,
            base_url,
        } => build(common, out, base_url),
        Command::Check {
            common,
            format,
            language,
        } => check(common, format, language),
        Command::Serve { common, port, open } => serve(common, port, open),
        Command::Report {
            common,
            format,
            out,
        } => report(&common, format, out.as_deref()),
        Command::New {
            kind,
            title,
            root,
            today,
        } => new(&kind, &title, &root, today.as_deref()),
        Command::Export {
            format: ExportFormat::Hsds,
            common,
            out,
        } => export_hsds(&common, &out),
        Command::Schema { out } => schema(&out),
        Command::Cms {
            root,
            out,
            app,
            backend,
            repo,
            branch,
        } => cms(
            &root,
            out,
            app,
            buurtgids::cms::Backend {
                name: backend,
                repo,
                branch,
            },
        ),
        Command::Import {
            kind,
            file,
            map,
            root,
            today,
            dry_run,
        } => import(
            &kind,
            &file,
            map.as_deref(),
            &root,
            today.as_deref(),
            dry_run,
        ),
        Command::Search {
            common,
            queries,
            limit,
            format,
        } => search(common, &queries, limit, format),
    }
}

/// The options of a run, and where today's date came from. A bad `--today` is a usage
/// error: it is reported here and the caller exits with the code returned.
fn options(common: &Common, base_url: Option<String>) -> Result<(Options, &'static str), ExitCode> {
    let (today, source) = site::today(common.today.as_deref()).map_err(|message| {
        eprintln!("error: {message}");
        ExitCode::from(2)
    })?;
    Ok((
        Options {
            root: common.root.clone(),
            base_url,
            today,
            drafts: common.drafts,
            cache: None,
            progress: buurtgids::progress::Progress::for_terminal(),
        },
        source,
    ))
}

fn serve(common: Common, port: u16, open: bool) -> ExitCode {
    let (mut site, _) = match options(&common, None) {
        Ok(o) => o,
        Err(code) => return code,
    };
    // The preview is where a new entry (a draft) is written: show drafts.
    site.drafts = true;
    // Its log lines say when a load is done; a bar would only get in between.
    site.progress = buurtgids::progress::Progress::default();
    match buurtgids::serve::run(buurtgids::serve::ServeOptions { site, port, open }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn report(common: &Common, format: ReportFormat, out: Option<&std::path::Path>) -> ExitCode {
    let (opts, _) = match options(common, None) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let loaded = Site::load(&opts);
    opts.progress.finish();
    let (errors, _) = counts(&loaded.diagnostics);
    let Some(site) = loaded.site else {
        print(&loaded.diagnostics, &opts.root);
        return ExitCode::FAILURE;
    };
    let report = buurtgids::report::Report::of(&site);
    let text = match format {
        ReportFormat::Text => buurtgids::report::text(&report),
        ReportFormat::Html => buurtgids::report::html(&report),
        ReportFormat::Json => match serde_json::to_string_pretty(&report) {
            Ok(json) => json + "\n",
            Err(err) => {
                eprintln!("error: cannot write the report as JSON: {err}");
                return ExitCode::FAILURE;
            }
        },
    };
    match out {
        Some(path) => {
            if let Err(err) = std::fs::write(path, text) {
                eprintln!("error: cannot write {}: {err}", path.display());
                return ExitCode::FAILURE;
            }
            eprintln!("Wrote the report to {}.", path.display());
        }
        None => print!("{text}"),
    }
    if errors > 0 {
        eprintln!(
            "error: the site has {}; the report leaves out what they concern. Run buurtgids check.",
            plural(errors, "error", "errors")
        );
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

#[derive(Clone, Copy, ValueEnum)]
enum CmsApp {
    /// Decap CMS
    Decap,
    /// Sveltia CMS, which reads the same configuration
    Sveltia,
}

/// Writes the admin folder of the CMS.
fn cms(
    root: &std::path::Path,
    out: Option<PathBuf>,
    app: CmsApp,
    backend: buurtgids::cms::Backend,
) -> ExitCode {
    use buurtgids::cms;
    let config = match buurtgids::config::Config::from_file(root) {
        Ok(c) => c,
        Err(diagnostics) => {
            print(&diagnostics, root);
            return ExitCode::FAILURE;
        }
    };
    let app = match app {
        CmsApp::Decap => cms::App::Decap,
        CmsApp::Sveltia => cms::App::Sveltia,
    };
    let out = out.unwrap_or_else(|| root.join("static").join("admin"));
    let written = cms::files(&config, app, &backend).and_then(|files| cms::write(&out, &files));
    if let Err(message) = written {
        eprintln!("error: {message}");
        return ExitCode::FAILURE;
    }
    for kind in Kind::ALL {
        let folder = root.join("content").join(kind.folder());
        let other: Vec<String> = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| {
                let ext = n.rsplit_once('.').map_or("", |(_, e)| e);
                matches!(ext, "md" | "yaml" | "yml") && ext != cms::extension(kind)
            })
            .collect();
        if !other.is_empty() {
            eprintln!(
                "warning: the CMS shows the .{} files of content/{}/ only; {} not shown there (the site still has them). To edit them in the CMS, give them the .{} form",
                cms::extension(kind),
                kind.folder(),
                plural(other.len(), "file is", "files are"),
                cms::extension(kind),
            );
        }
    }
    eprintln!(
        "Wrote {0}/index.html and {0}/config.yml. The build publishes them as admin/; editors sign in there. See the README for signing in.",
        out.display()
    );
    ExitCode::SUCCESS
}

/// Writes the JSON Schemas of the content files into `out`, and says how to use them.
fn schema(out: &std::path::Path) -> ExitCode {
    use buurtgids::schema;
    if let Err(err) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot make {}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    for (kind, value) in schema::schemas() {
        let path = out.join(schema::file_name(kind));
        let text = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
        if let Err(err) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let dir = out.to_string_lossy().replace('\\', "/");
    let settings = serde_json::to_string_pretty(&schema::vscode_settings(&dir)).unwrap_or_default();
    eprintln!(
        "Wrote a JSON Schema for every kind of entry to {}. In VS Code, with the YAML extension (redhat.vscode-yaml), put this in .vscode/settings.json of the site folder:\n{settings}",
        out.display()
    );
    ExitCode::SUCCESS
}

/// Writes the HSDS export of a site without errors into `out`.
fn export_hsds(common: &Common, out: &std::path::Path) -> ExitCode {
    let (opts, _) = match options(common, None) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let loaded = Site::load(&opts);
    opts.progress.finish();
    let (errors, _) = counts(&loaded.diagnostics);
    print(&loaded.diagnostics, &opts.root);
    let Some(site) = loaded.site.filter(|_| errors == 0) else {
        eprintln!(
            "error: the site has {}, so nothing was exported. Run buurtgids check.",
            plural(errors, "error", "errors")
        );
        return ExitCode::FAILURE;
    };
    let files = buurtgids::hsds::export(&site.views());
    if let Err(err) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot make {}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    for file in &files {
        let path = out.join(&file.path);
        if let Err(err) = std::fs::write(&path, &file.text) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
    }
    eprintln!(
        "Wrote HSDS {} open data to {}: {}.",
        buurtgids::hsds::VERSION,
        out.display(),
        files
            .iter()
            .map(|f| f.path.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    ExitCode::SUCCESS
}

/// The kind a command line names, by name or folder; `None` after saying what it can be.
fn kind_arg(kind: &str) -> Option<Kind> {
    let found = Kind::ALL
        .into_iter()
        .find(|k| k.name() == kind || k.folder() == kind);
    if found.is_none() {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
        eprintln!(
            "error: `{kind}` is not a kind of entry{}",
            diagnostic::did_you_mean(kind, &names).map_or_else(
                || format!("; use one of: {}", names.join(", ")),
                |h| format!("; {h}")
            )
        );
    }
    found
}

fn today_arg(today: Option<&str>) -> Option<jiff::civil::Date> {
    match site::today(today) {
        Ok((today, _)) => Some(today),
        Err(message) => {
            eprintln!("error: {message}");
            None
        }
    }
}

fn import(
    kind: &str,
    file: &std::path::Path,
    map: Option<&std::path::Path>,
    root: &std::path::Path,
    today: Option<&str>,
    dry_run: bool,
) -> ExitCode {
    let (Some(kind), Some(today)) = (kind_arg(kind), today_arg(today)) else {
        return ExitCode::from(2);
    };
    let options = buurtgids::import::Options {
        root,
        kind,
        csv: file,
        map,
        today,
        dry_run,
    };
    let outcome = match buurtgids::import::import(&options) {
        Ok(outcome) => outcome,
        Err(diagnostics) => {
            print(&diagnostics, std::path::Path::new(""));
            eprintln!("Imported nothing: nothing was written.");
            return ExitCode::FAILURE;
        }
    };
    print(&outcome.diagnostics, std::path::Path::new(""));
    let verb = if dry_run { "would write" } else { "wrote" };
    for (row, path) in &outcome.written {
        println!("row {row}: {verb} {}", path.display());
    }
    for (row, path) in &outcome.skipped {
        println!("row {row}: skipped, already there: {}", path.display());
    }
    let mut parts = vec![format!(
        "{} {} into content/{}/",
        if dry_run { "Would import" } else { "Imported" },
        plural(outcome.written.len(), "row", "rows"),
        kind.folder()
    )];
    if !outcome.skipped.is_empty() {
        parts.push(format!(
            "skipped {} whose entry is already there (no file is ever overwritten)",
            plural(outcome.skipped.len(), "row", "rows")
        ));
    }
    if outcome.failed > 0 {
        parts.push(format!(
            "{} with errors, not written: fix them in the sheet and import it again (rows already imported are skipped)",
            plural(outcome.failed, "row", "rows")
        ));
    }
    if outcome.empty > 0 {
        parts.push(format!("{} empty", plural(outcome.empty, "row", "rows")));
    }
    if outcome.windows_1252 {
        parts
            .push("the file was read as Windows-1252 (Excel's CSV), as it is not UTF-8".to_owned());
    }
    eprintln!("{}.", parts.join("; "));
    if outcome.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn new(kind: &str, title: &str, root: &std::path::Path, today: Option<&str>) -> ExitCode {
    let (Some(kind), Some(today)) = (kind_arg(kind), today_arg(today)) else {
        return ExitCode::from(2);
    };
    match buurtgids::new::new_entry(root, kind, title, today) {
        Ok(file) => {
            println!("{}", file.display());
            eprintln!(
                "Wrote {}: every field is explained in it. It is a draft until you remove `draft: true`; `buurtgids serve` shows it as you edit.",
                file.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn print(diagnostics: &[Diagnostic], root: &std::path::Path) {
    if !diagnostics.is_empty() {
        eprint!("{}", diagnostic::render_human(diagnostics, root));
    }
}

fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn failed(common: &Common, errors: usize, warnings: usize) -> bool {
    errors > 0 || (common.deny_warnings && warnings > 0)
}

fn build(common: Common, out: Option<PathBuf>, base_url: Option<String>) -> ExitCode {
    let started = Instant::now();
    let (opts, today_source) = match options(&common, base_url) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let out = out.unwrap_or_else(|| opts.root.join("public"));
    let loaded = Site::load(&opts);
    let mut all = Diagnostics::default();
    all.extend(loaded.diagnostics);
    let mut site = match loaded.site {
        Some(site) if !all.has_errors() => site,
        _ => {
            opts.progress.finish();
            return report_failure(all, &common, &out);
        }
    };
    let warnings = all.count(Severity::Warning);
    if common.deny_warnings && warnings > 0 {
        opts.progress.finish();
        return report_failure(all, &common, &out);
    }
    let built = site.build(&out);
    opts.progress.finish();
    match built {
        Ok(pages) => {
            let diagnostics = all.sorted();
            print(&diagnostics, &opts.root);
            let per_kind: Vec<String> = site
                .published_per_kind()
                .iter()
                .map(|(k, n)| format!("{n} {}", k.noun(*n)))
                .collect();
            let v = &site.validated;
            let mut left_out = Vec::new();
            for (n, what) in [
                (v.expired, "expired"),
                (v.drafts, "draft"),
                (v.upcoming, "not yet valid"),
            ] {
                if n > 0 {
                    left_out.push(format!("{n} {what}"));
                }
            }
            let left_out = if left_out.is_empty() {
                String::new()
            } else {
                format!("; left out: {}", left_out.join(", "))
            };
            eprintln!(
                "Built {} into {} for {} (date from {today_source}): {}{left_out}; {}. {}, total {} ms.",
                plural(pages, "page", "pages"),
                out.display(),
                opts.today,
                per_kind.join(", "),
                plural(warnings, "warning", "warnings"),
                site.timings.summary(),
                started.elapsed().as_millis()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            all.extend(problems);
            report_failure(all, &common, &out)
        }
    }
}

fn report_failure(all: Diagnostics, common: &Common, out: &std::path::Path) -> ExitCode {
    let diagnostics = all.sorted();
    print(&diagnostics, &common.root);
    let (errors, warnings) = counts(&diagnostics);
    let kept = if out.exists() {
        format!("the site in {} is unchanged", out.display())
    } else {
        "nothing was written".to_owned()
    };
    eprintln!(
        "Build failed: {}, {}; {kept}.",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    );
    ExitCode::from(1)
}

fn check(common: Common, format: Format, language: bool) -> ExitCode {
    let (opts, _) = match options(&common, None) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let loaded = Site::load(&opts);
    opts.progress.finish();
    let mut all = Diagnostics::default();
    all.extend(loaded.diagnostics);
    if let (true, Some(site)) = (language, &loaded.site) {
        for e in &site.entries {
            all.extend(buurtgids::language::hints(e, &site.config));
        }
    }
    let diagnostics = all.sorted();
    let (errors, warnings) = counts(&diagnostics);
    match format {
        Format::Json => println!("{}", diagnostic::render_json(&diagnostics)),
        Format::Human => {
            print(&diagnostics, &opts.root);
            let entries = loaded.site.as_ref().map_or(0, |s| s.entries.len());
            let verdict = if errors == 0 { "ok" } else { "not ok" };
            let line = format!(
                "Checked {}: {verdict}, {}, {}.",
                plural(entries, "entry", "entries"),
                plural(errors, "error", "errors"),
                plural(warnings, "warning", "warnings")
            );
            eprintln!("{line}");
        }
    }
    if failed(&common, errors, warnings) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn search(common: Common, queries: &[String], limit: usize, format: Format) -> ExitCode {
    let (opts, _) = match options(&common, None) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let loaded = Site::load(&opts);
    opts.progress.finish();
    let mut all = Diagnostics::default();
    all.extend(loaded.diagnostics);
    let site = match loaded.site {
        Some(site) if !all.has_errors() => site,
        _ => {
            print(&all.sorted(), &opts.root);
            eprintln!("The site has errors; fix them to search it.");
            return ExitCode::from(1);
        }
    };
    let views = site.views();
    let index = match buurtgids::search::SearchIndex::build(&views) {
        Ok(index) => index,
        Err(err) => {
            eprintln!("error: the search index failed: {err}");
            return ExitCode::from(1);
        }
    };
    for query in queries {
        let hits = match index.query(query, limit) {
            Ok(hits) => hits,
            Err(err) => {
                eprintln!("error: the search failed: {err}");
                return ExitCode::from(1);
            }
        };
        let entry = |doc: u32| &site.entries[index.entries[doc as usize]];
        match format {
            Format::Json => {
                let hits: Vec<serde_json::Value> = hits
                    .iter()
                    .map(|&(doc, score)| {
                        let e = entry(doc);
                        serde_json::json!({"doc": doc, "score": score, "title": e.title,
                            "kind": e.kind.name(), "file": e.file})
                    })
                    .collect();
                println!("{}", serde_json::json!({"query": query, "hits": hits}));
            }
            Format::Human => {
                if queries.len() > 1 {
                    println!("\n{query}:");
                }
                if hits.is_empty() {
                    println!("Nothing found for \"{query}\".");
                }
                for (n, &(doc, score)) in hits.iter().enumerate() {
                    let e = entry(doc);
                    println!(
                        "{:>2}. {} ({}, score {score:.2})\n    {}",
                        n + 1,
                        e.title,
                        e.kind.name(),
                        e.file
                    );
                }
            }
        }
    }
    ExitCode::SUCCESS
}
