#include "architecturecolumneditor.h"
#include "theme/themecolors.h"

#include <QAction>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QVBoxLayout>

ArchitectureColumnEditor::ArchitectureColumnEditor(QWidget *parent)
    : QWidget(parent)
{
    m_bar = new QToolBar;
    m_bar->setObjectName(QStringLiteral("vggColumnBar"));
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->setMovable(false);

    m_add = action("addColumnButton", tr("Add custom column"),
                   tr("Add an editable column, starting as a copy of the current column"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_remove = action("removeColumnButton", tr("Remove column"), tr("Remove the current custom column"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_bar->addSeparator();
    m_insert = action("insertLayerButton", tr("Insert layer"),
                      tr("Insert a copy of the selected layer above it, then type over it"),
                      QKeySequence(Qt::Key_Insert));
    m_delete = action("deleteLayerButton", tr("Delete layer"), tr("Delete the selected layer"),
                      QKeySequence(Qt::Key_Delete));
    m_up = action("moveUpButton", tr("Move up"), tr("Move the selected layer one place up"),
                  QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = action("moveDownButton", tr("Move down"), tr("Move the selected layer one place down"),
                    QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_add, &QAction::triggered, this, &ArchitectureColumnEditor::addColumnRequested);
    connect(m_remove, &QAction::triggered, this, &ArchitectureColumnEditor::removeColumnRequested);
    connect(m_insert, &QAction::triggered, this, &ArchitectureColumnEditor::insertLayerRequested);
    connect(m_delete, &QAction::triggered, this, &ArchitectureColumnEditor::deleteLayerRequested);
    connect(m_up, &QAction::triggered, this, &ArchitectureColumnEditor::moveUpRequested);
    connect(m_down, &QAction::triggered, this, &ArchitectureColumnEditor::moveDownRequested);
    m_bar->addSeparator();

    m_textLabel = new QLabel(tr("Layers: "));
    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("columnTextEdit"));
    m_text->setAccessibleName(tr("Custom column layers as text"));
    m_text->setToolTip(tr("The custom column in the notation, e.g. C3D32 C3D32 M C3D64 M FC10 S; press Enter to apply"));
    m_text->setPlaceholderText(tr("select a custom column to edit it as text"));
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 24);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_textLabel->setBuddy(m_text);
    m_bar->addWidget(m_textLabel);
    m_bar->addWidget(m_text);
    m_apply = action("applyColumnTextButton", tr("Apply"), tr("Replace the custom column's layers with the text"),
                     QKeySequence());
    auto apply = [this] {
        m_text->setModified(false); // from now on the column's own text may replace it again
        emit textApplied(m_text->text());
    };
    connect(m_text, &QLineEdit::returnPressed, this, apply);
    connect(m_apply, &QAction::triggered, this, apply);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("columnError"));
    m_error->setAccessibleName(tr("Custom column problem"));
    theme::setStyleSheetColor(m_error, theme::TextRole::Error);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    setState(State{});
}

QAction *ArchitectureColumnEditor::action(const char *name, const QString &text, const QString &tip,
                                          const QKeySequence &key)
{
    QAction *a = m_bar->addAction(text);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    QWidget *button = m_bar->widgetForAction(a);
    button->setObjectName(QLatin1String(name));
    button->setAccessibleName(text);
    return a;
}

QList<QAction *> ArchitectureColumnEditor::shortcutActions() const
{
    return {m_add, m_remove, m_insert, m_delete, m_up, m_down};
}

void ArchitectureColumnEditor::setState(const State &state)
{
    m_remove->setEnabled(state.custom);
    m_insert->setEnabled(state.custom);
    m_delete->setEnabled(state.custom && state.onLayer);
    m_up->setEnabled(state.custom && state.canMoveUp);
    m_down->setEnabled(state.custom && state.canMoveDown);
    m_text->setEnabled(state.custom);
    m_apply->setEnabled(state.custom);
    m_textLabel->setText(state.custom ? tr("%1 layers: ").arg(state.columnName) : tr("Layers: "));
    // Keep what the user is typing; otherwise show the column as it now is.
    if (!(m_text->hasFocus() && m_text->isModified()) || !state.custom) {
        m_text->setText(state.custom ? state.text : QString());
        m_text->setModified(false);
    }
    m_error->setText(state.error);
    m_error->setVisible(state.custom && !state.error.isEmpty());
}
