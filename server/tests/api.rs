//! The live classroom's server, over HTTP, on SQLite and on PostgreSQL: the course of a class,
//! answers counted once, exam feedback released by the trainer, a trainee coming back, the console
//! and the export, and every kind of bad input refused in the user's language with nothing
//! changed.

mod common;

use std::io::{BufRead, BufReader};

use common::{Backend, Srv, T0, answer, s};
use rasoat_core::training::classroom::protocol::ExportedFile;
use rasoat_core::training::report::{self, Catalogue};
use rasoat_core::training::scenario::parse_scenario;
use rasoat_core::training::session::Results;
use serde_json::{Value, json};

macro_rules! on_both {
    ($($name:ident),* $(,)?) => {
        mod sqlite { $( #[test] fn $name() { super::$name(super::Backend::Sqlite) } )* }
        mod postgres { $( #[test] fn $name() { super::$name(super::Backend::Postgres) } )* }
    };
}

on_both!(
    a_practice_class_runs_and_the_console_counts,
    a_retry_counts_once,
    exam_feedback_waits_for_release,
    a_trainee_resumes_with_every_answer,
    bad_input_is_refused_and_changes_nothing,
    time_runs_on_the_servers_clock,
    the_export_gives_the_consoles_totals,
    a_hall_behind_one_address_joins_but_guessing_is_stopped,
    field_visits_are_kept_at_their_furthest,
    the_console_counts_every_answer_of_a_busy_room,
    a_closed_unwatched_class_is_unloaded_and_comes_back_whole,
);

fn a_practice_class_runs_and_the_console_counts(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 3, None);
    let (status, state) = srv.get(&format!("/classes/{code}"), None);
    assert_eq!(status, 200);
    assert_eq!(state["phase"], "lobby");
    assert_eq!(state["scenario_count"], 3);
    let lan = srv.join(&code, "Hà Thị Chắt", "Xã Tân Lập");
    let binh = srv.join(&code, "Lò Văn Bình", "Xã Mường Lạn");
    assert_eq!(lan["scenarios"].as_array().map(Vec::len), Some(3));
    assert_ne!(lan["secret"], binh["secret"]);

    // In the lobby, answers wait.
    let secret = s(&lan["secret"]);
    let (status, v) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&secret),
        &answer(&lan, 0, "k1", true),
    );
    assert_eq!((status, s(&v["error"])), (409, "not-started".into()));

    let (status, v) = srv.control(&code, &key, json!({"action": "start"}));
    assert_eq!((status, s(&v["phase"])), (200, "running".into()));
    let (status, r) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&secret),
        &answer(&lan, 0, "k1", true),
    );
    assert_eq!(status, 200, "{r}");
    assert_eq!(r["grade"]["points"], r["grade"]["max"]);
    assert_eq!(s(&r["receipt"]).len(), 10);
    let (status, _) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&binh["secret"])),
        &answer(&binh, 1, "k1", false),
    );
    assert_eq!(status, 200);

    let console = wait_console(&srv, &code, &key, |c| c["totals"]["answers"] == 2);
    assert_eq!(console["totals"]["joined"], 2);
    assert_eq!(console["scenarios"][0]["answered"], 1);
    assert_eq!(console["scenarios"][0]["facility"], 100);
    assert!(
        console["indicators"][0]["missed"].as_u64().unwrap_or(0)
            + console["indicators"][0]["false_marks"].as_u64().unwrap_or(0)
            > 0
            || console["class_mistakes"]
                .as_array()
                .is_some_and(|m| !m.is_empty())
    );
    // The weakest commune first.
    assert_eq!(console["communes"][0]["commune"], "Xã Mường Lạn");

    // One trainee's answers, for the trainer.
    let id = lan["trainee_id"].as_i64().unwrap_or_default();
    let (status, t) = srv.get(&format!("/classes/{code}/trainees/{id}"), Some(&key));
    assert_eq!(status, 200);
    assert_eq!(t["receipts"][0]["receipt"], r["receipt"]);
    // A trainee cannot read another's answers, nor the console.
    assert_eq!(
        srv.get(
            &format!("/classes/{code}/trainees/{id}"),
            Some(&s(&binh["secret"]))
        )
        .0,
        403
    );
    assert_eq!(srv.get(&format!("/classes/{code}/console"), Some(&secret)).0, 403);

    let (_, log) = srv.get(&format!("/classes/{code}/log"), Some(&key));
    let actions: Vec<String> = log
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| s(&e["action"]))
        .collect();
    assert_eq!(actions, ["open", "start"]);
}

