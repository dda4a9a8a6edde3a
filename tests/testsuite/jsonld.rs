//! schema.org JSON-LD on the demo's entry pages: it parses, has the type of its kind and
//! what search engines require of that type, and every address in it is on the site.

use serde_json::Value;

use crate::util::built_demo;

const BASE: &str = "https://www.lindewaard.example.org/sociale-kaart/";

/// The JSON-LD of every page in a kind's folder, by page.
fn json_ld(out: &std::path::Path, folder: &str) -> Vec<(String, Value)> {
    let mut found = Vec::new();
    for dir in std::fs::read_dir(out.join(folder)).unwrap() {
        let page = dir.unwrap().path().join("index.html");
        let name = page
            .parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // Filtered listings share the folder: /activiteiten/gratis/, /activiteiten/in/...
        if !page.is_file() || ["gratis", "in", "onderwerp", "voor"].contains(&name.as_str()) {
            continue;
        }
        let html = std::fs::read_to_string(&page).unwrap();
        let start = html
            .find("<script type=application/ld+json>")
            .unwrap_or_else(|| panic!("no JSON-LD in {}", page.display()))
            + "<script type=application/ld+json>".len();
        let end = start + html[start..].find("</script>").unwrap();
        let value: Value = serde_json::from_str(&html[start..end])
            .unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        assert_eq!(
            value["@context"],
            "https://schema.org",
            "{}",
            page.display()
        );
        found.push((page.display().to_string(), value));
    }
    assert!(!found.is_empty(), "no pages in {folder}");
    found
}

/// Every `url` and `image` in the value: pages and pictures of the site.
fn urls(value: &Value, into: &mut Vec<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| urls(v, into)),
        Value::Object(map) => {
            for (key, v) in map {
                match v {
                    Value::String(s) if key == "url" || key == "image" => into.push(s.clone()),
                    _ => urls(v, into),
                }
            }
        }
        _ => {}
    }
}

fn has(thing: &Value, keys: &[&str], page: &str) {
    for key in keys {
        assert!(
            thing.get(key).is_some_and(|v| !v.is_null() && v != ""),
            "{page}: no `{key}` in {thing:#}"
        );
    }
}

#[test]
fn every_entry_page_has_json_ld_with_what_its_type_requires() {
    let (_dir, out) = built_demo();
    let mut dated = 0;
    for (page, ld) in json_ld(&out, "activiteiten") {
        let events: Vec<&Value> = match ld.get("@graph") {
            Some(graph) => graph.as_array().unwrap().iter().collect(),
            None => vec![&ld],
        };
        for event in &events {
            // An activity with no date to come is no event.
            if event["@type"] == "Thing" {
                assert_eq!(events.len(), 1, "{page}");
                has(event, &["name", "description", "url"], &page);
                assert!(event.get("eventSchedule").is_none(), "{page}");
                continue;
            }
            assert_eq!(event["@type"], "Event", "{page}");
            has(
                event,
                &["name", "description", "url", "location", "startDate"],
                &page,
            );
            has(&event["location"], &["name", "address"], &page);
            let start = event["startDate"].as_str().unwrap();
            dated += 1;
            let parsed: Result<jiff::Timestamp, _> = start.parse();
            assert!(
                parsed.is_ok() || start.len() == 10,
                "{page}: startDate {start}"
            );
        }
        assert!(events.len() <= 5, "{page}: at most the next five dates");
    }
    assert!(
        dated > 30,
        "the demo's activities have dates to come: {dated}"
    );
    for (page, ld) in json_ld(&out, "plekken") {
        assert_eq!(
            ld["@type"],
            serde_json::json!(["Place", "CivicStructure"]),
            "{page}"
        );
        has(&ld, &["name", "address"], &page);
        has(
            &ld["address"],
            &["streetAddress", "postalCode", "addressLocality"],
            &page,
        );
    }
    for (page, ld) in json_ld(&out, "hulp") {
        assert_eq!(ld["@type"], "Service", "{page}");
        has(&ld, &["name", "description"], &page);
    }
    for (page, ld) in json_ld(&out, "mensen") {
        assert_eq!(ld["@type"], "Person", "{page}");
        has(&ld, &["name", "jobTitle", "contactPoint"], &page);
    }
    for (page, ld) in json_ld(&out, "vrijwilligerswerk") {
        assert_eq!(ld["@type"], "JobPosting", "{page}");
        assert_eq!(ld["employmentType"], "VOLUNTEER", "{page}");
        has(
            &ld,
            &["title", "description", "datePosted", "hiringOrganization"],
            &page,
        );
    }
    for (page, ld) in json_ld(&out, "organisaties") {
        assert_eq!(ld["@type"], "Organization", "{page}");
    }
    for (page, ld) in json_ld(&out, "wijken") {
        assert_eq!(ld["@type"], "AdministrativeArea", "{page}");
    }
    let mut checked = 0;
    for folder in [
        "activiteiten",
        "plekken",
        "hulp",
        "mensen",
        "vrijwilligerswerk",
        "wijken",
    ] {
        for (page, ld) in json_ld(&out, folder) {
            let mut found = Vec::new();
            urls(&ld, &mut found);
            checked += found.len();
            for url in found {
                assert!(
                    url.starts_with(BASE),
                    "{page}: {url} is not under the base URL"
                );
            }
        }
    }
    assert!(checked > 100, "{checked} addresses checked");
}

