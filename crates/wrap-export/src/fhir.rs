//! The plan as a FHIR R4 `Bundle` (type `collection`), for a care record.
//!
//! The bundle holds a `Questionnaire` made from the guide, a `QuestionnaireResponse` with
//! every answer, a `CarePlan`, the people (`Patient`, `RelatedPerson`, `Practitioner`,
//! `CareTeam`), and `MedicationStatement` and `AllergyIntolerance` entries where the plan lists
//! medicines and allergies. Entries are named by `urn:uuid:` full URLs derived from the plan
//! (see `docs/fhir.md` for the mapping, element by element), so the same plan always gives
//! the same bundle.
//!
//! The bundle's own words (the questionnaire's questions, the care plan's activity codes and
//! the care teams' names) are in the plan's language where `wrap` has a catalogue for it, and
//! in British English otherwise.

use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::ids;
use crate::markdown::section_markdown;
use wrap_core::Date;
use wrap_core::Language;
use wrap_core::PartRef;
use wrap_core::Plan;
use wrap_core::clean_for_display;
use wrap_core::{FieldShape, Record, RecordKind};
use wrap_core::{ListPart, PartKey, PartShape, SectionKey, guide};

/// The version of the questionnaire the bundle answers: the plan's parts, which format
/// version 2 left as they were (it added the history and the register of copies, which a
/// bundle leaves out), so its id stays that of version 1.
const QUESTIONNAIRE_VERSION: u64 = 1;

/// The questionnaire's name (a FHIR computer-friendly name).
const QUESTIONNAIRE_NAME: &str = "WellnessRecoveryActionPlan";

/// The code system of languages named by BCP 47 tags (`Patient.communication`).
const BCP_47: &str = "urn:ietf:bcp:47";

/// The `linkId` of the reviews group, which the plan keeps beside the guide's parts.
const REVIEWS: &str = "about.reviews";

/// Parts whose entries become `CarePlan.activity` entries: the part, the activity status,
/// and whether the entry is something not to do.
const ACTIVITIES: &[(ListPart, &str, bool)] = &[
    (ListPart::DailyEveryDay, "in-progress", false),
    (ListPart::TriggersActionPlan, "not-started", false),
    (ListPart::EarlyWarningActionPlan, "not-started", false),
    (ListPart::BreakingDownActionPlan, "not-started", false),
    (ListPart::CrisisPleaseDo, "not-started", false),
    (ListPart::CrisisPleaseDoNot, "not-started", true),
    (ListPart::PostCrisisEveryDay, "not-started", false),
];

/// The plan as a FHIR R4 bundle, pretty-printed JSON ending in a newline.
///
/// ```
/// use wrap_core::Plan;
///
/// let mut plan = Plan::default();
/// plan.about.owner = "Rhiannon".into();
/// let json = wrap_export::render_fhir(&plan);
/// assert!(json.contains("\"resourceType\": \"Bundle\""));
/// assert!(json.contains("\"resourceType\": \"QuestionnaireResponse\""));
/// ```
pub fn render_fhir(plan: &Plan) -> String {
    // Each entry is written as soon as it is made, after the bundle's other fields (`entry`
    // goes last, as `fhir_bundle` puts it), so the memory this takes is the text written and
    // one resource, not a tree of the whole bundle beside it, nor a second copy of the text.
    let namespace = ids::plan_namespace(plan);
    let mut text =
        serde_json::to_string_pretty(&bundle_head(namespace)).unwrap_or_else(|_| "{}".into());
    let Some(open) = text.strip_suffix("\n}").map(str::len) else {
        return text + "\n";
    };
    text.truncate(open);
    text.push_str(",\n  \"entry\": [");
    let mut builder = Builder::new(plan, Entries::Written { text, count: 0 });
    builder.build();
    let Entries::Written { mut text, count } = builder.entries else {
        return String::new();
    };
    text.push_str(if count == 0 { "]\n}\n" } else { "\n  ]\n}\n" });
    text
}

/// The plan as a FHIR R4 bundle, as a JSON value.
pub fn fhir_bundle(plan: &Plan) -> Value {
    let mut builder = Builder::new(plan, Entries::Kept(Vec::new()));
    builder.build();
    let mut bundle = bundle_head(builder.namespace);
    if let (Entries::Kept(entries), Value::Object(map)) = (builder.entries, &mut bundle) {
        map.insert("entry".into(), Value::Array(entries));
    }
    bundle
}

