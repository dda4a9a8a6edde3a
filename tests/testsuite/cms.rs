//! `buurtgids cms`: the admin folder's configuration is valid for Decap CMS (checked against
//! Decap's own configuration schema, `tests/cms/`), and what an editor saves in any form,
//! with every field filled in, is an entry `check` accepts.

use std::path::Path;

use serde_json::{Map, Value, json};

use crate::util::{TODAY, TempSite, repo, run, stderr, validate_documents};

fn cms(site: &TempSite, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["cms", "--root", site.root.to_str().unwrap()];
    args.extend_from_slice(extra);
    run(&args)
}

fn config(site: &TempSite) -> Value {
    let text = std::fs::read_to_string(site.root.join("static/admin/config.yml")).unwrap();
    serde_saphyr::from_str(&text).unwrap()
}

#[test]
fn the_configuration_is_valid_for_decap_cms() {
    let site = TempSite::demo();
    let result = cms(
        &site,
        &["--backend", "github", "--repo", "gemeente/sociale-kaart"],
    );
    assert!(result.status.success(), "{}", stderr(&result));
    // Every folder of the demo is in the CMS: no file is left out.
    assert!(!stderr(&result).contains("warning"), "{}", stderr(&result));
    let config = config(&site);
    let docs = json!([{ "file": "config.yml", "kind": "decap-config", "data": config }]);
    let printed = validate_documents(&repo().join("tests/cms"), &docs, site.dir.path());
    assert_eq!(printed, ["ok config.yml"]);

    // Every relation offers a collection of the configuration, by its file names (ids).
    let collections = config["collections"].as_array().unwrap();
    let names: Vec<&str> = collections
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 8);
    for c in collections {
        assert!(site.root.join(c["folder"].as_str().unwrap()).is_dir());
        let mut seen = Vec::new();
        for f in c["fields"].as_array().unwrap() {
            let name = f["name"].as_str().unwrap();
            assert!(!seen.contains(&name), "{name} twice");
            seen.push(name);
        }
        walk(&c["fields"], &mut |f| {
            if f["widget"] == "relation" {
                assert!(names.contains(&f["collection"].as_str().unwrap()), "{f}");
                assert_eq!(f["value_field"], "{{slug}}");
            }
        });
    }
    let activities = &collections[names.iter().position(|n| *n == "activities").unwrap()];
    let required: Vec<&str> = activities["fields"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["required"] == true)
        .map(|f| f["name"].as_str().unwrap())
        .collect();
    assert_eq!(required, ["title", "summary"]);
    // The categories are those of site.toml, with their names as labels.
    let categories = activities["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "categories")
        .unwrap();
    assert!(
        categories["options"]
            .as_array()
            .unwrap()
            .contains(&json!({"label": "Gastvrije ontmoetingsplekken", "value": "ontmoeten"})),
        "{categories}"
    );

    // The build publishes the admin folder; the page is kept out of search engines.
    let built = site.build();
    assert!(built.status.success(), "{}", stderr(&built));
    let page = std::fs::read_to_string(site.out.join("admin/index.html")).unwrap();
    assert!(page.contains("noindex") && page.contains("decap-cms.js"));
    assert!(site.out.join("admin/config.yml").exists());
    // The preview beside a form draws every collection.
    let preview = std::fs::read_to_string(site.out.join("admin/preview.js")).unwrap();
    for name in &names {
        assert!(preview.contains(&format!("'{name}'")), "{name}");
    }
}

/// A group that may stay empty asks for none of its parts and fills in none by itself:
/// Decap would otherwise refuse an activity without an address, and save "registration
/// required" for every new activity. A group that must be there still asks for its parts.
#[test]
fn an_optional_group_asks_for_nothing_and_fills_in_nothing() {
    let site = TempSite::demo();
    assert!(cms(&site, &[]).status.success());
    let config = config(&site);
    let form = |collection: &str, field: &str| -> Value {
        let c = config["collections"].as_array().unwrap().iter();
        let fields = c.clone().find(|c| c["name"] == collection).unwrap()["fields"].clone();
        let found = fields
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == field);
        found.unwrap().clone()
    };
    let parts = |f: &Value| -> Vec<(String, bool)> {
        f["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["name"].as_str().unwrap().to_owned(),
                    p["required"] == true,
                )
            })
            .collect()
    };
    let address = form("activities", "address");
    assert_eq!(address["required"], false);
    assert!(
        parts(&address).iter().all(|(_, required)| !required),
        "{address}"
    );
    let registration = form("activities", "registration");
    assert!(parts(&registration).iter().all(|(_, required)| !required));
    let asked = &registration["fields"][0];
    assert_eq!(asked["name"], "required");
    assert!(asked.get("default").is_none(), "{asked}");
    // A place must have an address: there the street, postcode and city are asked for.
    let address = form("places", "address");
    assert_eq!(address["required"], true);
    assert_eq!(
        parts(&address),
        [
            ("street".into(), true),
            ("postcode".into(), true),
            ("city".into(), true)
        ]
    );
}

/// The editors' page an earlier version wrote, without the preview, is still published.
#[test]
fn the_editors_page_of_an_earlier_version_is_still_published() {
    let site = TempSite::demo();
    assert!(cms(&site, &[]).status.success());
    let path = site.root.join("static/admin/index.html");
    let page = std::fs::read_to_string(&path).unwrap();
    let earlier = page.replace("\n<script src=\"preview.js\" defer></script>", "");
    assert_ne!(page, earlier);
    std::fs::write(&path, &earlier).unwrap();
    let built = site.build();
    assert!(built.status.success(), "{}", stderr(&built));
    assert_eq!(
        std::fs::read_to_string(site.out.join("admin/index.html")).unwrap(),
        earlier
    );
    // Anything else added to the page keeps it off the site.
    let added = earlier.replace("</body>", "<script src=\"x.js\"></script></body>");
    std::fs::write(&path, added).unwrap();
    assert!(!site.build().status.success());
}

