#include "pageadapter.h"

#include "models/graphdocument.h"
#include "pages/graphcontrols.h"
#include "pages/graphpage.h"

PageAdapter graphSessionAdapter()
{
    PageAdapter a;
    a.id = QStringLiteral("graph");
    a.capture = [](QWidget *page, dlt::session::Session &into) {
        auto *p = qobject_cast<GraphPage *>(page);
        if (!p)
            return;
        const GraphOptions &o = p->document()->options();
        auto &s = into.graph;
        s.cell = o.cell;
        s.unrolled = o.unrolled;
        s.steps = o.steps;
        s.hidden = o.sizes.hidden;
        s.input = o.sizes.input;
        s.classes = o.sizes.classes;
        s.seed = o.seed;
        s.unshared = o.unshared;
        s.learningRate = o.learningRate;
        s.backward = p->backwardMode();
    };
    a.apply = [](QWidget *page, const dlt::session::Session &from) {
        auto *p = qobject_cast<GraphPage *>(page);
        if (!p)
            return;
        const auto &s = from.graph;
        GraphOptions o;
        o.cell = s.cell;
        o.unrolled = s.unrolled;
        o.steps = s.steps;
        o.sizes.hidden = s.hidden;
        o.sizes.input = s.input;
        o.sizes.classes = s.classes;
        o.seed = s.seed;
        o.unshared = s.unshared;
        o.learningRate = s.learningRate;
        p->document()->setOptions(o);
        p->setBackwardMode(s.backward);
    };
    a.copySection = [](const dlt::session::Session &from, dlt::session::Session &to) { to.graph = from.graph; };
    a.watch = [](QWidget *page, QObject *context, const std::function<void()> &changed) {
        if (auto *controls = page->findChild<GraphControls *>())
            QObject::connect(controls, &GraphControls::backwardToggled, context, changed);
    };
    return a;
}