/// The bundle's fields but its entries.
fn bundle_head(namespace: Uuid) -> Value {
    json!({
        "resourceType": "Bundle",
        "id": namespace.to_string(),
        "identifier": { "system": "urn:ietf:rfc:3986", "value": urn(namespace) },
        "type": "collection",
    })
}

/// The language of the bundle's own words: the plan's, where there is a catalogue for it;
/// British English for any English, whose words are the same.
fn words_language(plan: &Plan) -> Language {
    match plan.document_language(Language::EnGb) {
        Language::EnUs => Language::EnGb,
        language => language,
    }
}

struct Builder<'a> {
    plan: &'a Plan,
    /// The language of the bundle's own words.
    l: Language,
    namespace: Uuid,
    entries: Entries,
}

/// Where the bundle's entries go as they are made.
enum Entries {
    /// Kept as values, for [`fhir_bundle`].
    Kept(Vec<Value>),
    /// Written out as text after the bundle's other fields, indented as they stand in the
    /// bundle, for [`render_fhir`]; with how many there are.
    Written { text: String, count: usize },
}

/// A reference to the entry with this UUID.
fn reference(id: Uuid) -> Value {
    json!({ "reference": urn(id) })
}

fn urn(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

/// A FHIR string from the person's text: `None` when there is nothing in it; control
/// characters made visible, everything else exactly as written.
fn string(text: &str) -> Option<Value> {
    (!text.trim().is_empty()).then(|| Value::String(clean_for_display(text).into_owned()))
}

/// A CodeableConcept with text only: the plan's words, not a code.
fn concept(text: &str) -> Option<Value> {
    string(text).map(|text| json!({ "text": text }))
}

/// Inserts `key: value` when there is a value.
fn put(object: &mut Value, key: &str, value: Option<Value>) {
    if let (Some(value), Value::Object(map)) = (value, object) {
        map.insert(key.to_owned(), value);
    }
}

fn non_empty(values: Vec<Value>) -> Option<Value> {
    (!values.is_empty()).then_some(Value::Array(values))
}

impl<'a> Builder<'a> {
    fn new(plan: &'a Plan, entries: Entries) -> Builder<'a> {
        Builder {
            plan,
            l: words_language(plan),
            namespace: ids::plan_namespace(plan),
            entries,
        }
    }

    fn id(&self, name: &str) -> Uuid {
        ids::derived(&self.namespace, name)
    }

    fn add(&mut self, id: Uuid, mut resource: Value) {
        if let Value::Object(map) = &mut resource {
            // `resourceType` first, then `id`, then the rest, as FHIR examples are written.
            let kind = map.shift_remove("resourceType").unwrap_or(Value::Null);
            let mut ordered = Map::new();
            ordered.insert("resourceType".into(), kind);
            ordered.insert("id".into(), Value::String(id.to_string()));
            ordered.extend(std::mem::take(map));
            *map = ordered;
        }
        let entry = json!({ "fullUrl": urn(id), "resource": resource });
        match &mut self.entries {
            Entries::Kept(entries) => entries.push(entry),
            Entries::Written { text, count } => {
                if *count > 0 {
                    text.push(',');
                }
                *count += 1;
                let written = serde_json::to_string_pretty(&entry).unwrap_or_default();
                // JSON text holds no raw line break, so every line is indented as one.
                for line in written.split('\n') {
                    text.push_str("\n    ");
                    text.push_str(line);
                }
            }
        }
    }

    /// The plan's latest date: the last review, or the day it was written.
    fn authored(&self) -> Option<Date> {
        let about = &self.plan.about;
        about.last_reviewed_on().max(about.created_on)
    }

    /// Makes every entry of the bundle.
    fn build(&mut self) {
        let plan = self.plan;
        let patient = self.id("Patient");
        let mut resource = json!({ "resourceType": "Patient" });
        put(
            &mut resource,
            "name",
            string(&plan.about.owner).map(|name| json!([{ "text": name }])),
        );
        put(
            &mut resource,
            "communication",
            plan.language.as_ref().map(|tag| {
                json!([{
                    "language": { "coding": [{ "system": BCP_47, "code": tag.as_str() }] },
                    "preferred": true,
                }])
            }),
        );
        self.add(patient, resource);

        // A questionnaire in another language than British English is another resource.
        let questionnaire = match self.l {
            Language::EnGb => {
                ids::global(&format!("Questionnaire/wrap-plan/v{QUESTIONNAIRE_VERSION}"))
            }
            l => ids::global(&format!(
                "Questionnaire/wrap-plan/v{QUESTIONNAIRE_VERSION}/{}",
                l.tag()
            )),
        };
        self.add(questionnaire, questionnaire_resource(questionnaire, self.l));
        self.response(questionnaire, patient);

        let helpers = self.helpers(patient);
        let supporters = self.supporters(patient);
        let contacts = self.health_contacts();
        let recovery = self.recovery_supporters(patient);
        let mut teams = Vec::new();
        for (name, path, members) in [
            (
                "fhir-team-crisis-supporters",
                "CareTeam/crisis.supporters",
                supporters,
            ),
            (
                "fhir-team-health-contacts",
                "CareTeam/crisis.health_contacts",
                contacts,
            ),
            (
                "fhir-team-recovery-supporters",
                "CareTeam/post_crisis.supporters",
                recovery,
            ),
        ] {
            let name = self.l.text(name);
            if members.is_empty() {
                continue;
            }
            let id = self.id(path);
            let participants: Vec<Value> = members
                .into_iter()
                .map(|(member, role)| {
                    let mut participant = json!({ "member": reference(member) });
                    put(&mut participant, "role", concept(&role).map(|c| json!([c])));
                    participant
                })
                .collect();
            self.add(
                id,
                json!({
                    "resourceType": "CareTeam",
                    "status": "active",
                    "name": name,
                    "subject": reference(patient),
                    "participant": participants,
                }),
            );
            teams.push(id);
        }
        self.care_plan(patient, &helpers, &teams);
        self.medications(patient);
        self.allergies(patient);
    }

    fn response(&mut self, questionnaire: Uuid, patient: Uuid) {
        let mut items = Vec::new();
        for section in guide() {
            let mut parts = Vec::new();
            for (part, answer) in self.plan.section_parts(section.key) {
                parts.extend(answer_item(&section.path(part), &answer));
            }
            if section.key == SectionKey::About {
                parts.extend(self.reviews_item());
            }
            if !parts.is_empty() {
                items.push(json!({ "linkId": section.key.json_name(), "item": parts }));
            }
        }
        let mut resource = json!({
            "resourceType": "QuestionnaireResponse",
        });
        put(
            &mut resource,
            "language",
            self.plan
                .language
                .as_ref()
                .map(|tag| Value::String(tag.to_string())),
        );
        put(
            &mut resource,
            "questionnaire",
            Some(Value::String(urn(questionnaire))),
        );
        put(&mut resource, "status", Some(json!("completed")));
        put(&mut resource, "subject", Some(reference(patient)));
        put(
            &mut resource,
            "authored",
            self.authored().map(|d| Value::String(d.to_string())),
        );
        put(&mut resource, "author", Some(reference(patient)));
        put(&mut resource, "source", Some(reference(patient)));
        put(&mut resource, "item", non_empty(items));
        let id = self.id("QuestionnaireResponse");
        self.add(id, resource);
    }

    fn reviews_item(&self) -> Vec<Value> {
        self.plan
            .about
            .reviews
            .iter()
            .map(|review| {
                let mut fields = vec![json!({
                    "linkId": format!("{REVIEWS}.date"),
                    "answer": [{ "valueDate": review.date.to_string() }],
                })];
                let with: Vec<Value> = review
                    .with
                    .iter()
                    .filter_map(|w| string(w))
                    .map(|w| json!({ "valueString": w }))
                    .collect();
                if !with.is_empty() {
                    fields.push(json!({ "linkId": format!("{REVIEWS}.with"), "answer": with }));
                }
                if let Some(notes) = string(&review.notes) {
                    fields.push(json!({
                        "linkId": format!("{REVIEWS}.notes"),
                        "answer": [{ "valueString": notes }],
                    }));
                }
                // Each review is its own repetition of the group.
                json!({ "linkId": REVIEWS, "item": fields })
            })
            .collect()
    }

    fn person(patient: Uuid, name: &str, relationship: &str) -> Value {
        let mut resource = json!({
            "resourceType": "RelatedPerson",
            "patient": reference(patient),
        });
        put(
            &mut resource,
            "relationship",
            concept(relationship).map(|c| json!([c])),
        );
        put(
            &mut resource,
            "name",
            string(name).map(|n| json!([{ "text": n }])),
        );
        resource
    }

    fn helpers(&mut self, patient: Uuid) -> Vec<Uuid> {
        let mut ids = Vec::new();
        for (i, helper) in self.plan.about.written_with.iter().enumerate() {
            if helper.is_empty() {
                continue;
            }
            let path = format!("RelatedPerson/about.written_with/{i}");
            let resource = Self::person(patient, &helper.name, &helper.role);
            let id = self.id(&path);
            self.add(id, resource);
            ids.push(id);
        }
        ids
    }

    fn supporters(&mut self, patient: Uuid) -> Vec<(Uuid, String)> {
        let mut members = Vec::new();
        for (i, supporter) in self.plan.crisis.supporters.iter().enumerate() {
            if supporter.is_empty() {
                continue;
            }
            let path = format!("RelatedPerson/crisis.supporters/{i}");
            let mut resource = Self::person(patient, &supporter.name, &supporter.relationship);
            put(
                &mut resource,
                "telecom",
                telecom(&supporter.phone, &supporter.email),
            );
            let id = self.id(&path);
            self.add(id, resource);
            members.push((id, supporter.relationship.clone()));
        }
        members
    }

    fn recovery_supporters(&mut self, patient: Uuid) -> Vec<(Uuid, String)> {
        let mut members = Vec::new();
        for (i, supporter) in self.plan.post_crisis.supporters.iter().enumerate() {
            if supporter.is_empty() {
                continue;
            }
            let path = format!("RelatedPerson/post_crisis.supporters/{i}");
            let mut resource = Self::person(patient, &supporter.name, "");
            put(&mut resource, "telecom", telecom(&supporter.phone, ""));
            let id = self.id(&path);
            self.add(id, resource);
            members.push((id, String::new()));
        }
        members
    }

    fn health_contacts(&mut self) -> Vec<(Uuid, String)> {
        let mut members = Vec::new();
        for (i, contact) in self.plan.crisis.health_contacts.iter().enumerate() {
            if contact.is_empty() {
                continue;
            }
            let mut resource = json!({ "resourceType": "Practitioner" });
            put(
                &mut resource,
                "name",
                string(&contact.name).map(|n| json!([{ "text": n }])),
            );
            put(&mut resource, "telecom", telecom(&contact.phone, ""));
            let id = self.id(&format!("Practitioner/crisis.health_contacts/{i}"));
            self.add(id, resource);
            members.push((id, contact.role.clone()));
        }
        members
    }

    fn care_plan(&mut self, patient: Uuid, helpers: &[Uuid], teams: &[Uuid]) {
        let about = &self.plan.about;
        let default_title;
        let title = if about.title.trim().is_empty() {
            default_title = self.l.text("default-title");
            default_title.as_str()
        } else {
            about.title.as_str()
        };
        let mut resource = json!({
            "resourceType": "CarePlan",
            "status": "active",
            "intent": "plan",
            "title": clean_for_display(title),
        });
        put(&mut resource, "description", string(&about.purpose));
        put(&mut resource, "subject", Some(reference(patient)));
        let start = about.last_reviewed_on().or(about.created_on);
        let end = about
            .next_review_due
            .filter(|end| start.is_none_or(|s| s <= *end));
        let mut period = json!({});
        put(&mut period, "start", start.map(|d| d.to_string().into()));
        put(&mut period, "end", end.map(|d| d.to_string().into()));
        if period.as_object().is_some_and(|p| !p.is_empty()) {
            put(&mut resource, "period", Some(period));
        }
        put(
            &mut resource,
            "created",
            about.created_on.map(|d| d.to_string().into()),
        );
        put(&mut resource, "author", Some(reference(patient)));
        let contributors: Vec<Value> = std::iter::once(patient)
            .chain(helpers.iter().copied())
            .map(reference)
            .collect();
        put(
            &mut resource,
            "contributor",
            Some(Value::Array(contributors)),
        );
        put(
            &mut resource,
            "careTeam",
            non_empty(teams.iter().copied().map(reference).collect()),
        );
        let mut activities = Vec::new();
        for &(key, status, do_not) in ACTIVITIES {
            let part = PartKey::from(key);
            let code = format!(
                "{}: {}",
                part.section().guide().heading_in(self.l),
                part.guide().heading_in(self.l)
            );
            for item in self.plan.list(key) {
                let Some(description) = string(item) else {
                    continue;
                };
                let mut detail = json!({ "code": { "text": code }, "status": status });
                if do_not {
                    put(&mut detail, "doNotPerform", Some(Value::Bool(true)));
                }
                put(&mut detail, "description", Some(description));
                activities.push(json!({ "detail": detail }));
            }
        }
        put(&mut resource, "activity", non_empty(activities));
        let notes: Vec<Value> = SectionKey::ALL
            .into_iter()
            .filter(|&key| {
                !self.plan.section_is_empty(key)
                    || (key == SectionKey::About && !about.reviews.is_empty())
            })
            .map(|key| json!({ "text": section_markdown(self.plan, key, 2) }))
            .collect();
        put(&mut resource, "note", non_empty(notes));
        let id = self.id("CarePlan");
        self.add(id, resource);
    }

    fn medications(&mut self, patient: Uuid) {
        let asserted = self.authored();
        for (i, medicine) in self.plan.crisis.medications.iter().enumerate() {
            let Some(medication) = concept(&medicine.name) else {
                continue;
            };
            let mut resource = json!({
                "resourceType": "MedicationStatement",
                "status": "active",
                "medicationCodeableConcept": medication,
                "subject": reference(patient),
            });
            put(
                &mut resource,
                "dateAsserted",
                asserted.map(|d| d.to_string().into()),
            );
            put(&mut resource, "informationSource", Some(reference(patient)));
            put(
                &mut resource,
                "reasonCode",
                concept(&medicine.what_for).map(|c| json!([c])),
            );
            let mut dosage = json!({});
            put(&mut dosage, "text", string(&medicine.dose));
            put(
                &mut dosage,
                "timing",
                concept(&medicine.when).map(|c| json!({ "code": c })),
            );
            if dosage.as_object().is_some_and(|d| !d.is_empty()) {
                put(&mut resource, "dosage", Some(json!([dosage])));
            }
            let id = self.id(&format!("MedicationStatement/crisis.medications/{i}"));
            self.add(id, resource);
        }
    }

    fn allergies(&mut self, patient: Uuid) {
        let recorded = self.authored();
        for (i, allergy) in self.plan.crisis.allergies.iter().enumerate() {
            let Some(code) = concept(allergy) else {
                continue;
            };
            let mut resource = json!({
                "resourceType": "AllergyIntolerance",
                "clinicalStatus": {
                    "coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                        "code": "active",
                    }],
                },
                "code": code,
                "patient": reference(patient),
            });
            put(
                &mut resource,
                "recordedDate",
                recorded.map(|d| d.to_string().into()),
            );
            put(&mut resource, "asserter", Some(reference(patient)));
            let id = self.id(&format!("AllergyIntolerance/crisis.allergies/{i}"));
            self.add(id, resource);
        }
    }
}

