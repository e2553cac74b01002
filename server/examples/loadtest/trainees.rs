//! The simulated trainees: the class's scenarios prepared once, joining, answering at the set
//! pace with their own keys, being cut off mid-answer and coming back.

#[allow(unused_imports)]
use super::*;

/// One scenario's prepared answers.
pub(crate) struct Prepared {
    pub(crate) file_name: String,
    pub(crate) id: String,
    pub(crate) hash: String,
    pub(crate) right: Answer,
    pub(crate) wrong: Answer,
}

/// The first ten built-in scenarios of the 2022–2025 standard (as the server tests take them).
pub(crate) fn scenarios() -> Result<(Vec<ScenarioFile>, Vec<Prepared>), String> {
    let standards = StandardSet::builtin().map_err(|e| format!("{e:?}"))?;
    let mut files = Vec::new();
    let mut prepared = Vec::new();
    let builtin = rasoat_core::training::builtin::files(&standards, Some("2022-2025"));
    for (file, s) in builtin.into_iter().take(SCENARIOS) {
        let Some(standard) = s.standard_in(&standards) else {
            continue;
        };
        let right = model_answer(&assess(&s.household, standard));
        let wrong = Answer {
            income_per_person_month_vnd: right
                .income_per_person_month_vnd
                .map(|v| v.saturating_mul(2) + 500_000),
            deprived: right.deprived.iter().skip(1).cloned().collect(),
            class: None,
        };
        prepared.push(Prepared {
            file_name: file.name.clone(),
            id: s.scenario.id.clone(),
            hash: content_hash_of_rules(&s, standard),
            right,
            wrong,
        });
        files.push(file);
    }
    if files.len() < SCENARIOS {
        return Err(format!("only {} built-in scenarios of 2022-2025", files.len()));
    }
    Ok((files, prepared))
}

pub(crate) fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// One acknowledged answer.
pub(crate) struct Ack {
    pub(crate) key: String,
    pub(crate) at: Instant,
    pub(crate) receipt: String,
}

#[derive(Default)]
pub(crate) struct Stats {
    /// (seconds since the run began, latency in ms).
    pub(crate) join_ms: Vec<(f64, f64)>,
    pub(crate) rejoin_ms: Vec<f64>,
    /// (seconds since the run began, latency in ms).
    pub(crate) ack_ms: Vec<(f64, f64)>,
    pub(crate) acks: Vec<Ack>,
    pub(crate) keys_sent: usize,
    pub(crate) joined: usize,
    pub(crate) saw_running: usize,
    pub(crate) finished: usize,
    pub(crate) dropped: usize,
    pub(crate) came_back: usize,
    pub(crate) cut_unacked: usize,
    pub(crate) cut_acked: usize,
    pub(crate) retried_sends: usize,
    pub(crate) gave_up: usize,
    pub(crate) first_send: Option<Instant>,
    pub(crate) last_ack: Option<Instant>,
    pub(crate) errors: usize,
    pub(crate) error_samples: Vec<String>,
}

impl Stats {
    pub(crate) fn error(&mut self, e: String) {
        self.errors += 1;
        if self.error_samples.len() < 15 {
            self.error_samples.push(e);
        }
    }
}

pub(crate) struct Shared {
    /// When the run began.
    pub(crate) t0: Instant,
    pub(crate) addr: SocketAddr,
    pub(crate) code: String,
    pub(crate) seed: u64,
    pub(crate) right_percent: u64,
    pub(crate) prepared: Vec<Prepared>,
    /// When the trainer started the class (set once).
    pub(crate) started: watch::Receiver<Option<Instant>>,
    pub(crate) slot: Duration,
    /// An answers' connection unused this long is closed.
    pub(crate) idle: Duration,
    pub(crate) stats: Mutex<Stats>,
}

impl Shared {
    pub(crate) fn stats(&self) -> std::sync::MutexGuard<'_, Stats> {
        // A poisoned lock only means a trainee task panicked; its figures are still good.
        self.stats.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn error(&self, e: String) {
        self.stats().error(e);
    }
}