/// Polls the console until `ready` holds (at most 10 s).
fn wait_console(srv: &Srv, code: &str, key: &str, ready: impl Fn(&Value) -> bool) -> Value {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let (status, c) = srv.get(&format!("/classes/{code}/console"), Some(key));
        assert_eq!(status, 200, "{c}");
        if ready(&c) || std::time::Instant::now() > until {
            assert!(ready(&c), "the console never showed it: {c}");
            return c;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

fn a_retry_counts_once(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 2, None);
    srv.control(&code, &key, json!({"action": "start"}));
    let j = srv.join(&code, "Nguyễn Văn An", "Xã 1");
    let secret = s(&j["secret"]);
    let first = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&secret),
        &answer(&j, 0, "same-key", true),
    );
    srv.clock.advance(5);
    let again = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&secret),
        &answer(&j, 0, "same-key", true),
    );
    assert_eq!(first, again);
    assert_eq!(srv.stored_answers(), 1);
    // Practice takes a second try under a new key; the console counts the last.
    let (status, _) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&secret),
        &answer(&j, 0, "other-key", false),
    );
    assert_eq!(status, 200);
    assert_eq!(srv.stored_answers(), 2);
    let c = wait_console(&srv, &code, &key, |c| {
        c["scenarios"][0]["facility"] != 100 && c["totals"]["answers"] == 1
    });
    assert_eq!(c["scenarios"][0]["answered"], 1);
}

fn exam_feedback_waits_for_release(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("exam", 2, Some(45));
    let j = srv.join(&code, "Trần Thị Mai", "Phường 3");
    let secret = s(&j["secret"]);
    srv.control(&code, &key, json!({"action": "start"}));
    let (status, r) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&secret),
        &answer(&j, 0, "e1", true),
    );
    assert_eq!(status, 200);
    assert!(r["grade"].is_null(), "an exam shows no score before release: {r}");
    // One answer per scenario in an exam.
    let (status, v) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&secret),
        &answer(&j, 0, "e2", false),
    );
    assert_eq!((status, s(&v["error"])), (409, "already-answered".into()));
    // Release comes after the close.
    assert_eq!(srv.control(&code, &key, json!({"action": "release"})).0, 409);
    assert_eq!(srv.control(&code, &key, json!({"action": "close"})).0, 200);
    let (_, mine) = srv.get(&format!("/classes/{code}/me"), Some(&secret));
    assert!(mine["receipts"][0]["grade"].is_null());
    assert_eq!(mine["state"]["feedback"], false);
    assert_eq!(srv.control(&code, &key, json!({"action": "release"})).0, 200);
    let (_, mine) = srv.get(&format!("/classes/{code}/me"), Some(&secret));
    assert_eq!(mine["state"]["feedback"], true);
    assert_eq!(
        mine["receipts"][0]["grade"]["points"],
        mine["receipts"][0]["grade"]["max"]
    );
    assert_eq!(srv.stored_answers(), 1);
}

fn a_trainee_resumes_with_every_answer(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 3, None);
    srv.control(&code, &key, json!({"action": "start"}));
    let first = srv.join(&code, "Hà Thị Chắt", "Xã Tân Lập");
    for (i, k) in ["a", "b"].iter().enumerate() {
        let (status, _) = srv.post(
            &format!("/classes/{code}/answers"),
            Some(&s(&first["secret"])),
            &answer(&first, i, k, true),
        );
        assert_eq!(status, 200);
    }
    // Another PC, the name typed with other spacing and capitals, the class code in lower case.
    let lower = code.to_lowercase();
    let again = srv.join(&lower, " hà thị  chắt", "xã tân lập");
    assert_eq!(again["trainee_id"], first["trainee_id"]);
    assert_ne!(again["secret"], first["secret"]);
    let keys: Vec<String> = again["receipts"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| s(&r["key"]))
        .collect();
    assert_eq!(keys, ["a", "b"]);
    // Both sessions may post; the audit trail tells them apart.
    let (status, _) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&again["secret"])),
        &answer(&again, 2, "c", true),
    );
    assert_eq!(status, 200);
    let (status, _) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&first["secret"])),
        &answer(&first, 2, "d", true),
    );
    assert_eq!(status, 200);
    let url = srv.url.clone();
    let sessions: i64 = srv.rt.block_on(async move {
        let db = rasoat_server::Db::connect(&url).await.expect("db");
        sqlx::query_scalar("SELECT COUNT(DISTINCT session_id) FROM answers")
            .fetch_one(&db.pool)
            .await
            .expect("count")
    });
    assert_eq!(sessions, 2);
}

