#pragma once

#include <QModelIndex>
#include <QPoint>
#include <QWidget>

class ArchitectureColumnEditor;
class ArchitectureControls;
class ArchitectureTableModel;
class QTableView;
class QTextBrowser;
class QUndoStack;

/**
 * The "VGG layer sizes" topic: the six columns of Table 1 of Simonyan & Zisserman (2014)
 * side by side with every layer's output size, parameters, MACs or receptive field filled in
 * by core, an explanation of the hovered or selected cell, custom columns, and a practice mode
 * that hides the numbers and checks typed answers.
 */
class ArchitecturePage : public QWidget
{
    Q_OBJECT

public:
    explicit ArchitecturePage(QWidget *parent = nullptr);

    ArchitectureTableModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /** The configurations table (the PNG export renders all of it, not only the visible part). */
    QTableView *view() const { return m_view; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void showExplanation(const QModelIndex &index);
    void refreshExplanation();
    void updateColumnEditor();
    void fitColumns();
    int currentColumn() const;
    void select(const QModelIndex &index);

    void addColumn();
    void removeColumn();
    void insertLayer();
    void deleteLayer();
    void moveLayer(int delta);
    void applyColumnText(const QString &text);

    ArchitectureTableModel *m_model = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ArchitectureControls *m_controls = nullptr;
    ArchitectureColumnEditor *m_columnEditor = nullptr;
    QTableView *m_view = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QPersistentModelIndex m_hovered;
    QPoint m_cursorBeforeReset{-1, -1}; ///< (column, row) of the current cell across a model reset
    int m_customCount = 0;
};
