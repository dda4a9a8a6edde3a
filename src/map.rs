//! Maps without a map service: the areas' boundaries, drawn at build time as inline SVG.
//!
//! An area may have a boundary: a GeoJSON file beside its entry (`content/areas/noord.geojson`
//! next to `noord.md`) holding a Polygon or MultiPolygon, bare or in a Feature or a
//! FeatureCollection, as municipalities and CBS publish them. Positions are longitude and
//! latitude (WGS84, as RFC 7946 has it) or Rijksdriehoek metres (EPSG:28992, in which CBS
//! and PDOK publish the wijk and buurt boundaries); the latter are converted with the
//! published approximation of Schreutelkamp and Strang van Hees, good to about a metre.
//!
//! Drawing projects onto a plane (equirectangular at the map's middle latitude: a
//! municipality is small enough for that to look right), simplifies each ring to what
//! shows at the drawn size (Douglas–Peucker) and writes a path per area in whole units of
//! the picture. No tiles, no script, no request: the map is part of the page.

use crate::diagnostic::Pos;
use crate::messages::Text;
use crate::t;
use crate::view::escape_html as escape;

/// A ring of positions, `(longitude, latitude)`, the last equal to the first.
type Ring = Vec<(f64, f64)>;

/// An area's boundary: one or more polygons, each an outer ring and its holes.
#[derive(Debug, Clone, PartialEq)]
pub struct Boundary {
    polygons: Vec<Vec<Ring>>,
}

/// What is wrong with a boundary file, where, and how to mend it.
#[derive(Debug)]
pub struct Problem {
    pub pos: Pos,
    pub message: Text,
    pub help: Text,
}

impl Problem {
    fn new(pos: Pos, message: Text, help: Text) -> Self {
        Problem { pos, message, help }
    }
}

/// Reads a boundary from the text of a GeoJSON file.
pub fn parse(text: &str) -> Result<Boundary, Problem> {
    let help = || t!("boundary-help");
    let geojson: geojson::GeoJson = text.parse().map_err(|err| match err {
        geojson::Error::MalformedGeoJson(json) if json.line() > 0 => {
            let pos = Pos::new(json.line() as u32, json.column() as u32);
            // The position is the diagnostic's; the reason without it.
            let reason = json.to_string();
            let reason = reason.rsplit_once(" at line ").map_or(&*reason, |(r, _)| r);
            Problem::new(pos, t!("boundary-json", reason = reason), help())
        }
        other => Problem::new(
            Pos::UNKNOWN,
            t!("boundary-json", reason = other.to_string()),
            help(),
        ),
    })?;
    let mut polygons = Vec::new();
    let mut others = Vec::new();
    match geojson {
        geojson::GeoJson::Geometry(g) => collect(g.value, &mut polygons, &mut others),
        geojson::GeoJson::Feature(f) => {
            if let Some(g) = f.geometry {
                collect(g.value, &mut polygons, &mut others);
            }
        }
        geojson::GeoJson::FeatureCollection(c) => {
            for g in c.features.into_iter().filter_map(|f| f.geometry) {
                collect(g.value, &mut polygons, &mut others);
            }
        }
    }
    if polygons.is_empty() {
        let found = if others.is_empty() {
            t!("boundary-nothing").into_string()
        } else {
            others.join(", ")
        };
        return Err(Problem::new(
            Pos::UNKNOWN,
            t!("boundary-no-polygon", found = found),
            help(),
        ));
    }
    if polygons.iter().flatten().any(|ring| ring.len() < 4) {
        return Err(Problem::new(
            Pos::UNKNOWN,
            t!("boundary-short-ring"),
            help(),
        ));
    }
    let positions = || polygons.iter().flatten().flatten();
    let degrees = positions().all(|&(x, y)| (-180.0..=180.0).contains(&x) && y.abs() <= 90.0);
    if !degrees {
        // Rijksdriehoek: metres east and north of a point south-west of France, the whole
        // of the Netherlands within these bounds.
        let rd = positions().all(|&(x, y)| {
            (-7_000.0..=300_000.0).contains(&x) && (289_000.0..=629_000.0).contains(&y)
        });
        if !rd {
            let &(x, y) = positions()
                .find(|&&(x, y)| !((-180.0..=180.0).contains(&x) && y.abs() <= 90.0))
                .unwrap_or(&(0.0, 0.0));
            return Err(Problem::new(
                Pos::UNKNOWN,
                t!("boundary-projection", position = format!("[{x}, {y}]")),
                t!("boundary-projection-help"),
            ));
        }
        for p in polygons.iter_mut().flatten().flatten() {
            *p = rd_to_wgs84(p.0, p.1);
        }
    }
    Ok(Boundary { polygons })
}

