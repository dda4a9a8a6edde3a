//! What `static/` may publish: files that cannot run script on the site's address.
//!
//! The pages carry their Content-Security-Policy in a `<meta>` element, which covers
//! nothing but the page itself. A file opened by its own address is a document of its
//! own: an SVG with `<script>` or `onload`, an HTML page, or an XML file with an XHTML
//! `<script>` in it runs that script in the site's origin. So every file of `static/`
//! (the site's and the theme's) passes here before it is published:
//!
//! - an SVG is read by an SVG filter made for untrusted files (`svg-hush`) and written
//!   anew from an allowlist of drawing elements and attributes: no script, no event
//!   handler, no `foreignObject`, no link or reference to another host, no `data:` or
//!   `javascript:` address;
//! - an XML file (a sitemap, a feed) is published as it is when it holds no element of
//!   a language that runs script (XHTML, SVG, XSLT) and no style sheet but CSS;
//! - a web page (`.html`, `.xhtml`, ...) or a compressed SVG is refused, except the
//!   editors' page `buurtgids cms` writes.
//!
//! A file is never published half-checked: what cannot be read is refused with its line,
//! its column and what to do. This module never writes a file; it says what to publish.

use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Text;
use crate::t;

/// Extensions that static hosts serve as a web page (`text/html`,
/// `application/xhtml+xml`): such a page runs its own script.
const PAGES: [&str; 7] = ["html", "htm", "xhtml", "xht", "shtml", "mht", "mhtml"];

/// Extensions that hosts serve as XML (`application/xml`, `+xml`), which a browser shows
/// as a document, running any XHTML or SVG script in it.
const XML: [&str; 9] = [
    "xml", "xsl", "xslt", "rss", "atom", "rdf", "xsd", "kml", "gpx",
];

/// Namespaces whose elements can run script when a browser opens an XML document.
const SCRIPTED: [(&str, &str); 3] = [
    ("http://www.w3.org/1999/xhtml", "HTML"),
    ("http://www.w3.org/2000/svg", "SVG"),
    ("http://www.w3.org/1999/XSL/Transform", "XSLT"),
];

/// The lower-case extension of a path, if it has one.
fn extension(name: &str) -> Option<String> {
    let file = name.rsplit('/').next().unwrap_or(name);
    file.rsplit_once('.')
        .filter(|(stem, _)| !stem.is_empty())
        .map(|(_, ext)| ext.to_ascii_lowercase())
}

/// What is published for the static file `name` (its path in the output) with `bytes`:
/// `Ok(None)` to publish the file as it is, `Ok(Some(bytes))` to publish those bytes
/// instead, or the problem that keeps it off the site. `shown` names the file in the
/// diagnostic.
pub(crate) fn check(name: &str, bytes: &[u8], shown: &str) -> Result<Option<Vec<u8>>, Diagnostic> {
    let Some(ext) = extension(name) else {
        return Ok(None);
    };
    match ext.as_str() {
        "svg" => clean_svg(bytes, shown).map(Some),
        "svgz" => {
            Err(Diagnostic::error(shown, Pos::UNKNOWN, t!("svgz")).with_help(t!("svgz-help")))
        }
        ext if PAGES.contains(&ext) => {
            if crate::cms::is_admin_page(name, bytes) {
                return Ok(None);
            }
            Err(Diagnostic::error(shown, Pos::UNKNOWN, t!("static-page"))
                .with_help(t!("static-page-help")))
        }
        ext if XML.contains(&ext) => check_xml(bytes, shown).map(|()| None),
        _ => Ok(None),
    }
}

/// The line and column of a byte offset in `text`, 1-based, columns in characters.
fn pos_of(text: &str, offset: usize) -> Pos {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Pos::new(line as u32, column as u32)
}

/// Parses `bytes` as XML, or says where it stops being XML.
fn parse_xml<'a>(
    text: &'a str,
    shown: &str,
    help: fn() -> Text,
) -> Result<roxmltree::Document<'a>, Diagnostic> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..roxmltree::ParsingOptions::default()
    };
    roxmltree::Document::parse_with_options(text, options).map_err(|err| {
        let at = err.pos();
        Diagnostic::error(
            shown,
            Pos::new(at.row, at.col),
            t!("not-xml", reason = err.to_string()),
        )
        .with_help(help())
    })
}

fn utf8<'a>(bytes: &'a [u8], shown: &str, help: fn() -> Text) -> Result<&'a str, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|err| {
        let text = String::from_utf8_lossy(&bytes[..err.valid_up_to()]);
        Diagnostic::error(shown, pos_of(&text, text.len()), t!("static-not-utf8")).with_help(help())
    })
}

