//! JSON Schemas of the content files, made from the types `load` reads them into, with
//! the field catalogue's labels and hints as titles and descriptions (in Dutch for a
//! Dutch site, in English for an English one), so an editor checks and completes a YAML
//! file while it is typed: VS Code with the YAML extension, or any editor that speaks
//! the YAML language server.

use schemars::JsonSchema;
use serde_json::Value;

use crate::content::Kind;
use crate::content::fields::{self, Field};
use crate::content::raw::{
    RawActivity, RawArea, RawOrganisation, RawPage, RawPerson, RawPlace, RawService,
    RawVolunteering,
};

/// The file name of a kind's schema: `activity.schema.json`.
pub fn file_name(kind: Kind) -> String {
    format!("{}.schema.json", kind.name())
}

/// The language the descriptions are written in.
pub use crate::messages::Lang;

/// The schema of every kind's files, described in `lang`.
pub fn schemas(lang: Lang) -> Vec<(Kind, Value)> {
    Kind::ALL
        .into_iter()
        .map(|kind| {
            let schema = match kind {
                Kind::Area => of::<RawArea>(kind),
                Kind::Organisation => of::<RawOrganisation>(kind),
                Kind::Place => of::<RawPlace>(kind),
                Kind::Activity => of::<RawActivity>(kind),
                Kind::Service => of::<RawService>(kind),
                Kind::Person => of::<RawPerson>(kind),
                Kind::Volunteering => of::<RawVolunteering>(kind),
                Kind::Page => of::<RawPage>(kind),
            };
            (kind, described(schema, kind, lang))
        })
        .collect()
}

/// The schema with every description of the types replaced by the catalogue's: a title
/// (the CMS's label) and the hint for a Dutch site, the English meaning for an English one.
fn described(mut schema: Value, kind: Kind, lang: Lang) -> Value {
    strip_descriptions(&mut schema);
    let text = fields::kind_text(kind);
    if let Some(root) = schema.as_object_mut() {
        let (title, about) = match lang {
            Lang::Nl => (text.singular, text.about),
            Lang::En => (kind.name(), text.en),
        };
        root.insert("title".into(), Value::from(title));
        root.insert("description".into(), Value::from(about));
    }
    let mut definitions = schema
        .get_mut("definitions")
        .map(Value::take)
        .unwrap_or(Value::Null);
    describe_fields(&mut schema, fields::of(kind), &mut definitions, lang);
    if !definitions.is_null() {
        schema["definitions"] = definitions;
    }
    schema
}

fn strip_descriptions(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("description");
            map.values_mut().for_each(strip_descriptions);
        }
        Value::Array(list) => list.iter_mut().for_each(strip_descriptions),
        _ => {}
    }
}

/// Describes the properties of `schema` by `fields`, and the definitions a group or a
/// schedule refers to by the fields' parts.
fn describe_fields(schema: &mut Value, fields: &[Field], definitions: &mut Value, lang: Lang) {
    let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for field in fields {
        let Some(prop) = props.get_mut(field.key).and_then(Value::as_object_mut) else {
            continue;
        };
        match lang {
            Lang::Nl => {
                prop.insert("title".into(), Value::from(field.label));
                if !field.hint.is_empty() {
                    prop.insert("description".into(), Value::from(field.hint));
                }
            }
            Lang::En => {
                prop.insert("description".into(), Value::from(field.en));
            }
        }
        if field.parts().is_empty() {
            continue;
        }
        let Some(name) = reference(&Value::Object(prop.clone())) else {
            continue;
        };
        if let Some(def) = definitions.get_mut(&name) {
            describe_fields(def, field.parts(), &mut Value::Null, lang);
        }
    }
}

/// The name of the definition a property refers to, where it does.
fn reference(value: &Value) -> Option<String> {
    match value {
        Value::Object(map) => map
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/definitions/"))
            .map(str::to_owned)
            .or_else(|| map.values().find_map(reference)),
        Value::Array(list) => list.iter().find_map(reference),
        _ => None,
    }
}

/// Draft 7 of JSON Schema, which the YAML language server has long supported.
fn of<T: JsonSchema>(kind: Kind) -> Value {
    let mut schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value();
    constrain(&mut schema, kind == Kind::Area);
    if let Some(defs) = schema.get_mut("definitions").and_then(Value::as_object_mut) {
        for def in defs.values_mut() {
            constrain(def, false);
        }
        // A picture needs its description: `alt: ""` is how a decorative one says so.
        if let Some(required) = defs
            .get_mut("RawImage")
            .and_then(|d| d.get_mut("required"))
            .and_then(Value::as_array_mut)
        {
            required.push(Value::from("alt"));
        }
        // A schedule rule says its days in exactly one way.
        if let Some(rule) = defs.get_mut("RawSchedule").and_then(Value::as_object_mut) {
            let one = |key: &str| serde_json::json!({ "required": [key] });
            rule.insert(
                "oneOf".into(),
                Value::Array(vec![one("weekly"), one("monthly"), one("dates")]),
            );
        }
    }
    schema
}

