//! The field visit in the core: what the catalogue reveals, evidence scoring, the pivotal fact,
//! the `[visit]` section, materials, villages and their layouts.

use crate::common;

use rasoat::field::visit::{
    BUILTIN_CATALOGUE, CLASSIFICATION_FIELDS, Catalogue, Fact, FactKind, Field, Hidden, Need, Visit,
    VisitMode, VisitSpec, fields_read, needs, parse_catalogue, requirements, verdict,
};
use rasoat::rules::assess::assess;
use rasoat::rules::grading::model_answer;
use rasoat::rules::household::{Durability, IncomeKind, Material, Structure};
use rasoat::rules::standard::StandardSet;
use rasoat::training::service::Library;

fn library(standards: &StandardSet) -> Library {
    let (lib, errors) = Library::builtin(standards);
    assert!(errors.is_empty(), "{errors:?}");
    lib
}

#[test]
fn the_builtin_catalogue_parses() {
    let c = parse_catalogue("visit.toml", BUILTIN_CATALOGUE).expect("valid catalogue");
    assert!(c.actions.len() >= 20);
    assert!(c.budget.exam_minutes < c.budget.practice_minutes);
}

/// For every indicator of every standard, some question or look reveals every household field
/// its rule reads, and so for the income and the household rule. A new kind of rule must say what
/// it reads (`visit::fields_read`, an exhaustive match) and the catalogue must reveal it.
#[test]
fn the_catalogue_reveals_every_field_every_rule_reads() {
    let c = Catalogue::builtin();
    let revealable: Vec<&str> = c
        .actions
        .iter()
        .flat_map(|a| a.reveals.iter().flat_map(|k| k.fields().iter().copied()))
        .collect();
    let standards = common::standards();
    for st in standards.all() {
        for ind in &st.indicators {
            let read = fields_read(&ind.rule);
            assert!(!read.is_empty(), "{} {} reads nothing", st.id, ind.id);
            for f in read {
                assert!(
                    revealable.contains(&f),
                    "{}: indicator {} reads {f}, which no question or look reveals",
                    st.id,
                    ind.id
                );
            }
        }
    }
    for f in CLASSIFICATION_FIELDS {
        assert!(
            revealable.contains(f),
            "the household rule reads {f}, which nothing reveals"
        );
    }
    // And every income kind is brought up by some question.
    for kind in IncomeKind::ALL {
        assert!(
            c.actions.iter().any(|a| a.sources.contains(kind)),
            "no question brings up {kind}"
        );
    }
}

/// Asking everything uncovers every fact that decides a field, for every library scenario, and
/// the model answer then scores full marks with no evidence missing.
#[test]
fn asking_everything_supports_every_field_of_every_library_scenario() {
    let standards = common::standards();
    let lib = library(&standards);
    let c = Catalogue::builtin();
    for e in lib.iter() {
        let s = &e.scenario;
        let st = s.standard_in(&standards).expect("standard");
        let hidden = s.visit.as_ref().map(|v| v.hidden.clone()).unwrap_or_default();
        let mut visit = Visit::new(&s.household, &hidden, &c, VisitMode::Practice);
        // More time than any visit: take everything.
        let mut big = c.clone();
        big.budget.practice_minutes = 10_000;
        let mut visit_all = Visit::new(&s.household, &hidden, &big, VisitMode::Practice);
        for a in &c.actions {
            visit_all.take(&a.id).expect("time enough");
            let _ = visit.take(&a.id);
        }
        let a = assess(&s.household, st);
        assert_eq!(visit_all.to_verify(&a), 0, "{}", s.scenario.id);
        let v = verdict(&visit_all, st, &model_answer(&a));
        assert!(
            v.fields.iter().all(|f| f.supported && f.right),
            "{}: {:?}",
            s.scenario.id,
            v.fields
        );
        assert!(v.pivotal.is_none(), "{}", s.scenario.id);
        assert_eq!(v.grade.points, v.grade.max);
        assert_eq!(v.points, v.grade.max - v.penalty);
    }
}

