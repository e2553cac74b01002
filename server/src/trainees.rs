//! The trainees' routes: join with the class code and an identity, send answers (each with its
//! own key, so a retry counts once), read one's own answers, and watch the class's state.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, Path, State};
use axum::http::{HeaderMap, header};
use axum::response::sse::{Event, Sse};
use futures_util::{Stream, StreamExt};
use rasoat_core::training::classroom::protocol::{
    AnswerPost, GRACE_SECONDS, Join, Joined, Mine, Phase, Receipt, RecordsPost, RecordsTaken,
    campaign_version, identity_key, normalize_code, visit_version,
};
use rasoat_core::training::session::{SessionMode, Trainee, hash_matches};
use sha2::{Digest, Sha256};
use tokio_stream::wrappers::{IntervalStream, WatchStream};

use crate::classes::{body, class_of, receipt_of};
use crate::db::{self, ClassRow, TraineeRow};
use crate::error::{Error, Said};
use crate::hub::{class_state, ends_at};
use crate::writer::{NewAnswer, Stored};
use crate::{AppState, Ctx, bearer, hash_secret, hex, new_secret};

/// A trainee's answers are heard from on their event stream this often.
const HEARTBEAT: Duration = Duration::from_secs(30);

fn feedback(c: &ClassRow) -> bool {
    c.mode != "exam" || c.released_at.is_some()
}

