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
    // Dates are written as YYYY-MM-DD; the YAML language server treats them as text.
    if let Some(props) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for date in ["reviewed", "valid_from", "valid_until"] {
            if let Some(p) = props.get_mut(date).and_then(Value::as_object_mut) {
                p.insert("pattern".into(), Value::from(r"^\d{4}-\d{2}-\d{2}$"));
            }
        }
    }
    schema
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
