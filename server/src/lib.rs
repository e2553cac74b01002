//! `rasoat serve`: the live classroom. A trainer opens a class and reads its code aloud; trainees
//! join from the app with the code and their identity; every answer is scored here by the core
//! engine, stored, and only then acknowledged with a receipt; the trainer's console is pushed as
//! answers arrive.
//!
//! Architecture invariant: depends on `rasoat-core` only among the project's crates — never on a
//! GUI crate or another shell. Scores sent by a client are never read; the engine decides.
//!
//! - `db`: SQLite or PostgreSQL, one set of queries, migrations applied at start;
//! - `writer`: the one task that stores answers, batching commits;
//! - `hub`: per class, the console's figures and the state trainees watch;
//! - `classes` (the trainer's routes), `trainees` (the trainees' routes);
//! - `error`: every error in the user's language; `limit`: join attempts per address and class;
//! - `callers`: whose each trainee's secret is, remembered (the answer path asks no query for it);
//! - `serve` (here): HTTP/1 over hyper, closing connections idle for [`IDLE`] (2 s).

pub mod callers;
pub mod classes;
pub mod db;
pub mod error;
pub mod hub;
pub mod limit;
pub mod trainees;
pub mod web;
pub mod writer;

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use axum::extract::{DefaultBodyLimit, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::routing::{get, post};
use axum::{Router, middleware};
use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::classroom::protocol::{PROTOCOL_HEADER, PROTOCOL_VERSION};
use rasoat_core::training::service::Clock;
use rasoat_core::words::i18n::{Lang, Texts};
use sha2::{Digest, Sha256};
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use self::db::Db;
use self::error::{Error, Said, lang_of};

/// Request bodies above this are refused (answers, joins, controls).
pub const BODY_LIMIT: usize = 64 * 1024;
/// A class with its scenario files may be this large.
pub const CLASS_BODY_LIMIT: usize = 4 * 1024 * 1024;
/// A connection with no request under way for this long is closed (and a request's head must
/// arrive within it: one packet, even on a slow line). Each open connection costs the server
/// about 17 KB (hyper's read and write buffers, 8 KB each, and its task); a trainee's app keeps
/// its answers' connection for 15 s between answers, which at 10,000 trainees answering would be
/// thousands of idle connections (measured: ~2,500 at 5 s, ~1,000 at 2 s, at 500 answers/s). The
/// app opens a new one for its next answer; an event stream is a request under way and stays
/// open.
pub const IDLE: Duration = Duration::from_secs(2);

/// The words, loaded once per language.
pub fn words(lang: Lang) -> &'static Texts {
    static VI: OnceLock<Texts> = OnceLock::new();
    static EN: OnceLock<Texts> = OnceLock::new();
    match lang {
        Lang::Vi => VI.get_or_init(|| Texts::new(Lang::Vi)),
        Lang::En => EN.get_or_init(|| Texts::new(Lang::En)),
    }
}

/// What every request can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub writer: writer::Writer,
    pub hub: hub::Hub,
    pub standards: Arc<StandardSet>,
    pub clock: Arc<dyn Clock>,
    pub limits: Arc<limit::Limits>,
    pub callers: Arc<callers::Callers>,
}

impl AppState {
    pub fn now(&self) -> i64 {
        i64::try_from(self.clock.now()).unwrap_or(i64::MAX)
    }
}

/// What the server is started with.
pub struct Config {
    pub addr: SocketAddr,
    /// `sqlite://…` or `postgres://…`.
    pub database: String,
    pub standards: StandardSet,
    pub clock: Arc<dyn Clock>,
    /// The browser build's folder (`web::find`), if there is one.
    pub web: Option<std::path::PathBuf>,
}

/// The request's language and the client's address.
#[derive(Debug, Clone, Copy)]
pub struct Ctx {
    pub lang: Lang,
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Ctx {
            lang: lang_of(&parts.headers),
        })
    }
}

impl Ctx {
    pub fn err(&self, e: Error) -> Said {
        Said(e, self.lang)
    }
}

/// The hex SHA-256 of a secret: what is stored instead of it. Secrets are 256 random bits, so a
/// fast hash is enough (a slow one would only make 10,000 joins cost CPU).
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new secret: 256 bits from the operating system, as hex.
pub fn new_secret() -> Result<String, Error> {
    let mut b = [0u8; 32];
    getrandom::fill(&mut b).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(hex(&b))
}

/// The secret in `Authorization: Bearer …`.
pub fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

/// Refuses a client that speaks another protocol version, in its language.
async fn protocol_check(
    headers: HeaderMap,
    req: axum::extract::Request,
    next: middleware::Next,
) -> axum::response::Response {
    let version = headers
        .get(PROTOCOL_HEADER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u32>().ok());
    if version != Some(PROTOCOL_VERSION) {
        return Error::OldClient.into_response_in(lang_of(&headers));
    }
    next.run(req).await
}

