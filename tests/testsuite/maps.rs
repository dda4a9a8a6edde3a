//! Maps from the areas' boundaries: drawn on the pages that have them and nowhere else,
//! read from the files municipalities have (RD or WGS84, saved on Windows), and every
//! mistake in them, or in a place's position, told with the file and the fix.

use serde_json::Value;

use crate::util::{TODAY, TempSite, built_demo, check_json, run, stderr};

/// The inline SVG maps of a page (the minifier may put the class anywhere in the tag).
fn maps(html: &str) -> Vec<&str> {
    html.match_indices("<svg")
        .map(|(at, _)| &html[at..at + html[at..].find("</svg>").unwrap()])
        .filter(|svg| {
            let tag = &svg[..svg.find('>').unwrap()];
            tag.contains(" class=map ")
                || tag.contains(" class=map>")
                || tag.contains(" class=\"map\"")
        })
        .collect()
}

fn page(out: &std::path::Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path).join("index.html")).unwrap()
}

/// The diagnostics of `check` about one file, but for those about its age (the demo has
/// entries not checked for a while).
fn about<'a>(found: &'a [Value], file: &str) -> Vec<&'a Value> {
    found
        .iter()
        .filter(|d| d["file"] == file && !d["help"].as_str().unwrap_or("").contains("reviewed: "))
        .collect()
}

/// `check` in Dutch, as an editor reads it.
fn check(site: &TempSite) -> (Option<i32>, Vec<Value>) {
    check_json(&site.root, &["--lang", "nl"])
}

#[test]
fn the_demo_draws_its_areas_on_the_home_page_and_each_area_with_its_places() {
    let (_dir, out) = built_demo();
    for path in ["", "wijken"] {
        let html = page(&out, path);
        let found = maps(&html);
        assert_eq!(found.len(), 1, "{path}: one overview map");
        let map = found[0];
        assert!(map.contains("aria-hidden=true"), "{map}");
        for area in [
            "bloemenbuurt",
            "centrum",
            "de-akkers",
            "havenkwartier",
            "heikamp",
            "noord",
            "oudeweer",
        ] {
            assert!(map.contains(&format!("/wijken/{area}/")), "{path}: {area}");
        }
        // Drawn here: nothing is fetched from another host.
        assert!(!map.contains("http"), "{map}");
    }
    let centrum = page(&out, "wijken/centrum");
    let map = maps(&centrum)[0];
    assert!(map.contains("map-current"));
    assert_eq!(
        map.matches("<circle").count(),
        2,
        "two places with a position"
    );
    let list = &centrum[centrum.find("class=map-list").unwrap()..];
    let list = &list[..list.find("</ol>").unwrap()];
    assert_eq!(list.matches("<li>").count(), 2);
    assert!(list.contains("Bibliotheek Lindewaard") && list.contains("Buurthuis De Linde"));
    // Bloemenbuurt has no place with a position: its map says so beside it.
    let bloemen = page(&out, "wijken/bloemenbuurt");
    assert_eq!(maps(&bloemen)[0].matches("<circle").count(), 0);
    assert!(bloemen.contains("Er staan nog geen plekken van deze wijk op de kaart."));
}

#[test]
fn an_area_without_a_boundary_gets_no_map_and_a_site_without_any_none_at_all() {
    let site = TempSite::demo();
    std::fs::remove_file(site.root.join("content/areas/bloemenbuurt.geojson")).unwrap();
    let out = site.build();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(maps(&page(&site.out, "wijken/bloemenbuurt")).is_empty());
    assert!(!page(&site.out, "wijken/bloemenbuurt").contains("map-list"));
    let overview = page(&site.out, "");
    assert!(!maps(&overview)[0].contains("/wijken/bloemenbuurt/"));

    let plain = TempSite::copy_of("valid");
    let out = plain.build();
    assert!(out.status.success(), "{}", stderr(&out));
    for path in ["", "wijken", "wijken/centrum"] {
        assert!(maps(&page(&plain.out, path)).is_empty(), "{path}");
    }
}

#[test]
fn a_broken_boundary_is_an_error_at_its_line_with_the_fix() {
    let site = TempSite::demo();
    site.write(
        "content/areas/heikamp.geojson",
        "{\"type\": \"Polygon\",\n \"coordinates\": [[[5.3, 51.6], [5.4, 51.6]\n",
    );
    let (code, found) = check(&site);
    assert_eq!(code, Some(1));
    let problems = about(&found, "content/areas/heikamp.geojson");
    assert_eq!(problems.len(), 1, "{found:?}");
    let p = problems[0];
    assert_eq!(p["severity"], "error");
    assert_eq!(p["line"], 3);
    assert!(
        p["message"]
            .as_str()
            .unwrap()
            .contains("geen geldige GeoJSON"),
        "{p}"
    );
    assert!(p["help"].as_str().unwrap().contains("QGIS"), "{p}");

    // A line is no area; positions in neither degrees nor RD metres are not read as such.
    site.write(
        "content/areas/heikamp.geojson",
        r#"{"type": "LineString", "coordinates": [[5.3, 51.6], [5.4, 51.6]]}"#,
    );
    let (_, found) = check(&site);
    let message = about(&found, "content/areas/heikamp.geojson")[0]["message"].to_string();
    assert!(message.contains("LineString"), "{message}");
    site.write(
        "content/areas/heikamp.geojson",
        r#"{"type": "Polygon", "coordinates": [[[600000, 51.6], [5.4, 51.6], [5.4, 51.7], [600000, 51.6]]]}"#,
    );
    let (_, found) = check(&site);
    let p = about(&found, "content/areas/heikamp.geojson")[0];
    assert!(p["help"].as_str().unwrap().contains("EPSG:4326"), "{p}");
}

