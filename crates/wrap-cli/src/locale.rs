//! The interface's language, from the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG`,
//! then British English.

use wrap_core::Language;

/// The language the locale names, or British English. As POSIX has it, the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides; a locale `wrap` has
/// no words in (or `C`) means British English.
pub fn interface() -> Language {
    from_locale(|name| std::env::var(name).ok())
}

/// [`interface`], with the environment read through `var`.
fn from_locale(var: impl Fn(&str) -> Option<String>) -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(var)
        .find(|value| !value.is_empty())
        .and_then(|value| Language::for_locale(&value))
        .unwrap_or(Language::EnGb)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)]) -> Language {
        from_locale(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    }

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        assert_eq!(with(&[]), Language::EnGb);
        assert_eq!(with(&[("LANG", "cy_GB.UTF-8")]), Language::Cy);
        assert_eq!(
            with(&[("LANG", "cy_GB.UTF-8"), ("LC_MESSAGES", "pl_PL.UTF-8")]),
            Language::Pl
        );
        assert_eq!(
            with(&[
                ("LANG", "cy_GB.UTF-8"),
                ("LC_MESSAGES", "pl_PL.UTF-8"),
                ("LC_ALL", "es_ES.UTF-8")
            ]),
            Language::Es
        );
        // An empty value does not count; C and unknown locales are British English.
        assert_eq!(with(&[("LC_ALL", ""), ("LANG", "es_MX")]), Language::Es);
        assert_eq!(
            with(&[("LC_ALL", "C.UTF-8"), ("LANG", "cy")]),
            Language::EnGb
        );
        assert_eq!(with(&[("LANG", "ur_PK.UTF-8")]), Language::EnGb);
        assert_eq!(with(&[("LANG", "en_US.UTF-8")]), Language::EnUs);
    }
}
