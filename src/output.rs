//! Write: the one place that puts files on disk.
//!
//! A build writes into a staging folder next to the target (`.public.buurtgids-new`) and
//! swaps it in only when everything succeeded, so a failed or killed build never leaves
//! a half-written site. The site that was online until then is kept beside the new one
//! (`.public.buurtgids-previous`), and the next build writes into it: a file whose bytes
//! are the same is left as it is, a changed one is overwritten in place, and what the
//! build did not write is removed before the swap. Creating and removing tens of
//! thousands of files costs most disks far more than rewriting them, and a rebuild
//! after a small edit changes few files. The next build also cleans up or restores
//! what a killed build left. A folder that holds something other than a previous build
//! is never replaced.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

use crate::messages::Text;
use crate::t;

/// A marker file in every output folder, so a build never deletes a folder it did not make.
pub const MARKER: &str = ".buurtgids";

/// An output folder being written.
pub struct Staging {
    target: PathBuf,
    staging: PathBuf,
    old: PathBuf,
    /// Where the site that was online before this build is kept until the next build.
    previous: PathBuf,
    /// Removes what earlier builds left, while this one renders.
    cleaner: Option<std::thread::JoinHandle<()>>,
    /// When the staging folder is an earlier site being rewritten: the files this build
    /// wrote, so the rest can be removed before the swap.
    written: Option<std::sync::Mutex<std::collections::HashSet<String>>>,
    /// The bytes this build tried to write, written or not.
    tried: std::sync::atomic::AtomicU64,
    /// Whether a write found the disk full.
    full: std::sync::atomic::AtomicBool,
}

/// A folder or file beside the output folder `target` that belongs to its builds:
/// `.public.buurtgids-<suffix>`.
pub fn sibling(target: &Path, suffix: &str) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(|| "public".into(), |n| n.to_string_lossy().into_owned());
    target.with_file_name(format!(".{name}.buurtgids-{suffix}"))
}

/// Why the output folder cannot be used.
#[derive(Debug)]
pub enum OutputError {
    /// The folder holds files that are not from a previous build.
    NotOurs(PathBuf),
    /// The folder is (or contains) the site's own files.
    Unsafe(PathBuf, UnsafeOut),
    Io(PathBuf, io::Error),
}

/// Why a folder cannot be the output folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsafeOut {
    HoldsSite,
    InsideSite,
    IsAFile,
}

impl OutputError {
    /// The kind of the system's error, when there was one.
    pub fn io_kind(&self) -> Option<io::ErrorKind> {
        match self {
            OutputError::Io(_, err) => Some(err.kind()),
            _ => None,
        }
    }
}

impl OutputError {
    /// What to tell the user, in the language of the run.
    pub fn text(&self) -> Text {
        match self {
            OutputError::NotOurs(p) => t!("out-not-ours", folder = p),
            OutputError::Unsafe(p, why) => {
                let why = match why {
                    UnsafeOut::HoldsSite => t!("out-holds-site"),
                    UnsafeOut::InsideSite => t!("out-inside-site"),
                    UnsafeOut::IsAFile => t!("out-is-a-file"),
                };
                t!("out-unsafe", folder = p, why = why)
            }
            OutputError::Io(p, err) => {
                t!("write-failed", path = p, reason = err.to_string())
            }
        }
    }
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text().as_str())
    }
}

