//! Search: a tantivy index of every published entry, exported as a static file that the
//! browser runtime (`themes/default/static/assets/search.js`) queries without a server.
//!
//! tantivy does the analysis and holds the postings; BM25 scores per word and entry are
//! read from its postings and field norms, summed over the fields with their boosts, and
//! stored as one byte each, so the browser only adds numbers. The browser does not stem:
//! the export maps every word form of the site to its stem, so a query is analysed exactly
//! as the index was (see `docs` in the README for why).

pub mod analyze;
pub mod export;
pub mod synonyms;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{TextAnalyzer, WhitespaceTokenizer};
use tantivy::{Index, IndexReader, TantivyDocument, Term, doc};

use crate::content::{Details, Entry, Kind};
use crate::view::Views;
use analyze::{Lexicon, STEMS};
use synonyms::Synonym;

/// The fields of an entry that are searched, with their weight in the score.
pub const FIELDS: &[(&str, f32)] = &[
    ("title", 4.0),
    ("summary", 2.0),
    ("body", 1.0),
    ("areas", 1.5),
    ("place", 1.0),
    ("organisation", 1.0),
    // The kind, the categories and the cost.
    ("categories", 0.8),
    ("audience", 0.8),
    // Parts of compounds: "ochtend" finds "koffieochtend", below a real match.
    ("parts", 0.5),
];

/// The site's entries in a tantivy index held in memory.
pub struct SearchIndex {
    pub index: Index,
    pub reader: IndexReader,
    fields: Vec<(Field, f32)>,
    entry_field: Field,
    /// Entry index of each search document, by document number.
    pub entries: Vec<usize>,
    /// Every word form of the site (folded, not stemmed) and its stem.
    pub forms: BTreeMap<String, String>,
    /// The parts of every compound form of the site: a query for the compound looks for
    /// its parts too ("vrijwilligerswerk" finds "vrijwilliger").
    pub compounds: BTreeMap<String, Vec<String>>,
    /// The synonyms each word form brings in (see [`synonyms`]).
    pub synonyms: BTreeMap<String, Vec<Synonym>>,
}

/// What one word of a query looks for.
#[derive(Debug)]
pub struct QueryWord {
    /// Its own stem and, for a compound, its parts' stems: one match, scores added.
    pub stems: BTreeSet<String>,
    /// Each an alternative, scored at [`synonyms::WEIGHT`]; per entry the best of the
    /// word and its alternatives counts.
    pub synonyms: Vec<Synonym>,
}

/// The field holding the parts of an entry's compounds: the last of [`FIELDS`].
const PARTS: usize = FIELDS.len() - 1;

/// Word forms, numbered in the order they are met.
#[derive(Default)]
struct Vocabulary {
    ids: HashMap<String, u32>,
    forms: Vec<String>,
}

impl Vocabulary {
    /// The number of `form`, new or known.
    fn id(&mut self, form: &str) -> u32 {
        if let Some(&id) = self.ids.get(form) {
            return id;
        }
        let id = self.forms.len() as u32;
        self.forms.push(form.to_owned());
        self.ids.insert(form.to_owned(), id);
        id
    }
}

