//! The rasoat app in a web page: eframe's web runner over the same `rasoat::app::App` as the
//! desktop's, on the canvas `#rasoat` of `web/index.html`. What differs in the browser (storage,
//! timers, the page's server) is the app's `platform` seam, not this crate. See `web/README.md`.
#![cfg(target_arch = "wasm32")]

use eframe::wasm_bindgen::{self, JsCast, prelude::wasm_bindgen};

/// Starts the app once the page has loaded the module; a failure is shown on the page.
#[wasm_bindgen(start)]
pub fn start() {
    eframe::WebLogger::init(log::LevelFilter::Warn).ok();
    wasm_bindgen_futures::spawn_local(async {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(canvas) = document
            .get_element_by_id("rasoat")
            .and_then(|e| e.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        else {
            return;
        };
        let config = rasoat::app::Config {
            places: rasoat::platform::places(),
            ..Default::default()
        };
        let started = eframe::WebRunner::new()
            .start(
                canvas,
                eframe::WebOptions::default(),
                Box::new(move |cc| Ok(Box::new(rasoat::app::App::new(&cc.egui_ctx, config)))),
            )
            .await;
        if let Err(e) = started {
            failed(&document, &format!("{e:?}"));
        }
    });
}

/// Shows the page's own message for a browser that cannot draw the app (`#failed` in
/// `index.html`, in Vietnamese and English), with the reason under it.
fn failed(document: &web_sys::Document, reason: &str) {
    if let Some(el) = document.get_element_by_id("failed") {
        let _ = el.set_attribute("style", "display:block");
    }
    if let Some(el) = document.get_element_by_id("reason") {
        el.set_text_content(Some(reason));
    }
    if let Some(el) = document.get_element_by_id("rasoat") {
        let _ = el.set_attribute("style", "display:none");
    }
}
