//! Pictures an editor pastes from a phone: a 12-megapixel JPEG, turned by its EXIF
//! orientation and carrying where it was taken, is published upright, small and without
//! any of its metadata, in the sizes the pages show it at; pictures the build cannot
//! read are errors that say what to do, never a crash.

use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::{ImageReader, RgbImage};

use crate::util::{TempSite, stderr, tree};

/// A JPEG of `w` by `h` that compresses like a photo (gradients and detail), with an
/// EXIF block saying "turn 90 degrees" (orientation 6) and a GPS position.
fn phone_photo(w: u32, h: u32) -> Vec<u8> {
    let img = RgbImage::from_fn(w, h, |x, y| {
        // Sky, a horizon and soft round shapes, with a little sensor noise.
        let noise = (x.wrapping_mul(7919) ^ y.wrapping_mul(104_729)) % 7;
        let (fx, fy) = (f64::from(x) / f64::from(w), f64::from(y) / f64::from(h));
        let shape = ((fx * 9.0).sin() * (fy * 7.0).cos() * 60.0) as i32;
        let ground = if fy > 0.6 { 80 } else { 0 };
        let c = |base: i32| (base + shape + noise as i32).clamp(0, 255) as u8;
        image::Rgb([c(90 + ground), c(150 - ground / 2), c(220 - 2 * ground)])
    });
    let mut jpeg = Vec::new();
    JpegEncoder::new_with_quality(&mut jpeg, 90)
        .encode_image(&img)
        .unwrap();
    // TIFF, big-endian: IFD0 with Orientation = 6 and a pointer to the GPS IFD, which
    // holds GPSLatitudeRef N and GPSLatitude 51° 41' 52.08".
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        let mut e = tag.to_be_bytes().to_vec();
        e.extend(kind.to_be_bytes());
        e.extend(count.to_be_bytes());
        e.extend(value);
        e
    };
    tiff.extend(2u16.to_be_bytes());
    tiff.extend(entry(0x0112, 3, 1, [0, 6, 0, 0]));
    tiff.extend(entry(0x8825, 4, 1, 38u32.to_be_bytes()));
    tiff.extend(0u32.to_be_bytes());
    tiff.extend(2u16.to_be_bytes());
    tiff.extend(entry(0x0001, 2, 2, *b"N\0\0\0"));
    tiff.extend(entry(0x0002, 5, 3, 68u32.to_be_bytes()));
    tiff.extend(0u32.to_be_bytes());
    for (n, d) in [(51u32, 1u32), (41, 1), (5208, 100)] {
        tiff.extend(n.to_be_bytes());
        tiff.extend(d.to_be_bytes());
    }
    assert_eq!(tiff.len(), 92);
    let mut app1 = vec![0xff, 0xe1];
    app1.extend(((2 + 6 + tiff.len()) as u16).to_be_bytes());
    app1.extend(b"Exif\0\0");
    app1.extend(&tiff);
    let mut photo = jpeg[..2].to_vec();
    photo.extend(app1);
    photo.extend(&jpeg[2..]);
    photo
}

/// The CRC of a PNG chunk (ISO 3309), bit by bit.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn with_photo(site: &TempSite, name: &str, bytes: &[u8]) {
    let path = site.root.join("static/images").join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, bytes).unwrap();
    let anja = std::fs::read_to_string(site.root.join("content/people/anja.yaml")).unwrap();
    site.write(
        "content/people/anja.yaml",
        &format!("{anja}image:\n  src: images/{name}\n  alt: Anja lacht in de zon\n"),
    );
}

