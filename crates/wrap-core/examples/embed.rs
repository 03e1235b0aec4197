//! Builds a plan in code, validates it, and prints it as the plan file format (JSON).
//!
//! Run it with `cargo run -p wrap-core --example embed`. Another tool embeds the library the
//! same way: build or load a `Plan`, check it with `validate`, and write it with `format` or
//! one of the renderers (Markdown, FHIR, vCard, iCalendar).

use std::process::ExitCode;

use wrap_core::{Date, Helper, Medication, Plan, Supporter};

fn main() -> ExitCode {
    let mut plan = Plan::default();
    plan.about.title = "My WRAP for work".into();
    plan.about.owner = "Rhiannon".into();
    plan.about.written_with.push(Helper {
        name: "Sam".into(),
        role: "peer support worker".into(),
    });
    plan.about.created_on = Date::new(2026, 11, 23);
    plan.about.next_review_due = Date::new(2027, 5, 23);
    plan.toolbox.using.push("A walk by the river".into());
    plan.early_warning_signs
        .signs
        .push("I stop answering messages".into());
    plan.crisis.supporters.push(Supporter {
        name: "Dafydd".into(),
        relationship: "my brother".into(),
        phone: "07700 900123".into(),
        agreed: Some(true),
        ..Supporter::default()
    });
    plan.crisis.medications.push(Medication {
        name: "Sertraline".into(),
        dose: "100 mg".into(),
        ..Medication::default()
    });

    let problems = wrap_core::validate(&plan);
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{}: {}", problem.path, problem.message);
        }
        return ExitCode::FAILURE;
    }
    print!("{}", wrap_core::format::to_string(&plan));
    ExitCode::SUCCESS
}
