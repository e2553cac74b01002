//! CPU time of one frame of the scenario screen, headless: layout of the whole UI plus
//! tessellation, for a realistic household (five members, the full answer panel).
//! Target: at most 1 ms per frame on this 2-core machine.

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use rasoat::app::{App, Config};

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
    let ctx = egui::Context::default();
    let mut app = App::new(&ctx, Config::default());
    assert!(app.show_scenario("hmong-ha-giang-2021"));
    // Warm up: fonts atlas, galley caches.
    for i in 0..3 {
        let out = ctx.run_ui(raw_input(f64::from(i)), |ui| app.frame_ui(ui));
        let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    }
    let mut t = 10.0;
    c.bench_function("scenario screen frame", |b| {
        b.iter(|| {
            t += 0.016;
            let out = ctx.run_ui(raw_input(t), |ui| app.frame_ui(ui));
            ctx.tessellate(out.shapes, out.pixels_per_point).len()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
