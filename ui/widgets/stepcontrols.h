#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

/**
 * First / Previous / Play-Pause / Next / Last for a sequence of steps, with a speed slider.
 * handleKey() maps Left/Right, Home/End and Space so a page can forward its key presses.
 * Steps are 0-based here and shown 1-based.
 */
class StepControls : public QWidget
{
    Q_OBJECT

public:
    explicit StepControls(QWidget *parent = nullptr);

    int stepCount() const { return m_count; }
    int currentStep() const { return m_current; }
    bool isPlaying() const;
    /** Playback speed in steps per second. */
    int stepsPerSecond() const;
    void setStepsPerSecond(int speed);

    /** Sets the number of steps (0 disables the controls); clamps the current step. No signal. */
    void setStepCount(int count);
    /** Shows step as current without emitting currentStepChanged(). */
    void setCurrentStep(int step);

    /** Handles Left, Right, Home, End and Space; returns false for other keys. */
    bool handleKey(int key);

public slots:
    void first();
    void previous();
    void next();
    void last();
    void setPlaying(bool playing);
    void togglePlaying();

signals:
    /** The user moved to another step (button, key or playback). */
    void currentStepChanged(int step);
    void playingChanged(bool playing);

private:
    void go(int step);
    void advance();
    void refresh();
    QToolButton *makeButton(const QString &text, const QString &tip, const QString &name, int icon);

    int m_count = 0;
    int m_current = 0;
    QTimer *m_timer;
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_play;
    QToolButton *m_next;
    QToolButton *m_last;
    QSlider *m_speed;
    QLabel *m_speedLabel;
    QLabel *m_position;
};
