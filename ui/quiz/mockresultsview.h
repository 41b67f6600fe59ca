#pragma once

#include "quiz/mock.h"

#include <QWidget>

#include <vector>

class MockSheetModel;
class QCheckBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

/**
 * The mock midterm's results sheet: points per part and the total out of 100, and for graduate
 * students the graduate question, which they self-assess against its rubric; ticking a criterion
 * updates the multiplier-weighted graduate total at once.
 */
class MockResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit MockResultsView(QWidget *parent = nullptr);

    /** Shows a finished mock: its sections, the attempt, whether the graduate section was taken, the seed. */
    void showMock(const std::vector<dlt::quiz::MockSection> &sections, const dlt::quiz::Attempt &attempt, bool graduate,
        std::uint64_t seed);

    MockSheetModel *model() const { return m_model; }
    /** The rubric's check boxes, in rubric order. */
    const std::vector<QCheckBox *> &rubricBoxes() const { return m_rubric; }

signals:
    void reviewRequested();
    void newQuizRequested();

private:
    void rescore();

    std::vector<dlt::quiz::MockSection> m_sections;
    dlt::quiz::Attempt m_attempt;
    bool m_graduate = false;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    MockSheetModel *m_model = nullptr;
    QTableView *m_sheet = nullptr;
    QGroupBox *m_gradBox = nullptr;
    std::vector<QCheckBox *> m_rubric;
    QPushButton *m_review = nullptr;
    QPushButton *m_newQuiz = nullptr;
};
