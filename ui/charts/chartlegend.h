#pragma once

#include <QList>
#include <QWidget>

class FlowLayout;
class QAbstractSeries;
class QLabel;

/**
 * A chart's legend as ordinary widgets under the plot: one entry per series (a sample of its
 * line or marker, then its name) that wraps onto more lines when the width runs out. Qt Charts'
 * own legend keeps one row and draws overflowing names over each other, which happened on the
 * gradient chart at the default window size once the "clipped" entry appeared, and at any zoom.
 */
class ChartLegend : public QWidget
{
    Q_OBJECT

public:
    explicit ChartLegend(QWidget *parent = nullptr);

    /** Adds an entry for series (in this order); entries start shown. */
    void addSeries(QAbstractSeries *series);
    /** Shows or hides the entry of series. */
    void setEntryVisible(QAbstractSeries *series, bool visible);
    bool isEntryVisible(QAbstractSeries *series) const;
    /** Re-reads every series' name, pen and marker (after a theme, font or name change). */
    void refresh();
    /** The names of the shown entries, in order (for tests and the accessible description). */
    QStringList shownNames() const;

private:
    struct Entry {
        QAbstractSeries *series = nullptr;
        QWidget *swatch = nullptr;
        QLabel *label = nullptr;
        QWidget *row = nullptr;
    };
    FlowLayout *m_layout;
    QList<Entry> m_entries;
};
