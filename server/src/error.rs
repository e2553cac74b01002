//! Every error the server answers with: an HTTP status, a stable code, and a message in the
//! user's language (`Accept-Language`; Vietnamese unless English is asked for). Database and other
//! internal errors are logged, never shown.

use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_bundle::FluentValue;
use rasoat_core::training::classroom::protocol::ApiError;
use rasoat_core::words::i18n::{Lang, Texts};

#[derive(Debug)]
pub enum Error {
    BadRequest,
    TooLarge,
    OldClient,
    UnknownClass,
    Unauthorized,
    Forbidden,
    NotFound,
    NotStarted,
    Paused,
    Closed,
    TimeUp,
    UnknownScenario,
    ScenarioChanged,
    AlreadyAnswered,
    UnknownIndicator,
    IncompleteTrainee,
    TooMany,
    /// A scenario file sent with a class does not read; the reason is already worded.
    BadClass(String),
    UnknownStandard(String),
    WrongStandard {
        scenario: String,
        found: String,
        standard: String,
    },
    NoScenarios,
    BadPhase,
    ReasonNeeded,
    Internal(String),
}

impl Error {
    pub fn status(&self) -> StatusCode {
        use Error::*;
        match self {
            BadRequest | IncompleteTrainee | NoScenarios | ReasonNeeded => StatusCode::BAD_REQUEST,
            TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            OldClient => StatusCode::UPGRADE_REQUIRED,
            UnknownClass | NotFound => StatusCode::NOT_FOUND,
            Unauthorized => StatusCode::UNAUTHORIZED,
            Forbidden => StatusCode::FORBIDDEN,
            NotStarted | Paused | Closed | TimeUp | ScenarioChanged | AlreadyAnswered | BadPhase => {
                StatusCode::CONFLICT
            }
            UnknownScenario | UnknownIndicator | BadClass(_) | UnknownStandard(_) | WrongStandard { .. } => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            TooMany => StatusCode::TOO_MANY_REQUESTS,
            Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> &'static str {
        use Error::*;
        match self {
            BadRequest => "bad-request",
            TooLarge => "too-large",
            OldClient => "old-client",
            UnknownClass => "unknown-class",
            Unauthorized => "unauthorized",
            Forbidden => "forbidden",
            NotFound => "not-found",
            NotStarted => "not-started",
            Paused => "paused",
            Closed => "closed",
            TimeUp => "time-up",
            UnknownScenario => "unknown-scenario",
            ScenarioChanged => "scenario-changed",
            AlreadyAnswered => "already-answered",
            UnknownIndicator => "unknown-indicator",
            IncompleteTrainee => "incomplete-trainee",
            TooMany => "too-many",
            BadClass(_) => "bad-class",
            UnknownStandard(_) => "unknown-standard",
            WrongStandard { .. } => "wrong-standard",
            NoScenarios => "no-scenarios",
            BadPhase => "bad-phase",
            ReasonNeeded => "reason-needed",
            Internal(_) => "internal",
        }
    }

    /// The message in `t`'s language.
    pub fn message(&self, t: &Texts) -> String {
        let id = format!("server-error-{}", self.code());
        match self {
            Error::BadClass(reason) => t.get_args(&id, &[("reason", FluentValue::from(reason.as_str()))]),
            Error::UnknownStandard(s) => t.get_args(&id, &[("standard", FluentValue::from(s.as_str()))]),
            Error::WrongStandard {
                scenario,
                found,
                standard,
            } => t.get_args(
                &id,
                &[
                    ("scenario", FluentValue::from(scenario.as_str())),
                    ("found", FluentValue::from(found.as_str())),
                    ("standard", FluentValue::from(standard.as_str())),
                ],
            ),
            _ => t.get(&id),
        }
    }

    /// The error as a response in `lang`.
    pub fn into_response_in(self, lang: Lang) -> Response {
        if let Error::Internal(why) = &self {
            tracing::error!("internal error: {why}");
        }
        let body = ApiError {
            error: self.code().to_owned(),
            message: self.message(crate::words(lang)),
        };
        let mut response = (self.status(), axum::Json(body)).into_response();
        if matches!(self, Error::TooLarge) {
            // The rest of the body is not read, so the connection cannot carry another request:
            // say so, or the client's next request may go out on a connection being closed.
            response.headers_mut().insert(
                axum::http::header::CONNECTION,
                axum::http::HeaderValue::from_static("close"),
            );
        }
        response
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Error::Internal(e.to_string())
    }
}

/// An error with the language it is said in, as handlers return it.
#[derive(Debug)]
pub struct Said(pub Error, pub Lang);

impl IntoResponse for Said {
    fn into_response(self) -> Response {
        self.0.into_response_in(self.1)
    }
}

/// The language the client asked for: English when `Accept-Language` puts it first, otherwise
/// Vietnamese (the reference language).
pub fn lang_of(headers: &HeaderMap) -> Lang {
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if asked.trim_start().to_ascii_lowercase().starts_with("en") {
        Lang::En
    } else {
        Lang::Vi
    }
}
