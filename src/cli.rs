//! The command line as clap reads it: the verbs and their flags. What each means, and
//! every word `--help` and a wrong command line show, comes from the message catalogue
//! (`cli-*` keys): clap is given the words of the run's language before it parses, and
//! its own errors are told again in those words.

use std::path::PathBuf;

use buurtgids::messages::{self, Lang, Text};
use buurtgids::t;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(name = "buurtgids", version)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[arg(long, global = true, value_parser = ["nl", "en"])]
    pub lang: Option<String>,
}

#[derive(clap::Args)]
pub(crate) struct Common {
    #[arg(long, default_value = ".", global = true)]
    pub root: PathBuf,
    #[arg(long)]
    pub today: Option<String>,
    #[arg(long)]
    pub drafts: bool,
    #[arg(long)]
    pub deny_warnings: bool,
}

/// What `buurtgids init` is given; it asks for the rest at a terminal.
#[derive(clap::Args)]
pub(crate) struct InitArgs {
    pub dir: Option<PathBuf>,
    #[arg(long)]
    pub municipality: Option<String>,
    #[arg(long)]
    pub publisher: Option<String>,
    #[arg(long = "wijk")]
    pub wijk: Vec<String>,
    #[arg(long = "kern")]
    pub kern: Vec<String>,
    #[arg(long)]
    pub report_email: Option<String>,
    #[arg(long)]
    pub base_url: Option<String>,
    #[arg(long)]
    pub province: Option<String>,
    #[arg(long)]
    pub repo: Option<String>,
    #[arg(long)]
    pub today: Option<String>,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    Build {
        #[command(flatten)]
        common: Common,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long)]
        base_url: Option<String>,
    },
    Search {
        #[command(flatten)]
        common: Common,
        #[arg(required = true)]
        queries: Vec<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    Serve {
        #[command(flatten)]
        common: Common,
        #[arg(long, default_value_t = 1111)]
        port: u16,
        #[arg(long)]
        open: bool,
    },
    Init(InitArgs),
    New {
        kind: String,
        title: Option<String>,
        #[arg(long, value_name = "LANG")]
        translate: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        today: Option<String>,
    },
    Report {
        #[command(flatten)]
        common: Common,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    Export {
        #[arg(value_enum)]
        format: ExportFormat,
        #[command(flatten)]
        common: Common,
        #[arg(long, default_value = "hsds")]
        out: PathBuf,
    },
    Import {
        kind: String,
        file: PathBuf,
        #[arg(long)]
        map: Option<PathBuf>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        today: Option<String>,
        #[arg(long)]
        dry_run: bool,
    },
    Cms {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "decap")]
        app: CmsApp,
        #[arg(long, default_value = "git-gateway")]
        backend: String,
        #[arg(long)]
        repo: Option<String>,
        #[arg(long, default_value = "main")]
        branch: String,
    },
    Schema {
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    Check {
        #[command(flatten)]
        common: Common,
        #[arg(long)]
        language: bool,
        #[arg(long)]
        links: bool,
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ExportFormat {
    Hsds,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum ReportFormat {
    Text,
    Html,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum CmsApp {
    Decap,
    Sveltia,
}

/// The language of this run, before the command line is parsed (so `--help` speaks it):
/// `--lang`, else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`), else the `language`
/// of the site.toml in `--root` (or the current folder), else Dutch.
pub(crate) fn language(args: &[std::ffi::OsString]) -> Lang {
    let value_of = |flag: &str| {
        let mut found = None;
        let mut args = args.iter().filter_map(|a| a.to_str());
        while let Some(arg) = args.next() {
            if arg == flag {
                found = args.next().map(str::to_owned);
            } else if let Some(value) = arg.strip_prefix(flag).and_then(|r| r.strip_prefix('=')) {
                found = Some(value.to_owned());
            }
        }
        found
    };
    if let Some(lang) = value_of("--lang").and_then(|l| Lang::from_locale(&l)) {
        return lang;
    }
    if let Some(lang) = messages::from_environment() {
        return lang;
    }
    let root = value_of("--root").map_or_else(|| PathBuf::from("."), PathBuf::from);
    std::fs::read_to_string(root.join("site.toml"))
        .ok()
        .and_then(|text| text.parse::<toml::Table>().ok())
        .and_then(|table| table.get("language")?.as_str().map(Lang::from_code))
        .unwrap_or(Lang::Nl)
}

/// Parses the command line in the words of the run; a wrong one is told in those words
/// too, with exit code 2. `--help` and `--version` print and exit 0.
pub(crate) fn parse(args: Vec<std::ffi::OsString>) -> Result<Cli, std::process::ExitCode> {
    let mut command = localized(Cli::command());
    let matches = command
        .try_get_matches_from_mut(args)
        .map_err(|e| explain(&e))?;
    Cli::from_arg_matches(&matches).map_err(|e| explain(&e))
}

/// The help of `arg` of the verb `verb`: `cli-build-out`, else the shared `cli-out`.
fn arg_help(verb: &str, arg: &str) -> Option<Text> {
    [format!("cli-{verb}-{arg}"), format!("cli-{arg}")]
        .into_iter()
        .find_map(|key| messages::lookup(&key))
}

/// Clap's command with every text from the catalogue: what each verb and flag means,
/// the headings, and the help and version flags.
fn localized(command: clap::Command) -> clap::Command {
    let words = |c: clap::Command, verb: &str| {
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("cli-usage")
        );
        let mut c = c
            .disable_help_flag(true)
            .disable_version_flag(true)
            .disable_help_subcommand(true)
            .help_template(template)
            .subcommand_help_heading(t!("cli-commands").into_string())
            .subcommand_value_name(t!("cli-command").into_string())
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(clap::ArgAction::Help)
                    .help(t!("cli-help").into_string()),
            );
        if verb.is_empty() {
            c = c.arg(
                clap::Arg::new("version")
                    .short('V')
                    .long("version")
                    .action(clap::ArgAction::Version)
                    .help(t!("cli-version").into_string()),
            );
        }
        let about = if verb.is_empty() {
            t!("cli-about")
        } else {
            messages::lookup(&format!("cli-{verb}")).unwrap_or_default()
        };
        let options = t!("cli-options").into_string();
        let arguments = t!("cli-arguments").into_string();
        c.about(about.into_string()).mut_args(|arg| {
            let help = arg_help(verb, arg.get_id().as_str());
            let heading = if arg.is_positional() {
                arguments.clone()
            } else {
                options.clone()
            };
            let takes_values = arg.get_action().takes_values();
            let arg = arg
                .hide_default_value(takes_values)
                .hide_possible_values(takes_values)
                .help_heading(heading);
            match help {
                Some(help) => arg.help(help.into_string()),
                None => arg,
            }
        })
    };
    let mut command = words(command, "");
    let verbs: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for verb in verbs {
        command = command.mut_subcommand(&verb, |sub| words(sub, &verb));
    }
    command
}

/// Tells a wrong command line in the words of the run, or prints the help or version
/// clap was asked for; the exit code to end with.
fn explain(error: &clap::Error) -> std::process::ExitCode {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(list)) => list.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let message = match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            return std::process::ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            let _ = error.print();
            return std::process::ExitCode::from(2);
        }
        ErrorKind::UnknownArgument => t!(
            "cli-unknown-argument",
            arg = context(ContextKind::InvalidArg)
        ),
        ErrorKind::InvalidSubcommand => {
            t!(
                "cli-unknown-command",
                command = context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => t!(
            "cli-invalid-value",
            value = context(ContextKind::InvalidValue),
            arg = context(ContextKind::InvalidArg)
        ),
        ErrorKind::MissingRequiredArgument => {
            t!(
                "cli-missing-argument",
                arg = context(ContextKind::InvalidArg)
            )
        }
        ErrorKind::NoEquals
        | ErrorKind::TooManyValues
        | ErrorKind::TooFewValues
        | ErrorKind::WrongNumberOfValues
        | ErrorKind::ArgumentConflict => {
            t!("cli-wrong-values", arg = context(ContextKind::InvalidArg))
        }
        _ => t!("cli-wrong", reason = error.kind().to_string()),
    };
    let suggested = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
        ContextKind::ValidValue,
    ]
    .into_iter()
    .map(context)
    .find(|s| !s.is_empty());
    eprintln!("{}: {message}", t!("label-error"));
    if let Some(suggested) = suggested {
        eprintln!(
            "   = {}: {}",
            t!("label-help"),
            t!("cli-try", names = suggested)
        );
    }
    eprintln!("   = {}: {}", t!("label-help"), t!("cli-more"));
    std::process::ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every verb and every flag has its words in both catalogues.
    #[test]
    fn every_verb_and_flag_is_explained_in_both_languages() {
        let command = Cli::command();
        let mut missing = Vec::new();
        for lang in Lang::ALL {
            let keys = messages::keys(lang);
            let has = |key: &str| keys.contains(&key);
            for sub in command.get_subcommands() {
                let verb = sub.get_name();
                if !has(&format!("cli-{verb}")) {
                    missing.push(format!("{}: cli-{verb}", lang.code()));
                }
                for arg in sub.get_arguments() {
                    let id = arg.get_id().as_str();
                    if !has(&format!("cli-{verb}-{id}")) && !has(&format!("cli-{id}")) {
                        missing.push(format!("{}: cli-{verb}-{id}", lang.code()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "missing: {missing:?}");
    }

    #[test]
    fn help_is_in_the_language_of_the_run() {
        let help = localized(Cli::command()).render_long_help().to_string();
        assert!(
            help.contains("Opdrachten:") || help.contains("Commands:"),
            "{help}"
        );
    }
}
