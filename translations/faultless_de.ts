<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessLogImporter</name>
    <message>
        <source>not in the common or combined access log format</source>
        <translation>nicht im Common- oder Combined-Access-Log-Format</translation>
    </message>
    <message>
        <source>unreadable access log timestamp</source>
        <translation>unlesbarer Zeitstempel im Access-Log</translation>
    </message>
    <message>
        <source>Apache/Nginx access log</source>
        <translation>Apache/Nginx-Access-Log</translation>
    </message>
</context>
<context>
    <name>ActivityFormats</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: kein gültiges JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>deviated</source>
        <translation>abgewichen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>AgreementDiff</name>
    <message>
        <source>The agreed snapshot cannot be read: %1</source>
        <translation>Der abgestimmte Stand kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>since the timeline was agreed</extracomment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>since the timeline was agreed</extracomment>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>since the timeline was agreed</extracomment>
        <translation>geändert</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>AlertmanagerImporter</name>
    <message>
        <source>a notification without alerts</source>
        <translation>eine Benachrichtigung ohne Alarme</translation>
    </message>
    <message>
        <source>no usable "startsAt"</source>
        <translation>kein verwendbares "startsAt"</translation>
    </message>
    <message>
        <source>an alert without labels</source>
        <translation>ein Alarm ohne Labels</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Prometheus Alertmanager webhook</source>
        <translation>Prometheus-Alertmanager-Webhook</translation>
    </message>
