//! Diagnostics: every problem an editor can cause, with where it is and how to fix it.
//!
//! A diagnostic names the file (relative to the site folder), the line and the column in
//! *file* coordinates (the opening `---` of front matter counts as line 1), a message and a
//! help line. Stages never stop at the first problem: they push into a [`Diagnostics`]
//! collection, and the command line prints all of them together, sorted by file.
//! Nothing here may panic on odd input: a file that cannot be read again simply prints
//! without its source line.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::messages::Text;
use crate::t;

/// How bad a problem is. Errors stop a build; warnings are shown and the build goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, located in a file of the site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Path relative to the site folder, with `/` separators.
    pub file: String,
    /// 1-based line in the file, 0 when the problem concerns the whole file.
    pub line: u32,
    /// 1-based column (in characters), 0 when unknown.
    pub column: u32,
    pub message: String,
    /// What to do about it, in plain words.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with a message from the catalogue (`t!`), never words written in the code.
    pub fn error(file: impl Into<String>, pos: Pos, message: Text) -> Self {
        Self::new(Severity::Error, file.into(), pos, message)
    }

    pub fn warning(file: impl Into<String>, pos: Pos, message: Text) -> Self {
        Self::new(Severity::Warning, file.into(), pos, message)
    }

    fn new(severity: Severity, file: String, pos: Pos, message: Text) -> Self {
        Diagnostic {
            severity,
            file,
            line: pos.line,
            column: pos.column,
            message: message.into_string(),
            help: None,
        }
    }

    pub fn with_help(mut self, help: Text) -> Self {
        self.help = Some(help.into_string());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A position in a file: 1-based line and column, `0` for unknown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub column: u32,
}

impl Pos {
    pub const UNKNOWN: Pos = Pos { line: 0, column: 0 };

    pub fn new(line: u32, column: u32) -> Self {
        Pos { line, column }
    }

    /// The position of byte offset `offset` in `text`.
    pub fn of_offset(text: &str, offset: usize) -> Self {
        let offset = offset.min(text.len());
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Pos::new(line as u32, column as u32)
    }

    /// Moves a position found in an embedded document (front matter) into file coordinates.
    pub fn offset_lines(self, lines: u32) -> Self {
        if self.line == 0 {
            self
        } else {
            Pos::new(self.line + lines, self.column)
        }
    }
}

/// All diagnostics of a run.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(other);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Sorted by file, then position, then errors before warnings; duplicates removed.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            (&a.file, a.line, a.column, a.severity, &a.message)
                .cmp(&(&b.file, b.line, b.column, b.severity, &b.message))
        });
        self.items.dedup();
        self.items
    }
}

/// The most characters of a source line a diagnostic shows.
const SHOWN: usize = 100;

/// Renders diagnostics for a terminal, each with the line of the file it points at.
pub fn render_human(diagnostics: &[Diagnostic], root: &Path) -> String {
    let mut sources: BTreeMap<&str, Option<Vec<String>>> = BTreeMap::new();
    let mut out = String::new();
    for d in diagnostics {
        let label = match d.severity {
            Severity::Error => t!("label-error"),
            Severity::Warning => t!("label-warning"),
        };
        let help_label = t!("label-help");
        let _ = writeln!(out, "{label}: {}", d.message);
        // A problem of no file (the command line, the disk) has no place to point at.
        if d.file.is_empty() {
            if let Some(help) = &d.help {
                let _ = writeln!(out, "   = {help_label}: {help}");
            }
            out.push('\n');
            continue;
        }
        let location = match (d.line, d.column) {
            (0, _) => d.file.clone(),
            (line, 0) => format!("{}:{line}", d.file),
            (line, column) => format!("{}:{line}:{column}", d.file),
        };
        let _ = writeln!(out, "  --> {location}");
        let lines = sources
            .entry(d.file.as_str())
            .or_insert_with(|| read_lines(&root.join(&d.file)));
        if let Some(text) = lines
            .as_ref()
            .and_then(|l| l.get((d.line as usize).wrapping_sub(1)))
        {
            let number = d.line.to_string();
            let pad = " ".repeat(number.len());
            // A very long line (a whole file on one line) is shown around the column.
            let chars: Vec<char> = text.chars().collect();
            let column = (d.column as usize).saturating_sub(1).min(chars.len());
            let (from, to) = if chars.len() <= SHOWN {
                (0, chars.len())
            } else {
                let from = column.saturating_sub(SHOWN / 2).min(chars.len() - SHOWN);
                (from, from + SHOWN)
            };
            let before = if from > 0 { "…" } else { "" };
            let after = if to < chars.len() { "…" } else { "" };
            let shown: String = chars[from..to].iter().collect();
            let _ = writeln!(out, " {pad} |");
            let _ = writeln!(out, " {number} | {before}{}{after}", printable(&shown));
            if d.column > 0 {
                let indent: String = before
                    .chars()
                    .chain(chars[from..column.max(from)].iter().copied())
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = writeln!(out, " {pad} | {indent}^");
            }
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "   = {help_label}: {help}");
        }
        out.push('\n');
    }
    out
}

fn read_lines(path: &Path) -> Option<Vec<String>> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(text.lines().map(str::to_owned).collect())
}

/// Control characters in a source line would garble the terminal; show them escaped.
fn printable(line: &str) -> String {
    line.chars()
        .map(|c| {
            if c.is_control() && c != '\t' {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Renders diagnostics as a JSON array, for CI and editors.
pub fn render_json(diagnostics: &[Diagnostic]) -> String {
    serde_json::to_string_pretty(diagnostics).unwrap_or_else(|_| "[]".to_owned())
}

/// The existing names closest to `wanted`, best first, for "did you mean" help.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&wanted_lower, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, c)| c).collect()
}

/// "did you mean `a`, `b` or `c`?" or nothing when there is no close name.
pub fn did_you_mean(wanted: &str, candidates: &[&str]) -> Option<Text> {
    let close = closest(wanted, candidates.iter().copied());
    if close.is_empty() {
        return None;
    }
    Some(t!("did-you-mean", names = or_list(&close)))
}

/// "`a`, `b` or `c`", with the run's word for "or".
pub fn or_list(items: &[&str]) -> Text {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        None => Text::default(),
        Some((last, [])) => Text::foreign(last.clone()),
        Some((last, rest)) => t!("or-list", first = rest.join(", "), last = last),
    }
}

/// The file name as shown to editors: relative to the site folder, with `/`.
pub fn display_path(root: &Path, path: &Path) -> String {
    let rel: PathBuf = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_to_position_counts_characters() {
        let text = "a: 1\nnaam: é x\n";
        assert_eq!(Pos::of_offset(text, 0), Pos::new(1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(Pos::of_offset(text, x), Pos::new(2, 9));
    }

    #[test]
    fn suggestions_prefer_the_closest_name() {
        let help = did_you_mean("titel", &["title", "summary", "areas"]).unwrap();
        assert_eq!(help.as_str(), "bedoelt u `title`?");
        assert!(did_you_mean("zzzzzz", &["title"]).is_none());
    }
}
