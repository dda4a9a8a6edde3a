//! `buurtgids schema`: a JSON Schema per kind of entry, and the VS Code setting that
//! uses them.

use std::process::ExitCode;

use buurtgids::output::File;
use buurtgids::t;

/// Writes the JSON Schemas of the content files into `out`, described in the language of
/// the site at `root`, and says how to use them.
pub(crate) fn run(out: &std::path::Path, root: &std::path::Path) -> ExitCode {
    use buurtgids::schema;
    let lang = if root.join("site.toml").exists() {
        match buurtgids::config::Config::from_file(root) {
            Ok(config) if config.language == "en" => schema::Lang::En,
            Ok(_) => schema::Lang::Nl,
            Err(diagnostics) => {
                super::print(&diagnostics, root);
                return ExitCode::FAILURE;
            }
        }
    } else {
        schema::Lang::Nl
    };
    let files: Vec<File> = schema::schemas(lang)
        .into_iter()
        .map(|(kind, value)| {
            let text = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
            File::new(schema::file_name(kind), text, false)
        })
        .collect();
    if let Err(message) = buurtgids::output::write_into(out, &files) {
        super::error(&message);
        return ExitCode::FAILURE;
    }
    let dir = out.to_string_lossy().replace('\\', "/");
    let settings = serde_json::to_string_pretty(&schema::vscode_settings(&dir)).unwrap_or_default();
    eprintln!(
        "{}",
        t!("schema-written", folder = out, settings = settings)
    );
    ExitCode::SUCCESS
}
