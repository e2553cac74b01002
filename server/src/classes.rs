//! The trainer's routes: open a class, run it (start, pause, resume, extend, close, release),
//! watch the console, open one trainee's answers, export the class, read its log. All but opening
//! a class and reading its public state need the class's trainer key.

use std::convert::Infallible;

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use futures_util::{Stream, StreamExt};
use rasoat_core::rules::grading::Answer;
use rasoat_core::training::classroom::protocol::{
    ClassCreated, ClassState, Control, ExportedFile, LogEntry, NewClass, Phase, Receipt, TraineeAnswers,
    class_code, normalize_code,
};
use rasoat_core::training::report::{self, Catalogue};
use rasoat_core::training::scenario::parse_scenario;
use rasoat_core::training::session::{
    Results, ScenarioAnswers, SessionInfo, SessionMode, SessionSource, Try, content_hash_of_rules,
};
use sqlx::Row;
use tokio_stream::wrappers::WatchStream;

use crate::db::{self, ClassRow};
use crate::error::{Error, Said};
use crate::hub::{ClassData, class_state, mode_str};
use crate::{AppState, Ctx, bearer, hash_secret, new_secret};

/// A class may hold at most this many scenarios.
pub const MAX_SCENARIOS: usize = 200;

/// The body of a request as JSON, or the error in the user's words.
pub fn body<T>(ctx: Ctx, body: Result<Json<T>, JsonRejection>) -> Result<T, Said> {
    body.map(|Json(t)| t).map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ctx.err(Error::TooLarge)
        } else {
            ctx.err(Error::BadRequest)
        }
    })
}

/// The class named by `code`, as anyone may ask for it.
pub async fn class_of(state: &AppState, ctx: Ctx, code: &str) -> Result<ClassRow, Said> {
    let code = normalize_code(code).ok_or(ctx.err(Error::UnknownClass))?;
    db::class_by_code(&state.db, &code)
        .await
        .map_err(|e| ctx.err(e.into()))?
        .ok_or(ctx.err(Error::UnknownClass))
}

/// The class, when the request carries its trainer key.
async fn as_trainer(state: &AppState, ctx: Ctx, code: &str, headers: &HeaderMap) -> Result<ClassRow, Said> {
    let c = class_of(state, ctx, code).await?;
    let key = bearer(headers).ok_or(ctx.err(Error::Unauthorized))?;
    if hash_secret(key) != c.trainer_key_hash {
        return Err(ctx.err(Error::Forbidden));
    }
    Ok(c)
}

