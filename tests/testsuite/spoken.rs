//! The languages an activity or service is held in, or a person speaks (`languages`): on
//! the page in the site's language and in the language itself, in the JSON-LD, read from a
//! spreadsheet, and a language buurtgids does not know is an error with the fix.

use crate::util::{TODAY, TempSite, built_demo, run, stderr};

fn page(out: &std::path::Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path).join("index.html")).unwrap()
}

/// The JSON-LD of a page, as one value (the first of a graph).
fn json_ld(html: &str) -> serde_json::Value {
    let start = html.find("<script type=application/ld+json>").unwrap()
        + "<script type=application/ld+json>".len();
    let end = start + html[start..].find("</script>").unwrap();
    let value: serde_json::Value = serde_json::from_str(&html[start..end]).unwrap();
    match value.get("@graph") {
        Some(graph) => graph[0].clone(),
        None => value,
    }
}

#[test]
fn a_page_names_its_languages_also_in_themselves_and_its_json_ld_gives_their_codes() {
    let (_dir, out) = built_demo();
    let service = page(&out, "hulp/formulierenhulp-t-anker");
    assert!(
        service.contains(
            "<dt>Talen</dt><dd>Nederlands, Arabisch (<bdi lang=ar>العربية</bdi>), Turks (<bdi lang=tr>Türkçe</bdi>)</dd>"
        ),
        "{service}"
    );
    let channel = &json_ld(&service)["availableChannel"];
    assert_eq!(
        channel["availableLanguage"],
        serde_json::json!(["nl", "ar", "tr"])
    );
    assert!(channel["serviceLocation"].is_object());

    let person = page(&out, "mensen/yusuf-demir");
    assert!(person.contains("<dt>Spreekt</dt><dd>Nederlands, Turks (<bdi lang=tr>Türkçe</bdi>), Engels (<bdi lang=en>English</bdi>)</dd>"));
    assert_eq!(
        json_ld(&person)["knowsLanguage"],
        serde_json::json!(["nl", "tr", "en"])
    );

    let activity = page(&out, "activiteiten/taalcafe-t-anker");
    assert!(activity.contains("<dt>Talen</dt>"));
    assert_eq!(
        json_ld(&activity)["inLanguage"],
        serde_json::json!(["nl", "ar", "en"])
    );
    // An entry without languages says nothing about them.
    let koffie = page(&out, "activiteiten/koffieochtend-de-linde");
    assert!(
        !koffie.contains("<dt>Talen</dt>") && !json_ld(&koffie).to_string().contains("inLanguage")
    );
}

#[test]
fn a_language_buurtgids_does_not_know_is_an_error_with_the_closest_and_how_to_write_one() {
    let site = TempSite::demo();
    let file = "content/activities/taalcafe-t-anker.md";
    let text = std::fs::read_to_string(site.root.join(file)).unwrap();
    site.write(
        file,
        &text.replace(
            "languages: [Nederlands, Arabisch, Engels]",
            "languages: [nl, Arabsich, Klingon, Türkçe]",
        ),
    );
    let root = site.root.to_str().unwrap();
    let check = run(&["check", "--root", root, "--today", TODAY, "--lang", "nl"]);
    assert_eq!(check.status.code(), Some(1));
    let said = stderr(&check);
    assert!(
        said.contains("fout: `Arabsich` is geen taal die buurtgids kent\n  --> content/activities/taalcafe-t-anker.md:7:17"),
        "{said}"
    );
    assert!(said.contains("tip: bedoelt u `Arabisch`? Schrijf een taal in het Nederlands (Arabisch) of als code van twee letters (ar)"), "{said}");
    assert!(said.contains("fout: `Klingon` is geen taal die buurtgids kent\n  --> content/activities/taalcafe-t-anker.md:7:27"), "{said}");
    assert!(
        said.contains("buurtgids kent: Nederlands, Arabisch, "),
        "{said}"
    );
    assert!(said.contains("2 fouten"), "{said}");

    // A place is where things are held; its languages are those of what is held there.
    let place = "content/places/buurthuis-t-anker.md";
    let text = std::fs::read_to_string(site.root.join(place)).unwrap();
    site.write(
        place,
        &text.replacen("\n---", "\nlanguages: [Arabisch]\n---", 1),
    );
    let check = run(&["check", "--root", root, "--today", TODAY, "--lang", "nl"]);
    assert!(
        stderr(&check).contains("buurthuis-t-anker.md"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn a_spreadsheet_column_of_languages_is_read_in_dutch_and_an_unknown_one_is_named_at_its_cell() {
    let site = TempSite::demo();
    let csv = site.dir.path().join("diensten.csv");
    std::fs::write(
        &csv,
        "Naam;Omschrijving;Wijk;Talen\n\
         Inloop 't Anker;Hulp bij brieven.;Havenkwartier;Nederlands, Arabisch en tigrinja\n\
         Spreekuur;Voor vragen.;Havenkwartier;Nederlands/Klingon\n",
    )
    .unwrap();
    let root = site.root.to_str().unwrap();
    let import = run(&[
        "import",
        "service",
        csv.to_str().unwrap(),
        "--root",
        root,
        "--today",
        TODAY,
        "--lang",
        "nl",
    ]);
    let said = stderr(&import);
    let written =
        std::fs::read_to_string(site.root.join("content/services/inloop-t-anker.yaml")).unwrap();
    assert!(
        written.contains("languages: [\"Nederlands\", \"Arabisch\", \"Tigrinya\"]"),
        "{written}\n{said}"
    );
    assert!(
        said.contains("`Klingon` is geen taal die buurtgids kent"),
        "{said}"
    );
    assert!(said.contains("diensten.csv:3:"), "{said}");
    assert!(!site.root.join("content/services/spreekuur.yaml").exists());
}
