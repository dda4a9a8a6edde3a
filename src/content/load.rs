//! Load: walk `content/`, read and parse every file once, and convert it to an [`Entry`].
//!
//! The walk is sorted, so the order of entries (and of everything built from them) does
//! not depend on the file system. Each file becomes an entry or a list of diagnostics;
//! one bad file never stops the others from loading. Positions are in file coordinates:
//! front matter starts on line 2 of a `.md` file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde_saphyr::{DefaultMessageFormatter, Error as YamlError, MessageFormatter};

use super::model::{self, Entry, Kind};
use super::raw::{self, Ctx, RawEntry};
use super::translation::{self, Translation};
use crate::diagnostic::{Diagnostic, Pos, closest, did_you_mean, display_path};
use crate::map::{self, Boundary};
use crate::messages::Text;
use crate::t;

/// The result of loading `content/`.
#[derive(Debug, Default)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    pub diagnostics: Vec<Diagnostic>,
}

/// What earlier loads made of each file, for `serve`: a file whose size and modification
/// time are unchanged is not read and parsed again.
#[derive(Debug, Default)]
pub struct Cache {
    files: std::sync::Mutex<HashMap<PathBuf, Cached>>,
    /// The last walk of `content/`, while no file was added, removed or renamed.
    walked: std::sync::Mutex<Option<Walked>>,
    /// What earlier loads made of each boundary file.
    boundaries: std::sync::Mutex<HashMap<PathBuf, CachedBoundary>>,
}

type Cached = (Option<SystemTime>, u64, Option<Parsed>, Vec<Diagnostic>);

/// What a content file holds: an entry, or a translation of one (`breicafe.en.md`).
#[derive(Debug, Clone)]
enum Parsed {
    Entry(Box<Entry>),
    Translation(Arc<Translation>),
}
/// The entry files with their kinds, the areas' boundary files, and what is wrong with
/// files that are neither.
type Walked = (Vec<(Kind, PathBuf)>, Vec<PathBuf>, Vec<Diagnostic>);
type CachedBoundary = (
    Option<SystemTime>,
    u64,
    Option<Arc<Boundary>>,
    Vec<Diagnostic>,
);

/// The most a boundary file may hold: CBS's detailed wijk boundaries are a few hundred
/// KiB at most.
const BOUNDARY_MAX_BYTES: u64 = 16 * 1024 * 1024;

impl Cache {
    fn get(&self, path: &Path, modified: Option<SystemTime>, len: u64) -> Option<Cached> {
        let files = self.files.lock().ok()?;
        files
            .get(path)
            .filter(|(m, l, ..)| modified.is_some() && *m == modified && *l == len)
            .cloned()
    }

    /// Files were added, removed or renamed: the next load walks `content/` again.
    pub fn forget_walk(&self) {
        if let Ok(mut walked) = self.walked.lock() {
            *walked = None;
        }
    }

    fn walked(&self) -> Option<Walked> {
        self.walked.lock().ok()?.clone()
    }

    fn keep_walk(&self, walked: &Walked) {
        if let Ok(mut kept) = self.walked.lock() {
            *kept = Some(walked.clone());
        }
    }

    fn put(&self, path: &Path, cached: Cached) {
        if let Ok(mut files) = self.files.lock() {
            files.insert(path.to_path_buf(), cached);
        }
    }

    fn boundary(
        &self,
        path: &Path,
        modified: Option<SystemTime>,
        len: u64,
    ) -> Option<CachedBoundary> {
        let boundaries = self.boundaries.lock().ok()?;
        boundaries
            .get(path)
            .filter(|(m, l, ..)| modified.is_some() && *m == modified && *l == len)
            .cloned()
    }

    fn put_boundary(&self, path: &Path, cached: CachedBoundary) {
        if let Ok(mut boundaries) = self.boundaries.lock() {
            boundaries.insert(path.to_path_buf(), cached);
        }
    }
}

