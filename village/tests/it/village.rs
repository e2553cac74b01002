//! Headless tests of the village: the real `VillagePlugin` in a bevy `App` with `MinimalPlugins`
//! (no window, no GPU) draws the map, takes the trainee's `Action`s, records the visits and the
//! campaigns through `Persist` (in its own system) and resumes them after a crash; the houses are
//! picked by bevy's picking; the model and the words are checked for every built-in household.

use crate::common;

use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use common::{act, app_of, campaigns, prepared, screen, village, visits, world};
use rasoat_core::field::village::VillageFile;
use rasoat_core::field::visit::{Catalogue, reveals};
use rasoat_core::rules::household::{Material, Structure};
use rasoat_core::training::generate::{BUILTIN_NAMES, parse_names};
use rasoat_core::training::session::{CampaignRecord, VisitRecord};
use rasoat_core::training::villages::{Persist, builtin, homes};
use rasoat_core::words::i18n::{Lang, Texts};
use rasoat_core::words::visit as visit_words;
use rasoat_village::actions::Action;
use rasoat_village::draw::{self, HouseMark, house_anchor, style};
use rasoat_village::layout::layout;
use rasoat_village::model::{Drafts, Saved, Saving, Screen};

/// A `Persist` that keeps what it is handed, and counts the saves.
type Sink = Arc<Mutex<(usize, Vec<VisitRecord>, Vec<CampaignRecord>)>>;

fn sink() -> (Sink, Persist) {
    let kept: Sink = Arc::default();
    let into = kept.clone();
    let persist: Persist = Box::new(move |v: &[VisitRecord], c: &[CampaignRecord]| {
        let mut k = into.lock().map_err(|e| e.to_string())?;
        k.0 += 1;
        k.1 = v.to_vec();
        k.2 = c.to_vec();
        Ok(())
    });
    (kept, persist)
}

#[test]
fn the_builtin_villages_load_and_mix_library_and_generated_households() {
    let (set, lib) = world();
    let (villages, errors) = builtin(&set, &lib);
    assert!(errors.is_empty(), "{errors:?}");
    assert!(villages.len() >= 3);
    let terrains: Vec<_> = villages.iter().map(|v| v.village.terrain).collect();
    use rasoat_core::field::village::Terrain;
    for t in [Terrain::Mountain, Terrain::Delta, Terrain::Urban] {
        assert!(terrains.contains(&t), "a {t:?} village ships");
    }
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    for v in &villages {
        let hs = homes(v, &set, &lib, &names);
        assert!(
            hs.iter()
                .any(|h| matches!(h.origin, rasoat_core::field::village::Origin::Library { .. }))
        );
        assert!(
            hs.iter()
                .any(|h| matches!(h.origin, rasoat_core::field::village::Origin::Generated { .. }))
        );
        for h in hs
            .iter()
            .filter(|h| matches!(h.origin, rasoat_core::field::village::Origin::Generated { .. }))
        {
            assert_eq!(
                h.region, v.village.region,
                "generated households live in the village's region"
            );
            assert_eq!(h.household.review_year, v.village.review_year);
        }
    }
}

#[test]
fn layouts_are_deterministic_by_file_and_seed() {
    let (set, lib) = world();
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let (villages, _) = builtin(&set, &lib);
    for v in &villages {
        let a = layout(v, &homes(v, &set, &lib, &names));
        let b = layout(v, &homes(v, &set, &lib, &names));
        assert_eq!(a, b, "{}", v.village.id);
        assert_eq!(a.plots.len(), homes(v, &set, &lib, &names).len());
        for p in &a.plots {
            assert!(p.at.x > 0.0 && p.at.x < a.width && p.at.y > 0.0 && p.at.y < a.height);
        }
    }
    let one = VillageFile::from_seed(7, &set, None).expect("village");
    let again = VillageFile::from_seed(7, &set, None).expect("village");
    assert_eq!(one, again);
    let l1 = layout(&one, &homes(&one, &set, &lib, &names));
    let l2 = layout(&again, &homes(&again, &set, &lib, &names));
    assert_eq!(l1, l2);
    let other = VillageFile::from_seed(8, &set, None).expect("village");
    assert_ne!(l1, layout(&other, &homes(&other, &set, &lib, &names)));
}