fn insurance_household() -> rasoat::rules::household::Household {
    use rasoat::rules::household::Sex;
    let mut h = common::household(2024, 9_000_000);
    h.members = vec![
        common::adult("Lò Văn Páo", 40, Sex::Male),
        common::adult("Lò Thị Mai", 38, Sex::Female),
    ];
    h.members[1].health_insurance = false;
    h
}

#[test]
fn a_right_mark_without_the_facts_is_unsupported_and_costs_points() {
    let st = common::standard("2022-2025");
    let h = insurance_household();
    let c = Catalogue::builtin();
    let a = assess(&h, &st);
    let answer = model_answer(&a);
    // Asked nothing about insurance: the mark is right but has no evidence.
    let mut v = Visit::new(&h, &[], &c, VisitMode::Practice);
    v.take("ask-members").expect("time");
    let verdict_without = verdict(&v, &st, &answer);
    let ins = verdict_without
        .fields
        .iter()
        .find(|f| f.field == Field::Indicator("health_insurance".into()))
        .expect("field");
    assert!(ins.unsupported());
    assert!(ins.missing.contains(&Fact::Member {
        index: 1,
        kind: FactKind::HealthInsurance
    }));
    // One witness is enough to show the indicator deprived.
    v.take("look-cards").expect("time");
    let verdict_with = verdict(&v, &st, &answer);
    let ins = verdict_with
        .fields
        .iter()
        .find(|f| f.field == Field::Indicator("health_insurance".into()))
        .expect("field");
    assert!(ins.supported && ins.right);
    assert_eq!(
        ins.sources,
        vec!["ask-members".to_owned(), "look-cards".to_owned()]
    );
    assert!(verdict_with.penalty < verdict_without.penalty);
}

/// A real Phiếu B is filled for every item of every household: asking about an indicator of the
/// standard is never unneeded, even where nobody in the household is concerned.
#[test]
fn a_question_about_an_indicator_of_the_standard_is_never_unneeded() {
    let st = common::standard("2022-2025");
    let h = insurance_household(); // two adults: no children
    let c = Catalogue::builtin();
    let a = assess(&h, &st);
    let n = needs(&h, &a);
    assert_eq!(
        n[&Fact::Member {
            index: 0,
            kind: FactKind::Nutrition
        }],
        Need::Useful
    );
    let mut v = Visit::new(&h, &[], &c, VisitMode::Practice);
    // Nutrition in a home without children; the disability certificates in a home without
    // disability.
    for id in [
        "ask-members",
        "ask-nutrition",
        "look-growth-book",
        "look-disability-certificate",
    ] {
        v.take(id).expect("time");
    }
    let out = verdict(&v, &st, &model_answer(&a));
    assert_eq!(out.unneeded, Vec::<String>::new());
    assert!(!out.out_of_time);
    let unsupported = out.fields.iter().filter(|f| f.unsupported()).count() as u32;
    assert_eq!(
        out.penalty,
        unsupported * c.rubric.unsupported_points,
        "no point off for asking about indicators of the standard"
    );
    // The labour contracts in a home where nobody works for wages.
    let mut h2 = h.clone();
    for m in &mut h2.members {
        m.work = rasoat::rules::household::Work::SelfEmployed;
    }
    let a2 = assess(&h2, &st);
    let mut v2 = Visit::new(&h2, &[], &c, VisitMode::Practice);
    let t = v2.take("look-labour-contract").expect("time");
    assert!(t.shown.is_empty(), "nobody here has a labour contract to show");
    assert_eq!(
        verdict(&v2, &st, &model_answer(&a2)).unneeded,
        Vec::<String>::new()
    );
}

