//! The static search index: small files the browser runtime fetches only in part.
//!
//! This comment is the one description of the format; the runtime
//! (`themes/default/static/assets/search.js`) reads exactly this and points here.
//!
//! Everything lives in one folder whose name is a hash of its contents, so every file can
//! be cached for ever and a new build never mixes with an old one. Every file is
//! compressed with raw deflate by the build (the runtime inflates it with the browser's
//! `DecompressionStream`), so a host that does not compress still serves few bytes.
//!
//! Two encodings are used. *JSON* files are UTF-8 JSON. *Binary* files are made of
//! varints: an unsigned number in 7-bit groups, least significant first, the high bit
//! set on every byte but the last. A *doc list* is `count, first entry, gap, gap, ...`
//! as varints: entries ascending, each after the first as its distance to the one
//! before. Entries are numbered in title order, so entry order is alphabetical order.
//! Words in a list are *front-coded*: sorted, each written as the number of characters
//! it shares with the word before, a colon and the rest, separated by commas
//! (`ma,mantel,mantelzorg` is `0:ma,2:ntel,6:zorg`).
//!
//! - `meta.bin` (JSON): `v` the format version ([`VERSION`], checked by the runtime),
//!   `scale` the score scale, `syn` what a match through a synonym is worth against one
//!   of the word itself, `docs` the number of entries, `cg` the cards per card
//!   file ([`CARD_GROUP`]), `root` the site's address, `kinds`, `areas`, `categories`,
//!   `audiences` and `languages` (those besides Dutch that entries name; the id is the
//!   ISO 639 code) as `[id, name]` pairs (facet values are their indexes), `stop` the
//!   stop words. Then either `bundle` (a small site, up to [`BUNDLE_UP_TO`] entries:
//!   `t` the shards by key, `p` the postings of stems not inline, as inline postings,
//!   `c` all cards, `f` the facet lists as arrays), or `shards` (the shard keys,
//!   front-coded), `xs` (the prefixes with ready-made postings, front-coded) and `d`, `e`
//!   (the letters that have a typo file).
//! - `t/<key>.bin` (JSON), a term shard: the word forms starting with the key (two
//!   letters, or more for a crowded prefix). `w` maps each form to its stem, or to a
//!   list of its stem and the stems of its compound parts; `s` maps each stem to its
//!   number of entries, or, for a stem in at most a few entries, to its *inline
//!   postings* `[gap, score, gap, score, ...]`; `x`, when present, lists the prefixes
//!   of this shard that have ready-made postings; `y`, when present, maps a word (on the
//!   site or only in a synonym group) to its synonyms on the site, each as `[shown,
//!   stem, stem, ...]`: a synonym's stems together are one alternative to the word.
//! - `p/<stem>.bin` (binary): a stem's postings: a doc list, then one score byte per
//!   entry. Scores of all stems share one scale, so the browser adds bytes.
//! - `x/<prefix>.bin` (binary): the same for a prefix being typed: per entry the best
//!   score of the forms that start with it.
//! - `c/<g>.bin` (JSON): the result cards of entries `g * CARD_GROUP` up to the next
//!   group, an array of `{t: title, u: address, s: summary, k: kind, ...}`. A group is
//!   a few kilobytes: a page of results fetches a few more bytes than with one file per
//!   card, and the build writes a sixteenth of the files (creating a file costs more
//!   than writing a few kilobytes on most disks).
//! - `f/<facet>.bin` (binary doc list): the entries with a facet value: kind `k<i>`,
//!   category `c<i>`, audience `u<i>`, day of the week `d<0-6>` (Monday first), `free`,
//!   `wheel` (wheelchair accessible) and language `l<i>`; and for every area `a<i>` the entries there,
//!   and those together with each other value (`a<i>-<value>`), so "free in Hedel" is
//!   one small file.
//! - `d/<letter>.bin` and `e/<letter>.bin` (text, one form per line): the forms whose
//!   first (`d`) or second (`e`) letter it is, most common first: the candidates for a
//!   typo, fetched only when a word is not found. Any one edit keeps the first or the
//!   second letter of a word.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::{Value, json};

