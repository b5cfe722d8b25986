//! Drivers for the benchmarks that need more than the test harness.

pub mod bare;
