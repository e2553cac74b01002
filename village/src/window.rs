//! [`VillageWindowPlugin`]: the part of the village that needs a window — the egui camera and
//! the panels' pass (fonts installed first, the map's viewport fitted to what the panels leave),
//! bevy_egui's "modifiers changed" filter, mesh picking of the houses, and the camera's keys and
//! mouse. `run()` adds it with `DefaultPlugins`, `EguiPlugin` and `VillagePlugin`.

use bevy::camera::visibility::RenderLayers;
use bevy::ecs::system::SystemParam;
use bevy::picking::mesh_picking::ray_cast::RayCastVisibility;
use bevy::picking::mesh_picking::{MeshPickingPlugin, MeshPickingSettings};
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use bevy_egui::{EguiContexts, EguiGlobalSettings, EguiPrimaryContextPass, PrimaryEguiContext, egui};

use crate::actions::{Action, unix_now};
use crate::camera::{MapView, Margins, camera_input};
use crate::model::{Campaigns, Drafts, Saving, Screen, Village, Visits, Words};
use crate::panels::{PanelArgs, panels};

/// The window's part of the village (needs `DefaultPlugins` with a window, and `EguiPlugin`).
pub struct VillageWindowPlugin;

impl Plugin for VillageWindowPlugin {
    fn build(&self, app: &mut App) {
        app.add_plugins(MeshPickingPlugin)
            // Only the houses' hidden discs, and only from the map's camera: the discs are never
            // drawn, so picking must not ask whether they are visible.
            .insert_resource(MeshPickingSettings {
                require_markers: true,
                ray_cast_visibility: RayCastVisibility::Any,
            })
            .add_systems(Startup, spawn_egui_camera)
            .add_systems(EguiPrimaryContextPass, panels_system)
            .add_systems(
                PreUpdate,
                quiet_modifiers
                    .after(bevy_egui::EguiInputSet::WriteEguiEvents)
                    .before(bevy_egui::EguiPreUpdateSet::BeginPass),
            )
            .add_systems(Update, (camera_input, draw_at_start));
    }
}

/// The egui camera, over the whole window and above the map's.
fn spawn_egui_camera(mut commands: Commands, mut egui_settings: ResMut<EguiGlobalSettings>) {
    egui_settings.auto_create_primary_context = false;
    commands.spawn((
        PrimaryEguiContext,
        Camera2d,
        Msaa::Off,
        RenderLayers::none(),
        Camera {
            order: 1,
            clear_color: ClearColorConfig::None,
            ..default()
        },
    ));
}

/// What the panels read, and the drafts they change.
#[derive(SystemParam)]
pub struct PanelData<'w> {
    village: Res<'w, Village>,
    visits: Res<'w, Visits>,
    campaigns: Res<'w, Campaigns>,
    words: Res<'w, Words>,
    saving: Res<'w, Saving>,
    screen: Res<'w, State<Screen>>,
    drafts: ResMut<'w, Drafts>,
}

/// The panels' pass: draws them, fits the map's viewport to what they leave, and writes what
/// the trainee asked for (applied by `apply_actions` in the next frame, which is asked for).
fn panels_system(
    mut contexts: EguiContexts,
    mut data: PanelData,
    mut fonts_ready: Local<bool>,
    mut view: MapView,
    mut margins: ResMut<Margins>,
    mut actions: MessageWriter<Action>,
    mut redraw: MessageWriter<RequestRedraw>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if !*fonts_ready {
        // New fonts take effect from the next pass: draw nothing now, and ask for that pass.
        rasoat_ui::style::install(ctx);
        *fonts_ready = true;
        redraw.write(RequestRedraw);
        return Ok(());
    }
    let args = PanelArgs {
        t: data.words.texts(),
        village: &data.village,
        visits: &data.visits,
        campaigns: &data.campaigns,
        saved: &data.saving.saved,
        screen: *data.screen.get(),
        now: unix_now(),
    };
    let (m, asked) = panels(ctx, &args, &mut data.drafts);
    if !asked.is_empty() {
        actions.write_batch(asked);
        redraw.write(RequestRedraw);
    }
    margins.set_if_neq(m);
    view.fit_viewport(&m);
    Ok(())
}

/// bevy_egui 0.42 hands egui a "modifiers changed" event every frame, even when no key changed;
/// egui then asks for another frame at once, and the window would redraw without end (80% of a
/// core, idle). Only real changes are passed on.
fn quiet_modifiers(mut inputs: Query<&mut bevy_egui::EguiInput>, mut last: Local<Option<egui::Modifiers>>) {
    for mut input in &mut inputs {
        input.events.retain(|e| match e {
            egui::Event::ModifiersChanged(m) => {
                let changed = *last != Some(*m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

/// The first frames after the start: the map's mesh reaches the renderer a frame after it is
/// spawned, and the desktop-app mode draws only on input — without these frames the village
/// would open on an empty field until the mouse moved.
fn draw_at_start(mut frames: Local<u32>, mut redraw: MessageWriter<RequestRedraw>) {
    if *frames < 10 {
        *frames += 1;
        redraw.write(RequestRedraw);
    }
}
