//! Long listings and agendas split over pages: every card and every agenda item on
//! exactly one page, in the same order as on one long page, and every page reachable.

use std::collections::BTreeMap;

use crate::util::{TempSite, links, stderr, tree};

const SUB: &str = "/sociale-kaart/";

/// The demo built twice: as it is, and with pages of 7 cards, 20 agenda items, 2 items a
/// day on the home and area pages and 2 cards of a kind on an area page.
fn both() -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let whole = TempSite::demo();
    let result = whole.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let split = TempSite::demo();
    let settings = std::fs::read_to_string(split.root.join("site.toml")).unwrap();
    split.write(
        "site.toml",
        &format!(
            "{settings}\n[pages]\ncards = 7\nagenda_items = 20\nday_items = 2\narea_cards = 2\n"
        ),
    );
    let result = split.build();
    assert!(result.status.success(), "{}", stderr(&result));
    (pages(&whole), pages(&split))
}

fn pages(site: &TempSite) -> BTreeMap<String, String> {
    tree(&site.out)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, bytes)| (p, String::from_utf8(bytes).unwrap()))
        .collect()
}

/// The pages of a paginated page, in order: `x/index.html`, `x/pagina/2/index.html`, ...
fn series<'a>(site: &'a BTreeMap<String, String>, dir: &str) -> Vec<&'a str> {
    let mut found = vec![site[&format!("{dir}index.html")].as_str()];
    for n in 2.. {
        match site.get(&format!("{dir}pagina/{n}/index.html")) {
            Some(html) => found.push(html),
            None => break,
        }
    }
    found
}

/// What sits between `open` and `close` each time, in order.
fn between<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.split(open)
        .skip(1)
        .filter_map(|rest| rest.split(close).next())
        .collect()
}

