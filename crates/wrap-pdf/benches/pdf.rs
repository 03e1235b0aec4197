//! Benchmarks of the printed documents: the full sample as a full plan, a crisis plan and a
//! pocket card; the blank template; and plans ten times the sample's size, to show how the
//! cost grows. Run with `cargo bench -p wrap-pdf`.

use divan::{Bencher, black_box};
use wrap_core::{Plan, format};
use wrap_pdf::{Document, PdfOptions, render, render_template};

fn main() {
    divan::main();
}

const FULL: &str = include_str!("../../../examples/full.json");

/// The full sample with every list repeated `times` times.
fn scaled(times: usize) -> Plan {
    wrap_testkit::with_lists_repeated(&format::from_str(FULL).unwrap(), times)
}

fn options(document: Document) -> PdfOptions {
    PdfOptions {
        document,
        ..PdfOptions::default()
    }
}

#[divan::bench]
fn render_full(bencher: Bencher) {
    let plan = format::from_str(FULL).unwrap();
    let options = options(Document::Full);
    bencher.bench(|| render(black_box(&plan), &options).unwrap().len());
}

#[divan::bench]
fn render_crisis(bencher: Bencher) {
    let plan = format::from_str(FULL).unwrap();
    let options = options(Document::Crisis);
    bencher.bench(|| render(black_box(&plan), &options).unwrap().len());
}

#[divan::bench]
fn render_card(bencher: Bencher) {
    let plan = format::from_str(FULL).unwrap();
    let options = options(Document::Card);
    bencher.bench(|| render(black_box(&plan), &options).unwrap().len());
}

#[divan::bench]
fn render_blank_template(bencher: Bencher) {
    let options = options(Document::Full);
    bencher.bench(|| render_template(black_box(&options)).unwrap().len());
}

#[divan::bench(args = [1, 10])]
fn render_scaled(bencher: Bencher, times: usize) {
    let plan = scaled(times);
    let options = options(Document::Full);
    bencher.bench(|| render(black_box(&plan), &options).unwrap().len());
}

#[divan::bench]
fn layout_full(bencher: Bencher) {
    let plan = format::from_str(FULL).unwrap();
    let options = options(Document::Full);
    bencher.bench(|| {
        wrap_pdf::layout_plan(black_box(&plan), &options)
            .pages
            .len()
    });
}

const URDU: &str = include_str!("../../../examples/urdu.json");
const CHINESE: &str = include_str!("../../../examples/chinese.json");

/// The Urdu sample with its lists twice over: about as long as the full sample, in Arabic
/// script, right to left.
#[divan::bench]
fn render_urdu_2x(bencher: Bencher) {
    let plan = wrap_testkit::with_lists_repeated(&format::from_str(URDU).unwrap(), 2);
    let options = options(Document::Full);
    bencher.bench(|| render(black_box(&plan), &options).unwrap().len());
}

#[divan::bench]
fn render_chinese(bencher: Bencher) {
    let plan = format::from_str(CHINESE).unwrap();
    let options = options(Document::Full);
    bencher.bench(|| render(black_box(&plan), &options).unwrap().len());
}
