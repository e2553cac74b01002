//! `rasoat`: with no arguments the desktop app, otherwise the command line.
#![cfg_attr(all(windows, not(debug_assertions)), windows_subsystem = "windows")]

use std::io::IsTerminal;

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
    // The app opens the village as this program run again (`rasoat village …`), with no console
    // to print to (on Windows the release build has none): what went wrong is then shown in a
    // message box as well, so that the trainee learns what to do.
    let shown_nowhere = args.get(1).is_some_and(|a| a == "village") && !std::io::stderr().is_terminal();
    let lang = rasoat::cli::lang_of(&args);
    let mut err = Vec::new();
    let code = rasoat::cli::run_with(
        args,
        &mut std::io::stdout(),
        &mut err,
        Some(&rasoat_village::open),
    );
    let text = String::from_utf8_lossy(&err);
    eprint!("{text}");
    if code != 0 && shown_nowhere && !text.trim().is_empty() {
        let t = rasoat::words::i18n::Texts::new(lang);
        let _ = rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title(t.get("village-window-title"))
            .set_description(text.trim())
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
    std::process::exit(code);
}
