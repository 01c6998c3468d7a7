//! Entry point: parses arguments and hands over to the command line.

fn main() -> std::process::ExitCode {
    // Output piped into `head` and closed early ends the program quietly, as for any command
    // line tool, instead of a panic on the next print.
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to the default before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    live_record_vod::cli::main()
}
