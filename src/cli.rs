//! The command line as clap reads it: the verbs, their flags and what each means. The
//! `///` lines are what `buurtgids --help` shows.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "buurtgids",
    version,
    about = "Builds an accessible neighbourhood directory (sociale kaart) from YAML and Markdown files"
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(clap::Args)]
pub(crate) struct Common {
    /// The site folder, with site.toml and content/ (default: the current folder)
    #[arg(long, default_value = ".", global = true)]
    pub root: PathBuf,
    /// The date to build for, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)
    #[arg(long)]
    pub today: Option<String>,
    /// Include entries marked `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Fail (exit code 1) when there are warnings too
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Subcommand)]
pub(crate) enum Command {
    /// Build the site into an output folder
    Build {
        #[command(flatten)]
        common: Common,
        /// The output folder (default: public/ in the site folder)
        #[arg(long)]
        out: Option<PathBuf>,
        /// The address the site is published at, overriding base_url in site.toml
        #[arg(long)]
        base_url: Option<String>,
    },
    /// Search the site as residents do, on the same index the site ships
    Search {
        #[command(flatten)]
        common: Common,
        /// What to look for, for example "koffie ochtend"; several queries are answered
        /// one after the other on one index
        #[arg(required = true)]
        queries: Vec<String>,
        /// How many results to show
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// How to print results
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
    },
    /// Show the site in a browser on this computer, updated on every saved file
    Serve {
        #[command(flatten)]
        common: Common,
        /// The port on 127.0.0.1 (0 picks a free one)
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the preview in the browser
        #[arg(long)]
        open: bool,
    },
    /// Write a new entry with every field explained, for example:
    /// buurtgids new activity "Koffie & Praat in 't Anker"
    New {
        /// The kind: activity, place, service, person, volunteering, area,
        /// organisation or page (the folder name works too)
        kind: String,
        /// The title (or name) of the new entry; the file name is made from it
        title: String,
        /// The site folder, with site.toml and content/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The date for `reviewed`, YYYY-MM-DD (default: today)
        #[arg(long)]
        today: Option<String>,
    },
    /// Report what is missing and out of date: gaps per area, age per organisation,
    /// what expires soon, entries without contact
    Report {
        #[command(flatten)]
        common: Common,
        /// How to print the report: text, one self-contained HTML page, or JSON
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
        /// Write the report to this file instead of the terminal
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Export the site's entries as open data in a standard format:
    /// buurtgids export hsds --out open-data
    Export {
        /// The format: hsds (Open Referral's Human Services Data Specification 3.0)
        #[arg(value_enum)]
        format: ExportFormat,
        #[command(flatten)]
        common: Common,
        /// The folder to write into (default: hsds/ in the current folder)
        #[arg(long, default_value = "hsds")]
        out: PathBuf,
    },
    /// Turn the rows of a spreadsheet (saved as CSV) into content files, for example:
    /// buurtgids import activity activiteiten.csv
    Import {
        /// The kind of entry every row is: activity, service, place, person, volunteering,
        /// organisation or area (the folder name works too)
        kind: String,
        /// The spreadsheet, saved as CSV (separated by ; or ,; UTF-8 or Excel's Windows
        /// encoding)
        file: PathBuf,
        /// A mapping of the sheet's headings to fields, with values for every row (see the
        /// README)
        #[arg(long)]
        map: Option<PathBuf>,
        /// The site folder, with site.toml and content/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The date for `reviewed` when the sheet has no such column, YYYY-MM-DD (default:
        /// today)
        #[arg(long)]
        today: Option<String>,
        /// Read and check every row, but write no file
        #[arg(long)]
        dry_run: bool,
    },
    /// Write an admin/ folder for Decap CMS (or Sveltia CMS), so editors fill in entries
    /// in a web form on top of the Git repository
    Cms {
        /// The site folder, with site.toml and content/ (default: the current folder)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The folder to write into (default: static/admin/ in the site folder, which the
        /// build publishes as admin/)
        #[arg(long)]
        out: Option<PathBuf>,
        /// The web app that shows the forms
        #[arg(long, value_enum, default_value = "decap")]
        app: CmsApp,
        /// Where the CMS saves: a Decap CMS backend (git-gateway, github, gitlab, gitea,
        /// bitbucket, azure)
        #[arg(long, default_value = "git-gateway")]
        backend: String,
        /// The repository, OWNER/NAME, for the github, gitlab, gitea, bitbucket and azure
        /// backends
        #[arg(long)]
        repo: Option<String>,
        /// The branch the CMS saves to
        #[arg(long, default_value = "main")]
        branch: String,
    },
    /// Write a JSON Schema for every kind of content file, so an editor (VS Code with
    /// the YAML extension) checks and completes entries while they are typed
    Schema {
        /// The folder to write into
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
        /// The site folder: the schemas describe the fields in the language of its
        /// site.toml (Dutch without one)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Check the site without building it
    Check {
        #[command(flatten)]
        common: Common,
        /// Also give hints for plain language: long summaries and sentences, and the
        /// jargon listed in site.toml
        #[arg(long)]
        language: bool,
        /// Also ask every web address on the site whether it still leads somewhere, and
        /// warn about dead and moved ones (answers are kept for a day)
        #[arg(long)]
        links: bool,
        /// How to print problems
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
    /// Decap CMS
    Decap,
    /// Sveltia CMS, which reads the same configuration
    Sveltia,
}