/// A question about an indicator the standard does not have costs the rubric's points: sickness
/// under 2022–2025 (it was an indicator of 2016–2020), the information means under 2026–2030.
#[test]
fn a_question_about_an_indicator_the_standard_lacks_is_unneeded() {
    let h = insurance_household();
    let c = Catalogue::builtin();
    let sick = Fact::Member {
        index: 0,
        kind: FactKind::Sickness,
    };
    for (standard, lacking, kept) in [
        ("2022-2025", "ask-sickness", "look-yard"),
        ("2022-2025", "ask-waste", "ask-information"),
        ("2026-2030", "ask-information", "look-yard"),
    ] {
        let st = common::standard(standard);
        let a = assess(&h, &st);
        let mut base = Visit::new(&h, &[], &c, VisitMode::Practice);
        base.take("ask-members").expect("time");
        base.take(kept).expect("time");
        let mut v = base.clone();
        v.take(lacking).expect("time");
        let answer = model_answer(&a);
        let without = verdict(&base, &st, &answer);
        let with = verdict(&v, &st, &answer);
        assert_eq!(without.unneeded, Vec::<String>::new(), "{standard}: {kept}");
        assert_eq!(with.unneeded, vec![lacking.to_owned()], "{standard}");
        assert_eq!(
            with.penalty,
            without.penalty + c.rubric.unneeded_points,
            "{standard}: {lacking}"
        );
    }
    let st = common::standard("2022-2025");
    assert_eq!(needs(&h, &assess(&h, &st))[&sick], Need::Unneeded);
    // Under 2016–2020 sickness is an indicator: the same question is needed.
    let st = common::standard("2016-2020");
    let a = assess(&h, &st);
    assert_ne!(needs(&h, &a)[&sick], Need::Unneeded);
    let mut v = Visit::new(&h, &[], &c, VisitMode::Practice);
    v.take("ask-sickness").expect("time");
    assert_eq!(verdict(&v, &st, &model_answer(&a)).unneeded, Vec::<String>::new());
}

/// A household with a paper of every kind: a wage worker with a contract aged 61 years 3 months,
/// one without a contract and severely disabled, a self-employed member with a mild disability,
/// a child; and a pension, which no paper shows.
fn papers_household() -> rasoat::rules::household::Household {
    use rasoat::rules::household::{Disability, IncomeSource, Sex, Work};
    let mut h = common::household(2024, 6_000_000);
    h.members = vec![
        common::adult("Lò Văn Páo", 61, Sex::Male),
        common::adult("Lò Thị Mai", 38, Sex::Female),
        common::adult("Lò Văn Sáng", 20, Sex::Male),
        common::child("Lò Thị Hoa", 8, Sex::Female),
    ];
    h.members[0].age_months = 3;
    h.members[1].work = Work::WageWithoutContract;
    h.members[1].disability = Disability::Severe;
    h.members[1].social_allowance = true;
    h.members[2].work = Work::SelfEmployed;
    h.members[2].disability = Disability::Mild;
    h.members[2].education = rasoat::rules::household::Education::LowerSecondary;
    h.members[2].vocational_certificate = true;
    h.income.push(IncomeSource {
        source: IncomeKind::Pension,
        monthly_vnd: Some(2_000_000),
        annual_vnd: None,
    });
    h
}

