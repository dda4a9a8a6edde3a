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
    match buurtgids::new::new_entry(root, kind, title, today) {
        Ok(file) => {
            println!("{}", file.display());
            eprintln!("{}", t!("new-written", file = &file));
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
    match buurtgids::new::new_translation(root, language, kind, id) {
        Ok(file) => {
            println!("{}", file.display());
            eprintln!("{}", t!("new-translate-written", file = &file));
            ExitCode::SUCCESS
        }
        Err(message) => {
            super::error(&message);
            ExitCode::FAILURE
        }
    }
}