/// The text of each field of an entry.
fn field_texts(views: &Views, e: &Entry) -> [String; PARTS] {
    let name = |kind: Kind, r: Option<&crate::content::model::Ref>| {
        r.and_then(|r| views.get(kind, &r.id))
            .map(|(_, x)| x.title.clone())
            .unwrap_or_default()
    };
    let (place, organisation) = match &e.details {
        Details::Activity(o) | Details::Service(o) => (
            name(Kind::Place, o.place.as_ref()),
            name(Kind::Organisation, o.organiser.as_ref()),
        ),
        Details::Person { organisation, .. } | Details::Place { organisation, .. } => (
            String::new(),
            name(Kind::Organisation, organisation.as_ref()),
        ),
        Details::Volunteering {
            organisation,
            place,
            ..
        } => (
            name(Kind::Place, place.as_ref()),
            name(Kind::Organisation, Some(organisation)),
        ),
        _ => (String::new(), String::new()),
    };
    // The body, with what else an entry page says in words of its own: a person's role,
    // a place's facilities, what a volunteer opening asks.
    let mut body = e.body.clone();
    let mut add = |text: &str| {
        body.push('\n');
        body.push_str(text);
    };
    match &e.details {
        Details::Person { role, .. } => add(role),
        Details::Place { facilities, .. } => add(&facilities.join(", ")),
        Details::Activity(o) | Details::Service(o) => {
            if let Some(how) = &o.how_to_reach {
                add(how);
            }
            if let Some(r) = o.registration.as_ref().and_then(|r| r.how.as_ref()) {
                add(r);
            }
        }
        Details::Volunteering {
            when,
            requirements,
            how_to_respond,
            ..
        } => {
            for text in when.iter().chain(requirements).chain(how_to_respond) {
                add(text);
            }
        }
        _ => {}
    }
    // A translated entry is found by its words in the main language too, below its own.
    if let Some(translated) = &e.translated {
        add(&translated.main_words);
    }
    // What it is, in the words its page uses: the kind ("Vrijwilligerswerk"), the
    // categories and the cost ("vrijwillige bijdrage").
    let mut what = vec![views.t(&format!("kind_one_{}", e.kind.name()))];
    what.extend(
        e.categories
            .iter()
            .filter_map(|r| views.config.category(&r.id))
            .map(|t| t.name.clone()),
    );
    if let Details::Activity(o) | Details::Service(o) = &e.details
        && let Some(cost) = views.cost(&o.cost)
    {
        what.push(cost.text);
    }
    // The words an editor gave to find it by (`keywords`) count as its summary: a
    // field of their own would be empty for most entries, and BM25 would make a match
    // in it worth little.
    let mut summary = e.summary.clone();
    for keyword in &e.keywords {
        summary.push_str(", ");
        summary.push_str(keyword);
    }
    [
        e.title.clone(),
        summary,
        body,
        views.area_names(e).join(" "),
        place,
        organisation,
        what.join(" "),
        // Who it is for: its audiences, and the languages besides Dutch it is held in,
        // so "turks" finds what is also in Turkish.
        e.audience
            .iter()
            .filter_map(|r| views.config.audience(&r.id))
            .map(|t| t.name.as_str())
            .chain(
                e.languages()
                    .iter()
                    .filter(|l| l.code != "nl")
                    .map(|l| l.name(&views.config.language)),
            )
            .collect::<Vec<_>>()
            .join(" "),
    ]
}

