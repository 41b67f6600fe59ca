#pragma once

#include <QFont>

class QWidget;

namespace theme {

/**
 * Gives w the application font scaled by factor (never below minPointSize), keeping w's other
 * font attributes (bold, italic). The size is re-derived whenever the interface zoom changes, so
 * titles and big numbers grow with the rest. lectureLarge: the size also grows by
 * lectureScale() in lecture mode (the step arithmetic).
 */
void setRelativeFont(QWidget *w, qreal factor, qreal minPointSize = 0, bool lectureLarge = false);

/** The font setRelativeFont() would give: base font's size × factor, at least minPointSize. */
QFont relativeFont(const QFont &font, qreal factor, qreal minPointSize = 0);

/** Re-derives every relative font from the current application font (after a zoom change). */
void refreshRelativeFonts();

/** Extra factor for lecture-large text (1 normally, 1.6 in lecture mode). Refreshes fonts. */
void setLectureScale(qreal scale);
qreal lectureScale();

/** Contents margins in ems of w's own font, re-derived with its relative font (see setRelativeFont). */
void setEmContentsMargins(QWidget *w, qreal left, qreal top, qreal right, qreal bottom);

/** Minimum and maximum width in ems of w's own font (0 = no limit), kept through zoom changes. */
void setEmWidth(QWidget *w, qreal minEms, qreal maxEms = 0);

/** Minimum size in ems of w's own font, kept through zoom changes. */
void setEmMinimumSize(QWidget *w, qreal widthEms, qreal heightEms);

/** A length in pixels that scales with the font: ems × the height of w's font. */
int em(const QWidget *w, qreal ems);

} // namespace theme
