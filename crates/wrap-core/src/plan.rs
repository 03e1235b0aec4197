//! The plan: its details and its eight sections.
//!
//! Every list keeps the person's order and every text is kept exactly as typed. Empty texts
//! and lists are left out of the saved file.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::copies::GivenCopy;
use crate::date::Date;
use crate::history::History;
use crate::language::LanguageTag;
use crate::records::{
    Amends, Change, HealthContact, Helper, Medication, OccasionalAction, PersonNotToInvolve,
    Preference, RecoverySupporter, Responsibility, Supporter, Task, Thanks,
};
use wrap_l10n::Language;

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A whole Wellness Recovery Action Plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// The language the plan is written in, a BCP 47 tag (format version 2). Unset: the
    /// language of the interface it is read in. Printed documents use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<LanguageTag>,
    /// Who the plan belongs to, when it was written and reviewed, and what it is for.
    #[serde(default, skip_serializing_if = "is_default")]
    pub about: About,
    /// Things that help me stay well or feel better.
    #[serde(default, skip_serializing_if = "is_default")]
    pub toolbox: Toolbox,
    /// What I am like when well and what keeps me well day to day.
    #[serde(default, skip_serializing_if = "is_default")]
    pub daily: Daily,
    /// Things that can set me back, and what I will do when they happen.
    #[serde(default, skip_serializing_if = "is_default")]
    pub triggers: Triggers,
    /// Early signs that I am starting to struggle, and what I will do.
    #[serde(default, skip_serializing_if = "is_default")]
    pub early_warning_signs: SignsAndActions,
    /// Signs that things are getting much worse, and what I will do.
    #[serde(default, skip_serializing_if = "is_default")]
    pub breaking_down: SignsAndActions,
    /// What others should do when I cannot look after myself.
    #[serde(default, skip_serializing_if = "is_default")]
    pub crisis: CrisisPlan,
    /// How I will recover after a crisis.
    #[serde(default, skip_serializing_if = "is_default")]
    pub post_crisis: PostCrisisPlan,
    /// Where the guided interview has got to.
    #[serde(default, skip_serializing_if = "is_default")]
    pub progress: Progress,
    /// Every earlier version of the plan, as the parts that changed (format version 2).
    #[serde(default, skip_serializing_if = "History::is_empty")]
    pub history: History,
    /// Who was given a copy of which document of which version (format version 2). The
    /// person's own record: never printed or exported to a care record.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub copies: Vec<GivenCopy>,
    /// Data other tools keep with the plan, preserved exactly as found.
    #[serde(
        default,
        deserialize_with = "crate::strict::extensions",
        skip_serializing_if = "Map::is_empty"
    )]
    #[schemars(with = "Map<String, Value>")]
    pub extensions: Map<String, Value>,
}

/// The plan's details: whose it is, who helped, its dates and its purpose.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct About {
    /// The plan's title, e.g. "My WRAP for work".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Whose plan this is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Who helped write it (name and role).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub written_with: Vec<Helper>,
    /// When the plan was first written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<Date>,
    /// When the plan should next be looked at again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_review_due: Option<Date>,
    /// What I want this plan to help with.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    /// Every review so far, oldest first. The last one is the "last reviewed on" date.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
}

impl Plan {
    /// The catalogue language the plan's documents print in: the one of its `language`, or
    /// `otherwise` (the interface's) when it has none or `wrap` has no catalogue for it.
    pub fn document_language(&self, otherwise: Language) -> Language {
        self.language
            .as_ref()
            .and_then(|tag| Language::for_tag(tag.as_str()))
            .unwrap_or(otherwise)
    }
}

impl About {
    /// The date of the latest review, if there has been one.
    pub fn last_reviewed_on(&self) -> Option<Date> {
        self.reviews.iter().map(|review| review.date).max()
    }
}

/// One review of the plan: when, and who took part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The day of the review.
    pub date: Date,
    /// Who took part, in their own words (e.g. "Sam (peer support worker)").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<String>,
    /// Anything worth noting about the review.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// The wellness toolbox.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Toolbox {
    /// Tools I already use.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub using: Vec<String>,
    /// Tools I would like to try.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to_try: Vec<String>,
}

/// Daily maintenance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Daily {
    /// What I am like when I am well.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when_well: String,
    /// Things I do every day.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub every_day: Vec<String>,
    /// Things I might need to do on some days, with when or how often.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub some_days: Vec<OccasionalAction>,
    /// What a good ordinary day looks like.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub good_day: String,
}

/// Triggers (also called stressors).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Triggers {
    /// The triggers themselves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<String>,
    /// What I will do when they happen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_plan: Vec<String>,
    /// More things I could try.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more_to_try: Vec<String>,
    /// How I can limit my exposure to them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub limit_exposure: Vec<String>,
}

/// Signs with an action plan: used by early warning signs and by when things are breaking down.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SignsAndActions {
    /// The signs I notice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub signs: Vec<String>,
    /// What I will do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub action_plan: Vec<String>,
    /// More things I could try.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub more_to_try: Vec<String>,
}

