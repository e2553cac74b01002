//! What changes for a household, and in the rules, from one standard to another.
//!
//! Architecture invariant: built only from `assess` results and standard data; no prose, no IO.

use serde::Serialize;

use crate::rules::assess::{Assessment, Class, Clause, assess};
use crate::rules::household::{Area, Household};
use crate::rules::standard::{Calendar, LegalForm, Procedure, Provenance, RuleKind, Standard, Tag};

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
    /// The poverty line (or the single income line) for the household's area moved;
    /// `from_near_vnd` is the old near-poverty line where the old standard had one (a household
    /// of the old near-poor band was judged against it).
    LineMoved {
        area: Area,
        from_vnd: u64,
        to_vnd: u64,
        #[serde(skip_serializing_if = "Option::is_none")]
        from_near_vnd: Option<u64>,
    },
    /// Neither poor nor near-poor under the new standard, whose average living standard band is
    /// not known: whether the household is (still) of average living standard cannot be told.
    /// Takes the place of a class change from `average_living_standard` or `none`.
    AverageBandUnknown { from: Class },
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
    /// The new standard's average living standard band is not known.
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

    let band_unknown = b.decision.clause == Clause::AverageBandUndefined;
    if band_unknown && !is_poor_or_near(a.class) {
        changes.push(Change::AverageBandUnknown { from: a.class });
    } else if a.class != b.class {
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
            from_near_vnd: a.decision.near_poverty_line,
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

impl Change {
    /// The rule a household-level change rests on, for its C/S/P mark; `None` where the change
    /// is the household's own (a class, a count), whose rules are marked in their own lines.
    pub fn provenance<'s>(&self, to: &'s Standard) -> Option<&'s Provenance> {
        match self {
            Change::ClassChanged { .. } | Change::CountCrossedCutoff { .. } => None,
            Change::LineMoved { .. } => Some(&to.lines.provenance),
            Change::AverageBandUnknown { .. } => Some(&to.classification.average.provenance),
            Change::IncomeOnlyRuleRemoved => Some(&to.classification.provenance),
            Change::IndicatorAdded { id, .. } | Change::IndicatorThresholdChanged { id, .. } => {
                to.indicator(id).map(|i| &i.provenance)
            }
            Change::IndicatorRemoved { .. } => Some(&to.indicator_list_provenance),
        }
    }
}

/// A difference between two standards as rules, independent of any household.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum StandardChange {
    /// The kind of legal text changed (a Prime Minister's decision, then a Government decree).
    LegalFormChanged {
        from: LegalForm,
        to: LegalForm,
    },
    /// The poverty line, and the near-poverty line where there is one, of an area.
    LinesChanged {
        area: Area,
        from_poverty: u64,
        from_near: Option<u64>,
        to_poverty: u64,
        to_near: Option<u64>,
    },
    /// Poverty by income alone existed before and is gone (or the reverse).
    RuleChanged {
        from: RuleKind,
        to: RuleKind,
    },
    /// The upper bound of the average living standard band of an area moved.
    AverageBandChanged {
        area: Area,
        from: u64,
        to: u64,
    },
    /// The new standard's average living standard band is not known.
    AverageBandUndefined,
    ServiceAdded {
        id: String,
    },
    ServiceRemoved {
        id: String,
    },
    /// A service kept under a new name; `indicators_added` are the new standard's indicators of
    /// it that the old one did not have (a service renamed and extended).
    ServiceRenamed {
        id: String,
        indicators_added: Vec<String>,
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
    /// The indicator's parameters differ (ages, lists, shares, the word for water…).
    IndicatorThresholdChanged {
        id: String,
    },
    ProcedureChanged {
        from: Option<Box<Procedure>>,
        to: Option<Box<Procedure>>,
    },
    /// The new standard's procedure is the same as the old one's but not confirmed for it.
    ProcedureProvisional,
    CalendarChanged {
        to: Calendar,
    },
    /// Offices that take part in the village meeting now and did not before.
    MeetingAttendeesAdded {
        roles: Vec<crate::rules::standard::Role>,
    },
    /// The time for the regular review's decision.
    RegularDecisionChanged {
        from: (
            u32,
            crate::rules::standard::DayCount,
            crate::rules::standard::DecisionFrom,
        ),
        to: (
            u32,
            crate::rules::standard::DayCount,
            crate::rules::standard::DecisionFrom,
        ),
    },
    /// Farming households of average living standard are identified by the new standard's
    /// method (12 months' actual income without allowances; posting and re-check times). The
    /// earlier standard's procedure for them is not in our sources: only the method is said to
    /// have changed, never that the procedure is new.
    FarmingMethodChanged,
}

