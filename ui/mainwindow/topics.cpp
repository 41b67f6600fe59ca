#include "topics.h"

#include "mainwindow.h"

// Each topic's page header and one addTopic() line per page.

void registerTopics(MainWindow &window)
{
    (void)window;
}
