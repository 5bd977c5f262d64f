<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttributeCap</name>
    <message numerus="yes">
        <source>%n record(s) had more than %1 attributes (the first at line %2): each was kept with its first %1 attributes, and %3 further attributes were dropped.</source>
        <translation><numerusform>%n record had more than %1 attributes (the first at line %2): each was kept with its first %1 attributes, and %3 further attributes were dropped.</numerusform><numerusform>%n records had more than %1 attributes (the first at line %2): each was kept with its first %1 attributes, and %3 further attributes were dropped.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChaosToolkitImporter</name>
    <message numerus="yes">
        <source>met (%n probe(s) within tolerance)</source>
        <translation><numerusform>met (%n probe within tolerance)</numerusform><numerusform>met (%n probes within tolerance)</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1: %n record(s) rejected</source>
        <translation><numerusform>%1: %n record rejected</numerusform><numerusform>%1: %n records rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the language check flags %n sentence(s) of the leaders' briefing:</source>
        <translation><numerusform>the language check flags %n sentence of the leaders' briefing:</numerusform><numerusform>the language check flags %n sentences of the leaders' briefing:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the leaders' briefing was not written: %n sentence(s) are flagged by the language check (--refuse-flagged)</source>
        <translation><numerusform>the leaders' briefing was not written: %n sentence are flagged by the language check (--refuse-flagged)</numerusform><numerusform>the leaders' briefing was not written: %n sentences are flagged by the language check (--refuse-flagged)</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>%n column(s), fewer than the header's</source>
        <translation><numerusform>%n column, fewer than the header's</numerusform><numerusform>%n columns, fewer than the header's</numerusform></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation><numerusform>line longer than %n MiB</numerusform><numerusform>line longer than %n MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>quoted field not closed before a line longer than %n MiB</source>
        <translation><numerusform>quoted field not closed before a line longer than %n MiB</numerusform><numerusform>quoted field not closed before a line longer than %n MiB</numerusform></translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation><numerusform>Import %n file</numerusform><numerusform>Import %n files</numerusform></translation>
    </message>
</context>
<context>
    <name>ExperimentCsvImporter</name>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation><numerusform>%n field where the header has %1</numerusform><numerusform>%n fields where the header has %1</numerusform></translation>
    </message>
</context>
<context>
    <name>FlagCsvImporter</name>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation><numerusform>%n field where the header has %1</numerusform><numerusform>%n fields where the header has %1</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportInput</name>
    <message numerus="yes">
        <source>%1 is a named pipe that no program opened for writing within %n second(s); nothing imported</source>
        <translation><numerusform>%1 is a named pipe that no program opened for writing within %n second; nothing imported</numerusform><numerusform>%1 is a named pipe that no program opened for writing within %n seconds; nothing imported</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>%1: imported %n event(s)</source>
        <translation><numerusform>%1: imported %n event</numerusform><numerusform>%1: imported %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation><numerusform>%n record rejected</numerusform><numerusform>%n records rejected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation><numerusform>%n already present</numerusform><numerusform>%n already present</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n earlier import(s) of the same file.</source>
        <translation><numerusform>Replaced %n earlier import of the same file.</numerusform><numerusform>Replaced %n earlier imports of the same file.</numerusform></translation>
    </message>
</context>
<context>
    <name>JournaldExportImporter</name>
    <message numerus="yes">
        <source>%n field(s) too large to keep were left out of their events (over %1 MiB; the first in the record at line %2).</source>
        <translation><numerusform>%n field too large to keep were left out of their events (over %1 MiB; the first in the record at line %2).</numerusform><numerusform>%n fields too large to keep were left out of their events (over %1 MiB; the first in the record at line %2).</numerusform></translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation><numerusform>line longer than %n MiB</numerusform><numerusform>line longer than %n MiB</numerusform></translation>
    </message>