pub(crate) fn identity(i: usize) -> Value {
    json!({"trainee": {
        "name": format!("Học viên số {i}"),
        "commune": format!("Xã {}", i % 250),
        "district": format!("Huyện {}", i % 25),
        "province": "Phú Thọ",
    }})
}

/// A trainee's connections: the one answers go on and the event stream.
pub(crate) struct Online {
    pub(crate) conn: Option<Conn>,
    pub(crate) secret: String,
    pub(crate) events: Option<Stream>,
}

/// Waits for `fut`; meanwhile the answers' connection is closed once unused for `idle`, as the
/// app's HTTP client (ureq) drops pooled connections idle for 15 s — so between answers far
/// apart a trainee holds only its event stream open.
pub(crate) async fn idle_wait<F: std::future::Future>(on: &mut Online, idle: Duration, fut: F) -> F::Output {
    let mut fut = std::pin::pin!(fut);
    if on.conn.is_some() {
        tokio::select! {
            out = &mut fut => return out,
            () = sleep(idle) => on.conn = None,
        }
    }
    fut.await
}

/// Joins (or comes back) as trainee `i`; returns the connections, the event stream's word that
/// the class runs, what the server holds and the join's latency (ms).
pub(crate) async fn join(
    sh: &Shared,
    i: usize,
) -> Result<(Online, watch::Receiver<bool>, Joined, f64), String> {
    let mut last = String::new();
    for attempt in 0..ATTEMPTS {
        if attempt > 0 {
            sleep(Duration::from_millis(250 << attempt.min(4))).await;
        }
        let mut conn = match connect_from(sh.addr, Some(trainee_ip(i))).await {
            Ok(c) => c,
            Err(e) => {
                last = e;
                continue;
            }
        };
        let code = &sh.code;
        let req = request(
            sh.addr,
            Method::POST,
            &format!("/classes/{code}/join"),
            None,
            Some(identity(i).to_string()),
        )?;
        let sent = Instant::now();
        match conn.call(req).await {
            Ok((200, body)) => {
                let ms = sent.elapsed().as_secs_f64() * 1000.0;
                let joined: Joined = serde_json::from_slice(&body).map_err(|e| format!("join: {e}"))?;
                let names: Vec<&str> = joined.scenarios.iter().map(|f| f.name.as_str()).collect();
                let want: Vec<&str> = sh.prepared.iter().map(|p| p.file_name.as_str()).collect();
                if names != want {
                    return Err(format!("trainee {i} was given other scenarios: {names:?}"));
                }
                let (tx, running) = watch::channel(false);
                let events = open_stream(
                    sh.addr,
                    Some(trainee_ip(i)),
                    &format!("/classes/{code}/events"),
                    &joined.secret,
                    move |event, data, _| {
                        if event == "state" && data.contains("\"phase\":\"running\"") {
                            tx.send_replace(true);
                        }
                    },
                )
                .await;
                let events = match events {
                    Ok(s) => s,
                    Err(e) => {
                        last = e;
                        continue;
                    }
                };
                let online = Online {
                    conn: Some(conn),
                    secret: joined.secret.clone(),
                    events: Some(events),
                };
                return Ok((online, running, joined, ms));
            }
            Ok((status, body)) => {
                last = format!("join: HTTP {status}: {}", String::from_utf8_lossy(&body));
                if status < 500 && status != 429 {
                    break;
                }
            }
            Err(e) => last = format!("join: {e}"),
        }
    }
    Err(format!("trainee {i} could not join: {last}"))
}

pub(crate) fn answer_body(
    sh: &Shared,
    j: usize,
    key: &str,
    right: bool,
    rng: &mut Rng,
) -> Result<String, String> {
    let p = &sh.prepared[j];
    serde_json::to_string(&AnswerPost {
        key: key.to_owned(),
        scenario_id: p.id.clone(),
        scenario_hash: p.hash.clone(),
        seconds: 30 + rng.below(300),
        given_at: unix_now(),
        answer: if right { p.right.clone() } else { p.wrong.clone() },
    })
    .map_err(|e| e.to_string())
}

