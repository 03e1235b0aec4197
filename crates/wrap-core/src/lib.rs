//! The model of a WRAP (Wellness Recovery Action Plan): a personal plan for staying well,
//! written by a person about themselves, often with a peer support worker.
//!
//! This crate holds the plan's types, its versioned JSON format, the guide (every section's
//! heading, question and explanation, as data), validation, completeness findings and a plain
//! text rendering, and renderers for the formats a plan travels in: Markdown
//! ([`render_markdown`]), FHIR R4 ([`render_fhir`]), vCard ([`render_vcard`]) and iCalendar
//! ([`render_ics`]). It does no input or output of its own: it reads no files, prints nothing
//! and never looks at the clock; dates such as "today" are passed in.
//!
//! ```
//! use wrap_core::{Date, Plan, Supporter};
//!
//! let mut plan = Plan::default();
//! plan.about.owner = "Rhiannon".into();
//! plan.about.created_on = Some(Date::new(2026, 11, 23).unwrap());
//! plan.toolbox.using.push("A walk by the river".into());
//! plan.crisis.supporters.push(Supporter {
//!     name: "Dafydd".into(),
//!     phone: "07700 900123".into(),
//!     ..Supporter::default()
//! });
//!
//! assert!(wrap_core::validate(&plan).is_empty());
//! let json = wrap_core::format::to_string(&plan);
//! let again = wrap_core::format::from_str(&json).unwrap();
//! assert_eq!(again, plan);
//! ```
#![deny(missing_docs)]

mod contentline;
mod date;
mod fhir;
pub mod format;
mod guide;
mod ics;
mod ids;
#[cfg(test)]
mod load_paths;
mod markdown;
mod parts;
mod plan;
mod records;
mod render;
mod scale;
mod strict;
mod text;
mod validate;
mod vcard;

pub use crate::date::{Date, DateError};
pub use crate::fhir::{fhir_bundle, render_fhir};
pub use crate::format::LoadError;
pub use crate::guide::{
    PartGuide, PartShape, SectionGuide, SectionKey, UnknownSection, find_part, guide,
};
pub use crate::ics::{IcsError, render_ics};
pub use crate::markdown::{CRISIS_REPLACES, MarkdownDocument, MarkdownOptions, render_markdown};
pub use crate::parts::{PartMut, PartRef, RecordList};
pub use crate::plan::{
    About, CrisisPlan, Daily, Plan, PostCrisisPlan, Progress, Review, SignsAndActions, Toolbox,
    Triggers,
};
pub use crate::records::{
    Amends, Change, FieldError, FieldGuide, FieldShape, HealthContact, Helper, Medication,
    OccasionalAction, PersonNotToInvolve, Preference, Record, RecordKind, RecoverySupporter,
    Responsibility, Supporter, Task, Thanks, parse_yes_no,
};
pub use crate::render::{render_text, words};
pub use crate::text::{clean_for_display, phone_uri};
pub use crate::validate::{Finding, FindingKind, Problem, completeness, validate};
pub use crate::vcard::render_vcard;
