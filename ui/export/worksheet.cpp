#include "worksheet.h"

QString Worksheet::plainText() const
{
    QStringList out{title};
    for (const SheetBlock &b : blocks) {
        out += b.lines;
        for (const SheetMatrix &m : b.matrices) {
            out << m.caption;
            for (const QStringList &row : m.rows)
                out << row.join(QLatin1Char('\t'));
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int Worksheet::stepCount() const
{
    int n = 0;
    for (const SheetBlock &b : blocks)
        n += b.kind == SheetBlock::Kind::Step ? 1 : 0;
    return n;
}
