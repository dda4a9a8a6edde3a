//! Any text as a content file, Markdown with front matter and plain YAML, of every kind:
//! parsing may report problems but never panic or hang.
#![no_main]

use buurtgids::content::Kind;
use buurtgids::content::load::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let kind = Kind::ALL[data.len() % Kind::ALL.len()];
    for markdown in [true, false] {
        let mut diagnostics = Vec::new();
        let entry = parse(
            kind,
            "fuzz",
            "content/fuzz.md",
            text,
            markdown,
            &mut diagnostics,
        );
        // An entry comes back only when nothing was wrong enough to stop it.
        if entry.is_none() {
            assert!(!diagnostics.is_empty(), "no entry and no reason why");
        }
    }
});
