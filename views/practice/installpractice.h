#pragma once

namespace faultless::views {

class MainWindow;

// Adds what review practice asks for to the main window: events added by hand, disputes, the
// Sources, Disputes, Learnings and Agreement panels, File > Export Events… and File > Archive
// Review…, and the dispute markers in the event table. Called once from
// MainWindow::installFeatures().
void installPractice(MainWindow &window);

} // namespace faultless::views