</context>
<context>
    <name>ArchiveEntry</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive: %2</source>
        <translation>%1 ist kein lesbares ZIP-Archiv: %2</translation>
    </message>
    <message>
        <source>%1 has no entry %2 any more.</source>
        <translation>%1 enthält den Eintrag %2 nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>AttributeCap</name>
    <message numerus="yes">
        <source>%n record(s) had more than %1 attributes (the first at line %2): each was kept with its first %1 attributes, and %3 further attributes were dropped.</source>
        <translation>
            <numerusform>%n Datensatz hatte mehr als %1 Attribute (Zeile %2): er wurde mit seinen ersten %1 Attributen übernommen, %3 weitere Attribute wurden verworfen.</numerusform>
            <numerusform>%n Datensätze hatten mehr als %1 Attribute (der erste in Zeile %2): jeder wurde mit seinen ersten %1 Attributen übernommen, %3 weitere Attribute wurden verworfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlamelessLanguageChecker</name>
    <message>
        <source>Implies a single cause; incidents in complex systems have many contributing factors.</source>
        <translation>Unterstellt eine einzige Ursache; Vorfälle in komplexen Systemen haben viele beitragende Faktoren.</translation>
    </message>
    <message>
        <source>Name the contributing factors instead.</source>
        <translation>Benennen Sie stattdessen die beitragenden Faktoren.</translation>
    </message>
    <message>
        <source>Labels a person instead of describing the conditions they worked in.</source>
        <translation>Stempelt eine Person ab, statt die Bedingungen zu beschreiben, unter denen sie gearbeitet hat.</translation>
    </message>
    <message>
        <source>Describe what the person saw, knew and could do at the time.</source>
        <translation>Beschreiben Sie, was die Person zu diesem Zeitpunkt sah, wusste und tun konnte.</translation>
    </message>
    <message>
        <source>Counterfactual: judges the past with knowledge gained afterwards.</source>
        <translation>Kontrafaktisch: beurteilt die Vergangenheit mit Wissen, das erst danach gewonnen wurde.</translation>
    </message>
    <message>
        <source>Describe what happened and what made it make sense at the time.</source>
        <translation>Beschreiben Sie, was geschah und warum es zu diesem Zeitpunkt sinnvoll erschien.</translation>
    </message>
    <message>
        <source>Counterfactual: talks about what did not happen instead of what did.</source>
        <translation>Kontrafaktisch: spricht über das, was nicht geschah, statt über das, was geschah.</translation>
    </message>
    <message>
        <source>Describe the options people saw at the time and what made them choose as they did.</source>
        <translation>Beschreiben Sie die Optionen, die die Beteiligten damals sahen, und was sie zu ihrer Wahl bewogen hat.</translation>
    </message>
    <message>
        <source>Frames a person's action as a failure to meet a standard known only in hindsight.</source>
        <translation>Stellt die Handlung einer Person als Verfehlen eines Maßstabs dar, der erst im Nachhinein bekannt ist.</translation>
    </message>
    <message>
        <source>Say what the person did and what they were paying attention to instead.</source>
        <translation>Sagen Sie stattdessen, was die Person getan hat und worauf sie ihre Aufmerksamkeit gerichtet hatte.</translation>
    </message>
    <message>
        <source>Treats deviation from a procedure as the explanation; procedures never cover everything.</source>
        <translation>Behandelt die Abweichung von einem Verfahren als Erklärung; Verfahren decken nie alles ab.</translation>
    </message>
    <message>
        <source>Ask how the runbook fitted the situation people were in, and what they relied on instead.</source>
        <translation>Fragen Sie, wie das Runbook zur Situation der Beteiligten passte und worauf sie sich stattdessen verlassen haben.</translation>
    </message>
    <message>
        <source>"Why didn't…" questions put people on the defensive and ask them to justify the past.</source>
        <translation>„Warum haben Sie nicht …“-Fragen drängen Menschen in die Defensive und verlangen, dass sie die Vergangenheit rechtfertigen.</translation>
    </message>
    <message>
        <source>Ask "how": what did you see, what did you expect, which options did you have?</source>
        <translation>Fragen Sie „wie“: Was haben Sie gesehen, was haben Sie erwartet, welche Optionen hatten Sie?</translation>
    </message>
    <message>
        <source>Judges a person's character or effort instead of describing the situation.</source>
        <translation>Beurteilt den Charakter oder den Einsatz einer Person, statt die Situation zu beschreiben.</translation>
    </message>
    <message>
        <source>Describe the workload, cues and pressures the person faced.</source>
        <translation>Beschreiben Sie die Arbeitslast, die Hinweise und den Druck, denen die Person ausgesetzt war.</translation>
    </message>
    <message>
        <source>A legal and moral judgement; it ends the inquiry instead of opening it.</source>
        <translation>Ein rechtliches und moralisches Urteil; es beendet die Untersuchung, statt sie zu eröffnen.</translation>
    </message>
    <message>
        <source>Describe what made the action reasonable to the person at the time.</source>
        <translation>Beschreiben Sie, was die Handlung für die Person zu diesem Zeitpunkt vernünftig erscheinen ließ.</translation>
    </message>
    <message>
        <source>Assigns blame; people stop telling what they know when they expect to be blamed.</source>
        <translation>Weist Schuld zu; Menschen hören auf zu erzählen, was sie wissen, wenn sie mit Schuldzuweisungen rechnen.</translation>
    </message>
    <message>
        <source>Describe the conditions that made the outcome possible.</source>
        <translation>Beschreiben Sie die Bedingungen, die das Ergebnis möglich gemacht haben.</translation>
    </message>
    <message>
        <source>A chain of whys follows one line of reasoning and stops at whoever the facilitator picks.</source>
        <translation>Eine Kette von Warum-Fragen folgt einem einzigen Gedankengang und endet bei der Person, die die Moderation auswählt.</translation>
    </message>
    <message>
        <source>Collect several contributing factors and narratives from different vantage points.</source>
        <translation>Sammeln Sie mehrere beitragende Faktoren und Erzählungen aus verschiedenen Blickwinkeln.</translation>
    </message>
    <message>
        <source>Counterfactual: imagines a different past instead of explaining the one that happened.</source>
        <translation>Kontrafaktisch: malt eine andere Vergangenheit aus, statt die tatsächliche zu erklären.</translation>
    </message>
    <message>
        <source>Describe what people did and what made it reasonable to them at the time.</source>
        <translation>Beschreiben Sie, was die Beteiligten taten und was es ihnen damals vernünftig erscheinen ließ.</translation>
    </message>
    <message>
        <source>Measures a person against what they were expected to do, a standard clear only in hindsight.</source>
        <translation>Misst eine Person an dem, was von ihr erwartet wurde – ein Maßstab, der erst im Nachhinein klar ist.</translation>
    </message>
    <message>
        <source>Say what the person was attending to and what made the step easy to miss.</source>
        <translation>Sagen Sie, worauf die Person ihre Aufmerksamkeit richtete und was den Schritt leicht übersehbar machte.</translation>
    </message>
    <message>
        <source>Puts the outcome down to one person's act; outcomes come from many conditions together.</source>
        <translation>Führt das Ergebnis auf die Handlung einer einzelnen Person zurück; Ergebnisse entstehen aus dem Zusammenwirken vieler Bedingungen.</translation>
    </message>
    <message>
        <source>Describe the conditions that let the action have this outcome.</source>
        <translation>Beschreiben Sie die Bedingungen, unter denen die Handlung zu diesem Ergebnis führen konnte.</translation>
    </message>
    <message>
        <source>Which contributing factors came together here?</source>
        <translation>Welche beitragenden Faktoren kamen hier zusammen?</translation>
    </message>
    <message>
        <source>Which contributing factors, seen from several vantage points, came together here?</source>
        <translation>Welche beitragenden Faktoren kamen hier zusammen, aus mehreren Blickwinkeln betrachtet?</translation>
    </message>
    <message>
        <source>What did {who} see, know and expect at the time, and what made the action reasonable?</source>
        <translation>Was war damals für {whom} zu sehen, was war bekannt, was wurde erwartet, und was ließ das Handeln vernünftig erscheinen?</translation>
    </message>
    <message>
        <source>What made it look reasonable to {whom} at the time not to have {rest}?</source>
        <translation>Was ließ es damals für {whom} vernünftig erscheinen, dies nicht zu tun ({rest})?</translation>
    </message>
    <message>
        <source>What made it look reasonable to {whom} at the time to have {rest}?</source>
        <translation>Was ließ es damals für {whom} vernünftig erscheinen, so zu handeln ({rest})?</translation>
    </message>
    <message>
        <source>Which options did {who} see at the time, and what would have made it possible to have {rest}?</source>
        <translation>Welche Möglichkeiten waren damals für {whom} erkennbar, und was hätte es möglich gemacht ({rest})?</translation>
    </message>
    <message>
        <source>What happened instead, and what did people see and know at the time ({span} {rest})?</source>
        <translation>Was geschah stattdessen, und was sahen und wussten die Beteiligten damals ({span} {rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what would have prompted {whom} to {verb} {rest}?</source>
        <translation>Was nahm {whom} damals gleichzeitig in Anspruch, und was hätte {whom} dazu gebracht ({verb} {rest})?</translation>
    </message>
    <message>
        <source>How did the procedure fit the situation of {whom}, and what did {who} rely on instead?</source>
        <translation>Wie gut passte das Verfahren für {whom} zur damaligen Lage, und worauf stützte sich das Handeln stattdessen?</translation>
    </message>
    <message>
        <source>How did it look to {whom} at the time: what did {who} see, expect and weigh up?</source>
        <translation>Wie sah die Lage damals für {whom} aus: Was war zu sehen, was wurde erwartet, was wurde abgewogen?</translation>
    </message>
    <message>
        <source>What workload, cues and pressures did {who} face at the time (instead of "{span}")?</source>
        <translation>Welche Arbeitslast, welche Hinweise und welcher Druck prägten damals die Lage für {whom} (statt „{span}“)?</translation>
    </message>
    <message>
        <source>What made the action reasonable to {whom} at the time (instead of "{span}")?</source>
        <translation>Was ließ das Handeln damals für {whom} vernünftig erscheinen (statt „{span}“)?</translation>
    </message>
    <message>
        <source>Which conditions made the outcome possible (instead of "{span}")?</source>
        <translation>Welche Bedingungen machten das Ergebnis möglich (statt „{span}“)?</translation>
    </message>
    <message>
        <source>What made the course actually taken look reasonable at the time, when the alternative was that {rest}?</source>
        <translation>Was ließ den tatsächlich eingeschlagenen Weg damals vernünftig erscheinen, verglichen mit der Alternative ({rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what would have made it look worth it {rest}?</source>
        <translation>Was nahm {whom} damals gleichzeitig in Anspruch, und was hätte es lohnend erscheinen lassen ({rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what made {rest} easy to miss?</source>
        <translation>Was nahm {whom} damals gleichzeitig in Anspruch, und was machte es leicht, dies zu übersehen ({rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what would have reminded {whom} to {rest}?</source>
        <translation>Was nahm {whom} damals gleichzeitig in Anspruch, und was hätte {whom} daran erinnert ({rest})?</translation>
    </message>
    <message>
        <source>What made the action of {whom} reasonable at the time, and which other conditions let it lead to this outcome?</source>
        <translation>Was ließ das Handeln damals für {whom} vernünftig erscheinen, und welche weiteren Bedingungen führten dazu, dass es zu diesem Ergebnis kam?</translation>
    </message>
    <message>
        <source>the people involved</source>
        <translation>die Beteiligten</translation>
    </message>
</context>
<context>
    <name>BriefingData</name>
    <message>
        <source>Cannot read the review: %1</source>
        <translation>Die Nachbetrachtung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"</source>
        <translation>Unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
</context>
<context>
    <name>BriefingExporter</name>
    <message>
        <source>No briefing translation for language "%1" (available: %2)</source>
        <translation>Keine Übersetzung des Kurzberichts für die Sprache „%1“ (verfügbar: %2)</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>The chart is in the HTML and PDF versions of this briefing.</source>
        <translation>Das Diagramm ist in der HTML- und der PDF-Fassung dieses Kurzberichts enthalten.</translation>
    </message>
    <message>
        <source>No file to export to was given</source>
        <translation>Es wurde keine Zieldatei für den Export angegeben</translation>
    </message>
</context>
<context>
    <name>ChaosToolkitImporter</name>
    <message>
        <source>no "experiment" in the journal</source>
        <translation>kein "experiment" im Journal</translation>
    </message>
    <message>
        <source>Chaos Toolkit experiment</source>
        <translation>Chaos-Toolkit-Experiment</translation>
    </message>
    <message>
        <source>the journal has no usable "start"</source>
        <translation>das Journal hat kein verwendbares "start"</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message numerus="yes">
        <source>met (%n probe(s) within tolerance)</source>
        <translation>
            <numerusform>erfüllt (%n Probe innerhalb der Toleranz)</numerusform>
            <numerusform>erfüllt (%n Probes innerhalb der Toleranz)</numerusform>
        </translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>not met: %1 outside tolerance</source>
        <translation>nicht erfüllt: %1 außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>held</source>
        <translation>hat gehalten</translation>
    </message>
    <message>
        <source>deviated</source>
        <translation>ist abgewichen</translation>
    </message>
    <message>
        <source>was not evaluated (run %1)</source>
        <translation>wurde nicht ausgewertet (Lauf %1)</translation>
    </message>
    <message>
        <source>has no verdict</source>
        <translation>hat kein Ergebnis</translation>
    </message>
    <message>
        <source>Experiment "%1" %2</source>
        <translation>Experiment „%1“ %2</translation>
    </message>
    <message>
        <source>Experiment "%1": hypothesis "%2" %3</source>
        <translation>Experiment „%1“: Hypothese „%2“ %3</translation>
    </message>
    <message>
        <source>Before the method</source>
        <translation>Vor der Methode</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>After the method</source>
        <translation>Nach der Methode</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>%1, activity %2: no usable "start"</source>
        <translation>%1, Aktivität %2: kein verwendbares "start"</translation>
    </message>
    <message>
        <source>%1: action %2 %3</source>
        <translation>%1: Aktion %2 %3</translation>
    </message>
    <message>
        <source>%1: probe %2 %3</source>
        <translation>%1: Probe %2 %3</translation>
    </message>
    <message>
        <source>(within tolerance)</source>
        <translation>(innerhalb der Toleranz)</translation>
    </message>
    <message>
        <source>(outside tolerance)</source>
        <translation>(außerhalb der Toleranz)</translation>
    </message>
    <message>
        <source>Chaos Toolkit wrote instants without an offset; they were read as UTC.</source>
        <translation>Chaos Toolkit hat Zeitpunkte ohne Offset geschrieben; sie wurden als UTC gelesen.</translation>
    </message>
    <message>
        <source>%1: no Chaos Toolkit run in the file</source>
        <translation>%1: kein Chaos-Toolkit-Lauf in der Datei</translation>
    </message>
    <message>
        <source>Chaos Toolkit journal</source>
        <translation>Chaos-Toolkit-Journal</translation>
    </message>
    <message>
        <source>During the method</source>
        <translation>Während der Methode</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>new takes exactly one REVIEW path</source>
        <translation>new erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>unknown time zone "%1"</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>import takes a REVIEW and at least one FILE</source>
        <translation>import erwartet eine REVIEW und mindestens eine FILE</translation>
    </message>
    <message>
        <source>unknown format "%1" (see faultless-cli formats)</source>
        <translation>unbekanntes Format „%1“ (siehe faultless-cli formats)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) rejected</source>
        <translation>
            <numerusform>%1: %n Datensatz abgelehnt</numerusform>
            <numerusform>%1: %n Datensätze abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>info takes exactly one REVIEW path</source>
        <translation>info erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 events, %4 rejected</source>
        <translation>%1 (%2): %3 Ereignisse, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Annotations: %1, contributing factors: %2, narratives: %3</source>
        <translation>Anmerkungen: %1, beitragende Faktoren: %2, Erzählungen: %3</translation>
    </message>
    <message>
        <source>events takes exactly one REVIEW path</source>
        <translation>events erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>--format must be jsonl or csv</source>
        <translation>--format muss jsonl oder csv sein</translation>
    </message>
    <message>
        <source>unknown kind "%1" (log, flag, experiment, chat, alert, deploy, note)</source>
        <translation>unbekannte Art „%1“ (log, flag, experiment, chat, alert, deploy, note)</translation>
    </message>
    <message>
        <source>--from is not an ISO 8601 instant: %1</source>
        <translation>--from ist kein Zeitpunkt nach ISO 8601: %1</translation>
    </message>
    <message>
        <source>--to is not an ISO 8601 instant: %1</source>
        <translation>--to ist kein Zeitpunkt nach ISO 8601: %1</translation>
    </message>
    <message>
        <source>export takes exactly one REVIEW path</source>
        <translation>export erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export benötigt --output FILE</translation>
    </message>
    <message>
        <source>--format must be md, html or pdf</source>
        <translation>--format muss md, html oder pdf sein</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation>--page-size muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>--audience must be leader or practitioner</source>
        <translation>--audience muss leader oder practitioner sein</translation>
    </message>
    <message>
        <source>unknown section "%1" (sections: %2)</source>
        <translation>unbekannter Abschnitt „%1“ (Abschnitte: %2)</translation>
    </message>
    <message>
        <source>--redact and --no-redact exclude each other</source>
        <translation>--redact und --no-redact schließen einander aus</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>formats takes no arguments</source>
        <translation>formats erwartet keine Argumente</translation>
    </message>
    <message>
        <source>language reads its text from standard input</source>
        <translation>language liest seinen Text von der Standardeingabe</translation>
    </message>
    <message>
        <source>archive takes exactly one REVIEW path</source>
        <translation>archive erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>archive needs --output FILE.zip</source>
        <translation>archive benötigt --output FILE.zip</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>restore takes exactly one ARCHIVE path</source>
        <translation>restore erwartet genau einen ARCHIVE-Pfad</translation>
    </message>
    <message>
        <source>restore needs --output REVIEW</source>
        <translation>restore benötigt --output REVIEW</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>agreement takes exactly one REVIEW path</source>
        <translation>agreement erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>the timeline of %1 has not been agreed yet</source>
        <translation>Über die Zeitleiste von %1 wurde noch keine Einigung erzielt</translation>
    </message>
    <message>
        <source>Agreed at %1 by %2</source>
        <translation>Abgestimmt am %1 von %2</translation>
    </message>
    <message>
        <source>No changes since.</source>
        <translation>Seitdem keine Änderungen.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>publish takes a review FILE and a SERVER-REVIEW</source>
        <translation>publish erwartet eine FILE mit einer Nachbetrachtung und eine SERVER-REVIEW</translation>
    </message>
    <message>
        <source>Published %1 as %2</source>
        <translation>%1 als %2 veröffentlicht</translation>
    </message>
    <message>
        <source>pull takes exactly one SERVER-REVIEW</source>
        <translation>pull erwartet genau eine SERVER-REVIEW</translation>
    </message>
    <message>
        <source>pull takes a SERVER-REVIEW and --output FILE</source>
        <translation>pull erwartet eine SERVER-REVIEW und --output FILE</translation>
    </message>
    <message>
        <source>grant takes a SERVER-REVIEW and a USER</source>
        <translation>grant erwartet eine SERVER-REVIEW und einen USER</translation>
    </message>
    <message>
        <source>--role must be reader, reviewer or facilitator</source>
        <translation>--role muss reader, reviewer oder facilitator sein</translation>
    </message>
    <message>
        <source>%1 is now a %2 of %3</source>
        <translation>%1 hat jetzt die Rolle %2 für %3</translation>
    </message>
    <message>
        <source>%1: someone changed the same %2 meanwhile; nothing was changed, run the command again</source>
        <translation>%1: jemand hat inzwischen denselben Eintrag in %2 geändert; nichts wurde geändert, führen Sie den Befehl erneut aus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 defines no format that can be used</source>
        <translation>%1 definiert kein verwendbares Format</translation>
    </message>
    <message>
        <source>--year must be a year from 1 to 9999, not "%1"</source>
        <translation>--year muss ein Jahr von 1 bis 9999 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Zusammenfassung: %1</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht geschrieben</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Impact from %1 to %2</source>
        <translation>Auswirkungen von %1 bis %2</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 instant between the years 1 and 9999: %2</source>
        <translation>--%1 ist kein Zeitpunkt nach ISO 8601 zwischen den Jahren 1 und 9999: %2</translation>
    </message>
    <message>
        <source>summary takes exactly one REVIEW path</source>
        <translation>summary erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>Impact from: %1</source>
        <translation>Auswirkungen ab: %1</translation>
    </message>
    <message>
        <source>Impact to: %1</source>
        <translation>Auswirkungen bis: %1</translation>
    </message>
    <message>
        <source>annotate takes exactly one REVIEW path</source>
        <translation>annotate erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>annotate needs --event ID, the id that `events --format jsonl` prints</source>
        <translation>annotate benötigt --event ID, die ID, die `events --format jsonl` ausgibt</translation>
    </message>
    <message>
        <source>annotate needs --text TEXT of 1 to %1 characters</source>
        <translation>annotate benötigt --text TEXT mit 1 bis %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 has no event %2</source>
        <translation>%1 enthält kein Ereignis %2</translation>
    </message>
    <message numerus="yes">
        <source>the language check flags %n sentence(s) of the leaders' briefing:</source>
        <translation>
            <numerusform>die Sprachprüfung markiert %n Satz des Kurzberichts für Führungskräfte:</numerusform>
            <numerusform>die Sprachprüfung markiert %n Sätze des Kurzberichts für Führungskräfte:</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>"%1": %2 Suggestion: %3</source>
        <translation>„%1“: %2 Vorschlag: %3</translation>
    </message>
    <message numerus="yes">
        <source>the leaders' briefing was not written: %n sentence(s) are flagged by the language check (--refuse-flagged)</source>
        <translation>
            <numerusform>der Kurzbericht für Führungskräfte wurde nicht geschrieben: %n Satz ist von der Sprachprüfung markiert (--refuse-flagged)</numerusform>
            <numerusform>der Kurzbericht für Führungskräfte wurde nicht geschrieben: %n Sätze sind von der Sprachprüfung markiert (--refuse-flagged)</numerusform>
        </translation>
    </message>
    <message>
        <source>flags takes exactly one REVIEW path</source>
        <translation>flags erwartet genau einen REVIEW-Pfad</translation>
    </message>
    <message>
        <source>reverses the change of %1</source>
        <translation>nimmt die Änderung von %1 zurück</translation>
    </message>
    <message>
        <source>No flag changes.</source>
        <translation>Keine Feature-Flag-Änderungen.</translation>
    </message>
    <message>
        <source>Usage:
  faultless-cli new REVIEW [--title TEXT] [--tz ZONE]
  faultless-cli import REVIEW FILE... [--format ID | --format-file FILE] [--source NAME] [--tz ZONE] [--year YEAR] [--replace]
  faultless-cli info REVIEW [--json]
  faultless-cli summary REVIEW [--text TEXT] [--impact-from INSTANT] [--impact-to INSTANT] [--json]
  faultless-cli annotate REVIEW --event ID --text TEXT [--author NAME]
  faultless-cli events REVIEW [--search QUERY] [--from INSTANT] [--to INSTANT] [--kind KIND] [--format jsonl|csv]
  faultless-cli export REVIEW --format md|html|pdf --output FILE [--audience leader|practitioner] [--lang CODE] [--tz ZONE] [--page-size A4|Letter] [--sections LIST] [--pseudonymise] [--redact|--no-redact] [--active-links] [--refuse-flagged]
  faultless-cli archive REVIEW --output FILE.zip
  faultless-cli restore ARCHIVE --output REVIEW [--sources DIR]
  faultless-cli agreement REVIEW [--json]
  faultless-cli flags REVIEW [--json]
  faultless-cli publish FILE SERVER-REVIEW
  faultless-cli pull SERVER-REVIEW --output FILE
  faultless-cli grant SERVER-REVIEW USER --role reader|reviewer|facilitator
  faultless-cli formats
  faultless-cli language [--lang CODE] [--review REVIEW] &lt; TEXT
A SERVER-REVIEW, accepted wherever a REVIEW is read, is postgresql://[USER@]HOST[:PORT]/DATABASE?review=NAME; the password comes from ~/.pgpass or PGPASSWORD.
Exit codes: 0 done, 1 usage error, 2 nothing done, 3 done but some records were rejected.
</source>
        <translation>Aufruf:
  faultless-cli new REVIEW [--title TEXT] [--tz ZONE]
  faultless-cli import REVIEW FILE... [--format ID | --format-file FILE] [--source NAME] [--tz ZONE] [--year YEAR] [--replace]
  faultless-cli info REVIEW [--json]
  faultless-cli summary REVIEW [--text TEXT] [--impact-from INSTANT] [--impact-to INSTANT] [--json]
  faultless-cli annotate REVIEW --event ID --text TEXT [--author NAME]
  faultless-cli events REVIEW [--search QUERY] [--from INSTANT] [--to INSTANT] [--kind KIND] [--format jsonl|csv]
  faultless-cli export REVIEW --format md|html|pdf --output FILE [--audience leader|practitioner] [--lang CODE] [--tz ZONE] [--page-size A4|Letter] [--sections LIST] [--pseudonymise] [--redact|--no-redact] [--active-links] [--refuse-flagged]
  faultless-cli archive REVIEW --output FILE.zip
  faultless-cli restore ARCHIVE --output REVIEW [--sources DIR]
  faultless-cli agreement REVIEW [--json]
  faultless-cli flags REVIEW [--json]
  faultless-cli publish FILE SERVER-REVIEW
  faultless-cli pull SERVER-REVIEW --output FILE
  faultless-cli grant SERVER-REVIEW USER --role reader|reviewer|facilitator
  faultless-cli formats
  faultless-cli language [--lang CODE] [--review REVIEW] &lt; TEXT
Eine SERVER-REVIEW, die überall dort angenommen wird, wo eine REVIEW gelesen wird, hat die Form postgresql://[USER@]HOST[:PORT]/DATABASE?review=NAME; das Passwort stammt aus ~/.pgpass oder PGPASSWORD.
Exit-Codes: 0 erledigt, 1 Aufruffehler, 2 nichts getan, 3 erledigt, aber einige Datensätze wurden abgelehnt.
</translation>
    </message>
    <message>
        <source>no language check for "%1" (languages: %2)</source>
        <translation>keine Sprachprüfung für „%1“ (Sprachen: %2)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>the column mapping is not a JSON object: %1</source>
        <translation>die Spaltenzuordnung ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>no column "%1" for %2 in the header</source>
        <translation>keine Spalte „%1“ für %2 in der Kopfzeile</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no time column found in the header; choose one with the column mapping (--option '{"time": "column"}')</source>
        <translation>%1: keine Zeitspalte in der Kopfzeile gefunden; wählen Sie eine mit der Spaltenzuordnung (--option '{"time": "column"}')</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), fewer than the header's</source>
        <translation>
            <numerusform>%n Spalte, weniger als in der Kopfzeile</numerusform>
            <numerusform>%n Spalten, weniger als in der Kopfzeile</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable time "%1"</source>
        <translation>unlesbare Zeit „%1“</translation>
    </message>
    <message>
        <source>TSV table with a header</source>
        <translation>TSV-Tabelle mit Kopfzeile</translation>
    </message>
    <message>
        <source>CSV table with a header</source>
        <translation>CSV-Tabelle mit Kopfzeile</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>Zeile länger als %n MiB</numerusform>
            <numerusform>Zeile länger als %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted field not closed on this line (read again after the unclosed quote of line %1)</source>
        <translation>Feld in Anführungszeichen in dieser Zeile nicht geschlossen (erneut gelesen nach dem nicht geschlossenen Anführungszeichen in Zeile %1)</translation>
    </message>
    <message>
        <source>quoted field not closed by the end of the input</source>
        <translation>Feld in Anführungszeichen bis zum Ende der Eingabe nicht geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>quoted field not closed before a line longer than %n MiB</source>
        <translation>
            <numerusform>Feld in Anführungszeichen vor einer Zeile länger als %n MiB nicht geschlossen</numerusform>
            <numerusform>Feld in Anführungszeichen vor einer Zeile länger als %n MiB nicht geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted field not closed within %1 lines or %2 MiB</source>
        <translation>Feld in Anführungszeichen nicht innerhalb von %1 Zeilen oder %2 MiB geschlossen</translation>
    </message>
</context>
<context>
    <name>DemoReview</name>
    <message>
        <source>demo %1 refers to a missing event: %2</source>
        <translation>Demo %1 verweist auf ein fehlendes Ereignis: %2</translation>
    </message>
    <message>
        <source>The demo review data is missing from this build</source>
        <translation>Die Daten der Demo-Nachbetrachtung fehlen in diesem Build</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Narrative step</source>
        <extracomment>a step of a narrative</extracomment>
        <translation>Erzählschritt</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <extracomment>certainty of a timeline item: people are not sure it happened this way</extracomment>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Disputed</source>
        <extracomment>certainty of a timeline item: someone says it did not happen this way</extracomment>
        <translation>Umstritten</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Flag change</source>
        <translation>Feature-Flag-Änderung</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>severity</comment>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>time outside the supported range (0001-01-01 to 9999-12-31 UTC)</source>
        <translation>Zeitpunkt außerhalb des unterstützten Bereichs (0001-01-01 bis 9999-12-31 UTC)</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>Add annotation</source>
        <translation>Anmerkung hinzufügen</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>Quelle %1 entfernen</translation>
    </message>
    <message>
        <source>Highlight event</source>
        <translation>Ereignis hervorheben</translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation>Hervorhebung entfernen</translation>
    </message>
    <message>
        <source>Set phase</source>
        <translation>Phase festlegen</translation>
    </message>
    <message>
        <source>Tag event "%1"</source>
        <translation>Ereignis mit „%1“ taggen</translation>
    </message>
    <message>
        <source>Remove tag "%1"</source>
        <translation>Tag „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the events failed: %1</source>
        <translation>Die Ereignisse konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>EventRateChart</name>
    <message>
        <source>Info and below</source>
        <translation>Info und darunter</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Errors and worse</source>
        <translation>Fehler und schlimmer</translation>
    </message>
</context>
<context>
    <name>EventSearch</name>
    <message>
        <source>The review is not open.</source>
        <translation>Die Nachbetrachtung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>EventsExporter</name>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExperimentCsvImporter</name>
    <message>
        <source>%1: the CSV header needs at least start and title columns</source>
        <translation>%1: Die CSV-Kopfzeile benötigt mindestens die Spalten start und title</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n Feld, wo die Kopfzeile %1 hat</numerusform>
            <numerusform>%n Felder, wo die Kopfzeile %1 hat</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable start "%1"</source>
        <translation>unlesbarer Start „%1“</translation>
    </message>
    <message>
        <source>unreadable or early end "%1"</source>
        <translation>unlesbares oder zu frühes Ende „%1“</translation>
    </message>
    <message>
        <source>unknown verdict "%1" (held, deviated, aborted)</source>
        <translation>unbekanntes Ergebnis „%1“ (held, deviated, aborted)</translation>
    </message>
    <message>
        <source>Experiment "%1": %2</source>
        <translation>Experiment „%1“: %2</translation>
    </message>
    <message>
        <source>Experiment "%1": hypothesis "%2" %3</source>
        <translation>Experiment „%1“: Hypothese „%2“ %3</translation>
    </message>
    <message>
        <source>Experiment runs (CSV)</source>
        <translation>Experimentläufe (CSV)</translation>
    </message>
</context>
<context>
    <name>ExperimentSummary</name>
    <message>
        <source>Cannot read the experiment runs: %1</source>
        <translation>Die Experimentläufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>deviated</source>
        <translation>abgewichen</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>FaultlessEventsCsvImporter</name>
    <message>
        <source>%1: the CSV header is not that of a Faultless events export</source>
        <translation>%1: Die CSV-Kopfzeile ist nicht die eines Faultless-Ereignisexports</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>attributes is not a JSON object: %1</source>
        <translation>attributes ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>Faultless events export (CSV)</source>
        <translation>Faultless-Ereignisexport (CSV)</translation>
    </message>
</context>
<context>
    <name>FaultlessEventsFormat</name>
    <message>
        <source>timestamp is not an ISO 8601 instant with a zone: "%1"</source>
        <translation>timestamp ist kein Zeitpunkt nach ISO 8601 mit Zone: „%1“</translation>
    </message>
    <message>
        <source>end is not an ISO 8601 instant with a zone: "%1"</source>
        <translation>end ist kein Zeitpunkt nach ISO 8601 mit Zone: „%1“</translation>
    </message>
    <message>
        <source>unknown kind "%1"</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>unknown severity "%1"</source>
        <translation>unbekannter Schweregrad „%1“</translation>
    </message>
</context>
<context>
    <name>FaultlessEventsJsonImporter</name>
    <message>
        <source>line too long</source>
        <translation>Zeile zu lang</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>attributes is not a JSON object</source>
        <translation>attributes ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Faultless events export (JSON lines)</source>
        <translation>Faultless-Ereignisexport (JSON Lines)</translation>
    </message>
</context>
<context>
    <name>FlagCsvImporter</name>
    <message>
        <source>%1: the file holds no CSV header</source>
        <translation>%1: Die Datei enthält keine CSV-Kopfzeile</translation>
    </message>
    <message>
        <source>%1: the CSV header needs at least instant, flag and new columns</source>
        <translation>%1: Die CSV-Kopfzeile benötigt mindestens die Spalten instant, flag und new</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n Feld, wo die Kopfzeile %1 hat</numerusform>
            <numerusform>%n Felder, wo die Kopfzeile %1 hat</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable instant "%1"</source>
        <translation>unlesbarer Zeitpunkt „%1“</translation>
    </message>
    <message>
        <source>no flag key</source>
        <translation>kein Flag-Schlüssel</translation>
    </message>
    <message>
        <source>Flag changes (CSV)</source>
        <translation>Feature-Flag-Änderungen (CSV)</translation>
    </message>
</context>
<context>
    <name>FlagStateLine</name>
    <message>
        <source>%1 → %2</source>
        <extracomment>A flag change's label on the timeline: flag key → new value, e.g. "checkout-v2 → 50%"</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>on for part of the traffic</source>
        <translation>für einen Teil des Traffics an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>changed; whether on not recorded</source>
        <translation>geändert; ob an oder aus, ist nicht erfasst</translation>
    </message>
</context>
<context>
    <name>FlagWording</name>
    <message>
        <source>%1 (earlier value unknown)</source>
        <translation>%1 (früherer Wert unbekannt)</translation>
    </message>
    <message>
        <source>%1 → (nothing)</source>
        <translation>%1 → (nichts)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>Flag %1 turned on in %2</source>
        <translation>Feature-Flag %1 in %2 eingeschaltet</translation>
    </message>
    <message>
        <source>Flag %1 turned on</source>
        <translation>Feature-Flag %1 eingeschaltet</translation>
    </message>
    <message>
        <source>Flag %1 turned off in %2</source>
        <translation>Feature-Flag %1 in %2 ausgeschaltet</translation>
    </message>
    <message>
        <source>Flag %1 turned off</source>
        <translation>Feature-Flag %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Flag %1 changed in %2</source>
        <translation>Feature-Flag %1 in %2 geändert</translation>
    </message>
    <message>
        <source>Flag %1 changed</source>
        <translation>Feature-Flag %1 geändert</translation>
    </message>
    <message>
        <source>Flag %1 in %2: %3</source>
        <translation>Feature-Flag %1 in %2: %3</translation>
    </message>
    <message>
        <source>Flag %1: %2</source>
        <translation>Feature-Flag %1: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 raised the %2 of %3 from %4 to %5</source>
        <translation>%1 hat bei %3 %2 von %4 auf %5 erhöht</translation>
    </message>
    <message>
        <source>%1 lowered the %2 of %3 from %4 to %5</source>
        <translation>%1 hat bei %3 %2 von %4 auf %5 gesenkt</translation>
    </message>
    <message>
        <source>%1 turned %2 on</source>
        <translation>%1 hat %2 eingeschaltet</translation>
    </message>
    <message>
        <source>%1 turned %2 off</source>
        <translation>%1 hat %2 ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 hat %2 geändert</translation>
    </message>
    <message>
        <source>%1 changed %2: %3</source>
        <translation>%1 hat %2 geändert: %3</translation>
    </message>
</context>
<context>
    <name>FlagsmithImporter</name>
    <message>
        <source>no usable "data.timestamp"</source>
        <translation>kein verwendbares "data.timestamp"</translation>
    </message>
    <message>
        <source>no feature name in new_state or previous_state</source>
        <translation>kein Feature-Name in new_state oder previous_state</translation>
    </message>
    <message>
        <source>no usable "created_date"</source>
        <translation>kein verwendbares "created_date"</translation>
    </message>
    <message>
        <source>neither an audit-log row nor a webhook body</source>
        <translation>weder eine Audit-Log-Zeile noch ein Webhook-Body</translation>
    </message>
    <message>
        <source>Flagsmith audit log</source>
        <translation>Flagsmith-Audit-Log</translation>
    </message>
</context>
<context>
    <name>ImportInput</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid gzip data</source>
        <translation>%1 sind keine gültigen gzip-Daten</translation>
    </message>
    <message>
        <source>%1 ends in the middle of its gzip data (the file is incomplete)</source>
        <translation>%1 endet mitten in den gzip-Daten (die Datei ist unvollständig)</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MiB; import stopped there</source>
        <translation>%1 wird entpackt größer als %2 MiB; der Import wurde dort beendet</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times (%3 MiB from %4 KiB of gzip data): a likely decompression bomb; import stopped there</source>
        <translation>%1 entpackt sich auf mehr als das %2-Fache (%3 MiB aus %4 KiB gzip-Daten): vermutlich eine Dekompressionsbombe; der Import wurde dort angehalten</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Import of %1 canceled while waiting for its input</source>
        <translation>Import von %1 beim Warten auf die Eingabe abgebrochen</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1 is a device, not a file (its input may never end); save what it gives to a file and import that</source>
        <translation>%1 ist ein Gerät, keine Datei (seine Eingabe endet womöglich nie); speichern Sie seine Ausgabe in einer Datei und importieren Sie diese</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a pipe</source>
        <translation>%1 ist weder eine Datei noch eine Pipe</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a named pipe that no program opened for writing within %n second(s); nothing imported</source>
        <translation>
            <numerusform>%1 ist eine benannte Pipe, die innerhalb von %n Sekunde kein Programm zum Schreiben geöffnet hat; nichts importiert</numerusform>
            <numerusform>%1 ist eine benannte Pipe, die innerhalb von %n Sekunden kein Programm zum Schreiben geöffnet hat; nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no record in %2 MiB of input after byte %3; import stopped there</source>
        <translation>%1: kein Datensatz in %2 MiB Eingabe nach Byte %3; der Import wurde dort beendet</translation>
    </message>
    <message>
        <source>%1: document larger than %2 MiB; not imported</source>
        <translation>%1: Dokument größer als %2 MiB; nicht importiert</translation>
    </message>
    <message>
        <source>%1: document larger than %2 MiB once read into memory (too many values for its size); not imported</source>
        <translation>%1: Dokument im Arbeitsspeicher größer als %2 MiB (zu viele Werte für seine Größe); nicht importiert</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>%1: imported %n event(s)</source>
        <translation>
            <numerusform>%1: %n Ereignis importiert</numerusform>
            <numerusform>%1: %n Ereignisse importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation>
            <numerusform>%n Datensatz abgelehnt</numerusform>
            <numerusform>%n Datensätze abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n bereits vorhanden</numerusform>
            <numerusform>%n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported; nothing new added</source>
        <translation>%1 wurde bereits importiert; nichts Neues hinzugefügt</translation>
    </message>
    <message>
        <source>Import of %1 canceled; the review is unchanged</source>
        <translation>Import von %1 abgebrochen; die Nachbetrachtung ist unverändert</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Unknown format "%1" (see `faultless-cli formats`)</source>
        <translation>Unbekanntes Format „%1“ (siehe `faultless-cli formats`)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"</source>
        <translation>Unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>%1: cannot write to the review: %2</source>
        <translation>%1: In die Nachbetrachtung kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: not readable as %2</source>
        <translation>%1: nicht als %2 lesbar</translation>
    </message>
    <message>
        <source>%1: no usable records</source>
        <translation>%1: keine verwendbaren Datensätze</translation>
    </message>
    <message>
        <source>%1: no usable records (line %2: %3)</source>
        <translation>%1: keine verwendbaren Datensätze (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>Timestamps without a zone were read as %1.</source>
        <translation>Zeitstempel ohne Zone wurden als %1 gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the events are in the review, but their text could not be indexed for search: %2. It will be indexed when the review is next opened.</source>
        <translation>%1: Die Ereignisse sind in der Nachbetrachtung, ihr Text konnte aber nicht für die Suche indiziert werden: %2. Er wird beim nächsten Öffnen der Nachbetrachtung indiziert.</translation>
    </message>
    <message>
        <source>%1 is this review's own document file and cannot be imported into it</source>
        <translation>%1 ist die Dokumentdatei dieser Nachbetrachtung selbst und kann nicht in sie importiert werden</translation>
    </message>
    <message>
        <source>%1: unrecognised format: none of the formats recognised its first lines (tried %2; plain text looks for a timestamp layout on at least half of the lines); choose one with --format (see `faultless-cli formats`)</source>
        <translation>%1: Format nicht erkannt: keines der Formate hat die ersten Zeilen erkannt (versucht: %2; Klartext sucht auf mindestens der Hälfte der Zeilen nach einem Zeitstempelformat); wählen Sie eines mit --format (siehe `faultless-cli formats`)</translation>
    </message>
    <message>
        <source>Timestamps without a year were placed in %1 (from --year).</source>
        <translation>Zeitstempel ohne Jahr wurden dem Jahr %1 zugeordnet (aus --year).</translation>
    </message>
    <message>
        <source>Timestamps without a year were placed in %1, the year the file was last modified; give the year with --year if that is wrong.</source>
        <translation>Zeitstempel ohne Jahr wurden dem Jahr %1 zugeordnet, dem Jahr der letzten Änderung der Datei; geben Sie das Jahr mit --year an, falls das nicht stimmt.</translation>
    </message>
    <message>
        <source>Times without a date were placed so that the last ones fall on %1, the day the file was last modified.</source>
        <translation>Uhrzeiten ohne Datum wurden so eingeordnet, dass die letzten auf den %1 fallen, den Tag der letzten Änderung der Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n earlier import(s) of the same file.</source>
        <translation>
            <numerusform>%n früheren Import derselben Datei ersetzt.</numerusform>
            <numerusform>%n frühere Importe derselben Datei ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the source to import again is no longer in the review</source>
        <translation>%1: Die erneut zu importierende Quelle ist nicht mehr in der Nachbetrachtung</translation>
    </message>
    <message>
        <source>%1 is a pipe: it cannot be read again</source>
        <translation>%1 ist eine Pipe und kann daher nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>%1 has changed since it was imported as %2: it no longer holds the same content, so it was not imported again. Import it as a new file instead.</source>
        <translation>%1 wurde geändert, seit die Datei als %2 importiert wurde: Der Inhalt ist nicht mehr derselbe, daher wurde sie nicht erneut importiert. Importieren Sie sie stattdessen als neue Datei.</translation>
    </message>
    <message>
        <source>Imported again in place of the import read as %1.</source>
        <translation>Erneut importiert anstelle des als %1 gelesenen Imports.</translation>
    </message>
</context>
<context>
    <name>IncidentSummaryStore</name>
    <message>
        <source>The review's %1 "%2" is not a time between the years 1 and 9999; it is shown as not known</source>
        <translation>Der Wert %1 „%2“ der Nachbetrachtung ist keine Zeit zwischen den Jahren 1 und 9999; er wird als unbekannt angezeigt</translation>
    </message>
    <message>
        <source>An impact time must lie between the years 1 and 9999</source>
        <translation>Eine Zeit der Auswirkungen muss zwischen den Jahren 1 und 9999 liegen</translation>
    </message>
    <message>
        <source>The impact ends (%1) before it starts (%2)</source>
        <translation>Die Auswirkungen enden (%1), bevor sie beginnen (%2)</translation>
    </message>
</context>
<context>
    <name>JournaldExportImporter</name>
    <message>
        <source>binary field runs past the end of the input</source>
        <translation>Binärfeld reicht über das Ende der Eingabe hinaus</translation>
    </message>
    <message>
        <source>no __REALTIME_TIMESTAMP field</source>
        <translation>kein Feld __REALTIME_TIMESTAMP</translation>
    </message>
    <message>
        <source>unreadable __REALTIME_TIMESTAMP "%1"</source>
        <translation>unlesbares __REALTIME_TIMESTAMP „%1“</translation>
    </message>
    <message>
        <source>systemd journal (export format)</source>
        <translation>systemd-Journal (Exportformat)</translation>
    </message>
    <message>
        <source>record cut off where the input stopped</source>
        <translation>Datensatz dort abgeschnitten, wo die Eingabe endete</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) too large to keep were left out of their events (over %1 MiB; the first in the record at line %2).</source>
        <translation>
            <numerusform>%n Feld war zu groß, um es zu übernehmen, und wurde aus seinem Ereignis weggelassen (über %1 MiB; im Datensatz in Zeile %2).</numerusform>
            <numerusform>%n Felder waren zu groß, um sie zu übernehmen, und wurden aus ihren Ereignissen weggelassen (über %1 MiB; das erste im Datensatz in Zeile %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournaldJsonImporter</name>
    <message>
        <source>systemd journal (JSON)</source>
        <translation>systemd-Journal (JSON)</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no timestamp field</source>
        <translation>kein Zeitstempelfeld</translation>
    </message>
    <message>
        <source>unreadable timestamp "%1" in field "%2"</source>
        <translation>unlesbarer Zeitstempel „%1“ im Feld „%2“</translation>
    </message>
    <message>
        <source>OpenTelemetry log record without a time</source>
        <translation>OpenTelemetry-Log-Eintrag ohne Zeit</translation>
    </message>
    <message>
        <source>OpenTelemetry export without log records</source>
        <translation>OpenTelemetry-Export ohne Log-Einträge</translation>
    </message>
    <message>
        <source>JSON object not closed before the end of the input</source>
        <translation>JSON-Objekt vor dem Ende der Eingabe nicht geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>Zeile länger als %n MiB</numerusform>
            <numerusform>Zeile länger als %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON lines log</source>
        <translation>JSON-Lines-Log</translation>
    </message>
    <message>
        <source>unreadable timestamp: nanoOfSecond %1</source>
        <translation>unlesbarer Zeitstempel: nanoOfSecond %1</translation>
    </message>
</context>
<context>
    <name>KubernetesEventsImporter</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a Kubernetes event</source>
        <translation>kein Kubernetes-Ereignis</translation>
    </message>
    <message>
        <source>Kubernetes event without a usable time</source>
        <translation>Kubernetes-Ereignis ohne verwendbare Zeit</translation>
    </message>
    <message>
        <source>no Kubernetes events found</source>
        <translation>keine Kubernetes-Ereignisse gefunden</translation>
    </message>
    <message>
        <source>Kubernetes events (kubectl get events -o json)</source>
        <translation>Kubernetes-Ereignisse (kubectl get events -o json)</translation>
    </message>
    <message numerus="yes">
        <source>Kubernetes event longer than %n MiB</source>
        <translation>
            <numerusform>Kubernetes-Ereignis länger als %n MiB</numerusform>
            <numerusform>Kubernetes-Ereignis länger als %n MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>Zeile länger als %n MiB</numerusform>
            <numerusform>Zeile länger als %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON object not closed before the end of the input</source>
        <translation>JSON-Objekt vor dem Ende der Eingabe nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>LaneLayout</name>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Service, host, flag or channel</source>
        <extracomment>Timeline grouping: the lane an importer assigned (service, host, flag key, chat channel)</extracomment>
        <translation>Dienst, Host, Feature-Flag oder Kanal</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(keine Spur)</translation>
    </message>
    <message>
        <source>Added by reviewers</source>
        <translation>Vom Nachbetrachtungsteam hinzugefügt</translation>
    </message>
    <message>
        <source>Service or source</source>
        <extracomment>Timeline grouping (the default): the service, flag or channel an event names, else its source file; lanes ordered by kind (flags, experiments, alerts, chat, logs)</extracomment>
        <translation>Dienst oder Quelle</translation>
    </message>
</context>
<context>
    <name>LaunchDarklyImporter</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no usable "date" or "timestamp"</source>
        <translation>kein verwendbares "date" oder "timestamp"</translation>
    </message>
    <message>
        <source>neither a flag change nor a title</source>
        <translation>weder eine Feature-Flag-Änderung noch ein Titel</translation>
    </message>
    <message>
        <source>LaunchDarkly audit log</source>
        <translation>LaunchDarkly-Audit-Log</translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <source>Cannot load libpq, PostgreSQL's client library: %1</source>
        <translation>libpq, die Client-Bibliothek von PostgreSQL, kann nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>LitmusImporter</name>
    <message>
        <source>%1: --option must be the run's instant or START/END in ISO 8601, not "%2"</source>
        <translation>%1: --option muss der Zeitpunkt des Laufs oder START/END nach ISO 8601 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>document %1: a %2, not a ChaosResult</source>
        <translation>Dokument %1: ein %2, kein ChaosResult</translation>
    </message>
    <message>
        <source>document without kind</source>
        <translation>Dokument ohne kind</translation>
    </message>
    <message>
        <source>ChaosResult %1: no instant in the resource; give one with --option</source>
        <translation>ChaosResult %1: kein Zeitpunkt in der Ressource; geben Sie einen mit --option an</translation>
    </message>
    <message>
        <source>Under %1, the application stays healthy</source>
        <translation>Unter %1 bleibt die Anwendung gesund</translation>
    </message>
    <message numerus="yes">
        <source>Under %1, %n probe(s) keep passing</source>
        <translation>
            <numerusform>Unter %1 besteht %n Probe weiterhin</numerusform>
            <numerusform>Unter %1 bestehen %n Probes weiterhin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of probes passed</source>
        <translation>%1 % der Probes bestanden</translation>
    </message>
    <message>
        <source>Experiment "%1": verdict %2 (%3)</source>
        <translation>Experiment „%1“: Ergebnis %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The ChaosResult holds no run instant; the run was placed at the file's modification time. Give the instant with --option START[/END] to correct it.</source>
        <translation>Das ChaosResult enthält keinen Zeitpunkt des Laufs; der Lauf wurde auf den Änderungszeitpunkt der Datei gelegt. Geben Sie den Zeitpunkt mit --option START[/END] an, um ihn zu korrigieren.</translation>
    </message>
    <message>
        <source>%1: no ChaosResult in the file</source>
        <translation>%1: kein ChaosResult in der Datei</translation>
    </message>
    <message>
        <source>LitmusChaos ChaosResult</source>
        <translation>LitmusChaos-ChaosResult</translation>
    </message>
</context>
<context>
    <name>LnavFormat</name>
    <message>
        <source>pattern "%1" matched without a "%2" capture</source>
        <translation>Muster „%1“ passte ohne Erfassungsgruppe „%2“</translation>
    </message>
    <message>
        <source>timestamp "%1" (pattern "%2") is no time the format reads</source>
        <translation>Zeitstempel „%1“ (Muster „%2“) ist keine Zeit, die das Format liest</translation>
    </message>
    <message>
        <source>matches none of the patterns of format "%1"</source>
        <translation>passt zu keinem der Muster des Formats „%1“</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>field "%1" holds no time the format reads: %2</source>
        <translation>Feld „%1“ enthält keine Zeit, die das Format liest: %2</translation>
    </message>
    <message>
        <source>no "%1" field</source>
        <translation>kein Feld „%1“</translation>
    </message>
</context>
<context>
    <name>LnavFormatDraft</name>
    <message>
        <source>Mark the timestamp on the sample line first.</source>
        <translation>Markieren Sie zuerst den Zeitstempel in der Beispielzeile.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>LnavFormatFile</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>no usable "regex" and not a JSON format; the format is not used</source>
        <translation>kein verwendbares "regex" und kein JSON-Format; das Format wird nicht verwendet</translation>
    </message>
    <message>
        <source>file type "%1" is not supported; read as text</source>
        <translation>Dateityp „%1“ wird nicht unterstützt; als Text gelesen</translation>
    </message>
    <message>
        <source>not a positive number; ignored</source>
        <translation>keine positive Zahl; ignoriert</translation>
    </message>
    <message>
        <source>not a valid regular expression (%1); any file name is accepted</source>
        <translation>kein gültiger regulärer Ausdruck (%1); jeder Dateiname wird akzeptiert</translation>
    </message>
    <message>
        <source>not supported by Faultless; ignored</source>
        <translation>von Faultless nicht unterstützt; ignoriert</translation>
    </message>
    <message>
        <source>missing; this pattern is not used</source>
        <translation>fehlt; dieses Muster wird nicht verwendet</translation>
    </message>
    <message>
        <source>not a valid regular expression at offset %1: %2; this pattern is not used</source>
        <translation>kein gültiger regulärer Ausdruck bei Offset %1: %2; dieses Muster wird nicht verwendet</translation>
    </message>
    <message>
        <source>not a level lnav knows; ignored</source>
        <translation>keine Stufe, die lnav kennt; ignoriert</translation>
    </message>
    <message>
        <source>not a valid regular expression at offset %1: %2; this level is not used</source>
        <translation>kein gültiger regulärer Ausdruck bei Offset %1: %2; diese Stufe wird nicht verwendet</translation>
    </message>
    <message numerus="yes">
        <source>used by %n value(s); only shapes lnav's SQL tables, no effect here</source>
        <translation>
            <numerusform>von %n Wert verwendet; prägt nur die SQL-Tabellen von lnav, hier ohne Wirkung</numerusform>
            <numerusform>von %n Werten verwendet; prägt nur die SQL-Tabellen von lnav, hier ohne Wirkung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n value(s); not supported by Faultless, ignored</source>
        <translation>
            <numerusform>von %n Wert verwendet; von Faultless nicht unterstützt, ignoriert</numerusform>
            <numerusform>von %n Werten verwendet; von Faultless nicht unterstützt, ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <source>the sample does not parse: %1</source>
        <translation>das Beispiel lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>the sample's level is %1, expected %2</source>
        <translation>die Stufe des Beispiels ist %1, erwartet wurde %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB; not read as a format file</source>
        <translation>%1: größer als 4 MiB; nicht als Formatdatei gelesen</translation>
    </message>
    <message>
        <source>%1: line %2: not a JSON object: %3</source>
        <translation>%1: Zeile %2: kein JSON-Objekt: %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>%1: /%2: not a format definition; ignored</source>
        <translation>%1: /%2: keine Formatdefinition; ignoriert</translation>
    </message>
</context>
<context>
    <name>LnavFormatImporter</name>
    <message>
        <source>%1 (lnav format file %2)</source>
        <translation>%1 (lnav-Formatdatei %2)</translation>
    </message>
    <message>
        <source>Format file: %1</source>
        <translation>Formatdatei: %1</translation>
    </message>
    <message numerus="yes">
        <source>Format file: %n more remark(s); `faultless-cli formats` lists them all</source>
        <translation>
            <numerusform>Formatdatei: %n weiterer Hinweis; `faultless-cli formats` listet alle auf</numerusform>
            <numerusform>Formatdatei: %n weitere Hinweise; `faultless-cli formats` listet alle auf</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: /%2: a format of this name is defined already; this one is not used</source>
        <translation>%1: /%2: ein Format dieses Namens ist bereits definiert; dieses wird nicht verwendet</translation>
    </message>
</context>
<context>
    <name>LnavTimeFormat</name>
    <message>
        <source>timestamp-format "%1": the directive %%2 is not supported</source>
        <translation>timestamp-format „%1“: die Direktive %%2 wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>LogfmtImporter</name>
    <message>
        <source>not key=value pairs</source>
        <translation>keine key=value-Paare</translation>
    </message>
    <message>
        <source>no timestamp field</source>
        <translation>kein Zeitstempelfeld</translation>
    </message>
    <message>
        <source>unreadable timestamp "%1"</source>
        <translation>unlesbarer Zeitstempel „%1“</translation>
    </message>
    <message>
        <source>logfmt (key=value)</source>
        <translation>logfmt (key=value)</translation>
    </message>
</context>
<context>
    <name>NarrativeCompareView</name>
    <message>
        <source>not mentioned</source>
        <extracomment>Shown in the comparison where a narrative does not mention an event</extracomment>
        <translation>nicht erwähnt</translation>
    </message>
    <message>
        <source>An annotation of this event is marked: %1</source>
        <translation>Eine Anmerkung zu diesem Ereignis ist markiert: %1</translation>
    </message>
    <message>
        <source>This step is marked: %1</source>
        <translation>Dieser Schritt ist markiert: %1</translation>
    </message>
</context>
<context>
    <name>OpsgenieImporter</name>
    <message>
        <source>not an Opsgenie alert webhook (no action or alert)</source>
        <translation>kein Opsgenie-Alarm-Webhook (kein action oder alert)</translation>
    </message>
    <message>
        <source>no usable "createdAt" or "updatedAt"</source>
        <translation>kein verwendbares "createdAt" oder "updatedAt"</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opsgenie alert webhooks</source>
        <translation>Opsgenie-Alarm-Webhooks</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a file, a character device or a pipe</source>
        <translation>weder eine Datei noch ein Zeichengerät noch eine Pipe</translation>
    </message>
</context>
<context>
    <name>PagerDutyImporter</name>
    <message>
        <source>not a PagerDuty log entry (type "%1")</source>
        <translation>kein PagerDuty-Log-Eintrag (Typ „%1“)</translation>
    </message>
    <message>
        <source>no usable "created_at"</source>
        <translation>kein verwendbares "created_at"</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an incident without a usable "created_at"</source>
        <translation>ein Incident ohne verwendbares "created_at"</translation>
    </message>
    <message>
        <source>Incident opened: %1</source>
        <translation>Incident eröffnet: %1</translation>
    </message>
    <message>
        <source>no usable "at"</source>
        <translation>kein verwendbares "at"</translation>
    </message>
    <message>
        <source>%1 acknowledged %2</source>
        <translation>%1 hat %2 bestätigt</translation>
    </message>
    <message>
        <source>%2 assigned to %1</source>
        <translation>%2 wurde %1 zugewiesen</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>PagerDuty-Log-Einträge</translation>
    </message>
</context>
<context>
    <name>ParticipantSuggestions</name>
    <message>
        <source>Cannot read who the sources name: %1</source>
        <translation>Die in den Quellen genannten Personen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>PdfBriefing</name>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Das PDF kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>PhaseNames</name>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Key moment</source>
        <extracomment>Phase marker on the timeline: a moment the review team singled out</extracomment>
        <translation>Schlüsselmoment</translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message>
        <source>Plain text log (timestamped lines)</source>
        <translation>Klartext-Log (Zeilen mit Zeitstempel)</translation>
    </message>
    <message>
        <source>unreadable or out-of-range timestamp at the start of the line</source>
        <translation>unlesbarer oder außerhalb des Bereichs liegender Zeitstempel am Zeilenanfang</translation>
    </message>
    <message numerus="yes">
        <source>No timestamp layout covers enough of the first %n line(s) (half, or one in ten at the start of a line); each line was tried against every layout: ISO 8601 (with "," or "." fractions, day of the year), syslog, common log, ctime and Apache error_log, day-month-year, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, Unix epoch numbers, TAI64N and time of day.</source>
        <translation>
            <numerusform>Kein Zeitstempelformat deckt genug der ersten %n Zeile ab (die Hälfte oder, am Zeilenanfang, jede zehnte); jede Zeile wurde mit jedem Format versucht: ISO 8601 (mit Bruchteilen nach „,“ oder „.“, Tag des Jahres), syslog, Common Log, ctime und Apache error_log, Tag-Monat-Jahr, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, Unix-Epoch-Zahlen, TAI64N und Uhrzeit.</numerusform>
            <numerusform>Kein Zeitstempelformat deckt genug der ersten %n Zeilen ab (die Hälfte oder, am Zeilenanfang, jede zehnte); jede Zeile wurde mit jedem Format versucht: ISO 8601 (mit Bruchteilen nach „,“ oder „.“, Tag des Jahres), syslog, Common Log, ctime und Apache error_log, Tag-Monat-Jahr, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, Unix-Epoch-Zahlen, TAI64N und Uhrzeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>no timestamp (%1)</source>
        <translation>kein Zeitstempel (%1)</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Only events added by hand can be edited; recorded events stay as recorded.</source>
        <translation>Nur manuell hinzugefügte Ereignisse können bearbeitet werden; aufgezeichnete Ereignisse bleiben, wie sie aufgezeichnet wurden.</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Wählen Sie zuerst ein Ereignis aus.</translation>
    </message>
    <message>
        <source>Marked the event disputed</source>
        <translation>Ereignis als umstritten markiert</translation>
    </message>
    <message>
        <source>Marked the event uncertain</source>
        <translation>Ereignis als unsicher markiert</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Ereignisse werden nach %1 exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive Review</source>
        <translation>Nachbetrachtung archivieren</translation>
    </message>
    <message>
        <source>Review archives (*.zip)</source>
        <translation>Nachbetrachtungsarchive (*.zip)</translation>
    </message>
    <message>
        <source>Archiving the review to %1…</source>
        <translation>Nachbetrachtung wird nach %1 archiviert…</translation>
    </message>
    <message>
        <source>Wrote %1. Some original files were not found and are listed as missing in its manifest.</source>
        <translation>%1 geschrieben. Einige Originaldateien wurden nicht gefunden und sind in seinem Manifest als fehlend aufgeführt.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Strittige Punkte</translation>
    </message>
    <message>
        <source>Surprises and What Helped</source>
        <translation>Überraschungen und was geholfen hat</translation>
    </message>
    <message>
        <source>Agreed Timeline</source>
        <translation>Abgestimmte Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Export Events…</source>
        <translation>&amp;Ereignisse exportieren…</translation>
    </message>
    <message>
        <source>Write all events as CSV or JSON lines, which Faultless imports back without loss</source>
        <translation>Alle Ereignisse als CSV oder JSON Lines schreiben, die Faultless verlustfrei wieder importiert</translation>
    </message>
    <message>
        <source>&amp;Archive Review…</source>
        <translation>Nachbetrachtung &amp;archivieren…</translation>
    </message>
    <message>
        <source>Add &amp;Event by Hand…</source>
        <translation>Ereignis &amp;manuell hinzufügen…</translation>
    </message>
    <message>
        <source>Add Event by Hand</source>
        <translation>Ereignis manuell hinzufügen</translation>
    </message>
    <message>
        <source>Added an event by hand; it is marked as added by a reviewer.</source>
        <translation>Ereignis manuell hinzugefügt; es ist als vom Nachbetrachtungsteam hinzugefügt gekennzeichnet.</translation>
    </message>
    <message>
        <source>Edit Event Added by &amp;Hand…</source>
        <translation>Manuell hinzugefügtes Ereignis be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Delete Event Added by Hand</source>
        <translation>Manuell hinzugefügtes Ereignis löschen</translation>
    </message>
    <message>
        <source>Only events added by hand can be deleted; remove a whole source instead.</source>
        <translation>Nur manuell hinzugefügte Ereignisse können gelöscht werden; entfernen Sie stattdessen eine ganze Quelle.</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed…</source>
        <translation>Als &amp;umstritten markieren…</translation>
    </message>
    <message>
        <source>Mark &amp;Uncertain…</source>
        <translation>Als u&amp;nsicher markieren…</translation>
    </message>
    <message>
        <source>Mark Timeline &amp;Agreed…</source>
        <translation>Zeitleiste als &amp;abgestimmt markieren…</translation>
    </message>
    <message>
        <source>Changes Since Agreement</source>
        <translation>Änderungen seit der Einigung</translation>
    </message>
    <message>
        <source>One zip file with the review, its briefings and the original imported files</source>
        <translation>Eine ZIP-Datei mit der Nachbetrachtung, ihren Kurzberichten und den ursprünglich importierten Dateien</translation>
    </message>
    <message>
        <source>Mark the current event disputed; in an annotation thread or a narrative's steps, their current item</source>
        <translation>Das aktuelle Ereignis als umstritten markieren; in einer Anmerkungsliste oder den Schritten einer Erzählung deren aktuelles Element</translation>
    </message>
    <message>
        <source>Mark the current event uncertain; in an annotation thread or a narrative's steps, their current item</source>
        <translation>Das aktuelle Ereignis als unsicher markieren; in einer Anmerkungsliste oder den Schritten einer Erzählung deren aktuelles Element</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Summary and Impact Window…</source>
        <translation>&amp;Zusammenfassung und Zeitraum der Auswirkungen…</translation>
    </message>
    <message>
        <source>Write what the briefing opens with: the impact in a few sentences and when customers were affected</source>
        <translation>Schreiben, womit der Kurzbericht beginnt: die Auswirkungen in wenigen Sätzen und wann Kunden betroffen waren</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>The event needs a time.</source>
        <translation>Das Ereignis benötigt eine Zeit.</translation>
    </message>
    <message>
        <source>The event needs a text saying what happened.</source>
        <translation>Das Ereignis benötigt einen Text, der sagt, was passiert ist.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Das Ereignis endet, bevor es beginnt.</translation>
    </message>
    <message>
        <source>Add event by hand</source>
        <translation>Ereignis manuell hinzufügen</translation>
    </message>
    <message>
        <source>Edit event added by hand</source>
        <translation>Manuell hinzugefügtes Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Delete event added by hand</source>
        <translation>Manuell hinzugefügtes Ereignis löschen</translation>
    </message>
    <message>
        <source>Link learning</source>
        <translation>Erkenntnis verknüpfen</translation>
    </message>
    <message>
        <source>Unlink learning</source>
        <translation>Verknüpfung der Erkenntnis lösen</translation>
    </message>
    <message>
        <source>Only events added by hand can be edited; recorded events stay as recorded.</source>
        <translation>Nur manuell hinzugefügte Ereignisse können bearbeitet werden; aufgezeichnete Ereignisse bleiben, wie sie aufgezeichnet wurden.</translation>
    </message>
    <message>
        <source>Only events added by hand can be deleted; remove a whole source instead.</source>
        <translation>Nur manuell hinzugefügte Ereignisse können gelöscht werden; entfernen Sie stattdessen eine ganze Quelle.</translation>
    </message>
    <message>
        <source>There is no source %1 in this review.</source>
        <translation>In dieser Nachbetrachtung gibt es keine Quelle %1.</translation>
    </message>
    <message>
        <source>Shift clock of %1</source>
        <translation>Uhr von %1 verschieben</translation>
    </message>
    <message>
        <source>Cannot mark "%1" as "%2".</source>
        <translation>„%1“ kann nicht als „%2“ markiert werden.</translation>
    </message>
    <message>
        <source>Mark disputed</source>
        <translation>Als umstritten markieren</translation>
    </message>
    <message>
        <source>Mark uncertain</source>
        <translation>Als unsicher markieren</translation>
    </message>
    <message>
        <source>Settle dispute</source>
        <translation>Strittigen Punkt beilegen</translation>
    </message>
    <message>
        <source>Unknown kind of learning "%1".</source>
        <translation>Unbekannte Art von Erkenntnis „%1“.</translation>
    </message>
    <message>
        <source>Add surprise</source>
        <translation>Überraschung hinzufügen</translation>
    </message>
    <message>
        <source>Add what helped</source>
        <translation>Hinzufügen, was geholfen hat</translation>
    </message>
    <message>
        <source>Edit learning</source>
        <translation>Erkenntnis bearbeiten</translation>
    </message>
    <message>
        <source>Delete learning</source>
        <translation>Erkenntnis löschen</translation>
    </message>
    <message>
        <source>Mark timeline agreed</source>
        <translation>Zeitleiste als abgestimmt markieren</translation>
    </message>
    <message>
        <source>There is no question %1 in this review.</source>
        <translation>In dieser Nachbetrachtung gibt es keine Frage %1.</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation>Antwort bearbeiten</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Antwort löschen</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this review.</source>
        <translation>In dieser Nachbetrachtung gibt es kein Element „%1“ mit der Nummer %2.</translation>
    </message>
</context>
<context>
    <name>Pseudonymiser</name>
    <message>
        <source>Participant %1</source>
        <translation>Person %1</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>redacted</source>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>Cannot read the redaction patterns %1: %2</source>
        <translation>Die Schwärzungsmuster %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The redaction patterns %1 are not valid JSON: %2</source>
        <translation>Die Schwärzungsmuster %1 sind kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Redaction pattern "%1" is invalid: %2</source>
        <translation>Das Schwärzungsmuster „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 holds no redaction patterns</source>
        <translation>%1 enthält keine Schwärzungsmuster</translation>
    </message>
    <message>
        <source>Redaction pattern "%1" asks for an unknown check "%2"</source>
        <translation>Das Schwärzungsmuster „%1“ verlangt eine unbekannte Prüfung „%2“</translation>
    </message>
</context>
<context>
    <name>ReimportCommands</name>
    <message>
        <source>This source is no longer in the review.</source>
        <translation>Diese Quelle ist nicht mehr in der Nachbetrachtung.</translation>
    </message>
    <message>
        <source>%1 cannot be imported again: its file %2 is gone (moved, renamed or deleted since it was imported).</source>
        <translation>%1 kann nicht erneut importiert werden: Die Datei %2 ist nicht mehr vorhanden (seit dem Import verschoben, umbenannt oder gelöscht).</translation>
    </message>
    <message>
        <source>%1 cannot be imported again: its file %2 cannot be read.</source>
        <translation>%1 kann nicht erneut importiert werden: Die Datei %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be imported again: its file %2 has changed since it was imported (%3 bytes then, %4 now). Import it as a new file instead.</source>
        <translation>%1 kann nicht erneut importiert werden: Die Datei %2 wurde seit dem Import geändert (damals %3 Bytes, jetzt %4). Importieren Sie sie stattdessen als neue Datei.</translation>
    </message>
    <message>
        <source>Import %1 again</source>
        <translation>%1 erneut importieren</translation>
    </message>
</context>
<context>
    <name>Reversibility</name>
    <message>
        <source>Cannot read the flag changes: %1</source>
        <translation>Die Feature-Flag-Änderungen können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ms</source>
        <translation>
            <numerusform>%n ms</numerusform>
            <numerusform>%n ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier value unknown; reversal cannot be told</source>
        <translation>früherer Wert unbekannt; ob zurückgenommen wurde, lässt sich nicht sagen</translation>
    </message>
    <message>
        <source>not reversed</source>
        <translation>nicht zurückgenommen</translation>
    </message>
    <message>
        <source>reversed after %1</source>
        <translation>%1 später zurückgenommen</translation>
    </message>
    <message>
        <source>reversed after %1 by %2</source>
        <translation>%1 später von %2 zurückgenommen</translation>
    </message>
    <message>
        <source>(flag turned off)</source>
        <translation>(Feature-Flag ausgeschaltet)</translation>
    </message>
</context>
<context>
    <name>ReviewArchive</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the archive: %2</source>
        <translation>%1 kann dem Archiv nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1 in the archive is larger than allowed (%2 bytes)</source>
        <translation>%1 im Archiv ist größer als erlaubt (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 in the archive inflates %2 times: refused as a decompression bomb</source>
        <translation>%1 im Archiv wird beim Entpacken %2-mal so groß: als Dekomprimierungsbombe abgelehnt</translation>
    </message>
    <message>
        <source>Cannot read %1 in the archive: %2</source>
        <translation>%1 im Archiv kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged: %2</source>
        <translation>%1 im Archiv ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 in the archive holds more than it declares</source>
        <translation>%1 im Archiv enthält mehr, als es angibt</translation>
    </message>
    <message>
        <source>%1 in the archive is truncated</source>
        <translation>%1 im Archiv ist abgeschnitten</translation>
    </message>
    <message>
        <source>Original file of %1 not found: %2</source>
        <translation>Originaldatei von %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Archiving canceled; nothing was written.</source>
        <translation>Archivieren abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file to restore into</source>
        <translation>%1 existiert bereits; wählen Sie eine neue Datei für die Wiederherstellung</translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 ist kein lesbares Archiv: %2</translation>
    </message>
    <message>
        <source>The review in %1 cannot be opened: %2</source>
        <translation>Die Nachbetrachtung in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>%1 wurde weggelassen: %2</translation>
    </message>
    <message>
        <source>The PDF and HTML briefings were left out: they need a graphical application</source>
        <translation>Die PDF- und HTML-Kurzberichte wurden weggelassen: Sie benötigen eine grafische Anwendung</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is the review document itself</source>
        <translation>es ist das Nachbetrachtungsdokument selbst</translation>
    </message>
    <message>
        <source>no content hash was recorded when it was imported</source>
        <translation>beim Import wurde kein Inhalts-Hash erfasst</translation>
    </message>
    <message>
        <source>it holds %1 bytes, the imported file held %2</source>
        <translation>sie enthält %1 Bytes, die importierte Datei enthielt %2</translation>
    </message>
    <message>
        <source>its content differs from the imported file's</source>
        <translation>ihr Inhalt weicht von dem der importierten Datei ab</translation>
    </message>
    <message>
        <source>Original file of %1 left out: %2 is not the file that was imported (%3)</source>
        <translation>Originaldatei von %1 weggelassen: %2 ist nicht die Datei, die importiert wurde (%3)</translation>
    </message>
    <message>
        <source>briefing.md was left out: %1</source>
        <translation>briefing.md wurde weggelassen: %1</translation>
    </message>
    <message>
        <source>Cannot read the copy of the review: %1</source>
        <translation>Die Kopie der Nachbetrachtung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>it changed while the archive was written</source>
        <translation>sie hat sich geändert, während das Archiv geschrieben wurde</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>its size (%1 bytes) does not fit its page size (%2)</source>
        <translation>seine Größe (%1 Bytes) passt nicht zu seiner Seitengröße (%2)</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a Faultless review document</source>
        <translation>es ist eine SQLite-Datenbank, aber kein Faultless-Nachbetrachtungsdokument</translation>
    </message>
    <message>
        <source>it declares %1 bytes but its header says %2</source>
        <translation>es gibt %1 Bytes an, sein Header aber %2</translation>
    </message>
    <message>
        <source>it holds no %1</source>
        <translation>es enthält kein %1</translation>
    </message>
    <message>
        <source>its %1 is larger than allowed</source>
        <translation>sein %1 ist größer als erlaubt</translation>
    </message>
    <message>
        <source>its %1 is not a Faultless archive manifest (offset %2: %3)</source>
        <translation>sein %1 ist kein Faultless-Archivmanifest (Offset %2: %3)</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but its manifest says %3</source>
        <translation>%1 gibt %2 Bytes an, laut Manifest sind es aber %3</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; restore writes only new files</source>
        <translation>%1 ist ein symbolischer Link; die Wiederherstellung schreibt nur neue Dateien</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest with its content hash</source>
        <translation>%1 ist nicht mit seinem Inhalts-Hash im Manifest aufgeführt</translation>
    </message>
    <message>
        <source>%1 appears twice in the archive</source>
        <translation>%1 kommt im Archiv zweimal vor</translation>
    </message>
    <message>
        <source>the manifest lists %1, which is not in the archive</source>
        <translation>das Manifest führt %1 auf, aber das Archiv enthält es nicht</translation>
    </message>
    <message>
        <source>the archive needs %1 bytes on %2, which has %3 free</source>
        <translation>das Archiv benötigt %1 Bytes auf %2, dort sind aber nur %3 frei</translation>
    </message>
    <message>
        <source>it holds an entry with an unsafe name (%1)</source>
        <translation>es enthält einen Eintrag mit unsicherem Namen (%1)</translation>
    </message>
    <message>
        <source>its %1 is not a review document: %2</source>
        <translation>sein %1 ist kein Nachbetrachtungsdokument: %2</translation>
    </message>
    <message>
        <source>%1 in the archive does not match the hash in its manifest</source>
        <translation>%1 im Archiv passt nicht zum Hash im Manifest</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2; nothing was restored</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2; es wurde nichts wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Could not save "%1": %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>Cannot copy the review: %1</source>
        <translation>Die Nachbetrachtung kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the review's sources: %1</source>
        <translation>Die Quellen der Nachbetrachtung können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>%1 is not a Faultless review document (not an SQLite database)</source>
        <translation>%1 ist kein Faultless-Nachbetrachtungsdokument (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 ist beschädigt oder keine Datenbank: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Faultless review document</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Faultless-Nachbetrachtungsdokument</translation>
    </message>
    <message>
        <source>%1 was written by a newer Faultless (document version %2; this version reads up to %3)</source>
        <translation>%1 wurde von einer neueren Faultless-Version geschrieben (Dokumentversion %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to document version %2: %3</source>
        <translation>%1 kann nicht auf Dokumentversion %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>die Datei ist kürzer, als ihr Header angibt</translation>
    </message>
    <message>
        <source>Cannot finish indexing the text of an interrupted import in %1: %2</source>
        <translation>Der Text eines unterbrochenen Imports in %1 kann nicht fertig indiziert werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by an older Faultless and must be upgraded before it can be read, which needs write access. %2</source>
        <translation>%1 wurde von einer älteren Faultless-Version geschrieben und muss vor dem Lesen aktualisiert werden, wofür Schreibzugriff nötig ist. %2</translation>
    </message>
    <message>
        <source>The file %1-wal beside %1 belongs to another database (its pages have another size), so it was left alone and the review opened read-only, as its own file holds it. To edit the review, move %1-wal away and open the review again.</source>
        <translation>Die Datei %1-wal neben %1 gehört zu einer anderen Datenbank (ihre Seiten haben eine andere Größe). Sie wurde daher nicht angetastet, und die Nachbetrachtung wurde schreibgeschützt so geöffnet, wie ihre eigene Datei sie enthält. Um die Nachbetrachtung zu bearbeiten, verschieben Sie %1-wal an einen anderen Ort und öffnen Sie die Nachbetrachtung erneut.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, and saving a review needs to create files beside it: the review opened read-only. To edit the review, save a copy to a writable folder.</source>
        <translation>Der Ordner von %1 ist schreibgeschützt, und zum Speichern einer Nachbetrachtung müssen daneben Dateien angelegt werden: die Nachbetrachtung wurde schreibgeschützt geöffnet. Um die Nachbetrachtung zu bearbeiten, speichern Sie eine Kopie in einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>(If %1-wal beside it was copied from another review or database, move it away and try again.)</source>
        <translation>(Falls %1-wal daneben aus einer anderen Nachbetrachtung oder Datenbank kopiert wurde, verschieben Sie die Datei an einen anderen Ort und versuchen Sie es erneut.)</translation>
    </message>
    <message>
        <source>Cannot check %1: this build cannot create the document schema</source>
        <translation>%1 kann nicht geprüft werden: dieser Build kann das Dokumentschema nicht anlegen</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read</source>
        <translation>%1 ist beschädigt: sein Schema kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 has been altered and is not opened: its %2 "%3" is not one that Faultless creates (an altered view or trigger can hang or change every read)</source>
        <translation>%1 wurde verändert und wird nicht geöffnet: das Schemaobjekt „%3“ (%2) ist keines, das Faultless anlegt (eine veränderte View oder ein veränderter Trigger kann jeden Lesevorgang blockieren oder verfälschen)</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 "%3" is missing</source>
        <translation>%1 ist beschädigt: das Schemaobjekt „%3“ (%2) fehlt</translation>
    </message>
</context>
<context>
    <name>Sensemaking</name>
    <message>
        <source>Sense-making</source>
        <translation>Einordnung</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <source>People in the review. Exports show the pseudonym where one is set.</source>
        <translation>Personen in der Nachbetrachtung. Exporte zeigen das Pseudonym, sofern eines festgelegt ist.</translation>
    </message>
    <message>
        <source>Factor categories</source>
        <translation>Faktorkategorien</translation>
    </message>
    <message>
        <source>The categories offered for contributing factors in this review. Their order is not an order of importance.</source>
        <translation>Die Kategorien, die in dieser Nachbetrachtung für beitragende Faktoren angeboten werden. Ihre Reihenfolge ist keine Rangfolge der Bedeutung.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>&amp;Narratives</source>
        <translation>&amp;Erzählungen</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>F&amp;ragen</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>&amp;Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Beteiligte</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <source>Add Contributing &amp;Factor</source>
        <translation>Beitragenden &amp;Faktor hinzufügen</translation>
    </message>
    <message>
        <source>New &amp;Narrative</source>
        <translation>Neue &amp;Erzählung</translation>
    </message>
    <message>
        <source>&amp;Compare Narratives</source>
        <translation>Erzählungen &amp;vergleichen</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>Offene F&amp;ragen</translation>
    </message>
    <message>
        <source>Facilitator &amp;Mode</source>
        <translation>&amp;Moderationsmodus</translation>
    </message>
    <message>
        <source>Fac&amp;tors</source>
        <translation>Fak&amp;toren</translation>
    </message>
</context>
<context>
    <name>SensemakingCommands</name>
    <message>
        <source>Add category "%1"</source>
        <translation>Kategorie „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>Edit category description</source>
        <translation>Kategoriebeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Delete category "%1"</source>
        <translation>Kategorie „%1“ löschen</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Neuer Faktor</translation>
    </message>
    <message>
        <source>Add factor "%1"</source>
        <translation>Faktor „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit factor title</source>
        <translation>Faktortitel bearbeiten</translation>
    </message>
    <message>
        <source>Edit factor description</source>
        <translation>Faktorbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Change factor category</source>
        <translation>Faktorkategorie ändern</translation>
    </message>
    <message>
        <source>Delete factor "%1"</source>
        <translation>Faktor „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Cite %n event(s) as evidence</source>
        <translation>
            <numerusform>%n Ereignis als Beleg anführen</numerusform>
            <numerusform>%n Ereignisse als Beleg anführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cite annotation as evidence</source>
        <translation>Anmerkung als Beleg anführen</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n factor(s)</source>
        <translation>
            <numerusform>%n Faktor zusammenführen</numerusform>
            <numerusform>%n Faktoren zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>New narrative</source>
        <translation>Neue Erzählung</translation>
    </message>
    <message>
        <source>Add narrative "%1"</source>
        <translation>Erzählung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit narrative title</source>
        <translation>Titel der Erzählung bearbeiten</translation>
    </message>
    <message>
        <source>Edit vantage point</source>
        <translation>Blickwinkel bearbeiten</translation>
    </message>
    <message>
        <source>Edit narrative author</source>
        <translation>Autor:in der Erzählung bearbeiten</translation>
    </message>
    <message>
        <source>Delete narrative "%1"</source>
        <translation>Erzählung „%1“ löschen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s) from events</source>
        <translation>
            <numerusform>%n Schritt aus Ereignissen hinzufügen</numerusform>
            <numerusform>%n Schritte aus Ereignissen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Schritt bearbeiten</translation>
    </message>
    <message>
        <source>Cite event in step</source>
        <translation>Ereignis im Schritt anführen</translation>
    </message>
    <message>
        <source>Remove cited event</source>
        <translation>Angeführtes Ereignis entfernen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Schritt verschieben</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue beteiligte Person</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Beteiligte Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Beteiligte Person bearbeiten</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Beteiligte Person löschen</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Mark question explored</source>
        <translation>Frage als erörtert markieren</translation>
    </message>
    <message>
        <source>Reopen question</source>
        <translation>Frage wieder öffnen</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Link question to factors</source>
        <translation>Frage mit Faktoren verknüpfen</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Verbesserungsmöglichkeit hinzufügen</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Verbesserungsmöglichkeit bearbeiten</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Verbesserungsmöglichkeit löschen</translation>
    </message>
    <message>
        <source>Link opportunity to factors</source>
        <translation>Verbesserungsmöglichkeit mit Faktoren verknüpfen</translation>
    </message>
    <message>
        <source>Confirm participant</source>
        <translation>Beteiligte Person bestätigen</translation>
    </message>
    <message>
        <source>Merge into participant</source>
        <translation>Mit beteiligter Person zusammenführen</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Als anwesend markieren</translation>
    </message>
    <message>
        <source>Mark not present</source>
        <translation>Als nicht anwesend markieren</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>"%1" is not a server review: expected postgresql://host/database?review=NAME</source>
        <translation>„%1“ ist keine Server-Nachbetrachtung: erwartet wird postgresql://host/database?review=NAME</translation>
    </message>
    <message>
        <source>a password in the server address is not accepted: put it in ~/.pgpass or PGPASSWORD</source>
        <translation>ein Passwort in der Serveradresse wird nicht akzeptiert: tragen Sie es in ~/.pgpass oder PGPASSWORD ein</translation>
    </message>
    <message>
        <source>the port of "%1" is not between 1 and 65535</source>
        <translation>der Port von „%1“ liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>unknown connection option "%1" in the server address</source>
        <translation>unbekannte Verbindungsoption „%1“ in der Serveradresse</translation>
    </message>
    <message>
        <source>the server address names no review: add ?review=NAME</source>
        <translation>die Serveradresse nennt keine Nachbetrachtung: ergänzen Sie ?review=NAME</translation>
    </message>
    <message>
        <source>"%1" is not a valid review name: use up to %2 letters, digits, '.', '-' or '_'</source>
        <translation>„%1“ ist kein gültiger Name für eine Nachbetrachtung: verwenden Sie bis zu %2 Buchstaben, Ziffern, '.', '-' oder '_'</translation>
    </message>
</context>
<context>
    <name>ServerReview</name>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>there is no review "%1" on %2</source>
        <translation>auf %2 gibt es keine Nachbetrachtung „%1“</translation>
    </message>
    <message>
        <source>there is no PostgreSQL login "%1" on %2: an administrator creates it (CREATE ROLE ... LOGIN)</source>
        <translation>auf %2 gibt es kein PostgreSQL-Login „%1“: eine Administratorin oder ein Administrator legt es an (CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <source>the review has no table "%1": it is not of the current version</source>
        <translation>die Nachbetrachtung hat keine Tabelle „%1“: sie hat nicht die aktuelle Version</translation>
    </message>
    <message>
        <source>%1 is of schema version %2; open it once in this version of Faultless first</source>
        <translation>%1 hat die Schemaversion %2; öffnen Sie die Datei zuerst einmal in dieser Version von Faultless</translation>
    </message>
    <message>
        <source>there is already a review "%1" on %2</source>
        <translation>auf %2 gibt es bereits eine Nachbetrachtung „%1“</translation>
    </message>
    <message>
        <source>no database handle for the copy of "%1"</source>
        <translation>kein Datenbank-Handle für das Kopieren von „%1“</translation>
    </message>
    <message>
        <source>row %1 of table "%2" holds a NUL character in "%3", which PostgreSQL cannot store</source>
        <translation>Zeile %1 der Tabelle „%2“ enthält in „%3“ ein NUL-Zeichen, das PostgreSQL nicht speichern kann</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot copy table "%1" to the server: %2</source>
        <translation>Tabelle „%1“ kann nicht auf den Server kopiert werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the server sent a row of "%1" that cannot be read</source>
        <translation>der Server hat eine Zeile von „%1“ gesendet, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>the server sent bytes of "%1" that cannot be read</source>
        <translation>der Server hat Bytes von „%1“ gesendet, die nicht gelesen werden können</translation>
    </message>
    <message>
        <source>cannot copy table "%1" from the server: %2</source>
        <translation>Tabelle „%1“ kann nicht vom Server kopiert werden: %2</translation>
    </message>
    <message>
        <source>another import reached %1 meanwhile; nothing was added: run the import again</source>
        <translation>ein anderer Import hat %1 inzwischen erreicht; nichts wurde hinzugefügt: führen Sie den Import erneut aus</translation>
    </message>
    <message>
        <source>%1 is of schema version %2 and this Faultless reads version %3</source>
        <translation>%1 hat die Schemaversion %2, und dieses Faultless liest Version %3</translation>
    </message>
    <message>
        <source>cannot count the events of the copy: %1</source>
        <translation>die Ereignisse der Kopie können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>no database handle</source>
        <translation>keine Datenbankverbindung</translation>
    </message>
</context>
<context>
    <name>ServerSync</name>
    <message>
        <source>server error: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>the server has given out all blocks of ids (%1)</source>
        <translation>der Server hat alle ID-Blöcke vergeben (%1)</translation>
    </message>
</context>
<context>
    <name>SlackImporter</name>
    <message>
        <source>%1: not a Slack day file (a JSON array of messages): %2</source>
        <translation>%1: keine Slack-Tagesdatei (ein JSON-Array von Nachrichten): %2</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive: %2</source>
        <translation>%1: kein lesbares ZIP-Archiv: %2</translation>
    </message>
    <message>
        <source>%1: the archive has %2 entries, more than a Slack export of %3</source>
        <translation>%1: Das Archiv hat %2 Einträge, mehr als ein Slack-Export von %3</translation>
    </message>
    <message>
        <source>zip entry %1: cannot be read: %2</source>
        <translation>ZIP-Eintrag %1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>zip entry %1: damaged</source>
        <translation>ZIP-Eintrag %1: beschädigt</translation>
    </message>
    <message>
        <source>%1: the archive inflates to more than %2 MiB; import stopped at %3</source>
        <translation>%1: Das Archiv wird entpackt größer als %2 MiB; der Import wurde bei %3 beendet</translation>
    </message>
    <message>
        <source>zip entry %1: larger than %2 MiB, skipped</source>
        <translation>ZIP-Eintrag %1: größer als %2 MiB, übersprungen</translation>
    </message>
    <message>
        <source>zip entry "%1": unsafe path, skipped</source>
        <translation>ZIP-Eintrag „%1“: unsicherer Pfad, übersprungen</translation>
    </message>
    <message>
        <source>zip entry %1: not part of a Slack export, skipped</source>
        <translation>ZIP-Eintrag %1: nicht Teil eines Slack-Exports, übersprungen</translation>
    </message>
    <message>
        <source>zip entry %1: not a JSON array of messages: %2</source>
        <translation>ZIP-Eintrag %1: kein JSON-Array von Nachrichten: %2</translation>
    </message>
    <message>
        <source>%1: no channel day files in the archive</source>
        <translation>%1: keine Kanal-Tagesdateien im Archiv</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not a message object</source>
        <translation>kein Nachrichtenobjekt</translation>
    </message>
    <message>
        <source>no usable "ts"</source>
        <translation>kein verwendbares "ts"</translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation>Slack-Export</translation>
    </message>
    <message>
        <source>zip entry %1: larger than %2 MiB once read into memory (too many values for its size), skipped</source>
        <translation>ZIP-Eintrag %1: im Arbeitsspeicher größer als %2 MiB (zu viele Werte für seine Größe), übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) show their author as a Slack user id: no users.json next to the channel folder names them.</source>
        <translation>
            <numerusform>Bei %n Nachricht ist die verfassende Person nur als Slack-Benutzer-ID angegeben: Neben dem Kanalordner liegt keine users.json, die sie benennt.</numerusform>
            <numerusform>Bei %n Nachrichten sind die verfassenden Personen nur als Slack-Benutzer-IDs angegeben: Neben dem Kanalordner liegt keine users.json, die sie benennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) show their author as a Slack user id: the archive's users.json does not name them.</source>
        <translation>
            <numerusform>Bei %n Nachricht ist die verfassende Person nur als Slack-Benutzer-ID angegeben: Die users.json des Archivs nennt sie nicht.</numerusform>
            <numerusform>Bei %n Nachrichten sind die verfassenden Personen nur als Slack-Benutzer-IDs angegeben: Die users.json des Archivs nennt sie nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceExcerpt</name>
    <message>
        <source>This event was added by a reviewer; it has no source file.</source>
        <translation>Dieses Ereignis wurde vom Nachbetrachtungsteam hinzugefügt; es hat keine Quelldatei.</translation>
    </message>
    <message>
        <source>The source file %1 is no longer there.</source>
        <translation>Die Quelldatei %1 ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 is shorter than when it was imported: nothing at byte %2 any more.</source>
        <translation>%1 ist kürzer als beim Import: bei Byte %2 steht nichts mehr.</translation>
    </message>
</context>
<context>
    <name>StagingFolder</name>
    <message>
        <source>Cannot create a folder beside %1: %2</source>
        <translation>Neben %1 kann kein Ordner angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>SummaryCommands</name>
    <message>
        <source>Edit impact window</source>
        <translation>Zeitraum der Auswirkungen bearbeiten</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Zusammenfassung bearbeiten</translation>
    </message>
</context>
<context>
    <name>SyslogImporter</name>
    <message>
        <source>RFC 5424 record without a timestamp</source>
        <translation>RFC-5424-Eintrag ohne Zeitstempel</translation>
    </message>
    <message>
        <source>unreadable RFC 5424 timestamp "%1"</source>
        <translation>unlesbarer RFC-5424-Zeitstempel „%1“</translation>
    </message>
    <message>
        <source>not a syslog line</source>
        <translation>keine syslog-Zeile</translation>
    </message>
    <message>
        <source>syslog (RFC 5424 / RFC 3164)</source>
        <translation>syslog (RFC 5424 / RFC 3164)</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Production pressure</source>
        <translation>Produktionsdruck</translation>
    </message>
    <message>
        <source>Deadlines, targets and expectations that shaped the choices people made.</source>
        <translation>Fristen, Ziele und Erwartungen, die die Entscheidungen der Beteiligten geprägt haben.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>How much people were juggling: pages, meetings, parallel work, fatigue.</source>
        <translation>Wie viel die Beteiligten gleichzeitig bewältigen mussten: Pages, Meetings, parallele Arbeit, Ermüdung.</translation>
    </message>
    <message>
        <source>Economics and cost</source>
        <translation>Wirtschaftlichkeit und Kosten</translation>
    </message>
    <message>
        <source>Budgets, staffing and cost trade-offs behind the system as it was.</source>
        <translation>Budgets, Personalausstattung und Kostenabwägungen hinter dem System, wie es war.</translation>
    </message>
    <message>
        <source>Safety margin unknown</source>
        <translation>Sicherheitsreserve unbekannt</translation>
    </message>
    <message>
        <source>How close to a limit the system ran was not visible to the people running it.</source>
        <translation>Wie nah das System an einer Grenze lief, war für die Menschen, die es betrieben, nicht sichtbar.</translation>
    </message>
    <message>
        <source>Knowledge gaps</source>
        <translation>Wissenslücken</translation>
    </message>
    <message>
        <source>What people could not have known at the time, or knew only in part.</source>
        <translation>Was die Beteiligten zu diesem Zeitpunkt nicht wissen konnten oder nur teilweise wussten.</translation>
    </message>
    <message>
        <source>Surprising interactions between components</source>
        <translation>Überraschende Wechselwirkungen zwischen Komponenten</translation>
    </message>
    <message>
        <source>Parts that work on their own and combined in an unexpected way.</source>
        <translation>Teile, die einzeln funktionieren und auf unerwartete Weise zusammenwirkten.</translation>
    </message>
    <message>
        <source>Tooling and automation</source>
        <translation>Werkzeuge und Automatisierung</translation>
    </message>
    <message>
        <source>What tools and automation showed, hid, did or made hard.</source>
        <translation>Was Werkzeuge und Automatisierung zeigten, verbargen, taten oder erschwerten.</translation>
    </message>
    <message>
        <source>Coordination and communication</source>
        <translation>Koordination und Kommunikation</translation>
    </message>
    <message>
        <source>How information moved, or did not, between people and teams.</source>
        <translation>Wie Informationen zwischen Menschen und Teams flossen – oder nicht.</translation>
    </message>
    <message>
        <source>Changing states</source>
        <translation>Sich ändernde Zustände</translation>
    </message>
    <message>
        <source>Migrations, rollouts, experiments and other changes in progress at the time.</source>
        <translation>Migrationen, Rollouts, Experimente und andere Änderungen, die zu diesem Zeitpunkt im Gange waren.</translation>
    </message>
    <message>
        <source>Relationships between parts</source>
        <translation>Beziehungen zwischen Teilen</translation>
    </message>
    <message>
        <source>Dependencies and couplings between services, teams and processes.</source>
        <translation>Abhängigkeiten und Kopplungen zwischen Diensten, Teams und Prozessen.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Traffic, time of day, third parties and other conditions outside the team.</source>
        <translation>Datenverkehr, Tageszeit, Dritte und andere Bedingungen außerhalb des Teams.</translation>
    </message>
    <message>
        <source>Reversibility</source>
        <translation>Umkehrbarkeit</translation>
    </message>
    <message>
        <source>Could the change be undone quickly? Flags, canaries and rollbacks.</source>
        <translation>Ließ sich die Änderung schnell rückgängig machen? Feature-Flags, Canaries und Rollbacks.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>%1 is %2 text; it was converted to UTF-8 for reading.</source>
        <translation>%1 ist in %2 kodiert; zum Lesen wurde die Datei in UTF-8 umgewandelt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid UTF-8 in %n line(s), the first being line %2; they were read as Windows-1252 (Latin-1).</source>
        <translation>
            <numerusform>%1 ist in %n Zeile kein gültiges UTF-8 (Zeile %2); sie wurde als Windows-1252 (Latin-1) gelesen.</numerusform>
            <numerusform>%1 ist in %n Zeilen kein gültiges UTF-8, zuerst in Zeile %2; sie wurden als Windows-1252 (Latin-1) gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextLayout</name>
    <message>
        <source>no known layout at the start of the line</source>
        <translation>kein bekanntes Format am Zeilenanfang</translation>
    </message>
    <message>
        <source>no timestamp layout</source>
        <translation>kein Zeitstempelformat</translation>
    </message>
    <message>
        <source>ISO 8601 date and time</source>
        <translation>Datum und Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>ISO 8601 day of the year</source>
        <translation>Tag des Jahres nach ISO 8601</translation>
    </message>
    <message>
        <source>common log format date</source>
        <translation>Datum im Common Log Format</translation>
    </message>
    <message>
        <source>syslog date without a year</source>
        <translation>syslog-Datum ohne Jahr</translation>
    </message>
    <message>
        <source>ctime date ("Wed Oct 11 14:32:52 2000")</source>
        <translation>ctime-Datum („Wed Oct 11 14:32:52 2000“)</translation>
    </message>
    <message>
        <source>day, month name and year</source>
        <translation>Tag, Monatsname und Jahr</translation>
    </message>
    <message>
        <source>month name, day and year</source>
        <translation>Monatsname, Tag und Jahr</translation>
    </message>
    <message>
        <source>compact yyMMdd HHmmss</source>
        <translation>kompaktes yyMMdd HHmmss</translation>
    </message>
    <message>
        <source>yy/MM/dd date</source>
        <translation>Datum yy/MM/dd</translation>
    </message>
    <message>
        <source>MM-dd date without a year (logcat)</source>
        <translation>Datum MM-dd ohne Jahr (logcat)</translation>
    </message>
    <message>
        <source>glog level letter and MMdd date</source>
        <translation>glog-Stufenbuchstabe und Datum MMdd</translation>
    </message>
    <message>
        <source>Unix epoch number</source>
        <translation>Unix-Epoch-Zahl</translation>
    </message>
    <message>
        <source>TAI64N label</source>
        <translation>TAI64N-Label</translation>
    </message>
    <message>
        <source>time of day without a date</source>
        <translation>Uhrzeit ohne Datum</translation>
    </message>
    <message>
        <source>%1 at the start of the line</source>
        <translation>%1 am Zeilenanfang</translation>
    </message>
    <message>
        <source>%1 at word %2 of the line</source>
        <translation>%1 bei Wort %2 der Zeile</translation>
    </message>
</context>
<context>
    <name>TextLineImporter</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>Zeile länger als %n MiB</numerusform>
            <numerusform>Zeile länger als %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation>kein Zeitstempel am Zeilenanfang</translation>
    </message>
    <message>
        <source>%1 (not read as a continuation: it does not directly follow the lines of line %2's event)</source>
        <translation>%1 (nicht als Fortsetzung gelesen: sie folgt nicht direkt auf die Zeilen des Ereignisses aus Zeile %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) longer than %1 lines or %2 MiB were split into several events (the first at line %3); each later part names the line its record starts at.</source>
        <translation>
            <numerusform>%n Datensatz, länger als %1 Zeilen oder %2 MiB, wurde in mehrere Ereignisse aufgeteilt (in Zeile %3); jeder spätere Teil nennt die Zeile, in der sein Datensatz beginnt.</numerusform>
            <numerusform>%n Datensätze, länger als %1 Zeilen oder %2 MiB, wurden in mehrere Ereignisse aufgeteilt (der erste in Zeile %3); jeder spätere Teil nennt die Zeile, in der sein Datensatz beginnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnleashImporter</name>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no event "type"</source>
        <translation>kein Ereignis-"type"</translation>
    </message>
    <message>
        <source>no usable "createdAt"</source>
        <translation>kein verwendbares "createdAt"</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unleash event log</source>
        <translation>Unleash-Ereignisprotokoll</translation>
    </message>
</context>
<context>
    <name>W3cExtendedImporter</name>
    <message>
        <source>a line before the first #Fields: directive</source>
        <translation>eine Zeile vor der ersten #Fields:-Direktive</translation>
    </message>
    <message>
        <source>no date and time columns (and no #Date: directive for the date)</source>
        <translation>keine Spalten für Datum und Uhrzeit (und keine #Date:-Direktive für das Datum)</translation>
    </message>
    <message>
        <source>unreadable date or time "%1"</source>
        <translation>unlesbares Datum oder unlesbare Uhrzeit „%1“</translation>
    </message>
    <message>
        <source>%1 values where the #Fields: directive names %2</source>
        <translation>%1 Werte, wo die #Fields:-Direktive %2 nennt</translation>
    </message>
    <message>
        <source>W3C extended log (IIS, #Fields: header)</source>
        <translation>W3C-Extended-Log (IIS, #Fields:-Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Show All Columns</source>
        <translation>Alle Spalten anzeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Event Rate</source>
        <translation>Ereignisrate</translation>
    </message>
    <message>
        <source>&amp;Find Events…</source>
        <translation>Ereignisse &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>&amp;Nächstes Ereignis</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>&amp;Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Zur &amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Go to Event &amp;Table</source>
        <translation>Zur Ereignis&amp;tabelle</translation>
    </message>
</context>
<context>
    <name>YamlSubsetReader</name>
    <message>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected "key: value"</source>
        <translation>„Schlüssel: Wert“ erwartet</translation>
    </message>
    <message>
        <source>anchors, aliases and tags are not supported</source>
        <translation>Anker, Aliase und Tags werden nicht unterstützt</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>unterminated flow mapping</source>
        <translation>nicht abgeschlossenes Flow-Mapping</translation>
    </message>
    <message>
        <source>unterminated flow sequence</source>
        <translation>nicht abgeschlossene Flow-Sequenz</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: tabs are not allowed for indentation in YAML</source>
        <translation>Zeile %1: Tabulatoren sind in YAML zur Einrückung nicht erlaubt</translation>
    </message>
    <message>
        <source>collections nested deeper than %1 levels</source>
        <translation>Sammlungen tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>ZapConsoleImporter</name>
    <message>
        <source>zap console log (text then JSON)</source>
        <translation>zap-Konsolen-Log (Text, dann JSON)</translation>
    </message>
    <message>
        <source>unreadable or out-of-range timestamp "%1"</source>
        <translation>unlesbarer oder außerhalb des Bereichs liegender Zeitstempel „%1“</translation>
    </message>
</context>
<context>
    <name>ZeekTsvImporter</name>
    <message>
        <source>unreadable #separator directive</source>
        <translation>unlesbare #separator-Direktive</translation>
    </message>
    <message>
        <source>a line before a #fields directive with a ts column</source>
        <translation>eine Zeile vor einer #fields-Direktive mit einer ts-Spalte</translation>
    </message>
    <message>
        <source>%1 values where the #fields directive names %2</source>
        <translation>%1 Werte, wo die #fields-Direktive %2 nennt</translation>
    </message>
    <message>
        <source>unreadable ts "%1"</source>
        <translation>unlesbares ts „%1“</translation>
    </message>
    <message>
        <source>Zeek / Bro TSV log (#fields header)</source>
        <translation>Zeek-/Bro-TSV-Log (#fields-Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>faultless::model::AnswerModel</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>faultless::model::BriefingComposer</name>
    <message>
        <source>Feature flag</source>
        <translation>Feature-Flag</translation>
    </message>
    <message>
        <source>Chaos experiment</source>
        <translation>Chaos-Experiment</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>99th percentile (p99)</source>
        <translation>99. Perzentil (p99)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>how long a request takes to be answered.</source>
        <translation>wie lange es dauert, bis eine Anfrage beantwortet wird.</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation>Verbindungspool</translation>
    </message>
    <message>
        <source>On-call engineer</source>
        <translation>Person in Rufbereitschaft</translation>
    </message>
    <message>
        <source>the person who answers alerts at that time.</source>
        <translation>die Person, die zu diesem Zeitpunkt auf Alarme reagiert.</translation>
    </message>
    <message>
        <source>Sharp end, blunt end</source>
        <translation>Scharfes Ende, stumpfes Ende</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>returning to the previous version of a change.</source>
        <translation>die Rückkehr zur vorherigen Version einer Änderung.</translation>
    </message>
    <message numerus="yes">
        <source>Events per %n minute(s)</source>
        <comment>chart legend</comment>
        <translation>
            <numerusform>Ereignisse pro %n Minute</numerusform>
            <numerusform>Ereignisse pro %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events per %n second(s)</source>
        <comment>chart legend</comment>
        <translation>
            <numerusform>Ereignisse pro %n Sekunde</numerusform>
            <numerusform>Ereignisse pro %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>chart legend</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Flag change</source>
        <comment>chart legend</comment>
        <translation>Feature-Flag-Änderung</translation>
    </message>
    <message>
        <source>Experiment</source>
        <comment>chart legend</comment>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>No events in this window</source>
        <translation>Keine Ereignisse in diesem Zeitfenster</translation>
    </message>
    <message>
        <source>A blameless review: it describes what people saw, knew and did at the time and the conditions around them, so that the organisation can learn; it does not assign blame.</source>
        <translation>Eine Nachbetrachtung ohne Schuldzuweisung: Sie beschreibt, was Menschen damals sahen, wussten und taten, und die Bedingungen um sie herum, damit die Organisation lernen kann; sie weist keine Schuld zu.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>detection</source>
        <comment>timeline phase</comment>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <comment>timeline phase</comment>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>repair</source>
        <comment>timeline phase</comment>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>key moment</source>
        <comment>timeline phase</comment>
        <translation>Schlüsselmoment</translation>
    </message>
    <message>
        <source>hypothesis held</source>
        <comment>experiment verdict</comment>
        <translation>Hypothese hat gehalten</translation>
    </message>
    <message>
        <source>hypothesis did not hold</source>
        <comment>experiment verdict</comment>
        <translation>Hypothese hat nicht gehalten</translation>
    </message>
    <message>
        <source>aborted</source>
        <comment>experiment verdict</comment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>verdict unknown</source>
        <comment>experiment verdict</comment>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>open</source>
        <comment>question or opportunity status</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>explored</source>
        <comment>question status</comment>
        <translation>erörtert</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>question status</comment>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>question or opportunity status</comment>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>opportunity status</comment>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>opportunity status</comment>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>done</source>
        <comment>opportunity status</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>added by reviewer</source>
        <translation>vom Nachbetrachtungsteam hinzugefügt</translation>
    </message>
    <message>
        <source>uncertain</source>
        <comment>dispute state</comment>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>dispute state</comment>
        <translation>umstritten</translation>
    </message>
    <message>
        <source>Incident review</source>
        <translation>Nachbetrachtung eines Vorfalls</translation>
    </message>
    <message>
        <source>Briefing for leaders</source>
        <translation>Kurzbericht für Führungskräfte</translation>
    </message>
    <message>
        <source>Analysis for practitioners</source>
        <translation>Analyse für Fachleute</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message numerus="yes">
        <source>reading time about %n minute(s)</source>
        <translation>
            <numerusform>Lesezeit etwa %n Minute</numerusform>
            <numerusform>Lesezeit etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>People are named by their role in this briefing.</source>
        <translation>Personen werden in diesem Kurzbericht mit ihrer Rolle benannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) such as tokens or addresses were masked.</source>
        <translation>
            <numerusform>%n vertraulicher Wert wie Tokens oder Adressen wurde maskiert.</numerusform>
            <numerusform>%n vertrauliche Werte wie Tokens oder Adressen wurden maskiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Incident window:</source>
        <translation>Zeitraum des Vorfalls:</translation>
    </message>
    <message>
        <source>%1 to %2 (%3).</source>
        <translation>%1 bis %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Reconstructed from %n event(s)</source>
        <translation>
            <numerusform>Rekonstruiert aus %n Ereignis</numerusform>
            <numerusform>Rekonstruiert aus %n Ereignissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n source(s)</source>
        <translation>
            <numerusform>in %n Quelle</numerusform>
            <numerusform>in %n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them added by reviewers</source>
        <translation>
            <numerusform>davon %n vom Nachbetrachtungsteam hinzugefügt</numerusform>
            <numerusform>davon %n vom Nachbetrachtungsteam hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity around the incident</source>
        <translation>Aktivität rund um den Vorfall</translation>
    </message>
    <message>
        <source>The chart is left out: it could not be drawn here.</source>
        <translation>Das Diagramm wurde weggelassen: Es konnte hier nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>All events per time bin, errors in red; dashed lines mark flag changes and shaded spans mark experiments.</source>
        <translation>Alle Ereignisse pro Zeitintervall, Fehler in Rot; gestrichelte Linien markieren Feature-Flag-Änderungen, schattierte Bereiche Experimente.</translation>
    </message>
    <message>
        <source>Timeline of key moments</source>
        <translation>Zeitleiste der Schlüsselmomente</translation>
    </message>
    <message>
        <source>No events have been highlighted yet.</source>
        <translation>Es wurden noch keine Ereignisse hervorgehoben.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Not agreed:</source>
        <translation>Nicht abgestimmt:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Feature flag changes</source>
        <translation>Feature-Flag-Änderungen</translation>
    </message>
    <message>
        <source>reversed after %1</source>
        <translation>%1 später zurückgenommen</translation>
    </message>
    <message>
        <source>reversed after %1 by %2</source>
        <translation>%1 später von %2 zurückgenommen</translation>
    </message>
    <message>
        <source>earlier value unknown</source>
        <translation>früherer Wert unbekannt</translation>
    </message>
    <message>
        <source>not reversed</source>
        <translation>nicht zurückgenommen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Feature-Flag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothese:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Steady state before:</source>
        <translation>Stabiler Zustand vorher:</translation>
    </message>
    <message>
        <source>Steady state after:</source>
        <translation>Stabiler Zustand nachher:</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>No contributing factors have been recorded yet.</source>
        <translation>Es wurden noch keine beitragenden Faktoren erfasst.</translation>
    </message>
    <message>
        <source>Conditions that together made the incident possible or worse. They form a set, in no particular order.</source>
        <translation>Bedingungen, die den Vorfall gemeinsam möglich gemacht oder verschlimmert haben. Sie bilden eine Menge ohne bestimmte Reihenfolge.</translation>
    </message>
    <message>
        <source>Other factors</source>
        <translation>Weitere Faktoren</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) at %1</source>
        <translation>
            <numerusform>%n Ereignis um %1</numerusform>
            <numerusform>%n Ereignisse um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence linked yet</source>
        <translation>noch keine Belege verknüpft</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Erzählungen</translation>
    </message>
    <message>
        <source>Each narrative tells the incident from one vantage point. They may disagree; this briefing does not pick one.</source>
        <translation>Jede Erzählung schildert den Vorfall aus einem Blickwinkel. Sie können sich widersprechen; dieser Kurzbericht wählt keine aus.</translation>
    </message>
    <message>
        <source>Vantage point:</source>
        <translation>Blickwinkel:</translation>
    </message>
    <message>
        <source>told by %1</source>
        <translation>erzählt von %1</translation>
    </message>
    <message>
        <source>cites: %1</source>
        <translation>führt an: %1</translation>
    </message>
    <message>
        <source>Where the narratives diverge</source>
        <translation>Wo die Erzählungen auseinandergehen</translation>
    </message>
    <message>
        <source>Only "%1" tells of:</source>
        <translation>Nur „%1“ erzählt von:</translation>
    </message>
    <message>
        <source>"%1" and "%2" tell these moments in a different order:</source>
        <translation>„%1“ und „%2“ erzählen diese Momente in anderer Reihenfolge:</translation>
    </message>
    <message numerus="yes">
        <source>All narratives cite %n shared moment(s).</source>
        <translation>
            <numerusform>Alle Erzählungen führen %n gemeinsamen Moment an.</numerusform>
            <numerusform>Alle Erzählungen führen %n gemeinsame Momente an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted moments no narrative tells yet:</source>
        <translation>Hervorgehobene Momente, von denen noch keine Erzählung erzählt:</translation>
    </message>
    <message>
        <source>The narratives cite the same moments in the same order; they differ in what they make of them.</source>
        <translation>Die Erzählungen führen dieselben Momente in derselben Reihenfolge an; sie unterscheiden sich darin, was sie daraus machen.</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Nicht abgestimmt</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Note on an event</source>
        <translation>Notiz zu einem Ereignis</translation>
    </message>
    <message>
        <source>Narrative step</source>
        <translation>Erzählschritt</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Surprises and what helped</source>
        <translation>Überraschungen und was geholfen hat</translation>
    </message>
    <message>
        <source>about: %1</source>
        <translation>betrifft: %1</translation>
    </message>
    <message>
        <source>What surprised us</source>
        <translation>Was uns überrascht hat</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>No surprises or helpful moments have been recorded yet.</source>
        <translation>Es wurden noch keine Überraschungen oder hilfreichen Momente erfasst.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>What the team might try next, each tied to the factors it addresses.</source>
        <translation>Was das Team als Nächstes ausprobieren könnte, jeweils verknüpft mit den Faktoren, auf die es eingeht.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>addresses: %1</source>
        <translation>geht ein auf: %1</translation>
    </message>
    <message>
        <source>Terms used</source>
        <translation>Verwendete Begriffe</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Abgelehnte Datensätze</translation>
    </message>
    <message>
        <source>a switch that turns a feature on or off for customers without a new release; turning it back quickly undoes a change.</source>
        <translation>ein Schalter, der eine Funktion für Kunden ohne neues Release ein- oder ausschaltet; ihn schnell zurückzustellen macht eine Änderung rückgängig.</translation>
    </message>
    <message>
        <source>a planned, controlled disturbance (such as slowing a service down) to check that customers are still served well when parts of the system misbehave.</source>
        <translation>eine geplante, kontrollierte Störung (etwa die Verlangsamung eines Dienstes), um zu prüfen, ob Kunden weiterhin gut bedient werden, wenn Teile des Systems sich unerwartet verhalten.</translation>
    </message>
    <message>
        <source>what an experiment expects to stay true while it runs; when it does not hold, the experiment has found something worth knowing.</source>
        <translation>was ein Experiment während seines Laufs als gültig erwartet; hält es nicht, hat das Experiment etwas Wissenswertes gefunden.</translation>
    </message>
    <message>
        <source>the time within which 99 of 100 requests are answered.</source>
        <translation>die Zeit, innerhalb derer 99 von 100 Anfragen beantwortet werden.</translation>
    </message>
    <message>
        <source>giving a change to a small share of customers first.</source>
        <translation>eine Änderung zuerst einem kleinen Teil der Kunden geben.</translation>
    </message>
    <message>
        <source>a fixed set of database connections that requests share; when all are busy, requests wait.</source>
        <translation>eine feste Menge von Datenbankverbindungen, die sich Anfragen teilen; sind alle belegt, warten Anfragen.</translation>
    </message>
    <message>
        <source>the people operating the system at the time, and the organisation (priorities, budgets, tools) that shapes their work.</source>
        <translation>die Menschen, die das System zu diesem Zeitpunkt betrieben, und die Organisation (Prioritäten, Budgets, Werkzeuge), die ihre Arbeit prägt.</translation>
    </message>
    <message>
        <source>Bar chart of events over time.</source>
        <translation>Balkendiagramm der Ereignisse im Zeitverlauf.</translation>
    </message>
    <message numerus="yes">
        <source>Flag changes marked: %n.</source>
        <translation>
            <numerusform>Markierte Feature-Flag-Änderungen: %n.</numerusform>
            <numerusform>Markierte Feature-Flag-Änderungen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Experiments marked: %n.</source>
        <translation>
            <numerusform>Markierte Experimente: %n.</numerusform>
            <numerusform>Markierte Experimente: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only "%1" tells of %n moment(s)</source>
        <translation>
            <numerusform>Nur „%1“ erzählt von %n Moment</numerusform>
            <numerusform>Nur „%1“ erzählt von %n Momenten</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1).</source>
        <translation>(%1).</translation>
    </message>
    <message>
        <source>(%1 to %2).</source>
        <translation>(%1 bis %2).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Summary still to be written</source>
        <translation>Zusammenfassung steht noch aus</translation>
    </message>
    <message>
        <source>The review team has not written a summary of the impact yet. Until it does, this briefing tells only what the timeline shows.</source>
        <translation>Das Nachbetrachtungsteam hat noch keine Zusammenfassung der Auswirkungen geschrieben. Bis dahin gibt dieser Kurzbericht nur wieder, was die Zeitleiste zeigt.</translation>
    </message>
    <message>
        <source>Impact window:</source>
        <translation>Zeitraum der Auswirkungen:</translation>
    </message>
    <message>
        <source>When customers were affected, as the review team set it.</source>
        <translation>Wann Kunden betroffen waren, wie vom Nachbetrachtungsteam festgelegt.</translation>
    </message>
    <message>
        <source>From the first to the last highlighted event; the review team has not set when customers were affected yet.</source>
        <translation>Vom ersten bis zum letzten hervorgehobenen Ereignis; das Nachbetrachtungsteam hat noch nicht festgelegt, wann Kunden betroffen waren.</translation>
    </message>
    <message>
        <source>From the first to the last recorded event; the review team has not set when customers were affected yet.</source>
        <translation>Vom ersten bis zum letzten aufgezeichneten Ereignis; das Nachbetrachtungsteam hat noch nicht festgelegt, wann Kunden betroffen waren.</translation>
    </message>
    <message>
        <source>Customers were affected from %1; when the impact ended is not known yet.</source>
        <translation>Kunden waren ab %1 betroffen; wann die Auswirkungen endeten, ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>The impact on customers ended at %1; when it started is not known yet.</source>
        <translation>Die Auswirkungen auf Kunden endeten am %1; wann sie begannen, ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>The room has not agreed on this timeline yet.</source>
        <translation>Die Anwesenden haben sich noch nicht auf diese Zeitleiste geeinigt.</translation>
    </message>
    <message>
        <source>The room agreed on the timeline on %1.</source>
        <translation>Die Anwesenden haben sich am %1 auf die Zeitleiste geeinigt.</translation>
    </message>
    <message>
        <source>The room agreed on the timeline on %1 (present: %2).</source>
        <translation>Die Anwesenden haben sich am %1 auf die Zeitleiste geeinigt (anwesend: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more highlighted moment(s) are in the practitioners' analysis.</source>
        <translation>
            <numerusform>%n weiterer hervorgehobener Moment steht in der Analyse für Fachleute.</numerusform>
            <numerusform>%n weitere hervorgehobene Momente stehen in der Analyse für Fachleute.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reviewers' notes on these moments are in the practitioners' analysis.</source>
        <translation>Die Notizen des Nachbetrachtungsteams zu diesen Momenten stehen in der Analyse für Fachleute.</translation>
    </message>
    <message numerus="yes">
        <source>%n more flag change(s) are in the chart above and in the practitioners' analysis.</source>
        <translation>
            <numerusform>%n weitere Feature-Flag-Änderung steht im Diagramm oben und in der Analyse für Fachleute.</numerusform>
            <numerusform>%n weitere Feature-Flag-Änderungen stehen im Diagramm oben und in der Analyse für Fachleute.</numerusform>
        </translation>
    </message>
    <message>
        <source>(flag turned off)</source>
        <translation>(Feature-Flag ausgeschaltet)</translation>
    </message>
    <message>
        <source>reverses the change of %1</source>
        <translation>nimmt die Änderung von %1 zurück</translation>
    </message>
    <message numerus="yes">
        <source>%n more narrative step(s) are in the practitioners' analysis.</source>
        <translation>
            <numerusform>%n weiterer Erzählschritt steht in der Analyse für Fachleute.</numerusform>
            <numerusform>%n weitere Erzählschritte stehen in der Analyse für Fachleute.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item was disputed. %1</source>
        <translation>Kein Element war umstritten. %1</translation>
    </message>
    <message>
        <source>No item has been disputed. %1</source>
        <translation>Bisher ist kein Element umstritten. %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Briefing: a narrative step that cites no event, "&lt;number&gt;. &lt;text&gt;"</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>"%1" has %n step(s) without a cited event.</source>
        <translation>
            <numerusform>„%1“ hat %n Schritt ohne angeführtes Ereignis.</numerusform>
            <numerusform>„%1“ hat %n Schritte ohne angeführtes Ereignis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps of "%1" that cite no event:</source>
        <translation>Schritte von „%1“, die kein Ereignis anführen:</translation>
    </message>
</context>
<context>
    <name>faultless::model::CategoryModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>faultless::model::DisputeModel</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>uncertain or disputed</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>faultless::model::EventTableModel</name>
    <message>
        <source>(added by reviewer)</source>
        <translation>(vom Nachbetrachtungsteam hinzugefügt)</translation>
    </message>
    <message>
        <source>added by reviewer</source>
        <translation>vom Nachbetrachtungsteam hinzugefügt</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Zeit (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1, Byte %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>faultless::model::EvidenceModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Annotation by %1: %2</source>
        <extracomment>Evidence that is an annotation: author, annotation text</extracomment>
        <translation>Anmerkung von %1: %2</translation>
    </message>
</context>
<context>
    <name>faultless::model::FactorModel</name>
    <message>
        <source>Contributing factor</source>
        <translation>Beitragender Faktor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A factor without a category</extracomment>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>faultless::model::LearningModel</name>
    <message numerus="yes">
        <source>%1 (%n link(s))</source>
        <translation>
            <numerusform>%1 (%n Verknüpfung)</numerusform>
            <numerusform>%1 (%n Verknüpfungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1; linked to %2 event(s) and %3 contributing factor(s)</source>
        <translation>Von %1; verknüpft mit %2 Ereignis(sen) und %3 beitragenden Faktor(en)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>faultless::model::NarrativeCompareModel</name>
    <message>
        <source>Not mentioned in "%1"</source>
        <translation>Nicht erwähnt in „%1“</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Step number and text in the narrative comparison</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(cites this event)</source>
        <translation>(führt dieses Ereignis an)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1
Told from: %2
By: %3</source>
        <translation>%1
Erzählt aus: %2
Von: %3</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Steps that cite no event, placed by their order between the narrative's cited steps</source>
        <translation>Schritte, die kein Ereignis anführen, gemäß ihrer Reihenfolge zwischen den Schritten der Erzählung eingeordnet, die Ereignisse anführen</translation>
    </message>
    <message>
        <source>%1. %2
(no evidence)</source>
        <extracomment>A narrative step that cites no event in the comparison: "&lt;number&gt;. &lt;text&gt;" and a mark below</extracomment>
        <translation>%1. %2
(ohne Beleg)</translation>
    </message>
</context>
<context>
    <name>faultless::model::NarrativeModel</name>
    <message>
        <source>On-call engineer (sharp end)</source>
        <translation>Person in Rufbereitschaft (scharfes Ende)</translation>
    </message>
    <message>
        <source>Engineer who made the change</source>
        <translation>Person, die die Änderung vorgenommen hat</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Director (blunt end)</source>
        <translation>Direktion (stumpfes Ende)</translation>
    </message>
    <message>
        <source>Executive (blunt end)</source>
        <translation>Geschäftsführung (stumpfes Ende)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Kundensupport</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Blickwinkel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor:in</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1 — told from: %2</source>
        <translation>%1 — erzählt aus: %2</translation>
    </message>
</context>
<context>
    <name>faultless::model::NarrativeStepModel</name>
    <message>
        <source>#</source>
        <extracomment>Column of step numbers in a narrative</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Cited event</source>
        <translation>Angeführtes Ereignis</translation>
    </message>
    <message>
        <source>(what happened here? cites: %1)</source>
        <extracomment>Placeholder of a step that only cites an event so far</extracomment>
        <translation>(was ist hier passiert? führt an: %1)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <extracomment>Tooltip line under a narrative step: who wrote it</extracomment>
        <translation>Geschrieben von %1</translation>
    </message>
</context>
<context>
    <name>faultless::model::OpportunityModel</name>
    <message>
        <source>Agreed</source>
        <translation>Abgestimmt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Factors addressed</source>
        <translation>Behandelte Faktoren</translation>
    </message>
</context>
<context>
    <name>faultless::model::ParticipantModel</name>
    <message>
        <source>Name</source>
        <extracomment>Role of a person in the incident or the review</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Pseudonym (for export)</source>
        <translation>Pseudonym (für den Export)</translation>
    </message>
</context>
<context>
    <name>faultless::model::QuestionModel</name>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Explored</source>
        <extracomment>Status of a question in the review session</extracomment>
        <translation>Erörtert</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>faultless::model::ReviewDocument</name>
    <message>
        <source>%1 is read-only: changes cannot be saved. To edit the review, save a copy to a writable folder or ask its owner for write access.</source>
        <translation>%1 ist schreibgeschützt: Änderungen können nicht gespeichert werden. Um die Nachbetrachtung zu bearbeiten, speichern Sie eine Kopie in einem beschreibbaren Ordner oder bitten Sie die Eigentümerin oder den Eigentümer um Schreibrechte.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, and saving a review needs to create files beside it: changes cannot be saved. To edit the review, save a copy to a writable folder.</source>
        <translation>Der Ordner von %1 ist schreibgeschützt, und zum Speichern einer Nachbetrachtung müssen daneben Dateien angelegt werden: Änderungen können nicht gespeichert werden. Um die Nachbetrachtung zu bearbeiten, speichern Sie eine Kopie in einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>%1 can only be read (the file system or SQLite refused write access): changes cannot be saved. To edit the review, save a copy to a writable folder.</source>
        <translation>%1 kann nur gelesen werden (das Dateisystem oder SQLite hat den Schreibzugriff verweigert): Änderungen können nicht gespeichert werden. Um die Nachbetrachtung zu bearbeiten, speichern Sie eine Kopie in einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>The text of some events could not be indexed for search: %1. It will be indexed when the review is next opened.</source>
        <translation>Der Text einiger Ereignisse konnte nicht für die Suche indiziert werden: %1. Er wird beim nächsten Öffnen der Nachbetrachtung indiziert.</translation>
    </message>
</context>
<context>
    <name>faultless::model::ServerWatcher</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>there is no review "%1" on %2</source>
        <translation>auf %2 gibt es keine Nachbetrachtung „%1“</translation>
    </message>
</context>
<context>
    <name>faultless::model::SourceModel</name>
    <message>
        <source>Clock shifted by %1: %2</source>
        <translation>Uhr um %1 verschoben: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>time zone of a source</extracomment>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>records of the source that could not be read</extracomment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Clock shift</source>
        <extracomment>how far the source's clock was shifted</extracomment>
        <translation>Uhrverschiebung</translation>
    </message>
</context>
<context>
    <name>faultless::views::AgreementPanel</name>
    <message>
        <source>Mark Timeline Agreed</source>
        <translation>Zeitleiste als abgestimmt markieren</translation>
    </message>
    <message>
        <source>The timeline as it is now is agreed by the people in the room. Later changes will be listed against it.</source>
        <translation>Die Zeitleiste in ihrem jetzigen Stand ist von den Anwesenden abgestimmt. Spätere Änderungen werden ihr gegenübergestellt.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Others present, separated by commas</source>
        <translation>Weitere Anwesende, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Weitere Anwesende</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Anwesend:</translation>
    </message>
    <message>
        <source>Mark Timeline &amp;Agreed…</source>
        <translation>Zeitleiste als &amp;abgestimmt markieren…</translation>
    </message>
    <message>
        <source>Changes since the timeline was agreed</source>
        <translation>Änderungen, seit die Zeitleiste abgestimmt wurde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Record that the room agrees on the timeline as it is now</source>
        <translation>Festhalten, dass die Anwesenden der Zeitleiste in ihrem jetzigen Stand zustimmen</translation>
    </message>
    <message>
        <source>The timeline is marked as agreed by the room</source>
        <translation>Die Zeitleiste ist als von den Anwesenden abgestimmt markiert</translation>
    </message>
    <message>
        <source>The timeline has not been agreed yet. When the room agrees on it, mark it here; later changes are then listed against it.</source>
        <translation>Über die Zeitleiste wurde noch keine Einigung erzielt. Wenn sich die Anwesenden einig sind, markieren Sie das hier; spätere Änderungen werden ihr dann gegenübergestellt.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand erfasst</translation>
    </message>
    <message>
        <source>Agreed %1 by %2. No changes since.</source>
        <translation>Abgestimmt %1 von %2. Seitdem keine Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>Agreed %1 by %2. %n change(s) since:</source>
        <translation>
            <numerusform>Abgestimmt %1 von %2. Seitdem %n Änderung:</numerusform>
            <numerusform>Abgestimmt %1 von %2. Seitdem %n Änderungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no longer in the timeline)</source>
        <translation>(nicht mehr in der Zeitleiste)</translation>
    </message>
</context>
<context>
    <name>faultless::views::AnnotationListModel</name>
    <message>
        <source>(edited)</source>
        <extracomment>Annotation header: it was changed after it was written</extracomment>
        <translation>(bearbeitet)</translation>
    </message>
</context>
<context>
    <name>faultless::views::AuthorDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Faultless shows this name beside what you write (annotations, factors, narrative steps, disputes and answers) and to the other reviewers in a team review. You can change it later in Preferences.</source>
        <translation>Faultless zeigt diesen Namen neben dem, was Sie schreiben (Anmerkungen, Faktoren, Schritte von Erzählungen, strittige Punkte und Antworten), und den anderen Beteiligten einer Team-Nachbetrachtung. Sie können ihn später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Angezeigter &amp;Name:</translation>
    </message>
</context>
<context>
    <name>faultless::views::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Canceled before it started; nothing was written.</source>
        <translation>Vor dem Start abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ClockSkewDialog</name>
    <message>
        <source>Shift Clock of %1</source>
        <translation>Uhr von %1 verschieben</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>e.g. the hosts' clocks ran 2 s fast; the zone was labelled UTC but was CET</source>
        <translation>z. B. die Uhren der Hosts gingen 2 s vor; die Zone war als UTC angegeben, war aber MEZ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Positive values move the source's events later, negative ones earlier.</source>
        <translation>Positive Werte verschieben die Ereignisse der Quelle nach später, negative nach früher.</translation>
    </message>
    <message>
        <source>Current shift:</source>
        <translation>Aktuelle Verschiebung:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Shift by:</source>
        <translation>&amp;Verschieben um:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>New shift:</source>
        <translation>Neue Verschiebung:</translation>
    </message>
    <message>
        <source>Enter by how much to shift the clock.</source>
        <translation>Geben Sie an, um wie viel die Uhr verschoben werden soll.</translation>
    </message>
    <message>
        <source>Note why the clock is shifted, so that readers of the timeline know.</source>
        <translation>Notieren Sie, warum die Uhr verschoben wird, damit Leser der Zeitleiste es wissen.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ConflictDialog</name>
    <message>
        <source>contributing factor</source>
        <translation>beitragender Faktor</translation>
    </message>
    <message>
        <source>piece of evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>factor category</source>
        <translation>Faktorkategorie</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>Erzählung</translation>
    </message>
    <message>
        <source>narrative step</source>
        <translation>Erzählschritt</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>improvement opportunity</source>
        <translation>Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>beteiligte Person</translation>
    </message>
    <message>
        <source>disputed item</source>
        <translation>strittiger Punkt</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>Erkenntnis</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor:in</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Blickwinkel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Cited event</source>
        <translation>Angeführtes Ereignis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Highlighted</source>
        <translation>Hervorgehoben</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Zuletzt bearbeitet</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>Inzwischen von jemand anderem gespeichert</translation>
    </message>
    <message>
        <source>You undid your change to this %1, but someone else changed it on the team server after you. Your undo has not been saved: choose which version to keep.</source>
        <translation>Sie haben Ihre Änderung an diesem Eintrag (%1) rückgängig gemacht, aber jemand anderes hat ihn danach auf dem Teamserver geändert. Ihr Rückgängigmachen wurde nicht gespeichert: Wählen Sie, welche Version erhalten bleiben soll.</translation>
    </message>
    <message>
        <source>Someone else deleted this %1 on the team server after your copy was updated. Your change has not been saved.</source>
        <translation>Jemand anderes hat diesen Eintrag (%1) auf dem Teamserver gelöscht, nachdem Ihre Kopie aktualisiert wurde. Ihre Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Someone else saved this %1 on the team server after your copy was updated. Your change has not been saved: choose which version to keep.</source>
        <translation>Jemand anderes hat diesen Eintrag (%1) auf dem Teamserver gespeichert, nachdem Ihre Kopie aktualisiert wurde. Ihre Änderung wurde nicht gespeichert: Wählen Sie, welche Version erhalten bleiben soll.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Ihre Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Theirs (on the server)</source>
        <translation>Version der anderen (auf dem Server)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>Keep It &amp;Deleted</source>
        <translation>&amp;Gelöscht lassen</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Version der anderen &amp;behalten</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>&amp;Meine Version behalten</translation>
    </message>
</context>
<context>
    <name>faultless::views::CsvImportDialog</name>
    <message>
        <source>Import table: %1</source>
        <translation>Tabelle importieren: %1</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Time (required):</source>
        <translation>&amp;Zeit (erforderlich):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>La&amp;ne:</source>
        <translation>S&amp;pur:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Time read as (UTC)</source>
        <translation>Gelesene Zeit (UTC)</translation>
    </message>
    <message>
        <source>(no zone: the source's zone will apply)</source>
        <translation>(keine Zone: die Zone der Quelle gilt)</translation>
    </message>
    <message>
        <source>unreadable: this row will be rejected</source>
        <translation>unlesbar: diese Zeile wird abgelehnt</translation>
    </message>
    <message>
        <source>No header line found.</source>
        <translation>Keine Kopfzeile gefunden.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each row.</source>
        <translation>Wählen Sie die Spalte, die die Zeit jeder Zeile enthält.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have a readable time.</source>
        <translation>
            <numerusform>%n der ersten Zeilen hat eine lesbare Zeit.</numerusform>
            <numerusform>%n der ersten Zeilen haben eine lesbare Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows without one are kept as rejected records with their line numbers.</source>
        <translation>Zeilen ohne lesbare Zeit werden mit ihrer Zeilennummer als abgelehnte Datensätze aufbewahrt.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputeAction</name>
    <message>
        <source>Mark Uncertain or Disputed…</source>
        <translation>Als unsicher oder umstritten markieren…</translation>
    </message>
    <message>
        <source>Mark this annotation uncertain or disputed, with who raises it and why</source>
        <translation>Diese Anmerkung als unsicher oder umstritten markieren, mit Angabe, wer es einwendet und warum</translation>
    </message>
    <message>
        <source>Mark this narrative step uncertain or disputed, with who raises it and why</source>
        <translation>Diesen Erzählschritt als unsicher oder umstritten markieren, mit Angabe, wer es einwendet und warum</translation>
    </message>
    <message>
        <source>Mark Annotation Uncertain or Disputed</source>
        <translation>Anmerkung als unsicher oder umstritten markieren</translation>
    </message>
    <message>
        <source>Mark Step Uncertain or Disputed</source>
        <translation>Schritt als unsicher oder umstritten markieren</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputeDialog</name>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Mark Uncertain</source>
        <translation>Als unsicher markieren</translation>
    </message>
    <message>
        <source>Mark Disputed</source>
        <translation>Als umstritten markieren</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <source>What is uncertain or seen differently, e.g. "the dashboard shows 10:05, not 10:00"</source>
        <translation>Was ist unsicher oder wird anders gesehen, z. B. „das Dashboard zeigt 10:05, nicht 10:00“</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>&amp;Mark as:</source>
        <translation>&amp;Markieren als:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>&amp;Eingebracht von:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputeMarkerDelegate</name>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 (eingebracht von %2): %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputesPanel</name>
    <message>
        <source>&amp;Settle</source>
        <translation>&amp;Beilegen</translation>
    </message>
    <message>
        <source>Uncertain and disputed items</source>
        <translation>Unsichere und umstrittene Elemente</translation>
    </message>
    <message>
        <source>The room agrees now: remove the mark (undoable)</source>
        <translation>Die Anwesenden sind sich jetzt einig: Markierung entfernen (rückgängig machbar)</translation>
    </message>
</context>
<context>
    <name>faultless::views::EditableListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deletes the selected row (Delete key in the table)</source>
        <translation>Löscht die ausgewählte Zeile (Entf-Taste in der Tabelle)</translation>
    </message>
</context>
<context>
    <name>faultless::views::EventActions</name>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Anmerken…</translation>
    </message>
    <message>
        <source>Write what people saw, knew and expected at this event</source>
        <translation>Schreiben Sie auf, was die Beteiligten bei diesem Ereignis sahen, wussten und erwarteten</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Tag hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed/Uncertain…</source>
        <translation>Als &amp;umstritten/unsicher markieren…</translation>
    </message>
    <message>
        <source>&amp;Cite as Evidence for</source>
        <translation>Als &amp;Beleg anführen für</translation>
    </message>
    <message>
        <source>Add to &amp;Narrative</source>
        <translation>Zur &amp;Erzählung hinzufügen</translation>
    </message>
    <message>
        <source>Show in &amp;Source</source>
        <translation>In &amp;Quelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the event's time, origin and text</source>
        <translation>Zeit, Herkunft und Text des Ereignisses kopieren</translation>
    </message>
    <message>
        <source>No contributing factors yet</source>
        <translation>Noch keine beitragenden Faktoren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No narratives yet</source>
        <translation>Noch keine Erzählungen</translation>
    </message>
    <message>
        <source>Annotate Event</source>
        <translation>Anmerkung zum Ereignis</translation>
    </message>
    <message>
        <source>Annotation text</source>
        <translation>Anmerkungstext</translation>
    </message>
    <message>
        <source>What did people see, know and expect at this moment?</source>
        <translation>Was sahen, wussten und erwarteten die Beteiligten in diesem Moment?</translation>
    </message>
    <message>
        <source>Tag Event</source>
        <translation>Ereignis taggen</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
</context>
<context>
    <name>faultless::views::EventDetailPane</name>
    <message>
        <source>Show in &amp;Source</source>
        <translation>In &amp;Quelle zeigen</translation>
    </message>
    <message>
        <source>&amp;Highlighted</source>
        <translation>&amp;Hervorgehoben</translation>
    </message>
    <message>
        <source>&amp;Add Annotation</source>
        <translation>Anmerkung hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Event text</source>
        <translation>Ereignistext</translation>
    </message>
    <message>
        <source>Event attributes</source>
        <translation>Ereignisattribute</translation>
    </message>
    <message>
        <source>Show the raw lines around this record in the file it was imported from</source>
        <translation>Die Rohzeilen um diesen Datensatz in der Datei zeigen, aus der er importiert wurde</translation>
    </message>
    <message>
        <source>No phase</source>
        <translation>Keine Phase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Add a tag and press Return</source>
        <translation>Tag eingeben und Return drücken</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Tag</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>What did people see, know and expect at this moment? Describe rather than explain.</source>
        <translation>Was sahen, wussten und erwarteten die Beteiligten in diesem Moment? Beschreiben statt erklären.</translation>
    </message>
    <message>
        <source>Annotation text</source>
        <translation>Anmerkungstext</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Select an event in the timeline or the table to see its details.</source>
        <translation>Wählen Sie ein Ereignis in der Zeitleiste oder der Tabelle aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Added by a reviewer, not recorded by a system</source>
        <translation>Vom Nachbetrachtungsteam hinzugefügt, nicht von einem System aufgezeichnet</translation>
    </message>
    <message>
        <source>Added by a reviewer</source>
        <translation>Vom Nachbetrachtungsteam hinzugefügt</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3</source>
        <translation>%1, Zeile %2, Byte %3</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1, Byte %2</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Tag %1 entfernen</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Source lines</source>
        <translation>Quellzeilen</translation>
    </message>
    <message>
        <source>The current event: full text, attributes, origin, tags and annotations.</source>
        <translation>Das aktuelle Ereignis: vollständiger Text, Attribute, Herkunft, Schlagwörter und Anmerkungen.</translation>
    </message>
    <message>
        <source>not told by the source</source>
        <translation>von der Quelle nicht angegeben</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>Takes back the change of %1 (%2), %3 later</source>
        <translation>Nimmt %3 später die Änderung von %1 (%2) zurück</translation>
    </message>
    <message>
        <source>Takes back %1's change of %2 (%3), %4 later</source>
        <translation>Nimmt %4 später die Änderung zurück, die %1 um %2 vorgenommen hat (%3)</translation>
    </message>
    <message>
        <source>Add the text as a new annotation (Ctrl+Return)</source>
        <translation>Text als neue Anmerkung hinzufügen (Strg+Return)</translation>
    </message>
    <message>
        <source>Show the event's attributes as the source recorded them</source>
        <translation>Die Attribute des Ereignisses so zeigen, wie die Quelle sie aufgezeichnet hat</translation>
    </message>
</context>
<context>
    <name>faultless::views::EventRateChart</name>
    <message>
        <source>&amp;Follow the timeline's range</source>
        <translation>Dem Bereich der Zeitleiste &amp;folgen</translation>
    </message>
    <message>
        <source>Event rate chart</source>
        <translation>Ereignisratendiagramm</translation>
    </message>
    <message>
        <source>Events per interval over time</source>
        <translation>Ereignisse pro Intervall im Zeitverlauf</translation>
    </message>
    <message>
        <source>Events per interval</source>
        <translation>Ereignisse pro Intervall</translation>
    </message>
    <message>
        <source>Flag changes</source>
        <translation>Feature-Flag-Änderungen</translation>
    </message>
    <message>
        <source>Experiment runs</source>
        <translation>Experimentläufe</translation>
    </message>
    <message>
        <source>Events per interval over time by severity, with flag changes and experiments overlaid.</source>
        <translation>Ereignisse pro Intervall im Zeitverlauf nach Schweregrad, mit Flag-Änderungen und Experimenten darüber.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ExportDialog</name>
    <message>
        <source>What happened (window and impact)</source>
        <translation>Was geschah (Zeitraum und Auswirkungen)</translation>
    </message>
    <message>
        <source>Activity chart</source>
        <translation>Aktivitätsdiagramm</translation>
    </message>
    <message>
        <source>Timeline of key moments</source>
        <translation>Zeitleiste der Schlüsselmomente</translation>
    </message>
    <message>
        <source>Feature flag changes</source>
        <translation>Feature-Flag-Änderungen</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>Narratives and where they diverge</source>
        <translation>Erzählungen und wo sie auseinandergehen</translation>
    </message>
    <message>
        <source>Items not agreed</source>
        <translation>Nicht abgestimmte Elemente</translation>
    </message>
    <message>
        <source>Surprises and what helped</source>
        <translation>Überraschungen und was geholfen hat</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Fragen und Antworten</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Terms explained</source>
        <translation>Begriffe erklärt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Kurzbericht exportieren</translation>
    </message>
    <message>
        <source>Leaders: short briefing, jargon explained</source>
        <translation>Führungskräfte: kurzer Bericht, Fachbegriffe erklärt</translation>
    </message>
    <message>
        <source>Practitioners: detailed analysis</source>
        <translation>Fachleute: ausführliche Analyse</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine in sich geschlossene Datei)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Application language</source>
        <translation>Sprache der Anwendung</translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation>Sprache des Kurzberichts</translation>
    </message>
    <message>
        <source>%1 (the review's)</source>
        <translation>%1 (die der Nachbetrachtung)</translation>
    </message>
    <message>
        <source>Time zone of the briefing</source>
        <translation>Zeitzone des Kurzberichts</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Aufzunehmende Abschnitte</translation>
    </message>
    <message>
        <source>Name people by their role (pseudonyms)</source>
        <translation>Personen mit ihrer Rolle benennen (Pseudonyme)</translation>
    </message>
    <message>
        <source>Participants' pseudonyms replace their names everywhere: authors, narratives, notes and quoted events.</source>
        <translation>Die Pseudonyme der Beteiligten ersetzen ihre Namen überall: Autor:innen, Erzählungen, Notizen und zitierte Ereignisse.</translation>
    </message>
    <message>
        <source>Mask secrets in quoted text</source>
        <translation>Vertrauliche Werte in zitiertem Text maskieren</translation>
    </message>
    <message>
        <source>Tokens, passwords, API keys, e-mail and IP addresses in quoted text become [redacted].</source>
        <translation>Tokens, Passwörter, API-Schlüssel, E-Mail- und IP-Adressen in zitiertem Text werden zu [geschwärzt].</translation>
    </message>
    <message>
        <source>Make web addresses clickable</source>
        <translation>Webadressen anklickbar machen</translation>
    </message>
    <message>
        <source>Off: addresses from logs and chat stay plain text, so nobody opens them by accident.</source>
        <translation>Aus: Adressen aus Logs und Chats bleiben reiner Text, damit niemand sie versehentlich öffnet.</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Ziel&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>A&amp;bschnitte:</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Vorschau des Kurzberichts</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Vorschau wird aktualisiert…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Could not export the briefing: %1</source>
        <translation>Der Kurzbericht konnte nicht exportiert werden: %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Reading time: about %1 min</source>
        <translation>Lesezeit: etwa %1 min</translation>
    </message>
    <message>
        <source>Secrets masked: %1</source>
        <translation>Maskierte vertrauliche Werte: %1</translation>
    </message>
    <message>
        <source>Sentences the language check flags: %1</source>
        <translation>Von der Sprachprüfung markierte Sätze: %1</translation>
    </message>
    <message>
        <source>Could not check the wording: %1</source>
        <translation>Die Formulierungen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>“%1”
    “%2”: %3 Suggestion: %4</source>
        <translation>„%1“
    „%2“: %3 Vorschlag: %4</translation>
    </message>
    <message numerus="yes">
        <source>The language check flags %n sentence(s) of this leaders' briefing. Readers may hear blame or hindsight in them.</source>
        <translation>
            <numerusform>Die Sprachprüfung markiert %n Satz in diesem Kurzbericht für Führungskräfte. Lesende könnten darin eine Schuldzuweisung oder ein Urteil im Nachhinein heraushören.</numerusform>
            <numerusform>Die Sprachprüfung markiert %n Sätze in diesem Kurzbericht für Führungskräfte. Lesende könnten darin Schuldzuweisungen oder Urteile im Nachhinein heraushören.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Cancel and Reword</source>
        <translation>Abbrechen und umformulieren</translation>
    </message>
    <message>
        <source>Checking the wording of the briefing before the export…</source>
        <translation>Die Wortwahl des Briefings wird vor dem Export geprüft…</translation>
    </message>
</context>
<context>
    <name>faultless::views::FacilitatorMode</name>
    <message>
        <source>Facilitator Mode — %1</source>
        <translation>Moderationsmodus — %1</translation>
    </message>
    <message>
        <source>Facilitator mode</source>
        <translation>Moderationsmodus</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>Page Down and Page Up move between questions</source>
        <translation>Bild ab und Bild auf wechseln zwischen den Fragen</translation>
    </message>
    <message>
        <source>Time since facilitator mode opened</source>
        <translation>Zeit seit dem Öffnen des Moderationsmodus</translation>
    </message>
    <message>
        <source>Page Down / Page Up: next / previous question · F11 full screen · Esc to leave</source>
        <extracomment>Keyboard hints at the bottom of facilitator mode</extracomment>
        <translation>Bild ab / Bild auf: nächste / vorherige Frage · F11 Vollbild · Esc zum Verlassen</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorherige</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorherige Frage</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>&amp;Nächste ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>An answer from the room…</source>
        <translation>Eine Antwort aus der Runde…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>&amp;Record Answer</source>
        <translation>&amp;Antwort festhalten</translation>
    </message>
    <message>
        <source>A new question…</source>
        <translation>Eine neue Frage…</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>A new contributing factor…</source>
        <translation>Ein neuer beitragender Faktor…</translation>
    </message>
    <message>
        <source>New contributing factor</source>
        <translation>Neuer beitragender Faktor</translation>
    </message>
    <message>
        <source>Add &amp;Factor</source>
        <translation>Fa&amp;ktor hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Cite Selected Event</source>
        <translation>Ausgewähltes &amp;Ereignis anführen</translation>
    </message>
    <message>
        <source>Cite the event selected on the timeline as evidence for the selected factor</source>
        <translation>Das auf der Zeitleiste ausgewählte Ereignis als Beleg für den ausgewählten Faktor anführen</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Erzählungen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Participants present</source>
        <translation>Anwesende Teilnehmende</translation>
    </message>
    <message>
        <source>Tick who is in the room: sign-off offers them as present</source>
        <translation>Haken Sie an, wer im Raum ist: Bei der Freigabe werden diese Personen als anwesend vorgeschlagen</translation>
    </message>
    <message>
        <source>Someone else in the room…</source>
        <translation>Weitere Person im Raum…</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Neue beteiligte Person</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>No question yet: add one below.</source>
        <translation>Noch keine Frage: Fügen Sie unten eine hinzu.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · explored</source>
        <extracomment>Facilitator mode: "Question &lt;n&gt; of &lt;count&gt;" and whether it is explored</extracomment>
        <translation>Frage %1 von %2 · erörtert</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source>Mark E&amp;xplored</source>
        <translation>Als erörtert &amp;markieren</translation>
    </message>
    <message>
        <source>(no evidence)</source>
        <translation>(kein Beleg)</translation>
    </message>
    <message>
        <source>No narrative yet.</source>
        <translation>Noch keine Erzählung.</translation>
    </message>
    <message>
        <source>Present (%1 of %2)</source>
        <translation>Anwesend (%1 von %2)</translation>
    </message>
    <message>
        <source>Selected: %1 %2</source>
        <translation>Ausgewählt: %1 %2</translation>
    </message>
    <message>
        <source>Click an event on the timeline to select it; highlighted events and phases are marked.</source>
        <translation>Klicken Sie auf ein Ereignis in der Zeitleiste, um es auszuwählen; hervorgehobene Ereignisse und Phasen sind markiert.</translation>
    </message>
</context>
<context>
    <name>faultless::views::FactorChecklist</name>
    <message>
        <source>Linked contributing factors</source>
        <translation>Verknüpfte beitragende Faktoren</translation>
    </message>
</context>
<context>
    <name>faultless::views::FactorsPanel</name>
    <message>
        <source>Contributing factors</source>
        <translation>Beitragende Faktoren</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a contributing factor</source>
        <translation>Beitragenden Faktor hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected factors into one: evidence and links are kept</source>
        <translation>Die ausgewählten Faktoren zu einem zusammenführen: Belege und Verknüpfungen bleiben erhalten</translation>
    </message>
    <message>
        <source>A set, not a ranking: factors are listed by category and title.</source>
        <extracomment>A note under the factor list: factors are not ranked</extracomment>
        <translation>Eine Menge, keine Rangfolge: Faktoren sind nach Kategorie und Titel sortiert.</translation>
    </message>
    <message>
        <source>Factor title</source>
        <translation>Faktortitel</translation>
    </message>
    <message>
        <source>Factor category</source>
        <translation>Faktorkategorie</translation>
    </message>
    <message>
        <source>Factor description</source>
        <translation>Faktorbeschreibung</translation>
    </message>
    <message>
        <source>How did this condition shape what happened? What made it hard to see?</source>
        <translation>Wie hat diese Bedingung das Geschehen geprägt? Was machte sie schwer erkennbar?</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Drop events here from the timeline or the event table to cite them</source>
        <translation>Ereignisse aus der Zeitleiste oder der Ereignistabelle hier ablegen, um sie als Beleg anzuführen</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <source>Cite Current Event as Evidence</source>
        <translation>Aktuelles Ereignis als Beleg anführen</translation>
    </message>
    <message>
        <source>Delete Factor</source>
        <translation>Faktor löschen</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No category chosen for a factor</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Neuer Faktor</translation>
    </message>
    <message>
        <source>Select two or more factors (Ctrl+click) to merge them</source>
        <translation>Wählen Sie zwei oder mehr Faktoren aus (Ctrl+Klick), um sie zusammenzuführen</translation>
    </message>
    <message>
        <source>Merge Factors</source>
        <translation>Faktoren zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Title of the merged factor (evidence and links of all %n factor(s) are kept):</source>
        <translation>
            <numerusform>Titel des zusammengeführten Faktors (Belege und Verknüpfungen des %n Faktors bleiben erhalten):</numerusform>
            <numerusform>Titel des zusammengeführten Faktors (Belege und Verknüpfungen aller %n Faktoren bleiben erhalten):</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the current factor (Delete key in the list)</source>
        <translation>Den aktuellen Faktor löschen (Entf-Taste in der Liste)</translation>
    </message>
    <message>
        <source>Cite c&amp;urrent event</source>
        <translation>Aktuelles Ereignis an&amp;führen</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Cite the event selected in the timeline or the table as evidence (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+Shift+A</extracomment>
        <translation>Das in der Zeitleiste oder der Tabelle ausgewählte Ereignis als Beleg anführen (%1)</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <extracomment>Under a contributing factor's title: who wrote it</extracomment>
        <translation>Hinzugefügt von %1</translation>
    </message>
</context>
<context>
    <name>faultless::views::ImportAsDialog</name>
    <message>
        <source>Import As</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Choose the format to read %1 with. The first lines of the file are shown below to help you judge.</source>
        <translation>Wählen Sie das Format, in dem %1 gelesen werden soll. Zur Orientierung werden unten die ersten Zeilen der Datei angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import Again As</source>
        <translation>Erneut importieren als</translation>
    </message>
    <message>
        <source>Read %1 again in another format. Its events are replaced by what that format reads, as one step: Undo brings back the current events, with their annotations, tags and evidence.</source>
        <translation>Lesen Sie %1 erneut in einem anderen Format. Die Ereignisse werden in einem Schritt durch das ersetzt, was dieses Format liest: Rückgängig stellt die jetzigen Ereignisse mit ihren Anmerkungen, Tags und Belegen wieder her.</translation>
    </message>
    <message>
        <source>&amp;Import Again</source>
        <translation>Erneut &amp;importieren</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Part of a format's name</source>
        <translation>Teil eines Formatnamens</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>&amp;Formate:</translation>
    </message>
    <message>
        <source>First &amp;lines of %1:</source>
        <translation>Erste &amp;Zeilen von %1:</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>recognised in its first lines</source>
        <translation>an den ersten Zeilen erkannt</translation>
    </message>
    <message>
        <source>imported as this now</source>
        <translation>derzeit in diesem Format importiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a format's name, then what is known about it for this file, e.g. "(recognised in its first lines)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Format id: %1</source>
        <translation>Format-ID: %1</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>Wählen Sie ein Format.</translation>
    </message>
    <message>
        <source>%1 was imported in this format already: choose another.</source>
        <translation>%1 wurde bereits in diesem Format importiert: Wählen Sie ein anderes.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ImportSummaryDialog</name>
    <message>
        <source>Imported; search index incomplete</source>
        <translation>Importiert; Suchindex unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>Imported; %n already present</source>
        <translation>
            <numerusform>Importiert; %n bereits vorhanden</numerusform>
            <numerusform>Importiert; %n bereits vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Nothing usable</source>
        <translation>Nichts Verwertbares</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Teach Faultless this format…</source>
        <translation>Faultless dieses Format &amp;beibringen…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Events added</source>
        <translation>Hinzugefügte Ereignisse</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Show Faultless where the time, level and message are in the selected file</source>
        <translation>Faultless zeigen, wo Zeit, Stufe und Meldung in der ausgewählten Datei stehen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 events added</source>
        <extracomment>%2 is a number of events, written with the locale's digit grouping</extracomment>
        <translation>
            <numerusform>%n Datei importiert, hinzugefügte Ereignisse: %1</numerusform>
            <numerusform>%n Dateien importiert, hinzugefügte Ereignisse: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped</source>
        <translation>
            <numerusform>%n Datensatz übersprungen</numerusform>
            <numerusform>%n Datensätze übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped record(s), all kept in the review</source>
        <translation>
            <numerusform>…und %n weiterer übersprungener Datensatz, ebenfalls in der Nachbetrachtung aufbewahrt</numerusform>
            <numerusform>…und %n weitere übersprungene Datensätze, alle in der Nachbetrachtung aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Again As…</source>
        <translation>Erneut &amp;importieren als…</translation>
    </message>
    <message>
        <source>Import &amp;As…</source>
        <translation>Importieren &amp;als…</translation>
    </message>
    <message>
        <source>Read the selected file again in another format, in place of this import</source>
        <translation>Die ausgewählte Datei anstelle dieses Imports erneut in einem anderen Format lesen</translation>
    </message>
    <message>
        <source>Choose the format to read the selected file with</source>
        <translation>Das Format wählen, in dem die ausgewählte Datei gelesen wird</translation>
    </message>
</context>
<context>
    <name>faultless::views::LanguageHighlighter</name>
    <message>
        <source>contributing factors</source>
        <translation>beitragende Faktoren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Try:&lt;/i&gt; %3</source>
        <extracomment>Tooltip of a flagged phrase: the phrase, why it is flagged, a reframing to try</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Versuchen Sie:&lt;/i&gt; %3</translation>
    </message>
    <message>
        <source>Reframe: %1</source>
        <extracomment>Context-menu action of the blameless-language assistant</extracomment>
        <translation>Umformulieren: %1</translation>
    </message>
</context>
<context>
    <name>faultless::views::LearningsPanel</name>
    <message>
        <source>What surprised us</source>
        <translation>Was uns überrascht hat</translation>
    </message>
    <message>
        <source>What did we not expect? What did the system do that nobody had seen before?</source>
        <translation>Was haben wir nicht erwartet? Was hat das System getan, das noch niemand gesehen hatte?</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>Which moves, tools or people kept it from getting worse?</source>
        <translation>Welche Schritte, Werkzeuge oder Menschen haben verhindert, dass es schlimmer wurde?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete from %1</source>
        <translation>Aus „%1“ löschen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Link to the current event or unlink it</source>
        <translation>Mit dem aktuellen Ereignis verknüpfen oder die Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Link to Current Event</source>
        <translation>Mit aktuellem Ereignis verknüpfen</translation>
    </message>
    <message>
        <source>Unlink Current Event</source>
        <translation>Verknüpfung mit aktuellem Ereignis lösen</translation>
    </message>
    <message>
        <source>Show Event %1</source>
        <translation>Ereignis %1 anzeigen</translation>
    </message>
    <message>
        <source>What Surprised Us</source>
        <translation>Was uns überrascht hat</translation>
    </message>
    <message>
        <source>What Helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>What surprised you? Describe what you saw, not who should have seen it.</source>
        <translation>Was hat Sie überrascht? Beschreiben Sie, was Sie gesehen haben, nicht, wer es hätte sehen sollen.</translation>
    </message>
    <message>
        <source>What helped? A move someone made, a tool, a safeguard that held.</source>
        <translation>Was hat geholfen? Ein Schritt, den jemand unternommen hat, ein Werkzeug, eine Schutzmaßnahme, die gehalten hat.</translation>
    </message>
    <message>
        <source>What &amp;surprised us</source>
        <translation>Was uns &amp;überrascht hat</translation>
    </message>
    <message>
        <source>What &amp;helped</source>
        <translation>Was &amp;geholfen hat</translation>
    </message>
</context>
<context>
    <name>faultless::views::LiveEditing</name>
    <message>
        <source>saved by someone else meanwhile</source>
        <translation>inzwischen von jemand anderem gespeichert</translation>
    </message>
</context>
<context>
    <name>faultless::views::MainWindow</name>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>&amp;Kurzbericht exportieren…</translation>
    </message>
    <message>
        <source>Write a briefing of this review as PDF, HTML or Markdown</source>
        <translation>Einen Kurzbericht dieser Nachbetrachtung als PDF, HTML oder Markdown schreiben</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Faultless</source>
        <translation>Faultless</translation>
    </message>
    <message>
        <source>Importing file %1 of %2…</source>
        <translation>Datei %1 von %2 wird importiert…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>&amp;Neue Nachbetrachtung…</translation>
    </message>
    <message>
        <source>&amp;Open Review…</source>
        <translation>Nachbetrachtung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>Ereignisse &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>Nachbetrachtung &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 is what the last edit did, e.g. "Annotate Event"</extracomment>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>%1 is what the undone edit did, e.g. "Annotate Event"</extracomment>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Highlight Event</source>
        <translation>Ereignis &amp;hervorheben</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Nachbetrachtung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Faultless</source>
        <translation>&amp;Über Faultless</translation>
    </message>
    <message>
        <source>%1 — Faultless</source>
        <translation>%1 — Faultless</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open review</source>
        <translation>Nachbetrachtung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot create review</source>
        <translation>Nachbetrachtung kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Nachbetrachtung öffnen</translation>
    </message>
    <message>
        <source>Faultless reviews (*.faultless);;All files (*)</source>
        <translation>Faultless-Nachbetrachtungen (*.faultless);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>About Faultless</source>
        <translation>Über Faultless</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Faultless %1&lt;/h3&gt;&lt;p&gt;Blameless incident learning reviews: one timeline from what systems and people left behind, contributing factors with evidence, and several narratives from different vantage points.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Faultless %1&lt;/h3&gt;&lt;p&gt;Nachbetrachtungen von Vorfällen ohne Schuldzuweisung: eine Zeitleiste aus dem, was Systeme und Menschen hinterlassen haben, beitragende Faktoren mit Belegen und mehrere Erzählungen aus verschiedenen Blickwinkeln.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The review stays as it was before the import.</source>
        <translation>Ein Import läuft. Abbrechen und beenden? Die Nachbetrachtung bleibt, wie sie vor dem Import war.</translation>
    </message>
    <message>
        <source>No review open</source>
        <translation>Keine Nachbetrachtung geöffnet</translation>
    </message>
    <message>
        <source>Open or create a review first, then drop files to import them.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Nachbetrachtung und legen Sie dann Dateien ab, um sie zu importieren.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Faultless</source>
        <translation>%1 (schreibgeschützt) — Faultless</translation>
    </message>
    <message>
        <source>Every event of the review in time order; Ctrl+B highlights the current one</source>
        <translation>Alle Ereignisse der Nachbetrachtung in zeitlicher Reihenfolge; Strg+B hebt das aktuelle hervor</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>%1: events shown; indexing their text for search…</source>
        <translation>%1: Ereignisse werden angezeigt; ihr Text wird für die Suche indiziert …</translation>
    </message>
    <message>
        <source>Open from &amp;Team Server…</source>
        <translation>Vom &amp;Teamserver öffnen…</translation>
    </message>
    <message>
        <source>&amp;Publish to Team Server…</source>
        <translation>Auf dem Teamserver &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Save a &amp;Local Copy…</source>
        <translation>&amp;Lokale Kopie speichern…</translation>
    </message>
    <message>
        <source>Pull the team-server review shown here into a file of your choice</source>
        <translation>Die hier angezeigte Nachbetrachtung vom Teamserver abrufen und in einer Datei Ihrer Wahl speichern</translation>
    </message>
    <message>
        <source>&amp;Teach Faultless this format…</source>
        <translation>Faultless dieses Format &amp;beibringen…</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>Alle unterstützten Dateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported again in a team review yet: the team server would keep the old reading. Remove the source, then import the file with "faultless-cli import --format" instead.</source>
        <translation>%1 kann in einer Team-Nachbetrachtung noch nicht erneut importiert werden: Der Team-Server würde die Ereignisse im alten Format behalten. Entfernen Sie stattdessen die Quelle und importieren Sie die Datei dann mit "faultless-cli import --format".</translation>
    </message>
    <message>
        <source>Cannot Import Again</source>
        <translation>Erneutes Importieren nicht möglich</translation>
    </message>
    <message>
        <source>Import &amp;As…</source>
        <translation>Importieren &amp;als…</translation>
    </message>
    <message>
        <source>Choose the format to read the file with</source>
        <translation>Das Format wählen, in dem die Datei gelesen wird</translation>
    </message>
</context>
<context>
    <name>faultless::views::ManualEventDialog</name>
    <message>
        <source>Ends at</source>
        <translation>Endet um</translation>
    </message>
    <message>
        <source>Add Event by Hand</source>
        <translation>Ereignis manuell hinzufügen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>service, host, channel…</source>
        <translation>Dienst, Host, Kanal…</translation>
    </message>
    <message>
        <source>who did it, where known</source>
        <translation>wer es getan hat, soweit bekannt</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>What happened, as the people there saw it, e.g. "phone call between on-call and vendor"</source>
        <translation>Was geschah, so wie die Beteiligten es gesehen haben, z. B. „Telefonat zwischen Rufbereitschaft und Anbieter“</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>&amp;Time (%1):</source>
        <translation>&amp;Zeit (%1):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>S&amp;pur:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>Ak&amp;teur:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was geschah:</translation>
    </message>
    <message>
        <source>Edit Event Added by Hand</source>
        <translation>Manuell hinzugefügtes Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Say what happened: the event needs a text.</source>
        <translation>Sagen Sie, was geschah: Das Ereignis benötigt einen Text.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
</context>
<context>
    <name>faultless::views::NarrativeCompareView</name>
    <message>
        <source>Narratives to compare</source>
        <translation>Zu vergleichende Erzählungen</translation>
    </message>
    <message>
        <source>Narratives side by side</source>
        <translation>Erzählungen nebeneinander</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tick two or more narratives above to compare them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Haken Sie oben zwei oder mehr Erzählungen an, um sie zu vergleichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mentioned by every narrative</source>
        <translation>Von jeder Erzählung erwähnt</translation>
    </message>
    <message>
        <source>No event is cited by all of them.</source>
        <translation>Kein Ereignis wird von allen angeführt.</translation>
    </message>
    <message>
        <source>Factors every narrative relies on:</source>
        <translation>Faktoren, auf die sich jede Erzählung stützt:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Only this narrative mentions:</source>
        <translation>Nur diese Erzählung erwähnt:</translation>
    </message>
    <message>
        <source>nothing the others leave out</source>
        <translation>nichts, was die anderen auslassen</translation>
    </message>
    <message>
        <source>Leaves out (mentioned by another):</source>
        <translation>Lässt aus (von einer anderen erwähnt):</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Relies on factors:</source>
        <translation>Stützt sich auf Faktoren:</translation>
    </message>
    <message>
        <source>none (no cited event is evidence of a factor)</source>
        <translation>keine (kein angeführtes Ereignis ist Beleg für einen Faktor)</translation>
    </message>
    <message>
        <source>Only this narrative relies on:</source>
        <translation>Nur diese Erzählung stützt sich auf:</translation>
    </message>
    <message>
        <source>Factors no compared narrative relies on yet</source>
        <translation>Faktoren, auf die sich noch keine verglichene Erzählung stützt</translation>
    </message>
    <message>
        <source>%1, step %2 (%3): %4</source>
        <extracomment>Narrative comparison: "&lt;narrative&gt;, step &lt;n&gt; (&lt;Uncertain|Disputed&gt;): &lt;text&gt;"</extracomment>
        <translation>%1, Schritt %2 (%3): %4</translation>
    </message>
    <message>
        <source>the event is disputed</source>
        <translation>das Ereignis ist umstritten</translation>
    </message>
    <message>
        <source>the event is uncertain</source>
        <translation>das Ereignis ist unsicher</translation>
    </message>
    <message>
        <source>an annotation is disputed</source>
        <translation>eine Anmerkung ist umstritten</translation>
    </message>
    <message>
        <source>an annotation is uncertain</source>
        <translation>eine Anmerkung ist unsicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Narrative comparison: "&lt;event text&gt; (&lt;the event is disputed, an annotation is uncertain&gt;)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uncertain or disputed</source>
        <translation>Unsicher oder umstritten</translation>
    </message>
    <message>
        <source>Compare Narratives — %1</source>
        <translation>Erzählungen vergleichen — %1</translation>
    </message>
    <message>
        <source>Compare:</source>
        <extracomment>Label before the list of narratives to tick in the comparison workspace</extracomment>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>&amp;Divergences</source>
        <translation>&amp;Abweichungen</translation>
    </message>
    <message>
        <source>Divergences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>One line per cited event, in time order. Tinted: events not every narrative mentions. Dashed: a step that cites no event, placed by its order in its narrative. A bar at the left: uncertain (one bar) or disputed (two bars). Narratives are compared, never ranked.</source>
        <extracomment>Legend of the narrative comparison</extracomment>
        <translation>Eine Zeile pro angeführtem Ereignis, in zeitlicher Reihenfolge. Getönt: Ereignisse, die nicht jede Erzählung erwähnt. Gestrichelt: ein Schritt, der kein Ereignis anführt, eingeordnet nach seiner Position in seiner Erzählung. Ein Balken links: unsicher (ein Balken) oder umstritten (zwei Balken). Erzählungen werden verglichen, nie in eine Rangfolge gebracht.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Only "%1" cites: %2</source>
        <extracomment>Divergence list: an event one narrative cites and the others leave out</extracomment>
        <translation>Nur „%1“ führt an: %2</translation>
    </message>
    <message>
        <source>"%1", step %2 cites no event: %3</source>
        <extracomment>Divergence list: "&lt;narrative&gt;", step &lt;n&gt; cites no event: &lt;text&gt;</extracomment>
        <translation>„%1“, Schritt %2 führt kein Ereignis an: %3</translation>
    </message>
    <message>
        <source>"%1" tells "%2" before "%3"; "%4" the other way round</source>
        <extracomment>Divergence list: two narratives tell two shared events in opposite orders</extracomment>
        <translation>„%1“ erzählt „%2“ vor „%3“; „%4“ umgekehrt</translation>
    </message>
    <message>
        <source>Tick two or more narratives to see where they diverge.</source>
        <translation>Haken Sie zwei oder mehr Erzählungen an, um zu sehen, wo sie voneinander abweichen.</translation>
    </message>
    <message>
        <source>The narratives cite the same events in the same order, and every step cites one.</source>
        <translation>Die Erzählungen führen dieselben Ereignisse in derselben Reihenfolge an, und jeder Schritt führt eines an.</translation>
    </message>
    <message>
        <source>&amp;Divergences (%1)</source>
        <translation>&amp;Abweichungen (%1)</translation>
    </message>
    <message>
        <source>step %1 (no evidence): %2</source>
        <extracomment>Summary of the comparison: a step without evidence, "step &lt;n&gt; (no evidence): &lt;text&gt;"</extracomment>
        <translation>Schritt %1 (kein Beleg): %2</translation>
    </message>
</context>
<context>
    <name>faultless::views::NarrativesPanel</name>
    <message>
        <source>Narratives</source>
        <translation>Erzählungen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Show the narratives side by side (Ctrl+Shift+C)</source>
        <translation>Die Erzählungen nebeneinander zeigen (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Narrative title</source>
        <translation>Titel der Erzählung</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Blickwinkel</translation>
    </message>
    <message>
        <source>Who tells this story, and from where in the organisation</source>
        <translation>Wer erzählt diese Geschichte, und von welcher Stelle in der Organisation aus</translation>
    </message>
    <message>
        <source>Narrative author</source>
        <translation>Autor:in der Erzählung</translation>
    </message>
    <message>
        <source>Narrative steps</source>
        <translation>Erzählschritte</translation>
    </message>
    <message>
        <source>Drop events here from the timeline or the event table; drag steps or press Alt+Up / Alt+Down to reorder</source>
        <translation>Ereignisse aus der Zeitleiste oder der Ereignistabelle hier ablegen; Schritte ziehen oder Alt+Up / Alt+Down drücken, um sie umzuordnen</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Schritttext</translation>
    </message>
    <message>
        <source>What happened, what did people see and know at this point?</source>
        <translation>Was geschah, was sahen und wussten die Beteiligten an diesem Punkt?</translation>
    </message>
    <message>
        <source>Add a step citing the event selected in the timeline or the table</source>
        <translation>Einen Schritt hinzufügen, der das in der Zeitleiste oder der Tabelle ausgewählte Ereignis anführt</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Schritt nach oben verschieben (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Schritt nach unten verschieben (Alt+Down)</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Schritt löschen</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:in:</translation>
    </message>
    <message>
        <source>New narrative</source>
        <translation>Neue Erzählung</translation>
    </message>
    <message>
        <source>Ne&amp;w narrative</source>
        <translation>Neue Er&amp;zählung</translation>
    </message>
    <message>
        <source>Delete the current narrative</source>
        <translation>Die aktuelle Erzählung löschen</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Vanta&amp;ge point:</source>
        <translation>Blick&amp;winkel:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>A&amp;dd step</source>
        <translation>Schritt hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Add c&amp;urrent event</source>
        <translation>Aktuelles &amp;Ereignis hinzufügen</translation>
    </message>
</context>
<context>
    <name>faultless::views::NewReviewDialog</name>
    <message>
        <source>New Review</source>
        <translation>Neue Nachbetrachtung</translation>
    </message>
    <message>
        <source>e.g. Checkout latency, 14 March</source>
        <translation>z. B. Checkout-Latenz, 14. März</translation>
    </message>
    <message>
        <source>review</source>
        <translation>nachbetrachtung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Faultless reviews (*.faultless)</source>
        <translation>Faultless-Nachbetrachtungen (*.faultless)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose where the review file is saved</source>
        <translation>Wählen, wo die Datei der Nachbetrachtung gespeichert wird</translation>
    </message>
</context>
<context>
    <name>faultless::views::OpportunitiesPanel</name>
    <message>
        <source>Opportunities</source>
        <translation>Verbesserungsmöglichkeiten</translation>
    </message>
    <message>
        <source>Opportunity status</source>
        <translation>Status der Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Opportunity description</source>
        <translation>Beschreibung der Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>What might the team try, and what would it change?</source>
        <translation>Was könnte das Team ausprobieren, und was würde es ändern?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Geht ein auf:</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verbesserungsmöglichkeit</translation>
    </message>
    <message>
        <source>Delete the current opportunity</source>
        <translation>Die aktuelle Verbesserungsmöglichkeit löschen</translation>
    </message>
</context>
<context>
    <name>faultless::views::OverviewStrip</name>
    <message>
        <source>Timeline overview</source>
        <translation>Übersicht der Zeitleiste</translation>
    </message>
    <message>
        <source>The whole review. Click or drag to move the timeline; use the wheel to zoom.</source>
        <translation>Die gesamte Nachbetrachtung. Klicken oder ziehen Sie, um die Zeitleiste zu verschieben; zoomen Sie mit dem Mausrad.</translation>
    </message>
    <message>
        <source>Event density over the whole review with the timeline's visible window marked. Left and Right arrows move the window a little, Page Up and Page Down by its width, Home and End to the start and end of the review; plus and minus zoom.</source>
        <translation>Ereignisdichte über die ganze Nachbetrachtung, der sichtbare Ausschnitt der Zeitleiste ist markiert. Pfeil links und rechts verschieben den Ausschnitt ein Stück, Bild auf und Bild ab um seine Breite, Pos1 und Ende an Anfang und Ende der Nachbetrachtung; Plus und Minus zoomen.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ParticipantsPanel</name>
    <message>
        <source>New participant</source>
        <translation>Neue beteiligte Person</translation>
    </message>
    <message>
        <source>%1 (participant)</source>
        <translation>%1 (beteiligte Person)</translation>
    </message>
    <message>
        <source>%1 (check: joined by e-mail name)</source>
        <translation>%1 (bitte prüfen: über den E-Mail-Namen zugeordnet)</translation>
    </message>
    <message>
        <source>Suggested from the sources</source>
        <translation>Aus den Quellen vorgeschlagen</translation>
    </message>
    <message>
        <source>Named by the flag systems, chat and alerts. Confirm a person, or merge them into the participant they are; briefings then use the name or pseudonym.</source>
        <translation>Genannt von Feature-Flag-Systemen, Chats und Alarmen. Bestätigen Sie eine Person oder führen Sie sie mit der beteiligten Person zusammen, die sie ist; Kurzberichte verwenden dann den Namen oder das Pseudonym.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Auch geschrieben</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Gesehen in</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Suggested participants</source>
        <translation>Vorgeschlagene Beteiligte</translation>
    </message>
    <message>
        <source>Conf&amp;irm as Participant</source>
        <translation>Als beteiligte Person &amp;bestätigen</translation>
    </message>
    <message>
        <source>Add the selected person as a participant, with the other spellings the sources use</source>
        <translation>Die ausgewählte Person als beteiligte Person hinzufügen, mit den anderen Schreibweisen, die die Quellen verwenden</translation>
    </message>
    <message>
        <source>Same person as:</source>
        <translation>Dieselbe Person wie:</translation>
    </message>
    <message>
        <source>Participant to merge into</source>
        <translation>Beteiligte Person, mit der zusammengeführt wird</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>The selected person is the chosen participant: keep their spellings with that participant</source>
        <translation>Die ausgewählte Person ist die gewählte beteiligte Person: ihre Schreibweisen bei dieser beteiligten Person aufbewahren</translation>
    </message>
</context>
<context>
    <name>faultless::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Shown with your annotations, factors and narratives</source>
        <translation>Wird bei Ihren Anmerkungen, Faktoren und Erzählungen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>The interface changes language at once; Undo and Redo in the Edit menu follow after Faultless restarts.</source>
        <translation>Die Oberfläche wechselt die Sprache sofort; Rückgängig und Wiederholen im Menü Bearbeiten folgen nach einem Neustart von Faultless.</translation>
    </message>
</context>
<context>
    <name>faultless::views::QuestionsPanel</name>
    <message>
        <source>Open questions</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Ask how, not why: e.g. "How did the on-call engineer decide what to look at first?"</source>
        <translation>Fragen Sie „wie“, nicht „warum“: z. B. „Wie hat die Person in Rufbereitschaft entschieden, was sie sich zuerst ansieht?“</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>Add an answer (press Enter); several answers can stand side by side</source>
        <translation>Antwort hinzufügen (Enter drücken); mehrere Antworten können nebeneinander stehen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Mark explored</source>
        <translation>Als erörtert markieren</translation>
    </message>
    <message>
        <source>Delete the current question</source>
        <translation>Die aktuelle Frage löschen</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>Ant&amp;worten:</translation>
    </message>
    <message>
        <source>&amp;Bears on these factors:</source>
        <translation>Betrifft diese Fa&amp;ktoren:</translation>
    </message>
</context>
<context>
    <name>faultless::views::SearchBar</name>
    <message>
        <source>Search events: words, "exact phrase", AND, OR, NOT, prefix*</source>
        <translation>Ereignisse suchen: Wörter, "genaue Wortfolge", AND, OR, NOT, präfix*</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Ereignisse suchen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Suchfilter</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Commented Only</source>
        <translation>Nur mit Anmerkungen</translation>
    </message>
    <message>
        <source>Highlighted Only</source>
        <translation>Nur hervorgehobene</translation>
    </message>
    <message>
        <source>Visible Time Range Only</source>
        <translation>Nur sichtbarer Zeitraum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <extracomment>Severity filter: events of this severity or more urgent</extracomment>
        <translation>%1 oder schlimmer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Full-text search over the events' text: words, "exact phrase", AND, OR, NOT and prefix*. The timeline and the table show the matches.</source>
        <translation>Volltextsuche im Text der Ereignisse: Wörter, "genaue Wortfolge", AND, OR, NOT und Präfix*. Zeitleiste und Tabelle zeigen die Treffer.</translation>
    </message>
    <message>
        <source>%1+ matches, counting…</source>
        <translation>%1+ Treffer, weitere werden gezählt…</translation>
    </message>
</context>
<context>
    <name>faultless::views::ServerBanner</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Pull the server's review again and open the new copy</source>
        <translation>Die Nachbetrachtung erneut vom Server abrufen und die neue Kopie öffnen</translation>
    </message>
    <message>
        <source>Connection to the team server lost — reconnecting…</source>
        <translation>Verbindung zum Teamserver verloren — Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Changed on the server by others since your copy of %1 was taken at %2.</source>
        <translation>Auf dem Server von anderen geändert, seit Ihre Kopie von %1 am %2 erstellt wurde.</translation>
    </message>
    <message>
        <source>This is a copy of the server review %1 taken at %2. Changes you make stay in this copy.</source>
        <extracomment>%1 is a review's name on the server, %2 a date and time</extracomment>
        <translation>Dies ist eine Kopie der Server-Nachbetrachtung %1, erstellt am %2. Ihre Änderungen bleiben in dieser Kopie.</translation>
    </message>
    <message>
        <source>Here now: %1.</source>
        <extracomment>Who has the server review open; %1 is a list of names</extracomment>
        <translation>Jetzt hier: %1.</translation>
    </message>
    <message>
        <source>New events were imported into %1 on the server: reload to see them.</source>
        <translation>Auf dem Server wurden neue Ereignisse in %1 importiert: Laden Sie neu, um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 not saved on the team server yet (%2). Trying again…</source>
        <extracomment>%2 is why the changes could not be saved, as the server said it</extracomment>
        <translation>
            <numerusform>%n Änderung an %1 noch nicht auf dem Teamserver gespeichert (%2). Neuer Versuch…</numerusform>
            <numerusform>%n Änderungen an %1 noch nicht auf dem Teamserver gespeichert (%2). Neuer Versuch…</numerusform>
        </translation>
    </message>
    <message>
        <source>Working live on the server review %1: your changes are saved there as you make them, and others' appear here.</source>
        <translation>Sie arbeiten live an der Server-Nachbetrachtung %1: Ihre Änderungen werden dort gespeichert, sobald Sie sie vornehmen, und die Änderungen anderer erscheinen hier.</translation>
    </message>
    <message>
        <source>Reading the server review %1: others' changes appear here. You may read this review, not change it; changes you make stay in this copy.</source>
        <translation>Sie lesen die Server-Nachbetrachtung %1: Änderungen anderer erscheinen hier. Sie dürfen diese Nachbetrachtung lesen, aber nicht ändern; Ihre Änderungen bleiben in dieser Kopie.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ServerCache</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ServerDialog</name>
    <message>
        <source>Open from Team Server</source>
        <translation>Vom Teamserver öffnen</translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Auf dem Teamserver veröffentlichen</translation>
    </message>
    <message>
        <source>e.g. reviews.example.org</source>
        <translation>z. B. reviews.example.org</translation>
    </message>
    <message>
        <source>&amp;List Reviews</source>
        <translation>Nachbetrachtungen auf&amp;listen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Por&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Nachbetrachtung:</translation>
    </message>
    <message>
        <source>New &amp;review name:</source>
        <translation>&amp;Name der neuen Nachbetrachtung:</translation>
    </message>
    <message>
        <source>No password is asked for here: like psql, the connection takes it from ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>Hier wird kein Passwort abgefragt: wie psql entnimmt die Verbindung es aus ~/.pgpass oder der Umgebungsvariable PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Enter the host name of the team server.</source>
        <translation>Geben Sie den Hostnamen des Teamservers ein.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Der Port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>Enter the name of the database that holds the reviews.</source>
        <translation>Geben Sie den Namen der Datenbank ein, die die Nachbetrachtungen enthält.</translation>
    </message>
    <message>
        <source>Choose the review to open, or list the server's reviews.</source>
        <translation>Wählen Sie die zu öffnende Nachbetrachtung, oder listen Sie die Nachbetrachtungen des Servers auf.</translation>
    </message>
    <message>
        <source>Enter a name for the new review.</source>
        <translation>Geben Sie einen Namen für die neue Nachbetrachtung ein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid review name: use up to %2 letters, digits, '.', '-' or '_', starting with a letter or digit.</source>
        <translation>„%1“ ist kein gültiger Name für eine Nachbetrachtung: verwenden Sie bis zu %2 Buchstaben, Ziffern, '.', '-' oder '_', beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>%1 already has a review named "%2": choose another name.</source>
        <translation>%1 hat bereits eine Nachbetrachtung namens „%2“: wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <extracomment>%1 is a database, %2 a host name and %3 a port, e.g. "reviews on db.example.org:5432"</extracomment>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Wird aufgelistet…</translation>
    </message>
    <message>
        <source>Could not list the reviews of %1: %2</source>
        <translation>Die Nachbetrachtungen von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1 has no reviews yet.</source>
        <translation>%1 enthält noch keine Nachbetrachtungen.</translation>
    </message>
</context>
<context>
    <name>faultless::views::SourcesPanel</name>
    <message>
        <source>Shift &amp;Clock…</source>
        <translation>&amp;Uhr verschieben…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Abgelehnte Datensätze</translation>
    </message>
    <message>
        <source>Choose a source to see where it came from and the records it rejected.</source>
        <translation>Wählen Sie eine Quelle aus, um zu sehen, woher sie stammt und welche Datensätze abgelehnt wurden.</translation>
    </message>
    <message>
        <source>Move every event of the source by a fixed offset, when its clock was wrong or its zone mislabelled</source>
        <translation>Alle Ereignisse der Quelle um einen festen Betrag verschieben, wenn ihre Uhr falsch ging oder ihre Zone falsch angegeben war</translation>
    </message>
    <message>
        <source>Remove the source and its events from the review (undoable)</source>
        <translation>Die Quelle und ihre Ereignisse aus der Nachbetrachtung entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Zone for timestamps without one: %1</source>
        <translation>Zone für Zeitstempel ohne Zone: %1</translation>
    </message>
    <message>
        <source>Clock shifted by %1: %2</source>
        <translation>Uhr um %1 verschoben: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected; the first:</source>
        <translation>
            <numerusform>%n Datensatz abgelehnt; der erste:</numerusform>
            <numerusform>%n Datensätze abgelehnt; der erste:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Shifted the clock of %1</source>
        <translation>Uhr von %1 verschoben</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n event(s) from the review? You can undo this.</source>
        <translation>
            <numerusform>%1 samt %n Ereignis aus der Nachbetrachtung entfernen? Sie können dies rückgängig machen.</numerusform>
            <numerusform>%1 samt %n Ereignissen aus der Nachbetrachtung entfernen? Sie können dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Again As…</source>
        <translation>Erneut &amp;importieren als…</translation>
    </message>
    <message>
        <source>Read the source's file again in another format, in place of its events (undoable)</source>
        <translation>Die Datei der Quelle erneut in einem anderen Format lesen und ihre Ereignisse ersetzen (rückgängig machbar)</translation>
    </message>
</context>
<context>
    <name>faultless::views::SpanLegend</name>
    <message>
        <source>experiment run, alert firing</source>
        <translation>Experimentlauf, aktiver Alarm</translation>
    </message>
    <message>
        <source>flag on</source>
        <translation>Flag an</translation>
    </message>
    <message>
        <source>partial rollout</source>
        <translation>teilweiser Rollout</translation>
    </message>
    <message>
        <source>flag state not recorded</source>
        <translation>Flag-Zustand nicht erfasst</translation>
    </message>
    <message>
        <source>flag change; no line: off</source>
        <translation>Flag-Änderung; keine Linie: aus</translation>
    </message>
    <message>
        <source>What the lines and bars over the lanes mean:</source>
        <translation>Bedeutung der Linien und Balken über den Spuren:</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Legende der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>faultless::views::SummaryPanel</name>
    <message>
        <source>The briefing opens with this summary and the impact window.</source>
        <translation>Der Kurzbericht beginnt mit dieser Zusammenfassung und dem Zeitraum der Auswirkungen.</translation>
    </message>
    <message>
        <source>&amp;Summary of the impact</source>
        <translation>&amp;Zusammenfassung der Auswirkungen</translation>
    </message>
    <message>
        <source>In a few sentences, what customers and the business lived through. For example: for 40 minutes, one checkout in three took longer than 3 seconds; no orders were lost.</source>
        <translation>In wenigen Sätzen: was Kunden und das Unternehmen erlebt haben. Zum Beispiel: 40 Minuten lang dauerte jeder dritte Bezahlvorgang länger als 3 Sekunden; es gingen keine Bestellungen verloren.</translation>
    </message>
    <message>
        <source>Summary of the impact</source>
        <translation>Zusammenfassung der Auswirkungen</translation>
    </message>
    <message>
        <source>Impact &amp;from</source>
        <translation>Auswirkungen &amp;ab</translation>
    </message>
    <message>
        <source>Impact &amp;to</source>
        <translation>Auswirkungen &amp;bis</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>When customers were affected, in the review's time zone; the earliest date means not set</source>
        <translation>Wann Kunden betroffen waren, in der Zeitzone der Nachbetrachtung; das früheste Datum bedeutet „nicht festgelegt“</translation>
    </message>
    <message>
        <source>Impact from</source>
        <translation>Auswirkungen ab</translation>
    </message>
    <message>
        <source>Impact to</source>
        <translation>Auswirkungen bis</translation>
    </message>
    <message>
        <source>Clear Impact Window</source>
        <translation>Zeitraum der Auswirkungen zurücksetzen</translation>
    </message>
    <message>
        <source>The impact cannot end before it starts: change one of the times to save them.</source>
        <translation>Die Auswirkungen können nicht enden, bevor sie beginnen: Ändern Sie eine der Zeiten, um sie zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Customers were affected for %n minute(s). Times in %1.</source>
        <translation>
            <numerusform>Kunden waren %n Minute lang betroffen. Zeiten in %1.</numerusform>
            <numerusform>Kunden waren %n Minuten lang betroffen. Zeiten in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in %1. Until both are set, the briefing shows the first to the last highlighted event and says so.</source>
        <translation>Zeiten in %1. Solange nicht beide festgelegt sind, zeigt der Kurzbericht den Zeitraum vom ersten bis zum letzten hervorgehobenen Ereignis und weist darauf hin.</translation>
    </message>
</context>
<context>
    <name>faultless::views::TeachFormatDialog</name>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Teach Faultless a format: %1</source>
        <translation>Faultless ein Format beibringen: %1</translation>
    </message>
    <message>
        <source>Faultless does not know how to read %1. Select the timestamp on one of its lines and press "This is the timestamp"; mark the level, lane and message too if the lines have them. The preview shows how the first %2 lines read; Save keeps the format as an lnav format file, for the app and for faultless-cli.</source>
        <translation>Faultless kann %1 nicht lesen. Markieren Sie den Zeitstempel in einer der Zeilen und klicken Sie auf „Das ist der Zeitstempel“; markieren Sie auch Stufe, Spur und Nachricht, falls die Zeilen sie enthalten. Die Vorschau zeigt, wie die ersten %2 Zeilen gelesen werden; beim Speichern wird das Format als lnav-Formatdatei abgelegt, für die Anwendung und für faultless-cli.</translation>
    </message>
    <message>
        <source>&amp;First lines of the file:</source>
        <translation>&amp;Erste Zeilen der Datei:</translation>
    </message>
    <message>
        <source>This is the &amp;timestamp</source>
        <translation>Das ist der &amp;Zeitstempel</translation>
    </message>
    <message>
        <source>This is the &amp;level</source>
        <translation>Das ist die S&amp;tufe</translation>
    </message>
    <message>
        <source>This is the la&amp;ne</source>
        <translation>Das ist die S&amp;pur</translation>
    </message>
    <message>
        <source>This is the &amp;message</source>
        <translation>Das ist die &amp;Nachricht</translation>
    </message>
    <message>
        <source>C&amp;lear marks</source>
        <translation>Markierungen &amp;löschen</translation>
    </message>
    <message>
        <source>Format n&amp;ame:</source>
        <translation>Formatn&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>P&amp;review:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Nachricht oder Grund</translation>
    </message>
    <message>
        <source>&amp;Save and import</source>
        <translation>&amp;Speichern und importieren</translation>
    </message>
    <message>
        <source>Select text within one line first, then press the button again.</source>
        <translation>Markieren Sie zuerst Text innerhalb einer Zeile und klicken Sie dann erneut auf die Schaltfläche.</translation>
    </message>
    <message>
        <source>The file holds no lines to learn from.</source>
        <translation>Die Datei enthält keine Zeilen, aus denen sich lernen lässt.</translation>
    </message>
    <message>
        <source>%1   (time layout %2)</source>
        <translation>%1   (Zeitlayout %2)</translation>
    </message>
    <message>
        <source>Select the timestamp on a line and press "This is the timestamp".</source>
        <translation>Markieren Sie den Zeitstempel in einer Zeile und klicken Sie auf „Das ist der Zeitstempel“.</translation>
    </message>
    <message>
        <source>Faultless does not know the layout of the marked timestamp.</source>
        <translation>Faultless kennt das Layout des markierten Zeitstempels nicht.</translation>
    </message>
    <message>
        <source>%1 of %2 lines start a record, %3 continue one, %4 are rejected.</source>
        <translation>%1 von %2 Zeilen beginnen einen Datensatz, %3 setzen einen fort, %4 werden abgelehnt.</translation>
    </message>
    <message>
        <source>%1: "%2"</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Nothing marked yet.</source>
        <translation>Noch nichts markiert.</translation>
    </message>
    <message>
        <source>Marked on line %1: %2</source>
        <translation>Markiert in Zeile %1: %2</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>continues line %1</source>
        <translation>setzt Zeile %1 fort</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Replace format?</source>
        <translation>Format ersetzen?</translation>
    </message>
    <message>
        <source>A format named %1 exists already. Replace it with this one?</source>
        <translation>Es gibt bereits ein Format namens %1. Durch dieses ersetzen?</translation>
    </message>
</context>
<context>
    <name>faultless::views::TeamServerSession</name>
    <message>
        <source>Save a Local Copy</source>
        <translation>Lokale Kopie speichern</translation>
    </message>
    <message>
        <source>Faultless reviews (*.faultless)</source>
        <translation>Faultless-Nachbetrachtungen (*.faultless)</translation>
    </message>
    <message>
        <source>Cannot open server review</source>
        <translation>Server-Nachbetrachtung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Pulling %1 from the team server…</source>
        <translation>%1 wird vom Teamserver abgerufen…</translation>
    </message>
    <message>
        <source>Could not pull %1: %2</source>
        <translation>%1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Wird auf %1 veröffentlicht…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Published "%1" as %2.</source>
        <translation>„%1“ wurde als %2 veröffentlicht.</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>Could not publish to %1: %2</source>
        <translation>Auf %1 konnte nicht veröffentlicht werden: %2</translation>
    </message>
    <message>
        <source>Cannot save a local copy</source>
        <translation>Lokale Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 is the review open in this window.</source>
        <translation>%1 ist die in diesem Fenster geöffnete Nachbetrachtung.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2</source>
        <translation>Kopie von %1 als %2 gespeichert</translation>
    </message>
    <message>
        <source>Could not pull %1 into %2: %3</source>
        <translation>%1 konnte nicht abgerufen und in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reload from the team server</source>
        <translation>Vom Teamserver neu laden</translation>
    </message>
    <message>
        <source>Reloading replaces this copy, with the changes you made to it, by the server's review as it is now. Reload?</source>
        <translation>Neu laden ersetzt diese Kopie samt Ihren Änderungen daran durch die Nachbetrachtung, wie sie jetzt auf dem Server ist. Neu laden?</translation>
    </message>
    <message>
        <source>Import not sent to the team server</source>
        <translation>Import nicht an den Teamserver gesendet</translation>
    </message>
    <message>
        <source>%1 was imported into your copy of %2 only: the team server did not take it (%3).</source>
        <translation>%1 wurde nur in Ihre Kopie von %2 importiert: Der Teamserver hat den Import nicht übernommen (%3).</translation>
    </message>
    <message>
        <source>Changes not saved on the team server</source>
        <translation>Änderungen nicht auf dem Teamserver gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 could not be saved on the team server. This copy of the review, with them, is kept as %2.</source>
        <translation>
            <numerusform>%n Änderung an %1 konnte nicht auf dem Teamserver gespeichert werden. Diese Kopie der Nachbetrachtung wird samt dieser Änderung als %2 aufbewahrt.</numerusform>
            <numerusform>%n Änderungen an %1 konnten nicht auf dem Teamserver gespeichert werden. Diese Kopie der Nachbetrachtung wird samt diesen Änderungen als %2 aufbewahrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 could not be saved on the team server, and keeping them in %2 failed: %3</source>
        <translation>
            <numerusform>%n Änderung an %1 konnte nicht auf dem Teamserver gespeichert werden, und sie in %2 aufzubewahren ist fehlgeschlagen: %3</numerusform>
            <numerusform>%n Änderungen an %1 konnten nicht auf dem Teamserver gespeichert werden, und sie in %2 aufzubewahren ist fehlgeschlagen: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultless::views::TimelinePanel</name>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Spuren:</translation>
    </message>
    <message>
        <source>Group lanes by</source>
        <translation>Spuren gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Colour events by</source>
        <translation>Ereignisse einfärben nach</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to fit (0)</source>
        <translation>Einpassen (0)</translation>
    </message>
    <message>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
</context>
<context>
    <name>faultless::views::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Events over time in lanes. Arrow keys move between events, plus and minus zoom, 0 zooms to fit.</source>
        <translation>Ereignisse im Zeitverlauf in Spuren. Pfeiltasten wechseln zwischen Ereignissen, Plus und Minus zoomen, 0 passt die Ansicht ein.</translation>
    </message>
    <message>
        <source>No events yet. Import logs, flag changes, experiments or chat with File ▸ Import Events (Ctrl+I), or drop files here.</source>
        <translation>Noch keine Ereignisse. Importieren Sie Logs, Feature-Flag-Änderungen, Experimente oder Chats mit Datei ▸ Ereignisse importieren (Ctrl+I), oder legen Sie Dateien hier ab.</translation>
    </message>
    <message>
        <source>Open or create a review to see its timeline.</source>
        <translation>Öffnen oder erstellen Sie eine Nachbetrachtung, um ihre Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>Added by a reviewer</source>
        <translation>Vom Nachbetrachtungsteam hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) between %1 and %2</source>
        <translation>
            <numerusform>%n Ereignis zwischen %1 und %2</numerusform>
            <numerusform>%n Ereignisse zwischen %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Spur aufklappen</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Spur zuklappen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Alle Spuren aufklappen</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Alle Spuren zuklappen</translation>
    </message>
    <message>
        <source>Group Lanes By</source>
        <translation>Spuren gruppieren nach</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 (eingebracht von %2): %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1, %2, %3, lane %4: %5</source>
        <translation>%1, %2, %3, Spur %4: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Takes back the change of %1 (%2), %3 later</source>
        <translation>Nimmt %3 später die Änderung von %1 (%2) zurück</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A chat message's label on the timeline: author: message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;mostly %2</source>
        <extracomment>Tooltip of a timeline lane's name: %1 the full name, %2 the kind of most of its events</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;überwiegend %2</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <extracomment>%1: the flag's state, e.g. "on for part of the traffic"</extracomment>
        <translation>Danach: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Blameless incident learning reviews</source>
        <translation>Nachbetrachtungen von Vorfällen ohne Schuldzuweisung</translation>
    </message>
    <message>
        <source>Review to open</source>
        <translation>Zu öffnende Nachbetrachtung</translation>
    </message>
    <message>
        <source>Open the bundled demo review</source>
        <translation>Die mitgelieferte Demo-Nachbetrachtung öffnen</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit</source>
        <translation>Einen Screenshot des Fensters speichern und beenden</translation>
    </message>
    <message>
        <source>Colours: light, dark or system (default)</source>
        <translation>Farben: light (hell), dark (dunkel) oder system (Standard)</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>Der Screenshot konnte nicht in %1 gespeichert werden</translation>
    </message>
</context>
</TS>