impl Staging {
    /// Prepares a fresh staging folder for `target`, cleaning up after a killed build.
    pub fn begin(target: &Path, root: &Path) -> Result<Staging, OutputError> {
        let abs = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
        let (t, r) = (abs(target), abs(root));
        if t == r || r.starts_with(&t) {
            return Err(OutputError::Unsafe(
                target.to_path_buf(),
                UnsafeOut::HoldsSite,
            ));
        }
        for own in ["content", "themes", "templates", "static", "i18n"] {
            if t.starts_with(r.join(own)) {
                return Err(OutputError::Unsafe(
                    target.to_path_buf(),
                    UnsafeOut::InsideSite,
                ));
            }
        }
        let staging = sibling(target, "new");
        let old = sibling(target, "old");
        let io = |p: &Path| {
            let p = p.to_path_buf();
            move |e| OutputError::Io(p, e)
        };
        // A build killed between moving the old site aside and moving the new one in.
        if !target.exists() && old.join(MARKER).exists() {
            std::fs::rename(&old, target).map_err(io(target))?;
        }
        if target.exists() {
            if !target.is_dir() {
                return Err(OutputError::Unsafe(
                    target.to_path_buf(),
                    UnsafeOut::IsAFile,
                ));
            }
            let empty = std::fs::read_dir(target)
                .map_err(io(target))?
                .next()
                .is_none();
            if !empty && !target.join(MARKER).exists() {
                return Err(OutputError::NotOurs(target.to_path_buf()));
            }
        }
        // What earlier builds left: the site before the current one, or the half-written
        // folder of a killed build. One of them becomes this build's staging folder;
        // the rest is moved into one folder at once and removed in the background.
        let previous = sibling(target, "previous");
        let trash = sibling(target, "trash");
        let reuse = [&previous, &staging]
            .into_iter()
            .find(|f| f.is_dir() && f.join(MARKER).is_file())
            .cloned();
        if let Some(reused) = &reuse {
            if *reused != staging {
                if staging.exists() {
                    std::fs::create_dir_all(&trash).map_err(io(&trash))?;
                    let to = trash.join(format!("{}-new", std::process::id()));
                    std::fs::rename(&staging, &to).map_err(io(&staging))?;
                }
                std::fs::rename(reused, &staging).map_err(io(reused))?;
            }
        }
        for (n, leftover) in [&staging, &old, &previous].into_iter().enumerate() {
            if leftover.exists() && !(reuse.is_some() && *leftover == staging) {
                std::fs::create_dir_all(&trash).map_err(io(&trash))?;
                let to = trash.join(format!("{}-{n}", std::process::id()));
                std::fs::rename(leftover, &to).map_err(io(leftover))?;
            }
        }
        let cleaner = trash.exists().then(|| {
            std::thread::spawn(move || {
                let _ = std::fs::remove_dir_all(&trash);
            })
        });
        std::fs::create_dir_all(&staging).map_err(io(&staging))?;
        std::fs::write(
            staging.join(MARKER),
            b"This folder was written by buurtgids build.\n",
        )
        .map_err(io(&staging))?;
        let written = reuse
            .map(|_| std::sync::Mutex::new(std::collections::HashSet::from([MARKER.to_owned()])));
        Ok(Staging {
            target: target.to_path_buf(),
            staging,
            old,
            previous,
            cleaner,
            written,
            tried: 0.into(),
            full: false.into(),
        })
    }

    /// Writes one file, `rel` being a `/`-separated path inside the output.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        Sink::write(self, rel, bytes)
    }

    /// Writes a file and a gzip copy next to it (see [`Sink::write_with_gzip`]).
    pub fn write_with_gzip(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        Sink::write_with_gzip(self, rel, bytes)
    }

    /// Swaps the finished site in. Where the system can, the two folders trade places in
    /// one step, so there is no moment without a complete site; elsewhere the old site
    /// is moved aside first, and a build killed between the two moves is put right by
    /// the next one.
    pub fn commit(mut self) -> Result<(), OutputError> {
        let io = |p: &Path| {
            let p = p.to_path_buf();
            move |e| OutputError::Io(p, e)
        };
        if let Some(written) = self.written.take() {
            let written = written.into_inner().unwrap_or_else(|e| e.into_inner());
            remove_unwritten(&self.staging, "", &written).map_err(io(&self.staging))?;
        }
        if self.target.exists()
            && exchange(&self.staging, &self.target).map_err(io(&self.target))?
        {
            // The staging folder now holds the previous site.
            self.keep_previous(&self.staging.clone())?;
            return Ok(());
        }
        if self.target.exists() {
            std::fs::rename(&self.target, &self.old).map_err(io(&self.target))?;
        }
        if let Err(err) = std::fs::rename(&self.staging, &self.target) {
            let _ = std::fs::rename(&self.old, &self.target);
            return Err(OutputError::Io(self.target.clone(), err));
        }
        if self.old.exists() {
            self.keep_previous(&self.old.clone())?;
        }
        self.wait_for_cleaner();
        Ok(())
    }

    /// Keeps the site that was online until now next to the new one, for the next build
    /// to remove while it renders.
    fn keep_previous(&mut self, folder: &Path) -> Result<(), OutputError> {
        self.wait_for_cleaner();
        if std::fs::rename(folder, &self.previous).is_err() {
            std::fs::remove_dir_all(folder)
                .map_err(|e| OutputError::Io(folder.to_path_buf(), e))?;
        }
        Ok(())
    }

    fn wait_for_cleaner(&mut self) {
        if let Some(cleaner) = self.cleaner.take() {
            let _ = cleaner.join();
        }
    }

    /// Throws the staging folder away; the previous site stays as it was.
    pub fn abort(mut self) {
        let _ = std::fs::remove_dir_all(&self.staging);
        self.wait_for_cleaner();
    }
}

