//! The model's integration tests: the sample plans and the JSON Schema, and properties of the
//! format that hold for any plan.

mod history;
mod properties;
mod samples;