fn svg_help() -> Text {
    t!("svg-help")
}

/// The SVG written anew without anything that runs or loads from elsewhere.
fn clean_svg(bytes: &[u8], shown: &str) -> Result<Vec<u8>, Diagnostic> {
    // svg-hush reads any encoding its declaration names; the check for well-formed XML
    // first gives the editor a line and a column.
    let text = utf8(bytes, shown, svg_help)?;
    parse_xml(text, shown, svg_help)?;
    let filter = svg_hush::Filter::new();
    let mut out = Vec::with_capacity(bytes.len());
    filter.filter(text.as_bytes(), &mut out).map_err(|err| {
        Diagnostic::error(
            shown,
            Pos::UNKNOWN,
            t!("svg-nothing-safe", reason = err.to_string()),
        )
        .with_help(svg_help())
    })?;
    verify_svg(&out, shown)?;
    Ok(out)
}

/// Checks what the filter wrote, as a second line of defence: only SVG elements, none
/// that runs script, no event handler, and no attribute value that is an address with a
/// scheme (`javascript:`, `data:`, `https:`) or of another host. The filter leaves some
/// harmless text of that kind (an animation's `values` without the attribute it would
/// have animated); a picture with such text is refused rather than published.
fn verify_svg(out: &[u8], shown: &str) -> Result<(), Diagnostic> {
    let refuse = |what: Text| {
        Diagnostic::error(shown, Pos::UNKNOWN, t!("svg-unsafe", what = what))
            .with_help(t!("svg-unsafe-help"))
    };
    let text = std::str::from_utf8(out).map_err(|_| refuse(t!("svg-not-utf8")))?;
    let doc = roxmltree::Document::parse(text)
        .map_err(|e| refuse(t!("svg-broken", reason = e.to_string())))?;
    for node in doc.descendants().filter(|n| n.is_element()) {
        let tag = node.tag_name();
        if tag.namespace() != Some("http://www.w3.org/2000/svg")
            || matches!(
                tag.name(),
                "script" | "foreignObject" | "iframe" | "handler"
            )
        {
            return Err(refuse(t!("svg-element", name = tag.name())));
        }
        if tag.name() == "style" && node.text().is_some_and(foreign_url) {
            return Err(refuse(t!("svg-foreign-style")));
        }
        for a in node.attributes() {
            // An address, or a list of them that an animation steps through.
            let address = matches!(a.name(), "href" | "src" | "values" | "from" | "to" | "by")
                && a.value().split(';').any(foreign);
            if a.name().starts_with("on") || address || foreign_url(a.value()) {
                return Err(refuse(Text::foreign(format!(
                    "`{}=\"{}\"`",
                    a.name(),
                    a.value()
                ))));
            }
        }
    }
    Ok(())
}

/// Whether an address leaves the site or runs script: it has a scheme (`javascript:`,
/// `data:`, `https:`) or names a host (`//host/`, `\\host\`). Spaces and control characters, which
/// browsers skip in a scheme, are skipped here too.
fn foreign(address: &str) -> bool {
    let squeezed: String = address
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    let mut start = squeezed.chars().take(2);
    let host = start
        .next()
        .zip(start.next())
        .is_some_and(|(a, b)| matches!(a, '/' | '\\') && matches!(b, '/' | '\\'));
    host || squeezed.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
    })
}

/// Whether CSS (a style sheet, or a `fill` or `style` value) has a `url(...)` that is
/// [`foreign`].
fn foreign_url(css: &str) -> bool {
    let lower = css.to_ascii_lowercase();
    lower.match_indices("url(").any(|(at, _)| {
        let inside = &lower[at + 4..];
        let end = inside.find(')').unwrap_or(inside.len());
        foreign(inside[..end].trim().trim_matches(['"', '\'']))
    })
}

fn xml_help() -> Text {
    t!("xml-help")
}

