//! The site: the pipeline from files to a finished output folder, stage by stage.
//!
//! `Site::load` reads settings, content and theme and validates them; `Site::build` plans,
//! renders and writes. Each stage is timed for the summary line. Diagnostics of all stages
//! are gathered; rendering starts only when there is no error, and output is swapped in
//! only when every page was written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::civil::Date;
use rayon::prelude::*;
use tera::Context;

use crate::config::{self, BaseUrl, Config};
use crate::content::validate::{self, Validated};
use crate::content::{Entry, Kind, load};
use crate::diagnostic::{Diagnostic, Pos};
use crate::feeds;
use crate::messages::Text;
use crate::output::{self, Sink, Staging};
use crate::pictures::{self, Pictures};
use crate::plan::{self, Page};
use crate::render::{self, Theme};
use crate::t;
use crate::view::paginate::{self, Part};
use crate::view::{Link, NavView, SiteLanguage, SiteView, Urls, Views};

/// What a build or check is asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    /// Overrides `base_url` of site.toml.
    pub base_url: Option<String>,
    pub today: Date,
    /// Publish drafts too.
    pub drafts: bool,
    /// What earlier loads made of unchanged files (`serve`).
    pub cache: Option<std::sync::Arc<load::Cache>>,
    /// Shown on a terminal when the work takes a while.
    pub progress: crate::progress::Progress,
    /// Where made pictures are kept between runs (see [`pictures::cache_beside`]).
    pub pictures_cache: Option<PathBuf>,
}

/// Where the pictures made for a site built into `out` are kept between builds.
pub fn pictures_cache(out: &Path) -> PathBuf {
    pictures::cache_beside(out)
}

/// What `f` returns and how long it took: for work timed on another thread.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let result = f();
    (result, start.elapsed())
}

/// Time spent per stage.
#[derive(Debug, Default, Clone)]
pub struct Timings {
    pub stages: Vec<(&'static str, Duration)>,
}

impl Timings {
    fn time<T>(&mut self, stage: &'static str, f: impl FnOnce() -> T) -> T {
        let (result, took) = timed(f);
        self.add(stage, took);
        result
    }

    fn add(&mut self, stage: &'static str, d: Duration) {
        match self.stages.iter_mut().find(|(s, _)| *s == stage) {
            Some((_, total)) => *total += d,
            None => self.stages.push((stage, d)),
        }
    }