use super::SearchIndex;
use super::analyze;
use crate::content::model::Ref;
use crate::content::{Areas, Details, Entry, Kind};
use crate::output::{File, deflate};
use crate::plan;
use crate::view::Views;

/// Format version, checked by the runtime.
pub const VERSION: u32 = 5;

/// Sites with at most this many entries get the whole index in one file.
pub const BUNDLE_UP_TO: usize = 300;

/// A shard holding more forms than this is split by one more letter.
const SHARD_FORMS: usize = 64;

/// Result cards in one file.
pub const CARD_GROUP: usize = 16;

/// Postings of stems in at most this many entries go inside the term shard.
const INLINE_POSTINGS: usize = 6;

/// The shortest word the runtime completes while it is typed.
const MIN_PREFIX: usize = 3;

/// A prefix of more forms than this gets its postings ready-made: per entry the best
/// score of any form starting with it, one file instead of one per form.
const PREFIX_FORMS: usize = 4;

/// The files of the index: paths inside its folder and their (compressed) bytes.
pub struct Files {
    /// Inside the index's folder, compressed (deflate), without gzip copies.
    pub files: Vec<File>,
}

/// A result card.
#[derive(Serialize)]
struct Card {
    /// Title, address (below the site's root), summary.
    t: String,
    u: String,
    s: String,
    /// Kind (index into `kinds`).
    k: usize,
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
    /// Translated into the index's language: its words are the page's, not marked.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    x: bool,
}

/// The facet values of one entry.
struct Facets {
    kind: usize,
    /// Area positions; `None` for the whole municipality.
    areas: Option<Vec<usize>>,
    categories: Vec<usize>,
    audiences: Vec<usize>,
    /// Positions in the languages offered (`Views::languages_offered`).
    languages: Vec<usize>,
    /// Days of the week it takes place in the coming weeks, Monday = bit 0.
    days: u8,
    free: bool,
    wheelchair: bool,
}

fn varint(out: &mut Vec<u8>, mut n: u32) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

/// Ascending entries as gaps: `[count, gap, gap, ...]` as varints.
fn doc_list(docs: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(docs.len() + 4);
    varint(&mut out, docs.len() as u32);
    let mut last = 0;
    for (n, &d) in docs.iter().enumerate() {
        varint(&mut out, if n == 0 { d } else { d - last });
        last = d;
    }
    out
}

/// A stem's postings: the entry list, then one score byte per entry.
fn postings_file(postings: &[(u32, u8)]) -> Vec<u8> {
    let docs: Vec<u32> = postings.iter().map(|p| p.0).collect();
    let mut out = doc_list(&docs);
    out.extend(postings.iter().map(|p| p.1));
    out
}

/// Inline postings in a shard: `[gap, score, gap, score, ...]`.
fn inline_postings(postings: &[(u32, u8)]) -> Vec<u32> {
    let mut last = 0;
    postings
        .iter()
        .enumerate()
        .flat_map(|(n, &(d, s))| {
            let gap = if n == 0 { d } else { d - last };
            last = d;
            [gap, u32::from(s)]
        })
        .collect()
}

/// Sorted words, each written as the number of letters it shares with the one before,
/// a colon and the rest, separated by commas: `ma,mantel,mantelzorg` is
/// `0:ma,2:ntel,6:zorg`. A site's thousands of shard keys take a quarter of the bytes.
fn front_coded<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut before = "";
    for word in words {
        let shared = before
            .char_indices()
            .zip(word.chars())
            .find(|((_, a), b)| a != b)
            .map_or(before.len().min(word.len()), |((at, _), _)| at);
        // Counted in characters, as the runtime slices strings.
        let shared_chars = word[..shared].chars().count();
        if !out.is_empty() {
            out.push(',');
        }
        out.push_str(&format!("{shared_chars}:{}", &word[shared..]));
        before = word;
    }
    out
}

