#include "gradientinputs.h"
#include "gridkeyboard.h"

#include "models/weightmatrixmodel.h"
#include "theme/themecolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using dlt::rnn::Activation;
using Field = GradientDocument::VectorField;

namespace {

QLabel *makeErrorLabel(const QString &objectName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setWordWrap(true);
    theme::setStyleSheetColor(l, theme::TextRole::Error);
    l->setAccessibleName(QObject::tr("Input error"));
    l->hide();
    return l;
}

} // namespace

GradientInputs::GradientInputs(GradientDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new WeightMatrixModel(document, this))
{
    setObjectName(QStringLiteral("gradientInputs"));

    m_size = new QSpinBox;
    m_size->setObjectName(QStringLiteral("sizeSpin"));
    m_size->setRange(1, 8);
    m_size->setAccessibleName(tr("Hidden size n"));
    m_size->setToolTip(tr("Size n of the hidden state; W_hh is n×n (1 to 8 to edit by hand)"));

    m_matrix = new QTableView;
    m_matrix->setObjectName(QStringLiteral("whhTable"));
    m_matrix->setModel(m_model);
    gridkeyboard::letTabLeave(m_matrix);
    m_matrix->setAccessibleName(tr("W_hh entries"));
    m_matrix->setToolTip(tr("The recurrent matrix W_hh: type a number into a cell (Enter to confirm)"));
    m_matrix->setAccessibleDescription(m_matrix->toolTip());
    m_matrix->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                              | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Tall enough for its rows (up to 8) and no taller; larger matrices scroll.
    m_matrix->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_matrix->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_matrix->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_matrixError = makeErrorLabel(QStringLiteral("whhError"));

    m_activation = new QComboBox;
    m_activation->setObjectName(QStringLiteral("activationCombo"));
    m_activation->setAccessibleName(tr("Activation"));
    m_activation->setToolTip(tr("The non-linearity φ between hidden states; γ = max|φ'|"));
    m_activation->addItem(tr("sigmoid (γ = 1/4)"), int(Activation::Sigmoid));
    m_activation->addItem(tr("tanh (γ = 1)"), int(Activation::Tanh));
    m_activation->addItem(tr("ReLU (γ = 1)"), int(Activation::Relu));
    m_activation->addItem(tr("linear (γ = 1)"), int(Activation::Linear));

    m_steps = new QSpinBox;
    m_steps->setObjectName(QStringLiteral("stepsSpin"));
    m_steps->setRange(0, int(dlt::rnn::kMaxSteps));
    m_steps->setKeyboardTracking(false);
    m_steps->setAccessibleName(tr("Number of steps T"));
    m_steps->setToolTip(tr("How many steps T to run forward and back-propagate (0 to 10 000)"));

    const struct {
        Field field;
        const char *name;
        QString placeholder;
        QString tip;
    } vectors[] = {
        {Field::Bias, "biasEdit", tr("0 … 0 (default)"), tr("The bias b added at every step: n numbers, or empty for zeros")},
        {Field::H0, "h0Edit", tr("0 … 0 (default)"), tr("The initial state h₀: n numbers, or empty for zeros")},
        {Field::LossGrad, "lossGradEdit", tr("1/√n each (default)"),
         tr("The loss gradient l = ∂L/∂h_T where back-propagation starts: n numbers, or empty for 1/√n each")},
    };
    for (const auto &v : vectors) {
        QLineEdit *&e = edit(v.field);
        e = new QLineEdit;
        e->setObjectName(QString::fromLatin1(v.name));
        e->setPlaceholderText(v.placeholder);
        e->setToolTip(v.tip);
        e->setClearButtonEnabled(true);
        errorLabel(v.field) = makeErrorLabel(QString::fromLatin1(v.name).replace(QLatin1String("Edit"), QLatin1String("Error")));
        const Field field = v.field;
        connect(e, &QLineEdit::editingFinished, this, [this, field] {
            m_document->changeVector(field, edit(field)->text().trimmed());
        });
    }
    edit(Field::Bias)->setAccessibleName(tr("Bias b"));
    edit(Field::H0)->setAccessibleName(tr("Initial state h0"));
    edit(Field::LossGrad)->setAccessibleName(tr("Loss gradient l"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Size &n"), m_size);
    auto *matrixLabel = new QLabel(tr("&W_hh"));
    matrixLabel->setBuddy(m_matrix);
    form->addRow(matrixLabel, m_matrix);
    form->addRow(QString(), m_matrixError);
    form->addRow(tr("&Activation φ"), m_activation);
    form->addRow(tr("&Steps T"), m_steps);
    form->addRow(tr("&b (bias)"), edit(Field::Bias));
    form->addRow(QString(), errorLabel(Field::Bias));
    form->addRow(tr("h&0 (start)"), edit(Field::H0));
    form->addRow(QString(), errorLabel(Field::H0));
    form->addRow(tr("loss &gradient l"), edit(Field::LossGrad));
    form->addRow(QString(), errorLabel(Field::LossGrad));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_size, &QSpinBox::valueChanged, this, [this](int n) { m_document->changeSize(n); });
    connect(m_activation, &QComboBox::activated, this,
            [this] { m_document->changeActivation(Activation(m_activation->currentData().toInt())); });
    connect(m_steps, &QSpinBox::valueChanged, this, [this](int t) { m_document->changeSteps(t); });
    connect(m_model, &WeightMatrixModel::invalidInput, this, [this](int row, int column, const QString &text) {
        setMatrixError(tr("Row %1, column %2: '%3' is not a number; the cell keeps its value.")
                           .arg(row + 1)
                           .arg(column + 1)
                           .arg(text));
    });
    connect(m_document, &GradientDocument::changed, this, &GradientInputs::syncFromDocument);
    syncFromDocument();
}

QLineEdit *&GradientInputs::edit(Field field)
{
    return m_edits[int(field)];
}

QLabel *&GradientInputs::errorLabel(Field field)
{
    return m_errors[int(field)];
}

void GradientInputs::syncFromDocument()
{
    const GradientState &s = m_document->state();
    {
        const QSignalBlocker block(m_size);
        m_size->setRange(1, std::max(8, m_document->size()));
        m_size->setValue(m_document->size());
    }
    {
        const QSignalBlocker block(m_activation);
        m_activation->setCurrentIndex(m_activation->findData(int(s.activation)));
    }
    {
        const QSignalBlocker block(m_steps);
        m_steps->setValue(int(s.steps));
    }
    for (Field f : {Field::Bias, Field::H0, Field::LossGrad}) {
        QLineEdit *e = edit(f);
        if (e->text().trimmed() != m_document->vectorText(f)) {
            const QSignalBlocker block(e);
            e->setText(m_document->vectorText(f));
        }
    }
    fitMatrixHeight();
}

void GradientInputs::fitMatrixHeight()
{
    const bool large = m_document->size() > 8;
    QHeaderView *header = m_matrix->horizontalHeader();
    if (large) {
        // Too many columns to stretch: fixed readable widths and a horizontal scroll bar.
        header->setSectionResizeMode(QHeaderView::Interactive);
        const int width = m_matrix->fontMetrics().horizontalAdvance(QStringLiteral("\u22120.00000")) + 14;
        for (int c = 0; c < header->count(); ++c)
            header->resizeSection(c, width);
    } else {
        header->setSectionResizeMode(QHeaderView::Stretch);
    }
    const int rows = std::min(m_document->size(), 8);
    const int height = m_matrix->horizontalHeader()->sizeHint().height() + rows * m_matrix->verticalHeader()->defaultSectionSize()
                       + 2 * m_matrix->frameWidth() + (large ? m_matrix->horizontalScrollBar()->sizeHint().height() : 0);
    m_matrix->setFixedHeight(height);
}

void GradientInputs::setVectorError(Field field, const QString &text)
{
    QLabel *l = errorLabel(field);
    l->setText(text);
    l->setVisible(!text.isEmpty());
    theme::setStyleSheetColor(edit(field), theme::TextRole::Error, text.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid %1; }"));
}

void GradientInputs::setMatrixError(const QString &text)
{
    m_matrixError->setText(text);
    m_matrixError->setVisible(!text.isEmpty());
}

void GradientInputs::clearErrors()
{
    for (Field f : {Field::Bias, Field::H0, Field::LossGrad})
        setVectorError(f, QString());
    setMatrixError(QString());
}
