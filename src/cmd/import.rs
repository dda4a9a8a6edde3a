//! `buurtgids import`: the rows of a spreadsheet as content files, with a line per row
//! and a summary.

use std::process::ExitCode;

use super::{kind_arg, print, today_arg};
use buurtgids::t;

pub(crate) fn run(
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
            eprintln!("{}", t!("import-nothing"));
            return ExitCode::FAILURE;
        }
    };
    print(&outcome.diagnostics, std::path::Path::new(""));
    for (row, path) in &outcome.written {
        let line = if dry_run {
            t!("import-would-write", row = *row, path = path)
        } else {
            t!("import-wrote", row = *row, path = path)
        };
        println!("{line}");
    }
    for (row, path) in &outcome.skipped {
        println!("{}", t!("import-skipped-row", row = *row, path = path));
    }
    let imported = if dry_run {
        t!(
            "import-would-import",
            rows = outcome.written.len(),
            folder = kind.folder()
        )
    } else {
        t!(
            "import-imported",
            rows = outcome.written.len(),
            folder = kind.folder()
        )
    };
    let mut parts = vec![imported.into_string()];
    if !outcome.skipped.is_empty() {
        parts.push(t!("import-skipped", rows = outcome.skipped.len()).into_string());
    }
    if outcome.failed > 0 {
        parts.push(t!("import-failed-rows", rows = outcome.failed).into_string());
    }
    if outcome.empty > 0 {
        parts.push(t!("import-empty-rows", rows = outcome.empty).into_string());
    }
    if outcome.windows_1252 {
        parts.push(t!("import-windows-1252").into_string());
    }
    eprintln!("{}", t!("sentence", text = parts.join("; ")));
    if outcome.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