    pub fn summary(&self) -> String {
        self.stages
            .iter()
            .map(|(s, d)| t!("stage-time", stage = *s, ms = d.as_millis() as u64).into_string())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A loaded and validated site.
pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub urls: Urls,
    /// The site in each of its languages, the main one first: one for most sites.
    pub languages: Vec<SiteLanguage>,
    pub entries: Vec<Entry>,
    pub validated: Validated,
    pub theme: Theme,
    pub pages: Vec<Page>,
    pub today: Date,
    pub timings: Timings,
    pub progress: crate::progress::Progress,
    /// The entries' pictures, made for the page.
    pub pictures: Pictures,
}

/// A page's file and what was written for it (see [`output::PageCache`]).
type PageRecord = (String, output::Written);

/// The outcome of loading: the site if it can be built, and every diagnostic.
pub struct Loaded {
    pub site: Option<Site>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Site {
    /// Reads and checks everything; renders nothing.
    pub fn load(options: &Options) -> Loaded {
        let mut timings = Timings::default();
        let root = options.root.clone();
        let mut config = match Config::from_file(&root) {
            Ok(c) => c,
            Err(diagnostics) => {
                return Loaded {
                    site: None,
                    diagnostics,
                };
            }
        };
        let mut diagnostics = std::mem::take(&mut config.warnings);
        if let Some(url) = &options.base_url {
            config.base_url = url.clone();
        }
        let base = match BaseUrl::parse(&config.base_url) {
            Ok(b) => b,
            Err(message) => {
                // site.toml's own base_url was checked where it is written: this is the
                // command line's.
                let message = Text::foreign(message.as_str().replacen("base_url", "--base-url", 1));
                diagnostics.push(
                    Diagnostic::error("", Pos::UNKNOWN, message)
                        .with_help(t!("base-url-flag-help")),
                );
                return Loaded {
                    site: None,
                    diagnostics,
                };
            }
        };
        let max_bytes = config.limits.file_size_kib.saturating_mul(1024);
        let loaded = timings.time("load", || {
            load::load(
                &root,
                max_bytes,
                options.cache.as_deref(),
                &options.progress,
            )
        });
        diagnostics.extend(loaded.diagnostics);
        let entries = loaded.entries;
        let validated = timings.time("validate", || {
            validate::validate(
                &config,
                &entries,
                options.today,
                options.drafts,
                &mut diagnostics,
            )
        });
        timings.time("images", || {
            check_images(&root, &entries, &mut diagnostics);
            check_logo(&root, &config, &mut diagnostics);
        });
        let theme = timings.time("theme", || {
            render::load_theme(&root, &config, &mut diagnostics)
        });
        let pages = timings.time("plan", || {
            plan::plan(&entries, &validated.published, &config, &mut diagnostics)
        });
        let pictures = match &theme {
            Some(theme) => timings.time("images", || {
                // The files the bodies link to, each body read once, and only when the
                // site has a photo to ask about.
                let linked = std::sync::OnceLock::<std::collections::HashSet<String>>::new();
                let linked_files = || {
                    entries
                        .par_iter()
                        .flat_map_iter(|e| crate::markdown::links(&e.body))
                        .map(|l| pictures::static_path(&l).to_owned())
                        .collect()
                };
                let (mut pictures, mut problems) = pictures::make(
                    &entries,
                    &theme.static_files,
                    options.pictures_cache.as_deref(),
                    |path| linked.get_or_init(linked_files).contains(path),
                );
                let logo = config.logo.trim_start_matches('/');
                if pictures::is_raster(logo) {
                    if let Some(bytes) = theme.static_files.get(logo) {
                        let cache = options.pictures_cache.as_deref();
                        match pictures::logo(logo, bytes, cache) {
                            Ok((sizes, files)) => pictures.add_logo(logo, sizes, files),
                            Err((message, help)) => problems.push(
                                Diagnostic::error(config::FILE_NAME, Pos::UNKNOWN, message)
                                    .with_help(help),
                            ),
                        }
                    }
                }
                diagnostics.extend(problems);
                pictures
            }),
            None => Pictures::default(),
        };
        let urls = Urls::new(base);
        let languages = config
            .site_languages()
            .into_iter()
            .enumerate()
            .map(|(n, code)| SiteLanguage {
                entries: (n > 0 && entries.iter().any(|e| e.translation(code).is_some())).then(
                    || {
                        entries
                            .iter()
                            .map(|e| {
                                e.translation(code)
                                    .map_or_else(|| e.clone(), |t| t.apply(e))
                            })
                            .collect()
                    },
                ),
                code: code.to_owned(),
                config: config.in_language(code),
                urls: if n == 0 {
                    urls.clone()
                } else {
                    urls.in_folder(&format!("{code}/"))
                },
            })
            .collect();
        let site = theme.map(|theme| Site {
            root,
            config,
            urls,
            languages,
            entries,
            validated,
            theme,
            pages,
            today: options.today,
            timings,
            progress: options.progress.clone(),
            pictures,
        });
        Loaded { site, diagnostics }
    }

    /// The view models of this site in its main language, as the pages and the search
    /// index see it.
    pub fn views(&self) -> Views<'_> {
        self.views_in(0)
    }

    /// The view models of this site in its `n`th language (0 the main one).
    pub fn views_in(&self, n: usize) -> Views<'_> {
        let i18n = match n {
            0 => &self.theme.i18n,
            _ => self
                .theme
                .i18n_in
                .get(&self.languages[n].code)
                .unwrap_or(&self.theme.i18n),
        };
        Views::new(
            &self.languages,
            n,
            self.languages[n]
                .entries
                .as_deref()
                .unwrap_or(&self.entries),
            &self.validated.published,
            self.today,
            i18n,
            &self.pictures,
        )
    }

