//! Words residents type for the same thing: "eenzaam" for a page that says "alleen
//! voelen", "vervoer" for the buurtbus.
//!
//! Groups come from the Dutch thesaurus shipped with buurtgids (`synoniemen.txt`) and
//! the site's own (`[search] synonyms` in site.toml). A word of a group also looks for
//! the other words of its group that the site has, each as one alternative scored at
//! [`WEIGHT`] of a match of the word itself: per entry the best alternative counts, so
//! a synonym never ranks above the word. Words match by stem: "eenzame" brings in the
//! group of "eenzaam". A group's member of several words ("krap bij kas") brings in its
//! group when a query has its words one after the other (stop words left out, as
//! everywhere): its key is those words with a space between ("krap kas"), and its
//! synonyms are alternatives to the last of them.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::analyze;

/// What a match through a synonym is worth, against a match of the word itself.
pub const WEIGHT: f32 = 0.5;

/// Synonyms one word brings in, at most: a word in many groups stays a few files.
const MOST: usize = 12;

/// The most words of a member that searches as a phrase.
pub const PHRASE: usize = 4;

/// A word in more entries than this is too common to search as a synonym: "helpen" or
/// "eten" on a site of thousands of entries finds a large part of it, which ranks
/// nothing and costs a resident's phone the bytes of its postings. (A synonym of
/// several words matches only where all are, so it is never too common.)
pub fn common_from(entries: usize) -> usize {
    (entries / 5).max(200)
}

/// The shipped thesaurus: one group a line, words separated by commas.
const THESAURUS: &str = include_str!("synoniemen.txt");

/// A word that is also searched: as residents read it, and the stems it looks for
/// (several for a group of words, "oude school", which matches where all of them are).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synonym {
    pub shown: String,
    pub stems: Vec<String>,
}

/// A group of words for the same thing: each word of `from` brings in the words of
/// `to`. The same list in both for words that are all alike; a general word and its
/// kinds (`bewegen => yoga, zwemmen`) one way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub from: Vec<String>,
    pub to: Vec<String>,
}

impl Group {
    /// Words that all bring in each other.
    pub fn alike(words: &[String]) -> Group {
        let words: Vec<String> = words.iter().map(|w| w.trim().to_lowercase()).collect();
        Group {
            from: words.clone(),
            to: words,
        }
    }
}

/// The shipped groups: a line of words separated by commas, or `from => to`.
pub fn thesaurus() -> Vec<Group> {
    let words = |text: &str| -> Vec<String> {
        text.split(',')
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    THESAURUS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once("=>") {
            Some((from, to)) => Group {
                from: words(from),
                to: words(to),
            },
            None => Group::alike(&words(l)),
        })
        .collect()
}

/// One word of a group, analysed.
struct Member {
    shown: String,
    forms: Vec<String>,
    stems: Vec<String>,
    /// Its stems and those of its compound parts.
    within: Vec<String>,
}

