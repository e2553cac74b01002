//! The village's panels drawn headless with egui_kittest (no renderer) from the real built-in
//! village Bản Nà Lường, clicked and typed into by the Fluent labels the trainee reads; each
//! panel's actions are checked, then applied as `apply_actions` applies them. After every frame,
//! every label and value of the accessibility tree must have its glyphs in Noto Sans (the only
//! font installed).

use crate::common;

use bevy_egui::egui;
use common::{prepared, world};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use rasoat_core::field::procedure::{Action as Decision, Kind, Status};
use rasoat_core::rules::assess::Class;
use rasoat_core::rules::standard::{Over, Role as Who};
use rasoat_core::training::villages::builtin;
use rasoat_core::words::explain;
use rasoat_core::words::i18n::{Lang, Texts};
use rasoat_core::words::procedure as pw;
use rasoat_core::words::visit as words;
use rasoat_village::actions::{Action, Model, apply};
use rasoat_village::model::{Campaigns, Drafts, Saved, Screen, Village, Visits, Words};
use rasoat_village::panels::campaign::common::role_label;
use rasoat_village::panels::{self, PanelArgs};

const NOW: u64 = 1_700_000_000;

/// The village's model as the plugin holds it, and what the panels asked for.
struct Sim {
    village: Village,
    visits: Visits,
    campaigns: Campaigns,
    drafts: Drafts,
    words: Words,
    screen: Screen,
    asked: Vec<Action>,
    /// Whether Noto Sans is installed (egui here has no font of its own).
    fonts: bool,
}

impl Sim {
    /// Bản Nà Lường, as the program opens it, in `lang`.
    fn new(lang: Lang) -> Sim {
        let (set, lib) = world();
        let (villages, _) = builtin(&set, &lib);
        let v = villages
            .iter()
            .find(|v| v.village.name.vi == "Bản Nà Lường")
            .expect("Bản Nà Lường");
        let p = prepared(v, &set, &lib, vec![], vec![], None);
        let village = Village::new(p.file, p.homes, p.standard, p.mode);
        Sim {
            visits: Visits::new(&village, vec![]),
            campaigns: Campaigns::new(&village, vec![]),
            village,
            drafts: Drafts::default(),
            words: Words::new(lang),
            screen: Screen::Map,
            asked: vec![],
            fonts: false,
        }
    }

    fn t(&self) -> &Texts {
        self.words.texts()
    }

    /// Draws with the model read through `PanelArgs`, the drafts and the actions given — after
    /// a first pass that only installs the fonts, as the village's window does (new fonts apply
    /// from the next pass).
    fn draw(&mut self, ctx: &egui::Context, f: impl FnOnce(&PanelArgs, &mut Drafts, &mut Vec<Action>)) {
        if !self.fonts {
            rasoat_ui::style::install(ctx);
            self.fonts = true;
            ctx.request_repaint();
            return;
        }
        let a = PanelArgs {
            t: self.words.texts(),
            village: &self.village,
            visits: &self.visits,
            campaigns: &self.campaigns,
            saved: &Saved::NotRecorded,
            screen: self.screen,
            now: NOW,
        };
        f(&a, &mut self.drafts, &mut self.asked);
    }

    /// Applies every action asked for, in order, as `apply_actions` does; what they were.
    fn apply(&mut self) -> Vec<Action> {
        let asked = std::mem::take(&mut self.asked);
        for action in &asked {
            self.act(action.clone());
        }
        asked
    }

    fn act(&mut self, action: Action) {
        let mut m = Model {
            village: &self.village,
            visits: &mut self.visits,
            campaigns: &mut self.campaigns,
            drafts: &mut self.drafts,
            words: &mut self.words,
        };
        if let Some(s) = apply(&mut m, &action, NOW).screen {
            self.screen = s;
        }
    }

    fn decide(&mut self, d: Decision) {
        self.act(Action::Decide(d));
        assert_eq!(self.campaigns.refused, None);
    }

    fn campaign(&self) -> rasoat_core::field::procedure::Campaign {
        self.campaigns.campaign(&self.village).expect("campaign")
    }
}

type Panel = fn(&mut egui::Ui, &PanelArgs, &mut Drafts, &mut Vec<Action>);

/// A harness drawing `panel` from `sim`, tall enough for the whole panel, run until the fonts
/// are installed and the panel drawn with them.
fn harness(sim: Sim, panel: Panel) -> Harness<'static, Sim> {
    harness_sized(sim, panel, egui::vec2(600.0, 4000.0))
}

