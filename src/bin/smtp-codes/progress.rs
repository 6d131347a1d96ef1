//! A progress line on standard error while `logs` reads a long input: only when standard
//! error is a terminal (pipes, files and tests see nothing), only once reading has taken half
//! a second (short inputs never flash one), redrawn at most ten times a second, and cleared
//! when the input has been read. A dozen lines instead of a dependency: `indicatif` would add
//! five crates to the build for the same line.
//!
//! `SMTP_CODES_PROGRESS_DELAY_MS` sets the wait before the line appears (in milliseconds;
//! tests set 0, so that the line is seen whatever the speed of the build reading the input).

use std::io::{IsTerminal, Read, Write};
use std::time::{Duration, Instant};

/// How long reading goes on before the line appears.
const DELAY: Duration = Duration::from_millis(500);
/// How often the line is redrawn at most.
const EVERY: Duration = Duration::from_millis(100);

/// A reader that counts the bytes read through it and shows them on a terminal.
pub struct Metered<R> {
    inner: R,
    name: String,
    /// The input's size, when it is known (a file; for gzip, its compressed size, which the
    /// count also is).
    total: Option<u64>,
    read: u64,
    start: Instant,
    drawn: Option<Instant>,
    /// How long reading goes on before the line appears: [`DELAY`] unless the environment
    /// says otherwise.
    delay: Duration,
    /// Whether standard error is a terminal.
    terminal: bool,
}

impl<R: Read> Metered<R> {
    /// Meters `inner`, named `name`, of `total` bytes if known.
    pub fn new(inner: R, name: &str, total: Option<u64>) -> Metered<R> {
        Metered {
            inner,
            name: name.to_string(),
            total,
            read: 0,
            start: Instant::now(),
            drawn: None,
            delay: std::env::var("SMTP_CODES_PROGRESS_DELAY_MS")
                .ok()
                .and_then(|ms| ms.parse().ok())
                .map_or(DELAY, Duration::from_millis),
            terminal: std::io::stderr().is_terminal(),
        }
    }
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.terminal {
            let now = Instant::now();
            let due = match self.drawn {
                None => now.duration_since(self.start) >= self.delay,
                Some(t) => now.duration_since(t) >= EVERY,
            };
            if due {
                self.drawn = Some(now);
                // A progress line that cannot be written is not worth failing for.
                let _ = write!(
                    std::io::stderr(),
                    "\r\x1b[2K{}",
                    line(&self.name, self.read, self.total)
                );
            }
        }
        Ok(n)
    }
}

impl<R> Drop for Metered<R> {
    /// Clears the line, if it was drawn.
    fn drop(&mut self) {
        if self.drawn.is_some() {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

/// A byte count for people: `812 B`, `12.3 MiB`.
fn bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

/// The progress line: the input's name, then how much of it is read.
fn line(name: &str, read: u64, total: Option<u64>) -> String {
    // The end of a long path is the part that names the file.
    let name: String = match name.char_indices().rev().nth(39) {
        Some((i, _)) => format!("…{}", &name[i..]),
        None => name.to_string(),
    };
    match total {
        Some(t) if t > 0 => {
            let percent = (read.min(t) * 100) / t;
            format!("{name}  {percent:>3}%  {} of {}", bytes(read), bytes(t))
        }
        _ => format!("{name}  {}", bytes(read)),
    }
}

#[cfg(test)]
mod tests {
    use super::{Metered, bytes, line};
    use std::io::Read;

    #[test]
    fn the_line_says_how_much_is_read() {
        assert_eq!(bytes(812), "812 B");
        assert_eq!(bytes(12_900_000), "12.3 MiB");
        assert_eq!(
            line("/var/log/mail.log", 5 << 20, Some(20 << 20)),
            "/var/log/mail.log   25%  5.0 MiB of 20.0 MiB"
        );
        assert_eq!(line("-", 1536, None), "-  1.5 KiB");
        let long = format!("/{}/mail.log", "d".repeat(60));
        assert!(line(&long, 0, None).starts_with("…ddd"));
        assert_eq!(line("x", 3, Some(0)), "x  3 B");
    }

    #[test]
    fn it_counts_every_byte_and_passes_them_on() {
        let data = vec![b'x'; 100_000];
        let mut m = Metered::new(&data[..], "-", None);
        let mut out = Vec::new();
        m.read_to_end(&mut out).unwrap();
        assert_eq!((out.len(), m.read), (100_000, 100_000));
    }
}