/// For every word form that brings in synonyms, those of its groups the site has.
/// `forms` maps the site's word forms to their stems; a group's words that are not on
/// the site bring in synonyms too (that is what they are for), but are not searched.
/// `parts` splits a compound: a synonym that has the word in it ("koffieochtend" for
/// "koffie") finds nothing the word does not find, and is left out; so is a word that is
/// `common` (see [`common_from`]).
pub fn table(
    groups: &[Group],
    forms: &BTreeMap<String, String>,
    parts: &(dyn Fn(&str) -> Vec<String> + Sync),
    common: &BTreeSet<String>,
) -> BTreeMap<String, Vec<Synonym>> {
    let mut surface = analyze::surface();
    let mut dutch = analyze::dutch();
    let on_site: BTreeSet<&str> = forms.values().map(String::as_str).collect();
    let mut by_stem: HashMap<&str, Vec<&str>> = HashMap::new();
    for (form, stem) in forms {
        by_stem.entry(stem).or_default().push(form);
    }
    let mut out: BTreeMap<String, Vec<Synonym>> = BTreeMap::new();
    let mut analyse = |words: &[String]| -> Vec<Member> {
        words
            .iter()
            .filter_map(|shown| {
                let forms = analyze::tokens(&mut surface, shown);
                let mut stems: Vec<String> = Vec::new();
                for form in &forms {
                    for stem in analyze::tokens(&mut dutch, form) {
                        if !stems.contains(&stem) {
                            stems.push(stem);
                        }
                    }
                }
                // A word with the stems of its compound parts: what it has in it.
                let mut within = stems.clone();
                if let [form] = forms.as_slice() {
                    for part in parts(form) {
                        within.extend(analyze::tokens(&mut dutch, &part));
                    }
                }
                (!stems.is_empty()).then(|| Member {
                    shown: shown.trim().to_owned(),
                    forms,
                    stems,
                    within,
                })
            })
            .collect()
    };
    for group in groups {
        let from = analyse(&group.from);
        let to = analyse(&group.to);
        for member in from.iter().filter(|m| m.forms.len() <= PHRASE) {
            let found: Vec<&Member> = to
                .iter()
                .filter(|m| m.stems != member.stems)
                .filter(|m| m.stems.iter().all(|s| on_site.contains(s.as_str())))
                .filter(|m| !matches!(m.stems.as_slice(), [one] if common.contains(one)))
                // "koffieochtend" and "kopje koffie" for "koffie": the word finds them.
                .filter(|m| !member.stems.iter().all(|s| m.within.contains(s)))
                .collect();
            if found.is_empty() {
                continue;
            }
            // The word as written, and every form of the site with its stem; a phrase as
            // its words.
            let mut triggers = vec![member.forms.join(" ")];
            if let [stem] = member.stems.as_slice()
                && member.forms.len() == 1
            {
                triggers.extend(
                    by_stem
                        .get(stem.as_str())
                        .into_iter()
                        .flatten()
                        .map(|f| f.to_string()),
                );
            }
            for trigger in triggers {
                let list = out.entry(trigger).or_default();
                for m in &found {
                    if list.len() < MOST && !list.iter().any(|s| s.stems == m.stems) {
                        list.push(Synonym {
                            shown: m.shown.clone(),
                            stems: m.stems.clone(),
                        });
                    }
                }
            }
        }
    }
    // A word never brings in its own stem as a synonym (it is in a group twice, as
    // "bus" and "buurtbus", or found in two groups).
    for (form, list) in &mut out {
        if let Some(own) = forms.get(form) {
            list.retain(|s| s.stems != [own.clone()]);
        }
    }
    out.retain(|_, list| !list.is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(words: &[&str]) -> BTreeMap<String, String> {
        let mut dutch = analyze::dutch();
        words
            .iter()
            .map(|w| {
                let stem = analyze::tokens(&mut dutch, w).remove(0);
                (w.to_string(), stem)
            })
            .collect()
    }

    #[test]
    fn a_word_brings_in_the_words_of_its_group_the_site_has() {
        let groups = vec![Group::alike(&[
            "eenzaam".to_owned(),
            "eenzaamheid".to_owned(),
            "alleen voelen".to_owned(),
            "isolement".to_owned(),
        ])];
        let forms = site(&["eenzaamheid", "alleen", "voelen", "isolement", "koffie"]);
        let table = table(&groups, &forms, &|_| Vec::new(), &BTreeSet::new());
        let shown =
            |word: &str| -> Vec<&str> { table[word].iter().map(|s| s.shown.as_str()).collect() };
        // "eenzaam" is not on the site, but brings in what is; "eenzaamheid" has its
        // stem, so it is found as the word itself, not as a synonym.
        assert_eq!(shown("eenzaam"), ["alleen voelen", "isolement"]);
        assert_eq!(shown("eenzaamheid"), ["alleen voelen", "isolement"]);
        assert_eq!(shown("isolement"), ["eenzaam", "alleen voelen"]);
        // A group of words is searched with all its stems, and brings in its group when
        // its words come one after the other.
        let phrase = &table["eenzaam"][0];
        assert_eq!(phrase.stems.len(), 2);
        assert!(!table.contains_key("alleen"));
        assert_eq!(shown("alleen voelen"), ["eenzaam", "isolement"]);
        assert!(!table.contains_key("koffie"));
    }

    #[test]
    fn one_way_groups_and_synonyms_that_hold_the_word_itself() {
        let groups = thesaurus();
        let forms = site(&[
            "yoga",
            "zwemmen",
            "bewegen",
            "koffieochtend",
            "thee",
            "koffie",
        ]);
        let lexicon = analyze::Lexicon::new(forms.keys().map(String::as_str));
        let table = table(&groups, &forms, &|w| lexicon.parts(w), &BTreeSet::new());
        let shown = |word: &str| -> Vec<&str> {
            table
                .get(word)
                .into_iter()
                .flatten()
                .map(|s| s.shown.as_str())
                .collect()
        };
        // `bewegen, beweging, sport, sporten => yoga, ..., zwemmen, ...`
        assert!(shown("sporten").contains(&"yoga"), "{:?}", shown("sporten"));
        assert!(
            shown("bewegen").contains(&"zwemmen"),
            "{:?}",
            shown("bewegen")
        );
        assert!(
            !shown("zwemmen").contains(&"yoga"),
            "{:?}",
            shown("zwemmen")
        );
        // "koffie" finds the koffieochtend itself; "koffiedrinken" does not.
        assert!(
            !shown("koffie").contains(&"koffieochtend"),
            "{:?}",
            shown("koffie")
        );
        assert!(shown("koffiedrinken").contains(&"koffieochtend"));
    }

    #[test]
    fn the_shipped_thesaurus_has_a_few_hundred_groups_of_two_words_or_more() {
        let groups = thesaurus();
        assert!(groups.len() >= 200, "{} groups", groups.len());
        for group in &groups {
            assert!(!group.from.is_empty() && !group.to.is_empty(), "{group:?}");
            if group.from == group.to {
                assert!(group.to.len() >= 2, "{group:?}");
            }
        }
    }
}
