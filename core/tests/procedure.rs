//! The review procedure engine, headless: the meeting rule at 49, 50 and 51 %, a meeting without
//! the Fatherland Front, minutes, posting and complaints, final lists and status changes, the
//! regular review's deadline over weekends, and every rule read from the standard files.

mod common;

use rasoat_core::field::procedure::{
    Action, Campaign, Change, Check, ComplaintKind, Day, Entrant, Kind, ListName, Outcome, Request, Setup,
    Stage, Status, Tally, lists_for, meeting_accepts,
};
use rasoat_core::field::village::campaign_setup;
use rasoat_core::rules::assess::Class;
use rasoat_core::rules::standard::{BUILTIN, DayCount, Over, Place, Role, Standard, Tag, parse_standard};
use rasoat_core::training::service::Library;
use rasoat_core::training::villages::{BUILTIN_VILLAGES, homes, parse_village};

const INVITED: [Role; 7] = [
    Role::CommuneSteeringCommittee,
    Role::PovertyOfficial,
    Role::PartyCellSecretary,
    Role::MassOrganisations,
    Role::Reviewers,
    Role::HouseholdRepresentatives,
    Role::FatherlandFront,
];

fn entrant(id: &str, previous: Status, truth: Class) -> Entrant {
    Entrant {
        id: id.into(),
        previous,
        request: None,
        truth,
        neighbours: truth,
        complaint: None,
    }
}

fn setup(kind: Kind, start: Day, households: Vec<Entrant>) -> Setup {
    Setup {
        kind,
        standard: "2022-2025".into(),
        seed: 7,
        start,
        households,
    }
}

fn tally(agree: u32, attendees: u32) -> Tally {
    Tally {
        attendees,
        agree,
        households: attendees / 2,
        agree_households: attendees / 2,
    }
}

fn wrong(c: &Campaign) -> Vec<&Check> {
    c.judged
        .iter()
        .filter(|j| j.outcome == Outcome::Wrong)
        .map(|j| &j.check)
        .collect()
}

fn find<'a>(c: &'a Campaign, key: &str) -> Vec<&'a rasoat_core::field::procedure::Judged> {
    c.judged.iter().filter(|j| j.check.key() == key).collect()
}

#[test]
fn the_meeting_rule_at_49_50_and_51_percent_of_attendees() {
    let s = common::standard("2022-2025");
    let pct = s
        .procedure
        .as_ref()
        .and_then(|p| p.meeting_min_agreement_percent)
        .expect("as set up");
    assert_eq!(pct, 50);
    assert!(!meeting_accepts(&tally(49, 100), Over::Attendees, pct));
    assert!(meeting_accepts(&tally(50, 100), Over::Attendees, pct));
    assert!(meeting_accepts(&tally(51, 100), Over::Attendees, pct));
    // 19 of 40 is 47.5 %; 20 of 40 is exactly half.
    assert!(!meeting_accepts(&tally(19, 40), Over::Attendees, pct));
    assert!(meeting_accepts(&tally(20, 40), Over::Attendees, pct));
    // 20 of 41 is 48.8 %: one short, with no rounding.
    assert!(!meeting_accepts(&tally(20, 41), Over::Attendees, pct));
    assert!(!meeting_accepts(&tally(0, 0), Over::Attendees, pct));
}

/// Plays a periodic campaign of two households to the meeting and returns it.
fn to_the_meeting(s: &Standard, invited: &[Role]) -> Campaign {
    let mut asks = entrant("b", Status::None, Class::Poor);
    asks.request = Some(Request::Review);
    let mut c = Campaign::new(setup(
        Kind::Periodic,
        Day::new(2024, 9, 2).expect("as set up"),
        vec![entrant("a", Status::Poor, Class::NearPoor), asks],
    ));
    c.apply(
        Action::List {
            ids: vec!["a".into(), "b".into()],
        },
        s,
    )
    .expect("as set up");
    c.apply(
        Action::Propose {
            id: "a".into(),
            class: Class::NearPoor,
        },
        s,
    )
    .expect("as set up");
    c.apply(
        Action::Propose {
            id: "b".into(),
            class: Class::Poor,
        },
        s,
    )
    .expect("as set up");
    assert_eq!(c.stage, Stage::Meeting);
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: invited.to_vec(),
        },
        s,
    )
    .expect("as set up");
    c
}

/// The conclusion the rule asks for, from the tally the crowd gave.
fn conclude_rightly(c: &mut Campaign, s: &Standard, id: &str) -> bool {
    c.apply(Action::Present { id: id.into() }, s).expect("as set up");
    let t = c
        .meetings
        .last()
        .expect("as set up")
        .votes
        .last()
        .expect("as set up")
        .tally;
    let accepted = meeting_accepts(&t, Over::Attendees, 50);
    c.apply(
        Action::Conclude {
            id: id.into(),
            over: Over::Attendees,
            accepted,
        },
        s,
    )
    .expect("as set up");
    accepted
}

#[test]
fn a_conclusion_is_judged_by_the_share_of_attendees_not_of_households() {
    let s = common::standard("2022-2025");
    let mut c = to_the_meeting(&s, &INVITED);
    assert!(wrong(&c).is_empty(), "{:?}", wrong(&c));
    let m = c.meetings.last().expect("as set up");
    assert!(m.attendees > m.households && m.households > 0);
    c.apply(Action::Present { id: "a".into() }, &s)
        .expect("as set up");
    let t = c.meetings.last().expect("as set up").votes[0].tally;
    // Counting over households is wrong whatever the result.
    c.apply(
        Action::Conclude {
            id: "a".into(),
            over: Over::Households,
            accepted: meeting_accepts(&t, Over::Attendees, 50),
        },
        &s,
    )
    .expect("as set up");
    let basis = find(&c, "share_basis");
    assert_eq!(basis.len(), 1);
    assert_eq!(basis[0].outcome, Outcome::Wrong);
    assert_eq!(basis[0].provenance.tag, Tag::C);
    assert!(basis[0].provenance.source.contains("Điều 4"));
    assert_eq!(find(&c, "conclusion")[0].outcome, Outcome::Right);
}

