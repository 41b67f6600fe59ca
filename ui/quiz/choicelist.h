#pragma once

#include <QStringList>
#include <QWidget>

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QVBoxLayout;

/**
 * The choices of a question, one row each: a radio button (one answer) or a check box (several),
 * numbered 1, 2, … for the keyboard, and a word-wrapped text that can be clicked as well.
 * After grading, rows are marked: the key in green, a wrong pick in red.
 */
class ChoiceList : public QWidget
{
    Q_OBJECT

public:
    enum class Mark { None, Key, WrongPick, MissedKey };

    explicit ChoiceList(QWidget *parent = nullptr);

    /** Replaces the rows (texts in display order); multiple uses check boxes. */
    void setChoices(const QStringList &texts, bool multiple);
    int count() const { return int(m_buttons.size()); }
    bool isMultiple() const { return m_multiple; }

    /** Checked state per display position. */
    std::vector<bool> checked() const;
    void setChecked(const std::vector<bool> &checked);

    /** The keyboard's choice: selects position pos (toggles it with check boxes). Ignored when locked. */
    void choose(int pos);

    /** Locked rows cannot change (after submitting). */
    void setLocked(bool locked);

    void setMarks(const std::vector<Mark> &marks);

    QAbstractButton *button(int pos) const;
    QLabel *label(int pos) const;

signals:
    /** The student changed the selection. */
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVBoxLayout *m_layout = nullptr;
    QButtonGroup *m_group = nullptr;
    std::vector<QAbstractButton *> m_buttons;
    std::vector<QLabel *> m_labels;
    std::vector<QWidget *> m_rows;
    bool m_multiple = false;
    bool m_locked = false;
};
