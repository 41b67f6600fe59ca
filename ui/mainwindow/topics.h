#pragma once

class MainWindow;

/** Registers every topic page with the main window, in navigation order. */
void registerTopics(MainWindow &window);
