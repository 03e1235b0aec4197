//! The language a plan is written in: a BCP 47 language tag (`cy`, `en-GB`, `es-419`,
//! `zh-Hant`), checked for its form when read and kept in the case BCP 47 recommends.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use wrap_l10n::Language;

use crate::load_error::Said;

/// A well-formed BCP 47 language tag (RFC 5646), such as `cy`, `en-GB` or `sr-Latn-RS`.
///
/// Any language a person writes in can be named, whether or not `wrap` has its messages in
/// it. The tag is kept in BCP 47's recommended case (`en-GB`, `zh-Hant-TW`), so the same
/// language is always saved as the same text.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LanguageTag(String);

/// Why a piece of text is not a BCP 47 language tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LanguageTagError {
    text: String,
    /// Why, as the id of its message in `core.ftl`.
    reason: &'static str,
}

impl LanguageTagError {
    /// The text that was refused.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The sentence `Display` writes, in `language`: the text, why it is not a tag, and how
    /// one is written.
    pub fn to_string_in(&self, language: Language) -> String {
        self.said().in_language(language)
    }

    fn said(&self) -> Said {
        Said::LanguageTag(self.text.clone(), self.reason)
    }
}

impl fmt::Display for LanguageTagError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_in(Language::EnGb))
    }
}

impl std::error::Error for LanguageTagError {}

impl LanguageTag {
    /// The tag as text, in BCP 47's recommended case.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The primary language subtag, lower case (`cy` of `cy-GB`).
    pub fn primary(&self) -> &str {
        self.0.split('-').next().unwrap_or_default()
    }

    /// The region subtag, if the tag has one (`GB` of `en-GB`, `419` of `es-419`).
    pub fn region(&self) -> Option<&str> {
        self.0
            .split('-')
            .skip(1)
            .take_while(|subtag| subtag.len() > 1)
            .find(|subtag| {
                (subtag.len() == 2 && subtag.bytes().all(|b| b.is_ascii_uppercase()))
                    || (subtag.len() == 3 && subtag.bytes().all(|b| b.is_ascii_digit()))
            })
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for LanguageTag {
    type Err = LanguageTagError;

    fn from_str(text: &str) -> Result<LanguageTag, LanguageTagError> {
        let refuse = |reason| LanguageTagError {
            text: text.to_owned(),
            reason,
        };
        if text.is_empty() {
            return Err(refuse("language-tag-empty"));
        }
        if text.len() > 64 {
            return Err(refuse("language-tag-too-long"));
        }
        let subtags: Vec<&str> = text.split('-').collect();
        if subtags
            .iter()
            .any(|subtag| subtag.is_empty() || !subtag.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            return Err(refuse("language-tag-parts"));
        }
        let mut out = Vec::with_capacity(subtags.len());
        let mut rest = subtags.iter().copied().peekable();
        // A private-use tag (`x-whatever`) stands alone.
        let first = rest.next().unwrap_or_default();
        if first.eq_ignore_ascii_case("x") {
            return private_use(first, rest, out).ok_or_else(|| refuse("language-tag-private"));
        }
        // BCP 47 leaves room for languages of 5 to 8 letters, but none is registered: a word
        // such as `Welsh` is a name, not a tag.
        if !(2..=3).contains(&first.len()) || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(refuse("language-tag-primary"));
        }
        out.push(first.to_ascii_lowercase());
        // Extended language subtags (up to three of three letters).
        let mut extlangs = 0;
        while extlangs < 3
            && rest
                .peek()
                .is_some_and(|s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            out.push(rest.next().unwrap_or_default().to_ascii_lowercase());
            extlangs += 1;
        }
        // Script: four letters, title case.
        if let Some(script) =
            rest.next_if(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()))
        {
            let mut script = script.to_ascii_lowercase();
            script[..1].make_ascii_uppercase();
            out.push(script);
        }
        // Region: two letters (upper case) or three digits.
        if let Some(region) = rest.next_if(|s| {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_alphabetic()))
                || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit()))
        }) {
            out.push(region.to_ascii_uppercase());
        }
        // Variants: five to eight characters, or four starting with a digit.
        let mut variants = Vec::new();
        while let Some(variant) = rest.next_if(|s| {
            (5..=8).contains(&s.len()) || (s.len() == 4 && s.as_bytes()[0].is_ascii_digit())
        }) {
            let variant = variant.to_ascii_lowercase();
            if variants.contains(&variant) {
                return Err(refuse("language-tag-variant-twice"));
            }
            variants.push(variant.clone());
            out.push(variant);
        }
        // Extensions: a singleton other than `x`, then subtags of two to eight characters.
        let mut singletons = Vec::new();
        while let Some(singleton) = rest.next_if(|s| s.len() == 1 && !s.eq_ignore_ascii_case("x")) {
            let singleton = singleton.to_ascii_lowercase();
            if singletons.contains(&singleton) {
                return Err(refuse("language-tag-extension-twice"));
            }
            singletons.push(singleton.clone());
            out.push(singleton);
            let mut any = false;
            while let Some(subtag) = rest.next_if(|s| (2..=8).contains(&s.len())) {
                out.push(subtag.to_ascii_lowercase());
                any = true;
            }
            if !any {
                return Err(refuse("language-tag-extension-empty"));
            }
        }
        match rest.next() {
            None => Ok(LanguageTag(out.join("-"))),
            Some(x) if x.eq_ignore_ascii_case("x") => {
                private_use(x, rest, out).ok_or_else(|| refuse("language-tag-private"))
            }
            Some(_) => Err(refuse("language-tag-order")),
        }
    }
}

