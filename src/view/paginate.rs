//! Pagination: a long listing or agenda is split over pages of a bounded size.
//!
//! A directory of tens of thousands of entries would otherwise make one listing or agenda
//! page of many megabytes, too heavy for a cheap phone and too long for anyone to read.
//! Page 1 keeps the page's own address; page n is at `pagina/n/` under it. The split
//! depends only on the items, so it is the same in every build. [`parts`] gives the
//! parts every planned page is written as, which the build, the preview and the sitemap
//! all go by.

use jiff::civil::Date;
use serde::Serialize;

use super::{DayView, Link, MoreView, Views};
use crate::content::schedule::Words;
use crate::content::{Entry, Kind};
use crate::plan::{self, Page, PageKind};

/// The folder under a paginated page that holds its later pages.
pub(crate) const SEGMENT: &str = "pagina";

/// The site path of page `number` (1-based) of the page at `path`.
pub(crate) fn part_path(path: &str, number: usize) -> String {
    if number <= 1 {
        path.to_owned()
    } else {
        format!("{path}{SEGMENT}/{number}/")
    }
}

/// Splits the days of an agenda into pages of at most `max` items. A page holds whole
/// days; a day with more than `max` items gets pages of its own, the later ones marked
/// as continued. Empty days go with the page they fall in.
///
/// Greedy from the first day, so the pages of the first days depend only on those days:
/// the home page's two weeks find their day on the same agenda page as the agenda does.
pub(crate) fn split_days(days: Vec<DayView>, max: usize) -> Vec<Vec<DayView>> {
    let max = max.max(1);
    let mut pages = Vec::new();
    let mut page: Vec<DayView> = Vec::new();
    let mut count = 0;
    for mut day in days {
        if count > 0 && count + day.items.len() > max {
            pages.push(std::mem::take(&mut page));
            count = 0;
        }
        while day.items.len() > max {
            let rest = day.items.split_off(max);
            let continued = DayView {
                date: day.date.clone(),
                label: day.label.clone(),
                items: rest,
                closed: day.closed.clone(),
                continued: true,
                more: None,
            };
            page.push(day);
            pages.push(std::mem::take(&mut page));
            day = continued;
        }
        count += day.items.len();
        page.push(day);
    }
    if !page.is_empty() || pages.is_empty() {
        pages.push(page);
    }
    pages
}

/// Which page of [`split_days`] holds the first items of each day, by day index.
pub(crate) fn day_pages(items_per_day: &[usize], max: usize) -> Vec<usize> {
    let max = max.max(1);
    let mut number = 1;
    let mut count = 0;
    items_per_day
        .iter()
        .map(|&n| {
            if count > 0 && count + n > max {
                number += 1;
                count = 0;
            }
            let here = number;
            if n > max {
                // The day's later items fill pages of their own; its last part opens
                // the page the next day continues on.
                number += (n - 1) / max;
                count = n - (n - 1) / max * max;
            } else {
                count += n;
            }
            here
        })
        .collect()
}

/// The links between the pages of a paginated page, for the template.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    pub number: usize,
    pub of: usize,
    pub prev: Option<Link>,
    pub next: Option<Link>,
    /// The first and last page, and the pages around this one; a link without address
    /// stands for pages left out.
    pub pages: Vec<PagerLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PagerLink {
    pub number: usize,
    /// What the page holds, for the agenda its dates ("23 – 29 november").
    pub name: String,
    pub url: String,
    pub current: bool,
}

impl Pager {
    /// The pager of page `number` of `names.len()` pages; `url(n)` is page n's address.
    pub fn new(number: usize, names: &[String], url: impl Fn(usize) -> String) -> Pager {
        let of = names.len();
        let link = |n: usize| Link {
            name: names[n - 1].clone(),
            url: url(n),
        };
        let mut pages: Vec<PagerLink> = Vec::new();
        for n in 1..=of {
            let near = n == 1 || n == of || n.abs_diff(number) <= 2;
            if near {
                pages.push(PagerLink {
                    number: n,
                    name: names[n - 1].clone(),
                    url: url(n),
                    current: n == number,
                });
            } else if pages.last().is_some_and(|p| !p.url.is_empty()) {
                pages.push(PagerLink {
                    number: n,
                    name: String::new(),
                    url: String::new(),
                    current: false,
                });
            }
        }
        Pager {
            number,
            of,
            prev: (number > 1).then(|| link(number - 1)),
            next: (number < of).then(|| link(number + 1)),
            pages,
        }
    }
}

