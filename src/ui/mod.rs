//! The egui layer: it reads state, paints, and turns input into changes of state.

pub mod changes;
pub mod citations;
pub mod details;
pub mod elsewhere;
pub mod event_list;
pub mod event_rows;
pub mod frame;
pub mod inset;
pub mod lazy;
pub mod left_panel;
pub mod line_tab;
pub mod map;
pub mod map_panel;
pub mod overlays;
pub mod place_details;
pub mod problems;
pub mod recognitions;
pub mod region_on_date;
pub mod say;
pub mod source_details;
pub mod state_details;
pub mod story_bar;
pub mod terms;
pub mod theme;
pub mod timeline;
#[cfg(test)]
pub mod widget_tests;
