#pragma once

#include <QString>
#include <QStringList>

#include <vector>

/** A matrix on a worksheet: a caption over rows of cell texts; muted cells (padding) are drawn grey. */
struct SheetMatrix {
    QString caption;
    std::vector<QStringList> rows;
    std::vector<std::vector<bool>> muted; ///< same shape as rows, or empty
};

/** One block of a worksheet, laid out top to bottom; consecutive Step blocks flow into columns. */
struct SheetBlock {
    enum class Kind {
        Heading,  ///< lines[0] as a section heading
        Lines,    ///< each line as a paragraph
        Matrices, ///< matrices side by side
        Step,     ///< lines[0] a small heading, lines[1] the arithmetic
    };
    Kind kind = Kind::Lines;
    QStringList lines;
    std::vector<SheetMatrix> matrices;
};

/** A textbook-style worked solution: a title and blocks. Painted by paintWorksheet(). */
struct Worksheet {
    QString title;
    std::vector<SheetBlock> blocks;

    /** Everything the sheet says as text: the title, each line, and each matrix's caption and tab-separated rows. */
    QString plainText() const;
    /** The number of Step blocks. */
    int stepCount() const;
};
