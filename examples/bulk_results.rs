//! Writes a province's worth of results files for measuring `rasoat report` and the dashboard
//! import (see `tests/it/common/bulk.rs` for what they hold). The scenario files for `rasoat
//! check` come from `rasoat generate`.
//!
//! `cargo run --release --example bulk_results -- DIR COUNT`

#[path = "../tests/it/common/bulk.rs"]
mod bulk;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(dir), Some(count)) = (args.get(1), args.get(2).and_then(|n| n.parse::<usize>().ok())) else {
        eprintln!("usage: bulk_results DIR COUNT");
        std::process::exit(2);
    };
    if let Err(e) = bulk::write_results(std::path::Path::new(dir), count) {
        eprintln!("bulk_results: {e}");
        std::process::exit(1);
    }
}
