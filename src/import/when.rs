//! Reads when something happens as foundations write it in a spreadsheet, in Dutch:
//! "di 10.00-12.00", "elke 1e dinsdag van de maand 19.30 - 21.30 uur", "ma t/m vr 9-12",
//! "om de week op vrijdag vanaf 9-1-2026", "donderdagmiddag (niet in de schoolvakanties)",
//! "24 december 2026 17.00". The result is the schedule rules of a content file.
//!
//! It reads only what it is sure of: a word it does not know is an error that says which
//! word, never a guess. Text after "niet", "behalve" or between brackets that is not a date
//! becomes the rule's note, so no information is lost.

use jiff::civil::{Date, Weekday};

use crate::content::schedule::{
    Locale, Nth, TimeRange, Words, parse_nth_weekday, parse_time, parse_weekday_word,
};
use crate::content::words::month_of;
use crate::messages::Text;
use crate::t;

/// Which days a rule takes place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Days {
    Weekly(Vec<Weekday>),
    Monthly(Vec<(Nth, Weekday)>),
    Dates(Vec<Date>),
}

/// One rule of a schedule, ready to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub days: Days,
    pub every: u32,
    pub time: Option<TimeRange>,
    pub from: Option<Date>,
    pub until: Option<Date>,
    pub except: Vec<Date>,
    pub note: Option<String>,
}

/// A problem with the text, with what to write instead.
#[derive(Debug, PartialEq, Eq)]
pub struct WhenError {
    pub message: Text,
    pub help: Text,
}

fn error(message: Text) -> WhenError {
    WhenError {
        message,
        help: t!("when-help"),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Day(Weekday, Option<&'static str>),
    Nth(Nth),
    Time(jiff::civil::Time),
    /// A number without a unit: an hour in "9-12" or "om 10 uur", a day of the month in
    /// "24 december", a count in "elke 2 weken".
    Number(u32),
    Date(Date),
    /// `-`, `tot`, `t/m`, `tot en met`: a range of days or times, or the end of a season.
    To,
    Word(String),
    /// Text between brackets.
    Note(String),
    /// `;` or a line break: a new rule.
    Break,
    /// `,`: ends a list of days that is left out ("di en do, vr niet").
    Comma,
}

/// Reads the text of one cell into schedule rules.
pub fn parse(text: &str) -> Result<Vec<Rule>, WhenError> {
    let tokens = tokenize(text)?;
    let mut rules = Vec::new();
    for clause in tokens.split(|t| *t == Token::Break) {
        if !clause.is_empty() {
            rules.extend(parse_clause(clause, text)?);
        }
    }
    if rules.is_empty() {
        return Err(error(t!("when-no-days", cell = text.trim())));
    }
    Ok(rules)
}

/// Reads a date as Dutch spreadsheets write it: 24-12-2026, 24/12/2026, 24.12.2026,
/// 24-12-26, 2026-12-24 or 24 december 2026.
pub fn parse_date(text: &str) -> Result<Date, WhenError> {
    let tokens = tokenize(text)?;
    let tokens: Vec<&Token> = tokens.iter().filter(|t| **t != Token::Comma).collect();
    // "dinsdag 24 december 2026": the day name is allowed before the date.
    let start = usize::from(matches!(tokens.first(), Some(Token::Day(..))));
    match date_at(&tokens, start)? {
        Some((d, used)) if start + used == tokens.len() => Ok(d),
        _ => Err(WhenError {
            message: t!("date-not-a-date", date = text.trim()),
            help: t!("when-date-help"),
        }),
    }
}

fn date(y: i32, m: i32, d: i32, text: &str) -> Result<Date, WhenError> {
    let y = if y < 100 { 2000 + y } else { y };
    crate::content::raw::parse_date_text(&format!("{y:04}-{m:02}-{d:02}")).map_err(|_| {
        error(t!(
            "when-no-such-day",
            text = text,
            day = d,
            month = m,
            year = y
        ))
    })
}

/// A part of the day written after a day name: "dinsdagochtend", "dinsdagavond".
const PARTS: [(&str, &str); 3] = [
    ("ochtend", "ochtend"),
    ("middag", "middag"),
    ("avond", "avond"),
];

/// A word that names a day: `dinsdag`, `di`, `dinsdags`, `dinsdagen`, `dinsdagochtend`.
fn day_word(word: &str) -> Option<(Weekday, Option<&'static str>)> {
    if let Some(day) = parse_weekday_word(word) {
        return Some((day, None));
    }
    for suffix in ["s", "en"] {
        if let Some(day) = word.strip_suffix(suffix).and_then(parse_weekday_word) {
            return Some((day, None));
        }
    }
    for (part, note) in PARTS {
        for ending in ["", "en", "s"] {
            let with = format!("{part}{ending}");
            if let Some(day) = word
                .strip_suffix(with.as_str())
                .and_then(parse_weekday_word)
            {
                return Some((day, Some(note)));
            }
        }
    }
    None
}

fn tokenize(text: &str) -> Result<Vec<Token>, WhenError> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '(' {
            let end = chars[i..]
                .iter()
                .position(|&c| c == ')')
                .map_or(chars.len(), |p| i + p);
            let inner: String = text.chars().skip(i + 1).take(end - i - 1).collect();
            tokens.push(Token::Note(inner.trim().to_owned()));
            i = end + 1;
        } else if c == ';' || c == '\n' {
            tokens.push(Token::Break);
            i += 1;
        } else if c == ',' {
            tokens.push(Token::Comma);
            i += 1;
        } else if c == '-' || c == '–' || c == '—' {
            tokens.push(Token::To);
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '.' | ':' | '/' | '-'))
            {
                // A dash ends a time ("10.00-12.00") but belongs to a date ("24-12-2026").
                if chars[i] == '-' && !is_date_dash(&chars[start..], i - start) {
                    break;
                }
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            tokens.extend(number_token(word.trim_end_matches('.'))?);
        } else if c.is_alphabetic() || c == '\'' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphabetic() || matches!(chars[i], '/' | '\'' | '.'))
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let word = word.trim_end_matches('.');
            if word.contains('/') && word != "t/m" {
                // "ma/wo/vr"
                tokens.extend(word.split('/').filter(|w| !w.is_empty()).map(word_token));
            } else {
                tokens.push(word_token(word));
            }
        } else {
            // Spaces, `&` and `+` only separate.
            i += 1;
        }
    }
    Ok(join_ranges(tokens))
}