/// The shard key of each form: its first two letters, or more where a prefix holds more
/// than [`SHARD_FORMS`] forms. Returns key -> forms.
fn shard_keys<'f>(forms: impl Iterator<Item = &'f str>) -> BTreeMap<String, Vec<&'f str>> {
    let prefix = |f: &str, len: usize| f.chars().take(len).collect::<String>();
    let mut pending: Vec<(usize, Vec<&str>)> = vec![(2, forms.collect())];
    let mut out: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    while let Some((len, group)) = pending.pop() {
        let mut by_key: BTreeMap<String, Vec<&str>> = BTreeMap::new();
        for f in group {
            by_key.entry(prefix(f, len)).or_default().push(f);
        }
        for (key, forms) in by_key {
            // Forms as long as the key itself stay with it; longer ones may split.
            if forms.len() > SHARD_FORMS && len < analyze::MAX_WORD {
                let (exact, longer): (Vec<&str>, Vec<&str>) =
                    forms.into_iter().partition(|f| f.chars().count() <= len);
                if !exact.is_empty() {
                    out.entry(key).or_default().extend(exact);
                }
                pending.push((len + 1, longer));
            } else {
                out.entry(key).or_default().extend(forms);
            }
        }
    }
    out
}

/// Writes the index of `index` as files.
pub fn export(index: &SearchIndex, views: &Views) -> tantivy::Result<Files> {
    let scores = index.scores()?;
    let max = scores
        .values()
        .flat_map(|docs| docs.iter().map(|(_, s)| *s))
        .fold(0.0f32, f32::max);
    let scale = if max > 0.0 { max / 255.0 } else { 1.0 };
    let postings: BTreeMap<String, Vec<(u32, u8)>> = scores
        .into_iter()
        .map(|(stem, docs)| {
            let bytes = docs
                .into_iter()
                .map(|(doc, score)| (doc, (score / scale).round().clamp(1.0, 255.0) as u8))
                .collect();
            (stem, bytes)
        })
        .collect();

    let kinds: Vec<Kind> = Kind::ALL.to_vec();
    let languages = views.languages_offered();
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
    let closed = cfg.closed();
    let (cards, facets): (Vec<Card>, Vec<Facets>) = index
        .entries
        .par_iter()
        .map(|&i| {
            let e = &views.entries[i];
            let card = views.card(i);
            let (days, next) = when(views, e, &closed);
            let kind = kinds.iter().position(|k| *k == e.kind).unwrap_or(0);
            let free = card.cost.as_ref().is_some_and(|c| c.free);
            let facets = Facets {
                kind,
                areas: match &e.areas {
                    Areas::All => None,
                    Areas::List(list) => Some(
                        list.iter()
                            .filter_map(|r| area_pos.get(r.id.as_str()).copied())
                            .collect(),
                    ),
                },
                categories: term_pos(&cfg.categories, &e.categories),
                audiences: term_pos(&cfg.audiences, &e.audience),
                languages: e
                    .languages()
                    .iter()
                    .filter_map(|l| languages.iter().position(|o| o.code == l.code))
                    .collect(),
                days,
                free,
                wheelchair: wheelchair(views, e),
            };
            let card = Card {
                t: card.title,
                u: plan::entry_path(e),
                s: card.summary,
                k: kind,
                w: card.when.unwrap_or_default(),
                n: next,
                p: card.cost.map(|c| c.text).unwrap_or_default(),
                f: free,
                x: e.translated.is_some(),
            };
            (card, facets)
        })
        .unzip();
    let facet_lists = facet_lists(
        &facets,
        [
            kinds.len(),
            cfg.categories.len(),
            cfg.audiences.len(),
            areas.len(),
            languages.len(),
        ],
    );

    // Term shards: forms, their stems and the stems of their parts, and the words that
    // bring in synonyms.
    let words: BTreeSet<&str> = index
        .forms
        .keys()
        .chain(index.synonyms.keys())
        .map(String::as_str)
        .collect();
    let keys = shard_keys(words.into_iter());
    let bundle = index.entries.len() <= BUNDLE_UP_TO;
    let unions = if bundle {
        BTreeMap::new()
    } else {
        prefix_unions(index, &postings, index.entries.len())
    };
    // A ready-made prefix is listed in the shard its word would be in, or in the
    // metadata when its shards are all keyed by longer prefixes.
    let mut listed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let mut loose: Vec<&str> = Vec::new();
    for prefix in unions.keys() {
        let key = prefix
            .char_indices()
            .map(|(at, c)| &prefix[..at + c.len_utf8()])
            .rev()
            .find(|k| keys.contains_key(*k));
        match key {
            Some(k) => listed.entry(k).or_default().push(prefix),
            None => loose.push(prefix),
        }
    }
    let shards: BTreeMap<String, Value> = keys
        .par_iter()
        .map(|(key, forms)| {
            let prefixes = listed.get(key.as_str()).map(Vec::as_slice);
            (key.clone(), shard(index, &postings, forms, prefixes))
        })
        .collect();

    let pair = |id: &str, name: &str| [id.to_owned(), name.to_owned()];
    let mut meta = json!({
        "v": VERSION,
        "scale": scale,
        "syn": super::synonyms::WEIGHT,
        "docs": index.entries.len(),
        "cg": CARD_GROUP,
        "root": views.urls.page(""),
        "kinds": kinds
            .iter()
            .map(|k| pair(k.name(), &views.t(&format!("kind_one_{}", k.name()))))
            .collect::<Vec<_>>(),
        "areas": areas
            .iter()
            .map(|&i| pair(&views.entries[i].id, &views.entries[i].title))
            .collect::<Vec<_>>(),
        "categories": cfg.categories.iter().map(|t| pair(&t.id, &t.name)).collect::<Vec<_>>(),
        "audiences": cfg.audiences.iter().map(|t| pair(&t.id, &t.name)).collect::<Vec<_>>(),
        "languages": languages
            .iter()
            .map(|l| pair(l.code, &views.language_choice(l)))
            .collect::<Vec<_>>(),
        "stop": analyze::stop_words(),
    });

    let to_bytes = |v: &Value| serde_json::to_vec(v).expect("plain data serialises");
    if bundle {
        // One file: shards, postings, cards and facets inline.
        let all_postings: BTreeMap<&str, Vec<u32>> = postings
            .iter()
            .filter(|(_, list)| list.len() > INLINE_POSTINGS)
            .map(|(stem, list)| (stem.as_str(), inline_postings(list)))
            .collect();
        // The runtime intersects an area with another value itself; a missing list is
        // an empty one.
        let lists: BTreeMap<&str, &Vec<u32>> = facet_lists
            .iter()
            .filter(|(k, v)| !k.contains('-') && !v.is_empty())
            .map(|(k, v)| (k.as_str(), v))
            .collect();
        meta["bundle"] = json!({
            "t": shards,
            "p": all_postings,
            "c": cards,
            "f": lists,
        });
        let files = vec![File::new("meta.bin", deflate(&to_bytes(&meta)), false)];
        return Ok(Files { files });
    }
    meta["shards"] = json!(front_coded(shards.keys().map(String::as_str)));
    meta["xs"] = json!(front_coded(loose.iter().copied()));
    let typos = typo_lists(index, &postings);
    for (dir, letters) in &typos {
        meta[*dir] = json!(letters.keys().collect::<String>());
    }
    // Every file as plain bytes, made in parallel.
    let mut files = vec![("meta.bin".to_owned(), to_bytes(&meta))];
    files.par_extend(
        shards
            .par_iter()
            .map(|(key, shard)| (format!("t/{key}.bin"), to_bytes(shard))),
    );
    files.par_extend(
        postings
            .par_iter()
            .filter(|(_, list)| list.len() > INLINE_POSTINGS)
            .map(|(stem, list)| (format!("p/{stem}.bin"), postings_file(list))),
    );
    files.par_extend(
        unions
            .par_iter()
            .map(|(prefix, list)| (format!("x/{prefix}.bin"), postings_file(list))),
    );
    files.par_extend(cards.par_chunks(CARD_GROUP).enumerate().map(|(g, group)| {
        let bytes = serde_json::to_vec(group).expect("plain data serialises");
        (format!("c/{g}.bin"), bytes)
    }));
    for (name, docs) in &facet_lists {
        files.push((format!("f/{name}.bin"), doc_list(docs)));
    }
    for (dir, letters) in typos {
        for (letter, forms) in letters {
            files.push((format!("{dir}/{letter}.bin"), forms.join("\n").into_bytes()));
        }
    }
    // Compressing is most of the work: spread it over the cores.
    let files = files
        .into_par_iter()
        .map(|(path, bytes)| File::new(path, deflate(&bytes), false))
        .collect();
    Ok(Files { files })
}

