//! `buurtgids import`: the rows of a spreadsheet as content files, with a line per row
//! and a summary.

use std::process::ExitCode;

use super::{kind_arg, plural, print, today_arg};

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
