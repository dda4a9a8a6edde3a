//! Building the demo and fixture sites with the real binary: every page kind present and
//! linked, the same bytes twice, no link escaping a sub-path, and a failed build that
//! leaves the previous site as it was.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::util::{
    TempSite, build, build_demo, fixture, links, repo, run, run_with_env, stderr, tree,
};

#[test]
fn demo_builds_every_page_kind() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let result = build_demo(&out, &[]);
    assert_eq!(result.status.code(), Some(0), "{}", stderr(&result));
    // Not on a terminal: the warnings and the summary, no progress bar or escape codes.
    let messages = stderr(&result);
    assert!(
        !messages.contains('\x1b') && !messages.contains('\r'),
        "{messages:?}"
    );
    assert!(messages.lines().last().unwrap().starts_with("Built "));
    for page in [
        "index.html",
        "404.html",
        "agenda/index.html",
        "zoeken/index.html",
        "wijken/index.html",
        "wijken/centrum/index.html",
        "wijken/oudeweer/index.html",
        "activiteiten/index.html",
        "activiteiten/koffieochtend-de-linde/index.html",
        "plekken/buurthuis-de-linde/index.html",
        "hulp/formulierenhulp/index.html",
        "mensen/marloes-de-wit/index.html",
        "vrijwilligerswerk/maatje/index.html",
        "organisaties/welzijn-lindewaard/index.html",
        "toegankelijkheid/index.html",
    ] {
        assert!(out.join(page).is_file(), "{page} is missing");
    }
    assert!(
        !out.join("vrijwilligerswerk/zomerfeest-helpers").exists(),
        "an expired entry is not published"
    );
    let summary = stderr(&result);
    for part in [
        "Built ",
        "30 activities",
        "left out: 1 expired",
        "load ",
        "render ",
        "write ",
    ] {
        assert!(summary.contains(part), "summary lacks {part:?}: {summary}");
    }
}

#[test]
fn demo_has_at_least_80_entries_over_every_kind() {
    let root = repo().join("content");
    let mut total = 0;
    for kind in [
        "areas",
        "organisations",
        "places",
        "activities",
        "services",
        "people",
        "volunteering",
        "pages",
    ] {
        let n = std::fs::read_dir(root.join(kind))
            .map(|d| d.count())
            .unwrap_or(0);
        assert!(n > 0, "no {kind} in the demo");
        total += n;
    }
    assert!(total >= 80, "the demo has {total} entries");
}

