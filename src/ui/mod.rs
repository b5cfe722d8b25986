//! The egui layer: it reads state, paints, and turns input into changes of state.

pub mod details;
pub mod map_view;
pub mod theme;