/// Each paper is a look, like the health insurance cards, and shows exactly the facts the
/// household file holds that such a paper would: the identity cards or residence record the
/// members and their ages; the disability certificate each member's level; the labour contract
/// the work of each wage worker (contract or none); the social-insurance book the work of each
/// member employed under a contract; the allowance decision who receives a monthly allowance; the
/// diplomas what each member finished, as asking would — never a pension or an income.
#[test]
fn each_paper_reveals_exactly_its_facts() {
    use rasoat::field::visit::{ActionKind, reveals};
    let h = papers_household();
    let c = Catalogue::builtin();
    let member = |index, kind| Fact::Member { index, kind };
    let cases = [
        (
            "look-residence",
            "members",
            vec![Fact::House {
                kind: FactKind::Roster,
            }],
        ),
        (
            "look-disability-certificate",
            "disability",
            (0..4).map(|i| member(i, FactKind::Disability)).collect(),
        ),
        (
            "look-labour-contract",
            "work",
            vec![member(0, FactKind::Work), member(1, FactKind::Work)],
        ),
        (
            "look-social-insurance-book",
            "work",
            vec![member(0, FactKind::Work)],
        ),
        (
            "look-allowance-decision",
            "disability",
            (0..4).map(|i| member(i, FactKind::Allowance)).collect(),
        ),
        (
            "look-diplomas",
            "learning",
            reveals(c.action("ask-education").expect("question"), &h, &[]),
        ),
    ];
    for (id, group, facts) in cases {
        let a = c.action(id).expect("a paper of the catalogue");
        assert_eq!(a.kind, ActionKind::Look, "{id}");
        assert_eq!(a.group, group, "{id}");
        assert!(a.minutes > 0, "{id}");
        assert!(a.sources.is_empty(), "{id} brings up no income");
        assert_eq!(reveals(a, &h, &[]), facts, "{id}");
        let mut v = Visit::new(&h, &[], &c, VisitMode::Practice);
        let t = v.take(id).expect("time");
        assert_eq!(t.new, facts, "{id}");
        assert_eq!(v.minutes_used(), a.minutes, "{id}");
    }
    // A scenario cannot make a paper reveal the fact of a member who has no such paper.
    let spec = |member: usize| VisitSpec {
        hidden: vec![Hidden {
            fact: FactKind::Work,
            member: Some(member),
            source: None,
            revealed_by: "look-labour-contract".into(),
        }],
    };
    assert_eq!(spec(2).problems(&h, &c), vec![]);
    let problems = spec(3).problems(&h, &c);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "visit.hidden[0].revealed_by");
}

