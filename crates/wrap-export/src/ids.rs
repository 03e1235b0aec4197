//! Identifiers derived from a plan's content, so the same plan always exports the same ids.
//!
//! A plan is named by whose it is, its title and the day it was written: re-exporting it
//! after an edit keeps its ids, while two different plans get different ones. Each
//! identifier is a name-based (version 5) UUID under the plan's own namespace.

use uuid::Uuid;

use wrap_core::Plan;

/// The project's namespace for name-based UUIDs.
fn project_namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, b"urn:wrap-plan")
}

/// A namespace for one plan, from whose it is, its title and the day it was written.
pub(crate) fn plan_namespace(plan: &Plan) -> Uuid {
    let about = &plan.about;
    let name = format!(
        "plan\u{1f}{}\u{1f}{}\u{1f}{}",
        about.owner,
        about.title,
        about.created_on.map(|d| d.to_string()).unwrap_or_default()
    );
    Uuid::new_v5(&project_namespace(), name.as_bytes())
}

/// A UUID for something in the plan, named by a stable path (`Patient`, `RelatedPerson/0`).
pub(crate) fn derived(namespace: &Uuid, name: &str) -> Uuid {
    Uuid::new_v5(namespace, name.as_bytes())
}

/// A UUID that depends only on the project and the name (the questionnaire, which is the same
/// for every plan of one format version).
pub(crate) fn global(name: &str) -> Uuid {
    derived(&project_namespace(), name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_5_uuids_match_the_standard() {
        // The example from RFC 9562's test vectors.
        let id = Uuid::new_v5(&Uuid::NAMESPACE_DNS, b"www.example.com");
        assert_eq!(id.to_string(), "2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    #[test]
    fn ids_follow_the_plan_not_the_clock() {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        let first = plan_namespace(&plan);
        assert_eq!(first, plan_namespace(&plan));
        plan.toolbox.using.push("Walking".into());
        assert_eq!(first, plan_namespace(&plan), "edits keep the plan's ids");
        plan.about.title = "Work".into();
        assert_ne!(first, plan_namespace(&plan), "another plan, other ids");
        assert_ne!(derived(&first, "Patient"), derived(&first, "CarePlan"));
    }
}