/// A term shard: its forms, each with its stem and the stems of its parts, and per stem
/// its number of entries or, when they are few, its postings. `prefixes` are the
/// ready-made prefixes listed here.
fn shard(
    index: &SearchIndex,
    postings: &BTreeMap<String, Vec<(u32, u8)>>,
    forms: &[&str],
    prefixes: Option<&[&str]>,
) -> Value {
    let mut words = serde_json::Map::new();
    let mut synonyms = serde_json::Map::new();
    let mut stems: BTreeSet<&str> = BTreeSet::new();
    for &form in forms {
        if let Some(list) = index.synonyms.get(form) {
            let mut out = Vec::with_capacity(list.len());
            for synonym in list {
                let mut item = vec![synonym.shown.as_str()];
                item.extend(synonym.stems.iter().map(String::as_str));
                stems.extend(synonym.stems.iter().map(String::as_str));
                out.push(item);
            }
            synonyms.insert(form.to_owned(), json!(out));
        }
        let Some(own) = index.forms.get(form) else {
            continue; // only in a synonym group
        };
        let mut refs = vec![own.as_str()];
        for part in index.compounds.get(form).into_iter().flatten() {
            if let Some(stem) = index.forms.get(part)
                && !refs.contains(&stem.as_str())
            {
                refs.push(stem);
            }
        }
        stems.extend(refs.iter().copied());
        let value = if refs.len() == 1 {
            json!(refs[0])
        } else {
            json!(refs)
        };
        words.insert(form.to_owned(), value);
    }
    let mut info = serde_json::Map::new();
    for stem in stems {
        let list = postings.get(stem).map(Vec::as_slice).unwrap_or_default();
        let value = if list.len() <= INLINE_POSTINGS {
            json!(inline_postings(list))
        } else {
            json!(list.len())
        };
        info.insert(stem.to_owned(), value);
    }
    let mut shard = json!({"w": words, "s": info});
    if !synonyms.is_empty() {
        shard["y"] = Value::Object(synonyms);
    }
    if let Some(prefixes) = prefixes {
        shard["x"] = json!(prefixes);
    }
    shard
}