    /// Entries on the site, per kind.
    pub fn published_per_kind(&self) -> BTreeMap<Kind, usize> {
        let mut counts = BTreeMap::new();
        for (e, p) in self.entries.iter().zip(&self.validated.published) {
            if *p {
                *counts.entry(e.kind).or_insert(0) += 1;
            }
        }
        counts
    }

    /// Renders every page and writes the site into `out`, replacing the previous one only
    /// when all succeeded.
    pub fn build(&mut self, out: &Path) -> Result<usize, Vec<Diagnostic>> {
        let fail = |err: output::OutputError| {
            vec![match err.io_kind() {
                Some(std::io::ErrorKind::StorageFull) => {
                    disk_full(out, (0, output::folder_size(out)))
                }
                _ => Diagnostic::error("", Pos::UNKNOWN, err.text()),
            }]
        };
        let staging = Staging::begin(out, &self.root).map_err(fail)?;
        let cache = output::PageCache::load(out);
        match self.write_all(&staging, &cache) {
            Ok((count, pages)) => {
                staging.commit().map_err(fail)?;
                // Without the record the next build minifies every page again; the site
                // itself is complete either way.
                let _ = cache.save(&pages);
                Ok(count)
            }
            Err(mut problems) => {
                // A full disk is one problem, not one per file that did not fit.
                if let Some(needed) = staging.disk_full() {
                    problems.retain(|d| !is_write_error(d));
                    problems.insert(0, disk_full(out, needed));
                }
                staging.abort();
                Err(problems)
            }
        }
    }

    /// Writes everything; returns the number of pages and what was written for each.
    /// A site in several languages is written once per language, each other than the
    /// main one into its folder (`en/`), with the static files and the open data once.
    fn write_all(
        &mut self,
        staging: &Staging,
        cache: &output::PageCache,
    ) -> Result<(usize, Vec<PageRecord>), Vec<Diagnostic>> {
        let mut timings = std::mem::take(&mut self.timings);
        let result = self.write_languages(staging, cache, &mut timings);
        self.timings = timings;
        result
    }

    fn write_languages(
        &self,
        staging: &Staging,
        cache: &output::PageCache,
        timings: &mut Timings,
    ) -> Result<(usize, Vec<PageRecord>), Vec<Diagnostic>> {
        let assets = timings
            .time("write", || self.write_static(staging))
            .map_err(|e| vec![e])?;
        let mut written = 0;
        let mut records = Vec::with_capacity(self.pages.len() * self.languages.len());
        let mut sitemap = Vec::new();
        for n in 0..self.languages.len() {
            let views = self.views_in(n);
            let sink = output::InFolder {
                sink: staging,
                folder: views.urls.folder(),
            };
            written += self.write_language(
                &views,
                &sink,
                cache,
                &assets,
                timings,
                (&mut records, &mut sitemap),
            )?;
        }
        let views = self.views();
        let sitemap = self.sitemap_files(&views, &sitemap);
        let problems = timings.time("write", || write_files(staging, &[&sitemap]));
        if problems.is_empty() {
            Ok((written, records))
        } else {
            Err(problems)
        }
    }

