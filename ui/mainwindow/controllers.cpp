#include "controllers.h"

#include "mainwindow.h"
#include "export/exportcontroller.h"
#include "i18n/languagecontroller.h"
#include "theme/themecontroller.h"
#include "session/sessioncontroller.h"

// One #include and one line per controller.

void installControllers(MainWindow &window)
{
    new ExportController(&window);
    new LanguageController(window);
    new ThemeController(window);
    new SessionController(window);
}
