//! Hostile or broken files through the real binary: unsafe names and slugs, links out of
//! the site, files over the size limit, YAML bombs, odd encodings. Each gets a clear
//! message (or is handled), never a panic or a hang, and nothing is written outside the
//! output folder.

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::{TempSite, stderr};

const ACTIVITY: &str = "---\ntitle: Koffie\nsummary: Samen koffie drinken.\nareas: [centrum]\nplace: buurthuis\nreviewed: 2026-10-01\n---\nTekst.\n";

/// Every file under the test's folder, outside the output folder and the build's own
/// files beside it (`.public.buurtgids-*`: the site before, the record of its pages).
fn files_outside_output(site: &TempSite) -> BTreeSet<String> {
    let own = format!(
        ".{}.buurtgids-",
        site.out.file_name().unwrap().to_string_lossy()
    );
    walkdir::WalkDir::new(site.dir.path())
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| !e.path().starts_with(&site.out))
        .filter(|e| {
            !e.path()
                .strip_prefix(site.dir.path())
                .is_ok_and(|rel| rel.to_string_lossy().starts_with(&own))
        })
        .map(|e| e.path().display().to_string())
        .collect()
}

/// Builds the changed site; returns the exit code and what was reported, after checking
/// that the build wrote nothing but its output folder.
fn build(site: &TempSite) -> (Option<i32>, String) {
    let before = files_outside_output(site);
    let out = site.build();
    let after = files_outside_output(site);
    assert_eq!(
        after.difference(&before).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "written outside the output folder"
    );
    (out.status.code(), stderr(&out))
}

/// The build fails with `message`, and no output folder appears.
fn refused(site: &TempSite, message: &str) -> String {
    let (code, text) = build(site);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains(message), "expected `{message}` in:\n{text}");
    assert!(!site.out.exists(), "a failed build left an output folder");
    text
}

fn with_slug(slug: &str) -> TempSite {
    let site = TempSite::copy_of("valid");
    site.write(
        "content/activities/raar.md",
        &ACTIVITY.replace("reviewed:", &format!("slug: {slug}\nreviewed:")),
    );
    site
}

#[test]
fn a_slug_that_climbs_out_of_the_site_is_refused() {
    let text = refused(
        &with_slug("\"../../etc/x\""),
        "cannot be used as a web address",
    );
    assert!(text.contains("content/activities/raar.md:6:7"), "{text}");
}

#[test]
fn an_absolute_slug_is_refused() {
    refused(&with_slug("/etc/passwd"), "cannot be used as a web address");
}

#[test]
fn a_windows_drive_slug_is_refused() {
    refused(
        &with_slug("'C:\\Windows\\x'"),
        "cannot be used as a web address",
    );
}

#[test]
fn a_slug_with_a_nul_or_control_character_is_refused() {
    refused(
        &with_slug("\"koffie\\0x\""),
        "cannot be used as a web address",
    );
    refused(
        &with_slug("\"koffie\\tx\""),
        "cannot be used as a web address",
    );
}

#[test]
fn a_file_name_with_a_control_character_is_refused() {
    let site = TempSite::copy_of("valid");
    site.write("content/activities/koffie\u{1}.md", ACTIVITY);
    refused(&site, "cannot be used as an id");
}