#[test]
fn a_boundary_in_rijksdriehoek_metres_saved_on_windows_is_read() {
    let site = TempSite::demo();
    // Around Dorpshuis Het Heike, in RD metres, with a byte order mark and CRLF.
    let rd = "\u{feff}{\"type\": \"FeatureCollection\",\r\n \"features\": [{\"type\": \"Feature\", \"properties\": {\"statnaam\": \"Heikamp\"},\r\n  \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[151000, 409500], [153000, 409500], [153000, 411500], [151000, 411500], [151000, 409500]]]}}]}\r\n";
    site.write("content/areas/heikamp.geojson", rd);
    let (code, found) = check(&site);
    assert_eq!(code, Some(0), "{found:?}");
    assert!(
        about(&found, "content/areas/heikamp.geojson").is_empty(),
        "{found:?}"
    );
    assert!(
        about(&found, "content/places/dorpshuis-het-heike.md").is_empty(),
        "the place lies inside: {found:?}"
    );
    let out = site.build();
    assert!(out.status.success(), "{}", stderr(&out));
    let heikamp = page(&site.out, "wijken/heikamp");
    assert_eq!(maps(&heikamp)[0].matches("<circle").count(), 1);
}

#[test]
fn a_place_outside_its_area_is_a_warning_that_spots_swapped_coordinates() {
    let site = TempSite::demo();
    let file = "content/places/dorpshuis-het-heike.md";
    let text = std::fs::read_to_string(site.root.join(file)).unwrap();
    let at = |lat: &str, lon: &str| {
        let moved = text
            .replace("lat: 51.6845", &format!("lat: {lat}"))
            .replace("lon: 5.341", &format!("lon: {lon}"));
        site.write(file, &moved);
    };
    // In Oudeweer, on the other side of the town.
    at("51.7115", "5.273");
    let (code, found) = check(&site);
    assert_eq!(code, Some(0), "a warning, not an error");
    let warned = about(&found, file);
    assert_eq!(warned.len(), 1, "{found:?}");
    assert_eq!(warned[0]["severity"], "warning");
    assert!(
        warned[0]["message"]
            .as_str()
            .unwrap()
            .contains("Dorpshuis Het Heike ligt volgens `geo` buiten de grens van Heikamp"),
        "{}",
        warned[0]
    );
    // Latitude and longitude the wrong way round: the fix says which way.
    at("5.341", "51.6845");
    let (_, found) = check(&site);
    let help = about(&found, file)[0]["help"].as_str().unwrap().to_owned();
    assert!(
        help.contains("omgewisseld") && help.contains("lat: 51.6845"),
        "{help}"
    );
    // The built area page leaves the place off its map.
    let out = site.build();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        maps(&page(&site.out, "wijken/heikamp"))[0]
            .matches("<circle")
            .count(),
        0
    );
}

#[test]
fn a_boundary_without_its_area_or_outside_the_areas_folder_is_a_warning() {
    let site = TempSite::demo();
    let boundary =
        std::fs::read_to_string(site.root.join("content/areas/heikamp.geojson")).unwrap();
    site.write("content/areas/heikam.geojson", &boundary);
    site.write("content/places/heikamp.geojson", &boundary);
    let (code, found) = check(&site);
    assert_eq!(code, Some(0));
    let typo = about(&found, "content/areas/heikam.geojson");
    assert_eq!(typo.len(), 1, "{found:?}");
    assert!(
        typo[0]["help"].as_str().unwrap().contains("heikamp"),
        "{}",
        typo[0]
    );
    let elsewhere = about(&found, "content/places/heikamp.geojson");
    assert_eq!(elsewhere.len(), 1, "{found:?}");
    assert!(
        elsewhere[0]["help"]
            .as_str()
            .unwrap()
            .contains("content/areas/")
    );
}

/// The demo's report in a format, in Dutch.
fn demo_report(format: &str) -> String {
    let repo = crate::util::repo();
    let out = run(&[
        "report",
        "--root",
        repo.to_str().unwrap(),
        "--today",
        TODAY,
        "--format",
        format,
        "--lang",
        "nl",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_report_shades_each_area_by_the_categories_it_lacks() {
    let html = demo_report("html");
    let map = maps(&html)[0];
    assert!(map.contains("role=\"img\""));
    assert_eq!(map.matches("<path").count(), 7);
    // De Akkers lacks two of the five categories, the others one.
    assert!(map.contains("class=\"s2\""), "{map}");
    assert!(map.contains("De Akkers</tspan>"), "{map}");
    assert!(map.contains("Oudeweer: 1 categorie zonder aanbod"), "{map}");
    assert!(!map.contains("<a "), "a picture, not links");
    // The JSON report is data, not pictures.
    assert!(!demo_report("json").contains("<svg"));
}
