//! Any text as a Markdown body: the sanitised HTML never holds a script element, an
//! event handler or a `javascript:`, `vbscript:` or `data:` address in a tag.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let html = buurtgids::markdown::render(text, "/sub/");
    // Text is escaped, so every `<` in the output starts a tag.
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("").to_ascii_lowercase();
        let name = tag
            .split(|c: char| c.is_whitespace() || c == '/')
            .next()
            .unwrap_or("");
        assert!(
            ![
                "script", "iframe", "object", "embed", "style", "svg", "math", "base", "form"
            ]
            .contains(&name),
            "<{tag}> in {html:?}"
        );
        for attr in tag.split_whitespace().skip(1) {
            assert!(!attr.starts_with("on"), "<{tag}> in {html:?}");
        }
        let squeezed: String = tag.chars().filter(|c| !c.is_whitespace()).collect();
        for scheme in ["javascript:", "vbscript:", "data:"] {
            assert!(
                !squeezed.contains(&format!("=\"{scheme}"))
                    && !squeezed.contains(&format!("='{scheme}")),
                "<{tag}> in {html:?}"
            );
        }
    }
});