/// Whether the dash at `at` in a run of digits is part of a date: d-m-yyyy or yyyy-mm-dd.
fn is_date_dash(chars: &[char], at: usize) -> bool {
    let run: String = chars
        .iter()
        .take_while(|c| c.is_ascii_digit() || **c == '-')
        .collect();
    let parts: Vec<&str> = run.split('-').collect();
    parts.len() >= 3
        && parts[..3].iter().all(|p| !p.is_empty())
        && at < parts[..3].iter().map(|p| p.len() + 1).sum::<usize>() - 1
}

fn number_token(word: &str) -> Result<Vec<Token>, WhenError> {
    // A time with a unit: 10u, 10.00u, 10h.
    let unitless = word.trim_end_matches(['u', 'h']);
    if let Some(nth) = parse_nth_weekday(&format!("{word} maandag")) {
        return Ok(vec![Token::Nth(nth.0)]);
    }
    let separators = word.matches(['-', '/']).count();
    if separators == 2 || (word.matches('.').count() == 2 && !word.contains(':')) {
        let parts: Vec<i32> = word
            .split(['-', '/', '.'])
            .map(|p| {
                p.parse()
                    .map_err(|_| error(t!("date-not-a-date", date = word)))
            })
            .collect::<Result<_, _>>()?;
        let [a, b, c] = parts[..] else {
            return Err(error(t!("date-not-a-date", date = word)));
        };
        return Ok(vec![Token::Date(if a > 31 {
            date(a, b, c, word)?
        } else {
            date(c, b, a, word)?
        })]);
    }
    if unitless.contains([':', '.']) {
        return parse_time(unitless)
            .map(|t| vec![Token::Time(t)])
            .map_err(|e| error(e.message));
    }
    match unitless.parse::<u32>() {
        Ok(n) if unitless.len() < word.len() && n < 24 => Ok(vec![Token::Time(
            jiff::civil::Time::new(n as i8, 0, 0, 0).expect("an hour"),
        )]),
        Ok(n) if unitless.len() == word.len() => Ok(vec![Token::Number(n)]),
        _ => Err(error(t!("when-not-time-or-date", word = word))),
    }
}

fn word_token(word: &str) -> Token {
    if let Some((day, part)) = day_word(word) {
        return Token::Day(day, part);
    }
    match word {
        "tot" | "t/m" | "tm" | "until" | "to" => Token::To,
        "eerste" | "tweede" | "derde" | "vierde" | "laatste" => Token::Nth(
            parse_nth_weekday(&format!("{word} maandag"))
                .expect("an nth")
                .0,
        ),
        _ => Token::Word(word.to_owned()),
    }
}

/// `tot en met` is one word here; so is the `uur` after a number, which makes it an hour.
fn join_ranges(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut iter = tokens.into_iter().peekable();
    while let Some(t) = iter.next() {
        match (&t, out.last()) {
            (Token::Word(w), Some(Token::To)) if w == "en" => {
                if iter.peek() == Some(&Token::Word("met".into())) {
                    iter.next();
                } else {
                    out.push(t);
                }
            }
            (Token::Word(w), Some(Token::Number(n))) if (w == "uur" || w == "u") && *n < 24 => {
                let n = *n;
                out.pop();
                out.push(Token::Time(
                    jiff::civil::Time::new(n as i8, 0, 0, 0).expect("an hour"),
                ));
            }
            _ => out.push(t),
        }
    }
    hour_ranges(&mut out);
    out
}

/// "9-12" and "9.30-12": hours on both sides of a dash are a time range, unless the end is
/// a day of the month ("tot 18 december").
fn hour_ranges(tokens: &mut [Token]) {
    let hour = |t: &Token| match t {
        Token::Time(t) => Some(*t),
        Token::Number(n) if *n <= 24 => {
            Some(jiff::civil::Time::new((*n % 24) as i8, 0, 0, 0).expect("an hour"))
        }
        _ => None,
    };
    let mut i = 0;
    while i + 2 < tokens.len() {
        let month_after =
            matches!(tokens.get(i + 3), Some(Token::Word(w)) if month_of(w).is_some());
        if let (Some(start), Token::To, Some(end), false) = (
            hour(&tokens[i]),
            &tokens[i + 1],
            hour(&tokens[i + 2]),
            month_after,
        ) {
            tokens[i] = Token::Time(start);
            tokens[i + 2] = Token::Time(end);
            i += 3;
        } else {
            i += 1;
        }
    }
}

/// What a date in the text is for.
#[derive(Clone, Copy, PartialEq)]
enum DateMode {
    On,
    From,
    Until,
    Except,
}

#[derive(Default)]
struct Builder {
    weekly: Vec<Weekday>,
    monthly: Vec<(Nth, Weekday)>,
    dates: Vec<Date>,
    pending: Vec<Nth>,
    time: Option<TimeRange>,
    every: Option<u32>,
    from: Option<Date>,
    until: Option<Date>,
    except: Vec<Date>,
    notes: Vec<String>,
    /// "van de maand", "maandelijks": the rule needs a week of the month.
    month: bool,
}

impl Builder {
    fn has_days(&self) -> bool {
        !(self.weekly.is_empty() && self.monthly.is_empty() && self.dates.is_empty())
    }
}