/// Ready-made postings for every prefix (of [`MIN_PREFIX`] letters or more) that starts
/// more than [`PREFIX_FORMS`] forms: per entry the best score of the stems of those
/// forms. The runtime reads one file for a word being typed instead of one per form.
/// Only the forms' own stems count, not their parts: "koffie" being typed finds
/// "koffieochtend", not everything with "ochtend".
fn prefix_unions(
    index: &SearchIndex,
    postings: &BTreeMap<String, Vec<(u32, u8)>>,
    docs: usize,
) -> BTreeMap<String, Vec<(u32, u8)>> {
    let forms: Vec<&str> = index.forms.keys().map(String::as_str).collect();
    let mut best = vec![0u8; docs];
    let mut touched: Vec<u32> = Vec::new();
    let mut out = BTreeMap::new();
    for (i, form) in forms.iter().enumerate() {
        for (end, _) in form
            .char_indices()
            .skip(MIN_PREFIX)
            .chain([(form.len(), ' ')])
        {
            let prefix = &form[..end];
            if prefix.chars().count() < MIN_PREFIX || (i > 0 && forms[i - 1].starts_with(prefix)) {
                continue; // too short, or met already at an earlier form
            }
            let count = forms[i..].partition_point(|f| f.starts_with(prefix));
            if count <= PREFIX_FORMS {
                break; // longer prefixes of this form start even fewer forms
            }
            let stems: BTreeSet<&str> = forms[i..i + count]
                .iter()
                .map(|f| index.forms[*f].as_str())
                .collect();
            for stem in stems {
                for &(doc, score) in postings.get(stem).map(Vec::as_slice).unwrap_or_default() {
                    let slot = &mut best[doc as usize];
                    if *slot == 0 {
                        touched.push(doc);
                    }
                    *slot = (*slot).max(score);
                }
            }
            touched.sort_unstable();
            let list = touched
                .drain(..)
                .map(|doc| (doc, std::mem::take(&mut best[doc as usize])))
                .collect();
            out.insert(prefix.to_owned(), list);
        }
    }
    out
}

