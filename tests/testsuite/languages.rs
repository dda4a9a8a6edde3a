//! A site in several languages (`languages = ["nl", "en"]`): the main language at the root,
//! each other in its folder, every page with `lang`, `dir`, its alternates and a switcher
//! to the same page in each language; an entry not translated yet marked as Dutch; a
//! sitemap with the alternates; and mistakes in the settings told with the fix.

use crate::util::{TODAY, TempSite, built_demo, links, run, stderr};

fn page(out: &std::path::Path, path: &str) -> String {
    std::fs::read_to_string(out.join(path).join("index.html")).unwrap()
}

const SITE: &str = "https://www.lindewaard.example.org/sociale-kaart/";

#[test]
fn every_page_is_in_each_language_with_its_alternates_and_a_switcher() {
    let (_dir, out) = built_demo();
    for (path, lang, dir) in [
        ("", "nl", "ltr"),
        ("en/", "en", "ltr"),
        ("ar/", "ar", "rtl"),
    ] {
        let html = page(&out, &format!("{path}activiteiten/breicafe"));
        assert!(html.starts_with(&format!("<!doctype html><html dir={dir} lang={lang}>")));
        for (code, folder) in [("nl", ""), ("en", "en/"), ("ar", "ar/")] {
            let alternate = format!(
                "<link href={SITE}{folder}activiteiten/breicafe/ hreflang={code} rel=alternate>"
            );
            assert!(html.contains(&alternate), "{alternate}\n{html}");
        }
        assert!(html.contains(&format!(
            "<link href={SITE}activiteiten/breicafe/ hreflang=x-default rel=alternate>"
        )));
        assert!(html.contains(&format!(
            "<link href={SITE}{path}activiteiten/breicafe/ rel=canonical>"
        )));
    }
    // The switcher names each language in itself and marks the page's own.
    let english = page(&out, "en/activiteiten/breicafe");
    assert!(english.contains(
        "<nav aria-label=\"Choose a language\" class=language-switch><ul><li><a href=/sociale-kaart/activiteiten/breicafe/ hreflang=nl lang=nl>Nederlands</a></li><li><a aria-current=true href=/sociale-kaart/en/activiteiten/breicafe/ hreflang=en lang=en>English</a></li><li><a dir=rtl href=/sociale-kaart/ar/activiteiten/breicafe/ hreflang=ar lang=ar>العربية</a></li></ul></nav>"
    ), "{english}");
    let dutch = page(&out, "activiteiten/breicafe");
    assert!(dutch.contains("aria-label=\"Kies een taal\""));
    // The English pages speak English, with the site's own words from site.toml, and link
    // to English pages; pictures, styles and scripts are the ones all languages share.
    let home = page(&out, "en");
    assert!(home.contains("<title>Social map of Lindewaard</title>"));
    assert!(home.contains("<a href=/sociale-kaart/en/agenda/>What's on</a>"));
    for link in links(&home) {
        let shared = link.starts_with("/sociale-kaart/assets/")
            || link.starts_with("/sociale-kaart/images/")
            || link.starts_with("/sociale-kaart/fotos/")
            || link.starts_with("/sociale-kaart/open-data/");
        let english = link.starts_with("/sociale-kaart/en/");
        assert!(
            shared
                || english
                || !link.starts_with("/sociale-kaart/")
                || ["/sociale-kaart/", "/sociale-kaart/ar/"].contains(&link.as_str()),
            "{link}"
        );
    }
    let category = page(&out, "en/activiteiten/onderwerp/ontmoeten");
    assert!(category.contains("Welcoming meeting places"), "{category}");
    // Each language has its own search index, calendars and feeds.
    let search = page(&out, "en/zoeken");
    let index = search
        .split("data-index=")
        .nth(1)
        .and_then(|rest| rest.split([' ', '>']).next())
        .unwrap();
    assert!(index.starts_with("/sociale-kaart/en/zoeken/"), "{index}");
    let file = index.trim_start_matches("/sociale-kaart/");
    assert!(out.join(file).is_file(), "{file}");
    assert!(out.join("en/agenda/agenda.ics").is_file());
    assert!(out.join("en/activiteiten/atom.xml").is_file());
    // The open data is the main language's, once.
    assert!(!out.join("en/open-data").exists() && !out.join("en/robots.txt").exists());
}