fn bad_input_is_refused_and_changes_nothing(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 2, None);
    let (other_code, other_key) = srv.open_class("practice", 1, None);
    srv.control(&code, &key, json!({"action": "start"}));
    srv.control(&other_code, &other_key, json!({"action": "start"}));
    let j = srv.join(&code, "Nguyễn Văn An", "Xã 1");
    let secret = s(&j["secret"]);
    let path = format!("/classes/{code}/answers");
    let good = answer(&j, 0, "k", true);
    let check = |(status, v): (u16, Value), want_status: u16, want: &str| {
        assert_eq!((status, s(&v["error"])), (want_status, want.to_owned()), "{v}");
        assert!(!s(&v["message"]).is_empty());
        assert!(!s(&v["message"]).contains("sqlx"), "no internals: {v}");
    };
    check(
        srv.post_raw(&path, Some(&secret), "{\"key\": ", "vi"),
        400,
        "bad-request",
    );
    check(
        srv.post_raw(&path, Some(&secret), "[1, 2]", "vi"),
        400,
        "bad-request",
    );
    let huge = format!("{{\"key\": \"{}\"}}", "x".repeat(200 * 1024));
    check(srv.post_raw(&path, Some(&secret), &huge, "vi"), 413, "too-large");
    check(
        srv.post(
            "/classes/XXXXXX/join",
            None,
            &json!({"trainee": {"name": "A", "commune": "B"}}),
        ),
        404,
        "unknown-class",
    );
    check(srv.post(&path, None, &good), 401, "unauthorized");
    check(srv.post(&path, Some("not-a-secret"), &good), 401, "unauthorized");
    // A trainee's secret is good for their own class only.
    check(
        srv.post(&format!("/classes/{other_code}/answers"), Some(&secret), &good),
        401,
        "unauthorized",
    );
    check(
        srv.get(&format!("/classes/{code}/console"), Some(&other_key)),
        403,
        "forbidden",
    );
    check(
        srv.control(&code, &secret, json!({"action": "close"})),
        403,
        "forbidden",
    );
    let mut stranger = good.clone();
    stranger["scenario_id"] = json!("khong-co-tinh-huong-nay");
    check(srv.post(&path, Some(&secret), &stranger), 422, "unknown-scenario");
    let mut changed = good.clone();
    changed["scenario_hash"] = json!("v3:0000");
    check(srv.post(&path, Some(&secret), &changed), 409, "scenario-changed");
    let mut strange = good.clone();
    strange["answer"]["deprived"] = json!(["khong_co_chi_so"]);
    check(srv.post(&path, Some(&secret), &strange), 422, "unknown-indicator");
    check(
        srv.post(
            &format!("/classes/{code}/join"),
            None,
            &json!({"trainee": {"name": " ", "commune": "Xã 1"}}),
        ),
        400,
        "incomplete-trainee",
    );
    check(
        srv.control(
            &code,
            &key,
            json!({"action": "extend", "minutes": 5, "reason": " "}),
        ),
        400,
        "reason-needed",
    );
    check(
        srv.control(&code, &key, json!({"action": "start"})),
        409,
        "bad-phase",
    );
    check(
        srv.post(
            "/classes",
            None,
            &json!({"standard": "1999", "mode": "exam", "scenarios": []}),
        ),
        422,
        "unknown-standard",
    );
    check(
        srv.post(
            "/classes",
            None,
            &json!({"standard": "2022-2025", "mode": "exam", "scenarios": []}),
        ),
        400,
        "no-scenarios",
    );
    check(
        srv.post("/classes", None, &json!({"standard": "2022-2025", "mode": "exam", "scenarios": [{"name": "x.toml", "text": "format = "}]})),
        422,
        "bad-class",
    );
    // An old client is told to update, in its language.
    let mut resp = ureq::post(format!("{}{path}", srv.base))
        .header("x-rasoat-protocol", "0")
        .header("accept-language", "en-GB,en;q=0.9")
        .config()
        .http_status_as_error(false)
        .build()
        .send_json(&good)
        .expect("answer");
    assert_eq!(resp.status().as_u16(), 426);
    let v: Value =
        serde_json::from_str(&resp.body_mut().read_to_string().unwrap_or_default()).unwrap_or_default();
    assert_eq!(v["error"], "old-client");
    assert!(s(&v["message"]).starts_with("Your program is older"), "{v}");
    // English when asked, Vietnamese otherwise.
    let (_, en) = srv.post_raw(&path, None, &good.to_string(), "en");
    assert!(s(&en["message"]).starts_with("You have not joined"));
    let (_, vi) = srv.post_raw(&path, None, &good.to_string(), "vi");
    assert!(s(&vi["message"]).starts_with("Bạn chưa tham gia"));
    // After the close (and its grace), answers are refused.
    srv.control(&code, &key, json!({"action": "close"}));
    srv.clock.advance(31);
    check(srv.post(&path, Some(&secret), &good), 409, "closed");
    assert_eq!(srv.stored_answers(), 0);
    // The good answer, in time, would have been taken: the refusals were for their reasons.
    let j2 = srv.join(&other_code, "Nguyễn Văn An", "Xã 1");
    assert_eq!(
        srv.post(
            &format!("/classes/{other_code}/answers"),
            Some(&s(&j2["secret"])),
            &answer(&j2, 0, "k", true)
        )
        .0,
        200
    );
}

