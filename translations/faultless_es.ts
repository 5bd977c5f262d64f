<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessLogImporter</name>
    <message>
        <source>not in the common or combined access log format</source>
        <translation>no está en el formato de registro de acceso common ni combined</translation>
    </message>
    <message>
        <source>unreadable access log timestamp</source>
        <translation>marca de tiempo ilegible en el registro de acceso</translation>
    </message>
    <message>
        <source>Apache/Nginx access log</source>
        <translation>Registro de acceso de Apache/Nginx</translation>
    </message>
</context>
<context>
    <name>ActivityFormats</name>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>held</source>
        <translation>se mantuvo</translation>
    </message>
    <message>
        <source>deviated</source>
        <translation>se desvió</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>sin veredicto</translation>
    </message>
</context>
<context>
    <name>AgreementDiff</name>
    <message>
        <source>The agreed snapshot cannot be read: %1</source>
        <translation>No se puede leer la instantánea acordada: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>anotación</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>destacado</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>since the timeline was agreed</extracomment>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>since the timeline was agreed</extracomment>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>since the timeline was agreed</extracomment>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
</context>
<context>
    <name>AlertmanagerImporter</name>
    <message>
        <source>a notification without alerts</source>
        <translation>una notificación sin alertas</translation>
    </message>
    <message>
        <source>no usable "startsAt"</source>
        <translation>ningún "startsAt" utilizable</translation>
    </message>
    <message>
        <source>an alert without labels</source>
        <translation>una alerta sin etiquetas</translation>
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
        <translation>Webhook de Prometheus Alertmanager</translation>
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
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a readable zip archive: %2</source>
        <translation>%1 no es un archivo ZIP legible: %2</translation>
    </message>
    <message>
        <source>%1 has no entry %2 any more.</source>
        <translation>%1 ya no contiene la entrada %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ocupa más de %2 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
