//! How Dutch text becomes search terms, and how compounds are split.
//!
//! One analyzer serves the index, the terminal search and (through the word-form map in
//! the exported index) the browser: split on anything that is not a letter or digit,
//! lowercase, fold diacritics (café = cafe, before stemming), drop Dutch stop words, and
//! stem with the Snowball Dutch stemmer that tantivy ships.

use std::collections::{BTreeMap, BTreeSet};

use tantivy::tokenizer::{
    AsciiFoldingFilter, Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer,
    StopWordFilter, TextAnalyzer, TextAnalyzerBuilder, Tokenizer,
};

/// The tokenizer of the index's fields. Texts are analysed before they reach the index
/// (every distinct word once, see `SearchIndex::build`) and arrive as stems between
/// spaces.
pub const STEMS: &str = "stems";

/// Words longer than this are not indexed (they are not words).
pub const MAX_WORD: usize = 40;

/// The full analyzer: words to stems. It is [`surface`] and then the stemmer, which the
/// index relies on: it stems each surface form once.
pub fn dutch() -> TextAnalyzer {
    surface_builder()
        .filter(Stemmer::new(Language::Dutch))
        .build()
}

/// Words as residents type them, lowercased and folded, stop words kept out: the forms
/// the browser looks up.
pub fn surface() -> TextAnalyzer {
    surface_builder().build()
}

/// The steps [`surface`] and [`dutch`] share.
fn surface_builder() -> TextAnalyzerBuilder<impl Tokenizer> {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_WORD))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(StopWordFilter::new(Language::Dutch).expect("tantivy ships Dutch stop words"))
}

/// The Dutch stop words of tantivy, which the index drops, for the browser to drop too.
/// tantivy keeps its list private, so a copy is shipped and a test checks it.
pub fn stop_words() -> Vec<String> {
    include_str!("stopwords.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Titles as they sort: lowercased and folded words, stop words kept ("De Linde" sorts
/// among the d's, where a Dutch reader looks for it).
pub fn sorting() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// All tokens of a text through an analyzer.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    analyzer
        .token_stream(text)
        .process(&mut |t| out.push(t.text.clone()));
    out
}

/// Words that compounds are split into: the site's own words of four letters or more,
/// and a list of common Dutch words (also shorter ones, like `zorg` and `huis`).
pub struct Lexicon {
    words: BTreeSet<String>,
}

/// Common Dutch words that appear as parts of compounds in a sociale kaart.
const WORD_LIST: &str = include_str!("woorden.txt");

/// Parts shorter than this are never split off.
const MIN_PART: usize = 3;

impl Lexicon {
    /// The shipped list plus `forms`, the corpus' own (folded) words.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Lexicon {
        let mut words: BTreeSet<String> = WORD_LIST
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
            .map(str::to_owned)
            .collect();
        words.extend(
            forms
                .into_iter()
                .filter(|w| w.chars().count() >= 4 && w.chars().all(|c| c.is_ascii_lowercase()))
                .map(str::to_owned),
        );
        Lexicon { words }
    }

    /// Splits a compound into known words, allowing the linking -s-, -e- and -en-:
    /// `vrijwilligerswerk` -> `vrijwilliger` + `werk`. Empty when it is not a compound.
    pub fn split(&self, word: &str) -> Vec<String> {
        let mut memo = BTreeMap::new();
        self.split_rest(word, true, &mut memo).unwrap_or_default()
    }

    /// A known word with a plural or agent ending: `zorgers` -> `zorg`. Only for the
    /// last part of a compound.
    fn inflected(&self, word: &str) -> Option<String> {
        ["ers", "er", "en", "es", "s", "e", "jes", "je"]
            .iter()
            .filter_map(|end| word.strip_suffix(end))
            .find(|base| base.len() >= MIN_PART && self.words.contains(*base))
            .map(str::to_owned)
    }

    /// The parts of a compound and the compounds within it: `mantelzorgcafe` gives
    /// `mantel`, `zorg`, `cafe` and `mantelzorg`, so "mantelzorg" finds it.
    pub fn parts(&self, word: &str) -> Vec<String> {
        let parts = self.split(word);
        let mut out = parts.clone();
        for start in 0..parts.len() {
            for end in start + 2..=parts.len() {
                let joined = parts[start..end].concat();
                if joined != word {
                    out.push(joined);
                }
            }
        }
        out
    }

    /// Splits `word` into parts that are all in the lexicon. The first call may not
    /// return the word itself as its only part.
    fn split_rest(
        &self,
        word: &str,
        first: bool,
        memo: &mut BTreeMap<(String, bool), Option<Vec<String>>>,
    ) -> Option<Vec<String>> {
        if let Some(known) = memo.get(&(word.to_owned(), first)) {
            return known.clone();
        }
        let mut found = None;
        if !first && self.words.contains(word) {
            found = Some(vec![word.to_owned()]);
        } else if let Some(stem) = (!first).then(|| self.inflected(word)).flatten() {
            found = Some(vec![stem]);
        } else if word.is_ascii() && word.len() >= 2 * MIN_PART {
            // The longest head first: `buurthuis` is `buurt` + `huis`, not `buur` + ...
            for cut in (MIN_PART..=word.len() - MIN_PART).rev() {
                let head = &word[..cut];
                if !self.words.contains(head) {
                    continue;
                }
                let rest = &word[cut..];
                for link in ["", "s", "e", "en"] {
                    let Some(tail) = rest.strip_prefix(link) else {
                        continue;
                    };
                    if tail.len() < MIN_PART {
                        continue;
                    }
                    if let Some(parts) = self.split_rest(tail, false, memo) {
                        let mut all = vec![head.to_owned()];
                        all.extend(parts);
                        found = Some(all);
                        break;
                    }
                }
                if found.is_some() {
                    break;
                }
            }
        }
        memo.insert((word.to_owned(), first), found.clone());
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_before_stemming_and_drops_stop_words() {
        let mut nl = dutch();
        assert_eq!(tokens(&mut nl, "Café"), tokens(&mut nl, "cafe"));
        assert_eq!(tokens(&mut nl, "wandelingen"), tokens(&mut nl, "wandeling"));
        assert!(tokens(&mut nl, "de het een").is_empty());
        assert!(stop_words().contains(&"de".to_owned()));
        // The shipped list is what tantivy drops.
        for word in stop_words() {
            assert!(tokens(&mut surface(), &word).is_empty(), "{word}");
        }
    }

    #[test]
    fn splits_compounds_with_linking_letters() {
        let lexicon = Lexicon::new(["koffie", "ochtend", "buurt", "vrijwilliger"]);
        assert_eq!(lexicon.split("koffieochtend"), ["koffie", "ochtend"]);
        assert_eq!(lexicon.split("buurthuis"), ["buurt", "huis"]);
        assert_eq!(
            lexicon.split("vrijwilligerswerk"),
            ["vrijwilligers", "werk"]
        );
        assert_eq!(lexicon.split("mantelzorg"), ["mantel", "zorg"]);
        assert_eq!(lexicon.split("mantelzorgers"), ["mantel", "zorg"]);
        assert_eq!(
            lexicon.parts("mantelzorgers"),
            ["mantel", "zorg", "mantelzorg"]
        );
        assert_eq!(
            lexicon.parts("mantelzorgcafe"),
            ["mantel", "zorg", "cafe", "mantelzorg", "zorgcafe"]
        );
        assert!(lexicon.split("koffie").is_empty());
        assert!(lexicon.split("ochtendx").is_empty());
    }
}