fn harness_sized(sim: Sim, panel: Panel, size: egui::Vec2) -> Harness<'static, Sim> {
    let mut h = Harness::builder().with_size(size).build_ui_state(
        move |ui, s: &mut Sim| {
            let ctx = ui.ctx().clone();
            s.draw(&ctx, |a, d, out| panel(ui, a, d, out));
        },
        sim,
    );
    run_checked(&mut h);
    h
}

/// A frame, then the glyph check.
fn run_checked(h: &mut Harness<'static, Sim>) {
    h.run();
    assert_glyphs(h);
}

/// Panics naming the text and the characters when something on screen is not in Noto Sans.
fn assert_glyphs(h: &Harness<'static, Sim>) {
    let texts = h.query_all_by(|_| true).flat_map(|node| {
        let node = node.accesskit_node();
        [node.label(), node.value(), node.description()]
            .into_iter()
            .flatten()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    });
    match rasoat_ui::style::check_texts(texts) {
        Ok(seen) => assert!(seen > 0, "no text on screen to check"),
        Err(e) => panic!("{e}"),
    }
}

/// Clicks the widget labelled `label`.
fn click(h: &mut Harness<'static, Sim>, label: &str) {
    h.get_by_label(label).click();
    run_checked(h);
}

/// What the panel asked for since the last call, applied to the model.
fn asked(h: &mut Harness<'static, Sim>) -> Vec<Action> {
    let asked = h.state_mut().apply();
    run_checked(h);
    asked
}

/// The list of houses, and the keys as the village reads them after its panels.
fn houses(ui: &mut egui::Ui, a: &PanelArgs, _: &mut Drafts, out: &mut Vec<Action>) {
    panels::houses::houses(ui, a, out);
    out.extend(panels::keys(ui.ctx(), a));
}

fn right(ui: &mut egui::Ui, a: &PanelArgs, d: &mut Drafts, out: &mut Vec<Action>) {
    panels::right(ui, a, d, out);
}

fn keys(ui: &mut egui::Ui, a: &PanelArgs, _: &mut Drafts, out: &mut Vec<Action>) {
    ui.label(a.t.get("village-keys-map"));
    out.extend(panels::keys(ui.ctx(), a));
}

/// The label of house `i` in the list.
fn house_label(s: &Sim, i: usize) -> String {
    let t = s.t();
    t.get_args(
        "village-house",
        &[
            ("number", (i + 1).into()),
            ("name", words::speaker(&s.village.homes[i].household).into()),
            ("status", t.get("village-status-new").into()),
        ],
    )
}

/// On a panel as high as the window's (800 pixels less the bars), the "go in" button stays under
/// the list, on the panel, and goes in: the list no longer pushes it past the edge.
#[test]
fn the_go_in_button_stays_on_the_panel() {
    for lang in Lang::ALL {
        let sim = Sim::new(lang);
        let label = sim.t().get("village-enter");
        let mut h = harness_sized(sim, houses, egui::vec2(300.0, 680.0));
        let bottom = h
            .get_by_label(&label)
            .accesskit_node()
            .bounding_box()
            .expect("laid out")
            .y1;
        assert!(bottom <= 680.0, "{}: the button ends at {bottom}", lang.code());
        h.get_by_label(&label).click();
        run_checked(&mut h);
        assert_eq!(asked(&mut h), vec![Action::Enter, Action::Follow]);
    }
}

/// Choosing a house in the list (the map follows), then Enter: the house is entered.
#[test]
fn choosing_a_house_and_entering_it_gives_the_enter_action() {
    for lang in Lang::ALL {
        let sim = Sim::new(lang);
        let label = house_label(&sim, 2);
        let mut h = harness(sim, houses);
        click(&mut h, &label);
        assert_eq!(asked(&mut h), vec![Action::Select(2), Action::Follow]);
        assert_eq!(h.state().visits.selected, 2);
        // Enter goes in (as the "go in" button does: `the_go_in_button_stays_on_the_panel`).
        h.key_press(egui::Key::Enter);
        run_checked(&mut h);
        assert_eq!(asked(&mut h), vec![Action::Enter, Action::Follow]);
        assert_eq!(h.state().screen, Screen::Visit);
        assert_eq!(h.state().visits.current, Some(2));
        // In the yard the list shows the visit started.
        let t = h.state().t();
        let started = t.get_args(
            "village-house",
            &[
                ("number", 3.into()),
                (
                    "name",
                    words::speaker(&h.state().village.homes[2].household).into(),
                ),
                ("status", t.get("village-status-started").into()),
            ],
        );
        h.get_by_label(&started);
    }
}