#[test]
fn an_entry_not_translated_yet_is_marked_as_dutch_with_a_note_in_the_page_language() {
    let (_dir, out) = built_demo();
    let english = page(&out, "en/activiteiten/breicafe");
    assert!(english.contains("<h1 lang=nl>Breicafé De Linde</h1><p class=untranslated>This text has not been translated yet. It is shown below in Dutch.</p><p class=lead lang=nl>"), "{english}");
    assert!(english.contains("<div class=body lang=nl>"));
    // Cards and the agenda mark the entries' words too; the interface around them is English.
    let listing = page(&out, "en/activiteiten");
    assert!(listing.contains("<h2 class=card-title lang=nl><a href=/sociale-kaart/en/activiteiten/breicafe/>Breicafé De Linde</a></h2>"), "{listing}");
    let agenda = page(&out, "en/agenda");
    assert!(agenda.contains(" lang=nl>Breicafé De Linde</a>"));
    // In Dutch nothing is marked: the page is in the entry's language.
    let dutch = page(&out, "activiteiten/breicafe");
    assert!(dutch.contains("<h1>Breicafé De Linde</h1><p class=lead>"));
    // (`lang=nl` is on the page itself and on the switcher's link to it.)
    assert_eq!(dutch.matches(" lang=nl").count(), 2);
    assert!(!dutch.contains("class=untranslated"));
}

#[test]
fn the_sitemap_lists_every_language_with_the_alternates() {
    let (_dir, out) = built_demo();
    let sitemap = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    assert!(sitemap.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
    let english = format!("<url><loc>{SITE}en/activiteiten/breicafe/</loc>");
    let start = sitemap.find(&english).unwrap();
    let entry = &sitemap[start..start + sitemap[start..].find("</url>").unwrap()];
    for (code, folder) in [("nl", ""), ("en", "en/"), ("ar", "ar/")] {
        assert!(entry.contains(&format!(
            "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{SITE}{folder}activiteiten/breicafe/\"/>"
        )), "{entry}");
    }
    let urls = sitemap.matches("<url>").count();
    let english = sitemap.matches(&format!("<loc>{SITE}en/")).count();
    let arabic = sitemap.matches(&format!("<loc>{SITE}ar/")).count();
    assert_eq!(arabic, english);
    assert_eq!(urls, english * 3, "as many pages in each language");
}

#[test]
fn a_body_links_to_pages_in_its_language_and_to_the_one_shared_file() {
    let site = TempSite::demo();
    site.write(
        "content/pages/links.md",
        "---\ntitle: Links\nsummary: Waar u meer vindt.\n---\nZie [de agenda](/agenda/) en [het rooster](/images/logo.svg).\n",
    );
    let result = site.build();
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let out = &site.out;
    let english = page(out, "en/links");
    assert!(
        english.contains("href=/sociale-kaart/en/agenda/>de agenda</a>"),
        "{english}"
    );
    assert!(english.contains("href=/sociale-kaart/images/logo.svg>het rooster</a>"));
    let dutch = page(out, "links");
    assert!(dutch.contains("href=/sociale-kaart/agenda/>de agenda</a>"));
}

#[test]
fn a_site_in_one_language_has_no_switcher_and_no_alternates() {
    let site = TempSite::demo();
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    let mut one: String = toml
        .replace("languages = [\"nl\", \"en\", \"ar\"]", "language = \"nl\"")
        .lines()
        .filter(|l| !l.starts_with("translations."))
        .collect::<Vec<_>>()
        .join("\n");
    for code in ["en", "ar"] {
        let start = one.find(&format!("[translations.{code}]")).unwrap();
        let end = start + one[start..].find("\n\n").unwrap();
        one = format!("{}{}", &one[..start], &one[end + 2..]);
    }
    site.write("site.toml", &one);
    let result = site.build();
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    let html = page(&site.out, "activiteiten/breicafe");
    assert!(!html.contains("hreflang") && !html.contains("language-switch"));
    assert!(!site.out.join("en").exists());
}

/// `buurtgids check` of the demo with its `languages` line replaced by `setting`: the exit
/// code and what it says.
fn check_with(setting: &str) -> (Option<i32>, String) {
    let site = TempSite::demo();
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &toml.replace("languages = [\"nl\", \"en\", \"ar\"]", setting),
    );
    let root = site.root.to_str().unwrap();
    let result = run(&["check", "--lang", "nl", "--root", root]);
    (result.status.code(), stderr(&result))
}