/// Lets two folders trade places in one step; `false` where the system or file system
/// cannot, and the caller falls back to two moves.
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => Ok(false),
        Err(err) => Err(err.into()),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<bool> {
    Ok(false)
}

/// Where the files of a site go: a staging folder on disk, or memory for the preview.
pub trait Sink: Sync {
    /// Writes one file, `rel` being a `/`-separated path inside the output.
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()>;

    /// Writes a file and a gzip copy next to it (`name.gz`), for hosts that serve
    /// pre-compressed files (nginx `gzip_static`, Caddy `precompressed`). The copy is
    /// the same for the same bytes.
    fn write_with_gzip(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.write(rel, bytes)?;
        self.write(&format!("{rel}.gz"), &gzip(bytes))
    }

    /// Writes a copy of the file `from` (a made photo kept in the pictures' cache) as
    /// `rel`. Its name holds the hash of what it was made from, so a file of that name and
    /// length already there is the same file.
    fn copy(&self, rel: &str, from: &Path) -> io::Result<()> {
        self.write(rel, &std::fs::read(from)?)
    }
}

/// Writes into a folder of another sink: the pages and files of a language other than
/// the main one, under `en/`.
pub struct InFolder<'a> {
    pub sink: &'a dyn Sink,
    /// Ends in `/`, or is empty for the sink itself.
    pub folder: &'a str,
}

impl Sink for InFolder<'_> {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.sink.write(&format!("{}{rel}", self.folder), bytes)
    }

    fn copy(&self, rel: &str, from: &Path) -> io::Result<()> {
        self.sink.copy(&format!("{}{rel}", self.folder), from)
    }
}

impl Staging {
    /// When a write found the disk full: the bytes this build tried to write before it
    /// stopped, and the size of the site online now (0 for none), the best guess of
    /// what the new one needs.
    pub fn disk_full(&self) -> Option<(u64, u64)> {
        use std::sync::atomic::Ordering::Relaxed;
        self.full
            .load(Relaxed)
            .then(|| (self.tried.load(Relaxed), folder_size(&self.target)))
    }

    fn write_file(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let path = self.staging.join(rel);
        let Some(written) = &self.written else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            return std::fs::write(path, bytes);
        };
        written
            .lock()
            .map_err(|_| io::Error::other("another thread failed while writing"))?
            .insert(rel.to_owned());
        rewrite(&self.staging, &path, bytes)
    }
}

impl Sink for Staging {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        use std::sync::atomic::Ordering::Relaxed;
        self.tried.fetch_add(bytes.len() as u64, Relaxed);
        let written = self.write_file(rel, bytes);
        self.note_full(&written);
        written
    }

    /// The kernel copies the bytes (`copy_file_range`); an earlier site's file of the same
    /// name and length is left as it is.
    fn copy(&self, rel: &str, from: &Path) -> io::Result<()> {
        use std::sync::atomic::Ordering::Relaxed;
        let len = std::fs::metadata(from)?.len();
        self.tried.fetch_add(len, Relaxed);
        let path = self.staging.join(rel);
        let copied = match &self.written {
            None => make_room(&self.staging, &path).and_then(|()| std::fs::copy(from, &path)),
            Some(written) => {
                written
                    .lock()
                    .map_err(|_| io::Error::other("another thread failed while writing"))?
                    .insert(rel.to_owned());
                match std::fs::symlink_metadata(&path) {
                    Ok(meta) if meta.is_file() && !linked_elsewhere(&meta) && meta.len() == len => {
                        return Ok(());
                    }
                    Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(&path),
                    Ok(_) => std::fs::remove_file(&path),
                    Err(_) => Ok(()),
                }
                .and_then(|()| make_room(&self.staging, &path))
                .and_then(|()| std::fs::copy(from, &path))
            }
        }
        .map(|_| ());
        self.note_full(&copied);
        copied
    }
}

