//! The HSDS 3.0 export: the demo's and a generated 5,000-entry site's validate against the
//! official JSON Schemas (`tests/hsds/validate.py`, Python's `jsonschema`), their ids stay
//! the same from build to build, and the build publishes the same files.

use std::path::Path;
use std::process::Command;

use crate::util::{TODAY, TempSite, built_demo, generate_corpus, python, repo, run, stderr};

/// Runs the validator on an export folder; it must find nothing.
fn validate(dir: &Path) -> String {
    let out = Command::new(python())
        .arg(repo().join("tests/hsds/validate.py"))
        .arg(dir)
        .output()
        .expect("python3 runs tests/hsds/validate.py (bash tests/run.sh installs jsonschema)");
    let printed = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "the HSDS export does not validate:\n{printed}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    printed
}

fn export(root: &Path, out: &Path) {
    let result = run(&[
        "export",
        "hsds",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
}

fn read(dir: &Path, file: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap()
}

#[test]
fn the_demo_exports_valid_hsds_with_the_same_ids_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    export(&repo(), &first);
    export(&repo(), &second);
    let printed = validate(&first);
    assert!(printed.contains("valid HSDS 3.0"), "{printed}");
    assert!(printed.contains("and the CSV data package"), "{printed}");
    let files: Vec<_> = std::fs::read_dir(&first)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(files.len(), 16, "{files:?}");
    for file in files {
        assert_eq!(
            std::fs::read(first.join(&file)).unwrap(),
            std::fs::read(second.join(&file)).unwrap(),
            "{file:?} differs between two exports"
        );
    }
    // Every organisation, activity and service of the demo is there, the place and
    // schedule of an activity with it.
    let services = read(&first, "services.json");
    let contents = services["contents"].as_array().unwrap();
    let koffie = contents
        .iter()
        .find(|s| s["name"] == "Koffieochtend in De Linde")
        .expect("the koffieochtend is a service");
    assert_eq!(koffie["status"], "active");
    // The languages a service is held in, by name and ISO 639 code.
    let formulieren = contents
        .iter()
        .find(|s| s["name"] == "Formulierenhulp 't Anker")
        .expect("the formulierenhulp is a service");
    let languages: Vec<(&str, &str)> = formulieren["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["name"].as_str().unwrap(), l["code"].as_str().unwrap()))
        .collect();
    assert_eq!(
        languages,
        [("Nederlands", "nl"), ("Arabisch", "ar"), ("Turks", "tr")]
    );
    assert_eq!(formulieren["languages"][0]["service_id"], formulieren["id"]);
    let csv = std::fs::read_to_string(first.join("languages.csv")).unwrap();
    assert_eq!(csv.lines().next(), Some("id,code,name,service_id"));
    assert!(csv.contains(",ar,Arabisch,"), "{csv}");
    assert_eq!(koffie["schedules"][0]["freq"], "WEEKLY");
    assert!(
        koffie["url"]
            .as_str()
            .unwrap()
            .starts_with("https://www.lindewaard.example.org/sociale-kaart/activiteiten/")
    );
    let location = &koffie["service_at_locations"][0]["location"];
    assert_eq!(location["name"], "Buurthuis De Linde");
    assert_eq!(location["addresses"][0]["country"], "NL");
    assert_eq!(location["addresses"][0]["state_province"], "Noord-Brabant");
    // Entries, not their translations (`taalcafe-t-anker.en.md`).
    let kinds = |folder: &str| {
        std::fs::read_dir(repo().join("content").join(folder))
            .unwrap()
            .filter(|f| {
                f.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .matches('.')
                    .count()
                    == 1
            })
            .count()
    };
    // The demo's one expired entry is a volunteer opening, so all of these are published;
    // the site's owner is the organisation of what names no organiser.
    assert_eq!(contents.len(), kinds("activities") + kinds("services"));
    let organizations = read(&first, "organizations.json");
    assert_eq!(organizations["total_items"], kinds("organisations") + 1);
    let without = contents
        .iter()
        .find(|s| s["name"] == "Buurtkoor Zing Mee")
        .unwrap();
    assert_eq!(
        without["organization"]["name"],
        "Gemeente Lindewaard en Stichting Welzijn Lindewaard"
    );
    // The tabular form has a row per service.
    let csv = std::fs::read_to_string(first.join("services.csv")).unwrap();
    assert_eq!(csv.lines().count(), contents.len() + 1);
    // Ids are UUIDs of version 5.
    assert_eq!(koffie["id"].as_str().unwrap().as_bytes()[14], b'5');
}

#[test]
fn the_build_publishes_the_export_under_open_data() {
    let (dir, out) = built_demo();
    let exported = dir.path().join("export");
    export(&repo(), &exported);
    for file in [
        "index.json",
        "services.json",
        "services.csv",
        "datapackage.json",
    ] {
        assert_eq!(
            std::fs::read(out.join("open-data/hsds").join(file)).unwrap(),
            std::fs::read(exported.join(file)).unwrap(),
            "{file}"
        );
    }
    // A site can leave it out.
    let site = TempSite::demo();
    let settings = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &settings.replace("[open_data]", "[open_data]\nhsds = false"),
    );
    assert!(site.build().status.success());
    assert!(!site.out.join("open-data").exists());
}

#[test]
fn a_generated_site_of_5000_entries_exports_valid_hsds() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    generate_corpus(5000, &root);
    let out = dir.path().join("hsds");
    export(&root, &out);
    let printed = validate(&out);
    assert!(printed.contains("in services.json"), "{printed}");
    let services = read(&out, "services.json");
    assert!(
        services["total_items"].as_u64().unwrap() > 2000,
        "{}",
        services["total_items"]
    );
}

#[test]
fn a_site_with_errors_exports_nothing() {
    let site = TempSite::copy_of("valid");
    site.write("content/activities/broken.md", "---\ntitle: [\n---\n");
    let out = site.dir.path().join("hsds");
    let result = run(&[
        "export",
        "hsds",
        "--root",
        site.root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.status.code(), Some(1), "{}", stderr(&result));
    assert!(stderr(&result).contains("nothing was exported"));
    assert!(!out.exists());
}
