//! Whose words: the line under a heading that names the party whose term it is, and the
//! contested words of an event (e.g. the war's name) as each party uses them.

use crate::i18n::Tr;
use crate::t;
use crate::ui::citations::Citations;
use crate::views::{Naming, Pov, Subject};
use egui::RichText;

/// Under a point of view whose term replaced the heading: "Term used by …" with its sources.
pub fn term_source_ui(
    ui: &mut egui::Ui,
    naming: Naming<'_>,
    subject: &Subject,
    cites: &mut Citations,
) {
    let Some(term) = naming.views.term(naming.pov, subject) else {
        return;
    };
    let Some(party) = party_name(naming.tr, naming.pov) else {
        return;
    };
    let cite = cites.cite(&term.sources);
    ui.label(
        RichText::new(t!(naming.tr, "term-as-used", party = party, cite = cite))
            .small()
            .weak(),
    );
}

/// The contested words of event `id`: under a party's point of view its own term first; the
/// other parties' terms follow, each with whose it is and its sources.
pub fn words_ui(ui: &mut egui::Ui, naming: Naming<'_>, id: &str, cites: &mut Citations) {
    for word in naming.views.words_of_event(id) {
        ui.add_space(4.0);
        let what = word.what.as_str();
        ui.label(RichText::new(t!(naming.tr, "word-how-named", what = what)).strong());
        party_terms_ui(ui, naming, &Subject::Word(word.id.clone()), cites);
    }
}

/// Each party's term for `subject`, one row each ("Georgia: “Sokhumi” [3]"), the point of
/// view's own first; returns how many rows were shown.
pub fn party_terms_ui(
    ui: &mut egui::Ui,
    naming: Naming<'_>,
    subject: &Subject,
    cites: &mut Citations,
) -> usize {
    let mut parties: Vec<Pov> = Pov::PARTIES.to_vec();
    parties.sort_by_key(|p| *p != naming.pov);
    let tr = naming.tr;
    let mut shown = 0;
    for pov in parties {
        let (Some(term), Some(_)) = (naming.views.term(pov, subject), naming.views.party(pov))
        else {
            continue;
        };
        let Some(text) = term
            .in_lang(naming.lang)
            .or_else(|| term.in_lang(crate::words::Lang::En))
        else {
            continue;
        };
        shown += 1;
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            let who = RichText::new(t!(tr, "party-said", party = pov_short(tr, pov)));
            ui.label(if pov == naming.pov { who.strong() } else { who });
            ui.label(t!(tr, "term-quoted", text = text));
            ui.label(RichText::new(cites.cite(&term.sources)).weak());
        })
        .response
        .on_hover_text(term.note.as_deref().unwrap_or(""));
    }
    shown
}

// A point of view's words, each in one place: the banner, the picker's list, the short name
// and the party's name.

/// The banner's words: whose names and terms are shown.
pub fn banner(tr: Tr<'_>, pov: Pov) -> String {
    match pov {
        Pov::Attributed => t!(tr, "banner-attributed"),
        Pov::Georgia => t!(tr, "banner-georgia"),
        Pov::DeFacto => t!(tr, "banner-de-facto"),
        Pov::Russia => t!(tr, "banner-russia"),
        Pov::International => t!(tr, "banner-international"),
    }
}

/// A point of view's name in the picker's list.
pub fn pov_label(tr: Tr<'_>, pov: Pov) -> String {
    match pov {
        Pov::Attributed => t!(tr, "pov-attributed"),
        Pov::Georgia => t!(tr, "pov-georgia"),
        Pov::DeFacto => t!(tr, "pov-de-facto"),
        Pov::Russia => t!(tr, "pov-russia"),
        Pov::International => t!(tr, "pov-international"),
    }
}

/// A party's name as a sentence says it ("the Government of Georgia"); `None` when attributed.
pub fn party_name(tr: Tr<'_>, pov: Pov) -> Option<String> {
    match pov {
        Pov::Attributed => None,
        Pov::Georgia => Some(t!(tr, "party-georgia")),
        Pov::DeFacto => Some(t!(tr, "party-de-facto")),
        Pov::Russia => Some(t!(tr, "party-russia")),
        Pov::International => Some(t!(tr, "party-international")),
    }
}

/// A point of view's one-word name ("Georgia", "De facto").
pub fn pov_short(tr: Tr<'_>, pov: Pov) -> String {
    match pov {
        Pov::Attributed => t!(tr, "pov-short-attributed"),
        Pov::Georgia => t!(tr, "pov-short-georgia"),
        Pov::DeFacto => t!(tr, "pov-short-de-facto"),
        Pov::Russia => t!(tr, "pov-short-russia"),
        Pov::International => t!(tr, "pov-short-international"),
    }
}
