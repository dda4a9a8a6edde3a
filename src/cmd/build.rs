//! `buurtgids build`: check, render and write the site, then one summary line; on
//! failure every problem, and what became of the site that was there.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use buurtgids::diagnostic::{Diagnostics, Severity};

use super::{counts, options, print};
use crate::cli::Common;
use buurtgids::messages::Text;
use buurtgids::t;

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
                .map(|(k, n)| k.count(*n).into_string())
                .collect();
            let v = &site.validated;
            let mut left_out = Vec::new();
            for (n, what) in [
                (v.expired, t!("left-out-expired", count = v.expired)),
                (v.drafts, t!("left-out-drafts", count = v.drafts)),
                (v.upcoming, t!("left-out-upcoming", count = v.upcoming)),
            ] {
                if n > 0 {
                    left_out.push(what.into_string());
                }
            }
            let left_out = if left_out.is_empty() {
                Text::default()
            } else {
                t!("left-out", what = left_out.join(", "))
            };
            eprintln!(
                "{}",
                t!(
                    "built",
                    pages = t!("count-pages", count = pages),
                    folder = &out,
                    today = opts.today.to_string(),
                    source = today_source,
                    kinds = per_kind.join(", "),
                    left_out = left_out,
                    warnings = t!("count-warnings", count = warnings),
                    stages = site.timings.summary(),
                    ms = started.elapsed().as_millis() as u64,
                    version = buurtgids::config::VERSION,
                )
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
        t!("build-kept", folder = out)
    } else {
        t!("build-nothing-written")
    };
    eprintln!(
        "{}",
        t!(
            "build-failed",
            errors = t!("count-errors", count = errors),
            warnings = t!("count-warnings", count = warnings),
            kept = kept
        )
    );
    ExitCode::from(1)
}
