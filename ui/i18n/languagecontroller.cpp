#include "languagecontroller.h"

#include "language.h"
#include "mainwindow/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>

LanguageController::LanguageController(MainWindow &window)
    : QObject(&window)
{
    setObjectName(QStringLiteral("languageController"));
    m_menu = window.settingsMenu()->addMenu(QString());
    m_menu->setObjectName(QStringLiteral("menuLanguage"));
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);

    m_system = m_menu->addAction(QString());
    m_system->setObjectName(QStringLiteral("actionLanguage_system"));
    m_system->setData(QString::fromLatin1(i18n::kSystem));
    m_system->setCheckable(true);
    m_group->addAction(m_system);
    m_menu->addSeparator();
    for (const i18n::Language &l : i18n::availableLanguages()) {
        // Each language is named in itself, so a user can find theirs in any interface language.
        QAction *a = m_menu->addAction(l.nativeName);
        a->setObjectName(QStringLiteral("actionLanguage_") + l.code);
        a->setData(l.code);
        a->setCheckable(true);
        m_group->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this, [this, &window](QAction *a) {
        if (!choose(a->data().toString()))
            QMessageBox::warning(&window, tr("Language"),
                                 tr("The translation for %1 could not be loaded; the interface stays in English.")
                                     .arg(a->text()));
    });
    retranslate();
    syncChecked();
}

bool LanguageController::choose(const QString &choice)
{
    i18n::saveChoice(choice);
    const bool ok = i18n::apply(choice);
    syncChecked();
    return ok;
}

bool LanguageController::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void LanguageController::retranslate()
{
    m_menu->setTitle(tr("&Language"));
    m_menu->setToolTip(tr("The language of the interface; switching takes effect at once"));
    const QString system = i18n::languageFor(QLocale::system());
    QString systemName = system;
    for (const i18n::Language &l : i18n::availableLanguages())
        if (l.code == system)
            systemName = l.nativeName;
    m_system->setText(tr("&System default (%1)").arg(systemName));
    m_system->setToolTip(tr("Follow the system's language and number format"));
    for (QAction *a : m_group->actions())
        if (a != m_system)
            a->setToolTip(tr("Show the interface in %1").arg(a->text()));
}

void LanguageController::syncChecked()
{
    const QString choice = i18n::savedChoice();
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == choice);
}
