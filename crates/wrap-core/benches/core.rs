//! Benchmarks of the model: loading, validating, saving and checking the full sample, and a
//! plan ten times its size. Run with `cargo bench -p wrap-core`.

use divan::{Bencher, black_box};
use wrap_core::{Plan, format};

fn main() {
    divan::main();
}

const FULL: &str = include_str!("../../../examples/full.json");

/// The full sample with every list repeated `times` times.
fn scaled(times: usize) -> Plan {
    wrap_testkit::with_lists_repeated(&format::from_str(FULL).unwrap(), times)
}

#[divan::bench]
fn load_full() -> Plan {
    format::from_str(black_box(FULL)).unwrap()
}

#[divan::bench]
fn load_and_validate_full() -> usize {
    let plan = format::from_str(black_box(FULL)).unwrap();
    wrap_core::validate(&plan).len()
}

#[divan::bench(args = [1, 10, 100])]
fn load_and_validate_scaled(bencher: Bencher, times: usize) {
    let text = format::to_string(&scaled(times));
    bencher.bench(|| {
        let plan = format::from_str(black_box(&text)).unwrap();
        wrap_core::validate(&plan).len()
    });
}

#[divan::bench]
fn canonical_save_full(bencher: Bencher) {
    let plan = format::from_str(FULL).unwrap();
    bencher.bench(|| format::to_string(black_box(&plan)));
}

#[divan::bench]
fn completeness_full(bencher: Bencher) {
    let plan = format::from_str(FULL).unwrap();
    let today = wrap_testkit::today();
    bencher.bench(|| wrap_core::completeness(black_box(&plan), today));
}