/// Walks `root/content` and loads every entry, reusing what `cache` holds of unchanged
/// files.
pub fn load(
    root: &Path,
    max_bytes: u64,
    cache: Option<&Cache>,
    progress: &crate::progress::Progress,
) -> Loaded {
    let (files, boundary_files, mut diagnostics) = match cache.and_then(Cache::walked) {
        Some(walked) => walked,
        None => {
            let walked = walk(root);
            if let Some(cache) = cache {
                cache.keep_walk(&walked);
            }
            walked
        }
    };

    progress.stage(t!("progress-reading"), files.len());
    let results: Vec<(Option<Parsed>, Vec<Diagnostic>)> = files
        .par_iter()
        .map(|(kind, path)| {
            progress.inc(1);
            let stamp = cache.and_then(|_| std::fs::metadata(path).ok());
            let modified = stamp.as_ref().and_then(|m| m.modified().ok());
            let len = stamp.as_ref().map_or(0, std::fs::Metadata::len);
            if let Some((.., entry, diags)) = cache.and_then(|c| c.get(path, modified, len)) {
                return (entry, diags);
            }
            let file = display_path(root, path);
            let mut diags = Vec::new();
            let entry = read(*kind, path, &file, max_bytes, &mut diags);
            if let Some(cache) = cache {
                cache.put(path, (modified, len, entry.clone(), diags.clone()));
            }
            (entry, diags)
        })
        .collect();
    let mut entries = Vec::with_capacity(results.len());
    let mut translations = Vec::new();
    for (parsed, diags) in results {
        diagnostics.extend(diags);
        match parsed {
            Some(Parsed::Entry(entry)) => entries.push(*entry),
            Some(Parsed::Translation(translation)) => translations.push(translation),
            None => {}
        }
    }
    check_duplicate_ids(&entries, &mut diagnostics);
    // A translation of a file that is there but could not be read waits for that file:
    // its own problem is reported already.
    let unread: std::collections::HashSet<(Kind, &str)> = files
        .iter()
        .filter_map(|(kind, path)| {
            let stem = path.file_stem()?.to_str()?;
            translation::split_stem(stem)
                .is_none()
                .then_some((*kind, stem))
        })
        .filter(|(kind, stem)| !entries.iter().any(|e| e.kind == *kind && e.id == *stem))
        .collect();
    translation::attach(&mut entries, translations, &unread, &mut diagnostics);
    let boundaries: Vec<(PathBuf, Option<Arc<Boundary>>, Vec<Diagnostic>)> = boundary_files
        .par_iter()
        .map(|path| {
            let stamp = std::fs::metadata(path).ok();
            let modified = stamp.as_ref().and_then(|m| m.modified().ok());
            let len = stamp.as_ref().map_or(0, std::fs::Metadata::len);
            if let Some((.., boundary, diags)) = cache.and_then(|c| c.boundary(path, modified, len))
            {
                return (path.clone(), boundary, diags);
            }
            let mut diags = Vec::new();
            let boundary = boundary_file(path, &display_path(root, path), &mut diags).map(Arc::new);
            if let Some(cache) = cache {
                cache.put_boundary(path, (modified, len, boundary.clone(), diags.clone()));
            }
            (path.clone(), boundary, diags)
        })
        .collect();
    for (path, boundary, diags) in boundaries {
        diagnostics.extend(diags);
        attach_boundary(root, &path, boundary, &mut entries, &mut diagnostics);
    }
    Loaded {
        entries,
        diagnostics,
    }
}

