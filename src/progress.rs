//! Progress on a terminal for work that takes more than a second.
//!
//! Quiet when standard error is not a terminal or `CI` is set, so logs stay clean. The bar
//! stays hidden for the first second: a quick build shows nothing but its summary line.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long work runs before its progress is shown.
const DELAY: Duration = Duration::from_secs(1);

#[derive(Debug, Clone, Default)]
pub struct Progress {
    inner: Option<Arc<Inner>>,
}

#[derive(Debug)]
struct Inner {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
}

impl Progress {
    /// Progress for this run: shown on a terminal, outside CI.
    pub fn for_terminal() -> Progress {
        use std::io::IsTerminal;
        let enabled = std::io::stderr().is_terminal() && std::env::var_os("CI").is_none();
        if !enabled {
            return Progress::default();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        if let Ok(style) = ProgressStyle::with_template("{msg:12} [{bar:30}] {pos}/{len}") {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress {
            inner: Some(Arc::new(Inner {
                bar,
                started: Instant::now(),
                shown: AtomicBool::new(false),
            })),
        }
    }

    /// Starts a stage of `total` steps.
    pub fn stage(&self, name: impl AsRef<str>, total: usize) {
        if let Some(p) = &self.inner {
            p.bar.set_message(name.as_ref().to_owned());
            p.bar.set_length(total as u64);
            p.bar.set_position(0);
            p.show();
        }
    }

    /// `n` more steps done.
    pub fn inc(&self, n: usize) {
        if let Some(p) = &self.inner {
            p.bar.inc(n as u64);
            p.show();
        }
    }

    /// Removes the bar, before the summary is printed.
    pub fn finish(&self) {
        if let Some(p) = &self.inner {
            p.bar.finish_and_clear();
        }
    }
}

impl Inner {
    fn show(&self) {
        if self.started.elapsed() >= DELAY && !self.shown.swap(true, Ordering::Relaxed) {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
    }
}
