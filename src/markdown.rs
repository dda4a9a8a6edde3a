//! Markdown bodies to safe HTML.
//!
//! pulldown-cmark renders CommonMark (with tables and strikethrough); ammonia then keeps
//! only an allowlist of tags and attributes, so HTML in content can never run script in
//! a resident's browser. A `#` heading becomes `<h2>`: the entry's title is the page's
//! only `<h1>`.
//!
//! Addresses in a body follow the site wherever it is hosted: a link written from the
//! site's root (`/activiteiten/`) and a picture's path (`images/zaal.jpg`, a file in
//! `static/`) get the site's base path. [`pictures`] lists a body's pictures with where
//! they are, so the build can check that each one is a file of the site.

use std::borrow::Cow;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

/// Renders a Markdown body to sanitised HTML. `base_path` is the site's path on its host
/// (`/` or `/sociale-kaart/`).
pub fn render(source: &str, base_path: &str) -> String {
    render_with(source, Paths::one(base_path), &|_| None)
}

/// Where a body's site addresses go: files (pictures, a PDF in `static/`) under the
/// site's path, pages under the path of the page's language (`/sociale-kaart/en/`).
#[derive(Debug, Clone, Copy)]
pub struct Paths<'a> {
    pub files: &'a str,
    pub pages: &'a str,
}

impl<'a> Paths<'a> {
    /// The paths of a site in one language, or of its main language.
    pub fn one(base_path: &'a str) -> Self {
        Paths {
            files: base_path,
            pages: base_path,
        }
    }
}

/// A picture of a body made for the page: the 1x file (in the output, without the base
/// path), the `srcset` (with it), and the 1x size.
#[derive(Debug, Clone)]
pub struct Sized {
    pub src: String,
    pub srcset: String,
    /// The same sizes as WebP (with the base path), for the `<source>` of a `<picture>`.
    pub webp_srcset: String,
    pub width: u32,
    pub height: u32,
}

/// What the theme says about a body picture's width: the text column, at most 640 pixels.
pub const SIZES: &str = "(max-width: 42rem) calc(100vw - 2rem), 640px";