/// The routes.
pub fn router(state: AppState, web_dir: Option<&std::path::Path>) -> Router {
    let api = Router::new()
        .route(
            "/classes",
            post(classes::create).layer(DefaultBodyLimit::max(CLASS_BODY_LIMIT)),
        )
        .route("/classes/{code}", get(classes::state))
        .route("/classes/{code}/join", post(trainees::join))
        .route("/classes/{code}/answers", post(trainees::answer))
        .route("/classes/{code}/me", get(trainees::mine))
        .route(
            "/classes/{code}/records",
            post(trainees::records).layer(DefaultBodyLimit::max(CLASS_BODY_LIMIT)),
        )
        .route("/classes/{code}/events", get(trainees::events))
        .route("/classes/{code}/control", post(classes::control))
        .route("/classes/{code}/console", get(classes::console))
        .route("/classes/{code}/console/events", get(classes::console_events))
        .route("/classes/{code}/trainees/{id}", get(classes::trainee))
        .route("/classes/{code}/export", get(classes::export))
        .route("/classes/{code}/export.csv", get(classes::export_csv))
        .route("/classes/{code}/log", get(classes::log))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(middleware::from_fn(protocol_check));
    Router::new()
        .nest("/api/v1", api)
        .merge(web::routes(web_dir))
        .fallback(not_found)
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .layer(TraceLayer::new_for_http())
}

async fn not_found(ctx: Ctx) -> Said {
    ctx.err(Error::NotFound)
}

/// Raises this process's open-files limit to its hard limit: every trainee holds an event stream
/// open, and Linux's usual soft limit of 1,024 would stop a class at about a thousand. (Windows
/// has no such limit.)
fn raise_open_files() {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
        let now = getrlimit(Resource::Nofile);
        // An unlimited hard limit is not a value the soft limit may take for files.
        let target = now.maximum.unwrap_or(1 << 20);
        if now.current.is_some_and(|c| c < target) {
            let raised = setrlimit(
                Resource::Nofile,
                Rlimit {
                    current: Some(target),
                    maximum: now.maximum,
                },
            );
            if let Err(e) = raised {
                tracing::warn!("the open-files limit could not be raised: {e}");
            }
        }
    }
}

/// Serves `app` on `listener` until `stopped`, then lets the requests under way finish (the
/// caller stops waiting for event streams, which never do: see [`Running::stop`]). HTTP/1 only,
/// each connection on its own task, closed once idle for [`IDLE`] — what `axum::serve` cannot be
/// told.
async fn serve(listener: tokio::net::TcpListener, app: Router, stopped: tokio::sync::oneshot::Receiver<()>) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;

    let (closing, _) = tokio::sync::watch::channel(false);
    let mut connections = tokio::task::JoinSet::new();
    let mut stopped = std::pin::pin!(stopped);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors or a connection reset while queued: the listener is
                    // fine; wait a moment rather than spin.
                    tracing::warn!("accepting a connection failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut stopped => break,
        };
        // Finished connections' tasks are let go of as new ones come.
        while connections.try_join_next().is_some() {}
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
            req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
            // Boxed so the connection can be polled to its end without closing the socket.
            Box::pin(app.clone().oneshot(req))
        });
        let mut closing = closing.subscribe();
        connections.spawn(async move {
            let mut conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(IDLE)
                .serve_connection(TokioIo::new(stream), service);
            let mut shutting = false;
            let ended = loop {
                tokio::select! {
                    r = std::future::poll_fn(|cx| conn.poll_without_shutdown(cx)) => break r,
                    _ = closing.changed(), if !shutting => {
                        shutting = true;
                        std::pin::Pin::new(&mut conn).graceful_shutdown();
                    }
                }
            };
            if ended.is_ok() {
                // Only the socket lingers; hyper's buffers go now.
                let stream = conn.into_parts().io.into_inner();
                linger(stream).await;
            }
        });
    }
    let _ = closing.send(true);
    while connections.join_next().await.is_some() {}
}

/// Closes a connection the way HTTP servers must when a client may still be sending (a body over
/// the limit is answered 413 before it is read): the answer is sent and the write side shut, then
/// what the client still sends is read and dropped for a moment. Closing at once would make the
/// system reset the connection, and a reset can destroy the answer before the client reads it.
async fn linger(mut stream: tokio::net::TcpStream) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let _ = stream.shutdown().await;
    // On the heap, and only now: a buffer in this future would sit in every connection task's
    // state for the connection's whole life (8 KB for each of 10,000 open event streams).
    let mut buf = vec![0u8; 8192];
    let mut left: usize = 1 << 20;
    let _ = tokio::time::timeout(Duration::from_secs(1), async {
        while left > 0 {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => left = left.saturating_sub(n),
            }
        }
    })
    .await;
}

/// A server running in this process.
pub struct Running {
    pub addr: SocketAddr,
    pub state: AppState,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Running {
    /// Stops taking requests and waits for those in progress.
    pub async fn stop(mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        // Open event streams would hold a graceful stop forever: they get two seconds, then the
        // serving task is dropped and with it every connection still open.
        if tokio::time::timeout(Duration::from_secs(2), &mut self.task)
            .await
            .is_err()
        {
            self.task.abort();
        }
    }
}

/// Connects the database, applies the migrations and starts serving; returns once the server
/// listens (on the address asked, or a free port when it ends in `:0`).
pub async fn start(config: Config) -> Result<Running, String> {
    raise_open_files();
    let db = Db::connect(&config.database).await?;
    let standards = Arc::new(config.standards);
    let state = AppState {
        writer: writer::Writer::start(db.clone()),
        hub: hub::Hub::new(db.clone(), standards.clone(), config.clock.clone()),
        db,
        standards,
        clock: config.clock,
        limits: Arc::default(),
        callers: Arc::default(),
    };
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|e| format!("{}: {e}", config.addr))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = router(state.clone(), config.web.as_deref());
    let task = tokio::spawn(serve(listener, app, stopped));
    Ok(Running {
        addr,
        state,
        stop: Some(stop),
        task,
    })
}