impl Staging {
    fn note_full(&self, result: &io::Result<()>) {
        if result
            .as_ref()
            .is_err_and(|e| e.kind() == io::ErrorKind::StorageFull)
        {
            self.full.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    }
}

/// The bytes of the files in a folder and its subfolders; 0 for a folder not there.
pub fn folder_size(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(Result::ok)
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => folder_size(&e.path()),
            Ok(t) if t.is_file() => e.metadata().map_or(0, |m| m.len()),
            _ => 0,
        })
        .sum()
}

/// Writes `bytes` to `path` in a folder that holds an earlier site: the same bytes are
/// left alone, other bytes overwrite the file in place. A file that is linked from
/// elsewhere (a deployment made with hard links) is replaced instead, so the other copy
/// keeps its bytes; a file or folder in the way of the new one is removed.
fn rewrite(root: &Path, path: &Path, bytes: &[u8]) -> io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() && !linked_elsewhere(&meta) => {
            if meta.len() == bytes.len() as u64 && std::fs::read(path)? == bytes {
                return Ok(());
            }
            return std::fs::write(path, bytes);
        }
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path)?,
        Ok(_) => std::fs::remove_file(path)?,
        Err(_) => {}
    }
    make_room(root, path)?;
    std::fs::write(path, bytes)
}

/// Makes the folder of `path`, removing a file of an earlier site where it goes.
fn make_room(root: &Path, path: &Path) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        if std::fs::create_dir_all(parent).is_err() {
            // A file of the earlier site where this one has a folder.
            for ancestor in parent.ancestors().take_while(|a| *a != root) {
                if std::fs::symlink_metadata(ancestor).is_ok_and(|m| !m.is_dir()) {
                    std::fs::remove_file(ancestor)?;
                }
            }
            std::fs::create_dir_all(parent)?;
        }
    }
    Ok(())
}

#[cfg(unix)]
fn linked_elsewhere(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.nlink() > 1
}

#[cfg(not(unix))]
fn linked_elsewhere(_: &std::fs::Metadata) -> bool {
    false
}

/// Removes every file under `dir` (the folder `rel` inside the output) that this build
/// did not write, and the folders that are left empty.
fn remove_unwritten(
    dir: &Path,
    rel: &str,
    written: &std::collections::HashSet<String>,
) -> io::Result<()> {
    for item in std::fs::read_dir(dir)? {
        let item = item?;
        let name = item.file_name().to_string_lossy().into_owned();
        let path = item.path();
        let inner = format!("{rel}{name}");
        if item.file_type()?.is_dir() {
            remove_unwritten(&path, &format!("{inner}/"), written)?;
            if std::fs::read_dir(&path)?.next().is_none() {
                std::fs::remove_dir(&path)?;
            }
        } else if !written.contains(&inner) {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// Files kept in memory, by their path inside the site: the preview of `serve`.
#[derive(Debug, Default)]
pub struct Memory {
    files: std::sync::Mutex<std::collections::BTreeMap<String, std::sync::Arc<Vec<u8>>>>,
}

impl Memory {
    pub fn get(&self, rel: &str) -> Option<std::sync::Arc<Vec<u8>>> {
        self.files.lock().ok()?.get(rel).cloned()
    }
}

impl Sink for Memory {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let mut files = self
            .files
            .lock()
            .map_err(|_| io::Error::other("the preview's files are unavailable"))?;
        files.insert(rel.to_owned(), std::sync::Arc::new(bytes.to_vec()));
        Ok(())
    }

    /// A browser on this computer needs no compressed copy.
    fn write_with_gzip(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.write(rel, bytes)
    }
}

/// A file to write that is not a page: its path (`/`-separated, inside the folder it goes
/// in), its bytes, and whether hosts get a gzip copy beside it. Calendars, feeds, the
/// sitemap, the open data and the JSON Schemas are made as `File`s and written here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
    /// A `.gz` copy beside it, for files that are large or fetched often.
    pub gzip: bool,
}

impl File {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>, gzip: bool) -> Self {
        File {
            path: path.into(),
            bytes: bytes.into(),
            gzip,
        }
    }

    /// The file's text (every file made as a `File` is UTF-8 text; other bytes read as
    /// empty).
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.bytes).unwrap_or_default()
    }

    /// Writes the file (and its gzip copy, if it has one) into `sink`.
    pub fn write_to(&self, sink: &dyn Sink) -> io::Result<()> {
        if self.gzip {
            sink.write_with_gzip(&self.path, &self.bytes)
        } else {
            sink.write(&self.path, &self.bytes)
        }
    }
}

