//! Ids and slugs: what an id may be, how a title becomes one, and how titles sort.
//!
//! Every stage names entries, categories and audiences by id, and every id ends up in a
//! file name and a web address, so the rule is one and lives below all of them: site.toml's
//! terms and content's file names and slugs are checked by [`is_safe_id`] alike.

/// Ids and slugs: lowercase ASCII letters, digits and hyphens, not starting or ending with
/// a hyphen. Safe in any file system and URL.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A web-safe slug from any title: "Koffie & Praat in 't Anker" -> "koffie-praat-in-t-anker".
pub fn slugify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut push = |f: char| {
        if f.is_ascii_alphanumeric() {
            out.push(f.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    };
    for c in text.chars() {
        match fold(c) {
            Some(folded) => folded.chars().for_each(&mut push),
            None => push(c),
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// Folds the accented letters of Dutch and its neighbours to plain ASCII; `None` for a
/// character that stays as it is.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => "a",
        'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => "A",
        'è' | 'é' | 'ê' | 'ë' => "e",
        'È' | 'É' | 'Ê' | 'Ë' => "E",
        'ì' | 'í' | 'î' | 'ï' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' => "I",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => "O",
        'ù' | 'ú' | 'û' | 'ü' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' => "U",
        'ç' => "c",
        'ñ' => "n",
        'ß' => "ss",
        'ĳ' => "ij",
        'Ĳ' => "IJ",
        '\'' | '’' => "",
        _ => return None,
    })
}

/// Sorts Dutch titles the way residents expect: case and accents do not count,
/// and "'t" or "De" at the start do not either.
pub fn sort_key(title: &str) -> String {
    let slug = slugify(title);
    let trimmed = ["de-", "het-", "t-", "een-"]
        .iter()
        .find_map(|p| slug.strip_prefix(p))
        .unwrap_or(&slug);
    trimmed.to_owned()
}
