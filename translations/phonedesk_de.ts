<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiCall</name>
    <message>
        <source> Certificate: CN=%1, issued by CN=%2, valid %3 to %4, SHA-256 %5.</source>
        <translation> Zertifikat: CN=%1, ausgestellt von CN=%2, gültig von %3 bis %4, SHA-256 %5.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the server:</source>
        <translation>Der Server ist nicht erreichbar:</translation>
    </message>
    <message>
        <source>The secure connection failed:</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen:</translation>
    </message>
    <message>
        <source>The server redirected to another address; the request was not sent there.</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet; die Anfrage wurde nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The server rejected the API token. Check it, or create a new one.</source>
        <translation>Der Server hat das API-Token abgelehnt. Prüfen Sie es oder erstellen Sie ein neues.</translation>
    </message>
    <message>
        <source>Not allowed:</source>
        <translation>Nicht erlaubt:</translation>
    </message>
    <message>
        <source>Not allowed: the API token lacks the %1 scope.</source>
        <translation>Nicht erlaubt: Dem API-Token fehlt der Bereich %1.</translation>
    </message>
    <message>
        <source>Not found:</source>
        <translation>Nicht gefunden:</translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation>Konflikt:</translation>
    </message>
    <message>
        <source>The request is too large for the server (over 1 MiB).</source>
        <translation>Die Anfrage ist für den Server zu groß (über 1 MiB).</translation>
    </message>
    <message>
        <source>The server refused some fields:</source>
        <translation>Der Server hat einige Felder abgelehnt:</translation>
    </message>
    <message>
        <source>Too many requests; try again in %1 s.</source>
        <translation>Zu viele Anfragen; in %1 s erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Zu viele Anfragen; später erneut versuchen.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Fehler auf dem Server (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation>Unerwartete Antwort vom Server (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read:</source>
        <translation>Die Antwort des Servers war nicht lesbar:</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Manage the phone numbers of a workspace through the Phone Numbers API v2.

The API token comes from the environment variable PHONEDESK_TOKEN, else from the system keychain, else PhoneDesk asks for it. It is never taken from the command line.</source>
        <translation>Die Rufnummern eines Workspaces über die Phone Numbers API v2 verwalten.

Das API-Token kommt aus der Umgebungsvariable PHONEDESK_TOKEN, sonst aus dem Schlüsselbund des Systems, sonst fragt PhoneDesk danach. Von der Befehlszeile wird es nie genommen.</translation>
    </message>
    <message>
        <source>Start a local demo server with sample data and connect to it.</source>
        <translation>Einen lokalen Demo-Server mit Beispieldaten starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Work from the local cache only; never contact the server.</source>
        <translation>Nur mit dem lokalen Cache arbeiten; den Server nie kontaktieren.</translation>
    </message>
    <message>
        <source>Open this connection profile; with --base-url and --workspace, create or update it first. Default: the last one used.</source>
        <translation>Dieses Verbindungsprofil öffnen; mit --base-url und --workspace zuerst anlegen oder ändern. Standard: das zuletzt benutzte.</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.example.com.</source>
        <translation>Basis-URL der API, z. B. https://api.example.com.</translation>
    </message>
    <message>
        <source>Workspace UUID.</source>
        <translation>UUID des Workspaces.</translation>
    </message>
    <message>
        <source>Allow http:// to a host other than this machine (the token travels unencrypted).</source>
        <translation>http:// zu einem anderen Rechner als diesem erlauben (das Token wird unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>Cache file (default: in the user&apos;s data folder).</source>
        <translation>Cache-Datei (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en (default: the system&apos;s).</source>
        <translation>Sprache des Fensters, z. B. de oder en (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>--demo connects to its own server; leave out --profile, --base-url and --workspace</source>
        <translation>--demo verbindet sich mit seinem eigenen Server; --profile, --base-url und --workspace weglassen</translation>
    </message>
    <message>
        <source>--base-url and --workspace go together</source>
        <translation>--base-url und --workspace gehören zusammen</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation>unerwartetes Argument „%1“; siehe --help</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive number</source>
        <translation>Nummer archivieren</translation>
    </message>
    <message>
        <source>Checking which workflows and event rules use this number…</source>
        <translation>Es wird geprüft, welche Workflows und Ereignisregeln diese Nummer verwenden …</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why it blocks</source>
        <translation>Warum es blockiert</translation>
    </message>
    <message>
        <source>To confirm, type the number or its last four digits:</source>
        <translation>Zur Bestätigung die Nummer oder ihre letzten vier Ziffern eingeben:</translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>%1 cannot be set on many numbers at once</source>
        <translation>%1 kann nicht für viele Nummern auf einmal gesetzt werden</translation>
    </message>
    <message>
        <source>An archived number cannot change.</source>
        <translation>Eine archivierte Nummer kann sich nicht ändern.</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing to change: already set</source>
        <translation>Nichts zu ändern: bereits gesetzt</translation>
    </message>
    <message>
        <source>Create: %1</source>
        <translation>Anlegen: %1</translation>
    </message>
    <message>
        <source>already set: %1</source>
        <translation>bereits gesetzt: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Left alone: changed on the server since the preview</source>
        <translation>Ausgelassen: seit der Vorschau auf dem Server geändert</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>Nicht gesendet (abgebrochen)</translation>
    </message>
    <message>
        <source>Skipped: already set</source>
        <translation>Übersprungen: bereits gesetzt</translation>
    </message>
    <message>
        <source>Not sent: refused</source>
        <translation>Nicht gesendet: abgelehnt</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>cache: cannot open %1: %2</source>
        <translation>Cache: %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cache: %1 is not a checked cache of schema %2</source>
        <translation>Cache: %1 ist kein geprüfter Cache des Schemas %2</translation>
    </message>
    <message>
        <source>cache: %1 was written by a newer PhoneDesk (schema %2, this one knows %3)</source>
        <translation>Cache: %1 wurde von einem neueren PhoneDesk geschrieben (Schema %2, dieses kennt %3)</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Pick a saved profile, or type a new name</source>
        <translation>Ein gespeichertes Profil wählen oder einen neuen Namen eingeben</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;Basis-URL der API:</translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <source>&amp;Workspace UUID:</source>
        <translation>&amp;Workspace-UUID:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>unverändert, wenn leer gelassen</translation>
    </message>
    <message>
        <source>Allow plain http:// to this server (the token travels unencrypted)</source>
        <translation>Unverschlüsseltes http:// zu diesem Server erlauben (das Token wird unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Which server and workspace PhoneDesk manages. The token is kept in the system keychain (or only in memory when there is none); it is never written to a file.</source>
        <translation>Welchen Server und Workspace PhoneDesk verwaltet. Das Token wird im Schlüsselbund des Systems aufbewahrt (oder nur im Speicher, wenn es keinen gibt); es wird nie in eine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line %1: a quote opens a cell that never closes.</source>
        <translation>Zeile %1: Ein Anführungszeichen öffnet eine Zelle, die nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote (a quote inside a cell is written twice).</source>
        <translation>Zeile %1: Nach einem schließenden Anführungszeichen folgt Text (ein Anführungszeichen in einer Zelle wird doppelt geschrieben).</translation>
    </message>
    <message>
        <source>Line %1: a quote inside a cell that is not quoted (quote the cell and write the quote twice).</source>
        <translation>Zeile %1: Ein Anführungszeichen in einer Zelle ohne Anführungszeichen (die Zelle in Anführungszeichen setzen und das Zeichen doppelt schreiben).</translation>
    </message>
    <message>
        <source>%1 is %2; an import reads at most %3. Split it into smaller files.</source>
        <translation>%1 ist %2 groß; ein Import liest höchstens %3. Teilen Sie die Datei in kleinere auf.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1; an import reads at most that.</source>
        <translation>Die Datei ist größer als %1; mehr liest ein Import nicht.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text (its byte order mark says so). Save it as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>Die Datei ist UTF-16-Text (das sagt ihre Bytereihenfolge-Markierung). Speichern Sie sie als „CSV UTF-8 (durch Trennzeichen getrennt)“ mit Kommas.</translation>
    </message>
    <message>
        <source>The file holds NUL bytes: it is not a CSV text file.</source>
        <translation>Die Datei enthält NUL-Bytes: Sie ist keine CSV-Textdatei.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8 (durch Trennzeichen getrennt)“ mit Kommas.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line, e.g. the one the export writes.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile, z. B. die, die der Export schreibt.</translation>
    </message>
    <message>
        <source>(an empty header cell)</source>
        <translation>(eine leere Kopfzelle)</translation>
    </message>
    <message>
        <source>The column %1 is there twice (columns %2 and %3): which one counts is not clear.</source>
        <translation>Die Spalte %1 gibt es zweimal (Spalten %2 und %3): Welche gilt, ist nicht klar.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>The columns are separated by %1. Save the file with commas between the columns (&quot;CSV UTF-8 (comma delimited)&quot;), as the export writes it.</source>
        <translation>Die Spalten sind durch %1 getrennt. Speichern Sie die Datei mit Kommas zwischen den Spalten („CSV UTF-8“ mit Komma als Trennzeichen), wie der Export sie schreibt.</translation>
    </message>
    <message>
        <source>Unknown columns: %1. The import reads these: %2.</source>
        <translation>Unbekannte Spalten: %1. Der Import liest diese: %2.</translation>
    </message>
    <message>
        <source>There is no phoneNumber column: it says which number each line is for.</source>
        <translation>Es gibt keine Spalte phoneNumber: Sie sagt, für welche Nummer jede Zeile ist.</translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, the header has %3.</source>
        <translation>Zeile %1 hat %2 Zellen, die Kopfzeile hat %3.</translation>
    </message>
    <message>
        <source>%1 (lines %2 and %3)</source>
        <translation>%1 (Zeilen %2 und %3)</translation>
    </message>
    <message>
        <source>Numbers on more than one line: %1. Each number may be on one line only.</source>
        <translation>Nummern in mehr als einer Zeile: %1. Jede Nummer darf nur in einer Zeile stehen.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is neither active nor archived.</source>
        <translation>„%1“ ist weder active noch archived.</translation>
    </message>
    <message>
        <source>“%1” is not a number in E.164 (+14155550100); for national numbers choose their country.</source>
        <translation>„%1“ ist keine Nummer in E.164 (+14155550100); für nationale Nummern wählen Sie deren Land.</translation>
    </message>
    <message>
        <source>“%1” is neither a number in E.164 (+14155550100) nor a national number of %2.</source>
        <translation>„%1“ ist weder eine Nummer in E.164 (+14155550100) noch eine nationale Nummer von %2.</translation>
    </message>
    <message>
        <source>This line names another number than the workspace&apos;s %1 (id %2): is the file from another workspace?</source>
        <translation>Diese Zeile nennt eine andere Nummer als %1 des Arbeitsbereichs (ID %2): Ist die Datei aus einem anderen Arbeitsbereich?</translation>
    </message>
    <message>
        <source>An import does not archive or restore numbers: use Number → Archive.</source>
        <translation>Ein Import archiviert keine Nummern und stellt keine wieder her: Nutzen Sie Nummer → Archivieren.</translation>
    </message>
    <message>
        <source>An import does not link or unlink: use Number → Link provider phone.</source>
        <translation>Ein Import verknüpft nicht und hebt keine Verknüpfung auf: Nutzen Sie Nummer → Anbietertelefon verknüpfen.</translation>
    </message>
    <message>
        <source>Changed on the server since this file was written (now updated %1): export again and redo this line&apos;s edit.</source>
        <translation>Seit diese Datei geschrieben wurde, auf dem Server geändert (jetzt aktualisiert %1): Exportieren Sie erneut und ändern Sie diese Zeile noch einmal.</translation>
    </message>
    <message>
        <source>No number of this workspace has this id: is the file from another workspace? Leave id and uuid empty to create the number.</source>
        <translation>Keine Nummer dieses Arbeitsbereichs hat diese ID: Ist die Datei aus einem anderen Arbeitsbereich? Lassen Sie id und uuid leer, um die Nummer anzulegen.</translation>
    </message>
    <message>
        <source>A new number cannot be archived.</source>
        <translation>Eine neue Nummer kann nicht archiviert sein.</translation>
    </message>
    <message>
        <source>A new number needs a name.</source>
        <translation>Eine neue Nummer braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not in this workspace, and no linkable provider phone has this number, so it cannot be created.</source>
        <translation>Nicht in diesem Arbeitsbereich, und kein verknüpfbares Anbietertelefon hat diese Nummer; sie kann also nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The provider phone with this number is %1.</source>
        <translation>Das Anbietertelefon mit dieser Nummer ist %1.</translation>
    </message>
    <message>
        <source>Number %1 is %2 in the workspace: a number&apos;s phone number changes only by linking another provider phone.</source>
        <translation>Nummer %1 ist im Arbeitsbereich %2: Die Rufnummer einer Nummer ändert sich nur durch Verknüpfen eines anderen Anbietertelefons.</translation>
    </message>
</context>
<context>
    <name>EditNumberDialog</name>
    <message>
        <source>Edit number</source>
        <translation>Nummer bearbeiten</translation>
    </message>
    <message>
        <source>Identity &amp;&amp; branding</source>
        <translation>Identität &amp;&amp; Marke</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Brand name:</source>
        <translation>Markenname:</translation>
    </message>
    <message>
        <source>Brand description:</source>
        <translation>Markenbeschreibung:</translation>
    </message>
    <message>
        <source>Brand website:</source>
        <translation>Website der Marke:</translation>
    </message>
    <message>
        <source>Inbound routing</source>
        <translation>Eingehende Weiterleitung</translation>
    </message>
    <message>
        <source>Inbound workflow (id):</source>
        <translation>Eingehender Workflow (ID):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Restart delay (seconds):</source>
        <translation>Neustartverzögerung (Sekunden):</translation>
    </message>
    <message>
        <source>Restart prompt:</source>
        <translation>Neustart-Ansage:</translation>
    </message>
    <message>
        <source>Allow sign-up:</source>
        <translation>Registrierung erlauben:</translation>
    </message>
    <message>
        <source>Sign-up member role (id):</source>
        <translation>Mitgliedsrolle bei Registrierung (ID):</translation>
    </message>
    <message>
        <source>Allow anonymous callers:</source>
        <translation>Anonyme Anrufer erlauben:</translation>
    </message>
    <message>
        <source>Anonymous member role (id):</source>
        <translation>Mitgliedsrolle für Anonyme (ID):</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Anrufe:</translation>
    </message>
    <message>
        <source>SMS:</source>
        <translation>SMS:</translation>
    </message>
    <message>
        <source>WhatsApp:</source>
        <translation>WhatsApp:</translation>
    </message>
    <message>
        <source>Assistant answers:</source>
        <translation>Assistent antwortet:</translation>
    </message>
    <message>
        <source>Caller-facing messages</source>
        <translation>Ansagen für Anrufer</translation>
    </message>
    <message>
        <source>Voice greeting:</source>
        <translation>Begrüßung:</translation>
    </message>
    <message>
        <source>Voice unavailable:</source>
        <translation>Anrufe nicht möglich:</translation>
    </message>
    <message>
        <source>Voicemail greeting:</source>
        <translation>Mailbox-Ansage:</translation>
    </message>
    <message>
        <source>Anonymous rejection:</source>
        <translation>Ablehnung anonymer Anrufer:</translation>
    </message>
    <message>
        <source>SMS unavailable:</source>
        <translation>SMS nicht verfügbar:</translation>
    </message>
    <message>
        <source>Work modes &amp;&amp; forwarding</source>
        <translation>Betriebsarten &amp;&amp; Weiterleitung</translation>
    </message>
    <message>
        <source>Voice work mode:</source>
        <translation>Betriebsart Anrufe:</translation>
    </message>
    <message>
        <source>Voice forward number:</source>
        <translation>Weiterleitungsnummer Anrufe:</translation>
    </message>
    <message>
        <source>Voice off-hours message:</source>
        <translation>Ansage für Anrufe außerhalb der Zeiten:</translation>
    </message>
    <message>
        <source>SMS work mode:</source>
        <translation>Betriebsart SMS:</translation>
    </message>
    <message>
        <source>SMS forward number:</source>
        <translation>Weiterleitungsnummer SMS:</translation>
    </message>
    <message>
        <source>SMS off-hours message:</source>
        <translation>SMS außerhalb der Zeiten:</translation>
    </message>
</context>
<context>
    <name>FieldGroups</name>
    <message>
        <source>Identity &amp;&amp; branding</source>
        <translation>Identität &amp;&amp; Marke</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>Brand description</source>
        <translation>Markenbeschreibung</translation>
    </message>
    <message>
        <source>Brand website</source>
        <translation>Website der Marke</translation>
    </message>
    <message>
        <source>Inbound routing</source>
        <translation>Eingehende Weiterleitung</translation>
    </message>
    <message>
        <source>Inbound workflow (id)</source>
        <translation>Eingehender Workflow (ID)</translation>
    </message>
    <message>
        <source>Restart delay (seconds)</source>
        <translation>Neustartverzögerung (Sekunden)</translation>
    </message>
    <message>
        <source>Restart prompt</source>
        <translation>Neustart-Ansage</translation>
    </message>
    <message>
        <source>Allow sign-up</source>
        <translation>Registrierung erlauben</translation>
    </message>
    <message>
        <source>Sign-up member role (id)</source>
        <translation>Mitgliedsrolle bei Registrierung (ID)</translation>
    </message>
    <message>
        <source>Allow anonymous callers</source>
        <translation>Anonyme Anrufer erlauben</translation>
    </message>
    <message>
        <source>Anonymous member role (id)</source>
        <translation>Mitgliedsrolle für Anonyme (ID)</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Assistant answers</source>
        <translation>Assistent antwortet</translation>
    </message>
    <message>
        <source>Caller-facing messages</source>
        <translation>Ansagen für Anrufer</translation>
    </message>
    <message>
        <source>Voice greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Voice unavailable</source>
        <translation>Anrufe nicht möglich</translation>
    </message>
    <message>
        <source>Voicemail greeting</source>
        <translation>Mailbox-Ansage</translation>
    </message>
    <message>
        <source>Anonymous rejection</source>
        <translation>Ablehnung anonymer Anrufer</translation>
    </message>
    <message>
        <source>SMS unavailable</source>
        <translation>SMS nicht verfügbar</translation>
    </message>
    <message>
        <source>Work modes &amp;&amp; forwarding</source>
        <translation>Betriebsarten &amp;&amp; Weiterleitung</translation>
    </message>
    <message>
        <source>Voice work mode</source>
        <translation>Betriebsart Anrufe</translation>
    </message>
    <message>
        <source>Voice forward number</source>
        <translation>Weiterleitungsnummer Anrufe</translation>
    </message>
    <message>
        <source>Voice off-hours message</source>
        <translation>Ansage für Anrufe außerhalb der Zeiten</translation>
    </message>
    <message>
        <source>SMS work mode</source>
        <translation>Betriebsart SMS</translation>
    </message>
    <message>
        <source>SMS forward number</source>
        <translation>Weiterleitungsnummer SMS</translation>
    </message>
    <message>
        <source>SMS off-hours message</source>
        <translation>SMS außerhalb der Zeiten</translation>
    </message>
    <message>
        <source>Always forward</source>
        <translation>Immer weiterleiten</translation>
    </message>
    <message>
        <source>Forward off hours</source>
        <translation>Außerhalb der Zeiten weiterleiten</translation>
    </message>
    <message>
        <source>Always play a message</source>
        <translation>Immer eine Ansage abspielen</translation>
    </message>
    <message>
        <source>Message off hours</source>
        <translation>Ansage außerhalb der Zeiten</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>Voicemail off hours</source>
        <translation>Mailbox außerhalb der Zeiten</translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>A channel the provider phone cannot carry</source>
        <translation>Ein Kanal, den das Anbietertelefon nicht trägt</translation>
    </message>
    <message>
        <source>Voice or SMS is enabled, but the linked provider phone lacks that capability: calls or messages on it are lost.</source>
        <translation>Anrufe oder SMS sind aktiviert, aber dem verknüpften Anbietertelefon fehlt diese Fähigkeit: Anrufe oder Nachrichten darauf gehen verloren.</translation>
    </message>
    <message>
        <source>Active, but linked to no provider phone</source>
        <translation>Aktiv, aber mit keinem Anbietertelefon verknüpft</translation>
    </message>
    <message>
        <source>Without a provider phone the number cannot receive calls or messages.</source>
        <translation>Ohne Anbietertelefon kann die Nummer keine Anrufe oder Nachrichten empfangen.</translation>
    </message>
    <message>
        <source>Forwarding in a circle</source>
        <translation>Weiterleitung im Kreis</translation>
    </message>
    <message>
        <source>The number forwards to itself, or to numbers of this workspace that forward back to it: a call or message never arrives.</source>
        <translation>Die Nummer leitet an sich selbst weiter oder an Nummern dieses Workspaces, die zurück an sie weiterleiten: Ein Anruf oder eine Nachricht kommt nie an.</translation>
    </message>
    <message>
        <source>Provider phones paid for, unused</source>
        <translation>Bezahlte, ungenutzte Anbietertelefone</translation>
    </message>
    <message>
        <source>These provider phones are assigned to the workspace but linked to no number: link them, or give them back at the provider.</source>
        <translation>Diese Anbietertelefone sind dem Workspace zugewiesen, aber mit keiner Nummer verknüpft: Verknüpfen Sie sie oder geben Sie sie beim Anbieter zurück.</translation>
    </message>
    <message>
        <source>A forward number no numbering plan knows</source>
        <translation>Eine Weiterleitungsnummer, die kein Nummernplan kennt</translation>
    </message>
    <message>
        <source>Calls or messages are forwarded to a number that cannot be dialled.</source>
        <translation>Anrufe oder Nachrichten werden an eine Nummer weitergeleitet, die nicht gewählt werden kann.</translation>
    </message>
    <message>
        <source>A number no numbering plan knows</source>
        <translation>Eine Nummer, die kein Nummernplan kennt</translation>
    </message>
    <message>
        <source>The server sent a number that no country&apos;s plan knows; check it on the server.</source>
        <translation>Der Server hat eine Nummer gesendet, die der Nummernplan keines Landes kennt; prüfen Sie sie auf dem Server.</translation>
    </message>
    <message>
        <source>Off-hours work mode without its off-hours message</source>
        <translation>Betriebsart außerhalb der Zeiten ohne ihre Ansage</translation>
    </message>
    <message>
        <source>Outside working hours callers or senders get no message.</source>
        <translation>Außerhalb der Geschäftszeiten erhalten Anrufer oder Absender keine Ansage.</translation>
    </message>
    <message>
        <source>Voicemail without a greeting</source>
        <translation>Mailbox ohne Begrüßung</translation>
    </message>
    <message>
        <source>Callers reach voicemail without hearing whose it is.</source>
        <translation>Anrufer erreichen die Mailbox, ohne zu hören, wessen sie ist.</translation>
    </message>
    <message>
        <source>The same name on several numbers</source>
        <translation>Derselbe Name auf mehreren Nummern</translation>
    </message>
    <message>
        <source>Active numbers that share a name are easily mistaken for each other; rename all but one.</source>
        <translation>Aktive Nummern mit demselben Namen werden leicht verwechselt; benennen Sie alle bis auf eine um.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>File &gt; Connection… takes the server&apos;s address, the workspace and an API token. The token is kept in the system keychain, never in a file. To look around first, start PhoneDesk with --demo: it runs a demo workspace on this computer.</source>
        <translation>Datei &gt; Verbindung … nimmt die Adresse des Servers, den Workspace und ein API-Token. Das Token wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei. Zum Ausprobieren starten Sie PhoneDesk mit --demo: Dann läuft ein Demo-Workspace auf diesem Computer.</translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation>Eine Nummer finden</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+F): digits find numbers as the table shows them (020 7946) or with their country code (+44 20 7946); words find names and brands. Active, Archived or All chooses which numbers are listed. Click a column&apos;s header to sort by it; right-click it to choose columns.</source>
        <translation>Tippen Sie ins Suchfeld (Strg+F): Ziffern finden Nummern so, wie die Tabelle sie zeigt (020 7946), oder mit Ländervorwahl (+44 20 7946); Wörter finden Namen und Marken. Aktiv, Archiviert oder Alle wählt, welche Nummern aufgelistet werden. Ein Klick auf einen Spaltenkopf sortiert danach; ein Rechtsklick darauf wählt die Spalten.</translation>
    </message>
    <message>
        <source>Change numbers</source>
        <translation>Nummern ändern</translation>
    </message>
    <message>
        <source>Enter edits the selected number; select many to edit them at once, with a preview before anything is sent and an undo afterwards. If someone changed the number meanwhile, PhoneDesk shows both versions before it sends yours.</source>
        <translation>Eingabe bearbeitet die ausgewählte Nummer; wählen Sie mehrere, um sie gemeinsam zu bearbeiten, mit einer Vorschau, bevor etwas gesendet wird, und einem Rückgängig danach. Hat jemand die Nummer inzwischen geändert, zeigt PhoneDesk beide Fassungen, bevor es Ihre sendet.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete archives the selected number after showing what blocks it (workflows, event rules) and asking you to type its last digits. Archiving cannot be undone; the provider phone goes back to the pool.</source>
        <translation>Entf archiviert die ausgewählte Nummer, nachdem gezeigt wurde, was das blockiert (Workflows, Ereignisregeln), und Sie ihre letzten Ziffern eingegeben haben. Archivieren lässt sich nicht rückgängig machen; das Anbietertelefon geht zurück in den Pool.</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Offline arbeiten</translation>
    </message>
    <message>
        <source>The numbers of the last sync are kept on this computer: without a connection you can still browse, search, copy and export them. Changes need the server.</source>
        <translation>Die Nummern des letzten Abgleichs bleiben auf diesem Computer: Ohne Verbindung können Sie sie weiter durchsehen, durchsuchen, kopieren und exportieren. Änderungen brauchen den Server.</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Zurückblicken</translation>
    </message>
    <message>
        <source>View &gt; Change journal (Ctrl+J) lists every write made from PhoneDesk with what it changed; a saved change can be reverted from there.</source>
        <translation>Ansicht &gt; Änderungsprotokoll (Strg+J) listet jede Änderung aus PhoneDesk mit dem, was sie geändert hat; eine gespeicherte Änderung lässt sich dort zurücksetzen.</translation>
    </message>
    <message>
        <source>Check the health</source>
        <translation>Den Zustand prüfen</translation>
    </message>
    <message>
        <source>View &gt; Health (Ctrl+Shift+H), or the problem count in the status bar, lists what is wrong: numbers that cannot receive calls, forwarding in a circle, off-hours modes without their message, provider phones paid for but unused. Each finding opens its numbers for the fix, in bulk edit or the link dialog. It checks the cached numbers, so it works offline too.</source>
        <translation>Ansicht &gt; Zustand (Strg+Umschalt+H) oder die Zahl der Probleme in der Statusleiste zeigt, was nicht stimmt: Nummern, die keine Anrufe empfangen können, Weiterleitungen im Kreis, Betriebsarten außerhalb der Geschäftszeiten ohne ihre Ansage, bezahlte, aber ungenutzte Anbietertelefone. Jeder Befund öffnet seine Nummern zum Beheben, im gemeinsamen Bearbeiten oder im Verknüpfen. Geprüft werden die zwischengespeicherten Nummern, also auch offline.</translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Aus einer Tabellenkalkulation importieren</translation>
    </message>
    <message>
        <source>Export the numbers (Ctrl+E), edit the file in a spreadsheet, and File &gt; Import numbers… (Ctrl+I) sends exactly your edits. Every line is previewed first: created, updated (only the cells that differ), unchanged or refused with the reason. A line whose number changed on the server since the export is refused, never overwritten. Undo reverts the updates; created numbers stay.</source>
        <translation>Exportieren Sie die Nummern (Strg+E), bearbeiten Sie die Datei in einer Tabellenkalkulation, und Datei &gt; Nummern importieren … (Strg+I) sendet genau Ihre Änderungen. Jede Zeile wird zuerst in der Vorschau gezeigt: angelegt, geändert (nur die Zellen, die sich unterscheiden), unverändert oder abgelehnt mit dem Grund. Eine Zeile, deren Nummer seit dem Export auf dem Server geändert wurde, wird abgelehnt, nie überschrieben. Rückgängig nimmt die Änderungen zurück; angelegte Nummern bleiben.</translation>
    </message>
    <message>
        <source>Find a number in any workspace</source>
        <translation>Eine Nummer in einem beliebigen Workspace finden</translation>
    </message>
    <message>
        <source>View &gt; Search all workspaces… (Ctrl+Shift+F) searches the cached numbers of every profile at once, offline too, and lists each match with its profile and workspace. Open switches to that profile and selects the number. A profile is searched once it has been synced on this computer.</source>
        <translation>Ansicht &gt; In allen Workspaces suchen … (Strg+Umschalt+F) durchsucht die zwischengespeicherten Nummern aller Profile auf einmal, auch offline, und nennt zu jedem Treffer Profil und Workspace. Öffnen wechselt zu diesem Profil und wählt die Nummer aus. Ein Profil wird durchsucht, sobald es auf diesem Computer synchronisiert wurde.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link provider phone</source>
        <translation>Anbietertelefon verknüpfen</translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation>Nummer oder Name suchen</translation>
    </message>
    <message>
        <source>Linking another phone changes this number&apos;s phone number to that phone&apos;s. The phone linked now stays assigned to this workspace, unlinked, so it can be linked again.</source>
        <translation>Das Verknüpfen eines anderen Telefons ändert die Rufnummer dieser Nummer in die jenes Telefons. Das jetzt verknüpfte Telefon bleibt diesem Workspace zugewiesen, unverknüpft, und kann wieder verknüpft werden.</translation>
    </message>
</context>
<context>
    <name>NewNumberDialog</name>
    <message>
        <source>New number</source>
        <translation>Neue Nummer</translation>
    </message>
    <message>
        <source>&amp;Choose a provider phone of the organization</source>
        <translation>Ein Anbietertelefon der Organisation &amp;wählen</translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation>Nummer oder Name suchen</translation>
    </message>
    <message>
        <source>&amp;Type a number from the pool</source>
        <translation>Eine Nummer aus dem Pool &amp;eingeben</translation>
    </message>
    <message>
        <source>+1 415 555 0100</source>
        <translation>+49 30 901820</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How admins will know this number, e.g. Support - Tier 1</source>
        <translation>Woran Admins diese Nummer erkennen, z. B. Support - Stufe 1</translation>
    </message>
</context>
<context>
    <name>NumberForm</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>A whole number, or empty for none.</source>
        <translation>Eine ganze Zahl, oder leer für keine.</translation>
    </message>
</context>
<context>
    <name>NumberValidation</name>
    <message>
        <source>A name is required.</source>
        <translation>Ein Name ist erforderlich.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>An http:// or https:// address, like https://example.com.</source>
        <translation>Eine http://- oder https://-Adresse, wie https://example.com.</translation>
    </message>
    <message>
        <source>From 0 to %1 seconds (a week).</source>
        <translation>Von 0 bis %1 Sekunden (eine Woche).</translation>
    </message>
    <message>
        <source>A positive id.</source>
        <translation>Eine positive ID.</translation>
    </message>
    <message>
        <source>Not a known work mode.</source>
        <translation>Keine bekannte Betriebsart.</translation>
    </message>
    <message>
        <source>A full number with country code, like +14155550100.</source>
        <translation>Eine vollständige Nummer mit Ländervorwahl, wie +4930901820.</translation>
    </message>
    <message>
        <source>Required: the work mode forwards calls or messages here.</source>
        <translation>Erforderlich: Die Betriebsart leitet Anrufe oder Nachrichten hierhin weiter.</translation>
    </message>
    <message>
        <source>Required while sign-up is allowed.</source>
        <translation>Erforderlich, solange Registrierung erlaubt ist.</translation>
    </message>
    <message>
        <source>Required while anonymous callers are allowed.</source>
        <translation>Erforderlich, solange anonyme Anrufer erlaubt sind.</translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <source>Not a phone number: start with + and the country code, like +44 20 7946 0123.</source>
        <translation>Keine Telefonnummer: Beginnen Sie mit + und der Ländervorwahl, etwa +44 20 7946 0123.</translation>
    </message>
    <message>
        <source>Not a phone number: type it as dialled in %1, or with + and the country code, like +44 20 7946 0123.</source>
        <translation>Keine Telefonnummer: Geben Sie sie so ein, wie man sie in %1 wählt, oder mit + und der Ländervorwahl, etwa +44 20 7946 0123.</translation>
    </message>
    <message>
        <source>✓ %1 (sent as %2)</source>
        <translation>✓ %1 (gesendet als %2)</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>%1 kann nicht privat gemacht werden</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs a name</source>
        <translation>ein Profil braucht einen Namen</translation>
    </message>
    <message>
        <source>the base URL must be an http:// or https:// address</source>
        <translation>die Basis-URL muss eine http://- oder https://-Adresse sein</translation>
    </message>
    <message>
        <source>a profile needs a workspace UUID</source>
        <translation>ein Profil braucht eine Workspace-UUID</translation>
    </message>
    <message>
        <source>cannot read the settings in %1</source>
        <translation>die Einstellungen in %1 sind nicht lesbar</translation>
    </message>
    <message>
        <source>cannot write the settings to %1</source>
        <translation>die Einstellungen können nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>plain http:// to %1 would send the token unencrypted; use https:// or allow plain http for this profile</source>
        <translation>unverschlüsseltes http:// zu %1 würde das Token im Klartext senden; https:// verwenden oder unverschlüsseltes http für dieses Profil erlauben</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>New API token</source>
        <translation>Neues API-Token</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>Started with --offline: changes need the server.</source>
        <translation>Mit --offline gestartet: Änderungen brauchen den Server.</translation>
    </message>
    <message>
        <source>Offline: changes need the server. Refresh (F5) when it is back.</source>
        <translation>Offline: Änderungen brauchen den Server. Aktualisieren (F5), sobald er wieder da ist.</translation>
    </message>
    <message>
        <source>Not connected to a server yet.</source>
        <translation>Noch mit keinem Server verbunden.</translation>
    </message>
    <message>
        <source>Select the numbers first (Ctrl+A selects all shown).</source>
        <translation>Zuerst die Nummern auswählen (Strg+A wählt alle angezeigten).</translation>
    </message>
    <message>
        <source>Select a number first.</source>
        <translation>Zuerst eine Nummer auswählen.</translation>
    </message>
    <message>
        <source>This number is already archived.</source>
        <translation>Diese Nummer ist bereits archiviert.</translation>
    </message>
    <message>
        <source>Archived numbers cannot be changed.</source>
        <translation>Archivierte Nummern können nicht geändert werden.</translation>
    </message>
    <message>
        <source>Read only: the API token of this profile lacks the %1 scope.</source>
        <translation>Nur lesen: Dem API-Token dieses Profils fehlt der Bereich %1.</translation>
    </message>
    <message>
        <source>The API token of this profile lacks the %1 scope, which archiving needs.</source>
        <translation>Dem API-Token dieses Profils fehlt der Bereich %1, den das Archivieren braucht.</translation>
    </message>
</context>
<context>
    <name>phonedesk::api::ApiCall</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the answer did not arrive within %1 s</source>
        <translation>die Antwort kam nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the answer was cut off (%1)</source>
        <translation>die Antwort wurde abgeschnitten (%1)</translation>
    </message>
</context>
<context>
    <name>phonedesk::app::Application</name>
    <message>
        <source>The local cache cannot be used (%1); nothing will be kept for offline use.</source>
        <translation>Der lokale Cache ist nicht nutzbar (%1); für die Offline-Nutzung wird nichts aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 — PhoneDesk</source>
        <translation>%1 — PhoneDesk</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Der Demo-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>API token for the profile &quot;%1&quot; (%2):</source>
        <translation>API-Token für das Profil „%1“ (%2):</translation>
    </message>
    <message>
        <source>No API token: the cached numbers are shown; restart to enter one.</source>
        <translation>Kein API-Token: Die Nummern aus dem Cache werden angezeigt; zum Eingeben neu starten.</translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; create it with --profile %1 --base-url URL --workspace UUID</source>
        <translation>es gibt kein Profil „%1“; mit --profile %1 --base-url URL --workspace UUID anlegen</translation>
    </message>
    <message>
        <source>Demo — PhoneDesk</source>
        <translation>Demo — PhoneDesk</translation>
    </message>
    <message>
        <source>No system keychain is available, so PhoneDesk keeps the API token for this session only and will ask for it again at the next start.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. PhoneDesk behält das API-Token deshalb nur für diese Sitzung und fragt beim nächsten Start erneut danach.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain; it is kept for this session only.</source>
        <translation>Das Token konnte nicht im Schlüsselbund gespeichert werden; es bleibt nur für diese Sitzung erhalten.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation>Das Profil „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That number is no longer in the cache of &quot;%1&quot;.</source>
        <translation>Diese Nummer ist nicht mehr im Cache von „%1“.</translation>
    </message>
</context>
<context>
    <name>phonedesk::models::BulkRowsModel</name>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation>Was geschehen würde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>phonedesk::models::NumberWriter</name>
    <message>
        <source>Cancelled before the server answered; it may have applied the change. Refresh (F5) to see.</source>
        <translation>Abgebrochen, bevor der Server antwortete; er hat die Änderung vielleicht übernommen. Zum Nachsehen aktualisieren (F5).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent; nothing changed.</source>
        <translation>Abgebrochen, bevor es gesendet wurde; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>phonedesk::models::PhoneNumberModel</name>
    <message>
        <source>Voice</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation>Nicht verknüpft</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation>Archiviert am %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The number&apos;s name in the workspace; the tooltip shows the brand</source>
        <translation>Der Name der Nummer im Workspace; der Tooltip zeigt die Marke</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Channels enabled on this number</source>
        <translation>Auf dieser Nummer aktivierte Kanäle</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Id of the inbound workflow that answers calls</source>
        <translation>ID des eingehenden Workflows, der Anrufe beantwortet</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Whether a provider phone is linked to this number</source>
        <translation>Ob ein Anbietertelefon mit dieser Nummer verknüpft ist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active, or archived (archiving cannot be undone)</source>
        <translation>Aktiv oder archiviert (Archivieren lässt sich nicht rückgängig machen)</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>When the server last changed this number</source>
        <translation>Wann der Server diese Nummer zuletzt geändert hat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The number as dialled in its country, after the country&apos;s code; E.164 on hover</source>
        <translation>Die Nummer, wie man sie in ihrem Land wählt, nach dem Ländercode; E.164 beim Darüberfahren</translation>
    </message>
    <message>
        <source>%1: no numbering plan knows this number, so it is shown as the server sent it. Check it on the server.</source>
        <translation>%1: Kein Nummernplan kennt diese Nummer, daher wird sie so angezeigt, wie der Server sie gesendet hat. Prüfen Sie sie auf dem Server.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>The brand name callers see</source>
        <translation>Der Markenname, den Anrufer sehen</translation>
    </message>
    <message>
        <source>Whether WhatsApp is enabled on this number</source>
        <translation>Ob WhatsApp auf dieser Nummer aktiviert ist</translation>
    </message>
    <message>
        <source>Another mode</source>
        <translation>Anderer Modus</translation>
    </message>
    <message>
        <source>Provider phone %1</source>
        <translation>Anbietertelefon %1</translation>
    </message>
    <message>
        <source>The server sent a work mode this version of PhoneDesk does not know; the number&apos;s details show it.</source>
        <translation>Der Server hat einen Arbeitsmodus gesendet, den diese Version von PhoneDesk nicht kennt; die Details der Nummer zeigen ihn.</translation>
    </message>
    <message>
        <source>Whether the assistant answers calls and messages</source>
        <translation>Ob der Assistent Anrufe und Nachrichten beantwortet</translation>
    </message>
    <message>
        <source>What a call does</source>
        <translation>Was mit einem Anruf geschieht</translation>
    </message>
    <message>
        <source>Where calls are forwarded</source>
        <translation>Wohin Anrufe weitergeleitet werden</translation>
    </message>
    <message>
        <source>What a message does</source>
        <translation>Was mit einer Nachricht geschieht</translation>
    </message>
    <message>
        <source>Where messages are forwarded</source>
        <translation>Wohin Nachrichten weitergeleitet werden</translation>
    </message>
    <message>
        <source>Provider phone</source>
        <translation>Anbietertelefon</translation>
    </message>
    <message>
        <source>The linked provider phone, named as in the list of linkable phones; its id on hover</source>
        <translation>Das verknüpfte Anbietertelefon, benannt wie in der Liste der verknüpfbaren Telefone; seine ID beim Überfahren</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>When the number was added to the workspace</source>
        <translation>Wann die Nummer dem Workspace hinzugefügt wurde</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>phonedesk::models::ProviderPhoneModel</name>
    <message>
        <source>Linked to this number</source>
        <translation>Mit dieser Nummer verknüpft</translation>
    </message>
    <message>
        <source>Linked to another number</source>
        <translation>Mit einer anderen Nummer verknüpft</translation>
    </message>
    <message>
        <source>This workspace, unlinked</source>
        <translation>Dieser Workspace, unverknüpft</translation>
    </message>
    <message>
        <source>In the pool</source>
        <translation>Im Pool</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>MMS</source>
        <translation>MMS</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuordnung</translation>
    </message>
</context>
<context>
    <name>phonedesk::models::TokenRenewal</name>
    <message>
        <source>The server rejected the API token. Enter a new one to send the request again:</source>
        <translation>Der Server hat das API-Token abgelehnt. Ein neues eingeben, um die Anfrage erneut zu senden:</translation>
    </message>
</context>
<context>
    <name>phonedesk::models::WorkspaceSearchModel</name>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Workspace %1 on %2, as cached at the sync %3</source>
        <translation>Workspace %1 auf %2, wie bei der Synchronisierung %3 zwischengespeichert</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>The number in international format; E.164 on hover</source>
        <translation>Die Nummer im internationalen Format; E.164 beim Darüberfahren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The number&apos;s name in its workspace</source>
        <translation>Der Name der Nummer in ihrem Workspace</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>The brand name callers see</source>
        <translation>Der Markenname, den Anrufer sehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active, or archived</source>
        <translation>Aktiv oder archiviert</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The connection profile the number was synced with</source>
        <translation>Das Verbindungsprofil, mit dem die Nummer synchronisiert wurde</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>The workspace the number belongs to; its server and last sync on hover</source>
        <translation>Der Workspace, zu dem die Nummer gehört; Server und letzte Synchronisierung beim Darüberfahren</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::AboutDialog</name>
    <message>
        <source>PhoneDesk %1, Qt %2 (built with %3), %4</source>
        <translation>PhoneDesk %1, Qt %2 (gebaut mit %3), %4</translation>
    </message>
    <message>
        <source>About PhoneDesk</source>
        <translation>Über PhoneDesk</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PhoneDesk %1&lt;/h3&gt;&lt;p&gt;Manage the phone numbers of a workspace through the Phone Numbers API v2.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;PhoneDesk is free software under the MIT license. It uses:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%3&lt;/table&gt;</source>
        <translation>&lt;h3&gt;PhoneDesk %1&lt;/h3&gt;&lt;p&gt;Die Rufnummern eines Workspaces über die Phone Numbers API v2 verwalten.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;PhoneDesk ist freie Software unter der MIT-Lizenz. Es verwendet:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%3&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation>Version &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ActivityIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading from the server. Changes being sent are not stopped.</source>
        <translation>Das Laden vom Server anhalten. Gerade gesendete Änderungen werden nicht angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n requests running</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ArchiveDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <source>Could not check what uses this number, so it cannot be archived now.</source>
        <translation>Es ließ sich nicht prüfen, was diese Nummer verwendet; deshalb kann sie jetzt nicht archiviert werden.</translation>
    </message>
    <message>
        <source>This number cannot be archived while these use it. Change each one to use another number (or delete it), then try again.</source>
        <translation>Diese Nummer kann nicht archiviert werden, solange diese sie verwenden. Jeden davon auf eine andere Nummer umstellen (oder löschen), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Event rule</source>
        <translation>Ereignisregel</translation>
    </message>
    <message>
        <source>&lt;p&gt;Archiving &lt;b&gt;cannot be undone&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The number stops answering calls and messages.&lt;/li&gt;&lt;li&gt;Its provider phone goes back to the organization&apos;s pool, where any workspace can take it.&lt;/li&gt;&lt;li&gt;Its call and message history stays.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Archivieren lässt sich &lt;b&gt;nicht rückgängig machen&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Die Nummer nimmt keine Anrufe und Nachrichten mehr an.&lt;/li&gt;&lt;li&gt;Ihr Anbietertelefon geht zurück in den Pool der Organisation, wo jeder Workspace es nehmen kann.&lt;/li&gt;&lt;li&gt;Ihr Anruf- und Nachrichtenverlauf bleibt erhalten.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::BulkArchiveDialog</name>
    <message>
        <source>workflow %1 (#%2)</source>
        <translation>Workflow %1 (#%2)</translation>
    </message>
    <message>
        <source>event rule %1 (#%2)</source>
        <translation>Ereignisregel %1 (#%2)</translation>
    </message>
    <message numerus="yes">
        <source>Archive %n numbers</source>
        <translation>
            <numerusform>%n Nummer archivieren</numerusform>
            <numerusform>%n Nummern archivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking what uses it…</source>
        <translation>Es wird geprüft, was sie verwendet …</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Checking what uses each number…</source>
        <translation>Es wird geprüft, was jede Nummer verwendet …</translation>
    </message>
    <message>
        <source>Will be archived</source>
        <translation>Wird archiviert</translation>
    </message>
    <message>
        <source>Stays: used by %1</source>
        <translation>Bleibt: verwendet von %1</translation>
    </message>
    <message>
        <source>Stays: could not check (%1)</source>
        <translation>Bleibt: Prüfung nicht möglich (%1)</translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>Wird archiviert …</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: now used by %1</source>
        <translation>Fehlgeschlagen: jetzt verwendet von %1</translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation>Nicht gesendet (angehalten)</translation>
    </message>
    <message>
        <source>Stays: not checked</source>
        <translation>Bleibt: nicht geprüft</translation>
    </message>
    <message>
        <source>%1 can be archived; %2 stay (used elsewhere or not checked).</source>
        <translation>%1 können archiviert werden; %2 bleiben (anderswo verwendet oder nicht geprüft).</translation>
    </message>
    <message>
        <source>&lt;p&gt;Archiving &lt;b&gt;cannot be undone&lt;/b&gt;. These numbers stop answering calls and messages, and their provider phones go back to the organization&apos;s pool. Their history stays.&lt;/p&gt;&lt;p&gt;Type &lt;b&gt;%1&lt;/b&gt;, the count of numbers to archive, to confirm:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Archivieren lässt sich &lt;b&gt;nicht rückgängig machen&lt;/b&gt;. Diese Nummern nehmen keine Anrufe und Nachrichten mehr an, und ihre Anbietertelefone gehen zurück in den Pool der Organisation. Ihr Verlauf bleibt erhalten.&lt;/p&gt;&lt;p&gt;Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eingeben, die Anzahl der zu archivierenden Nummern:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 archived, %2 failed, %3 not sent.</source>
        <translation>%1 archiviert, %2 fehlgeschlagen, %3 nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%n selected numbers were archived already and are left out.</source>
        <translation>
            <numerusform>%n ausgewählte Nummer war schon archiviert und wird ausgelassen.</numerusform>
            <numerusform>%n ausgewählte Nummern waren schon archiviert und werden ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::BulkEditDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %n numbers</source>
        <translation>
            <numerusform>%n Nummer gemeinsam bearbeiten</numerusform>
            <numerusform>%n Nummern gemeinsam bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected numbers. Nothing is sent before Apply; only the ticked fields that differ are sent, one number at a time.</source>
        <translation>
            <numerusform>Die Felder ankreuzen, die auf der ausgewählten Nummer gesetzt werden sollen. Vor „Anwenden“ wird nichts gesendet; nur die angekreuzten Felder, die abweichen, werden gesendet.</numerusform>
            <numerusform>Die Felder ankreuzen, die auf allen %n ausgewählten Nummern gesetzt werden sollen. Vor „Anwenden“ wird nichts gesendet; nur die angekreuzten Felder, die abweichen, werden gesendet, Nummer für Nummer.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>Senden an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Undo this bulk edit</source>
        <translation>Diese Sammeländerung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Fields to set</source>
        <translation>Zu setzende Felder</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Tick at least one field to set.</source>
        <translation>Mindestens ein zu setzendes Feld ankreuzen.</translation>
    </message>
    <message>
        <source>%1 will change, %2 already set, %3 refused.</source>
        <translation>%1 werden geändert, %2 bereits gesetzt, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Undo: %1 reverted, %2 left alone (changed since), %3 failed, %4 not sent.</source>
        <translation>Rückgängig: %1 zurückgesetzt, %2 ausgelassen (seitdem geändert), %3 fehlgeschlagen, %4 nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 changed, %2 left alone (changed since the preview), %3 failed, %4 not sent.</source>
        <translation>%1 geändert, %2 ausgelassen (seit der Vorschau geändert), %3 fehlgeschlagen, %4 nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ConflictDialog</name>
    <message>
        <source>Changed on the server meanwhile</source>
        <translation>Inzwischen auf dem Server geändert</translation>
    </message>
    <message>
        <source>Someone changed this number on the server (at %1) after you opened it. Only the fields you changed are sent; every other field keeps the server&apos;s value. Fields in bold were changed on both sides.</source>
        <translation>Jemand hat diese Nummer auf dem Server geändert (um %1), nachdem Sie sie geöffnet haben. Nur die von Ihnen geänderten Felder werden gesendet; jedes andere Feld behält den Wert des Servers. Fett gedruckte Felder wurden auf beiden Seiten geändert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>(not changed: the server&apos;s value stays)</source>
        <translation>(nicht geändert: der Wert des Servers bleibt)</translation>
    </message>
    <message>
        <source>Apply my changes on top</source>
        <translation>Meine Änderungen darüber anwenden</translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation>Vom Server neu laden</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Send the fields you changed; the server keeps everything else.</source>
        <translation>Die von Ihnen geänderten Felder senden; der Server behält alles andere.</translation>
    </message>
    <message>
        <source>Discard your changes and edit the server&apos;s current values.</source>
        <translation>Ihre Änderungen verwerfen und die aktuellen Werte des Servers bearbeiten.</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Save and open</source>
        <translation>&amp;Speichern und öffnen</translation>
    </message>
    <message>
        <source>This profile cannot be used yet: %1.</source>
        <translation>Dieses Profil ist noch nicht nutzbar: %1.</translation>
    </message>
    <message>
        <source>Plain http:// sends the token unencrypted: anyone on the network path can read it.</source>
        <translation>Unverschlüsseltes http:// sendet das Token im Klartext: Jeder auf dem Netzwerkweg kann es lesen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ Connected: %n numbers in this workspace.</source>
        <translation>
            <numerusform>✓ Verbunden: %n Nummer in diesem Workspace.</numerusform>
            <numerusform>✓ Verbunden: %n Nummern in diesem Workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new profile needs its API token.</source>
        <translation>Ein neues Profil braucht sein API-Token.</translation>
    </message>
    <message>
        <source>No server yet? Cancel, then choose Try the demo.</source>
        <translation>Noch kein Server? Abbrechen und dann „Demo ausprobieren“ wählen.</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::CurlButton</name>
    <message>
        <source>Copy the request this would send as a curl command, sending nothing. The token is not in it: the command reads it from $PHONEDESK_TOKEN.</source>
        <translation>Kopiert die Anfrage, die dieser Dialog jetzt senden würde, als curl-Befehl; gesendet wird nichts. Das Token steht nicht darin: Der Befehl liest es aus $PHONEDESK_TOKEN.</translation>
    </message>
    <message>
        <source>Cop&amp;y as curl</source>
        <translation>Als curl &amp;kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n commands</source>
        <translation>
            <numerusform>%n Befehl kopiert</numerusform>
            <numerusform>%n Befehle kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::DetailPanel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Select a number to see all its fields.</source>
        <translation>Eine Nummer auswählen, um alle ihre Felder zu sehen.</translation>
    </message>
    <message>
        <source>Copy the number (E.164)</source>
        <translation>Die Nummer kopieren (E.164)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Copy the uuid</source>
        <translation>Die UUID kopieren</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archiviert:</translation>
    </message>
    <message>
        <source>Archived at:</source>
        <translation>Archiviert am:</translation>
    </message>
    <message>
        <source>Provider phone:</source>
        <translation>Anbietertelefon:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>History (writes from PhoneDesk)</source>
        <translation>Verlauf (Änderungen aus PhoneDesk)</translation>
    </message>
    <message>
        <source>No change made from PhoneDesk yet (Ctrl+J shows the whole journal).</source>
        <translation>Noch keine Änderung aus PhoneDesk (Strg+J zeigt das ganze Protokoll).</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>Fields the server sent that this version of PhoneDesk does not know. They are kept as they came.</source>
        <translation>Felder, die der Server gesendet hat und die diese PhoneDesk-Version nicht kennt. Sie bleiben erhalten, wie sie kamen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Created as “%1” from a provider phone</source>
        <translation>Als „%1“ aus einem Anbietertelefon angelegt</translation>
    </message>
    <message>
        <source>Created as “%1”</source>
        <translation>Als „%1“ angelegt</translation>
    </message>
    <message>
        <source>Saved, nothing changed</source>
        <translation>Gespeichert, nichts geändert</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>Reverted, nothing changed</source>
        <translation>Zurückgesetzt, nichts geändert</translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation>%1 zurückgesetzt</translation>
    </message>
    <message>
        <source>Linked to a provider phone</source>
        <translation>Mit einem Anbietertelefon verknüpft</translation>
    </message>
    <message>
        <source>Unlinked from its provider phone</source>
        <translation>Verknüpfung mit dem Anbietertelefon gelöst</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Copy the provider phone&apos;s uuid</source>
        <translation>Die UUID des Anbietertelefons kopieren</translation>
    </message>
    <message>
        <source>Provider phone %1</source>
        <translation>Anbietertelefon %1</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>Could not revert %1: %2</source>
        <translation>%1 konnte nicht zurückgesetzt werden: %2</translation>
    </message>
    <message>
        <source>Could not link a provider phone: %1</source>
        <translation>Kein Anbietertelefon verknüpft: %1</translation>
    </message>
    <message>
        <source>Could not unlink the provider phone: %1</source>
        <translation>Verknüpfung mit dem Anbietertelefon nicht gelöst: %1</translation>
    </message>
    <message>
        <source>Could not archive: %1</source>
        <translation>Nicht archiviert: %1</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>Copy as curl: the command that reads this number from the server, with the token read from $PHONEDESK_TOKEN</source>
        <translation>Als curl kopieren: der Befehl, der diese Nummer vom Server liest, mit dem Token aus $PHONEDESK_TOKEN</translation>
    </message>
    <message>
        <source>Created on the server by someone else</source>
        <translation>Von jemand anderem auf dem Server angelegt</translation>
    </message>
    <message>
        <source>Gone from the server&apos;s list</source>
        <translation>Nicht mehr in der Liste des Servers</translation>
    </message>
    <message>
        <source>%1 changed on the server by someone else</source>
        <translation>%1 von jemand anderem auf dem Server geändert</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::EditNumberDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>The fields show their values before the change; Save sends them back.</source>
        <translation>Die Felder zeigen ihre Werte vor der Änderung; „Speichern“ sendet sie zurück.</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>Der Server sagt: %1</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>Zuerst die markierten Felder korrigieren.</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Send the changed fields to the server.</source>
        <translation>Die geänderten Felder an den Server senden.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>This number was archived on the server meanwhile; it can no longer change.</source>
        <translation>Diese Nummer wurde inzwischen auf dem Server archiviert; sie kann sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>The form shows the server&apos;s current values; your changes were discarded.</source>
        <translation>Das Formular zeigt die aktuellen Werte des Servers; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>The server refused some fields; they are marked.</source>
        <translation>Der Server hat einige Felder abgelehnt; sie sind markiert.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved.</source>
        <translation>Die Änderungen an %1 wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Changed again since that entry: %1. Save replaces those later values too.</source>
        <translation>Seit diesem Eintrag erneut geändert: %1. Speichern ersetzt auch diese späteren Werte.</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::HealthDialog</name>
    <message>
        <source>Number %1 (no longer in the table)</source>
        <translation>Nummer %1 (nicht mehr in der Tabelle)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Show in the table</source>
        <translation>In der Tabelle &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Select these numbers in the main window</source>
        <translation>Diese Nummern im Hauptfenster auswählen</translation>
    </message>
    <message>
        <source>Nothing to fix. %1</source>
        <translation>Nichts zu beheben. %1</translation>
    </message>
    <message>
        <source>Problems: %1 · warnings: %2 · notices: %3. %4</source>
        <translation>Probleme: %1 · Warnungen: %2 · Hinweise: %3. %4</translation>
    </message>
    <message>
        <source>&amp;Link a provider phone…</source>
        <translation>Anbietertelefon &amp;verknüpfen …</translation>
    </message>
    <message>
        <source>Opens the link dialog for the first listed number; the list follows each link</source>
        <translation>Öffnet das Verknüpfen für die erste aufgeführte Nummer; die Liste folgt jeder Verknüpfung</translation>
    </message>
    <message>
        <source>Opens bulk edit with these numbers selected, with a preview first</source>
        <translation>Öffnet das gemeinsame Bearbeiten mit diesen Nummern ausgewählt, zuerst mit einer Vorschau</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Bulk edit %n selected numbers…</source>
        <translation>
            <numerusform>Die ausgewählte Nummer &amp;gemeinsam bearbeiten …</numerusform>
            <numerusform>%n ausgewählte Nummern &amp;gemeinsam bearbeiten …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Bulk edit these %n numbers…</source>
        <translation>
            <numerusform>Diese Nummer &amp;gemeinsam bearbeiten …</numerusform>
            <numerusform>Diese %n Nummern &amp;gemeinsam bearbeiten …</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to check yet: the health check reads the numbers of the last sync.</source>
        <translation>Noch nichts zu prüfen: Die Zustandsprüfung liest die Nummern der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Copy the selected numbers or provider phones (or, with none selected, all listed) as text, one a line</source>
        <translation>Die ausgewählten Nummern oder Anbietertelefone (ohne Auswahl alle aufgeführten) als Text kopieren, eine pro Zeile</translation>
    </message>
    <message>
        <source>Checked: %1 and %2.</source>
        <translation>Geprüft: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active numbers</source>
        <translation>
            <numerusform>%Ln aktive Nummer</numerusform>
            <numerusform>%Ln aktive Nummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider phones</source>
        <translation>
            <numerusform>%Ln Anbietertelefon</numerusform>
            <numerusform>%Ln Anbietertelefone</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: %1; no provider phones are known (a read-only token cannot list them).</source>
        <translation>Geprüft: %1; keine Anbietertelefone bekannt (ein Token nur zum Lesen kann sie nicht auflisten).</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::HealthStatus</name>
    <message>
        <source>&amp;Health…</source>
        <translation>&amp;Zustand …</translation>
    </message>
    <message>
        <source>What is wrong with the numbers and provider phones, and the fix for each</source>
        <translation>Was mit den Nummern und Anbietertelefonen nicht stimmt, und wie es sich jeweils beheben lässt</translation>
    </message>
    <message>
        <source>Some of these numbers are no longer in the table; the health check runs again.</source>
        <translation>Einige dieser Nummern sind nicht mehr in der Tabelle; die Zustandsprüfung läuft erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
                <numerusform>%Ln Problem</numerusform>
                <numerusform>%Ln Probleme</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
                <numerusform>%Ln Warnung</numerusform>
                <numerusform>%Ln Warnungen</numerusform>
            </translation>
    </message>
    <message>
        <source>Health check: %1, %2, %3. Click for the fixes.</source>
        <translation>Zustandsprüfung: %1, %2, %3. Klicken für die Behebung.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notices</source>
        <translation>
                <numerusform>%Ln Hinweis</numerusform>
                <numerusform>%Ln Hinweise</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::HelpDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Clear the search</source>
        <translation>%1 — Die Suche leeren</translation>
    </message>
    <message>
        <source>%1 — Move between the search, the table and the details</source>
        <translation>%1 — Zwischen Suche, Tabelle und Details wechseln</translation>
    </message>
    <message>
        <source>PhoneDesk guide</source>
        <translation>PhoneDesk-Anleitung</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ImportDialog</name>
    <message>
        <source>Import numbers</source>
        <translation>Nummern importieren</translation>
    </message>
    <message>
        <source>Each line of the file is matched to a number by its phoneNumber column. Only the cells that differ are sent; a number not in the workspace is created from a linkable provider phone. Nothing is sent before Apply.</source>
        <translation>Jede Zeile der Datei wird über ihre Spalte phoneNumber einer Nummer zugeordnet. Nur die Zellen, die sich unterscheiden, werden gesendet; eine Nummer, die nicht im Arbeitsbereich ist, wird aus einem verknüpfbaren Anbietertelefon angelegt. Vor „Anwenden“ wird nichts gesendet.</translation>
    </message>
    <message>
        <source>none (E.164 only)</source>
        <translation>keins (nur E.164)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>National numbers are from:</source>
        <translation>Nationale Nummern sind aus:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>Senden an&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Nothing will be sent: fix the file and choose it again.</source>
        <translation>Es wird nichts gesendet: Korrigieren Sie die Datei und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused. Nothing is sent before Apply.</source>
        <translation>%1 anzulegen, %2 zu ändern, %3 unverändert, %4 abgelehnt. Vor „Anwenden“ wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Undo: %1 reverted, %2 left alone (changed since), %3 failed, %4 not sent.</source>
        <translation>Rückgängig: %1 zurückgesetzt, %2 ausgelassen (seitdem geändert), %3 fehlgeschlagen, %4 nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 updated, %2 created, %3 left alone (changed on the server since the preview), %4 failed, %5 not sent.</source>
        <translation>%1 geändert, %2 angelegt, %3 unberührt gelassen (seit der Vorschau auf dem Server geändert), %4 fehlgeschlagen, %5 nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Undo reverts the updates; the %Ln created numbers stay (archive them from the Number menu if they should go: that cannot be undone).</source>
        <translation>
            <numerusform>Rückgängig nimmt die Änderungen zurück; die %Ln angelegte Nummer bleibt (archivieren Sie sie über das Menü Nummer, wenn sie weg soll: Das lässt sich nicht rückgängig machen).</numerusform>
            <numerusform>Rückgängig nimmt die Änderungen zurück; die %Ln angelegten Nummern bleiben (archivieren Sie sie über das Menü Nummer, wenn sie weg sollen: Das lässt sich nicht rückgängig machen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import or close the dialog first.</source>
        <translation>Machen Sie diesen Import zuerst rückgängig oder schließen Sie den Dialog.</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::JournalDialog</name>
    <message>
        <source>&amp;Failed only</source>
        <translation>Nur &amp;fehlgeschlagene</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>&amp;Zurücksetzen …</translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>Filter by number</source>
        <translation>Nach Nummer filtern</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>&amp;Export shown…</source>
        <translation>Angezeigte &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the entries shown as CSV or JSON</source>
        <translation>Die angezeigten Einträge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>(new number)</source>
        <translation>(neue Nummer)</translation>
    </message>
    <message>
        <source>Send back the values these fields had before this change</source>
        <translation>Die Werte zurücksenden, die diese Felder vor dieser Änderung hatten</translation>
    </message>
    <message>
        <source>Archiving cannot be undone.</source>
        <translation>Archivieren lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Only a saved update can be reverted.</source>
        <translation>Nur eine gespeicherte Änderung lässt sich zurücksetzen.</translation>
    </message>
    <message>
        <source>No write matches the filters.</source>
        <translation>Keine Änderung passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Archived: this cannot be undone.</source>
        <translation>Archiviert: Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The server refused this write; nothing changed. %1</source>
        <translation>Der Server hat diese Änderung abgelehnt; nichts wurde geändert. %1</translation>
    </message>
    <message>
        <source>This entry cannot be reverted: %1</source>
        <translation>Dieser Eintrag lässt sich nicht zurücksetzen: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Das Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 gespeichert.</numerusform>
            <numerusform>%n Einträge nach %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>This entry cannot be reverted: the number is no longer listed.</source>
        <translation>Dieser Eintrag lässt sich nicht zurücksetzen: Die Nummer ist nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>seen: changed by others</source>
        <translation>gesehen: von anderen geändert</translation>
    </message>
    <message>
        <source>Seen at a sync</source>
        <translation>Bei einer Synchronisierung gesehen</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::LinkDialog</name>
    <message>
        <source>Link %1</source>
        <translation>%1 verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Link selected phone</source>
        <translation>Ausgewähltes Telefon &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>Verknüpfung &amp;lösen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 is not linked to a provider phone.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 ist mit keinem Anbietertelefon verknüpft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 is linked to the provider phone %3 (%4).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 ist mit dem Anbietertelefon %3 (%4) verknüpft.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 is linked to the provider phone &lt;code&gt;%3&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 ist mit dem Anbietertelefon &lt;code&gt;%3&lt;/code&gt; verknüpft.</translation>
    </message>
    <message>
        <source>Unlink provider phone</source>
        <translation>Verknüpfung des Anbietertelefons lösen</translation>
    </message>
    <message>
        <source>Unlink the provider phone from %1? The number stops receiving calls and messages until a phone is linked again; the provider phone stays assigned to this workspace.</source>
        <translation>Die Verknüpfung des Anbietertelefons mit %1 lösen? Die Nummer empfängt keine Anrufe und Nachrichten mehr, bis wieder ein Telefon verknüpft ist; das Anbietertelefon bleibt diesem Workspace zugewiesen.</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::MainWindow</name>
    <message>
        <source>PhoneDesk</source>
        <translation>PhoneDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export shown numbers…</source>
        <translation>Angezeigte Nummern &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export shown numbers</source>
        <translation>Angezeigte Nummern exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the numbers shown now, after search and filter, as CSV</source>
        <translation>Die jetzt angezeigten Nummern, nach Suche und Filter, als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung …</translation>
    </message>
    <message>
        <source>Choose, add or change the server, workspace and token</source>
        <translation>Server, Workspace und Token wählen, hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nummer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Fetch the numbers from the server again</source>
        <translation>Die Nummern erneut vom Server holen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Change &amp;journal…</source>
        <translation>Änderungs&amp;protokoll …</translation>
    </message>
    <message>
        <source>Every write made from PhoneDesk for this profile, with what changed</source>
        <translation>Jede Änderung aus PhoneDesk für dieses Profil, mit dem, was sich geändert hat</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Which numbers to list</source>
        <translation>Welche Nummern aufgelistet werden</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>Der Export nach %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisieren …</translation>
    </message>
    <message>
        <source>Online — synced %1</source>
        <translation>Online — synchronisiert %1</translation>
    </message>
    <message>
        <source>Offline — nothing cached yet</source>
        <translation>Offline — noch nichts im Cache</translation>
    </message>
    <message>
        <source>Offline — cached %1</source>
        <translation>Offline — Cache vom %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Not connected — cached %1</source>
        <translation>Nicht verbunden — Cache vom %1</translation>
    </message>
    <message>
        <source>Started with --offline: the server is not contacted</source>
        <translation>Mit --offline gestartet: Der Server wird nicht kontaktiert</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as text: the shown columns, numbers in E.164</source>
        <translation>Die ausgewählten Zeilen als Text kopieren: die angezeigten Spalten, Nummern in E.164</translation>
    </message>
    <message>
        <source>Copy as CS&amp;V</source>
        <translation>Als CS&amp;V kopieren</translation>
    </message>
    <message>
        <source>Copy the selected numbers as CSV with every exported field</source>
        <translation>Die ausgewählten Nummern als CSV mit allen exportierten Feldern kopieren</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation>Über &amp;PhoneDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n numbers</source>
        <translation>
            <numerusform>%n Nummer kopiert</numerusform>
            <numerusform>%n Nummern kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n numbers to %1</source>
        <translation>
            <numerusform>%n Nummer nach %1 exportiert</numerusform>
            <numerusform>%n Nummern nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln numbers</source>
        <translation>
            <numerusform>%1 von %Ln Nummer angezeigt</numerusform>
            <numerusform>%1 von %Ln Nummern angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Nur lesen</translation>
    </message>
    <message>
        <source>The API token of this profile may read the numbers but not change them (it lacks phones:write).</source>
        <translation>Das API-Token dieses Profils darf die Nummern lesen, aber nicht ändern (ihm fehlt phones:write).</translation>
    </message>
    <message>
        <source>No archiving</source>
        <translation>Kein Archivieren</translation>
    </message>
    <message>
        <source>The API token of this profile may change numbers but not archive them (it lacks phones:admin).</source>
        <translation>Das API-Token dieses Profils darf Nummern ändern, aber nicht archivieren (ihm fehlt phones:admin).</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) from the server could not be read and show what was known of them before:</source>
        <translation>
            <numerusform>%n Nummer vom Server konnte nicht gelesen werden und zeigt den bisher bekannten Stand:</numerusform>
            <numerusform>%n Nummern vom Server konnten nicht gelesen werden und zeigen den bisher bekannten Stand:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing… reading %1 of numbers</source>
        <translation>Synchronisieren … %1 an Nummern werden gelesen</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 received</source>
        <translation>Synchronisieren … %1 von %2 empfangen</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Synchronisieren … %1 empfangen</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Show all numbers</source>
        <translation>Alle Nummern zeigen</translation>
    </message>
    <message>
        <source>Connect to a workspace…</source>
        <translation>Mit einem Workspace verbinden …</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>No numbers match “%1”.</source>
        <translation>Keine Nummer passt zu „%1“.</translation>
    </message>
    <message>
        <source>Every number of this workspace is archived.</source>
        <translation>Alle Nummern dieses Workspaces sind archiviert.</translation>
    </message>
    <message>
        <source>No number is archived.</source>
        <translation>Keine Nummer ist archiviert.</translation>
    </message>
    <message>
        <source>PhoneDesk is not connected to a workspace yet.
Connect with the server&apos;s address and an API token, or try it on a demo workspace that runs on this computer.</source>
        <translation>PhoneDesk ist noch mit keinem Workspace verbunden.
Verbinden Sie sich mit der Adresse des Servers und einem API-Token, oder probieren Sie es mit einem Demo-Workspace aus, der auf diesem Computer läuft.</translation>
    </message>
    <message>
        <source>Reading the numbers from the server…</source>
        <translation>Die Nummern werden vom Server gelesen …</translation>
    </message>
    <message>
        <source>This workspace has no numbers yet.</source>
        <translation>Dieser Workspace hat noch keine Nummern.</translation>
    </message>
    <message>
        <source>No numbers are cached for this workspace yet: they are shown after the first sync.</source>
        <translation>Für diesen Workspace sind noch keine Nummern zwischengespeichert: Sie erscheinen nach dem ersten Abgleich.</translation>
    </message>
    <message>
        <source>Online — not synced yet</source>
        <translation>Online — noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Created %1 — %2</source>
        <translation>%1 — %2 angelegt</translation>
    </message>
    <message>
        <source>Saved %1 — %2</source>
        <translation>%1 — %2 gespeichert</translation>
    </message>
    <message>
        <source>Reverted %1 — %2</source>
        <translation>%1 — %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>Linked %1 to the provider phone %2</source>
        <translation>%1 mit dem Anbietertelefon %2 verknüpft</translation>
    </message>
    <message>
        <source>Unlinked %1 — %2; its provider phone stays in this workspace</source>
        <translation>Verknüpfung von %1 — %2 gelöst; das Anbietertelefon bleibt in diesem Workspace</translation>
    </message>
    <message>
        <source>Archived %1 — %2; its provider phone went back to the pool</source>
        <translation>%1 — %2 archiviert; das Anbietertelefon ist zurück im Pool</translation>
    </message>
    <message>
        <source>Archived %1 — %2</source>
        <translation>%1 — %2 archiviert</translation>
    </message>
    <message>
        <source>PhoneDesk &amp;guide</source>
        <translation>PhoneDesk-&amp;Anleitung</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Connect to a workspace first (File &gt; Connection…)</source>
        <translation>Zuerst mit einem Workspace verbinden (Datei &gt; Verbindung …)</translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation>Die Nummern konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Copied a curl command; it reads the token from $PHONEDESK_TOKEN</source>
        <translation>curl-Befehl kopiert; er liest das Token aus $PHONEDESK_TOKEN</translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers changed on the server since the last sync (View → Change journal, “seen”)</source>
        <translation>
            <numerusform>%Ln Nummer seit der letzten Synchronisierung auf dem Server geändert (Ansicht → Änderungsprotokoll, „gesehen“)</numerusform>
            <numerusform>%Ln Nummern seit der letzten Synchronisierung auf dem Server geändert (Ansicht → Änderungsprotokoll, „gesehen“)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all &amp;workspaces…</source>
        <translation>In allen &amp;Workspaces suchen …</translation>
    </message>
    <message>
        <source>One search over the cached numbers of every profile, offline too</source>
        <translation>Eine Suche über die zwischengespeicherten Nummern aller Profile, auch offline</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::NewNumberDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>The provider phones could not be loaded: %1 You can still type a number.</source>
        <translation>Die Anbietertelefone konnten nicht geladen werden: %1 Sie können trotzdem eine Nummer eingeben.</translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation>Höchstens 255 Zeichen.</translation>
    </message>
    <message>
        <source>Choose a provider phone or type a valid number.</source>
        <translation>Ein Anbietertelefon wählen oder eine gültige Nummer eingeben.</translation>
    </message>
    <message>
        <source>Give the number a name.</source>
        <translation>Der Nummer einen Namen geben.</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::NumberActions</name>
    <message>
        <source>&amp;New number…</source>
        <translation>&amp;Neue Nummer …</translation>
    </message>
    <message>
        <source>Add a number from a provider phone or the pool</source>
        <translation>Eine Nummer von einem Anbietertelefon oder aus dem Pool hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change the selected number&apos;s fields</source>
        <translation>Die Felder der ausgewählten Nummer ändern</translation>
    </message>
    <message>
        <source>&amp;Link provider phone…</source>
        <translation>Anbietertelefon &amp;verknüpfen …</translation>
    </message>
    <message>
        <source>Link, re-link or unlink the selected number&apos;s provider phone</source>
        <translation>Das Anbietertelefon der ausgewählten Nummer verknüpfen, neu verknüpfen oder lösen</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivieren …</translation>
    </message>
    <message>
        <source>Archive the selected number (cannot be undone)</source>
        <translation>Die ausgewählte Nummer archivieren (lässt sich nicht rückgängig machen)</translation>
    </message>
    <message>
        <source>&amp;Bulk edit selected…</source>
        <translation>Ausgewählte &amp;gemeinsam bearbeiten …</translation>
    </message>
    <message>
        <source>Set the same fields on all selected numbers, with a preview first</source>
        <translation>Dieselben Felder auf allen ausgewählten Nummern setzen, zuerst mit einer Vorschau</translation>
    </message>
    <message>
        <source>Archive selected…</source>
        <translation>Ausgewählte archivieren …</translation>
    </message>
    <message>
        <source>Archive all selected numbers that nothing uses (cannot be undone)</source>
        <translation>Alle ausgewählten Nummern archivieren, die nichts verwendet (lässt sich nicht rückgängig machen)</translation>
    </message>
    <message>
        <source>&amp;Import numbers…</source>
        <translation>Nummern &amp;importieren …</translation>
    </message>
    <message>
        <source>Create and update numbers from a CSV file, with a preview of every line first</source>
        <translation>Nummern aus einer CSV-Datei anlegen und ändern, zuerst mit einer Vorschau jeder Zeile</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::SearchField</name>
    <message>
        <source>Search number, name or brand (Ctrl+F)</source>
        <translation>Nummer, Name oder Marke suchen (Strg+F)</translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::WorkspaceSearchDialog</name>
    <message>
        <source>Include &amp;archived numbers</source>
        <translation>&amp;Archivierte Nummern einschließen</translation>
    </message>
    <message>
        <source>Search all workspaces</source>
        <translation>In allen Workspaces suchen</translation>
    </message>
    <message>
        <source>Number, name or brand, in the cache of every profile</source>
        <translation>Nummer, Name oder Marke, im Cache jedes Profils</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Opens the number&apos;s profile (offline too) and selects the number in the table</source>
        <translation>Öffnet das Profil der Nummer (auch offline) und wählt die Nummer in der Tabelle aus</translation>
    </message>
    <message numerus="yes">
        <source>Reading the cached numbers of %Ln workspaces…</source>
        <translation>
            <numerusform>Die zwischengespeicherten Nummern von %Ln Workspace werden gelesen …</numerusform>
            <numerusform>Die zwischengespeicherten Nummern von %Ln Workspaces werden gelesen …</numerusform>
        </translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation>Der lokale Cache kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 cached numbers shown, from %2.</source>
        <translation>
            <numerusform>%Ln von %1 zwischengespeicherten Nummern angezeigt, aus %2.</numerusform>
            <numerusform>%Ln von %1 zwischengespeicherten Nummern angezeigt, aus %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workspaces</source>
        <translation>
            <numerusform>%Ln Workspace</numerusform>
            <numerusform>%Ln Workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced on this computer yet, so not searched: %1. Open the profile once while online.</source>
        <translation>Auf diesem Computer noch nicht synchronisiert und daher nicht durchsucht: %1. Öffnen Sie das Profil einmal online.</translation>
    </message>
    <message>
        <source>No numbers are cached on this computer yet.</source>
        <translation>Auf diesem Computer sind noch keine Nummern zwischengespeichert.</translation>
    </message>
    <message>
        <source>No cached number in any workspace matches “%1”.</source>
        <translation>In keinem Workspace passt eine zwischengespeicherte Nummer zu „%1“.</translation>
    </message>
    <message>
        <source>Every cached number is archived.</source>
        <translation>Alle zwischengespeicherten Nummern sind archiviert.</translation>
    </message>
</context>
</TS>