#[test]
fn accepting_below_half_is_wrong_and_a_rejected_household_goes_back_to_the_survey() {
    let s = common::standard("2022-2025");
    let mut c = to_the_meeting(&s, &INVITED);
    // The neighbours believe "b" is near-poor: a "poor" proposal gets few votes.
    c.setup.households[1].neighbours = Class::NearPoor;
    c.apply(Action::Present { id: "b".into() }, &s)
        .expect("as set up");
    let t = c.meetings.last().expect("as set up").votes[0].tally;
    assert!(!meeting_accepts(&t, Over::Attendees, 50), "{t:?}");
    c.apply(
        Action::Conclude {
            id: "b".into(),
            over: Over::Attendees,
            accepted: true,
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "conclusion")[0].outcome, Outcome::Wrong);

    // Again, applying the rule: back to the survey and to another meeting.
    let mut c = to_the_meeting(&s, &INVITED);
    c.setup.households[1].neighbours = Class::NearPoor;
    assert!(conclude_rightly(&mut c, &s, "a"));
    assert!(!conclude_rightly(&mut c, &s, "b"));
    c.apply(
        Action::Minutes {
            copies: 2,
            signers: vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives],
        },
        &s,
    )
    .expect("as set up");
    assert!(wrong(&c).is_empty(), "{:?}", wrong(&c));
    assert_eq!(c.stage, Stage::Survey);
    assert_eq!(c.to_survey(), vec!["b".to_string()]);
    c.apply(
        Action::Propose {
            id: "b".into(),
            class: Class::NearPoor,
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(c.stage, Stage::Meeting);
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: INVITED.to_vec(),
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(c.to_present(), vec!["b".to_string()]);
    assert!(conclude_rightly(&mut c, &s, "b"));
    assert_eq!(c.meetings.len(), 2);
}

#[test]
fn a_meeting_without_the_fatherland_front_is_an_error_in_2022_2025_only() {
    let s = common::standard("2022-2025");
    let without: Vec<Role> = INVITED
        .iter()
        .copied()
        .filter(|r| *r != Role::FatherlandFront)
        .collect();
    let c = to_the_meeting(&s, &without);
    let ff = find(&c, "fatherland_front");
    assert_eq!(ff.len(), 1);
    assert_eq!(ff[0].outcome, Outcome::Wrong);
    assert_eq!(ff[0].provenance.tag, Tag::C);
    assert!(matches!(
        ff[0].check,
        Check::FatherlandFront {
            invited: false,
            required: true
        }
    ));
    // A wrong chair and a missing party-cell secretary are errors of their own.
    let mut c = Campaign::new(setup(
        Kind::Periodic,
        Day::new(2024, 9, 2).expect("as set up"),
        vec![entrant("a", Status::Poor, Class::Poor)],
    ));
    c.apply(
        Action::List {
            ids: vec!["a".into()],
        },
        &s,
    )
    .expect("as set up");
    c.apply(
        Action::Propose {
            id: "a".into(),
            class: Class::Poor,
        },
        &s,
    )
    .expect("as set up");
    c.apply(
        Action::Prepare {
            chair: Role::CommuneChairman,
            invited: vec![Role::FatherlandFront, Role::HouseholdRepresentatives],
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "chair")[0].outcome, Outcome::Wrong);
    match &find(&c, "invited")[0].check {
        Check::Invited { missing } => assert!(missing.contains(&Role::PartyCellSecretary)),
        other => panic!("{other:?}"),
    }

    // 2016–2020 did not require the Front: nothing to judge (shown, not scored), and the share
    // is not judged (no percentage is known).
    let old = common::standard("2016-2020");
    let c = to_the_meeting(&old, &without);
    assert_eq!(find(&c, "fatherland_front")[0].outcome, Outcome::NotJudged);
    let mut c = c;
    c.apply(Action::Present { id: "a".into() }, &old)
        .expect("as set up");
    c.apply(
        Action::Conclude {
            id: "a".into(),
            over: Over::Attendees,
            accepted: true,
        },
        &old,
    )
    .expect("as set up");
    assert!(find(&c, "share_basis").is_empty());
    assert_eq!(find(&c, "conclusion")[0].outcome, Outcome::NotJudged);
}

#[test]
fn minutes_without_signatures_are_an_error() {
    let s = common::standard("2022-2025");
    let mut c = to_the_meeting(&s, &INVITED);
    for id in ["a", "b"] {
        c.apply(Action::Present { id: id.into() }, &s).expect("as set up");
        c.apply(
            Action::Conclude {
                id: id.into(),
                over: Over::Attendees,
                accepted: true,
            },
            &s,
        )
        .expect("as set up");
    }
    c.apply(
        Action::Minutes {
            copies: 1,
            signers: vec![Role::Chair],
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "minutes_copies")[0].outcome, Outcome::Wrong);
    match &find(&c, "minutes_signers")[0].check {
        Check::MinutesSigners { missing } => {
            assert_eq!(missing, &vec![Role::Secretary, Role::HouseholdRepresentatives])
        }
        other => panic!("{other:?}"),
    }
}

/// A whole periodic campaign: listing, a complaint that changes a class on re-check, the
/// report, and the final lists with their status changes.
#[test]
fn a_complaint_changes_a_class_after_recheck_and_the_final_lists_follow() {
    let s = common::standard("2022-2025");
    let mut hidden_income = entrant("c", Status::Poor, Class::NearPoor);
    hidden_income.complaint = Some(ComplaintKind::NeighbourIncome);
    let mut requested = entrant("d", Status::None, Class::Poor);
    requested.request = Some(Request::Review);
    let households = vec![
        entrant("a", Status::Poor, Class::Poor),
        entrant("b", Status::NearPoor, Class::None),
        hidden_income,
        requested,
        entrant("e", Status::None, Class::None),
        entrant("f", Status::NearPoor, Class::Poor),
    ];
    let mut c = Campaign::new(setup(
        Kind::Periodic,
        Day::new(2024, 9, 2).expect("as set up"),
        households,
    ));
    // "e" is on neither list and asked for nothing: listing it is an error.
    let ids = ["a", "b", "c", "d", "e", "f"].map(String::from).to_vec();
    c.apply(Action::List { ids }, &s).expect("as set up");
    let listed = find(&c, "listed");
    assert_eq!(listed.len(), 6);
    let wrong_listed: Vec<_> = listed.iter().filter(|j| j.outcome == Outcome::Wrong).collect();
    assert_eq!(wrong_listed.len(), 1);
    assert!(matches!(&wrong_listed[0].check, Check::Listed { id, should: false, .. } if id == "e"));

    // The survey: the trainee misses "c"'s hidden income (proposes poor).
    for (id, class) in [
        ("a", Class::Poor),
        ("b", Class::None),
        ("c", Class::Poor),
        ("d", Class::Poor),
        ("e", Class::None),
        ("f", Class::Poor),
    ] {
        c.apply(Action::Propose { id: id.into(), class }, &s)
            .expect("as set up");
    }
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: INVITED.to_vec(),
        },
        &s,
    )
    .expect("as set up");
    // The neighbours believed what the trainee proposed for "c" (the income was hidden from them
    // too), so every proposal passes.
    c.setup.households[2].neighbours = Class::Poor;
    for id in ["a", "b", "c", "d", "e", "f"] {
        assert!(conclude_rightly(&mut c, &s, id), "{id}");
    }
    c.apply(
        Action::Minutes {
            copies: 2,
            signers: vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives],
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(c.stage, Stage::Posting);
    c.apply(
        Action::Post {
            places: vec![Place::CulturalHouse, Place::CommuneOffice],
            days: 3,
        },
        &s,
    )
    .expect("as set up");
    let posting_days = find(&c, "posting_days");
    assert_eq!(posting_days[0].outcome, Outcome::Right);
    assert_eq!(
        posting_days[0].provenance.tag,
        Tag::P,
        "3 working days is not confirmed"
    );
    assert_eq!(c.complaints.len(), 1);
    assert_eq!(c.complaints[0].id, "c");
    // The re-check finds the income: near-poor now.
    c.apply(
        Action::Recheck {
            id: "c".into(),
            class: Class::NearPoor,
        },
        &s,
    )
    .expect("as set up");
    match &find(&c, "recheck")[0].check {
        Check::Recheck {
            earlier, now, truth, ..
        } => {
            assert_eq!(*earlier, Some(Class::Poor));
            assert_eq!(*now, Class::NearPoor);
            assert_eq!(*truth, Class::NearPoor);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(c.agreed_class("c"), Some(Class::NearPoor));
    c.apply(Action::EndPosting, &s).expect("as set up");
    assert_eq!(c.stage, Stage::Report);
    // Autumn 2024: the district still exists and is consulted.
    c.apply(
        Action::Report {
            consulted: Some(Role::DistrictChairman),
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "consulted")[0].outcome, Outcome::Right);

    let expected: Vec<(String, Vec<ListName>)> = c
        .lists_from_agreed()
        .into_iter()
        .map(|(id, l)| (id, l.into_iter().collect()))
        .collect();
    let get = |id: &str| {
        expected
            .iter()
            .find(|(h, _)| h == id)
            .expect("as set up")
            .1
            .clone()
    };
    assert_eq!(get("a"), vec![ListName::Poor]);
    assert_eq!(get("b"), vec![ListName::EscapedNearPoverty]);
    assert_eq!(get("c"), vec![ListName::NearPoor, ListName::EscapedPoverty]);
    assert_eq!(get("d"), vec![ListName::Poor]);
    assert_eq!(get("e"), Vec::<ListName>::new());
    assert_eq!(get("f"), vec![ListName::Poor]);
    assert_eq!(
        Change::of(Status::Poor, Class::NearPoor),
        Change::EscapedPovertyToNearPoor
    );
    assert_eq!(Change::of(Status::NearPoor, Class::Poor), Change::FellIntoPoverty);
    assert_eq!(Change::of(Status::None, Class::Poor), Change::NewPoor);
    assert_eq!(
        Change::of(Status::NearPoor, Class::AverageLivingStandard),
        Change::EscapedNearPoverty
    );

    // The decision forgets that "b" escaped near-poverty.
    let mut lists = expected.clone();
    lists
        .iter_mut()
        .find(|(h, _)| h == "b")
        .expect("as set up")
        .1
        .clear();
    c.apply(
        Action::Decide {
            by: Role::CommuneChairman,
            lists,
            written_refusals: false,
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(c.stage, Stage::Done);
    let bad_lists: Vec<_> = find(&c, "lists")
        .into_iter()
        .filter(|j| j.outcome == Outcome::Wrong)
        .collect();
    assert_eq!(bad_lists.len(), 1);
    assert!(matches!(&bad_lists[0].check, Check::Lists { id, .. } if id == "b"));
    assert_eq!(find(&c, "decided_by")[0].outcome, Outcome::Right);
    // Every agreed class matches the engine after the re-check.
    assert!(find(&c, "class").iter().all(|j| j.outcome == Outcome::Right));
    // The same actions replay to the same campaign.
    let again = Campaign::replay(c.setup.clone(), &c.actions, &s);
    assert_eq!(again, c);
}

#[test]
fn after_june_2025_the_district_is_said_to_be_gone() {
    let s = common::standard("2022-2025");
    let mut c = Campaign::new(setup(
        Kind::Periodic,
        Day::new(2025, 9, 1).expect("as set up"),
        vec![entrant("a", Status::Poor, Class::Poor)],
    ));
    c.apply(
        Action::List {
            ids: vec!["a".into()],
        },
        &s,
    )
    .expect("as set up");
    c.apply(
        Action::Propose {
            id: "a".into(),
            class: Class::Poor,
        },
        &s,
    )
    .expect("as set up");
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: INVITED.to_vec(),
        },
        &s,
    )
    .expect("as set up");
    conclude_rightly(&mut c, &s, "a");
    c.apply(
        Action::Minutes {
            copies: 2,
            signers: vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives],
        },
        &s,
    )
    .expect("as set up");
    c.apply(
        Action::Post {
            places: vec![Place::CulturalHouse],
            days: 3,
        },
        &s,
    )
    .expect("as set up");
    match &find(&c, "posting_places")[0].check {
        Check::PostingPlaces { missing } => assert_eq!(missing, &vec![Place::CommuneOffice]),
        other => panic!("{other:?}"),
    }
    c.apply(Action::EndPosting, &s).expect("as set up");
    c.apply(
        Action::Report {
            consulted: Some(Role::DistrictChairman),
        },
        &s,
    )
    .expect("as set up");
    let j = find(&c, "consulted")[0];
    // The date is P and the notes do not say whom to ask now: shown, not scored.
    assert_eq!(j.outcome, Outcome::NotJudged);
    assert!(matches!(
        j.check,
        Check::Consulted {
            district_gone: true,
            should: None,
            ..
        }
    ));
    assert_eq!(j.provenance.tag, Tag::P);
}

#[test]
fn working_days_skip_weekends_and_calendar_days_do_not() {
    // Friday 15 October 2021.
    let fri = Day::new(2021, 10, 15).expect("as set up");
    assert_eq!(fri.weekday(), 5);
    assert_eq!(
        fri.add(1, DayCount::Working),
        Day::new(2021, 10, 18).expect("as set up")
    );
    assert_eq!(
        fri.add(3, DayCount::Working),
        Day::new(2021, 10, 20).expect("as set up")
    );
    assert_eq!(
        fri.add(15, DayCount::Calendar),
        Day::new(2021, 10, 30).expect("as set up")
    );
    assert_eq!(
        Day::new(2021, 10, 16).expect("as set up").working_on_or_after(),
        Day::new(2021, 10, 18).expect("as set up")
    );
    assert_eq!(
        Day::new(2021, 12, 31).expect("as set up").next(),
        Day::new(2022, 1, 1).expect("as set up")
    );
    assert!(Day::new(2021, 2, 29).is_none());
}

/// A regular review from Friday 15 July 2022: the decision is due within 15 calendar days
/// (Saturday 30 July), and the weekends in between count. Meetings that fail three times push
/// the decision to Monday 1 August: late, although within 15 working days.
#[test]
fn the_regular_reviews_15_day_deadline_runs_over_weekends() {
    let s = common::standard("2022-2025");
    let start = Day::new(2022, 7, 15).expect("as set up");
    let mut asks = entrant("a", Status::None, Class::Poor);
    asks.request = Some(Request::Review);
    let play = |rounds: u32| {
        let mut c = Campaign::new(setup(Kind::Regular, start, vec![asks.clone()]));
        assert_eq!(c.stage, Stage::Survey);
        assert_eq!(c.reviewed, vec!["a".to_string()]);
        assert_eq!(c.deadline(&s), Day::new(2022, 7, 30));
        for round in 0..rounds {
            let last = round + 1 == rounds;
            c.apply(
                Action::Propose {
                    id: "a".into(),
                    class: Class::Poor,
                },
                &s,
            )
            .expect("as set up");
            c.apply(
                Action::Prepare {
                    chair: Role::VillageHead,
                    invited: INVITED.to_vec(),
                },
                &s,
            )
            .expect("as set up");
            c.apply(Action::Present { id: "a".into() }, &s)
                .expect("as set up");
            c.apply(
                Action::Conclude {
                    id: "a".into(),
                    over: Over::Attendees,
                    accepted: last,
                },
                &s,
            )
            .expect("as set up");
            c.apply(
                Action::Minutes {
                    copies: 2,
                    signers: vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives],
                },
                &s,
            )
            .expect("as set up");
        }
        c.apply(
            Action::Post {
                places: vec![Place::CulturalHouse, Place::CommuneOffice],
                days: 3,
            },
            &s,
        )
        .expect("as set up");
        c.apply(Action::EndPosting, &s).expect("as set up");
        assert_eq!(c.stage, Stage::Recognition, "no report step in a regular review");
        c.apply(
            Action::Decide {
                by: Role::CommuneChairman,
                lists: vec![("a".into(), vec![ListName::Poor])],
                written_refusals: false,
            },
            &s,
        )
        .expect("as set up");
        c
    };
    let once = play(1);
    let d = find(&once, "deadline");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].outcome, Outcome::Right, "{:?}", d[0].check);
    assert_eq!(d[0].provenance.tag, Tag::C);
    // Survey Fri 15, meeting Mon 18, posting Tue 19 – Thu 21, decision Fri 22 July.
    assert_eq!(
        once.decision.as_ref().expect("as set up").day,
        Day::new(2022, 7, 22).expect("as set up")
    );

    let late = play(4);
    let d = find(&late, "deadline");
    assert_eq!(d[0].outcome, Outcome::Wrong, "{:?}", d[0].check);
    let decided = late.decision.as_ref().expect("as set up").day;
    assert_eq!(decided, Day::new(2022, 8, 1).expect("as set up"));
    assert!(
        decided <= start.add(15, DayCount::Working),
        "late only because weekends count"
    );
    assert_eq!(late.meetings.len(), 4);
}

