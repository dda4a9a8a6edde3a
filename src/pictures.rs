//! Pictures made for the page: an entry's photo as the theme shows it, never the file an
//! editor pasted from a phone.
//!
//! A raster picture (JPEG, PNG, WebP) named as an entry's `image`, or shown in its body,
//! is decoded, turned upright by its EXIF orientation, and written anew as WebP (about a
//! quarter to a third smaller than JPEG at the same quality, shown by every browser of
//! recent years) and as JPEG (for older browsers, which skip the WebP `<source>` of a
//! `<picture>`), in the sizes the theme shows it at, each at 1x and 2x: a square thumbnail for cards ([`CARD`] CSS pixels) and the
//! picture on the entry page (within a square of [`PAGE`] CSS pixels, never larger than
//! the original).
//! Only pixels are written: no EXIF (a phone photo carries where it was taken), no
//! comment, no colour profile. The original is not published unless a body links to it.
//!
//! Made pictures are kept in a cache folder, by the source's content hash and the size,
//! so a rebuild decodes only what changed. A picture that cannot be read (a HEIC photo
//! from an iPhone, a broken file, more than [`MAX_PIXELS`] pixels, a file that claims
//! more memory than it may) is an error at the entry that names it, never a crash.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use rayon::prelude::*;
use serde::Serialize;

use crate::content::{Entry, Kind};
use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Text;
use crate::output::File;
use crate::t;

/// The thumbnail on cards, in CSS pixels (square).
pub(crate) const CARD: u32 = 96;
/// The widest the picture of an entry page is shown, in CSS pixels.
pub(crate) const PAGE: u32 = 640;
/// The most pixels a picture may have: a 50-megapixel camera's.
pub(crate) const MAX_PIXELS: u64 = 50_000_000;
/// The most memory decoding one picture may take.
const MAX_ALLOC: u64 = 512 * 1024 * 1024;
/// JPEG and WebP quality of the pictures written at 1x and at 2x: small, and no blocks a
/// resident sees (at 2x a pixel is half as wide, so a lower quality looks the same).
const QUALITY: [u8; 2] = [75, 60];

/// One size of a made picture, as the theme links it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Size {
    /// Inside the output: `images/anja-192.0a1b2c3d4e.jpg`.
    pub path: String,
    /// The same size as WebP, `images/anja-192.0a1b2c3d4e.webp`; empty for a logo.
    pub webp: String,
    pub width: u32,
    pub height: u32,
}

/// A picture made for the page: the thumbnail (for a person, whose card shows it) and the
/// entry page's picture, each at 1x and 2x (the page's 2x is left out when the original
/// is no wider than 1x).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Made {
    pub card: Vec<Size>,
    pub page: Vec<Size>,
}

/// A made picture file to publish: its bytes, just made, or the file in the cache that
/// holds them (copied into the site by the kernel, never read by the build).
#[derive(Debug)]
pub enum Publish {
    Bytes(File),
    Cached(String, PathBuf),
}

impl Publish {
    /// Its path inside the output.
    pub fn path(&self) -> &str {
        match self {
            Publish::Bytes(file) => &file.path,
            Publish::Cached(path, _) => path,
        }
    }

    pub fn write_to(&self, sink: &dyn crate::output::Sink) -> std::io::Result<()> {
        match self {
            Publish::Bytes(file) => file.write_to(sink),
            Publish::Cached(path, from) => sink.copy(path, from),
        }
    }
}

/// The pictures of a site: what each source became, and the files to publish.
#[derive(Debug, Default)]
pub struct Pictures {
    /// By the source's path in `static/`.
    pub by_src: BTreeMap<String, Made>,
    pub files: Vec<Publish>,
    /// Sources not to publish: made into pictures, and linked from no body.
    unpublished: std::collections::BTreeSet<String>,
    /// The sizes of a raster logo (empty for an SVG logo or none).
    pub logo: Vec<Size>,
}

