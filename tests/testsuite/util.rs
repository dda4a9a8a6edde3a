//! Running the real binary, and comparing output trees.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub(crate) const TODAY: &str = "2026-11-23";

pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub(crate) fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures").join(name)
}

/// Runs `buurtgids` with `args` and returns its output; never hangs on standard input.
pub(crate) fn run(args: &[&str]) -> Output {
    run_with_env(args, &[])
}

/// The binary, speaking English: most tests read its messages in the English catalogue,
/// whatever the machine's locale; `language.rs` and the fixtures pin the Dutch one (an
/// empty `LANG` leaves the choice to the site).
pub(crate) fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_buurtgids"));
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_GB.UTF-8");
    cmd
}

pub(crate) fn run_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = command();
    cmd.args(args)
        .stdin(std::process::Stdio::null())
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !stderr.contains("panicked"),
        "buurtgids panicked on {args:?}:\n{stderr}"
    );
    output
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every file under `dir`, by relative path, with its bytes.
pub(crate) fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// Copies a folder (a fixture site) so a test can change it.
fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let target = to.join(e.path().strip_prefix(from).unwrap());
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}

/// Builds the site in `root` into `out` for the fixed test date.
pub(crate) fn build(root: &Path, out: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let mut args = vec![
        "build",
        "--root",
        root.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--today",
        TODAY,
    ];
    args.extend_from_slice(extra);
    run_with_env(&args, env)
}

/// Builds the repository's demo site into `out` for the fixed test date.
pub(crate) fn build_demo(out: &Path, extra: &[&str]) -> Output {
    build(&repo(), out, extra, &[])
}

/// The demo built into a temporary folder for the fixed test date; the build must succeed.
/// Returns the folder (removed when dropped) and the output in it.
pub(crate) fn built_demo() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let result = build_demo(&out, &[]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    (dir, out)
}

/// Every `href` and `src` in a page.
pub(crate) fn links(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attr in ["href=", "src="] {
        let mut rest = html;
        while let Some(i) = rest.find(attr) {
            rest = &rest[i + attr.len()..];
            let value = match rest.chars().next() {
                Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
                _ => rest
                    .split(|c: char| c.is_whitespace() || c == '>')
                    .next()
                    .unwrap_or(""),
            };
            found.push(value.replace("&amp;", "&"));
        }
    }
    found
}

/// Text from minified HTML with the entities the templates write turned back.
pub(crate) fn unescape_html(text: &str) -> String {
    text.replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A copy of a fixture site in a temporary folder that a test may change, with an output
/// folder beside it.
pub(crate) struct TempSite {
    pub dir: tempfile::TempDir,
    pub root: PathBuf,
    pub out: PathBuf,
}

impl TempSite {
    pub(crate) fn copy_of(name: &str) -> TempSite {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        copy_dir(&fixture(name), &root);
        let out = dir.path().join("public");
        TempSite { dir, root, out }
    }

    /// An invalid fixture: the valid site with the files of `invalid/<name>/` in place
    /// of its own, and without those its `expect.toml` lists under `remove`.
    pub(crate) fn invalid(name: &str) -> TempSite {
        let site = TempSite::copy_of("valid");
        let case = fixture("invalid").join(name);
        copy_dir(&case, &site.root);
        std::fs::remove_file(site.root.join("expect.toml")).unwrap();
        let expect: toml::Table =
            toml::from_str(&std::fs::read_to_string(case.join("expect.toml")).unwrap()).unwrap();
        for rel in expect
            .get("remove")
            .and_then(|r| r.as_array())
            .into_iter()
            .flatten()
        {
            std::fs::remove_file(site.root.join(rel.as_str().unwrap())).unwrap();
        }
        site
    }

    /// A copy of the repository's demo site.
    pub(crate) fn demo() -> TempSite {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        for part in ["content", "static", "themes"] {
            copy_dir(&repo().join(part), &root.join(part));
        }
        std::fs::copy(repo().join("site.toml"), root.join("site.toml")).unwrap();
        let out = dir.path().join("public");
        TempSite { dir, root, out }
    }

    pub(crate) fn build(&self) -> Output {
        build(&self.root, &self.out, &[], &[])
    }

    pub(crate) fn write(&self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}

/// `buurtgids check --format json` of the site at `root` for the test date, with `extra`
/// options: the exit code and the problems.
pub(crate) fn check_json(root: &Path, extra: &[&str]) -> (Option<i32>, Vec<serde_json::Value>) {
    let mut args = vec![
        "check",
        "--root",
        root.to_str().unwrap(),
        "--today",
        TODAY,
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    let found = serde_json::from_slice(&out.stdout).unwrap();
    (out.status.code(), found)
}

/// Writes the benchmark's generated site of `entries` entries into `root`
/// (`bench/corpus.py`).
pub(crate) fn generate_corpus(entries: usize, root: &Path) {
    let made = Command::new("python3")
        .arg(repo().join("bench/corpus.py"))
        .args(["--entries", &entries.to_string(), "--out"])
        .arg(root)
        .output()
        .expect("python3 runs bench/corpus.py");
    assert!(made.status.success(), "{}", stderr(&made));
}

/// The Python that has `jsonschema`: `BUURTGIDS_PYTHON`, else the virtual environment
/// `tests/run.sh` makes, else `python3`.
pub(crate) fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("BUURTGIDS_PYTHON") {
        return p.into();
    }
    let venv = repo().join("tests/.venv/bin/python3");
    if venv.exists() {
        venv
    } else {
        "python3".into()
    }
}

/// Validates `docs` (a list of `{"file", "kind", "data"}`) against the JSON Schemas
/// `<kind>.schema.json` in `schemas` with `tests/schema/validate.py`; returns its lines,
/// `ok FILE` or `invalid FILE: reason`. `dir` holds the list while it runs.
pub(crate) fn validate_documents(
    schemas: &Path,
    docs: &serde_json::Value,
    dir: &Path,
) -> Vec<String> {
    let list = dir.join("docs.json");
    std::fs::write(&list, docs.to_string()).unwrap();
    let out = Command::new(python())
        .arg(repo().join("tests/schema/validate.py"))
        .arg(schemas)
        .arg(&list)
        .output()
        .expect("python3 runs tests/schema/validate.py (bash tests/run.sh installs jsonschema)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}
