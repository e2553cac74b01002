//! `rasoat-cli`: the command line alone, as a console program. On Windows the release `rasoat.exe`
//! is a window program (no console flashes up behind the app), so its commands print nowhere when
//! run from cmd.exe; `rasoat-cli.exe`, shipped beside it, prints there. Without arguments it shows
//! the help.

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let code = rasoat::cli::run_with(
        args,
        &mut std::io::stdout(),
        &mut std::io::stderr(),
        Some(&rasoat_village::open),
    );
    std::process::exit(code);
}
