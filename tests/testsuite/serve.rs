//! `buurtgids serve` through the real binary: pages change as files are saved, a broken
//! file shows its diagnostics in the browser, and the preview comes back when it is
//! fixed, without the process stopping.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::util::{TODAY, TempSite};

/// A running preview, stopped when dropped.
struct Preview {
    child: Child,
    port: u16,
    log: mpsc::Receiver<String>,
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &TempSite) -> Preview {
    let mut child = crate::util::command()
        .args(["serve", "--port", "0", "--today", TODAY, "--root"])
        .arg(&site.root)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let (tx, log) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        let Ok(line) = log.recv_timeout(Duration::from_secs(1)) else {
            continue;
        };
        assert!(!line.contains("panicked"), "{line}");
        if let Some(rest) = line.split("Preview at http://127.0.0.1:").nth(1) {
            let port = rest.split('/').next().unwrap().parse().unwrap();
            // `/kaart/` of the fixtures, `/sociale-kaart/` of the demo.
            assert!(
                rest.contains("kaart/"),
                "served under the base path: {line}"
            );
            return Preview { child, port, log };
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("serve did not start");
}

impl Preview {
    /// Fetches a path; returns the status and the body.
    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).unwrap();
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
        (status, body)
    }

    /// Fetches `path` until `check` holds, for at most `limit`; returns the last answer
    /// and how long it took.
    fn wait_for(
        &self,
        path: &str,
        limit: Duration,
        check: impl Fn(u16, &str) -> bool,
    ) -> (u16, String, Duration) {
        let started = Instant::now();
        loop {
            let (status, body) = self.get(path);
            if check(status, &body) || started.elapsed() > limit {
                return (status, body, started.elapsed());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }
}

#[test]
fn a_saved_change_shows_within_a_second_and_a_broken_file_shows_its_diagnostics() {
    let site = TempSite::copy_of("valid");
    let mut preview = start(&site);
    let (status, page) = preview.get("/kaart/activiteiten/koffie/");
    assert_eq!(status, 200);
    assert!(page.contains("<h1>Koffieochtend</h1>"), "{page}");
    // Every page listens for changes.
    assert!(page.contains("<script src=/__buurtgids/live.js></script></body>"));
    let (status, script) = preview.get("/__buurtgids/live.js");
    assert_eq!(status, 200);
    assert!(script.contains("EventSource('/__buurtgids/events')"));

    // A change to a file is on the page within a second.
    let file = "content/activities/koffie.md";
    let original = std::fs::read_to_string(site.root.join(file)).unwrap();
    site.write(
        file,
        &original.replace("title: Koffieochtend", "title: Koffie en thee"),
    );
    let (_, page, took) = preview.wait_for(
        "/kaart/activiteiten/koffie/",
        Duration::from_secs(5),
        |_, b| b.contains("<h1>Koffie en thee</h1>"),
    );
    assert!(
        page.contains("<h1>Koffie en thee</h1>"),
        "the change never showed"
    );
    assert!(took < Duration::from_secs(1), "the change took {took:?}");
    // Listings and the home page are rendered from the same new state.
    assert!(
        preview
            .get("/kaart/activiteiten/")
            .1
            .contains("Koffie en thee")
    );

    // A broken file: every page shows the diagnostics, with file, line and the fix.
    site.write(
        file,
        &original.replace("reviewed: 2026-10-01", "reviewed: 2026-13-45"),
    );
    let (status, page, _) = preview.wait_for(
        "/kaart/activiteiten/koffie/",
        Duration::from_secs(5),
        |s, _| s == 500,
    );
    assert_eq!(status, 500, "{page}");
    assert!(page.contains("The site cannot be shown"), "{page}");
    assert!(
        page.contains("content/activities/koffie.md:14:11"),
        "{page}"
    );
    assert!(page.contains("= help:"), "{page}");
    assert!(
        page.contains("<script src=/__buurtgids/live.js>"),
        "it comes back by itself"
    );
    assert_eq!(preview.get("/kaart/").0, 500);

    // Fixed: the page is back.
    site.write(file, &original);
    let (status, page, _) = preview.wait_for(
        "/kaart/activiteiten/koffie/",
        Duration::from_secs(5),
        |s, _| s == 200,
    );
    assert_eq!(status, 200);
    assert!(page.contains("<h1>Koffieochtend</h1>"));
    assert!(preview.alive(), "the preview is still running");
}

#[test]
fn the_event_stream_tells_open_pages_once_per_burst_of_saves() {
    let site = TempSite::copy_of("valid");
    let mut preview = start(&site);
    let mut stream = TcpStream::connect(("127.0.0.1", preview.port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET /__buurtgids/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    )
    .unwrap();
    let mut events = BufReader::new(stream);
    let mut next_data = || loop {
        let mut line = String::new();
        assert!(events.read_line(&mut line).unwrap() > 0, "the stream ended");
        if let Some(v) = line.strip_prefix("data: ") {
            return v.trim().to_owned();
        }
    };
    let first = next_data();
    // Five files saved at once are one reload.
    for (i, name) in ["koffie.md", "a.md", "b.md", "c.md", "d.md"]
        .iter()
        .enumerate()
    {
        let text = format!(
            "---\ntitle: Activiteit {i}\nsummary: Iets.\nareas: [centrum]\nschedule:\n  - weekly: woensdag\norganiser: welzijn\nreviewed: 2026-10-01\n---\n"
        );
        site.write(&format!("content/activities/{name}"), &text);
    }
    let second = next_data();
    assert_ne!(first, second);
    std::thread::sleep(Duration::from_millis(500));
    let reloads = preview
        .log
        .try_iter()
        .filter(|l| l.starts_with("Loaded "))
        .count();
    assert_eq!(reloads, 1, "one reload for the burst");
    // The new files are on the site.
    let (status, page) = preview.get("/kaart/activiteiten/d/");
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Activiteit 4"));
    assert!(preview.alive());
}

#[test]
fn addresses_outside_the_site_give_the_sites_own_not_found_page() {
    let site = TempSite::copy_of("valid");
    let preview = start(&site);
    let (status, page) = preview.get("/kaart/bestaat-niet/");
    assert_eq!(status, 404);
    assert!(page.contains("<html dir=ltr lang=nl>"), "{page}");
    let (status, _) = preview.get("/kaart/../../etc/passwd");
    assert_eq!(status, 404);
    // `agenda` without its slash, as a static host does.
    let (status, _) = preview.get("/kaart/agenda");
    assert_eq!(status, 301);
}

#[test]
fn the_preview_serves_the_sitemap_feeds_and_open_data_as_the_build_writes_them() {
    let site = TempSite::copy_of("valid");
    let preview = start(&site);
    assert!(site.build().status.success());
    for path in ["sitemap.xml", "robots.txt", "activiteiten/atom.xml"] {
        let (status, body) = preview.get(&format!("/kaart/{path}"));
        assert_eq!(status, 200, "{path}");
        // The preview's addresses are its own, so its links work on this computer.
        let body = body.replace(
            &format!("http://127.0.0.1:{}/", preview.port),
            "https://example.org/",
        );
        let built = std::fs::read_to_string(site.out.join(path)).unwrap();
        assert_eq!(body, built, "{path} differs from the build's");
    }
    // The open data's ids are made from the site's address, which is the preview's own,
    // so only the records are the same.
    let (status, body) = preview.get("/kaart/open-data/hsds/services.json");
    assert_eq!(status, 200);
    let served: serde_json::Value = serde_json::from_str(&body).unwrap();
    let built: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(site.out.join("open-data/hsds/services.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(served["total_items"], built["total_items"]);
    assert_eq!(served["contents"][0]["name"], built["contents"][0]["name"]);
}

/// The preview renders a page when it is asked for, through the same pages and parts as
/// the build: every page the build writes is served with the same bytes, but for the
/// preview's own address, its search index folder and its live script.
#[test]
fn every_page_the_build_writes_is_served_the_same_by_the_preview() {
    let site = TempSite::copy_of("valid");
    let preview = start(&site);
    assert!(site.build().status.success());
    let built = crate::util::tree(&site.out);
    let search = built
        .keys()
        .find_map(|k| k.strip_suffix("meta.bin"))
        .unwrap()
        .to_owned();
    let mut pages = 0;
    for (path, bytes) in built.iter().filter(|(p, _)| p.ends_with(".html")) {
        let address = format!("/kaart/{}", path.trim_end_matches("index.html"));
        let (status, body) = preview.get(&address);
        assert_eq!(status, 200, "{address}");
        let body = body
            .replace("<script src=/__buurtgids/live.js></script>", "")
            .replace(
                &format!("http://127.0.0.1:{}/", preview.port),
                "https://example.org/",
            )
            .replace(
                &format!("http%3A%2F%2F127.0.0.1%3A{}%2F", preview.port),
                "https%3A%2F%2Fexample.org%2F",
            )
            .replace(&format!("127.0.0.1:{}", preview.port), "example.org")
            .replace("zoeken/voorbeeld/", &search);
        // A printed page's QR code holds its full address, which differs as a whole.
        let without_qr = |html: &str| -> String {
            let Some(class) = html.find("class=qr-code") else {
                return html.to_owned();
            };
            let start = html[..class].rfind("<svg").unwrap();
            let end = class + html[class..].find("</svg>").unwrap();
            format!("{}{}", &html[..start], &html[end..])
        };
        assert_eq!(
            without_qr(&body),
            without_qr(&String::from_utf8_lossy(bytes)),
            "{address}"
        );
        pages += 1;
    }
    assert!(pages > 20, "{pages} pages");
}

/// Saves a file as vim, Emacs and gedit do: the new text goes into a file beside it,
/// which is then renamed over the old one.
fn save_by_rename(path: &std::path::Path, text: &str) {
    let tmp = path.with_extension("toml.tmp-save");
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn site_toml_saved_by_renaming_a_new_file_over_it_is_seen_every_time() {
    let site = TempSite::copy_of("valid");
    let mut preview = start(&site);
    let toml = site.root.join("site.toml");
    let original = std::fs::read_to_string(&toml).unwrap();
    let titled =
        |title: &str| original.replace("title = \"Testkaart\"", &format!("title = \"{title}\""));
    let shows = |preview: &Preview, title: &str| {
        let (status, page, _) = preview.wait_for("/kaart/", Duration::from_secs(5), |s, b| {
            s == 200 && b.contains(&format!("<title>{title}"))
        });
        assert_eq!(status, 200, "{page}");
        assert!(
            page.contains(&format!("<title>{title}")),
            "{title} never showed: {page}"
        );
    };
    shows(&preview, "Testkaart");
    for title in ["Eerste kaart", "Tweede kaart", "Derde kaart"] {
        save_by_rename(&toml, &titled(title));
        shows(&preview, title);
    }
    // Broken, by rename: every page shows what is wrong.
    save_by_rename(
        &toml,
        &original.replace("title = \"Testkaart\"", "title = "),
    );
    let (status, page, _) = preview.wait_for("/kaart/", Duration::from_secs(5), |s, _| s == 500);
    assert_eq!(status, 500, "{page}");
    assert!(page.contains("site.toml"), "{page}");
    // Fixed, by rename again, then written in place, then touched: each is seen.
    save_by_rename(&toml, &titled("Hersteld"));
    shows(&preview, "Hersteld");
    std::fs::write(&toml, titled("In place")).unwrap();
    shows(&preview, "In place");
    // Removed and made again.
    std::fs::remove_file(&toml).unwrap();
    let (status, _, _) = preview.wait_for("/kaart/", Duration::from_secs(5), |s, _| s == 500);
    assert_eq!(status, 500);
    std::fs::write(&toml, titled("Terug")).unwrap();
    shows(&preview, "Terug");
    assert!(preview.alive());
}

#[test]
fn a_watched_folder_made_after_the_preview_started_is_seen() {
    let site = TempSite::copy_of("valid");
    let preview = start(&site);
    assert!(!site.root.join("templates").exists());
    let (_, page) = preview.get("/kaart/");
    assert!(!page.contains("Eigen voettekst"), "{page}");
    // A template of the site's own, in a folder that was not there: the folder is
    // watched from then on, so a second save of the template is seen too.
    let theme = buurtgids_theme_file("templates/base.html");
    site.write(
        "templates/base.html",
        &theme.replace("</body>", "<p>Eigen voettekst 1</p></body>"),
    );
    preview.wait_for("/kaart/", Duration::from_secs(5), |_, b| {
        b.contains("Eigen voettekst 1")
    });
    save_by_rename(
        &site.root.join("templates/base.html"),
        &theme.replace("</body>", "<p>Eigen voettekst 2</p></body>"),
    );
    let (_, page, _) = preview.wait_for("/kaart/", Duration::from_secs(5), |_, b| {
        b.contains("Eigen voettekst 2")
    });
    assert!(page.contains("Eigen voettekst 2"), "{page}");
}

/// A file of the built-in theme, from the repository.
fn buurtgids_theme_file(name: &str) -> String {
    std::fs::read_to_string(crate::util::repo().join("themes/default").join(name)).unwrap()
}

#[test]
fn the_preview_shows_every_language_of_the_site() {
    let site = TempSite::demo();
    let preview = start(&site);
    let (status, page) = preview.get("/sociale-kaart/en/activiteiten/breicafe/");
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("<html dir=ltr lang=en>"), "{page}");
    assert!(
        page.contains("<h1 lang=nl>Breicafé De Linde</h1>"),
        "{page}"
    );
    let (status, page) = preview.get("/sociale-kaart/en/zoeken/");
    assert_eq!(status, 200);
    assert!(page.contains("data-index=/sociale-kaart/en/zoeken/voorbeeld/meta.bin"));
    let (status, calendar) = preview.get("/sociale-kaart/en/agenda/agenda.ics");
    assert_eq!(status, 200);
    assert!(
        calendar.contains("/sociale-kaart/en/activiteiten/"),
        "{calendar}"
    );
    let (status, dutch) = preview.get("/sociale-kaart/activiteiten/breicafe/");
    assert_eq!(status, 200);
    assert!(dutch.contains("<h1>Breicafé De Linde</h1>"));
}
