//! `buurtgids init`: asks a municipality what a new site needs, in its language, or takes
//! it from the options when no one is at a terminal (or the options name the
//! municipality), and writes the site.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::today_arg;
use crate::cli::InitArgs;
use buurtgids::init::{self, Answers, Area};
use buurtgids::messages::Text;
use buurtgids::t;

pub(crate) fn run(flags: InitArgs) -> ExitCode {
    let dir = flags.dir.unwrap_or_else(|| PathBuf::from("."));
    let Some(today) = today_arg(flags.today.as_deref()) else {
        return ExitCode::from(2);
    };
    let mut areas = Vec::new();
    let named = flags.wijk.iter().map(|w| (w, false));
    for (text, kern) in named.chain(flags.kern.iter().map(|k| (k, true))) {
        match init::area_arg(text, kern) {
            Ok(area) => areas.push(area),
            Err(message) => {
                super::error(&message);
                return ExitCode::from(2);
            }
        }
    }
    if let Err(e) = std::fs::create_dir_all(&dir) {
        super::error(&t!(
            "init-cannot-write",
            file = dir.display().to_string(),
            reason = e.to_string()
        ));
        return ExitCode::FAILURE;
    }
    let defaults = Answers::defaults_for(&dir);
    let mut answers = Answers {
        municipality: flags.municipality.clone().unwrap_or_default(),
        publisher: flags.publisher.unwrap_or_default(),
        areas,
        report_email: flags.report_email.unwrap_or_default(),
        base_url: flags.base_url.unwrap_or_default(),
        province: flags.province.unwrap_or_default(),
        repo: flags.repo.unwrap_or_default(),
    };
    if flags.municipality.is_none() && std::io::stdin().is_terminal() {
        ask(&mut answers, &defaults, &dir);
    } else if answers.municipality.trim().is_empty() {
        answers.municipality = defaults.municipality;
    }
    answers.fill_in();
    match init::init(&dir, &answers, today) {
        Ok(files) => {
            for file in &files {
                println!("{}", dir.join(file).display());
            }
            eprintln!(
                "{}",
                t!(
                    "init-written",
                    municipality = &answers.municipality,
                    dir = dir.display().to_string(),
                    count = files.len()
                )
            );
            eprintln!("{}", t!("init-next"));
            ExitCode::SUCCESS
        }
        Err(message) => {
            super::error(&message);
            ExitCode::FAILURE
        }
    }
}

/// Asks, on the terminal, for what the options did not give; Enter takes the suggestion.
fn ask(answers: &mut Answers, defaults: &Answers, dir: &std::path::Path) {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut question = |text: Text, suggestion: &str| -> String {
        let mut err = std::io::stderr();
        if suggestion.is_empty() {
            let _ = write!(err, "{text}: ");
        } else {
            let _ = write!(err, "{text} [{suggestion}]: ");
        }
        let _ = err.flush();
        match lines.next() {
            Some(Ok(line)) if !line.trim().is_empty() => line.trim().to_owned(),
            _ => suggestion.to_owned(),
        }
    };
    eprintln!("{}", t!("init-intro", dir = dir.display().to_string()));
    answers.municipality = question(t!("init-ask-municipality"), &defaults.municipality);
    let mut suggested = answers.clone();
    suggested.publisher.clear();
    suggested.base_url.clear();
    suggested.fill_in();
    if answers.publisher.is_empty() {
        answers.publisher = question(t!("init-ask-publisher"), &suggested.publisher);
    }
    if answers.areas.is_empty() {
        loop {
            let name = question(t!("init-ask-area"), "");
            if name.is_empty() {
                break;
            }
            let kern = question(t!("init-ask-kern", area = &name), "n");
            let kern = kern.to_lowercase().starts_with(['j', 'y']);
            let postcodes = loop {
                let text = question(t!("init-ask-postcodes", area = &name), "");
                match init::postcodes(&text) {
                    Ok(found) => break found,
                    Err(problem) => eprintln!("{}", t!("init-answer-again", problem = problem)),
                }
            };
            answers.areas.push(Area {
                name,
                kern,
                postcodes,
            });
        }
    }
    if answers.report_email.is_empty() {
        answers.report_email = question(t!("init-ask-email"), "");
    }
    if answers.base_url.is_empty() {
        answers.base_url = question(t!("init-ask-base-url"), &suggested.base_url);
    }
    if answers.province.is_empty() {
        answers.province = question(t!("init-ask-province"), "");
    }
    if answers.repo.is_empty() {
        answers.repo = question(t!("init-ask-repo"), "");
    }
}