impl StandardChange {
    /// The citation and C/S/P mark of the rule this change states.
    pub fn provenance<'s>(&self, from: &'s Standard, to: &'s Standard) -> &'s Provenance {
        let list = &to.indicator_list_provenance;
        match self {
            StandardChange::LegalFormChanged { .. } => &to.provenance,
            StandardChange::LinesChanged { .. } => &to.lines.provenance,
            StandardChange::RuleChanged { .. } => &to.classification.provenance,
            StandardChange::AverageBandChanged { .. } | StandardChange::AverageBandUndefined => {
                &to.classification.average.provenance
            }
            StandardChange::ServiceAdded { .. }
            | StandardChange::ServiceRemoved { .. }
            | StandardChange::ServiceRenamed { .. }
            | StandardChange::IndicatorAdded { .. }
            | StandardChange::IndicatorRemoved { .. }
            | StandardChange::IndicatorRenamed { .. } => list,
            StandardChange::IndicatorThresholdChanged { id } => to
                .indicator(id)
                .or_else(|| from.indicator(id))
                .map_or(list, |i| &i.provenance),
            StandardChange::ProcedureChanged { .. } | StandardChange::ProcedureProvisional => {
                to.procedure.as_ref().map_or(&to.provenance, |p| &p.provenance)
            }
            StandardChange::CalendarChanged { .. } => to
                .procedure
                .as_ref()
                .and_then(|p| p.calendar.as_ref())
                .map_or(&to.provenance, Calendar::provenance),
            StandardChange::MeetingAttendeesAdded { .. } => to
                .procedure
                .as_ref()
                .and_then(|p| p.meeting.as_ref())
                .map_or(&to.provenance, |m| &m.provenance),
            StandardChange::RegularDecisionChanged { .. } => to
                .procedure
                .as_ref()
                .and_then(|p| p.regular.as_ref())
                .map_or(&to.provenance, |r| &r.provenance),
            StandardChange::FarmingMethodChanged => to
                .procedure
                .as_ref()
                .and_then(|p| p.average_farming.as_ref())
                .map_or(&to.provenance, |a| &a.provenance),
        }
    }
}

/// Lists how the rules of `to` differ from those of `from`, in a stable teaching order.
pub fn standard_changes(from: &Standard, to: &Standard) -> Vec<StandardChange> {
    let mut out = Vec::new();
    household_rule_changes(from, to, &mut out);
    service_changes(from, to, &mut out);
    indicator_changes(from, to, &mut out);
    procedure_changes(from, to, &mut out);
    out
}

/// The legal form, the lines of each area, the household rule and the average band.
fn household_rule_changes(from: &Standard, to: &Standard, out: &mut Vec<StandardChange>) {
    if let (Some(a), Some(b)) = (from.legal_form, to.legal_form)
        && a != b
    {
        out.push(StandardChange::LegalFormChanged { from: a, to: b });
    }
    for area in [Area::Rural, Area::Urban] {
        let (a, b) = (from.lines.for_area(area), to.lines.for_area(area));
        if (a.poverty, a.near_poverty) != (b.poverty, b.near_poverty) {
            out.push(StandardChange::LinesChanged {
                area,
                from_poverty: a.poverty,
                from_near: a.near_poverty,
                to_poverty: b.poverty,
                to_near: b.near_poverty,
            });
        }
    }
    if from.classification.rule != to.classification.rule {
        out.push(StandardChange::RuleChanged {
            from: from.classification.rule,
            to: to.classification.rule,
        });
    }
    let (avg_from, avg_to) = (&from.classification.average, &to.classification.average);
    if avg_from.defined && !avg_to.defined {
        out.push(StandardChange::AverageBandUndefined);
    } else if avg_to.defined {
        for area in [Area::Rural, Area::Urban] {
            let (a, b) = (from.lines.for_area(area), to.lines.for_area(area));
            if let (Some(a), Some(b)) = (a.average_upper, b.average_upper)
                && a != b
            {
                out.push(StandardChange::AverageBandChanged { area, from: a, to: b });
            }
        }
    }
}

