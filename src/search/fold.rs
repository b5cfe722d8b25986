//! Names folded to one Latin form, so that a name matches in any script and spelling:
//! ცხინვალი, Цхинвали and Ts'khinvali all give `tskhinvali`.

/// `text` transliterated to ASCII (`any_ascii`: Georgian by the national system, Cyrillic as
/// readers expect), lower-cased, with apostrophes, modifier letters and diacritics dropped,
/// and every other run of non-alphanumeric characters (hyphens, brackets, dashes) made one
/// space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        // Apostrophes and the modifier letters of transliterations (Ts'khinvali, Tsʼkhinvali)
        // join the letters around them: they are spelling, not a break between words.
        if matches!(c, '\'' | '’' | 'ʼ' | 'ʻ' | '`' | '´') {
            continue;
        }
        let ascii;
        let piece = if c.is_ascii() {
            ascii = [c as u8];
            std::str::from_utf8(&ascii).unwrap_or_default()
        } else {
            any_ascii::any_ascii_char(c)
        };
        for b in piece.chars() {
            if b.is_ascii_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(b.to_ascii_lowercase());
            } else if b != '\'' {
                space = true;
            }
        }
    }
    out
}

/// The names in one field: "Сухум (Сухуми)" holds two, "Akhalgori (Leningor)" too.
pub fn split_names(text: &str) -> impl Iterator<Item = &str> {
    text.split(['(', ')', '/', ';'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_script_and_spelling_folds_to_one_form() {
        for (text, folded) in [
            ("ცხინვალი", "tskhinvali"),
            ("Цхинвали", "tskhinvali"),
            ("Ts'khinvali", "tskhinvali"),
            ("Tsʼkhinvali", "tskhinvali"),
            ("TSKHINVALI", "tskhinvali"),
            ("Сухум", "sukhum"),
            ("სოხუმი", "sokhumi"),
            ("Ленингор", "leningor"),
            ("ახალგორი", "akhalgori"),
            ("Zugdidi–Anaklia road", "zugdidi anaklia road"),
            ("Bagrationi-Nikozi", "bagrationi nikozi"),
            ("Ossétie", "ossetie"),
        ] {
            assert_eq!(fold(text), folded, "{text}");
        }
    }

    #[test]
    fn a_field_may_hold_several_names() {
        let names: Vec<_> = split_names("Сухум (Сухуми)").collect();
        assert_eq!(names, ["Сухум", "Сухуми"]);
        assert_eq!(split_names("Gali").count(), 1);
    }
}