#[test]
fn a_refused_request_is_answered_in_writing() {
    let s = common::standard("2022-2025");
    let mut asks = entrant("a", Status::None, Class::None);
    asks.request = Some(Request::Review);
    let mut c = Campaign::new(setup(
        Kind::Regular,
        Day::new(2022, 3, 15).expect("as set up"),
        vec![asks],
    ));
    c.apply(
        Action::Propose {
            id: "a".into(),
            class: Class::None,
        },
        &s,
    )
    .expect("as set up");
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: INVITED.to_vec(),
        },
        &s,
    )
    .expect("as set up");
    conclude_rightly(&mut c, &s, "a");
    c.apply(
        Action::Minutes {
            copies: 2,
            signers: vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives],
        },
        &s,
    )
    .expect("as set up");
    c.apply(
        Action::Post {
            places: vec![Place::CulturalHouse, Place::CommuneOffice],
            days: 3,
        },
        &s,
    )
    .expect("as set up");
    c.apply(Action::EndPosting, &s).expect("as set up");
    assert_eq!(c.refused(), vec!["a".to_string()]);
    c.apply(
        Action::Decide {
            by: Role::CommuneChairman,
            lists: vec![("a".into(), vec![])],
            written_refusals: false,
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "refusal")[0].outcome, Outcome::Wrong);
}

