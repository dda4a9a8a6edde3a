//! `check --language`: plain-language hints with file, line and column, as warnings that
//! do not fail the check.

use crate::util::{TODAY, TempSite, run, stderr};

#[test]
fn long_summaries_long_sentences_and_jargon_are_pointed_at() {
    let site = TempSite::copy_of("valid");
    let settings = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{settings}\n[plain_language]\njargon = {{ \"voorliggende voorziening\" = \"hulp in de buurt\" }}\n"),
    );
    site.write(
        "content/services/loket.md",
        "---\ntitle: Loket\nsummary: Eén. Twee, bijv. dit. Drie! Vier?\nareas: [centrum]\nreviewed: 2026-10-01\nhow_to_reach: Bel ons.\nphone: \"0413 100 200\"\n---\nKort.\n\nDit is een zin met veel te veel woorden die maar doorgaat en doorgaat zonder ooit te stoppen want er is nog zoveel te zeggen.\n\nEen Voorliggende Voorziening is hulp.\n",
    );
    let root = site.root.to_str().unwrap();
    let without = run(&["check", "--root", root, "--today", TODAY]);
    assert!(without.status.success());
    assert!(
        !stderr(&without).contains("content/services/loket.md"),
        "{}",
        stderr(&without)
    );

    let out = run(&["check", "--root", root, "--today", TODAY, "--language"]);
    let text = stderr(&out);
    assert!(out.status.success(), "hints are warnings: {text}");
    assert!(text.contains("the summary has 4 sentences"), "{text}");
    assert!(
        text.contains("--> content/services/loket.md:3:10"),
        "{text}"
    );
    assert!(text.contains("a sentence of 25 words"), "{text}");
    assert!(
        text.contains("--> content/services/loket.md:11:1"),
        "{text}"
    );
    assert!(
        text.contains("“voorliggende voorziening” is a word many residents do not know"),
        "{text}"
    );
    assert!(
        text.contains("--> content/services/loket.md:13:5"),
        "{text}"
    );
    assert!(text.contains("write “hulp in de buurt” instead"), "{text}");
    // `--deny-warnings` makes them count, for a CI that wants plain language.
    let strict = run(&[
        "check",
        "--root",
        root,
        "--today",
        TODAY,
        "--language",
        "--deny-warnings",
    ]);
    assert_eq!(strict.status.code(), Some(1));
}