fn clean(s: &str) -> String {
    rasoat_core::rules::text::nfc(s.trim())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `POST /classes/{code}/join`.
pub async fn join(
    State(state): State<AppState>,
    ctx: Ctx,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(code): Path<String>,
    headers: HeaderMap,
    req: Result<Json<Join>, JsonRejection>,
) -> Result<Json<Joined>, Said> {
    let now = state.now();
    if state.limits.guessing(peer.ip(), now) {
        return Err(ctx.err(Error::TooMany));
    }
    let c = match class_of(&state, ctx, &code).await {
        Ok(c) => c,
        Err(Said(Error::UnknownClass, lang)) => {
            state.limits.wrong_code(peer.ip(), now);
            return Err(Said(Error::UnknownClass, lang));
        }
        Err(e) => return Err(e),
    };
    let join = body(ctx, req)?;
    let t = Trainee {
        name: clean(&join.trainee.name),
        commune: clean(&join.trainee.commune),
        district: clean(&join.trainee.district),
        province: clean(&join.trainee.province),
    };
    if !t.is_complete()
        || [&t.name, &t.commune, &t.district, &t.province]
            .iter()
            .any(|s| s.chars().count() > 200)
    {
        return Err(ctx.err(Error::IncompleteTrainee));
    }
    let identity = identity_key(&t);
    if !state.limits.join(c.id, &identity, now) {
        return Err(ctx.err(Error::TooMany));
    }
    sqlx::query(
        "INSERT INTO trainees (class_id, identity, name, commune, district, province, joined_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING",
    )
    .bind(c.id)
    .bind(&identity)
    .bind(&t.name)
    .bind(&t.commune)
    .bind(&t.district)
    .bind(&t.province)
    .bind(now)
    .execute(&state.db.pool)
    .await
    .map_err(|e| ctx.err(e.into()))?;
    let trainee_id: i64 = sqlx::query_scalar("SELECT id FROM trainees WHERE class_id = $1 AND identity = $2")
        .bind(c.id)
        .bind(&identity)
        .fetch_one(&state.db.pool)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    let secret = new_secret().map_err(|e| ctx.err(e))?;
    let client: String = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .chars()
        .take(100)
        .collect();
    sqlx::query("INSERT INTO sessions (trainee_id, secret_hash, created_at, client) VALUES ($1, $2, $3, $4)")
        .bind(trainee_id)
        .bind(hash_secret(&secret))
        .bind(now)
        .bind(format!("{client} {}", peer.ip()))
        .execute(&state.db.pool)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    hub.joined(trainee_id, &t, now);
    let extra = db::trainee(&state.db, trainee_id)
        .await
        .map_err(|e| ctx.err(e.into()))?
        .map_or(0, |t| t.extra_s);
    let answers = db::answers_of(&state.db, trainee_id)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    Ok(Json(Joined {
        trainee_id,
        secret,
        state: class_state(&c, hub.data.scenarios.len(), now),
        ends_at: ends_at(&c, extra, now),
        scenarios: hub.data.files.clone(),
        receipts: answers
            .iter()
            .map(|a| receipt_of(&hub.data, &state, a, feedback(&c)))
            .collect(),
    }))
}

/// The trainee whose secret the request carries, in the class named by `code`: (class, session
/// id, trainee).
async fn as_trainee(
    state: &AppState,
    ctx: Ctx,
    code: &str,
    headers: &HeaderMap,
) -> Result<(ClassRow, i64, TraineeRow), Said> {
    let secret = bearer(headers).ok_or(ctx.err(Error::Unauthorized))?;
    let code = normalize_code(code).ok_or(ctx.err(Error::UnknownClass))?;
    let (session, t) = db::session_by_secret(&state.db, &hash_secret(secret))
        .await
        .map_err(|e| ctx.err(e.into()))?
        .ok_or(ctx.err(Error::Unauthorized))?;
    let c = db::class_by_id(&state.db, t.class_id)
        .await
        .map_err(|e| ctx.err(e.into()))?
        .filter(|c| c.code == code)
        .ok_or(ctx.err(Error::Unauthorized))?;
    Ok((c, session, t))
}

/// Whether an answer may still be taken now: the class runs, and the time (with the trainee's
/// extension and the grace for answers in flight) is not up.
fn open_for_answers(c: &ClassRow, extra_s: i64, now: i64) -> Result<(), Error> {
    match Phase::parse(&c.phase) {
        Some(Phase::Lobby) => return Err(Error::NotStarted),
        Some(Phase::Paused) => return Err(Error::Paused),
        Some(Phase::Closed) | None => {
            if c.closed_at.is_none_or(|at| now > at + GRACE_SECONDS) {
                return Err(Error::Closed);
            }
        }
        Some(Phase::Running) => {}
    }
    if ends_at(c, extra_s, now).is_some_and(|end| now > end + GRACE_SECONDS) {
        return Err(Error::TimeUp);
    }
    Ok(())
}

/// `POST /classes/{code}/answers`: scores the answer, stores it and returns its receipt — or the
/// receipt it already had, when the key was sent before.
///
/// The path every answer takes, so it asks the database nothing it can know otherwise: who the
/// secret belongs to is remembered ([`crate::callers`]), the class's phase and time come from its
/// hub (read every half second, and at once after a trainer's action on this server), and the one
/// write is the writer's shared commit. Only near the end of the time (a trainee's own extension)
/// and for a refused answer (was it stored before?) is the database read.
pub async fn answer(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
    req: Result<Json<AnswerPost>, JsonRejection>,
) -> Result<Json<Receipt>, Said> {
    let secret = bearer(&headers).ok_or(ctx.err(Error::Unauthorized))?;
    let code = normalize_code(&code).ok_or(ctx.err(Error::UnknownClass))?;
    let caller = state
        .callers
        .get(&state.db, secret)
        .await
        .map_err(|e| ctx.err(e.into()))?
        .ok_or(ctx.err(Error::Unauthorized))?;
    let hub = state
        .hub
        .class_by_id(caller.class_id)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?
        .filter(|h| h.data.code == code)
        .ok_or(ctx.err(Error::Unauthorized))?;
    let post = body(ctx, req)?;
    if post.key.is_empty() || post.key.len() > 100 || !post.key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(ctx.err(Error::BadRequest));
    }
    let c = hub.row();
    let now = state.now();
    let refused = |e: Error| async {
        // A retry of an answer stored before is answered with its receipt, even after the end.
        match stored_receipt(&state, ctx, &c, &hub.data, caller.trainee, &post.key).await? {
            Some(r) => Ok(Json(r)),
            None => Err(ctx.err(e)),
        }
    };
    let mut open = open_for_answers(&c, 0, now);
    if matches!(open, Err(Error::TimeUp)) {
        // Past the class's time: this trainee may have been given more.
        let extra = db::trainee(&state.db, caller.trainee)
            .await
            .map_err(|e| ctx.err(e.into()))?
            .map_or(0, |t| t.extra_s);
        open = open_for_answers(&c, extra, now);
    }
    if let Err(e) = open {
        return refused(e).await;
    }
    let Some((scenario, _)) = hub.data.scenario(&post.scenario_id) else {
        return refused(Error::UnknownScenario).await;
    };
    let standard = state
        .standards
        .get(&hub.data.standard)
        .ok_or(ctx.err(Error::UnknownStandard(hub.data.standard.clone())))?;
    if !hash_matches(&post.scenario_hash, scenario, standard) {
        return refused(Error::ScenarioChanged).await;
    }
    if post
        .answer
        .deprived
        .iter()
        .any(|i| standard.indicator(i).is_none())
    {
        return refused(Error::UnknownIndicator).await;
    }
    let grade = hub
        .data
        .grade(&state.standards, &post.scenario_id, &post.answer)
        .ok_or(ctx.err(Error::UnknownScenario))?;
    let answer_json =
        serde_json::to_string(&post.answer).map_err(|e| ctx.err(Error::Internal(e.to_string())))?;
    let receipt = receipt_code(&c.code, caller.trainee, &post.key, &answer_json, now);
    let stored = state
        .writer
        .store(NewAnswer {
            class_id: c.id,
            trainee_id: caller.trainee,
            session_id: caller.session,
            idem_key: post.key.clone(),
            scenario_id: post.scenario_id.clone(),
            exam_slot: (hub.data.mode == SessionMode::Exam).then(|| post.scenario_id.clone()),
            answer_json,
            seconds: i64::try_from(post.seconds.min(86_400 * 7)).unwrap_or(0),
            given_at: i64::try_from(post.given_at).unwrap_or(0),
            received_at: now,
            points: i64::from(grade.points),
            max_points: i64::from(grade.max),
            receipt: receipt.clone(),
        })
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    match stored {
        Stored::New(id) => {
            hub.stored(id, caller.trainee, &post.scenario_id, &grade, now);
            Ok(Json(Receipt {
                key: post.key,
                scenario_id: post.scenario_id,
                received_at: now,
                receipt,
                answer: post.answer,
                seconds: post.seconds,
                grade: feedback(&c).then_some(grade),
            }))
        }
        Stored::Again => stored_receipt(&state, ctx, &c, &hub.data, caller.trainee, &post.key)
            .await?
            .map(Json)
            .ok_or(ctx.err(Error::Internal("a stored answer went missing".into()))),
        Stored::SlotTaken => Err(ctx.err(Error::AlreadyAnswered)),
    }
}

