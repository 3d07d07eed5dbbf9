//! Writing outputs safely.
//!
//! Every file is written to a temporary file in its own folder and renamed over the
//! target, so at any moment (a failure, Ctrl-C, kill -9) each output is either as it was
//! or complete, never truncated. A killed build can leave temporary files behind; they
//! carry a fixed prefix and the next build removes them. Nothing is written outside the
//! output folder: paths are made only from slugs, which cannot contain `/` or `..`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::read::diagnostic::Diagnostic;
use crate::record::slug;

/// The name prefix of temporary files, so a later build can recognise and remove them.
pub const TEMP_PREFIX: &str = ".reelguide-tmp-";

/// Writes `bytes` to `path` atomically (same-folder temporary file, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |file| file.write_all(bytes))
}

/// The problem an output that could not be written becomes, with what a user can do
/// about the common causes. Windows refuses to replace a file another program holds open
/// (a PDF viewer showing last week's handout), which Linux and macOS allow.
pub fn cannot_write(path: &Path, error: &std::io::Error) -> Diagnostic {
    let problem = Diagnostic::error("write", format!("cannot write {}: {error}", path.display()));
    match error.kind() {
        _ if crate::platform::is_held_open(error) => {
            problem.hint("the file is open in another program (a PDF viewer or a browser): close it and build again")
        }
        std::io::ErrorKind::PermissionDenied => problem.hint(
            "if the file is open in another program (a PDF viewer or a browser), close it and build again; \
             otherwise choose an output folder you may write to with --out",
        ),
        std::io::ErrorKind::StorageFull => problem.hint("the disk is full: free some space and build again"),
        std::io::ErrorKind::ReadOnlyFilesystem => {
            problem.hint("this disk is read-only: choose another output folder with --out")
        }
        _ => problem,
    }
}

/// Like [`write_atomic`], for content written piece by piece: `write` fills a buffered
/// temporary file, which replaces `path` only if `write` succeeds.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    crate::platform::readable(&mut builder);
    let temp = builder.tempfile_in(dir)?;
    let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, temp);
    write(&mut buffered)?;
    let temp = buffered.into_inner().map_err(|e| e.into_error())?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Writes a small file readable by its owner only, atomically: a key that must stay this
/// user's.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new().prefix(TEMP_PREFIX).tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The path of one output file: `<out>/<folder>/<slug>/<name>`, where `folder` is empty
/// for a film and `nights` for a night. Refuses a slug that is not a valid slug, so no
/// record can make a path that leaves `out`, and any folder on the way that is a
/// symbolic link, which would carry the writes wherever it points.
pub fn output_path(out: &Path, folder: &str, slug: &str, name: &str) -> Result<PathBuf, String> {
    if !slug::is_valid(slug) {
        return Err(format!("`{slug}` cannot name an output folder"));
    }
    let mut path = out.to_path_buf();
    for part in folder.split('/').filter(|p| !p.is_empty()).chain([slug]) {
        path.push(part);
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(format!(
                "refusing to write into {}: it is a symbolic link, and nothing is written outside the output folder",
                path.display()
            ));
        }
    }
    Ok(path.join(name))
}

/// How deep the build writes under `out`: `nights/<slug>/<file>`.
const WRITTEN_DEPTH: usize = 2;

/// Removes temporary files left by an interrupted build from `out` and every folder the
/// build writes into (films' and nights' folders), never following a link out of it.
/// Call it only while holding the folder's [`Lock`]: then no other build's temporaries
/// are there, only dead ones. Returns how many were removed.
pub fn remove_stale_temporaries(out: &Path) -> usize {
    let mut removed = 0;
    let mut folders = vec![(out.to_path_buf(), 0)];
    while let Some((folder, depth)) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else { continue };
        for entry in entries.filter_map(Result::ok) {
            // `file_type` does not follow links: a link to a folder is neither.
            let Ok(kind) = entry.file_type() else { continue };
            if kind.is_dir() && depth < WRITTEN_DEPTH {
                folders.push((entry.path(), depth + 1));
            } else if kind.is_file()
                && entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
                && std::fs::remove_file(entry.path()).is_ok()
            {
                removed += 1;
            }
        }
    }
    removed
}

/// An advisory lock on the output folder for the length of a build: a second build into
/// the same folder waits for the first instead of sweeping its temporary files away or
/// interleaving its outputs. Released when dropped (or when the process dies). What is
/// locked is the folder itself, or a lock file in it where the system cannot lock a
/// folder (`platform::lock_file`).
#[derive(Debug)]
pub struct Lock {
    _folder: std::fs::File,
}