#[test]
fn building_twice_gives_the_same_bytes_whatever_the_threads() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    assert!(build_demo(&a, &[]).status.success());
    let out = build(&repo(), &b, &[], &[("RAYON_NUM_THREADS", "1")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let (ta, tb) = (tree(&a), tree(&b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(bytes == &tb[path], "{path} differs between two builds");
    }
}

/// Copies the demo's files into `to`, creating them in the given order of their paths.
fn copy_demo_in_order(to: &Path, reverse: bool) {
    let root = repo();
    let mut files: Vec<PathBuf> = ["content", "static", "themes"]
        .iter()
        .flat_map(|dir| walkdir::WalkDir::new(root.join(dir)))
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(&root).unwrap().to_owned())
        .collect();
    files.push(PathBuf::from("site.toml"));
    files.sort();
    if reverse {
        files.reverse();
    }
    for file in files {
        let target = to.join(&file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(root.join(&file), target).unwrap();
    }
}

/// The names in a folder in the order the file system lists them.
fn listing(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn the_order_the_file_system_lists_files_in_does_not_change_the_output() {
    // tmpfs lists a folder in the order its files were made; other file systems in an
    // order of their own. Two copies made in opposite orders are listed differently.
    let shm = Path::new("/dev/shm");
    let dir = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    copy_demo_in_order(&a, false);
    copy_demo_in_order(&b, true);
    let activities = Path::new("content/activities");
    assert_ne!(
        listing(&a.join(activities)),
        listing(&b.join(activities)),
        "this file system lists both copies alike, so the test would prove nothing"
    );
    let (out_a, out_b) = (dir.path().join("out-a"), dir.path().join("out-b"));
    for (root, out) in [(&a, &out_a), (&b, &out_b)] {
        let result = build(root, out, &[], &[]);
        assert!(result.status.success(), "{}", stderr(&result));
    }
    let (ta, tb) = (tree(&out_a), tree(&out_b));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(bytes == &tb[path], "{path} differs with the listing order");
    }
}

#[test]
fn the_date_comes_from_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    // 2026-11-23 00:30 in Amsterdam is still 2026-11-22 in UTC.
    let out = run_with_env(
        &[
            "build",
            "--root",
            fixture("valid").to_str().unwrap(),
            "--out",
            dir.path().join("p").to_str().unwrap(),
        ],
        &[("SOURCE_DATE_EPOCH", "1795390200")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("for 2026-11-23 (date from SOURCE_DATE_EPOCH)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn sub_path_build_keeps_every_link_inside_the_sub_path_and_every_link_resolves() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let result = build_demo(&out, &["--base-url", "https://example.org/sociale-kaart/"]);
    assert!(result.status.success(), "{}", stderr(&result));
    let files = tree(&out);
    let mut problems = BTreeSet::new();
    for (path, bytes) in files.iter().filter(|(p, _)| p.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        for link in links(&html) {
            if link.starts_with("mailto:") || link.starts_with("tel:") || link.starts_with('#') {
                continue;
            }
            // A calendar feed to subscribe to is the site's own file.
            if let Some(feed) = link.strip_prefix("webcal://example.org/sociale-kaart/") {
                if !files.contains_key(feed) {
                    problems.insert(format!("{path}: {link} points at nothing"));
                }
                continue;
            }
            if let Some(external) = link
                .strip_prefix("https://")
                .or_else(|| link.strip_prefix("http://"))
            {
                let own = external.starts_with("example.org/");
                if own && !external.starts_with("example.org/sociale-kaart/") {
                    problems.insert(format!("{path}: {link} leaves the sub-path"));
                }
                continue;
            }
            let Some(site_path) = link.strip_prefix("/sociale-kaart/") else {
                problems.insert(format!("{path}: {link} is not under /sociale-kaart/"));
                continue;
            };
            let target = site_path.split(['#', '?']).next().unwrap_or("");
            let file = if target.is_empty() || target.ends_with('/') {
                format!("{target}index.html")
            } else {
                target.to_owned()
            };
            if !files.contains_key(&file) {
                problems.insert(format!("{path}: {link} points at nothing"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}",
        problems.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn home_links_to_every_listing_and_area() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    assert!(build_demo(&out, &[]).status.success());
    let home = std::fs::read_to_string(out.join("index.html")).unwrap();
    for path in [
        "wijken/",
        "activiteiten/",
        "plekken/",
        "hulp/",
        "mensen/",
        "vrijwilligerswerk/",
        "organisaties/",
        "agenda/",
        "zoeken/",
        "wijken/centrum/",
        "wijken/heikamp/",
    ] {
        assert!(
            home.contains(&format!("/sociale-kaart/{path}")),
            "home has no link to {path}"
        );
    }
}

#[test]
fn a_failed_build_leaves_the_previous_site_byte_identical() {
    let site = TempSite::copy_of("valid");
    assert!(site.build().status.success());
    let before = tree(&site.out);
    site.write(
        "content/activities/koffie.md",
        "---\ntitle: Koffie\nsumary: kapot\n---\n",
    );
    let failed = site.build();
    assert_eq!(failed.status.code(), Some(1));
    assert!(
        stderr(&failed).contains("is unchanged"),
        "{}",
        stderr(&failed)
    );
    assert_eq!(tree(&site.out), before);
    // Beside the site and its output only the record of the last good build's pages.
    let leftovers: Vec<_> = std::fs::read_dir(site.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n != ".public.buurtgids-pages")
        .collect();
    assert_eq!(
        leftovers.len(),
        2,
        "staging folders left behind: {leftovers:?}"
    );
}

/// A tmpfs of `size` at a new folder, unmounted when dropped; `None` where this user may
/// not mount (the test suite runs as root in CI, where it must work).
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount(size: &str) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            mounted || std::env::var_os("CI").is_none(),
            "CI runs as root and can mount a small disk"
        );
        mounted.then_some(SmallDisk(dir))
    }

    /// Fills what is left; dd stops with "No space left on device".
    fn fill(&self, name: &str) {
        let _ = std::process::Command::new("dd")
            .args(["if=/dev/zero", "bs=64k"])
            .arg(format!("of={}", self.0.path().join(name).display()))
            .output();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg(self.0.path())
            .status();
    }
}

#[test]
fn a_full_disk_is_one_message_with_the_size_and_the_site_online_stays() {
    let Some(disk) = SmallDisk::mount("16m") else {
        eprintln!("skipped: cannot mount a small disk as this user");
        return;
    };
    let out = disk.0.path().join("site");
    let first = build_demo(&out, &[]);
    assert!(first.status.success(), "{}", stderr(&first));
    let before = tree(&out);
    disk.fill("fill");
    let failed = build_demo(&out, &["--base-url", "https://example.org/ander/"]);
    assert_eq!(failed.status.code(), Some(1));
    let messages = stderr(&failed);
    assert_eq!(messages.matches("error:").count(), 1, "{messages}");
    assert!(messages.contains("the disk is full"), "{messages}");
    assert!(messages.contains("The new site needs about "), "{messages}");
    assert!(messages.contains("is unchanged"), "{messages}");
    assert!(!messages.contains("No space left"), "{messages}");
    let error = messages
        .split("\n\n")
        .find(|m| m.contains("error:"))
        .unwrap();
    assert!(!error.contains("-->"), "no file to point at: {error}");
    assert_eq!(tree(&out), before);

    // Nothing online yet: the message says at least how much it tried.
    std::fs::remove_dir_all(&out).unwrap();
    disk.fill("fill-again");
    let failed = build_demo(&out, &[]);
    let messages = stderr(&failed);
    assert_eq!(failed.status.code(), Some(1));
    assert_eq!(messages.matches("error:").count(), 1, "{messages}");
    assert!(messages.contains("the disk is full"), "{messages}");
}

#[test]
fn a_template_error_fails_the_build_and_keeps_the_previous_site() {
    let site = TempSite::copy_of("valid");
    assert!(site.build().status.success());
    let before = tree(&site.out);
    site.write(
        "templates/list.html",
        "{% extends \"base.html\" %}{% block main %}{{ nope.nothing }}{% endblock main %}",
    );
    let failed = site.build();
    assert_eq!(failed.status.code(), Some(1), "{}", stderr(&failed));
    assert!(stderr(&failed).contains("list.html"), "{}", stderr(&failed));
    assert_eq!(tree(&site.out), before);
}

#[test]
fn a_site_template_overrides_the_theme_file_by_file() {
    let site = TempSite::copy_of("valid");
    site.write("templates/page.html", "{% extends \"base.html\" %}{% block main %}<h1>Eigen sjabloon: {{ entry.title }}</h1>{% endblock main %}");
    let result = site.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let page = std::fs::read_to_string(site.out.join("over/index.html")).unwrap();
    assert!(page.contains("Eigen sjabloon: Over deze gids"));
    let home = std::fs::read_to_string(site.out.join("index.html")).unwrap();
    assert!(
        home.contains("Testkaart"),
        "the other templates still come from the theme"
    );
}

#[test]
fn build_refuses_to_replace_a_folder_it_did_not_make() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("documents");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("letter.txt"), "keep me").unwrap();
    let result = build(&fixture("valid"), &out, &[], &[]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        stderr(&result).contains("was not made by buurtgids"),
        "{}",
        stderr(&result)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("letter.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn english_site_uses_english_interface_and_schedules() {
    let site = TempSite::copy_of("valid");
    let toml = std::fs::read_to_string(site.root.join("site.toml")).unwrap();
    site.write(
        "site.toml",
        &toml.replace("report_email", "language = \"en\"\nreport_email"),
    );
    let result = site.build();
    assert!(result.status.success(), "{}", stderr(&result));
    let page = std::fs::read_to_string(site.out.join("activiteiten/koffie/index.html")).unwrap();
    assert!(page.contains("lang=en"), "html lang");
    assert!(
        page.contains("Every Tuesday from 10:00 to 11:30"),
        "schedule in English"
    );
    assert!(page.contains("Skip to content"));
}

#[test]
fn bad_today_is_a_usage_error() {
    let out = run(&[
        "build",
        "--root",
        fixture("valid").to_str().unwrap(),
        "--today",
        "2026-02-30",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("February 2026 has 28 days"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_area_page_shows_its_own_prevention_worker_first() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    assert!(build_demo(&out, &[]).status.success());
    let page = std::fs::read_to_string(out.join("wijken/oudeweer/index.html")).unwrap();
    let own = page
        .find("Marloes de Wit")
        .expect("the preventiewerker of Oudeweer is on its page");
    let everywhere = page
        .find("Ingrid Smit")
        .expect("municipality-wide contacts are there too");
    assert!(
        own < everywhere,
        "the kern's own preventiewerker comes first"
    );
    let people = page.find("id=section-person").expect("a people section");
    let activities = page
        .find("id=section-activity")
        .expect("an activities section");
    assert!(people < activities, "people come before activities");
}

#[cfg(unix)]
#[test]
fn a_rebuild_rewrites_the_site_before_in_place_and_ends_up_as_a_fresh_build() {
    use std::os::unix::fs::MetadataExt;
    let site = TempSite::copy_of("valid");
    let koffie = site.root.join("content/activities/koffie.md");
    let original = std::fs::read_to_string(&koffie).unwrap();
    site.write("static/extra", "a file where the next site has a folder\n");
    assert!(site.build().status.success());
    let inode = |path: &str| std::fs::metadata(site.out.join(path)).unwrap().ino();
    let privacy = inode("privacy/index.html");
    // A deployment that hard-links the published files must keep its copy.
    let deployed = site.dir.path().join("deployed.html");
    std::fs::hard_link(site.out.join("activiteiten/koffie/index.html"), &deployed).unwrap();
    let published = std::fs::read(&deployed).unwrap();

    let renamed = original.replace("title: Koffieochtend", "title: Koffie en thee");
    site.write("content/activities/koffie.md", &renamed);
    assert!(site.build().status.success());
    // The third build writes into the folder of the first: the page that did not
    // change stays the same file, a file is in the way of a folder, an entry is gone.
    std::fs::remove_file(site.root.join("static/extra")).unwrap();
    site.write("static/extra/now-a-folder.txt", "x\n");
    std::fs::remove_file(site.root.join("content/volunteering/maatje.md")).unwrap();
    assert!(site.build().status.success());
    assert_eq!(
        inode("privacy/index.html"),
        privacy,
        "an unchanged file is left alone"
    );
    assert_eq!(
        std::fs::read(&deployed).unwrap(),
        published,
        "a hard link keeps its bytes"
    );
    assert!(!site.out.join("vrijwilligerswerk/maatje").exists());

    let fresh = site.dir.path().join("fresh");
    assert!(build(&site.root, &fresh, &[], &[]).status.success());
    assert!(
        tree(&site.out) == tree(&fresh),
        "the rewritten site differs from a fresh build"
    );
}

#[test]
fn the_site_before_is_kept_beside_the_new_one_until_the_next_build_removes_it() {
    let site = TempSite::copy_of("valid");
    let previous = site.dir.path().join(".public.buurtgids-previous");
    assert!(site.build().status.success());
    assert!(!previous.exists(), "nothing came before the first build");
    let first = tree(&site.out);
    site.write(
        "content/activities/koffie.md",
        &std::fs::read_to_string(site.root.join("content/activities/koffie.md"))
            .unwrap()
            .replace("title: Koffieochtend", "title: Koffie en thee"),
    );
    assert!(site.build().status.success());
    assert_eq!(tree(&previous), first, "the site that was online is kept");
    assert_ne!(tree(&site.out), first);
    let second = tree(&site.out);
    assert!(site.build().status.success());
    assert_eq!(tree(&previous), second, "only the one before is kept");
    let names: BTreeSet<String> = std::fs::read_dir(site.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let expected: BTreeSet<String> = [
        "site",
        "public",
        ".public.buurtgids-previous",
        ".public.buurtgids-pages",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(names, expected);
}

#[test]
fn a_rebuild_reuses_a_page_only_while_its_html_and_the_file_written_are_unchanged() {
    let site = TempSite::demo();
    assert!(site.build().status.success());
    let record = site.dir.path().join(".public.buurtgids-pages");
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(text.starts_with("buurtgids "), "{text}");
    assert!(text.contains("\nindex.html\t"), "{text}");
    // Someone edits the published home page; an editor changes an entry.
    std::fs::write(site.out.join("index.html"), "changed by hand").unwrap();
    let entry = site.root.join("content/activities/breicafe.md");
    let changed =
        std::fs::read_to_string(&entry)
            .unwrap()
            .replacen("summary: ", "summary: Nieuw! ", 1);
    std::fs::write(&entry, changed).unwrap();
    let rebuilt = site.build();
    assert!(rebuilt.status.success(), "{}", stderr(&rebuilt));
    // A fresh build of the same content into an empty folder writes the same bytes.
    let fresh = site.dir.path().join("fresh");
    let built = build(&site.root, &fresh, &[], &[]);
    assert!(built.status.success(), "{}", stderr(&built));
    assert_eq!(tree(&site.out), tree(&fresh));
    let page = std::fs::read_to_string(site.out.join("activiteiten/breicafe/index.html")).unwrap();
    assert!(page.contains("Nieuw!"));
    // A record from another binary, or a damaged one, is not used.
    std::fs::write(&record, "buurtgids 0.0.0 1 1\nindex.html\t0\t0\t0\n").unwrap();
    std::fs::write(site.out.join("index.html"), "changed by hand").unwrap();
    assert!(site.build().status.success());
    assert_eq!(tree(&site.out), tree(&fresh));
}

#[test]
fn an_output_folder_that_holds_the_site_is_refused_without_an_empty_location() {
    let site = TempSite::copy_of("valid");
    for (out, says) in [
        (
            ".",
            ". cannot be the output folder: it holds the site itself",
        ),
        (
            "static/x",
            "static/x cannot be the output folder: it is inside the site's own files",
        ),
    ] {
        let result = crate::util::command()
            .args(["build", "--out", out, "--today", crate::util::TODAY])
            .current_dir(&site.root)
            .output()
            .unwrap();
        let text = stderr(&result);
        assert_eq!(result.status.code(), Some(1), "{text}");
        assert!(text.contains(&format!("error: {says}\n")), "{text}");
        // The problem is of the command line, not of a file: no `-->` pointing nowhere.
        assert!(!text.contains("-->"), "{text}");
    }
    assert!(site.root.join("site.toml").is_file());
    assert!(!site.root.join("static/x").exists());
}