/// The crisis plan: written for the people who will help when I cannot manage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CrisisPlan {
    /// When this crisis plan was written; it replaces any crisis plan with an earlier date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<Date>,
    /// What I am like when I am well.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when_well: String,
    /// Signs that others need to take over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub take_over_signs: Vec<String>,
    /// The people I want to help me.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supporters: Vec<Supporter>,
    /// People who must not be involved.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_involved: Vec<PersonNotToInvolve>,
    /// How supporters settle disagreements.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub disagreements: String,
    /// Doctor, pharmacy, care coordinator and other health contacts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub health_contacts: Vec<HealthContact>,
    /// Medicines I take now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub medications: Vec<Medication>,
    /// Medicines that are acceptable if needed, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub medications_acceptable: Vec<Preference>,
    /// Medicines to avoid, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub medications_avoid: Vec<Preference>,
    /// Allergies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allergies: Vec<String>,
    /// Treatments that help, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub treatments_help: Vec<Preference>,
    /// Treatments to avoid, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub treatments_avoid: Vec<Preference>,
    /// A home, community care or respite plan.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub home_care: String,
    /// Places of treatment I prefer, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places_prefer: Vec<Preference>,
    /// Places of treatment to avoid, and why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places_avoid: Vec<Preference>,
    /// What I would like supporters to do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub please_do: Vec<String>,
    /// What I would like supporters not to do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub please_do_not: Vec<String>,
    /// What to do if I am a danger to myself or others.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub if_danger: String,
    /// Tasks someone else will cover (pets, children, bills, ...).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tasks: Vec<Task>,
    /// Signs that my supporters no longer need to use this plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_longer_needed: Vec<String>,
}

/// The post-crisis plan: how I will recover and pick life back up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PostCrisisPlan {
    /// How I will know I am ready to use this plan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ready_signs: Vec<String>,
    /// How I want to feel when I have recovered.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recovered_feeling: String,
    /// What may have led to the crisis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub what_led: Vec<String>,
    /// What I learned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learned: Vec<String>,
    /// Changes I want to make: what, when, and the help I need.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// Changes to make to my WRAP.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan_changes: Vec<String>,
    /// What would ease my return.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ease_return: Vec<String>,
    /// What others can do for me.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others_can_do: Vec<String>,
    /// What can wait.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub can_wait: Vec<String>,
    /// Who supports me while I recover.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supporters: Vec<RecoverySupporter>,
    /// Things to do every day while I recover.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub every_day: Vec<String>,
    /// Things I might need to do.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub might_need: Vec<String>,
    /// People, places and things to avoid.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub avoid: Vec<String>,
    /// How to prevent further harm.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prevent_harm: Vec<String>,
    /// People to thank.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub thank: Vec<Thanks>,
    /// People to make amends with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amends: Vec<Amends>,
    /// Responsibilities to take back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<Responsibility>,
    /// Signs that this plan is no longer needed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_longer_needed: Vec<String>,
}

/// Where the guided interview has got to: which parts were answered or skipped.
///
/// Parts are named by their guide path, such as `crisis.supporters`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    /// Parts answered, in the order they were answered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answered: Vec<String>,
    /// Parts skipped for now.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<String>,
    /// Half-typed answers that could not be kept as answers yet (a date not finished when
    /// the interview was stopped, a box left with Esc), offered back when the interview
    /// comes to that place again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drafts: Vec<Draft>,
}

/// A half-typed answer, kept exactly as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// Where it was typed: a guide path, with the entry's number and the field for an
    /// entry of a list (`toolbox.using.3`, `crisis.supporters.2.phone`).
    pub at: String,
    /// What was typed.
    pub text: String,
}

impl Progress {
    /// Whether the part at this path was answered or skipped.
    pub fn is_visited(&self, path: &str) -> bool {
        self.answered.iter().chain(&self.skipped).any(|p| p == path)
    }

    /// Records the part as answered (and no longer skipped).
    pub fn mark_answered(&mut self, path: &str) {
        self.skipped.retain(|p| p != path);
        if !self.answered.iter().any(|p| p == path) {
            self.answered.push(path.to_owned());
        }
    }

    /// The draft kept at this place, if any.
    pub fn draft(&self, at: &str) -> Option<&str> {
        self.drafts
            .iter()
            .find(|draft| draft.at == at)
            .map(|draft| draft.text.as_str())
    }

    /// Keeps a draft at this place, replacing any there; an empty text removes it.
    pub fn set_draft(&mut self, at: &str, text: &str) {
        self.drafts.retain(|draft| draft.at != at);
        if !text.is_empty() {
            self.drafts.push(Draft {
                at: at.to_owned(),
                text: text.to_owned(),
            });
        }
    }

    /// Records the part as skipped (and no longer answered).
    pub fn mark_skipped(&mut self, path: &str) {
        self.answered.retain(|p| p != path);
        if !self.skipped.iter().any(|p| p == path) {
            self.skipped.push(path.to_owned());
        }
    }
}