/// One page to write: a planned page, or one of the pages a long listing or agenda is
/// split over (see [`paginate`]).
pub struct Part<'p> {
    pub page: &'p Page,
    /// The site path of this part: the page's own for the first.
    pub path: String,
    pub pager: Option<Pager>,
    pub content: Content,
}

/// What one part of a page shows, when the page is split.
pub enum Content {
    Whole,
    /// All the listing's entries in order, and the range this part shows.
    Cards(std::sync::Arc<Vec<usize>>, std::ops::Range<usize>),
    Days(Vec<DayView>),
}

impl Part<'_> {
    /// The file this part is written to, relative to the output folder.
    pub fn file(&self) -> String {
        if self.path == self.page.path {
            self.page.file()
        } else {
            format!("{}index.html", self.path)
        }
    }
}

/// Splits a page into the parts it is written as: one, unless it is a listing or an
/// agenda longer than site.toml's `[pages]` allow.
pub(crate) fn parts<'p>(views: &Views, page: &'p Page) -> Vec<Part<'p>> {
    let sizes = &views.config.pages;
    match page.kind {
        PageKind::Listing(kind) if kind != Kind::Area => {
            card_parts(views, page, views.of_kind(kind, None), sizes.cards as usize)
        }
        PageKind::Filtered(kind, filter) => card_parts(
            views,
            page,
            views.filtered(kind, filter),
            sizes.cards as usize,
        ),
        PageKind::Agenda | PageKind::AreaAgenda(_) => {
            let area = match page.kind {
                PageKind::AreaAgenda(a) => Some(views.entries[a].id.as_str()),
                _ => None,
            };
            let days = views.days(views.today, views.config.agenda_days(), area);
            let split = split_days(days, sizes.agenda_items as usize);
            let names: Vec<String> = split.iter().map(|days| views.days_name(days)).collect();
            split
                .into_iter()
                .enumerate()
                .map(|(n, days)| Part {
                    page,
                    path: part_path(&page.path, n + 1),
                    pager: views.pager(page, n + 1, &names),
                    content: Content::Days(days),
                })
                .collect()
        }
        _ => vec![Part {
            page,
            path: page.path.clone(),
            pager: None,
            content: Content::Whole,
        }],
    }
}

fn card_parts<'p>(views: &Views, page: &'p Page, all: Vec<usize>, size: usize) -> Vec<Part<'p>> {
    let size = size.max(1);
    let count = all.len().div_ceil(size).max(1);
    let names: Vec<String> = (1..=count).map(|n| n.to_string()).collect();
    let all = std::sync::Arc::new(all);
    (0..count)
        .map(|n| Part {
            page,
            path: part_path(&page.path, n + 1),
            pager: views.pager(page, n + 1, &names),
            content: Content::Cards(all.clone(), n * size..((n + 1) * size).min(all.len())),
        })
        .collect()
}

