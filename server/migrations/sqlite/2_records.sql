-- Field visits and review campaigns a trainee of a class made in the village, kept as sent: one
-- row per record, replaced only by a further version of it (more steps, or the form submitted).
CREATE TABLE records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    class_id BIGINT NOT NULL REFERENCES classes(id),
    trainee_id BIGINT NOT NULL REFERENCES trainees(id),
    session_id BIGINT NOT NULL REFERENCES sessions(id),
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    body TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (trainee_id, kind, record_id)
);