/// Words that only join or introduce what follows ("op dinsdag", "van de maand"): each is
/// read only where it does that, and is an error anywhere else.
fn is_schedule_word(w: &str) -> bool {
    matches!(
        w,
        "elke"
            | "iedere"
            | "ieder"
            | "alle"
            | "op"
            | "de"
            | "het"
            | "van"
            | "per"
            | "maand"
            | "maanden"
            | "maandelijks"
            | "uur"
            | "u"
            | "'s"
            | "s"
            | "en"
            | "in"
            | "wekelijks"
            | "week"
            | "weken"
            | "om"
            | "vanaf"
            | "m.i.v"
            | "miv"
            | "met"
            | "ingang"
            | "dag"
            | "dagen"
            | "niet"
            | "behalve"
            | "uitgezonderd"
            | "geen"
            | "except"
    )
}

/// The words that leave out what follows them: "behalve woensdag", "niet op 24-12-2026".
fn is_negation(w: &str) -> bool {
    matches!(w, "behalve" | "uitgezonderd" | "niet" | "geen" | "except")
}

/// A part of the day as a word of its own: "'s ochtends", "middag".
fn part_of_day(w: &str) -> Option<&'static str> {
    PARTS
        .iter()
        .find(|(part, _)| {
            w.strip_prefix(part)
                .is_some_and(|rest| matches!(rest, "" | "s"))
        })
        .map(|(_, note)| *note)
}

/// A count of weeks written as a word: "om de twee weken".
fn count_word(w: &str) -> Option<u32> {
    match w {
        "twee" => Some(2),
        "drie" => Some(3),
        "vier" => Some(4),
        _ => None,
    }
}

/// The tokens of one rule's text, with the commas taken out: `comma[i]` says that a
/// comma stood before token `i`. A comma ends a list of days that "niet" follows or
/// "behalve" precedes ("di en do, vr niet"); anywhere else it only separates.
struct Clause<'t> {
    tokens: Vec<&'t Token>,
    comma: Vec<bool>,
}

impl<'t> Clause<'t> {
    fn new(tokens: &'t [Token]) -> Self {
        let mut out = Clause {
            tokens: Vec::with_capacity(tokens.len()),
            comma: Vec::with_capacity(tokens.len()),
        };
        let mut comma = false;
        for t in tokens {
            if *t == Token::Comma {
                comma = true;
            } else {
                out.tokens.push(t);
                out.comma.push(comma);
                comma = false;
            }
        }
        out
    }

    fn word(&self, i: usize) -> Option<&'t str> {
        match self.tokens.get(i) {
            Some(Token::Word(w)) => Some(w.as_str()),
            _ => None,
        }
    }

    /// Whether the days from `i` on ("vr", "za en zo", "za t/m zo") are followed by
    /// "niet" that ends the clause or stands before a comma: "vr niet", "za en zo niet,
    /// di 10-12". Returns the index of that "niet".
    fn niet_after(&self, i: usize) -> Option<usize> {
        let day_at = |k: usize| {
            k < self.tokens.len() && !self.comma[k] && matches!(self.tokens[k], Token::Day(..))
        };
        let mut j = i + 1;
        while day_at(j)
            || (day_at(j + 1)
                && !self.comma[j]
                && (*self.tokens[j] == Token::To || self.word(j) == Some("en")))
        {
            j += 1;
        }
        // "vr niet" at the end, before a comma or a note; "ma niet di" is "not on
        // Tuesday", read at "niet".
        let ends = |k: usize| {
            k >= self.tokens.len() || self.comma[k] || matches!(self.tokens[k], Token::Note(_))
        };
        let last_is_day = matches!(self.tokens[j - 1], Token::Day(..));
        (last_is_day && self.word(j) == Some("niet") && !self.comma[j] && ends(j + 1)).then_some(j)
    }

    /// The days a day token at `i` names: itself, and in "ma t/m vr" the days before it
    /// back to the first.
    fn days_to(&self, i: usize, day: Weekday, cell: &str) -> Result<Vec<Weekday>, WhenError> {
        let mut days = Vec::new();
        if let Some(j) = i
            .checked_sub(2)
            .filter(|j| !self.comma[j + 1] && !self.comma[i])
        {
            if let (Token::Day(first, _), Token::To) = (self.tokens[j], self.tokens[j + 1]) {
                if *first == day {
                    return Err(error(t!("when-same-day-range", cell = cell)));
                }
                let mut d = first.next();
                while d != day {
                    days.push(d);
                    d = d.next();
                }
            }
        }
        days.push(day);
        Ok(days)
    }
}

