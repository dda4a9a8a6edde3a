//! `buurtgids search`: the site's own search, in the terminal.

use std::process::ExitCode;

use super::{load_to_read, without_errors};
use crate::cli::{Common, Format};
use buurtgids::t;

pub(crate) fn run(common: Common, queries: &[String], limit: usize, format: Format) -> ExitCode {
    let site = match load_to_read(&common)
        .and_then(|(opts, loaded)| without_errors(loaded, &opts.root, t!("not-searchable")))
    {
        Ok(site) => site,
        Err(code) => return code,
    };
    let views = site.views();
    let index = match buurtgids::search::SearchIndex::build(&views) {
        Ok(index) => index,
        Err(err) => {
            super::error(&t!("search-failed", reason = err.to_string()));
            return ExitCode::from(1);
        }
    };
    for query in queries {
        let hits = match index.query(query, limit) {
            Ok(hits) => hits,
            Err(err) => {
                super::error(&t!("search-query-failed", reason = err.to_string()));
                return ExitCode::from(1);
            }
        };
        let entry = |doc: u32| &site.entries[index.entries[doc as usize]];
        let also = index.also_searched(query);
        match format {
            Format::Json => {
                let hits: Vec<serde_json::Value> = hits
                    .iter()
                    .map(|&(doc, score)| {
                        let e = entry(doc);
                        serde_json::json!({"doc": doc, "score": score, "title": e.title,
                            "kind": e.kind.name(), "file": e.file})
                    })
                    .collect();
                println!(
                    "{}",
                    serde_json::json!({"query": query, "also": also, "hits": hits})
                );
            }
            Format::Human => {
                if queries.len() > 1 {
                    println!("\n{query}:");
                }
                if hits.is_empty() {
                    println!("{}", t!("search-nothing", query = query));
                }
                if !also.is_empty() {
                    println!("{}", t!("search-also", words = also.join(", ")));
                }
                for (n, &(doc, score)) in hits.iter().enumerate() {
                    let e = entry(doc);
                    let hit = t!(
                        "search-hit",
                        title = &e.title,
                        kind = e.kind.word(),
                        score = format!("{score:.2}"),
                    );
                    println!("{:>2}. {hit}\n    {}", n + 1, e.file);
                }
            }
        }
    }
    ExitCode::SUCCESS
}