/// The content files in `root/content`, in name order, with their kinds, and what is
/// wrong with files that cannot be entries.
fn walk(root: &Path) -> Walked {
    let content = root.join("content");
    let mut diagnostics = Vec::new();
    let mut files: Vec<(Kind, PathBuf)> = Vec::new();
    let mut boundaries = Vec::new();
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::error("content", Pos::UNKNOWN, t!("no-content-folder"))
                .with_help(t!("no-content-folder-help")),
        );
        return (files, boundaries, diagnostics);
    }
    let walker = walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !is_hidden(e.file_name()));
    for item in walker {
        let item = match item {
            Ok(item) => item,
            Err(err) => {
                let file = err
                    .path()
                    .map_or("content".to_owned(), |p| display_path(root, p));
                diagnostics.push(Diagnostic::error(
                    file,
                    Pos::UNKNOWN,
                    t!("file-unreadable", reason = err.to_string()),
                ));
                continue;
            }
        };
        let path = item.path();
        let file = display_path(root, path);
        if item.path_is_symlink() {
            // A link may point at a file elsewhere in the site, never outside it: the
            // site is published under a municipality's name.
            let inside = path.canonicalize().ok().filter(|target| {
                root.canonicalize()
                    .is_ok_and(|site| target.starts_with(site))
            });
            match inside {
                Some(target) if target.is_file() => {}
                Some(_) => {
                    diagnostics.push(
                        Diagnostic::error(&file, Pos::UNKNOWN, t!("link-to-folder"))
                            .with_help(t!("link-to-folder-help")),
                    );
                    continue;
                }
                None => {
                    diagnostics.push(
                        Diagnostic::error(&file, Pos::UNKNOWN, t!("link-outside"))
                            .with_help(t!("link-outside-help")),
                    );
                    continue;
                }
            }
        } else if !item.file_type().is_file() {
            continue;
        }
        let rel = path.strip_prefix(&content).unwrap_or(path);
        let folder = rel
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned());
        let kind = match (rel.components().count(), folder) {
            (n, Some(folder)) if n >= 2 => match Kind::from_folder(&folder) {
                Some(kind) => kind,
                None => {
                    let known: Vec<&str> = Kind::ALL.iter().map(|k| k.folder()).collect();
                    let help = did_you_mean(&folder, &known)
                        .unwrap_or_else(|| t!("unknown-folder-help", folders = known.join(", ")));
                    diagnostics.push(
                        Diagnostic::warning(
                            file,
                            Pos::UNKNOWN,
                            t!("unknown-folder", folder = folder),
                        )
                        .with_help(help),
                    );
                    continue;
                }
            },
            _ => {
                diagnostics.push(
                    Diagnostic::warning(file, Pos::UNKNOWN, t!("file-in-content"))
                        .with_help(t!("file-in-content-help")),
                );
                continue;
            }
        };
        match path.extension().and_then(|e| e.to_str()) {
            Some("md" | "yaml" | "yml") => files.push((kind, path.to_path_buf())),
            Some("geojson") if kind == Kind::Area => boundaries.push(path.to_path_buf()),
            Some("geojson") => diagnostics.push(
                Diagnostic::warning(file, Pos::UNKNOWN, t!("boundary-not-in-areas"))
                    .with_help(t!("boundary-not-in-areas-help")),
            ),
            _ => diagnostics.push(
                Diagnostic::warning(file, Pos::UNKNOWN, t!("not-md-or-yaml"))
                    .with_help(t!("not-md-or-yaml-help")),
            ),
        }
    }
    (files, boundaries, diagnostics)
}

