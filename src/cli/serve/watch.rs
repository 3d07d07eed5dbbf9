//! What `serve` watches: the project's inputs (records, nights, templates, the settings
//! file, fallback fonts), for changes to their content only. Opening or reading a file is
//! not a change (a build reads every record, and must not start the next one); a batch of
//! changes that leaves every input as it was (a file saved unchanged, a touch) starts no
//! build either.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, SystemTime};

use notify::event::{EventKind, ModifyKind};
use notify::{RecommendedWatcher, RecursiveMode, Watcher as _};

/// How long a burst of changes is gathered into one (a save can touch a file three
/// times).
const SETTLE: Duration = Duration::from_millis(250);

/// The most files an input folder is fingerprinted by; a folder with more is compared by
/// these and its own listing only.
const MAX_FILES: usize = 100_000;

/// A watcher of the inputs, and what it has seen.
pub struct Watcher {
    watcher: RecommendedWatcher,
    changes: Receiver<notify::Result<notify::Event>>,
    watched: Vec<PathBuf>,
    /// The output folder: the build's own writes are not the user's changes.
    out: PathBuf,
}

impl Watcher {
    pub fn new(out: &Path) -> notify::Result<Watcher> {
        let (send, changes) = std::sync::mpsc::channel();
        let watcher = notify::recommended_watcher(send)?;
        let out = out.canonicalize().unwrap_or_else(|_| out.to_path_buf());
        Ok(Watcher { watcher, changes, watched: Vec::new(), out })
    }

    /// Watches `paths` from now on: each one that exists, and for one that does not yet
    /// (a settings file not written yet), the folder it would appear in.
    pub fn watch(&mut self, paths: &[PathBuf]) {
        for old in std::mem::take(&mut self.watched) {
            let _ = self.watcher.unwatch(&old);
        }
        for path in paths {
            let (target, mode) = if path.exists() {
                (path.clone(), RecursiveMode::Recursive)
            } else {
                let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
                (parent.to_path_buf(), RecursiveMode::NonRecursive)
            };
            if !self.watched.contains(&target) && self.watcher.watch(&target, mode).is_ok() {
                self.watched.push(target);
            }
        }
    }

    /// Waits for the next change to an input's content, then for the burst it belongs to
    /// to settle. `None` when the watcher has stopped.
    pub fn next_change(&self) -> Option<()> {
        loop {
            let event = self.changes.recv().ok()?;
            if self.is_change(event) {
                break;
            }
        }
        loop {
            match self.changes.recv_timeout(SETTLE) {
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) => return Some(()),
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Whether an event changes what an input says: a file made, removed, renamed or
    /// written, outside the output folder. Opening, reading and closing are not.
    fn is_change(&self, event: notify::Result<notify::Event>) -> bool {
        let Ok(event) = event else { return false };
        let content = match event.kind {
            EventKind::Create(_) | EventKind::Remove(_) => true,
            EventKind::Modify(ModifyKind::Data(_) | ModifyKind::Name(_) | ModifyKind::Any | ModifyKind::Other) => true,
            EventKind::Modify(ModifyKind::Metadata(_)) | EventKind::Access(_) | EventKind::Any | EventKind::Other => {
                false
            }
        };
        content && !event.paths.iter().all(|p| p.starts_with(&self.out))
    }
}

/// Every input file with its size and modification time.
pub type Fingerprint = BTreeMap<PathBuf, (u64, Option<SystemTime>)>;

/// What the inputs are, as far as a build cares: every file under `paths` (but for the
/// output folder `out`) with its size and modification time. Two equal fingerprints mean
/// no input changed.
pub fn fingerprint(paths: &[PathBuf], out: &Path) -> Fingerprint {
    let mut found = BTreeMap::new();
    let mut stack: Vec<PathBuf> = paths.to_vec();
    while let Some(path) = stack.pop() {
        if found.len() >= MAX_FILES {
            break;
        }
        if path.starts_with(out) {
            continue;
        }
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            stack.extend(std::fs::read_dir(&path).into_iter().flatten().flatten().map(|e| e.path()));
        } else {
            found.insert(path, (meta.len(), meta.modified().ok()));
        }
    }
    found
}
