//! Incremental builds: what each record's outputs were made from, remembered in the
//! output folder (`.reelguide-build.json`), so a build skips a record whose inputs did not
//! change and whose outputs are still there as they were written.
//!
//! A record's inputs are its file's bytes, the summaries of the films it links to (their
//! ratings and contents print beside them), and everything the whole build shares: the
//! settings, the user's templates folder, and the program itself (its size and time, so
//! a rebuilt binary rebuilds everything). An output that is missing or whose bytes
//! differ from what was written (a file deleted, or an interrupted build) makes its
//! record build again; an output with the size and modification time it was written
//! with is taken as written, without reading it. The manifest is written after the
//! build; `--force` ignores it.
//!
//! The manifest also keeps, for every record file that checked without a single
//! problem, a hash of its bytes and what the library needs of it (its summary and
//! links): the next build takes those instead of parsing and checking the file again,
//! as long as the file, the program and the fallback fonts are the same. A file with a
//! warning is always checked again, so its warning is said at every build.
//!
//! The manifest can make a build faster, never different: it is sealed with this user's
//! key (`seal`), and one without a valid seal, larger than [`Manifest::MAX_BYTES`] or not a
//! manifest at all is not trusted (the build does everything, and says so once). An
//! output it names is only ever read when it is a regular file inside the output folder.

use std::collections::BTreeMap;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use siphasher::sip128::{Hasher128, SipHasher13};

use crate::pipeline::seal::Key;
use crate::render::pdf::fonts::Fonts;
use crate::view::summary::Summary;
use crate::write;

/// The manifest's file name inside the output folder.
pub const FILE_NAME: &str = ".reelguide-build.json";

/// What a record's outputs were made from, and what they were.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Made {
    /// A hash of every input.
    pub inputs: String,
    /// Each output file, relative to the output folder, with a hash of its bytes.
    pub outputs: BTreeMap<String, String>,
    /// Each output's size and modification time (nanoseconds) as written: an output that
    /// still has them is taken as written without reading it; one that does not is read
    /// and compared by its hash.
    #[serde(default)]
    pub stamps: BTreeMap<String, (u64, u64)>,
}

/// Every record's entry, by slug, and the records that checked clean.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Manifest {
    pub records: BTreeMap<String, Made>,
    #[serde(default)]
    pub checked: CheckCache,
}

/// Record files that an earlier build checked and found without an error, by path:
/// what the library needs of each (its summary and links) and its warnings, so that an
/// unchanged one is not parsed and checked again (like cargo, its warnings are replayed). Valid only for the program and fallback fonts
/// that checked them (`by`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CheckCache {
    pub by: String,
    pub files: BTreeMap<String, Clean>,
}

/// One record file that checked without an error.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Clean {
    /// A hash of the file's bytes.
    pub source: String,
    pub slug: String,
    pub summary: Summary,
    /// Its related films' `guide:` links, in order.
    pub related: Vec<Option<String>>,
    /// Where each link's value stands in the file, for a warning that names it.
    #[serde(default)]
    pub related_at: Vec<std::ops::Range<usize>>,
    /// Its warnings and notes, as the check found them.
    #[serde(default)]
    pub warnings: Vec<crate::read::diagnostic::Diagnostic>,
}

/// What a check's result depends on besides the record: the program and the fallback
/// fonts (which decide which characters are missing).
pub fn checker_identity(fonts: &Fonts) -> String {
    hash(&[program_identity().as_bytes(), fonts.identity().as_bytes()])
}

/// A file's size and modification time, in nanoseconds since 1970.
pub fn stamp(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    Some((meta.len(), u64::try_from(modified.as_nanos()).ok()?))
}

/// A 128-bit hash, as hex: stable across runs and machines (SipHash-1-3, fixed keys).
pub fn hash(parts: &[&[u8]]) -> String {
    let mut hasher = SipHasher13::new_with_keys(0x7265_656c_6775_6964, 0x696e_6372_656d_656e);
    for part in parts {
        hasher.write_usize(part.len());
        hasher.write(part);
    }
    format!("{:032x}", hasher.finish128().as_u128())
}

impl Manifest {
    /// The largest manifest read: a library of ten thousand records writes about 30 MB.
    pub const MAX_BYTES: u64 = 64 * 1024 * 1024;
}

/// The largest output read back to compare its hash; a larger file is built again.
const MAX_OUTPUT_BYTES: u64 = 512 * 1024 * 1024;

/// The manifest as it is kept on disk: what it says, and its seal.
#[derive(Serialize, Deserialize)]
struct Sealed {
    seal: String,
    manifest: Manifest,
}

