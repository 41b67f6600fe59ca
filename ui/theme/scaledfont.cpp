#include "scaledfont.h"

#include <QApplication>
#include <QFontMetrics>
#include <QRectF>
#include <QSizeF>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace theme {

namespace {

const char *const kFactor = "dltutorFontFactor";
const char *const kMin = "dltutorFontMin";
const char *const kLecture = "dltutorLectureLarge";
const char *const kEmMargins = "dltutorEmMargins";
const char *const kEmWidth = "dltutorEmWidth";
const char *const kEmMinSize = "dltutorEmMinSize";

qreal &lectureScaleRef()
{
    static qreal scale = 1.0;
    return scale;
}

void apply(QWidget *w)
{
    const qreal factor = w->property(kFactor).toReal();
    if (factor <= 0)
        return;
    const qreal lecture = w->property(kLecture).toBool() ? lectureScaleRef() : 1.0;
    const QFont base = QApplication::font(w);
    QFont f = w->font();
    f.setPointSizeF(std::max(w->property(kMin).toReal(), base.pointSizeF() * factor * lecture));
    w->setFont(f);
    const QVariant margins = w->property(kEmMargins);
    if (margins.isValid()) {
        const QRectF m = margins.toRectF();
        const qreal h = QFontMetricsF(f).height();
        w->setContentsMargins(int(m.left() * h), int(m.top() * h), int(m.width() * h), int(m.height() * h));
    }
    const qreal h = QFontMetricsF(f).height();
    if (const QVariant width = w->property(kEmWidth); width.isValid()) {
        const QSizeF ems = width.toSizeF();
        w->setMinimumWidth(int(ems.width() * h));
        w->setMaximumWidth(ems.height() > 0 ? int(ems.height() * h) : QWIDGETSIZE_MAX);
    }
    if (const QVariant size = w->property(kEmMinSize); size.isValid())
        w->setMinimumSize(int(size.toSizeF().width() * h), int(size.toSizeF().height() * h));
}

} // namespace

QFont relativeFont(const QFont &font, qreal factor, qreal minPointSize)
{
    QFont f = font;
    f.setPointSizeF(std::max(minPointSize, font.pointSizeF() * factor));
    return f;
}

void setRelativeFont(QWidget *w, qreal factor, qreal minPointSize, bool lectureLarge)
{
    w->setProperty(kFactor, factor);
    w->setProperty(kMin, minPointSize);
    w->setProperty(kLecture, lectureLarge);
    apply(w);
}

void setEmContentsMargins(QWidget *w, qreal left, qreal top, qreal right, qreal bottom)
{
    // Packed as left, top, right, bottom in a QRectF's x, y, width, height.
    w->setProperty(kEmMargins, QRectF(left, top, right, bottom));
    if (!w->property(kFactor).isValid())
        w->setProperty(kFactor, 1.0);
    apply(w);
}

void setEmWidth(QWidget *w, qreal minEms, qreal maxEms)
{
    w->setProperty(kEmWidth, QSizeF(minEms, maxEms));
    if (!w->property(kFactor).isValid())
        w->setProperty(kFactor, 1.0);
    apply(w);
}

void setEmMinimumSize(QWidget *w, qreal widthEms, qreal heightEms)
{
    w->setProperty(kEmMinSize, QSizeF(widthEms, heightEms));
    if (!w->property(kFactor).isValid())
        w->setProperty(kFactor, 1.0);
    apply(w);
}

void refreshRelativeFonts()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets)
        if (w->property(kFactor).isValid())
            apply(w);
}

void setLectureScale(qreal scale)
{
    lectureScaleRef() = scale;
    refreshRelativeFonts();
}

qreal lectureScale()
{
    return lectureScaleRef();
}

int em(const QWidget *w, qreal ems)
{
    return int(std::lround(QFontMetricsF(w->font()).height() * ems));
}

} // namespace theme
