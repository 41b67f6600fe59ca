#include "quizstartview.h"
#include "widgets/gridkeyboard.h"

#include "answertext.h"
#include "quiztopicmodel.h"
#include "theme/themecolors.h"
#include "theme/scaledfont.h"

#include <QFocusEvent>
#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
template <class W> W *named(W *w, const char *name, const QString &accessible, const QString &tip)
{
    w->setObjectName(QLatin1String(name));
    w->setAccessibleName(accessible);
    w->setToolTip(tip);
    w->setAccessibleDescription(tip);
    return w;
}
} // namespace

QuizStartView::QuizStartView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quizStartView"));

    // The bank.
    m_bankLabel = new QLabel(this);
    m_bankLabel->setObjectName(QStringLiteral("bankLabel"));
    m_bankLabel->setWordWrap(true);
    m_openBank = named(new QToolButton(this), "openBankButton", tr("Open question bank"),
        tr("Load an instructor's bank (JSON or Moodle GIFT)"));
    m_openBank->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_builtin = named(new QPushButton(tr("Built-in bank"), this), "builtinBankButton", tr("Use the built-in bank"),
        tr("Go back to the questions that ship with DL Tutor"));
    connect(m_builtin, &QPushButton::clicked, this, &QuizStartView::builtinRequested);
    auto *bankRow = new QHBoxLayout;
    bankRow->addWidget(m_bankLabel, 1);
    bankRow->addWidget(m_openBank);
    bankRow->addWidget(m_builtin);

    m_problemBox = new QGroupBox(this);
    m_problemBox->setObjectName(QStringLiteral("bankProblemBox"));
    theme::setStyleSheetColor(m_problemBox, theme::TextRole::Error, QStringLiteral("QGroupBox { color:%1; font-weight:bold; }"));
    m_problemTitle = new QLabel(m_problemBox);
    m_problemTitle->setObjectName(QStringLiteral("bankProblemTitle"));
    m_problemTitle->setWordWrap(true);
    m_problems = named(new QListWidget(m_problemBox), "bankProblems", tr("Problems in the question bank"),
        tr("Every problem found; fix them and open the bank again"));
    m_problems->setWordWrap(true);
    theme::setStyleSheetColor(m_problems, theme::TextRole::Error);
    auto *pv = new QVBoxLayout(m_problemBox);
    pv->addWidget(m_problemTitle);
    pv->addWidget(m_problems);
    m_problemBox->hide();

    // The quiz.
    auto *quizBox = new QGroupBox(tr("Quiz"), this);
    m_topics
        = named(new QListWidget(quizBox), "topicChecklist", tr("Topics"), tr("Tick the topics to draw questions from"));
    theme::setEmMinimumSize(m_topics, 0, 6.5); // follows the interface zoom
    auto *all = named(new QPushButton(tr("All"), quizBox), "allTopics", tr("Tick every topic"), tr("Tick every topic"));
    auto *none
        = named(new QPushButton(tr("None"), quizBox), "noTopics", tr("Untick every topic"), tr("Untick every topic"));
    // All / None tick every item but make one undo step.
    connect(all, &QPushButton::clicked, this, [this] {
        m_applyingSettings = true;
        for (int i = 0; i < m_topics->count(); ++i)
            m_topics->item(i)->setCheckState(Qt::Checked);
        m_applyingSettings = false;
        onSettingsEdited(TopicsField);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        m_applyingSettings = true;
        for (int i = 0; i < m_topics->count(); ++i)
            m_topics->item(i)->setCheckState(Qt::Unchecked);
        m_applyingSettings = false;
        onSettingsEdited(TopicsField);
    });
    connect(m_topics, &QListWidget::itemChanged, this, &QuizStartView::updateStart);

    m_count = named(new QSpinBox(quizBox), "questionCount", tr("Number of questions"),
        tr("How many questions to draw (fewer if the ticked topics hold fewer)"));
    m_count->setRange(1, 500);
    m_count->setValue(10);
    m_seed = named(new QSpinBox(quizBox), "quizSeed", tr("Seed"),
        tr("The same seed and bank give everyone the same questions in the same order"));
    m_seed->setRange(0, 999999999);
    m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 100000)));
    m_newSeed
        = named(new QPushButton(tr("New seed"), quizBox), "newSeed", tr("New seed"), tr("Pick a fresh random seed"));
    connect(m_newSeed, &QPushButton::clicked, this,
        [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1, 100000))); });
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSeed);

    m_immediate = named(new QRadioButton(tr("After each answer"), quizBox), "feedbackImmediate",
        tr("Feedback after each answer"), tr("See the correct answer and why right after submitting"));
    m_atEnd = named(new QRadioButton(tr("At the end"), quizBox), "feedbackAtEnd", tr("Feedback at the end"),
        tr("Answer everything first, then see the results and the review"));
    m_immediate->setChecked(true);
    auto *modeGroup = new QButtonGroup(this);
    modeGroup->addButton(m_immediate);
    modeGroup->addButton(m_atEnd);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_immediate);
    modeRow->addWidget(m_atEnd);
    modeRow->addStretch(1);

    m_start = named(new QPushButton(tr("Start quiz"), quizBox), "startQuiz", tr("Start quiz"),
        tr("Draw the questions and begin (Enter)"));
    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    connect(m_start, &QPushButton::clicked, this, &QuizStartView::startRequested);

    auto *topicButtons = new QHBoxLayout;
    topicButtons->addWidget(all);
    topicButtons->addWidget(none);
    topicButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Questions:"), m_count);
    form->addRow(tr("Seed:"), seedRow);
    form->addRow(tr("Feedback:"), modeRow);
    auto *qv = new QVBoxLayout(quizBox);
    qv->addWidget(new QLabel(tr("Topics:"), quizBox));
    qv->addWidget(m_topics, 1);
    qv->addLayout(topicButtons);
    qv->addLayout(form);
    qv->addWidget(m_start);

    // The mock midterm.
    auto *mockBox = new QGroupBox(tr("Mock midterm"), this);
    auto *mockText = new QLabel(tr("Composed like the real one: a convolution with a given filter (20 points), layer "
                                   "sizes of a block of layers (20), vanishing or exploding gradients for a 2×2 W_hh "
                                   "(40) and four T/F or multiple-choice questions (5 each): 100 points. The open "
                                   "problems have fresh numbers from the seed and are graded automatically."),
        mockBox);
    mockText->setWordWrap(true);
    m_graduate
        = named(new QCheckBox(tr("Graduate section (RNN computational graph, self-assessed)"), mockBox), "mockGraduate",
            tr("Graduate section"), tr("Add the graduate question, scored against a rubric as a weighted extra"));
    m_timer = named(new QCheckBox(tr("Timer:"), mockBox), "mockTimer", tr("Use a timer"),
        tr("Finish automatically when the time is up"));
    m_minutes = named(new QSpinBox(mockBox), "mockMinutes", tr("Minutes"), tr("Minutes for the mock midterm"));
    m_minutes->setRange(1, 300);
    m_minutes->setValue(75);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setEnabled(false);
    connect(m_timer, &QCheckBox::toggled, m_minutes, &QWidget::setEnabled);
    m_startMock = named(new QPushButton(tr("Start mock midterm"), mockBox), "startMock", tr("Start mock midterm"),
        tr("Generate a mock midterm with the seed above"));
    connect(m_startMock, &QPushButton::clicked, this, &QuizStartView::mockRequested);
    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_timer);
    timerRow->addWidget(m_minutes);
    timerRow->addStretch(1);
    auto *mv = new QVBoxLayout(mockBox);
    mv->addWidget(mockText);
    mv->addWidget(m_graduate);
    mv->addLayout(timerRow);
    mv->addWidget(m_startMock);
    mv->addStretch(1);

    // Progress.
    auto *progressBox = new QGroupBox(tr("Your progress"), this);
    m_progressLabel = new QLabel(progressBox);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressNote = new QLabel(progressBox);
    m_progressNote->setObjectName(QStringLiteral("progressNote"));
    m_progressNote->setWordWrap(true);
    theme::setStyleSheetColor(m_progressNote, theme::TextRole::Error);
    m_progressNote->hide();
    m_progressModel = new QuizTopicModel(this);
    m_progressView = named(new QTableView(progressBox), "progressTable", tr("Scores per topic over all attempts"),
        tr("Every stored attempt, added up per topic"));
    m_progressView->setModel(m_progressModel);
    gridkeyboard::letTabLeave(m_progressView);
    m_progressView->verticalHeader()->hide();
    m_progressView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progressView->horizontalHeader()->setStretchLastSection(true);
    m_progressView->setSelectionMode(QAbstractItemView::NoSelection);
    auto *prv = new QVBoxLayout(progressBox);
    prv->addWidget(m_progressLabel);
    prv->addWidget(m_progressNote);
    prv->addWidget(m_progressView, 1);

    auto *grid = new QGridLayout;
    grid->addWidget(quizBox, 0, 0, 2, 1);
    grid->addWidget(mockBox, 0, 1);
    grid->addWidget(progressBox, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *title = new QLabel(tr("Quiz and mock midterm"), content);
    QFont tf = title->font();
    tf.setBold(true);
    title->setFont(tf);
    theme::setRelativeFont(title, 1.5); // follows the interface zoom
    layout->addWidget(title);
    layout->addLayout(bankRow);
    layout->addWidget(m_problemBox);
    layout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a wrapper, not a Tab stop
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // Every setting change is reported once, with the settings before it, for the page's undo stack.
    connect(m_topics, &QListWidget::itemChanged, this, [this] { onSettingsEdited(TopicsField); });
    connect(m_count, &QSpinBox::valueChanged, this, [this] { onSettingsEdited(CountField); });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] { onSettingsEdited(SeedField); });
    connect(m_atEnd, &QRadioButton::toggled, this, [this] { onSettingsEdited(FeedbackField); });
    connect(m_graduate, &QCheckBox::toggled, this, [this] { onSettingsEdited(GraduateField); });
    connect(m_timer, &QCheckBox::toggled, this, [this] { onSettingsEdited(TimerField); });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] { onSettingsEdited(MinutesField); });
    m_settings = settings();
}