/// Sends an answer until a receipt comes (same key every time); returns the receipt.
pub(crate) async fn send_answer(
    sh: &Shared,
    i: usize,
    on: &mut Online,
    key: &str,
    body: &str,
) -> Result<Receipt, String> {
    let mut last = String::new();
    for attempt in 0..ATTEMPTS {
        if attempt > 0 {
            sh.stats().retried_sends += 1;
            sleep(Duration::from_millis(200 << attempt.min(4))).await;
        }
        // A connection the server closed while it was idle is not used again (as ureq checks
        // its pooled connections before a request).
        if on.conn.as_ref().is_some_and(|c| c.send.is_closed()) {
            on.conn = None;
        }
        if on.conn.is_none() {
            match connect_from(sh.addr, Some(trainee_ip(i))).await {
                Ok(c) => on.conn = Some(c),
                Err(e) => {
                    last = e;
                    continue;
                }
            }
        }
        let Some(conn) = on.conn.as_mut() else { continue };
        let req = request(
            sh.addr,
            Method::POST,
            &format!("/classes/{}/answers", sh.code),
            Some(&on.secret),
            Some(body.to_owned()),
        )?;
        let sent = Instant::now();
        match conn.call(req).await {
            Ok((200, resp)) => {
                let now = Instant::now();
                let receipt: Receipt = serde_json::from_slice(&resp).map_err(|e| format!("receipt: {e}"))?;
                if receipt.key != key {
                    return Err(format!("a receipt for {} came for {key}", receipt.key));
                }
                let mut st = sh.stats();
                st.ack_ms
                    .push(((now - sh.t0).as_secs_f64(), (now - sent).as_secs_f64() * 1000.0));
                st.last_ack = Some(st.last_ack.map_or(now, |l| l.max(now)));
                return Ok(receipt);
            }
            Ok((status, resp)) => {
                last = format!("answer {key}: HTTP {status}: {}", String::from_utf8_lossy(&resp));
                if status < 500 && status != 429 && status != 408 {
                    break;
                }
            }
            Err(e) => {
                on.conn = None;
                last = format!("answer {key}: {e}");
            }
        }
    }
    Err(last)
}

/// One simulated trainee, from joining to the last answer.
pub(crate) async fn trainee(sh: Arc<Shared>, i: usize, join_at: Instant, cut: bool) {
    if let Err(e) = trainee_run(&sh, i, join_at, cut).await {
        sh.error(e);
    }
}