#[test]
fn each_material_of_each_structure_has_its_own_look() {
    for s in Structure::ALL {
        let looks: Vec<_> = Material::ALL.iter().map(|m| style(s, *m)).collect();
        for (i, a) in looks.iter().enumerate() {
            for (j, b) in looks.iter().enumerate() {
                if i != j {
                    assert_ne!(
                        a,
                        b,
                        "{s:?}: {:?} and {:?} look alike",
                        Material::ALL[i],
                        Material::ALL[j]
                    );
                }
            }
        }
    }
}

/// The map drawn headless: one mark a house, and the ring moves to the house chosen by keyboard.
#[test]
fn the_map_is_drawn_headless_and_every_house_is_reachable_by_keyboard() {
    let (set, lib) = world();
    let (villages, _) = builtin(&set, &lib);
    let mut app = app_of(prepared(&villages[0], &set, &lib, vec![], vec![], None), Lang::Vi);
    let n = village(&app).homes.len();
    let marks = app.world_mut().query::<&HouseMark>().iter(app.world()).count();
    assert_eq!(marks, n);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..n {
        act(&mut app, [Action::Step { forward: true }, Action::Follow]);
        let selected = visits(&app).selected;
        seen.insert(selected);
        let (at, _) = house_anchor(&village(&app).layout, selected).expect("anchor");
        let ring = app
            .world_mut()
            .query_filtered::<&Transform, With<draw::Highlight>>()
            .single(app.world())
            .expect("ring")
            .translation;
        assert_eq!(ring.truncate(), at);
        // The camera follows the chosen house.
        let camera = app
            .world_mut()
            .query_filtered::<&Transform, With<rasoat_village::camera::MapCamera>>()
            .single(app.world())
            .expect("camera")
            .translation;
        assert_eq!(camera.truncate(), at);
    }
    assert_eq!(seen.len(), n, "the arrow keys reach every house");
    // Backwards too, round the end of the list.
    act(&mut app, [Action::Step { forward: false }]);
    assert_eq!(visits(&app).selected, n - 1);
    assert_eq!(screen(&app), Screen::Map);
}

#[test]
fn a_visit_is_recorded_at_each_step_and_resumed_after_a_crash() {
    let (set, lib) = world();
    let (villages, _) = builtin(&set, &lib);
    let (saved, persist) = sink();
    let mut app = app_of(
        prepared(&villages[1], &set, &lib, vec![], vec![], Some(persist)),
        Lang::Vi,
    );
    assert_eq!(app.world().resource::<Saving>().saved, Saved::Nothing);
    act(&mut app, [Action::Select(2), Action::Fit]);
    assert_eq!(
        saved.lock().expect("lock").0,
        0,
        "choosing a house records nothing"
    );
    act(&mut app, [Action::Enter]);
    assert_eq!(screen(&app), Screen::Visit);
    act(&mut app, [Action::Take("ask-members".into())]);
    act(&mut app, [Action::Take("look-structure".into())]);
    assert_eq!(visits(&app).refusal, None);
    let known_before = visits(&app).visit(village(&app)).expect("visit").known().clone();
    let (saves, records, _) = saved.lock().expect("lock").clone();
    assert_eq!(saves, 3, "saved when the visit started and at each question");
    assert_eq!(app.world().resource::<Saving>().saved, Saved::Saved);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].actions, vec!["ask-members", "look-structure"]);
    // The window dies here; the results file holds the records. A new village resumes, the
    // unfinished house chosen.
    drop(app);
    let mut again = app_of(
        prepared(&villages[1], &set, &lib, records, vec![], None),
        Lang::Vi,
    );
    assert_eq!(again.world().resource::<Saving>().saved, Saved::NotRecorded);
    assert_eq!(visits(&again).unfinished(village(&again)), Some(2));
    assert_eq!(visits(&again).selected, 2);
    act(&mut again, [Action::Select(2), Action::Enter]);
    assert_eq!(screen(&again), Screen::Visit);
    assert_eq!(
        visits(&again).visit(village(&again)).expect("visit").known(),
        &known_before
    );
    // Hand in the form: recorded, and the verdict is recomputed from the record.
    again.world_mut().resource_mut::<Drafts>().form.class = Some(rasoat_core::rules::assess::Class::Poor);
    act(&mut again, [Action::Submit]);
    assert_eq!(screen(&again), Screen::Verdict);
    let v = visits(&again).verdict(village(&again)).expect("verdict");
    assert!(v.points <= v.grade.max);
    assert!(
        visits(&again)
            .record_of(village(&again), 2)
            .expect("record")
            .submitted()
    );
    // Back on the map, the reviewer out of the yard; going in again opens the verdict.
    act(&mut again, [Action::Leave]);
    assert_eq!((screen(&again), visits(&again).current), (Screen::Map, None));
    act(&mut again, [Action::Enter]);
    assert_eq!(screen(&again), Screen::Verdict);
    assert_eq!(
        again.world().resource::<Drafts>().form.class,
        Some(rasoat_core::rules::assess::Class::Poor)
    );
}

