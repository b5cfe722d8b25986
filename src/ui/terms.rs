//! Whose words: the line under a heading that names the party whose term it is, and the
//! contested words of an event (e.g. the war's name) as each party uses them.

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
    let Some(party) = naming.views.party(naming.pov) else {
        return;
    };
    ui.label(
        RichText::new(format!(
            "The name as used by {} {}",
            party.name,
            cites.cite(&term.sources)
        ))
        .small()
        .weak(),
    );
}

/// The contested words of event `id`: under a party's point of view its own term first; the
/// other parties' terms follow, each with whose it is and its sources.
pub fn words_ui(ui: &mut egui::Ui, naming: Naming<'_>, id: &str, cites: &mut Citations) {
    for word in naming.views.words_of_event(id) {
        let subject = Subject::Word(word.id.clone());
        let mut parties: Vec<Pov> = Pov::PARTIES.to_vec();
        parties.sort_by_key(|p| *p != naming.pov);
        ui.add_space(4.0);
        ui.label(RichText::new(format!("{} — how each party names it", word.what)).strong());
        for pov in parties {
            let (Some(term), Some(party)) =
                (naming.views.term(pov, &subject), naming.views.party(pov))
            else {
                continue;
            };
            let Some(text) = term
                .in_lang(naming.lang)
                .or_else(|| term.in_lang(crate::words::Lang::En))
            else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                ui.spacing_mut().item_spacing.x = 4.0;
                let who = RichText::new(format!("{}:", party.short));
                ui.label(if pov == naming.pov { who.strong() } else { who });
                ui.label(format!("“{text}”"));
                ui.label(RichText::new(cites.cite(&term.sources)).weak());
            })
            .response
            .on_hover_text(term.note.as_deref().unwrap_or(""));
        }
    }
}