</context>
<context>
    <name>KubernetesEventsImporter</name>
    <message numerus="yes">
        <source>Kubernetes event longer than %n MiB</source>
        <translation><numerusform>Kubernetes event longer than %n MiB</numerusform><numerusform>Kubernetes event longer than %n MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation><numerusform>line longer than %n MiB</numerusform><numerusform>line longer than %n MiB</numerusform></translation>
    </message>
</context>
<context>
    <name>LitmusImporter</name>
    <message numerus="yes">
        <source>Under %1, %n probe(s) keep passing</source>
        <translation><numerusform>Under %1, %n probe keep passing</numerusform><numerusform>Under %1, %n probes keep passing</numerusform></translation>
    </message>
</context>
<context>
    <name>LnavFormatFile</name>
    <message numerus="yes">
        <source>used by %n value(s); only shapes lnav's SQL tables, no effect here</source>
        <translation><numerusform>used by %n value; only shapes lnav's SQL tables, no effect here</numerusform><numerusform>used by %n values; only shapes lnav's SQL tables, no effect here</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>used by %n value(s); not supported by Faultless, ignored</source>
        <translation><numerusform>used by %n value; not supported by Faultless, ignored</numerusform><numerusform>used by %n values; not supported by Faultless, ignored</numerusform></translation>
    </message>
</context>
<context>
    <name>LnavFormatImporter</name>
    <message numerus="yes">
        <source>Format file: %n more remark(s); `faultless-cli formats` lists them all</source>
        <translation><numerusform>Format file: %n more remark; `faultless-cli formats` lists them all</numerusform><numerusform>Format file: %n more remarks; `faultless-cli formats` lists them all</numerusform></translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message numerus="yes">
        <source>No timestamp layout covers enough of the first %n line(s) (half, or one in ten at the start of a line); each line was tried against every layout: ISO 8601 (with "," or "." fractions, day of the year), syslog, common log, ctime and Apache error_log, day-month-year, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, Unix epoch numbers, TAI64N and time of day.</source>
        <translation><numerusform>No timestamp layout covers enough of the first %n line (half, or one in ten at the start of a line); each line was tried against every layout: ISO 8601 (with "," or "." fractions, day of the year), syslog, common log, ctime and Apache error_log, day-month-year, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, Unix epoch numbers, TAI64N and time of day.</numerusform><numerusform>No timestamp layout covers enough of the first %n lines (half, or one in ten at the start of a line); each line was tried against every layout: ISO 8601 (with "," or "." fractions, day of the year), syslog, common log, ctime and Apache error_log, day-month-year, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, Unix epoch numbers, TAI64N and time of day.</numerusform></translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation><numerusform>Exported %n event to %1</numerusform><numerusform>Exported %n events to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>Reversibility</name>
    <message numerus="yes">
        <source>%n ms</source>
        <translation><numerusform>%n ms</numerusform><numerusform>%n ms</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>SensemakingCommands</name>
    <message numerus="yes">
        <source>Cite %n event(s) as evidence</source>
        <translation><numerusform>Cite %n event as evidence</numerusform><numerusform>Cite %n events as evidence</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Merge %n factor(s)</source>
        <translation><numerusform>Merge %n factor</numerusform><numerusform>Merge %n factors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s) from events</source>
        <translation><numerusform>Add %n step from events</numerusform><numerusform>Add %n steps from events</numerusform></translation>
    </message>
</context>
<context>
    <name>SlackImporter</name>
    <message numerus="yes">
        <source>%n message(s) show their author as a Slack user id: no users.json next to the channel folder names them.</source>
        <translation><numerusform>%n message show their author as a Slack user id: no users.json next to the channel folder names them.</numerusform><numerusform>%n messages show their author as a Slack user id: no users.json next to the channel folder names them.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) show their author as a Slack user id: the archive's users.json does not name them.</source>
        <translation><numerusform>%n message show their author as a Slack user id: the archive's users.json does not name them.</numerusform><numerusform>%n messages show their author as a Slack user id: the archive's users.json does not name them.</numerusform></translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message numerus="yes">
        <source>%1 is not valid UTF-8 in %n line(s), the first being line %2; they were read as Windows-1252 (Latin-1).</source>
        <translation><numerusform>%1 is not valid UTF-8 in %n line, the first being line %2; they were read as Windows-1252 (Latin-1).</numerusform><numerusform>%1 is not valid UTF-8 in %n lines, the first being line %2; they were read as Windows-1252 (Latin-1).</numerusform></translation>
    </message>
