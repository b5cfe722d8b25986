//! One file of a user's folder, read so that nothing there can hang the app or fill its
//! memory: only a regular file is read (a folder, a FIFO, a device such as `/dev/zero` or
//! `/dev/urandom`, a socket is refused unread, wherever a symlink points), it is opened without
//! blocking (a FIFO swapped in after the check does not wait for a writer), and no more than
//! [`MAX_FILE_BYTES`] of it is read, though it grow while it is read.

use super::{MAX_FILE_BYTES, Said};
use crate::say;
use std::fs::File;
use std::io::{ErrorKind, Read};
use std::path::Path;

/// The text of `name` in `folder`: `None` if there is no such file; an error if it is not a
/// regular file, cannot be read (a symlink loop, no permission), is larger than
/// [`MAX_FILE_BYTES`] or is not UTF-8.
pub(super) fn read_file(folder: &Path, name: &str) -> Result<Option<String>, Said> {
    read_text(&folder.join(name), MAX_FILE_BYTES)
}

/// The text of the file at `path`, read as [`read_file`] reads a data file, with at most `cap`
/// bytes (the settings file has its own limit).
pub fn read_text(path: &Path, cap: u64) -> Result<Option<String>, Said> {
    // The kind of what the name leads to, symlinks followed: a loop is an error here.
    match std::fs::metadata(path) {
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(&e)),
        Ok(m) => kind_and_size(&m, cap)?,
    }
    let file = open(path).map_err(|e| unreadable(&e))?;
    // Again for what was opened: it may have been replaced since.
    kind_and_size(&file.metadata().map_err(|e| unreadable(&e))?, cap)?;
    read_capped(file, cap).map(Some)
}

/// Refuse what is not a regular file, or is over the size limit.
fn kind_and_size(m: &std::fs::Metadata, cap: u64) -> Result<(), Said> {
    if m.is_dir() {
        return Err(say!("problem-is-a-folder", "is a folder, not a file"));
    }
    if !m.is_file() {
        return Err(say!(
            "problem-special-file",
            "is a special file (a pipe, a device or a socket), not a file: not read"
        ));
    }
    if m.len() > cap {
        return Err(say!(
            "problem-too-big",
            "is {size} MiB; files over {max} MiB are refused",
            size = format!("{:.1}", m.len() as f64 / f64::from(1 << 20)),
            max = cap >> 20
        ));
    }
    Ok(())
}

/// Open for reading; on Unix without blocking, so that opening a FIFO returns at once.
fn open(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// At most `cap` bytes of `file` as UTF-8 text; more is an error (it grew while read).
fn read_capped(file: File, cap: u64) -> Result<String, Said> {
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(&e))?;
    if bytes.len() as u64 > cap {
        return Err(say!(
            "problem-grew",
            "grew past {max} MiB while it was read; refused",
            max = cap >> 20
        ));
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        say!(
            "problem-not-utf8",
            "cannot be read as UTF-8 text: {detail}",
            detail = e
        )
    })?;
    // A byte-order mark, which editors on Windows write: not part of the text (RFC 8259 lets
    // a JSON reader ignore it; TOML's readers refuse it).
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

fn unreadable(e: &std::io::Error) -> Said {
    say!("problem-unreadable", "cannot be read: {detail}", detail = e)
}

#[cfg(all(test, unix))]
#[path = "read_tests.rs"]
mod tests;
