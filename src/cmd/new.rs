//! `buurtgids new`: a new entry with every field explained.

use std::process::ExitCode;

use super::{kind_arg, today_arg};

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
            eprintln!(
                "Wrote {}: every field is explained in it. It is a draft until you remove `draft: true`; `buurtgids serve` shows it as you edit.",
                file.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
