//! Validation of a standard: what the types alone do not check — unique ids, known services,
//! the lines the rule needs — and the ranges every number must keep for the engine and the
//! generator to use it.

use super::classification::RuleKind;
use super::definition::Standard;
use super::indicators::{EducationBand, Rule};
use crate::rules::source::Problem;

impl Standard {
    /// Checks what the types alone do not: unique ids, known services, lines the rule needs.
    pub fn validate(&self) -> Vec<(String, Problem)> {
        // A repeated service id first: every indicator's service is checked against the list.
        let mut out: Vec<(String, Problem)> = self
            .services
            .iter()
            .enumerate()
            .filter(|(i, service)| self.services[..*i].iter().any(|o| o.id == service.id))
            .map(|(i, service)| {
                (
                    format!("services[{i}].id"),
                    Problem::Duplicate {
                        what: service.id.clone(),
                        other: String::new(),
                    },
                )
            })
            .collect();
        out.extend(self.validate_ranges());
        self.check_materials(&mut out);
        self.check_indicators(&mut out);
        self.check_lines_the_rule_needs(&mut out);
        if self.review_years.from > self.review_years.to {
            out.push((
                "review_years".to_owned(),
                Problem::OutOfRange {
                    value: self.review_years.to.to_string(),
                    min: self.review_years.from.to_string(),
                    max: String::new(),
                },
            ));
        }
        out
    }

    /// No material both durable and non-durable for one structure.
    fn check_materials(&self, out: &mut Vec<(String, Problem)>) {
        if let Some(t) = &self.materials {
            for s in crate::rules::household::Structure::ALL {
                for m in &t.of(s).durable {
                    if t.of(s).non_durable.contains(m) {
                        out.push((
                            format!("materials.{}", s.as_str()),
                            Problem::Duplicate {
                                what: m.as_str().to_owned(),
                                other: String::new(),
                            },
                        ));
                    }
                }
            }
        }
    }

    /// Unique indicator ids, known services, and the working age table the employment rule reads.
    fn check_indicators(&self, out: &mut Vec<(String, Problem)>) {
        for (i, ind) in self.indicators.iter().enumerate() {
            if self.indicators[..i].iter().any(|o| o.id == ind.id) {
                out.push((
                    format!("indicators[{i}].id"),
                    Problem::Duplicate {
                        what: ind.id.clone(),
                        other: String::new(),
                    },
                ));
            }
            if self.service(&ind.service).is_none() {
                out.push((
                    format!("indicators[{i}].service"),
                    Problem::UnknownValue {
                        value: ind.service.clone(),
                        allowed: self.services.iter().map(|s| s.id.clone()).collect(),
                    },
                ));
            }
            if matches!(ind.rule, Rule::Employment { .. }) {
                match &self.working_age {
                    None => out.push((
                        "working_age".to_owned(),
                        Problem::MissingField {
                            field: "working_age".into(),
                        },
                    )),
                    // Present but with no row: the table is what is missing, not the section.
                    Some(w) if w.retirement.is_empty() => {
                        out.push(("working_age.retirement".to_owned(), Problem::Empty));
                    }
                    Some(_) => {}
                }
            }
        }
    }

    /// The near-poverty line where the rule has a band between two lines, the average band's
    /// upper bound where the standard defines the band.
    fn check_lines_the_rule_needs(&self, out: &mut Vec<(String, Problem)>) {
        for (name, lines) in [("rural", &self.lines.rural), ("urban", &self.lines.urban)] {
            if self.classification.rule == RuleKind::IncomeAloneOrBandAndDeprivations
                && lines.near_poverty.is_none()
            {
                out.push((
                    format!("lines.{name}"),
                    Problem::MissingField {
                        field: "near_poverty".into(),
                    },
                ));
            }
            if self.classification.average.defined && lines.average_upper.is_none() {
                out.push((
                    format!("lines.{name}"),
                    Problem::MissingField {
                        field: "average_upper".into(),
                    },
                ));
            }
        }
    }
}

/// The ages, shares and sizes a standard may hold: beyond them the engine's answers would be
/// meaningless and the generator could not build a household (a standard that loads is one every
/// command can use).
const MAX_AGE: u32 = 120;
const MAX_M2_PER_PERSON: f64 = 100.0;
/// Review years a household file can have.
const REVIEW_YEARS: std::ops::RangeInclusive<i32> = 2016..=2030;

