//! Bigger plans from a smaller one, for measuring how cost grows with the size of a plan.

use serde_json::Value;

use crate::Plan;

/// Repeats every array inside `value` so that it holds `times` copies of its items.
fn repeat(value: &mut Value, times: usize) {
    match value {
        Value::Array(items) => {
            let copy = items.clone();
            for _ in 1..times {
                items.extend(copy.iter().cloned());
            }
        }
        Value::Object(fields) => fields.values_mut().for_each(|v| repeat(v, times)),
        _ => {}
    }
}

impl Plan {
    /// A copy of the plan in which every list of every section (entries, records, and the
    /// lists inside records) holds `times` copies of its entries, in order. The plan's
    /// details and review history, the interview's progress and the extensions are kept
    /// as they are. `times` of 0 or 1 gives an equal plan.
    ///
    /// ```
    /// let mut plan = wrap_core::Plan::default();
    /// plan.toolbox.using = vec!["A walk".into()];
    /// assert_eq!(plan.with_lists_repeated(3).toolbox.using.len(), 3);
    /// ```
    pub fn with_lists_repeated(&self, times: usize) -> Plan {
        let Ok(Value::Object(mut fields)) = serde_json::to_value(self) else {
            return self.clone();
        };
        for (key, section) in fields.iter_mut() {
            if !matches!(key.as_str(), "about" | "progress" | "extensions") {
                repeat(section, times.max(1));
            }
        }
        serde_json::from_value(Value::Object(fields)).unwrap_or_else(|_| self.clone())
    }
}

#[cfg(test)]
mod tests {
    use crate::format;

    #[test]
    fn lists_grow_and_the_rest_stays() {
        let plan = format::from_str(include_str!("../../../examples/full.json")).unwrap();
        let bigger = plan.with_lists_repeated(10);
        assert_eq!(bigger.toolbox.using.len(), 10 * plan.toolbox.using.len());
        assert_eq!(
            bigger.crisis.supporters.len(),
            10 * plan.crisis.supporters.len()
        );
        assert_eq!(bigger.about, plan.about);
        assert_eq!(bigger.progress, plan.progress);
        assert_eq!(plan.with_lists_repeated(1), plan);
        assert_eq!(plan.with_lists_repeated(0), plan);
    }
}
