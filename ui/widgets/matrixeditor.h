#pragma once

#include <QWidget>

class MatrixGrid;
class QAction;
class MatrixModel;
class QLabel;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

/**
 * An editable matrix (or one channel of a volume): a title with the size, the grid, buttons to
 * add and remove rows and columns at the current cell, paste (Ctrl+V) and random fill, a channel
 * selector when there is more than one channel, and the first problem of the content shown
 * in place below the grid. All edits go through the model's undo stack.
 */
class MatrixEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixEditor(QWidget *parent = nullptr);

    /** The model to edit; its name() is the title ("Input", "Filter"). Also names child widgets by prefix. */
    void setModel(MatrixModel *model, const QString &objectPrefix);
    MatrixModel *model() const { return m_model; }
    MatrixGrid *grid() const { return m_grid; }

    /** Adds a widget (for example a preset chooser) between the title and the grid. */
    void addHeaderWidget(QWidget *widget);

    /** Random fill draws whole numbers in [lo, hi]. */
    void setRandomRange(int lo, int hi);

    /** The message shown below the grid: the first invalid cell or the last failed paste. */
    QString message() const;

public slots:
    void insertRow();
    void removeRow();
    void insertColumn();
    void removeColumn();
    /** Pastes the clipboard: one number goes into the current cell; a matrix or volume replaces the content. */
    void paste();
    /** Pastes text as from the clipboard (also used by tests). */
    void pasteText(const QString &text);
    void fillRandom();
    void addChannel();
    void removeChannel();

private:
    void refresh();
    int currentLine(Qt::Orientation orientation) const;
    QToolButton *makeButton(const QString &text, const QString &tip, const QString &name);

    MatrixModel *m_model = nullptr;
    MatrixGrid *m_grid;
    QLabel *m_title;
    QLabel *m_channelLabel;
    QSpinBox *m_channel;
    QLabel *m_message;
    QVBoxLayout *m_layout;
    QString m_pasteError;
    QList<QToolButton *> m_buttons;
    QAction *m_addChannel = nullptr;
    QAction *m_removeChannel = nullptr;
    int m_randomLo = 0;
    int m_randomHi = 9;
};
