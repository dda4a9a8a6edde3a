//! `buurtgids serve`: the site on this computer, up to date with every saved file.
//!
//! The site is loaded into memory, with its read model (`Views`) made once per reload,
//! and each page is rendered when the browser asks for it, found and rendered by the same
//! code as the build ([`Site::part_at`], [`Site::render`]), so a change costs a reload of
//! what changed (unchanged files come from [`load::Cache`]) and the rendering of the one
//! page on screen, not a whole build. A
//! watcher coalesces a burst of saves into one reload; every open page listens on a
//! server-sent event stream and reloads itself when the site changed. A site that does
//! not load shows the same diagnostics as `check`, in the browser, until it is fixed.

use std::io::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use tiny_http::{Header, Request, Response, Server};

use crate::config::{self, Config};
use crate::content::load;
use crate::diagnostic::{self, Severity};
use crate::messages::Text;
use crate::output::{self, Memory};
use crate::plan;
use crate::site::{Options, Site};
use crate::t;
use crate::view::Views;
use crate::view::paginate;

/// Where the preview's own script and event stream live, outside any base path.
const LIVE_JS: &str = "/__buurtgids/live.js";
const EVENTS: &str = "/__buurtgids/events";
/// The search index of the preview: one fixed folder, never cached by the browser.
const SEARCH_DIR: &str = "zoeken/voorbeeld/";

/// Reloads the page when the site changed since it was loaded. A new server (another
/// `serve`) has other versions, so a page left open reloads after a restart too.
const LIVE_SCRIPT: &str = "'use strict';\n(function () {\n  var seen = null;\n  var events = new EventSource('/__buurtgids/events');\n  events.onmessage = function (e) {\n    if (seen === null) seen = e.data;\n    else if (e.data !== seen) location.reload();\n  };\n})();\n";

/// The folders and files whose changes matter; anything else (the output folder, an
/// editor's swap files) is ignored.
const WATCHED: [&str; 6] = [
    "content",
    "themes",
    "templates",
    "i18n",
    "static",
    config::FILE_NAME,
];

/// What `serve` was asked for on the command line.
pub struct ServeOptions {
    pub site: Options,
    pub port: u16,
    pub open: bool,
}

/// The site as the browser sees it now: loaded and ready to render, or the problems
/// that keep it from loading.
enum State {
    Ready(Box<Preview>),
    Broken(String),
}

/// The read model of a site in each of its languages, the main one first.
type AllViews<'a> = Vec<Views<'a>>;

self_cell::self_cell!(
    /// A loaded site and its read model, made once per reload and read by every request
    /// until the next one.
    struct Loaded {
        owner: Site,
        #[covariant]
        dependent: AllViews,
    }
);

impl Loaded {
    fn site(&self) -> &Site {
        self.borrow_owner()
    }

    /// The views of the site in its `n`th language (0 the main one).
    fn views(&self, n: usize) -> &Views<'_> {
        &self.borrow_dependent()[n]
    }
}

/// The views of a site in each of its languages.
fn all_views(site: &Site) -> AllViews<'_> {
    (0..site.languages.len())
        .map(|n| site.views_in(n))
        .collect()
}

/// A loaded site with the files that do not depend on a page.
struct Preview {
    site: Loaded,
    /// What every page of a language shares, per language.
    base: Vec<tera::Context>,
    /// Static files and assets, written at load.
    files: Memory,
    /// Per language: the search index, the calendar files, and the feeds (with the
    /// sitemap, robots.txt and open data in the main language), made on first request.
    search: Vec<OnceLock<Result<Memory, String>>>,
    calendars: Vec<OnceLock<Memory>>,
    machine: Vec<OnceLock<Memory>>,
    /// The warnings of the load, as `check` prints them.
    warnings: String,
    /// The path the site is served under: site.toml's, as in the published site.
    base_path: String,
}

