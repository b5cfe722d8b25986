//! Every integration test in one binary: after a change the crate is linked into one test
//! program, not nine, and the tests of all files run in parallel.

mod common;

mod animate_ui;
mod app_ui;
mod architecture;
mod data_folder_ui;
mod drawing_ui;
mod frame_dump;
mod fuzz_load;
mod i18n_ui;
mod place_ui;
mod screenshot_cli;
mod search_ui;
mod share_ui;
mod story_ui;
mod timeline_ui;
mod views_ui;
mod watch_ui;