/// The polygons of a geometry, and the names of geometries that are not areas.
fn collect(value: geojson::GeometryValue, polygons: &mut Vec<Vec<Ring>>, others: &mut Vec<String>) {
    let ring = |r: Vec<geojson::Position>| -> Ring { r.iter().map(|p| (p[0], p[1])).collect() };
    let polygon =
        |p: Vec<Vec<geojson::Position>>| -> Vec<Ring> { p.into_iter().map(ring).collect() };
    match value {
        geojson::GeometryValue::Polygon { coordinates } => polygons.push(polygon(coordinates)),
        geojson::GeometryValue::MultiPolygon { coordinates } => {
            polygons.extend(coordinates.into_iter().map(polygon));
        }
        geojson::GeometryValue::GeometryCollection { geometries } => {
            for g in geometries {
                collect(g.value, polygons, others);
            }
        }
        other => {
            let name = other.type_name().to_owned();
            if !others.contains(&name) {
                others.push(name);
            }
        }
    }
}

/// Rijksdriehoek metres to WGS84 `(longitude, latitude)`: the approximation of
/// Schreutelkamp and Strang van Hees (2001), within about a metre in the Netherlands.
fn rd_to_wgs84(x: f64, y: f64) -> (f64, f64) {
    const LAT: [(i32, i32, f64); 11] = [
        (0, 1, 3235.65389),
        (2, 0, -32.58297),
        (0, 2, -0.24750),
        (2, 1, -0.84978),
        (0, 3, -0.06550),
        (2, 2, -0.01709),
        (1, 0, -0.00738),
        (4, 0, 0.00530),
        (2, 3, -0.00039),
        (4, 1, 0.00033),
        (1, 1, -0.00012),
    ];
    const LON: [(i32, i32, f64); 12] = [
        (1, 0, 5260.52916),
        (1, 1, 105.94684),
        (1, 2, 2.45656),
        (3, 0, -0.81885),
        (1, 3, 0.05594),
        (3, 1, -0.05607),
        (0, 1, 0.01199),
        (3, 2, -0.00256),
        (1, 4, 0.00128),
        (0, 2, 0.00022),
        (2, 0, -0.00022),
        (5, 0, 0.00026),
    ];
    let dx = (x - 155_000.0) * 1e-5;
    let dy = (y - 463_000.0) * 1e-5;
    let sum = |terms: &[(i32, i32, f64)]| -> f64 {
        terms
            .iter()
            .map(|&(p, q, k)| k * dx.powi(p) * dy.powi(q))
            .sum()
    };
    (
        5.387_206_21 + sum(&LON) / 3600.0,
        52.155_174_40 + sum(&LAT) / 3600.0,
    )
}

/// The smallest rectangle around some positions, in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    west: f64,
    south: f64,
    east: f64,
    north: f64,
}

impl Bounds {
    fn of(points: impl IntoIterator<Item = (f64, f64)>) -> Option<Bounds> {
        points.into_iter().fold(None, |b, (x, y)| {
            Some(match b {
                None => Bounds {
                    west: x,
                    south: y,
                    east: x,
                    north: y,
                },
                Some(b) => Bounds {
                    west: b.west.min(x),
                    south: b.south.min(y),
                    east: b.east.max(x),
                    north: b.north.max(y),
                },
            })
        })
    }

    /// The rectangle around both.
    pub fn join(self, other: Bounds) -> Bounds {
        Bounds {
            west: self.west.min(other.west),
            south: self.south.min(other.south),
            east: self.east.max(other.east),
            north: self.north.max(other.north),
        }
    }

    /// The rectangle grown by a fraction of its size on every side.
    pub fn padded(self, fraction: f64) -> Bounds {
        let (x, y) = (
            (self.east - self.west) * fraction,
            (self.north - self.south) * fraction,
        );
        Bounds {
            west: self.west - x,
            south: self.south - y,
            east: self.east + x,
            north: self.north + y,
        }
    }

    /// Whether the two rectangles share any part.
    pub fn overlaps(self, other: Bounds) -> bool {
        self.west < other.east
            && other.west < self.east
            && self.south < other.north
            && other.south < self.north
    }
}