#[test]
fn two_files_that_differ_only_in_case_are_refused() {
    // On a case-insensitive host (Windows, macOS) they would be one page.
    let site = TempSite::copy_of("valid");
    site.write("content/activities/Koffie.md", ACTIVITY);
    let text = refused(&site, "the file name `Koffie` cannot be used as an id");
    assert!(text.contains("rename the file to `koffie`"), "{text}");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_the_site_is_refused() {
    let site = TempSite::copy_of("valid");
    let secret = site.dir.path().join("geheim.md");
    std::fs::write(&secret, ACTIVITY).unwrap();
    std::os::unix::fs::symlink(&secret, site.root.join("content/activities/link.md")).unwrap();
    refused(&site, "this is a link to a file outside the site folder");
    std::fs::remove_file(site.root.join("content/activities/link.md")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", site.root.join("content/activities/etc.md"))
        .unwrap();
    refused(&site, "this is a link to a file outside the site folder");
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_inside_the_site_is_followed() {
    let site = TempSite::copy_of("valid");
    site.write("gedeeld/koffie-twee.md", ACTIVITY);
    std::os::unix::fs::symlink(
        site.root.join("gedeeld/koffie-twee.md"),
        site.root.join("content/activities/koffie-twee.md"),
    )
    .unwrap();
    let (code, text) = build(&site);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        site.out
            .join("activiteiten/koffie-twee/index.html")
            .exists()
    );
}

#[test]
fn an_image_outside_the_site_is_refused() {
    let site = TempSite::copy_of("valid");
    site.write(
        "content/activities/foto.md",
        &ACTIVITY.replace(
            "reviewed:",
            "image:\n  src: ../../../etc/passwd\n  alt: Een foto\nreviewed:",
        ),
    );
    refused(&site, "the image `../../../etc/passwd` is outside the site");
}

#[test]
fn a_file_over_the_size_limit_is_refused_and_the_limit_is_set_in_site_toml() {
    let site = TempSite::copy_of("valid");
    let big = format!("{ACTIVITY}{}", "Koffie en thee. ".repeat(70_000));
    site.write("content/activities/groot.md", &big);
    let text = refused(
        &site,
        "this file is 1094 KiB, more than the limit of 1024 KiB",
    );
    assert!(text.contains("[limits] file_size_kib"), "{text}");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &format!("{toml}\n[limits]\nfile_size_kib = 2048\n"),
    );
    let (code, text) = build(&site);
    assert_eq!(code, Some(0), "{text}");
}

#[test]
fn deeply_nested_yaml_is_an_error_not_a_crash() {
    let site = TempSite::copy_of("valid");
    let deep = format!(
        "title: Diep\nsummary: {}{}\nareas: [centrum]\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    site.write("content/activities/diep.yaml", &deep);
    let text = refused(&site, "content/activities/diep.yaml:2:10");
    // The line is shown around the column, not all 200,000 characters of it.
    assert!(text.len() < 2_000, "{} bytes of messages", text.len());
}

#[test]
fn yaml_aliases_that_expand_exponentially_are_an_error_not_a_hang() {
    let site = TempSite::copy_of("valid");
    let mut lol = "title: Lachen\nsummary: S.\nareas: [centrum]\ncategories:\n  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n".to_owned();
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
    for pair in names.windows(2) {
        let refs = vec![format!("*{}", pair[0]); 9].join(", ");
        lol.push_str(&format!("  - &{} [{refs}]\n", pair[1]));
    }
    site.write("content/activities/lachen.yaml", &lol);
    let start = std::time::Instant::now();
    refused(&site, "content/activities/lachen.yaml:5:");
    assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
}

#[test]
fn a_byte_order_mark_and_windows_line_endings_are_read_as_usual() {
    let site = TempSite::copy_of("valid");
    let windows = format!("\u{feff}{}", ACTIVITY.replace('\n', "\r\n"));
    site.write("content/activities/windows.md", &windows);
    site.write(
        "content/organisations/bom.yaml",
        "\u{feff}name: Stichting BOM\r\nsummary: Met een BOM.\r\nareas: all\r\nreviewed: 2026-10-01\r\n",
    );
    let (code, text) = build(&site);
    assert_eq!(code, Some(0), "{text}");
    let page = std::fs::read_to_string(site.out.join("activiteiten/windows/index.html")).unwrap();
    assert!(
        page.contains("<h1>Koffie</h1>"),
        "the title, without a BOM or \\r"
    );
    assert!(!page.contains('\r'));
    assert!(site.out.join("organisaties/bom/index.html").exists());
}

#[test]
fn invalid_utf8_an_empty_file_and_front_matter_only_get_a_message() {
    let site = TempSite::copy_of("valid");
    std::fs::write(
        site.root.join("content/activities/latin1.md"),
        b"---\ntitle: Caf\xe9\n---\n",
    )
    .unwrap();
    let text = refused(&site, "this file is not UTF-8 text");
    assert!(text.contains("content/activities/latin1.md:2:"), "{text}");
    std::fs::remove_file(site.root.join("content/activities/latin1.md")).unwrap();
    site.write("content/activities/leeg.md", "");
    refused(&site, "content/activities/leeg.md");
    std::fs::remove_file(site.root.join("content/activities/leeg.md")).unwrap();
    site.write(
        "content/activities/kop.md",
        "---\ntitle: Alleen een kop\n---\n",
    );
    refused(&site, "content/activities/kop.md");
}

#[test]
fn nothing_outside_the_output_folder_changes_when_a_build_succeeds() {
    let site = TempSite::copy_of("valid");
    let (code, text) = build(&site);
    assert_eq!(code, Some(0), "{text}");
    assert!(Path::new(&site.out).join("index.html").exists());
}

#[test]
fn a_website_that_is_not_a_web_address_is_refused_in_every_form() {
    for website in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/x",
        "https://example.org/\" onmouseover=\"alert(1)",
    ] {
        let site = TempSite::copy_of("valid");
        site.write(
            "content/activities/web.md",
            &ACTIVITY.replace("reviewed:", &format!("website: '{website}'\nreviewed:")),
        );
        let text = refused(&site, "is not a web address");
        assert!(
            text.contains("content/activities/web.md:6:"),
            "{website}: {text}"
        );
    }
}

#[test]
fn a_picture_in_a_body_that_is_not_a_file_of_the_site_is_named_by_line() {
    let site = TempSite::copy_of("valid");
    site.write(
        "content/activities/fotos.md",
        &ACTIVITY.replace(
            "Tekst.\n",
            "Tekst.\n\nDe zaal: ![Zaal](images/weg.jpg)\n\n![Logo](https://tracker.example/l.png)\n\n![Wachtwoorden](../../etc/passwd)\n",
        ),
    );
    let (code, text) = build(&site);
    // Warnings: the rest of the site is still published.
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("warning: the image `images/weg.jpg` is not in static/"),
        "{text}"
    );
    assert!(text.contains("content/activities/fotos.md:10:10"), "{text}");
    assert!(
        text.contains("put the picture at static/images/weg.jpg"),
        "{text}"
    );
    assert!(text.contains("content/activities/fotos.md:12:1"), "{text}");
    assert!(
        text.contains("the image `https://tracker.example/l.png` is not a file of this site"),
        "{text}"
    );
    assert!(
        text.contains("the image `../../etc/passwd` is outside the site"),
        "{text}"
    );
    let page = std::fs::read_to_string(site.out.join("activiteiten/fotos/index.html")).unwrap();
    assert!(
        !page.contains("etc/passwd"),
        "a path out of the site is not shown: {page}"
    );
}