/// The house entity under a click, as bevy's picking hands it to the observer.
fn click(app: &mut App, house: usize, button: bevy::picking::pointer::PointerButton) {
    use bevy::camera::NormalizedRenderTarget;
    use bevy::picking::backend::HitData;
    use bevy::picking::events::{Click, Pointer};
    use bevy::picking::pointer::{Location, PointerId};
    let entity = app
        .world_mut()
        .query::<(Entity, &HouseMark)>()
        .iter(app.world())
        .find(|(_, m)| m.0 == house)
        .map(|(e, _)| e)
        .expect("house");
    let location = Location {
        target: NormalizedRenderTarget::None { width: 1, height: 1 },
        position: Vec2::ZERO,
    };
    let event = Click {
        button,
        hit: HitData::new(Entity::PLACEHOLDER, 0.0, None, None),
        duration: std::time::Duration::ZERO,
        count: 1,
    };
    app.world_mut()
        .trigger(Pointer::new(PointerId::Mouse, location, event, entity));
    app.update();
}

/// A click on a house chooses it, a second click goes in; only the left button, only on the map.
#[test]
fn a_click_on_a_house_chooses_it_and_a_second_click_goes_in() {
    use bevy::picking::pointer::PointerButton;
    let (set, lib) = world();
    let (villages, _) = builtin(&set, &lib);
    let mut app = app_of(prepared(&villages[0], &set, &lib, vec![], vec![], None), Lang::Vi);
    click(&mut app, 3, PointerButton::Secondary);
    assert_eq!(
        visits(&app).selected,
        0,
        "the right button pans, it does not choose"
    );
    click(&mut app, 3, PointerButton::Primary);
    assert_eq!((visits(&app).selected, screen(&app)), (3, Screen::Map));
    click(&mut app, 3, PointerButton::Primary);
    assert_eq!((visits(&app).current, screen(&app)), (Some(3), Screen::Visit));
    click(&mut app, 1, PointerButton::Primary);
    assert_eq!(
        visits(&app).selected,
        3,
        "in a yard, the map does not take clicks"
    );
}