/// Each paper's answer is worded from the household's data, in both languages.
#[test]
fn each_paper_words_its_answer_from_the_household_in_both_languages() {
    use rasoat::field::visit::reveals;
    use rasoat::training::scenario::Region;
    use rasoat::words::explain::value;
    use rasoat::words::i18n::{Lang, Texts};
    use rasoat::words::visit::answer;
    let h = papers_household();
    let c = Catalogue::builtin();
    let mut nobody = h.clone();
    for m in &mut nobody.members {
        m.work = rasoat::rules::household::Work::SelfEmployed;
        m.disability = rasoat::rules::household::Disability::None;
        m.social_allowance = false;
    }
    let say = |t: &Texts, h: &rasoat::rules::household::Household, id: &str| {
        let a = c.action(id).expect("action");
        answer(
            t,
            h,
            &c,
            Region::NorthernMidlandsMountains,
            a,
            &reveals(a, h, &[]),
        )
    };
    let t = Texts::new(Lang::Vi);
    let severe = value(&t, "disability", "severe");
    let mild = value(&t, "disability", "mild");
    assert_eq!(
        say(&t, &h, "look-residence"),
        vec![
            "Giấy tờ ghi hộ có 4 người:".to_owned(),
            "Lò Văn Páo, 61 tuổi 3 tháng, nam".to_owned(),
            "Lò Thị Mai, 38 tuổi, nữ".to_owned(),
            "Lò Văn Sáng, 20 tuổi, nam".to_owned(),
            "Lò Thị Hoa, 8 tuổi, nữ".to_owned(),
            "(Giấy tờ chỉ để đối chiếu: thành viên hộ là những người cùng ăn, cùng ở; hỏi lại khi giấy tờ và thực tế khác nhau.)".to_owned(),
        ]
    );
    assert_eq!(
        say(&t, &h, "look-disability-certificate"),
        vec![
            format!("Giấy xác nhận khuyết tật của Lò Thị Mai ghi mức độ: {severe}."),
            format!("Giấy xác nhận khuyết tật của Lò Văn Sáng ghi mức độ: {mild}."),
        ]
    );
    assert_eq!(
        say(&t, &nobody, "look-disability-certificate"),
        vec!["Nhà không có ai có giấy xác nhận khuyết tật.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-labour-contract"),
        vec![
            "Hợp đồng lao động của Lò Văn Páo đang còn hiệu lực.".to_owned(),
            "Lò Thị Mai làm công ăn lương nhưng không có hợp đồng lao động.".to_owned(),
        ]
    );
    assert_eq!(
        say(&t, &nobody, "look-labour-contract"),
        vec!["Không ai trong nhà làm công ăn lương, nên không có hợp đồng lao động để xem.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-social-insurance-book"),
        vec!["Sổ BHXH của Lò Văn Páo ghi đang làm việc theo hợp đồng lao động.".to_owned()]
    );
    assert_eq!(
        say(&t, &nobody, "look-social-insurance-book"),
        vec!["Không ai trong nhà có sổ BHXH ghi đang làm việc theo hợp đồng lao động.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-allowance-decision"),
        vec!["Có quyết định hưởng trợ cấp xã hội hằng tháng: Lò Thị Mai.".to_owned()]
    );
    assert_eq!(
        say(&t, &nobody, "look-allowance-decision"),
        vec!["Nhà không có ai có quyết định hưởng trợ cấp xã hội hằng tháng.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-diplomas"),
        vec![
            "Bằng cấp của Lò Văn Páo: tốt nghiệp trung học phổ thông (THPT).".to_owned(),
            "Bằng cấp của Lò Thị Mai: tốt nghiệp trung học phổ thông (THPT).".to_owned(),
            "Bằng cấp của Lò Văn Sáng: tốt nghiệp trung học cơ sở (THCS), có chứng chỉ nghề.".to_owned(),
        ]
    );
    let t = Texts::new(Lang::En);
    let severe = value(&t, "disability", "severe");
    let mild = value(&t, "disability", "mild");
    assert_eq!(
        say(&t, &h, "look-residence"),
        vec![
            "The papers list 4 members:".to_owned(),
            "Lò Văn Páo, 61 years 3 months old, male".to_owned(),
            "Lò Thị Mai, 38 years old, female".to_owned(),
            "Lò Văn Sáng, 20 years old, male".to_owned(),
            "Lò Thị Hoa, 8 years old, female".to_owned(),
            "(The papers are for checking only: the household is the people who live and eat together; ask again where papers and reality differ.)".to_owned(),
        ]
    );
    assert_eq!(
        say(&t, &h, "look-disability-certificate"),
        vec![
            format!("Lò Thị Mai's disability certificate gives the level: {severe}."),
            format!("Lò Văn Sáng's disability certificate gives the level: {mild}."),
        ]
    );
    assert_eq!(
        say(&t, &nobody, "look-disability-certificate"),
        vec!["Nobody here has a disability certificate.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-labour-contract"),
        vec![
            "Lò Văn Páo's labour contract is in force.".to_owned(),
            "Lò Thị Mai works for wages but has no labour contract.".to_owned(),
        ]
    );
    assert_eq!(
        say(&t, &nobody, "look-labour-contract"),
        vec!["Nobody here works for wages, so there is no labour contract to check.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-social-insurance-book"),
        vec!["Lò Văn Páo's social insurance book shows work under a labour contract.".to_owned()]
    );
    assert_eq!(
        say(&t, &nobody, "look-social-insurance-book"),
        vec!["Nobody here has a social insurance book showing work under a labour contract.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-allowance-decision"),
        vec!["A decision on a monthly social allowance for: Lò Thị Mai.".to_owned()]
    );
    assert_eq!(
        say(&t, &nobody, "look-allowance-decision"),
        vec!["Nobody here has a decision on a monthly social allowance.".to_owned()]
    );
    assert_eq!(
        say(&t, &h, "look-diplomas"),
        vec![
            "Lò Văn Páo's diplomas: completed upper secondary school (THPT).".to_owned(),
            "Lò Thị Mai's diplomas: completed upper secondary school (THPT).".to_owned(),
            "Lò Văn Sáng's diplomas: completed lower secondary school (THCS), has a vocational certificate."
                .to_owned(),
        ]
    );
}