impl Pictures {
    /// Whether the static file `name` is left out of the output: its pictures are
    /// published instead.
    pub fn replaces(&self, name: &str) -> bool {
        self.unpublished.contains(name)
    }

    /// Adds the made sizes of the logo at `path`, which is then not published itself.
    pub(crate) fn add_logo(&mut self, path: &str, sizes: Vec<Size>, files: Vec<File>) {
        self.logo = sizes;
        self.files.extend(files.into_iter().map(Publish::Bytes));
        self.unpublished.insert(path.to_owned());
    }

    /// What the picture at the address `src` (an entry's `image`) became, if it was made.
    pub fn of(&self, src: &str) -> Option<&Made> {
        self.by_src.get(static_path(src))
    }
}

/// Whether the build makes sizes of the picture at `src` (a raster format it decodes).
pub(crate) fn is_raster(src: &str) -> bool {
    let ext = src.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    matches!(ext.as_deref(), Some("jpg" | "jpeg" | "png" | "webp"))
}

/// The path inside `static/` of a picture's address (`/images/a.jpg?x` is `images/a.jpg`).
pub(crate) fn static_path(src: &str) -> &str {
    let path = src.trim_start_matches('/');
    path.split(['?', '#']).next().unwrap_or_default()
}

/// Makes the pictures of every entry's raster `image` and of the raster pictures in its
/// body, from the site's static files.
/// Sizes already in `cache` are read from it; new ones are written to it. Problems are
/// errors at the entry naming the picture.
pub(crate) fn make(
    entries: &[Entry],
    static_files: &BTreeMap<String, Vec<u8>>,
    cache: Option<&Path>,
    body_uses: impl Fn(&str) -> bool,
) -> (Pictures, Vec<Diagnostic>) {
    // Each source once, with the first entry that names it, and whether a card shows
    // it (only people's cards have a picture).
    let mut sources: BTreeMap<String, (&Entry, Pos, bool)> = BTreeMap::new();
    for e in entries {
        let body = crate::markdown::pictures(&e.body);
        let image = e.image.as_ref().map(|img| (img.src.as_str(), Pos::UNKNOWN));
        let in_body = body.iter().map(|p| (p.src.as_str(), e.body_pos(p.offset)));
        for (src, pos) in image.into_iter().chain(in_body) {
            let path = static_path(src);
            if is_raster(path) && static_files.contains_key(path) {
                let source = sources.entry(path.to_owned()).or_insert((e, pos, false));
                source.2 |= e.kind == Kind::Person && pos == Pos::UNKNOWN;
            }
        }
    }
    let made: Vec<(&str, Result<Sizes, Diagnostic>)> = sources
        .par_iter()
        .map(|(path, (e, pos, card))| {
            let path = path.as_str();
            let result = one(path, &static_files[path], *card, cache).map_err(|(message, help)| {
                Diagnostic::error(&e.file, *pos, message).with_help(help)
            });
            (path, result)
        })
        .collect();
    let mut pictures = Pictures::default();
    let mut problems = Vec::new();
    for (path, result) in made {
        match result {
            Ok((sizes, files)) => {
                pictures.files.extend(files);
                pictures.by_src.insert(path.to_owned(), sizes);
                if !body_uses(path) {
                    pictures.unpublished.insert(path.to_owned());
                }
            }
            Err(d) => problems.push(d),
        }
    }
    (pictures, problems)
}

/// What one picture became, and its files.
type Sizes = (Made, Vec<Publish>);

