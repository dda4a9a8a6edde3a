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
    Lang, Nth, TimeRange, Words, parse_nth_weekday, parse_time, parse_weekday_word,
};

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
    pub message: String,
    pub help: &'static str,
}

const HELP: &str = "write the days and times as, for example, \"di 10.00-12.00\", \"ma en do 9:30-11:30\", \"elke 1e dinsdag 19.30-21.30\", \"ma t/m vr 9-12\", \"om de week op vrijdag vanaf 9-1-2026\" or \"24-12-2026 17.00-20.00\"; separate two rules with ;";

fn error(message: String) -> WhenError {
    WhenError {
        message,
        help: HELP,
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
        return Err(error(format!(
            "`{}` does not say on which days",
            text.trim()
        )));
    }
    Ok(rules)
}

/// Reads a date as Dutch spreadsheets write it: 24-12-2026, 24/12/2026, 24.12.2026,
/// 24-12-26, 2026-12-24 or 24 december 2026.
pub fn parse_date(text: &str) -> Result<Date, WhenError> {
    let tokens = tokenize(text)?;
    // "dinsdag 24 december 2026": the day name is allowed before the date.
    let start = usize::from(matches!(tokens.first(), Some(Token::Day(..))));
    match date_at(&tokens, start)? {
        Some((d, used)) if start + used == tokens.len() => Ok(d),
        _ => Err(WhenError {
            message: format!("`{}` is not a date", text.trim()),
            help: "write a date as day-month-year, for example 24-12-2026 or 24 december 2026",
        }),
    }
}

const MONTHS: [&[&str]; 12] = [
    &["januari", "jan"],
    &["februari", "feb"],
    &["maart", "mrt", "mar"],
    &["april", "apr"],
    &["mei"],
    &["juni", "jun"],
    &["juli", "jul"],
    &["augustus", "aug"],
    &["september", "sep", "sept"],
    &["oktober", "okt", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

fn month_of(word: &str) -> Option<i8> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|names| names.contains(&w))
        .map(|i| i as i8 + 1)
}

fn date(y: i32, m: i32, d: i32, text: &str) -> Result<Date, WhenError> {
    let y = if y < 100 { 2000 + y } else { y };
    crate::content::raw::parse_date_text(&format!("{y:04}-{m:02}-{d:02}")).map_err(|_| {
        error(format!(
            "`{text}` is not a date: there is no day {d} in month {m} of {y}"
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
            // Spaces, commas, `&` and `+` only separate.
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
                    .map_err(|_| error(format!("`{word}` is not a date")))
            })
            .collect::<Result<_, _>>()?;
        let [a, b, c] = parts[..] else {
            return Err(error(format!("`{word}` is not a date")));
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
        _ => Err(error(format!("`{word}` is not a time or a date"))),
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
}

impl Builder {
    fn has_days(&self) -> bool {
        !(self.weekly.is_empty() && self.monthly.is_empty() && self.dates.is_empty())
    }
}

fn fillers() -> &'static [&'static str] {
    &[
        "elke",
        "iedere",
        "ieder",
        "alle",
        "op",
        "de",
        "het",
        "van",
        "per",
        "maand",
        "maanden",
        "uur",
        "u",
        "'s",
        "s",
        "en",
        "in",
        "wekelijks",
        "week",
        "weken",
        "om",
        "vanaf",
        "van",
        "m.i.v",
        "miv",
        "ingang",
        "met",
        "maandelijks",
        "keer",
        "dag",
        "dagen",
        "ochtend",
        "ochtends",
        "middag",
        "middags",
        "avond",
        "avonds",
        "vanaf",
    ]
}

fn parse_clause(tokens: &[Token], text: &str) -> Result<Vec<Rule>, WhenError> {
    let mut b = Builder::default();
    let mut built = Vec::new();
    let mut mode = DateMode::On;
    let mut i = 0;
    let word_at = |i: usize| match tokens.get(i) {
        Some(Token::Word(w)) => Some(w.as_str()),
        _ => None,
    };
    while i < tokens.len() {
        let token = &tokens[i];
        match token {
            Token::Day(day, part) => {
                if b.time.is_some() && b.has_days() {
                    flush(&mut b, &mut built, text)?;
                }
                // "ma t/m vr": every day from the one before.
                let range_from = match i.checked_sub(2).map(|j| (&tokens[j], &tokens[j + 1])) {
                    Some((Token::Day(first, _), Token::To)) => Some(*first),
                    _ => None,
                };
                if let Some(first) = range_from {
                    let mut d = first.next();
                    while d != *day {
                        b.weekly.push(d);
                        d = d.next();
                    }
                }
                // "dinsdag 24 december": the day only names the date's weekday.
                if matches!(
                    tokens.get(i + 1),
                    Some(Token::Date(_)) | Some(Token::Number(_))
                ) && date_at(tokens, i + 1)?.is_some()
                {
                    let (d, _) = date_at(tokens, i + 1)?.expect("a date");
                    if d.weekday() != *day {
                        let nl = Words::of(Lang::Nl);
                        return Err(error(format!(
                            "{} is a {}, not a {}",
                            nl.date(d, 0),
                            nl.day(d.weekday()),
                            nl.day(*day)
                        )));
                    }
                } else if b.pending.is_empty() {
                    b.weekly.push(*day);
                } else {
                    for nth in std::mem::take(&mut b.pending) {
                        b.monthly.push((nth, *day));
                    }
                }
                if let Some(part) = part {
                    b.notes.push((*part).to_owned());
                }
                mode = DateMode::On;
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
                        b.every = Some(*n);
                        i += 2;
                        continue;
                    }
                    return Err(error(format!(
                        "`{n}` in `{}` is not a day, a time or a date",
                        text.trim()
                    )));
                }
            },
            Token::To => mode = DateMode::Until,
            Token::Note(note) => b.notes.push(note.clone()),
            Token::Break => {}
            Token::Word(w) => match w.as_str() {
                "vanaf" | "van" | "m.i.v" | "miv" | "start" | "per" => mode = DateMode::From,
                "behalve" | "uitgezonderd" | "niet" | "geen" | "except" => {
                    if matches!(tokens.get(i + 1), Some(Token::Date(_) | Token::Number(_)))
                        || word_at(i + 1) == Some("op")
                    {
                        mode = DateMode::Except;
                    } else {
                        // "niet in de schoolvakanties": the rest is a note.
                        let rest: Vec<String> = tokens[i..]
                            .iter()
                            .map_while(|t| match t {
                                Token::Word(w) => Some(w.clone()),
                                _ => None,
                            })
                            .collect();
                        i += rest.len();
                        b.notes.push(rest.join(" "));
                        continue;
                    }
                }
                "om" if word_at(i + 1) == Some("de") => {
                    // "om de week" is every other week; "om de 3 weken" is read above.
                    if matches!(word_at(i + 2), Some("week" | "weken")) {
                        b.every = Some(2);
                        i += 3;
                        continue;
                    }
                    let count = match word_at(i + 2) {
                        Some("twee") => Some(2),
                        Some("drie") => Some(3),
                        Some("vier") => Some(4),
                        _ => None,
                    };
                    if let (Some(n), Some("week" | "weken")) = (count, word_at(i + 3)) {
                        b.every = Some(n);
                        i += 4;
                        continue;
                    }
                }
                "tweewekelijks" | "tweewekelijkse" => b.every = Some(2),
                "dagelijks" | "daily" => b.weekly.extend(all_days(7)),
                "werkdagen" | "doordeweeks" => b.weekly.extend(all_days(5)),
                "weekend" | "weekenden" | "weekends" => {
                    b.weekly.extend([Weekday::Saturday, Weekday::Sunday]);
                }
                "elke" | "iedere" | "ieder" if word_at(i + 1) == Some("dag") => {
                    b.weekly.extend(all_days(7));
                    i += 2;
                    continue;
                }
                w if fillers().contains(&w) => {}
                w => {
                    return Err(error(format!(
                        "`{w}` in `{}` is not a day, a time or a date that buurtgids can read",
                        text.trim()
                    )));
                }
            },
        }
        i += 1;
    }
    flush(&mut b, &mut built, text)?;
    Ok(built)
}