fn parse_clause(tokens: &[Token], text: &str) -> Result<Vec<Rule>, WhenError> {
    let clause = Clause::new(tokens);
    let tokens = &clause.tokens;
    let word_at = |i: usize| clause.word(i);
    let cell = text.trim();
    let unknown = |w: &str| error(t!("when-unknown-word", word = w, cell = cell));
    let mut b = Builder::default();
    let mut built = Vec::new();
    // Days left out by "behalve", "niet" or "uitgezonderd", for every rule of the clause.
    let mut left_out: Vec<Weekday> = Vec::new();
    let mut mode = DateMode::On;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i];
        if clause.comma[i]
            && mode == DateMode::Except
            && !matches!(token, Token::Date(_) | Token::Number(_))
        {
            // "behalve wo, do 9-12": the comma ends the days left out (not a list of
            // dates: "behalve 24-12-2026, 31-12-2026").
            mode = DateMode::On;
        }
        match token {
            Token::Day(day, part) if mode == DateMode::Except => {
                left_out.extend(clause.days_to(i, *day, cell)?);
                if let Some(part) = part {
                    return Err(error(t!(
                        "when-part-of-day-left-out",
                        cell = cell,
                        part = format!("{}{part}", Words::of(Locale::Nl).day(*day)),
                    )));
                }
            }
            Token::Day(day, part) => {
                if let Some(niet) = clause.niet_after(i) {
                    // "vr niet", "za en zo niet": the days before "niet" are left out.
                    for (j, token) in tokens.iter().enumerate().take(niet).skip(i) {
                        if let Token::Day(day, _) = token {
                            left_out.extend(clause.days_to(j, *day, cell)?);
                        }
                    }
                    i = niet + 1;
                    continue;
                }
                if b.time.is_some() && b.has_days() {
                    flush(&mut b, &mut built, text)?;
                }
                // "dinsdag 24 december": the day only names the date's weekday.
                if matches!(tokens.get(i + 1), Some(Token::Date(_) | Token::Number(_)))
                    && let Some((d, _)) = date_at(tokens, i + 1)?
                {
                    if d.weekday() != *day {
                        let words = Words::of(crate::messages::lang().into());
                        return Err(error(t!(
                            "when-wrong-weekday",
                            date = words.date(d, 0),
                            is = words.day(d.weekday()),
                            named = words.day(*day),
                        )));
                    }
                } else {
                    let days = clause.days_to(i, *day, cell)?;
                    if b.pending.is_empty() {
                        b.weekly.extend(days);
                    } else if days.len() > 1 {
                        return Err(error(t!("when-nth-before-range", cell = cell)));
                    } else {
                        for nth in std::mem::take(&mut b.pending) {
                            b.monthly.push((nth, *day));
                        }
                    }
                }
                if let Some(part) = part {
                    b.notes.push((*part).to_owned());
                }
                mode = DateMode::On;
            }
            Token::Nth(_) if mode == DateMode::Except => {
                return Err(error(t!("when-nth-left-out", cell = cell)));
            }
            Token::Nth(nth) => {
                if b.time.is_some() && b.has_days() {
                    flush(&mut b, &mut built, text)?;
                }
                b.pending.push(*nth);
            }
            Token::Time(start) => {
                let (range, used) = time_range(tokens, i, *start, text)?;
                if b.time.is_some() {
                    // "di 10-12 en 14-16": a second time on the same days.
                    let days = (b.weekly.clone(), b.monthly.clone(), b.dates.clone());
                    flush(&mut b, &mut built, text)?;
                    (b.weekly, b.monthly, b.dates) = days;
                }
                b.time = Some(range);
                mode = DateMode::On;
                i += used;
                continue;
            }
            Token::Number(_) | Token::Date(_) => match date_at(tokens, i)? {
                Some((d, used)) => {
                    match mode {
                        DateMode::On => b.dates.push(d),
                        DateMode::From => b.from = Some(d),
                        DateMode::Until => b.until = Some(d),
                        DateMode::Except => b.except.push(d),
                    }
                    i += used;
                    continue;
                }
                None => {
                    let Token::Number(n) = token else {
                        unreachable!("date_at reads every date")
                    };
                    // "elke 2 weken", "om de 3 weken"
                    if matches!(word_at(i + 1), Some("weken" | "week")) {
                        b.every = Some(weeks(*n, cell)?);
                        i += 2;
                        continue;
                    }
                    return Err(error(t!("when-stray-number", number = *n, cell = cell)));
                }
            },
            Token::To => {
                // Between two days it is a range of days ("ma t/m vr"), read at the second.
                let days = matches!(tokens.get(i + 1), Some(Token::Day(..)))
                    && i.checked_sub(1)
                        .is_some_and(|j| matches!(tokens[j], Token::Day(..)));
                if !days {
                    mode = DateMode::Until;
                }
            }
            Token::Note(note) => b.notes.push(note.clone()),
            Token::Break | Token::Comma => {}
            Token::Word(w) => {
                let w = w.as_str();
                let next = tokens.get(i + 1).copied();
                let listed = matches!(
                    next,
                    Some(Token::Day(..) | Token::Date(_) | Token::Number(_))
                );
                if mode == DateMode::Except && !(w == "en" && listed) {
                    // "behalve wo en do" leaves out both; in "behalve wo op do" what is left
                    // out ends at a word.
                    mode = DateMode::On;
                }
                let next_word = word_at(i + 1);
                match w {
                    w if is_negation(w) => {
                        // "behalve wo", "niet op vrijdag", "behalve 24-12-2026": what follows
                        // is left out. "niet in de schoolvakanties": the words are a note.
                        let mut at = i + 1;
                        for filler in ["op", "de"] {
                            if word_at(at) == Some(filler) {
                                at += 1;
                            }
                        }
                        let apart = (i + 1..=at).any(|k| clause.comma.get(k) == Some(&true));
                        match tokens.get(at).filter(|_| !apart) {
                            Some(
                                Token::Day(..) | Token::Date(_) | Token::Number(_) | Token::Nth(_),
                            ) => {
                                mode = DateMode::Except;
                                i = at;
                                continue;
                            }
                            Some(Token::Word(first))
                                if (!is_schedule_word(first) || first == "in") && at == i + 1 =>
                            {
                                let rest: Vec<&str> = (i..tokens.len())
                                    .map_while(|k| {
                                        word_at(k).filter(|_| k == i || !clause.comma[k])
                                    })
                                    .collect();
                                i += rest.len();
                                b.notes.push(rest.join(" "));
                                continue;
                            }
                            Some(Token::Note(note)) if at == i + 1 => {
                                b.notes.push(format!("{w} {note}"));
                                i += 2;
                                continue;
                            }
                            _ => {
                                return Err(error(t!("when-except-what", cell = cell, word = w)));
                            }
                        }
                    }
                    "vanaf" | "m.i.v" | "miv" | "start" => mode = DateMode::From,
                    "met" if next_word == Some("ingang") && word_at(i + 2) == Some("van") => {
                        mode = DateMode::From;
                        i += 3;
                        continue;
                    }
                    "van" | "per" if next_word == Some("de") && word_at(i + 2) == Some("maand") => {
                        b.month = true;
                        i += 3;
                        continue;
                    }
                    "per" | "elke" | "iedere" | "ieder" if matches!(next_word, Some("maand")) => {
                        b.month = true;
                        i += 2;
                        continue;
                    }
                    "per" | "elke" | "iedere" | "ieder" if matches!(next_word, Some("week")) => {
                        i += 2;
                        continue;
                    }
                    "van" | "per" => mode = DateMode::From,
                    "om" if next_word == Some("de") => {
                        // "om de week" is every other week; "om de 3 weken" is read at the
                        // number.
                        if matches!(word_at(i + 2), Some("week" | "weken")) {
                            b.every = Some(2);
                            i += 3;
                            continue;
                        }
                        if let (Some(n), Some("week" | "weken")) =
                            (word_at(i + 2).and_then(count_word), word_at(i + 3))
                        {
                            b.every = Some(n);
                            i += 4;
                            continue;
                        }
                        if !matches!(tokens.get(i + 2), Some(Token::Number(_))) {
                            return Err(unknown(w));
                        }
                        i += 2;
                        continue;
                    }
                    "om" if matches!(next, Some(Token::Time(_) | Token::Number(_))) => {}
                    "tweewekelijks" | "tweewekelijkse" => b.every = Some(2),
                    "wekelijks" | "wekelijkse" => {}
                    "maandelijks" | "maandelijkse" => b.month = true,
                    "dagelijks" | "daily" => b.weekly.extend(all_days(7)),
                    "werkdagen" | "doordeweeks" => b.weekly.extend(all_days(5)),
                    "weekend" | "weekenden" | "weekends" => {
                        b.weekly.extend([Weekday::Saturday, Weekday::Sunday]);
                    }
                    "elke" | "iedere" | "ieder" | "alle"
                        if matches!(next_word, Some("dag" | "dagen")) =>
                    {
                        b.weekly.extend(all_days(7));
                        i += 2;
                        continue;
                    }
                    "elke" | "iedere" | "ieder" | "op" | "de"
                        if matches!(
                            next,
                            Some(
                                Token::Day(..) | Token::Nth(_) | Token::Number(_) | Token::Date(_)
                            )
                        ) || (w != "op" && next_word.and_then(count_word).is_some())
                            || (w == "op" && next_word == Some("de")) => {}
                    "in" if next_word == Some("het")
                        && word_at(i + 2).is_some_and(|w| w.starts_with("weekend")) => {}
                    "het" if next_word.is_some_and(|w| w.starts_with("weekend")) => {}
                    "uur" | "u" if i > 0 && matches!(tokens[i - 1], Token::Time(_)) => {}
                    "'s" | "s" if next_word.and_then(part_of_day).is_some() => {}
                    "en" => {}
                    w if part_of_day(w).is_some() => {
                        b.notes.push(part_of_day(w).unwrap_or_default().to_owned());
                    }
                    w => return Err(unknown(w)),
                }
            }
        }
        i += 1;
    }
    if !b.has_days() && built.is_empty() && !left_out.is_empty() {
        return Err(error(t!("when-only-not", cell = cell)));
    }
    flush(&mut b, &mut built, text)?;
    leave_out(&mut built, &left_out, cell)?;
    Ok(built)
}

