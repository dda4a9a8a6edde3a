//! The command line: `main` parses it (`cli`) and hands each verb to its file in `cmd/`.
//! Nothing else happens here.

mod cli;
mod cmd;

use std::process::ExitCode;

use cli::{Command, ExportFormat};

// Rendering allocates many short strings on every thread at once; glibc's allocator spent
// a fifth of a 10,000-entry build in malloc and free, mimalloc a fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    buurtgids::messages::set(cli::language(&args));
    let cli = match cli::parse(args) {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    match cli.command {
        Command::Build {
            common,
            out,
            base_url,
        } => cmd::build::run(common, out, base_url),
        Command::Check {
            common,
            format,
            language,
            links,
        } => cmd::check::run(common, format, language, links),
        Command::Serve { common, port, open } => cmd::serve::run(common, port, open),
        Command::Report {
            common,
            format,
            out,
        } => cmd::report::run(&common, format, out.as_deref()),
        Command::Init(args) => cmd::init::run(args),
        Command::New {
            kind,
            title,
            translate,
            root,
            today,
        } => match translate {
            Some(language) => cmd::new::translate(&language, &kind, title.as_deref(), &root),
            None => cmd::new::run(
                &kind,
                title.as_deref().unwrap_or(""),
                &root,
                today.as_deref(),
            ),
        },
        Command::Export {
            format: ExportFormat::Hsds,
            common,
            out,
        } => cmd::export::run(&common, &out),
        Command::Schema { out, root } => cmd::schema::run(&out, &root),
        Command::Cms {
            root,
            out,
            app,
            backend,
            repo,
            branch,
        } => cmd::cms::run(&root, out, app, backend, repo, branch),
        Command::Import {
            kind,
            file,
            map,
            root,
            today,
            dry_run,
        } => cmd::import::run(
            &kind,
            &file,
            map.as_deref(),
            &root,
            today.as_deref(),
            dry_run,
        ),
        Command::Search {
            common,
            queries,
            limit,
            format,
        } => cmd::search::run(common, &queries, limit, format),
    }
}