/// A question of the catalogue, clicked in the yard, is a take action; once taken, its button is
/// off and the notebook shows it.
#[test]
fn a_question_button_gives_the_take_action() {
    let mut sim = Sim::new(Lang::Vi);
    sim.act(Action::Select(0));
    sim.act(Action::Enter);
    assert_eq!(sim.screen, Screen::Visit);
    let action = sim
        .village
        .catalogue
        .action("ask-members")
        .expect("ask-members")
        .clone();
    let t = sim.t();
    let label = t.get_args(
        "village-action",
        &[
            ("action", words::action_label(t, &action.id).into()),
            ("minutes", action.minutes.into()),
            ("kind", t.get("village-kind-ask").into()),
        ],
    );
    let mut h = harness(sim, right);
    click(&mut h, &label);
    assert_eq!(asked(&mut h), vec![Action::Take("ask-members".into())]);
    assert_eq!(
        h.state().visits.visit(&h.state().village).expect("visit").taken(),
        ["ask-members"]
    );
    assert!(h.get_by_label(&label).accesskit_node().is_disabled());
}

/// The form: the income typed as "1.450.000 đồng" is read, a class chosen, and "submit" hands it
/// in; the verdict panel then shows the score.
#[test]
fn the_form_submits_and_the_verdict_shows_the_score() {
    let mut sim = Sim::new(Lang::Vi);
    sim.act(Action::Select(1));
    sim.act(Action::Enter);
    sim.act(Action::Take("ask-members".into()));
    sim.act(Action::OpenForm);
    assert_eq!(sim.screen, Screen::Form);
    let t = sim.t();
    let (income, class) = (
        t.get("scenario-income-label"),
        explain::class_name(t, Class::Poor),
    );
    let submit = t.get("village-form-submit");
    let mut h = harness(sim, right);
    assert!(
        h.get_by_label(&submit).accesskit_node().is_disabled(),
        "no class yet"
    );
    h.get_by_role_and_label(Role::TextInput, &income).focus();
    run_checked(&mut h);
    h.get_by_role_and_label(Role::TextInput, &income)
        .type_text("1.450.000 đồng");
    run_checked(&mut h);
    assert_eq!(h.state().drafts.form.income_vnd(), Some(1_450_000));
    click(&mut h, &class);
    assert_eq!(h.state().drafts.form.class, Some(Class::Poor));
    click(&mut h, &submit);
    assert_eq!(asked(&mut h), vec![Action::Submit]);
    let s = h.state();
    assert_eq!(s.screen, Screen::Verdict);
    let r = s.visits.record_of(&s.village, 1).expect("record");
    let handed_in = r.form.as_ref().expect("handed in");
    assert_eq!(handed_in.income_per_person_month_vnd, Some(1_450_000));
    assert_eq!(handed_in.class, Some(Class::Poor));
    // The verdict panel (same harness: the screen changed) shows the score.
    let v = s.visits.verdict(&s.village).expect("verdict");
    let score = s.t().get_args(
        "village-verdict-score",
        &[("points", v.points.into()), ("max", v.grade.max.into())],
    );
    let again = s.t().get("village-visit-again");
    h.get_by_label(&score);
    click(&mut h, &again);
    assert_eq!(asked(&mut h), vec![Action::VisitAgain]);
    assert_eq!(h.state().screen, Screen::Visit);
}

/// The chooser offers every kind of review by its name; starting the periodic review gives the
/// start action with the seed fixed when the chooser showed.
#[test]
fn the_campaign_chooser_offers_the_kinds_and_starts_one() {
    let mut sim = Sim::new(Lang::Vi);
    sim.screen = Screen::Campaign;
    let t = sim.t();
    let names: Vec<String> = Kind::ALL
        .iter()
        .map(|k| pw::kind_name(t, *k, &sim.village.standard))
        .collect();
    let start = t.get("camp-start");
    let mut h = harness(sim, right);
    for name in &names {
        h.get_by_role_and_label(Role::RadioButton, name);
    }
    assert!(
        h.get_by_label(&start).accesskit_node().is_disabled(),
        "no kind chosen yet"
    );
    click(&mut h, &names[0]);
    assert_eq!(h.state().drafts.campaign.kind, Some(Kind::ALL[0]));
    click(&mut h, &start);
    assert_eq!(
        asked(&mut h),
        vec![Action::StartCampaign {
            kind: Kind::ALL[0],
            seed: NOW
        }]
    );
    assert_eq!(h.state().campaigns.records.len(), 1);
    let d = &h.state().drafts.campaign;
    assert_eq!((d.kind, d.seed), (None, None), "the drafts start afresh");
}

