//! CPU time of the village's frame parts for a village of 40 houses, headless: building the map
//! (every house drawn from its facts into one mesh) and one frame of the panels (egui layout and
//! tessellation) on the visit screen and on the review procedure's meeting. The GPU's share is
//! measured in the real window (`RASOAT_TIMING=1`, README "Speed"); the village draws only when
//! something changes, so the map is built once and the panels run on input.

use bevy::prelude::*;
use bevy_egui::egui;
use criterion::{Criterion, criterion_group, criterion_main};
use rasoat_core::field::procedure::{Action, Kind, Stage};
use rasoat_core::field::village::{GeneratedHouseholds, VillageFile};
use rasoat_core::field::visit::VisitMode;
use rasoat_core::rules::standard::{Role, StandardSet};
use rasoat_core::training::generate::{BUILTIN_NAMES, parse_names};
use rasoat_core::training::service::Library;
use rasoat_core::training::villages::homes;
use rasoat_core::words::i18n::{Lang, Texts};
use rasoat_village::state::{Screen, VillageState};

/// Bản Nà Lường's settings with 40 generated households.
fn village(set: &StandardSet, lib: &Library) -> VillageState {
    let (file, text) = rasoat_core::training::villages::BUILTIN_VILLAGES[0];
    let mut v: VillageFile =
        rasoat_core::training::villages::parse_village(file, text, set, lib).expect("village");
    v.households.scenarios.clear();
    v.households.generated = Some(GeneratedHouseholds { seed: 40, count: 40 });
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    let hs = homes(&v, set, lib, &names);
    assert_eq!(hs.len(), 40);
    let standard = set.get(&v.village.standard).expect("standard").clone();
    VillageState::new(v, hs, standard, VisitMode::Practice, vec![], vec![], None)
}

fn raw_input(t: f64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        time: Some(t),
        ..Default::default()
    }
}

fn bench(c: &mut Criterion) {
    let set = StandardSet::builtin().expect("standards");
    let (lib, _) = Library::builtin(&set);
    let state = village(&set, &lib);

    c.bench_function("village map, 40 houses: build", |b| {
        b.iter(|| {
            let mut app = App::new();
            app.add_plugins((MinimalPlugins, AssetPlugin::default()));
            app.init_asset::<Mesh>();
            app.init_asset::<ColorMaterial>();
            let mut meshes = Assets::<Mesh>::default();
            let mut materials = Assets::<ColorMaterial>::default();
            let world = app.world_mut();
            let mut queue = bevy::ecs::world::CommandQueue::default();
            let mut commands = Commands::new(&mut queue, world);
            rasoat_village::spawn_world(&mut commands, &mut meshes, &mut materials, &state);
            queue.apply(world);
            meshes.len()
        })
    });

    let t = Texts::new(Lang::Vi);
    let frame = |name: &str, c: &mut Criterion, s: &mut VillageState| {
        let ctx = egui::Context::default();
        rasoat_ui::style::install(&ctx);
        for i in 0..3 {
            let out = ctx.run_ui(raw_input(f64::from(i)), |ui| {
                rasoat_village::ui::panels(ui.ctx(), &t, s, 1_000);
            });
            let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
        }
        let mut time = 10.0;
        c.bench_function(name, |b| {
            b.iter(|| {
                time += 0.016;
                let out = ctx.run_ui(raw_input(time), |ui| {
                    rasoat_village::ui::panels(ui.ctx(), &t, s, 1_000);
                });
                ctx.tessellate(out.shapes, out.pixels_per_point).len()
            })
        });
    };

    let mut visiting = village(&set, &lib);
    visiting.select(3);
    visiting.enter(1_000);
    for q in ["ask-members", "ask-work", "look-structure", "ask-income-work"] {
        visiting.take(q).expect("time left");
    }
    assert_eq!(visiting.screen, Screen::Visit);
    frame("village panels frame, visit with notebook", c, &mut visiting);

    let mut meeting = village(&set, &lib);
    assert!(meeting.start_campaign(Kind::Periodic, 5));
    let campaign = meeting.campaign().expect("campaign");
    let ids = campaign
        .setup
        .households
        .iter()
        .filter(|e| e.previous != rasoat_core::field::procedure::Status::None || e.request.is_some())
        .map(|e| e.id.clone())
        .collect();
    meeting.decide(Action::List { ids }).expect("listed");
    for id in meeting.campaign().expect("campaign").to_survey() {
        let class = meeting
            .campaign()
            .and_then(|c| c.entrant(&id).map(|e| e.truth))
            .expect("truth");
        meeting.decide(Action::Propose { id, class }).expect("proposed");
    }
    meeting
        .decide(Action::Prepare {
            chair: Role::VillageHead,
            invited: Role::MEETING.to_vec(),
        })
        .expect("meeting");
    let first = meeting.campaign().expect("campaign").to_present()[0].clone();
    meeting.decide(Action::Present { id: first }).expect("presented");
    assert_eq!(meeting.campaign().expect("campaign").stage, Stage::Meeting);
    meeting.screen = Screen::Campaign;
    frame("village panels frame, review meeting", c, &mut meeting);
}

criterion_group!(benches, bench);
criterion_main!(benches);
