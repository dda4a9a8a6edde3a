//! Markdown bodies to safe HTML.
//!
//! pulldown-cmark renders CommonMark (with tables and strikethrough); ammonia then keeps
//! only an allowlist of tags and attributes, so HTML in content can never run script in
//! a resident's browser. A `#` heading becomes `<h2>`: the entry's title is the page's
//! only `<h1>`.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

pub fn render(source: &str) -> String {
    if source.trim().is_empty() {
        return String::new();
    }
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(source, options).map(|event| match event {
        Event::Start(Tag::Heading {
            level: HeadingLevel::H1,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: HeadingLevel::H2,
            id,
            classes,
            attrs,
        }),
        Event::End(TagEnd::Heading(HeadingLevel::H1)) => {
            Event::End(TagEnd::Heading(HeadingLevel::H2))
        }
        other => other,
    });
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    sanitise(&html)
}

/// Keeps the HTML editors need (links, lists, emphasis, headings, tables, images with alt)
/// and drops everything else, including script, event handlers and `javascript:` URLs.
pub fn sanitise(html: &str) -> String {
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_start_below_the_title() {
        assert_eq!(render("# Welkom").trim(), "<h2>Welkom</h2>");
    }

    #[test]
    fn script_and_javascript_links_are_removed() {
        let html = render(
            "<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n\n<img src=x onerror=alert(1)>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(html.contains("klik"), "the link text stays: {html}");
        assert!(!html.contains("onerror"), "{html}");
    }
}