    /// Writes the pages, search index, calendars and feeds of one language into `sink`
    /// (and, for the main language, robots.txt and the open data); adds what was written
    /// to `records` (by the path in the whole site) and the pages to `sitemap`.
    /// Returns the number of pages.
    fn write_language(
        &self,
        views: &Views,
        sink: &output::InFolder,
        cache: &output::PageCache,
        assets: &BTreeMap<String, String>,
        timings: &mut Timings,
        (records, sitemap): (&mut Vec<PageRecord>, &mut Vec<feeds::SitemapPage>),
    ) -> Result<usize, Vec<Diagnostic>> {
        // The search index, the calendars and the files for other systems do not depend
        // on the pages (the sitemap, which lists them, comes after): they are made and
        // written side by side before the pages, each stage timed on its own.
        self.progress.stage(t!("progress-search"), 1);
        let (search, others) = rayon::join(
            || -> Result<_, Vec<Diagnostic>> {
                let (index, made) = timed(|| search_index(views));
                let (dir, files) = index.map_err(|e| vec![e])?;
                let (written, writing) = timed(|| write_search_index(&dir, &files.files, sink));
                written.map_err(|e| vec![e])?;
                Ok((dir, made, writing))
            },
            || {
                let ((calendars, files), made) =
                    timed(|| rayon::join(|| crate::ical::files(views), || self.data_files(views)));
                let (problems, writing) = timed(|| write_files(sink, &[&calendars, &files]));
                (problems, made, writing)
            },
        );
        let (others, made, writing) = others;
        timings.add("render", made);
        timings.add("write", writing);
        if !others.is_empty() {
            return Err(others);
        }
        let (search_dir, made, writing) = search?;
        timings.add("search", made);
        timings.add("write", writing);
        let search_index = format!("{search_dir}meta.bin");
        let mut base = self.base_context(views, assets);
        base.insert("search_index", &views.urls.page(&search_index));
        let folder = views.urls.folder();
        let mut problems = Vec::new();
        // Pages are rendered in parallel in chunks, and each is written by the thread that
        // rendered it, so writing overlaps rendering; memory stays bounded and the record
        // of what was written keeps the pages' order. A long listing or agenda is first
        // split into the pages it is written as.
        let mut written = 0;
        self.progress.stage(t!("progress-pages"), self.pages.len());
        for chunk in self.pages.chunks(2048) {
            let start = Instant::now();
            let parts: Vec<Part> = chunk
                .par_iter()
                .flat_map_iter(|page| paginate::parts(views, page))
                .collect();
            written += parts.len();
            sitemap.extend(
                parts
                    .iter()
                    .filter_map(|part| feeds::sitemap_entry(views, part)),
            );
            let done: Vec<Result<PageRecord, Diagnostic>> = parts
                .par_iter()
                .map(|part| {
                    let file = format!("{folder}{}", part.file());
                    let html = render::render_page(&self.theme.tera, views, part, &base).map_err(
                        |message| {
                            Diagnostic::error(
                                format!("themes/{}/templates", self.config.theme),
                                Pos::UNKNOWN,
                                t!("render-failed", file = &file, reason = message),
                            )
                            .with_help(t!("render-failed-help"))
                        },
                    )?;
                    let (bytes, record) = cache.finish(&file, &html);
                    drop(html);
                    sink.sink
                        .write(&file, &bytes)
                        .map_err(|err| write_error(&file, &err))?;
                    Ok((file, record))
                })
                .collect();
            drop(parts);
            for result in done {
                match result {
                    Ok(record) => records.push(record),
                    Err(problem) => problems.push(problem),
                }
            }
            timings.add("render", start.elapsed());
            self.progress.inc(chunk.len());
            if problems.len() > 20 {
                break;
            }
        }
        if problems.is_empty() {
            Ok(written)
        } else {
            Err(problems)
        }
    }

    /// The files for other systems in `views`' language: its Atom feeds, and in the main
    /// language the sitemap of `pages` (every language's), robots.txt and the HSDS
    /// export.
    pub(crate) fn machine_files(
        &self,
        views: &Views,
        pages: &[feeds::SitemapPage],
    ) -> Vec<output::File> {
        let mut files = match views.language {
            0 => self.sitemap_files(views, pages),
            _ => Vec::new(),
        };
        files.extend(self.data_files(views));
        files
    }

