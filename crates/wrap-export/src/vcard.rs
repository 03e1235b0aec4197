//! The plan's people as vCard 4.0 (RFC 6350), for a phone's address book: the crisis
//! supporters, the health contacts and the supporters while I recover.

use crate::contentline::{escape, push_line};
use crate::ids;
use wrap_core::{Language, Plan, RecordKind, phone_numbers};

/// One person to write as a card.
struct Contact<'a> {
    /// Stable path of the entry in the plan, for its UID.
    path: String,
    name: &'a str,
    phone: &'a str,
    email: &'a str,
    role: &'a str,
    notes: Vec<(String, String)>,
}

/// The plan's crisis supporters, health contacts and supporters while I recover as vCard 4.0
/// cards, in the plan's order: CRLF line endings, lines folded at 75 octets, text escaped.
/// People with neither a name nor a phone number nor an email are left out.
///
/// ```
/// use wrap_core::{Plan, Supporter};
///
/// let mut plan = Plan::default();
/// plan.crisis.supporters.push(Supporter {
///     name: "Dafydd".into(),
///     phone: "07700 900123".into(),
///     ..Supporter::default()
/// });
/// let cards = wrap_export::render_vcard(&plan);
/// assert!(cards.contains("FN:Dafydd\r\n"));
/// assert!(cards.contains("TEL;VALUE=uri;TYPE=voice:tel:07700900123\r\n"));
/// ```
pub fn render_vcard(plan: &Plan) -> String {
    // The notes are in the plan's language, as its printed copies are.
    let l = plan.document_language(Language::EnGb);
    let owner = plan.about.owner.trim();
    let whose = if owner.is_empty() {
        String::new()
    } else {
        format!(" ({owner})")
    };
    let label = |kind: RecordKind, key: &str| {
        kind.field(key)
            .map_or(String::new(), |field| kind.label_in(field, l).to_owned())
    };
    let in_crisis = l.text("vcard-in-crisis-plan");
    let mut contacts = Vec::new();
    for (i, s) in plan.crisis.supporters.iter().enumerate() {
        let supporter = |key| label(RecordKind::Supporter, key);
        let mut notes = vec![(
            in_crisis.clone(),
            format!("{}{whose}", l.text("vcard-a-supporter")),
        )];
        notes.extend(note(supporter("relationship"), &s.relationship));
        notes.extend(note(supporter("asked_to"), &s.asked_to));
        if let Some(agreed) = s.agreed {
            let answer = l.text(if agreed { "yes" } else { "no" });
            notes.push((supporter("agreed"), answer));
        }
        contacts.push(Contact {
            path: format!("crisis.supporters/{i}"),
            name: &s.name,
            phone: &s.phone,
            email: &s.email,
            role: "",
            notes,
        });
    }
    for (i, h) in plan.crisis.health_contacts.iter().enumerate() {
        contacts.push(Contact {
            path: format!("crisis.health_contacts/{i}"),
            name: &h.name,
            phone: &h.phone,
            email: "",
            role: &h.role,
            notes: vec![(
                in_crisis.clone(),
                format!("{}{whose}", l.text("vcard-a-health-contact")),
            )],
        });
    }
    for (i, r) in plan.post_crisis.supporters.iter().enumerate() {
        let mut notes = vec![(
            l.text("vcard-in-post-crisis-plan"),
            format!("{}{whose}", l.text("vcard-a-recovery-supporter")),
        )];
        notes.extend(note(
            label(RecordKind::RecoverySupporter, "tasks"),
            &r.tasks,
        ));
        contacts.push(Contact {
            path: format!("post_crisis.supporters/{i}"),
            name: &r.name,
            phone: &r.phone,
            email: "",
            role: "",
            notes,
        });
    }
    let namespace = ids::plan_namespace(plan);
    let mut out = String::new();
    for contact in contacts {
        if [contact.name, contact.phone, contact.email]
            .iter()
            .all(|field| field.trim().is_empty())
        {
            continue;
        }
        card(&contact, &ids::derived(&namespace, &contact.path), &mut out);
    }
    out
}

fn note(label: String, value: &str) -> Option<(String, String)> {
    (!value.trim().is_empty()).then(|| (label, value.to_owned()))
}

fn card(contact: &Contact<'_>, uid: &uuid::Uuid, out: &mut String) {
    push_line(out, "BEGIN:VCARD");
    push_line(out, "VERSION:4.0");
    let name = contact.name.trim();
    let full_name = if name.is_empty() {
        contact.phone.trim().to_owned()
    } else {
        name.to_owned()
    };
    let full_name = if full_name.is_empty() {
        contact.email.trim().to_owned()
    } else {
        full_name
    };
    push_line(out, &format!("FN:{}", escape(&full_name)));
    // The plan holds a name as written, not split into family and given names: the whole
    // name goes in the given-name component, which address books show as written.
    push_line(out, &format!("N:;{};;;", escape(name)));
    let phone = contact.phone.trim();
    if !phone.is_empty() {
        // Each number the text holds, dialable; and the text as written unless it is just
        // one number, so that "999 111" or "Mum: 07700 900123" keeps its words.
        let numbers = phone_numbers(phone);
        let only_a_number = numbers.len() == 1 && numbers[0].range == (0..phone.len());
        if !only_a_number {
            push_line(out, &format!("TEL;VALUE=text:{}", escape(phone)));
        }
        for number in numbers {
            push_line(out, &format!("TEL;VALUE=uri;TYPE=voice:{}", number.uri));
        }
    }
    let email = contact.email.trim();
    if !email.is_empty() {
        push_line(out, &format!("EMAIL:{}", escape(email)));
    }
    let role = contact.role.trim();
    if !role.is_empty() {
        push_line(out, &format!("ROLE:{}", escape(role)));
    }
    if !contact.notes.is_empty() {
        let lines: Vec<String> = contact
            .notes
            .iter()
            .map(|(label, value)| format!("{label}: {value}"))
            .collect();
        push_line(out, &format!("NOTE:{}", escape(&lines.join("\n"))));
    }
    push_line(out, &format!("UID:urn:uuid:{uid}"));
    push_line(out, "END:VCARD");
}