pub(crate) async fn trainee_run(sh: &Shared, i: usize, join_at: Instant, cut: bool) -> Result<(), String> {
    let mut rng = Rng::new(sh.seed, i as u64 + 1);
    sleep_until(join_at.into()).await;
    let (mut on, mut running, _, ms) = join(sh, i).await?;
    {
        let mut st = sh.stats();
        st.join_ms.push((sh.t0.elapsed().as_secs_f64(), ms));
        st.joined += 1;
    }
    let mut started = sh.started.clone();
    let start = idle_wait(&mut on, sh.idle, async {
        started.wait_for(Option::is_some).await.map(|s| *s)
    })
    .await
    .map_err(|_| "the class never started".to_owned())?
    .ok_or("the class never started")?;
    idle_wait(
        &mut on,
        sh.idle,
        tokio::time::timeout(Duration::from_secs(20), running.wait_for(|r| *r)),
    )
    .await
    .map_err(|_| format!("trainee {i}: no 'running' state on the event stream within 20 s of the start"))?
    .map_err(|_| format!("trainee {i}: the event stream ended before the start"))?;
    sh.stats().saw_running += 1;

    let drop_slot = SCENARIOS / 2;
    let mut acked: Vec<String> = Vec::new();
    for j in 0..SCENARIOS {
        let planned = start + sh.slot.mul_f64(j as f64 + rng.unit());
        idle_wait(&mut on, sh.idle, sleep_until(planned.into())).await;
        let right = rng.below(100) < sh.right_percent;
        let key = format!("lt{}-{i}-{j}", sh.seed);
        let body = answer_body(sh, j, &key, right, &mut rng)?;
        {
            let mut st = sh.stats();
            st.keys_sent += 1;
            let now = Instant::now();
            st.first_send = Some(st.first_send.map_or(now, |f| f.min(now)));
        }
        let mut earlier: Option<Receipt> = None;
        if cut && j == drop_slot {
            // The connection drops with this answer in flight: the request goes, and the
            // network is cut 0–5 ms later, whether the receipt came or not.
            let cut_after = Duration::from_micros(rng.below(5_000));
            let req = request(
                sh.addr,
                Method::POST,
                &format!("/classes/{}/answers", sh.code),
                Some(&on.secret),
                Some(body.clone()),
            )?;
            // A connection the server closed while it was idle is not used again (as ureq checks
            // its pooled connections before a request).
            if on.conn.as_ref().is_some_and(|c| c.send.is_closed()) {
                on.conn = None;
            }
            if on.conn.is_none() {
                on.conn = connect_from(sh.addr, Some(trainee_ip(i))).await.ok();
            }
            let sent = Instant::now();
            let outcome = match on.conn.as_mut() {
                Some(conn) => tokio::select! {
                    r = conn.call(req) => Some(r),
                    () = sleep(cut_after) => None,
                },
                None => None,
            };
            if let Some(Ok((200, resp))) = outcome {
                let now = Instant::now();
                let r: Receipt = serde_json::from_slice(&resp).map_err(|e| format!("receipt: {e}"))?;
                let mut st = sh.stats();
                st.ack_ms
                    .push(((now - sh.t0).as_secs_f64(), (now - sent).as_secs_f64() * 1000.0));
                st.last_ack = Some(st.last_ack.map_or(now, |l| l.max(now)));
                st.acks.push(Ack {
                    key: key.clone(),
                    at: now,
                    receipt: r.receipt.clone(),
                });
                st.cut_acked += 1;
                earlier = Some(r);
            } else {
                sh.stats().cut_unacked += 1;
            }
            on.conn = None;
            on.events = None;
            sh.stats().dropped += 1;
            sleep(Duration::from_millis(500 + rng.below(2_500))).await;
            // Back: the same identity joins again and finds every answer acknowledged so far.
            let (again, mut running, joined, ms) = join(sh, i).await?;
            on = again;
            sh.stats().rejoin_ms.push(ms);
            let held: Vec<&str> = joined.receipts.iter().map(|r| r.key.as_str()).collect();
            if let Some(missing) = acked.iter().find(|k| !held.contains(&k.as_str())) {
                return Err(format!(
                    "trainee {i} came back without acknowledged answer {missing}"
                ));
            }
            tokio::time::timeout(Duration::from_secs(20), running.wait_for(|r| *r))
                .await
                .map_err(|_| format!("trainee {i}: no 'running' state after coming back"))?
                .map_err(|_| format!("trainee {i}: the event stream ended after coming back"))?;
        }
        match send_answer(sh, i, &mut on, &key, &body).await {
            Ok(r) => {
                if let Some(e) = &earlier {
                    if e.receipt != r.receipt {
                        return Err(format!(
                            "trainee {i}: {key} sent again got receipt {} instead of {}",
                            r.receipt, e.receipt
                        ));
                    }
                    sh.stats().came_back += 1;
                } else {
                    if cut && j == drop_slot {
                        sh.stats().came_back += 1;
                    }
                    sh.stats().acks.push(Ack {
                        key: key.clone(),
                        at: Instant::now(),
                        receipt: r.receipt.clone(),
                    });
                }
                acked.push(key);
            }
            Err(e) => {
                let mut st = sh.stats();
                st.gave_up += 1;
                st.error(e);
            }
        }
    }
    sh.stats().finished += 1;
    drop(on);
    Ok(())
}
