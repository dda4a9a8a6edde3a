//! `check --links` against a server on this computer: a dead link and one that moved for
//! good are warnings where they are written, a temporary redirect and a server that
//! only answers GET are fine, and a second run within a day asks nothing again.

use std::thread;

use crate::util::{TODAY, TempSite, run};

/// A web server on a free port answering as the paths say; stops when dropped.
struct Server {
    server: std::sync::Arc<tiny_http::Server>,
    port: u16,
    worker: Option<thread::JoinHandle<usize>>,
}

impl Server {
    fn start() -> Server {
        let server = std::sync::Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let port = server.server_addr().to_ip().unwrap().port();
        let s = server.clone();
        let worker = thread::spawn(move || {
            let mut asked = 0;
            for request in s.incoming_requests() {
                asked += 1;
                let head = *request.method() == tiny_http::Method::Head;
                let (status, location) = match request.url() {
                    "/ok" | "/nieuw" => (200, None),
                    "/weg" => (404, None),
                    "/verhuisd" => (301, Some("/nieuw")),
                    "/even-anders" => (302, Some("/ok")),
                    "/alleen-get" if head => (405, None),
                    "/alleen-get" => (200, None),
                    _ => (500, None),
                };
                let mut response = tiny_http::Response::from_string("").with_status_code(status);
                if let Some(to) = location {
                    response = response.with_header(
                        tiny_http::Header::from_bytes(&b"Location"[..], to.as_bytes()).unwrap(),
                    );
                }
                let _ = request.respond(response);
            }
            asked
        });
        Server {
            server,
            port,
            worker: Some(worker),
        }
    }

    /// Stops the server; returns how many requests it answered.
    fn stop(mut self) -> usize {
        self.server.unblock();
        self.worker.take().unwrap().join().unwrap()
    }
}

#[test]
fn dead_and_moved_links_are_warnings_where_they_are_written() {
    let server = Server::start();
    let at = |path: &str| format!("http://127.0.0.1:{}{path}", server.port);
    let site = TempSite::copy_of("valid");
    let welzijn =
        std::fs::read_to_string(site.root.join("content/organisations/welzijn.yaml")).unwrap();
    site.write(
        "content/organisations/welzijn.yaml",
        &format!("{welzijn}website: {}\n", at("/weg")),
    );
    let koffie = std::fs::read_to_string(site.root.join("content/activities/koffie.md")).unwrap();
    site.write(
        "content/activities/koffie.md",
        &format!(
            "{koffie}\nMeer op [onze site]({}), [het formulier]({}), [de agenda]({}) en [de foto's]({}).\n",
            at("/verhuisd"),
            at("/even-anders"),
            at("/ok"),
            at("/alleen-get")
        ),
    );
    let check = || crate::util::check_json(&site.root, &["--links"]);
    let (code, found) = check();
    assert_eq!(code, Some(0), "warnings only: {found:#?}");
    let seen: Vec<(String, u64, String)> = found
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(seen.len(), 2, "{found:#?}");
    assert_eq!(seen[0].0, "content/activities/koffie.md");
    assert_eq!(seen[0].1, 18);
    assert!(
        seen[0].2.contains("has moved to") && seen[0].2.contains("/nieuw"),
        "{seen:?}"
    );
    assert_eq!(
        found[0]["help"],
        format!("write the new address: {}", at("/nieuw"))
    );
    assert_eq!(seen[1].0, "content/organisations/welzijn.yaml");
    assert!(
        seen[1].2.contains("leads nowhere") && seen[1].2.contains("404"),
        "{seen:?}"
    );

    // Within a day the answers are kept: nothing is asked again, the warnings stay.
    let asked = server.stop();
    assert!(asked >= 5, "{asked} requests");
    let (code, again) = check();
    assert_eq!(code, Some(0));
    assert_eq!(again, found);

    // The report lists them under their organisation.
    let report = run(&[
        "report",
        "--root",
        site.root.to_str().unwrap(),
        "--today",
        TODAY,
    ]);
    let text = String::from_utf8_lossy(&report.stdout);
    let welzijn: String = text
        .lines()
        .skip_while(|l| !l.starts_with("  Stichting Welzijn"))
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(
        welzijn.contains("dead link") && welzijn.contains("/weg"),
        "{welzijn}"
    );
    assert!(
        welzijn.contains("/verhuisd") && welzijn.contains("moved to"),
        "{welzijn}"
    );
}
