//! The client's requests in the browser: the browser's fetch (through ehttp). Nothing blocks:
//! `then` calls back when the answer is in (or the time is up), `follow_then` for each event.

use super::{Answered, Call, ClientError, Events, FromAnswer};

impl<T> Call<T> {
    fn request(&self) -> ehttp::Request {
        let headers = ehttp::Headers {
            headers: self.headers.clone(),
        };
        let req = match &self.body {
            Some(body) => ehttp::Request::post(&self.url, body.clone()),
            None => ehttp::Request::get(&self.url),
        };
        ehttp::Request { headers, ..req }
    }
}

fn answered(r: ehttp::Result<ehttp::Response>) -> Result<Answered, String> {
    r.map(|resp| Answered {
        status: resp.status,
        text: String::from_utf8_lossy(&resp.bytes).into_owned(),
    })
}

/// How long an answer is waited for (the browser's fetch has no time limit of its own; the
/// desktop's ureq waits as long).
const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

impl<T: FromAnswer + 'static> Call<T> {
    /// Sends the request; `done` is called once, with the answer or, after [`TIMEOUT`], with
    /// "unreachable" (a late answer is then dropped; an answer sent again has the same key).
    pub fn then(self, done: impl FnOnce(Result<T, ClientError>) + Send + 'static) {
        use std::sync::{Arc, Mutex};
        let done = Arc::new(Mutex::new(Some(done)));
        let late = done.clone();
        let server = self.server.clone();
        crate::platform::after(TIMEOUT, move || {
            if let Some(d) = late.lock().ok().and_then(|mut d| d.take()) {
                d(Err(ClientError::Unreachable {
                    server,
                    reason: format!("timeout ({} s)", TIMEOUT.as_secs()),
                }));
            }
        });
        let req = self.request();
        ehttp::fetch(req, move |r| {
            if let Some(d) = done.lock().ok().and_then(|mut d| d.take()) {
                d(self.read(answered(r)));
            }
        });
    }
}

impl Call<()> {
    /// Follows the stream of server-sent events this call asks for: `each` is called with each
    /// event's name and data until it returns false; `ended` once, when the stream ends or fails.
    pub fn follow_then(
        self,
        each: impl FnMut(&str, &str) -> bool + Send + 'static,
        ended: impl FnOnce(Result<(), ClientError>) + Send + 'static,
    ) {
        use std::ops::ControlFlow;
        use std::sync::Mutex;
        struct State<E, D> {
            events: Events,
            each: E,
            ended: Option<D>,
            status: u16,
            text: String,
        }
        let req = self.request().with_timeout(None);
        let state = Mutex::new(State {
            events: Events::default(),
            each,
            ended: Some(ended),
            status: 0,
            text: String::new(),
        });
        fn finish<E, D: FnOnce(Result<(), ClientError>)>(
            s: &mut State<E, D>,
            r: Result<(), ClientError>,
        ) -> ControlFlow<()> {
            if let Some(d) = s.ended.take() {
                d(r);
            }
            ControlFlow::Break(())
        }
        let call = self;
        ehttp::streaming::fetch(req, move |part| {
            let Ok(mut s) = state.lock() else {
                return ControlFlow::Break(());
            };
            match part {
                Err(reason) => {
                    let server = call.server.clone();
                    finish(&mut s, Err(ClientError::Unreachable { server, reason }))
                }
                Ok(ehttp::streaming::Part::Response(r)) => {
                    s.status = r.status;
                    ControlFlow::Continue(())
                }
                Ok(ehttp::streaming::Part::Chunk(bytes)) if bytes.is_empty() => {
                    // The end of the stream.
                    let r = if s.status == 200 {
                        Ok(())
                    } else {
                        let (status, text) = (s.status, std::mem::take(&mut s.text));
                        call.read(Ok(Answered { status, text }))
                    };
                    finish(&mut s, r)
                }
                Ok(ehttp::streaming::Part::Chunk(bytes)) => {
                    if s.status != 200 {
                        s.text.push_str(&String::from_utf8_lossy(&bytes));
                        return ControlFlow::Continue(());
                    }
                    let State { events, each, .. } = &mut *s;
                    if events.feed(&bytes, each) {
                        ControlFlow::Continue(())
                    } else {
                        finish(&mut s, Ok(()))
                    }
                }
            }
        });
    }
}
