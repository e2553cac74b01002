-- The live classroom: classes, their scenarios, trainees, their sessions (one per join), answers
-- (the audit trail of who answered what, when, from which session) and the trainer's actions.
CREATE TABLE classes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    trainer_key_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    standard TEXT NOT NULL,
    mode TEXT NOT NULL,
    time_limit_s BIGINT,
    phase TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    started_at BIGINT,
    paused_at BIGINT,
    paused_total_s BIGINT NOT NULL DEFAULT 0,
    extra_s BIGINT NOT NULL DEFAULT 0,
    closed_at BIGINT,
    released_at BIGINT
);
CREATE TABLE class_scenarios (
    class_id BIGINT NOT NULL REFERENCES classes(id),
    position BIGINT NOT NULL,
    scenario_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    text TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (class_id, position)
);
CREATE TABLE trainees (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    class_id BIGINT NOT NULL REFERENCES classes(id),
    identity TEXT NOT NULL,
    name TEXT NOT NULL,
    commune TEXT NOT NULL,
    district TEXT NOT NULL,
    province TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    extra_s BIGINT NOT NULL DEFAULT 0,
    UNIQUE (class_id, identity)
);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    trainee_id BIGINT NOT NULL REFERENCES trainees(id),
    secret_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    client TEXT NOT NULL
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    class_id BIGINT NOT NULL REFERENCES classes(id),
    trainee_id BIGINT NOT NULL REFERENCES trainees(id),
    session_id BIGINT NOT NULL REFERENCES sessions(id),
    idem_key TEXT NOT NULL,
    scenario_id TEXT NOT NULL,
    -- The scenario again in an exam (one answer each), NULL in practice (tries).
    exam_slot TEXT,
    answer_json TEXT NOT NULL,
    seconds BIGINT NOT NULL,
    given_at BIGINT NOT NULL,
    received_at BIGINT NOT NULL,
    points BIGINT NOT NULL,
    max_points BIGINT NOT NULL,
    receipt TEXT NOT NULL,
    UNIQUE (trainee_id, idem_key),
    UNIQUE (trainee_id, exam_slot)
);
CREATE INDEX answers_by_class ON answers (class_id, id);
CREATE TABLE class_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    class_id BIGINT NOT NULL REFERENCES classes(id),
    at BIGINT NOT NULL,
    action TEXT NOT NULL,
    trainee_id BIGINT,
    minutes BIGINT,
    reason TEXT NOT NULL
);
