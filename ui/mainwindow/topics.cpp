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
    window.addTopic(QStringLiteral("conv"), MainWindow::tr("Convolution"),
                    MainWindow::tr("Compute a convolution with a given filter, step by step"),
                    [] { return new ConvolutionPage; });
    window.addTopic(QStringLiteral("vgg"), MainWindow::tr("VGG layer sizes"),
                    MainWindow::tr("Work out every layer's size, parameters and MACs in the six VGG configurations"),
                    [] { return new ArchitecturePage; });
    window.addTopic(QStringLiteral("rnn"), MainWindow::tr("Vanishing/exploding gradients"),
                    MainWindow::tr("Choose W_hh and watch the back-propagated gradient norm vanish or explode"),
                    [] { return new GradientPage; });
    window.addTopic(QStringLiteral("quiz"), MainWindow::tr("Quiz and mock midterm"),
                    MainWindow::tr("T/F and multiple-choice questions with explanations, your own bank, a mock midterm"),
                    [] { return new QuizPage; });
    window.addTopic(QStringLiteral("graph"), MainWindow::tr("RNN computational graph"),
                    MainWindow::tr("The RNN cell's graph folded and unrolled: shared weights and BPTT step by step"),
                    [] { return new GraphPage; });
    window.addFileAction(QStringLiteral("quiz"), QStringLiteral("actionOpenQuestionBank"),
                         MainWindow::tr("Open &question bank…"));
}