void QuizStartView::setBank(const dlt::quiz::Bank &bank, const QString &source)
{
    const QString title = bank.title.empty() ? tr("(untitled)") : QString::fromStdString(bank.title);
    m_bankLabel->setText(tr("<b>Question bank:</b> %1 — %2, from %3")
                             .arg(title.toHtmlEscaped(),
                                 answertext::count(qsizetype(bank.questions.size()), QT_TRANSLATE_NOOP("answertext", "1 question"), QT_TRANSLATE_NOOP("answertext", "%1 questions")),
                                 source.toHtmlEscaped()));
    m_topics->blockSignals(true);
    m_topics->clear();
    for (const auto &[topic, n] : dlt::quiz::topicCounts(bank)) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(QString::fromStdString(topic)).arg(n), m_topics);
        item->setData(Qt::UserRole, QString::fromStdString(topic));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }
    m_topics->blockSignals(false);
    m_settings = settings();
    updateStart();
}

void QuizStartView::setOpenAction(QAction *action)
{
    m_openBank->setDefaultAction(action);
}

void QuizStartView::showProblems(const QString &title, const QStringList &problems)
{
    m_problems->clear();
    m_problems->addItems(problems);
    m_problemTitle->setText(title);
    m_problemBox->setVisible(!problems.isEmpty());
}

