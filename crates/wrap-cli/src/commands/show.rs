//! `wrap show`: the plan as readable text.

use std::path::Path;

use wrap_core::{Language, SectionKey};

use crate::error::CliError;
use crate::files::load_plan;

/// Prints the plan, or one section, as text: in `language`, else the plan's own, else the
/// interface's.
pub fn run(
    path: &Path,
    section: Option<SectionKey>,
    language: Option<Language>,
) -> Result<(), CliError> {
    let plan = load_plan(path)?;
    let language = language.unwrap_or_else(|| plan.document_language(crate::words::language()));
    crate::output::print_for_reading(&wrap_export::render_text_in(&plan, section, language))
}
