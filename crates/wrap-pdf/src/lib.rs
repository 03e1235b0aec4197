//! Printable documents for a Wellness Recovery Action Plan.
//!
//! The crate lays documents out as plain data ([`layout`]) and writes them as PDF with
//! embedded, subset fonts ([`write_pdf`]). The same input always gives the same bytes.
//!
//! ```
//! use wrap_pdf::layout::{Block, LayoutOptions, Text, layout};
//! use wrap_pdf::{Metadata, write_pdf};
//!
//! let blocks = vec![
//!     Block::Heading("Early warning signs".into()),
//!     Block::Bullets(vec![Text::plain("Sleeping badly"), Text::plain("Skipping meals")]),
//! ];
//! let pages = layout(&blocks, &LayoutOptions::default());
//! let pdf = write_pdf(&pages, &Metadata::default()).unwrap();
//! assert!(pdf.starts_with(b"%PDF"));
//! ```
#![deny(missing_docs)]

mod fonts;
pub mod layout;
mod write;

pub use fonts::Face;
pub use write::{Metadata, PdfDate, write as write_pdf};

/// Why a document could not be rendered.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderError {
    /// A bundled font could not be read.
    #[error("a bundled font could not be read")]
    Font,
    /// The PDF could not be written.
    #[error("could not write the PDF: {0}")]
    Write(String),
}
