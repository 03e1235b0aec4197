//! Benchmarks of the renderers on the full sample: text, Markdown, FHIR, vCard and
//! iCalendar. Run with `cargo bench -p wrap-export`.

use divan::{Bencher, black_box};
use wrap_core::Plan;
use wrap_export::MarkdownOptions;

fn main() {
    divan::main();
}

fn full() -> Plan {
    wrap_testkit::sample("full")
}

#[divan::bench]
fn render_text_full(bencher: Bencher) {
    let plan = full();
    bencher.bench(|| wrap_export::render_text(black_box(&plan), None));
}

#[divan::bench]
fn render_markdown_full(bencher: Bencher) {
    let plan = full();
    bencher.bench(|| wrap_export::render_markdown(black_box(&plan), MarkdownOptions::default()));
}

#[divan::bench]
fn render_fhir_full(bencher: Bencher) {
    let plan = full();
    bencher.bench(|| wrap_export::render_fhir(black_box(&plan)));
}

#[divan::bench]
fn render_vcard_and_ics_full(bencher: Bencher) {
    let plan = full();
    let today = wrap_testkit::today();
    bencher.bench(|| {
        let cards = wrap_export::render_vcard(black_box(&plan));
        let ics = wrap_export::render_ics(black_box(&plan), today);
        (cards, ics)
    });
}
