#include "stepcontrols.h"

#include "flowlayout.h"
#include "theme/scaledfont.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

StepControls::StepControls(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_speed(new QSlider(Qt::Horizontal))
    , m_speedLabel(new QLabel)
    , m_position(new QLabel)
{
    m_first = makeButton(tr("First"), tr("First step (Home)"), QStringLiteral("stepFirst"), QStyle::SP_MediaSkipBackward);
    m_previous = makeButton(tr("Previous"), tr("Previous step (Left arrow)"), QStringLiteral("stepPrevious"), QStyle::SP_MediaSeekBackward);
    m_play = makeButton(tr("Play"), tr("Play or pause the steps (Space)"), QStringLiteral("stepPlay"), QStyle::SP_MediaPlay);
    m_next = makeButton(tr("Next"), tr("Next step (Right arrow)"), QStringLiteral("stepNext"), QStyle::SP_MediaSeekForward);
    m_last = makeButton(tr("Last"), tr("Last step (End)"), QStringLiteral("stepLast"), QStyle::SP_MediaSkipForward);
    m_play->setCheckable(true);

    m_speed->setObjectName(QStringLiteral("stepSpeed"));
    m_speed->setRange(1, 10);
    m_speed->setValue(2);
    m_speed->setPageStep(1);
    theme::setEmWidth(m_speed, 4.5, 8); // follows the interface zoom
    m_speed->setToolTip(tr("Playback speed in steps per second"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setFocusPolicy(Qt::TabFocus); // a click keeps the arrow keys for stepping
    m_speedLabel->setObjectName(QStringLiteral("stepSpeedLabel"));
    m_speedLabel->setMinimumWidth(m_speedLabel->fontMetrics().horizontalAdvance(tr("10 steps/s")) + 4);
    m_position->setObjectName(QStringLiteral("stepPosition"));
    m_position->setAccessibleName(tr("Step position"));
    QFont big = m_position->font();
    big.setBold(true);
    m_position->setFont(big);
    theme::setRelativeFont(m_position, 1.2); // follows the interface zoom

    // Three groups that wrap onto separate lines when the page is narrow.
    auto *buttons = new QWidget;
    auto *buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->setSpacing(6);
    for (QToolButton *b : {m_first, m_previous, m_play, m_next, m_last})
        buttonRow->addWidget(b);
    auto *speed = new QWidget;
    auto *speedRow = new QHBoxLayout(speed);
    speedRow->setContentsMargins(0, 0, 0, 0);
    auto *speedCaption = new QLabel(tr("Speed"));
    speedCaption->setBuddy(m_speed);
    speedRow->addWidget(speedCaption);
    speedRow->addWidget(m_speed);
    speedRow->addWidget(m_speedLabel);
    auto *layout = new FlowLayout(this, 24, 6);
    layout->addWidget(buttons);
    layout->addWidget(speed);
    layout->addWidget(m_position);

    connect(m_first, &QToolButton::clicked, this, &StepControls::first);
    connect(m_previous, &QToolButton::clicked, this, &StepControls::previous);
    connect(m_next, &QToolButton::clicked, this, &StepControls::next);
    connect(m_last, &QToolButton::clicked, this, &StepControls::last);
    connect(m_play, &QToolButton::toggled, this, &StepControls::setPlaying);
    connect(m_timer, &QTimer::timeout, this, &StepControls::advance);
    connect(m_speed, &QSlider::valueChanged, this, [this] {
        m_timer->setInterval(1000 / stepsPerSecond());
        refresh();
    });
    m_timer->setInterval(1000 / stepsPerSecond());
    refresh();
}

QToolButton *StepControls::makeButton(const QString &text, const QString &tip, const QString &name, int icon)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setObjectName(name);
    b->setIcon(style()->standardIcon(QStyle::StandardPixmap(icon)));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setFocusPolicy(Qt::TabFocus); // clicking keeps focus on the page, so the keys keep working
    b->setAutoRaise(false);
    return b;
}

bool StepControls::isPlaying() const
{
    return m_timer->isActive();
}

int StepControls::stepsPerSecond() const
{
    return m_speed->value();
}

void StepControls::setStepsPerSecond(int speed)
{
    m_speed->setValue(speed);
}

void StepControls::setStepCount(int count)
{
    m_count = std::max(0, count);
    m_current = std::clamp(m_current, 0, std::max(0, m_count - 1));
    if (m_count == 0)
        setPlaying(false);
    refresh();
}

void StepControls::setCurrentStep(int step)
{
    step = std::clamp(step, 0, std::max(0, m_count - 1));
    if (step == m_current)
        return;
    m_current = step;
    refresh();
}

void StepControls::go(int step)
{
    if (m_count == 0)
        return;
    step = std::clamp(step, 0, m_count - 1);
    if (step == m_current)
        return;
    m_current = step;
    refresh();
    emit currentStepChanged(m_current);
}

void StepControls::first() { go(0); }
void StepControls::previous() { go(m_current - 1); }
void StepControls::next() { go(m_current + 1); }
void StepControls::last() { go(m_count - 1); }

void StepControls::setPlaying(bool playing)
{
    playing = playing && m_count > 1;
    if (playing == isPlaying()) {
        refresh();
        return;
    }
    if (playing) {
        if (m_current >= m_count - 1)
            go(0); // replay from the start
        m_timer->start();
    } else {
        m_timer->stop();
    }
    refresh();
    emit playingChanged(playing);
}

void StepControls::togglePlaying()
{
    setPlaying(!isPlaying());
}

void StepControls::advance()
{
    go(m_current + 1);
    if (m_current >= m_count - 1)
        setPlaying(false);
}

bool StepControls::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Left: previous(); return true;
    case Qt::Key_Right: next(); return true;
    case Qt::Key_Home: first(); return true;
    case Qt::Key_End: last(); return true;
    case Qt::Key_Space: togglePlaying(); return true;
    default: return false;
    }
}

void StepControls::refresh()
{
    const bool any = m_count > 0;
    m_first->setEnabled(any && m_current > 0);
    m_previous->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current < m_count - 1);
    m_last->setEnabled(any && m_current < m_count - 1);
    m_play->setEnabled(m_count > 1);
    {
        const QSignalBlocker block(m_play);
        m_play->setChecked(isPlaying());
    }
    m_play->setText(isPlaying() ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_speedLabel->setText(stepsPerSecond() == 1 ? tr("1 step/s") : tr("%1 steps/s").arg(stepsPerSecond()));
    m_position->setText(any ? tr("Step %1 of %2").arg(m_current + 1).arg(m_count) : tr("No steps"));
}
