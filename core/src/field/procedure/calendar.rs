//! The campaign's calendar: a day as a real date, working days (Saturdays and Sundays off),
//! counting days as a rule counts them, and the day a campaign opens.

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};
use time::{Date, Month, Weekday};

use super::kind::Kind;
use crate::rules::standard::{Calendar, DayCount, Standard};

/// A day of the campaign: always a real date (a results file with another is refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "DayFields")]
pub struct Day {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Deserialize)]
struct DayFields {
    year: i32,
    month: u8,
    day: u8,
}

impl TryFrom<DayFields> for Day {
    type Error = String;

    fn try_from(f: DayFields) -> Result<Day, String> {
        Day::new(f.year, f.month, f.day)
            .ok_or_else(|| format!("{}/{}/{} is not a date", f.day, f.month, f.year))
    }
}

impl Day {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        let d = Day { year, month, day };
        d.date().map(|_| d)
    }

    fn date(self) -> Option<Date> {
        Date::from_calendar_date(self.year, Month::try_from(self.month).ok()?, self.day).ok()
    }

    fn from_date(d: Date) -> Day {
        Day {
            year: d.year(),
            month: d.month() as u8,
            day: d.day(),
        }
    }

    /// The most days a campaign's action may span (a bound on input, not a rule).
    pub const MAX_SPAN: u32 = 366;

    /// Monday = 1 … Sunday = 7.
    pub fn weekday(self) -> u8 {
        self.date().map_or(1, |d| d.weekday().number_from_monday())
    }

    pub fn is_working(self) -> bool {
        self.date()
            .is_some_and(|d| !matches!(d.weekday(), Weekday::Saturday | Weekday::Sunday))
    }

    /// The next calendar day.
    pub fn next(self) -> Day {
        self.date().and_then(Date::next_day).map_or(self, Day::from_date)
    }

    /// This day if it is a working day, else the next working day.
    pub fn working_on_or_after(self) -> Day {
        let mut d = self;
        // At most two weekend days to skip; the bound also ends the loop at the calendar's end.
        for _ in 0..7 {
            if d.is_working() {
                break;
            }
            d = d.next();
        }
        d
    }

    /// The next working day after this one.
    pub fn next_working(self) -> Day {
        self.next().working_on_or_after()
    }

    /// `n` days after this one, counted as the rule says: calendar days, or working days
    /// (Saturdays and Sundays skipped; public holidays are not modelled).
    pub fn add(self, n: u32, count: DayCount) -> Day {
        let mut d = self;
        for _ in 0..n.min(Day::MAX_SPAN) {
            d = match count {
                DayCount::Calendar => d.next(),
                DayCount::Working => d.next_working(),
            };
        }
        d
    }
}

/// The first day of a campaign: the periodic review opens on the calendar's first day in the
/// review year (a province's own calendar: 1 September, for the exercise only); the regular and
/// farming reviews on the calendar's day of a month (seeded between February and November).
pub fn start_day(standard: &Standard, kind: Kind, review_year: i32, seed: u64) -> Option<Day> {
    let p = standard.procedure.as_ref()?;
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    match (kind, &p.calendar) {
        (Kind::Periodic, Some(Calendar::National { periodic_from, .. })) => Day::new(
            review_year,
            u8::try_from(periodic_from.month).ok()?,
            u8::try_from(periodic_from.day).ok()?,
        ),
        (Kind::Periodic, _) => Day::new(review_year, 9, 1),
        (_, Some(Calendar::National { regular_from_day, .. })) => Day::new(
            review_year,
            rng.random_range(2..=11),
            u8::try_from(*regular_from_day).ok()?,
        ),
        (_, _) => Day::new(review_year, rng.random_range(2..=11), rng.random_range(1..=28)),
    }
}
