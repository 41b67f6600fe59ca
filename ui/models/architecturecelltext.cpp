#include "architecturecelltext.h"

#include <QCoreApplication>

using namespace dlt::arch;
using archformat::Quantity;

namespace archcell {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("archcell", text); }

QString separator(Quantity q) { return q == Quantity::OutputSize ? arrow() : QStringLiteral(": "); }

} // namespace

QString arrow() { return QStringLiteral("\u2009\u2192\u2009"); }

QString layer(const LayerResult &l, Quantity quantity)
{
    const QString name = archformat::layerName(l);
    if (l.status == LayerStatus::Invalid)
        return QStringLiteral("\u26a0 ") + name;
    if (l.status == LayerStatus::Unknown)
        return name + separator(quantity) + QStringLiteral("\u2014");
    switch (quantity) {
    case Quantity::OutputSize: return name + arrow() + archformat::shape(l.output);
    case Quantity::Parameters: return name + QStringLiteral(": ") + archformat::count(l.params);
    case Quantity::Macs: return name + QStringLiteral(": ") + archformat::compact(l.macs);
    case Quantity::ReceptiveField:
        return name + QStringLiteral(": ") +
               (l.hasReceptiveField ? QStringLiteral("%1\u00d7%1").arg(l.receptiveField) : tr("all"));
    }
    return name;
}

QString total(const ColumnResult &r, Total which)
{
    if (!r.ok())
        return QStringLiteral("\u2014");
    switch (which) {
    case Total::Parameters:
        return tr("%1 (%2)").arg(archformat::count(r.totalParams), archformat::compact(r.totalParams));
    case Total::Macs: return tr("%1 MACs").arg(archformat::compact(r.totalMacs));
    case Total::Memory: return archformat::bytes(r.totalMemoryBytes);
    }
    return QString();
}

QString practice(const QString &name, Quantity quantity, const QString &typed, bool correct)
{
    const QString head = name.isEmpty() ? QString() : name + separator(quantity);
    if (typed.isEmpty())
        return head + QStringLiteral("?");
    return head + typed + (correct ? QStringLiteral("  \u2713") : QStringLiteral("  \u2717"));
}

AnswerCheck check(const LayerResult &l, Quantity quantity, const QString &typed)
{
    const std::string answer = typed.toStdString();
    switch (quantity) {
    case Quantity::OutputSize: return checkShapeAnswer(l.output, answer);
    case Quantity::Parameters:
        return checkCountAnswer(l.params, answer, l.biases > 0 ? std::optional<long long>(l.weights) : std::nullopt);
    case Quantity::Macs: return checkCountAnswer(l.macs, answer);
    case Quantity::ReceptiveField: return checkSideAnswer(l.receptiveField, answer);
    }
    return {};
}

AnswerCheck checkTotal(const ColumnResult &r, Total which, const QString &typed)
{
    const std::string answer = typed.toStdString();
    switch (which) {
    case Total::Parameters: return checkCountAnswer(r.totalParams, answer);
    case Total::Macs: return checkCountAnswer(r.totalMacs, answer);
    case Total::Memory: return checkCountAnswer(r.totalMemoryBytes, answer);
    }
    return {};
}

} // namespace archcell
