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
mod unprintable;
mod write;

#[cfg(test)]
mod extract;
#[cfg(test)]
mod tests;

pub use document::{Document, Paper, PdfOptions, REPLACES_EARLIER};
pub use fonts::Face;
pub use unprintable::{Unprintable, unprintable};
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
    let blocks = match options.document {
        Document::Full => document::full(plan),
        Document::Crisis => document::crisis(plan),
        Document::Card => document::card(plan),
    };
    let settings = document::layout_options(options, document::footer(plan, options.document));
    layout::layout(&blocks, &settings)
}

/// Lays out a blank template for the document `options` asks for, without writing PDF.
pub fn layout_template(options: &PdfOptions) -> Layout {
    let blocks = document::template(options.document);
    let settings = document::layout_options(options, String::new());
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
    let title = match options.document {
        Document::Full => "My WRAP – blank template",
        Document::Crisis => "Crisis plan – blank template",
        Document::Card => "Pocket card – blank template",
    };
    let meta = Metadata {
        title: title.to_string(),
        subject: "Wellness Recovery Action Plan".to_string(),
        language: options.language.clone(),
        ..Metadata::default()
    };
    write_pdf(&pages, &meta)
}