#[test]
fn mistakes_in_the_languages_are_told_with_the_fix() {
    let cases = [
        (
            "languages = [\"nl\", \"xx\"]",
            "`xx` is geen taal die buurtgids kent",
            "buurtgids kent deze talen: `nl`, `en`, `ar`, `tr`, `pl`, `uk`",
        ),
        (
            "languages = [\"nl\", \"en\", \"nl\"]",
            "`nl` staat twee keer in `languages`",
            "noem elke taal één keer",
        ),
        (
            "language = \"en\"\nlanguages = [\"nl\", \"en\"]",
            "`language = \"en\"` en `languages` zeggen iets anders: de eerste van `languages` is `nl`",
            "haal de regel `language` weg",
        ),
    ];
    for (setting, message, help) in cases {
        let (code, text) = check_with(setting);
        assert_eq!(code, Some(1), "{text}");
        assert!(text.contains(message), "{setting}: {text}");
        assert!(text.contains(help), "{setting}: {text}");
        assert!(text.contains("site.toml:"), "{text}");
    }
    // A translation into a language the site does not have is a warning, not lost work.
    let (code, text) = check_with("languages = [\"nl\"]");
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("er is een vertaling naar `en`, maar die taal staat niet in `languages`"),
        "{text}"
    );
}

#[test]
fn a_page_cannot_take_the_folder_of_another_language() {
    let site = TempSite::demo();
    site.write(
        "content/pages/en.md",
        "---\ntitle: Engels\nsummary: Over de Engelse pagina's.\n---\nTekst.\n",
    );
    let result = run(&[
        "check",
        "--lang",
        "nl",
        "--root",
        site.root.to_str().unwrap(),
    ]);
    let text = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{text}");
    assert!(
        text.contains("het webadres /en/ is al bezet: de site gebruikt het zelf"),
        "{text}"
    );
    assert!(text.contains("content/pages/en.md"), "{text}");
}

#[test]
fn an_arabic_page_reads_right_to_left_in_arabic_with_the_dutch_words_marked() {
    let (_dir, out) = built_demo();
    let entry = page(&out, "ar/activiteiten/breicafe");
    assert!(entry.starts_with("<!doctype html><html dir=rtl lang=ar>"));
    // The entry's own words stay Dutch, marked with their language and direction; the
    // note says so in Arabic, and the schedule is an Arabic sentence.
    assert!(entry.contains(
        "<h1 dir=ltr lang=nl>Breicafé De Linde</h1><p class=untranslated>لم تُترجم هذه المعلومات بعد."
    ), "{entry}");
    assert!(
        entry.contains("<dd>كل أسبوع يوم الخميس من 13:30 إلى 15:30</dd>"),
        "{entry}"
    );
    // The switcher marks the languages that read left to right.
    assert!(entry.contains("<li><a dir=ltr href=/sociale-kaart/activiteiten/breicafe/ hreflang=nl lang=nl>Nederlands</a></li>"));
    // Phone numbers stay left to right.
    let person = page(&out, "ar/mensen/fatima-el-amrani");
    assert!(person.contains("<a dir=ltr href=tel:0612341003>06 1234 1003</a>"));
    // Counts take the plural form Arabic gives the number: 30 results, 8 weeks (3 to
    // 10 take another form than 11 to 99).
    let listing = page(&out, "ar/activiteiten");
    assert!(listing.contains("<p class=count>30 نتيجة</p>"), "{listing}");
    let agenda = page(&out, "ar/agenda");
    assert!(
        agenda.contains("ماذا يحدث في الأسابيع الـ8 القادمة"),
        "{agenda}"
    );
    // Its days are named in Arabic, from the locale data: Tuesday 24 November.
    assert!(
        agenda.contains("<time datetime=2026-11-24>الثلاثاء 24 نوفمبر</time>"),
        "{agenda}"
    );
}