    /// The sitemap of `pages`, unless the site has a sitemap.xml of its own (in `static/`).
    fn sitemap_files(&self, views: &Views, pages: &[feeds::SitemapPage]) -> Vec<output::File> {
        if self.own_static(feeds::SITEMAP) {
            return Vec::new();
        }
        feeds::sitemap(views, pages)
    }

    /// The Atom feeds of `views`' language, and in the main language robots.txt (unless
    /// the site has its own) and the HSDS export: the open data is written once.
    fn data_files(&self, views: &Views) -> Vec<output::File> {
        let main = views.language == 0;
        let mut files = Vec::new();
        if main && !self.own_static(feeds::ROBOTS) {
            files.push(feeds::robots(views));
        }
        files.extend(feeds::feeds(views));
        if main && self.config.open_data.hsds {
            files.extend(
                crate::hsds::export(views)
                    .into_iter()
                    .map(|f| output::File {
                        path: format!("{}{}", crate::hsds::DIR, f.path),
                        ..f
                    }),
            );
        }
        files
    }

    /// The part of a page written at `path` (`activiteiten/koffie/`, `agenda/pagina/2/`),
    /// the one page of what [`Site::build`] writes that the preview renders on request.
    pub fn part_at(&self, views: &Views, path: &str) -> Option<Part<'_>> {
        // A later page of a listing or agenda belongs to the page above `pagina/n/`.
        let owner = path
            .strip_suffix('/')
            .and_then(|w| w.rsplit_once(&format!("{}/", paginate::SEGMENT)))
            .filter(|(_, n)| n.parse::<usize>().is_ok())
            .map(|(owner, _)| owner);
        let page = self.pages.iter().find(|p| p.path == path).or_else(|| {
            let owner = owner?;
            self.pages.iter().find(|p| {
                p.path == owner
                    && matches!(
                        p.kind,
                        plan::PageKind::Listing(_)
                            | plan::PageKind::Filtered(..)
                            | plan::PageKind::Agenda
                            | plan::PageKind::AreaAgenda(_)
                    )
            })
        })?;
        paginate::parts(views, page)
            .into_iter()
            .find(|p| p.path == path)
    }

    /// Whether the site's `static/` has a file of this name.
    fn own_static(&self, name: &str) -> bool {
        self.theme.static_files.iter().any(|(n, _)| n == name)
    }

    /// The preview's static files, written into `memory`, and the context every page
    /// of each language shares, with the search index at `search_index` in that
    /// language's folder (`serve`).
    pub fn preview(
        &self,
        memory: &output::Memory,
        search_index: &str,
    ) -> Result<Vec<Context>, Diagnostic> {
        let assets = self.write_static(memory)?;
        Ok((0..self.languages.len())
            .map(|n| {
                let views = self.views_in(n);
                let mut base = self.base_context(&views, &assets);
                base.insert("search_index", &views.urls.page(search_index));
                base
            })
            .collect())
    }

    /// Renders one page, minified as the build writes it (`serve`).
    pub fn render(&self, views: &Views, part: &Part, base: &Context) -> Result<Vec<u8>, String> {
        render::render_page(&self.theme.tera, views, part, base)
            .map(|html| output::finish_page(&html))
    }

    /// Copies static files; CSS and JS under `assets/` get a content hash in their name.
    /// Returns the address of each asset by its plain name (`assets/style.css`).
    fn write_static(&self, staging: &dyn Sink) -> Result<BTreeMap<String, String>, Diagnostic> {
        let mut urls = BTreeMap::new();
        // Thousands of made photos: written side by side.
        self.pictures.files.par_iter().try_for_each(|file| {
            file.write_to(staging)
                .map_err(|e| write_error(file.path(), &e))
        })?;
        for (name, bytes) in &self.theme.static_files {
            if self.pictures.replaces(name) {
                continue;
            }
            let mut bytes = bytes.clone();
            let mut out_name = name.clone();
            if name == "assets/style.css" {
                let mut css = self.design_tokens().into_bytes();
                css.extend_from_slice(&bytes);
                bytes = css;
            }
            if let Some(rest) = name.strip_prefix("assets/") {
                if let Some((stem, ext)) = rest
                    .rsplit_once('.')
                    .filter(|(_, e)| matches!(*e, "css" | "js"))
                {
                    out_name = format!("assets/{stem}.{}.{ext}", output::content_hash(&bytes));
                }
            }
            let written = if out_name != *name {
                staging.write_with_gzip(&out_name, &bytes)
            } else {
                staging.write(&out_name, &bytes)
            };
            written.map_err(|e| write_error(&out_name, &e))?;
            urls.insert(name.clone(), self.urls.file(&out_name));
        }
        Ok(urls)
    }

