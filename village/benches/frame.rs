//! CPU time of the village's frame parts for a village of 40 houses, headless: building the map
//! (every house drawn from its facts into one mesh) and one frame of the panels (egui layout and
//! tessellation) on the visit screen and on the review procedure's meeting. The GPU's share is
//! measured in the real window (`RASOAT_TIMING=1`, README "Speed"); the village draws only when
//! something changes, so the map is built once and the panels run on input.

use bevy::prelude::*;
use bevy_egui::egui;
use criterion::{Criterion, criterion_group, criterion_main};
use rasoat_core::field::procedure::{Action as Decision, Kind, Stage};
use rasoat_core::field::village::{GeneratedHouseholds, VillageFile};
use rasoat_core::field::visit::VisitMode;
use rasoat_core::rules::standard::{Role, StandardSet};
use rasoat_core::training::generate::{BUILTIN_NAMES, parse_names};
use rasoat_core::training::service::Library;
use rasoat_core::training::villages::homes;
use rasoat_core::words::i18n::Lang;
use rasoat_village::actions::{Action, Model, apply};
use rasoat_village::model::{Campaigns, Drafts, Saved, Screen, Village, Visits, Words};
use rasoat_village::panels::{PanelArgs, panels};

/// The village's model, as the plugin holds it.
struct Sim {
    village: Village,
    visits: Visits,
    campaigns: Campaigns,
    drafts: Drafts,
    words: Words,
    screen: Screen,
}

impl Sim {
    /// Bản Nà Lường's settings with 40 generated households.
    fn new(set: &StandardSet, lib: &Library) -> Sim {
        let (file, text) = rasoat_core::training::villages::BUILTIN_VILLAGES[0];
        let mut v: VillageFile =
            rasoat_core::training::villages::parse_village(file, text, set, lib).expect("village");
        v.households.scenarios.clear();
        v.households.generated = Some(GeneratedHouseholds { seed: 40, count: 40 });
        let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
        let hs = homes(&v, set, lib, &names);
        assert_eq!(hs.len(), 40);
        let standard = set.get(&v.village.standard).expect("standard").clone();
        let village = Village::new(v, hs, standard, VisitMode::Practice);
        Sim {
            visits: Visits::new(&village, vec![]),
            campaigns: Campaigns::new(&village, vec![]),
            village,
            drafts: Drafts::default(),
            words: Words::new(Lang::Vi),
            screen: Screen::Map,
        }
    }

    /// Applies an action as `apply_actions` does.
    fn act(&mut self, action: Action) {
        let mut m = Model {
            village: &self.village,
            visits: &mut self.visits,
            campaigns: &mut self.campaigns,
            drafts: &mut self.drafts,
            words: &mut self.words,
        };
        if let Some(s) = apply(&mut m, &action, 1_000).screen {
            self.screen = s;
        }
    }

    fn decide(&mut self, d: Decision) {
        self.act(Action::Decide(d));
        assert_eq!(self.campaigns.refused, None);
    }

    fn campaign(&self) -> rasoat_core::field::procedure::Campaign {
        self.campaigns.campaign(&self.village).expect("campaign")
    }

    /// One frame of every panel.
    fn frame(&mut self, ctx: &egui::Context, input: egui::RawInput) -> egui::FullOutput {
        let args = PanelArgs {
            t: self.words.texts(),
            village: &self.village,
            visits: &self.visits,
            campaigns: &self.campaigns,
            saved: &Saved::NotRecorded,
            screen: self.screen,
            now: 1_000,
        };
        let drafts = &mut self.drafts;
        ctx.run_ui(input, |ui| {
            let _ = panels(ui.ctx(), &args, drafts);
        })
    }
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

fn frame(name: &str, c: &mut Criterion, s: &mut Sim) {
    let ctx = egui::Context::default();
    rasoat_ui::style::install(&ctx);
    for i in 0..3 {
        let out = s.frame(&ctx, raw_input(f64::from(i)));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    let mut time = 10.0;
    c.bench_function(name, |b| {
        b.iter(|| {
            time += 0.016;
            let out = s.frame(&ctx, raw_input(time));
            ctx.tessellate(out.shapes, out.pixels_per_point).len()
        })
    });
}

fn bench(c: &mut Criterion) {
    let set = StandardSet::builtin().expect("standards");
    let (lib, _) = Library::builtin(&set);
    let sim = Sim::new(&set, &lib);

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
            rasoat_village::draw::spawn_map(&mut commands, &mut meshes, &mut materials, &sim.village);
            rasoat_village::draw::spawn_markers(&mut commands, &mut meshes, &mut materials);
            rasoat_village::camera::spawn_camera(&mut commands, &sim.village);
            queue.apply(world);
            meshes.len()
        })
    });

    let mut visiting = Sim::new(&set, &lib);
    visiting.act(Action::Select(3));
    visiting.act(Action::Enter);
    for q in ["ask-members", "ask-work", "look-structure", "ask-income-work"] {
        visiting.act(Action::Take(q.into()));
        assert_eq!(visiting.visits.refusal, None, "time left");
    }
    assert_eq!(visiting.screen, Screen::Visit);
    frame("village panels frame, visit with notebook", c, &mut visiting);

    let mut meeting = Sim::new(&set, &lib);
    meeting.act(Action::StartCampaign {
        kind: Kind::Periodic,
        seed: 5,
    });
    let ids = meeting
        .campaign()
        .setup
        .households
        .iter()
        .filter(|e| e.previous != rasoat_core::field::procedure::Status::None || e.request.is_some())
        .map(|e| e.id.clone())
        .collect();
    meeting.decide(Decision::List { ids });
    for id in meeting.campaign().to_survey() {
        let class = meeting.campaign().entrant(&id).map(|e| e.truth).expect("truth");
        meeting.decide(Decision::Propose { id, class });
    }
    meeting.decide(Decision::Prepare {
        chair: Role::VillageHead,
        invited: Role::MEETING.to_vec(),
    });
    let first = meeting.campaign().to_present()[0].clone();
    meeting.decide(Decision::Present { id: first });
    assert_eq!(meeting.campaign().stage, Stage::Meeting);
    assert_eq!(meeting.screen, Screen::Campaign);
    frame("village panels frame, review meeting", c, &mut meeting);
}

criterion_group!(benches, bench);
criterion_main!(benches);
