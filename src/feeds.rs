//! What other systems read besides the pages: `sitemap.xml` for search engines,
//! `robots.txt` pointing at it, and Atom feeds (RFC 4287) of new activities and volunteer
//! openings, for the whole site and per area. Every address in them is absolute, under
//! the site's base URL.

use jiff::civil::Date;

use crate::content::{Entry, Kind};
use crate::output::File;
use crate::plan::{self, Page, PageKind};
use crate::view::Views;
use crate::view::paginate::Part;

pub(crate) const SITEMAP: &str = "sitemap.xml";
pub(crate) const ROBOTS: &str = "robots.txt";

/// The file name of a feed inside the folder of the page it follows.
pub(crate) const FEED_FILE: &str = "atom.xml";

/// A sitemap file holds at most this many addresses (sitemaps.org); a larger site gets
/// `sitemap.xml` as an index of `sitemap-1.xml`, `sitemap-2.xml`, ...
const SITEMAP_URLS: usize = 50_000;

/// The newest entries a feed holds.
const FEED_ENTRIES: usize = 50;

/// The kinds a feed follows: what residents and other sites want to hear is new.
pub(crate) const FEED_KINDS: [Kind; 2] = [Kind::Activity, Kind::Volunteering];

/// A page of the sitemap: the language it is in (0 the main one), its path in that
/// language (`agenda/`), and the date its content was last checked.
pub(crate) struct SitemapPage {
    pub language: usize,
    pub path: String,
    pub checked: Option<Date>,
}

/// A page of `views`' language for the sitemap. The 404 page is not in it.
pub(crate) fn sitemap_entry(views: &Views, part: &Part) -> Option<SitemapPage> {
    let checked = match part.page.kind {
        PageKind::NotFound => return None,
        PageKind::Entry(i) => views.entries[i].reviewed,
        _ => None,
    };
    Some(SitemapPage {
        language: views.language,
        path: part.path.clone(),
        checked,
    })
}

/// The sitemap of `pages`, in the order given: one file, or an index and files of
/// [`SITEMAP_URLS`] each. In a site of several languages `pages` holds every language's
/// pages, and each names the same page in every language (`xhtml:link` alternates, as
/// search engines read them).
pub(crate) fn sitemap(views: &Views, pages: &[SitemapPage]) -> Vec<File> {
    let languages = views.languages;
    let page = |p: &SitemapPage| {
        let loc = languages[p.language].urls.absolute(&p.path);
        let alternates = if languages.len() > 1 {
            languages
                .iter()
                .map(|l| (l.code.clone(), l.urls.absolute(&p.path)))
                .collect()
        } else {
            Vec::new()
        };
        (loc, alternates)
    };
    sitemap_with(
        &|path| views.urls.full(&views.urls.file(path)),
        &page,
        pages,
    )
}

/// A page's full address, and the full address of the same page in each language by
/// its code (none for a site in one language).
type Located = (String, Vec<(String, String)>);

/// The sitemap's files: `file` is the full address of a file at the site's root, `page`
/// the full address of a page and its alternates.
fn sitemap_with(
    file: &dyn Fn(&str) -> String,
    page: &dyn Fn(&SitemapPage) -> Located,
    pages: &[SitemapPage],
) -> Vec<File> {
    let urlset = |pages: &[SitemapPage]| {
        let mut text = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
             <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"",
        );
        let urls: Vec<Located> = pages.iter().map(page).collect();
        if urls.iter().any(|(_, links)| !links.is_empty()) {
            text.push_str(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"");
        }
        text.push_str(">\n");
        for (p, (loc, links)) in pages.iter().zip(urls) {
            text.push_str("<url><loc>");
            text.push_str(&escape(&loc));
            text.push_str("</loc>");
            if let Some(date) = p.checked {
                text.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            for (code, url) in links {
                text.push_str(&format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>",
                    escape(&url)
                ));
            }
            text.push_str("</url>\n");
        }
        text.push_str("</urlset>\n");
        text
    };
    if pages.len() <= SITEMAP_URLS {
        return vec![File::new(SITEMAP.to_owned(), urlset(pages), true)];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::new();
    for (n, chunk) in pages.chunks(SITEMAP_URLS).enumerate() {
        let path = format!("sitemap-{}.xml", n + 1);
        index.push_str(&format!(
            "<sitemap><loc>{}</loc></sitemap>\n",
            escape(&file(&path))
        ));
        files.push(File::new(path, urlset(chunk), true));
    }
    index.push_str("</sitemapindex>\n");
    files.insert(0, File::new(SITEMAP.to_owned(), index, true));
    files
}