#[test]
fn a_hidden_remittance_is_told_only_when_relatives_away_are_asked() {
    let mut h = insurance_household();
    h.income.push(rasoat::rules::household::IncomeSource {
        source: IncomeKind::Remittance,
        monthly_vnd: Some(3_000_000),
        annual_vnd: None,
    });
    let hidden = vec![Hidden {
        fact: FactKind::Income,
        member: None,
        source: Some(IncomeKind::Remittance),
        revealed_by: "look-cards".into(),
    }];
    let c = Catalogue::builtin();
    let remittance = Fact::Income {
        index: h.income.len() - 1,
    };
    let mut v = Visit::new(&h, &hidden, &c, VisitMode::Practice);
    let t = v.take("ask-relatives-away").expect("time");
    assert!(!t.shown.contains(&remittance), "hidden from the usual question");
    let t = v.take("look-cards").expect("time");
    assert!(
        t.new.contains(&remittance),
        "shown by the action the trainer named"
    );
}

#[test]
fn the_pivotal_fact_is_the_missed_income_that_moves_the_class() {
    use rasoat::rules::assess::Class;
    let st = common::standard("2022-2025");
    let mut h = insurance_household();
    // Poor without the remittance, not poor with it.
    h.income = vec![
        rasoat::rules::household::IncomeSource {
            source: IncomeKind::Agriculture,
            monthly_vnd: Some(1_000_000),
            annual_vnd: None,
        },
        rasoat::rules::household::IncomeSource {
            source: IncomeKind::Remittance,
            monthly_vnd: Some(4_000_000),
            annual_vnd: None,
        },
    ];
    let a = assess(&h, &st);
    assert_ne!(a.class, Class::Poor);
    assert_ne!(a.class, Class::NearPoor);
    let c = Catalogue::builtin();
    let mut v = Visit::new(&h, &[], &c, VisitMode::Practice);
    for id in ["ask-members", "ask-income-farm", "ask-income-work", "look-cards"] {
        v.take(id).expect("time");
    }
    let out = verdict(&v, &st, &model_answer(&a));
    let p = out.pivotal.expect("a pivotal fact");
    assert_eq!(p.fact, Fact::Income { index: 1 });
    assert_eq!(p.revealed_by, vec!["ask-relatives-away".to_owned()]);
    assert!(matches!(p.class_without, Class::Poor | Class::NearPoor));
    assert!(out.missed_actions.contains(&"ask-relatives-away".to_owned()));
}

#[test]
fn time_runs_out_and_costs_points() {
    let st = common::standard("2022-2025");
    let h = insurance_household();
    let c = Catalogue::builtin();
    let mut v = Visit::new(&h, &[], &c, VisitMode::Exam);
    let mut refused = false;
    for a in &c.actions {
        if v.take(&a.id).is_err() {
            refused = true;
        }
    }
    assert!(refused, "the exam budget does not cover every action");
    assert!(v.minutes_used() <= v.budget());
    let a = assess(&h, &st);
    let out = verdict(&v, &st, &model_answer(&a));
    assert_eq!(out.out_of_time, v.out_of_time());
}

#[test]
fn a_visit_is_its_list_of_actions() {
    let h = insurance_household();
    let c = Catalogue::builtin();
    let mut v = Visit::new(&h, &[], &c, VisitMode::Practice);
    for id in ["ask-members", "ask-work", "look-structure"] {
        v.take(id).expect("time");
    }
    let again = Visit::new(&h, &[], &c, VisitMode::Practice).replay(v.taken());
    assert_eq!(again.known(), v.known());
    assert_eq!(again.minutes_used(), v.minutes_used());
}