/// The entries of every facet value, ascending: `k<kind>`, `c<category>`, `u<audience>`,
/// `d<day>`, `free`, `wheel`, `l<language>`, and per area `a<area>` (entries there or for
/// the whole municipality) and `a<area>-<value>` for each value above. `sizes` counts the
/// kinds, categories, audiences, areas and languages. Every list the runtime may ask for
/// is there, empty or not, so it never meets a 404.
fn facet_lists(facets: &[Facets], sizes: [usize; 5]) -> BTreeMap<String, Vec<u32>> {
    let [kinds, categories, audiences, areas, languages] = sizes;
    // Values are numbered in the order of their names below.
    let mut names: Vec<String> = (0..kinds).map(|k| format!("k{k}")).collect();
    names.extend((0..categories).map(|c| format!("c{c}")));
    names.extend((0..audiences).map(|c| format!("u{c}")));
    names.extend((0..7).map(|d| format!("d{d}")));
    names.extend(["free".to_owned(), "wheel".to_owned()]);
    names.extend((0..languages).map(|l| format!("l{l}")));
    let (category, audience, day) = (kinds, kinds + categories, kinds + categories + audiences);
    let (free, wheel, language) = (day + 7, day + 8, day + 9);
    // Per value the entries with it; per area the entries there, and per area and value.
    let mut anywhere: Vec<Vec<u32>> = vec![Vec::new(); names.len()];
    let mut area: Vec<Vec<u32>> = vec![Vec::new(); areas];
    let mut both: Vec<Vec<Vec<u32>>> = vec![vec![Vec::new(); names.len()]; areas];
    let mut values = Vec::new();
    for (doc, f) in facets.iter().enumerate() {
        let doc = doc as u32;
        values.clear();
        values.push(f.kind);
        values.extend(f.categories.iter().map(|c| category + c));
        values.extend(f.audiences.iter().map(|c| audience + c));
        values.extend((0..7).filter(|d| f.days & (1 << d) != 0).map(|d| day + d));
        if f.free {
            values.push(free);
        }
        if f.wheelchair {
            values.push(wheel);
        }
        values.extend(f.languages.iter().map(|l| language + l));
        values.sort_unstable();
        values.dedup();
        let here: Vec<usize> = match &f.areas {
            None => (0..areas).collect(),
            Some(list) => list
                .iter()
                .copied()
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect(),
        };
        for &a in &here {
            area[a].push(doc);
            for &v in &values {
                both[a][v].push(doc);
            }
        }
        for &v in &values {
            anywhere[v].push(doc);
        }
    }
    let mut lists = BTreeMap::new();
    for (a, (docs, by_value)) in area.into_iter().zip(both).enumerate() {
        lists.insert(format!("a{a}"), docs);
        for (name, docs) in names.iter().zip(by_value) {
            lists.insert(format!("a{a}-{name}"), docs);
        }
    }
    for (name, docs) in names.into_iter().zip(anywhere) {
        lists.insert(name, docs);
    }
    lists
}

