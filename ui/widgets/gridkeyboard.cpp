#include "gridkeyboard.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QChildEvent>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QPointer>

namespace {

// Watches the view's viewport for cell editors and sees their Tab keys before the delegate does
// (the filter installed last runs first).
class TabLeaveFilter : public QObject
{
public:
    explicit TabLeaveFilter(QAbstractItemView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildAdded && watched == m_view->viewport()) {
            QObject *child = static_cast<QChildEvent *>(event)->child();
            // The view installs the delegate's filter on a new editor after this; install ours
            // once that is done so that ours runs first (the filter installed last runs first).
            if (child->isWidgetType())
                QMetaObject::invokeMethod(
                    this, [this, editor = QPointer<QObject>(child)] {
                        if (editor)
                            editor->installEventFilter(this);
                    },
                    Qt::QueuedConnection);
            return false;
        }
        if (event->type() != QEvent::KeyPress || watched == m_view->viewport())
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        const bool backward = key->key() == Qt::Key_Backtab
            || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (!forward && !backward)
            return false;
        const QAbstractItemModel *model = m_view->model();
        const QModelIndex current = m_view->currentIndex();
        if (!model || !current.isValid())
            return false;
        const bool atEnd = forward && current.row() == model->rowCount(current.parent()) - 1
            && current.column() == model->columnCount(current.parent()) - 1;
        const bool atStart = backward && current.row() == 0 && current.column() == 0;
        if (!atEnd && !atStart)
            return false;
        auto *editor = qobject_cast<QWidget *>(watched);
        if (QAbstractItemDelegate *delegate = m_view->itemDelegateForIndex(current)) {
            emit delegate->commitData(editor);
            emit delegate->closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
        // The view has the focus again and no longer takes Tab itself: pass it on.
        QKeyEvent again(QEvent::KeyPress, forward ? Qt::Key_Tab : Qt::Key_Backtab,
                        forward ? Qt::NoModifier : Qt::ShiftModifier);
        QCoreApplication::sendEvent(m_view, &again);
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

namespace gridkeyboard {

void letTabLeave(QAbstractItemView *view)
{
    view->setTabKeyNavigation(false);
    static const char *const kInstalled = "dltTabLeaves";
    if (!view->property(kInstalled).toBool()) {
        view->setProperty(kInstalled, true);
        new TabLeaveFilter(view);
    }
}

} // namespace gridkeyboard