impl Manifest {
    /// The manifest of `out` if it can be trusted, or an empty one; and, when one was there
    /// but is not trusted, why, to say once.
    pub fn read(out: &Path, key: Option<&Key>) -> (Manifest, Option<String>) {
        let path = out.join(FILE_NAME);
        if std::fs::symlink_metadata(&path).is_err() {
            return (Manifest::default(), None);
        }
        let distrust =
            |why: &str| (Manifest::default(), Some(format!("{} {why}: building everything", path.display())));
        let bytes = match crate::read::file::read_bytes(&path, Manifest::MAX_BYTES) {
            Ok(bytes) => bytes,
            Err(why) => return distrust(&format!("cannot be used ({why})")),
        };
        let Ok(sealed) = serde_json::from_slice::<Sealed>(&bytes) else {
            return distrust("is not a manifest this version of reelguide wrote");
        };
        let Some(key) = key else { return distrust("cannot be verified without this user's key") };
        let body = serde_json::to_vec(&sealed.manifest).expect("a manifest serializes");
        if !key.verify(&body, &sealed.seal) {
            return distrust("was not written by reelguide for this user, or was changed since");
        }
        (sealed.manifest, None)
    }

    /// Writes the manifest into `out`, atomically, sealed with `key` (unsealed, and so
    /// never trusted, without one).
    pub fn write(&self, out: &Path, key: Option<&Key>) -> std::io::Result<()> {
        let body = serde_json::to_vec(self).expect("a manifest serializes");
        let seal = key.map(|k| k.seal(&body)).unwrap_or_default();
        let text = serde_json::to_vec(&Sealed { seal, manifest: self.clone() }).expect("a manifest serializes");
        write::write_atomic(&out.join(FILE_NAME), &text)
    }

    /// Whether the outputs of `slug` are still what `inputs` make: the same inputs, and
    /// every output there, a regular file inside `out`, with the bytes that were written.
    pub fn is_current(&self, out: &Path, slug: &str, inputs: &str) -> bool {
        let Some(made) = self.records.get(slug) else { return false };
        made.inputs == inputs
            && !made.outputs.is_empty()
            && made.outputs.iter().all(|(name, written)| {
                let Some(path) = inside(out, slug, name) else { return false };
                let Ok(meta) = std::fs::symlink_metadata(&path) else { return false };
                if !meta.is_file() {
                    return false;
                }
                let unchanged = made.stamps.get(name).is_some_and(|s| stamp(&path) == Some(*s));
                unchanged
                    || (meta.len() <= MAX_OUTPUT_BYTES
                        && crate::read::file::read_bytes(&path, MAX_OUTPUT_BYTES)
                            .is_ok_and(|bytes| hash(&[&bytes]) == *written))
            })
    }
}

/// The path of the output `name` of the entry `key` (`her`, `nights/a-night`), when it is
/// a file in that entry's own folder: plain names only, no `..`, no root, no drive.
fn inside(out: &Path, key: &str, name: &str) -> Option<PathBuf> {
    let file = name.strip_prefix(key)?.strip_prefix('/')?;
    let plain = !file.is_empty()
        && !file.contains(['/', '\\', ':'])
        && file != ".."
        && file != "."
        && key.split('/').all(|part| crate::record::slug::is_valid(part) || part == crate::record::slug::NIGHTS_FOLDER);
    plain.then(|| out.join(key).join(file))
}

/// The inputs every record shares: the settings (as the program prints them), the
/// user's templates folder, and `checker` (the program and the fallback fonts, from
/// [`checker_identity`]).
pub fn shared_inputs(settings: &str, templates: Option<&Path>, checker: &str) -> String {
    let mut parts: Vec<Vec<u8>> = vec![settings.as_bytes().to_vec(), checker.as_bytes().to_vec()];
    for file in templates.map(files_under).unwrap_or_default() {
        parts.push(file.display().to_string().into_bytes());
        parts.push(std::fs::read(&file).unwrap_or_default());
    }
    let refs: Vec<&[u8]> = parts.iter().map(Vec::as_slice).collect();
    hash(&refs)
}

/// The running program: its version, size and modification time. A rebuilt binary (a
/// change to the code, the built-in templates or the words) rebuilds everything.
fn program_identity() -> String {
    let meta = std::env::current_exe().and_then(std::fs::metadata).ok();
    let size = meta.as_ref().map_or(0, std::fs::Metadata::len);
    let time = meta
        .and_then(|m| m.modified().ok())
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    format!("{} {size} {time}", env!("CARGO_PKG_VERSION"))
}

/// Every file under `dir`, sorted, never following a link out of it.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() {
                stack.push(entry.path());
            } else if kind.is_file() {
                found.push(entry.path());
            }
        }
    }
    found.sort();
    found
}
