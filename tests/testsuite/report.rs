//! `buurtgids report`: on a fixture with known gaps it lists exactly those, and on the
//! demo every empty cell is a gap and every gap an empty cell, in all three formats.

use serde_json::Value;

use crate::util::{TODAY, TempSite, run, stderr};

fn report(site: &TempSite, format: &str) -> String {
    let out = run(&[
        "report",
        "--root",
        site.root.to_str().unwrap(),
        "--today",
        TODAY,
        "--format",
        format,
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8(out.stdout).unwrap()
}

fn gaps(json: &Value) -> Vec<(String, String, String)> {
    json["gaps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["area"].as_str().unwrap().to_owned(),
                g["of"].as_str().unwrap().to_owned(),
                g["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_site_with_known_gaps_gets_exactly_those() {
    let site = TempSite::copy_of("valid");
    // Oudeweer gets an activity for everyone, checked long ago, ending in 17 days, with
    // no organiser and no way to reach anyone.
    site.write(
        "content/activities/oud.md",
        "---\ntitle: Oude activiteit\nsummary: Iets.\nareas: [oudeweer]\naudience: [iedereen]\nschedule:\n  - weekly: maandag\n    place: buurthuis\nplace: buurthuis\nreviewed: 2025-01-01\nvalid_until: 2026-12-10\n---\n",
    );
    let json: Value = serde_json::from_str(&report(&site, "json")).unwrap();
    let expected = [
        ("centrum", "kind", "service"),
        ("oudeweer", "kind", "place"),
        ("oudeweer", "kind", "service"),
        ("oudeweer", "kind", "person"),
        ("oudeweer", "category", "ontmoeten"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, o, i)| ((*a).to_owned(), (*o).to_owned(), (*i).to_owned()))
        .collect();
    assert_eq!(gaps(&json), expected);
    // The service for the whole municipality is named beside the gap it softens.
    assert_eq!(json["gaps"][0]["everywhere"], 1);
    assert_eq!(json["gaps"][1]["everywhere"], 0);

    let expiring = json["expiring"].as_array().unwrap();
    assert_eq!(expiring.len(), 1);
    assert_eq!(expiring[0]["file"], "content/activities/oud.md");
    assert_eq!(expiring[0]["days"], 17);

    let no_contact: Vec<&str> = json["no_contact"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        no_contact,
        ["content/activities/oud.md", "content/places/buurthuis.md"]
    );

    // Stale entries, by organisation: the new activity has none, and is 691 days old.
    let orgs = json["organisations"].as_array().unwrap();
    let none = orgs.iter().find(|o| o["id"] == "").unwrap();
    let oud = none["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["file"] == "content/activities/oud.md")
        .unwrap();
    assert_eq!(oud["days"], 691);
    assert_eq!(oud["stale"], true);
    let welzijn = orgs.iter().find(|o| o["id"] == "welzijn").unwrap();
    assert_eq!(welzijn["name"], "Stichting Welzijn");
    assert!(
        welzijn["entries"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["stale"] == false)
    );

    // The text and the HTML say the same.
    let text = report(&site, "text");
    assert!(text.contains("Gaps (5):"), "{text}");
    assert!(text.contains("Oudeweer: no ontmoetingsplek\n"), "{text}");
    assert!(
        text.contains("691 days  Oude activiteit  (content/activities/oud.md)"),
        "{text}"
    );
    let html = report(&site, "html");
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<h2>Gaps (5)</h2>"));
    assert!(
        !html.contains("<script") && !html.contains("http"),
        "self-contained"
    );
}

#[test]
fn on_the_demo_every_empty_cell_is_a_gap_and_nothing_else_is() {
    let site = TempSite::demo();
    let json: Value = serde_json::from_str(&report(&site, "json")).unwrap();
    let mut cells = Vec::new();
    for row in json["areas"].as_array().unwrap() {
        for (of, columns, counts) in [
            ("kind", "kinds", "kinds"),
            ("category", "categories", "categories"),
            ("audience", "audiences", "audiences"),
        ] {
            for (column, n) in json[columns]
                .as_array()
                .unwrap()
                .iter()
                .zip(row[counts].as_array().unwrap())
            {
                if n == 0 {
                    cells.push((
                        row["id"].as_str().unwrap().to_owned(),
                        of.to_owned(),
                        column["id"].as_str().unwrap().to_owned(),
                    ));
                }
            }
        }
    }
    assert_eq!(gaps(&json), cells);
    assert!(cells.contains(&("bloemenbuurt".into(), "kind".into(), "place".into())));
    // Het Heike's three entries have not been checked for more than 180 days.
    let heike = json["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "vereniging-het-heike")
        .unwrap();
    let stale = heike["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["stale"] == true)
        .count();
    assert_eq!(stale, 3);
    assert_eq!(
        json["expiring"][0]["file"],
        "content/volunteering/kerstmarkt-helpers.md"
    );
}
