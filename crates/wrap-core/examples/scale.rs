//! Writes a plan with every list repeated N times, for measuring how cost grows with size.
//!
//! ```text
//! cargo run --release -p wrap-core --example scale -- examples/full.json 10 > full-10x.json
//! ```

use std::process::ExitCode;

use serde_json::Value;

/// Repeats every array inside `value` so that it holds `times` copies of its items.
fn grow(value: &mut Value, times: usize) {
    match value {
        Value::Array(items) => {
            let copy = items.clone();
            for _ in 1..times {
                items.extend(copy.iter().cloned());
            }
        }
        Value::Object(fields) => fields.values_mut().for_each(|v| grow(v, times)),
        _ => {}
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(input), Some(times)) = (args.first(), args.get(1)) else {
        eprintln!("usage: scale PLAN.json TIMES > BIGGER.json");
        return ExitCode::from(2);
    };
    let Some(times) = times.parse::<usize>().ok().filter(|t| *t >= 1) else {
        eprintln!("error: TIMES must be a whole number of at least 1, not {times:?}");
        return ExitCode::from(2);
    };
    let plan = match std::fs::read(input)
        .map_err(|e| e.to_string())
        .and_then(|bytes| wrap_core::format::from_slice(&bytes).map_err(|e| e.to_string()))
    {
        Ok(plan) => plan,
        Err(err) => {
            eprintln!("error: {input}: {err}");
            return ExitCode::from(1);
        }
    };
    let mut value: Value = match serde_json::from_str(&wrap_core::format::to_string(&plan)) {
        Ok(value) => value,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::from(1);
        }
    };
    // Every section's lists grow; the plan's details and review history stay as they are.
    if let Value::Object(fields) = &mut value {
        for (key, section) in fields.iter_mut() {
            if key != "about" && key != "progress" && key != "extensions" {
                grow(section, times);
            }
        }
    }
    match wrap_core::format::from_value(value) {
        Ok(plan) => {
            print!("{}", wrap_core::format::to_string(&plan));
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(1)
        }
    }
}
