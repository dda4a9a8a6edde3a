//! `buurtgids init`: a new site from an empty folder, through the real binary, with flags
//! (as a script runs it) and at a terminal (questions in Dutch, Enter for the suggestion);
//! it never overwrites.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::{TODAY, check_json, command, run, stderr, tree};

fn init(dir: &Path, flags: &[&str]) -> std::process::Output {
    let mut args = vec!["init", dir.to_str().unwrap(), "--today", TODAY];
    args.extend_from_slice(flags);
    run(&args)
}

const FLAGS: [&str; 12] = [
    "--municipality",
    "Lindewaard",
    "--wijk",
    "Centrum=5431, 5432",
    "--wijk",
    "De Akkers=5433",
    "--kern",
    "Oudeweer=5437",
    "--report-email",
    "redactie@example.org",
    "--province",
    "Noord-Brabant",
];

#[test]
fn init_with_flags_writes_a_small_site_that_check_accepts_and_report_explains() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("lindewaard");
    let out = init(&site, &FLAGS);
    assert!(out.status.success(), "{}", stderr(&out));
    for file in [
        "site.toml",
        ".gitignore",
        "HANDLEIDING.md",
        "content/areas/centrum.md",
        "content/areas/de-akkers.md",
        "content/areas/oudeweer.md",
        "content/activities/voorbeeld-activiteit.md",
        "content/places/voorbeeld-ontmoetingsplek.md",
        "content/services/voorbeeld-hulp-en-advies.md",
        "content/people/voorbeeld-contactpersoon.md",
        "content/volunteering/voorbeeld-vrijwilligerswerk.md",
        "content/organisations/voorbeeld-organisatie.md",
        "content/pages/voorbeeld-pagina.md",
        "static/admin/index.html",
        "static/admin/config.yml",
        "static/admin/preview.js",
    ] {
        assert!(site.join(file).is_file(), "{file}");
    }
    // The editors' forms, as `buurtgids cms` writes them; without a repository the CMS
    // signs in through Netlify Identity.
    let cms = std::fs::read_to_string(site.join("static/admin/config.yml")).unwrap();
    assert!(cms.contains("name: \"git-gateway\""), "{cms}");
    // The editors' guide, in Dutch, its text whole without the pictures.
    let guide = std::fs::read_to_string(site.join("HANDLEIDING.md")).unwrap();
    assert!(guide.starts_with("# Handleiding voor redacteuren\n"));
    assert!(
        guide.contains("## Iets van de site halen") && guide.contains("## Wat het rapport zegt")
    );
    assert!(
        !guide.contains("![") && !guide.contains("\n\n\n"),
        "{guide}"
    );
    assert!(cms.contains("folder: \"content/activities\""));
    let toml = std::fs::read_to_string(site.join("site.toml")).unwrap();
    assert!(toml.contains("title = \"Sociale kaart Lindewaard\""));
    assert!(toml.contains("owner = \"Gemeente Lindewaard\""));
    assert!(toml.contains("province = \"Noord-Brabant\""));
    // Every setting is explained: a comment above each of them.
    for key in [
        "base_url",
        "stale_after_days",
        "report_email",
        "weeks",
        "status",
    ] {
        let at = toml.find(&format!("\n{key} = ")).expect(key);
        assert!(
            toml[..at]
                .trim_end()
                .lines()
                .last()
                .unwrap()
                .starts_with('#'),
            "{key}"
        );
    }
    let oudeweer = std::fs::read_to_string(site.join("content/areas/oudeweer.md")).unwrap();
    assert!(oudeweer.contains("kind: kern") && oudeweer.contains("postcodes: [5437]"));
    let centrum = std::fs::read_to_string(site.join("content/areas/centrum.md")).unwrap();
    assert!(centrum.contains("postcodes: [5431, 5432]"));
    // The examples are drafts: nothing of them is published.
    let activity =
        std::fs::read_to_string(site.join("content/activities/voorbeeld-activiteit.md")).unwrap();
    assert!(activity.contains("\ndraft: true\n"));

    let (code, found) = check_json(&site, &[]);
    assert_eq!(code, Some(0), "{found:?}");
    assert!(found.iter().all(|d| d["severity"] != "error"), "{found:?}");

    let public = dir.path().join("public");
    let built = run(&[
        "build",
        "--root",
        site.to_str().unwrap(),
        "--out",
        public.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    assert!(built.status.success(), "{}", stderr(&built));
    assert!(public.join("wijken/oudeweer/index.html").is_file());
    assert!(!public.join("activiteiten/voorbeeld-activiteit").exists());

    // The report shows what is still missing: every area, every kind.
    let report = run(&[
        "report",
        "--root",
        site.to_str().unwrap(),
        "--today",
        TODAY,
        "--format",
        "json",
    ]);
    let json: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    assert_eq!(json["drafts"], 7);
    assert!(json["gaps"].as_array().unwrap().len() >= 3 * 5);
}

#[test]
fn init_never_overwrites_a_site() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    std::fs::create_dir_all(&site).unwrap();
    std::fs::write(site.join(".gitignore"), "mijn eigen regels\n").unwrap();
    let out = init(&site, &FLAGS);
    assert!(out.status.success(), "{}", stderr(&out));
    // A .gitignore that was there is kept as it is.
    assert_eq!(
        std::fs::read_to_string(site.join(".gitignore")).unwrap(),
        "mijn eigen regels\n"
    );
    let before = tree(&site);
    let again = run(&[
        "init",
        site.to_str().unwrap(),
        "--municipality",
        "Andere gemeente",
        "--lang",
        "nl",
    ]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("bestaat al"), "{}", stderr(&again));
    assert_eq!(tree(&site), before, "nothing changed");

    // A wrong postcode in a flag is a usage error, before anything is written.
    let other = dir.path().join("other");
    let bad = run(&[
        "init",
        other.to_str().unwrap(),
        "--wijk",
        "Centrum=54",
        "--lang",
        "nl",
    ]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("`54` is geen postcode van vier cijfers"),
        "{}",
        stderr(&bad)
    );
    assert!(!other.join("site.toml").exists());
}

