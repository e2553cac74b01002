//! `rasoat`: the command line (and, with no arguments, the desktop app once it exists).

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let code = rasoat::cli::run(args, &mut std::io::stdout(), &mut std::io::stderr());
    std::process::exit(code);
}
