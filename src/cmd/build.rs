//! `buurtgids build`: check, render and write the site, then one summary line; on
//! failure every problem, and what became of the site that was there.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use buurtgids::diagnostic::{Diagnostics, Severity};

use super::{counts, options, plural, print};
use crate::cli::Common;

pub(crate) fn run(common: Common, out: Option<PathBuf>, base_url: Option<String>) -> ExitCode {
    let started = Instant::now();
    let (mut opts, today_source) = match options(&common, base_url) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let out = out.unwrap_or_else(|| opts.root.join("public"));
    opts.pictures_cache = Some(buurtgids::site::pictures_cache(&out));
    let loaded = buurtgids::site::Site::load(&opts);
    let mut all = Diagnostics::default();
    all.extend(loaded.diagnostics);
    let mut site = match loaded.site {
        Some(site) if !all.has_errors() => site,
        _ => {
            opts.progress.finish();
            return report_failure(all, &common, &out);
        }
    };
    let warnings = all.count(Severity::Warning);
    if common.deny_warnings && warnings > 0 {
        opts.progress.finish();
        return report_failure(all, &common, &out);
    }
    let built = site.build(&out);
    opts.progress.finish();
    match built {
        Ok(pages) => {
            let diagnostics = all.sorted();
            print(&diagnostics, &opts.root);
            let per_kind: Vec<String> = site
                .published_per_kind()
                .iter()
                .map(|(k, n)| format!("{n} {}", k.noun(*n)))
                .collect();
            let v = &site.validated;
            let mut left_out = Vec::new();
            for (n, what) in [
                (v.expired, "expired"),
                (v.drafts, "draft"),
                (v.upcoming, "not yet valid"),
            ] {
                if n > 0 {
                    left_out.push(format!("{n} {what}"));
                }
            }
            let left_out = if left_out.is_empty() {
                String::new()
            } else {
                format!("; left out: {}", left_out.join(", "))
            };
            eprintln!(
                "Built {} into {} for {} (date from {today_source}): {}{left_out}; {}. {}, total {} ms.",
                plural(pages, "page", "pages"),
                out.display(),
                opts.today,
                per_kind.join(", "),
                plural(warnings, "warning", "warnings"),
                site.timings.summary(),
                started.elapsed().as_millis()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            all.extend(problems);
            report_failure(all, &common, &out)
        }
    }
}

fn report_failure(all: Diagnostics, common: &Common, out: &std::path::Path) -> ExitCode {
    let diagnostics = all.sorted();
    print(&diagnostics, &common.root);
    let (errors, warnings) = counts(&diagnostics);
    let kept = if out.exists() {
        format!("the site in {} is unchanged", out.display())
    } else {
        "nothing was written".to_owned()
    };
    eprintln!(
        "Build failed: {}, {}; {kept}.",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    );
    ExitCode::from(1)
}
