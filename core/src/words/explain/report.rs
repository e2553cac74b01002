//! The trainer's report in words: the names of its rows, every scored answer as CSV for a
//! spreadsheet, and the report as text, section by section.

use std::borrow::Cow;

use crate::rules::assess::Class;
use crate::rules::text::one_line;
use crate::training::report::{AnswerRow, Answered, FlagKind, IndicatorRow, Report};
use crate::words::explain::changes::procedure_key;
use crate::words::explain::names::{class_name, correct_class_name, place_name};
use crate::words::i18n::{Lang, Texts};
use crate::words::visit::labels::action_label;

/// The name of an indicator of the trainer's report, in the user's language.
pub fn indicator_row_name(t: &Texts, row: &IndicatorRow) -> String {
    match t.lang() {
        Lang::Vi => row.name_vi.clone(),
        Lang::En => row.name_en.clone(),
    }
}

/// A text cell as spreadsheet programs should take it: one starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return would be read as a formula, so it gets a leading apostrophe (which
/// Excel and LibreOffice hide and treat as "this is text").
pub fn csv_cell(s: &str) -> String {
    text_cell(s).into_owned()
}

/// `csv_cell`, borrowing the text where it is left as it is.
fn text_cell(s: &str) -> Cow<'_, str> {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Every scored answer as CSV, UTF-8 with a byte-order mark so that Excel shows Vietnamese
/// correctly. Column names come from Fluent.
pub fn report_csv(t: &Texts, report: &Report) -> String {
    let mut sheet = AnswerSheet::new(t, Vec::new());
    let _ = sheet.rows(&report.answers);
    let bytes = sheet.into_inner().unwrap_or_default();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// The answers' spreadsheet written as it goes, into `out`: the byte-order mark (for Excel) and
/// the header at once, then rows — of a report's answers (`rows`) or straight from the answers of
/// each results file scored (`answered`). The same bytes as `report_csv`.
pub struct AnswerSheet<W: std::io::Write> {
    w: csv::Writer<W>,
    /// The classes' names, worded once for all the rows.
    classes: Vec<(Class, String)>,
    band_unknown: String,
}

/// One row of the spreadsheet, borrowed from where it comes from.
struct Cells<'a> {
    place: [&'a str; 3],
    trainee: &'a str,
    session: &'a str,
    scenario_id: &'a str,
    standard: &'a str,
    points: u32,
    max: u32,
    class_given: Option<Class>,
    class_correct: Class,
    class_accepted: &'a [Class],
    income_given: Option<u128>,
    income_correct: u128,
    missed: String,
    false_marks: String,
    seconds: u64,
    tries: usize,
}

impl<W: std::io::Write> AnswerSheet<W> {
    pub fn new(t: &Texts, mut out: W) -> Self {
        let _ = out.write_all("\u{feff}".as_bytes());
        let mut w = csv::Writer::from_writer(out);
        let header: Vec<String> = [
            "report-csv-province",
            "report-csv-district",
            "report-csv-commune",
            "report-csv-trainee",
            "report-csv-session",
            "report-csv-scenario",
            "report-csv-standard",
            "report-csv-points",
            "report-csv-max",
            "report-csv-class-given",
            "report-csv-class-correct",
            "report-csv-income-given",
            "report-csv-income-correct",
            "report-csv-missed",
            "report-csv-false",
            "report-csv-seconds",
            "report-csv-tries",
        ]
        .iter()
        .map(|id| t.get(id))
        .collect();
        let _ = w.write_record(&header);
        Self {
            w,
            classes: Class::ALL.iter().map(|&c| (c, class_name(t, c))).collect(),
            band_unknown: correct_class_name(t, Class::None, &[Class::AverageLivingStandard, Class::None]),
        }
    }

    /// Rows of a report's answers; stops at the first error of the writer underneath.
    pub fn rows(&mut self, rows: &[AnswerRow]) -> csv::Result<()> {
        for a in rows {
            self.write(Cells {
                place: [&a.province, &a.district, &a.commune],
                trainee: &a.trainee,
                session: &a.session,
                scenario_id: &a.scenario_id,
                standard: &a.standard,
                points: a.points,
                max: a.max,
                class_given: a.class_given,
                class_correct: a.class_correct,
                class_accepted: &a.class_accepted,
                income_given: a.income_given,
                income_correct: a.income_correct,
                missed: a.missed.join(" "),
                false_marks: a.false_marks.join(" "),
                seconds: a.seconds,
                tries: a.tries,
            })?;
        }
        Ok(())
    }

    /// The rows of one results file's scored answers (as `Answered::rows` makes them).
    pub fn answered(&mut self, answered: &Answered<'_>) -> csv::Result<()> {
        let tr = &answered.trainee;
        for a in &answered.answers {
            let g = &a.grade;
            self.write(Cells {
                place: [&tr.province, &tr.district, &tr.commune],
                trainee: &tr.name,
                session: &answered.session,
                scenario_id: &a.scenario_id,
                standard: &a.standard.id,
                points: g.points,
                max: g.max,
                class_given: g.class_given,
                class_correct: g.class_correct,
                class_accepted: &g.class_accepted,
                income_given: g.income_given,
                income_correct: g.income_correct,
                missed: a.missed().collect::<Vec<_>>().join(" "),
                false_marks: a.false_marks().collect::<Vec<_>>().join(" "),
                seconds: a.seconds,
                tries: a.tries,
            })?;
        }
        Ok(())
    }

    fn write(&mut self, a: Cells<'_>) -> csv::Result<()> {
        let Self {
            w,
            classes,
            band_unknown,
        } = self;
        let class = |c: Class| {
            classes
                .iter()
                .find(|(k, _)| *k == c)
                .map_or("", |(_, n)| n.as_str())
        };
        // As `correct_class_name` words it.
        let correct = if a.class_accepted.len() > 1 {
            band_unknown.as_str()
        } else {
            class(a.class_correct)
        };
        let [province, district, commune] = a.place;
        // Text that came from results files is neutralised for spreadsheets.
        let cells = [
            text_cell(province),
            text_cell(district),
            text_cell(commune),
            text_cell(a.trainee),
            text_cell(a.session),
            text_cell(a.scenario_id),
            text_cell(a.standard),
            Cow::Owned(a.points.to_string()),
            Cow::Owned(a.max.to_string()),
            Cow::Borrowed(a.class_given.map_or("", class)),
            Cow::Borrowed(correct),
            Cow::Owned(a.income_given.map(|v| v.to_string()).unwrap_or_default()),
            Cow::Owned(a.income_correct.to_string()),
            Cow::Owned(a.missed),
            Cow::Owned(a.false_marks),
            Cow::Owned(a.seconds.to_string()),
            Cow::Owned(a.tries.to_string()),
        ];
        w.write_record(cells.iter().map(|c| c.as_bytes()))
    }

    /// The writer underneath, everything flushed to it.
    pub fn into_inner(self) -> std::io::Result<W> {
        self.w.into_inner().map_err(|e| e.into_error())
    }
}

/// The report as text, section by section.
pub fn report_text(t: &Texts, r: &Report, files: usize) -> String {
    let mut out = String::new();
    push_line(
        &mut out,
        t.get_args(
            "report-title",
            &[("files", files.into()), ("answers", r.answer_count.into())],
        ),
    );
    push_line(&mut out, String::new());
    trainees_section(t, r, &mut out);
    indicators_section(t, r, &mut out);
    scenarios_section(t, r, &mut out);
    places_section(t, r, &mut out);
    if !r.visits.is_empty() {
        visits_section(t, r, &mut out);
    }
    if !r.campaigns.is_empty() {
        campaigns_section(t, r, &mut out);
    }
    if !r.flagged.is_empty() {
        flagged_section(t, r, &mut out);
    }
    out
}

/// One line of the report's text.
fn push_line(out: &mut String, s: String) {
    out.push_str(&s);
    out.push('\n');
}

/// One row of a section, indented under its heading.
fn push_row(out: &mut String, s: String) {
    push_line(out, format!("  {s}"));
}

/// A place from its parts, on one line.
fn place_line(commune: &str, district: &str, province: &str) -> String {
    one_line(&place_name(commune, district, province))
}

fn trainees_section(t: &Texts, r: &Report, out: &mut String) {
    push_line(out, t.get("report-trainees-heading"));
    for row in &r.trainees {
        push_row(
            out,
            t.get_args(
                "report-trainee-line",
                &[
                    (
                        "place",
                        place_line(&row.commune, &row.district, &row.province).into(),
                    ),
                    ("name", one_line(&row.name).into()),
                    ("percent", row.percent().into()),
                    ("done", row.done.into()),
                    ("minutes", (row.seconds / 60).into()),
                ],
            ),
        );
    }
}

fn indicators_section(t: &Texts, r: &Report, out: &mut String) {
    push_line(out, t.get("report-indicators-heading"));
    for row in r.weakest_indicators() {
        push_row(
            out,
            t.get_args(
                "report-indicator-line",
                &[
                    ("name", indicator_row_name(t, row).into()),
                    ("standard", row.standard.clone().into()),
                    ("missed", row.missed.into()),
                    ("deprived", row.deprived_cases.into()),
                    ("false", row.false_marks.into()),
                    ("not_deprived", row.not_deprived_cases.into()),
                ],
            ),
        );
    }
}

fn scenarios_section(t: &Texts, r: &Report, out: &mut String) {
    push_line(out, t.get("report-scenarios-heading"));
    for row in &r.scenarios {
        push_row(
            out,
            t.get_args(
                "report-scenario-line",
                &[
                    ("title", one_line(&row.title).into()),
                    ("fully", row.fully_right.into()),
                    ("class", row.class_right.into()),
                    ("answered", row.answered.into()),
                ],
            ),
        );
    }
}

/// Communes always; districts and provinces only where trainees gave them.
fn places_section(t: &Texts, r: &Report, out: &mut String) {
    for (heading, rows) in [
        ("report-communes-heading", &r.communes),
        ("report-districts-heading", &r.districts),
        ("report-provinces-heading", &r.provinces),
    ] {
        if rows.is_empty() {
            continue;
        }
        push_line(out, t.get(heading));
        for row in rows {
            push_row(
                out,
                t.get_args(
                    "report-place-line",
                    &[
                        (
                            "place",
                            place_line(&row.commune, &row.district, &row.province).into(),
                        ),
                        ("percent", row.percent().into()),
                        ("trainees", row.trainees.into()),
                    ],
                ),
            );
        }
    }
}

/// The field visits handed in, then the questions and looks most often forgotten.
fn visits_section(t: &Texts, r: &Report, out: &mut String) {
    push_line(out, t.get("report-visits-heading"));
    for v in &r.visits {
        push_row(
            out,
            t.get_args(
                "report-visit-line",
                &[
                    ("place", place_line(&v.commune, &v.district, &v.province).into()),
                    ("name", one_line(&v.trainee).into()),
                    ("village", one_line(&v.village).into()),
                    ("home", one_line(&v.home).into()),
                    ("points", v.points.into()),
                    ("max", v.max.into()),
                    ("unsupported", v.unsupported.into()),
                    ("questions", v.questions.into()),
                ],
            ),
        );
    }
    push_line(out, t.get("report-forgotten-heading"));
    for f in &r.forgotten {
        push_row(
            out,
            t.get_args(
                "report-forgotten-line",
                &[
                    ("action", action_label(t, &f.action).into()),
                    ("forgotten", f.forgotten.into()),
                    ("visits", f.visits.into()),
                ],
            ),
        );
    }
}

/// The review campaigns handed in, then the procedural decisions most often wrong.
fn campaigns_section(t: &Texts, r: &Report, out: &mut String) {
    push_line(out, t.get("report-campaigns-heading"));
    for c in &r.campaigns {
        push_row(
            out,
            t.get_args(
                "report-campaign-line",
                &[
                    ("commune", one_line(&c.commune).into()),
                    ("name", one_line(&c.trainee).into()),
                    ("village", one_line(&c.village).into()),
                    ("kind", t.get(&format!("proc-kind-{}", c.kind)).into()),
                    ("right", c.right.into()),
                    ("judged", c.judged.into()),
                    ("finished", if c.finished { "yes" } else { "no" }.into()),
                ],
            ),
        );
    }
    push_line(out, t.get("report-procedure-heading"));
    for p in r.procedure.iter().filter(|p| p.wrong > 0) {
        push_row(
            out,
            t.get_args(
                "report-procedure-line",
                &[
                    ("place", place_line(&p.commune, &p.district, &p.province).into()),
                    ("check", procedure_key(t, &p.check, p.provisional).into()),
                    ("wrong", p.wrong.into()),
                    ("judged", p.judged.into()),
                ],
            ),
        );
    }
}

/// Results files set aside: changed, for an unknown scenario, or handed in twice.
fn flagged_section(t: &Texts, r: &Report, out: &mut String) {
    push_line(out, t.get("report-flagged-heading"));
    for f in &r.flagged {
        let id = match f.kind {
            FlagKind::Changed => "report-flag-changed",
            FlagKind::Unknown => "report-flag-unknown",
            FlagKind::Duplicate => "report-flag-duplicate",
        };
        push_row(
            out,
            t.get_args(
                id,
                &[
                    ("file", f.file.clone().into()),
                    ("trainee", one_line(&f.trainee).into()),
                    ("scenario", one_line(&f.scenario_id).into()),
                ],
            ),
        );
    }
}