#[test]
fn a_phone_photo_is_published_upright_small_and_without_its_metadata() {
    let site = TempSite::copy_of("valid");
    let photo = phone_photo(4000, 3000);
    assert!(photo.len() > 1_000_000, "{} bytes", photo.len());
    with_photo(&site, "anja.jpg", &photo);
    let built = site.build();
    assert!(built.status.success(), "{}", stderr(&built));
    let out = tree(&site.out);
    assert!(
        !out.contains_key("images/anja.jpg"),
        "the original is not published"
    );
    let made: Vec<(&String, &Vec<u8>)> = out
        .iter()
        .filter(|(p, _)| p.starts_with("images/anja-"))
        .collect();
    let names: Vec<&str> = made.iter().map(|(p, _)| p.as_str()).collect();
    // Four sizes (the card's and the page's, each 1x and 2x), each as WebP and as JPEG.
    assert_eq!(made.len(), 8, "{names:?}");
    for (path, bytes) in &made {
        let img = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .unwrap()
            .decode()
            .unwrap();
        let limit = if path.contains("-960.") {
            150_000
        } else {
            20_000
        };
        assert!(bytes.len() <= limit, "{path}: {} bytes", bytes.len());
        // Upright: the photo was 4000 wide and 3000 high, turned 90 degrees.
        if !path.contains("-96.") && !path.contains("-192.") {
            assert!(img.height() > img.width(), "{path} is not upright");
        }
        // Nothing but pixels: no EXIF block (nor a WebP's EXIF chunk), no position.
        assert!(
            !bytes.windows(6).any(|w| w == b"Exif\0\0") && !bytes.windows(4).any(|w| w == b"EXIF"),
            "{path} has EXIF"
        );
        // The WebP twin of each size is smaller than its JPEG.
        if let Some(stem) = path.strip_suffix(".webp") {
            let jpeg = &out[&format!("{stem}.jpg")];
            assert!(
                bytes.len() < jpeg.len(),
                "{path}: {} bytes, JPEG {}",
                bytes.len(),
                jpeg.len()
            );
            assert_eq!(&bytes[..4], b"RIFF", "{path}");
        }
        assert!(!bytes.windows(4).any(|w| w == 5208u32.to_be_bytes()));
    }
    let page = String::from_utf8(out["mensen/anja/index.html"].clone()).unwrap();
    assert!(page.len() < 25_000, "{} bytes", page.len());
    // Upright and within 640 by 640: 480 wide, 640 high, and its 2x 960 wide.
    assert!(
        page.contains("height=640") && page.contains("width=480"),
        "{page}"
    );
    assert!(page.contains("anja-960."), "a 2x size in srcset: {page}");
    // WebP for the browsers that show it, the JPEG of <img> for the others.
    let picture = page
        .split("<picture>")
        .nth(1)
        .and_then(|p| p.split("</picture>").next())
        .expect("the photo is a <picture>");
    assert!(
        picture.contains("type=image/webp")
            && picture.contains("anja-480.")
            && picture.contains(".webp 480w")
            && picture.contains(".jpg 480w"),
        "{picture}"
    );
    let people = String::from_utf8(out["mensen/index.html"].clone()).unwrap();
    let thumb = people
        .split("<img")
        .find(|i| i.contains("anja-96."))
        .expect("the card shows the thumbnail");
    assert!(
        thumb.contains("anja-192.") && thumb.contains("2x"),
        "{thumb}"
    );
    assert!(
        people.contains(".webp 1x") && people.contains(".webp 2x"),
        "the card's WebP sizes: {people}"
    );

    // A rebuild takes the made sizes from the cache: the same bytes.
    let again = site.build();
    assert!(again.status.success());
    assert_eq!(tree(&site.out), out);
}

#[test]
fn a_picture_the_build_cannot_read_is_an_error_that_says_what_to_do() {
    let mut heic = vec![0, 0, 0, 0x18];
    heic.extend(b"ftypheic\0\0\0\0mif1heic");
    heic.extend([0u8; 100]);
    let mut broken = phone_photo(400, 300);
    broken.truncate(broken.len() / 3);
    // A PNG header that claims 9000 by 9000 pixels (81 megapixels) and holds nothing:
    // a decompression bomb is refused before anything is decoded.
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = (data.len() as u32).to_be_bytes().to_vec();
        let mut body = kind.to_vec();
        body.extend(data);
        c.extend(&body);
        c.extend(crc32(&body).to_be_bytes());
        c
    };
    let mut header = 9000u32.to_be_bytes().to_vec();
    header.extend(9000u32.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]);
    let mut huge = b"\x89PNG\r\n\x1a\n".to_vec();
    huge.extend(chunk(b"IHDR", &header));
    huge.extend(chunk(b"IDAT", &[0x78, 0x9c, 0x03, 0, 0, 0, 0, 1]));
    huge.extend(chunk(b"IEND", &[]));
    for (name, bytes, says) in [
        ("anja.heic.jpg", heic, "HEIC"),
        ("anja.jpg", broken, "cannot be read"),
        ("anja.png", huge, "megapixels"),
    ] {
        let site = TempSite::copy_of("valid");
        with_photo(&site, name, &bytes);
        let built = site.build();
        let messages = stderr(&built);
        assert_eq!(built.status.code(), Some(1), "{name}: {messages}");
        assert!(!messages.contains("panicked"), "{messages}");
        assert!(messages.contains(says), "{name}: {messages}");
        assert!(
            messages.contains("content/people/anja.yaml"),
            "{name}: {messages}"
        );
        assert!(
            messages.contains("JPEG"),
            "{name}: says to save it as JPEG: {messages}"
        );
    }
}