impl Boundary {
    /// The rectangle around the boundary.
    pub fn bounds(&self) -> Bounds {
        Bounds::of(self.polygons.iter().flatten().flatten().copied()).unwrap_or(Bounds {
            west: 0.0,
            south: 0.0,
            east: 0.0,
            north: 0.0,
        })
    }

    /// A position well inside, `(longitude, latitude)`: for an example to start from.
    pub fn inside(&self) -> Option<(f64, f64)> {
        let rings: Vec<Ring> = self.polygons.iter().flatten().cloned().collect();
        widest_span(&rings).map(|(lon, lat, _)| (lon, lat))
    }

    /// Whether a position lies inside (even–odd over every ring, so a hole is outside).
    pub fn contains(&self, (lon, lat): (f64, f64)) -> bool {
        let mut inside = false;
        for ring in self.polygons.iter().flatten() {
            for w in ring.windows(2) {
                let ((x1, y1), (x2, y2)) = (w[0], w[1]);
                if (y1 > lat) != (y2 > lat) && lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1) {
                    inside = !inside;
                }
            }
        }
        inside
    }
}

/// How positions become points of a picture: a plane at the middle latitude, scaled to
/// the picture's width, with a margin around.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    west: f64,
    north: f64,
    /// Picture units per degree of latitude.
    scale: f64,
    /// The length of a degree of longitude in degrees of latitude, at the middle.
    squeeze: f64,
    margin: f64,
    pub width: u32,
    pub height: u32,
}

impl Frame {
    /// A frame `width` units wide (and at most as high) around `bounds`.
    pub fn around(bounds: Bounds, width: f64, margin: f64) -> Frame {
        let squeeze = ((bounds.south + bounds.north) / 2.0).to_radians().cos();
        let wide = ((bounds.east - bounds.west) * squeeze).max(1e-9);
        let high = (bounds.north - bounds.south).max(1e-9);
        let inner = width - 2.0 * margin;
        let scale = (inner / wide).min(inner / high);
        Frame {
            west: bounds.west,
            north: bounds.north,
            scale,
            squeeze,
            margin,
            width: (wide * scale + 2.0 * margin).round() as u32,
            height: (high * scale + 2.0 * margin).round() as u32,
        }
    }

    /// The positions the picture shows, margin included.
    pub fn shown(&self) -> Bounds {
        let span = |units: u32| f64::from(units) / self.scale;
        let west = self.west - self.margin / self.scale / self.squeeze;
        let north = self.north + self.margin / self.scale;
        Bounds {
            west,
            north,
            east: west + span(self.width) / self.squeeze,
            south: north - span(self.height),
        }
    }

    /// Where a label of `text` goes, from the spot [`Frame::label`] found: only where it
    /// fits the room there and can be read whole in the picture.
    pub fn label_at(&self, spot: Option<(f64, f64, f64)>, text: &str) -> Option<(f64, f64)> {
        let (x, y, room) = spot?;
        let (half, high) = (text_width(text) / 2.0 + 2.0, text_height(text) / 2.0);
        let whole = x > half
            && y > high
            && x < f64::from(self.width) - half
            && y < f64::from(self.height) - high;
        (fits(text, room) && whole).then_some((x, y))
    }

    /// Where a position is in the picture.
    pub fn point(&self, (lon, lat): (f64, f64)) -> (f64, f64) {
        (
            self.margin + (lon - self.west) * self.squeeze * self.scale,
            self.margin + (self.north - lat) * self.scale,
        )
    }

    /// The boundary as the `d` of an SVG path: each ring simplified to what shows at a
    /// unit of the picture, in whole units, relative after the first point.
    pub fn path(&self, boundary: &Boundary) -> String {
        let mut d = String::new();
        for ring in boundary.polygons.iter().flatten() {
            let points: Vec<(f64, f64)> = ring.iter().map(|&p| self.point(p)).collect();
            let mut kept = vec![true; points.len()];
            simplify(&points, 0.7, &mut kept);
            let mut whole: Vec<(i64, i64)> = points
                .iter()
                .zip(&kept)
                .filter(|(_, k)| **k)
                .map(|(&(x, y), _)| (x.round() as i64, y.round() as i64))
                .collect();
            whole.dedup();
            if whole.len() > 1 && whole.first() == whole.last() {
                whole.pop();
            }
            if whole.len() < 3 {
                continue;
            }
            let (mut x, mut y) = whole[0];
            d.push_str(&format!("M{x} {y}l"));
            for (n, &(nx, ny)) in whole[1..].iter().enumerate() {
                if n > 0 && nx - x >= 0 {
                    d.push(' ');
                }
                d.push_str(&format!("{}", nx - x));
                if ny - y >= 0 {
                    d.push(' ');
                }
                d.push_str(&format!("{}", ny - y));
                (x, y) = (nx, ny);
            }
            d.push('z');
        }
        d
    }

