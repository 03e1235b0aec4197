//! Strict reading of JSON: duplicate keys refused.
//!
//! Serde on its own accepts a key given twice in one object: the last one silently wins and
//! what was written first is lost. [`StrictValue`] parses any JSON value with duplicate keys
//! refused, and [`extensions`] reads the plan's free-form `extensions` the same way.

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// A JSON value parsed with duplicate keys refused: `{"owner": "A", "owner": "B"}` would
/// otherwise keep only "B" and lose what was written first.
pub(crate) struct StrictValue(pub(crate) Value);

impl<'de> de::Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<StrictValue, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

/// Reads the plan's `extensions`: any JSON object, with duplicate keys refused at every
/// depth.
pub(crate) fn extensions<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Map<String, Value>, D::Error> {
    match deserializer.deserialize_map(StrictVisitor)? {
        Value::Object(map) => Ok(map),
        _ => Err(de::Error::custom("expected an object")),
    }
}

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format_args!(
                    "the field `{key}` appears twice in one object; keep one of them"
                )));
            }
            let StrictValue(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    #[test]
    fn duplicate_keys_are_refused_at_every_depth() {
        let StrictValue(value) = serde_json::from_str(r#"{"a": [{"b": 1}], "c": null}"#).unwrap();
        assert_eq!(value, serde_json::json!({"a": [{"b": 1}], "c": null}));
        for text in [r#"{"a": 1, "a": 1}"#, r#"{"a": [{"b": 1, "b": 2}]}"#] {
            let error = serde_json::from_str::<StrictValue>(text).err().unwrap();
            assert!(error.to_string().contains("appears twice"), "{error}");
        }
    }

    #[test]
    fn plan_extensions_refuse_duplicate_keys() {
        let plan: Plan = serde_json::from_str(r#"{"extensions": {"t": {"a": [1, 2.5]}}}"#).unwrap();
        assert_eq!(plan.extensions["t"], serde_json::json!({"a": [1, 2.5]}));
        for text in [
            r#"{"extensions": {"t": 1, "t": 2}}"#,
            r#"{"extensions": {"t": {"a": [{"b": 1, "b": 1}]}}}"#,
            r#"{"extensions": []}"#,
            r#"{"extensions": null}"#,
        ] {
            assert!(serde_json::from_str::<Plan>(text).is_err(), "{text}");
        }
    }
}
