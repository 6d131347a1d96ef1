//! A lettre user explaining the reply a send failed with.
//!
//! `cargo run --example lettre_explain --features lettre`
//!
//! A real program gets the error from `SmtpTransport::send`; here it is the error lettre
//! builds from the reply it parses, so the example runs without a server.

use lettre::transport::smtp::response::Response;
use smtp_codes::{Locale, Reply};

fn main() {
    let raw = "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
               550-5.1.1 double-checking the recipient's email address for typos or\r\n\
               550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp\r\n";
    let response: Response = match raw.parse() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("lettre could not parse the reply: {e}");
            return;
        }
    };
    // One call: lettre's response → a Reply → an explanation in the reader's language.
    let reply = Reply::from_lettre_response(&response);
    println!("{}", smtp_codes::explain(&reply, Locale::En));
    if let Some(advice) = reply.advice() {
        println!("retry: {}", advice.retry.as_str());
    }
}