/// A count of weeks: 1 or more.
fn weeks(n: u32, cell: &str) -> Result<u32, WhenError> {
    if n == 0 {
        return Err(error(t!("when-every-zero", cell = cell)));
    }
    Ok(n)
}

/// Takes the days that "behalve" or "niet" named out of the rules of a clause. A rule
/// with no day left goes; a date on a day left out is a contradiction, and so is a
/// clause with nothing left.
fn leave_out(built: &mut Vec<Rule>, left_out: &[Weekday], cell: &str) -> Result<(), WhenError> {
    if left_out.is_empty() {
        return Ok(());
    }
    for rule in built.iter_mut() {
        match &mut rule.days {
            Days::Weekly(days) => days.retain(|d| !left_out.contains(d)),
            Days::Monthly(days) => days.retain(|(_, d)| !left_out.contains(d)),
            Days::Dates(dates) => {
                if let Some(d) = dates.iter().find(|d| left_out.contains(&d.weekday())) {
                    let words = Words::of(crate::messages::lang().into());
                    return Err(error(t!(
                        "when-date-left-out",
                        cell = cell,
                        date = words.date(*d, 0),
                        day = words.day(d.weekday()),
                    )));
                }
            }
        }
    }
    built.retain(|rule| match &rule.days {
        Days::Weekly(days) => !days.is_empty(),
        Days::Monthly(days) => !days.is_empty(),
        Days::Dates(dates) => !dates.is_empty(),
    });
    if built.is_empty() {
        return Err(error(t!("when-all-left-out", cell = cell)));
    }
    Ok(())
}

fn all_days(n: usize) -> impl Iterator<Item = Weekday> {
    std::iter::successors(Some(Weekday::Monday), |d| Some(d.next())).take(n)
}

/// A date at `i`: a date token, or "24 december [2026]". Returns the date and the number
/// of tokens it used; `None` when the tokens there are not a date.
fn date_at(tokens: &[&Token], i: usize) -> Result<Option<(Date, usize)>, WhenError> {
    match tokens.get(i) {
        Some(Token::Date(d)) => Ok(Some((*d, 1))),
        Some(Token::Number(day)) => {
            let Some(Token::Word(w)) = tokens.get(i + 1) else {
                return Ok(None);
            };
            let Some(month) = month_of(w) else {
                return Ok(None);
            };
            match tokens.get(i + 2) {
                Some(Token::Number(year)) if *year >= 1900 => {
                    let text = format!("{day} {w} {year}");
                    Ok(Some((
                        date(*year as i32, month as i32, *day as i32, &text)?,
                        3,
                    )))
                }
                _ => Err(WhenError {
                    message: t!("when-no-year", date = format!("{day} {w}")),
                    help: t!("when-no-year-help"),
                }),
            }
        }
        _ => Ok(None),
    }
}

