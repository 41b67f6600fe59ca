#include "exportdialog.h"

#include "widgets/graphrender.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

ExportDialog::ExportDialog(Target target, QWidget *parent)
    : QDialog(parent)
    , m_target(target)
    , m_scale(new QDoubleSpinBox)
    , m_background(new QComboBox)
    , m_light(new QCheckBox(tr("Use the &light theme")))
    , m_path(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(target == Target::File ? tr("Export as PNG") : tr("Export every step as PNG"));

    m_scale->setObjectName(QStringLiteral("exportScale"));
    m_scale->setRange(kMinExportScale, kMaxExportScale);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(QStringLiteral("\u00d7"));
    m_scale->setAccessibleName(tr("Scale"));
    m_scale->setToolTip(tr("Pixels per point: 1× as on screen, 2× or more for projectors and print"));

    m_background->setObjectName(QStringLiteral("exportBackground"));
    m_background->addItem(tr("White"), false);
    m_background->addItem(tr("Transparent"), true);
    m_background->setAccessibleName(tr("Background"));
    m_background->setToolTip(tr("White, or transparent to lay the image over a slide's own background"));

    m_light->setObjectName(QStringLiteral("exportLightTheme"));
    m_light->setAccessibleName(tr("Use the light theme"));
    m_light->setToolTip(tr("Draw with the light colours even when the window uses a dark or high-contrast theme"));

    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(target == Target::File ? tr("File") : tr("Folder"));
    m_path->setToolTip(target == Target::File ? tr("The PNG file to write")
                                              : tr("The folder that receives step-001.png, step-002.png, …"));
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    m_browse->setAccessibleName(tr("Browse"));
    m_browse->setToolTip(target == Target::File ? tr("Choose the file") : tr("Choose the folder"));
    m_buttons->setObjectName(QStringLiteral("exportButtons"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("Back&ground:"), m_background);
    form->addRow(QString(), m_light);
    form->addRow(target == Target::File ? tr("&File:") : tr("&Folder:"), pathRow);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateOk);
    updateOk();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.scale = m_scale->value();
    o.transparent = m_background->currentData().toBool();
    o.lightTheme = m_light->isChecked();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    m_scale->setValue(options.scale);
    m_background->setCurrentIndex(options.transparent ? 1 : 0);
    m_light->setChecked(options.lightTheme);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    QString chosen;
    if (m_target == Target::File) {
        chosen = QFileDialog::getSaveFileName(this, tr("Export as PNG"), path(), tr("PNG images (*.png)"));
        if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
            chosen += QStringLiteral(".png");
    } else {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the steps"), path());
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}
