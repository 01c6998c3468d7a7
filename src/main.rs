//! Entry point: parses arguments and hands over to the command line.

fn main() -> std::process::ExitCode {
    live_record_vod::cli::main()
}
