#pragma once

class MainWindow;

/**
 * Attaches the window-wide controllers (sessions and autosave, PNG export, lecture mode and
 * themes, language) to a window whose topics are registered. Each controller is a QObject child
 * of the window that adds its own menu actions; one line per controller in controllers.cpp.
 */
void installControllers(MainWindow &window);
