//! Printable documents for a Wellness Recovery Action Plan: the whole plan, the crisis plan
//! for supporters, a pocket card, and a blank template to fill in by hand, as PDF.
//!
//! ```
//! use wrap_core::Plan;
//! use wrap_pdf::{Document, PdfOptions, render};
//!
//! let mut plan = Plan::default();
//! plan.about.owner = "Rhiannon".into();
//! plan.crisis.please_do.push("Sit with me and keep things quiet".into());
//!
//! let options = PdfOptions { document: Document::Crisis, ..PdfOptions::default() };
//! let pdf = render(&plan, &options).unwrap();
//! assert!(pdf.starts_with(b"%PDF"));
//! ```
//!
//! Documents are laid out as plain data first ([`layout_plan`], [`layout::Layout`]) and then
//! written as PDF with embedded, subset fonts. The same plan and options always give the
//! same bytes: there are no clock readings or random identifiers in the output.
#![deny(missing_docs)]

mod document;
mod fonts;
pub mod layout;
mod serialize;
mod subset;
mod unprintable;
mod write;

#[cfg(test)]
mod extract;
#[cfg(test)]
mod tests;

pub use document::{Paper, PdfOptions};
pub use fonts::Face;
pub use unprintable::{Unprintable, unprintable};
pub use wrap_core::{Document, EmptyParts, replaces_earlier};
pub use write::{Metadata, write as write_pdf};

use layout::Layout;
use wrap_core::Plan;

/// Why a document could not be rendered: what failed ([`RenderError::kind`]) and, where a
/// library below reported it, the underlying cause ([`std::error::Error::source`]).
#[derive(Debug, thiserror::Error)]
#[error("{kind}")]
pub struct RenderError {
    kind: RenderErrorKind,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync + 'static>>,
}

impl RenderError {
    pub(crate) fn new(kind: RenderErrorKind) -> RenderError {
        RenderError { kind, source: None }
    }

    pub(crate) fn caused_by(
        kind: RenderErrorKind,
        source: impl Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
    ) -> RenderError {
        RenderError {
            kind,
            source: Some(source.into()),
        }
    }

    /// What failed.
    pub fn kind(&self) -> RenderErrorKind {
        self.kind
    }
}

/// What failed while rendering a document. None of these depends on the plan: each means a
/// damaged installation or a fault in this crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum RenderErrorKind {
    /// A bundled font could not be read.
    #[error("a bundled font could not be read")]
    Font,
    /// A font could not be subset, so the glyph codes in the text would not match it.
    #[error("a bundled font could not be subset")]
    Subset,
    /// The PDF writer made another number of pages than were laid out.
    #[error("the PDF writer made another number of pages than were laid out")]
    PageCount,
    /// An object of the written PDF could not be read back or changed.
    #[error("the written PDF could not be finished")]
    Structure,
    /// Compressing or serialising the PDF failed.
    #[error("the PDF could not be serialised")]
    Output,
}

/// Lays out a plan as the document `options` asks for, without writing PDF.
pub fn layout_plan(plan: &Plan, options: &PdfOptions) -> Layout {
    laid_out(plan, options).0
}

/// What a pocket card left out of one part because it did not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The part.
    pub part: wrap_core::PartKey,
    /// How many of its entries the card holds.
    pub shown: usize,
    /// How many it has in the plan.
    pub total: usize,
}

/// What the pocket card `options` asks for leaves out of `plan` to fit on one side, part by
/// part in the order [`wrap_core::CARD_KEEPS`] keeps them; empty when everything fits (and
/// for the other documents, which leave nothing out for room).
pub fn card_left_out(plan: &Plan, options: &PdfOptions) -> Vec<LeftOut> {
    let (_, shown) = laid_out(plan, options);
    let Some(shown) = shown else {
        return Vec::new();
    };
    let total = document::card_counts(plan);
    wrap_core::CARD_KEEPS
        .iter()
        .zip(shown.iter().zip(total))
        .filter(|(_, (shown, total))| *shown < total)
        .map(|(&part, (&shown, total))| LeftOut { part, shown, total })
        .collect()
}

