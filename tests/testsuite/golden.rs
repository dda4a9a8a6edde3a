//! Golden snapshots: the `<main>` of six real pages of the demo, built for the fixed test
//! date, must be the stored markup in `tests/expected/main/`. A change to a template, the
//! view or the demo shows here as a difference to read. After a change that is meant,
//! write the new snapshots with `BUURTGIDS_BLESS=1 cargo test golden`, and read the
//! difference (`git diff tests/expected`) before committing it.

use crate::util::{built_demo, repo};

/// The pages, by the name of their snapshot: home, an area, an entry, the agenda, the
/// search page and a listing.
const PAGES: [(&str, &str); 6] = [
    ("home", "index.html"),
    ("area", "wijken/heikamp/index.html"),
    ("entry", "activiteiten/breicafe/index.html"),
    ("agenda", "agenda/index.html"),
    ("search", "zoeken/index.html"),
    ("listing", "activiteiten/index.html"),
];

/// The `<main>` element of a page, one tag per line so a difference is one line.
fn main_of(html: &str) -> String {
    let start = html.find("<main").expect("a <main>");
    let end = html.find("</main>").expect("a </main>") + "</main>".len();
    html[start..end].replace("><", ">\n<") + "\n"
}

#[test]
fn golden_main_of_six_pages_is_the_stored_markup() {
    let (_dir, out) = built_demo();
    let bless = std::env::var_os("BUURTGIDS_BLESS").is_some();
    let mut differ = Vec::new();
    for (name, page) in PAGES {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        let ours = main_of(&html);
        let stored = repo().join(format!("tests/expected/main/{name}.html"));
        if bless {
            std::fs::create_dir_all(stored.parent().unwrap()).unwrap();
            std::fs::write(&stored, &ours).unwrap();
        }
        let expected = std::fs::read_to_string(&stored).unwrap_or_default();
        if let Some((n, (a, b))) = ours
            .lines()
            .zip(expected.lines().chain(std::iter::repeat("")))
            .enumerate()
            .find(|(_, (a, b))| a != b)
        {
            differ.push(format!(
                "{page} differs from {} from line {}:\n  built:    {a}\n  expected: {b}",
                stored.display(),
                n + 1
            ));
        } else if ours.lines().count() != expected.lines().count() {
            differ.push(format!("{page} is shorter than {}", stored.display()));
        }
    }
    assert!(
        differ.is_empty(),
        "{}\n(BUURTGIDS_BLESS=1 cargo test golden writes what is built)",
        differ.join("\n\n")
    );
}
