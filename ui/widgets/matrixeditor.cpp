#include "matrixeditor.h"
#include "text/numbertext.h"

#include "conv/conv.h"
#include "matrixgrid.h"
#include "models/matrixmodel.h"
#include "text/errortext.h"
#include "theme/themecolors.h"
#include "theme/scaledfont.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

MatrixEditor::MatrixEditor(QWidget *parent)
    : QWidget(parent)
    , m_grid(new MatrixGrid)
    , m_title(new QLabel)
    , m_channelLabel(new QLabel(tr("Channel")))
    , m_channel(new QSpinBox)
    , m_message(new QLabel)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    theme::setRelativeFont(m_title, 1.25); // follows the interface zoom
    m_title->setTextFormat(Qt::PlainText);

    m_channel->setMinimum(1);
    m_channel->setAccessibleName(tr("Channel shown"));
    m_channel->setToolTip(tr("Which channel of the volume to show and edit"));
    m_channelLabel->setBuddy(m_channel);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    theme::setStyleSheetColor(m_message, theme::TextRole::Error, QStringLiteral("color: %1; font-weight: bold;"));
    m_message->setAccessibleName(tr("Problem"));
    m_message->hide();

    auto *head = new QHBoxLayout;
    head->addWidget(m_title);
    head->addStretch(1);
    head->addWidget(m_channelLabel);
    head->addWidget(m_channel);

    auto *buttons = new QGridLayout;
    buttons->setSpacing(4);
    buttons->addWidget(makeButton(tr("+ Row"), tr("Insert a row of zeros below the current cell"), QStringLiteral("InsertRow")), 0, 0);
    buttons->addWidget(makeButton(tr("− Row"), tr("Remove the current cell's row"), QStringLiteral("RemoveRow")), 0, 1);
    buttons->addWidget(makeButton(tr("+ Col"), tr("Insert a column of zeros right of the current cell"), QStringLiteral("InsertColumn")), 0, 2);
    buttons->addWidget(makeButton(tr("− Col"), tr("Remove the current cell's column"), QStringLiteral("RemoveColumn")), 0, 3);
    buttons->addWidget(makeButton(tr("Paste"), tr("Paste numbers from the clipboard (Ctrl+V): rows on lines, values separated by tabs, spaces or commas; a blank line starts the next channel"), QStringLiteral("Paste")), 1, 0);
    buttons->addWidget(makeButton(tr("Random"), tr("Fill with random whole numbers"), QStringLiteral("Random")), 1, 1);
    QToolButton *channels = makeButton(tr("Channels"), tr("Add or remove channels of the volume"), QStringLiteral("Channels"));
    channels->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(channels);
    m_addChannel = menu->addAction(tr("Add a channel (copy of the one shown)"), this, &MatrixEditor::addChannel);
    m_addChannel->setObjectName(QStringLiteral("actionAddChannel"));
    m_removeChannel = menu->addAction(tr("Remove the channel shown"), this, &MatrixEditor::removeChannel);
    m_removeChannel->setObjectName(QStringLiteral("actionRemoveChannel"));
    channels->setMenu(menu);
    buttons->addWidget(channels, 1, 2, 1, 2);

    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(6);
    m_layout->addLayout(head);
    m_layout->addWidget(m_grid, 0, Qt::AlignLeft | Qt::AlignTop);
    m_layout->addLayout(buttons);
    m_layout->addWidget(m_message);
    m_layout->addStretch(1);

    connect(m_channel, &QSpinBox::valueChanged, this, [this](int shown) {
        if (m_model)
            m_model->setChannel(shown - 1);
    });
    connect(m_grid, &MatrixGrid::pasteRequested, this, &MatrixEditor::paste);
}

QToolButton *MatrixEditor::makeButton(const QString &text, const QString &tip, const QString &name)
{
    auto *b = new QToolButton;
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(text);
    b->setAccessibleDescription(tip);
    b->setObjectName(name); // prefixed in setModel()
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_buttons << b;
    if (name == QLatin1String("InsertRow"))
        connect(b, &QToolButton::clicked, this, &MatrixEditor::insertRow);
    else if (name == QLatin1String("RemoveRow"))
        connect(b, &QToolButton::clicked, this, &MatrixEditor::removeRow);
    else if (name == QLatin1String("InsertColumn"))
        connect(b, &QToolButton::clicked, this, &MatrixEditor::insertColumn);
    else if (name == QLatin1String("RemoveColumn"))
        connect(b, &QToolButton::clicked, this, &MatrixEditor::removeColumn);
    else if (name == QLatin1String("Paste"))
        connect(b, &QToolButton::clicked, this, &MatrixEditor::paste);
    else if (name == QLatin1String("Random"))
        connect(b, &QToolButton::clicked, this, &MatrixEditor::fillRandom);
    return b;
}

void MatrixEditor::setModel(MatrixModel *model, const QString &objectPrefix)
{
    m_model = model;
    m_grid->setMatrixModel(model);
    setObjectName(objectPrefix + QStringLiteral("Editor"));
    m_grid->setObjectName(objectPrefix + QStringLiteral("Grid"));
    m_grid->setAccessibleName(tr("%1 matrix").arg(model->name()));
    m_grid->setToolTip(tr("%1: type to edit a cell; Ctrl+V pastes a whole matrix; Esc returns the arrow keys to stepping")
                           .arg(model->name()));
    m_grid->setAccessibleDescription(m_grid->toolTip());
    m_channel->setObjectName(objectPrefix + QStringLiteral("Channel"));
    m_message->setObjectName(objectPrefix + QStringLiteral("Message"));
    m_title->setObjectName(objectPrefix + QStringLiteral("Title"));
    for (QToolButton *b : m_buttons)
        if (!b->objectName().startsWith(objectPrefix))
            b->setObjectName(objectPrefix + b->objectName());
    connect(model, &MatrixModel::contentChanged, this, [this] {
        m_pasteError.clear();
        refresh();
    });
    connect(model, &QAbstractItemModel::modelReset, this, &MatrixEditor::refresh);
    connect(model, &MatrixModel::channelChanged, this, &MatrixEditor::refresh);
    refresh();
}

