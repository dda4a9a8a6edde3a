//! Every invalid fixture under tests/fixtures/invalid/ is checked with the real binary: the
//! diagnostic named in its `expect.toml` must be reported at the right file, line and
//! column, with a message (and help) a non-programmer can act on, in English and in
//! Dutch (`bericht`, `tip`: what a Dutch site's editor reads). A fixture holds only
//! what differs from the valid site (`tests/fixtures/valid/`): the file with the mistake,
//! and in `expect.toml` the files to leave out (`remove`).

use serde::Deserialize;

use crate::util::{TODAY, TempSite, fixture, run, run_with_env, stderr};

/// The environment of a run in the site's own language (Dutch): no locale asks otherwise.
const DUTCH: &[(&str, &str)] = &[("LANG", "")];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    severity: String,
    file: String,
    line: u32,
    column: u32,
    message: String,
    help: Option<String>,
    /// The Dutch message, whole.
    bericht: String,
    /// The Dutch help, whole, where `help` is given.
    tip: Option<String>,
    /// Files of the valid site this fixture does without.
    #[serde(default)]
    remove: Vec<String>,
}

fn cases() -> Vec<(String, Expect)> {
    let mut cases: Vec<(String, Expect)> = std::fs::read_dir(fixture("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expect.toml").exists())
        .map(|p| {
            let text = std::fs::read_to_string(p.join("expect.toml")).unwrap();
            let expect: Expect =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                expect,
            )
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    cases
}

#[test]
fn there_are_at_least_25_invalid_fixtures() {
    let errors = cases()
        .iter()
        .filter(|(_, e)| e.severity == "error")
        .count();
    assert!(errors >= 25, "only {errors} invalid fixtures");
}

#[test]
fn valid_fixture_checks_clean() {
    let out = run(&[
        "check",
        "--root",
        fixture("valid").to_str().unwrap(),
        "--today",
        TODAY,
        "--format",
        "json",
        "--deny-warnings",
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "[]",
        "{}",
        stderr(&out)
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn every_invalid_fixture_reports_its_problem_where_it_is() {
    let mut failures = Vec::new();
    for (name, expect) in cases() {
        let site = TempSite::invalid(&name);
        let root_arg = site.root.to_str().unwrap();
        let json = [
            "check",
            "--root",
            root_arg,
            "--today",
            TODAY,
            "--format",
            "json",
            "--deny-warnings",
        ];
        let languages = [
            (
                "en",
                &[][..],
                &expect.message,
                expect.help.as_ref(),
                "= help: ",
            ),
            ("nl", DUTCH, &expect.bericht, expect.tip.as_ref(), "= tip: "),
        ];
        for (lang, env, message, help, help_label) in languages {
            let out = run_with_env(&json, env);
            if out.status.code() != Some(1) {
                failures.push(format!(
                    "{name} ({lang}): exit code {:?}, expected 1",
                    out.status.code()
                ));
            }
            let found: Vec<serde_json::Value> =
                serde_json::from_slice(&out.stdout).unwrap_or_default();
            let hit = found.iter().any(|d| {
                d["severity"] == expect.severity.as_str()
                    && d["file"] == expect.file.as_str()
                    && d["line"] == expect.line
                    && d["column"] == expect.column
                    && d["message"].as_str().is_some_and(|m| m.contains(message))
                    && help.is_none_or(|h| {
                        d["help"].as_str().is_some_and(|dh| dh.contains(h.as_str()))
                    })
            });
            if !hit {
                failures.push(format!(
                    "{name} ({lang}): expected {} at {}:{}:{} containing {message:?} (help {help:?}), got:\n{}",
                    expect.severity,
                    expect.file,
                    expect.line,
                    expect.column,
                    serde_json::to_string_pretty(&found).unwrap()
                ));
            }
            // The human format names the same place, and always gives help.
            let human = stderr(&run_with_env(
                &["check", "--root", root_arg, "--today", TODAY],
                env,
            ));
            let place = match (expect.line, expect.column) {
                (0, _) => expect.file.clone(),
                (l, c) => format!("{}:{l}:{c}", expect.file),
            };
            if !human.contains(&format!("--> {place}")) || !human.contains(help_label) {
                failures.push(format!(
                    "{name} ({lang}): human output lacks `--> {place}` or a help line:\n{human}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_build_of_an_invalid_site_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (name, _) in cases().into_iter().filter(|(_, e)| e.severity == "error") {
        let out_dir = dir.path().join(&name);
        let site = TempSite::invalid(&name);
        let out = run(&[
            "build",
            "--root",
            site.root.to_str().unwrap(),
            "--out",
            out_dir.to_str().unwrap(),
            "--today",
            TODAY,
        ]);
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert!(stderr(&out).contains("Build failed"), "{name}");
        assert!(!out_dir.exists(), "{name} wrote {}", out_dir.display());
    }
}

#[test]
fn all_problems_of_a_run_are_reported_together_sorted_by_file() {
    let site = TempSite::copy_of("valid");
    let koffie = std::fs::read_to_string(site.root.join("content/activities/koffie.md")).unwrap();
    site.write(
        "content/activities/koffie.md",
        &koffie.replace("place: buurthuis", "place: nergens"),
    );
    site.write("content/pages/kapot.md", "---\ntitle: [\n---\n");
    site.write(
        "content/areas/zuid.yaml",
        "name: Zuid\nkind: buurt\nsummary: x\n",
    );
    let (_, found) = crate::util::check_json(&site.root, &[]);
    let files: Vec<&str> = found
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "content/activities/koffie.md",
            "content/areas/zuid.yaml",
            "content/pages/kapot.md"
        ]
    );
}

#[test]
fn check_on_a_folder_without_a_site_explains_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["check", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert!(
        text.contains("there is no site.toml in") && text.contains("--root"),
        "{text}"
    );
}

/// A fixture is only its mistake: no file of it is the valid site's file unchanged, and
/// what it removes is there to remove, so the fixtures cannot drift from the valid site.
#[test]
fn each_invalid_fixture_holds_only_what_differs_from_the_valid_site() {
    let valid = fixture("valid");
    for (name, expect) in cases() {
        let case = fixture("invalid").join(&name);
        for (rel, bytes) in crate::util::tree(&case) {
            if rel == "expect.toml" {
                continue;
            }
            let same = std::fs::read(valid.join(&rel)).is_ok_and(|v| v == bytes);
            assert!(!same, "{name}: {rel} is the valid site's file unchanged");
        }
        for rel in &expect.remove {
            assert!(
                valid.join(rel).is_file(),
                "{name}: nothing to remove at {rel}"
            );
        }
    }
}

/// An editor writes the Dutch way: `ja` and `nee` are yes and no, a date written day
/// first gets the exact date to write, and every mistake of a file comes in one run.
#[test]
fn dutch_ways_of_writing_and_every_mistake_of_a_file_in_one_run() {
    let site = TempSite::copy_of("valid");
    let koffie = std::fs::read_to_string(site.root.join("content/activities/koffie.md")).unwrap();
    site.write(
        "content/activities/koffie.md",
        &koffie.replace(
            "cost: gratis\n",
            "cost: gratis\naccessibility:\n  wheelchair: ja\n  hearing_loop: Nee\ndraft: nee\n",
        ),
    );
    let check = |site: &TempSite| crate::util::check_json(&site.root, &[]);
    let (code, found) = check(&site);
    assert_eq!((code, found.len()), (Some(0), 0), "{found:#?}");

    let text = std::fs::read_to_string(site.root.join("content/activities/koffie.md")).unwrap();
    site.write(
        "content/activities/koffie.md",
        &text
            .replace("summary:", "sumary:")
            .replace("wheelchair: ja", "wheelchair: misschien")
            .replace("reviewed: 2026-10-01", "reviewed: 1 oktober 2026"),
    );
    let (code, found) = check(&site);
    assert_eq!(code, Some(1));
    let at: Vec<(u64, u64)> = found
        .iter()
        .map(|d| (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap()))
        .collect();
    assert_eq!(at, [(3, 1), (13, 15), (18, 11)], "{found:#?}");
    assert_eq!(found[2]["help"], "write `reviewed: 2026-10-01`");
    assert!(
        found[1]["message"]
            .as_str()
            .unwrap()
            .contains("`ja` or `nee`")
    );
}
