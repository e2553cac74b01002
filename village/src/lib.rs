//! The village of rasoat: a field-visit simulation drawn with bevy and bevy_egui. A thin shell
//! over `rasoat-core`: the village file, its households, the layout, the question catalogue,
//! every answer, grade and evidence score come from the core; this crate draws, takes input and
//! hands each change of the visits to a `Persist` callback given by the program that opened it
//! (which writes the trainee's results file).
//!
//! Built as bevy code:
//!
//! - [`plugin::VillagePlugin`] adds the [`model::Screen`] state, the model's resources
//!   ([`model`]: `Village`, `Visits`, `Campaigns`, `Drafts`, `Saving`, `Words`), the
//!   [`actions::Action`] and [`model::Save`] messages, the map ([`draw`]: one mesh, and a hidden
//!   pickable disc a house) and the systems: [`actions::apply_actions`], the one system that
//!   changes the model; [`actions::save_results`], the one that writes (through `Persist`);
//!   [`camera::camera_actions`] (fit, follow); the markers, moved when the visits change; and an
//!   observer of bevy's `Pointer<Click>` on the houses, on the map only. It needs no window: the
//!   headless tests add it to `MinimalPlugins`.
//! - [`window::VillageWindowPlugin`] adds what needs a window: the egui camera, the panels' pass,
//!   bevy_egui's "modifiers changed" filter, mesh picking of the houses, the camera's keys and
//!   mouse.
//! - [`panels`]: each panel a plain function of the `egui::Ui` and the model read through shared
//!   references; it changes only the drafts and returns [`actions::Action`]s (the keys too).
//! - [`layout`]: the map's geometry, deterministic by village file.
//!
//! Architecture invariant: no file IO and no rules here; renders only when something changes
//! (bevy's desktop-app update mode); no audio, no gamepad.

pub mod actions;
pub mod camera;
pub mod draw;
pub mod layout;
pub mod model;
pub mod panels;
pub mod plugin;
pub mod window;

use bevy::prelude::*;
use bevy::winit::WinitSettings;
use bevy_egui::EguiPlugin;
use rasoat_core::words::i18n::{Lang, Texts};

pub use plugin::VillagePlugin;
pub use rasoat_core::training::villages::{Persist, Prepared};
pub use window::VillageWindowPlugin;

/// Why the village could not open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RunError {
    /// No graphics adapter, or none that opens a device (no Vulkan, Metal or DirectX 12 driver
    /// that works): bevy cannot draw.
    NoGraphics(String),
    /// The window system failed while the village ran (the engine stopped; caught, not a crash).
    Window(String),
}

/// Looks for a graphics adapter and opens a device on it before bevy does, so that a machine
/// without a working driver gets a clear message instead of bevy's panic: some drivers name an
/// adapter and then fail to open a device on it (wine's DirectX 12; old drivers).
pub fn graphics_available() -> Result<String, String> {
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle_from_env());
    let adapter = bevy::tasks::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions::default()))
        .map_err(|e| e.to_string())?;
    let name = adapter.get_info().name;
    // As bevy asks: every feature and limit the adapter has.
    let desc = wgpu::DeviceDescriptor {
        required_features: adapter.features(),
        required_limits: adapter.limits(),
        ..wgpu::DeviceDescriptor::default()
    };
    bevy::tasks::block_on(adapter.request_device(&desc)).map_err(|e| format!("{name}: {e}"))?;
    Ok(name)
}

/// Opens the village window in `lang`, as the command line asks it to (`rasoat village`);
/// `Err` says why no window could open.
pub fn open(prepared: Prepared, lang: Lang) -> Result<(), String> {
    run(prepared, lang).map_err(|e| match e {
        RunError::NoGraphics(reason) | RunError::Window(reason) => reason,
    })
}

/// Opens the village window in `lang`; returns when it is closed.
pub fn run(prepared: Prepared, lang: Lang) -> Result<(), RunError> {
    graphics_available().map_err(RunError::NoGraphics)?;
    caught(move || build_and_run(prepared, lang))
}

/// Builds the village's bevy app and runs it until the window closes.
fn build_and_run(prepared: Prepared, lang: Lang) {
    let t = Texts::new(lang);
    let title = format!(
        "{} — {}",
        t.get("village-window-title"),
        rasoat_core::words::visit::village_title(&t, &prepared.file)
    );
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
    .add_plugins((
        EguiPlugin::default(),
        VillagePlugin::new(prepared, lang),
        VillageWindowPlugin,
    ))
    .insert_resource(if timing {
        WinitSettings::continuous()
    } else {
        WinitSettings::desktop_app()
    })
    .insert_resource(ClearColor(Color::srgb_u8(150, 185, 110)));
    if timing {
        app.add_systems(Update, frame_times);
    }
    app.run();
}

/// Runs `f`; a panic inside the engine (a device lost at start, a window system assertion) ends
/// the village with its reason instead of a crash, its message kept from the console.
fn caught(f: impl FnOnce()) -> Result<(), RunError> {
    let caught: std::sync::Arc<std::sync::Mutex<Option<String>>> = std::sync::Arc::default();
    let keep = caught.clone();
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if let Ok(mut slot) = keep.lock() {
            slot.get_or_insert_with(|| {
                // The engine's own words, without the source location (of no use to a trainee).
                let payload = info.payload();
                payload
                    .downcast_ref::<&str>()
                    .map(|m| (*m).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default()
            });
        }
    }));
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    std::panic::set_hook(previous);
    match ran {
        Ok(()) => Ok(()),
        Err(_) => {
            let reason = caught.lock().ok().and_then(|mut s| s.take()).unwrap_or_default();
            Err(RunError::Window(reason))
        }
    }
}

/// Prints the mean and the slowest of 300 frames after the first 60 (`RASOAT_TIMING=1`).
fn frame_times(time: Res<Time>, mut seen: Local<Vec<f32>>, village: Res<model::Village>) {
    seen.push(time.delta_secs() * 1000.0);
    if seen.len() == 360 {
        let frames = &seen[60..];
        let mean = frames.iter().sum::<f32>() / frames.len() as f32;
        let worst = frames.iter().copied().fold(0.0, f32::max);
        eprintln!(
            "{} houses: {} frames, mean {mean:.2} ms, slowest {worst:.2} ms",
            village.homes.len(),
            frames.len()
        );
    }
}
