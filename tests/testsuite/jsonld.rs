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
            assert_eq!(event["@type"], "Event", "{page}");
            has(event, &["name", "description", "url", "location"], &page);
            has(&event["location"], &["name", "address"], &page);
            if let Some(start) = event["startDate"].as_str() {
                dated += 1;
                let parsed: Result<jiff::Timestamp, _> = start.parse();
                assert!(
                    parsed.is_ok() || start.len() == 10,
                    "{page}: startDate {start}"
                );
            }
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
