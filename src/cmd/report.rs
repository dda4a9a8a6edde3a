//! `buurtgids report`: what is missing and out of date, as text, HTML or JSON.

use std::process::ExitCode;

use super::{counts, error, load_to_read, print};
use crate::cli::{Common, ReportFormat};
use buurtgids::t;

pub(crate) fn run(
    common: &Common,
    format: ReportFormat,
    out: Option<&std::path::Path>,
) -> ExitCode {
    let (opts, loaded) = match load_to_read(common) {
        Ok(l) => l,
        Err(code) => return code,
    };
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
                error(&t!("report-json-failed", reason = err.to_string()));
                return ExitCode::FAILURE;
            }
        },
    };
    match out {
        Some(path) => {
            if let Err(message) = buurtgids::output::write_file(path, text.as_bytes()) {
                error(&message);
                return ExitCode::FAILURE;
            }
            eprintln!("{}", t!("report-written", path = path));
        }
        None => print!("{text}"),
    }
    if errors > 0 {
        error(&t!(
            "report-with-errors",
            errors = t!("count-errors", count = errors)
        ));
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
