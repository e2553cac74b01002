//! The client of the classroom server. Each request is a typed [`Call`], made here once; how it
//! travels is the platform's (`native`: ureq, blocking, on the caller's thread or a thread of its
//! own; `web`: the browser's fetch). Every error comes back worded for the user: the server's own
//! message (already in the language asked for), or why the server could not be reached.

#[cfg(not(target_arch = "wasm32"))]
mod native;
#[cfg(target_arch = "wasm32")]
mod web;

use std::marker::PhantomData;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::training::classroom::Console;
use crate::training::classroom::protocol::{
    AnswerPost, ApiError, ClassCreated, ClassState, Control, ExportedFile, Join, Joined, Mine, NewClass,
    PROTOCOL_HEADER, PROTOCOL_VERSION, Receipt, TraineeAnswers,
};
use crate::words::i18n::{Lang, Texts};

/// Why a request failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientError {
    /// The server answered with an error, in the user's language.
    Server { status: u16, error: ApiError },
    /// No answer: the network or the server is down (the request may be sent again).
    Unreachable { server: String, reason: String },
    /// The answer was not what this program understands.
    Garbled { server: String },
}

impl ClientError {
    /// The message for the user.
    pub fn text(&self, t: &Texts) -> String {
        use fluent_bundle::FluentValue;
        match self {
            ClientError::Server { error, .. } => error.message.clone(),
            ClientError::Unreachable { server, reason } => t.get_args(
                "classroom-unreachable",
                &[
                    ("server", FluentValue::from(server.as_str())),
                    ("reason", FluentValue::from(reason.as_str())),
                ],
            ),
            ClientError::Garbled { server } => t.get_args(
                "classroom-garbled",
                &[("server", FluentValue::from(server.as_str()))],
            ),
        }
    }

    /// Whether sending again later may succeed (the server was not reached, or is busy, or the
    /// class is paused): an answer then stays waiting.
    pub fn is_temporary(&self) -> bool {
        match self {
            ClientError::Unreachable { .. } | ClientError::Garbled { .. } => true,
            ClientError::Server { status, error } => {
                *status >= 500 || *status == 429 || error.error == "paused" || error.error == "not-started"
            }
        }
    }

    /// The server's error code, if it answered.
    pub fn code(&self) -> Option<&str> {
        match self {
            ClientError::Server { error, .. } => Some(&error.error),
            _ => None,
        }
    }
}

/// A server's address, as typed: `http://` is added when no scheme is given, and a trailing `/`
/// dropped.
pub fn server_base(typed: &str) -> String {
    let t = typed.trim().trim_end_matches('/');
    if t.starts_with("http://") || t.starts_with("https://") {
        t.to_owned()
    } else {
        format!("http://{t}")
    }
}

/// The server one talks to, and in which language its errors are worded.
#[derive(Debug, Clone)]
pub struct Client {
    /// `http://host:port` (no `/api/v1`); empty on the web for the server that served the page.
    pub server: String,
    pub lang: Lang,
}

/// One request to the server and the type of its answer: `wait` for it (native), hand it a
/// function to call with the answer (`then`, both platforms).
#[derive(Debug, Clone)]
pub struct Call<T> {
    pub server: String,
    pub post: bool,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<Vec<u8>>,
    /// The answer is text (CSV), not JSON.
    raw: bool,
    answer: PhantomData<fn() -> T>,
}

/// What an answer became: its status and its text.
pub(crate) struct Answered {
    pub status: u16,
    pub text: String,
}

/// How answers are read: JSON, or the text itself (the class's CSV).
pub trait FromAnswer: Sized {
    fn from_answer(server: &str, raw: bool, text: String) -> Result<Self, ClientError>;
}

impl<T: DeserializeOwned> FromAnswer for T {
    fn from_answer(server: &str, raw: bool, text: String) -> Result<Self, ClientError> {
        let garbled = || ClientError::Garbled {
            server: server.to_owned(),
        };
        if raw {
            // Text asked for as text: handed over as a JSON string holds it.
            serde_json::from_value(serde_json::Value::String(text)).map_err(|_| garbled())
        } else {
            serde_json::from_str(&text).map_err(|_| garbled())
        }
    }
}

impl<T: FromAnswer> Call<T> {
    /// The answer read: the value on success, the server's worded error otherwise.
    pub(crate) fn read(&self, answered: Result<Answered, String>) -> Result<T, ClientError> {
        let unreachable = |reason: String| ClientError::Unreachable {
            server: self.server.clone(),
            reason,
        };
        let Answered { status, text } = answered.map_err(unreachable)?;
        if (200..300).contains(&status) {
            T::from_answer(&self.server, self.raw, text)
        } else {
            match serde_json::from_str::<ApiError>(&text) {
                Ok(error) => Err(ClientError::Server { status, error }),
                Err(_) if status >= 500 => Err(unreachable(format!("HTTP {status}"))),
                Err(_) => Err(ClientError::Garbled {
                    server: self.server.clone(),
                }),
            }
        }
    }
}