#[test]
fn without_flags_a_script_gets_a_site_named_after_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("berg-en-dal");
    let out = command()
        .args(["init", site.to_str().unwrap(), "--today", TODAY])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let toml = std::fs::read_to_string(site.join("site.toml")).unwrap();
    assert!(
        toml.contains("title = \"Sociale kaart Berg En Dal\""),
        "{toml}"
    );
    assert!(site.join("content/areas/centrum.md").is_file());
    let (code, _) = check_json(&site, &[]);
    assert_eq!(code, Some(0));
}

#[test]
fn at_a_terminal_init_asks_in_dutch_and_enter_takes_the_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("nieuw");
    let binary = env!("CARGO_BIN_EXE_buurtgids");
    // `script` gives the command a terminal; the answers are typed into it. Enter for
    // the publisher, a wrong postcode answered again, Enter to end the areas and for the
    // web address.
    let answers = "Lindewaard\n\nCentrum\nn\n5431, 5432\nOudeweer\nj\n54x\n5437\n\nredactie@example.org\n\nGelderland\ngemeente-lindewaard/sociale-kaart\n";
    let mut child = Command::new("script")
        .args([
            "-qec",
            &format!("{binary} init {} --today {TODAY} --lang nl", site.display()),
            "/dev/null",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(answers.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}");
    for question in [
        "Naam van de gemeente",
        "Wie geeft de sociale kaart uit? [Gemeente Lindewaard]",
        "Is Oudeweer een dorpskern?",
        "`54x` is geen postcode van vier cijfers",
        "Webadres waar de site komt te staan [https://www.lindewaard.nl/sociale-kaart/]",
        "De GitHub-repository van de site",
    ] {
        assert!(said.contains(question), "{question}:\n{said}");
    }
    let toml = std::fs::read_to_string(site.join("site.toml")).unwrap();
    assert!(toml.contains("owner = \"Gemeente Lindewaard\""));
    assert!(toml.contains("report_email = \"redactie@example.org\""));
    assert!(toml.contains("province = \"Gelderland\""));
    // The CMS saves in the repository given.
    let cms = std::fs::read_to_string(site.join("static/admin/config.yml")).unwrap();
    assert!(
        cms.contains("name: \"github\"\n  repo: \"gemeente-lindewaard/sociale-kaart\""),
        "{cms}"
    );
    let oudeweer = std::fs::read_to_string(site.join("content/areas/oudeweer.md")).unwrap();
    assert!(oudeweer.contains("kind: kern") && oudeweer.contains("postcodes: [5437]"));
    let (code, found) = check_json(&site, &[]);
    assert_eq!(code, Some(0), "{found:?}");
}

#[test]
fn a_site_for_a_newer_buurtgids_names_the_version_to_install_and_the_summary_names_this_one() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert!(init(&site, &FLAGS).status.success());
    let toml = std::fs::read_to_string(site.join("site.toml")).unwrap();
    let version = env!("CARGO_PKG_VERSION");
    let minor = version.rsplit_once('.').unwrap().0;
    assert!(
        toml.contains(&format!("buurtgids = \">= {minor}\"")),
        "{toml}"
    );
    // A later site.toml: a newer requirement and a setting this version does not know.
    let newer = toml.replace(&format!(">= {minor}"), ">= 99.2") + "\n[kaart]\nstijl = \"licht\"\n";
    std::fs::write(site.join("site.toml"), newer).unwrap();
    let out = run(&["check", "--root", site.to_str().unwrap(), "--lang", "nl"]);
    assert_eq!(out.status.code(), Some(1));
    let said = stderr(&out);
    assert!(
        said.contains(&format!(
            "deze site vraagt buurtgids >= 99.2, en dit is buurtgids {version}"
        )),
        "{said}"
    );
    assert!(!said.contains("kaart"), "only the version: {said}");
    assert_eq!(said.matches("fout:").count(), 1, "{said}");

    let built = run(&[
        "build",
        "--root",
        crate::util::repo().to_str().unwrap(),
        "--out",
        dir.path().join("public").to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    assert!(built.status.success(), "{}", stderr(&built));
    let last = stderr(&built).lines().last().unwrap().to_owned();
    assert!(last.ends_with(&format!("(buurtgids {version}).")), "{last}");
}

/// `check-jsonschema` (pinned in tests/requirements.txt) with one of its published
/// schemas: GitHub's workflows or GitLab's CI.
fn lint(schema: &str, file: &Path) -> std::process::Output {
    Command::new(crate::util::python())
        .args(["-m", "check_jsonschema", "--builtin-schema", schema])
        .arg(file)
        .output()
        .expect("the test environment's Python has check-jsonschema")
}

#[test]
fn the_ci_files_init_writes_and_the_release_workflow_pass_their_linter() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    assert!(init(&site, &FLAGS).status.success());
    let github = site.join(".github/workflows/sociale-kaart.yml");
    let gitlab = site.join(".gitlab-ci.yml");
    let release = crate::util::repo().join(".github/workflows/release.yml");
    for (schema, file) in [
        ("vendor.github-workflows", &github),
        ("vendor.github-workflows", &release),
        ("vendor.gitlab-ci", &gitlab),
    ] {
        let out = lint(schema, file);
        assert!(
            out.status.success(),
            "{}: {}{}",
            file.display(),
            String::from_utf8_lossy(&out.stdout),
            stderr(&out)
        );
    }
    // They build with this version, downloaded and checked against its checksums.
    let version = env!("CARGO_PKG_VERSION");
    for file in [&github, &gitlab] {
        let text = std::fs::read_to_string(file).unwrap();
        assert!(
            text.contains(&format!("BUURTGIDS_VERSION: \"{version}\"")),
            "{text}"
        );
        assert!(text.contains("sha256sum --check"), "{text}");
        assert!(
            text.contains("install --locked --git"),
            "the fallback compiles"
        );
    }
    // The linter is no stamp: a misspelt trigger fails it.
    let text = std::fs::read_to_string(&github).unwrap();
    let broken = dir.path().join("broken.yml");
    std::fs::write(&broken, text.replacen("  schedule:", "  shedule:", 1)).unwrap();
    assert!(!lint("vendor.github-workflows", &broken).status.success());
}
