//! The browser build of the app, served at `/` (`web/build` makes it; see the README, "In the
//! browser"). The bundle is a folder — `index.html` and the content-hashed `.js` and `.wasm` under
//! `/web/`, each with its `.gz` and `.br` — found at start: the folder given with `--web`, else
//! `web` beside the executable, else `web/dist` in the current folder (a checkout). A server
//! without one still serves the classroom to the desktop app; its `/` then says, in the
//! browser's language, how to build the web part.
//!
//! The page is never cached (a new build is seen at once); the hashed files are cached for good
//! (a new build has new names), and the browser gets the brotli or gzip file it accepts.

use std::path::{Path, PathBuf};

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::Ctx;

/// Where the bundle is: `given`, else the usual places; none when the one looked at has no
/// `index.html` (the server then says how to build it).
pub fn find(given: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = given {
        return dir.join("index.html").is_file().then(|| dir.to_path_buf());
    }
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|d| d.join("web")));
    [beside, Some(PathBuf::from("web/dist"))]
        .into_iter()
        .flatten()
        .find(|d| d.join("index.html").is_file())
}

/// The routes of the page: `/` and `/web/…` from `dir`, or the page that says how to build it.
pub fn routes<S: Clone + Send + Sync + 'static>(dir: Option<&Path>) -> Router<S> {
    let Some(dir) = dir else {
        return Router::new().route("/", axum::routing::get(not_built));
    };
    let page = ServeFile::new(dir.join("index.html"));
    let files = ServeDir::new(dir.join("web"))
        .precompressed_br()
        .precompressed_gzip();
    Router::new()
        .route_service(
            "/",
            tower::ServiceBuilder::new()
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("no-cache"),
                ))
                .service(page),
        )
        .nest_service(
            "/web",
            tower::ServiceBuilder::new()
                // Kept for good only when found: a file missing during a rebuild must not be
                // remembered as missing.
                .layer(SetResponseHeaderLayer::overriding(
                    header::CACHE_CONTROL,
                    |res: &Response<_>| {
                        res.status()
                            .is_success()
                            .then(|| HeaderValue::from_static("public, max-age=31536000, immutable"))
                    },
                ))
                .service(files),
        )
}

/// The page of a server whose web part was not built.
async fn not_built(ctx: Ctx) -> Response {
    let t = crate::words(ctx.lang);
    let title = t.get("web-not-built-title");
    let body = t.get("web-not-built-body");
    let lang = ctx.lang.code();
    Html(format!(
        "<!doctype html><html lang=\"{lang}\"><meta charset=\"utf-8\"><title>{title}</title>\
         <body style=\"font: 20px sans-serif; max-width: 48em; margin: 2em auto\"><h1>{title}</h1>\
         <p>{body}</p><pre>web/build</pre></body></html>",
        title = escape(&title),
        body = escape(&body),
    ))
    .into_response()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
