//! What changes for a household, and in the rules, from one standard to another.
//!
//! Architecture invariant: built only from `assess` results and standard data; no prose, no IO.

use serde::Serialize;

use crate::assess::{Assessment, Class, Clause, assess};
use crate::household::{Area, Household};
use crate::standard::{AreaLines, Procedure, RuleKind, Standard};

/// A difference between the two assessments of one household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// The class differs; `causes` says why.
    ClassChanged {
        from: Class,
        to: Class,
        causes: Vec<Cause>,
    },
    /// The poverty line (or the single income line) for the household's area moved.
    LineMoved { area: Area, from_vnd: u64, to_vnd: u64 },
    /// The old standard made a household poor by income alone; the new one does not.
    IncomeOnlyRuleRemoved,
    /// An indicator only the new standard has, with its result for this household.
    IndicatorAdded { id: String, deprived: bool },
    /// An indicator only the old standard had, with its result for this household.
    IndicatorRemoved { id: String, was_deprived: bool },
    /// An indicator both have, whose result differs because its threshold changed.
    IndicatorThresholdChanged {
        id: String,
        from_deprived: bool,
        to_deprived: bool,
    },
    /// The count of deprivations crossed the cutoff (e.g. 2 under one, 3 under the other).
    CountCrossedCutoff {
        from_count: u32,
        to_count: u32,
        cutoff: u32,
    },
}

/// Why the class differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// Poor by income alone before; the new rule needs deprivations too.
    IncomeOnlyRuleRemoved,
    /// The income is on the other side of the poverty (or single) line.
    LineMoved,
    /// The count of deprivations is on the other side of the cutoff.
    CountCrossedCutoff,
    /// The average living standard band moved (its bound, or the income kept for it).
    AverageBandMoved,
    /// The new standard does not define the average living standard band.
    AverageBandUndefined,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison<'s> {
    pub from: Assessment<'s>,
    pub to: Assessment<'s>,
    pub changes: Vec<Change>,
}

/// Assesses `household` under both standards and lists what differs, and why.
pub fn compare<'s>(household: &Household, from: &'s Standard, to: &'s Standard) -> Comparison<'s> {
    let a = assess(household, from);
    let b = assess(household, to);
    let mut changes = Vec::new();

    if a.class != b.class {
        changes.push(Change::ClassChanged {
            from: a.class,
            to: b.class,
            causes: class_causes(&a, &b),
        });
    }
    let (la, lb) = (a.decision.poverty_line, b.decision.poverty_line);
    if la != lb {
        changes.push(Change::LineMoved {
            area: household.area,
            from_vnd: la,
            to_vnd: lb,
        });
    }
    if from.classification.rule == RuleKind::IncomeAloneOrBandAndDeprivations
        && to.classification.rule != RuleKind::IncomeAloneOrBandAndDeprivations
    {
        changes.push(Change::IncomeOnlyRuleRemoved);
    }
    for rb in &b.indicators {
        match a.result(&rb.indicator.id) {
            None => changes.push(Change::IndicatorAdded {
                id: rb.indicator.id.clone(),
                deprived: rb.deprived,
            }),
            Some(ra) if ra.deprived != rb.deprived => changes.push(Change::IndicatorThresholdChanged {
                id: rb.indicator.id.clone(),
                from_deprived: ra.deprived,
                to_deprived: rb.deprived,
            }),
            Some(_) => {}
        }
    }
    for ra in &a.indicators {
        if b.result(&ra.indicator.id).is_none() {
            changes.push(Change::IndicatorRemoved {
                id: ra.indicator.id.clone(),
                was_deprived: ra.deprived,
            });
        }
    }
    let (ca, cb) = (a.deprivation_count(), b.deprivation_count());
    let cutoff = to.classification.deprivation_cutoff;
    if (ca >= from.classification.deprivation_cutoff) != (cb >= cutoff) {
        changes.push(Change::CountCrossedCutoff {
            from_count: ca,
            to_count: cb,
            cutoff,
        });
    }
    Comparison {
        from: a,
        to: b,
        changes,
    }
}

fn is_poor_or_near(c: Class) -> bool {
    matches!(c, Class::Poor | Class::NearPoor)
}

