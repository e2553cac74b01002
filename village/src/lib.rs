//! The village of rasoat: a field-visit simulation drawn with bevy and bevy_egui. A thin shell
//! over `rasoat-core`: the village file, its households, the layout, the question catalogue,
//! every answer, grade and evidence score come from the core; this crate draws, takes input and
//! hands each change of the visits to a `Persist` callback given by the program that opened it
//! (which writes the trainee's results file).
//!
//! Architecture invariant: no file IO and no rules here; renders only when something changes
//! (bevy's desktop-app update mode); no audio, no gamepad.

pub mod campaign;
pub mod draw;
pub mod layout;
pub mod state;
pub mod ui;

use bevy::camera::Viewport;
use bevy::camera::visibility::RenderLayers;
use bevy::input::mouse::AccumulatedMouseScroll;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy::winit::WinitSettings;
use bevy_egui::input::EguiWantsInput;
use bevy_egui::{EguiContexts, EguiGlobalSettings, EguiPlugin, EguiPrimaryContextPass, PrimaryEguiContext};
use rasoat_core::words::i18n::{Lang, Texts};

use state::VillageState;

pub use rasoat_core::training::villages::{Persist, Prepared};

/// Why the village could not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// No graphics adapter (no Vulkan, Metal or DirectX 12 driver): bevy cannot draw.
    NoGraphics(String),
}

/// Looks for a graphics adapter before bevy does, so that a machine without a driver gets a
/// clear message instead of bevy's panic.
pub fn graphics_available() -> Result<String, String> {
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
    match bevy::tasks::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions::default())) {
        Ok(adapter) => Ok(adapter.get_info().name),
        Err(e) => Err(e.to_string()),
    }
}

/// The two languages' words: Fluent bundles are not shared between threads, so they live on the
/// main thread (a non-send resource).
pub struct Words {
    pub vi: Texts,
    pub en: Texts,
}

impl Words {
    pub fn get(&self, english: bool) -> &Texts {
        if english { &self.en } else { &self.vi }
    }
}

/// The world camera (the map); the egui camera is separate and covers the window.
#[derive(Component)]
pub struct MapCamera;

/// Opens the village window in `lang`, as the command line asks it to (`rasoat village`);
/// `Err` says why no window could open.
pub fn open(prepared: Prepared, lang: Lang) -> Result<(), String> {
    run(prepared, lang).map_err(|RunError::NoGraphics(reason)| reason)
}

