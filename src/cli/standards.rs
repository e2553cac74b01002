//! `rasoat standards`: every standard with its sources — review years, lines, the average band,
//! the rule, the indicators, the procedure — or one standard's procedure step by step.

use super::{line, pick};
use crate::load::LoadError;
use crate::rules::household::Area;
use crate::rules::standard::{RuleKind, Standard, StandardSet};
use crate::words::explain;
use crate::words::i18n::Texts;

/// Every standard of `set`, each followed by an empty line.
pub(super) fn standards_cmd(t: &Texts, set: &StandardSet, out: &mut String) {
    for s in set.all() {
        heading_lines(t, s, out);
        review_year_lines(t, s, out);
        income_line_lines(t, s, out);
        rule_lines(t, s, out);
        indicator_lines(t, s, out);
        procedure_summary_lines(t, s, out);
        if let Some(text) = explain::scoring_form_text(t, s) {
            line(out, format!("  {text}"));
        }
        line(out, String::new());
    }
}

/// `rasoat standards --procedure ID`: that standard's review procedure, step by step.
pub(super) fn procedure_cmd(
    t: &Texts,
    set: &StandardSet,
    id: &str,
    out: &mut String,
) -> Result<bool, LoadError> {
    pick(set, id).map(|s| {
        for text in crate::words::procedure::procedure_lines(t, s) {
            out.push_str(&text);
            out.push('\n');
        }
        true
    })
}

/// The standard's id and name, and its legal basis.
fn heading_lines(t: &Texts, s: &Standard, out: &mut String) {
    line(
        out,
        t.get_args(
            "cli-standards-title",
            &[
                ("id", s.id.clone().into()),
                ("name", explain::standard_name(t, s).into()),
            ],
        ),
    );
    line(
        out,
        format!(
            "  {}",
            t.get_args("cli-standards-basis", &[("basis", s.legal_basis.clone().into())])
        ),
    );
}

/// Which review years take this standard, each reading with its own source and mark.
fn review_year_lines(t: &Texts, s: &Standard, out: &mut String) {
    let mut from = s.review_years.from;
    if let Some(p) = s.periodic_only_in(from) {
        let text = t.get_args(
            "cli-standards-first-year",
            &[
                ("year", from.to_string().into()),
                ("next", (from + 1).to_string().into()),
            ],
        );
        line(out, format!("  {}", explain::with_source(t, text, p)));
        from += 1;
    }
    if from <= s.review_years.to {
        let text = t.get_args(
            "cli-standards-years",
            &[
                ("from", from.to_string().into()),
                ("to", s.review_years.to.to_string().into()),
            ],
        );
        let text = match s.year_provenance(from) {
            Some(p) => explain::with_source(t, text, p),
            None => text,
        };
        line(out, format!("  {text}"));
    }
}

/// The poverty and near-poverty lines per area, the average band per area, and the low-income
/// workers' lines, each with its source.
fn income_line_lines(t: &Texts, s: &Standard, out: &mut String) {
    let areas = [Area::Rural, Area::Urban];
    for area in areas {
        let l = s.lines.for_area(area);
        line(
            out,
            format!(
                "  {}",
                t.get_args(
                    "cli-standards-lines",
                    &[
                        ("area", explain::area_name(t, s, area).into()),
                        ("poverty", t.money(u128::from(l.poverty)).into()),
                        ("near", t.money(u128::from(l.near_poverty.unwrap_or(0))).into()),
                        (
                            "has_near",
                            if l.near_poverty.is_some() { "yes" } else { "no" }.into()
                        ),
                    ],
                )
            ),
        );
    }
    line(out, format!("  {}", explain::provenance(t, &s.lines.provenance)));
    average_band_lines(t, s, &areas, out);
    if let Some(w) = &s.low_income_workers {
        let text = t.get_args(
            "cli-standards-low-income",
            &[
                ("rural", t.money(u128::from(w.rural)).into()),
                ("urban", t.money(u128::from(w.urban)).into()),
            ],
        );
        line(out, format!("  {}", explain::with_source(t, text, &w.provenance)));
    }
}

/// The average band's upper line per area; it has its own (secondary or provisional) source.
fn average_band_lines(t: &Texts, s: &Standard, areas: &[Area], out: &mut String) {
    for &area in areas {
        let l = s.lines.for_area(area);
        let text = match l.average_upper.filter(|_| s.classification.average.defined) {
            Some(upper) => t.get_args(
                "cli-standards-average",
                &[
                    ("area", explain::area_name(t, s, area).into()),
                    ("upper", t.money(u128::from(upper)).into()),
                ],
            ),
            None => t.get_args(
                "cli-standards-average-unknown",
                &[("area", explain::area_name(t, s, area).into())],
            ),
        };
        line(out, format!("  {text}"));
    }
    line(
        out,
        format!(
            "  {}",
            explain::provenance(t, &s.classification.average.provenance)
        ),
    );
}

/// How income and deprivations decide the class, and whether the standard is provisional.
fn rule_lines(t: &Texts, s: &Standard, out: &mut String) {
    let rule_id = match s.classification.rule {
        RuleKind::IncomeAloneOrBandAndDeprivations => "cli-standards-rule-income-alone",
        RuleKind::IncomeAndDeprivations => "cli-standards-rule-income-and-deprivations",
    };
    line(
        out,
        format!(
            "  {}",
            t.get_args(rule_id, &[("cutoff", s.classification.deprivation_cutoff.into())])
        ),
    );
    if s.is_provisional() {
        line(out, format!("  {}", t.get("cli-standards-provisional")));
    }
}

/// Every indicator with its mark, id, name, service and source.
fn indicator_lines(t: &Texts, s: &Standard, out: &mut String) {
    for i in &s.indicators {
        line(
            out,
            format!(
                "    {}",
                t.get_args(
                    "cli-standards-indicator",
                    &[
                        ("tag", format!("{:?}", i.provenance.tag).into()),
                        ("id", i.id.clone().into()),
                        ("name", explain::indicator_title(t, i).into()),
                        ("service", explain::service_name(t, s, &i.service).into()),
                        ("source", explain::provenance(t, &i.provenance).into()),
                    ],
                )
            ),
        );
    }
}

/// The review procedure in one line, and its calendar, each with its source (if the standard
/// has a procedure).
fn procedure_summary_lines(t: &Texts, s: &Standard, out: &mut String) {
    if let Some(p) = &s.procedure {
        line(out, format!("  {}", t.get("cli-standards-procedure")));
        line(
            out,
            format!(
                "    {}",
                explain::with_source(t, explain::procedure_text(t, Some(p)), &p.provenance)
            ),
        );
        if let Some(c) = &p.calendar {
            line(
                out,
                format!(
                    "    {}",
                    explain::with_source(t, explain::calendar_text(t, c), c.provenance())
                ),
            );
        }
    }
}