fn all_days(n: usize) -> impl Iterator<Item = Weekday> {
    std::iter::successors(Some(Weekday::Monday), |d| Some(d.next())).take(n)
}

/// A date at `i`: a date token, or "24 december [2026]". Returns the date and the number
/// of tokens it used; `None` when the tokens there are not a date.
fn date_at(tokens: &[Token], i: usize) -> Result<Option<(Date, usize)>, WhenError> {
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
                    message: format!("`{day} {w}` has no year"),
                    help: "add the year, for example 24 december 2026",
                }),
            }
        }
        _ => Ok(None),
    }
}

/// A start time at `i`, and an end after `-` or `tot`. Returns the range and the tokens used.
fn time_range(
    tokens: &[Token],
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
            return Err(error(format!(
                "the end time in `{}` is not after the start time",
                text.trim()
            )));
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
        return Err(error(format!(
            "`{}` names a week of the month but not the day, as in \"elke 1e dinsdag\"",
            text.trim()
        )));
    }
    if !b.has_days() {
        if b.time.is_some() || b.every.is_some() {
            return Err(error(format!(
                "`{}` does not say on which days",
                text.trim()
            )));
        }
        // Only notes or dates for a season: they belong to the rule before.
        if let Some(last) = built.last_mut() {
            last.from = last.from.or(b.from);
            last.until = last.until.or(b.until);
            last.except.extend(b.except);
            add_notes(&mut last.note, &b.notes);
            return Ok(());
        }
        return Err(error(format!(
            "`{}` does not say on which days",
            text.trim()
        )));
    }
    let every = b.every.unwrap_or(1);
    if every > 1 && !b.monthly.is_empty() {
        return Err(error(format!(
            "`{}` says both every few weeks and a week of the month",
            text.trim()
        )));
    }
    let mut note = None;
    add_notes(&mut note, &b.notes);
    let mut weekly = b.weekly;
    weekly.dedup();
    for days in [
        (!weekly.is_empty()).then_some(Days::Weekly(weekly)),
        (!b.monthly.is_empty()).then_some(Days::Monthly(b.monthly)),
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
                .contains("which days")
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
                .contains("not after")
        );
        assert!(
            parse("vrijdag 24 december 2026")
                .unwrap_err()
                .message
                .contains("is a donderdag")
        );
        assert!(
            parse("24 december")
                .unwrap_err()
                .message
                .contains("no year")
        );
        assert!(parse_date("31-02-2026").is_err());
        assert!(
            parse("elke 2e")
                .unwrap_err()
                .message
                .contains("not the day")
        );
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
