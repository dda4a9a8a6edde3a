//! Validate: what can only be checked with all entries and the settings at hand.
//!
//! References (areas, places, organisers, contacts) must name existing entries; categories
//! and audiences must be in `site.toml`; dates are weighed against today (stale, expired,
//! not yet valid). This stage decides which entries are published; it never changes an
//! entry and never reads the clock itself.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::model::{Areas, Details, Entry, Kind};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Pos, did_you_mean};
use crate::t;

/// What validation found out about the entries, besides diagnostics.
#[derive(Debug, Default)]
pub struct Validated {
    /// Per entry (same index as the entries): is it on the site?
    pub published: Vec<bool>,
    /// Entries left out because `valid_until` has passed.
    pub expired: usize,
    /// Drafts left out.
    pub drafts: usize,
    /// Entries left out because `valid_from` is still to come.
    pub upcoming: usize,
    /// Entries whose `reviewed` date is missing or too old.
    pub stale: usize,
}

pub fn validate(
    config: &Config,
    entries: &[Entry],
    today: Date,
    drafts: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Validated {
    let mut ids: BTreeMap<Kind, Vec<&str>> = BTreeMap::new();
    for e in entries {
        ids.entry(e.kind).or_default().push(e.id.as_str());
    }
    let mut result = Validated::default();
    let closed = config.closed();
    for e in entries {
        check_references(e, &ids, config, diagnostics);
        let expired = e.valid_until.is_some_and(|u| u < today);
        let upcoming = e.valid_from.is_some_and(|f| f > today);
        let draft = e.draft && !drafts;
        if expired {
            result.expired += 1;
            diagnostics.push(
                Diagnostic::warning(
                    &e.file,
                    Pos::UNKNOWN,
                    t!("expired", date = e.valid_until.unwrap_or(today).to_string()),
                )
                .with_help(t!("expired-help")),
            );
        }
        result.drafts += usize::from(draft && !expired);
        result.upcoming += usize::from(upcoming && !expired);
        result.published.push(!draft && !expired && !upcoming);
        if e.kind.needs_review() && !expired {
            check_freshness(e, config, today, &mut result, diagnostics);
        }
        check_completeness(e, diagnostics);
        check_translations(e, config, diagnostics);
        if !draft && !expired {
            check_closed(e, config, &closed, today, diagnostics);
        }
    }
    check_area_cycles(entries, diagnostics);
    check_places_inside(entries, diagnostics);
    result
}

/// Warns about an entry's translations: into a language the site does not have, made
/// from other words than the entry has now (`translated_from` differs from
/// [`Entry::text_hash`]), or without saying what they were made from.
fn check_translations(e: &Entry, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    if e.translations.is_empty() {
        return;
    }
    let languages = config.site_languages();
    let hash = e.text_hash();
    for translation in &e.translations {
        let file = &translation.file;
        if !languages.contains(&translation.language.as_str()) {
            diagnostics.push(
                Diagnostic::warning(
                    file,
                    Pos::UNKNOWN,
                    t!("translation-not-on-site", language = &translation.language),
                )
                .with_help(t!(
                    "translation-not-on-site-help",
                    language = &translation.language
                )),
            );
            continue;
        }
        if translation.language == config.language {
            diagnostics.push(
                Diagnostic::warning(
                    file,
                    Pos::UNKNOWN,
                    t!(
                        "translation-main-language",
                        language = &translation.language
                    ),
                )
                .with_help(t!("translation-main-language-help", main = &e.file)),
            );
            continue;
        }
        match &translation.translated_from {
            Some((from, _)) if *from == hash => {}
            Some((_, pos)) => diagnostics.push(
                Diagnostic::warning(file, *pos, t!("translation-outdated", main = &e.file))
                    .with_help(t!(
                        "translation-outdated-help",
                        main = &e.file,
                        hash = &hash
                    )),
            ),
            None => {
                diagnostics.push(
                    Diagnostic::warning(file, Pos::UNKNOWN, t!("translation-unmarked")).with_help(
                        t!("translation-unmarked-help", main = &e.file, hash = &hash),
                    ),
                )
            }
        }
    }
}

/// Warns when the site's closed periods take every date of an activity or a service in
/// the agenda's weeks: residents would find it on no day of the agenda.
fn check_closed(
    e: &Entry,
    config: &Config,
    closed: &[crate::config::Closed],
    today: Date,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if !matches!(e.kind, Kind::Activity | Kind::Service) {
        return;
    }
    let first = e.valid_from.map_or(today, |f| f.max(today));
    let last = today
        .checked_add(jiff::Span::new().days(config.agenda_days() - 1))
        .unwrap_or(today);
    let last = e.valid_until.map_or(last, |u| u.min(last));
    let closing: Vec<crate::config::Closed> = closed
        .iter()
        .filter(|c| c.from <= last && c.until >= first)
        .cloned()
        .collect();
    if closing.is_empty() || first > last {
        return;
    }
    let mut skipped = None;
    for date in std::iter::successors(Some(first), |d| d.tomorrow().ok()).take_while(|d| *d <= last)
    {
        for s in e.schedules().iter().filter(|s| s.occurs_on(date)) {
            match s.closed_by(date, &closing) {
                Some(c) => {
                    skipped.get_or_insert((s.at, c));
                }
                None => return,
            }
        }
    }
    if let Some((at, c)) = skipped {
        diagnostics.push(
            Diagnostic::warning(
                &e.file,
                at,
                t!(
                    "all-dates-closed",
                    kind = e.kind.word(),
                    weeks = config.agenda_days() / 7,
                    name = &c.name,
                    from = c.from.to_string(),
                    until = c.until.to_string(),
                ),
            )
            .with_help(t!("all-dates-closed-help")),
        );
    }
}

fn check_references(
    e: &Entry,
    ids: &BTreeMap<Kind, Vec<&str>>,
    config: &Config,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (kind, r) in e.references() {
        let known = ids.get(&kind).map(Vec::as_slice).unwrap_or(&[]);
        if !known.contains(&r.id.as_str()) {
            let help = did_you_mean(&r.id, known).unwrap_or_else(|| match known.len() {
                0 => t!("unknown-reference-none", folder = kind.folder()),
                _ => t!("unknown-reference-help", folder = kind.folder()),
            });
            diagnostics.push(
                Diagnostic::error(
                    &e.file,
                    r.pos,
                    t!("unknown-reference", kind = kind.word(), id = &r.id),
                )
                .with_help(help),
            );
        }
    }
    for (list, terms, what) in [
        (&e.categories, &config.categories, "category"),
        (&e.audience, &config.audiences, "audience"),
    ] {
        let known: Vec<&str> = terms.iter().map(|t| t.id.as_str()).collect();
        for r in list {
            if !known.contains(&r.id.as_str()) {
                let help = did_you_mean(&r.id, &known).unwrap_or_else(|| {
                    t!("unknown-term-help", what = what, ids = known.join(", "))
                });
                diagnostics.push(
                    Diagnostic::error(&e.file, r.pos, t!("unknown-term", what = what, id = &r.id))
                        .with_help(help),
                );
            }
        }
    }
}

fn check_freshness(
    e: &Entry,
    config: &Config,
    today: Date,
    result: &mut Validated,
    diagnostics: &mut Vec<Diagnostic>,
) {
    match e.reviewed {
        None => {
            result.stale += 1;
            diagnostics.push(
                Diagnostic::warning(&e.file, Pos::UNKNOWN, t!("not-reviewed"))
                    .with_help(t!("not-reviewed-help", today = today.to_string())),
            );
        }
        Some(date) => {
            let days = date.until(today).map(|s| s.get_days()).unwrap_or(0);
            if days > config.stale_after_days as i32 {
                result.stale += 1;
                diagnostics.push(
                    Diagnostic::warning(
                        &e.file,
                        e.reviewed_pos,
                        t!(
                            "stale",
                            days = days,
                            date = date.to_string(),
                            allowed = config.stale_after_days,
                        ),
                    )
                    .with_help(t!("stale-help", today = today.to_string())),
                );
            } else if days < 0 {
                diagnostics.push(
                    Diagnostic::warning(
                        &e.file,
                        e.reviewed_pos,
                        t!("reviewed-in-future", date = date.to_string()),
                    )
                    .with_help(t!("reviewed-in-future-help")),
                );
            }
        }
    }
}

fn check_completeness(e: &Entry, diagnostics: &mut Vec<Diagnostic>) {
    match &e.details {
        Details::Volunteering {
            contact,
            contact_info,
            how_to_respond,
            ..
        } if contact.is_none() && contact_info.is_empty() && how_to_respond.is_none() => {
            diagnostics.push(
                Diagnostic::warning(&e.file, Pos::UNKNOWN, t!("no-way-to-respond"))
                    .with_help(t!("no-way-to-respond-help")),
            );
        }
        Details::Activity(offer) | Details::Service(offer) => {
            let located = offer.place.is_some() || offer.address.is_some();
            let reachable = offer.contact.is_some() || !offer.contact_info.is_empty();
            if !located && (e.kind == Kind::Activity || !reachable) {
                let help = if e.kind == Kind::Activity {
                    t!("not-located-activity-help")
                } else {
                    t!("not-located-service-help")
                };
                diagnostics.push(
                    Diagnostic::warning(
                        &e.file,
                        Pos::UNKNOWN,
                        t!("not-located", kind = e.kind.word()),
                    )
                    .with_help(help),
                );
            }
        }
        _ => {}
    }
}

/// A place with a position lies inside the boundary of each area it names: a position
/// outside is a typing error (or lat and lon swapped), and puts the place's marker outside
/// the area's map.
fn check_places_inside(entries: &[Entry], diagnostics: &mut Vec<Diagnostic>) {
    let boundaries: BTreeMap<&str, (&Entry, &crate::map::Boundary)> = entries
        .iter()
        .filter_map(|e| match &e.details {
            Details::Area {
                boundary: Some(b), ..
            } => Some((e.id.as_str(), (e, &**b))),
            _ => None,
        })
        .collect();
    if boundaries.is_empty() {
        return;
    }
    for e in entries {
        let (
            Details::Place {
                geo: Some((lat, lon)),
                ..
            },
            Areas::List(areas),
        ) = (&e.details, &e.areas)
        else {
            continue;
        };
        for r in areas {
            let Some((area, boundary)) = boundaries.get(r.id.as_str()) else {
                continue;
            };
            if boundary.contains((*lon, *lat)) {
                continue;
            }
            let help = if boundary.contains((*lat, *lon)) {
                t!(
                    "place-outside-swapped-help",
                    lat = lon.to_string(),
                    lon = lat.to_string()
                )
            } else {
                t!("place-outside-area-help")
            };
            diagnostics.push(
                Diagnostic::warning(
                    &e.file,
                    r.pos,
                    t!("place-outside-area", place = &e.title, area = &area.title),
                )
                .with_help(help),
            );
        }
    }
}

/// An area that is (indirectly) its own parent would make the area tree endless.
fn check_area_cycles(entries: &[Entry], diagnostics: &mut Vec<Diagnostic>) {
    let parents: BTreeMap<&str, (&str, &Entry)> = entries
        .iter()
        .filter_map(|e| match &e.details {
            Details::Area {
                parent: Some(p), ..
            } => Some((e.id.as_str(), (p.id.as_str(), e))),
            _ => None,
        })
        .collect();
    for (id, (_, entry)) in &parents {
        let mut current = *id;
        for _ in 0..=parents.len() {
            match parents.get(current) {
                Some((parent, _)) if parent == id => {
                    let pos = match &entry.details {
                        Details::Area {
                            parent: Some(p), ..
                        } => p.pos,
                        _ => Pos::UNKNOWN,
                    };
                    diagnostics.push(
                        Diagnostic::error(&entry.file, pos, t!("area-in-itself", id = *id))
                            .with_help(t!("area-in-itself-help")),
                    );
                    break;
                }
                Some((parent, _)) => current = parent,
                None => break,
            }
        }
    }
}