impl SearchIndex {
    /// Indexes every published entry.
    pub fn build(views: &Views) -> tantivy::Result<SearchIndex> {
        let mut builder = Schema::builder();
        let indexing = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(STEMS)
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let fields: Vec<(Field, f32)> = FIELDS
            .iter()
            .map(|(name, boost)| (builder.add_text_field(name, indexing.clone()), *boost))
            .collect();
        let entry_field = builder.add_u64_field("entry", FAST | STORED);
        let index = Index::create_in_ram(builder.build());
        index
            .tokenizers()
            .register(STEMS, TextAnalyzer::from(WhitespaceTokenizer::default()));

        // Documents are numbered in title order, so that ascending document numbers are
        // alphabetical: results that only filter need no other sorting.
        let mut sorting = analyze::sorting();
        let mut entries: Vec<(String, usize)> = (0..views.entries.len())
            .filter(|&i| views.published[i])
            .map(|i| {
                let words = analyze::tokens(&mut sorting, &views.entries[i].title);
                (words.join(" "), i)
            })
            .collect();
        entries.sort();
        let entries: Vec<usize> = entries.into_iter().map(|(_, i)| i).collect();

        // The words of every field, numbered: the site's vocabulary is analysed once
        // per word, not once per occurrence. Chunks of entries are split into words and
        // numbered in parallel, then their numbers are made the site's.
        let chunks: Vec<(Vocabulary, Vec<Vec<Vec<u32>>>)> = entries
            .par_chunks(256)
            .map_init(analyze::surface, |surface, chunk| {
                let mut local = Vocabulary::default();
                let docs = chunk
                    .iter()
                    .map(|&i| {
                        field_texts(views, &views.entries[i])
                            .iter()
                            .map(|text| {
                                let mut ids = Vec::new();
                                surface
                                    .token_stream(text)
                                    .process(&mut |t| ids.push(local.id(&t.text)));
                                ids
                            })
                            .collect()
                    })
                    .collect();
                (local, docs)
            })
            .collect();
        let mut vocabulary = Vocabulary::default();
        let mut doc_words: Vec<Vec<Vec<u32>>> = Vec::with_capacity(entries.len());
        for (local, docs) in chunks {
            let site: Vec<u32> = local.forms.iter().map(|f| vocabulary.id(f)).collect();
            for mut fields in docs {
                for id in fields.iter_mut().flatten() {
                    *id = site[*id as usize];
                }
                doc_words.push(fields);
            }
        }

        // Compounds are split against the site's own words and the shipped list. Their
        // parts are word forms too ("bouwwijk" from "nieuwbouwwijk") and get parts of
        // their own, so the browser and `query` look up the same stems for any form.
        let lexicon = Lexicon::new(vocabulary.forms.iter().map(String::as_str));
        let site_forms = vocabulary.forms.len();
        let split = |forms: &[String]| -> Vec<Vec<String>> {
            forms.par_iter().map(|form| lexicon.parts(form)).collect()
        };
        let parts: Vec<Vec<u32>> = split(&vocabulary.forms)
            .into_iter()
            .map(|of_form| of_form.iter().map(|p| vocabulary.id(p)).collect())
            .collect();
        let mut compounds: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (form, of_form) in vocabulary.forms.iter().zip(&parts) {
            if !of_form.is_empty() {
                let names = of_form
                    .iter()
                    .map(|&p| vocabulary.forms[p as usize].clone());
                compounds.insert(form.clone(), names.collect());
            }
        }
        let only_parts = &vocabulary.forms[site_forms..];
        for (form, of_form) in only_parts.iter().zip(split(only_parts)) {
            if !of_form.is_empty() {
                compounds.insert(form.clone(), of_form);
            }
        }

        // Every form's stem, as the index analyses it; none for a stop word.
        let stems: Vec<Option<String>> = vocabulary
            .forms
            .par_iter()
            .map_init(analyze::dutch, |dutch, form| {
                analyze::tokens(dutch, form).into_iter().next()
            })
            .collect();

        // The documents, already analysed: each field as its stems, and the parts of
        // every distinct word as one more field, given to tantivy as words.
        let stems_of = |ids: &mut dyn Iterator<Item = u32>| {
            let mut text = String::new();
            for stem in ids.filter_map(|id| stems[id as usize].as_deref()) {
                text.push_str(stem);
                text.push(' ');
            }
            text
        };
        let mut writer = index.writer_with_num_threads(1, 64 * 1024 * 1024)?;
        // How many entries have each stem, in any field or compound.
        let mut entries_of: HashMap<&str, usize> = HashMap::new();
        let mut in_entry: Vec<&str> = Vec::new();
        let documents = doc_words.len();
        for (n, words) in doc_words.into_iter().enumerate() {
            let mut document = doc!(entry_field => n as u64);
            for ((field, _), ids) in fields.iter().zip(&words) {
                document.add_text(*field, stems_of(&mut ids.iter().copied()));
            }
            let mut distinct: Vec<u32> = words.concat();
            distinct.sort_unstable();
            distinct.dedup();
            let mut of_words = distinct
                .iter()
                .flat_map(|&id| parts[id as usize].iter().copied());
            document.add_text(fields[PARTS].0, stems_of(&mut of_words));
            writer.add_document(document)?;
            in_entry.clear();
            in_entry.extend(
                distinct
                    .iter()
                    .chain(distinct.iter().flat_map(|&id| &parts[id as usize]))
                    .filter_map(|&id| stems[id as usize].as_deref()),
            );
            in_entry.sort_unstable();
            in_entry.dedup();
            for stem in &in_entry {
                *entries_of.entry(stem).or_default() += 1;
            }
        }
        let common: BTreeSet<String> = entries_of
            .into_iter()
            .filter(|&(_, n)| n > synonyms::common_from(documents))
            .map(|(stem, _)| stem.to_owned())
            .collect();
        writer.commit()?;
        let reader = index.reader()?;

        let mut forms: BTreeMap<String, String> = vocabulary
            .forms
            .into_iter()
            .zip(stems)
            .filter_map(|(form, stem)| Some((form, stem?)))
            .collect();
        // A word of a synonym group that is not on the site but has the stem of one that
        // is ("klusjes" for "klussen") is a form of the site too: the browser, which does
        // not stem, finds it as the index does.
        let mut groups = synonyms::thesaurus();
        groups.extend(
            views
                .config
                .search
                .synonyms
                .iter()
                .map(|words| synonyms::Group::alike(words)),
        );
        let stems_on_site: BTreeSet<&str> = forms.values().map(String::as_str).collect();
        let mut dutch = analyze::dutch();
        let mut surface = analyze::surface();
        let mut aliases = Vec::new();
        for word in groups.iter().flat_map(|g| g.from.iter().chain(&g.to)) {
            if let [form] = analyze::tokens(&mut surface, word).as_slice()
                && !forms.contains_key(form)
                && let [stem] = analyze::tokens(&mut dutch, form).as_slice()
                && stems_on_site.contains(stem.as_str())
            {
                aliases.push((form.clone(), stem.clone()));
            }
        }
        forms.extend(aliases);
        let synonyms = synonyms::table(&groups, &forms, &|word| lexicon.parts(word), &common);
        Ok(SearchIndex {
            index,
            reader,
            fields,
            entry_field,
            entries,
            forms,
            compounds,
            synonyms,
        })
    }

