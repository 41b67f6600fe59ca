<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchitectureCellDelegate</name>
    <message>
        <source>H×W×D, e.g. 112x112x64</source>
        <translation>高×宽×深，例如 112x112x64</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>一个整数</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>layer, e.g. C3D64, M, FC10</source>
        <translation>层，例如 C3D64、M、FC10</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Type %1 and press Enter; Esc cancels</source>
        <translation>输入%1后按 Enter；按 Esc 取消</translation>
    </message>
</context>
<context>
    <name>ArchitectureColumnEditor</name>
    <message>
        <source>Add custom column</source>
        <translation>添加自定义列</translation>
    </message>
    <message>
        <source>Add an editable column, starting as a copy of the current column</source>
        <translation>添加一个可编辑的列，初始内容复制自当前列</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>删除列</translation>
    </message>
    <message>
        <source>Remove the current custom column</source>
        <translation>删除当前的自定义列</translation>
    </message>
    <message>
        <source>Insert layer</source>
        <translation>插入层</translation>
    </message>
    <message>
        <source>Insert a copy of the selected layer above it, then type over it</source>
        <translation>在所选层上方插入它的副本，然后直接改写</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Delete the selected layer</source>
        <translation>删除所选层</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected layer one place up</source>
        <translation>将所选层上移一位</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected layer one place down</source>
        <translation>将所选层下移一位</translation>
    </message>
    <message>
        <source>Layers: </source>
        <translation>层：</translation>
    </message>
    <message>
        <source>Custom column layers as text</source>
        <translation>自定义列的层（文本形式）</translation>
    </message>
    <message>
        <source>The custom column in the notation, e.g. C3D32 C3D32 M C3D64 M FC10 S; press Enter to apply</source>
        <translation>用记法表示的自定义列，例如 C3D32 C3D32 M C3D64 M FC10 S；按 Enter 应用</translation>
    </message>
    <message>
        <source>select a custom column to edit it as text</source>
        <translation>选择一个自定义列，即可以文本形式编辑</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Replace the custom column&apos;s layers with the text</source>
        <translation>用文本替换自定义列中的层</translation>
    </message>
    <message>
        <source>Custom column problem</source>
        <translation>自定义列有误</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 layers: </source>
        <translation>%1 的层：</translation>
    </message>
</context>
<context>
    <name>ArchitectureControls</name>
    <message>
        <source>&amp;Input size: </source>
        <translation>输入尺寸(&amp;I)：</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入尺寸</translation>
    </message>
    <message>
        <source>The input volume as height×width×channels, e.g. 224x224x3 or 32x32x3. Every column refills as you type.</source>
        <translation>输入数据体，格式为 高×宽×通道数，例如 224x224x3 或 32x32x3。输入时每一列都会随之更新。</translation>
    </message>
    <message>
        <source>Show: </source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>输出尺寸</translation>
    </message>
    <message>
        <source>Each cell shows the layer&apos;s output H×W×D</source>
        <translation>每个单元格显示该层的输出 高×宽×深</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Each cell shows the layer&apos;s weights + biases</source>
        <translation>每个单元格显示该层的权重数 + 偏置数</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>乘加次数 (MACs)</translation>
    </message>
    <message>
        <source>Each cell shows the layer&apos;s multiply-accumulates</source>
        <translation>每个单元格显示该层的乘加运算次数</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>Each cell shows the side of the input window one output unit sees</source>
        <translation>每个单元格显示一个输出单元所看到的输入窗口边长</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <source>&amp;Hide sizes (practice)</source>
        <translation>隐藏数值（练习）(&amp;H)</translation>
    </message>
    <message>
        <source>Hide sizes and practise</source>
        <translation>隐藏数值并练习</translation>
    </message>
    <message>
        <source>Blank the shown quantity in every cell; select a cell, type your answer and press Enter to have it checked</source>
        <translation>清空所有单元格中显示的数值；选择一个单元格，输入答案并按 Enter 进行检查</translation>
    </message>
    <message>
        <source>Practice score</source>
        <translation>练习得分</translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation>清除答案</translation>
    </message>
    <message>
        <source>Forget every typed answer and start again</source>
        <translation>清除所有已输入的答案，重新开始</translation>
    </message>
    <message>
        <source>Input size problem</source>
        <translation>输入尺寸有误</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 correct</source>
        <translation>已答 %1/%2，正确 %3</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <source>VGG configurations table</source>
        <translation>VGG 配置表</translation>
    </message>
    <message>
        <source>The six ConvNet configurations of Simonyan and Zisserman (2014), Table 1, one column each, rows aligned by block</source>
        <translation>Simonyan 与 Zisserman（2014）表 1 中的六种 ConvNet 配置，每种一列，各行按块对齐</translation>
    </message>
    <message>
        <source>Hover over or select a cell for its explanation; type into a custom column&apos;s cell to edit it, or into any cell in practice mode to answer</source>
        <translation>将鼠标悬停在单元格上或选中它以查看解释；在自定义列的单元格中输入可编辑该列，在练习模式下可在任意单元格中输入答案</translation>
    </message>
    <message>
        <source>Explanation of the selected cell</source>
        <translation>所选单元格的解释</translation>
    </message>
    <message>
        <source>How the hovered or selected cell&apos;s numbers are worked out</source>
        <translation>悬停或选中的单元格中的数值是如何算出的</translation>
    </message>
    <message>
        <source>&lt;b&gt;VGG layer sizes&lt;/b&gt;: the six ConvNet configurations of Simonyan &amp;amp; Zisserman (2014), Table 1. Hover over or select a cell to see how its numbers are worked out.</source>
        <translation>&lt;b&gt;VGG 各层尺寸&lt;/b&gt;：Simonyan &amp;amp; Zisserman（2014）表 1 中的六种 ConvNet 配置。将鼠标悬停在单元格上或选中它，即可查看其数值的计算过程。</translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation>自定义 %1</translation>
    </message>
    <message>
        <source>Explanation panel</source>
        <translation>解释面板</translation>
    </message>
</context>
<context>
    <name>ArchitectureTableModel</name>
    <message>
        <source>Change input size</source>
        <translation>更改输入尺寸</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · parameters&lt;/b&gt;: type the column&apos;s total, the sum over every layer.</source>
        <translation>&lt;b&gt;%1 · 参数&lt;/b&gt;：输入该列的总数，即所有层之和。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · MACs&lt;/b&gt;: type the column&apos;s total, the sum over every layer.</source>
        <translation>&lt;b&gt;%1 · 乘加次数&lt;/b&gt;：输入该列的总数，即所有层之和。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no layer here. Type a layer (for example C3D64) to insert it at this place.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：此处没有层。输入一个层（例如 C3D64）即可在此位置插入。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no layer in this row; rows are aligned by block as in the paper&apos;s table.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在这一行没有层；各行按块对齐，与论文中的表格一致。</translation>
    </message>
    <message>
        <source>1 weight layer</source>
        <translation>1 个带权重的层</translation>
    </message>
    <message>
        <source>%1 weight layers</source>
        <translation>%1 个带权重的层</translation>
    </message>
    <message>
        <source>Custom column %1: select a cell and type a layer, or edit the whole column as text.</source>
        <translation>自定义列 %1：选择一个单元格并输入层，或以文本形式编辑整列。</translation>
    </message>
    <message>
        <source>Configuration %1 of Table 1 in Simonyan &amp; Zisserman (2014)</source>
        <translation>Simonyan 与 Zisserman（2014）表 1 中的配置 %1</translation>
    </message>
    <message>
        <source>The input volume, the same for every column</source>
        <translation>输入数据体，每一列都相同</translation>
    </message>
    <message>
        <source>Block %1: convolutions (and LRN) between two max-pools</source>
        <translation>第 %1 块：两个最大池化之间的卷积层（及 LRN）</translation>
    </message>
    <message>
        <source>The max-pool that ends block %1</source>
        <translation>结束第 %1 块的最大池化</translation>
    </message>
    <message>
        <source>Fully connected layers: the volume is flattened first</source>
        <translation>全连接层：先将数据体展平</translation>
    </message>
    <message>
        <source>The soft-max that turns the scores into probabilities</source>
        <translation>softmax：把得分转换为概率</translation>
    </message>
    <message>
        <source>Total parameters (weights + biases) of each column</source>
        <translation>每列的参数总数（权重 + 偏置）</translation>
    </message>
    <message>
        <source>Total multiply-accumulates of each column for one input</source>
        <translation>每列处理一个输入所需的乘加运算总数</translation>
    </message>
    <message>
        <source>Activation memory of each column for one input, in float32</source>
        <translation>每列处理一个输入所需的激活内存（float32）</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>第 %1 块</translation>
    </message>
    <message>
        <source>max-pool</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>FC</source>
        <translation>全连接</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>乘加</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Insert layer</source>
        <translation>插入层</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>添加第 %1 列</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>删除第 %1 列</translation>
    </message>
    <message>
        <source>Edit column %1</source>
        <translation>编辑第 %1 列</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Edit layer</source>
        <translation>编辑层</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>上移层</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>下移层</translation>
    </message>
</context>
<context>
    <name>BankCommand</name>
    <message>
        <source>use the built-in question bank</source>
        <translation>使用内置题库</translation>
    </message>
    <message>
        <source>open question bank %1</source>
        <translation>打开题库 %1</translation>
    </message>
</context>
<context>
    <name>BpttSumModel</name>
    <message>
        <source>not yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <source>Stage %1 of the backward pass handles time step t = %2</source>
        <translation>反向传播的第 %1 阶段处理时间步 t = %2</translation>
    </message>
    <message>
        <source>The gradient on the edge from %1 into step %2</source>
        <translation>从 %1 指向第 %2 步的边上的梯度</translation>
    </message>
    <message>
        <source>The contributions of steps %1 … %2 added up</source>
        <translation>第 %1 … %2 步的贡献之和</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>∇%1(t) L</source>
        <translation>∇%1(t) L</translation>
    </message>
    <message>
        <source>running Σ</source>
        <translation>累计 Σ</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Cell value</source>
        <translation>单元格的值</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Chart legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Answer choices</source>
        <translation>答案选项</translation>
    </message>
    <message>
        <source>Press %1 to tick or untick this choice</source>
        <translation>按 %1 勾选或取消勾选此选项</translation>
    </message>
    <message>
        <source>Press %1 to choose this answer</source>
        <translation>按 %1 选择此答案</translation>
    </message>
</context>
<context>
    <name>CleanModeDialog</name>
    <message>
        <source>Prepare clean mode</source>
        <translation>准备简洁模式</translation>
    </message>
    <message>
        <source>Clean mode shows only the controls you keep on “%1”. Tick the groups to keep during the lecture:</source>
        <translation>简洁模式只显示你在“%1”页上保留的控件。勾选授课时要保留的控件组：</translation>
    </message>
    <message>
        <source>Keep this group visible in clean mode</source>
        <translation>在简洁模式中保持此控件组可见</translation>
    </message>
    <message>
        <source>This page has no optional controls.</source>
        <translation>此页面没有可选的控件。</translation>
    </message>
</context>
<context>
    <name>ConvExport</name>
    <message>
        <source>no such folder</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>channel %1: </source>
        <translation>通道 %1：</translation>
    </message>
    <message>
        <source>the last row</source>
        <translation>最后一行</translation>
    </message>
    <message>
        <source>the last %1 rows</source>
        <translation>最后 %1 行</translation>
    </message>
    <message>
        <source>the last column</source>
        <translation>最后一列</translation>
    </message>
    <message>
        <source>the last %1 columns</source>
        <translation>最后 %1 列</translation>
    </message>
    <message>
        <source>Remainder %1: the window never reaches %2.</source>
        <translation>余数 %1：窗口从未覆盖到%2。</translation>
    </message>
    <message>
        <source>cross-correlation (the filter is not flipped)</source>
        <translation>互相关（不翻转滤波器）</translation>
    </message>
    <message>
        <source>convolution (the filter is flipped on both axes)</source>
        <translation>卷积（在两个轴上翻转滤波器）</translation>
    </message>
    <message>
        <source>Stride %1, padding %2, dilation %3, %4</source>
        <translation>步幅 %1，填充 %2，膨胀率 %3，%4</translation>
    </message>
    <message>
        <source>%1, channel %2 (%3)</source>
        <translation>%1，通道 %2（%3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Worked solution: cross-correlation of the input with the filter</source>
        <translation>完整解答：输入与滤波器的互相关</translation>
    </message>
    <message>
        <source>Worked solution: convolution of the input with the filter</source>
        <translation>完整解答：输入与滤波器的卷积</translation>
    </message>
    <message>
        <source>1. Given</source>
        <translation>1. 已知</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Input with padding</source>
        <translation>含填充的输入</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Filter flipped</source>
        <translation>翻转后的滤波器</translation>
    </message>
    <message>
        <source>2. Output size</source>
        <translation>2. 输出尺寸</translation>
    </message>
    <message>
        <source>out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   (n input, p padding, d dilation, k filter size, s stride)</source>
        <translation>out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   （n 输入，p 填充，d 膨胀率，k 滤波器尺寸，s 步幅）</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The output is %1.</source>
        <translation>输出为 %1。</translation>
    </message>
    <message>
        <source>3. Every step (input value · filter weight, summed)</source>
        <translation>3. 每一步（输入值 · 滤波器权重，求和）</translation>
    </message>
    <message>
        <source>Step %1 of %2: output row %3, column %4</source>
        <translation>第 %1 步，共 %2 步：输出第 %3 行，第 %4 列</translation>
    </message>
    <message>
        <source>4. Output</source>
        <translation>4. 输出</translation>
    </message>
    <message>
        <source>Output (%1)</source>
        <translation>输出（%1）</translation>
    </message>
    <message>
        <source>Input with padding 00×00</source>
        <translation>含填充的输入 00×00</translation>
    </message>
    <message>
        <source>Filter 00×00</source>
        <translation>滤波器 00×00</translation>
    </message>
    <message>
        <source>Output 00×00</source>
        <translation>输出 00×00</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>没有步骤</translation>
    </message>
    <message>
        <source>Input with padding %1</source>
        <translation>含填充的输入 %1</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>输入 %1</translation>
    </message>
    <message>
        <source>, channel %1</source>
        <translation>，通道 %1</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>滤波器 %1</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>输出 %1</translation>
    </message>
    <message>
        <source>Input value · filter weight over the window, summed:</source>
        <translation>窗口内“输入值 · 滤波器权重”之和：</translation>
    </message>
    <message>
        <source>Blue border: the window (×w is the filter weight used there). Orange border: the output cell being computed. Dashed grey: zero padding. Hatched: never reached by the window.</source>
        <translation>蓝色边框：窗口（×w 为该处使用的滤波器权重）。橙色边框：正在计算的输出单元格。灰色虚线：零填充。阴影线：窗口从未覆盖到。</translation>
    </message>
