//! Validate: what can only be checked with all entries and the settings at hand.
//!
//! References (areas, places, organisers, contacts) must name existing entries; categories
//! and audiences must be in `site.toml`; dates are weighed against today (stale, expired,
//! not yet valid). This stage decides which entries are published; it never changes an
//! entry and never reads the clock itself.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::model::{Details, Entry, Kind};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Pos, did_you_mean};

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
                    format!(
                        "expired on {}: not published",
                        e.valid_until.unwrap_or(today)
                    ),
                )
                .with_help("extend `valid_until` if it still runs, or delete the file"),
            );
        }
        result.drafts += usize::from(draft && !expired);
        result.upcoming += usize::from(upcoming && !expired);
        result.published.push(!draft && !expired && !upcoming);
        if e.kind.needs_review() && !expired {
            check_freshness(e, config, today, &mut result, diagnostics);
        }
        check_completeness(e, diagnostics);
        if !draft && !expired {
            check_closed(e, config, &closed, today, diagnostics);
        }
    }
    check_area_cycles(entries, diagnostics);
    result
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
                format!(
                    "every date of this {} in the agenda's {} weeks falls in the closed period `{}` ({} to {}): the agenda and the calendar show none",
                    e.kind.name(),
                    config.agenda_days() / 7,
                    c.name,
                    c.from,
                    c.until
                ),
            )
            .with_help("if it takes place all the same, add `closed: false` to this rule of the schedule; if not, this warning goes once the closed period is over"),
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
                0 => format!(
                    "there are no {} yet: add one in content/{}/",
                    kind.folder(),
                    kind.folder()
                ),
                _ => format!(
                    "use the file name (without .md or .yaml) of one of content/{}/",
                    kind.folder()
                ),
            });
            diagnostics.push(
                Diagnostic::error(
                    &e.file,
                    r.pos,
                    format!("unknown {} `{}`", kind.name(), r.id),
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
                    format!("the {what} ids in site.toml are: {}", known.join(", "))
                });
                diagnostics.push(
                    Diagnostic::error(&e.file, r.pos, format!("unknown {what} `{}`", r.id))
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
                Diagnostic::warning(&e.file, Pos::UNKNOWN, "this entry has no `reviewed` date")
                    .with_help(format!("check the details, then add `reviewed: {today}`")),
            );
        }
        Some(date) => {
            let days = date.until(today).map(|s| s.get_days()).unwrap_or(0);
            if days > config.stale_after_days as i32 {
                result.stale += 1;
                diagnostics.push(
                    Diagnostic::warning(&e.file, e.reviewed_pos, format!("last checked {days} days ago ({date}), more than the {} days site.toml allows", config.stale_after_days))
                        .with_help(format!("check that everything is still right, then set `reviewed: {today}`")),
                );
            } else if days < 0 {
                diagnostics.push(
                    Diagnostic::warning(
                        &e.file,
                        e.reviewed_pos,
                        format!("`reviewed` ({date}) is in the future"),
                    )
                    .with_help("write the date the entry was checked"),
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
                Diagnostic::warning(&e.file, Pos::UNKNOWN, "this volunteer opening has no way to respond")
                    .with_help("add a `contact` (a person), a `phone`, an `email`, a `website` or `how_to_respond`"),
            );
        }
        Details::Activity(offer) | Details::Service(offer) => {
            let located = offer.place.is_some() || offer.address.is_some();
            let reachable = offer.contact.is_some() || !offer.contact_info.is_empty();
            if !located && (e.kind == Kind::Activity || !reachable) {
                let help = if e.kind == Kind::Activity {
                    "add `place` (the id of a place) or an `address`"
                } else {
                    "add `place` or an `address`, or a `phone`, `email`, `website` or `contact` to reach it"
                };
                diagnostics.push(
                    Diagnostic::warning(
                        &e.file,
                        Pos::UNKNOWN,
                        format!(
                            "this {} does not say where it is or how to reach it",
                            e.kind.name()
                        ),
                    )
                    .with_help(help),
                );
            }
        }
        _ => {}
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
                        Diagnostic::error(&entry.file, pos, format!("the area `{id}` is inside itself through `parent`"))
                            .with_help("a wijk or kern can only be part of a larger area; remove `parent` from one of them"),
                    );
                    break;
                }
                Some((parent, _)) => current = parent,
                None => break,
            }
        }
    }
}
