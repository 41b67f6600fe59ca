#pragma once

#include "exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;

/**
 * The small dialog behind File → Export…: scale 1×–4×, white or transparent background,
 * "use the light theme", and the file (or, for all steps, the folder) to write.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Target { File, Folder };

    explicit ExportDialog(Target target, QWidget *parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    QString path() const;
    void setPath(const QString &path);
    Target target() const { return m_target; }

private:
    void browse();
    void updateOk();

    Target m_target;
    QDoubleSpinBox *m_scale;
    QComboBox *m_background;
    QCheckBox *m_light;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QDialogButtonBox *m_buttons;
};
