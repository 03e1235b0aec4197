//! A WRAP (Wellness Recovery Action Plan) in the other formats it travels in: plain text for
//! a terminal ([`render_text`]), Markdown ([`render_markdown`]), FHIR R4 ([`render_fhir`]),
//! vCard ([`render_vcard`]) and iCalendar ([`render_ics`]).
//!
//! Every renderer takes a [`wrap_core::Plan`] and returns text; none reads or writes files.
//! Identifiers in FHIR, vCard and iCalendar are derived from the plan's content, so the same
//! plan always gives the same bytes.
//!
//! ```
//! use wrap_core::{Plan, Supporter};
//!
//! let mut plan = Plan::default();
//! plan.about.owner = "Rhiannon".into();
//! plan.crisis.supporters.push(Supporter {
//!     name: "Dafydd".into(),
//!     phone: "07700 900123".into(),
//!     ..Supporter::default()
//! });
//! let text = wrap_export::render_text(&plan, None);
//! assert!(text.contains("Whose plan: Rhiannon"));
//! let cards = wrap_export::render_vcard(&plan);
//! assert!(cards.contains("FN:Dafydd\r\n"));
//! ```
#![deny(missing_docs)]

mod contentline;
mod fhir;
mod ics;
mod ids;
mod markdown;
mod text;
mod vcard;

pub use crate::fhir::{fhir_bundle, render_fhir};
pub use crate::ics::{IcsError, render_ics};
pub use crate::markdown::{MarkdownOptions, render_markdown};
pub use crate::text::{render_text, render_text_in};
pub use crate::vcard::render_vcard;
