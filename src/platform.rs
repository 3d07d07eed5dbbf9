//! What differs between Linux, macOS and Windows, in one place: the rest of the program
//! is the same everywhere. Each item here has a Unix and a Windows form behind `cfg`.

use std::path::{Path, PathBuf};

/// What a path that is not a regular file is, in words: "a folder", "a named pipe
/// (FIFO)", "a device".
pub fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    special_kind(meta)
}

#[cfg(unix)]
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    if kind.is_fifo() {
        "a named pipe (FIFO)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_block_device() || kind.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::Metadata) -> &'static str {
    "not a regular file"
}

/// Makes a file that tempfile creates for its owner only readable like any other
/// document (Unix permissions; Windows files inherit their folder's).
#[cfg(unix)]
pub fn readable(builder: &mut tempfile::Builder<'_, '_>) {
    use std::os::unix::fs::PermissionsExt;
    builder.permissions(std::fs::Permissions::from_mode(0o644));
}

#[cfg(not(unix))]
pub fn readable(_: &mut tempfile::Builder<'_, '_>) {}

/// The file whose lock stands for the output folder's. On Unix the folder itself is
/// locked (flock on its descriptor), so no lock file is left among the outputs; Windows
/// cannot open a folder as a file, so there it is a file in the folder, `.reelguide-lock`
/// (a dot-file: never served, never taken for an output).
#[cfg(unix)]
pub fn lock_file(out: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(out)
}

#[cfg(not(unix))]
pub fn lock_file(out: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(out.join(".reelguide-lock"))
}

/// The user's home folder: `HOME` on Unix, the profile folder on Windows.
pub fn home() -> Option<PathBuf> {
    etcetera::home_dir().ok()
}

/// Whether the program was started from a file manager rather than a terminal: on
/// Unix, none of its input, output and error output is a terminal (one redirected
/// stream in a terminal still leaves the usage message somewhere to be read); on
/// Windows, the console it runs in was made for it alone (Explorer opens one for a
/// console program), or it has none.
#[cfg(unix)]
pub fn started_from_file_manager() -> bool {
    use std::io::IsTerminal;
    !std::io::stdin().is_terminal() && !std::io::stdout().is_terminal() && !std::io::stderr().is_terminal()
}

#[cfg(windows)]
pub fn started_from_file_manager() -> bool {
    let mut processes = [0u32; 2];
    // SAFETY: the buffer is valid for the two entries its length says.
    let count = unsafe { windows_sys::Win32::System::Console::GetConsoleProcessList(processes.as_mut_ptr(), 2) };
    count <= 1
}

#[cfg(not(any(unix, windows)))]
pub fn started_from_file_manager() -> bool {
    false
}

/// Whether a write failed because the reader went away (`reelguide list | head`): a
/// broken pipe on Unix; on Windows also "the pipe is being closed" (232) and "no
/// process is on the other end of the pipe" (233), which Rust does not map to it.
pub fn is_closed_pipe(error: &std::io::Error) -> bool {
    const ERROR_NO_DATA: i32 = 232;
    const ERROR_PIPE_NOT_CONNECTED: i32 = 233;
    error.kind() == std::io::ErrorKind::BrokenPipe
        || (cfg!(windows) && matches!(error.raw_os_error(), Some(ERROR_NO_DATA | ERROR_PIPE_NOT_CONNECTED)))
}

/// Whether a file could not be opened because another program holds it open without
/// sharing it (Windows' sharing and lock violations, 32 and 33). Replacing such a file
/// is refused as "access denied" instead, which is [`std::io::ErrorKind::PermissionDenied`].
pub fn is_held_open(error: &std::io::Error) -> bool {
    const ERROR_SHARING_VIOLATION: i32 = 32;
    const ERROR_LOCK_VIOLATION: i32 = 33;
    cfg!(windows) && matches!(error.raw_os_error(), Some(ERROR_SHARING_VIOLATION | ERROR_LOCK_VIOLATION))
}
