//! Fills a live class with a realistic room for a look at the console: `trainees` trainees from
//! 161 communes of 10 districts join and answer every scenario, some right, some not, a few stop
//! half-way. Talks to a running `rasoat serve` like the app does; seeded, bounded, loopback or LAN.
//!
//! `cargo run --example classroom_fill -- http://127.0.0.1:8080 CODE 3000 [seed]`

use rasoat::classroom::client::Client;
use rasoat::rules::assess::assess;
use rasoat::rules::grading::model_answer;
use rasoat::rules::standard::StandardSet;
use rasoat::training::classroom::protocol::{AnswerPost, Join, Joined};
use rasoat::training::scenario::parse_scenario;
use rasoat::training::session::{Trainee, content_hash_of_rules};
use rasoat::words::i18n::Lang;

/// A small seeded generator (xorshift), enough to vary answers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// The answer a trainee of skill `skill` (0–9) gives to scenario `i` of the class.
fn answer(
    joined: &Joined,
    i: usize,
    skill: u64,
    rng: &mut Rng,
    standards: &StandardSet,
) -> Option<AnswerPost> {
    let f = joined.scenarios.get(i)?;
    let s = parse_scenario(&f.name, &rasoat::rules::text::nfc(&f.text), standards).ok()?;
    let standard = s.standard_in(standards)?;
    let model = model_answer(&assess(&s.household, standard));
    let mut given = model.clone();
    if rng.below(10) >= skill {
        // A typical slip: one deprived indicator missed, or the class one band off.
        if let Some(first) = model.deprived.iter().next().cloned() {
            given.deprived.remove(&first);
        }
        if rng.below(2) == 0 {
            given.class = None;
        }
        if rng.below(3) == 0 {
            given.income_per_person_month_vnd = model.income_per_person_month_vnd.map(|v| v * 11 / 10);
        }
    }
    Some(AnswerPost {
        key: format!("fill-{}-{i}", joined.trainee_id),
        scenario_id: s.scenario.id.clone(),
        scenario_hash: content_hash_of_rules(&s, standard),
        seconds: 60 + rng.below(400),
        given_at: 0,
        answer: given,
    })
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(server), Some(code)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: classroom_fill SERVER CODE [TRAINEES] [SEED]");
        std::process::exit(2);
    };
    let count: u64 = args
        .get(3)
        .and_then(|n| n.parse().ok())
        .unwrap_or(3000)
        .min(20_000);
    let seed: u64 = args.get(4).and_then(|n| n.parse().ok()).unwrap_or(7);
    let standards = StandardSet::builtin().expect("standards");
    let threads = 8;
    std::thread::scope(|scope| {
        for w in 0..threads {
            let (server, code, standards) = (server.clone(), code.clone(), &standards);
            scope.spawn(move || {
                let client = Client::new(&server, Lang::Vi);
                let mut rng = Rng(seed.wrapping_mul(31).wrapping_add(w + 1) | 1);
                for n in (w..count).step_by(threads as usize) {
                    let commune = n % 161;
                    let trainee = Trainee {
                        name: format!("Học viên {:04}", n + 1),
                        commune: format!("Xã {}", commune + 1),
                        district: format!("Huyện {}", commune % 10 + 1),
                        province: "Tuyên Quang".into(),
                    };
                    let Ok(joined) = client.join(&code, &Join { trainee }).wait() else {
                        continue;
                    };
                    // Some communes are stronger than others; a few trainees stop early.
                    let skill = (commune * 7 % 10).max(3);
                    let stop = if rng.below(12) == 0 {
                        rng.below(joined.scenarios.len() as u64) as usize
                    } else {
                        usize::MAX
                    };
                    for i in 0..joined.scenarios.len().min(stop) {
                        if let Some(post) = answer(&joined, i, skill, &mut rng, standards) {
                            let _ = client.answer(&code, &joined.secret, &post).wait();
                        }
                    }
                }
            });
        }
    });
}