/// A farming households' review of one household of average living standard that asked to be
/// recognised and disputes its class.
fn farming_campaign() -> Campaign {
    let mut asks = entrant("a", Status::None, Class::AverageLivingStandard);
    asks.request = Some(Request::AverageFarming);
    asks.complaint = Some(ComplaintKind::HouseholdDisputes);
    Campaign::new(setup(
        Kind::AverageFarming,
        Day::new(2023, 5, 15).expect("as set up"),
        vec![asks],
    ))
}

#[test]
fn the_farming_households_review_posts_five_working_days_and_rechecks_within_three() {
    let s = common::standard("2022-2025");
    let mut c = farming_campaign();
    c.apply(
        Action::Propose {
            id: "a".into(),
            class: Class::AverageLivingStandard,
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(c.stage, Stage::Posting, "no village meeting");
    c.apply(
        Action::Post {
            places: vec![Place::CommuneOffice],
            days: 3,
        },
        &s,
    )
    .expect("as set up");
    let days = find(&c, "posting_days")[0];
    assert_eq!(days.outcome, Outcome::Wrong);
    assert!(matches!(days.check, Check::PostingDays { rule: Some(5), .. }));
    assert_eq!(days.provenance.tag, Tag::C);
    assert_eq!(find(&c, "posting_places")[0].outcome, Outcome::Right);
    c.apply(
        Action::Recheck {
            id: "a".into(),
            class: Class::AverageLivingStandard,
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "recheck_time")[0].outcome, Outcome::Right);
    c.apply(Action::EndPosting, &s).expect("as set up");
    c.apply(
        Action::Decide {
            by: Role::CommuneChairman,
            lists: vec![("a".into(), vec![ListName::AverageLivingStandard])],
            written_refusals: false,
        },
        &s,
    )
    .expect("as set up");
    assert!(find(&c, "lists").iter().all(|j| j.outcome == Outcome::Right));
}

#[test]
fn lists_follow_previous_status() {
    use ListName::*;
    let l = |p, c| lists_for(p, c, Kind::Periodic).into_iter().collect::<Vec<_>>();
    assert_eq!(l(Status::Poor, Class::Poor), vec![Poor]);
    assert_eq!(
        l(Status::Poor, Class::AverageLivingStandard),
        vec![EscapedPoverty]
    );
    assert_eq!(l(Status::NearPoor, Class::None), vec![EscapedNearPoverty]);
    assert_eq!(l(Status::NearPoor, Class::Poor), vec![Poor]);
    assert_eq!(l(Status::None, Class::NearPoor), vec![NearPoor]);
    assert_eq!(l(Status::None, Class::None), Vec::<ListName>::new());
}

/// No number of the procedure is written in Rust: editing a copy of the standard file changes
/// the rule the engine applies.
#[test]
fn every_procedure_value_comes_from_the_standard_file() {
    let text = BUILTIN
        .iter()
        .find(|(f, _)| f.contains("2022-2025"))
        .expect("as set up")
        .1;
    // Each edit must find its text (a rename in the file would otherwise test nothing).
    let edit = |text: String, from: &str, to: &str| {
        assert!(text.contains(from), "{from} not in the file");
        text.replace(from, to)
    };
    let edited = edit(
        text.to_owned(),
        "meeting_min_agreement_percent = 50",
        "meeting_min_agreement_percent = 60",
    );
    let edited = edit(
        edited,
        "duration = { days = 3, count = \"working\"",
        "duration = { days = 4, count = \"working\"",
    );
    let edited = edit(edited, "regular_decision_days = 15", "regular_decision_days = 10");
    let edited = edit(edited, "copies = 2, signers", "copies = 3, signers");
    let s = parse_standard("edited.toml", &edited).expect("edited standard parses");
    let p = s.procedure.as_ref().expect("as set up");
    assert_eq!(p.meeting_min_agreement_percent, Some(60));

    // 55 of 100 passes at 50 % but not at 60 %: the campaign judges by the file.
    let mut c = to_the_meeting(&s, &INVITED);
    c.apply(Action::Present { id: "a".into() }, &s)
        .expect("as set up");
    let m = c.meetings.last_mut().expect("as set up");
    m.votes[0].tally = tally(55, 100);
    c.apply(
        Action::Conclude {
            id: "a".into(),
            over: Over::Attendees,
            accepted: true,
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "conclusion")[0].outcome, Outcome::Wrong);

    let mut asks = entrant("a", Status::None, Class::Poor);
    asks.request = Some(Request::Review);
    let c = Campaign::new(setup(
        Kind::Regular,
        Day::new(2022, 7, 15).expect("as set up"),
        vec![asks],
    ));
    assert_eq!(c.deadline(&s), Day::new(2022, 7, 25));
    assert_eq!(
        p.posting
            .as_ref()
            .expect("as set up")
            .duration
            .as_ref()
            .expect("as set up")
            .days,
        4
    );
    assert_eq!(p.meeting.as_ref().expect("as set up").minutes.copies, 3);

    let mut c = to_the_meeting(&s, &INVITED);
    for id in ["a", "b"] {
        conclude_rightly(&mut c, &s, id);
    }
    c.apply(
        Action::Minutes {
            copies: 2,
            signers: vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives],
        },
        &s,
    )
    .expect("as set up");
    assert_eq!(find(&c, "minutes_copies")[0].outcome, Outcome::Wrong);
}

#[test]
fn the_2026_procedure_is_the_2022_one_marked_provisional() {
    let standards = common::standards();
    let a = standards
        .get("2022-2025")
        .expect("as set up")
        .procedure
        .clone()
        .expect("as set up");
    let b = standards
        .get("2026-2030")
        .expect("as set up")
        .procedure
        .clone()
        .expect("as set up");
    assert_eq!(b.borrowed_from.as_deref(), Some("2022-2025"));
    assert_eq!(a.steps.len(), b.steps.len());
    assert!(b.steps.iter().all(|s| s.provenance.tag == Tag::P));
    assert_eq!(
        a.meeting.as_ref().expect("as set up").attendees,
        b.meeting.as_ref().expect("as set up").attendees
    );
    assert_eq!(b.meeting.as_ref().expect("as set up").provenance.tag, Tag::P);
    assert_eq!(
        b.average_farming
            .as_ref()
            .expect("as set up")
            .recheck
            .provenance
            .tag,
        Tag::P
    );
}

#[test]
fn every_builtin_village_has_a_playable_periodic_campaign() {
    let standards = common::standards();
    let (library, errors) = Library::builtin(&standards);
    assert!(errors.is_empty());
    let names = rasoat_core::training::generate::parse_names(
        "names.toml",
        rasoat_core::training::generate::BUILTIN_NAMES,
    )
    .expect("as set up");
    for (file, text) in BUILTIN_VILLAGES {
        let v = parse_village(file, text, &standards, &library).expect("as set up");
        let hs = homes(&v, &standards, &library, &names);
        let st = standards.get(&v.village.standard).expect("as set up");
        let setup = campaign_setup(&v, &hs, st, Kind::Periodic, 11).expect("periodic campaign");
        assert_eq!(setup.households.len(), hs.len());
        let should: Vec<&Entrant> = setup
            .households
            .iter()
            .filter(|e| e.previous != Status::None || e.request.is_some())
            .collect();
        assert!(!should.is_empty(), "{file}: someone to review");
        assert!(
            setup.households.iter().any(|e| e.complaint.is_some()),
            "{file}: a complaint"
        );
        // The same seed gives the same campaign.
        assert_eq!(campaign_setup(&v, &hs, st, Kind::Periodic, 11), Some(setup));
        let regular = campaign_setup(&v, &hs, st, Kind::Regular, 11).expect("regular campaign");
        assert!(regular.households.iter().any(|e| e.request.is_some()));
        assert_eq!(regular.start.day, 15);
    }
}

/// Every judged decision reads as a sentence with its citation, in both languages.
#[test]
fn every_judged_decision_is_worded_with_its_source() {
    use rasoat_core::words::i18n::{Lang, Texts};
    use rasoat_core::words::procedure::judged_line;
    let s = common::standard("2022-2025");
    let mut c = to_the_meeting(&s, &[Role::HouseholdRepresentatives]);
    c.apply(Action::Present { id: "a".into() }, &s)
        .expect("as set up");
    c.apply(
        Action::Conclude {
            id: "a".into(),
            over: Over::Households,
            accepted: true,
        },
        &s,
    )
    .expect("as set up");
    for (lang, word) in [(Lang::Vi, "Nguồn"), (Lang::En, "Source")] {
        let t = Texts::new(lang);
        let name = |id: &str| format!("<{id}>");
        for j in &c.judged {
            let line = judged_line(&t, j, &name);
            assert!(line.contains(word), "{line}");
            assert!(!line.contains('{') && !line.contains("proc-"), "{line}");
        }
        let all: Vec<String> = c.judged.iter().map(|j| judged_line(&t, j, &name)).collect();
        assert!(all.iter().any(|l| l.contains("<a>")), "{all:?}");
    }
}

/// A campaign in a results file: it survives the file's JSON and merge, and the trainer's report
/// counts its procedural errors by commune (replayed, never stored).
#[test]
fn the_report_counts_procedure_errors_by_commune() {
    use rasoat_core::training::session::{
        CampaignRecord, Results, SessionInfo, SessionMode, SessionSource, Trainee, merge_campaigns,
        parse_results,
    };
    let s = common::standard("2022-2025");
    let without: Vec<Role> = INVITED
        .iter()
        .copied()
        .filter(|r| *r != Role::FatherlandFront)
        .collect();
    let c = to_the_meeting(&s, &without);
    let record = CampaignRecord {
        id: "thon/periodic/1".into(),
        village: "thon".into(),
        village_name: "Thôn Tập Huấn".into(),
        started_at: 1,
        setup: c.setup.clone(),
        actions: c.actions.clone(),
    };
    let session = SessionInfo {
        id: "1".into(),
        started_at: 1,
        mode: SessionMode::Practice,
        standard: "2022-2025".into(),
        source: SessionSource::Library,
        time_limit_minutes: None,
        scenario_ids: vec![],
        position: 0,
        finished: false,
    };
    let trainee = Trainee {
        name: "Hoa".into(),
        commune: "Xã Tả Van".into(),
        district: String::new(),
        province: "Lào Cai".into(),
    };
    let mut r = Results::new(trainee, session);
    let mut other = r.clone();
    other.campaigns.push(record.clone());
    merge_campaigns(&mut r, &other);
    assert_eq!(r.campaigns, vec![record.clone()]);
    let text = r.to_json().expect("json");
    let back = parse_results("r.json", &text).expect("parses");
    assert_eq!(back.campaigns, vec![record]);
    let report =
        rasoat_core::training::report::build(&[("r.json".into(), back)], |_| None, &common::standards());
    assert_eq!(report.campaigns.len(), 1);
    let ff = report
        .procedure
        .iter()
        .find(|p| p.check == "fatherland_front")
        .expect("row");
    assert_eq!((ff.commune.as_str(), ff.wrong, ff.judged), ("Xã Tả Van", 1, 1));
    assert!(!ff.provisional, "the Front's rule is confirmed (C)");
    let text = rasoat_core::words::explain::report_text(
        &rasoat_core::words::i18n::Texts::new(rasoat_core::words::i18n::Lang::Vi),
        &report,
        1,
    );
    assert!(
        text.contains("Xã Tả Van, Lào Cai — Mời Mặt trận Tổ quốc giám sát: 1/1"),
        "{text}"
    );
}

/// The procedure's steps, roles and durations decide no household's class: adding them to the
/// standard files left every answer's hash as it was (the files as they were before, kept as
/// fixtures), so results written earlier are not flagged as changed. Since then citations were
/// corrected: an answer hashed (version 2) over the files as they were still matches.
#[test]
fn adding_the_procedure_changes_no_answers_hash() {
    use rasoat_core::training::session::{content_hash_of_rules, content_hash_v2, hash_matches};
    let standards = common::standards();
    let (library, _) = Library::builtin(&standards);
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/standards-before-procedure");
    for id in ["2016-2020", "2022-2025"] {
        let text = std::fs::read_to_string(dir.join(format!("{id}.toml"))).expect("fixture");
        let before = parse_standard("before.toml", &text).expect("the old file parses");
        let now = standards.get(id).expect("standard");
        assert!(before.procedure.as_ref().expect("as set up").meeting.is_none());
        assert!(now.procedure.as_ref().expect("as set up").meeting.is_some());
        let mut compared = 0;
        for s in library.iter().map(|e| &e.scenario) {
            assert_eq!(
                content_hash_of_rules(s, now),
                content_hash_of_rules(s, &before),
                "{} under {id}",
                s.scenario.id
            );
            assert!(
                hash_matches(&content_hash_v2(s, &before), s, now),
                "{} under {id}",
                s.scenario.id
            );
            compared += 1;
        }
        assert!(compared > 10);
    }
}

/// A village file sets generated households' place in the review (`[[review]]`, by home id), and
/// overrides a scenario's; a home it does not have is an error located at its line.
#[test]
fn a_village_file_sets_the_review_of_its_households() {
    let standards = common::standards();
    let (library, _) = Library::builtin(&standards);
    let names = rasoat_core::training::generate::parse_names(
        "names.toml",
        rasoat_core::training::generate::BUILTIN_NAMES,
    )
    .expect("names");
    let text = r#"format = 1

[village]
id = "thon-tap-huan"
name = { vi = "Thôn Tập Huấn", en = "Tap Huan village" }
kind = "thon"
place = { vi = "xã đồng bằng", en = "a delta commune" }
area = "rural"
terrain = "delta"
region = "red_river_delta"
standard = "2022-2025"
review_year = 2024

[households]
scenarios = ["hai-phong-laid-off-2024"]
generated = { seed = 31, count = 2 }

[[review]]
home = "thon-tap-huan-gen-31-001"
previous = "poor"
request = "escape"
complaint = "household_disputes"

[[review]]
home = "hai-phong-laid-off-2024"
previous = "near_poor"
neighbours = "near_poor"
"#;
    let v = parse_village("v.toml", text, &standards, &library).expect("valid village");
    let hs = homes(&v, &standards, &library, &names);
    let st = standards.get("2022-2025").expect("standard");
    let setup = campaign_setup(&v, &hs, st, Kind::Periodic, 3).expect("campaign");
    let generated = setup
        .households
        .iter()
        .find(|e| e.id == "thon-tap-huan-gen-31-001")
        .expect("generated home");
    assert_eq!(
        (generated.previous, generated.request, generated.complaint),
        (
            Status::Poor,
            Some(Request::Escape),
            Some(ComplaintKind::HouseholdDisputes)
        )
    );
    let hp = setup
        .households
        .iter()
        .find(|e| e.id == "hai-phong-laid-off-2024")
        .expect("library home");
    assert_eq!((hp.previous, hp.neighbours), (Status::NearPoor, Class::NearPoor));

    let bad = text.replace("thon-tap-huan-gen-31-001", "thon-tap-huan-gen-31-009");
    let e = parse_village("v.toml", &bad, &standards, &library).expect_err("unknown home");
    assert_eq!(e.path, "review[0].home");
    assert_eq!(e.line, 19);
    let bad = text.replace("previous = \"poor\"", "previous = \"none\"");
    let e = parse_village("v.toml", &bad, &standards, &library).expect_err("escape from no list");
    assert_eq!(e.path, "review[0].request");
}

/// A new survey form before the meeting replaces the proposal; once the meeting agreed, the
/// household is no longer surveyed (only re-checked on complaint).
#[test]
fn a_proposal_is_revised_until_the_meeting_agrees() {
    let s = common::standard("2022-2025");
    let mut c = Campaign::new(setup(
        Kind::Periodic,
        Day::new(2024, 9, 2).expect("day"),
        vec![entrant("a", Status::Poor, Class::NearPoor)],
    ));
    c.apply(
        Action::List {
            ids: vec!["a".into()],
        },
        &s,
    )
    .expect("listed");
    for class in [Class::Poor, Class::NearPoor] {
        c.apply(
            Action::Propose {
                id: "a".into(),
                class,
            },
            &s,
        )
        .expect("proposed");
    }
    assert_eq!(c.proposal("a"), Some(Class::NearPoor));
    assert_eq!(c.history.len(), 2);
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: INVITED.to_vec(),
        },
        &s,
    )
    .expect("meeting");
    assert!(conclude_rightly(&mut c, &s, "a"));
    let again = Action::Propose {
        id: "a".into(),
        class: Class::Poor,
    };
    assert!(c.apply(again, &s).is_err());
    assert_eq!(c.agreed_class("a"), Some(Class::NearPoor));
}