impl Client {
    pub fn new(server: &str, lang: Lang) -> Self {
        Self {
            server: server_base(server),
            lang,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.server)
    }

    fn call<T>(&self, path: &str, auth: Option<&str>, body: Option<Vec<u8>>) -> Call<T> {
        let mut headers = vec![
            (PROTOCOL_HEADER.to_owned(), PROTOCOL_VERSION.to_string()),
            ("accept-language".to_owned(), self.lang.code().to_owned()),
        ];
        if body.is_some() {
            headers.push(("content-type".to_owned(), "application/json".to_owned()));
        }
        if let Some(a) = auth {
            headers.push((
                "authorization".to_owned(),
                crate::training::classroom::protocol::bearer(a),
            ));
        }
        Call {
            server: self.server.clone(),
            post: body.is_some(),
            url: self.url(path),
            headers,
            body,
            raw: false,
            answer: PhantomData,
        }
    }

    fn post<B: Serialize, T>(&self, path: &str, auth: Option<&str>, body: &B) -> Call<T> {
        // Serialising the protocol's own types cannot fail.
        let json = serde_json::to_vec(body).unwrap_or_default();
        self.call(path, auth, Some(json))
    }

    fn get<T>(&self, path: &str, auth: Option<&str>) -> Call<T> {
        self.call(path, auth, None)
    }

    pub fn open_class(&self, new: &NewClass) -> Call<ClassCreated> {
        self.post("/classes", None, new)
    }

    pub fn state(&self, code: &str) -> Call<ClassState> {
        self.get(&format!("/classes/{code}"), None)
    }

    pub fn join(&self, code: &str, join: &Join) -> Call<Joined> {
        self.post(&format!("/classes/{code}/join"), None, join)
    }

    pub fn answer(&self, code: &str, secret: &str, post: &AnswerPost) -> Call<Receipt> {
        self.post(&format!("/classes/{code}/answers"), Some(secret), post)
    }

    pub fn records(
        &self,
        code: &str,
        secret: &str,
        post: &crate::training::classroom::protocol::RecordsPost,
    ) -> Call<crate::training::classroom::protocol::RecordsTaken> {
        self.post(&format!("/classes/{code}/records"), Some(secret), post)
    }

    pub fn mine(&self, code: &str, secret: &str) -> Call<Mine> {
        self.get(&format!("/classes/{code}/me"), Some(secret))
    }

    pub fn control(&self, code: &str, key: &str, action: &Control) -> Call<ClassState> {
        self.post(&format!("/classes/{code}/control"), Some(key), action)
    }

    pub fn console(&self, code: &str, key: &str) -> Call<Console> {
        self.get(&format!("/classes/{code}/console"), Some(key))
    }

    pub fn trainee(&self, code: &str, key: &str, id: i64) -> Call<TraineeAnswers> {
        self.get(&format!("/classes/{code}/trainees/{id}"), Some(key))
    }

    pub fn export(&self, code: &str, key: &str) -> Call<Vec<ExportedFile>> {
        self.get(&format!("/classes/{code}/export"), Some(key))
    }

    pub fn export_csv(&self, code: &str, key: &str) -> Call<String> {
        Call {
            raw: true,
            ..self.get(&format!("/classes/{code}/export.csv"), Some(key))
        }
    }

    /// The stream of server-sent events at `path`, read by the platform's `follow`.
    pub fn events(&self, path: &str, auth: &str) -> Call<()> {
        self.get(path, Some(auth))
    }
}

/// Pauses between tries while the server cannot be reached: 2 s doubling to 30 s.
pub fn pause(tries: u32) -> std::time::Duration {
    std::time::Duration::from_secs((2u64 << tries.min(4)).min(30))
}

impl Call<()> {
    /// Follows this stream of events for as long as `stop` is not set, connecting again after a
    /// [`pause`] whenever it ends: `each` gets every event; `failed` every reason it could not be
    /// followed, and says whether to try again (not after a refusal for good). Runs off the
    /// caller's frame (a thread natively, callbacks on the web).
    pub fn keep_following(
        self,
        stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
        each: impl FnMut(&str, &str) + Send + 'static,
        failed: impl FnMut(ClientError) -> bool + Send + 'static,
    ) {
        use std::sync::{Arc, Mutex};
        let each = Arc::new(Mutex::new(each));
        let failed = Arc::new(Mutex::new(failed));
        follow_round(self, stop, each, failed, Arc::default());
    }
}

