#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QWidget;

namespace cleanmode {

/** Dynamic property a page sets on an optional control group: its translated, human name. */
inline constexpr const char *kControlProperty = "dltutorControl";

/** The page's optional control groups (widgets with kControlProperty and an objectName), in tree order. */
QList<QWidget *> controlGroups(QWidget *page);

/** Hides the groups whose objectName is in hidden (on = clean mode) or shows all it hid (on = false). */
void apply(QWidget *page, const QStringList &hidden, bool on);

} // namespace cleanmode

/**
 * "Prepare clean mode…": one checkbox per optional control group of a page; checked groups stay
 * visible in clean mode. hiddenControls() gives the objectNames of the unchecked ones.
 */
class CleanModeDialog : public QDialog
{
    Q_OBJECT

public:
    CleanModeDialog(QWidget *page, const QString &pageTitle, const QStringList &hidden, QWidget *parent = nullptr);

    QStringList hiddenControls() const;

private:
    QList<QCheckBox *> m_boxes;
};