/// Typo candidates: per first letter (`d`) and per second letter (`e`), the forms as
/// `form,entries`, most common first.
fn typo_lists(
    index: &SearchIndex,
    postings: &BTreeMap<String, Vec<(u32, u8)>>,
) -> [(&'static str, BTreeMap<char, Vec<String>>); 2] {
    let mut by_count: Vec<(usize, &str)> = index
        .forms
        .iter()
        .map(|(form, stem)| (postings.get(stem).map_or(0, Vec::len), form.as_str()))
        .collect();
    by_count.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let mut first: BTreeMap<char, Vec<String>> = BTreeMap::new();
    let mut second: BTreeMap<char, Vec<String>> = BTreeMap::new();
    for (df, form) in by_count {
        let line = format!("{form},{df}");
        let mut chars = form.chars();
        if let Some(c) = chars.next() {
            first.entry(c).or_default().push(line.clone());
        }
        if let Some(c) = chars.next() {
            second.entry(c).or_default().push(line);
        }
    }
    [("d", first), ("e", second)]
}

/// The weekdays an entry takes place on in the agenda's weeks (site.toml), closed days
/// left out, and its next date.
fn when(views: &Views, e: &Entry, closed: &[crate::agenda::Closed]) -> (u8, String) {
    let Ok(last) = views
        .today
        .checked_add(jiff::Span::new().days(views.config.agenda_days() - 1))
    else {
        return (0, String::new());
    };
    let dates: Vec<jiff::civil::Date> = e
        .schedules()
        .iter()
        .flat_map(|s| crate::agenda::dates(s, views.today, last, closed))
        .collect();
    let days = dates.iter().fold(0u8, |days, d| {
        days | 1 << d.weekday().to_monday_zero_offset()
    });
    let next = dates
        .iter()
        .min()
        .map_or_else(String::new, |d| d.to_string());
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crowded_prefixes_split_and_every_form_has_one_shard() {
        let forms: Vec<String> = (0..1000)
            .map(|n| format!("ge{}", char::from(b'a' + (n % 26) as u8)).repeat(1) + &n.to_string())
            .chain(["ge".to_owned(), "kat".to_owned(), "a".to_owned()])
            .collect();
        let keys = shard_keys(forms.iter().map(String::as_str));
        assert!(keys.contains_key("ka"));
        assert!(keys.contains_key("a"));
        assert!(keys.contains_key("ge"), "the form `ge` keeps the short key");
        assert!(keys.contains_key("gea"), "`ge` holds 1001 forms and splits");
        assert!(keys.values().all(|f| f.len() <= SHARD_FORMS));
        let total: usize = keys.values().map(Vec::len).sum();
        assert_eq!(total, forms.len());
        for (key, forms) in &keys {
            assert!(forms.iter().all(|f| f.starts_with(key.as_str())), "{key}");
        }
    }

    #[test]
    fn front_coding_shares_prefixes() {
        let words = ["ma", "mantel", "mantelzorg", "mé", "méér", "zorg"];
        assert_eq!(
            front_coded(words.iter().copied()),
            "0:ma,2:ntel,6:zorg,1:é,2:ér,0:zorg"
        );
        assert_eq!(front_coded(std::iter::empty()), "");
    }

    #[test]
    fn doc_lists_are_gaps_as_varints() {
        assert_eq!(doc_list(&[3, 5, 300]), vec![3, 3, 2, 0xa7, 0x02]);
        assert_eq!(inline_postings(&[(3, 9), (5, 200)]), vec![3, 9, 2, 200]);
    }
}
