//! What every panel reads: [`PanelArgs`], the model seen through shared references with the
//! words of the language shown, and the lines more than one panel writes.

use rasoat_core::words::i18n::Texts;

use crate::model::{Campaigns, Saved, Screen, Village, Visits};

/// The model as the panels see it: read only (the panels change only the drafts, and say what
/// else they want as actions).
#[derive(Clone, Copy)]
pub struct PanelArgs<'a> {
    pub t: &'a Texts,
    pub village: &'a Village,
    pub visits: &'a Visits,
    pub campaigns: &'a Campaigns,
    pub saved: &'a Saved,
    pub screen: Screen,
    /// Unix seconds: the seed of a campaign started from this frame.
    pub now: u64,
}

/// "N minutes used of M, K left" for the visit in progress.
pub fn minutes_line(a: &PanelArgs) -> Option<String> {
    let v = a.visits.visit(a.village)?;
    Some(a.t.get_args(
        "village-time",
        &[
            ("used", v.minutes_used().into()),
            ("budget", v.budget().into()),
            ("left", v.minutes_left().into()),
        ],
    ))
}