/// An XML file may be published when nothing in it runs as script in a browser.
fn check_xml(bytes: &[u8], shown: &str) -> Result<(), Diagnostic> {
    let text = utf8(bytes, shown, xml_help)?;
    let doc = parse_xml(text, shown, xml_help)?;
    for node in doc.descendants() {
        let at = || pos_of(text, node.range().start);
        if let Some(pi) = node.pi() {
            let css = pi
                .value
                .is_some_and(|v| v.contains("type=\"text/css\"") || v.contains("type='text/css'"));
            if pi.target.eq_ignore_ascii_case("xml-stylesheet") && !css {
                return Err(
                    Diagnostic::error(shown, at(), t!("xml-stylesheet")).with_help(xml_help())
                );
            }
        }
        if !node.is_element() {
            continue;
        }
        let namespaces = std::iter::once(node.tag_name().namespace())
            .chain(node.attributes().map(|a| a.namespace()))
            .flatten();
        for ns in namespaces {
            if let Some((_, language)) = SCRIPTED.iter().find(|(uri, _)| *uri == ns) {
                return Err(Diagnostic::error(
                    shown,
                    at(),
                    t!("xml-scripted", language = *language),
                )
                .with_help(xml_help()));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaned(svg: &str) -> String {
        let out = check("images/x.svg", svg.as_bytes(), "static/images/x.svg")
            .unwrap()
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn an_svg_keeps_its_drawing_and_loses_what_runs() {
        let out = cleaned(
            r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
<script>alert(document.domain)</script>
<circle cx="5" cy="5" r="4" fill="#0b5394" onclick="alert(2)"/>
<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(3)"/></body></foreignObject>
<a href="javascript:alert(4)"><text x="1" y="9">klik</text></a>
<image href="https://tracker.example/pixel.png" width="1" height="1"/>
<image xlink:href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" width="1" height="1"/>
<set attributeName="onmouseover" to="alert(5)"/>
<style>@import url(https://evil.example/x.css); circle { fill: url(https://evil.example/#g) }</style>
</svg>"##,
        );
        let lower = out.to_ascii_lowercase();
        for gone in [
            "<script",
            "onload",
            "onclick",
            "onerror",
            "foreignobject",
            "javascript:",
            "tracker.example",
            "url(https",
            "data:",
            "onmouseover",
            "@import",
        ] {
            assert!(!lower.contains(gone), "`{gone}` in {out}");
        }
        assert!(out.contains("<circle"), "{out}");
        assert!(out.contains("klik"), "{out}");
    }

    #[test]
    fn an_svg_with_script_text_the_filter_leaves_is_refused() {
        let err = check(
            "images/x.svg",
            br#"<svg xmlns="http://www.w3.org/2000/svg"><a><animate attributeName="href" values="javascript:alert(6)"/></a></svg>"#,
            "static/images/x.svg",
        )
        .unwrap_err();
        assert!(
            err.message.contains("javascript:alert(6)"),
            "{}",
            err.message
        );
    }

    #[test]
    fn an_svg_that_is_not_xml_is_refused_at_its_line() {
        let err = check(
            "images/x.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\">\n<circle r=\"1\">\n</svg>",
            "static/images/x.svg",
        )
        .unwrap_err();
        assert_eq!((err.line, err.file.as_str()), (3, "static/images/x.svg"));
        assert!(err.help.unwrap().contains("sla hem opnieuw op"));
    }

    #[test]
    fn web_pages_and_compressed_svgs_are_refused() {
        for name in ["x.html", "a/b.HTM", "x.xhtml", "x.shtml", "x.svgz"] {
            assert!(check(name, b"<p>hoi</p>", name).is_err(), "{name}");
        }
    }

    #[test]
    fn xml_that_could_run_script_is_refused_and_a_sitemap_is_kept() {
        let sitemap = br#"<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://example.org/</loc></url></urlset>"#;
        assert_eq!(
            check("sitemap.xml", sitemap, "static/sitemap.xml"),
            Ok(None)
        );
        let styled = b"<?xml-stylesheet type=\"text/css\" href=\"feed.css\"?><feed/>";
        assert_eq!(check("feed.atom", styled, "static/feed.atom"), Ok(None));
        for (bad, line) in [
            (
                "<a>\n<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script></a>",
                2,
            ),
            (
                "<a><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/></a>",
                1,
            ),
            (
                "<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>\n<a/>",
                1,
            ),
            (
                "<a><b x:onload=\"1\" xmlns:x=\"http://www.w3.org/1999/xhtml\"/></a>",
                1,
            ),
        ] {
            let err = check("x.xml", bad.as_bytes(), "static/x.xml").unwrap_err();
            assert_eq!(err.line, line, "{bad}: {err:?}");
        }
    }

    #[test]
    fn other_files_are_published_as_they_are() {
        for name in ["flyer.pdf", "images/foto.jpg", "robots.txt", "LICENSE"] {
            assert_eq!(check(name, b"<script>", name), Ok(None), "{name}");
        }
    }
}
