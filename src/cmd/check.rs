//! `buurtgids check`: every problem of the site, for people or (as JSON) for CI and
//! editors, without building it.

use std::process::ExitCode;

use buurtgids::diagnostic::{self, Diagnostics};

use super::{counts, failed, load_to_read, print};
use crate::cli::{Common, Format};
use buurtgids::t;

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
            eprintln!("{}", t!("links-asking", count = found.len()));
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
            let verdict = if errors == 0 {
                t!("check-ok")
            } else {
                t!("check-not-ok")
            };
            eprintln!(
                "{}",
                t!(
                    "checked",
                    entries = entries,
                    verdict = verdict,
                    errors = t!("count-errors", count = errors),
                    warnings = t!("count-warnings", count = warnings)
                )
            );
        }
    }
    if failed(&common, errors, warnings) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