#[test]
fn a_photo_in_a_body_is_made_for_the_page_and_published_as_itself_only_when_linked() {
    let site = TempSite::copy_of("valid");
    with_photo(&site, "anja.jpg", &phone_photo(1600, 1200));
    let koffie = std::fs::read_to_string(site.root.join("content/activities/koffie.md")).unwrap();
    site.write(
        "content/activities/koffie.md",
        &format!(
            "{koffie}\n![Anja schenkt koffie](images/anja.jpg)\n\n<img srcset=\"https://example.com/x.jpg 1x\" src=\"images/anja.jpg\" alt=\"x\">\n\n<picture><source type=\"image/webp\" srcset=\"https://example.com/y.webp 1x\"><img src=\"images/anja.jpg\" alt=\"y\"></picture>\n"
        ),
    );
    let built = site.build();
    assert!(built.status.success(), "{}", stderr(&built));
    let out = tree(&site.out);
    assert!(!out.contains_key("images/anja.jpg"));
    let page = String::from_utf8(out["activiteiten/koffie/index.html"].clone()).unwrap();
    let body_img = page
        .split("<img")
        .find(|i| i.contains("Anja schenkt koffie"))
        .expect("the body's picture");
    assert!(
        body_img.contains("anja-480.") && body_img.contains("960w"),
        "{body_img}"
    );
    assert!(
        body_img.contains("width=480") && body_img.contains("height=640"),
        "{body_img}"
    );
    // A srcset an editor wrote that loads from elsewhere is not kept.
    assert!(!page.contains("example.com"), "{page}");
    // The body's picture is offered as WebP too, through the sanitiser.
    assert!(
        page.contains("<picture><source")
            && page.contains("anja-480.")
            && page.contains(".webp 480w"),
        "{page}"
    );

    // A body that links to the photo publishes it, as it is.
    let text = std::fs::read_to_string(site.root.join("content/activities/koffie.md")).unwrap();
    site.write(
        "content/activities/koffie.md",
        &format!("{text}\n[De foto groot](/images/anja.jpg)\n"),
    );
    let built = site.build();
    assert!(built.status.success(), "{}", stderr(&built));
    assert!(tree(&site.out).contains_key("images/anja.jpg"));
}

#[test]
fn a_raster_logo_is_made_for_the_header_without_its_metadata() {
    let site = TempSite::copy_of("valid");
    // A 600 by 200 PNG with transparency and a text chunk naming its maker.
    let img =
        image::RgbaImage::from_fn(600, 200, |x, _| image::Rgba([200, 30, 30, (x % 256) as u8]));
    let mut png = Vec::new();
    img.write_to(&mut Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    let text = b"tEXtAuthor\0Gemeente Lindewaard, Raadhuisstraat 1";
    let mut chunk = ((text.len() - 4) as u32).to_be_bytes().to_vec();
    chunk.extend(text);
    chunk.extend(crc32(text).to_be_bytes());
    let mut logo = png[..33].to_vec(); // the signature and IHDR
    logo.extend(chunk);
    logo.extend(&png[33..]);
    std::fs::create_dir_all(site.root.join("static/images")).unwrap();
    std::fs::write(site.root.join("static/images/logo.png"), &logo).unwrap();
    let settings = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &settings.replace("title = ", "logo = \"images/logo.png\"\ntitle = "),
    );
    let built = site.build();
    assert!(built.status.success(), "{}", stderr(&built));
    let out = tree(&site.out);
    assert!(
        !out.contains_key("images/logo.png"),
        "the original is not published"
    );
    let made: Vec<&String> = out
        .keys()
        .filter(|p| p.starts_with("images/logo-"))
        .collect();
    assert_eq!(made.len(), 2, "{made:?}");
    for path in &made {
        let bytes = &out[*path];
        assert!(!bytes.windows(6).any(|w| w == b"Author"), "{path}");
        let img = ImageReader::new(Cursor::new(bytes))
            .with_guessed_format()
            .unwrap()
            .decode()
            .unwrap();
        assert!(img.color().has_alpha(), "{path} keeps its transparency");
    }
    let home = String::from_utf8(out["index.html"].clone()).unwrap();
    let tag = home
        .split("<img")
        .find(|i| i.contains("class=logo"))
        .unwrap();
    assert!(
        tag.contains("logo-40.") && tag.contains("logo-80.") && tag.contains("width=120"),
        "{tag}"
    );
}
