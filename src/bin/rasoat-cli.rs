//! `rasoat-cli`: the command line alone, as a console program. On Windows the release `rasoat.exe`
//! is a window program (no console flashes up behind the app), so its commands print nowhere when
//! run from cmd.exe; `rasoat-cli.exe`, shipped beside it, prints there. Without arguments it shows
//! the help.
//!
//! `rasoat-cli village …` runs `rasoat village …` beside it (the window program draws the village),
//! so that this program carries no graphics stack: a small file that builds quickly.

use std::process::Command;

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.get(1).is_some_and(|a| a == "village") {
        std::process::exit(village_beside(&args[1..]));
    }
    let code = rasoat::cli::run_with(args, &mut std::io::stdout(), &mut std::io::stderr(), None);
    std::process::exit(code);
}

/// Runs the window program beside this one with these arguments (its output goes to this
/// console); its exit code, or 2 with the reason when it cannot be started.
fn village_beside(args: &[std::ffi::OsString]) -> i32 {
    let name = if cfg!(windows) { "rasoat.exe" } else { "rasoat" };
    let program = std::env::current_exe().map(|exe| exe.with_file_name(name));
    match program.and_then(|p| Command::new(&p).args(args).status()) {
        Ok(status) => status.code().unwrap_or(2),
        Err(e) => {
            let t = rasoat::words::i18n::Texts::new(rasoat::cli::lang_of(args));
            eprintln!(
                "{}",
                t.get_args(
                    "cli-error-village-program",
                    &[("program", name.into()), ("reason", e.to_string().into())]
                )
            );
            2
        }
    }
}
