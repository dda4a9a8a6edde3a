//! The static search index: one JSON file the browser runtime fetches.
//!
//! It holds, for every stem, the documents and their score as one byte (scores of all
//! words share one scale, so the browser adds bytes and ranks as tantivy does, up to
//! rounding); every word form of the site and its stem (so the browser needs no stemmer
//! and analyses a query exactly as the index did); the Dutch stop words; small result
//! cards; and the facets: area, kind, category, audience, day of the week, free and
//! wheelchair accessible.

use std::collections::BTreeMap;

use serde::Serialize;

use super::SearchIndex;
use super::analyze;
use crate::content::model::Ref;
use crate::content::{Areas, Details, Entry, Kind};
use crate::render::Views;

/// Format version of the file, checked by the runtime.
pub const VERSION: u32 = 1;

/// Days ahead that count for the day-of-the-week facet and the next date.
const WINDOW_DAYS: i64 = 56;

#[derive(Serialize)]
struct Export<'a> {
    v: u32,
    /// The score one step of a posting's byte stands for.
    scale: f32,
    /// Kinds, areas, categories and audiences: `[id, name]`, referred to by position.
    kinds: Vec<[String; 2]>,
    areas: Vec<[String; 2]>,
    categories: Vec<[String; 2]>,
    audiences: Vec<[String; 2]>,
    stop: Vec<String>,
    /// Word form -> stem.
    forms: &'a BTreeMap<String, String>,
    /// Compound form -> its parts (forms too).
    parts: &'a BTreeMap<String, Vec<String>>,
    /// Stem -> flat `[doc, score, doc, score, ...]`, doc ascending.
    postings: BTreeMap<String, Vec<u32>>,
    docs: Vec<Doc>,
}

/// A result card and the facets of one document.
#[derive(Serialize)]
struct Doc {
    /// Title, address, summary.
    t: String,
    u: String,
    s: String,
    /// Kind (index into `kinds`).
    k: usize,
    /// Areas (indexes into `areas`); empty with `all` set for the whole municipality.
    a: Vec<usize>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    all: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    c: Vec<usize>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    au: Vec<usize>,
    /// Days of the week it takes place in the coming weeks, Monday = bit 0.
    #[serde(skip_serializing_if = "is_zero")]
    d: u8,
    /// The schedule in words, and the next date.
    #[serde(skip_serializing_if = "String::is_empty")]
    w: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    n: String,
    /// Cost as shown, and whether it is free.
    #[serde(skip_serializing_if = "String::is_empty")]
    p: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    f: bool,
    /// Wheelchair accessible.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    r: bool,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

/// The index as JSON text.
pub fn to_json(index: &SearchIndex, views: &Views) -> tantivy::Result<String> {
    let scores = index.scores()?;
    let max = scores
        .values()
        .flat_map(|docs| docs.iter().map(|(_, s)| *s))
        .fold(0.0f32, f32::max);
    let scale = if max > 0.0 { max / 255.0 } else { 1.0 };
    let postings = scores
        .into_iter()
        .map(|(stem, docs)| {
            let flat = docs
                .into_iter()
                .flat_map(|(doc, score)| [doc, ((score / scale).round() as u32).clamp(1, 255)])
                .collect();
            (stem, flat)
        })
        .collect();

    let kinds: Vec<Kind> = Kind::ALL.to_vec();
    let areas = views.of_kind(Kind::Area, None);
    let area_pos: BTreeMap<&str, usize> = areas
        .iter()
        .enumerate()
        .map(|(n, &i)| (views.entries[i].id.as_str(), n))
        .collect();
    let cfg = views.config;
    let term_pos = |list: &[crate::config::Term], refs: &[Ref]| -> Vec<usize> {
        refs.iter()
            .filter_map(|r| list.iter().position(|t| t.id == r.id))
            .collect()
    };
    let docs = index
        .entries
        .iter()
        .map(|&i| {
            let e = &views.entries[i];
            let card = views.card(i);
            let (a, all) = match &e.areas {
                Areas::All => (Vec::new(), true),
                Areas::List(list) => (
                    list.iter()
                        .filter_map(|r| area_pos.get(r.id.as_str()).copied())
                        .collect(),
                    false,
                ),
            };
            let (days, next) = when(views, e);
            Doc {
                t: card.title,
                u: card.url,
                s: card.summary,
                k: kinds.iter().position(|k| *k == e.kind).unwrap_or(0),
                a,
                all,
                c: term_pos(&cfg.categories, &e.categories),
                au: term_pos(&cfg.audiences, &e.audience),
                d: days,
                w: card.when.unwrap_or_default(),
                n: next,
                p: card
                    .cost
                    .as_ref()
                    .map(|c| c.text.clone())
                    .unwrap_or_default(),
                f: card.cost.as_ref().is_some_and(|c| c.free),
                r: wheelchair(views, e),
            }
        })
        .collect();
    let pair = |id: &str, name: &str| [id.to_owned(), name.to_owned()];
    let export = Export {
        v: VERSION,
        scale,
        kinds: kinds
            .iter()
            .map(|k| pair(k.name(), &views.t(&format!("kind_one_{}", k.name()))))
            .collect(),
        areas: areas
            .iter()
            .map(|&i| pair(&views.entries[i].id, &views.entries[i].title))
            .collect(),
        categories: cfg
            .categories
            .iter()
            .map(|t| pair(&t.id, &t.name))
            .collect(),
        audiences: cfg.audiences.iter().map(|t| pair(&t.id, &t.name)).collect(),
        stop: analyze::stop_words(),
        forms: &index.forms,
        parts: &index.compounds,
        postings,
        docs,
    };
    Ok(serde_json::to_string(&export).expect("plain data serialises"))
}

/// The weekdays an entry takes place on in the coming weeks, and its next date.
fn when(views: &Views, e: &Entry) -> (u8, String) {
    let schedules = e.schedules();
    if schedules.is_empty() {
        return (0, String::new());
    }
    let mut days = 0u8;
    let mut next = String::new();
    for n in 0..WINDOW_DAYS {
        let Ok(date) = views.today.checked_add(jiff::Span::new().days(n)) else {
            break;
        };
        if schedules.iter().any(|s| s.occurs_on(date)) {
            days |= 1 << (date.weekday().to_monday_zero_offset());
            if next.is_empty() {
                next = date.to_string();
            }
        }
    }
    (days, next)
}

/// Whether the entry, or the place it is at, is wheelchair accessible.
fn wheelchair(views: &Views, e: &Entry) -> bool {
    let place_ok = |r: Option<&Ref>| {
        r.and_then(|r| views.get(Kind::Place, &r.id))
            .is_some_and(|(_, p)| match &p.details {
                Details::Place {
                    accessibility: Some(a),
                    ..
                } => a.wheelchair == Some(true),
                _ => false,
            })
    };
    match &e.details {
        Details::Activity(o) | Details::Service(o) => match &o.accessibility {
            Some(a) => a.wheelchair == Some(true),
            None => place_ok(o.place.as_ref()),
        },
        Details::Place {
            accessibility: Some(a),
            ..
        } => a.wheelchair == Some(true),
        Details::Volunteering { place, .. } => place_ok(place.as_ref()),
        _ => false,
    }
}