impl Standard {
    /// The range checks of `validate`: every number within what the engine and the generator
    /// can use, every list they pick from not empty.
    fn validate_ranges(&self) -> Vec<(String, Problem)> {
        let mut out = Vec::new();
        self.check_review_years(&mut out);
        if self.indicators.is_empty() {
            out.push(("indicators".into(), Problem::Empty));
        }
        self.check_amendment(&mut out);
        self.check_deprivation_cutoff(&mut out);
        self.check_lines(&mut out);
        self.check_working_age(&mut out);
        for (index, ind) in self.indicators.iter().enumerate() {
            RuleChecks { index, out: &mut out }.check(&ind.rule);
        }
        out
    }

    /// The review years reach into those a household file can have.
    fn check_review_years(&self, out: &mut Vec<(String, Problem)>) {
        let (first, last) = (REVIEW_YEARS.start().to_string(), REVIEW_YEARS.end().to_string());
        if self.review_years.to < *REVIEW_YEARS.start() || self.review_years.from > *REVIEW_YEARS.end() {
            out.push(out_of_range(
                "review_years".into(),
                format!("{}–{}", self.review_years.from, self.review_years.to),
                &first,
                &last,
            ));
        }
    }

    /// The procedure's amendment has a real day and month, and some rule cites the amending text.
    fn check_amendment(&self, out: &mut Vec<(String, Problem)>) {
        let Some(p) = &self.procedure else { return };
        let Some(a) = &p.amended else { return };
        if !(1..=12).contains(&a.month) {
            out.push(out_of_range(
                "procedure.amended.month".into(),
                a.month.to_string(),
                "1",
                "12",
            ));
        }
        if !(1..=31).contains(&a.day) {
            out.push(out_of_range(
                "procedure.amended.day".into(),
                a.day.to_string(),
                "1",
                "31",
            ));
        }
        if !p.provenances().iter().any(|c| c.source.contains(&a.text)) {
            out.push((
                "procedure.amended.text".into(),
                Problem::NotCited { text: a.text.clone() },
            ));
        }
    }

    /// The cutoff is at least one and no more than the number of indicators.
    fn check_deprivation_cutoff(&self, out: &mut Vec<(String, Problem)>) {
        let n = u32::try_from(self.indicators.len()).unwrap_or(u32::MAX);
        let cutoff = self.classification.deprivation_cutoff;
        if cutoff == 0 || cutoff > n.max(1) {
            out.push(out_of_range(
                "classification.deprivation_cutoff".into(),
                cutoff.to_string(),
                "1",
                &n.max(1).to_string(),
            ));
        }
    }

    /// Each area's lines rise: a positive poverty line, the near-poverty line not below it, the
    /// average band's upper bound above both.
    fn check_lines(&self, out: &mut Vec<(String, Problem)>) {
        for (name, l) in [("rural", &self.lines.rural), ("urban", &self.lines.urban)] {
            if l.poverty == 0 {
                out.push((
                    format!("lines.{name}.poverty"),
                    Problem::NotPositive { value: "0".into() },
                ));
            }
            let lower = l.near_poverty.unwrap_or(l.poverty);
            if l.near_poverty.is_some_and(|near| near < l.poverty) {
                out.push(out_of_range(
                    format!("lines.{name}.near_poverty"),
                    lower.to_string(),
                    &l.poverty.to_string(),
                    "",
                ));
            }
            if let Some(upper) = l.average_upper
                && upper <= lower
            {
                out.push(out_of_range(
                    format!("lines.{name}.average_upper"),
                    upper.to_string(),
                    &(lower + 1).to_string(),
                    "",
                ));
            }
        }
    }

    /// The working age and every retirement age within `MAX_AGE`.
    fn check_working_age(&self, out: &mut Vec<(String, Problem)>) {
        let Some(w) = &self.working_age else { return };
        if w.min_age > MAX_AGE {
            out.push(out_of_range(
                "working_age.min_age".into(),
                w.min_age.to_string(),
                "0",
                &MAX_AGE.to_string(),
            ));
        }
        for (i, r) in w.retirement.iter().enumerate() {
            for (field, months) in [("male_months", r.male_months), ("female_months", r.female_months)] {
                if months > MAX_AGE * 12 {
                    out.push(out_of_range(
                        format!("working_age.retirement[{i}].{field}"),
                        months.to_string(),
                        "0",
                        &(MAX_AGE * 12).to_string(),
                    ));
                }
            }
        }
    }
}