/// A campaign at its meeting: the chair and the invited chosen, "open the meeting" is a decision;
/// then a vote concluded is a decision, and its choices are cleared once it is recorded.
#[test]
fn a_meeting_stage_panel_returns_decisions() {
    let mut sim = Sim::new(Lang::Vi);
    sim.act(Action::StartCampaign {
        kind: Kind::Periodic,
        seed: 5,
    });
    let ids = sim
        .campaign()
        .setup
        .households
        .iter()
        .filter(|e| e.previous != Status::None || e.request.is_some())
        .map(|e| e.id.clone())
        .collect();
    sim.decide(Decision::List { ids });
    for id in sim.campaign().to_survey() {
        let class = sim.campaign().entrant(&id).map(|e| e.truth).expect("truth");
        sim.decide(Decision::Propose { id, class });
    }
    assert_eq!(sim.screen, Screen::Campaign);
    let t = sim.t();
    let (chair, invited) = (
        role_label(t, Who::VillageHead),
        role_label(t, Who::PovertyOfficial),
    );
    let open = t.get("camp-meeting-open");
    let mut h = harness(sim, right);
    click(&mut h, &chair);
    h.get_by_role_and_label(Role::CheckBox, &invited).click();
    run_checked(&mut h);
    click(&mut h, &open);
    assert_eq!(
        asked(&mut h),
        vec![Action::Decide(Decision::Prepare {
            chair: Who::VillageHead,
            invited: vec![Who::PovertyOfficial],
        })]
    );
    // Present the first proposal, then conclude its vote.
    let first = h.state().campaign().to_present()[0].clone();
    h.state_mut().decide(Decision::Present { id: first.clone() });
    run_checked(&mut h);
    let t = h.state().t();
    let (basis, yes, conclude) = (
        pw::over(t, Over::Attendees),
        t.get("camp-conclude-yes"),
        t.get("camp-conclude"),
    );
    click(&mut h, &basis);
    click(&mut h, &yes);
    click(&mut h, &conclude);
    assert_eq!(
        asked(&mut h),
        vec![Action::Decide(Decision::Conclude {
            id: first,
            over: Over::Attendees,
            accepted: true,
        })]
    );
    let d = &h.state().drafts.campaign;
    assert_eq!(
        (d.over, d.accept),
        (None, None),
        "the next vote starts with nothing chosen"
    );
}

/// The keys give actions: on the map the arrows choose and the map follows; Escape leaves the
/// form for the visit.
#[test]
fn the_keys_give_actions() {
    let mut h = harness(Sim::new(Lang::Vi), keys);
    h.key_press(egui::Key::ArrowRight);
    run_checked(&mut h);
    assert_eq!(
        asked(&mut h),
        vec![Action::Step { forward: true }, Action::Follow]
    );
    h.key_press(egui::Key::P);
    run_checked(&mut h);
    assert_eq!(
        asked(&mut h),
        vec![Action::Step { forward: false }, Action::Follow]
    );
    assert_eq!(h.state().visits.selected, 0);
    h.key_press(egui::Key::Enter);
    run_checked(&mut h);
    assert_eq!(asked(&mut h), vec![Action::Enter, Action::Follow]);
    h.state_mut().act(Action::OpenForm);
    h.key_press(egui::Key::Escape);
    run_checked(&mut h);
    assert_eq!(asked(&mut h), vec![Action::Show(Screen::Visit)]);
    h.key_press(egui::Key::Escape);
    run_checked(&mut h);
    assert_eq!(asked(&mut h), vec![Action::Leave]);
    assert_eq!((h.state().screen, h.state().visits.current), (Screen::Map, None));
}

/// Every screen drawn whole at the window's size, in both languages: the glyph check passes and
/// the top bar's buttons are there.
#[test]
fn every_screen_draws_whole_in_both_languages() {
    for lang in Lang::ALL {
        let mut sim = Sim::new(lang);
        let fit = sim.t().get("village-fit");
        let mut screens = vec![];
        screens.push(Screen::Map);
        sim.act(Action::Select(0));
        sim.act(Action::Enter);
        sim.act(Action::Take("look-structure".into()));
        screens.extend([Screen::Visit, Screen::Form, Screen::Rubric, Screen::Campaign]);
        let mut h = Harness::builder()
            .with_size(egui::vec2(1280.0, 800.0))
            .build_ui_state(
                |ui, s: &mut Sim| {
                    s.draw(ui.ctx(), |a, d, out| {
                        let (_, asked) = panels::panels(ui.ctx(), a, d);
                        out.extend(asked);
                    })
                },
                sim,
            );
        h.run();
        for screen in screens {
            h.state_mut().screen = screen;
            run_checked(&mut h);
            h.get_by_label(&fit);
        }
        click(&mut h, &fit);
        assert_eq!(asked(&mut h), vec![Action::Fit]);
    }
}