    /// The site's colours as CSS custom properties, ahead of the theme's stylesheet.
    fn design_tokens(&self) -> String {
        let c = &self.config.colors;
        format!(
            ":root{{--color-primary:{};--color-on-primary:{};--color-accent:{}}}\n",
            c.primary, c.on_primary, c.accent
        )
    }

    /// What every page of a language shares: the site's name and menus in that language,
    /// and the assets.
    fn base_context(&self, views: &Views, assets: &BTreeMap<String, String>) -> Context {
        let (config, urls) = (views.config, views.urls);
        let mut ctx = Context::new();
        let words = crate::content::schedule::Words::of(views.lang);
        ctx.insert(
            "site",
            &SiteView {
                title: config.title.clone(),
                url: urls.absolute(""),
                logo: match self.pictures.logo.first() {
                    Some(size) => self.urls.file(&size.path),
                    None if self.config.logo.is_empty() => String::new(),
                    None => self.urls.file(&self.config.logo),
                },
                logo_srcset: self
                    .pictures
                    .logo
                    .iter()
                    .enumerate()
                    .map(|(n, s)| format!("{} {}x", self.urls.file(&s.path), n + 1))
                    .collect::<Vec<_>>()
                    .join(", "),
                logo_width: self.pictures.logo.first().map(|s| s.width),
                description: config.description.clone(),
                owner: config.owner.clone(),
                lang: config.language.clone(),
                dir: views.dir(),
                text_lang: match views.language {
                    0 => String::new(),
                    _ => self.config.language.clone(),
                },
                report_email: config.report_email.clone(),
                updated: words.date(self.today, 0),
                updated_iso: self.today.to_string(),
            },
        );
        ctx.insert("search_found", &views.t_forms("search_found"));
        let t = views.i18n;
        let label = |key: String| t.get(&key).cloned().unwrap_or(key);
        let listings = [
            Kind::Area,
            Kind::Activity,
            Kind::Place,
            Kind::Service,
            Kind::Person,
            Kind::Volunteering,
            Kind::Organisation,
        ]
        .into_iter()
        .filter_map(|k| {
            plan::listing_path(k).map(|p| Link {
                name: label(format!("kind_{}", k.name())),
                url: urls.page(&p),
            })
        })
        .collect();
        let footer = self
            .entries
            .iter()
            .zip(&self.validated.published)
            .filter(|(e, p)| {
                **p && matches!(e.details, crate::content::Details::Page { footer: true })
            })
            .map(|(e, _)| Link {
                name: e.title.clone(),
                url: urls.page(&plan::entry_path(e)),
            })
            .collect();
        ctx.insert(
            "nav",
            &NavView {
                home: urls.page(""),
                areas: urls.page(&plan::listing_path(Kind::Area).unwrap_or_default()),
                agenda: urls.page(plan::AGENDA),
                search: urls.page(plan::SEARCH),
                statement: urls.page(plan::STATEMENT),
                privacy: urls.page(plan::PRIVACY),
                css: assets.get("assets/style.css").cloned().unwrap_or_default(),
                noscript_css: assets
                    .get("assets/noscript.css")
                    .cloned()
                    .unwrap_or_default(),
                icon: if self.config.logo.is_empty() {
                    self.urls.file("assets/icon.svg")
                } else {
                    match self.pictures.logo.first() {
                        Some(size) => self.urls.file(&size.path),
                        None => self.urls.file(self.config.logo.trim_start_matches('/')),
                    }
                },
                js: assets
                    .get("assets/buurtgids.js")
                    .cloned()
                    .unwrap_or_default(),
                search_js: assets.get("assets/search.js").cloned().unwrap_or_default(),
                listings,
                footer,
            },
        );
        ctx.insert("assets", assets);
        ctx.insert("t", t);
        ctx
    }
}

