//! The default theme on the built demo: filtered listings, the accessibility statement
//! and privacy page from site.toml, and what every page carries (checked in the HTML;
//! the browser suite in tests/browser checks the same pages in Chromium).

use std::path::Path;

use crate::util::built_demo;

fn page(out: &Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path).join("index.html"))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The titles of the cards on a listing page.
fn card_titles(html: &str) -> Vec<String> {
    html.split("class=card-title>")
        .skip(1)
        .map(|rest| {
            let start = rest.find('>').unwrap() + 1;
            let end = rest.find("</a>").unwrap();
            rest[start..end].to_owned()
        })
        .collect()
}

#[test]
fn listings_have_filter_pages_per_area_category_audience_and_cost() {
    let (_dir, out) = built_demo();
    let all = page(&out, "activiteiten");
    for link in [
        "/sociale-kaart/activiteiten/in/de-akkers/",
        "/sociale-kaart/activiteiten/gratis/",
        "/sociale-kaart/activiteiten/onderwerp/ontmoeten/",
        "/sociale-kaart/activiteiten/voor/ouderen/",
    ] {
        assert!(all.contains(link), "the listing links to {link}");
    }
    // Free only: every card says "Gratis", and there are fewer than on the listing.
    let free = page(&out, "activiteiten/gratis");
    let free_cards = card_titles(&free);
    assert!(!free_cards.is_empty() && free_cards.len() < card_titles(&all).len());
    assert_eq!(free.matches("class=free>Gratis").count(), free_cards.len());
    // Per area: the area's own activity is there, one only in another area is not.
    let akkers = card_titles(&page(&out, "activiteiten/in/de-akkers"));
    assert!(
        akkers.iter().any(|t| t == "Repair Café De Akkers"),
        "{akkers:?}"
    );
    assert!(
        !akkers.iter().any(|t| t == "Fietsgroep Oudeweer"),
        "{akkers:?}"
    );
    // The current filter is marked for screen readers.
    let akkers_html = page(&out, "activiteiten/in/de-akkers");
    assert!(
        akkers_html
            .split("<a ")
            .any(|tag| tag.contains("aria-current=page") && tag.contains("/in/de-akkers/>")),
        "the current filter has aria-current"
    );
    assert!(akkers_html.contains("<h1>Activiteiten in De Akkers</h1>"));
    // Audience and category pages exist for services too.
    assert!(out.join("hulp/voor/ouderen/index.html").is_file());
    // No page for a filter with nothing in it.
    assert!(!out.join("organisaties/gratis").exists());
}

#[test]
fn the_accessibility_statement_and_privacy_page_come_from_site_toml() {
    let (_dir, out) = built_demo();
    let statement = page(&out, "toegankelijkheid");
    for part in [
        "<h1>Toegankelijkheidsverklaring</h1>",
        "B: Voldoet gedeeltelijk",
        "15 september 2026",
        "Stichting Toegankelijk Lindewaard",
        "1 maart 2027",
        "binnen 5 werkdagen",
        "Nationale ombudsman",
        "1 oktober 2026",
        "het college van burgemeester en wethouders van Lindewaard",
        "href=tel:140543",
    ] {
        assert!(statement.contains(part), "the statement lacks {part:?}");
    }
    let privacy = page(&out, "privacy");
    assert!(privacy.contains("geen cookies"));
    assert!(privacy.contains("Geen andere bedrijven"));
}

