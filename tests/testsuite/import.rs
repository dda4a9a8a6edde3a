//! `buurtgids import`: a foundation's spreadsheet becomes entries that `check` accepts
//! and that build into exactly the pages of the same entries written by hand; bad rows
//! are reported by row and column and nothing is written for them; nothing is ever
//! overwritten.

use std::path::Path;

use crate::util::{TODAY, TempSite, build, fixture, run, stderr, tree};

fn import(site: &TempSite, kind: &str, csv: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "import",
        kind,
        csv.to_str().unwrap(),
        "--root",
        site.root.to_str().unwrap(),
        "--today",
        TODAY,
    ];
    args.extend_from_slice(extra);
    run(&args)
}

fn sheet(name: &str) -> std::path::PathBuf {
    fixture("import").join(name)
}

fn files(site: &TempSite, folder: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(site.root.join("content").join(folder))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_foundation_sheet_builds_into_the_pages_of_the_same_entries_written_by_hand() {
    let imported = TempSite::demo();
    let result = import(&imported, "activity", &sheet("activiteiten.csv"), &[]);
    assert!(result.status.success(), "{}", stderr(&result));
    let out = String::from_utf8_lossy(&result.stdout);
    assert_eq!(out.lines().count(), 6, "{out}");
    assert!(out.contains("row 2: wrote content/activities/bingo-in-de-klaproos.md"));
    // Row 7 is empty; row 8 comes after it.
    assert!(out.contains("row 8: wrote content/activities/computerhulp-in-de-bieb.yaml"));
    assert!(
        stderr(&result).contains("1 row empty"),
        "{}",
        stderr(&result)
    );

    let root = imported.root.to_str().unwrap();
    let check = run(&["check", "--root", root, "--today", TODAY]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stderr(&check).contains("0 errors"), "{}", stderr(&check));

    let by_hand = TempSite::demo();
    for file in std::fs::read_dir(sheet("hand-written")).unwrap() {
        let file = file.unwrap().path();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        by_hand.write(
            &format!("content/activities/{name}"),
            &std::fs::read_to_string(&file).unwrap(),
        );
    }
    let a = build(&imported.root, &imported.out, &[], &[]);
    assert!(a.status.success(), "{}", stderr(&a));
    let b = build(&by_hand.root, &by_hand.out, &[], &[]);
    assert!(b.status.success(), "{}", stderr(&b));
    let (a, b) = (tree(&imported.out), tree(&by_hand.out));
    assert!(a.contains_key("activiteiten/samen-koken-in-de-klaproos/index.html"));
    let differ: Vec<&String> = a
        .keys()
        .chain(b.keys())
        .filter(|k| a.get(*k) != b.get(*k))
        .collect();
    assert!(differ.is_empty(), "these files differ: {differ:?}");

    // The same sheet again adds nothing and changes nothing.
    let before = tree(&imported.root.join("content"));
    let again = import(&imported, "activity", &sheet("activiteiten.csv"), &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stderr(&again).contains("Imported 0 rows") && stderr(&again).contains("skipped 6 rows"),
        "{}",
        stderr(&again)
    );
    assert_eq!(before, tree(&imported.root.join("content")));
}

#[test]
fn bad_rows_are_reported_by_row_and_column_and_nothing_is_written_for_them() {
    let site = TempSite::demo();
    let before = files(&site, "activities");
    let result = import(&site, "activity", &sheet("slechte-rijen.csv"), &[]);
    assert_eq!(result.status.code(), Some(1));
    let err = stderr(&result);
    let csv = sheet("slechte-rijen.csv");
    for (row, column, line_col, says) in [
        (3, "C", "3:59", "no wijk or kern `Zuiderpark`"),
        (4, "E", "4:69", "`na` in `dinsdag na de lunch`"),
        (5, "E", "5:52", "`25.00` is not a time of day"),
        (6, "A", "6:1", "has no title"),
        (7, "D", "7:62", "did you mean `Buurthuis De Linde`"),
        (
            8,
            "O",
            "8:78",
            "there is text here, but this column has no heading",
        ),
    ] {
        assert!(
            err.contains(&format!("error: row {row}, column {column}: ")),
            "row {row}: {err}"
        );
        assert!(
            err.contains(&format!("{}:{line_col}", csv.display())),
            "{line_col}: {err}"
        );
        assert!(err.contains(says), "{says}: {err}");
    }
    assert!(err.contains("6 rows with errors, not written"), "{err}");
    // Row 2 is good and written; none of the bad rows is.
    let mut expected = before.clone();
    expected.push("schaakclub-het-heike.yaml".into());
    expected.sort();
    assert_eq!(files(&site, "activities"), expected);
    let root = site.root.to_str().unwrap();
    let check = run(&["check", "--root", root, "--today", TODAY]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn an_unknown_column_stops_the_import_until_the_mapping_says_what_it_holds() {
    let site = TempSite::demo();
    let before = tree(&site.root);
    let csv = sheet("vrijwilligers.csv");
    let result = import(&site, "volunteering", &csv, &[]);
    assert_eq!(result.status.code(), Some(1));
    let err = stderr(&result);
    assert!(
        err.contains("column B `Wat ga je doen` is not a field of volunteering"),
        "{err}"
    );
    assert!(err.contains("column H `Interne notitie`"), "{err}");
    assert!(err.contains("\"Interne notitie\" = \"ignore\""), "{err}");
    assert!(err.contains("Imported nothing"), "{err}");
    assert_eq!(before, tree(&site.root));

    let map = sheet("vrijwilligers.toml");
    let dry = import(
        &site,
        "volunteering",
        &csv,
        &["--map", map.to_str().unwrap(), "--dry-run"],
    );
    assert!(dry.status.success(), "{}", stderr(&dry));
    assert!(String::from_utf8_lossy(&dry.stdout).contains("would write"));
    assert_eq!(before, tree(&site.root));

    let result = import(
        &site,
        "volunteering",
        &csv,
        &["--map", map.to_str().unwrap()],
    );
    assert!(result.status.success(), "{}", stderr(&result));
    let text = std::fs::read_to_string(
        site.root
            .join("content/volunteering/chauffeur-boodschappenbus.yaml"),
    )
    .unwrap();
    // The organisation comes from the mapping's defaults, by name; two areas from "A / B".
    assert!(text.contains("organisation: welzijn-lindewaard"), "{text}");
    assert!(text.contains("areas: [oudeweer, heikamp]"), "{text}");
    assert!(
        text.contains("requirements: [\"Rijbewijs B\", \"VOG\"]"),
        "{text}"
    );
    assert!(
        !text.contains("Subsidie"),
        "an ignored column is not imported"
    );
    let root = site.root.to_str().unwrap();
    let check = run(&["check", "--root", root, "--today", TODAY]);
    assert!(check.status.success(), "{}", stderr(&check));
}

#[test]
fn excel_csv_in_windows_1252_is_read_and_a_spreadsheet_file_is_refused() {
    let site = TempSite::demo();
    let csv = site.dir.path().join("excel.csv");
    // "Café" and "€ 1,50" as Excel writes them on Dutch Windows.
    std::fs::write(
        &csv,
        b"Naam;Korte omschrijving;Wijk;Dag;Tijd;Kosten\r\nCaf\xe9 voor iedereen;Koffie en een praatje.;Centrum;vrijdag;10.00 - 12.00;\x80 1,50\r\n",
    )
    .unwrap();
    let result = import(&site, "activity", &csv, &[]);
    assert!(result.status.success(), "{}", stderr(&result));
    assert!(
        stderr(&result).contains("Windows-1252"),
        "{}",
        stderr(&result)
    );
    let text =
        std::fs::read_to_string(site.root.join("content/activities/cafe-voor-iedereen.yaml"))
            .unwrap();
    assert!(text.contains("title: \"Café voor iedereen\""), "{text}");
    assert!(text.contains("cost: 1.5"), "{text}");
    assert!(text.contains("weekly: [vrijdag]"), "{text}");

    let xlsx = site.dir.path().join("sheet.xlsx");
    std::fs::write(&xlsx, b"PK\x03\x04rest of a zip").unwrap();
    let result = import(&site, "activity", &xlsx, &[]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).contains("save the sheet as CSV"),
        "{}",
        stderr(&result)
    );

    let result = import(&site, "activiteit", &csv, &[]);
    assert_eq!(result.status.code(), Some(2));
}

#[test]
fn a_day_after_niet_or_behalve_is_left_out_and_an_unclear_cell_is_an_error_at_its_cell() {
    let site = TempSite::demo();
    let csv = site.dir.path().join("dagen.csv");
    std::fs::write(
        &csv,
        "Naam activiteit;Omschrijving;Wijk;Locatie;Dag en tijd;Organisatie\n\
         Inloop werkdagen;Koffie en een praatje.;Noord;Wijkcentrum De Klaproos;ma t/m vr behalve wo 9-12;Stichting Welzijn Lindewaard\n\
         Open tafel;Samen eten.;Noord;Wijkcentrum De Klaproos;di en do 10-12 uur, vr niet;Stichting Welzijn Lindewaard\n\
         Zondagsrust;Niets.;Noord;Wijkcentrum De Klaproos;zondag niet;Stichting Welzijn Lindewaard\n\
         Maandpraat;Praten.;Noord;Wijkcentrum De Klaproos;elke maand op dinsdag;Stichting Welzijn Lindewaard\n\
         Nulweek;Niets.;Noord;Wijkcentrum De Klaproos;om de 0 weken op dinsdag;Stichting Welzijn Lindewaard\n\
         Middagmaand;Niets.;Noord;Wijkcentrum De Klaproos;woensdagmiddag maand;Stichting Welzijn Lindewaard\n",
    )
    .unwrap();
    let result = import(&site, "activity", &csv, &[]);
    let err = stderr(&result);
    assert_eq!(result.status.code(), Some(1), "{err}");
    for (row, says) in [
        (
            4,
            "`zondag niet` says only on which days it does not take place",
        ),
        (
            5,
            "`elke maand op dinsdag` says every month but not which week",
        ),
        (6, "`om de 0 weken op dinsdag` says every 0 weeks"),
        (7, "`maand` in `woensdagmiddag maand`"),
    ] {
        assert!(
            err.contains(&format!("error: row {row}, column E: {says}")),
            "row {row}: {err}"
        );
    }
    let written = |name: &str| {
        std::fs::read_to_string(site.root.join("content/activities").join(name))
            .unwrap_or_else(|e| panic!("{name}: {e}\n{err}"))
    };
    let inloop = written("inloop-werkdagen.yaml");
    assert!(
        inloop.contains("weekly: [maandag, dinsdag, donderdag, vrijdag]"),
        "{inloop}"
    );
    assert!(!inloop.contains("note"), "{inloop}");
    let tafel = written("open-tafel.yaml");
    assert!(tafel.contains("weekly: [dinsdag, donderdag]"), "{tafel}");
    assert!(!tafel.contains("vrijdag"), "{tafel}");
    // What is written is read back as the sentence residents see.
    let out = build(&site.root, &site.out, &[], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page =
        std::fs::read_to_string(site.out.join("activiteiten/inloop-werkdagen/index.html")).unwrap();
    assert!(
        page.contains("Elke maandag, dinsdag, donderdag en vrijdag van 09:00 tot 12:00"),
        "{page}"
    );
}
