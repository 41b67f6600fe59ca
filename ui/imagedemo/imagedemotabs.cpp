#include "imagedemotabs.h"

#include "imagedemo/imagedemopanel.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace imagedemo {

namespace {

// The two tabs, retitled on a language change.
class ConvTabs : public QTabWidget
{
    Q_OBJECT

public:
    ConvTabs()
    {
        setObjectName(QStringLiteral("convTabs"));
        setDocumentMode(true);
    }

    void retranslate()
    {
        setAccessibleName(tr("Convolution views"));
        setAccessibleDescription(tr("Switch between stepping through the convolution and the image demo"));
        tabBar()->setAccessibleName(tr("Convolution views"));
        tabBar()->setAccessibleDescription(tr("Step through: one window at a time. Image demo: the same filter on a photo"));
        setTabText(0, tr("Step through"));
        setTabToolTip(0, tr("Work through the convolution one window at a time"));
        setTabText(1, tr("&Image demo"));
        setTabToolTip(1, tr("Apply the same filter to a photo and see the feature map"));
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QTabWidget::changeEvent(event);
        if (event->type() == QEvent::LanguageChange)
            retranslate();
    }
};

} // namespace

QTabWidget *withImageTab(QWidget *stepThrough, ConvolutionDocument *document)
{
    auto *tabs = new ConvTabs;
    tabs->addTab(stepThrough, QString());
    // The image demo is built the first time its tab is shown: start-up pays only for the step view.
    auto *holder = new QWidget;
    holder->setObjectName(QStringLiteral("imageDemoHolder"));
    auto *holderLayout = new QVBoxLayout(holder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    tabs->addTab(holder, QString());
    QObject::connect(tabs, &QTabWidget::currentChanged, holder, [tabs, holder, holderLayout, document](int index) {
        if (tabs->widget(index) == holder && !holder->findChild<ImageDemoPanel *>())
            holderLayout->addWidget(new ImageDemoPanel(document));
    });
    tabs->retranslate();
    return tabs;
}

} // namespace imagedemo

#include "imagedemotabs.moc"
