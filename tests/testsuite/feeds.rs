//! sitemap.xml, robots.txt and the Atom feeds of the demo: well-formed XML with the
//! elements their specifications require, and only addresses under the base URL that
//! point at files the build wrote.

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::{TempSite, built_demo, stderr, tree};

const BASE: &str = "https://www.lindewaard.example.org/sociale-kaart/";
const SITEMAPS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const ATOM: &str = "http://www.w3.org/2005/Atom";

/// The file an absolute address on the site points at.
fn file_of(out: &Path, url: &str) -> std::path::PathBuf {
    let path = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not under {BASE}"));
    if path.is_empty() || path.ends_with('/') {
        out.join(path).join("index.html")
    } else {
        out.join(path)
    }
}

fn children<'a, 'i>(node: roxmltree::Node<'a, 'i>, name: &str) -> Vec<roxmltree::Node<'a, 'i>> {
    node.children()
        .filter(|c| c.is_element() && c.tag_name().name() == name)
        .collect()
}

fn text_of(node: roxmltree::Node, name: &str) -> String {
    let found = children(node, name);
    assert_eq!(
        found.len(),
        1,
        "one <{name}> in <{}>",
        node.tag_name().name()
    );
    found[0].text().unwrap_or("").to_owned()
}

/// `2026-10-20T00:00:00Z`: an RFC 3339 date-time, as Atom requires.
fn is_rfc3339(text: &str) -> bool {
    text.parse::<jiff::Timestamp>().is_ok()
}

#[test]
fn the_sitemap_lists_every_page_once_under_the_base_url() {
    let (_dir, out) = built_demo();
    let text = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("sitemap.xml is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(root.tag_name().namespace(), Some(SITEMAPS));
    let mut listed = BTreeSet::new();
    let mut dated = 0;
    for url in children(root, "url") {
        let loc = text_of(url, "loc");
        assert!(file_of(&out, &loc).is_file(), "{loc} points at nothing");
        assert!(listed.insert(loc.clone()), "{loc} is listed twice");
        if let Some(lastmod) = children(url, "lastmod").first() {
            lastmod
                .text()
                .unwrap()
                .parse::<jiff::civil::Date>()
                .unwrap_or_else(|e| panic!("{loc}: {e}"));
            dated += 1;
        }
    }
    // Every page the build wrote is in it, except the 404 page.
    let pages: BTreeSet<String> = tree(&out)
        .into_keys()
        .filter(|p| p.ends_with("index.html"))
        .map(|p| format!("{BASE}{}", p.strip_suffix("index.html").unwrap()))
        .collect();
    assert_eq!(listed, pages);
    assert!(dated > 80, "{dated} pages with the date they were checked");
    let robots = std::fs::read_to_string(out.join("robots.txt")).unwrap();
    assert!(
        robots
            .lines()
            .any(|l| l == format!("Sitemap: {BASE}sitemap.xml")),
        "{robots}"
    );
}

#[test]
fn the_atom_feeds_are_valid_and_newest_first() {
    let (_dir, out) = built_demo();
    // A site-wide feed has every entry of its kind (the demo has fewer than 50), as
    // many as its listing says.
    let count = |listing: &str| -> usize {
        let html = std::fs::read_to_string(out.join(listing).join("index.html")).unwrap();
        let rest = html.split("<p class=count>").nth(1).unwrap();
        rest.split(' ').next().unwrap().parse().unwrap()
    };
    let mut feeds = vec![
        ("activiteiten/atom.xml".to_owned(), count("activiteiten")),
        (
            "vrijwilligerswerk/atom.xml".to_owned(),
            count("vrijwilligerswerk"),
        ),
    ];
    for area in ["noord", "centrum", "oudeweer"] {
        feeds.push((format!("wijken/{area}/atom.xml"), 0));
    }
    for (path, expected) in feeds {
        let text = std::fs::read_to_string(out.join(&path)).unwrap();
        let doc = roxmltree::Document::parse(&text)
            .unwrap_or_else(|e| panic!("{path} is not well-formed: {e}"));
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().name(), "feed", "{path}");
        assert_eq!(feed.tag_name().namespace(), Some(ATOM), "{path}");
        // RFC 4287 4.1.1: one id, title and updated; an author for the feed; a self link.
        assert_eq!(text_of(feed, "id"), format!("{BASE}{path}"));
        assert!(!text_of(feed, "title").is_empty(), "{path}");
        assert!(is_rfc3339(&text_of(feed, "updated")), "{path}");
        assert!(!text_of(children(feed, "author")[0], "name").is_empty());
        let links = children(feed, "link");
        let rel = |rel: &str| {
            links
                .iter()
                .find(|l| l.attribute("rel") == Some(rel))
                .and_then(|l| l.attribute("href"))
                .unwrap_or_else(|| panic!("{path} has no {rel} link"))
                .to_owned()
        };
        assert_eq!(rel("self"), format!("{BASE}{path}"));
        assert!(file_of(&out, &rel("alternate")).is_file(), "{path}");
        let entries = children(feed, "entry");
        assert!(!entries.is_empty(), "{path} is empty");
        if expected > 0 {
            assert_eq!(entries.len(), expected, "{path}");
        }
        let mut published = Vec::new();
        for entry in entries {
            let id = text_of(entry, "id");
            assert!(file_of(&out, &id).is_file(), "{path}: {id}");
            assert!(!text_of(entry, "title").is_empty());
            assert!(is_rfc3339(&text_of(entry, "updated")));
            let link = children(entry, "link");
            assert_eq!(link[0].attribute("href"), Some(id.as_str()));
            let date = text_of(entry, "published");
            assert!(is_rfc3339(&date));
            published.push(date);
        }
        let mut newest_first = published.clone();
        newest_first.sort_by(|a, b| b.cmp(a));
        assert_eq!(published, newest_first, "{path}");
    }
    // The pages they follow announce them in their head.
    let listing = std::fs::read_to_string(out.join("vrijwilligerswerk/index.html")).unwrap();
    assert!(
        listing.contains("href=/sociale-kaart/vrijwilligerswerk/atom.xml")
            && listing.contains("type=application/atom+xml"),
        "no feed link in the head"
    );
    let area = std::fs::read_to_string(out.join("wijken/noord/index.html")).unwrap();
    assert!(area.contains("href=/sociale-kaart/wijken/noord/atom.xml"));
}

