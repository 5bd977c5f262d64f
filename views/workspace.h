#pragma once

namespace faultless::views {

class EventActions;
class MainWindow;

// Installs the timeline workspace into a main window: the timeline above the event table, the
// search bar, the event detail dock, the event rate chart dock and their View-menu entries, and
// keeps them in step through the window's EventSelection. Layout (splitter, table columns) is
// saved per review in the document ("ui." meta keys) and per user in QSettings.
void installWorkspace(MainWindow &window);

// Creates the event menu's actions (EventActions) for a main window and attaches them to its
// timeline and event table, whose context menus then open the event menu. Returns the instance
// (a child of the window).
EventActions *installEventActions(MainWindow &window);

} // namespace faultless::views
