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