/// A start time at `i`, and an end after `-` or `tot`. Returns the range and the tokens used.
fn time_range(
    tokens: &[&Token],
    i: usize,
    start: jiff::civil::Time,
    text: &str,
) -> Result<(TimeRange, usize), WhenError> {
    let end = match (tokens.get(i + 1), tokens.get(i + 2)) {
        (Some(Token::To), Some(Token::Time(end))) => Some(*end),
        _ => None,
    };
    if let Some(end) = end {
        if end <= start {
            return Err(error(t!("time-end-before-start", text = text.trim())));
        }
        return Ok((
            TimeRange {
                start,
                end: Some(end),
            },
            3,
        ));
    }
    Ok((TimeRange { start, end: None }, 1))
}

fn flush(b: &mut Builder, built: &mut Vec<Rule>, text: &str) -> Result<(), WhenError> {
    let b = std::mem::take(b);
    if !b.pending.is_empty() {
        return Err(error(t!("when-nth-without-day", cell = text.trim())));
    }
    if !b.has_days() {
        if b.time.is_some() || b.every.is_some() {
            return Err(error(t!("when-no-days", cell = text.trim())));
        }
        // Only notes or dates for a season: they belong to the rule before.
        if let Some(last) = built.last_mut() {
            last.from = last.from.or(b.from);
            last.until = last.until.or(b.until);
            last.except.extend(b.except);
            add_notes(&mut last.note, &b.notes);
            return Ok(());
        }
        return Err(error(t!("when-no-days", cell = text.trim())));
    }
    if b.month && b.monthly.is_empty() {
        return Err(error(t!("when-month-without-week", cell = text.trim())));
    }
    let mut weekly = b.weekly;
    weekly.sort_by_key(|d| d.to_monday_zero_offset());
    weekly.dedup();
    let mut monthly = b.monthly;
    monthly.sort_by_key(|(n, d)| (*n, d.to_monday_zero_offset()));
    monthly.dedup();
    let every = b.every.unwrap_or(1);
    if every > 1 && !monthly.is_empty() {
        return Err(error(t!("when-weeks-and-nth", cell = text.trim())));
    }
    let mut note = None;
    add_notes(&mut note, &b.notes);
    for days in [
        (!weekly.is_empty()).then_some(Days::Weekly(weekly)),
        (!monthly.is_empty()).then_some(Days::Monthly(monthly)),
        (!b.dates.is_empty()).then_some(Days::Dates(b.dates)),
    ]
    .into_iter()
    .flatten()
    {
        built.push(Rule {
            every: if matches!(days, Days::Weekly(_)) {
                every
            } else {
                1
            },
            days,
            time: b.time,
            from: b.from,
            until: b.until,
            except: b.except.clone(),
            note: note.clone(),
        });
    }
    Ok(())
}

