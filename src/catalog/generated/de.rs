// @generated from data/ by build/ (the texts of German, `de`). Do not edit: change data/ and run
// `cargo run --manifest-path generate/Cargo.toml`.

use super::{NOTE_COUNT, PAIR_COUNT, REASON_COUNT, TEXT_ROWS, UI_KEYS, VENDOR_CODE_COUNT};

/// Per record (rows as in `super::TEXT_ROWS`): ["title", "meaning", "when_seen", "how_to_fix"].
pub(super) static TEXTS: [[&str; 4]; TEXT_ROWS] = [
    // 211
    [
        "Systemstatus oder Systemhilfe",
        "Der Server beantwortet eine Informationsanfrage mit einem Bericht über seinen Zustand oder mit allgemeiner Hilfe. Es ist eine Erfolgsantwort, die für Menschen gedacht ist; es wurde keine E-Mail gesendet oder verändert.",
        "Server können ihn als Antwort auf `HELP` senden, als Alternative zu `214`. Bei der normalen Mailzustellung taucht er fast nie auf, weil Mailsoftware keinen Grund hat, um Hilfe zu bitten.",
        "Es gibt nichts zu beheben: Der Befehl hat funktioniert. Lesen Sie den Text, wenn Sie ihn angefordert haben, aber lassen Sie kein Programm von seinem Wortlaut abhängen, denn der unterscheidet sich von Server zu Server.",
    ],
    // 214
    [
        "Hilfetext",
        "Der Server beantwortet `HELP` mit einem Text für Menschen, etwa mit den Befehlen, die er annimmt, oder mit einer Anleitung zu einem davon. Es ist eine Erfolgsantwort; an der Mailzustellung hat sich nichts geändert.",
        "Server senden ihn als Antwort auf `HELP`, mit oder ohne Befehlsnamen als Argument, oft über mehrere Zeilen verteilt. Am häufigsten sehen ihn Leute, die einen Server testen, indem sie Befehle von Hand eintippen.",
        "Es gibt nichts zu beheben. Lesen Sie den Text, wenn Sie Hilfe angefordert haben; Programme sollten ihn nicht auswerten, weil sein Inhalt frei formuliert ist und sich zwischen Servern unterscheidet.",
    ],
    // 220
    [
        "Dienst bereit",
        "Der Server ist bereit. Als erste Zeile einer Verbindung ist er die Begrüßung, die den Client auffordert, mit `EHLO` fortzufahren; als Antwort auf `STARTTLS` teilt er dem Client mit, jetzt den TLS-Handshake zu beginnen.",
        "Server senden ihn, sobald sich ein Client verbindet, meist gefolgt von ihrem Hostnamen, und als Antwort auf `STARTTLS`, sobald sie bereit sind, die Verbindung zu verschlüsseln. Ein Server, der die ganze Sitzung ablehnt, begrüßt stattdessen mit `554` oder `521`.",
        "Es gibt nichts zu beheben. Nach der Begrüßung fährt der Client mit `EHLO` fort. Nach einem `220` auf `STARTTLS` schließt er den TLS-Handshake ab und sendet danach erneut `EHLO`, weil alles, was vor der Verschlüsselung ausgehandelt wurde, nicht mehr gilt.",
    ],
    // 221
    [
        "Dienst schließt den Übertragungskanal",
        "Der Server hat `QUIT` angenommen und schließt die Verbindung ordnungsgemäß. Alles, was er zuvor in der Sitzung bestätigt hat, bleibt bestätigt.",
        "Server senden ihn als Antwort auf `QUIT` am normalen Ende einer Sitzung, meist mit ihrem Hostnamen. Er steht oft als letzte Zeile im Log einer fehlgeschlagenen Zustellung, meldet aber nur die Verabschiedung, nicht den Fehler.",
        "Es gibt nichts zu beheben. Ist in derselben Sitzung eine Zustellung fehlgeschlagen, sehen Sie sich die Antwort direkt vor `QUIT` an: Sie nennt das Problem.",
    ],
    // 235
    [
        "Authentifizierung erfolgreich",
        "Der `AUTH`-Austausch war erfolgreich: Der Server hat Benutzername und Passwort oder andere Zugangsdaten für den Rest dieser Sitzung akzeptiert. Normalerweise trägt die Antwort den erweiterten Code `2.7.0`.",
        "Server senden ihn am Ende eines erfolgreichen `AUTH`-Austauschs, typischerweise wenn sich ein Mailprogramm oder eine Anwendung vor dem Senden an ihrem Postausgangsserver anmeldet.",
        "Es gibt nichts zu beheben. Schlägt das Senden danach trotzdem fehl, liegt die Ursache in einer späteren Antwort, etwa einem `550` oder `554` zum Absender oder zu einem Empfänger.",
    ],
    // 250
    [
        "Angeforderte Mail-Aktion in Ordnung, abgeschlossen",
        "Der Befehl war erfolgreich. Nach dem abschließenden Punkt der Nachricht (oder dem letzten `BDAT`-Block) bedeutet er mehr: Der Server hat die Verantwortung für die Nachricht übernommen und wird sie zustellen oder später eine Unzustellbarkeitsnachricht schicken.",
        "Server bestätigen damit `EHLO`, `MAIL FROM`, jedes `RCPT TO`, die Nachrichtendaten, `RSET`, `NOOP` sowie ein erfolgreiches `VRFY` oder `EXPN`. Auch Erweiterungen nutzen ihn: für jeden `BDAT`-Block, für `BURL`, wenn `ETRN` einen Warteschlangenlauf startet und wenn `ATRN` die Sitzung übergibt.",
        "Es gibt nichts zu beheben. Ist eine mit `250` angenommene Nachricht nie angekommen, ging sie erst hinter diesem Server verloren: Prüfen Sie die Logs des Servers, der mit `250` geantwortet hat, anhand der Queue-ID, die viele Server in den Antworttext schreiben, und den Spam-Ordner des Empfängers.",
    ],
    // 251
    [
        "Benutzer nicht lokal; wird weitergeleitet",
        "Der Server hat den Empfänger angenommen, aber das Postfach liegt nicht auf diesem Server: Er reicht die Nachricht an eine andere Adresse weiter, die er nennt. Nichts ist fehlgeschlagen. Als Antwort auf `ETRN` bedeutet derselbe Code dagegen, dass für die angefragte Domain keine Mail wartet.",
        "Server können ihn nach `RCPT TO` oder `VRFY` für einen Benutzer senden, der zu einer neuen Adresse umgezogen ist. Server können auch stillschweigend weiterleiten und mit einem einfachen `250` antworten. Server mit `ETRN`-Unterstützung senden ihn, wenn die Warteschlange für die genannte Domain leer ist.",
        "Für diese Nachricht ist nichts zu tun. Nennt der Text eine neue Adresse, kann der Absender sein Adressbuch aktualisieren, damit künftige Mails direkt dorthin gehen.",
    ],
    // 252
    [
        "Benutzer nicht überprüfbar; Nachricht wird angenommen und Zustellung versucht",
        "Der Server bestätigt nicht, ob die Adresse existiert, nimmt aber Mail dafür an und versucht, sie zuzustellen. Über das Postfach sagt die Antwort nichts aus. Als Antwort auf `ETRN` bedeutet derselbe Code, dass der Server begonnen hat, die für diese Domain wartende Mail zu senden.",
        "Viele Server beantworten jedes `VRFY` und `EXPN` so, weil bestätigte Adressen Spammern beim Sammeln helfen. Dieselbe Antwort kommt auch, wenn die Auskunft UTF-8-Text bräuchte, den der Client nicht mit `SMTPUTF8` erlaubt hat.",
        "Es gibt nichts zu beheben. Werten Sie ihn nicht als Beweis, dass das Postfach existiert: Das lässt sich nur herausfinden, indem Sie eine Nachricht senden und auf eine Unzustellbarkeitsnachricht achten.",
    ],
    // 253
    [
        "Zustellung wartender Nachrichten für den Knoten gestartet, mit Anzahl",
        "Antwort auf `ETRN`: Der Server hat begonnen, die Mail zuzustellen, die er für die angefragte Domain oder den Host vorhält, und der Text nennt die Anzahl der wartenden Nachrichten. Es ist eine Erfolgsantwort.",
        "Server mit `ETRN`-Unterstützung senden ihn an einen nur zeitweise verbundenen Standort, etwa den Mailserver eines kleinen Büros, der sich gemeldet hat, um seine zwischengespeicherte Mail abzurufen. Kein anderer Befehl liefert ihn.",
        "Es gibt nichts zu beheben. Halten Sie Ihren eigenen Mailserver erreichbar: Der Provider stellt ihm die wartenden Nachrichten über neue, gewöhnliche SMTP-Verbindungen zu.",
    ],
    // 334
    [
        "Authentifizierungs-Challenge",
        "Der Server steckt mitten in einem `AUTH`-Austausch und wartet auf die nächste Antwort des Clients. Der Text nach dem Code besteht aus Base64-Daten, deren Inhalt der gewählte Mechanismus festlegt, etwa eine Challenge; er kann auch leer sein.",
        "Server senden ihn nach `AUTH` und nach jeder Antwort des Clients, bis der Austausch abgeschlossen ist. Endet ein Log bei `334`, hat der Client nie geantwortet oder die Verbindung ist abgebrochen.",
        "An sich gibt es nichts zu beheben: Der Client antwortet mit einer Base64-Zeile oder bricht mit `*` ab. Hängen Anmeldungen an dieser Stelle, prüfen Sie, ob Client und Server denselben Mechanismus unterstützen und ob nichts dazwischen die Verbindung trennt.",
    ],
    // 354
    [
        "Mail-Eingabe starten; mit einer Zeile beenden, die nur einen Punkt enthält",
        "Der Server hat `DATA` angenommen und wartet auf die eigentliche Nachricht: Headerfelder, eine Leerzeile, den Nachrichtentext und zum Schluss eine Zeile mit einem einzelnen Punkt. Zur Zustellung angenommen ist bis jetzt noch nichts.",
        "Server senden ihn als Antwort auf `DATA`, sobald mindestens ein Empfänger angenommen wurde. Endet eine Sitzung direkt nach `354`, ist die Verbindung meist während der Übertragung der Nachricht abgebrochen oder in ein Timeout gelaufen.",
        "Es gibt nichts zu beheben: Senden Sie die Nachricht, schließen Sie mit der Punktzeile ab und warten Sie auf die abschließende Antwort, `250` oder einen Fehler. Bleiben Sitzungen hier immer wieder hängen, suchen Sie nach einer langsamen oder instabilen Netzverbindung oder einem filternden Gerät zwischen den beiden Servern.",
    ],
    // 355
    [
        "Oktett-Offset ist der Transaktions-Offset",
        "Antwort der experimentellen Checkpoint/Restart-Erweiterung: Der Server hat noch einen Teil einer Nachricht aus einem abgebrochenen Versuch mit derselben Transaktions-ID, und die Zahl im Text gibt an, wie viele Oktette ihm bereits vorliegen. Die Übertragung kann dort fortgesetzt werden, statt von vorn zu beginnen.",
        "Nur Server mit der Erweiterung `CHECKPOINT` senden ihn, und zwar als Antwort auf `MAIL FROM` mit einem `TRANSID`-Parameter, der zu einer unvollendeten Transaktion passt. In der Praxis ist er sehr selten.",
        "Es gibt nichts zu beheben. Ein Client, der die Erweiterung nutzt, setzt die Transaktion fort und sendet nur, was auf den genannten Offset folgt; ein Client, der nie `TRANSID` sendet, sollte diese Antwort nie erhalten.",
    ],
    // 400
    [
        "Vorübergehender Fehler, später erneut versuchen",
        "Keine Standardantwort: Kein RFC definiert `400`, und der Code sagt nichts über seine erste Ziffer hinaus, die einen vorübergehenden Fehler kennzeichnet. Der Mailserver Courier verwendet ihn für mehrere vorübergehende Ablehnungen, etwa wenn er zuerst `STARTTLS` verlangt oder einen Empfänger im Moment nicht nachschlagen kann.",
        "Courier beantwortet die meisten Befehle damit, wenn die Verbindung verschlüsselt sein muss und der Client noch kein `STARTTLS` gesendet hat. Ebenso antwortet er auf `RCPT TO`, wenn die Alias-Auflösung fehlschlägt, und meldet damit, dass sein interner Einlieferungsprozess nicht gestartet werden konnte.",
        "Behandeln Sie ihn wie jede andere 4xx-Antwort und lassen Sie den sendenden Server später erneut zustellen. Verlangt der Text `STARTTLS`, aktivieren Sie TLS im Client oder im sendenden Server. Kommt er aus einem anderen Grund immer wieder, muss der Betreiber des antwortenden Servers seine Logs prüfen.",
    ],
    // 417
    [
        "Absender- oder HELO-Prüfung vorübergehend fehlgeschlagen",
        "Keine Standardantwort: Kein RFC definiert `417`. Der Mailserver Courier sendet ihn, wenn eine Prüfung des Absenders aus einem vorübergehenden Grund nicht abgeschlossen werden konnte, meist eine DNS-Abfrage der Absenderdomain oder des `HELO`-Namens. Das dauerhafte Gegenstück bei Courier ist `517`.",
        "Courier beantwortet `MAIL FROM` damit, wenn seine optionalen Absenderprüfungen aktiv sind und die DNS-Abfrage für die Absenderdomain oder den `HELO`-Namen fehlschlägt oder in ein Timeout läuft. Er wird auch für SPF-Ergebnisse verwendet, die der Server laut Konfiguration als vorübergehend statt als endgültig behandelt.",
        "Lassen Sie den sendenden Server erneut zustellen; ein kurzer DNS-Ausfall behebt sich von selbst. Hält das Problem an, sollte der Administrator der Absenderdomain prüfen, ob die DNS-Server der Domain zuverlässig antworten, und der sendende Server sollte einen auflösbaren `HELO`-Namen angeben.",
    ],
    // 421
    [
        "Dienst nicht verfügbar, Übertragungskanal wird geschlossen",
        "Der Server schließt die Verbindung und verarbeitet in dieser Sitzung nichts mehr. Das Problem ist vorübergehend: Mit Ihrer Nachricht ist alles in Ordnung, und dieselbe Zustellung sollte später funktionieren.",
        "Server senden ihn statt der Begrüßung, wenn sie überlastet sind oder Sie per Greylisting vorerst abweisen, und als Antwort auf einen beliebigen Befehl, wenn sie herunterfahren müssen. Ein Server, der abrupt gestoppt wird, sendet ihn unter Umständen kurz bevor die Verbindung abbricht.",
        "An der Nachricht ist nichts zu beheben: Lassen Sie Ihren Mailserver sie in die Warteschlange stellen und später mit wachsenden Abständen erneut zustellen. Tritt er bei einer bestimmten sendenden IP-Adresse immer wieder auf, senken Sie Ihre Senderate, prüfen Sie, ob die Adresse auf einer Blockliste steht, und lesen Sie den Text nach dem Code, der oft den Grund nennt.",
    ],
    // 422
    [
        "Inoffizieller Code im Zusammenhang mit einer Passwortumstellung",
        "Keine Standardantwort: Kein RFC definiert `422`. Das IANA-Register führt ihn neben `432` als Basiscode auf, der zu `X.7.12` (Passwortumstellung erforderlich) gehören kann, während das Greylisting-Skript, das dem Mailserver Stalwart beiliegt, mit `422 4.2.2` Mail von einem Absender zurückstellt, den es noch nicht kennt.",
        "Nach `RCPT TO` ist er eine Zurückstellung durch Greylisting, wie im Skript von Stalwart: Der Server weist den ersten Zustellversuch eines unbekannten Absenders ab und nimmt einen erneuten Versuch einige Minuten später an. Nach `AUTH` stünde er an der Stelle, an der RFC 4954 `432 4.7.12` verwendet.",
        "Nach `RCPT TO` lassen Sie den sendenden Server von selbst erneut zustellen; der nächste Versuch kommt durch, sobald die Wartezeit des Greylistings abgelaufen ist. Nach `AUTH` behandeln Sie ihn wie `432`: Melden Sie sich einmal mit dem Mechanismus PLAIN über eine verschlüsselte Verbindung an und verwenden Sie danach wieder den bevorzugten Mechanismus.",
    ],
    // 424
    [
        "Vorübergehender Fehler beim Auflösen eines Alias oder einer Weiterleitung",
        "Keine Standardantwort: Kein RFC definiert `424`. OpenSMTPD sendet ihn zusammen mit `4.2.4`, wenn es vorübergehend nicht ermitteln kann, wohin die Mail eines Empfängers gehen soll, weil das Nachschlagen eines Alias, einer virtuellen Adresse oder einer Forward-Datei fehlgeschlagen ist.",
        "OpenSMTPD liefert ihn als Antwort auf `RCPT TO`, wenn eine Tabellenabfrage für den Empfänger einen vorübergehenden Fehler ergibt, etwa bei einer Datenbank oder Datei, die nicht gelesen werden kann, oder bei einer Forward-Datei eines Benutzers, die sich nicht prüfen lässt. Die dauerhafte Form desselben Problems ist `524` mit `5.2.4`.",
        "Die sendende Seite muss nur später erneut zustellen. Der Betreiber des empfangenden OpenSMTPD-Servers sollte seine Logs lesen, die verwendeten Alias-, Virtual- und Forward-Tabellen prüfen und sicherstellen, dass die Backends dahinter erreichbar sind.",
    ],
    // 430
    [
        "Inoffizieller Code im Zusammenhang mit einem ungültigen Befehl",
        "Keine Standardantwort: Kein RFC definiert `430`. Der chkuser-Patch für qmail sendet ihn, wenn er einen Empfänger vorübergehend nicht prüfen kann, und das IANA-Register führt ihn unter den Basiscodes auf, die zu `X.5.1` (ungültiger Befehl) gehören können. Als 4xx-Code steht er für einen vorübergehenden Fehler.",
        "Der chkuser-Patch beantwortet `RCPT TO` mit `430` und `#4.3.0` im Text, wenn die Benutzerdatenbank, gegen die er Empfänger prüft, nicht erreichbar ist. Andere Server meinen damit womöglich etwas anderes, daher erklärt der Text nach dem Code am besten, worum es geht.",
        "Lassen Sie den sendenden Server später erneut zustellen, wie bei jedem 4xx-Code; an der Nachricht selbst muss nichts geändert werden. Kommt er immer wieder, muss der Administrator des antwortenden Servers die Benutzerdatenbank hinter der Empfängerprüfung reparieren (bei chkuser das vpopmail-Backend).",
    ],
    // 431
    [
        "Empfangendes Mailsystem ist voll",
        "Keine Standardantwort: Kein RFC definiert `431`, auch wenn die Zahl dem erweiterten Code `4.3.1` entspricht. Der Mailserver Courier sendet ihn, wenn der Speicherplatz knapp ist und er den Empfänger oder die Nachricht nicht sicher annehmen kann, und außerdem bei einem weichen Limit für die Zahl der Empfänger.",
        "Courier beantwortet `RCPT TO` damit, wenn der freie Speicherplatz unter seinem Schwellenwert liegt, und das Ende von `DATA`, wenn die Nachricht mangels Platz nicht geschrieben werden kann. Ist ein weiches Empfängerlimit konfiguriert, erhält jedes `RCPT TO` über dem Limit diesen Code mit dem Hinweis auf zu viele Empfänger.",
        "Der Absender muss nur abwarten: Ein normaler Mailserver behält die Nachricht und versucht es erneut, und vom Limit abgewiesene Empfänger kommen in einer späteren Transaktion an die Reihe. Der Betreiber des empfangenden Servers muss Speicherplatz freigeben oder das Dateisystem vergrößern, auf dem die Mail-Warteschlange liegt.",
    ],
    // 432
    [
        "Eine Passwortumstellung ist erforderlich",
        "Die Anmeldung mit dem gewählten `AUTH`-Mechanismus kann für dieses Konto noch nicht funktionieren. Der Server braucht zuerst eine Anmeldung mit dem einfachen Mechanismus PLAIN, um einzurichten, was der gewählte Mechanismus benötigt. Er wird mit dem erweiterten Code `4.7.12` gesendet.",
        "Server senden ihn als Antwort auf `AUTH`, wenn ihnen die Zugangsdaten des Kontos noch nicht in der Form vorliegen, die der angeforderte Mechanismus braucht. Er ist selten; die meisten Mailnutzer begegnen ihm nie.",
        "Melden Sie sich im Mailprogramm einmal mit PLAIN an, und zwar nur über eine verschlüsselte Verbindung, und wechseln Sie danach zurück zum bevorzugten Mechanismus; ab dann sollte er funktionieren. Kann das Programm keinen Mechanismus auswählen, bitten Sie den Mailprovider, die Umstellung für das Konto abzuschließen.",
    ],
    // 435
    [
        "Authentifizierung derzeit nicht möglich",
        "Keine Standardantwort: Kein RFC definiert `435`; die Authentifizierungserweiterung verwendet `454` für vorübergehende Fehler. Exim sendet ihn, wenn es nicht entscheiden konnte, ob die Anmeldung gültig ist; das Problem liegt also auf der Serverseite und kann von selbst verschwinden.",
        "Exim beantwortet `AUTH` damit, wenn ein Authenticator die Entscheidung zurückstellt, etwa weil eine Passwortabfrage in einer Datenbank oder bei einem externen Dienst fehlschlägt oder eine konfigurierte Prüfung nicht ausgewertet werden kann. Ein unerwartetes Ergebnis eines Authenticators meldet Exim mit demselben Code und den Worten „Internal error“.",
        "Versuchen Sie die Anmeldung später erneut; die Zugangsdaten wurden nicht als falsch bewertet. Hält das Problem an, sollte der Exim-Administrator im Main-Log nachsehen, warum der Authenticator die Entscheidung zurückgestellt hat, und die Abfrage oder den Dienst reparieren, von dem sie abhängt.",
    ],
    // 450
    [
        "Angeforderte Mail-Aktion nicht ausgeführt: Postfach nicht verfügbar",
        "Der Server hat die Nachricht für diesen Empfänger jetzt nicht angenommen, aber nur vorläufig: Das Postfach war belegt oder gesperrt, oder eine Richtlinienprüfung wie Greylisting hat den Absender gebeten, es später erneut zu versuchen. Ein späterer Versuch mit derselben Nachricht kann gelingen.",
        "Server senden ihn nach `RCPT TO` oder nach den Nachrichtendaten, typischerweise beim Greylisting oder solange ein Postfach oder Absender vorübergehend gesperrt ist. ODMR-Provider lehnen damit eine `ATRN`-Anfrage ab, und ein Submission-Server kann ihn für eine Nachricht verwenden, deren `MT-PRIORITY` zu niedrig ist.",
        "Meist ist nichts zu tun: Der sendende Server stellt die Nachricht in die Warteschlange und versucht es erneut, und per Greylisting zurückgestellte Mail geht bei einem späteren Versuch durch. Dauern die Verzögerungen Tage, sollte der Admin des Absenders den Text nach dem Code lesen, Blocklisten prüfen und den Postmaster des Empfängers kontaktieren.",
    ],
    // 451
    [
        "Angeforderte Aktion abgebrochen: lokaler Verarbeitungsfehler",
        "Der Server ist bei der Bearbeitung des Befehls auf seiner eigenen Seite auf ein vorübergehendes Problem gestoßen, etwa eine fehlgeschlagene DNS- oder Datenbankabfrage oder einen internen Dienst, der nicht geantwortet hat, und hat diesen Schritt abgebrochen. Ihre Nachricht ist nicht die Ursache, und ein späterer Versuch kann funktionieren.",
        "Server senden ihn nach `MAIL FROM`, `RCPT TO` oder den Nachrichtendaten, wenn eine interne Prüfung oder Abfrage fehlschlägt. Er lehnt auch `ATRN` ab, wenn der Provider es gerade nicht verarbeiten kann, und `BURL`, wenn der IMAP-Server mit der Nachricht nicht erreichbar ist. Eine abgebrochene Verbindung behandelt ein Client wie ein `451`.",
        "Lassen Sie den sendenden Server später erneut zustellen; die meisten Fälle erledigen sich von selbst. Tritt er wiederholt auf, muss der Betreiber des antwortenden Servers die fehlerhafte Komponente in seinen Logs finden; der Text nach dem Code und erweiterte Codes wie `4.4.3` oder `4.3.0` grenzen sie ein.",
    ],
    // 452
    [
        "Angeforderte Aktion nicht ausgeführt: zu wenig Systemspeicher",
        "Der Server kann das jetzt nicht annehmen, weil ihm Speicherplatz fehlt oder er sein Limit an Empfängern pro Nachricht erreicht hat. Der Zustand ist vorübergehend, daher kann dieselbe Nachricht später oder in kleineren Teilen angenommen werden.",
        "Server senden ihn nach `MAIL FROM`, wenn die mit `SIZE` angekündigte Größe nicht in den freien Speicher passt, nach `RCPT TO`, sobald das Empfängerlimit für eine Nachricht erreicht ist, und nach den Nachrichtendaten, wenn der Speicher ausgeht. Empfänger, die vor Erreichen eines Limits angenommen wurden, bleiben angenommen.",
        "Bei zu vielen Empfängern sendet der Client die Nachricht an die bereits angenommenen Empfänger und den Rest in einer späteren Transaktion; gute Mailsoftware erledigt das selbst. Bei Speichermangel versuchen Sie es später erneut; hält er an, muss der Betreiber des Servers Speicherplatz freigeben oder die Limits erhöhen.",
    ],
    // 453
    [
        "Sie haben keine Mail",
        "Antwort von On-Demand Mail Relay auf `ATRN`: Der Provider hat keine Mail für Ihre Domains in der Warteschlange, in dieser Sitzung gibt es also nichts zuzustellen. Die Antwort ist nur deshalb vorübergehend, weil später neue Mail eintreffen kann; es ist alles in Ordnung.",
        "ODMR-Provider senden ihn, wenn der Mailserver eines Kunden, typischerweise einer mit wechselnder IP-Adresse, seine Mail mit `ATRN` anfordert und die Warteschlange leer ist. Provider können stattdessen auch mit `250` annehmen und die Sitzung sofort beenden.",
        "Es gibt nichts zu beheben: Fragen Sie später erneut an, wie es der Server des Kunden normalerweise nach eigenem Zeitplan tut. Haben Sie Mail erwartet, klären Sie mit dem Provider, ob Mail für Ihre Domains für ODMR vorgehalten wird.",
    ],
    // 454
    [
        "Vorübergehender TLS- oder Authentifizierungsfehler",
        "Ein Sicherheitsschritt ist aus einem vorübergehenden Grund auf der Serverseite fehlgeschlagen. Nach `STARTTLS` kann der Server die Verschlüsselung gerade nicht starten; nach `AUTH` konnte er die Zugangsdaten nicht prüfen, meist mit `4.7.0`. Das Passwort wurde nicht abgelehnt.",
        "Server senden ihn auf `STARTTLS`, wenn ihre TLS-Konfiguration vorübergehend unbrauchbar ist, etwa weil das Zertifikat nicht geladen werden kann, und auf `AUTH`, wenn der Dienst, der Passwörter prüft, nicht antwortet.",
        "Geben Sie das Passwort nicht neu ein und ändern Sie es nicht; versuchen Sie es später erneut. Nach `STARTTLS` entscheidet die Richtlinie des sendenden Servers, ob er unverschlüsselt weitermacht, später erneut versucht oder aufgibt. Hält das Problem an, muss der Betreiber des Servers die TLS-Konfiguration oder den Authentifizierungsdienst prüfen.",
    ],
    // 455
    [
        "Server kann die Parameter nicht berücksichtigen",
        "Der Server hat die Erweiterungsparameter bei `MAIL FROM` oder `RCPT TO` verstanden, kann sie im Moment aber nicht erfüllen. Ein späterer Versuch kann funktionieren; das dauerhafte Gegenstück ist `555`.",
        "Server senden ihn, wenn ein optionaler Parameter etwas verlangt, das sie gerade nicht leisten können, etwa eine mit `BY` gesetzte Deliver-By-Frist, die unter den aktuellen Bedingungen nicht einzuhalten ist. Im Mailalltag ist er ungewöhnlich.",
        "Lassen Sie den Client später erneut versuchen. Passiert es immer wieder, suchen Sie den Parameter, den der Text nennt, und senden Sie, wo das vertretbar ist, ohne ihn oder mit einem weniger strengen Wert, etwa einer späteren Zustellfrist.",
    ],
    // 458
    [
        "Nachrichten für den Knoten können nicht in die Warteschlange gestellt werden",
        "Antwort auf `ETRN`: Der Server konnte für die angefragte Domain oder den Host derzeit keinen Zustelllauf starten. Die wartende Mail wird weiterhin vorgehalten; nur die Anforderung, sie jetzt zu senden, ist fehlgeschlagen.",
        "Server mit `ETRN`-Unterstützung senden ihn an einen nur zeitweise verbundenen Standort, der seine wartende Mail anfordert, sobald sich der Warteschlangenlauf nicht starten lässt, zum Beispiel weil der Server ausgelastet ist.",
        "Senden Sie `ETRN` später erneut; der Provider stellt die Mail außerdem nach seinem normalen Wiederholungsplan zu. Hält es an, bitten Sie den Mail-Admin des Providers, die Warteschlange für Ihre Domain zu prüfen.",
    ],
    // 459
    [
        "Knoten nicht zulässig",
        "Antwort auf `ETRN`: Der Server weigert sich, einen Zustelllauf für die genannte Domain oder den Host zu starten, und der Text nennt den Grund. Liegt der Grund in einer Berechtigungseinstellung, hilft eine unveränderte erneute Anfrage nicht.",
        "Server senden ihn, wenn der Name nach `ETRN` keiner ist, für den sie Mail vorhalten, oder wenn der verbindende Host für ihn keinen Lauf auslösen darf.",
        "Prüfen Sie, ob das Argument von `ETRN` genau die Domain ist, für die der Provider Ihre Mail vorhält, und ob Sie sich auf die vom Provider erlaubte Weise verbinden. Andernfalls bitten Sie den Provider, `ETRN` für diese Domain freizugeben.",
    ],
    // 500
    [
        "Syntaxfehler, Befehl nicht erkannt",
        "Der Server hat das Befehlswort überhaupt nicht erkannt, oder die Befehlszeile war zu lang, als dass er sie lesen könnte. Es wurde nichts ausgeführt, und der Fehler liegt in dem, was der Client gesendet hat, nicht in der Nachricht oder beim Empfänger.",
        "Server senden ihn für falsch geschriebene oder unbekannte Befehle, für Befehlszeilen, die länger als die Standardgrenze sind, und für Erweiterungsbefehle, die sie nicht kennen. Während `AUTH` meldet er außerdem eine zu lange Antwortzeile des Clients (`5.5.6`).",
        "Beheben Sie den Fehler im Client, nicht in der Nachricht: Prüfen Sie die Schreibweise des Befehls, halten Sie Befehlszeilen innerhalb der Standardlänge und verwenden Sie Erweiterungsbefehle nur, wenn der Server sie in seiner `EHLO`-Antwort aufgeführt hat. Wird dieselbe Zeile erneut gesendet, scheitert sie auf dieselbe Weise.",
    ],
    // 501
    [
        "Syntaxfehler in Parametern oder Argumenten",
        "Der Server kennt den Befehl, aber was danach kam, war nicht akzeptabel: Eine Adresse, ein Parameter oder ein Argument ist fehlerhaft, doppelt angegeben oder außerhalb des zulässigen Bereichs. Das Befehlswort selbst war in Ordnung.",
        "Server senden ihn für eine falsch aufgebaute Adresse in `MAIL FROM` oder `RCPT TO`, ein ungültiges `EHLO`-Argument, Argumente bei Befehlen, die keine erwarten (etwa `STARTTLS` oder `DATA`), und ungültige Werte von Erweiterungsparametern. `AUTH` liefert ihn, wenn der Client den Austausch abbricht oder Daten sendet, die kein gültiges Base64 sind.",
        "Korrigieren Sie die Befehlszeile im Client: Schreiben Sie Adressen in spitze Klammern ohne Leerzeichen um den Doppelpunkt, prüfen Sie Parameternamen und -werte anhand der Erweiterung, die sie definiert, und lassen Sie Argumente weg, die der Befehl nicht annimmt. Der Text nach dem Code weist oft auf den fehlerhaften Teil hin.",
    ],
    // 502
    [
        "Befehl nicht implementiert",
        "Der Server hat den Befehl erkannt, unterstützt ihn aber nicht, entweder weil er nie eingebaut wurde oder weil der Betreiber ihn abgeschaltet hat. Der Befehl war korrekt aufgebaut; dieser Server bietet ihn nur nicht an.",
        "Server senden ihn für `VRFY`, `EXPN` oder `HELP`, wenn diese nicht verfügbar sind, und sehr alte Server antworten damit auf `EHLO`, weil sie nur `HELO` kennen. On-Demand-Relay-Server beantworten jeden Befehl außer `EHLO`, `AUTH`, `ATRN` und `QUIT` damit.",
        "Wiederholen Sie den Befehl auf diesem Server nicht: Machen Sie ohne ihn weiter und nutzen Sie nach `EHLO` nur die Erweiterungen, die der Server aufführt. Wird schon `EHLO` abgelehnt, weichen Sie auf `HELO` aus. Brauchen Sie die Funktion wirklich, fragen Sie den Betreiber des Servers, ob sie sich aktivieren lässt.",
    ],
    // 503
    [
        "Falsche Befehlsreihenfolge",
        "Der Befehl ist für sich genommen gültig, wurde aber an der falschen Stelle der Sitzung gesendet. Das ist ein dauerhafter Fehler in der Befehlsreihenfolge des Clients, kein Serverproblem; Abwarten und dieselbe Abfolge wiederholen hilft daher nicht.",
        "Typische Ursachen sind `RCPT TO` vor einem `MAIL FROM`, ein zweites `MAIL FROM` innerhalb einer offenen Transaktion, `DATA`, obwohl kein Empfänger angenommen wurde, und `AUTH` nach einer erfolgreichen Anmeldung oder mitten in einer Transaktion. Haben Server die Sitzung mit einer `554`-Begrüßung abgelehnt, beantworten sie auch spätere Befehle damit.",
        "Korrigieren Sie die Befehlsreihenfolge des Clients: `EHLO`, bei Bedarf `AUTH`, `MAIL FROM`, ein oder mehrere `RCPT TO` und dann `DATA`, aber erst, nachdem mindestens ein Empfänger `250` erhalten hat. Mit `RSET` kehren Sie zu einem sauberen Zustand zurück. Prüfen Sie auch die früheren Antworten im Log, denn ein abgelehntes `MAIL FROM` oder `RCPT TO` verursacht oft das folgende `503`.",
    ],
    // 504
    [
        "Befehlsparameter nicht implementiert",
        "Der Server unterstützt den Befehl, aber nicht die damit angegebene Option oder den Wert. Die Syntax war korrekt; der Server bietet diese Variante des Befehls einfach nicht an.",
        "Der häufigste Fall ist ein `AUTH` mit einem Mechanismus, den der Server nicht unterstützt oder auf der aktuellen Verbindung nicht erlaubt (`5.5.4`). Server senden ihn auch für Argumente von `VRFY`, `EXPN` oder `HELP`, die sie nicht verarbeiten, und für Parameter zur Inhaltskonvertierung bei `MAIL FROM` oder `RCPT TO`, die sie nicht implementieren.",
        "Wählen Sie eine Option, die der Server anbietet: Nehmen Sie für `AUTH` einen Mechanismus aus der Liste in der `EHLO`-Antwort und führen Sie zuerst `STARTTLS` aus, falls der gewünschte Mechanismus nur auf verschlüsselten Verbindungen angeboten wird. Andernfalls senden Sie den Befehl ohne den nicht unterstützten Parameter.",
    ],
    // 511
    [
        "Kein Postfach mit diesem Namen vorhanden",
        "Keine Standardantwort: Kein RFC definiert `511`. Ältere Versionen des chkuser-Patches für qmail mit vpopmail senden ihn, um einen Empfänger abzulehnen, der nicht existiert oder nicht gültig sein kann. Die Zahl entspricht dem erweiterten Code `5.1.1`, und `511` wird auch als Kurzform für `550 5.1.1` verwendet.",
        "Der chkuser-Patch beantwortet `RCPT TO` damit, wenn das Postfach in einer vpopmail-Domain nicht existiert, wenn der Adresse die Domain fehlt oder ihr Format ungültig ist oder wenn die Domain des Empfängers keinen brauchbaren MX hat, und er beantwortet `MAIL FROM` damit, wenn die Domain des Absenders keinen hat. Aktuelle chkuser-Versionen senden stattdessen `550` mit `5.1.1`.",
        "Prüfen Sie die Empfängeradresse auf Tippfehler und lassen Sie sich die Adresse auf anderem Weg vom Empfänger bestätigen; wird sie unverändert erneut verwendet, scheitert die Zustellung wieder. Sagt der Text, dass kein gültiger MX gefunden wurde, muss der Administrator der dort genannten Domain funktionierende MX-Einträge veröffentlichen.",
    ],
    // 517
    [
        "Absenderadresse abgelehnt",
        "Keine Standardantwort: Kein RFC definiert `517`; die Zahl entspricht dem erweiterten Code `5.1.7`. Der Mailserver Courier sendet ihn, um einen Absender endgültig abzulehnen, weil die Absenderadresse, ihre Domain oder der verbindende Server eine der Prüfungen von Courier nicht bestanden hat.",
        "Courier beantwortet `MAIL FROM` damit, wenn der Absender auf seiner Blockliste steht, wenn die Domain des Absenders nicht existiert oder ungültige oder gesperrte MX-Einträge hat, wenn eine Freemail-Adresse von außerhalb der Server dieses Anbieters kommt, wenn SPF fehlschlägt oder wenn der `HELO`-Name die Prüfung nicht besteht.",
        "Der Administrator des Absenders sollte sicherstellen, dass die Domain existiert und gültige MX-Einträge sowie einen SPF-Eintrag hat, der die sendenden Server abdeckt, und dass der Server einen auflösbaren `HELO`-Namen angibt. Ist die Adresse selbst gesperrt, kann nur der Betreiber des empfangenden Servers die Sperre aufheben.",
    ],
    // 521
    [
        "Host nimmt keine Mail an",
        "Der Host, mit dem Sie verbunden sind, nimmt grundsätzlich für niemanden E-Mail an; er antwortet nur, um genau das mitzuteilen. Das ist eine dauerhafte Aussage über den Server, nicht über Ihre Nachricht oder Ihre Absenderadresse.",
        "Server senden ihn statt der üblichen `220`-Begrüßung, typischerweise Dummy-Mailserver für Hosts oder Domains, die keine Mail empfangen. Danach beantwortet der Server weitere Befehle eventuell erneut mit `521` oder schließt einfach die Verbindung.",
        "Versuchen Sie es bei diesem Host nicht erneut. Prüfen Sie, ob Empfängeradresse und Domain richtig geschrieben sind; falls ja, bitten Sie den Empfänger um eine andere Adresse. Soll die Domain Mail empfangen, muss ihr Administrator die MX-Einträge auf einen echten Mailserver zeigen lassen.",
    ],
    // 522
    [
        "Postfach des Empfängers ist voll",
        "Keine Standardantwort: Kein RFC definiert `522`; die Zahl entspricht dem erweiterten Code `5.2.2`. Ältere Versionen des chkuser-Patches für qmail mit vpopmail senden ihn, wenn das Postfach des Empfängers über seinen Quota-Schwellenwert hinaus gefüllt ist.",
        "Der chkuser-Patch beantwortet `RCPT TO` damit, wenn auf dem Server die Quota-Prüfung aktiviert ist und das Postfach des Empfängers stärker gefüllt ist als der konfigurierte Prozentsatz. Aktuelle chkuser-Versionen senden in derselben Situation `552` mit `5.2.2`.",
        "Teilen Sie dem Empfänger auf anderem Weg mit, dass sein Postfach voll ist; er muss Mails löschen oder eine größere Quota bekommen. Senden Sie erst danach erneut, denn ein sofortiger neuer Versuch wird genauso abgelehnt.",
    ],
    // 523
    [
        "Verschlüsselung erforderlich",
        "Kein RFC definiert `523` als SMTP-Antwort, er ist also nicht standardisiert, und keine veröffentlichte Spezifikation sagt, welche Server ihn senden. Er steht nur im IANA-Register als Basiscode für `X.7.10`: Der gewählte Authentifizierungsmechanismus darf nur über eine verschlüsselte Verbindung verwendet werden.",
        "Er würde `AUTH` mit einem Klartext-Mechanismus wie PLAIN auf einer unverschlüsselten Verbindung beantworten. Standardkonforme Server melden diese Situation stattdessen mit `504` oder bieten solche Mechanismen vor `STARTTLS` gar nicht an.",
        "Führen Sie `STARTTLS` aus, senden Sie erneut `EHLO` und wiederholen Sie `AUTH` über die verschlüsselte Verbindung; aktivieren Sie im Mailprogramm TLS für den Postausgangsserver. Alternativ wählen Sie einen Mechanismus, der das Passwort nicht im Klartext überträgt.",
    ],
    // 524
    [
        "Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich",
        "Kein RFC definiert `524` als SMTP-Antwort, er ist also nicht standardisiert. Das IANA-Register führt ihn neben dem veralteten `538` als Basiscode für `X.7.11` (ein Anmeldemechanismus, der nur auf einer verschlüsselten Verbindung erlaubt ist), doch die Server, von denen dokumentiert ist, dass sie ihn senden, meinen damit etwas anderes: OpenSMTPD einen Empfänger, den es nicht auflösen kann, der Maildienst von Alibaba Cloud einen Host, den sein DNS nicht findet.",
        "OpenSMTPD beantwortet `RCPT TO` mit `524 5.2.4`, wenn das Auflösen des Empfängers (eines Alias, einer Weiterleitung oder einer Mailingliste) endgültig fehlschlägt; sein `424 4.2.4` ist die vorübergehende Form. Direct Mail von Alibaba Cloud führt `524` für einen Zielhost, der sich im DNS nicht finden lässt. Als Antwort auf `AUTH` hätte er die Bedeutung aus dem Register.",
        "Lesen Sie den Text nach dem Code. Ist das Auflösen fehlgeschlagen, muss der Administrator des Empfängers den Alias oder die Liste korrigieren, die womöglich eine Schleife bildet oder ins Leere zeigt; wurde ein Host nicht gefunden, prüfen Sie die DNS-Einträge der Empfängerdomain. Nach `AUTH` führen Sie `STARTTLS` aus, senden erneut `EHLO` und wiederholen `AUTH`.",
    ],
    // 525
    [
        "Benutzerkonto deaktiviert",
        "Kein RFC definiert `525` als SMTP-Antwort, er ist also nicht standardisiert, und keine veröffentlichte Spezifikation sagt, welche Server ihn senden. Das IANA-Register führt ihn nur als Basiscode für `X.7.13`: Die Anmeldedaten waren richtig, aber das Konto wurde deaktiviert.",
        "Er würde `AUTH` nach einer erfolgreichen Prüfung der Zugangsdaten beantworten, und zwar für ein Konto, das ein Administrator gesperrt hat, etwa wegen unbezahlter Gebühren, Missbrauchs oder eines vermuteten Einbruchs. Die Sperre bleibt bestehen, bis der Kontoinhaber die Sache mit dem Provider geklärt hat.",
        "Das Passwort oder die Einstellungen des Mailprogramms zu ändern, hilft nicht. Wenden Sie sich an den Provider oder Administrator des Mailkontos, um zu erfahren, warum es deaktiviert wurde, und um es wieder freischalten zu lassen.",
    ],
    // 530
    [
        "Authentifizierung erforderlich",
        "Der Server führt den Befehl erst aus, wenn die Sitzung authentifiziert ist oder, bei manchen Servern, wenn die Verbindung mit `STARTTLS` verschlüsselt ist. Mit Nachricht und Adresse ist alles in Ordnung; der Sitzung fehlt eine Anmeldung oder die Verschlüsselung.",
        "Submission-Server senden ihn auf `MAIL FROM` und spätere Befehle, wenn sich der Client nicht mit `AUTH` angemeldet hat. Server, die auf TLS bestehen, senden ihn mit einem Text, der zuerst `STARTTLS` verlangt, auf jeden Befehl außer `NOOP`, `EHLO`, `STARTTLS` und `QUIT`, bis die Verschlüsselung steht.",
        "Aktivieren Sie im Mailprogramm die Authentifizierung für den Postausgangsserver mit Benutzername und Passwort des Kontos, und schalten Sie TLS ein, falls der Text das verlangt. Client-Software sollte `STARTTLS`, dann erneut `EHLO` und dann `AUTH` senden, alles vor `MAIL FROM`.",
    ],
    // 533
    [
        "Zustellung nicht autorisiert, Nachricht abgelehnt",
        "Kein RFC definiert `533` als SMTP-Antwort, er ist also nicht standardisiert, und keine veröffentlichte Spezifikation sagt, welche Server ihn senden oder auf welchen Befehl. Seine einzige offizielle Spur ist das IANA-Register, das ihn unter den Basiscodes von `X.7.1` (Zustellung nicht autorisiert) aufführt.",
        "Keine Standard-Befehlsfolge erzeugt ihn. Sendet ein Server ihn doch, liest man ihn am besten als dauerhafte Ablehnung der Mail aus Richtliniengründen, wie bei `550` mit `5.7.1`: Dieser Absender oder sendende Host darf an diesen Empfänger nicht zustellen.",
        "Behandeln Sie ihn wie eine Richtlinien-Ablehnung mit `550`: Lesen Sie den Text und den erweiterten Code, prüfen Sie, ob Ihr sendender Host diese Mail zustellen oder weiterleiten darf, und wenden Sie sich an den Postmaster des Empfängers, wenn Sie die Sperre für falsch halten. Clients sollten ihn wegen seiner ersten Ziffer als dauerhaft behandeln.",
    ],
    // 534
    [
        "Authentifizierungsmechanismus ist zu schwach",
        "Der Server hat die vom Client gewählte Anmeldemethode abgelehnt, weil seine Richtlinie für diesen Benutzer eine stärkere verlangt. Das Passwort kann durchaus stimmen; abgelehnt wurde nur der Mechanismus.",
        "Server senden ihn mit `5.7.9` als Antwort auf `AUTH`, wenn der im Befehl genannte Mechanismus schwächer ist, als der Server für dieses Konto zulässt.",
        "Wiederholen Sie `AUTH` mit einem stärkeren Mechanismus aus der Liste in der `EHLO`-Antwort; ändern Sie im Mailprogramm die Einstellung für die Authentifizierungsmethode. Ein neues Passwort einzugeben, hilft nicht.",
    ],
    // 535
    [
        "Ungültige Anmeldedaten",
        "Die Anmeldung ist fehlgeschlagen, weil der Server Benutzername, Passwort oder andere Zugangsdaten nicht akzeptiert hat. Es ist die allgemeine Antwort auf ein fehlgeschlagenes `AUTH`, wenn kein spezifischerer Code passt.",
        "Server senden ihn, meist mit `5.7.8`, am Ende eines `AUTH`-Austauschs, wenn das Passwort falsch ist, der Benutzer unbekannt ist oder die Zugangsdaten für dieses Konto nicht ausreichen.",
        "Prüfen Sie Benutzername und Passwort, die im Mailprogramm gespeichert sind, und berichtigen Sie falsche Angaben; Client-Software sollte den Benutzer erneut fragen, statt es mit denselben Zugangsdaten noch einmal zu versuchen. Stimmen sie, lesen Sie die Einrichtungsanleitung des Providers, denn manche verlangen für den Versand ein separates Passwort oder eine andere Anmeldemethode.",
    ],
    // 538
    [
        "Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich",
        "Der Server hat den gewählten Anmeldemechanismus abgelehnt, weil dieser nur über eine verschlüsselte Verbindung verwendet werden darf. RFC 4954 hat diesen Code für veraltet erklärt: Aktuelle Server sollten solche Mechanismen vor der Verschlüsselung nicht anbieten und sie mit `504` ablehnen, wenn sie trotzdem angefragt werden.",
        "Ältere Server, die nach dem früheren Authentifizierungsstandard gebaut sind, senden ihn mit `5.7.11` als Antwort auf `AUTH` auf einer Verbindung ohne `STARTTLS`, typischerweise für Klartext-Mechanismen.",
        "Senden Sie `STARTTLS`, dann erneut `EHLO`, und wiederholen Sie `AUTH` über die verschlüsselte Verbindung; aktivieren Sie im Mailprogramm TLS für den Postausgangsserver. Serverbetreiber sollten diesen Code nicht mehr senden und solche Mechanismen ausblenden, bis TLS aktiv ist.",
    ],
    // 546
    [
        "Routing-Schleife erkannt, zu viele Received-Header",
        "Keine Standardantwort: Kein RFC definiert `546`; die Zahl entspricht dem erweiterten Code `5.4.6`. Der Mailserver Courier sendet ihn, wenn eine Nachricht so viele Server durchlaufen hat, dass sie mit ziemlicher Sicherheit im Kreis läuft.",
        "Courier beantwortet das Ende von `DATA` damit, wenn der Nachrichtenkopf mehr als 100 Received-Zeilen enthält. Solche Schleifen entstehen meist durch Weiterleitungsregeln, Aliase oder MX- und Routing-Einstellungen, die Mail zwischen Systemen hin und her schicken.",
        "Lesen Sie die Received-Zeilen der zurückgekommenen Nachricht, um zu sehen, welche Server sich wiederholen, und beheben Sie dann die Weiterleitungsregel, den Alias oder die Routing-Einstellung, über welche die Mail zurückkommt. Ein erneuter Versand vorher läuft wieder in die Schleife.",
    ],
    // 550
    [
        "Angeforderte Aktion nicht ausgeführt: Postfach nicht verfügbar",
        "Der Server hat diese Adresse oder diese Nachricht dauerhaft abgelehnt. Entweder existiert das Postfach nicht, der Absender hat keinen Zugriff darauf, oder eine lokale Richtlinie wie Spamfilter, Relay-Regeln oder Absenderprüfungen weist die Mail ab.",
        "Server senden ihn auf `RCPT TO` für unbekannte Empfänger (`5.1.1`) und für nicht erlaubtes Relaying (oft `5.7.1`), auf `MAIL FROM` für abgewiesene Absender und nach dem Ende von `DATA` für Mail, die aufgrund einer Richtlinie abgelehnt wird. Der erweiterte Code danach unterscheidet diese Fälle.",
        "Lesen Sie den erweiterten Code und den Text. Bei `5.1.1` prüfen Sie die Schreibweise der Adresse oder fragen den Empfänger nach der richtigen. Bei Richtlinien-Ablehnungen wie `5.7.1` muss der Administrator der sendenden Domain SPF, DKIM und Blocklisten prüfen oder sich an den Postmaster des Empfängers wenden. Unverändert erneut gesendet, scheitert die Nachricht wieder.",
    ],
    // 551
    [
        "Benutzer nicht lokal; bitte andere Adresse verwenden",
        "Der Server nimmt für diesen Empfänger keine Mail an und leitet sie auch nicht weiter; der Text nennt meist die Adresse, die stattdessen zu verwenden ist. Es ist eine der wenigen Antworten, auf deren Text ein Client reagieren darf.",
        "Server senden ihn auf `RCPT TO` oder `VRFY` für einen Benutzer, der umgezogen ist oder dessen Mail anderswo verarbeitet wird, sofern der Betreiber lieber die neue Adresse nennt, statt stillschweigend weiterzuleiten. Betreiber, die keine Adressen preisgeben wollen, antworten stattdessen mit einem einfachen `550`.",
        "Prüfen Sie, ob die im Text genannte Adresse plausibel ist, senden Sie die Nachricht dann dorthin und aktualisieren Sie den Kontakt. Ist keine Adresse angegeben, fragen Sie den Empfänger auf anderem Weg nach der aktuellen.",
    ],
    // 552
    [
        "Angeforderte Mail-Aktion abgebrochen: Speicherzuteilung überschritten",
        "Die Aktion wurde durch ein Größen- oder Speicherlimit gestoppt: Die Nachricht ist größer, als der Server oder das Postfach annimmt, oder der Speicherplatz des Empfängers ist aufgebraucht. Die Adresse ist in Ordnung; das Problem ist die Größe der Mail.",
        "Server senden ihn auf `MAIL FROM`, wenn die angekündigte `SIZE` ihr Maximum übersteigt, nach dem Ende von `DATA`, wenn sich die Nachricht als zu groß herausstellt, und auf `RCPT TO` bei einem vollen Postfach (`5.2.2`). Alte Server verwendeten ihn auch für zu viele Empfänger, wofür eigentlich `452` vorgesehen ist.",
        "Verkleinern Sie die Nachricht, indem Sie etwa große Dateien als Link verschicken, und bleiben Sie unter dem `SIZE`-Limit, das der Server nach `EHLO` ankündigt. Ist das Postfach des Empfängers voll, muss der Empfänger Platz schaffen. Ein Client, der ihn nach vielen `RCPT TO`-Befehlen erhält, sollte die restlichen Empfänger in einer späteren Transaktion senden.",
    ],
    // 553
    [
        "Angeforderte Aktion nicht ausgeführt: Postfachname nicht zulässig",
        "Der Server hat die Adresse wegen ihrer Schreibweise abgelehnt: Die Syntax ist falsch, sie enthält Zeichen, die der Server nicht akzeptiert, oder sie passt auf mehr als einen Benutzer. Das Problem ist die Form der Adresse, nicht die Frage, ob das Postfach existiert.",
        "Server senden ihn auf `MAIL FROM` oder `RCPT TO` für fehlerhafte Adressen, auf `RCPT TO` für eine Nicht-ASCII-Adresse, die sie nicht annehmen können (`5.6.7`; bei `MAIL FROM` wird eine solche Adresse laut RFC 6531 mit `550` abgelehnt), sowie auf `VRFY`, wenn ein Name mehrdeutig ist.",
        "Prüfen Sie die Adresse Zeichen für Zeichen: genau ein @-Zeichen, keine Leerzeichen, keine überzähligen Klammern oder Anführungszeichen und eine vollständige Domain. Senden Sie nach der Korrektur erneut; enthält die Adresse Nicht-ASCII-Zeichen, verwenden Sie die reine ASCII-Adresse des Empfängers, falls er eine hat.",
    ],
    // 554
    [
        "Transaktion fehlgeschlagen",
        "Ein allgemeiner dauerhafter Fehler: Der Server hat die ganze Transaktion oder die ganze Sitzung abgelehnt, nicht eine bestimmte Adresse. Er wird verwendet, wenn kein genauerer Code passt; der eigentliche Grund steht daher im Text und im erweiterten Code danach.",
        "Server senden ihn statt der `220`-Begrüßung, um einen Client rundweg abzulehnen („No SMTP service here“), als Antwort auf `DATA`, wenn kein Empfänger angenommen wurde, und nach dem Ende von `DATA`, wenn der Inhalt abgelehnt wird. Submission-Server verwenden ihn auch für unzulässige Befehle oder Nachrichtendaten.",
        "Lesen Sie Text und erweiterten Code, um den Grund zu erfahren; unverändert erneut zu senden, hilft nicht. Als Begrüßung bedeutet er meist, dass der sendende Host oder die IP-Adresse per Richtlinie abgewiesen wird; der Administrator der sendenden Domain sollte dann Blocklisten prüfen oder sich an die empfangende Seite wenden. Kommt er nach dem Ende der Nachricht, hat der Server den Inhalt abgelehnt: Ändern Sie, was beanstandet wurde, bevor Sie erneut senden.",
    ],
    // 555
    [
        "Parameter für MAIL FROM/RCPT TO nicht erkannt oder nicht implementiert",
        "Der Server kennt einen Erweiterungsparameter bei `MAIL FROM` oder `RCPT TO` nicht oder unterstützt ihn nicht. Die Adresse selbst kann in Ordnung sein; die Ablehnung hat der zusätzliche Parameter verursacht.",
        "Server senden ihn, wenn ein Client Parameter wie `SMTPUTF8`, `REQUIRETLS` oder `MT-PRIORITY` anhängt, die der Server nach `EHLO` nicht angekündigt hat. Server mit Deliver-By-Unterstützung senden ihn auch für eine Zustellfrist, die sie niemals einhalten können.",
        "Sorgen Sie dafür, dass der Client nur Parameter sendet, die der Server in seiner `EHLO`-Antwort angekündigt hat, oder lassen Sie den Parameter weg und versuchen Sie es erneut. Hängt die Nachricht von der Erweiterung ab, stellen Sie die Nachricht über einen Server zu, der die Erweiterung unterstützt, oder schicken Sie diese an den Absender zurück.",
    ],
    // 556
    [
        "Domain nimmt keine Mail an",
        "Die Domain des Empfängers hat erklärt, dass sie überhaupt keine E-Mail empfängt, daher kann keine Adresse dort die Nachricht erhalten. Das ist eine dauerhafte Aussage über die ganze Domain, nicht über ein einzelnes Postfach.",
        "Relays und Submission-Server senden ihn auf `RCPT TO`, ohne überhaupt eine Verbindung zu versuchen, meist weil die Domain einen Null-MX-Eintrag veröffentlicht (`5.1.10`). Eine häufige Ursache ist ein Tippfehler im Domainteil der Adresse.",
        "Prüfen Sie die Domain nach dem @-Zeichen auf Tippfehler und bitten Sie den Empfänger um eine funktionierende Adresse. Gehört Ihnen die Domain und wollen Sie Mail empfangen, ersetzen Sie den Null-MX-Eintrag durch echte MX-Einträge.",
    ],
    // 557
    [
        "Nachrichtendaten überschreiten die Maximalgröße",
        "Keine Standardantwort: Kein RFC definiert `557`; der übliche Code für eine zu große Nachricht ist `552`. Alibaba Cloud Direct Mail sendet ihn an die eigenen Kunden, wenn eine über seinen SMTP-Dienst eingelieferte Nachricht größer ist, als der Dienst erlaubt.",
        "Direct Mail liefert ihn am Ende von `DATA`, wenn die gesamte Nachricht einschließlich Anhängen über dem Größenlimit liegt. Er kommt von Direct Mail bei der Annahme Ihrer Nachricht, nicht vom Server des Empfängers.",
        "Verkleinern Sie die Nachricht: Komprimieren oder entfernen Sie Anhänge oder teilen Sie große Dateien als Links, und prüfen Sie die Größenlimits in der Dokumentation von Direct Mail. Wird dieselbe Nachricht erneut gesendet, lehnt der Dienst sie wieder ab.",
    ],
    // 559
    [
        "Ungültige Empfängeradresse",
        "Keine Standardantwort: Kein RFC definiert `559`. Alibaba Cloud Direct Mail sendet ihn an seine Kunden, wenn eine Empfängeradresse auf der Liste bekannter ungültiger Adressen des Dienstes steht, und weigert sich, dorthin zu senden.",
        "Direct Mail beantwortet `RCPT TO` damit bei der Annahme einer Nachricht aus Ihrer Anwendung, noch vor jedem Zustellversuch, wenn die Adresse auf seiner globalen Liste ungültiger Adressen steht. Der Server des Empfängers wird gar nicht kontaktiert.",
        "Prüfen Sie die Adresse auf Tippfehler und lassen Sie sich die Adresse auf anderem Weg vom Empfänger bestätigen. Entfernen Sie tatsächlich ungültige Adressen aus Ihren Listen, denn erneutes Senden an sie wiederholt nur die Ablehnung.",
    ],
    // 571
    [
        "Zustellung nicht autorisiert, durch lokale Richtlinie abgelehnt",
        "Keine Standardantwort: Kein RFC definiert `571`; die Zahl entspricht dem erweiterten Code `5.7.1`. Der Mailserver Courier sendet ihn, wenn ein Empfängerfilter die Nachricht ablehnt, und ältere Versionen des chkuser-Patches für qmail senden ihn, wenn ein Client deren Limits überschreitet oder deren Absenderprüfungen nicht besteht.",
        "Courier beantwortet `RCPT TO` damit, wenn ein konfigurierter Filter den Empfänger ablehnt, ohne einen eigenen Text zu liefern. Der chkuser-Patch beantwortet `RCPT TO` damit, wenn eine Sitzung ihr Empfängerlimit überschreitet oder zu viele unbekannte Empfänger hat, und `MAIL FROM`, wenn die Absenderadresse ein ungültiges Format hat.",
        "Lesen Sie den Text nach dem Code. Bei zu vielen Empfängern teilen Sie den Versand in kleinere Gruppen pro Verbindung auf; bei einem ungültigen Absender korrigieren Sie die Absenderadresse. Hat ein Filter die Mail abgelehnt, kann nur der Administrator des Empfängers sagen, warum, und sie zulassen.",
    ],
    // X.0.0
    [
        "Sonstiger, nicht näher bestimmter Status",
        "Der Code nennt nur die Klasse des Ergebnisses und nichts über die Ursache: `2.0.0` ist ein einfacher Erfolg, `4.0.0` ein nicht näher bestimmter vorübergehender Fehler und `5.0.0` ein nicht näher bestimmter dauerhafter Fehler. Eine echte Erklärung steht, wenn überhaupt, im Text nach dem Code.",
        "Server hängen `2.0.0` an routinemäßige Erfolgsantworten, zum Beispiel an die `221`-Antwort auf `QUIT`. Die Fehlerformen dienen für Fehler, welche die Software keinem spezifischeren Code zuordnen kann, und Zustellberichte müssen auf `4.0.0` oder `5.0.0` ausweichen, wenn kein spezifischer Code passt.",
        "Bei `2.0.0` ist nichts nötig, und bei `4.0.0` versucht Ihr Server es einfach später erneut. Bei `5.0.0` lesen Sie den Text der Antwort oder der Unzustellbarkeitsnachricht, der meist die Ursache nennt; tut er das nicht, schicken Sie die vollständige Fehlerzeile mit Uhrzeit an den Administrator des Servers, der sie erzeugt hat.",
    ],
    // X.1.0
    [
        "Sonstiger Adressstatus",
        "Etwas an einer Adresse, der des Absenders oder eines Empfängers, hat diesen Status verursacht, und der Server nennt keine Einzelheiten. Mit Klasse 2 bestätigt er nur, dass eine Adresse angenommen wurde; mit Klasse 4 oder 5 wurde die Adresse aus einem Grund abgelehnt, den der Code nicht nennt.",
        "Die Erfolgsform `2.1.0` beantwortet häufig ein angenommenes `MAIL FROM`, wie im Beispiel von RFC 2034. Die Fehlerformen kommen als Antwort auf `MAIL FROM` oder `RCPT TO`, wenn eine Adressprüfung aus einem Grund fehlschlägt, den keiner der spezifischeren Adresscodes abdeckt.",
        "Bei `2.1.0` ist nichts nötig. Andernfalls prüfen Sie Absender- und Empfängeradressen auf Tippfehler, überzählige Zeichen und die richtige Domain, und entnehmen Sie den eigentlichen Grund dem Text nach dem Code. Sind die Adressen korrekt, fragen Sie den Administrator des Servers, der sie abgelehnt hat.",
    ],
    // X.1.1
    [
        "Ungültige Zielpostfachadresse",
        "Die Domain des Empfängers nimmt Mail an, aber das vor dem `@` genannte Postfach existiert dort nicht. RFC 3463 sieht den Code nur für dauerhafte Fehler vor, die normale Form ist daher `5.1.1`.",
        "Empfangende Server beantworten `RCPT TO` für einen unbekannten Benutzer mit `550` und `5.1.1`, und Unzustellbarkeitsnachrichten melden ihn, wenn ein späterer Server das Postfach nicht findet. Die IANA ordnet ihn auch `451` zu, daher kann ein vorübergehendes `4.1.1` vorkommen, obwohl der Zustand selbst als dauerhaft gedacht ist.",
        "Prüfen Sie die Schreibweise des Teils vor dem `@` und bestätigen Sie die Adresse auf anderem Weg beim Empfänger; die Person hat die Organisation vielleicht verlassen oder die Adresse gewechselt. Erneutes Senden an dieselbe Adresse hilft nicht. Betreiben Sie die empfangende Domain und sollte der Benutzer existieren, prüfen Sie das Postfach, seine Aliase und das Benutzerverzeichnis.",
    ],
    // X.1.2
    [
        "Ungültige Zielsystemadresse",
        "Der Teil der Empfängeradresse nach dem `@` führt zu keinem System, das Mail annimmt: Die Domain existiert nicht oder kann keine E-Mail empfangen. RFC 3463 sieht den Code nur für dauerhafte Fehler vor, daher erscheint er als `5.1.2`.",
        "Sendende Server melden ihn in Unzustellbarkeitsnachrichten, wenn die DNS-Abfrage für die Empfängerdomain ergibt, dass es die Domain nicht gibt oder kein brauchbarer Mailserver existiert. Relays und Submission-Server können ihn auch auf `RCPT TO` zurückgeben, wenn sie wissen, dass an eine Domain nicht zugestellt werden kann.",
        "Prüfen Sie die Domain auf Tippfehler, etwa einen fehlenden Buchstaben oder eine falsch geschriebene Endung, und bestätigen Sie die Adresse beim Empfänger. Gehört die Domain Ihnen, stellen Sie sicher, dass sie registriert ist und korrekte MX- oder Adresseinträge veröffentlicht.",
    ],
    // X.1.3
    [
        "Ungültige Syntax der Zielpostfachadresse",
        "Die Empfängeradresse ist keine korrekt aufgebaute Adresse, daher hat der Server sie gar nicht erst nachgeschlagen. Jeder Teil kann fehlerhaft sein, vor oder nach dem `@`. RFC 3463 sieht den Code nur für dauerhafte Fehler vor, daher erscheint er als `5.1.3`.",
        "Server beantworten `RCPT TO` mit `501` und `5.1.3`, wenn die Adresse verbotene Zeichen oder Leerzeichen enthält, ein `@` fehlt oder zu viel ist, die spitzen Klammern fehlen oder die Adresse zu lang ist. Unzustellbarkeitsnachrichten zeigen ihn, wenn ein weiter hinten liegendes Relay eine Adresse nicht parsen kann.",
        "Korrigieren Sie die Adresse: Entfernen Sie Leerzeichen, Anführungszeichen und überzählige Satzzeichen, und achten Sie darauf, dass sie genau ein `@` gefolgt von einer gültigen Domain enthält. Entwickler sollten prüfen, ob der Client nach `RCPT TO` die reine Adresse in spitzen Klammern sendet. Adressen mit Nicht-ASCII-Zeichen brauchen Server, die `SMTPUTF8` unterstützen.",
    ],
    // X.1.4
    [
        "Zielpostfachadresse mehrdeutig",
        "Die Empfängeradresse passt auf mehr als ein Postfach im empfangenden System, daher kann der Server nicht erkennen, welche Person gemeint ist. RFC 3463 beschränkt den Code auf keine bestimmte Klasse.",
        "Er kommt von Systemen, die Adressen durch Raten Postfächern zuordnen, etwa über den Namen einer Person, wenn dabei mehrere Kandidaten herauskommen. RFC 5321 zeigt dieselbe Situation für `VRFY`, beantwortet mit `553`.",
        "Verwenden Sie die exakte, vollständige Adresse des Empfängers statt eines Namens oder einer Kurzform, und fragen Sie ihn gegebenenfalls danach. Administratoren des empfangenden Systems können die Adresse eindeutig machen oder die unscharfe Zuordnung abschalten.",
    ],
    // X.1.5
    [
        "Zieladresse gültig",
        "Ein Erfolgsstatus: Die Empfängeradresse wurde geprüft und angenommen. RFC 3463 reserviert ihn für positive Meldungen, daher erscheint er nur als `2.1.5`.",
        "Server setzen `2.1.5` in die `250`-Antwort auf jedes angenommene `RCPT TO`, wie im Beispiel von RFC 2034. Zustellberichte können ihn auch für einen Empfänger zeigen, an den die Nachricht erfolgreich weitergeleitet oder zugestellt wurde.",
        "Es gibt nichts zu beheben. Denken Sie daran, dass ein angenommener Empfänger noch keine zugestellte Nachricht ist: Der Server kann die Nachricht nach der Datenübertragung noch ablehnen oder später eine Unzustellbarkeitsnachricht schicken.",
    ],
    // X.1.6
    [
        "Zielpostfach umgezogen, keine Weiterleitungsadresse",
        "Die Adresse hat früher funktioniert, aber das Postfach nimmt keine Mail mehr an, und der Server kann keine neue Adresse nennen. RFC 3463 sieht den Code nur für dauerhafte Fehler vor, daher erscheint er als `5.1.6`.",
        "Empfangende Server geben ihn auf `RCPT TO` zurück oder melden ihn in einer Unzustellbarkeitsnachricht, wenn es sich um frühere Adressen handelt, etwa von Personen, die eine Organisation verlassen haben oder zu einem anderen Provider gewechselt sind.",
        "Verwenden Sie diese Adresse nicht mehr und löschen Sie den Eintrag aus Ihren Kontakten und Verteilerlisten. Erreichen Sie die Person auf anderem Weg, um ihre aktuelle Adresse zu erfahren. Anders als bei `551` wird keine neue Adresse genannt, daher gibt es nichts zu wiederholen.",
    ],
    // X.1.7
    [
        "Ungültige Syntax der Absender-Postfachadresse",
        "Die Absenderadresse, meist die in `MAIL FROM` angegebene, ist keine korrekt aufgebaute Adresse. RFC 3463 bindet den Code an keine Klasse, aber eine fehlerhafte Adresse wird erneut abgelehnt, wenn sie unverändert gesendet wird.",
        "Server beantworten `MAIL FROM` damit, zusammen mit `501` oder `553`, wenn die Adresse ungültige Zeichen enthält oder Domain, `@` oder spitze Klammern fehlen. Skripte, Webformulare und Geräte mit falsch eingestellter Absenderadresse können ihn auslösen.",
        "Korrigieren Sie die Absenderadresse in den Einstellungen des sendenden Programms oder Geräts, sodass sie eine vollständige Adresse mit gültiger Domain ist. Entwickler sollten prüfen, ob `MAIL FROM` nur die reine Adresse in spitzen Klammern enthält, ohne Anzeigenamen.",
    ],
    // X.1.8
    [
        "Ungültige Systemadresse des Absenders",
        "Die Domain der Absenderadresse existiert nicht oder kann keine Mail empfangen, daher könnten Antworten und Unzustellbarkeitsnachrichten den Absender nie erreichen. `5.1.8` bedeutet, dass die Domain unbrauchbar ist; `4.1.8` bedeutet, dass die Prüfung im Moment nicht abgeschlossen werden konnte und später gelingen kann.",
        "Empfangende Server beantworten `MAIL FROM` damit, nachdem sie die Domain des Absenders im DNS nachgeschlagen und kein brauchbares Mailziel gefunden haben. Viele Empfänger lehnen solche Mail ab, weil ein Absender, der keine Bounces empfangen kann, oft auf Spam hindeutet.",
        "Senden Sie von einer Adresse, deren Domain existiert und Mail empfangen kann, und prüfen Sie die Einstellungen von Anwendungen oder Geräten auf Tippfehler und Platzhalter-Domains. Gehört die Domain Ihnen, stellen Sie sicher, dass sie registriert ist und MX- oder Adresseinträge hat, und veröffentlichen Sie keinen Null-MX für eine Domain, von der Sie senden.",
    ],
    // X.1.9
    [
        "Nachricht an nicht konformen Mailer weitergeleitet",
        "Die Empfängeradresse war gültig und die Nachricht wurde weitergegeben, aber an ein System, das keine Nachrichtenverfolgung unterstützt, daher liegen keine weiteren Informationen über ihren Verbleib vor. Es ist kein Fehler, und RFC 3886 verwendet ihn nur als `2.1.9`.",
        "Er erscheint in Berichten zur Nachrichtenverfolgung (RFC 3886), stets zusammen mit der Aktion „relayed“, wenn die Spur einer Nachricht bei einem System endet, das keine Verfolgungsanfragen beantworten kann. Als SMTP-Antwort wird er normalerweise nicht gesendet.",
        "Es gibt nichts zu beheben: Die Nachricht hat die verfolgten Systeme normal verlassen. Um die Zustellung zu bestätigen, fragen Sie den Empfänger oder den Betreiber des nächsten Systems.",
    ],
    // X.1.10
    [
        "Empfängeradresse hat Null-MX",
        "Die Domain des Empfängers veröffentlicht einen Null-MX, einen DNS-Eintrag, der besagt, dass die Domain überhaupt keine E-Mail annimmt. Die Adresse kann niemals Mail empfangen, es handelt sich also um einen dauerhaften Fehler: `5.1.10`.",
        "Sendende und Submission-Server lehnen `RCPT TO` mit `556` und `5.1.10` ab, wenn die DNS-Abfrage für die Empfängerdomain einen Null-MX ergibt. Sie erhalten den Fehler sofort statt erst nach tagelangen Wiederholungsversuchen. Microsoft Exchange Online sendet `550 5.1.10` mit eigener Bedeutung: Die Empfängeradresse existiert in der empfangenden Organisation nicht.",
        "Die Adresse ist falsch geschrieben oder die Domain nimmt absichtlich keine Mail an: Prüfen Sie, ob der Domainteil ein Tippfehler ist, der gemeinten Domain nur ähnelt oder der Name eines Webservers ist, und lassen Sie sich vom Empfänger eine funktionierende Adresse geben. Gehört Ihnen die Domain und wollen Sie Mail empfangen, ersetzen Sie den Null-MX durch echte MX-Einträge.",
    ],
    // X.2.0
    [
        "Sonstiger oder nicht näher bestimmter Postfachstatus",
        "Das Postfach des Empfängers existiert, aber etwas am Postfach selbst hat die Nachricht verzögert oder gestoppt, und der Server nennt keinen genaueren Code. Probleme mit einem Postfach liegen auf der Seite des Empfängers.",
        "Empfangende Server verwenden ihn in Antworten auf `RCPT TO` oder auf das Ende der Nachrichtendaten sowie in Unzustellbarkeitsnachrichten, wenn ein Postfach eine Nachricht aus einem Grund nicht annehmen kann, der keinen eigenen Code hat. Der Text nach dem Code nennt meist den Grund.",
        "Bei `4.2.0` lassen Sie Ihren Server weiter Zustellversuche unternehmen. Bei `5.2.0` informieren Sie den Empfänger auf anderem Weg und zitieren den Fehlertext, denn nur er oder sein Mail-Administrator kann das Postfach in Ordnung bringen.",
    ],
    // X.2.1
    [
        "Postfach deaktiviert, nimmt keine Nachrichten an",
        "Das Postfach existiert, ist aber für eingehende Mail abgeschaltet. RFC 3463 erlaubt beide Klassen: `5.2.1`, wenn das Postfach nicht wieder aktiviert wird, `4.2.1`, wenn es nur vorübergehend gesperrt ist.",
        "Provider senden ihn als Antwort auf `RCPT TO` oder in einer Unzustellbarkeitsnachricht für Konten, die stillgelegt, gesperrt oder gekündigt, aber noch nicht gelöscht wurden. Aus welchen Gründen ein Postfach genau deaktiviert wird, hängt vom Provider ab.",
        "Kontaktieren Sie den Empfänger auf anderem Weg und bitten Sie um eine funktionierende Adresse oder darum, das Konto wieder zu aktivieren. Bei `4.2.1` versucht Ihr Server es selbst erneut; bei `5.2.1` scheitert ein erneuter Versand, bis das Postfach wieder aktiviert ist.",
    ],
    // X.2.2
    [
        "Postfach voll",
        "Das Postfach des Empfängers hat sein Speicherkontingent erreicht, daher passt nichts mehr hinein, bis der Empfänger Mails löscht. RFC 3463 sieht den Code als vorübergehenden Fehler vor (`4.2.2`), er wird aber auch mit der dauerhaften Antwort `552` gesendet, was `5.2.2` ergibt.",
        "Empfangende Server geben ihn auf `RCPT TO` oder auf das Ende der Nachrichtendaten zurück, sobald ein Konto sein Kontingent überschritten hat, und Zustellberichte enthalten ihn, wenn der letzte Zustellschritt das Postfach voll vorfindet. Er betrifft einen einzelnen Empfänger: Andere auf demselben Server können die Nachricht trotzdem erhalten.",
        "Beheben kann das nur der Empfänger, indem er Mails löscht oder archiviert, oder sein Administrator, indem er das Kontingent erhöht. Als Absender informieren Sie den Empfänger auf anderem Weg; bei `4.2.2` versucht Ihr Server es selbst erneut, bei `5.2.2` müssen Sie die Nachricht später noch einmal senden.",
    ],
    // X.2.3
    [
        "Nachrichtenlänge überschreitet administratives Limit",
        "Die Nachricht ist größer, als dieses bestimmte Postfach annimmt: Der Empfänger hat ein eigenes Größenlimit, das unter dem allgemeinen Limit des Servers liegt. RFC 3463 sieht den Code als dauerhaften Fehler vor (`5.2.3`), daher wird dieselbe Nachricht erneut abgelehnt.",
        "Server senden ihn mit `552`, meist als Antwort auf das Ende der Nachrichtendaten, für einen Empfänger, dessen eigenes Größenlimit die Nachricht überschreitet. Andere Empfänger auf demselben Server mit höheren Limits können sie trotzdem erhalten.",
        "Verkleinern Sie die Nachricht: Entfernen oder komprimieren Sie Anhänge, oder stellen Sie große Dateien per Download-Link bereit. Muss der Empfänger große Dateien erhalten, kann er seinen Administrator bitten, das Limit für sein Postfach zu erhöhen.",
    ],
    // X.2.4
    [
        "Problem beim Auflösen einer Mailingliste",
        "Die Empfängeradresse gehört zu einer Mailingliste, und die Liste konnte nicht in die Adressen ihrer Mitglieder aufgelöst werden. RFC 3463 erlaubt beide Klassen: `4.2.4` für ein vorübergehendes Problem, `5.2.4` für ein dauerhaftes.",
        "Server, die Mailinglisten oder Aliase hosten, melden ihn als Antwort auf `RCPT TO` oder in einer Unzustellbarkeitsnachricht, wenn das Auflösen der Listenadresse in Mitgliederadressen fehlschlägt. Er betrifft die Liste als Ganzes, nicht eines ihrer Mitglieder.",
        "Bei `4.2.4` lassen Sie Ihren Server erneut zustellen. Bei `5.2.4` informieren Sie den Listeninhaber oder den Administrator des Listenservers, denn erst muss die Liste selbst repariert werden, bevor ein erneuter Versand helfen kann.",
    ],
    // X.3.0
    [
        "Sonstiger oder nicht näher bestimmter Mailsystemstatus",
        "Das empfangende System existiert und nimmt normalerweise Mail an, aber etwas am System selbst, nicht an der Adresse oder der Nachricht, hat diesen Status verursacht, und es gibt keinen genaueren Code. Die Fehlerformen verorten die Ursache auf der Seite des Ziels.",
        "Die IANA verknüpft ihn mit einer breiten Palette von Antworten, von `250` und `221` bis `421`, `451`, `550` und `554`, daher erscheint er bei Erfolgen wie bei Fehlern. Fehlerformen werden für interne Probleme beim Ziel verwendet; der Text nach dem Code beschreibt sie meist.",
        "Bei `4.3.0` müssen Sie nichts tun, denn Ihr Server versucht es erneut. Hält ein `5.3.0` an, schicken Sie die vollständige Fehlerzeile mit Uhrzeit an den Mail-Administrator des Empfängers, denn der Fehler liegt in dessen System. Ist es Ihr System, prüfen Sie seine Logs zu diesem Zeitpunkt.",
    ],
    // X.3.1
    [
        "Mailsystem voll",
        "Dem empfangenden Mailsystem ist insgesamt der Speicher ausgegangen, nicht nur für ein Postfach, und Empfänger können selbst keinen Platz schaffen. RFC 3463 erlaubt den Code nur als vorübergehenden Fehler, daher erscheint er als `4.3.1`.",
        "Server senden `452` mit `4.3.1` als Antwort auf `MAIL FROM`, `RCPT TO` oder das Ende der Nachrichtendaten, wenn ihr Festplatten- oder Warteschlangenspeicher erschöpft ist. Mit der Erweiterung `SIZE` kann ein Server `452` auch schon bei `MAIL FROM` senden, wenn ihm der Platz für eine Nachricht der angekündigten Größe fehlt.",
        "Absender müssen nichts tun: Die Nachricht bleibt in der Warteschlange und wird später erneut zugestellt. Der Administrator des empfangenden Servers muss Speicherplatz freigeben oder erweitern und sollte die Warteschlange überwachen, damit sie nicht wieder vollläuft.",
    ],
    // X.3.2
    [
        "System nimmt keine Netzwerknachrichten an",
        "Der Host, auf dem das Postfach liegt, nimmt keine Nachrichten an, entweder vorerst oder überhaupt nicht. RFC 3463 erlaubt beide Klassen: `4.3.2` für vorübergehende Ursachen wie Wartung, hohe Last oder ein bevorstehendes Herunterfahren, `5.3.2`, wenn der Host Mail endgültig ablehnt.",
        "Server senden `4.3.2` mit einer vorübergehenden Ablehnung, solange sie überlastet sind, gewartet werden oder herunterfahren. Ein Host, der nie Mail annimmt, meldet sich mit `521` (RFC 7504), und zwar ohne erweiterten Code, weil RFC 2034 in der Begrüßung keinen vorsieht; für die Antworten, die einen tragen, ordnet das IANA-Register `5.3.2` den Codes `521` und `453` zu.",
        "Bei `4.3.2` lassen Sie Ihren Server später erneut zustellen; mit der Nachricht ist alles in Ordnung. Bei `5.3.2`, und vor allem zusammen mit `521`, nimmt dieser Host keine Mail an: Prüfen Sie die Adresse und die MX-Einträge der Empfängerdomain und fragen Sie den Empfänger nach einem anderen Weg, ihn zu erreichen.",
    ],
    // X.3.3
    [
        "System unterstützt die gewählten Funktionen nicht",
        "Die Nachricht verlangt eine Funktion oder Option, die das empfangende System nicht bieten kann, daher lässt sie sich nicht so verarbeiten, wie der Absender es angefordert hat. RFC 3463 nennt Gateways als typische Quelle, wenn eine Funktion der einen Mailumgebung in der anderen kein Gegenstück hat.",
        "Er taucht in Unzustellbarkeitsnachrichten von Gateways in andere Mailsysteme auf und in Antworten von Servern, die eine Option nicht erfüllen können, von der die Nachricht abhängt. Der Text nach dem Code sollte die Funktion nennen.",
        "Finden Sie heraus, welche Funktion abgelehnt wurde, und senden Sie dann ohne sie erneut oder über einen Weg, der sie unterstützt. Kommt die Ablehnung von Ihrem eigenen Gateway, muss dessen Administrator Unterstützung für die Funktion hinzufügen oder ihre Abbildung ändern.",
    ],
    // X.3.4
    [
        "Nachricht zu groß für das System",
        "Die Nachricht ist größer als die größte Nachricht, die das empfangende System annimmt, unabhängig vom Empfänger. Das Limit kann technisch bedingt oder per Richtlinie festgelegt sein. RFC 3463 erlaubt den Code nur als dauerhaften Fehler, daher erscheint er als `5.3.4`.",
        "Server senden ihn mit `552` als Antwort auf `MAIL FROM`, wenn die angekündigte `SIZE` über ihrem Limit liegt, oder mit `552` oder `554` nach den Nachrichtendaten, sobald die tatsächliche Größe bekannt ist. Server, die `SIZE` unterstützen, können ihr Limit in der `EHLO`-Antwort angeben.",
        "Verkleinern Sie die Nachricht: Stellen Sie große Dateien per Download-Link bereit, oder komprimieren Sie die Anhänge oder verteilen Sie den Inhalt auf mehrere Nachrichten. Zeigt die `EHLO`-Antwort des Servers eine Zahl nach `SIZE`, ist das sein Limit in Bytes. Wird dieselbe Nachricht unverändert erneut gesendet, scheitert sie wieder.",
    ],
    // X.3.5
    [
        "System falsch konfiguriert",
        "Die eigene Konfiguration des empfangenden Systems erlaubt ihm nicht, diese Nachricht anzunehmen. Das deutet auf einen Konfigurationsfehler auf diesem Server hin, nicht auf ein Problem mit Ihrer Nachricht oder Ihren Adressen.",
        "Server und Relays melden ihn, wenn ihre Einstellungen sie daran hindern, eine Nachricht anzunehmen oder weiterzugeben. Die Klasse zeigt, ob der Fehler voraussichtlich bald behoben wird (`4.3.5`) oder nicht (`5.3.5`).",
        "Der Absender kann das nicht beheben. Melden Sie die vollständige Fehlerzeile, die Uhrzeit und die Empfängeradresse dem Administrator des Servers, der sie gesendet hat, bei einer fremden Domain über den Empfänger oder deren Postmaster-Adresse. Ist es Ihr Server, prüfen Sie seine Domain-, Routing- und Zustelleinstellungen sowie seine Logs.",
    ],
    // X.3.6
    [
        "Angeforderte Priorität wurde geändert",
        "Die Nachricht wurde angenommen, aber nicht mit der Priorität, die der Absender mit `MT-PRIORITY` angefordert hat (oder mit der Standardpriorität, falls keine angefordert war): Der Server hat sie erhöht oder gesenkt. Es ist ein Erfolg, `2.3.6`, und der Antworttext beginnt mit der neuen Priorität.",
        "Server, die `MT-PRIORITY` unterstützen, senden ihn in der `250`-Antwort auf `MAIL FROM` oder auf das Ende der Nachrichtendaten, wenn ihre Richtlinie eine andere Priorität zuweist, etwa eine, die vom authentifizierten Konto des Absenders abhängt.",
        "Es gibt nichts zu beheben: Die Nachricht ist unterwegs. Brauchen Sie eine höhere Priorität, fragen Sie den Administrator des Servers, ob Ihr Konto oder Ihre Domain sie verwenden darf; ein Server kann sich weigern, Prioritäten für Absender zu erhöhen, denen er nicht vertraut, und ihnen trotzdem erlauben, ihre eigene zu senken.",
    ],
    // X.4.0
    [
        "Sonstiger oder nicht näher bestimmter Netzwerk- oder Routingstatus",
        "Die Zustellung ist an einem Netzwerk- oder Routingproblem gescheitert oder hat sich dadurch verzögert, und das meldende System konnte es nicht genauer beschreiben. Die Klassenziffer zeigt trotzdem, ob das Problem vorübergehend (`4.4.0`) oder dauerhaft (`5.4.0`) ist.",
        "Mailserver setzen ihn in Verzögerungs- und Fehlerbenachrichtigungen oder in eine Antwort, wenn der Verbindungsaufbau zum nächsten Server oder das Routing dorthin aus einem Grund scheitert, den keiner der spezifischen Netzwerkcodes abdeckt.",
        "Bei `4.4.0` lassen Sie den sendenden Server weiter Zustellversuche unternehmen. Hält der Fehler an oder lautet der Code `5.4.0`, lesen Sie den Text nach dem Code und den Diagnoseteil der Unzustellbarkeitsnachricht und prüfen Sie dann DNS und Konnektivität zwischen dem sendenden Server und den Mailservern des Ziels.",
    ],
    // X.4.1
    [
        "Keine Antwort vom Host",
        "Der sendende Server hat versucht, sich mit dem nächsten Mailserver zu verbinden, aber der Host hat nicht geantwortet, weil er ausgelastet, ausgefallen oder nicht erreichbar war. RFC 3463 sah den Code nur als vorübergehenden Status vor, daher kann selbst eine endgültige Unzustellbarkeitsnachricht `4.4.1` zeigen, nachdem der Absender es bis zu seinem Zeitlimit erneut versucht hat.",
        "Meist meldet ihn Ihr eigener Mailserver in einer Verzögerungsbenachrichtigung oder in seinem Log, nachdem Verbindungen zu den Mailhosts des Empfängers in ein Timeout gelaufen oder abgewiesen worden sind. `BURL`-Submission-Server antworten `451 4.4.1`, wenn sie den IMAP-Server mit der Nachricht nicht erreichen. Microsoft Exchange Online antwortet außerdem `550 5.4.1`, um Empfängeradressen abzulehnen, die in der empfangenden Organisation nicht existieren; das ist eine anbieterspezifische Verwendung.",
        "Warten Sie ab, denn der sendende Server versucht es selbst erneut. Dauert es Stunden, prüfen Sie, ob die Empfängerdomain korrekte MX-Einträge hat, ob ihre Mailserver laufen und Verbindungen annehmen und ob keine Firewall den Verkehr blockiert. Bei einer Ablehnung mit `5.4.1` lesen Sie den Text nach dem Code.",
    ],
    // X.4.2
    [
        "Fehlerhafte Verbindung",
        "Eine Verbindung zum nächsten Server kam zustande, ist aber vor dem Abschluss der Nachrichtentransaktion abgebrochen, durch ein Timeout oder eine schlechte Leitung. RFC 3463 sah den Code nur als vorübergehenden Status (`4.4.2`) vor; mit der Nachricht selbst ist alles in Ordnung.",
        "Sendende Server protokollieren ihn, wenn die Gegenseite während der Sitzung nicht mehr antwortet oder die Verbindung abreißt, zum Beispiel mitten in einer langen `DATA`-Übertragung. Server können ihn auch mit `421` kombinieren, wenn sie eine Sitzung vorzeitig beenden.",
        "Lassen Sie den sendenden Server erneut zustellen: Ein Client, dessen Verbindung abbricht, sollte die Transaktion so behandeln, als hätte er ein vorübergehendes `451` erhalten. Scheitert es bei einem Ziel immer wieder, suchen Sie nach Paketverlust auf dem Netzwerkpfad und prüfen Sie, ob die Timeouts beider Server mindestens den Mindestwerten aus RFC 5321 entsprechen.",
    ],
    // X.4.3
    [
        "Fehler des Verzeichnisservers",
        "Die Nachricht konnte nicht weitergegeben werden, weil ein Verzeichnisdienst, auf den das Mailsystem angewiesen ist, meist DNS, nicht erreichbar war oder nicht geantwortet hat. RFC 3463 sah den Code nur als vorübergehenden Status (`4.4.3`) vor.",
        "Server verwenden ihn, wenn eine für die Zustellung nötige DNS-Abfrage in ein Timeout läuft oder auf Seiten des DNS-Servers fehlschlägt. Empfangende Server, die SPF prüfen, senden `451 4.4.3`, wenn die SPF-Prüfung auf einen vorübergehenden DNS-Fehler stößt.",
        "Meist gelingt ein späterer Versuch, sobald DNS wieder antwortet. Hält es an, prüfen Sie den Resolver des Servers, der den Fehler gemeldet hat, und stellen Sie sicher, dass die Nameserver der betroffenen Domain antworten und korrekte MX- und SPF-Einträge veröffentlichen.",
    ],
    // X.4.4
    [
        "Routing nicht möglich",
        "Das Mailsystem konnte nicht ermitteln, wohin die Nachricht als Nächstes gehen soll, weil die nötigen Routingdaten, normalerweise die DNS-Einträge der Empfängerdomain, nicht verfügbar waren. RFC 3463 erlaubt sowohl eine vorübergehende (`4.4.4`) als auch eine dauerhafte (`5.4.4`) Form.",
        "Sendende Server melden ihn, wenn die Domain des Empfängers nicht existiert, keine brauchbaren MX- oder Adresseinträge hat oder eine DNS-Abfrage für sie nur einen SOA-Eintrag liefert. Eine vorübergehende DNS-Störung ergibt `4.4.4`; eine Domain ganz ohne Mailroute ergibt `5.4.4`.",
        "Prüfen Sie den Domainteil der Empfängeradresse auf Tippfehler. Ist die Domain korrekt, muss ihr Inhaber MX-Einträge (oder einen Adresseintrag) veröffentlichen, die zu einem erreichbaren Mailserver führen. Bei `4.4.4` versucht der sendende Server es in der Zwischenzeit weiter.",
    ],
    // X.4.5
    [
        "Überlastung des Mailsystems",
        "Die Nachricht wurde nicht zugestellt, weil das Mailsystem überlastet war, etwa durch hohe Last oder eine verstopfte Warteschlange. RFC 3463 sah den Code nur als vorübergehenden Status (`4.4.5`) vor; mit der Nachricht ist alles in Ordnung.",
        "Ausgelastete Server senden ihn als Antwort auf Befehle, oft als `451 4.4.5`, und sendende Server vermerken ihn in Verzögerungsbenachrichtigungen. Manche Server nutzen ihn auch, um Clients auszubremsen, die zu viele Verbindungen öffnen oder zu schnell senden.",
        "Lassen Sie den sendenden Server später mit wachsenden Abständen erneut zustellen. Versenden Sie Massenmails und sehen ihn häufig, senken Sie die Zahl paralleler Verbindungen und die Senderate zu diesem Ziel. Kommt er von Ihrem eigenen Server, prüfen Sie dessen Last und Warteschlange.",
    ],
    // X.4.6
    [
        "Routing-Schleife erkannt",
        "Die Nachricht wurde zu oft zwischen Servern hin und her gereicht, daher hat ein Server sie angehalten, um die Schleife zu durchbrechen. Ursache sind falsche Routingtabellen oder Adressen, die gegenseitig aufeinander weiterleiten. RFC 3463 beschreibt ihn als vorübergehenden Status (`4.4.6`).",
        "Server erkennen eine Schleife meist, indem sie die Received-Headerfelder einer Nachricht zählen; RFC 5321 verlangt dafür ein hohes Limit, normalerweise mindestens 100. Typischerweise folgt sie auf eine neue Weiterleitungsregel, die Mail an eine frühere Adresse zurückschickt, oder auf eine MX- oder Relay-Änderung, durch die sich Server die Mail gegenseitig zuschieben.",
        "Sehen Sie sich die Received-Headerfelder der zurückgekommenen Nachricht an, um zu erkennen, welche Server sie durchlaufen hat. Entfernen Sie dann die Weiterleitungsregel, den Alias oder die Relay-Route, die auf eine frühere Station zurückzeigt. Der Absender kann das nicht beheben; das müssen die Administratoren der beteiligten Systeme tun.",
    ],
    // X.4.7
    [
        "Zustellzeit abgelaufen",
        "Die Nachricht war zu alt: Sie lag länger in einer Warteschlange, als das System erlaubt, oder eine vom Absender gesetzte Zustellfrist ist verstrichen. RFC 3463 empfiehlt, dass Server stattdessen das eigentliche Problem melden, das die Zustellung verhindert hat, sofern sie es kennen.",
        "Meist in Unzustellbarkeitsnachrichten eines sendenden Servers, der ein Ziel tagelang erfolglos angesteuert hat; RFC 5321 empfiehlt, nicht vor 4 bis 5 Tagen aufzugeben. Mit der Erweiterung Deliver By führt eine verpasste Frist je nach dem vom Absender gewählten Modus zu einem Fehler `5.4.7` oder einer Verzögerungsbenachrichtigung `4.4.7`.",
        "Suchen Sie in der Unzustellbarkeitsnachricht oder im Serverlog nach den Fehlern der früheren Zustellversuche; sie zeigen die eigentliche Ursache, etwa einen unerreichbaren Host oder ein volles Postfach. Lassen Sie diese beheben und senden Sie die Nachricht dann erneut.",
    ],
    // X.5.0
    [
        "Sonstiger oder nicht näher bestimmter Protokollstatus",
        "Im SMTP-Austausch selbst ist etwas schiefgegangen, und kein spezifischerer Protokollcode passt, daher stehen die Einzelheiten im Basis-Antwortcode und seinem Text. Die Erfolgsform `2.5.0` bestätigt nur, dass ein Protokollschritt funktioniert hat.",
        "Er kommt mit vielen verschiedenen Antworten: `250 2.5.0` nach einem erfolgreichen Befehl, `503 5.5.0` oder `554 5.5.0`, wenn Nachrichteninhalt per `BURL` gesendet wird, aber kein Empfänger angenommen wurde, und `4.5.0` oder `5.5.0` für andere Befehlsfehler. Das Register führt ihn auch bei den `ETRN`-Antworten `458` und `459`.",
        "Bei `2.5.0` ist nichts zu tun. Bei Fehlern lesen Sie den Basis-Antwortcode und den Text nach dem erweiterten Code und suchen im SMTP-Log den Befehl, der ihn ausgelöst hat. Die Lösung ist meist eine Änderung an der Befehlsfolge oder den Einstellungen des Clients.",
    ],
    // X.5.1
    [
        "Ungültiger Befehl",
        "Der Client hat einen Befehl gesendet, den der Server nicht unterstützt, oder ihn an der falschen Stelle der Sitzung gesendet, etwa `DATA` vor einem angenommenen `RCPT TO`. RFC 3463 sah den Code nur als dauerhaften Status (`5.5.1`) vor.",
        "Server kombinieren ihn mit Antworten wie `500` oder `503`: bei einem unbekannten oder deaktivierten Befehl, einem zweiten `MAIL FROM` in einer Transaktion, `RCPT TO` vor `MAIL FROM` oder einem Befehl, der vor einem erforderlichen `STARTTLS`- oder `AUTH`-Schritt gesendet wurde.",
        "Die sendende Software muss korrigiert werden: Halten Sie die Reihenfolge `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA` ein und verwenden Sie nur Befehle, die der Server in seiner `EHLO`-Antwort aufgeführt hat. Bei Skripten und Geräten, die Mail versenden, prüfen Sie, ob der Server zuerst `STARTTLS` oder `AUTH` verlangt.",
    ],
    // X.5.2
    [
        "Syntaxfehler",
        "Der Server konnte einen Befehl nicht interpretieren, entweder weil seine Syntax falsch war oder weil das Befehlswort unbekannt ist. RFC 3463 sah den Code nur als dauerhaften Status (`5.5.2`) vor.",
        "Server senden ihn mit `500` oder `501` für fehlerhafte Befehle und mit `501`, wenn eine `AUTH`-Antwort kein gültiges Base64 ist. Empfangende Server antworten auch mit `550 5.5.2`, wenn der SPF-Eintrag der sendenden Domain nicht interpretiert werden kann (ein SPF-„permerror“).",
        "Bei Befehlsfehlern muss die Client-Software korrekt aufgebaute SMTP-Befehle senden; der abgelehnte Befehl im SMTP-Log zeigt, was falsch ist. Im SPF-Fall muss der Inhaber der sendenden Domain den SPF-Eintrag im DNS reparieren.",
    ],
    // X.5.3
    [
        "Zu viele Empfänger",
        "Die Nachricht nannte mehr Empfänger, als der Server in einer Transaktion annimmt. RFC 3463 erwartet, dass der Absender die Liste aufteilt und die übrigen Empfänger in einer späteren Transaktion beliefert; der Code existiert für Fälle, in denen das nicht möglich ist.",
        "Server senden ihn als Antwort auf `RCPT TO`, sobald ihr Empfängerlimit für eine Nachricht erreicht ist, meist mit `452`, der Antwort, die RFC 5321 dafür vorschreibt, oder mit `451`. Ein Server, der eine lokale Richtlinie durchsetzt, kann stattdessen eine dauerhafte Antwort `5.5.3` verwenden.",
        "Ein konformer Client sendet die Nachricht an die bereits angenommenen Empfänger und versucht die abgelehnten in einer neuen Transaktion erneut. Erhalten Sie diesen Code in einer Unzustellbarkeitsnachricht, teilen Sie die Empfänger in kleinere Gruppen auf oder verwenden Sie eine Mailingliste. Administratoren können das auf dem Server konfigurierte Empfängerlimit prüfen.",
    ],
    // X.5.4
    [
        "Ungültige Befehlsargumente",
        "Der Befehl war gültig, aber eines seiner Argumente nicht: außerhalb des zulässigen Bereichs, fehlerhaft oder mit Verweis auf eine Funktion, die der Server nicht unterstützt. RFC 3463 sah den Code nur als dauerhaften Status (`5.5.4`) vor.",
        "Typische Fälle sind ein `AUTH`-Befehl mit einem Mechanismus, den der Server nicht anbietet (`504 5.5.4`), ein Parameter bei `MAIL FROM` oder `RCPT TO`, den der Server nicht kennt (`555`), und ungültige Werte für Erweiterungsparameter wie eine Deliver-By-Zeit oder eine Haltezeit für spätere Freigabe (`501 5.5.4`).",
        "Vergleichen Sie den abgelehnten Befehl im SMTP-Log mit den Erweiterungen und `AUTH`-Mechanismen, die der Server in seiner `EHLO`-Antwort aufgeführt hat, und senden Sie nur unterstützte Parameter mit gültigen Werten. Es handelt sich um eine Client-Einstellung oder einen Softwarefehler, daher scheitert ein unveränderter neuer Versuch wieder.",
    ],
    // X.5.5
    [
        "Falsche Protokollversion",
        "Die beiden Systeme verwenden Versionen eines Protokolls, die nicht zusammenpassen, und konnten sich nicht auf eine gemeinsam unterstützte einigen. RFC 3463 bindet den Code an keine Klasse, und das Register nennt keinen Antwortcode dafür.",
        "In reinem SMTP ist er selten, da Funktionen dort über `EHLO` ausgehandelt werden. Gateways und andere Mailsysteme können ihn in einer Zustellbenachrichtigung melden, wenn das nächste System eine inkompatible Version eines Mailprotokolls spricht.",
        "Lesen Sie den Text nach dem Code, um zu sehen, welches Protokoll oder welche Version abgelehnt wurde. Die Administratoren der beiden Systeme müssen eine Seite aktualisieren oder umkonfigurieren, sodass beide eine Version gemeinsam haben; ein unveränderter neuer Versand hilft nicht.",
    ],
    // X.5.6
    [
        "Zeile im Authentifizierungsaustausch ist zu lang",
        "Während `AUTH` hat der Client eine Base64-Antwort gesendet, die länger ist als der Puffer, den der Server für den gewählten SASL-Mechanismus vorsieht, daher ist die Authentifizierung fehlgeschlagen. Das Register erlaubt sowohl eine dauerhafte als auch eine vorübergehende Form.",
        "Server antworten `500 5.5.6` auf einen `AUTH`-Austausch, dessen Antwortzeile ihr Limit überschreitet, etwa wenn ein Client ein großes Token mit Zugangsdaten in einer einzigen Zeile sendet. RFC 4954 hielt 12288 Oktette für die Mechanismen, die zu seiner Entstehungszeit üblich waren, für ausreichend.",
        "Beide Seiten sollten die längsten Antworten verarbeiten können, die ihre Mechanismen erzeugen. Der Serveradministrator kann das Zeilenlimit für die Authentifizierung erhöhen, oder der Client kann zu einem Mechanismus mit kürzeren Antworten wechseln.",
    ],
    // X.6.0
    [
        "Sonstiger oder nicht näher bestimmter Medienfehler",
        "Etwas am Inhalt der Nachricht hat sie unzustellbar gemacht, und kein spezifischer Inhaltscode passt; der Text nach dem Code nennt meist den Grund. In der Erfolgsform `2.6.0` bestätigt er nur, dass die Nachrichtendaten angenommen wurden.",
        "Server können `5.6.0` oder `4.6.0` nach dem abschließenden `.` von `DATA` verwenden, um Inhalte abzulehnen, zum Beispiel eine Nachricht mit kaputter Struktur; welche Probleme sie so melden, hängt vom Server ab. Die Erfolgsantwort `250 2.6.0` auf angenommene Nachrichtendaten erscheint in den Beispielen von RFC 2034.",
        "Lesen Sie den Text nach dem Code, der normalerweise das Problem nennt. Korrigieren Sie die Nachricht, etwa ihr Format oder den abgelehnten Teil, und schicken Sie die Nachricht erneut ab. Sieht der Inhalt in Ordnung aus, fragen Sie den Administrator des Empfängers, was sein System beanstandet hat.",
    ],
    // X.6.1
    [
        "Medientyp nicht unterstützt",
        "Die Nachricht enthält eine Art von Inhalt, die das Zustellprotokoll oder das nächste System auf dem Weg nicht verarbeiten kann. RFC 3463 sah den Code nur als dauerhaften Status (`5.6.1`) vor.",
        "Typische Fälle sind rohe Binär- oder 8-Bit-Inhalte, die einem Server angeboten werden, der `BINARYMIME` oder `8BITMIME` nicht angekündigt hat, und Gateways in andere Mailsysteme, die bestimmte Inhaltstypen nicht transportieren können.",
        "Senden Sie den Inhalt in einer Form, die der ganze Weg transportieren kann, etwa mit Base64-kodierten Anhängen statt roher Binärdaten, oder in einem gängigeren Format. Administratoren eines sendenden Servers sollten sicherstellen, dass er Binär- oder 8-Bit-Inhalte für Server konvertiert, die sie nicht unterstützen, oder solche Nachrichten andernfalls mit einer klaren Fehlermeldung zurückschickt.",
    ],
    // X.6.2
    [
        "Konvertierung erforderlich, aber untersagt",
        "Der Inhalt müsste konvertiert werden, bevor das nächste System ihn annehmen könnte, aber eine Konvertierung ist nicht erlaubt. Entweder hat der Absender sie in der Nachricht untersagt, oder die Richtlinie des sendenden Hosts verbietet sie.",
        "Relays und Gateways melden ihn in Fehlerbenachrichtigungen, wenn die nächste Station den Inhalt nicht unverändert annehmen kann und entweder die Nachricht selbst oder die Richtlinie des sendenden Standorts eine Konvertierung ausschließt.",
        "Senden Sie die Nachricht in einer Form, die das Ziel ohne Konvertierung annimmt, etwa mit 7-Bit-kodierten MIME-Teilen, oder erlauben Sie die Konvertierung, falls Ihr Mailprogramm oder die Richtlinie Ihres Standorts diese Wahl bietet.",
    ],
    // X.6.3
    [
        "Konvertierung erforderlich, aber nicht unterstützt",
        "Der Inhalt muss konvertiert werden, bevor die nächste Station ihn annimmt, aber ein Host auf dem Weg kann diese Konvertierung nicht durchführen oder hält sie nicht für praktikabel. Ein klassischer Fall ist eine 8-Bit-Nachricht, die für den nächsten Server zu 7 Bit werden muss und über ein Relay läuft, das sie nicht umwandeln kann.",
        "Relays setzen ihn in Fehlerbenachrichtigungen, wenn dem nächsten Server `8BITMIME` oder `BINARYMIME` fehlt und sie die Nachricht nicht neu kodieren können. Submission-Server antworten `554 5.6.3` auf `BURL`, wenn der abgerufene Inhalt binär ist oder 8-Bit-Header hat, die sie nicht konvertieren.",
        "Senden Sie die Nachricht bereits für 7-Bit-Transport kodiert (Textteile in Quoted-Printable oder Base64, kodierter Headertext); viele Mailprogramme können das. Relay-Administratoren können die Konvertierung von 8 Bit auf 7 Bit aktivieren, sofern ihre Software sie unterstützt.",
    ],
    // X.6.4
    [
        "Verlustbehaftete Konvertierung durchgeführt",
        "Der Inhalt musste unterwegs konvertiert werden, und dabei gingen Daten verloren. Als `2.6.4` ist er eine Warnung zu einer erfolgreichen Zustellung; als `5.6.4` ist er ein Fehler, weil der Absender eine verlustbehaftete Konvertierung untersagt hatte.",
        "Server antworten `250 2.6.4` nach einer verlustbehafteten Konvertierung, zum Beispiel ein `BURL`-Submission-Server, der 8-Bit-Header neu kodiert und deren Zeichensatz erraten musste. Fehlerbenachrichtigungen enthalten `5.6.4`, wenn die einzig mögliche Konvertierung Daten verlieren würde und der Absender das untersagt hat.",
        "Nach `2.6.4` ist die Nachricht angekommen, aber prüfen Sie, ob der Empfänger sie lesen kann; um die Warnung zu vermeiden, senden Sie Inhalte mit korrekten Zeichensatzangaben und kodierten Headern. Nach `5.6.4` senden Sie Inhalte, die keine verlustbehaftete Konvertierung brauchen, oder erlauben Sie eine solche Konvertierung.",
    ],
    // X.6.5
    [
        "Konvertierung fehlgeschlagen",
        "Eine Konvertierung des Nachrichteninhalts war nötig und wurde versucht, ist aber nicht gelungen. RFC 3463 erlaubt sowohl eine vorübergehende (`4.6.5`) als auch eine dauerhafte (`5.6.5`) Form.",
        "Relays, Gateways und Server, die Inhalte umwandeln, melden ihn in Fehlerbenachrichtigungen, wenn die Konvertierung abbricht, etwa bei fehlerhaftem Inhalt. Nach den Regeln zur Inhaltskonvertierung von RFC 4141 beendet jede fehlgeschlagene Konvertierung die Verarbeitung mit `5.6.5`.",
        "Bei `4.6.5` kann ein späterer Versuch gelingen. Bei `5.6.5` prüfen Sie die Nachricht auf fehlerhafte Teile oder falsche Zeichensatzangaben und senden sie in einfacherer Form erneut, oder bitten Sie den Administrator des konvertierenden Systems, seine Logs zu prüfen.",
    ],
    // X.6.6
    [
        "Nachrichteninhalt nicht verfügbar",
        "Der Server musste den Nachrichteninhalt von einem anderen System abrufen, und das ist fehlgeschlagen. Er gehört zur Erweiterung `BURL`, bei der ein Submission-Server die Nachricht von einem IMAP-Server holt; RFC 4468 erlaubt sowohl eine vorübergehende als auch eine dauerhafte Form.",
        "Submission-Server antworten `554 5.6.6` auf einen `BURL`-Befehl, wenn der IMAP-Server für die URL einen Fehler oder keine Daten zurückgibt. Eine fehlgeschlagene Verbindung zum IMAP-Server wird anders gemeldet, nämlich als `451 4.4.1`.",
        "Prüfen Sie, ob die URL noch auf eine existierende Nachricht zeigt und ob der Submission-Server sie vom IMAP-Server abrufen darf. Beheben lässt sich das im Mailprogramm oder durch den Administrator beider Server; wird die Nachricht vollständig mit `DATA` oder `BDAT` gesendet, tritt das Problem gar nicht erst auf.",
    ],
    // X.6.7
    [
        "Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht zulässig",
        "Der Server hat eine internationalisierte Adresse abgelehnt, also eine mit Zeichen außerhalb von ASCII wie Buchstaben mit Akzenten oder nicht lateinischen Schriften, weil für diesen Absender oder Empfänger nur ASCII-Adressen erlaubt sind.",
        "Server, die `SMTPUTF8` unterstützen, antworten mit `553` und diesem Code auf ein `RCPT TO`, dessen Empfänger eine ASCII-Adresse haben muss, und mit `550` und diesem Code auf ein `MAIL FROM`, dessen Absender eine ASCII-Adresse haben muss.",
        "Verwenden Sie für dieses Postfach eine reine ASCII-Adresse, falls der Inhaber eine hat. Andernfalls muss der Administrator des abgelehnten Postfachs internationalisierte Adressen dafür aktivieren; ein unveränderter neuer Versand scheitert wieder.",
    ],
    // X.6.8
    [
        "UTF-8-Antwort erforderlich, aber vom SMTP-Client nicht erlaubt",
        "Der Server hätte in seiner Antwort UTF-8-Text gebraucht, um einen Postfachnamen anzuzeigen, aber der Client hatte keine UTF-8-Antworten erlaubt, daher konnte der Server diese Antwort nicht geben. Er gehört zur Erweiterung `SMTPUTF8`.",
        "Server verwenden ihn für `VRFY`- oder `EXPN`-Befehle ohne den Parameter `SMTPUTF8`, wenn die Antwort ein Nicht-ASCII-Postfach enthalten würde; RFC 6531 verlangt in diesem Fall den Antwortcode `252` oder `550`.",
        "Wiederholen Sie den Befehl `VRFY` oder `EXPN` mit dem Parameter `SMTPUTF8`, sofern der Client internationalisierte E-Mail unterstützt. Ein Client, der keine UTF-8-Antworten verarbeiten kann, kann diese Antwort nicht erhalten; keine Nachricht ist betroffen.",
    ],
    // X.6.9
    [
        "Nachricht mit UTF-8-Headern kann nicht an einen oder mehrere Empfänger übertragen werden und muss daher abgelehnt werden",
        "Die Nachricht hat internationalisierte Headerfelder (UTF-8), und mindestens ein Empfänger kann eine solche Nachricht nicht annehmen, daher hat der Server die ganze Nachricht nach Empfang ihres Inhalts abgelehnt.",
        "Server senden ihn nach dem abschließenden `.` von `DATA`. RFC 6531 nennt dafür den Antwortcode `554`, das Register dagegen `550`, rechnen Sie also mit beiden; RFC 6531 empfiehlt Servern, das Problem früher zu erkennen, schon bei `RCPT TO`.",
        "Senden Sie die Nachricht an die betroffenen Empfänger mit reinen ASCII-Headern und -Adressen, oder bitten Sie deren Administratoren, internationalisierte E-Mail (`SMTPUTF8`) zu aktivieren. Empfänger, die UTF-8 akzeptieren, können Sie in einer separaten Nachricht anschreiben.",
    ],
    // X.6.10
    [
        "Veraltetes Duplikat von X.6.8",
        "Das Register führt `X.6.10` nur noch als veraltetes Duplikat von `X.6.8`, ohne Beispieltext und ohne zugehörigen Antwortcode. Sendet ein Server ihn, lesen Sie ihn als `X.6.8`: Eine Antwort hätte UTF-8-Text gebraucht, den der Client nicht erlaubt hatte.",
        "In aktuellen Antworten sollte er nicht vorkommen. Ein Server, der ihn noch sendet, meint `X.6.8`, typischerweise als Antwort auf einen `VRFY`- oder `EXPN`-Befehl ohne den Parameter `SMTPUTF8`.",
        "Behandeln Sie ihn wie `X.6.8`: Wiederholen Sie den Befehl mit dem Parameter `SMTPUTF8`, sofern Ihr Client das unterstützt. Betreiber eines Servers, der ihn sendet, sollten ihn auf `X.6.8` umstellen.",
    ],
    // X.7.0
    [
        "Sonstiger oder nicht näher bestimmter Sicherheitsstatus",
        "Eine Sicherheits- oder Richtlinienregel hat den Befehl oder die Nachricht gestoppt, und der Server hat entweder keinen genaueren Code dafür oder will nicht mehr verraten. Der Text nach dem Code ist meist die einzige Stelle, die den eigentlichen Grund nennt.",
        "RFC 4954 kombiniert ihn mit `454` für einen vorübergehenden Anmeldefehler auf der Serverseite und mit `530`, wenn ein Befehl zuerst `AUTH` verlangt. Server, die vor allem anderen auf `STARTTLS` bestehen, antworten ebenfalls mit `530 5.7.0`, und manche verwenden ihn für Richtlinien-Ablehnungen, die sie nicht erklären wollen.",
        "Nach `530` tun Sie, was der Server verlangt: Starten Sie TLS mit `STARTTLS` oder melden Sie sich mit `AUTH` an, bevor Sie `MAIL FROM` senden. Nach `454` geben Sie das Passwort nicht neu ein: Der Server hatte eine vorübergehende Störung, versuchen Sie es also später erneut. In anderen Fällen lesen Sie den Antworttext und fragen, wenn er nichts Brauchbares sagt, den Postmaster der empfangenden Seite.",
    ],
    // X.7.1
    [
        "Zustellung nicht autorisiert, Nachricht abgelehnt",
        "Die Richtlinie der empfangenden Seite erlaubt diesem Absender nicht, an diesen Empfänger zu senden, daher wurde die Nachricht abgelehnt. Die Sperre kann sich gegen Ihren Server oder Ihre IP-Adresse, Ihre Adresse oder Domain richten oder eine Einstellung für den Empfänger sein; der Inhalt selbst kann durchaus in Ordnung sein.",
        "Server senden ihn, um Relaying für Domains abzulehnen, die sie nicht betreuen, um Hosts oder Absender abzuweisen, die ihre Filter blockieren, und, wie RFC 7208 empfiehlt, bei einer fehlgeschlagenen SPF-Prüfung. RFC 7489 zeigt `550 5.7.1` als Antwort auf eine Nachricht, die nach der DMARC-Richtlinie der Absenderdomain abgelehnt wird.",
        "Lesen Sie im Antworttext nach, welche Regel gegriffen hat. Ist von Relaying die Rede, melden Sie sich an Ihrem eigenen Postausgangsserver an, statt über einen fremden zu senden. Bei SPF oder DMARC muss der Admin des Absenders die DNS-Einträge der Domain korrigieren (siehe `X.7.23` und `X.7.26`); bei einer namentlich genannten Blockliste ist ein Antrag auf Austragung (Delisting) nötig, und eine eigene Sperre des Empfängers kann nur dieser selbst aufheben.",
    ],
    // X.7.2
    [
        "Verteilung an Mailingliste untersagt",
        "Die Adresse ist eine Mailingliste, und Sie dürfen nicht an sie schreiben. Die Liste selbst funktioniert; ihre Regeln nehmen nur keine Nachrichten von Ihrer Adresse an.",
        "Listenserver und Mailserver senden ihn für Listen, die Beiträge nur von Mitgliedern oder freigegebenen Absendern annehmen oder überhaupt keine Beiträge zulassen. Er taucht auch auf, wenn ein Mitglied von einer anderen Adresse schreibt als der, mit der es eingetragen ist.",
        "Senden Sie von der Adresse, die in der Liste eingetragen ist, oder bitten Sie den Listeninhaber, Ihnen das Schreiben zu erlauben oder Ihre Nachricht weiterzugeben. Dieselbe Nachricht erneut zu senden, hilft nicht, solange sich die Regeln der Liste nicht ändern.",
    ],
    // X.7.3
    [
        "Sicherheitskonvertierung erforderlich, aber nicht möglich",
        "Um die Nachricht zuzustellen, hätte ihr Sicherheitsschutz von einem sicheren Nachrichtenformat in ein anderes umgewandelt werden müssen, und das System auf dem Weg konnte das nicht. Die Nachricht ist in einer Form geschützt, mit der das Ziel nichts anfangen kann.",
        "Gateways zwischen verschiedenen Systemen für sichere Nachrichtenübermittlung senden ihn, wenn eine signierte oder verschlüsselte Nachricht in ein System wechseln muss, das ein anderes Sicherheitsprotokoll verwendet, und keine Konvertierung zwischen beiden verfügbar ist.",
        "Schützen Sie die Nachricht mit einem Format, welches das System des Empfängers unterstützt, oder senden Sie die Nachricht ohne diesen Schutz, wenn Ihre Richtlinie das erlaubt, und einigen Sie sich mit dem Empfänger auf ein gemeinsames Format. Der Betreiber des Gateways kann sagen, welche Formate es konvertieren kann.",
    ],
    // X.7.4
    [
        "Sicherheitsfunktionen nicht unterstützt",
        "Die Nachricht oder der Befehl verlangt eine Sicherheitsfunktion, etwa eine bestimmte Art sicherer Authentifizierung, die auf diesem Zustellweg nicht bereitgestellt werden kann. Die Anforderung lässt sich so nicht erfüllen.",
        "Server senden ihn, wenn ein Client einen Sicherheitsmechanismus verlangt, den sie nicht implementieren; die IANA ordnet ihn `504` zu, der Antwort, die RFC 4954 für einen vom Server nicht unterstützten `AUTH`-Mechanismus vorschreibt. Gateways senden ihn, wenn das nächste Protokoll auf dem Weg die Sicherheitsfunktionen der Nachricht nicht transportieren kann.",
        "Prüfen Sie, was der Server unterstützt (seine `EHLO`-Antwort listet die Erweiterungen und die `AUTH`-Mechanismen auf), und verwenden Sie eine dieser Möglichkeiten, oder senden Sie ohne die Funktion, wenn Ihre Richtlinie das erlaubt. Brauchen Sie die Funktion wirklich, muss der Admin der empfangenden Seite Unterstützung dafür einrichten.",
    ],
    // X.7.5
    [
        "Kryptografischer Fehler",
        "Ein System, das die Nachricht unterwegs prüfen oder entschlüsseln darf, konnte das nicht, weil ein benötigter Schlüssel oder andere nötige Informationen fehlten oder ungültig waren. Das Problem ist das Schlüsselmaterial, nicht eine Veränderung der Nachricht.",
        "Signaturprüfer und entschlüsselnde Gateways senden ihn, wenn sie einen benötigten Schlüssel nicht beschaffen können oder der gefundene Schlüssel unbrauchbar ist. RFC 6376 schlägt `451 4.7.5` für einen DKIM-Prüfer vor, der den öffentlichen Schlüssel nicht abrufen kann, weil der Schlüsselserver nicht antwortet.",
        "Bei `4.7.5` lassen Sie die Wiederholungsversuche laufen: Die Schlüsselquelle kann wieder erreichbar werden. Hält es an, sollte der Admin des Absenders prüfen, ob die Signatur- oder Verschlüsselungsschlüssel veröffentlicht und gültig sind (bei DKIM der Schlüsseleintrag unter dem in der Signatur genannten Selektor), und der Empfänger sollte prüfen, ob die richtigen Entschlüsselungsschlüssel installiert sind.",
    ],
    // X.7.6
    [
        "Kryptografischer Algorithmus nicht unterstützt",
        "Ein System, das die Nachricht prüfen oder entschlüsseln darf, konnte das nicht, weil die Nachricht mit einem Algorithmus signiert oder verschlüsselt wurde, den es nicht unterstützt. Die Schlüssel können in Ordnung sein; das Hindernis ist der Algorithmus.",
        "Gateways und Filter, die Signaturen prüfen oder Mail entschlüsseln, senden ihn, wenn eine Nachricht einen Algorithmus verwendet, den sie nicht implementieren, entweder einen zu neuen oder einen, den sie ausgemustert haben.",
        "Der Absender sollte mit einem weit verbreiteten Algorithmus signieren oder verschlüsseln, den der Empfänger akzeptiert, und sich bei Bedarf mit ihm auf einen einigen. Ist die Software des Empfängers veraltet, muss dessen Admin Unterstützung für den Algorithmus nachrüsten.",
    ],
    // X.7.7
    [
        "Integritätsfehler der Nachricht",
        "Ein System, das die Nachricht prüfen darf, hat festgestellt, dass sie unterwegs beschädigt oder verändert wurde, sodass ihre Signatur oder eine andere Integritätsprüfung nicht mehr stimmt. RFC 3463 erlaubt diesen Code in dauerhaften, vorübergehenden und sogar in Erfolgsmeldungen.",
        "Prüfer senden ihn, wenn eine signierte oder geschützte Nachricht ihre Integritätsprüfung nicht besteht, oft weil ein Server auf dem Weg Header umgeschrieben oder nach dem Signieren Text angefügt hat. RFC 7372 nennt `5.7.7` außerdem als allgemeinen Code für Betreiber, die nicht verraten wollen, welche Authentifizierungsprüfung fehlgeschlagen ist.",
        "Finden Sie heraus, was die Nachricht nach dem Signieren verändert: Mailinglisten-Software, Weiterleitungen, Security-Gateways und Werkzeuge für Fußzeilen oder Disclaimer sind die üblichen Verdächtigen. Signieren Sie als allerletzten Schritt, bevor die Nachricht hinausgeht, oder unterbinden Sie die Änderung; ein Vergleich der gesendeten mit der empfangenen Kopie zeigt, was verändert wurde.",
    ],
    // X.7.8
    [
        "Ungültige Anmeldedaten",
        "Die Anmeldung mit `AUTH` ist fehlgeschlagen, weil Benutzername, Passwort oder andere Zugangsdaten falsch waren oder für dieses Konto nicht ausreichen. Sie sind nicht angemeldet, und alles, was eine Anmeldung erfordert, wird abgelehnt.",
        "Submission-Server beantworten ein fehlgeschlagenes `AUTH` mit `535 5.7.8`, zum Beispiel wenn im Mailprogramm noch ein altes Passwort gespeichert ist. Die ältere `BURL`-Spezifikation (RFC 4468) verwendete `5.7.8` auch für eine fehlende Vertrauensbeziehung; RFC 5248 hat diese Bedeutung nach `X.7.14` verschoben.",
        "Prüfen Sie Benutzername und Passwort in den Einstellungen für den Postausgangsserver (SMTP) des Mailprogramms und geben Sie beides erneut ein. Manche Provider erwarten die vollständige E-Mail-Adresse als Benutzernamen oder ein separates App-Passwort statt des normalen Passworts.",
    ],
    // X.7.9
    [
        "Authentifizierungsmechanismus ist zu schwach",
        "Der Server akzeptiert die vom Client gewählte Anmeldemethode für diesen Benutzer nicht, weil seine Richtlinie eine stärkere verlangt. Das Passwort kann durchaus stimmen; nur die Art, wie es übermittelt wird, ist nicht erlaubt.",
        "Server beantworten `AUTH` mit `534 5.7.9`, wenn der gewählte Mechanismus schwächer ist, als ihre Richtlinie für dieses Konto zulässt, etwa nachdem der Provider seine Anmelderegeln verschärft hat. Yahoo sendet `554 5.7.9` mit eigener Bedeutung: Die Nachricht wurde wegen der Richtlinien von Yahoo abgelehnt, meist weil sie die Authentifizierung oder die DMARC-Richtlinie der Absenderdomain nicht bestanden hat.",
        "Wählen Sie in den Einstellungen des Clients für den Postausgangsserver eine andere Authentifizierungsmethode, und zwar einen der Mechanismen, die der Server in seiner `EHLO`-Antwort nach `AUTH` aufführt, und versuchen Sie es erneut. Funktioniert keiner davon, fragen Sie den Provider, welche Anmeldemethode er verlangt.",
    ],
    // X.7.10
    [
        "Verschlüsselung erforderlich",
        "Die Verbindung muss zuerst verschlüsselt werden: Der Server erlaubt den gewählten Anmeldemechanismus nicht über eine ungeschützte Verbindung. RFC 8689 verwendet `5.7.10` außerdem in Unzustellbarkeitsnachrichten, wenn für eine Nachricht, die TLS verlangte, keine TLS-Sitzung aufgebaut werden konnte. Die IANA ordnet ihn `523` zu, einem Antwortcode, den kein RFC definiert.",
        "Server senden ihn vor allem auf `AUTH` mit einem Klartext-Passwortmechanismus, solange TLS nicht aktiv ist. Weiterleitende Server setzen `5.7.10` in Fehlerberichte für `REQUIRETLS`-Nachrichten, wenn sie zu keinem der Mailserver des Empfängers eine geschützte Sitzung aufbauen konnten.",
        "Aktivieren Sie im Mailclient die Verschlüsselung für den Postausgangsserver (`STARTTLS` oder eine TLS-Verbindung), bevor Sie sich anmelden, oder wählen Sie einen stärkeren Mechanismus. Bei einer Unzustellbarkeitsnachricht wegen `REQUIRETLS` muss der Admin des Empfängers TLS mit einem gültigen Zertifikat anbieten, oder der Absender muss sich entscheiden, ohne diese Anforderung erneut zu senden.",
    ],
    // X.7.11
    [
        "Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich",
        "Der gewählte Anmeldemechanismus darf nur auf einer verschlüsselten Verbindung verwendet werden, und diese hier ist nicht verschlüsselt. RFC 4954 behält ihn mit der Antwort `538` nur aus historischen Gründen bei; die IANA führt außerdem `524`, den kein RFC definiert.",
        "Ältere Server beantworten `AUTH` mit `538 5.7.11`, wenn ein Client einen solchen Mechanismus ohne TLS versucht. Von aktuellen Servern wird erwartet, dass sie diese Mechanismen erst ankündigen, wenn TLS aktiv ist; ein Client, der nur angekündigte Mechanismen verwendet, sollte ihm also nicht begegnen.",
        "Starten Sie TLS mit `STARTTLS` (oder verbinden Sie sich direkt über TLS), bevor Sie `AUTH` senden, senden Sie erneut `EHLO` und wählen Sie aus den Mechanismen, die auf der verschlüsselten Verbindung angeboten werden. Sendet ein aktueller Server ihn, verwendet der Client wahrscheinlich einen Mechanismus, den der Server nie angeboten hat.",
    ],
    // X.7.12
    [
        "Eine Passwortumstellung ist erforderlich",
        "Der Server braucht eine einmalige Anmeldung mit dem Mechanismus `PLAIN`, bevor der gewählte Mechanismus für dieses Konto funktionieren kann. Dieser `AUTH`-Versuch wird abgelehnt, aber das Passwort gilt nicht als falsch. RFC 4954 verwendet ihn mit `432`; die IANA führt außerdem `422`, den kein RFC definiert.",
        "Server senden `432 4.7.12` auf `AUTH`, wenn sie den gewählten Mechanismus für das Konto noch nicht verwenden können und eine `PLAIN`-Anmeldung brauchen, um ihn für spätere Sitzungen vorzubereiten.",
        "Melden Sie sich einmal mit `PLAIN` über eine verschlüsselte Verbindung an, damit das Passwort geschützt ist, und kehren Sie in späteren Sitzungen zum gewählten Mechanismus zurück. Kann der Mailclient den Mechanismus nicht wechseln, bitten Sie den Provider, die Umstellung auf seiner Seite abzuschließen.",
    ],
    // X.7.13
    [
        "Benutzerkonto deaktiviert",
        "Die Anmeldung selbst war erfolgreich, aber das Konto wurde deaktiviert und darf daher nicht senden. Es bleibt gesperrt, bis ein Administrator es wieder freischaltet. Die IANA ordnet ihn `525` zu, einem Antwortcode, den kein RFC definiert.",
        "Provider senden ihn direkt nach einem erfolgreichen `AUTH` für ein Konto, das sie abgeschaltet haben, etwa wegen unbezahlter Rechnungen, Missbrauchs oder Anzeichen eines Einbruchs.",
        "Geben Sie das Passwort nicht immer wieder ein; es ist nicht das Problem. Der Kontoinhaber muss sich an den Provider oder Administrator wenden, herausfinden, warum das Konto deaktiviert wurde, und es wieder freischalten lassen, etwa nach einer Zahlung oder nachdem ein kompromittiertes Konto abgesichert wurde.",
    ],
    // X.7.14
    [
        "Vertrauensbeziehung erforderlich",
        "Der Submission-Server sollte den Nachrichteninhalt von einem anderen Server abrufen, typischerweise von einem IMAP-Server, der in einem `BURL`-Befehl genannt ist, und er hat keine konfigurierte Vertrauensbeziehung zu diesem Server. Ohne sie kann er den Inhalt nicht abrufen.",
        "Submission-Server, die `BURL` unterstützen, senden ihn, zum Beispiel als `554 5.7.14`, wenn die URL auf einen Server zeigt, dem sie laut Konfiguration nicht vertrauen. RFC 4468 verwendete für diesen Fall zunächst `5.7.8`; RFC 5248 gab ihm einen eigenen Code. Gmail beantwortet `AUTH` mit `534 5.7.14` in einer eigenen Bedeutung: Für das Konto ist zuerst eine Anmeldung über einen Webbrowser nötig.",
        "Der Mailclient sollte `BURL` nur mit IMAP-Servern verwenden, die der Submission-Server nach der Anmeldung ankündigt, oder stattdessen die vollständige Nachricht mit `DATA` oder `BDAT` senden. Die Admins beider Server können das Vertrauen einrichten, etwa indem sie dem Submission-Server eigene Zugangsdaten auf dem IMAP-Server geben.",
    ],
    // X.7.15
    [
        "Prioritätsstufe ist zu niedrig",
        "Der Server hat die Nachricht abgelehnt, weil ihre Übertragungspriorität, angegeben mit `MT-PRIORITY` oder vom Server zugewiesen, unter der niedrigsten Priorität liegt, die er derzeit annimmt. Die Grenze kann vorübergehend sein.",
        "Submission-Server mit Unterstützung für die Erweiterung `MT-PRIORITY`, senden ihn, meist mit `450` oder `550`, wenn ihre Richtlinie nur Nachrichten mit höherer Priorität durchlässt, zum Beispiel während eines eingeschränkten Betriebs.",
        "Bei der Form `4.7.15` lassen Sie den Client später erneut versuchen, wenn wieder niedrigere Prioritäten angenommen werden. Ist die Nachricht dringend und dürfen Sie eine höhere Priorität verwenden, schicken Sie die Nachricht mit einem höheren `MT-PRIORITY`-Wert erneut ab; andernfalls fragen Sie den Admin des Servers nach seiner Prioritätsrichtlinie.",
    ],
    // X.7.16
    [
        "Nachricht ist zu groß für die angegebene Priorität",
        "Die Nachricht ist größer, als der Server für ihre Übertragungspriorität erlaubt, würde aber mit einer anderen Priorität oder in kleinerer Größe eventuell angenommen. RFC 4865 gab dieser Nummer einst eine andere Bedeutung (ein Kontingent für spätere Freigabe), die aber nie registriert wurde; maßgeblich ist die Bedeutung der IANA.",
        "Server mit der Erweiterung `MT-PRIORITY`, deren Richtlinie Größenlimits pro Priorität festlegt, senden ihn, meist mit `552`, entweder bei `MAIL FROM`, wenn der Client auch `SIZE` angegeben hat, oder nachdem die Nachrichtendaten eingetroffen sind.",
        "Verkleinern Sie die Nachricht, etwa indem Sie Anhänge weglassen, schicken Sie die Nachricht mit einem niedrigeren `MT-PRIORITY`-Wert ab oder fragen Sie den Admin des Servers nach den Limits pro Priorität. Bei der Form `4.7.16` kann das Limit vorübergehend sein, und ein späterer Versuch kann gelingen.",
    ],
    // X.7.17
    [
        "Inhaber des Postfachs hat gewechselt",
        "Der Absender hat mit der Erweiterung `RRVS` oder dem Headerfeld `Require-Recipient-Valid-Since` verlangt, nur zuzustellen, wenn das Postfach seit einem bestimmten Datum denselben Inhaber hat, und der Empfänger weiß, dass es seitdem den Inhaber gewechselt hat. RFC 4865 nutzte diese Nummer einst für ein Kontingent; die IANA hat sie RFC 7293 zugewiesen.",
        "Automatisierte Absender sensibler Mail verwenden `RRVS`, um nicht jemanden zu erreichen, der eine neu vergebene Adresse übernommen hat. Der empfangende Server antwortet dann mit `550 5.7.17` auf `RCPT TO` oder, wenn das Datum im Headerfeld stand, nach den Nachrichtendaten.",
        "Der Absender sollte davon ausgehen, dass die Adresse nicht mehr der Person gehört, die er kannte: Er sollte nicht mehr an sie senden und die Person auf anderem Weg nach einer aktuellen Adresse fragen. Ein erneuter Versand ohne die Datumsprüfung könnte die Mail an einen Fremden zustellen.",
    ],
    // X.7.18
    [
        "Inhaber der Domain hat gewechselt",
        "Der Absender hat mit `RRVS` oder dem Headerfeld `Require-Recipient-Valid-Since` eine Prüfung des Inhabers verlangt, und der Empfänger meldet, dass der Domainname des Empfängers seit dem angegebenen Datum einen neuen Inhaber hat. Mail an diese Adresse kann jetzt bei jemand völlig anderem landen.",
        "Empfangende Systeme, die `RRVS` unterstützen, senden ihn, wenn sie wissen, dass die Domain nach dem Datum des Absenders den Inhaber gewechselt hat, und das offenlegen wollen, statt nur zum Postfach Auskunft zu geben.",
        "Der Absender sollte die Adresse nicht mehr verwenden und mit dem gewünschten Empfänger auf anderem Weg eine neue bestätigen. Auf der empfangenden Seite ist nichts zu beheben.",
    ],
    // X.7.19
    [
        "RRVS-Prüfung kann nicht abgeschlossen werden",
        "Der Absender hat eine `RRVS`-Prüfung des Inhabers verlangt, aber der Empfänger hat keine Aufzeichnung darüber, wann das Postfach angelegt oder zuletzt neu vergeben wurde, und lehnt deshalb ab, statt zu raten. Über die Gültigkeit der Adresse sagt das nichts aus.",
        "Empfänger senden ihn, wenn weder das Anlagedatum des Postfachs noch ein sinnvoller Ersatz bekannt ist, etwa nachdem eine Domain ohne ihre Postfach-Historie zu einem neuen Inhaber oder Provider umgezogen ist.",
        "Der Absender muss entscheiden: ohne `RRVS`-Schutz erneut senden, wenn dieses Risiko vertretbar ist, oder zuerst die Adresse auf anderem Weg beim Empfänger bestätigen. Dieselbe Anfrage zu wiederholen, hilft nicht.",
    ],
    // X.7.20
    [
        "Keine gültige DKIM-Signatur gefunden",
        "Der Empfänger verlangt eine gültige DKIM-Signatur, und die Nachricht hatte keine: Sie war unsigniert, oder jede Signatur ist bei der Prüfung durchgefallen. RFC 6376 rät davon ab, Mail allein deshalb abzulehnen, es handelt sich also um eine strenge lokale Richtlinie.",
        "Empfänger, die auf DKIM bestehen, etwa aufgrund einer Vereinbarung mit einem Partner, der zugesagt hat, alles zu signieren, senden ihn, sobald die Nachrichtendaten eingetroffen sind. Signaturen scheitern, wenn der öffentliche Schlüssel im DNS fehlt oder nicht passt oder wenn etwas die Nachricht nach dem Signieren verändert hat.",
        "Der Admin des Absenders sollte jede ausgehende Nachricht vom Server oder Mailprovider mit DKIM signieren lassen und den öffentlichen Schlüssel als TXT-Eintrag unter `<selector>._domainkey.<domain>` veröffentlichen. Senden Sie eine Testnachricht und prüfen Sie, ob ihr `Authentication-Results`-Header für DKIM das Ergebnis „pass“ zeigt, und verhindern Sie, dass Fußzeilen oder Gateways Mail nach dem Signieren verändern.",
    ],
    // X.7.21
    [
        "Keine akzeptable DKIM-Signatur gefunden",
        "Die Nachricht hatte mindestens eine DKIM-Signatur, die sich verifizieren ließ, aber keine erfüllte die zusätzlichen Anforderungen des Empfängers, etwa welche Headerfelder signiert sein müssen, oder ein Verbot von Signaturen, die nur einen Teil des Nachrichtentexts abdecken. Eine technisch gültige Signatur reichte nicht aus.",
        "Empfänger mit strengen DKIM-Regeln senden ihn, nachdem die Nachrichtendaten eingetroffen sind, obwohl RFC 6376 von solchen Ablehnungen abrät. Typische Auslöser sind eine Signatur, die wichtige Headerfelder auslässt oder eine Längenbegrenzung für den Nachrichtentext (`l=`) verwendet.",
        "Der Admin des Absenders sollte mit Einstellungen signieren, welche die meisten Empfänger akzeptieren: `From`, `Subject`, `Date`, `To` und die anderen zentralen Headerfelder einbeziehen und den gesamten Nachrichtentext ohne `l=` signieren. Der Antworttext nennt eventuell, welche Anforderung nicht erfüllt war; liegt das Problem bei der `From`-Domain, siehe `X.7.22`.",
    ],
    // X.7.22
    [
        "Keine gültige DKIM-Signatur der Autorendomain gefunden",
        "Die Nachricht hatte gültige DKIM-Signaturen, aber keine stammte von der Domain im Headerfeld `From`, also der Adresse des Autors. Der Empfänger verlangt, dass die signierende Domain zum Autor passt; dies ist ein Sonderfall von `X.7.21`.",
        "Empfänger senden ihn, nachdem die Nachrichtendaten eingetroffen sind, typischerweise wenn ein Maildienst mit seiner eigenen Domain statt mit der des Kunden signiert hat. DMARC baut auf derselben Idee auf, die authentifizierte Domain mit der `From`-Domain abzugleichen (Alignment).",
        "Sorgen Sie dafür, dass die `d=`-Domain der Signatur die `From`-Domain ist oder, beim lockeren Alignment von DMARC, eine Domain derselben Organisation. Richten Sie bei einem Drittanbieter wie einem Newsletter- oder CRM-Dienst dessen DKIM für eigene Domains ein: Veröffentlichen Sie den bereitgestellten Schlüssel unter Ihrer Domain, damit der Dienst in Ihrem Namen signiert.",
    ],
    // X.7.23
    [
        "SPF-Prüfung fehlgeschlagen",
        "Die SPF-Prüfung ergab „fail“: Die Domain in `MAIL FROM` (oder der `HELO`-Name) veröffentlicht einen SPF-Eintrag, der die IP-Adresse, von der die Nachricht kam, nicht autorisiert, und die Richtlinie des Empfängers lehnt solche Mail ab. Für diesen Fall ersetzt er `5.7.1`.",
        "Empfänger senden ihn, oft schon bevor die Nachrichtendaten übertragen werden, wenn der SPF-Eintrag der sendenden Domain mit `-all` endet und der sendende Server nicht abgedeckt ist. Häufige Ursachen sind ein neuer Maildienst oder Server, der nie in den Eintrag aufgenommen wurde, und Weiterleitungen, bei denen ein Dritter die Mail von seiner eigenen IP-Adresse aus erneut versendet. Gmail sendet außerdem `421 4.7.23` mit eigener Bedeutung: Die sendende IP-Adresse hat keinen PTR-Eintrag oder einen, der nicht passt.",
        "Der Admin des Absenders sollte jeden legitimen ausgehenden Server im SPF-TXT-Eintrag der Domain aufführen, mit `ip4:`- und `ip6:`-Einträgen oder dem `include:` des Mailproviders, und dabei einen einzigen Eintrag behalten, der mit `v=spf1` beginnt. Ist eine Weiterleitung die Ursache, sollte der Weiterleitende `MAIL FROM` auf seine eigene Domain umschreiben, oder der Empfänger kann den Weiterleitenden von SPF-Prüfungen ausnehmen.",
    ],
    // X.7.24
    [
        "Fehler bei der SPF-Prüfung",
        "Der Empfänger konnte die SPF-Prüfung wegen eines Fehlers nicht abschließen, was etwas anderes ist als eine fehlgeschlagene Prüfung. Ein vorübergehender Fehler, meist ein Problem bei der DNS-Abfrage, ergibt die Form `4.7.24`; `5.7.24` bedeutet, dass der SPF-Eintrag der Domain fehlerhaft ist und nicht ausgewertet werden kann.",
        "Empfänger senden ihn mit `451`, wenn DNS-Abfragen für den Eintrag in ein Timeout laufen oder fehlschlagen, und mit `550`, wenn der Eintrag einen Syntaxfehler hat, die Domain mehr als einen SPF-Eintrag veröffentlicht oder die Auswertung mehr als 10 DNS-abfragende Terme wie `include:`, `a` und `mx` erfordert.",
        "Der Admin des Absenders sollte den SPF-Eintrag prüfen: genau ein TXT-Eintrag, der mit `v=spf1` beginnt, keine Tippfehler und höchstens 10 Abfragen, etwa indem verschachtelte `include:`-Terme durch `ip4:`- oder `ip6:`-Bereiche ersetzt werden. Für die vorübergehende Form stellen Sie sicher, dass die DNS-Server der Domain zuverlässig antworten; auch das DNS des Empfängers kann schuld sein.",
    ],
    // X.7.25
    [
        "Reverse-DNS-Prüfung fehlgeschlagen",
        "Die IP-Adresse des sendenden Servers hat die Reverse-DNS-Prüfung des Empfängers nicht bestanden: Sie hat keinen PTR-Eintrag, oder der Hostname in diesem Eintrag löst nicht zurück auf dieselbe IP-Adresse auf. Die Richtlinie des Empfängers lehnt Mail von solchen Hosts ab.",
        "Empfänger senden ihn früh in der Sitzung an Server, deren IP-Adresse keinen PTR-Eintrag hat oder deren PTR-Name keinen passenden A- oder AAAA-Eintrag hat. Neue Cloud-Server und private Internetanschlüsse sind anfangs oft in diesem Zustand.",
        "Der Admin des Absenders muss denjenigen, der die IP-Adresse verwaltet (den Hosting- oder Internetprovider), um einen PTR-Eintrag mit dem Namen des Mailservers bitten, etwa `mail.example.com`, und sicherstellen, dass dieser Name einen A- oder AAAA-Eintrag mit derselben Adresse hat. Verwenden Sie denselben Namen in `EHLO`.",
    ],
    // X.7.26
    [
        "Mehrere Authentifizierungsprüfungen fehlgeschlagen",
        "Die Nachricht hat mehr als eine der Authentifizierungsprüfungen des Empfängers nicht bestanden, etwa SPF, DKIM, ARC oder Reverse-DNS, und seine Richtlinie lehnt sie deshalb ab. Der Code sagt nicht, welche Prüfungen fehlgeschlagen sind.",
        "RFC 7372 bittet Server, ihn zu verwenden, wenn mehrere Prüfungen fehlschlagen, statt nur den ersten Fehler zu nennen. Typisch sind gefälschte Mail, Domains ohne funktionierendes SPF oder DKIM und weitergeleitete Mail, bei der beides kaputtgegangen ist; ein DMARC-Fehlschlag bedeutet ebenfalls, dass weder SPF noch DKIM für die `From`-Domain bestanden hat.",
        "Der Admin des Absenders sollte jede Prüfung in Ordnung bringen, nicht nur eine: Der SPF-Eintrag muss alle sendenden Server aufführen, Nachrichten müssen eine DKIM-Signatur der `From`-Domain tragen, und die sendende IP-Adresse braucht einen passenden Reverse-DNS-Eintrag. Eine Testnachricht an ein Postfach, das Sie kontrollieren, zeigt jedes Ergebnis in ihrem `Authentication-Results`-Header.",
    ],
    // X.7.27
    [
        "Absenderadresse hat Null-MX",
        "Die Domain der Absenderadresse (in `MAIL FROM` oder im Headerfeld `From`) veröffentlicht einen Null-MX-Eintrag, der erklärt, dass sie keine Mail annimmt. Antworten und Unzustellbarkeitsnachrichten könnten dort nie zugestellt werden, daher lehnt der Empfänger die Nachricht ab.",
        "Empfänger senden ihn für Mail von einer Domain, deren einziger MX-Eintrag die Präferenz 0 und das Ziel „.“ hat, typischerweise eine Domain, die keine Mail versendet und als Absenderadresse gefälscht wird, oder eine sendende Domain, die versehentlich einen Null-MX veröffentlicht hat. Gmail sendet `5.7.27` außerdem mit eigener Bedeutung: Die Nachricht hat die SPF-Prüfung nicht bestanden.",
        "Soll die Domain Mail versenden, muss ihr Admin den Null-MX entfernen und echte MX-Einträge für Server veröffentlichen, die Mail annehmen, auch Unzustellbarkeitsnachrichten. Andernfalls senden Sie von einer Adresse in einer Domain, die Mail empfangen kann.",
    ],
    // X.7.28
    [
        "Mail-Flut erkannt",
        "Der Empfänger hält die Nachricht für Teil einer Flut ähnlicher missbräuchlicher Nachrichten und lehnt sie ab. Der Code stammt aus einem Internet-Draft, nicht aus einem RFC, und die IANA nennt keinen Antwortcode dafür: Das Feld enthält nur einen Punkt.",
        "Er wurde für Fluten registriert wie die Masse an Bestätigungsmails, die eintrifft, wenn Angreifer die Adresse eines Opfers in viele Anmeldeformulare im Web eintragen. Empfänger, die Häufungen ähnlicher Nachrichten an eine Adresse erkennen, können ihn senden.",
        "Betreiben Sie ein Webformular, das Bestätigungsmails verschickt, begrenzen Sie, wie oft eine Adresse angemeldet werden kann, blockieren Sie automatisierte Eingaben und senden Sie nicht mehr an Adressen, die nie bestätigen. Sind Sie ein gewöhnlicher Absender, der in eine Flut geraten ist, versuchen Sie es später erneut oder wenden Sie sich an den Postmaster des Empfängers.",
    ],
    // X.7.29
    [
        "ARC-Validierung fehlgeschlagen",
        "Die Nachricht trug eine ARC-Kette, in der Weiterleiter und Mailinglisten die von ihnen gesehenen Authentifizierungsergebnisse signieren und festhalten, und die Kette hat die Validierung nicht bestanden. Eine gebrochene Kette zählt wie keine Kette. ARC ist in einem experimentellen RFC definiert (RFC 8617).",
        "Empfänger, die ARC prüfen, können ihn senden, wenn das ARC-Siegel oder die Signatur eines Zwischensystems nicht verifiziert werden kann, meist zusammen mit fehlschlagendem SPF oder DKIM; RFC 8617 erlaubt ihnen, stattdessen `5.7.26` zu senden. Jeder ARC-Fehler, selbst ein DNS-Fehler, gilt als dauerhaft. Gmail sendet `5.7.29` außerdem mit eigener Bedeutung: Die Nachricht wurde nicht über TLS gesendet.",
        "Wer die ARC-Header hinzugefügt hat, also der Weiterleiter oder die Mailingliste, muss die eigene Konfiguration korrigieren: den ARC-Signaturschlüssel im DNS veröffentlichen, erst nach den eigenen Änderungen an der Nachricht versiegeln und frühere ARC-Sätze unverändert lassen. Der ursprüngliche Absender kann das Problem verringern, indem er dafür sorgt, dass SPF und DKIM für sich allein bestehen (siehe `X.7.26`).",
    ],
    // X.7.30
    [
        "REQUIRETLS-Unterstützung erforderlich",
        "Die Nachricht wurde mit `REQUIRETLS` gesendet, das auf jeder Etappe eine geschützte Übertragung verlangt, und keiner der Server, an die sie als Nächstes gehen musste, unterstützt `REQUIRETLS`. Der Server, bei dem sie lag, hat sie daher nicht weitergegeben, sondern zurückgeschickt.",
        "Er erscheint in Unzustellbarkeitsberichten: Ein weiterleitender Server hat die Mailserver des Empfängers über TLS erreicht, aber keiner hat nach `STARTTLS` die Unterstützung für `REQUIRETLS` angekündigt. Konnte TLS selbst nicht aufgebaut werden, verwendet der Bericht stattdessen `5.7.10`. Gmail sendet `5.7.30` außerdem mit eigener Bedeutung: Die Nachricht hat die DKIM-Prüfung nicht bestanden.",
        "Der Admin des Empfängers braucht Mailserver, die `REQUIRETLS` unterstützen, mit Zertifikaten, die sich validieren lassen, und MX-Einträgen, die durch DNSSEC oder MTA-STS geschützt sind. Andernfalls muss der Absender entscheiden, ob die Nachricht ohne diese Garantie reisen darf, und sie ohne `REQUIRETLS` erneut senden oder einen anderen Kanal nutzen.",
    ],
    // 2.XXX.XXX
    [
        "Erfolg",
        "Eine 2 als erste Ziffer bedeutet, dass die Aktion funktioniert hat: Die Adresse oder Nachricht wurde angenommen, weitergeleitet oder zugestellt. Die beiden anderen Zahlen können Einzelheiten ergänzen, etwa eine Änderung, die unterwegs an der Nachricht vorgenommen wurde.",
        "Server, die erweiterte Statuscodes verwenden, setzen ihn in ihre positiven Antworten wie `250` und `251`, und Zustellberichte bestätigen damit, dass eine Nachricht zugestellt oder weitergegeben wurde.",
        "Es gibt nichts zu beheben. Auch ein Erfolgscode kann eine Änderung melden, zum Beispiel eine neue Priorität oder ein konvertiertes Format; lesen Sie also den Rest des Codes, wenn Sie das Ergebnis überrascht.",
    ],
    // 4.XXX.XXX
    [
        "Anhaltender vorübergehender Fehler",
        "Eine 4 als erste Ziffer bedeutet einen vorübergehenden Fehler: Die Nachricht selbst ist annehmbar, aber ein Umstand unterwegs hat sie verzögert oder, wenn er lange genug anhielt, den Absender zum Aufgeben gebracht. Ein späterer erneuter Versand kann gelingen.",
        "Er kommt mit Antwortcodes, die mit 4 beginnen, etwa `421`, `450` und `451`, in Verzögerungsbenachrichtigungen und in Unzustellbarkeitsnachrichten, die verschickt werden, nachdem der sendende Server die Wiederholungsversuche eingestellt hat.",
        "Meist ist nichts zu tun: Der sendende Server behält die Nachricht und versucht es selbst erneut. Meldet eine Unzustellbarkeitsnachricht, dass er aufgegeben hat, lesen Sie den Grund an der Bereichs- und der Detailziffer ab, beheben Sie ihn, falls er auf Ihrer Seite liegt, und senden Sie die Nachricht erneut.",
    ],
    // 5.XXX.XXX
    [
        "Dauerhafter Fehler",
        "Eine 5 als erste Ziffer bedeutet einen dauerhaften Fehler: Dieselbe Nachricht unverändert erneut zu senden, wird nicht gelingen. Zuerst muss sich etwas an der Nachricht, der Adresse oder dem Ziel ändern.",
        "Er kommt mit Antwortcodes, die mit 5 beginnen, etwa `550` und `554`, und in Unzustellbarkeitsnachrichten, sobald die Zustellung aufgegeben wurde.",
        "Senden Sie nicht einfach erneut. Lesen Sie Bereichs- und Detailziffer sowie den Text, um zu erfahren, was sich ändern muss, etwa die Adresse, die Größe der Nachricht oder die Konfiguration des Absenders, und senden Sie erst erneut, wenn das behoben ist.",
    ],
    // X.0.XXX
    [
        "Sonstiger oder nicht näher bestimmter Status",
        "Die Bereichsziffer 0 sagt nichts darüber aus, wo das Problem liegt. Nur die erste Ziffer, also Erfolg, vorübergehender oder dauerhafter Fehler, trägt eine Information.",
        "Server und Zustellberichte verwenden ihn, wenn sie das Ergebnis nicht einordnen können oder wollen, meist in den Formen `2.0.0`, `4.0.0` und `5.0.0`.",
        "Verlassen Sie sich auf den Antwortcode und den Text nach dem Code. Erklärt der Text das Problem nicht, fragen Sie den Administrator des Servers, der ihn erzeugt hat.",
    ],
    // X.1.XXX
    [
        "Adressstatus",
        "Die Bereichsziffer 1 verweist auf eine Adresse, die des Absenders oder eines Empfängers: auf ihre Syntax oder darauf, ob sie existiert. RFC 3463 merkt an, dass der Absender solche Probleme meist selbst korrigieren und es erneut versuchen kann.",
        "Meist in Antworten auf `MAIL FROM` und `RCPT TO` sowie in Unzustellbarkeitsnachrichten zu unbekannten, umgezogenen oder fehlerhaften Adressen.",
        "Prüfen Sie die im Fehler genannte Adresse auf Tippfehler und lassen Sie sich die Adresse von ihrem Inhaber bestätigen; senden Sie dann erneut an die korrigierte Adresse.",
    ],
    // X.2.XXX
    [
        "Postfachstatus",
        "Die Bereichsziffer 2 verweist auf das Postfach des Empfängers: Es existiert, aber sein Zustand, etwa voll oder deaktiviert, hat die Nachricht aufgehalten. Solche Probleme liegen in der Hand des Empfängers.",
        "In Antworten auf `RCPT TO` oder auf das Ende der Nachrichtendaten sowie in Unzustellbarkeitsnachrichten aus dem letzten Zustellschritt.",
        "Informieren Sie den Empfänger auf anderem Weg; nur er oder sein Mail-Administrator kann Platz schaffen, das Postfach wieder aktivieren oder seine Limits ändern.",
    ],
    // X.3.XXX
    [
        "Mailsystemstatus",
        "Die Bereichsziffer 3 verweist auf das Ziel-Mailsystem als Ganzes: seinen Speicher, seine Verfügbarkeit, Größenlimits, Funktionen oder Konfiguration. Dafür ist sein Administrator zuständig.",
        "In Antworten empfangender Server, die voll, nicht verfügbar, falsch konfiguriert oder in Nachrichtengröße oder Funktionen eingeschränkt sind, sowie in Unzustellbarkeitsnachrichten, die solche Probleme melden.",
        "Vorübergehende Formen erledigen sich meist, wenn der sendende Server es erneut versucht. Bei dauerhaften passen Sie die Nachricht an, etwa ihre Größe, oder bitten den Administrator des Ziels, das System in Ordnung zu bringen.",
    ],
    // X.4.XXX
    [
        "Netzwerk- und Routingstatus",
        "Die Bereichsziffer 4 verweist auf den Zustellweg: Netzwerkverbindungen, DNS und andere Routingdienste zwischen den Systemen. Zuständig sind meist die Administratoren des Ziels oder eines Systems dazwischen.",
        "In Verzögerungsbenachrichtigungen und Unzustellbarkeitsnachrichten, wenn der sendende Server das Ziel nicht erreichen oder keinen Weg dorthin finden kann, etwa nach Timeouts, DNS-Fehlern, Routing-Schleifen oder einer abgelaufenen Zustellfrist.",
        "Vorübergehende Netzwerkfehler erledigen sich meist beim erneuten Versuch. Halten sie an, prüfen Sie die DNS- und MX-Einträge der Zieldomain und die Konnektivität der beteiligten Server, oder melden Sie das Problem dem Administrator des Ziels.",
    ],
    // X.5.XXX
    [
        "Status des Zustellprotokolls",
        "Die Bereichsziffer 5 verweist auf den SMTP-Austausch selbst: Befehle, Syntax, Argumente oder Protokollversionen, bei denen sich die beiden Seiten nicht einig sind, sei es wegen fehlerhafter Software oder einer unzuverlässigen Verbindung.",
        "In Antworten auf fehlerhafte, unbekannte oder in falscher Reihenfolge gesendete Befehle sowie in Unzustellbarkeitsnachrichten, nachdem ein Austausch zwischen zwei Servern gescheitert ist.",
        "Meist liegt das Problem in der sendenden Software oder ihren Einstellungen: Prüfen Sie den Befehl und seine Argumente und aktualisieren oder korrigieren Sie den Client. War die Verbindung unzuverlässig, versuchen Sie es erneut.",
    ],
    // X.6.XXX
    [
        "Status von Nachrichteninhalt oder Medien",
        "Die Bereichsziffer 6 verweist auf den Inhalt der Nachricht: ein Format, eine Kodierung oder einen Medientyp, der nicht transportiert oder konvertiert werden konnte. Absender und Empfänger müssen eine gemeinsame Menge von Inhaltstypen unterstützen, damit die Nachricht durchkommt.",
        "Nach den Nachrichtendaten sowie in Unzustellbarkeitsnachrichten von Gateways und Servern, die einen Teil einer Nachricht nicht verarbeiten oder konvertieren können, einschließlich Adressen oder Headern mit Nicht-ASCII-Zeichen.",
        "Senden Sie den Inhalt in einer breiter unterstützten Form, etwa als gängigen Anhangstyp oder mit einer Adresse in reinem ASCII, oder bitten Sie die Seite des Empfängers, das Format zu unterstützen.",
    ],
    // X.7.XXX
    [
        "Sicherheits- oder Richtlinienstatus",
        "Die Bereichsziffer 7 verweist auf Sicherheit oder Richtlinien: Filterregeln für Absender, Empfänger oder Hosts, Authentifizierung, Verschlüsselung und Prüfungen wie SPF, DKIM und DMARC. Die Ursache können die Regeln beider Seiten sein.",
        "In Antworten auf fast jeden Befehl, wenn ein Server Mail aufgrund einer Richtlinie ablehnt, Authentifizierung oder Verschlüsselung verlangt oder feststellt, dass eine Absenderprüfung fehlgeschlagen ist, sowie in den darauf folgenden Unzustellbarkeitsnachrichten.",
        "Lesen Sie im Text nach, welche Regel angewendet wurde. Absender beheben das oft, indem sie sich authentifizieren, Verschlüsselung verwenden, SPF-, DKIM- oder DMARC-Einträge korrigieren oder ihre Austragung aus einer Blockliste erreichen; eine Richtlinie der empfangenden Seite kann nur deren Administrator ändern.",
    ],
];

/// UI strings and sentence templates, in `super::UiKey` order.
pub(super) static UI: [&str; UI_KEYS] = [
    // label.summary
    "Zusammenfassung",
    // label.description
    "Beschreibung",
    // label.when_seen
    "Wann Sie ihn sehen",
    // label.how_to_fix
    "Was zu tun ist",
    // label.key_differences
    "Wichtigste Unterschiede",
    // label.when_to_use
    "Wann welcher Code verwendet wird",
    // label.learn_more
    "Mehr erfahren",
    // label.class
    "Klasse",
    // label.category
    "Kategorie",
    // label.subject
    "Bereich",
    // label.status
    "Normstatus",
    // label.retry
    "Was der Client tun sollte",
    // label.fix_by
    "Wer handeln muss",
    // label.commands
    "Antwort auf",
    // label.connection
    "Was mit der Verbindung geschieht",
    // connection.closes
    "Der Server schließt sie",
    // connection.stays_open
    "Sie bleibt offen",
    // label.references
    "Referenzen",
    // label.related
    "Verwandte Codes",
    // label.compare_with
    "Oft verwechselt mit",
    // label.server_text
    "Was der Server gesagt hat",
    // label.problems
    "Probleme in dieser Antwort",
    // label.reply_code
    "Antwortcode",
    // label.enhanced_code
    "Erweiterter Statuscode",
    // class.2.name
    "Positiver Abschluss",
    // class.3.name
    "Positive Zwischenantwort",
    // class.4.name
    "Vorübergehender negativer Abschluss",
    // class.5.name
    "Dauerhafter negativer Abschluss",
    // class.2.phrase
    "eine positive Abschlussantwort (2xx)",
    // class.3.phrase
    "eine positive Zwischenantwort (3xx)",
    // class.4.phrase
    "eine vorübergehende negative Antwort (4xx)",
    // class.5.phrase
    "eine dauerhafte negative Antwort (5xx)",
    // category.0
    "Syntax und Befehle",
    // category.1
    "Informationen",
    // category.2
    "Verbindungen",
    // category.3
    "Nicht festgelegt",
    // category.4
    "Nicht festgelegt",
    // category.5
    "Mailsystem",
    // category.other
    "Außerhalb der Standardkategorien",
    // status.standard
    "Standardisiert",
    // status.extension
    "Durch eine SMTP-Erweiterung definiert",
    // status.obsolete
    "Veraltet",
    // status.experimental
    "Experimentell",
    // status.non_standard
    "Nicht standardisiert",
    // retry.nothing_to_do
    "Nichts zu tun. Der Befehl war erfolgreich.",
    // retry.continue
    "Weitermachen. Der Server wartet auf den nächsten Schritt des Austauschs.",
    // retry.later
    "Später erneut versuchen. Das Problem ist vorübergehend, und ein Mailserver versucht es von selbst erneut.",
    // retry.not_unchanged
    "Nicht unverändert wiederholen. Erst muss sich etwas ändern, bevor derselbe Versuch gelingen kann.",
    // party.sending_client
    "Sendender Client",
    // party.sender_admin
    "Administrator des Absenders",
    // party.recipient_admin
    "Administrator des Empfängers",
    // party.server_admin
    "Administrator des antwortenden Servers",
    // party.nobody
    "Niemand",
    // party.sender
    "Absender der Nachricht",
    // party.recipient
    "Empfänger der Nachricht",
    // command.connect
    "Beim Verbindungsaufbau (als Begrüßung)",
    // command.data_end
    "Ende der Nachrichtendaten",
    // command.any
    "Jeder Befehl",
    // list.separator
    ", ",
    // list.last_separator
    " und ",
    // label.separator
    ": ",
    // show.title
    "SMTP {code}: {title}",
    // show.is_class
    "{code} ist {class}.",
    // show.enhanced_class
    "Mit der Klasse {digit} bedeutet er: {class}.",
    // show.enhanced_kind
    "{code} ist ein erweiterter Statuscode: Er folgt auf den Antwortcode und nennt den Bereich ({subject}) und das Detail.",
    // show.non_standard
    "{code} ist in keinem RFC definiert. Die Quellen unten beschreiben, wer ihn verwendet.",
    // compare.title
    "SMTP {a} {a_title} vs. {b} {b_title}",
    // compare.contrast
    "{a} ({a_title}) ist {a_class}, {b} ({b_title}) dagegen {b_class}.",
    // compare.same_class
    "{a} ({a_title}) und {b} ({b_title}) gehören zur selben Klasse: {class}.",
    // compare.kinds
    "{a} ist ein Basis-Antwortcode, also die drei Ziffern, mit denen jede Antwortzeile beginnt; {b} ist ein erweiterter Statuscode, den Server mit entsprechender Unterstützung hinter den Antwortcode schreiben.",
    // compare.same_code
    "{a} und {b} sind derselbe Code.",
    // compare.same_detail
    "{a} und {b} melden denselben Zustand, {generic} ({title}); nur die Klasse unterscheidet sich und damit, was der Client tut.",
    // compare.advice
    "Nach {code}: {retry}",
    // diff.class
    "Klasse: {a} ist {a_class}; {b} ist {b_class}.",
    // diff.retry
    "Was der Client tun sollte. Nach {a}: {a_retry} Nach {b}: {b_retry}",
    // diff.category
    "Kategorie (zweite Ziffer): {a_category} bei {a}, {b_category} bei {b}.",
    // diff.subject
    "Bereich: {a_subject} bei {a}, {b_subject} bei {b}.",
    // diff.fix_by
    "Wer handeln muss: {a_fix_by} bei {a}; {b_fix_by} bei {b}.",
    // diff.commands
    "Antwort auf diese Befehle: {a_commands} bei {a}; {b_commands} bei {b}.",
    // diff.commands_one
    "Befehle: Nur {a} ist an bestimmte Befehle gebunden ({commands}).",
    // diff.associated
    "Das IANA-Register führt {reply} unter den Antwortcodes, die mit {enhanced} verwendet werden.",
    // diff.related
    "Der Katalog führt {a} und {b} als verwandte Codes.",
    // diff.status
    "Normstatus: {a_status} bei {a}; {b_status} bei {b}.",
    // use.class.2
    "Ein Server antwortet mit {code}, um zu bestätigen, dass der Befehl funktioniert hat.",
    // use.class.3
    "Ein Server antwortet mit {code}, um den Client aufzufordern, mit dem nächsten Schritt fortzufahren.",
    // use.class.4
    "Ein Server antwortet mit {code}, wenn sich das Problem von selbst erledigen kann, damit der Client es später erneut versucht.",
    // use.class.5
    "Ein Server antwortet mit {code}, wenn derselbe Versuch erst gelingen kann, nachdem jemand etwas geändert hat.",
    // use.same_class
    "Beide Codes gehören zur selben Klasse, daher reagiert ein Client auf beide gleich; unterschiedlich sind die Ursache und damit die Lösung.",
    // use.kinds
    "Ein Client richtet sich nach dem Antwortcode {reply}; der erweiterte Code {enhanced} sagt Menschen genauer, was schiefgegangen ist.",
    // learn.page
    "{code} {title}",
    // explain.title
    "Was die Antwort {code} bedeutet",
    // explain.no_code
    "Dieser Text beginnt nicht mit einem SMTP-Antwortcode und kann daher nicht erklärt werden.",
    // explain.unknown
    "{code} steht nicht im Katalog; seine Klasse zeigt trotzdem, was zu tun ist.",
    // problem.mismatch
    "Der erweiterte Code {enhanced} gehört zur Klasse {enhanced_digit}, der Antwortcode {code} aber zur Klasse {digit}. Clients richten sich nach dem Antwortcode.",
    // problem.mixed_codes
    "Nicht alle Zeilen dieser Antwort tragen denselben Code ({codes}).",
    // problem.line_too_long
    "Zeile {line} ist länger als die {limit} Zeichen, die SMTP erlaubt.",
    // problem.not_text
    "Zeile {line} enthält Bytes, die kein Text sind.",
    // problem.truncated
    "Die Antwort wurde gekürzt: Nur die ersten {limit} Zeilen wurden gelesen.",
    // label.what_happened
    "Was passiert ist",
    // label.what_to_do
    "Was jetzt zu tun ist",
    // label.tell_the_sender
    "Was Sie dem Absender sagen können",
    // label.evidence
    "Woran wir es erkennen",
    // evidence.text
    "an den Worten des Servers {quote}",
    // evidence.enhanced_code
    "am erweiterten Statuscode {code}",
    // evidence.reply_code
    "am Antwortcode {code}",
    // explain.reason_disagrees
    "Für sich genommen würde dieser Grund bedeuten: {reason_retry} Maßgeblich ist aber der Code {code}: {code_retry}",
    // site.title
    "SMTP-Antwortcodes",
    // site.intro
    "Was jeder SMTP-Antwortcode und jeder erweiterte Statuscode bedeutet, wann Sie ihn sehen und was zu tun ist.",
    // site.reply_codes
    "Antwortcodes",
    // site.enhanced_codes
    "Erweiterte Statuscodes",
    // site.comparisons
    "Vergleiche",
    // site.class_heading
    "{digit}xx: {class}",
    // site.subject_heading
    "X.{digit}.x: {subject}",
    // site.home
    "Alle Codes",
    // site.languages
    "Weitere Sprachen",
    // site.search
    "Codes, Titel und Wörter suchen",
    // site.choose_language
    "Sprache wählen",
    // site.generated
    "Erzeugt von smtp-codes aus Katalogversion {version}.",
    // label.provider
    "Anbieter",
    // label.provider_note
    "Was die Dokumentation des Anbieters ergänzt",
    // evidence.vendor_code
    "am eigenen Code {code} von {provider}",
    // show.vendor_code
    "{code} steht nicht im IANA-Register: Es ist ein eigener Code von {provider}.",
    // label.defined_by
    "Definiert von",
    // label.read_on
    "Quelle gelesen am {date}",
    // site.providers
    "Anbieter",
    // provider.markers
    "Wörter, an denen man seine Antworten erkennt",
    // provider.hosts
    "Hostnamen seiner Server",
    // provider.vendor_codes
    "Eigene Codes",
    // provider.rules
    "Was seine Antworten bedeuten",
    // provider.reused_by
    "Anbieter, die diesem Code eine eigene Bedeutung geben",
    // logs.title
    "Zusammenfassung des Mail-Logs",
    // logs.lines
    "Gelesene Zeilen",
    // logs.attempts
    "Zustellversuche",
    // logs.skipped
    "Zeilen ohne Zustellversuch",
    // logs.sent
    "Zugestellt",
    // logs.deferred
    "Zurückgestellt",
    // logs.bounced
    "Unzustellbar",
    // logs.expired
    "Abgelaufen",
    // logs.recovered
    "Zurückgestellt, dann zugestellt",
    // logs.by_reason
    "Fehlschläge nach Ursache",
    // logs.count
    "Versuche",
    // logs.domains
    "Empfängerdomains",
    // logs.examples
    "Beispiele",
    // logs.by_hour
    "Fehlschläge pro Stunde",
    // logs.untimed
    "Fehlschläge ohne Zeitstempel (nicht im Diagramm)",
    // logs.axis_time
    "Uhrzeit laut Log",
    // logs.hours_per_bar
    "Stunden pro Balken",
    // logs.axis_failures
    "Fehlschläge",
    // logs.top_domains
    "Empfängerdomains mit den meisten Fehlschlägen",
    // logs.top_providers
    "Anbieter mit den meisten Fehlschlägen",
    // logs.by_code
    "Fehlschläge nach Code",
    // logs.code_axis
    "Antwortcode (oder erweiterter Statuscode)",
    // logs.reasons
    "Was die Ursachen bedeuten",
    // logs.shown
    "Angezeigt: {shown} von {total}",
];

/// Per reason, in `super::Reason` order: ["title", "meaning", "how_to_fix", "user_message"].
pub(super) static REASONS: [[&str; 4]; REASON_COUNT] = [
    // user_unknown
    [
        "Empfängeradresse existiert nicht",
        "Der empfangende Server hat kein Postfach für die Adresse in `RCPT TO`, meist wegen eines Tippfehlers oder eines gelöschten Kontos. Server melden das mit `550` und `5.1.1`, doch ein bloßes `550` steht auch für viele andere Ablehnungen; dann entscheidet der Antworttext.",
        "Prüfen Sie die Adresse auf Tippfehler, besonders im Teil vor dem `@`, und fragen Sie den Empfänger auf anderem Weg nach der richtigen Adresse. Entfernen Sie Adressen, die immer wieder scheitern, aus Mailinglisten. Sollte die Adresse existieren, muss der Administrator des Empfängers das Postfach anlegen oder den Alias bzw. die Routingtabelle korrigieren.",
        "Diese Adresse gibt es nicht. Prüfen Sie, ob sie einen Tippfehler enthält, und senden Sie die Nachricht erneut.",
    ],
    // mailbox_disabled
    [
        "Postfach des Empfängers deaktiviert oder umgezogen",
        "Der empfangende Server kennt die Adresse, aber ihr Postfach nimmt keine Mail an: Es wurde deaktiviert, gesperrt, wegen Inaktivität geschlossen oder an einen anderen Ort verlegt. Server melden das mit `5.2.1`, bei einem umgezogenen Postfach mit `5.1.6` oder `551`, oder mit einem allgemeinen `550`, dessen Text den Grund nennt.",
        "Nur der Empfänger oder sein Administrator kann das Postfach wieder aktivieren. Der Absender sollte den Empfänger auf anderem Weg erreichen und fragen, ob das Postfach zurückkommt oder welche neue Adresse gilt, und Adressbücher und Listen entsprechend anpassen.",
        "Das Postfach des Empfängers ist geschlossen oder wird nicht mehr genutzt. Fragen Sie die Person auf anderem Weg nach ihrer aktuellen Adresse.",
    ],
    // mailbox_full
    [
        "Postfach des Empfängers voll",
        "Das Postfach des Empfängers hat sein Speicherkontingent ausgeschöpft, daher passt nichts mehr hinein, bis Mails gelöscht werden oder das Kontingent erhöht wird. Server melden das mit `4.2.2` und einem vorübergehenden `450` oder `452` oder als dauerhaftes `552` mit `5.2.2`; andere Empfänger auf demselben Server sind nicht betroffen.",
        "Der Empfänger muss Mails löschen oder archivieren, oder sein Administrator muss das Kontingent erhöhen. Nach einer vorübergehenden Antwort versucht es der sendende Server von selbst erneut; nach einer dauerhaften muss der Absender die Nachricht noch einmal senden, sobald im Postfach wieder Platz ist. Oft hilft es, den Empfänger auf anderem Weg zu informieren.",
        "Das Postfach des Empfängers ist voll. Versuchen Sie es später noch einmal, oder sagen Sie der Person auf anderem Weg, dass sie Platz schaffen muss.",
    ],
    // domain_not_found
    [
        "Empfängerdomain existiert nicht oder nimmt keine Mail an",
        "Der Teil der Adresse nach dem `@` nennt eine Domain, die im DNS nicht existiert, weder MX- noch Adresseinträge hat oder einen Null-MX veröffentlicht, der besagt, dass sie keine Mail annimmt. Server melden das mit `5.1.2` oder bei einem Null-MX mit `556` und `5.1.10`; ein vorübergehender Fehler bei der DNS-Abfrage (`4.4.3`) ist ein anderes Problem.",
        "Prüfen Sie die Domain auf Tippfehler (eine falsche Endung wie `.con` kommt häufig vor) und fragen Sie den Empfänger nach einer funktionierenden Adresse. Soll die Domain Mail empfangen, muss ihr Administrator sie gegebenenfalls registrieren, MX-Einträge veröffentlichen, die auf einen laufenden Mailserver zeigen, und einen etwaigen Null-MX entfernen.",
        "Der Teil der Adresse nach dem @-Zeichen ist falsch oder kann keine E-Mails empfangen. Prüfen Sie die Adresse auf Tippfehler und senden Sie die Nachricht erneut.",
    ],
    // relay_denied
    [
        "Relaying abgelehnt",
        "Der Server ist für die Domain des Empfängers nicht zuständig und leitet die Nachricht nicht für Sie weiter, meist weil Sie sich nicht angemeldet haben oder über den falschen Server senden. Die Ablehnung kommt häufig als `550` oder `554` mit `5.7.1`, Codes, die auch andere Richtlinien-Ablehnungen verwenden; daher entscheidet der Text.",
        "Ein Mailprogramm oder eine Anwendung sollte über den Submission-Server des eigenen Providers senden (Port `587` oder `465`) und sich vorher mit `AUTH` anmelden. Sollte der Server die Domain des Empfängers annehmen, muss der Administrator des Empfängers die Domain zu den akzeptierten Domains des Servers hinzufügen oder die MX-Einträge der Domain korrigieren.",
        "Das Mailsystem hat sich geweigert, Ihre Nachricht weiterzuleiten, meist weil Ihr E-Mail-Programm nicht bei Ihrem Postausgangsserver angemeldet ist. Prüfen Sie die Kontoeinstellungen und versuchen Sie es erneut.",
    ],
    // too_many_recipients
    [
        "Zu viele Empfänger",
        "Die Nachricht hat mehr Empfänger, als der Server in einer Transaktion annimmt. Server lehnen die überzähligen `RCPT TO`-Befehle mit `452` und `4.5.3` ab oder dauerhaft mit `5.5.3`; ältere Server senden `552`, das laut RFC 5321 in diesem Fall als vorübergehend zu behandeln ist.",
        "Ein konformer Client stellt die Nachricht an die bereits angenommenen Empfänger zu und sendet sie an die abgelehnten in einer neuen Transaktion. Erhält jemand diesen Fehler in einer Unzustellbarkeitsnachricht, sollte er die Empfänger in kleinere Gruppen aufteilen oder eine Mailingliste verwenden. Administratoren können die auf dem Server eingestellten Empfängerlimits prüfen.",
        "Die Nachricht hatte zu viele Empfänger für das empfangende Mailsystem. Senden Sie die Nachricht an weniger Personen auf einmal.",
    ],
    // sender_rejected
    [
        "Absenderadresse abgelehnt",
        "Der Server hat die in `MAIL FROM` angegebene Envelope-Absenderadresse selbst abgelehnt: Sie ist fehlerhaft aufgebaut, ihre Domain existiert nicht oder kann keine Antworten empfangen, oder dieser Absender darf sie nicht verwenden. Typische Codes sind `553`, `501` mit `5.1.7`, `550` mit `5.1.8` und `5.7.27` für eine Absenderdomain mit Null-MX.",
        "Tragen Sie im sendenden Programm, Gerät oder Skript eine vollständige, echte Absenderadresse ein und verwenden Sie keine Platzhalter-Domains. Meldet der Server, dass Sie nicht unter dieser Adresse senden dürfen, verwenden Sie die Adresse des Kontos, mit dem Sie sich angemeldet haben. Der Administrator des Absenders muss sicherstellen, dass die Domain existiert und Mail empfangen kann, auch Unzustellbarkeitsnachrichten.",
        "Die Adresse, von der aus Sie senden, wurde abgelehnt. Prüfen Sie die Absenderadresse in Ihren E-Mail-Einstellungen, oder bitten Sie Ihren E-Mail-Administrator um Hilfe.",
    ],
    // sender_auth_fail
    [
        "Absenderauthentifizierung fehlgeschlagen (SPF oder DKIM)",
        "Der Empfänger hat geprüft, ob die sendende Domain diese Nachricht autorisiert, und die Nachricht hat die SPF- oder DKIM-Prüfung nicht bestanden. Es gibt eigene Codes dafür (`5.7.23` und `5.7.24` für SPF, `5.7.20` bis `5.7.22` für DKIM, `5.7.26` für mehrere Fehlschläge), doch viele Server senden `550 5.7.1`, was RFC 7208 für einen SPF-Fehlschlag vorschlägt.",
        "Der Administrator des Absenders sollte jeden legitimen sendenden Server im SPF-Eintrag der Domain aufführen und alle ausgehenden Mails mit DKIM signieren lassen, wobei der öffentliche Schlüssel im DNS veröffentlicht sein muss. Eine Testnachricht an ein Postfach, das Sie kontrollieren, zeigt die Ergebnisse in ihrem `Authentication-Results`-Header. Bei Weiterleitungen schlägt SPF fehl; der Weiterleitende muss `MAIL FROM` umschreiben.",
        "Das empfangende Mailsystem konnte nicht bestätigen, dass die Nachricht wirklich von Ihrer E-Mail-Domain stammt. Ihr E-Mail-Administrator muss die Einstellungen der Domain korrigieren.",
    ],
    // dmarc_fail
    [
        "DMARC-Prüfung fehlgeschlagen",
        "Die Domain im `From`-Header veröffentlicht eine DMARC-Richtlinie, die Empfänger auffordert, Mail abzulehnen, welche die Prüfung nicht besteht, und weder SPF noch DKIM hat für eine mit ihr übereinstimmende (aligned) Domain bestanden. RFC 7489 zeigt `550 5.7.1` als Beispielantwort; auch `5.7.26` kommt vor, und erst der Text zeigt, dass es um DMARC ging.",
        "Der Administrator des Absenders muss dafür sorgen, dass jede Mailquelle der Domain SPF oder DKIM mit einer übereinstimmenden Domain besteht: mit einer `d=`-Domain signieren, die der `From`-Domain entspricht oder dieselbe Organisationsdomain hat, und Newsletter- und Ticketdienste so einrichten, dass sie für die Domain signieren. DMARC-Aggregatberichte zeigen, welche Quellen scheitern. Mailinglisten, die Nachrichten verändern, machen DKIM-Signaturen ungültig.",
        "Das empfangende Mailsystem hat die Nachricht abgelehnt, weil es nicht bestätigen konnte, dass sie von Ihrer E-Mail-Domain stammt. Ihr E-Mail-Administrator muss die Einstellungen der Domain korrigieren.",
    ],
    // auth_required
    [
        "Anmeldung vor dem Senden erforderlich",
        "Der Server nimmt Mail nur von angemeldeten Clients an, und dieser Client hat `MAIL FROM` oder `RCPT TO` ohne erfolgreiches `AUTH` gesendet. RFC 4954 sieht dafür `530` mit `5.7.0` vor; manche Server antworten stattdessen mit einer Relaying-Ablehnung.",
        "Aktivieren Sie im Mailprogramm oder in der Anwendung die Authentifizierung für den Postausgangsserver, mit Benutzername und Passwort des Kontos. Verwenden Sie den Submission-Port (`587` mit `STARTTLS` oder `465`) und senden Sie `AUTH` nach `EHLO` und vor `MAIL FROM`; die Antwort auf `EHLO` listet die Mechanismen auf, die der Server anbietet.",
        "Ihr E-Mail-Programm muss sich bei Ihrem Postausgangsserver anmelden, bevor es senden kann. Aktivieren Sie in den Kontoeinstellungen die Anmeldung für den Postausgangsserver.",
    ],
    // auth_failed
    [
        "Anmeldung abgelehnt",
        "Der Client hat versucht, sich mit `AUTH` anzumelden, und der Server hat abgelehnt: Benutzername oder Passwort sind falsch, der Mechanismus ist nicht erlaubt, oder das Konto darf sich nicht anmelden. Typische Antworten sind `535` mit `5.7.8`, `534` mit `5.7.9` und `504` für einen unbekannten Mechanismus; `454` bedeutet einen vorübergehenden Fehler auf Serverseite.",
        "Geben Sie Benutzername und Passwort in den Einstellungen für den Postausgangsserver erneut ein; viele Provider erwarten die vollständige Adresse als Benutzernamen oder ein App-Passwort, wenn die Zwei-Faktor-Authentifizierung aktiv ist. Wählen Sie einen Mechanismus aus der `AUTH`-Zeile der `EHLO`-Antwort. Stimmen die Zugangsdaten, sollte der Administrator des Kontos prüfen, ob es gesperrt oder deaktiviert ist.",
        "Die Anmeldung bei Ihrem Postausgangsserver ist fehlgeschlagen. Prüfen Sie Benutzername und Passwort in den Einstellungen Ihres E-Mail-Programms.",
    ],
    // tls_required
    [
        "Verschlüsselung erforderlich oder fehlgeschlagen",
        "Der Server verlangt vor diesem Schritt eine verschlüsselte Verbindung, oder deren Aufbau ist fehlgeschlagen. Mögliche Antworten sind `530 5.7.0` vor `STARTTLS`, `5.7.10` oder `5.7.11` für einen Anmeldemechanismus, der Verschlüsselung voraussetzt, `454`, wenn TLS vorübergehend nicht verfügbar ist, und `5.7.30` für `REQUIRETLS`; auch eine MTA-STS-Richtlinie (RFC 8461) kann die Zustellung verhindern.",
        "Senden Sie `STARTTLS` nach `EHLO`, oder verbinden Sie sich für Submission mit Port `465`, auf dem TLS von Anfang an gilt, und senden Sie nach der Verschlüsselung erneut `EHLO`. Scheitert der Handshake, aktualisieren Sie die TLS-Bibliothek des Clients und prüfen Sie, welche Protokollversionen beide Seiten zulassen. Ein abgelaufenes oder nicht passendes Zertifikat eines Servers muss dessen Administrator ersetzen.",
        "Die Nachricht konnte nicht über eine sichere Verbindung gesendet werden. Aktivieren Sie in Ihrem E-Mail-Programm die Verschlüsselung für den Postausgangsserver, oder bitten Sie Ihren E-Mail-Anbieter um Hilfe.",
    ],
    // blocklisted
    [
        "Absender steht auf einer Blockliste",
        "Die Adresse des sendenden Servers oder die Domain des Absenders steht auf einer Blockliste, die der Empfänger abfragt, entweder einer öffentlichen DNS-Blockliste oder einer eigenen Liste des Empfängers. Die Ablehnung kommt oft als `550` oder `554` mit `5.7.1`, manchmal als `554`-Begrüßung; diese Codes stehen auch für andere Ablehnungen, und der Text nennt meist die Liste.",
        "Der Administrator des Absenders sollte die gelistete Adresse auf der in der Antwort genannten Liste nachschlagen, die Ursache finden (ein gehacktes Konto, ein infizierter Rechner, ein offenes Relay, Versand an veraltete Adressen), sie abstellen und dann über das Verfahren der Liste die Austragung beantragen. Bei Shared Hosting muss das der Provider übernehmen oder die Mail über ein anderes Relay leiten.",
        "Ihr E-Mail-Anbieter steht auf einer Sperrliste, die das Mailsystem des Empfängers verwendet, daher wurde die Nachricht abgelehnt. Informieren Sie Ihren E-Mail-Administrator oder Ihren Anbieter.",
    ],
    // bad_reputation
    [
        "Reputation des Absenders zu schlecht",
        "Der Empfänger hat die Nachricht wegen der Reputation des sendenden Servers oder der Domain abgelehnt oder zurückgestellt, ohne eine Blockliste zu nennen; diese Reputation ergibt sich aus Beschwerden, Treffern in Spamfallen, Unzustellbarkeitsnachrichten und plötzlichen Schwankungen im Versandvolumen. Die Antworten reichen von einem vorübergehenden `421` oder `450` bis zu `550` oder `554` mit `5.7.1`; daher entscheidet der Text.",
        "Der Administrator des Absenders sollte herausfinden, was der Reputation geschadet hat: ein kompromittiertes Konto, Mails an alte oder gekaufte Adresslisten, fehlende Abmeldelinks oder eine neue Adresse, die gleich mit hohem Volumen gestartet ist. Stellen Sie das ab, authentifizieren Sie alle Mails und steigern Sie das Volumen schrittweise. Viele große Mailanbieter bieten Postmaster-Tools oder Feedback-Loops, die zeigen, wie sie Ihre Reputation einschätzen.",
        "Das Mailsystem des Empfängers vertraut Mails von Ihrem E-Mail-Anbieter derzeit nicht. Informieren Sie Ihren E-Mail-Administrator oder Ihren Anbieter über diesen Fehler.",
    ],
    // reverse_dns
    [
        "Reverse-DNS fehlt oder passt nicht",
        "Die IP-Adresse des sendenden Servers hat keinen Reverse-DNS-Namen (PTR), oder dieser Name löst nicht zurück auf dieselbe Adresse auf, und der Empfänger lehnt Mail von solchen Hosts ab. Der eigene Code dafür ist `5.7.25`, doch viele Server senden `550 5.7.1` oder ein vorübergehendes `450`, weil die Abfrage womöglich nur kurzzeitig fehlgeschlagen ist.",
        "Der Administrator des Absenders muss denjenigen, der die IP-Adresse verwaltet (den Hosting- oder Internetprovider), bitten, einen PTR-Eintrag mit dem Namen des Servers zu setzen, und für diesen Namen einen A- oder AAAA-Eintrag veröffentlichen, der auf dieselbe Adresse zurückzeigt. Es hilft auch, denselben Namen in `EHLO` zu verwenden.",
        "Das Mailsystem des Empfängers hat Mails vom Versandsystem Ihres Anbieters abgelehnt, weil auf Ihrer Seite etwas falsch eingerichtet ist. Informieren Sie Ihren E-Mail-Administrator.",
    ],
    // policy_block
    [
        "Von der Richtlinie des Empfängers abgelehnt",
        "Eine lokale Regel der empfangenden Seite hat die Nachricht abgelehnt, und zwar keine, die Spam, Authentifizierung oder Blocklisten betrifft: zum Beispiel ein Empfänger, der nur bestimmte Absender annimmt, ein gesperrtes Land oder Netz oder eine geschlossene Gruppe oder Liste. Die Ablehnung kommt meist als `550` oder `554` mit `5.7.1` oder als `5.7.2` bei einer Mailingliste.",
        "Lesen Sie im Antworttext nach, welche Regel gegriffen hat. Nur der Empfänger oder sein Administrator kann die Regel ändern oder den Absender auf die Liste zugelassener Absender setzen; wenden Sie sich also auf anderem Weg an sie und zitieren Sie die vollständige Antwort. Bei einer Mailingliste senden Sie von der abonnierten Adresse aus.",
        "Die Organisation des Empfängers nimmt nach ihren Regeln keine Nachrichten von Ihnen an. Wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie darum, Ihre Nachrichten zuzulassen.",
    ],
    // spam
    [
        "Nachricht als Spam eingestuft",
        "Der Filter des Empfängers hat die Nachricht geprüft und als Spam eingestuft, anhand von Text, Links, Anhängen oder Headern zusammen mit der Reputation des Absenders. Server senden meist `550` oder `554` mit `5.7.1`, Codes, die auch für andere Ablehnungen stehen; der Text muss also von Spam sprechen.",
        "Der Absender sollte prüfen, woran ein Filter Anstoß nehmen könnte: Links zu Domains mit schlechter Reputation oder über Linkverkürzer, eine Nachricht, die fast nur aus Bildern besteht, irreführende Betreffzeilen oder Massenmails ohne Einwilligung und Abmeldelink. Der Administrator des Absenders sollte sicherstellen, dass SPF, DKIM und DMARC bestehen. Bei einem Fehlalarm kann der Empfänger seinen Administrator bitten, den Absender zuzulassen.",
        "Das Mailsystem des Empfängers hat Ihre Nachricht als Spam eingestuft. Ändern Sie den Inhalt, zum Beispiel indem Sie Links oder Anhänge entfernen, oder wenden Sie sich auf anderem Weg an den Empfänger.",
    ],
    // virus
    [
        "Schadsoftware oder gefährlicher Anhang",
        "Der Virenscanner des Empfängers hat in der Nachricht Schadsoftware gefunden oder einen Anhang eines Typs, den er als gefährlich einstuft, etwa ein Programm oder ein Dokument mit Makros. Dafür ist kein eigener Code reserviert; Server verwenden `550` oder `554`, oft mit `5.7.1`, und der Text nennt den Fund.",
        "Der Absender sollte den Rechner, der die Nachricht gesendet hat, mit aktueller Sicherheitssoftware prüfen, denn Schadsoftware verschickt oft selbstständig Mails. Eine erwünschte Datei, die blockiert wurde, sollte per Download-Link statt als Anhang geteilt werden. Hat sich der Scanner geirrt, kann der Administrator des Empfängers das melden oder eine Ausnahme einrichten.",
        "Die Nachricht wurde abgelehnt, weil ein Anhang gefährlich wirkte. Prüfen Sie Ihren Computer auf Viren, oder teilen Sie die Datei stattdessen über einen Download-Link.",
    ],
    // content_rejected
    [
        "Inhalt oder Format der Nachricht abgelehnt",
        "Etwas an der Form der Nachricht wurde abgelehnt: fehlende, doppelte oder fehlerhafte Headerfelder, eine defekte MIME-Struktur oder Kodierung, zu lange Zeilen oder ein Anhangtyp, den der Empfänger nicht annimmt. Server verwenden `5.6.x`-Codes für Probleme mit Inhalt oder Medien oder ein allgemeines `550` oder `554`; daher entscheidet der Text.",
        "Entwickler sollten dafür sorgen, dass die Nachricht RFC 5322 und MIME entspricht: genau ein `From`- und ein `Date`-Headerfeld, eine `Message-ID`, Zeilen von höchstens 998 Zeichen mit CRLF am Ende und kodierter 8-Bit-Inhalt, sofern der Server nicht `8BITMIME` anbietet. Wer diesen Fehler als Nutzer erhält, sollte den in der Antwort genannten Anhangtyp entfernen oder die Datei per Link teilen.",
        "Das Mailsystem des Empfängers konnte die Nachricht in ihrer jetzigen Form nicht annehmen, oft wegen der Art eines Anhangs. Entfernen oder ersetzen Sie den Anhang, oder senden Sie eine einfache Nachricht ohne Anhang.",
    ],
    // message_too_big
    [
        "Nachricht zu groß",
        "Die Nachricht ist größer, als der Empfänger annimmt, entweder für das ganze System oder für dieses Postfach. Server senden `552` mit `5.3.4` für ein Systemlimit oder `5.2.3` für ein Postfachlimit; ein Server, der die Erweiterung `SIZE` unterstützt, kann schon bei `MAIL FROM` ablehnen, bevor Daten gesendet werden.",
        "Verkleinern Sie die Nachricht: Stellen Sie große Dateien per Download-Link bereit, oder komprimieren oder zerlegen Sie die Dateien, und bedenken Sie, dass Anhänge durch die Kodierung für den Versand um etwa ein Drittel wachsen. Eine Zahl nach `SIZE` in der `EHLO`-Antwort ist das Limit des Servers in Bytes. Nur der Administrator des Empfängers kann das Limit erhöhen.",
        "Die Nachricht ist zu groß für das Mailsystem des Empfängers. Entfernen Sie große Anhänge oder teilen Sie diese über einen Download-Link, und senden Sie die Nachricht dann erneut.",
    ],
    // rate_limited
    [
        "Sendelimit erreicht",
        "Der Absender hat ein Limit für Nachrichten, Verbindungen oder Empfänger in einem bestimmten Zeitraum überschritten, daher lehnt der Server vorerst weitere ab. Empfänger antworten meist mit `421`, `450` oder `451`, oft mit einem `4.7.x`-Code; Submission-Server können mit `550` oder `554` ablehnen, wenn ein tägliches Versandkontingent aufgebraucht ist.",
        "Lassen Sie den sendenden Server später mit wachsenden Abständen erneut zustellen, und verringern Sie die Zahl paralleler Verbindungen und der Nachrichten pro Verbindung zu diesem Empfänger. Verteilen Sie große Aussendungen über einen längeren Zeitraum. Geht es um ein Kontingent Ihres eigenen Kontos, warten Sie, bis es zurückgesetzt wird, oder bitten Sie den Provider um ein höheres Limit.",
        "In kurzer Zeit wurden zu viele Nachrichten gesendet, daher wurde diese zurückgehalten. Warten Sie eine Weile und versuchen Sie es dann erneut.",
    ],
    // greylisted
    [
        "Greylisting, später erneut versuchen",
        "Der Empfänger hat den ersten Versuch eines unbekannten Absenders absichtlich für eine Weile abgewiesen, um zu sehen, ob ein echter Mailserver es erneut versucht, was Spam-Software oft nicht tut. Er antwortet mit `450` oder `451`, oft mit `4.7.1` oder `4.2.0`, und nimmt einen Wiederholungsversuch nach Ablauf der Wartezeit an.",
        "Es ist nichts zu beheben, wenn der sendende Server die Nachricht in die Warteschlange stellt und es erneut versucht, wie RFC 5321 es verlangt; die Verzögerung beträgt meist einige Minuten bis eine Stunde. Skripte und Anwendungen, die direkt senden, müssen ebenfalls eine Warteschlange führen und es erneut versuchen, und die Wiederholungen sollten von derselben Adresse oder aus demselben Adresspool kommen, da eine neue Adresse die Wartezeit neu beginnen lässt.",
        "Die Nachricht ist verzögert, nicht verloren. Sie wird in der Regel innerhalb weniger Minuten bis einer Stunde automatisch zugestellt.",
    ],
    // syntax
    [
        "Befehl oder Parameter nicht verstanden",
        "Ein vom Client gesendeter Befehl war fehlerhaft oder unbekannt oder nutzte eine Option, die der Server nicht unterstützt, und wurde daher nicht ausgeführt. Server melden das mit `500`, `501`, `502`, `504` oder `555`, oft mit `5.5.1`, `5.5.2` oder `5.5.4`; eine fehlerhafte Adresse erhält `5.1.3` oder `5.1.7`.",
        "Korrigieren Sie das sendende Programm, nicht die Nachricht: Prüfen Sie die Schreibweise der Befehle, setzen Sie Adressen ohne Leerzeichen in spitze Klammern und verwenden Sie nur die Erweiterungen und Parameter, die der Server in seiner `EHLO`-Antwort aufführt. Der Text nach dem Code nennt oft den fehlerhaften Teil. Derselbe Befehl scheitert bei erneutem Senden auf dieselbe Weise.",
        "Ihr E-Mail-Programm hat eine Anfrage gesendet, die das empfangende Mailsystem nicht verstanden hat. Prüfen Sie die Adressen auf ungewöhnliche Zeichen, und aktualisieren Sie das Programm, falls das öfter vorkommt.",
    ],
    // bad_sequence
    [
        "Befehle in falscher Reihenfolge",
        "Der Client hat einen gültigen Befehl an einer Stelle der Sitzung gesendet, an der er nicht erlaubt ist, etwa `RCPT TO` vor `MAIL FROM` oder `DATA` ohne angenommenen Empfänger. Server antworten mit `503`, meist mit `5.5.1`.",
        "Sehen Sie sich die Antworten unmittelbar davor an: Ein abgelehntes `MAIL FROM` oder `RCPT TO` verursacht oft das folgende `503`, und diese frühere Antwort zeigt den eigentlichen Grund. Andernfalls korrigieren Sie die Reihenfolge im Client: `EHLO`, bei Bedarf `AUTH`, `MAIL FROM`, `RCPT TO`, dann `DATA`, und `RSET`, um neu zu beginnen.",
        "Ihr E-Mail-Programm und das empfangende Mailsystem sind aus dem Takt geraten. Versuchen Sie erneut zu senden, und aktualisieren Sie das Programm, falls das öfter vorkommt.",
    ],
    // service_unavailable
    [
        "Server vorübergehend nicht verfügbar",
        "Der Server hat geantwortet, aber erklärt, dass er gerade keine Anfragen bearbeiten kann, weil er überlastet ist, gewartet wird oder herunterfährt. Typische Antworten sind `421`, mit dem er die Verbindung schließt, und `450` oder `451` mit `4.3.2` oder `4.4.5`; das Problem liegt bei diesem Server, nicht bei der Nachricht.",
        "Lassen Sie den sendenden Server es später erneut versuchen, wie er es nach einer vorübergehenden Antwort von selbst tut. Lehnt ein Server über Stunden ab, muss sein Administrator Last, Dienste und Speicherplatz prüfen. Ein Client, der sich sofort wieder verbindet, verschlimmert die Überlastung, daher sollten Wiederholungen mit Abstand erfolgen.",
        "Das Mailsystem des Empfängers ist gerade ausgelastet oder nicht erreichbar. Die Zustellung wird meist automatisch wiederholt; kommt die Nachricht zu Ihnen zurück, versuchen Sie es später noch einmal.",
    ],
    // system_error
    [
        "Fehler auf dem empfangenden Server",
        "Im antwortenden Server ist etwas schiefgegangen: ein Konfigurationsfehler, ein voller Speicher oder eine fehlgeschlagene Abfrage im DNS oder in einem Benutzerverzeichnis. Mögliche Antworten sind `451` mit `4.3.0`, `452` mit `4.3.1`, `4.3.5` und `4.4.3` sowie manchmal ein dauerhaftes `554` oder `5.3.x`; mit der Nachricht selbst ist meist alles in Ordnung.",
        "Der Betreiber des Servers muss den Fehler anhand seiner Logs finden und beheben: Speicher freigeben, die Konfiguration korrigieren oder den DNS- oder Verzeichnisdienst reparieren, von dem der Server abhängt. Ein Absender kann nur die Wiederholungsversuche laufen lassen und, wenn der Fehler anhält, den Postmaster der Gegenseite mit der vollständigen Antwort und ihrem Zeitpunkt informieren.",
        "Das Mailsystem des Empfängers hatte ein technisches Problem. Versuchen Sie es später erneut; schlägt es weiterhin fehl, wenden Sie sich auf anderem Weg an den Empfänger.",
    ],
    // network_error
    [
        "Verbindung fehlgeschlagen",
        "Die Verbindung zum Mailserver kam nicht zustande oder ist abgebrochen: Sie wurde abgewiesen, lief in eine Zeitüberschreitung oder wurde zurückgesetzt, sodass es womöglich gar keine Antwort gibt. Sendende Server vermerken das mit `4.4.1`, wenn keine Antwort kam, oder `4.4.2` bei einer gestörten Verbindung, und versuchen es weiter.",
        "Prüfen Sie Hostnamen und Port, die der Client verwendet, und ob eine Firewall oder der Netzanbieter ausgehende Verbindungen zu Port `25` sperrt, was in privaten Netzen und in der Cloud häufig ist. Bei einer fremden Domain prüfen Sie, ob ihre MX-Einträge auf laufende und erreichbare Server zeigen. Der sendende Server versucht es in der Zwischenzeit selbst erneut.",
        "Ihre Nachricht konnte das Mailsystem des Empfängers wegen eines Verbindungsproblems nicht erreichen. Der Versand wird meist automatisch wiederholt; falls nicht, versuchen Sie es später erneut.",
    ],
    // loop_detected
    [
        "Mailschleife erkannt",
        "Die Nachricht wurde so oft zwischen Servern hin und her gereicht, dass einer sie angehalten hat, weil sie im Kreis lief. Server zählen die `Received`-Headerfelder und melden `5.4.6`, oft mit `554`, oder einen Text über eine Schleife oder zu viele Hops; Ursache sind Weiterleitungsregeln und Routing-Einstellungen, die aufeinander zurückverweisen.",
        "Lesen Sie die `Received`-Headerfelder der zurückgekommenen Nachricht, um zu sehen, welche Server sich wiederholen. Die Administratoren dieser Systeme müssen die Weiterleitungsregel, den Alias oder die Routing-Einstellung entfernen, welche die Mail zurückschickt, oder einen MX-Eintrag korrigieren, der auf den falschen Server zeigt. Wer vorher erneut sendet, erzeugt wieder eine Schleife.",
        "Die Nachricht ist zwischen Mailsystemen im Kreis gelaufen und wurde angehalten. Sagen Sie dem Empfänger auf anderem Weg Bescheid, denn seine Weiterleitungseinstellungen müssen wahrscheinlich korrigiert werden.",
    ],
    // expired
    [
        "Zustellversuche abgelaufen",
        "Der sendende Server hat nach vorübergehenden Fehlern immer wieder versucht, die Nachricht zuzustellen, und aufgegeben, als sein Zeitlimit erreicht war, oft nach mehreren Tagen. Die Unzustellbarkeitsnachricht enthält eventuell `5.4.7` oder nur den zuletzt aufgetretenen Fehler; die eigentliche Ursache liegt in den früheren, gescheiterten Versuchen.",
        "Suchen Sie in der Unzustellbarkeitsnachricht oder im Log des sendenden Servers nach den Fehlern der früheren Versuche, etwa einem unerreichbaren Host oder einem vollen Postfach, und lassen Sie diese Ursache von der zuständigen Stelle beheben. Senden Sie die Nachricht danach erneut, denn der sendende Server hat die Versuche eingestellt.",
        "Ihre Nachricht konnte trotz wiederholter Versuche über längere Zeit nicht zugestellt werden. Prüfen Sie die Adresse und senden Sie die Nachricht später erneut, oder wenden Sie sich auf anderem Weg an den Empfänger.",
    ],
    // success
    [
        "Angenommen",
        "Der Server hat den Befehl ausgeführt; nach dem abschließenden `.` der Nachricht bedeutet ein `250`, dass er die Nachricht angenommen und die Verantwortung für ihre Zustellung übernommen hat. Das ist kein Versprechen, dass sie im Posteingang ankommt: Sie kann später noch zurückkommen oder herausgefiltert werden.",
        "Es ist nichts zu beheben. Sagt der Empfänger, die Nachricht sei nie angekommen, bitten Sie ihn, seinen Spam-Ordner zu prüfen, achten Sie auf eine spätere Unzustellbarkeitsnachricht und verfolgen Sie die Nachricht mit der Queue-ID oder Message-ID aus der Antwort in den Logs der Empfängerseite.",
        "Die Nachricht wurde zur Zustellung angenommen.",
    ],
    // intermediate
    [
        "Warten auf den nächsten Schritt",
        "Der Server hat den Befehl bis hierhin angenommen und wartet auf mehr vom Client, etwa auf den Nachrichteninhalt nach `354` oder den nächsten Anmeldeschritt nach `334`. Noch ist nichts fehlgeschlagen, aber auch noch nichts zugestellt.",
        "Der Client sollte senden, was der Server verlangt hat: nach `354` die Nachricht, abgeschlossen mit einer Zeile, die nur `.` enthält, oder nach `334` die nächste `AUTH`-Antwort. Endet eine Sitzung hier, suchen Sie nach einem Client, der den Rest nie gesendet hat, oder nach einer Verbindung, die dabei abgebrochen ist.",
        "Die Nachricht wird noch gesendet; bisher ist nichts schiefgegangen.",
    ],
    // unknown
    [
        "Grund aus der Antwort nicht ersichtlich",
        "Nichts in der Antwort deutet auf einen bestimmten Grund hin: Der Code ist allgemein, etwa `550`, `554` oder `5.0.0`, und der Text sagt nicht, was passiert ist. Sicher ist nur die Klasse des Codes, `4xx` für einen vorübergehenden und `5xx` für einen dauerhaften Fehler.",
        "Lesen Sie die vollständige Antwort und das Log des sendenden Servers rund um diese Antwort. Nach einer `4xx`-Antwort lassen Sie den sendenden Server es erneut versuchen; nach einer `5xx`-Antwort senden Sie nicht unverändert erneut. Bleibt es unklar, schreiben Sie an die Postmaster-Adresse der empfangenden Domain, mit der vollständigen Antwort, dem Zeitpunkt und den beteiligten Adressen.",
        "Die Nachricht konnte nicht zugestellt werden, und der Grund ist unklar. Versuchen Sie es später erneut, und wenden Sie sich an den Empfänger auf anderem Weg, falls es weiterhin fehlschlägt.",
    ],
];

/// Per provider code (rows as in `super::VENDOR_CODES`): title, meaning, when_seen, how_to_fix.
pub(super) static VENDOR: [[&str; 4]; VENDOR_CODE_COUNT] = [
    // 4.4.8 (microsoft)
    [
        "MX-Host hat die MTA-STS-Validierung nicht bestanden",
        "Exchange Online hat nicht zugestellt, weil der erreichte MX-Host nicht zu denen gehört, die in der MTA-STS-Richtlinie der Empfängerdomain aufgeführt sind. Der Fehler ist vorübergehend, daher versucht Exchange Online es weiter.",
        "Exchange Online sendet ihn, wenn die Zieldomain eine MTA-STS-Richtlinie veröffentlicht, deren `mx`-Einträge den in den MX-Einträgen der Domain genannten Host nicht abdecken.",
        "Der Administrator der Empfängerdomain muss MTA-STS-Richtlinie und MX-Einträge in Einklang bringen, indem er den MX-Host in die Richtlinie aufnimmt oder den MX-Eintrag korrigiert. Der Absender kann nur abwarten oder den Empfänger informieren.",
    ],
    // 4.4.312 (microsoft)
    [
        "DNS-Abfrage für das Ziel fehlgeschlagen",
        "Exchange Online wollte den Zielhost nachschlagen, meist den Smarthost eines ausgehenden Connectors, und die DNS-Abfrage ist fehlgeschlagen. Die Nachricht bleibt in der Warteschlange und wird bis zu 24 Stunden lang erneut versucht.",
        "Microsoft 365 meldet ihn bei Zustellungen über einen Connector, wenn das DNS-Hosting der Domain ein Problem hat, die Domain abgelaufen ist oder eine kürzliche MX-Änderung noch zwischengespeichert ist.",
        "Der Administrator der Zieldomain muss ihr DNS beim DNS-Hosting-Anbieter korrigieren oder die Domain verlängern. Zeigt der Connector auf einen Partnerdienst, muss dieser Partner das Problem beheben.",
    ],
    // 4.4.315 (microsoft)
    [
        "Zeitüberschreitung bei der Verbindung zum Ziel",
        "Exchange Online konnte den Ziel-Mailserver nicht rechtzeitig erreichen. Die Nachricht bleibt in der Warteschlange und wird bis zu 24 Stunden lang erneut versucht.",
        "Microsoft 365 meldet ihn, wenn ein lokaler Server oder Partnerserver hinter einem Connector ausgefallen ist oder die Smarthost-Einstellung des Connectors auf die falsche IP-Adresse zeigt.",
        "Prüfen Sie, ob der Zielserver läuft und auf Port `25` erreichbar ist und ob die Smarthost-Adresse des Connectors noch stimmt, etwa nach einem Wechsel des Internetanbieters.",
    ],
    // 4.4.316 (microsoft)
    [
        "Verbindung zum Ziel abgelehnt",
        "Exchange Online hat versucht, sich mit einem Mailserver außerhalb von Microsoft 365 zu verbinden, und die Verbindung wurde abgelehnt. Die Nachricht bleibt daher für weitere Versuche in der Warteschlange.",
        "Exchange Online sendet ihn, wenn eine Firewall vor dem Zielserver die Adressen von Microsoft 365 sperrt oder ein lokaler Server hinter einem Connector abgeschaltet wurde.",
        "Der Administrator des Ziels muss Verbindungen aus den IP-Bereichen von Microsoft 365 auf Port `25` zulassen. Wurde der lokale Server absichtlich abgeschaltet, deaktivieren Sie den Connector und machen Sie die akzeptierte Domain autoritativ.",
    ],
    // 4.4.317 (microsoft)
    [
        "Keine Verbindung zum Remoteserver möglich",
        "Exchange Online hat den Zielserver erreicht, doch dieser antwortete sofort mit einem Fehler oder erfüllte die Verbindungsanforderungen nicht, etwa TLS, das der Connector verlangt.",
        "Microsoft 365 meldet ihn bei Zustellungen über einen Connector, wenn der Remoteserver meldet, dass er nicht verfügbar ist, oder der Connector TLS verlangt, das der Remoteserver nicht anbietet.",
        "Der Administrator des Ziels sollte die TLS-Einstellungen und das Zertifikat des Servers prüfen, ebenso die TLS-Einstellungen des Connectors in Microsoft 365. Ein Partnerdienst hinter dem Connector muss seine eigene Seite in Ordnung bringen.",
    ],
    // 4.4.318 (microsoft)
    [
        "Verbindung abrupt geschlossen",
        "Die Verbindung zwischen Exchange Online und dem Zielserver ist während der Sitzung abgebrochen, daher wird die Nachricht später erneut versucht.",
        "Microsoft 365 meldet ihn, wenn die SMTP-Inspektion einer Firewall stört, der Zielserver hängt oder keine Ressourcen mehr hat oder das Netz zwischen beiden ausfällt.",
        "Der Administrator des Ziels sollte eine fehlerhafte SMTP-Inspektion auf der Firewall abschalten, Zustand und Ressourcen des Mailservers prüfen und den Netzwerkpfad untersuchen lassen.",
    ],
    // 4.7.32 (google)
    [
        "From-Domain stimmt weder mit SPF noch mit DKIM überein",
        "Gmail bremst Mail von Ihnen, weil die Domain im `From`-Header weder zu der Domain passt, die SPF bestanden hat, noch zu der Domain, die mit DKIM signiert hat. Das ist die DMARC-Anforderung an die Übereinstimmung (Alignment), die Gmail an Massenversender stellt.",
        "Gmail sendet ihn als vorübergehende `421`-Antwort an Absender, deren Nachrichten sich zwar authentifizieren, aber für eine andere Domain als die, die der Empfänger als Verfasser sieht.",
        "Der Administrator des Absenders sollte Mail mit einer DKIM-Domain `d=` signieren, die dieselbe Organisationsdomain hat wie die `From`-Adresse, oder mit einer solchen Domain in `MAIL FROM` senden, und einen DMARC-Eintrag veröffentlichen. Versanddienste bieten dafür meist eine eigene Versand- oder Signaturdomain an.",
    ],
    // 4.7.320 (microsoft)
    [
        "Zertifikatsvalidierung fehlgeschlagen",
        "Exchange Online konnte das TLS-Zertifikat des Zielservers nicht validieren, etwa weil es abgelaufen ist oder einen anderen Host nennt, und hält die Nachricht deshalb in der Warteschlange.",
        "Microsoft 365 meldet ihn bei Zustellungen über einen Connector, der ein gültiges Zertifikat verlangt.",
        "Der Administrator des Ziels muss ein gültiges Zertifikat installieren, oder die Zertifikatseinstellungen des Connectors müssen korrigiert werden, damit die wartenden Nachrichten hinausgehen können.",
    ],
    // 4.7.321 (microsoft)
    [
        "Ziel muss TLS unterstützen (DANE)",
        "Die Zieldomain ist durch DNSSEC und DANE geschützt, doch ihr Mailserver hat nicht auf `STARTTLS` geantwortet oder der TLS-Handshake ist fehlgeschlagen. Exchange Online sendet in diesem Fall nicht unverschlüsselt.",
        "Exchange Online sendet ihn als vorübergehenden Fehler mit `starttls-not-supported` bei der Zustellung an eine Domain mit gültigen DNSSEC-Einträgen.",
        "Der Administrator der Empfängerdomain muss dafür sorgen, dass der Mailserver `STARTTLS` anbietet und den Handshake abschließt.",
    ],
    // 4.7.322 (microsoft)
    [
        "Zertifikat des Ziels abgelaufen (DANE)",
        "Der durch DANE geschützte Zielserver hat ein abgelaufenes Zertifikat vorgelegt, daher hat Exchange Online nicht zugestellt.",
        "Exchange Online sendet ihn als vorübergehenden Fehler mit `certificate-expired`, nachdem die DNSSEC-Prüfungen bestanden wurden.",
        "Der Administrator der Empfängerdomain muss das Serverzertifikat erneuern und die TLSA-Einträge aktualisieren, falls sie an das Zertifikat gebunden sind.",
    ],
    // 4.7.323 (microsoft)
    [
        "Domain hat die DANE-Validierung nicht bestanden",
        "Das Zertifikat des Ziels passt nicht zu seinem authentischen TLSA-Eintrag, oder der TLSA-Eintrag ist falsch, daher hat Exchange Online nicht zugestellt.",
        "Exchange Online sendet ihn als vorübergehenden Fehler mit `tlsa-invalid` für eine mit DNSSEC signierte Zieldomain.",
        "Der Administrator der Empfängerdomain muss TLSA-Einträge veröffentlichen, die zu dem Zertifikat passen, das der Mailserver vorlegt, besonders nach einem Zertifikatswechsel.",
    ],
    // 4.7.324 (microsoft)
    [
        "Ziel lieferte ungültige DNSSEC-Einträge",
        "Die Zieldomain gibt an, mit DNSSEC signiert zu sein, doch Exchange Online konnte ihre Einträge nicht validieren und hat daher nicht zugestellt.",
        "Exchange Online sendet ihn als vorübergehenden Fehler mit `dnssec-invalid`.",
        "Der Administrator der Empfängerdomain muss die DNSSEC-Signierung der Zone reparieren, etwa abgelaufene Signaturen oder einen falschen DS-Eintrag in der übergeordneten Zone.",
    ],
    // 4.7.325 (microsoft)
    [
        "Zertifikat passt nicht zum Hostnamen (DANE)",
        "Das Zertifikat des durch DANE geschützten Zielservers nennt weder die Domain noch den MX-Host, daher hat Exchange Online nicht zugestellt.",
        "Exchange Online sendet ihn als vorübergehenden Fehler mit `certificate-host-mismatch`.",
        "Der Administrator der Empfängerdomain muss ein Zertifikat installieren, dessen Common Name oder alternative Antragstellernamen (SAN) den Hostnamen des MX enthalten.",
    ],
    // 4.7.500 (microsoft)
    [
        "Zugriff verweigert, bitte später erneut versuchen (IP-Drosselung)",
        "Microsoft 365 begrenzt vorübergehend Mail von der verbindenden IP-Adresse, weil sie plötzlich viel mehr sendet als zuvor oder für Microsoft neu ist. Die Texte enthalten `ASxxx`-Kennungen.",
        "Exchange Online Protection sendet ihn als `451` an Server, deren Sendemuster sich stark verändert hat, als Teil seiner Anti-Spam-Drosselung.",
        "Bei einem legitimen Absender endet die Einschränkung nach einigen Tagen gleichmäßigen Versands. Ein Microsoft-365-Kunde, der über Microsoft weiterleitet oder eingehende Mail über einen anderen Dienst leitet, sollte den passenden Connector einrichten; damit entfällt die Drosselung.",
    ],
    // 4.7.850 (microsoft)
    [
        "Zugriff verweigert, bitte später erneut versuchen (verdächtige IP-Adresse)",
        "Microsoft 365 hat verdächtige Aktivität von der sendenden IP-Adresse festgestellt und schränkt sie während weiterer Prüfungen eine Zeit lang ein.",
        "Exchange Online sendet ihn als vorübergehende Ablehnung, während es eine IP-Adresse bewertet.",
        "Ist der Datenverkehr legitim, lassen Sie den sendenden Server es erneut versuchen; laut Microsoft wird die Einschränkung bald aufgehoben. Hat der Server tatsächlich Spam gesendet, stellen Sie zuerst die Quelle ab.",
    ],
    // 4.16.50 (yahoo)
    [
        "Wegen Beschwerden von Yahoo-Nutzern zurückgestellt",
        "Der eigene Diagnosecode von Yahoo für eine vorübergehende Zurückstellung: Über Mail vom sendenden Server haben sich viele Nutzer von Yahoo Mail beschwert.",
        "Yahoo sendet ihn mit `421` und dem Text „temporarily deferred“, meist nachdem Empfänger frühere Mail von derselben IP-Adresse als Spam markiert haben.",
        "Lassen Sie die Warteschlange es später erneut versuchen. Der Administrator des Absenders sollte prüfen, was der Server an Yahoo-Nutzer sendet und an wen, und Mail abstellen, die Empfänger nicht angefordert haben. Wer den Server nicht selbst betreibt, sollte die vollständige Fehlermeldung an dessen Administrator weitergeben.",
    ],
    // 4.16.55 (yahoo)
    [
        "Wegen ungewöhnlichen Volumens oder Nutzerbeschwerden zurückgestellt",
        "Der eigene Diagnosecode von Yahoo, der mit seinen Zurückstellungen `[TS01]` und `[TSS04]` kommt: Yahoo bremst Mail von dieser IP-Adresse wegen ihres Volumens oder wegen Beschwerden von Yahoo-Nutzern.",
        "Yahoo sendet ihn in `421`-Antworten, oft als `4.16.55.1`, wenn eine IP-Adresse ungewöhnlichen Datenverkehr sendet oder Mail, die Empfänger als Spam melden.",
        "Der sendende Server kann es später erneut versuchen. Der Administrator des Absenders sollte die Quelle der Mail finden, die Beschwerden ausgelöst hat (ein kompromittiertes Konto, eine unerwünschte Aussendung), sie abstellen und das Volumen an Yahoo nur schrittweise erhöhen.",
    ],
    // 5.0.350 (microsoft)
    [
        "Allgemeine Ablehnung durch die Organisation des Empfängers",
        "Exchange Online verwendet diesen Sammelcode für viele Ablehnungen auf der Empfängerseite. Der Text nennt die Ursache, etwa `x-dg-ref header is too long` oder `policy violation detected (AS345)`.",
        "Der Text mit `x-dg-ref` erscheint bei Nachrichten im Rich-Text-Format, der Text mit `AS345` bei verschachtelten Anhängen.",
        "Lesen Sie den Text nach dem Code. Bei `x-dg-ref` senden Sie die Nachricht als HTML oder Nur-Text; bei `AS345` hängen Sie keine Nachrichten an, die selbst Anhänge enthalten.",
    ],
    // 5.1.20 (microsoft)
    [
        "Mehrere From-Adressen ohne Sender-Adresse",
        "Die Nachricht hat mehr als eine Adresse im Headerfeld `From` und kein Feld `Sender`, das RFC 5322 in diesem Fall verlangt. Deshalb hat Exchange Online sie abgelehnt.",
        "Exchange Online sendet ihn für Nachrichten mit mehreren `From`-Adressen, meist erzeugt von Skripten oder ungewöhnlichen Mailprogrammen.",
        "Senden Sie mit einer einzigen `From`-Adresse, oder fügen Sie ein Headerfeld `Sender` mit genau einer Adresse hinzu.",
    ],
    // 5.1.90 (microsoft)
    [
        "Tägliches Empfängerlimit erreicht",
        "Der Absender in Microsoft 365 hat an einem Tag an mehr Empfänger gesendet, als die Sendelimits von Exchange Online erlauben.",
        "Exchange Online sendet ihn an eigene Benutzer, die das tägliche Empfängerlimit überschreiten. Er kann auch bedeuten, dass das Konto kompromittiert ist und Spam versendet.",
        "Warten Sie, bis das Limit zurückgesetzt wird, und verteilen Sie große Aussendungen über einen längeren Zeitraum oder nutzen Sie einen Dienst für Massenmails. Der Administrator sollte das Konto auf Anzeichen einer Kompromittierung prüfen.",
    ],
    // 5.1.351 (microsoft)
    [
        "Remoteserver meldet unbekannten Empfänger oder nicht verfügbares Postfach",
        "Exchange Online gibt eine Ablehnung des nächsten Servers weiter: Dieser hat gemeldet, dass der Empfänger unbekannt oder sein Postfach nicht verfügbar ist. Die eigene Antwort des Remoteservers folgt nach `->`.",
        "Exchange Online schreibt ihn in Unzustellbarkeitsnachrichten, wenn der empfangende Server den Empfänger abgelehnt hat, mit einem Text wie `Remote server returned unknown recipient or mailbox unavailable -> 550 User unknown`.",
        "Prüfen Sie die Empfängeradresse auf Tippfehler und fragen Sie den Empfänger nach der richtigen Adresse. Die Antwort nach `->` zeigt, was der empfangende Server gemeldet hat.",
    ],
    // 5.2.121 (microsoft)
    [
        "Stündliches Limit des Empfängers für diesen Absender überschritten",
        "Der Absender hat einem Empfänger in Exchange Online innerhalb einer Stunde mehr Nachrichten gesendet, als dieser Empfänger von einem einzelnen Absender annimmt.",
        "Exchange Online sendet ihn an automatische Absender und Benachrichtigungssysteme, die ein Postfach überfluten.",
        "Versuchen Sie es später erneut und senden Sie diesem Empfänger weniger Nachrichten pro Stunde, etwa indem Sie Benachrichtigungen bündeln.",
    ],
    // 5.2.122 (microsoft)
    [
        "Stündliches Empfangslimit des Empfängers überschritten",
        "Der Empfänger in Exchange Online hat innerhalb einer Stunde von allen Absendern zusammen mehr Nachrichten erhalten als erlaubt.",
        "Exchange Online sendet ihn, wenn ein Postfach durch Mailstürme oder viele automatische Absender überflutet wird.",
        "Versuchen Sie es später erneut. Ist automatisch versandte Mail die Ursache, verringern Sie, wie oft sie gesendet wird. Der Empfänger muss eventuell herausfinden, wer das Postfach überflutet.",
    ],
    // 5.3.190 (microsoft)
    [
        "Journaling zu Microsoft 365 nicht unterstützt",
        "Eine lokale Journalregel sendet Journalberichte an Microsoft 365, doch die Organisation hat Journaling Archive nicht aktiviert. Deshalb lehnt Exchange Online sie ab.",
        "Exchange Online sendet ihn an Organisationen, die lokale Mail per Journaling in Microsoft 365 ablegen.",
        "Der Microsoft-365-Administrator der Organisation muss Journaling Archive aktivieren oder die Journalregel auf ein anderes Ziel richten.",
    ],
    // 5.4.8 (microsoft)
    [
        "MX-Host hat die MTA-STS-Validierung nicht bestanden (dauerhaft)",
        "Exchange Online hat die Zustellung aufgegeben, weil der MX-Host der Empfängerdomain nach der MTA-STS-Richtlinie dieser Domain nicht zugelassen ist.",
        "Exchange Online sendet ihn als endgültigen Fehler, wenn die MTA-STS-Richtlinie einer Domain den im DNS gefundenen MX-Host nicht enthält.",
        "Der Administrator der Empfängerdomain muss den MX-Host in die MTA-STS-Richtlinie aufnehmen oder den MX-Eintrag korrigieren. Danach kann der Absender die Nachricht erneut senden.",
    ],
    // 5.4.14 (microsoft)
    [
        "Hop-Anzahl überschritten, mögliche Mailschleife",
        "Exchange Online hat die Nachricht angehalten, weil sie zu oft weitergeleitet wurde. Das ist der eigene Code von Exchange Online für eine Mailschleife; ein lokales Exchange verwendet dafür `5.4.6`.",
        "Exchange Online sendet ihn, wenn eine akzeptierte Domain falsch eingerichtet ist oder in Hybridumgebungen Connectors Mail hin und her schicken. Der Text endet oft mit `ATTR34`.",
        "Der Administrator der Empfängerorganisation sollte prüfen, ob die Domain eine autoritative akzeptierte Domain ist und ob die Hybrid-Connectors zum richtigen Smarthost leiten. Oft hilft es, den Hybrid Configuration Wizard erneut auszuführen.",
    ],
    // 5.4.300 (microsoft)
    [
        "Nachricht abgelaufen",
        "Exchange Online konnte die Nachricht nicht in der erlaubten Zeit zustellen, weil das Ziel nie geantwortet hat oder sich auch eine Unzustellbarkeitsnachricht dazu nicht zustellen ließ.",
        "Exchange Online sendet ihn als endgültigen Fehler, nachdem alle Wiederholungsversuche für eine Nachricht ausgeschöpft sind.",
        "Sehen Sie sich die früheren Fehler für dieses Ziel an, um herauszufinden, warum die Zustellung immer wieder scheiterte. Lassen Sie die Ursache beheben und senden Sie die Nachricht erneut.",
    ],
    // 5.4.312 (microsoft)
    [
        "Nachricht nach fehlgeschlagenen DNS-Abfragen abgelaufen",
        "Exchange Online hat die Wiederholungsversuche eingestellt, weil bei jedem Versuch die DNS-Abfrage für das Ziel fehlschlug, bis die Zeit der Nachricht in der Warteschlange abgelaufen war.",
        "Exchange Online schreibt ihn nach früheren Zurückstellungen mit `4.4.312` in die Unzustellbarkeitsnachricht, mit dem Text `Message expired, DNS query failed`.",
        "Der Administrator der Empfängerdomain muss das DNS der Domain korrigieren oder die Domain verlängern. Danach muss der Absender die Nachricht erneut senden.",
    ],
    // 5.4.316 (microsoft)
    [
        "Nachricht nach abgelehnten Verbindungen abgelaufen",
        "Exchange Online hat die Wiederholungsversuche eingestellt, weil der Zielserver Verbindungen immer wieder ablehnte, bis die Zeit der Nachricht in der Warteschlange abgelaufen war.",
        "Exchange Online schreibt ihn nach früheren Zurückstellungen mit `4.4.316` in die Unzustellbarkeitsnachricht, mit dem Text `Message expired, connection refused`.",
        "Der Administrator des Ziels muss dafür sorgen, dass der Server Verbindungen von Microsoft 365 auf Port `25` annimmt. Danach muss der Absender die Nachricht erneut senden.",
    ],
    // 5.4.318 (microsoft)
    [
        "Nachricht nach zurückgesetzten Verbindungen abgelaufen",
        "Exchange Online hat die Wiederholungsversuche eingestellt, weil seine Verbindungen zum Ziel immer wieder zurückgesetzt wurden, was es als `SuspiciousRemoteServerError` kennzeichnet.",
        "Exchange Online schreibt ihn nach wiederholten Zurückstellungen mit `4.4.318` für dasselbe Ziel in die Unzustellbarkeitsnachricht.",
        "Der Administrator des Ziels muss herausfinden, was die Sitzungen abbricht, oft eine Firewall, die SMTP inspiziert. Danach muss der Absender die Nachricht erneut senden.",
    ],
    // 5.6.11 (microsoft)
    [
        "Ungültige Zeichen (einzelne Zeilenvorschübe)",
        "Die Nachricht enthält einzelne Zeilenvorschubzeichen, also Zeilenenden ohne Wagenrücklauf, die Exchange Online nicht annimmt.",
        "Exchange Online sendet ihn, wenn ein Mailprogramm oder Skript Zeilen mit `LF` statt mit `CRLF` abschließt.",
        "Korrigieren Sie das sendende Programm, sodass jede Zeile mit `CRLF` endet, oder senden Sie über einen Server, der die Zeilenenden umwandelt.",
    ],
    // 5.7.57 (microsoft)
    [
        "Client nicht authentifiziert, um anonyme Mail zu senden",
        "Eine Anwendung oder ein Gerät hat Mail an `smtp.office365.com` gesendet, ohne sich anzumelden, und Exchange Online hat `MAIL FROM` abgelehnt.",
        "Exchange Online sendet ihn an Drucker, Scanner und Anwendungen, die über Microsoft 365 senden sollen, deren Anmeldung oder TLS-Einrichtung aber falsch ist.",
        "Richten Sie das Gerät mit den Zugangsdaten eines Benutzers ein, der ein Postfach in Exchange Online hat, und stellen Sie sicher, dass es `STARTTLS` verwendet, denn die Anmeldung setzt TLS voraus.",
    ],
    // 5.7.64 (microsoft)
    [
        "TenantAttribution: Relayzugriff verweigert",
        "Exchange Online konnte Mail von den eigenen Servern der Organisation keinem eingehenden Connector zuordnen und hat deshalb das Weiterleiten abgelehnt.",
        "Exchange Online sendet ihn, nachdem sich lokal etwas geändert hat, etwa die IP-Adresse des sendenden Servers oder der Name in seinem Zertifikat, sodass er nicht mehr zum eingehenden Connector passt.",
        "Der Administrator muss den eingehenden Connector auf die aktuellen IP-Adressen oder den aktuellen Zertifikatsnamen des lokalen Servers umstellen.",
    ],
    // 5.7.124 (microsoft)
    [
        "Absender nicht in der Liste zugelassener Absender",
        "Der Empfänger ist eine Verteilergruppe, die nur Mail von aufgeführten Absendern annimmt, und der Absender steht nicht auf der Liste.",
        "Exchange Online sendet ihn für Gruppen mit Zustellungsbeschränkungen; selbst der Besitzer der Gruppe muss eventuell in der Liste stehen.",
        "Bitten Sie den Besitzer der Gruppe oder den Administrator des Empfängers, den Absender zu den zugelassenen Absendern der Gruppe hinzuzufügen oder die Beschränkung aufzuheben.",
    ],
    // 5.7.133 (microsoft)
    [
        "Absender für die Gruppe nicht authentifiziert",
        "Der Empfänger ist eine Gruppe, die Mail von außerhalb ihrer Organisation ablehnt, und der Absender ist extern.",
        "Exchange Online sendet ihn, wenn externe Absender an eine Verteilergruppe schreiben, die authentifizierte Absender verlangt.",
        "Der Besitzer der Gruppe oder der Administrator des Empfängers muss externe Absender für die Gruppe zulassen.",
    ],
    // 5.7.134 (microsoft)
    [
        "Absender für das Postfach nicht authentifiziert",
        "Das Postfach des Empfängers ist so eingestellt, dass es Mail von außerhalb seiner Organisation ablehnt, und der Absender ist extern.",
        "Exchange Online sendet ihn für Postfächer mit der Einstellung, die authentifizierte Absender verlangt.",
        "Nur der Administrator der Empfängerorganisation kann die Zustellungsbeschränkungen des Postfachs ändern.",
    ],
    // 5.7.135 (microsoft)
    [
        "Absender für den öffentlichen Ordner nicht authentifiziert",
        "Der Empfänger ist ein E-Mail-aktivierter öffentlicher Ordner, der Mail von außerhalb seiner Organisation ablehnt.",
        "Exchange Online sendet ihn, wenn externe Absender an einen öffentlichen Ordner schreiben, der authentifizierte Absender verlangt.",
        "Der Administrator der Empfängerorganisation muss den öffentlichen Ordner so einstellen, dass er Mail von allen Absendern annimmt.",
    ],
    // 5.7.136 (microsoft)
    [
        "Absender für den E-Mail-Benutzer nicht authentifiziert",
        "Der Empfänger ist ein E-Mail-Benutzer, der so eingestellt ist, dass er Mail von außerhalb seiner Organisation ablehnt.",
        "Exchange Online sendet ihn, wenn ein externer Absender an einen E-Mail-Benutzer mit der Einstellung schreibt, die authentifizierte Absender verlangt.",
        "Nur der Administrator der Empfängerorganisation kann diese Einstellung ändern.",
    ],
    // 5.7.193 (microsoft)
    [
        "Microsoft-365-Gruppe nimmt keine externen Absender an",
        "Der Empfänger ist eine Microsoft-365-Gruppe, die nur Mail von ihren Mitgliedern oder aus ihrer eigenen Organisation annimmt.",
        "Exchange Online sendet ihn mit `UnifiedGroupAgent`, wenn ein externer Absender an eine solche Gruppe schreibt.",
        "Der Besitzer der Gruppe oder der Administrator des Empfängers muss Personen außerhalb der Organisation erlauben, der Gruppe E-Mails zu senden.",
    ],
    // 5.7.321 (microsoft)
    [
        "Ziel muss TLS unterstützen (DANE, dauerhaft)",
        "Exchange Online hat aufgegeben, weil der durch DANE geschützte Zielserver kein `STARTTLS` angeboten hat oder der Handshake fehlgeschlagen ist.",
        "Exchange Online sendet ihn als dauerhaften Fehler mit `starttls-not-supported`.",
        "Der Administrator der Empfängerdomain muss TLS auf dem Mailserver aktivieren. Danach kann der Absender erneut senden.",
    ],
    // 5.7.322 (microsoft)
    [
        "Zertifikat des Ziels abgelaufen (DANE, dauerhaft)",
        "Exchange Online hat aufgegeben, weil der durch DANE geschützte Zielserver immer wieder ein abgelaufenes Zertifikat vorgelegt hat.",
        "Exchange Online sendet ihn als dauerhaften Fehler mit `certificate-expired`.",
        "Der Administrator der Empfängerdomain muss das Zertifikat erneuern. Danach kann der Absender erneut senden.",
    ],
    // 5.7.323 (microsoft)
    [
        "Domain hat die DANE-Validierung nicht bestanden (dauerhaft)",
        "Exchange Online hat aufgegeben, weil das Zertifikat des Ziels die Validierung gegen seine TLSA-Einträge immer wieder nicht bestanden hat.",
        "Exchange Online sendet ihn als dauerhaften Fehler mit `tlsa-invalid`.",
        "Der Administrator der Empfängerdomain muss die TLSA-Einträge oder das Zertifikat korrigieren. Danach kann der Absender erneut senden.",
    ],
    // 5.7.324 (microsoft)
    [
        "Ziel lieferte ungültige DNSSEC-Einträge (dauerhaft)",
        "Exchange Online hat aufgegeben, weil die DNSSEC-Einträge der Zieldomain die Validierung immer wieder nicht bestanden haben.",
        "Exchange Online sendet ihn als dauerhaften Fehler mit `dnssec-invalid`.",
        "Der Administrator der Empfängerdomain muss die DNSSEC-Signierung der Zone reparieren. Danach kann der Absender erneut senden.",
    ],
    // 5.7.325 (microsoft)
    [
        "Zertifikat passt nicht zum Hostnamen (DANE, dauerhaft)",
        "Exchange Online hat aufgegeben, weil das Zertifikat des Zielservers nicht zum Hostnamen des MX passte.",
        "Exchange Online sendet ihn als dauerhaften Fehler mit `certificate-host-mismatch`.",
        "Der Administrator der Empfängerdomain muss das Zertifikat durch eines ersetzen, das den MX-Host nennt. Danach kann der Absender erneut senden.",
    ],
    // 5.7.367 (microsoft)
    [
        "Remoteserver meldet, dass Relaying nicht erlaubt ist",
        "Microsoft 365 hat eine Nachricht aus seinem Relay-Pool weitergeleitet oder weitergegeben, und das nächste Gateway hat sie als Relay-Versuch abgelehnt. Microsoft nutzt diesen Pool, wenn die Nachricht beim Eingang SPF oder DKIM nicht bestanden hat.",
        "Exchange Online sendet ihn bei weitergeleiteter oder weitergegebener Mail, meist wenn ein Gateway eines Drittanbieters vor oder hinter Microsoft 365 steht.",
        "Der Microsoft-365-Administrator sollte dafür sorgen, dass die Authentifizierung beim Eingang besteht, etwa mit Enhanced Filtering for Connectors, und Domains, die er kontrolliert, als akzeptierte Domains hinzufügen. Weniger Weiterleitungsstationen helfen.",
    ],
    // 5.7.501 (microsoft)
    [
        "Zugriff verweigert, Spam-Missbrauch erkannt",
        "Microsoft 365 hat das sendende Konto gesperrt, weil es Spam versendet hat.",
        "Exchange Online sendet ihn an eigene Benutzer, deren Konto für Spam missbraucht wurde, meist nach einer Kompromittierung.",
        "Der Administrator muss das Konto absichern und seine Zugangsdaten zurücksetzen und danach den Microsoft-Support bitten, die Sendeberechtigung wiederherzustellen.",
    ],
    // 5.7.502 (microsoft)
    [
        "Zugriff verweigert, gesperrter Absender",
        "Microsoft 365 hat das sendende Konto gesperrt, nachdem es Spam von ihm erkannt hat.",
        "Exchange Online sendet ihn an Konten, die wegen Spam gesperrt sind.",
        "Der Administrator muss die Probleme des Kontos beheben, seine Zugangsdaten zurücksetzen und den Microsoft-Support bitten, die Sperre aufzuheben.",
    ],
    // 5.7.503 (microsoft)
    [
        "Zugriff verweigert, gesperrter Absender",
        "Microsoft 365 hat das sendende Konto gesperrt, nachdem es Spam von ihm erkannt hat.",
        "Exchange Online sendet ihn an Konten, die wegen Spam gesperrt sind.",
        "Der Administrator muss die Probleme des Kontos beheben, seine Zugangsdaten zurücksetzen und den Microsoft-Support bitten, die Sperre aufzuheben.",
    ],
    // 5.7.504 (microsoft)
    [
        "Empfängeradresse abgelehnt, Zugriff verweigert",
        "Die Empfängeradresse ist in der empfangenden Microsoft-365-Organisation nicht gültig.",
        "Exchange Online Protection sendet ihn mit dem Text `Recipient address rejected: Access denied`.",
        "Prüfen Sie die Empfängeradresse und senden Sie erneut. Scheitert es weiterhin, fragen Sie den Empfänger nach der richtigen Adresse.",
    ],
    // 5.7.505 (microsoft)
    [
        "Zugriff verweigert, gesperrter Empfänger",
        "Microsoft 365 betrachtet die Empfängeradresse als ungültig und lehnt Mail an sie ab.",
        "Exchange Online Protection sendet ihn für Empfänger, die es gesperrt hat.",
        "Prüfen Sie die Adresse und erreichen Sie den Empfänger auf anderem Weg. Erscheint das falsch, kann der Administrator des Empfängers sich an den Microsoft-Support wenden.",
    ],
    // 5.7.506 (microsoft)
    [
        "Zugriff verweigert, fehlerhaftes HELO",
        "Der sendende Server hat sich in `HELO` oder `EHLO` mit dem Namen des Servers vorgestellt, mit dem er sich verbindet, statt mit seinem eigenen Namen. Microsoft wertet das als Verhalten eines Spambots.",
        "Exchange Online Protection sendet ihn zu Beginn einer Sitzung mit einem falsch konfigurierten oder bösartigen Client.",
        "Stellen Sie den sendenden Server so ein, dass er in `EHLO` seinen eigenen vollständigen Hostnamen (FQDN) verwendet.",
    ],
    // 5.7.507 (microsoft)
    [
        "Zugriff verweigert, vom Empfänger abgelehnt",
        "Die Organisation des Empfängers hat die IP-Adresse gesperrt, von der die Nachricht kam.",
        "Exchange Online Protection sendet ihn, wenn der empfangende Mandant den sendenden Server gesperrt hat.",
        "Wenden Sie sich auf anderem Weg an den Empfänger und bitten Sie seinen Administrator, die Sperre aufzuheben.",
    ],
    // 5.7.508 (microsoft)
    [
        "Zugriff verweigert, zulässige Limits für den IPv6-Bereich überschritten",
        "Der IPv6-Bereich des Absenders hat in zu kurzer Zeit zu viele Nachrichten gesendet.",
        "Exchange Online Protection sendet ihn an Absender über IPv6, die sein Limit pro Adressbereich überschreiten.",
        "Senden Sie aus diesem Bereich langsamer und lassen Sie die Warteschlange es später erneut versuchen.",
    ],
    // 5.7.509 (microsoft)
    [
        "Zugriff verweigert, sendende Domain besteht DMARC nicht",
        "Die Domain im `From`-Header hat DMARC nicht bestanden und veröffentlicht eine Richtlinie zum Ablehnen, daher hat Microsoft die Nachricht abgelehnt.",
        "Exchange Online und Outlook.com senden ihn, wenn weder SPF noch DKIM in Übereinstimmung mit der `From`-Domain besteht und deren Richtlinie `p=reject` lautet. Weiterleitungen können das auslösen.",
        "Der Administrator des Absenders muss SPF, die DKIM-Signierung und die Übereinstimmung (Alignment) der Domain korrigieren. Die DMARC-Berichte und die in der Unzustellbarkeitsnachricht zurückgegebenen Header zeigen, welche Prüfung gescheitert ist.",
    ],
    // 5.7.510 (microsoft)
    [
        "Empfänger nimmt keine E-Mails über IPv6 an",
        "Die Nachricht kam über IPv6, doch die Domain des Empfängers nimmt Mail nur über IPv4 an.",
        "Exchange Online Protection sendet ihn an Absender über IPv6 bei Domains, die eingehende Mail über IPv6 nicht aktiviert haben.",
        "Senden Sie an diese Domain über IPv4, etwa indem der sendende Server für ihre MX-Hosts IPv4 bevorzugt.",
    ],
    // 5.7.511 (microsoft)
    [
        "Zugriff verweigert, gesperrte Absender-IP-Adresse",
        "Microsoft 365 hat die IP-Adresse gesperrt, von der die Nachricht kam.",
        "Exchange Online Protection sendet ihn an Server auf seiner Sperrliste.",
        "Beseitigen Sie die Ursache der Sperre und beantragen Sie dann die Austragung per E-Mail an Microsoft mit der vollständigen Fehlermeldung und der IP-Adresse, oder nutzen Sie das Delist-Portal.",
    ],
    // 5.7.512 (microsoft)
    [
        "Nachricht muss RFC 5322 Abschnitt 3.6.2 entsprechen",
        "Die Nachricht hat keine gültige Adresse im Headerfeld `From`, daher hat Microsoft 365 sie abgelehnt.",
        "Exchange Online sendet ihn für Nachrichten, deren `From`-Feld fehlt, leer oder fehlerhaft ist, etwa ohne spitze Klammern um die Adresse.",
        "Korrigieren Sie das sendende Programm, sodass jede Nachricht ein `From`-Feld mit einer korrekt aufgebauten Adresse hat.",
    ],
    // 5.7.513 (microsoft)
    [
        "Client-Host durch die eigene Sperrliste des Empfängers blockiert",
        "Die empfangende Organisation hat die sendende IP-Adresse in Microsoft 365 auf ihre eigene Sperrliste gesetzt. Der Text endet mit `AS16012607`.",
        "Exchange Online Protection sendet ihn, wenn die verbindende IP-Adresse auf der benutzerdefinierten Sperrliste des empfangenden Mandanten steht.",
        "Nur die empfangende Organisation kann den Eintrag entfernen. Wenden Sie sich direkt an sie und bitten Sie darum, die IP-Adresse freizugeben.",
    ],
    // 5.7.515 (outlook_com)
    [
        "Sendende Domain erfüllt nicht die erforderliche Authentifizierungsstufe",
        "Outlook.com hat die Nachricht abgelehnt, weil die Domain in ihrem `From`-Header nicht die Authentifizierung erfüllt, die Microsoft von Großversendern an seine Mail-Dienste für Privatkunden verlangt.",
        "Outlook.com, Hotmail, Live.com und MSN senden ihn an Domains, die 5.000 oder mehr Nachrichten an sie senden und denen bestandenes SPF und DKIM oder ein DMARC-Eintrag mit übereinstimmendem (aligned) Ergebnis fehlen.",
        "Der Administrator des Absenders muss SPF und DKIM so veröffentlichen, dass beide bestehen, einen DMARC-Eintrag veröffentlichen (mindestens `p=none`) und dafür sorgen, dass SPF oder DKIM mit der `From`-Domain übereinstimmt. Danach senden Sie erneut.",
    ],
    // 5.7.606 (microsoft)
    [
        "Zugriff verweigert, gesperrte sendende IP-Adresse",
        "Microsoft 365 hat die IP-Adresse, von der die Nachricht kam, wegen ihrer Reputation gesperrt.",
        "Exchange Online Protection sendet ihn an Server, deren IP-Adresse auf seiner Sperrliste steht, etwa nach einer Kompromittierung oder bösartigem Datenverkehr.",
        "Stellen Sie die Ursache ab und halten Sie sich an gute Versandpraktiken. Beantragen Sie dann die Entfernung der IP-Adresse über das Self-Service-Delist-Portal von Microsoft.",
    ],
    // 5.7.703 (microsoft)
    [
        "Empfänger durch die Tenant Allow/Block List gesperrt",
        "Jemand in der Organisation hat an eine Adresse oder Domain gesendet, welche die Organisation selbst in ihrer Tenant Allow/Block List sperrt, und die gesamte Nachricht wurde angehalten.",
        "Exchange Online sendet ihn an interne Absender. Ein einziger gesperrter Empfänger hält die Nachricht für alle Empfänger an.",
        "Entfernen Sie den gesperrten Empfänger und senden Sie erneut, oder bitten Sie den Administrator, den Sperreintrag zu ändern.",
    ],
    // 5.7.705 (microsoft)
    [
        "Zugriff verweigert, Mandant hat Schwellenwert überschritten",
        "Microsoft 365 hat ausgehende Mail für die gesamte Organisation gesperrt, weil zu viel ihres Datenverkehrs Spam oder Massenmail war.",
        "Exchange Online sendet ihn, nachdem kompromittierte Server oder Administratorkonten Spam gesendet haben, selten auch nach einem verspätet verlängerten Abonnement.",
        "Der Administrator muss die Quelle mithilfe der Nachrichtenflussberichte und der Nachrichtenablaufverfolgung finden und abstellen und dann dem Microsoft-Support die Ursache erklären, damit die Sperre aufgehoben wird.",
    ],
    // 5.7.708 (microsoft)
    [
        "Zugriff verweigert, kein Datenverkehr von dieser IP-Adresse angenommen",
        "Microsoft 365 sendet keine Mail von den IP-Adressen mit geringer Reputation, die typischerweise neuen Mandanten zugewiesen werden.",
        "Exchange Online sendet ihn an neue Mandanten oder Testmandanten oder an Mandanten, deren Datenverkehr verdächtig wirkte.",
        "Der Administrator sollte eine etwaige Kompromittierung oder ein offenes Relay beheben und sich dann an den Microsoft-Support wenden. Testmandanten können bis zum Kauf von Lizenzen eine Ausnahme beantragen.",
    ],
    // 5.7.750 (microsoft)
    [
        "Client für das Senden von nicht registrierten Domains gesperrt",
        "Die Organisation hat viele Nachrichten von Domains gesendet, die in Microsoft 365 nicht hinzugefügt und verifiziert sind, und Microsoft hat sie gesperrt.",
        "Exchange Online sendet ihn, wenn Mail von nicht eingerichteten Domains, oft über Connectors, das Maß überschreitet, das Microsoft toleriert.",
        "Fügen Sie jede sendende Domain als akzeptierte Domain hinzu und verifizieren Sie diese, oder verwenden Sie einen zertifikatbasierten Connector. Prüfen Sie außerdem, ob Angreifer unbekannte Connectors angelegt haben.",
    ],
    // 5.7.800 (microsoft)
    [
        "Zugriff verweigert, gesperrte Absenderdomain",
        "Microsoft 365 hat die in `EHLO`, `MAIL FROM` oder `From` verwendete Domain gesperrt, weil mit ihr Spam gesendet wurde.",
        "Exchange Online sendet ihn für Nachrichten, deren Absenderdomain auf seiner Sperrliste steht.",
        "Stellen Sie den Spam von dieser Domain ab und bitten Sie dann den Microsoft-Support, die Sendeberechtigung der Domain wiederherzustellen.",
    ],
    // 5.7.900 (exchange_server)
    [
        "Von einer Nachrichtenflussregel abgelehnt",
        "Eine Nachrichtenflussregel (Transportregel) auf dem Exchange-Server hat die Nachricht abgelehnt. Einen Code aus diesem Bereich verwendet Exchange nur, wenn er in der Ablehnungsaktion der Regel festgelegt wurde; andernfalls kommt dieselbe Ablehnung als `5.7.1`.",
        "Exchange sendet ihn in einer Unzustellbarkeitsnachricht, wenn eine Nachricht auf eine ablehnende Regel eines Administrators zutrifft, etwa eine Regel gegen bestimmte Absender, Wörter oder Anhänge.",
        "Der Absender kann am Ergebnis nichts ändern, indem er erneut sendet. Fragen Sie den Exchange-Administrator des Empfängers, welche Regel die Nachricht abgelehnt hat; der Text nach dem Code wurde beim Einrichten der Regel festgelegt.",
    ],
];

/// Per provider rule with a note, in `super::PROVIDER_RULES` order.
pub(super) static NOTES: [&str; NOTE_COUNT] = [
    // amazon_ses.max_send_rate
    "Amazon SES verwirft eine so abgelehnte Nachricht, statt sie in die Warteschlange zu stellen. Die sendende Anwendung muss sie daher selbst erneut senden und vor jedem neuen Versuch etwas länger warten.",
    // amazon_ses.daily_quota
    "Das Konto hat die Zahl an Nachrichten ausgeschöpft, die Amazon SES ihm in 24 Stunden erlaubt. Der Versand klappt wieder, sobald sich das 24-Stunden-Fenster weiterschiebt oder das Kontingent in der SES-Konsole erhöht wurde.",
    // amazon_ses.identity_not_verified
    "Amazon SES prüft die Adressen in From, Source, Sender und Return-Path gegen die Identitäten, die in derselben AWS-Region verifiziert sind. Solange das Konto in der Sandbox ist, muss auch jeder Empfänger verifiziert sein.",
    // amazon_ses.credentials_invalid
    "Amazon SES erwartet eigene SMTP-Zugangsdaten, die nicht mit den AWS-Zugriffsschlüsseln des Kontos übereinstimmen. Erstellen Sie SMTP-Zugangsdaten in der SES-Konsole und verwenden Sie diese.",
    // amazon_ses.account_not_subscribed
    "Das AWS-Konto, zu dem diese SMTP-Zugangsdaten gehören, ist nicht für Amazon SES registriert.",
    // amazon_ses.iam_not_authorized
    "Die Anmeldung hat funktioniert, aber die IAM-Richtlinie oder die Sendeberechtigungsrichtlinie des Benutzers hinter den SMTP-Zugangsdaten erlaubt keinen Versand über den SMTP-Endpunkt von SES.",
    // amazon_ses.sending_paused
    "Amazon SES hat den Versand für das gesamte AWS-Konto angehalten, meist nach einer Überprüfung seiner Bounce- oder Beschwerderate, und die E-Mail-Adresse des AWS-Kontos darüber informiert.",
    // amazon_ses.message_too_long
    "Die SMTP-Schnittstelle von SES lehnt Nachrichten ab, die größer sind als die maximale Nachrichtengröße, die Amazon SES für das Konto angibt. Verkleinern oder entfernen Sie Anhänge.",
    // amazon_ses.timeout_waiting_for_data
    "Zwischen den Befehlen des Clients verging zu viel Zeit, daher hat der SMTP-Server von SES die Verbindung geschlossen.",
    // amazon_ses.temporary_auth_failure
    "Amazon SES hatte selbst ein Problem beim Prüfen der SMTP-Zugangsdaten. Warten Sie kurz und versuchen Sie es erneut, bevor Sie etwas ändern.",
    // amazon_ses.global_suppression
    "Amazon SES hat die Adresse gar nicht erst versucht, weil sie nach kürzlichen dauerhaften Zustellfehlern (Hardbounces) auf der SES-Unterdrückungsliste steht. Streichen Sie die Adresse aus Ihren Listen, statt erneut zu senden.",
    // apple.spamhaus_dbl
    "Hier steht eine Domain aus der Nachricht, etwa aus einem Link, auf der Domain-Blockliste von Spamhaus, nicht die sendende IP-Adresse.",
    // apple.proofpoint_blocklist
    "Apple hat die sendende IP-Adresse wegen der Blockliste von Proofpoint abgelehnt. Der Link in der Antwort sucht die Adresse dort nach.",
    // barracuda.blocked_using_barracuda_reputation
    "Die IP-Adresse, die ein Barracuda-Gerät nennt, kann aus einem `Received`-Headerfeld stammen statt vom verbindenden Server. Prüfen Sie daher, welche Adresse gemeint ist, bevor Sie die Austragung beantragen.",
    // barracuda.reputation_lookup_link
    "Der Link führt zur Abfrage von Barracuda Central für die sendende IP-Adresse. Dort lässt sich die Austragung beantragen, sobald die Ursache des Spams behoben ist.",
    // barracuda.ess_permanent_failure_blocked
    "Der Barracuda-Dienst des Empfängers hat die Nachricht aufgrund einer seiner Richtlinien abgelehnt, etwa einer Absendersperre, eines Inhaltsfilters oder einer Reputationsprüfung. Nur der Administrator des Empfängers kann den Grund im Nachrichtenlog von Barracuda einsehen.",
    // cisco.poor_reputation
    "Die sendende IP-Adresse hat eine schlechte Reputationsbewertung bei SenderBase (Talos), daher ordnet die Host Access Table des Geräts sie der Gruppe gesperrter Absender zu. Der Administrator des Empfängers kann den Absender einer Gruppe zugelassener Absender hinzufügen.",
    // comcast.es000001
    "Comcast nimmt keine Mail an, die direkt von seinen eigenen Privatkundenadressen gesendet wird. Seine Kunden müssen über `smtp.comcast.net` senden, und die Sperre lässt sich nicht aufheben.",
    // comcast.es000010
    "Comcast stuft die sendende Adresse als dynamisch oder privat ein, meist weil ihr Reverse-DNS-Name nicht dem Namensschema einer statischen Adresse folgt.",
    // comcast.bl000001
    "Die sendende Adresse steht auf der Spamhaus-ZEN-Liste. Die Austragung erfolgt über Spamhaus.",
    // comcast.bl000010
    "Die sendende Adresse ist bei Cloudmark CSI gelistet. Die Austragung erfolgt über Cloudmark.",
    // comcast.bl000011
    "Die sendende Adresse steht sowohl auf Spamhaus ZEN als auch bei Cloudmark CSI auf der Liste.",
    // comcast.bl000100
    "Die sendende Adresse steht auf der Blockliste von SenderScore.",
    // comcast.bl000101
    "Die sendende Adresse steht sowohl auf der Blockliste Spamhaus ZEN als auch auf der von SenderScore.",
    // comcast.bl000110
    "Die sendende Adresse steht auf der Blockliste von SenderScore und ist zudem bei Cloudmark CSI gelistet.",
    // comcast.bl006
    "In diesem älteren Code nennt Comcast die Spamhaus-Listen SBL oder XBL. Die Austragung erfolgt über Spamhaus.",
    // comcast.bl007
    "In diesem älteren Code nennt Comcast Cloudmark Sender Intelligence (CSI).",
    // comcast.too_many_sessions
    "Comcast begrenzt die Zahl gleichzeitiger Verbindungen von einer sendenden Adresse (laut seiner Postmaster-Seite auf 25).",
    // comcast.reverse_dns_failure
    "Comcast verlangt für jede sendende Adresse gültiges Reverse-DNS. Diese Antwort ist vorübergehend, weil die Abfrage womöglich nur im Moment fehlgeschlagen ist; ein erneuter Versuch ist daher sinnvoll.",
    // courier.sender_domain_does_not_exist
    "Courier hat die Domain der `MAIL FROM`-Adresse geprüft (bei gesetztem `BOFHCHECKDNS`) und festgestellt, dass sie im DNS nicht existiert. Gescheitert ist also die Domain des Absenders, nicht die des Empfängers.",
    // courier.sender_mx_violates_rfc1035
    "Die MX-Einträge der Absenderdomain verweisen auf IP-Adressen statt auf Hostnamen, was im DNS nicht zulässig ist. Der Administrator des Absenders muss sie auf Hostnamen umstellen.",
    // courier.unicode_to_non_unicode
    "Die Nachricht oder ihre Adressen benötigen `SMTPUTF8`, doch der empfangende Server bietet es nicht an. Senden Sie von einer oder an eine reine ASCII-Adresse, oder bitten Sie den Administrator des Empfängers, `SMTPUTF8` zu aktivieren.",
    // exchange_server.bad_outbound_sender
    "Bei Exchange Server bedeutet das meist, dass der Absender ein Limit für die Nachrichtenrate überschritten hat, etwa eine Anwendung, die viele Nachrichten per Relay über Exchange versendet. Der Administrator kann das Limit am Empfangsconnector erhöhen oder einen Relay-Connector für die Anwendung einrichten.",
    // exchange_server.single_label_domain
    "Die Empfängeradresse hat eine Domain ohne Punkt (etwa `contoso` statt `contoso.com`), und solche Domains lehnen die Empfangsconnectors von Exchange standardmäßig ab.",
    // exchange_server.too_many_related_errors
    "Exchange hat die Nachricht als fehlerhaft aufgebaut eingestuft und in die Warteschlange für nicht verarbeitbare Nachrichten verschoben, wo ein Administrator sie untersuchen kann.",
    // exchange_server.abp_routing
    "Der Routing-Agent für Adressbuchrichtlinien ist aktiv, und der Empfänger steht nicht in der Adressliste der Adressbuchrichtlinie des Absenders. Deshalb dürfen die beiden einander keine Mail senden.",
    // exchange_server.unrecognized_command_internal
    "Zwischen Exchange-Servern deutet das auf einen Empfangsconnector für interne Mail hin, bei dem die Authentifizierungsmethode Exchange Server-Authentifizierung fehlt. Der Administrator muss die Authentifizierungseinstellungen des Connectors korrigieren.",
    // exchange_server.system_incorrectly_configured
    "So meldet Exchange eine Mailschleife, typischerweise wenn der an einem Empfangsconnector eingestellte FQDN derselbe ist wie der eines anderen Servers oder Geräts im Nachrichtenfluss.",
    // exchange_server.exchange_authentication
    "Eine Firewall oder ein anderes Gerät zwischen Exchange-Servern blockiert den Befehl `X-EXPS`, den die Exchange Server-Authentifizierung benötigt, oder interne Mail läuft über einen Connector, der dafür nicht eingerichtet ist.",
    // exim.retry_time_not_reached
    "Exim hat die Hosts diesmal gar nicht versucht, weil frühere Versuche bei ihnen fehlgeschlagen sind und der Zeitpunkt für den nächsten Versuch noch nicht erreicht ist. Exim behält die Nachricht und versucht es später erneut. Den ersten Fehler finden Sie im Log von Exim.",
    // exim.lines_too_long_for_transport
    "Die Nachricht enthält eine Zeile, die länger ist als `message_linelength_limit` des SMTP-Transports (standardmäßig 998 Zeichen), daher sendet Exim sie so nicht. Das sendende Programm muss lange Zeilen umbrechen oder eine Transferkodierung wie quoted-printable oder base64 verwenden.",
    // exim.host_lookup_did_not_complete
    "Die DNS-Abfrage für die Domain des Empfängers ist in eine Zeitüberschreitung gelaufen oder vorerst fehlgeschlagen. Exim stellt die Nachricht zurück und versucht es erneut.",
    // exim.mx_no_smtp_service
    "Die Domain veröffentlicht einen MX-Eintrag, der auf `.` zeigt (einen Null-MX), und erklärt damit, dass sie überhaupt keine Mail annimmt.",
    // fastmail.relay_access_denied
    "Bei Fastmail bedeutet das meist, dass sich das Mailprogramm nicht am Postausgangsserver von Fastmail anmeldet. Aktivieren Sie die SMTP-Authentifizierung in seinen Einstellungen.",
    // fastmail.content_rejected
    "Fastmail verwendet dies für eine Nachricht, die wahrscheinlich einen Virus enthält oder schon früher als Spam gemeldet wurde. Ein Anhang, der fälschlich als Virus erkannt wurde, kommt womöglich durch, wenn Sie ihn als ZIP-Datei senden.",
    // fastmail.access_denied
    "Fastmail hat den Absender oder den Empfänger gesperrt, etwa nach Spam-Meldungen oder durch seine Systeme gegen Missbrauch. Auch ein falsch eingerichtetes Mailprogramm kann die Ursache sein; der restliche Text der Unzustellbarkeitsnachricht sagt mehr.",
    // fastmail.address_locked
    "Das Fastmail-Konto hinter der Adresse ist gesperrt oder deaktiviert und empfängt daher keine Mail, bis sein Inhaber das mit dem Support von Fastmail geklärt hat.",
    // free.spam_detected
    "Wenn Sie die abgelehnte Nachricht nicht gesendet haben, hat womöglich jemand Ihre Adresse gefälscht, und Free hat dessen Spam abgelehnt.",
    // free.ip_blocked
    "Free sperrt eine Adresse je nach dem Spam oder den Fehlern, die von ihr kamen, für bis zu 24 Stunden und hebt die Sperre dann von selbst auf. Nach einer Korrektur kann die Adresse noch einmal für 24 bis 48 Stunden gelistet werden.",
    // gmx.ip_block_listed
    "Die letzte Zeile der Antwort verlinkt auf eine Postmaster-Seite von GMX zu diesem Fall, die den Eintrag erklärt und eine Möglichkeit bietet, GMX zu kontaktieren.",
    // gmx.too_many_messages
    "Versuchen Sie es in einigen Stunden erneut und senden Sie langsamer. Hilft das nicht, wenden Sie sich an das Postmaster-Team von WEB.DE.",
    // gmx.spf_policy
    "Weiterleitende Server, die das ursprüngliche `MAIL FROM` beibehalten, bestehen diese Prüfung nicht. WEB.DE rät ihnen, SRS (Sender Rewriting Scheme) zu verwenden.",
    // gmx.mailbox_unavailable
    "GMX und WEB.DE verwenden diesen Text auch für ein Postfach, das nach langer Zeit ohne Nutzung deaktiviert wurde.",
    // gmx.policy_ip_based
    "Wird ein hoher Anteil der Mail von einer IP-Adresse als Spam eingestuft, lehnt WEB.DE eine Zeit lang alle Mail von dieser Adresse ab.",
    // gmx.policy_domain_based
    "Die Domain des Absenders ist WEB.DE als Quelle von Spam bekannt.",
    // gmx.policy_header_based
    "Die Header-Informationen der Nachricht entsprechen nicht den Standards oder den E-Mail-Richtlinien von WEB.DE, oder sie wirken nicht plausibel.",
    // gmx.syntax_error_configuration
    "GMX und WEB.DE verwenden diesen Text, wenn die Konfiguration des sendenden Servers gegen ihre Regeln verstößt. Dessen Administrator muss die Einrichtung korrigieren und GMX oder WEB.DE danach bitten, die Sperre aufzuheben.",
    // gmx.ionos_policy_violations
    "IONOS sperrt sendende IP-Adressen mit einer schlechten Zustellquote, meist wegen Mails an viele nicht existierende Adressen, und bremst Server, deren `HELO`-Name ständig wechselt. Bereinigen Sie die Adressliste und verwenden Sie einen festen `HELO`-Namen.",
    // godaddy.ib401_auth_on_inbound
    "Die Eingangsserver von GoDaddy nehmen keine Anmeldungen an. Im Mailprogramm ist der falsche Postausgangsserver eingetragen; richtig ist `smtpout.secureserver.net`.",
    // godaddy.ib501_blank_from
    "GoDaddy hat die Nachricht abgelehnt, weil ihr From-Feld leer ist.",
    // godaddy.ib502_ip_as_from
    "GoDaddy lehnt Nachrichten ab, deren From-Adresse statt einer Domain eine IP-Adresse enthält.",
    // godaddy.ib506_from_domain_invalid
    "Die From-Domain hat keine brauchbaren MX- oder Adresseinträge, oder ihre DNS-Abfrage ist fehlgeschlagen. Korrigieren Sie die DNS-Zone der Domain, bevor Sie erneut senden.",
    // godaddy.ib508_invalid_spf
    "Der SPF-Eintrag der Absenderdomain autorisiert den Server nicht, der die Nachricht gesendet hat. Nehmen Sie diesen Server in den SPF-Eintrag auf.",
    // godaddy.ib212_spam_content
    "Ein Link, ein Anhang oder ein Muster in der Nachricht hat bei den Spamfiltern von GoDaddy angeschlagen.",
    // godaddy.ib007_too_many_sessions
    "Die sendende IP-Adresse hat bei GoDaddy zu viele SMTP-Sitzungen gleichzeitig geöffnet.",
    // godaddy.ib101_server_busy
    "Die Mail-Warteschlange von GoDaddy bearbeitet gerade mehr Mail als üblich. Versuchen Sie es später noch einmal.",
    // godaddy.ib110_spam_block_hour
    "Von der sendenden IP-Adresse kamen zu viele Nachrichten, die GoDaddy als Spam eingestuft hat; sie ist für eine Stunde gesperrt.",
    // godaddy.ib111_spam_block_day
    "Von der sendenden IP-Adresse kamen zu viele Nachrichten, die GoDaddy als Spam eingestuft hat; sie ist für den Rest des Tages gesperrt.",
    // godaddy.ib112_invalid_recipients_hour
    "Die sendende IP-Adresse hat es bei zu vielen nicht existierenden Adressen versucht und ist für eine Stunde gesperrt.",
    // godaddy.ib113_invalid_recipients_day
    "Die sendende IP-Adresse hat es bei zu vielen nicht existierenden Adressen versucht und ist für den Rest des Tages gesperrt.",
    // godaddy.ib510_messages_per_session
    "Die Sitzung hat die Höchstzahl an Nachrichten bei GoDaddy erreicht. Öffnen Sie für die restlichen Nachrichten eine neue Verbindung.",
    // godaddy.ib103_cloudmark_reputation
    "GoDaddy hat die Verbindung abgelehnt, weil die sendende IP-Adresse bei Cloudmark Sender Intelligence (CSI) eine schlechte Reputation hat.",
    // godaddy.ib104_spamhaus_sbl
    "Die sendende IP-Adresse steht auf der Spamhaus Block List (SBL). Die Austragung beantragen Sie bei Spamhaus.",
    // godaddy.ib105_spamhaus_xbl
    "Die sendende IP-Adresse steht auf der Spamhaus Exploits Block List (XBL). Die Austragung beantragen Sie bei Spamhaus.",
    // godaddy.ib106_spamhaus_pbl
    "Die sendende IP-Adresse steht auf der Spamhaus Policy Block List (PBL). Die Austragung beantragen Sie bei Spamhaus.",
    // godaddy.rbl_reject
    "Die sendende IP-Adresse steht auf der eigenen Blockliste von GoDaddy. Bitten Sie GoDaddy über den Link in der Unzustellbarkeitsnachricht, sie zu entfernen.",
    // godaddy.account_disabled
    "Laut GoDaddy bleiben solche Konten in der Regel dauerhaft deaktiviert.",
    // google.dmarc_policy_rejection
    "Gmail nennt die `From`-Domain, deren DMARC-Richtlinie die Nachricht abgelehnt hat. Ansprechpartner ist der Administrator dieser Domain.",
    // google.spf_hard_fail
    "Die Domain des Envelope-Absenders veröffentlicht einen SPF-Eintrag, der auf `-all` endet und die sendende IP-Adresse nicht enthält. Deshalb lehnt Gmail die Nachricht sofort ab.",
    // google.spf_or_dkim_required
    "Gmail verlangt von jedem Absender, nicht nur von Massenversendern, dass mindestens SPF oder DKIM besteht. Die Antwort nennt das Ergebnis jeder Prüfung.",
    // google.spf_suspicious_entries
    "Gmail beanstandet den SPF-Eintrag selbst. Der Administrator der Domain muss den Eintrag prüfen und bereinigen.",
    // google.spf_did_not_pass
    "Gmail meldet mit `7.27`, dass die Nachricht SPF nicht bestanden hat, und nicht im registrierten Sinn einer Absenderdomain mit Null-MX.",
    // google.dkim_did_not_pass
    "Gmail meldet mit `7.30`, dass die Nachricht DKIM nicht bestanden hat, und nicht im registrierten Sinn, dass Unterstützung für `REQUIRETLS` erforderlich ist.",
    // google.unauthenticated
    "Gmail sendet `7.26`, wenn weder SPF noch DKIM bestanden hat. Nennt der Text stattdessen eine DMARC-Richtlinie, gilt die DMARC-Regel.",
    // google.not_sent_over_tls
    "Gmail meldet mit `7.29`, dass die Nachricht nicht über eine verschlüsselte Verbindung ankam, und nicht im registrierten Sinn einer fehlgeschlagenen ARC-Validierung. Der sendende Server muss `STARTTLS` verwenden.",
    // google.tls_required_for_rcpt_domain
    "Der Google-Workspace-Administrator des Empfängers verlangt für die Domain eine verschlüsselte Zustellung, daher muss der sendende Server `STARTTLS` verwenden.",
    // google.ipv6_guidelines
    "Über IPv6 verlangt Gmail beides: einen passenden PTR-Eintrag für die sendende Adresse und eine bestandene SPF- oder DKIM-Prüfung.",
    // google.ptr_rate_limited
    "Gmail verwendet `4.7.23` für eine sendende IP-Adresse ohne PTR-Eintrag oder mit einem Namen, der nicht auf sie zurück auflöst, und nicht im registrierten Sinn eines SPF-Fehlschlags.",
    // google.same_message_id_quota
    "Gmail begrenzt, wie viele Kopien mit derselben `Message-ID` es annimmt. Jede gesendete Nachricht sollte eine eigene `Message-ID` erhalten.",
    // google.unsolicited_rate_limited
    "Gmail verwendet `4.7.28`, wenn Mail von Ihrer IP-Adresse, Ihrem IP-Bereich, Ihrer DKIM- oder SPF-Domain oder mit einer Ihrer Link-Domains in ungewöhnlichem Umfang unerwünscht wirkt, und stellt sie eine Weile zurück.",
    // google.ip_not_in_whitelist
    "Die Google-Workspace-Domain des Empfängers nimmt nur Mail von IP-Adressen an, die ihr Administrator zugelassen hat.",
    // google.not_authorized_to_send_directly
    "Gmail nimmt von dieser sendenden IP-Adresse keine direkt gesendete Mail an. Senden Sie stattdessen über das Relay Ihres Providers.",
    // google.receiving_too_quickly
    "Gmail verwendet `4.2.1` für einen Empfänger, der Mail schneller erhält, als Gmail annimmt, oder für einen Workspace-Kunden über seiner maximalen Relay-Rate, nicht für ein deaktiviertes Postfach.",
    // google.daily_relay_limit
    "Das Limit gilt pro Workspace-Benutzer oder -Kunde auf `smtp-relay.gmail.com`. Der Workspace-Administrator findet die Limits bei den Einstellungen für das SMTP-Relay.",
    // google.daily_quota_code
    "Gmail verwendet `5.4.5` für ein Konto oder Relay, das sein tägliches Sendelimit erreicht hat, nicht für ein überlastetes Mailsystem.",
    // google.inbox_out_of_storage
    "Der Gmail-Speicher wird mit Google Drive und Google Fotos geteilt, daher kann der Empfänger in jedem dieser Dienste Platz schaffen.",
    // google.custom_domain_policy
    "`gcdp` bedeutet, dass eine Regel, die ein Google-Workspace-Administrator angelegt hat, die Nachricht abgelehnt hat, nicht die eigenen Filter von Gmail. Nur dieser Administrator kann den Grund nennen oder die Regel ändern.",
    // google.web_login_required
    "Gmail verwendet `5.7.14`, wenn sich der Kontoinhaber erst über einen Webbrowser anmelden muss, bevor sich das Mailprogramm anmelden darf, nicht im registrierten Sinn einer fehlenden Vertrauensbeziehung.",
    // google.mail_relay_denied
    "Für `smtp-relay.gmail.com` muss der Workspace-Administrator die IP-Adresse des sendenden Geräts in den Einstellungen für das SMTP-Relay eintragen oder das Gerät sich mit `AUTH` anmelden lassen.",
    // google.invalid_credentials_for_relay
    "Die eingetragene IP-Adresse gehört nicht zu der Domain, von der die Nachricht stammt. Der sendende Server muss sich mit `AUTH` anmelden oder in `HELO` bzw. `EHLO` eine der Workspace-Domains nennen.",
    // google.mail_sending_denied
    "Das sendende Konto ist gesperrt oder gehört nicht zu den Benutzern der Google-Workspace-Domain, der die Relay-Einstellungen gehören.",
    // haraka.early_talker
    "Das Plugin early_talker von Haraka wartet vor seinen Antworten einen Moment und trennt Clients, die Daten senden, bevor es geantwortet hat. Ein standardkonformer Client wartet jede Antwort ab, bevor er den nächsten Befehl sendet.",
    // haraka.no_mx_for_from
    "Die Domain der `MAIL FROM`-Adresse hat keinen MX-Eintrag, der zu einer brauchbaren Adresse führt, daher könnten Antworten und Unzustellbarkeitsnachrichten sie nicht erreichen. Der Administrator des Absenders muss funktionierende MX-Einträge veröffentlichen.",
    // haraka.ssl_on_plain_socket
    "Der Client hat einen TLS-Handshake auf einem Port begonnen, der unverschlüsseltes SMTP erwartet. Verwenden Sie auf diesem Port `STARTTLS`, oder verbinden Sie sich mit dem Port für implizites TLS (meist `465`).",
    // haraka.spoofed_mail_from
    "Die `MAIL FROM`-Adresse verwendet eine Domain, für die dieser Haraka-Server Mail weiterleitet, aber der Client darf nicht über ihn versenden (etwa weil er sich nicht angemeldet hat). Absender dieser Domain müssen über ihren eigenen Server mit `AUTH` senden.",
    // haraka.split_transaction
    "Mail an die Domain dieses Empfängers läuft über einen anderen nächsten Hop als die an die bereits angenommenen Empfänger. Der Client sollte die Nachricht an diese zustellen und den neuen Empfänger in einer eigenen Transaktion übermitteln.",
    // haraka.credential_leak
    "Der Text der Nachricht enthält den Benutzernamen und das Passwort, mit denen sich der Absender angemeldet hat, daher hat Haraka den Versand abgelehnt. Entfernen Sie die Zugangsdaten vor dem Senden aus der Nachricht.",
    // mail_ru.spam_message_rejected
    "Die Antwort verlinkt auf die Anti-Spam-Hilfeseite von Mail.ru und nennt einen Fehlercode und eine ID. Geben Sie beide an, wenn Sie Mail.ru bitten, eine legitime Nachricht zu prüfen.",
    // mail_ru.dmarc_policy
    "Eine häufige Ursache ist eine Website oder ein Skript, das mit einer Mail.ru-Adresse in `From` über den eigenen Server sendet. Senden Sie stattdessen von einer Adresse Ihrer eigenen Domain.",
    // mail_ru.dynamic_ips
    "Mail.ru lehnt Mail ab, die direkt von Adressen gesendet wird, die es als dynamisch einstuft, etwa private Internetanschlüsse. Senden Sie über einen Mailserver mit fester Adresse und korrektem Reverse-DNS oder über Ihren Provider.",
    // mail_ru.sending_disabled
    "Mail.ru hat den Versand von diesem Konto gestoppt, meist weil es vermutet, dass das Passwort gestohlen und für Spam missbraucht wurde. Ändern Sie das Passwort oder stellen Sie es wieder her, und bestätigen Sie, dass das Postfach Ihnen gehört; danach können Sie wieder senden.",
    // mailgun.previously_bounced
    "Mailgun hat die Adresse gar nicht erst versucht, weil sie nach einem früheren dauerhaften Zustellfehler (Hardbounce) auf der Bounce-Unterdrückungsliste der sendenden Domain steht. Heben Sie die Unterdrückung nur auf, wenn feststeht, dass die Adresse wieder funktioniert.",
    // mailgun.unsubscribed
    "Der Empfänger hat sich abgemeldet, daher unterdrückt Mailgun die Adresse. Entfernen Sie die Adresse nur dann aus der Liste Suppressions, wenn der Empfänger wieder zustimmt.",
    // mailgun.marked_as_spam
    "Der Empfänger hat frühere Mail als Spam markiert, daher unterdrückt Mailgun die Adresse. Entfernen Sie die Adresse nur dann aus der Liste Suppressions, wenn der Empfänger wieder zustimmt.",
    // mailgun.sandbox_domain
    "Eine Sandbox-Domain von Mailgun sendet nur an Authorized Recipients, welche die Einladung angenommen haben. Fügen Sie Ihre eigene Domain hinzu oder tragen Sie die Adresse als Authorized Recipient ein.",
    // mailgun.free_account
    "Ein kostenloses Mailgun-Konto darf nur an Authorized Recipients senden. Stufen Sie das Konto hoch oder tragen Sie die Adresse als Authorized Recipient ein.",
    // mailgun.domain_unverified
    "Mailgun sendet für eine Domain erst, wenn ihre DNS-Einträge verifiziert sind. Veröffentlichen Sie die im Mailgun-Control-Panel angezeigten Einträge und lassen Sie die Domain erneut verifizieren.",
    // mailgun.domain_limit_exceeded
    "Die sendende Domain hat ein Limit von Mailgun für Anfragen, Bytes oder Empfänger überschritten. Die Antwort nennt den Zeitpunkt, ab dem sie wieder senden darf.",
    // microsoft.recipient_not_found_5_1_10
    "Exchange Online verwendet `5.1.10` für einen Empfänger, den seine Adresssuche nicht gefunden hat, und nicht wie das IANA-Register für einen Null-MX.",
    // microsoft.dbeb_recipient_rejected
    "Das ist Directory Based Edge Blocking: Exchange Online Protection lehnt Empfänger ab, die nicht im Verzeichnis der empfangenden Organisation stehen.",
    // microsoft.relay_access_denied_5_4_1
    "Als übliche Ursachen nennt Microsoft einen MX-Eintrag, der auf den falschen Server zeigt, eine Domain, die bei den akzeptierten Domains fehlt, oder DNS-Änderungen, die sich noch verbreiten.",
    // microsoft.submission_quota_5_2_2
    "Exchange Online verwendet `5.2.2` auch für einen Absender über seinem Limit für Nachrichten oder Empfänger, nicht für ein volles Postfach. Das kann ein Zeichen für ein kompromittiertes Konto sein.",
    // microsoft.recipient_thread_limit_4_3_2
    "Das Postfach des Empfängers erhält zu viele Nachrichten auf einmal, und Exchange drosselt es absichtlich. Spätere Wiederholungsversuche kommen durch.",
    // microsoft.queue_expired
    "Exchange Online versucht es 24 Stunden lang, bevor es diese Unzustellbarkeitsnachricht sendet. Die früheren Zurückstellungen zeigen die eigentliche Ursache.",
    // microsoft.ambiguous_recipient
    "Mehrere Verzeichnisobjekte haben dieselbe Adresse wie der Empfänger, oft nach einer Migration oder einer Hybrid-Synchronisierung. Der Administrator des Empfängers muss die doppelte Adresse entfernen.",
    // microsoft.sender_denied_5_1_0
    "Trotz des Wortlauts meint Exchange Online, dass der Empfänger nicht aufgelöst werden konnte, oft bei der Antwort auf eine als Datei gespeicherte Nachricht. Prüfen Sie die Empfängeradresse.",
    // microsoft.bad_outbound_sender_5_1_8
    "Microsoft 365 hat das sendende Konto wegen Spam gesperrt, meist weil es kompromittiert wurde. Der Administrator muss es absichern, bevor es wieder senden kann.",
    // microsoft.delivery_not_authorized
    "Meist ist es eine Gruppe, die nur Mail von Mitgliedern oder aufgeführten Absendern annimmt, oder eine Nachrichtenflussregel der Organisation des Empfängers.",
    // microsoft.blocklist_1
    "Das ist die eigene Sperrliste von Microsoft. Microsoft bittet gelistete Absender, das Delist-Portal zu nutzen oder die Unzustellbarkeitsnachricht an seine Adresse für Austragungen weiterzuleiten.",
    // microsoft.not_authenticated_by_organization_5_7_12
    "Exchange Online verwendet `5.7.12` für einen Empfänger, der Mail von außerhalb seiner Organisation ablehnt, und nicht wie das IANA-Register für einen Passwortwechsel.",
    // microsoft.public_folder_5_7_13
    "Exchange Online verwendet `5.7.13` für einen öffentlichen Ordner, der externe Absender ablehnt, und nicht wie das IANA-Register für ein deaktiviertes Konto.",
    // microsoft.mta_sts_certificate
    "Das Zertifikat des Ziels muss sich auf eine vertrauenswürdige Stammzertifizierungsstelle zurückführen lassen und den Host nennen, der in der MTA-STS-Richtlinie der Domain aufgeführt ist.",
    // microsoft.ipv6_spf_or_dkim
    "Microsoft 365 nimmt anonyme Mail über IPv6 nur an, wenn SPF oder DKIM besteht.",
    // microsoft.ipv6_reverse_dns
    "Microsoft 365 verlangt einen PTR-Eintrag für jede IPv6-Adresse, die ihm Mail sendet.",
    // microsoft.customer_block_list
    "Die empfangende Organisation hat die IP-Adresse selbst gesperrt, daher kann nur sie den Eintrag entfernen.",
    // microsoft.as345_nested_attachments
    "Microsoft führt diese Ablehnung auf verschachtelte Anhänge zurück, etwa eine angehängte Nachricht, die selbst Anhänge enthält.",
    // microsoft.x_dg_ref_header
    "Microsoft führt diese Ablehnung auf Nachrichten im Rich-Text-Format zurück. Wer als HTML oder Nur-Text sendet, vermeidet sie.",
    // mimecast.spf_sender_invalid
    "Mimecast lehnt die Nachricht ab, weil die verbindende IP-Adresse nicht im `SPF`-Eintrag der sendenden Domain steht. Der Administrator des Absenders muss alle sendenden Server in `SPF` aufnehmen; alternativ kann der Mimecast-Administrator des Empfängers die eingehende `SPF`-Einstellung seiner DNS-Authentication-Richtlinie lockern.",
    // mimecast.dkim_sender_invalid
    "Die ausgehende `DKIM`-Signatur von Mimecast passt nicht zum im DNS veröffentlichten Schlüssel. Prüfen Sie, ob der öffentliche Schlüssel im DNS und privater Schlüssel, Domain und Selektor in der DNS-Authentication-Richtlinie zusammengehören.",
    // mimecast.internal_resources_unavailable
    "Mimecast verwendet diese Antwort für Greylisting, das ein normaler Server durch erneutes Senden übersteht, aber auch für eine sendende IP-Adresse mit schlechter Reputation. Der Administrator des Empfängers kann den Absender mit einer Auto-Allow- oder Permitted-Senders-Richtlinie ausnehmen.",
    // mimecast.local_ct_ip_reputation
    "Die laufenden Reputationsprüfungen von Mimecast haben die sendende IP-Adresse abgelehnt, oft nach früheren vorübergehenden Ablehnungen. Der Administrator des Empfängers kann den Absender mit einer Auto-Allow- oder Permitted-Senders-Richtlinie durchlassen, und Mimecast bietet ein Formular an, um eine Prüfung des IP-Bereichs zu beantragen.",
    // mimecast.sender_address_blocked
    "Eine Blocked-Senders-Richtlinie im Mimecast-Konto des Empfängers hat beim Absender gegriffen. Nur der Administrator dieses Kontos kann den Eintrag entfernen.",
    // mimecast.account_service_unavailable
    "Das Mimecast-Konto hat zu viele eingehende Verbindungen gleichzeitig offen (standardmäßig 20). Versuchen Sie es später erneut und senden Sie keine ausgehende Mail oder Journal-Mail an Mimecast von einer IP-Adresse, die dafür nicht autorisiert ist.",
    // mimecast.maximum_email_size_exceeded
    "Die Nachricht ist größer als eine Email-Size-Limit-Richtlinie oder das eigene Limit von Mimecast erlaubt. Durch die Kodierung wird eine Nachricht deutlich größer als ihre Anhänge, planen Sie also großzügig Reserve ein.",
    // mimecast.mail_loop_detected
    "Mimecast lehnt eine Nachricht ab, sobald sie mehr als 25 Stationen (Hops) durchlaufen hat. Suchen Sie nach Weiterleitungsregeln zwischen den beteiligten Adressen.",
    // mimecast.open_relay_not_allowed
    "Weder die Domain des Absenders noch die des Empfängers gehört zu einem Mimecast-Konto, oder die verbindende IP-Adresse ist keine autorisierte ausgehende Adresse. Ein Mimecast-Kunde muss den Mimecast-Support bitten, die autorisierte ausgehende Adresse hinzuzufügen.",
    // mimecast.account_inbounds_disabled
    "Eingehende Mail ist für das gesamte Mimecast-Konto der Empfängerorganisation abgeschaltet. Ihr Administrator muss den Mimecast-Support bitten, eingehenden Datenverkehr wieder zuzulassen.",
    // mimecast.account_outbounds_disabled
    "Ausgehende Mail ist für das Mimecast-Konto der sendenden Organisation abgeschaltet. Ihr Administrator muss den Mimecast-Support bitten, ausgehenden Datenverkehr wieder zuzulassen.",
    // mimecast.anti_spoofing_inbound_not_allowed
    "Eine Anti-Spoofing-Richtlinie hat eine Nachricht von außen angehalten, die sich als Adresse der eigenen Domain des Empfängers ausgibt. Ein legitimer Versanddienst braucht eine Anti-Spoofing-Richtlinie, die für seine Adresse oder IP-Adresse keine Aktion ausführt.",
    // mimecast.header_based_anti_spoofing
    "Eine Anti-Spoofing-Richtlinie hat eine Nachricht von außen angehalten, die sich als Adresse der eigenen Domain des Empfängers ausgibt. Ein legitimer Versanddienst braucht eine Anti-Spoofing-Richtlinie, die für seine Adresse oder IP-Adresse keine Aktion ausführt.",
    // mimecast.content_examination_policy
    "Eine Content-Examination-Richtlinie im Konto des Empfängers hat bei der Nachricht gegriffen. Dessen Administrator kann die Richtlinie anpassen oder eine Content-Examination-Bypass-Richtlinie hinzufügen.",
    // mimecast.host_network_not_allowed
    "Eine Geographical-Restriction-Richtlinie lehnt Mail aus dem Netz oder Land des sendenden Servers ab. Nur der Administrator des Empfängers kann sie ändern.",
    // mimecast.administrative_prohibition_envelope_blocked
    "Mimecast sendet dies, wenn die Adresse oder Domain des Absenders auf eine Blocked-Senders-Richtlinie passt oder `SPF` endgültig fehlschlägt. Der Administrator des Empfängers kann die Richtlinie so ändern, dass sie den Absender ausnimmt.",
    // mimecast.envelope_blocked_user_entry
    "Der Empfänger hat die Adresse des Absenders in seiner persönlichen Liste Managed Senders gesperrt. Der Empfänger oder sein Administrator muss den Eintrag entfernen.",
    // mimecast.envelope_blocked_user_domain_entry
    "Der Empfänger hat die Domain des Absenders in seiner persönlichen Liste Managed Senders gesperrt. Der Empfänger oder sein Administrator muss den Eintrag entfernen.",
    // mimecast.manually_blocked_senders
    "Der Absender steht auf einer persönlichen Sperrliste des Empfängers. Der Empfänger oder sein Administrator muss den Eintrag aus Managed Senders entfernen.",
    // mimecast.blocked_senders_header_from
    "Eine Blocked-Senders-Richtlinie hat bei der Adresse im `From`-Header gegriffen. Nur der Administrator des Empfängers kann die Richtlinie ändern oder löschen.",
    // mimecast.blocked_senders_envelope_from
    "Eine Blocked-Senders-Richtlinie hat beim Envelope-Absender (`MAIL FROM`) gegriffen. Nur der Administrator des Empfängers kann die Richtlinie ändern oder löschen.",
    // mimecast.incorrect_authentication_data
    "Zum Einliefern bei Mimecast über Port `587` braucht es die Adresse eines internen Benutzers und dessen Mimecast-Cloud-Passwort.",
    // mimecast.route_requires_tls
    "Eine Secure-Receipt- oder Secure-Delivery-Richtlinie verlangt `TLS`. Aktivieren Sie `STARTTLS` und gültige Zertifikate auf dem sendenden Server und stellen Sie sicher, dass keine Firewall und kein Proxy in die Verschlüsselung eingreift.",
    // mimecast.route_requires_tls12
    "Der sendende Server hat eine `TLS`-Version älter als 1.2 angeboten, die eine Secure-Receipt- oder Secure-Delivery-Richtlinie ablehnt.",
    // mimecast.route_requires_high_strength_ciphers
    "Die vom sendenden Server angebotenen Verschlüsselungsverfahren sind schwächer, als eine Secure-Receipt- oder Secure-Delivery-Richtlinie erlaubt.",
    // mimecast.unable_to_process_connection
    "Der Mimecast-Server ist an seiner Lastgrenze. Der sendende Server muss es nur erneut versuchen.",
    // mimecast.message_ended_early
    "Die Nachricht wurde nicht ordnungsgemäß beendet, oft weil eine Firewall-Funktion wie SMTP Fixup oder MailGuard von Cisco die Sitzung verändert hat. Schalten Sie eine solche SMTP-Inspektion auf der sendenden Seite ab.",
    // mimecast.too_many_recipients
    "Mimecast nimmt höchstens 100 Empfänger pro Nachricht an und verlangt die übrigen in einer weiteren Transaktion. Firewall-Funktionen zur SMTP-Inspektion, die diese Antwort nicht weitergeben, müssen abgeschaltet werden.",
    // mimecast.outbound_thread_limit
    "Das Konto hat zu viele ausgehende Verbindungen gleichzeitig. Senden Sie in kleineren Gruppen.",
    // mimecast.rejected_due_to_security_policies
    "Mimecast hat eine Virensignatur oder einen Spamwert über seinem Limit gefunden. Spamprüfungen lassen sich mit einer Permitted-Senders- oder Auto-Allow-Richtlinie des Empfängers umgehen, Virenprüfungen nicht. Mimecast bietet außerdem ein Formular für Absender-Feedback (Sender Feedback) an.",
    // naver.no_such_user
    "Die Antwort verlinkt auf die Hilfeseite von Naver zu zurückgekommener Mail. Den Teil der Adresse vor `@naver.com` gibt es nicht.",
    // opensmtpd.no_mx_found
    "OpenSMTPD hat für die Domain des Empfängers keinen brauchbaren MX- oder Adresseintrag gefunden. Es wertet das als vorübergehend und versucht es weiter, bis die Nachricht abläuft. Prüfen Sie die Domain daher auf Tippfehler, bevor Sie abwarten.",
    // opensmtpd.domain_does_not_accept_mail
    "Die Domain des Empfängers veröffentlicht einen Null-MX, also einen Eintrag, der besagt, dass sie überhaupt keine Mail empfängt.",
    // opensmtpd.list_expansion_problem
    "OpenSMTPD verwendet diesen Text mit `X.2.4` für jeden Fehler beim Auflösen des Empfängers über Aliase oder eine `~/.forward`-Datei, nicht nur für Mailinglisten. Der Administrator des Servers sollte diese Dateien und das Serverlog prüfen.",
    // orange.abusix_listed
    "Code 100 bedeutet, dass die sendende Adresse bei Abusix gelistet ist. Prüfen Sie die Adresse auf lookup.abusix.com.",
    // orange.spamhaus_listed
    "Code 101 bedeutet, dass die sendende Adresse bei Spamhaus gelistet ist. Prüfen Sie die Adresse auf check.spamhaus.org.",
    // orange.cloudmark_listed
    "Code 102 bedeutet, dass die sendende Adresse bei Cloudmark gelistet ist. Beantragen Sie ein Zurücksetzen auf csi.cloudmark.com.",
    // orange.orange_blocklist
    "Code 103 bedeutet, dass Orange selbst die sendende Adresse gesperrt hat. Nutzen Sie das Kontaktformular von Orange und wählen Sie die Option für Zustellbarkeitsprobleme.",
    // orange.too_many_connections
    "Orange empfiehlt höchstens 2 gleichzeitige Verbindungen pro sendender Adresse.",
    // orange.missing_ptr
    "Orange verlangt für die sendende Adresse einen PTR-Eintrag, dessen Hostname wieder auf genau diese Adresse auflöst.",
    // orange.too_many_messages_per_connection
    "Orange empfiehlt höchstens 100 Nachrichten pro Verbindung.",
    // orange.invalid_helo
    "Orange verlangt in `HELO`/`EHLO` einen vollständigen Hostnamen (FQDN), der im DNS auflöst.",
    // orange.sender_domain_dns
    "Orange konnte keine gültigen A- oder MX-Einträge für die Domain in `MAIL FROM` finden. Warten Sie nach einer DNS-Änderung, bis zwischengespeicherte Einträge abgelaufen sind.",
    // orange.sender_domain_listed
    "Code 425 bedeutet, dass der Domainname des Absenders, nicht die Adresse, bei Abusix oder Spamhaus gelistet ist.",
    // orange.suspected_spam
    "Bei einem Fehlalarm bittet Orange Absender, das Kontaktformular zu nutzen und die Option für Zustellbarkeitsprobleme zu wählen.",
    // orange.ofr_999
    "Orange drosselt einen Absender nach unangemessenem Verhalten mit Code 999. Prüfen Sie, was gesendet wird, bevor Sie mit geringerer Rate weitermachen.",
    // outlook_com.required_authentication_level
    "Microsoft wendet dies auf Domains an, die 5.000 oder mehr Nachrichten an seine Dienste für Privatkunden senden, und erwartet SPF, DKIM und ein bestandenes, übereinstimmendes DMARC.",
    // outlook_com.block_list_s3140
    "Die Entfernung von dieser Sperrliste von Outlook.com beantragen Sie über das Support-Formular von Microsoft für Absender an Privatkunden-Postfächer, nicht über das Delist-Portal von Microsoft 365.",
    // outlook_com.block_list_s3150
    "Die Entfernung von dieser Sperrliste von Outlook.com beantragen Sie über das Support-Formular von Microsoft für Absender an Privatkunden-Postfächer, nicht über das Delist-Portal von Microsoft 365.",
    // outlook_com.ip_reputation_rate_limited
    "Outlook.com stellt Mail von dieser IP-Adresse wegen ihrer Reputation zurück und verweist den Absender auf `postmaster.live.com`.",
    // outlook_com.mailbox_unavailable_5_5_0
    "Microsoft sendet `5.5.0` mit diesem Wortlaut, wenn eine Adresse mit `@hotmail.com` oder `@outlook.com` nicht gefunden wurde. Es bedeutet dasselbe wie `5.1.10`.",
    // outlook_com.dmarc_reject_5_7_509
    "Outlook.com lehnt Mail ab, deren `From`-Domain DMARC nicht besteht und `p=reject` veröffentlicht.",
    // ovh.auth_failed_or_spam_block
    "Bei OVHcloud kann das auch bedeuten, dass der Versand für das Konto nach Spamverdacht gesperrt ist. Prüfen Sie den Status des Kontos im OVHcloud Control Panel; dort heben eine Passwortänderung oder ein Support-Ticket die Sperre auf.",
    // ovh.bad_sequence_means_no_auth
    "Laut OVHcloud bedeutet diese Antwort seiner Server meist, dass sich das Mailprogramm nicht am SMTP-Server authentifiziert hat.",
    // ovh.unrecognised_address_arguments
    "Der Postausgangsserver von OVHcloud konnte die angegebene From- oder To-Adresse nicht verwenden. OVHcloud verweist außerdem auf seine Sendelimits von 200 Nachrichten pro Stunde und Konto und 300 pro Stunde und IP-Adresse.",
    // ovh.missing_spf_dkim
    "OVHcloud rät, für die sendende Domain einen SPF-Eintrag zu veröffentlichen und, sofern das E-Mail-Angebot es bietet, DKIM zu aktivieren.",
    // ovh.queue_too_long
    "OVH hält eine Nachricht 24 Stunden lang in seiner ausgehenden Warteschlange. Ist der Server des Empfängers in dieser Zeit nicht erreichbar, kommt die Nachricht mit diesem Text zurück.",
    // postfix.helo_host_not_found
    "Postfix sendet dies bei `reject_unknown_helo_hostname`: Der Name, den der Client in `HELO` oder `EHLO` angegeben hat, hat keinen Adress- oder MX-Eintrag. Der Administrator des sendenden Servers sollte ihn so einstellen, dass er einen Namen ankündigt, der sich im DNS auflösen lässt.",
    // postfix.helo_not_fqdn
    "Postfix sendet dies bei `reject_non_fqdn_helo_hostname`: Der Client hat in `HELO` oder `EHLO` einen bloßen Namen ohne Domain angekündigt. Der sendende Server muss so eingestellt werden, dass er seinen vollständigen Hostnamen ankündigt.",
    // postfix.multi_recipient_bounce
    "Ist `reject_multi_recipient_bounce` gesetzt, lehnt Postfix eine Nachricht mit leerem Absender (eine Unzustellbarkeitsnachricht) ab, wenn sie mehr als einen Empfänger hat, denn echte Unzustellbarkeitsnachrichten gehen immer nur an eine Adresse.",
    // postfix.insufficient_system_storage
    "Postfix antwortet mit `452 4.3.1`, wenn das Dateisystem der Warteschlange weniger freien Platz hat, als `queue_minfree` vorgibt, oder zu wenig Platz für eine Nachricht der größten erlaubten Größe. Der sendende Server versucht es später erneut.",
    // postfix.undeliverable_address
    "Postfix hat den Empfänger mit `reject_unverified_recipient` geprüft, indem es eine Testanfrage an den nächsten Server gestellt hat, und diese ist fehlgeschlagen. Die Antwort jenes Servers steht nach den Worten `undeliverable address`.",
    // postfix.dns_try_again
    "Ein vorübergehender DNS-Fehler: Die Nameserver der Domain haben nicht rechtzeitig geantwortet oder einen Serverfehler zurückgegeben. Postfix behält die Nachricht und versucht es erneut; hält der Fehler an, prüfen Sie die DNS-Server der Domain.",
    // postfix.mailbox_file_too_large
    "Die lokale Postfachdatei hat die Grenze `mailbox_size_limit` von Postfix erreicht (standardmäßig etwa 50 MB). Leeren oder archivieren Sie das Postfach, oder erhöhen Sie die Grenze in `main.cf`.",
    // postfix.non_smtp_command
    "Postfix (`smtpd` oder `postscreen`) beendet die Verbindung, wenn der Client etwas sendet, das kein SMTP-Befehl ist, etwa eine Headerzeile der Nachricht. Meist hat der Client dann begonnen, die Nachricht ohne `DATA` zu senden.",
    // proofpoint.pdr_blocked_ipcheck
    "Proofpoint Dynamic Reputation hat die sendende IP-Adresse gesperrt, weil von ihr Spam kam. Eine Sperre endet einige Zeit, nachdem der Spam aufhört. Um eine frühere Prüfung zu beantragen, nutzen Sie das in der Antwort verlinkte Formular und geben Sie an, wer der Empfänger war und welche Art von Mail gesperrt wurde.",
    // proofpoint.pdr_blocked_dnsbl_lookup
    "Das ist die ältere Form der Sperre durch Proofpoint Dynamic Reputation. Auch die iCloud-Mailserver von Apple senden sie.",
    // proofpoint.blocked_using_pdr
    "Proofpoint Dynamic Reputation bremst oder sperrt IP-Adressen, die Spam senden. Eine Verzögerung löst sich innerhalb von Minuten von selbst; eine Sperre bleibt, bis der Spam aufhört oder einem Antrag auf Prüfung stattgegeben wird.",
    // proofpoint.essentials_marked_invalid
    "Proofpoint Essentials führt den Empfänger auf der Liste ungültiger Adressen seiner Funktion SMTP Discovery. Existiert das Postfach, muss der Administrator des Empfängers die Adresse von dieser Liste entfernen.",
    // qmail.chkuser_security_policies
    "Der chkuser-Patch sendet dies, sobald in einer Sitzung mehr unbekannte oder fehlerhafte Empfänger angegeben wurden, als sein Limit erlaubt, und lehnt danach jeden weiteren Empfänger ab, unter Umständen sogar mit einem Code wie `#5.1.1`. Entfernen Sie ungültige Adressen aus der Liste und senden Sie in einer neuen Sitzung.",
    // qmail.best_preference_mx
    "Dieser qmail-Server ist der MX mit der höchsten Priorität für die Domain, führt die Domain aber nicht in `control/locals`. Würde er die Nachricht weitergeben, käme sie bei ihm selbst wieder an. Sein Administrator muss die Domain als lokal einrichten oder die MX-Einträge korrigieren.",
    // qmail.dns_temporary
    "Das ist der Text von qmail-remote für einen vorübergehenden DNS-Fehler (`#4.1.2`), anders als „couldn't find any host named“, das einen dauerhaften Fehler meldet. Die Nachricht bleibt in der Warteschlange und wird erneut versucht.",
    // qmail.from_and_auth_not_same
    "Das gepatchte qmail-smtpd verlangt, dass die `MAIL FROM`-Adresse die Adresse des Kontos ist, das sich mit `AUTH` angemeldet hat. Stellen Sie im Mailprogramm die Anmeldeadresse als Absenderadresse ein.",
    // qq.ip_frequency_limited
    "QQ Mail begrenzt, wie viel Mail eine sendende IP-Adresse pro Minute, Stunde und Tag zustellen darf, und sperrt die Adresse für Minuten, Stunden oder den Rest des Tages, wenn ein Limit überschritten ist. Die Limits sind nicht veröffentlicht; legen Sie also eine Pause ein und senden Sie danach langsamer.",
    // qq.sender_frequency_limited
    "Das Limit gilt hier für die einzelne Absenderadresse. QQ Mail veröffentlicht die Zahlen nicht, und die Wartezeit hängt davon ab, ob das Minuten-, Stunden- oder Tageslimit überschritten wurde.",
    // qq.recipient_flooded
    "Trotz des Wortlauts existiert die Adresse: Der Empfänger hat in kurzer Zeit sehr viel Mail erhalten, und QQ Mail lehnt zum Schutz des Postfachs eine Weile weitere ab. Versuchen Sie es später noch einmal.",
    // qq.mail_content_denied
    "QQ Mail lehnt Inhalte ab, die nach Massenmail aussehen, die viele seiner Nutzer als Spam gemeldet haben.",
    // qq.suspected_spam_sender
    "QQ Mail hat viel Spam von der Domain des Absenders oder vom Betreiber des sendenden Servers gesehen und lehnt dessen Mail ab.",
    // qq.rejected_by_recipients
    "Der Empfänger hat den Absender auf eine persönliche Sperrliste gesetzt oder einen Filter angelegt, der diese Mail ablehnt. Nur der Empfänger kann das ändern.",
    // rackspace.throttled_too_much_spam
    "Rackspace hat zu viel Spam vom sendenden Server erhalten und stellt dessen Mail zurück. Senden Sie später erneut und bitten Sie den Empfänger, Ihre Domain auf seine Liste sicherer Absender zu setzen.",
    // rackspace.g2_concurrent_connections
    "Rackspace begrenzt, wie viele Verbindungen eine sendende IP-Adresse gleichzeitig offen halten darf. Verringern Sie die Zahl paralleler Verbindungen.",
    // rackspace.g1f_no_ptr
    "Rackspace verlangt für jede sendende IP-Adresse einen PTR-Eintrag.",
    // rackspace.g6_recipient_check_unavailable
    "Rackspace konnte die Empfängeradresse im Moment nicht prüfen. Ein erneuter Versuch einige Minuten später klappt meist.",
    // rackspace.g30_mailbox_rate
    "Rackspace begrenzt, wie viel Mail ein Postfach in kurzer Zeit erhalten darf. Das schützt den Empfänger, etwa vor einer Listbombe, und ein späterer Versuch klappt meist.",
    // rackspace.g16_routing_loop
    "Löst sich die Schleife nach einigen Minuten nicht auf, bittet Rackspace um eine Nachricht an `postmaster@emailsrvr.com`.",
    // rackspace.g1e_dmarc_lookup
    "Rackspace konnte die DMARC-Richtlinie der Absenderdomain im Moment nicht abfragen. Ein erneuter Versuch einige Minuten später klappt meist.",
    // rackspace.g28_untrusted_ip
    "Rackspace nimmt von einer neuen oder nicht vertrauenswürdigen sendenden IP-Adresse nur kleine Mengen an, bis sie ein gutes Sendeverhalten aufgebaut hat. Wärmen Sie die Adresse schrittweise auf und senden Sie langsamer.",
    // sendgrid.sender_identity
    "SendGrid sendet nur Mail, deren From-Adresse zu einer verifizierten Sender Identity passt: einer einzeln verifizierten Absenderadresse oder einer authentifizierten Domain im SendGrid-Konto.",
    // sendgrid.credits_exceeded
    "SendGrid rechnet jede Nachricht auf die E-Mail-Credits des Kontos an und lehnt weitere ab, sobald sie aufgebraucht sind. Laut der Dokumentation von SendGrid wenden Sie sich an dessen Support, um das Limit aufheben zu lassen.",
    // sendgrid.recipients_this_hour
    "SendGrid stellt solche Nachrichten zurück und versucht sie bis zu 72 Stunden lang erneut.",
    // sendgrid.unauthenticated_senders
    "Der Client hat eine Nachricht an `smtp.sendgrid.net` übergeben, ohne sich vorher anzumelden. Stellen Sie ihn so ein, dass er sich bei jeder Verbindung authentifiziert, mit einem API-Schlüssel von SendGrid als Passwort.",
    // sendgrid.bad_username_password
    "SendGrid erkennt den Benutzernamen oder den API-Schlüssel nicht. Ein Zurücksetzen des Passworts im SendGrid-Konto legt auch Integrationen lahm, die noch das alte verwenden.",
    // sendgrid.drop_bounced_address
    "SendGrid hat die Nachricht ohne Zustellversuch verworfen, weil die Adresse nach einem früheren Zustellfehler auf der Bounce-Liste des Kontos steht. Löschen Sie den Eintrag nur, wenn feststeht, dass die Adresse wieder funktioniert.",
    // sendgrid.drop_unsubscribed
    "SendGrid hat die Nachricht verworfen, weil der Empfänger auf der Abmeldeliste des Kontos steht.",
    // sendgrid.drop_spam_report
    "SendGrid hat die Nachricht verworfen, weil der Empfänger früher Mail von diesem Konto als Spam gemeldet hat.",
    // sendgrid.drop_spam_content
    "Die kontoeigene Einstellung Spam Checker in SendGrid hat die Nachricht als Spam eingestuft und verworfen.",
    // sendgrid.drop_invalid_smtpapi
    "SendGrid hat die Nachricht verworfen, weil ihr `X-SMTPAPI`-Header kein gültiges JSON enthält oder falsch aufgebaut ist.",
    // sendmail.host_name_lookup_failure
    "So meldet Sendmail einen vorübergehenden DNS-Fehler (`TRY_AGAIN`): Die Nameserver haben vorerst keine Antwort geliefert, daher bleibt die Nachricht in der Warteschlange und wird erneut versucht.",
    // sendmail.address_requires_smtputf8
    "Die Adresse enthält Nicht-ASCII-Zeichen, aber der Client hat bei `MAIL FROM` den Parameter `SMTPUTF8` nicht angegeben.",
    // sendmail.mx_list_points_back
    "Dieser Server ist als MX-Host der Domain eingetragen, behandelt die Domain aber nicht als lokal und würde die Nachricht daher an sich selbst zurücksenden. Der Administrator muss die Domain zu den lokalen Namen des Servers hinzufügen oder die MX-Einträge korrigieren.",
    // stalwart.invalid_ehlo_domain
    "Stalwart lehnt `EHLO`-Namen ab, die kein vollständiger Hostname (FQDN) sind, wenn seine Option zum Ablehnen solcher Namen aktiviert ist. Der sendende Server muss seinen vollständigen Hostnamen ankündigen.",
    // stalwart.extension_disabled
    "Der Client hat bei `MAIL FROM` oder `RCPT TO` einen Parameter einer Erweiterung verwendet (etwa `DSN` oder `FUTURERELEASE`), die auf diesem Server abgeschaltet ist. Senden Sie ohne diesen Parameter.",
    // stalwart.dane_failed
    "Die Domain des Empfängers veröffentlicht DANE-Einträge (`TLSA`), und das Zertifikat ihres Servers passte nicht dazu, daher hat Stalwart nicht zugestellt. Der Administrator des Empfängers muss die `TLSA`-Einträge oder das Zertifikat aktualisieren.",
    // stalwart.mta_sts_failed
    "Die Domain des Empfängers hat eine MTA-STS-Richtlinie, und ihr Server hat sie nicht erfüllt (kein gültiges Zertifikat oder ein Host, der nicht in der Richtlinie steht). Der Administrator des Empfängers muss die Richtlinie oder den Server korrigieren.",
    // stalwart.concurrency_limited
    "Stalwart hat sein eigenes Limit für ausgehende Verbindungen zu diesem Ziel erreicht. Die Nachricht bleibt in der Warteschlange und wird erneut versucht.",
    // yahoo.tss04
    "Yahoo verwendet `[TSS04]` für Mail, die wegen des Volumens, wegen Beschwerden, spamartiger Inhalte oder einer schlechten IP-Reputation zurückgestellt wurde. Hält das an, bittet Yahoo um einen Sender Support Request mit der vollständigen Fehlermeldung.",
    // yahoo.ts01
    "Yahoo empfiehlt, es etwa vier Stunden später erneut zu versuchen und Inhalt und Versandpraxis der Mail zu überprüfen, wenn der Fehler 48 Stunden anhält.",
    // yahoo.ts03
    "Obwohl der Code vorübergehend ist, rät Yahoo, erst erneut zu senden, wenn die Listen und die Praxis bei Abonnements geprüft wurden, weil es Massenmail sieht, die unerwünscht wirkt.",
    // yahoo.permanently_deferred
    "Laut Yahoo führen erneute Versuche nicht zum Erfolg; zuerst muss sich die Versandpraxis ändern.",
    // yahoo.bl21
    "Yahoo lehnt Verbindungen von Adressen ab, die bei Spamhaus gelistet sind. Prüfen Sie die Adresse auf spamhaus.org.",
    // yahoo.bl23
    "`[BL23]` nennt die Spamhaus XBL, die infizierte Rechner und offene Proxys aufführt.",
    // yahoo.ph01
    "Die Inhaltssperren von Yahoo (`PH`-Codes) betreffen Viren, Phishing, Ransomware und andere Schadsoftware sowie Links zu all diesen.",
    // yahoo.policy_reasons_579
    "Yahoo sendet dies, wenn die Nachricht seine DKIM-, SPF- oder DMARC-Prüfungen nicht besteht, oft weil die `From`-Domain eine DMARC-Richtlinie veröffentlicht, welche die Nachricht nicht erfüllt.",
    // yahoo.unauthenticated_sender
    "Yahoo verlangt von jedem Absender, dass SPF oder DKIM besteht. Massenversender brauchen beides sowie eine DMARC-Richtlinie.",
    // yahoo.unresolvable_from_domain
    "Yahoo prüft die Domain von `MAIL FROM` und die des `From`-Headers mit einer SOA-Abfrage. Eine dort verwendete Subdomain braucht daher einen eigenen SOA-Eintrag und außerdem A- oder MX-Einträge.",
    // yahoo.not_rfc_compliant
    "Yahoo nennt doppelte oder falsch formatierte Headerfelder und falsche MIME-Typen als mögliche Ursachen.",
    // yahoo.resources_unavailable
    "Laut Yahoo waren seine Server ausgelastet. Das legt sich normalerweise nach kurzer Zeit, ohne dass etwas geändert werden muss.",
    // yahoo.vs1_unknown_recipients
    "Yahoo sendet `VS1-IP` und `VS1-MF`, wenn ein Server an viele ungültige Empfänger sendet, was es als Anzeichen für ein offenes Relay wertet. Entfernen Sie Adressen, die zu Unzustellbarkeitsnachrichten führen.",
    // yahoo.aol_rly_b1
    "AOL verhängt diese automatische Sperre, wenn die Beschwerden von Mitgliedern seinen Schwellenwert überschreiten, und hebt sie innerhalb von 24 Stunden auf, sobald die Beschwerden zurückgehen. AOL empfiehlt einen Feedback-Loop für Beschwerden.",
    // yahoo.aol_rtr_du
    "AOL nutzt Listen von Spamhaus mit dynamischen und privaten Adressen und nimmt von ihnen keine direkt gesendete Mail an.",
    // yahoo.aol_rtr_bb
    "AOL lehnt Adressen ab, die es als dynamisch oder privat führt. Die Sperre lässt sich auf Antrag aufheben, sobald der Server einen vollständigen Hostnamen (FQDN) hat.",
    // yahoo.aol_rtr_rd
    "AOL lehnt Mail ab, wenn der Reverse-DNS-Name der sendenden Adresse wie der einer dynamischen Adresse aussieht.",
    // yahoo.aol_rtr_bl
    "AOL beschreibt dies als dauerhafte Sperre der IP-Adresse wegen schlechter Reputation und bittet Absender, seinem Feedback-Loop für Beschwerden beizutreten, bevor sie eine Support-Anfrage stellen.",
    // yahoo.aol_rly_sn
    "AOL lehnt Mail ab, die eine reservierte AOL-Adresse als `From` oder `Reply-To` verwendet oder sich als Partner von AOL ausgibt, aber von einer nicht autorisierten IP-Adresse kommt.",
    // yandex.suspicion_of_spam
    "Der Filter von Yandex hat den Inhalt als Spam eingestuft. Sendet ein Postfach ausschließlich Spam, nimmt Yandex 24 Stunden lang keine Mail mehr von ihm an. Wer legitime Massenmails versendet, sollte die Anforderungen von Yandex an seriöse Mailinglisten befolgen.",
    // yandex.blocked_by_spam_statistics
    "Yandex sperrt Mail von einer Quelle, die nur Spam gesendet hat, für 24 Stunden. Die Sperre endet von selbst, wenn der Spam aufhört.",
    // yandex.client_host_blocked
    "Bei Yandex gehört diese Zeile zu derselben 24-stündigen Sperre für Quellen, die nur Spam senden, und bedeutet nicht unbedingt einen Eintrag auf einer öffentlichen Blockliste.",
    // yandex.policy_rejection_target
    "Yandex hat das Konto des Empfängers wegen Verstoßes gegen seine Nutzungsvereinbarung gesperrt. Der Inhaber kann es freischalten lassen, indem er korrekte persönliche Angaben einträgt oder sich an den Support von Yandex wendet.",
    // yandex.mailbox_size_exceeded
    "Das bedeutet meist, dass der Empfänger das Postfach selten nutzt. Er muss sich im Web bei Yandex Mail anmelden, bevor das Postfach wieder Mail annimmt.",
    // yandex.no_such_user
    "Yandex meldet einen unbekannten Empfänger mit `5.7.1`, dem Code, der sonst meist für Ablehnungen aufgrund von Richtlinien steht; daher entscheidet der Text.",
    // yandex.recipient_rate_limit
    "Der Empfänger erhält Mail in hohem Tempo, daher stellt Yandex weitere vorerst zurück. Ein späterer Versuch gelingt meist. Der Code `4.2.1` bedeutet hier nicht, dass das Postfach deaktiviert ist.",
    // zoho.unusual_sending_activity
    "Zoho hat das Konto nach ungewöhnlichen Aktivitäten gesperrt; der Code `5.4.6` bedeutet hier keine Mailschleife. Eine vorübergehende Sperre endet nach einer Weile, oder früher über die Seite UnblockMe von Zoho oder die Admin Console.",
    // zoho.rejected_by_destination_domain
    "Ein Filter, den die empfangende Organisation bei Zoho eingerichtet hat, hat die Nachricht abgelehnt. Nur der Administrator dieser Organisation kann das ändern.",
    // zoho.restricted_by_policy
    "Ein Filter, den die empfangende Organisation bei Zoho eingerichtet hat, hat die Nachricht abgelehnt. Nur der Administrator dieser Organisation kann das ändern.",
    // zoho.temporary_system_error
    "Die empfangende Domain bei Zoho nimmt im Moment keine Mail an. Ein späterer Versuch gelingt meist. Der Code `4.3.1` bedeutet nicht, dass das Postfach voll ist.",
    // zoho.dmarc_rejected
    "Bei einem Absender mit `zoho.com` bedeutet das meist, dass die Adresse von einem anderen Dienst oder einer App aus verwendet wurde, ohne über die SMTP-Server von Zoho zu gehen.",
    // zoho.relaying_disallowed_as
    "ZeptoMail lehnt eine `From`-Adresse ab, deren Domain nicht zu denen gehört, für die das Konto senden darf.",
    // zoho.subject_mandatory
    "ZeptoMail lehnt Nachrichten ohne Betreff ab. Der Code `5.2.1`, den es hier sendet, bedeutet kein deaktiviertes Postfach.",
];

/// Per look-alike pair (rows as in `super::PAIRS`): question, contrast, a_situation, a_next, b_situation, b_next.
pub(super) static PAIRS: [[&str; 6]; PAIR_COUNT] = [
    // 421 vs 503
    [
        "Hat der Server die Verbindung geschlossen?",
        "Bei `421` ja: Der Server beendet die Sitzung und verarbeitet darin nichts mehr. Bei `503` nein: Die Sitzung bleibt offen, abgelehnt wurde nur der Befehl, der in der falschen Reihenfolge kam.",
        "Der Server muss die Sitzung abbrechen, etwa weil er überlastet ist oder herunterfährt. Er kann `421` statt der Begrüßung oder als Antwort auf einen beliebigen Befehl senden.",
        "Verbinden Sie sich später erneut; an der Nachricht liegt es nicht. Ein sendender Server behält sie in der Warteschlange und versucht es selbstständig erneut.",
        "Der Client hat einen gültigen Befehl an der falschen Stelle der Sitzung gesendet, etwa `RCPT TO` vor `MAIL FROM` oder `DATA` ohne angenommenen Empfänger.",
        "Korrigieren Sie die Befehlsreihenfolge im Client, denn dieselbe Abfolge scheitert wieder. Sehen Sie sich auch die Antwort vor dem `503` an: Oft ist eine frühere Ablehnung die Ursache.",
    ],
    // 450 vs 550
    [
        "Kann derselbe Versuch später ohne jede Änderung gelingen?",
        "Bei `450` ja: Das Postfach ist nur im Moment nicht verfügbar, ein erneuter Versuch mit derselben Nachricht kann also durchgehen. Bei `550` nein: Die Ablehnung ist dauerhaft, und zuerst muss sich etwas ändern.",
        "Das Postfach ist belegt oder gesperrt, oder eine Richtlinie wie Greylisting fordert den Absender auf, es später noch einmal zu versuchen. Meist ist er die Antwort auf `RCPT TO` oder auf das Ende der Nachrichtendaten.",
        "Meist nichts: Der sendende Server stellt die Nachricht in die Warteschlange und versucht es erneut. Dauern die Verzögerungen Tage, liest der Admin des Absenders den Antworttext und wendet sich an den Postmaster des Empfängers.",
        "Das Postfach existiert nicht, der Absender hat keinen Zugriff darauf, oder eine lokale Richtlinie lehnt die Mail ab, etwa wegen Relaying oder einer fehlgeschlagenen Absenderprüfung. Welcher Fall vorliegt, sagt der erweiterte Code.",
        "Lesen Sie den erweiterten Code: Bei `5.1.1` korrigieren Sie die Adresse; bei einer Richtlinien-Ablehnung wie `5.7.1` prüft der Admin des Absenders SPF, DKIM und Blocklisten. Senden Sie nicht unverändert erneut.",
    ],
    // 421 vs 450
    [
        "Beendet die Ablehnung die ganze Sitzung?",
        "Bei `421` ja: Der Server schließt die Verbindung und verarbeitet darin nichts mehr. Bei `450` nein: Nur dieses Postfach oder diese Nachricht wird zurückgestellt, und die Sitzung kann weitergehen.",
        "Der Server kann den Client gerade nicht bedienen, etwa weil er überlastet ist, den verbindenden Host per Greylisting zurückstellt oder herunterfährt. Er sendet `421` als Begrüßung oder als Antwort auf einen beliebigen Befehl.",
        "Lassen Sie den sendenden Server sich später mit wachsenden Abständen erneut verbinden. Erhält eine bestimmte sendende IP-Adresse ihn immer wieder, senken Sie die Senderate und prüfen Sie Blocklisten.",
        "Das Postfach ist belegt oder gesperrt, oder eine Prüfung wie Greylisting will, dass diese Nachricht später wiederkommt. So beantwortet der Server `RCPT TO` oder das Ende der Nachrichtendaten.",
        "Der sendende Server behält die Nachricht für diesen Empfänger in der Warteschlange und versucht es später erneut; andere Empfänger in der Sitzung werden normal bearbeitet.",
    ],
    // 421 vs 451
    [
        "Wird die Verbindung nach dieser Antwort geschlossen?",
        "Bei `421` ja: Der Server gibt die ganze Sitzung auf und schließt sie. Bei `451` nein: Nur der aktuelle Schritt ist an einem lokalen Fehler gescheitert, und die Verbindung bleibt offen.",
        "Der Dienst als Ganzes ist vorerst nicht verfügbar: Der Server ist überlastet, setzt Greylisting ein oder muss herunterfahren. Er sendet `421` als Begrüßung oder auf einen beliebigen Befehl und schließt den Kanal.",
        "Verbinden Sie sich später erneut; der sendende Server versucht es nach seinem eigenen Zeitplan wieder. Passiert es immer wieder, lesen Sie den Antworttext, der oft den Grund nennt.",
        "Eine interne Prüfung oder Abfrage ist fehlgeschlagen, während der Server `MAIL FROM`, `RCPT TO` oder die Nachrichtendaten bearbeitet hat, etwa eine DNS- oder Datenbankabfrage, die nicht beantwortet wurde.",
        "Versuchen Sie es später erneut; meist erledigt sich das von selbst. Wiederholt es sich, muss der Betreiber des antwortenden Servers die fehlerhafte Komponente in seinen Logs finden.",
    ],
    // 452 vs 552
    [
        "Versucht es der sendende Server von selbst erneut?",
        "Bei `452` ja: Dem Server fehlt im Moment Speicherplatz, oder er hat sein Empfängerlimit erreicht, daher bleibt die Nachricht in der Warteschlange. Bei `552` nein: Ein Größen- oder Speicherlimit hat die Mail endgültig abgelehnt, und sie kommt als unzustellbar zurück.",
        "Dem Server fehlen gerade Ressourcen: freier Speicherplatz, Platz für die mit `SIZE` angekündigte Größe oder Spielraum in seinem Limit für Empfänger pro Nachricht.",
        "Bei zu vielen Empfängern stellen Sie an die bereits angenommenen zu und senden den Rest in einer späteren Transaktion. Bei Speichermangel versuchen Sie es später erneut; hält er an, schafft der Betreiber Platz.",
        "Die Nachricht ist größer, als der Server oder das Postfach annimmt, oder das Postfach des Empfängers ist voll (`5.2.2`). Er kann auf `MAIL FROM` mit `SIZE`, auf `RCPT TO` oder auf die Nachrichtendaten folgen.",
        "Verkleinern Sie die Nachricht, indem Sie etwa große Dateien als Link verschicken, und bleiben Sie unter dem `SIZE`-Limit aus der `EHLO`-Antwort. Bei einem vollen Postfach muss zuerst der Empfänger Platz schaffen.",
    ],
    // 550 vs 553
    [
        "Liegt das Problem in der Schreibweise der Adresse?",
        "Bei `550` nein: Die Adresse ist lesbar, aber das Postfach existiert nicht, oder eine Richtlinie lehnt die Mail ab. Bei `553` ja: Die Adresse ist fehlerhaft, enthält Zeichen, die der Server ablehnt, oder ist mehrdeutig.",
        "Das Postfach existiert nicht, der Absender hat keinen Zugriff darauf, oder eine lokale Regel, etwa zu Relaying oder Spam, weist die Mail ab.",
        "Lesen Sie den erweiterten Code: Bei `5.1.1` lassen Sie sich die Adresse vom Empfänger bestätigen; bei `5.7.1` prüft der Admin des Absenders SPF, DKIM und Blocklisten.",
        "Die Adresse in `MAIL FROM` oder `RCPT TO` verstößt gegen die Syntaxregeln oder enthält Zeichen, die der Server nicht annimmt, oder ein Name bei `VRFY` passt auf mehr als einen Benutzer.",
        "Prüfen Sie die Adresse Zeichen für Zeichen: genau ein `@`, keine Leerzeichen oder überzähligen Klammern und eine vollständige Domain. Senden Sie die Nachricht nach der Korrektur erneut.",
    ],
    // 550 vs 551
    [
        "Verweist die Antwort auf eine andere Adresse des Empfängers?",
        "Bei `550` nein: Das Postfach wird ohne jeden Hinweis auf eine Weiterleitung abgelehnt. Bei `551` ja: Der Benutzer ist hier nicht lokal, und der Text nennt meist die Adresse, die stattdessen zu verwenden ist.",
        "Das Postfach existiert nicht, der Absender hat keinen Zugriff darauf, oder eine lokale Richtlinie lehnt die Mail ab. Auch Betreiber, die eine neue Adresse nicht preisgeben wollen, antworten mit `550`.",
        "Lesen Sie den erweiterten Code und den Text und korrigieren Sie dann die Adresse, oder lassen Sie bei einer Richtlinien-Ablehnung den Admin des Absenders der Sache nachgehen. Unverändert erneut gesendet, scheitert die Nachricht wieder.",
        "Der Empfänger ist umgezogen oder seine Mail wird anderswo verarbeitet, und der Betreiber nennt lieber die neue Adresse, als die Nachricht selbst weiterzuleiten.",
        "Prüfen Sie, ob die Adresse im Text plausibel ist, senden Sie die Nachricht dorthin und aktualisieren Sie den Kontakt. Ist keine Adresse angegeben, fragen Sie den Empfänger auf anderem Weg.",
    ],
    // 550 vs 554
    [
        "Kann der Server ihn statt seiner Begrüßung senden?",
        "Bei `550` nein: Er beantwortet einen Befehl und lehnt meist ein Postfach, einen Absender oder eine Nachricht ab. Bei `554` ja: Er kann schon bei der Begrüßung die ganze Sitzung ablehnen, und an anderen Stellen lässt er die ganze Transaktion scheitern.",
        "Ein Empfänger ist unbekannt (`5.1.1`) oder darf nicht per Relaying erreicht werden, der Absender wird abgewiesen, oder eine Richtlinie lehnt die Nachricht nach `DATA` ab.",
        "Bei einem unbekannten Empfänger korrigieren Sie die Adresse. Bei einer Richtlinien-Ablehnung behebt der Admin des Absenders Probleme mit SPF, DKIM oder Blocklisten oder wendet sich an den Postmaster des Empfängers.",
        "Der Server weist diesen Client von Anfang an ab, beim Eintreffen von `DATA` war kein Empfänger angenommen, oder der Inhalt wurde nach den Nachrichtendaten abgelehnt. Er ist der allgemeine Code, wenn nichts Genaueres passt.",
        "Lesen Sie den Text und den erweiterten Code; unverändert erneut zu senden, hilft nicht. Nach einer `554`-Begrüßung prüft der Admin der sendenden Domain Blocklisten oder wendet sich an die empfangende Seite.",
    ],
    // 500 vs 501
    [
        "Hat der Server das Befehlswort erkannt?",
        "Bei `500` nein: Der Befehl selbst war unbekannt, oder die Zeile war zu lang, um sie zu lesen. Bei `501` ja: Der Befehl ist bekannt, aber eine Adresse, ein Parameter oder ein Argument dahinter ist ungültig.",
        "Das Befehlswort ist falsch geschrieben oder diesem Server unbekannt, oder die Befehlszeile ist länger als die Standardgrenze. Während `AUTH` meldet er außerdem eine zu lange Antwortzeile des Clients.",
        "Korrigieren Sie den Client: Schreiben Sie den Befehl richtig, halten Sie die Zeilenlänge ein und verwenden Sie Erweiterungsbefehle nur, wenn die `EHLO`-Antwort sie aufführt.",
        "Was auf den Befehl folgt, ist nicht annehmbar, etwa eine fehlerhafte Adresse in `MAIL FROM` oder `RCPT TO`, ein ungültiges Argument für `EHLO` oder Argumente bei einem Befehl, der keine erwartet.",
        "Korrigieren Sie die Argumente: Adressen in spitzen Klammern ohne Leerzeichen um den Doppelpunkt, gültige Parameternamen und -werte, keine überzähligen Argumente. Der Antworttext weist oft auf den Fehler hin.",
    ],
    // 502 vs 504
    [
        "Unterstützt der Server den Befehl selbst?",
        "Bei `502` nein: Dieser Server bietet den Befehl überhaupt nicht an. Bei `504` ja: Der Befehl wird unterstützt, aber nicht die dazu angegebene Option oder der Wert, etwa ein `AUTH`-Mechanismus.",
        "Der Befehl wird erkannt, ist aber nicht implementiert oder vom Betreiber abgeschaltet, typischerweise `VRFY`, `EXPN` oder `HELP`. Sehr alte Server beantworten so auch `EHLO`.",
        "Wiederholen Sie den Befehl bei diesem Server nicht; machen Sie ohne ihn weiter und weichen Sie auf `HELO` aus, wenn `EHLO` abgelehnt wurde. Brauchen Sie die Funktion wirklich, fragen Sie den Betreiber.",
        "Der Client hat eine Variante verlangt, die der Server nicht beherrscht, meist einen `AUTH`-Mechanismus, den er nicht unterstützt oder vor der Verschlüsselung nicht erlaubt (`5.5.4`).",
        "Wählen Sie eine Option, die der Server anbietet: einen `AUTH`-Mechanismus aus der `EHLO`-Antwort, bei Bedarf nach `STARTTLS`. Andernfalls senden Sie den Befehl ohne den nicht unterstützten Parameter.",
    ],
    // 530 vs 535
    [
        "Wurden Zugangsdaten geprüft und abgelehnt?",
        "Bei `530` nein: Geprüft wurde nichts; der Befehl verlangt zuerst eine Anmeldung oder, bei manchen Servern, `STARTTLS`. Bei `535` ja: Der Server hat Benutzername und Passwort oder andere Zugangsdaten geprüft und abgelehnt.",
        "Der Client hat `MAIL FROM` oder einen anderen Befehl gesendet, ohne sich mit `AUTH` anzumelden, oder ohne `STARTTLS` bei einem Server, der auf Verschlüsselung besteht.",
        "Aktivieren Sie im Mailprogramm die Authentifizierung für den Postausgangsserver und TLS, falls der Text das verlangt. Software sendet `STARTTLS`, erneut `EHLO` und dann `AUTH`, alles vor `MAIL FROM`.",
        "Ein `AUTH`-Austausch endete mit Zugangsdaten, die nicht gepasst haben: ein falsches Passwort, ein unbekannter Benutzer oder Zugangsdaten, die für das Konto nicht ausreichen. Meist trägt er `5.7.8`.",
        "Prüfen und korrigieren Sie Benutzername und Passwort, die im Mailprogramm gespeichert sind; manche Provider verlangen für den Versand ein separates Passwort. Versuchen Sie es nicht erneut mit denselben Zugangsdaten.",
    ],
    // 550 vs X.1.1
    [
        "Sagt der Code allein schon, dass das Postfach nicht existiert?",
        "Bei `550` nein: Er sagt nur, dass die Aktion endgültig abgelehnt wurde, aus diesem oder einem anderen Grund wie einer Richtlinie. Bei `5.1.1` ja: Er nennt genau eine Ursache, ein fehlendes Postfach bei einer Domain, die Mail annimmt.",
        "Der Server lehnt eine Adresse oder Nachricht dauerhaft ab: ein unbekannter Empfänger, Relaying, das er nicht erlaubt, ein abgewiesener Absender oder Mail, die nach `DATA` von einer Richtlinie abgelehnt wird.",
        "Sehen Sie sich den erweiterten Code und den Text nach `550` an, bevor Sie handeln: Sie entscheiden, ob die Adresse oder die Einrichtung des Absenders korrigiert werden muss.",
        "Die Domain des Empfängers nimmt Mail an, aber das vor dem `@` genannte Postfach existiert dort nicht. Empfangende Server senden ihn meist als `550 5.1.1` auf `RCPT TO`.",
        "Prüfen Sie die Schreibweise vor dem `@` und bestätigen Sie die Adresse auf anderem Weg beim Empfänger. Erneutes Senden an dieselbe Adresse hilft nicht.",
    ],
    // 4.7.1 vs 5.7.1
    [
        "Versucht es der sendende Server von selbst weiter?",
        "Bei `4.7.1` ja: Die Ablehnung aus Richtliniengründen ist als vorübergehend gekennzeichnet, daher bleibt die Nachricht in der Warteschlange und wird erneut versucht. Bei `5.7.1` nein: Die Ablehnung ist dauerhaft, und die Nachricht kommt als unzustellbar zurück, wenn sich nichts ändert.",
        "Eine Sicherheits- oder Richtlinienregel weist den Absender vorerst ab, und der Server erwartet, dass sich der Zustand wieder gibt. Das IANA-Register führt `451` unter den Antworten, die ihn tragen können.",
        "Lassen Sie den sendenden Server weiter versuchen. Scheitert es nach mehreren Stunden immer noch, lesen Sie im Antworttext nach, um welche Regel es geht, und wenden Sie sich an den Postmaster des Empfängers.",
        "Die Richtlinie erlaubt diesem Absender nicht, an diesen Empfänger zu senden: Relaying wird abgelehnt, ein Filter blockiert den Host oder Absender, oder eine SPF-Prüfung ist fehlgeschlagen. Typischerweise kommt er als `550 5.7.1`.",
        "Lesen Sie im Text nach, welche Regel gegriffen hat. Melden Sie sich an Ihrem eigenen Server an, statt über einen fremden zu senden, lassen Sie den Admin des Absenders SPF oder DMARC korrigieren, oder beantragen Sie bei einer genannten Blockliste die Austragung.",
    ],
    // X.1.0 vs X.1.1
    [
        "Sagt der Code genau, was mit der Adresse nicht stimmt?",
        "Bei `X.1.0` nein: Ein Adressproblem wird ohne Einzelheiten gemeldet, den Grund nennt nur der Antworttext. Bei `X.1.1` ja: Das vor dem `@` genannte Postfach existiert bei der Domain nicht.",
        "Eine Adressprüfung des Absenders oder eines Empfängers ist aus einem Grund fehlgeschlagen, den kein spezifischer Adressierungscode abdeckt. Als `2.1.0` bestätigt er einfach ein angenommenes `MAIL FROM`.",
        "Prüfen Sie beide Adressen auf Tippfehler, überzählige Zeichen und die richtige Domain, und lesen Sie den Text nach dem Code. Stimmen sie, fragen Sie den Administrator des ablehnenden Servers.",
        "Die Domain des Empfängers nimmt Mail an, aber das Postfach existiert dort nicht. Meist kommt er als `550 5.1.1` auf `RCPT TO` oder wird in einer Unzustellbarkeitsnachricht gemeldet.",
        "Korrigieren Sie den Teil vor dem `@` oder fragen Sie den Empfänger nach seiner aktuellen Adresse; erneutes Senden an dieselbe Adresse scheitert wieder.",
    ],
    // X.2.2 vs X.3.4
    [
        "Ist die Größe dieser Nachricht das Problem?",
        "Bei `X.2.2` nein: Das Postfach des Empfängers hat sein Kontingent aufgebraucht, daher passt selbst eine kleine Nachricht nicht mehr hinein. Bei `X.3.4` ja: Die Nachricht ist größer, als das empfangende System für irgendjemanden annimmt.",
        "Das Postfach eines Empfängers hat sein Speicherkontingent erreicht. Der Server beantwortet `RCPT TO` oder das Ende der Nachrichtendaten mit `4.2.2` oder mit `552` und `5.2.2`.",
        "Informieren Sie den Empfänger auf anderem Weg; nur er oder sein Admin kann Platz schaffen oder das Kontingent erhöhen. Nach `4.2.2` versucht es Ihr Server erneut; nach `5.2.2` senden Sie später noch einmal.",
        "Die Nachricht überschreitet die Maximalgröße des Systems, gemessen an der bei `MAIL FROM` angekündigten `SIZE` oder an der tatsächlichen Größe nach den Daten. Er kommt als `5.3.4` mit `552` oder `554`.",
        "Verkleinern Sie die Nachricht, indem Sie etwa große Dateien über einen Link teilen. Eine Zahl nach `SIZE` in der `EHLO`-Antwort ist das Limit des Servers in Bytes.",
    ],
    // X.7.0 vs X.7.1
    [
        "Sagt der Code selbst, dass dieser Absender nicht an diesen Empfänger zustellen darf?",
        "Bei `X.7.0` nein: Eine Sicherheits- oder Richtlinienregel hat den Befehl gestoppt, aber der Code nennt keinen Grund. Bei `X.7.1` ja: Die Richtlinie erlaubt diesem Absender nicht, an diesen Empfänger zuzustellen.",
        "Eine Sicherheitsregel hat einen Befehl gestoppt, und es wird kein genauerer Code verwendet: `454 4.7.0` bei einem vorübergehenden Anmeldefehler, `530 5.7.0`, wenn zuerst `AUTH` oder `STARTTLS` kommen muss, oder eine unerklärte Sperre.",
        "Nach `530` führen Sie zuerst `STARTTLS` aus oder melden sich mit `AUTH` an; nach `454` versuchen Sie es später erneut, ohne das Passwort zu ändern. Andernfalls lesen Sie den Text oder fragen den Postmaster.",
        "Die empfangende Seite lehnt Relaying ab, blockiert den sendenden Host oder Absender per Filter oder weist Mail ab, die SPF oder DMARC nicht bestanden hat.",
        "Lesen Sie im Text nach, welche Regel gegriffen hat. Senden Sie über Ihren eigenen Postausgangsserver statt über einen fremden, und lassen Sie den Admin des Absenders die SPF-, DKIM- oder DMARC-Einträge korrigieren.",
    ],
    // 450 vs 451
    [
        "Ist im Server selbst etwas fehlgeschlagen?",
        "Bei `450` nein: Der Server hat funktioniert, aber das Postfach ist belegt, oder eine Prüfung wie Greylisting will einen späteren Versuch. Bei `451` ja: Eine Abfrage oder ein Dienst im Server ist fehlgeschlagen, während er den Befehl bearbeitet hat.",
        "Das Postfach ist belegt oder gesperrt, oder Greylisting oder eine vorübergehende Sperre stellt diesen Absender zurück. Server senden ihn nach `RCPT TO` oder nach den Nachrichtendaten.",
        "Lassen Sie den sendenden Server erneut zustellen; per Greylisting zurückgestellte Mail kommt bei einem späteren Versuch durch. Dauern die Verzögerungen Tage, lesen Sie den Antworttext und wenden Sie sich an den Postmaster des Empfängers.",
        "Während der Bearbeitung von `MAIL FROM`, `RCPT TO` oder den Nachrichtendaten ist eine interne Abfrage oder Komponente ausgefallen, etwa eine DNS- oder Datenbankabfrage, die nicht beantwortet wurde.",
        "Lassen Sie den sendenden Server es später erneut versuchen. Wiederholt es sich, findet der Betreiber des antwortenden Servers die fehlerhafte Komponente in seinen Logs, unterstützt durch Codes wie `4.4.3`.",
    ],
    // 451 vs 452
    [
        "Ist dem Server der Platz ausgegangen oder hat er ein Empfängerlimit erreicht?",
        "Bei `451` nein: Im Server ist etwas fehlgeschlagen, etwa eine Abfrage, während er den Befehl bearbeitet hat. Bei `452` ja: Der Speicherplatz ist knapp, oder die Nachricht hat bereits so viele Empfänger, wie der Server annimmt.",
        "Eine DNS- oder Datenbankabfrage oder ein interner Dienst ist fehlgeschlagen, während der Server `MAIL FROM`, `RCPT TO` oder die Nachrichtendaten bearbeitet hat.",
        "Versuchen Sie es später erneut; meist erledigt sich das von selbst. Wiederholt es sich, muss der Betreiber des antwortenden Servers die fehlerhafte Komponente in seinen Logs finden.",
        "Dem Server fehlt Speicherplatz für die Nachricht oder für die mit `SIZE` angekündigte Größe, oder `RCPT TO` hat sein Limit an Empfängern pro Nachricht überschritten.",
        "Stellen Sie an die bereits angenommenen Empfänger zu und senden Sie den Rest in einer späteren Transaktion. Bei Speichermangel versuchen Sie es später erneut, während der Betreiber Platz schafft.",
    ],
    // 550 vs 552
    [
        "Ist die Größe der Mail oder der Speicherplatz des Postfachs das Problem?",
        "Bei `550` nein: Die Adresse oder die Mail wird aus einem anderen Grund abgelehnt, etwa wegen eines unbekannten Postfachs oder einer Richtlinie. Bei `552` ja: Die Nachricht ist zu groß, oder der Speicherplatz des Empfängers ist aufgebraucht.",
        "Der Empfänger ist unbekannt, Relaying ist nicht erlaubt, der Absender wird abgewiesen, oder eine Richtlinie lehnt die Nachricht nach `DATA` ab.",
        "Lesen Sie den erweiterten Code: Bei `5.1.1` korrigieren Sie die Adresse; bei einer Richtlinien-Ablehnung wie `5.7.1` prüft der Admin des Absenders SPF, DKIM und Blocklisten.",
        "Die angekündigte `SIZE` oder die tatsächliche Nachricht überschreitet das Limit des Servers oder des Postfachs, oder das Postfach des Empfängers ist voll (`5.2.2`).",
        "Verkleinern Sie die Nachricht, indem Sie etwa große Dateien als Link verschicken, statt sie anzuhängen. Bei einem vollen Postfach muss der Empfänger Platz schaffen.",
    ],
    // 534 vs 535
    [
        "Könnte dasselbe Passwort mit einem anderen Anmeldemechanismus funktionieren?",
        "Bei `534` ja: Abgelehnt wurde nur der gewählte Mechanismus, weil er für dieses Konto zu schwach ist. Bei `535` nein: Die Zugangsdaten selbst wurden nicht akzeptiert und müssen korrigiert werden.",
        "Der Client hat einen `AUTH`-Mechanismus gewählt, der schwächer ist, als die Richtlinie des Servers für diesen Benutzer zulässt. Er kommt mit `5.7.9`.",
        "Wiederholen Sie `AUTH` mit einem stärkeren Mechanismus aus der `EHLO`-Antwort, oder ändern Sie im Mailprogramm die Authentifizierungsmethode. Ein neues Passwort hilft nicht.",
        "Am Ende von `AUTH` war das Passwort falsch, der Benutzer unbekannt, oder die Zugangsdaten reichten für das Konto nicht aus. Meist kommt er mit `5.7.8`.",
        "Korrigieren Sie Benutzername und Passwort, die im Mailprogramm gespeichert sind; manche Provider verlangen für den Versand von Mail ein separates Passwort.",
    ],
    // 534 vs 538
    [
        "Würde es für diesen Mechanismus genügen, die Verbindung zu verschlüsseln?",
        "Bei `534` nein: Die Richtlinie verlangt für diesen Benutzer einen stärkeren Mechanismus, der Client muss also einen anderen wählen. Bei `538` ja: Der Mechanismus ist erlaubt, aber nur über eine verschlüsselte Verbindung.",
        "Der bei `AUTH` genannte Mechanismus ist schwächer, als der Server für dieses Konto zulässt (`5.7.9`).",
        "Wählen Sie einen stärkeren Mechanismus aus der Liste nach `AUTH` in der `EHLO`-Antwort, oder ändern Sie im Mailprogramm die Authentifizierungsmethode.",
        "Ein älterer Server hat `AUTH` mit einem Mechanismus, typischerweise einem Klartext-Mechanismus, auf einer Verbindung ohne `STARTTLS` erhalten (`5.7.11`). RFC 4954 hat diesen Code für veraltet erklärt.",
        "Senden Sie `STARTTLS`, dann erneut `EHLO`, und wiederholen Sie `AUTH` über die verschlüsselte Verbindung; aktivieren Sie im Mailprogramm TLS für den Postausgangsserver.",
    ],
    // 454 vs 535
    [
        "Wurden die Zugangsdaten als falsch beurteilt?",
        "Bei `454` nein: Der Server konnte sie wegen einer vorübergehenden Störung auf seiner Seite nicht prüfen oder konnte TLS nicht starten. Bei `535` ja: Der Server hat die Zugangsdaten geprüft und abgelehnt.",
        "Der Dienst, der Passwörter prüft, antwortet während `AUTH` nicht, oder die TLS-Einrichtung ist beim Eintreffen von `STARTTLS` unbrauchbar, etwa weil das Zertifikat nicht geladen werden kann.",
        "Ändern Sie das Passwort nicht; versuchen Sie es später erneut. Hält es an, muss der Betreiber des Servers den Authentifizierungsdienst oder die TLS-Konfiguration prüfen.",
        "Ein `AUTH`-Austausch endete mit einem falschen Passwort, einem unbekannten Benutzer oder Zugangsdaten, die für das Konto nicht ausreichen.",
        "Korrigieren Sie Benutzername und Passwort im Mailprogramm. Client-Software sollte den Benutzer erneut fragen, statt es mit denselben Zugangsdaten noch einmal zu versuchen.",
    ],
    // 220 vs 554
    [
        "Ist der Server bereit, diesen Client zu bedienen?",
        "Bei `220` ja: Der Server ist bereit, und der Client fährt mit `EHLO` fort. Bei `554` nein: Als Begrüßung gesendet, weist er den Client rundweg ab, und in dieser Sitzung kann keine Mail gesendet werden.",
        "Der Server ist bereit für den Client, der sich gerade verbunden hat, oder, als Antwort auf `STARTTLS`, bereit, den TLS-Handshake zu beginnen.",
        "Senden Sie `EHLO`. Nach einem `220` auf `STARTTLS` schließen Sie zuerst den Handshake ab und senden danach erneut `EHLO`.",
        "Der Server weist diesen Client von Anfang an ab („No SMTP service here“), meist weil eine Richtlinie den sendenden Host oder die IP-Adresse blockiert.",
        "Senden Sie `QUIT` und versuchen Sie es nicht unverändert erneut. Der Admin der sendenden Domain prüft Blocklisten für die IP-Adresse oder wendet sich an die empfangende Seite.",
    ],
    // 250 vs 251
    [
        "Sagt die Antwort, dass der Empfänger zu einer anderen Adresse umgezogen ist?",
        "Bei `250` nein: Der Befehl war einfach erfolgreich, und ein Server kann sogar weiterleiten, ohne es zu sagen. Bei `251` ja: Der Benutzer ist nicht lokal, und der Server leitet die Nachricht an die Adresse weiter, die er nennt.",
        "Der Befehl hat funktioniert: ein angenommenes `EHLO`, `MAIL FROM` oder `RCPT TO` oder, nach dem abschließenden Punkt, eine Nachricht, für die der Server die Verantwortung übernommen hat.",
        "Es gibt nichts zu beheben; fahren Sie mit dem nächsten Befehl fort. Kommt eine nach ihren Daten angenommene Nachricht nie an, ging sie erst hinter diesem Server verloren.",
        "Der Empfänger in `RCPT TO` oder `VRFY` ist umgezogen, und der Server nimmt die Mail an und reicht sie weiter, wobei er die neue Adresse nennt. Als Antwort auf `ETRN` bedeutet er, dass keine Mail wartet.",
        "Für diese Nachricht ist nichts zu tun. Der Absender kann sein Adressbuch aktualisieren, damit künftige Mails direkt an die neue Adresse gehen.",
    ],
    // 250 vs 252
    [
        "Bestätigt der Server auf `VRFY` die Adresse?",
        "Bei `250` ja: Der Server hat den Benutzer überprüft und nennt das Postfach. Bei `252` nein: Er nimmt Mail für die Adresse an und versucht, sie zuzustellen, sagt aber nichts darüber, ob das Postfach existiert.",
        "Der Server hat den bei `VRFY` oder `EXPN` genannten Benutzer überprüft und antwortet mit dem Postfach. Auf andere Befehle meldet `250` einfach Erfolg.",
        "Es gibt nichts zu beheben; die Antwort ist die Bestätigung dieser Adresse durch den Server.",
        "Der Server bestätigt keine Adressen, oft weil das Spammern beim Sammeln hilft, und beantwortet deshalb jedes `VRFY` und `EXPN` so.",
        "Werten Sie ihn nicht als Beweis, dass das Postfach existiert. Das lässt sich nur herausfinden, indem Sie eine Nachricht senden und auf eine Unzustellbarkeitsnachricht achten.",
    ],
    // 250 vs 354
    [
        "Hat der Server die Nachricht zur Zustellung angenommen?",
        "Bei `250` nach dem abschließenden Punkt ja: Der Server hat die Verantwortung für die Nachricht übernommen. Bei `354` nein: Der Server wartet erst auf die Nachricht, und angenommen ist noch nichts.",
        "Nach dem abschließenden Punkt der Nachricht oder dem letzten `BDAT`-Block hat der Server die Nachricht übernommen und wird sie zustellen oder später eine Unzustellbarkeitsnachricht senden. Auch gewöhnliche Befehle bestätigt er mit `250`.",
        "Es gibt nichts zu beheben. Kommt die Nachricht nie an, lässt sie sich in den Logs dieses Servers verfolgen anhand der Queue-ID, die viele Server in den Antworttext schreiben.",
        "Der Server hat `DATA` angenommen, nachdem mindestens ein Empfänger angenommen wurde, und wartet jetzt auf Header, Nachrichtentext und eine Zeile mit einem einzelnen Punkt.",
        "Senden Sie die Nachricht, dann die Punktzeile, und warten Sie auf die abschließende Antwort. Bleiben Sitzungen hier hängen, suchen Sie nach einer langsamen oder instabilen Verbindung zwischen den Servern.",
    ],
    // 220 vs 421
    [
        "Ist der Server bereit, diese Sitzung zu bedienen?",
        "Bei `220` ja: Die Begrüßung fordert den Client auf, mit `EHLO` fortzufahren. Bei `421` nein: Der Server kann jetzt nicht bedienen und schließt die Verbindung, ein späterer Versuch kann aber funktionieren.",
        "Der Server ist bereit für den Client, der sich gerade verbunden hat, oder nach `STARTTLS` bereit, die Verbindung zu verschlüsseln.",
        "Fahren Sie mit `EHLO` fort, oder schließen Sie zuerst den TLS-Handshake ab und senden Sie danach erneut `EHLO`.",
        "Der Server ist überlastet, stellt den Client per Greylisting zurück oder fährt herunter; deshalb begrüßt er mit `421` oder beantwortet einen beliebigen Befehl damit und schließt den Kanal.",
        "Lassen Sie den sendenden Server die Nachricht in die Warteschlange stellen und sich später mit wachsenden Abständen erneut verbinden. Passiert es immer wieder, lesen Sie im Text den Grund nach.",
    ],
    // 221 vs 421
    [
        "Hat der Client verlangt, die Verbindung zu beenden?",
        "Bei `221` ja: Er beantwortet `QUIT` mit einer ordnungsgemäßen Verabschiedung. Bei `421` nein: Der Server schließt die Verbindung von sich aus, weil er nicht weitermachen kann.",
        "Der Client hat am Ende der Sitzung `QUIT` gesendet. Alles, was der Server zuvor in der Sitzung bestätigt hat, bleibt bestätigt.",
        "Es gibt nichts zu beheben. Ist in derselben Sitzung eine Zustellung fehlgeschlagen, sehen Sie sich die Antwort direkt vor `QUIT` an.",
        "Der Server ist überlastet oder muss herunterfahren; deshalb verweigert er die Begrüßung oder beendet die Sitzung nach einem beliebigen Befehl.",
        "Versuchen Sie es später in einer neuen Sitzung erneut; an der Nachricht liegt es nicht. Eine Transaktion, die beim Schließen der Verbindung noch nicht bestätigt war, muss erneut gesendet werden.",
    ],
    // 421 vs 521
    [
        "Könnte der Server Mail annehmen, wenn der Client es später erneut versucht?",
        "Bei `421` ja: Der Dienst ist nur vorerst nicht verfügbar. Bei `521` nein: Der Host nimmt grundsätzlich für niemanden Mail an, ein erneuter Versuch ist also sinnlos.",
        "Überlastung, Greylisting oder ein Herunterfahren hindert den Server daran, die Sitzung zu bedienen, daher sendet er `421` statt der Begrüßung oder als Antwort auf einen beliebigen Befehl.",
        "Stellen Sie die Nachricht in die Warteschlange und versuchen Sie es später mit wachsenden Abständen erneut; an der Nachricht muss nichts geändert werden.",
        "Der Host ist ein Dummy-Server für einen Host oder eine Domain ohne Mailempfang und begrüßt jeden Client mit `521` statt mit `220`.",
        "Versuchen Sie es bei diesem Host nicht erneut. Prüfen Sie die Empfängerdomain auf Tippfehler und bitten Sie um eine andere Adresse; soll die Domain Mail empfangen, muss ihr Admin die MX-Einträge auf einen echten Mailserver zeigen lassen.",
    ],
    // 521 vs 554
    [
        "Weist der Host Mail von allen ab?",
        "Bei `521` ja: Es ist ein Host, der überhaupt keine Mail annimmt. Bei `554` nein: Der Server nimmt grundsätzlich Mail an, lehnt aber diesen Client, diese Transaktion oder diesen Inhalt ab.",
        "Der Host existiert nur, um mitzuteilen, dass er keine Mail empfängt, typischerweise für eine Domain ohne Maildienst, und begrüßt jeden Client mit `521`.",
        "Versuchen Sie es bei diesem Host nicht erneut. Prüfen Sie die Empfängerdomain auf Tippfehler und bitten Sie um eine andere Adresse; soll die Domain Mail empfangen, korrigiert ihr Admin die MX-Einträge.",
        "Der Server weist diesen Client bei der Begrüßung ab, meist aus Richtliniengründen, oder lässt eine Transaktion scheitern, etwa wenn der Inhalt nach den Nachrichtendaten abgelehnt wird.",
        "Lesen Sie den Text und den erweiterten Code. Nach einer abgelehnten Begrüßung prüft der Admin der sendenden Domain Blocklisten oder wendet sich an die empfangende Seite; andernfalls ändern Sie den beanstandeten Inhalt.",
    ],
    // 454 vs 530
    [
        "Hat der Client einen erforderlichen Schritt ausgelassen?",
        "Bei `454` nein: Der Client hat den Schritt versucht, aber der Server konnte ihn wegen einer vorübergehenden Störung nicht abschließen. Bei `530` ja: Der Befehl verlangt zuerst `AUTH` oder `STARTTLS`, bevor der Server ihn ausführt.",
        "Der Server kann während `AUTH` keine Zugangsdaten prüfen, weil sein Passwortdienst nicht antwortet, oder er kann nach `STARTTLS` kein TLS starten.",
        "Versuchen Sie es später erneut, ohne das Passwort zu ändern. Hält es an, prüft der Betreiber des Servers den Authentifizierungsdienst oder die TLS-Einrichtung.",
        "`MAIL FROM` oder ein anderer Befehl kam vor einer Anmeldung an, oder vor der Verschlüsselung bei einem Server, der auf TLS besteht.",
        "Aktivieren Sie im Mailprogramm die Authentifizierung und TLS, falls der Text das verlangt. Software sendet `STARTTLS`, `EHLO` und `AUTH` vor `MAIL FROM`.",
    ],
    // 500 vs 502
    [
        "Kennt der Server den Befehl?",
        "Bei `500` nein: Das Befehlswort ist unbekannt oder falsch geschrieben, oder die Zeile ist zu lang, um sie zu lesen. Bei `502` ja: Der Server erkennt den Befehl, hat ihn aber nicht implementiert oder abgeschaltet.",
        "Der Befehl ist falsch geschrieben oder unbekannt, etwa eine Erweiterung, die der Server nie angeboten hat, oder die Zeile überschreitet die Längengrenze.",
        "Korrigieren Sie den Befehl im Client: Berichtigen Sie die Schreibweise, kürzen Sie die Zeile und verwenden Sie Erweiterungsbefehle nur, wenn die `EHLO`-Antwort sie aufführt.",
        "Ein bekannter Befehl wie `VRFY`, `EXPN` oder `HELP` ist hier nicht verfügbar. Sehr alte Server beantworten so `EHLO`, weil sie nur `HELO` kennen.",
        "Machen Sie ohne den Befehl weiter, und weichen Sie auf `HELO` aus, wenn `EHLO` abgelehnt wird. Brauchen Sie die Funktion, fragen Sie den Betreiber, ob sie sich aktivieren lässt.",
    ],
    // 500 vs 503
    [
        "War der Befehl an sich gültig?",
        "Bei `500` nein: Der Server hat ihn nicht erkannt. Bei `503` ja: Der Befehl ist in Ordnung, kam aber an der falschen Stelle der Sitzung.",
        "Die Zeile enthält einen unbekannten oder falsch geschriebenen Befehl oder ist länger als die Standardgrenze.",
        "Korrigieren Sie den Befehl im Client; dieselbe Zeile scheitert wieder, wenn sie erneut gesendet wird.",
        "Ein gültiger Befehl kam in der falschen Reihenfolge, etwa `DATA`, bevor ein Empfänger angenommen wurde, oder `RCPT TO` vor `MAIL FROM`.",
        "Korrigieren Sie die Befehlsreihenfolge, oder senden Sie `RSET`, um sauber neu zu beginnen. Prüfen Sie, ob eine frühere Ablehnung die Transaktion ohne Absender oder Empfänger zurückgelassen hat.",
    ],
    // 501 vs 503
    [
        "Lag der Fehler bei den Argumenten des Befehls?",
        "Bei `501` ja: Eine Adresse, ein Parameter oder ein Argument ist fehlerhaft oder liegt außerhalb des zulässigen Bereichs. Bei `503` nein: Befehl und Argumente sind in Ordnung, aber der Befehl wurde zur falschen Zeit gesendet.",
        "Der Client hat eine fehlerhafte Adresse in `MAIL FROM` oder `RCPT TO`, ein ungültiges Argument für `EHLO` oder Argumente bei einem Befehl gesendet, der keine erwartet.",
        "Korrigieren Sie die Argumente im Client; der Text nach dem Code weist oft auf den fehlerhaften Teil hin.",
        "Ein zweites `MAIL FROM` kam innerhalb einer offenen Transaktion, `RCPT TO` kam vor `MAIL FROM`, oder `AUTH` kam nach einer erfolgreichen Anmeldung.",
        "Korrigieren Sie die Befehlsreihenfolge im Client, oder senden Sie `RSET` und beginnen Sie die Transaktion neu.",
    ],
    // 502 vs 503
    [
        "Würde der Befehl an einer anderen Stelle der Sitzung angenommen?",
        "Bei `502` nein: Dieser Server hat den Befehl nicht implementiert oder abgeschaltet, ganz gleich, wann er gesendet wird. Bei `503` ja: Der Befehl wird unterstützt und kam nur in der falschen Reihenfolge.",
        "Der Client hat `VRFY`, `EXPN`, `HELP` oder, bei sehr alten Servern, `EHLO` verwendet, und der Server bietet den Befehl nicht an. On-Demand-Relay-Server lehnen die meisten Befehle so ab.",
        "Senden Sie den Befehl nicht mehr an diesen Server und machen Sie ohne ihn weiter.",
        "Ein gültiger Befehl kam an, als die Sitzung noch nicht dafür bereit war, etwa `DATA` ohne angenommenen Empfänger.",
        "Korrigieren Sie die Befehlsreihenfolge des Clients: `EHLO`, bei Bedarf `AUTH`, `MAIL FROM`, ein oder mehrere `RCPT TO` und dann `DATA`.",
    ],
    // 503 vs 554
    [
        "Wurde der Befehl nur im falschen Moment gesendet?",
        "Bei `503` ja: Ein gültiger Befehl kam in der falschen Reihenfolge. Bei `554` nein: Der Server lehnt die Sitzung oder die Transaktion als solche ab, etwa weil kein Empfänger gültig war oder der Inhalt abgewiesen wird.",
        "Der Client hat `RCPT TO` vor `MAIL FROM` oder `DATA` ohne angenommenen Empfänger gesendet, oder er hat weiter Befehle geschickt, nachdem eine `554`-Begrüßung die Sitzung abgelehnt hatte.",
        "Korrigieren Sie die Befehlsreihenfolge. Begann die Sitzung mit `554`, ist diese Begrüßung das eigentliche Problem.",
        "Der Server weist den Client bei der Begrüßung ab, lässt `DATA` scheitern, weil kein Empfänger angenommen wurde, oder lehnt den Inhalt nach den Nachrichtendaten ab.",
        "Lesen Sie den Text und den erweiterten Code. Bei einer abgelehnten Begrüßung prüft der Admin der sendenden Domain Blocklisten; abgelehnter Inhalt muss geändert werden.",
    ],
    // 501 vs 504
    [
        "War die Syntax des Befehls korrekt?",
        "Bei `501` nein: Ein Argument ist fehlerhaft, wiederholt oder außerhalb des zulässigen Bereichs. Bei `504` ja: Der Befehl ist korrekt aufgebaut, aber der Server bietet die genannte Option oder den Wert nicht an.",
        "Eine Adresse, ein Parameter oder ein Argument verstößt gegen die Syntax, etwa eine fehlerhafte Adresse oder Daten während `AUTH`, die kein gültiges Base64 sind.",
        "Korrigieren Sie die Argumente im Client und prüfen Sie Parameternamen und -werte anhand der Erweiterung, die sie definiert.",
        "Der Client hat etwas verlangt, das der Server nicht implementiert, meist einen `AUTH`-Mechanismus, den er nicht unterstützt oder auf dieser Verbindung nicht erlaubt.",
        "Wählen Sie einen `AUTH`-Mechanismus aus der `EHLO`-Antwort, bei Bedarf zuerst mit `STARTTLS`, oder senden Sie den Befehl ohne den Parameter.",
    ],
    // 501 vs 553
    [
        "Kann die Antwort etwas anderes als einen Postfachnamen betreffen?",
        "Bei `501` ja: Er deckt jedes fehlerhafte Argument und jeden fehlerhaften Parameter ab, eine Adresse ist nur ein Fall davon. Bei `553` nein: Er betrifft immer einen Postfachnamen, der fehlerhaft, nicht zulässig oder mehrdeutig ist.",
        "Ein Argument ist fehlerhaft: eine kaputte Adresse, ein ungültiges Argument für `EHLO`, ein falscher Wert für einen Erweiterungsparameter oder Argumente bei einem Befehl, der keine erwartet.",
        "Korrigieren Sie die Befehlszeile; der Antworttext nennt oft den fehlerhaften Teil.",
        "Die Adresse in `MAIL FROM` oder `RCPT TO` hat eine falsche Syntax oder Zeichen, die der Server nicht annimmt, etwa Nicht-ASCII-Zeichen, oder ein Name bei `VRFY` passt auf mehrere Benutzer.",
        "Prüfen und korrigieren Sie die Adresse Zeichen für Zeichen. Bei einer Nicht-ASCII-Adresse verwenden Sie die reine ASCII-Adresse des Empfängers, falls er eine hat.",
    ],
    // 501 vs 555
    [
        "Ist das Problem ein Erweiterungsparameter, den der Server nicht unterstützt?",
        "Bei `501` nein: Der Befehl oder Parameter ist bekannt, aber sein Argument ist falsch geschrieben. Bei `555` ja: Ein Parameter bei `MAIL FROM` oder `RCPT TO` ist hier unbekannt oder nicht implementiert.",
        "Eine Adresse ist fehlerhaft, ein Argument liegt außerhalb des zulässigen Bereichs, oder ein Erweiterungsparameter hat einen ungültigen Wert.",
        "Korrigieren Sie das Argument; der Text nach dem Code weist oft darauf hin.",
        "Der Client hat einen Parameter wie `SMTPUTF8`, `REQUIRETLS` oder `MT-PRIORITY` angehängt, den der Server nach `EHLO` nicht angekündigt hat.",
        "Senden Sie nur Parameter aus der `EHLO`-Antwort, oder lassen Sie den Parameter weg. Braucht die Nachricht die Erweiterung, leiten Sie die Nachricht über einen Server, der sie unterstützt.",
    ],
    // 504 vs 555
    [
        "Kann er die Antwort auf `AUTH` sein?",
        "Bei `504` ja: Er lehnt bei vielen Befehlen eine Option ab, meist einen `AUTH`-Mechanismus. Bei `555` nein: Er beantwortet nur `MAIL FROM` und `RCPT TO`, und zwar bei einem Erweiterungsparameter, den der Server nicht kennt.",
        "Der Befehl wird unterstützt, nicht aber die verlangte Variante: ein `AUTH`-Mechanismus, ein Argument für `VRFY`, `EXPN` oder `HELP` oder ein Parameter zur Inhaltskonvertierung.",
        "Verwenden Sie eine Option, die der Server anbietet, etwa einen Mechanismus aus der `EHLO`-Antwort, oder lassen Sie den Parameter weg.",
        "`MAIL FROM` oder `RCPT TO` enthielt einen Parameter, den der Server nicht angekündigt hat, oder eine Zustellfrist nach Deliver By, die er nie einhalten kann.",
        "Senden Sie nur angekündigte Parameter oder lassen Sie den abgelehnten weg; hängt die Nachricht davon ab, stellen Sie die Nachricht über einen anderen Server zu.",
    ],
    // 455 vs 555
    [
        "Könnten dieselben Parameter später angenommen werden?",
        "Bei `455` ja: Der Server hat die Parameter verstanden, kann sie aber im Moment nicht erfüllen. Bei `555` nein: Er erkennt sie nicht oder hat sie nicht implementiert, daher scheitern sie jedes Mal.",
        "Ein Parameter bei `MAIL FROM` oder `RCPT TO` verlangt etwas, das der Server gerade nicht leisten kann, etwa eine Zustellfrist nach Deliver By, die unter den aktuellen Bedingungen nicht einzuhalten ist.",
        "Versuchen Sie es später erneut. Passiert es immer wieder, senden Sie ohne den Parameter oder lockern Sie seinen Wert, etwa mit einer späteren Frist.",
        "Ein Parameter bei `MAIL FROM` oder `RCPT TO` wurde nach `EHLO` nicht angekündigt, daher unterstützt der Server ihn nicht.",
        "Lassen Sie den Parameter weg, oder senden Sie über einen Server, der die Erweiterung unterstützt.",
    ],
    // 504 vs 534
    [
        "Wird der Mechanismus nur für das Konto dieses Benutzers abgelehnt?",
        "Bei `504` nein: Der Server unterstützt den Mechanismus nicht oder erlaubt ihn auf dieser Verbindung nicht. Bei `534` ja: Die Richtlinie des Servers verlangt für diesen Benutzer einen stärkeren Mechanismus.",
        "`AUTH` nannte einen Mechanismus, den der Server nicht implementiert oder erst nach `STARTTLS` erlaubt (`5.5.4`).",
        "Wählen Sie einen Mechanismus aus der Liste in der `EHLO`-Antwort, und führen Sie zuerst `STARTTLS` aus, wenn der gewünschte erst danach angeboten wird.",
        "Der bei `AUTH` genannte Mechanismus ist schwächer, als die Richtlinie für dieses Konto zulässt (`5.7.9`).",
        "Verwenden Sie einen stärkeren Mechanismus; ändern Sie dazu im Mailprogramm die Authentifizierungsmethode. Ein neues Passwort hilft nicht.",
    ],
    // 504 vs 538
    [
        "Ist es die Antwort, die aktuelle Server senden sollen?",
        "Bei `504` ja: Laut RFC 4954 lehnen aktuelle Server damit einen nicht unterstützten oder noch nicht angebotenen Mechanismus ab. Bei `538` nein: Er ist veraltet und wird von älteren Servern gesendet, um vor diesem Mechanismus eine Verschlüsselung zu verlangen.",
        "`AUTH` nennt einen Mechanismus, den der Server nicht unterstützt oder auf einer unverschlüsselten Verbindung nicht anbietet.",
        "Wählen Sie einen Mechanismus aus der aktuellen `EHLO`-Antwort; nach `STARTTLS` und einem neuen `EHLO` werden womöglich weitere Mechanismen angeboten.",
        "Ein älterer Server hat `AUTH` mit einem Mechanismus, meist einem Klartext-Mechanismus, vor `STARTTLS` erhalten (`5.7.11`).",
        "Senden Sie `STARTTLS`, dann erneut `EHLO`, und wiederholen Sie `AUTH`. Serverbetreiber sollten diesen Code nicht mehr senden.",
    ],
    // 530 vs 550
    [
        "Fehlt nur eine Anmeldung oder die Verschlüsselung?",
        "Bei `530` ja: Der Server will nur `AUTH` oder, bei manchen Servern, `STARTTLS`, bevor er weitermacht. Bei `550` nein: Das Postfach oder die Nachricht selbst wird abgelehnt, etwa wegen einer unbekannten Adresse oder einer Richtlinienregel.",
        "`MAIL FROM` oder ein späterer Befehl kam vor `AUTH` oder vor `STARTTLS` bei einem Server, der TLS verlangt.",
        "Aktivieren Sie im Mailprogramm die Authentifizierung für den Postausgangsserver und TLS, falls der Text das verlangt, und senden Sie dann erneut.",
        "Der Empfänger ist unbekannt, Relaying wird abgelehnt, der Absender ist gesperrt, oder eine Richtlinie lehnt die Nachricht ab.",
        "Richten Sie sich nach dem erweiterten Code: Bei `5.1.1` korrigieren Sie die Adresse; bei `5.7.1` senden Sie mit Anmeldung über Ihren eigenen Server oder korrigieren die Einrichtung des Absenders.",
    ],
    // 550 vs 556
    [
        "Gilt die Ablehnung für jede Adresse der Domain?",
        "Bei `550` nein: Abgelehnt wird ein Postfach, ein Absender oder eine Nachricht, und andere Adressen der Domain können funktionieren. Bei `556` ja: Die Domain erklärt, dass sie überhaupt keine Mail empfängt.",
        "Ein Postfach ist unbekannt, der Absender darf es nicht nutzen, oder eine Richtlinie lehnt diese Mail ab.",
        "Lesen Sie den erweiterten Code: Korrigieren Sie die Adresse, oder lassen Sie den Admin des Absenders das Richtlinienproblem beheben.",
        "Ein Relay- oder Submission-Server findet einen Null-MX-Eintrag für die Domain des Empfängers und lehnt `RCPT TO` ab, ohne eine Verbindung zu versuchen (`5.1.10`).",
        "Prüfen Sie die Domain nach dem `@` auf Tippfehler und bitten Sie um eine funktionierende Adresse. Ein Domaininhaber, der Mail empfangen will, ersetzt den Null-MX durch echte MX-Einträge.",
    ],
    // 552 vs 554
    [
        "Sagt schon der Antwortcode, dass Größe oder Speicherplatz das Problem war?",
        "Bei `552` ja: Er bedeutet, dass ein Größen- oder Speicherlimit überschritten wurde. Bei `554` nein: Für sich genommen nennt er keine Ursache; was fehlgeschlagen ist, sagen nur der erweiterte Code, etwa `5.3.4`, oder der Text.",
        "Die bei `MAIL FROM` angekündigte `SIZE` überschreitet das Limit, die Nachrichtendaten erweisen sich als zu groß, oder das Postfach des Empfängers ist voll.",
        "Verkleinern Sie die Nachricht oder verschicken Sie große Dateien als Link. Bei einem vollen Postfach muss der Empfänger Platz schaffen.",
        "Der Server weist den Client bei der Begrüßung ab, findet bei `DATA` keinen angenommenen Empfänger oder lehnt den Inhalt nach den Nachrichtendaten ab.",
        "Lesen Sie im Text und im erweiterten Code den Grund nach und ändern Sie dann, was abgelehnt wurde; unverändert erneut zu senden, hilft nicht.",
    ],
    // 553 vs 554
    [
        "Liegt das Problem in einer einzelnen Postfachadresse?",
        "Bei `553` ja: Ein Postfachname ist fehlerhaft, nicht zulässig oder mehrdeutig. Bei `554` nein: Abgelehnt wird die ganze Transaktion oder Sitzung, nicht eine einzelne Adresse.",
        "Die Adresse in `MAIL FROM` oder `RCPT TO` ist fehlerhaft oder enthält Zeichen, die der Server nicht annimmt, oder ein Name bei `VRFY` ist mehrdeutig.",
        "Korrigieren Sie die Adresse Zeichen für Zeichen und senden Sie erneut.",
        "Der Server weist den Client bei der Begrüßung ab, hat bei `DATA` keinen gültigen Empfänger oder lehnt den Inhalt ab.",
        "Lesen Sie den Text und den erweiterten Code. Ändern Sie den abgelehnten Inhalt, oder der Admin der sendenden Domain muss die Sperre des sendenden Hosts aufheben lassen.",
    ],
    // 251 vs 551
    [
        "Reicht der Server die Nachricht selbst weiter?",
        "Bei `251` ja: Er nimmt den Empfänger an und leitet die Mail an die neue Adresse weiter. Bei `551` nein: Er lehnt den Empfänger ab, und der Client muss selbst an die neue Adresse senden.",
        "Der Empfänger ist umgezogen, und der Server nimmt die Mail an und leitet sie weiter, wobei er die neue Adresse nennt.",
        "Für diese Nachricht ist nichts zu tun; der Absender kann sein Adressbuch aktualisieren.",
        "Die Mail des Empfängers wird anderswo verarbeitet, und der Betreiber nennt die neue Adresse, statt weiterzuleiten.",
        "Prüfen Sie, ob die Adresse im Text plausibel ist, senden Sie die Nachricht dorthin und aktualisieren Sie den Kontakt.",
    ],
    // 235 vs 535
    [
        "War die Anmeldung erfolgreich?",
        "Bei `235` ja: Die Zugangsdaten wurden für den Rest der Sitzung akzeptiert. Bei `535` nein: Der Server hat Benutzername, Passwort oder andere Zugangsdaten abgelehnt.",
        "Ein `AUTH`-Austausch endete mit gültigen Zugangsdaten, normalerweise mit dem erweiterten Code `2.7.0`.",
        "Fahren Sie mit `MAIL FROM` fort. Schlägt das Senden trotzdem fehl, liegt die Ursache in einer späteren Antwort.",
        "Ein `AUTH`-Austausch endete mit einem falschen Passwort, einem unbekannten Benutzer oder Zugangsdaten, die für das Konto nicht ausreichen, meist mit `5.7.8`.",
        "Korrigieren Sie die Zugangsdaten im Mailprogramm; Client-Software sollte den Benutzer erneut fragen, statt es mit denselben Daten noch einmal zu versuchen.",
    ],
    // 235 vs 334
    [
        "Ist der `AUTH`-Austausch abgeschlossen?",
        "Bei `235` ja: Die Anmeldung war erfolgreich. Bei `334` nein: Der Server wartet auf die nächste Antwort des Clients in diesem Austausch.",
        "Der Client hat `AUTH` mit Zugangsdaten abgeschlossen, die der Server akzeptiert hat.",
        "Fahren Sie mit `MAIL FROM` und dem Rest der Transaktion fort.",
        "Nach `AUTH` und nach jeder Antwort des Clients sendet der Server Base64-Daten für den Mechanismus, womöglich leer, bis der Austausch abgeschlossen ist.",
        "Antworten Sie mit einer Base64-Zeile oder brechen Sie mit `*` ab. Hängen Anmeldungen hier, prüfen Sie, ob beide Seiten den Mechanismus unterstützen und ob nichts die Verbindung trennt.",
    ],
    // 334 vs 354
    [
        "Wartet der Server auf den Inhalt der Nachricht?",
        "Bei `334` nein: Er wartet auf den nächsten Schritt einer Anmeldung mit `AUTH`. Bei `354` ja: Er hat `DATA` angenommen und wartet auf die Nachricht, die mit einer Zeile aus einem einzelnen Punkt endet.",
        "Während `AUTH` sendet der Server Daten, die der Mechanismus festlegt, etwa eine Challenge, und wartet auf die Base64-Antwort des Clients.",
        "Senden Sie die Base64-Antwort, oder `*`, um die Anmeldung abzubrechen.",
        "Der Server hat `DATA` angenommen, nachdem mindestens ein Empfänger angenommen wurde, und wartet auf Header, Nachrichtentext und den abschließenden Punkt.",
        "Senden Sie die Nachricht und die Punktzeile und warten Sie dann auf die abschließende Antwort.",
    ],
    // 432 vs 535
    [
        "Wurde das Passwort abgelehnt?",
        "Bei `432` nein: Der Server braucht eine einmalige Anmeldung mit `PLAIN`, bevor der gewählte Mechanismus für das Konto funktionieren kann. Bei `535` ja: Die Zugangsdaten wurden nicht akzeptiert.",
        "Der Server hat die Zugangsdaten des Kontos noch nicht in der Form, die der angefragte `AUTH`-Mechanismus braucht (`4.7.12`).",
        "Melden Sie sich einmal mit `PLAIN` an, nur über eine verschlüsselte Verbindung, und wechseln Sie danach zurück zum bevorzugten Mechanismus.",
        "Am Ende von `AUTH` war das Passwort falsch, der Benutzer unbekannt, oder die Zugangsdaten reichten für das Konto nicht aus.",
        "Korrigieren Sie Benutzername und Passwort, die im Mailprogramm gespeichert sind.",
    ],
    // 551 vs X.1.6
    [
        "Wird eine neue Adresse genannt?",
        "Bei `551` ja: Der Text nennt meist die Adresse, die stattdessen zu verwenden ist. Bei `X.1.6` nein: Das Postfach ist umgezogen, aber eine Weiterleitungsadresse ist nicht bekannt.",
        "Die Mail des Benutzers wird anderswo verarbeitet, und der Betreiber nennt die neue Adresse als Antwort auf `RCPT TO` oder `VRFY`.",
        "Prüfen Sie, ob die genannte Adresse plausibel ist, senden Sie die Nachricht dorthin und aktualisieren Sie den Kontakt.",
        "Eine frühere Adresse, etwa einer Person, die eine Organisation verlassen hat, nimmt keine Mail mehr an, und der Server kann keine neue Adresse nennen.",
        "Löschen Sie die Adresse aus Kontakten und Listen und fragen Sie die Person nach ihrer aktuellen.",
    ],
    // X.2.2 vs X.2.3
    [
        "Würde eine kleinere Nachricht in dieses Postfach passen?",
        "Bei `X.2.2` nein: Das Postfach hat sein Kontingent aufgebraucht, und nichts passt mehr hinein, bis der Empfänger Platz schafft. Bei `X.2.3` ja: Die Nachricht überschreitet das eigene Größenlimit dieses Postfachs, eine kleinere kann also durchgehen.",
        "Das Postfach des Empfängers hat sein Speicherkontingent überschritten, festgestellt bei `RCPT TO`, am Ende der Nachrichtendaten oder bei der endgültigen Zustellung.",
        "Informieren Sie den Empfänger auf anderem Weg; er muss Mails löschen oder archivieren, oder sein Admin muss das Kontingent erhöhen. Nach `4.2.2` versucht es Ihr Server erneut; nach `5.2.2` senden Sie später noch einmal.",
        "Für den Empfänger gilt ein niedrigeres Größenlimit als das allgemeine des Servers, und die Nachricht liegt darüber. Server senden ihn mit `552`, meist nach den Nachrichtendaten.",
        "Entfernen oder komprimieren Sie Anhänge, oder teilen Sie große Dateien per Link. Braucht der Empfänger große Dateien, kann sein Administrator das Limit seines Postfachs erhöhen.",
    ],
    // X.1.1 vs X.1.2
    [
        "Nimmt die Domain des Empfängers Mail an?",
        "Bei `X.1.1` ja: Die Domain funktioniert, aber das Postfach vor dem `@` existiert dort nicht. Bei `X.1.2` nein: Der Teil nach dem `@` existiert nicht oder kann keine E-Mail empfangen.",
        "Der empfangende Server kennt die Domain, aber nicht das Postfach, und beantwortet `RCPT TO` mit `550 5.1.1`, oder ein späterer Server meldet es in einer Unzustellbarkeitsnachricht.",
        "Prüfen Sie den Teil vor dem `@` und bestätigen Sie die Adresse beim Empfänger; die Person hat vielleicht die Organisation verlassen oder die Adresse gewechselt.",
        "Eine DNS-Abfrage für die Domain des Empfängers findet keine solche Domain oder keinen nutzbaren Mailserver. Sendende Server melden das in Unzustellbarkeitsnachrichten, und Relays können `RCPT TO` damit ablehnen.",
        "Prüfen Sie die Domain auf Tippfehler, etwa eine falsch geschriebene Endung, und lassen Sie sich die Adresse vom Empfänger bestätigen. Gehört Ihnen die Domain, registrieren Sie diese und veröffentlichen Sie korrekte MX-Einträge.",
    ],
    // X.1.1 vs X.2.1
    [
        "Existiert das Postfach?",
        "Bei `X.1.1` nein: Bei der Domain gibt es kein Postfach dieses Namens. Bei `X.2.1` ja: Das Postfach existiert, ist aber für eingehende Mail abgeschaltet.",
        "Der Name vor dem `@` ist bei einer Domain, die Mail annimmt, unbekannt, daher erhält `RCPT TO` die Antwort `550 5.1.1`.",
        "Korrigieren Sie die Adresse oder fragen Sie den Empfänger nach der aktuellen; unverändert erneut gesendet, scheitert die Nachricht wieder.",
        "Der Provider hat das Konto stillgelegt, gesperrt oder geschlossen, aber noch nicht gelöscht. `4.2.1` bedeutet eine Sperre auf Zeit, `5.2.1` eine, die nicht aufgehoben wird.",
        "Wenden Sie sich auf anderem Weg an den Empfänger, um eine funktionierende Adresse zu erfahren oder das Konto wieder freischalten zu lassen. Nach `4.2.1` versucht es Ihr Server von selbst erneut.",
    ],
    // X.4.1 vs X.4.2
    [
        "Kam eine Verbindung zum nächsten Server zustande?",
        "Bei `X.4.1` nein: Der Host hat nie geantwortet, weil er ausgelastet, ausgefallen oder nicht erreichbar war. Bei `X.4.2` ja: Eine Verbindung kam zustande, brach aber ab, bevor die Transaktion abgeschlossen war.",
        "Der sendende Server hat von den Mailhosts des Empfängers keine Antwort bekommen: Seine Verbindungen liefen in ein Timeout oder wurden abgewiesen. Er meldet das in Verzögerungsbenachrichtigungen oder in seinem Log.",
        "Warten Sie die erneuten Versuche ab. Dauert es Stunden, prüfen Sie die MX-Einträge der Empfängerdomain, ob ihre Server laufen und Verbindungen annehmen und ob keine Firewall sie blockiert.",
        "Die Gegenseite hat während der Sitzung nicht mehr geantwortet, oder die Verbindung ist abgerissen, zum Beispiel mitten in einer langen `DATA`-Übertragung.",
        "Lassen Sie den sendenden Server erneut zustellen und die Transaktion wie ein vorübergehendes `451` behandeln. Scheitert es bei einem Ziel immer wieder, suchen Sie nach Paketverlust und prüfen Sie die Timeouts auf beiden Seiten.",
    ],
    // X.4.1 vs X.4.7
    [
        "Endete die Zustellung, weil die Nachricht zu alt wurde?",
        "Bei `X.4.1` nein: Er nennt das eigentliche Hindernis, einen nächsten Host, der nicht geantwortet hat. Bei `X.4.7` ja: Die Nachricht lag länger als erlaubt in der Warteschlange oder hat eine vom Absender gesetzte Frist verpasst.",
        "Verbindungen zu den Mailhosts des Empfängers liefen in ein Timeout oder wurden abgewiesen, der Host wirkte also ausgelastet, ausgefallen oder unerreichbar.",
        "Lassen Sie den sendenden Server weiter versuchen. Dauert es Stunden, prüfen Sie die MX-Einträge des Empfängers, seine Mailserver und jede Firewall dazwischen.",
        "Ein sendender Server hat ein Ziel tagelang erfolglos angesteuert und aufgegeben, oder eine mit der Erweiterung Deliver By gesetzte Frist ist verstrichen.",
        "Suchen Sie in der Unzustellbarkeitsnachricht oder im Serverlog nach den Fehlern der früheren Versuche, beheben Sie diese eigentliche Ursache und senden Sie die Nachricht dann erneut.",
    ],
    // X.7.1 vs X.7.26
    [
        "Sagt der Code, dass mehrere Authentifizierungsprüfungen fehlgeschlagen sind?",
        "Bei `X.7.1` nein: Er sagt nur, dass eine Richtlinie die Zustellung ablehnt, was an Relaying, einer Blockliste oder einer einzelnen fehlgeschlagenen Prüfung liegen kann. Bei `X.7.26` ja: Mehr als eine Prüfung, etwa SPF, DKIM oder Reverse-DNS, ist fehlgeschlagen.",
        "Die empfangende Seite lehnt Relaying ab, blockiert den sendenden Host oder Absender oder weist eine Nachricht ab, die SPF oder DMARC nicht bestanden hat.",
        "Lesen Sie im Text nach, welche Regel gegriffen hat. Verwenden Sie Ihren eigenen Server, statt über einen fremden zu senden; der Admin des Absenders korrigiert SPF oder DMARC oder beantragt bei einer genannten Blockliste die Austragung.",
        "Die Nachricht hat mehrere Authentifizierungsprüfungen des Empfängers nicht bestanden, und seine Richtlinie lehnt sie ab. Server verwenden diesen Code, statt nur den ersten Fehler zu nennen.",
        "Der Admin des Absenders bringt jede Prüfung in Ordnung: alle sendenden Server in den SPF-Eintrag, DKIM-Signaturen der `From`-Domain und passendes Reverse-DNS. Eine Testnachricht zeigt jedes Ergebnis.",
    ],
    // X.7.23 vs X.7.24
    [
        "Kam die SPF-Prüfung zu einem Ergebnis?",
        "Bei `X.7.23` ja: Das Ergebnis war „fail“, weil der Eintrag der Domain die sendende IP-Adresse nicht autorisiert. Bei `X.7.24` nein: Ein Fehler hat die Prüfung abgebrochen, ein DNS-Problem oder ein fehlerhafter Eintrag.",
        "Die Domain in `MAIL FROM` oder der `HELO`-Name veröffentlicht einen SPF-Eintrag, der die sendende IP-Adresse nicht abdeckt, und die Richtlinie des Empfängers lehnt solche Mail ab.",
        "Der Admin des Absenders nimmt jeden legitimen sendenden Server in den SPF-Eintrag auf. Ist eine Weiterleitung die Ursache, sollte der Weiterleitende `MAIL FROM` auf seine eigene Domain umschreiben.",
        "DNS-Abfragen für den SPF-Eintrag laufen in ein Timeout (`451 4.7.24`), oder der Eintrag hat einen Syntaxfehler, ist doppelt veröffentlicht oder braucht mehr als 10 Abfragen (`550 5.7.24`).",
        "Der Admin des Absenders behält genau einen Eintrag, der mit `v=spf1` beginnt, korrigiert Tippfehler und bleibt bei höchstens 10 Abfragen. Bei der vorübergehenden Form stellen Sie sicher, dass das DNS zuverlässig antwortet.",
    ],
    // X.7.23 vs X.7.26
    [
        "War SPF die einzige Prüfung, die als fehlgeschlagen genannt wird?",
        "Bei `X.7.23` ja: Das SPF-Ergebnis war „fail“, und das ist der angegebene Grund. Bei `X.7.26` nein: Mehrere Authentifizierungsprüfungen sind fehlgeschlagen, und der Code sagt nicht, welche.",
        "Die sendende IP-Adresse ist nicht vom SPF-Eintrag der `MAIL FROM`-Domain oder des `HELO`-Namens abgedeckt, oft nachdem ein neuer Maildienst hinzugekommen ist oder wegen einer Weiterleitung.",
        "Nehmen Sie den fehlenden Server oder das `include:` des Providers in den einzigen SPF-Eintrag der Domain auf. Bei Weiterleitungen schreibt der Weiterleitende `MAIL FROM` auf seine eigene Domain um.",
        "Mehr als eine Prüfung ist fehlgeschlagen, etwa bei gefälschter Mail oder bei weitergeleiteter Mail, bei der sowohl SPF als auch DKIM kaputtgegangen sind. Auch ein DMARC-Fehlschlag bedeutet, dass keine der beiden Prüfungen für die `From`-Domain bestanden hat.",
        "Bringen Sie SPF, die DKIM-Signatur durch die `From`-Domain und Reverse-DNS gemeinsam in Ordnung und prüfen Sie dann jedes Ergebnis im `Authentication-Results`-Header einer Testnachricht.",
    ],
    // X.5.1 vs X.5.2
    [
        "War der Befehl korrekt aufgebaut?",
        "Bei `X.5.1` ja: Der Befehl war lesbar, wird aber nicht unterstützt oder kam an der falschen Stelle der Sitzung. Bei `X.5.2` nein: Seine Syntax war falsch, oder das Befehlswort war unbekannt.",
        "Der Client hat einen nicht unterstützten oder abgeschalteten Befehl gesendet oder einen in der falschen Reihenfolge, etwa `RCPT TO` vor `MAIL FROM` oder einen Befehl vor einem erforderlichen `STARTTLS`.",
        "Korrigieren Sie den Client: Halten Sie die Reihenfolge `EHLO`, `MAIL FROM`, `RCPT TO`, `DATA` ein und verwenden Sie nur Befehle aus der `EHLO`-Antwort.",
        "Ein Befehl war fehlerhaft, oder eine Antwort während `AUTH` war kein gültiges Base64. `550 5.5.2` meldet außerdem einen SPF-Eintrag, der sich nicht auswerten lässt.",
        "Suchen Sie den abgelehnten Befehl im SMTP-Log und sorgen Sie dafür, dass der Client ihn korrekt aufgebaut sendet. Im SPF-Fall repariert der Inhaber der sendenden Domain den Eintrag.",
    ],
    // X.2.3 vs X.3.4
    [
        "Gilt das Größenlimit nur für diesen Empfänger?",
        "Bei `X.2.3` ja: Dieses Postfach hat ein eigenes Limit, niedriger als das des Servers, und andere Empfänger können die Nachricht trotzdem erhalten. Bei `X.3.4` nein: Die Nachricht überschreitet das Maximum des Systems für jeden Empfänger.",
        "Die Nachricht überschreitet das Größenlimit, das für das Postfach eines Empfängers gilt. Er kommt mit `552`, meist nach den Nachrichtendaten.",
        "Verkleinern Sie die Nachricht, oder bitten Sie den Empfänger, das Limit seines Postfachs von seinem Administrator erhöhen zu lassen.",
        "Die bei `MAIL FROM` angekündigte `SIZE` oder die tatsächliche Größe nach den Daten liegt über der größten Nachricht, die das empfangende System annimmt.",
        "Komprimieren Sie große Dateien oder teilen Sie diese per Link, und bleiben Sie unter der Zahl nach `SIZE` in der `EHLO`-Antwort des Servers.",
    ],
    // X.1.1 vs X.1.3
    [
        "War die Adresse korrekt aufgebaut?",
        "Bei `X.1.1` ja: Die Adresse war lesbar, aber es gibt kein solches Postfach. Bei `X.1.3` nein: Die Adresse ist fehlerhaft, daher hat der Server sie gar nicht erst nachgeschlagen.",
        "Die Domain nimmt Mail an, hat aber kein Postfach dieses Namens; typisch ist `550 5.1.1` als Antwort auf `RCPT TO`.",
        "Lassen Sie sich die Adresse auf anderem Weg vom Empfänger bestätigen und korrigieren Sie diese.",
        "Die Empfängeradresse enthält unzulässige Zeichen oder Leerzeichen, ein fehlendes oder zusätzliches `@`, keine spitzen Klammern, oder sie ist zu lang. Meist kommt er als `501 5.1.3`.",
        "Entfernen Sie überzählige Zeichen und achten Sie auf genau ein `@` und eine gültige Domain. Entwickler prüfen, ob `RCPT TO` die reine Adresse in spitzen Klammern enthält.",
    ],
    // X.1.1 vs X.1.6
    [
        "Sagt der Server, dass die Adresse früher funktioniert hat?",
        "Bei `X.1.1` nein: Der Server sagt nur, dass kein Postfach dieses Namens existiert. Bei `X.1.6` ja: Das Postfach ist umgezogen, und eine Weiterleitungsadresse ist nicht bekannt.",
        "Der Name vor dem `@` ist bei einer Domain, die Mail annimmt, unbekannt.",
        "Prüfen Sie die Adresse auf Tippfehler und lassen Sie sich diese vom Empfänger bestätigen.",
        "Die Adresse gehört jemandem, der die Organisation verlassen hat oder zu einem anderen Provider gewechselt ist, und der Server kann keine neue Adresse nennen.",
        "Verwenden Sie die Adresse nicht mehr, entfernen Sie diese aus Kontakten und Verteilerlisten und fragen Sie die Person nach ihrer aktuellen Adresse.",
    ],
    // X.1.2 vs X.1.10
    [
        "Hat die Domain erklärt, dass sie keine Mail annimmt?",
        "Bei `X.1.2` nein: Die Domain existiert nicht oder hat keinen nutzbaren Mailserver. Bei `X.1.10` ja: Sie veröffentlicht einen Null-MX, eine bewusste Erklärung, dass sie keine E-Mail annimmt.",
        "Die DNS-Abfrage für die Domain des Empfängers findet keine solche Domain oder keinen nutzbaren Mailserver.",
        "Prüfen Sie die Domain auf Tippfehler und lassen Sie sich die Adresse bestätigen. Gehört Ihnen die Domain, stellen Sie sicher, dass sie registriert ist und MX- oder Adresseinträge veröffentlicht.",
        "Die DNS-Abfrage findet einen Null-MX für die Domain des Empfängers, daher lehnen Server `RCPT TO` sofort ab, meist mit `556`.",
        "Prüfen Sie, ob ein Tippfehler oder eine ähnlich aussehende Domain vorliegt, und besorgen Sie sich eine funktionierende Adresse. Ein Inhaber, der Mail empfangen will, ersetzt den Null-MX durch echte MX-Einträge.",
    ],
    // X.1.3 vs X.1.7
    [
        "Ist die fehlerhafte Adresse die des Empfängers?",
        "Bei `X.1.3` ja: Die Adresse in `RCPT TO` ist nicht korrekt aufgebaut. Bei `X.1.7` nein: Fehlerhaft ist die Absenderadresse, meist die in `MAIL FROM`.",
        "Die Empfängeradresse enthält unzulässige Zeichen, ein fehlendes oder zusätzliches `@` oder keine spitzen Klammern.",
        "Korrigieren Sie die Empfängeradresse und senden Sie erneut.",
        "Der Absenderadresse fehlt eine Domain oder ein `@`, sie enthält ungültige Zeichen oder keine spitzen Klammern, oft weil ein Skript, ein Formular oder ein Gerät falsch eingerichtet ist.",
        "Korrigieren Sie die Absenderadresse in den Einstellungen des Programms oder Geräts. `MAIL FROM` darf nur die reine Adresse in spitzen Klammern enthalten, ohne Anzeigenamen.",
    ],
    // X.2.2 vs X.3.1
    [
        "Kann der Empfänger das beheben, indem er Mails löscht?",
        "Bei `X.2.2` ja: Nur sein Postfach hat das Kontingent überschritten. Bei `X.3.1` nein: Dem ganzen Mailsystem ist der Speicherplatz ausgegangen, und nur sein Administrator kann Platz hinzufügen.",
        "Das Postfach eines Empfängers hat sein Kontingent erreicht; andere Empfänger auf demselben Server können die Nachricht trotzdem erhalten.",
        "Informieren Sie den Empfänger auf anderem Weg; er löscht oder archiviert Mails, oder sein Admin erhöht das Kontingent.",
        "Der Festplatten- oder Warteschlangenspeicher des Servers ist erschöpft, daher beantwortet er `MAIL FROM`, `RCPT TO` oder die Nachrichtendaten mit `452 4.3.1`.",
        "Absender warten, während die Nachricht erneut versucht wird; der Administrator des empfangenden Servers gibt Speicherplatz frei oder erweitert ihn.",
    ],
    // X.3.1 vs X.5.3
    [
        "Ist dem Server der Speicherplatz ausgegangen?",
        "Bei `X.3.1` ja: Dem Mailsystem als Ganzem ist der Platz ausgegangen. Bei `X.5.3` nein: Die Nachricht nennt mehr Empfänger, als der Server in einer Transaktion annimmt.",
        "Festplatten- oder Warteschlangenspeicher ist erschöpft, oder es ist kein Platz für die angekündigte `SIZE`. Er kommt als `452 4.3.1`.",
        "Der Absender muss nichts tun; der Administrator des empfangenden Servers gibt Speicherplatz frei oder erweitert ihn.",
        "`RCPT TO` hat das Empfängerlimit des Servers für eine Nachricht überschritten; meist mit `452`, manchmal mit `451` oder als dauerhaftes `5.5.3`.",
        "Stellen Sie an die bereits angenommenen Empfänger zu und senden Sie den Rest in einer neuen Transaktion; wer an viele schreibt, teilt große Verteiler auf oder nutzt eine Mailingliste.",
    ],
    // X.4.3 vs X.4.4
    [
        "Hat der Verzeichnisdienst selbst nicht geantwortet?",
        "Bei `X.4.3` ja: DNS oder ein anderer Verzeichnisdienst war nicht erreichbar oder hat nicht reagiert. Bei `X.4.4` nein: Das Problem sind die Routing-Daten, typischerweise eine Domain ohne nutzbare MX- oder Adresseinträge.",
        "Eine für die Zustellung nötige DNS-Abfrage lief in ein Timeout oder scheiterte auf der Seite des DNS-Servers, etwa bei einer SPF-Prüfung (`451 4.4.3`).",
        "Lassen Sie die erneuten Versuche laufen. Hält es an, prüfen Sie den Resolver des meldenden Servers und die Nameserver der betroffenen Domain.",
        "Die Domain des Empfängers existiert nicht, hat keine nutzbaren MX- oder Adresseinträge oder liefert nur einen SOA-Eintrag, daher ist kein nächster Hop bekannt.",
        "Prüfen Sie die Empfängerdomain auf Tippfehler. Ist sie korrekt, muss ihr Inhaber MX- oder Adresseinträge veröffentlichen, die zu einem erreichbaren Mailserver führen.",
    ],
    // X.7.8 vs X.7.9
    [
        "Wurden die Zugangsdaten selbst abgelehnt?",
        "Bei `X.7.8` ja: Benutzername, Passwort oder andere Zugangsdaten waren falsch oder reichten nicht aus. Bei `X.7.9` nein: Nur der Anmeldemechanismus wurde als zu schwach abgelehnt, und das Passwort kann durchaus stimmen.",
        "Ein Submission-Server lehnt `AUTH` mit `535 5.7.8` ab, etwa weil im Mailprogramm noch ein altes Passwort gespeichert ist.",
        "Geben Sie Benutzername und Passwort für den Postausgangsserver neu ein; manche Provider verlangen die vollständige Adresse als Benutzernamen oder ein App-Passwort.",
        "`AUTH` hat einen Mechanismus verwendet, der schwächer ist, als die Richtlinie des Servers für das Konto zulässt, und erhielt die Antwort `534 5.7.9`.",
        "Wählen Sie einen anderen Mechanismus aus denen, die in der `EHLO`-Antwort nach `AUTH` aufgeführt sind, oder fragen Sie den Provider, welchen er verlangt.",
    ],
    // X.7.8 vs X.7.13
    [
        "Waren die Anmeldedaten korrekt?",
        "Bei `X.7.8` nein: Die Zugangsdaten waren falsch oder reichten nicht aus. Bei `X.7.13` ja: Die Anmeldung war erfolgreich, aber das Konto ist deaktiviert und darf nicht senden.",
        "`AUTH` ist fehlgeschlagen, und der Server antwortet mit `535 5.7.8`, typischerweise weil im Mailprogramm ein altes Passwort gespeichert ist.",
        "Korrigieren Sie Benutzername und Passwort für den Postausgangsserver, oder verwenden Sie das separate App-Passwort, das der Provider verlangt.",
        "Direkt nach einem erfolgreichen `AUTH` weist der Provider ein Konto ab, das er abgeschaltet hat, etwa wegen unbezahlter Rechnungen, Missbrauchs oder Anzeichen eines Einbruchs.",
        "Geben Sie das Passwort nicht immer wieder ein. Wenden Sie sich an den Provider, um zu erfahren, warum das Konto deaktiviert wurde, und lassen Sie es wieder freischalten.",
    ],
    // X.7.7 vs X.7.20
    [
        "Wird die Nachricht abgelehnt, weil der Empfänger eine gültige DKIM-Signatur verlangt?",
        "Bei `X.7.7` nein: Beanstandet wird, dass die Nachricht nach dem Signieren verändert wurde, daher ist ihre Integritätsprüfung fehlgeschlagen. Bei `X.7.20` ja: Der Empfänger verlangt eine gültige DKIM-Signatur, und die Nachricht war unsigniert, oder jede Signatur ist bei der Prüfung durchgefallen.",
        "Ein Prüfer stellt fest, dass eine signierte oder geschützte Nachricht nicht mehr zu ihrer Signatur passt, oft weil ein Server nach dem Signieren Header umgeschrieben oder Text angefügt hat.",
        "Finden Sie heraus, was die Nachricht nach dem Signieren verändert, etwa Mailinglisten, Weiterleitungen oder Werkzeuge für Fußzeilen, und signieren Sie als allerletzten Schritt, bevor sie hinausgeht.",
        "Ein Empfänger, der auf DKIM besteht, hat nach dem Eintreffen der Nachrichtendaten eine Nachricht ohne Signatur oder nur mit fehlgeschlagenen Signaturen erhalten.",
        "Signieren Sie alle ausgehenden Mails mit DKIM und veröffentlichen Sie den öffentlichen Schlüssel unter `<selector>._domainkey.<domain>`; prüfen Sie dann, ob eine Testnachricht bei DKIM das Ergebnis „pass“ erhält.",
    ],
    // X.7.20 vs X.7.22
    [
        "Hat irgendeine DKIM-Signatur die Prüfung bestanden?",
        "Bei `X.7.20` nein: Die Nachricht hatte keine Signatur, oder jede ist durchgefallen. Bei `X.7.22` ja: Signaturen wurden bestätigt, aber keine stammt von der Domain im Headerfeld `From`.",
        "Ein Empfänger, der DKIM verlangt, hat eine unsignierte Nachricht erhalten oder eine, deren Signaturen durchgefallen sind, etwa weil der Schlüssel im DNS fehlt.",
        "Signieren Sie alle ausgehenden Mails, veröffentlichen Sie den öffentlichen Schlüssel unter `<selector>._domainkey.<domain>` und unterbinden Sie Änderungen an der Nachricht nach dem Signieren.",
        "Ein Maildienst hat mit seiner eigenen Domain statt mit der `From`-Domain des Kunden signiert, und der Empfänger verlangt, dass beide übereinstimmen.",
        "Sorgen Sie dafür, dass die `d=`-Domain der Signatur die `From`-Domain ist, etwa indem Sie beim Dienst DKIM für eigene Domains einrichten.",
    ],
    // X.1.10 vs X.7.27
    [
        "Hat die Domain des Empfängers den Null-MX?",
        "Bei `X.1.10` ja: Die Domain, an die Sie senden, nimmt keine Mail an. Bei `X.7.27` nein: Die Domain des Absenders veröffentlicht den Null-MX, daher könnten Antworten und Unzustellbarkeitsnachrichten sie nie erreichen.",
        "Die Domain des Empfängers veröffentlicht einen Null-MX, daher lehnen Server `RCPT TO` sofort ab, meist mit `556`.",
        "Prüfen Sie die Empfängerdomain auf Tippfehler oder ähnlich aussehende Namen und lassen Sie sich vom Empfänger eine funktionierende Adresse geben.",
        "Die Domain in `MAIL FROM` oder im Headerfeld `From` hat einen Null-MX; oft steckt eine gefälschte Absenderadresse dahinter oder ein versehentlich veröffentlichter Null-MX.",
        "Senden Sie von einer Domain, die Mail empfangen kann. Soll die Domain Mail versenden, ersetzt ihr Admin den Null-MX durch echte MX-Einträge.",
    ],
    // X.0.0 vs X.7.0
    [
        "Sagt der Code, in welchem Bereich das Problem liegt?",
        "Bei `X.0.0` nein: Er gibt nur die Klasse an (Erfolg, vorübergehender oder dauerhafter Fehler) und nichts über die Ursache. Bei `X.7.0` ja: Eine Sicherheits- oder Richtlinienregel hat den Befehl oder die Nachricht gestoppt.",
        "Die Software kann das Ergebnis keinem genaueren Code zuordnen. `2.0.0` kennzeichnet auch gewöhnliche Erfolge, etwa die Antwort `221` auf `QUIT`.",
        "Bei `4.0.0` versucht es der sendende Server erneut. Bei `5.0.0` lesen Sie den Text; sagt er nichts, schicken Sie die Fehlerzeile und ihren Zeitpunkt an den Admin des Servers.",
        "Ein Sicherheitsschritt hat den Befehl blockiert: `454 4.7.0` bei einem vorübergehenden Anmeldefehler, `530 5.7.0`, wenn zuerst `AUTH` oder `STARTTLS` kommen muss, oder eine unerklärte Ablehnung aus Richtliniengründen.",
        "Tun Sie, was der Server verlangt, also zuerst `STARTTLS` oder `AUTH`, oder versuchen Sie es nach `454` später erneut. Andernfalls fragen Sie den Postmaster der empfangenden Seite.",
    ],
    // X.5.1 vs X.5.4
    [
        "War der Befehl selbst zulässig?",
        "Bei `X.5.1` nein: Der Befehl wird nicht unterstützt oder kam an der falschen Stelle der Sitzung. Bei `X.5.4` ja: Der Befehl war gültig, aber eines seiner Argumente nicht.",
        "Der Client hat einen unbekannten oder abgeschalteten Befehl gesendet, ein zweites `MAIL FROM` in einer Transaktion oder einen Befehl vor einem erforderlichen `STARTTLS` oder `AUTH`.",
        "Korrigieren Sie die Befehlsreihenfolge des Clients und verwenden Sie nur Befehle aus der `EHLO`-Antwort.",
        "Ein `AUTH`-Mechanismus, den der Server nicht anbietet (`504 5.5.4`), ein unbekannter Parameter bei `MAIL FROM` oder `RCPT TO` oder ein ungültiger Wert für einen Erweiterungsparameter.",
        "Vergleichen Sie den abgelehnten Befehl mit der `EHLO`-Antwort und senden Sie nur unterstützte Parameter mit gültigen Werten.",
    ],
    // X.7.1 vs X.7.23
    [
        "Sagt der Code, dass SPF der Grund war?",
        "Bei `X.7.1` nein: Er sagt nur, dass die Zustellung nicht autorisiert ist, was an Relaying, einer Blockliste oder einer anderen Regel liegen kann. Bei `X.7.23` ja: Die SPF-Prüfung hat für die sendende IP-Adresse „fail“ ergeben.",
        "Relaying wird abgelehnt, ein Filter blockiert den Host oder Absender, oder ein Server meldet so eine fehlgeschlagene SPF-Prüfung, wie RFC 7208 empfiehlt.",
        "Lesen Sie im Text nach, welche Regel gegriffen hat. Senden Sie über Ihren eigenen Server statt über einen fremden, oder lassen Sie den Admin des Absenders SPF, DMARC oder einen Blocklisteneintrag in Ordnung bringen.",
        "Die `MAIL FROM`-Domain oder der `HELO`-Name hat einen SPF-Eintrag, der die sendende IP-Adresse nicht autorisiert, und die Richtlinie lehnt solche Mail ab.",
        "Der Admin des Absenders führt jeden legitimen Server im einzigen SPF-Eintrag der Domain auf, mit `ip4:`, `ip6:` oder dem `include:` des Providers.",
    ],
    // X.7.23 vs X.7.25
    [
        "Ging es bei der Prüfung um den SPF-Eintrag des Absenders?",
        "Bei `X.7.23` ja: Der SPF-Eintrag der `MAIL FROM`-Domain oder des `HELO`-Namens hat die sendende IP-Adresse nicht autorisiert. Bei `X.7.25` nein: Die IP-Adresse selbst hat eine Reverse-DNS-Prüfung nicht bestanden.",
        "Der SPF-Eintrag der Absenderdomain deckt den sendenden Server nicht ab, oft nachdem ein neuer Maildienst hinzugekommen ist oder wegen einer Weiterleitung.",
        "Nehmen Sie die fehlenden Server in den SPF-Eintrag auf; Weiterleitende schreiben `MAIL FROM` auf ihre eigene Domain um.",
        "Die sendende IP-Adresse hat keinen PTR-Eintrag, oder ihr PTR-Name löst nicht zurück auf dieselbe Adresse auf, wie es bei neuen Cloud-Servern häufig vorkommt.",
        "Bitten Sie denjenigen, der die IP-Adresse verwaltet, um einen PTR-Eintrag mit dem Namen des Mailservers und einem passenden A- oder AAAA-Eintrag, und verwenden Sie diesen Namen in `EHLO`.",
    ],
];