/// bevy's mesh picking finds, under any point of the map, the house the old hand-written hit test
/// found: the first house whose ring, shrunk to 0.8, holds the point.
#[test]
fn mesh_picking_finds_the_house_the_hand_hit_test_found() {
    use bevy::camera::primitives::{Aabb, MeshAabb};
    use bevy::ecs::system::RunSystemOnce;
    use bevy::picking::mesh_picking::ray_cast::{MeshRayCast, MeshRayCastSettings, RayCastVisibility};
    let (set, lib) = world();
    let (villages, _) = builtin(&set, &lib);
    for v in &villages {
        let mut app = app_of(prepared(v, &set, &lib, vec![], vec![], None), Lang::Vi);
        // What bevy's render plugins add to a 2D mesh: its bounds and its place in the world.
        let marks: Vec<(Entity, Handle<Mesh>, Transform)> = app
            .world_mut()
            .query_filtered::<(Entity, &Mesh2d, &Transform), With<HouseMark>>()
            .iter(app.world())
            .map(|(e, m, t)| (e, m.0.clone(), *t))
            .collect();
        for (e, mesh, t) in marks {
            let aabb: Aabb = app
                .world()
                .resource::<Assets<Mesh>>()
                .get(&mesh)
                .and_then(|m| m.compute_aabb())
                .expect("aabb");
            app.world_mut()
                .entity_mut(e)
                .insert((aabb, GlobalTransform::from(t)));
        }
        let l = village(&app).layout.clone();
        let n = l.plots.len();
        let hand =
            |p: Vec2| (0..n).find(|&i| house_anchor(&l, i).is_some_and(|(c, r)| c.distance(p) < r * 0.8));
        for i in 0..n {
            let (at, r) = house_anchor(&l, i).expect("anchor");
            for offset in [
                Vec2::ZERO,
                Vec2::new(r * 0.5, 0.0),
                Vec2::new(0.0, -r * 0.7),
                Vec2::new(r * 0.9, r * 0.2),
            ] {
                let p = at + offset;
                let picked = app
                    .world_mut()
                    .run_system_once(move |mut ray_cast: MeshRayCast, houses: Query<&HouseMark>| {
                        let ray = Ray3d::new(p.extend(100.0), Dir3::NEG_Z);
                        let filter = |e| houses.contains(e);
                        let settings = MeshRayCastSettings::default()
                            .with_visibility(RayCastVisibility::Any)
                            .with_filter(&filter);
                        ray_cast
                            .cast_ray(ray, &settings)
                            .first()
                            .and_then(|(e, _)| houses.get(*e).ok())
                            .map(|h| h.0)
                    })
                    .expect("ray cast");
                assert_eq!(picked, hand(p), "{}: house {i}, {offset}", v.village.id);
            }
        }
    }
}

/// Every question and look can be asked of every household of every built-in village and every
/// library scenario, and its answer is worded in both languages without a message id showing.
#[test]
fn every_household_can_be_visited_in_both_languages_without_a_message_id() {
    let (set, lib) = world();
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let c = Catalogue::builtin();
    let (villages, _) = builtin(&set, &lib);
    let mut households: Vec<(
        rasoat_core::rules::household::Household,
        Vec<rasoat_core::field::visit::Hidden>,
        rasoat_core::training::scenario::Region,
    )> = vec![];
    for v in &villages {
        for h in homes(v, &set, &lib, &names) {
            households.push((h.household, h.hidden, h.region));
        }
    }
    for e in lib.iter() {
        let s = &e.scenario;
        households.push((
            s.household.clone(),
            s.visit.as_ref().map(|v| v.hidden.clone()).unwrap_or_default(),
            s.scenario.region,
        ));
    }
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        for v in &villages {
            let title = visit_words::village_title(&t, v);
            assert!(!title.contains("village-"), "{title}");
        }
        for (h, hidden, region) in &households {
            let greeting = visit_words::greeting(&t, h);
            assert!(!greeting.contains("visit-"), "{greeting}");
            for a in &c.actions {
                let label = visit_words::action_label(&t, &a.id);
                assert!(!label.starts_with("visit-action"), "{label}");
                let short = visit_words::source_short(&t, &a.id);
                assert!(!short.starts_with("visit-short"), "{short}");
                let shown = reveals(a, h, hidden);
                for line in visit_words::answer(&t, h, &c, *region, a, &shown) {
                    assert!(
                        !line.contains("visit-") && !line.contains("value-"),
                        "{}: {line}",
                        a.id
                    );
                }
                for f in &shown {
                    let name = visit_words::fact_name(&t, h, *f);
                    assert!(!name.contains("visit-fact"), "{name}");
                }
            }
        }
        for g in &c.groups {
            assert!(!visit_words::group_label(&t, &g.id).starts_with("visit-group"));
        }
    }
}