impl Views<'_> {
    /// The pager of page `number` of a page split into `names.len()`; none when whole.
    fn pager(&self, page: &Page, number: usize, names: &[String]) -> Option<Pager> {
        (names.len() > 1)
            .then(|| Pager::new(number, names, |n| self.urls.page(&part_path(&page.path, n))))
    }

    /// The dates one agenda page covers: "23 november – 6 december".
    fn days_name(&self, days: &[DayView]) -> String {
        let words = Words::of(self.lang);
        let date = |d: Option<&DayView>| {
            d.and_then(|d| d.date.parse::<Date>().ok())
                .map(|d| words.date(d, self.today.year()))
                .unwrap_or_default()
        };
        let (first, last) = (date(days.first()), date(days.last()));
        let mut name = if first == last {
            first
        } else {
            format!("{first} – {last}")
        };
        if days.first().is_some_and(|d| d.continued) {
            name.push_str(&format!(" ({})", self.t("continued")));
        }
        name
    }

    /// The first days of an agenda (from today) as the home page or an area's page shows
    /// them: at most `[pages] day_items` a day, the rest a link to the agenda page that
    /// has the day.
    pub(crate) fn days_ahead(&self, days: usize, area: Option<&Entry>) -> Vec<DayView> {
        let mut days = self.days(self.today, days as i64, area.map(|a| a.id.as_str()));
        let keep = self.config.pages.day_items as usize;
        let counts: Vec<usize> = days.iter().map(|d| d.items.len()).collect();
        let pages = day_pages(&counts, self.config.pages.agenda_items as usize);
        let agenda = area.map_or_else(|| plan::AGENDA.to_owned(), plan::area_agenda_path);
        let in_agenda = self.config.agenda_days() as usize;
        for (n, day) in days.iter_mut().enumerate() {
            if day.items.len() <= keep {
                continue;
            }
            let left = day.items.len() - keep;
            day.items.truncate(keep);
            let url = if n < in_agenda {
                format!(
                    "{}#{}",
                    self.urls.page(&part_path(&agenda, pages[n])),
                    day.date
                )
            } else {
                self.urls.page(&agenda)
            };
            day.more = Some(MoreView {
                text: self
                    .t_count("day_more", left)
                    .replace("{count}", &left.to_string()),
                url,
            });
        }
        days
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::AgendaItem;

    fn day(date: &str, n: usize) -> DayView {
        DayView {
            date: date.to_owned(),
            label: date.to_owned(),
            items: (0..n)
                .map(|i| AgendaItem {
                    time: String::new(),
                    lang_attr: String::new(),
                    title: format!("{date} {i}"),
                    url: String::new(),
                    place: None,
                    cost: None,
                })
                .collect(),
            closed: None,
            continued: false,
            more: None,
        }
    }

    fn shape(pages: &[Vec<DayView>]) -> Vec<Vec<(String, usize, bool)>> {
        pages
            .iter()
            .map(|p| {
                p.iter()
                    .map(|d| (d.date.clone(), d.items.len(), d.continued))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn whole_days_fill_a_page_and_a_long_day_is_continued() {
        let days = vec![
            day("a", 3),
            day("b", 0),
            day("c", 2),
            day("d", 11),
            day("e", 1),
        ];
        let counts: Vec<usize> = days.iter().map(|d| d.items.len()).collect();
        let pages = split_days(days, 5);
        assert_eq!(
            shape(&pages),
            vec![
                vec![
                    ("a".into(), 3, false),
                    ("b".into(), 0, false),
                    ("c".into(), 2, false)
                ],
                vec![("d".into(), 5, false)],
                vec![("d".into(), 5, true)],
                vec![("d".into(), 1, true), ("e".into(), 1, false)],
            ]
        );
        // Every item is on exactly one page, in order.
        let titles: Vec<String> = pages
            .iter()
            .flatten()
            .flat_map(|d| d.items.iter().map(|i| i.title.clone()))
            .collect();
        assert_eq!(titles.len(), 17);
        assert_eq!(titles[5], "d 0");
        assert_eq!(titles[16], "e 0");
        assert_eq!(day_pages(&counts, 5), vec![1, 1, 1, 2, 4]);
    }

    #[test]
    fn a_short_agenda_is_one_page_and_an_empty_one_too() {
        assert_eq!(split_days(vec![day("a", 2), day("b", 3)], 5).len(), 1);
        assert_eq!(split_days(Vec::new(), 5).len(), 1);
        assert_eq!(day_pages(&[2, 3, 1], 5), vec![1, 1, 2]);
        assert_eq!(day_pages(&[5, 5, 0], 5), vec![1, 2, 2]);
    }

    #[test]
    fn the_pager_shows_the_ends_and_the_pages_around_this_one() {
        let names: Vec<String> = (1..=20).map(|n| n.to_string()).collect();
        let pager = Pager::new(10, &names, |n| format!("/p/{n}/"));
        let shown: Vec<String> = pager
            .pages
            .iter()
            .map(|p| match (p.url.is_empty(), p.current) {
                (true, _) => "…".to_owned(),
                (false, true) => format!("[{}]", p.number),
                (false, false) => p.number.to_string(),
            })
            .collect();
        assert_eq!(shown, ["1", "…", "8", "9", "[10]", "11", "12", "…", "20"]);
        assert_eq!(pager.prev.unwrap().url, "/p/9/");
        assert_eq!(pager.next.unwrap().url, "/p/11/");
        let first = Pager::new(1, &names[..2], |n| n.to_string());
        assert!(first.prev.is_none());
        assert_eq!(first.pages.len(), 2);
    }

    #[test]
    fn page_one_keeps_the_address() {
        assert_eq!(part_path("activiteiten/", 1), "activiteiten/");
        assert_eq!(part_path("activiteiten/", 3), "activiteiten/pagina/3/");
    }
}