    /// A point inside the boundary with room for a label around it, and that room's
    /// width (see [`widest_span`]).
    pub fn label(&self, boundary: &Boundary) -> Option<(f64, f64, f64)> {
        let rings: Vec<Vec<(f64, f64)>> = boundary
            .polygons
            .iter()
            .flatten()
            .map(|r| r.iter().map(|&p| self.point(p)).collect())
            .collect();
        widest_span(&rings)
    }
}

/// The middle of the widest stretch inside some rings along a few lines across, and that
/// stretch's width: a point well inside, where a label has room.
fn widest_span(rings: &[Vec<(f64, f64)>]) -> Option<(f64, f64, f64)> {
    let (low, high) = rings
        .iter()
        .flatten()
        .fold((f64::MAX, f64::MIN), |(l, h), p| (l.min(p.1), h.max(p.1)));
    let mut best: Option<(f64, f64, f64)> = None;
    for step in 1..8 {
        let y = low + (high - low) * f64::from(step) / 8.0;
        let mut xs: Vec<f64> = Vec::new();
        for ring in rings {
            for w in ring.windows(2) {
                let ((x1, y1), (x2, y2)) = (w[0], w[1]);
                if (y1 > y) != (y2 > y) {
                    xs.push(x1 + (y - y1) * (x2 - x1) / (y2 - y1));
                }
            }
        }
        xs.sort_by(f64::total_cmp);
        // Closer to the middle line counts a little, so a label sits in the body of the
        // area rather than along an edge.
        let middle = 1.0 - (f64::from(step) - 4.0).abs() / 16.0;
        for pair in xs.chunks_exact(2) {
            let room = pair[1] - pair[0];
            if best.is_none_or(|(.., r)| room * middle > r) {
                best = Some(((pair[0] + pair[1]) / 2.0, y, room * middle));
            }
        }
    }
    best
}

/// Douglas–Peucker: marks the points of `points` that can go without the line moving more
/// than `tolerance`. The first and last stay.
fn simplify(points: &[(f64, f64)], tolerance: f64, kept: &mut [bool]) {
    let mut stack = vec![(0, points.len().saturating_sub(1))];
    while let Some((first, last)) = stack.pop() {
        if last <= first + 1 {
            continue;
        }
        let (a, b) = (points[first], points[last]);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let length = dx.hypot(dy);
        let (mut far, mut farthest) = (first, 0.0);
        for (i, p) in points.iter().enumerate().take(last).skip(first + 1) {
            let distance = if length == 0.0 {
                (p.0 - a.0).hypot(p.1 - a.1)
            } else {
                ((p.0 - a.0) * dy - (p.1 - a.1) * dx).abs() / length
            };
            if distance > farthest {
                (far, farthest) = (i, distance);
            }
        }
        if farthest > tolerance {
            stack.push((first, far));
            stack.push((far, last));
        } else {
            for k in &mut kept[first + 1..last] {
                *k = false;
            }
        }
    }
}

/// An area on a map.
pub struct Shape {
    pub name: String,
    /// Where a click on it goes, if anywhere.
    pub url: Option<String>,
    pub d: String,
    /// Where its name is written, if it fits.
    pub label: Option<(f64, f64)>,
    /// The label's text (the name, or the name and a number).
    pub text: String,
    /// Classes of its path, `map-area` and more.
    pub class: String,
}

/// A numbered place on a map.
pub struct Marker {
    pub number: usize,
    pub point: (f64, f64),
    pub name: String,
    pub url: String,
}

/// How a map speaks to assistive technology.
pub enum Speech<'a> {
    /// Not at all: a list beside it says the same, and its links are for pointers only
    /// (keyboard users have the list).
    Hidden,
    /// As one picture with a name; the shapes are not links.
    Picture(&'a str),
}

/// The font size of a label, in picture units.
pub const LABEL_SIZE: f64 = 13.0;

/// About how wide a label is: an average letter of a bold sans-serif is a little over
/// half the font size wide.
/// A label may have several lines, one per `\n`: the longest counts.
fn text_width(text: &str) -> f64 {
    let longest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    longest as f64 * LABEL_SIZE * 0.62
}