#[test]
fn a_picture_in_a_body_gets_the_base_path_and_a_missing_description_is_a_warning() {
    let site = TempSite::copy_of("valid");
    site.write(
        "static/images/zaal.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 3\"><rect width=\"4\" height=\"3\"/></svg>",
    );
    site.write(
        "content/activities/fotos.md",
        &ACTIVITY.replace(
            "Tekst.\n",
            "Tekst.\n\n![Zaal met tafels](images/zaal.svg) [De agenda](/agenda/)\n\n![](/images/zaal.svg)\n",
        ),
    );
    let out = crate::util::build(
        &site.root,
        &site.out,
        &["--base-url", "https://example.org/sub/"],
        &[],
    );
    let text = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("content/activities/fotos.md:12:1"), "{text}");
    assert!(
        text.contains("the image `/images/zaal.svg` has no description"),
        "{text}"
    );
    let page = std::fs::read_to_string(site.out.join("activiteiten/fotos/index.html")).unwrap();
    assert!(
        page.contains(r#"src=/sub/images/zaal.svg"#)
            || page.contains(r#"src="/sub/images/zaal.svg""#),
        "{page}"
    );
    assert!(
        page.contains(r#"href=/sub/agenda/"#) || page.contains(r#"href="/sub/agenda/""#),
        "{page}"
    );
}

/// An SVG that tries every way to run script or to load from elsewhere.
const HOSTILE_SVG: &str = r##"<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 40 40" onload="alert(document.domain)">
<script>alert(document.domain)</script>
<script xlink:href="https://evil.example/x.js"/>
<rect width="40" height="40" fill="#0b5394" onmouseover="alert(1)"/>
<foreignObject width="40" height="40"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="javascript:alert(2)"></iframe></body></foreignObject>
<a xlink:href="javascript:alert(3)"><text x="4" y="30">Lindewaard</text></a>
<image href="https://tracker.example/pixel.gif" width="1" height="1"/>
<use href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+#x"/>
<set attributeName="onclick" to="alert(4)"/>
</svg>
"##;

#[test]
fn an_svg_in_static_is_published_without_script_or_references_elsewhere() {
    let site = TempSite::copy_of("valid");
    site.write("static/images/logo.svg", HOSTILE_SVG);
    site.write("static/images/portret.svg", HOSTILE_SVG);
    site.write(
        "site.toml",
        &std::fs::read_to_string(site.root.join("site.toml"))
            .unwrap()
            .replace("title = ", "logo = \"images/logo.svg\"\ntitle = "),
    );
    site.write(
        "content/people/anja.yaml",
        &(std::fs::read_to_string(site.root.join("content/people/anja.yaml")).unwrap()
            + "image:\n  src: images/portret.svg\n  alt: Portret van Anja\n"),
    );
    let (code, text) = build(&site);
    assert_eq!(code, Some(0), "{text}");
    for name in ["images/logo.svg", "images/portret.svg"] {
        let svg = std::fs::read_to_string(site.out.join(name)).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}: {svg}"));
        for node in doc.descendants().filter(|n| n.is_element()) {
            let tag = node.tag_name();
            assert_eq!(tag.namespace(), Some("http://www.w3.org/2000/svg"), "{svg}");
            assert!(
                !["script", "foreignObject"].contains(&tag.name()),
                "<{}> in {svg}",
                tag.name()
            );
            for a in node.attributes() {
                let value = a.value().trim().to_ascii_lowercase();
                assert!(!a.name().starts_with("on"), "{} in {svg}", a.name());
                for scheme in ["javascript:", "data:", "http:", "https:", "//"] {
                    assert!(!value.starts_with(scheme), "{}={value} in {svg}", a.name());
                }
            }
        }
        assert!(svg.contains("<rect") && svg.contains("Lindewaard"), "{svg}");
    }
}

#[test]
fn an_svg_that_is_not_xml_is_refused_with_its_line() {
    let site = TempSite::copy_of("valid");
    site.write(
        "static/images/kapot.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"4\">\n</svg>\n",
    );
    let text = refused(&site, "not valid XML");
    assert!(text.contains("static/images/kapot.svg:3:"), "{text}");
    assert!(text.contains("save it again as plain SVG"), "{text}");
}

#[test]
fn a_file_in_static_that_could_run_script_is_refused() {
    let page = "<!doctype html><title>x</title><script>alert(document.domain)</script>";
    let xml = "<?xml version=\"1.0\"?>\n<feed>\n<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>\n</feed>\n";
    for (name, text, message) in [
        ("static/pagina.html", page, "a web page in static/"),
        ("static/oud/pagina.htm", page, "a web page in static/"),
        ("static/pagina.xhtml", page, "a web page in static/"),
        ("static/images/logo.svgz", "\u{1f}\u{8b}", "compressed SVG"),
        (
            "static/images/knop.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/></a></svg>",
            "could run script",
        ),
        ("static/nieuws.xml", xml, "holds HTML"),
        ("static/nieuws.rss", xml, "holds HTML"),
    ] {
        let site = TempSite::copy_of("valid");
        site.write(name, text);
        let reported = refused(&site, message);
        assert!(reported.contains(name), "{name}: {reported}");
        if name.ends_with(".xml") {
            assert!(reported.contains(&format!("{name}:3:1")), "{reported}");
        }
    }
}

#[test]
fn a_sitemap_of_its_own_and_the_cms_page_are_published_as_they_are() {
    let site = TempSite::copy_of("valid");
    let sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/kaart/</loc></url></urlset>\n";
    site.write("static/sitemap.xml", sitemap);
    let cms = crate::util::run(&[
        "cms",
        "--root",
        site.root.to_str().unwrap(),
        "--backend",
        "github",
        "--repo",
        "gemeente/kaart",
    ]);
    assert_eq!(cms.status.code(), Some(0), "{}", stderr(&cms));
    let (code, text) = build(&site);
    assert_eq!(code, Some(0), "{text}");
    assert_eq!(
        std::fs::read_to_string(site.out.join("sitemap.xml")).unwrap(),
        sitemap
    );
    let admin = std::fs::read_to_string(site.root.join("static/admin/index.html")).unwrap();
    assert_eq!(
        std::fs::read_to_string(site.out.join("admin/index.html")).unwrap(),
        admin
    );
    // The same page with anything added is a web page like any other.
    site.write(
        "static/admin/index.html",
        &admin.replace("</body>", "<script>alert(1)</script></body>"),
    );
    std::fs::remove_dir_all(&site.out).unwrap();
    refused(&site, "a web page in static/");
}