fn time_runs_on_the_servers_clock(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("exam", 3, Some(10));
    let slow = srv.join(&code, "Người Chậm", "Xã 2");
    let other = srv.join(&code, "Người Khác", "Xã 2");
    srv.control(&code, &key, json!({"action": "start"}));
    let (_, mine) = srv.get(&format!("/classes/{code}/me"), Some(&s(&slow["secret"])));
    assert_eq!(mine["ends_at"].as_i64(), Some(T0 as i64 + 600));
    // A pause stops the clock.
    srv.control(&code, &key, json!({"action": "pause", "reason": "mất điện"}));
    let (status, v) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&slow["secret"])),
        &answer(&slow, 0, "p", true),
    );
    assert_eq!((status, s(&v["error"])), (409, "paused".into()));
    srv.clock.advance(120);
    srv.control(&code, &key, json!({"action": "resume"}));
    let id = slow["trainee_id"].as_i64().unwrap_or_default();
    let (status, _) = srv.control(
        &code,
        &key,
        json!({"action": "extend", "minutes": 5, "trainee": id, "reason": "máy hỏng"}),
    );
    assert_eq!(status, 200);
    let (_, mine) = srv.get(&format!("/classes/{code}/me"), Some(&s(&slow["secret"])));
    assert_eq!(mine["ends_at"].as_i64(), Some(T0 as i64 + 600 + 120 + 300));
    // Past the class's end and its grace: the other trainee is refused, the one given more time is not.
    srv.clock.advance(600 + 31);
    let (status, v) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&other["secret"])),
        &answer(&other, 0, "o", true),
    );
    assert_eq!((status, s(&v["error"])), (409, "time-up".into()));
    let (status, _) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&slow["secret"])),
        &answer(&slow, 0, "s", true),
    );
    assert_eq!(status, 200);
    let (_, log) = srv.get(&format!("/classes/{code}/log"), Some(&key));
    let extend = log
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["action"] == "extend")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        (
            extend["trainee"].as_i64(),
            extend["minutes"].as_i64(),
            s(&extend["reason"])
        ),
        (Some(id), Some(5), "máy hỏng".into())
    );
}

fn the_export_gives_the_consoles_totals(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 4, None);
    srv.control(&code, &key, json!({"action": "start"}));
    for n in 0..6 {
        let j = srv.join(&code, &format!("Học viên {n}"), &format!("Xã {}", n % 3));
        for i in 0..(1 + n % 4) {
            let (status, _) = srv.post(
                &format!("/classes/{code}/answers"),
                Some(&s(&j["secret"])),
                &answer(&j, i, &format!("{n}-{i}"), (n + i) % 2 == 0),
            );
            assert_eq!(status, 200);
        }
    }
    let console = wait_console(&srv, &code, &key, |c| c["totals"]["answers"] == 13);
    let (status, files) = srv.get(&format!("/classes/{code}/export"), Some(&key));
    assert_eq!(status, 200);
    let files: Vec<ExportedFile> = serde_json::from_value(files).expect("results files");
    let results: Vec<(String, Results)> = files.into_iter().map(|f| (f.name, f.results)).collect();
    let standards = rasoat_core::rules::standard::StandardSet::builtin().expect("standards");
    let scenarios = common::scenario_files(4).into_iter().map(|f| {
        parse_scenario(&f.name, &rasoat_core::rules::text::nfc(&f.text), &standards).expect("scenario")
    });
    let catalogue = Catalogue::new(scenarios);
    let report = report::build(&results, |sa| catalogue.find(sa), &standards);
    assert!(report.flagged.is_empty(), "{:?}", report.flagged);
    assert_eq!(report.answers.len(), 13);
    let points: u64 = report.trainees.iter().map(|t| t.points).sum();
    let console_points: u64 = console["trainees"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|t| t["points"].as_u64().unwrap_or(0))
        .sum();
    assert_eq!(points, console_points);
    for c in &report.communes {
        let mine = console["communes"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["commune"] == c.commune.as_str())
            .cloned()
            .unwrap_or_default();
        assert_eq!(
            (mine["points"].as_u64(), mine["max"].as_u64()),
            (Some(c.points), Some(c.max))
        );
    }
    let (status, csv) = srv.get(&format!("/classes/{code}/export.csv"), Some(&key));
    assert_eq!(status, 200);
    let csv = s(&csv);
    assert_eq!(csv.lines().count(), 14, "a header and 13 answers");
}