/// `robots.txt`: everything may be read, and where the sitemap is. Crawlers read it only
/// at the root of a host: a site under a sub-path gets the same line into the host's own
/// robots.txt (see the README).
pub(crate) fn robots(views: &Views) -> File {
    let text = format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        views.urls.full(&views.urls.file(SITEMAP))
    );
    File::new(ROBOTS, text, true)
}

/// The site path of the feed that follows `kind`'s listing, or an area's page.
pub(crate) fn feed_path(of: Feed) -> String {
    match of {
        Feed::Kind(kind) => format!(
            "{}{FEED_FILE}",
            plan::listing_path(kind).unwrap_or_default()
        ),
        Feed::Area(area) => format!("{}{FEED_FILE}", plan::entry_path(area)),
    }
}

/// What a feed follows.
#[derive(Clone, Copy)]
pub(crate) enum Feed<'a> {
    /// New entries of one kind, site-wide.
    Kind(Kind),
    /// New activities and volunteer openings for one area (municipality-wide ones too).
    Area(&'a Entry),
}

/// The feed a page links to in its head, with its title, if it has one.
pub(crate) fn feed_of_page(views: &Views, page: &Page) -> Option<(String, String)> {
    let feed = match page.kind {
        PageKind::Listing(kind) if FEED_KINDS.contains(&kind) => Feed::Kind(kind),
        PageKind::Entry(i) if views.entries[i].kind == Kind::Area => Feed::Area(&views.entries[i]),
        _ => return None,
    };
    Some((views.urls.page(&feed_path(feed)), feed_title(views, feed)))
}

fn feed_title(views: &Views, feed: Feed) -> String {
    let what = match feed {
        Feed::Kind(kind) => views.t(&format!("feed_{}", kind.name())),
        Feed::Area(area) => views.t("feed_area").replace("{area}", &area.title),
    };
    format!("{what} – {}", views.config.title)
}

/// The date an entry counts as new from: when it starts to be valid, else when it was
/// last checked.
pub(crate) fn new_since(e: &Entry) -> Option<Date> {
    e.valid_from.or(e.reviewed)
}

/// Every feed of the site: one per kind in [`FEED_KINDS`] and one per area.
pub(crate) fn feeds(views: &Views) -> Vec<File> {
    let mut feeds: Vec<Feed> = FEED_KINDS.into_iter().map(Feed::Kind).collect();
    feeds.extend(
        views
            .of_kind(Kind::Area, None)
            .into_iter()
            .map(|i| Feed::Area(&views.entries[i])),
    );
    feeds.into_iter().map(|feed| atom(views, feed)).collect()
}

