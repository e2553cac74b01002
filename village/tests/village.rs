//! Headless tests of the village: a bevy `App` with `MinimalPlugins` (no window, no GPU) draws
//! the map from the state; the state drives visits, records them and resumes them after a crash.

use std::sync::{Arc, Mutex};

use bevy::prelude::*;
use rasoat_core::field::village::VillageFile;
use rasoat_core::field::visit::{Catalogue, VisitMode, reveals};
use rasoat_core::rules::household::{Material, Structure};
use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::generate::{BUILTIN_NAMES, parse_names};
use rasoat_core::training::service::Library;
use rasoat_core::training::session::VisitRecord;
use rasoat_core::training::villages::{builtin, homes};
use rasoat_core::words::i18n::{Lang, Texts};
use rasoat_core::words::visit as visit_words;
use rasoat_village::draw::{self, HouseMark, style};
use rasoat_village::layout::layout;
use rasoat_village::state::{Persist, Screen, VillageState};

fn world() -> (StandardSet, Library) {
    let set = StandardSet::builtin().expect("standards");
    let (lib, errors) = Library::builtin(&set);
    assert!(errors.is_empty());
    (set, lib)
}

fn state_of(
    v: &VillageFile,
    set: &StandardSet,
    lib: &Library,
    previous: Vec<VisitRecord>,
    persist: Option<Persist>,
) -> VillageState {
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let hs = homes(v, set, lib, &names);
    let standard = set.get(&v.village.standard).expect("standard").clone();
    VillageState::new(
        v.clone(),
        hs,
        standard,
        VisitMode::Practice,
        previous,
        vec![],
        persist,
    )
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
    let state = state_of(&villages[0], &set, &lib, vec![], None);
    let n = state.homes.len();
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, AssetPlugin::default()));
    app.init_asset::<Mesh>();
    app.init_asset::<ColorMaterial>();
    app.insert_resource(state);
    app.add_systems(
        Startup,
        |mut c: Commands,
         mut m: ResMut<Assets<Mesh>>,
         mut mat: ResMut<Assets<ColorMaterial>>,
         s: Res<VillageState>| {
            rasoat_village::spawn_world(&mut c, &mut m, &mut mat, &s);
        },
    );
    app.add_systems(Update, rasoat_village::update_markers);
    app.update();
    let marks = app.world_mut().query::<&HouseMark>().iter(app.world()).count();
    assert_eq!(marks, n);
    let mut seen = std::collections::BTreeSet::new();
    for _ in 0..n {
        app.world_mut().resource_mut::<VillageState>().select_step(true);
        app.update();
        let s = app.world().resource::<VillageState>();
        seen.insert(s.selected);
        let (at, _) = draw::house_anchor(s, s.selected).expect("anchor");
        let ring = app
            .world_mut()
            .query_filtered::<&Transform, With<draw::Highlight>>()
            .single(app.world())
            .expect("ring")
            .translation;
        assert_eq!(ring.truncate(), at);
    }
    assert_eq!(seen.len(), n, "the arrow keys reach every house");
}

#[test]
fn a_visit_is_recorded_at_each_step_and_resumed_after_a_crash() {
    let (set, lib) = world();
    let (villages, _) = builtin(&set, &lib);
    let saved: Arc<Mutex<Vec<VisitRecord>>> = Arc::default();
    let sink = saved.clone();
    let persist: Persist = Box::new(
        move |v: &[VisitRecord], _: &[rasoat_core::training::session::CampaignRecord]| {
            *sink.lock().map_err(|e| e.to_string())? = v.to_vec();
            Ok(())
        },
    );
    let mut s = state_of(&villages[1], &set, &lib, vec![], Some(persist));
    s.select(2);
    s.enter(1_000);
    assert_eq!(s.screen, Screen::Visit);
    s.take("ask-members").expect("time");
    s.take("look-structure").expect("time");
    let known_before = s.visit().expect("visit").known().clone();
    let records = saved.lock().expect("lock").clone();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].actions, vec!["ask-members", "look-structure"]);
    // The window dies here; the results file holds the records. A new village resumes.
    drop(s);
    let mut again = state_of(&villages[1], &set, &lib, records, None);
    assert_eq!(again.unfinished(), Some(2));
    again.select(2);
    again.enter(2_000);
    assert_eq!(again.screen, Screen::Visit);
    assert_eq!(again.visit().expect("visit").known(), &known_before);
    // Hand in the form: recorded, and the verdict is recomputed from the record.
    again.form.class = Some(rasoat_core::rules::assess::Class::Poor);
    again.submit(3_000, 60);
    let v = again.verdict().expect("verdict");
    assert!(v.points <= v.grade.max);
    assert!(again.record_of(2).expect("record").submitted());
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
    let mut ids = std::collections::BTreeSet::new();
    for file in ["src/ui.rs", "src/lib.rs", "src/campaign.rs"] {
        let text = std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).expect("source");
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