fn a_hall_behind_one_address_joins_but_guessing_is_stopped(b: Backend) {
    let srv = Srv::new(b);
    let (code, _) = srv.open_class("practice", 1, None);
    // Sixty trainees of one commune hall, one address.
    for n in 0..60 {
        srv.join(&code, &format!("Học viên {n}"), "Xã Hội trường");
    }
    // Someone trying codes: twenty wrong ones a minute, then refused.
    let mut refused = 0;
    for n in 0..25 {
        let guess = rasoat_core::training::classroom::protocol::class_code(&[n, n + 1, n + 2, 3, 4, 5])
            .expect("a code");
        let (status, _) = srv.post(
            &format!("/classes/{guess}/join"),
            None,
            &json!({"trainee": {"name": "A", "commune": "B"}}),
        );
        assert!(status == 404 || status == 429, "{status}");
        refused += usize::from(status == 429);
    }
    assert_eq!(refused, 5);
    // A minute later the address may try again.
    srv.clock.advance(60);
    assert_eq!(
        srv.post(
            &format!("/classes/{code}/join"),
            None,
            &json!({"trainee": {"name": "Muộn", "commune": "Xã Hội trường"}})
        )
        .0,
        200
    );
}

#[test]
fn the_console_is_pushed_as_answers_arrive() {
    let srv = Srv::new(Backend::Sqlite);
    let (code, key) = srv.open_class("practice", 2, None);
    srv.control(&code, &key, json!({"action": "start"}));
    let j = srv.join(&code, "Nguyễn Văn An", "Xã 1");
    let resp = ureq::get(format!("{}/classes/{code}/console/events", srv.base))
        .header("x-rasoat-protocol", "1")
        .header("authorization", format!("Bearer {key}"))
        .call()
        .expect("the stream opens");
    let mut lines = BufReader::new(resp.into_body().into_reader()).lines();
    let mut next_console = || -> Value {
        loop {
            let line = lines.next().expect("a line").expect("text");
            if let Some(data) = line.strip_prefix("data: ") {
                return serde_json::from_str(data).expect("console JSON");
            }
        }
    };
    // The first event is the console as it stands; the join follows.
    while next_console()["totals"]["joined"] != 1 {}
    let (status, _) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&j["secret"])),
        &answer(&j, 0, "k", true),
    );
    assert_eq!(status, 200);
    let mut c = next_console();
    while c["totals"]["answers"] != 1 {
        c = next_console();
    }
    assert_eq!(c["scenarios"][0]["facility"], 100);
}