/// Services added, renamed (with the indicators they gained) and removed.
fn service_changes(from: &Standard, to: &Standard, out: &mut Vec<StandardChange>) {
    for s in &to.services {
        match from.service(&s.id) {
            None => out.push(StandardChange::ServiceAdded { id: s.id.clone() }),
            Some(old) if old.name_vi != s.name_vi => out.push(StandardChange::ServiceRenamed {
                id: s.id.clone(),
                indicators_added: to
                    .indicators
                    .iter()
                    .filter(|i| i.service == s.id && from.indicator(&i.id).is_none())
                    .map(|i| i.id.clone())
                    .collect(),
            }),
            Some(_) => {}
        }
    }
    for s in &from.services {
        if to.service(&s.id).is_none() {
            out.push(StandardChange::ServiceRemoved { id: s.id.clone() });
        }
    }
}

/// Indicators added, renamed, with other parameters, and removed.
fn indicator_changes(from: &Standard, to: &Standard, out: &mut Vec<StandardChange>) {
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
}

/// The procedure's meeting rules (or only their mark), calendar, meeting attendees, regular
/// decision time and the method for farming households; nothing when the new standard has no
/// procedure.
fn procedure_changes(from: &Standard, to: &Standard, out: &mut Vec<StandardChange>) {
    let meeting = |p: &Option<Procedure>| {
        p.as_ref()
            .map(|p| (p.fatherland_front_invited, p.meeting_min_agreement_percent))
    };
    if let Some(p) = &to.procedure {
        if meeting(&from.procedure) != meeting(&to.procedure) {
            out.push(StandardChange::ProcedureChanged {
                from: from.procedure.clone().map(Box::new),
                to: to.procedure.clone().map(Box::new),
            });
        } else if p.provenance.tag == Tag::P
            && from
                .procedure
                .as_ref()
                .is_some_and(|f| f.provenance.tag != Tag::P)
        {
            out.push(StandardChange::ProcedureProvisional);
        }
        let calendar = |p: &Option<Procedure>| p.as_ref().and_then(|p| p.calendar.clone());
        if let Some(c) = calendar(&to.procedure)
            && calendar(&from.procedure).is_some_and(|old| !same_calendar(&old, &c))
        {
            out.push(StandardChange::CalendarChanged { to: c });
        }
        if let (Some(a), Some(b)) = (
            from.procedure.as_ref().and_then(|f| f.meeting.as_ref()),
            p.meeting.as_ref(),
        ) {
            let roles: Vec<_> = b
                .attendees
                .iter()
                .copied()
                .filter(|r| !a.attendees.contains(r))
                .collect();
            if !roles.is_empty() {
                out.push(StandardChange::MeetingAttendeesAdded { roles });
            }
        }
        if let (Some(a), Some(b)) = (
            from.procedure.as_ref().and_then(Procedure::regular_decision),
            p.regular_decision(),
        ) && a != b
        {
            out.push(StandardChange::RegularDecisionChanged { from: a, to: b });
        }
        if p.average_farming.is_some()
            && from
                .procedure
                .as_ref()
                .is_some_and(|f| f.average_farming.is_none())
        {
            out.push(StandardChange::FarmingMethodChanged);
        }
    }
}

/// Same timetable, whatever the citation.
fn same_calendar(a: &Calendar, b: &Calendar) -> bool {
    match (a, b) {
        (Calendar::Provincial { .. }, Calendar::Provincial { .. }) => true,
        (
            Calendar::National {
                periodic_from: f1,
                periodic_to: t1,
                regular_from_day: r1,
                regular_decision_days: d1,
                ..
            },
            Calendar::National {
                periodic_from: f2,
                periodic_to: t2,
                regular_from_day: r2,
                regular_decision_days: d2,
                ..
            },
        ) => (f1, t1, r1, d1) == (f2, t2, r2, d2),
        _ => false,
    }
}