/// Every Fluent id the village's code names exists in both languages.
#[test]
fn every_message_the_village_names_exists() {
    fn sources(dir: &std::path::Path, into: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                sources(&path, into);
            } else if path.extension().is_some_and(|e| e == "rs") {
                into.push(path);
            }
        }
    }
    let mut files = vec![];
    sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 20, "{files:?}");
    let mut ids = std::collections::BTreeSet::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("source");
        for part in text.split('"').skip(1).step_by(2) {
            if (part.starts_with("village-")
                || part.starts_with("debrief-")
                || part.starts_with("visit-")
                || part.starts_with("camp-")
                || part.starts_with("proc-"))
                && part.chars().all(|c| c.is_ascii_lowercase() || c == '-')
            {
                ids.insert(part.to_owned());
            }
        }
    }
    // egui ids (panels, scroll areas, grids), not messages.
    for egui_id in [
        "village-root",
        "village-top",
        "village-keys",
        "village-visit",
        "village-right",
        "village-house-list",
        "village-form",
    ] {
        ids.remove(egui_id);
    }
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        for id in &ids {
            assert!(t.has(id), "{}: {id} missing", lang.code());
        }
    }
    assert!(ids.len() > 40, "found {} ids", ids.len());
}

/// Takes a decision through the app and checks that it was recorded.
fn decide(app: &mut App, d: rasoat_core::field::procedure::Action) {
    let before = campaigns(app).records.last().map_or(0, |r| r.actions.len());
    act(app, [Action::Decide(d.clone())]);
    let c = campaigns(app);
    assert_eq!(c.refused, None, "{d:?}");
    assert!(
        c.records.last().map_or(0, |r| r.actions.len()) > before,
        "{d:?} not recorded"
    );
}

/// Surveys household `id` as the campaign panel sends the trainee: in (again, if its visit is
/// handed in), the right class on the form, submitted.
fn survey(app: &mut App, id: &str) {
    let truth = campaigns(app)
        .campaign(village(app))
        .and_then(|c| c.entrant(id).map(|e| e.truth))
        .expect("entrant");
    let i = village(app).home_index(id).expect("home");
    act(app, [Action::Select(i), Action::Enter]);
    if screen(app) == Screen::Verdict {
        act(app, [Action::VisitAgain]);
    }
    assert_eq!(screen(app), Screen::Visit);
    app.world_mut().resource_mut::<Drafts>().form.class = Some(truth);
    act(app, [Action::OpenForm]);
    assert_eq!(screen(app), Screen::Form);
    act(app, [Action::Submit]);
    assert_eq!(screen(app), Screen::Verdict);
}

