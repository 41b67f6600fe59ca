#include "cleanmode.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cleanmode {

namespace {
// Marks a group this module hid, so leaving clean mode shows only what it hid.
const char *const kHiddenByCleanMode = "dltutorCleanHidden";
} // namespace

QList<QWidget *> controlGroups(QWidget *page)
{
    QList<QWidget *> groups;
    if (!page)
        return groups;
    const QList<QWidget *> all = page->findChildren<QWidget *>();
    for (QWidget *w : all)
        if (!w->property(kControlProperty).toString().isEmpty() && !w->objectName().isEmpty())
            groups << w;
    return groups;
}

void apply(QWidget *page, const QStringList &hidden, bool on)
{
    for (QWidget *w : controlGroups(page)) {
        const bool hide = on && hidden.contains(w->objectName());
        if (hide && !w->isHidden()) {
            w->setProperty(kHiddenByCleanMode, true);
            w->hide();
        } else if (!hide && w->property(kHiddenByCleanMode).toBool()) {
            w->setProperty(kHiddenByCleanMode, false);
            w->show();
        }
    }
}

} // namespace cleanmode

CleanModeDialog::CleanModeDialog(QWidget *page, const QString &pageTitle, const QStringList &hidden, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cleanModeDialog"));
    setWindowTitle(tr("Prepare clean mode"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Clean mode shows only the controls you keep on “%1”. "
                                "Tick the groups to keep during the lecture:").arg(pageTitle));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const QList<QWidget *> groups = cleanmode::controlGroups(page);
    for (QWidget *w : groups) {
        auto *box = new QCheckBox(w->property(cleanmode::kControlProperty).toString());
        box->setObjectName(QStringLiteral("keep_") + w->objectName());
        box->setProperty("control", w->objectName());
        box->setChecked(!hidden.contains(w->objectName()));
        box->setToolTip(tr("Keep this group visible in clean mode"));
        box->setAccessibleName(box->text());
        layout->addWidget(box);
        m_boxes << box;
    }
    if (groups.isEmpty())
        layout->addWidget(new QLabel(tr("This page has no optional controls.")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("cleanModeButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QStringList CleanModeDialog::hiddenControls() const
{
    QStringList hidden;
    for (QCheckBox *box : m_boxes)
        if (!box->isChecked())
            hidden << box->property("control").toString();
    return hidden;
}
