#include "sizeformula.h"

#include "text/errortext.h"
#include "text/numbertext.h"
#include "theme/scaledfont.h"
#include "theme/themecolors.h"

#include <QVBoxLayout>
#include <QLabel>

namespace {

using numbertext::integer;

QString formula(const QString &axis, const dlt::conv::AxisSize &a)
{
    // ⌊(n + 2·p − d·(k−1) − 1)/s⌋ + 1 = out
    return QStringLiteral("%1: \u230a(%2 + 2\u00b7%3 \u2212 %4\u00b7(%5\u22121) \u2212 1)/%6\u230b + 1 = %7")
        .arg(axis, integer(a.n), integer(a.padding), integer(a.dilation), integer(a.k), integer(a.stride), integer(a.out));
}

} // namespace

SizeFormula::SizeFormula(QWidget *parent)
    : QWidget(parent)
    , m_general(new QLabel)
    , m_rows(new QLabel)
    , m_cols(new QLabel)
    , m_rowsNote(new QLabel)
    , m_colsNote(new QLabel)
{
    m_general->setObjectName(QStringLiteral("sizeFormulaGeneral"));
    m_rows->setObjectName(QStringLiteral("sizeFormulaRows"));
    m_cols->setObjectName(QStringLiteral("sizeFormulaCols"));
    m_rowsNote->setObjectName(QStringLiteral("sizeFormulaRowsNote"));
    m_colsNote->setObjectName(QStringLiteral("sizeFormulaColsNote"));

    m_general->setText(tr("Output size per axis: out = \u230a(n + 2p \u2212 d\u00b7(k\u2212" "1) \u2212 1)/s\u230b + 1   "
                          "(n input, p padding, d dilation, k filter size, s stride)"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    for (QLabel *l : {m_rows, m_cols}) {
        theme::setRelativeFont(l, 1.35); // follows the interface zoom
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true); // an error sentence can be long
    }
    for (QLabel *l : {m_rowsNote, m_colsNote}) {
        l->setTextFormat(Qt::PlainText);
        l->setWordWrap(true);
        theme::setStyleSheetColor(l, theme::TextRole::Warning);
    }
    m_rows->setAccessibleName(tr("Output rows formula"));
    m_cols->setAccessibleName(tr("Output columns formula"));
    setToolTip(tr("How the output size follows from the input size, padding, dilation, filter size and stride"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QLabel *l : {m_general, m_rows, m_rowsNote, m_cols, m_colsNote})
        layout->addWidget(l);
}

void SizeFormula::setAxes(const dlt::Result<dlt::conv::AxisSize> &rows, const dlt::Result<dlt::conv::AxisSize> &cols)
{
    auto show = [](QLabel *line, QLabel *note, const dlt::Result<dlt::conv::AxisSize> &axis, bool isRows) {
        const QString name = isRows ? tr("rows") : tr("columns");
        if (!axis) {
            line->setText(tr("%1: %2").arg(name, errorText(axis.error())));
            note->clear();
            note->hide();
            return;
        }
        line->setText(formula(name, *axis));
        const int u = axis->unreached;
        if (axis->remainder > 0 && u > 0) {
            const QString what = isRows ? (u == 1 ? tr("the last row") : tr("the last %1 rows").arg(u))
                                        : (u == 1 ? tr("the last column") : tr("the last %1 columns").arg(u));
            note->setText(tr("Remainder %1: the window never reaches %2 (hatched on the input).")
                              .arg(integer(axis->remainder), what));
            note->show();
        } else {
            note->clear();
            note->hide();
        }
    };
    show(m_rows, m_rowsNote, rows, true);
    show(m_cols, m_colsNote, cols, false);
}

QString SizeFormula::rowsText() const { return m_rows->text(); }
QString SizeFormula::colsText() const { return m_cols->text(); }
QString SizeFormula::rowsNote() const { return m_rowsNote->text(); }
QString SizeFormula::colsNote() const { return m_colsNote->text(); }
