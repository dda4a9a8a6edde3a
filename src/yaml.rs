//! Writing YAML: the entries `buurtgids import` makes and the CMS configuration
//! `buurtgids cms` writes. Maps keep their keys in the order given; text is always
//! double-quoted (JSON's escapes are YAML's), so no value can turn into another type or
//! break the file; ids, dates and day names may be written plain.

/// A value to write.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Yaml {
    /// Text, written double-quoted.
    Text(String),
    /// A word that needs no quotes: an id, a date, a day name.
    Plain(String),
    Number(f64),
    Bool(bool),
    List(Vec<Yaml>),
    Map(Vec<(&'static str, Yaml)>),
}

/// The text of a map's fields at an indent of `indent` spaces: a non-empty map or a list
/// with maps in it as a block, anything else on the key's line.
pub(crate) fn block(fields: &[(&'static str, Yaml)], indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for (key, value) in fields {
        match value {
            Yaml::Map(inner) if !inner.is_empty() => {
                out.push_str(&format!("{pad}{key}:\n{}", block(inner, indent + 2)));
            }
            Yaml::List(items) if items.iter().any(|i| matches!(i, Yaml::Map(_))) => {
                out.push_str(&format!("{pad}{key}:\n"));
                for item in items {
                    let inner = match item {
                        Yaml::Map(fields) => block(fields, indent + 4),
                        other => format!("{pad}    {}\n", flow(other)),
                    };
                    out.push_str(&format!("{pad}  - {}", &inner[indent + 4..]));
                }
            }
            _ => out.push_str(&format!("{pad}{key}: {}\n", flow(value))),
        }
    }
    out
}

/// A value on one line: `"text"`, `[a, b]`, `{key: value}`.
fn flow(value: &Yaml) -> String {
    match value {
        Yaml::Text(t) => serde_json::to_string(t).unwrap_or_default(),
        Yaml::Plain(p) => p.clone(),
        Yaml::Number(n) => n.to_string(),
        Yaml::Bool(b) => b.to_string(),
        Yaml::List(items) => format!(
            "[{}]",
            items.iter().map(flow).collect::<Vec<_>>().join(", ")
        ),
        Yaml::Map(pairs) => format!(
            "{{{}}}",
            pairs
                .iter()
                .map(|(k, v)| format!("{k}: {}", flow(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_nested_blocks_numbers_and_empty_maps() {
        let fields = vec![
            ("cost", Yaml::Number(2.5)),
            ("every", Yaml::Number(2.0)),
            ("empty", Yaml::Map(vec![])),
            (
                "collections",
                Yaml::List(vec![Yaml::Map(vec![
                    ("name", Yaml::Text("areas".into())),
                    (
                        "fields",
                        Yaml::List(vec![Yaml::Map(vec![("required", Yaml::Bool(true))])]),
                    ),
                ])]),
            ),
        ];
        assert_eq!(
            block(&fields, 0),
            "cost: 2.5\nevery: 2\nempty: {}\ncollections:\n  - name: \"areas\"\n    fields:\n      - required: true\n"
        );
    }
}