#[test]
fn two_servers_on_one_postgres_serve_one_class() {
    let a = Srv::new(Backend::Postgres);
    let b = Srv::beside(&a);
    let (code, key) = a.open_class("practice", 2, None);
    a.control(&code, &key, json!({"action": "start"}));
    let on_a = a.join(&code, "Trên Máy A", "Xã 1");
    let on_b = b.join(&code, "Trên Máy B", "Xã 2");
    assert_eq!(
        a.post(
            &format!("/classes/{code}/answers"),
            Some(&s(&on_a["secret"])),
            &answer(&on_a, 0, "a", true)
        )
        .0,
        200
    );
    assert_eq!(
        b.post(
            &format!("/classes/{code}/answers"),
            Some(&s(&on_b["secret"])),
            &answer(&on_b, 0, "b", false)
        )
        .0,
        200
    );
    // Either console sees both answers.
    for srv in [&a, &b] {
        let c = wait_console(srv, &code, &key, |c| {
            c["totals"]["answers"] == 2 && c["totals"]["joined"] == 2
        });
        assert_eq!(c["scenarios"][0]["answered"], 2);
    }
    // A pause on one server reaches the trainees of the other: each server reads the class every
    // half second, so within a second B refuses answers as paused (an answer B took in between
    // was in flight when the trainer paused).
    a.control(&code, &key, json!({"action": "pause", "reason": "nghỉ giải lao"}));
    let paused_at = std::time::Instant::now();
    let mut n = 0;
    let refused = loop {
        n += 1;
        let (status, v) = b.post(
            &format!("/classes/{code}/answers"),
            Some(&s(&on_b["secret"])),
            &answer(&on_b, 1, &format!("b{n}"), true),
        );
        if status != 200 || paused_at.elapsed() > std::time::Duration::from_secs(3) {
            break (status, s(&v["error"]));
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    assert_eq!(refused, (409, "paused".into()));
    assert!(
        paused_at.elapsed() < std::time::Duration::from_millis(1500),
        "B took the pause after {:?}",
        paused_at.elapsed()
    );
}

/// A visit to the household of the class's first scenario, `steps` questions in, submitted or not.
fn visit(joined: &Value, steps: usize, submitted: bool) -> Value {
    let standards = rasoat_core::rules::standard::StandardSet::builtin().expect("standards");
    let file = &joined["scenarios"][0];
    let scenario = parse_scenario(
        &s(&file["name"]),
        &rasoat_core::rules::text::nfc(&s(&file["text"])),
        &standards,
    )
    .expect("scenario");
    let form =
        submitted.then(|| json!({"submitted_at": T0 + 600, "seconds": 300, "deprived": [], "class": "poor"}));
    json!({
        "id": format!("lang-a/{}/{}", scenario.scenario.id, T0),
        "village": "lang-a",
        "village_name": "Làng A",
        "home": scenario.scenario.id,
        "standard": "2022-2025",
        "mode": "practice",
        "started_at": T0,
        "household": scenario.household,
        "actions": vec!["hoi-thu-nhap"; steps],
        "form": form,
    })
}

fn field_visits_are_kept_at_their_furthest(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 1, None);
    let j = srv.join(&code, "Nguyễn Văn An", "Xã 1");
    let secret = s(&j["secret"]);
    let path = format!("/classes/{code}/records");
    let (status, v) = srv.post(&path, Some(&secret), &json!({"visits": [visit(&j, 2, false)]}));
    assert_eq!((status, v["visits"].as_u64()), (200, Some(1)), "{v}");
    // The submitted visit replaces the one in progress; an older copy sent late changes nothing.
    assert_eq!(
        srv.post(&path, Some(&secret), &json!({"visits": [visit(&j, 3, true)]}))
            .0,
        200
    );
    assert_eq!(
        srv.post(&path, Some(&secret), &json!({"visits": [visit(&j, 5, false)]}))
            .0,
        200
    );
    assert_eq!(
        srv.post(&path, None, &json!({"visits": [visit(&j, 6, true)]})).0,
        401
    );
    let (_, files) = srv.get(&format!("/classes/{code}/export"), Some(&key));
    let files: Vec<ExportedFile> = serde_json::from_value(files).expect("results files");
    assert_eq!(files[0].results.visits.len(), 1);
    let v = &files[0].results.visits[0];
    assert!(v.submitted());
    assert_eq!(v.actions.len(), 3);
}

/// Trainees joining while others answer, many at once: the console ends with every stored answer
/// (an answer read before its trainee's join was once lost from it).
fn the_console_counts_every_answer_of_a_busy_room(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 3, None);
    srv.control(&code, &key, json!({"action": "start"}));
    std::thread::scope(|scope| {
        for w in 0..8 {
            let (srv, code) = (&srv, &code);
            scope.spawn(move || {
                for n in 0..10 {
                    let j = srv.join(code, &format!("Học viên {w}-{n}"), &format!("Xã {n}"));
                    for i in 0..3 {
                        let (status, _) = srv.post(
                            &format!("/classes/{code}/answers"),
                            Some(&s(&j["secret"])),
                            &answer(&j, i, &format!("{w}-{n}-{i}"), (w + n + i) % 2 == 0),
                        );
                        assert_eq!(status, 200);
                    }
                }
            });
        }
    });
    assert_eq!(srv.stored_answers(), 240);
    let c = wait_console(&srv, &code, &key, |c| c["totals"]["answers"] == 240);
    assert_eq!(c["totals"]["joined"], 80);
}

