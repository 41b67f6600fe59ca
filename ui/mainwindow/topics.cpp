#include "topics.h"

#include "mainwindow.h"
#include "pages/convolutionpage.h"
#include "pages/architecturepage.h"
#include "pages/graphpage.h"
#include "pages/gradientpage.h"
#include "pages/quizpage.h"

// Each topic's page header and one addTopic() line per page.

void registerTopics(MainWindow &window)
{
    window.addTopic(QStringLiteral("conv"), QT_TRANSLATE_NOOP("MainWindow", "Convolution"),
                    QT_TRANSLATE_NOOP("MainWindow", "Compute a convolution with a given filter, step by step"),
                    [] { return new ConvolutionPage; });
    window.addTopic(QStringLiteral("vgg"), QT_TRANSLATE_NOOP("MainWindow", "VGG layer sizes"),
                    QT_TRANSLATE_NOOP("MainWindow", "Work out every layer's size, parameters and MACs in the six VGG configurations"),
                    [] { return new ArchitecturePage; });
    window.addTopic(QStringLiteral("rnn"), QT_TRANSLATE_NOOP("MainWindow", "Vanishing/exploding gradients"),
                    QT_TRANSLATE_NOOP("MainWindow", "Choose W_hh and watch the back-propagated gradient norm vanish or explode"),
                    [] { return new GradientPage; });
    window.addTopic(QStringLiteral("quiz"), QT_TRANSLATE_NOOP("MainWindow", "Quiz and mock midterm"),
                    QT_TRANSLATE_NOOP("MainWindow", "T/F and multiple-choice questions with explanations, your own bank, a mock midterm"),
                    [] { return new QuizPage; });
    window.addTopic(QStringLiteral("graph"), QT_TRANSLATE_NOOP("MainWindow", "RNN computational graph"),
                    QT_TRANSLATE_NOOP("MainWindow", "The RNN cell's graph folded and unrolled: shared weights and BPTT step by step"),
                    [] { return new GraphPage; });
    window.addFileAction(QStringLiteral("quiz"), QStringLiteral("actionOpenQuestionBank"),
                         QT_TRANSLATE_NOOP("MainWindow", "Open &question bank…"));
}
