//! QR codes of page addresses, for paper: a printed entry or area page carries one, so a
//! handout on a notice board leads back to the page as it is today.
//!
//! The `fast_qr` crate makes the code; this module writes it as a small inline SVG: one
//! path of the dark modules, a run of modules in a row as one rectangle, with the quiet
//! zone of four modules scanners need.

use std::fmt::Write as _;

use fast_qr::{ECL, QRBuilder};

/// The modules of light border around the code.
const QUIET: usize = 4;

/// An inline SVG of a QR code of `text`, named `label` for those who cannot see it.
/// `None` only when the text is too long for a QR code (thousands of characters).
pub(crate) fn svg(text: &str, label: &str) -> Option<String> {
    // Level M: a printout that is a little creased or smudged still scans.
    let code = QRBuilder::new(text.as_bytes()).ecl(ECL::M).build().ok()?;
    let width = code.size;
    let size = width + 2 * QUIET;
    let mut path = String::new();
    for y in 0..width {
        let row = &code[y];
        let mut x = 0;
        while x < width {
            if row[x].value() {
                let start = x;
                while x < width && row[x].value() {
                    x += 1;
                }
                let _ = write!(
                    path,
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                );
            } else {
                x += 1;
            }
        }
    }
    Some(format!(
        "<svg class=\"qr-code\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" \
         role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\">\
         <rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>",
        crate::view::escape_html(label)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_one_path_inside_its_quiet_zone() {
        let code = svg("https://example.org/kaart/activiteiten/koffie/", "QR-code").unwrap();
        assert!(code.starts_with("<svg class=\"qr-code\""));
        assert_eq!(code.matches("<path").count(), 1);
        assert!(code.contains("aria-label=\"QR-code\""));
        // Version 3 or 4 for an address like this: 29 or 33 modules and the border.
        assert!(
            code.contains("viewBox=\"0 0 37 37\"") || code.contains("viewBox=\"0 0 41 41\""),
            "{code}"
        );
        assert!(svg("x".repeat(5000).as_str(), "").is_none());
    }
}
