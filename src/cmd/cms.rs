//! `buurtgids cms`: the admin folder of Decap CMS (or Sveltia CMS), and a warning for
//! content files the CMS cannot show.

use std::path::PathBuf;
use std::process::ExitCode;

use buurtgids::cms;
use buurtgids::content::Kind;

use super::{error, print};
use crate::cli::CmsApp;
use buurtgids::t;

/// Writes the admin folder of the CMS.
pub(crate) fn run(
    root: &std::path::Path,
    out: Option<PathBuf>,
    app: CmsApp,
    backend: String,
    repo: Option<String>,
    branch: String,
) -> ExitCode {
    let backend = cms::Backend {
        name: backend,
        repo,
        branch,
    };
    let config = match buurtgids::config::Config::from_file(root) {
        Ok(c) => c,
        Err(diagnostics) => {
            print(&diagnostics, root);
            return ExitCode::FAILURE;
        }
    };
    let app = match app {
        CmsApp::Decap => cms::App::Decap,
        CmsApp::Sveltia => cms::App::Sveltia,
    };
    let out = out.unwrap_or_else(|| root.join("static").join("admin"));
    let written = cms::files(&config, app, &backend).and_then(|files| cms::write(&out, &files));
    if let Err(message) = written {
        error(&message);
        return ExitCode::FAILURE;
    }
    for kind in Kind::ALL {
        let folder = root.join("content").join(kind.folder());
        let other: Vec<String> = std::fs::read_dir(&folder)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| {
                let ext = n.rsplit_once('.').map_or("", |(_, e)| e);
                matches!(ext, "md" | "yaml" | "yml") && ext != cms::extension(kind)
            })
            .collect();
        if !other.is_empty() {
            eprintln!(
                "{}: {}",
                t!("label-warning"),
                t!(
                    "cms-other-files",
                    extension = cms::extension(kind),
                    folder = kind.folder(),
                    count = other.len()
                )
            );
        }
    }
    eprintln!("{}", t!("cms-written", folder = &out));
    ExitCode::SUCCESS
}
