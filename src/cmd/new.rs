//! `buurtgids new`: a new entry with every field explained.

use std::process::ExitCode;

use super::{kind_arg, today_arg};
use buurtgids::t;

pub(crate) fn run(
    kind: &str,
    title: &str,
    root: &std::path::Path,
    today: Option<&str>,
) -> ExitCode {
    let (Some(kind), Some(today)) = (kind_arg(kind), today_arg(today)) else {
        return ExitCode::from(2);
    };
    written(
        buurtgids::new::new_entry(root, kind, title, today),
        |file| t!("new-written", file = file),
    )
}

/// Prints the file written (on stdout, for scripts) and what to do next, or the error.
fn written(
    result: Result<std::path::PathBuf, buurtgids::messages::Text>,
    next: impl Fn(&std::path::Path) -> buurtgids::messages::Text,
) -> ExitCode {
    match result {
        Ok(file) => {
            println!("{}", file.display());
            eprintln!("{}", next(&file));
            ExitCode::SUCCESS
        }
        Err(message) => {
            super::error(&message);
            ExitCode::FAILURE
        }
    }
}

/// `buurtgids new --translate LANG [KIND] ID`: the entry's words in a new translation
/// file beside it, to translate.
pub(crate) fn translate(
    language: &str,
    first: &str,
    second: Option<&str>,
    root: &std::path::Path,
) -> ExitCode {
    let (kind, id) = match second {
        Some(id) => match kind_arg(first) {
            Some(kind) => (Some(kind), id),
            None => return ExitCode::from(2),
        },
        None => (None, first),
    };
    written(
        buurtgids::new::new_translation(root, language, kind, id),
        |file| t!("new-translate-written", file = file),
    )
}
