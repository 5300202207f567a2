<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Showing %1 of %n numbers</source>
        <translation>
            <numerusform>Showing %1 of %n number</numerusform>
            <numerusform>Showing %1 of %n numbers</numerusform>
        </translation>
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
</context>
</TS>
