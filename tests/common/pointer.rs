//! Pointer gestures for kittests, shared by the widget tests (`src/ui/widget_tests.rs`) and
//! the whole-app tests (`tests/app/common.rs`), which include this file by path.

use egui::{Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;

/// Move to `pos` and click the primary button there.
pub fn click<S>(h: &mut Harness<'static, S>, pos: Pos2) {
    h.hover_at(pos);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        h.step();
    }
    h.run();
}