/// The bytes of a file of at most `limit` bytes. What keeps it from being read is a
/// diagnostic; `too_large` gives the message and help for a file over the limit, from
/// its size in KiB.
fn read_within(
    path: &Path,
    file: &str,
    limit: u64,
    too_large: impl FnOnce(u64) -> (Text, Text),
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<u8>> {
    let unreadable = |err: std::io::Error| {
        Diagnostic::error(
            file,
            Pos::UNKNOWN,
            t!("file-unreadable", reason = err.to_string()),
        )
    };
    let size = match std::fs::metadata(path) {
        Ok(meta) => meta.len(),
        Err(err) => {
            diags.push(unreadable(err));
            return None;
        }
    };
    if size > limit {
        let (message, help) = too_large(size.div_ceil(1024));
        diags.push(Diagnostic::error(file, Pos::UNKNOWN, message).with_help(help));
        return None;
    }
    match std::fs::read(path) {
        Ok(bytes) => Some(bytes),
        Err(err) => {
            diags.push(unreadable(err));
            None
        }
    }
}

/// Reads and parses an area's boundary file.
fn boundary_file(path: &Path, file: &str, diags: &mut Vec<Diagnostic>) -> Option<Boundary> {
    let too_large = |size| {
        (
            t!(
                "boundary-too-large",
                size = size,
                limit = BOUNDARY_MAX_BYTES / 1024
            ),
            t!("boundary-too-large-help"),
        )
    };
    let bytes = read_within(path, file, BOUNDARY_MAX_BYTES, too_large, diags)?;
    let text = String::from_utf8_lossy(&bytes);
    // A file saved on Windows may start with a byte order mark, which JSON does not allow.
    match map::parse(text.strip_prefix('\u{feff}').unwrap_or(&text)) {
        Ok(boundary) => Some(boundary),
        Err(problem) => {
            diags.push(
                Diagnostic::error(file, problem.pos, problem.message).with_help(problem.help),
            );
            None
        }
    }
}

/// Gives the area of the same name its boundary; a boundary without an area is a warning.
fn attach_boundary(
    root: &Path,
    path: &Path,
    boundary: Option<Arc<Boundary>>,
    entries: &mut [Entry],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let area = entries
        .iter_mut()
        .find(|e| e.kind == Kind::Area && e.id == id);
    match area {
        Some(e) => {
            if let model::Details::Area { boundary: b, .. } = &mut e.details {
                *b = boundary;
            }
        }
        None => {
            let areas: Vec<&str> = entries
                .iter()
                .filter(|e| e.kind == Kind::Area)
                .map(|e| e.id.as_str())
                .collect();
            let help = did_you_mean(id, &areas).unwrap_or_else(|| t!("boundary-without-area-help"));
            diagnostics.push(
                Diagnostic::warning(
                    display_path(root, path),
                    Pos::UNKNOWN,
                    t!("boundary-without-area", id = id),
                )
                .with_help(help),
            );
        }
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str()
        .is_some_and(|n| n.starts_with('.') && n.len() > 1)
}

/// Reads one file and parses it: an entry, or a translation when its name ends in a
/// language (`breicafe.en.md`).
fn read(
    kind: Kind,
    path: &Path,
    file: &str,
    max_bytes: u64,
    diags: &mut Vec<Diagnostic>,
) -> Option<Parsed> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let too_large = |size| {
        (
            t!("file-too-large", size = size, limit = max_bytes / 1024),
            t!("file-too-large-help"),
        )
    };
    let bytes = read_within(path, file, max_bytes, too_large, diags)?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(err) => {
            let pos = Pos::of_offset(
                &String::from_utf8_lossy(&err.as_bytes()[..err.utf8_error().valid_up_to()]),
                usize::MAX,
            );
            diags.push(Diagnostic::error(file, pos, t!("not-utf8")).with_help(t!("not-utf8-help")));
            return None;
        }
    };
    let markdown = path.extension().is_some_and(|e| e == "md");
    match translation::split_stem(stem) {
        Some(of) => translation::parse(kind, of, file, &text, markdown, diags)
            .map(|t| Parsed::Translation(Arc::new(t))),
        None => parse(kind, stem, file, &text, markdown, diags).map(|e| Parsed::Entry(Box::new(e))),
    }
}

/// Parses the text of one content file.
pub fn parse(
    kind: Kind,
    id: &str,
    file: &str,
    text: &str,
    markdown: bool,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if !model::is_safe_id(id) {
        diags.push(
            Diagnostic::error(file, Pos::UNKNOWN, t!("bad-file-name", id = id))
                .with_help(t!("bad-file-name-help", fix = suggest_id(id))),
        );
        return None;
    }
    let Parts {
        yaml,
        body,
        line_offset,
        body_line,
    } = Parts::of(file, text, markdown, diags)?;
    let body = body.to_owned();
    let mut ctx = Ctx {
        file,
        line_offset,
        body_line,
        diagnostics: diags,
    };
    match kind {
        Kind::Area => typed(kind, id, yaml, body, &mut ctx, model::area),
        Kind::Organisation => typed(kind, id, yaml, body, &mut ctx, model::organisation),
        Kind::Place => typed(kind, id, yaml, body, &mut ctx, model::place),
        Kind::Activity => typed(kind, id, yaml, body, &mut ctx, model::activity),
        Kind::Service => typed(kind, id, yaml, body, &mut ctx, model::service),
        Kind::Person => typed(kind, id, yaml, body, &mut ctx, model::person),
        Kind::Volunteering => typed(kind, id, yaml, body, &mut ctx, model::volunteering),
        Kind::Page => typed(kind, id, yaml, body, &mut ctx, model::page),
    }
}

fn suggest_id(id: &str) -> String {
    let s = model::slugify(id);
    if s.is_empty() {
        "my-entry".to_owned()
    } else {
        s
    }
}

/// At most this many problems of the YAML of one file are reported in one run.
const MAX_FIELD_PROBLEMS: usize = 20;