#[test]
fn a_date_an_activity_names_in_a_closed_period_takes_place_on_every_page_and_format() {
    // The Christmas dinner on 26 December, in site.toml's Kerstvakantie (24 December to
    // 1 January), built for 23 November 2026.
    let (_dir, out) = built_demo();
    let page =
        std::fs::read_to_string(out.join("activiteiten/kerstdiner-het-heike/index.html")).unwrap();
    assert!(page.contains("zaterdag 26 december"), "{page}");
    assert!(!page.contains("alles dicht"), "{page}");
    let (_, ld) = json_ld(&out, "activiteiten")
        .into_iter()
        .find(|(p, _)| p.contains("kerstdiner-het-heike"))
        .unwrap();
    assert_eq!(ld["@type"], "Event");
    assert_eq!(ld["startDate"], "2026-12-26T16:00:00+01:00");
    let calendar = std::fs::read_to_string(
        out.join("activiteiten/kerstdiner-het-heike/kerstdiner-het-heike.ics"),
    )
    .unwrap();
    assert!(
        calendar.contains("DTSTART;TZID=Europe/Amsterdam:20261226T160000"),
        "{calendar}"
    );
}

#[test]
fn an_activity_whose_every_date_is_closed_is_no_event_and_check_warns_where() {
    let site = crate::util::TempSite::copy_of("valid");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!(
            "{toml}\n[agenda]\nweeks = 2\nclosed = [{{ from = 2026-11-20, until = 2026-12-31, name = \"Verbouwing\" }}]\n"
        ),
    );
    site.write(
        "content/activities/dicht.md",
        "---\ntitle: Soep op woensdag\nsummary: Samen soep eten.\nareas: [centrum]\nplace: buurthuis\nschedule:\n  - weekly: woensdag\n    time: \"12:00-13:30\"\n    until: 2026-12-31\nreviewed: 2026-10-01\n---\nSoep.\n",
    );
    let out = site.build();
    let text = crate::util::stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("content/activities/dicht.md:7:5"),
        "the warning names the rule: {text}"
    );
    assert!(text.contains("closed period `Verbouwing`"), "{text}");
    assert!(text.contains("closed: false"), "{text}");
    let (_, ld) = json_ld(&site.out, "activiteiten")
        .into_iter()
        .find(|(p, _)| p.contains("/dicht/"))
        .unwrap();
    assert_eq!(ld["@type"], "Thing", "{ld}");
    assert!(ld.get("startDate").is_none());
    // `closed: false` keeps it on: dated again, and no warning.
    site.write(
        "content/activities/dicht.md",
        &std::fs::read_to_string(site.root.join("content/activities/dicht.md"))
            .unwrap()
            .replace("    until:", "    closed: false\n    until:"),
    );
    let out = site.build();
    let text = crate::util::stderr(&out);
    assert!(!text.contains("content/activities/dicht.md"), "{text}");
    let (_, ld) = json_ld(&site.out, "activiteiten")
        .into_iter()
        .find(|(p, _)| p.contains("/dicht/"))
        .unwrap();
    let first = ld.get("@graph").map_or(&ld, |graph| &graph[0]);
    assert_eq!(first["@type"], "Event", "{ld}");
    assert_eq!(first["startDate"], "2026-11-25T12:00:00+01:00");
}
