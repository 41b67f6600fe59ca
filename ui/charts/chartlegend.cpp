#include "chartlegend.h"

#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScatterSeries>
#include <QXYSeries>

namespace {

/** A short sample of a series: its line (pen, dash pattern) or its marker, at the font's size. */
class Swatch : public QWidget
{
public:
    explicit Swatch(QAbstractSeries *series, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_series(series)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }
    QSize sizeHint() const override
    {
        const int h = fontMetrics().height();
        return {h * 2, h};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(1, 1, -1, -1);
        if (auto *scatter = qobject_cast<QScatterSeries *>(m_series)) {
            const qreal side = std::min(r.height(), scatter->markerSize());
            p.setPen(QPen(scatter->borderColor(), 1.0));
            p.setBrush(scatter->color());
            const QRectF box(r.center().x() - side / 2, r.center().y() - side / 2, side, side);
            if (scatter->markerShape() == QScatterSeries::MarkerShapeCircle)
                p.drawEllipse(box);
            else
                p.drawRect(box);
        } else if (auto *xy = qobject_cast<QXYSeries *>(m_series)) {
            p.setPen(xy->pen());
            p.drawLine(QPointF(r.left() + 2, r.center().y()), QPointF(r.right() - 2, r.center().y()));
        }
    }

private:
    QAbstractSeries *m_series;
};

} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 18, 4))
{
    setObjectName(QStringLiteral("chartLegend"));
    setAccessibleName(tr("Chart legend"));
    m_layout->setContentsMargins(6, 2, 6, 2);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ChartLegend::addSeries(QAbstractSeries *series)
{
    Entry e;
    e.series = series;
    e.row = new QWidget(this);
    auto *h = new QHBoxLayout(e.row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    e.swatch = new Swatch(series, e.row);
    e.label = new QLabel(e.row);
    e.label->setTextFormat(Qt::PlainText);
    h->addWidget(e.swatch);
    h->addWidget(e.label);
    m_layout->addWidget(e.row);
    m_entries.append(e);
    refresh();
}

void ChartLegend::setEntryVisible(QAbstractSeries *series, bool visible)
{
    for (const Entry &e : std::as_const(m_entries))
        if (e.series == series && e.row->isVisibleTo(this) != visible) {
            e.row->setVisible(visible);
            setAccessibleDescription(shownNames().join(QStringLiteral("; ")));
        }
}

bool ChartLegend::isEntryVisible(QAbstractSeries *series) const
{
    for (const Entry &e : m_entries)
        if (e.series == series)
            return e.row->isVisibleTo(this);
    return false;
}

void ChartLegend::refresh()
{
    for (const Entry &e : std::as_const(m_entries)) {
        e.label->setText(e.series->name());
        e.swatch->updateGeometry();
        e.swatch->update();
    }
    setAccessibleDescription(shownNames().join(QStringLiteral("; ")));
}

QStringList ChartLegend::shownNames() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        if (e.row->isVisibleTo(this))
            names << e.series->name();
    return names;
}
