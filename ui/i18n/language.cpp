#include "language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace i18n {
namespace {

// The installed translators live as children of the application object, so they go with it.
struct Installed {
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed s;
    return s;
}

void removeInstalled()
{
    Installed &s = installed();
    for (QPointer<QTranslator> *t : {&s.app, &s.qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    s.language = QStringLiteral("en");
}

// Installs the program's and Qt's translators for code. English needs none.
bool installTranslators(const QString &code)
{
    removeInstalled();
    if (code == QLatin1String("en") || !QCoreApplication::instance())
        return code == QLatin1String("en");

    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(QStringLiteral(":/i18n/dltutor_%1.qm").arg(code))) {
        delete app;
        return false;
    }
    // Qt's own strings (QDialogButtonBox, line-edit context menus): optional, Debian's
    // qt6-translations-l10n ships them.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().qt = qt;
    } else {
        delete qt;
    }
    // Installed last, so it is searched first.
    QCoreApplication::installTranslator(app);
    installed().app = app;
    installed().language = code;
    return true;
}

} // namespace

QList<Language> availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

bool isAvailable(const QString &code)
{
    for (const Language &l : availableLanguages())
        if (l.code == code)
            return true;
    return false;
}

QString languageFor(const QLocale &locale)
{
    // uiLanguages() is the user's preference list (LANGUAGE first on Unix), e.g. "es-MX", "es".
    QStringList prefs = locale.uiLanguages();
    if (prefs.isEmpty())
        prefs << locale.name();
    for (const QString &pref : prefs) {
        const QLocale l(pref);
        if (l.language() == QLocale::C || l.language() == QLocale::AnyLanguage)
            continue;
        if (l.language() == QLocale::English)
            return QStringLiteral("en");
        if (l.language() == QLocale::Spanish)
            return QStringLiteral("es");
        if (l.language() == QLocale::Chinese)
            return QStringLiteral("zh_CN"); // Simplified Chinese is the only Chinese we ship
    }
    return QStringLiteral("en");
}

QString systemLanguage()
{
    return languageFor(QLocale::system());
}

QString savedChoice()
{
    const QString v = QSettings().value(QLatin1String(kSettingsKey), QLatin1String(kSystem)).toString();
    return isAvailable(v) ? v : QString::fromLatin1(kSystem);
}

void saveChoice(const QString &choice)
{
    QSettings().setValue(QLatin1String(kSettingsKey),
                         isAvailable(choice) ? choice : QString::fromLatin1(kSystem));
}

QString resolve(const QString &choice)
{
    return isAvailable(choice) ? choice : systemLanguage();
}

bool apply(const QString &choice)
{
    const QString code = resolve(choice);
    // Numbers: a user who follows the system keeps the system's number format (a German
    // system shows 1,5 even though the text stays English); an explicit language brings its own.
    const QLocale numbers = isAvailable(choice) ? QLocale(code) : QLocale::system();
    const bool localeChanged = numbers != QLocale();
    QLocale::setDefault(numbers);
    if (code == installed().language && (code == QLatin1String("en") || installed().app)) {
        // Same words, other number format: widgets redraw their numbers on LanguageChange too.
        if (localeChanged && QCoreApplication::instance())
            QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
        return true;
    }
    return installTranslators(code);
}

bool applySaved()
{
    return apply(savedChoice());
}

bool installForSystemLocale()
{
    return installTranslators(systemLanguage());
}

QString currentLanguage()
{
    return installed().language;
}

} // namespace i18n
