//! `buurtgids schema`: the JSON Schema of every kind accepts every file of the demo and
//! rejects the invalid fixtures whose mistake is in the file's shape (an unknown key, a
//! wrong type, a missing field), checked with Python's `jsonschema`.

use std::path::{Path, PathBuf};

use crate::util::{fixture, repo, run, stderr, validate_documents};

/// A content file's fields as JSON: the whole `.yaml` file, or a `.md` file's front
/// matter. `None` for a file that is not UTF-8 or not YAML: the YAML extension and
/// `check` report that themselves, before any schema.
fn fields(path: &Path) -> Option<serde_json::Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let yaml = if path.extension().is_some_and(|e| e == "md") {
        let rest = text.strip_prefix("---\n")?;
        rest.split("\n---").next()?.to_owned()
    } else {
        text
    };
    serde_saphyr::from_str(&yaml).ok()
}

/// The kind of a file by its folder under content/.
fn kind_of(folder: &str) -> &'static str {
    buurtgids::content::Kind::ALL
        .into_iter()
        .find(|k| k.folder() == folder)
        .map(|k| k.name())
        .unwrap_or_else(|| panic!("no kind for {folder}"))
}

/// Validates `files` (path, kind) against the schemas; returns the validator's lines.
fn validate(schemas: &Path, files: &[(PathBuf, &str)], dir: &Path) -> Vec<String> {
    let docs: Vec<serde_json::Value> = files
        .iter()
        .map(|(path, kind)| {
            serde_json::json!({
                "file": path.display().to_string(),
                "kind": kind,
                "data": fields(path).unwrap(),
            })
        })
        .collect();
    validate_documents(schemas, &serde_json::Value::Array(docs), dir)
}

fn write_schemas(dir: &Path) -> PathBuf {
    let schemas = dir.join("schemas");
    let root = repo();
    let result = run(&[
        "schema",
        "--out",
        schemas.to_str().unwrap(),
        "--root",
        root.to_str().unwrap(),
    ]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(stderr(&result).contains("\"yaml.schemas\""));
    schemas
}

#[test]
fn the_schemas_accept_every_file_of_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let schemas = write_schemas(dir.path());
    assert_eq!(std::fs::read_dir(&schemas).unwrap().count(), 8);
    let mut files = Vec::new();
    for folder in std::fs::read_dir(repo().join("content")).unwrap() {
        let folder = folder.unwrap().path();
        let kind = kind_of(&folder.file_name().unwrap().to_string_lossy());
        for file in std::fs::read_dir(&folder).unwrap() {
            // An area's boundary (GeoJSON) is no entry, and a translation
            // (`taalcafe-t-anker.en.md`) holds only an entry's words.
            let path = file.unwrap().path();
            let translation = path
                .file_stem()
                .is_some_and(|s| s.to_string_lossy().contains('.'));
            if path.extension().is_some_and(|e| e != "geojson") && !translation {
                files.push((path, kind));
            }
        }
    }
    assert!(files.len() > 80);
    let lines = validate(&schemas, &files, dir.path());
    let invalid: Vec<&String> = lines.iter().filter(|l| !l.starts_with("ok ")).collect();
    assert!(invalid.is_empty(), "{invalid:#?}");
    assert_eq!(lines.len(), files.len());
    // The field catalogue's Dutch labels and hints are what an editor of the (Dutch)
    // demo sees while typing.
    let activity = std::fs::read_to_string(schemas.join("activity.schema.json")).unwrap();
    assert!(
        activity.contains("\"title\": \"Georganiseerd door\""),
        "{activity}"
    );
    assert!(
        activity.contains("Begin en einde, zoals 10:00-12:00."),
        "{activity}"
    );
    assert!(activity.contains("\"additionalProperties\": false"));
    assert!(activity.contains("http://json-schema.org/draft-07/schema#"));
}

/// The invalid fixtures whose mistake is in a file's shape: a key, a type, a required
/// field, or a value with a fixed form (a postcode, a web address, a slug).
const SHAPE_ERRORS: [&str; 13] = [
    "bad-area-postcode",
    "bad-email",
    "bad-phone",
    "bad-postcode",
    "bad-website",
    // Only a title: no summary.
    "front-matter-only",
    "image-without-alt",
    "missing-field",
    "two-rules-in-one",
    "unknown-area-kind",
    "unknown-key",
    "unsafe-slug",
    "wrong-type",
];

#[test]
fn the_schemas_reject_each_invalid_fixture_with_a_shape_error_and_no_other() {
    let dir = tempfile::tempdir().unwrap();
    let schemas = write_schemas(dir.path());
    let mut files: Vec<(PathBuf, &str)> = Vec::new();
    let mut fixtures = Vec::new();
    for fixture_dir in std::fs::read_dir(fixture("invalid")).unwrap() {
        let fixture_dir = fixture_dir.unwrap().path();
        fixtures.push(
            fixture_dir
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
        );
        let Ok(folders) = std::fs::read_dir(fixture_dir.join("content")) else {
            continue;
        };
        for folder in folders {
            let folder = folder.unwrap().path();
            let name = folder.file_name().unwrap().to_string_lossy().into_owned();
            let Some(kind) = buurtgids::content::Kind::ALL
                .into_iter()
                .find(|k| k.folder() == name)
            else {
                continue;
            };
            for file in std::fs::read_dir(&folder).unwrap() {
                let file = file.unwrap().path();
                if fields(&file).is_some() {
                    files.push((file, kind.name()));
                }
            }
        }
    }
    let lines = validate(&schemas, &files, dir.path());
    let mut rejected: Vec<String> = lines
        .iter()
        .filter(|l| l.starts_with("invalid "))
        .map(|l| {
            let rest = l.split("/invalid/").nth(1).expect("a fixture path");
            rest.split('/').next().unwrap().to_owned()
        })
        .collect();
    rejected.sort();
    rejected.dedup();
    assert_eq!(rejected, SHAPE_ERRORS, "{lines:#?}");
    assert!(fixtures.len() > 40);
    let misspelt = lines
        .iter()
        .find(|l| l.contains("/unknown-key/") && l.starts_with("invalid "))
        .unwrap();
    assert!(misspelt.contains("sumary"), "{misspelt}");
}
