//! Every sentence a user reads comes from the message catalogues (`src/messages/*.ftl`),
//! in Dutch for a Dutch site and English for an English one, `--lang` and `LANG`
//! overriding. The catalogues are checked against the code: every key the code names is
//! in both, every key of the catalogues is used, and no command prints words of its own.
//! Then the binary is run as a Dutch editor runs it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::util::{TODAY, TempSite, repo, run_with_env, stderr};

/// A run in the site's own language: no locale asks for another.
const SITE_LANGUAGE: &[(&str, &str)] = &[("LANG", "")];

fn keys(lang: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(repo().join(format!("src/messages/{lang}.ftl"))).unwrap();
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
        .collect()
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literal that starts at `at` (just after its opening quote), unescaped
/// only as far as the scan needs: its text up to the closing quote.
fn literal(text: &str, at: usize) -> &str {
    let bytes = text.as_bytes();
    let mut i = at;
    while i < bytes.len() && bytes[i] != b'"' {
        i += if bytes[i] == b'\\' { 2 } else { 1 };
    }
    &text[at..i.min(text.len())]
}

/// The keys a source names with `t!("key"` (the literal may start on the next line).
fn used_keys(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (at, _) in text.match_indices("t!(") {
        if at > 0 && text.as_bytes()[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let rest = text[at + 3..].trim_start();
        if let Some(inner) = rest.strip_prefix('"') {
            found.push(literal(inner, 0).to_owned());
        }
    }
    found
}

/// Words in a format string: letters outside `{...}` placeholders and escapes.
fn has_words(format: &str) -> bool {
    let mut depth = 0;
    let mut run = 0;
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                chars.next();
                run = 0;
            }
            '{' => depth += 1,
            '}' => depth -= 1,
            c if depth == 0 && c.is_alphabetic() => {
                run += 1;
                if run >= 2 {
                    return true;
                }
            }
            _ => run = 0,
        }
    }
    false
}

#[test]
fn every_key_the_code_names_is_in_both_catalogues_and_every_key_is_used() {
    let (nl, en) = (keys("nl"), keys("en"));
    assert!(nl.len() > 300, "only {} messages", nl.len());
    let mut files = Vec::new();
    sources(&repo().join("src"), &mut files);
    let mut used = BTreeSet::new();
    let mut missing = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for key in used_keys(&text) {
            for (lang, keys) in [("nl", &nl), ("en", &en)] {
                if !keys.contains(&key) {
                    missing.push(format!("{}: `{key}` is not in {lang}.ftl", file.display()));
                }
            }
            used.insert(key);
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    // `cli-*` keys are named by the verbs and flags of the command line; a unit test of
    // src/cli.rs checks those.
    let unused: Vec<&String> = nl
        .union(&en)
        .filter(|k| !used.contains(*k) && !k.starts_with("cli-"))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn no_command_prints_words_written_in_the_code() {
    let mut files = Vec::new();
    sources(&repo().join("src"), &mut files);
    let mut written = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        // Unit tests print what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for mac in ["println!(", "eprintln!(", "print!(", "eprint!("] {
            for (at, _) in code.match_indices(mac) {
                if at > 0 && code.as_bytes()[at - 1].is_ascii_alphanumeric() {
                    continue;
                }
                let rest = code[at + mac.len()..].trim_start();
                if let Some(inner) = rest.strip_prefix('"') {
                    let format = literal(inner, 0);
                    if has_words(format) {
                        written.push(format!("{}: {mac}\"{format}\"", file.display()));
                    }
                }
            }
        }
    }
    assert!(
        written.is_empty(),
        "words written in the code:\n{}",
        written.join("\n")
    );
}

#[test]
fn a_dutch_site_speaks_dutch_and_lang_or_the_flag_overrides_it() {
    let site = TempSite::invalid("unknown-key");
    let root = site.root.to_str().unwrap();
    let check = ["check", "--root", root, "--today", TODAY];
    let dutch = stderr(&run_with_env(&check, SITE_LANGUAGE));
    assert!(
        dutch.contains("fout: `sumary` is geen veld dat buurtgids kent"),
        "{dutch}"
    );
    assert!(
        dutch.contains("--> content/activities/koffie.md:3:1"),
        "{dutch}"
    );
    assert!(dutch.contains("= tip: bedoelt u `summary`?"), "{dutch}");
    assert!(
        dutch.contains("onderdelen nagekeken: niet in orde, 1 fout, 0 waarschuwingen."),
        "{dutch}"
    );
    // The environment asks for English: the editor reads English.
    let english = stderr(&run_with_env(&check, &[("LANG", "en_GB.UTF-8")]));
    assert!(english.contains("error: unknown key `sumary`"), "{english}");
    assert!(
        english.contains("= help: did you mean `summary`?"),
        "{english}"
    );
    // LC_ALL comes before LANG, as gettext reads them; `C` names no language.
    let all = stderr(&run_with_env(
        &check,
        &[("LANG", "en_GB.UTF-8"), ("LC_ALL", "nl_NL.UTF-8")],
    ));
    assert!(all.contains("is geen veld"), "{all}");
    let c = stderr(&run_with_env(&check, &[("LANG", "C.UTF-8")]));
    assert!(c.contains("is geen veld"), "{c}");
    // The flag comes before the environment.
    let mut flagged = check.to_vec();
    flagged.extend(["--lang", "nl"]);
    let flag = stderr(&run_with_env(&flagged, &[("LANG", "en_GB.UTF-8")]));
    assert!(flag.contains("is geen veld"), "{flag}");
    // An English site speaks English.
    let text = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    std::fs::write(
        site.root.join("site.toml"),
        format!("language = \"en\"\n{text}"),
    )
    .unwrap();
    let english_site = stderr(&run_with_env(&check, SITE_LANGUAGE));
    assert!(
        english_site.contains("error: unknown key `sumary`"),
        "{english_site}"
    );
}