/// What an independent review of the engine found, kept fixed: an empty list ends the campaign
/// instead of leaving it stuck; each proposal at a meeting gets its own vote; an escape request
/// that ends in poverty is refused; a results file with an impossible date is refused; a posting
/// of no days or of years is refused; a re-check is judged by the list, like the class.
#[test]
fn what_the_engine_review_found_stays_fixed() {
    let s = common::standard("2022-2025");
    // Nobody listed: the review of the village ends with its list.
    let mut c = Campaign::new(setup(
        Kind::Periodic,
        Day::new(2024, 9, 2).expect("day"),
        vec![entrant("a", Status::None, Class::None)],
    ));
    c.apply(Action::List { ids: vec![] }, &s).expect("listed");
    assert_eq!(c.stage, Stage::Done);
    assert_eq!(find(&c, "listed")[0].outcome, Outcome::Right);

    // Six proposals that all match what the neighbours know do not all get the same tally.
    let ids: Vec<String> = (0..6).map(|i| format!("h{i}")).collect();
    let households = ids
        .iter()
        .map(|id| entrant(id, Status::Poor, Class::Poor))
        .collect();
    let mut c = Campaign::new(setup(
        Kind::Periodic,
        Day::new(2024, 9, 2).expect("day"),
        households,
    ));
    c.apply(Action::List { ids: ids.clone() }, &s).expect("listed");
    for id in &ids {
        c.apply(
            Action::Propose {
                id: id.clone(),
                class: Class::Poor,
            },
            &s,
        )
        .expect("proposed");
    }
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: INVITED.to_vec(),
        },
        &s,
    )
    .expect("meeting");
    for id in &ids {
        c.apply(Action::Present { id: id.clone() }, &s)
            .expect("presented");
    }
    let tallies: std::collections::BTreeSet<u32> =
        c.meetings[0].votes.iter().map(|v| v.tally.agree).collect();
    assert!(tallies.len() > 1, "{:?}", c.meetings[0].votes);

    // A near-poor household that asked to escape and is found poor did not get what it asked.
    let mut asks = entrant("a", Status::NearPoor, Class::Poor);
    asks.request = Some(Request::Escape);
    let mut c = Campaign::new(setup(
        Kind::Regular,
        Day::new(2022, 3, 15).expect("day"),
        vec![asks],
    ));
    c.apply(
        Action::Propose {
            id: "a".into(),
            class: Class::Poor,
        },
        &s,
    )
    .expect("proposed");
    c.apply(
        Action::Prepare {
            chair: Role::VillageHead,
            invited: INVITED.to_vec(),
        },
        &s,
    )
    .expect("meeting");
    c.apply(Action::Present { id: "a".into() }, &s)
        .expect("presented");
    c.apply(
        Action::Conclude {
            id: "a".into(),
            over: Over::Attendees,
            accepted: true,
        },
        &s,
    )
    .expect("concluded");
    assert_eq!(c.refused(), vec!["a".to_string()]);
    c.apply(
        Action::Minutes {
            copies: 2,
            signers: vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives],
        },
        &s,
    )
    .expect("minutes");
    // No days, or years, of posting cannot be taken.
    for days in [0, 100_000] {
        assert_eq!(
            c.apply(
                Action::Post {
                    places: vec![Place::CommuneOffice],
                    days
                },
                &s
            ),
            Err(rasoat_core::field::procedure::Refused::OutOfRange)
        );
    }

    // A results file with 30 February is refused, not looped over.
    let bad = r#"{"year": 2024, "month": 2, "day": 30}"#;
    assert!(serde_json::from_str::<Day>(bad).is_err());
    let good = r#"{"year": 2024, "month": 2, "day": 29}"#;
    assert_eq!(serde_json::from_str::<Day>(good).ok(), Day::new(2024, 2, 29));
    // The calendar's last day ends, not loops.
    let last = Day::new(9999, 12, 31).expect("day");
    assert_eq!(last.add(u32::MAX, DayCount::Working), last);

    // Our sources hold no farming households' procedure for 2016–2020, and its in-year review
    // holds no meeting (a summary's silence, marked P).
    let standards = common::standards();
    let old = standards.get("2016-2020").expect("standard");
    let (library, _) = Library::builtin(&standards);
    let names = rasoat_core::training::generate::parse_names(
        "names.toml",
        rasoat_core::training::generate::BUILTIN_NAMES,
    )
    .expect("names");
    let (file, text) = BUILTIN_VILLAGES[1];
    let mut v = parse_village(file, text, &standards, &library).expect("village");
    v.village.standard = "2016-2020".into();
    v.village.review_year = 2019;
    let hs = homes(&v, &standards, &library, &names);
    assert!(campaign_setup(&v, &hs, old, Kind::AverageFarming, 1).is_none());
    let regular = campaign_setup(&v, &hs, old, Kind::Regular, 1).expect("regular");
    assert!(
        regular
            .households
            .iter()
            .all(|e| e.request != Some(Request::Escape))
    );
    let asker = regular
        .households
        .iter()
        .find(|e| e.request.is_some())
        .expect("a request");
    let mut c = Campaign::new(regular.clone());
    c.apply(
        Action::Propose {
            id: asker.id.clone(),
            class: asker.truth,
        },
        old,
    )
    .expect("proposed");
    assert_eq!(
        c.stage,
        Stage::Posting,
        "no meeting in 2016–2020's regular review"
    );
}

