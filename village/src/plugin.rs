//! [`VillagePlugin`]: the village without its window — the [`Screen`] state, the model's
//! resources, the [`Action`] and [`Save`] messages, the map with a pickable mark a house, and the
//! systems that apply actions, save the records, move the camera and the markers. The headless
//! tests add it to `MinimalPlugins`; `run()` adds it to `DefaultPlugins` with the window's part
//! (`crate::window::VillageWindowPlugin`).

use std::sync::Mutex;

use bevy::picking::PickingSystems;
use bevy::picking::events::{Click, Pointer};
use bevy::picking::pointer::PointerButton;
use bevy::prelude::*;
use bevy_egui::input::EguiWantsInput;
use rasoat_core::training::villages::Prepared;
use rasoat_core::words::i18n::Lang;

use crate::actions::{Action, apply_actions, save_results};
use crate::camera::{Margins, camera_actions, spawn_camera};
use crate::draw::{self, Highlight, HouseMark, Reviewer, house_anchor};
use crate::model::{Campaigns, Drafts, Save, Saving, Screen, Village, Visits, Words};

/// The village prepared by the program, shown in `lang`.
pub struct VillagePlugin {
    /// Taken once, when the plugin is built (the `Persist` inside cannot be copied).
    prepared: Mutex<Option<Prepared>>,
    lang: Lang,
}

impl VillagePlugin {
    pub fn new(prepared: Prepared, lang: Lang) -> Self {
        VillagePlugin {
            prepared: Mutex::new(Some(prepared)),
            lang,
        }
    }
}

impl Plugin for VillagePlugin {
    fn build(&self, app: &mut App) {
        let prepared = self.prepared.lock().ok().and_then(|mut p| p.take());
        let Some(p) = prepared else {
            error!("the village plugin was built twice");
            return;
        };
        let village = Village::new(p.file, p.homes, p.standard, p.mode);
        let visits = Visits::new(&village, p.previous);
        let campaigns = Campaigns::new(&village, p.previous_campaigns);
        app.init_state::<Screen>()
            .insert_resource(visits)
            .insert_resource(campaigns)
            .insert_resource(village)
            .insert_resource(Words::new(self.lang))
            .insert_resource(Saving::new(p.persist))
            .init_resource::<Drafts>()
            .init_resource::<Margins>()
            .add_message::<Action>()
            .add_message::<Save>()
            .add_systems(Startup, spawn_world)
            .add_systems(
                PreUpdate,
                (apply_actions, (save_results, camera_actions))
                    .chain()
                    .after(PickingSystems::Last),
            )
            .add_systems(Update, update_markers.run_if(resource_changed::<Visits>))
            .add_observer(pick_house.run_if(in_state(Screen::Map)));
    }
}

/// The map, its markers and its camera, fitted to the whole village.
pub fn spawn_world(
    mut commands: Commands,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    village: Res<Village>,
) {
    draw::spawn_map(&mut commands, &mut meshes, &mut materials, &village);
    draw::spawn_markers(&mut commands, &mut meshes, &mut materials);
    spawn_camera(&mut commands, &village);
}

/// A click on a house (picked by bevy's mesh picking) chooses it; a click on the chosen house
/// goes in. Only on the map, and only when the pointer is not egui's.
pub fn pick_house(
    click: On<Pointer<Click>>,
    houses: Query<&HouseMark>,
    visits: Res<Visits>,
    wants: Option<Res<EguiWantsInput>>,
    mut actions: MessageWriter<Action>,
) {
    if click.event.button != PointerButton::Primary || wants.is_some_and(|w| w.wants_any_pointer_input()) {
        return;
    }
    let Ok(HouseMark(i)) = houses.get(click.entity) else {
        return;
    };
    actions.write(if visits.selected == *i {
        Action::Enter
    } else {
        Action::Select(*i)
    });
}

/// Moves the ring and the reviewer to the chosen house when the visits changed.
pub fn update_markers(
    village: Res<Village>,
    visits: Res<Visits>,
    mut ring: Query<&mut Transform, (With<Highlight>, Without<Reviewer>)>,
    mut reviewer: Query<&mut Transform, (With<Reviewer>, Without<Highlight>)>,
) {
    let Some((at, r)) = house_anchor(&village.layout, visits.selected) else {
        return;
    };
    for mut t in &mut ring {
        t.translation = at.extend(5.0);
        t.scale = Vec3::new(r, r, 1.0);
    }
    // In the yard while visiting; on the path in front otherwise.
    let inside = visits.current == Some(visits.selected);
    for mut t in &mut reviewer {
        let offset = if inside {
            Vec2::new(-2.0, -3.0)
        } else {
            Vec2::new(0.0, -r * 0.9)
        };
        t.translation = (at + offset).extend(6.0);
    }
}