#[cfg(test)]
mod tests {
    use super::*;
    use wrap_core::{HealthContact, RecoverySupporter, Supporter};

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.about.owner = "Ana".into();
        plan.crisis.supporters.push(Supporter {
            name: "Smith, Jo; \"JJ\"".into(),
            relationship: "sister".into(),
            phone: "+44 (0)20 7946-0000".into(),
            email: "jo@example.org".into(),
            asked_to: "Call me\nevery day".into(),
            agreed: Some(true),
        });
        plan.crisis.health_contacts.push(HealthContact {
            name: "Meddygfa'r Bont".into(),
            role: "GP".into(),
            phone: "ask at reception".into(),
        });
        plan.post_crisis.supporters.push(RecoverySupporter {
            name: "Ŵyn".into(),
            tasks: "ŵ".repeat(60),
            ..RecoverySupporter::default()
        });
        plan.crisis.supporters.push(Supporter::default());
        plan
    }

    #[test]
    fn cards_hold_names_phones_and_notes() {
        let text = render_vcard(&plan()).replace("\r\n ", "");
        assert_eq!(text.matches("BEGIN:VCARD\r\nVERSION:4.0\r\n").count(), 3);
        assert_eq!(text.matches("END:VCARD\r\n").count(), 3);
        assert!(text.contains("FN:Smith\\, Jo\\; \"JJ\"\r\n"));
        assert!(text.contains("N:;Smith\\, Jo\\; \"JJ\";;;\r\n"));
        assert!(text.contains("TEL;VALUE=uri;TYPE=voice:tel:+442079460000\r\n"));
        assert!(text.contains("TEL;VALUE=text:ask at reception\r\n"));
        assert!(text.contains("EMAIL:jo@example.org\r\n"));
        assert!(text.contains("ROLE:GP\r\n"));
        assert!(text.contains("What I ask of them: Call me\\nevery day\\n"));
        assert!(text.contains("Agreed to be listed: yes"));
    }

    #[test]
    fn a_phone_with_several_numbers_keeps_its_text_and_dials_each() {
        let mut plan = Plan::default();
        for phone in ["999 111", "07700900 0201234567", "1234 5678 9012 3456 7890"] {
            plan.crisis.health_contacts.push(HealthContact {
                name: phone.into(),
                phone: phone.into(),
                ..HealthContact::default()
            });
        }
        let text = render_vcard(&plan);
        let tel: Vec<&str> = text.lines().filter(|l| l.starts_with("TEL")).collect();
        assert_eq!(
            tel,
            [
                "TEL;VALUE=text:999 111",
                "TEL;VALUE=uri;TYPE=voice:tel:999",
                "TEL;VALUE=uri;TYPE=voice:tel:111",
                "TEL;VALUE=text:07700900 0201234567",
                "TEL;VALUE=uri;TYPE=voice:tel:07700900",
                "TEL;VALUE=uri;TYPE=voice:tel:0201234567",
                "TEL;VALUE=text:1234 5678 9012 3456 7890",
            ]
        );
    }

    #[test]
    fn lines_are_folded_and_end_in_crlf() {
        let text = render_vcard(&plan());
        assert!(text.ends_with("\r\n"));
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "no bare line feeds"
        );
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        let unfolded = text.replace("\r\n ", "");
        assert!(unfolded.contains(&"ŵ".repeat(60)));
    }

    #[test]
    fn same_plan_same_cards() {
        assert_eq!(render_vcard(&plan()), render_vcard(&plan()));
        assert_eq!(render_vcard(&Plan::default()), "");
    }
}

#[cfg(test)]
mod language_tests {
    use wrap_core::{Plan, Supporter};

    #[test]
    fn the_notes_are_in_the_plans_language() {
        let mut plan = Plan {
            language: Some("cy".parse().unwrap()),
            ..Plan::default()
        };
        plan.about.owner = "Gwen".into();
        plan.crisis.supporters.push(Supporter {
            name: "Rhodri".into(),
            phone: "07700 900741".into(),
            relationship: "fy ngŵr".into(),
            agreed: Some(true),
            ..Supporter::default()
        });
        let cards = super::render_vcard(&plan);
        assert!(
            cards.contains("Yn y cynllun argyfwng: cefnogwr (Gwen)"),
            "{cards}"
        );
        assert!(cards.contains("Perthynas neu rôl: fy ngŵr"), "{cards}");
        assert!(!cards.contains("In the crisis plan"), "{cards}");
        let ics = crate::render_ics(
            &Plan {
                about: wrap_core::About {
                    next_review_due: wrap_core::Date::new(2027, 5, 23),
                    ..plan.about.clone()
                },
                ..plan
            },
            wrap_core::Date::new(2026, 11, 23).unwrap(),
        )
        .unwrap();
        assert!(ics.contains("SUMMARY:Adolygu fy WRAP"), "{ics}");
        assert!(ics.contains("Cynllun pwy: Gwen"), "{ics}");
    }
}