/// A procedural error resting on a P rule is marked in the trainer's summary.
#[test]
fn the_report_marks_procedure_rows_resting_on_provisional_rules() {
    use rasoat_core::training::session::{
        CampaignRecord, Results, SessionInfo, SessionMode, SessionSource, Trainee,
    };
    let s = common::standard("2026-2030");
    let without: Vec<Role> = INVITED
        .iter()
        .copied()
        .filter(|r| *r != Role::FatherlandFront)
        .collect();
    let c = to_the_meeting(&s, &without);
    let mut setup = c.setup.clone();
    setup.standard = "2026-2030".into();
    let record = CampaignRecord {
        id: "thon/periodic/1".into(),
        village: "thon".into(),
        village_name: String::new(),
        started_at: 1,
        setup,
        actions: c.actions.clone(),
    };
    let session = SessionInfo {
        id: "1".into(),
        started_at: 1,
        mode: SessionMode::Practice,
        standard: "2026-2030".into(),
        source: SessionSource::Library,
        time_limit_minutes: None,
        scenario_ids: vec![],
        position: 0,
        finished: false,
    };
    let trainee = Trainee {
        name: "Hoa".into(),
        commune: "Xã Tả Van".into(),
        district: String::new(),
        province: String::new(),
    };
    let mut r = Results::new(trainee, session);
    r.campaigns.push(record);
    let report =
        rasoat_core::training::report::build(&[("r.json".into(), r)], |_| None, &common::standards());
    let ff = report
        .procedure
        .iter()
        .find(|p| p.check == "fatherland_front")
        .expect("row");
    assert!(ff.provisional, "2026–2030 runs the 2022–2025 procedure, marked P");
    let text = rasoat_core::words::explain::report_text(
        &rasoat_core::words::i18n::Texts::new(rasoat_core::words::i18n::Lang::Vi),
        &report,
        1,
    );
    assert!(
        text.contains("Mời Mặt trận Tổ quốc giám sát (chưa đối chiếu văn bản gốc): 1/1"),
        "{text}"
    );
}

