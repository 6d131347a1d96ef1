// @generated from data/ by build/ (the texts of English, `en`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "System status, or system help reply",
        "The server is answering a request for information with a report on its status or general help. It is a success reply meant for a person to read; no mail was sent or changed.",
        "Servers may send it in reply to `HELP`, as an alternative to `214`. It almost never shows up in normal mail delivery, because mail software has no reason to ask for help.",
        "Nothing to fix: the command worked. Read the text if you asked for it, but do not let a program depend on its wording, which differs from server to server.",
    ],
    // 214
    [
        "Help message",
        "The server is answering `HELP` with text for a person, such as the commands it accepts or how to use one of them. It is a success reply; nothing about mail delivery changed.",
        "Servers send it in reply to `HELP`, with or without a command name as argument, often spread over several lines. People who test a server by typing commands by hand see it most.",
        "Nothing to fix. Read the text if you asked for help; programs should not parse it, because its content is free-form and differs between servers.",
    ],
    // 220
    [
        "Service ready",
        "The server is ready. As the first line of a connection it is the greeting that invites the client to go on with `EHLO`; as the answer to `STARTTLS` it tells the client to start the TLS handshake now.",
        "Servers send it as soon as a client connects, usually followed by their host name, and in reply to `STARTTLS` when they are ready to encrypt the connection. A server that refuses the whole session greets with `554` or `521` instead.",
        "Nothing to fix. After the greeting the client continues with `EHLO`. After a `220` to `STARTTLS` it completes the TLS handshake and then sends `EHLO` again, because what was agreed before encryption no longer counts.",
    ],
    // 221
    [
        "Service closing transmission channel",
        "The server accepted `QUIT` and is closing the connection in an orderly way. Everything it confirmed earlier in the session stays confirmed.",
        "Servers send it in reply to `QUIT` at the normal end of a session, usually with their host name. It often appears as the last line in the log of a failed delivery, but it only reports the goodbye, not the failure.",
        "Nothing to fix. If a delivery failed in the same session, look at the reply just before `QUIT`: that one names the problem.",
    ],
    // 235
    [
        "Authentication succeeded",
        "The `AUTH` exchange succeeded: the server accepted the user name and password, or other credentials, for the rest of this session. It normally carries the enhanced code `2.7.0`.",
        "Servers send it at the end of a successful `AUTH` exchange, typically when a mail program or an application logs in to its outgoing mail server before sending.",
        "Nothing to fix. If sending still fails after this point, the cause is in a later reply, for example a `550` or `554` about the sender or a recipient.",
    ],
    // 250
    [
        "Requested mail action okay, completed",
        "The command succeeded. After the final dot of the message (or the last `BDAT` chunk) it means more: the server has taken responsibility for the message and will deliver it or send a bounce later.",
        "Servers send it to accept `EHLO`, `MAIL FROM`, each `RCPT TO`, the message data, `RSET`, `NOOP` and a verified `VRFY` or `EXPN`. Extensions use it too: for each `BDAT` chunk, for `BURL`, when `ETRN` starts a queue run and when `ATRN` hands the session over.",
        "Nothing to fix. If a message accepted with `250` never arrived, it got lost after this server: check the logs of the server that sent the `250`, using the queue ID that many servers put in the text, and the recipient's spam folder.",
    ],
    // 251
    [
        "User not local; will forward",
        "The server accepted the recipient, but the mailbox is not on this server: it will pass the message on to another address, which it names. Nothing failed. In reply to `ETRN` the same code means instead that no mail is waiting for the requested domain.",
        "Servers may send it after `RCPT TO` or `VRFY` for a user who has moved to a new address. Servers may also forward without saying so and answer with a plain `250`. Servers with `ETRN` support send it when the queue for the named domain is empty.",
        "Nothing has to be done for this message. If the text names a new address, the sender may update the address book so that future mail goes there directly.",
    ],
    // 252
    [
        "Cannot verify user, but will accept message and attempt delivery",
        "The server will not confirm whether the address exists, but it will accept mail for it and try to deliver it. The reply says nothing about the mailbox. In reply to `ETRN` the same code means the server has started sending the mail waiting for that domain.",
        "Many servers answer every `VRFY` and `EXPN` this way, because confirming addresses helps spammers harvest them. It is also the answer when the reply would need UTF-8 text the client did not allow with `SMTPUTF8`.",
        "Nothing to fix. Do not treat it as proof that the mailbox exists: the only way to find out is to send a message and watch for a bounce.",
    ],
    // 253
    [
        "Pending messages for node started, with message count",
        "Reply to `ETRN`: the server has started delivering the mail it holds for the requested domain or host, and the text says how many messages are waiting. It is a success reply.",
        "Servers that support `ETRN` send it to a site with an intermittent connection, such as a small office mail server, that has connected to ask for its queued mail. No other command returns it.",
        "Nothing to fix. Keep your own mail server reachable: the provider delivers the queued messages to it over new, ordinary SMTP connections.",
    ],
    // 334
    [
        "Authentication challenge",
        "The server is in the middle of an `AUTH` exchange and waits for the client's next answer. The text after the code is base64 data defined by the chosen mechanism, such as a challenge; it may be empty.",
        "Servers send it after `AUTH` and after each answer from the client until the exchange is complete. A log that stops at `334` means the client never answered or the connection dropped.",
        "Nothing to fix in itself: the client answers with a base64 line, or with `*` to cancel. If logins hang here, check that client and server support the same mechanism and that nothing between them cuts the connection.",
    ],
    // 354
    [
        "Start mail input; end with a line containing only a dot",
        "The server accepted `DATA` and waits for the message itself: header fields, a blank line, the body, and finally a line holding a single dot. Nothing has been accepted for delivery yet.",
        "Servers send it in reply to `DATA` once at least one recipient has been accepted. A session that ends right after `354` often means the connection broke or timed out while the message was being sent.",
        "Nothing to fix: send the message, end it with the dot line and wait for the final reply, `250` or an error. If sessions keep stalling here, look for a slow or unstable network link or a filtering device between the two servers.",
    ],
    // 355
    [
        "Octet offset is the transaction offset",
        "Reply of the experimental checkpoint and restart extension: the server still holds part of a message from an interrupted attempt with the same transaction ID, and the number in the text says how many octets it already has. The transfer can resume from there instead of starting over.",
        "Only servers that offer the `CHECKPOINT` extension send it, in reply to `MAIL FROM` with a `TRANSID` parameter that matches an unfinished transaction. It is very rare in practice.",
        "Nothing to fix. A client that uses the extension continues the transaction and sends only what follows the given offset; a client that never sends `TRANSID` should never receive this reply.",
    ],
    // 400
    [
        "Temporary failure, try again later",
        "Not a standard reply: no RFC defines `400`, and it says nothing beyond its first digit, which marks a temporary failure. The Courier mail server uses it for several temporary refusals, for example when it insists on `STARTTLS` first or cannot look up a recipient for the moment.",
        "Courier answers most commands with it when the connection must be encrypted and the client has not sent `STARTTLS` yet. It also answers `RCPT TO` this way when its alias lookup fails, and reports with it that its internal submission process could not be started.",
        "Treat it like any other 4xx reply and let the sending server retry later. If the text asks for `STARTTLS`, turn on TLS in the client or sending server. If it keeps coming back for another reason, the operator of the replying server has to check its logs.",
    ],
    // 417
    [
        "Sender or HELO check failed temporarily",
        "Not a standard reply: no RFC defines `417`. The Courier mail server sends it when a check on the sender could not be finished for a temporary reason, usually a DNS lookup of the sender's domain or of the `HELO` name. Its permanent counterpart in Courier is `517`.",
        "Courier answers `MAIL FROM` with it when its optional sender checks are enabled and the DNS query for the sender's domain or the `HELO` name fails or times out. It is also used for SPF results that the server is set to treat as temporary rather than final.",
        "Let the sending server retry; a short DNS outage clears by itself. If it persists, the sender's domain administrator should check that the domain's DNS servers answer reliably, and the sending server should announce a `HELO` name that resolves.",
    ],
    // 421
    [
        "Service not available, closing transmission channel",
        "The server is closing the connection and will not process anything more in this session. The problem is temporary: nothing is wrong with your message, and the same delivery should work later.",
        "Servers send it instead of the greeting when they are overloaded or are greylisting you, and in reply to any command when they have to shut down. A server that is stopped abruptly may send it just before the connection drops.",
        "Nothing needs fixing in the message: let your mail server queue it and retry later, with growing delays. If it keeps happening from one sending IP address, lower your sending rate, check that the address is not on a blocklist and read the text after the code, which often names the reason.",
    ],
    // 422
    [
        "Unofficial code associated with a password transition",
        "Not a standard reply: no RFC defines `422`. The IANA registry lists it beside `432` as a basic code that may go with `X.7.12`, a password transition is needed, while the greylisting script that comes with the Stalwart mail server sends `422 4.2.2` to defer mail from a sender it has not seen before.",
        "After `RCPT TO` it is a greylisting deferral, as in Stalwart's script: the server turns away the first attempt from an unknown sender and accepts a retry a few minutes later. After `AUTH` it would stand where RFC 4954 uses `432 4.7.12`.",
        "After `RCPT TO`, let the sending server retry on its own; the retry gets through once the greylisting delay has passed. After `AUTH`, handle it like `432`: log in once with the PLAIN mechanism over an encrypted connection, then use the preferred mechanism again.",
    ],
    // 424
    [
        "Temporary failure expanding an alias or forward",
        "Not a standard reply: no RFC defines `424`. OpenSMTPD sends it, together with `4.2.4`, when it cannot work out for the moment where a recipient's mail should go, because looking up an alias, a virtual address or a forward file failed.",
        "OpenSMTPD gives it in reply to `RCPT TO` when a table lookup for the recipient returns a temporary error, such as a database or file that cannot be read, or a user's forward file that cannot be checked. The permanent form of the same problem is `524` with `5.2.4`.",
        "The sending side only has to retry later. The operator of the receiving OpenSMTPD server should read its logs, check the alias, virtual and forward tables it uses, and make sure the backends behind them are reachable.",
    ],
    // 430
    [
        "Unofficial code associated with an invalid command",
        "Not a standard reply: no RFC defines `430`. The chkuser patch for qmail sends it when it cannot check a recipient for the moment, and the IANA registry lists it among the basic codes that may go with `X.5.1`, invalid command. Being a 4xx code, it is a temporary failure.",
        "The chkuser patch answers `RCPT TO` with `430`, and `#4.3.0` in its text, when the user database it checks recipients against cannot be reached. Other servers may mean something else by it, so the text after the code is the best explanation.",
        "Let the sending server retry later, as for any 4xx code; the message itself needs no change. If it keeps coming back, the administrator of the replying server has to repair the user database behind the recipient check (with chkuser, the vpopmail back end).",
    ],
    // 431
    [
        "Receiving mail system is full",
        "Not a standard reply: no RFC defines `431`, though the number mirrors the enhanced code `4.3.1`. The Courier mail server sends it when it is short of disk space and cannot safely take the recipient or the message, and also for a soft limit on the number of recipients.",
        "Courier answers `RCPT TO` with it when free space is below its threshold, and answers the end of `DATA` with it when the message cannot be written for lack of space. With a soft recipient limit configured, each `RCPT TO` over the limit gets it with a note about too many recipients.",
        "The sender only has to wait: a normal mail server keeps the message and retries, and recipients refused by the limit go in a later transaction. The operator of the receiving server must free disk space or enlarge the file system that holds the mail queue.",
    ],
    // 432
    [
        "A password transition is needed",
        "Logging in with the chosen `AUTH` mechanism cannot work yet for this account. The server first needs one login with the simple PLAIN mechanism so it can set up what the chosen mechanism requires. It is sent with the enhanced code `4.7.12`.",
        "Servers send it in reply to `AUTH` when they do not yet hold the account's credentials in the form that the requested mechanism needs. It is rare; most mail users never meet it.",
        "In the mail program, log in once with PLAIN, only over an encrypted connection, then switch back to the preferred mechanism; it should work from then on. If the program cannot choose a mechanism, ask the mail provider to complete the transition for the account.",
    ],
    // 435
    [
        "Unable to authenticate at present",
        "Not a standard reply: no RFC defines `435`; the authentication extension uses `454` for temporary failures. Exim sends it when it could not decide whether the login is valid, so the problem is on the server side and may go away.",
        "Exim answers `AUTH` with it when an authenticator defers, for example because a password lookup in a database or an external service fails, or a configured check cannot be evaluated. An unexpected result from an authenticator is reported with the same code and the words \"Internal error\".",
        "Try the login again later; the credentials were not judged wrong. If it persists, the Exim administrator should look in the main log, which records why the authenticator deferred, and repair the lookup or the service it depends on.",
    ],
    // 450
    [
        "Requested mail action not taken: mailbox unavailable",
        "The server did not take the message for this recipient now, but only for the time being: the mailbox was busy or locked, or a policy check such as greylisting asked the sender to come back later. A later attempt with the same message may succeed.",
        "Servers send it after `RCPT TO` or after the message data, typically for greylisting or while a mailbox or sender is temporarily blocked. ODMR providers use it to refuse an `ATRN` request, and a submission server can use it for a message whose `MT-PRIORITY` is too low.",
        "Usually nothing: the sending server queues the message and retries, and greylisted mail goes through on a later attempt. If delays last for days, the sender's admin should read the text after the code, check blocklists and contact the recipient's postmaster.",
    ],
    // 451
    [
        "Requested action aborted: local error in processing",
        "The server ran into a temporary problem on its own side while handling the command, such as a failed DNS or database lookup or an internal service that did not answer, and gave up on this step. Your message is not the cause, and a later retry may work.",
        "Servers send it after `MAIL FROM`, `RCPT TO` or the message data when an internal check or lookup fails. It also refuses `ATRN` when the provider cannot process it now and `BURL` when the IMAP server holding the message is unreachable. A client treats a dropped connection as a `451`.",
        "Let the sending server retry later; most cases clear up by themselves. If it repeats, the operator of the replying server must find the failing component in its logs; the text after the code and enhanced codes such as `4.4.3` or `4.3.0` narrow it down.",
    ],
    // 452
    [
        "Requested action not taken: insufficient system storage",
        "The server cannot take this now because it is short of disk space or has reached its limit of recipients per message. The condition is temporary, so the same message can be accepted later or in smaller parts.",
        "Servers send it after `MAIL FROM` when the size declared with `SIZE` does not fit in the free space, after `RCPT TO` once the recipient limit for one message is reached, and after the message data when storage runs out. Recipients accepted before a limit was reached stay accepted.",
        "For too many recipients, the client sends the message to the recipients already accepted and the rest in a later transaction; good mail software does this by itself. For storage, retry later; if it persists, the server's operator must free disk space or raise the limits.",
    ],
    // 453
    [
        "You have no mail",
        "On-Demand Mail Relay reply to `ATRN`: the provider has no mail queued for your domains, so there is nothing to deliver in this session. It is a temporary reply only because new mail may arrive later; nothing is wrong.",
        "ODMR providers send it when a customer's mail server, typically one with a changing IP address, asks for its mail with `ATRN` and the queue is empty. Providers may instead accept with `250` and end the session at once.",
        "Nothing to fix: ask again later, as the customer's server normally does on its own schedule. If you expected mail, check with the provider that mail for your domains is being held for ODMR.",
    ],
    // 454
    [
        "Temporary TLS or authentication failure",
        "A security step failed for a temporary reason on the server's side. After `STARTTLS` the server cannot start encryption right now; after `AUTH` it could not check the credentials, usually with `4.7.0`. The password was not rejected.",
        "Servers send it to `STARTTLS` when their TLS setup is temporarily unusable, for example because the certificate cannot be loaded, and to `AUTH` when the service that checks passwords does not respond.",
        "Do not retype or change the password; retry later. After `STARTTLS`, the sending server's policy decides whether to continue unencrypted, retry later or give up. If it persists, the server's operator must check the TLS configuration or the authentication service.",
    ],
    // 455
    [
        "Server unable to accommodate parameters",
        "The server understood the extension parameters on `MAIL FROM` or `RCPT TO` but cannot honour them at the moment. Trying again later may work; the permanent counterpart is `555`.",
        "Servers send it when an optional parameter asks for something they cannot provide just now, for example a Deliver By deadline set with `BY` that current conditions make impossible. It is uncommon in everyday mail.",
        "Let the client retry later. If it keeps happening, find the parameter the text names and, where that is acceptable, send without it or relax its value, such as a later delivery deadline.",
    ],
    // 458
    [
        "Unable to queue messages for node",
        "Reply to `ETRN`: the server could not start a delivery run for the requested domain or host at this time. The queued mail is still held; only the request to send it now failed.",
        "Servers with `ETRN` support send it to a site with an intermittent connection that asks for its queued mail, when the queue run cannot be started, for instance because the server is busy.",
        "Send `ETRN` again later; the provider also delivers the mail on its normal retry schedule. If it persists, ask the provider's mail admin to check the queue for your domain.",
    ],
    // 459
    [
        "Node not allowed",
        "Reply to `ETRN`: the server refuses to start a delivery run for the domain or host you named, and the text gives the reason. When the reason is a permission setting, asking again unchanged will not help.",
        "Servers send it when the name after `ETRN` is not one they hold mail for, or when the connecting host is not allowed to trigger a run for it.",
        "Check that the `ETRN` argument is exactly the domain the provider queues for you, and that you connect in the way the provider permits. Otherwise ask the provider to allow `ETRN` for that domain.",
    ],
    // 500
    [
        "Syntax error, command unrecognized",
        "The server did not recognize the command word at all, or the command line was too long for it to read. Nothing was done, and the fault is in what the client sent, not in the message or the recipient.",
        "Servers send it for misspelled or unknown commands, for command lines longer than the standard length limit, and for extension commands they do not know. During `AUTH` it also reports a client response line that is too long (`5.5.6`).",
        "Fix the client, not the message: check the spelling of the command, keep command lines within the standard length limit, and use extension commands only if the server listed them in its `EHLO` reply. Sending the same line again will fail the same way.",
    ],
    // 501
    [
        "Syntax error in parameters or arguments",
        "The server knows the command, but what followed it was unacceptable: an address, parameter or argument is malformed, repeated or out of range. The command word itself was fine.",
        "Servers send it for a badly formed address in `MAIL FROM` or `RCPT TO`, an invalid `EHLO` argument, arguments added to commands that take none (such as `STARTTLS` or `DATA`), and invalid values of extension parameters. `AUTH` returns it when the client cancels the exchange or sends data that is not valid Base64.",
        "Correct the command line in the client: write addresses in angle brackets with no space around the colon, check parameter names and values against the extension that defines them, and drop arguments the command does not take. The text after the code often points at the faulty part.",
    ],
    // 502
    [
        "Command not implemented",
        "The server recognized the command but does not support it, either because it was never built in or because its operator turned it off. The command was well formed; this server just does not offer it.",
        "Servers send it for `VRFY`, `EXPN` or `HELP` when those are not available, and very old servers send it in reply to `EHLO` because they only know `HELO`. On-demand relay servers answer every command except `EHLO`, `AUTH`, `ATRN` and `QUIT` with it.",
        "Do not repeat the command on this server: carry on without it, and after `EHLO` use only the extensions the server lists. If `EHLO` itself is rejected, fall back to `HELO`. If you really need the feature, ask the server's operator whether it can be enabled.",
    ],
    // 503
    [
        "Bad sequence of commands",
        "The command is valid on its own but was sent at the wrong point in the session. This is a permanent error in the order of the client's commands, not a server problem, so waiting and repeating the same sequence will not help.",
        "Typical causes are `RCPT TO` before any `MAIL FROM`, a second `MAIL FROM` inside an open transaction, `DATA` when no recipient was accepted, and `AUTH` after a successful login or in the middle of a transaction. Servers that refused the session with a `554` greeting also answer later commands with it.",
        "Correct the client's command order: `EHLO`, `AUTH` if needed, `MAIL FROM`, one or more `RCPT TO`, then `DATA` only after at least one recipient got `250`. Send `RSET` to return to a clean state. Check the earlier replies in the log too, since a rejected `MAIL FROM` or `RCPT TO` often causes the `503` that follows.",
    ],
    // 504
    [
        "Command parameter not implemented",
        "The server supports the command but not the option or value given with it. The syntax was correct; the server simply does not offer that variant of the command.",
        "The most common case is `AUTH` naming a mechanism the server does not support or does not allow on the current connection (`5.5.4`). Servers also send it for `VRFY`, `EXPN` or `HELP` arguments they do not handle, and for content-conversion parameters on `MAIL FROM` or `RCPT TO` they do not implement.",
        "Pick an option the server offers: for `AUTH`, choose a mechanism from the list in the `EHLO` reply, and run `STARTTLS` first if the mechanism you want is only offered on encrypted connections. Otherwise send the command without the unsupported parameter.",
    ],
    // 511
    [
        "No mailbox here by that name",
        "Not a standard reply: no RFC defines `511`. Older releases of the chkuser patch for qmail with vpopmail send it to reject a recipient that does not exist or cannot be valid. The number mirrors the enhanced code `5.1.1`, and people also write `511` as shorthand for `550 5.1.1`.",
        "The chkuser patch answers `RCPT TO` with it when the mailbox does not exist in a vpopmail domain, when the address lacks a domain or has an invalid format, or when the recipient's domain has no usable MX, and answers `MAIL FROM` with it when the sender's domain has none. Current chkuser releases send `550` with `5.1.1` instead.",
        "Check the recipient address for typos and confirm it with the recipient by other means; resending it unchanged will fail again. If the text says no valid MX was found, the administrator of the domain named there has to publish working MX records.",
    ],
    // 517
    [
        "Sender address rejected",
        "Not a standard reply: no RFC defines `517`; the number mirrors the enhanced code `5.1.7`. The Courier mail server sends it to refuse a sender for good, because the sender address, its domain or the connecting server failed one of Courier's checks.",
        "Courier answers `MAIL FROM` with it when the sender is on its block list, when the sender's domain does not exist or has invalid or blocked MX records, when a free-mail address arrives from outside that provider's servers, when SPF fails, or when the `HELO` name does not check out.",
        "The sender's administrator should make sure the domain exists with valid MX records and an SPF record that covers the sending servers, and that the server announces a resolvable `HELO` name. If the address itself is blocked, only the receiving server's operator can lift the block.",
    ],
    // 521
    [
        "Host does not accept mail",
        "The host you connected to never accepts email for anyone; it only answers to say so. This is a permanent statement about the server, not about your message or your sending address.",
        "Servers send it instead of the usual `220` greeting, typically dummy mail servers run for hosts or domains that receive no mail. After it, the server may answer further commands with `521` again or simply close the connection.",
        "Do not retry this host. Check that the recipient address and its domain are spelled correctly; if they are, ask the recipient for another address. If the domain is meant to receive mail, its administrator must point its MX records at a real mail server.",
    ],
    // 522
    [
        "Recipient mailbox is full",
        "Not a standard reply: no RFC defines `522`; the number mirrors the enhanced code `5.2.2`. Older releases of the chkuser patch for qmail with vpopmail send it when the recipient's mailbox is filled beyond its quota threshold.",
        "The chkuser patch answers `RCPT TO` with it when quota checking is enabled on the server and the recipient's mailbox is fuller than the configured percentage. Current chkuser releases send `552` with `5.2.2` in the same situation.",
        "Tell the recipient by other means that their mailbox is full; they must delete mail or get a larger quota. Send again after that, because retrying right away is refused in the same way.",
    ],
    // 523
    [
        "Encryption needed",
        "No RFC defines `523` as an SMTP reply, so it is not standard, and no published specification says which servers send it. It appears only in the IANA registry as the basic code for `X.7.10`: the chosen authentication mechanism may only be used over an encrypted connection.",
        "It would answer `AUTH` with a clear-text mechanism such as PLAIN on a connection that has not been encrypted. Standard servers report this situation with `504` instead, or do not offer such mechanisms before `STARTTLS`.",
        "Run `STARTTLS`, send `EHLO` again and repeat `AUTH` over the encrypted connection; in a mail program, enable TLS for the outgoing server. Alternatively choose a mechanism that does not send the password in clear text.",
    ],
    // 524
    [
        "Encryption required for requested authentication mechanism",
        "No RFC defines `524` as an SMTP reply, so it is not standard. The IANA registry lists it, beside the deprecated `538`, as a basic code for `X.7.11` (a login mechanism allowed only on an encrypted connection), but the servers documented as sending it mean other things: OpenSMTPD a recipient it cannot expand, Alibaba Cloud's mail service a host its DNS cannot find.",
        "OpenSMTPD answers `RCPT TO` with `524 5.2.4` when expanding the recipient (an alias, a forward or a mailing list) fails for good; its `424 4.2.4` is the temporary form. Alibaba Cloud's Direct Mail lists `524` for a destination host that DNS cannot resolve. In reply to `AUTH` it would carry the registry's meaning.",
        "Read the text after the code. If an expansion failed, the recipient's administrator has to fix the alias or list, which may loop or point nowhere; if a host was not found, check the recipient domain's DNS records. After `AUTH`, run `STARTTLS`, send `EHLO` again and repeat `AUTH`.",
    ],
    // 525
    [
        "User account disabled",
        "No RFC defines `525` as an SMTP reply, so it is not standard, and no published specification says which servers send it. The IANA registry lists it only as the basic code for `X.7.13`: the login details were right, but the account has been disabled.",
        "It would answer `AUTH` after a successful check of the credentials, for an account that an administrator has blocked, for example over unpaid fees, abuse or a suspected break-in. The block stays until the account owner settles it with the provider.",
        "Changing the password or the mail program settings will not help. Contact the provider or administrator of the mail account to learn why it was disabled and to have it enabled again.",
    ],
    // 530
    [
        "Authentication required",
        "The server will not carry out the command until the session is authenticated or, on some servers, until the connection is encrypted with `STARTTLS`. Nothing is wrong with the message or the address; the session is missing a login or encryption.",
        "Submission servers send it to `MAIL FROM` and later commands when the client has not logged in with `AUTH`. Servers that insist on TLS send it, with a text asking for `STARTTLS` first, to every command except `NOOP`, `EHLO`, `STARTTLS` and `QUIT` until encryption is running.",
        "Turn on authentication for the outgoing server in the mail program, with the account's username and password, and enable TLS if the text asks for it. Client software should send `STARTTLS`, then `EHLO` again, then `AUTH`, all before `MAIL FROM`.",
    ],
    // 533
    [
        "Delivery not authorized, message refused",
        "No RFC defines `533` as an SMTP reply, so it is not standard, and no published specification says which servers send it or for which command. Its only official trace is the IANA registry, which lists it among the basic codes of `X.7.1`, delivery not authorized.",
        "No standard command sequence produces it. A server that sends it is best read as refusing the mail permanently on policy grounds, as with `550` and `5.7.1`: this sender or sending host may not deliver to this recipient.",
        "Handle it like a `550` policy refusal: read the text and the enhanced code, check that your sending host is allowed to deliver or relay this mail, and contact the recipient's postmaster if you think the block is wrong. Clients should treat it as permanent because of its first digit.",
    ],
    // 534
    [
        "Authentication mechanism is too weak",
        "The server refused the login method the client chose, because its policy requires a stronger one for this user. The password may well be correct; only the mechanism was rejected.",
        "Servers send it, with `5.7.9`, in answer to `AUTH` when the mechanism named in the command is weaker than the server allows for that account.",
        "Retry `AUTH` with a stronger mechanism from the list in the `EHLO` reply; in a mail program, change the authentication method setting. Entering a new password will not help.",
    ],
    // 535
    [
        "Authentication credentials invalid",
        "The login failed because the server did not accept the username, password or other credentials. It is the general answer to a failed `AUTH` when no more specific code applies.",
        "Servers send it, usually with `5.7.8`, at the end of an `AUTH` exchange when the password is wrong, the user is unknown, or the credentials are not sufficient for this account.",
        "Check the username and password saved in the mail program and correct them; client software should ask the user again instead of retrying the same credentials. If they are right, check the provider's setup instructions, since some require a separate password or another login method for sending mail.",
    ],
    // 538
    [
        "Encryption required for requested authentication mechanism",
        "The server refused the chosen login mechanism because it may only be used over an encrypted connection. RFC 4954 deprecated this code: current servers should not offer such mechanisms before encryption and reject them with `504` if asked.",
        "Older servers built to the previous authentication standard send it, with `5.7.11`, in answer to `AUTH` on a connection that has not run `STARTTLS`, typically for clear-text mechanisms.",
        "Send `STARTTLS`, then `EHLO` again, and repeat `AUTH` over the encrypted connection; in a mail program, enable TLS for the outgoing server. Server operators should stop sending this code and hide such mechanisms until TLS is active.",
    ],
    // 546
    [
        "Routing loop detected, too many Received headers",
        "Not a standard reply: no RFC defines `546`; the number mirrors the enhanced code `5.4.6`. The Courier mail server sends it when a message has passed through so many servers that it is almost certainly going round in a loop.",
        "Courier answers the end of `DATA` with it when the message header holds more than 100 Received lines. Such loops usually come from forwarding rules, aliases or MX and routing settings that pass mail back and forth between systems.",
        "Read the Received lines of the bounced message to see which servers repeat, then fix the forwarding rule, alias or routing setting that sends the mail back. Resending before that will loop again.",
    ],
    // 550
    [
        "Requested action not taken: mailbox unavailable",
        "The server permanently refused this address or this message. Either the mailbox does not exist, the sender has no access to it, or local policy, such as spam filtering, relay rules or sender checks, rejects the mail.",
        "Servers send it to `RCPT TO` for unknown recipients (`5.1.1`) and for relaying they do not allow (often `5.7.1`), to `MAIL FROM` for refused senders, and after the end of `DATA` for mail rejected by policy. The enhanced code after it tells these cases apart.",
        "Read the enhanced code and the text. For `5.1.1`, check the spelling of the address or ask the recipient for a correct one. For policy refusals such as `5.7.1`, the sending domain's administrator must check SPF, DKIM and blocklists or contact the recipient's postmaster. Resending unchanged will fail again.",
    ],
    // 551
    [
        "User not local; please try another address",
        "The server does not handle mail for this recipient and will not forward it; the text usually names the address to use instead. This is one of the few replies whose text a client may act on.",
        "Servers send it to `RCPT TO` or `VRFY` for a user who has moved or whose mail is handled elsewhere, when the site chooses to reveal the new address instead of forwarding silently. Sites that do not want to disclose addresses answer with a plain `550` instead.",
        "Check that the address given in the text is plausible, then send the message there and update the contact. If no address is given, ask the recipient for the current one by other means.",
    ],
    // 552
    [
        "Requested mail action aborted: exceeded storage allocation",
        "The action was stopped by a size or storage limit: the message is bigger than the server or the mailbox accepts, or the recipient's storage is used up. The address is fine; the size of the mail is the problem.",
        "Servers send it to `MAIL FROM` when the declared `SIZE` exceeds their maximum, after the end of `DATA` when the message turns out too big, and to `RCPT TO` for a full mailbox (`5.2.2`). Old servers also used it for too many recipients, which is properly `452`.",
        "Make the message smaller, for example by sending large files as a link, and stay under the `SIZE` limit the server advertises after `EHLO`. If the recipient's mailbox is full, the recipient must free space. A client that gets it after many `RCPT TO` commands should send the remaining recipients in a later transaction.",
    ],
    // 553
    [
        "Requested action not taken: mailbox name not allowed",
        "The server rejected the address because of how it is written: the syntax is wrong, it contains characters the server does not accept, or it matches more than one user. The problem is the form of the address, not whether the mailbox exists.",
        "Servers send it to `MAIL FROM` or `RCPT TO` for malformed addresses, to `RCPT TO` for a non-ASCII address they cannot accept (`5.6.7`; RFC 6531 has `MAIL FROM` refuse such an address with `550`), and to `VRFY` when a name is ambiguous.",
        "Check the address character by character: exactly one @ sign, no spaces, no stray brackets or quotes, and a complete domain. Correct it and send again; if it contains non-ASCII characters, use the recipient's plain ASCII address if they have one.",
    ],
    // 554
    [
        "Transaction failed",
        "A general permanent failure: the server refused the whole transaction or the whole session, not one particular address. It is used when no more precise code fits, so the text and enhanced code after it carry the real reason.",
        "Servers send it instead of the `220` greeting to refuse a client outright (\"No SMTP service here\"), in reply to `DATA` when no recipient was accepted, and after the end of `DATA` when the content is rejected. Submission servers also use it for improper commands or message data.",
        "Read the text and enhanced code for the reason; resending unchanged will not help. As a greeting it usually means the sending host or IP address is refused by policy, so the sending domain's administrator should check blocklists or contact the receiving site. If it comes after the end of the message, the server refused the content: change what was rejected before sending again.",
    ],
    // 555
    [
        "MAIL FROM/RCPT TO parameters not recognized or not implemented",
        "The server does not know, or does not support, an extension parameter added to `MAIL FROM` or `RCPT TO`. The address itself may be fine; the extra parameter caused the refusal.",
        "Servers send it when a client adds parameters such as `SMTPUTF8`, `REQUIRETLS` or `MT-PRIORITY` that the server did not advertise after `EHLO`. Servers offering deliver-by also send it for a delivery deadline they can never meet.",
        "Make the client send only parameters the server advertised in its `EHLO` reply, or drop the parameter and try again. If the message depends on the extension, deliver it through a server that supports it or return it to the sender.",
    ],
    // 556
    [
        "Domain does not accept mail",
        "The recipient's domain has declared that it receives no email at all, so no address there can get the message. This is a permanent answer about the whole domain, not about one mailbox.",
        "Relays and submission servers send it to `RCPT TO` without even trying to connect, usually because the domain publishes a null MX record (`5.1.10`). A typing mistake in the domain part of the address is a common cause.",
        "Check the domain after the @ sign for typing errors and ask the recipient for a working address. If you own the domain and want to receive mail, replace the null MX record with real MX records.",
    ],
    // 557
    [
        "Message data exceeds the maximum size",
        "Not a standard reply: no RFC defines `557`; the usual code for an oversized message is `552`. Alibaba Cloud Direct Mail sends it to its own customers when a message submitted through its SMTP service is larger than the service allows.",
        "Direct Mail gives it at the end of `DATA` when the whole message, attachments included, is over its size limit. It comes from Direct Mail while accepting your message, not from the recipient's server.",
        "Make the message smaller: compress or drop attachments, or share large files as links, and check the size limits in the Direct Mail documentation. Resending the same message will be refused again.",
    ],
    // 559
    [
        "Invalid recipient address",
        "Not a standard reply: no RFC defines `559`. Alibaba Cloud Direct Mail sends it to its customers when a recipient address is on the service's list of known invalid addresses, and it refuses to send there.",
        "Direct Mail answers `RCPT TO` with it while accepting a message from your application, before any delivery is tried, when the address matches its global invalid-address list. The recipient's own server is not contacted.",
        "Check the address for typos and confirm it with the recipient by other means. Remove addresses that are really invalid from your lists, because sending to them again only repeats the refusal.",
    ],
    // 571
    [
        "Delivery not authorized, refused by local policy",
        "Not a standard reply: no RFC defines `571`; the number mirrors the enhanced code `5.7.1`. The Courier mail server sends it when a recipient filter refuses the message, and older releases of the chkuser patch for qmail send it when a client breaks their limits or sender checks.",
        "Courier answers `RCPT TO` with it when a configured filter rejects the recipient without supplying its own text. The chkuser patch answers `RCPT TO` with it when a session goes over its recipient limit or has too many unknown recipients, and answers `MAIL FROM` with it when the sender address has an invalid format.",
        "Read the text after the code. For too many recipients, split the mailing into smaller batches per connection; for an invalid sender, correct the sender address. If a filter refused the mail, only the recipient's administrator can say why and allow it.",
    ],
    // X.0.0
    [
        "Other undefined Status",
        "The code tells you only the class of the outcome and nothing about its cause: `2.0.0` is a plain success, `4.0.0` an unspecified temporary failure and `5.0.0` an unspecified permanent failure. Any real explanation is in the text that follows the code.",
        "Servers put `2.0.0` on routine success replies, for example the `221` answer to `QUIT`. The failure forms are used for errors the software cannot map to a more specific code, and delivery reports must fall back on `4.0.0` or `5.0.0` when no specific code fits.",
        "For `2.0.0` nothing is needed, and for `4.0.0` your server simply retries later. For `5.0.0` read the text of the reply or bounce, which usually names the cause; if it does not, send the full error line and its time to the administrator of the server that produced it.",
    ],
    // X.1.0
    [
        "Other address status",
        "Something about an address, the sender's or a recipient's, caused this status, and the server gives no more detail. With class 2 it simply confirms that an address was accepted; with class 4 or 5 the address was refused for a reason the code does not name.",
        "The success form `2.1.0` commonly answers an accepted `MAIL FROM`, as in the RFC 2034 example. The failure forms come in reply to `MAIL FROM` or `RCPT TO` when an address check fails for a reason that none of the more specific addressing codes covers.",
        "For `2.1.0` nothing is needed. Otherwise check the sender and recipient addresses for typos, stray characters and the right domain, and read the text after the code for the actual reason. If the addresses are correct, ask the administrator of the server that refused them.",
    ],
    // X.1.1
    [
        "Bad destination mailbox address",
        "The recipient's domain takes mail, but the mailbox named before the `@` does not exist there. RFC 3463 intends it only for permanent failures, so the normal form is `5.1.1`.",
        "Receiving servers answer `RCPT TO` with `550` and `5.1.1` for an unknown user, and bounces report it when a later server finds the mailbox missing. IANA also pairs it with `451`, so a temporary `4.1.1` can occur, although the condition itself is meant to be permanent.",
        "Check the spelling of the part before the `@` and confirm the address with the recipient by another channel; the person may have left or changed address. Resending to the same address will not help. If you run the receiving domain and the user should exist, check the mailbox, its aliases and the user directory.",
    ],
    // X.1.2
    [
        "Bad destination system address",
        "The part of the recipient address after the `@` does not lead to a system that takes mail: the domain does not exist or cannot receive email. RFC 3463 intends it only for permanent failures, so it appears as `5.1.2`.",
        "Sending servers report it in bounces when the DNS lookup for the recipient domain finds no such domain or no usable mail server. Relays and submission servers may also return it to `RCPT TO` for a domain they know cannot be delivered to.",
        "Check the domain for typos, such as a missing letter or a misspelled ending, and confirm the address with the recipient. If the domain is yours, make sure it is registered and publishes correct MX or address records.",
    ],
    // X.1.3
    [
        "Bad destination mailbox address syntax",
        "The recipient address is not a well-formed address, so the server did not even look it up. Any part of it can be at fault, before or after the `@`. RFC 3463 intends it only for permanent failures, so it appears as `5.1.3`.",
        "Servers answer `RCPT TO` with `501` and `5.1.3` when the address contains forbidden characters or spaces, has a missing or extra `@`, lacks the angle brackets, or is too long. Bounces show it when a relay further on cannot parse an address.",
        "Correct the address: remove spaces, quotes and stray punctuation, and make sure it has exactly one `@` followed by a valid domain. Developers should check that the client sends the bare address in angle brackets after `RCPT TO`. Addresses with non-ASCII characters need servers that support `SMTPUTF8`.",
    ],
    // X.1.4
    [
        "Destination mailbox address ambiguous",
        "The recipient address matches more than one mailbox on the receiving system, so the server cannot tell which person was meant. RFC 3463 does not restrict it to one class.",
        "It comes from systems that map addresses to mailboxes by guessing, for example by matching a person's name, when the guess finds several candidates. RFC 5321 shows the same situation for `VRFY`, answered with `553`.",
        "Use the recipient's exact, complete address instead of a name or a shortened form, and ask them for it if necessary. Administrators of the receiving system can make the address unique or stop the fuzzy matching.",
    ],
    // X.1.5
    [
        "Destination address valid",
        "A success status: the recipient address was checked and accepted. RFC 3463 reserves it for positive reports, so it only appears as `2.1.5`.",
        "Servers put `2.1.5` in the `250` reply to each accepted `RCPT TO`, as in the RFC 2034 example. Delivery reports may also show it for a recipient the message was successfully relayed or delivered to.",
        "Nothing needs fixing. Keep in mind that an accepted recipient is not yet a delivered message: the server can still refuse the message after the data is sent, or bounce it later.",
    ],
    // X.1.6
    [
        "Destination mailbox has moved, No forwarding address",
        "The address used to work, but the mailbox no longer accepts mail and the server has no new address to offer. RFC 3463 intends it only for permanent failures, so it appears as `5.1.6`.",
        "Receiving servers return it to `RCPT TO`, or report it in a bounce, for former addresses, such as those of people who have left an organisation or moved to another provider.",
        "Stop using this address and remove it from your contacts and mailing lists. Reach the person another way to get their current address. Unlike with `551`, no new address is given, so there is nothing to retry.",
    ],
    // X.1.7
    [
        "Bad sender's mailbox address syntax",
        "The sender address, usually the one given in `MAIL FROM`, is not a well-formed address. RFC 3463 does not tie it to one class, but a malformed address will be refused again if it is sent unchanged.",
        "Servers answer `MAIL FROM` with it, together with `501` or `553`, when the address has invalid characters, no domain, no `@` or no angle brackets. Scripts, web forms and devices with a badly set sender address can cause it.",
        "Fix the sender address in the settings of the sending program or device so that it is a complete address with a valid domain. Developers should check that `MAIL FROM` carries only the bare address in angle brackets, without a display name.",
    ],
    // X.1.8
    [
        "Bad sender's system address",
        "The domain of the sender address does not exist or cannot receive mail, so replies and bounces could never reach the sender. `5.1.8` means the domain is unusable; `4.1.8` means the check could not be completed for now and may succeed later.",
        "Receiving servers answer `MAIL FROM` with it after looking up the sender's domain in DNS and finding no usable mail destination. Many receivers refuse such mail because a sender that cannot get bounces is often a sign of spam.",
        "Send from an address whose domain exists and can receive mail, and check application or device settings for typos and placeholder domains. If the domain is yours, make sure it is registered and has MX or address records, and do not publish a null MX for a domain you send from.",
    ],
    // X.1.9
    [
        "Message relayed to non-compliant mailer",
        "The recipient address was valid and the message was passed on, but to a system that does not support message tracking, so no more information about its progress is available. It is not an error, and RFC 3886 uses it only as `2.1.9`.",
        "It appears in message tracking reports (RFC 3886), always together with the action \"relayed\", when the trail of a message ends at a system that cannot answer tracking requests. It is not normally sent as an SMTP reply.",
        "Nothing needs fixing: the message left the tracked systems normally. To confirm delivery, ask the recipient or the operator of the next system.",
    ],
    // X.1.10
    [
        "Recipient address has null MX",
        "The recipient's domain publishes a null MX, a DNS record stating that the domain accepts no email at all. The address can never receive mail, so this is a permanent failure: `5.1.10`.",
        "Sending and submission servers reject `RCPT TO` with `556` and `5.1.10` when the DNS lookup for the recipient domain finds a null MX. You get the error at once instead of after days of retries. Microsoft Exchange Online sends `550 5.1.10` in a sense of its own: the recipient address does not exist in the receiving organization.",
        "The address is mistyped or the domain deliberately takes no mail: check whether the domain part is a typo, a look-alike of the intended domain or the name of a web server, and get a working address from the recipient. If you own the domain and want to receive mail, replace the null MX with real MX records.",
    ],
    // X.2.0
    [
        "Other or undefined mailbox status",
        "The recipient's mailbox exists, but something about the mailbox itself delayed or stopped the message, and the server gives no more precise code. Problems with a mailbox are on the recipient's side.",
        "Receiving servers use it in replies to `RCPT TO` or to the end of the message data, and in bounces, when a mailbox cannot take a message for a reason that has no code of its own. The text after the code usually says what the reason is.",
        "With `4.2.0` let your server keep retrying. With `5.2.0` tell the recipient by another channel and quote the error text, because only they or their mail administrator can put the mailbox right.",
    ],
    // X.2.1
    [
        "Mailbox disabled, not accepting messages",
        "The mailbox exists but has been switched off for incoming mail. RFC 3463 allows both classes: `5.2.1` when the mailbox will not be enabled again, `4.2.1` when it is only blocked for a while.",
        "Providers send it in reply to `RCPT TO`, or in a bounce, for accounts that have been suspended, locked or closed but not yet deleted. The exact reasons for disabling a mailbox depend on the provider.",
        "Contact the recipient another way and ask for a working address or for the account to be enabled again. With `4.2.1` your server retries by itself; with `5.2.1` resending will fail until the mailbox is enabled.",
    ],
    // X.2.2
    [
        "Mailbox full",
        "The recipient's mailbox has reached its storage quota, so nothing more fits until the recipient deletes mail. RFC 3463 wants it used as a temporary failure (`4.2.2`), but it is also sent with the permanent reply `552`, which gives `5.2.2`.",
        "Receiving servers return it to `RCPT TO` or to the end of the message data once an account is over quota, and delivery reports carry it when the final delivery step finds the mailbox full. It concerns one recipient: others on the same server may still receive the message.",
        "Only the recipient can fix it, by deleting or archiving mail, or their administrator, by raising the quota. As the sender, tell the recipient by another channel; with `4.2.2` your server retries by itself, with `5.2.2` you have to send the message again later.",
    ],
    // X.2.3
    [
        "Message length exceeds administrative limit",
        "The message is larger than this particular mailbox accepts: the recipient has a size limit of its own that is lower than the server's general limit. RFC 3463 intends it as a permanent failure (`5.2.3`), so the same message will be refused again.",
        "Servers send it with `552`, usually in reply to the end of the message data, for a recipient whose own size limit the message exceeds. Other recipients on the same server, with higher limits, may still receive it.",
        "Make the message smaller: remove or compress attachments, or share large files through a download link. If the recipient needs to receive large files, they can ask their administrator to raise the limit on their mailbox.",
    ],
    // X.2.4
    [
        "Mailing list expansion problem",
        "The recipient address belongs to a mailing list, and the list could not be expanded into the addresses of its members. RFC 3463 allows both classes: `4.2.4` for a passing problem, `5.2.4` for a lasting one.",
        "Servers that host mailing lists or aliases report it, in reply to `RCPT TO` or in a bounce, when turning the list address into member addresses fails. It is about the list as a whole, not about one of its members.",
        "With `4.2.4` let your server retry. With `5.2.4` tell the list owner or the administrator of the list server, since the list itself has to be repaired before resending can help.",
    ],
    // X.3.0
    [
        "Other or undefined mail system status",
        "The receiving system exists and normally takes mail, but something about the system itself, not the address or the message, caused this status, and there is no more precise code. The failure forms put the cause on the destination's side.",
        "IANA links it to a wide range of replies, from `250` and `221` to `421`, `451`, `550` and `554`, so it appears on successes and failures alike. Failure forms are used for internal problems at the destination; the text after the code usually describes them.",
        "A `4.3.0` needs nothing from you, because your server retries. If a `5.3.0` persists, send the full error line and its time to the recipient's mail administrator, since the fault lies with their system. If it is your system, check its logs for that time.",
    ],
    // X.3.1
    [
        "Mail system full",
        "The receiving mail system has run out of storage as a whole, not just for one mailbox, and recipients cannot free space themselves. RFC 3463 allows it only as a temporary failure, so it appears as `4.3.1`.",
        "Servers send `452` with `4.3.1` in reply to `MAIL FROM`, `RCPT TO` or the end of the message data when their disk or queue storage is exhausted. With the `SIZE` extension a server may also send `452` at `MAIL FROM` when it lacks room for a message of the declared size.",
        "Senders need do nothing: the message stays in the queue and is retried later. The administrator of the receiving server must free disk space or add storage, and should watch the queue so that it does not fill up again.",
    ],
    // X.3.2
    [
        "System not accepting network messages",
        "The host where the mailbox lives is not taking messages, either for now or at all. RFC 3463 allows both classes: `4.3.2` for passing causes such as maintenance, heavy load or a coming shutdown, `5.3.2` when the host refuses mail for good.",
        "Servers send `4.3.2` with a temporary refusal while they are overloaded, under maintenance or shutting down. A host that never accepts mail greets with `521` (RFC 7504), without an enhanced code since RFC 2034 puts none on the greeting; the IANA registry pairs `5.3.2` with `521` and with `453` for the replies that carry one.",
        "For `4.3.2` let your server retry later; nothing is wrong with the message. For `5.3.2`, and above all with `521`, that host takes no mail: check the address and the recipient domain's MX records, and ask the recipient for another way to reach them.",
    ],
    // X.3.3
    [
        "System not capable of selected features",
        "The message asks for a feature or option that the receiving system cannot provide, so it cannot be handled the way the sender requested. RFC 3463 names gateways as a typical source, when a feature of one mail environment has no counterpart in the other.",
        "It shows up in bounces from gateways into other mail systems, and in replies from servers that cannot honour an option the message depends on. The text after the code should name the feature.",
        "Find out which feature was refused, then resend without it or through a route that supports it. If the refusal comes from your own gateway, its administrator has to add support for the feature or change how it is mapped.",
    ],
    // X.3.4
    [
        "Message too big for system",
        "The message is larger than the biggest message the receiving system accepts, whoever the recipient is. The limit may be technical or set by policy. RFC 3463 allows it only as a permanent failure, so it appears as `5.3.4`.",
        "Servers send it with `552` in reply to `MAIL FROM` when the declared `SIZE` is over their limit, or with `552` or `554` after the message data once the real size is known. Servers that support `SIZE` may state their limit in the `EHLO` reply.",
        "Make the message smaller: share large files through a download link, or compress or split the attachments. If the server's `EHLO` reply shows a number after `SIZE`, that is its limit in bytes. Sending the same message again unchanged will fail again.",
    ],
    // X.3.5
    [
        "System incorrectly configured",
        "The receiving system's own setup does not allow it to accept this message. It points to a configuration fault on that server, not to a problem with your message or addresses.",
        "Servers and relays report it when their settings prevent them from taking or passing on a message. The class tells whether the fault is expected to be fixed soon (`4.3.5`) or not (`5.3.5`).",
        "The sender cannot fix this. Report the full error line, its time and the recipient address to the administrator of the server that sent it, for another domain through the recipient or its postmaster address. If it is your server, check its domain, routing and delivery settings and its logs.",
    ],
    // X.3.6
    [
        "Requested priority was changed",
        "The message was accepted, but not at the priority the sender asked for with `MT-PRIORITY` (or at the default priority, if none was asked for): the server raised or lowered it. It is a success, `2.3.6`, and the reply text starts with the new priority.",
        "Servers that support `MT-PRIORITY` send it in the `250` reply to `MAIL FROM` or to the end of the message data when their policy assigns another priority, for example one based on the account the sender authenticated with.",
        "Nothing needs fixing: the message is on its way. If you need a higher priority, ask the server's administrator whether your account or domain may use it; a server may refuse to raise priorities for senders it does not trust, while still letting them lower their own.",
    ],
    // X.4.0
    [
        "Other or undefined network or routing status",
        "Delivery failed or was delayed by a network or routing problem that the reporting system could not describe more precisely. The class digit still tells you whether the problem is temporary (`4.4.0`) or permanent (`5.4.0`).",
        "Mail servers put it in delay and failure notices, or in a reply, if connecting to or routing towards the next server fails for a reason that none of the specific network codes covers.",
        "For `4.4.0`, let the sending server keep retrying. If it persists, or for `5.4.0`, read the text after the code and the diagnostic part of the bounce, then check DNS and connectivity between the sending server and the destination's mail servers.",
    ],
    // X.4.1
    [
        "No answer from host",
        "The sending server tried to connect to the next mail server, but the host did not answer because it was busy, down or unreachable. RFC 3463 meant it only as a temporary status, so even a final bounce may show `4.4.1` after the sender retried until its time limit.",
        "Usually your own mail server reports it in a delay notice or its log after connections to the recipient's mail hosts time out or are refused. `BURL` submission servers reply `451 4.4.1` if they cannot reach the IMAP server that holds the message. Microsoft Exchange Online also replies `550 5.4.1` to refuse recipient addresses that do not exist in the receiving organization, a provider-specific use.",
        "Wait, because the sending server retries on its own. If it lasts for hours, check that the recipient domain has correct MX records, that its mail servers are running and accept connections, and that no firewall blocks the traffic. For a `5.4.1` rejection, read the text after the code.",
    ],
    // X.4.2
    [
        "Bad connection",
        "A connection to the next server was made, but it failed before the message transaction was complete, through a timeout or a poor link. RFC 3463 meant it only as a temporary (`4.4.2`) status; nothing is wrong with the message itself.",
        "Sending servers record it if the other side stops responding during the session or the connection drops, for example in the middle of a long `DATA` transfer. Servers may also pair it with `421` when they close a session early.",
        "Let the sending server retry: a client whose connection breaks should treat the transaction as if it had received a temporary `451`. If it keeps failing with one destination, look for packet loss on the network path and check that both servers' timeouts are at least the minimums in RFC 5321.",
    ],
    // X.4.3
    [
        "Directory server failure",
        "The message could not be passed on because a directory service the mail system relies on, most often DNS, was unreachable or did not answer. RFC 3463 meant it only as a temporary (`4.4.3`) status.",
        "Servers use it if a DNS lookup needed for delivery times out or fails on the DNS server's side. Receiving servers that check SPF send `451 4.4.3` if the SPF check hits a temporary DNS error.",
        "Usually a later retry succeeds once DNS answers again. If it persists, check the resolver of the server that reported the error, and make sure the name servers of the affected domain respond and publish correct MX and SPF records.",
    ],
    // X.4.4
    [
        "Unable to route",
        "The mail system could not work out where to send the message next, because the routing data it needs, normally the DNS records of the recipient's domain, was not available. RFC 3463 allows both a temporary (`4.4.4`) and a permanent (`5.4.4`) form.",
        "Sending servers report it if the recipient's domain does not exist, has no usable MX or address records, or a DNS lookup for it returns only an SOA record. A passing DNS fault gives `4.4.4`; a domain with no mail route at all gives `5.4.4`.",
        "Check the domain part of the recipient address for typos. If the domain is correct, its owner must publish MX records (or an address record) that lead to a reachable mail server. For `4.4.4` the sending server keeps retrying in the meantime.",
    ],
    // X.4.5
    [
        "Mail system congestion",
        "The message was not delivered because the mail system was congested, for example overloaded or with a backed-up queue. RFC 3463 meant it only as a temporary (`4.4.5`) status; nothing is wrong with the message.",
        "Busy servers send it in reply to commands, often as `451 4.4.5`, and sending servers note it in delay notices. Some servers also use it to slow down clients that open too many connections or send too fast.",
        "Let the sending server retry later with growing delays. If you send in bulk and see it often, lower the number of parallel connections and the sending rate towards that destination. If it comes from your own server, check its load and queue.",
    ],
    // X.4.6
    [
        "Routing loop detected",
        "The message was passed between servers too many times, so a server stopped it to break the loop. Wrong routing tables or addresses that forward to each other cause this. RFC 3463 describes it as a temporary (`4.4.6`) status.",
        "Servers usually spot a loop by counting the Received header fields of a message; RFC 5321 asks for a high limit, normally at least 100. It typically follows a new forwarding rule that sends mail back to an earlier address, or an MX or relay change that makes servers hand mail to each other.",
        "Look at the Received header fields of the returned message to see which servers it passed through. Then remove the forwarding rule, alias or relay route that points back to an earlier hop. The sender cannot fix this; the administrators of the looping systems must.",
    ],
    // X.4.7
    [
        "Delivery time expired",
        "The message was too old: it stayed in a queue longer than the system allows, or a delivery deadline set by the sender passed. RFC 3463 prefers that servers report the actual problem that blocked delivery instead, when they know it.",
        "Mostly in bounces from a sending server that retried a destination for days without success; RFC 5321 suggests giving up after no less than 4 to 5 days. With the Deliver By extension, a missed deadline gives a `5.4.7` failure or a `4.4.7` delay notice, depending on the mode the sender chose.",
        "Look in the bounce or the server log for the errors from the earlier delivery attempts; they show the real cause, such as an unreachable host or a full mailbox. Get that fixed, then send the message again.",
    ],
    // X.5.0
    [
        "Other or undefined protocol status",
        "Something in the SMTP exchange itself went wrong and no more specific protocol code fits, so the basic reply code and its text carry the details. The success form `2.5.0` just confirms that a protocol step worked.",
        "It comes with many different replies: `250 2.5.0` after a successful command, `503 5.5.0` or `554 5.5.0` when message content is sent with `BURL` but no recipient was accepted, and `4.5.0` or `5.5.0` for other command errors. The registry also lists it with the `ETRN` replies `458` and `459`.",
        "For `2.5.0` nothing needs doing. For errors, read the basic reply code and the text after the enhanced code, and find the command that caused it in the SMTP log. The fix is usually a change to the client's command sequence or settings.",
    ],
    // X.5.1
    [
        "Invalid command",
        "The client sent a command that the server does not support, or sent it at the wrong point in the session, such as `DATA` before any accepted `RCPT TO`. RFC 3463 meant it only as a permanent (`5.5.1`) status.",
        "Servers pair it with replies such as `500` or `503`: an unknown or disabled command, a second `MAIL FROM` in one transaction, `RCPT TO` before `MAIL FROM`, or a command sent before a required `STARTTLS` or `AUTH` step.",
        "The sending software must be corrected: keep the order `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, and use only commands the server listed in its `EHLO` reply. For scripts and devices that send mail, check whether the server requires `STARTTLS` or `AUTH` first.",
    ],
    // X.5.2
    [
        "Syntax error",
        "The server could not interpret a command, either because its syntax was wrong or because the command word is unknown. RFC 3463 meant it only as a permanent (`5.5.2`) status.",
        "Servers send it with `500` or `501` for malformed commands and with `501` when an `AUTH` response is not valid Base64. Receiving servers also answer `550 5.5.2` when the sending domain's SPF record cannot be interpreted (an SPF \"permerror\").",
        "For command errors, the client software has to send well-formed SMTP commands; the rejected command in the SMTP log shows what is wrong. In the SPF case, the owner of the sending domain must repair the SPF record in DNS.",
    ],
    // X.5.3
    [
        "Too many recipients",
        "The message named more recipients than the server accepts in one transaction. RFC 3463 expects the sender to split the list and deliver the remaining recipients in a later transaction; the code exists for cases where that cannot be done.",
        "Servers send it in reply to `RCPT TO` once their recipient limit for one message is reached, usually with `452`, the reply RFC 5321 prescribes for this, or with `451`. A server enforcing a site policy may use a permanent `5.5.3` reply instead.",
        "A conforming client sends the message to the recipients already accepted and retries the refused ones in a new transaction. If a person gets this in a bounce, split the recipients into smaller groups or use a mailing list. Administrators can check the recipient limit configured on the server.",
    ],
    // X.5.4
    [
        "Invalid command arguments",
        "The command was valid, but one of its arguments was not: out of range, malformed, or naming a feature the server does not support. RFC 3463 meant it only as a permanent (`5.5.4`) status.",
        "Typical cases are an `AUTH` command naming a mechanism the server does not offer (`504 5.5.4`), a `MAIL FROM` or `RCPT TO` parameter the server does not know (`555`), and invalid values for extension parameters such as a Deliver By time or a future-release hold time (`501 5.5.4`).",
        "Compare the rejected command in the SMTP log with the extensions and `AUTH` mechanisms the server listed in its `EHLO` reply, and send only supported parameters with valid values. This is a client setting or software bug, so retrying unchanged fails again.",
    ],
    // X.5.5
    [
        "Wrong protocol version",
        "The two systems use versions of a protocol that do not match, and they could not agree on one they both support. RFC 3463 does not tie it to one class, and the registry lists no reply code for it.",
        "It is rare in plain SMTP, where features are negotiated through `EHLO`. Gateways and other mail systems may report it in a delivery notice if the next system speaks an incompatible version of a mail protocol.",
        "Read the text after the code to see which protocol or version was refused. The administrators of the two systems must update or reconfigure one side so that both share a version; resending unchanged does not help.",
    ],
    // X.5.6
    [
        "Authentication Exchange line is too long",
        "During `AUTH`, the client sent a Base64 response longer than the buffer the server has for the chosen SASL mechanism, so authentication failed. The registry allows both a permanent and a temporary form.",
        "Servers reply `500 5.5.6` to an `AUTH` exchange whose response line exceeds their limit, for example when a client sends a large credential token in one line. RFC 4954 considered 12288 octets enough for the mechanisms in use when it was written.",
        "Both sides should handle the longest responses their mechanisms produce. The server administrator can raise the line limit for authentication, or the client can switch to a mechanism with shorter responses.",
    ],
    // X.6.0
    [
        "Other or undefined media error",
        "Something about the content of the message made it undeliverable, and no specific content code fits; the text after the code usually gives the reason. In the success form `2.6.0` it simply confirms that the message data was accepted.",
        "Servers may use `5.6.0` or `4.6.0` after the final `.` of `DATA` to refuse content, for example a message with a broken structure; which problems they report this way depends on the server. The success reply `250 2.6.0` to accepted message data appears in the examples of RFC 2034.",
        "Read the text after the code, which normally names the problem. Correct the message, for example its format or the rejected part, and send it again. If the content looks fine, ask the recipient's administrator what their system objected to.",
    ],
    // X.6.1
    [
        "Media not supported",
        "The message contains a kind of content that the delivery protocol or the next system on the path cannot handle. RFC 3463 meant it only as a permanent (`5.6.1`) status.",
        "Typical cases are raw binary or 8-bit content offered to a server that did not announce `BINARYMIME` or `8BITMIME`, and gateways into other mail systems that cannot carry some types of content.",
        "Send the content in a form the whole path can carry, for example with attachments encoded as Base64 rather than raw binary, or in a more common format. Administrators of a sending server should make sure it converts binary or 8-bit content for servers that do not support it, or else returns it with a clear error.",
    ],
    // X.6.2
    [
        "Conversion required and prohibited",
        "The content would have to be converted before the next system could take it, but conversion is not allowed. Either the sender forbade it in the message, or the policy of the sending host forbids it.",
        "Relays and gateways report it in failure notices if the next hop cannot accept the content unchanged, and either the message itself or the policy of the sending site rules out converting it.",
        "Send the message in a form the destination accepts without conversion, for example with 7-bit encoded MIME parts, or allow conversion if your mail program or site policy offers that choice.",
    ],
    // X.6.3
    [
        "Conversion required but not supported",
        "The content must be converted before the next hop will take it, but a host on the path cannot do that conversion or does not find it practical. A classic case is an 8-bit message that must become 7-bit for the next server, passing a relay that cannot downgrade it.",
        "Relays put it in failure notices if the next server lacks `8BITMIME` or `BINARYMIME` and they cannot re-encode the message. Submission servers reply `554 5.6.3` to `BURL` if the fetched content is binary or has 8-bit headers that they do not convert.",
        "Send the message already encoded for 7-bit transport (quoted-printable or Base64 body parts, encoded header text); many mail programs can do this. Relay administrators can enable 8-bit to 7-bit conversion if their software supports it.",
    ],
    // X.6.4
    [
        "Conversion with loss performed",
        "The content had to be converted on the way, and some data was lost in the conversion. As `2.6.4` it is a warning attached to a successful delivery; as `5.6.4` it is a failure, because the sender had forbidden conversion with loss.",
        "Servers reply `250 2.6.4` after a lossy conversion, for example a `BURL` submission server that re-encoded 8-bit headers and had to guess their character set. Failure notices carry `5.6.4` if the only possible conversion would lose data and the sender prohibited that.",
        "After `2.6.4` the message arrived, but check that the recipient can read it; to avoid the warning, send content with correct character set labels and encoded headers. After `5.6.4`, send content that needs no lossy conversion, or allow such conversion.",
    ],
    // X.6.5
    [
        "Conversion Failed",
        "A conversion of the message content was needed and was attempted, but it did not succeed. RFC 3463 allows both a temporary (`4.6.5`) and a permanent (`5.6.5`) form.",
        "Relays, gateways and servers that transform content report it in failure notices if the conversion breaks, for instance on malformed content. Under the content conversion rules of RFC 4141, any failed conversion stops processing with `5.6.5`.",
        "For `4.6.5` a later attempt may succeed. For `5.6.5`, check the message for malformed parts or wrong character set labels and resend it in a simpler form, or ask the administrator of the converting system to check its logs.",
    ],
    // X.6.6
    [
        "Message content not available",
        "The server had to fetch the message content from another system, and that failed. It belongs to the `BURL` extension, in which a submission server takes the message from an IMAP server; RFC 4468 allows both a temporary and a permanent form.",
        "Submission servers reply `554 5.6.6` to a `BURL` command if the IMAP server returns an error or no data for the URL. A failed connection to the IMAP server is reported differently, as `451 4.4.1`.",
        "Check that the URL still points to an existing message and that the submission server may fetch it from the IMAP server. The mail program or the administrator of both servers has to correct this; sending the message in full with `DATA` or `BDAT` avoids the problem.",
    ],
    // X.6.7
    [
        "Non-ASCII addresses not permitted for that sender/recipient",
        "The server refused an internationalized address, one with characters outside ASCII such as accented letters or non-Latin scripts, because only ASCII addresses are allowed for this sender or recipient.",
        "Servers that support `SMTPUTF8` reply `553` with this code to a `RCPT TO` whose recipient must have an ASCII address, and `550` with it to a `MAIL FROM` whose sender must have an ASCII address.",
        "Use an ASCII-only address for that mailbox if its owner has one. Otherwise the administrator of the refused mailbox must enable internationalized addresses for it; resending unchanged fails again.",
    ],
    // X.6.8
    [
        "UTF-8 string reply is required, but not permitted by the SMTP client",
        "The server needed UTF-8 text in its reply to show a mailbox name, but the client had not allowed UTF-8 replies, so the server could not give that answer. It belongs to the `SMTPUTF8` extension.",
        "Servers use it for `VRFY` or `EXPN` commands sent without the `SMTPUTF8` parameter if the answer would contain a non-ASCII mailbox; RFC 6531 requires the reply code `252` or `550` in that case.",
        "Repeat the `VRFY` or `EXPN` command with the `SMTPUTF8` parameter if the client supports internationalized email. A client that cannot handle UTF-8 replies cannot get this answer; no message is affected.",
    ],
    // X.6.9
    [
        "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected",
        "The message has internationalized (UTF-8) header fields, and at least one recipient cannot accept such a message, so the server rejected the whole message after receiving its content.",
        "Servers send it after the final `.` of `DATA`. RFC 6531 names `554` as the reply code for this, while the registry lists `550`, so expect either; RFC 6531 encourages servers to catch the problem earlier, at `RCPT TO`.",
        "Send the message to the affected recipients with ASCII-only headers and addresses, or ask their administrators to enable internationalized email (`SMTPUTF8`). Recipients that accept UTF-8 can be sent to in a separate message.",
    ],
    // X.6.10
    [
        "Deprecated duplicate of X.6.8",
        "The registry keeps `X.6.10` only as a deprecated duplicate of `X.6.8`, with no sample text and no associated reply code. If a server sends it, read it as `X.6.8`: a reply would have needed UTF-8 text that the client had not allowed.",
        "It should not appear in current replies. A server that still sends it means `X.6.8`, typically in reply to a `VRFY` or `EXPN` command sent without the `SMTPUTF8` parameter.",
        "Handle it like `X.6.8`: repeat the command with the `SMTPUTF8` parameter if your client supports it. Operators of a server that sends it should change it to `X.6.8`.",
    ],
    // X.7.0
    [
        "Other or undefined security status",
        "A security or policy rule stopped the command or the message, and the server either has no more precise code for it or prefers not to say more. The text after the code is usually the only place that names the actual reason.",
        "RFC 4954 pairs it with `454` for a temporary login failure on the server side and with `530` when a command needs `AUTH` first. Servers that insist on `STARTTLS` before anything else also answer `530 5.7.0`, and some use it for policy refusals they do not want to explain.",
        "After `530`, do what the server asks: start TLS with `STARTTLS` or log in with `AUTH` before `MAIL FROM`. After `454`, do not re-enter the password: the server had a passing fault, so try again later. In other cases, read the reply text and, if it says nothing useful, ask the receiving site's postmaster.",
    ],
    // X.7.1
    [
        "Delivery not authorized, message refused",
        "The receiving side's policy does not allow this sender to send to this recipient, so the message was refused. The block can target your server or IP address, your address or domain, or be a setting made for the recipient; the content itself may be fine.",
        "Servers send it to refuse relaying for domains they do not serve, to turn away hosts or senders their filters block, and, as RFC 7208 recommends, for a failed SPF check. RFC 7489 shows `550 5.7.1` as the reply for a message rejected under the sender domain's DMARC policy.",
        "Read the reply text for the rule that matched. If it mentions relaying, log in to your own outgoing server instead of sending through someone else's. For SPF or DMARC, the sender's admin must fix the domain's DNS records (see `X.7.23` and `X.7.26`); a named blocklist needs a delisting request, and only the recipient can lift their own block.",
    ],
    // X.7.2
    [
        "Mailing list expansion prohibited",
        "The address is a mailing list, and you are not allowed to post to it. The list itself works; its rules just do not accept messages from your address.",
        "List servers and mail servers send it for lists that take posts only from members or approved senders, or that accept no posts at all. It also shows up when a member writes from an address other than the one that is subscribed.",
        "Send from the address that is subscribed to the list, or ask the list owner to let you post or to pass your message on. Resending the same message will not help until the list's rules change.",
    ],
    // X.7.3
    [
        "Security conversion required but not possible",
        "To deliver the message, its security protection would have had to be converted from one secure messaging format to another, and the system on the way could not do that. The message is protected in a form the destination cannot use.",
        "Gateways between different secure messaging systems send it when a signed or encrypted message has to cross into a system that uses another security protocol and no conversion between the two is available.",
        "Protect the message with a format the recipient's system supports, or send it without that protection if your policy allows, and agree on a common format with the recipient. The gateway's operator can say which formats it can convert.",
    ],
    // X.7.4
    [
        "Security features not supported",
        "The message or command asked for a security feature, such as a kind of secure authentication, that cannot be provided on this delivery path. The request cannot be carried out as made.",
        "Servers send it when a client asks for a security mechanism they do not implement; IANA pairs it with `504`, the reply RFC 4954 prescribes for an `AUTH` mechanism the server does not support. Gateways send it when the next protocol on the path cannot carry the message's security features.",
        "Check what the server supports (its `EHLO` reply lists the extensions and the `AUTH` mechanisms) and use one of those, or send without the feature if your policy allows. If you really need the feature, the receiving side's admin has to add support for it.",
    ],
    // X.7.5
    [
        "Cryptographic failure",
        "A system that is allowed to verify or decrypt the message on its way could not do so, because a key or other information it needed was missing or invalid. The problem is the key material, not a change to the message.",
        "Signature checkers and decrypting gateways send it when they cannot obtain a needed key or the key they found is unusable. RFC 6376 suggests `451 4.7.5` for a DKIM verifier that cannot fetch the public key because the key server does not answer.",
        "With `4.7.5`, let the retries run: the key source may come back. If it persists, the sender's admin should check that the signing or encryption keys are published and valid (for DKIM, the key record under the selector named in the signature), and the recipient should check that the right decryption keys are installed.",
    ],
    // X.7.6
    [
        "Cryptographic algorithm not supported",
        "A system that is allowed to verify or decrypt the message could not do so, because the message was signed or encrypted with an algorithm it does not support. The keys may be fine; the algorithm is the obstacle.",
        "Gateways and filters that check signatures or decrypt mail send it when a message uses an algorithm they do not implement, either one too new for them or one they have dropped.",
        "The sender should sign or encrypt with a widely supported algorithm that the recipient accepts, agreeing on one if needed. If the recipient's software is out of date, its admin has to add support for the algorithm.",
    ],
    // X.7.7
    [
        "Message integrity failure",
        "A system that is allowed to verify the message found that it had been damaged or altered on the way, so its signature or other integrity check no longer matches. RFC 3463 allows this code in permanent, temporary and even success reports.",
        "Verifiers send it when a signed or protected message fails its integrity check, often because a server on the path rewrote headers or added text after signing. RFC 7372 also names `5.7.7` as a generic code for operators who do not want to reveal which authentication check failed.",
        "Find what changes the message after it is signed: mailing list software, forwarders, security gateways and footer or disclaimer tools are the usual suspects. Sign as the very last step before the message leaves, or stop the change; comparing the sent and the received copy shows what was altered.",
    ],
    // X.7.8
    [
        "Authentication credentials invalid",
        "Logging in with `AUTH` failed because the user name, password or other credentials were wrong or not sufficient for this account. You are not logged in, and anything that needs a login will be refused.",
        "Submission servers answer a failed `AUTH` with `535 5.7.8`, for example when the mail program still has an old password saved. The older `BURL` specification (RFC 4468) also used `5.7.8` for a missing trust relationship; RFC 5248 moved that meaning to `X.7.14`.",
        "Check the user name and password in the outgoing (SMTP) server settings of the mail program and enter them again. Some providers expect the full email address as the user name, or a separate app password instead of the normal one.",
    ],
    // X.7.9
    [
        "Authentication mechanism is too weak",
        "The server will not accept the login method the client chose for this user, because its policy demands a stronger one. The password may well be right; the way it is being presented is not allowed.",
        "Servers answer `AUTH` with `534 5.7.9` when the selected mechanism is weaker than their policy permits for that account, for example after the provider tightened its login rules. Yahoo sends `554 5.7.9` in a sense of its own: the message was refused for its policy, most often because it failed authentication or the sender domain's DMARC policy.",
        "Choose another authentication method in the client's outgoing server settings, picking one of the mechanisms the server lists after `AUTH` in its `EHLO` reply, and try again. If none of them works, ask the provider which login method it requires.",
    ],
    // X.7.10
    [
        "Encryption Needed",
        "The connection has to be encrypted first: the server will not allow the chosen login mechanism over an unprotected connection. RFC 8689 reuses `5.7.10` in bounces when no TLS session could be set up for a message that required one. IANA pairs it with `523`, a reply code no RFC defines.",
        "Servers send it mainly to `AUTH` with a clear-text password mechanism when TLS is not active. Relaying servers put `5.7.10` in delivery failure reports for `REQUIRETLS` messages when they could not open a protected session to any of the recipient's mail servers.",
        "Turn on encryption for the outgoing server in the mail client (`STARTTLS` or a TLS connection) before logging in, or choose a stronger mechanism. For a `REQUIRETLS` bounce, the recipient's admin must offer TLS with a valid certificate, or the sender has to decide to resend without that requirement.",
    ],
    // X.7.11
    [
        "Encryption required for requested authentication mechanism",
        "The login mechanism you chose may only be used on an encrypted connection, and this one is not encrypted. RFC 4954 keeps it, with reply `538`, for historical reasons only; IANA also lists `524`, which no RFC defines.",
        "Older servers answer `AUTH` with `538 5.7.11` when a client tries such a mechanism without TLS. Current servers are expected not to advertise these mechanisms until TLS is active, so a client that only uses advertised mechanisms should not meet it.",
        "Start TLS with `STARTTLS` (or connect over TLS) before `AUTH`, send `EHLO` again, and choose from the mechanisms offered on the encrypted connection. If a current server sends it, the client is probably using a mechanism the server never offered.",
    ],
    // X.7.12
    [
        "A password transition is needed",
        "The server needs you to log in once with the `PLAIN` mechanism before the mechanism you chose can work for this account. This `AUTH` attempt is refused, but the password is not said to be wrong. RFC 4954 uses it with `432`; IANA also lists `422`, which no RFC defines.",
        "Servers send `432 4.7.12` to `AUTH` when they cannot yet use the selected mechanism for the account and need one `PLAIN` login to prepare it for later sessions.",
        "Log in once with `PLAIN` over an encrypted connection, so the password is protected, then go back to the chosen mechanism in later sessions. If the mail client cannot switch mechanisms, ask the provider to complete the change on its side.",
    ],
    // X.7.13
    [
        "User Account Disabled",
        "The login itself succeeded, but the account has been disabled, so it may not send. It stays blocked until an administrator turns it back on. IANA pairs it with `525`, a reply code no RFC defines.",
        "Providers send it right after a successful `AUTH` to an account they have switched off, for example over unpaid bills, abuse, or signs of a break-in.",
        "Do not keep re-entering the password; it is not the problem. The account holder has to contact the provider or administrator, find out why the account was disabled and have it re-enabled, for example after paying or after securing a compromised account.",
    ],
    // X.7.14
    [
        "Trust relationship required",
        "The submission server was asked to fetch the message content from another server, typically an IMAP server named in a `BURL` command, and it has no configured trust relationship with that server. Without it, it cannot retrieve the content.",
        "Submission servers that support `BURL` send it, for example as `554 5.7.14`, when the URL points to a server they are not set up to trust. RFC 4468 first used `5.7.8` for this case; RFC 5248 gave it its own code. Gmail answers `AUTH` with `534 5.7.14` in a sense of its own: the account must first sign in through a web browser.",
        "The mail client should only use `BURL` with IMAP servers the submission server advertises after login, or send the full message with `DATA` or `BDAT` instead. The admins of both servers can set up the trust, for example by giving the submission server its own credentials on the IMAP server.",
    ],
    // X.7.15
    [
        "Priority Level is too low",
        "The server refused the message because its transfer priority, given with `MT-PRIORITY` or assigned by the server, is below the lowest priority it accepts at the moment. The limit can be temporary.",
        "Message submission servers that support the `MT-PRIORITY` extension send it, usually with `450` or `550`, when their policy lets only higher-priority messages through, for example during a period of restricted operation.",
        "With the `4.7.15` form, let the client retry later, when lower priorities are accepted again. If the message is urgent and you are allowed to use a higher priority, resend with a higher `MT-PRIORITY` value; otherwise ask the server's admin about its priority policy.",
    ],
    // X.7.16
    [
        "Message is too big for the specified priority",
        "The message is larger than the server allows for its transfer priority, although it might be accepted at another priority or in a smaller size. RFC 4865 once gave this number a different meaning (a future-release quota), but that was never registered; IANA's meaning is this one.",
        "Servers with the `MT-PRIORITY` extension whose policy sets size limits per priority send it, usually with `552`, either at `MAIL FROM` when the client also declared `SIZE`, or after the message data has arrived.",
        "Make the message smaller, for example by leaving out attachments, or send it with a lower `MT-PRIORITY` value, or ask the server's admin for the limits per priority. With the `4.7.16` form the limit may be temporary, and a later retry can succeed.",
    ],
    // X.7.17
    [
        "Mailbox owner has changed",
        "The sender asked, with the `RRVS` extension or the `Require-Recipient-Valid-Since` header field, for delivery only if the mailbox had the same owner since a given date, and the receiver knows it has changed hands since then. RFC 4865 once used this number for a quota; IANA assigned it to RFC 7293.",
        "Automated senders of sensitive mail use `RRVS` to avoid reaching someone who took over a recycled address. The receiving server then answers `550 5.7.17` to `RCPT TO`, or after the message data when the date came in the header field.",
        "The sender should treat the address as no longer belonging to the person it knew: stop sending to it and ask that person for a current address through another channel. Resending without the date check could deliver the mail to a stranger.",
    ],
    // X.7.18
    [
        "Domain owner has changed",
        "The sender asked for an ownership check with `RRVS` or the `Require-Recipient-Valid-Since` header field, and the receiver reports that the recipient's domain name has a new owner since the given date. Mail to that address may now reach someone unrelated.",
        "Receiving systems that support `RRVS` send it when they know the domain changed owner after the sender's date and choose to disclose that, rather than answering only about the mailbox.",
        "The sender should stop using the address and confirm a new one with the intended recipient through another channel. Nothing needs fixing on the receiving side.",
    ],
    // X.7.19
    [
        "RRVS test cannot be completed",
        "The sender asked for an `RRVS` ownership check, but the receiver has no record of when the mailbox was created or last reassigned, so it refuses rather than guess. It says nothing about whether the address is still valid.",
        "Receivers send it when neither the mailbox's creation date nor a reasonable substitute is known, for example after a domain moved to a new owner or provider without its mailbox history.",
        "The sender has to decide: resend without `RRVS` protection if that risk is acceptable, or first confirm the address with the recipient through another channel. Repeating the same request will not help.",
    ],
    // X.7.20
    [
        "No passing DKIM signature found",
        "The receiver requires a valid DKIM signature, and the message had none: it was unsigned, or every signature failed verification. RFC 6376 advises against refusing mail for this alone, so this is a strict local policy.",
        "Receivers that insist on DKIM, for example under an agreement with a partner who promised to sign everything, send it once the message data has arrived. Signatures fail when the public key is missing from DNS or does not match, or when something changed the message after it was signed.",
        "The sender's admin should have every outgoing message signed with DKIM by the server or mail provider and publish the public key as a TXT record at `<selector>._domainkey.<domain>`. Send a test message and check that its `Authentication-Results` header shows a DKIM pass, and stop footers or gateways from changing mail after signing.",
    ],
    // X.7.21
    [
        "No acceptable DKIM signature found",
        "The message had at least one DKIM signature that verified, but none met the receiver's extra requirements, such as which header fields must be signed or a ban on signatures covering only part of the body. A technically valid signature was not enough.",
        "Receivers with strict DKIM rules send it after the message data arrives, although RFC 6376 advises against such rejections. Typical triggers are a signature that leaves out important header fields or uses a body length limit (`l=`).",
        "The sender's admin should sign with settings most receivers accept: include `From`, `Subject`, `Date`, `To` and the other core header fields, and sign the whole body without `l=`. The reply text may say which requirement failed; if the problem is the `From` domain, see `X.7.22`.",
    ],
    // X.7.22
    [
        "No valid author-matched DKIM signature found",
        "The message had passing DKIM signatures, but none was made by the domain in the `From` header field, the author's address. The receiver requires the signing domain to match the author; this is a special case of `X.7.21`.",
        "Receivers send it after the message data arrives, typically when a mail service signed with its own domain instead of the customer's. DMARC builds on the same idea of matching (aligning) the authenticated domain with the `From` domain.",
        "Make the signature's `d=` domain the `From` domain, or under DMARC's relaxed alignment a domain of the same organization. For a third-party sender such as a newsletter or CRM service, set up its custom-domain DKIM: publish the key it provides under your domain so that it signs as you.",
    ],
    // X.7.23
    [
        "SPF validation failed",
        "The SPF check gave the result \"fail\": the domain in `MAIL FROM` (or the `HELO` name) publishes an SPF record that does not authorize the IP address the message came from, and the receiver's policy rejects such mail. It replaces `5.7.1` for this case.",
        "Receivers send it, often before the message data is transferred, when the sending domain's SPF record ends in `-all` and the sending server is not covered. Common causes are a new mail service or server never added to the record, and forwarding, where a third party resends the mail from its own IP address. Gmail also sends `421 4.7.23` in a sense of its own: the sending IP address has no PTR record, or one that does not match.",
        "The sender's admin should list every legitimate outgoing server in the domain's SPF TXT record, with `ip4:` and `ip6:` entries or the mail provider's `include:`, keeping a single record that starts with `v=spf1`. If forwarding caused it, the forwarder should rewrite `MAIL FROM` to its own domain, or the recipient can exempt the forwarder from SPF checks.",
    ],
    // X.7.24
    [
        "SPF validation error",
        "The receiver could not complete the SPF check because of an error, which is different from a failed check. A temporary error, usually a DNS lookup problem, gives the `4.7.24` form; `5.7.24` means the domain's SPF record is broken and cannot be interpreted.",
        "Receivers send it with `451` when DNS lookups for the record time out or fail, and with `550` when the record has a syntax error, when the domain publishes more than one SPF record, or when evaluation needs more than 10 DNS-querying terms such as `include:`, `a` and `mx`.",
        "The sender's admin should check the SPF record: exactly one TXT record starting with `v=spf1`, no typos, and no more than 10 lookups, for example by replacing nested `include:` terms with `ip4:` or `ip6:` ranges. For the temporary form, make sure the domain's DNS servers answer reliably; the receiver's DNS can also be at fault.",
    ],
    // X.7.25
    [
        "Reverse DNS validation failed",
        "The sending server's IP address failed the receiver's reverse DNS check: it has no PTR record, or the host name in that record does not resolve back to the same IP address. The receiver's policy refuses mail from such hosts.",
        "Receivers send it early in the session to servers whose IP address has no PTR record, or whose PTR name has no matching A or AAAA record. New cloud servers and home connections often start out this way.",
        "The sender's admin must ask whoever controls the IP address (the hosting or internet provider) for a PTR record naming the mail server, such as `mail.example.com`, and make sure that name has an A or AAAA record with the same address. Use the same name in `EHLO`.",
    ],
    // X.7.26
    [
        "Multiple authentication checks failed",
        "The message failed more than one of the receiver's authentication checks, such as SPF, DKIM, ARC or reverse DNS, and its policy refuses it for that. The code does not say which checks failed.",
        "RFC 7372 asks servers to use it instead of naming only the first failure when several checks fail. Forged mail, domains without working SPF or DKIM, and forwarded mail that broke both are typical; a DMARC failure also means that neither SPF nor DKIM passed for the `From` domain.",
        "The sender's admin should fix every check, not just one: the SPF record must list all sending servers, messages must carry a DKIM signature from the `From` domain, and the sending IP address needs matching reverse DNS. A test message to a mailbox you control shows each result in its `Authentication-Results` header.",
    ],
    // X.7.27
    [
        "Sender address has null MX",
        "The domain of the sender address (in `MAIL FROM` or the `From` header field) publishes a null MX record, which declares that it accepts no mail. Replies and bounces could never be delivered there, so the receiver refuses the message.",
        "Receivers send it for mail from a domain whose only MX record has preference 0 and the target \".\", typically a domain that sends no mail and is being forged as a return address, or a sending domain that published a null MX by mistake. Gmail also sends `5.7.27` in a sense of its own: the message did not pass SPF.",
        "If the domain is meant to send mail, its admin must remove the null MX and publish real MX records for servers that accept mail, including bounces. Otherwise send from an address in a domain that can receive mail.",
    ],
    // X.7.28
    [
        "Mail flood detected",
        "The receiver believes the message is part of a flood of similar abusive messages and refuses it. The code comes from an Internet-Draft, not an RFC, and IANA gives no reply code for it: the field shows only a dot.",
        "It was registered for floods such as the mass of confirmation emails that arrives when attackers enter a victim's address into many web sign-up forms. Receivers that detect bursts of similar messages to one address may send it.",
        "If you run a web form that sends confirmation mail, limit how often one address can be signed up, block automated submissions, and stop mailing addresses that never confirm. If you are an ordinary sender caught up in a flood, retry later or contact the recipient's postmaster.",
    ],
    // X.7.29
    [
        "ARC validation failure",
        "The message carried an ARC chain, in which forwarders and mailing lists sign and record the authentication results they saw, and the chain failed validation. A broken chain counts as no chain. ARC is defined by an Experimental RFC (RFC 8617).",
        "Receivers that check ARC may send it when an intermediary's ARC seal or signature does not verify, usually alongside failing SPF or DKIM; RFC 8617 lets them send `5.7.26` instead. Every ARC error, even a DNS failure, counts as permanent. Gmail also sends `5.7.29` in a sense of its own: the message was not sent over TLS.",
        "The forwarder or mailing list that added the ARC headers must fix its setup: publish its ARC signing key in DNS, seal only after its own changes to the message, and keep earlier ARC sets intact. The original sender can reduce the problem by making SPF and DKIM pass on their own (see `X.7.26`).",
    ],
    // X.7.30
    [
        "REQUIRETLS support required",
        "The message was sent with `REQUIRETLS`, which demands protected transfer on every hop, and none of the servers it had to go to next supports `REQUIRETLS`. The server holding it therefore did not pass it on and returned it.",
        "It appears in delivery failure reports: a relaying server reached the recipient's mail servers over TLS but none advertised `REQUIRETLS` after `STARTTLS`. If TLS itself could not be set up, the report uses `5.7.10` instead. Gmail also sends `5.7.30` in a sense of its own: the message did not pass DKIM.",
        "The recipient's admin needs mail servers that support `REQUIRETLS`, with certificates that validate and MX records protected by DNSSEC or MTA-STS. Otherwise the sender has to decide whether the message may travel without that guarantee and resend it without `REQUIRETLS`, or use another channel.",
    ],
    // 2.XXX.XXX
    [
        "Success",
        "A first digit of 2 means the action worked: the address or message was accepted, relayed or delivered. The other two numbers may add details, such as a change made to the message on the way.",
        "Servers that use enhanced status codes put it in their positive replies, such as `250` and `251`, and delivery reports use it to confirm that a message was delivered or passed on.",
        "Nothing needs fixing. A success code can still report a change, for example a new priority or a converted format, so read the rest of the code if the result surprises you.",
    ],
    // 4.XXX.XXX
    [
        "Persistent Transient Failure",
        "A first digit of 4 means a temporary failure: the message itself is acceptable, but some condition on the way delayed it or, if it lasted long enough, made the sender give up. Sending again later may succeed.",
        "It comes with reply codes that start with 4, such as `421`, `450` and `451`, in delay notices, and in bounces sent after the sending server stopped retrying.",
        "Usually nothing: the sending server keeps the message and retries on its own. If a bounce says that it gave up, read the subject and detail numbers for the reason, correct it if it lies on your side, and send the message again.",
    ],
    // 5.XXX.XXX
    [
        "Permanent Failure",
        "A first digit of 5 means a permanent failure: sending the same message again unchanged will not succeed. Something about the message, the address or the destination has to change first.",
        "It comes with reply codes that start with 5, such as `550` and `554`, and in bounce messages once delivery has been abandoned.",
        "Do not simply resend. Read the subject and detail numbers and the text to learn what has to change, such as the address, the size of the message or the sender's setup, and send again only after that is fixed.",
    ],
    // X.0.XXX
    [
        "Other or Undefined Status",
        "A subject of 0 says nothing about where the problem lies. Only the first digit, success, temporary or permanent failure, carries information.",
        "Servers and delivery reports use it when they cannot or do not classify the outcome, mostly in the forms `2.0.0`, `4.0.0` and `5.0.0`.",
        "Rely on the reply code and the text after the code. If the text does not explain the problem, ask the administrator of the server that produced it.",
    ],
    // X.1.XXX
    [
        "Addressing Status",
        "A subject of 1 points at an address, the sender's or a recipient's: its syntax or whether it exists. RFC 3463 notes that the sender can usually correct these problems and try again.",
        "Mostly in replies to `MAIL FROM` and `RCPT TO`, and in bounces about unknown, moved or malformed addresses.",
        "Check the address named in the error for typos and confirm it with its owner, then send again to the corrected address.",
    ],
    // X.2.XXX
    [
        "Mailbox Status",
        "A subject of 2 points at the recipient's mailbox: it exists, but its state, such as being full or disabled, stopped the message. Such problems are in the recipient's hands.",
        "In replies to `RCPT TO` or to the end of the message data, and in bounces from the final delivery step.",
        "Tell the recipient by another channel; only they or their mail administrator can free space, enable the mailbox again or change its limits.",
    ],
    // X.3.XXX
    [
        "Mail System Status",
        "A subject of 3 points at the destination mail system as a whole: its storage, availability, size limits, features or configuration. Its administrator is responsible for these.",
        "In replies from receiving servers that are full, unavailable, misconfigured or limited in message size or features, and in bounces reporting such problems.",
        "Temporary forms usually clear up when the sending server retries. For permanent ones, adapt the message, for example its size, or ask the destination's administrator to fix the system.",
    ],
    // X.4.XXX
    [
        "Network and Routing Status",
        "A subject of 4 points at the delivery path: network connections, DNS and other routing services between the systems. These are usually for the administrators of the destination or of a system in between.",
        "In delay notices and bounces when the sending server cannot reach the destination or find a route to it, for example after timeouts, DNS failures, routing loops or an expired delivery time.",
        "Temporary network errors usually clear up on retry. If they persist, check the destination domain's DNS and MX records and the connectivity of the servers involved, or report the problem to the destination's administrator.",
    ],
    // X.5.XXX
    [
        "Mail Delivery Protocol Status",
        "A subject of 5 points at the SMTP exchange itself: commands, syntax, arguments or protocol versions that the two sides do not agree on, whether caused by faulty software or an unreliable connection.",
        "In replies to malformed, unknown or badly ordered commands, and in bounces after an exchange between two servers broke down.",
        "This is usually a problem in the sending software or its settings: check the command and its arguments, and update or fix the client. If the connection was unreliable, try again.",
    ],
    // X.6.XXX
    [
        "Message Content or Media Status",
        "A subject of 6 points at the message content: a format, encoding or media type that could not be carried or converted. Sender and receiver have to support a common set of content types for the message to pass.",
        "After the message data, and in bounces from gateways and servers that cannot handle or convert part of a message, including addresses or headers with non-ASCII characters.",
        "Send the content in a more widely supported form, for example a common attachment type or an address in plain ASCII, or ask the recipient's side to support the format.",
    ],
    // X.7.XXX
    [
        "Security or Policy Status",
        "A subject of 7 points at security or policy: filtering rules for senders, recipients or hosts, authentication, encryption and checks such as SPF, DKIM and DMARC. The rules of either side can be the cause.",
        "In replies to almost any command when a server refuses mail by policy, demands authentication or encryption, or finds that a sender check failed, and in the bounces that follow.",
        "Read the text to see which rule was applied. Senders often fix these by authenticating, using encryption, correcting SPF, DKIM or DMARC records, or getting off a blocklist; a policy of the receiving side can only be changed by its administrator.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Summary",
    // label.description
    "Description",
    // label.when_seen
    "When you see it",
    // label.how_to_fix
    "How to fix",
    // label.key_differences
    "Key differences",
    // label.when_to_use
    "When to use which",
    // label.learn_more
    "Learn more",
    // label.class
    "Class",
    // label.category
    "Category",
    // label.subject
    "Subject",
    // label.status
    "Status",
    // label.retry
    "What the client should do",
    // label.fix_by
    "Who must act",
    // label.commands
    "Returned by",
    // label.connection
    "What the connection does",
    // connection.closes
    "The server closes it",
    // connection.stays_open
    "It stays open",
    // label.references
    "References",
    // label.related
    "Related codes",
    // label.compare_with
    "Often confused with",
    // label.server_text
    "What the server said",
    // label.problems
    "Problems in this reply",
    // label.reply_code
    "Reply code",
    // label.enhanced_code
    "Enhanced status code",
    // class.2.name
    "Positive completion",
    // class.3.name
    "Positive intermediate",
    // class.4.name
    "Transient negative completion",
    // class.5.name
    "Permanent negative completion",
    // class.2.phrase
    "a 2xx positive completion reply",
    // class.3.phrase
    "a 3xx positive intermediate reply",
    // class.4.phrase
    "a 4xx transient negative reply",
    // class.5.phrase
    "a 5xx permanent negative reply",
    // category.0
    "Syntax",
    // category.1
    "Information",
    // category.2
    "Connections",
    // category.3
    "Unspecified",
    // category.4
    "Unspecified",
    // category.5
    "Mail system",
    // category.other
    "Outside the standard categories",
    // status.standard
    "Standard",
    // status.extension
    "Defined by an SMTP extension",
    // status.obsolete
    "Obsolete",
    // status.experimental
    "Experimental",
    // status.non_standard
    "Non-standard",
    // retry.nothing_to_do
    "Nothing to do. The command succeeded.",
    // retry.continue
    "Continue. The server is waiting for the next part of the exchange.",
    // retry.later
    "Retry later. The problem is temporary, and a mail server retries on its own.",
    // retry.not_unchanged
    "Do not retry unchanged. Something must change before the same attempt can work.",
    // party.sending_client
    "The sending client",
    // party.sender_admin
    "The sender's administrator",
    // party.recipient_admin
    "The recipient's administrator",
    // party.server_admin
    "The administrator of the replying server",
    // party.nobody
    "Nobody",
    // party.sender
    "The sender of the message",
    // party.recipient
    "The recipient of the message",
    // command.connect
    "On connection (as the greeting)",
    // command.data_end
    "End of message data",
    // command.any
    "Any command",
    // list.separator
    ", ",
    // list.last_separator
    " and ",
    // label.separator
    ": ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} is {class}.",
    // show.enhanced_class
    "In class {digit}: {class}.",
    // show.enhanced_kind
    "{code} is an enhanced status code: it comes after the reply code and names the subject ({subject}) and the detail.",
    // show.non_standard
    "{code} is not defined by any RFC. The sources below describe who uses it.",
    // compare.title
    "SMTP {a} {a_title} vs {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) is {a_class}, while {b} ({b_title}) is {b_class}.",
    // compare.same_class
    "{a} ({a_title}) and {b} ({b_title}) are in the same class: {class}.",
    // compare.kinds
    "{a} is a basic reply code, the three digits that start every reply line; {b} is an enhanced status code, which servers that support it write after the reply code.",
    // compare.same_code
    "{a} and {b} are the same code.",
    // compare.same_detail
    "{a} and {b} report the same condition, {generic} ({title}); only the class differs, and with it what the client does.",
    // compare.advice
    "After {code}: {retry}",
    // diff.class
    "Class: {a} is {a_class}; {b} is {b_class}.",
    // diff.retry
    "What the client should do. After {a}: {a_retry} After {b}: {b_retry}",
    // diff.category
    "Category (second digit): {a_category} for {a}, {b_category} for {b}.",
    // diff.subject
    "Subject: {a_subject} for {a}, {b_subject} for {b}.",
    // diff.fix_by
    "Who must act. For {a}: {a_fix_by}. For {b}: {b_fix_by}.",
    // diff.commands
    "Commands that can draw the reply. For {a}: {a_commands}. For {b}: {b_commands}.",
    // diff.commands_one
    "Commands: only {a} is tied to particular commands ({commands}).",
    // diff.associated
    "The IANA registry lists {reply} among the reply codes used with {enhanced}.",
    // diff.related
    "The catalog lists {a} and {b} as related codes.",
    // diff.status
    "Status: {a} is {a_status}; {b} is {b_status}.",
    // use.class.2
    "A server replies {code} to confirm that the command worked.",
    // use.class.3
    "A server replies {code} to ask the client to go on with the next step.",
    // use.class.4
    "A server replies {code} when the problem may clear up by itself, so that the client tries again later.",
    // use.class.5
    "A server replies {code} when repeating the same attempt cannot work until someone changes something.",
    // use.same_class
    "Both codes belong to the same class, so a client reacts to them the same way; what differs is the cause, and so the fix.",
    // use.kinds
    "A client acts on the reply code {reply}; the enhanced code {enhanced} tells people more precisely what went wrong.",
    // learn.page
    "{code} {title}",
    // explain.title
    "What the reply {code} means",
    // explain.no_code
    "This text has no SMTP reply code at its start, so it cannot be explained.",
    // explain.unknown
    "{code} is not in the catalog; its class still tells what to do.",
    // problem.mismatch
    "The enhanced code {enhanced} belongs to class {enhanced_digit}, but the reply code {code} belongs to class {digit}. Clients act on the reply code.",
    // problem.mixed_codes
    "The lines of this reply do not all carry the same code ({codes}).",
    // problem.line_too_long
    "Line {line} is longer than the {limit} characters that SMTP allows.",
    // problem.not_text
    "Line {line} contains bytes that are not text.",
    // problem.truncated
    "The reply was cut short: only the first {limit} lines were read.",
    // label.what_happened
    "What happened",
    // label.what_to_do
    "What to do",
    // label.tell_the_sender
    "What to tell the sender",
    // label.evidence
    "How we know",
    // evidence.text
    "the server's words {quote}",
    // evidence.enhanced_code
    "the enhanced status code {code}",
    // evidence.reply_code
    "the reply code {code}",
    // explain.reason_disagrees
    "On its own, this reason would mean: {reason_retry} But the code {code} decides: {code_retry}",
    // site.title
    "SMTP reply codes",
    // site.intro
    "What every SMTP reply code and enhanced status code means, when you see it and how to fix it.",
    // site.reply_codes
    "Reply codes",
    // site.enhanced_codes
    "Enhanced status codes",
    // site.comparisons
    "Comparisons",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "All codes",
    // site.languages
    "Other languages",
    // site.search
    "Search codes, titles and words",
    // site.choose_language
    "Choose a language",
    // site.generated
    "Generated by smtp-codes from catalog version {version}.",
    // label.provider
    "Provider",
    // label.provider_note
    "What the provider's documents add",
    // evidence.vendor_code
    "the code {code}, which {provider} defined for its own replies",
    // show.vendor_code
    "{code} is not in the IANA registry: {provider} defined it for its own replies.",
    // label.defined_by
    "Defined by",
    // label.read_on
    "read on {date}",
    // site.providers
    "Providers",
    // provider.markers
    "Words that identify its replies",
    // provider.hosts
    "Host names of its servers",
    // provider.vendor_codes
    "Its own codes",
    // provider.rules
    "What its replies mean",
    // provider.reused_by
    "Providers that give this code a meaning of their own",
    // logs.title
    "Mail log summary",
    // logs.lines
    "Lines read",
    // logs.attempts
    "Delivery attempts",
    // logs.skipped
    "Lines without a delivery attempt",
    // logs.sent
    "Delivered",
    // logs.deferred
    "Deferred",
    // logs.bounced
    "Bounced",
    // logs.expired
    "Expired",
    // logs.recovered
    "Deferred, then delivered",
    // logs.by_reason
    "Failures by reason",
    // logs.count
    "Attempts",
    // logs.domains
    "Recipient domains",
    // logs.examples
    "For example",
    // logs.by_hour
    "Failures per hour",
    // logs.untimed
    "Failures without a time stamp (not in the chart)",
    // logs.axis_time
    "Time, as the log gives it",
    // logs.hours_per_bar
    "Hours per bar",
    // logs.axis_failures
    "Failures",
    // logs.top_domains
    "Recipient domains with the most failures",
    // logs.top_providers
    "Providers with the most failures",
    // logs.by_code
    "Failures by code",
    // logs.code_axis
    "Reply code (or enhanced code)",
    // logs.reasons
    "What each reason means",
    // logs.shown
    "Shown: {shown} of {total}",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "Recipient address does not exist",
        "The receiving server has no mailbox for the address in `RCPT TO`, usually because of a typo or an account that was deleted. Servers report it with `550` and `5.1.1`, but a bare `550` is also used for many other refusals, so then the reply text decides.",
        "Check the address for typos, especially in the part before the `@`, and ask the recipient for the right one by another channel. Remove addresses that keep failing from mailing lists. If the address should exist, the recipient's administrator must create the mailbox or fix the alias or routing table.",
        "The address does not exist. Check it for typos and send the message again.",
    ],
    // mailbox_disabled
    [
        "Recipient mailbox is disabled or has moved",
        "The address is known to the receiving server, but its mailbox does not take mail: it was disabled, suspended, closed for inactivity or moved elsewhere. Servers say so with `5.2.1`, with `5.1.6` or `551` for a moved mailbox, or with a generic `550` whose text explains it.",
        "Only the recipient or their administrator can turn the mailbox back on. The sender should reach the recipient by another channel and ask whether the mailbox will return or which new address to use, and update address books and lists to match.",
        "The recipient's mailbox is closed or no longer in use. Contact them another way to get a current address.",
    ],
    // mailbox_full
    [
        "Recipient mailbox is full",
        "The recipient's mailbox has used up its storage quota, so nothing more fits until mail is deleted or the quota is raised. Servers report it with `4.2.2` and a temporary `450` or `452`, or as a permanent `552` with `5.2.2`; other recipients on the same server are not affected.",
        "The recipient has to delete or archive mail, or their administrator has to raise the quota. After a temporary reply the sending server retries by itself; after a permanent one the sender must send the message again once the mailbox has room. Telling the recipient by another channel often helps.",
        "The recipient's mailbox is full. Try again later, or let them know another way that they need to make space.",
    ],
    // domain_not_found
    [
        "Recipient domain does not exist or takes no mail",
        "The part of the address after the `@` names a domain that does not exist in DNS, has neither MX nor address records, or publishes a null MX saying it accepts no mail. Servers report it with `5.1.2`, or with `556` and `5.1.10` for a null MX; a temporary lookup failure (`4.4.3`) is a different problem.",
        "Check the domain for typos (a wrong ending such as `.con` is common) and ask the recipient for a working address. If the domain is meant to receive mail, its administrator must register it if needed, publish MX records pointing at a running mail server and remove any null MX.",
        "The part of the address after the @ sign is wrong or cannot receive email. Check the address for typos and send the message again.",
    ],
    // relay_denied
    [
        "Relaying denied",
        "The server is not responsible for the recipient's domain and will not pass the message on for you, usually because you did not log in or are sending through the wrong server. It commonly comes as `550` or `554` with `5.7.1`, codes that other policy refusals share, so the text decides.",
        "A mail program or application should send through its own provider's submission server (port `587` or `465`) and log in with `AUTH` first. If the server should accept the recipient's domain, the recipient's administrator must add the domain to its accepted domains or correct the domain's MX records.",
        "The mail system refused to pass your message on, usually because your email program is not signed in to your outgoing mail account. Check the account settings and try again.",
    ],
    // too_many_recipients
    [
        "Too many recipients",
        "The message has more recipients than the server accepts in one transaction. Servers refuse the extra `RCPT TO` commands with `452` and `4.5.3`, or permanently with `5.5.3`; older servers send `552`, which RFC 5321 says to treat as temporary in this case.",
        "A conforming client delivers to the recipients already accepted and sends the refused ones in a new transaction. If a person gets this in a bounce, split the recipients into smaller groups or use a mailing list. Administrators can check the recipient limits configured on the server.",
        "The message had too many recipients for the receiving mail system. Send it to fewer people at a time.",
    ],
    // sender_rejected
    [
        "Sender address refused",
        "The server refused the envelope sender address given in `MAIL FROM` itself: it is malformed, its domain does not exist or cannot receive replies, or this sender may not use it. Typical codes are `553`, `501` with `5.1.7`, `550` with `5.1.8`, and `5.7.27` for a sender domain with a null MX.",
        "Set a complete, real sender address in the sending program, device or script, and do not use placeholder domains. If the server says you may not send as that address, use the address of the account you logged in with. The sender's administrator must make sure the domain exists and can receive mail, including bounces.",
        "The address you are sending from was refused. Check the sender address in your email settings, or ask your email administrator for help.",
    ],
    // sender_auth_fail
    [
        "Sender authentication failed (SPF or DKIM)",
        "The receiver checked whether the sending domain authorizes this message, and the SPF or DKIM check did not pass. Dedicated codes exist (`5.7.23` and `5.7.24` for SPF, `5.7.20` to `5.7.22` for DKIM, `5.7.26` for several failures), but many servers send `550 5.7.1`, which RFC 7208 suggests for an SPF fail.",
        "The sender's administrator should list every legitimate sending server in the domain's SPF record and have all outgoing mail signed with DKIM, with the public key published in DNS. A test message to a mailbox you control shows the results in its `Authentication-Results` header. Forwarding breaks SPF; the forwarder has to rewrite `MAIL FROM`.",
        "The receiving mail system could not confirm that the message really came from your email domain. Your email administrator needs to fix the domain's settings.",
    ],
    // dmarc_fail
    [
        "DMARC policy check failed",
        "The domain in the `From` header publishes a DMARC policy asking receivers to refuse mail that fails, and neither SPF nor DKIM passed for a domain aligned with it. RFC 7489 shows `550 5.7.1` as an example reply; `5.7.26` also appears, and only the text shows it was DMARC.",
        "The sender's administrator must make every source of mail for the domain pass SPF or DKIM with an aligned domain: sign with a `d=` domain that matches the `From` domain or shares its organizational domain, and set up newsletter and ticket services to sign for it. DMARC aggregate reports show which sources fail. Mailing lists that alter messages break DKIM.",
        "The receiving mail system refused the message because it could not confirm that it came from your email domain. Your email administrator needs to fix the domain's settings.",
    ],
    // auth_required
    [
        "Login required before sending",
        "The server only accepts mail from clients that have logged in, and this client sent `MAIL FROM` or `RCPT TO` without a successful `AUTH`. RFC 4954 gives `530` with `5.7.0` for this; some servers answer with a relay refusal instead.",
        "Turn on authentication for the outgoing server in the mail program or application, with the account's user name and password. Use the submission port (`587` with `STARTTLS`, or `465`), and send `AUTH` after `EHLO` and before `MAIL FROM`; the `EHLO` reply lists the mechanisms the server offers.",
        "Your email program must sign in to your outgoing mail account before it can send. Turn on sign-in for outgoing mail in its account settings.",
    ],
    // auth_failed
    [
        "Login refused",
        "The client tried to log in with `AUTH`, and the server refused: the user name or password is wrong, the mechanism is not allowed, or the account may not log in. Typical replies are `535` with `5.7.8`, `534` with `5.7.9` and `504` for an unknown mechanism; `454` means a temporary failure on the server's side.",
        "Enter the user name and password again in the outgoing server settings; many providers expect the full address as user name, or an app password when two-step sign-in is on. Choose a mechanism from the `AUTH` line of the `EHLO` reply. If the details are right, the account's administrator should check whether it is locked or disabled.",
        "Signing in to your outgoing mail account failed. Check the user name and password in your email program's settings.",
    ],
    // tls_required
    [
        "Encryption required or failed",
        "The server demands an encrypted connection before this step, or setting one up failed. Replies include `530 5.7.0` before `STARTTLS`, `5.7.10` or `5.7.11` for a login mechanism that needs encryption, `454` when TLS is not available for now, and `5.7.30` for `REQUIRETLS`; an MTA-STS policy (RFC 8461) can also stop delivery.",
        "Send `STARTTLS` after `EHLO`, or for submission connect to port `465` with TLS from the start, and send `EHLO` again once encrypted. If the handshake fails, update the client's TLS library and check the protocol versions both sides allow. A server with an expired or mismatched certificate must have it replaced by its administrator.",
        "The message could not be sent over a secure connection. Turn on encryption for outgoing mail in your email program, or ask your email provider for help.",
    ],
    // blocklisted
    [
        "Sender is on a blocklist",
        "The sending server's address or the sender's domain is on a blocklist the receiver checks, either a public DNS blocklist or the receiver's own list. It often comes as `550` or `554` with `5.7.1`, sometimes as a `554` greeting; these codes carry other refusals too, and the text usually names the list.",
        "The sender's administrator should look up the listed address on the list named in the reply, find the cause (a hacked account, an infected machine, an open relay, sending to stale addresses), stop it, and then ask for removal through the list's own procedure. On shared hosting, the provider has to do this or move the mail to another relay.",
        "Your email provider is on a block list used by the recipient's mail system, so the message was refused. Tell your email administrator or provider.",
    ],
    // bad_reputation
    [
        "Sender reputation too low",
        "The receiver refused or deferred the message because of the reputation of the sending server or domain, built from complaints, spam trap hits, bounces and sudden changes in volume, without naming a blocklist. Replies range from a temporary `421` or `450` to `550` or `554` with `5.7.1`, so the text decides.",
        "The sender's administrator should find what hurt the reputation: a compromised account, mail to old or purchased lists, missing unsubscribe links, or a new address that started with high volume. Stop that, authenticate all mail, and increase volume gradually. Many large receivers offer postmaster tools or feedback loops that show the reputation they see.",
        "The recipient's mail system does not trust mail from your email provider at the moment. Tell your email administrator or provider about this failure.",
    ],
    // reverse_dns
    [
        "Reverse DNS missing or mismatched",
        "The sending server's IP address has no reverse DNS (PTR) name, or that name does not resolve back to the same address, and the receiver refuses mail from such hosts. The dedicated code is `5.7.25`, but many servers send `550 5.7.1`, or a temporary `450` because the lookup might only have failed for now.",
        "The sender's administrator must ask whoever controls the IP address, the hosting or internet provider, to set a PTR record naming the server, and publish an A or AAAA record for that name pointing back to the same address. Using the same name in `EHLO` helps too.",
        "The recipient's mail system refused mail from your provider's sending system because of a setup problem on your side. Tell your email administrator.",
    ],
    // policy_block
    [
        "Refused by the receiver's policy",
        "A local rule of the receiving site refused the message, one not about spam, authentication or blocklists: for example a recipient who accepts only certain senders, a blocked country or network, or a closed group or list. It usually comes as `550` or `554` with `5.7.1`, or `5.7.2` for a mailing list.",
        "Read the reply text for the rule that matched. Only the recipient or their administrator can change the rule or add the sender to an allow list, so contact them by another channel and quote the full reply. For a mailing list, send from the subscribed address.",
        "The recipient's organization does not accept messages from you under its rules. Contact the recipient another way and ask them to allow your messages.",
    ],
    // spam
    [
        "Message judged as spam",
        "The receiver's filter examined the message and classed it as spam, from its text, links, attachments or headers together with the sender's reputation. Servers usually send `550` or `554` with `5.7.1`, codes also used for other refusals, so the text has to say spam.",
        "The sender should look at what a filter may object to: links to domains of poor reputation or through shorteners, a message that is mostly images, misleading subject lines, or mass mail without consent and an unsubscribe link. The sender's administrator should make sure SPF, DKIM and DMARC pass. For a false positive, the recipient can ask their administrator to allow the sender.",
        "The recipient's mail system treated your message as spam. Change the content, for example by removing links or attachments, or contact the recipient another way.",
    ],
    // virus
    [
        "Malware or dangerous attachment",
        "The receiver's scanner found malware in the message, or an attachment of a type it treats as dangerous, such as a program or a document with macros. No code is reserved for this; servers use `550` or `554`, often with `5.7.1`, and the text names the finding.",
        "The sender should scan the computer that sent the message with up-to-date security software, since malware often sends mail on its own. A wanted file that was blocked should be shared through a download link instead of attached. If the scanner was wrong, the recipient's administrator can report it or make an exception.",
        "The message was refused because an attachment looked harmful. Check your computer for viruses, or share the file with a download link instead.",
    ],
    // content_rejected
    [
        "Message content or format refused",
        "Something in the message's form was refused: missing, duplicated or malformed header fields, broken MIME structure or encoding, overlong lines, or an attachment type the receiver does not take. Servers use `5.6.x` codes for media problems, or a generic `550` or `554`, so the text decides.",
        "Developers should make the message follow RFC 5322 and MIME: one `From` and one `Date` header field, a `Message-ID`, lines of at most 998 characters ending in CRLF, and 8-bit content encoded unless the server offers `8BITMIME`. A person who gets this should remove the attachment type named in the reply or share the file with a link.",
        "The recipient's mail system could not accept the message in its current form, often because of an attachment type. Remove or replace the attachment, or send a plain message.",
    ],
    // message_too_big
    [
        "Message too big",
        "The message is larger than the receiver accepts, either for the whole system or for this mailbox. Servers send `552` with `5.3.4` for a system limit or `5.2.3` for a mailbox limit; a server that supports the `SIZE` extension may refuse at `MAIL FROM` before any data is sent.",
        "Make the message smaller: share large files through a download link, or compress or split them, and remember that attachments grow by about a third when encoded for sending. A number after `SIZE` in the `EHLO` reply is the server's limit in bytes. Only the recipient's administrator can raise the limit.",
        "The message is too large for the recipient's mail system. Remove large attachments or share them with a download link, then send it again.",
    ],
    // rate_limited
    [
        "Sending rate limit reached",
        "The sender went over a limit on messages, connections or recipients in a period of time, so the server refused more for now. Receivers usually answer with `421`, `450` or `451`, often with a `4.7.x` code; submission servers may refuse with `550` or `554` when a daily sending quota is used up.",
        "Let the sending server retry later with growing pauses, and lower the number of parallel connections and messages per connection to this receiver. Spread large mailings over time. For a quota on your own account, wait until it resets or ask the provider for a higher limit.",
        "Too many messages were sent in a short time, so this one was held back. Wait a while and try again.",
    ],
    // greylisted
    [
        "Greylisted, retry later",
        "The receiver deliberately refused the first attempt from an unknown sender for a while, to see whether a real mail server comes back, as spam tools often do not. It answers `450` or `451`, often with `4.7.1` or `4.2.0`, and accepts a retry made after the waiting time.",
        "Nothing needs fixing if the sending server queues the message and retries, as RFC 5321 requires; the delay is usually minutes to an hour. Scripts and applications that send directly must queue and retry too, and retries should come from the same address or pool, since a new address starts the wait again.",
        "The message is delayed, not lost. It will usually be delivered automatically within a few minutes to an hour.",
    ],
    // syntax
    [
        "Command or parameter not understood",
        "A command sent by the client was malformed, unknown or used an option the server does not support, so it was not carried out. Servers say so with `500`, `501`, `502`, `504` or `555`, often with `5.5.1`, `5.5.2` or `5.5.4`; a malformed address gets `5.1.3` or `5.1.7`.",
        "Fix the sending program, not the message: check the spelling of commands, put addresses in angle brackets without spaces, and use only the extensions and parameters the server lists in its `EHLO` reply. The text after the code often names the faulty part. Sending the same command again fails the same way.",
        "Your email program sent a request the receiving mail system did not understand. Check the addresses for odd characters, and update the program if it keeps happening.",
    ],
    // bad_sequence
    [
        "Commands in the wrong order",
        "The client sent a valid command at a point in the session where it is not allowed, such as `RCPT TO` before `MAIL FROM` or `DATA` with no accepted recipient. Servers answer `503`, usually with `5.5.1`.",
        "Look at the replies just before it: a refused `MAIL FROM` or `RCPT TO` often causes the `503` that follows, and that earlier reply shows the real reason. Otherwise fix the client's order: `EHLO`, `AUTH` if needed, `MAIL FROM`, `RCPT TO`, then `DATA`, with `RSET` to start over.",
        "Your email program and the receiving mail system got out of step. Try sending again, and update the program if it keeps happening.",
    ],
    // service_unavailable
    [
        "Server temporarily unavailable",
        "The server answered, but said it cannot serve now because it is overloaded, under maintenance or shutting down. Typical replies are `421`, which closes the connection, and `450` or `451` with `4.3.2` or `4.4.5`; the problem lies with that server, not with the message.",
        "Let the sending server retry later, as it does by itself after a temporary reply. If a server refuses for hours, its administrator must check its load, its services and its storage. A client that reconnects at once makes an overload worse, so retries should wait.",
        "The recipient's mail system is busy or down for the moment. Delivery is usually retried automatically; if the message comes back to you, send it again later.",
    ],
    // system_error
    [
        "Error on the receiving server",
        "Something went wrong inside the server that replied: a configuration error, full storage, or a failed lookup in DNS or a user directory. Replies include `451` with `4.3.0`, `452` with `4.3.1`, `4.3.5` and `4.4.3`, and sometimes a permanent `554` or `5.3.x`; the message itself is usually fine.",
        "The server's operator has to find and fix the fault in its logs: free storage, correct the configuration, or repair the DNS or directory service it depends on. A sender can do no more than let the retries run and, if the error lasts, tell the site's postmaster with the full reply and its time.",
        "The recipient's mail system had a technical problem. Try again later; if it keeps failing, contact the recipient another way.",
    ],
    // network_error
    [
        "Connection failed",
        "The connection to the mail server could not be made or broke off: it was refused, timed out or was reset, so there may be no reply at all. Sending servers record it with `4.4.1` for no answer or `4.4.2` for a bad connection, and keep retrying.",
        "Check the host name and port the client uses, and whether a firewall or the network provider blocks outgoing connections to port `25`, which is common on home and cloud networks. For a remote domain, check that its MX records point at servers that are running and reachable. The sending server retries by itself meanwhile.",
        "Your message could not reach the recipient's mail system because of a connection problem. It will usually be retried automatically; if not, try again later.",
    ],
    // loop_detected
    [
        "Mail loop detected",
        "The message passed between servers so many times that one stopped it, because it was going round in a loop. Servers count the `Received` header fields and report `5.4.6`, often with `554`, or a text about a loop or too many hops; forwarding rules and routing settings that point back to each other cause it.",
        "Read the `Received` header fields of the returned message to see which servers repeat. The administrators of those systems must remove the forwarding rule, alias or routing setting that sends the mail back, or fix an MX record that points to the wrong server. Resending before that loops again.",
        "The message went round in circles between mail systems and was stopped. Tell the recipient another way, since their forwarding settings probably need fixing.",
    ],
    // expired
    [
        "Delivery attempts expired",
        "The sending server kept retrying the message after temporary failures and gave up when it reached its time limit, often several days. The bounce may carry `5.4.7` or just the last error seen; the real cause lies in the earlier failed attempts.",
        "Look in the bounce or the sending server's log for the errors of the earlier attempts, such as an unreachable host or a full mailbox, and have that cause fixed by whoever is responsible. Then send the message again, since the sending server has stopped trying.",
        "Your message could not be delivered after repeated attempts over a long time. Check the address, and send it again later or contact the recipient another way.",
    ],
    // success
    [
        "Accepted",
        "The server carried out the command; after the final `.` of the message, a `250` means it accepted the message and took over responsibility for delivering it. That is not a promise that it reaches the inbox: it can still bounce later or be filtered.",
        "Nothing needs to be fixed. If the recipient says the message never arrived, ask them to check their spam folder, watch for a later bounce, and use the queue ID or message ID from the reply to trace it in the receiving side's logs.",
        "The message was accepted for delivery.",
    ],
    // intermediate
    [
        "Waiting for the next step",
        "The server accepted the command so far and is waiting for more from the client, such as the message content after `354` or the next login step after `334`. Nothing has failed yet, and nothing is delivered yet either.",
        "The client should send what the server asked for: the message ending with a line holding only `.` after `354`, or the next `AUTH` response after `334`. If a session stops here, look for a client that never sent the rest or a connection that dropped while it did.",
        "The message is still being sent; nothing has gone wrong so far.",
    ],
    // unknown
    [
        "Reason not clear from the reply",
        "Nothing in the reply points to a specific reason: the code is generic, such as `550`, `554` or `5.0.0`, and the text does not say what happened. Only the class of the code is certain, `4xx` for a temporary failure and `5xx` for a permanent one.",
        "Read the full reply and the sending server's log around it. After a `4xx` reply, let the sending server retry; after a `5xx` reply, do not resend unchanged. If it stays unclear, write to the receiving domain's postmaster address with the full reply, the time and the addresses involved.",
        "The message could not be delivered, and the reason is not clear. Try again later, and if it keeps failing, contact the recipient another way.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "MX host failed MTA-STS validation",
        "Exchange Online did not deliver because the MX host it reached is not one that the recipient domain's MTA-STS policy lists. This is a temporary failure, so Exchange Online keeps retrying.",
        "Exchange Online sends it when the destination domain publishes an MTA-STS policy whose `mx` entries do not cover the host named in the domain's MX records.",
        "The recipient domain's administrator must make the MTA-STS policy and the MX records agree, by adding the MX host to the policy or correcting the MX record. The sender can only wait or tell the recipient.",
    ],
    // 4.4.312 (microsoft)
    [
        "DNS query failed for the destination",
        "Exchange Online tried to look up the destination host, usually the smart host of an outbound connector, and the DNS query failed. The message stays queued and is retried for up to 24 hours.",
        "Microsoft 365 reports it for connector deliveries when the domain's DNS hosting has a problem, the domain has expired, or a recent MX change is still cached.",
        "The administrator of the destination domain must fix its DNS with the DNS hosting provider or renew the domain. If the connector points to a partner service, that partner has to fix it.",
    ],
    // 4.4.315 (microsoft)
    [
        "Connection to the destination timed out",
        "Exchange Online could not reach the destination mail server in time. The message stays queued and is retried for up to 24 hours.",
        "Microsoft 365 reports it when an on-premises or partner server behind a connector is down, or the connector's smart host setting points at the wrong IP address.",
        "Check that the destination server is running and reachable on port `25`, and that the connector's smart host address is still correct, for example after a change of internet provider.",
    ],
    // 4.4.316 (microsoft)
    [
        "Connection to the destination refused",
        "Exchange Online tried to connect to a mail server outside Microsoft 365 and the connection was refused, so the message stays in the queue for retries.",
        "Exchange Online sends it when a firewall in front of the destination server blocks Microsoft 365 addresses, or when an on-premises server behind a connector has been shut down.",
        "The destination's administrator must allow connections from the Microsoft 365 IP ranges on port `25`. If the on-premises server is gone on purpose, disable the connector and make the accepted domain authoritative.",
    ],
    // 4.4.317 (microsoft)
    [
        "Cannot connect to remote server",
        "Exchange Online reached the destination server, but it answered with an immediate error or did not meet the connection requirements, such as TLS required by the connector.",
        "Microsoft 365 reports it for connector deliveries when the remote server says it is not available, or the connector requires TLS that the remote server does not offer.",
        "The destination's administrator should check the server's TLS settings and certificate, and the TLS settings of the connector in Microsoft 365. A partner service behind the connector has to fix its own side.",
    ],
    // 4.4.318 (microsoft)
    [
        "Connection was closed abruptly",
        "The connection between Exchange Online and the destination server dropped during the session, so the message is retried later.",
        "Microsoft 365 reports it when a firewall's SMTP inspection interferes, the destination server hangs or runs out of resources, or the network between the two fails.",
        "The destination's administrator should turn off faulty SMTP inspection on the firewall, check the mail server's health and resources, and have the network path checked.",
    ],
    // 4.7.32 (google)
    [
        "From domain not aligned with SPF or DKIM",
        "Gmail is slowing down mail from you because the domain in the `From` header matches neither the domain that passed SPF nor the domain that signed with DKIM. This is the DMARC alignment requirement Gmail sets for bulk senders.",
        "Gmail sends it as a temporary `421` reply to senders whose messages authenticate, but for a different domain than the one the recipient sees as the author.",
        "The sender's administrator should sign mail with a DKIM `d=` domain that shares its organizational domain with the `From` address, or send with a `MAIL FROM` domain that does, and publish a DMARC record. Sending services usually offer a custom sending or signing domain for this.",
    ],
    // 4.7.320 (microsoft)
    [
        "Certificate validation failed",
        "Exchange Online could not validate the TLS certificate of the destination server, for example because it expired or names another host, so it keeps the message queued.",
        "Microsoft 365 reports it for deliveries through a connector that requires a valid certificate.",
        "The destination's administrator must install a valid certificate, or the connector's certificate settings must be corrected so the queued messages can go out.",
    ],
    // 4.7.321 (microsoft)
    [
        "Destination must support TLS (DANE)",
        "The destination domain is protected by DNSSEC and DANE, but its mail server did not answer `STARTTLS` or the TLS handshake failed, so Exchange Online would not send in clear text.",
        "Exchange Online sends it as a temporary error with `starttls-not-supported` when delivering to a domain with valid DNSSEC records.",
        "The recipient domain's administrator must make the mail server offer `STARTTLS` and complete the handshake.",
    ],
    // 4.7.322 (microsoft)
    [
        "Destination certificate expired (DANE)",
        "The DANE-protected destination server presented an expired certificate, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `certificate-expired` after DNSSEC checks passed.",
        "The recipient domain's administrator must renew the server certificate and update the TLSA records if they pin it.",
    ],
    // 4.7.323 (microsoft)
    [
        "Domain failed DANE validation",
        "The destination's certificate does not match its authentic TLSA record, or the TLSA record is wrong, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `tlsa-invalid` for a DNSSEC-signed destination domain.",
        "The recipient domain's administrator must publish TLSA records that match the certificate the mail server presents, especially after a certificate change.",
    ],
    // 4.7.324 (microsoft)
    [
        "Destination returned invalid DNSSEC records",
        "The destination domain claims to be DNSSEC-signed, but Exchange Online could not validate its records, so it did not deliver.",
        "Exchange Online sends it as a temporary error with `dnssec-invalid`.",
        "The recipient domain's administrator must fix the DNSSEC signing of the zone, for example expired signatures or a wrong DS record at the parent.",
    ],
    // 4.7.325 (microsoft)
    [
        "Certificate does not match the host name (DANE)",
        "The certificate of the DANE-protected destination server names neither the domain nor the MX host, so Exchange Online did not deliver.",
        "Exchange Online sends it as a temporary error with `certificate-host-mismatch`.",
        "The recipient domain's administrator must install a certificate whose common name or subject alternative names include the MX host name.",
    ],
    // 4.7.500 (microsoft)
    [
        "Access denied, please try again later (IP throttling)",
        "Microsoft 365 temporarily limits mail from the connecting IP address because it suddenly sends much more than before or is new to Microsoft; the texts carry `ASxxx` tokens.",
        "Exchange Online Protection sends it as `451` to servers whose sending pattern changed a lot, as part of its anti-spam throttling.",
        "A legitimate sender's restriction lifts after a few days of steady sending. A Microsoft 365 customer relaying through Microsoft or routing inbound mail through another service should set up the matching connector, which removes the throttling.",
    ],
    // 4.7.850 (microsoft)
    [
        "Access denied, please try again later (suspicious IP)",
        "Microsoft 365 saw suspicious activity from the sending IP address and restricts it for a while during further checks.",
        "Exchange Online sends it as a temporary refusal while it evaluates an IP address.",
        "If the traffic is legitimate, let the sending server retry; Microsoft says the restriction is lifted shortly. If the server really sent spam, stop the source first.",
    ],
    // 4.16.50 (yahoo)
    [
        "Deferred because of complaints from Yahoo users",
        "Yahoo's own diagnostic code for a temporary deferral: mail from the sending server has drawn many complaints from Yahoo Mail users.",
        "Yahoo sends it with `421` and the text \"temporarily deferred\", usually after recipients marked earlier mail from the same IP address as spam.",
        "Let the queue retry later. The sender's administrator should review what the server sends to Yahoo users and to whom, and stop mail that recipients did not ask for. Someone who does not run the server should pass the full error to its administrator.",
    ],
    // 4.16.55 (yahoo)
    [
        "Deferred for unexpected volume or user complaints",
        "Yahoo's own diagnostic code that comes with its `[TS01]` and `[TSS04]` deferrals: Yahoo has slowed mail from this IP address because of its volume or of complaints from Yahoo users.",
        "Yahoo sends it in `421` replies, often as `4.16.55.1`, when an IP address sends unusual traffic or mail that recipients report as spam.",
        "The sending server may retry later. The sender's administrator should find the source of the mail that caused complaints (a compromised account, an unwanted mailing), stop it, and raise volume to Yahoo only gradually.",
    ],
    // 5.0.350 (microsoft)
    [
        "Generic refusal by the recipient's organization",
        "Exchange Online uses this catch-all code for many refusals from the recipient's side; the text names the cause, such as `x-dg-ref header is too long` or `policy violation detected (AS345)`.",
        "The `x-dg-ref` text comes with Rich Text formatted messages, and the `AS345` text with nested attachments.",
        "Read the text after the code. For `x-dg-ref`, send the message as HTML or plain text; for `AS345`, do not attach messages that themselves carry attachments.",
    ],
    // 5.1.20 (microsoft)
    [
        "Multiple From addresses without a Sender address",
        "The message has more than one address in its `From` header field and no `Sender` field, which RFC 5322 requires in that case, so Exchange Online refused it.",
        "Exchange Online sends it for messages built with several `From` addresses, usually by scripts or unusual mail programs.",
        "Send with a single `From` address, or add a `Sender` header field with exactly one address.",
    ],
    // 5.1.90 (microsoft)
    [
        "Daily recipient limit reached",
        "The Microsoft 365 sender has sent to more recipients in a day than the Exchange Online sending limits allow.",
        "Exchange Online sends it to its own users who exceed the daily recipient rate limit; it can also mean the account is compromised and sending spam.",
        "Wait until the limit resets and spread large mailings over time or use a bulk mail service. The administrator should check the account for signs of compromise.",
    ],
    // 5.1.351 (microsoft)
    [
        "Remote server returned unknown recipient or mailbox unavailable",
        "Exchange Online wraps a refusal from the next server: that server said the recipient is unknown or its mailbox is unavailable. The remote server's own reply follows after `->`.",
        "Exchange Online puts it in bounces when the receiving server rejected the recipient, with text such as `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Check the recipient address for typos and ask the recipient for the right one. The remote reply after `->` tells what the receiving server said.",
    ],
    // 5.2.121 (microsoft)
    [
        "Recipient's hourly limit from this sender exceeded",
        "The sender has sent more messages to one Exchange Online recipient within an hour than that recipient accepts from a single sender.",
        "Exchange Online sends it to automated senders and notification systems that flood one mailbox.",
        "Try again later and send fewer messages per hour to that recipient, for example by batching notifications.",
    ],
    // 5.2.122 (microsoft)
    [
        "Recipient's hourly receive limit exceeded",
        "The Exchange Online recipient has received more messages within an hour, from all senders together, than allowed.",
        "Exchange Online sends it when a mailbox is flooded by mail storms or many automated senders.",
        "Try again later. If automated mail causes it, reduce how often it is sent; the recipient may need to find out who floods the mailbox.",
    ],
    // 5.3.190 (microsoft)
    [
        "Journaling to Microsoft 365 not supported",
        "An on-premises journaling rule sends journal reports to Microsoft 365, but the organization has not turned on Journaling Archive, so Exchange Online refuses them.",
        "Exchange Online sends it to organizations that journal on-premises mail into Microsoft 365.",
        "The organization's Microsoft 365 administrator must turn on Journaling Archive or point the journaling rule to another destination.",
    ],
    // 5.4.8 (microsoft)
    [
        "MX host failed MTA-STS validation (permanent)",
        "Exchange Online gave up delivering because the MX host of the recipient domain is not allowed by that domain's MTA-STS policy.",
        "Exchange Online sends it as the final failure when a domain's MTA-STS policy does not include the MX host found in DNS.",
        "The recipient domain's administrator must add the MX host to the MTA-STS policy or fix the MX record, then the sender can send the message again.",
    ],
    // 5.4.14 (microsoft)
    [
        "Hop count exceeded, possible mail loop",
        "Exchange Online stopped the message because it was routed around too many times; this is Exchange Online's own code for a mail loop, where on-premises Exchange uses `5.4.6`.",
        "Exchange Online sends it when an accepted domain is set up wrongly or, in hybrid setups, when connectors send mail back and forth; the text often ends with `ATTR34`.",
        "The recipient organization's administrator should check that the domain is an authoritative accepted domain and that the hybrid connectors route to the right smart host; rerunning the Hybrid Configuration Wizard often fixes it.",
    ],
    // 5.4.300 (microsoft)
    [
        "Message expired",
        "Exchange Online could not deliver the message in the time allowed, because the destination never answered or a bounce about it could not be delivered either.",
        "Exchange Online sends it as the final failure after its retries for a message have run out.",
        "Look at the earlier errors for this destination to find why delivery kept failing, have that fixed, and send the message again.",
    ],
    // 5.4.312 (microsoft)
    [
        "Message expired after DNS query failures",
        "Exchange Online stopped retrying because every attempt failed to look up the destination in DNS until the message's time in the queue ran out.",
        "Exchange Online puts it in the bounce after earlier `4.4.312` deferrals, with the text `Message expired, DNS query failed`.",
        "The recipient domain's administrator must fix the domain's DNS or renew the domain. After that, the sender has to send the message again.",
    ],
    // 5.4.316 (microsoft)
    [
        "Message expired after connections were refused",
        "Exchange Online stopped retrying because the destination server kept refusing connections until the message's time in the queue ran out.",
        "Exchange Online puts it in the bounce after earlier `4.4.316` deferrals, with the text `Message expired, connection refused`.",
        "The destination's administrator must make the server accept connections from Microsoft 365 on port `25`. The sender then has to send the message again.",
    ],
    // 5.4.318 (microsoft)
    [
        "Message expired after connections were reset",
        "Exchange Online stopped retrying because its connections to the destination kept being reset, which it marks as `SuspiciousRemoteServerError`.",
        "Exchange Online puts it in the bounce after repeated `4.4.318` deferrals for the same destination.",
        "The destination's administrator must find what breaks the sessions, often a firewall inspecting SMTP. The sender then has to send the message again.",
    ],
    // 5.6.11 (microsoft)
    [
        "Invalid characters (bare line feeds)",
        "The message contains bare line feed characters, line ends without a carriage return, which Exchange Online does not accept.",
        "Exchange Online sends it when a mail program or script writes lines ending in `LF` instead of `CRLF`.",
        "Fix the sending program so that every line ends with `CRLF`, or send through a server that converts line ends.",
    ],
    // 5.7.57 (microsoft)
    [
        "Client not authenticated to send anonymous mail",
        "An application or device sent mail to `smtp.office365.com` without logging in, and Exchange Online refused `MAIL FROM`.",
        "Exchange Online sends it to printers, scanners and applications set up to relay through Microsoft 365 whose login or TLS setup is wrong.",
        "Configure the device with the credentials of a user that has an Exchange Online mailbox, and make sure it uses `STARTTLS`, since login needs TLS.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution, relay access denied",
        "Exchange Online could not match mail from the organization's own servers to an inbound connector, so it refused to relay it.",
        "Exchange Online sends it after something changed on-premises, such as the sending server's IP address or the name in its certificate, so it no longer matches the inbound connector.",
        "The administrator must update the inbound connector to the current IP addresses or certificate name of the on-premises server.",
    ],
    // 5.7.124 (microsoft)
    [
        "Sender not in allowed-senders list",
        "The recipient is a distribution group that accepts mail only from listed senders, and the sender is not on the list.",
        "Exchange Online sends it for groups with delivery restrictions; even the group's owner may need to be listed.",
        "Ask the group owner or the recipient's administrator to add the sender to the group's allowed senders or to remove the restriction.",
    ],
    // 5.7.133 (microsoft)
    [
        "Sender not authenticated for group",
        "The recipient is a group that refuses mail from outside its organization, and the sender is external.",
        "Exchange Online sends it when external senders write to a distribution group that requires authenticated senders.",
        "The group owner or the recipient's administrator must allow external senders for the group.",
    ],
    // 5.7.134 (microsoft)
    [
        "Sender not authenticated for mailbox",
        "The recipient mailbox is set to refuse mail from outside its organization, and the sender is external.",
        "Exchange Online sends it for mailboxes with the setting that requires authenticated senders.",
        "Only the recipient organization's administrator can change the mailbox's delivery restrictions.",
    ],
    // 5.7.135 (microsoft)
    [
        "Sender not authenticated for public folder",
        "The recipient is a mail-enabled public folder that refuses mail from outside its organization.",
        "Exchange Online sends it when external senders write to a public folder that requires authenticated senders.",
        "The recipient organization's administrator must let the public folder accept mail from all senders.",
    ],
    // 5.7.136 (microsoft)
    [
        "Sender not authenticated for mail user",
        "The recipient is a mail user that is set to refuse mail from outside its organization.",
        "Exchange Online sends it when an external sender writes to a mail user with the setting that requires authenticated senders.",
        "Only the recipient organization's administrator can change this setting.",
    ],
    // 5.7.193 (microsoft)
    [
        "Microsoft 365 group does not accept external senders",
        "The recipient is a Microsoft 365 group that accepts mail only from its members or from inside its organization.",
        "Exchange Online sends it with `UnifiedGroupAgent` when an external sender writes to such a group.",
        "The group owner or the recipient's administrator must allow people outside the organization to email the group.",
    ],
    // 5.7.321 (microsoft)
    [
        "Destination must support TLS (DANE, permanent)",
        "Exchange Online gave up because the DANE-protected destination server did not offer `STARTTLS` or the handshake failed.",
        "Exchange Online sends it as a permanent error with `starttls-not-supported`.",
        "The recipient domain's administrator must enable TLS on the mail server; after that the sender can send again.",
    ],
    // 5.7.322 (microsoft)
    [
        "Destination certificate expired (DANE, permanent)",
        "Exchange Online gave up because the DANE-protected destination server kept presenting an expired certificate.",
        "Exchange Online sends it as a permanent error with `certificate-expired`.",
        "The recipient domain's administrator must renew the certificate; after that the sender can send again.",
    ],
    // 5.7.323 (microsoft)
    [
        "Domain failed DANE validation (permanent)",
        "Exchange Online gave up because the destination's certificate kept failing validation against its TLSA records.",
        "Exchange Online sends it as a permanent error with `tlsa-invalid`.",
        "The recipient domain's administrator must correct the TLSA records or the certificate; then the sender can send again.",
    ],
    // 5.7.324 (microsoft)
    [
        "Destination returned invalid DNSSEC records (permanent)",
        "Exchange Online gave up because the destination domain's DNSSEC records kept failing validation.",
        "Exchange Online sends it as a permanent error with `dnssec-invalid`.",
        "The recipient domain's administrator must repair the zone's DNSSEC signing; then the sender can send again.",
    ],
    // 5.7.325 (microsoft)
    [
        "Certificate does not match the host name (DANE, permanent)",
        "Exchange Online gave up because the destination server's certificate did not match the MX host name.",
        "Exchange Online sends it as a permanent error with `certificate-host-mismatch`.",
        "The recipient domain's administrator must replace the certificate with one that names the MX host; then the sender can send again.",
    ],
    // 5.7.367 (microsoft)
    [
        "Remote server returned not permitted to relay",
        "Microsoft 365 forwarded or relayed a message from its relay pool, and the next gateway refused it as a relay attempt. Microsoft uses that pool when the message failed SPF or DKIM on arrival.",
        "Exchange Online sends it for forwarded or relayed mail, most often when a third-party gateway sits in front of or behind Microsoft 365.",
        "The Microsoft 365 administrator should make authentication pass on arrival, for example with Enhanced Filtering for Connectors, and add domains it controls as accepted domains. Fewer forwarding hops help.",
    ],
    // 5.7.501 (microsoft)
    [
        "Access denied, spam abuse detected",
        "Microsoft 365 has banned the sending account because it sent spam.",
        "Exchange Online sends it to its own users whose account was used for spam, usually after a compromise.",
        "The administrator must secure the account and reset its credentials, then ask Microsoft support to restore its ability to send.",
    ],
    // 5.7.502 (microsoft)
    [
        "Access denied, banned sender",
        "Microsoft 365 has banned the sending account after it detected spam from it.",
        "Exchange Online sends it to accounts blocked for spam.",
        "The administrator must resolve the account's issues, reset its credentials and contact Microsoft support to lift the ban.",
    ],
    // 5.7.503 (microsoft)
    [
        "Access denied, banned sender",
        "Microsoft 365 has banned the sending account after it detected spam from it.",
        "Exchange Online sends it to accounts blocked for spam.",
        "The administrator must resolve the account's issues, reset its credentials and contact Microsoft support to lift the ban.",
    ],
    // 5.7.504 (microsoft)
    [
        "Recipient address rejected, access denied",
        "The recipient address is not valid in the receiving Microsoft 365 organization.",
        "Exchange Online Protection sends it with the text `Recipient address rejected: Access denied`.",
        "Check the recipient address and send again; ask the recipient for the right address if it keeps failing.",
    ],
    // 5.7.505 (microsoft)
    [
        "Access denied, banned recipient",
        "Microsoft 365 treats the recipient address as not valid and refuses mail to it.",
        "Exchange Online Protection sends it for recipients it has banned.",
        "Check the address and reach the recipient another way; if this seems wrong, the recipient's administrator can ask Microsoft support.",
    ],
    // 5.7.506 (microsoft)
    [
        "Access denied, bad HELO",
        "The sending server introduced itself in `HELO` or `EHLO` with the name of the server it connects to instead of its own name, which Microsoft treats as spambot behaviour.",
        "Exchange Online Protection sends it at the start of a session with a misconfigured or malicious client.",
        "Configure the sending server to use its own fully qualified host name in `EHLO`.",
    ],
    // 5.7.507 (microsoft)
    [
        "Access denied, rejected by recipient",
        "The recipient's organization has blocked the IP address the message came from.",
        "Exchange Online Protection sends it when the receiving tenant has blocked the sending server.",
        "Contact the recipient by another channel and ask their administrator to remove the block.",
    ],
    // 5.7.508 (microsoft)
    [
        "Access denied, permitted limits exceeded for the IPv6 range",
        "The sender's IPv6 range sent too many messages in too short a time.",
        "Exchange Online Protection sends it to senders over IPv6 that exceed its per-range rate.",
        "Slow down sending from that range and let the queue retry later.",
    ],
    // 5.7.509 (microsoft)
    [
        "Access denied, sending domain does not pass DMARC",
        "The domain in the `From` header failed DMARC and publishes a policy of reject, so Microsoft refused the message.",
        "Exchange Online and Outlook.com send it when neither SPF nor DKIM passes in alignment with the `From` domain and its policy is `p=reject`; forwarding can cause it.",
        "The sender's administrator must fix the domain's SPF, DKIM signing and alignment; the DMARC reports and the headers returned in the bounce show which check failed.",
    ],
    // 5.7.510 (microsoft)
    [
        "Recipient does not accept email over IPv6",
        "The message came over IPv6, but the recipient's domain accepts mail only over IPv4.",
        "Exchange Online Protection sends it to IPv6 senders for domains that have not enabled IPv6 inbound mail.",
        "Send to that domain over IPv4, for example by preferring IPv4 for its MX hosts in the sending server.",
    ],
    // 5.7.511 (microsoft)
    [
        "Access denied, banned sender IP",
        "Microsoft 365 has banned the IP address the message came from.",
        "Exchange Online Protection sends it to servers on its block list.",
        "Remove the cause of the ban, then ask for delisting by email to Microsoft with the full error and the IP address, or use the delist portal.",
    ],
    // 5.7.512 (microsoft)
    [
        "Message must be RFC 5322 section 3.6.2 compliant",
        "The message has no valid address in its `From` header field, so Microsoft 365 refused it.",
        "Exchange Online sends it for messages whose `From` field is missing, empty or malformed, for example without angle brackets around the address.",
        "Fix the sending program so that every message has a `From` field with a well-formed address.",
    ],
    // 5.7.513 (microsoft)
    [
        "Client host blocked by the recipient's custom block list",
        "The receiving organization has put the sending IP address on its own block list in Microsoft 365; the text ends with `AS16012607`.",
        "Exchange Online Protection sends it when the connecting IP is on the recipient tenant's custom block list.",
        "Only the receiving organization can remove the entry. Contact them directly and ask them to unblock the IP address.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Sending domain does not meet the required authentication level",
        "Outlook.com refused the message because the domain in its `From` header does not meet the authentication Microsoft requires from high-volume senders to its consumer mail services.",
        "Outlook.com, Hotmail, Live.com and MSN send it to domains that send 5,000 or more messages to them and lack passing SPF and DKIM or a DMARC record with an aligned pass.",
        "The sender's administrator must publish SPF and DKIM so that both pass, publish a DMARC record (at least `p=none`), and make SPF or DKIM align with the `From` domain. Then send again.",
    ],
    // 5.7.606 (microsoft)
    [
        "Access denied, banned sending IP",
        "Microsoft 365 has banned the IP address the message came from because of its reputation.",
        "Exchange Online Protection sends it to servers whose IP is on its block list, for example after compromise or malicious traffic.",
        "Stop the cause and follow good sending practice, then request removal of the IP address through Microsoft's self-service delist portal.",
    ],
    // 5.7.703 (microsoft)
    [
        "Recipient blocked by the Tenant Allow/Block List",
        "Someone in the organization sent to an address or domain that the organization itself blocks in its Tenant Allow/Block List, and the whole message was stopped.",
        "Exchange Online sends it to internal senders; one blocked recipient stops the message for all recipients.",
        "Remove the blocked recipient and send again, or ask the administrator to change the block entry.",
    ],
    // 5.7.705 (microsoft)
    [
        "Access denied, tenant has exceeded threshold",
        "Microsoft 365 has blocked outgoing mail for the whole organization because too much of its traffic was spam or bulk mail.",
        "Exchange Online sends it after compromised servers or admin accounts sent spam, and rarely after a subscription was renewed late.",
        "The administrator must find and stop the source with the mail flow reports and message trace, then explain the cause to Microsoft support to lift the block.",
    ],
    // 5.7.708 (microsoft)
    [
        "Access denied, traffic not accepted from this IP",
        "Microsoft 365 does not send mail from the low-reputation IP addresses typically given to new tenants.",
        "Exchange Online sends it to new or trial tenants, or to tenants whose traffic looked suspicious.",
        "The administrator should resolve any compromise or open relay and then contact Microsoft support; trial tenants can ask for an exception until they buy licenses.",
    ],
    // 5.7.750 (microsoft)
    [
        "Client blocked from sending from unregistered domains",
        "The organization sent many messages from domains that are not added and verified in Microsoft 365, and Microsoft blocked them.",
        "Exchange Online sends it when mail from unprovisioned domains, often through connectors, exceeds what Microsoft tolerates.",
        "Add and verify every sending domain as an accepted domain, or use a certificate-based connector; also check for unknown connectors created by attackers.",
    ],
    // 5.7.800 (microsoft)
    [
        "Access denied, banned sender domain",
        "Microsoft 365 has banned the domain used in `EHLO`, `MAIL FROM` or `From` because of spam sent with it.",
        "Exchange Online sends it for messages whose sender domain is on its ban list.",
        "Stop the spam from that domain, then contact Microsoft support to restore the domain's ability to send.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Refused by a mail flow rule",
        "A mail flow rule (transport rule) on the Exchange server refused the message. Exchange uses a code from this range only when the rule's reject action was given one; otherwise the same refusal comes as `5.7.1`.",
        "Exchange sends it as a bounce when a message matches an administrator's rule that rejects it, for example a rule against certain senders, words or attachments.",
        "The sender cannot change the outcome by sending again. Ask the recipient's Exchange administrator which rule refused the message; the text after the code is the one the rule was set up with.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES drops a message refused this way instead of queueing it, so the sending application has to retry it itself, waiting longer before each new attempt.",
    // amazon_ses.daily_quota
    "The account has used up the number of messages Amazon SES lets it send in 24 hours; sending works again when the 24-hour window moves on, or after the quota is raised in the SES console.",
    // amazon_ses.identity_not_verified
    "Amazon SES checks the From, Source, Sender and Return-Path addresses against identities verified in the same AWS Region; while the account is in the sandbox, every recipient must be verified too.",
    // amazon_ses.credentials_invalid
    "Amazon SES expects its own SMTP credentials, which are not the same as the AWS access keys of the account; create SMTP credentials in the SES console and use those.",
    // amazon_ses.account_not_subscribed
    "The AWS account that owns these SMTP credentials has not signed up for Amazon SES.",
    // amazon_ses.iam_not_authorized
    "The login worked, but the IAM policy or the sending authorization policy of the user behind the SMTP credentials does not allow sending through the SES SMTP endpoint.",
    // amazon_ses.sending_paused
    "Amazon SES has paused sending for the whole AWS account, usually after a review of its bounce or complaint rates, and has written to the email address of the AWS account about it.",
    // amazon_ses.message_too_long
    "The SES SMTP interface refuses a message larger than the maximum message size that Amazon SES documents for the account; shrink or remove attachments.",
    // amazon_ses.timeout_waiting_for_data
    "Too much time passed between the client's commands, so the SES SMTP server closed the connection.",
    // amazon_ses.temporary_auth_failure
    "Amazon SES itself had a problem checking the SMTP credentials; retry after a short wait before changing anything.",
    // amazon_ses.global_suppression
    "Amazon SES did not try the address because it is on the SES suppression list after recent hard bounces; remove it from your lists rather than sending again.",
    // apple.spamhaus_dbl
    "Here a domain inside the message, such as one in a link, is on the Spamhaus domain blocklist, not the sending IP address.",
    // apple.proofpoint_blocklist
    "Apple refused the sending IP because of Proofpoint's blocklist; the link in the reply looks the address up there.",
    // barracuda.blocked_using_barracuda_reputation
    "The IP address a Barracuda appliance names can come from a `Received` header field rather than from the connecting server, so check which address it means before asking for removal.",
    // barracuda.reputation_lookup_link
    "The link leads to Barracuda Central's lookup for the sending IP address, where a removal can be requested once the cause of the spam is fixed.",
    // barracuda.ess_permanent_failure_blocked
    "The recipient's Barracuda service refused the message by one of its policies, such as a sender block, a content filter or a reputation check. Only the recipient's administrator can see the reason in the Barracuda message log.",
    // cisco.poor_reputation
    "The sending IP address has a poor SenderBase (Talos) reputation score, so the appliance's host access table puts it in its blocked sender group. The recipient's administrator can add the sender to an allowed sender group.",
    // comcast.es000001
    "Comcast does not take mail sent directly from its own residential addresses; its customers must send through `smtp.comcast.net`, and the block cannot be lifted.",
    // comcast.es000010
    "Comcast treats the sending address as dynamic or residential, usually because its reverse DNS name does not follow the naming of a static address.",
    // comcast.bl000001
    "The sending address is on the Spamhaus ZEN list; removal goes through Spamhaus.",
    // comcast.bl000010
    "The sending address is listed by Cloudmark CSI; removal goes through Cloudmark.",
    // comcast.bl000011
    "The sending address is listed both on Spamhaus ZEN and by Cloudmark CSI.",
    // comcast.bl000100
    "The sending address is on the SenderScore blocklist.",
    // comcast.bl000101
    "The sending address is on both the Spamhaus ZEN and the SenderScore blocklists.",
    // comcast.bl000110
    "The sending address is on the SenderScore blocklist and listed by Cloudmark CSI.",
    // comcast.bl006
    "In this older code Comcast names the Spamhaus SBL or XBL; removal goes through Spamhaus.",
    // comcast.bl007
    "In this older code Comcast names Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast limits the number of simultaneous connections from one sending address (25 according to its postmaster page).",
    // comcast.reverse_dns_failure
    "Comcast requires valid reverse DNS for every sending address; this reply is temporary because the lookup may only have failed for now, so it can be retried.",
    // courier.sender_domain_does_not_exist
    "Courier checked the domain of the `MAIL FROM` address (with `BOFHCHECKDNS` set) and found that it does not exist in DNS; it is the sender's domain that failed, not the recipient's.",
    // courier.sender_mx_violates_rfc1035
    "The MX records of the sender's domain point at IP addresses instead of host names, which DNS does not allow. The sender's administrator must point them at host names.",
    // courier.unicode_to_non_unicode
    "The message or its addresses need `SMTPUTF8`, and the receiving server does not offer it. Send from or to a plain ASCII address, or ask the recipient's administrator to enable `SMTPUTF8`.",
    // exchange_server.bad_outbound_sender
    "On Exchange Server this usually means the sender went over a message rate limit, for example an application relaying many messages through Exchange. The administrator can raise the limit on the Receive connector or set up a relay connector for the application.",
    // exchange_server.single_label_domain
    "The recipient address has a domain without a dot (such as `contoso` instead of `contoso.com`), which Exchange Receive connectors refuse by default.",
    // exchange_server.too_many_related_errors
    "Exchange judged the message malformed and moved it to the poison message queue, where an administrator can inspect it.",
    // exchange_server.abp_routing
    "The Address Book Policy routing agent is in use and the recipient is not in the address list of the sender's address book policy, so the two may not mail each other.",
    // exchange_server.unrecognized_command_internal
    "Between Exchange servers this points to a Receive connector for internal mail that lacks the Exchange Server authentication method; the administrator must fix the connector's authentication settings.",
    // exchange_server.system_incorrectly_configured
    "Exchange reports a mail loop this way, typically when the FQDN set on a Receive connector is the same as that of another server or device in the mail flow.",
    // exchange_server.exchange_authentication
    "A firewall or other device between Exchange servers blocks the `X-EXPS` command that Exchange Server authentication needs, or internal mail passes a connector not set up for it.",
    // exim.retry_time_not_reached
    "Exim did not try the hosts this time because earlier attempts to them failed and their retry time has not come yet; it keeps the message and tries again later. The first failure is in Exim's log.",
    // exim.lines_too_long_for_transport
    "The message has a line longer than the SMTP transport's `message_linelength_limit` (998 characters by default), so Exim will not send it as it is. The sending program must wrap long lines or use a transfer encoding such as quoted-printable or base64.",
    // exim.host_lookup_did_not_complete
    "The DNS lookup for the recipient's domain timed out or failed for now; Exim defers the message and retries.",
    // exim.mx_no_smtp_service
    "The domain publishes an MX record pointing to `.` (a null MX), which says it accepts no mail at all.",
    // fastmail.relay_access_denied
    "From Fastmail this usually means the mail client is not logging in to Fastmail's outgoing server; turn on SMTP authentication in its settings.",
    // fastmail.content_rejected
    "Fastmail uses this for a message that probably carries a virus or that was reported as spam before; an attachment wrongly flagged as a virus may pass when sent as a zip file.",
    // fastmail.access_denied
    "Fastmail has blocked the sender or the recipient, for example after spam reports or by its abuse systems; a wrongly set up mail client can also cause it, and the rest of the bounce text says more.",
    // fastmail.address_locked
    "The Fastmail account behind the address is locked or deactivated, so it receives no mail until its owner sorts this out with Fastmail support.",
    // free.spam_detected
    "If you did not send the refused message, someone may have forged your address and Free refused their spam.",
    // free.ip_blocked
    "Free blocks an address for up to 24 hours depending on the spam or errors it sent, then lifts the block by itself; after a fix it may list the address again for 24 to 48 hours.",
    // gmx.ip_block_listed
    "The last line of the reply links to a GMX postmaster page for this case, which explains the listing and offers a way to contact GMX.",
    // gmx.too_many_messages
    "Try again in a few hours and send more slowly; if that does not help, contact the WEB.DE postmaster team.",
    // gmx.spf_policy
    "Forwarding servers that keep the original `MAIL FROM` fail this check; WEB.DE advises them to use SRS (Sender Rewriting Scheme).",
    // gmx.mailbox_unavailable
    "GMX and WEB.DE also use this text for a mailbox that was disabled after a long time without use.",
    // gmx.policy_ip_based
    "When a high share of the mail from an IP address is classed as spam, WEB.DE refuses all mail from that address for a while.",
    // gmx.policy_domain_based
    "The sender's domain is known to WEB.DE as a source of spam.",
    // gmx.policy_header_based
    "The message's header information does not meet the standards or WEB.DE's email policy, or does not look plausible.",
    // gmx.syntax_error_configuration
    "GMX and WEB.DE use this text when the sending server's configuration breaks their rules; its administrator must correct the setup and then ask GMX or WEB.DE to lift the block.",
    // gmx.ionos_policy_violations
    "IONOS blocks sending IP addresses with a poor delivery rate, mostly from mail to many addresses that do not exist, and delays servers whose `HELO` name keeps changing. Clean the address list and use one fixed `HELO` name.",
    // godaddy.ib401_auth_on_inbound
    "GoDaddy's inbound servers do not accept logins; the mail client is set to the wrong outgoing server and should use `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy refused the message because its From field is empty.",
    // godaddy.ib502_ip_as_from
    "GoDaddy refuses messages whose From address uses an IP address instead of a domain.",
    // godaddy.ib506_from_domain_invalid
    "The From domain has no usable MX or address records, or its DNS lookup failed; fix the domain's DNS zone before sending again.",
    // godaddy.ib508_invalid_spf
    "The sender domain's SPF record does not authorize the server that sent the message; add that server to the SPF record.",
    // godaddy.ib212_spam_content
    "A link, attachment or pattern in the message matched GoDaddy's spam filters.",
    // godaddy.ib007_too_many_sessions
    "The sending IP address has too many SMTP sessions open at GoDaddy at once.",
    // godaddy.ib101_server_busy
    "GoDaddy's mail queue is handling more mail than usual; try again later.",
    // godaddy.ib110_spam_block_hour
    "The sending IP address sent too many messages GoDaddy judged as spam and is blocked for an hour.",
    // godaddy.ib111_spam_block_day
    "The sending IP address sent too many messages GoDaddy judged as spam and is blocked for the rest of the day.",
    // godaddy.ib112_invalid_recipients_hour
    "The sending IP address tried too many addresses that do not exist and is blocked for an hour.",
    // godaddy.ib113_invalid_recipients_day
    "The sending IP address tried too many addresses that do not exist and is blocked for the rest of the day.",
    // godaddy.ib510_messages_per_session
    "The session reached GoDaddy's maximum number of messages; open a new connection for the rest.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy refused the connection because the sending IP address has a poor reputation with Cloudmark Sender Intelligence (CSI).",
    // godaddy.ib104_spamhaus_sbl
    "The sending IP address is on the Spamhaus Block List (SBL); removal is requested from Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "The sending IP address is on the Spamhaus Exploits Block List (XBL); removal is requested from Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "The sending IP address is on the Spamhaus Policy Block List (PBL); removal is requested from Spamhaus.",
    // godaddy.rbl_reject
    "GoDaddy's own blocklist lists the sending IP address; use the link in the bounce to ask GoDaddy to remove it.",
    // godaddy.account_disabled
    "GoDaddy says such accounts usually stay disabled for good.",
    // google.dmarc_policy_rejection
    "Gmail names the `From` domain whose DMARC policy refused the message; its administrator is the one to contact.",
    // google.spf_hard_fail
    "The envelope sender's domain publishes an SPF record ending in `-all` and the sending IP is not in it, so Gmail refuses the message outright.",
    // google.spf_or_dkim_required
    "Gmail requires every sender, not only bulk senders, to pass at least one of SPF or DKIM; the reply lists the result of each check.",
    // google.spf_suspicious_entries
    "Gmail objects to the SPF record itself, so the domain's administrator has to review and clean up the record.",
    // google.spf_did_not_pass
    "Gmail uses `7.27` to say that SPF did not pass for the message, not in the registered sense of a sender domain with a null MX.",
    // google.dkim_did_not_pass
    "Gmail uses `7.30` to say that DKIM did not pass for the message, not in the registered sense of `REQUIRETLS` support being required.",
    // google.unauthenticated
    "Gmail sends `7.26` when neither SPF nor DKIM passed; when the text names a DMARC policy instead, the DMARC rule applies.",
    // google.not_sent_over_tls
    "Gmail uses `7.29` to say the message did not arrive over an encrypted connection, not in the registered sense of an ARC validation failure. The sending server has to use `STARTTLS`.",
    // google.tls_required_for_rcpt_domain
    "The recipient's Google Workspace administrator requires encrypted delivery for the domain, so the sending server must use `STARTTLS`.",
    // google.ipv6_guidelines
    "Over IPv6 Gmail requires both a matching PTR record for the sending address and a passing SPF or DKIM check.",
    // google.ptr_rate_limited
    "Gmail uses `4.7.23` for a sending IP without a PTR record, or one whose name does not resolve back to it, not in the registered sense of an SPF failure.",
    // google.same_message_id_quota
    "Gmail limits how many copies with one `Message-ID` it takes; each message sent should get its own `Message-ID`.",
    // google.unsolicited_rate_limited
    "Gmail uses `4.7.28` when mail from your IP, IP range, DKIM or SPF domain, or with one of your link domains looks unsolicited at an unusual rate, and defers it for a while.",
    // google.ip_not_in_whitelist
    "The recipient's Google Workspace domain only takes mail from IP addresses its administrator allowed.",
    // google.not_authorized_to_send_directly
    "Gmail does not take mail directly from this sending IP address; send through your provider's relay instead.",
    // google.receiving_too_quickly
    "Gmail uses `4.2.1` for a recipient who is getting mail faster than it accepts, or for a Workspace customer over its peak relay rate, not for a disabled mailbox.",
    // google.daily_relay_limit
    "The limit applies per Workspace user or customer on `smtp-relay.gmail.com`; the Workspace administrator finds the limits with the SMTP relay settings.",
    // google.daily_quota_code
    "Gmail uses `5.4.5` for an account or relay that reached its daily sending limit, not for a congested mail system.",
    // google.inbox_out_of_storage
    "Gmail storage is shared with Google Drive and Photos, so the recipient frees space in any of them.",
    // google.custom_domain_policy
    "`gcdp` means a rule that a Google Workspace administrator wrote refused the message, not Gmail's own filters; only that administrator can say why or change it.",
    // google.web_login_required
    "Gmail uses `5.7.14` when the account owner has to sign in through a web browser before the mail program may log in, not in the registered sense of a missing trust relationship.",
    // google.mail_relay_denied
    "For `smtp-relay.gmail.com` the Workspace administrator must register the sending device's IP address in the SMTP relay settings or have the device log in with `AUTH`.",
    // google.invalid_credentials_for_relay
    "The registered IP does not belong to the domain the message comes from; the sending server must log in with `AUTH` or name one of the Workspace domains in `HELO` or `EHLO`.",
    // google.mail_sending_denied
    "The sending account is suspended or is not a user of the Google Workspace domain that owns the relay settings.",
    // haraka.early_talker
    "Haraka's early_talker plugin waits a moment before its replies and drops clients that send data before it has answered. A conforming client waits for each reply before it sends the next command.",
    // haraka.no_mx_for_from
    "The domain of the `MAIL FROM` address has no MX record that leads to a usable address, so replies and bounces could not reach it. The sender's administrator must publish working MX records.",
    // haraka.ssl_on_plain_socket
    "The client started a TLS handshake on a port that expects plain SMTP. Use `STARTTLS` on this port, or connect to the port for implicit TLS (usually `465`).",
    // haraka.spoofed_mail_from
    "The `MAIL FROM` address uses a domain this Haraka server forwards for, but the client is not allowed to relay (for example because it did not log in). Senders of that domain must send through their own server with `AUTH`.",
    // haraka.split_transaction
    "The recipient's domain goes to a different next hop than the recipients already accepted; the client should deliver to those and send this recipient in a new transaction.",
    // haraka.credential_leak
    "The message body contains the user name and password the sender logged in with, so Haraka refused to send it. Remove the credentials from the message before sending it.",
    // mail_ru.spam_message_rejected
    "The reply links to Mail.ru's anti-spam support page and gives an error code and an ID; quote them when asking Mail.ru to review a legitimate message.",
    // mail_ru.dmarc_policy
    "A common cause is a website or script that sends with a Mail.ru address in `From` through its own server; send from an address of your own domain instead.",
    // mail_ru.dynamic_ips
    "Mail.ru refuses mail sent straight from addresses it classes as dynamic, such as home connections; send through a mail server with a fixed address and proper reverse DNS, or through your provider.",
    // mail_ru.sending_disabled
    "Mail.ru has stopped sending from this account, usually because it suspects the password was stolen and used for spam. Change or recover the password and confirm ownership of the mailbox to send again.",
    // mailgun.previously_bounced
    "Mailgun did not try the address because it is on the sending domain's bounce suppression list after an earlier hard bounce; remove the suppression only if the address is known to work again.",
    // mailgun.unsubscribed
    "The recipient unsubscribed, so Mailgun suppresses the address; remove it from the Suppressions list only if the recipient opts in again.",
    // mailgun.marked_as_spam
    "The recipient marked earlier mail as spam, so Mailgun suppresses the address; remove it from the Suppressions list only if the recipient opts in again.",
    // mailgun.sandbox_domain
    "A Mailgun sandbox domain only sends to Authorized Recipients who accepted the invitation; add your own domain, or add the address as an Authorized Recipient.",
    // mailgun.free_account
    "A free Mailgun account may only send to Authorized Recipients; upgrade the account or add the address as an Authorized Recipient.",
    // mailgun.domain_unverified
    "Mailgun will not send for a domain until its DNS records are verified; publish the records shown in the Mailgun control panel and verify the domain again.",
    // mailgun.domain_limit_exceeded
    "The sending domain went over a Mailgun limit on requests, bytes or recipients; the reply names the time after which it may send again.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online uses `5.1.10` for a recipient that its address lookup did not find, not for a null MX as the IANA registry does.",
    // microsoft.dbeb_recipient_rejected
    "This is Directory Based Edge Blocking: Exchange Online Protection refuses recipients that are not in the receiving organization's directory.",
    // microsoft.relay_access_denied_5_4_1
    "Microsoft names an MX record that points to the wrong server, a domain missing from the accepted domains, or DNS changes still propagating as the usual causes.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online reuses `5.2.2` for a sender over its message or recipient rate limit, not for a full mailbox; it can be a sign of a compromised account.",
    // microsoft.recipient_thread_limit_4_3_2
    "The recipient mailbox is receiving too many messages at once and Exchange throttles it on purpose; retries go through later.",
    // microsoft.queue_expired
    "Exchange Online retries for 24 hours before it sends this bounce; the earlier deferrals show the real cause.",
    // microsoft.ambiguous_recipient
    "Several directory objects share the recipient's address, often after a migration or hybrid sync; the recipient's administrator must remove the duplicate address.",
    // microsoft.sender_denied_5_1_0
    "Despite the words, Exchange Online means that the recipient could not be resolved, often when replying to a message saved as a file; check the recipient address.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 has blocked the sending account for spam, usually because it was compromised; the administrator must secure it before it can send again.",
    // microsoft.delivery_not_authorized
    "Usually a group that accepts mail only from members or listed senders, or a mail flow rule of the recipient's organization.",
    // microsoft.blocklist_1
    "This is Microsoft's own block list; Microsoft asks listed senders to use its delist portal or to forward the bounce to its delisting address.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online uses `5.7.12` for a recipient that refuses mail from outside its organization, not for a password transition as the IANA registry does.",
    // microsoft.public_folder_5_7_13
    "Exchange Online uses `5.7.13` for a public folder that refuses external senders, not for a disabled account as the IANA registry does.",
    // microsoft.mta_sts_certificate
    "The destination's certificate must chain to a trusted root and name the host listed in the domain's MTA-STS policy.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 accepts anonymous mail over IPv6 only when SPF or DKIM passes.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 requires a PTR record for every IPv6 address that sends it mail.",
    // microsoft.customer_block_list
    "The receiving organization blocked the IP address itself, so only it can remove the entry.",
    // microsoft.as345_nested_attachments
    "Microsoft relates this refusal to nested attachments, such as an attached message that carries attachments itself.",
    // microsoft.x_dg_ref_header
    "Microsoft relates this refusal to messages in Rich Text format; sending as HTML or plain text avoids it.",
    // mimecast.spf_sender_invalid
    "Mimecast rejects the message because the connecting IP address is not in the sending domain's `SPF` record. The sender's administrator must add all sending servers to `SPF`; the recipient's Mimecast administrator can instead relax the inbound `SPF` setting of its DNS Authentication policy.",
    // mimecast.dkim_sender_invalid
    "Mimecast's outbound `DKIM` signing does not match the key published in DNS. Check that the public key in DNS and the private key, domain and selector in the DNS Authentication policy belong together.",
    // mimecast.internal_resources_unavailable
    "Mimecast uses this reply for greylisting, which a normal server passes by retrying, but also for a sending IP address with a poor reputation. The recipient's administrator can exempt the sender with an Auto Allow or Permitted Senders policy.",
    // mimecast.local_ct_ip_reputation
    "Mimecast's ongoing reputation checks refused the sending IP address, often after earlier temporary refusals. The recipient's administrator can let the sender through with an Auto Allow or Permitted Senders policy, and Mimecast offers a form to request a review of the IP range.",
    // mimecast.sender_address_blocked
    "A Blocked Senders policy of the recipient's Mimecast account matched the sender; only that account's administrator can remove the entry.",
    // mimecast.account_service_unavailable
    "The Mimecast account has too many inbound connections open at once (20 by default). Retry later, and do not send outbound or journal mail to Mimecast from an IP address that is not authorized for it.",
    // mimecast.maximum_email_size_exceeded
    "The message is larger than an Email Size Limit policy or Mimecast's own limit. Encoding makes a message much bigger than its attachments, so leave a wide margin.",
    // mimecast.mail_loop_detected
    "Mimecast refuses a message once it has passed 25 hops. Look for forwarding rules between the addresses involved.",
    // mimecast.open_relay_not_allowed
    "Neither the sender's nor the recipient's domain belongs to a Mimecast account, or the connecting IP address is not an authorized outbound address. A Mimecast customer must ask Mimecast Support to add the authorized outbound address.",
    // mimecast.account_inbounds_disabled
    "Inbound mail is switched off for the recipient organization's whole Mimecast account. Its administrator must ask Mimecast Support to allow inbound traffic again.",
    // mimecast.account_outbounds_disabled
    "Outbound mail is switched off for the sending organization's Mimecast account. Its administrator must ask Mimecast Support to allow outbound traffic again.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "An Anti-Spoofing policy stopped a message from outside that claims an address of the recipient's own domain. A legitimate sending service needs an Anti-Spoofing policy that takes no action for its address or IP address.",
    // mimecast.header_based_anti_spoofing
    "An Anti-Spoofing policy stopped a message from outside that claims an address of the recipient's own domain. A legitimate sending service needs an Anti-Spoofing policy that takes no action for its address or IP address.",
    // mimecast.content_examination_policy
    "A Content Examination policy of the recipient's account matched the message. That administrator can adjust the policy or add a Content Examination Bypass policy.",
    // mimecast.host_network_not_allowed
    "A Geographical Restriction policy refuses mail from the sending server's network or country; only the recipient's administrator can change it.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast sends this when the sender's address or domain matches a Blocked Senders policy, or when `SPF` fails hard. The recipient's administrator can change the policy to exclude the sender.",
    // mimecast.envelope_blocked_user_entry
    "The recipient has blocked the sender's address in their personal Managed Senders list. The recipient or their administrator must remove the entry.",
    // mimecast.envelope_blocked_user_domain_entry
    "The recipient has blocked the sender's domain in their personal Managed Senders list. The recipient or their administrator must remove the entry.",
    // mimecast.manually_blocked_senders
    "The sender is on a personal block list of the recipient. The recipient or their administrator must remove the entry from Managed Senders.",
    // mimecast.blocked_senders_header_from
    "A Blocked Senders policy matched the `From` header address. Only the recipient's administrator can change or delete the policy.",
    // mimecast.blocked_senders_envelope_from
    "A Blocked Senders policy matched the envelope sender (`MAIL FROM`). Only the recipient's administrator can change or delete the policy.",
    // mimecast.incorrect_authentication_data
    "Submission to Mimecast on port `587` needs the address of an internal user and its Mimecast cloud password.",
    // mimecast.route_requires_tls
    "A Secure Receipt or Secure Delivery policy demands `TLS`. Enable `STARTTLS` and valid certificates on the sending server, and check that no firewall or proxy tampers with the encryption.",
    // mimecast.route_requires_tls12
    "The sending server offered a `TLS` version older than 1.2, which a Secure Receipt or Secure Delivery policy refuses.",
    // mimecast.route_requires_high_strength_ciphers
    "The ciphers the sending server offered are weaker than a Secure Receipt or Secure Delivery policy allows.",
    // mimecast.unable_to_process_connection
    "The Mimecast server is at its maximum load; the sending server only needs to retry.",
    // mimecast.message_ended_early
    "The message did not end properly, often because a firewall feature such as Cisco's SMTP fixup or MailGuard changed the session. Turn such SMTP inspection off on the sending side.",
    // mimecast.too_many_recipients
    "Mimecast takes at most 100 recipients per message and asks for the rest in another transaction. Firewall SMTP inspection features that do not pass this reply on must be turned off.",
    // mimecast.outbound_thread_limit
    "The account has too many outbound connections at once; send in smaller batches.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast found a virus signature or a spam score above its limit. Spam checks can be bypassed by the recipient's Permitted Senders or Auto Allow policy, virus checks cannot; Mimecast also offers a Sender Feedback form.",
    // naver.no_such_user
    "The reply links to Naver's help page on returned mail; the address part before `@naver.com` does not exist.",
    // opensmtpd.no_mx_found
    "OpenSMTPD found no usable MX or address record for the recipient's domain. It treats this as temporary and keeps retrying until the message expires, so check the domain for typos before waiting.",
    // opensmtpd.domain_does_not_accept_mail
    "The recipient's domain publishes a null MX, a record saying it receives no mail at all.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD uses this text with `X.2.4` for any failure while expanding the recipient through aliases or a `~/.forward` file, not only for mailing lists. The server's administrator should check those files and the server log.",
    // orange.abusix_listed
    "Code 100 means the sending address is listed by Abusix; check it at lookup.abusix.com.",
    // orange.spamhaus_listed
    "Code 101 means the sending address is listed by Spamhaus; check it at check.spamhaus.org.",
    // orange.cloudmark_listed
    "Code 102 means the sending address is listed by Cloudmark; ask for a reset at csi.cloudmark.com.",
    // orange.orange_blocklist
    "Code 103 means Orange itself has blocked the sending address; use Orange's contact form and choose the deliverability issue option.",
    // orange.too_many_connections
    "Orange recommends at most 2 simultaneous connections per sending address.",
    // orange.missing_ptr
    "Orange requires a PTR record for the sending address whose host name resolves back to that same address.",
    // orange.too_many_messages_per_connection
    "Orange recommends at most 100 messages per connection.",
    // orange.invalid_helo
    "Orange requires a fully qualified host name in `HELO`/`EHLO` that resolves in DNS.",
    // orange.sender_domain_dns
    "Orange could not find valid A or MX records for the domain in `MAIL FROM`; after a DNS change, wait for cached records to expire.",
    // orange.sender_domain_listed
    "Code 425 means the sender's domain name, not the address, is listed by Abusix or Spamhaus.",
    // orange.suspected_spam
    "For a false positive, Orange asks senders to use its contact form and choose the deliverability issue option.",
    // orange.ofr_999
    "Orange rate-limits a sender with code 999 after inappropriate behaviour; check what is being sent before resuming at a lower rate.",
    // outlook_com.required_authentication_level
    "Microsoft applies this to domains sending 5,000 or more messages to its consumer services, and it expects SPF, DKIM and an aligned DMARC pass.",
    // outlook_com.block_list_s3140
    "Removal from this Outlook.com block list is requested through Microsoft's sender support form for consumer mail, not through the Microsoft 365 delist portal.",
    // outlook_com.block_list_s3150
    "Removal from this Outlook.com block list is requested through Microsoft's sender support form for consumer mail, not through the Microsoft 365 delist portal.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com defers mail from this IP because of its reputation and refers the sender to `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft sends `5.5.0` with these words when an `@hotmail.com` or `@outlook.com` address was not found; it means the same as `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com refuses mail whose `From` domain fails DMARC and publishes `p=reject`.",
    // ovh.auth_failed_or_spam_block
    "From OVHcloud this can also mean that sending is blocked on the account after suspected spam; check the account's status in the OVHcloud Control Panel, where a password change or a support ticket unblocks it.",
    // ovh.bad_sequence_means_no_auth
    "OVHcloud says this reply from its servers usually means the mail client did not authenticate to the SMTP server.",
    // ovh.unrecognised_address_arguments
    "OVHcloud's outgoing server could not use the From or To address given; OVHcloud also points to its sending limits of 200 messages per hour per account and 300 per hour per IP address.",
    // ovh.missing_spf_dkim
    "OVHcloud advises publishing an SPF record for the sending domain and, where the email offer has it, turning on DKIM.",
    // ovh.queue_too_long
    "OVH keeps a message in its outgoing queue for 24 hours; if the recipient's server cannot be reached in that time, the message comes back with this text.",
    // postfix.helo_host_not_found
    "Postfix sends this for `reject_unknown_helo_hostname`: the name the client gave in `HELO` or `EHLO` has no address or MX record. The sending server's administrator should make it announce a name that resolves in DNS.",
    // postfix.helo_not_fqdn
    "Postfix sends this for `reject_non_fqdn_helo_hostname`: the client announced a bare name without a domain in `HELO` or `EHLO`. The sending server must be configured to announce its full host name.",
    // postfix.multi_recipient_bounce
    "Postfix refuses a message with an empty sender (a bounce) that has more than one recipient when `reject_multi_recipient_bounce` is set, because real bounces go to one address only.",
    // postfix.insufficient_system_storage
    "Postfix answers `452 4.3.1` when the queue file system has less free space than `queue_minfree` or too little room for a message of the largest allowed size; the sending server retries later.",
    // postfix.undeliverable_address
    "Postfix checked the recipient with `reject_unverified_recipient` by probing the next server, and the probe failed; the reply of that server follows the words `undeliverable address`.",
    // postfix.dns_try_again
    "A temporary DNS failure: the name servers of the domain did not answer in time or returned a server error. Postfix keeps the message and retries; if it lasts, check the domain's DNS servers.",
    // postfix.mailbox_file_too_large
    "The local mailbox file reached Postfix's `mailbox_size_limit` (about 50 MB by default). Empty or archive the mailbox, or raise the limit in `main.cf`.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` or `postscreen`) hangs up when the client sends something that is not an SMTP command, such as a message header line, usually because the client started sending the message without `DATA`.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation has blocked the sending IP address because spam came from it. A block ends some time after the spam stops; to ask for an earlier review, use the form linked in the reply and say who the recipient was and what kind of mail was blocked.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "This is the older form of the Proofpoint Dynamic Reputation block; Apple's iCloud mail servers send it too.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation delays or blocks IP addresses that send spam. A delay clears by itself within minutes; a block stays until the spam stops or a review request is granted.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials has the recipient on the invalid list of its SMTP Discovery feature. The recipient's administrator must remove the address from that list if the mailbox exists.",
    // qmail.chkuser_security_policies
    "The chkuser patch sends this once a session has given more unknown or malformed recipients than its limit allows, and then refuses every further recipient, even with a code such as `#5.1.1`. Remove invalid addresses from the list and send in a new session.",
    // qmail.best_preference_mx
    "This qmail server is the best MX for the domain but does not list the domain in `control/locals`, so sending the message on would loop back to itself. Its administrator must configure the domain as local or fix the MX records.",
    // qmail.dns_temporary
    "This is qmail-remote's text for a temporary DNS failure (`#4.1.2`), unlike \"couldn't find any host named\", which is permanent; the message stays in the queue and is retried.",
    // qmail.from_and_auth_not_same
    "The patched qmail-smtpd requires the `MAIL FROM` address to be the address of the account that logged in with `AUTH`. Set the sender address in the mail program to the login address.",
    // qq.ip_frequency_limited
    "QQ Mail limits how much mail one sending IP address may deliver per minute, hour and day, and blocks the address for minutes, hours or the rest of the day when a limit is passed. The limits are not published, so pause, then send more slowly.",
    // qq.sender_frequency_limited
    "The limit here is on the single sender address; QQ Mail does not publish the numbers, and the wait depends on whether the minute, hour or day limit was passed.",
    // qq.recipient_flooded
    "Despite the wording, the address exists: the recipient has received a large amount of mail in a short time, and QQ Mail refuses more for a while to protect the mailbox. Try again later.",
    // qq.mail_content_denied
    "QQ Mail refuses content that looks like bulk mail which many of its users reported as spam.",
    // qq.suspected_spam_sender
    "QQ Mail has seen a large amount of spam from the sender's domain or from the operator of the sending server, and refuses its mail.",
    // qq.rejected_by_recipients
    "The recipient has put the sender on a personal block list or made a filter that refuses this mail; only the recipient can change that.",
    // rackspace.throttled_too_much_spam
    "Rackspace has received too much spam from the sending server and is deferring its mail; send again later and ask the recipient to safelist your domain.",
    // rackspace.g2_concurrent_connections
    "Rackspace limits how many connections one sending IP address may hold open; reduce the number of parallel connections.",
    // rackspace.g1f_no_ptr
    "Rackspace requires a PTR record for every sending IP address.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace could not check the recipient address for the moment; a retry a few minutes later usually works.",
    // rackspace.g30_mailbox_rate
    "Rackspace limits how much mail one mailbox may receive in a short time; this protects the recipient, for example from a list bomb, and a later retry usually works.",
    // rackspace.g16_routing_loop
    "If the loop does not clear after a few minutes, Rackspace asks to be told at `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace could not look up the sender domain's DMARC policy for the moment; a retry a few minutes later usually works.",
    // rackspace.g28_untrusted_ip
    "Rackspace accepts only small volumes from a new or untrusted sending IP address until it has built up good sending behaviour; warm the address up and send more slowly.",
    // sendgrid.sender_identity
    "SendGrid only sends mail whose From address matches a verified Sender Identity: a single verified sender address or an authenticated domain in the SendGrid account.",
    // sendgrid.credits_exceeded
    "SendGrid counts each message against the account's email credits and refuses more once they are used up; SendGrid's documentation says to contact its support to have the limit lifted.",
    // sendgrid.recipients_this_hour
    "SendGrid defers such messages and keeps retrying them for up to 72 hours.",
    // sendgrid.unauthenticated_senders
    "The client handed a message to `smtp.sendgrid.net` without logging in first; configure it to authenticate on every connection, with a SendGrid API key as the password.",
    // sendgrid.bad_username_password
    "SendGrid does not recognise the user name or the API key; a password reset in the SendGrid account also breaks integrations that still use the old one.",
    // sendgrid.drop_bounced_address
    "SendGrid dropped the message without trying because the address is on the account's bounce list after an earlier bounce; delete the entry only if the address is known to work again.",
    // sendgrid.drop_unsubscribed
    "SendGrid dropped the message because the recipient is on the account's unsubscribe list.",
    // sendgrid.drop_spam_report
    "SendGrid dropped the message because the recipient earlier reported mail from this account as spam.",
    // sendgrid.drop_spam_content
    "The account's own Spam Checker setting in SendGrid classed the message as spam and dropped it.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid dropped the message because its `X-SMTPAPI` header is not valid JSON or is built wrongly.",
    // sendmail.host_name_lookup_failure
    "Sendmail's text for a temporary DNS failure (`TRY_AGAIN`): the name servers did not give an answer for now, so the message stays queued and is retried.",
    // sendmail.address_requires_smtputf8
    "The address has non-ASCII characters, but the client did not give the `SMTPUTF8` parameter on `MAIL FROM`.",
    // sendmail.mx_list_points_back
    "This server is listed as an MX host of the domain but does not treat the domain as local, so it would send the message back to itself. The administrator must add the domain to the server's local names or fix the MX records.",
    // stalwart.invalid_ehlo_domain
    "Stalwart refuses `EHLO` names that are not fully qualified when its option to reject non-FQDN names is on. The sending server must announce its full host name.",
    // stalwart.extension_disabled
    "The client used a `MAIL FROM` or `RCPT TO` parameter of an extension (such as `DSN` or `FUTURERELEASE`) that this server has turned off. Send without that parameter.",
    // stalwart.dane_failed
    "The recipient's domain publishes DANE (`TLSA`) records, and the certificate of its server did not match them, so Stalwart would not deliver. The recipient's administrator must update the `TLSA` records or the certificate.",
    // stalwart.mta_sts_failed
    "The recipient's domain has an MTA-STS policy, and its server did not meet it (no valid certificate or a host not listed in the policy). The recipient's administrator must fix the policy or the server.",
    // stalwart.concurrency_limited
    "Stalwart's own outbound limit on connections to that destination was reached; the message stays queued and is retried.",
    // yahoo.tss04
    "Yahoo uses `[TSS04]` for mail deferred because of volume, complaints, spam-like content or a poor IP reputation; if it persists, Yahoo asks for a Sender Support Request with the full error.",
    // yahoo.ts01
    "Yahoo suggests retrying about four hours later, and reviewing the content and practices of the mail if the error lasts 48 hours.",
    // yahoo.ts03
    "Although the code is temporary, Yahoo advises not to resend until the lists and subscription practices have been checked, because it sees bulk mail that looks unsolicited.",
    // yahoo.permanently_deferred
    "Yahoo says retrying will not succeed; the sending practice has to change first.",
    // yahoo.bl21
    "Yahoo refuses connections from addresses listed by Spamhaus; check the address at spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` names the Spamhaus XBL, which lists infected machines and open proxies.",
    // yahoo.ph01
    "Yahoo's content blocks (`PH` codes) cover viruses, phishing, ransomware and other malicious software, and links to any of them.",
    // yahoo.policy_reasons_579
    "Yahoo sends this when the message fails its DKIM, SPF or DMARC checks, often because the `From` domain publishes a DMARC policy the message does not pass.",
    // yahoo.unauthenticated_sender
    "Yahoo requires every sender to pass SPF or DKIM; bulk senders need both and a DMARC policy.",
    // yahoo.unresolvable_from_domain
    "Yahoo checks the domain of `MAIL FROM` and of the `From` header with an SOA query, so a subdomain used there needs its own SOA record as well as A or MX records.",
    // yahoo.not_rfc_compliant
    "Yahoo lists duplicate or badly formatted header fields and wrong MIME types among the causes.",
    // yahoo.resources_unavailable
    "Yahoo says its servers were busy; this normally clears after a short time without any change.",
    // yahoo.vs1_unknown_recipients
    "Yahoo sends `VS1-IP` and `VS1-MF` when a server sends to many invalid recipients, which it treats as a sign of an open relay; remove addresses that bounce.",
    // yahoo.aol_rly_b1
    "AOL places this automatic block when member complaints pass its threshold, and lifts it within 24 hours once complaints fall; AOL recommends a complaint feedback loop.",
    // yahoo.aol_rtr_du
    "AOL uses Spamhaus lists of dynamic and residential addresses and does not take mail directly from them.",
    // yahoo.aol_rtr_bb
    "AOL refuses addresses it lists as dynamic or residential; the block can be lifted on request once the server has a fully qualified host name.",
    // yahoo.aol_rtr_rd
    "AOL refuses mail when the reverse DNS name of the sending address looks like that of a dynamic address.",
    // yahoo.aol_rtr_bl
    "AOL describes this as a permanent block of the IP address for poor reputation, and asks senders to join its complaint feedback loop before opening a support request.",
    // yahoo.aol_rly_sn
    "AOL refuses mail that uses a reserved AOL address as `From` or `Reply-To`, or that claims an AOL affiliate but comes from an unauthorized IP address.",
    // yandex.suspicion_of_spam
    "Yandex's filter judged the content to be spam. When a mailbox sends nothing but spam, Yandex stops taking its mail for 24 hours; senders of legitimate bulk mail should follow Yandex's requirements for honest mailing lists.",
    // yandex.blocked_by_spam_statistics
    "Yandex blocks mail from a source that has sent only spam for 24 hours; the block ends by itself if the spam stops.",
    // yandex.client_host_blocked
    "At Yandex this line is part of the same 24-hour block for sources that send only spam, not necessarily a listing on a public blocklist.",
    // yandex.policy_rejection_target
    "Yandex blocked the recipient's account for breaking its user agreement. The owner can get it unblocked by filling in accurate personal information, or by contacting Yandex support.",
    // yandex.mailbox_size_exceeded
    "This usually means the recipient rarely uses the mailbox; they have to log in to Yandex Mail on the web before it takes mail again.",
    // yandex.no_such_user
    "Yandex reports an unknown recipient with `5.7.1`, the code usually used for policy refusals, so the text decides.",
    // yandex.recipient_rate_limit
    "The recipient is receiving mail at a high rate, so Yandex defers more for now; a later attempt usually succeeds. The `4.2.1` code here does not mean the mailbox is disabled.",
    // zoho.unusual_sending_activity
    "Zoho has blocked the account after unusual activity on it; the `5.4.6` code does not mean a mail loop. A temporary block lifts after a while, or sooner from Zoho's UnblockMe page or the Admin Console.",
    // zoho.rejected_by_destination_domain
    "A filter set up by the receiving organisation at Zoho refused the message; only that organisation's administrator can change it.",
    // zoho.restricted_by_policy
    "A filter set up by the receiving organisation at Zoho refused the message; only that organisation's administrator can change it.",
    // zoho.temporary_system_error
    "The receiving domain at Zoho is not taking mail for the moment; a later attempt usually succeeds. The `4.3.1` code does not mean the mailbox is full.",
    // zoho.dmarc_rejected
    "For a `zoho.com` sender this usually means the address was used from another service or app without going through Zoho's SMTP servers.",
    // zoho.relaying_disallowed_as
    "ZeptoMail refuses a `From` address whose domain is not one the account is allowed to send for.",
    // zoho.subject_mandatory
    "ZeptoMail refuses messages without a subject; the `5.2.1` code it sends here does not mean a disabled mailbox.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "Did the server close the connection?",
        "Yes for `421`: the server ends the session and handles nothing more in it. No for `503`: the session stays open, and only the command sent out of order was refused.",
        "The server has to stop serving this session, for example because it is overloaded or shutting down. It may send `421` instead of the greeting or in reply to any command.",
        "Connect again later; the message is not at fault. A sending server keeps it queued and retries on its own.",
        "The client sent a valid command at the wrong point in the session, such as `RCPT TO` before `MAIL FROM` or `DATA` with no accepted recipient.",
        "Fix the order of commands in the client, since repeating the same sequence fails again. Check the reply before the `503` too: an earlier refusal often causes it.",
    ],
    // 450 vs 550
    [
        "Can the same attempt succeed later without any change?",
        "Yes for `450`: the mailbox is unavailable only for now, so a retry of the same message may go through. No for `550`: the refusal is permanent, and something has to change first.",
        "The mailbox is busy or locked, or a policy such as greylisting asks the sender to come back later. It usually answers `RCPT TO` or the end of the message data.",
        "Usually nothing: the sending server queues the message and retries. If delays last for days, the sender's admin reads the reply text and contacts the recipient's postmaster.",
        "The mailbox does not exist, the sender has no access to it, or local policy refuses the mail, for example relaying or a failed sender check. The enhanced code says which.",
        "Read the enhanced code: for `5.1.1` correct the address; for a policy refusal such as `5.7.1` the sender's admin checks SPF, DKIM and blocklists. Do not resend unchanged.",
    ],
    // 421 vs 450
    [
        "Does the refusal end the whole session?",
        "Yes for `421`: the server closes the connection and handles nothing more in it. No for `450`: only this mailbox or message is put off, and the session can go on.",
        "The server cannot serve the client right now, for example because it is overloaded, greylisting the connecting host or shutting down. It sends `421` as its greeting or in reply to any command.",
        "Let the sending server reconnect later with growing delays. If one sending IP address keeps getting it, lower the sending rate and check blocklists.",
        "The mailbox is busy or locked, or a check such as greylisting wants this message to come back later. The server answers `RCPT TO` or the end of the message data this way.",
        "The sending server keeps the message queued for that recipient and retries it later; other recipients in the session are handled as usual.",
    ],
    // 421 vs 451
    [
        "Is the connection closed after this reply?",
        "Yes for `421`: the server gives up on the whole session and closes it. No for `451`: only the current step failed, because of a local error, and the connection stays open.",
        "The service as a whole is unavailable for now: the server is overloaded, greylisting, or has to shut down. It sends `421` as its greeting or to any command and closes the channel.",
        "Reconnect later; the sending server retries on its own schedule. If it keeps happening, read the reply text, which often names the reason.",
        "An internal check or lookup failed while the server handled `MAIL FROM`, `RCPT TO` or the message data, for example a DNS or database query that did not answer.",
        "Retry later; most cases clear up by themselves. If it repeats, the operator of the replying server must find the failing component in its logs.",
    ],
    // 452 vs 552
    [
        "Will the sending server retry on its own?",
        "Yes for `452`: the server is short of storage or at its recipient limit for now, so the message stays queued. No for `552`: a size or storage limit refused the mail for good, and it bounces.",
        "The server is short of resources right now: free disk space, room for the size declared with `SIZE`, or its limit of recipients per message.",
        "For too many recipients, deliver to those already accepted and send the rest in a later transaction. For storage, retry later; the operator frees space if it persists.",
        "The message is larger than the server or the mailbox accepts, or the recipient's mailbox is full (`5.2.2`). It can answer `MAIL FROM` with `SIZE`, `RCPT TO` or the message data.",
        "Make the message smaller, for example by linking large files, and stay under the `SIZE` limit in the `EHLO` reply. For a full mailbox, the recipient must free space first.",
    ],
    // 550 vs 553
    [
        "Is the problem the way the address is written?",
        "No for `550`: the address can be read, but the mailbox does not exist or policy refuses the mail. Yes for `553`: the address is malformed, uses characters the server refuses, or is ambiguous.",
        "The mailbox does not exist, the sender has no access to it, or a local rule such as relay or spam policy rejects the mail.",
        "Read the enhanced code: for `5.1.1` confirm the address with the recipient; for `5.7.1` the sender's admin checks SPF, DKIM and blocklists.",
        "The address in `MAIL FROM` or `RCPT TO` breaks the syntax rules or contains characters the server does not accept, or a `VRFY` name matches more than one user.",
        "Check the address character by character: exactly one `@`, no spaces or stray brackets, and a complete domain. Correct it and send again.",
    ],
    // 550 vs 551
    [
        "Does the reply point to another address for the recipient?",
        "No for `550`: the mailbox is refused without any forwarding hint. Yes for `551`: the user is not local here, and the text usually names the address to use instead.",
        "The mailbox does not exist, the sender has no access to it, or local policy refuses the mail. Sites that do not want to disclose a new address also answer `550`.",
        "Read the enhanced code and the text, then correct the address or, for a policy refusal, have the sender's admin investigate. Resending unchanged fails again.",
        "The recipient has moved or their mail is handled elsewhere, and the site chooses to reveal the new address instead of forwarding the message itself.",
        "Check that the address in the text is plausible, send the message there and update the contact. If no address is given, ask the recipient by other means.",
    ],
    // 550 vs 554
    [
        "Can the server send it in place of its greeting?",
        "No for `550`: it answers a command, typically refusing one mailbox, sender or message. Yes for `554`: it can refuse the whole session at the greeting, and elsewhere it fails the whole transaction.",
        "A recipient is unknown (`5.1.1`) or may not be relayed to, the sender is refused, or policy rejects the message after `DATA`.",
        "For an unknown recipient, correct the address. For a policy refusal, the sender's admin fixes SPF, DKIM or blocklist problems or contacts the recipient's postmaster.",
        "The server refuses this client from the start, no recipient was accepted when `DATA` came, or the content was rejected after the message data. It is the general code when nothing more precise fits.",
        "Read the text and the enhanced code; resending unchanged will not help. After a `554` greeting, the sending domain's admin checks blocklists or contacts the receiving site.",
    ],
    // 500 vs 501
    [
        "Did the server recognize the command word?",
        "No for `500`: the command itself was unknown, or the line was too long to read. Yes for `501`: the command is known, but an address, parameter or argument after it is invalid.",
        "The command word is misspelled or unknown to this server, or the command line is longer than the standard limit. During `AUTH` it also reports a response line that is too long.",
        "Fix the client: spell the command correctly, keep lines within the limit, and use extension commands only if the `EHLO` reply lists them.",
        "What follows the command is unacceptable, such as a badly formed address in `MAIL FROM` or `RCPT TO`, an invalid `EHLO` argument, or arguments on a command that takes none.",
        "Correct the arguments: addresses in angle brackets with no space around the colon, valid parameter names and values, no extra arguments. The reply text often points at the fault.",
    ],
    // 502 vs 504
    [
        "Does the server support the command itself?",
        "No for `502`: this server does not offer the command at all. Yes for `504`: the command is supported, but not the option or value given with it, such as an `AUTH` mechanism.",
        "The command is recognized but not implemented, or switched off by the operator, typically `VRFY`, `EXPN` or `HELP`. Very old servers answer `EHLO` this way.",
        "Do not repeat the command on this server; carry on without it, and fall back to `HELO` if `EHLO` was refused. Ask the operator if you really need the feature.",
        "The client asked for a variant the server does not handle, most often an `AUTH` mechanism it does not support or does not allow before encryption (`5.5.4`).",
        "Pick an option the server offers: an `AUTH` mechanism from the `EHLO` reply, after `STARTTLS` if needed. Otherwise send the command without the unsupported parameter.",
    ],
    // 530 vs 535
    [
        "Were credentials checked and refused?",
        "No for `530`: nothing was checked; the command needs a login, or on some servers `STARTTLS`, first. Yes for `535`: the server checked the username and password, or other credentials, and refused them.",
        "The client sent `MAIL FROM` or another command without logging in with `AUTH`, or without `STARTTLS` on a server that insists on encryption.",
        "Turn on authentication for the outgoing server in the mail program, and TLS if the text asks for it. Software sends `STARTTLS`, `EHLO` again, then `AUTH`, all before `MAIL FROM`.",
        "An `AUTH` exchange ended with credentials that did not match: a wrong password, an unknown user, or credentials not sufficient for the account. It usually carries `5.7.8`.",
        "Check and correct the username and password saved in the mail program; some providers need a separate password for sending. Do not retry the same credentials.",
    ],
    // 550 vs X.1.1
    [
        "Does the code on its own say that the mailbox does not exist?",
        "No for `550`: it only says the action was refused for good, for this or another reason such as policy. Yes for `5.1.1`: it names one cause, a mailbox missing at a domain that takes mail.",
        "The server permanently refuses an address or message: an unknown recipient, relaying it does not allow, a refused sender, or mail rejected by policy after `DATA`.",
        "Look at the enhanced code and the text after `550` before acting: they decide whether the address or the sender's setup has to be fixed.",
        "The recipient's domain takes mail, but the mailbox named before the `@` does not exist there. Receiving servers usually send it as `550 5.1.1` in reply to `RCPT TO`.",
        "Check the spelling before the `@` and confirm the address with the recipient another way. Resending to the same address will not help.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "Will the sending server keep retrying on its own?",
        "Yes for `4.7.1`: the policy refusal is marked temporary, so the message stays queued and is tried again. No for `5.7.1`: the refusal is permanent, and the message bounces unless something changes.",
        "A security or policy rule refuses the sender for now, and the server expects the condition to pass. The IANA registry lists `451` among the replies that can carry it.",
        "Let the sending server keep retrying. If it still fails after several hours, read the reply text for the rule involved and contact the recipient's postmaster.",
        "Policy does not allow this sender to send to this recipient: relaying is refused, a filter blocks the host or sender, or an SPF check failed. It typically comes as `550 5.7.1`.",
        "Read the text for the rule that matched. Log in to your own server instead of relaying, have the sender's admin fix SPF or DMARC, or ask a named blocklist for delisting.",
    ],
    // X.1.0 vs X.1.1
    [
        "Does the code say exactly what is wrong with the address?",
        "No for `X.1.0`: an address problem is reported without detail, so only the reply text gives the reason. Yes for `X.1.1`: the mailbox named before the `@` does not exist at the domain.",
        "An address check on the sender or a recipient failed for a reason no specific addressing code covers. As `2.1.0` it simply confirms an accepted `MAIL FROM`.",
        "Check both addresses for typos, stray characters and the right domain, and read the text after the code. If they are correct, ask the administrator of the refusing server.",
        "The recipient's domain accepts mail, but the mailbox does not exist there. It is usually sent as `550 5.1.1` to `RCPT TO` or reported in a bounce.",
        "Correct the part before the `@` or get the current address from the recipient; resending to the same address fails again.",
    ],
    // X.2.2 vs X.3.4
    [
        "Is the size of this message the problem?",
        "No for `X.2.2`: the recipient's mailbox has used up its quota, so even a small message does not fit. Yes for `X.3.4`: the message is bigger than the receiving system accepts for anyone.",
        "One recipient's mailbox has reached its storage quota. The server answers `RCPT TO` or the end of the message data with `4.2.2`, or with `552` and `5.2.2`.",
        "Tell the recipient by another channel; only they or their admin can free space or raise the quota. After `4.2.2` your server retries; after `5.2.2` send again later.",
        "The message is over the system's maximum size, judged from the `SIZE` declared at `MAIL FROM` or from the real size after the data. It comes as `5.3.4` with `552` or `554`.",
        "Make the message smaller, for example by sharing large files through a link. A number after `SIZE` in the `EHLO` reply is the server's limit in bytes.",
    ],
    // X.7.0 vs X.7.1
    [
        "Does the code itself say that this sender may not deliver to this recipient?",
        "No for `X.7.0`: a security or policy rule stopped the command, but the code names no reason. Yes for `X.7.1`: policy does not allow this sender to deliver to this recipient.",
        "A security rule stopped a command and no more precise code is used: `454 4.7.0` for a temporary login fault, `530 5.7.0` when `AUTH` or `STARTTLS` must come first, or an unexplained block.",
        "After `530`, run `STARTTLS` or log in with `AUTH` first; after `454`, retry later without changing the password. Otherwise read the text or ask the postmaster.",
        "The receiving side refuses relaying, blocks the sending host or sender with a filter, or rejects mail that failed SPF or DMARC.",
        "Read the text for the rule that matched. Send through your own outgoing server instead of relaying, and have the sender's admin fix SPF, DKIM or DMARC records.",
    ],
    // 450 vs 451
    [
        "Did something fail inside the server?",
        "No for `450`: the server worked, but the mailbox is busy or a check such as greylisting wants a later attempt. Yes for `451`: a lookup or service inside the server failed while it handled the command.",
        "The mailbox is busy or locked, or greylisting or a temporary block puts off this sender. Servers send it after `RCPT TO` or the message data.",
        "Let the sending server retry; greylisted mail passes on a later attempt. If delays last for days, read the reply text and contact the recipient's postmaster.",
        "While handling `MAIL FROM`, `RCPT TO` or the message data, an internal lookup or component failed, such as a DNS or database query that did not answer.",
        "Let the sending server retry later. If it repeats, the operator of the replying server finds the failing component in its logs, helped by codes such as `4.4.3`.",
    ],
    // 451 vs 452
    [
        "Did the server run out of room or reach a recipient limit?",
        "No for `451`: something inside the server, such as a lookup, failed while it handled the command. Yes for `452`: storage is short, or the message already has as many recipients as the server takes.",
        "A DNS or database lookup or an internal service failed while the server handled `MAIL FROM`, `RCPT TO` or the message data.",
        "Retry later; most cases clear up by themselves. If it repeats, the replying server's operator must find the failing component in its logs.",
        "The server lacks disk space for the message or for the size declared with `SIZE`, or `RCPT TO` went past its recipient limit for one message.",
        "Send to the recipients already accepted and the rest in a later transaction. For storage, retry later while the operator frees space.",
    ],
    // 550 vs 552
    [
        "Is the size of the mail or the mailbox's storage the problem?",
        "No for `550`: the address or the mail is refused for another reason, such as an unknown mailbox or policy. Yes for `552`: the message is too big, or the recipient's storage is used up.",
        "The recipient is unknown, relaying is not allowed, the sender is refused, or policy rejects the message after `DATA`.",
        "Read the enhanced code: correct the address for `5.1.1`; for a policy refusal such as `5.7.1`, the sender's admin checks SPF, DKIM and blocklists.",
        "The declared `SIZE` or the actual message is over the server's or the mailbox's limit, or the recipient's mailbox is full (`5.2.2`).",
        "Make the message smaller, for example by linking large files instead of attaching them. For a full mailbox, the recipient must free space.",
    ],
    // 534 vs 535
    [
        "Could the same password work with another login mechanism?",
        "Yes for `534`: only the chosen mechanism was refused, as too weak for this account. No for `535`: the credentials themselves were not accepted and have to be corrected.",
        "The client named an `AUTH` mechanism weaker than the server's policy allows for that user. It comes with `5.7.9`.",
        "Retry `AUTH` with a stronger mechanism from the `EHLO` reply, or change the authentication method in the mail program. A new password will not help.",
        "At the end of `AUTH` the password was wrong, the user unknown, or the credentials not sufficient for the account. It usually comes with `5.7.8`.",
        "Correct the username and password saved in the mail program; some providers require a separate password for sending mail.",
    ],
    // 534 vs 538
    [
        "Would encrypting the connection be enough for this mechanism?",
        "No for `534`: policy wants a stronger mechanism for this user, so the client must choose another one. Yes for `538`: the mechanism is allowed, but only over an encrypted connection.",
        "The mechanism named in `AUTH` is weaker than the server permits for that account (`5.7.9`).",
        "Choose a stronger mechanism from the list after `AUTH` in the `EHLO` reply, or change the authentication method in the mail program.",
        "An older server received `AUTH` with a mechanism, typically a clear-text one, on a connection that has not run `STARTTLS` (`5.7.11`). RFC 4954 deprecated this code.",
        "Send `STARTTLS`, then `EHLO` again, and repeat `AUTH` over the encrypted connection; in a mail program, enable TLS for the outgoing server.",
    ],
    // 454 vs 535
    [
        "Were the credentials judged wrong?",
        "No for `454`: the server could not check them, or could not start TLS, because of a temporary fault on its side. Yes for `535`: the server checked the credentials and refused them.",
        "The service that checks passwords does not answer during `AUTH`, or the TLS setup is unusable when `STARTTLS` arrives, for example because the certificate cannot be loaded.",
        "Do not change the password; try again later. If it lasts, the server's operator must check the authentication service or the TLS configuration.",
        "An `AUTH` exchange finished with a wrong password, an unknown user, or credentials not sufficient for the account.",
        "Correct the username and password in the mail program. Client software should ask the user again rather than retry the same credentials.",
    ],
    // 220 vs 554
    [
        "Is the server willing to serve this client?",
        "Yes for `220`: the server is ready, and the client goes on with `EHLO`. No for `554`: sent as the greeting, it refuses the client outright, and no mail can be sent in this session.",
        "The server is ready for the client that just connected or, in reply to `STARTTLS`, ready to start the TLS handshake.",
        "Send `EHLO`. After a `220` to `STARTTLS`, complete the handshake first and then send `EHLO` again.",
        "The server refuses this client from the start (\"No SMTP service here\"), usually because policy blocks the sending host or IP address.",
        "Send `QUIT` and do not retry unchanged. The sending domain's admin checks blocklists for the IP address or contacts the receiving site.",
    ],
    // 250 vs 251
    [
        "Does the reply say that the recipient has moved to another address?",
        "No for `250`: the command simply succeeded, and a server may even forward without saying so. Yes for `251`: the user is not local, and the server will forward the message to the address it names.",
        "The command worked: an accepted `EHLO`, `MAIL FROM` or `RCPT TO`, or, after the final dot, a message the server has taken responsibility for.",
        "Nothing to fix; carry on with the next command. If a message accepted after its data never arrives, it was lost after this server.",
        "The recipient in `RCPT TO` or `VRFY` has moved, and the server accepts the mail and passes it on, naming the new address. In reply to `ETRN` it means no mail is waiting.",
        "Nothing has to be done for this message. The sender may update the address book so that future mail goes to the new address directly.",
    ],
    // 250 vs 252
    [
        "In reply to `VRFY`, does the server confirm the address?",
        "Yes for `250`: the server verified the user and names the mailbox. No for `252`: it will accept mail for the address and try to deliver it, but says nothing about whether the mailbox exists.",
        "The server verified the user named in `VRFY` or `EXPN` and answers with the mailbox. To other commands `250` simply reports success.",
        "Nothing to fix; the reply is the server's confirmation of that address.",
        "The server will not confirm addresses, often because doing so helps spammers harvest them, so it answers every `VRFY` and `EXPN` this way.",
        "Do not read it as proof that the mailbox exists. Only sending a message, and watching for a bounce, can tell.",
    ],
    // 250 vs 354
    [
        "Has the server accepted the message for delivery?",
        "Yes for `250` after the final dot: the server has taken responsibility for the message. No for `354`: the server is only waiting for the message, and nothing has been accepted yet.",
        "After the final dot of the message, or the last `BDAT` chunk, the server took the message and will deliver it or send a bounce later. It also accepts ordinary commands with `250`.",
        "Nothing to fix. If the message never arrives, trace it in that server's logs with the queue ID that many servers put in the reply text.",
        "The server accepted `DATA`, after at least one recipient was accepted, and now waits for the header, the body and a line holding a single dot.",
        "Send the message, end it with the dot line and wait for the final reply. If sessions stall here, look for a slow or unstable link between the servers.",
    ],
    // 220 vs 421
    [
        "Is the server ready to serve this session?",
        "Yes for `220`: the greeting invites the client to continue with `EHLO`. No for `421`: the server cannot serve now and closes the connection, though a later attempt may work.",
        "The server is ready for the client that just connected, or ready to encrypt the connection after `STARTTLS`.",
        "Continue with `EHLO`, or finish the TLS handshake first and then send `EHLO` again.",
        "The server is overloaded, greylisting the client or shutting down, so it greets with `421`, or answers any command with it, and closes the channel.",
        "Let the sending server queue the message and reconnect later with growing delays. If it keeps happening, read the text for the reason.",
    ],
    // 221 vs 421
    [
        "Did the client ask for the connection to end?",
        "Yes for `221`: it answers `QUIT` with an orderly goodbye. No for `421`: the server closes the connection on its own because it cannot continue.",
        "The client sent `QUIT` at the end of the session. Everything the server confirmed earlier in the session stays confirmed.",
        "Nothing to fix. If a delivery failed in the same session, look at the reply just before `QUIT`.",
        "The server is overloaded or has to shut down, so it refuses the greeting or ends the session after any command.",
        "Retry later in a new session; the message is not at fault. A transaction not yet confirmed when the connection closed has to be sent again.",
    ],
    // 421 vs 521
    [
        "Might the server accept mail if the client tries again later?",
        "Yes for `421`: the service is unavailable only for now. No for `521`: the host never accepts mail for anyone, so retrying is pointless.",
        "Overload, greylisting or a shutdown keeps the server from serving the session, so it sends `421` instead of the greeting or in reply to any command.",
        "Queue the message and retry later with growing delays; nothing in the message needs to change.",
        "The host is a dummy server for a host or domain that receives no mail, and it greets every client with `521` instead of `220`.",
        "Do not retry this host. Check the recipient domain for typos and ask for another address; if the domain should get mail, its admin must point its MX records at a real mail server.",
    ],
    // 521 vs 554
    [
        "Does the host refuse mail from everyone?",
        "Yes for `521`: it is a host that accepts no mail at all. No for `554`: the server takes mail in general but refuses this client, this transaction or this content.",
        "The host exists only to say that it receives no mail, typically for a domain without mail service, and greets every client with `521`.",
        "Do not retry this host. Check the recipient domain for typos and ask for another address; the domain's admin fixes its MX records if it should receive mail.",
        "The server refuses this client at the greeting, usually on policy grounds, or fails a transaction, for example content rejected after the message data.",
        "Read the text and the enhanced code. After a refused greeting the sending domain's admin checks blocklists or contacts the receiving site; otherwise change the refused content.",
    ],
    // 454 vs 530
    [
        "Did the client skip a required step?",
        "No for `454`: the client tried the step, but the server could not complete it because of a temporary fault. Yes for `530`: the command needs `AUTH`, or `STARTTLS`, before the server will carry it out.",
        "The server cannot check credentials during `AUTH` because its password service does not answer, or cannot start TLS after `STARTTLS`.",
        "Retry later without changing the password. If it persists, the server's operator checks the authentication service or the TLS setup.",
        "`MAIL FROM` or another command arrived before a login, or before encryption on a server that insists on TLS.",
        "Turn on authentication, and TLS if the text asks for it, in the mail program. Software sends `STARTTLS`, `EHLO` and `AUTH` before `MAIL FROM`.",
    ],
    // 500 vs 502
    [
        "Does the server know the command?",
        "No for `500`: the command word is unknown or misspelled, or the line is too long to read. Yes for `502`: the server recognizes the command but does not implement it or has turned it off.",
        "The command is misspelled or unknown, for example an extension the server never offered, or the line exceeds the length limit.",
        "Fix the command in the client: correct the spelling, shorten the line, and use extension commands only if the `EHLO` reply lists them.",
        "A known command such as `VRFY`, `EXPN` or `HELP` is not available here. Very old servers answer `EHLO` this way because they only know `HELO`.",
        "Continue without the command, and fall back to `HELO` if `EHLO` is refused. Ask the operator whether the feature can be enabled if you need it.",
    ],
    // 500 vs 503
    [
        "Was the command valid in itself?",
        "No for `500`: the server did not recognize it. Yes for `503`: the command is fine but came at the wrong point in the session.",
        "The line holds an unknown or misspelled command, or is longer than the standard limit.",
        "Correct the command in the client; the same line fails again if it is resent.",
        "A valid command arrived out of order, such as `DATA` before any recipient was accepted or `RCPT TO` before `MAIL FROM`.",
        "Fix the command order, or send `RSET` to start clean. Check whether an earlier refusal left the transaction without a sender or recipient.",
    ],
    // 501 vs 503
    [
        "Were the command's arguments at fault?",
        "Yes for `501`: an address, parameter or argument is malformed or out of range. No for `503`: the command and its arguments are fine, but it was sent at the wrong time.",
        "The client sent a badly formed address in `MAIL FROM` or `RCPT TO`, an invalid `EHLO` argument, or arguments on a command that takes none.",
        "Correct the arguments in the client; the text after the code often points at the faulty part.",
        "A second `MAIL FROM` came inside an open transaction, `RCPT TO` came before `MAIL FROM`, or `AUTH` came after a successful login.",
        "Fix the order of commands in the client, or send `RSET` and start the transaction again.",
    ],
    // 502 vs 503
    [
        "Would the command be accepted at another point in the session?",
        "No for `502`: this server does not implement the command, or has turned it off, whenever it is sent. Yes for `503`: the command is supported and only came out of order.",
        "The client used `VRFY`, `EXPN`, `HELP` or, on very old servers, `EHLO`, and the server does not offer it. On-demand relay servers refuse most commands this way.",
        "Stop sending the command to this server and continue without it.",
        "A valid command arrived when the session was not ready for it, such as `DATA` with no accepted recipient.",
        "Correct the client's command order: `EHLO`, `AUTH` if needed, `MAIL FROM`, one or more `RCPT TO`, then `DATA`.",
    ],
    // 503 vs 554
    [
        "Was the command merely sent at the wrong moment?",
        "Yes for `503`: a valid command came out of order. No for `554`: the server refuses the session or the transaction as such, for example because no recipient was valid or the content is rejected.",
        "The client sent `RCPT TO` before `MAIL FROM` or `DATA` without an accepted recipient, or kept sending commands after a `554` greeting refused the session.",
        "Correct the command order. If the session began with `554`, that greeting is the real problem.",
        "The server refuses the client at the greeting, fails `DATA` because no recipient was accepted, or rejects the content after the message data.",
        "Read the text and the enhanced code. For a refused greeting, the sending domain's admin checks blocklists; rejected content must be changed.",
    ],
    // 501 vs 504
    [
        "Was the syntax of the command correct?",
        "No for `501`: an argument is malformed, repeated or out of range. Yes for `504`: the command is well formed, but the server does not offer the option or value it names.",
        "An address, parameter or argument breaks the syntax, for example a malformed address, or data during `AUTH` that is not valid Base64.",
        "Correct the arguments in the client, checking parameter names and values against the extension that defines them.",
        "The client named something the server does not implement, most often an `AUTH` mechanism it does not support or allow on this connection.",
        "Choose an `AUTH` mechanism listed in the `EHLO` reply, running `STARTTLS` first if needed, or send the command without the parameter.",
    ],
    // 501 vs 553
    [
        "Can the reply concern something other than a mailbox name?",
        "Yes for `501`: it covers any malformed argument or parameter, an address being only one case. No for `553`: it always concerns a mailbox name that is malformed, not allowed or ambiguous.",
        "An argument is malformed: a broken address, an invalid `EHLO` argument, a bad extension parameter value, or arguments on a command that takes none.",
        "Correct the command line; the reply text often names the faulty part.",
        "The address in `MAIL FROM` or `RCPT TO` has wrong syntax or characters the server does not accept, such as non-ASCII ones, or a `VRFY` name matches several users.",
        "Check the address character by character and correct it. For a non-ASCII address, use the recipient's plain ASCII address if they have one.",
    ],
    // 501 vs 555
    [
        "Is the problem an extension parameter the server does not support?",
        "No for `501`: the command or parameter is known, but its argument is written wrongly. Yes for `555`: a parameter on `MAIL FROM` or `RCPT TO` is unknown or not implemented here.",
        "An address is badly formed, an argument is out of range, or an extension parameter has an invalid value.",
        "Correct the argument; the text after the code often points at it.",
        "The client added a parameter such as `SMTPUTF8`, `REQUIRETLS` or `MT-PRIORITY` that the server did not advertise after `EHLO`.",
        "Send only parameters listed in the `EHLO` reply, or drop the parameter. If the message needs the extension, route it through a server that supports it.",
    ],
    // 504 vs 555
    [
        "Can it answer `AUTH`?",
        "Yes for `504`: it refuses an option of many commands, most often an `AUTH` mechanism. No for `555`: it only answers `MAIL FROM` and `RCPT TO`, for an extension parameter the server does not know.",
        "The command is supported but not the variant asked for: an `AUTH` mechanism, a `VRFY`, `EXPN` or `HELP` argument, or a content-conversion parameter.",
        "Use an option the server offers, such as a mechanism from the `EHLO` reply, or leave the parameter out.",
        "`MAIL FROM` or `RCPT TO` carried a parameter the server did not advertise, or a Deliver By deadline it can never meet.",
        "Send only advertised parameters, or drop the refused one; deliver through another server if the message depends on it.",
    ],
    // 455 vs 555
    [
        "Could the same parameters be accepted later?",
        "Yes for `455`: the server understood the parameters but cannot honour them at the moment. No for `555`: it does not recognize or implement them, so they fail every time.",
        "A parameter on `MAIL FROM` or `RCPT TO` asks for something the server cannot provide just now, such as a Deliver By deadline that current conditions make impossible.",
        "Retry later. If it keeps happening, send without the parameter or relax its value, for example a later deadline.",
        "A parameter on `MAIL FROM` or `RCPT TO` was not advertised after `EHLO`, so the server does not support it.",
        "Drop the parameter, or send through a server that supports the extension.",
    ],
    // 504 vs 534
    [
        "Is the mechanism refused only for this user's account?",
        "No for `504`: the server does not support the mechanism, or does not allow it on this connection. Yes for `534`: the server's policy requires a stronger mechanism for this user.",
        "`AUTH` named a mechanism the server does not implement, or one it only allows after `STARTTLS` (`5.5.4`).",
        "Pick a mechanism from the list in the `EHLO` reply, running `STARTTLS` first if the one you want is only offered then.",
        "The mechanism named in `AUTH` is weaker than policy permits for that account (`5.7.9`).",
        "Use a stronger mechanism; in a mail program, change the authentication method. A new password will not help.",
    ],
    // 504 vs 538
    [
        "Is it the reply current servers are meant to send?",
        "Yes for `504`: RFC 4954 has current servers refuse an unsupported or not yet offered mechanism with it. No for `538`: it is deprecated, sent by older servers to ask for encryption before that mechanism.",
        "`AUTH` names a mechanism the server does not support, or one it does not offer on an unencrypted connection.",
        "Choose a mechanism listed in the current `EHLO` reply; after `STARTTLS` and a new `EHLO`, more mechanisms may be offered.",
        "An older server got `AUTH` with a mechanism, usually a clear-text one, before `STARTTLS` (`5.7.11`).",
        "Send `STARTTLS`, then `EHLO` again, and repeat `AUTH`. Server operators should stop sending this code.",
    ],
    // 530 vs 550
    [
        "Is a missing login or encryption the only problem?",
        "Yes for `530`: the server only wants `AUTH`, or on some servers `STARTTLS`, before it continues. No for `550`: the mailbox or the message itself is refused, for example an unknown address or a policy rule.",
        "`MAIL FROM` or a later command came before `AUTH`, or before `STARTTLS` on a server that requires TLS.",
        "Enable authentication, and TLS if the text asks for it, for the outgoing server in the mail program, then send again.",
        "The recipient is unknown, relaying is refused, the sender is blocked, or policy rejects the message.",
        "Follow the enhanced code: correct the address for `5.1.1`; for `5.7.1`, send through your own authenticated server or fix the sender's setup.",
    ],
    // 550 vs 556
    [
        "Does the refusal cover every address at the domain?",
        "No for `550`: one mailbox, sender or message is refused, and other addresses at the domain may work. Yes for `556`: the domain declares that it receives no mail at all.",
        "A mailbox is unknown, the sender may not use it, or policy rejects this mail.",
        "Read the enhanced code: correct the address, or have the sender's admin fix the policy problem.",
        "A relay or submission server finds a null MX record for the recipient's domain and refuses `RCPT TO` without trying to connect (`5.1.10`).",
        "Check the domain after the `@` for typos and ask for a working address. A domain owner who wants mail replaces the null MX with real MX records.",
    ],
    // 552 vs 554
    [
        "Does the reply code itself say that size or storage was the problem?",
        "Yes for `552`: its meaning is an exceeded size or storage limit. No for `554`: on its own it names no cause, and only the enhanced code, such as `5.3.4`, or the text can say what failed.",
        "The `SIZE` declared at `MAIL FROM` is over the limit, the message data turns out too big, or the recipient's mailbox is full.",
        "Shrink the message or send large files as a link. For a full mailbox, the recipient must free space.",
        "The server refuses the client at the greeting, finds no accepted recipient at `DATA`, or rejects the content after the message data.",
        "Read the text and the enhanced code for the reason, then change what was refused; resending unchanged will not help.",
    ],
    // 553 vs 554
    [
        "Is the problem in one mailbox address?",
        "Yes for `553`: a mailbox name is malformed, not allowed or ambiguous. No for `554`: the whole transaction or session is refused, not one address.",
        "The address in `MAIL FROM` or `RCPT TO` is malformed or uses characters the server does not accept, or a `VRFY` name is ambiguous.",
        "Correct the address character by character and send again.",
        "The server refuses the client at the greeting, has no valid recipient at `DATA`, or rejects the content.",
        "Read the text and the enhanced code. Change the refused content, or have the sending domain's admin clear a block on the sending host.",
    ],
    // 251 vs 551
    [
        "Does the server pass the message on itself?",
        "Yes for `251`: it accepts the recipient and forwards the mail to the new address. No for `551`: it refuses the recipient, and the client has to send to the new address itself.",
        "The recipient has moved, and the server accepts the mail and forwards it, naming the new address.",
        "Nothing to do for this message; the sender may update the address book.",
        "The recipient's mail is handled elsewhere, and the site reveals the new address rather than forwarding.",
        "Check that the address in the text is plausible, send the message there and update the contact.",
    ],
    // 235 vs 535
    [
        "Did the login succeed?",
        "Yes for `235`: the credentials were accepted for the rest of the session. No for `535`: the server refused the username, password or other credentials.",
        "An `AUTH` exchange finished with valid credentials, normally with the enhanced code `2.7.0`.",
        "Carry on with `MAIL FROM`. If sending still fails, the cause is in a later reply.",
        "An `AUTH` exchange finished with a wrong password, an unknown user or credentials not sufficient for the account, usually with `5.7.8`.",
        "Correct the credentials in the mail program; client software should ask the user again instead of retrying them.",
    ],
    // 235 vs 334
    [
        "Is the `AUTH` exchange finished?",
        "Yes for `235`: the login succeeded. No for `334`: the server is waiting for the client's next answer in the exchange.",
        "The client completed `AUTH` with credentials the server accepted.",
        "Carry on with `MAIL FROM` and the rest of the transaction.",
        "After `AUTH`, and after each answer from the client, the server sends base64 data for the mechanism, possibly empty, until the exchange is complete.",
        "Answer with a base64 line, or with `*` to cancel. If logins hang here, check that both sides support the mechanism and that nothing cuts the connection.",
    ],
    // 334 vs 354
    [
        "Is the server waiting for the message content?",
        "No for `334`: it waits for the next step of an `AUTH` login. Yes for `354`: it accepted `DATA` and waits for the message, ending with a line holding a single dot.",
        "During `AUTH`, the server sends data defined by the mechanism, such as a challenge, and waits for the client's base64 answer.",
        "Send the base64 answer, or `*` to cancel the login.",
        "The server accepted `DATA`, once at least one recipient was accepted, and waits for the header, the body and the final dot.",
        "Send the message and the dot line, then wait for the final reply.",
    ],
    // 432 vs 535
    [
        "Was the password rejected?",
        "No for `432`: the server needs one login with `PLAIN` before the chosen mechanism can work for the account. Yes for `535`: the credentials were not accepted.",
        "The server does not yet hold the account's credentials in the form the requested `AUTH` mechanism needs (`4.7.12`).",
        "Log in once with `PLAIN`, only over an encrypted connection, then switch back to the preferred mechanism.",
        "At the end of `AUTH` the password was wrong, the user unknown, or the credentials not sufficient for the account.",
        "Correct the username and password saved in the mail program.",
    ],
    // 551 vs X.1.6
    [
        "Is a new address given?",
        "Yes for `551`: the text usually names the address to use instead. No for `X.1.6`: the mailbox has moved, but no forwarding address is known.",
        "The user's mail is handled elsewhere, and the site reveals the new address in reply to `RCPT TO` or `VRFY`.",
        "Check that the named address is plausible, send the message there and update the contact.",
        "A former address, for instance of someone who left an organisation, no longer takes mail, and the server has no new address to offer.",
        "Remove the address from contacts and lists and ask the person for their current one.",
    ],
    // X.2.2 vs X.2.3
    [
        "Would a smaller message fit into this mailbox?",
        "No for `X.2.2`: the mailbox has used up its quota, and nothing fits until the recipient frees space. Yes for `X.2.3`: the message is over this mailbox's own size limit, so a smaller one can pass.",
        "The recipient's mailbox is over its storage quota, found at `RCPT TO`, at the end of the message data, or at final delivery.",
        "Tell the recipient another way; they must delete or archive mail, or their admin raise the quota. After `4.2.2` your server retries; after `5.2.2` send again later.",
        "The recipient has a size limit lower than the server's general one, and the message is over it. Servers send it with `552`, usually after the message data.",
        "Remove or compress attachments, or share large files by link. If the recipient needs large files, their administrator can raise the limit on their mailbox.",
    ],
    // X.1.1 vs X.1.2
    [
        "Does the recipient's domain take mail?",
        "Yes for `X.1.1`: the domain works, but the mailbox before the `@` does not exist there. No for `X.1.2`: the part after the `@` does not exist or cannot receive email.",
        "The receiving server knows the domain but not the mailbox, and answers `RCPT TO` with `550 5.1.1`, or a later server reports it in a bounce.",
        "Check the part before the `@` and confirm the address with the recipient; the person may have left or changed address.",
        "A DNS lookup for the recipient's domain finds no such domain or no usable mail server. Sending servers report it in bounces, and relays may refuse `RCPT TO` with it.",
        "Check the domain for typos such as a misspelled ending and confirm it with the recipient. If the domain is yours, register it and publish correct MX records.",
    ],
    // X.1.1 vs X.2.1
    [
        "Does the mailbox exist?",
        "No for `X.1.1`: there is no mailbox of that name at the domain. Yes for `X.2.1`: the mailbox exists but has been switched off for incoming mail.",
        "The name before the `@` is unknown at a domain that takes mail, so `RCPT TO` gets `550 5.1.1`.",
        "Correct the address or ask the recipient for the current one; resending unchanged fails again.",
        "The provider has suspended, locked or closed the account without deleting it yet. `4.2.1` means a block for a while, `5.2.1` one that will not be lifted.",
        "Contact the recipient another way for a working address or to have the account enabled again. After `4.2.1` your server retries by itself.",
    ],
    // X.4.1 vs X.4.2
    [
        "Was a connection to the next server established?",
        "No for `X.4.1`: the host never answered, because it was busy, down or unreachable. Yes for `X.4.2`: a connection was made, but it failed before the transaction was complete.",
        "The sending server could not get an answer from the recipient's mail hosts: its connections timed out or were refused. It reports this in delay notices or its log.",
        "Wait for the retries. If it lasts for hours, check the recipient domain's MX records, that its servers run and accept connections, and that no firewall blocks them.",
        "The other side stopped responding during the session, or the connection dropped, for example in the middle of a long `DATA` transfer.",
        "Let the sending server retry, treating the transaction like a temporary `451`. If one destination keeps failing, look for packet loss and check the timeouts on both sides.",
    ],
    // X.4.1 vs X.4.7
    [
        "Did delivery end because the message got too old?",
        "No for `X.4.1`: it names the actual obstacle, a next host that did not answer. Yes for `X.4.7`: the message stayed queued past the allowed time, or missed a deadline the sender set.",
        "Connections to the recipient's mail hosts timed out or were refused, so the host seemed busy, down or unreachable.",
        "Let the sending server keep retrying. If it lasts for hours, check the recipient's MX records, its mail servers and any firewall in between.",
        "A sending server retried a destination for days without success and gave up, or a deadline set with the Deliver By extension passed.",
        "Look in the bounce or the server log for the errors of the earlier attempts, fix that real cause, then send the message again.",
    ],
    // X.7.1 vs X.7.26
    [
        "Does the code say that several authentication checks failed?",
        "No for `X.7.1`: it only says policy refuses delivery, which may be relaying, a blocklist or a single failed check. Yes for `X.7.26`: more than one check, such as SPF, DKIM or reverse DNS, failed.",
        "The receiving side refuses relaying, blocks the sending host or sender, or rejects a message that failed SPF or DMARC.",
        "Read the text for the rule that matched. Use your own server instead of relaying; the sender's admin fixes SPF or DMARC, or asks a named blocklist for delisting.",
        "The message failed several of the receiver's authentication checks, and its policy refuses it. Servers use this code instead of naming only the first failure.",
        "The sender's admin fixes every check: all sending servers in SPF, DKIM signatures from the `From` domain, and matching reverse DNS. A test message shows each result.",
    ],
    // X.7.23 vs X.7.24
    [
        "Did the SPF check reach a result?",
        "Yes for `X.7.23`: the result was \"fail\", because the domain's record does not authorize the sending IP address. No for `X.7.24`: an error stopped the check, a DNS problem or a broken record.",
        "The domain in `MAIL FROM`, or the `HELO` name, publishes SPF that does not cover the sending IP address, and the receiver's policy refuses such mail.",
        "The sender's admin adds every legitimate sending server to the SPF record. If forwarding caused it, the forwarder should rewrite `MAIL FROM` to its own domain.",
        "DNS lookups for the SPF record time out (`451 4.7.24`), or the record has a syntax error, is published twice, or needs more than 10 lookups (`550 5.7.24`).",
        "The sender's admin keeps exactly one record starting with `v=spf1`, fixes typos and stays within 10 lookups. For the temporary form, make sure DNS answers reliably.",
    ],
    // X.7.23 vs X.7.26
    [
        "Was SPF the only check named as failing?",
        "Yes for `X.7.23`: the SPF result was \"fail\", and that is the reason given. No for `X.7.26`: several authentication checks failed, and the code does not say which ones.",
        "The sending IP address is not covered by the SPF record of the `MAIL FROM` domain or the `HELO` name, often after a new mail service was added or because of forwarding.",
        "Add the missing server, or the provider's `include:`, to the domain's single SPF record. For forwarding, the forwarder rewrites `MAIL FROM` to its own domain.",
        "More than one check failed, for example forged mail or forwarded mail that broke both SPF and DKIM. A DMARC failure also means neither passed for the `From` domain.",
        "Fix SPF, DKIM signing by the `From` domain and reverse DNS together, then check each result in the `Authentication-Results` header of a test message.",
    ],
    // X.5.1 vs X.5.2
    [
        "Was the command well formed?",
        "Yes for `X.5.1`: the command could be read, but it is not supported or came at the wrong point in the session. No for `X.5.2`: its syntax was wrong, or the command word was unknown.",
        "The client sent an unsupported or disabled command, or one out of order, such as `RCPT TO` before `MAIL FROM` or a command before a required `STARTTLS`.",
        "Correct the client: keep the order `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA`, and use only commands from the `EHLO` reply.",
        "A command was malformed, or an `AUTH` response was not valid Base64. `550 5.5.2` also reports an SPF record that cannot be interpreted.",
        "Find the rejected command in the SMTP log and make the client send it well formed. In the SPF case, the sending domain's owner repairs the record.",
    ],
    // X.2.3 vs X.3.4
    [
        "Does the size limit apply to this recipient alone?",
        "Yes for `X.2.3`: this mailbox has its own limit, lower than the server's, and other recipients may still get the message. No for `X.3.4`: the message is over the system's maximum for every recipient.",
        "The message exceeds the size limit set on one recipient's mailbox. It comes with `552`, usually after the message data.",
        "Make the message smaller, or ask the recipient to have their administrator raise the limit on their mailbox.",
        "The `SIZE` declared at `MAIL FROM`, or the real size after the data, is over the largest message the receiving system accepts.",
        "Share large files through a link or compress them, and stay under the number after `SIZE` in the server's `EHLO` reply.",
    ],
    // X.1.1 vs X.1.3
    [
        "Was the address well formed?",
        "Yes for `X.1.1`: the address could be read, but no such mailbox exists. No for `X.1.3`: the address is malformed, so the server did not even look it up.",
        "The domain takes mail but has no mailbox of that name; `550 5.1.1` in reply to `RCPT TO` is typical.",
        "Confirm the address with the recipient another way and correct it.",
        "The recipient address has forbidden characters or spaces, a missing or extra `@`, no angle brackets, or is too long. It usually comes as `501 5.1.3`.",
        "Remove stray characters and make sure there is exactly one `@` and a valid domain. Developers check that `RCPT TO` carries the bare address in angle brackets.",
    ],
    // X.1.1 vs X.1.6
    [
        "Does the server say the address used to work?",
        "No for `X.1.1`: the server only says that no mailbox of that name exists. Yes for `X.1.6`: the mailbox has moved, and no forwarding address is known.",
        "The name before the `@` is unknown at a domain that takes mail.",
        "Check the address for typos and confirm it with the recipient.",
        "The address belongs to someone who has left the organisation or moved to another provider, and the server has no new address to offer.",
        "Stop using the address, remove it from contacts and mailing lists, and ask the person for their current address.",
    ],
    // X.1.2 vs X.1.10
    [
        "Has the domain declared that it takes no mail?",
        "No for `X.1.2`: the domain does not exist or has no usable mail server. Yes for `X.1.10`: it publishes a null MX, a deliberate statement that it accepts no email.",
        "The DNS lookup for the recipient's domain finds no such domain, or no usable mail server.",
        "Check the domain for typos and confirm the address. If the domain is yours, make sure it is registered and publishes MX or address records.",
        "The DNS lookup finds a null MX for the recipient's domain, so servers refuse `RCPT TO` at once, usually with `556`.",
        "Check for a typo or a look-alike domain and get a working address. An owner who wants mail replaces the null MX with real MX records.",
    ],
    // X.1.3 vs X.1.7
    [
        "Is the malformed address the recipient's?",
        "Yes for `X.1.3`: the address in `RCPT TO` is not well formed. No for `X.1.7`: the sender address, usually the one in `MAIL FROM`, is the malformed one.",
        "The recipient address has forbidden characters, a missing or extra `@`, or no angle brackets.",
        "Correct the recipient address and send again.",
        "The sender address lacks a domain or an `@`, has invalid characters or no angle brackets, often because a script, form or device is set up wrongly.",
        "Fix the sender address in the program or device settings. `MAIL FROM` must carry only the bare address in angle brackets, without a display name.",
    ],
    // X.2.2 vs X.3.1
    [
        "Can the recipient fix it by deleting mail?",
        "Yes for `X.2.2`: only their mailbox is over quota. No for `X.3.1`: the whole mail system is out of storage, and only its administrator can add space.",
        "One recipient's mailbox has reached its quota; other recipients on the same server may still get the message.",
        "Tell the recipient another way; they delete or archive mail, or their admin raises the quota.",
        "The server's disk or queue storage is exhausted, so it answers `MAIL FROM`, `RCPT TO` or the message data with `452 4.3.1`.",
        "Senders wait while the message is retried; the administrator of the receiving server frees disk space or adds storage.",
    ],
    // X.3.1 vs X.5.3
    [
        "Is the server out of storage?",
        "Yes for `X.3.1`: the mail system as a whole has run out of space. No for `X.5.3`: the message names more recipients than the server accepts in one transaction.",
        "Disk or queue storage is exhausted, or there is no room for the declared `SIZE`. It comes as `452 4.3.1`.",
        "Nothing for the sender to do; the administrator of the receiving server frees or adds storage.",
        "`RCPT TO` went past the server's recipient limit for one message; usually with `452`, sometimes with `451`, or as a permanent `5.5.3`.",
        "Send to the recipients already accepted and the rest in a new transaction; people split large lists or use a mailing list.",
    ],
    // X.4.3 vs X.4.4
    [
        "Did the directory service itself fail to answer?",
        "Yes for `X.4.3`: DNS or another directory service was unreachable or did not respond. No for `X.4.4`: the trouble is the routing data, typically a domain with no usable MX or address records.",
        "A DNS lookup needed for delivery timed out or failed on the DNS server's side, for example during an SPF check (`451 4.4.3`).",
        "Let the retries run. If it persists, check the resolver of the reporting server and the name servers of the affected domain.",
        "The recipient's domain does not exist, has no usable MX or address records, or returns only an SOA record, so no next hop is known.",
        "Check the recipient domain for typos. If it is correct, its owner must publish MX or address records that lead to a reachable mail server.",
    ],
    // X.7.8 vs X.7.9
    [
        "Were the credentials themselves rejected?",
        "Yes for `X.7.8`: the username, password or other credentials were wrong or not sufficient. No for `X.7.9`: only the login mechanism was refused as too weak, and the password may be right.",
        "A submission server rejects `AUTH` with `535 5.7.8`, for example because the mail program still has an old password saved.",
        "Enter the username and password for the outgoing server again; some providers want the full address as username, or an app password.",
        "`AUTH` used a mechanism weaker than the server's policy allows for the account, answered as `534 5.7.9`.",
        "Pick another mechanism from those listed after `AUTH` in the `EHLO` reply, or ask the provider which one it requires.",
    ],
    // X.7.8 vs X.7.13
    [
        "Were the login details correct?",
        "No for `X.7.8`: the credentials were wrong or not sufficient. Yes for `X.7.13`: the login succeeded, but the account has been disabled and may not send.",
        "`AUTH` failed and the server answers `535 5.7.8`, typically because an old password is saved in the mail program.",
        "Correct the username and password for the outgoing server, or use the separate app password the provider requires.",
        "Right after a successful `AUTH`, the provider refuses an account it has switched off, for example over unpaid bills, abuse or signs of a break-in.",
        "Stop re-entering the password. Contact the provider to learn why the account was disabled and have it enabled again.",
    ],
    // X.7.7 vs X.7.20
    [
        "Is the message refused because the receiver demands a passing DKIM signature?",
        "No for `X.7.7`: the complaint is that the message was altered after signing, so its integrity check failed. Yes for `X.7.20`: the receiver requires a DKIM pass, and the message was unsigned or every signature failed.",
        "A verifier finds that a signed or protected message no longer matches its signature, often because a server rewrote headers or added text after signing.",
        "Find what changes the message after signing, such as mailing lists, forwarders or footer tools, and sign as the very last step before it leaves.",
        "A receiver that insists on DKIM got a message with no signature, or with only signatures that failed, once the message data arrived.",
        "Sign all outgoing mail with DKIM and publish the public key at `<selector>._domainkey.<domain>`, then check a test message for a DKIM pass.",
    ],
    // X.7.20 vs X.7.22
    [
        "Did any DKIM signature pass?",
        "No for `X.7.20`: the message had no signature, or every one failed. Yes for `X.7.22`: signatures verified, but none was made by the domain in the `From` header field.",
        "A receiver that requires DKIM got an unsigned message, or one whose signatures failed, for example because the key is missing from DNS.",
        "Sign all outgoing mail, publish the public key at `<selector>._domainkey.<domain>`, and stop changes to the message after signing.",
        "A mail service signed with its own domain instead of the customer's `From` domain, and the receiver requires the two to match.",
        "Make the signature's `d=` domain the `From` domain, for example by setting up the service's custom-domain DKIM.",
    ],
    // X.1.10 vs X.7.27
    [
        "Is it the recipient's domain that has a null MX?",
        "Yes for `X.1.10`: the domain you are sending to takes no mail. No for `X.7.27`: the sender's domain publishes the null MX, so replies and bounces could never reach it.",
        "The recipient's domain publishes a null MX, so servers refuse `RCPT TO` at once, usually with `556`.",
        "Check the recipient domain for typos or look-alikes and get a working address from the recipient.",
        "The domain in `MAIL FROM` or the `From` header field has a null MX, often a forged return address or a null MX published by mistake.",
        "Send from a domain that can receive mail. If the domain is meant to send mail, its admin replaces the null MX with real MX records.",
    ],
    // X.0.0 vs X.7.0
    [
        "Does the code say which area the problem is in?",
        "No for `X.0.0`: it gives only the class (success, temporary or permanent failure) and nothing about the cause. Yes for `X.7.0`: a security or policy rule stopped the command or the message.",
        "The software cannot map the outcome to anything more specific. `2.0.0` also marks routine successes, such as the `221` reply to `QUIT`.",
        "For `4.0.0` the sending server retries. For `5.0.0` read the text and, if it says nothing, send the error line and its time to the server's admin.",
        "A security step blocked the command: `454 4.7.0` for a temporary login fault, `530 5.7.0` when `AUTH` or `STARTTLS` must come first, or an unexplained policy refusal.",
        "Do what the server asks, `STARTTLS` or `AUTH` first, or retry later after `454`. Otherwise ask the receiving site's postmaster.",
    ],
    // X.5.1 vs X.5.4
    [
        "Was the command itself acceptable?",
        "No for `X.5.1`: the command is not supported or came at the wrong point in the session. Yes for `X.5.4`: the command was valid, but one of its arguments was not.",
        "The client sent an unknown or disabled command, a second `MAIL FROM` in one transaction, or a command before a required `STARTTLS` or `AUTH`.",
        "Correct the client's command order and use only commands the `EHLO` reply lists.",
        "An `AUTH` mechanism the server does not offer (`504 5.5.4`), an unknown `MAIL FROM` or `RCPT TO` parameter, or an invalid extension parameter value.",
        "Compare the rejected command with the `EHLO` reply and send only supported parameters with valid values.",
    ],
    // X.7.1 vs X.7.23
    [
        "Does the code say that SPF was the reason?",
        "No for `X.7.1`: it only says delivery is not authorized, which may be relaying, a blocklist or another rule. Yes for `X.7.23`: the SPF check returned \"fail\" for the sending IP address.",
        "Relaying is refused, a filter blocks the host or sender, or a server reports a failed SPF check this way, as RFC 7208 recommends.",
        "Read the text for the rule. Send through your own server instead of relaying, or have the sender's admin fix SPF, DMARC or a blocklisting.",
        "The `MAIL FROM` domain or the `HELO` name has SPF that does not authorize the sending IP address, and policy rejects such mail.",
        "The sender's admin lists every legitimate server in the domain's single SPF record, with `ip4:`, `ip6:` or the provider's `include:`.",
    ],
    // X.7.23 vs X.7.25
    [
        "Did the check concern the sender's SPF record?",
        "Yes for `X.7.23`: the SPF record of the `MAIL FROM` domain, or of the `HELO` name, did not authorize the sending IP address. No for `X.7.25`: the IP address itself failed a reverse DNS check.",
        "SPF for the sender's domain does not cover the sending server, often after a new mail service was added or because of forwarding.",
        "Add the missing servers to the SPF record; forwarders rewrite `MAIL FROM` to their own domain.",
        "The sending IP address has no PTR record, or its PTR name does not resolve back to the same address, as is common with new cloud servers.",
        "Ask whoever controls the IP address for a PTR record naming the mail server, with a matching A or AAAA record, and use that name in `EHLO`.",
    ],
];