/// A whole periodic review played through the village's actions, as the panel drives it: the
/// list, the visits whose forms become proposals, the meeting, the minutes, the posting with its
/// complaints re-checked by visiting again, the report and the decision — every decision right,
/// recorded at each step and replayed from the record.
#[test]
fn a_review_campaign_is_played_start_to_finish_through_the_village() {
    use rasoat_core::field::procedure::{Action as Decision, Kind, Outcome, Stage, Status, meeting_accepts};
    use rasoat_core::rules::standard::{Over, Place, Role};
    let (set, lib) = world();
    let (villages, _) = builtin(&set, &lib);
    let (saved, persist) = sink();
    let mut app = app_of(
        prepared(&villages[1], &set, &lib, vec![], vec![], Some(persist)),
        Lang::Vi,
    );
    act(
        &mut app,
        [Action::StartCampaign {
            kind: Kind::Periodic,
            seed: 42,
        }],
    );
    assert_eq!(screen(&app), Screen::Campaign);
    assert_eq!(campaigns(&app).records.len(), 1);
    let c = campaigns(&app).campaign(village(&app)).expect("campaign");
    let ids: Vec<String> = c
        .setup
        .households
        .iter()
        .filter(|e| e.previous != Status::None || e.request.is_some())
        .map(|e| e.id.clone())
        .collect();
    assert!(!ids.is_empty());
    decide(&mut app, Decision::List { ids });
    let invited = vec![
        Role::CommuneSteeringCommittee,
        Role::PovertyOfficial,
        Role::PartyCellSecretary,
        Role::MassOrganisations,
        Role::Reviewers,
        Role::HouseholdRepresentatives,
        Role::FatherlandFront,
    ];
    let signers = vec![Role::Chair, Role::Secretary, Role::HouseholdRepresentatives];
    let campaign = |app: &App| campaigns(app).campaign(village(app)).expect("campaign");
    for _ in 0..10 {
        let c = campaign(&app);
        match c.stage {
            Stage::Survey => {
                for id in c.to_survey() {
                    survey(&mut app, &id);
                }
            }
            Stage::Meeting => {
                decide(
                    &mut app,
                    Decision::Prepare {
                        chair: Role::VillageHead,
                        invited: invited.clone(),
                    },
                );
                for id in campaign(&app).to_present() {
                    decide(&mut app, Decision::Present { id: id.clone() });
                    let c = campaign(&app);
                    let tally = c
                        .meetings
                        .last()
                        .and_then(|m| m.votes.last())
                        .expect("vote")
                        .tally;
                    decide(
                        &mut app,
                        Decision::Conclude {
                            id,
                            over: Over::Attendees,
                            accepted: meeting_accepts(&tally, Over::Attendees, 50),
                        },
                    );
                }
                decide(
                    &mut app,
                    Decision::Minutes {
                        copies: 2,
                        signers: signers.clone(),
                    },
                );
            }
            _ => break,
        }
    }
    assert_eq!(campaign(&app).stage, Stage::Posting);
    decide(
        &mut app,
        Decision::Post {
            places: vec![Place::CulturalHouse, Place::CommuneOffice],
            days: 3,
        },
    );
    let complaints: Vec<String> = campaign(&app)
        .open_complaints()
        .iter()
        .map(|k| k.id.clone())
        .collect();
    assert!(!complaints.is_empty(), "the village's seed raises a complaint");
    for id in &complaints {
        survey(&mut app, id);
    }
    assert!(campaign(&app).open_complaints().is_empty());
    decide(&mut app, Decision::EndPosting);
    decide(
        &mut app,
        Decision::Report {
            consulted: Some(Role::DistrictChairman),
        },
    );
    let lists = campaign(&app)
        .lists_from_agreed()
        .into_iter()
        .map(|(id, l)| (id, l.into_iter().collect()))
        .collect();
    decide(
        &mut app,
        Decision::Decide {
            by: Role::CommuneChairman,
            lists,
            written_refusals: false,
        },
    );
    let c = campaign(&app);
    assert_eq!(c.stage, Stage::Done);
    let wrong: Vec<_> = c.judged.iter().filter(|j| j.outcome == Outcome::Wrong).collect();
    assert!(wrong.is_empty(), "{wrong:?}");
    let (right, judged) = c.score();
    assert_eq!(right, judged);
    // Recorded at each step: the saved record replays to the same campaign.
    let records = saved.lock().expect("saved").2.clone();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].replay(&village(&app).standard), c);
    // Resumed in a new window: the campaign is where it was.
    let v = &villages[1];
    let again = app_of(prepared(v, &set, &lib, vec![], records.clone(), None), Lang::Vi);
    assert_eq!(campaign(&again).stage, Stage::Done);
    // Opened under another standard, the village starts afresh: a campaign is replayed only under
    // the standard it was played with.
    let mut other = prepared(v, &set, &lib, vec![], records, None);
    other.standard = set.get("2026-2030").expect("standard").clone();
    let other = app_of(other, Lang::Vi);
    assert!(campaigns(&other).campaign(village(&other)).is_none());
}

/// The village's form reads income as the app's does: with thousands separators and "đồng"
/// (it refused "1.450.000 đồng", which the app accepts).
#[test]
fn the_form_reads_income_as_the_app_does() {
    use rasoat_village::model::Form;
    let read = |typed: &str| {
        Form {
            income: typed.into(),
            ..Form::default()
        }
        .income_vnd()
    };
    for typed in [
        "1450000",
        "1.450.000",
        "1 450 000",
        "1.450.000 đồng",
        "1,450,000 VND",
        "1.450.000đ",
    ] {
        assert_eq!(read(typed), Some(1_450_000), "{typed}");
        assert_eq!(read(typed), rasoat_core::rules::text::parse_vnd(typed), "{typed}");
    }
    for typed in ["", "một triệu", "1.4e6", "-1450000"] {
        assert_eq!(read(typed), None, "{typed}");
    }
}