    /// The search document number of each tantivy document, per segment.
    fn doc_numbers(&self, segment: &tantivy::SegmentReader) -> tantivy::Result<Vec<u32>> {
        let column = segment.fast_fields().u64("entry")?;
        Ok((0..segment.max_doc())
            .map(|d| column.first(d).unwrap_or(0) as u32)
            .collect())
    }

    /// For every stem, the documents holding it and their score: BM25 per field, from
    /// tantivy's postings and field norms, times the field's weight, summed over fields.
    /// This is exactly what [`SearchIndex::query`] scores a one-word query with.
    pub fn scores(&self) -> tantivy::Result<BTreeMap<String, Vec<(u32, f32)>>> {
        let searcher = self.reader.searcher();
        // Per stem, (document, score) of every field; merged per document at the end.
        let mut out: HashMap<String, Vec<(u32, f32)>> = HashMap::new();
        for segment in searcher.segment_readers() {
            let numbers = self.doc_numbers(segment)?;
            for &(field, boost) in &self.fields {
                let inverted = segment.inverted_index(field)?;
                let norms = segment.get_fieldnorms_reader(field)?;
                let mut stream = inverted.terms().stream()?;
                while stream.advance() {
                    let Ok(word) = std::str::from_utf8(stream.key()) else {
                        continue;
                    };
                    let term = Term::from_field_text(field, word);
                    let weight =
                        tantivy::query::Bm25Weight::for_terms(&searcher, &[term])?.boost_by(boost);
                    let mut postings = inverted.read_postings_from_terminfo(
                        stream.value(),
                        IndexRecordOption::WithFreqs,
                    )?;
                    let per_doc = match out.get_mut(word) {
                        Some(list) => list,
                        None => out.entry(word.to_owned()).or_default(),
                    };
                    use tantivy::{DocSet, postings::Postings};
                    let mut doc = postings.doc();
                    while doc != tantivy::TERMINATED {
                        let score = weight.score(norms.fieldnorm_id(doc), postings.term_freq());
                        per_doc.push((numbers[doc as usize], score));
                        doc = postings.advance();
                    }
                }
            }
        }
        Ok(out
            .into_iter()
            .map(|(stem, mut docs)| {
                // Fields are added in a fixed order, so equal documents sum the same way
                // on every run.
                docs.sort_by_key(|&(doc, _)| doc);
                let mut merged: Vec<(u32, f32)> = Vec::with_capacity(docs.len());
                for (doc, score) in docs {
                    match merged.last_mut() {
                        Some(last) if last.0 == doc => last.1 += score,
                        _ => merged.push((doc, score)),
                    }
                }
                (stem, merged)
            })
            .collect())
    }

    /// What each word of a query looks for: its own stem and the stems of its parts
    /// when it is a compound, and its synonyms.
    pub fn query_words(&self, text: &str) -> Vec<QueryWord> {
        let mut stemmer = analyze::dutch();
        let tokens = analyze::tokens(&mut analyze::surface(), text);
        let mut words: Vec<QueryWord> = tokens
            .iter()
            .map(|word| {
                let mut stems: BTreeSet<String> =
                    analyze::tokens(&mut stemmer, word).into_iter().collect();
                let parts = match self.compounds.get(word) {
                    Some(parts) => parts.clone(),
                    // A word of a synonym group is a word, not a compound.
                    None if self.forms.contains_key(word) || self.synonyms.contains_key(word) => {
                        Vec::new()
                    }
                    None => self.split_into_forms(word),
                };
                for part in parts {
                    stems.extend(analyze::tokens(&mut stemmer, &part));
                }
                let synonyms = self.synonyms.get(word).cloned().unwrap_or_default();
                QueryWord { stems, synonyms }
            })
            .collect();
        // A phrase of a synonym group ("krap bij kas", stop words left out) brings in
        // its group as alternatives to its last word.
        for start in 0..tokens.len() {
            for end in start + 2..=(start + synonyms::PHRASE).min(tokens.len()) {
                let phrase = tokens[start..end].join(" ");
                for synonym in self.synonyms.get(&phrase).into_iter().flatten() {
                    let last = &mut words[end - 1];
                    if !last.synonyms.iter().any(|s| s.stems == synonym.stems) {
                        last.synonyms.push(synonym.clone());
                    }
                }
            }
        }
        words.retain(|w| !w.stems.is_empty());
        words
    }