#[test]
fn every_page_has_one_h1_a_skip_link_the_csp_and_the_footer_links() {
    let (_dir, out) = built_demo();
    let mut checked = 0;
    for entry in walkdir::WalkDir::new(&out) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = std::fs::read_to_string(entry.path()).unwrap();
        let name = entry
            .path()
            .strip_prefix(&out)
            .unwrap()
            .display()
            .to_string();
        // The demo is in Dutch, in English under `en/` and in Arabic, right to left,
        // under `ar/`.
        let (lang, dir, folder) = if name.starts_with("en/") {
            ("en", "ltr", "en/")
        } else if name.starts_with("ar/") {
            ("ar", "rtl", "ar/")
        } else {
            ("nl", "ltr", "")
        };
        assert!(
            html.starts_with(&format!("<!doctype html><html dir={dir} lang={lang}>")),
            "{name}: lang"
        );
        assert_eq!(html.matches("<h1").count(), 1, "{name}: one h1");
        assert!(
            html.contains("class=skip-link href=#main"),
            "{name}: skip link"
        );
        assert!(html.contains("<main id=main"), "{name}: main landmark");
        assert!(
            html.contains("Content-Security-Policy")
                && html.contains("default-src 'self'")
                && !html.contains("unsafe-inline"),
            "{name}: a strict Content-Security-Policy"
        );
        assert!(
            html.contains(&format!("/sociale-kaart/{folder}toegankelijkheid/"))
                && html.contains(&format!("/sociale-kaart/{folder}privacy/"))
                && html.contains("mailto:redactie@example.org"),
            "{name}: help, statement and privacy in the footer"
        );
        // Nothing is loaded from another host: every src is on this site.
        for src in html.split(" src=").skip(1) {
            assert!(
                src.starts_with("/sociale-kaart/"),
                "{name}: src={}",
                &src[..40.min(src.len())]
            );
        }
        assert!(
            !html.contains("<script>") && !html.contains(" style="),
            "{name}: inline code"
        );
        checked += 1;
    }
    assert!(checked > 150, "only {checked} pages");
}

#[test]
fn an_entry_page_says_when_where_cost_for_whom_and_how_to_report_a_mistake() {
    let (_dir, out) = built_demo();
    let html = page(&out, "activiteiten/koffieochtend-de-linde");
    for part in [
        "Elke dinsdag",
        "Buurthuis De Linde",
        "Route plannen",
        "https://www.openstreetmap.org/",
        "class=free>Gratis",
        "Rolstoeltoegankelijk: ja",
        "Laatst gecontroleerd op",
        "mailto:redactie@example.org?subject=Fout%20gemeld%3A%20Koffieochtend",
        "https%3A%2F%2Fwww.lindewaard.example.org%2Fsociale-kaart%2Factiviteiten%2Fkoffieochtend-de-linde%2F",
    ] {
        assert!(html.contains(part), "the entry page lacks {part:?}");
    }
}

#[test]
fn dutch_and_english_interface_text_have_the_same_keys() {
    let keys = |lang: &str| -> Vec<String> {
        let path = crate::util::repo().join(format!("themes/default/i18n/{lang}.toml"));
        let table: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
        table.keys().cloned().collect()
    };
    assert_eq!(keys("nl"), keys("en"));
}

#[test]
fn assets_have_gzip_copies_of_the_same_bytes() {
    use std::io::Read as _;
    let (_dir, out) = built_demo();
    let (mut copies, mut feeds, mut machine) = (0, 0, 0);
    for entry in walkdir::WalkDir::new(&out) {
        let path = entry.unwrap().into_path();
        let Some(plain) = path.to_str().and_then(|p| p.strip_suffix(".gz")) else {
            continue;
        };
        let mut unpacked = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
            .read_to_end(&mut unpacked)
            .unwrap();
        assert_eq!(
            unpacked,
            std::fs::read(plain).unwrap(),
            "{}",
            path.display()
        );
        if plain.ends_with(".ics") {
            feeds += 1;
        } else if [".xml", ".txt", ".json", ".csv"]
            .iter()
            .any(|e| plain.ends_with(e))
        {
            machine += 1;
        } else {
            copies += 1;
        }
    }
    // The two style sheets (the page's, and the one for browsers without JavaScript) and
    // the two scripts; the search index is compressed already.
    assert_eq!(copies, 4);
    // The calendar feeds of the site and of its 7 areas, in each of the demo's three
    // languages.
    assert_eq!(feeds, 3 * 8);
    // sitemap.xml, robots.txt and, in each language, the Atom feeds of two kinds and of
    // the 7 areas; the HSDS export is downloaded, not browsed, and has no copies.
    assert_eq!(machine, 2 + 3 * 9);
    let search = page(&out, "zoeken");
    assert!(search.contains("data-index=/sociale-kaart/zoeken/"));
    assert!(search.contains("/meta.bin"));
}