#[test]
fn required_facts_follow_the_engine() {
    let st = common::standard("2022-2025");
    let h = insurance_household();
    let a = assess(&h, &st);
    let r = requirements(&h, &a);
    let income = r.iter().find(|r| r.field == Field::Income).expect("income");
    assert!(income.all_of.contains(&Fact::House {
        kind: FactKind::Roster
    }));
    assert_eq!(r.len(), st.indicators.len() + 1);
}

#[test]
fn materials_follow_the_standard_table_and_disagreements_are_errors() {
    let standards = common::standards();
    for st in standards.all() {
        let t = st.materials.as_ref().expect("material table");
        assert!(t.provenance.is_provisional(), "the table is marked P");
        assert_eq!(
            t.durability(Structure::Roof, Material::Leaf),
            Some(Durability::NonDurable)
        );
        assert_eq!(
            t.durability(Structure::Wall, Material::Brick),
            Some(Durability::Durable)
        );
        assert_eq!(t.durability(Structure::Frame, Material::Leaf), None);
    }
    let text = std::fs::read_to_string("scenarios/an-giang-rice-2022.toml").expect("scenario");
    assert!(!text.contains("wall_material"));
    let wall = text
        .lines()
        .find(|l| l.starts_with("wall = "))
        .expect("wall line")
        .to_owned();
    let stated_durable = wall.contains("\"durable\"");
    let wrong = if stated_durable { "bamboo" } else { "brick" };
    let right = if stated_durable { "brick" } else { "bamboo" };
    let with = |m: &str| text.replacen(&wall, &format!("{wall}\nwall_material = \"{m}\""), 1);
    rasoat::training::scenario::parse_scenario("a.toml", &with(right), &standards)
        .expect("agreeing material");
    let e = rasoat::training::scenario::parse_scenario("a.toml", &with(wrong), &standards)
        .expect_err("disagrees");
    assert_eq!(e.path, "household.dwelling.wall_material");
    assert!(e.line > 0 && e.column > 0);
}

/// The material table and a dwelling's materials are never read by the engine: they change no
/// recorded answer's hash, so results files written before them keep scoring.
#[test]
fn materials_change_no_answer_hash() {
    use rasoat::training::session::{content_hash, content_hash_of_rules};
    let standards = common::standards();
    let lib = library(&standards);
    let s = lib.scenario("hmong-ha-giang-2021").expect("scenario");
    assert!(s.household.dwelling.wall_material.is_some());
    let st = s.standard_in(&standards).expect("standard");
    let mut bare = s.clone();
    bare.household.dwelling.wall_material = None;
    bare.household.dwelling.frame_material = None;
    bare.household.dwelling.roof_material = None;
    let mut st_bare = st.clone();
    st_bare.materials = None;
    assert_eq!(
        content_hash_of_rules(s, st),
        content_hash_of_rules(&bare, &st_bare)
    );
    assert_eq!(content_hash(s, &st.id), content_hash(&bare, &st.id));
    // And the rest of the household still counts.
    bare.household.dwelling.floor_area_m2 += 1.0;
    assert_ne!(
        content_hash_of_rules(s, st),
        content_hash_of_rules(&bare, &st_bare)
    );
}