/// A whole periodic review played through the village's state, as the panel drives it: the list,
/// the visits whose forms become proposals, the meeting, the minutes, the posting with its
/// complaints re-checked by visiting again, the report and the decision — every decision right,
/// recorded at each step and replayed from the record.
#[test]
fn a_review_campaign_is_played_start_to_finish_through_the_village() {
    use rasoat_core::field::procedure::{Action, Kind, Outcome, Stage, Status, meeting_accepts};
    use rasoat_core::rules::standard::{Over, Place, Role};
    use rasoat_core::training::session::CampaignRecord;
    let (set, lib) = world();
    let (villages, _) = builtin(&set, &lib);
    let saved: Arc<Mutex<Vec<CampaignRecord>>> = Arc::default();
    let sink = saved.clone();
    let persist: Persist = Box::new(move |_: &[VisitRecord], c: &[CampaignRecord]| {
        *sink.lock().map_err(|e| e.to_string())? = c.to_vec();
        Ok(())
    });
    let mut s = state_of(&villages[1], &set, &lib, vec![], Some(persist));
    assert!(s.start_campaign(Kind::Periodic, 42));
    assert_eq!(s.screen, Screen::Campaign);
    let c = s.campaign().expect("campaign");
    let ids: Vec<String> = c
        .setup
        .households
        .iter()
        .filter(|e| e.previous != Status::None || e.request.is_some())
        .map(|e| e.id.clone())
        .collect();
    assert!(!ids.is_empty());
    s.decide(Action::List { ids }).expect("listed");
    let mut now = 1_000;
    let mut survey = |s: &mut VillageState, id: &str| {
        let truth = s
            .campaign()
            .and_then(|c| c.entrant(id).map(|e| e.truth))
            .expect("entrant");
        let i = s.home_index(id).expect("home");
        s.select(i);
        s.enter(now);
        if s.screen == Screen::Verdict {
            s.visit_again(now + 1);
        }
        s.form.class = Some(truth);
        s.submit(now + 2, 60);
        now += 10;
    };
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
    for _ in 0..10 {
        let c = s.campaign().expect("campaign");
        match c.stage {
            Stage::Survey => {
                for id in c.to_survey() {
                    survey(&mut s, &id);
                }
            }
            Stage::Meeting => {
                s.decide(Action::Prepare {
                    chair: Role::VillageHead,
                    invited: invited.clone(),
                })
                .expect("meeting");
                for id in s.campaign().expect("campaign").to_present() {
                    s.decide(Action::Present { id: id.clone() }).expect("presented");
                    let c = s.campaign().expect("campaign");
                    let tally = c
                        .meetings
                        .last()
                        .and_then(|m| m.votes.last())
                        .expect("vote")
                        .tally;
                    s.decide(Action::Conclude {
                        id,
                        over: Over::Attendees,
                        accepted: meeting_accepts(&tally, Over::Attendees, 50),
                    })
                    .expect("concluded");
                }
                s.decide(Action::Minutes {
                    copies: 2,
                    signers: signers.clone(),
                })
                .expect("minutes");
            }
            _ => break,
        }
    }
    assert_eq!(s.campaign().expect("campaign").stage, Stage::Posting);
    s.decide(Action::Post {
        places: vec![Place::CulturalHouse, Place::CommuneOffice],
        days: 3,
    })
    .expect("posted");
    let complaints: Vec<String> = s
        .campaign()
        .expect("campaign")
        .open_complaints()
        .iter()
        .map(|k| k.id.clone())
        .collect();
    assert!(!complaints.is_empty(), "the village's seed raises a complaint");
    for id in &complaints {
        survey(&mut s, id);
    }
    assert!(s.campaign().expect("campaign").open_complaints().is_empty());
    s.decide(Action::EndPosting).expect("ended");
    s.decide(Action::Report {
        consulted: Some(Role::DistrictChairman),
    })
    .expect("reported");
    let c = s.campaign().expect("campaign");
    let lists = c
        .lists_from_agreed()
        .into_iter()
        .map(|(id, l)| (id, l.into_iter().collect()))
        .collect();
    s.decide(Action::Decide {
        by: Role::CommuneChairman,
        lists,
        written_refusals: false,
    })
    .expect("decided");
    let c = s.campaign().expect("campaign");
    assert_eq!(c.stage, Stage::Done);
    let wrong: Vec<_> = c.judged.iter().filter(|j| j.outcome == Outcome::Wrong).collect();
    assert!(wrong.is_empty(), "{wrong:?}");
    let (right, judged) = c.score();
    assert_eq!(right, judged);
    // Recorded at each step: the saved record replays to the same campaign.
    let records = saved.lock().expect("saved").clone();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].replay(&s.standard), c);
    // Resumed in a new window: the campaign is where it was.
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let v = &villages[1];
    let again = VillageState::new(
        v.clone(),
        homes(v, &set, &lib, &names),
        s.standard.clone(),
        VisitMode::Practice,
        vec![],
        records.clone(),
        None,
    );
    assert_eq!(again.campaign().expect("campaign").stage, Stage::Done);
    // Opened under another standard, the village starts afresh: a campaign is replayed only under
    // the standard it was played with.
    let other = VillageState::new(
        v.clone(),
        homes(v, &set, &lib, &names),
        set.get("2026-2030").expect("standard").clone(),
        VisitMode::Practice,
        vec![],
        records,
        None,
    );
    assert!(other.campaign().is_none());
}

/// The village's form reads income as the app's does: with thousands separators and "đồng"
/// (it refused "1.450.000 đồng", which the app accepts).
#[test]
fn the_form_reads_income_as_the_app_does() {
    use rasoat_village::state::Form;
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
