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
#include <QIcon>
#include <QScrollArea>
#include <QScrollBar>
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
    // The packaged icon in three sizes (resources/CMakeLists.txt); with the sizes given, nothing
    // is read until the icon is drawn.
    QIcon icon;
    for (int side : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/io.github.dltutor.DLTutor-%1.png").arg(side), QSize(side, side));
    setWindowIcon(icon);

    m_topicList = new QListWidget;
    m_topicList->setObjectName(QStringLiteral("topicList"));
    m_topicList->setAccessibleName(tr("Topics"));
    m_topicList->setAccessibleDescription(tr("Choose the midterm topic to practise"));
    m_topicList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicList->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    // At large zoom a title wider than the list's cap wraps onto a second line instead of being cut.
    m_topicList->setWordWrap(true);
    m_topicList->setTextElideMode(Qt::ElideNone);
    m_topicList->setResizeMode(QListView::Adjust);
    m_topicList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_topicList->setMaximumWidth(320);
    m_topicList->installEventFilter(this); // FontChange: zoom and lecture mode resize the titles

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
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));

    m_undoGroup = new QUndoGroup(this);
    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("menuEdit"));
    createUndoActions();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_topicMenu = menuBar()->addMenu(tr("&Topics"));
    m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu->setObjectName(QStringLiteral("menuSettings"));

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_shortcutsAction = m_helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction->setObjectName(QStringLiteral("actionShortcuts"));
    m_aboutAction = m_helpMenu->addAction(tr("&About DL Tutor"), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
}

void MainWindow::createUndoActions()
{
    delete m_undoAction;
    delete m_redoAction;
    QAction *before = m_editMenu->actions().value(0);
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_editMenu->insertAction(before, m_undoAction);
    m_editMenu->insertAction(before, m_redoAction);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_topicList && event->type() == QEvent::FontChange)
        updateTopicListWidth();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateTopicListWidth()
{
    // Keep every title readable: the splitter may not squeeze the list below its widest entry.
    // Longer titles (another language) or a larger font (zoom) may raise the cap, up to a third of the window.
    const int wanted = m_topicList->sizeHintForColumn(0) + 2 * m_topicList->frameWidth() + 8
                       + (m_topicList->verticalScrollBar()->isVisible() ? m_topicList->verticalScrollBar()->width() : 0);
    m_topicList->setMaximumWidth(std::max(320, std::min(wanted, width() / 3)));
    m_topicList->setMinimumWidth(std::min(m_topicList->maximumWidth(), wanted));
}

void MainWindow::retranslate()
{
    m_topicList->setAccessibleName(tr("Topics"));
    m_topicList->setAccessibleDescription(tr("Choose the midterm topic to practise"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    createUndoActions();
    m_viewMenu->setTitle(tr("&View"));
    m_topicMenu->setTitle(tr("&Topics"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About DL Tutor"));
    for (const auto &[action, source] : m_fileActionSources)
        action->setText(tr(source));

    for (size_t i = 0; i < m_topics.size(); ++i) {
        Topic &t = m_topics[i];
        if (!t.titleSource)
            continue;
        t.title = tr(t.titleSource);
        const QString tip = t.toolTipSource ? tr(t.toolTipSource) : QString();
        if (QListWidgetItem *item = m_topicList->item(int(i))) {
            item->setText(t.title);
            item->setToolTip(tip);
        }
        if (auto *a = findChild<QAction *>(QStringLiteral("actionTopic_") + t.id)) {
            a->setText(t.title);
            a->setToolTip(tip);
        }
    }
    updateTopicListWidth();
    const int row = m_topicList->currentRow();
    setWindowTitle(row >= 0 && row < int(m_topics.size()) ? tr("%1 — DL Tutor").arg(m_topics[size_t(row)].title)
                                                          : tr("DL Tutor"));
}

void MainWindow::addTopic(const QString &id, const QString &title, const QString &toolTip, PageFactory factory)
{
    m_topics.push_back(Topic{id, title, std::move(factory), nullptr});
    auto *item = new QListWidgetItem(title, m_topicList);
    updateTopicListWidth();
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

void MainWindow::addTopic(const QString &id, const char *title, const char *toolTip, PageFactory factory)
{
    addTopic(id, tr(title), tr(toolTip), std::move(factory));
    m_topics.back().titleSource = title;
    m_topics.back().toolTipSource = toolTip;
}

void MainWindow::addFileAction(const QString &id, const QString &actionObjectName, const char *text)
{
    addFileAction(id, actionObjectName, tr(text));
    if (auto *a = findChild<QAction *>(QStringLiteral("actionFile_") + actionObjectName, Qt::FindDirectChildrenOnly))
        m_fileActionSources.emplace_back(a, text);
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
        area->setFocusPolicy(Qt::NoFocus); // no Tab stop of its own; it scrolls to the focused control
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
        emit pageCreated(id, t.page);
    }
    return t.page;
}

void MainWindow::discardBuiltPages()
{
    const int current = m_stack->currentIndex();
    m_undoGroup->setActiveStack(nullptr);
    for (size_t i = 0; i < m_topics.size(); ++i) {
        Topic &t = m_topics[i];
        if (!t.page)
            continue;
        QWidget *old = m_stack->widget(int(i));
        m_stack->removeWidget(old);
        m_stack->insertWidget(int(i), new QWidget);
        old->hide();
        old->deleteLater(); // takes the page, its undo stack and its models with it
        t.page = nullptr;
    }
    m_stack->setCurrentIndex(current);
}

QWidget *MainWindow::builtPage(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : m_topics[size_t(i)].page;
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
    emit closing();
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
           "<tr><td><b>← / → , 1–9, T / F, Enter</b></td><td>quiz: previous / next question, choose, submit</td></tr>"
           "<tr><td><b>Ctrl+= / Ctrl+− / Ctrl+0</b></td><td>zoom the interface in / out / back to 100%</td></tr>"
           "<tr><td><b>F11</b></td><td>full screen</td></tr>"
           "<tr><td><b>Ctrl+L / Ctrl+Shift+L</b></td><td>lecture mode / clean mode</td></tr>"
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