#[test]
fn turkish_polish_and_ukrainian_pages_speak_their_language() {
    let site = TempSite::demo();
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &toml.replace(
            "languages = [\"nl\", \"en\", \"ar\"]",
            "languages = [\"nl\", \"tr\", \"pl\", \"uk\"]",
        ),
    );
    let result = site.build();
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    // The demo's translations into English and Arabic are kept, with a warning each.
    let said = stderr(&result);
    assert!(said.contains("`ar`") && said.contains("`en`"), "{said}");
    for (code, nav, when) in [
        ("tr", "Etkinlik takvimi", "her Perşembe 13:30–15:30 arası"),
        ("pl", "Co się dzieje", "w każdy czwartek od 13:30 do 15:30"),
        ("uk", "Що відбувається", "щотижня у четвер з 13:30 до 15:30"),
    ] {
        let html = page(&site.out, &format!("{code}/activiteiten/breicafe"));
        assert!(
            html.starts_with(&format!("<!doctype html><html dir=ltr lang={code}>")),
            "{code}"
        );
        assert!(html.contains(nav), "{code}: {nav}");
        assert!(
            html.contains(&format!("<dd>{}", capitalised(when))),
            "{code}: {when}\n{html}"
        );
    }
    // Polish counts have three forms: 1 wynik, 2 wyniki, 5 wyników.
    let polish = page(&site.out, "pl/activiteiten");
    assert!(polish.contains("<p class=count>30 wyników</p>"), "{polish}");
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[test]
fn a_translated_entry_is_read_in_its_language_without_a_mark() {
    let (_dir, out) = built_demo();
    let english = page(&out, "en/activiteiten/taalcafe-t-anker");
    assert!(
        english.contains("<h1>Language café 't Anker</h1><p class=lead>Practise speaking Dutch"),
        "{english}"
    );
    assert!(
        !english.contains("class=untranslated")
            && !english.contains("<h1 lang=nl")
            && !english.contains("class=lead lang=nl")
            && !english.contains("class=body lang=nl"),
        "{english}"
    );
    assert!(
        english.contains("<div class=body><p>Would you like to speak Dutch better?"),
        "{english}"
    );
    // In Arabic too, right to left, with the how-to in Arabic.
    let arabic = page(&out, "ar/hulp/formulierenhulp-t-anker");
    assert!(
        arabic.contains("<h1>المساعدة في الاستمارات 't Anker</h1>"),
        "{arabic}"
    );
    assert!(
        arabic.contains("<dd>تعال برسائلك دون موعد.</dd>"),
        "{arabic}"
    );
    // A person's role is translated with her words; the Dutch page is unchanged.
    let fatima = page(&out, "en/mensen/fatima-el-amrani");
    assert!(fatima.contains("Neighbourhood connector"), "{fatima}");
    assert!(page(&out, "mensen/fatima-el-amrani").contains("Buurtverbinder"));
    // Cards carry the translation, unmarked, and the untranslated ones stay marked.
    let listing = page(&out, "en/activiteiten");
    assert!(
        listing.contains("<h2 class=card-title><a href=/sociale-kaart/en/activiteiten/taalcafe-t-anker/>Language café 't Anker</a></h2>"),
        "{listing}"
    );
    assert!(
        listing.contains(
            "<h2 class=card-title lang=nl><a href=/sociale-kaart/en/activiteiten/dementiecafe/>"
        ),
        "{listing}"
    );
}

/// `buurtgids check` of `site`, in Dutch: the exit code and what it says.
fn check(site: &TempSite) -> (Option<i32>, String) {
    let root = site.root.to_str().unwrap();
    let result = run(&["check", "--lang", "nl", "--root", root, "--today", TODAY]);
    (result.status.code(), stderr(&result))
}

