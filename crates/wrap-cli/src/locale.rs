//! The interface's language, from the locale: `LC_ALL`, then `LC_MESSAGES`, then `LANG`,
//! then British English.

use std::ffi::OsString;

use wrap_core::Language;

/// The language the locale names, or British English. As POSIX has it, the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty decides; a locale `wrap` has
/// no words in (or `C`) means British English.
pub fn interface() -> Language {
    from_locale(|name| std::env::var(name).ok())
}

/// The language of the command line's help: the one a `--lang TAG` (or `--lang=TAG`) among
/// the program's arguments `args` names, before clap reads them; else the locale's. A tag
/// `wrap` has no words in is passed over here: clap says what is wrong with it.
pub fn for_help(args: &[OsString]) -> Language {
    asked(args).unwrap_or_else(interface)
}

/// The language the first good `--lang` among `args` asks for; none after `--`, where
/// everything is a file name.
fn asked(args: &[OsString]) -> Option<Language> {
    let mut args = args.iter().skip(1).map(|arg| arg.to_str());
    let mut found = None;
    while let Some(arg) = args.next() {
        let tag = match arg {
            Some("--") => break,
            Some("--lang") => args.next().flatten(),
            Some(arg) => arg.strip_prefix("--lang="),
            None => None,
        };
        if let Some(language) = tag.and_then(|tag| Language::for_tag(tag.trim())) {
            found.get_or_insert(language);
        }
    }
    found
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

    fn asked_in(args: &[&str]) -> Option<Language> {
        let args: Vec<OsString> = std::iter::once("wrap")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        asked(&args)
    }

    #[test]
    fn the_help_speaks_the_language_lang_asks_for() {
        assert_eq!(
            asked_in(&["export", "--lang", "pl", "--help"]),
            Some(Language::Pl)
        );
        assert_eq!(
            asked_in(&["export", "--help", "--lang=cy-GB"]),
            Some(Language::Cy)
        );
        assert_eq!(
            asked_in(&["show", "plan.json", "--lang", "es-MX"]),
            Some(Language::Es)
        );
        assert_eq!(asked_in(&["export", "--help"]), None);
        // A tag wrap has no words in is left for clap to report; the next good one counts.
        assert_eq!(asked_in(&["show", "--lang", "ur"]), None);
        assert_eq!(asked_in(&["show", "--lang", "--help"]), None);
        assert_eq!(
            asked_in(&["show", "--lang=xx", "--lang", "es"]),
            Some(Language::Es)
        );
        // After `--` only file names.
        assert_eq!(asked_in(&["show", "--", "--lang=cy"]), None);
        // A plan named like a flag's value is not a language.
        assert_eq!(asked_in(&["show", "pl"]), None);
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