void QuizStartView::setProgress(std::vector<dlt::quiz::TopicScore> totals, int attempts)
{
    m_progressLabel->setText(attempts == 0
            ? tr("No attempts stored yet.")
            : tr("%1 stored; totals per topic:").arg(answertext::count(attempts, QT_TRANSLATE_NOOP("answertext", "1 attempt"), QT_TRANSLATE_NOOP("answertext", "%1 attempts"))));
    m_progressModel->setScores(std::move(totals));
}

void QuizStartView::setProgressNote(const QString &text)
{
    m_progressNote->setText(text);
    m_progressNote->setVisible(!text.isEmpty());
}

dlt::quiz::QuizOptions QuizStartView::options() const
{
    dlt::quiz::QuizOptions o;
    for (int i = 0; i < m_topics->count(); ++i)
        if (m_topics->item(i)->checkState() == Qt::Checked)
            o.topics.push_back(m_topics->item(i)->data(Qt::UserRole).toString().toStdString());
    o.count = m_count->value();
    o.seed = std::uint64_t(m_seed->value());
    return o;
}

bool QuizStartView::feedbackAtEnd() const
{
    return m_atEnd->isChecked();
}

std::uint64_t QuizStartView::seed() const
{
    return std::uint64_t(m_seed->value());
}

