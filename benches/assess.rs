//! `assess` over a generated population, for each standard. Target: under 1 µs per household.
//! The population is generated deterministically from each household's index (no randomness).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasoat::rules::assess::assess;
use rasoat::rules::household::*;
use rasoat::rules::standard::StandardSet;

fn pick<T: Copy>(all: &[T], i: usize) -> T {
    all[i % all.len()]
}

fn member(i: usize, j: usize) -> Member {
    let k = i * 7 + j * 13;
    Member {
        name: format!("Thành viên {j}"),
        age: ((k * 37) % 90) as u32,
        age_months: (k % 12) as u32,
        sex: pick(Sex::ALL, k),
        work: pick(Work::ALL, k / 3),
        disability: pick(Disability::ALL, k / 11),
        health_insurance: !k.is_multiple_of(5),
        education: pick(Education::ALL, k / 2),
        vocational_certificate: k.is_multiple_of(9),
        on_the_job_training: k.is_multiple_of(13),
        schooling: pick(Schooling::ALL, k / 5),
        nutrition: pick(Nutrition::ALL, k / 17),
        uses_internet: !k.is_multiple_of(3),
        uses_phone: !k.is_multiple_of(4),
        sick_untreated: k.is_multiple_of(19),
        social_allowance: k.is_multiple_of(7),
    }
}

fn population(n: usize) -> Vec<Household> {
    (0..n)
        .map(|i| Household {
            area: pick(Area::ALL, i),
            review_year: 2016 + (i % 15) as i32,
            livelihood: pick(Livelihood::ALL, i / 2),
            dwelling: Dwelling {
                wall: pick(Durability::ALL, i),
                frame: pick(Durability::ALL, i / 2),
                roof: pick(Durability::ALL, i / 3),
                wall_material: None,
                frame_material: None,
                roof_material: None,
                floor_area_m2: 10.0 + (i % 70) as f64,
                water_source: pick(WaterSource::ALL, i / 4),
                latrine: pick(Latrine::ALL, i / 5),
                info_means: if i.is_multiple_of(3) {
                    vec![]
                } else {
                    vec![pick(InfoMeans::ALL, i)]
                },
                hears_loudspeaker: i.is_multiple_of(2),
                waste: pick(Waste::ALL, i / 6),
            },
            members: (0..1 + i % 7).map(|j| member(i, j)).collect(),
            income: (0..i % 4)
                .map(|j| IncomeSource {
                    source: pick(IncomeKind::ALL, i + j),
                    monthly_vnd: Some(((i * 7919 + j * 104_729) % 5_000_000) as u64),
                    annual_vnd: None,
                })
                .collect(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let set = StandardSet::builtin().expect("built-in standards");
    let households = population(1000);
    let mut group = c.benchmark_group("assess");
    group.throughput(Throughput::Elements(households.len() as u64));
    for s in set.all() {
        group.bench_function(s.id.as_str(), |b| {
            b.iter(|| {
                let mut poor = 0usize;
                for h in &households {
                    let a = assess(std::hint::black_box(h), s);
                    poor += usize::from(a.class == rasoat::rules::assess::Class::Poor);
                }
                poor
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
