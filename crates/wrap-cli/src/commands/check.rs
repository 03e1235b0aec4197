//! `wrap check`: is the plan valid, and what is still empty or worth a second look?

use std::fmt::Write;
use std::path::Path;

use wrap_core::{Finding, FindingKind, Language, Plan, Problem};

use crate::dates::today;
use crate::error::CliError;
use crate::files::load_plan;

/// Checks the plan and prints the findings, in `language`; fails when it is invalid, or with
/// `strict`, when anything is found at all.
pub fn run(path: &Path, strict: bool, language: Language) -> Result<(), CliError> {
    let l = language;
    let plan = load_plan(path)?;
    let problems = wrap_core::validate_in(&plan, l);
    let mut findings = wrap_core::completeness_in(&plan, today()?, l);
    findings.extend(unprintable_findings(&plan, l));
    crate::output::print(&report(path, &plan, &problems, &findings, strict, l))?;
    let file = path.display().to_string();
    if !problems.is_empty() {
        return Err(CliError::failure(l.format(
            "check-fails-invalid",
            &[
                ("file", file.as_str().into()),
                ("count", (problems.len() as u64).into()),
            ],
        ))
        .hint(l.text("check-fails-invalid-hint")));
    }
    if strict && !findings.is_empty() {
        return Err(CliError::failure(l.format(
            "check-fails-strict",
            &[
                ("file", file.as_str().into()),
                ("count", (findings.len() as u64).into()),
            ],
        )));
    }
    Ok(())
}

/// Characters no bundled font can print, as findings worth a second look, said in `l`.
pub fn unprintable_findings(plan: &Plan, l: Language) -> Vec<Finding> {
    wrap_pdf::unprintable(plan)
        .into_iter()
        .map(|found| Finding {
            kind: FindingKind::SecondLook,
            message: found.message_in(l),
            path: found.path,
        })
        .collect()
}

/// The readable report `wrap check` prints, in `l`. Under `strict` an empty part is not
/// "fine": the report says it fails the check, as the exit code does.
pub fn report(
    path: &Path,
    plan: &Plan,
    problems: &[Problem],
    findings: &[Finding],
    strict: bool,
    l: Language,
) -> String {
    let mut out = String::new();
    let owner = if plan.about.owner.is_empty() {
        String::new()
    } else {
        format!(" ({})", plan.about.owner)
    };
    let verdict = if problems.is_empty() {
        l.text("check-valid")
    } else {
        l.text("check-not-valid")
    };
    let _ = writeln!(out, "{}: {verdict}{owner}", path.display());
    if !problems.is_empty() {
        let _ = writeln!(out, "\n{}", l.text("check-must-fix"));
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
    group(
        &mut out,
        FindingKind::SecondLook,
        &l.text("check-second-look"),
    );
    group(
        &mut out,
        FindingKind::Empty,
        &if strict {
            l.text("check-not-written-strict")
        } else {
            l.text("check-not-written")
        },
    );
    if problems.is_empty() && findings.is_empty() {
        let _ = writeln!(out, "{}", l.text("check-all-filled"));
    }
    out
}
