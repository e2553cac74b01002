//! A blocking client of the classroom server (ureq). The app calls it from a background thread;
//! the command line directly. Every error comes back worded for the user: the server's own
//! message (already in the language asked for), or why the server could not be reached.

use std::io::{BufRead, BufReader};
use std::time::Duration;

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

#[derive(Debug, Clone)]
pub struct Client {
    /// `http://host:port` (no `/api/v1`).
    pub server: String,
    pub lang: Lang,
    agent: ureq::Agent,
}

impl Client {
    pub fn new(server: &str, lang: Lang) -> Self {
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(20)))
            .user_agent(concat!("rasoat/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Self {
            server: server_base(server),
            lang,
            agent,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/api/v1{path}", self.server)
    }

    fn unreachable(&self, e: impl std::fmt::Display) -> ClientError {
        ClientError::Unreachable {
            server: self.server.clone(),
            reason: e.to_string(),
        }
    }

    fn read<T: DeserializeOwned>(
        &self,
        resp: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<T, ClientError> {
        let mut resp = resp.map_err(|e| self.unreachable(e))?;
        let status = resp.status().as_u16();
        let text = resp
            .body_mut()
            .with_config()
            .limit(256 * 1024 * 1024)
            .read_to_string()
            .map_err(|e| self.unreachable(e))?;
        if (200..300).contains(&status) {
            serde_json::from_str(&text).map_err(|_| ClientError::Garbled {
                server: self.server.clone(),
            })
        } else {
            match serde_json::from_str::<ApiError>(&text) {
                Ok(error) => Err(ClientError::Server { status, error }),
                Err(_) if status >= 500 || status == 502 || status == 503 => {
                    Err(self.unreachable(format!("HTTP {status}")))
                }
                Err(_) => Err(ClientError::Garbled {
                    server: self.server.clone(),
                }),
            }
        }
    }

    fn post<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        auth: Option<&str>,
        body: &B,
    ) -> Result<T, ClientError> {
        let mut req = self
            .agent
            .post(self.url(path))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .header("accept-language", self.lang.code());
        if let Some(a) = auth {
            req = req.header("authorization", crate::training::classroom::protocol::bearer(a));
        }
        self.read(req.send_json(body))
    }

    fn get<T: DeserializeOwned>(&self, path: &str, auth: Option<&str>) -> Result<T, ClientError> {
        self.read(self.get_request(path, auth).call())
    }

    fn get_request(
        &self,
        path: &str,
        auth: Option<&str>,
    ) -> ureq::RequestBuilder<ureq::typestate::WithoutBody> {
        let mut req = self
            .agent
            .get(self.url(path))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .header("accept-language", self.lang.code());
        if let Some(a) = auth {
            req = req.header("authorization", crate::training::classroom::protocol::bearer(a));
        }
        req
    }

    pub fn open_class(&self, new: &NewClass) -> Result<ClassCreated, ClientError> {
        self.post("/classes", None, new)
    }

    pub fn state(&self, code: &str) -> Result<ClassState, ClientError> {
        self.get(&format!("/classes/{code}"), None)
    }

    pub fn join(&self, code: &str, join: &Join) -> Result<Joined, ClientError> {
        self.post(&format!("/classes/{code}/join"), None, join)
    }

    pub fn answer(&self, code: &str, secret: &str, post: &AnswerPost) -> Result<Receipt, ClientError> {
        self.post(&format!("/classes/{code}/answers"), Some(secret), post)
    }

    pub fn records(
        &self,
        code: &str,
        secret: &str,
        post: &crate::training::classroom::protocol::RecordsPost,
    ) -> Result<crate::training::classroom::protocol::RecordsTaken, ClientError> {
        self.post(&format!("/classes/{code}/records"), Some(secret), post)
    }

    pub fn mine(&self, code: &str, secret: &str) -> Result<Mine, ClientError> {
        self.get(&format!("/classes/{code}/me"), Some(secret))
    }

    pub fn control(&self, code: &str, key: &str, action: &Control) -> Result<ClassState, ClientError> {
        self.post(&format!("/classes/{code}/control"), Some(key), action)
    }

    pub fn console(&self, code: &str, key: &str) -> Result<Console, ClientError> {
        self.get(&format!("/classes/{code}/console"), Some(key))
    }

    pub fn trainee(&self, code: &str, key: &str, id: i64) -> Result<TraineeAnswers, ClientError> {
        self.get(&format!("/classes/{code}/trainees/{id}"), Some(key))
    }

    pub fn export(&self, code: &str, key: &str) -> Result<Vec<ExportedFile>, ClientError> {
        self.get(&format!("/classes/{code}/export"), Some(key))
    }

    pub fn export_csv(&self, code: &str, key: &str) -> Result<String, ClientError> {
        let mut resp = self
            .get_request(&format!("/classes/{code}/export.csv"), Some(key))
            .call()
            .map_err(|e| self.unreachable(e))?;
        let status = resp.status().as_u16();
        let text = resp
            .body_mut()
            .with_config()
            .limit(1024 * 1024 * 1024)
            .read_to_string()
            .map_err(|e| self.unreachable(e))?;
        if status == 200 {
            Ok(text)
        } else {
            Err(serde_json::from_str::<ApiError>(&text)
                .map(|error| ClientError::Server { status, error })
                .unwrap_or(ClientError::Garbled {
                    server: self.server.clone(),
                }))
        }
    }

    /// Follows a stream of server-sent events at `path` (no time limit), calling `each` with the
    /// event's name and data until it returns false or the stream ends.
    pub fn follow(
        &self,
        path: &str,
        auth: &str,
        mut each: impl FnMut(&str, &str) -> bool,
    ) -> Result<(), ClientError> {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(None)
            .timeout_connect(Some(Duration::from_secs(10)))
            .build()
            .into();
        let resp = agent
            .get(self.url(path))
            .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
            .header("accept-language", self.lang.code())
            .header(
                "authorization",
                crate::training::classroom::protocol::bearer(auth),
            )
            .call()
            .map_err(|e| self.unreachable(e))?;
        if resp.status().as_u16() != 200 {
            return self.read::<()>(Ok(resp));
        }
        let mut event = String::new();
        let mut data = String::new();
        for line in BufReader::new(resp.into_body().into_reader()).lines() {
            let line = line.map_err(|e| self.unreachable(e))?;
            if line.is_empty() {
                if !data.is_empty() && !each(&event, &data) {
                    return Ok(());
                }
                event.clear();
                data.clear();
            } else if let Some(e) = line.strip_prefix("event:") {
                event = e.trim().to_owned();
            } else if let Some(d) = line.strip_prefix("data:") {
                if !data.is_empty() {
                    data.push('\n');
                }
                data.push_str(d.strip_prefix(' ').unwrap_or(d));
            }
        }
        Ok(())
    }
}
