//! The static search index of a site too large for one file, built through the real
//! binary: words in any script are indexed and found, not only Dutch ones.

use crate::util::{TODAY, TempSite, run, stderr};

/// The valid fixture with `n` more activities, each with words in several scripts.
fn large_site(n: usize) -> TempSite {
    let site = TempSite::copy_of("valid");
    let scripts = [
        "Arabisch taalcafé مقهى اللغة",
        "Русский разговорный клуб — разговор, разговоры, разговорник, разговорная речь",
        "Ελληνικό καφενείο",
        "中文 学习 小组",
        "Türkçe sohbet grubu çay",
        "Polski klub dyskusyjny źródło",
    ];
    for i in 0..n {
        let words = scripts[i % scripts.len()];
        site.write(
            &format!("content/activities/groep-{i}.md"),
            &format!(
                "---\ntitle: Groep {i}\nsummary: {words}.\nareas: [centrum]\n\
                 categories: [ontmoeten]\naudience: [iedereen]\nplace: buurthuis\n\
                 schedule:\n  - weekly: woensdag\n    time: \"14:00-15:00\"\n\
                 cost: gratis\norganiser: welzijn\nreviewed: 2026-10-01\n---\n\
                 Samen praten in het {words} nummer {i}.\n"
            ),
        );
    }
    site
}

/// The folder of the search index a build of `site` wrote (`zoeken/<hash>/`).
fn index_folder(site: &TempSite) -> std::path::PathBuf {
    std::fs::read_dir(site.out.join("zoeken"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.path().is_dir())
        .expect("the index folder")
        .path()
}

#[test]
fn a_sharded_index_holds_words_in_every_script() {
    let site = large_site(330);
    let result = site.build();
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let index = index_folder(&site);
    assert!(
        index.join("t").is_dir() && index.join("c").is_dir(),
        "330 entries are past the one-file size: the index is split"
    );

    let root = site.root.to_str().unwrap();
    // Each query finds the 55 activities written in its script, and only those.
    for (query, script) in [
        ("مقهى", 0),
        ("разговорный", 1),
        ("καφενείο", 2),
        ("sohbet", 4),
        ("zrodlo", 5),
    ] {
        let out = run(&[
            "search", "--root", root, "--today", TODAY, "--format", "json", "--limit", "1000",
            query,
        ]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let numbers: Vec<usize> = answer["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                h["title"].as_str().unwrap()["Groep ".len()..]
                    .parse()
                    .unwrap()
            })
            .collect();
        assert_eq!(numbers.len(), 55, "{query}: {numbers:?}");
        assert!(
            numbers.iter().all(|n| n % 6 == script),
            "{query}: {numbers:?}"
        );
    }
}

/// `buurtgids search --format json` of `site` for one query: the titles found and the
/// words also searched.
fn search(site: &TempSite, query: &str) -> (Vec<String>, Vec<String>) {
    let root = site.root.to_str().unwrap();
    let out = run(&[
        "search", "--root", root, "--today", TODAY, "--format", "json", query,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let strings = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    };
    let titles = answer["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["title"].as_str().unwrap().to_owned())
        .collect();
    (titles, strings(&answer["also"]))
}

#[test]
fn synonyms_keywords_and_the_dutch_dictionary_find_words_the_page_does_not_use() {
    let site = TempSite::copy_of("valid");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{toml}\n[search]\nsynonyms = [[\"honk\", \"papieren\"], [\"oude honk\", \"wijkcentrum\"], [\"eenling\"]]\n"),
    );
    site.write(
        "content/services/belastinghulp.md",
        "---\ntitle: Hulp bij de belastingaangifte\nsummary: Voor mensen die zich alleen voelen \
         met de post.\nareas: all\nkeywords: [blauwe envelop, aangiftebrief]\n\
         reviewed: 2026-10-01\n---\nWe vullen samen de papieren in. Vraag het in het \
         wijkcentrum.\n",
    );
    // The thesaurus: "eenzaam" is on no page; it brings in "alleen voelen" (the tax
    // help) and "alleen" (the opening), and says so.
    let (titles, also) = search(&site, "eenzaam");
    assert_eq!(titles, ["Hulp bij de belastingaangifte", "Word maatje"]);
    assert!(also.iter().any(|w| w == "alleen voelen"), "{also:?}");
    // The site's own group; a group of words ("oude honk") is found, not searched.
    let (titles, also) = search(&site, "honk");
    assert_eq!(
        titles.first().map(String::as_str),
        Some("Hulp bij de belastingaangifte")
    );
    assert_eq!(also, ["papieren"]);
    let (_, also) = search(&site, "oude");
    assert!(!also.iter().any(|w| w == "wijkcentrum"), "{also:?}");
    // The keywords, and a part the dictionary knows though the site never uses it alone.
    for query in ["envelop", "belasting", "aangifte"] {
        let (titles, _) = search(&site, query);
        assert_eq!(
            titles.first().map(String::as_str),
            Some("Hulp bij de belastingaangifte"),
            "{query}"
        );
    }
    // A word of no group brings in nothing.
    let (_, also) = search(&site, "anja");
    assert!(also.is_empty(), "{also:?}");

    // The terminal says what it also searched; a group of one word is a warning.
    let root = site.root.to_str().unwrap();
    let out = run(&["search", "--root", root, "--today", TODAY, "eenzaam"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Also searched for: "), "{text}");
    let out = run(&["check", "--root", root, "--today", TODAY]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("eenling"), "{}", stderr(&out));

    // The index the browser reads holds the same: "eenzaam" names its synonyms.
    let result = site.build();
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let index = index_folder(&site);
    let mut meta = String::new();
    std::io::Read::read_to_string(
        &mut flate2::read::DeflateDecoder::new(
            std::fs::File::open(index.join("meta.bin")).unwrap(),
        ),
        &mut meta,
    )
    .unwrap();
    let meta: serde_json::Value = serde_json::from_str(&meta).unwrap();
    let shard = &meta["bundle"]["t"]["ee"];
    let synonyms = shard["y"]["eenzaam"]
        .as_array()
        .expect("eenzaam has synonyms");
    assert!(
        synonyms.iter().any(|s| s[0] == "alleen voelen"),
        "{synonyms:?}"
    );
    assert_eq!(meta["syn"], 0.5);
}
