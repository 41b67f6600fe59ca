#include "pageadapter.h"

#include "models/architecturetablemodel.h"
#include "pages/architecturepage.h"

namespace {

using archformat::Quantity;
using dlt::session::VggQuantity;

Quantity toQuantity(VggQuantity q)
{
    switch (q) {
    case VggQuantity::Parameters:
        return Quantity::Parameters;
    case VggQuantity::Macs:
        return Quantity::Macs;
    case VggQuantity::ReceptiveField:
        return Quantity::ReceptiveField;
    case VggQuantity::OutputSize:
        break;
    }
    return Quantity::OutputSize;
}

VggQuantity fromQuantity(Quantity q)
{
    switch (q) {
    case Quantity::Parameters:
        return VggQuantity::Parameters;
    case Quantity::Macs:
        return VggQuantity::Macs;
    case Quantity::ReceptiveField:
        return VggQuantity::ReceptiveField;
    case Quantity::OutputSize:
        break;
    }
    return VggQuantity::OutputSize;
}

ArchitectureTableModel *modelOf(QWidget *page)
{
    auto *p = qobject_cast<ArchitecturePage *>(page);
    return p ? p->model() : nullptr;
}

} // namespace

PageAdapter vggSessionAdapter()
{
    PageAdapter a;
    a.id = QStringLiteral("vgg");
    a.capture = [](QWidget *page, dlt::session::Session &into) {
        const ArchitectureTableModel *m = modelOf(page);
        if (!m)
            return;
        auto &s = into.vgg;
        s.input = m->workspace().input();
        s.columns.clear();
        for (int i = 0; i < m->workspace().columnCount(); ++i) {
            const dlt::arch::Column &c = m->workspace().column(i);
            if (c.custom)
                s.columns.push_back({ c.name, c.tokens });
        }
        s.quantity = fromQuantity(m->quantity());
        s.practice = m->practiceMode();
    };
    a.apply = [](QWidget *page, const dlt::session::Session &from) {
        ArchitectureTableModel *m = modelOf(page);
        if (!m)
            return;
        const auto &s = from.vgg;
        m->applyInput(s.input);
        // Custom columns follow the paper's six: take the old ones out, put the session's in.
        for (int i = m->workspace().columnCount() - 1; i >= 0; --i)
            if (m->workspace().column(i).custom)
                m->applyRemoveColumn(i);
        for (const dlt::session::VggColumn &c : s.columns)
            m->applyInsertColumn(m->workspace().columnCount(), dlt::arch::Column { c.name, c.tokens, true });
        m->setQuantity(toQuantity(s.quantity));
        m->setPracticeMode(s.practice);
    };
    a.copySection = [](const dlt::session::Session &from, dlt::session::Session &to) { to.vgg = from.vgg; };
    a.watch = [](QWidget *page, QObject *context, const std::function<void()> &changed) {
        ArchitectureTableModel *m = modelOf(page);
        if (!m)
            return;
        QObject::connect(m, &ArchitectureTableModel::quantityChanged, context, changed);
        QObject::connect(m, &ArchitectureTableModel::practiceModeChanged, context, changed);
    };
    return a;
}