/// The sizes of one picture: from the cache where they are there, else made from `bytes`.
fn one(
    path: &str,
    bytes: &[u8],
    with_card: bool,
    cache: Option<&Path>,
) -> Result<Sizes, (Text, Text)> {
    let hash = photo_hash(bytes);
    let stem = path
        .rsplit_once('/')
        .map_or(path, |(_, name)| name)
        .rsplit_once('.')
        .map_or(path, |(stem, _)| stem);
    let folder = path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let out = |name: &str| {
        if folder.is_empty() {
            name.to_owned()
        } else {
            format!("{folder}/{name}")
        }
    };
    let mut decoded: Option<DynamicImage> = None;
    let mut files = Vec::new();
    let mut made = Made::default();
    let (width, height) = dimensions(path, bytes)?;
    for (card, css) in [(true, CARD), (false, PAGE)] {
        if card && !with_card {
            continue;
        }
        for scale in [1, 2] {
            let (w, h) = if card {
                (css * scale, css * scale)
            } else {
                // Within a square of `css`: a portrait photo is not taller than wide.
                fit(width, height, css * scale)
            };
            if scale == 2 && !card && (w, h) == fit(width, height, css) {
                continue; // the original is no larger than 1x: nothing sharper to give
            }
            let quality = QUALITY[scale as usize - 1];
            let cached =
                |ext: &str| cache.map(|c| c.join(format!("{hash}-{w}x{h}-q{quality}.{ext}")));
            let name = out(&format!("{stem}-{w}.{hash}.jpg"));
            let webp_name = out(&format!("{stem}-{w}.{hash}.webp"));
            let (jpeg_cache, webp_cache) = (cached("jpg"), cached("webp"));
            // Made before: the files in the cache are copied into the site as they are,
            // never read here.
            let hit = jpeg_cache
                .iter()
                .zip(&webp_cache)
                .find(|(jpeg, webp)| jpeg.is_file() && webp.is_file());
            match hit {
                Some((jpeg, webp)) => {
                    files.push(Publish::Cached(name.clone(), jpeg.clone()));
                    files.push(Publish::Cached(webp_name.clone(), webp.clone()));
                }
                None => {
                    if decoded.is_none() {
                        decoded = Some(decode(path, bytes)?);
                    }
                    let img = decoded.as_ref().expect("decoded above");
                    let rgb = flattened(&resized(img, w, h, card));
                    let unwritable = |e: String| {
                        (
                            t!("picture-unwritable", path = path, reason = e),
                            t!("picture-unwritable-help"),
                        )
                    };
                    let jpeg = encode(&rgb, quality).map_err(|e| unwritable(e.to_string()))?;
                    let webp = encode_webp(&rgb, quality).map_err(unwritable)?;
                    for (c, bytes) in [(&jpeg_cache, &jpeg), (&webp_cache, &webp)] {
                        if let Some(c) = c {
                            store(c, bytes);
                        }
                    }
                    files.push(Publish::Bytes(File::new(name.clone(), jpeg, false)));
                    files.push(Publish::Bytes(File::new(webp_name.clone(), webp, false)));
                }
            }
            let size = Size {
                path: name.clone(),
                webp: webp_name.clone(),
                width: w,
                height: h,
            };
            if card {
                made.card.push(size);
            } else {
                made.page.push(size);
            }
        }
    }
    Ok((made, files))
}

/// The hash of a photo's bytes in the names of its sizes and its cache. A rebuild hashes
/// every photo of the site (hundreds of megabytes for thousands of photos), so it takes
/// eight bytes a step, as FNV-1a takes one ([`crate::output::content_hash`]), with a
/// shift after each multiplication that carries every bit of a step into every later
/// one. It tells a changed photo from the one before, which is all a name and a cache
/// need.
fn photo_hash(bytes: &[u8]) -> String {
    const PRIME: u64 = 0x0100_0000_01b3;
    let step = |hash: u64, word: u64| {
        let hash = (hash ^ word).wrapping_mul(PRIME);
        hash ^ (hash >> 32)
    };
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(word);
        hash = step(hash, u64::from_le_bytes(eight));
    }
    let mut last = [0u8; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    hash = step(hash, u64::from_le_bytes(last));
    format!("{:010x}", hash >> 24)
}

