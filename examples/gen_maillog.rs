//! Writes the log-triage benchmark's generated mail log (`benches/support/maillog.rs`) of at
//! least the given number of megabytes, for measuring `smtp-codes logs` on it (peak memory):
//!
//! ```text
//! cargo run --release --example gen_maillog -- 1024 /tmp/mail-1gb.log
//! ```

#[allow(dead_code)]
#[path = "../benches/support/maillog.rs"]
mod maillog;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let mb: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(100);
    let path = args.next().unwrap_or_else(|| format!("mail-{mb}mb.log"));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
    let n = maillog::write(&mut out, mb << 20)?;
    eprintln!("{path}: {n} bytes");
    Ok(())
}