fn class_causes(a: &Assessment<'_>, b: &Assessment<'_>) -> Vec<Cause> {
    let mut causes = Vec::new();
    if a.decision.clause == Clause::PoorByIncomeAlone && b.class != Class::Poor {
        causes.push(Cause::IncomeOnlyRuleRemoved);
    }
    // Poor or near-poor on one side only: the income is on the other side of a line.
    if is_poor_or_near(a.class) != is_poor_or_near(b.class) {
        causes.push(Cause::LineMoved);
    }
    let crossed = (a.decision.count >= a.decision.cutoff) != (b.decision.count >= b.decision.cutoff);
    if crossed && (a.class == Class::Poor) != (b.class == Class::Poor) && is_poor_or_near(b.class) {
        causes.push(Cause::CountCrossedCutoff);
    }
    if b.decision.clause == Clause::AverageBandUndefined {
        causes.push(Cause::AverageBandUndefined);
    } else if !is_poor_or_near(a.class) && !is_poor_or_near(b.class) {
        causes.push(Cause::AverageBandMoved);
    }
    causes
}

/// A difference between two standards as rules, independent of any household.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum StandardChange {
    LinesChanged {
        area: Area,
        from: AreaLines,
        to: AreaLines,
    },
    /// Poverty by income alone existed before and is gone (or the reverse).
    RuleChanged {
        from: RuleKind,
        to: RuleKind,
    },
    ServiceAdded {
        id: String,
    },
    ServiceRemoved {
        id: String,
    },
    IndicatorAdded {
        id: String,
    },
    IndicatorRemoved {
        id: String,
    },
    IndicatorRenamed {
        id: String,
        from_vi: String,
        to_vi: String,
    },
    /// The indicator's parameters differ (ages, lists, shares…).
    IndicatorThresholdChanged {
        id: String,
    },
    /// The new standard does not define the average living standard band.
    AverageBandUndefined,
    ProcedureChanged {
        from: Option<Procedure>,
        to: Option<Procedure>,
    },
}

/// Lists how the rules of `to` differ from those of `from`, in a stable teaching order.
pub fn standard_changes(from: &Standard, to: &Standard) -> Vec<StandardChange> {
    let mut out = Vec::new();
    for area in [Area::Rural, Area::Urban] {
        let (a, b) = (from.lines.for_area(area), to.lines.for_area(area));
        if a != b {
            out.push(StandardChange::LinesChanged {
                area,
                from: *a,
                to: *b,
            });
        }
    }
    if from.classification.rule != to.classification.rule {
        out.push(StandardChange::RuleChanged {
            from: from.classification.rule,
            to: to.classification.rule,
        });
    }
    if from.classification.average.defined && !to.classification.average.defined {
        out.push(StandardChange::AverageBandUndefined);
    }
    for s in &to.services {
        if from.service(&s.id).is_none() {
            out.push(StandardChange::ServiceAdded { id: s.id.clone() });
        }
    }
    for s in &from.services {
        if to.service(&s.id).is_none() {
            out.push(StandardChange::ServiceRemoved { id: s.id.clone() });
        }
    }
    for i in &to.indicators {
        match from.indicator(&i.id) {
            None => out.push(StandardChange::IndicatorAdded { id: i.id.clone() }),
            Some(old) => {
                if old.name_vi != i.name_vi {
                    out.push(StandardChange::IndicatorRenamed {
                        id: i.id.clone(),
                        from_vi: old.name_vi.clone(),
                        to_vi: i.name_vi.clone(),
                    });
                }
                if old.rule != i.rule {
                    out.push(StandardChange::IndicatorThresholdChanged { id: i.id.clone() });
                }
            }
        }
    }
    for i in &from.indicators {
        if to.indicator(&i.id).is_none() {
            out.push(StandardChange::IndicatorRemoved { id: i.id.clone() });
        }
    }
    let strip = |p: &Option<Procedure>| {
        p.as_ref()
            .map(|p| (p.fatherland_front_invited, p.meeting_min_agreement_percent))
    };
    if strip(&from.procedure) != strip(&to.procedure) && to.procedure.is_some() {
        out.push(StandardChange::ProcedureChanged {
            from: from.procedure.clone(),
            to: to.procedure.clone(),
        });
    }
    out
}
