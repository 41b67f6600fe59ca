#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSlider;

/**
 * The "scale W_hh" slider of the gradient page: 0 % to 400 % in 1 % steps, with the factor shown
 * and a reset to 100 %. scaleChanged carries a gesture id: one drag (or one key press) is one
 * gesture, so the document can merge a drag into one undo step. The page shows the live
 * products γ·ρ and γ·σ_max next to it (setProducts), computed by core.
 */
class ScaleControl : public QWidget
{
    Q_OBJECT

public:
    explicit ScaleControl(QWidget *parent = nullptr);

    /** Moves the slider to factor without emitting scaleChanged (e.g. after Undo). */
    void setScale(double factor);
    double scale() const;
    /** The text under the slider, e.g. "γ·ρ = 1.75, γ·σ_max = 1.75". */
    void setProducts(const QString &text);

    QSlider *slider() const { return m_slider; }

signals:
    void scaleChanged(double factor, int gesture);

private:
    void onValueChanged(int percent);

    QSlider *m_slider;
    QLabel *m_value;
    QLabel *m_products;
    QPushButton *m_reset;
    int m_gesture = 0;
};
