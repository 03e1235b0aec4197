//! `wrap show`: the plan as readable text.

use std::path::Path;

use wrap_core::SectionKey;

use crate::error::CliError;
use crate::files::load_plan;

/// Prints the plan, or one section, as text.
pub fn run(path: &Path, section: Option<SectionKey>) -> Result<(), CliError> {
    let plan = load_plan(path)?;
    crate::output::print_for_reading(&wrap_export::render_text(&plan, section))
}