/// Opens the village window in `lang`; returns when it is closed.
pub fn run(launch: Prepared, lang: Lang) -> Result<(), RunError> {
    graphics_available().map_err(RunError::NoGraphics)?;
    let words = Words {
        vi: Texts::new(Lang::Vi),
        en: Texts::new(Lang::En),
    };
    let english = lang.is_english();
    let title = format!(
        "{} — {}",
        words.get(english).get("village-window-title"),
        rasoat_core::words::visit::village_title(words.get(english), &launch.file)
    );
    let mut state = VillageState::new(
        launch.file,
        launch.homes,
        launch.standard,
        launch.mode,
        launch.previous,
        launch.previous_campaigns,
        launch.persist,
    );
    state.english = english;
    if let Some(i) = state.unfinished() {
        state.select(i);
    }
    // `RASOAT_TIMING=1`: draw continuously and print the frame times (for the README's numbers).
    let timing = std::env::var_os("RASOAT_TIMING").is_some();
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin {
                primary_window: Some(Window {
                    title,
                    resolution: (1280, 800).into(),
                    present_mode: if timing {
                        bevy::window::PresentMode::AutoNoVsync
                    } else {
                        bevy::window::PresentMode::AutoVsync
                    },
                    ..default()
                }),
                ..default()
            })
            .set(bevy::log::LogPlugin {
                // The trainee sees the window, not the engine's notes about the driver.
                level: bevy::log::Level::ERROR,
                ..default()
            }),
    )
    .add_plugins(EguiPlugin::default())
    .insert_resource(if timing {
        WinitSettings::continuous()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(ClearColor(Color::srgb_u8(150, 185, 110)))
    .insert_resource(state)
    .insert_non_send(words)
    .add_systems(Startup, setup)
    .add_systems(EguiPrimaryContextPass, panels_system)
    .add_systems(
        PreUpdate,
        quiet_modifiers
            .after(bevy_egui::EguiInputSet::WriteEguiEvents)
            .before(bevy_egui::EguiPreUpdateSet::BeginPass),
    )
    .add_systems(Update, (camera_input, click_houses, update_markers).chain());
    if timing {
        app.add_systems(Update, frame_times);
    }
    app.run();
    Ok(())
}

/// The cameras, the map and the markers.
pub fn setup(
    mut commands: Commands,
    mut egui_settings: ResMut<EguiGlobalSettings>,
    mut meshes: ResMut<Assets<Mesh>>,
    mut materials: ResMut<Assets<ColorMaterial>>,
    state: Res<VillageState>,
) {
    egui_settings.auto_create_primary_context = false;
    spawn_world(&mut commands, &mut meshes, &mut materials, &state);
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

/// The map and its camera, fitted to the whole village (also used by the headless tests).
pub fn spawn_world(
    commands: &mut Commands,
    meshes: &mut Assets<Mesh>,
    materials: &mut Assets<ColorMaterial>,
    state: &VillageState,
) {
    draw::spawn_map(commands, meshes, materials, state);
    draw::spawn_markers(commands, meshes, materials);
    commands.spawn((
        MapCamera,
        Camera2d,
        // No multisampling: four samples a pixel cost a software renderer most of its frame,
        // and the map's straight edges do not need them.
        Msaa::Off,
        Projection::Orthographic(OrthographicProjection {
            scale: fit_scale(state, 900.0, 650.0),
            ..OrthographicProjection::default_2d()
        }),
        Transform::from_xyz(0.0, 0.0, 100.0),
    ));
}

/// The scale at which the whole village fits a view of this size (world units per pixel).
fn fit_scale(state: &VillageState, w: f32, h: f32) -> f32 {
    (state.layout.width / w.max(100.0)).max(state.layout.height / h.max(100.0)) * 1.05
}

#[allow(clippy::too_many_arguments)]
fn panels_system(
    mut contexts: EguiContexts,
    mut state: ResMut<VillageState>,
    mut words: NonSendMut<Words>,
    mut fonts_ready: Local<bool>,
    mut camera: Query<(&mut Camera, &mut Transform, &mut Projection), With<MapCamera>>,
    window: Single<&Window, With<PrimaryWindow>>,
    mut exit: MessageWriter<AppExit>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) -> Result {
    let ctx = contexts.ctx_mut()?;
    if !*fonts_ready {
        // New fonts take effect from the next pass: draw nothing now, and ask for that pass.
        rasoat_ui::style::install(ctx);
        *fonts_ready = true;
        redraw.write(bevy::window::RequestRedraw);
        return Ok(());
    }
    let now = unix_now();
    let english = state.english;
    let (margins, req) = {
        let words = &mut *words;
        ui::panels(ctx, words.get(english), &mut state, now)
    };
    if req.switch_language {
        state.english = !state.english;
        state.changed = true;
    }
    if req.quit {
        exit.write(AppExit::Success);
    }
    let Ok((mut cam, mut tf, mut proj)) = camera.single_mut() else {
        return Ok(());
    };
    // The map fills what the panels leave.
    let scale = window.scale_factor();
    let pos = UVec2::new((margins.left * scale) as u32, (margins.top * scale) as u32);
    let full = UVec2::new(window.physical_width(), window.physical_height());
    let used = pos + UVec2::new((margins.right * scale) as u32, (margins.bottom * scale) as u32);
    if full.x > used.x + 50 && full.y > used.y + 50 {
        cam.viewport = Some(Viewport {
            physical_position: pos,
            physical_size: full - used,
            ..default()
        });
    }
    let view = Vec2::new(
        window.width() - margins.left - margins.right,
        window.height() - margins.top - margins.bottom,
    );
    if req.fit {
        tf.translation.x = 0.0;
        tf.translation.y = 0.0;
        if let Projection::Orthographic(o) = &mut *proj {
            o.scale = fit_scale(&state, view.x, view.y);
        }
    }
    if req.follow
        && let Some((at, _)) = draw::house_anchor(&state, state.selected)
    {
        tf.translation.x = at.x;
        tf.translation.y = at.y;
        if let Projection::Orthographic(o) = &mut *proj {
            o.scale = o.scale.min(0.09);
        }
    }
    Ok(())
}

/// bevy_egui 0.42 hands egui a "modifiers changed" event every frame, even when no key changed;
/// egui then asks for another frame at once, and the window would redraw without end (80% of a
/// core, idle). Only real changes are passed on.
fn quiet_modifiers(
    mut inputs: Query<&mut bevy_egui::EguiInput>,
    mut last: Local<Option<bevy_egui::egui::Modifiers>>,
) {
    for mut input in &mut inputs {
        input.events.retain(|e| match e {
            bevy_egui::egui::Event::ModifiersChanged(m) => {
                let changed = *last != Some(*m);
                *last = Some(*m);
                changed
            }
            _ => true,
        });
    }
}

/// Prints the mean and the slowest of 300 frames after the first 60 (`RASOAT_TIMING=1`).
fn frame_times(time: Res<Time>, mut seen: Local<Vec<f32>>, state: Res<VillageState>) {
    seen.push(time.delta_secs() * 1000.0);
    if seen.len() == 360 {
        let frames = &seen[60..];
        let mean = frames.iter().sum::<f32>() / frames.len() as f32;
        let worst = frames.iter().copied().fold(0.0, f32::max);
        eprintln!(
            "{} houses: {} frames, mean {mean:.2} ms, slowest {worst:.2} ms",
            state.homes.len(),
            frames.len()
        );
    }
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Pan with W, A, S, D; zoom with + and − or the mouse wheel; 0 fits the village; drag to pan.
#[allow(clippy::too_many_arguments)]
fn camera_input(
    keys: Res<ButtonInput<KeyCode>>,
    mouse: Res<ButtonInput<MouseButton>>,
    scroll: Res<AccumulatedMouseScroll>,
    motion: Res<bevy::input::mouse::AccumulatedMouseMotion>,
    wants: Res<EguiWantsInput>,
    window: Single<&Window, With<PrimaryWindow>>,
    mut camera: Query<(&Camera, &mut Transform, &mut Projection), With<MapCamera>>,
) {
    let Ok((cam, mut tf, mut proj)) = camera.single_mut() else {
        return;
    };
    let over_map = over_map(&window, cam);
    let Projection::Orthographic(o) = &mut *proj else {
        return;
    };
    if !wants.wants_any_keyboard_input() {
        let step = 60.0 * o.scale;
        if keys.just_pressed(KeyCode::KeyA) {
            tf.translation.x -= step;
        }
        if keys.just_pressed(KeyCode::KeyD) {
            tf.translation.x += step;
        }
        if keys.just_pressed(KeyCode::KeyW) {
            tf.translation.y += step;
        }
        if keys.just_pressed(KeyCode::KeyS) {
            tf.translation.y -= step;
        }
        if keys.just_pressed(KeyCode::Equal) || keys.just_pressed(KeyCode::NumpadAdd) {
            o.scale = (o.scale * 0.8).max(0.03);
        }
        if keys.just_pressed(KeyCode::Minus) || keys.just_pressed(KeyCode::NumpadSubtract) {
            o.scale = (o.scale * 1.25).min(3.0);
        }
    }
    if over_map && !wants.wants_any_pointer_input() {
        if scroll.delta.y != 0.0 {
            let f = if scroll.delta.y > 0.0 { 0.85 } else { 1.0 / 0.85 };
            o.scale = (o.scale * f).clamp(0.03, 3.0);
        }
        if mouse.pressed(MouseButton::Right) || mouse.pressed(MouseButton::Middle) {
            tf.translation.x -= motion.delta.x * o.scale;
            tf.translation.y += motion.delta.y * o.scale;
        }
    }
}

/// Whether the mouse is over the map (the camera's viewport), not over a panel.
fn over_map(window: &Window, cam: &Camera) -> bool {
    match (window.cursor_position(), cam.logical_viewport_rect()) {
        (Some(c), Some(r)) => r.contains(c),
        _ => false,
    }
}

/// A click on a house chooses it; a click on the chosen house goes in.
fn click_houses(
    mouse: Res<ButtonInput<MouseButton>>,
    wants: Res<EguiWantsInput>,
    window: Single<&Window, With<PrimaryWindow>>,
    camera: Query<(&Camera, &GlobalTransform), With<MapCamera>>,
    mut state: ResMut<VillageState>,
) {
    if !mouse.just_pressed(MouseButton::Left)
        || wants.wants_any_pointer_input()
        || state.screen != state::Screen::Map
    {
        return;
    }
    let Some(cursor) = window.cursor_position() else {
        return;
    };
    let Ok((cam, gt)) = camera.single() else { return };
    if !over_map(&window, cam) {
        return;
    }
    let Ok(at) = cam.viewport_to_world_2d(gt, cursor) else {
        return;
    };
    let hit = (0..state.homes.len())
        .find(|&i| draw::house_anchor(&state, i).is_some_and(|(c, r)| c.distance(at) < r * 0.8));
    if let Some(i) = hit {
        if state.selected == i && state.screen == state::Screen::Map {
            state.enter(unix_now());
        } else {
            state.select(i);
        }
    }
}

/// Moves the ring and the reviewer to the chosen house when the state changed.
pub fn update_markers(
    mut state: ResMut<VillageState>,
    mut ring: Query<&mut Transform, (With<draw::Highlight>, Without<draw::Reviewer>)>,
    mut reviewer: Query<&mut Transform, (With<draw::Reviewer>, Without<draw::Highlight>)>,
) {
    if !state.changed {
        return;
    }
    state.changed = false;
    let Some((at, r)) = draw::house_anchor(&state, state.selected) else {
        return;
    };
    for mut t in &mut ring {
        t.translation = at.extend(5.0);
        t.scale = Vec3::new(r, r, 1.0);
    }
    // In the yard while visiting; on the path in front otherwise.
    let inside = state.current == Some(state.selected);
    for mut t in &mut reviewer {
        let offset = if inside {
            Vec2::new(-2.0, -3.0)
        } else {
            Vec2::new(0.0, -r * 0.9)
        };
        t.translation = (at + offset).extend(6.0);
    }
}
