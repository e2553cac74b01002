//! `rasoat`: with no arguments the desktop app, otherwise the command line.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() <= 1 {
        if let Err(e) = rasoat::app::run() {
            // No window could be opened (no display, no graphics driver): say why on stderr.
            let t = rasoat::words::i18n::Texts::new(rasoat::words::i18n::Lang::default());
            eprintln!(
                "{}",
                t.get_args("app-error-start", &[("reason", e.to_string().into())])
            );
            std::process::exit(1);
        }
        return;
    }
    let code = rasoat::cli::run_with(
        args,
        &mut std::io::stdout(),
        &mut std::io::stderr(),
        Some(&rasoat_village::open),
    );
    std::process::exit(code);
}