/// In a standard's first review year (2021 for 2022–2025, 2026 for 2026–2030) only the periodic
/// review at the year's end applies it: the in-year reviews of that year ran under the previous
/// standard (QĐ 24/2021 in force from 1/9/2021; Nghị định 351/2025 keeps 2022–2025 through 2026).
/// The next year offers every kind again; the reading is S for 2021 and P for 2026.
#[test]
fn in_a_standards_first_year_only_the_periodic_review_is_offered() {
    let standards = common::standards();
    let (library, _) = Library::builtin(&standards);
    let names = rasoat_core::training::generate::parse_names(
        "names.toml",
        rasoat_core::training::generate::BUILTIN_NAMES,
    )
    .expect("names");
    let (file, text) = BUILTIN_VILLAGES[1];
    for (id, first, tag) in [("2022-2025", 2021, Tag::S), ("2026-2030", 2026, Tag::P)] {
        let st = standards.get(id).expect("standard");
        assert_eq!(st.year_provenance(first).map(|p| p.tag), Some(tag), "{id}");
        assert_eq!(st.periodic_only_in(first).map(|p| p.tag), Some(tag), "{id}");
        assert_eq!(st.year_provenance(first + 1).map(|p| p.tag), Some(Tag::C), "{id}");
        assert!(st.periodic_only_in(first + 1).is_none(), "{id}");
        for (year, in_year) in [(first, false), (first + 1, true)] {
            let mut v = parse_village(file, text, &standards, &library).expect("village");
            v.village.standard = id.into();
            v.village.review_year = year;
            let hs = homes(&v, &standards, &library, &names);
            let periodic = campaign_setup(&v, &hs, st, Kind::Periodic, 3).expect("periodic");
            assert_eq!(periodic.start, Day::new(year, 9, 1).expect("day"), "{id} {year}");
            for seed in 0..20 {
                assert_eq!(
                    campaign_setup(&v, &hs, st, Kind::Regular, seed).is_some(),
                    in_year,
                    "{id} {year}: regular review"
                );
            }
            if !in_year {
                assert!(campaign_setup(&v, &hs, st, Kind::AverageFarming, 3).is_none());
            }
        }
    }
    // 2016–2020 has no first-year reading: its years all take it.
    let old = standards.get("2016-2020").expect("standard");
    assert!(old.periodic_only_in(2016).is_none());
    assert_eq!(old.year_provenance(2016).map(|p| p.tag), Some(Tag::C));
}

