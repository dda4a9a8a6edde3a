//! The QR codes printed entry and area pages carry: read back by an independent decoder
//! (rqrr), each must be the page's own address.

use crate::util::built_demo;

/// The value of attribute `name` in `tag`, quoted or not (the minifier drops quotes
/// where it may).
fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let at = tag.find(&format!(" {name}=")).expect(name) + name.len() + 2;
    let rest = &tag[at..];
    match rest.strip_prefix('"') {
        Some(quoted) => &quoted[..quoted.find('"').unwrap()],
        None => &rest[..rest.find([' ', '>']).unwrap()],
    }
}

/// Draws the code's path (`M{x} {y}h{n}v1h-{n}z`, one run of dark modules each) into a
/// greyscale image, `scale` pixels a module, and decodes it.
fn decode(page: &str) -> String {
    let class = page.find("class=qr-code").expect("a QR code");
    let start = page[..class].rfind("<svg").unwrap();
    let svg = &page[start..start + page[start..].find("</svg>").unwrap()];
    // The HTML parser gives inline SVG its `viewBox` back, however it is written.
    let size: usize = attribute(&svg.replace("viewbox=", "viewBox="), "viewBox")
        .split(' ')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    let path = &svg[svg.find("<path").unwrap()..];
    let d = attribute(path, "d");
    let scale = 6;
    let mut dark = vec![false; size * size];
    for run in d.split('M').filter(|r| !r.is_empty()) {
        let (x, rest) = run.split_once(' ').unwrap();
        let (y, rest) = rest.split_once('h').unwrap();
        let (n, _) = rest.split_once('v').unwrap();
        let (x, y, n): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        for i in x..x + n {
            dark[y * size + i] = true;
        }
    }
    let pixels = size * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(pixels, pixels, |x, y| {
        if dark[(y / scale) * size + x / scale] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one code");
    grids[0].decode().expect("the code decodes").1
}

/// The address of a page's canonical link.
fn canonical(html: &str) -> &str {
    let at = html.find("rel=canonical").unwrap();
    attribute(&html[html[..at].rfind("<link").unwrap()..], "href")
}

#[test]
fn printed_entry_and_area_pages_carry_a_qr_code_of_their_own_address() {
    let (_dir, out) = built_demo();
    for page in [
        "activiteiten/koffieochtend-de-linde/index.html",
        "hulp/buurtbus/index.html",
        "mensen/fatima-el-amrani/index.html",
        "wijken/heikamp/index.html",
    ] {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let canonical = canonical(&html);
        assert!(canonical.starts_with("https://"), "{canonical}");
        assert_eq!(decode(&html), canonical, "{page}");
        // The address is printed in words beside it too.
        assert!(
            html.contains(&format!("<span class=qr-url>{canonical}</span>")),
            "{page}"
        );
    }
    // An area's A4 poster for the notice board: the coming week, its people, and a code
    // of the area's page.
    let poster = std::fs::read_to_string(out.join("wijken/heikamp/poster/index.html")).unwrap();
    let area = std::fs::read_to_string(out.join("wijken/heikamp/index.html")).unwrap();
    assert_eq!(decode(&poster), canonical(&area));
    assert!(poster.contains("<h1>Heikamp</h1>"), "{poster}");
    assert!(
        poster.contains("Jeroen Bakker"),
        "the area's contact person"
    );
    assert!(
        poster.contains("Rummikub en koffie"),
        "an activity of its coming week"
    );
    assert!(
        area.contains("/wijken/heikamp/poster/"),
        "the area page links to it"
    );
    // Listings and the agenda have no code of their own.
    let agenda = std::fs::read_to_string(out.join("agenda/index.html")).unwrap();
    assert!(!agenda.contains("qr-code"));
}
