//! `buurtgids serve`: the preview on this computer, with drafts, until it is stopped.

use std::process::ExitCode;

use super::options;
use crate::cli::Common;

pub(crate) fn run(common: Common, port: u16, open: bool) -> ExitCode {
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
            super::error(&message);
            ExitCode::FAILURE
        }
    }
}