fn a_closed_unwatched_class_is_unloaded_and_comes_back_whole(b: Backend) {
    let srv = Srv::new(b);
    let (code, key) = srv.open_class("practice", 2, None);
    srv.control(&code, &key, json!({"action": "start"}));
    let j = srv.join(&code, "Lò Văn Páo", "Xã Mường Lay");
    let (status, _) = srv.post(
        &format!("/classes/{code}/answers"),
        Some(&s(&j["secret"])),
        &answer(&j, 0, "k", true),
    );
    assert_eq!(status, 200);
    let hub = srv.running.as_ref().expect("running").state.hub.clone();
    let loaded = || srv.rt.block_on(hub.loaded());
    assert_eq!(loaded(), 1);
    srv.control(&code, &key, json!({"action": "close"}));
    // Closed, but not for long enough: it stays.
    srv.clock.advance(60);
    std::thread::sleep(std::time::Duration::from_millis(1200));
    assert_eq!(loaded(), 1);
    srv.clock
        .advance(u64::try_from(rasoat_server::hub::UNLOAD_AFTER).expect("positive"));
    let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while loaded() > 0 && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(loaded(), 0, "the closed class stayed loaded");
    // Asked again, it is read back from the database with every answer.
    let c = wait_console(&srv, &code, &key, |c| c["totals"]["answers"] == 1);
    assert_eq!(c["totals"]["joined"], 1);
    assert_eq!(loaded(), 1);
}

/// A connection with no request under way is closed after the idle time; an event stream, a
/// request under way, stays open past it.
#[test]
fn idle_connections_are_closed_but_event_streams_stay() {
    use std::io::{Read, Write};
    let srv = Srv::new(Backend::Sqlite);
    let (code, _) = srv.open_class("practice", 2, None);
    let j = srv.join(&code, "Lò Văn Páo", "Xã Mường Lay");
    let addr = srv.running.as_ref().expect("running").addr;
    let ask = |path: &str| {
        let mut c = std::net::TcpStream::connect(addr).expect("connect");
        write!(
            c,
            "GET /api/v1{path} HTTP/1.1\r\nhost: x\r\nx-rasoat-protocol: 1\r\nauthorization: Bearer {}\r\n\r\n",
            s(&j["secret"])
        )
        .expect("send");
        c.set_read_timeout(Some(std::time::Duration::from_millis(300)))
            .expect("timeout");
        let mut got = Vec::new();
        let mut buf = [0u8; 4096];
        // The answer (or the stream's first event).
        while !String::from_utf8_lossy(&got).contains("\r\n\r\n") {
            let n = c.read(&mut buf).expect("an answer");
            got.extend_from_slice(&buf[..n]);
        }
        (c, String::from_utf8_lossy(&got).into_owned())
    };
    let (mut plain, head) = ask(&format!("/classes/{code}/me"));
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    let (mut stream, head) = ask(&format!("/classes/{code}/events"));
    assert!(head.contains("text/event-stream"), "{head}");
    std::thread::sleep(rasoat_server::IDLE + std::time::Duration::from_secs(1));
    // Whatever is left of the answer, then the end: the server closed the idle connection.
    let mut buf = [0u8; 65536];
    let closed = loop {
        match plain.read(&mut buf) {
            Ok(0) => break true,
            Ok(_) => continue,
            Err(_) => break false,
        }
    };
    assert!(
        closed,
        "an idle connection stayed open past {:?}",
        rasoat_server::IDLE
    );
    // The event stream is still there: a read times out (nothing to say), it does not end.
    assert!(
        !matches!(stream.read(&mut buf), Ok(0)),
        "the event stream was closed"
    );
    let mut probe = [0u8; 1];
    stream.set_nonblocking(true).expect("nonblocking");
    assert!(
        !matches!(stream.read(&mut probe), Ok(0)),
        "the event stream was closed"
    );
}

/// Starts a server with `web` as its browser build; its address.
fn web_server(web: Option<std::path::PathBuf>) -> (tokio::runtime::Runtime, rasoat_server::Running) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let running = rt
        .block_on(rasoat_server::start(rasoat_server::Config {
            addr: "127.0.0.1:0".parse().expect("addr"),
            database: rasoat_server::db::sqlite_url(&dir.keep().join("lop.sqlite")),
            standards: rasoat_core::rules::standard::StandardSet::builtin().expect("standards"),
            clock: std::sync::Arc::new(rasoat_core::training::service::SystemClock),
            web,
        }))
        .expect("the server starts");
    (rt, running)
}

