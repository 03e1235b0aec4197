//! Writes a plan with every list repeated N times, for measuring how cost grows with size.
//!
//! ```text
//! cargo run --release -p wrap-testkit --example scale -- examples/full.json 10 > full-10x.json
//! ```

use std::process::ExitCode;

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
    print!(
        "{}",
        wrap_core::format::to_string(&wrap_testkit::with_lists_repeated(&plan, times))
    );
    ExitCode::SUCCESS
}
