//! The map's camera: spawned fitted to the whole village; its viewport is the space the panels
//! leave ([`Margins`]); `Fit` and `Follow` actions move it ([`camera_actions`]); W, A, S, D, +,
//! −, the wheel and a right or middle drag pan and zoom it ([`camera_input`]).

use bevy::camera::Viewport;
use bevy::ecs::system::SystemParam;
use bevy::input::mouse::{AccumulatedMouseMotion, AccumulatedMouseScroll};
use bevy::picking::mesh_picking::MeshPickingCamera;
use bevy::prelude::*;
use bevy::window::PrimaryWindow;
use bevy_egui::input::EguiWantsInput;

use crate::actions::Action;
use crate::draw::house_anchor;
use crate::model::{Village, Visits};

/// The world camera (the map); the egui camera is separate and covers the window.
#[derive(Component)]
pub struct MapCamera;

/// Sizes of the panels (logical pixels), so that the map's camera fills what is left.
#[derive(Resource, Debug, Default, Clone, Copy, PartialEq)]
pub struct Margins {
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

/// The map's camera, fitted to the whole village; the only camera mesh picking casts from.
pub fn spawn_camera(commands: &mut Commands, village: &Village) {
    commands.spawn((
        MapCamera,
        MeshPickingCamera,
        Camera2d,
        // No multisampling: four samples a pixel cost a software renderer most of its frame,
        // and the map's straight edges do not need them.
        Msaa::Off,
        Projection::Orthographic(OrthographicProjection {
            scale: village.fit_scale(900.0, 650.0),
            ..OrthographicProjection::default_2d()
        }),
        Transform::from_xyz(0.0, 0.0, 100.0),
    ));
}

/// The map's camera and the window it draws in.
#[derive(SystemParam)]
pub struct MapView<'w, 's> {
    camera: Query<
        'w,
        's,
        (
            &'static mut Camera,
            &'static mut Transform,
            &'static mut Projection,
        ),
        With<MapCamera>,
    >,
    window: Query<'w, 's, &'static Window, With<PrimaryWindow>>,
}

impl MapView<'_, '_> {
    /// The map fills what the panels leave (when that is more than 50 pixels each way).
    pub fn fit_viewport(&mut self, margins: &Margins) {
        let (Ok(window), Ok((mut cam, _, _))) = (self.window.single(), self.camera.single_mut()) else {
            return;
        };
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
    }

    /// The size of the map's view in logical pixels (without a window: the size the camera was
    /// first fitted to).
    fn view(&self, m: &Margins) -> Vec2 {
        self.window.single().map_or(Vec2::new(900.0, 650.0), |w| {
            Vec2::new(w.width() - m.left - m.right, w.height() - m.top - m.bottom)
        })
    }

    /// Whether the mouse is over the map (the camera's viewport), not over a panel.
    fn over_map(&self) -> bool {
        let (Ok(window), Ok((cam, _, _))) = (self.window.single(), self.camera.single()) else {
            return false;
        };
        match (window.cursor_position(), cam.logical_viewport_rect()) {
            (Some(c), Some(r)) => r.contains(c),
            _ => false,
        }
    }
}

/// `Fit` shows the whole village; `Follow` centres the chosen house (closer, if far).
pub fn camera_actions(
    mut actions: MessageReader<Action>,
    village: Res<Village>,
    visits: Res<Visits>,
    margins: Res<Margins>,
    mut view: MapView,
) {
    let (mut fit, mut follow) = (false, false);
    for a in actions.read() {
        fit |= *a == Action::Fit;
        follow |= *a == Action::Follow;
    }
    if !fit && !follow {
        return;
    }
    let size = view.view(&margins);
    let Ok((_, mut tf, mut proj)) = view.camera.single_mut() else {
        return;
    };
    if fit {
        tf.translation.x = 0.0;
        tf.translation.y = 0.0;
        if let Projection::Orthographic(o) = &mut *proj {
            o.scale = village.fit_scale(size.x, size.y);
        }
    }
    if follow && let Some((at, _)) = house_anchor(&village.layout, visits.selected) {
        tf.translation.x = at.x;
        tf.translation.y = at.y;
        if let Projection::Orthographic(o) = &mut *proj {
            o.scale = o.scale.min(0.09);
        }
    }
}

/// The keyboard, the mouse buttons, the wheel and what egui wants of them.
#[derive(SystemParam)]
pub struct MapInput<'w> {
    keys: Res<'w, ButtonInput<KeyCode>>,
    mouse: Res<'w, ButtonInput<MouseButton>>,
    scroll: Res<'w, AccumulatedMouseScroll>,
    motion: Res<'w, AccumulatedMouseMotion>,
    wants: Res<'w, EguiWantsInput>,
}

/// Pan with W, A, S, D; zoom with + and − or the mouse wheel; drag to pan.
pub fn camera_input(input: MapInput, mut view: MapView) {
    let over_map = view.over_map();
    let Ok((_, mut tf, mut proj)) = view.camera.single_mut() else {
        return;
    };
    let Projection::Orthographic(o) = &mut *proj else {
        return;
    };
    let pressed = |k| input.keys.just_pressed(k);
    if !input.wants.wants_any_keyboard_input() {
        let step = 60.0 * o.scale;
        if pressed(KeyCode::KeyA) {
            tf.translation.x -= step;
        }
        if pressed(KeyCode::KeyD) {
            tf.translation.x += step;
        }
        if pressed(KeyCode::KeyW) {
            tf.translation.y += step;
        }
        if pressed(KeyCode::KeyS) {
            tf.translation.y -= step;
        }
        if pressed(KeyCode::Equal) || pressed(KeyCode::NumpadAdd) {
            o.scale = (o.scale * 0.8).max(0.03);
        }
        if pressed(KeyCode::Minus) || pressed(KeyCode::NumpadSubtract) {
            o.scale = (o.scale * 1.25).min(3.0);
        }
    }
    if over_map && !input.wants.wants_any_pointer_input() {
        if input.scroll.delta.y != 0.0 {
            let f = if input.scroll.delta.y > 0.0 {
                0.85
            } else {
                1.0 / 0.85
            };
            o.scale = (o.scale * f).clamp(0.03, 3.0);
        }
        if input.mouse.pressed(MouseButton::Right) || input.mouse.pressed(MouseButton::Middle) {
            tf.translation.x -= input.motion.delta.x * o.scale;
            tf.translation.y += input.motion.delta.y * o.scale;
        }
    }
}