/// Reads a file's YAML into the raw struct of its kind and converts it. A field that
/// cannot be read (an unknown key, a wrong type) does not hide the rest of the file: it is
/// reported, its lines are blanked (so every position stays) and the rest is read again,
/// until it reads; the fields that are left are then checked as well. Such a file gives
/// no entry, and of the checks of what is left only the errors at a value are kept: a
/// warning or a complaint about the whole file may come from the field taken out.
fn typed<R: RawEntry + DeserializeOwned>(
    kind: Kind,
    id: &str,
    yaml: &str,
    body: String,
    ctx: &mut Ctx,
    specific: fn(R, &mut Ctx) -> Option<model::Details>,
) -> Option<Entry> {
    let lines = yaml.lines().count();
    let last_line = ctx.line_offset + lines as u32;
    let mut yaml = std::borrow::Cow::Borrowed(yaml);
    let mut taken_out: Vec<String> = Vec::new();
    for _ in 0..MAX_FIELD_PROBLEMS {
        let err = match serde_saphyr::from_str::<R>(&yaml) {
            Ok(raw) if taken_out.is_empty() => {
                return model::convert(kind, id, raw, body, ctx, specific);
            }
            Ok(raw) => {
                let mut rest = Vec::new();
                let mut partial = Ctx {
                    file: ctx.file,
                    line_offset: ctx.line_offset,
                    body_line: ctx.body_line,
                    diagnostics: &mut rest,
                };
                let _ = model::convert(kind, id, raw, body, &mut partial, specific);
                ctx.diagnostics.extend(
                    rest.into_iter()
                        .filter(|d| d.is_error() && d.column > 1 && d.line <= last_line),
                );
                return None;
            }
            Err(err) => err,
        };
        let plain = err.without_snippet();
        let line = err.location().map_or(0, |l| l.line() as usize);
        if line > lines {
            // A problem of a stand-in written below the file: not the editor's.
            return None;
        }
        if let YamlError::SerdeMissingField { field, .. } = plain {
            // Missing because it was taken out, or misspelt (reported as an unknown key):
            // not a problem of its own. Either way a stand-in lets the rest be read.
            let misspelt = |k: &String| k == field || !closest(k, [*field]).is_empty();
            if !taken_out.iter().any(misspelt) {
                ctx.diagnostics.push(yaml_diagnostic(&err, ctx, kind));
            }
            let mut text = yaml.into_owned();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&format!("{field}: \"-\"\n"));
            yaml = std::borrow::Cow::Owned(text);
            taken_out.push((*field).to_owned());
            continue;
        }
        let mut diagnostic = yaml_diagnostic(&err, ctx, kind);
        if matches!(
            plain,
            YamlError::SerdeInvalidValue { .. } | YamlError::Message { .. }
        ) {
            // These point at the key; the value is what is wrong.
            let line = diagnostic.line.saturating_sub(ctx.line_offset) as usize;
            if let Some(at) = yaml
                .lines()
                .nth(line.wrapping_sub(1))
                .and_then(value_column)
            {
                if diagnostic.column <= at {
                    diagnostic.column = at;
                }
            }
        }
        ctx.diagnostics.push(diagnostic);
        let field_problem = matches!(
            plain,
            YamlError::SerdeUnknownField { .. }
                | YamlError::SerdeInvalidType { .. }
                | YamlError::SerdeInvalidValue { .. }
                | YamlError::SerdeInvalidLength { .. }
                | YamlError::SerdeUnknownVariant { .. }
                | YamlError::InvalidScalar { .. }
                | YamlError::InvalidBooleanStrict { .. }
                | YamlError::NullIntoString { .. }
                | YamlError::DuplicateMappingKey { .. }
                | YamlError::Message { .. }
        );
        match field_problem.then(|| take_out(&yaml, line)).flatten() {
            Some((rest, key)) => {
                taken_out.push(key);
                yaml = std::borrow::Cow::Owned(rest);
            }
            None => return None,
        }
    }
    None
}

/// The column (1-based, in characters) where the value of a `key: value` line starts.
fn value_column(line: &str) -> Option<u32> {
    let (key, rest) = line.split_once(':')?;
    let value = rest.trim_start();
    let before = key.chars().count() + 1 + rest.chars().count() - value.chars().count();
    (!value.is_empty()).then_some(before as u32 + 1)
}

