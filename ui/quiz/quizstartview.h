#pragma once

#include "quiz/attempt.h"
#include "quiz/question.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QToolButton;
class QuizTopicModel;

/**
 * The quiz page's start screen: the loaded bank (and every problem of a bank that failed to
 * load), the topics, the number of questions, the seed (shown and editable, so a class can take
 * the same quiz), the feedback mode, the mock midterm's options, and the stored progress.
 */
class QuizStartView : public QWidget
{
    Q_OBJECT

public:
    explicit QuizStartView(QWidget *parent = nullptr);

    /** Shows bank (named source, e.g. a file name or "built-in") and lists its topics, all ticked. */
    void setBank(const dlt::quiz::Bank &bank, const QString &source);
    /** The "Open question bank…" action, shown as a button beside the bank's name. */
    void setOpenAction(QAction *action);
    /** Lists every problem of a bank that could not be loaded; an empty list hides the panel. */
    void showProblems(const QString &title, const QStringList &problems);

    /** The per-topic totals over all stored attempts. */
    void setProgress(std::vector<dlt::quiz::TopicScore> totals, int attempts);
    /** A note about the progress file (e.g. a corrupt file that was set aside); empty hides it. */
    void setProgressNote(const QString &text);

    /** The quiz as chosen: ticked topics, count, seed. */
    dlt::quiz::QuizOptions options() const;
    bool feedbackAtEnd() const;
    std::uint64_t seed() const;
    void setSeed(std::uint64_t seed);

    bool mockGraduate() const;
    /** Minutes for the mock midterm, or 0 for no timer. */
    int mockMinutes() const;

    QuizTopicModel *progressModel() const { return m_progressModel; }

    /** Everything the start screen lets a student choose besides the bank (saved with a session, undoable). */
    struct Settings {
        std::optional<QStringList> topics; ///< ticked topic names; nullopt when every topic is ticked
        int count = 10;
        std::uint64_t seed = 1;
        bool feedbackAtEnd = false;
        bool mockGraduate = false;
        bool mockTimer = false;
        int mockMinutes = 75;
        bool operator==(const Settings &) const = default;
    };
    /** Which control changed, so repeated edits of one spin box merge into one undo step. */
    enum SettingsField { TopicsField, CountField, SeedField, FeedbackField, GraduateField, TimerField, MinutesField };

    Settings settings() const;
    /** Shows settings without emitting settingsEdited(); topics the bank lacks are ignored. */
    void setSettings(const Settings &settings);

signals:
    /** The student changed a setting; the page turns this into an undoable command. */
    void settingsEdited(const QuizStartView::Settings &before, const QuizStartView::Settings &after, int field);

    void startRequested();
    void mockRequested();
    void builtinRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void updateStart();
    void onSettingsEdited(int field);

    Settings m_settings; ///< as last shown or reported, the "before" of the next edit
    bool m_applyingSettings = false;

    QLabel *m_bankLabel = nullptr;
    QToolButton *m_openBank = nullptr;
    QPushButton *m_builtin = nullptr;
    QGroupBox *m_problemBox = nullptr;
    QLabel *m_problemTitle = nullptr;
    QListWidget *m_problems = nullptr;
    QListWidget *m_topics = nullptr;
    QSpinBox *m_count = nullptr;
    QSpinBox *m_seed = nullptr;
    QPushButton *m_newSeed = nullptr;
    QRadioButton *m_immediate = nullptr;
    QRadioButton *m_atEnd = nullptr;
    QPushButton *m_start = nullptr;
    QCheckBox *m_graduate = nullptr;
    QCheckBox *m_timer = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_startMock = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_progressNote = nullptr;
    QuizTopicModel *m_progressModel = nullptr;
    QTableView *m_progressView = nullptr;
};
