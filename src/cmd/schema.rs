//! `buurtgids schema`: a JSON Schema per kind of entry, and the VS Code setting that
//! uses them.

use std::process::ExitCode;

/// Writes the JSON Schemas of the content files into `out`, and says how to use them.
pub fn run(out: &std::path::Path) -> ExitCode {
    use buurtgids::schema;
    if let Err(err) = std::fs::create_dir_all(out) {
        eprintln!("error: cannot make {}: {err}", out.display());
        return ExitCode::FAILURE;
    }
    for (kind, value) in schema::schemas() {
        let path = out.join(schema::file_name(kind));
        let text = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
        if let Err(err) = std::fs::write(&path, text) {
            eprintln!("error: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let dir = out.to_string_lossy().replace('\\', "/");
    let settings = serde_json::to_string_pretty(&schema::vscode_settings(&dir)).unwrap_or_default();
    eprintln!(
        "Wrote a JSON Schema for every kind of entry to {}. In VS Code, with the YAML extension (redhat.vscode-yaml), put this in .vscode/settings.json of the site folder:\n{settings}",
        out.display()
    );
    ExitCode::SUCCESS
}