/// The YAML with the top-level field that holds line `line` (1-based) blanked, lines
/// kept, and that field's key; `None` when the line is in no top-level field.
fn take_out(yaml: &str, line: usize) -> Option<(String, String)> {
    let lines: Vec<&str> = yaml.split('\n').collect();
    let top = |l: &str| {
        let key = l.split(':').next().unwrap_or("");
        !l.starts_with([' ', '\t', '#', '-'])
            && l.contains(':')
            && !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    };
    let start = (0..line.min(lines.len())).rev().find(|&i| top(lines[i]))?;
    let end = (start + 1..lines.len())
        .find(|&i| top(lines[i]) || lines[i].starts_with("---"))
        .unwrap_or(lines.len());
    let key = lines[start].split(':').next()?.trim().to_owned();
    let text = lines
        .iter()
        .enumerate()
        .map(|(i, l)| if (start..end).contains(&i) { "" } else { *l })
        .collect::<Vec<_>>()
        .join("\n");
    Some((text, key))
}

/// A content file's YAML and Markdown body, with where each starts.
pub(super) struct Parts<'t> {
    pub(super) yaml: &'t str,
    pub(super) body: &'t str,
    /// Lines before the YAML (1: the opening `---` of a Markdown file).
    pub(super) line_offset: u32,
    /// The line the body starts on (1-based).
    pub(super) body_line: u32,
}

impl<'t> Parts<'t> {
    /// The parts of a Markdown file (front matter and body) or a YAML file (no body);
    /// `None` when the front matter cannot be found, which is told in `diags`.
    pub(super) fn of(
        file: &str,
        text: &'t str,
        markdown: bool,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<Parts<'t>> {
        let (yaml, body, line_offset) = if markdown {
            match split_front_matter(file, text) {
                Ok(parts) => parts,
                Err(diag) => {
                    diags.push(diag);
                    return None;
                }
            }
        } else {
            (text, "", 0)
        };
        let body_line = text[..text.len() - body.len()].matches('\n').count() as u32 + 1;
        Some(Parts {
            yaml,
            body,
            line_offset,
            body_line,
        })
    }
}

/// Splits the Markdown file `file` into front matter and body. Returns the YAML, the body and the
/// number of lines before the YAML (1: the opening `---`).
pub fn split_front_matter<'t>(
    file: &str,
    text: &'t str,
) -> Result<(&'t str, &'t str, u32), Diagnostic> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "---" {
        return Err(
            Diagnostic::error(file, Pos::new(1, 1), t!("no-front-matter"))
                .with_help(t!("no-front-matter-help")),
        );
    }
    let rest = &text[first_line_end..];
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = &rest[..offset];
            let body = &rest[offset + line.len()..];
            return Ok((yaml, body, 1));
        }
        offset += line.len();
    }
    Err(
        Diagnostic::error(file, Pos::new(1, 1), t!("front-matter-open"))
            .with_help(t!("front-matter-open-help")),
    )
}

/// Turns a YAML or type error into a diagnostic an editor can act on.
pub(super) fn yaml_diagnostic(err: &YamlError, ctx: &Ctx, kind: Kind) -> Diagnostic {
    let pos = err
        .location()
        .filter(|l| l.line() > 0)
        .map_or(Pos::new(ctx.line_offset + 1, 1), |l| ctx.location(&l));
    let plain = err.without_snippet();
    let (message, help) = match plain {
        YamlError::SerdeUnknownField {
            field, expected, ..
        } => {
            let help = did_you_mean(field, expected).unwrap_or_else(|| {
                t!(
                    "unknown-key-help",
                    kind = kind.name(),
                    keys = expected.join(", ")
                )
            });
            (t!("unknown-key", key = field), help)
        }
        YamlError::SerdeMissingField { field, .. } => (
            t!("missing-field", key = *field),
            t!("missing-field-help", key = *field, kind = kind.name()),
        ),
        YamlError::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            expected_found(expected, unexpected),
            t!("expected-found-help"),
        ),
        YamlError::Message { msg, .. } if msg.contains("NumberOrText") => (
            t!("expected-number-or-text"),
            t!("expected-number-or-text-help"),
        ),
        YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } if expected.starts_with("ja or nee") => (
            t!("expected-yes-no", found = friendly_found(unexpected)),
            t!("yes-no-help"),
        ),
        YamlError::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => (expected_found(expected, unexpected), t!("check-value-help")),
        YamlError::InvalidScalar { ty, .. } => (
            t!("expected", expected = friendly_type(ty)),
            t!("check-value-help"),
        ),
        YamlError::InvalidBooleanStrict { .. } => (t!("expected-true-false"), t!("yes-no-help")),
        YamlError::NullIntoString { .. } => (t!("empty-value"), t!("empty-value-help")),
        YamlError::DuplicateMappingKey { key, .. } => (
            match key {
                Some(k) => t!("key-twice", key = k),
                None => t!("a-key-twice"),
            },
            t!("key-twice-help"),
        ),
        other => (
            t!(
                "yaml-syntax",
                reason = DefaultMessageFormatter.format_message(other).into_owned()
            ),
            t!("yaml-syntax-help"),
        ),
    };
    Diagnostic::error(ctx.file, pos, message).with_help(help)
}