    /// A word that is not on the site, split into words that are: "belastinghulp" into
    /// "belasting" and "hulp", with the linking -s-, -e- or -en- between them, the
    /// longest first word first. Empty when it cannot be. The browser splits a word it
    /// does not know the same way, against the forms of the term shards.
    pub fn split_into_forms(&self, word: &str) -> Vec<String> {
        const MIN: usize = 3;
        if !word.is_ascii() || word.len() < 2 * MIN {
            return Vec::new();
        }
        for cut in (MIN..=word.len() - MIN).rev() {
            let (head, rest) = word.split_at(cut);
            if !self.forms.contains_key(head) {
                continue;
            }
            for link in ["", "s", "e", "en"] {
                let Some(tail) = rest.strip_prefix(link) else {
                    continue;
                };
                if tail.len() < MIN {
                    continue;
                }
                let mut parts = if self.forms.contains_key(tail) {
                    vec![tail.to_owned()]
                } else {
                    self.split_into_forms(tail)
                };
                if !parts.is_empty() {
                    parts.insert(0, head.to_owned());
                    return parts;
                }
            }
        }
        Vec::new()
    }

    /// The synonyms a query also searched, as residents read them, each once.
    pub fn also_searched(&self, text: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for word in self.query_words(text) {
            for s in word.synonyms {
                if !out.contains(&s.shown) {
                    out.push(s.shown);
                }
            }
        }
        out
    }

    /// The stems of `stems` in every field, boosted by the field's weight: one match.
    fn match_stems<'a>(&self, stems: impl IntoIterator<Item = &'a String>) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for stem in stems {
            for &(field, boost) in &self.fields {
                let term = TermQuery::new(
                    Term::from_field_text(field, stem),
                    IndexRecordOption::WithFreqs,
                );
                clauses.push((
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(term), boost)),
                ));
            }
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// Ranks documents for a query with tantivy: per word, its stems in every field,
    /// boosted, or the best of its synonyms at their weight, whichever scores more; the
    /// words' scores added up (as the browser adds them). Returns (document number,
    /// score), best first.
    pub fn query(&self, text: &str, limit: usize) -> tantivy::Result<Vec<(u32, f32)>> {
        let words: Vec<(Occur, Box<dyn Query>)> = self
            .query_words(text)
            .into_iter()
            .map(|word| {
                let mut alternatives = vec![self.match_stems(&word.stems)];
                for synonym in &word.synonyms {
                    // A synonym of several words matches only where all of them are.
                    let matched: Box<dyn Query> = match synonym.stems.as_slice() {
                        [one] => self.match_stems([one]),
                        all => Box::new(BooleanQuery::new(
                            all.iter()
                                .map(|stem| (Occur::Must, self.match_stems([stem])))
                                .collect(),
                        )),
                    };
                    alternatives.push(Box::new(BoostQuery::new(matched, synonyms::WEIGHT)));
                }
                let query: Box<dyn Query> = if alternatives.len() == 1 {
                    alternatives.remove(0)
                } else {
                    Box::new(DisjunctionMaxQuery::new(alternatives))
                };
                (Occur::Should, query)
            })
            .collect();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let query = BooleanQuery::new(words);
        let searcher = self.reader.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(limit.max(1)).order_by_score())?;
        let mut out = Vec::with_capacity(top.len());
        for (score, address) in top {
            let stored: TantivyDocument = searcher.doc(address)?;
            let n = stored
                .get_first(self.entry_field)
                .and_then(|v| v.as_u64())
                .unwrap_or(0);
            out.push((n as u32, score));
        }
        Ok(out)
    }
}
