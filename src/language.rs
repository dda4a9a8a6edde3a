//! `check --language`: hints for plain Dutch (taalniveau B1), the level most residents
//! read comfortably. A summary of more than two sentences, a sentence of more than 20
//! words, and words from `[plain_language] jargon` in site.toml, each with the plainer
//! words to use. Warnings only: the editor decides.

use crate::config::Config;
use crate::content::Entry;
use crate::diagnostic::{Diagnostic, Pos};
use crate::t;

/// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: [&str; 12] = [
    "bijv.", "bv.", "o.a.", "d.w.z.", "ca.", "enz.", "etc.", "m.b.v.", "t.o.v.", "z.s.m.",
    "i.p.v.", "e.d.",
];

/// One sentence of a text, with its byte offset.
struct Sentence<'a> {
    offset: usize,
    text: &'a str,
}

/// Splits a text into sentences at `.`, `!` and `?` followed by a space or the end, and at
/// line breaks, so that a heading or a list item is not run into the next line.
fn sentences(text: &str) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end_mark = matches!(b, b'.' | b'!' | b'?')
            && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace());
        let abbreviation = b == b'.' && {
            let word_start = text[..i]
                .rfind(|c: char| c.is_whitespace() || c == '(')
                .map_or(0, |j| j + 1);
            ABBREVIATIONS.contains(&text[word_start..=i].to_lowercase().as_str())
        };
        if (end_mark && !abbreviation) || b == b'\n' {
            let end = if b == b'\n' { i } else { i + 1 };
            push(&mut out, text, start, end);
            start = i + 1;
        }
        i += 1;
    }
    push(&mut out, text, start, text.len());
    out
}

fn push<'a>(out: &mut Vec<Sentence<'a>>, text: &'a str, start: usize, end: usize) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    if trimmed.trim().is_empty() {
        return;
    }
    out.push(Sentence {
        offset: start + (piece.len() - trimmed.len()),
        text: trimmed.trim_end(),
    });
}

/// Words: runs of letters and digits; Markdown marks and addresses in links do not count.
fn words(sentence: &str) -> usize {
    let without_links = strip_link_targets(sentence);
    without_links
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// `[tekst](adres)` -> `[tekst]`: the address is not read aloud as words.
fn strip_link_targets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("](") {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 2..];
        match rest.find(')') {
            Some(j) => rest = &rest[j + 1..],
            None => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// Byte offsets of `word` in `text`, case-insensitive, as a whole word or phrase.
fn find_word(text: &str, word: &str) -> Vec<usize> {
    let lower = text.to_lowercase();
    let word = word.to_lowercase();
    if word.is_empty() || lower.len() != text.len() {
        // Lowercasing changed the byte length (rare letters): search the text as written.
        return plain_find(text, &word);
    }
    plain_find(&lower, &word)
}

fn plain_find(text: &str, word: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let at = from + i;
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        if before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
        {
            found.push(at);
        }
        from = at + word.len().max(1);
    }
    found
}

/// The plain-language hints for one entry.
pub fn hints(e: &Entry, config: &Config) -> Vec<Diagnostic> {
    let rules = &config.plain_language;
    let mut out = Vec::new();
    let summary = sentences(&e.summary);
    if summary.len() > rules.summary_sentences {
        out.push(
            Diagnostic::warning(
                &e.file,
                e.summary_pos,
                t!(
                    "summary-long",
                    sentences = summary.len(),
                    most = rules.summary_sentences
                ),
            )
            .with_help(t!("summary-long-help")),
        );
    }
    let long = |s: &Sentence| words(s.text) > rules.sentence_words;
    let preview = |s: &str| {
        let mut p: String = s.chars().take(60).collect();
        if p.len() < s.len() {
            p.push('…');
        }
        p
    };
    for s in summary.iter().filter(|s| long(s)) {
        out.push(long_sentence(
            e,
            e.summary_pos,
            words(s.text),
            rules.sentence_words,
            &preview(s.text),
        ));
    }
    for s in sentences(&e.body).iter().filter(|s| long(s)) {
        out.push(long_sentence(
            e,
            e.body_pos(s.offset),
            words(s.text),
            rules.sentence_words,
            &preview(s.text),
        ));
    }
    for (word, plain) in &rules.jargon {
        for (text, pos) in [(&e.title, None), (&e.summary, None), (&e.body, Some(()))] {
            for at in find_word(text, word) {
                let pos = match pos {
                    Some(()) => e.body_pos(at),
                    None => e.summary_pos,
                };
                out.push(
                    Diagnostic::warning(&e.file, pos, t!("jargon", word = word))
                        .with_help(t!("jargon-help", plain = plain)),
                );
            }
        }
    }
    out
}

fn long_sentence(e: &Entry, pos: Pos, n: usize, max: usize, preview: &str) -> Diagnostic {
    Diagnostic::warning(
        &e.file,
        pos,
        t!("sentence-long", words = n, preview = preview, most = max),
    )
    .with_help(t!("sentence-long-help"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_end_at_stops_and_line_breaks_but_not_abbreviations() {
        let text = "Kom langs, bijv. op dinsdag. Het is gratis!\n## Waar\nIn het buurthuis";
        let found: Vec<&str> = sentences(text).iter().map(|s| s.text).collect();
        assert_eq!(
            found,
            [
                "Kom langs, bijv. op dinsdag.",
                "Het is gratis!",
                "## Waar",
                "In het buurthuis"
            ]
        );
        assert_eq!(sentences(text)[1].offset, 29);
    }

    #[test]
    fn words_leave_out_marks_and_link_addresses() {
        assert_eq!(words("Lees [de agenda](https://example.org/a/b/c) - nu"), 4);
    }

    #[test]
    fn jargon_is_found_as_whole_words_in_any_case() {
        assert_eq!(
            find_word("Maatwerk en maatwerkvoorziening. MAATWERK", "maatwerk"),
            [0, 33]
        );
        assert_eq!(
            find_word("een voorliggende voorziening", "voorliggende voorziening"),
            [4]
        );
    }
}