/// "expected a number, found the text "x"", in the words of the run.
fn expected_found(expected: &str, unexpected: &str) -> Text {
    t!(
        "expected-found",
        expected = friendly_type(expected),
        found = friendly_found(unexpected)
    )
}

/// What a field needs, in the words of the run: serde names types the Rust way.
fn friendly_type(expected: &str) -> Text {
    match expected {
        "a boolean" | "boolean" | "bool" => t!("type-yes-no"),
        "f64" | "f32" | "i64" | "u64" | "i32" | "u32" | "a number" | "integer" | "float" => {
            t!("type-number")
        }
        "a string" => t!("type-text"),
        "a sequence" => t!("type-list"),
        "a word or a list of words" => t!("type-words"),
        e if e.starts_with("struct ") => t!("type-group"),
        e => Text::foreign(e),
    }
}

/// What was found instead, from serde's `string "x"`, `integer 5`, `a sequence`.
fn friendly_found(unexpected: &str) -> Text {
    if let Some(value) = unexpected.strip_prefix("string ") {
        return t!("found-text", value = value);
    }
    for (prefix, key) in [
        ("integer", "type-number"),
        ("floating point", "type-number"),
        ("boolean", "type-yes-no"),
    ] {
        if let Some(value) = unexpected.strip_prefix(prefix) {
            return t!(
                "found-value",
                what = crate::messages::text(key, &[]),
                value = value.trim()
            );
        }
    }
    match unexpected {
        "sequence" | "a sequence" => t!("type-list"),
        "map" | "a map" | "mapping" => t!("type-group"),
        "unit value" | "null" | "none" => t!("found-nothing"),
        other => Text::foreign(other),
    }
}

/// Two files of one kind with the same id (say `koffie.md` and `koffie.yaml`, or in two
/// sub-folders) are an error: references would be ambiguous.
fn check_duplicate_ids(entries: &[Entry], diagnostics: &mut Vec<Diagnostic>) {
    let mut seen: std::collections::BTreeMap<(Kind, &str), &str> =
        std::collections::BTreeMap::new();
    for e in entries {
        if let Some(first) = seen.insert((e.kind, e.id.as_str()), e.file.as_str()) {
            seen.insert((e.kind, e.id.as_str()), first);
            diagnostics.push(
                Diagnostic::error(
                    &e.file,
                    Pos::UNKNOWN,
                    t!("id-taken", id = &e.id, first = first),
                )
                .with_help(t!("id-taken-help")),
            );
        }
    }
}

