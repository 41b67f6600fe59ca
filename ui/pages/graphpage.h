#pragma once

#include <QString>
#include <QWidget>

#include <string>

class GraphControls;
class GraphDocument;
class GraphScene;
class GraphSidePanel;
class GraphView;
class QLabel;
class QUndoStack;
class StepControls;
struct GraphOptions;

/**
 * "RNN computational graph": the folded cell with its delay loop or the graph unrolled for τ
 * steps, with shared parameters as single nodes. Clicking a parameter highlights its uses and
 * every path from each L(t) back to it; backward mode steps BPTT from L(τ) back to t = 1 and
 * sums the per-step gradients; "weights not shared" draws copies W(1), W(2), … and shows with
 * numbers how one step pulls them apart. RNN, LSTM and GRU cells; Save as PNG at 1×–4×.
 */
class GraphPage : public QWidget
{
    Q_OBJECT

public:
    explicit GraphPage(QWidget *parent = nullptr);

    GraphDocument *document() const { return m_document; }
    GraphScene *scene() const { return m_scene; }
    GraphView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }

    bool backwardMode() const { return m_backward; }
    /** Turns backward (BPTT) stepping on or off as the Backward check box does (only in the unrolled view). */
    void setBackwardMode(bool on) { setBackward(on); }
    /** The backward stage 1..τ (stage k handles t = τ − k + 1). */
    int stage() const;

    /** Saves the whole graph as PNG at scale 1–4; on failure shows the reason in place and returns false. */
    bool savePng(const QString &path, int scale);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void onDocumentChanged();
    void pushOptions(const GraphOptions &options, const QString &text, int field);
    void selectNode(int node);
    void setBackward(bool on);
    void onStage(int stage);
    void showActiveStep();
    void updateStageLabel();
    bool handleStepKey(int key);
    void updateNotes();
    void chooseSaveFile();
    void showStatus(const QString &text, bool error);

    GraphDocument *m_document;
    QUndoStack *m_undo;
    GraphControls *m_controls;
    GraphScene *m_scene;
    GraphView *m_view;
    GraphSidePanel *m_side;
    QWidget *m_backwardBar;
    StepControls *m_steps;
    QLabel *m_stageLabel;
    QLabel *m_status;
    bool m_backward = false;
    std::string m_selectedSymbol;
    int m_selectedStep = 0;
    QString m_lastStructure;
};