/// The layout, and for the card how many entries of each part it holds.
fn laid_out(plan: &Plan, options: &PdfOptions) -> (Layout, Option<document::CardCounts>) {
    let (l, settings) = settings(plan, options);
    match options.document {
        Document::Full => {
            let blocks = document::full(plan, options.empty_parts, l);
            (layout::layout(&blocks, &settings), None)
        }
        Document::Crisis => {
            let (settings, _) = crisis_sheet(plan, options, settings);
            let blocks = document::crisis(plan, options.empty_parts, l);
            (layout::layout(&blocks, &settings), None)
        }
        Document::Card => {
            // No part can hold more entries than there are lines on the card.
            let lines = (settings.page.height / settings.body_size).ceil() as usize;
            let mut counts = document::card_counts(plan).map(|count| count.min(lines));
            loop {
                let laid = layout::layout(&document::card(plan, &counts, l), &settings);
                if laid.pages.len() <= 1 {
                    return (laid, Some(counts));
                }
                match document::smaller_card(&counts) {
                    Some(smaller) => counts = smaller,
                    None => return (laid, Some(counts)),
                }
            }
        }
    }
}

/// The language a plan's document prints its words in, and its layout settings on the paper
/// asked for.
fn settings(plan: &Plan, options: &PdfOptions) -> (wrap_core::Language, layout::LayoutOptions) {
    let l = document::words(plan, options);
    let footer = options.document.footer_in(plan, l);
    (l, document::layout_options(options, footer, l))
}

/// Whether the crisis plan's title, date and urgent parts fit on one page laid out with
/// `settings`.
fn urgent_fits(plan: &Plan, options: &PdfOptions, settings: &layout::LayoutOptions) -> bool {
    let l = document::words(plan, options);
    let urgent = document::crisis_urgent(plan, options.empty_parts, l);
    layout::layout(&urgent, settings).pages.len() == 1
}

/// The crisis plan's settings on the sheet it is printed on, and whether that is the
/// paper's larger sheet: in large print, when the title, date and urgent parts do not fit
/// on one side of the paper itself, unless the options keep the paper.
fn crisis_sheet(
    plan: &Plan,
    options: &PdfOptions,
    mut settings: layout::LayoutOptions,
) -> (layout::LayoutOptions, bool) {
    let larger =
        options.large_print && !options.keep_paper && !urgent_fits(plan, options, &settings);
    if larger {
        settings.page = options.paper.larger_sheet();
    }
    (settings, larger)
}

/// What the first page of a crisis plan holds, and on what.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstPage {
    /// The large-print crisis plan is on the paper's larger sheet ([`Paper::larger_sheet`]:
    /// A3, or 11 × 17 inches), because what is urgent does not fit on one side of the paper
    /// itself at 16 pt.
    pub larger_sheet: bool,
    /// Page 1 holds the title, the date and every urgent part whole.
    pub holds_urgent: bool,
}

/// What the first page of the crisis plan `options` asks for holds ([`FirstPage`]); `None`
/// for the other documents.
pub fn crisis_first_page(plan: &Plan, options: &PdfOptions) -> Option<FirstPage> {
    if options.document != Document::Crisis {
        return None;
    }
    let (_, settings) = settings(plan, options);
    let (settings, larger_sheet) = crisis_sheet(plan, options, settings);
    // Large print on the paper itself, when the paper is not kept, means it was found to
    // fit there.
    let found = options.large_print && !options.keep_paper && !larger_sheet;
    let holds_urgent = found || urgent_fits(plan, options, &settings);
    Some(FirstPage {
        larger_sheet,
        holds_urgent,
    })
}

/// Lays out a blank template for the document `options` asks for, without writing PDF.
pub fn layout_template(options: &PdfOptions) -> Layout {
    let l = template_language(options);
    let blocks = document::template(options.document, l);
    let settings = document::layout_options(options, String::new(), l);
    layout::layout(&blocks, &settings)
}

/// Renders a plan as PDF: the whole plan, the crisis plan or the pocket card.
pub fn render(plan: &Plan, options: &PdfOptions) -> Result<Vec<u8>, RenderError> {
    let pages = layout_plan(plan, options);
    write_pdf(&pages, &document::metadata(plan, options))
}

/// Renders a blank plan to fill in by hand: every question of the chosen document with
/// ruled lines to write on.
pub fn render_template(options: &PdfOptions) -> Result<Vec<u8>, RenderError> {
    let pages = layout_template(options);
    let l = template_language(options);
    let title = options.document.title_in(&Plan::default(), l);
    let meta = Metadata {
        title: l.format("pdf-title-template", &[("title", (&title).into())]),
        subject: l.text("pdf-subject"),
        language: l.tag().to_string(),
        ..Metadata::default()
    };
    write_pdf(&pages, &meta)
}

/// The language a blank template is printed in: the one `options` names, else British
/// English.
fn template_language(options: &PdfOptions) -> wrap_core::Language {
    wrap_core::Language::for_tag(options.language.trim()).unwrap_or_default()
}