/// `rasoat village` with no session running starts a results file for the trainee of this
/// computer, and the visits written there never drop what the app wrote in the meantime.
#[test]
fn the_village_records_visits_in_the_trainee_results_file_beside_the_app() {
    use rasoat::launch::{Request, prepare, write_visits};
    use rasoat::store::places::Places;
    use rasoat::training::session::{Trainee, parse_results};
    let dir = common::scratch("village-launch");
    let places = Places {
        settings: Some(dir.join("settings.toml")),
        scenarios: Some(dir.join("scenarios")),
        results: Some(dir.join("results")),
    };
    let standards = common::standards();
    // No trainee known: nothing to record in.
    let launch = prepare(&standards, &places, &Request::default()).expect("launch");
    assert!(launch.persist.is_none());
    rasoat::store::settings::Settings {
        trainee: Some(Trainee {
            name: "Lò Thị Mai".into(),
            commune: "Xã Pà Cò".into(),
            district: String::new(),
            province: "Phú Thọ".into(),
        }),
        ..Default::default()
    }
    .save(places.settings.as_deref().expect("path"))
    .expect("settings");
    let mut launch = prepare(&standards, &places, &Request::default()).expect("launch");
    assert_eq!(launch.file.village.id, "ban-na-luong");
    assert!(!launch.homes.is_empty());
    let home = &launch.homes[0];
    let record = rasoat::training::session::VisitRecord {
        id: format!("ban-na-luong/{}/1", home.id),
        village: "ban-na-luong".into(),
        village_name: "Bản Nà Lường".into(),
        home: home.id.clone(),
        standard: "2022-2025".into(),
        mode: VisitMode::Practice,
        started_at: 1,
        household: home.household.clone(),
        hidden: vec![],
        actions: vec!["ask-members".into()],
        form: None,
    };
    let persist = launch.persist.as_mut().expect("a results file");
    persist(std::slice::from_ref(&record), &[]).expect("written");
    let files: Vec<_> = std::fs::read_dir(dir.join("results"))
        .expect("folder")
        .flatten()
        .collect();
    assert_eq!(files.len(), 1);
    let path = files[0].path();
    let read = |p: &std::path::Path| {
        parse_results("r.json", &std::fs::read_to_string(p).expect("file")).expect("results")
    };
    let r = read(&path);
    assert_eq!(r.visits, vec![record.clone()]);
    assert_eq!(r.trainee.name, "Lò Thị Mai");
    // The app answers a scenario and writes the file (without the visit, which it never saw)…
    let mut from_app = r.clone();
    from_app.visits.clear();
    let lib = library(&standards);
    let s = lib.scenario("lang-son-nung-2025").expect("scenario");
    from_app.record(
        s,
        "2022-2025",
        rasoat::training::session::Try {
            submitted_at: 2,
            seconds: 30,
            income_per_person_month_vnd: None,
            deprived: vec![],
            class: None,
        },
    );
    let mut merged = from_app.clone();
    rasoat::training::session::merge_visits(&mut merged, &r);
    std::fs::write(&path, merged.to_json().expect("json")).expect("write");
    // …and the village, one question later, keeps the app's answer.
    let mut further = record.clone();
    further.actions.push("ask-work".into());
    write_visits(&path, &r, std::slice::from_ref(&further), &[]).expect("written");
    let r = read(&path);
    assert_eq!(r.answers.len(), 1, "the app's answer is kept");
    assert_eq!(r.visits, vec![further]);
}

/// `--standard` moves a village whose review year the standard does not cover to the first year
/// in which every kind of review runs under it: 2027 for 2026–2030 (2026 is the periodic review's
/// only), 2016 for 2016–2020; a year the standard covers is kept.
#[test]
fn another_standard_moves_the_village_to_a_year_every_review_runs_under_it() {
    use rasoat::launch::{Request, prepare};
    use rasoat::store::places::Places;
    let dir = common::scratch("village-standard-year");
    let places = Places {
        settings: Some(dir.join("settings.toml")),
        scenarios: Some(dir.join("scenarios")),
        results: Some(dir.join("results")),
    };
    let standards = common::standards();
    let year = |standard: Option<&str>| {
        let req = Request {
            builtin: Some("ban-na-luong".into()),
            standard: standard.map(str::to_owned),
            ..Request::default()
        };
        let launch = prepare(&standards, &places, &req).expect("launch");
        (
            launch.file.village.standard.clone(),
            launch.file.village.review_year,
        )
    };
    assert_eq!(year(None), ("2022-2025".into(), 2022));
    assert_eq!(year(Some("2022-2025")), ("2022-2025".into(), 2022));
    assert_eq!(year(Some("2026-2030")), ("2026-2030".into(), 2027));
    assert_eq!(year(Some("2016-2020")), ("2016-2020".into(), 2016));
}