/// Writes `files` into the folder `dir`, made when it is missing, outside any site: what
/// `buurtgids export` and `schema` write. The folder is written as it is, file by file;
/// the first problem stops it, as a message.
pub fn write_into(dir: &Path, files: &[File]) -> Result<(), Text> {
    std::fs::create_dir_all(dir)
        .map_err(|e| t!("folder-failed", folder = dir, reason = e.to_string()))?;
    for file in files {
        write_file(&dir.join(&file.path), &file.bytes)?;
    }
    Ok(())
}

/// Writes one file at `path`, replacing what is there (`report --out`, the CMS's own
/// files); the problem, if any, as a message.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Text> {
    std::fs::write(path, bytes).map_err(|e| t!("write-failed", path = path, reason = e.to_string()))
}

/// Writes a new file at `path`, never over one that is there, not even one made a
/// moment ago (`create_new`): the content files of `new` and `import`. Its folder is made
/// when it is missing.
pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    io::Write::write_all(&mut file, bytes)
}

/// A short content hash for file names (FNV-1a, 64 bits), stable across runs and machines.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:010x}", hash >> 24)
}

/// What the last build wrote for each page, so a rebuild minifies only the pages whose
/// HTML changed: for a page rendered to the same HTML as last time, the bytes the last
/// build wrote are read back from the output folder instead. Minifying is more than half
/// of rendering a page, and between two builds of a day most pages do not change.
///
/// Reuse is checked, not assumed: the file in the output folder must still have the
/// length and hash recorded when it was written, and the record must come from this very
/// binary (a new version may minify differently). Anything else is minified again. The
/// record lives next to the output folder (`.public.buurtgids-pages`), is replaced only
/// after a build has swapped its site in, and is never published.
pub struct PageCache {
    target: PathBuf,
    identity: String,
    previous: HashMap<String, Written>,
}

/// A page as one build wrote it: hashes of its HTML and of the bytes written, and their
/// length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    html: u64,
    len: u64,
    bytes: u64,
}

fn hash(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    // SipHash with fixed keys: the same bytes give the same hash in every run.
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

impl PageCache {
    /// The record of the last build into `target`; empty when there is none or it was
    /// written by another binary.
    pub fn load(target: &Path) -> PageCache {
        let identity = binary_identity();
        let mut previous = HashMap::new();
        if let Ok(text) = std::fs::read_to_string(sibling(target, "pages")) {
            let mut lines = text.lines();
            if lines.next() == Some(identity.as_str()) {
                for line in lines {
                    let mut fields = line.split('\t');
                    let (Some(path), Some(html), Some(len), Some(bytes)) =
                        (fields.next(), fields.next(), fields.next(), fields.next())
                    else {
                        continue;
                    };
                    let number = |s: &str| u64::from_str_radix(s, 16).ok();
                    if let (Some(html), Some(len), Some(bytes)) =
                        (number(html), number(len), number(bytes))
                    {
                        previous.insert(path.to_owned(), Written { html, len, bytes });
                    }
                }
            }
        }
        PageCache {
            target: target.to_path_buf(),
            identity,
            previous,
        }
    }

    /// The bytes to write for page `rel` rendered to `html`, and what to record of them.
    pub fn finish(&self, rel: &str, html: &str) -> (Vec<u8>, Written) {
        let html_hash = hash(html.as_bytes());
        if let Some(last) = self.previous.get(rel).filter(|w| w.html == html_hash) {
            if let Ok(bytes) = std::fs::read(self.target.join(rel)) {
                if bytes.len() as u64 == last.len && hash(&bytes) == last.bytes {
                    return (bytes, *last);
                }
            }
        }
        let bytes = finish_page(html);
        let written = Written {
            html: html_hash,
            len: bytes.len() as u64,
            bytes: hash(&bytes),
        };
        (bytes, written)
    }

    /// Records what this build wrote; called once its site is in place.
    pub fn save(&self, pages: &[(String, Written)]) -> io::Result<()> {
        use std::fmt::Write as _;
        let mut text = String::with_capacity(pages.len() * 64);
        text.push_str(&self.identity);
        text.push('\n');
        for (path, w) in pages {
            let _ = writeln!(text, "{path}\t{:x}\t{:x}\t{:x}", w.html, w.len, w.bytes);
        }
        let file = sibling(&self.target, "pages");
        let temporary = sibling(&self.target, "pages-new");
        std::fs::write(&temporary, text)?;
        std::fs::rename(&temporary, &file)
    }
}

/// This binary: its version, size and modification time. A rebuilt binary may minify
/// differently, so its builds do not reuse what another one wrote.
fn binary_identity() -> String {
    let meta = std::env::current_exe().and_then(std::fs::metadata);
    let (len, modified) = match &meta {
        Ok(m) => (
            m.len(),
            m.modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos()),
        ),
        Err(_) => (0, 0),
    };
    format!("buurtgids {} {len} {modified}", env!("CARGO_PKG_VERSION"))
}

