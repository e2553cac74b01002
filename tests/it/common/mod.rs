//! Shared test helpers of the shells' tests: the core tests' household builder (one copy, in
//! `core/tests/common`), the real binary, scratch folders and the UI helpers.
#![allow(dead_code)]

pub mod bulk;
#[path = "../../../core/tests/common/mod.rs"]
mod core_common;
#[path = "../../../server/tests/common/postgres.rs"]
pub mod postgres;
pub mod ui;

#[allow(unused_imports)]
pub use core_common::*;

/// Runs the real `rasoat` binary with `args`, in the default language.
pub fn rasoat(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_rasoat"))
        .args(args)
        .env_remove("RASOAT_LANG")
        .output()
        .expect("runs")
}

/// A fresh, empty folder under the target directory for one test's files.
pub fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}
