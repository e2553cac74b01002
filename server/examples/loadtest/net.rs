//! The load generator's HTTP: a plain HTTP/1 connection per simulated trainee (from its own
//! loopback address), one request at a time, and server-sent events read from a stream.

#[allow(unused_imports)]
use super::*;

pub(crate) type Body = Full<Bytes>;

pub(crate) struct Conn {
    pub(crate) send: SendRequest<Body>,
    pub(crate) task: tokio::task::JoinHandle<()>,
}

impl Drop for Conn {
    fn drop(&mut self) {
        // Dropping the connection's task closes the socket.
        self.task.abort();
    }
}

/// Connects to `addr`, from the loopback address `from` when given (each simulated trainee has
/// its own, like a PC of its own: the kernel then has a port range per trainee and need not hunt
/// for a free port among tens of thousands of connections).
pub(crate) async fn connect_from(addr: SocketAddr, from: Option<std::net::IpAddr>) -> Result<Conn, String> {
    let socket = tokio::net::TcpSocket::new_v4().map_err(|e| format!("socket: {e}"))?;
    if let Some(ip) = from {
        socket
            .bind(SocketAddr::new(ip, 0))
            .map_err(|e| format!("bind {ip}: {e}"))?;
    }
    let stream = tokio::time::timeout(Duration::from_secs(10), socket.connect(addr))
        .await
        .map_err(|_| "connect: timed out".to_owned())?
        .map_err(|e| format!("connect: {e}"))?;
    stream.set_nodelay(true).map_err(|e| e.to_string())?;
    let (send, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| format!("handshake: {e}"))?;
    let task = tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(Conn { send, task })
}

pub(crate) async fn connect(addr: SocketAddr) -> Result<Conn, String> {
    connect_from(addr, None).await
}

/// Trainee `i`'s own loopback address: 127.1.x.y.
pub(crate) fn trainee_ip(i: usize) -> std::net::IpAddr {
    let x = u8::try_from(i / 250 % 250).unwrap_or(0);
    let y = u8::try_from(i % 250).unwrap_or(0);
    std::net::IpAddr::from([127, 1, x, y + 1])
}

impl Conn {
    /// Sends `req`; returns the status and the whole body.
    pub(crate) async fn call(&mut self, req: hyper::Request<Body>) -> Result<(u16, Bytes), String> {
        let work = async {
            self.send.ready().await.map_err(|e| e.to_string())?;
            let resp = self.send.send_request(req).await.map_err(|e| e.to_string())?;
            let status = resp.status().as_u16();
            let body = resp
                .into_body()
                .collect()
                .await
                .map_err(|e| e.to_string())?
                .to_bytes();
            Ok((status, body))
        };
        tokio::time::timeout(REQUEST_TIMEOUT, work)
            .await
            .map_err(|_| "no answer within 20 s".to_owned())?
    }
}

pub(crate) fn request(
    addr: SocketAddr,
    method: Method,
    path: &str,
    auth: Option<&str>,
    body: Option<String>,
) -> Result<hyper::Request<Body>, String> {
    let mut b = hyper::Request::builder()
        .method(method)
        .uri(format!("/api/v1{path}"))
        .header("host", addr.to_string())
        .header(PROTOCOL_HEADER, PROTOCOL_VERSION.to_string())
        .header("accept-language", "en")
        .header("user-agent", "rasoat-loadtest");
    if let Some(a) = auth {
        b = b.header("authorization", format!("Bearer {a}"));
    }
    if body.is_some() {
        b = b.header("content-type", "application/json");
    }
    b.body(Full::new(Bytes::from(body.unwrap_or_default())))
        .map_err(|e| e.to_string())
}

/// Server-sent events, parsed as they come.
#[derive(Default)]
pub(crate) struct Sse {
    pub(crate) line: Vec<u8>,
    pub(crate) event: String,
    pub(crate) data: String,
}

impl Sse {
    pub(crate) fn feed(&mut self, chunk: &[u8], mut each: impl FnMut(&str, &str)) {
        for part in chunk.split_inclusive(|b| *b == b'\n') {
            let Some(body) = part.strip_suffix(b"\n") else {
                self.line.extend_from_slice(part);
                continue;
            };
            self.line.extend_from_slice(body);
            let raw = std::mem::take(&mut self.line);
            let text = String::from_utf8_lossy(&raw);
            let line = text.trim_end_matches('\r');
            if line.is_empty() {
                if !self.data.is_empty() {
                    each(&self.event, &self.data);
                }
                self.event.clear();
                self.data.clear();
            } else if let Some(e) = line.strip_prefix("event:") {
                self.event = e.trim().to_owned();
            } else if let Some(d) = line.strip_prefix("data:") {
                if !self.data.is_empty() {
                    self.data.push('\n');
                }
                self.data.push_str(d.strip_prefix(' ').unwrap_or(d));
            }
        }
    }
}

/// An open event stream: its connection and the task reading it. Dropping it closes both.
pub(crate) struct Stream {
    pub(crate) _conn: Conn,
    pub(crate) reader: tokio::task::JoinHandle<()>,
}

impl Drop for Stream {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

/// Opens the event stream at `path`, calling `each(event, data)` for every event.
pub(crate) async fn open_stream(
    addr: SocketAddr,
    from: Option<std::net::IpAddr>,
    path: &str,
    auth: &str,
    mut each: impl FnMut(&str, &str, usize) + Send + 'static,
) -> Result<Stream, String> {
    let mut conn = connect_from(addr, from).await?;
    let req = request(addr, Method::GET, path, Some(auth), None)?;
    let resp = tokio::time::timeout(REQUEST_TIMEOUT, async {
        conn.send.ready().await.map_err(|e| e.to_string())?;
        conn.send.send_request(req).await.map_err(|e| e.to_string())
    })
    .await
    .map_err(|_| format!("{path}: no answer within 20 s"))??;
    if resp.status().as_u16() != 200 {
        return Err(format!("{path}: HTTP {}", resp.status().as_u16()));
    }
    let mut body = resp.into_body();
    let reader = tokio::spawn(async move {
        let mut sse = Sse::default();
        while let Some(Ok(frame)) = body.frame().await {
            if let Ok(data) = frame.into_data() {
                sse.feed(&data, |e, d| each(e, d, d.len()));
            }
        }
    });
    Ok(Stream { _conn: conn, reader })
}