/// `width` by `height` scaled to fit a square of `side`, never larger than it is.
fn fit(width: u32, height: u32, side: u32) -> (u32, u32) {
    let (width, height) = (u64::from(width.max(1)), u64::from(height.max(1)));
    let side = u64::from(side);
    let (w, h) = if width >= height {
        let w = width.min(side);
        (w, (height * w / width).max(1))
    } else {
        let h = height.min(side);
        ((width * h / height).max(1), h)
    };
    (w as u32, h as u32)
}

/// The height of the logo in the header, in CSS pixels.
pub(crate) const LOGO: u32 = 40;

/// A raster logo (PNG, JPEG, WebP) made for the header: PNG (it keeps transparency) at
/// [`LOGO`] pixels high and twice that, without its metadata, never larger than it is.
pub(crate) fn logo(
    path: &str,
    bytes: &[u8],
    cache: Option<&Path>,
) -> Result<(Vec<Size>, Vec<File>), (Text, Text)> {
    let hash = photo_hash(bytes);
    let (width, height) = dimensions(path, bytes)?;
    let stem = path.rsplit_once('.').map_or(path, |(stem, _)| stem);
    let mut decoded: Option<DynamicImage> = None;
    let (mut sizes, mut files) = (Vec::new(), Vec::new());
    for scale in [1, 2] {
        let h = (LOGO * scale).min(height);
        if scale == 2 && h <= LOGO.min(height) {
            continue;
        }
        let w = ((u64::from(width) * u64::from(h)) / u64::from(height.max(1))).max(1) as u32;
        let cached = cache.map(|c| c.join(format!("{hash}-{w}x{h}.png")));
        let png = match cached.as_ref().and_then(|c| std::fs::read(c).ok()) {
            Some(png) => png,
            None => {
                if decoded.is_none() {
                    decoded = Some(decode(path, bytes)?);
                }
                let img = decoded.as_ref().expect("decoded above");
                let small = img.resize_exact(w, h, FilterType::CatmullRom);
                let mut png = Vec::new();
                small
                    .write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
                    .map_err(|e| unreadable(path, Text::foreign(e.to_string())))?;
                if let Some(c) = &cached {
                    store(c, &png);
                }
                png
            }
        };
        let name = format!("{stem}-{h}.{hash}.png");
        sizes.push(Size {
            path: name.clone(),
            webp: String::new(),
            width: w,
            height: h,
        });
        files.push(File::new(name, png, false));
    }
    Ok((sizes, files))
}

/// Keeps a made picture for the next build; a cache that cannot be written only costs
/// time.
/// Written whole or not at all (a new file renamed into place): a later build copies
/// a cached picture into the site without reading it.
fn store(path: &Path, bytes: &[u8]) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    static PARTS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = PARTS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let part = path.with_extension(format!("part-{}-{n}", std::process::id()));
    if std::fs::write(&part, bytes).is_ok() && std::fs::rename(&part, path).is_err() {
        let _ = std::fs::remove_file(&part);
    }
}

/// What to say about a picture that cannot be used.
fn unreadable(path: &str, why: Text) -> (Text, Text) {
    (
        t!("picture-unreadable", path = path, why = why),
        t!("picture-unreadable-help"),
    )
}

/// The upright width and height of a picture, from its header; refuses HEIC and
/// pictures of more than [`MAX_PIXELS`] pixels before anything is decoded.
fn dimensions(path: &str, bytes: &[u8]) -> Result<(u32, u32), (Text, Text)> {
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        if [b"heic", b"heix", b"hevc", b"mif1", b"msf1", b"avif"]
            .contains(&brand.try_into().unwrap_or(b"    "))
        {
            return Err(unreadable(path, t!("picture-heic")));
        }
    }
    let mut decoder = decoder(path, bytes)?;
    let jpeg = bytes.starts_with(&[0xff, 0xd8]);
    let end = bytes
        .iter()
        .rposition(|&b| b != 0)
        .map_or(bytes, |i| &bytes[..=i]);
    if jpeg && !end.ends_with(&[0xff, 0xd9]) {
        return Err(unreadable(path, t!("picture-cut-off")));
    }
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err((
            t!(
                "picture-too-large",
                path = path,
                width = w,
                height = h,
                most = MAX_PIXELS / 1_000_000
            ),
            t!("picture-too-large-help"),
        ));
    }
    let turned = decoder.orientation().is_ok_and(|o| {
        matches!(
            o,
            Orientation::Rotate90
                | Orientation::Rotate270
                | Orientation::Rotate90FlipH
                | Orientation::Rotate270FlipH
        )
    });
    Ok(if turned { (h, w) } else { (w, h) })
}