impl Lock {
    /// Takes the lock on `out` (creating the folder), saying so when it has to wait.
    pub fn take(out: &Path, waiting: impl FnOnce()) -> std::io::Result<Lock> {
        std::fs::create_dir_all(out)?;
        let folder = crate::platform::lock_file(out)?;
        match folder.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                waiting();
                folder.lock()?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(e),
        }
        Ok(Lock { _folder: folder })
    }
}

/// Why an output folder was refused.
#[derive(Debug, PartialEq, Eq)]
pub struct UnsafeOut(pub String);

/// Refuses output folders where writing would do damage: the file-system root, the
/// current folder (the project), the home folder, a folder of records, or any folder
/// that contains the records.
pub fn check_out_folder(out: &Path, inputs: &[PathBuf]) -> Result<(), UnsafeOut> {
    let resolved = resolve(out);
    let refuse = |why: &str| Err(UnsafeOut(format!("refusing to write into {}: {why}", out.display())));
    if out.exists() && !out.is_dir() {
        return refuse("it is a file, not a folder");
    }
    if resolved.parent().is_none() {
        return refuse("it is the root of the file system");
    }
    if let Ok(cwd) = std::env::current_dir()
        && resolve(&cwd) == resolved
    {
        return refuse("it is the current folder; outputs go in a folder of their own, such as out/");
    }
    if let Some(home) = crate::platform::home()
        && resolve(&home) == resolved
    {
        return refuse("it is your home folder");
    }
    for input in inputs {
        let input = resolve(input);
        let folder =
            if input.is_dir() { input.clone() } else { input.parent().map(Path::to_path_buf).unwrap_or_default() };
        if folder == resolved {
            return refuse("it holds the records");
        }
        if input.starts_with(&resolved) {
            return refuse("it contains the records");
        }
    }
    Ok(())
}

/// An absolute, symlink-free path, even when the path does not exist yet: the longest
/// existing ancestor is canonicalized and the rest appended.
fn resolve(path: &Path) -> PathBuf {
    let absolute =
        if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().unwrap_or_default().join(path) };
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            let mut result = canonical;
            for part in rest.iter().rev() {
                result.push(part);
            }
            return normalize(&result);
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return normalize(&absolute),
        }
    }
}

/// Removes `.` and resolves `..` lexically (for the parts that do not exist yet).
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file held open by a viewer is what Windows refuses most often; the user is told
    /// to close it rather than left with "Access is denied".
    #[test]
    fn a_refused_write_says_to_close_the_file() {
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let problem = cannot_write(Path::new("out/her/handout.pdf"), &denied);
        assert!(problem.message.contains("out/her/handout.pdf"), "{}", problem.message);
        assert!(problem.hint.as_deref().is_some_and(|h| h.contains("close it")), "{:?}", problem.hint);
        let other = cannot_write(Path::new("x"), &std::io::Error::other("odd"));
        assert!(other.hint.is_none());
    }

    #[test]
    fn atomic_write_replaces_whole_files_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/b.html");
        write_atomic(&path, b"first").unwrap();
        write_atomic(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        let names: Vec<_> = std::fs::read_dir(dir.path().join("a")).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn stale_temporaries_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("film")).unwrap();
        std::fs::write(dir.path().join("film").join(format!("{TEMP_PREFIX}abc")), b"half").unwrap();
        std::fs::write(dir.path().join("film/handout.html"), b"kept").unwrap();
        assert_eq!(remove_stale_temporaries(dir.path()), 1);
        assert!(dir.path().join("film/handout.html").exists());
    }

    #[test]
    fn dangerous_output_folders_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let guides = dir.path().join("guides");
        std::fs::create_dir(&guides).unwrap();
        let inputs = [guides.clone()];
        assert!(check_out_folder(Path::new("/"), &inputs).is_err());
        assert!(check_out_folder(&guides, &inputs).is_err());
        assert!(check_out_folder(dir.path(), &inputs).is_err());
        assert!(check_out_folder(&guides.join(".."), &inputs).is_err());
        assert!(check_out_folder(&dir.path().join("out"), &inputs).is_ok());
        assert!(output_path(Path::new("out"), "", "../etc", "x").is_err());
        // A link anywhere on the way out of `out` is refused: the nights' folder too.
        let out = dir.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path(), out.join("nights")).unwrap();
            assert!(output_path(&out, "nights", "a-night", "x").is_err());
            assert!(output_path(&out, "", "a-film", "x").is_ok());
        }
    }
}