/// A value at `path` outside `min..=max` (an empty bound is open).
fn out_of_range(path: String, value: String, min: &str, max: &str) -> (String, Problem) {
    (
        path,
        Problem::OutOfRange {
            value,
            min: min.to_owned(),
            max: max.to_owned(),
        },
    )
}

/// The range checks of one indicator's rule (the `index`-th), each problem under the rule's
/// field path.
struct RuleChecks<'a> {
    index: usize,
    out: &'a mut Vec<(String, Problem)>,
}

impl RuleChecks<'_> {
    fn check(&mut self, rule: &Rule) {
        match rule {
            Rule::SickUntreated => {}
            Rule::HealthInsurance { min_age } => self.age("min_age", *min_age),
            Rule::AdultEducationCohort { min_age, .. } => self.age("min_age", *min_age),
            Rule::AdultEducationBands { bands, .. } => self.education_bands(bands),
            Rule::ChildSchool {
                from_age, below_age, ..
            } => self.school_ages(*from_age, *below_age),
            Rule::HousingQuality { at_least } => self.housing_quality(*at_least),
            Rule::HousingArea { min_m2_per_person } => self.floor_area(*min_m2_per_person),
            Rule::Water { .. } | Rule::Sanitation { .. } | Rule::Information { .. } => {}
            Rule::Telecom { services } => self.not_empty("services", services.is_empty()),
            Rule::Employment { deprived_work } => {
                self.not_empty("deprived_work", deprived_work.is_empty());
            }
            Rule::Dependents {
                child_below_age,
                elderly_from_age,
                more_than_percent,
                ..
            } => self.dependants(*child_below_age, *elderly_from_age, *more_than_percent),
            Rule::Nutrition {
                child_below_age,
                conditions,
            } => {
                self.age("child_below_age", *child_below_age);
                self.not_empty("conditions", conditions.is_empty());
            }
            Rule::Waste { deprived } => self.not_empty("deprived", deprived.is_empty()),
        }
    }

    /// The path of a field of the rule.
    fn at(&self, field: &str) -> String {
        format!("indicators[{}].rule.{field}", self.index)
    }

    fn out_of_range(&mut self, field: &str, value: String, min: &str, max: &str) {
        let problem = out_of_range(self.at(field), value, min, max);
        self.out.push(problem);
    }

    /// An age no older than `MAX_AGE`.
    fn age(&mut self, field: &str, value: u32) {
        if value > MAX_AGE {
            self.out_of_range(field, value.to_string(), "0", &MAX_AGE.to_string());
        }
    }

    /// A list the generator picks from.
    fn not_empty(&mut self, field: &str, empty: bool) {
        if empty {
            let path = self.at(field);
            self.out.push((path, Problem::Empty));
        }
    }

    /// At least one band, each with real ages in order.
    fn education_bands(&mut self, bands: &[EducationBand]) {
        self.not_empty("bands", bands.is_empty());
        for (b, band) in bands.iter().enumerate() {
            self.age(&format!("bands[{b}].to_age"), band.to_age);
            if band.from_age > band.to_age {
                self.out_of_range(
                    &format!("bands[{b}].from_age"),
                    band.from_age.to_string(),
                    "0",
                    &band.to_age.to_string(),
                );
            }
        }
    }

    /// School age starts before it ends.
    fn school_ages(&mut self, from_age: u32, below_age: u32) {
        self.age("below_age", below_age);
        if from_age >= below_age {
            self.out_of_range(
                "from_age",
                from_age.to_string(),
                "0",
                &below_age.saturating_sub(1).to_string(),
            );
        }
    }

    /// Between one and three of wall, frame and roof.
    fn housing_quality(&mut self, at_least: u32) {
        if !(1..=3).contains(&at_least) {
            self.out_of_range("at_least", at_least.to_string(), "1", "3");
        }
    }

    /// A positive floor area per person up to `MAX_M2_PER_PERSON`.
    fn floor_area(&mut self, m: f64) {
        if !(m.is_finite() && m > 0.0 && m <= MAX_M2_PER_PERSON) {
            self.out_of_range(
                "min_m2_per_person",
                m.to_string(),
                "0",
                &MAX_M2_PER_PERSON.to_string(),
            );
        }
    }

    /// Real ages, and a share under 100 %.
    fn dependants(&mut self, child_below_age: u32, elderly_from_age: u32, more_than_percent: u32) {
        self.age("child_below_age", child_below_age);
        self.age("elderly_from_age", elderly_from_age);
        if more_than_percent >= 100 {
            self.out_of_range("more_than_percent", more_than_percent.to_string(), "0", "99");
        }
    }
}
