//! `buurtgids new`: a file for every kind that `check` accepts as it is, and still
//! accepts with every example field switched on; never an overwrite.

use crate::util::{TODAY, TempSite, run, stderr};

const KINDS: [&str; 8] = [
    "activity",
    "place",
    "service",
    "person",
    "volunteering",
    "area",
    "organisation",
    "page",
];

fn new(site: &TempSite, kind: &str, title: &str) -> std::process::Output {
    run(&[
        "new",
        kind,
        title,
        "--root",
        site.root.to_str().unwrap(),
        "--today",
        TODAY,
    ])
}

fn check(site: &TempSite, drafts: bool) -> std::process::Output {
    let root = site.root.to_str().unwrap();
    let mut args = vec!["check", "--root", root, "--today", TODAY];
    if drafts {
        args.push("--drafts");
    }
    run(&args)
}

#[test]
fn every_kind_gives_a_file_check_accepts_as_it_is() {
    let site = TempSite::demo();
    for kind in KINDS {
        let out = new(&site, kind, "Koffie & Praat in 't Anker");
        assert!(out.status.success(), "{kind}: {}", stderr(&out));
        let written = String::from_utf8(out.stdout).unwrap();
        let folder = buurtgids::content::Kind::ALL
            .into_iter()
            .find(|k| k.name() == kind)
            .unwrap()
            .folder();
        assert_eq!(
            written.trim(),
            format!("content/{folder}/koffie-praat-in-t-anker.md")
        );
        let text = std::fs::read_to_string(site.root.join(written.trim())).unwrap();
        assert!(text.contains("\"Koffie & Praat in 't Anker\""), "{text}");
        assert!(text.contains(&format!("reviewed: {TODAY}")), "{text}");
        assert!(
            text.contains("draft: true"),
            "a new entry starts as a draft"
        );
    }
    // As written, and with the drafts included as `serve` shows them.
    for drafts in [false, true] {
        let out = check(&site, drafts);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            !stderr(&out).contains("koffie-praat-in-t-anker.md:"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn every_example_in_the_file_is_valid_when_switched_on() {
    let site = TempSite::demo();
    for kind in KINDS {
        let out = new(&site, kind, &format!("Alles aan {kind}"));
        assert!(out.status.success(), "{kind}: {}", stderr(&out));
        let file = site
            .root
            .join(String::from_utf8(out.stdout).unwrap().trim());
        let text = std::fs::read_to_string(&file).unwrap();
        // A commented field starts with `# ` and then YAML: `key:` or a list item.
        let on: String = text
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest)
                    if rest.trim_start().split(':').next().is_some_and(|k| {
                        !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
                    }) && rest.contains(':')
                        || rest.trim_start().starts_with("- ") =>
                {
                    rest.replace("images/foto.jpg", "images/logo.svg")
                }
                _ => line.to_owned(),
            })
            .map(|line| line + "\n")
            .collect();
        assert_ne!(on, text, "{kind}: nothing to switch on");
        // Each kind gets its own address.
        let on = on.replace("slug: ander-adres", &format!("slug: ander-adres-{kind}"));
        std::fs::write(&file, on.replace("draft: true\n", "")).unwrap();
    }
    let out = check(&site, false);
    assert!(out.status.success(), "{}", stderr(&out));
    let messages = stderr(&out);
    assert!(
        !messages.contains("alles-aan-"),
        "no warning about a new file:\n{messages}"
    );
}

#[test]
fn new_never_overwrites_and_says_which_kinds_there_are() {
    let site = TempSite::demo();
    let existing = site.root.join("content/activities/breicafe.md");
    let before = std::fs::read(&existing).unwrap();
    let out = new(&site, "activity", "Breicafé");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("content/activities/breicafe.md already exists"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(&existing).unwrap(), before);
    // The folder name works as the kind too.
    assert!(new(&site, "activities", "Nieuw").status.success());
    assert_eq!(new(&site, "activities", "Nieuw").status.code(), Some(1));
    let out = new(&site, "activitie", "X");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("did you mean `activity`?"),
        "{}",
        stderr(&out)
    );
    let out = new(&site, "activity", "!!!");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no letters or digits"));
}
