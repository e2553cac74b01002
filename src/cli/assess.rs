//! `rasoat assess`: one household under one standard — its class, income, and every indicator
//! with its rule and source.

use std::path::Path;

use super::{default_standard, line, load_household, pick};
use crate::load::LoadError;
use crate::rules::assess::{Assessment, IndicatorResult, assess};
use crate::rules::household::Household;
use crate::rules::standard::{Standard, StandardSet, Tag};
use crate::words::explain;
use crate::words::i18n::Texts;

pub(super) fn assess_cmd(
    t: &Texts,
    set: &StandardSet,
    standard: Option<&str>,
    json: bool,
    file: &Path,
    out: &mut String,
) -> Result<bool, LoadError> {
    let hf = load_household(file)?;
    let h = &hf.household;
    let s = match standard {
        Some(id) => pick(set, id)?,
        None => default_standard(set, h.review_year)?,
    };
    let a = assess(h, s);
    if json {
        out.push_str(&serde_json::to_string(&a.contract()).unwrap_or_default());
        out.push('\n');
        return Ok(true);
    }
    summary_lines(t, s, &a, file, out);
    deprived_lines(t, s, h, &a, out);
    not_deprived_lines(t, s, h, &a, out);
    Ok(true)
}

/// The standard and file, the class, the income, and the decision with its source.
fn summary_lines(t: &Texts, s: &Standard, a: &Assessment<'_>, file: &Path, out: &mut String) {
    line(
        out,
        t.get_args(
            "cli-assess-title",
            &[
                ("standard", explain::standard_name(t, s).into()),
                ("file", file.display().to_string().into()),
            ],
        ),
    );
    line(
        out,
        t.get_args(
            "cli-assess-class",
            &[("class", explain::outcome_name(t, a).to_uppercase().into())],
        ),
    );
    line(
        out,
        t.get_args(
            "cli-assess-income",
            &[
                ("income", t.money(a.income.per_person_month_vnd).into()),
                ("total", t.money(a.income.annual_total_vnd).into()),
                ("members", a.income.members.into()),
            ],
        ),
    );
    line(
        out,
        t.get_args(
            "cli-assess-decided",
            &[("decision", explain::decision_text(t, a).into())],
        ),
    );
    line(
        out,
        format!("  {}", explain::provenance(t, a.decision_provenance())),
    );
}

/// The deprived indicators under their heading, each with its rule and source.
fn deprived_lines(t: &Texts, s: &Standard, h: &Household, a: &Assessment<'_>, out: &mut String) {
    line(out, String::new());
    line(
        out,
        t.get_args(
            "cli-assess-deprived-heading",
            &[
                ("count", a.deprivation_count().into()),
                ("total", a.indicators.len().into()),
            ],
        ),
    );
    for r in a.indicators.iter().filter(|r| r.deprived) {
        line(
            out,
            format!(
                "  {} {}",
                t.get("cli-assess-deprived-mark"),
                indicator_line(t, s, h, r)
            ),
        );
        let rule = explain::rule_text(t, r.indicator, h.review_year, s);
        line(
            out,
            format!(
                "      {}",
                t.get_args("cli-assess-rule", &[("rule", rule.into())])
            ),
        );
        line(
            out,
            format!("      {}", explain::provenance(t, &r.indicator.provenance)),
        );
    }
}

/// The indicators not deprived under their heading, the provisional ones marked so.
fn not_deprived_lines(t: &Texts, s: &Standard, h: &Household, a: &Assessment<'_>, out: &mut String) {
    line(out, String::new());
    line(out, t.get("cli-assess-not-deprived-heading"));
    for r in a.indicators.iter().filter(|r| !r.deprived) {
        let mark = if r.indicator.provenance.tag == Tag::P {
            format!(" ({})", explain::provisional_mark(t))
        } else {
            String::new()
        };
        line(
            out,
            format!(
                "  {} {}{mark}",
                t.get("cli-assess-ok-mark"),
                indicator_line(t, s, h, r)
            ),
        );
    }
}

/// "[service] indicator — what was found".
fn indicator_line(t: &Texts, s: &Standard, h: &Household, r: &IndicatorResult<'_>) -> String {
    format!(
        "[{}] {} — {}",
        explain::service_name(t, s, &r.indicator.service),
        explain::indicator_title(t, r.indicator),
        explain::finding_text(t, h, r)
    )
}
