//! `check --links`: whether every web address on the site still leads somewhere.
//!
//! Organisations move their web sites, registration forms close, a link in a text goes
//! stale: a resident who follows it finds nothing. Every `http` or `https` address in
//! the content files (a `website`, a registration's `website`, a link in a body) is
//! asked for once, with at most [`PARALLEL`] requests at a time and a [`TIMEOUT`] each;
//! a HEAD request first, a GET when the server does not answer HEAD. A dead one (no
//! answer, 404, 410, an error of the server) and one that moved for good (301, 308) is a
//! warning at the file, line and column where it is written, with the new address to
//! write for a moved one. A temporary redirect (302, 303, 307) is fine.
//!
//! What an address answered is kept for [`KEEP`] in a file beside the output folder, so
//! running the check again within a day asks only for new addresses; `report` reads the
//! same file to list the dead links per organisation.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::content::Entry;
use crate::diagnostic::{Diagnostic, Pos};
use crate::messages::Text;
use crate::t;

/// Requests at a time.
const PARALLEL: usize = 8;
/// How long one address may take to answer.
const TIMEOUT: Duration = Duration::from_secs(10);
/// How long an answer is trusted.
const KEEP: Duration = Duration::from_secs(24 * 60 * 60);

/// One web address as written in a content file.
#[derive(Debug, Clone)]
pub struct Link {
    pub url: String,
    /// The entry's file, relative to the site folder.
    pub file: String,
    pub pos: Pos,
    /// The entry's index in the site's entries.
    pub entry: usize,
}

/// What an address answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "state")]
pub enum Answer {
    /// It leads to a page (directly, or by a temporary redirect).
    Ok,
    /// It moved for good, to this address.
    Moved { to: String },
    /// It leads nowhere: the status, or why there was no answer.
    Dead { why: Why },
}

/// Why an address leads nowhere, kept as a fact so it is told in the language of the run
/// that reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "reason")]
pub enum Why {
    /// 404 or 410.
    Missing { status: u16 },
    /// Any other status that is not a page.
    Failing { status: u16 },
    /// No answer within [`TIMEOUT`].
    Timeout,
    /// No connection: no such host, refused, a bad certificate.
    Unreachable { error: String },
    /// Neither HEAD nor GET was answered.
    Unanswered,
}

impl Why {
    pub fn text(&self) -> Text {
        match self {
            Why::Missing { status } => t!("link-missing", status = *status),
            Why::Failing { status } => t!("link-failing", status = *status),
            Why::Timeout => t!("link-timeout", seconds = TIMEOUT.as_secs()),
            Why::Unreachable { error } => t!("link-unreachable", error = error),
            Why::Unanswered => t!("link-unanswered"),
        }
    }
}

/// Answers by address, with when they were asked (seconds since 1970).
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Answers {
    pub answers: BTreeMap<String, (u64, Answer)>,
}

impl Answers {
    /// The answers kept beside the output folder `out`; none when there is no such file.
    pub fn read(out: &Path) -> Answers {
        std::fs::read(file_beside(out))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    fn write(&self, out: &Path) {
        // A record that cannot be written costs the next run time, nothing else.
        if let Ok(bytes) = serde_json::to_vec_pretty(self) {
            let _ = crate::output::write_file(&file_beside(out), &bytes);
        }
    }
}

fn file_beside(out: &Path) -> PathBuf {
    crate::output::sibling(out, "links.json")
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Every `http` and `https` address in the entries' files, where it is written.
pub fn collect(root: &Path, entries: &[Entry]) -> Vec<Link> {
    let mut links = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let Ok(text) = std::fs::read_to_string(root.join(&e.file)) else {
            continue;
        };
        for (offset, url) in addresses(&text) {
            links.push(Link {
                url: url.to_owned(),
                file: e.file.clone(),
                pos: Pos::of_offset(&text, offset),
                entry: i,
            });
        }
    }
    links
}

/// The web addresses in a text, with their byte offsets: from `http://` or `https://` to
/// the first space, quote or closing bracket, without a final full stop or comma.
fn addresses(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("http").map(|i| i + from) {
        let rest = &text[at..];
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest
                .find(|c: char| c.is_whitespace() || "\"'<>()[]{}`".contains(c))
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
            if url.len() > "https://".len() {
                found.push((at, url));
            }
            from = at + end.max(1);
        } else {
            from = at + 4;
        }
    }
    found
}