/// Whether a path written in content or settings stays inside `static/`: no `..`, no
/// drive or scheme, no backslashes, no empty parts.
fn inside_static(src: &str) -> bool {
    !src.is_empty()
        && !src.contains(['\\', ':'])
        && src
            .split('/')
            .all(|part| !part.is_empty() && part != ".." && part != ".")
}

/// Pictures, in the `image` field and in a body, must exist in the site's `static/` and
/// stay inside it: a picture from another site would be blocked by the pages' security
/// policy, and would tell that site who reads the page. A wrong `image` is an error, a
/// wrong picture in a body a warning.
fn check_images(root: &Path, entries: &[Entry], diagnostics: &mut Vec<Diagnostic>) {
    for e in entries {
        if let Some(img) = &e.image {
            if let Some((message, help)) = picture_problem(root, &img.src) {
                diagnostics.push(Diagnostic::error(&e.file, Pos::UNKNOWN, message).with_help(help));
            }
        }
        // A picture in a body is one part of a text: a wrong one is a warning, so the
        // rest of the site is still published (the sanitiser drops what could run, and
        // the pages' policy loads nothing from elsewhere).
        for picture in crate::markdown::pictures(&e.body) {
            let pos = e.body_pos(picture.offset);
            if let Some((message, help)) = picture_problem(root, &picture.src) {
                diagnostics.push(Diagnostic::warning(&e.file, pos, message).with_help(help));
            } else if picture.alt.trim().is_empty() {
                diagnostics.push(
                    Diagnostic::warning(&e.file, pos, t!("body-image-no-alt", src = &picture.src))
                        .with_help(t!("body-image-no-alt-help", src = &picture.src)),
                );
            }
        }
    }
}

/// What is wrong with a picture's address, as a message and a fix; `None` when it is a
/// file in `static/`.
fn picture_problem(root: &Path, src: &str) -> Option<(Text, Text)> {
    if !crate::markdown::on_this_site(src) {
        return Some((t!("image-elsewhere", src = src), t!("image-elsewhere-help")));
    }
    let path = pictures::static_path(src);
    if !inside_static(path) {
        return Some((t!("image-outside", src = src), t!("image-outside-help")));
    }
    if !root.join("static").join(path).is_file() {
        return Some((
            t!("image-missing", src = src),
            t!("image-missing-help", path = path),
        ));
    }
    None
}

/// Indexes the published entries and makes the files of the static search index.
/// Returns the folder they go in, named by a hash of them, and the files.
pub fn search_index(views: &Views) -> Result<(String, crate::search::export::Files), Diagnostic> {
    let fail = |e: String| Diagnostic::error("", Pos::UNKNOWN, t!("search-failed", reason = e));
    let index = crate::search::SearchIndex::build(views).map_err(|e| fail(e.to_string()))?;
    let export = crate::search::export::export(&index, views).map_err(|e| fail(e.to_string()))?;
    let mut all = Vec::new();
    for file in &export.files {
        all.extend_from_slice(file.path.as_bytes());
        all.extend_from_slice(&file.bytes);
    }
    let dir = format!("{}{}/", plan::SEARCH, output::content_hash(&all));
    Ok((dir, export))
}

/// Writes calendars and files for other systems, in parallel: each with a gzip copy,
/// but for the open data, which is downloaded rather than browsed (no compressed copy of
/// its tens of megabytes). Returns what could not be written.
fn write_files(staging: &dyn Sink, files: &[&[output::File]]) -> Vec<Diagnostic> {
    let all: Vec<&output::File> = files.iter().flat_map(|f| f.iter()).collect();
    all.par_iter()
        .filter_map(|f| {
            f.write_to(staging)
                .err()
                .map(|err| write_error(&f.path, &err))
        })
        .collect()
}

