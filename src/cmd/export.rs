//! `buurtgids export hsds`: the open data of a site without errors, written to a folder.

use std::process::ExitCode;

use super::{load_to_read, without_errors};
use crate::cli::Common;

/// Writes the HSDS export of a site without errors into `out`.
pub(crate) fn run(common: &Common, out: &std::path::Path) -> ExitCode {
    let site = match load_to_read(common)
        .and_then(|(opts, loaded)| without_errors(loaded, &opts.root, "nothing was exported"))
    {
        Ok(site) => site,
        Err(code) => return code,
    };
    let files = buurtgids::hsds::export(&site.views());
    if let Err(message) = buurtgids::output::write_into(out, &files) {
        eprintln!("error: {message}");
        return ExitCode::FAILURE;
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
