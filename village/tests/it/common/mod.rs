//! Shared by the village's tests: the built-in world, a village prepared as the program prepares
//! it, and the village as a headless bevy `App` (`MinimalPlugins`, no window, no GPU) with the
//! real `VillagePlugin`, driven by `Action` messages.

#![allow(dead_code)]

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use rasoat_core::field::village::VillageFile;
use rasoat_core::field::visit::VisitMode;
use rasoat_core::rules::standard::StandardSet;
use rasoat_core::training::generate::{BUILTIN_NAMES, parse_names};
use rasoat_core::training::service::Library;
use rasoat_core::training::session::{CampaignRecord, VisitRecord};
use rasoat_core::training::villages::{Persist, Prepared, homes};
use rasoat_core::words::i18n::Lang;
use rasoat_village::VillagePlugin;
use rasoat_village::actions::Action;
use rasoat_village::model::{Campaigns, Screen, Village, Visits};

/// The built-in standards and library.
pub fn world() -> (StandardSet, Library) {
    let set = StandardSet::builtin().expect("standards");
    let (lib, errors) = Library::builtin(&set);
    assert!(errors.is_empty());
    (set, lib)
}

/// A village prepared as the program prepares it, in practice mode.
pub fn prepared(
    v: &VillageFile,
    set: &StandardSet,
    lib: &Library,
    previous: Vec<VisitRecord>,
    previous_campaigns: Vec<CampaignRecord>,
    persist: Option<Persist>,
) -> Prepared {
    let names = parse_names("names.toml", BUILTIN_NAMES).expect("names");
    Prepared {
        file: v.clone(),
        homes: homes(v, set, lib, &names),
        standard: set.get(&v.village.standard).expect("standard").clone(),
        mode: VisitMode::Practice,
        previous,
        previous_campaigns,
        persist,
    }
}

/// The village as a headless app, its first frame run (the map drawn, the markers placed).
pub fn app_of(prepared: Prepared, lang: Lang) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, AssetPlugin::default(), StatesPlugin));
    app.init_asset::<Mesh>();
    app.init_asset::<ColorMaterial>();
    app.add_plugins(VillagePlugin::new(prepared, lang));
    app.update();
    app
}

/// The trainee asks for `actions` (in order); one frame applies them.
pub fn act(app: &mut App, actions: impl IntoIterator<Item = Action>) {
    for a in actions {
        app.world_mut().write_message(a);
    }
    app.update();
}

pub fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

pub fn village(app: &App) -> &Village {
    app.world().resource::<Village>()
}

pub fn visits(app: &App) -> &Visits {
    app.world().resource::<Visits>()
}

pub fn campaigns(app: &App) -> &Campaigns {
    app.world().resource::<Campaigns>()
}
