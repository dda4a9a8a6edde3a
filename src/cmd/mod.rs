//! One file per verb of the command line: `main.rs` parses the command line and hands
//! each verb to its file here. What the verbs share is in this file: the options of a
//! run, how diagnostics are printed and counted, and reading a kind or a date from the
//! command line. A failure is a message on standard error and an exit code: 1 for
//! problems in the site, 2 for a wrong command line.

pub mod build;
pub mod check;
pub mod cms;
pub mod export;
pub mod import;
pub mod new;
pub mod report;
pub mod schema;
pub mod search;
pub mod serve;

use std::process::ExitCode;

use buurtgids::content::Kind;
use buurtgids::diagnostic::{self, Diagnostic, Severity};
use buurtgids::site::{self, Loaded, Options, Site};

use crate::cli::Common;

/// The options of a run, and where today's date came from. A bad `--today` is a usage
/// error: it is reported here and the caller exits with the code returned.
pub fn options(
    common: &Common,
    base_url: Option<String>,
) -> Result<(Options, &'static str), ExitCode> {
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

/// The options of a run, what loading the site made of it (the site, if it can be
/// built, and every diagnostic) and where today's date came from.
pub fn load(
    common: &Common,
    base_url: Option<String>,
) -> Result<(Options, Loaded, &'static str), ExitCode> {
    let (opts, source) = options(common, base_url)?;
    let loaded = Site::load(&opts);
    Ok((opts, loaded, source))
}

pub fn print(diagnostics: &[Diagnostic], root: &std::path::Path) {
    if !diagnostics.is_empty() {
        eprint!("{}", diagnostic::render_human(diagnostics, root));
    }
}

pub fn counts(diagnostics: &[Diagnostic]) -> (usize, usize) {
    let errors = diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    (errors, diagnostics.len() - errors)
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

pub fn failed(common: &Common, errors: usize, warnings: usize) -> bool {
    errors > 0 || (common.deny_warnings && warnings > 0)
}

/// The kind a command line names, by name or folder; `None` after saying what it can be.
pub fn kind_arg(kind: &str) -> Option<Kind> {
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

pub fn today_arg(today: Option<&str>) -> Option<jiff::civil::Date> {
    match site::today(today) {
        Ok((today, _)) => Some(today),
        Err(message) => {
            eprintln!("error: {message}");
            None
        }
    }
}