fn telecom(phone: &str, email: &str) -> Option<Value> {
    let mut points = Vec::new();
    if let Some(phone) = string(phone) {
        points.push(json!({ "system": "phone", "value": phone }));
    }
    if let Some(email) = string(email) {
        points.push(json!({ "system": "email", "value": email }));
    }
    non_empty(points)
}

/// The answer items for one part: none when it is empty.
fn answer_item(link_id: &str, answer: &PartRef<'_>) -> Vec<Value> {
    let answers = |values: Vec<Value>| -> Vec<Value> {
        if values.is_empty() {
            Vec::new()
        } else {
            vec![json!({ "linkId": link_id, "answer": values })]
        }
    };
    match answer {
        PartRef::Text(text) => answers(
            string(text)
                .map(|s| json!({ "valueString": s }))
                .into_iter()
                .collect(),
        ),
        PartRef::List(items) => answers(
            items
                .iter()
                .filter_map(|item| string(item))
                .map(|s| json!({ "valueString": s }))
                .collect(),
        ),
        PartRef::Date(date) => answers(
            date.map(|d| json!({ "valueDate": d.to_string() }))
                .into_iter()
                .collect(),
        ),
        // One repetition of the group per record.
        PartRef::Records(records) => records
            .iter()
            .filter_map(|record| {
                let fields: Vec<Value> = record
                    .fields()
                    .into_iter()
                    .filter_map(|(field, value)| {
                        let answer = match field.shape {
                            FieldShape::YesNo => match value.as_ref() {
                                "yes" => json!({ "valueBoolean": true }),
                                "no" => json!({ "valueBoolean": false }),
                                _ => return None,
                            },
                            FieldShape::Text | FieldShape::Phone => {
                                json!({ "valueString": string(&value)? })
                            }
                        };
                        Some(json!({
                            "linkId": format!("{link_id}.{}", field.key),
                            "answer": [answer],
                        }))
                    })
                    .collect();
                (!fields.is_empty()).then(|| json!({ "linkId": link_id, "item": fields }))
            })
            .collect(),
    }
}

