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

#[test]
fn a_sharded_index_holds_words_in_every_script() {
    let site = large_site(330);
    let result = site.build();
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let index = std::fs::read_dir(site.out.join("zoeken"))
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.path().is_dir())
        .expect("the index folder")
        .path();
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