void QuizStartView::setSeed(std::uint64_t seed)
{
    m_seed->setValue(int(seed % 1000000000ULL));
}

bool QuizStartView::mockGraduate() const
{
    return m_graduate->isChecked();
}

int QuizStartView::mockMinutes() const
{
    return m_timer->isChecked() ? m_minutes->value() : 0;
}

QuizStartView::Settings QuizStartView::settings() const
{
    Settings s;
    QStringList ticked;
    for (int i = 0; i < m_topics->count(); ++i)
        if (m_topics->item(i)->checkState() == Qt::Checked)
            ticked << m_topics->item(i)->data(Qt::UserRole).toString();
    if (ticked.size() != m_topics->count())
        s.topics = ticked;
    s.count = m_count->value();
    s.seed = std::uint64_t(m_seed->value());
    s.feedbackAtEnd = m_atEnd->isChecked();
    s.mockGraduate = m_graduate->isChecked();
    s.mockTimer = m_timer->isChecked();
    s.mockMinutes = m_minutes->value();
    return s;
}

void QuizStartView::setSettings(const Settings &settings)
{
    m_applyingSettings = true;
    for (int i = 0; i < m_topics->count(); ++i) {
        const bool on = !settings.topics || settings.topics->contains(m_topics->item(i)->data(Qt::UserRole).toString());
        m_topics->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    m_count->setValue(settings.count);
    m_seed->setValue(int(settings.seed % 1000000000ULL));
    (settings.feedbackAtEnd ? m_atEnd : m_immediate)->setChecked(true);
    m_graduate->setChecked(settings.mockGraduate);
    m_timer->setChecked(settings.mockTimer);
    m_minutes->setValue(settings.mockMinutes);
    m_applyingSettings = false;
    m_settings = this->settings();
    updateStart();
}

void QuizStartView::onSettingsEdited(int field)
{
    if (m_applyingSettings)
        return;
    const Settings after = settings();
    if (after == m_settings)
        return;
    const Settings before = m_settings;
    m_settings = after;
    emit settingsEdited(before, after, field);
}

void QuizStartView::updateStart()
{
    bool any = false;
    for (int i = 0; i < m_topics->count(); ++i)
        any = any || m_topics->item(i)->checkState() == Qt::Checked;
    m_start->setEnabled(any);
    m_start->setToolTip(any ? tr("Draw the questions and begin (Enter)") : tr("Tick at least one topic"));
}

void QuizStartView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_start->isEnabled()) {
        emit startRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void QuizStartView::focusInEvent(QFocusEvent *event)
{
    // Not a focus proxy: a proxy would make Tab jump from the topic list straight to Start,
    // skipping the bank and topic controls above it. Showing the screen still focuses Start.
    QWidget::focusInEvent(event);
    m_start->setFocus(event->reason());
}