/// How high a label is.
fn text_height(text: &str) -> f64 {
    text.lines().count().max(1) as f64 * LABEL_SIZE * 1.2
}

/// Whether a label fits in a stretch `room` units wide: it may reach a little beyond, over
/// the edge, where its white outline keeps it readable.
fn fits(text: &str, room: f64) -> bool {
    text_width(text) * 0.7 <= room
}

/// The SVG of a map.
pub fn svg(frame: &Frame, shapes: &[Shape], markers: &[Marker], speech: Speech) -> String {
    let (w, h) = (frame.width, frame.height);
    let mut out = match speech {
        Speech::Hidden => format!(
            "<svg class=\"map\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" aria-hidden=\"true\" focusable=\"false\">"
        ),
        Speech::Picture(name) => format!(
            "<svg class=\"map\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" aria-label=\"{}\">",
            escape(name)
        ),
    };
    let linked = matches!(speech, Speech::Hidden);
    for s in shapes {
        let path = format!(
            "<path class=\"{}\" d=\"{}\"><title>{}</title></path>",
            s.class,
            s.d,
            escape(&s.name)
        );
        match &s.url {
            Some(url) if linked => out.push_str(&format!(
                "<a href=\"{}\" tabindex=\"-1\">{path}</a>",
                escape(url)
            )),
            _ => out.push_str(&path),
        }
    }
    // A label that would cover one already written is left out: the area is still named
    // by its title (a tooltip) and in the list.
    let mut written: Vec<(f64, f64, f64, f64)> = Vec::new();
    for s in shapes {
        if let Some((x, y)) = s.label {
            let (half, high) = (text_width(&s.text) / 2.0, text_height(&s.text) / 2.0);
            if written
                .iter()
                .any(|&(wx, wy, ww, wh)| (wx - x).abs() < ww + half && (wy - y).abs() < wh + high)
            {
                continue;
            }
            written.push((x, y, half, high));
            let x = x.round();
            let top = y - high + LABEL_SIZE * 0.95;
            let lines: String = s
                .text
                .lines()
                .enumerate()
                .map(|(n, line)| {
                    let y = (top + n as f64 * LABEL_SIZE * 1.2).round();
                    format!("<tspan x=\"{x}\" y=\"{y}\">{}</tspan>", escape(line))
                })
                .collect();
            out.push_str(&format!("<text class=\"map-label\">{lines}</text>"));
        }
    }
    for m in markers {
        let (x, y) = (m.point.0.round(), m.point.1.round());
        let marker = format!(
            "<g class=\"map-marker\"><circle cx=\"{x}\" cy=\"{y}\" r=\"11\"><title>{}</title></circle><text x=\"{x}\" y=\"{}\">{}</text></g>",
            escape(&m.name),
            y + 5.0,
            m.number
        );
        if linked {
            out.push_str(&format!(
                "<a href=\"{}\" tabindex=\"-1\">{marker}</a>",
                escape(&m.url)
            ));
        } else {
            out.push_str(&marker);
        }
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r#"{"type": "Feature", "properties": {"naam": "Noord"},
        "geometry": {"type": "Polygon", "coordinates": [[[5.0, 51.0], [5.1, 51.0], [5.1, 51.1], [5.0, 51.1], [5.0, 51.0]]]}}"#;

    #[test]
    fn a_feature_a_collection_and_a_bare_polygon_are_read() {
        let feature = parse(SQUARE).unwrap();
        assert!(feature.contains((5.05, 51.05)));
        assert!(!feature.contains((5.15, 51.05)));
        let collection = format!(r#"{{"type": "FeatureCollection", "features": [{SQUARE}]}}"#);
        assert_eq!(parse(&collection).unwrap(), feature);
        let bare = r#"{"type": "MultiPolygon", "coordinates": [[[[5.0, 51.0], [5.1, 51.0], [5.1, 51.1], [5.0, 51.1], [5.0, 51.0]]]]}"#;
        assert_eq!(parse(bare).unwrap(), feature);
    }

    #[test]
    fn a_hole_is_outside() {
        let donut = r#"{"type": "Polygon", "coordinates": [
            [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
            [[4, 4], [6, 4], [6, 6], [4, 6], [4, 4]]]}"#;
        let b = parse(donut).unwrap();
        assert!(b.contains((2.0, 2.0)));
        assert!(!b.contains((5.0, 5.0)));
    }

    #[test]
    fn rijksdriehoek_metres_become_degrees() {
        // Amersfoort, the origin of the Rijksdriehoek, and the Dam in Amsterdam.
        let (lon, lat) = rd_to_wgs84(155_000.0, 463_000.0);
        assert!((lon - 5.387_206).abs() < 1e-6 && (lat - 52.155_174).abs() < 1e-6);
        let (lon, lat) = rd_to_wgs84(121_400.0, 487_400.0);
        assert!(
            (lon - 4.8932).abs() < 0.002 && (lat - 52.3731).abs() < 0.002,
            "{lon} {lat}"
        );
        let rd = r#"{"type": "Polygon", "coordinates": [[[121000, 487000], [122000, 487000], [122000, 488000], [121000, 487000]]]}"#;
        let b = parse(rd).unwrap();
        let bounds = b.bounds();
        assert!(
            bounds.west > 4.8 && bounds.east < 4.95 && bounds.north < 52.4,
            "{bounds:?}"
        );
    }

    #[test]
    fn broken_files_say_where_and_what() {
        let broken = "{\"type\": \"Polygon\",\n \"coordinates\": [[[5, 51], [5.1, 51]]\n";
        let problem = parse(broken).unwrap_err();
        assert_eq!(problem.pos.line, 3);
        let line = r#"{"type": "LineString", "coordinates": [[5, 51], [5.1, 51]]}"#;
        let problem = parse(line).unwrap_err();
        assert!(
            problem.message.as_str().contains("LineString"),
            "{}",
            problem.message.as_str()
        );
        let elsewhere = r#"{"type": "Polygon", "coordinates": [[[5000000, 51], [5.1, 51], [5, 52], [5000000, 51]]]}"#;
        assert!(parse(elsewhere).is_err());
        let short = r#"{"type": "Polygon", "coordinates": [[[5, 51], [5.1, 51], [5, 51]]]}"#;
        assert!(parse(short).is_err());
    }

    #[test]
    fn a_path_is_simplified_to_the_picture_and_stays_closed() {
        // A square with a hundred points along each side draws as four corners.
        let mut ring = Vec::new();
        for side in 0..4 {
            for n in 0..100 {
                let t = f64::from(n) / 100.0;
                ring.push(match side {
                    0 => (5.0 + 0.1 * t, 51.0),
                    1 => (5.1, 51.0 + 0.1 * t),
                    2 => (5.1 - 0.1 * t, 51.1),
                    _ => (5.0, 51.1 - 0.1 * t),
                });
            }
        }
        ring.push(ring[0]);
        let b = Boundary {
            polygons: vec![vec![ring]],
        };
        let frame = Frame::around(b.bounds(), 300.0, 10.0);
        let d = frame.path(&b);
        assert!(d.contains('l'));
        assert_eq!(d.chars().filter(|c| *c == 'M').count(), 1);
        assert!(d.ends_with('z'));
        assert!(d.len() < 40, "{d}");
        let (x, y, room) = frame.label(&b).unwrap();
        assert!((x - frame.width as f64 / 2.0).abs() < 2.0, "{x}");
        assert!(y > 10.0 && y < frame.height as f64 - 10.0 && room > 100.0);
    }

    #[test]
    fn a_frame_keeps_the_shape_and_fits_the_width() {
        let b = parse(SQUARE).unwrap();
        let frame = Frame::around(b.bounds(), 360.0, 12.0);
        assert_eq!(frame.height, 360);
        // At 51 degrees north a degree of longitude is shorter: the square is narrower.
        assert!(frame.width < 250 && frame.width > 220, "{}", frame.width);
        let (x, y) = frame.point((5.0, 51.1));
        assert_eq!((x.round(), y.round()), (12.0, 12.0));
    }

    #[test]
    fn names_in_a_map_are_escaped() {
        let b = parse(SQUARE).unwrap();
        let frame = Frame::around(b.bounds(), 200.0, 10.0);
        let shape = Shape {
            name: "<script>alert(1)</script>".into(),
            url: Some("/a\"b".into()),
            d: frame.path(&b),
            label: Some((50.0, 50.0)),
            text: "<b>".into(),
            class: "map-area".into(),
        };
        let marker = Marker {
            number: 1,
            point: (10.0, 10.0),
            name: "<i>".into(),
            url: "/x".into(),
        };
        let svg = svg(&frame, &[shape], &[marker], Speech::Hidden);
        assert!(!svg.contains("<script") && !svg.contains("<b>") && !svg.contains("<i>"));
        assert!(svg.contains("tabindex=\"-1\""));
    }
}
