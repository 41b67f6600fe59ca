#pragma once

#include <QList>
#include <QLocale>
#include <QString>

/**
 * The interface language. English is the source language (no translator); the others are
 * compiled from translations/dltutor_<code>.ts and embedded as ":/i18n/dltutor_<code>.qm".
 * Qt's own strings (standard buttons, context menus) come from Debian's qtbase_<code>.qm in
 * QLibraryInfo::path(QLibraryInfo::TranslationsPath), when it is installed.
 *
 * The choice is persisted in QSettings under "ui/language": a language code, or "system"
 * (the default) to follow the system locale (LANGUAGE / LC_ALL / LC_MESSAGES / LANG).
 */
namespace i18n {

/** A language the program ships. */
struct Language {
    QString code;       ///< "en", "es", "zh_CN"
    QString nativeName; ///< as its speakers write it: "English", "Español", "简体中文"
};

/** The value of the "ui/language" setting that follows the system locale. */
inline constexpr char kSystem[] = "system";
/** The QSettings key of the choice. */
inline constexpr char kSettingsKey[] = "ui/language";

/** Every shipped language, English (the source) first. */
QList<Language> availableLanguages();

/** True if code is one of availableLanguages(). */
bool isAvailable(const QString &code);

/**
 * The shipped language closest to a locale's UI languages: an exact match ("zh_CN"), else the
 * same language ("es_MX" → "es", "zh_SG" → "zh_CN"), else "en".
 */
QString languageFor(const QLocale &locale);

/** languageFor(QLocale::system()). */
QString systemLanguage();

/** The saved choice: "system" or a code from availableLanguages() ("system" if unset or unknown). */
QString savedChoice();
void saveChoice(const QString &choice);

/** The language a choice means: systemLanguage() for "system" (or anything unknown), else the code. */
QString resolve(const QString &choice);

/**
 * Switches the whole program to a choice ("system" or a code): replaces the installed
 * translators (which sends QEvent::LanguageChange to every widget) and sets the default
 * QLocale used for displaying and parsing numbers (the system locale for "system", else the
 * language's locale). Returns false if the language's .qm could not be loaded (then the
 * program stays in English).
 */
bool apply(const QString &choice);

/** apply(savedChoice()): call once at start-up, after the organisation/application names are set. */
bool applySaved();

/**
 * For the command line: installs the translators for the system locale's language without
 * touching the settings or the default QLocale (command-line numbers stay locale-independent).
 */
bool installForSystemLocale();

/** The language currently installed ("en" when none is). */
QString currentLanguage();

} // namespace i18n