/// A GET over a plain socket: the bytes as sent (an HTTP client would undo the compression this
/// test is about).
fn get(url: &str, headers: &[(&str, &str)]) -> (u16, Vec<(String, String)>, Vec<u8>) {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").expect("an http address");
    let (host, path) = rest
        .split_once('/')
        .map_or((rest, "/".to_owned()), |(h, p)| (h, format!("/{p}")));
    let mut stream = std::net::TcpStream::connect(host).expect("the server");
    let mut req = format!("GET {path} HTTP/1.1\r\nhost: {host}\r\nconnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    stream.write_all(req.as_bytes()).expect("the request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("the answer");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("a head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .expect("a status");
    let heads: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let body = raw[split + 4..].to_vec();
    assert!(
        header(&heads, "transfer-encoding").is_none(),
        "a file is sent whole, with its length"
    );
    (status, heads, body)
}

fn header<'a>(heads: &'a [(String, String)], name: &str) -> Option<&'a str> {
    heads.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

#[test]
fn the_page_is_served_with_its_precompressed_files_or_says_how_to_build_it() {
    // A checkout that never built the web part: the page says so, in the browser's language.
    let (rt, running) = web_server(None);
    let (status, _, body) = get(&format!("http://{}/", running.addr), &[("accept-language", "vi")]);
    let page = String::from_utf8(body).expect("UTF-8");
    assert_eq!(status, 200);
    assert!(page.contains("Chưa có bản chạy trong trình duyệt"), "{page}");
    assert!(page.contains("web/build"), "{page}");
    let (_, _, body) = get(&format!("http://{}/", running.addr), &[("accept-language", "en")]);
    assert!(String::from_utf8_lossy(&body).contains("No browser build yet"));
    rt.block_on(running.stop());

    // A bundle: the page never cached, the hashed files cached for good, brotli or gzip as asked.
    let dir = tempfile::tempdir().expect("temp dir");
    let web = dir.path().join("web");
    std::fs::create_dir_all(&web).expect("folder");
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>rasoat</title>",
    )
    .expect("page");
    std::fs::write(web.join("rasoat-0123.js"), "plain").expect("js");
    std::fs::write(web.join("rasoat-0123.js.br"), "brotli bytes").expect("br");
    std::fs::write(web.join("rasoat-0123.js.gz"), "gzip bytes").expect("gz");
    let (rt, running) = web_server(Some(dir.path().to_path_buf()));
    let base = format!("http://{}", running.addr);
    let (status, heads, body) = get(&format!("{base}/?lop=ABC234"), &[]);
    assert_eq!(status, 200);
    assert_eq!(body, b"<!doctype html><title>rasoat</title>");
    assert_eq!(header(&heads, "cache-control"), Some("no-cache"));
    let (status, heads, body) = get(
        &format!("{base}/web/rasoat-0123.js"),
        &[("accept-encoding", "br, gzip")],
    );
    assert_eq!(status, 200);
    assert_eq!(body, b"brotli bytes");
    assert_eq!(header(&heads, "content-encoding"), Some("br"));
    assert_eq!(
        header(&heads, "cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let (_, heads, body) = get(
        &format!("{base}/web/rasoat-0123.js"),
        &[("accept-encoding", "gzip")],
    );
    assert_eq!(body, b"gzip bytes");
    assert_eq!(header(&heads, "content-encoding"), Some("gzip"));
    let (_, _, body) = get(
        &format!("{base}/web/rasoat-0123.js"),
        &[("accept-encoding", "identity")],
    );
    assert_eq!(body, b"plain");
    // A file not there (a rebuild under way) is not remembered as missing; nothing outside the
    // folder is served.
    let (status, heads, _) = get(&format!("{base}/web/rasoat-9999.js"), &[]);
    assert_eq!(status, 404);
    assert_eq!(header(&heads, "cache-control"), None);
    for path in [
        "/web/../index.html",
        "/web/%2e%2e/index.html",
        "/web/..%2findex.html",
    ] {
        let (status, _, body) = get(&format!("{base}{path}"), &[]);
        assert!(
            status != 200 || body != b"<!doctype html><title>rasoat</title>",
            "{path}: {status}"
        );
    }
    // The classroom is beside it, unchanged.
    let (status, _, _) = get(
        &format!("{base}/api/v1/classes/ABC234"),
        &[("x-rasoat-protocol", "1")],
    );
    assert_eq!(status, 404);
    rt.block_on(running.stop());
}
