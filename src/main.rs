use std::process::ExitCode;

use clap::Parser;
use marketguide::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let _log_writer = marketguide::telemetry::init(cli.log_json);
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