/// The diagnostic for a file of the output that could not be written.
fn write_error(path: &str, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(
        "",
        Pos::UNKNOWN,
        t!("write-failed", path = path, reason = err.to_string()),
    )
}

fn is_write_error(d: &Diagnostic) -> bool {
    // The words before the path, in the language of the run.
    let marked = t!("write-failed", path = "\u{1}", reason = "");
    let before = marked.as_str().split('\u{1}').next().unwrap_or_default();
    d.file.is_empty() && d.message.starts_with(before)
}

/// The one message for a disk too full for the new site: about how much room it needs
/// (what the build tried to write before it stopped, and the size of the site online
/// now), and that the site online is as it was.
fn disk_full(out: &Path, (tried, online): (u64, u64)) -> Diagnostic {
    let size = if online > tried {
        t!("disk-full-needs-about", size = human_size(online))
    } else if tried > 0 {
        t!("disk-full-needs-more", size = human_size(tried))
    } else {
        Text::default()
    };
    Diagnostic::error("", Pos::UNKNOWN, t!("disk-full", folder = out)).with_help(t!(
        "disk-full-help",
        size = size,
        folder = out
    ))
}

/// "2.4 MB", "310 kB": bytes as a person reads them, rounded up.
fn human_size(bytes: u64) -> String {
    match bytes {
        0..1_000_000 => format!("{} kB", bytes.div_ceil(1000).max(1)),
        1_000_000..1_000_000_000 => format!("{:.1} MB", bytes as f64 / 1e6),
        _ => format!("{:.1} GB", bytes as f64 / 1e9),
    }
}

/// Writes the files of the search index into their folder.
fn write_search_index(
    dir: &str,
    files: &[output::File],
    staging: &dyn Sink,
) -> Result<(), Diagnostic> {
    files.par_iter().try_for_each(|file| {
        let path = format!("{dir}{}", file.path);
        staging
            .write(&path, &file.bytes)
            .map_err(|err| write_error(&path, &err))
    })
}

/// The logo must be a file in the site's `static/`.
fn check_logo(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    let logo = config.logo.trim_start_matches('/');
    if logo.is_empty() {
        return;
    }
    if !inside_static(logo) || !root.join("static").join(logo).is_file() {
        diagnostics.push(
            Diagnostic::error(
                config::FILE_NAME,
                config.pos_of("logo"),
                t!("logo-missing", logo = &config.logo),
            )
            .with_help(t!("logo-missing-help", path = logo)),
        );
    }
}

/// Today's date for a build: `--today`, else SOURCE_DATE_EPOCH, else the system clock.
/// Returns the date and where it came from.
pub fn today(flag: Option<&str>) -> Result<(Date, Text), Text> {
    if let Some(text) = flag {
        return crate::content::raw::parse_date_text(text)
            .map(|d| (d, Text::foreign("--today")))
            .map_err(|e| t!("today-flag-bad", reason = e));
    }
    let zone =
        jiff::tz::TimeZone::get("Europe/Amsterdam").map_err(|e| Text::foreign(e.to_string()))?;
    if let Ok(epoch) = std::env::var("SOURCE_DATE_EPOCH") {
        let secs: i64 = epoch
            .trim()
            .parse()
            .map_err(|_| t!("epoch-not-a-number", epoch = &epoch))?;
        let ts = jiff::Timestamp::from_second(secs)
            .map_err(|e| t!("epoch-bad", reason = e.to_string()))?;
        return Ok((ts.to_zoned(zone).date(), Text::foreign("SOURCE_DATE_EPOCH")));
    }
    Ok((
        jiff::Timestamp::now().to_zoned(zone).date(),
        t!("today-clock"),
    ))
}
