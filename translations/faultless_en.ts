<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityFormats</name>
    <message numerus="yes">
        <source>%n constraint(s)</source>
        <translation><numerusform>%n constraint</numerusform><numerusform>%n constraints</numerusform></translation>
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
</context>
<context>
    <name>CsvImporter</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation><numerusform>line longer than %n MiB</numerusform><numerusform>line longer than %n MiB</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), fewer than the header's</source>
        <translation><numerusform>%n column, fewer than the header's</numerusform><numerusform>%n columns, fewer than the header's</numerusform></translation>
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
</context>
<context>
    <name>JsonLinesImporter</name>
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
    <name>TextLineImporter</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation><numerusform>line longer than %n MiB</numerusform><numerusform>line longer than %n MiB</numerusform></translation>
    </message>
</context>
<context>
    <name>faultless::views::MainWindow</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
</context>
</TS>