pub use raw::parse_date_text;

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_activity(text: &str) -> (Option<Entry>, Vec<Diagnostic>) {
        let mut diags = Vec::new();
        let e = parse(
            Kind::Activity,
            "koffie",
            "content/activities/koffie.md",
            text,
            true,
            &mut diags,
        );
        (e, diags)
    }

    #[test]
    fn unknown_key_in_front_matter_is_in_file_coordinates() {
        let (e, d) =
            parse_activity("---\ntitle: Koffie\nsummary: Koffie drinken.\nsumary: x\n---\nTekst\n");
        assert!(e.is_none());
        assert_eq!((d[0].line, d[0].column), (4, 1), "{d:?}");
        assert_eq!(d[0].message, "`sumary` is geen veld dat buurtgids kent");
        assert_eq!(d[0].help.as_deref(), Some("bedoelt u `summary`?"));
    }

    /// An editor who made three mistakes hears of all three at once, each where it is,
    /// and nothing about the fields taken out.
    #[test]
    fn every_bad_field_of_a_file_is_reported_in_one_run() {
        let (e, d) = parse_activity(
            "---\ntitle: Koffie\nsummary: Koffie drinken.\nsumary: x\nareas: all\n\
             cost: [1, 2]\naccessibility:\n  wheelchair: misschien\nreviewed: 1-10-2026\n---\n",
        );
        assert!(e.is_none());
        let found: Vec<(u32, &str)> = d.iter().map(|d| (d.line, d.message.as_str())).collect();
        assert_eq!(found.len(), 4, "{d:#?}");
        assert_eq!(found[0], (4, "`sumary` is geen veld dat buurtgids kent"));
        assert_eq!(found[1].0, 6, "cost: {d:#?}");
        assert_eq!(found[2].0, 8, "wheelchair: {d:#?}");
        assert!(found[2].1.contains("`ja` of `nee`"), "{d:#?}");
        assert_eq!(found[3].0, 9, "reviewed: {d:#?}");
        assert_eq!(d[3].help.as_deref(), Some("schrijf `reviewed: 2026-10-01`"));
    }

    #[test]
    fn ja_and_nee_are_yes_and_no() {
        let (e, d) = parse_activity(
            "---\ntitle: Koffie\nsummary: Koffie drinken.\nareas: all\n\
             accessibility:\n  wheelchair: ja\n  hearing_loop: Nee\n  accessible_toilet: true\n\
             registration:\n  required: nee\n  how: Kom langs.\ndraft: Nee\n---\n",
        );
        assert!(d.is_empty(), "{d:#?}");
        let e = e.unwrap();
        assert!(!e.draft);
        let crate::content::Details::Activity(offer) = &e.details else {
            panic!("an activity");
        };
        let a = offer.accessibility.as_ref().unwrap();
        assert_eq!(
            (a.wheelchair, a.hearing_loop, a.accessible_toilet),
            (Some(true), Some(false), Some(true))
        );
        assert!(!offer.registration.as_ref().unwrap().required);
    }

    #[test]
    fn a_dutch_date_gets_the_date_to_write() {
        for (written, iso) in [
            ("1-10-2026", "2026-10-01"),
            ("01/10/2026", "2026-10-01"),
            ("1 oktober 2026", "2026-10-01"),
            ("woensdag 1 okt. 2026", "2026-10-01"),
            ("24.12.2026", "2026-12-24"),
        ] {
            let (_, d) = parse_activity(&format!(
                "---\ntitle: Koffie\nsummary: Koffie drinken.\nareas: all\nreviewed: {written}\n---\n"
            ));
            assert_eq!(d.len(), 1, "{written}: {d:#?}");
            assert_eq!(
                d[0].help.as_deref(),
                Some(format!("schrijf `reviewed: {iso}`").as_str()),
                "{written}"
            );
            assert_eq!((d[0].line, d[0].column), (5, 11), "{written}");
        }
        // Not a date at all: the general help.
        let (_, d) = parse_activity(
            "---\ntitle: Koffie\nsummary: Koffie drinken.\nareas: all\nreviewed: gisteren\n---\n",
        );
        assert!(
            d[0].help.as_deref().unwrap().contains("jaar-maand-dag"),
            "{d:#?}"
        );
    }

    #[test]
    fn body_and_fields_are_read() {
        let (e, d) = parse_activity(
            "---\ntitle: Koffie\nsummary: Koffie drinken.\nareas: all\n---\nWelkom!\n",
        );
        assert!(d.is_empty(), "{d:?}");
        let e = e.unwrap();
        assert_eq!(e.title, "Koffie");
        assert_eq!(e.body, "Welkom!\n");
        assert_eq!(e.areas, model::Areas::All);
    }

    #[test]
    fn impossible_date_points_at_the_value() {
        let (_, d) = parse_activity("---\ntitle: K\nsummary: S.\nreviewed: 2026-02-31\n---\n");
        assert_eq!((d[0].line, d[0].column), (4, 11));
        assert!(
            d[0].message.contains("februari 2026 heeft 28 dagen"),
            "{}",
            d[0].message
        );
    }

    #[test]
    fn crlf_and_bom_are_accepted() {
        let (e, d) =
            parse_activity("\u{feff}---\r\ntitle: Koffie\r\nsummary: S.\r\n---\r\nTekst\r\n");
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(e.unwrap().title, "Koffie");
    }

    #[test]
    fn missing_front_matter_is_explained() {
        let (_, d) = parse_activity("title: Koffie\n");
        assert!(d[0].message.contains("begint niet met de velden"));
        let (_, d) = parse_activity("---\ntitle: Koffie\n");
        assert!(d[0].message.contains("niet afgesloten"));
    }
}