/// What `check` asks of a value that the Rust type alone does not say, as patterns an
/// editor sees while typing; each is as loose as the check itself, never stricter.
fn constrain(schema: &mut Value, area: bool) {
    let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
        return;
    };
    for (name, prop) in props.iter_mut() {
        let Some(p) = prop.as_object_mut() else {
            continue;
        };
        let pattern = match name.as_str() {
            // Dates are written as YYYY-MM-DD; the YAML language server treats them as text.
            "reviewed" | "valid_from" | "valid_until" | "from" | "until" => {
                r"^\d{4}-\d{1,2}-\d{1,2}$"
            }
            "postcode" => r"^\s*[1-9]\d{3}\s*[A-Za-z]{2}\s*$",
            "website" => r"^\s*https?://\S{3,}\s*$",
            "email" => r"^\s*[^@\s]+@\S*\.\S*\s*$",
            "phone" => r"^(?=(?:\D*\d){3})[0-9 +()./-]+$",
            "slug" => r"^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$",
            "kind" if area => {
                p.insert("enum".into(), serde_json::json!(["wijk", "kern"]));
                continue;
            }
            "postcodes" if area => {
                let code = serde_json::json!([
                    {"type": "integer", "minimum": 1000, "maximum": 9999},
                    {"type": "string", "pattern": r"^\s*[1-9]\d{3}\s*$"}
                ]);
                p.remove("$ref");
                p.insert(
                    "anyOf".into(),
                    serde_json::json!([
                        {"anyOf": code},
                        {"type": "array", "items": {"anyOf": code}}
                    ]),
                );
                continue;
            }
            _ => continue,
        };
        p.insert("pattern".into(), Value::from(pattern));
    }
}

/// The `yaml.schemas` setting of VS Code that gives each content folder its schema, for
/// schemas written to `dir` (relative to the site folder).
pub fn vscode_settings(dir: &str) -> Value {
    let map: serde_json::Map<String, Value> = Kind::ALL
        .into_iter()
        .map(|kind| {
            let path = if dir.starts_with('/') {
                format!("{dir}/{}", file_name(kind))
            } else {
                format!("./{dir}/{}", file_name(kind))
            };
            (
                path,
                Value::from(format!("content/{}/*.yaml", kind.folder())),
            )
        })
        .collect();
    serde_json::json!({ "yaml.schemas": map })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of an object schema's properties, sorted.
    fn keys(schema: &Value) -> Vec<String> {
        let mut keys: Vec<String> = schema["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default();
        keys.sort();
        keys
    }

    fn catalogue_keys(fields: &[Field]) -> Vec<String> {
        let mut keys: Vec<String> = fields
            .iter()
            .filter(|f| f.key != "body")
            .map(|f| f.key.to_owned())
            .collect();
        keys.sort();
        keys
    }

    /// A field the serde structs accept and the catalogue does not describe (or the other
    /// way round) fails here: the CMS, `new`, `import` and these schemas would miss it.
    #[test]
    fn the_catalogue_names_exactly_the_fields_files_may_hold() {
        for (kind, schema) in schemas(Lang::Nl) {
            let fields = fields::of(kind);
            assert_eq!(keys(&schema), catalogue_keys(fields), "{kind:?}");
            for field in fields.iter().filter(|f| !f.parts().is_empty()) {
                let name = reference(&schema["properties"][field.key]).unwrap();
                let def = &schema["definitions"][&name];
                assert_eq!(keys(def), catalogue_keys(field.parts()), "{kind:?} {name}");
            }
            for field in fields.iter().chain(fields.iter().flat_map(|f| f.parts())) {
                assert!(
                    !field.label.is_empty() && !field.en.is_empty(),
                    "{kind:?} {} needs a label and its meaning in English",
                    field.key
                );
            }
        }
    }

    #[test]
    fn every_field_is_described_in_the_language_of_the_site() {
        let nl = schemas(Lang::Nl);
        let en = schemas(Lang::En);
        let (_, activity) = nl.iter().find(|(k, _)| *k == Kind::Activity).unwrap();
        assert_eq!(activity["properties"]["cost"]["title"], "Kosten");
        assert!(
            activity["definitions"]["RawSchedule"]["properties"]["time"]["description"]
                .as_str()
                .unwrap()
                .starts_with("Begin en einde")
        );
        let (_, activity) = en.iter().find(|(k, _)| *k == Kind::Activity).unwrap();
        assert!(
            activity["properties"]["cost"]["description"]
                .as_str()
                .unwrap()
                .starts_with("What it costs")
        );
        // No description is left from the Rust types.
        for (_, schema) in nl {
            let text = schema.to_string();
            assert!(!text.contains("README"), "{text}");
        }
    }
}
