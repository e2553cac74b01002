//! "Tham gia lớp học": the class server's address and the class code the trainer reads out; the
//! trainee's identity is the one the app already knows.

use eframe::egui;

use super::Pending;
use crate::app::{Action, Ctx};
use crate::classroom::client::{Client, ClientError};
use crate::training::classroom::protocol::{Join, Joined, normalize_code};
use rasoat_ui::{strong, verdict_color};

pub struct JoinScreen {
    server: String,
    code: String,
    pending: Option<Pending<Result<Joined, ClientError>>>,
    message: Option<String>,
    /// The code field has had the keyboard (given once, when the screen opens).
    focused: bool,
    /// The server is typed (the desktop); a web page's is its own.
    server_typed: bool,
}

impl JoinScreen {
    /// The form, with the server last used; in a web page, the page's own server and the class
    /// code of its address (`/?lop=ABC123`).
    pub fn new(server: Option<String>) -> Self {
        let page = crate::platform::page_server();
        Self {
            server_typed: page.is_none(),
            server: page.or(server).unwrap_or_default(),
            code: crate::platform::page_class_code().unwrap_or_default(),
            pending: None,
            message: None,
            focused: false,
        }
    }

    pub fn ui(&mut self, app: &mut Ctx<'_>, ui: &mut egui::Ui) -> Option<Action> {
        let t = app.texts;
        if let Some(done) = self.pending.as_ref().and_then(Pending::take) {
            self.pending = None;
            match done {
                Ok(joined) => {
                    return Some(Action::JoinedClass(
                        crate::classroom::client::server_base(&self.server),
                        Box::new(joined),
                    ));
                }
                Err(e) => self.message = Some(e.text(t)),
            }
        }
        let trainee = app.trainee()?;
        let mut join = false;
        egui::ScrollArea::vertical().show(ui, |ui| {
            ui.heading(t.get("join-title"));
            ui.label(t.get("join-intro"));
            ui.add_space(6.0);
            ui.label(
                t.get_args(
                    "join-as",
                    &[
                        ("name", trainee.name.clone().into()),
                        (
                            "place",
                            crate::words::explain::place_name(
                                &trainee.commune,
                                &trainee.district,
                                &trainee.province,
                            )
                            .into(),
                        ),
                    ],
                ),
            );
            ui.add_space(6.0);
            egui::Grid::new("join")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| {
                    // A web page talks to the server that served it: nothing to type.
                    if self.server_typed {
                        let label = ui.label(t.get("join-server"));
                        ui.add(
                            egui::TextEdit::singleline(&mut self.server)
                                .desired_width(360.0)
                                .hint_text("192.168.1.10:8080"),
                        )
                        .labelled_by(label.id);
                        ui.end_row();
                    }
                    let label = ui.label(t.get("join-code"));
                    let r = ui
                        .add(
                            egui::TextEdit::singleline(&mut self.code)
                                .desired_width(160.0)
                                .font(egui::TextStyle::Heading),
                        )
                        .labelled_by(label.id);
                    if !std::mem::replace(&mut self.focused, true) {
                        r.request_focus();
                    }
                    join = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.end_row();
                });
            ui.add_space(6.0);
            if self.pending.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(t.get("join-joining"));
                });
            } else if ui.button(strong(t.get("join-button"))).clicked() {
                join = true;
            }
            if let Some(m) = &self.message {
                ui.colored_label(verdict_color(false), m);
            }
        });
        if join && self.pending.is_none() {
            self.start(app, ui.ctx(), trainee);
        }
        None
    }

    fn start(&mut self, app: &Ctx<'_>, ctx: &egui::Context, trainee: crate::training::session::Trainee) {
        let t = app.texts;
        if self.server.trim().is_empty() {
            self.message = Some(t.get("join-no-server"));
            return;
        }
        let Some(code) = normalize_code(&self.code) else {
            self.message = Some(t.get("join-bad-code"));
            return;
        };
        self.message = None;
        let client = Client::new(&self.server, t.lang());
        self.pending = Some(Pending::<()>::call(ctx, client.join(&code, &Join { trainee })));
    }
}