/// Asks every address once (those asked within [`KEEP`] are taken from what `out`'s
/// record says) and returns a warning per dead or moved link.
pub fn check(links: &[Link], out: &Path) -> Vec<Diagnostic> {
    let mut known = Answers::read(out);
    let fresh = now().saturating_sub(KEEP.as_secs());
    let mut wanted: Vec<&str> = links
        .iter()
        .map(|l| l.url.as_str())
        .filter(|u| known.answers.get(*u).is_none_or(|(at, _)| *at < fresh))
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .max_redirects(0)
        .http_status_as_error(false)
        .user_agent(concat!(
            "buurtgids/",
            env!("CARGO_PKG_VERSION"),
            " (link check)"
        ))
        .build()
        .into();
    let queue = Mutex::new(wanted.into_iter());
    let answered = Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..PARALLEL {
            s.spawn(|| {
                loop {
                    let next = queue.lock().map(|mut q| q.next());
                    let Ok(Some(url)) = next else {
                        break;
                    };
                    let answer = ask(&agent, url);
                    if let Ok(mut a) = answered.lock() {
                        a.push((url.to_owned(), answer));
                    }
                }
            });
        }
    });
    let asked_at = now();
    for (url, answer) in answered.into_inner().unwrap_or_default() {
        known.answers.insert(url, (asked_at, answer));
    }
    known.write(out);
    links
        .iter()
        .filter_map(|l| match known.answers.get(&l.url).map(|(_, a)| a) {
            Some(Answer::Moved { to }) => Some(
                Diagnostic::warning(&l.file, l.pos, t!("link-moved", url = &l.url, to = to))
                    .with_help(t!("link-moved-help", to = to)),
            ),
            Some(Answer::Dead { why }) => Some(
                Diagnostic::warning(
                    &l.file,
                    l.pos,
                    t!("link-dead", url = &l.url, why = why.text()),
                )
                .with_help(t!("link-dead-help")),
            ),
            _ => None,
        })
        .collect()
}

/// What one address answers: HEAD first, GET when HEAD is not allowed.
fn ask(agent: &ureq::Agent, url: &str) -> Answer {
    let answer = |response: Result<ureq::http::Response<ureq::Body>, ureq::Error>| match response {
        Ok(r) => {
            let status = r.status().as_u16();
            let location = r
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .map(|to| absolute(url, to));
            match (status, location) {
                (301 | 308, Some(to)) => Some(Answer::Moved { to }),
                (200..=399, _) => Some(Answer::Ok),
                (405 | 501, _) => None,
                (404 | 410, _) => Some(Answer::Dead {
                    why: Why::Missing { status },
                }),
                _ => Some(Answer::Dead {
                    why: Why::Failing { status },
                }),
            }
        }
        Err(ureq::Error::Timeout(_)) => Some(Answer::Dead { why: Why::Timeout }),
        Err(e) => Some(Answer::Dead {
            why: Why::Unreachable {
                error: e.to_string(),
            },
        }),
    };
    answer(agent.head(url).call())
        .or_else(|| answer(agent.get(url).call()))
        .unwrap_or(Answer::Dead {
            why: Why::Unanswered,
        })
}

/// A `Location` as a full address: a path on the same host gets the scheme and host.
fn absolute(from: &str, to: &str) -> String {
    if to.starts_with("http://") || to.starts_with("https://") {
        return to.to_owned();
    }
    let scheme_end = from.find("://").map_or(0, |i| i + 3);
    let host_end = from[scheme_end..]
        .find('/')
        .map_or(from.len(), |i| i + scheme_end);
    format!("{}/{}", &from[..host_end], to.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_found_in_fields_and_text() {
        let text = "website: https://www.example.org/a\nTekst (zie https://x.nl/b). En [hier](http://y.nl/c?d=1)\n";
        let found: Vec<&str> = addresses(text).into_iter().map(|(_, u)| u).collect();
        assert_eq!(
            found,
            [
                "https://www.example.org/a",
                "https://x.nl/b",
                "http://y.nl/c?d=1"
            ]
        );
    }

    #[test]
    fn a_location_on_the_same_host_becomes_a_full_address() {
        assert_eq!(absolute("https://a.nl/x/y", "/z"), "https://a.nl/z");
        assert_eq!(absolute("https://a.nl", "https://b.nl/"), "https://b.nl/");
    }
}