#[test]
fn check_says_which_translation_is_older_than_its_text_and_the_report_lists_them() {
    let site = TempSite::demo();
    let (code, said) = check(&site);
    assert_eq!(code, Some(0), "{said}");
    // The demo's English coffee morning was translated before the Dutch summary got its
    // second sentence.
    let warning = said
        .split("\n\n")
        .find(|m| m.contains("de vertaling is ouder dan de tekst"))
        .unwrap_or_else(|| panic!("{said}"));
    assert!(
        warning.contains("content/activities/koffieochtend-de-linde.en.md:"),
        "{warning}"
    );
    assert!(
        warning.contains("content/activities/koffieochtend-de-linde.md is veranderd"),
        "{warning}"
    );
    let hash = warning
        .rsplit("translated_from: ")
        .next()
        .and_then(|rest| rest.get(..10))
        .unwrap();
    assert_eq!(said.matches("de vertaling is ouder").count(), 1, "{said}");
    // The fix it names is the right one: with that hash, check is quiet about it.
    let file = site
        .root
        .join("content/activities/koffieochtend-de-linde.en.md");
    let text = std::fs::read_to_string(&file).unwrap();
    let old = text
        .lines()
        .find(|l| l.starts_with("translated_from:"))
        .unwrap();
    site.write(
        "content/activities/koffieochtend-de-linde.en.md",
        &text.replace(old, &format!("translated_from: {hash}")),
    );
    let (_, again) = check(&site);
    assert!(!again.contains("de vertaling is ouder"), "{again}");

    let root = site.root.to_str().unwrap();
    let report = run(&["report", "--lang", "nl", "--root", root, "--today", TODAY]);
    let text = String::from_utf8_lossy(&report.stdout);
    assert!(text.contains("Vertaald naar het Engels: 6 van "), "{text}");
    assert!(
        text.contains("Vertaald naar het Arabisch: 4 van "),
        "{text}"
    );
    assert!(text.contains("Nog niet vertaald ("), "{text}");
    assert!(
        text.contains("    Alzheimer Café Lindewaard  (content/activities/dementiecafe.md)"),
        "{text}"
    );
    // The translation brought up to date is no longer listed as older than its text.
    assert!(!text.contains("Ouder dan de tekst"), "{text}");
}

#[test]
fn a_translation_holds_only_words_and_names_what_does_not_belong() {
    let site = TempSite::demo();
    site.write(
        "content/activities/breicafe.ar.md",
        "---\ntitle: مقهى الحياكة\nsummary: نحيك معًا.\ncost: 2\nplace: buurthuis-de-linde\n---\nنص\n",
    );
    site.write(
        "content/activities/bestaat-niet.en.md",
        "---\ntitle: Nothing\nsummary: Of nothing.\n---\n",
    );
    site.write(
        "content/activities/breicafe.de.md",
        "---\ntitle: Strickcafé\nsummary: Zusammen stricken.\n---\n",
    );
    let (code, said) = check(&site);
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("content/activities/breicafe.ar.md:4:1"),
        "{said}"
    );
    assert!(
        said.contains("`cost` hoort niet in een vertaling"),
        "{said}"
    );
    assert!(
        said.contains("content/activities/breicafe.ar.md:5:1"),
        "{said}"
    );
    assert!(
        said.contains("`place` hoort niet in een vertaling"),
        "{said}"
    );
    assert!(
        said.contains("een vertaling heeft alleen de woorden van `breicafe`: `title`, `summary`, `keywords`, `how_to_reach`, `translated_from`"),
        "{said}"
    );
    assert!(
        said.contains("dit is een vertaling van `bestaat-niet`, maar dat bestand is er niet"),
        "{said}"
    );
    assert!(
        said.contains("`de` is geen taal waarin buurtgids pagina's maakt"),
        "{said}"
    );
}

#[test]
fn new_translate_writes_the_words_to_translate_and_what_they_were() {
    let site = TempSite::demo();
    let root = site.root.to_str().unwrap();
    let new = |id: &str| {
        run(&[
            "new",
            "--lang",
            "nl",
            "--translate",
            "ar",
            id,
            "--root",
            root,
        ])
    };
    let made = new("dementiecafe");
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    assert_eq!(
        String::from_utf8_lossy(&made.stdout).trim(),
        "content/activities/dementiecafe.ar.md"
    );
    let text =
        std::fs::read_to_string(site.root.join("content/activities/dementiecafe.ar.md")).unwrap();
    assert!(
        text.starts_with(
            "---\n# Vertaling naar het Arabisch van content/activities/dementiecafe.md.\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "\ntitle: \"Alzheimer Café Lindewaard\"\nsummary: \"Voor mensen met dementie"
        ),
        "{text}"
    );
    assert!(text.contains("\ntranslated_from: "), "{text}");
    // As it is, it passes check with no word about it.
    let (code, said) = check(&site);
    assert_eq!(code, Some(0), "{said}");
    assert!(!said.contains("dementiecafe.ar.md"), "{said}");
    // Not twice, and not for an entry that does not exist.
    let again = new("dementiecafe");
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("bestaat al"), "{}", stderr(&again));
    let none = new("bestaat-niet");
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr(&none).contains("er is geen onderdeel `bestaat-niet`"));
}
