#pragma once

#include <QMainWindow>
#include <QString>

#include <functional>
#include <vector>

class QListWidget;
class QStackedWidget;
class QMenu;
class QUndoGroup;

/**
 * The application window: a topic list on the left and the current topic's page.
 * Pages are registered with a factory and built the first time they are shown,
 * so start-up pays only for the visible page. A page that owns a QUndoStack (as a
 * child object) gets the Edit menu's Undo/Redo while it is current.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    using PageFactory = std::function<QWidget *()>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Registers a topic; its page is built lazily by factory. Ids are stable ("conv", "vgg", ...). */
    void addTopic(const QString &id, const QString &title, const QString &toolTip, PageFactory factory);

    /**
     * Adds a File-menu entry that shows topic id and triggers the page's QAction named
     * actionObjectName (for example the quiz page's "Open question bank…").
     */
    void addFileAction(const QString &id, const QString &actionObjectName, const QString &text);

    /** Shows the topic with this id, building its page if needed. Returns false for an unknown id. */
    bool showTopic(const QString &id);

    QString currentTopic() const;
    QStringList topicIds() const;

    /** The page for id, building it if needed; nullptr for an unknown id. */
    QWidget *page(const QString &id);

    /** Restores geometry and the last topic from QSettings. */
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Topic {
        QString id;
        QString title;
        PageFactory factory;
        QWidget *page = nullptr;
    };

    void createMenus();
    void onTopicRowChanged(int row);
    void saveSettings() const;
    void showShortcuts();
    void showAbout();
    int indexOf(const QString &id) const;

    QListWidget *m_topicList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_topicMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    std::vector<Topic> m_topics;
};
