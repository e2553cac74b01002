//! What the trainee asks for, as one bevy [`Message`]: the panels, the keyboard and a click on a
//! house write [`Action`]s; [`apply_actions`] is the one system that changes the model with them
//! (and the screen, through `NextState<Screen>`); [`save_results`] hands the records to the
//! program's `Persist` when an action recorded something. Nothing is written to a file while
//! the panels are drawn.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use rasoat_core::field::procedure::{Action as Decision, Kind};

use crate::model::{Campaigns, Drafts, Save, Saving, Screen, Village, Visits, Words};

/// One thing the trainee asked for.
#[derive(Message, Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Choose a house (by its position in `Village::homes`).
    Select(usize),
    /// Choose the next (or previous) house.
    Step { forward: bool },
    /// Go into the chosen house: resume its visit, start one, or see its verdict.
    Enter,
    /// Back to the map (the visit stays, to resume).
    Leave,
    /// Visit the chosen house again after its verdict (a new record).
    VisitAgain,
    /// Ask a question or take a look (an action id of the catalogue).
    Take(String),
    /// Open the survey form of the visit in progress.
    OpenForm,
    /// Hand in the survey form (the one in `Drafts`).
    Submit,
    /// Show a screen as it is (the top bar, "back", Escape).
    Show(Screen),
    /// Start a review campaign of this kind with this seed (Unix seconds).
    StartCampaign { kind: Kind, seed: u64 },
    /// Take a decision in the campaign in play.
    Decide(Decision),
    /// Vietnamese ↔ English.
    SwitchLanguage,
    /// Fit the whole village in the map's view.
    Fit,
    /// Bring the chosen house into the map's view.
    Follow,
    /// Close the window.
    Quit,
}

/// What applying an action did, for the system to pass on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Applied {
    /// The screen to show next.
    pub screen: Option<Screen>,
    /// Something was recorded: save.
    pub save: bool,
    pub quit: bool,
}

/// The parts of the model an action may change.
pub struct Model<'a> {
    pub village: &'a Village,
    pub visits: &'a mut Visits,
    pub campaigns: &'a mut Campaigns,
    pub drafts: &'a mut Drafts,
    pub words: &'a mut Words,
}

/// Applies one action to the model at `now` (Unix seconds). Camera actions (`Fit`, `Follow`)
/// change nothing here: the map's camera takes them.
pub fn apply(m: &mut Model<'_>, action: &Action, now: u64) -> Applied {
    let v = m.village;
    let mut out = Applied::default();
    match action {
        Action::Select(i) => m.visits.select(v, *i),
        Action::Step { forward } => m.visits.select_step(v, *forward),
        Action::Enter => {
            if let Some(e) = m.visits.enter(v, now) {
                m.drafts.form = e.form;
                out.screen = Some(e.screen);
                out.save = e.recorded;
            }
        }
        Action::Leave => {
            m.visits.leave();
            out.screen = Some(Screen::Map);
        }
        Action::VisitAgain => {
            if m.visits.visit_again(v, now) {
                m.drafts.form = Default::default();
                out.screen = Some(Screen::Visit);
                out.save = true;
            }
        }
        Action::Take(id) => out.save = m.visits.take(v, id).is_ok(),
        Action::OpenForm => {
            if m.visits.current.is_some() {
                out.screen = Some(Screen::Form);
            }
        }
        Action::Submit => {
            if let Some((id, class)) = m.visits.submit(v, &m.drafts.form, now) {
                if let Some(class) = class {
                    m.campaigns.survey_result(v, &id, class);
                }
                out.screen = Some(Screen::Verdict);
                out.save = true;
            }
        }
        Action::Show(screen) => out.screen = Some(*screen),
        Action::StartCampaign { kind, seed } => {
            if m.campaigns.start(v, *kind, *seed) {
                m.drafts.campaign = Default::default();
                out.screen = Some(Screen::Campaign);
                out.save = true;
            }
        }
        Action::Decide(d) => {
            out.save = m.campaigns.decide(v, d.clone()).is_ok();
            if out.save && matches!(d, Decision::Conclude { .. }) {
                // The next vote starts with nothing chosen.
                m.drafts.campaign.over = None;
                m.drafts.campaign.accept = None;
            }
        }
        Action::SwitchLanguage => m.words.english = !m.words.english,
        Action::Quit => out.quit = true,
        Action::Fit | Action::Follow => {}
    }
    out
}

/// The resources the actions change.
#[derive(SystemParam)]
pub struct ModelMut<'w> {
    village: Res<'w, Village>,
    visits: ResMut<'w, Visits>,
    campaigns: ResMut<'w, Campaigns>,
    drafts: ResMut<'w, Drafts>,
    words: ResMut<'w, Words>,
}

/// Where the effects of the actions go.
#[derive(SystemParam)]
pub struct Effects<'w> {
    next: ResMut<'w, NextState<Screen>>,
    save: MessageWriter<'w, Save>,
    exit: MessageWriter<'w, AppExit>,
}

/// The one system that changes the model: every action of this frame, in order.
pub fn apply_actions(mut actions: MessageReader<Action>, mut model: ModelMut, mut effects: Effects) {
    let list: Vec<&Action> = actions
        .read()
        .filter(|a| !matches!(a, Action::Fit | Action::Follow))
        .collect();
    if list.is_empty() {
        return;
    }
    let now = unix_now();
    let mut m = Model {
        village: &model.village,
        visits: &mut model.visits,
        campaigns: &mut model.campaigns,
        drafts: &mut model.drafts,
        words: &mut model.words,
    };
    let (mut screen, mut save) = (None, false);
    for action in list {
        let done = apply(&mut m, action, now);
        screen = done.screen.or(screen);
        save |= done.save;
        if done.quit {
            effects.exit.write(AppExit::Success);
        }
    }
    if let Some(s) = screen {
        NextState::set_if_neq(&mut effects.next, s);
    }
    if save {
        effects.save.write(Save);
    }
}

/// File writing, in its own system: the records go to `Persist` once per frame that recorded
/// something.
pub fn save_results(
    mut asked: MessageReader<Save>,
    visits: Res<Visits>,
    campaigns: Res<Campaigns>,
    mut saving: ResMut<Saving>,
) {
    if asked.read().count() > 0 {
        saving.save(&visits.records, &campaigns.records);
    }
}

/// Seconds since 1970 (the records' clock).
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}
