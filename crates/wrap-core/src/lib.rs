//! The model of a WRAP (Wellness Recovery Action Plan): a personal plan for staying well,
//! written by a person about themselves, often with a peer support worker.
//!
//! This crate holds the plan's types, its versioned JSON format, the guide (every section's
//! heading, question and explanation, as data), validation and completeness findings. It is
//! only the model: the renderers to other formats live in `wrap-export` and the printed
//! documents in `wrap-pdf`. It does no input or output of its own: it reads no files, prints
//! nothing and never looks at the clock; dates such as "today" are passed in.
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

mod changes;
mod copies;
mod date;
mod document;
pub mod format;
mod guide;
mod history;
mod key;
mod language;
mod load_error;
mod parts;
mod plan;
mod records;
mod strict;
mod text;
mod validate;

pub use crate::changes::{
    EntryChange, PartChanges, PlanChanges, SectionChanges, Words, changes, changes_in, record_text,
    words,
};
pub use crate::copies::{Delivery, Ending, GivenCopy, Holding, Removal, same_name};
pub use crate::date::{Date, DateError};
pub use crate::document::{
    CARD_KEEPS, Document, DocumentPart, EmptyParts, Labelled, UnknownDocument, about_lines,
    about_lines_in, crisis_date, crisis_dated, crisis_dated_in, field_value_in, more_in_full_plan,
    not_written_yet, plan_title, plan_title_in, replaces_earlier,
};
pub use crate::guide::{
    PartGuide, PartShape, SectionGuide, SectionKey, UnknownSection, find_part, guide,
};
pub use crate::history::{History, HistoryError, Mark, PartChange, Version, same_content};
pub use crate::key::{DatePart, ListPart, PartKey, RecordsPart, ShapedKey, TextPart};
pub use crate::language::{LanguageTag, LanguageTagError};
pub use crate::load_error::{LoadError, LoadErrorKind};
pub use crate::parts::{PartMut, PartRef, RecordList};
pub use crate::plan::{
    About, CrisisPlan, Daily, Draft, Plan, PostCrisisPlan, Progress, Review, SignsAndActions,
    Toolbox, Triggers,
};
pub use crate::records::{
    Amends, Change, FieldError, FieldGuide, FieldShape, HealthContact, Helper, Medication,
    OccasionalAction, PersonNotToInvolve, Preference, Record, RecordKind, RecoverySupporter,
    Responsibility, Supporter, Task, Thanks, parse_yes_no, parse_yes_no_in,
};
pub use crate::text::{PhoneNumber, clean_for_display, fold, phone_numbers, phone_uri};
pub use crate::validate::{
    Finding, FindingKind, MAX_ANSWER_CHARS, MAX_ENTRIES, Problem, completeness, completeness_in,
    over_limits, over_limits_in, validate, validate_in,
};
pub use wrap_l10n::{Arg, Language};
