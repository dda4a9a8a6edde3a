//! What the maps show: the areas with a boundary, where each lies, and per area its
//! places with a position, numbered, with the list that says the same in words. Drawing
//! them is [`crate::map`]'s.

use serde::Serialize;

use super::{Link, Views};
use crate::content::{Areas, Details, Kind};
use crate::map::{Boundary, Bounds, Frame};

/// The width of the map of all areas, in picture units (about CSS pixels at its widest).
const OVERVIEW_WIDTH: f64 = 480.0;
/// The width of an area's map: a phone's screen, so a marker is as large there as drawn.
const AREA_WIDTH: f64 = 360.0;

/// An area as a map draws it.
pub struct DrawnArea {
    /// The area's entry.
    pub entry: usize,
    /// The SVG path of its boundary.
    pub d: String,
    /// Where its label goes and how wide it may be (see [`Frame::label`]).
    pub label: Option<(f64, f64, f64)>,
}

/// All areas with a boundary on one map.
pub struct Overview {
    pub frame: Frame,
    pub areas: Vec<DrawnArea>,
}

/// An area's own map, and its places on it.
pub struct AreaMap {
    pub frame: Frame,
    pub area: DrawnArea,
    /// The areas around it, for where it lies.
    pub around: Vec<DrawnArea>,
    /// Each place's point in the picture, in the order of `places`.
    pub points: Vec<(f64, f64)>,
    pub places: Vec<MapPlace>,
}

/// A numbered place of an area's map, as the list beside the map shows it.
#[derive(Debug, Clone, Serialize)]
pub struct MapPlace {
    pub number: usize,
    pub name: String,
    pub url: String,
    /// Street, postcode and city in one line.
    pub address: String,
    /// The activities held there.
    pub activities: Vec<Link>,
}

impl Views<'_> {
    /// The published areas that have a boundary, in listing order.
    fn bounded_areas(&self) -> Vec<(usize, &Boundary)> {
        self.of_kind(Kind::Area, None)
            .into_iter()
            .filter_map(|i| match &self.entries[i].details {
                Details::Area {
                    boundary: Some(b), ..
                } => Some((i, &**b)),
                _ => None,
            })
            .collect()
    }

    /// Every area with a boundary on one map; `None` when no area has one.
    pub fn overview(&self) -> Option<Overview> {
        let areas = self.bounded_areas();
        let bounds = areas.iter().map(|(_, b)| b.bounds()).reduce(Bounds::join)?;
        let frame = Frame::around(bounds, OVERVIEW_WIDTH, 6.0);
        let areas = areas
            .into_iter()
            .map(|(entry, b)| DrawnArea {
                entry,
                d: frame.path(b),
                label: frame.label(b),
            })
            .collect();
        Some(Overview { frame, areas })
    }

    /// The map of one area with its meeting places and the places of its activities,
    /// numbered in name order; `None` when the area has no boundary.
    pub fn area_map(&self, area: usize) -> Option<AreaMap> {
        let Details::Area {
            boundary: Some(boundary),
            ..
        } = &self.entries[area].details
        else {
            return None;
        };
        let id = self.entries[area].id.as_str();
        let in_area = |areas: &Areas| match areas {
            Areas::All => false,
            Areas::List(list) => list.iter().any(|r| r.id == id),
        };
        let mut places: Vec<usize> = self
            .of_kind(Kind::Place, Some(id))
            .into_iter()
            .filter(|&p| in_area(&self.entries[p].areas))
            .collect();
        for kind in [Kind::Activity, Kind::Service] {
            for i in self.of_kind(kind, Some(id)) {
                let e = &self.entries[i];
                let place = match &e.details {
                    Details::Activity(offer) | Details::Service(offer) if in_area(&e.areas) => {
                        offer.place.as_ref()
                    }
                    _ => None,
                };
                if let Some((p, _)) = place.and_then(|r| self.get(Kind::Place, &r.id)) {
                    if self.published[p] && !places.contains(&p) {
                        places.push(p);
                    }
                }
            }
        }
        let mut located: Vec<(usize, (f64, f64), &crate::content::model::Address)> = places
            .into_iter()
            .filter_map(|p| match &self.entries[p].details {
                Details::Place {
                    geo: Some((lat, lon)),
                    address,
                    ..
                } => Some((p, (*lon, *lat), address)),
                _ => None,
            })
            // A place outside the area (an activity held in the next village) is on
            // that area's map, not this one.
            .filter(|(_, at, _)| boundary.contains(*at))
            .collect();
        located.sort_by(|a, b| self.sort_keys[a.0].cmp(&self.sort_keys[b.0]));
        // A little of what lies around, so a resident sees where the area is.
        let frame = Frame::around(boundary.bounds().padded(0.08), AREA_WIDTH, 0.0);
        let around = self
            .bounded_areas()
            .into_iter()
            .filter(|&(i, b)| i != area && b.bounds().overlaps(frame.shown()))
            .map(|(entry, b)| DrawnArea {
                entry,
                d: frame.path(b),
                label: frame.label(b),
            })
            .collect();
        let activities = |place: usize| -> Vec<Link> {
            let place_id = self.entries[place].id.as_str();
            self.of_kind(Kind::Activity, Some(id))
                .into_iter()
                .filter(|&i| match &self.entries[i].details {
                    Details::Activity(offer) => {
                        offer.place.as_ref().is_some_and(|r| r.id == place_id)
                    }
                    _ => false,
                })
                .map(|i| Link {
                    name: self.entries[i].title.clone(),
                    url: self.entry_url(i),
                })
                .collect()
        };
        Some(AreaMap {
            frame,
            area: DrawnArea {
                entry: area,
                d: frame.path(boundary),
                label: None,
            },
            around,
            points: located.iter().map(|(_, at, _)| frame.point(*at)).collect(),
            places: located
                .iter()
                .enumerate()
                .map(|(n, &(p, _, address))| MapPlace {
                    number: n + 1,
                    name: self.entries[p].title.clone(),
                    url: self.entry_url(p),
                    address: [
                        address.street.as_str(),
                        &format!("{} {}", address.postcode, address.city),
                    ]
                    .iter()
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
                    activities: activities(p),
                })
                .collect(),
        })
    }
}
