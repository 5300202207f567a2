<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiCall</name>
    <message>
        <source> Certificate: CN=%1, issued by CN=%2, valid %3 to %4, SHA-256 %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address; the request was not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the API token. Check it, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: the API token lacks the %1 scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large for the server (over 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused some fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Manage the phone numbers of a workspace through the Phone Numbers API v2.

The API token comes from the environment variable PHONEDESK_TOKEN, else from the system keychain, else PhoneDesk asks for it. It is never taken from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo server with sample data and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work from the local cache only; never contact the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this connection profile; with --base-url and --workspace, create or update it first. Default: the last one used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow http:// to a host other than this machine (the token travels unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache file (default: in the user&apos;s data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window, e.g. de or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo connects to its own server; leave out --profile, --base-url and --workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url and --workspace go together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which workflows and event rules use this number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the number or its last four digits:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEdit</name>
    <message>
        <source>%1 cannot be set on many numbers at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived number cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: already set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone: changed on the server since the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: already set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <source>cache: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache: %1 is not a checked cache of schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache: %1 was written by a newer PhoneDesk (schema %2, this one knows %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which server and workspace PhoneDesk manages. The token is kept in the system keychain (or only in memory when there is none); it is never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a saved profile, or type a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http:// to this server (the token travels unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Line %1: a quote opens a cell that never closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text follows a closing quote (a quote inside a cell is written twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote inside a cell that is not quoted (quote the cell and write the quote twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; an import reads at most %3. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1; an import reads at most that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text (its byte order mark says so). Save it as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds NUL bytes: it is not a CSV text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as &quot;CSV UTF-8 (comma delimited)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line, e.g. the one the export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(an empty header cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is there twice (columns %2 and %3): which one counts is not clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns are separated by %1. Save the file with commas between the columns (&quot;CSV UTF-8 (comma delimited)&quot;), as the export writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown columns: %1. The import reads these: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phoneNumber column: it says which number each line is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has %2 cells, the header has %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lines %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers on more than one line: %1. Each number may be on one line only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither active nor archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number in E.164 (+14155550100); for national numbers choose their country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a number in E.164 (+14155550100) nor a national number of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line names another number than the workspace&apos;s %1 (id %2): is the file from another workspace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import does not archive or restore numbers: use Number → Archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import does not link or unlink: use Number → Link provider phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since this file was written (now updated %1): export again and redo this line&apos;s edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number of this workspace has this id: is the file from another workspace? Leave id and uuid empty to create the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new number cannot be archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new number needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this workspace, and no linkable provider phone has this number, so it cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider phone with this number is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is %2 in the workspace: a number&apos;s phone number changes only by linking another provider phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditNumberDialog</name>
    <message>
        <source>Edit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity &amp;&amp; branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound workflow (id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart delay (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart prompt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sign-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up member role (id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow anonymous callers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous member role (id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller-facing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice unavailable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail greeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous rejection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS unavailable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work modes &amp;&amp; forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice work mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice forward number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off-hours message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS work mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS forward number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS off-hours message:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldGroups</name>
    <message>
        <source>Identity &amp;&amp; branding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound workflow (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart delay (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up member role (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow anonymous callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous member role (id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller-facing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work modes &amp;&amp; forwarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice forward number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice off-hours message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS work mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS forward number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS off-hours message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward off hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always play a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message off hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail off hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>A channel the provider phone cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice or SMS is enabled, but the linked provider phone lacks that capability: calls or messages on it are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, but linked to no provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a provider phone the number cannot receive calls or messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarding in a circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number forwards to itself, or to numbers of this workspace that forward back to it: a call or message never arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider phones paid for, unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These provider phones are assigned to the workspace but linked to no number: link them, or give them back at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forward number no numbering plan knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls or messages are forwarded to a number that cannot be dialled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number no numbering plan knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a number that no country&apos;s plan knows; check it on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-hours work mode without its off-hours message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours callers or senders get no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail without a greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers reach voicemail without hearing whose it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same name on several numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active numbers that share a name are easily mistaken for each other; rename all but one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &gt; Connection… takes the server&apos;s address, the workspace and an API token. The token is kept in the system keychain, never in a file. To look around first, start PhoneDesk with --demo: it runs a demo workspace on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+F): digits find numbers as the table shows them (020 7946) or with their country code (+44 20 7946); words find names and brands. Active, Archived or All chooses which numbers are listed. Click a column&apos;s header to sort by it; right-click it to choose columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter edits the selected number; select many to edit them at once, with a preview before anything is sent and an undo afterwards. If someone changed the number meanwhile, PhoneDesk shows both versions before it sends yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &gt; Health (Ctrl+Shift+H), or the problem count in the status bar, lists what is wrong: numbers that cannot receive calls, forwarding in a circle, off-hours modes without their message, provider phones paid for but unused. Each finding opens its numbers for the fix, in bulk edit or the link dialog. It checks the cached numbers, so it works offline too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete archives the selected number after showing what blocks it (workflows, event rules) and asking you to type its last digits. Archiving cannot be undone; the provider phone goes back to the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of the last sync are kept on this computer: without a connection you can still browse, search, copy and export them. Changes need the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &gt; Change journal (Ctrl+J) lists every write made from PhoneDesk with what it changed; a saved change can be reverted from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the numbers (Ctrl+E), edit the file in a spreadsheet, and File &gt; Import numbers… (Ctrl+I) sends exactly your edits. Every line is previewed first: created, updated (only the cells that differ), unchanged or refused with the reason. A line whose number changed on the server since the export is refused, never overwritten. Undo reverts the updates; created numbers stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a number in any workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &gt; Search all workspaces… (Ctrl+Shift+F) searches the cached numbers of every profile at once, offline too, and lists each match with its profile and workspace. Open switches to that profile and selects the number. A profile is searched once it has been synced on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking another phone changes this number&apos;s phone number to that phone&apos;s. The phone linked now stays assigned to this workspace, unlinked, so it can be linked again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewNumberDialog</name>
    <message>
        <source>New number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a provider phone of the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type a number from the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 415 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How admins will know this number, e.g. Support - Tier 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberForm</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number, or empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberValidation</name>
    <message>
        <source>A name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http:// or https:// address, like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 0 to %1 seconds (a week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A positive id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a known work mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full number with country code, like +14155550100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the work mode forwards calls or messages here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required while sign-up is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required while anonymous callers are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneInput</name>
    <message>
        <source>Not a phone number: start with + and the country code, like +44 20 7946 0123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: type it as dialled in %1, or with + and the country code, like +44 20 7946 0123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1 (sent as %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL must be an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile needs a workspace UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http:// to %1 would send the token unencrypted; use https:// or allow plain http for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the settings in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the settings to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>New API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteGate</name>
    <message>
        <source>Started with --offline: changes need the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: changes need the server. Refresh (F5) when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: the API token of this profile lacks the %1 scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token of this profile lacks the %1 scope, which archiving needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the numbers first (Ctrl+A selects all shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived numbers cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::api::ApiCall</name>
    <message>
        <source>the answer is larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer did not arrive within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut off (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::app::Application</name>
    <message>
        <source>The local cache cannot be used (%1); nothing will be kept for offline use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile &quot;%1&quot;; create it with --profile %1 --base-url URL --workspace UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so PhoneDesk keeps the API token for this session only and will ask for it again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for the profile &quot;%1&quot; (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token: the cached numbers are shown; restart to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the keychain; it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That number is no longer in the cache of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::models::BulkRowsModel</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::models::NumberWriter</name>
    <message>
        <source>Cancelled before the server answered; it may have applied the change. Refresh (F5) to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it was sent; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::models::PhoneNumberModel</name>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no numbering plan knows this number, so it is shown as the server sent it. Check it on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a work mode this version of PhoneDesk does not know; the number&apos;s details show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number as dialled in its country, after the country&apos;s code; E.164 on hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s name in the workspace; the tooltip shows the brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels enabled on this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the inbound workflow that answers calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a provider phone is linked to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, or archived (archiving cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server last changed this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand name callers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether WhatsApp is enabled on this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the assistant answers calls and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a call does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where calls are forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a message does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where messages are forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked provider phone, named as in the list of linkable phones; its id on hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the number was added to the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::models::ProviderPhoneModel</name>
    <message>
        <source>Linked to this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace, unlinked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::models::TokenRenewal</name>
    <message>
        <source>The server rejected the API token. Enter a new one to send the request again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::models::WorkspaceSearchModel</name>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 on %2, as cached at the sync %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number in international format; E.164 on hover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s name in its workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand name callers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, or archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection profile the number was synced with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace the number belongs to; its server and last sync on hover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::AboutDialog</name>
    <message>
        <source>PhoneDesk %1, Qt %2 (built with %3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;PhoneDesk %1&lt;/h3&gt;&lt;p&gt;Manage the phone numbers of a workspace through the Phone Numbers API v2.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;PhoneDesk is free software under the MIT license. It uses:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;%3&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ActivityIndicator</name>
    <message numerus="yes">
        <source>%n requests running</source>
        <translation>
            <numerusform>%n request running</numerusform>
            <numerusform>%n requests running</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading from the server. Changes being sent are not stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ArchiveDialog</name>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check what uses this number, so it cannot be archived now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number cannot be archived while these use it. Change each one to use another number (or delete it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Archiving &lt;b&gt;cannot be undone&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The number stops answering calls and messages.&lt;/li&gt;&lt;li&gt;Its provider phone goes back to the organization&apos;s pool, where any workspace can take it.&lt;/li&gt;&lt;li&gt;Its call and message history stays.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::BulkArchiveDialog</name>
    <message numerus="yes">
        <source>Archive %n numbers</source>
        <translation>
            <numerusform>Archive %n number</numerusform>
            <numerusform>Archive %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected numbers were archived already and are left out.</source>
        <translation>
            <numerusform>%n selected number was archived already and is left out.</numerusform>
            <numerusform>%n selected numbers were archived already and are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>workflow %1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event rule %1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what uses it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what uses each number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays: used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays: could not check (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: now used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays: not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be archived; %2 stay (used elsewhere or not checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Archiving &lt;b&gt;cannot be undone&lt;/b&gt;. These numbers stop answering calls and messages, and their provider phones go back to the organization&apos;s pool. Their history stays.&lt;/p&gt;&lt;p&gt;Type &lt;b&gt;%1&lt;/b&gt;, the count of numbers to archive, to confirm:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived, %2 failed, %3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Bulk edit %n numbers</source>
        <translation>
            <numerusform>Bulk edit %n number</numerusform>
            <numerusform>Bulk edit %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick the fields to set on all %n selected numbers. Nothing is sent before Apply; only the ticked fields that differ are sent, one number at a time.</source>
        <translation>
            <numerusform>Tick the fields to set on the selected number. Nothing is sent before Apply; only the ticked fields that differ are sent.</numerusform>
            <numerusform>Tick the fields to set on all %n selected numbers. Nothing is sent before Apply; only the ticked fields that differ are sent, one number at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this bulk edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one field to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will change, %2 already set, %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 reverted, %2 left alone (changed since), %3 failed, %4 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed, %2 left alone (changed since the preview), %3 failed, %4 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ConflictDialog</name>
    <message>
        <source>Changed on the server meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this number on the server (at %1) after you opened it. Only the fields you changed are sent; every other field keeps the server&apos;s value. Fields in bold were changed on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not changed: the server&apos;s value stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply my changes on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the fields you changed; the server keeps everything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes and edit the server&apos;s current values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ConnectionDialog</name>
    <message numerus="yes">
        <source>✓ Connected: %n numbers in this workspace.</source>
        <translation>
            <numerusform>✓ Connected: %n number in this workspace.</numerusform>
            <numerusform>✓ Connected: %n numbers in this workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save and open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server yet? Cancel, then choose Try the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile cannot be used yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile needs its API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// sends the token unencrypted: anyone on the network path can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::CurlButton</name>
    <message>
        <source>Copy the request this would send as a curl command, sending nothing. The token is not in it: the command reads it from $PHONEDESK_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n commands</source>
        <translation>
            <numerusform>Copied %n command</numerusform>
            <numerusform>Copied %n commands</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::DetailPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a number to see all its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number (E.164)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the provider phone&apos;s uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (writes from PhoneDesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields the server sent that this version of PhoneDesk does not know. They are kept as they came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider phone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not link a provider phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlink the provider phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created as “%1” from a provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked from its provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change made from PhoneDesk yet (Ctrl+J shows the whole journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl: the command that reads this number from the server, with the token read from $PHONEDESK_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on the server by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from the server&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on the server by someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::EditNumberDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 have not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields show their values before the change; Save sends them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed again since that entry: %1. Save replaces those later values too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed fields to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was archived on the server meanwhile; it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form shows the server&apos;s current values; your changes were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused some fields; they are marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::HealthDialog</name>
    <message numerus="yes">
        <source>&amp;Bulk edit %n selected numbers…</source>
        <translation>
            <numerusform>&amp;Bulk edit the selected number…</numerusform>
            <numerusform>&amp;Bulk edit %n selected numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Bulk edit these %n numbers…</source>
        <translation>
            <numerusform>&amp;Bulk edit this number…</numerusform>
            <numerusform>&amp;Bulk edit these %n numbers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active numbers</source>
        <translation>
            <numerusform>%Ln active number</numerusform>
            <numerusform>%Ln active numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider phones</source>
        <translation>
            <numerusform>%Ln provider phone</numerusform>
            <numerusform>%Ln provider phones</numerusform>
        </translation>
    </message>
    <message>
        <source>Number %1 (no longer in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select these numbers in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected numbers or provider phones (or, with none selected, all listed) as text, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1; no provider phones are known (a read-only token cannot list them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check yet: the health check reads the numbers of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1 · warnings: %2 · notices: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link a provider phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the link dialog for the first listed number; the list follows each link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens bulk edit with these numbers selected, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::HealthStatus</name>
    <message>
        <source>&amp;Health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong with the numbers and provider phones, and the fix for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of these numbers are no longer in the table; the health check runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <translation>
                <numerusform>%Ln problem</numerusform>
                <numerusform>%Ln problems</numerusform>
            </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
                <numerusform>%Ln warning</numerusform>
                <numerusform>%Ln warnings</numerusform>
            </translation>
    </message>
    <message>
        <source>Health check: %1, %2, %3. Click for the fixes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln notices</source>
        <translation>
                <numerusform>%Ln notice</numerusform>
                <numerusform>%Ln notices</numerusform>
            </translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::HelpDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Move between the search, the table and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::ImportDialog</name>
    <message>
        <source>Import numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of the file is matched to a number by its phoneNumber column. Only the cells that differ are sent; a number not in the workspace is created from a linkable provider phone. Nothing is sent before Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (E.164 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National numbers are from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing will be sent: fix the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged, %4 refused. Nothing is sent before Apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1 reverted, %2 left alone (changed since), %3 failed, %4 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated, %2 created, %3 left alone (changed on the server since the preview), %4 failed, %5 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undo reverts the updates; the %Ln created numbers stay (archive them from the Number menu if they should go: that cannot be undone).</source>
        <translation>
            <numerusform>Undo reverts the updates; the created number stays (archive it from the Number menu if it should go: that cannot be undone).</numerusform>
            <numerusform>Undo reverts the updates; the %Ln created numbers stay (archive them from the Number menu if they should go: that cannot be undone).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo this import or close the dialog first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::JournalDialog</name>
    <message numerus="yes">
        <source>Saved %n entries to %1.</source>
        <translation>
            <numerusform>Saved %n entry to %1.</numerusform>
            <numerusform>Saved %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back the values these fields had before this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a saved update can be reverted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No write matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this write; nothing changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry cannot be reverted: the number is no longer listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry cannot be reverted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen: changed by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen at a sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::LinkDialog</name>
    <message>
        <source>Link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link selected phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 is not linked to a provider phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 is linked to the provider phone %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 is linked to the provider phone &lt;code&gt;%3&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the provider phone from %1? The number stops receiving calls and messages until a phone is linked again; the provider phone stays assigned to this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::MainWindow</name>
    <message numerus="yes">
        <source>Copied %n numbers</source>
        <translation>
            <numerusform>Copied %n number</numerusform>
            <numerusform>Copied %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n numbers to %1</source>
        <translation>
            <numerusform>Exported %n number to %1</numerusform>
            <numerusform>Exported %n numbers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln numbers</source>
        <translation>
            <numerusform>Showing %1 of %Ln number</numerusform>
            <numerusform>Showing %1 of %Ln numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) from the server could not be read and show what was known of them before:</source>
        <translation>
            <numerusform>%n number from the server could not be read and shows what was known of it before:</numerusform>
            <numerusform>%n numbers from the server could not be read and show what was known of them before:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export shown numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export shown numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers shown now, after search and filter, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose, add or change the server, workspace and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as text: the shown columns, numbers in E.164</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as CS&amp;V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected numbers as CSV with every exported field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the numbers from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every write made from PhoneDesk for this profile, with what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PhoneDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which numbers to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token of this profile may read the numbers but not change them (it lacks phones:write).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token of this profile may change numbers but not archive them (it lacks phones:admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… reading %1 of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 of %2 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online — not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online — synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — nothing cached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — cached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected — cached %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started with --offline: the server is not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a workspace first (File &gt; Connection…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked %1 to the provider phone %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked %1 — %2; its provider phone stays in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 — %2; its provider phone went back to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number of this workspace is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PhoneDesk is not connected to a workspace yet.
Connect with the server&apos;s address and an API token, or try it on a demo workspace that runs on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the numbers from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no numbers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers are cached for this workspace yet: they are shown after the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command; it reads the token from $PHONEDESK_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln numbers changed on the server since the last sync (View → Change journal, “seen”)</source>
        <translation>
            <numerusform>%Ln number changed on the server since the last sync (View → Change journal, “seen”)</numerusform>
            <numerusform>%Ln numbers changed on the server since the last sync (View → Change journal, “seen”)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all &amp;workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One search over the cached numbers of every profile, offline too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::MessageBar</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::NewNumberDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider phones could not be loaded: %1 You can still type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider phone or type a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::NumberActions</name>
    <message>
        <source>&amp;New number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number from a provider phone or the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected number&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link provider phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link, re-link or unlink the selected number&apos;s provider phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected number (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk edit selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the same fields on all selected numbers, with a preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive all selected numbers that nothing uses (cannot be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and update numbers from a CSV file, with a preview of every line first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::SearchField</name>
    <message>
        <source>Search number, name or brand (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>phonedesk::ui::WorkspaceSearchDialog</name>
    <message>
        <source>Include &amp;archived numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, name or brand, in the cache of every profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the number&apos;s profile (offline too) and selects the number in the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading the cached numbers of %Ln workspaces…</source>
        <translation>
            <numerusform>Reading the cached numbers of %Ln workspace…</numerusform>
            <numerusform>Reading the cached numbers of %Ln workspaces…</numerusform>
        </translation>
    </message>
    <message>
        <source>The local cache cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 cached numbers shown, from %2.</source>
        <translation>
            <numerusform>%Ln of %1 cached numbers shown, from %2.</numerusform>
            <numerusform>%Ln of %1 cached numbers shown, from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln workspaces</source>
        <translation>
            <numerusform>%Ln workspace</numerusform>
            <numerusform>%Ln workspaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced on this computer yet, so not searched: %1. Open the profile once while online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbers are cached on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cached number in any workspace matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cached number is archived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
