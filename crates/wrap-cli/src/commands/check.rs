//! `wrap check`: is the plan valid, and what is still empty or worth a second look?

use std::fmt::Write;
use std::path::Path;

use wrap_core::{Finding, FindingKind, Plan, Problem};

use crate::dates::today;
use crate::error::CliError;
use crate::files::load_plan;

/// Checks the plan and prints the findings; fails when it is invalid, or with `strict`,
/// when anything is found at all.
pub fn run(path: &Path, strict: bool) -> Result<(), CliError> {
    let plan = load_plan(path)?;
    let problems = wrap_core::validate(&plan);
    let mut findings = wrap_core::completeness(&plan, today()?);
    findings.extend(unprintable_findings(&plan));
    crate::output::print(&report(path, &plan, &problems, &findings, strict))?;
    if !problems.is_empty() {
        return Err(CliError::failure(format!(
            "{}: the plan is not valid ({} {})",
            path.display(),
            problems.len(),
            if problems.len() == 1 {
                "problem"
            } else {
                "problems"
            }
        ))
        .hint("`wrap edit` can change or remove those entries"));
    }
    if strict && !findings.is_empty() {
        return Err(CliError::failure(format!(
            "{}: --strict: {} {} still empty or worth a second look",
            path.display(),
            findings.len(),
            if findings.len() == 1 {
                "thing is"
            } else {
                "things are"
            }
        )));
    }
    Ok(())
}

/// Characters no bundled font can print, as findings worth a second look.
pub fn unprintable_findings(plan: &Plan) -> Vec<Finding> {
    wrap_pdf::unprintable(plan)
        .into_iter()
        .map(|found| Finding {
            kind: FindingKind::SecondLook,
            message: found.message(),
            path: found.path,
        })
        .collect()
}

/// The readable report `wrap check` prints. Under `strict` an empty part is not "fine":
/// the report says it fails the check, as the exit code does.
pub fn report(
    path: &Path,
    plan: &Plan,
    problems: &[Problem],
    findings: &[Finding],
    strict: bool,
) -> String {
    let mut out = String::new();
    let owner = if plan.about.owner.is_empty() {
        String::new()
    } else {
        format!(" ({})", plan.about.owner)
    };
    let verdict = if problems.is_empty() {
        "a valid plan"
    } else {
        "NOT a valid plan"
    };
    let _ = writeln!(out, "{}: {verdict}{owner}", path.display());
    if !problems.is_empty() {
        let _ = writeln!(out, "\nMust be fixed:");
        for problem in problems {
            let _ = writeln!(out, "  - {}: {}", problem.path, problem.message);
        }
    }
    let group = |out: &mut String, kind: FindingKind, title: &str| {
        let items: Vec<_> = findings.iter().filter(|f| f.kind == kind).collect();
        if !items.is_empty() {
            let _ = writeln!(out, "\n{title}");
            for finding in items {
                let _ = writeln!(out, "  - {}: {}", finding.path, finding.message);
            }
        }
    };
    group(&mut out, FindingKind::SecondLook, "Worth a second look:");
    group(
        &mut out,
        FindingKind::Empty,
        if strict {
            "Not written yet (--strict counts these as failing the check):"
        } else {
            "Not written yet (fine: fill in when you are ready):"
        },
    );
    if problems.is_empty() && findings.is_empty() {
        let _ = writeln!(out, "Every part is filled in.");
    }
    out
}
