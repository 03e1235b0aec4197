//! `wrap export`: the plan in another format.

use std::path::Path;

use crate::cli::ExportFormat;
use crate::error::CliError;
use crate::files::{load_plan, same_file, write_atomic};

/// Exports the plan to `output` (`-` for standard output) in `format`, or the format the
/// output's extension implies.
pub fn run(
    plan_path: &Path,
    output: Option<&Path>,
    format: Option<ExportFormat>,
) -> Result<(), CliError> {
    let format = match (format, output) {
        (Some(format), _) => format,
        (None, Some(out)) if out != Path::new("-") => ExportFormat::from_extension(out)
            .ok_or_else(|| {
                CliError::usage(format!(
                    "{}: cannot tell the format from this file name",
                    out.display()
                ))
                .hint("add --format json, or use a .json extension")
            })?,
        _ => {
            return Err(CliError::usage("no format given")
                .hint("add --format json, or -o FILE with a .json extension"));
        }
    };
    let plan = load_plan(plan_path)?;
    let bytes = match format {
        ExportFormat::Json => wrap_core::format::to_string(&plan).into_bytes(),
    };
    match output {
        None => crate::output::write_stdout(&bytes),
        Some(out) if out == Path::new("-") => crate::output::write_stdout(&bytes),
        Some(out) => {
            if same_file(out, plan_path) {
                return Err(CliError::usage(format!(
                    "{}: this is the plan itself; an export never overwrites its input",
                    out.display()
                ))
                .hint("choose another output file"));
            }
            write_atomic(out, &bytes)
        }
    }
}
