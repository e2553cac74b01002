//! The village's tests as one test program (bevy is linked once): its egui panels under
//! egui_kittest, and the headless bevy village.

mod common;

mod panels;
mod village;
