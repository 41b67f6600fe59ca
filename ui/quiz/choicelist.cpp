#include "choicelist.h"
#include "theme/themecolors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRadioButton>
#include <QVBoxLayout>

ChoiceList::ChoiceList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("choiceList"));
    setAccessibleName(tr("Answer choices"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
}

void ChoiceList::setChoices(const QStringList &texts, bool multiple)
{
    for (QWidget *row : m_rows)
        delete row;
    m_rows.clear();
    m_buttons.clear();
    m_labels.clear();
    delete m_group;
    m_group = new QButtonGroup(this);
    m_group->setExclusive(!multiple);
    m_multiple = multiple;
    m_locked = false;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        QAbstractButton *b = multiple ? static_cast<QAbstractButton *>(new QCheckBox(QString::number(i + 1), row))
                                      : static_cast<QAbstractButton *>(new QRadioButton(QString::number(i + 1), row));
        b->setObjectName(QStringLiteral("choice%1").arg(i + 1));
        b->setAccessibleName(texts[i]);
        b->setToolTip(multiple ? tr("Press %1 to tick or untick this choice").arg(i + 1)
                               : tr("Press %1 to choose this answer").arg(i + 1));
        auto *label = new QLabel(texts[i], row);
        label->setObjectName(QStringLiteral("choiceText%1").arg(i + 1));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setToolTip(b->toolTip());
        label->installEventFilter(this);
        label->setCursor(Qt::PointingHandCursor);
        h->addWidget(b, 0, Qt::AlignTop);
        h->addWidget(label, 1);
        m_group->addButton(b, int(i));
        connect(b, &QAbstractButton::toggled, this, [this] {
            if (!m_locked)
                emit changed();
        });
        m_layout->addWidget(row);
        row->show(); // the list may already be on screen
        m_rows.push_back(row);
        m_buttons.push_back(b);
        m_labels.push_back(label);
    }
}

std::vector<bool> ChoiceList::checked() const
{
    std::vector<bool> out;
    for (QAbstractButton *b : m_buttons)
        out.push_back(b->isChecked());
    return out;
}

void ChoiceList::setChecked(const std::vector<bool> &checked)
{
    const bool wasLocked = m_locked;
    m_locked = true; // no changed() for a programmatic restore
    // An exclusive group cannot be emptied by unchecking; switch exclusivity off while restoring.
    m_group->setExclusive(false);
    for (size_t i = 0; i < m_buttons.size(); ++i)
        m_buttons[i]->setChecked(i < checked.size() && checked[i]);
    m_group->setExclusive(!m_multiple);
    m_locked = wasLocked;
}

void ChoiceList::choose(int pos)
{
    if (m_locked || pos < 0 || pos >= count())
        return;
    QAbstractButton *b = m_buttons[size_t(pos)];
    if (m_multiple)
        b->toggle();
    else if (!b->isChecked())
        b->setChecked(true);
    b->setFocus(Qt::ShortcutFocusReason);
}

void ChoiceList::setLocked(bool locked)
{
    m_locked = locked;
    for (QAbstractButton *b : m_buttons)
        b->setEnabled(!locked);
}

void ChoiceList::setMarks(const std::vector<Mark> &marks)
{
    for (size_t i = 0; i < m_labels.size(); ++i) {
        const Mark m = i < marks.size() ? marks[i] : Mark::None;
        QString style;
        QString prefix;
        const QString success = theme::htmlColor(theme::themeColors().successText);
        switch (m) {
        case Mark::None:
            break;
        case Mark::Key:
            style = QStringLiteral("color:%1; font-weight:bold;").arg(success);
            prefix = QStringLiteral("✔ ");
            break;
        case Mark::MissedKey:
            style = QStringLiteral("color:%1; font-weight:bold;").arg(success);
            prefix = QStringLiteral("✔ ");
            break;
        case Mark::WrongPick:
            style = QStringLiteral("color:%1; font-weight:bold;").arg(theme::htmlColor(theme::themeColors().errorText));
            prefix = QStringLiteral("✘ ");
            break;
        }
        m_labels[i]->setStyleSheet(style);
        QString text = m_buttons[i]->accessibleName();
        m_labels[i]->setText(prefix + text);
    }
}

QAbstractButton *ChoiceList::button(int pos) const
{
    return pos >= 0 && pos < count() ? m_buttons[size_t(pos)] : nullptr;
}

QLabel *ChoiceList::label(int pos) const
{
    return pos >= 0 && pos < count() ? m_labels[size_t(pos)] : nullptr;
}

bool ChoiceList::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        for (size_t i = 0; i < m_labels.size(); ++i)
            if (watched == m_labels[i] && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
                choose(int(i));
                return true;
            }
    }
    return QWidget::eventFilter(watched, event);
}