fn decoder<'a>(path: &str, bytes: &'a [u8]) -> Result<impl ImageDecoder + 'a, (Text, Text)> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| unreadable(path, Text::foreign(e.to_string())))?;
    if reader.format().is_none() {
        return Err(unreadable(path, t!("picture-unknown-format")));
    }
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    reader
        .into_decoder()
        .map_err(|e| unreadable(path, Text::foreign(e.to_string())))
}

/// The picture, decoded and turned upright.
fn decode(path: &str, bytes: &[u8]) -> Result<DynamicImage, (Text, Text)> {
    let mut decoder = decoder(path, bytes)?;
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder)
        .map_err(|e| unreadable(path, Text::foreign(e.to_string())))?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    Ok(img)
}

/// The picture at `w` by `h`: cropped to fill for a card, scaled for the page.
fn resized(img: &DynamicImage, w: u32, h: u32, card: bool) -> DynamicImage {
    // A quick box reduction to a few times the size first: the fine filter then works
    // on a small picture, and a 12-megapixel photo takes a moment, not seconds.
    let quick = if img.width() > w * 4 && img.height() > h * 4 {
        let scale = (f64::from(w * 4) / f64::from(img.width()))
            .max(f64::from(h * 4) / f64::from(img.height()));
        img.thumbnail(
            (f64::from(img.width()) * scale).ceil() as u32,
            (f64::from(img.height()) * scale).ceil() as u32,
        )
    } else {
        img.clone()
    };
    if card {
        quick.resize_to_fill(w, h, FilterType::CatmullRom)
    } else if quick.width() == w {
        quick
    } else {
        quick.resize_exact(w, h, FilterType::CatmullRom)
    }
}

/// The pixels as RGB; a transparent part becomes white, as on the page.
fn flattened(img: &DynamicImage) -> image::RgbImage {
    if img.color().has_alpha() {
        let rgba = img.to_rgba8();
        let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
        for (to, from) in rgb.pixels_mut().zip(rgba.pixels()) {
            let a = u16::from(from[3]);
            for c in 0..3 {
                to[c] = ((u16::from(from[c]) * a + 255 * (255 - a)) / 255) as u8;
            }
        }
        rgb
    } else {
        img.to_rgb8()
    }
}

/// JPEG of the pixels only.
fn encode(rgb: &image::RgbImage, quality: u8) -> image::ImageResult<Vec<u8>> {
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, quality).encode_image(rgb)?;
    Ok(out)
}

/// Lossy WebP of the pixels only (libwebp, which writes no metadata it is not given).
fn encode_webp(rgb: &image::RgbImage, quality: u8) -> Result<Vec<u8>, String> {
    webp::Encoder::from_rgb(rgb.as_raw(), rgb.width(), rgb.height())
        .encode_simple(false, f32::from(quality))
        .map(|memory| memory.to_vec())
        .map_err(|e| format!("{e:?}"))
}

/// Where made pictures are kept between builds into `out`: beside it, as the record of
/// its pages is.
pub(crate) fn cache_beside(out: &Path) -> PathBuf {
    crate::output::sibling(out, "pictures")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_fits_a_square_and_is_never_made_larger() {
        assert_eq!(fit(4000, 3000, 640), (640, 480));
        assert_eq!(fit(3000, 4000, 1280), (960, 1280));
        assert_eq!(fit(300, 200, 640), (300, 200));
        assert_eq!(fit(1, 5000, 640), (1, 640));
    }
}