/// The questionnaire: one group per section, one item per part, record parts as repeating
/// groups with one item per field. Link ids are the guide's paths (`crisis.supporters`,
/// `crisis.supporters.phone`).
fn questionnaire_resource(id: Uuid, l: Language) -> Value {
    let sections: Vec<Value> = guide()
        .iter()
        .map(|section| {
            let mut parts: Vec<Value> = section
                .parts
                .iter()
                .map(|part| {
                    let link_id = section.path(part);
                    let heading = part.heading_in(l);
                    match part.shape {
                        PartShape::Text => item(&link_id, &heading, "text", false),
                        PartShape::List => item(&link_id, &heading, "text", true),
                        PartShape::Date => item(&link_id, &heading, "date", false),
                        PartShape::Records(kind) => record_group(&link_id, &heading, kind, l),
                    }
                })
                .collect();
            if section.key == SectionKey::About {
                parts.push(json!({
                    "linkId": REVIEWS,
                    "text": l.text("reviews"),
                    "type": "group",
                    "repeats": true,
                    "item": [
                        item(&format!("{REVIEWS}.date"), &l.text("review-date"), "date", false),
                        item(&format!("{REVIEWS}.with"), &l.text("review-with"), "string", true),
                        item(&format!("{REVIEWS}.notes"), &l.text("review-notes"), "text", false),
                    ],
                }));
            }
            json!({
                "linkId": section.key.json_name(),
                "text": section.heading_in(l),
                "type": "group",
                "item": parts,
            })
        })
        .collect();
    json!({
        "resourceType": "Questionnaire",
        "language": l.tag(),
        "url": urn(id),
        "version": QUESTIONNAIRE_VERSION.to_string(),
        "name": QUESTIONNAIRE_NAME,
        "title": l.text("fhir-questionnaire-title"),
        "status": "active",
        "subjectType": ["Patient"],
        "item": sections,
    })
}