/// One Atom feed: the newest [`FEED_ENTRIES`] entries it follows, newest first.
fn atom(views: &Views, feed: Feed) -> File {
    let (mut list, page) = match feed {
        Feed::Kind(kind) => (
            views.of_kind(kind, None),
            plan::listing_path(kind).unwrap_or_default(),
        ),
        Feed::Area(area) => (
            FEED_KINDS
                .into_iter()
                .flat_map(|kind| views.of_kind(kind, Some(&area.id)))
                .collect(),
            plan::entry_path(area),
        ),
    };
    // Newest first; entries of the same day in listing order (a stable sort).
    list.sort_by_key(|&i| std::cmp::Reverse(new_since(&views.entries[i])));
    list.truncate(FEED_ENTRIES);
    let path = feed_path(feed);
    let stamp = |date: Date| format!("{date}T00:00:00Z");
    let updated = list
        .iter()
        .filter_map(|&i| {
            let e = &views.entries[i];
            e.reviewed.max(e.valid_from)
        })
        .max()
        .unwrap_or(views.today);
    let self_url = views.urls.absolute(&path);
    let mut text = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
         <title>{title}</title>\n\
         <id>{id}</id>\n\
         <link rel=\"self\" type=\"application/atom+xml\" href=\"{id}\"/>\n\
         <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n\
         <updated>{updated}</updated>\n\
         <author><name>{author}</name></author>\n\
         <generator>buurtgids</generator>\n",
        lang = escape(&views.config.language),
        title = escape(&feed_title(views, feed)),
        id = escape(&self_url),
        page = escape(&views.urls.absolute(&page)),
        updated = stamp(updated),
        author = escape(&views.config.title),
    );
    for i in list {
        let e = &views.entries[i];
        let url = escape(&views.urls.absolute(&plan::entry_path(e)));
        let published = new_since(e).unwrap_or(views.today);
        let changed = e.reviewed.max(e.valid_from).unwrap_or(published);
        text.push_str(&format!(
            "<entry>\n<title>{title}</title>\n<id>{url}</id>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n\
             <published>{published}</published>\n<updated>{changed}</updated>\n\
             <summary>{summary}</summary>\n",
            title = escape(&e.title),
            published = stamp(published),
            changed = stamp(changed),
            summary = escape(&e.summary),
        ));
        text.push_str(&format!(
            "<category term=\"{}\" label=\"{}\"/>\n",
            e.kind.name(),
            escape(&views.t(&format!("kind_one_{}", e.kind.name())))
        ));
        for name in views.area_names(e) {
            text.push_str(&format!(
                "<category term=\"{}\" label=\"{0}\"/>\n",
                escape(&name)
            ));
        }
        text.push_str("</entry>\n");
    }
    text.push_str("</feed>\n");
    File::new(path, text, true)
}

/// Text for XML content and attribute values: the five special characters escaped, and
/// the control characters XML 1.0 does not allow left out.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{SITEMAP_URLS, SitemapPage, escape, sitemap_with};

    #[test]
    fn a_sitemap_of_more_than_50000_pages_is_an_index_of_files_of_50000() {
        let pages: Vec<_> = (0..2 * SITEMAP_URLS + 1)
            .map(|n| SitemapPage {
                language: 0,
                path: format!("p/{n}/"),
                checked: None,
            })
            .collect();
        let absolute = |path: &str| format!("https://example.org/gids/{path}");
        let page = |p: &SitemapPage| (absolute(&p.path), Vec::new());
        let files = sitemap_with(&absolute, &page, &pages);
        let names: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap.xml",
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml"
            ]
        );
        assert!(files[0].text().contains("<sitemapindex "));
        assert_eq!(files[0].text().matches("<sitemap>").count(), 3);
        assert!(
            files[0]
                .text()
                .contains("<loc>https://example.org/gids/sitemap-3.xml</loc>")
        );
        let counts: Vec<usize> = files[1..]
            .iter()
            .map(|f| f.text().matches("<url>").count())
            .collect();
        assert_eq!(counts, [SITEMAP_URLS, SITEMAP_URLS, 1]);
        assert!(
            files[3]
                .text()
                .contains(&format!("p/{}/", 2 * SITEMAP_URLS))
        );
        // Up to the limit it is one file.
        let one = sitemap_with(&absolute, &page, &pages[..SITEMAP_URLS]);
        assert_eq!(one.len(), 1);
        assert!(one[0].text().contains("<urlset "));
    }

    #[test]
    fn escape_leaves_no_markup_and_no_characters_xml_forbids() {
        assert_eq!(
            escape("a < b & \"c\" 'd' > e\u{1}\u{FFFF}\n"),
            "a &lt; b &amp; &quot;c&quot; &apos;d&apos; &gt; e\n"
        );
    }
}
