#pragma once

#include <QWidget>

class QAction;
class QKeySequence;
class QLabel;
class QLineEdit;
class QToolBar;

/**
 * The VGG page's custom-column bar: add or remove a column, insert, delete and move the
 * selected layer, and edit the whole column as text in the notation (C3D64 M FC10 S).
 * It only emits requests; the page turns them into undoable model edits.
 */
class ArchitectureColumnEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ArchitectureColumnEditor(QWidget *parent = nullptr);

    /** What the current cell allows. */
    struct State {
        bool custom = false;      ///< the current column is a custom one
        bool onLayer = false;     ///< the current cell holds a layer
        bool canMoveUp = false;
        bool canMoveDown = false;
        QString columnName;
        QString text;             ///< the column in the notation
        QString error;            ///< the column's first problem, or empty
    };
    void setState(const State &state);

    /** The layer-editing actions, for the page to add to itself so their keys work from the table. */
    QList<QAction *> shortcutActions() const;

signals:
    void addColumnRequested();
    void removeColumnRequested();
    void insertLayerRequested();
    void deleteLayerRequested();
    void moveUpRequested();
    void moveDownRequested();
    void textApplied(const QString &text);

private:
    QAction *action(const char *name, const QString &text, const QString &tip, const QKeySequence &key);

    QToolBar *m_bar = nullptr;
    QAction *m_add = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_insert = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_up = nullptr;
    QAction *m_down = nullptr;
    QLabel *m_textLabel = nullptr;
    QLineEdit *m_text = nullptr;
    QAction *m_apply = nullptr;
    QLabel *m_error = nullptr;
};
