//! One file per verb of the command line: `main.rs` parses the command line and hands
//! each verb to its file here. What the verbs share is in this file: the options of a
//! run, how diagnostics are printed and counted, and reading a kind or a date from the
//! command line. A failure is a message on standard error and an exit code: 1 for
//! problems in the site, 2 for a wrong command line.

pub(crate) mod build;
pub(crate) mod check;
pub(crate) mod cms;
pub(crate) mod export;
pub(crate) mod import;
pub(crate) mod init;
pub(crate) mod new;
pub(crate) mod report;
pub(crate) mod schema;
pub(crate) mod search;
pub(crate) mod serve;

use std::process::ExitCode;

use buurtgids::content::Kind;
use buurtgids::diagnostic::{self, Diagnostic, Severity};
use buurtgids::site::{self, Loaded, Options, Site};

use crate::cli::Common;
use buurtgids::messages::Text;
use buurtgids::t;

/// The options of a run, and where today's date came from. A bad `--today` is a usage
/// error: it is reported here and the caller exits with the code returned.
pub(crate) fn options(
    common: &Common,
    base_url: Option<String>,
) -> Result<(Options, Text), ExitCode> {
    let (today, source) = site::today(common.today.as_deref()).map_err(|message| {
        error(&message);
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
            // The pictures of a build into the default folder, which check and serve
            // make too, so a build after them finds them made.
            pictures_cache: Some(site::pictures_cache(&common.root.join("public"))),
        },
        source,
    ))
}

/// The options of a run, what loading the site made of it (the site, if it can be
/// built, and every diagnostic) and where today's date came from.
pub(crate) fn load(
    common: &Common,
    base_url: Option<String>,
) -> Result<(Options, Loaded, Text), ExitCode> {
    let (opts, source) = options(common, base_url)?;
    let loaded = Site::load(&opts);
    Ok((opts, loaded, source))
}

/// Loads the site for a verb that only reads it (check, search, report, export): the
/// progress bar ends with the load.
pub(crate) fn load_to_read(common: &Common) -> Result<(Options, Loaded), ExitCode> {
    let (opts, loaded, _) = load(common, None)?;
    opts.progress.finish();
    Ok((opts, loaded))
}

/// The site, when it loaded without errors; otherwise prints every problem and says
/// what could not be done (`t!("not-exported")`), for exit code 1.
pub(crate) fn without_errors(
    loaded: Loaded,
    root: &std::path::Path,
    not_done: Text,
) -> Result<Site, ExitCode> {
    let mut all = diagnostic::Diagnostics::default();
    all.extend(loaded.diagnostics);
    let errors = all.sorted();
    let (count, _) = counts(&errors);
    print(&errors, root);
    match loaded.site {
        Some(site) if count == 0 => Ok(site),
        _ => {
            error(&t!(
                "site-has-errors",
                errors = t!("count-errors", count = count.max(1)),
                not_done = not_done
            ));
            Err(ExitCode::from(1))
        }
    }
}

pub(crate) fn print(diagnostics: &[Diagnostic], root: &std::path::Path) {
    if !diagnostics.is_empty() {
        eprint!("{}", diagnostic::render_human(diagnostics, root));
    }
}

pub(crate) fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

/// A problem of the command line itself (no file to point at): `error: ...`, in the
/// language of the run.
pub(crate) fn error(message: &Text) {
    eprintln!("{}: {message}", t!("label-error"));
}

pub(crate) fn failed(common: &Common, errors: usize, warnings: usize) -> bool {
    errors > 0 || (common.deny_warnings && warnings > 0)
}

/// The kind a command line names, by name or folder; `None` after saying what it can be.
pub(crate) fn kind_arg(kind: &str) -> Option<Kind> {
    let found = Kind::ALL
        .into_iter()
        .find(|k| k.name() == kind || k.folder() == kind);
    if found.is_none() {
        let names: Vec<&str> = Kind::ALL.iter().map(|k| k.name()).collect();
        let help = diagnostic::did_you_mean(kind, &names)
            .unwrap_or_else(|| t!("kind-arg-help", kinds = names.join(", ")));
        error(&t!("kind-arg-unknown", kind = kind, help = help));
    }
    found
}

pub(crate) fn today_arg(today: Option<&str>) -> Option<jiff::civil::Date> {
    match site::today(today) {
        Ok((today, _)) => Some(today),
        Err(message) => {
            error(&message);
            None
        }
    }
}