void MatrixEditor::addHeaderWidget(QWidget *widget)
{
    m_layout->insertWidget(m_layout->indexOf(m_grid), widget);
}

void MatrixEditor::setRandomRange(int lo, int hi)
{
    m_randomLo = std::min(lo, hi);
    m_randomHi = std::max(lo, hi);
}

QString MatrixEditor::message() const
{
    return m_message->text();
}

void MatrixEditor::refresh()
{
    if (!m_model)
        return;
    const int channels = m_model->channelCount();
    QString title = tr("%1  %2×%3").arg(m_model->name()).arg(m_model->matrixRows()).arg(m_model->matrixCols());
    if (channels > 1)
        title += tr("×%1").arg(channels);
    m_title->setText(title);
    m_title->setAccessibleName(title);
    {
        const QSignalBlocker block(m_channel);
        m_channel->setMaximum(std::max(1, channels));
        m_channel->setValue(m_model->channel() + 1);
        m_channel->setSuffix(tr(" of %1").arg(channels));
    }
    m_channel->setVisible(channels > 1);
    m_removeChannel->setEnabled(channels > 1);
    m_addChannel->setEnabled(channels < dlt::conv::kMaxChannels);
    m_channelLabel->setVisible(channels > 1);

    const QString problem = !m_pasteError.isEmpty() ? m_pasteError : m_model->firstProblem();
    m_message->setText(problem.isEmpty() ? QString() : QStringLiteral("\u26a0 ") + problem);
    m_message->setVisible(!problem.isEmpty());
}

int MatrixEditor::currentLine(Qt::Orientation orientation) const
{
    const QModelIndex current = m_grid->currentIndex();
    const int n = orientation == Qt::Vertical ? m_model->matrixRows() : m_model->matrixCols();
    if (!current.isValid())
        return n - 1;
    const MatrixCell cell = m_model->cellOf(current);
    return std::clamp(orientation == Qt::Vertical ? cell.row : cell.col, 0, n - 1);
}

void MatrixEditor::insertRow()
{
    if (m_model)
        m_model->insertLines(Qt::Vertical, currentLine(Qt::Vertical) + 1);
}

void MatrixEditor::removeRow()
{
    if (m_model)
        m_model->removeLines(Qt::Vertical, currentLine(Qt::Vertical));
}

void MatrixEditor::insertColumn()
{
    if (m_model)
        m_model->insertLines(Qt::Horizontal, currentLine(Qt::Horizontal) + 1);
}

void MatrixEditor::removeColumn()
{
    if (m_model)
        m_model->removeLines(Qt::Horizontal, currentLine(Qt::Horizontal));
}

void MatrixEditor::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void MatrixEditor::pasteText(const QString &text)
{
    if (!m_model)
        return;
    dlt::MatrixLimits limits;
    limits.maxRows = limits.maxCols = MatrixModel::kMaxSide;
    auto parsed = dlt::parseVolume(text.toStdString(), limits, numbertext::parseOptions());
    if (!parsed) {
        m_pasteError = tr("Paste: %1").arg(errorText(parsed.error()));
        refresh();
        return;
    }
    const QModelIndex current = m_grid->currentIndex();
    const dlt::Volume &v = *parsed;
    if (v.size() == 1 && v.front().size() == 1 && current.isValid() && (m_model->flags(current) & Qt::ItemIsEditable)) {
        m_model->setData(current, QString::fromStdString(dlt::formatNumber(v.front()(0, 0))));
        return;
    }
    m_model->replaceContent(MatrixContent{v, {}}, tr("paste into %1").arg(m_model->name()));
}

void MatrixEditor::fillRandom()
{
    if (!m_model || m_model->volume().empty())
        return;
    MatrixContent content;
    for (int c = 0; c < m_model->channelCount(); ++c)
        content.volume.push_back(dlt::conv::randomIntegers(m_model->matrixRows(), m_model->matrixCols(), m_randomLo,
                                                           m_randomHi, QRandomGenerator::global()->generate64()));
    m_model->replaceContent(content, tr("fill %1 with random numbers").arg(m_model->name()));
}

void MatrixEditor::addChannel()
{
    if (!m_model || m_model->volume().empty() || m_model->channelCount() >= dlt::conv::kMaxChannels)
        return;
    MatrixContent content = m_model->content();
    const int shown = m_model->channel();
    content.volume.push_back(content.volume[size_t(shown)]);
    const int added = m_model->channelCount();
    for (const auto &[k, text] : m_model->content().invalidText)
        if (k[0] == shown)
            content.invalidText[{added, k[1], k[2]}] = text;
    m_model->replaceContent(content, tr("add a channel to %1").arg(m_model->name()));
    m_model->setChannel(added);
}

void MatrixEditor::removeChannel()
{
    if (!m_model || m_model->channelCount() < 2)
        return;
    MatrixContent content = m_model->content();
    const int shown = m_model->channel();
    content.volume.erase(content.volume.begin() + shown);
    content.invalidText.clear();
    for (const auto &[k, text] : m_model->content().invalidText)
        if (k[0] != shown)
            content.invalidText[{k[0] > shown ? k[0] - 1 : k[0], k[1], k[2]}] = text;
    m_model->replaceContent(content, tr("remove channel %1 of %2").arg(shown + 1).arg(m_model->name()));
}
