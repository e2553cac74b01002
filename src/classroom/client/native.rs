//! The client's requests on the desktop and the command line: ureq, blocking. `wait` runs on the
//! caller's thread (the command line, the app's background threads); `then` runs on a thread of
//! its own and calls back with the answer.

use std::io::{BufRead, BufReader};
use std::time::Duration;

use super::{Answered, Call, ClientError, Events, FromAnswer};

/// The largest answer read (a class's export of thousands of results files).
const MAX_ANSWER_BYTES: u64 = 1024 * 1024 * 1024;

fn agent(timeout: Option<Duration>) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(timeout)
        .timeout_connect(Some(Duration::from_secs(10)))
        .user_agent(concat!("rasoat/", env!("CARGO_PKG_VERSION")))
        .build()
        .into()
}

impl<T> Call<T> {
    fn send(&self, timeout: Option<Duration>) -> Result<ureq::http::Response<ureq::Body>, String> {
        let agent = agent(timeout);
        let sent = match &self.body {
            Some(body) => {
                let mut req = agent.post(&self.url);
                for (k, v) in &self.headers {
                    req = req.header(k, v);
                }
                req.send(&body[..])
            }
            None => {
                let mut req = agent.get(&self.url);
                for (k, v) in &self.headers {
                    req = req.header(k, v);
                }
                req.call()
            }
        };
        sent.map_err(|e| e.to_string())
    }
}

impl<T: FromAnswer> Call<T> {
    /// Sends the request and waits for its answer (20 s at most).
    pub fn wait(&self) -> Result<T, ClientError> {
        let answered = self.send(Some(Duration::from_secs(20))).and_then(|mut resp| {
            let status = resp.status().as_u16();
            let text = resp
                .body_mut()
                .with_config()
                .limit(MAX_ANSWER_BYTES)
                .read_to_string()
                .map_err(|e| e.to_string())?;
            Ok(Answered { status, text })
        });
        self.read(answered)
    }

    /// Sends the request on a thread of its own; `done` is called there with the answer.
    pub fn then(self, done: impl FnOnce(Result<T, ClientError>) + Send + 'static)
    where
        T: 'static,
    {
        std::thread::spawn(move || done(self.wait()));
    }
}

impl Call<()> {
    /// Follows the stream of server-sent events this call asks for (no time limit), calling
    /// `each` with each event's name and data until it returns false or the stream ends.
    pub fn follow(&self, mut each: impl FnMut(&str, &str) -> bool) -> Result<(), ClientError> {
        let resp = self.send(None).map_err(|reason| ClientError::Unreachable {
            server: self.server.clone(),
            reason,
        })?;
        let status = resp.status().as_u16();
        if status != 200 {
            let text = resp.into_body().read_to_string().unwrap_or_default();
            return self.read(Ok(Answered { status, text })).map(|_| ());
        }
        let mut events = Events::default();
        for line in BufReader::new(resp.into_body().into_reader()).lines() {
            let line = line.map_err(|e| ClientError::Unreachable {
                server: self.server.clone(),
                reason: e.to_string(),
            })?;
            if !events.take(&line, &mut each) {
                return Ok(());
            }
        }
        Ok(())
    }

    /// `follow` on a thread of its own; `ended` is called there once the stream ends.
    pub fn follow_then(
        self,
        each: impl FnMut(&str, &str) -> bool + Send + 'static,
        ended: impl FnOnce(Result<(), ClientError>) + Send + 'static,
    ) {
        std::thread::spawn(move || ended(self.follow(each)));
    }
}