#[test]
fn markup_in_content_stays_text_in_the_feeds_and_the_sitemap() {
    let site = TempSite::demo();
    let file = "content/volunteering/maatje.md";
    let text = std::fs::read_to_string(site.root.join(file)).unwrap();
    let title = text.lines().find(|l| l.starts_with("title:")).unwrap();
    site.write(
        file,
        &text.replace(
            title,
            "title: \"Maatje <b>&amp;</b> ]]> </feed> \\u0001 'gezocht'\"",
        ),
    );
    let result = site.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let feed = std::fs::read_to_string(site.out.join("vrijwilligerswerk/atom.xml")).unwrap();
    let doc = roxmltree::Document::parse(&feed).expect("well-formed");
    let titles: Vec<String> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "entry")
        .map(|e| text_of(e, "title"))
        .collect();
    assert!(
        titles.contains(&"Maatje <b>&amp;</b> ]]> </feed>  'gezocht'".to_owned()),
        "{titles:?}"
    );
    roxmltree::Document::parse(&std::fs::read_to_string(site.out.join("sitemap.xml")).unwrap())
        .expect("well-formed");
}

#[test]
fn a_sitemap_or_robots_txt_of_the_site_s_own_is_kept() {
    let site = TempSite::demo();
    site.write("static/robots.txt", "User-agent: *\nDisallow: /\n");
    let result = site.build();
    assert!(result.status.success(), "{}", stderr(&result));
    assert_eq!(
        std::fs::read_to_string(site.out.join("robots.txt")).unwrap(),
        "User-agent: *\nDisallow: /\n"
    );
    assert!(site.out.join("sitemap.xml").is_file());
}
