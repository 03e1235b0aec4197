//! Strict reading of JSON: duplicate keys refused, records never read from arrays.
//!
//! Serde on its own accepts two things the format does not: a key given twice in one object
//! (the last one silently wins) and a record written as an array of its fields in order
//! (`"about": ["My plan", "Ana"]`). [`Strict`] wraps a deserializer so that everything read
//! through it obeys both rules: a record (a struct) refuses an array, and an object read as
//! a map (the plan's `extensions`, or any JSON value) refuses a key it has already seen.
//! Records refuse a repeated field themselves, through their derived `Deserialize`.
//!
//! While it reads a record's field names, [`Strict`] also notes a name the record does not
//! have ([`Strict::new`]'s `unknown`), so the loader can say which field is unknown without
//! reading it back out of serde's message.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashSet;

use serde::de::value::{BorrowedStrDeserializer, StringDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use crate::load_error::Said;

/// The message for a key given twice in one object.
pub(crate) fn twice<E: de::Error>(key: &str) -> E {
    E::custom(Said::with("load-field-twice", &[("field", key.to_owned())]).noted())
}

/// Reads the plan's `extensions`: any JSON object, with duplicate keys refused at every
/// depth and numbers kept exactly as written.
pub(crate) fn extensions<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Map<String, Value>, D::Error> {
    let unknown = Cell::new(None);
    de::Deserialize::deserialize(Strict::new(deserializer, &unknown))
}

/// Parses one JSON value with the strict rules.
pub(crate) fn value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
    let unknown = Cell::new(None);
    de::Deserialize::deserialize(Strict::new(deserializer, &unknown))
}

/// Reads and throws away one JSON value with the strict rules: its syntax is checked and
/// its objects' keys are refused if repeated.
pub(crate) struct Skip;

impl<'de> de::Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Skip, D::Error> {
        let unknown = Cell::new(None);
        de::IgnoredAny::deserialize(Strict::new(deserializer, &unknown)).map(|_| Skip)
    }
}

/// A deserializer through which every record (struct) must be written as an object and no
/// object may repeat a key.
pub(crate) struct Strict<'u, D> {
    de: D,
    unknown: &'u Cell<Option<String>>,
}

impl<'u, D> Strict<'u, D> {
    /// Wraps `de`; a field name a record does not have is put in `unknown`.
    pub(crate) fn new(de: D, unknown: &'u Cell<Option<String>>) -> Strict<'u, D> {
        Strict { de, unknown }
    }
}

/// Wraps a visitor: `record` is set when the value asked for is a struct.
struct Guard<'u, V> {
    inner: V,
    record: bool,
    unknown: &'u Cell<Option<String>>,
}

macro_rules! forward_deserialize {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            let guard = self.guard(visitor, false);
            self.de.$method(guard)
        }
    )*};
}

impl<'u, D> Strict<'u, D> {
    fn guard<V>(&self, inner: V, record: bool) -> Guard<'u, V> {
        Guard {
            inner,
            record,
            unknown: self.unknown,
        }
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<'_, D> {
    type Error = D::Error;

    forward_deserialize! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier
    }

    /// A value thrown away is still read whole, so that its keys are checked too.
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let guard = self.guard(visitor, false);
        self.de.deserialize_any(guard)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let guard = self.guard(visitor, false);
        self.de.deserialize_unit_struct(name, guard)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let guard = self.guard(visitor, false);
        self.de.deserialize_newtype_struct(name, guard)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let guard = self.guard(visitor, false);
        self.de.deserialize_tuple(len, guard)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let guard = self.guard(visitor, false);
        self.de.deserialize_tuple_struct(name, len, guard)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let guard = self.guard(visitor, true);
        self.de.deserialize_struct(name, fields, guard)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let guard = self.guard(visitor, false);
        self.de.deserialize_enum(name, variants, guard)
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident: $ty:ty)*) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.inner.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Guard<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.expecting(f)
    }

    forward_visit! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner
            .visit_some(Strict::new(deserializer, self.unknown))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner
            .visit_newtype_struct(Strict::new(deserializer, self.unknown))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if self.record {
            return Err(de::Error::custom(
                Said::core("load-array-for-record").noted(),
            ));
        }
        self.inner.visit_seq(StrictSeq {
            seq,
            unknown: self.unknown,
        })
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(StrictEnum {
            data,
            unknown: self.unknown,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(StrictMap {
            map,
            // A record's own `Deserialize` refuses a repeated field; any other object is
            // checked here.
            seen: (!self.record).then(HashSet::new),
            unknown: self.unknown,
        })
    }
}