/// The tag ending with the private-use subtags after `x`, if there is at least one and each
/// has one to eight characters.
fn private_use<'a>(
    x: &str,
    rest: impl Iterator<Item = &'a str>,
    mut out: Vec<String>,
) -> Option<LanguageTag> {
    out.push(x.to_ascii_lowercase());
    let before = out.len();
    for subtag in rest {
        if subtag.len() > 8 {
            return None;
        }
        out.push(subtag.to_ascii_lowercase());
    }
    (out.len() > before).then(|| LanguageTag(out.join("-")))
}

impl Serialize for LanguageTag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for LanguageTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LanguageTag, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse()
            .map_err(|error: LanguageTagError| serde::de::Error::custom(error.said().noted()))
    }
}

impl schemars::JsonSchema for LanguageTag {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "LanguageTag".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A BCP 47 language tag (RFC 5646), such as \"cy\", \"en-GB\" or \"es-419\".",
            "type": "string",
            "pattern": "^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> Result<String, LanguageTagError> {
        text.parse::<LanguageTag>().map(|tag| tag.0)
    }

    #[test]
    fn well_formed_tags_are_kept_in_their_recommended_case() {
        for (text, kept) in [
            ("cy", "cy"),
            ("CY", "cy"),
            ("en-gb", "en-GB"),
            ("es-419", "es-419"),
            ("zh-hant-tw", "zh-Hant-TW"),
            ("sr-Latn-RS", "sr-Latn-RS"),
            ("zh-yue-HK", "zh-yue-HK"),
            ("de-CH-1996", "de-CH-1996"),
            ("en-US-u-ca-gregory", "en-US-u-ca-gregory"),
            ("pl-x-easy", "pl-x-easy"),
            ("x-klingon", "x-klingon"),
        ] {
            assert_eq!(tag(text).as_deref(), Ok(kept), "{text}");
        }
    }

    #[test]
    fn malformed_tags_are_refused_with_the_reason() {
        for (text, reason) in [
            ("", "it is empty"),
            ("en_GB", "hyphens"),
            ("en-", "hyphens"),
            ("e", "2 or 3 letters"),
            ("Welsh language", "hyphens"),
            ("Welsh", "2 or 3 letters"),
            ("en-GB-GB", "order or form"),
            ("de-1996-1996", "repeats a variant"),
            ("en-u", "needs a subtag"),
            ("en-x", "`x-` needs"),
            ("12", "2 or 3 letters"),
        ] {
            let error = tag(text).expect_err(text);
            assert!(error.to_string().contains(reason), "{text}: {error}");
            assert_eq!(error.text(), text);
        }
    }

    #[test]
    fn a_refused_tag_is_explained_in_a_language() {
        let error = tag("en_GB").unwrap_err();
        assert_eq!(
            error.to_string_in(Language::Cy),
            "nid yw `en_GB` yn dag iaith BCP 47: llythrennau a digidau wedi'u cysylltu â \
             chysylltnodau yw ei rannau (`-`, nid `_`) (ysgrifennwch iaith ac, os oes angen, \
             rhanbarth, fel `cy`, `en-GB` neu `es-419`)"
        );
        assert_eq!(error.to_string_in(Language::EnGb), error.to_string());
    }

    #[test]
    fn primary_language_and_region() {
        let tag: LanguageTag = "en-GB".parse().unwrap();
        assert_eq!((tag.primary(), tag.region()), ("en", Some("GB")));
        let tag: LanguageTag = "zh-Hant".parse().unwrap();
        assert_eq!((tag.primary(), tag.region()), ("zh", None));
        let tag: LanguageTag = "es-419".parse().unwrap();
        assert_eq!(tag.region(), Some("419"));
    }
}