fn walk(fields: &Value, visit: &mut dyn FnMut(&Value)) {
    for f in fields.as_array().into_iter().flatten() {
        visit(f);
        walk(&f["fields"], visit);
        if f["field"].is_object() {
            visit(&f["field"]);
            walk(&f["field"]["fields"], visit);
        }
    }
}

/// The first entry of a collection, by file name: what a relation widget offers first.
fn first_id(root: &Path, folder: &str) -> String {
    let mut ids: Vec<String> = std::fs::read_dir(root.join("content").join(folder))
        .unwrap()
        .map(|e| {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            name.rsplit_once('.').unwrap().0.to_owned()
        })
        .collect();
    ids.sort();
    ids.remove(0)
}

/// What an editor fills into a field, by its widget, as the CMS saves it.
fn fill(f: &Value, root: &Path) -> Value {
    let name = f["name"].as_str().unwrap();
    match f["widget"].as_str().unwrap() {
        "string" => json!(match name {
            "phone" => "0413 123 456",
            "email" => "naam@voorbeeld.nl",
            "website" => "https://www.example.org/",
            "postcode" if f["pattern"][0] == "^\\d{4}$" => "5431",
            "postcode" => "5431 AB",
            "time" => "10:00-12:00",
            "cost" => "2.50",
            "hours_per_week" => "2 tot 4",
            _ => "Ingevuld in het formulier",
        }),
        "text" | "markdown" => json!("Ingevuld in het formulier. Een tweede zin."),
        "boolean" => json!(name != "draft"),
        "number" => match name {
            "lat" => json!(51.6978),
            "lon" => json!(5.3037),
            _ => json!(2),
        },
        "datetime" => json!(match name {
            "valid_from" => "2026-01-01",
            "valid_until" => "2027-12-31",
            "until" => "2027-06-30",
            "from" => "2026-09-01",
            "reviewed" => "2026-11-01",
            _ => "2026-12-29",
        }),
        "image" => json!("images/fatima-el-amrani.svg"),
        "select" => {
            let first = &f["options"][0];
            let value = first.get("value").unwrap_or(first).clone();
            if f["multiple"] == true {
                json!([value])
            } else {
                value
            }
        }
        "relation" => {
            let id = first_id(root, f["collection"].as_str().unwrap());
            if f["multiple"] == true {
                json!([id])
            } else {
                json!(id)
            }
        }
        "object" => Value::Object(fill_all(&f["fields"], root)),
        "list" if f["field"].is_object() => json!([fill(&f["field"], root)]),
        "list" if name == "schedule" || name == "opening_hours" || name == "office_hours" => {
            // One rule per way of giving the days, as the form's hints say.
            let full = fill_all(&f["fields"], root);
            ["weekly", "monthly", "dates"]
                .into_iter()
                .map(|days| {
                    let mut rule = full.clone();
                    for other in ["weekly", "monthly", "dates"] {
                        if other != days {
                            rule.remove(other);
                        }
                    }
                    if days != "weekly" {
                        rule.remove("every");
                    }
                    Value::Object(rule)
                })
                .collect()
        }
        "list" => json!([Value::Object(fill_all(&f["fields"], root))]),
        other => panic!("no sample value for the {other} widget of {name}"),
    }
}

fn fill_all(fields: &Value, root: &Path) -> Map<String, Value> {
    fields
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["name"].as_str().unwrap().to_owned(), fill(f, root)))
        .collect()
}

#[test]
fn every_form_filled_in_completely_saves_an_entry_check_accepts() {
    let site = TempSite::demo();
    let result = cms(&site, &[]);
    assert!(result.status.success(), "{}", stderr(&result));
    let config = config(&site);
    for c in config["collections"].as_array().unwrap() {
        let mut data = fill_all(&c["fields"], &site.root);
        let folder = c["folder"].as_str().unwrap();
        let file = format!(
            "{folder}/uit-het-formulier.{}",
            c["extension"].as_str().unwrap()
        );
        // JSON is YAML too; the CMS writes the body below the front matter.
        let text = if c["format"] == "frontmatter" {
            let body = data.remove("body").unwrap();
            format!(
                "---\n{}\n---\n{}\n",
                Value::Object(data),
                body.as_str().unwrap()
            )
        } else {
            Value::Object(data).to_string()
        };
        site.write(&file, &text);
    }
    let root = site.root.to_str().unwrap();
    let check = run(&["check", "--root", root, "--today", TODAY]);
    let err = stderr(&check);
    assert!(check.status.success(), "{err}");
    assert!(err.contains(", 0 errors"), "{err}");

    // An admin/index.html an editor wrote is never replaced.
    std::fs::write(site.root.join("static/admin/config.yml"), "# by hand\n").unwrap();
    let again = cms(&site, &[]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("was not written by buurtgids cms"));
    let elsewhere = site.dir.path().join("elders");
    let repo_needed = cms(
        &site,
        &["--backend", "gitlab", "--out", elsewhere.to_str().unwrap()],
    );
    assert_eq!(repo_needed.status.code(), Some(1));
    assert!(stderr(&repo_needed).contains("--repo"));
}
