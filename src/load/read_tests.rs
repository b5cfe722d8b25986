//! Hostile files where a data file should be: each is refused with why, and none hangs the
//! reader or fills its memory (a hang fails the test after 20 s instead of stopping CI).

use super::*;
use std::os::unix::fs::symlink;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("atlas-read-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        std::fs::create_dir_all(dir.join("data")).is_ok(),
        "a scratch folder"
    );
    dir
}

/// `read_file` of `data/events.toml` in `dir`, on a thread: its answer, or a panic if it
/// gives none in 20 seconds.
fn read_in_time(dir: &Path) -> Result<Option<String>, String> {
    let (tx, rx) = mpsc::channel();
    let folder = dir.to_owned();
    std::thread::spawn(move || {
        let _ = tx.send(read_file(&folder, "data/events.toml").map_err(|e| e.to_string()));
    });
    match rx.recv_timeout(Duration::from_secs(20)) {
        Ok(answer) => answer,
        Err(_) => panic!("the read of {} hangs", dir.display()),
    }
}

#[test]
fn a_fifo_is_refused_without_waiting_for_a_writer() {
    let dir = scratch("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(dir.join("data/events.toml"))
        .status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let err = read_in_time(&dir).expect_err("a FIFO is no data file");
    assert!(err.contains("is a special file"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn endless_devices_behind_a_symlink_are_refused_unread() {
    for device in ["/dev/zero", "/dev/urandom"] {
        let dir = scratch(&device.replace('/', "-"));
        symlink(device, dir.join("data/events.toml")).expect("a symlink");
        let err = read_in_time(&dir).expect_err("a device is no data file");
        assert!(err.contains("is a special file"), "{device}: {err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn a_folder_where_a_file_should_be_says_so() {
    let dir = scratch("folder");
    std::fs::create_dir_all(dir.join("data/events.toml")).expect("a folder");
    assert_eq!(
        read_in_time(&dir),
        Err("is a folder, not a file".to_owned())
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_symlink_loop_is_unreadable_with_the_system_s_reason() {
    let dir = scratch("loop");
    let (a, b) = (dir.join("data/events.toml"), dir.join("data/other.toml"));
    symlink(&b, &a).expect("a symlink");
    symlink(&a, &b).expect("a symlink");
    let err = read_in_time(&dir).expect_err("a loop leads nowhere");
    assert!(err.starts_with("cannot be read: "), "{err}");
    assert!(err.to_lowercase().contains("symbolic links"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_more_than_the_limit_is_read_though_the_file_grow() {
    // What the size check let through is still read only up to the limit: a file that grew
    // after it was measured is refused, not read to its end.
    let dir = scratch("grown");
    let path = dir.join("data/events.toml");
    std::fs::write(&path, "x".repeat(3000)).expect("a file");
    let file = File::open(&path).expect("opens");
    assert_eq!(
        read_capped(file, 2048).map_err(|e| e.to_string()),
        Err("grew past 0 MiB while it was read; refused".to_owned())
    );
    let file = File::open(&path).expect("opens");
    assert_eq!(read_capped(file, 3000).map(|t| t.len()), Ok(3000));
    // Not text: said so, with where.
    std::fs::write(&path, b"ok\xff").expect("a file");
    let err = read_in_time(&dir).expect_err("not UTF-8");
    assert!(
        err.starts_with("cannot be read as UTF-8 text: invalid utf-8"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_file_is_none_and_a_good_one_its_text_without_a_byte_order_mark() {
    let dir = scratch("plain");
    assert_eq!(read_in_time(&dir), Ok(None));
    std::fs::write(dir.join("data/events.toml"), "# mine\n").expect("a file");
    assert_eq!(read_in_time(&dir), Ok(Some("# mine\n".to_owned())));
    // A byte-order mark (Windows editors write one) is not part of the text.
    std::fs::write(dir.join("data/events.toml"), "\u{feff}# mine\n").expect("a file");
    assert_eq!(read_in_time(&dir), Ok(Some("# mine\n".to_owned())));
    let _ = std::fs::remove_dir_all(&dir);
}
