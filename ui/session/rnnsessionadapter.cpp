#include "pageadapter.h"

#include "models/gradientdocument.h"
#include "pages/gradientpage.h"
#include "widgets/gradientpresetbox.h"

namespace {

GradientDocument *documentOf(QWidget *page)
{
    auto *p = qobject_cast<GradientPage *>(page);
    return p ? p->document() : nullptr;
}

} // namespace

PageAdapter rnnSessionAdapter()
{
    PageAdapter a;
    a.id = QStringLiteral("rnn");
    a.capture = [](QWidget *page, dlt::session::Session &into) {
        const GradientDocument *d = documentOf(page);
        if (!d)
            return;
        auto &s = into.rnn;
        const GradientState &st = d->state();
        s.w.assign(size_t(st.w.rows()), std::vector<double>(size_t(st.w.cols())));
        for (int r = 0; r < int(st.w.rows()); ++r)
            for (int c = 0; c < int(st.w.cols()); ++c)
                s.w[size_t(r)][size_t(c)] = st.w(r, c);
        s.activation = st.activation;
        s.steps = st.steps;
        s.bias = st.bias.toStdString();
        s.h0 = st.h0.toStdString();
        s.lossGrad = st.lossGrad.toStdString();
        s.scale = st.scale;
        if (const auto *box = page->findChild<GradientPresetBox *>()) {
            s.preset.preset = box->preset();
            s.preset.n = box->params().n;
            s.preset.scale = box->params().scale;
            s.preset.seed = box->params().seed;
        }
    };
    a.apply = [](QWidget *page, const dlt::session::Session &from) {
        GradientDocument *d = documentOf(page);
        if (!d)
            return;
        const auto &s = from.rnn;
        GradientState st;
        const int n = int(s.w.size());
        st.w = Eigen::MatrixXd::Zero(n, n);
        for (int r = 0; r < n; ++r)
            for (int c = 0; c < n && c < int(s.w[size_t(r)].size()); ++c)
                st.w(r, c) = s.w[size_t(r)][size_t(c)];
        st.activation = s.activation;
        st.steps = s.steps;
        st.bias = QString::fromStdString(s.bias);
        st.h0 = QString::fromStdString(s.h0);
        st.lossGrad = QString::fromStdString(s.lossGrad);
        st.scale = s.scale;
        d->setState(st);
        if (auto *box = page->findChild<GradientPresetBox *>())
            box->setChoice(s.preset.preset, dlt::rnn::PresetParams { s.preset.n, s.preset.scale, s.preset.seed });
    };
    a.copySection = [](const dlt::session::Session &from, dlt::session::Session &to) { to.rnn = from.rnn; };
    a.watch = [](QWidget *page, QObject *context, const std::function<void()> &changed) {
        if (auto *box = page->findChild<GradientPresetBox *>())
            QObject::connect(box, &GradientPresetBox::choiceChanged, context, changed);
    };
    return a;
}
