//! A build killed at any moment (SIGKILL: no chance to clean up) leaves the site that
//! was online complete and byte-identical, and the next build cleans up after it.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{TODAY, generate_corpus, stderr, tree};

/// Where in a build the kills land, as fractions of a whole build's time: spread over
/// loading, rendering and writing, and close to the end, where the new site is swapped in.
const MOMENTS: [f64; 5] = [0.04, 0.45, 0.85, 0.97, 0.995];

fn differences(before: &BTreeMap<String, Vec<u8>>, after: &BTreeMap<String, Vec<u8>>) -> String {
    let mut out: Vec<String> = Vec::new();
    for (path, bytes) in before {
        match after.get(path) {
            None => out.push(format!("{path} is gone")),
            Some(b) if b != bytes => out.push(format!("{path} changed")),
            _ => {}
        }
    }
    out.extend(
        after
            .keys()
            .filter(|p| !before.contains_key(*p))
            .map(|p| format!("{p} is new")),
    );
    out.truncate(10);
    out.join("\n")
}

fn build_command(root: &Path, out: &Path) -> Command {
    let mut cmd = crate::util::command();
    cmd.args(["build", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(["--today", TODAY])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .env_remove("SOURCE_DATE_EPOCH");
    cmd
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_previous_site_byte_identical() {
    // In memory where there is such a file system: the test writes a 5k site seven times.
    let shm = Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm)
    } else {
        tempfile::tempdir()
    }
    .unwrap();
    let root = dir.path().join("site");
    generate_corpus(5000, &root);
    let out = dir.path().join("public");

    let start = Instant::now();
    let first = build_command(&root, &out).output().unwrap();
    let whole = start.elapsed();
    assert!(first.status.success(), "{}", stderr(&first));
    let online = tree(&out);
    assert!(online.len() > 5000, "{} files", online.len());

    for fraction in MOMENTS {
        let mut child = build_command(&root, &out).spawn().unwrap();
        std::thread::sleep(whole.mul_f64(fraction));
        // Child::kill sends SIGKILL on Unix.
        let _ = child.kill();
        let status = child.wait().unwrap();
        let now = tree(&out);
        assert!(
            now == online,
            "after a kill at {:.1}% of a build ({status}), the site differs:\n{}",
            fraction * 100.0,
            differences(&online, &now)
        );
    }

    // The next build finishes, cleans up what the killed ones left, and gives the same
    // site.
    let last = build_command(&root, &out).output().unwrap();
    assert!(last.status.success(), "{}", stderr(&last));
    let mut leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("buurtgids"))
        .collect();
    leftovers.sort();
    // Only the record of the pages the last build wrote, and the site that was online
    // before it, kept for the next build to remove while it renders.
    assert_eq!(
        leftovers,
        [".public.buurtgids-pages", ".public.buurtgids-previous"],
        "left behind: {leftovers:?}"
    );
    assert!(
        dir.path()
            .join(".public.buurtgids-previous/.buurtgids")
            .is_file()
    );
    assert!(tree(&out) == online, "the next build differs");
    // A build takes long enough that the kills above fell inside it.
    assert!(
        whole > Duration::from_millis(500),
        "a build took only {whole:?}"
    );
}
