//! `rasoat village`: list the built-in villages, or open the village window on one.

use super::OpenVillage;
use crate::load::LoadError;
use crate::rules::standard::StandardSet;
use crate::words::i18n::Texts;

pub(super) fn village_cmd(
    t: &Texts,
    set: &StandardSet,
    req: &crate::launch::Request,
    list: bool,
    open: Option<OpenVillage<'_>>,
    out: &mut String,
) -> Result<bool, LoadError> {
    let places = crate::platform::places();
    if list {
        let lib = crate::store::library::read(set, None).library;
        let (villages, errors) = crate::training::villages::builtin(set, &lib);
        if let Some(e) = errors.into_iter().next() {
            return Err(e.into());
        }
        for v in villages {
            out.push_str(&t.get_args(
                "cli-village-list-line",
                &[
                    ("id", v.village.id.clone().into()),
                    ("name", crate::words::visit::village_title(t, &v).into()),
                    (
                        "place",
                        v.village.place.get(t.lang().is_english()).to_owned().into(),
                    ),
                    ("standard", v.village.standard.clone().into()),
                ],
            ));
            out.push('\n');
        }
        return Ok(true);
    }
    let launch = crate::launch::prepare(set, &places, req)?;
    let Some(open) = open else {
        return Err(LoadError::NoVillageWindow);
    };
    match open(launch, req.lang) {
        Ok(()) => Ok(true),
        Err(reason) => Err(LoadError::NoGraphics { reason }),
    }
}
