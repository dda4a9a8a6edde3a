//! How Dutch text becomes search terms, and how compounds are split.
//!
//! One analyzer serves the index, the terminal search and (through the word-form map in
//! the exported index) the browser: split on anything that is not a letter or digit,
//! lowercase, fold diacritics (café = cafe, before stemming), drop Dutch stop words, and
//! stem with the Snowball Dutch stemmer that tantivy ships.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read as _;
use std::sync::OnceLock;

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
/// the Dutch words of OpenTaal's dictionary of four letters or more, and a list of
/// common words of a sociale kaart (also shorter ones, like `bus` and `dag`).
pub struct Lexicon {
    words: BTreeSet<String>,
}

/// Common Dutch words that appear as parts of compounds in a sociale kaart, and the
/// endings that are never a part of their own.
const WORD_LIST: &str = include_str!("woorden.txt");

/// Parts shorter than this are never split off.
const MIN_PART: usize = 3;

/// A word of the dictionary is a part from this length: shorter ones (`wan`, `del`)
/// would split words that are not compounds.
const MIN_DICTIONARY_PART: usize = 4;

/// OpenTaal's Dutch word list (`opentaal/make.py` writes it): folded, sorted, one a line.
const OPENTAAL: &[u8] = include_bytes!("opentaal/words.txt.gz");

/// The words of OpenTaal's list, unpacked on first use.
fn dictionary() -> &'static [&'static str] {
    static TEXT: OnceLock<String> = OnceLock::new();
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let text = TEXT.get_or_init(|| {
            let mut text = String::new();
            flate2::read::GzDecoder::new(OPENTAAL)
                .read_to_string(&mut text)
                .expect("the shipped word list is gzipped UTF-8");
            text
        });
        text.lines().collect()
    })
}

impl Lexicon {
    /// The shipped lists plus `forms`, the corpus' own (folded) words.
    pub fn new<'a>(forms: impl IntoIterator<Item = &'a str>) -> Lexicon {
        let mut words: BTreeSet<String> = WORD_LIST
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#') && !w.starts_with('-'))
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

    /// Whether `word` may be a part of a compound.
    fn knows(&self, word: &str) -> bool {
        static NEVER: OnceLock<Vec<&'static str>> = OnceLock::new();
        let never = NEVER.get_or_init(|| {
            WORD_LIST
                .lines()
                .filter_map(|w| w.trim().strip_prefix('-'))
                .collect()
        });
        if never.contains(&word) {
            return false;
        }
        self.words.contains(word)
            || (word.len() >= MIN_DICTIONARY_PART && dictionary().binary_search(&word).is_ok())
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
            .find(|base| base.len() >= MIN_PART && self.knows(base))
            .map(str::to_owned)
    }

    /// The parts of a compound and the compounds within it: `mantelzorgcafe` gives
    /// `mantelzorg`, `cafe`, and the parts of `mantelzorg`, `mantel` and `zorg`, so
    /// "zorg" finds it. Each part once, in the order met.
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
        // A part that is a compound itself (the dictionary knows `mantelzorg`).
        for part in &parts {
            out.extend(self.parts(part));
        }
        let mut seen = BTreeSet::new();
        out.retain(|p| seen.insert(p.clone()));
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
        if !first && self.knows(word) {
            found = Some(vec![word.to_owned()]);
        } else if let Some(stem) = (!first).then(|| self.inflected(word)).flatten() {
            found = Some(vec![stem]);
        } else if word.is_ascii() && word.len() >= 2 * MIN_PART {
            // The longest head first: `buurthuis` is `buurt` + `huis`, not `buur` + ...
            for cut in (MIN_PART..=word.len() - MIN_PART).rev() {
                let head = &word[..cut];
                if !self.knows(head) {
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
            ["mantelzorg", "cafe", "mantel", "zorg"]
        );
        assert!(lexicon.split("koffie").is_empty());
        assert!(lexicon.split("ochtendx").is_empty());
    }

    #[test]
    fn splits_against_the_dutch_dictionary() {
        // None of these parts is a word of the site or of the shipped list.
        let lexicon = Lexicon::new([]);
        assert_eq!(
            lexicon.split("belastingaangifte"),
            ["belasting", "aangifte"]
        );
        assert_eq!(lexicon.split("huurtoeslag"), ["huur", "toeslag"]);
        assert_eq!(lexicon.split("thuiszorg"), ["thuis", "zorg"]);
        assert_eq!(lexicon.split("zorgverzekeraars"), ["zorg", "verzekeraar"]);
        assert_eq!(lexicon.split("stoelyoga"), ["stoel", "yoga"]);
        // Words that only look like compounds stay whole: a plural in -eren, a short
        // dictionary word (`wan`) as a head.
        for word in [
            "kinderen",
            "ouderen",
            "jongeren",
            "wandelen",
            "feestelijk",
            "vrijwilliger",
            "evenwicht",
        ] {
            assert!(
                lexicon.split(word).is_empty(),
                "{word}: {:?}",
                lexicon.split(word)
            );
        }
        // The dictionary is sorted as the lookup needs.
        assert!(dictionary().windows(2).all(|w| w[0] < w[1]));
        assert!(dictionary().len() > 100_000);
    }
}