type Shared<F> = std::sync::Arc<std::sync::Mutex<F>>;

/// One connection of `keep_following`, and the next one after it ends.
fn follow_round<E, F>(
    call: Call<()>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    each: Shared<E>,
    failed: Shared<F>,
    tries: std::sync::Arc<std::sync::atomic::AtomicU32>,
) where
    E: FnMut(&str, &str) + Send + 'static,
    F: FnMut(ClientError) -> bool + Send + 'static,
{
    use std::sync::atomic::Ordering;
    if stop.load(Ordering::SeqCst) {
        return;
    }
    let next = call.clone();
    let on_event = {
        let (stop, tries, each) = (stop.clone(), tries.clone(), each.clone());
        move |name: &str, data: &str| {
            tries.store(0, Ordering::SeqCst);
            // A heartbeat (`:`) only gives the chance to stop.
            if name != ":"
                && let Ok(mut each) = each.lock()
            {
                each(name, data);
            }
            !stop.load(Ordering::SeqCst)
        }
    };
    let on_end = move |r: Result<(), ClientError>| {
        if stop.load(Ordering::SeqCst) {
            return;
        }
        if let Err(e) = r {
            let again = failed.lock().map(|mut f| f(e)).unwrap_or(false);
            if !again {
                return;
            }
        }
        let n = tries.fetch_add(1, Ordering::SeqCst);
        crate::platform::after(pause(n), move || {
            follow_round(next, stop, each, failed, tries);
        });
    };
    call.follow_then(on_event, on_end);
}

/// Reads server-sent events from the text as it arrives, a line at a time.
#[derive(Debug, Default)]
pub struct Events {
    line: Vec<u8>,
    event: String,
    data: String,
}

impl Events {
    /// Takes the next bytes; calls `each` with every event they complete (its name and data)
    /// until it returns false. Returns whether to go on.
    pub fn feed(&mut self, bytes: &[u8], each: &mut impl FnMut(&str, &str) -> bool) -> bool {
        for &b in bytes {
            if b != b'\n' {
                self.line.push(b);
                continue;
            }
            let line = String::from_utf8_lossy(&self.line)
                .trim_end_matches('\r')
                .to_owned();
            self.line.clear();
            if !self.take(&line, each) {
                return false;
            }
        }
        true
    }

    /// One whole line of the stream.
    /// A comment line (the server's heartbeat) is handed on as the event `:` with no data, so that
    /// a caller who has stopped can end the stream without waiting for a real event.
    pub fn take(&mut self, line: &str, each: &mut impl FnMut(&str, &str) -> bool) -> bool {
        if line.starts_with(':') {
            return each(":", "");
        }
        if line.is_empty() {
            let go_on = self.data.is_empty() || each(&self.event, &self.data);
            self.event.clear();
            self.data.clear();
            return go_on;
        }
        if let Some(e) = line.strip_prefix("event:") {
            self.event = e.trim().to_owned();
        } else if let Some(d) = line.strip_prefix("data:") {
            if !self.data.is_empty() {
                self.data.push('\n');
            }
            self.data.push_str(d.strip_prefix(' ').unwrap_or(d));
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_read_across_chunks_and_lines() {
        let mut seen = Vec::new();
        let mut e = Events::default();
        let mut each = |name: &str, data: &str| {
            seen.push((name.to_owned(), data.to_owned()));
            true
        };
        assert!(e.feed(b"event: state\r\ndata: {\"a\"", &mut each));
        assert!(e.feed(
            b":1}\n\n: heartbeat\n\nevent:x\ndata: one\ndata: two\n",
            &mut each
        ));
        assert!(e.feed(b"\n", &mut each));
        assert_eq!(
            seen,
            vec![
                ("state".to_owned(), "{\"a\":1}".to_owned()),
                (":".to_owned(), String::new()),
                ("x".to_owned(), "one\ntwo".to_owned())
            ]
        );
    }

    #[test]
    fn an_error_answer_is_the_servers_words() {
        let c = Client::new("127.0.0.1:1", Lang::Vi);
        let call = c.state("ABC");
        let text = r#"{"error":"no-class","message":"Không có lớp này"}"#.to_owned();
        let got = call.read(Ok(Answered { status: 404, text }));
        assert_eq!(
            got.err().and_then(|e| e.code().map(str::to_owned)).as_deref(),
            Some("no-class")
        );
        let got = call.read(Ok(Answered {
            status: 502,
            text: "<html>".to_owned(),
        }));
        assert!(matches!(got, Err(ClientError::Unreachable { .. })));
        let csv = c.export_csv("ABC", "k").read(Ok(Answered {
            status: 200,
            text: "a,b\n".to_owned(),
        }));
        assert_eq!(csv.ok().as_deref(), Some("a,b\n"));
    }
}