/// `POST /classes`: opens a class with its scenarios.
pub async fn create(
    State(state): State<AppState>,
    ctx: Ctx,
    req: Result<Json<NewClass>, JsonRejection>,
) -> Result<(StatusCode, Json<ClassCreated>), Said> {
    let new = body(ctx, req)?;
    let standard = state
        .standards
        .get(&new.standard)
        .ok_or_else(|| ctx.err(Error::UnknownStandard(new.standard.clone())))?;
    if new.scenarios.is_empty() {
        return Err(ctx.err(Error::NoScenarios));
    }
    if new.scenarios.len() > MAX_SCENARIOS {
        return Err(ctx.err(Error::TooLarge));
    }
    let t = crate::words(ctx.lang);
    let mut parsed = Vec::new();
    for f in &new.scenarios {
        let text = rasoat_core::rules::text::nfc(&f.text);
        let s = parse_scenario(&f.name, &text, &state.standards)
            .map_err(|e| ctx.err(Error::BadClass(rasoat_core::words::explain::error_text(t, &e))))?;
        let found = s
            .standard_in(&state.standards)
            .map(|st| st.id.clone())
            .unwrap_or_default();
        if found != standard.id {
            return Err(ctx.err(Error::WrongStandard {
                scenario: s.scenario.id.clone(),
                found,
                standard: standard.id.clone(),
            }));
        }
        if parsed
            .iter()
            .any(|(p, _, _): &(rasoat_core::training::scenario::Scenario, _, _)| {
                p.scenario.id == s.scenario.id
            })
        {
            return Err(ctx.err(Error::BadClass(s.scenario.id.clone())));
        }
        let hash = content_hash_of_rules(&s, standard);
        parsed.push((s, text, hash));
    }
    let key = new_secret().map_err(|e| ctx.err(e))?;
    let now = state.now();
    let limit = new
        .time_limit_minutes
        .filter(|m| *m > 0)
        .map(|m| i64::from(m) * 60);
    for _ in 0..20 {
        let mut random = [0u8; 16];
        getrandom::fill(&mut random).map_err(|e| ctx.err(Error::Internal(e.to_string())))?;
        let Some(code) = class_code(&random) else { continue };
        let mut tx = state.db.pool.begin().await.map_err(|e| ctx.err(e.into()))?;
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO classes (code, trainer_key_hash, title, standard, mode, time_limit_s, phase, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(&code)
        .bind(hash_secret(&key))
        .bind(new.title.trim())
        .bind(&standard.id)
        .bind(mode_str(new.mode))
        .bind(limit)
        .bind(Phase::Lobby.as_str())
        .bind(now)
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| ctx.err(e.into()))?;
        let Some(id) = id else { continue };
        for (pos, ((s, text, hash), f)) in parsed.iter().zip(&new.scenarios).enumerate() {
            sqlx::query(
                "INSERT INTO class_scenarios (class_id, position, scenario_id, file_name, text, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(i64::try_from(pos).unwrap_or(i64::MAX))
            .bind(&s.scenario.id)
            .bind(&f.name)
            .bind(text)
            .bind(hash)
            .execute(&mut *tx)
            .await
            .map_err(|e| ctx.err(e.into()))?;
        }
        tx.commit().await.map_err(|e| ctx.err(e.into()))?;
        db::log_event(&state.db, id, now, "open", None, None, "")
            .await
            .map_err(|e| ctx.err(e.into()))?;
        return Ok((
            StatusCode::CREATED,
            Json(ClassCreated {
                code,
                trainer_key: key,
            }),
        ));
    }
    Err(ctx.err(Error::Internal("no free class code after 20 tries".into())))
}

/// `GET /classes/{code}`: the class as anyone may see it.
pub async fn state(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
) -> Result<Json<ClassState>, Said> {
    let c = class_of(&state, ctx, &code).await?;
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    Ok(Json(class_state(&c, hub.data.scenarios.len(), state.now())))
}

/// `POST /classes/{code}/control`: a trainer's action, logged with its reason.
pub async fn control(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
    req: Result<Json<Control>, JsonRejection>,
) -> Result<Json<ClassState>, Said> {
    let c = as_trainer(&state, ctx, &code, &headers).await?;
    let action = body(ctx, req)?;
    let now = state.now();
    let pool = &state.db.pool;
    let changed = match &action {
        Control::Start => sqlx::query("UPDATE classes SET phase = 'running', started_at = $1 WHERE id = $2 AND phase = 'lobby'")
            .bind(now)
            .bind(c.id)
            .execute(pool)
            .await,
        Control::Pause { .. } => sqlx::query("UPDATE classes SET phase = 'paused', paused_at = $1 WHERE id = $2 AND phase = 'running'")
            .bind(now)
            .bind(c.id)
            .execute(pool)
            .await,
        Control::Resume => sqlx::query(
            "UPDATE classes SET phase = 'running', paused_total_s = paused_total_s + ($1 - paused_at), paused_at = NULL \
             WHERE id = $2 AND phase = 'paused'",
        )
        .bind(now)
        .bind(c.id)
        .execute(pool)
        .await,
        Control::Extend { minutes, trainee, reason } => {
            if reason.trim().is_empty() {
                return Err(ctx.err(Error::ReasonNeeded));
            }
            if *minutes == 0 || *minutes > 600 {
                return Err(ctx.err(Error::BadRequest));
            }
            let seconds = i64::from(*minutes) * 60;
            match trainee {
                Some(t) => sqlx::query(
                    "UPDATE trainees SET extra_s = extra_s + $1 WHERE id = $2 AND class_id = $3 \
                     AND EXISTS (SELECT 1 FROM classes WHERE id = $3 AND phase <> 'closed')",
                )
                .bind(seconds)
                .bind(*t)
                .bind(c.id)
                .execute(pool)
                .await,
                None => sqlx::query("UPDATE classes SET extra_s = extra_s + $1 WHERE id = $2 AND phase <> 'closed'")
                    .bind(seconds)
                    .bind(c.id)
                    .execute(pool)
                    .await,
            }
        }
        Control::Close => sqlx::query(
            "UPDATE classes SET phase = 'closed', closed_at = $1, \
             paused_total_s = paused_total_s + COALESCE($1 - paused_at, 0), paused_at = NULL \
             WHERE id = $2 AND phase <> 'closed'",
        )
        .bind(now)
        .bind(c.id)
        .execute(pool)
        .await,
        Control::Release => sqlx::query(
            "UPDATE classes SET released_at = $1 WHERE id = $2 AND phase = 'closed' AND mode = 'exam' AND released_at IS NULL",
        )
        .bind(now)
        .bind(c.id)
        .execute(pool)
        .await,
    }
    .map_err(|e| ctx.err(e.into()))?;
    if changed.rows_affected() == 0 {
        return Err(ctx.err(match action {
            Control::Extend { trainee: Some(_), .. } if c.phase != "closed" => Error::NotFound,
            _ => Error::BadPhase,
        }));
    }
    let (name, trainee, minutes, reason) = match &action {
        Control::Start => ("start", None, None, String::new()),
        Control::Pause { reason } => ("pause", None, None, reason.trim().to_owned()),
        Control::Resume => ("resume", None, None, String::new()),
        Control::Extend {
            minutes,
            trainee,
            reason,
        } => (
            "extend",
            *trainee,
            Some(i64::from(*minutes)),
            reason.trim().to_owned(),
        ),
        Control::Close => ("close", None, None, String::new()),
        Control::Release => ("release", None, None, String::new()),
    };
    db::log_event(&state.db, c.id, now, name, trainee, minutes, &reason)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    let c = db::class_by_id(&state.db, c.id)
        .await
        .map_err(|e| ctx.err(e.into()))?
        .ok_or(ctx.err(Error::UnknownClass))?;
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    state.hub.publish_state(&hub, &c);
    Ok(Json(class_state(&c, hub.data.scenarios.len(), now)))
}

/// `GET /classes/{code}/console`: the console now.
pub async fn console(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Said> {
    let c = as_trainer(&state, ctx, &code, &headers).await?;
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    let snapshot = hub
        .snapshot(state.now())
        .ok_or(ctx.err(Error::Internal("console".into())))?;
    Ok(Json(snapshot).into_response())
}

/// `GET /classes/{code}/console/events`: the console as server-sent events, at most two a
/// second, the same snapshot for every watcher.
pub async fn console_events(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, Said> {
    let c = as_trainer(&state, ctx, &code, &headers).await?;
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    let stream =
        WatchStream::new(hub.console()).map(|json| Ok(Event::default().event("console").data(&*json)));
    Ok(Sse::new(stream).keep_alive(KeepAlive::default()))
}

/// A stored answer as a receipt, scored when `feedback`.
pub fn receipt_of(data: &ClassData, state: &AppState, a: &db::AnswerRow, feedback: bool) -> Receipt {
    let answer: Answer = serde_json::from_str(&a.answer_json).unwrap_or_default();
    Receipt {
        key: a.idem_key.clone(),
        scenario_id: a.scenario_id.clone(),
        received_at: a.received_at,
        receipt: a.receipt.clone(),
        grade: feedback
            .then(|| data.grade(&state.standards, &a.scenario_id, &answer))
            .flatten(),
        seconds: u64::try_from(a.seconds).unwrap_or(0),
        answer,
    }
}

/// `GET /classes/{code}/trainees/{id}`: one trainee's answers with their scores.
pub async fn trainee(
    State(state): State<AppState>,
    ctx: Ctx,
    Path((code, id)): Path<(String, i64)>,
    headers: HeaderMap,
) -> Result<Json<TraineeAnswers>, Said> {
    let c = as_trainer(&state, ctx, &code, &headers).await?;
    let t = db::trainee(&state.db, id)
        .await
        .map_err(|e| ctx.err(e.into()))?
        .filter(|t| t.class_id == c.id)
        .ok_or(ctx.err(Error::NotFound))?;
    let hub = state
        .hub
        .class(&c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    let answers = db::answers_of(&state.db, t.id)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    Ok(Json(TraineeAnswers {
        id: t.id,
        trainee: t.trainee(),
        joined_at: t.joined_at,
        receipts: answers
            .iter()
            .map(|a| receipt_of(&hub.data, &state, a, true))
            .collect(),
    }))
}

/// Every trainee's work as results files.
async fn exported(
    state: &AppState,
    ctx: Ctx,
    c: &ClassRow,
) -> Result<(Vec<ExportedFile>, std::sync::Arc<ClassData>), Said> {
    let hub = state
        .hub
        .class(c)
        .await
        .map_err(|e| ctx.err(Error::Internal(e)))?;
    let data = hub.data.clone();
    let trainees = db::trainees_after(&state.db, c.id, 0)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    let answers = db::answers_after(&state.db, c.id, 0)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    let records = db::class_records(&state.db, c.id)
        .await
        .map_err(|e| ctx.err(e.into()))?;
    let mut by_trainee: std::collections::HashMap<i64, Vec<&db::AnswerRow>> =
        std::collections::HashMap::new();
    for a in &answers {
        by_trainee.entry(a.trainee_id).or_default().push(a);
    }
    let ids: Vec<String> = data
        .scenarios
        .iter()
        .map(|(s, _)| s.scenario.id.clone())
        .collect();
    let files = trainees
        .iter()
        .map(|t| {
            let mine = by_trainee.remove(&t.id).unwrap_or_default();
            let answers: Vec<ScenarioAnswers> = data
                .scenarios
                .iter()
                .filter_map(|(s, hash)| {
                    let tries: Vec<Try> = mine
                        .iter()
                        .filter(|a| a.scenario_id == s.scenario.id)
                        .map(|a| {
                            let answer: Answer = serde_json::from_str(&a.answer_json).unwrap_or_default();
                            Try {
                                submitted_at: u64::try_from(a.received_at).unwrap_or(0),
                                seconds: u64::try_from(a.seconds).unwrap_or(0),
                                income_per_person_month_vnd: answer.income_per_person_month_vnd,
                                deprived: answer.deprived.into_iter().collect(),
                                class: answer.class,
                            }
                        })
                        .collect();
                    (!tries.is_empty()).then(|| ScenarioAnswers {
                        scenario_id: s.scenario.id.clone(),
                        scenario_hash: hash.clone(),
                        standard: data.standard.clone(),
                        generated: s.scenario.generated.clone(),
                        tries,
                    })
                })
                .collect();
            let done = answers.len();
            ExportedFile {
                name: format!("lop-{}-{:05}.json", c.code, t.id),
                results: Results {
                    format: rasoat_core::training::session::RESULTS_FORMAT.to_owned(),
                    version: rasoat_core::training::session::RESULTS_VERSION,
                    trainee: t.trainee(),
                    session: SessionInfo {
                        id: format!("lop-{}-{}", c.code, t.id),
                        started_at: u64::try_from(t.joined_at).unwrap_or(0),
                        mode: data.mode,
                        standard: data.standard.clone(),
                        source: SessionSource::Set {
                            name: format!("{} {}", c.code, c.title).trim().to_owned(),
                        },
                        time_limit_minutes: c.time_limit_s.map(|s| u32::try_from(s / 60).unwrap_or(u32::MAX)),
                        scenario_ids: ids.clone(),
                        position: if data.mode == SessionMode::Exam { done } else { 0 },
                        finished: c.phase == "closed" || done == ids.len(),
                    },
                    answers,
                    visits: records
                        .iter()
                        .filter(|(tid, kind, _)| *tid == t.id && kind == "visit")
                        .filter_map(|(_, _, body)| serde_json::from_str(body).ok())
                        .collect(),
                    campaigns: records
                        .iter()
                        .filter(|(tid, kind, _)| *tid == t.id && kind == "campaign")
                        .filter_map(|(_, _, body)| serde_json::from_str(body).ok())
                        .collect(),
                    class: None,
                },
            }
        })
        .collect();
    Ok((files, data))
}

/// `GET /classes/{code}/export`: every trainee's work as results files.
pub async fn export(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Vec<ExportedFile>>, Said> {
    let c = as_trainer(&state, ctx, &code, &headers).await?;
    Ok(Json(exported(&state, ctx, &c).await?.0))
}

/// `GET /classes/{code}/export.csv`: every scored answer, as `rasoat report --csv` writes it.
pub async fn export_csv(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Response, Said> {
    let c = as_trainer(&state, ctx, &code, &headers).await?;
    let (files, data) = exported(&state, ctx, &c).await?;
    let results: Vec<(String, Results)> = files.into_iter().map(|f| (f.name, f.results)).collect();
    let catalogue = Catalogue::new(data.scenarios.iter().map(|(s, _)| s.clone()));
    let report = report::build(&results, |sa| catalogue.find(sa), &state.standards);
    let csv = rasoat_core::words::explain::report_csv(crate::words(ctx.lang), &report);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"lop-{}.csv\"", c.code),
            ),
        ],
        csv,
    )
        .into_response())
}

/// `GET /classes/{code}/log`: what the trainer did, in order.
pub async fn log(
    State(state): State<AppState>,
    ctx: Ctx,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Vec<LogEntry>>, Said> {
    let c = as_trainer(&state, ctx, &code, &headers).await?;
    let rows = sqlx::query(
        "SELECT at, action, trainee_id, minutes, reason FROM class_events WHERE class_id = $1 ORDER BY id",
    )
    .bind(c.id)
    .fetch_all(&state.db.pool)
    .await
    .map_err(|e| ctx.err(e.into()))?;
    let entries = rows
        .iter()
        .map(|r| {
            Ok(LogEntry {
                at: r.try_get(0)?,
                action: r.try_get(1)?,
                trainee: r.try_get(2)?,
                minutes: r.try_get(3)?,
                reason: r.try_get(4)?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()
        .map_err(|e| ctx.err(e.into()))?;
    Ok(Json(entries))
}
