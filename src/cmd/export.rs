//! `buurtgids export hsds`: the open data of a site without errors, written to a folder.

use std::process::ExitCode;

use super::{load_to_read, without_errors};
use crate::cli::Common;
use buurtgids::t;

/// Writes the HSDS export of a site without errors into `out`.
pub(crate) fn run(common: &Common, out: &std::path::Path) -> ExitCode {
    let site = match load_to_read(common)
        .and_then(|(opts, loaded)| without_errors(loaded, &opts.root, t!("not-exported")))
    {
        Ok(site) => site,
        Err(code) => return code,
    };
    let files = buurtgids::hsds::export(&site.views());
    if let Err(message) = buurtgids::output::write_into(out, &files) {
        super::error(&message);
        return ExitCode::FAILURE;
    }
    let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
    eprintln!(
        "{}",
        t!(
            "hsds-written",
            version = buurtgids::hsds::VERSION,
            folder = out,
            files = names.join(", ")
        )
    );
    ExitCode::SUCCESS
}