</context>
<context>
    <name>TextLineImporter</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation><numerusform>line longer than %n MiB</numerusform><numerusform>line longer than %n MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) longer than %1 lines or %2 MiB were split into several events (the first at line %3); each later part names the line its record starts at.</source>
        <translation><numerusform>%n record longer than %1 lines or %2 MiB were split into several events (the first at line %3); each later part names the line its record starts at.</numerusform><numerusform>%n records longer than %1 lines or %2 MiB were split into several events (the first at line %3); each later part names the line its record starts at.</numerusform></translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::model::BriefingComposer</name>
    <message numerus="yes">
        <source>Events per %n minute(s)</source>
        <comment>chart legend</comment>
        <translation><numerusform>Events per %n minute</numerusform><numerusform>Events per %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Events per %n second(s)</source>
        <comment>chart legend</comment>
        <translation><numerusform>Events per %n second</numerusform><numerusform>Events per %n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>reading time about %n minute(s)</source>
        <translation><numerusform>reading time about %n minute</numerusform><numerusform>reading time about %n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) such as tokens or addresses were masked.</source>
        <translation><numerusform>%n secret such as tokens or addresses were masked.</numerusform><numerusform>%n secrets such as tokens or addresses were masked.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reconstructed from %n event(s)</source>
        <translation><numerusform>Reconstructed from %n event</numerusform><numerusform>Reconstructed from %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n source(s)</source>
        <translation><numerusform>in %n source</numerusform><numerusform>in %n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n of them added by reviewers</source>
        <translation><numerusform>%n of them added by reviewers</numerusform><numerusform>%n of them added by reviewers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Flag changes marked: %n.</source>
        <translation><numerusform>Flag changes marked: %n.</numerusform><numerusform>Flag changes marked: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Experiments marked: %n.</source>
        <translation><numerusform>Experiments marked: %n.</numerusform><numerusform>Experiments marked: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) at %1</source>
        <translation><numerusform>%n event at %1</numerusform><numerusform>%n events at %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only "%1" tells of %n moment(s)</source>
        <translation><numerusform>Only "%1" tells of %n moment</numerusform><numerusform>Only "%1" tells of %n moments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All narratives cite %n shared moment(s).</source>
        <translation><numerusform>All narratives cite %n shared moment.</numerusform><numerusform>All narratives cite %n shared moments.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more highlighted moment(s) are in the practitioners' analysis.</source>
        <translation><numerusform>%n more highlighted moment are in the practitioners' analysis.</numerusform><numerusform>%n more highlighted moments are in the practitioners' analysis.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more flag change(s) are in the chart above and in the practitioners' analysis.</source>
        <translation><numerusform>%n more flag change are in the chart above and in the practitioners' analysis.</numerusform><numerusform>%n more flag changes are in the chart above and in the practitioners' analysis.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more narrative step(s) are in the practitioners' analysis.</source>
        <translation><numerusform>%n more narrative step are in the practitioners' analysis.</numerusform><numerusform>%n more narrative steps are in the practitioners' analysis.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>"%1" has %n step(s) without a cited event.</source>
        <translation><numerusform>"%1" has %n step without a cited event.</numerusform><numerusform>"%1" has %n steps without a cited event.</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::model::LearningModel</name>
    <message numerus="yes">
        <source>%1 (%n link(s))</source>
        <translation><numerusform>%1 (%n link)</numerusform><numerusform>%1 (%n links)</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::AgreementPanel</name>
    <message numerus="yes">
        <source>Agreed %1 by %2. %n change(s) since:</source>
        <translation><numerusform>Agreed %1 by %2. %n change since:</numerusform><numerusform>Agreed %1 by %2. %n changes since:</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::CsvImportDialog</name>
    <message numerus="yes">
        <source>%n of the first rows have a readable time.</source>
        <translation><numerusform>%n of the first rows have a readable time.</numerusform><numerusform>%n of the first rows have a readable time.</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::ExportDialog</name>
    <message numerus="yes">
        <source>The language check flags %n sentence(s) of this leaders' briefing. Readers may hear blame or hindsight in them.</source>
        <translation><numerusform>The language check flags %n sentence of this leaders' briefing. Readers may hear blame or hindsight in them.</numerusform><numerusform>The language check flags %n sentences of this leaders' briefing. Readers may hear blame or hindsight in them.</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::FactorsPanel</name>
    <message numerus="yes">
        <source>Title of the merged factor (evidence and links of all %n factor(s) are kept):</source>
        <translation><numerusform>Title of the merged factor (evidence and links of all %n factor are kept):</numerusform><numerusform>Title of the merged factor (evidence and links of all %n factors are kept):</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>Imported; %n already present</source>
        <translation><numerusform>Imported; %n already present</numerusform><numerusform>Imported; %n already present</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 events added</source>
        <extracomment>%2 is a number of events, written with the locale's digit grouping</extracomment>
        <translation><numerusform>%n file imported: %1 events added</numerusform><numerusform>%n files imported: %1 events added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped</source>
        <translation><numerusform>%n record skipped</numerusform><numerusform>%n records skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation><numerusform>%n file could not be read</numerusform><numerusform>%n files could not be read</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped record(s), all kept in the review</source>
        <translation><numerusform>…and %n more skipped record, all kept in the review</numerusform><numerusform>…and %n more skipped records, all kept in the review</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::MainWindow</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::SearchBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::ServerBanner</name>
    <message numerus="yes">
        <source>%n change(s) to %1 not saved on the team server yet (%2). Trying again…</source>
        <extracomment>%2 is why the changes could not be saved, as the server said it</extracomment>
        <translation><numerusform>%n change to %1 not saved on the team server yet (%2). Trying again…</numerusform><numerusform>%n changes to %1 not saved on the team server yet (%2). Trying again…</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::SourcesPanel</name>
    <message numerus="yes">
        <source>%n record(s) rejected; the first:</source>
        <translation><numerusform>%n record rejected; the first:</numerusform><numerusform>%n records rejected; the first:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n event(s) from the review? You can undo this.</source>
        <translation><numerusform>Remove %1 and its %n event from the review? You can undo this.</numerusform><numerusform>Remove %1 and its %n events from the review? You can undo this.</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::SummaryPanel</name>
    <message numerus="yes">
        <source>Customers were affected for %n minute(s). Times in %1.</source>
        <translation><numerusform>Customers were affected for %n minute. Times in %1.</numerusform><numerusform>Customers were affected for %n minutes. Times in %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::TeamServerSession</name>
    <message numerus="yes">
        <source>%n change(s) to %1 could not be saved on the team server. This copy of the review, with them, is kept as %2.</source>
        <translation><numerusform>%n change to %1 could not be saved on the team server. This copy of the review, with them, is kept as %2.</numerusform><numerusform>%n changes to %1 could not be saved on the team server. This copy of the review, with them, is kept as %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 could not be saved on the team server, and keeping them in %2 failed: %3</source>
        <translation><numerusform>%n change to %1 could not be saved on the team server, and keeping them in %2 failed: %3</numerusform><numerusform>%n changes to %1 could not be saved on the team server, and keeping them in %2 failed: %3</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s) between %1 and %2</source>
        <translation><numerusform>%n event between %1 and %2</numerusform><numerusform>%n events between %1 and %2</numerusform></translation>
    </message>
</context>
</TS>