fn item(link_id: &str, text: &str, kind: &str, repeats: bool) -> Value {
    let mut item = json!({ "linkId": link_id, "text": text, "type": kind });
    if repeats {
        put(&mut item, "repeats", Some(Value::Bool(true)));
    }
    item
}

fn record_group(link_id: &str, text: &str, kind: RecordKind, l: Language) -> Value {
    let kind_of_record = kind;
    let fields: Vec<Value> = kind
        .fields()
        .iter()
        .map(|field| {
            let kind = match field.shape {
                FieldShape::YesNo => "boolean",
                FieldShape::Text | FieldShape::Phone => "text",
            };
            item(
                &format!("{link_id}.{}", field.key),
                kind_of_record.label_in(field, l),
                kind,
                false,
            )
        })
        .collect();
    json!({
        "linkId": link_id,
        "text": text,
        "type": "group",
        "repeats": true,
        "item": fields,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use wrap_core::{Medication, Supporter};

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.about.created_on = Date::new(2026, 11, 23);
        plan.about.next_review_due = Date::new(2027, 5, 23);
        plan.crisis.supporters.push(Supporter {
            name: "Bo".into(),
            phone: "07700 900123".into(),
            agreed: Some(false),
            ..Supporter::default()
        });
        plan.crisis.medications.push(Medication {
            name: "Sertraline".into(),
            dose: "50 mg".into(),
            ..Medication::default()
        });
        plan.crisis.allergies.push("Penicillin".into());
        plan.crisis.please_do_not.push("Shout".into());
        plan
    }

    #[test]
    fn the_written_bundle_is_the_bundle_value_written_out() {
        let mut empty = Plan::default();
        empty.about.owner = "Ana".into();
        for plan in [plan(), empty, every_kind_of_entry()] {
            let value = fhir_bundle(&plan);
            let mut expected = serde_json::to_string_pretty(&value).unwrap();
            expected.push('\n');
            assert_eq!(render_fhir(&plan), expected);
        }
    }

    /// A plan with an entry in every kind of record the bundle has a resource for.
    fn every_kind_of_entry() -> Plan {
        let mut plan = plan();
        plan.crisis.health_contacts.push(wrap_core::HealthContact {
            name: "Dr \"Rees\"\nSurgery".into(),
            role: "GP".into(),
            phone: "029 2018 0456".into(),
        });
        plan.about.written_with.push(wrap_core::Helper {
            name: "Sam".into(),
            role: "peer support worker".into(),
        });
        plan
    }

    fn resources(bundle: &Value) -> Vec<&Value> {
        bundle["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .collect()
    }

    fn of_type<'a>(bundle: &'a Value, kind: &str) -> Vec<&'a Value> {
        resources(bundle)
            .into_iter()
            .filter(|r| r["resourceType"] == kind)
            .collect()
    }

    #[test]
    fn the_bundle_holds_each_kind_of_resource() {
        let bundle = fhir_bundle(&plan());
        assert_eq!(bundle["type"], "collection");
        for kind in [
            "Patient",
            "Questionnaire",
            "QuestionnaireResponse",
            "CarePlan",
            "CareTeam",
            "RelatedPerson",
            "MedicationStatement",
            "AllergyIntolerance",
        ] {
            assert_eq!(of_type(&bundle, kind).len(), 1, "{kind}");
        }
        let plan = &of_type(&bundle, "CarePlan")[0];
        assert_eq!(
            plan["period"],
            json!({ "start": "2026-11-23", "end": "2027-05-23" })
        );
        assert_eq!(plan["activity"][0]["detail"]["doNotPerform"], true);
        let response = &of_type(&bundle, "QuestionnaireResponse")[0];
        let questionnaire = &of_type(&bundle, "Questionnaire")[0];
        assert_eq!(response["questionnaire"], questionnaire["url"]);
        assert_eq!(response["authored"], "2026-11-23");
        let crisis = &response["item"].as_array().unwrap()[1];
        assert_eq!(crisis["linkId"], "crisis");
        let supporter = &crisis["item"][0];
        assert_eq!(supporter["linkId"], "crisis.supporters");
        assert_eq!(supporter["item"][0]["linkId"], "crisis.supporters.name");
        assert_eq!(
            supporter["item"][2],
            json!({ "linkId": "crisis.supporters.agreed", "answer": [{ "valueBoolean": false }] })
        );
    }

    fn questionnaire_texts(bundle: &Value) -> Vec<String> {
        fn texts(items: &Value, into: &mut Vec<String>) {
            for item in items.as_array().into_iter().flatten() {
                into.push(item["text"].as_str().unwrap_or_default().to_owned());
                texts(&item["item"], into);
            }
        }
        let questionnaire = of_type(bundle, "Questionnaire")[0];
        let mut found = vec![questionnaire["title"].as_str().unwrap().to_owned()];
        texts(&questionnaire["item"], &mut found);
        found
    }

    #[test]
    fn an_english_plan_has_the_british_english_bundle() {
        let none = render_fhir(&plan());
        for tag in ["en-GB", "en-US", "en"] {
            let mut english = plan();
            english.language = Some(tag.parse().unwrap());
            let bundle = fhir_bundle(&english);
            assert_eq!(of_type(&bundle, "Questionnaire")[0]["language"], "en-GB");
            assert_eq!(
                questionnaire_texts(&bundle),
                questionnaire_texts(&fhir_bundle(&plan())),
                "{tag}"
            );
        }
        // The questions are the guide's own headings, as they always were.
        let bundle: Value = serde_json::from_str(&none).unwrap();
        let texts = questionnaire_texts(&bundle);
        assert_eq!(texts[0], "Wellness Recovery Action Plan (WRAP)");
        for section in guide() {
            assert!(texts.iter().any(|t| t == section.heading));
            for part in section.parts {
                assert!(texts.iter().any(|t| t == part.heading), "{}", part.heading);
            }
        }
        assert!(none.contains("\"name\": \"Crisis supporters\""));
        assert!(none.contains("\"title\": \"My WRAP\""));
    }

    #[test]
    fn the_bundle_speaks_the_plan_language() {
        for language in [Language::Cy, Language::Es, Language::Pl] {
            let mut plan = every_kind_of_entry();
            plan.language = Some(language.tag().parse().unwrap());
            plan.daily.every_day.push("Walk".into());
            let bundle = fhir_bundle(&plan);
            let questionnaire = of_type(&bundle, "Questionnaire")[0];
            assert_eq!(questionnaire["language"], language.tag());
            let texts = questionnaire_texts(&bundle);
            assert_eq!(texts[0], language.text("fhir-questionnaire-title"));
            let crisis = SectionKey::Crisis.guide();
            assert!(texts.contains(&crisis.heading_in(language)), "{language}");
            assert!(!texts.iter().any(|t| t == crisis.heading), "{language}");
            let care_plan = of_type(&bundle, "CarePlan")[0];
            assert_eq!(care_plan["title"], language.text("default-title"));
            let code = care_plan["activity"][0]["detail"]["code"]["text"]
                .as_str()
                .unwrap();
            assert!(
                code.starts_with(&SectionKey::Daily.guide().heading_in(language)),
                "{code}"
            );
            let teams = of_type(&bundle, "CareTeam");
            assert!(
                teams
                    .iter()
                    .any(|t| t["name"] == language.text("fhir-team-crisis-supporters"))
            );
            // The response points at the questionnaire in its language, not the English one.
            let response = of_type(&bundle, "QuestionnaireResponse")[0];
            assert_eq!(
                response["questionnaire"],
                format!("urn:uuid:{}", questionnaire["id"].as_str().unwrap())
            );
            let english = fhir_bundle(&every_kind_of_entry());
            assert_ne!(
                of_type(&english, "Questionnaire")[0]["id"],
                questionnaire["id"]
            );
        }
    }

    #[test]
    fn the_same_plan_gives_the_same_bundle() {
        assert_eq!(render_fhir(&plan()), render_fhir(&plan()));
        let mut other = plan();
        other.about.owner = "Beth".into();
        assert_ne!(fhir_bundle(&other)["id"], fhir_bundle(&plan())["id"]);
    }

    #[test]
    fn link_ids_in_the_response_are_in_the_questionnaire() {
        fn link_ids(items: &Value, into: &mut Vec<String>) {
            for item in items.as_array().into_iter().flatten() {
                into.push(item["linkId"].as_str().unwrap().to_owned());
                link_ids(&item["item"], into);
            }
        }
        let bundle = fhir_bundle(&plan());
        let mut asked = Vec::new();
        link_ids(&of_type(&bundle, "Questionnaire")[0]["item"], &mut asked);
        let mut answered = Vec::new();
        link_ids(
            &of_type(&bundle, "QuestionnaireResponse")[0]["item"],
            &mut answered,
        );
        assert!(!answered.is_empty());
        for id in answered {
            assert!(asked.contains(&id), "{id}");
        }
        let mut unique = asked.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), asked.len(), "link ids are unique");
    }

    #[test]
    fn an_empty_plan_gives_a_small_bundle() {
        let bundle = fhir_bundle(&Plan::default());
        assert_eq!(resources(&bundle).len(), 4);
        assert!(of_type(&bundle, "QuestionnaireResponse")[0]["item"].is_null());
    }
}