</context>
<context>
    <name>AttributeCap</name>
    <message numerus="yes">
        <source>%n record(s) had more than %1 attributes (the first at line %2): each was kept with its first %1 attributes, and %3 further attributes were dropped.</source>
        <translation>
            <numerusform>%n registro tenía más de %1 atributos (línea %2): se conservó con sus primeros %1 atributos y se descartaron %3 atributos más.</numerusform>
            <numerusform>%n registros tenían más de %1 atributos (el primero en la línea %2): cada uno se conservó con sus primeros %1 atributos y se descartaron %3 atributos más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BlamelessLanguageChecker</name>
    <message>
        <source>Implies a single cause; incidents in complex systems have many contributing factors.</source>
        <translation>Supone una única causa; los incidentes en sistemas complejos tienen muchos factores contribuyentes.</translation>
    </message>
    <message>
        <source>Name the contributing factors instead.</source>
        <translation>Nombre en su lugar los factores contribuyentes.</translation>
    </message>
    <message>
        <source>Labels a person instead of describing the conditions they worked in.</source>
        <translation>Etiqueta a una persona en lugar de describir las condiciones en las que trabajaba.</translation>
    </message>
    <message>
        <source>Describe what the person saw, knew and could do at the time.</source>
        <translation>Describa lo que la persona veía, sabía y podía hacer en ese momento.</translation>
    </message>
    <message>
        <source>Counterfactual: judges the past with knowledge gained afterwards.</source>
        <translation>Contrafáctico: juzga el pasado con conocimiento adquirido después.</translation>
    </message>
    <message>
        <source>Describe what happened and what made it make sense at the time.</source>
        <translation>Describa lo que ocurrió y qué hizo que tuviera sentido en ese momento.</translation>
    </message>
    <message>
        <source>Counterfactual: talks about what did not happen instead of what did.</source>
        <translation>Contrafáctico: habla de lo que no ocurrió en lugar de lo que ocurrió.</translation>
    </message>
    <message>
        <source>Describe the options people saw at the time and what made them choose as they did.</source>
        <translation>Describa las opciones que las personas veían en ese momento y qué las llevó a elegir como lo hicieron.</translation>
    </message>
    <message>
        <source>Frames a person's action as a failure to meet a standard known only in hindsight.</source>
        <translation>Presenta la acción de una persona como el incumplimiento de un estándar que solo se conoce a posteriori.</translation>
    </message>
    <message>
        <source>Say what the person did and what they were paying attention to instead.</source>
        <translation>Diga en su lugar qué hizo la persona y a qué estaba prestando atención.</translation>
    </message>
    <message>
        <source>Treats deviation from a procedure as the explanation; procedures never cover everything.</source>
        <translation>Trata la desviación de un procedimiento como la explicación; los procedimientos nunca lo cubren todo.</translation>
    </message>
    <message>
        <source>Ask how the runbook fitted the situation people were in, and what they relied on instead.</source>
        <translation>Pregunte cómo encajaba el runbook en la situación en la que se encontraban las personas y en qué se apoyaron en su lugar.</translation>
    </message>
    <message>
        <source>"Why didn't…" questions put people on the defensive and ask them to justify the past.</source>
        <translation>Las preguntas del tipo "¿Por qué no…?" ponen a las personas a la defensiva y les piden que justifiquen el pasado.</translation>
    </message>
    <message>
        <source>Ask "how": what did you see, what did you expect, which options did you have?</source>
        <translation>Pregunte "cómo": ¿qué vio, qué esperaba, qué opciones tenía?</translation>
    </message>
    <message>
        <source>Judges a person's character or effort instead of describing the situation.</source>
        <translation>Juzga el carácter o el esfuerzo de una persona en lugar de describir la situación.</translation>
    </message>
    <message>
        <source>Describe the workload, cues and pressures the person faced.</source>
        <translation>Describa la carga de trabajo, las señales y las presiones a las que se enfrentaba la persona.</translation>
    </message>
    <message>
        <source>A legal and moral judgement; it ends the inquiry instead of opening it.</source>
        <translation>Un juicio legal y moral; cierra la indagación en lugar de abrirla.</translation>
    </message>
    <message>
        <source>Describe what made the action reasonable to the person at the time.</source>
        <translation>Describa qué hizo que la acción le pareciera razonable a la persona en ese momento.</translation>
    </message>
    <message>
        <source>Assigns blame; people stop telling what they know when they expect to be blamed.</source>
        <translation>Atribuye culpas; las personas dejan de contar lo que saben cuando esperan ser culpadas.</translation>
    </message>
    <message>
        <source>Describe the conditions that made the outcome possible.</source>
        <translation>Describa las condiciones que hicieron posible el resultado.</translation>
    </message>
    <message>
        <source>A chain of whys follows one line of reasoning and stops at whoever the facilitator picks.</source>
        <translation>Una cadena de porqués sigue una sola línea de razonamiento y se detiene en quien elija el facilitador.</translation>
    </message>
    <message>
        <source>Collect several contributing factors and narratives from different vantage points.</source>
        <translation>Reúna varios factores contribuyentes y narrativas desde distintos puntos de vista.</translation>
    </message>
    <message>
        <source>Counterfactual: imagines a different past instead of explaining the one that happened.</source>
        <translation>Contrafáctico: imagina un pasado distinto en lugar de explicar el que ocurrió.</translation>
    </message>
    <message>
        <source>Describe what people did and what made it reasonable to them at the time.</source>
        <translation>Describa lo que hicieron las personas y qué hizo que en ese momento les pareciera razonable.</translation>
    </message>
    <message>
        <source>Measures a person against what they were expected to do, a standard clear only in hindsight.</source>
        <translation>Mide a una persona por lo que se esperaba que hiciera, un criterio que solo está claro a posteriori.</translation>
    </message>
    <message>
        <source>Say what the person was attending to and what made the step easy to miss.</source>
        <translation>Diga a qué prestaba atención la persona y qué hacía que el paso fuera fácil de pasar por alto.</translation>
    </message>
    <message>
        <source>Puts the outcome down to one person's act; outcomes come from many conditions together.</source>
        <translation>Atribuye el resultado al acto de una sola persona; los resultados surgen de muchas condiciones a la vez.</translation>
    </message>
    <message>
        <source>Describe the conditions that let the action have this outcome.</source>
        <translation>Describa las condiciones que permitieron que la acción tuviera este resultado.</translation>
    </message>
    <message>
        <source>Which contributing factors came together here?</source>
        <translation>¿Qué factores contribuyentes confluyeron aquí?</translation>
    </message>
    <message>
        <source>Which contributing factors, seen from several vantage points, came together here?</source>
        <translation>¿Qué factores contribuyentes, vistos desde varias perspectivas, confluyeron aquí?</translation>
    </message>
    <message>
        <source>What did {who} see, know and expect at the time, and what made the action reasonable?</source>
        <translation>¿Qué se veía, se sabía y se esperaba desde la posición de {whom} en ese momento, y qué hacía razonable la acción?</translation>
    </message>
    <message>
        <source>What made it look reasonable to {whom} at the time not to have {rest}?</source>
        <translation>¿Qué hacía parecer razonable para {whom}, en ese momento, no hacerlo ({rest})?</translation>
    </message>
    <message>
        <source>What made it look reasonable to {whom} at the time to have {rest}?</source>
        <translation>¿Qué hacía parecer razonable para {whom}, en ese momento, hacerlo ({rest})?</translation>
    </message>
    <message>
        <source>Which options did {who} see at the time, and what would have made it possible to have {rest}?</source>
        <translation>¿Qué opciones estaban a la vista de {whom} en ese momento, y qué lo habría hecho posible ({rest})?</translation>
    </message>
    <message>
        <source>What happened instead, and what did people see and know at the time ({span} {rest})?</source>
        <translation>¿Qué ocurrió en su lugar, y qué veían y sabían las personas en ese momento ({span} {rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what would have prompted {whom} to {verb} {rest}?</source>
        <translation>¿Qué competía en ese momento por la atención de {whom}, y qué habría llevado a {whom} a hacerlo ({verb} {rest})?</translation>
    </message>
    <message>
        <source>How did the procedure fit the situation of {whom}, and what did {who} rely on instead?</source>
        <translation>¿Cómo encajaba el procedimiento en la situación de {whom}, y en qué se apoyaron las decisiones en su lugar?</translation>
    </message>
    <message>
        <source>How did it look to {whom} at the time: what did {who} see, expect and weigh up?</source>
        <translation>¿Cómo se presentaba la situación para {whom} en ese momento: qué se veía, qué se esperaba y qué se sopesaba?</translation>
    </message>
    <message>
        <source>What workload, cues and pressures did {who} face at the time (instead of "{span}")?</source>
        <translation>¿Qué carga de trabajo, señales y presiones pesaban en ese momento sobre {whom} (en vez de "{span}")?</translation>
    </message>
    <message>
        <source>What made the action reasonable to {whom} at the time (instead of "{span}")?</source>
        <translation>¿Qué hacía razonable la acción para {whom} en ese momento (en vez de "{span}")?</translation>
    </message>
    <message>
        <source>Which conditions made the outcome possible (instead of "{span}")?</source>
        <translation>¿Qué condiciones hicieron posible el resultado (en vez de "{span}")?</translation>
    </message>
    <message>
        <source>What made the course actually taken look reasonable at the time, when the alternative was that {rest}?</source>
        <translation>¿Qué hacía parecer razonable en ese momento el camino que realmente se tomó, frente a la alternativa ({rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what would have made it look worth it {rest}?</source>
        <translation>¿Qué competía en ese momento por la atención de {whom}, y qué habría hecho que pareciera valer la pena ({rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what made {rest} easy to miss?</source>
        <translation>¿Qué competía en ese momento por la atención de {whom}, y qué hacía fácil pasarlo por alto ({rest})?</translation>
    </message>
    <message>
        <source>What was competing for the attention of {whom} at the time, and what would have reminded {whom} to {rest}?</source>
        <translation>¿Qué competía en ese momento por la atención de {whom}, y qué habría servido a {whom} como recordatorio ({rest})?</translation>
    </message>
    <message>
        <source>What made the action of {whom} reasonable at the time, and which other conditions let it lead to this outcome?</source>
        <translation>¿Qué hacía razonable en ese momento la acción de {whom}, y qué otras condiciones hicieron que llevara a este resultado?</translation>
    </message>
    <message>
        <source>the people involved</source>
        <translation>las personas implicadas</translation>
    </message>
</context>
<context>
    <name>BriefingData</name>
    <message>
        <source>Cannot read the review: %1</source>
        <translation>No se puede leer la revisión: %1</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>La exportación se canceló</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"</source>
        <translation>Zona horaria desconocida "%1"</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>oculto</translation>
    </message>
</context>
<context>
    <name>BriefingExporter</name>
    <message>
        <source>No briefing translation for language "%1" (available: %2)</source>
        <translation>No hay traducción del informe para el idioma "%1" (disponibles: %2)</translation>
    </message>
    <message>
        <source>The export was cancelled</source>
        <translation>La exportación se canceló</translation>
    </message>
    <message>
        <source>The chart is in the HTML and PDF versions of this briefing.</source>
        <translation>El gráfico está en las versiones HTML y PDF de este informe.</translation>
    </message>
    <message>
        <source>No file to export to was given</source>
        <translation>No se indicó ningún archivo al que exportar</translation>
    </message>
</context>
<context>
    <name>ChaosToolkitImporter</name>
    <message>
        <source>no "experiment" in the journal</source>
        <translation>no hay "experiment" en el diario</translation>
    </message>
    <message>
        <source>Chaos Toolkit experiment</source>
        <translation>Experimento de Chaos Toolkit</translation>
    </message>
    <message>
        <source>the journal has no usable "start"</source>
        <translation>el diario no tiene un "start" utilizable</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message numerus="yes">
        <source>met (%n probe(s) within tolerance)</source>
        <translation>
            <numerusform>cumplido (%n sonda dentro de la tolerancia)</numerusform>
            <numerusform>cumplido (%n sondas dentro de la tolerancia)</numerusform>
        </translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>not met: %1 outside tolerance</source>
        <translation>no cumplido: %1 fuera de la tolerancia</translation>
    </message>
    <message>
        <source>held</source>
        <translation>se mantuvo</translation>
    </message>
    <message>
        <source>deviated</source>
        <translation>se desvió</translation>
    </message>
    <message>
        <source>was not evaluated (run %1)</source>
        <translation>no se evaluó (ejecución %1)</translation>
    </message>
    <message>
        <source>has no verdict</source>
        <translation>no tiene veredicto</translation>
    </message>
    <message>
        <source>Experiment "%1" %2</source>
        <translation>El experimento "%1" %2</translation>
    </message>
    <message>
        <source>Experiment "%1": hypothesis "%2" %3</source>
        <translation>Experimento "%1": la hipótesis "%2" %3</translation>
    </message>
    <message>
        <source>Before the method</source>
        <translation>Antes del método</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>After the method</source>
        <translation>Después del método</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>%1, activity %2: no usable "start"</source>
        <translation>%1, actividad %2: ningún "start" utilizable</translation>
    </message>
    <message>
        <source>%1: action %2 %3</source>
        <translation>%1: acción %2 %3</translation>
    </message>
    <message>
        <source>%1: probe %2 %3</source>
        <translation>%1: sonda %2 %3</translation>
    </message>
    <message>
        <source>(within tolerance)</source>
        <translation>(dentro de la tolerancia)</translation>
    </message>
    <message>
        <source>(outside tolerance)</source>
        <translation>(fuera de la tolerancia)</translation>
    </message>
    <message>
        <source>Chaos Toolkit wrote instants without an offset; they were read as UTC.</source>
        <translation>Chaos Toolkit escribió instantes sin desfase; se leyeron como UTC.</translation>
    </message>
    <message>
        <source>%1: no Chaos Toolkit run in the file</source>
        <translation>%1: no hay ninguna ejecución de Chaos Toolkit en el archivo</translation>
    </message>
    <message>
        <source>Chaos Toolkit journal</source>
        <translation>Diario de Chaos Toolkit</translation>
    </message>
    <message>
        <source>During the method</source>
        <translation>Durante el método</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>new takes exactly one REVIEW path</source>
        <translation>new requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>unknown time zone "%1"</source>
        <translation>zona horaria desconocida "%1"</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Se creó %1</translation>
    </message>
    <message>
        <source>import takes a REVIEW and at least one FILE</source>
        <translation>import requiere una REVIEW y al menos un FILE</translation>
    </message>
    <message>
        <source>unknown format "%1" (see faultless-cli formats)</source>
        <translation>formato desconocido "%1" (consulte faultless-cli formats)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) rejected</source>
        <translation>
            <numerusform>%1: %n registro rechazado</numerusform>
            <numerusform>%1: %n registros rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>info takes exactly one REVIEW path</source>
        <translation>info requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Eventos: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3 events, %4 rejected</source>
        <translation>%1 (%2): %3 eventos, %4 rechazados</translation>
    </message>
    <message>
        <source>Annotations: %1, contributing factors: %2, narratives: %3</source>
        <translation>Anotaciones: %1, factores contribuyentes: %2, narrativas: %3</translation>
    </message>
    <message>
        <source>events takes exactly one REVIEW path</source>
        <translation>events requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>--format must be jsonl or csv</source>
        <translation>--format debe ser jsonl o csv</translation>
    </message>
    <message>
        <source>unknown kind "%1" (log, flag, experiment, chat, alert, deploy, note)</source>
        <translation>tipo desconocido "%1" (log, flag, experiment, chat, alert, deploy, note)</translation>
    </message>
    <message>
        <source>--from is not an ISO 8601 instant: %1</source>
        <translation>--from no es un instante ISO 8601: %1</translation>
    </message>
    <message>
        <source>--to is not an ISO 8601 instant: %1</source>
        <translation>--to no es un instante ISO 8601: %1</translation>
    </message>
    <message>
        <source>export takes exactly one REVIEW path</source>
        <translation>export requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export necesita --output FILE</translation>
    </message>
    <message>
        <source>--format must be md, html or pdf</source>
        <translation>--format debe ser md, html o pdf</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter</source>
        <translation>--page-size debe ser A4 o Letter</translation>
    </message>
    <message>
        <source>--audience must be leader or practitioner</source>
        <translation>--audience debe ser leader o practitioner</translation>
    </message>
    <message>
        <source>unknown section "%1" (sections: %2)</source>
        <translation>sección desconocida "%1" (secciones: %2)</translation>
    </message>
    <message>
        <source>--redact and --no-redact exclude each other</source>
        <translation>--redact y --no-redact se excluyen mutuamente</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>formats takes no arguments</source>
        <translation>formats no admite argumentos</translation>
    </message>
    <message>
        <source>language reads its text from standard input</source>
        <translation>language lee su texto de la entrada estándar</translation>
    </message>
    <message>
        <source>archive takes exactly one REVIEW path</source>
        <translation>archive requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>archive needs --output FILE.zip</source>
        <translation>archive necesita --output FILE.zip</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>restore takes exactly one ARCHIVE path</source>
        <translation>restore requiere exactamente una ruta ARCHIVE</translation>
    </message>
    <message>
        <source>restore needs --output REVIEW</source>
        <translation>restore necesita --output REVIEW</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Se restauró %1</translation>
    </message>
    <message>
        <source>agreement takes exactly one REVIEW path</source>
        <translation>agreement requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>the timeline of %1 has not been agreed yet</source>
        <translation>la línea de tiempo de %1 aún no se ha acordado</translation>
    </message>
    <message>
        <source>Agreed at %1 by %2</source>
        <translation>Acordada el %1 por %2</translation>
    </message>
    <message>
        <source>No changes since.</source>
        <translation>Sin cambios desde entonces.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ningún comando</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>comando desconocido "%1"</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>salida de error estándar</translation>
    </message>
    <message>
        <source>publish takes a review FILE and a SERVER-REVIEW</source>
        <translation>publish requiere un FILE de revisión y una SERVER-REVIEW</translation>
    </message>
    <message>
        <source>Published %1 as %2</source>
        <translation>Se publicó %1 como %2</translation>
    </message>
    <message>
        <source>pull takes exactly one SERVER-REVIEW</source>
        <translation>pull requiere exactamente una SERVER-REVIEW</translation>
    </message>
    <message>
        <source>pull takes a SERVER-REVIEW and --output FILE</source>
        <translation>pull requiere una SERVER-REVIEW y --output FILE</translation>
    </message>
    <message>
        <source>grant takes a SERVER-REVIEW and a USER</source>
        <translation>grant requiere una SERVER-REVIEW y un USER</translation>
    </message>
    <message>
        <source>--role must be reader, reviewer or facilitator</source>
        <translation>--role debe ser reader, reviewer o facilitator</translation>
    </message>
    <message>
        <source>%1 is now a %2 of %3</source>
        <translation>%1 tiene ahora el rol %2 en %3</translation>
    </message>
    <message>
        <source>%1: someone changed the same %2 meanwhile; nothing was changed, run the command again</source>
        <translation>%1: alguien cambió mientras tanto el mismo elemento de %2; no se cambió nada, vuelva a ejecutar el comando</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 defines no format that can be used</source>
        <translation>%1 no define ningún formato utilizable</translation>
    </message>
    <message>
        <source>--year must be a year from 1 to 9999, not "%1"</source>
        <translation>--year debe ser un año de 1 a 9999, no "%1"</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Resumen: %1</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>aún sin escribir</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Impact from %1 to %2</source>
        <translation>Impacto de %1 a %2</translation>
    </message>
    <message>
        <source>--%1 is not an ISO 8601 instant between the years 1 and 9999: %2</source>
        <translation>--%1 no es un instante ISO 8601 entre los años 1 y 9999: %2</translation>
    </message>
    <message>
        <source>summary takes exactly one REVIEW path</source>
        <translation>summary requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>Impact from: %1</source>
        <translation>Impacto desde: %1</translation>
    </message>
    <message>
        <source>Impact to: %1</source>
        <translation>Impacto hasta: %1</translation>
    </message>
    <message>
        <source>annotate takes exactly one REVIEW path</source>
        <translation>annotate requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>annotate needs --event ID, the id that `events --format jsonl` prints</source>
        <translation>annotate necesita --event ID, el identificador que muestra `events --format jsonl`</translation>
    </message>
    <message>
        <source>annotate needs --text TEXT of 1 to %1 characters</source>
        <translation>annotate necesita --text TEXT de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>%1 has no event %2</source>
        <translation>%1 no tiene ningún evento %2</translation>
    </message>
    <message numerus="yes">
        <source>the language check flags %n sentence(s) of the leaders' briefing:</source>
        <translation>
            <numerusform>la comprobación del lenguaje señala %n frase del informe para la dirección:</numerusform>
            <numerusform>la comprobación del lenguaje señala %n frases del informe para la dirección:</numerusform>
        </translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>"%1"</translation>
    </message>
    <message>
        <source>"%1": %2 Suggestion: %3</source>
        <translation>"%1": %2 Sugerencia: %3</translation>
    </message>
    <message numerus="yes">
        <source>the leaders' briefing was not written: %n sentence(s) are flagged by the language check (--refuse-flagged)</source>
        <translation>
            <numerusform>no se escribió el informe para la dirección: la comprobación del lenguaje señala %n frase (--refuse-flagged)</numerusform>
            <numerusform>no se escribió el informe para la dirección: la comprobación del lenguaje señala %n frases (--refuse-flagged)</numerusform>
        </translation>
    </message>
    <message>
        <source>flags takes exactly one REVIEW path</source>
        <translation>flags requiere exactamente una ruta REVIEW</translation>
    </message>
    <message>
        <source>reverses the change of %1</source>
        <translation>revierte el cambio de %1</translation>
    </message>
    <message>
        <source>No flag changes.</source>
        <translation>No hay cambios de feature flags.</translation>
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
        <translation>Uso:
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
Una SERVER-REVIEW, aceptada dondequiera que se lea una REVIEW, tiene la forma postgresql://[USER@]HOST[:PORT]/DATABASE?review=NAME; la contraseña se toma de ~/.pgpass o PGPASSWORD.
Códigos de salida: 0 hecho, 1 error de uso, 2 no se hizo nada, 3 hecho, pero se rechazaron algunos registros.
</translation>
    </message>
    <message>
        <source>no language check for "%1" (languages: %2)</source>
        <translation>no hay comprobación de lenguaje para "%1" (idiomas: %2)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>the column mapping is not a JSON object: %1</source>
        <translation>la asignación de columnas no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>no column "%1" for %2 in the header</source>
        <translation>no hay ninguna columna "%1" para %2 en la cabecera</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no time column found in the header; choose one with the column mapping (--option '{"time": "column"}')</source>
        <translation>%1: no se encontró ninguna columna de hora en la cabecera; elija una con la asignación de columnas (--option '{"time": "column"}')</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s), fewer than the header's</source>
        <translation>
            <numerusform>%n columna, menos que en la cabecera</numerusform>
            <numerusform>%n columnas, menos que en la cabecera</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable time "%1"</source>
        <translation>hora ilegible "%1"</translation>
    </message>
    <message>
        <source>TSV table with a header</source>
        <translation>Tabla TSV con cabecera</translation>
    </message>
    <message>
        <source>CSV table with a header</source>
        <translation>Tabla CSV con cabecera</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>línea de más de %n MiB</numerusform>
            <numerusform>línea de más de %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted field not closed on this line (read again after the unclosed quote of line %1)</source>
        <translation>campo entre comillas sin cerrar en esta línea (leída de nuevo tras las comillas sin cerrar de la línea %1)</translation>
    </message>
    <message>
        <source>quoted field not closed by the end of the input</source>
        <translation>campo entre comillas sin cerrar al final de la entrada</translation>
    </message>
    <message numerus="yes">
        <source>quoted field not closed before a line longer than %n MiB</source>
        <translation>
            <numerusform>campo entre comillas sin cerrar antes de una línea de más de %n MiB</numerusform>
            <numerusform>campo entre comillas sin cerrar antes de una línea de más de %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted field not closed within %1 lines or %2 MiB</source>
        <translation>campo entre comillas sin cerrar en %1 líneas o %2 MiB</translation>
    </message>
</context>
<context>
    <name>DemoReview</name>
    <message>
        <source>demo %1 refers to a missing event: %2</source>
        <translation>la demo %1 hace referencia a un evento que falta: %2</translation>
    </message>
    <message>
        <source>The demo review data is missing from this build</source>
        <translation>Los datos de la revisión de demostración faltan en esta compilación</translation>
    </message>
</context>
<context>
    <name>Disputes</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>Narrative step</source>
        <extracomment>a step of a narrative</extracomment>
        <translation>Paso de narrativa</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <extracomment>certainty of a timeline item: people are not sure it happened this way</extracomment>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Disputed</source>
        <extracomment>certainty of a timeline item: someone says it did not happen this way</extracomment>
        <translation>En disputa</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Flag change</source>
        <translation>Cambio de feature flag</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Despliegue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Traza</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Depuración</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Alert</source>
        <comment>severity</comment>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>time outside the supported range (0001-01-01 to 9999-12-31 UTC)</source>
        <translation>fecha y hora fuera del intervalo admitido (0001-01-01 a 9999-12-31 UTC)</translation>
    </message>
</context>
<context>
    <name>EventCommands</name>
    <message>
        <source>Add annotation</source>
        <translation>Añadir anotación</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Editar anotación</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>Quitar la fuente %1</translation>
    </message>
    <message>
        <source>Highlight event</source>
        <translation>Destacar evento</translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation>Quitar destacado</translation>
    </message>
    <message>
        <source>Set phase</source>
        <translation>Establecer fase</translation>
    </message>
    <message>
        <source>Tag event "%1"</source>
        <translation>Etiquetar evento con "%1"</translation>
    </message>
    <message>
        <source>Remove tag "%1"</source>
        <translation>Quitar etiqueta "%1"</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Importar %n archivo</numerusform>
            <numerusform>Importar %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventQuery</name>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>Reading the events failed: %1</source>
        <translation>No se pudieron leer los eventos: %1</translation>
    </message>
</context>
<context>
    <name>EventRateChart</name>
    <message>
        <source>Info and below</source>
        <translation>Información e inferior</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Errors and worse</source>
        <translation>Errores y más graves</translation>
    </message>
</context>
<context>
    <name>EventSearch</name>
    <message>
        <source>The review is not open.</source>
        <translation>La revisión no está abierta.</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
</context>
<context>
    <name>EventsExporter</name>
    <message>
        <source>Export canceled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ExperimentCsvImporter</name>
    <message>
        <source>%1: the CSV header needs at least start and title columns</source>
        <translation>%1: la cabecera CSV necesita al menos las columnas start y title</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n campo donde la cabecera tiene %1</numerusform>
            <numerusform>%n campos donde la cabecera tiene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable start "%1"</source>
        <translation>inicio ilegible "%1"</translation>
    </message>
    <message>
        <source>unreadable or early end "%1"</source>
        <translation>fin ilegible o anterior al inicio "%1"</translation>
    </message>
    <message>
        <source>unknown verdict "%1" (held, deviated, aborted)</source>
        <translation>veredicto desconocido "%1" (held, deviated, aborted)</translation>
    </message>
    <message>
        <source>Experiment "%1": %2</source>
        <translation>Experimento "%1": %2</translation>
    </message>
    <message>
        <source>Experiment "%1": hypothesis "%2" %3</source>
        <translation>Experimento "%1": la hipótesis "%2" %3</translation>
    </message>
    <message>
        <source>Experiment runs (CSV)</source>
        <translation>Ejecuciones de experimentos (CSV)</translation>
    </message>
</context>
<context>
    <name>ExperimentSummary</name>
    <message>
        <source>Cannot read the experiment runs: %1</source>
        <translation>No se pueden leer las ejecuciones de experimentos: %1</translation>
    </message>
    <message>
        <source>held</source>
        <translation>se mantuvo</translation>
    </message>
    <message>
        <source>deviated</source>
        <translation>se desvió</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>no verdict</source>
        <translation>sin veredicto</translation>
    </message>
</context>
<context>
    <name>FaultlessEventsCsvImporter</name>
    <message>
        <source>%1: the CSV header is not that of a Faultless events export</source>
        <translation>%1: la cabecera CSV no es la de una exportación de eventos de Faultless</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde la cabecera tiene %2</translation>
    </message>
    <message>
        <source>attributes is not a JSON object: %1</source>
        <translation>attributes no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>Faultless events export (CSV)</source>
        <translation>Exportación de eventos de Faultless (CSV)</translation>
    </message>
</context>
<context>
    <name>FaultlessEventsFormat</name>
    <message>
        <source>timestamp is not an ISO 8601 instant with a zone: "%1"</source>
        <translation>timestamp no es un instante ISO 8601 con zona: "%1"</translation>
    </message>
    <message>
        <source>end is not an ISO 8601 instant with a zone: "%1"</source>
        <translation>end no es un instante ISO 8601 con zona: "%1"</translation>
    </message>
    <message>
        <source>unknown kind "%1"</source>
        <translation>tipo desconocido "%1"</translation>
    </message>
    <message>
        <source>unknown severity "%1"</source>
        <translation>gravedad desconocida "%1"</translation>
    </message>
</context>
<context>
    <name>FaultlessEventsJsonImporter</name>
    <message>
        <source>line too long</source>
        <translation>línea demasiado larga</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>attributes is not a JSON object</source>
        <translation>attributes no es un objeto JSON</translation>
    </message>
    <message>
        <source>Faultless events export (JSON lines)</source>
        <translation>Exportación de eventos de Faultless (JSON lines)</translation>
    </message>
</context>
<context>
    <name>FlagCsvImporter</name>
    <message>
        <source>%1: the file holds no CSV header</source>
        <translation>%1: el archivo no contiene ninguna cabecera CSV</translation>
    </message>
    <message>
        <source>%1: the CSV header needs at least instant, flag and new columns</source>
        <translation>%1: la cabecera CSV necesita al menos las columnas instant, flag y new</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) where the header has %1</source>
        <translation>
            <numerusform>%n campo donde la cabecera tiene %1</numerusform>
            <numerusform>%n campos donde la cabecera tiene %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable instant "%1"</source>
        <translation>instante ilegible "%1"</translation>
    </message>
    <message>
        <source>no flag key</source>
        <translation>no hay clave de feature flag</translation>
    </message>
    <message>
        <source>Flag changes (CSV)</source>
        <translation>Cambios de feature flags (CSV)</translation>
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
        <translation>activado</translation>
    </message>
    <message>
        <source>on for part of the traffic</source>
        <translation>activado para parte del tráfico</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>changed; whether on not recorded</source>
        <translation>cambiado; no consta si está activado</translation>
    </message>
</context>
<context>
    <name>FlagWording</name>
    <message>
        <source>%1 (earlier value unknown)</source>
        <translation>%1 (valor anterior desconocido)</translation>
    </message>
    <message>
        <source>%1 → (nothing)</source>
        <translation>%1 → (nada)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nuevo)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (eliminado)</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (sin cambios)</translation>
    </message>
    <message>
        <source>Flag %1 turned on in %2</source>
        <translation>Feature flag %1 activado en %2</translation>
    </message>
    <message>
        <source>Flag %1 turned on</source>
        <translation>Feature flag %1 activado</translation>
    </message>
    <message>
        <source>Flag %1 turned off in %2</source>
        <translation>Feature flag %1 desactivado en %2</translation>
    </message>
    <message>
        <source>Flag %1 turned off</source>
        <translation>Feature flag %1 desactivado</translation>
    </message>
    <message>
        <source>Flag %1 changed in %2</source>
        <translation>Feature flag %1 cambiado en %2</translation>
    </message>
    <message>
        <source>Flag %1 changed</source>
        <translation>Feature flag %1 cambiado</translation>
    </message>
    <message>
        <source>Flag %1 in %2: %3</source>
        <translation>Feature flag %1 en %2: %3</translation>
    </message>
    <message>
        <source>Flag %1: %2</source>
        <translation>Feature flag %1: %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 raised the %2 of %3 from %4 to %5</source>
        <translation>%1 aumentó %2 en %3 de %4 a %5</translation>
    </message>
    <message>
        <source>%1 lowered the %2 of %3 from %4 to %5</source>
        <translation>%1 redujo %2 en %3 de %4 a %5</translation>
    </message>
    <message>
        <source>%1 turned %2 on</source>
        <translation>%1 activó %2</translation>
    </message>
    <message>
        <source>%1 turned %2 off</source>
        <translation>%1 desactivó %2</translation>
    </message>
    <message>
        <source>%1 changed %2</source>
        <translation>%1 cambió %2</translation>
    </message>
    <message>
        <source>%1 changed %2: %3</source>
        <translation>%1 cambió %2: %3</translation>
    </message>
</context>
<context>
    <name>FlagsmithImporter</name>
    <message>
        <source>no usable "data.timestamp"</source>
        <translation>ningún "data.timestamp" utilizable</translation>
    </message>
    <message>
        <source>no feature name in new_state or previous_state</source>
        <translation>no hay nombre de feature en new_state ni en previous_state</translation>
    </message>
    <message>
        <source>no usable "created_date"</source>
        <translation>ningún "created_date" utilizable</translation>
    </message>
    <message>
        <source>neither an audit-log row nor a webhook body</source>
        <translation>ni una fila del registro de auditoría ni el cuerpo de un webhook</translation>
    </message>
    <message>
        <source>Flagsmith audit log</source>
        <translation>Registro de auditoría de Flagsmith</translation>
    </message>
</context>
<context>
    <name>ImportInput</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid gzip data</source>
        <translation>%1 no contiene datos gzip válidos</translation>
    </message>
    <message>
        <source>%1 ends in the middle of its gzip data (the file is incomplete)</source>
        <translation>%1 termina en medio de sus datos gzip (el archivo está incompleto)</translation>
    </message>
    <message>
        <source>%1 expands to more than %2 MiB; import stopped there</source>
        <translation>%1 ocupa más de %2 MiB al descomprimirse; la importación se detuvo ahí</translation>
    </message>
    <message>
        <source>%1 expands more than %2 times (%3 MiB from %4 KiB of gzip data): a likely decompression bomb; import stopped there</source>
        <translation>%1 se expande más de %2 veces (%3 MiB a partir de %4 KiB de datos gzip): probablemente una bomba de descompresión; la importación se detuvo ahí</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Import of %1 canceled while waiting for its input</source>
        <translation>Importación de %1 cancelada mientras se esperaba su entrada</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>%1 is a device, not a file (its input may never end); save what it gives to a file and import that</source>
        <translation>%1 es un dispositivo, no un archivo (su entrada podría no terminar nunca); guarde lo que produce en un archivo e importe ese archivo</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a pipe</source>
        <translation>%1 no es ni un archivo ni una tubería</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a named pipe that no program opened for writing within %n second(s); nothing imported</source>
        <translation>
            <numerusform>%1 es una tubería con nombre que ningún programa abrió para escritura en %n segundo; no se importó nada</numerusform>
            <numerusform>%1 es una tubería con nombre que ningún programa abrió para escritura en %n segundos; no se importó nada</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no record in %2 MiB of input after byte %3; import stopped there</source>
        <translation>%1: ningún registro en %2 MiB de entrada tras el byte %3; la importación se detuvo ahí</translation>
    </message>
    <message>
        <source>%1: document larger than %2 MiB; not imported</source>
        <translation>%1: documento de más de %2 MiB; no se importó</translation>
    </message>
    <message>
        <source>%1: document larger than %2 MiB once read into memory (too many values for its size); not imported</source>
        <translation>%1: documento de más de %2 MiB una vez leído en memoria (demasiados valores para su tamaño); no se importó</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message numerus="yes">
        <source>%1: imported %n event(s)</source>
        <translation>
            <numerusform>%1: %n evento importado</numerusform>
            <numerusform>%1: %n eventos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected</source>
        <translation>
            <numerusform>%n registro rechazado</numerusform>
            <numerusform>%n registros rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n ya presente</numerusform>
            <numerusform>%n ya presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported; nothing new added</source>
        <translation>%1 ya se había importado; no se añadió nada nuevo</translation>
    </message>
    <message>
        <source>Import of %1 canceled; the review is unchanged</source>
        <translation>Importación de %1 cancelada; la revisión no ha cambiado</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Unknown format "%1" (see `faultless-cli formats`)</source>
        <translation>Formato desconocido "%1" (consulte `faultless-cli formats`)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <source>Unknown time zone "%1"</source>
        <translation>Zona horaria desconocida "%1"</translation>
    </message>
    <message>
        <source>%1: cannot write to the review: %2</source>
        <translation>%1: no se puede escribir en la revisión: %2</translation>
    </message>
    <message>
        <source>%1: not readable as %2</source>
        <translation>%1: no se puede leer como %2</translation>
    </message>
    <message>
        <source>%1: no usable records</source>
        <translation>%1: ningún registro utilizable</translation>
    </message>
    <message>
        <source>%1: no usable records (line %2: %3)</source>
        <translation>%1: ningún registro utilizable (línea %2: %3)</translation>
    </message>
    <message>
        <source>Timestamps without a zone were read as %1.</source>
        <translation>Las marcas de tiempo sin zona se leyeron como %1.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1: the events are in the review, but their text could not be indexed for search: %2. It will be indexed when the review is next opened.</source>
        <translation>%1: los eventos están en la revisión, pero su texto no se pudo indexar para la búsqueda: %2. Se indexará la próxima vez que se abra la revisión.</translation>
    </message>
    <message>
        <source>%1 is this review's own document file and cannot be imported into it</source>
        <translation>%1 es el propio archivo de documento de esta revisión y no se puede importar en ella</translation>
    </message>
    <message>
        <source>%1: unrecognised format: none of the formats recognised its first lines (tried %2; plain text looks for a timestamp layout on at least half of the lines); choose one with --format (see `faultless-cli formats`)</source>
        <translation>%1: formato no reconocido: ninguno de los formatos reconoció sus primeras líneas (se probó %2; el texto plano busca un formato de marca de tiempo en al menos la mitad de las líneas); elija uno con --format (consulte `faultless-cli formats`)</translation>
    </message>
    <message>
        <source>Timestamps without a year were placed in %1 (from --year).</source>
        <translation>Las marcas de tiempo sin año se situaron en %1 (de --year).</translation>
    </message>
    <message>
        <source>Timestamps without a year were placed in %1, the year the file was last modified; give the year with --year if that is wrong.</source>
        <translation>Las marcas de tiempo sin año se situaron en %1, el año en que se modificó el archivo por última vez; indique el año con --year si no es correcto.</translation>
    </message>
    <message>
        <source>Times without a date were placed so that the last ones fall on %1, the day the file was last modified.</source>
        <translation>Las horas sin fecha se situaron de modo que las últimas caen en el %1, el día en que se modificó el archivo por última vez.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n earlier import(s) of the same file.</source>
        <translation>
            <numerusform>Se reemplazó %n importación anterior del mismo archivo.</numerusform>
            <numerusform>Se reemplazaron %n importaciones anteriores del mismo archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the source to import again is no longer in the review</source>
        <translation>%1: la fuente que se iba a volver a importar ya no está en la revisión</translation>
    </message>
    <message>
        <source>%1 is a pipe: it cannot be read again</source>
        <translation>%1 es una tubería: no se puede volver a leer</translation>
    </message>
    <message>
        <source>%1 has changed since it was imported as %2: it no longer holds the same content, so it was not imported again. Import it as a new file instead.</source>
        <translation>%1 ha cambiado desde que se importó como %2: ya no tiene el mismo contenido, así que no se volvió a importar. Impórtelo en su lugar como archivo nuevo.</translation>
    </message>
    <message>
        <source>Imported again in place of the import read as %1.</source>
        <translation>Importado de nuevo en lugar de la importación leída como %1.</translation>
    </message>
</context>
<context>
    <name>IncidentSummaryStore</name>
    <message>
        <source>The review's %1 "%2" is not a time between the years 1 and 9999; it is shown as not known</source>
        <translation>El valor %1 "%2" de la revisión no es una hora entre los años 1 y 9999; se muestra como desconocido</translation>
    </message>
    <message>
        <source>An impact time must lie between the years 1 and 9999</source>
        <translation>Una hora del impacto debe estar entre los años 1 y 9999</translation>
    </message>
    <message>
        <source>The impact ends (%1) before it starts (%2)</source>
        <translation>El impacto termina (%1) antes de empezar (%2)</translation>
    </message>
</context>
<context>
    <name>JournaldExportImporter</name>
    <message>
        <source>binary field runs past the end of the input</source>
        <translation>un campo binario sobrepasa el final de la entrada</translation>
    </message>
    <message>
        <source>no __REALTIME_TIMESTAMP field</source>
        <translation>no hay campo __REALTIME_TIMESTAMP</translation>
    </message>
    <message>
        <source>unreadable __REALTIME_TIMESTAMP "%1"</source>
        <translation>__REALTIME_TIMESTAMP ilegible "%1"</translation>
    </message>
    <message>
        <source>systemd journal (export format)</source>
        <translation>Diario de systemd (formato de exportación)</translation>
    </message>
    <message>
        <source>record cut off where the input stopped</source>
        <translation>registro cortado donde se detuvo la entrada</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) too large to keep were left out of their events (over %1 MiB; the first in the record at line %2).</source>
        <translation>
            <numerusform>%n campo era demasiado grande para conservarlo y se omitió de su evento (más de %1 MiB; en el registro de la línea %2).</numerusform>
            <numerusform>%n campos eran demasiado grandes para conservarlos y se omitieron de sus eventos (más de %1 MiB; el primero en el registro de la línea %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournaldJsonImporter</name>
    <message>
        <source>systemd journal (JSON)</source>
        <translation>Diario de systemd (JSON)</translation>
    </message>
</context>
<context>
    <name>JsonLinesImporter</name>
    <message>
        <source>not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no timestamp field</source>
        <translation>no hay campo de marca de tiempo</translation>
    </message>
    <message>
        <source>unreadable timestamp "%1" in field "%2"</source>
        <translation>marca de tiempo ilegible "%1" en el campo "%2"</translation>
    </message>
    <message>
        <source>OpenTelemetry log record without a time</source>
        <translation>registro de log de OpenTelemetry sin hora</translation>
    </message>
    <message>
        <source>OpenTelemetry export without log records</source>
        <translation>exportación de OpenTelemetry sin registros de log</translation>
    </message>
    <message>
        <source>JSON object not closed before the end of the input</source>
        <translation>objeto JSON sin cerrar antes del final de la entrada</translation>
    </message>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>línea de más de %n MiB</numerusform>
            <numerusform>línea de más de %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON lines log</source>
        <translation>Registro JSON lines</translation>
    </message>
    <message>
        <source>unreadable timestamp: nanoOfSecond %1</source>
        <translation>marca de tiempo ilegible: nanoOfSecond %1</translation>
    </message>
</context>
<context>
    <name>KubernetesEventsImporter</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>not a Kubernetes event</source>
        <translation>no es un evento de Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes event without a usable time</source>
        <translation>evento de Kubernetes sin hora utilizable</translation>
    </message>
    <message>
        <source>no Kubernetes events found</source>
        <translation>no se encontraron eventos de Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes events (kubectl get events -o json)</source>
        <translation>Eventos de Kubernetes (kubectl get events -o json)</translation>
    </message>
    <message numerus="yes">
        <source>Kubernetes event longer than %n MiB</source>
        <translation>
            <numerusform>evento de Kubernetes de más de %n MiB</numerusform>
            <numerusform>evento de Kubernetes de más de %n MiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>línea de más de %n MiB</numerusform>
            <numerusform>línea de más de %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON object not closed before the end of the input</source>
        <translation>objeto JSON sin cerrar antes del final de la entrada</translation>
    </message>
</context>
<context>
    <name>LaneLayout</name>
    <message>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Service, host, flag or channel</source>
        <extracomment>Timeline grouping: the lane an importer assigned (service, host, flag key, chat channel)</extracomment>
        <translation>Servicio, host, feature flag o canal</translation>
    </message>
    <message>
        <source>(no lane)</source>
        <translation>(sin carril)</translation>
    </message>
    <message>
        <source>Added by reviewers</source>
        <translation>Añadido por revisores</translation>
    </message>
    <message>
        <source>Service or source</source>
        <extracomment>Timeline grouping (the default): the service, flag or channel an event names, else its source file; lanes ordered by kind (flags, experiments, alerts, chat, logs)</extracomment>
        <translation>Servicio o fuente</translation>
    </message>
</context>
<context>
    <name>LaunchDarklyImporter</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no usable "date" or "timestamp"</source>
        <translation>ningún "date" ni "timestamp" utilizable</translation>
    </message>
    <message>
        <source>neither a flag change nor a title</source>
        <translation>ni un cambio de feature flag ni un título</translation>
    </message>
    <message>
        <source>LaunchDarkly audit log</source>
        <translation>Registro de auditoría de LaunchDarkly</translation>
    </message>
</context>
<context>
    <name>LibPq</name>
    <message>
        <source>Cannot load libpq, PostgreSQL's client library: %1</source>
        <translation>No se puede cargar libpq, la biblioteca cliente de PostgreSQL: %1</translation>
    </message>
</context>
<context>
    <name>LitmusImporter</name>
    <message>
        <source>%1: --option must be the run's instant or START/END in ISO 8601, not "%2"</source>
        <translation>%1: --option debe ser el instante de la ejecución o START/END en ISO 8601, no "%2"</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: JSON no válido: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>document %1: a %2, not a ChaosResult</source>
        <translation>documento %1: un %2, no un ChaosResult</translation>
    </message>
    <message>
        <source>document without kind</source>
        <translation>documento sin kind</translation>
    </message>
    <message>
        <source>ChaosResult %1: no instant in the resource; give one with --option</source>
        <translation>ChaosResult %1: no hay ningún instante en el recurso; indique uno con --option</translation>
    </message>
    <message>
        <source>Under %1, the application stays healthy</source>
        <translation>Bajo %1, la aplicación sigue en buen estado</translation>
    </message>
    <message numerus="yes">
        <source>Under %1, %n probe(s) keep passing</source>
        <translation>
            <numerusform>Bajo %1, %n sonda sigue superándose</numerusform>
            <numerusform>Bajo %1, %n sondas siguen superándose</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of probes passed</source>
        <translation>se superó el %1 % de las sondas</translation>
    </message>
    <message>
        <source>Experiment "%1": verdict %2 (%3)</source>
        <translation>Experimento "%1": veredicto %2 (%3)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The ChaosResult holds no run instant; the run was placed at the file's modification time. Give the instant with --option START[/END] to correct it.</source>
        <translation>El ChaosResult no contiene el instante de la ejecución; la ejecución se situó en la fecha de modificación del archivo. Indique el instante con --option START[/END] para corregirlo.</translation>
    </message>
    <message>
        <source>%1: no ChaosResult in the file</source>
        <translation>%1: no hay ningún ChaosResult en el archivo</translation>
    </message>
    <message>
        <source>LitmusChaos ChaosResult</source>
        <translation>ChaosResult de LitmusChaos</translation>
    </message>
</context>
<context>
    <name>LnavFormat</name>
    <message>
        <source>pattern "%1" matched without a "%2" capture</source>
        <translation>el patrón "%1" coincidió sin un grupo de captura "%2"</translation>
    </message>
    <message>
        <source>timestamp "%1" (pattern "%2") is no time the format reads</source>
        <translation>la marca de tiempo "%1" (patrón "%2") no es una hora que el formato lea</translation>
    </message>
    <message>
        <source>matches none of the patterns of format "%1"</source>
        <translation>no coincide con ninguno de los patrones del formato "%1"</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>field "%1" holds no time the format reads: %2</source>
        <translation>el campo "%1" no contiene una hora que el formato lea: %2</translation>
    </message>
    <message>
        <source>no "%1" field</source>
        <translation>no hay campo "%1"</translation>
    </message>
</context>
<context>
    <name>LnavFormatDraft</name>
    <message>
        <source>Mark the timestamp on the sample line first.</source>
        <translation>Marque primero la marca de tiempo en la línea de ejemplo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name</source>
        <translation>%1 ya existe; elija otro nombre</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
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
        <translation>ningún "regex" utilizable y no es un formato JSON; el formato no se usa</translation>
    </message>
    <message>
        <source>file type "%1" is not supported; read as text</source>
        <translation>el tipo de archivo "%1" no se admite; se lee como texto</translation>
    </message>
    <message>
        <source>not a positive number; ignored</source>
        <translation>no es un número positivo; se ignora</translation>
    </message>
    <message>
        <source>not a valid regular expression (%1); any file name is accepted</source>
        <translation>no es una expresión regular válida (%1); se acepta cualquier nombre de archivo</translation>
    </message>
    <message>
        <source>not supported by Faultless; ignored</source>
        <translation>Faultless no lo admite; se ignora</translation>
    </message>
    <message>
        <source>missing; this pattern is not used</source>
        <translation>falta; este patrón no se usa</translation>
    </message>
    <message>
        <source>not a valid regular expression at offset %1: %2; this pattern is not used</source>
        <translation>no es una expresión regular válida en el desplazamiento %1: %2; este patrón no se usa</translation>
    </message>
    <message>
        <source>not a level lnav knows; ignored</source>
        <translation>no es un nivel que lnav conozca; se ignora</translation>
    </message>
    <message>
        <source>not a valid regular expression at offset %1: %2; this level is not used</source>
        <translation>no es una expresión regular válida en el desplazamiento %1: %2; este nivel no se usa</translation>
    </message>
    <message numerus="yes">
        <source>used by %n value(s); only shapes lnav's SQL tables, no effect here</source>
        <translation>
            <numerusform>usado por %n valor; solo da forma a las tablas SQL de lnav, aquí no tiene efecto</numerusform>
            <numerusform>usado por %n valores; solo da forma a las tablas SQL de lnav, aquí no tiene efecto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used by %n value(s); not supported by Faultless, ignored</source>
        <translation>
            <numerusform>usado por %n valor; Faultless no lo admite, se ignora</numerusform>
            <numerusform>usado por %n valores; Faultless no lo admite, se ignora</numerusform>
        </translation>
    </message>
    <message>
        <source>the sample does not parse: %1</source>
        <translation>el ejemplo no se puede leer: %1</translation>
    </message>
    <message>
        <source>the sample's level is %1, expected %2</source>
        <translation>el nivel del ejemplo es %1, se esperaba %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: larger than 4 MiB; not read as a format file</source>
        <translation>%1: mayor de 4 MiB; no se lee como archivo de formato</translation>
    </message>
    <message>
        <source>%1: line %2: not a JSON object: %3</source>
        <translation>%1: línea %2: no es un objeto JSON: %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>%1: /%2: not a format definition; ignored</source>
        <translation>%1: /%2: no es una definición de formato; se ignora</translation>
    </message>
</context>
<context>
    <name>LnavFormatImporter</name>
    <message>
        <source>%1 (lnav format file %2)</source>
        <translation>%1 (archivo de formato de lnav %2)</translation>
    </message>
    <message>
        <source>Format file: %1</source>
        <translation>Archivo de formato: %1</translation>
    </message>
    <message numerus="yes">
        <source>Format file: %n more remark(s); `faultless-cli formats` lists them all</source>
        <translation>
            <numerusform>Archivo de formato: %n observación más; `faultless-cli formats` las muestra todas</numerusform>
            <numerusform>Archivo de formato: %n observaciones más; `faultless-cli formats` las muestra todas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: /%2: a format of this name is defined already; this one is not used</source>
        <translation>%1: /%2: ya hay un formato definido con este nombre; este no se usa</translation>
    </message>
</context>
<context>
    <name>LnavTimeFormat</name>
    <message>
        <source>timestamp-format "%1": the directive %%2 is not supported</source>
        <translation>timestamp-format "%1": no se admite la directiva %%2</translation>
    </message>
</context>
<context>
    <name>LogfmtImporter</name>
    <message>
        <source>not key=value pairs</source>
        <translation>no son pares key=value</translation>
    </message>
    <message>
        <source>no timestamp field</source>
        <translation>no hay campo de marca de tiempo</translation>
    </message>
    <message>
        <source>unreadable timestamp "%1"</source>
        <translation>marca de tiempo ilegible "%1"</translation>
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
        <translation>no mencionado</translation>
    </message>
    <message>
        <source>An annotation of this event is marked: %1</source>
        <translation>Una anotación de este evento está marcada: %1</translation>
    </message>
    <message>
        <source>This step is marked: %1</source>
        <translation>Este paso está marcado: %1</translation>
    </message>
</context>
<context>
    <name>OpsgenieImporter</name>
    <message>
        <source>not an Opsgenie alert webhook (no action or alert)</source>
        <translation>no es un webhook de alertas de Opsgenie (no hay action ni alert)</translation>
    </message>
    <message>
        <source>no usable "createdAt" or "updatedAt"</source>
        <translation>ningún "createdAt" ni "updatedAt" utilizable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Opsgenie alert webhooks</source>
        <translation>Webhooks de alertas de Opsgenie</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>not a file, a character device or a pipe</source>
        <translation>no es un archivo, un dispositivo de caracteres ni una tubería</translation>
    </message>
</context>
<context>
    <name>PagerDutyImporter</name>
    <message>
        <source>not a PagerDuty log entry (type "%1")</source>
        <translation>no es una entrada de registro de PagerDuty (tipo "%1")</translation>
    </message>
    <message>
        <source>no usable "created_at"</source>
        <translation>ningún "created_at" utilizable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>an incident without a usable "created_at"</source>
        <translation>un incidente sin "created_at" utilizable</translation>
    </message>
    <message>
        <source>Incident opened: %1</source>
        <translation>Incidente abierto: %1</translation>
    </message>
    <message>
        <source>no usable "at"</source>
        <translation>ningún "at" utilizable</translation>
    </message>
    <message>
        <source>%1 acknowledged %2</source>
        <translation>%1 confirmó %2</translation>
    </message>
    <message>
        <source>%2 assigned to %1</source>
        <translation>%2 asignado a %1</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>Entradas de registro de PagerDuty</translation>
    </message>
</context>
<context>
    <name>ParticipantSuggestions</name>
    <message>
        <source>Cannot read who the sources name: %1</source>
        <translation>No se pueden leer las personas que nombran las fuentes: %1</translation>
    </message>
</context>
<context>
    <name>PdfBriefing</name>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>No se puede escribir el PDF: %1</translation>
    </message>
</context>
<context>
    <name>PhaseNames</name>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Key moment</source>
        <extracomment>Phase marker on the timeline: a moment the review team singled out</extracomment>
        <translation>Momento clave</translation>
    </message>
</context>
<context>
    <name>PlainTextImporter</name>
    <message>
        <source>Plain text log (timestamped lines)</source>
        <translation>Registro de texto plano (líneas con marca de tiempo)</translation>
    </message>
    <message>
        <source>unreadable or out-of-range timestamp at the start of the line</source>
        <translation>marca de tiempo ilegible o fuera de intervalo al principio de la línea</translation>
    </message>
    <message numerus="yes">
        <source>No timestamp layout covers enough of the first %n line(s) (half, or one in ten at the start of a line); each line was tried against every layout: ISO 8601 (with "," or "." fractions, day of the year), syslog, common log, ctime and Apache error_log, day-month-year, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, Unix epoch numbers, TAI64N and time of day.</source>
        <translation>
            <numerusform>Ningún formato de marca de tiempo cubre lo suficiente de la primera %n línea (la mitad, o una de cada diez al principio de una línea); cada línea se probó con todos los formatos: ISO 8601 (con fracciones con "," o ".", día del año), syslog, common log, ctime y Apache error_log, día-mes-año, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, números de época Unix, TAI64N y hora del día.</numerusform>
            <numerusform>Ningún formato de marca de tiempo cubre lo suficiente de las primeras %n líneas (la mitad, o una de cada diez al principio de una línea); cada línea se probó con todos los formatos: ISO 8601 (con fracciones con "," o ".", día del año), syslog, common log, ctime y Apache error_log, día-mes-año, java.util.logging, glog, logcat, HDFS yyMMdd HHmmss, Spark yy/MM/dd, números de época Unix, TAI64N y hora del día.</numerusform>
        </translation>
    </message>
    <message>
        <source>no timestamp (%1)</source>
        <translation>no hay marca de tiempo (%1)</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>Only events added by hand can be edited; recorded events stay as recorded.</source>
        <translation>Solo se pueden editar los eventos añadidos manualmente; los eventos registrados se quedan como se registraron.</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Elija primero un evento.</translation>
    </message>
    <message>
        <source>Marked the event disputed</source>
        <translation>Evento marcado como en disputa</translation>
    </message>
    <message>
        <source>Marked the event uncertain</source>
        <translation>Evento marcado como incierto</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>Exporting events to %1…</source>
        <translation>Exportando eventos a %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>Se exportó %n evento a %1</numerusform>
            <numerusform>Se exportaron %n eventos a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive Review</source>
        <translation>Archivar revisión</translation>
    </message>
    <message>
        <source>Review archives (*.zip)</source>
        <translation>Archivos de revisión (*.zip)</translation>
    </message>
    <message>
        <source>Archiving the review to %1…</source>
        <translation>Archivando la revisión en %1…</translation>
    </message>
    <message>
        <source>Wrote %1. Some original files were not found and are listed as missing in its manifest.</source>
        <translation>Se escribió %1. Algunos archivos originales no se encontraron y figuran como ausentes en su manifiesto.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Disputas</translation>
    </message>
    <message>
        <source>Surprises and What Helped</source>
        <translation>Sorpresas y lo que ayudó</translation>
    </message>
    <message>
        <source>Agreed Timeline</source>
        <translation>Línea de tiempo acordada</translation>
    </message>
    <message>
        <source>&amp;Export Events…</source>
        <translation>&amp;Exportar eventos…</translation>
    </message>
    <message>
        <source>Write all events as CSV or JSON lines, which Faultless imports back without loss</source>
        <translation>Escribir todos los eventos como CSV o JSON lines, que Faultless vuelve a importar sin pérdidas</translation>
    </message>
    <message>
        <source>&amp;Archive Review…</source>
        <translation>Arc&amp;hivar revisión…</translation>
    </message>
    <message>
        <source>Add &amp;Event by Hand…</source>
        <translation>Añadir &amp;evento manualmente…</translation>
    </message>
    <message>
        <source>Add Event by Hand</source>
        <translation>Añadir evento manualmente</translation>
    </message>
    <message>
        <source>Added an event by hand; it is marked as added by a reviewer.</source>
        <translation>Se añadió un evento manualmente; está marcado como añadido por un revisor.</translation>
    </message>
    <message>
        <source>Edit Event Added by &amp;Hand…</source>
        <translation>Editar evento añadido &amp;manualmente…</translation>
    </message>
    <message>
        <source>Delete Event Added by Hand</source>
        <translation>Eliminar evento añadido manualmente</translation>
    </message>
    <message>
        <source>Only events added by hand can be deleted; remove a whole source instead.</source>
        <translation>Solo se pueden eliminar los eventos añadidos manualmente; quite en su lugar una fuente entera.</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed…</source>
        <translation>Marcar en d&amp;isputa…</translation>
    </message>
    <message>
        <source>Mark &amp;Uncertain…</source>
        <translation>Marcar como in&amp;cierto…</translation>
    </message>
    <message>
        <source>Mark Timeline &amp;Agreed…</source>
        <translation>Marcar línea de tiempo como &amp;acordada…</translation>
    </message>
    <message>
        <source>Changes Since Agreement</source>
        <translation>Cambios desde el acuerdo</translation>
    </message>
    <message>
        <source>One zip file with the review, its briefings and the original imported files</source>
        <translation>Un archivo zip con la revisión, sus informes y los archivos originales importados</translation>
    </message>
    <message>
        <source>Mark the current event disputed; in an annotation thread or a narrative's steps, their current item</source>
        <translation>Marcar el evento actual como en disputa; en una lista de anotaciones o en los pasos de una narrativa, su elemento actual</translation>
    </message>
    <message>
        <source>Mark the current event uncertain; in an annotation thread or a narrative's steps, their current item</source>
        <translation>Marcar el evento actual como incierto; en una lista de anotaciones o en los pasos de una narrativa, su elemento actual</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Summary and Impact Window…</source>
        <translation>&amp;Resumen e intervalo de impacto…</translation>
    </message>
    <message>
        <source>Write what the briefing opens with: the impact in a few sentences and when customers were affected</source>
        <translation>Escribir con qué empieza el informe: el impacto en pocas frases y cuándo se vieron afectados los clientes</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>The event needs a time.</source>
        <translation>El evento necesita una hora.</translation>
    </message>
    <message>
        <source>The event needs a text saying what happened.</source>
        <translation>El evento necesita un texto que diga lo que ocurrió.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>El evento termina antes de empezar.</translation>
    </message>
    <message>
        <source>Add event by hand</source>
        <translation>Añadir evento manualmente</translation>
    </message>
    <message>
        <source>Edit event added by hand</source>
        <translation>Editar evento añadido manualmente</translation>
    </message>
    <message>
        <source>Delete event added by hand</source>
        <translation>Eliminar evento añadido manualmente</translation>
    </message>
    <message>
        <source>Link learning</source>
        <translation>Vincular aprendizaje</translation>
    </message>
    <message>
        <source>Unlink learning</source>
        <translation>Desvincular aprendizaje</translation>
    </message>
    <message>
        <source>Only events added by hand can be edited; recorded events stay as recorded.</source>
        <translation>Solo se pueden editar los eventos añadidos manualmente; los eventos registrados se quedan como se registraron.</translation>
    </message>
    <message>
        <source>Only events added by hand can be deleted; remove a whole source instead.</source>
        <translation>Solo se pueden eliminar los eventos añadidos manualmente; quite en su lugar una fuente entera.</translation>
    </message>
    <message>
        <source>There is no source %1 in this review.</source>
        <translation>No hay ninguna fuente %1 en esta revisión.</translation>
    </message>
    <message>
        <source>Shift clock of %1</source>
        <translation>Desplazar el reloj de %1</translation>
    </message>
    <message>
        <source>Cannot mark "%1" as "%2".</source>
        <translation>No se puede marcar "%1" como "%2".</translation>
    </message>
    <message>
        <source>Mark disputed</source>
        <translation>Marcar en disputa</translation>
    </message>
    <message>
        <source>Mark uncertain</source>
        <translation>Marcar como incierto</translation>
    </message>
    <message>
        <source>Settle dispute</source>
        <translation>Resolver disputa</translation>
    </message>
    <message>
        <source>Unknown kind of learning "%1".</source>
        <translation>Tipo de aprendizaje desconocido "%1".</translation>
    </message>
    <message>
        <source>Add surprise</source>
        <translation>Añadir sorpresa</translation>
    </message>
    <message>
        <source>Add what helped</source>
        <translation>Añadir lo que ayudó</translation>
    </message>
    <message>
        <source>Edit learning</source>
        <translation>Editar aprendizaje</translation>
    </message>
    <message>
        <source>Delete learning</source>
        <translation>Eliminar aprendizaje</translation>
    </message>
    <message>
        <source>Mark timeline agreed</source>
        <translation>Marcar línea de tiempo como acordada</translation>
    </message>
    <message>
        <source>There is no question %1 in this review.</source>
        <translation>No hay ninguna pregunta %1 en esta revisión.</translation>
    </message>
    <message>
        <source>Add answer</source>
        <translation>Añadir respuesta</translation>
    </message>
    <message>
        <source>Edit answer</source>
        <translation>Editar respuesta</translation>
    </message>
    <message>
        <source>Delete answer</source>
        <translation>Eliminar respuesta</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this review.</source>
        <translation>En esta revisión no hay ningún elemento «%1» con el número %2.</translation>
    </message>
</context>
<context>
    <name>Pseudonymiser</name>
    <message>
        <source>Participant %1</source>
        <translation>Participante %1</translation>
    </message>
</context>
<context>
    <name>Redactor</name>
    <message>
        <source>redacted</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Cannot read the redaction patterns %1: %2</source>
        <translation>No se pueden leer los patrones de ocultación %1: %2</translation>
    </message>
    <message>
        <source>The redaction patterns %1 are not valid JSON: %2</source>
        <translation>Los patrones de ocultación %1 no son JSON válido: %2</translation>
    </message>
    <message>
        <source>Redaction pattern "%1" is invalid: %2</source>
        <translation>El patrón de ocultación "%1" no es válido: %2</translation>
    </message>
    <message>
        <source>%1 holds no redaction patterns</source>
        <translation>%1 no contiene patrones de ocultación</translation>
    </message>
    <message>
        <source>Redaction pattern "%1" asks for an unknown check "%2"</source>
        <translation>El patrón de ocultación "%1" solicita una comprobación desconocida "%2"</translation>
    </message>
</context>
<context>
    <name>ReimportCommands</name>
    <message>
        <source>This source is no longer in the review.</source>
        <translation>Esta fuente ya no está en la revisión.</translation>
    </message>
    <message>
        <source>%1 cannot be imported again: its file %2 is gone (moved, renamed or deleted since it was imported).</source>
        <translation>%1 no se puede volver a importar: su archivo %2 ya no existe (se movió, se renombró o se eliminó desde que se importó).</translation>
    </message>
    <message>
        <source>%1 cannot be imported again: its file %2 cannot be read.</source>
        <translation>%1 no se puede volver a importar: su archivo %2 no se puede leer.</translation>
    </message>
    <message>
        <source>%1 cannot be imported again: its file %2 has changed since it was imported (%3 bytes then, %4 now). Import it as a new file instead.</source>
        <translation>%1 no se puede volver a importar: su archivo %2 ha cambiado desde que se importó (entonces %3 bytes, ahora %4). Impórtelo en su lugar como archivo nuevo.</translation>
    </message>
    <message>
        <source>Import %1 again</source>
        <translation>Volver a importar %1</translation>
    </message>
</context>
<context>
    <name>Reversibility</name>
    <message>
        <source>Cannot read the flag changes: %1</source>
        <translation>No se pueden leer los cambios de feature flags: %1</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>earlier value unknown; reversal cannot be told</source>
        <translation>valor anterior desconocido; no se puede saber si se revirtió</translation>
    </message>
    <message>
        <source>not reversed</source>
        <translation>no revertido</translation>
    </message>
    <message>
        <source>reversed after %1</source>
        <translation>revertido tras %1</translation>
    </message>
    <message>
        <source>reversed after %1 by %2</source>
        <translation>revertido tras %1 por %2</translation>
    </message>
    <message>
        <source>(flag turned off)</source>
        <translation>(feature flag desactivado)</translation>
    </message>
</context>
<context>
    <name>ReviewArchive</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot add %1 to the archive: %2</source>
        <translation>No se puede añadir %1 al archivo: %2</translation>
    </message>
    <message>
        <source>Out of memory</source>
        <translation>Memoria insuficiente</translation>
    </message>
    <message>
        <source>%1 in the archive is larger than allowed (%2 bytes)</source>
        <translation>%1 en el archivo es mayor de lo permitido (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 in the archive inflates %2 times: refused as a decompression bomb</source>
        <translation>%1 en el archivo crece %2 veces al descomprimirse: rechazado como bomba de descompresión</translation>
    </message>
    <message>
        <source>Cannot read %1 in the archive: %2</source>
        <translation>No se puede leer %1 en el archivo: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 in the archive is damaged: %2</source>
        <translation>%1 en el archivo está dañado: %2</translation>
    </message>
    <message>
        <source>%1 in the archive holds more than it declares</source>
        <translation>%1 en el archivo contiene más de lo que declara</translation>
    </message>
    <message>
        <source>%1 in the archive is truncated</source>
        <translation>%1 en el archivo está truncado</translation>
    </message>
    <message>
        <source>Original file of %1 not found: %2</source>
        <translation>No se encontró el archivo original de %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Archiving canceled; nothing was written.</source>
        <translation>Archivado cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file to restore into</source>
        <translation>%1 ya existe; elija un archivo nuevo en el que restaurar</translation>
    </message>
    <message>
        <source>%1 is not a readable archive: %2</source>
        <translation>%1 no es un archivo comprimido legible: %2</translation>
    </message>
    <message>
        <source>The review in %1 cannot be opened: %2</source>
        <translation>No se puede abrir la revisión de %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>%1 was left out: %2</source>
        <translation>Se omitió %1: %2</translation>
    </message>
    <message>
        <source>The PDF and HTML briefings were left out: they need a graphical application</source>
        <translation>Se omitieron los informes en PDF y HTML: necesitan una aplicación gráfica</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is the review document itself</source>
        <translation>es el propio documento de revisión</translation>
    </message>
    <message>
        <source>no content hash was recorded when it was imported</source>
        <translation>no se registró ningún hash de contenido al importarlo</translation>
    </message>
    <message>
        <source>it holds %1 bytes, the imported file held %2</source>
        <translation>contiene %1 bytes; el archivo importado contenía %2</translation>
    </message>
    <message>
        <source>its content differs from the imported file's</source>
        <translation>su contenido difiere del del archivo importado</translation>
    </message>
    <message>
        <source>Original file of %1 left out: %2 is not the file that was imported (%3)</source>
        <translation>Se omitió el archivo original de %1: %2 no es el archivo que se importó (%3)</translation>
    </message>
    <message>
        <source>briefing.md was left out: %1</source>
        <translation>Se omitió briefing.md: %1</translation>
    </message>
    <message>
        <source>Cannot read the copy of the review: %1</source>
        <translation>No se puede leer la copia de la revisión: %1</translation>
    </message>
    <message>
        <source>it changed while the archive was written</source>
        <translation>cambió mientras se escribía el archivo comprimido</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>its size (%1 bytes) does not fit its page size (%2)</source>
        <translation>su tamaño (%1 bytes) no encaja con su tamaño de página (%2)</translation>
    </message>
    <message>
        <source>it is an SQLite database but not a Faultless review document</source>
        <translation>es una base de datos SQLite, pero no un documento de revisión de Faultless</translation>
    </message>
    <message>
        <source>it declares %1 bytes but its header says %2</source>
        <translation>declara %1 bytes, pero su cabecera indica %2</translation>
    </message>
    <message>
        <source>it holds no %1</source>
        <translation>no contiene %1</translation>
    </message>
    <message>
        <source>its %1 is larger than allowed</source>
        <translation>su %1 es mayor de lo permitido</translation>
    </message>
    <message>
        <source>its %1 is not a Faultless archive manifest (offset %2: %3)</source>
        <translation>su %1 no es un manifiesto de archivo de Faultless (desplazamiento %2: %3)</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes but its manifest says %3</source>
        <translation>%1 declara %2 bytes, pero el manifiesto indica %3</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; restore writes only new files</source>
        <translation>%1 es un enlace simbólico; la restauración solo escribe archivos nuevos</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>%1 is not listed in the manifest with its content hash</source>
        <translation>%1 no figura en el manifiesto con su hash de contenido</translation>
    </message>
    <message>
        <source>%1 appears twice in the archive</source>
        <translation>%1 aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>the manifest lists %1, which is not in the archive</source>
        <translation>el manifiesto incluye %1, que no está en el archivo</translation>
    </message>
    <message>
        <source>the archive needs %1 bytes on %2, which has %3 free</source>
        <translation>el archivo necesita %1 bytes en %2, que tiene %3 libres</translation>
    </message>
    <message>
        <source>it holds an entry with an unsafe name (%1)</source>
        <translation>contiene una entrada con un nombre inseguro (%1)</translation>
    </message>
    <message>
        <source>its %1 is not a review document: %2</source>
        <translation>su %1 no es un documento de revisión: %2</translation>
    </message>
    <message>
        <source>%1 in the archive does not match the hash in its manifest</source>
        <translation>%1 en el archivo no coincide con el hash del manifiesto</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2; nothing was restored</source>
        <translation>No se puede restaurar %1: %2; no se restauró nada</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>Could not save "%1": %2</source>
        <translation>No se pudo guardar "%1": %2</translation>
    </message>
</context>
<context>
    <name>ReviewCopy</name>
    <message>
        <source>Cannot copy the review: %1</source>
        <translation>No se puede copiar la revisión: %1</translation>
    </message>
    <message>
        <source>Cannot read the review's sources: %1</source>
        <translation>No se pueden leer las fuentes de la revisión: %1</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a readable file</source>
        <translation>%1 no es un archivo legible</translation>
    </message>
    <message>
        <source>%1 is not a Faultless review document (not an SQLite database)</source>
        <translation>%1 no es un documento de revisión de Faultless (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1 está dañado o no es una base de datos: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Faultless review document</source>
        <translation>%1 es una base de datos SQLite, pero no un documento de revisión de Faultless</translation>
    </message>
    <message>
        <source>%1 was written by a newer Faultless (document version %2; this version reads up to %3)</source>
        <translation>%1 se escribió con una versión más reciente de Faultless (versión de documento %2; esta versión lee hasta la %3)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to document version %2: %3</source>
        <translation>No se puede actualizar %1 a la versión de documento %2: %3</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>el archivo es más corto de lo que indica su cabecera</translation>
    </message>
    <message>
        <source>Cannot finish indexing the text of an interrupted import in %1: %2</source>
        <translation>No se puede terminar de indexar el texto de una importación interrumpida en %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by an older Faultless and must be upgraded before it can be read, which needs write access. %2</source>
        <translation>%1 se escribió con una versión anterior de Faultless y debe actualizarse antes de poder leerse, lo que requiere acceso de escritura. %2</translation>
    </message>
    <message>
        <source>The file %1-wal beside %1 belongs to another database (its pages have another size), so it was left alone and the review opened read-only, as its own file holds it. To edit the review, move %1-wal away and open the review again.</source>
        <translation>El archivo %1-wal junto a %1 pertenece a otra base de datos (sus páginas tienen otro tamaño), así que no se tocó y la revisión se abrió en modo de solo lectura, tal como la contiene su propio archivo. Para editar la revisión, mueva %1-wal a otro lugar y vuelva a abrir la revisión.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, and saving a review needs to create files beside it: the review opened read-only. To edit the review, save a copy to a writable folder.</source>
        <translation>La carpeta de %1 es de solo lectura, y guardar una revisión necesita crear archivos junto a ella: la revisión se abrió en modo de solo lectura. Para editar la revisión, guarde una copia en una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>(If %1-wal beside it was copied from another review or database, move it away and try again.)</source>
        <translation>(Si %1-wal, junto a él, se copió de otra revisión o base de datos, muévalo a otro lugar y vuelva a intentarlo.)</translation>
    </message>
    <message>
        <source>Cannot check %1: this build cannot create the document schema</source>
        <translation>No se puede comprobar %1: esta compilación no puede crear el esquema del documento</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema cannot be read</source>
        <translation>%1 está dañado: no se puede leer su esquema</translation>
    </message>
    <message>
        <source>%1 has been altered and is not opened: its %2 "%3" is not one that Faultless creates (an altered view or trigger can hang or change every read)</source>
        <translation>%1 se ha alterado y no se abre: su objeto %2 "%3" no es uno de los que crea Faultless (una vista o un disparador alterados pueden bloquear o falsear cualquier lectura)</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 "%3" is missing</source>
        <translation>%1 está dañado: falta su objeto %2 "%3"</translation>
    </message>
</context>
<context>
    <name>Sensemaking</name>
    <message>
        <source>Sense-making</source>
        <translation>Construcción de sentido</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>People in the review. Exports show the pseudonym where one is set.</source>
        <translation>Personas de la revisión. Las exportaciones muestran el seudónimo cuando hay uno definido.</translation>
    </message>
    <message>
        <source>Factor categories</source>
        <translation>Categorías de factores</translation>
    </message>
    <message>
        <source>The categories offered for contributing factors in this review. Their order is not an order of importance.</source>
        <translation>Las categorías que se ofrecen para los factores contribuyentes en esta revisión. Su orden no es un orden de importancia.</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>&amp;Narratives</source>
        <translation>&amp;Narrativas</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>&amp;Opportunities</source>
        <translation>&amp;Oportunidades de mejora</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>P&amp;articipantes</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>Add Contributing &amp;Factor</source>
        <translation>Añadir &amp;factor contribuyente</translation>
    </message>
    <message>
        <source>New &amp;Narrative</source>
        <translation>&amp;Nueva narrativa</translation>
    </message>
    <message>
        <source>&amp;Compare Narratives</source>
        <translation>&amp;Comparar narrativas</translation>
    </message>
    <message>
        <source>Open &amp;Questions</source>
        <translation>&amp;Preguntas abiertas</translation>
    </message>
    <message>
        <source>Facilitator &amp;Mode</source>
        <translation>&amp;Modo facilitador</translation>
    </message>
    <message>
        <source>Fac&amp;tors</source>
        <translation>Fac&amp;tores</translation>
    </message>
</context>
<context>
    <name>SensemakingCommands</name>
    <message>
        <source>Add category "%1"</source>
        <translation>Añadir categoría "%1"</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Cambiar nombre de categoría</translation>
    </message>
    <message>
        <source>Edit category description</source>
        <translation>Editar descripción de categoría</translation>
    </message>
    <message>
        <source>Delete category "%1"</source>
        <translation>Eliminar categoría "%1"</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Nuevo factor</translation>
    </message>
    <message>
        <source>Add factor "%1"</source>
        <translation>Añadir factor "%1"</translation>
    </message>
    <message>
        <source>Edit factor title</source>
        <translation>Editar título del factor</translation>
    </message>
    <message>
        <source>Edit factor description</source>
        <translation>Editar descripción del factor</translation>
    </message>
    <message>
        <source>Change factor category</source>
        <translation>Cambiar categoría del factor</translation>
    </message>
    <message>
        <source>Delete factor "%1"</source>
        <translation>Eliminar factor "%1"</translation>
    </message>
    <message numerus="yes">
        <source>Cite %n event(s) as evidence</source>
        <translation>
            <numerusform>Citar %n evento como evidencia</numerusform>
            <numerusform>Citar %n eventos como evidencia</numerusform>
        </translation>
    </message>
    <message>
        <source>Cite annotation as evidence</source>
        <translation>Citar anotación como evidencia</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n factor(s)</source>
        <translation>
            <numerusform>Fusionar %n factor</numerusform>
            <numerusform>Fusionar %n factores</numerusform>
        </translation>
    </message>
    <message>
        <source>New narrative</source>
        <translation>Nueva narrativa</translation>
    </message>
    <message>
        <source>Add narrative "%1"</source>
        <translation>Añadir narrativa "%1"</translation>
    </message>
    <message>
        <source>Edit narrative title</source>
        <translation>Editar título de la narrativa</translation>
    </message>
    <message>
        <source>Edit vantage point</source>
        <translation>Editar punto de vista</translation>
    </message>
    <message>
        <source>Edit narrative author</source>
        <translation>Editar autor de la narrativa</translation>
    </message>
    <message>
        <source>Delete narrative "%1"</source>
        <translation>Eliminar narrativa "%1"</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message numerus="yes">
        <source>Add %n step(s) from events</source>
        <translation>
            <numerusform>Añadir %n paso a partir de eventos</numerusform>
            <numerusform>Añadir %n pasos a partir de eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Editar paso</translation>
    </message>
    <message>
        <source>Cite event in step</source>
        <translation>Citar evento en el paso</translation>
    </message>
    <message>
        <source>Remove cited event</source>
        <translation>Quitar evento citado</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Mover paso</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>Mark question explored</source>
        <translation>Marcar pregunta como explorada</translation>
    </message>
    <message>
        <source>Reopen question</source>
        <translation>Reabrir pregunta</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Eliminar pregunta</translation>
    </message>
    <message>
        <source>Link question to factors</source>
        <translation>Vincular pregunta con factores</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nueva oportunidad de mejora</translation>
    </message>
    <message>
        <source>Add opportunity</source>
        <translation>Añadir oportunidad de mejora</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Editar oportunidad de mejora</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>Eliminar oportunidad de mejora</translation>
    </message>
    <message>
        <source>Link opportunity to factors</source>
        <translation>Vincular oportunidad de mejora con factores</translation>
    </message>
    <message>
        <source>Confirm participant</source>
        <translation>Confirmar participante</translation>
    </message>
    <message>
        <source>Merge into participant</source>
        <translation>Fusionar con participante</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marcar como presente</translation>
    </message>
    <message>
        <source>Mark not present</source>
        <translation>Marcar como ausente</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>"%1" is not a server review: expected postgresql://host/database?review=NAME</source>
        <translation>"%1" no es una revisión de servidor: se esperaba postgresql://host/database?review=NAME</translation>
    </message>
    <message>
        <source>a password in the server address is not accepted: put it in ~/.pgpass or PGPASSWORD</source>
        <translation>no se acepta una contraseña en la dirección del servidor: póngala en ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <source>the port of "%1" is not between 1 and 65535</source>
        <translation>el puerto de "%1" no está entre 1 y 65535</translation>
    </message>
    <message>
        <source>unknown connection option "%1" in the server address</source>
        <translation>opción de conexión desconocida "%1" en la dirección del servidor</translation>
    </message>
    <message>
        <source>the server address names no review: add ?review=NAME</source>
        <translation>la dirección del servidor no indica ninguna revisión: añada ?review=NAME</translation>
    </message>
    <message>
        <source>"%1" is not a valid review name: use up to %2 letters, digits, '.', '-' or '_'</source>
        <translation>"%1" no es un nombre de revisión válido: use hasta %2 letras, dígitos, '.', '-' o '_'</translation>
    </message>
</context>
<context>
    <name>ServerReview</name>
    <message>
        <source>the PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)</source>
        <translation>el controlador de PostgreSQL de Qt no está instalado (paquete de Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>server error: %1</source>
        <translation>error del servidor: %1</translation>
    </message>
    <message>
        <source>there is no review "%1" on %2</source>
        <translation>no hay ninguna revisión "%1" en %2</translation>
    </message>
    <message>
        <source>there is no PostgreSQL login "%1" on %2: an administrator creates it (CREATE ROLE ... LOGIN)</source>
        <translation>no existe el usuario de PostgreSQL "%1" en %2: lo crea un administrador (CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <source>the review has no table "%1": it is not of the current version</source>
        <translation>la revisión no tiene la tabla "%1": no es de la versión actual</translation>
    </message>
    <message>
        <source>%1 is of schema version %2; open it once in this version of Faultless first</source>
        <translation>%1 tiene la versión de esquema %2; ábralo primero una vez en esta versión de Faultless</translation>
    </message>
    <message>
        <source>there is already a review "%1" on %2</source>
        <translation>ya hay una revisión "%1" en %2</translation>
    </message>
    <message>
        <source>no database handle for the copy of "%1"</source>
        <translation>no hay identificador de base de datos para la copia de "%1"</translation>
    </message>
    <message>
        <source>row %1 of table "%2" holds a NUL character in "%3", which PostgreSQL cannot store</source>
        <translation>la fila %1 de la tabla "%2" contiene un carácter NUL en "%3", que PostgreSQL no puede almacenar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>cannot copy table "%1" to the server: %2</source>
        <translation>no se puede copiar la tabla "%1" al servidor: %2</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>the server sent a row of "%1" that cannot be read</source>
        <translation>el servidor envió una fila de "%1" que no se puede leer</translation>
    </message>
    <message>
        <source>the server sent bytes of "%1" that cannot be read</source>
        <translation>el servidor envió bytes de "%1" que no se pueden leer</translation>
    </message>
    <message>
        <source>cannot copy table "%1" from the server: %2</source>
        <translation>no se puede copiar la tabla "%1" desde el servidor: %2</translation>
    </message>
    <message>
        <source>another import reached %1 meanwhile; nothing was added: run the import again</source>
        <translation>otra importación llegó a %1 mientras tanto; no se añadió nada: vuelva a ejecutar la importación</translation>
    </message>
    <message>
        <source>%1 is of schema version %2 and this Faultless reads version %3</source>
        <translation>%1 tiene la versión de esquema %2 y este Faultless lee la versión %3</translation>
    </message>
    <message>
        <source>cannot count the events of the copy: %1</source>
        <translation>no se pueden contar los eventos de la copia: %1</translation>
    </message>
    <message>
        <source>no database handle</source>
        <translation>sin conexión a la base de datos</translation>
    </message>
</context>
<context>
    <name>ServerSync</name>
    <message>
        <source>server error: %1</source>
        <translation>error del servidor: %1</translation>
    </message>
    <message>
        <source>the server has given out all blocks of ids (%1)</source>
        <translation>el servidor ya ha asignado todos los bloques de identificadores (%1)</translation>
    </message>
</context>
<context>
    <name>SlackImporter</name>
    <message>
        <source>%1: not a Slack day file (a JSON array of messages): %2</source>
        <translation>%1: no es un archivo diario de Slack (un array JSON de mensajes): %2</translation>
    </message>
    <message>
        <source>%1: not a readable zip archive: %2</source>
        <translation>%1: no es un archivo zip legible: %2</translation>
    </message>
    <message>
        <source>%1: the archive has %2 entries, more than a Slack export of %3</source>
        <translation>%1: el archivo tiene %2 entradas, más que una exportación de Slack de %3</translation>
    </message>
    <message>
        <source>zip entry %1: cannot be read: %2</source>
        <translation>entrada zip %1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>zip entry %1: damaged</source>
        <translation>entrada zip %1: dañada</translation>
    </message>
    <message>
        <source>%1: the archive inflates to more than %2 MiB; import stopped at %3</source>
        <translation>%1: el archivo ocupa más de %2 MiB al descomprimirse; la importación se detuvo en %3</translation>
    </message>
    <message>
        <source>zip entry %1: larger than %2 MiB, skipped</source>
        <translation>entrada zip %1: mayor de %2 MiB, omitida</translation>
    </message>
    <message>
        <source>zip entry "%1": unsafe path, skipped</source>
        <translation>entrada zip "%1": ruta insegura, omitida</translation>
    </message>
    <message>
        <source>zip entry %1: not part of a Slack export, skipped</source>
        <translation>entrada zip %1: no forma parte de una exportación de Slack, omitida</translation>
    </message>
    <message>
        <source>zip entry %1: not a JSON array of messages: %2</source>
        <translation>entrada zip %1: no es un array JSON de mensajes: %2</translation>
    </message>
    <message>
        <source>%1: no channel day files in the archive</source>
        <translation>%1: no hay archivos diarios de canal en el archivo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not a message object</source>
        <translation>no es un objeto de mensaje</translation>
    </message>
    <message>
        <source>no usable "ts"</source>
        <translation>ningún "ts" utilizable</translation>
    </message>
    <message>
        <source>Slack export</source>
        <translation>Exportación de Slack</translation>
    </message>
    <message>
        <source>zip entry %1: larger than %2 MiB once read into memory (too many values for its size), skipped</source>
        <translation>entrada zip %1: más de %2 MiB una vez leída en memoria (demasiados valores para su tamaño), omitida</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) show their author as a Slack user id: no users.json next to the channel folder names them.</source>
        <translation>
            <numerusform>%n mensaje muestra su autoría solo como ID de usuario de Slack: junto a la carpeta del canal no hay ningún users.json que indique de quién se trata.</numerusform>
            <numerusform>%n mensajes muestran su autoría solo como ID de usuario de Slack: junto a la carpeta del canal no hay ningún users.json que indique de quién se trata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) show their author as a Slack user id: the archive's users.json does not name them.</source>
        <translation>
            <numerusform>%n mensaje muestra su autoría solo como ID de usuario de Slack: el users.json del archivo zip no indica de quién se trata.</numerusform>
            <numerusform>%n mensajes muestran su autoría solo como ID de usuario de Slack: el users.json del archivo zip no indica de quién se trata.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceExcerpt</name>
    <message>
        <source>This event was added by a reviewer; it has no source file.</source>
        <translation>Este evento lo añadió un revisor; no tiene archivo de origen.</translation>
    </message>
    <message>
        <source>The source file %1 is no longer there.</source>
        <translation>El archivo de origen %1 ya no está.</translation>
    </message>
    <message>
        <source>%1 is shorter than when it was imported: nothing at byte %2 any more.</source>
        <translation>%1 es más corto que cuando se importó: ya no hay nada en el byte %2.</translation>
    </message>
</context>
<context>
    <name>StagingFolder</name>
    <message>
        <source>Cannot create a folder beside %1: %2</source>
        <translation>No se puede crear una carpeta junto a %1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryCommands</name>
    <message>
        <source>Edit impact window</source>
        <translation>Editar intervalo de impacto</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Editar resumen</translation>
    </message>
</context>
<context>
    <name>SyslogImporter</name>
    <message>
        <source>RFC 5424 record without a timestamp</source>
        <translation>registro RFC 5424 sin marca de tiempo</translation>
    </message>
    <message>
        <source>unreadable RFC 5424 timestamp "%1"</source>
        <translation>marca de tiempo RFC 5424 ilegible "%1"</translation>
    </message>
    <message>
        <source>not a syslog line</source>
        <translation>no es una línea de syslog</translation>
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
        <translation>Presión de producción</translation>
    </message>
    <message>
        <source>Deadlines, targets and expectations that shaped the choices people made.</source>
        <translation>Plazos, objetivos y expectativas que condicionaron las decisiones de las personas.</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>How much people were juggling: pages, meetings, parallel work, fatigue.</source>
        <translation>Cuánto tenían que atender las personas a la vez: avisos, reuniones, trabajo en paralelo, cansancio.</translation>
    </message>
    <message>
        <source>Economics and cost</source>
        <translation>Economía y costes</translation>
    </message>
    <message>
        <source>Budgets, staffing and cost trade-offs behind the system as it was.</source>
        <translation>Presupuestos, personal y compromisos de coste detrás del sistema tal como era.</translation>
    </message>
    <message>
        <source>Safety margin unknown</source>
        <translation>Margen de seguridad desconocido</translation>
    </message>
    <message>
        <source>How close to a limit the system ran was not visible to the people running it.</source>
        <translation>Lo cerca de un límite que funcionaba el sistema no era visible para quienes lo operaban.</translation>
    </message>
    <message>
        <source>Knowledge gaps</source>
        <translation>Lagunas de conocimiento</translation>
    </message>
    <message>
        <source>What people could not have known at the time, or knew only in part.</source>
        <translation>Lo que las personas no podían saber en ese momento, o solo sabían en parte.</translation>
    </message>
    <message>
        <source>Surprising interactions between components</source>
        <translation>Interacciones sorprendentes entre componentes</translation>
    </message>
    <message>
        <source>Parts that work on their own and combined in an unexpected way.</source>
        <translation>Partes que funcionan por sí solas y se combinaron de forma inesperada.</translation>
    </message>
    <message>
        <source>Tooling and automation</source>
        <translation>Herramientas y automatización</translation>
    </message>
    <message>
        <source>What tools and automation showed, hid, did or made hard.</source>
        <translation>Lo que las herramientas y la automatización mostraron, ocultaron, hicieron o dificultaron.</translation>
    </message>
    <message>
        <source>Coordination and communication</source>
        <translation>Coordinación y comunicación</translation>
    </message>
    <message>
        <source>How information moved, or did not, between people and teams.</source>
        <translation>Cómo circuló la información entre personas y equipos, o cómo no lo hizo.</translation>
    </message>
    <message>
        <source>Changing states</source>
        <translation>Estados cambiantes</translation>
    </message>
    <message>
        <source>Migrations, rollouts, experiments and other changes in progress at the time.</source>
        <translation>Migraciones, despliegues progresivos, experimentos y otros cambios en curso en ese momento.</translation>
    </message>
    <message>
        <source>Relationships between parts</source>
        <translation>Relaciones entre partes</translation>
    </message>
    <message>
        <source>Dependencies and couplings between services, teams and processes.</source>
        <translation>Dependencias y acoplamientos entre servicios, equipos y procesos.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Traffic, time of day, third parties and other conditions outside the team.</source>
        <translation>Tráfico, hora del día, terceros y otras condiciones ajenas al equipo.</translation>
    </message>
    <message>
        <source>Reversibility</source>
        <translation>Reversibilidad</translation>
    </message>
    <message>
        <source>Could the change be undone quickly? Flags, canaries and rollbacks.</source>
        <translation>¿Se podía deshacer el cambio rápidamente? Feature flags, canaries y reversiones.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>%1 is %2 text; it was converted to UTF-8 for reading.</source>
        <translation>%1 es texto %2; se convirtió a UTF-8 para leerlo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not valid UTF-8 in %n line(s), the first being line %2; they were read as Windows-1252 (Latin-1).</source>
        <translation>
            <numerusform>%1 no es UTF-8 válido en %n línea (la línea %2); se leyó como Windows-1252 (Latin-1).</numerusform>
            <numerusform>%1 no es UTF-8 válido en %n líneas, la primera de ellas la %2; se leyeron como Windows-1252 (Latin-1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextLayout</name>
    <message>
        <source>no known layout at the start of the line</source>
        <translation>ningún formato conocido al principio de la línea</translation>
    </message>
    <message>
        <source>no timestamp layout</source>
        <translation>ningún formato de marca de tiempo</translation>
    </message>
    <message>
        <source>ISO 8601 date and time</source>
        <translation>fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>ISO 8601 day of the year</source>
        <translation>día del año ISO 8601</translation>
    </message>
    <message>
        <source>common log format date</source>
        <translation>fecha en formato common log</translation>
    </message>
    <message>
        <source>syslog date without a year</source>
        <translation>fecha de syslog sin año</translation>
    </message>
    <message>
        <source>ctime date ("Wed Oct 11 14:32:52 2000")</source>
        <translation>fecha ctime ("Wed Oct 11 14:32:52 2000")</translation>
    </message>
    <message>
        <source>day, month name and year</source>
        <translation>día, nombre del mes y año</translation>
    </message>
    <message>
        <source>month name, day and year</source>
        <translation>nombre del mes, día y año</translation>
    </message>
    <message>
        <source>compact yyMMdd HHmmss</source>
        <translation>yyMMdd HHmmss compacto</translation>
    </message>
    <message>
        <source>yy/MM/dd date</source>
        <translation>fecha yy/MM/dd</translation>
    </message>
    <message>
        <source>MM-dd date without a year (logcat)</source>
        <translation>fecha MM-dd sin año (logcat)</translation>
    </message>
    <message>
        <source>glog level letter and MMdd date</source>
        <translation>letra de nivel de glog y fecha MMdd</translation>
    </message>
    <message>
        <source>Unix epoch number</source>
        <translation>número de época Unix</translation>
    </message>
    <message>
        <source>TAI64N label</source>
        <translation>etiqueta TAI64N</translation>
    </message>
    <message>
        <source>time of day without a date</source>
        <translation>hora del día sin fecha</translation>
    </message>
    <message>
        <source>%1 at the start of the line</source>
        <translation>%1 al principio de la línea</translation>
    </message>
    <message>
        <source>%1 at word %2 of the line</source>
        <translation>%1 en la palabra %2 de la línea</translation>
    </message>
</context>
<context>
    <name>TextLineImporter</name>
    <message numerus="yes">
        <source>line longer than %n MiB</source>
        <translation>
            <numerusform>línea de más de %n MiB</numerusform>
            <numerusform>línea de más de %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <source>no timestamp at the start of the line</source>
        <translation>no hay marca de tiempo al principio de la línea</translation>
    </message>
    <message>
        <source>%1 (not read as a continuation: it does not directly follow the lines of line %2's event)</source>
        <translation>%1 (no se leyó como continuación: no sigue directamente a las líneas del evento de la línea %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) longer than %1 lines or %2 MiB were split into several events (the first at line %3); each later part names the line its record starts at.</source>
        <translation>
            <numerusform>%n registro de más de %1 líneas o %2 MiB se dividió en varios eventos (en la línea %3); cada parte posterior indica la línea en la que empieza su registro.</numerusform>
            <numerusform>%n registros de más de %1 líneas o %2 MiB se dividieron en varios eventos (el primero en la línea %3); cada parte posterior indica la línea en la que empieza su registro.</numerusform>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnleashImporter</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no event "type"</source>
        <translation>no hay "type" de evento</translation>
    </message>
    <message>
        <source>no usable "createdAt"</source>
        <translation>ningún "createdAt" utilizable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unleash event log</source>
        <translation>Registro de eventos de Unleash</translation>
    </message>
</context>
<context>
    <name>W3cExtendedImporter</name>
    <message>
        <source>a line before the first #Fields: directive</source>
        <translation>una línea antes de la primera directiva #Fields:</translation>
    </message>
    <message>
        <source>no date and time columns (and no #Date: directive for the date)</source>
        <translation>no hay columnas de fecha y hora (ni directiva #Date: para la fecha)</translation>
    </message>
    <message>
        <source>unreadable date or time "%1"</source>
        <translation>fecha u hora ilegible "%1"</translation>
    </message>
    <message>
        <source>%1 values where the #Fields: directive names %2</source>
        <translation>%1 valores donde la directiva #Fields: indica %2</translation>
    </message>
    <message>
        <source>W3C extended log (IIS, #Fields: header)</source>
        <translation>Registro extendido de W3C (IIS, cabecera #Fields:)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Show All Columns</source>
        <translation>Mostrar todas las columnas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Event Rate</source>
        <translation>Frecuencia de eventos</translation>
    </message>
    <message>
        <source>&amp;Find Events…</source>
        <translation>&amp;Buscar eventos…</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Evento &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Evento &amp;anterior</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;mpliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Ir a la &amp;línea de tiempo</translation>
    </message>
    <message>
        <source>Go to Event &amp;Table</source>
        <translation>Ir a la &amp;tabla de eventos</translation>
    </message>
</context>
<context>
    <name>YamlSubsetReader</name>
    <message>
        <source>unexpected indentation</source>
        <translation>sangría inesperada</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected "key: value"</source>
        <translation>se esperaba "clave: valor"</translation>
    </message>
    <message>
        <source>anchors, aliases and tags are not supported</source>
        <translation>no se admiten anclas, alias ni etiquetas</translation>
    </message>
    <message>
        <source>unexpected "%1"</source>
        <translation>"%1" inesperado</translation>
    </message>
    <message>
        <source>unterminated flow mapping</source>
        <translation>mapeo de flujo sin terminar</translation>
    </message>
    <message>
        <source>unterminated flow sequence</source>
        <translation>secuencia de flujo sin terminar</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>cadena entre comillas sin terminar</translation>
    </message>
    <message>
        <source>line %1: tabs are not allowed for indentation in YAML</source>
        <translation>línea %1: en YAML no se permiten tabuladores para la sangría</translation>
    </message>
    <message>
        <source>collections nested deeper than %1 levels</source>
        <translation>colecciones anidadas en más de %1 niveles</translation>
    </message>
</context>
<context>
    <name>ZapConsoleImporter</name>
    <message>
        <source>zap console log (text then JSON)</source>
        <translation>Registro de consola de zap (texto y luego JSON)</translation>
    </message>
    <message>
        <source>unreadable or out-of-range timestamp "%1"</source>
        <translation>marca de tiempo ilegible o fuera de intervalo "%1"</translation>
    </message>
</context>
<context>
    <name>ZeekTsvImporter</name>
    <message>
        <source>unreadable #separator directive</source>
        <translation>directiva #separator ilegible</translation>
    </message>
    <message>
        <source>a line before a #fields directive with a ts column</source>
        <translation>una línea antes de una directiva #fields con una columna ts</translation>
    </message>
    <message>
        <source>%1 values where the #fields directive names %2</source>
        <translation>%1 valores donde la directiva #fields indica %2</translation>
    </message>
    <message>
        <source>unreadable ts "%1"</source>
        <translation>ts ilegible "%1"</translation>
    </message>
    <message>
        <source>Zeek / Bro TSV log (#fields header)</source>
        <translation>Registro TSV de Zeek / Bro (cabecera #fields)</translation>
    </message>
</context>
<context>
    <name>faultless::model::AnswerModel</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
</context>
<context>
    <name>faultless::model::BriefingComposer</name>
    <message>
        <source>Feature flag</source>
        <translation>Feature flag</translation>
    </message>
    <message>
        <source>Chaos experiment</source>
        <translation>Experimento de caos</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <source>99th percentile (p99)</source>
        <translation>Percentil 99 (p99)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>how long a request takes to be answered.</source>
        <translation>cuánto tarda en responderse una solicitud.</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Connection pool</source>
        <translation>Pool de conexiones</translation>
    </message>
    <message>
        <source>On-call engineer</source>
        <translation>Ingeniero de guardia</translation>
    </message>
    <message>
        <source>the person who answers alerts at that time.</source>
        <translation>la persona que atiende las alertas en ese momento.</translation>
    </message>
    <message>
        <source>Sharp end, blunt end</source>
        <translation>Extremo afilado, extremo romo</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <source>returning to the previous version of a change.</source>
        <translation>volver a la versión anterior de un cambio.</translation>
    </message>
    <message numerus="yes">
        <source>Events per %n minute(s)</source>
        <comment>chart legend</comment>
        <translation>
            <numerusform>Eventos por %n minuto</numerusform>
            <numerusform>Eventos por %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events per %n second(s)</source>
        <comment>chart legend</comment>
        <translation>
            <numerusform>Eventos por %n segundo</numerusform>
            <numerusform>Eventos por %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>chart legend</comment>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Flag change</source>
        <comment>chart legend</comment>
        <translation>Cambio de feature flag</translation>
    </message>
    <message>
        <source>Experiment</source>
        <comment>chart legend</comment>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>No events in this window</source>
        <translation>No hay eventos en este intervalo</translation>
    </message>
    <message>
        <source>A blameless review: it describes what people saw, knew and did at the time and the conditions around them, so that the organisation can learn; it does not assign blame.</source>
        <translation>Una revisión sin culpables: describe lo que las personas veían, sabían e hicieron en ese momento y las condiciones que las rodeaban, para que la organización pueda aprender; no atribuye culpas.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>detection</source>
        <comment>timeline phase</comment>
        <translation>detección</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <comment>timeline phase</comment>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>repair</source>
        <comment>timeline phase</comment>
        <translation>reparación</translation>
    </message>
    <message>
        <source>key moment</source>
        <comment>timeline phase</comment>
        <translation>momento clave</translation>
    </message>
    <message>
        <source>hypothesis held</source>
        <comment>experiment verdict</comment>
        <translation>la hipótesis se mantuvo</translation>
    </message>
    <message>
        <source>hypothesis did not hold</source>
        <comment>experiment verdict</comment>
        <translation>la hipótesis no se mantuvo</translation>
    </message>
    <message>
        <source>aborted</source>
        <comment>experiment verdict</comment>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>verdict unknown</source>
        <comment>experiment verdict</comment>
        <translation>veredicto desconocido</translation>
    </message>
    <message>
        <source>open</source>
        <comment>question or opportunity status</comment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>explored</source>
        <comment>question status</comment>
        <translation>explorada</translation>
    </message>
    <message>
        <source>answered</source>
        <comment>question status</comment>
        <translation>respondida</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>question or opportunity status</comment>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>opportunity status</comment>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>opportunity status</comment>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>done</source>
        <comment>opportunity status</comment>
        <translation>hecha</translation>
    </message>
    <message>
        <source>added by reviewer</source>
        <translation>añadido por un revisor</translation>
    </message>
    <message>
        <source>uncertain</source>
        <comment>dispute state</comment>
        <translation>incierto</translation>
    </message>
    <message>
        <source>disputed</source>
        <comment>dispute state</comment>
        <translation>en disputa</translation>
    </message>
    <message>
        <source>Incident review</source>
        <translation>Revisión de incidente</translation>
    </message>
    <message>
        <source>Briefing for leaders</source>
        <translation>Informe para la dirección</translation>
    </message>
    <message>
        <source>Analysis for practitioners</source>
        <translation>Análisis para profesionales</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>horas en %1</translation>
    </message>
    <message numerus="yes">
        <source>reading time about %n minute(s)</source>
        <translation>
            <numerusform>tiempo de lectura: aprox. %n minuto</numerusform>
            <numerusform>tiempo de lectura: aprox. %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>People are named by their role in this briefing.</source>
        <translation>En este informe se nombra a las personas por su rol.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) such as tokens or addresses were masked.</source>
        <translation>
            <numerusform>Se ocultó %n secreto, como tokens o direcciones.</numerusform>
            <numerusform>Se ocultaron %n secretos, como tokens o direcciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Incident window:</source>
        <translation>Intervalo del incidente:</translation>
    </message>
    <message>
        <source>%1 to %2 (%3).</source>
        <translation>%1 a %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>Reconstructed from %n event(s)</source>
        <translation>
            <numerusform>Reconstruido a partir de %n evento</numerusform>
            <numerusform>Reconstruido a partir de %n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n source(s)</source>
        <translation>
            <numerusform>en %n fuente</numerusform>
            <numerusform>en %n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them added by reviewers</source>
        <translation>
            <numerusform>%n de ellos añadido por revisores</numerusform>
            <numerusform>%n de ellos añadidos por revisores</numerusform>
        </translation>
    </message>
    <message>
        <source>Activity around the incident</source>
        <translation>Actividad en torno al incidente</translation>
    </message>
    <message>
        <source>The chart is left out: it could not be drawn here.</source>
        <translation>Se omitió el gráfico: no se pudo dibujar aquí.</translation>
    </message>
    <message>
        <source>All events per time bin, errors in red; dashed lines mark flag changes and shaded spans mark experiments.</source>
        <translation>Todos los eventos por intervalo de tiempo, los errores en rojo; las líneas discontinuas marcan cambios de feature flags y las franjas sombreadas, experimentos.</translation>
    </message>
    <message>
        <source>Timeline of key moments</source>
        <translation>Línea de tiempo de los momentos clave</translation>
    </message>
    <message>
        <source>No events have been highlighted yet.</source>
        <translation>Todavía no se ha destacado ningún evento.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>etiquetas: %1</translation>
    </message>
    <message>
        <source>Not agreed:</source>
        <translation>Sin acuerdo:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Feature flag changes</source>
        <translation>Cambios de feature flags</translation>
    </message>
    <message>
        <source>reversed after %1</source>
        <translation>revertido tras %1</translation>
    </message>
    <message>
        <source>reversed after %1 by %2</source>
        <translation>revertido tras %1 por %2</translation>
    </message>
    <message>
        <source>earlier value unknown</source>
        <translation>valor anterior desconocido</translation>
    </message>
    <message>
        <source>not reversed</source>
        <translation>no revertido</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Feature flag</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Revertido</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hipótesis:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Veredicto:</translation>
    </message>
    <message>
        <source>Steady state before:</source>
        <translation>Estado estable antes:</translation>
    </message>
    <message>
        <source>Steady state after:</source>
        <translation>Estado estable después:</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>No contributing factors have been recorded yet.</source>
        <translation>Todavía no se ha registrado ningún factor contribuyente.</translation>
    </message>
    <message>
        <source>Conditions that together made the incident possible or worse. They form a set, in no particular order.</source>
        <translation>Condiciones que, juntas, hicieron posible o agravaron el incidente. Forman un conjunto, sin ningún orden concreto.</translation>
    </message>
    <message>
        <source>Other factors</source>
        <translation>Otros factores</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) at %1</source>
        <translation>
            <numerusform>%n evento a las %1</numerusform>
            <numerusform>%n eventos a las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no evidence linked yet</source>
        <translation>todavía no hay evidencia vinculada</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <source>Each narrative tells the incident from one vantage point. They may disagree; this briefing does not pick one.</source>
        <translation>Cada narrativa cuenta el incidente desde un punto de vista. Pueden discrepar; este informe no elige ninguna.</translation>
    </message>
    <message>
        <source>Vantage point:</source>
        <translation>Punto de vista:</translation>
    </message>
    <message>
        <source>told by %1</source>
        <translation>contada por %1</translation>
    </message>
    <message>
        <source>cites: %1</source>
        <translation>cita: %1</translation>
    </message>
    <message>
        <source>Where the narratives diverge</source>
        <translation>Dónde divergen las narrativas</translation>
    </message>
    <message>
        <source>Only "%1" tells of:</source>
        <translation>Solo "%1" cuenta:</translation>
    </message>
    <message>
        <source>"%1" and "%2" tell these moments in a different order:</source>
        <translation>"%1" y "%2" cuentan estos momentos en distinto orden:</translation>
    </message>
    <message numerus="yes">
        <source>All narratives cite %n shared moment(s).</source>
        <translation>
            <numerusform>Todas las narrativas citan %n momento compartido.</numerusform>
            <numerusform>Todas las narrativas citan %n momentos compartidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted moments no narrative tells yet:</source>
        <translation>Momentos destacados que aún no cuenta ninguna narrativa:</translation>
    </message>
    <message>
        <source>The narratives cite the same moments in the same order; they differ in what they make of them.</source>
        <translation>Las narrativas citan los mismos momentos en el mismo orden; difieren en lo que interpretan de ellos.</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Sin acuerdo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Note on an event</source>
        <translation>Nota sobre un evento</translation>
    </message>
    <message>
        <source>Narrative step</source>
        <translation>Paso de narrativa</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Surprises and what helped</source>
        <translation>Sorpresas y lo que ayudó</translation>
    </message>
    <message>
        <source>about: %1</source>
        <translation>sobre: %1</translation>
    </message>
    <message>
        <source>What surprised us</source>
        <translation>Lo que nos sorprendió</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>No surprises or helpful moments have been recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna sorpresa ni momento útil.</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation>todavía sin respuesta</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades de mejora</translation>
    </message>
    <message>
        <source>What the team might try next, each tied to the factors it addresses.</source>
        <translation>Lo que el equipo podría probar a continuación, cada cosa vinculada a los factores que aborda.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>responsable: %1</translation>
    </message>
    <message>
        <source>addresses: %1</source>
        <translation>aborda: %1</translation>
    </message>
    <message>
        <source>Terms used</source>
        <translation>Términos utilizados</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Registros rechazados</translation>
    </message>
    <message>
        <source>a switch that turns a feature on or off for customers without a new release; turning it back quickly undoes a change.</source>
        <translation>un interruptor que activa o desactiva una función para los clientes sin una nueva versión; volver a cambiarlo rápidamente deshace un cambio.</translation>
    </message>
    <message>
        <source>a planned, controlled disturbance (such as slowing a service down) to check that customers are still served well when parts of the system misbehave.</source>
        <translation>una perturbación planificada y controlada (como ralentizar un servicio) para comprobar que los clientes siguen bien atendidos cuando partes del sistema fallan.</translation>
    </message>
    <message>
        <source>what an experiment expects to stay true while it runs; when it does not hold, the experiment has found something worth knowing.</source>
        <translation>lo que un experimento espera que siga siendo cierto mientras se ejecuta; cuando no se cumple, el experimento ha encontrado algo que vale la pena saber.</translation>
    </message>
    <message>
        <source>the time within which 99 of 100 requests are answered.</source>
        <translation>el tiempo en el que se responden 99 de cada 100 solicitudes.</translation>
    </message>
    <message>
        <source>giving a change to a small share of customers first.</source>
        <translation>aplicar un cambio primero a una pequeña parte de los clientes.</translation>
    </message>
    <message>
        <source>a fixed set of database connections that requests share; when all are busy, requests wait.</source>
        <translation>un conjunto fijo de conexiones a la base de datos que comparten las solicitudes; cuando todas están ocupadas, las solicitudes esperan.</translation>
    </message>
    <message>
        <source>the people operating the system at the time, and the organisation (priorities, budgets, tools) that shapes their work.</source>
        <translation>las personas que operaban el sistema en ese momento y la organización (prioridades, presupuestos, herramientas) que da forma a su trabajo.</translation>
    </message>
    <message>
        <source>Bar chart of events over time.</source>
        <translation>Gráfico de barras de los eventos a lo largo del tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>Flag changes marked: %n.</source>
        <translation>
            <numerusform>Cambios de feature flags marcados: %n.</numerusform>
            <numerusform>Cambios de feature flags marcados: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Experiments marked: %n.</source>
        <translation>
            <numerusform>Experimentos marcados: %n.</numerusform>
            <numerusform>Experimentos marcados: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only "%1" tells of %n moment(s)</source>
        <translation>
            <numerusform>Solo "%1" cuenta %n momento</numerusform>
            <numerusform>Solo "%1" cuenta %n momentos</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1).</source>
        <translation>(%1).</translation>
    </message>
    <message>
        <source>(%1 to %2).</source>
        <translation>(%1 a %2).</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Summary still to be written</source>
        <translation>Resumen pendiente de escribir</translation>
    </message>
    <message>
        <source>The review team has not written a summary of the impact yet. Until it does, this briefing tells only what the timeline shows.</source>
        <translation>El equipo de revisión aún no ha escrito un resumen del impacto. Hasta entonces, este informe solo cuenta lo que muestra la línea de tiempo.</translation>
    </message>
    <message>
        <source>Impact window:</source>
        <translation>Intervalo de impacto:</translation>
    </message>
    <message>
        <source>When customers were affected, as the review team set it.</source>
        <translation>Cuándo se vieron afectados los clientes, según lo fijó el equipo de revisión.</translation>
    </message>
    <message>
        <source>From the first to the last highlighted event; the review team has not set when customers were affected yet.</source>
        <translation>Desde el primer hasta el último evento destacado; el equipo de revisión aún no ha fijado cuándo se vieron afectados los clientes.</translation>
    </message>
    <message>
        <source>From the first to the last recorded event; the review team has not set when customers were affected yet.</source>
        <translation>Desde el primer hasta el último evento registrado; el equipo de revisión aún no ha fijado cuándo se vieron afectados los clientes.</translation>
    </message>
    <message>
        <source>Customers were affected from %1; when the impact ended is not known yet.</source>
        <translation>Los clientes se vieron afectados desde el %1; aún no se sabe cuándo terminó el impacto.</translation>
    </message>
    <message>
        <source>The impact on customers ended at %1; when it started is not known yet.</source>
        <translation>El impacto en los clientes terminó el %1; aún no se sabe cuándo empezó.</translation>
    </message>
    <message>
        <source>The room has not agreed on this timeline yet.</source>
        <translation>Los presentes aún no han acordado esta línea de tiempo.</translation>
    </message>
    <message>
        <source>The room agreed on the timeline on %1.</source>
        <translation>Los presentes acordaron la línea de tiempo el %1.</translation>
    </message>
    <message>
        <source>The room agreed on the timeline on %1 (present: %2).</source>
        <translation>Los presentes acordaron la línea de tiempo el %1 (presentes: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more highlighted moment(s) are in the practitioners' analysis.</source>
        <translation>
            <numerusform>Hay %n momento destacado más en el análisis para profesionales.</numerusform>
            <numerusform>Hay %n momentos destacados más en el análisis para profesionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reviewers' notes on these moments are in the practitioners' analysis.</source>
        <translation>Las notas de los revisores sobre estos momentos están en el análisis para profesionales.</translation>
    </message>
    <message numerus="yes">
        <source>%n more flag change(s) are in the chart above and in the practitioners' analysis.</source>
        <translation>
            <numerusform>Hay %n cambio más de feature flag en el gráfico de arriba y en el análisis para profesionales.</numerusform>
            <numerusform>Hay %n cambios más de feature flags en el gráfico de arriba y en el análisis para profesionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>(flag turned off)</source>
        <translation>(feature flag desactivado)</translation>
    </message>
    <message>
        <source>reverses the change of %1</source>
        <translation>revierte el cambio de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more narrative step(s) are in the practitioners' analysis.</source>
        <translation>
            <numerusform>Hay %n paso de narrativa más en el análisis para profesionales.</numerusform>
            <numerusform>Hay %n pasos de narrativa más en el análisis para profesionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item was disputed. %1</source>
        <translation>Ningún elemento estuvo en disputa. %1</translation>
    </message>
    <message>
        <source>No item has been disputed. %1</source>
        <translation>Hasta ahora ningún elemento está en disputa. %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Briefing: a narrative step that cites no event, "&lt;number&gt;. &lt;text&gt;"</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>"%1" has %n step(s) without a cited event.</source>
        <translation>
            <numerusform>"%1" tiene %n paso sin ningún evento citado.</numerusform>
            <numerusform>"%1" tiene %n pasos sin ningún evento citado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps of "%1" that cite no event:</source>
        <translation>Pasos de "%1" que no citan ningún evento:</translation>
    </message>
</context>
<context>
    <name>faultless::model::CategoryModel</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>faultless::model::DisputeModel</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>uncertain or disputed</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Planteado por</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
</context>
<context>
    <name>faultless::model::EventTableModel</name>
    <message>
        <source>(added by reviewer)</source>
        <translation>(añadido por un revisor)</translation>
    </message>
    <message>
        <source>added by reviewer</source>
        <translation>añadido por un revisor</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Hora (%1)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1, byte %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>faultless::model::EvidenceModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Annotation by %1: %2</source>
        <extracomment>Evidence that is an annotation: author, annotation text</extracomment>
        <translation>Anotación de %1: %2</translation>
    </message>
</context>
<context>
    <name>faultless::model::FactorModel</name>
    <message>
        <source>Contributing factor</source>
        <translation>Factor contribuyente</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A factor without a category</extracomment>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>faultless::model::LearningModel</name>
    <message numerus="yes">
        <source>%1 (%n link(s))</source>
        <translation>
            <numerusform>%1 (%n vínculo)</numerusform>
            <numerusform>%1 (%n vínculos)</numerusform>
        </translation>
    </message>
    <message>
        <source>By %1; linked to %2 event(s) and %3 contributing factor(s)</source>
        <translation>De %1; vinculado a %2 evento(s) y %3 factor(es) contribuyente(s)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>faultless::model::NarrativeCompareModel</name>
    <message>
        <source>Not mentioned in "%1"</source>
        <translation>No se menciona en "%1"</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>Step number and text in the narrative comparison</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(cites this event)</source>
        <translation>(cita este evento)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>%1
Told from: %2
By: %3</source>
        <translation>%1
Contada desde: %2
Por: %3</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>Steps that cite no event, placed by their order between the narrative's cited steps</source>
        <translation>Pasos que no citan ningún evento, situados según su orden entre los pasos de la narrativa que sí citan eventos</translation>
    </message>
    <message>
        <source>%1. %2
(no evidence)</source>
        <extracomment>A narrative step that cites no event in the comparison: "&lt;number&gt;. &lt;text&gt;" and a mark below</extracomment>
        <translation>%1. %2
(sin evidencia)</translation>
    </message>
</context>
<context>
    <name>faultless::model::NarrativeModel</name>
    <message>
        <source>On-call engineer (sharp end)</source>
        <translation>Ingeniero de guardia (extremo afilado)</translation>
    </message>
    <message>
        <source>Engineer who made the change</source>
        <translation>Ingeniero que hizo el cambio</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Jefe de equipo</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Responsable del incidente</translation>
    </message>
    <message>
        <source>Director (blunt end)</source>
        <translation>Dirección (extremo romo)</translation>
    </message>
    <message>
        <source>Executive (blunt end)</source>
        <translation>Alta dirección (extremo romo)</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer support</source>
        <translation>Atención al cliente</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Punto de vista</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>%1 — told from: %2</source>
        <translation>%1 — contada desde: %2</translation>
    </message>
</context>
<context>
    <name>faultless::model::NarrativeStepModel</name>
    <message>
        <source>#</source>
        <extracomment>Column of step numbers in a narrative</extracomment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Cited event</source>
        <translation>Evento citado</translation>
    </message>
    <message>
        <source>(what happened here? cites: %1)</source>
        <extracomment>Placeholder of a step that only cites an event so far</extracomment>
        <translation>(¿qué ocurrió aquí? cita: %1)</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <extracomment>Tooltip line under a narrative step: who wrote it</extracomment>
        <translation>Escrito por %1</translation>
    </message>
</context>
<context>
    <name>faultless::model::OpportunityModel</name>
    <message>
        <source>Agreed</source>
        <translation>Acordada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Oportunidad de mejora</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Factors addressed</source>
        <translation>Factores abordados</translation>
    </message>
</context>
<context>
    <name>faultless::model::ParticipantModel</name>
    <message>
        <source>Name</source>
        <extracomment>Role of a person in the incident or the review</extracomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Pseudonym (for export)</source>
        <translation>Seudónimo (para exportar)</translation>
    </message>
</context>
<context>
    <name>faultless::model::QuestionModel</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Explored</source>
        <extracomment>Status of a question in the review session</extracomment>
        <translation>Explorada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>faultless::model::ReviewDocument</name>
    <message>
        <source>%1 is read-only: changes cannot be saved. To edit the review, save a copy to a writable folder or ask its owner for write access.</source>
        <translation>%1 es de solo lectura: los cambios no se pueden guardar. Para editar la revisión, guarde una copia en una carpeta con permiso de escritura o pida permiso de escritura a su propietario.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, and saving a review needs to create files beside it: changes cannot be saved. To edit the review, save a copy to a writable folder.</source>
        <translation>La carpeta de %1 es de solo lectura, y guardar una revisión necesita crear archivos junto a ella: los cambios no se pueden guardar. Para editar la revisión, guarde una copia en una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>%1 can only be read (the file system or SQLite refused write access): changes cannot be saved. To edit the review, save a copy to a writable folder.</source>
        <translation>%1 solo se puede leer (el sistema de archivos o SQLite rechazó el acceso de escritura): los cambios no se pueden guardar. Para editar la revisión, guarde una copia en una carpeta con permiso de escritura.</translation>
    </message>
    <message>
        <source>The text of some events could not be indexed for search: %1. It will be indexed when the review is next opened.</source>
        <translation>El texto de algunos eventos no se pudo indexar para la búsqueda: %1. Se indexará la próxima vez que se abra la revisión.</translation>
    </message>
</context>
<context>
    <name>faultless::model::ServerWatcher</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>there is no review "%1" on %2</source>
        <translation>no hay ninguna revisión "%1" en %2</translation>
    </message>
</context>
<context>
    <name>faultless::model::SourceModel</name>
    <message>
        <source>Clock shifted by %1: %2</source>
        <translation>Reloj desplazado %1: %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Zone</source>
        <extracomment>time zone of a source</extracomment>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <extracomment>records of the source that could not be read</extracomment>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Clock shift</source>
        <extracomment>how far the source's clock was shifted</extracomment>
        <translation>Desplazamiento de reloj</translation>
    </message>
</context>
<context>
    <name>faultless::views::AgreementPanel</name>
    <message>
        <source>Mark Timeline Agreed</source>
        <translation>Marcar línea de tiempo como acordada</translation>
    </message>
    <message>
        <source>The timeline as it is now is agreed by the people in the room. Later changes will be listed against it.</source>
        <translation>Los presentes acuerdan la línea de tiempo tal como está ahora. Los cambios posteriores se mostrarán en relación con ella.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Others present, separated by commas</source>
        <translation>Otros presentes, separados por comas</translation>
    </message>
    <message>
        <source>Others present</source>
        <translation>Otros presentes</translation>
    </message>
    <message>
        <source>Present:</source>
        <translation>Presentes:</translation>
    </message>
    <message>
        <source>Mark Timeline &amp;Agreed…</source>
        <translation>Marcar línea de tiempo como &amp;acordada…</translation>
    </message>
    <message>
        <source>Changes since the timeline was agreed</source>
        <translation>Cambios desde que se acordó la línea de tiempo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Record that the room agrees on the timeline as it is now</source>
        <translation>Dejar constancia de que los presentes están de acuerdo con la línea de tiempo tal como está ahora</translation>
    </message>
    <message>
        <source>The timeline is marked as agreed by the room</source>
        <translation>La línea de tiempo está marcada como acordada por los presentes</translation>
    </message>
    <message>
        <source>The timeline has not been agreed yet. When the room agrees on it, mark it here; later changes are then listed against it.</source>
        <translation>La línea de tiempo aún no se ha acordado. Cuando los presentes estén de acuerdo, márquelo aquí; los cambios posteriores se mostrarán entonces en relación con ella.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>nadie registrado</translation>
    </message>
    <message>
        <source>Agreed %1 by %2. No changes since.</source>
        <translation>Acordada %1 por %2. Sin cambios desde entonces.</translation>
    </message>
    <message numerus="yes">
        <source>Agreed %1 by %2. %n change(s) since:</source>
        <translation>
            <numerusform>Acordada %1 por %2. %n cambio desde entonces:</numerusform>
            <numerusform>Acordada %1 por %2. %n cambios desde entonces:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2: %1</translation>
    </message>
    <message>
        <source>(no longer in the timeline)</source>
        <translation>(ya no está en la línea de tiempo)</translation>
    </message>
</context>
<context>
    <name>faultless::views::AnnotationListModel</name>
    <message>
        <source>(edited)</source>
        <extracomment>Annotation header: it was changed after it was written</extracomment>
        <translation>(editada)</translation>
    </message>
</context>
<context>
    <name>faultless::views::AuthorDialog</name>
    <message>
        <source>Your Name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Faultless shows this name beside what you write (annotations, factors, narrative steps, disputes and answers) and to the other reviewers in a team review. You can change it later in Preferences.</source>
        <translation>Faultless muestra este nombre junto a lo que usted escribe (anotaciones, factores, pasos de narrativas, disputas y respuestas) y a los demás revisores de una revisión en equipo. Puede cambiarlo más tarde en Preferencias.</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre mostrado:</translation>
    </message>
</context>
<context>
    <name>faultless::views::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Canceled before it started; nothing was written.</source>
        <translation>Cancelado antes de empezar; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ClockSkewDialog</name>
    <message>
        <source>Shift Clock of %1</source>
        <translation>Desplazar el reloj de %1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source>e.g. the hosts' clocks ran 2 s fast; the zone was labelled UTC but was CET</source>
        <translation>p. ej., los relojes de los hosts iban 2 s adelantados; la zona figuraba como UTC pero era CET</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Positive values move the source's events later, negative ones earlier.</source>
        <translation>Los valores positivos mueven los eventos de la fuente a más tarde; los negativos, a antes.</translation>
    </message>
    <message>
        <source>Current shift:</source>
        <translation>Desplazamiento actual:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Shift by:</source>
        <translation>&amp;Desplazar:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>New shift:</source>
        <translation>Nuevo desplazamiento:</translation>
    </message>
    <message>
        <source>Enter by how much to shift the clock.</source>
        <translation>Indique cuánto desplazar el reloj.</translation>
    </message>
    <message>
        <source>Note why the clock is shifted, so that readers of the timeline know.</source>
        <translation>Anote por qué se desplaza el reloj, para que quienes lean la línea de tiempo lo sepan.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ConflictDialog</name>
    <message>
        <source>contributing factor</source>
        <translation>factor contribuyente</translation>
    </message>
    <message>
        <source>piece of evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>factor category</source>
        <translation>categoría de factor</translation>
    </message>
    <message>
        <source>narrative</source>
        <translation>narrativa</translation>
    </message>
    <message>
        <source>narrative step</source>
        <translation>paso de narrativa</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>anotación</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>improvement opportunity</source>
        <translation>oportunidad de mejora</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>disputed item</source>
        <translation>elemento en disputa</translation>
    </message>
    <message>
        <source>learning</source>
        <translation>aprendizaje</translation>
    </message>
    <message>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Punto de vista</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Cited event</source>
        <translation>Evento citado</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Highlighted</source>
        <translation>Destacado</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Última edición</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Saved by Someone Else Meanwhile</source>
        <translation>Guardado por otra persona mientras tanto</translation>
    </message>
    <message>
        <source>You undid your change to this %1, but someone else changed it on the team server after you. Your undo has not been saved: choose which version to keep.</source>
        <translation>Deshizo su cambio en esta entrada (%1), pero otra persona la modificó después en el servidor del equipo. Su acción de deshacer no se ha guardado: elija qué versión conservar.</translation>
    </message>
    <message>
        <source>Someone else deleted this %1 on the team server after your copy was updated. Your change has not been saved.</source>
        <translation>Otra persona eliminó esta entrada (%1) en el servidor del equipo después de que se actualizara su copia. Su cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>Someone else saved this %1 on the team server after your copy was updated. Your change has not been saved: choose which version to keep.</source>
        <translation>Otra persona guardó esta entrada (%1) en el servidor del equipo después de que se actualizara su copia. Su cambio no se ha guardado: elija qué versión conservar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Su cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Theirs (on the server)</source>
        <translation>Versión de los demás (en el servidor)</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>Keep It &amp;Deleted</source>
        <translation>Dejarlo &amp;eliminado</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Conservar la de los &amp;demás</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar la &amp;mía</translation>
    </message>
</context>
<context>
    <name>faultless::views::CsvImportDialog</name>
    <message>
        <source>Import table: %1</source>
        <translation>Importar tabla: %1</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>&amp;Time (required):</source>
        <translation>&amp;Hora (obligatoria):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>La&amp;ne:</source>
        <translation>&amp;Carril:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Actor:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>carril</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>actor</translation>
    </message>
    <message>
        <source>Time read as (UTC)</source>
        <translation>Hora leída (UTC)</translation>
    </message>
    <message>
        <source>(no zone: the source's zone will apply)</source>
        <translation>(sin zona: se aplicará la zona de la fuente)</translation>
    </message>
    <message>
        <source>unreadable: this row will be rejected</source>
        <translation>ilegible: esta fila se rechazará</translation>
    </message>
    <message>
        <source>No header line found.</source>
        <translation>No se encontró ninguna línea de cabecera.</translation>
    </message>
    <message>
        <source>Choose the column that holds the time of each row.</source>
        <translation>Elija la columna que contiene la hora de cada fila.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the first rows have a readable time.</source>
        <translation>
            <numerusform>%n de las primeras filas tiene una hora legible.</numerusform>
            <numerusform>%n de las primeras filas tienen una hora legible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows without one are kept as rejected records with their line numbers.</source>
        <translation>Las filas sin ella se conservan como registros rechazados con su número de línea.</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputeAction</name>
    <message>
        <source>Mark Uncertain or Disputed…</source>
        <translation>Marcar como incierto o en disputa…</translation>
    </message>
    <message>
        <source>Mark this annotation uncertain or disputed, with who raises it and why</source>
        <translation>Marcar esta anotación como incierta o en disputa, con quién lo plantea y por qué</translation>
    </message>
    <message>
        <source>Mark this narrative step uncertain or disputed, with who raises it and why</source>
        <translation>Marcar este paso de la narrativa como incierto o en disputa, con quién lo plantea y por qué</translation>
    </message>
    <message>
        <source>Mark Annotation Uncertain or Disputed</source>
        <translation>Marcar la anotación como incierta o en disputa</translation>
    </message>
    <message>
        <source>Mark Step Uncertain or Disputed</source>
        <translation>Marcar el paso como incierto o en disputa</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputeDialog</name>
    <message>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>Mark Uncertain</source>
        <translation>Marcar como incierto</translation>
    </message>
    <message>
        <source>Mark Disputed</source>
        <translation>Marcar en disputa</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Planteado por</translation>
    </message>
    <message>
        <source>What is uncertain or seen differently, e.g. "the dashboard shows 10:05, not 10:00"</source>
        <translation>Qué es incierto o se ve de otra forma, p. ej., "el panel muestra 10:05, no 10:00"</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>Elemento:</translation>
    </message>
    <message>
        <source>&amp;Mark as:</source>
        <translation>&amp;Marcar como:</translation>
    </message>
    <message>
        <source>&amp;Raised by:</source>
        <translation>Plan&amp;teado por:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputeMarkerDelegate</name>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 (planteado por %2): %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>faultless::views::DisputesPanel</name>
    <message>
        <source>&amp;Settle</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>Uncertain and disputed items</source>
        <translation>Elementos inciertos y en disputa</translation>
    </message>
    <message>
        <source>The room agrees now: remove the mark (undoable)</source>
        <translation>Los presentes ya están de acuerdo: quitar la marca (se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>faultless::views::EditableListPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deletes the selected row (Delete key in the table)</source>
        <translation>Elimina la fila seleccionada (tecla Supr en la tabla)</translation>
    </message>
</context>
<context>
    <name>faultless::views::EventActions</name>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Anotar…</translation>
    </message>
    <message>
        <source>Write what people saw, knew and expected at this event</source>
        <translation>Escriba lo que las personas veían, sabían y esperaban en este evento</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Etiquetar…</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Destacar</translation>
    </message>
    <message>
        <source>Mark &amp;Disputed/Uncertain…</source>
        <translation>Marcar como en disputa/&amp;incierto…</translation>
    </message>
    <message>
        <source>&amp;Cite as Evidence for</source>
        <translation>&amp;Citar como evidencia para</translation>
    </message>
    <message>
        <source>Add to &amp;Narrative</source>
        <translation>Añadir a la &amp;narrativa</translation>
    </message>
    <message>
        <source>Show in &amp;Source</source>
        <translation>Ver en la &amp;fuente</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>Copy the event's time, origin and text</source>
        <translation>Copiar la hora, el origen y el texto del evento</translation>
    </message>
    <message>
        <source>No contributing factors yet</source>
        <translation>Aún no hay factores contribuyentes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No narratives yet</source>
        <translation>Aún no hay narrativas</translation>
    </message>
    <message>
        <source>Annotate Event</source>
        <translation>Anotar evento</translation>
    </message>
    <message>
        <source>Annotation text</source>
        <translation>Texto de la anotación</translation>
    </message>
    <message>
        <source>What did people see, know and expect at this moment?</source>
        <translation>¿Qué veían, sabían y esperaban las personas en este momento?</translation>
    </message>
    <message>
        <source>Tag Event</source>
        <translation>Etiquetar evento</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Etiqueta:</translation>
    </message>
</context>
<context>
    <name>faultless::views::EventDetailPane</name>
    <message>
        <source>Show in &amp;Source</source>
        <translation>Ver en la &amp;fuente</translation>
    </message>
    <message>
        <source>&amp;Highlighted</source>
        <translation>&amp;Destacado</translation>
    </message>
    <message>
        <source>&amp;Add Annotation</source>
        <translation>&amp;Añadir anotación</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Event text</source>
        <translation>Texto del evento</translation>
    </message>
    <message>
        <source>Event attributes</source>
        <translation>Atributos del evento</translation>
    </message>
    <message>
        <source>Show the raw lines around this record in the file it was imported from</source>
        <translation>Mostrar las líneas sin procesar en torno a este registro en el archivo del que se importó</translation>
    </message>
    <message>
        <source>No phase</source>
        <translation>Sin fase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add a tag and press Return</source>
        <translation>Escriba una etiqueta y pulse Return</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>What did people see, know and expect at this moment? Describe rather than explain.</source>
        <translation>¿Qué veían, sabían y esperaban las personas en este momento? Describa en lugar de explicar.</translation>
    </message>
    <message>
        <source>Annotation text</source>
        <translation>Texto de la anotación</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>Fa&amp;se:</translation>
    </message>
    <message>
        <source>Select an event in the timeline or the table to see its details.</source>
        <translation>Seleccione un evento en la línea de tiempo o en la tabla para ver sus detalles.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Added by a reviewer, not recorded by a system</source>
        <translation>Añadido por un revisor, no registrado por un sistema</translation>
    </message>
    <message>
        <source>Added by a reviewer</source>
        <translation>Añadido por un revisor</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3</source>
        <translation>%1, línea %2, byte %3</translation>
    </message>
    <message>
        <source>%1, byte %2</source>
        <translation>%1, byte %2</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar etiqueta %1</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Sin etiquetas</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Source lines</source>
        <translation>Líneas de origen</translation>
    </message>
    <message>
        <source>The current event: full text, attributes, origin, tags and annotations.</source>
        <translation>El evento actual: texto completo, atributos, origen, etiquetas y anotaciones.</translation>
    </message>
    <message>
        <source>not told by the source</source>
        <translation>la fuente no lo indica</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Cambio:</translation>
    </message>
    <message>
        <source>Takes back the change of %1 (%2), %3 later</source>
        <translation>Revierte el cambio de %1 (%2), %3 después</translation>
    </message>
    <message>
        <source>Takes back %1's change of %2 (%3), %4 later</source>
        <translation>Revierte el cambio que hizo %1 el %2 (%3), %4 después</translation>
    </message>
    <message>
        <source>Add the text as a new annotation (Ctrl+Return)</source>
        <translation>Añadir el texto como nueva anotación (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Show the event's attributes as the source recorded them</source>
        <translation>Mostrar los atributos del evento tal como los registró la fuente</translation>
    </message>
</context>
<context>
    <name>faultless::views::EventRateChart</name>
    <message>
        <source>&amp;Follow the timeline's range</source>
        <translation>&amp;Seguir el rango de la línea de tiempo</translation>
    </message>
    <message>
        <source>Event rate chart</source>
        <translation>Gráfico de frecuencia de eventos</translation>
    </message>
    <message>
        <source>Events per interval over time</source>
        <translation>Eventos por intervalo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Events per interval</source>
        <translation>Eventos por intervalo</translation>
    </message>
    <message>
        <source>Flag changes</source>
        <translation>Cambios de feature flags</translation>
    </message>
    <message>
        <source>Experiment runs</source>
        <translation>Ejecuciones de experimentos</translation>
    </message>
    <message>
        <source>Events per interval over time by severity, with flag changes and experiments overlaid.</source>
        <translation>Eventos por intervalo a lo largo del tiempo por gravedad, con cambios de flags y experimentos superpuestos.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ExportDialog</name>
    <message>
        <source>What happened (window and impact)</source>
        <translation>Qué ocurrió (intervalo e impacto)</translation>
    </message>
    <message>
        <source>Activity chart</source>
        <translation>Gráfico de actividad</translation>
    </message>
    <message>
        <source>Timeline of key moments</source>
        <translation>Línea de tiempo de los momentos clave</translation>
    </message>
    <message>
        <source>Feature flag changes</source>
        <translation>Cambios de feature flags</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimentos</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>Narratives and where they diverge</source>
        <translation>Narrativas y dónde divergen</translation>
    </message>
    <message>
        <source>Items not agreed</source>
        <translation>Elementos sin acuerdo</translation>
    </message>
    <message>
        <source>Surprises and what helped</source>
        <translation>Sorpresas y lo que ayudó</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades de mejora</translation>
    </message>
    <message>
        <source>Terms explained</source>
        <translation>Términos explicados</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Leaders: short briefing, jargon explained</source>
        <translation>Dirección: informe breve, con la jerga explicada</translation>
    </message>
    <message>
        <source>Practitioners: detailed analysis</source>
        <translation>Profesionales: análisis detallado</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un único archivo autónomo)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>Application language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Language of the briefing</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>%1 (the review's)</source>
        <translation>%1 (la de la revisión)</translation>
    </message>
    <message>
        <source>Time zone of the briefing</source>
        <translation>Zona horaria del informe</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Secciones que incluir</translation>
    </message>
    <message>
        <source>Name people by their role (pseudonyms)</source>
        <translation>Nombrar a las personas por su rol (seudónimos)</translation>
    </message>
    <message>
        <source>Participants' pseudonyms replace their names everywhere: authors, narratives, notes and quoted events.</source>
        <translation>Los seudónimos de los participantes sustituyen sus nombres en todas partes: autores, narrativas, notas y eventos citados.</translation>
    </message>
    <message>
        <source>Mask secrets in quoted text</source>
        <translation>Ocultar secretos en el texto citado</translation>
    </message>
    <message>
        <source>Tokens, passwords, API keys, e-mail and IP addresses in quoted text become [redacted].</source>
        <translation>Los tokens, contraseñas, claves de API y direcciones de correo electrónico e IP del texto citado se sustituyen por [oculto].</translation>
    </message>
    <message>
        <source>Make web addresses clickable</source>
        <translation>Hacer clicables las direcciones web</translation>
    </message>
    <message>
        <source>Off: addresses from logs and chat stay plain text, so nobody opens them by accident.</source>
        <translation>Desactivado: las direcciones de registros y chats quedan como texto sin formato, para que nadie las abra por accidente.</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Sections:</source>
        <translation>&amp;Secciones:</translation>
    </message>
    <message>
        <source>Briefing preview</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Cancelar exportación</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Actualizando la vista previa…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exportando a %1…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>Could not export the briefing: %1</source>
        <translation>No se pudo exportar el informe: %1</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Páginas web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Reading time: about %1 min</source>
        <translation>Tiempo de lectura: aprox. %1 min</translation>
    </message>
    <message>
        <source>Secrets masked: %1</source>
        <translation>Secretos ocultos: %1</translation>
    </message>
    <message>
        <source>Sentences the language check flags: %1</source>
        <translation>Frases señaladas por la comprobación del lenguaje: %1</translation>
    </message>
    <message>
        <source>Could not check the wording: %1</source>
        <translation>No se pudo comprobar la redacción: %1</translation>
    </message>
    <message>
        <source>“%1”
    “%2”: %3 Suggestion: %4</source>
        <translation>“%1”
    “%2”: %3 Sugerencia: %4</translation>
    </message>
    <message numerus="yes">
        <source>The language check flags %n sentence(s) of this leaders' briefing. Readers may hear blame or hindsight in them.</source>
        <translation>
            <numerusform>La comprobación del lenguaje señala %n frase de este informe para la dirección. Quien lo lea podría percibir en ella culpa o un juicio a posteriori.</numerusform>
            <numerusform>La comprobación del lenguaje señala %n frases de este informe para la dirección. Quien lo lea podría percibir en ellas culpa o juicios a posteriori.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>Cancel and Reword</source>
        <translation>Cancelar y reformular</translation>
    </message>
    <message>
        <source>Checking the wording of the briefing before the export…</source>
        <translation>Se revisa la redacción del informe antes de exportarlo…</translation>
    </message>
</context>
<context>
    <name>faultless::views::FacilitatorMode</name>
    <message>
        <source>Facilitator Mode — %1</source>
        <translation>Modo facilitador — %1</translation>
    </message>
    <message>
        <source>Facilitator mode</source>
        <translation>Modo facilitador</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Tiempo de sesión</translation>
    </message>
    <message>
        <source>Page Down and Page Up move between questions</source>
        <translation>Av Pág y Re Pág cambian de pregunta</translation>
    </message>
    <message>
        <source>Time since facilitator mode opened</source>
        <translation>Tiempo desde que se abrió el modo facilitador</translation>
    </message>
    <message>
        <source>Page Down / Page Up: next / previous question · F11 full screen · Esc to leave</source>
        <extracomment>Keyboard hints at the bottom of facilitator mode</extracomment>
        <translation>Av Pág / Re Pág: pregunta siguiente / anterior · F11 pantalla completa · Esc para salir</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ A&amp;nterior</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>Si&amp;guiente ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>An answer from the room…</source>
        <translation>Una respuesta de los presentes…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>&amp;Record Answer</source>
        <translation>&amp;Registrar respuesta</translation>
    </message>
    <message>
        <source>A new question…</source>
        <translation>Una pregunta nueva…</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Add &amp;Question</source>
        <translation>Añadir &amp;pregunta</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>A new contributing factor…</source>
        <translation>Un factor contribuyente nuevo…</translation>
    </message>
    <message>
        <source>New contributing factor</source>
        <translation>Nuevo factor contribuyente</translation>
    </message>
    <message>
        <source>Add &amp;Factor</source>
        <translation>Añadir &amp;factor</translation>
    </message>
    <message>
        <source>&amp;Cite Selected Event</source>
        <translation>&amp;Citar evento seleccionado</translation>
    </message>
    <message>
        <source>Cite the event selected on the timeline as evidence for the selected factor</source>
        <translation>Citar el evento seleccionado en la línea de tiempo como evidencia del factor seleccionado</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentes</translation>
    </message>
    <message>
        <source>Participants present</source>
        <translation>Participantes presentes</translation>
    </message>
    <message>
        <source>Tick who is in the room: sign-off offers them as present</source>
        <translation>Marque quién está en la sala: al aprobar la revisión, se proponen como presentes</translation>
    </message>
    <message>
        <source>Someone else in the room…</source>
        <translation>Otra persona en la sala…</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>&amp;Add Person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>No question yet: add one below.</source>
        <translation>Aún no hay preguntas: añada una abajo.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · explored</source>
        <extracomment>Facilitator mode: "Question &lt;n&gt; of &lt;count&gt;" and whether it is explored</extracomment>
        <translation>Pregunta %1 de %2 · explorada</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <source>Mark E&amp;xplored</source>
        <translation>Marcar como e&amp;xplorada</translation>
    </message>
    <message>
        <source>(no evidence)</source>
        <translation>(sin evidencia)</translation>
    </message>
    <message>
        <source>No narrative yet.</source>
        <translation>Aún no hay ninguna narrativa.</translation>
    </message>
    <message>
        <source>Present (%1 of %2)</source>
        <translation>Presentes (%1 de %2)</translation>
    </message>
    <message>
        <source>Selected: %1 %2</source>
        <translation>Seleccionado: %1 %2</translation>
    </message>
    <message>
        <source>Click an event on the timeline to select it; highlighted events and phases are marked.</source>
        <translation>Haga clic en un evento de la línea de tiempo para seleccionarlo; los eventos y las fases destacados están marcados.</translation>
    </message>
</context>
<context>
    <name>faultless::views::FactorChecklist</name>
    <message>
        <source>Linked contributing factors</source>
        <translation>Factores contribuyentes vinculados</translation>
    </message>
</context>
<context>
    <name>faultless::views::FactorsPanel</name>
    <message>
        <source>Contributing factors</source>
        <translation>Factores contribuyentes</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a contributing factor</source>
        <translation>Añadir un factor contribuyente</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Merge the selected factors into one: evidence and links are kept</source>
        <translation>Fusionar los factores seleccionados en uno: se conservan la evidencia y los vínculos</translation>
    </message>
    <message>
        <source>A set, not a ranking: factors are listed by category and title.</source>
        <extracomment>A note under the factor list: factors are not ranked</extracomment>
        <translation>Un conjunto, no una clasificación: los factores se ordenan por categoría y título.</translation>
    </message>
    <message>
        <source>Factor title</source>
        <translation>Título del factor</translation>
    </message>
    <message>
        <source>Factor category</source>
        <translation>Categoría del factor</translation>
    </message>
    <message>
        <source>Factor description</source>
        <translation>Descripción del factor</translation>
    </message>
    <message>
        <source>How did this condition shape what happened? What made it hard to see?</source>
        <translation>¿Cómo influyó esta condición en lo ocurrido? ¿Qué la hacía difícil de ver?</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Drop events here from the timeline or the event table to cite them</source>
        <translation>Suelte aquí eventos de la línea de tiempo o de la tabla de eventos para citarlos</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <source>Cite Current Event as Evidence</source>
        <translation>Citar el evento actual como evidencia</translation>
    </message>
    <message>
        <source>Delete Factor</source>
        <translation>Eliminar factor</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No category chosen for a factor</extracomment>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>New factor</source>
        <translation>Nuevo factor</translation>
    </message>
    <message>
        <source>Select two or more factors (Ctrl+click) to merge them</source>
        <translation>Seleccione dos o más factores (Ctrl+clic) para fusionarlos</translation>
    </message>
    <message>
        <source>Merge Factors</source>
        <translation>Fusionar factores</translation>
    </message>
    <message numerus="yes">
        <source>Title of the merged factor (evidence and links of all %n factor(s) are kept):</source>
        <translation>
            <numerusform>Título del factor fusionado (se conservan la evidencia y los vínculos de %n factor):</numerusform>
            <numerusform>Título del factor fusionado (se conservan la evidencia y los vínculos de los %n factores):</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the current factor (Delete key in the list)</source>
        <translation>Eliminar el factor actual (tecla Supr en la lista)</translation>
    </message>
    <message>
        <source>Cite c&amp;urrent event</source>
        <translation>C&amp;itar evento actual</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Cate&amp;goría:</translation>
    </message>
    <message>
        <source>Cite the event selected in the timeline or the table as evidence (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+Shift+A</extracomment>
        <translation>Citar como evidencia el evento seleccionado en la línea de tiempo o en la tabla (%1)</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <extracomment>Under a contributing factor's title: who wrote it</extracomment>
        <translation>Añadido por %1</translation>
    </message>
</context>
<context>
    <name>faultless::views::ImportAsDialog</name>
    <message>
        <source>Import As</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Choose the format to read %1 with. The first lines of the file are shown below to help you judge.</source>
        <translation>Elija el formato con el que leer %1. Abajo se muestran las primeras líneas del archivo para ayudarle a decidir.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import Again As</source>
        <translation>Volver a importar como</translation>
    </message>
    <message>
        <source>Read %1 again in another format. Its events are replaced by what that format reads, as one step: Undo brings back the current events, with their annotations, tags and evidence.</source>
        <translation>Vuelva a leer %1 en otro formato. Sus eventos se sustituyen, en un solo paso, por lo que lea ese formato: Deshacer recupera los eventos actuales, con sus anotaciones, etiquetas y evidencias.</translation>
    </message>
    <message>
        <source>&amp;Import Again</source>
        <translation>&amp;Volver a importar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Part of a format's name</source>
        <translation>Parte del nombre de un formato</translation>
    </message>
    <message>
        <source>&amp;Formats:</source>
        <translation>&amp;Formatos:</translation>
    </message>
    <message>
        <source>First &amp;lines of %1:</source>
        <translation>&amp;Primeras líneas de %1:</translation>
    </message>
    <message>
        <source>First lines of the file</source>
        <translation>Primeras líneas del archivo</translation>
    </message>
    <message>
        <source>recognised in its first lines</source>
        <translation>reconocido en sus primeras líneas</translation>
    </message>
    <message>
        <source>imported as this now</source>
        <translation>importado ahora en este formato</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a format's name, then what is known about it for this file, e.g. "(recognised in its first lines)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Format id: %1</source>
        <translation>ID del formato: %1</translation>
    </message>
    <message>
        <source>Choose a format.</source>
        <translation>Elija un formato.</translation>
    </message>
    <message>
        <source>%1 was imported in this format already: choose another.</source>
        <translation>%1 ya se importó en este formato: elija otro.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ImportSummaryDialog</name>
    <message>
        <source>Imported; search index incomplete</source>
        <translation>Importado; índice de búsqueda incompleto</translation>
    </message>
    <message numerus="yes">
        <source>Imported; %n already present</source>
        <translation>
            <numerusform>Importado; %n ya estaba presente</numerusform>
            <numerusform>Importado; %n ya estaban presentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Nothing usable</source>
        <translation>Nada aprovechable</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>&amp;Teach Faultless this format…</source>
        <translation>&amp;Enseñar este formato a Faultless…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Events added</source>
        <translation>Eventos añadidos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>Show Faultless where the time, level and message are in the selected file</source>
        <translation>Mostrar a Faultless dónde están la hora, el nivel y el mensaje en el archivo seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported: %1 events added</source>
        <extracomment>%2 is a number of events, written with the locale's digit grouping</extracomment>
        <translation>
            <numerusform>%n archivo importado; eventos añadidos: %1</numerusform>
            <numerusform>%n archivos importados; eventos añadidos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) skipped</source>
        <translation>
            <numerusform>%n registro omitido</numerusform>
            <numerusform>%n registros omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read</source>
        <translation>
            <numerusform>No se pudo leer %n archivo</numerusform>
            <numerusform>No se pudieron leer %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more skipped record(s), all kept in the review</source>
        <translation>
            <numerusform>…y %n registro omitido más, también conservado en la revisión</numerusform>
            <numerusform>…y %n registros omitidos más, todos conservados en la revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Again As…</source>
        <translation>&amp;Volver a importar como…</translation>
    </message>
    <message>
        <source>Import &amp;As…</source>
        <translation>Importar &amp;como…</translation>
    </message>
    <message>
        <source>Read the selected file again in another format, in place of this import</source>
        <translation>Volver a leer el archivo seleccionado en otro formato, en lugar de esta importación</translation>
    </message>
    <message>
        <source>Choose the format to read the selected file with</source>
        <translation>Elegir el formato con el que leer el archivo seleccionado</translation>
    </message>
</context>
<context>
    <name>faultless::views::LanguageHighlighter</name>
    <message>
        <source>contributing factors</source>
        <translation>factores contribuyentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Try:&lt;/i&gt; %3</source>
        <extracomment>Tooltip of a flagged phrase: the phrase, why it is flagged, a reframing to try</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Pruebe:&lt;/i&gt; %3</translation>
    </message>
    <message>
        <source>Reframe: %1</source>
        <extracomment>Context-menu action of the blameless-language assistant</extracomment>
        <translation>Reformular: %1</translation>
    </message>
</context>
<context>
    <name>faultless::views::LearningsPanel</name>
    <message>
        <source>What surprised us</source>
        <translation>Lo que nos sorprendió</translation>
    </message>
    <message>
        <source>What did we not expect? What did the system do that nobody had seen before?</source>
        <translation>¿Qué no esperábamos? ¿Qué hizo el sistema que nadie había visto antes?</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>Which moves, tools or people kept it from getting worse?</source>
        <translation>¿Qué acciones, herramientas o personas evitaron que empeorara?</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a "%1"</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete from %1</source>
        <translation>Eliminar de "%1"</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Link to the current event or unlink it</source>
        <translation>Vincular con el evento actual o desvincularlo</translation>
    </message>
    <message>
        <source>Link to Current Event</source>
        <translation>Vincular con el evento actual</translation>
    </message>
    <message>
        <source>Unlink Current Event</source>
        <translation>Desvincular el evento actual</translation>
    </message>
    <message>
        <source>Show Event %1</source>
        <translation>Mostrar el evento %1</translation>
    </message>
    <message>
        <source>What Surprised Us</source>
        <translation>Lo que nos sorprendió</translation>
    </message>
    <message>
        <source>What Helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>What surprised you? Describe what you saw, not who should have seen it.</source>
        <translation>¿Qué le sorprendió? Describa lo que vio, no quién debería haberlo visto.</translation>
    </message>
    <message>
        <source>What helped? A move someone made, a tool, a safeguard that held.</source>
        <translation>¿Qué ayudó? Una acción de alguien, una herramienta, una salvaguarda que resistió.</translation>
    </message>
    <message>
        <source>What &amp;surprised us</source>
        <translation>Lo que nos &amp;sorprendió</translation>
    </message>
    <message>
        <source>What &amp;helped</source>
        <translation>Lo que a&amp;yudó</translation>
    </message>
</context>
<context>
    <name>faultless::views::LiveEditing</name>
    <message>
        <source>saved by someone else meanwhile</source>
        <translation>guardado por otra persona mientras tanto</translation>
    </message>
</context>
<context>
    <name>faultless::views::MainWindow</name>
    <message>
        <source>Export &amp;Briefing…</source>
        <translation>Exportar in&amp;forme…</translation>
    </message>
    <message>
        <source>Write a briefing of this review as PDF, HTML or Markdown</source>
        <translation>Escribir un informe de esta revisión en PDF, HTML o Markdown</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Faultless</source>
        <translation>Faultless</translation>
    </message>
    <message>
        <source>Importing file %1 of %2…</source>
        <translation>Importando el archivo %1 de %2…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Review…</source>
        <translation>&amp;Nueva revisión…</translation>
    </message>
    <message>
        <source>&amp;Open Review…</source>
        <translation>&amp;Abrir revisión…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import Events…</source>
        <translation>&amp;Importar eventos…</translation>
    </message>
    <message>
        <source>&amp;Close Review</source>
        <translation>&amp;Cerrar revisión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 is what the last edit did, e.g. "Annotate Event"</extracomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <extracomment>%1 is what the undone edit did, e.g. "Annotate Event"</extracomment>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Highlight Event</source>
        <translation>Des&amp;tacar evento</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Faultless</source>
        <translation>&amp;Acerca de Faultless</translation>
    </message>
    <message>
        <source>%1 — Faultless</source>
        <translation>%1 — Faultless</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open review</source>
        <translation>No se puede abrir la revisión</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Cannot create review</source>
        <translation>No se puede crear la revisión</translation>
    </message>
    <message>
        <source>Open Review</source>
        <translation>Abrir revisión</translation>
    </message>
    <message>
        <source>Faultless reviews (*.faultless);;All files (*)</source>
        <translation>Revisiones de Faultless (*.faultless);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Events</source>
        <translation>Importar eventos</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>La importación falló</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Borrar menú</translation>
    </message>
    <message>
        <source>About Faultless</source>
        <translation>Acerca de Faultless</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Faultless %1&lt;/h3&gt;&lt;p&gt;Blameless incident learning reviews: one timeline from what systems and people left behind, contributing factors with evidence, and several narratives from different vantage points.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Faultless %1&lt;/h3&gt;&lt;p&gt;Revisiones de incidentes sin culpables para aprender: una línea de tiempo a partir de lo que dejaron los sistemas y las personas, factores contribuyentes con evidencia y varias narrativas desde distintos puntos de vista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import in progress</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The review stays as it was before the import.</source>
        <translation>Hay una importación en curso. ¿Cancelarla y salir? La revisión se queda como estaba antes de la importación.</translation>
    </message>
    <message>
        <source>No review open</source>
        <translation>No hay ninguna revisión abierta</translation>
    </message>
    <message>
        <source>Open or create a review first, then drop files to import them.</source>
        <translation>Abra o cree primero una revisión y luego suelte archivos para importarlos.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Faultless</source>
        <translation>%1 (solo lectura) — Faultless</translation>
    </message>
    <message>
        <source>Every event of the review in time order; Ctrl+B highlights the current one</source>
        <translation>Todos los eventos de la revisión en orden temporal; Ctrl+B resalta el actual</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>%1: events shown; indexing their text for search…</source>
        <translation>%1: eventos mostrados; indexando su texto para la búsqueda…</translation>
    </message>
    <message>
        <source>Open from &amp;Team Server…</source>
        <translation>Abrir desde el ser&amp;vidor del equipo…</translation>
    </message>
    <message>
        <source>&amp;Publish to Team Server…</source>
        <translation>&amp;Publicar en el servidor del equipo…</translation>
    </message>
    <message>
        <source>Save a &amp;Local Copy…</source>
        <translation>Guardar una copia &amp;local…</translation>
    </message>
    <message>
        <source>Pull the team-server review shown here into a file of your choice</source>
        <translation>Descargar la revisión del servidor del equipo que se muestra aquí en un archivo de su elección</translation>
    </message>
    <message>
        <source>&amp;Teach Faultless this format…</source>
        <translation>&amp;Enseñar este formato a Faultless…</translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation>Todos los archivos compatibles (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported again in a team review yet: the team server would keep the old reading. Remove the source, then import the file with "faultless-cli import --format" instead.</source>
        <translation>%1 todavía no se puede volver a importar en una revisión del equipo: el servidor del equipo conservaría los eventos en el formato anterior. En su lugar, quite la fuente y luego importe el archivo con "faultless-cli import --format".</translation>
    </message>
    <message>
        <source>Cannot Import Again</source>
        <translation>No se puede volver a importar</translation>
    </message>
    <message>
        <source>Import &amp;As…</source>
        <translation>Importar &amp;como…</translation>
    </message>
    <message>
        <source>Choose the format to read the file with</source>
        <translation>Elegir el formato con el que leer el archivo</translation>
    </message>
</context>
<context>
    <name>faultless::views::ManualEventDialog</name>
    <message>
        <source>Ends at</source>
        <translation>Termina a las</translation>
    </message>
    <message>
        <source>Add Event by Hand</source>
        <translation>Añadir evento manualmente</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>service, host, channel…</source>
        <translation>servicio, host, canal…</translation>
    </message>
    <message>
        <source>who did it, where known</source>
        <translation>quién lo hizo, si se sabe</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>What happened, as the people there saw it, e.g. "phone call between on-call and vendor"</source>
        <translation>Qué ocurrió, tal como lo vieron las personas presentes, p. ej., "llamada entre la guardia y el proveedor"</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>&amp;Time (%1):</source>
        <translation>&amp;Hora (%1):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Carril:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Actor:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué ocurrió:</translation>
    </message>
    <message>
        <source>Edit Event Added by Hand</source>
        <translation>Editar evento añadido manualmente</translation>
    </message>
    <message>
        <source>Say what happened: the event needs a text.</source>
        <translation>Diga qué ocurrió: el evento necesita un texto.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>El fin es anterior al inicio.</translation>
    </message>
</context>
<context>
    <name>faultless::views::NarrativeCompareView</name>
    <message>
        <source>Narratives to compare</source>
        <translation>Narrativas que comparar</translation>
    </message>
    <message>
        <source>Narratives side by side</source>
        <translation>Narrativas lado a lado</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Resumen de la comparación</translation>
    </message>
    <message>
        <source>&lt;p&gt;Tick two or more narratives above to compare them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Marque arriba dos o más narrativas para compararlas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Mentioned by every narrative</source>
        <translation>Mencionado por todas las narrativas</translation>
    </message>
    <message>
        <source>No event is cited by all of them.</source>
        <translation>Ningún evento lo citan todas.</translation>
    </message>
    <message>
        <source>Factors every narrative relies on:</source>
        <translation>Factores en los que se apoyan todas las narrativas:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Only this narrative mentions:</source>
        <translation>Solo esta narrativa menciona:</translation>
    </message>
    <message>
        <source>nothing the others leave out</source>
        <translation>nada que las demás omitan</translation>
    </message>
    <message>
        <source>Leaves out (mentioned by another):</source>
        <translation>Omite (lo menciona otra):</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Relies on factors:</source>
        <translation>Se apoya en los factores:</translation>
    </message>
    <message>
        <source>none (no cited event is evidence of a factor)</source>
        <translation>ninguno (ningún evento citado es evidencia de un factor)</translation>
    </message>
    <message>
        <source>Only this narrative relies on:</source>
        <translation>Solo esta narrativa se apoya en:</translation>
    </message>
    <message>
        <source>Factors no compared narrative relies on yet</source>
        <translation>Factores en los que aún no se apoya ninguna narrativa comparada</translation>
    </message>
    <message>
        <source>%1, step %2 (%3): %4</source>
        <extracomment>Narrative comparison: "&lt;narrative&gt;, step &lt;n&gt; (&lt;Uncertain|Disputed&gt;): &lt;text&gt;"</extracomment>
        <translation>%1, paso %2 (%3): %4</translation>
    </message>
    <message>
        <source>the event is disputed</source>
        <translation>el evento está en disputa</translation>
    </message>
    <message>
        <source>the event is uncertain</source>
        <translation>el evento es incierto</translation>
    </message>
    <message>
        <source>an annotation is disputed</source>
        <translation>una anotación está en disputa</translation>
    </message>
    <message>
        <source>an annotation is uncertain</source>
        <translation>una anotación es incierta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Narrative comparison: "&lt;event text&gt; (&lt;the event is disputed, an annotation is uncertain&gt;)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Uncertain or disputed</source>
        <translation>Incierto o en disputa</translation>
    </message>
    <message>
        <source>Compare Narratives — %1</source>
        <translation>Comparar narrativas — %1</translation>
    </message>
    <message>
        <source>Compare:</source>
        <extracomment>Label before the list of narratives to tick in the comparison workspace</extracomment>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>&amp;Divergences</source>
        <translation>&amp;Divergencias</translation>
    </message>
    <message>
        <source>Divergences</source>
        <translation>Divergencias</translation>
    </message>
    <message>
        <source>One line per cited event, in time order. Tinted: events not every narrative mentions. Dashed: a step that cites no event, placed by its order in its narrative. A bar at the left: uncertain (one bar) or disputed (two bars). Narratives are compared, never ranked.</source>
        <extracomment>Legend of the narrative comparison</extracomment>
        <translation>Una línea por evento citado, en orden temporal. Líneas sombreadas: eventos que no todas las narrativas mencionan. Líneas discontinuas: un paso que no cita ningún evento, situado según su orden en su narrativa. Una barra a la izquierda: incierto (una barra) o en disputa (dos barras). Las narrativas se comparan, nunca se clasifican.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Only "%1" cites: %2</source>
        <extracomment>Divergence list: an event one narrative cites and the others leave out</extracomment>
        <translation>Solo "%1" cita: %2</translation>
    </message>
    <message>
        <source>"%1", step %2 cites no event: %3</source>
        <extracomment>Divergence list: "&lt;narrative&gt;", step &lt;n&gt; cites no event: &lt;text&gt;</extracomment>
        <translation>"%1", el paso %2 no cita ningún evento: %3</translation>
    </message>
    <message>
        <source>"%1" tells "%2" before "%3"; "%4" the other way round</source>
        <extracomment>Divergence list: two narratives tell two shared events in opposite orders</extracomment>
        <translation>"%1" cuenta "%2" antes de "%3"; "%4", al revés</translation>
    </message>
    <message>
        <source>Tick two or more narratives to see where they diverge.</source>
        <translation>Marque dos o más narrativas para ver dónde divergen.</translation>
    </message>
    <message>
        <source>The narratives cite the same events in the same order, and every step cites one.</source>
        <translation>Las narrativas citan los mismos eventos en el mismo orden, y cada paso cita uno.</translation>
    </message>
    <message>
        <source>&amp;Divergences (%1)</source>
        <translation>&amp;Divergencias (%1)</translation>
    </message>
    <message>
        <source>step %1 (no evidence): %2</source>
        <extracomment>Summary of the comparison: a step without evidence, "step &lt;n&gt; (no evidence): &lt;text&gt;"</extracomment>
        <translation>paso %1 (sin evidencia): %2</translation>
    </message>
</context>
<context>
    <name>faultless::views::NarrativesPanel</name>
    <message>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Show the narratives side by side (Ctrl+Shift+C)</source>
        <translation>Mostrar las narrativas lado a lado (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Narrative title</source>
        <translation>Título de la narrativa</translation>
    </message>
    <message>
        <source>Vantage point</source>
        <translation>Punto de vista</translation>
    </message>
    <message>
        <source>Who tells this story, and from where in the organisation</source>
        <translation>Quién cuenta esta historia y desde qué lugar de la organización</translation>
    </message>
    <message>
        <source>Narrative author</source>
        <translation>Autor de la narrativa</translation>
    </message>
    <message>
        <source>Narrative steps</source>
        <translation>Pasos de la narrativa</translation>
    </message>
    <message>
        <source>Drop events here from the timeline or the event table; drag steps or press Alt+Up / Alt+Down to reorder</source>
        <translation>Suelte aquí eventos de la línea de tiempo o de la tabla de eventos; arrastre los pasos o pulse Alt+Up / Alt+Down para reordenarlos</translation>
    </message>
    <message>
        <source>Step text</source>
        <translation>Texto del paso</translation>
    </message>
    <message>
        <source>What happened, what did people see and know at this point?</source>
        <translation>¿Qué ocurrió, qué veían y sabían las personas en este punto?</translation>
    </message>
    <message>
        <source>Add a step citing the event selected in the timeline or the table</source>
        <translation>Añadir un paso que cite el evento seleccionado en la línea de tiempo o en la tabla</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Subir el paso (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Bajar el paso (Alt+Down)</translation>
    </message>
    <message>
        <source>Delete step</source>
        <translation>Eliminar paso</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>New narrative</source>
        <translation>Nueva narrativa</translation>
    </message>
    <message>
        <source>Ne&amp;w narrative</source>
        <translation>Nueva narrat&amp;iva</translation>
    </message>
    <message>
        <source>Delete the current narrative</source>
        <translation>Eliminar la narrativa actual</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>Vanta&amp;ge point:</source>
        <translation>Punto &amp;de vista:</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Pa&amp;sos:</translation>
    </message>
    <message>
        <source>A&amp;dd step</source>
        <translation>A&amp;ñadir paso</translation>
    </message>
    <message>
        <source>Add c&amp;urrent event</source>
        <translation>Añadir evento actua&amp;l</translation>
    </message>
</context>
<context>
    <name>faultless::views::NewReviewDialog</name>
    <message>
        <source>New Review</source>
        <translation>Nueva revisión</translation>
    </message>
    <message>
        <source>e.g. Checkout latency, 14 March</source>
        <translation>p. ej., Latencia del pago, 14 de marzo</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revision</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Faultless reviews (*.faultless)</source>
        <translation>Revisiones de Faultless (*.faultless)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose where the review file is saved</source>
        <translation>Elegir dónde se guarda el archivo de la revisión</translation>
    </message>
</context>
<context>
    <name>faultless::views::OpportunitiesPanel</name>
    <message>
        <source>Opportunities</source>
        <translation>Oportunidades de mejora</translation>
    </message>
    <message>
        <source>Opportunity status</source>
        <translation>Estado de la oportunidad de mejora</translation>
    </message>
    <message>
        <source>Opportunity description</source>
        <translation>Descripción de la oportunidad de mejora</translation>
    </message>
    <message>
        <source>What might the team try, and what would it change?</source>
        <translation>¿Qué podría probar el equipo y qué cambiaría?</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Addresses:</source>
        <translation>Aborda:</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Nueva oportunidad de mejora</translation>
    </message>
    <message>
        <source>Delete the current opportunity</source>
        <translation>Eliminar la oportunidad actual</translation>
    </message>
</context>
<context>
    <name>faultless::views::OverviewStrip</name>
    <message>
        <source>Timeline overview</source>
        <translation>Vista general de la línea de tiempo</translation>
    </message>
    <message>
        <source>The whole review. Click or drag to move the timeline; use the wheel to zoom.</source>
        <translation>Toda la revisión. Haga clic o arrastre para mover la línea de tiempo; use la rueda para hacer zoom.</translation>
    </message>
    <message>
        <source>Event density over the whole review with the timeline's visible window marked. Left and Right arrows move the window a little, Page Up and Page Down by its width, Home and End to the start and end of the review; plus and minus zoom.</source>
        <translation>Densidad de eventos de toda la revisión con la ventana visible de la línea de tiempo marcada. Las flechas izquierda y derecha mueven la ventana un poco, Re Pág y Av Pág la desplazan todo su ancho, Inicio y Fin la llevan al principio y al final de la revisión; más y menos amplían y reducen.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ParticipantsPanel</name>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>%1 (participant)</source>
        <translation>%1 (participante)</translation>
    </message>
    <message>
        <source>%1 (check: joined by e-mail name)</source>
        <translation>%1 (comprobar: unido por el nombre del correo electrónico)</translation>
    </message>
    <message>
        <source>Suggested from the sources</source>
        <translation>Sugeridos a partir de las fuentes</translation>
    </message>
    <message>
        <source>Named by the flag systems, chat and alerts. Confirm a person, or merge them into the participant they are; briefings then use the name or pseudonym.</source>
        <translation>Nombrados por los sistemas de feature flags, el chat y las alertas. Confirme a una persona o fusiónela con el participante que es; los informes usan entonces el nombre o el seudónimo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>También escrito</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>Visto en</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Suggested participants</source>
        <translation>Participantes sugeridos</translation>
    </message>
    <message>
        <source>Conf&amp;irm as Participant</source>
        <translation>Conf&amp;irmar como participante</translation>
    </message>
    <message>
        <source>Add the selected person as a participant, with the other spellings the sources use</source>
        <translation>Añadir la persona seleccionada como participante, con las demás grafías que usan las fuentes</translation>
    </message>
    <message>
        <source>Same person as:</source>
        <translation>La misma persona que:</translation>
    </message>
    <message>
        <source>Participant to merge into</source>
        <translation>Participante con el que fusionar</translation>
    </message>
    <message>
        <source>Mer&amp;ge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>The selected person is the chosen participant: keep their spellings with that participant</source>
        <translation>La persona seleccionada es el participante elegido: conservar sus grafías con ese participante</translation>
    </message>
</context>
<context>
    <name>faultless::views::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Shown with your annotations, factors and narratives</source>
        <translation>Se muestra junto a sus anotaciones, factores y narrativas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>The interface changes language at once; Undo and Redo in the Edit menu follow after Faultless restarts.</source>
        <translation>La interfaz cambia de idioma al instante; Deshacer y Rehacer del menú Editar cambian después de reiniciar Faultless.</translation>
    </message>
</context>
<context>
    <name>faultless::views::QuestionsPanel</name>
    <message>
        <source>Open questions</source>
        <translation>Preguntas abiertas</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Ask how, not why: e.g. "How did the on-call engineer decide what to look at first?"</source>
        <translation>Pregunte "cómo", no "por qué": p. ej., "¿Cómo decidió el ingeniero de guardia qué mirar primero?"</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Add an answer (press Enter); several answers can stand side by side</source>
        <translation>Añadir una respuesta (pulse Enter); pueden coexistir varias respuestas</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Mark explored</source>
        <translation>Marcar como explorada</translation>
    </message>
    <message>
        <source>Delete the current question</source>
        <translation>Eliminar la pregunta actual</translation>
    </message>
    <message>
        <source>&amp;Answers:</source>
        <translation>Respue&amp;stas:</translation>
    </message>
    <message>
        <source>&amp;Bears on these factors:</source>
        <translation>Afecta a estos &amp;factores:</translation>
    </message>
</context>
<context>
    <name>faultless::views::SearchBar</name>
    <message>
        <source>Search events: words, "exact phrase", AND, OR, NOT, prefix*</source>
        <translation>Buscar eventos: palabras, "frase exacta", AND, OR, NOT, prefijo*</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Search filters</source>
        <translation>Filtros de búsqueda</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtros (%1)</translation>
    </message>
    <message>
        <source>Commented Only</source>
        <translation>Solo con anotaciones</translation>
    </message>
    <message>
        <source>Highlighted Only</source>
        <translation>Solo destacados</translation>
    </message>
    <message>
        <source>Visible Time Range Only</source>
        <translation>Solo el intervalo visible</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>%1 or worse</source>
        <extracomment>Severity filter: events of this severity or more urgent</extracomment>
        <translation>%1 o más grave</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Clear Search and Filters</source>
        <translation>Borrar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Full-text search over the events' text: words, "exact phrase", AND, OR, NOT and prefix*. The timeline and the table show the matches.</source>
        <translation>Búsqueda de texto completo en el texto de los eventos: palabras, "frase exacta", AND, OR, NOT y prefijo*. La línea de tiempo y la tabla muestran las coincidencias.</translation>
    </message>
    <message>
        <source>%1+ matches, counting…</source>
        <translation>%1+ coincidencias, contando…</translation>
    </message>
</context>
<context>
    <name>faultless::views::ServerBanner</name>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Pull the server's review again and open the new copy</source>
        <translation>Descargar de nuevo la revisión del servidor y abrir la nueva copia</translation>
    </message>
    <message>
        <source>Connection to the team server lost — reconnecting…</source>
        <translation>Se perdió la conexión con el servidor del equipo — reconectando…</translation>
    </message>
    <message>
        <source>Changed on the server by others since your copy of %1 was taken at %2.</source>
        <translation>Modificada en el servidor por otras personas desde que se tomó su copia de %1 el %2.</translation>
    </message>
    <message>
        <source>This is a copy of the server review %1 taken at %2. Changes you make stay in this copy.</source>
        <extracomment>%1 is a review's name on the server, %2 a date and time</extracomment>
        <translation>Esta es una copia de la revisión del servidor %1 tomada el %2. Los cambios que haga se quedan en esta copia.</translation>
    </message>
    <message>
        <source>Here now: %1.</source>
        <extracomment>Who has the server review open; %1 is a list of names</extracomment>
        <translation>Aquí ahora: %1.</translation>
    </message>
    <message>
        <source>New events were imported into %1 on the server: reload to see them.</source>
        <translation>Se importaron eventos nuevos en %1 en el servidor: recargue para verlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 not saved on the team server yet (%2). Trying again…</source>
        <extracomment>%2 is why the changes could not be saved, as the server said it</extracomment>
        <translation>
            <numerusform>%n cambio en %1 aún no guardado en el servidor del equipo (%2). Reintentando…</numerusform>
            <numerusform>%n cambios en %1 aún no guardados en el servidor del equipo (%2). Reintentando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Working live on the server review %1: your changes are saved there as you make them, and others' appear here.</source>
        <translation>Trabajando en directo en la revisión del servidor %1: sus cambios se guardan allí a medida que los hace, y los de otras personas aparecen aquí.</translation>
    </message>
    <message>
        <source>Reading the server review %1: others' changes appear here. You may read this review, not change it; changes you make stay in this copy.</source>
        <translation>Leyendo la revisión del servidor %1: los cambios de otras personas aparecen aquí. Puede leer esta revisión, pero no modificarla; los cambios que haga se quedan en esta copia.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ServerCache</name>
    <message>
        <source>Cannot replace %1.</source>
        <translation>No se puede reemplazar %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>faultless::views::ServerDialog</name>
    <message>
        <source>Open from Team Server</source>
        <translation>Abrir desde el servidor del equipo</translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Publicar en el servidor del equipo</translation>
    </message>
    <message>
        <source>e.g. reviews.example.org</source>
        <translation>p. ej., reviews.example.org</translation>
    </message>
    <message>
        <source>&amp;List Reviews</source>
        <translation>&amp;Listar revisiones</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>&amp;Revisión:</translation>
    </message>
    <message>
        <source>New &amp;review name:</source>
        <translation>Nombre de la nueva &amp;revisión:</translation>
    </message>
    <message>
        <source>No password is asked for here: like psql, the connection takes it from ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>Aquí no se pide ninguna contraseña: como psql, la conexión la toma de ~/.pgpass o de la variable de entorno PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <source>Enter the host name of the team server.</source>
        <translation>Indique el nombre de host del servidor del equipo.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Enter the name of the database that holds the reviews.</source>
        <translation>Indique el nombre de la base de datos que contiene las revisiones.</translation>
    </message>
    <message>
        <source>Choose the review to open, or list the server's reviews.</source>
        <translation>Elija la revisión que desea abrir o liste las revisiones del servidor.</translation>
    </message>
    <message>
        <source>Enter a name for the new review.</source>
        <translation>Indique un nombre para la nueva revisión.</translation>
    </message>
    <message>
        <source>"%1" is not a valid review name: use up to %2 letters, digits, '.', '-' or '_', starting with a letter or digit.</source>
        <translation>"%1" no es un nombre de revisión válido: use hasta %2 letras, dígitos, '.', '-' o '_', empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>%1 already has a review named "%2": choose another name.</source>
        <translation>%1 ya tiene una revisión llamada "%2": elija otro nombre.</translation>
    </message>
    <message>
        <source>%1 on %2:%3</source>
        <extracomment>%1 is a database, %2 a host name and %3 a port, e.g. "reviews on db.example.org:5432"</extracomment>
        <translation>%1 en %2:%3</translation>
    </message>
    <message>
        <source>Listing…</source>
        <translation>Listando…</translation>
    </message>
    <message>
        <source>Could not list the reviews of %1: %2</source>
        <translation>No se pudieron listar las revisiones de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no reviews yet.</source>
        <translation>%1 aún no tiene revisiones.</translation>
    </message>
</context>
<context>
    <name>faultless::views::SourcesPanel</name>
    <message>
        <source>Shift &amp;Clock…</source>
        <translation>Desplazar &amp;reloj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Rejected records</source>
        <translation>Registros rechazados</translation>
    </message>
    <message>
        <source>Choose a source to see where it came from and the records it rejected.</source>
        <translation>Elija una fuente para ver de dónde procede y los registros que rechazó.</translation>
    </message>
    <message>
        <source>Move every event of the source by a fixed offset, when its clock was wrong or its zone mislabelled</source>
        <translation>Mover todos los eventos de la fuente un desfase fijo, cuando su reloj iba mal o su zona estaba mal indicada</translation>
    </message>
    <message>
        <source>Remove the source and its events from the review (undoable)</source>
        <translation>Quitar la fuente y sus eventos de la revisión (se puede deshacer)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Zone for timestamps without one: %1</source>
        <translation>Zona para las marcas de tiempo sin zona: %1</translation>
    </message>
    <message>
        <source>Clock shifted by %1: %2</source>
        <translation>Reloj desplazado %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) rejected; the first:</source>
        <translation>
            <numerusform>%n registro rechazado; el primero:</numerusform>
            <numerusform>%n registros rechazados; el primero:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Shifted the clock of %1</source>
        <translation>Se desplazó el reloj de %1</translation>
    </message>
    <message>
        <source>Remove Source</source>
        <translation>Quitar fuente</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 and its %n event(s) from the review? You can undo this.</source>
        <translation>
            <numerusform>¿Quitar %1 y su %n evento de la revisión? Puede deshacerlo.</numerusform>
            <numerusform>¿Quitar %1 y sus %n eventos de la revisión? Puede deshacerlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import &amp;Again As…</source>
        <translation>&amp;Volver a importar como…</translation>
    </message>
    <message>
        <source>Read the source's file again in another format, in place of its events (undoable)</source>
        <translation>Volver a leer el archivo de la fuente en otro formato y sustituir sus eventos (se puede deshacer)</translation>
    </message>
</context>
<context>
    <name>faultless::views::SpanLegend</name>
    <message>
        <source>experiment run, alert firing</source>
        <translation>ejecución de experimento, alerta activa</translation>
    </message>
    <message>
        <source>flag on</source>
        <translation>flag activado</translation>
    </message>
    <message>
        <source>partial rollout</source>
        <translation>despliegue parcial</translation>
    </message>
    <message>
        <source>flag state not recorded</source>
        <translation>estado del flag no registrado</translation>
    </message>
    <message>
        <source>flag change; no line: off</source>
        <translation>cambio de flag; sin línea: desactivado</translation>
    </message>
    <message>
        <source>What the lines and bars over the lanes mean:</source>
        <translation>Qué significan las líneas y las barras sobre los carriles:</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Leyenda de la línea de tiempo</translation>
    </message>
</context>
<context>
    <name>faultless::views::SummaryPanel</name>
    <message>
        <source>The briefing opens with this summary and the impact window.</source>
        <translation>El informe empieza con este resumen y el intervalo del impacto.</translation>
    </message>
    <message>
        <source>&amp;Summary of the impact</source>
        <translation>&amp;Resumen del impacto</translation>
    </message>
    <message>
        <source>In a few sentences, what customers and the business lived through. For example: for 40 minutes, one checkout in three took longer than 3 seconds; no orders were lost.</source>
        <translation>En pocas frases, lo que vivieron los clientes y el negocio. Por ejemplo: durante 40 minutos, uno de cada tres pagos tardó más de 3 segundos; no se perdió ningún pedido.</translation>
    </message>
    <message>
        <source>Summary of the impact</source>
        <translation>Resumen del impacto</translation>
    </message>
    <message>
        <source>Impact &amp;from</source>
        <translation>Impacto &amp;desde</translation>
    </message>
    <message>
        <source>Impact &amp;to</source>
        <translation>Impacto &amp;hasta</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>When customers were affected, in the review's time zone; the earliest date means not set</source>
        <translation>Cuándo se vieron afectados los clientes, en la zona horaria de la revisión; la fecha más temprana significa "sin definir"</translation>
    </message>
    <message>
        <source>Impact from</source>
        <translation>Impacto desde</translation>
    </message>
    <message>
        <source>Impact to</source>
        <translation>Impacto hasta</translation>
    </message>
    <message>
        <source>Clear Impact Window</source>
        <translation>Borrar intervalo del impacto</translation>
    </message>
    <message>
        <source>The impact cannot end before it starts: change one of the times to save them.</source>
        <translation>El impacto no puede terminar antes de empezar: cambie una de las horas para guardarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Customers were affected for %n minute(s). Times in %1.</source>
        <translation>
            <numerusform>Los clientes se vieron afectados durante %n minuto. Horas en %1.</numerusform>
            <numerusform>Los clientes se vieron afectados durante %n minutos. Horas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in %1. Until both are set, the briefing shows the first to the last highlighted event and says so.</source>
        <translation>Horas en %1. Hasta que se definan ambas, el informe muestra del primer al último evento destacado y lo indica.</translation>
    </message>
</context>
<context>
    <name>faultless::views::TeachFormatDialog</name>
    <message>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Teach Faultless a format: %1</source>
        <translation>Enseñar un formato a Faultless: %1</translation>
    </message>
    <message>
        <source>Faultless does not know how to read %1. Select the timestamp on one of its lines and press "This is the timestamp"; mark the level, lane and message too if the lines have them. The preview shows how the first %2 lines read; Save keeps the format as an lnav format file, for the app and for faultless-cli.</source>
        <translation>Faultless no sabe leer %1. Seleccione la marca de tiempo en una de sus líneas y pulse "Esta es la marca de tiempo"; marque también el nivel, el carril y el mensaje si las líneas los tienen. La vista previa muestra cómo se leen las primeras %2 líneas; al guardar, el formato se conserva como archivo de formato de lnav, para la aplicación y para faultless-cli.</translation>
    </message>
    <message>
        <source>&amp;First lines of the file:</source>
        <translation>&amp;Primeras líneas del archivo:</translation>
    </message>
    <message>
        <source>This is the &amp;timestamp</source>
        <translation>Esta es la &amp;marca de tiempo</translation>
    </message>
    <message>
        <source>This is the &amp;level</source>
        <translation>Este es el &amp;nivel</translation>
    </message>
    <message>
        <source>This is the la&amp;ne</source>
        <translation>Este es el ca&amp;rril</translation>
    </message>
    <message>
        <source>This is the &amp;message</source>
        <translation>Este es el m&amp;ensaje</translation>
    </message>
    <message>
        <source>C&amp;lear marks</source>
        <translation>&amp;Borrar marcas</translation>
    </message>
    <message>
        <source>Format n&amp;ame:</source>
        <translation>Nombre del &amp;formato:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>Pa&amp;trón:</translation>
    </message>
    <message>
        <source>P&amp;review:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Message or reason</source>
        <translation>Mensaje o motivo</translation>
    </message>
    <message>
        <source>&amp;Save and import</source>
        <translation>&amp;Guardar e importar</translation>
    </message>
    <message>
        <source>Select text within one line first, then press the button again.</source>
        <translation>Seleccione primero texto dentro de una línea y pulse de nuevo el botón.</translation>
    </message>
    <message>
        <source>The file holds no lines to learn from.</source>
        <translation>El archivo no contiene líneas de las que aprender.</translation>
    </message>
    <message>
        <source>%1   (time layout %2)</source>
        <translation>%1   (formato de hora %2)</translation>
    </message>
    <message>
        <source>Select the timestamp on a line and press "This is the timestamp".</source>
        <translation>Seleccione la marca de tiempo en una línea y pulse "Esta es la marca de tiempo".</translation>
    </message>
    <message>
        <source>Faultless does not know the layout of the marked timestamp.</source>
        <translation>Faultless no conoce el formato de la marca de tiempo señalada.</translation>
    </message>
    <message>
        <source>%1 of %2 lines start a record, %3 continue one, %4 are rejected.</source>
        <translation>%1 de %2 líneas inician un registro, %3 continúan uno, %4 se rechazan.</translation>
    </message>
    <message>
        <source>%1: "%2"</source>
        <translation>%1: "%2"</translation>
    </message>
    <message>
        <source>Nothing marked yet.</source>
        <translation>Todavía no hay nada marcado.</translation>
    </message>
    <message>
        <source>Marked on line %1: %2</source>
        <translation>Marcado en la línea %1: %2</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>continues line %1</source>
        <translation>continúa la línea %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Replace format?</source>
        <translation>¿Sustituir el formato?</translation>
    </message>
    <message>
        <source>A format named %1 exists already. Replace it with this one?</source>
        <translation>Ya existe un formato llamado %1. ¿Sustituirlo por este?</translation>
    </message>
</context>
<context>
    <name>faultless::views::TeamServerSession</name>
    <message>
        <source>Save a Local Copy</source>
        <translation>Guardar una copia local</translation>
    </message>
    <message>
        <source>Faultless reviews (*.faultless)</source>
        <translation>Revisiones de Faultless (*.faultless)</translation>
    </message>
    <message>
        <source>Cannot open server review</source>
        <translation>No se puede abrir la revisión del servidor</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Pulling %1 from the team server…</source>
        <translation>Descargando %1 del servidor del equipo…</translation>
    </message>
    <message>
        <source>Could not pull %1: %2</source>
        <translation>No se pudo descargar %1: %2</translation>
    </message>
    <message>
        <source>Publishing to %1…</source>
        <translation>Publicando en %1…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Published "%1" as %2.</source>
        <translation>Se publicó "%1" como %2.</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>No se puede publicar</translation>
    </message>
    <message>
        <source>Could not publish to %1: %2</source>
        <translation>No se pudo publicar en %1: %2</translation>
    </message>
    <message>
        <source>Cannot save a local copy</source>
        <translation>No se puede guardar una copia local</translation>
    </message>
    <message>
        <source>%1 is the review open in this window.</source>
        <translation>%1 es la revisión abierta en esta ventana.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2</source>
        <translation>Se guardó una copia de %1 como %2</translation>
    </message>
    <message>
        <source>Could not pull %1 into %2: %3</source>
        <translation>No se pudo descargar %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reload from the team server</source>
        <translation>Recargar desde el servidor del equipo</translation>
    </message>
    <message>
        <source>Reloading replaces this copy, with the changes you made to it, by the server's review as it is now. Reload?</source>
        <translation>Recargar sustituye esta copia, con los cambios que le hizo, por la revisión del servidor tal como está ahora. ¿Recargar?</translation>
    </message>
    <message>
        <source>Import not sent to the team server</source>
        <translation>La importación no se envió al servidor del equipo</translation>
    </message>
    <message>
        <source>%1 was imported into your copy of %2 only: the team server did not take it (%3).</source>
        <translation>%1 se importó solo en su copia de %2: el servidor del equipo no lo aceptó (%3).</translation>
    </message>
    <message>
        <source>Changes not saved on the team server</source>
        <translation>Cambios no guardados en el servidor del equipo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 could not be saved on the team server. This copy of the review, with them, is kept as %2.</source>
        <translation>
            <numerusform>No se pudo guardar %n cambio en %1 en el servidor del equipo. Esta copia de la revisión, con ese cambio, se conserva como %2.</numerusform>
            <numerusform>No se pudieron guardar %n cambios en %1 en el servidor del equipo. Esta copia de la revisión, con esos cambios, se conserva como %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to %1 could not be saved on the team server, and keeping them in %2 failed: %3</source>
        <translation>
            <numerusform>No se pudo guardar %n cambio en %1 en el servidor del equipo, y no se pudo conservar en %2: %3</numerusform>
            <numerusform>No se pudieron guardar %n cambios en %1 en el servidor del equipo, y no se pudieron conservar en %2: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>faultless::views::TimelinePanel</name>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Carriles:</translation>
    </message>
    <message>
        <source>Group lanes by</source>
        <translation>Agrupar carriles por</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>C&amp;olor:</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Colour events by</source>
        <translation>Colorear eventos por</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Reducir (−)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Ampliar (+)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom to fit (0)</source>
        <translation>Ajustar a la ventana (0)</translation>
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
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Events over time in lanes. Arrow keys move between events, plus and minus zoom, 0 zooms to fit.</source>
        <translation>Eventos a lo largo del tiempo en carriles. Las teclas de flecha pasan de un evento a otro, más y menos hacen zoom, 0 ajusta a la ventana.</translation>
    </message>
    <message>
        <source>No events yet. Import logs, flag changes, experiments or chat with File ▸ Import Events (Ctrl+I), or drop files here.</source>
        <translation>Todavía no hay eventos. Importe registros, cambios de feature flags, experimentos o chats con Archivo ▸ Importar eventos (Ctrl+I), o suelte archivos aquí.</translation>
    </message>
    <message>
        <source>Open or create a review to see its timeline.</source>
        <translation>Abra o cree una revisión para ver su línea de tiempo.</translation>
    </message>
    <message>
        <source>Added by a reviewer</source>
        <translation>Añadido por un revisor</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) between %1 and %2</source>
        <translation>
            <numerusform>%n evento entre %1 y %2</numerusform>
            <numerusform>%n eventos entre %1 y %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Expand Lane</source>
        <translation>Expandir carril</translation>
    </message>
    <message>
        <source>Collapse Lane</source>
        <translation>Contraer carril</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Expand All Lanes</source>
        <translation>Expandir todos los carriles</translation>
    </message>
    <message>
        <source>Collapse All Lanes</source>
        <translation>Contraer todos los carriles</translation>
    </message>
    <message>
        <source>Group Lanes By</source>
        <translation>Agrupar carriles por</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 (planteado por %2): %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1, %2, %3, lane %4: %5</source>
        <translation>%1, %2, %3, carril %4: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Takes back the change of %1 (%2), %3 later</source>
        <translation>Revierte el cambio de %1 (%2), %3 después</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A chat message's label on the timeline: author: message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;mostly %2</source>
        <extracomment>Tooltip of a timeline lane's name: %1 the full name, %2 the kind of most of its events</extracomment>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;sobre todo %2</translation>
    </message>
    <message>
        <source>Then: %1</source>
        <extracomment>%1: the flag's state, e.g. "on for part of the traffic"</extracomment>
        <translation>Después: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Blameless incident learning reviews</source>
        <translation>Revisiones de incidentes sin culpables</translation>
    </message>
    <message>
        <source>Review to open</source>
        <translation>Revisión que abrir</translation>
    </message>
    <message>
        <source>Open the bundled demo review</source>
        <translation>Abrir la revisión de demostración incluida</translation>
    </message>
    <message>
        <source>Save a screenshot of the window and quit</source>
        <translation>Guardar una captura de pantalla de la ventana y salir</translation>
    </message>
    <message>
        <source>Colours: light, dark or system (default)</source>
        <translation>Colores: light (claro), dark (oscuro) o system (predeterminado)</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>No se pudo guardar la captura de pantalla en %1</translation>
    </message>
</context>
</TS>