/// What the request threads share: the current state, and a version that changes with
/// every reload, with a condition to wait on it.
struct Shared {
    state: Mutex<Arc<State>>,
    version: AtomicU64,
    changed: Condvar,
    waiting: Mutex<()>,
    /// Told apart from an earlier `serve`'s versions.
    run: u64,
}

impl Shared {
    fn version(&self) -> String {
        format!("{}-{}", self.run, self.version.load(Ordering::SeqCst))
    }

    fn state(&self) -> Arc<State> {
        self.state
            .lock()
            .map(|s| s.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    fn publish(&self, state: State) {
        match self.state.lock() {
            Ok(mut s) => *s = Arc::new(state),
            Err(p) => *p.into_inner() = Arc::new(state),
        }
        self.version.fetch_add(1, Ordering::SeqCst);
        self.changed.notify_all();
    }

    /// Waits until the version differs from `seen`, or `timeout` passes.
    fn wait(&self, seen: &str, timeout: Duration) {
        let Ok(guard) = self.waiting.lock() else {
            return;
        };
        let _ = self
            .changed
            .wait_timeout_while(guard, timeout, |_| self.version() == seen);
    }
}

/// Runs the preview until the process is stopped. Returns an error only when the
/// server cannot start.
pub fn run(options: ServeOptions) -> Result<(), Text> {
    let server = Server::http(("127.0.0.1", options.port)).map_err(|err| {
        t!(
            "serve-port-taken",
            port = options.port,
            reason = err.to_string()
        )
    })?;
    let port = server
        .server_addr()
        .to_ip()
        .map_or(options.port, |a| a.port());
    let origin = format!("http://127.0.0.1:{port}");
    let run = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    let cache = Arc::new(load::Cache::default());
    let mut site_options = options.site;
    site_options.cache = Some(cache.clone());
    let root = site_options.root.clone();

    let started = Instant::now();
    let first = load_state(&site_options, &origin);
    let base_path = match &first {
        State::Ready(p) => p.base_path.clone(),
        State::Broken(_) => base_path_of(&root),
    };
    let mut warnings = String::new();
    report(&first, started.elapsed(), &mut warnings);
    let shared = Arc::new(Shared {
        state: Mutex::new(Arc::new(first)),
        version: AtomicU64::new(1),
        changed: Condvar::new(),
        waiting: Mutex::new(()),
        run,
    });
    let url = format!("{origin}{base_path}");
    eprintln!("{}", t!("serve-started", url = &url));
    if options.open {
        open_browser(&url);
    }

    // The site folder itself is watched without its subfolders: that sees site.toml
    // however it is saved (written in place, or a new file renamed over it, as many
    // editors do, any number of times) and a watched folder made or made again. The
    // watched folders are watched with all they hold.
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(|err| {
        t!(
            "serve-cannot-watch",
            folder = &root,
            reason = err.to_string()
        )
    })?;
    notify::Watcher::watch(&mut watcher, &root, notify::RecursiveMode::NonRecursive).map_err(
        |err| {
            t!(
                "serve-cannot-watch",
                folder = &root,
                reason = err.to_string()
            )
        },
    )?;
    for name in WATCHED.iter().filter(|n| **n != config::FILE_NAME) {
        let path = root.join(name);
        if path.is_dir() {
            notify::Watcher::watch(&mut watcher, &path, notify::RecursiveMode::Recursive).map_err(
                |err| {
                    t!(
                        "serve-cannot-watch",
                        folder = &path,
                        reason = err.to_string()
                    )
                },
            )?;
        }
    }
    {
        let shared = shared.clone();
        std::thread::spawn(move || {
            let mut warnings = String::new();
            while let Ok(event) = rx.recv() {
                watch_new_folders(&mut watcher, &root, &event);
                if !changes(&root, &event) {
                    continue;
                }
                // An editor saving several files, or one file in steps, sends a burst of
                // events: wait for a quiet moment, then reload once.
                let mut structural = adds_or_removes(&event);
                while let Ok(more) = rx.recv_timeout(QUIET) {
                    watch_new_folders(&mut watcher, &root, &more);
                    structural |= adds_or_removes(&more);
                }
                if structural {
                    cache.forget_walk();
                }
                let started = Instant::now();
                let state = load_state(&site_options, &origin);
                report(&state, started.elapsed(), &mut warnings);
                shared.publish(state);
            }
        });
    }

    for request in server.incoming_requests() {
        let shared = shared.clone();
        let base_path = base_path.clone();
        std::thread::spawn(move || handle(request, &shared, &base_path));
    }
    Ok(())
}

/// Watches a folder of [`WATCHED`] that an event says was made (or made again, after it
/// was removed or renamed away) in the site folder, with all it holds.
fn watch_new_folders(
    watcher: &mut notify::RecommendedWatcher,
    root: &Path,
    event: &notify::Result<notify::Event>,
) {
    use notify::EventKind;
    let Ok(event) = event else { return };
    if !matches!(
        event.kind,
        EventKind::Create(_)
            | EventKind::Modify(notify::event::ModifyKind::Name(_))
            | EventKind::Any
    ) {
        return;
    }
    for path in &event.paths {
        let ours = path.parent() == Some(root)
            && path
                .file_name()
                .is_some_and(|n| WATCHED.iter().any(|w| n == *w));
        if ours && path.is_dir() {
            // A folder that cannot be watched shows its changes at the next other save.
            let _ = notify::Watcher::watch(watcher, path, notify::RecursiveMode::Recursive);
        }
    }
}

/// The base path in site.toml, or `/` when it cannot be read.
fn base_path_of(root: &Path) -> String {
    Config::from_file(root)
        .ok()
        .and_then(|c| config::BaseUrl::parse(&c.base_url).ok())
        .map_or_else(|| "/".to_owned(), |b| b.path)
}

/// How long the files must be left alone before a burst of saves counts as done.
const QUIET: Duration = Duration::from_millis(40);

/// Whether an event changed a file the site is made from. Reading files (the load
/// itself) is no change.
fn changes(root: &Path, event: &notify::Result<notify::Event>) -> bool {
    use notify::EventKind;
    match event {
        Ok(event) => {
            matches!(
                event.kind,
                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
            ) && event.paths.iter().any(|p| matters(root, p))
        }
        Err(_) => true,
    }
}

/// Whether an event may have added, removed or renamed a file, so the content folder
/// must be walked again. Editors that save by renaming a new file over the old one
/// cause this too.
fn adds_or_removes(event: &notify::Result<notify::Event>) -> bool {
    use notify::EventKind;
    use notify::event::ModifyKind;
    match event {
        Ok(event) => !matches!(
            event.kind,
            EventKind::Access(_) | EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Metadata(_))
        ),
        Err(_) => true,
    }
}

/// Whether a changed path is one the site is made from.
fn matters(root: &Path, path: &Path) -> bool {
    let Ok(rel) = path.strip_prefix(root) else {
        return true;
    };
    let hidden = rel.components().any(|c| {
        let name = c.as_os_str().to_string_lossy();
        (name.starts_with('.') && name.len() > 1) || name.ends_with('~') || name.ends_with(".swp")
    });
    !hidden
        && rel
            .components()
            .next()
            .is_some_and(|c| WATCHED.iter().any(|w| c.as_os_str() == *w))
}

/// Loads the site, or collects what keeps it from loading.
fn load_state(options: &Options, origin: &str) -> State {
    let base_path = base_path_of(&options.root);
    let mut options = options.clone();
    options.base_url = Some(format!("{origin}{base_path}"));
    let loaded = Site::load(&options);
    let errors = loaded
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    let mut all = diagnostic::Diagnostics::default();
    all.extend(loaded.diagnostics);
    let diagnostics = all.sorted();
    let site = match loaded.site {
        Some(site) if !errors => site,
        _ => {
            // Errors first: they are what keeps the site from showing.
            let (errors, warnings): (Vec<_>, Vec<_>) = diagnostics
                .into_iter()
                .partition(|d| d.severity == Severity::Error);
            let mut text = diagnostic::render_human(&errors, &options.root);
            text.push_str(&diagnostic::render_human(&warnings, &options.root));
            return State::Broken(text);
        }
    };
    let warnings = diagnostic::render_human(&diagnostics, &options.root);
    let files = Memory::default();
    let base = match site.preview(&files, &format!("{SEARCH_DIR}meta.bin")) {
        Ok(base) => base,
        Err(d) => return State::Broken(diagnostic::render_human(&[d], &options.root)),
    };
    let languages = site.languages.len();
    State::Ready(Box::new(Preview {
        warnings,
        base_path: site.urls.base_path().to_owned(),
        site: Loaded::new(site, all_views),
        base,
        files,
        search: (0..languages).map(|_| OnceLock::new()).collect(),
        calendars: (0..languages).map(|_| OnceLock::new()).collect(),
        machine: (0..languages).map(|_| OnceLock::new()).collect(),
    }))
}

/// Tells the terminal what a load made of the site. Warnings are shown when they
/// change, not again on every save.
fn report(state: &State, took: Duration, shown: &mut String) {
    match state {
        State::Ready(p) => {
            if p.warnings != *shown {
                eprint!("{}", p.warnings);
                shown.clone_from(&p.warnings);
            }
            eprintln!(
                "{}",
                t!(
                    "serve-loaded",
                    entries = p.site.site().entries.len(),
                    ms = took.as_millis() as u64,
                    stages = p.site.site().timings.summary()
                )
            );
        }
        State::Broken(text) => {
            shown.clear();
            eprintln!("{text}{}", t!("serve-broken"));
        }
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("a valid header")
}

fn respond(request: Request, status: u16, kind: &str, body: Vec<u8>) {
    let response = Response::from_data(body)
        .with_status_code(status)
        .with_header(header("Content-Type", kind))
        .with_header(header("Cache-Control", "no-store"));
    // The browser may have gone away; nothing to do about it.
    let _ = request.respond(response);
}

fn handle(request: Request, shared: &Shared, base_path: &str) {
    let url = request.url().to_owned();
    let path = url.split(['?', '#']).next().unwrap_or("").to_owned();
    if path == EVENTS {
        return events(request, shared);
    }
    if path == LIVE_JS {
        return respond(
            request,
            200,
            "text/javascript; charset=utf-8",
            LIVE_SCRIPT.as_bytes().to_vec(),
        );
    }
    // Browsers ask the host for an icon; on the real host that is not the site's
    // business either.
    if path == "/favicon.ico" {
        let _ = request.respond(Response::empty(204));
        return;
    }
    let state = shared.state();
    let preview = match &*state {
        State::Broken(text) => return respond(request, 500, HTML, problems_page(text)),
        State::Ready(p) => p,
    };
    let Some(rel) = path.strip_prefix(preview.base_path.as_str()) else {
        if path == "/" || path == base_path.trim_end_matches('/') {
            let response = Response::empty(302).with_header(header("Location", base_path));
            let _ = request.respond(response);
            return;
        }
        return not_found(request, preview);
    };
    let rel = percent_decode(rel);
    match preview.file(&rel) {
        Some((kind, bytes)) => respond(request, 200, kind, bytes),
        None => match preview.page(&rel) {
            Some(Ok(html)) => respond(request, 200, HTML, with_live_script(html)),
            Some(Err(message)) => respond(request, 500, HTML, problems_page(&message)),
            None if !rel.is_empty() && !rel.ends_with('/') && !rel.contains('.') => {
                // `agenda` for `agenda/`, as static hosts do.
                let to = format!("{}{rel}/", preview.base_path);
                let _ = request.respond(Response::empty(301).with_header(header("Location", &to)));
            }
            None => not_found(request, preview),
        },
    }
}

const HTML: &str = "text/html; charset=utf-8";

fn not_found(request: Request, preview: &Preview) {
    let body = match preview.page(plan::NOT_FOUND) {
        Some(Ok(html)) => with_live_script(html),
        _ => t!("serve-not-found").into_string().into_bytes(),
    };
    respond(request, 404, HTML, body);
}

/// The event stream an open page listens on: the current version at once, then each
/// new one; a comment every 15 s keeps the connection open.
fn events(request: Request, shared: &Shared) {
    let mut out = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    let mut seen = String::new();
    loop {
        let version = shared.version();
        let message = if version == seen {
            ": still here\n\n".to_owned()
        } else {
            format!("data: {version}\n\n")
        };
        if out
            .write_all(message.as_bytes())
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
        seen = version;
        shared.wait(&seen, Duration::from_secs(15));
    }
}

/// The live-reload script, before `</body>`. The pages' policy allows scripts from the
/// site's own origin, which this is.
fn with_live_script(html: Vec<u8>) -> Vec<u8> {
    let tag = format!("<script src={LIVE_JS}></script>");
    let mut html = html;
    match html.windows(7).rposition(|w| w == b"</body>") {
        Some(i) => {
            html.splice(i..i, tag.bytes());
        }
        None => html.extend_from_slice(tag.as_bytes()),
    }
    html
}

/// The page shown while the site has errors: the diagnostics as `check` prints them.
fn problems_page(text: &str) -> Vec<u8> {
    let escaped = crate::view::escape_html(text);
    let [lang, title, heading, intro] = [
        Text::foreign(crate::messages::lang().code()),
        t!("serve-page-title"),
        t!("serve-page-heading"),
        t!("serve-page-intro"),
    ]
    .map(|t| crate::view::escape_html(t.as_str()));
    format!(
        "<!doctype html><html lang={lang}><head><meta charset=utf-8><meta name=viewport content=\"width=device-width,initial-scale=1\"><title>{title}</title>\
<style>body{{font:1.1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}}pre{{white-space:pre-wrap;background:#f4f4f4;border-left:6px solid #b00020;padding:1rem;font-size:1rem}}</style></head>\
<body><main><h1>{heading}</h1><p>{intro}</p><pre>{escaped}</pre></main><script src={LIVE_JS}></script></body></html>"
    )
    .into_bytes()
}

impl Preview {
    /// The language a path of the site is in, and the path inside that language's
    /// folder: `en/agenda/` is `(1, "agenda/")` when English is the second language.
    fn language<'r>(&self, rel: &'r str) -> (usize, &'r str) {
        let site = self.site.site();
        site.languages
            .iter()
            .enumerate()
            .skip(1)
            .find_map(|(n, l)| rel.strip_prefix(l.urls.folder()).map(|rest| (n, rest)))
            .unwrap_or((0, rel))
    }

    /// A file that is not a page: static files and assets, the search index, calendars.
    fn file(&self, rel: &str) -> Option<(&'static str, Vec<u8>)> {
        let kind = content_type(rel);
        if let Some(bytes) = self.files.get(rel) {
            return Some((kind, bytes.to_vec()));
        }
        let (n, rel) = self.language(rel);
        let views = self.site.views(n);
        if rel.starts_with(SEARCH_DIR) {
            let search = self.search[n].get_or_init(|| {
                crate::site::search_index(views)
                    .map(|(_, export)| {
                        let memory = Memory::default();
                        for file in &export.files {
                            let path = format!("{SEARCH_DIR}{}", file.path);
                            let _ = output::Sink::write(&memory, &path, &file.bytes);
                        }
                        memory
                    })
                    .map_err(|d| d.message)
            });
            return match search {
                Ok(files) => files.get(rel).map(|b| (kind, b.to_vec())),
                Err(_) => None,
            };
        }
        if rel.ends_with(".ics") {
            let calendars = self.calendars[n].get_or_init(|| {
                let memory = Memory::default();
                for file in crate::ical::files(views) {
                    let _ = file.write_to(&memory);
                }
                memory
            });
            return calendars.get(rel).map(|b| (kind, b.to_vec()));
        }
        if rel.ends_with(".xml") || rel == crate::feeds::ROBOTS || rel.starts_with(crate::hsds::DIR)
        {
            let machine = self.machine[n].get_or_init(|| {
                let site = self.site.site();
                // The sitemap, the main language's file, lists every language's pages.
                let pages: Vec<_> = match n {
                    0 => (0..site.languages.len())
                        .flat_map(|n| {
                            let views = self.site.views(n);
                            site.pages
                                .iter()
                                .flat_map(|page| paginate::parts(views, page))
                                .filter_map(|part| crate::feeds::sitemap_entry(views, &part))
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let memory = Memory::default();
                for file in site.machine_files(views, &pages) {
                    let _ = file.write_to(&memory);
                }
                memory
            });
            return machine.get(rel).map(|b| (kind, b.to_vec()));
        }
        None
    }

    /// Renders the page at `rel` (`activiteiten/koffie/`, `agenda/pagina/2/`,
    /// `en/agenda/`), if the site has one there.
    fn page(&self, rel: &str) -> Option<Result<Vec<u8>, String>> {
        let wanted = if rel.is_empty() || rel.ends_with('/') || rel == plan::NOT_FOUND {
            rel
        } else {
            rel.strip_suffix("index.html")?
        };
        let (n, wanted) = self.language(wanted);
        let (site, views) = (self.site.site(), self.site.views(n));
        let part = site.part_at(views, wanted)?;
        Some(site.render(views, &part, &self.base[n]))
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, e)| e) {
        Some("html") => HTML,
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("ics") => "text/calendar; charset=utf-8",
        Some("json") => "application/json",
        Some("txt") => "text/plain; charset=utf-8",
        Some("xml") if path.ends_with(crate::feeds::FEED_FILE) => "application/atom+xml",
        Some("xml") => "application/xml",
        _ => "application/octet-stream",
    }
}

/// `%20` and other escapes in an address, as the browser sends them.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&a), Some(&b)) if hex(a).is_some() && hex(b).is_some() => {
                out.push((hex(a).unwrap_or(0) * 16 + hex(b).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, ..) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Opens the preview in the system's browser, where it has one.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(err) = std::process::Command::new(opener).arg(url).spawn() {
        eprintln!(
            "{}: {}",
            t!("label-warning"),
            t!(
                "serve-no-browser",
                opener = opener,
                reason = err.to_string(),
                url = url
            )
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn only_the_sites_own_files_trigger_a_reload() {
        let root = PathBuf::from("/site");
        assert!(matters(&root, Path::new("/site/content/activities/a.md")));
        assert!(matters(&root, Path::new("/site/site.toml")));
        assert!(matters(&root, Path::new("/site/templates/page.html")));
        assert!(matters(&root, Path::new("/site/i18n/nl.toml")));
        assert!(!matters(&root, Path::new("/site/public/index.html")));
        assert!(!matters(
            &root,
            Path::new("/site/content/activities/.a.md.swp")
        ));
        assert!(!matters(&root, Path::new("/site/content/activities/a.md~")));
        assert!(!matters(&root, Path::new("/site/.git/index")));
    }

    #[test]
    fn the_live_script_goes_before_the_end_of_the_body() {
        let html = with_live_script(b"<p>x</p></body></html>".to_vec());
        assert_eq!(
            String::from_utf8(html).unwrap(),
            "<p>x</p><script src=/__buurtgids/live.js></script></body></html>"
        );
    }

    #[test]
    fn addresses_are_decoded_as_browsers_send_them() {
        assert_eq!(
            percent_decode("images/caf%C3%A9%20a.jpg"),
            "images/café a.jpg"
        );
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn the_problems_page_shows_the_text_and_nothing_runs_from_it() {
        let page = String::from_utf8(problems_page("content/a.md:3:1 <script>")).unwrap();
        assert!(page.contains("content/a.md:3:1 &lt;script&gt;"));
    }
}