/// Thông tư 14/2018 took effect on 10/11/2018: a 2016–2020 decision taken before that day cites
/// Thông tư 17/2016 as first issued, marked P; from that day the rule cites Thông tư 14/2018 (C).
/// The decision time runs from the day the household's request is received.
#[test]
fn thong_tu_14_2018_is_cited_only_from_10_november_2018() {
    let s = common::standard("2016-2020");
    let p = s.procedure.as_ref().expect("as set up");
    let (days, count, from) = p.regular_decision().expect("as set up");
    assert_eq!((days, count), (7, DayCount::Working));
    assert_eq!(from, rasoat_core::rules::standard::DecisionFrom::RequestReceived);
    let play = |start: Day| {
        let mut asks = entrant("a", Status::None, Class::Poor);
        asks.request = Some(Request::Review);
        let mut c = Campaign::new(Setup {
            standard: "2016-2020".into(),
            ..setup(Kind::Regular, start, vec![asks])
        });
        c.apply(
            Action::Propose {
                id: "a".into(),
                class: Class::Poor,
            },
            &s,
        )
        .expect("as set up");
        c.apply(
            Action::Post {
                places: vec![Place::CommuneOffice],
                days: 3,
            },
            &s,
        )
        .expect("as set up");
        c.apply(Action::EndPosting, &s).expect("as set up");
        c.apply(
            Action::Decide {
                by: Role::CommuneChairman,
                lists: vec![("a".into(), vec![ListName::Poor])],
                written_refusals: false,
            },
            &s,
        )
        .expect("as set up");
        c
    };
    // A request received on Monday 4 June 2018: due 7 working days later, Wednesday 13 June.
    let before = play(Day::new(2018, 6, 4).expect("day"));
    assert_eq!(before.deadline(&s), Day::new(2018, 6, 13));
    let d = find(&before, "deadline")[0];
    assert_eq!(d.provenance.tag, Tag::P, "{:?}", d.provenance);
    assert!(
        d.provenance.source.contains("Thông tư 17/2016"),
        "{:?}",
        d.provenance
    );
    let places = find(&before, "posting_places")[0];
    assert_eq!(places.provenance.tag, Tag::P, "{:?}", places.provenance);
    // The same in 2019: Thông tư 14/2018, confirmed.
    let after = play(Day::new(2019, 6, 3).expect("day"));
    let d = find(&after, "deadline")[0];
    assert_eq!(d.provenance.tag, Tag::C);
    assert!(
        d.provenance.source.contains("Thông tư 14/2018"),
        "{:?}",
        d.provenance
    );
    // The amendment holds from its first day, not before.
    let a = p.amended.as_ref().expect("as set up");
    let rule = &p.regular.as_ref().expect("as set up").provenance;
    assert_eq!(a.on(rule, 2018, 11, 9).tag, Tag::P);
    assert_eq!(a.on(rule, 2018, 11, 10).tag, Tag::C);
    // A citation of another text is never changed by the amendment.
    assert_eq!(
        a.on(&s.classification.provenance, 2017, 1, 1),
        &s.classification.provenance
    );
    // An amendment no rule cites would silently change nothing: the file is refused, located.
    let text = BUILTIN
        .iter()
        .find(|(f, _)| f.contains("2016-2020"))
        .expect("as set up")
        .1;
    let edited = text.replacen(
        "amended = { text = \"Thông tư 14/2018/TT-BLĐTBXH\"",
        "amended = { text = \"TT 14/2018\"",
        1,
    );
    assert_ne!(edited, text);
    let e = parse_standard("2016-2020.toml", &edited).expect_err("refused");
    assert_eq!(e.path, "procedure.amended.text", "{e:?}");
    assert!(
        matches!(*e.problem, rasoat_core::rules::source::Problem::NotCited { .. }),
        "{e:?}"
    );
}

/// In the farming households' review the class recognised is the average living standard band
/// (secondary sources, S): its check cites that band, not the poverty rule (C); a re-check cites
/// the farming rule's re-check.
#[test]
fn the_farming_review_cites_the_band_it_checks() {
    let s = common::standard("2022-2025");
    let mut c = farming_campaign();
    for action in [
        Action::Propose {
            id: "a".into(),
            class: Class::AverageLivingStandard,
        },
        Action::Post {
            places: vec![Place::CommuneOffice],
            days: 5,
        },
        Action::Recheck {
            id: "a".into(),
            class: Class::AverageLivingStandard,
        },
        Action::EndPosting,
        Action::Decide {
            by: Role::CommuneChairman,
            lists: vec![("a".into(), vec![ListName::AverageLivingStandard])],
            written_refusals: false,
        },
    ] {
        c.apply(action, &s).expect("as set up");
    }
    let class = find(&c, "class");
    assert!(!class.is_empty());
    for j in class {
        assert_eq!(j.provenance, s.classification.average.provenance);
        assert_eq!(j.provenance.tag, Tag::S);
    }
    let farming = s
        .procedure
        .as_ref()
        .and_then(|p| p.average_farming.as_ref())
        .expect("as set up");
    assert_eq!(find(&c, "recheck")[0].provenance, farming.recheck.provenance);
}

/// "What changed" never calls the farming households' procedure new (the reference says only that
/// its method changed), words the old decision time from the request, and says "not mentioned"
/// where the sources are silent.
#[test]
fn what_changed_states_the_farming_method_and_the_request_day() {
    use rasoat_core::rules::compare::standard_changes;
    use rasoat_core::words::explain::standard_change_text;
    use rasoat_core::words::i18n::{Lang, Texts};
    let (old, new) = (common::standard("2016-2020"), common::standard("2022-2025"));
    let t = Texts::new(Lang::Vi);
    let lines: Vec<String> = standard_changes(&old, &new)
        .iter()
        .map(|c| standard_change_text(&t, c, &old, &new))
        .collect();
    let all = lines.join("\n");
    assert!(!all.contains("Có quy trình xác định hộ"), "{all}");
    let farming = lines
        .iter()
        .find(|l| l.contains("mức sống trung bình được xác định theo thu nhập thực tế 12 tháng"))
        .unwrap_or_else(|| panic!("{all}"));
    assert!(farming.contains("chưa có trong tài liệu"), "{farming}");
    assert!(
        farming.contains("5 ngày làm việc") && farming.contains("3 ngày làm việc"),
        "{farming}"
    );
    assert!(farming.contains("Điều 2 khoản 2 và Điều 6"), "{farming}");
    let decision = lines
        .iter()
        .find(|l| l.contains("thời hạn quyết định"))
        .unwrap_or_else(|| panic!("{all}"));
    assert!(
        decision.contains("7 ngày làm việc kể từ ngày nhận giấy đề nghị của hộ")
            && decision.contains("15 ngày (tính cả thứ Bảy, Chủ nhật) kể từ ngày bắt đầu rà soát"),
        "{decision}"
    );
    assert!(all.contains("nay bắt buộc có"), "{all}");
    let unified = standard_changes(&new, &old)
        .iter()
        .map(|c| standard_change_text(&t, c, &new, &old))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!unified.contains("không có quy định"), "{unified}");
}