/// The receipt of the answer stored under `key`, if any.
async fn stored_receipt(
    state: &AppState,
    ctx: Ctx,
    c: &ClassRow,
    data: &crate::hub::ClassData,
    trainee: i64,
    key: &str,
) -> Result<Option<Receipt>, Said> {
    let row = sqlx::query(
        "SELECT id, trainee_id, idem_key, scenario_id, answer_json, seconds, received_at, receipt \
         FROM answers WHERE trainee_id = $1 AND idem_key = $2",
    )
    .bind(trainee)
    .bind(key)
    .fetch_optional(&state.db.pool)
    .await
    .map_err(|e| ctx.err(e.into()))?;
    let row = row
        .as_ref()
        .map(db::AnswerRow::from_row)
        .transpose()
        .map_err(|e| ctx.err(e.into()))?;
    Ok(row.map(|a| receipt_of(data, state, &a, feedback(c))))
}

/// A short code for a stored answer, to read out: ten characters of a hash of what was stored.
fn receipt_code(class: &str, trainee: i64, key: &str, answer: &str, at: i64) -> String {
    let digest = Sha256::digest(format!("{class}\n{trainee}\n{key}\n{answer}\n{at}").as_bytes());
    hex(&digest[..5]).to_uppercase()
}

/// `GET /classes/{code}/me`: the class and this trainee's answers.
pub async fn mine(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Mine>, Said> {
    let (c, _, t) = as_trainee(&state, ctx, &code, &headers).await?;
    let now = state.now();
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    hub.seen(t.id, now);
    let answers = db::answers_of(&state.db, t.id)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    Ok(Json(Mine {
        state: class_state(&c, hub.data.scenarios.len(), now),
        ends_at: ends_at(&c, t.extra_s, now),
        receipts: answers
            .iter()
            .map(|a| receipt_of(&hub.data, &state, a, feedback(&c)))
            .collect(),
    }))
}

/// `GET /classes/{code}/events`: the class's state as server-sent events (`state`), sent again
/// whenever the trainer changes it; the stream also tells the console the trainee is there.
pub async fn events(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Said> {
    let (c, _, t) = as_trainee(&state, ctx, &code, &headers).await?;
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    let states = WatchStream::new(hub.state()).map(|json| Ok(Event::default().event("state").data(&*json)));
    let clock = state.clock.clone();
    let beats = IntervalStream::new(tokio::time::interval(HEARTBEAT)).map(move |_| {
        hub.seen(t.id, i64::try_from(clock.now()).unwrap_or(0));
        Ok(Event::default().comment("here"))
    });
    // The heartbeat is the stream's keep-alive too (proxies see traffic every 30 s): no second
    // timer per trainee.
    Ok(Sse::new(futures_util::stream::select(states, beats)))
}

/// `POST /classes/{code}/records`: the trainee's field visits and review campaigns from the
/// village. Each is kept once, by its id; a further version (more steps, the form submitted)
/// replaces an earlier one, an earlier one changes nothing — so sending the same again is
/// harmless. Taken even after the class closed: the village may be finished later.
pub async fn records(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
    req: Result<Json<RecordsPost>, JsonRejection>,
) -> Result<Json<RecordsTaken>, Said> {
    let (c, session, t) = as_trainee(&state, ctx, &code, &headers).await?;
    let post = body(ctx, req)?;
    if post.visits.len() + post.campaigns.len() > 1000 {
        return Err(ctx.err(Error::TooLarge));
    }
    let now = state.now();
    let mut rows: Vec<(&str, String, i64, String)> = Vec::new();
    for v in &post.visits {
        let body = serde_json::to_string(v).map_err(|e| ctx.err(Error::Internal(e.to_string())))?;
        rows.push(("visit", v.id.clone(), visit_version(v), body));
    }
    for k in &post.campaigns {
        let body = serde_json::to_string(k).map_err(|e| ctx.err(Error::Internal(e.to_string())))?;
        rows.push(("campaign", k.id.clone(), campaign_version(k), body));
    }
    let mut tx = state.db.pool.begin().await.map_err(|e| ctx.err(e.into()))?;
    for (kind, id, version, body) in rows {
        if id.is_empty() || id.len() > 300 {
            return Err(ctx.err(Error::BadRequest));
        }
        sqlx::query(
            "INSERT INTO records (class_id, trainee_id, session_id, kind, record_id, version, body, received_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (trainee_id, kind, record_id) DO UPDATE SET version = excluded.version, body = excluded.body, \
             session_id = excluded.session_id, received_at = excluded.received_at WHERE records.version < excluded.version",
        )
        .bind(c.id)
        .bind(t.id)
        .bind(session)
        .bind(kind)
        .bind(&id)
        .bind(version)
        .bind(&body)
        .bind(now)
        .execute(&mut *tx)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    }
    tx.commit().await.map_err(|e| ctx.err(e.into()))?;
    let counts = db::record_counts(&state.db, t.id)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    Ok(Json(RecordsTaken {
        visits: counts.0,
        campaigns: counts.1,
    }))
}