/// A rendered page as it is written: minified, with the hash of each inline script added
/// to the page's Content-Security-Policy, so a site's own template may carry one and
/// nothing else inline runs.
pub fn finish_page(html: &str) -> Vec<u8> {
    let minified = minify(html);
    match String::from_utf8(minified) {
        Ok(text) => allow_inline_scripts(text).into_bytes(),
        Err(err) => err.into_bytes(),
    }
}

/// Adds `'sha256-...'` for every inline script of the page to the `script-src` of its
/// `<meta http-equiv=Content-Security-Policy>`. Data blocks (`type=application/ld+json`)
/// do not run and are not added. A page without that meta or without inline script is
/// returned as it is.
fn allow_inline_scripts(html: String) -> String {
    use base64::Engine;
    use sha2::Digest;
    let lower = html.to_ascii_lowercase();
    let mut hashes = String::new();
    let mut at = 0;
    while let Some(found) = lower[at..].find("<script") {
        let open = at + found;
        let Some(tag_len) = lower[open..].find('>') else {
            break;
        };
        let attributes = &lower[open + "<script".len()..open + tag_len];
        let body_start = open + tag_len + 1;
        let body_len = lower[body_start..]
            .find("</script")
            .unwrap_or(lower.len() - body_start);
        at = body_start + body_len;
        if !attributes.is_empty() && !attributes.starts_with(|c: char| c.is_ascii_whitespace()) {
            continue; // `<scripts>` or the like: another element
        }
        if has_attribute(attributes, "src") || !runs_as_script(attributes) {
            continue;
        }
        let digest = sha2::Sha256::digest(&html.as_bytes()[body_start..at]);
        let hash = base64::engine::general_purpose::STANDARD.encode(digest);
        hashes.push_str(&format!(" 'sha256-{hash}'"));
    }
    if hashes.is_empty() {
        return html;
    }
    let Some(meta) = lower.find("content-security-policy") else {
        return html;
    };
    // The meta's `content`, before or after `http-equiv`, is within its tag.
    let tag_start = lower[..meta].rfind('<').unwrap_or(0);
    let tag_end = meta + lower[meta..].find('>').unwrap_or(0);
    let Some(directive) = lower[tag_start..tag_end].find("script-src") else {
        return html;
    };
    let directive = tag_start + directive;
    // The directive ends at `;` or where the quoted `content` ends.
    let quote = lower[tag_start..tag_end]
        .find("content=")
        .and_then(|at| lower[tag_start + at + "content=".len()..].chars().next())
        .filter(|c| matches!(c, '"' | '\''))
        .unwrap_or('"');
    let end = directive
        + lower[directive..tag_end]
            .find([';', quote])
            .unwrap_or(tag_end - directive);
    let mut out = String::with_capacity(html.len() + hashes.len());
    out.push_str(html[..end].trim_end());
    out.push_str(&hashes);
    out.push_str(&html[end..]);
    out
}

/// Whether a lowercased attribute list holds the attribute `name`.
fn has_attribute(attributes: &str, name: &str) -> bool {
    attributes
        .split(|c: char| c.is_ascii_whitespace())
        .any(|a| a == name || a.starts_with(&format!("{name}=")))
}

/// Whether a script element with these (lowercased) attributes runs: no `type`, a
/// JavaScript type or `module`.
fn runs_as_script(attributes: &str) -> bool {
    let Some(value) = attributes
        .split(|c: char| c.is_ascii_whitespace())
        .find_map(|a| a.strip_prefix("type="))
    else {
        return true;
    };
    let value = value.trim_matches(['"', '\'']);
    matches!(
        value,
        "" | "module" | "text/javascript" | "application/javascript" | "text/ecmascript"
    )
}

