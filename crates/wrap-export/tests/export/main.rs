//! The renderers' integration tests: every sample in every format, and properties that hold
//! for any plan.

mod interop;
mod properties;
mod text;
