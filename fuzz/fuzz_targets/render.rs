//! Any plan that loads renders to every output format without panicking: PDF (whole plan,
//! crisis plan, pocket card, in every paper and print size), Markdown, FHIR, vCard, iCalendar.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wrap_pdf::{Document, Paper, PdfOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(plan) = wrap_core::format::from_slice(data) else { return };
    let large_print = data.len() % 2 == 0;
    let paper = if data.len() % 3 == 0 { Paper::Letter } else { Paper::A4 };
    for document in [Document::Full, Document::Crisis, Document::Card] {
        let options = PdfOptions { document, paper, large_print, ..PdfOptions::default() };
        let pdf = wrap_pdf::render(&plan, &options).expect("a loaded plan always renders");
        assert!(pdf.starts_with(b"%PDF-"));
    }
    let _ = wrap_export::render_markdown(&plan, wrap_export::MarkdownOptions::default());
    let _ = wrap_export::render_fhir(&plan);
    let _ = wrap_export::render_vcard(&plan);
    let _ = wrap_export::render_ics(&plan, wrap_core::Date::new(2026, 11, 23).unwrap());
});
