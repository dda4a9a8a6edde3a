//! `buurtgids export hsds`: the open data of a site without errors, written to a folder.

use std::process::ExitCode;

use super::{counts, load, plural, print};
use crate::cli::Common;

/// Writes the HSDS export of a site without errors into `out`.
pub fn run(common: &Common, out: &std::path::Path) -> ExitCode {
    let (opts, loaded, _) = match load(common, None) {
        Ok(l) => l,
        Err(code) => return code,
    };
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