/// The entry links of a listing's cards.
fn cards(html: &str) -> Vec<String> {
    let list = html
        .split("<ul class=cards>")
        .nth(1)
        .and_then(|rest| rest.split("</ul>").next())
        .unwrap_or("");
    between(list, "<h2 class=card-title><a href=", ">")
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The agenda items of a page: each day's date with its items' time and link.
fn agenda_items(html: &str) -> Vec<String> {
    between(html, "<section class=agenda-day", "</section>")
        .into_iter()
        .flat_map(|day| {
            let date = between(day, "datetime=", ">")[0].to_owned();
            between(day, "<li>", "</li>")
                .into_iter()
                .map(move |item| format!("{date} {item}"))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn every_card_and_agenda_item_is_on_exactly_one_page_in_the_same_order() {
    let (whole, split) = both();
    let listings = [
        "activiteiten/",
        "hulp/",
        "vrijwilligerswerk/",
        "activiteiten/gratis/",
        "activiteiten/in/noord/",
    ];
    for dir in listings {
        let one = series(&whole, dir);
        assert_eq!(one.len(), 1, "{dir} is one page by default");
        let expected = cards(one[0]);
        let parts = series(&split, dir);
        assert_eq!(parts.len(), expected.len().div_ceil(7), "{dir}");
        for (n, part) in parts.iter().enumerate() {
            let here = cards(part);
            assert!(here.len() <= 7 && !here.is_empty(), "{dir} page {}", n + 1);
            // Every page says how many there are in all.
            assert!(part.contains(&format!("<p class=count>{} ", expected.len())));
        }
        let found: Vec<String> = parts.iter().flat_map(|p| cards(p)).collect();
        assert_eq!(found, expected, "{dir}");
    }
    assert!(series(&split, "activiteiten/").len() >= 5);

    for dir in ["agenda/", "agenda/noord/"] {
        let expected = agenda_items(series(&whole, dir)[0]);
        let parts = series(&split, dir);
        assert!(parts.len() > 3, "{dir} has {} pages", parts.len());
        for part in &parts {
            assert!(agenda_items(part).len() <= 20, "{dir}");
        }
        let found: Vec<String> = parts.iter().flat_map(|p| agenda_items(p)).collect();
        assert_eq!(found, expected, "{dir}");
    }
}

#[test]
fn later_pages_say_which_page_they_are_and_link_both_ways() {
    let (_, split) = both();
    let parts = series(&split, "activiteiten/");
    let last = parts.len();
    let second = parts[1];
    assert!(
        second.contains(&format!("<title>Activiteiten (pagina 2 van {last}) –")),
        "{second}"
    );
    assert!(second.contains(&format!(
        "<link href=https://www.lindewaard.example.org{SUB}activiteiten/pagina/2/ rel=canonical>"
    )));
    assert!(second.contains(&format!("href={SUB}activiteiten/ rel=prev")));
    assert!(second.contains(&format!("href={SUB}activiteiten/pagina/3/ rel=next")));
    assert!(second.contains(&format!(
        "aria-current=page href={SUB}activiteiten/pagina/2/"
    )));
    assert!(!parts[0].contains("rel=prev") && !parts[last - 1].contains("rel=next"));
    // The pager is a navigation landmark of its own.
    assert!(
        second.contains("<nav aria-label=\"Pagina's\" class=pager>"),
        "{second}"
    );
}

#[test]
fn the_home_page_keeps_a_few_items_a_day_and_links_to_the_agenda_page_with_the_rest() {
    let (whole, split) = both();
    let day_items = |html: &str| -> Vec<usize> {
        between(html, "<div class=day data-date=", "</div>")
            .iter()
            .map(|day| day.matches("<li>").count())
            .collect()
    };
    let before = day_items(&whole["index.html"]);
    let days = between(&split["index.html"], "<div class=day data-date=", "</div>");
    assert_eq!(before.len(), days.len());
    let mut more = 0;
    for (all, day) in before.into_iter().zip(days) {
        assert_eq!(day.matches("<li>").count(), all.min(2), "{day}");
        let link = between(day, "<p class=day-more><a href=", ">");
        assert_eq!(link.len(), usize::from(all > 2), "{day}");
        let Some(link) = link.first() else {
            continue;
        };
        more += 1;
        assert!(
            day.contains(&format!("Nog {} op deze dag", all - 2)),
            "{day}"
        );
        // The link goes to the agenda page that has this day, at the day.
        let (path, date) = link.split_once('#').unwrap();
        assert!(day.starts_with(date), "{link} in {day}");
        let file = format!("{}index.html", path.strip_prefix(SUB).unwrap());
        assert!(
            split[&file].contains(&format!("id={date}")),
            "{file} has no day {date}"
        );
    }
    assert!(more >= 5, "{more} days with a link to the rest");
}

#[test]
fn an_area_page_shows_a_few_cards_of_each_kind_and_links_to_all_of_them() {
    let (whole, split) = both();
    // Each section of an area page: its card links, and the section's HTML.
    let sections = |html: &str| -> Vec<(Vec<String>, String)> {
        between(html, "<section class=\"area-section", "</section>")
            .into_iter()
            .map(|section| {
                let links = between(section, "class=card-title><a href=", ">");
                (
                    links.into_iter().map(str::to_owned).collect(),
                    section.to_owned(),
                )
            })
            .collect()
    };
    let mut more = 0;
    for area in ["noord", "centrum", "oudeweer"] {
        let file = format!("wijken/{area}/index.html");
        let before = sections(&whole[&file]);
        let after = sections(&split[&file]);
        assert_eq!(before.len(), after.len(), "{file}");
        for ((all_cards, _), (few_cards, few)) in before.iter().zip(&after) {
            assert_eq!(few_cards[..], all_cards[..all_cards.len().min(2)], "{file}");
            let link = between(few, "<p class=section-more><a href=", ">");
            assert_eq!(link.len(), usize::from(all_cards.len() > 2), "{few}");
            let Some(link) = link.first() else {
                continue;
            };
            more += 1;
            assert!(
                few.contains(&format!("Bekijk alle {}: ", all_cards.len())),
                "{few}"
            );
            // The link goes to the listing of that kind in the area, which has them all,
            // in the same order.
            let dir = link.strip_prefix(SUB).unwrap();
            assert!(dir.contains(&format!("/in/{area}/")), "{link}");
            let listed: Vec<String> = series(&split, dir).iter().flat_map(|p| cards(p)).collect();
            assert_eq!(&listed, all_cards, "{link}");
        }
    }
    assert!(more >= 5, "{more} sections with a link to the rest");
}

#[test]
fn every_link_on_the_split_site_resolves_with_its_anchor() {
    let (_, split) = both();
    let mut problems = Vec::new();
    for (path, html) in &split {
        for link in links(html) {
            let Some(site_path) = link.strip_prefix(SUB) else {
                continue;
            };
            let (target, anchor) = site_path.split_once('#').unwrap_or((site_path, ""));
            if target.ends_with(".ics") || target.starts_with("assets/") || target.contains('.') {
                continue;
            }
            let file = format!("{target}index.html");
            match split.get(&file) {
                None => problems.push(format!("{path}: {link} points at nothing")),
                Some(page) if !anchor.is_empty() && !page.contains(&format!("id={anchor}")) => {
                    problems.push(format!("{path}: {link} has no #{anchor}"))
                }
                Some(_) => {}
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