/// As [`render`], with the pictures `sized` knows (by their address in the body) shown
/// in their made sizes, with `srcset`, `sizes`, `width` and `height`.
pub fn render_with(source: &str, paths: Paths, sized: &dyn Fn(&str) -> Option<Sized>) -> String {
    if source.trim().is_empty() {
        return String::new();
    }
    let mut events = Vec::new();
    // A picture being read: its made sizes and its description so far.
    let mut picture: Option<(Sized, String, usize)> = None;
    for event in Parser::new_ext(source, OPTIONS) {
        if let Some((made, alt, depth)) = &mut picture {
            match event {
                Event::Start(Tag::Image { .. }) => *depth += 1,
                Event::End(TagEnd::Image) if *depth > 0 => *depth -= 1,
                Event::End(TagEnd::Image) => {
                    events.push(Event::Html(
                        format!(
                            "<picture><source type=\"image/webp\" srcset=\"{}\" sizes=\"{SIZES}\"><img src=\"{}\" srcset=\"{}\" sizes=\"{SIZES}\" width=\"{}\" height=\"{}\" alt=\"{}\"></picture>",
                            escape(&made.webp_srcset),
                            escape(&made.src),
                            escape(&made.srcset),
                            made.width,
                            made.height,
                            escape(alt)
                        )
                        .into(),
                    ));
                    picture = None;
                }
                Event::Text(text) | Event::Code(text) => alt.push_str(&text),
                _ => {}
            }
            continue;
        }
        events.push(match event {
            Event::Start(Tag::Image { ref dest_url, .. }) => match sized(dest_url) {
                Some(made) => {
                    picture = Some((made, String::new(), 0));
                    continue;
                }
                None => event,
            },
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
    }
    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    sanitise(&html, paths)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Keeps the HTML editors need (links, lists, emphasis, headings, tables, images with alt)
/// and drops everything else, including script, event handlers and `javascript:` URLs.
/// Site addresses get the base path (see [`site_address`]).
fn sanitise(html: &str, paths: Paths) -> String {
    let base = paths.files.to_owned();
    let pages = paths.pages.to_owned();
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .add_tags(["picture", "source"])
        .add_tag_attributes("img", ["srcset", "sizes"])
        .add_tag_attributes("source", ["srcset", "sizes", "type"])
        .attribute_filter(move |element, attribute, value| {
            // A picture path that climbs out of `static/` is not shown at all.
            if (element, attribute) == ("img", "src") && value.split(['/', '\\']).any(|p| p == "..")
            {
                return None;
            }
            // Only the build's own sizes: files of this site below its base path.
            if matches!(element, "img" | "source") && attribute == "srcset" {
                let ours = value.split(',').all(|candidate| {
                    let url = candidate.trim().split(' ').next().unwrap_or_default();
                    url.starts_with(base.as_str())
                        && on_this_site(url)
                        && !url.split(['/', '\\']).any(|p| p == "..")
                });
                return ours.then_some(Cow::Borrowed(value));
            }
            Some(
                match site_address(
                    element,
                    attribute,
                    value,
                    Paths {
                        files: &base,
                        pages: &pages,
                    },
                ) {
                    Some(address) => Cow::Owned(address),
                    None => Cow::Borrowed(value),
                },
            )
        })
        .clean(html)
        .to_string()
}

/// The address on this site of a link written from the site's root (`/agenda/`) or of a
/// picture in `static/` (`images/zaal.jpg` or `/images/zaal.jpg`); `None` for anything
/// else (other sites, `mailto:`, relative links, anchors), which stays as written. A link
/// to a page goes to that page in the body's language; a link to a file (a name with an
/// extension, `/folders/rooster.pdf`) and a picture go to the one file all share.
fn site_address(element: &str, attribute: &str, value: &str, paths: Paths) -> Option<String> {
    let from_root = value.starts_with('/') && !value.starts_with("//");
    let path = value.trim_start_matches('/');
    match (element, attribute) {
        ("img", "src") if !value.is_empty() && on_this_site(value) => {
            Some(format!("{}{path}", paths.files))
        }
        ("a", "href") if from_root => {
            let name = path.split(['?', '#']).next().unwrap_or_default();
            let file = name
                .rsplit('/')
                .next()
                .is_some_and(|last| last.contains('.'));
            Some(format!(
                "{}{path}",
                if file { paths.files } else { paths.pages }
            ))
        }
        _ => None,
    }
}

/// Whether an address is a path on this site: no scheme (`https:`, `data:`) and not
/// protocol-relative (`//host/x`).
pub fn on_this_site(address: &str) -> bool {
    !address.starts_with("//") && !has_scheme(address)
}

/// Whether an address starts with a scheme (`https:`, `mailto:`, `data:`).
fn has_scheme(address: &str) -> bool {
    match address.find(':') {
        Some(colon) => !address[..colon].contains(['/', '?', '#']),
        None => false,
    }
}

/// The addresses a Markdown body links to (`[text](address)`), in order.
pub fn links(source: &str) -> Vec<String> {
    Parser::new_ext(source, OPTIONS)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect()
}

/// A picture in a Markdown body (`![alt](src)`).
#[derive(Debug, PartialEq)]
pub struct Picture {
    pub src: String,
    pub alt: String,
    /// Byte offset of the `![` in the body.
    pub offset: usize,
}

/// The pictures of a Markdown body, in order.
pub fn pictures(source: &str) -> Vec<Picture> {
    let mut found: Vec<Picture> = Vec::new();
    let mut depth = 0;
    for (event, range) in Parser::new_ext(source, OPTIONS).into_offset_iter() {
        match event {
            Event::Start(Tag::Image { dest_url, .. }) => {
                if depth == 0 {
                    found.push(Picture {
                        src: dest_url.into_string(),
                        alt: String::new(),
                        offset: range.start,
                    });
                }
                depth += 1;
            }
            Event::End(TagEnd::Image) => depth -= 1,
            Event::Text(text) | Event::Code(text) if depth > 0 => {
                if let Some(last) = found.last_mut() {
                    last.alt.push_str(&text);
                }
            }
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_start_below_the_title() {
        assert_eq!(render("# Welkom", "/").trim(), "<h2>Welkom</h2>");
    }

    #[test]
    fn site_addresses_get_the_base_path() {
        let html = render(
            "[Agenda](/agenda/) [ander](https://example.org/x) [hier](#kop) [mail](mailto:a@b.nl) \
             ![Zaal](images/zaal.jpg) ![Deur](/images/deur.jpg)\n\n<img src=\"images/raw.jpg\" alt=\"r\">",
            "/sub/",
        );
        assert!(html.contains(r#"href="/sub/agenda/""#), "{html}");
        assert!(html.contains(r#"href="https://example.org/x""#), "{html}");
        assert!(html.contains(r##"href="#kop""##), "{html}");
        assert!(html.contains(r#"href="mailto:a@b.nl""#), "{html}");
        assert!(html.contains(r#"src="/sub/images/zaal.jpg""#), "{html}");
        assert!(html.contains(r#"src="/sub/images/deur.jpg""#), "{html}");
        assert!(html.contains(r#"src="/sub/images/raw.jpg""#), "{html}");
        let out = render("![Weg](../../etc/passwd)", "/sub/");
        assert!(
            !out.contains("passwd") && out.contains("alt=\"Weg\""),
            "{out}"
        );
    }

    #[test]
    fn pictures_are_listed_with_their_alt_and_place() {
        let body = "Tekst.\n\n![Een *zonnige* zaal](images/zaal.jpg) en ![](x.png)";
        let found = pictures(body);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].src, "images/zaal.jpg");
        assert_eq!(found[0].alt, "Een zonnige zaal");
        assert_eq!(&body[found[0].offset..found[0].offset + 2], "![");
        assert_eq!(found[1].alt, "");
    }

    #[test]
    fn schemes_are_told_from_paths() {
        assert!(has_scheme("https://x.nl/a.jpg"));
        assert!(has_scheme("data:image/png;base64,xx"));
        assert!(!has_scheme("images/a:b.jpg"));
        assert!(!has_scheme("images/zaal.jpg"));
        assert!(!on_this_site("//tracker.example/l.png"));
        assert!(on_this_site("/images/zaal.jpg"));
    }

    #[test]
    fn script_and_javascript_links_are_removed() {
        let html = render(
            "<script>alert(1)</script>\n\n[klik](javascript:alert(1))\n\n<img src=x onerror=alert(1)>",
            "/",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("href=\"javascript"), "{html}");
        assert!(html.contains("klik"), "the link text stays: {html}");
        assert!(!html.contains("onerror"), "{html}");
    }
}
