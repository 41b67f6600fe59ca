#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

/**
 * The image demo's source controls: "Load image…", the sample chooser and "Downscale to at
 * most N px". It only reports what the user picked; the panel loads and computes.
 */
class ImageSourceBar : public QWidget
{
    Q_OBJECT

public:
    /** One embedded sample: its resource path and translated name. */
    struct Sample {
        QString path;
        QString name;
    };

    explicit ImageSourceBar(QWidget *parent = nullptr);

    /** The samples offered, in menu order (resources/images). */
    static QList<Sample> samples();

    /** The largest side the image is shrunk to, or 0 when downscaling is off. */
    int maxSide() const;
    /** Sets every text again (after a language change). */
    void retranslate();
    /** Shows sample index as chosen (−1: none, e.g. after loading a file), without emitting. */
    void showSample(int index);

signals:
    void loadRequested();
    void sampleChosen(int index);
    void maxSideChanged(int maxSide);

private:
    QPushButton *m_load;
    QLabel *m_sampleLabel;
    QComboBox *m_samples;
    QCheckBox *m_downscale;
    QSpinBox *m_side;
};
