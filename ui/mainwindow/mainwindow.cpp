#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("DL Tutor"));

    m_topicList = new QListWidget;
    m_topicList->setObjectName(QStringLiteral("topicList"));
    m_topicList->setAccessibleName(tr("Topics"));
    m_topicList->setAccessibleDescription(tr("Choose the midterm topic to practise"));
    m_topicList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_topicList->setMaximumWidth(320);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pageStack"));

    auto *splitter = new QSplitter;
    splitter->addWidget(m_topicList);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    connect(m_topicList, &QListWidget::currentRowChanged, this, &MainWindow::onTopicRowChanged);

    createMenus();
    statusBar();
    // A comfortable default that still fits small laptop screens and 200% scaling.
    QSize size(1280, 820);
    if (const QScreen *scr = screen())
        size = size.boundedTo(scr->availableGeometry().size() * 0.92);
    resize(size);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));

    m_undoGroup = new QUndoGroup(this);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);

    m_topicMenu = menuBar()->addMenu(tr("&Topics"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About DL Tutor"), this, &MainWindow::showAbout);
}

void MainWindow::addTopic(const QString &id, const QString &title, const QString &toolTip, PageFactory factory)
{
    m_topics.push_back(Topic{id, title, std::move(factory), nullptr});
    auto *item = new QListWidgetItem(title, m_topicList);
    // Keep every title readable: the splitter may not squeeze the list below its widest entry.
    m_topicList->setMinimumWidth(std::min(m_topicList->maximumWidth(),
                                          m_topicList->sizeHintForColumn(0) + 2 * m_topicList->frameWidth() + 8));
    item->setToolTip(toolTip);
    item->setData(Qt::UserRole, id);

    const int n = int(m_topics.size());
    QAction *a = m_topicMenu->addAction(title, this, [this, id] { showTopic(id); });
    a->setToolTip(toolTip);
    if (n <= 9)
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)));
    a->setObjectName(QStringLiteral("actionTopic_") + id);

    // Placeholder slot in the stack, replaced by the real page when first shown.
    m_stack->addWidget(new QWidget);
    if (n == 1)
        m_topicList->setCurrentRow(0);
}

void MainWindow::addFileAction(const QString &id, const QString &actionObjectName, const QString &text)
{
    auto *a = new QAction(text, this);
    a->setObjectName(QStringLiteral("actionFile_") + actionObjectName);
    connect(a, &QAction::triggered, this, [this, id, actionObjectName] {
        if (!showTopic(id))
            return;
        if (auto *target = page(id)->findChild<QAction *>(actionObjectName))
            target->trigger();
    });
    m_fileMenu->insertAction(m_quitAction, a);
    if (m_fileMenu->actions().size() == 2)
        m_fileMenu->insertSeparator(m_quitAction);
}

int MainWindow::indexOf(const QString &id) const
{
    for (size_t i = 0; i < m_topics.size(); ++i)
        if (m_topics[i].id == id)
            return int(i);
    return -1;
}

QWidget *MainWindow::page(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return nullptr;
    Topic &t = m_topics[size_t(i)];
    if (!t.page) {
        t.page = t.factory();
        t.page->setObjectName(t.page->objectName().isEmpty() ? id + QStringLiteral("Page") : t.page->objectName());
        // A page wider or taller than the window (large fonts, 200% scaling) scrolls inside it
        // instead of pushing the window past the screen.
        auto *area = new QScrollArea;
        area->setObjectName(id + QStringLiteral("Scroll"));
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setWidget(t.page);
        QWidget *old = m_stack->widget(i);
        const bool wasCurrent = m_stack->currentIndex() == i;
        m_stack->removeWidget(old);
        m_stack->insertWidget(i, area);
        old->deleteLater();
        if (auto *stack = t.page->findChild<QUndoStack *>())
            m_undoGroup->addStack(stack);
        if (wasCurrent)
            m_stack->setCurrentIndex(i);
    }
    return t.page;
}

bool MainWindow::showTopic(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return false;
    if (m_topicList->currentRow() != i)
        m_topicList->setCurrentRow(i); // calls onTopicRowChanged
    else
        onTopicRowChanged(i);
    return true;
}

void MainWindow::onTopicRowChanged(int row)
{
    if (row < 0 || row >= int(m_topics.size()))
        return;
    QWidget *p = page(m_topics[size_t(row)].id);
    m_stack->setCurrentIndex(row);
    m_undoGroup->setActiveStack(p ? p->findChild<QUndoStack *>() : nullptr);
    setWindowTitle(tr("%1 — DL Tutor").arg(m_topics[size_t(row)].title));
    if (p && isVisible())
        p->setFocus(Qt::OtherFocusReason);
}

QString MainWindow::currentTopic() const
{
    const int row = m_topicList->currentRow();
    return row < 0 ? QString() : m_topics[size_t(row)].id;
}

QStringList MainWindow::topicIds() const
{
    QStringList ids;
    for (const Topic &t : m_topics)
        ids << t.id;
    return ids;
}

void MainWindow::restoreSettings()
{
    QSettings s;
    const QByteArray geometry = s.value(QStringLiteral("window/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QString last = s.value(QStringLiteral("window/topic")).toString();
    if (!last.isEmpty())
        showTopic(last);
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/topic"), currentTopic());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard shortcuts"),
        tr("<table>"
           "<tr><td><b>Ctrl+1 … Ctrl+9</b></td><td>switch topic</td></tr>"
           "<tr><td><b>→ / ←</b></td><td>next / previous step</td></tr>"
           "<tr><td><b>Home / End</b></td><td>first / last step</td></tr>"
           "<tr><td><b>Space</b></td><td>play / pause</td></tr>"
           "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>"
           "<tr><td><b>Ctrl+Q</b></td><td>quit</td></tr>"
           "</table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DL Tutor"),
        tr("<b>DL Tutor %1</b><p>Practise the deep-learning midterm: convolution, layer sizes, "
           "vanishing and exploding gradients, quizzes and the RNN computational graph.</p>")
            .arg(QApplication::applicationVersion()));
}