struct StrictSeq<'u, A> {
    seq: A,
    unknown: &'u Cell<Option<String>>,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for StrictSeq<'_, A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.seq.next_element_seed(StrictSeed {
            seed,
            unknown: self.unknown,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.seq.size_hint()
    }
}

/// The entries of an object: a record's (`seen` is `None`) or a map's, whose keys are
/// remembered to refuse one given twice.
struct StrictMap<'u, A> {
    map: A,
    seen: Option<HashSet<String>>,
    unknown: &'u Cell<Option<String>>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for StrictMap<'_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        let Some(key) = self.map.next_key_seed(KeySeed)? else {
            return Ok(None);
        };
        match &mut self.seen {
            Some(seen) => {
                if !seen.insert(key.clone().into_owned()) {
                    return Err(twice(&key));
                }
                key_into(seed, key).map(Some)
            }
            // A record's field name: one the record does not have is noted.
            None => match key_into(seed, key.clone()) {
                Ok(field) => Ok(Some(field)),
                Err(error) => {
                    self.unknown.set(Some(key.into_owned()));
                    Err(error)
                }
            },
        }
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.map.next_value_seed(StrictSeed {
            seed,
            unknown: self.unknown,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.map.size_hint()
    }
}

/// Hands a key read as text to the seed that wanted it.
pub(crate) fn key_into<'de, K: DeserializeSeed<'de>, E: de::Error>(
    seed: K,
    key: Cow<'de, str>,
) -> Result<K::Value, E> {
    match key {
        Cow::Borrowed(key) => seed.deserialize(BorrowedStrDeserializer::new(key)),
        Cow::Owned(key) => seed.deserialize(StringDeserializer::new(key)),
    }
}

/// A seed whose value is read through [`Strict`].
struct StrictSeed<'u, S> {
    seed: S,
    unknown: &'u Cell<Option<String>>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for StrictSeed<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.seed
            .deserialize(Strict::new(deserializer, self.unknown))
    }
}

/// An enum's variant read with the strict rules: its contents go through [`Strict`] too.
struct StrictEnum<'u, A> {
    data: A,
    unknown: &'u Cell<Option<String>>,
}

impl<'de, 'u, A: de::EnumAccess<'de>> de::EnumAccess<'de> for StrictEnum<'u, A> {
    type Error = A::Error;
    type Variant = StrictEnum<'u, A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, data) = self.data.variant_seed(seed)?;
        Ok((
            value,
            StrictEnum {
                data,
                unknown: self.unknown,
            },
        ))
    }
}

impl<'de, A: de::VariantAccess<'de>> de::VariantAccess<'de> for StrictEnum<'_, A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.data.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.data.newtype_variant_seed(StrictSeed {
            seed,
            unknown: self.unknown,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let guard = Guard {
            inner: visitor,
            record: false,
            unknown: self.unknown,
        };
        self.data.tuple_variant(len, guard)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let guard = Guard {
            inner: visitor,
            record: true,
            unknown: self.unknown,
        };
        self.data.struct_variant(fields, guard)
    }
}

/// A key of an object, borrowed from the text when it has no escapes.
pub(crate) struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Cow<'de, str>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a field name")
    }

    fn visit_borrowed_str<E: de::Error>(self, key: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(key))
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(key.to_owned()))
    }

    fn visit_string<E: de::Error>(self, key: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Plan;

    fn strict(text: &str) -> Result<Value, serde_json::Error> {
        value(&mut serde_json::Deserializer::from_str(text))
    }

    #[test]
    fn duplicate_keys_are_refused_at_every_depth() {
        let value = strict(r#"{"a": [{"b": 1}], "c": null}"#).unwrap();
        assert_eq!(value, serde_json::json!({"a": [{"b": 1}], "c": null}));
        for text in [r#"{"a": 1, "a": 1}"#, r#"{"a": [{"b": 1, "b": 2}]}"#] {
            let error = strict(text).unwrap_err();
            assert!(error.to_string().contains("appears twice"), "{error}");
            let error = serde_json::from_str::<Skip>(text).err().unwrap();
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

    #[test]
    fn records_refuse_arrays_and_name_an_unknown_field() {
        let unknown = Cell::new(None);
        let mut json = serde_json::Deserializer::from_str(r#"{"about": ["My plan", "Ana"]}"#);
        let error =
            <Plan as de::Deserialize>::deserialize(Strict::new(&mut json, &unknown)).unwrap_err();
        assert!(error.to_string().contains("found an array"), "{error}");
        assert_eq!(unknown.take(), None);
        let mut json = serde_json::Deserializer::from_str(r#"{"about": {"ownr": "Ana"}}"#);
        assert!(<Plan as de::Deserialize>::deserialize(Strict::new(&mut json, &unknown)).is_err());
        assert_eq!(unknown.take().as_deref(), Some("ownr"));
    }
}
