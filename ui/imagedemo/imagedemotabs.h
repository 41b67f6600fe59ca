#pragma once

class ConvolutionDocument;
class QTabWidget;
class QWidget;

namespace imagedemo {

/**
 * Puts the convolution page's step-through content and an ImageDemoPanel over the same
 * document into two tabs ("Step through", "Image demo"); the tab widget is named "convTabs".
 */
QTabWidget *withImageTab(QWidget *stepThrough, ConvolutionDocument *document);

} // namespace imagedemo
