//! The shells' integration tests as one test program: the app, the command line, the classroom
//! client against the real server, the field visit and the reliability review's reproducers.
//! One program links the app (egui, eframe, bevy) once instead of once per file: a tenth of the
//! disk and of the link time of separate programs.

mod common;

mod app;
mod bulk;
mod classroom;
mod classroom_kill;
mod cli;
mod editor;
mod generate;
mod reliability;
mod scenarios;
mod session;
mod visit;
