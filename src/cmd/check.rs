//! `buurtgids check`: every problem of the site, for people or (as JSON) for CI and
//! editors, without building it.

use std::process::ExitCode;

use buurtgids::diagnostic::{self, Diagnostics};

use super::{counts, failed, load_to_read, plural, print};
use crate::cli::{Common, Format};

pub(crate) fn run(common: Common, format: Format, language: bool, links: bool) -> ExitCode {
    let (opts, loaded) = match load_to_read(&common) {
        Ok(l) => l,
        Err(code) => return code,
    };
    let mut all = Diagnostics::default();
    all.extend(loaded.diagnostics);
    if let (true, Some(site)) = (language, &loaded.site) {
        for e in &site.entries {
            all.extend(buurtgids::language::hints(e, &site.config));
        }
    }
    if let (true, Some(site)) = (links, &loaded.site) {
        let found = buurtgids::links::collect(&opts.root, &site.entries);
        if matches!(format, Format::Human) {
            eprintln!(
                "Asking {} for the web addresses of the site...",
                plural(found.len(), "link", "links")
            );
        }
        all.extend(buurtgids::links::check(&found, &opts.root.join("public")));
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
