//! `buurtgids search`: the site's own search, in the terminal.

use std::process::ExitCode;

use super::{load_to_read, without_errors};
use crate::cli::{Common, Format};

pub(crate) fn run(common: Common, queries: &[String], limit: usize, format: Format) -> ExitCode {
    let site = match load_to_read(&common)
        .and_then(|(opts, loaded)| without_errors(loaded, &opts.root, "it cannot be searched"))
    {
        Ok(site) => site,
        Err(code) => return code,
    };
    let views = site.views();
    let index = match buurtgids::search::SearchIndex::build(&views) {
        Ok(index) => index,
        Err(err) => {
            eprintln!("error: the search index failed: {err}");
            return ExitCode::from(1);
        }
    };
    for query in queries {
        let hits = match index.query(query, limit) {
            Ok(hits) => hits,
            Err(err) => {
                eprintln!("error: the search failed: {err}");
                return ExitCode::from(1);
            }
        };
        let entry = |doc: u32| &site.entries[index.entries[doc as usize]];
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
                println!("{}", serde_json::json!({"query": query, "hits": hits}));
            }
            Format::Human => {
                if queries.len() > 1 {
                    println!("\n{query}:");
                }
                if hits.is_empty() {
                    println!("Nothing found for \"{query}\".");
                }
                for (n, &(doc, score)) in hits.iter().enumerate() {
                    let e = entry(doc);
                    println!(
                        "{:>2}. {} ({}, score {score:.2})\n    {}",
                        n + 1,
                        e.title,
                        e.kind.name(),
                        e.file
                    );
                }
            }
        }
    }
    ExitCode::SUCCESS
}
