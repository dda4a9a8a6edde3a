//! JSON Schemas of the content files, made from the types `load` reads them into (with
//! their `///` comments as descriptions), so an editor checks and completes a YAML file
//! while it is typed: VS Code with the YAML extension, or any editor that speaks the
//! YAML language server.

use schemars::JsonSchema;
use serde_json::Value;

use crate::content::Kind;
use crate::content::raw::{
    RawActivity, RawArea, RawOrganisation, RawPage, RawPerson, RawPlace, RawService,
    RawVolunteering,
};

/// The file name of a kind's schema: `activity.schema.json`.
pub fn file_name(kind: Kind) -> String {
    format!("{}.schema.json", kind.name())
}

/// The schema of every kind's files.
pub fn schemas() -> Vec<(Kind, Value)> {
    Kind::ALL
        .into_iter()
        .map(|kind| {
            let schema = match kind {
                Kind::Area => of::<RawArea>(),
                Kind::Organisation => of::<RawOrganisation>(),
                Kind::Place => of::<RawPlace>(),
                Kind::Activity => of::<RawActivity>(),
                Kind::Service => of::<RawService>(),
                Kind::Person => of::<RawPerson>(),
                Kind::Volunteering => of::<RawVolunteering>(),
                Kind::Page => of::<RawPage>(),
            };
            (kind, schema)
        })
        .collect()
}

/// Draft 7 of JSON Schema, which the YAML language server has long supported.
fn of<T: JsonSchema>() -> Value {
    let mut schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value();
    constrain(&mut schema);
    if let Some(defs) = schema.get_mut("definitions").and_then(Value::as_object_mut) {
        for def in defs.values_mut() {
            constrain(def);
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
fn constrain(schema: &mut Value) {
    let area = schema.get("title").and_then(Value::as_str) == Some("RawArea");
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