/// Minifies HTML; scripts are left as they are.
pub fn minify(html: &str) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    cfg.minify_js = false;
    cfg.keep_closing_tags = true;
    cfg.keep_html_and_head_opening_tags = true;
    minify_html::minify(html.as_bytes(), &cfg)
}

/// Raw deflate at the default level (6; level 9 is four times slower on postings for
/// half a percent): the same bytes for the same input. A compressor takes
/// a lot of memory to set up, so each thread keeps one and resets it between files.
pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    thread_local! {
        static COMPRESS: std::cell::RefCell<Compress> =
            std::cell::RefCell::new(Compress::new(Compression::default(), false));
    }
    COMPRESS.with_borrow_mut(|c| {
        c.reset();
        let mut out = Vec::with_capacity(bytes.len() / 2 + 64);
        loop {
            let read = c.total_in() as usize;
            let status = c
                .compress_vec(&bytes[read..], &mut out, FlushCompress::Finish)
                .expect("deflating in memory");
            if status == Status::StreamEnd {
                return out;
            }
            out.reserve(out.capacity());
        }
    })
}

/// A gzip file (RFC 1952) of `bytes`: a fixed header (no name, no time, unknown system),
/// the raw deflate stream, its CRC-32 and its length.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    out.extend(deflate(bytes));
    let mut crc = flate2::Crc::new();
    crc.update(bytes);
    out.extend(crc.sum().to_le_bytes());
    out.extend((bytes.len() as u32).to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSP: &str = r#"<meta http-equiv=Content-Security-Policy content="default-src 'self'; script-src 'self'; object-src 'none'">"#;

    #[test]
    fn an_inline_script_gets_its_hash_in_the_policy() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        let page = format!(
            "<html><head>{CSP}</head><body><script>alert(1)</script><script src=/a.js></script></body></html>"
        );
        let out = allow_inline_scripts(page);
        assert!(
            out.contains("script-src 'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='; object-src"),
            "{out}"
        );
    }

    #[test]
    fn data_blocks_and_pages_without_inline_script_are_left_alone() {
        let page = format!(
            r#"<html><head>{CSP}<script type=application/ld+json>{{"a":1}}</script><script src=/a.js></script></head></html>"#
        );
        assert_eq!(allow_inline_scripts(page.clone()), page);
        let module = format!("<html><head>{CSP}</head><script type=module>go()</script></html>");
        assert!(allow_inline_scripts(module).contains("'sha256-"));
    }

    #[test]
    fn gzip_and_deflate_read_back_and_repeat_exactly() {
        use std::io::Read as _;
        let text = "<p>Koffieochtend in de Linde, elke dinsdag.</p>".repeat(500);
        for bytes in [text.as_bytes(), b"", b"x"] {
            let mut back = Vec::new();
            flate2::read::GzDecoder::new(&gzip(bytes)[..])
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, bytes);
            let mut back = Vec::new();
            flate2::read::DeflateDecoder::new(&deflate(bytes)[..])
                .read_to_end(&mut back)
                .unwrap();
            assert_eq!(back, bytes);
            // A reused compressor gives the same bytes as a fresh one.
            assert_eq!(deflate(bytes), deflate(bytes));
        }
    }

    #[test]
    fn refuses_a_folder_it_did_not_make() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("docs");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("thesis.txt"), "mine").unwrap();
        assert!(matches!(
            Staging::begin(&out, &dir.path().join("site")),
            Err(OutputError::NotOurs(_))
        ));
        assert!(out.join("thesis.txt").exists());
    }

    #[test]
    fn refuses_the_site_folder_itself() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            Staging::begin(dir.path(), dir.path()),
            Err(OutputError::Unsafe(..))
        ));
        assert!(matches!(
            Staging::begin(&dir.path().join("content/x"), dir.path()),
            Err(OutputError::Unsafe(..))
        ));
    }

    #[test]
    fn restores_a_site_moved_aside_by_a_killed_build() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        let old = sibling(&out, "old");
        std::fs::create_dir(&old).unwrap();
        std::fs::write(old.join(MARKER), "").unwrap();
        std::fs::write(old.join("index.html"), "previous").unwrap();
        let staging = Staging::begin(&out, &dir.path().join("site")).unwrap();
        staging.abort();
        assert_eq!(
            std::fs::read_to_string(out.join("index.html")).unwrap(),
            "previous"
        );
    }
}