#[test]
fn help_and_a_wrong_command_line_are_dutch() {
    let help = run_with_env(&["--help"], SITE_LANGUAGE);
    let text = String::from_utf8_lossy(&help.stdout);
    assert_eq!(help.status.code(), Some(0));
    for words in [
        "Maakt een toegankelijke sociale kaart",
        "Gebruik: buurtgids",
        "Opdrachten:",
        "build   Maak de site in een map",
        "-h, --help",
        "Laat deze uitleg zien",
    ] {
        assert!(text.contains(words), "{words}: {text}");
    }
    let build = run_with_env(&["build", "--help"], SITE_LANGUAGE);
    let text = String::from_utf8_lossy(&build.stdout);
    assert!(text.contains("Opties:"), "{text}");
    assert!(
        text.contains("De map voor de site (standaard: public/"),
        "{text}"
    );
    let wrong = run_with_env(&["bild"], SITE_LANGUAGE);
    assert_eq!(wrong.status.code(), Some(2));
    let text = stderr(&wrong);
    assert!(
        text.contains("fout: `bild` is geen opdracht van buurtgids"),
        "{text}"
    );
    assert!(text.contains("= tip: probeer build"), "{text}");
    let flag = stderr(&run_with_env(
        &["check", "--formaat", "json"],
        SITE_LANGUAGE,
    ));
    assert!(
        flag.contains("`--formaat` is geen optie van deze opdracht"),
        "{flag}"
    );
    let english = String::from_utf8_lossy(&run_with_env(&["--help", "--lang", "en"], &[]).stdout)
        .into_owned();
    assert!(english.contains("Commands:"), "{english}");
    assert!(
        english.contains("Build the site into an output folder"),
        "{english}"
    );
}

#[test]
fn the_summary_the_report_new_and_import_are_dutch() {
    let site = TempSite::copy_of("valid");
    let root = site.root.to_str().unwrap();
    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("public");
    let built = stderr(&run_with_env(
        &[
            "build",
            "--root",
            root,
            "--out",
            out_dir.to_str().unwrap(),
            "--today",
            TODAY,
        ],
        SITE_LANGUAGE,
    ));
    assert!(built.contains("pagina's gemaakt in"), "{built}");
    assert!(built.contains("(datum van --today)"), "{built}");
    assert!(built.contains("0 waarschuwingen"), "{built}");
    let report = run_with_env(&["report", "--root", root, "--today", TODAY], SITE_LANGUAGE);
    let text = String::from_utf8_lossy(&report.stdout);
    assert!(text.contains("rapport van 2026-11-23"), "{text}");
    assert!(text.contains("Per wijk en soort (0 is een gat):"), "{text}");
    assert!(text.contains("Geen contact mogelijk"), "{text}");
    let html = run_with_env(
        &[
            "report", "--root", root, "--today", TODAY, "--format", "html",
        ],
        SITE_LANGUAGE,
    );
    let html = String::from_utf8_lossy(&html.stdout);
    assert!(html.contains("<html lang=nl>"), "{html}");
    assert!(html.contains("<h2>Per organisatie</h2>"), "{html}");
    let new_entry = || {
        run_with_env(
            &[
                "new",
                "activity",
                "Koffie in de wijk",
                "--root",
                root,
                "--today",
                TODAY,
            ],
            SITE_LANGUAGE,
        )
    };
    let new = stderr(&new_entry());
    assert!(
        new.contains("is geschreven: elk veld wordt erin uitgelegd"),
        "{new}"
    );
    let again = new_entry();
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("fout: content/activities/koffie-in-de-wijk.md bestaat al"));
    let csv = site.root.join("rijen.csv");
    std::fs::write(
        &csv,
        "Naam;Omschrijving;Wijk;Wanneer\n;Zonder naam.;Centrum;di 10-12\n",
    )
    .unwrap();
    let import = stderr(&run_with_env(
        &[
            "import",
            "activity",
            csv.to_str().unwrap(),
            "--root",
            root,
            "--today",
            TODAY,
        ],
        SITE_LANGUAGE,
    ));
    assert!(
        import.contains("fout: rij 2, kolom A: heeft geen titel"),
        "{import}"
    );
    assert!(
        import.contains("0 rijen geïmporteerd in content/activities/"),
        "{import}"
    );
}
