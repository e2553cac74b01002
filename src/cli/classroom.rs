//! `rasoat serve` (the classroom server) and `rasoat class new | export` (a trainer opens a class
//! on a server, and takes its results home as a folder `rasoat report` reads).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentValue;

use crate::classroom::client::Client;
use crate::load::LoadError;
use crate::rules::standard::StandardSet;
use crate::training::classroom::protocol::{NewClass, ScenarioFile};
use crate::training::session::SessionMode;
use crate::words::i18n::Texts;

/// The SQLite file `rasoat serve` uses when no `--database` is given: in the program's data
/// folder.
pub fn default_database() -> Option<PathBuf> {
    directories::ProjectDirs::from("vn", "rasoat", "rasoat").map(|d| d.data_dir().join("lop-hoc.sqlite"))
}

/// Runs the server until Ctrl-C.
pub fn serve_cmd(
    t: &Texts,
    set: &StandardSet,
    addr: &str,
    database: Option<String>,
    web: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> Result<bool, LoadError> {
    let fail = |reason: String| LoadError::Classroom {
        message: t.get_args("cli-serve-failed", &[("reason", FluentValue::from(reason))]),
    };
    let addr: std::net::SocketAddr = addr.parse().map_err(|_| fail(format!("--addr {addr}")))?;
    let database = match database {
        Some(url) => url,
        None => {
            let path = default_database().ok_or_else(|| fail("no data folder".into()))?;
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(|e| fail(format!("{}: {e}", dir.display())))?;
            }
            rasoat_server::db::sqlite_url(&path)
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| fail(e.to_string()))?;
    let web_dir = rasoat_server::web::find(web);
    runtime.block_on(async {
        let running = rasoat_server::start(rasoat_server::Config {
            addr,
            database: database.clone(),
            standards: set.clone(),
            clock: Arc::new(crate::training::service::SystemClock),
            web: web_dir.clone(),
        })
        .await
        .map_err(fail)?;
        let _ = writeln!(
            out,
            "{}",
            t.get_args(
                "cli-serve-running",
                &[
                    ("address", FluentValue::from(format!("http://{}", running.addr))),
                    (
                        "database",
                        FluentValue::from(rasoat_server::db::redacted(&database))
                    ),
                ]
            )
        );
        let page = match &web_dir {
            Some(dir) => t.get_args(
                "cli-serve-web",
                &[
                    ("address", FluentValue::from(format!("http://{}/", running.addr))),
                    ("folder", FluentValue::from(dir.display().to_string())),
                ],
            ),
            None => t.get("cli-serve-no-web"),
        };
        let _ = writeln!(out, "{page}");
        let _ = out.flush();
        let _ = tokio::signal::ctrl_c().await;
        let _ = writeln!(out, "{}", t.get("cli-serve-stopping"));
        running.stop().await;
        Ok(true)
    })
}

/// Minutes from `45`, `45m`, `1h30m` or `90 phút`.
pub fn parse_minutes(typed: &str) -> Option<u32> {
    let s = typed
        .trim()
        .to_lowercase()
        .replace("phút", "m")
        .replace("giờ", "h")
        .replace(' ', "");
    if let Ok(m) = s.parse::<u32>() {
        return Some(m);
    }
    let (mut total, mut number) = (0u32, String::new());
    for c in s.chars() {
        match c {
            '0'..='9' => number.push(c),
            'h' => total = total.checked_add(number.parse::<u32>().ok()?.checked_mul(60)?)?,
            'm' => total = total.checked_add(number.parse::<u32>().ok()?)?,
            _ => return None,
        }
        if c == 'h' || c == 'm' {
            number.clear();
        }
    }
    number.is_empty().then_some(total)
}

/// The scenario files of a class: those a set file names, or every scenario of the standard in
/// the library (built-in and the trainers' folder).
fn class_files(
    set: &StandardSet,
    standard: &str,
    set_file: Option<&Path>,
) -> Result<(Vec<ScenarioFile>, Option<String>), LoadError> {
    let read = crate::store::library::read(set, crate::platform::places().scenarios.as_deref());
    let library = read.library;
    let (ids, name) = match set_file {
        Some(path) => {
            let text = crate::load::read_text(path)?;
            let s = crate::training::session::parse_set(&path.display().to_string(), &text)?;
            (s.scenarios, Some(s.name))
        }
        None => (library.ids_for_standard(set, standard), None),
    };
    let files = crate::store::library::scenario_files(&library, set, &ids)?;
    Ok((files, name))
}

/// Opens a class on a server; prints its code and the trainer key (shown once).
#[allow(clippy::too_many_arguments)]
pub fn class_new_cmd(
    t: &Texts,
    set: &StandardSet,
    server: &str,
    standard: &str,
    mode: &str,
    set_file: Option<&Path>,
    time_limit: Option<&str>,
    title: Option<String>,
    out: &mut String,
) -> Result<bool, LoadError> {
    let standard = super::pick(set, standard)?.id.clone();
    let minutes = match time_limit {
        None => None,
        Some(typed) => Some(parse_minutes(typed).ok_or_else(|| LoadError::Classroom {
            message: t.get_args(
                "cli-class-bad-time",
                &[("value", FluentValue::from(typed.to_owned()))],
            ),
        })?),
    };
    let (scenarios, set_name) = class_files(set, &standard, set_file)?;
    let new = NewClass {
        title: title.or(set_name).unwrap_or_default(),
        standard,
        mode: if mode == "exam" {
            SessionMode::Exam
        } else {
            SessionMode::Practice
        },
        scenarios,
        time_limit_minutes: minutes,
    };
    let client = Client::new(server, t.lang());
    let created = client
        .open_class(&new)
        .wait()
        .map_err(|e| LoadError::Classroom { message: e.text(t) })?;
    super::line(
        out,
        t.get_args(
            "cli-class-opened",
            &[
                ("code", FluentValue::from(created.code.clone())),
                ("count", FluentValue::from(new.scenarios.len())),
                ("server", FluentValue::from(client.server.clone())),
            ],
        ),
    );
    super::line(
        out,
        t.get_args(
            "cli-class-key",
            &[("key", FluentValue::from(created.trainer_key))],
        ),
    );
    Ok(true)
}

/// Writes a class's results into `dir` (one results file per trainee), and its CSV when asked.
pub fn class_export_cmd(
    t: &Texts,
    server: &str,
    code: &str,
    key: &str,
    dir: &Path,
    csv: Option<&Path>,
    out: &mut String,
) -> Result<bool, LoadError> {
    let client = Client::new(server, t.lang());
    let code = crate::training::classroom::protocol::normalize_code(code).unwrap_or_else(|| code.to_owned());
    let files = client
        .export(&code, key)
        .wait()
        .map_err(|e| LoadError::Classroom { message: e.text(t) })?;
    std::fs::create_dir_all(dir).map_err(|e| LoadError::Write {
        file: dir.display().to_string(),
        reason: e.to_string(),
    })?;
    for f in &files {
        let path = dir.join(&f.name);
        let json = serde_json::to_string_pretty(&f.results).unwrap_or_default();
        crate::files::write_atomic(&path, json.as_bytes()).map_err(|e| LoadError::Write {
            file: path.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    if let Some(path) = csv {
        let text = client
            .export_csv(&code, key)
            .wait()
            .map_err(|e| LoadError::Classroom { message: e.text(t) })?;
        crate::files::write_atomic(path, text.as_bytes()).map_err(|e| LoadError::Write {
            file: path.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    super::line(
        out,
        t.get_args(
            "cli-class-exported",
            &[
                ("count", FluentValue::from(files.len())),
                ("dir", FluentValue::from(dir.display().to_string())),
            ],
        ),
    );
    Ok(true)
}