</context>
<context>
    <name>ConvParameters</name>
    <message>
        <source>Stride, rows</source>
        <translation>步幅（行）</translation>
    </message>
    <message>
        <source>Stride along the rows: how far the window moves down between output rows</source>
        <translation>行方向的步幅：相邻两行输出之间窗口向下移动的距离</translation>
    </message>
    <message>
        <source>Stride, columns</source>
        <translation>步幅（列）</translation>
    </message>
    <message>
        <source>Stride along the columns: how far the window moves right between output columns</source>
        <translation>列方向的步幅：相邻两列输出之间窗口向右移动的距离</translation>
    </message>
    <message>
        <source>Padding, rows</source>
        <translation>填充（行）</translation>
    </message>
    <message>
        <source>Rows of zeros added above and below the input</source>
        <translation>在输入上方和下方补零的行数</translation>
    </message>
    <message>
        <source>Padding, columns</source>
        <translation>填充（列）</translation>
    </message>
    <message>
        <source>Columns of zeros added left and right of the input</source>
        <translation>在输入左侧和右侧补零的列数</translation>
    </message>
    <message>
        <source>Dilation, rows</source>
        <translation>膨胀（行）</translation>
    </message>
    <message>
        <source>Dilation along the rows: the gap between filter taps, 1 = no gap</source>
        <translation>行方向的膨胀率（空洞卷积）：卷积核元素之间的间隔，1 = 无间隔</translation>
    </message>
    <message>
        <source>Dilation, columns</source>
        <translation>膨胀（列）</translation>
    </message>
    <message>
        <source>Dilation along the columns: the gap between filter taps, 1 = no gap</source>
        <translation>列方向的膨胀率（空洞卷积）：卷积核元素之间的间隔，1 = 无间隔</translation>
    </message>
    <message>
        <source>Cross-correlation</source>
        <translation>互相关</translation>
    </message>
    <message>
        <source>Convolution (flipped filter)</source>
        <translation>卷积（翻转滤波器）</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Cross-correlation slides the filter as it is (what deep-learning frameworks and the exam call convolution); true convolution flips the filter on both axes first</source>
        <translation>互相关直接滑动滤波器（即深度学习框架和考试中所说的“卷积”）；真正的卷积会先在两个轴上翻转滤波器</translation>
    </message>
    <message>
        <source>rows × columns</source>
        <translation>行 × 列</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>步幅(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Padding</source>
        <translation>填充(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dilation</source>
        <translation>膨胀(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
</context>
<context>
    <name>ConvolutionDocument</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Horizontal edge (exam)</source>
        <translation>水平边缘（考题）</translation>
    </message>
    <message>
        <source>Vertical edge</source>
        <translation>垂直边缘</translation>
    </message>
    <message>
        <source>Sobel x</source>
        <translation>Sobel x</translation>
    </message>
    <message>
        <source>Sobel y</source>
        <translation>Sobel y</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>均值模糊</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>锐化</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>拉普拉斯</translation>
    </message>
    <message>
        <source>apply the %1 filter</source>
        <translation>应用“%1”滤波器</translation>
    </message>
    <message>
        <source>Stepping is off for a problem this large (more than %L1 multiplications); the output is computed directly.</source>
        <translation>问题规模过大（超过 %L1 次乘法），已关闭分步演示；直接计算输出。</translation>
    </message>
</context>
<context>
    <name>ConvolutionPage</name>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Convolution with a given filter</source>
        <translation>给定滤波器的卷积</translation>
    </message>
    <message>
        <source>Each output cell is the sum of input value × filter weight over the window. Keys: ← → step, Home / End, Space plays, Esc leaves a grid.</source>
        <translation>每个输出单元格等于窗口内“输入值 × 滤波器权重”之和。按键：← → 单步，Home / End，Space 播放，Esc 离开网格。</translation>
    </message>
    <message>
        <source>Filter preset</source>
        <translation>滤波器预设</translation>
    </message>
    <message>
        <source>Replace the filter with a well-known kernel (every channel)</source>
        <translation>用常见的卷积核替换滤波器（所有通道）</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Output matrix</source>
        <translation>输出矩阵</translation>
    </message>
    <message>
        <source>Output: cells fill in as you step; Ctrl+C copies the whole output</source>
        <translation>输出：单元格随单步逐个填入；Ctrl+C 复制整个输出</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>全部显示(&amp;A)</translation>
    </message>
    <message>
        <source>Show all output cells</source>
        <translation>显示所有输出单元格</translation>
    </message>
    <message>
        <source>Fill in every output cell instead of only those computed so far</source>
        <translation>填入所有输出单元格，而不仅是已计算到的</translation>
    </message>
    <message>
        <source>⋆ cross-correlation</source>
        <translation>⋆ 互相关</translation>
    </message>
    <message>
        <source>∗ convolution (the filter is flipped)</source>
        <translation>∗ 卷积（翻转滤波器）</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>  %1×%2</source>
        <translation>  %1×%2</translation>
    </message>
    <message>
        <source> (last valid)</source>
        <translation>（最后有效结果）</translation>
    </message>
    <message>
        <source>%1 The output shows the last valid result.</source>
        <translation>%1 输出显示的是最后一次有效的结果。</translation>
    </message>
    <message>
        <source>Fix the problem above to see the steps.</source>
        <translation>请先修正上面的问题，才能查看计算步骤。</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; window (thick blue border, small ×weight = the filter weight used) &amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; output cell being computed (thick orange border) &amp;nbsp; &lt;span style=&quot;color:%3&quot;&gt;□&lt;/span&gt; zero padding (dashed, grey italic 0) &amp;nbsp; ▨ never reached by the window (hatched)</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; 窗口（蓝色粗边框，小字 ×权重 = 所用的滤波器权重） &amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; 正在计算的输出单元格（橙色粗边框） &amp;nbsp; &lt;span style=&quot;color:%3&quot;&gt;□&lt;/span&gt; 零填充（虚线，灰色斜体 0） &amp;nbsp; ▨ 窗口从未覆盖到（阴影线）</translation>
    </message>
    <message>
        <source>Stride, padding, dilation and mode</source>
        <translation>步幅、填充、膨胀与模式</translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation>滤波器预设</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>颜色图例</translation>
    </message>
    <message>
        <source>Output-size formula</source>
        <translation>输出尺寸公式</translation>
    </message>
</context>
<context>
    <name>EigenvalueModel</name>
    <message>
        <source>&gt; 1</source>
        <translation>&gt; 1</translation>
    </message>
    <message>
        <source>≤ 1</source>
        <translation>≤ 1</translation>
    </message>
    <message>
        <source>λ%1 = %2</source>
        <translation>λ%1 = %2</translation>
    </message>
    <message>
        <source>γ·|λ| = %1 &gt; 1: along this eigenvector each step back can multiply the gradient by more than 1, so explosion is possible</source>
        <translation>γ·|λ| = %1 &gt; 1：沿此特征向量，每向后一步梯度都可能被放大超过 1 倍，因此可能发生梯度爆炸</translation>
    </message>
    <message>
        <source>γ·|λ| = %1 ≤ 1: along this eigenvector the estimate does not grow</source>
        <translation>γ·|λ| = %1 ≤ 1：沿此特征向量，估计值不会增长</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>λ</source>
        <translation>λ</translation>
    </message>
    <message>
        <source>|λ|</source>
        <translation>|λ|</translation>
    </message>
    <message>
        <source>γ·|λ|</source>
        <translation>γ·|λ|</translation>
    </message>
    <message>
        <source>vs 1</source>
        <translation>与 1 比较</translation>
    </message>
    <message>
        <source>eigenvalue of the analysed matrix (scale × W_hh)</source>
        <translation>所分析矩阵（缩放系数 × W_hh）的特征值</translation>
    </message>
    <message>
        <source>modulus |λ|; the largest is the spectral radius ρ</source>
        <translation>模 |λ|；其中最大者即谱半径 ρ</translation>
    </message>
    <message>
        <source>the seed&apos;s per-step factor along this eigenvector: γ·|λ|</source>
        <translation>原题中沿此特征向量的每步因子：γ·|λ|</translation>
    </message>
    <message>
        <source>&gt; 1: outside the circle of radius 1/γ, explosion possible</source>
        <translation>&gt; 1：位于半径为 1/γ 的圆外，可能发生梯度爆炸</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the stride for %{axis} must be a whole number from 1 to 8192, not %{value}</source>
        <translation>%{axis} 方向的步幅必须是 1 到 8192 之间的整数，而不是 %{value}</translation>
    </message>
    <message>
        <source>the dilation for %{axis} must be a whole number from 1 to 8192, not %{value}</source>
        <translation>%{axis} 方向的膨胀率必须是 1 到 8192 之间的整数，而不是 %{value}</translation>
    </message>
    <message>
        <source>the padding for %{axis} must be a whole number from 0 to 8192, not %{value}</source>
        <translation>%{axis} 方向的填充必须是 0 到 8192 之间的整数，而不是 %{value}</translation>
    </message>
    <message>
        <source>the filter does not fit along %{axis}: its dilated size %{effective} is larger than the padded input size %{padded}; add padding, lower the dilation or use a smaller filter</source>
        <translation>滤波器在 %{axis} 方向上放不下：膨胀后的尺寸 %{effective} 大于填充后的输入尺寸 %{padded}；请增加填充、降低膨胀率或使用更小的滤波器</translation>
    </message>
    <message>
        <source>the %{which} is empty</source>
        <translation>%{which} 为空</translation>
    </message>
    <message>
        <source>the %{which} is %{rows}×%{cols}, larger than the limit of %{max} per side</source>
        <translation>%{which} 为 %{rows}×%{cols}，超过了每边 %{max} 的上限</translation>
    </message>
    <message>
        <source>the %{which} has %{channels} channels; the limit is %{max}</source>
        <translation>%{which} 有 %{channels} 个通道；上限为 %{max}</translation>
    </message>
    <message>
        <source>channel %{channel} of the %{which} is not the same size as channel 1</source>
        <translation>%{which} 的第 %{channel} 个通道与第 1 个通道尺寸不同</translation>
    </message>
    <message>
        <source>the %{which} holds a value that is not a finite number (channel %{channel}, row %{row}, column %{col})</source>
        <translation>%{which} 中有一个值不是有限数（第 %{channel} 通道，第 %{row} 行，第 %{col} 列）</translation>
    </message>
    <message>
        <source>the input has %{input} channel(s) but the filter has %{filter}; every input channel needs its own filter channel</source>
        <translation>输入有 %{input} 个通道，但滤波器有 %{filter} 个；每个输入通道都需要对应的滤波器通道</translation>
    </message>
    <message>
        <source>a step-by-step trace would need %{taps} multiplications, more than the limit of %{max}</source>
        <translation>分步追踪需要 %{taps} 次乘法，超过了 %{max} 次的上限</translation>
    </message>
    <message>
        <source>cannot open %{path}: %{reason}</source>
        <translation>无法打开 %{path}：%{reason}</translation>
    </message>
    <message>
        <source>cannot write %{path}: %{reason}</source>
        <translation>无法写入 %{path}：%{reason}</translation>
    </message>
    <message>
        <source>%{path} is a directory, not a file</source>
        <translation>%{path} 是一个目录，而不是文件</translation>
    </message>
    <message>
        <source>%{path} is larger than the %{limit} byte limit</source>
        <translation>%{path} 超过了 %{limit} 字节的大小上限</translation>
    </message>
    <message>
        <source>unknown option &apos;%{option}&apos;</source>
        <translation>未知选项“%{option}”</translation>
    </message>
    <message>
        <source>option &apos;%{option}&apos; needs a value</source>
        <translation>选项“%{option}”需要一个值</translation>
    </message>
    <message>
        <source>missing required option &apos;%{option}&apos;</source>
        <translation>缺少必需的选项“%{option}”</translation>
    </message>
    <message>
        <source>option &apos;%{option}&apos;: &apos;%{value}&apos; is not valid (%{expected})</source>
        <translation>选项“%{option}”：“%{value}”无效（应为 %{expected}）</translation>
    </message>
    <message>
        <source>options &apos;%{option}&apos; and &apos;%{other}&apos; cannot be used together</source>
        <translation>选项“%{option}”和“%{other}”不能同时使用</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%{value}&apos;</source>
        <translation>意外的参数“%{value}”</translation>
    </message>
    <message>
        <source>say what to export: one of %{kinds}</source>
        <translation>请指定要导出的内容：%{kinds} 之一</translation>
    </message>
    <message>
        <source>cannot export &apos;%{kind}&apos;; choose one of %{kinds}</source>
        <translation>无法导出“%{kind}”；请从 %{kinds} 中选择一个</translation>
    </message>
    <message>
        <source>τ = %{steps} time steps is out of range; unroll for %{min} to %{max} steps</source>
        <translation>τ = %{steps} 个时间步超出范围；展开步数应为 %{min} 到 %{max}</translation>
    </message>
    <message>
        <source>the %{name} size %{value} is out of range; choose %{min} to %{max}</source>
        <translation>%{name} 的大小 %{value} 超出范围；请选择 %{min} 到 %{max}</translation>
    </message>
    <message>
        <source>the graph layout option %{option} must be a positive number</source>
        <translation>图布局选项 %{option} 必须是正数</translation>
    </message>
    <message>
        <source>the folded graph has no numbers; unroll it to compute values and gradients</source>
        <translation>折叠图中没有数值；请将其展开以计算数值和梯度</translation>
    </message>
    <message>
        <source>the numbers belong to another cell or to fewer steps (graph τ = %{graph_steps}, numbers τ = %{instance_steps})</source>
        <translation>这些数值属于另一个单元或更少的步数（图的 τ = %{graph_steps}，数值的 τ = %{instance_steps}）</translation>
    </message>
    <message>
        <source>node %{symbol} at step %{step}: the sizes of its operands do not match</source>
        <translation>第 %{step} 步的节点 %{symbol}：其操作数的尺寸不匹配</translation>
    </message>
    <message>
        <source>the learning rate %{value} must be greater than 0 and at most %{max}</source>
        <translation>学习率 %{value} 必须大于 0 且不超过 %{max}</translation>
    </message>
    <message>
        <source>the matrix is empty: type numbers separated by spaces, one row per line</source>
        <translation>矩阵为空：请输入以空格分隔的数字，矩阵的每一行占一行</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: &apos;%{token}&apos; is not a number</source>
        <translation>第 %{line} 行，第 %{column} 列：“%{token}”不是数字</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: &apos;%{token}&apos; is not a finite number</source>
        <translation>第 %{line} 行，第 %{column} 列：“%{token}”不是有限数</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: a value is missing between separators</source>
        <translation>第 %{line} 行，第 %{column} 列：分隔符之间缺少一个值</translation>
    </message>
    <message>
        <source>line %{line}: row %{row} has %{got} values but the first row has %{expected}</source>
        <translation>第 %{line} 行：第 %{row} 行矩阵有 %{got} 个值，但第一行有 %{expected} 个</translation>
    </message>
    <message>
        <source>line %{line}: the matrix is larger than the limit of %{max} per side</source>
        <translation>第 %{line} 行：矩阵超过了每边 %{max} 的上限</translation>
    </message>
    <message>
        <source>line %{line}: a blank line splits the matrix (blank lines separate channels only in a volume)</source>
        <translation>第 %{line} 行：空行把矩阵分开了（只有在多通道数据体中，空行才用于分隔通道）</translation>
    </message>
    <message>
        <source>line %{line}: channel %{channel} is %{rows}×%{cols} but channel 1 is %{expected_rows}×%{expected_cols}</source>
        <translation>第 %{line} 行：第 %{channel} 个通道为 %{rows}×%{cols}，但第 1 个通道为 %{expected_rows}×%{expected_cols}</translation>
    </message>
    <message>
        <source>too many channels: the limit is %{max}</source>
        <translation>通道过多：上限为 %{max}</translation>
    </message>
    <message>
        <source>expected one row or one column of values, got a %{rows}×%{cols} matrix</source>
        <translation>应为一行或一列数值，实际得到 %{rows}×%{cols} 的矩阵</translation>
    </message>
    <message>
        <source>the question bank is empty</source>
        <translation>题库为空</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: this is not valid JSON</source>
        <translation>第 %{line} 行，第 %{column} 列：这不是有效的 JSON</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: the JSON ends too early (is the file cut off?)</source>
        <translation>第 %{line} 行，第 %{column} 列：JSON 过早结束（文件是否被截断？）</translation>
    </message>
    <message>
        <source>a question bank is a JSON object that starts {&quot;format&quot;: &quot;dltutor-quiz&quot;, ...</source>
        <translation>题库是一个以 {&quot;format&quot;: &quot;dltutor-quiz&quot;, ... 开头的 JSON 对象</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is missing: a bank declares &quot;format&quot;: &quot;dltutor-quiz&quot;</source>
        <translation>缺少字段 &quot;format&quot;：题库须声明 &quot;format&quot;: &quot;dltutor-quiz&quot;</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is %{value}; a question bank has &quot;dltutor-quiz&quot;</source>
        <translation>字段 &quot;format&quot; 为 %{value}；题库应为 &quot;dltutor-quiz&quot;</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is missing</source>
        <translation>缺少字段 &quot;version&quot;</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is %{value}; it must be a whole number, 1 or more</source>
        <translation>字段 &quot;version&quot; 为 %{value}；它必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>the bank has version %{version}, but this DL Tutor reads version %{supported} or older</source>
        <translation>该题库的版本为 %{version}，但本版 DL Tutor 只能读取版本 %{supported} 及更早的版本</translation>
    </message>
    <message>
        <source>field &quot;%{field}&quot; must be a %{expected}</source>
        <translation>字段 &quot;%{field}&quot; 必须是 %{expected}</translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%{field}&quot; (a typo?)</source>
        <translation>未知的顶层字段 &quot;%{field}&quot;（是否拼写错误？）</translation>
    </message>
    <message>
        <source>field &quot;questions&quot; is missing</source>
        <translation>缺少字段 &quot;questions&quot;</translation>
    </message>
    <message>
        <source>field &quot;questions&quot; must be an array [...]</source>
        <translation>字段 &quot;questions&quot; 必须是数组 [...]</translation>
    </message>
    <message>
        <source>the bank has no questions</source>
        <translation>题库中没有题目</translation>
    </message>
    <message>
        <source>the bank has %{count} questions; the limit is %{max}</source>
        <translation>题库中有 %{count} 道题；上限为 %{max}</translation>
    </message>
    <message>
        <source>question %{question}: must be a JSON object {...}</source>
        <translation>第 %{question} 题：必须是 JSON 对象 {...}</translation>
    </message>
    <message>
        <source>question %{question}: field &quot;id&quot; is missing</source>
        <translation>第 %{question} 题：缺少字段 &quot;id&quot;</translation>
    </message>
    <message>
        <source>question %{question} (#%{index}), field &quot;id&quot;: the id is already used by question #%{first_index}</source>
        <translation>题目 %{question}（#%{index}），字段 &quot;id&quot;：该 id 已被第 #%{first_index} 题使用</translation>
    </message>
    <message>
        <source>question %{question}: field &quot;%{field}&quot; is missing</source>
        <translation>题目 %{question}：缺少字段 &quot;%{field}&quot;</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: must be a %{expected}</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：必须是 %{expected}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: must not be empty</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：不能为空</translation>
    </message>
    <message>
        <source>question %{question}: unknown field &quot;%{field}&quot; (a typo?)</source>
        <translation>题目 %{question}：未知字段 &quot;%{field}&quot;（是否拼写错误？）</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;type&quot;: unknown type &quot;%{value}&quot; (use true_false, single_choice, multiple_choice, numeric or matrix)</source>
        <translation>题目 %{question}，字段 &quot;type&quot;：未知类型 &quot;%{value}&quot;（请使用 true_false、single_choice、multiple_choice、numeric 或 matrix）</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: does not apply to a %{type} question</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：不适用于 %{type} 类型的题目</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the answer of a %{type} question must be: %{expected}</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：%{type} 类型题目的答案必须是：%{expected}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: choice %{value} does not exist (there are %{count} choices, numbered from 0)</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：选项 %{value} 不存在（共有 %{count} 个选项，从 0 开始编号）</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: choice %{value} is listed twice</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：选项 %{value} 出现了两次</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: at least one choice must be correct</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：至少要有一个正确选项</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the list of choices is empty</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：选项列表为空</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{count} choices; the limit is %{max}</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：有 %{count} 个选项；上限为 %{max}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{got} entries, but %{expected} are needed</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：有 %{got} 项，但需要 %{expected} 项</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{value} is not a number above 0 and at most 1000</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：%{value} 不是大于 0 且不超过 1000 的数</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{value} is not a number of 0 or more</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：%{value} 不是大于或等于 0 的数</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the matrix is empty</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：矩阵为空</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: row %{row} has %{got} values but the first row has %{expected}</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：第 %{row} 行有 %{got} 个值，但第一行有 %{expected} 个</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the matrix is %{rows}×%{cols}; the limit is %{max} per side</source>
        <translation>题目 %{question}，字段 &quot;%{field}&quot;：矩阵为 %{rows}×%{cols}；上限为每边 %{max}</translation>
    </message>
    <message>
        <source>ask for at least one question (got %{count})</source>
        <translation>至少要抽取一道题（实际为 %{count}）</translation>
    </message>
    <message>
        <source>the bank has no topic &quot;%{topic}&quot;</source>
        <translation>题库中没有专题 &quot;%{topic}&quot;</translation>
    </message>
    <message>
        <source>the mock midterm needs %{need} true/false or multiple-choice questions, but the bank has %{have}</source>
        <translation>模拟期中考试需要 %{need} 道判断题或选择题，但题库中只有 %{have} 道</translation>
    </message>
    <message>
        <source>could not generate the %{kind} problem for this seed; try another seed</source>
        <translation>无法用此种子生成 %{kind} 题目；请换一个种子</translation>
    </message>
    <message>
        <source>the GIFT file holds no questions</source>
        <translation>GIFT 文件中没有题目</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): %{kind} questions are not supported; use true/false, multiple choice or numeric</source>
        <translation>题目 %{question}（第 %{line} 行）：不支持 %{kind} 题目；请使用判断题、选择题或数值题</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): the answer braces { } do not match (escape a literal brace as \{)</source>
        <translation>题目 %{question}（第 %{line} 行）：答案的花括号 { } 不匹配（字面花括号请写作 \{）</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): the ::title is not closed with ::</source>
        <translation>题目 %{question}（第 %{line} 行）：::标题 没有用 :: 结束</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): more than one answer is marked &apos;=&apos;; for several correct answers give each a weight, ~%50%</source>
        <translation>题目 %{question}（第 %{line} 行）：有多个答案标记为 &apos;=&apos;；若有多个正确答案，请为每个答案给出权重，如 ~%50%</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): partial-credit weights work only in multiple-answer questions (no &apos;=&apos; answer)</source>
        <translation>题目 %{question}（第 %{line} 行）：部分得分权重只适用于多选题（不含 &apos;=&apos; 答案）</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): no answer is correct; mark one with &apos;=&apos; or give positive weights</source>
        <translation>题目 %{question}（第 %{line} 行）：没有正确答案；请用 &apos;=&apos; 标记一个答案，或给出正权重</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): &apos;%{value}&apos; is not a weight like %50%</source>
        <translation>题目 %{question}（第 %{line} 行）：“%{value}”不是形如 %50% 的权重</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): &apos;%{value}&apos; is not a number, value:tolerance or min..max</source>
        <translation>题目 %{question}（第 %{line} 行）：“%{value}”不是数值、值:容差 或 最小值..最大值</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): dltutor-%{field} &apos;%{value}&apos; is not valid</source>
        <translation>题目 %{question}（第 %{line} 行）：dltutor-%{field} “%{value}”无效</translation>
    </message>
    <message>
        <source>question %{question}: %{type} questions have no GIFT form</source>
        <translation>题目 %{question}：%{type} 类型的题目没有 GIFT 形式</translation>
    </message>
    <message>
        <source>question %{question}: its %{field} cannot be written as GIFT</source>
        <translation>题目 %{question}：其 %{field} 无法写成 GIFT</translation>
    </message>
    <message>
        <source>the progress file is empty</source>
        <translation>进度文件为空</translation>
    </message>
    <message>
        <source>the progress file is not valid JSON (line %{line}, column %{column})</source>
        <translation>进度文件不是有效的 JSON（第 %{line} 行，第 %{column} 列）</translation>
    </message>
    <message>
        <source>the progress file ends too early (line %{line}, column %{column})</source>
        <translation>进度文件过早结束（第 %{line} 行，第 %{column} 列）</translation>
    </message>
    <message>
        <source>the file is not a DL Tutor progress file</source>
        <translation>该文件不是 DL Tutor 进度文件</translation>
    </message>
    <message>
        <source>the progress file has version %{version}; this DL Tutor reads version %{supported} or older</source>
        <translation>进度文件的版本为 %{version}；本版 DL Tutor 只能读取版本 %{supported} 及更早的版本</translation>
    </message>
    <message>
        <source>the progress file&apos;s attempt %{index}: field &quot;%{field}&quot; is missing or invalid</source>
        <translation>进度文件中第 %{index} 次作答：字段 &quot;%{field}&quot; 缺失或无效</translation>
    </message>
    <message>
        <source>unknown activation &apos;%{name}&apos;; choose sigmoid, tanh, relu or linear</source>
        <translation>未知的激活函数“%{name}”；请选择 sigmoid、tanh、relu 或 linear</translation>
    </message>
    <message>
        <source>W_hh is empty; enter at least one number</source>
        <translation>W_hh 为空；请至少输入一个数</translation>
    </message>
    <message>
        <source>W_hh must be square, but it has %{rows} rows and %{cols} columns</source>
        <translation>W_hh 必须是方阵，但它有 %{rows} 行 %{cols} 列</translation>
    </message>
    <message>
        <source>W_hh is %{n}×%{n}; the largest size supported is %{max}×%{max}</source>
        <translation>W_hh 为 %{n}×%{n}；支持的最大尺寸为 %{max}×%{max}</translation>
    </message>
    <message>
        <source>%{vector} has %{got} entries, but W_hh is %{expected}×%{expected}: give %{expected} entries or leave it empty for the default</source>
        <translation>%{vector} 有 %{got} 个元素，但 W_hh 为 %{expected}×%{expected}：请给出 %{expected} 个元素，或留空以使用默认值</translation>
    </message>
    <message>
        <source>the number of steps T must be 0 or more, not %{steps}</source>
        <translation>步数 T 必须大于或等于 0，而不是 %{steps}</translation>
    </message>
    <message>
        <source>T = %{steps} steps is more than the %{max} supported</source>
        <translation>T = %{steps} 步超过了支持的最大值 %{max}</translation>
    </message>
    <message>
        <source>%{what} has an entry that is not a finite number at row %{row}, column %{column}</source>
        <translation>%{what} 在第 %{row} 行第 %{column} 列有一个不是有限数的元素</translation>
    </message>
    <message>
        <source>%{what} has the entry %{value} at row %{row}, column %{column}; entries must lie between −%{max} and %{max}</source>
        <translation>%{what} 在第 %{row} 行第 %{column} 列的元素为 %{value}；元素必须介于 −%{max} 和 %{max} 之间</translation>
    </message>
    <message>
        <source>the scale factor %{value} must be a finite number between −%{max} and %{max}</source>
        <translation>缩放系数 %{value} 必须是介于 −%{max} 和 %{max} 之间的有限数</translation>
    </message>
    <message>
        <source>a preset needs a size n from 1 to %{max}, not %{n}</source>
        <translation>预设需要 1 到 %{max} 之间的尺寸 n，而不是 %{n}</translation>
    </message>
    <message>
        <source>the eigenvalue computation did not converge (LAPACK info %{info})</source>
        <translation>特征值计算未收敛（LAPACK info %{info}）</translation>
    </message>
    <message>
        <source>the eigenvalues need the OpenBLAS library %{library}, which could not be loaded: %{reason}</source>
        <translation>计算特征值需要 OpenBLAS 库 %{library}，但无法加载：%{reason}</translation>
    </message>
    <message>
        <source>the computation was cancelled</source>
        <translation>计算已取消</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: unknown layer; write C3D64, C1D256, LRN, M, FC4096 or S</source>
        <translation>第 %{layer} 层“%{token}”：未知的层；请写 C3D64、C1D256、LRN、M、FC4096 或 S</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: write a convolution as C&lt;size&gt;D&lt;filters&gt;, for example C3D64, optionally with S&lt;stride&gt; and P&lt;padding&gt; as in C11D96S4P0</source>
        <translation>第 %{layer} 层“%{token}”：卷积层写作 C&lt;尺寸&gt;D&lt;滤波器数&gt;，例如 C3D64，还可加上 S&lt;步幅&gt; 和 P&lt;填充&gt;，如 C11D96S4P0</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: write max-pooling as M (2×2, stride 2) or M&lt;size&gt;S&lt;stride&gt;, for example M3S2</source>
        <translation>第 %{layer} 层“%{token}”：最大池化写作 M（2×2，步幅 2）或 M&lt;尺寸&gt;S&lt;步幅&gt;，例如 M3S2</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: write a fully connected layer as FC&lt;units&gt;, for example FC4096</source>
        <translation>第 %{layer} 层“%{token}”：全连接层写作 FC&lt;单元数&gt;，例如 FC4096</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: %{value} is not a valid size; sizes, filters, units and strides must be at least 1 and padding at least 0</source>
        <translation>第 %{layer} 层“%{token}”：%{value} 不是有效的尺寸；尺寸、滤波器数、单元数和步幅至少为 1，填充至少为 0</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: sizes larger than %{limit} are not supported</source>
        <translation>第 %{layer} 层“%{token}”：不支持大于 %{limit} 的尺寸</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: an even kernel cannot keep the size with the same padding on both sides; give the padding, for example %{token}P0</source>
        <translation>第 %{layer} 层“%{token}”：偶数尺寸的卷积核无法在两侧填充相同的情况下保持尺寸不变；请给出填充，例如 %{token}P0</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: its %{kernel}×%{kernel} window does not fit the %{height}×%{width} input (padding %{padding}), so the volume shrinks to nothing</source>
        <translation>第 %{layer} 层“%{token}”：其 %{kernel}×%{kernel} 窗口放不进 %{height}×%{width} 的输入（填充 %{padding}），数据体缩减为零</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: the counts are too large to compute exactly</source>
        <translation>第 %{layer} 层“%{token}”：计数过大，无法精确计算</translation>
    </message>
    <message>
        <source>the column has no layers</source>
        <translation>该列没有任何层</translation>
    </message>
    <message>
        <source>input size &apos;%{value}&apos; is not H×W×C; write three whole numbers, for example 224x224x3</source>
        <translation>输入尺寸“%{value}”不是 H×W×C 格式；请写三个整数，例如 224x224x3</translation>
    </message>
    <message>
        <source>input size &apos;%{value}&apos;: every side must be at least 1, not %{number}</source>
        <translation>输入尺寸“%{value}”：每条边至少为 1，而不是 %{number}</translation>
    </message>
    <message>
        <source>input size &apos;%{value}&apos;: sides larger than %{limit} are not supported</source>
        <translation>输入尺寸“%{value}”：不支持大于 %{limit} 的边长</translation>
    </message>
    <message>
        <source>the image is empty (%{width}×%{height} pixels)</source>
        <translation>图像为空（%{width}×%{height} 像素）</translation>
    </message>
    <message>
        <source>the image is %{width}×%{height} pixels; the limit is %{max} per side</source>
        <translation>图像为 %{width}×%{height} 像素；上限为每边 %{max}</translation>
    </message>
    <message>
        <source>the image&apos;s pixel data could not be read</source>
        <translation>无法读取图像的像素数据</translation>
    </message>
    <message>
        <source>the largest side after downscaling must be at least 1 pixel, not %{value}</source>
        <translation>缩小后的最长边至少应为 1 像素，而不是 %{value}</translation>
    </message>
    <message>
        <source>output %{axis} %{value} is outside the feature map (0 to %{max})</source>
        <translation>输出 %{axis} %{value} 超出了特征图的范围（0 到 %{max}）</translation>
    </message>
    <message>
        <source>there is not enough memory for this image; turn on downscaling</source>
        <translation>内存不足，无法处理此图像；请开启缩小功能</translation>
    </message>
    <message>
        <source>there is no page &apos;%{page}&apos; to export</source>
        <translation>没有可导出的页面“%{page}”</translation>
    </message>
    <message>
        <source>the convolution has no steps to export: fix the input first, or make it small enough to step through</source>
        <translation>卷积没有可导出的步骤：请先修正输入，或把问题缩小到可以分步演示的规模</translation>
    </message>
    <message>
        <source>the steps are still being written; wait for that export to finish</source>
        <translation>步骤图像仍在写入中；请等待该导出完成</translation>
    </message>
    <message>
        <source>the image would be %{width} × %{height} pixels, more than %{max} on a side; choose a smaller scale or a smaller problem</source>
        <translation>图像将为 %{width} × %{height} 像素，单边超过 %{max}；请选择更小的缩放比例或更小的问题</translation>
    </message>
    <message>
        <source>a worked solution sheet holds at most %{max} products and this convolution has %{taps}; export single steps instead</source>
        <translation>完整解答图最多容纳 %{max} 个乘积，而此卷积有 %{taps} 个；请改为导出单个步骤</translation>
    </message>
    <message>
        <source>there is no step %{step}: this convolution has steps 1 to %{count}</source>
        <translation>没有第 %{step} 步：此卷积的步骤为 1 到 %{count}</translation>
    </message>
    <message>
        <source>choose exactly one of %{options}</source>
        <translation>请从 %{options} 中恰好选择一个</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: the file is not valid JSON (it may be damaged or cut short)</source>
        <translation>第 %{line} 行，第 %{column} 列：该文件不是有效的 JSON（可能已损坏或被截断）</translation>
    </message>
    <message>
        <source>this is not a DL Tutor session (it has no &quot;format&quot;: &quot;dltutor-session&quot;)</source>
        <translation>这不是 DL Tutor 会话文件（缺少 &quot;format&quot;: &quot;dltutor-session&quot;）</translation>
    </message>
    <message>
        <source>the session was saved by a newer DL Tutor (format version %{version}; this version reads up to %{supported}); update DL Tutor to open it</source>
        <translation>该会话由更新版本的 DL Tutor 保存（格式版本 %{version}；本版本最多读取 %{supported}）；请更新 DL Tutor 后再打开</translation>
    </message>
    <message>
        <source>%{path}: expected an object { … }</source>
        <translation>%{path}：应为对象 { … }</translation>
    </message>
    <message>
        <source>%{path}: expected a list [ … ]</source>
        <translation>%{path}：应为列表 [ … ]</translation>
    </message>
    <message>
        <source>%{path}: expected two whole numbers [rows, columns]</source>
        <translation>%{path}：应为两个整数 [行数, 列数]</translation>
    </message>
    <message>
        <source>%{path}: expected a text in quotes</source>
        <translation>%{path}：应为带引号的文本</translation>
    </message>
    <message>
        <source>%{path}: expected true or false</source>
        <translation>%{path}：应为 true 或 false</translation>
    </message>
    <message>
        <source>%{path}: expected a whole number from %{min} to %{max}</source>
        <translation>%{path}：应为 %{min} 到 %{max} 之间的整数</translation>
    </message>
    <message>
        <source>%{path}: expected a number from %{min} to %{max}</source>
        <translation>%{path}：应为 %{min} 到 %{max} 之间的数</translation>
    </message>
    <message>
        <source>%{path}: expected one of %{choices}</source>
        <translation>%{path}：应为 %{choices} 之一</translation>
    </message>
    <message>
        <source>%{path}: the matrix is empty</source>
        <translation>%{path}：矩阵为空</translation>
    </message>
    <message>
        <source>%{path}: more than %{max} entries</source>
        <translation>%{path}：超过 %{max} 个元素</translation>
    </message>
    <message>
        <source>%{path}: this row has %{got} values but the first row has %{expected}</source>
        <translation>%{path}：这一行有 %{got} 个值，但第一行有 %{expected} 个</translation>
    </message>
    <message>
        <source>%{path}: this channel&apos;s shape differs from the first channel&apos;s</source>
        <translation>%{path}：此通道的形状与第一个通道不同</translation>
    </message>
    <message>
        <source>%{path}: W_hh must be square (%{rows} rows, but this row has %{cols} values)</source>
        <translation>%{path}：W_hh 必须是方阵（%{rows} 行，但这一行有 %{cols} 个值）</translation>
    </message>
    <message>
        <source>%{path}: &apos;%{value}&apos; is not an input size such as 224x224x3</source>
        <translation>%{path}：“%{value}”不是形如 224x224x3 的输入尺寸</translation>
    </message>
    <message>
        <source>%{path} was changed on disk by another program since it was opened or saved</source>
        <translation>%{path} 在打开或保存之后已被其他程序修改</translation>
    </message>
    <message>
        <source>%{path} was deleted or moved since it was opened or saved</source>
        <translation>%{path} 在打开或保存之后已被删除或移动</translation>
    </message>
    <message>
        <source>output row %{row}, column %{col} is too large to compute: the products sum past ±1.8e308; use smaller values</source>
        <translation>输出第 %{row} 行第 %{col} 列的值过大，无法计算：乘积之和超出 ±1.8e308；请使用更小的数值</translation>
    </message>
    <message>
        <source>the output is too large to compute in single precision (past ±3.4e38); use smaller values</source>
        <translation>输出过大，无法用单精度计算（超出 ±3.4e38）；请使用更小的数值</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: the GIFT file is not UTF-8 text; save it as UTF-8</source>
        <translation>第 %{line} 行，第 %{column} 列：GIFT 文件不是 UTF-8 文本；请将其另存为 UTF-8</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export page as PNG…</source>
        <translation>将页面导出为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the current page as a PNG image (scale 1×–4×, white or transparent)</source>
        <translation>将当前页面保存为 PNG 图像（缩放 1×–4×，白色或透明背景）</translation>
    </message>
    <message>
        <source>&amp;Copy page as image</source>
        <translation>将页面复制为图像(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the current page to the clipboard as an image, with the last export options</source>
        <translation>使用上次的导出选项，将当前页面作为图像复制到剪贴板</translation>
    </message>
    <message>
        <source>Export all convolution &amp;steps…</source>
        <translation>导出卷积的所有步骤(&amp;S)…</translation>
    </message>
    <message>
        <source>Save one PNG per window position of the convolution into a folder</source>
        <translation>为卷积的每个窗口位置保存一张 PNG 到文件夹中</translation>
    </message>
    <message>
        <source>Worked solution s&amp;heet…</source>
        <translation>完整解答图(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the whole worked convolution as one PNG, laid out like a textbook solution</source>
        <translation>把完整的卷积解答保存为一张 PNG，排版类似教科书中的解答</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Copied the page as an image (%1 × %2 pixels)</source>
        <translation>已将页面复制为图像（%1 × %2 像素）</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>无法创建文件夹</translation>
    </message>
    <message>
        <source>Writing %1 step images…</source>
        <translation>正在写入 %1 张步骤图像…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export all steps</source>
        <translation>导出所有步骤</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 step images written to %3</source>
        <translation>已取消：已将 %2 张步骤图像中的 %1 张写入 %3</translation>
    </message>
    <message>
        <source>Wrote %1 step images to %2</source>
        <translation>已将 %1 张步骤图像写入 %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Use the &amp;light theme</source>
        <translation>使用浅色主题(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>导出为 PNG</translation>
    </message>
    <message>
        <source>Export every step as PNG</source>
        <translation>将每一步导出为 PNG</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Pixels per point: 1× as on screen, 2× or more for projectors and print</source>
        <translation>每个点对应的像素数：1× 与屏幕相同，投影和打印用 2× 或更高</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>White, or transparent to lay the image over a slide&apos;s own background</source>
        <translation>白色；或透明，以便把图像叠放在幻灯片自己的背景上</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>使用浅色主题</translation>
    </message>
    <message>
        <source>Draw with the light colours even when the window uses a dark or high-contrast theme</source>
        <translation>即使窗口使用深色或高对比度主题，也用浅色绘制</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>The PNG file to write</source>
        <translation>要写入的 PNG 文件</translation>
    </message>
    <message>
        <source>The folder that receives step-001.png, step-002.png, …</source>
        <translation>接收 step-001.png、step-002.png、… 的文件夹</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>背景(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Folder for the steps</source>
        <translation>存放步骤图像的文件夹</translation>
    </message>
</context>
<context>
    <name>GradientChart</name>
    <message>
        <source>Gradient norm chart</source>
        <translation>梯度范数图</translation>
    </message>
    <message>
        <source>Gradient norm ‖∂L/∂h_(T−k)‖ against steps back k, on a log scale.
Move the mouse (or use Left/Right, Home/End) to read the values at one step.</source>
        <translation>梯度范数 ‖∂L/∂h_(T−k)‖ 随回溯步数 k 的变化（对数坐标）。
移动鼠标（或使用 Left/Right、Home/End）读取某一步的数值。</translation>
    </message>
    <message>
        <source>Back-propagated gradient norm</source>
        <translation>反向传播的梯度范数</translation>
    </message>
    <message>
        <source>bound (γσ_max)^k‖l‖</source>
        <translation>上界 (γσ_max)^k‖l‖</translation>
    </message>
    <message>
        <source>estimate (γρ)^k‖l‖</source>
        <translation>估计 (γρ)^k‖l‖</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>clipped at 1e300</source>
        <translation>在 1e300 处截断</translation>
    </message>
    <message>
        <source>below 1e−300</source>
        <translation>低于 1e−300</translation>
    </message>
    <message>
        <source>exactly 0 from here</source>
        <translation>从此处起恰为 0</translation>
    </message>
    <message>
        <source>steps back k  (k = 0: h_T,  k = T: h_0)</source>
        <translation>回溯步数 k  (k = 0: h_T,  k = T: h_0)</translation>
    </message>
    <message>
        <source>‖∂L/∂h_(T−k)‖ (log)</source>
        <translation>‖∂L/∂h_(T−k)‖（对数）</translation>
    </message>
    <message>
        <source> (past the 1e300 clip)</source>
        <translation>（超过 1e300 截断值）</translation>
    </message>
    <message>
        <source>k = %1 (h_%2):  actual %3   bound %4   estimate %5</source>
        <translation>k = %1 (h_%2)：实际 %3   上界 %4   估计 %5</translation>
    </message>
    <message>
        <source>What each curve of the gradient chart shows</source>
        <translation>梯度图中每条曲线的含义</translation>
    </message>
</context>
<context>
    <name>GradientDocument</name>
    <message>
        <source>Set W_hh[%1, %2]</source>
        <translation>设置 W_hh[%1, %2]</translation>
    </message>
    <message>
        <source>Resize W_hh to %1×%1</source>
        <translation>将 W_hh 调整为 %1×%1</translation>
    </message>
    <message>
        <source>Change activation</source>
        <translation>更改激活函数</translation>
    </message>
    <message>
        <source>Set T = %1</source>
        <translation>设置 T = %1</translation>
    </message>
    <message>
        <source>Edit b</source>
        <translation>编辑 b</translation>
    </message>
    <message>
        <source>Edit h₀</source>
        <translation>编辑 h₀</translation>
    </message>
    <message>
        <source>Edit l</source>
        <translation>编辑 l</translation>
    </message>
    <message>
        <source>Scale W_hh</source>
        <translation>缩放 W_hh</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>载入预设</translation>
    </message>
</context>
<context>
    <name>GradientExplanation</name>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>The verdict worked out with the current numbers</source>
        <translation>用当前数值推导出的结论</translation>
    </message>
    <message>
        <source>Enter W_hh to see the explanation.</source>
        <translation>输入 W_hh 后即可查看解释。</translation>
    </message>
    <message>
        <source>Exploding: γ·ρ = %1 &gt; 1</source>
        <translation>梯度爆炸：γ·ρ = %1 &gt; 1</translation>
    </message>
    <message>
        <source>Vanishing (guaranteed): γ·σ_max = %1 &lt; 1</source>
        <translation>梯度消失（有保证）：γ·σ_max = %1 &lt; 1</translation>
    </message>
    <message>
        <source>Borderline: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2</source>
        <translation>临界：γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2</translation>
    </message>
    <message>
        <source>1. The seed&apos;s reasoning, with these numbers</source>
        <translation>1. 原题的推理，代入这些数值</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>W = %1 × W_hh</source>
        <translation>W = %1 × W_hh</translation>
    </message>
    <message>
        <source>%1 = %2.</source>
        <translation>%1 = %2。</translation>
    </message>
    <message>
        <source>W·%1 = %2·%1, so λ%3 = %2</source>
        <translation>W·%1 = %2·%1，所以 λ%3 = %2</translation>
    </message>
    <message>
        <source>Eigenvectors and eigenvalues (W·v = λ·v):</source>
        <translation>特征向量与特征值（W·v = λ·v）：</translation>
    </message>
    <message>
        <source>The %1 eigenvalues are listed in the table; the largest in modulus is λ1 = %2.</source>
        <translation>表中列出了 %1 个特征值；模最大的是 λ1 = %2。</translation>
    </message>
    <message>
        <source>Spectral radius ρ = max|λ| = %1.</source>
        <translation>谱半径 ρ = max|λ| = %1。</translation>
    </message>
    <message>
        <source>Back-propagation multiplies by Wᵀ. It has the same eigenvalues, and since this W is symmetric also the same eigenvectors.</source>
        <translation>反向传播时乘的是 Wᵀ。它的特征值与 W 相同，而且由于这里的 W 是对称矩阵，特征向量也相同。</translation>
    </message>
    <message>
        <source>Back-propagation multiplies by Wᵀ. It has the same eigenvalues as W, but (W not being symmetric) other eigenvectors.</source>
        <translation>反向传播时乘的是 Wᵀ。它的特征值与 W 相同，但（由于 W 不是对称矩阵）特征向量不同。</translation>
    </message>
    <message>
        <source>for the sigmoid, φ&apos; = σ(1 − σ) is largest at a = 0: 0.5·(1 − 0.5)</source>
        <translation>对于 sigmoid，φ&apos; = σ(1 − σ) 在 a = 0 处最大：0.5·(1 − 0.5)</translation>
    </message>
    <message>
        <source>for tanh, φ&apos; = 1 − tanh² is largest at a = 0</source>
        <translation>对于 tanh，φ&apos; = 1 − tanh² 在 a = 0 处最大</translation>
    </message>
    <message>
        <source>for ReLU, φ&apos; is 1 where a &gt; 0 and 0 elsewhere</source>
        <translation>对于 ReLU，φ&apos; 在 a &gt; 0 处为 1，其他地方为 0</translation>
    </message>
    <message>
        <source>a linear φ has φ&apos; = 1 everywhere</source>
        <translation>线性 φ 的 φ&apos; 处处为 1</translation>
    </message>
    <message>
        <source>Each step back also multiplies by φ&apos;(a_t), at most γ = %1 (%2).</source>
        <translation>每向后一步还要乘以 φ&apos;(a_t)，它至多为 γ = %1（%2）。</translation>
    </message>
    <message>
        <source>so the estimate (%1)^k grows: the network is prone to exploding gradients. This is the seed&apos;s answer.</source>
        <translation>因此估计值 (%1)^k 会增长：该网络容易出现梯度爆炸。这就是原题的答案。</translation>
    </message>
    <message>
        <source>so the estimate (%1)^k shrinks.</source>
        <translation>因此估计值 (%1)^k 会衰减。</translation>
    </message>
    <message>
        <source>so the estimate neither grows nor shrinks.</source>
        <translation>因此估计值既不增长也不衰减。</translation>
    </message>
    <message>
        <source>Along the top eigenvector: γ·ρ = %1 × %2 = &lt;b&gt;%3 %4 1&lt;/b&gt;, %5</source>
        <translation>沿最大特征向量方向：γ·ρ = %1 × %2 = &lt;b&gt;%3 %4 1&lt;/b&gt;，%5</translation>
    </message>
    <message>
        <source>2. What is guaranteed</source>
        <translation>2. 能保证什么</translation>
    </message>
    <message>
        <source>σ_max = ‖W‖₂ = %1 is the most Wᵀ can stretch any vector, so always ‖∂L/∂h_(T−k)‖ ≤ (γ·σ_max)^k·‖l‖ with γ·σ_max = %2 %3 1.</source>
        <translation>σ_max = ‖W‖₂ = %1 是 Wᵀ 对任意向量的最大拉伸倍数，因此总有 ‖∂L/∂h_(T−k)‖ ≤ (γ·σ_max)^k·‖l‖，其中 γ·σ_max = %2 %3 1。</translation>
    </message>
    <message>
        <source>Because γ·σ_max &amp;lt; 1, every gradient vanishes at least geometrically, whatever the inputs (Pascanu, Mikolov &amp;amp; Bengio 2013).</source>
        <translation>由于 γ·σ_max &amp;lt; 1，无论输入如何，每个梯度都至少按几何级数消失（Pascanu, Mikolov &amp;amp; Bengio 2013）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Here the bound and the estimate differ:&lt;/b&gt; σ_max = %1 &amp;gt; ρ = %2, because W is not normal (WᵀW ≠ WWᵀ; its eigenvectors are not orthogonal). Products of such matrices can grow for a while before the eigenvalues take over (transient growth), so γ·ρ ≤ 1 does not guarantee vanishing, and only γ·σ_max &amp;lt; 1 does.</source>
        <translation>&lt;b&gt;这里上界与估计不同：&lt;/b&gt;σ_max = %1 &amp;gt; ρ = %2，因为 W 不是正规矩阵（WᵀW ≠ WWᵀ；其特征向量不正交）。这类矩阵的乘积可能先增长一段时间，之后才由特征值主导（瞬态增长），因此 γ·ρ ≤ 1 并不能保证梯度消失，只有 γ·σ_max &amp;lt; 1 才能保证。</translation>
    </message>
    <message>
        <source>Here σ_max = ρ (W is normal), so the guaranteed bound and the seed&apos;s estimate are the same curve.</source>
        <translation>这里 σ_max = ρ（W 是正规矩阵），因此有保证的上界与原题的估计是同一条曲线。</translation>
    </message>
    <message>
        <source>In the spectrum plot, an eigenvalue outside the circle of radius 1/γ = %1 makes explosion possible; a σ_max circle inside it guarantees vanishing.</source>
        <translation>在谱图中，位于半径为 1/γ = %1 的圆外的特征值使梯度爆炸成为可能；若 σ_max 圆位于该圆之内，则保证梯度消失。</translation>
    </message>
    <message>
        <source>3. What this run actually does (T = %1)</source>
        <translation>3. 本次运行的实际情况（T = %1）</translation>
    </message>
    <message>
        <source>With T = 0 there is nothing to back-propagate: the gradient is l itself.</source>
        <translation>T = 0 时没有需要反向传播的内容：梯度就是 l 本身。</translation>
    </message>
    <message>
        <source>Forward: a₁ = W·h₀ + b = %1, h₁ = φ(a₁) = %2; a₂ = %3, h₂ = %4; … a_T = %5.</source>
        <translation>前向：a₁ = W·h₀ + b = %1，h₁ = φ(a₁) = %2；a₂ = %3，h₂ = %4；… a_T = %5。</translation>
    </message>
    <message>
        <source>Back-propagated: ‖∂L/∂h₀‖ = &lt;b&gt;%1&lt;/b&gt; after %2 steps back, × %3 per step on average (the blue curve).</source>
        <translation>反向传播结果：回溯 %2 步后 ‖∂L/∂h₀‖ = &lt;b&gt;%1&lt;/b&gt;，平均每步 × %3（蓝色曲线）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why does it vanish although γ·ρ &amp;gt; 1?&lt;/b&gt; The estimate assumes every unit sits where φ&apos; = γ. </source>
        <translation>&lt;b&gt;为什么 γ·ρ &amp;gt; 1 时梯度仍然消失？&lt;/b&gt;该估计假设每个单元都处于 φ&apos; = γ 的位置。</translation>
    </message>
    <message>
        <source>Here the pre-activations grow large (mean |a_T| = %1), the units saturate and φ&apos;(a_T) averages only %2 instead of γ = %3; %4 % of all φ&apos; values on the way are below γ/10. Redoing the seed&apos;s product with that φ&apos;: ρ × %2 = %5 %6 1.</source>
        <translation>这里预激活值变得很大（|a_T| 的平均值 = %1），单元饱和，φ&apos;(a_T) 的平均值只有 %2，而不是 γ = %3；途中所有 φ&apos; 值中有 %4 % 低于 γ/10。用这个 φ&apos; 重新计算原题中的乘积：ρ × %2 = %5 %6 1。</translation>
    </message>
    <message>
        <source>Here φ&apos;(a_T) averages %1 instead of γ = %2 (units with a ≤ 0 pass no gradient).</source>
        <translation>这里 φ&apos;(a_T) 的平均值为 %1，而不是 γ = %2（a ≤ 0 的单元不传递梯度）。</translation>
    </message>
    <message>
        <source>With h₀ = 0 and b = 0, as in the seed, this network drives its units into saturation, so its gradient vanishes in practice. The seed&apos;s answer (exploding) describes what W allows while the units are not saturated; load the preset &lt;i&gt;Seed at its fixed point&lt;/i&gt; (b = −3.5, h₀ = 0.5) to see the gradient really grow as 1.75^k.</source>
        <translation>与原题一样取 h₀ = 0、b = 0 时，该网络会使其单元进入饱和，因此实际上梯度会消失。原题的答案（梯度爆炸）描述的是单元未饱和时 W 所允许的情况；载入预设&lt;i&gt;原题网络处于不动点&lt;/i&gt;（b = −3.5，h₀ = 0.5），即可看到梯度确实按 1.75^k 增长。</translation>
    </message>
    <message>
        <source>The actual gradient grows too, as the estimate predicts.</source>
        <translation>正如估计所预测的，实际梯度也在增长。</translation>
    </message>
    <message>
        <source>As guaranteed, the actual curve stays below the bound and vanishes.</source>
        <translation>正如所保证的，实际曲线始终位于上界之下并逐渐消失。</translation>
    </message>
    <message>
        <source>Neither is guaranteed; in this run the gradient grows.</source>
        <translation>两者都无法保证；本次运行中梯度在增长。</translation>
    </message>
    <message>
        <source>Neither is guaranteed; in this run the gradient does not grow.</source>
        <translation>两者都无法保证；本次运行中梯度没有增长。</translation>
    </message>
    <message>
        <source>The forward states grew past about 1e300 at step %1 and were clipped from there on.</source>
        <translation>前向状态在第 %1 步超过约 1e300，此后均被截断。</translation>
    </message>
    <message>
        <source>Norms past 1e300 are drawn at that ceiling (the read-out still gives their size).</source>
        <translation>超过 1e300 的范数画在该上限处（读数仍给出其实际大小）。</translation>
    </message>
</context>
<context>
    <name>GradientInputs</name>
    <message>
        <source>Hidden size n</source>
        <translation>隐藏层大小 n</translation>
    </message>
    <message>
        <source>Size n of the hidden state; W_hh is n×n (1 to 8 to edit by hand)</source>
        <translation>隐藏状态的大小 n；W_hh 为 n×n（1 到 8 时可手动编辑）</translation>
    </message>
    <message>
        <source>W_hh entries</source>
        <translation>W_hh 元素</translation>
    </message>
    <message>
        <source>The recurrent matrix W_hh: type a number into a cell (Enter to confirm)</source>
        <translation>循环矩阵 W_hh：在单元格中输入数字（按 Enter 确认）</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The non-linearity φ between hidden states; γ = max|φ&apos;|</source>
        <translation>隐藏状态之间的非线性函数 φ；γ = max|φ&apos;|</translation>
    </message>
    <message>
        <source>sigmoid (γ = 1/4)</source>
        <translation>sigmoid (γ = 1/4)</translation>
    </message>
    <message>
        <source>tanh (γ = 1)</source>
        <translation>tanh (γ = 1)</translation>
    </message>
    <message>
        <source>ReLU (γ = 1)</source>
        <translation>ReLU (γ = 1)</translation>
    </message>
    <message>
        <source>linear (γ = 1)</source>
        <translation>线性 (γ = 1)</translation>
    </message>
    <message>
        <source>Number of steps T</source>
        <translation>步数 T</translation>
    </message>
    <message>
        <source>How many steps T to run forward and back-propagate (0 to 10 000)</source>
        <translation>前向运行并反向传播的步数 T（0 到 10 000）</translation>
    </message>
    <message>
        <source>0 … 0 (default)</source>
        <translation>0 … 0（默认）</translation>
    </message>
    <message>
        <source>The bias b added at every step: n numbers, or empty for zeros</source>
        <translation>每一步加上的偏置 b：n 个数，留空则为全零</translation>
    </message>
    <message>
        <source>The initial state h₀: n numbers, or empty for zeros</source>
        <translation>初始状态 h₀：n 个数，留空则为全零</translation>
    </message>
    <message>
        <source>1/√n each (default)</source>
        <translation>每个元素 1/√n（默认）</translation>
    </message>
    <message>
        <source>The loss gradient l = ∂L/∂h_T where back-propagation starts: n numbers, or empty for 1/√n each</source>
        <translation>反向传播起点处的损失梯度 l = ∂L/∂h_T：n 个数，留空则每个元素为 1/√n</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>偏置 b</translation>
    </message>
    <message>
        <source>Initial state h0</source>
        <translation>初始状态 h0</translation>
    </message>
    <message>
        <source>Loss gradient l</source>
        <translation>损失梯度 l</translation>
    </message>
    <message>
        <source>Size &amp;n</source>
        <translation>大小 n(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;W_hh</source>
        <translation>W_hh(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Activation φ</source>
        <translation>激活函数 φ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Steps T</source>
        <translation>步数 T(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;b (bias)</source>
        <translation>b（偏置）(&amp;B)</translation>
    </message>
    <message>
        <source>h&amp;0 (start)</source>
        <translation>h0（初始）(&amp;0)</translation>
    </message>
    <message>
        <source>loss &amp;gradient l</source>
        <translation>损失梯度 l(&amp;G)</translation>
    </message>
    <message>
        <source>Row %1, column %2: &apos;%3&apos; is not a number; the cell keeps its value.</source>
        <translation>第 %1 行第 %2 列：“%3”不是数字；该单元格保持原值。</translation>
    </message>
</context>
<context>
    <name>GradientPage</name>
    <message>
        <source>Cancelled: the chart still shows the previous result.</source>
        <translation>已取消：图表仍显示上一次的结果。</translation>
    </message>
    <message>
        <source>Recurrence  h_t = φ(W_hh·h_(t−1) + b)</source>
        <translation>递推式  h_t = φ(W_hh·h_(t−1) + b)</translation>
    </message>
    <message>
        <source>Scale factor on W_hh (live)</source>
        <translation>W_hh 的缩放系数（实时）</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>The verdict from the spectrum, and what the actual gradient did</source>
        <translation>由谱得出的结论，以及实际梯度的表现</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>分析进度</translation>
    </message>
    <message>
        <source>Large problems run in the background</source>
        <translation>大规模问题在后台运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the analysis</source>
        <translation>取消分析</translation>
    </message>
    <message>
        <source>Stop the running analysis (Esc)</source>
        <translation>停止正在运行的分析 (Esc)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Chart read-out</source>
        <translation>图表读数</translation>
    </message>
    <message>
        <source>Values at the step under the mouse (or the chart&apos;s cursor keys)</source>
        <translation>鼠标所在步（或图表光标键所选步）的数值</translation>
    </message>
    <message>
        <source>Eigenvalues</source>
        <translation>特征值</translation>
    </message>
    <message>
        <source>Eigenvalues of the analysed matrix, largest modulus first</source>
        <translation>所分析矩阵的特征值，按模从大到小排列</translation>
    </message>
    <message>
        <source>Spectrum key</source>
        <translation>谱图图例</translation>
    </message>
    <message>
        <source>Check the highlighted input: %1</source>
        <translation>请检查高亮的输入：%1</translation>
    </message>
    <message>
        <source>γ·ρ = %1   ·   γ·σ_max = %2</source>
        <translation>γ·ρ = %1   ·   γ·σ_max = %2</translation>
    </message>
    <message>
        <source>the actual gradient shrinks (× %1 per step)</source>
        <translation>实际梯度在衰减（每步 × %1）</translation>
    </message>
    <message>
        <source>the actual gradient grows (× %1 per step)</source>
        <translation>实际梯度在增长（每步 × %1）</translation>
    </message>
    <message>
        <source>Exploding: γ·ρ = %1 &gt; 1 — prone to exploding gradients. %2</source>
        <translation>梯度爆炸：γ·ρ = %1 &gt; 1 —— 容易发生爆炸。%2</translation>
    </message>
    <message>
        <source>But here %1: the units saturate.</source>
        <translation>但这里%1：单元已饱和。</translation>
    </message>
    <message>
        <source>Here %1.</source>
        <translation>这里%1。</translation>
    </message>
    <message>
        <source>Vanishing: γ·σ_max = %1 &lt; 1 — guaranteed to vanish. %2</source>
        <translation>梯度消失：γ·σ_max = %1 &lt; 1 —— 保证会消失。%2</translation>
    </message>
    <message>
        <source>Borderline: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2 — neither is guaranteed. %3</source>
        <translation>临界：γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2 —— 两者都无法保证。%3</translation>
    </message>
    <message>
        <source>Check the input: %1</source>
        <translation>请检查输入：%1</translation>
    </message>
    <message>
        <source>Scale factor</source>
        <translation>缩放系数</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
</context>
<context>
    <name>GradientPresetBox</name>
    <message>
        <source>Seed: every entry 3.5, sigmoid</source>
        <translation>原题：元素全为 3.5，sigmoid</translation>
    </message>
    <message>
        <source>The midterm&apos;s network: n = 2, W_hh = [[3.5, 3.5], [3.5, 3.5]], sigmoid, b = 0, h₀ = 0</source>
        <translation>期中考试中的网络：n = 2，W_hh = [[3.5, 3.5], [3.5, 3.5]]，sigmoid，b = 0，h₀ = 0</translation>
    </message>
    <message>
        <source>Seed at its fixed point (b = −3.5, h₀ = 0.5)</source>
        <translation>原题网络处于不动点（b = −3.5，h₀ = 0.5）</translation>
    </message>
    <message>
        <source>The same W_hh, but the state stays where σ&apos;(a) = 1/4: the gradient really grows as 1.75^k</source>
        <translation>W_hh 相同，但状态保持在 σ&apos;(a) = 1/4 处：梯度确实按 1.75^k 增长</translation>
    </message>
    <message>
        <source>Scaled identity s·I</source>
        <translation>缩放单位矩阵 s·I</translation>
    </message>
    <message>
        <source>W_hh = s·I (n×n), tanh: every eigenvalue is s</source>
        <translation>W_hh = s·I（n×n），tanh：每个特征值都是 s</translation>
    </message>
    <message>
        <source>Random Gaussian, entries N(0, s²/n)</source>
        <translation>随机高斯矩阵，元素服从 N(0, s²/n)</translation>
    </message>
    <message>
        <source>Random W_hh with spectral radius about s, tanh; the seed picks the matrix</source>
        <translation>谱半径约为 s 的随机 W_hh，tanh；矩阵由随机种子决定</translation>
    </message>
    <message>
        <source>Random orthogonal s·Q</source>
        <translation>随机正交矩阵 s·Q</translation>
    </message>
    <message>
        <source>s times a random orthogonal matrix, tanh: ρ = σ_max = s</source>
        <translation>s 乘以一个随机正交矩阵，tanh：ρ = σ_max = s</translation>
    </message>
    <message>
        <source>Non-normal [[0.5, 5], [0, 0.5]]</source>
        <translation>非正规矩阵 [[0.5, 5], [0, 0.5]]</translation>
    </message>
    <message>
        <source>ρ = 0.5 but σ_max ≈ 5.05, tanh: the bound and the estimate disagree (transient growth)</source>
        <translation>ρ = 0.5 但 σ_max ≈ 5.05，tanh：上界与估计不一致（瞬态增长）</translation>
    </message>
    <message>
        <source>Random n = 64</source>
        <translation>随机 n = 64</translation>
    </message>
    <message>
        <source>A 64×64 random Gaussian W_hh (computed in the background)</source>
        <translation>64×64 的随机高斯 W_hh（在后台计算）</translation>
    </message>
    <message>
        <source>Random n = 256</source>
        <translation>随机 n = 256</translation>
    </message>
    <message>
        <source>A 256×256 random Gaussian W_hh (computed in the background)</source>
        <translation>256×256 的随机高斯 W_hh（在后台计算）</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Choose a ready-made W_hh; it loads at once (undo with Ctrl+Z)</source>
        <translation>选择一个现成的 W_hh；立即载入（可用 Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <source>Preset size n</source>
        <translation>预设大小 n</translation>
    </message>
    <message>
        <source>Hidden size n of the preset (1 to 8 to edit by hand)</source>
        <translation>预设的隐藏层大小 n（1 到 8 时可手动编辑）</translation>
    </message>
    <message>
        <source>Preset scale s</source>
        <translation>预设缩放系数 s</translation>
    </message>
    <message>
        <source>The preset&apos;s factor s (identity: the eigenvalue; Gaussian: about ρ; orthogonal: ρ = σ_max)</source>
        <translation>预设的系数 s（单位矩阵：即特征值；高斯矩阵：约为 ρ；正交矩阵：ρ = σ_max）</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random seed: the same seed always gives the same matrix</source>
        <translation>随机种子：相同的种子总是生成相同的矩阵</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>载入(&amp;O)</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>载入预设</translation>
    </message>
    <message>
        <source>Load the chosen preset with these parameters (Alt+O)</source>
        <translation>用这些参数载入所选预设 (Alt+O)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>预设(&amp;P)</translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>The cell whose computational graph is drawn</source>
        <translation>绘制其计算图的单元</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>&amp;Folded</source>
        <translation>折叠(&amp;F)</translation>
    </message>
    <message>
        <source>One cell with the delay loop h(t) → h(t−1)</source>
        <translation>一个单元，带有延迟回路 h(t) → h(t−1)</translation>
    </message>
    <message>
        <source>Folded view</source>
        <translation>折叠视图</translation>
    </message>
    <message>
        <source>&amp;Unrolled</source>
        <translation>展开(&amp;U)</translation>
    </message>
    <message>
        <source>One copy of the cell per time step; the shared parameters feed every step</source>
        <translation>每个时间步一个单元副本；共享参数输入到每一步</translation>
    </message>
    <message>
        <source>Unrolled view</source>
        <translation>展开视图</translation>
    </message>
    <message>
        <source>τ, the number of time steps the graph is unrolled for (1–8)</source>
        <translation>τ：图展开的时间步数（1–8）</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>τ = </source>
        <translation>τ = </translation>
    </message>
    <message>
        <source>Weights &amp;not shared</source>
        <translation>权重不共享(&amp;N)</translation>
    </message>
    <message>
        <source>What if the weights were not shared? Draws separate copies W(1), W(2), … and shows that one gradient step makes them differ</source>
        <translation>如果权重不共享会怎样？绘制独立的副本 W(1)、W(2)、…，并展示一次梯度更新后它们变得各不相同</translation>
    </message>
    <message>
        <source>Weights not shared</source>
        <translation>权重不共享</translation>
    </message>
    <message>
        <source>&amp;Backward (BPTT)</source>
        <translation>反向传播 (BPTT)(&amp;B)</translation>
    </message>
    <message>
        <source>Step back-propagation through time from L(τ) back to t = 1 with ← → Home End; each edge shows the gradient flowing back along it</source>
        <translation>用 ← → Home End 逐步进行随时间反向传播，从 L(τ) 回到 t = 1；每条边显示沿它反向流动的梯度</translation>
    </message>
    <message>
        <source>Backward mode</source>
        <translation>反向传播模式</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>放大 (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit the whole graph into the window (Ctrl+0)</source>
        <translation>使整个图适应窗口 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <source>Pixels per point of the saved image: 2× for slides, 4× for print</source>
        <translation>保存图像时每个点对应的像素数：幻灯片用 2×，打印用 4×</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>另存为 PNG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the whole graph as a PNG image at the chosen scale</source>
        <translation>按所选缩放比例将整个图保存为 PNG 图像</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>另存为 PNG</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>单元(&amp;C)：</translation>
    </message>
    <message>
        <source>Cell: %1</source>
        <translation>单元：%1</translation>
    </message>
    <message>
        <source>τ = %1</source>
        <translation>τ = %1</translation>
    </message>
    <message>
        <source>Weights shared</source>
        <translation>权重共享</translation>
    </message>
</context>
<context>
    <name>GraphEquations</name>
    <message>
        <source>Vanilla RNN</source>
        <translation>普通 RNN</translation>
    </message>
    <message>
        <source>LSTM</source>
        <translation>LSTM</translation>
    </message>
    <message>
        <source>GRU</source>
        <translation>GRU</translation>
    </message>
    <message>
        <source>The same W, U, V, b and c are used at every time step: one node each, with an edge to every use.</source>
        <translation>每个时间步都使用相同的 W、U、V、b 和 c：每个参数一个节点，并有边连到它的每一次使用。</translation>
    </message>
    <message>
        <source>f forget gate, i input gate, g candidate, q output gate, s cell state. Every gate&apos;s parameters are shared across time like W in the plain RNN.</source>
        <translation>f 遗忘门，i 输入门，g 候选值，q 输出门，s 细胞状态。每个门的参数都像普通 RNN 中的 W 一样在各时间步之间共享。</translation>
    </message>
    <message>
        <source>z update gate, r reset gate, h̃ candidate state. Every parameter is shared across time.</source>
        <translation>z 更新门，r 重置门，h̃ 候选状态。每个参数都在各时间步之间共享。</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <source>RNN computational graph</source>
        <translation>RNN 计算图</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Stage 1 handles L(τ) and step τ; the last stage reaches t = 1 (← → Home End)</source>
        <translation>第 1 阶段处理 L(τ) 和第 τ 步；最后一个阶段到达 t = 1（← → Home End）</translation>
    </message>
    <message>
        <source>Backward stage</source>
        <translation>反向传播阶段</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RNN computational graph&lt;/h2&gt;Every weight is shared across time, so the graph has one node per parameter with an edge to every use, and ∇&lt;sub&gt;W&lt;/sub&gt;L = Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;W(t)&lt;/sub&gt;L.</source>
        <translation>&lt;h2&gt;RNN 计算图&lt;/h2&gt;每个权重都在各时间步之间共享，因此图中每个参数只有一个节点，并有边连到它的每一次使用，且 ∇&lt;sub&gt;W&lt;/sub&gt;L = Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;W(t)&lt;/sub&gt;L。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage %1 of %2: time step t = %3.&lt;/b&gt; ∂L/∂h(%3) arrives from L(%3) and from step %4; every edge of step %3 now shows the gradient flowing back along it (red, framed). Green edges are done, dotted ones still to come.</source>
        <translation>&lt;b&gt;第 %1 阶段，共 %2 阶段：时间步 t = %3。&lt;/b&gt;∂L/∂h(%3) 来自 L(%3) 和第 %4 步；第 %3 步的每条边现在都显示沿它反向流动的梯度（红色，带框）。绿色边已完成，虚线边尚未处理。</translation>
    </message>
    <message>
        <source>none (the last step)</source>
        <translation>无（最后一步）</translation>
    </message>
    <message>
        <source>after a step: reference</source>
        <translation>一次更新后：参照</translation>
    </message>
    <message>
        <source>after a step: ≠ %1(1) by %2</source>
        <translation>一次更新后：与 %1(1) 相差 %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3 pixels).</source>
        <translation>已保存 %1（%2 × %3 像素）。</translation>
    </message>
    <message>
        <source>Save graph as PNG</source>
        <translation>将图保存为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Side panel (equations and values)</source>
        <translation>侧边栏（方程与数值）</translation>
    </message>
</context>
<context>
    <name>GraphRender</name>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG 编码失败</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>shared parameters</source>
        <translation>共享参数</translation>
    </message>
    <message>
        <source>one cell, time t</source>
        <translation>一个单元，时刻 t</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <source>Delay: the value of h(t) arrives as h(t−1) at the next step.</source>
        <translation>延迟：h(t) 的值在下一步作为 h(t−1) 到达。</translation>
    </message>
    <message>
        <source>Gradient flowing back along this edge:</source>
        <translation>沿此边反向流动的梯度：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>∂L/∂ of this node:</source>
        <translation>∂L/∂(此节点)：</translation>
    </message>
    <message>
        <source>Click to highlight every use and every path from each L(t) back to it.</source>
        <translation>单击以高亮它的每一次使用，以及从每个 L(t) 回到它的每条路径。</translation>
    </message>
    <message>
        <source>Gradient flowing back along %1</source>
        <translation>沿 %1 反向流动的梯度</translation>
    </message>
</context>
<context>
    <name>GraphSidePanel</name>
    <message>
        <source>Back-propagation through time</source>
        <translation>随时间反向传播</translation>
    </message>
    <message>
        <source>What if the weights were not shared?</source>
        <translation>如果权重不共享会怎样？</translation>
    </message>
    <message>
        <source>Equations and numbers</source>
        <translation>方程与数值</translation>
    </message>
    <message>
        <source>Cell equations</source>
        <translation>单元方程</translation>
    </message>
    <message>
        <source>The cell&apos;s forward computation; each line is a node of the graph</source>
        <translation>单元的前向计算；每一行是图中的一个节点</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>所选节点</translation>
    </message>
    <message>
        <source>The node you clicked: its value and the gradient of L with respect to it</source>
        <translation>你单击的节点：它的值以及 L 对它的梯度</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>The parameter whose gradient is summed over time; clicking a parameter in the graph chooses it too</source>
        <translation>其梯度随时间求和的参数；在图中单击一个参数也可以选中它</translation>
    </message>
    <message>
        <source>Per-step gradients and running sum</source>
        <translation>每步梯度与累计和</translation>
    </message>
    <message>
        <source>Each stage adds one step&apos;s contribution ∇θ(t) L to the running sum</source>
        <translation>每个阶段把一步的贡献 ∇θ(t) L 加到累计和中</translation>
    </message>
    <message>
        <source>Running sum result</source>
        <translation>累计和结果</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>η of the one gradient step applied to every copy</source>
        <translation>对每个副本执行一次梯度更新时的 η</translation>
    </message>
    <message>
        <source>η = </source>
        <translation>η = </translation>
    </message>
    <message>
        <source>Copies after one step</source>
        <translation>一次更新后的副本</translation>
    </message>
    <message>
        <source>Each copy moves by its own step&apos;s gradient, so after one step they differ</source>
        <translation>每个副本按其所在步的梯度移动，因此一次更新后它们各不相同</translation>
    </message>
    <message>
        <source>Unshared summary</source>
        <translation>不共享时的总结</translation>
    </message>
    <message>
        <source>Hidden size n (2–4)</source>
        <translation>隐藏层大小 n（2–4）</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>隐藏层大小</translation>
    </message>
    <message>
        <source>Input size m (2–3)</source>
        <translation>输入大小 m（2–3）</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>输入大小</translation>
    </message>
    <message>
        <source>Number of classes k (2–3)</source>
        <translation>类别数 k（2–3）</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <source>Seed of the random parameters and data; the same seed gives the same numbers on every computer</source>
        <translation>随机参数和数据的种子；相同的种子在任何计算机上都给出相同的数值</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>&amp;Hidden n:</source>
        <translation>隐藏层 n(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Input m:</source>
        <translation>输入 m(&amp;I)：</translation>
    </message>
    <message>
        <source>C&amp;lasses k:</source>
        <translation>类别数 k(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>Hidden size %1</source>
        <translation>隐藏层大小 %1</translation>
    </message>
    <message>
        <source>Input size %1</source>
        <translation>输入大小 %1</translation>
    </message>
    <message>
        <source>Classes %1</source>
        <translation>类别数 %1</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>η = %1</source>
        <translation>η = %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a node to see its value. Click a parameter such as W to highlight every use of it and every path from each L(t) back to it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;单击一个节点查看它的值。单击 W 等参数，可高亮它的每一次使用，以及从每个 L(t) 回到它的每条路径。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Uses: %1. The paths from the losses L(t) back to it have %2 nodes and %3 edges.</source>
        <translation>使用次数：%1。从各损失 L(t) 回到它的路径共有 %2 个节点和 %3 条边。</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>∂L/∂ of this node:</source>
        <translation>∂L/∂(此节点)：</translation>
    </message>
    <message>
        <source>Running sum Σ&lt;sub&gt;t=%1…%2&lt;/sub&gt; ∇&lt;sub&gt;%3(t)&lt;/sub&gt;L =</source>
        <translation>累计和 Σ&lt;sub&gt;t=%1…%2&lt;/sub&gt; ∇&lt;sub&gt;%3(t)&lt;/sub&gt;L =</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete:&lt;/b&gt; it equals ∇&lt;sub&gt;%1&lt;/sub&gt;L, the gradient of the one shared node %1 (largest difference %2).</source>
        <translation>&lt;b&gt;完成：&lt;/b&gt;它等于 ∇&lt;sub&gt;%1&lt;/sub&gt;L，即唯一共享节点 %1 的梯度（最大差值 %2）。</translation>
    </message>
    <message>
        <source>Steps 1 … %1 are still to come.</source>
        <translation>第 1 … %1 步尚未处理。</translation>
    </message>
    <message>
        <source>After one step with η = %1 the copies %2(1) … %2(%3) differ by up to &lt;b&gt;%4&lt;/b&gt;: each moved by its own step&apos;s gradient only, so they are no longer one parameter and the unrolled graph is no longer an RNN. With sharing, the one %2 moves by η·Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;%2(t)&lt;/sub&gt;L and stays one matrix.&lt;br&gt;L before the step: %5; after the shared step: %6; after the separate steps: %7.</source>
        <translation>以 η = %1 更新一次后，副本 %2(1) … %2(%3) 之间最多相差 &lt;b&gt;%4&lt;/b&gt;：每个副本只按其所在步的梯度移动，因此它们不再是同一个参数，展开的图也不再是 RNN。若共享权重，唯一的 %2 按 η·Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;%2(t)&lt;/sub&gt;L 移动，仍然是同一个矩阵。&lt;br&gt;更新前的 L：%5；共享更新后：%6；分别更新后：%7。</translation>
    </message>
    <message>
        <source>The cell&apos;s equations, the selected node, BPTT sums and unshared copies; the arrow keys scroll</source>
        <translation>单元方程、所选节点、BPTT 求和以及不共享的副本；可用方向键滚动</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Computational graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>The cell&apos;s operations as boxes, with arrows from each value to its uses</source>
        <translation>单元的运算画成方框，箭头从每个值指向使用它的地方</translation>
    </message>
    <message>
        <source>Click a parameter such as W to highlight its uses and every path from each loss back to it.
Drag to pan; Ctrl+wheel or Ctrl+= / Ctrl+- to zoom; Ctrl+0 fits the graph.</source>
        <translation>单击 W 等参数，可高亮它的使用之处，以及从每个损失回到它的每条路径。
拖动以平移；Ctrl+滚轮或 Ctrl+= / Ctrl+- 缩放；Ctrl+0 使整个图适应窗口。</translation>
    </message>
</context>
<context>
    <name>ImageDemoPanel</name>
    <message>
        <source>Image demo</source>
        <translation>图像演示</translation>
    </message>
    <message>
        <source>Apply the filter to a real image. The picture becomes a grayscale matrix with Rec. 601 luma, Y = 0.299·R + 0.587·G + 0.114·B, from 0 (black) to 255 (white), so the output is in the same intensity units as the step-through. The filter, stride, padding, dilation and mode are those of the Step-through tab.</source>
        <translation>把滤波器应用到真实图像上。图片被转换为灰度矩阵，使用 Rec. 601 亮度 Y = 0.299·R + 0.587·G + 0.114·B，取值从 0（黑）到 255（白），因此输出与分步演示使用相同的强度单位。滤波器、步幅、填充、膨胀率和模式与“分步演示”标签页中的相同。</translation>
    </message>
    <message>
        <source>Image problem</source>
        <translation>图像有误</translation>
    </message>
    <message>
        <source>Pixel read-out</source>
        <translation>像素读数</translation>
    </message>
    <message>
        <source>Cancelled. Change a setting or load an image to compute again.</source>
        <translation>已取消。更改设置或载入图像即可重新计算。</translation>
    </message>
    <message>
        <source>Filtering progress</source>
        <translation>滤波进度</translation>
    </message>
    <message>
        <source>How much of the image has been filtered</source>
        <translation>图像已完成滤波的比例</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel filtering</source>
        <translation>取消滤波</translation>
    </message>
    <message>
        <source>Stop filtering this image (Esc)</source>
        <translation>停止对此图像滤波 (Esc)</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>正在滤波…</translation>
    </message>
    <message>
        <source>Input image</source>
        <translation>输入图像</translation>
    </message>
    <message>
        <source>The grayscale input; hover to read a pixel&apos;s value</source>
        <translation>灰度输入；悬停可读取像素值</translation>
    </message>
    <message>
        <source>Load an image or choose a sample</source>
        <translation>载入图像或选择示例</translation>
    </message>
    <message>
        <source>Feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>The filter&apos;s output; hover to read a value and see the input window it came from</source>
        <translation>滤波器的输出；悬停可读取数值，并查看它来自哪个输入窗口</translation>
    </message>
    <message>
        <source>No output yet</source>
        <translation>尚无输出</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>颜色图例</translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>载入图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot load “%1”: %2</source>
        <translation>无法载入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot load the sample “%1”</source>
        <translation>无法载入示例“%1”</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1（示例）</translation>
    </message>
    <message>
        <source>The filter cannot be used: %1</source>
        <translation>无法使用该滤波器：%1</translation>
    </message>
    <message>
        <source>Filtering %1…</source>
        <translation>正在对 %1 滤波…</translation>
    </message>
    <message>
        <source>The filter cannot run on this image: %1</source>
        <translation>无法对此图像运行该滤波器：%1</translation>
    </message>
    <message>
        <source>%1: %2 px</source>
        <translation>%1：%2 像素</translation>
    </message>
    <message>
        <source>, downscaled to %1 px by averaging</source>
        <translation>，已按平均缩小到 %1 像素</translation>
    </message>
    <message>
        <source>Input  %1 (0 black … 255 white)</source>
        <translation>输入  %1（0 黑 … 255 白）</translation>
    </message>
    <message>
        <source>Feature map  %1  (min %2, max %3)</source>
        <translation>特征图  %1  （最小 %2，最大 %3）</translation>
    </message>
    <message>
        <source>Blue is negative, white is 0, red is positive (symmetric about 0)</source>
        <translation>蓝色为负，白色为 0，红色为正（关于 0 对称）</translation>
    </message>
    <message>
        <source>Black is 0, white is the largest output value</source>
        <translation>黑色为 0，白色为最大输出值</translation>
    </message>
    <message>
        <source>custom filter</source>
        <translation>自定义滤波器</translation>
    </message>
    <message>
        <source>Filter: %1 %2, stride %3, padding %4, dilation %5, %6</source>
        <translation>滤波器：%1 %2，步幅 %3，填充 %4，膨胀率 %5，%6</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>互相关</translation>
    </message>
    <message>
        <source>convolution (filter flipped)</source>
        <translation>卷积（翻转滤波器）</translation>
    </message>
    <message>
        <source> — channel %1 of %2 (the one shown in the filter editor)</source>
        <translation> —— 第 %1 个通道，共 %2 个（即滤波器编辑器中显示的通道）</translation>
    </message>
    <message>
        <source>Input pixel: row %1, column %2 = %3</source>
        <translation>输入像素：第 %1 行，第 %2 列 = %3</translation>
    </message>
    <message>
        <source>Feature map: row %1, column %2 = %3, from input rows %4–%5, columns %6–%7</source>
        <translation>特征图：第 %1 行，第 %2 列 = %3，来自输入第 %4–%5 行、第 %6–%7 列</translation>
    </message>
    <message>
        <source>, dilation %1×%2 (gaps between the taps)</source>
        <translation>，膨胀 %1×%2（卷积核元素之间有间隔）</translation>
    </message>
    <message>
        <source>; part of the window is zero padding</source>
        <translation>；窗口的一部分是零填充</translation>
    </message>
    <message>
        <source>Hover over the input to read a pixel, or over the feature map to see the window it came from.</source>
        <translation>将鼠标悬停在输入上可读取像素，悬停在特征图上可查看它来自哪个窗口。</translation>
    </message>
    <message>
        <source>The colours of the feature map&apos;s values</source>
        <translation>特征图数值的颜色</translation>
    </message>
</context>
<context>
    <name>ImageSourceBar</name>
    <message>
        <source>&amp;Load image…</source>
        <translation>载入图像(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Downscale to at most</source>
        <translation>缩小到最多(&amp;D)</translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>载入图像</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG photo; it becomes a grayscale matrix (0 = black … 255 = white)</source>
        <translation>打开 PNG 或 JPEG 照片；它会被转换为灰度矩阵（0 = 黑 … 255 = 白）</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>示例(&amp;S)：</translation>
    </message>
    <message>
        <source>Sample image</source>
        <translation>示例图像</translation>
    </message>
    <message>
        <source>Use one of the sample images that come with DL Tutor</source>
        <translation>使用 DL Tutor 自带的示例图像之一</translation>
    </message>
    <message>
        <source>Downscale the image</source>
        <translation>缩小图像</translation>
    </message>
    <message>
        <source>Shrink large images by averaging pixel areas, so the longer side is at most this many pixels</source>
        <translation>通过对像素区域取平均来缩小大图像，使较长边不超过这么多像素</translation>
    </message>
    <message>
        <source>Largest side in pixels</source>
        <translation>最长边（像素）</translation>
    </message>
    <message>
        <source>The longer side of the image after downscaling, in pixels</source>
        <translation>缩小后图像较长边的像素数</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>棋盘格</translation>
    </message>
    <message>
        <source>Gradient and circle</source>
        <translation>渐变与圆</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded; the interface stays in English.</source>
        <translation>无法载入 %1 的翻译；界面保持为英文。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The language of the interface; switching takes effect at once</source>
        <translation>界面语言；切换后立即生效</translation>
    </message>
    <message>
        <source>&amp;System default (%1)</source>
        <translation>系统默认(&amp;S)（%1）</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language and number format</source>
        <translation>跟随系统的语言和数字格式</translation>
    </message>
    <message>
        <source>Show the interface in %1</source>
        <translation>以 %1 显示界面</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DL Tutor</source>
        <translation>DL Tutor</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Choose the midterm topic to practise</source>
        <translation>选择要练习的期中考试专题</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>专题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About DL Tutor</source>
        <translation>关于 DL Tutor(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — DL Tutor</source>
        <translation>%1 — DL Tutor</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About DL Tutor</source>
        <translation>关于 DL Tutor</translation>
    </message>
    <message>
        <source>&lt;b&gt;DL Tutor %1&lt;/b&gt;&lt;p&gt;Practise the deep-learning midterm: convolution, layer sizes, vanishing and exploding gradients, quizzes and the RNN computational graph.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DL Tutor %1&lt;/b&gt;&lt;p&gt;深度学习期中考试复习：卷积、层尺寸、梯度消失与梯度爆炸、测验以及 RNN 计算图。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Compute a convolution with a given filter, step by step</source>
        <translation>用给定的滤波器逐步计算卷积</translation>
    </message>
    <message>
        <source>VGG layer sizes</source>
        <translation>VGG 各层尺寸</translation>
    </message>
    <message>
        <source>Work out every layer&apos;s size, parameters and MACs in the six VGG configurations</source>
        <translation>计算六种 VGG 配置中每一层的尺寸、参数和乘加次数</translation>
    </message>
    <message>
        <source>Vanishing/exploding gradients</source>
        <translation>梯度消失/爆炸</translation>
    </message>
    <message>
        <source>Choose W_hh and watch the back-propagated gradient norm vanish or explode</source>
        <translation>选择 W_hh，观察反向传播的梯度范数消失或爆炸</translation>
    </message>
    <message>
        <source>Quiz and mock midterm</source>
        <translation>测验与模拟期中考试</translation>
    </message>
    <message>
        <source>T/F and multiple-choice questions with explanations, your own bank, a mock midterm</source>
        <translation>带解释的判断题和选择题、自定义题库以及模拟期中考试</translation>
    </message>
    <message>
        <source>RNN computational graph</source>
        <translation>RNN 计算图</translation>
    </message>
    <message>
        <source>The RNN cell&apos;s graph folded and unrolled: shared weights and BPTT step by step</source>
        <translation>RNN 单元的折叠图与展开图：逐步演示共享权重与 BPTT</translation>
    </message>
    <message>
        <source>Open &amp;question bank…</source>
        <translation>打开题库(&amp;Q)…</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch topic&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;first / last step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / → , 1–9, T / F, Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: previous / next question, choose, submit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+= / Ctrl+− / Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom the interface in / out / back to 100%&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;full screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L / Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lecture mode / clean mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;切换专题&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一步 / 上一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;第一步 / 最后一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;播放 / 暂停&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / → , 1–9, T / F, Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;测验：上一题 / 下一题、选择、提交&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+= / Ctrl+− / Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;界面放大 / 缩小 / 恢复到 100%&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;全屏&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L / Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;授课模式 / 简洁模式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixCommands</name>
    <message>
        <source>set %1 row %2, column %3 to &apos;%4&apos;</source>
        <translation>将%1第 %2 行第 %3 列设为“%4”</translation>
    </message>
    <message>
        <source>insert a row in %1</source>
        <translation>在%1中插入一行</translation>
    </message>
    <message>
        <source>insert a column in %1</source>
        <translation>在%1中插入一列</translation>
    </message>
    <message>
        <source>remove a row from %1</source>
        <translation>从%1中删除一行</translation>
    </message>
    <message>
        <source>remove a column from %1</source>
        <translation>从%1中删除一列</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Channel shown</source>
        <translation>显示的通道</translation>
    </message>
    <message>
        <source>Which channel of the volume to show and edit</source>
        <translation>选择数据体中要显示和编辑的通道</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ 行</translation>
    </message>
    <message>
        <source>Insert a row of zeros below the current cell</source>
        <translation>在当前单元格下方插入一行零</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− 行</translation>
    </message>
    <message>
        <source>Remove the current cell&apos;s row</source>
        <translation>删除当前单元格所在的行</translation>
    </message>
    <message>
        <source>+ Col</source>
        <translation>+ 列</translation>
    </message>
    <message>
        <source>Insert a column of zeros right of the current cell</source>
        <translation>在当前单元格右侧插入一列零</translation>
    </message>
    <message>
        <source>− Col</source>
        <translation>− 列</translation>
    </message>
    <message>
        <source>Remove the current cell&apos;s column</source>
        <translation>删除当前单元格所在的列</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Paste numbers from the clipboard (Ctrl+V): rows on lines, values separated by tabs, spaces or commas; a blank line starts the next channel</source>
        <translation>从剪贴板粘贴数字 (Ctrl+V)：每行一行，数值用制表符、空格或逗号分隔；空行开始下一个通道</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Fill with random whole numbers</source>
        <translation>用随机整数填充</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Add or remove channels of the volume</source>
        <translation>添加或删除数据体的通道</translation>
    </message>
    <message>
        <source>Add a channel (copy of the one shown)</source>
        <translation>添加一个通道（复制当前显示的通道）</translation>
    </message>
    <message>
        <source>Remove the channel shown</source>
        <translation>删除当前显示的通道</translation>
    </message>
    <message>
        <source>%1 matrix</source>
        <translation>%1矩阵</translation>
    </message>
    <message>
        <source>%1: type to edit a cell; Ctrl+V pastes a whole matrix; Esc returns the arrow keys to stepping</source>
        <translation>%1：输入即可编辑单元格；Ctrl+V 粘贴整个矩阵；Esc 让方向键恢复单步控制</translation>
    </message>
    <message>
        <source>%1  %2×%3</source>
        <translation>%1  %2×%3</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> / %1</translation>
    </message>
    <message>
        <source>Paste: %1</source>
        <translation>粘贴：%1</translation>
    </message>
    <message>
        <source>paste into %1</source>
        <translation>粘贴到%1</translation>
    </message>
    <message>
        <source>fill %1 with random numbers</source>
        <translation>用随机数填充%1</translation>
    </message>
    <message>
        <source>add a channel to %1</source>
        <translation>向%1添加一个通道</translation>
    </message>
    <message>
        <source>remove channel %1 of %2</source>
        <translation>删除%2的第 %1 个通道</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>zero padding</source>
        <translation>零填充</translation>
    </message>
    <message>
        <source>row %1, column %2: not computed yet</source>
        <translation>第 %1 行，第 %2 列：尚未计算</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>in the window</source>
        <translation>在窗口内</translation>
    </message>
    <message>
        <source>in the window, multiplied %1</source>
        <translation>在窗口内，乘以 %1</translation>
    </message>
    <message>
        <source>the output cell being computed</source>
        <translation>正在计算的输出单元格</translation>
    </message>
    <message>
        <source>never reached by the window: the stride does not divide evenly</source>
        <translation>窗口从未覆盖到：步幅不能整除</translation>
    </message>
    <message>
        <source>from the last valid result</source>
        <translation>来自最后一次有效的结果</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>%1, channel %2, row %3, column %4</source>
        <translation>%1，第 %2 通道，第 %3 行，第 %4 列</translation>
    </message>
    <message>
        <source>%1, row %2, column %3</source>
        <translation>%1，第 %2 行，第 %3 列</translation>
    </message>
    <message>
        <source>%1: the cell is empty; type a number</source>
        <translation>%1：单元格为空；请输入一个数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1：“%2”不是有限数</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number; type a value such as 3, −1.5 or 2e-3</source>
        <translation>%1：“%2”不是数字；请输入诸如 3、−1.5 或 2e-3 的值</translation>
    </message>
    <message>
        <source>padding: %1</source>
        <translation>填充：%1</translation>
    </message>
    <message>
        <source>inside the current window</source>
        <translation>在当前窗口内</translation>
    </message>
    <message>
        <source>inside the current window, multiplied %1</source>
        <translation>在当前窗口内，乘以 %1</translation>
    </message>
</context>
<context>
    <name>MockResultsView</name>
    <message>
        <source>Mock midterm — results sheet</source>
        <translation>模拟期中考试 —— 成绩单</translation>
    </message>
    <message>
        <source>Results sheet</source>
        <translation>成绩单</translation>
    </message>
    <message>
        <source>Points per part of the mock midterm</source>
        <translation>模拟期中考试各部分的得分</translation>
    </message>
    <message>
        <source>Graduate question — tick what your answer shows</source>
        <translation>研究生题 —— 勾选你的答案中体现的内容</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Tick when your graph shows this; worth %1 points</source>
        <translation>若你的图体现了这一点就勾选；值 %1 分</translation>
    </message>
    <message>
        <source>Review the questions</source>
        <translation>复查题目</translation>
    </message>
    <message>
        <source>See every question with the correct answer and why</source>
        <translation>查看每道题的正确答案及其原因</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>新测验</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>返回开始界面</translation>
    </message>
    <message>
        <source>Mock midterm — results sheet (seed %1)</source>
        <translation>模拟期中考试 —— 成绩单（种子 %1）</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>得分：&lt;b&gt;%1&lt;/b&gt; / %2</translation>
    </message>
    <message>
        <source> · graduate: &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation> · 研究生部分：&lt;b&gt;%1&lt;/b&gt; / %2</translation>
    </message>
</context>
<context>
    <name>MockSheetModel</name>
    <message>
        <source>1. Convolution with a given filter</source>
        <translation>1. 给定滤波器的卷积</translation>
    </message>
    <message>
        <source>2. Layer dimensionality</source>
        <translation>2. 层的维度</translation>
    </message>
    <message>
        <source>3. Vanishing/exploding gradient</source>
        <translation>3. 梯度消失/爆炸</translation>
    </message>
    <message>
        <source>4. T/F and multiple choice (4 × 5)</source>
        <translation>4. 判断题与选择题（4 × 5）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>5. Graduate question, self-assessed [%1]</source>
        <translation>5. 研究生题，自评 [%1]</translation>
    </message>
    <message>
        <source>Graduate total: parts × {%1} + graduate question</source>
        <translation>研究生总分：各部分 × {%1} + 研究生题</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>满分</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Your saved progress in %1 cannot be read (%2); new results will not be saved there.</source>
        <translation>无法读取你保存在 %1 中的进度（%2）；新的结果不会保存到那里。</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (%1) and could not be set aside; it is left untouched in %2 and new results will not be saved.</source>
        <translation>无法读取你保存的进度（%1），也无法将其移到一旁；它原样保留在 %2 中，新的结果将不会被保存。</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (%1). The file was kept as %2; a new history starts now.</source>
        <translation>无法读取你保存的进度（%1）。该文件已保留为 %2；现在开始新的记录。</translation>
    </message>
    <message>
        <source>Progress is not saved: the existing file %1 could not be read and is left as it was.</source>
        <translation>进度不会被保存：现有文件 %1 无法读取，已保持原样。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Input error</source>
        <translation>输入错误</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Time left in the mock midterm</source>
        <translation>模拟期中考试的剩余时间</translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation>测验进度</translation>
    </message>
    <message>
        <source>Which question of the quiz this is</source>
        <translation>这是测验中的第几题</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Type a number, then press Enter</source>
        <translation>输入一个数，然后按 Enter</translation>
    </message>
    <message>
        <source>Your numeric answer</source>
        <translation>你的数值答案</translation>
    </message>
    <message>
        <source>A number such as 28, −0.5 or 1e-3</source>
        <translation>一个数，例如 28、−0.5 或 1e-3</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Your matrix answer</source>
        <translation>你的矩阵答案</translation>
    </message>
    <message>
        <source>Type one number per cell; Tab moves on. Enter submits when no cell is being edited.</source>
        <translation>每个单元格输入一个数；按 Tab 移到下一格。没有单元格处于编辑状态时，按 Enter 提交。</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <source>Previous question (←)</source>
        <translation>上一题 (←)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Check this answer and see why (Enter)</source>
        <translation>检查此答案并查看原因 (Enter)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <source>Next question (→)</source>
        <translation>下一题 (→)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>End the quiz and see the results</source>
        <translation>结束测验并查看结果</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>返回结果</translation>
    </message>
    <message>
        <source>Return to the results and review</source>
        <translation>返回结果并复查</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose · T/F · Enter submits · ←/→ move</source>
        <translation>按键：1–9 选择 · T/F 判断 · Enter 提交 · ←/→ 切换题目</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 · %4</source>
        <translation>第 %1 题，共 %2 题 · %3 · %4</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 分</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>Your answer (%1×%2): click a cell or just type; Tab moves to the next cell</source>
        <translation>你的答案（%1×%2）：单击单元格或直接输入；按 Tab 移到下一格</translation>
    </message>
    <message>
        <source>True  (T)</source>
        <translation>正确  (T)</translation>
    </message>
    <message>
        <source>False  (F)</source>
        <translation>错误  (F)</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>测验题目</translation>
    </message>
    <message>
        <source>Keys: 1 to 9 choose an answer, T or F for true or false, Enter submits and then moves on, left and right arrows go to the previous or next question</source>
        <translation>按键：1 到 9 选择答案，T 或 F 选择对或错，Enter 提交后进入下一题，左右方向键切换到上一题或下一题</translation>
    </message>
    <message>
        <source>The question, your answer and the feedback; the arrow keys scroll</source>
        <translation>题目、你的答案和反馈；可用方向键滚动</translation>
    </message>
    <message>
        <source>Figure %1 of the question: numbers to read, not to edit</source>
        <translation>题目的图 %1：供阅读的数值，不可编辑</translation>
    </message>
</context>
<context>
    <name>QuizMatrixModel</name>
    <message>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Type a number; Tab or the arrow keys move to the next cell</source>
        <translation>输入一个数；按 Tab 或方向键移到下一格</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>row %1, column %2: empty</source>
        <translation>第 %1 行，第 %2 列：空</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>type a number</source>
        <translation>输入一个数</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Open question bank…</source>
        <translation>打开题库…</translation>
    </message>
    <message>
        <source>Load an instructor&apos;s question bank: JSON or Moodle GIFT (Ctrl+O)</source>
        <translation>载入教师的题库：JSON 或 Moodle GIFT (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open question bank</source>
        <translation>打开题库</translation>
    </message>
    <message>
        <source>Question banks (*.json *.gift *.txt);;JSON (*.json);;Moodle GIFT (*.gift *.txt);;All files (*)</source>
        <translation>题库 (*.json *.gift *.txt);;JSON (*.json);;Moodle GIFT (*.gift *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The remembered bank %1 could not be loaded (%2); using the built-in bank.</source>
        <translation>无法载入记住的题库 %1（%2）；改用内置题库。</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2 found. The current bank is unchanged.</source>
        <translation>未载入 %1：发现问题（%2）。当前题库保持不变。</translation>
    </message>
    <message>
        <source>The quiz could not start.</source>
        <translation>无法开始测验。</translation>
    </message>
    <message>
        <source>The mock midterm could not start.</source>
        <translation>无法开始模拟期中考试。</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>剩余时间：%1</translation>
    </message>
    <message>
        <source>Choose an answer first: press 1–9 (T/F for true/false), click a choice or type the value.</source>
        <translation>请先选择答案：按 1–9（判断题按 T/F），单击选项或输入数值。</translation>
    </message>
    <message>
        <source>Saved to your progress (%1).</source>
        <translation>已保存到你的进度（%1）。</translation>
    </message>
</context>
<context>
    <name>QuizReviewModel</name>
    <message>
        <source>✔ right</source>
        <translation>✔ 正确</translation>
    </message>
    <message>
        <source>◐ partly</source>
        <translation>◐ 部分正确</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ 错误</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– 跳过</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>QuizSettingsCommand</name>
    <message>
        <source>Change quiz topics</source>
        <translation>更改测验专题</translation>
    </message>
    <message>
        <source>Change number of questions</source>
        <translation>更改题目数量</translation>
    </message>
    <message>
        <source>Change quiz seed</source>
        <translation>更改测验种子</translation>
    </message>
    <message>
        <source>Change feedback mode</source>
        <translation>更改反馈方式</translation>
    </message>
    <message>
        <source>Toggle graduate section</source>
        <translation>切换研究生部分</translation>
    </message>
    <message>
        <source>Toggle mock timer</source>
        <translation>切换模拟考试计时器</translation>
    </message>
    <message>
        <source>Change mock minutes</source>
        <translation>更改模拟考试分钟数</translation>
    </message>
</context>
<context>
    <name>QuizStartView</name>
    <message>
        <source>Open question bank</source>
        <translation>打开题库</translation>
    </message>
    <message>
        <source>Load an instructor&apos;s bank (JSON or Moodle GIFT)</source>
        <translation>载入教师的题库（JSON 或 Moodle GIFT）</translation>
    </message>
    <message>
        <source>Built-in bank</source>
        <translation>内置题库</translation>
    </message>
    <message>
        <source>Use the built-in bank</source>
        <translation>使用内置题库</translation>
    </message>
    <message>
        <source>Go back to the questions that ship with DL Tutor</source>
        <translation>回到 DL Tutor 自带的题目</translation>
    </message>
    <message>
        <source>Problems in the question bank</source>
        <translation>题库中的问题</translation>
    </message>
    <message>
        <source>Every problem found; fix them and open the bank again</source>
        <translation>发现的所有问题；修正后请重新打开题库</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Tick the topics to draw questions from</source>
        <translation>勾选要从中抽题的专题</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Tick every topic</source>
        <translation>勾选所有专题</translation>
    </message>
    <message>
        <source>None</source>
        <translation>全不选</translation>
    </message>
    <message>
        <source>Untick every topic</source>
        <translation>取消勾选所有专题</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>题目数量</translation>
    </message>
    <message>
        <source>How many questions to draw (fewer if the ticked topics hold fewer)</source>
        <translation>要抽取的题目数（若所勾选专题中的题目不够，则会更少）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>The same seed and bank give everyone the same questions in the same order</source>
        <translation>相同的种子和题库会让每个人得到相同顺序的相同题目</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>Pick a fresh random seed</source>
        <translation>随机选取一个新种子</translation>
    </message>
    <message>
        <source>After each answer</source>
        <translation>每题作答后</translation>
    </message>
    <message>
        <source>Feedback after each answer</source>
        <translation>每题作答后给出反馈</translation>
    </message>
    <message>
        <source>See the correct answer and why right after submitting</source>
        <translation>提交后立即查看正确答案及原因</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>全部结束后</translation>
    </message>
    <message>
        <source>Feedback at the end</source>
        <translation>结束时给出反馈</translation>
    </message>
    <message>
        <source>Answer everything first, then see the results and the review</source>
        <translation>先回答所有题目，再查看结果和复查</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>开始测验</translation>
    </message>
    <message>
        <source>Draw the questions and begin (Enter)</source>
        <translation>抽取题目并开始 (Enter)</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>题数：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>反馈：</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>专题：</translation>
    </message>
    <message>
        <source>Mock midterm</source>
        <translation>模拟期中考试</translation>
    </message>
    <message>
        <source>Composed like the real one: a convolution with a given filter (20 points), layer sizes of a block of layers (20), vanishing or exploding gradients for a 2×2 W_hh (40) and four T/F or multiple-choice questions (5 each): 100 points. The open problems have fresh numbers from the seed and are graded automatically.</source>
        <translation>题型与正式考试相同：一道给定滤波器的卷积题（20 分）、一组层的尺寸计算（20 分）、2×2 W_hh 的梯度消失或爆炸问题（40 分）以及四道判断题或选择题（每题 5 分）：共 100 分。开放题的数值由种子随机生成，并自动评分。</translation>
    </message>
    <message>
        <source>Graduate section (RNN computational graph, self-assessed)</source>
        <translation>研究生部分（RNN 计算图，自评）</translation>
    </message>
    <message>
        <source>Graduate section</source>
        <translation>研究生部分</translation>
    </message>
    <message>
        <source>Add the graduate question, scored against a rubric as a weighted extra</source>
        <translation>加入研究生题，按评分标准打分，作为加权附加分</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation>计时：</translation>
    </message>
    <message>
        <source>Use a timer</source>
        <translation>使用计时器</translation>
    </message>
    <message>
        <source>Finish automatically when the time is up</source>
        <translation>时间到时自动交卷</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Minutes for the mock midterm</source>
        <translation>模拟期中考试的分钟数</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Start mock midterm</source>
        <translation>开始模拟期中考试</translation>
    </message>
    <message>
        <source>Generate a mock midterm with the seed above</source>
        <translation>用上面的种子生成一份模拟期中考试</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>你的进度</translation>
    </message>
    <message>
        <source>Scores per topic over all attempts</source>
        <translation>所有作答中各专题的得分</translation>
    </message>
    <message>
        <source>Every stored attempt, added up per topic</source>
        <translation>所有已保存的作答，按专题汇总</translation>
    </message>
    <message>
        <source>Quiz and mock midterm</source>
        <translation>测验与模拟期中考试</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question bank:&lt;/b&gt; %1 — %2, from %3</source>
        <translation>&lt;b&gt;题库：&lt;/b&gt;%1 —— %2，来源：%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No attempts stored yet.</source>
        <translation>尚无已保存的作答。</translation>
    </message>
    <message>
        <source>%1 stored; totals per topic:</source>
        <translation>已保存 %1；各专题总计：</translation>
    </message>
    <message>
        <source>Tick at least one topic</source>
        <translation>请至少勾选一个专题</translation>
    </message>
</context>
<context>
    <name>QuizTopicModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>专题</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题数</translation>
    </message>
    <message>
        <source>Fully right</source>
        <translation>全对</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分率</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score per topic</source>
        <translation>各专题得分</translation>
    </message>
    <message>
        <source>Points per topic in this attempt</source>
        <translation>本次作答中各专题的得分</translation>
    </message>
    <message>
        <source>Review of every question</source>
        <translation>每道题的复查</translation>
    </message>
    <message>
        <source>Select a question to read why; double-click or press Enter to open it</source>
        <translation>选择一道题以查看原因；双击或按 Enter 打开该题</translation>
    </message>
    <message>
        <source>Feedback for the selected question</source>
        <translation>所选题目的反馈</translation>
    </message>
    <message>
        <source>A new quiz with only the questions you did not get fully right (R)</source>
        <translation>只用你未完全答对的题目开始新测验 (R)</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>新测验</translation>
    </message>
    <message>
        <source>Back to the start screen (N)</source>
        <translation>返回开始界面 (N)</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>按专题</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>%1 points · %2 %</source>
        <translation>%1 分 · %2 %</translation>
    </message>
    <message>
        <source>Retake the wrong one</source>
        <translation>重做答错的题</translation>
    </message>
    <message>
        <source>Retake the %1 wrong ones</source>
        <translation>重做答错的 %1 道题</translation>
    </message>
    <message>
        <source>Question %1:</source>
        <translation>第 %1 题：</translation>
    </message>
    <message>
        <source>Why the selected answer is right or wrong; the arrow keys scroll</source>
        <translation>所选答案为什么对或错；可用方向键滚动</translation>
    </message>
    <message>
        <source>Retake the wrong ones</source>
        <translation>重做答错的题</translation>
    </message>
</context>
<context>
    <name>ScaleControl</name>
    <message>
        <source>Scale factor for W_hh</source>
        <translation>W_hh 的缩放系数</translation>
    </message>
    <message>
        <source>Multiplies W_hh by a factor from 0 to 4 (Left/Right: 1 %, Page Up/Down: 10 %).
Drag it through γ·ρ = 1 to see the verdict change.</source>
        <translation>将 W_hh 乘以 0 到 4 之间的系数（Left/Right：1 %，Page Up/Down：10 %）。
拖动使其越过 γ·ρ = 1，观察结论的变化。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Reset scale to 100 percent</source>
        <translation>将缩放重置为 100%</translation>
    </message>
    <message>
        <source>Back to W_hh as entered (× 1), Alt+R</source>
        <translation>恢复为输入的 W_hh（× 1），Alt+R</translation>
    </message>
    <message>
        <source>Live products</source>
        <translation>实时乘积</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>缩放(&amp;C)</translation>
    </message>
    <message>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Session changed on disk</source>
        <translation>会话文件已在磁盘上被更改</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>DL Tutor sessions (*.json);;All files (*)</source>
        <translation>DL Tutor 会话 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>会话另存为</translation>
    </message>
    <message>
        <source>DL Tutor</source>
        <translation>DL Tutor</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <source>Start again with every page&apos;s default inputs (Ctrl+N)</source>
        <translation>所有页面恢复为默认输入，重新开始 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>打开会话(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a saved session: every page&apos;s inputs (Ctrl+O)</source>
        <translation>打开已保存的会话：所有页面的输入 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save every page&apos;s inputs to the session file (Ctrl+S)</source>
        <translation>将所有页面的输入保存到会话文件 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save every page&apos;s inputs to a new file (Ctrl+Shift+S)</source>
        <translation>将所有页面的输入保存到新文件 (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>%1.

Overwrite it with this session, save this session under another name, or cancel?</source>
        <translation>%1。

用此会话覆盖它、以其他名称保存此会话，还是取消？</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>The autosaved session could not be restored (%1). It was kept as %2; a fresh session starts.</source>
        <translation>无法恢复自动保存的会话（%1）。该文件已保留为 %2；现在开始新的会话。</translation>
    </message>
    <message>
        <source>The autosaved session could not be restored (%1) nor set aside; it is left as it was and autosave is off.</source>
        <translation>无法恢复自动保存的会话（%1），也无法将其移到一旁；它保持原样，自动保存已关闭。</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of this session?</source>
        <translation>放弃此会话中未保存的更改吗？</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and start a new session with every page&apos;s defaults?</source>
        <translation>放弃未保存的更改，并以所有页面的默认值开始新会话吗？</translation>
    </message>
    <message>
        <source>Start a new session with every page&apos;s defaults?</source>
        <translation>以所有页面的默认值开始新会话吗？</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>无法打开会话</translation>
    </message>
    <message>
        <source>The session %1 no longer exists; it was removed from the recent files.</source>
        <translation>会话 %1 已不存在；已将其从最近文件中移除。</translation>
    </message>
    <message>
        <source>The session %1 does not exist.</source>
        <translation>会话 %1 不存在。</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

未做任何更改。</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation>无法保存会话</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently used session files (the files stay)</source>
        <translation>清除最近使用的会话文件列表（文件本身保留）</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>未命名会话</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SizeFormula</name>
    <message>
        <source>Output rows formula</source>
        <translation>输出行数公式</translation>
    </message>
    <message>
        <source>Output columns formula</source>
        <translation>输出列数公式</translation>
    </message>
    <message>
        <source>How the output size follows from the input size, padding, dilation, filter size and stride</source>
        <translation>输出尺寸如何由输入尺寸、填充、膨胀率、滤波器尺寸和步幅决定</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the last row</source>
        <translation>最后一行</translation>
    </message>
    <message>
        <source>the last %1 rows</source>
        <translation>最后 %1 行</translation>
    </message>
    <message>
        <source>the last column</source>
        <translation>最后一列</translation>
    </message>
    <message>
        <source>the last %1 columns</source>
        <translation>最后 %1 列</translation>
    </message>
    <message>
        <source>Remainder %1: the window never reaches %2 (hatched on the input).</source>
        <translation>余数 %1：窗口从未覆盖到%2（在输入上以阴影线标出）。</translation>
    </message>
    <message>
        <source>Output size per axis: out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   (n input, p padding, d dilation, k filter size, s stride)</source>
        <translation>每个轴的输出尺寸：out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   （n 输入，p 填充，d 膨胀率，k 滤波器尺寸，s 步幅）</translation>
    </message>
</context>
<context>
    <name>SpecCommand</name>
    <message>
        <source>change the convolution settings</source>
        <translation>更改卷积设置</translation>
    </message>
</context>
<context>
    <name>SpectrumView</name>
    <message>
        <source>Eigenvalues in the complex plane</source>
        <translation>复平面上的特征值</translation>
    </message>
    <message>
        <source>Eigenvalues λ of the analysed matrix. Outside the dashed circle |z| = 1/γ (red) the seed&apos;s
estimate grows: explosion possible. If the dotted circle |z| = σ_max lies inside it,
vanishing is guaranteed. Hover a point to read it.</source>
        <translation>所分析矩阵的特征值 λ。在虚线圆 |z| = 1/γ（红色）之外，原题的
估计会增长：可能发生梯度爆炸。若点线圆 |z| = σ_max 位于其内，
则保证梯度消失。将鼠标悬停在点上可读取数值。</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>谱</translation>
    </message>
    <message>
        <source>γ|λ| ≤ 1</source>
        <translation>γ|λ| ≤ 1</translation>
    </message>
    <message>
        <source>γ|λ| &gt; 1</source>
        <translation>γ|λ| &gt; 1</translation>
    </message>
    <message>
        <source>Re λ</source>
        <translation>Re λ</translation>
    </message>
    <message>
        <source>Im λ</source>
        <translation>Im λ</translation>
    </message>
    <message>
        <source>1/γ = %1</source>
        <translation>1/γ = %1</translation>
    </message>
    <message>
        <source>σ_max = %1</source>
        <translation>σ_max = %1</translation>
    </message>
    <message>
        <source>λ%1 = %2
|λ| = %3, γ·|λ| = %4</source>
        <translation>λ%1 = %2
|λ| = %3，γ·|λ| = %4</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%3&quot;&gt;●&lt;/span&gt; γ|λ| &amp;gt; 1 (explosion possible)&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;●&lt;/span&gt; γ|λ| ≤ 1&lt;br&gt;dashed: |z| = 1/γ = %1&lt;br&gt;dotted: |z| = σ_max = %2</source>
        <translation>&lt;span style=&quot;color:%3&quot;&gt;●&lt;/span&gt; γ|λ| &amp;gt; 1（可能爆炸）&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;●&lt;/span&gt; γ|λ| ≤ 1&lt;br&gt;虚线：|z| = 1/γ = %1&lt;br&gt;点线：|z| = σ_max = %2</translation>
    </message>
</context>
<context>
    <name>StepArithmetic</name>
    <message>
        <source>Step arithmetic</source>
        <translation>单步算式</translation>
    </message>
    <message>
        <source>Each term is an input value times the filter weight over it; the sum is the output cell</source>
        <translation>每一项是一个输入值乘以覆盖在其上的滤波器权重；各项之和即为输出单元格</translation>
    </message>
    <message>
        <source>Output row %1, column %2</source>
        <translation>输出第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source> (last valid result)</source>
        <translation>（最后一次有效的结果）</translation>
    </message>
    <message>
        <source>channel %1: </source>
        <translation>通道 %1：</translation>
    </message>
    <message>
        <source> + … (%1 more products)</source>
        <translation> + …（还有 %1 个乘积）</translation>
    </message>
    <message>
        <source>Each term is &lt;i&gt;input value&lt;/i&gt; %1 &lt;i&gt;filter weight&lt;/i&gt;; the window is outlined in blue on the input.</source>
        <translation>每一项是 &lt;i&gt;输入值&lt;/i&gt; %1 &lt;i&gt;滤波器权重&lt;/i&gt;；窗口在输入上以蓝色框出。</translation>
    </message>
    <message>
        <source>%1 is a zero from the padding.</source>
        <translation>%1 是来自填充的零。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>StepControls</name>
    <message>
        <source>First</source>
        <translation>第一步</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>第一步 (Home)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>上一步（左方向键）</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play or pause the steps (Space)</source>
        <translation>播放或暂停单步演示 (Space)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>下一步（右方向键）</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一步</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>最后一步 (End)</translation>
    </message>
    <message>
        <source>Playback speed in steps per second</source>
        <translation>播放速度（每秒步数）</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 步/秒</translation>
    </message>
    <message>
        <source>Step position</source>
        <translation>单步位置</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 步/秒</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 步/秒</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>没有步骤</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <source>Interface zoom (Ctrl+= / Ctrl+− / Ctrl+0)</source>
        <translation>界面缩放 (Ctrl+= / Ctrl+− / Ctrl+0)</translation>
    </message>
    <message>
        <source>Interface zoom</source>
        <translation>界面缩放</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the whole screen with the window</source>
        <translation>让窗口占满整个屏幕</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Make the whole interface larger (up to 300%)</source>
        <translation>放大整个界面（最大 300%）</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Make the whole interface smaller (down to 100%)</source>
        <translation>缩小整个界面（最小 100%）</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Back to 100% zoom</source>
        <translation>恢复到 100% 缩放</translation>
    </message>
    <message>
        <source>&amp;High-contrast highlights</source>
        <translation>高对比度高亮(&amp;H)</translation>
    </message>
    <message>
        <source>Saturated highlight colours and thick borders that stay visible through a projector</source>
        <translation>饱和的高亮颜色和粗边框，通过投影仪也清晰可见</translation>
    </message>
    <message>
        <source>&amp;Lecture mode</source>
        <translation>授课模式(&amp;L)</translation>
    </message>
    <message>
        <source>Show the step arithmetic large, with high-contrast highlights</source>
        <translation>以大字号显示单步算式，并使用高对比度高亮</translation>
    </message>
    <message>
        <source>&amp;Clean mode</source>
        <translation>简洁模式(&amp;C)</translation>
    </message>
    <message>
        <source>Hide the controls not kept in “Prepare clean mode…”</source>
        <translation>隐藏未在“准备简洁模式…”中保留的控件</translation>
    </message>
    <message>
        <source>&amp;Prepare clean mode…</source>
        <translation>准备简洁模式(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose which control groups of this page stay visible in clean mode</source>
        <translation>选择本页面中哪些控件组在简洁模式下保持可见</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark colours</source>
        <translation>跟随桌面的浅色或深色配色</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Lecture mode on</source>
        <translation>授课模式已开启</translation>
    </message>
    <message>
        <source>Lecture mode off</source>
        <translation>授课模式已关闭</translation>
    </message>
    <message>
        <source>Clean mode on: View → Prepare clean mode… chooses what stays</source>
        <translation>简洁模式已开启：视图 → 准备简洁模式… 可选择保留哪些内容</translation>
    </message>
    <message>
        <source>Clean mode off</source>
        <translation>简洁模式已关闭</translation>
    </message>
</context>
<context>
    <name>UnsharedCopiesModel</name>
    <message>
        <source>%1 shared</source>
        <translation>共享的 %1</translation>
    </message>
    <message>
        <source>one matrix</source>
        <translation>一个矩阵</translation>
    </message>
    <message>
        <source>With sharing there is one %1, moved by η times the sum of every step&apos;s contribution</source>
        <translation>共享时只有一个 %1，它按 η 乘以各步贡献之和移动</translation>
    </message>
    <message>
        <source>The largest entry of |%1(%2) − %1(1)| after the step; not 0 means the copies differ</source>
        <translation>更新后 |%1(%2) − %1(1)| 的最大元素；不为 0 表示副本各不相同</translation>
    </message>
    <message>
        <source>Copy %1(%2) moves by η = %3 times its own step&apos;s gradient only</source>
        <translation>副本 %1(%2) 仅按 η = %3 乘以其所在步的梯度移动</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>its gradient</source>
        <translation>它的梯度</translation>
    </message>
    <message>
        <source>after one step</source>
        <translation>一次更新后</translation>
    </message>
    <message>
        <source>max |%1(t) − %1(1)|</source>
        <translation>max |%1(t) − %1(1)|</translation>
    </message>
</context>
<context>
    <name>WeightMatrixModel</name>
    <message>
        <source>W_hh[%1, %2] = %3: weight from unit %2 of h_(t−1) to unit %1 of a_t</source>
        <translation>W_hh[%1, %2] = %3：从 h_(t−1) 的第 %2 个单元到 a_t 的第 %1 个单元的权重</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>column %1: weights from unit %1 of h_(t−1)</source>
        <translation>第 %1 列：来自 h_(t−1) 第 %1 个单元的权重</translation>
    </message>
    <message>
        <source>row %1: weights into unit %1 of a_t</source>
        <translation>第 %1 行：输入到 a_t 第 %1 个单元的权重</translation>
    </message>
</context>
<context>
    <name>answertext</name>
    <message>
        <source>no answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation>未选择任何选项</translation>
    </message>
    <message>
        <source>the %1×%2 grid above</source>
        <translation>上方的 %1×%2 网格</translation>
    </message>
    <message>
        <source>%1 (± %2 accepted)</source>
        <translation>%1（允许误差 ± %2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>部分正确</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation>正确答案：</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Why “%1” is wrong:</source>
        <translation>“%1”为什么错：</translation>
    </message>
    <message>
        <source>it is not part of the correct answer.</source>
        <translation>它不属于正确答案。</translation>
    </message>
    <message>
        <source>Missed “%1”:</source>
        <translation>漏选“%1”：</translation>
    </message>
    <message>
        <source>The answer grid has the wrong shape.</source>
        <translation>答案网格的形状不对。</translation>
    </message>
    <message>
        <source>%1 of %2 cells right; wrong cells are marked in the grid.</source>
        <translation>%2 个单元格中有 %1 个正确；错误的单元格已在网格中标出。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出处：</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 道题</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 道题</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 道题</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 道题</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 次作答</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 次作答</translation>
    </message>
</context>
<context>
    <name>archcell</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 MACs</source>
        <translation>%1 次乘加</translation>
    </message>
</context>
<context>
    <name>archexplain</name>
    <message>
        <source>block %1</source>
        <translation>第 %1 块</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2 · %3&lt;/b&gt; (layer %4, written %5)</source>
        <translation>&lt;b&gt;%1 · %2 · %3&lt;/b&gt;（第 %4 层，写作 %5）</translation>
    </message>
    <message>
        <source>height %1; width %2</source>
        <translation>高度 %1；宽度 %2</translation>
    </message>
    <message>
        <source>Output size: %1, depth = %2 filters → &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>输出尺寸：%1，深度 = %2 个滤波器 → &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1×%2 → %3×%4</source>
        <translation>%1×%2 → %3×%4</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>Output size: %1×%1 max-pool, stride %2: %3, since %4; the depth stays %5 → &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>输出尺寸：%1×%1 最大池化，步幅 %2：%3，因为 %4；深度保持为 %5 → &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output size: LRN does not change the size: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>输出尺寸：LRN 不改变尺寸：%1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output size: the %1 volume is flattened to %2 values; %3 units → &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>输出尺寸：%1 的数据体被展平为 %2 个值；%3 个单元 → &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output size: soft-max turns the scores into probabilities that sum to 1, size unchanged: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>输出尺寸：softmax 把得分转换为和为 1 的概率，尺寸不变：%1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parameters: %1 = %2 weights + %3 biases = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>参数：%1 = %2 个权重 + %3 个偏置 = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parameters: %1%2%3 = %4 weights + %5 biases = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>参数：%1%2%3 = %4 个权重 + %5 个偏置 = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parameters: &lt;b&gt;0&lt;/b&gt;, a max-pool has nothing to learn</source>
        <translation>参数：&lt;b&gt;0&lt;/b&gt;，最大池化没有需要学习的内容</translation>
    </message>
    <message>
        <source>Parameters: &lt;b&gt;0&lt;/b&gt;, LRN is non-trainable</source>
        <translation>参数：&lt;b&gt;0&lt;/b&gt;，LRN 不可训练</translation>
    </message>
    <message>
        <source>Parameters: &lt;b&gt;0&lt;/b&gt;</source>
        <translation>参数：&lt;b&gt;0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>MACs: H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt; = %1 · %2 = &lt;b&gt;%3&lt;/b&gt; (%4)</source>
        <translation>乘加次数：H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt; = %1 · %2 = &lt;b&gt;%3&lt;/b&gt;（%4）</translation>
    </message>
    <message>
        <source>MACs: inputs·units = %1%2%3 = &lt;b&gt;%4&lt;/b&gt; (%5)</source>
        <translation>乘加次数：输入数·单元数 = %1%2%3 = &lt;b&gt;%4&lt;/b&gt;（%5）</translation>
    </message>
    <message>
        <source>MACs: &lt;b&gt;0&lt;/b&gt;, a max-pool only compares values</source>
        <translation>乘加次数：&lt;b&gt;0&lt;/b&gt;，最大池化只比较数值</translation>
    </message>
    <message>
        <source>MACs: &lt;b&gt;0&lt;/b&gt; (not counted: no weights)</source>
        <translation>乘加次数：&lt;b&gt;0&lt;/b&gt;（不计入：没有权重）</translation>
    </message>
    <message>
        <source>Receptive field: the whole input, every unit depends on every input pixel</source>
        <translation>感受野：整个输入，每个单元都依赖于每个输入像素</translation>
    </message>
    <message>
        <source>Receptive field: r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·jump = %1 + (%2 − 1)·%3 = &lt;b&gt;%4&lt;/b&gt;, one unit sees %4×%4 input pixels; neighbouring units are %5 px apart</source>
        <translation>感受野：r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·jump = %1 + (%2 − 1)·%3 = &lt;b&gt;%4&lt;/b&gt;，一个单元看到 %4×%4 个输入像素；相邻单元相隔 %5 像素</translation>
    </message>
    <message>
        <source>Receptive field: unchanged, &lt;b&gt;%1&lt;/b&gt;×%1 input pixels</source>
        <translation>感受野：不变，&lt;b&gt;%1&lt;/b&gt;×%1 个输入像素</translation>
    </message>
    <message>
        <source>Memory: %1 values · 4 bytes (float32) = &lt;b&gt;%2 bytes&lt;/b&gt; (%3)</source>
        <translation>内存：%1 个值 · 4 字节 (float32) = &lt;b&gt;%2 字节&lt;/b&gt;（%3）</translation>
    </message>
    <message>
        <source>LRN (local response normalisation) is a non-trainable layer: it square-normalises each value within a local neighbourhood, which tames the unbounded outputs of ReLU and linear units. It works within one filter&apos;s map and does not change the size.</source>
        <translation>LRN（局部响应归一化）是不可训练的层：它在局部邻域内对每个值做平方归一化，从而抑制 ReLU 和线性单元无界的输出。它只在单个滤波器的特征图内进行，不改变尺寸。</translation>
    </message>
    <message>
        <source>Its size cannot be worked out: layer %1 above it is invalid.</source>
        <translation>无法算出其尺寸：它上方的第 %1 层无效。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · input&lt;/b&gt;&lt;br&gt;The input volume %2: height × width × channels (3 for an RGB image). It takes %3 values · 4 bytes = %4 bytes (%5) in float32.</source>
        <translation>&lt;b&gt;%1 · 输入&lt;/b&gt;&lt;br&gt;输入数据体 %2：高 × 宽 × 通道数（RGB 图像为 3）。以 float32 存储需要 %3 个值 · 4 字节 = %4 字节（%5）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · totals&lt;/b&gt;&lt;br&gt;No totals: %2</source>
        <translation>&lt;b&gt;%1 · 总计&lt;/b&gt;&lt;br&gt;无法给出总计：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · parameters&lt;/b&gt;&lt;br&gt;The sum over all layers: &lt;b&gt;%2&lt;/b&gt; ≈ %3 parameters in %4 weight layers (conv and FC); pooling, LRN and soft-max add none.</source>
        <translation>&lt;b&gt;%1 · 参数&lt;/b&gt;&lt;br&gt;所有层之和：&lt;b&gt;%2&lt;/b&gt; ≈ %3 个参数，分布在 %4 个带权重的层（卷积层和全连接层）中；池化、LRN 和 softmax 不增加参数。</translation>
    </message>
    <message>
        <source>The paper&apos;s Table 2 lists %1M.</source>
        <translation>论文的表 2 列出的是 %1M。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · MACs&lt;/b&gt;&lt;br&gt;Multiply-accumulates for one %2 input: &lt;b&gt;%3&lt;/b&gt; ≈ %4. Most of them are in the early convolutions, most parameters in the first FC layer.</source>
        <translation>&lt;b&gt;%1 · 乘加次数&lt;/b&gt;&lt;br&gt;处理一个 %2 输入所需的乘加运算：&lt;b&gt;%3&lt;/b&gt; ≈ %4。大部分乘加在前几层卷积中，大部分参数在第一个全连接层中。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · activation memory&lt;/b&gt;&lt;br&gt;Every layer&apos;s output stored as float32 for one input: &lt;b&gt;%2 bytes&lt;/b&gt; (%3); the input itself adds %4 bytes.</source>
        <translation>&lt;b&gt;%1 · 激活内存&lt;/b&gt;&lt;br&gt;处理一个输入时，以 float32 存储每一层的输出：&lt;b&gt;%2 字节&lt;/b&gt;（%3）；输入本身另占 %4 字节。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: type the output as H×W×D, e.g. 56x56x256. Use out = (in + 2·pad − k)/stride + 1 with k = %2, pad = %3, stride = %4; the depth is the number of filters.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：以 高×宽×深 的形式输入输出尺寸，例如 56x56x256。使用 out = (in + 2·pad − k)/stride + 1，其中 k = %2，pad = %3，stride = %4；深度等于滤波器个数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: type the output as H×W×D. A %2×%2 max-pool with stride %3 uses out = (in − k)/stride + 1 and keeps the depth.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：以 高×宽×深 的形式输入输出尺寸。步幅为 %3 的 %2×%2 最大池化使用 out = (in − k)/stride + 1，深度保持不变。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: an FC layer&apos;s output is 1×1×units; type H×W×D or just the units.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：全连接层的输出为 1×1×单元数；输入 高×宽×深 或只输入单元数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: type the output as H×W×D.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：以 高×宽×深 的形式输入输出尺寸。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: parameters = k·k·D&lt;sub&gt;in&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; weights + one bias per filter.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：参数 = k·k·D&lt;sub&gt;in&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; 个权重 + 每个滤波器一个偏置。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: parameters = inputs·units weights + one bias per unit; the input is flattened first.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：参数 = 输入数·单元数 个权重 + 每个单元一个偏置；输入会先被展平。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: does this layer have anything to learn?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：这一层有需要学习的参数吗？</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: MACs = H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：乘加次数 = H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: MACs = inputs·units.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：乘加次数 = 输入数·单元数。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: count only multiply-accumulates with weights.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：只计算与权重相乘的乘加运算。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: r&lt;sub&gt;out&lt;/sub&gt; = r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·jump, where jump is the product of the strides before this layer; type the side of the window in input pixels.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：r&lt;sub&gt;out&lt;/sub&gt; = r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·jump，其中 jump 是该层之前所有步幅的乘积；输入窗口的边长（以输入像素计）。</translation>
    </message>
</context>
<context>
    <name>archformat</name>
    <message>
        <source>✓ Correct.</source>
        <translation>✓ 正确。</translation>
    </message>
    <message>
        <source>✗ Type the size as height×width×depth, for example 112x112x64.</source>
        <translation>✗ 请以 高×宽×深 的形式输入尺寸，例如 112x112x64。</translation>
    </message>
    <message>
        <source>✗ Type a whole number, for example 73856.</source>
        <translation>✗ 请输入一个整数，例如 73856。</translation>
    </message>
    <message>
        <source>✗ The depth is right, the height and width are not: out = (in + 2·pad − k)/stride + 1.</source>
        <translation>✗ 深度正确，高和宽不对：out = (in + 2·pad − k)/stride + 1。</translation>
    </message>
    <message>
        <source>✗ Height and width are right, the depth is not: a conv layer&apos;s depth is its number of filters; pooling, LRN and soft-max keep the depth.</source>
        <translation>✗ 高和宽正确，深度不对：卷积层的深度等于其滤波器个数；池化、LRN 和 softmax 保持深度不变。</translation>
    </message>
    <message>
        <source>✗ Neither the height and width nor the depth is right.</source>
        <translation>✗ 高和宽以及深度都不对。</translation>
    </message>
    <message>
        <source>✗ That counts the weights only: add one bias per filter or unit.</source>
        <translation>✗ 这只计算了权重：还要为每个滤波器或单元加上一个偏置。</translation>
    </message>
    <message>
        <source>✗ Too high.</source>
        <translation>✗ 太大了。</translation>
    </message>
    <message>
        <source>✗ Too low.</source>
        <translation>✗ 太小了。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>convolve an input with a filter: the output map, or every step as JSON</source>
        <translation>用滤波器对输入做卷积：输出特征图，或以 JSON 给出每一步</translation>
    </message>
    <message>
        <source>layer sizes, parameters and MACs of the VGG configurations</source>
        <translation>VGG 各配置的层尺寸、参数和乘加次数</translation>
    </message>
    <message>
        <source>vanishing or exploding gradients for a recurrent matrix W_hh</source>
        <translation>循环矩阵 W_hh 的梯度消失或梯度爆炸</translation>
    </message>
    <message>
        <source>validate, list and convert question banks (JSON, Moodle GIFT)</source>
        <translation>校验、列出和转换题库（JSON、Moodle GIFT）</translation>
    </message>
    <message>
        <source>Usage: dltutor [SUBCOMMAND [OPTIONS]]

With no arguments, opens the DL Tutor window.

Subcommands (each runs without a window and prints text or JSON):
</source>
        <translation>用法：dltutor [子命令 [选项]]

不带参数时打开 DL Tutor 窗口。

子命令（均不打开窗口，输出文本或 JSON）：
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     show this help; &apos;dltutor SUBCOMMAND --help&apos; shows a subcommand&apos;s options
  --version      print the version
  --page ID      open the window on a topic (conv, vgg, rnn, quiz, graph)

Exit status: 0 on success, 2 for bad input (with one line on stderr).
</source>
        <translation>
选项：
  -h, --help     显示此帮助；&apos;dltutor 子命令 --help&apos; 显示该子命令的选项
  --version      显示版本号
  --page ID      打开窗口并显示某个专题（conv、vgg、rnn、quiz、graph）

退出状态：成功为 0，输入有误为 2（并在 stderr 输出一行说明）。
</translation>
    </message>
    <message>
        <source>unknown subcommand or option &apos;%1&apos;; run &apos;dltutor --help&apos; for the list</source>
        <translation>未知的子命令或选项“%1”；运行 &apos;dltutor --help&apos; 查看列表</translation>
    </message>
    <message>
        <source>Usage: dltutor conv --input FILE --filter FILE [--stride S|SHxSW] [--padding P|PHxPW]
                    [--dilation D|DHxDW] [--mode correlation|convolution] [--json]

Slides the filter over the input and prints the output map.

Options:
  --input FILE     the input: rows on lines, values separated by tabs, spaces or commas
                   (&apos;;&apos; also ends a row); a volume&apos;s channels are separated by a blank line
  --filter FILE    the filter, in the same format, with as many channels as the input
                   FILE may be &apos;-&apos; for standard input (for one of the two only)
  --stride S       the step of the window: one number for both axes or ROWSxCOLS, e.g. 2x1 (default 1)
  --padding P      rows/columns of zeros added on each side, P or ROWSxCOLS (default 0)
  --dilation D     the spacing of the filter taps, D or ROWSxCOLS (default 1 = no gaps)
  --mode MODE      correlation (default; what deep-learning frameworks call convolution)
                   or convolution (the filter flipped on both axes)
  --json           print the output and every step of the computation as JSON
  --help           show this help

Output size per axis: floor((N + 2P - D*(K-1) - 1)/S) + 1. When the stride leaves a remainder,
the last rows or columns the window never reaches are dropped, as frameworks do.

Text output: the output matrix, one row per line, values separated by tabs.

JSON output:
  {&quot;output&quot;: [[...], ...], &quot;output_height&quot;: H, &quot;output_width&quot;: W,
   &quot;steps&quot;: [{&quot;row&quot;: i, &quot;col&quot;: j, &quot;window&quot;: [[r, c], ...], &quot;products&quot;: [...], &quot;sum&quot;: v}, ...]}
  One step per output cell in row-major order; row, col and the window positions are 0-based.
  window[k] is the input position multiplied by the k-th filter weight and products[k] is
  that product; positions outside the input (negative or past the end) are padding zeros.
  With C channels, window and products hold C·Kh·Kw entries, channel by channel.
  When the trace would need more than %1 multiplications (output cells × filter taps),
  &quot;steps&quot; is null and only the output is given.

Limits: %2 rows or columns per matrix, %3 channels.
Exit status: 0 on success, 2 for bad input (one line on stderr, nothing on stdout).

Example: dltutor conv --input image.txt --filter edge.txt --padding 1 --json
</source>
        <translation>用法：dltutor conv --input FILE --filter FILE [--stride S|SHxSW] [--padding P|PHxPW]
                    [--dilation D|DHxDW] [--mode correlation|convolution] [--json]

在输入上滑动滤波器并输出结果特征图。

选项：
  --input FILE     输入：每行一行，数值用制表符、空格或逗号分隔
                   （&apos;;&apos; 也表示一行结束）；多通道数据体的各通道之间用空行分隔
  --filter FILE    滤波器，格式相同，通道数与输入相同
                   FILE 可以是 &apos;-&apos;，表示标准输入（两者中只能有一个）
  --stride S       窗口的步幅：一个数表示两个轴相同，或 ROWSxCOLS，如 2x1（默认 1）
  --padding P      在每一侧补零的行数/列数，P 或 ROWSxCOLS（默认 0）
  --dilation D     卷积核元素的间距，D 或 ROWSxCOLS（默认 1 = 无间隔）
  --mode MODE      correlation（默认；即深度学习框架所说的卷积）
                   或 convolution（在两个轴上翻转滤波器）
  --json           以 JSON 输出结果及计算的每一步
  --help           显示此帮助

每个轴的输出尺寸：floor((N + 2P - D*(K-1) - 1)/S) + 1。当步幅除不尽时，
与各框架的做法相同，丢弃窗口无法覆盖到的最后几行或几列。

文本输出：输出矩阵，每行一行，数值用制表符分隔。

JSON 输出：
  {&quot;output&quot;: [[...], ...], &quot;output_height&quot;: H, &quot;output_width&quot;: W,
   &quot;steps&quot;: [{&quot;row&quot;: i, &quot;col&quot;: j, &quot;window&quot;: [[r, c], ...], &quot;products&quot;: [...], &quot;sum&quot;: v}, ...]}
  每个输出单元一步，按行优先顺序；row、col 和窗口位置均从 0 开始。
  window[k] 是与第 k 个滤波器权重相乘的输入位置，products[k] 是
  该乘积；位于输入之外的位置（负数或超出末尾）为填充的零。
  有 C 个通道时，window 和 products 共有 C·Kh·Kw 项，按通道依次排列。
  当追踪需要超过 %1 次乘法（输出单元数 × 滤波器元素数）时，
  &quot;steps&quot; 为 null，只给出输出。

限制：每个矩阵最多 %2 行或 %2 列，最多 %3 个通道。
退出状态：成功为 0，输入有误为 2（stderr 输出一行，stdout 无输出）。

示例：dltutor conv --input image.txt --filter edge.txt --padding 1 --json
</translation>
    </message>
    <message>
        <source>a whole number or ROWSxCOLS, e.g. 2 or 2x1</source>
        <translation>一个整数或 ROWSxCOLS，如 2 或 2x1</translation>
    </message>
    <message>
        <source>correlation or convolution</source>
        <translation>correlation 或 convolution</translation>
    </message>
    <message>
        <source>the RNN, LSTM or GRU cell&apos;s computational graph, folded or unrolled</source>
        <translation>RNN、LSTM 或 GRU 单元的计算图，折叠或展开</translation>
    </message>
    <message>
        <source>Usage: dltutor export KIND [OPTIONS] --out FILE.png

Renders without a window (offscreen) and writes a PNG image.

Kinds:
</source>
        <translation>用法：dltutor export KIND [选项] --out FILE.png

不打开窗口（离屏）渲染并写出 PNG 图像。

种类：
</translation>
    </message>
    <message>
        <source>
&apos;dltutor export KIND --help&apos; shows the options of a kind.
</source>
        <translation>
&apos;dltutor export KIND --help&apos; 显示该种类的选项。
</translation>
    </message>
    <message>
        <source>Usage: dltutor export graph [--cell rnn|lstm|gru] [--steps N] [--unrolled] [--unshared]
                            [--scale S] --out FILE.png

Draws the cell&apos;s computational graph and saves it as PNG.

  --cell C      rnn (default), lstm or gru
  --steps N     time steps τ of the unrolled graph, 1 to 8 (default 4)
  --unrolled    one copy of the cell per step with shared parameters (default: the folded cell)
  --unshared    unrolled, but with separate copies W(1), W(2), ... of every parameter
  --scale S     pixels per point, 1 to 4 (default 1)
  --out FILE    the PNG to write (required)
</source>
        <translation>用法：dltutor export graph [--cell rnn|lstm|gru] [--steps N] [--unrolled] [--unshared]
                            [--scale S] --out FILE.png

绘制单元的计算图并保存为 PNG。

  --cell C      rnn（默认）、lstm 或 gru
  --steps N     展开图的时间步数 τ，1 到 8（默认 4）
  --unrolled    每步一个单元副本，参数共享（默认：折叠的单元）
  --unshared    展开，但每个参数都有独立的副本 W(1)、W(2)、...
  --scale S     每个点对应的像素数，1 到 4（默认 1）
  --out FILE    要写入的 PNG（必需）
</translation>
    </message>
    <message>
        <source>rnn, lstm or gru</source>
        <translation>rnn、lstm 或 gru</translation>
    </message>
    <message>
        <source>a whole number from 1 to 8</source>
        <translation>1 到 8 之间的整数</translation>
    </message>
    <message>
        <source>a number from 1 to 4</source>
        <translation>1 到 4 之间的数</translation>
    </message>
    <message>
        <source>a file name</source>
        <translation>一个文件名</translation>
    </message>
    <message>
        <source>wrote %1 (%2 × %3 pixels)
</source>
        <translation>已写入 %1（%2 × %3 像素）
</translation>
    </message>
    <message>
        <source>Usage: dltutor quiz --validate --bank FILE
       dltutor quiz --list [--bank FILE] [--json]
       dltutor quiz --convert IN --out OUT

Question banks: JSON ({&quot;format&quot;: &quot;dltutor-quiz&quot;, &quot;version&quot;: 1, &quot;questions&quot;: [...]}) or
Moodle GIFT (true/false, multiple choice with one or several answers, numeric).

Options:
  --validate      check FILE; prints the question count per type, or every problem found
                  (one line each on stderr, exit 2)
  --list          list the questions of FILE, or of the built-in bank without --bank
  --json          with --list: [{&quot;id&quot;, &quot;topic&quot;, &quot;type&quot;, &quot;prompt&quot;, &quot;choices&quot;, &quot;answer&quot;}, ...]
  --bank FILE     the bank; .json is JSON, .gift or .txt is GIFT, otherwise the content decides;
                  &apos;-&apos; reads stdin
  --convert IN    convert IN (.json, .gift or .txt) to OUT; the extensions give the direction
  --out OUT       where --convert writes (written atomically: an old file stays intact on error)
  --help          show this help

Example: dltutor quiz --convert moodle.gift --out bank.json
</source>
        <translation>用法：dltutor quiz --validate --bank FILE
      dltutor quiz --list [--bank FILE] [--json]
      dltutor quiz --convert IN --out OUT

题库：JSON（{&quot;format&quot;: &quot;dltutor-quiz&quot;, &quot;version&quot;: 1, &quot;questions&quot;: [...]}）或
Moodle GIFT（判断题、单选或多选题、数值题）。

选项：
  --validate      检查 FILE；输出每种题型的题数，或发现的每个问题
                  （每个问题在 stderr 输出一行，退出状态 2）
  --list          列出 FILE 中的题目；不带 --bank 时列出内置题库
  --json          与 --list 一起使用：[{&quot;id&quot;, &quot;topic&quot;, &quot;type&quot;, &quot;prompt&quot;, &quot;choices&quot;, &quot;answer&quot;}, ...]
  --bank FILE     题库；.json 为 JSON，.gift 或 .txt 为 GIFT，否则根据内容判断；
                  &apos;-&apos; 表示从 stdin 读取
  --convert IN    将 IN（.json、.gift 或 .txt）转换为 OUT；由扩展名决定转换方向
  --out OUT       --convert 的写入位置（原子写入：出错时旧文件保持不变）
  --help          显示此帮助

示例：dltutor quiz --convert moodle.gift --out bank.json
</translation>
    </message>
    <message>
        <source> (and %1; run &apos;dltutor quiz --validate --bank FILE&apos; to see them all)</source>
        <translation>（另有 %1；运行 &apos;dltutor quiz --validate --bank FILE&apos; 查看全部）</translation>
    </message>
    <message>
        <source>%1: valid, %2: %3
</source>
        <translation>%1：有效，%2：%3
</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1：%2
</translation>
    </message>
    <message>
        <source>(untitled bank)</source>
        <translation>（无标题题库）</translation>
    </message>
    <message>
        <source>%1: wrote %2 to %3
</source>
        <translation>%1：已将 %2 写入 %3
</translation>
    </message>
    <message>
        <source>choose one of --validate, --list or --convert; see &apos;dltutor quiz --help&apos;</source>
        <translation>请选择 --validate、--list 或 --convert 之一；参见 &apos;dltutor quiz --help&apos;</translation>
    </message>
    <message>
        <source>Usage: dltutor rnn [--whh &quot;3.5 3.5; 3.5 3.5&quot; | --whh-file PATH] [--activation sigmoid|tanh|relu|linear]
                   [--steps T] [--bias &quot;v1 v2&quot;] [--h0 &quot;v1 v2&quot;] [--loss-grad &quot;v1 v2&quot;] [--json]

Back-propagates a gradient through T steps of h_t = φ(W_hh·h_(t−1) + b) and tells whether it
vanishes or explodes: the eigenvalues and spectral radius ρ of W_hh, its spectral norm σ_max,
γ = max|φ&apos;|, the verdict, and the gradient norm at every step back next to the guaranteed
bound (γ·σ_max)^k·‖l‖ and the seed&apos;s estimate (γ·ρ)^k·‖l‖.

Options:
  --whh TEXT        W_hh, rows separated by &apos;;&apos; or newlines (default: every entry 3.5, 2×2)
  --whh-file PATH   read W_hh from a file (&apos;-&apos; for standard input)
  --activation NAME sigmoid (the default, γ = 1/4), tanh, relu or linear (γ = 1)
  --steps T         number of steps, 0 to 10000 (default 50)
  --bias TEXT       b, n numbers (default all 0)
  --h0 TEXT         the initial state h_0, n numbers (default all 0)
  --loss-grad TEXT  l = ∂L/∂h_T, n numbers (default all 1/√n)
  --json            print JSON: n, eigenvalues [[re, im], ...], spectral_radius, spectral_norm,
                    gamma, verdict, grad_norms, bound, estimate (T+1 values each, k = 0..T,
                    clipped at 1e300)
  --help            show this help

Example: dltutor rnn --whh &quot;3.5 3.5; 3.5 3.5&quot; --activation sigmoid --steps 20
</source>
        <translation>用法：dltutor rnn [--whh &quot;3.5 3.5; 3.5 3.5&quot; | --whh-file PATH] [--activation sigmoid|tanh|relu|linear]
                   [--steps T] [--bias &quot;v1 v2&quot;] [--h0 &quot;v1 v2&quot;] [--loss-grad &quot;v1 v2&quot;] [--json]

将梯度经过 T 步 h_t = φ(W_hh·h_(t−1) + b) 反向传播，并判断它是消失还是爆炸：
给出 W_hh 的特征值和谱半径 ρ、谱范数 σ_max、γ = max|φ&apos;|、结论，以及每回溯一步的
梯度范数，并与有保证的上界 (γ·σ_max)^k·‖l‖ 和原题的估计 (γ·ρ)^k·‖l‖ 对照。

选项：
  --whh TEXT        W_hh，各行用 &apos;;&apos; 或换行分隔（默认：2×2，每个元素均为 3.5）
  --whh-file PATH   从文件读取 W_hh（&apos;-&apos; 表示标准输入）
  --activation NAME sigmoid（默认，γ = 1/4）、tanh、relu 或 linear（γ = 1）
  --steps T         步数，0 到 10000（默认 50）
  --bias TEXT       b，n 个数（默认全为 0）
  --h0 TEXT         初始状态 h_0，n 个数（默认全为 0）
  --loss-grad TEXT  l = ∂L/∂h_T，n 个数（默认全为 1/√n）
  --json            输出 JSON：n、eigenvalues [[re, im], ...]、spectral_radius、spectral_norm、
                    gamma、verdict、grad_norms、bound、estimate（各有 T+1 个值，k = 0..T，
                    在 1e300 处截断）
  --help            显示此帮助

示例：dltutor rnn --whh &quot;3.5 3.5; 3.5 3.5&quot; --activation sigmoid --steps 20
</translation>
    </message>
    <message>
        <source>vanishing — γ·σ_max = %1 &lt; 1, so every gradient shrinks at least like %1^k (guaranteed; Pascanu, Mikolov &amp; Bengio 2013).</source>
        <translation>梯度消失 —— γ·σ_max = %1 &lt; 1，因此每个梯度至少像 %1^k 一样衰减（有保证；Pascanu, Mikolov &amp; Bengio 2013）。</translation>
    </message>
    <message>
        <source>exploding — γ·ρ = %1 &gt; 1, so the network is prone to exploding gradients (the seed&apos;s reasoning: up to %1 per step along the top eigenvector).</source>
        <translation>梯度爆炸 —— γ·ρ = %1 &gt; 1，因此该网络容易出现梯度爆炸（原题的推理：沿最大特征向量每步至多放大 %1 倍）。</translation>
    </message>
    <message>
        <source>borderline — γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2, so neither vanishing nor exploding is guaranteed.</source>
        <translation>临界 —— γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2，因此既不能保证梯度消失，也不能保证梯度爆炸。</translation>
    </message>
    <message>
        <source>W_hh is %1×%1, activation %2, T = %3 steps
</source>
        <translation>W_hh 为 %1×%1，激活函数 %2，T = %3 步
</translation>
    </message>
    <message>
        <source>Eigenvalues (largest modulus first):
</source>
        <translation>特征值（按模从大到小）：
</translation>
    </message>
    <message>
        <source>eigenvector %1</source>
        <translation>特征向量 %1</translation>
    </message>
    <message>
        <source>  … and %1 more (--json lists all)
</source>
        <translation>  … 另有 %1 个（--json 列出全部）
</translation>
    </message>
    <message>
        <source>Spectral radius   ρ = %1
</source>
        <translation>谱半径      ρ = %1
</translation>
    </message>
    <message>
        <source>Spectral norm     σ_max = %1
</source>
        <translation>谱范数      σ_max = %1
</translation>
    </message>
    <message>
        <source>γ = max|φ&apos;|       %1
</source>
        <translation>γ = max|φ&apos;| %1
</translation>
    </message>
    <message>
        <source>Seed&apos;s estimate   γ·ρ = %1 per step
</source>
        <translation>原题估计    γ·ρ = %1（每步）
</translation>
    </message>
    <message>
        <source>Guaranteed bound  γ·σ_max = %1 per step
</source>
        <translation>保证上界    γ·σ_max = %1（每步）
</translation>
    </message>
    <message>
        <source>Verdict: %1
</source>
        <translation>结论：%1
</translation>
    </message>
    <message>
        <source>W_hh is not normal (σ_max = %1 &gt; ρ = %2): the guaranteed bound lies above the estimate, and the gradient can grow for a while even when γ·ρ &lt; 1.
</source>
        <translation>W_hh 不是正规矩阵（σ_max = %1 &gt; ρ = %2）：有保证的上界高于估计，即使 γ·ρ &lt; 1，梯度也可能在一段时间内增长。
</translation>
    </message>
    <message>
        <source>Actual run: ‖∂L/∂h_0‖ = %1 after %2 steps back, × %3 per step on average; mean φ&apos;(a_T) = %4.
</source>
        <translation>实际运行：回溯 %2 步后 ‖∂L/∂h_0‖ = %1，平均每步 × %3；φ&apos;(a_T) 的平均值 = %4。
</translation>
    </message>
    <message>
        <source>The units saturate (φ&apos; is small where |a| is large), so the actual gradient vanishes although γ·ρ &gt; 1: the estimate assumes φ&apos; = γ at every step.
</source>
        <translation>单元已饱和（|a| 大时 φ&apos; 很小），因此尽管 γ·ρ &gt; 1，实际梯度仍然消失：估计假设每一步都有 φ&apos; = γ。
</translation>
    </message>
    <message>
        <source>The forward states grew past about 1e300 at step %1 and were clipped from there on.
</source>
        <translation>前向状态在第 %1 步超过约 1e300，此后均被截断。
</translation>
    </message>
    <message>
        <source>Gradient norm k steps back from T (‖∂L/∂h_(T−k)‖):
</source>
        <translation>从 T 回溯 k 步时的梯度范数（‖∂L/∂h_(T−k)‖）：
</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>上界</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>  (%1 of %2 rows; --json gives all)
</source>
        <translation>  （共 %2 行中的 %1 行；--json 给出全部）
</translation>
    </message>
    <message>
        <source>a whole number of steps from 0 to 10000</source>
        <translation>0 到 10000 之间的整数步数</translation>
    </message>
    <message>
        <source>Usage: dltutor vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers &quot;C3D64 M ...&quot;] [--json]

Works out every layer&apos;s output size (H×W×D), parameters (weights + biases), multiply-accumulates,
receptive field and float32 activation memory for the ConvNet configurations of Table 1 of
Simonyan &amp; Zisserman (2014), and the column totals.

Options:
  --config NAME   A, A-LRN, B, C, D (VGG16, the default), E, or all six in the paper&apos;s order
  --input HxWxC   the input volume (default 224x224x3)
  --layers TEXT   a custom column instead of --config, in the same notation:
                    C3D64   3×3 convolution, 64 filters, stride 1, padding 1 (keeps the size)
                    C1D256  1×1 convolution, padding 0
                    C11D96S4P0  any kernel, with S&lt;stride&gt; and P&lt;padding&gt;
                    LRN     local response normalisation (no parameters, same size)
                    M       2×2 max-pooling, stride 2 (M3S2: 3×3, stride 2)
                    FC4096  fully connected; a volume feeding it is flattened
                    S       soft-max
  --json          print JSON: one object per column (a list for --config all)
  --help          show this help

Example: dltutor vgg --input 32x32x3 --layers &quot;C3D32 C3D32 M C3D64 M FC10 S&quot;
</source>
        <translation>用法：dltutor vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers &quot;C3D64 M ...&quot;] [--json]

为 Simonyan &amp; Zisserman（2014）表 1 中的 ConvNet 配置计算每一层的输出尺寸（H×W×D）、
参数（权重 + 偏置）、乘加次数、感受野和 float32 激活内存，以及每列的总计。

选项：
  --config NAME   A、A-LRN、B、C、D（VGG16，默认）、E，或 all（按论文顺序列出全部六种）
  --input HxWxC   输入数据体（默认 224x224x3）
  --layers TEXT   用相同记法给出的自定义列，代替 --config：
                    C3D64   3×3 卷积，64 个滤波器，步幅 1，填充 1（尺寸不变）
                    C1D256  1×1 卷积，填充 0
                    C11D96S4P0  任意卷积核，用 S&lt;步幅&gt; 和 P&lt;填充&gt; 指定
                    LRN     局部响应归一化（无参数，尺寸不变）
                    M       2×2 最大池化，步幅 2（M3S2：3×3，步幅 2）
                    FC4096  全连接；输入的数据体会先被展平
                    S       softmax
  --json          输出 JSON：每列一个对象（--config all 时为列表）
  --help          显示此帮助

示例：dltutor vgg --input 32x32x3 --layers &quot;C3D32 C3D32 M C3D64 M FC10 S&quot;
</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>乘加</translation>
    </message>
    <message>
        <source>RF</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>memory (bytes)</source>
        <translation>内存（字节）</translation>
    </message>
    <message>
        <source>Custom column</source>
        <translation>自定义列</translation>
    </message>
    <message>
        <source>Configuration %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>%1, input %2, weight layers: %3

</source>
        <translation>%1，输入 %2，带权重的层数：%3

</translation>
    </message>
    <message>
        <source>Total parameters: %1 (%2)
</source>
        <translation>参数总数：  %1（%2）
</translation>
    </message>
    <message>
        <source>Total MACs:       %1 (%2)
</source>
        <translation>乘加总数：  %1（%2）
</translation>
    </message>
    <message>
        <source>Activations:      %1 bytes in float32 (%2); the input adds %3 bytes
</source>
        <translation>激活内存：  %1 字节，float32（%2）；输入另占 %3 字节
</translation>
    </message>
    <message>
        <source>Summary, input %1

</source>
        <translation>汇总，输入 %1

</translation>
    </message>
    <message>
        <source>config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>weight layers</source>
        <translation>带权重的层</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>one of A, A-LRN, B, C, D, E or all</source>
        <translation>A、A-LRN、B、C、D、E 或 all 之一</translation>
    </message>
    <message>
        <source>configuration %1: </source>
        <translation>配置 %1：</translation>
    </message>
    <message>
        <source>--page needs one of: %1</source>
        <translation>--page 需要以下之一：%1</translation>
    </message>
    <message>
        <source>render to PNG without a window (conv, vgg, rnn, graph, app)</source>
        <translation>无窗口渲染为 PNG（conv、vgg、rnn、graph、app）</translation>
    </message>
    <message>
        <source>Usage: dltutor export app --page conv|vgg|rnn|quiz|graph [--session FILE] --out FILE.png
                          [--scale S] [--transparent]

Draws the whole DL Tutor window (%1×%2 points) showing one topic page, as a person sees it.

  --page ID       the topic shown
  --session FILE  open this saved session first (every page&apos;s inputs)
  --out FILE      the PNG to write (required)
  --scale S       pixels per point, 1 to 4 (default 1)
  --transparent   no window background

Example: dltutor export app --page conv --out window.png
</source>
        <translation>用法：dltutor export app --page conv|vgg|rnn|quiz|graph [--session FILE] --out FILE.png
                          [--scale S] [--transparent]

绘制显示某个专题页面的整个 DL Tutor 窗口（%1×%2 点），与用户看到的一样。

  --page ID       要显示的专题
  --session FILE  先打开这个已保存的会话（所有页面的输入）
  --out FILE      要写入的 PNG（必需）
  --scale S       每个点对应的像素数，1 到 4（默认 1）
  --transparent   不绘制窗口背景

示例：dltutor export app --page conv --out window.png
</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>one step, every step (a folder) or the worked solution sheet of a convolution</source>
        <translation>卷积的单个步骤、所有步骤（一个文件夹）或完整解答图</translation>
    </message>
    <message>
        <source>the whole VGG layer-sizes table</source>
        <translation>完整的 VGG 层尺寸表</translation>
    </message>
    <message>
        <source>the gradient-norm plot with its explanation</source>
        <translation>梯度范数图及其解释</translation>
    </message>
    <message>
        <source>the whole window showing one topic page</source>
        <translation>显示某个专题页面的整个窗口</translation>
    </message>
    <message>
        <source>Usage: dltutor export conv --input FILE --filter FILE [--stride S] [--padding P] [--dilation D]
                           [--mode correlation|convolution]
                           (--step N | --all-steps DIR | --sheet) [--out FILE.png] [--scale S] [--transparent]

Draws the convolution as PNG: one step with the window outlined on the input, the output so far and the
step&apos;s arithmetic; every step into a folder; or the worked solution on one sheet.

  --input, --filter, --stride, --padding, --dilation, --mode
                  the problem, as for &apos;dltutor conv&apos; (see &apos;dltutor conv --help&apos;)
  --step N        draw step N (1 = the first output cell, row by row)
  --all-steps DIR write step-001.png, step-002.png, ... into DIR (made if missing; its parent must exist);
                  the numbers have as many digits as the step count, at least 3
  --sheet         the worked solution sheet: input and filter, the output-size formula with numbers,
                  every step&apos;s arithmetic and the output matrix, in columns when there are many steps
  --out FILE      the PNG to write (with --step or --sheet)
  --scale S       pixels per point, 1 to 4 (default 1; 2 for slides and print)
  --transparent   a transparent background instead of white

Exit status: 0 on success, 2 for bad input or a path that cannot be written (nothing is left half-written).

Example: dltutor export conv --input image.txt --filter edge.txt --sheet --scale 2 --out solution.png
</source>
        <translation>用法：dltutor export conv --input FILE --filter FILE [--stride S] [--padding P] [--dilation D]
                           [--mode correlation|convolution]
                           (--step N | --all-steps DIR | --sheet) [--out FILE.png] [--scale S] [--transparent]

把卷积绘制为 PNG：单个步骤（在输入上框出窗口，并显示目前的输出和该步的算式）；
所有步骤（写入一个文件夹）；或把完整解答绘制在一张图上。

  --input, --filter, --stride, --padding, --dilation, --mode
                  问题本身，与 &apos;dltutor conv&apos; 相同（参见 &apos;dltutor conv --help&apos;）
  --step N        绘制第 N 步（1 = 第一个输出单元，逐行计数）
  --all-steps DIR 将 step-001.png、step-002.png、... 写入 DIR（不存在则创建，但其上级目录必须存在）；
                  编号的位数与步数的位数相同，至少 3 位
  --sheet         完整解答图：输入和滤波器、代入数值的输出尺寸公式、
                  每一步的算式以及输出矩阵；步数较多时分栏排列
  --out FILE      要写入的 PNG（与 --step 或 --sheet 一起使用）
  --scale S       每个点对应的像素数，1 到 4（默认 1；幻灯片和打印用 2）
  --transparent   使用透明背景而不是白色

退出状态：成功为 0，输入有误或路径无法写入时为 2（不会留下写了一半的文件）。

示例：dltutor export conv --input image.txt --filter edge.txt --sheet --scale 2 --out solution.png
</translation>
    </message>
    <message>
        <source>a step number, 1 for the first</source>
        <translation>步骤编号，1 表示第一步</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>一个文件夹</translation>
    </message>
    <message>
        <source>wrote %1 images (%2 … %3) to %4
</source>
        <translation>已将 %1 张图像（%2 … %3）写入 %4
</translation>
    </message>
    <message>
        <source>Usage: dltutor export rnn [--whh &quot;3.5 3.5; 3.5 3.5&quot; | --whh-file PATH] [--activation sigmoid|tanh|relu|linear]
                          [--steps T] [--bias &quot;v1 v2&quot;] [--h0 &quot;v1 v2&quot;] [--loss-grad &quot;v1 v2&quot;]
                          --out FILE.png [--scale S] [--transparent]

Draws the back-propagated gradient norm against steps back (actual, guaranteed bound, the seed&apos;s
estimate) with the worked explanation under it, as on the &quot;Vanishing/exploding gradients&quot; page.

  --whh ... --loss-grad   the analysis, as for &apos;dltutor rnn&apos; (see &apos;dltutor rnn --help&apos;)
  --out FILE              the PNG to write (required)
  --scale S               pixels per point, 1 to 4 (default 1)
  --transparent           a transparent background instead of white

Example: dltutor export rnn --activation tanh --steps 30 --scale 2 --out gradient.png
</source>
        <translation>用法：dltutor export rnn [--whh &quot;3.5 3.5; 3.5 3.5&quot; | --whh-file PATH] [--activation sigmoid|tanh|relu|linear]
                          [--steps T] [--bias &quot;v1 v2&quot;] [--h0 &quot;v1 v2&quot;] [--loss-grad &quot;v1 v2&quot;]
                          --out FILE.png [--scale S] [--transparent]

绘制反向传播的梯度范数随回溯步数的变化（实际值、有保证的上界、原题的估计），
并在下方附上推导解释，与“梯度消失/爆炸”页面相同。

  --whh ... --loss-grad   分析参数，与 &apos;dltutor rnn&apos; 相同（参见 &apos;dltutor rnn --help&apos;）
  --out FILE              要写入的 PNG（必需）
  --scale S               每个点对应的像素数，1 到 4（默认 1）
  --transparent           使用透明背景而不是白色

示例：dltutor export rnn --activation tanh --steps 30 --scale 2 --out gradient.png
</translation>
    </message>
    <message>
        <source>Usage: dltutor export vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers &quot;C3D64 M ...&quot;]
                          --out FILE.png [--scale S] [--transparent]

Draws the VGG layer-sizes table of the &quot;VGG layer sizes&quot; page as PNG: every row and column, not only
what fits in a window.

  --config NAME   one configuration, or all six side by side (the default, as on the page)
  --input HxWxC   the input volume (default 224x224x3)
  --layers TEXT   a custom column instead, in the notation of &apos;dltutor vgg --help&apos;
  --out FILE      the PNG to write (required)
  --scale S       pixels per point, 1 to 4 (default 1)
  --transparent   a transparent background instead of white

Example: dltutor export vgg --config D --scale 2 --out vgg16.png
</source>
        <translation>用法：dltutor export vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers &quot;C3D64 M ...&quot;]
                          --out FILE.png [--scale S] [--transparent]

把“VGG 各层尺寸”页面中的 VGG 层尺寸表绘制为 PNG：包含所有行和列，而不只是
窗口中能容纳的部分。

  --config NAME   单个配置，或全部六种并排（默认，与页面相同）
  --input HxWxC   输入数据体（默认 224x224x3）
  --layers TEXT   改用自定义列，记法见 &apos;dltutor vgg --help&apos;
  --out FILE      要写入的 PNG（必需）
  --scale S       每个点对应的像素数，1 到 4（默认 1）
  --transparent   使用透明背景而不是白色

示例：dltutor export vgg --config D --scale 2 --out vgg16.png
</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>--session needs a session file</source>
        <translation>--session 需要一个会话文件</translation>
    </message>
</context>
<context>
    <name>graphtext</name>
    <message>
        <source>shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>初始</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>matmul</source>
        <translation>矩阵乘法</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
</context>
<context>
    <name>imagedemo::ConvTabs</name>
    <message>
        <source>Convolution views</source>
        <translation>卷积视图</translation>
    </message>
    <message>
        <source>Switch between stepping through the convolution and the image demo</source>
        <translation>在分步演示卷积和图像演示之间切换</translation>
    </message>
    <message>
        <source>Step through: one window at a time. Image demo: the same filter on a photo</source>
        <translation>分步演示：一次一个窗口。图像演示：把同一个滤波器应用到照片上</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>分步演示</translation>
    </message>
    <message>
        <source>Work through the convolution one window at a time</source>
        <translation>一次一个窗口地完成卷积计算</translation>
    </message>
    <message>
        <source>&amp;Image demo</source>
        <translation>图像演示(&amp;I)</translation>
    </message>
    <message>
        <source>Apply the same filter to a photo and see the feature map</source>
        <translation>把同一个滤波器应用到照片上，查看特征图</translation>
    </message>
</context>
</TS>
