#pragma once

namespace faultless::views {

class MainWindow;

// Installs sense-making into a main window: the "Sense-making" dock (factors, narratives,
// questions, opportunities, participants, categories), the narrative comparison dock, facilitator
// mode, and their Review-menu entries with shortcuts. For screenshots and demos the environment
// variable FAULTLESS_SENSEMAKING_PANEL (factors, narratives, questions, opportunities, compare)
// opens that panel once a review is open.
void installSensemaking(MainWindow &window);

} // namespace faultless::views