fn add_notes(note: &mut Option<String>, notes: &[String]) {
    let mut all: Vec<String> = note.iter().cloned().collect();
    for n in notes {
        if !n.is_empty() && !all.contains(n) {
            all.push(n.clone());
        }
    }
    *note = (!all.is_empty()).then(|| all.join(", "));
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};
    use std::collections::BTreeSet;

    fn weekly(days: &[Weekday], from: (i8, i8), to: (i8, i8)) -> Rule {
        Rule {
            days: Days::Weekly(days.to_vec()),
            every: 1,
            time: Some(TimeRange {
                start: time(from.0, from.1, 0, 0),
                end: Some(time(to.0, to.1, 0, 0)),
            }),
            from: None,
            until: None,
            except: vec![],
            note: None,
        }
    }

    use Weekday::*;

    #[test]
    fn reads_days_and_times_as_spreadsheets_write_them() {
        assert_eq!(
            parse("di 10.00-12.00").unwrap(),
            [weekly(&[Tuesday], (10, 0), (12, 0))]
        );
        assert_eq!(
            parse("Dinsdag en donderdag, 9:30 - 11:30 uur").unwrap(),
            [weekly(&[Tuesday, Thursday], (9, 30), (11, 30))]
        );
        assert_eq!(
            parse("ma t/m vr 9-12").unwrap(),
            [weekly(
                &[Monday, Tuesday, Wednesday, Thursday, Friday],
                (9, 0),
                (12, 0)
            )]
        );
        assert_eq!(
            parse("woensdag van 14.00 tot 16.00 uur").unwrap(),
            [weekly(&[Wednesday], (14, 0), (16, 0))]
        );
        assert_eq!(
            parse("ma 9-12; wo 13.30-16.00").unwrap(),
            [
                weekly(&[Monday], (9, 0), (12, 0)),
                weekly(&[Wednesday], (13, 30), (16, 0))
            ]
        );
        assert_eq!(
            parse("di 10-12 en do 14-16").unwrap(),
            [
                weekly(&[Tuesday], (10, 0), (12, 0)),
                weekly(&[Thursday], (14, 0), (16, 0))
            ]
        );
    }

    #[test]
    fn reads_weeks_of_the_month() {
        let rules = parse("elke 1e en 3e dinsdag van de maand 19.30 - 21.30 uur").unwrap();
        assert_eq!(
            rules[0].days,
            Days::Monthly(vec![(Nth::First, Tuesday), (Nth::Third, Tuesday)])
        );
        assert_eq!(rules[0].time.unwrap().text(), "19:30–21:30");
        let rules = parse("laatste vrijdag van de maand").unwrap();
        assert_eq!(rules[0].days, Days::Monthly(vec![(Nth::Last, Friday)]));
        assert_eq!(rules[0].time, None);
    }

    #[test]
    fn reads_every_other_week_seasons_and_exceptions() {
        let rules = parse("om de week op vrijdag vanaf 9-1-2026, 10.00-11.30").unwrap();
        assert_eq!(rules[0].days, Days::Weekly(vec![Friday]));
        assert_eq!(rules[0].every, 2);
        assert_eq!(rules[0].from, Some(date(2026, 1, 9)));
        let rules = parse("do 14-16 tot en met 18 december 2026, behalve 27-11-2026").unwrap();
        assert_eq!(rules[0].until, Some(date(2026, 12, 18)));
        assert_eq!(rules[0].except, [date(2026, 11, 27)]);
        let rules = parse("donderdagmiddag (niet in de schoolvakanties)").unwrap();
        assert_eq!(rules[0].days, Days::Weekly(vec![Thursday]));
        assert_eq!(
            rules[0].note.as_deref(),
            Some("middag, niet in de schoolvakanties")
        );
        let rules = parse("vrijdag 10.00, niet in de zomer").unwrap();
        assert_eq!(rules[0].note.as_deref(), Some("niet in de zomer"));
    }

    #[test]
    fn reads_single_dates() {
        let rules = parse("zaterdag 24 oktober 2026 10.00-16.00").unwrap();
        assert_eq!(rules[0].days, Days::Dates(vec![date(2026, 10, 24)]));
        let rules = parse("24-12-2026 17.00-20.00; 31/12/26").unwrap();
        assert_eq!(rules[0].days, Days::Dates(vec![date(2026, 12, 24)]));
        assert_eq!(rules[1].days, Days::Dates(vec![date(2026, 12, 31)]));
        assert_eq!(parse_date("2026-03-31").unwrap(), date(2026, 3, 31));
        assert_eq!(parse_date("1 mrt. 2027").unwrap(), date(2027, 3, 1));
    }

    #[test]
    fn names_what_it_cannot_read() {
        let err = parse("dinsdag na de lunch").unwrap_err();
        assert!(err.message.contains("`na`"), "{}", err.message);
        assert!(
            parse("10.00-12.00")
                .unwrap_err()
                .message
                .contains("op welke dagen")
        );
        assert!(
            parse("di 10.00-25.00")
                .unwrap_err()
                .message
                .contains("25.00")
        );
        assert!(
            parse("di 12.00-10.00")
                .unwrap_err()
                .message
                .contains("ligt niet na")
        );
        assert!(
            parse("vrijdag 24 december 2026")
                .unwrap_err()
                .message
                .contains("is een donderdag")
        );
        assert!(
            parse("24 december")
                .unwrap_err()
                .message
                .contains("geen jaar")
        );
        assert!(parse_date("31-02-2026").is_err());
        assert!(
            parse("elke 2e")
                .unwrap_err()
                .message
                .contains("niet de dag")
        );
    }

    #[test]
    fn a_day_after_niet_or_behalve_is_left_out_never_added() {
        let days = |text: &str| match &parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))[..] {
            [rule] => match &rule.days {
                Days::Weekly(days) => days.clone(),
                other => panic!("{text}: {other:?}"),
            },
            rules => panic!("{text}: {rules:?}"),
        };
        assert_eq!(
            days("ma t/m vr behalve wo 9-12"),
            [Monday, Tuesday, Thursday, Friday]
        );
        assert_eq!(parse("ma t/m vr behalve wo 9-12").unwrap()[0].note, None);
        assert_eq!(
            days("elke dag behalve vrijdag"),
            [Monday, Tuesday, Wednesday, Thursday, Saturday, Sunday]
        );
        assert_eq!(days("dinsdag, niet op vrijdag"), [Tuesday]);
        assert_eq!(days("di en do 10-12 uur, vr niet"), [Tuesday, Thursday]);
        assert_eq!(
            days("elke dag, za en zo niet"),
            [Monday, Tuesday, Wednesday, Thursday, Friday]
        );
        assert_eq!(
            days("ma t/m zo behalve za t/m zo"),
            [Monday, Tuesday, Wednesday, Thursday, Friday]
        );
        assert_eq!(
            days("ma t/m vr uitgezonderd woensdag en vrijdag"),
            [Monday, Tuesday, Thursday]
        );
        // A date after "behalve" is a skipped date, as before; words after "niet" a note.
        let rules = parse("dinsdag behalve 29-12-2026").unwrap();
        assert_eq!(rules[0].except, [date(2026, 12, 29)]);
        let rules = parse("dinsdag 's middags, niet in de zomer").unwrap();
        assert_eq!(rules[0].note.as_deref(), Some("middag, niet in de zomer"));
    }

    #[test]
    fn what_cannot_be_read_for_sure_is_an_error_that_asks() {
        for (text, says) in [
            ("zondag niet", "alleen op welke dagen het niet is"),
            ("elke maand op dinsdag", "niet welke week"),
            ("woensdagmiddag maand", "`maand`"),
            ("om de 0 weken op dinsdag", "elke 0 weken"),
            ("elke 0 weken op dinsdag", "elke 0 weken"),
            ("maandelijks op vrijdag", "niet welke week"),
            ("elke 1e dinsdag behalve dinsdag", "laat elke dag weg"),
            ("dinsdag behalve de 1e dinsdag", "week van de maand"),
            ("ma t/m vr behalve", "wat `behalve` weglaat"),
            ("di niet en do", "wat `niet` weglaat"),
            ("24-12-2026, niet op donderdag", "laat elke donderdag weg"),
            ("di de", "`de`"),
            ("dinsdag uur", "`uur`"),
            ("dinsdag week", "`week`"),
            ("dinsdag van het", "`het`"),
            ("ma t/m vr behalve woensdagmiddag", "deel van een dag"),
        ] {
            let err = parse(text).expect_err(text);
            assert!(err.message.contains(says), "{text}: {}", err.message);
        }
    }

    #[test]
    fn words_that_join_are_read_where_they_join() {
        for text in [
            "elke week op dinsdag 10.00 uur",
            "iedere 1e en 3e dinsdag van de maand 19.30 - 21.30 uur",
            "elke maand op de laatste vrijdag",
            "in het weekend van 10 tot 12",
            "'s ochtends op maandag",
            "om 10 uur op dinsdag",
            "om de twee weken op donderdag vanaf 7-1-2027",
            "wekelijks op woensdag",
            "met ingang van 5 januari 2027 elke maandag",
            "alle dagen 9-17",
        ] {
            assert!(parse(text).is_ok(), "{text}: {:?}", parse(text));
        }
        assert_eq!(
            parse("'s ochtends op maandag").unwrap()[0].note.as_deref(),
            Some("ochtend")
        );
    }

    /// The words of the property test: days, joining words, negations, times and weeks
    /// of the month, and words that are an error alone.
    const VOCABULARY: &[&str] = &[
        "ma",
        "di",
        "wo",
        "do",
        "vr",
        "za",
        "zo",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "woensdagmiddag",
        "en",
        ",",
        ";",
        "t/m",
        "behalve",
        "niet",
        "uitgezonderd",
        "op",
        "de",
        "elke dag",
        "10-12",
        "9.30-11.00 uur",
        "1e",
        "laatste",
        "van de maand",
        "maand",
        "om de 0 weken",
    ];

    /// The days a cell names minus those it leaves out, read the simple way: a run of
    /// days (joined by "en" or "t/m", no comma between) is left out when "behalve",
    /// "niet" or "uitgezonderd" stands before it (with "op" or "de" between), or when
    /// "niet" follows it at the end or before a comma; every rule of the cell (up to a
    /// `;`) counts.
    fn expected(words: &[&str]) -> BTreeSet<i8> {
        let day = |w: &str| day_word(w).map(|(d, _)| d);
        let n = |d: Weekday| d.to_monday_zero_offset();
        let mut out = BTreeSet::new();
        for clause in words.split(|w| *w == ";") {
            let (mut named, mut left_out) = (BTreeSet::new(), BTreeSet::new());
            let mut i = 0;
            while i < clause.len() {
                if clause[i] == "elke dag" {
                    named.extend(all_days(7).map(n));
                }
                if day(clause[i]).is_none() {
                    i += 1;
                    continue;
                }
                let start = i;
                let mut days = Vec::new();
                while i < clause.len() {
                    if let Some(d) = day(clause[i]) {
                        match (i >= start + 2 && clause[i - 1] == "t/m").then(|| day(clause[i - 2]))
                        {
                            Some(Some(first)) => {
                                let mut x = first;
                                while x != d {
                                    x = x.next();
                                    days.push(x);
                                }
                            }
                            _ => days.push(d),
                        }
                    } else if !(matches!(clause[i], "en" | "t/m")
                        && clause.get(i + 1).is_some_and(|w| day(w).is_some()))
                    {
                        break;
                    }
                    i += 1;
                }
                let mut k = start;
                for filler in ["de", "op"] {
                    if k > 0 && clause[k - 1] == filler {
                        k -= 1;
                    }
                }
                let before = k > 0 && matches!(clause[k - 1], "behalve" | "niet" | "uitgezonderd");
                let ends = |w: Option<&&str>| w.is_none_or(|w| *w == ",");
                let after = clause.get(i) == Some(&"niet") && ends(clause.get(i + 1));
                if before || after {
                    left_out.extend(days.into_iter().map(n));
                } else {
                    named.extend(days.into_iter().map(n));
                }
            }
            out.extend(named.difference(&left_out));
        }
        out
    }

    /// The days the schedule sentences of `rules` name, as residents read them.
    fn named_in_sentences(rules: &[Rule]) -> BTreeSet<i8> {
        use crate::content::schedule as s;
        let mut out = BTreeSet::new();
        for rule in rules {
            let sentence = s::Schedule {
                rule: match &rule.days {
                    Days::Weekly(days) => s::Rule::Weekly {
                        days: days.clone(),
                        every: rule.every,
                    },
                    Days::Monthly(days) => s::Rule::Monthly { days: days.clone() },
                    Days::Dates(dates) => s::Rule::Dates(dates.clone()),
                },
                time: rule.time,
                from: rule.from,
                until: rule.until,
                except: rule.except.clone(),
                skip_closed: true,
                note: rule.note.clone(),
                place: None,
                at: crate::diagnostic::Pos::UNKNOWN,
            }
            .describe(Locale::Nl, 2026);
            if sentence.contains("elke dag") {
                out.extend(0..7);
            }
            if sentence.contains("elke werkdag") {
                out.extend(0..5);
            }
            for w in sentence.split(|c: char| !c.is_alphabetic()) {
                if let Some(d) = parse_weekday_word(w).filter(|_| w.len() > 3) {
                    out.insert(d.to_monday_zero_offset());
                }
            }
        }
        out
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
        /// Every cell the importer accepts, written back as the sentence residents read,
        /// names exactly the days the cell names minus those it leaves out.
        #[test]
        fn an_accepted_cell_names_its_days_minus_those_it_leaves_out(
            words in proptest::collection::vec(proptest::sample::select(VOCABULARY), 1..9)
        ) {
            let cell = words.join(" ");
            if let Ok(rules) = parse(&cell) {
                proptest::prop_assert_eq!(named_in_sentences(&rules), expected(&words), "{} -> {:?}", cell, rules);
            }
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        let pieces = [
            "di",
            "t/m",
            "-",
            "10",
            "10.00",
            ".",
            ":",
            "(",
            ")",
            ";",
            "\n",
            "om",
            "de",
            "week",
            "1e",
            "laatste",
            "2026",
            "24",
            "december",
            "31-02-2026",
            "/",
            "uur",
            "niet",
            " ",
            "vanaf",
            "tot",
            "en",
            "met",
            "ochtend",
            "99",
            "–",
            "0",
            "24.00",
            "'s",
        ];
        let mut seed: u64 = 7;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(seed % 9) {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
                if seed & 1 == 0 {
                    text.push(' ');
                }
            }
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            let _ = parse(&text);
            let _ = parse_date(&text);
        }
    }
}
