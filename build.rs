//! Build script: for Windows, the icon and the version information (what Explorer's
//! *Properties* and the taskbar show) compiled into the .exe by mingw's `windres` through
//! `embed-resource`. Nothing for other targets.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=packaging/windows/caucasus-atlas.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let dir = |key: &str| PathBuf::from(std::env::var(key).unwrap_or_default());
    let icon = dir("CARGO_MANIFEST_DIR").join("packaging/windows/caucasus-atlas.ico");
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_default();
    let mut parts = version
        .split(['.', '-', '+'])
        .map(|p| p.parse::<u16>().unwrap_or(0));
    let [a, b, c] = [(); 3].map(|()| parts.next().unwrap_or(0));
    let mut rc = String::new();
    // windres reads the file as Windows-1252: the words are ASCII (the icon's path in `/`).
    let _ = writeln!(
        rc,
        "1 ICON \"{}\"",
        icon.display().to_string().replace('\\', "/")
    );
    let _ = write!(
        rc,
        r#"1 VERSIONINFO
FILEVERSION {a},{b},{c},0
PRODUCTVERSION {a},{b},{c},0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "The caucasus-atlas authors"
      VALUE "FileDescription", "Abkhazia and South Ossetia atlas"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "caucasus-atlas"
      VALUE "LegalCopyright", "2026 The caucasus-atlas authors; MIT or Apache-2.0"
      VALUE "OriginalFilename", "caucasus-atlas.exe"
      VALUE "ProductName", "Abkhazia and South Ossetia atlas"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#
    );
    let path = dir("OUT_DIR").join("caucasus-atlas.rc");
    if let Err(e) = std::fs::write(&path, rc) {
        panic!("cannot write {}: {e}", path.display());
    }
    if let Err(e) = embed_resource::compile(&path, embed_resource::NONE).manifest_optional() {
        panic!("the Windows resource did not compile: {e}");
    }
}
