<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ArchitectureCellDelegate</name>
    <message>
        <source>H×W×D, e.g. 112x112x64</source>
        <translation>Al×An×Pr, p. ej. 112x112x64</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>layer, e.g. C3D64, M, FC10</source>
        <translation>capa, p. ej. C3D64, M, FC10</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <source>Type %1 and press Enter; Esc cancels</source>
        <translation>Escribe %1 y pulsa Intro; Esc cancela</translation>
    </message>
</context>
<context>
    <name>ArchitectureColumnEditor</name>
    <message>
        <source>Add custom column</source>
        <translation>Añadir columna personalizada</translation>
    </message>
    <message>
        <source>Add an editable column, starting as a copy of the current column</source>
        <translation>Añade una columna editable que empieza como copia de la columna actual</translation>
    </message>
    <message>
        <source>Remove column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <source>Remove the current custom column</source>
        <translation>Quita la columna personalizada actual</translation>
    </message>
    <message>
        <source>Insert layer</source>
        <translation>Insertar capa</translation>
    </message>
    <message>
        <source>Insert a copy of the selected layer above it, then type over it</source>
        <translation>Inserta una copia de la capa seleccionada encima de ella y luego escribe sobre ella</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>Eliminar capa</translation>
    </message>
    <message>
        <source>Delete the selected layer</source>
        <translation>Elimina la capa seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected layer one place up</source>
        <translation>Sube la capa seleccionada un puesto</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected layer one place down</source>
        <translation>Baja la capa seleccionada un puesto</translation>
    </message>
    <message>
        <source>Layers: </source>
        <translation>Capas: </translation>
    </message>
    <message>
        <source>Custom column layers as text</source>
        <translation>Capas de la columna personalizada como texto</translation>
    </message>
    <message>
        <source>The custom column in the notation, e.g. C3D32 C3D32 M C3D64 M FC10 S; press Enter to apply</source>
        <translation>La columna personalizada en la notación, p. ej. C3D32 C3D32 M C3D64 M FC10 S; pulsa Intro para aplicarla</translation>
    </message>
    <message>
        <source>select a custom column to edit it as text</source>
        <translation>selecciona una columna personalizada para editarla como texto</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Replace the custom column&apos;s layers with the text</source>
        <translation>Sustituye las capas de la columna personalizada por el texto</translation>
    </message>
    <message>
        <source>Custom column problem</source>
        <translation>Problema en la columna personalizada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 layers: </source>
        <translation>Capas de %1: </translation>
    </message>
</context>
<context>
    <name>ArchitectureControls</name>
    <message>
        <source>&amp;Input size: </source>
        <translation>&amp;Tamaño de entrada: </translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Tamaño de entrada</translation>
    </message>
    <message>
        <source>The input volume as height×width×channels, e.g. 224x224x3 or 32x32x3. Every column refills as you type.</source>
        <translation>El volumen de entrada como alto×ancho×canales, p. ej. 224x224x3 o 32x32x3. Todas las columnas se recalculan mientras escribes.</translation>
    </message>
    <message>
        <source>Show: </source>
        <translation>Mostrar: </translation>
    </message>
    <message>
        <source>Output size</source>
        <translation>Tamaño de salida</translation>
    </message>
    <message>
        <source>Each cell shows the layer&apos;s output H×W×D</source>
        <translation>Cada celda muestra el tamaño de salida Al×An×Pr de la capa</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Each cell shows the layer&apos;s weights + biases</source>
        <translation>Cada celda muestra los pesos + sesgos de la capa</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Each cell shows the layer&apos;s multiply-accumulates</source>
        <translation>Cada celda muestra las multiplicaciones-acumulaciones de la capa</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>Campo receptivo</translation>
    </message>
    <message>
        <source>Each cell shows the side of the input window one output unit sees</source>
        <translation>Cada celda muestra el lado de la ventana de entrada que ve una unidad de salida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>&amp;Hide sizes (practice)</source>
        <translation>&amp;Ocultar tamaños (práctica)</translation>
    </message>
    <message>
        <source>Hide sizes and practise</source>
        <translation>Ocultar tamaños y practicar</translation>
    </message>
    <message>
        <source>Blank the shown quantity in every cell; select a cell, type your answer and press Enter to have it checked</source>
        <translation>Vacía la magnitud mostrada en todas las celdas; selecciona una celda, escribe tu respuesta y pulsa Intro para comprobarla</translation>
    </message>
    <message>
        <source>Practice score</source>
        <translation>Puntuación de práctica</translation>
    </message>
    <message>
        <source>Clear answers</source>
        <translation>Borrar respuestas</translation>
    </message>
    <message>
        <source>Forget every typed answer and start again</source>
        <translation>Olvida todas las respuestas escritas y empieza de nuevo</translation>
    </message>
    <message>
        <source>Input size problem</source>
        <translation>Problema con el tamaño de entrada</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 correct</source>
        <translation>%1 de %2 respondidas, %3 correctas</translation>
    </message>
</context>
<context>
    <name>ArchitecturePage</name>
    <message>
        <source>VGG configurations table</source>
        <translation>Tabla de configuraciones VGG</translation>
    </message>
    <message>
        <source>The six ConvNet configurations of Simonyan and Zisserman (2014), Table 1, one column each, rows aligned by block</source>
        <translation>Las seis configuraciones de ConvNet de Simonyan y Zisserman (2014), tabla 1, una columna cada una, con las filas alineadas por bloque</translation>
    </message>
    <message>
        <source>Hover over or select a cell for its explanation; type into a custom column&apos;s cell to edit it, or into any cell in practice mode to answer</source>
        <translation>Pasa el ratón por una celda o selecciónala para ver su explicación; escribe en una celda de una columna personalizada para editarla, o en cualquier celda en modo práctica para responder</translation>
    </message>
    <message>
        <source>Explanation of the selected cell</source>
        <translation>Explicación de la celda seleccionada</translation>
    </message>
    <message>
        <source>How the hovered or selected cell&apos;s numbers are worked out</source>
        <translation>Cómo se calculan los números de la celda señalada o seleccionada</translation>
    </message>
    <message>
        <source>&lt;b&gt;VGG layer sizes&lt;/b&gt;: the six ConvNet configurations of Simonyan &amp;amp; Zisserman (2014), Table 1. Hover over or select a cell to see how its numbers are worked out.</source>
        <translation>&lt;b&gt;Tamaños de capa de VGG&lt;/b&gt;: las seis configuraciones de ConvNet de Simonyan &amp;amp; Zisserman (2014), tabla 1. Pasa el ratón por una celda o selecciónala para ver cómo se calculan sus números.</translation>
    </message>
    <message>
        <source>Custom %1</source>
        <translation>Personalizada %1</translation>
    </message>
    <message>
        <source>Explanation panel</source>
        <translation>Panel de explicación</translation>
    </message>
</context>
<context>
    <name>ArchitectureTableModel</name>
    <message>
        <source>Change input size</source>
        <translation>Cambiar el tamaño de entrada</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · parameters&lt;/b&gt;: type the column&apos;s total, the sum over every layer.</source>
        <translation>&lt;b&gt;%1 · parámetros&lt;/b&gt;: escribe el total de la columna, la suma sobre todas las capas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · MACs&lt;/b&gt;: type the column&apos;s total, the sum over every layer.</source>
        <translation>&lt;b&gt;%1 · MACs&lt;/b&gt;: escribe el total de la columna, la suma sobre todas las capas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: no layer here. Type a layer (for example C3D64) to insert it at this place.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: aquí no hay capa. Escribe una capa (por ejemplo C3D64) para insertarla en este lugar.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no layer in this row; rows are aligned by block as in the paper&apos;s table.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; no tiene capa en esta fila; las filas se alinean por bloque como en la tabla del artículo.</translation>
    </message>
    <message>
        <source>1 weight layer</source>
        <translation>1 capa con pesos</translation>
    </message>
    <message>
        <source>%1 weight layers</source>
        <translation>%1 capas con pesos</translation>
    </message>
    <message>
        <source>Custom column %1: select a cell and type a layer, or edit the whole column as text.</source>
        <translation>Columna personalizada %1: selecciona una celda y escribe una capa, o edita toda la columna como texto.</translation>
    </message>
    <message>
        <source>Configuration %1 of Table 1 in Simonyan &amp; Zisserman (2014)</source>
        <translation>Configuración %1 de la tabla 1 de Simonyan &amp; Zisserman (2014)</translation>
    </message>
    <message>
        <source>The input volume, the same for every column</source>
        <translation>El volumen de entrada, el mismo para todas las columnas</translation>
    </message>
    <message>
        <source>Block %1: convolutions (and LRN) between two max-pools</source>
        <translation>Bloque %1: convoluciones (y LRN) entre dos max-pooling</translation>
    </message>
    <message>
        <source>The max-pool that ends block %1</source>
        <translation>El max-pooling que cierra el bloque %1</translation>
    </message>
    <message>
        <source>Fully connected layers: the volume is flattened first</source>
        <translation>Capas totalmente conectadas: antes se aplana el volumen</translation>
    </message>
    <message>
        <source>The soft-max that turns the scores into probabilities</source>
        <translation>La softmax que convierte las puntuaciones en probabilidades</translation>
    </message>
    <message>
        <source>Total parameters (weights + biases) of each column</source>
        <translation>Parámetros totales (pesos + sesgos) de cada columna</translation>
    </message>
    <message>
        <source>Total multiply-accumulates of each column for one input</source>
        <translation>Multiplicaciones-acumulaciones totales de cada columna para una entrada</translation>
    </message>
    <message>
        <source>Activation memory of each column for one input, in float32</source>
        <translation>Memoria de activaciones de cada columna para una entrada, en float32</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <source>max-pool</source>
        <translation>max-pooling</translation>
    </message>
    <message>
        <source>FC</source>
        <translation>FC</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>Insert layer</source>
        <translation>Insertar capa</translation>
    </message>
    <message>
        <source>Add column %1</source>
        <translation>Añadir la columna %1</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Quitar la columna %1</translation>
    </message>
    <message>
        <source>Edit column %1</source>
        <translation>Editar la columna %1</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>Eliminar capa</translation>
    </message>
    <message>
        <source>Edit layer</source>
        <translation>Editar capa</translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation>Subir capa</translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation>Bajar capa</translation>
    </message>
</context>
<context>
    <name>BankCommand</name>
    <message>
        <source>use the built-in question bank</source>
        <translation>usar el banco de preguntas integrado</translation>
    </message>
    <message>
        <source>open question bank %1</source>
        <translation>abrir el banco de preguntas %1</translation>
    </message>
</context>
<context>
    <name>BpttSumModel</name>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Stage %1 of the backward pass handles time step t = %2</source>
        <translation>La etapa %1 del paso hacia atrás trata el instante t = %2</translation>
    </message>
    <message>
        <source>The gradient on the edge from %1 into step %2</source>
        <translation>El gradiente en la arista de %1 hacia el paso %2</translation>
    </message>
    <message>
        <source>The contributions of steps %1 … %2 added up</source>
        <translation>Las contribuciones de los pasos %1 … %2 sumadas</translation>
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
        <translation>Σ acumulada</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>Cell value</source>
        <translation>Valor de la celda</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Chart legend</source>
        <translation>Leyenda del gráfico</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Answer choices</source>
        <translation>Opciones de respuesta</translation>
    </message>
    <message>
        <source>Press %1 to tick or untick this choice</source>
        <translation>Pulsa %1 para marcar o desmarcar esta opción</translation>
    </message>
    <message>
        <source>Press %1 to choose this answer</source>
        <translation>Pulsa %1 para elegir esta respuesta</translation>
    </message>
</context>
<context>
    <name>CleanModeDialog</name>
    <message>
        <source>Prepare clean mode</source>
        <translation>Preparar el modo limpio</translation>
    </message>
    <message>
        <source>Clean mode shows only the controls you keep on “%1”. Tick the groups to keep during the lecture:</source>
        <translation>El modo limpio muestra solo los controles que conserves en «%1». Marca los grupos que quieres conservar durante la clase:</translation>
    </message>
    <message>
        <source>Keep this group visible in clean mode</source>
        <translation>Mantener este grupo visible en el modo limpio</translation>
    </message>
    <message>
        <source>This page has no optional controls.</source>
        <translation>Esta página no tiene controles opcionales.</translation>
    </message>
</context>
<context>
    <name>ConvExport</name>
    <message>
        <source>no such folder</source>
        <translation>no existe esa carpeta</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>channel %1: </source>
        <translation>canal %1: </translation>
    </message>
    <message>
        <source>the last row</source>
        <translation>la última fila</translation>
    </message>
    <message>
        <source>the last %1 rows</source>
        <translation>las últimas %1 filas</translation>
    </message>
    <message>
        <source>the last column</source>
        <translation>la última columna</translation>
    </message>
    <message>
        <source>the last %1 columns</source>
        <translation>las últimas %1 columnas</translation>
    </message>
    <message>
        <source>Remainder %1: the window never reaches %2.</source>
        <translation>Resto %1: la ventana nunca llega a %2.</translation>
    </message>
    <message>
        <source>cross-correlation (the filter is not flipped)</source>
        <translation>correlación cruzada (el filtro no se voltea)</translation>
    </message>
    <message>
        <source>convolution (the filter is flipped on both axes)</source>
        <translation>convolución (el filtro se voltea en ambos ejes)</translation>
    </message>
    <message>
        <source>Stride %1, padding %2, dilation %3, %4</source>
        <translation>Paso %1, relleno %2, dilatación %3, %4</translation>
    </message>
    <message>
        <source>%1, channel %2 (%3)</source>
        <translation>%1, canal %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Worked solution: cross-correlation of the input with the filter</source>
        <translation>Solución desarrollada: correlación cruzada de la entrada con el filtro</translation>
    </message>
    <message>
        <source>Worked solution: convolution of the input with the filter</source>
        <translation>Solución desarrollada: convolución de la entrada con el filtro</translation>
    </message>
    <message>
        <source>1. Given</source>
        <translation>1. Datos</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Input with padding</source>
        <translation>Entrada con relleno</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Filter flipped</source>
        <translation>Filtro volteado</translation>
    </message>
    <message>
        <source>2. Output size</source>
        <translation>2. Tamaño de salida</translation>
    </message>
    <message>
        <source>out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   (n input, p padding, d dilation, k filter size, s stride)</source>
        <translation>out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   (n entrada, p relleno, d dilatación, k tamaño del filtro, s paso)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>The output is %1.</source>
        <translation>La salida es %1.</translation>
    </message>
    <message>
        <source>3. Every step (input value · filter weight, summed)</source>
        <translation>3. Cada paso (valor de entrada · peso del filtro, sumados)</translation>
    </message>
    <message>
        <source>Step %1 of %2: output row %3, column %4</source>
        <translation>Paso %1 de %2: fila de salida %3, columna %4</translation>
    </message>
    <message>
        <source>4. Output</source>
        <translation>4. Salida</translation>
    </message>
    <message>
        <source>Output (%1)</source>
        <translation>Salida (%1)</translation>
    </message>
    <message>
        <source>Input with padding 00×00</source>
        <translation>Entrada con relleno 00×00</translation>
    </message>
    <message>
        <source>Filter 00×00</source>
        <translation>Filtro 00×00</translation>
    </message>
    <message>
        <source>Output 00×00</source>
        <translation>Salida 00×00</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Sin pasos</translation>
    </message>
    <message>
        <source>Input with padding %1</source>
        <translation>Entrada con relleno %1</translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation>Entrada %1</translation>
    </message>
    <message>
        <source>, channel %1</source>
        <translation>, canal %1</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtro %1</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Salida %1</translation>
    </message>
    <message>
        <source>Input value · filter weight over the window, summed:</source>
        <translation>Valor de entrada · peso del filtro sobre la ventana, sumados:</translation>
    </message>
    <message>
        <source>Blue border: the window (×w is the filter weight used there). Orange border: the output cell being computed. Dashed grey: zero padding. Hatched: never reached by the window.</source>
        <translation>Borde azul: la ventana (×w es el peso del filtro usado ahí). Borde naranja: la celda de salida que se está calculando. Gris discontinuo: relleno con ceros. Rayado: la ventana nunca llega ahí.</translation>
    </message>
</context>
<context>
    <name>ConvParameters</name>
    <message>
        <source>Stride, rows</source>
        <translation>Paso (stride), filas</translation>
    </message>
    <message>
        <source>Stride along the rows: how far the window moves down between output rows</source>
        <translation>Paso (stride) a lo largo de las filas: cuánto baja la ventana entre filas de salida</translation>
    </message>
    <message>
        <source>Stride, columns</source>
        <translation>Paso (stride), columnas</translation>
    </message>
    <message>
        <source>Stride along the columns: how far the window moves right between output columns</source>
        <translation>Paso (stride) a lo largo de las columnas: cuánto se desplaza la ventana a la derecha entre columnas de salida</translation>
    </message>
    <message>
        <source>Padding, rows</source>
        <translation>Relleno (padding), filas</translation>
    </message>
    <message>
        <source>Rows of zeros added above and below the input</source>
        <translation>Filas de ceros añadidas encima y debajo de la entrada</translation>
    </message>
    <message>
        <source>Padding, columns</source>
        <translation>Relleno (padding), columnas</translation>
    </message>
    <message>
        <source>Columns of zeros added left and right of the input</source>
        <translation>Columnas de ceros añadidas a la izquierda y a la derecha de la entrada</translation>
    </message>
    <message>
        <source>Dilation, rows</source>
        <translation>Dilatación, filas</translation>
    </message>
    <message>
        <source>Dilation along the rows: the gap between filter taps, 1 = no gap</source>
        <translation>Dilatación a lo largo de las filas: el hueco entre las tomas del filtro, 1 = sin hueco</translation>
    </message>
    <message>
        <source>Dilation, columns</source>
        <translation>Dilatación, columnas</translation>
    </message>
    <message>
        <source>Dilation along the columns: the gap between filter taps, 1 = no gap</source>
        <translation>Dilatación a lo largo de las columnas: el hueco entre las tomas del filtro, 1 = sin hueco</translation>
    </message>
    <message>
        <source>Cross-correlation</source>
        <translation>Correlación cruzada</translation>
    </message>
    <message>
        <source>Convolution (flipped filter)</source>
        <translation>Convolución (filtro volteado)</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Cross-correlation slides the filter as it is (what deep-learning frameworks and the exam call convolution); true convolution flips the filter on both axes first</source>
        <translation>La correlación cruzada desliza el filtro tal cual (lo que los frameworks de aprendizaje profundo y el examen llaman convolución); la convolución verdadera voltea antes el filtro en ambos ejes</translation>
    </message>
    <message>
        <source>rows × columns</source>
        <translation>filas × columnas</translation>
    </message>
    <message>
        <source>&amp;Stride</source>
        <translation>&amp;Paso (stride)</translation>
    </message>
    <message>
        <source>&amp;Padding</source>
        <translation>&amp;Relleno (padding)</translation>
    </message>
    <message>
        <source>&amp;Dilation</source>
        <translation>&amp;Dilatación</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Modo</translation>
    </message>
</context>
<context>
    <name>ConvolutionDocument</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Horizontal edge (exam)</source>
        <translation>Borde horizontal (examen)</translation>
    </message>
    <message>
        <source>Vertical edge</source>
        <translation>Borde vertical</translation>
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
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Box blur</source>
        <translation>Desenfoque de caja</translation>
    </message>
    <message>
        <source>Sharpen</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Laplacian</source>
        <translation>Laplaciano</translation>
    </message>
    <message>
        <source>apply the %1 filter</source>
        <translation>aplicar el filtro %1</translation>
    </message>
    <message>
        <source>Stepping is off for a problem this large (more than %L1 multiplications); the output is computed directly.</source>
        <translation>El paso a paso está desactivado para un problema tan grande (más de %L1 multiplicaciones); la salida se calcula directamente.</translation>
    </message>
</context>
<context>
    <name>ConvolutionPage</name>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Convolution with a given filter</source>
        <translation>Convolución con un filtro dado</translation>
    </message>
    <message>
        <source>Each output cell is the sum of input value × filter weight over the window. Keys: ← → step, Home / End, Space plays, Esc leaves a grid.</source>
        <translation>Cada celda de salida es la suma de valor de entrada × peso del filtro sobre la ventana. Teclas: ← → paso, Inicio / Fin, Espacio reproduce, Esc sale de una cuadrícula.</translation>
    </message>
    <message>
        <source>Filter preset</source>
        <translation>Filtro predefinido</translation>
    </message>
    <message>
        <source>Replace the filter with a well-known kernel (every channel)</source>
        <translation>Sustituye el filtro por un núcleo conocido (en todos los canales)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Output matrix</source>
        <translation>Matriz de salida</translation>
    </message>
    <message>
        <source>Output: cells fill in as you step; Ctrl+C copies the whole output</source>
        <translation>Salida: las celdas se rellenan a medida que avanzas; Ctrl+C copia toda la salida</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Mostrar &amp;todo</translation>
    </message>
    <message>
        <source>Show all output cells</source>
        <translation>Mostrar todas las celdas de salida</translation>
    </message>
    <message>
        <source>Fill in every output cell instead of only those computed so far</source>
        <translation>Rellena todas las celdas de salida en lugar de solo las calculadas hasta ahora</translation>
    </message>
    <message>
        <source>⋆ cross-correlation</source>
        <translation>⋆ correlación cruzada</translation>
    </message>
    <message>
        <source>∗ convolution (the filter is flipped)</source>
        <translation>∗ convolución (el filtro se voltea)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>  %1×%2</source>
        <translation>  %1×%2</translation>
    </message>
    <message>
        <source> (last valid)</source>
        <translation> (último válido)</translation>
    </message>
    <message>
        <source>%1 The output shows the last valid result.</source>
        <translation>%1 La salida muestra el último resultado válido.</translation>
    </message>
    <message>
        <source>Fix the problem above to see the steps.</source>
        <translation>Corrige el problema de arriba para ver los pasos.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; window (thick blue border, small ×weight = the filter weight used) &amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; output cell being computed (thick orange border) &amp;nbsp; &lt;span style=&quot;color:%3&quot;&gt;□&lt;/span&gt; zero padding (dashed, grey italic 0) &amp;nbsp; ▨ never reached by the window (hatched)</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;■&lt;/span&gt; ventana (borde azul grueso, ×peso pequeño = el peso del filtro usado) &amp;nbsp; &lt;span style=&quot;color:%2&quot;&gt;■&lt;/span&gt; celda de salida que se está calculando (borde naranja grueso) &amp;nbsp; &lt;span style=&quot;color:%3&quot;&gt;□&lt;/span&gt; relleno con ceros (discontinuo, 0 gris en cursiva) &amp;nbsp; ▨ la ventana nunca llega (rayado)</translation>
    </message>
    <message>
        <source>Stride, padding, dilation and mode</source>
        <translation>Paso (stride), relleno (padding), dilatación y modo</translation>
    </message>
    <message>
        <source>Filter presets</source>
        <translation>Filtros predefinidos</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Leyenda de colores</translation>
    </message>
    <message>
        <source>Output-size formula</source>
        <translation>Fórmula del tamaño de salida</translation>
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
        <translation>γ·|λ| = %1 &gt; 1: a lo largo de este vector propio cada paso hacia atrás puede multiplicar el gradiente por más de 1, así que es posible la explosión</translation>
    </message>
    <message>
        <source>γ·|λ| = %1 ≤ 1: along this eigenvector the estimate does not grow</source>
        <translation>γ·|λ| = %1 ≤ 1: a lo largo de este vector propio la estimación no crece</translation>
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
        <translation>frente a 1</translation>
    </message>
    <message>
        <source>eigenvalue of the analysed matrix (scale × W_hh)</source>
        <translation>valor propio de la matriz analizada (escala × W_hh)</translation>
    </message>
    <message>
        <source>modulus |λ|; the largest is the spectral radius ρ</source>
        <translation>módulo |λ|; el mayor es el radio espectral ρ</translation>
    </message>
    <message>
        <source>the seed&apos;s per-step factor along this eigenvector: γ·|λ|</source>
        <translation>el factor por paso de la semilla a lo largo de este vector propio: γ·|λ|</translation>
    </message>
    <message>
        <source>&gt; 1: outside the circle of radius 1/γ, explosion possible</source>
        <translation>&gt; 1: fuera del círculo de radio 1/γ, posible explosión</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>the stride for %{axis} must be a whole number from 1 to 8192, not %{value}</source>
        <translation>el paso (stride) para %{axis} debe ser un número entero de 1 a 8192, no %{value}</translation>
    </message>
    <message>
        <source>the dilation for %{axis} must be a whole number from 1 to 8192, not %{value}</source>
        <translation>la dilatación para %{axis} debe ser un número entero de 1 a 8192, no %{value}</translation>
    </message>
    <message>
        <source>the padding for %{axis} must be a whole number from 0 to 8192, not %{value}</source>
        <translation>el relleno (padding) para %{axis} debe ser un número entero de 0 a 8192, no %{value}</translation>
    </message>
    <message>
        <source>the filter does not fit along %{axis}: its dilated size %{effective} is larger than the padded input size %{padded}; add padding, lower the dilation or use a smaller filter</source>
        <translation>el filtro no cabe a lo largo de %{axis}: su tamaño dilatado %{effective} es mayor que el tamaño de la entrada con relleno %{padded}; añade relleno, reduce la dilatación o usa un filtro más pequeño</translation>
    </message>
    <message>
        <source>the %{which} is empty</source>
        <translation>%{which}: está vacío</translation>
    </message>
    <message>
        <source>the %{which} is %{rows}×%{cols}, larger than the limit of %{max} per side</source>
        <translation>%{which}: mide %{rows}×%{cols}, más que el límite de %{max} por lado</translation>
    </message>
    <message>
        <source>the %{which} has %{channels} channels; the limit is %{max}</source>
        <translation>%{which}: tiene %{channels} canales; el límite es %{max}</translation>
    </message>
    <message>
        <source>channel %{channel} of the %{which} is not the same size as channel 1</source>
        <translation>el canal %{channel} de %{which} no tiene el mismo tamaño que el canal 1</translation>
    </message>
    <message>
        <source>the %{which} holds a value that is not a finite number (channel %{channel}, row %{row}, column %{col})</source>
        <translation>%{which} contiene un valor que no es un número finito (canal %{channel}, fila %{row}, columna %{col})</translation>
    </message>
    <message>
        <source>the input has %{input} channel(s) but the filter has %{filter}; every input channel needs its own filter channel</source>
        <translation>la entrada tiene %{input} canal(es) pero el filtro tiene %{filter}; cada canal de entrada necesita su propio canal de filtro</translation>
    </message>
    <message>
        <source>a step-by-step trace would need %{taps} multiplications, more than the limit of %{max}</source>
        <translation>un recorrido paso a paso necesitaría %{taps} multiplicaciones, más que el límite de %{max}</translation>
    </message>
    <message>
        <source>cannot open %{path}: %{reason}</source>
        <translation>no se puede abrir %{path}: %{reason}</translation>
    </message>
    <message>
        <source>cannot write %{path}: %{reason}</source>
        <translation>no se puede escribir %{path}: %{reason}</translation>
    </message>
    <message>
        <source>%{path} is a directory, not a file</source>
        <translation>%{path} es un directorio, no un archivo</translation>
    </message>
    <message>
        <source>%{path} is larger than the %{limit} byte limit</source>
        <translation>%{path} supera el límite de %{limit} bytes</translation>
    </message>
    <message>
        <source>unknown option &apos;%{option}&apos;</source>
        <translation>opción desconocida &apos;%{option}&apos;</translation>
    </message>
    <message>
        <source>option &apos;%{option}&apos; needs a value</source>
        <translation>la opción &apos;%{option}&apos; necesita un valor</translation>
    </message>
    <message>
        <source>missing required option &apos;%{option}&apos;</source>
        <translation>falta la opción obligatoria &apos;%{option}&apos;</translation>
    </message>
    <message>
        <source>option &apos;%{option}&apos;: &apos;%{value}&apos; is not valid (%{expected})</source>
        <translation>opción &apos;%{option}&apos;: &apos;%{value}&apos; no es válido (%{expected})</translation>
    </message>
    <message>
        <source>options &apos;%{option}&apos; and &apos;%{other}&apos; cannot be used together</source>
        <translation>las opciones &apos;%{option}&apos; y &apos;%{other}&apos; no se pueden usar juntas</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%{value}&apos;</source>
        <translation>argumento inesperado &apos;%{value}&apos;</translation>
    </message>
    <message>
        <source>say what to export: one of %{kinds}</source>
        <translation>indica qué exportar: uno de %{kinds}</translation>
    </message>
    <message>
        <source>cannot export &apos;%{kind}&apos;; choose one of %{kinds}</source>
        <translation>no se puede exportar &apos;%{kind}&apos;; elige uno de %{kinds}</translation>
    </message>
    <message>
        <source>τ = %{steps} time steps is out of range; unroll for %{min} to %{max} steps</source>
        <translation>τ = %{steps} pasos de tiempo está fuera de rango; despliega de %{min} a %{max} pasos</translation>
    </message>
    <message>
        <source>the %{name} size %{value} is out of range; choose %{min} to %{max}</source>
        <translation>el tamaño %{name} %{value} está fuera de rango; elige de %{min} a %{max}</translation>
    </message>
    <message>
        <source>the graph layout option %{option} must be a positive number</source>
        <translation>la opción de disposición del grafo %{option} debe ser un número positivo</translation>
    </message>
    <message>
        <source>the folded graph has no numbers; unroll it to compute values and gradients</source>
        <translation>el grafo plegado no tiene números; despliégalo para calcular valores y gradientes</translation>
    </message>
    <message>
        <source>the numbers belong to another cell or to fewer steps (graph τ = %{graph_steps}, numbers τ = %{instance_steps})</source>
        <translation>los números pertenecen a otra celda o a menos pasos (grafo τ = %{graph_steps}, números τ = %{instance_steps})</translation>
    </message>
    <message>
        <source>node %{symbol} at step %{step}: the sizes of its operands do not match</source>
        <translation>nodo %{symbol} en el paso %{step}: los tamaños de sus operandos no coinciden</translation>
    </message>
    <message>
        <source>the learning rate %{value} must be greater than 0 and at most %{max}</source>
        <translation>la tasa de aprendizaje %{value} debe ser mayor que 0 y como mucho %{max}</translation>
    </message>
    <message>
        <source>the matrix is empty: type numbers separated by spaces, one row per line</source>
        <translation>la matriz está vacía: escribe números separados por espacios, una fila por línea</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: &apos;%{token}&apos; is not a number</source>
        <translation>línea %{line}, columna %{column}: &apos;%{token}&apos; no es un número</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: &apos;%{token}&apos; is not a finite number</source>
        <translation>línea %{line}, columna %{column}: &apos;%{token}&apos; no es un número finito</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: a value is missing between separators</source>
        <translation>línea %{line}, columna %{column}: falta un valor entre separadores</translation>
    </message>
    <message>
        <source>line %{line}: row %{row} has %{got} values but the first row has %{expected}</source>
        <translation>línea %{line}: la fila %{row} tiene %{got} valores pero la primera fila tiene %{expected}</translation>
    </message>
    <message>
        <source>line %{line}: the matrix is larger than the limit of %{max} per side</source>
        <translation>línea %{line}: la matriz supera el límite de %{max} por lado</translation>
    </message>
    <message>
        <source>line %{line}: a blank line splits the matrix (blank lines separate channels only in a volume)</source>
        <translation>línea %{line}: una línea en blanco parte la matriz (las líneas en blanco solo separan canales en un volumen)</translation>
    </message>
    <message>
        <source>line %{line}: channel %{channel} is %{rows}×%{cols} but channel 1 is %{expected_rows}×%{expected_cols}</source>
        <translation>línea %{line}: el canal %{channel} mide %{rows}×%{cols} pero el canal 1 mide %{expected_rows}×%{expected_cols}</translation>
    </message>
    <message>
        <source>too many channels: the limit is %{max}</source>
        <translation>demasiados canales: el límite es %{max}</translation>
    </message>
    <message>
        <source>expected one row or one column of values, got a %{rows}×%{cols} matrix</source>
        <translation>se esperaba una fila o una columna de valores, pero hay una matriz de %{rows}×%{cols}</translation>
    </message>
    <message>
        <source>the question bank is empty</source>
        <translation>el banco de preguntas está vacío</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: this is not valid JSON</source>
        <translation>línea %{line}, columna %{column}: esto no es JSON válido</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: the JSON ends too early (is the file cut off?)</source>
        <translation>línea %{line}, columna %{column}: el JSON termina demasiado pronto (¿está cortado el archivo?)</translation>
    </message>
    <message>
        <source>a question bank is a JSON object that starts {&quot;format&quot;: &quot;dltutor-quiz&quot;, ...</source>
        <translation>un banco de preguntas es un objeto JSON que empieza por {&quot;format&quot;: &quot;dltutor-quiz&quot;, ...</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is missing: a bank declares &quot;format&quot;: &quot;dltutor-quiz&quot;</source>
        <translation>falta el campo &quot;format&quot;: un banco declara &quot;format&quot;: &quot;dltutor-quiz&quot;</translation>
    </message>
    <message>
        <source>field &quot;format&quot; is %{value}; a question bank has &quot;dltutor-quiz&quot;</source>
        <translation>el campo &quot;format&quot; es %{value}; un banco de preguntas tiene &quot;dltutor-quiz&quot;</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is missing</source>
        <translation>falta el campo &quot;version&quot;</translation>
    </message>
    <message>
        <source>field &quot;version&quot; is %{value}; it must be a whole number, 1 or more</source>
        <translation>el campo &quot;version&quot; es %{value}; debe ser un número entero, 1 o mayor</translation>
    </message>
    <message>
        <source>the bank has version %{version}, but this DL Tutor reads version %{supported} or older</source>
        <translation>el banco tiene la versión %{version}, pero este DL Tutor lee la versión %{supported} o anteriores</translation>
    </message>
    <message>
        <source>field &quot;%{field}&quot; must be a %{expected}</source>
        <translation>el campo &quot;%{field}&quot; debe ser %{expected}</translation>
    </message>
    <message>
        <source>unknown top-level field &quot;%{field}&quot; (a typo?)</source>
        <translation>campo de nivel superior desconocido &quot;%{field}&quot; (¿una errata?)</translation>
    </message>
    <message>
        <source>field &quot;questions&quot; is missing</source>
        <translation>falta el campo &quot;questions&quot;</translation>
    </message>
    <message>
        <source>field &quot;questions&quot; must be an array [...]</source>
        <translation>el campo &quot;questions&quot; debe ser un array [...]</translation>
    </message>
    <message>
        <source>the bank has no questions</source>
        <translation>el banco no tiene preguntas</translation>
    </message>
    <message>
        <source>the bank has %{count} questions; the limit is %{max}</source>
        <translation>el banco tiene %{count} preguntas; el límite es %{max}</translation>
    </message>
    <message>
        <source>question %{question}: must be a JSON object {...}</source>
        <translation>pregunta %{question}: debe ser un objeto JSON {...}</translation>
    </message>
    <message>
        <source>question %{question}: field &quot;id&quot; is missing</source>
        <translation>pregunta %{question}: falta el campo &quot;id&quot;</translation>
    </message>
    <message>
        <source>question %{question} (#%{index}), field &quot;id&quot;: the id is already used by question #%{first_index}</source>
        <translation>pregunta %{question} (n.º %{index}), campo &quot;id&quot;: el id ya lo usa la pregunta n.º %{first_index}</translation>
    </message>
    <message>
        <source>question %{question}: field &quot;%{field}&quot; is missing</source>
        <translation>pregunta %{question}: falta el campo &quot;%{field}&quot;</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: must be a %{expected}</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: debe ser %{expected}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: must not be empty</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: no debe estar vacío</translation>
    </message>
    <message>
        <source>question %{question}: unknown field &quot;%{field}&quot; (a typo?)</source>
        <translation>pregunta %{question}: campo desconocido &quot;%{field}&quot; (¿una errata?)</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;type&quot;: unknown type &quot;%{value}&quot; (use true_false, single_choice, multiple_choice, numeric or matrix)</source>
        <translation>pregunta %{question}, campo &quot;type&quot;: tipo desconocido &quot;%{value}&quot; (usa true_false, single_choice, multiple_choice, numeric o matrix)</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: does not apply to a %{type} question</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: no se aplica a una pregunta de tipo %{type}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the answer of a %{type} question must be: %{expected}</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: la respuesta de una pregunta de tipo %{type} debe ser: %{expected}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: choice %{value} does not exist (there are %{count} choices, numbered from 0)</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: la opción %{value} no existe (hay %{count} opciones, numeradas desde 0)</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: choice %{value} is listed twice</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: la opción %{value} aparece dos veces</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: at least one choice must be correct</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: al menos una opción debe ser correcta</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the list of choices is empty</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: la lista de opciones está vacía</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{count} choices; the limit is %{max}</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: %{count} opciones; el límite es %{max}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{got} entries, but %{expected} are needed</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: %{got} entradas, pero se necesitan %{expected}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{value} is not a number above 0 and at most 1000</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: %{value} no es un número mayor que 0 y como mucho 1000</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: %{value} is not a number of 0 or more</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: %{value} no es un número igual o mayor que 0</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the matrix is empty</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: la matriz está vacía</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: row %{row} has %{got} values but the first row has %{expected}</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: la fila %{row} tiene %{got} valores pero la primera fila tiene %{expected}</translation>
    </message>
    <message>
        <source>question %{question}, field &quot;%{field}&quot;: the matrix is %{rows}×%{cols}; the limit is %{max} per side</source>
        <translation>pregunta %{question}, campo &quot;%{field}&quot;: la matriz mide %{rows}×%{cols}; el límite es %{max} por lado</translation>
    </message>
    <message>
        <source>ask for at least one question (got %{count})</source>
        <translation>pide al menos una pregunta (se pidieron %{count})</translation>
    </message>
    <message>
        <source>the bank has no topic &quot;%{topic}&quot;</source>
        <translation>el banco no tiene el tema &quot;%{topic}&quot;</translation>
    </message>
    <message>
        <source>the mock midterm needs %{need} true/false or multiple-choice questions, but the bank has %{have}</source>
        <translation>el examen parcial de práctica necesita %{need} preguntas de verdadero/falso o de opción múltiple, pero el banco tiene %{have}</translation>
    </message>
    <message>
        <source>could not generate the %{kind} problem for this seed; try another seed</source>
        <translation>no se pudo generar el problema de %{kind} para esta semilla; prueba otra semilla</translation>
    </message>
    <message>
        <source>the GIFT file holds no questions</source>
        <translation>el archivo GIFT no contiene preguntas</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): %{kind} questions are not supported; use true/false, multiple choice or numeric</source>
        <translation>pregunta %{question} (línea %{line}): las preguntas de tipo %{kind} no se admiten; usa verdadero/falso, opción múltiple o numérica</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): the answer braces { } do not match (escape a literal brace as \{)</source>
        <translation>pregunta %{question} (línea %{line}): las llaves de respuesta { } no casan (escribe una llave literal como \{)</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): the ::title is not closed with ::</source>
        <translation>pregunta %{question} (línea %{line}): el ::título no se cierra con ::</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): more than one answer is marked &apos;=&apos;; for several correct answers give each a weight, ~%50%</source>
        <translation>pregunta %{question} (línea %{line}): hay más de una respuesta marcada con &apos;=&apos;; para varias respuestas correctas da a cada una un peso, ~%50%</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): partial-credit weights work only in multiple-answer questions (no &apos;=&apos; answer)</source>
        <translation>pregunta %{question} (línea %{line}): los pesos de puntuación parcial solo sirven en preguntas de respuesta múltiple (sin respuesta &apos;=&apos;)</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): no answer is correct; mark one with &apos;=&apos; or give positive weights</source>
        <translation>pregunta %{question} (línea %{line}): ninguna respuesta es correcta; marca una con &apos;=&apos; o da pesos positivos</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): &apos;%{value}&apos; is not a weight like %50%</source>
        <translation>pregunta %{question} (línea %{line}): &apos;%{value}&apos; no es un peso como %50%</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): &apos;%{value}&apos; is not a number, value:tolerance or min..max</source>
        <translation>pregunta %{question} (línea %{line}): &apos;%{value}&apos; no es un número, valor:tolerancia o mín..máx</translation>
    </message>
    <message>
        <source>question %{question} (line %{line}): dltutor-%{field} &apos;%{value}&apos; is not valid</source>
        <translation>pregunta %{question} (línea %{line}): dltutor-%{field} &apos;%{value}&apos; no es válido</translation>
    </message>
    <message>
        <source>question %{question}: %{type} questions have no GIFT form</source>
        <translation>pregunta %{question}: las preguntas de tipo %{type} no tienen forma GIFT</translation>
    </message>
    <message>
        <source>question %{question}: its %{field} cannot be written as GIFT</source>
        <translation>pregunta %{question}: su %{field} no se puede escribir en GIFT</translation>
    </message>
    <message>
        <source>the progress file is empty</source>
        <translation>el archivo de progreso está vacío</translation>
    </message>
    <message>
        <source>the progress file is not valid JSON (line %{line}, column %{column})</source>
        <translation>el archivo de progreso no es JSON válido (línea %{line}, columna %{column})</translation>
    </message>
    <message>
        <source>the progress file ends too early (line %{line}, column %{column})</source>
        <translation>el archivo de progreso termina demasiado pronto (línea %{line}, columna %{column})</translation>
    </message>
    <message>
        <source>the file is not a DL Tutor progress file</source>
        <translation>el archivo no es un archivo de progreso de DL Tutor</translation>
    </message>
    <message>
        <source>the progress file has version %{version}; this DL Tutor reads version %{supported} or older</source>
        <translation>el archivo de progreso tiene la versión %{version}; este DL Tutor lee la versión %{supported} o anteriores</translation>
    </message>
    <message>
        <source>the progress file&apos;s attempt %{index}: field &quot;%{field}&quot; is missing or invalid</source>
        <translation>intento %{index} del archivo de progreso: el campo &quot;%{field}&quot; falta o no es válido</translation>
    </message>
    <message>
        <source>unknown activation &apos;%{name}&apos;; choose sigmoid, tanh, relu or linear</source>
        <translation>activación desconocida &apos;%{name}&apos;; elige sigmoid, tanh, relu o linear</translation>
    </message>
    <message>
        <source>W_hh is empty; enter at least one number</source>
        <translation>W_hh está vacía; escribe al menos un número</translation>
    </message>
    <message>
        <source>W_hh must be square, but it has %{rows} rows and %{cols} columns</source>
        <translation>W_hh debe ser cuadrada, pero tiene %{rows} filas y %{cols} columnas</translation>
    </message>
    <message>
        <source>W_hh is %{n}×%{n}; the largest size supported is %{max}×%{max}</source>
        <translation>W_hh mide %{n}×%{n}; el tamaño máximo admitido es %{max}×%{max}</translation>
    </message>
    <message>
        <source>%{vector} has %{got} entries, but W_hh is %{expected}×%{expected}: give %{expected} entries or leave it empty for the default</source>
        <translation>%{vector} tiene %{got} entradas, pero W_hh mide %{expected}×%{expected}: da %{expected} entradas o déjalo vacío para usar el valor por defecto</translation>
    </message>
    <message>
        <source>the number of steps T must be 0 or more, not %{steps}</source>
        <translation>el número de pasos T debe ser 0 o mayor, no %{steps}</translation>
    </message>
    <message>
        <source>T = %{steps} steps is more than the %{max} supported</source>
        <translation>T = %{steps} pasos supera el máximo admitido de %{max}</translation>
    </message>
    <message>
        <source>%{what} has an entry that is not a finite number at row %{row}, column %{column}</source>
        <translation>%{what} tiene una entrada que no es un número finito en la fila %{row}, columna %{column}</translation>
    </message>
    <message>
        <source>%{what} has the entry %{value} at row %{row}, column %{column}; entries must lie between −%{max} and %{max}</source>
        <translation>%{what} tiene la entrada %{value} en la fila %{row}, columna %{column}; las entradas deben estar entre −%{max} y %{max}</translation>
    </message>
    <message>
        <source>the scale factor %{value} must be a finite number between −%{max} and %{max}</source>
        <translation>el factor de escala %{value} debe ser un número finito entre −%{max} y %{max}</translation>
    </message>
    <message>
        <source>a preset needs a size n from 1 to %{max}, not %{n}</source>
        <translation>un preajuste necesita un tamaño n de 1 a %{max}, no %{n}</translation>
    </message>
    <message>
        <source>the eigenvalue computation did not converge (LAPACK info %{info})</source>
        <translation>el cálculo de valores propios no convergió (LAPACK info %{info})</translation>
    </message>
    <message>
        <source>the eigenvalues need the OpenBLAS library %{library}, which could not be loaded: %{reason}</source>
        <translation>los valores propios necesitan la biblioteca OpenBLAS %{library}, que no se pudo cargar: %{reason}</translation>
    </message>
    <message>
        <source>the computation was cancelled</source>
        <translation>se canceló el cálculo</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: unknown layer; write C3D64, C1D256, LRN, M, FC4096 or S</source>
        <translation>capa %{layer} &apos;%{token}&apos;: capa desconocida; escribe C3D64, C1D256, LRN, M, FC4096 o S</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: write a convolution as C&lt;size&gt;D&lt;filters&gt;, for example C3D64, optionally with S&lt;stride&gt; and P&lt;padding&gt; as in C11D96S4P0</source>
        <translation>capa %{layer} &apos;%{token}&apos;: escribe una convolución como C&lt;tamaño&gt;D&lt;filtros&gt;, por ejemplo C3D64, opcionalmente con S&lt;paso&gt; y P&lt;relleno&gt; como en C11D96S4P0</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: write max-pooling as M (2×2, stride 2) or M&lt;size&gt;S&lt;stride&gt;, for example M3S2</source>
        <translation>capa %{layer} &apos;%{token}&apos;: escribe el max-pooling como M (2×2, paso 2) o M&lt;tamaño&gt;S&lt;paso&gt;, por ejemplo M3S2</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: write a fully connected layer as FC&lt;units&gt;, for example FC4096</source>
        <translation>capa %{layer} &apos;%{token}&apos;: escribe una capa totalmente conectada como FC&lt;unidades&gt;, por ejemplo FC4096</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: %{value} is not a valid size; sizes, filters, units and strides must be at least 1 and padding at least 0</source>
        <translation>capa %{layer} &apos;%{token}&apos;: %{value} no es un tamaño válido; tamaños, filtros, unidades y pasos deben ser al menos 1 y el relleno al menos 0</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: sizes larger than %{limit} are not supported</source>
        <translation>capa %{layer} &apos;%{token}&apos;: no se admiten tamaños mayores que %{limit}</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: an even kernel cannot keep the size with the same padding on both sides; give the padding, for example %{token}P0</source>
        <translation>capa %{layer} &apos;%{token}&apos;: un núcleo de tamaño par no puede conservar el tamaño con el mismo relleno en ambos lados; indica el relleno, por ejemplo %{token}P0</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: its %{kernel}×%{kernel} window does not fit the %{height}×%{width} input (padding %{padding}), so the volume shrinks to nothing</source>
        <translation>capa %{layer} &apos;%{token}&apos;: su ventana de %{kernel}×%{kernel} no cabe en la entrada de %{height}×%{width} (relleno %{padding}), así que el volumen se reduce a nada</translation>
    </message>
    <message>
        <source>layer %{layer} &apos;%{token}&apos;: the counts are too large to compute exactly</source>
        <translation>capa %{layer} &apos;%{token}&apos;: las cantidades son demasiado grandes para calcularlas exactamente</translation>
    </message>
    <message>
        <source>the column has no layers</source>
        <translation>la columna no tiene capas</translation>
    </message>
    <message>
        <source>input size &apos;%{value}&apos; is not H×W×C; write three whole numbers, for example 224x224x3</source>
        <translation>el tamaño de entrada &apos;%{value}&apos; no es Al×An×C; escribe tres números enteros, por ejemplo 224x224x3</translation>
    </message>
    <message>
        <source>input size &apos;%{value}&apos;: every side must be at least 1, not %{number}</source>
        <translation>tamaño de entrada &apos;%{value}&apos;: cada lado debe ser al menos 1, no %{number}</translation>
    </message>
    <message>
        <source>input size &apos;%{value}&apos;: sides larger than %{limit} are not supported</source>
        <translation>tamaño de entrada &apos;%{value}&apos;: no se admiten lados mayores que %{limit}</translation>
    </message>
    <message>
        <source>the image is empty (%{width}×%{height} pixels)</source>
        <translation>la imagen está vacía (%{width}×%{height} píxeles)</translation>
    </message>
    <message>
        <source>the image is %{width}×%{height} pixels; the limit is %{max} per side</source>
        <translation>la imagen mide %{width}×%{height} píxeles; el límite es %{max} por lado</translation>
    </message>
    <message>
        <source>the image&apos;s pixel data could not be read</source>
        <translation>no se pudieron leer los píxeles de la imagen</translation>
    </message>
    <message>
        <source>the largest side after downscaling must be at least 1 pixel, not %{value}</source>
        <translation>el lado mayor tras reducir la escala debe ser al menos 1 píxel, no %{value}</translation>
    </message>
    <message>
        <source>output %{axis} %{value} is outside the feature map (0 to %{max})</source>
        <translation>la salida %{axis} %{value} está fuera del mapa de características (0 a %{max})</translation>
    </message>
    <message>
        <source>there is not enough memory for this image; turn on downscaling</source>
        <translation>no hay memoria suficiente para esta imagen; activa la reducción de escala</translation>
    </message>
    <message>
        <source>there is no page &apos;%{page}&apos; to export</source>
        <translation>no hay ninguna página &apos;%{page}&apos; que exportar</translation>
    </message>
    <message>
        <source>the convolution has no steps to export: fix the input first, or make it small enough to step through</source>
        <translation>la convolución no tiene pasos que exportar: corrige antes la entrada, o hazla lo bastante pequeña para recorrerla paso a paso</translation>
    </message>
    <message>
        <source>the steps are still being written; wait for that export to finish</source>
        <translation>los pasos aún se están escribiendo; espera a que termine esa exportación</translation>
    </message>
    <message>
        <source>the image would be %{width} × %{height} pixels, more than %{max} on a side; choose a smaller scale or a smaller problem</source>
        <translation>la imagen mediría %{width} × %{height} píxeles, más de %{max} por lado; elige una escala menor o un problema más pequeño</translation>
    </message>
    <message>
        <source>a worked solution sheet holds at most %{max} products and this convolution has %{taps}; export single steps instead</source>
        <translation>una hoja de solución desarrollada admite como mucho %{max} productos y esta convolución tiene %{taps}; exporta pasos sueltos en su lugar</translation>
    </message>
    <message>
        <source>there is no step %{step}: this convolution has steps 1 to %{count}</source>
        <translation>no existe el paso %{step}: esta convolución tiene los pasos 1 a %{count}</translation>
    </message>
    <message>
        <source>choose exactly one of %{options}</source>
        <translation>elige exactamente una de %{options}</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: the file is not valid JSON (it may be damaged or cut short)</source>
        <translation>línea %{line}, columna %{column}: el archivo no es JSON válido (puede estar dañado o cortado)</translation>
    </message>
    <message>
        <source>this is not a DL Tutor session (it has no &quot;format&quot;: &quot;dltutor-session&quot;)</source>
        <translation>esto no es una sesión de DL Tutor (no tiene &quot;format&quot;: &quot;dltutor-session&quot;)</translation>
    </message>
    <message>
        <source>the session was saved by a newer DL Tutor (format version %{version}; this version reads up to %{supported}); update DL Tutor to open it</source>
        <translation>la sesión la guardó un DL Tutor más reciente (versión de formato %{version}; esta versión lee hasta la %{supported}); actualiza DL Tutor para abrirla</translation>
    </message>
    <message>
        <source>%{path}: expected an object { … }</source>
        <translation>%{path}: se esperaba un objeto { … }</translation>
    </message>
    <message>
        <source>%{path}: expected a list [ … ]</source>
        <translation>%{path}: se esperaba una lista [ … ]</translation>
    </message>
    <message>
        <source>%{path}: expected two whole numbers [rows, columns]</source>
        <translation>%{path}: se esperaban dos números enteros [filas, columnas]</translation>
    </message>
    <message>
        <source>%{path}: expected a text in quotes</source>
        <translation>%{path}: se esperaba un texto entre comillas</translation>
    </message>
    <message>
        <source>%{path}: expected true or false</source>
        <translation>%{path}: se esperaba true o false</translation>
    </message>
    <message>
        <source>%{path}: expected a whole number from %{min} to %{max}</source>
        <translation>%{path}: se esperaba un número entero de %{min} a %{max}</translation>
    </message>
    <message>
        <source>%{path}: expected a number from %{min} to %{max}</source>
        <translation>%{path}: se esperaba un número de %{min} a %{max}</translation>
    </message>
    <message>
        <source>%{path}: expected one of %{choices}</source>
        <translation>%{path}: se esperaba uno de %{choices}</translation>
    </message>
    <message>
        <source>%{path}: the matrix is empty</source>
        <translation>%{path}: la matriz está vacía</translation>
    </message>
    <message>
        <source>%{path}: more than %{max} entries</source>
        <translation>%{path}: más de %{max} entradas</translation>
    </message>
    <message>
        <source>%{path}: this row has %{got} values but the first row has %{expected}</source>
        <translation>%{path}: esta fila tiene %{got} valores pero la primera fila tiene %{expected}</translation>
    </message>
    <message>
        <source>%{path}: this channel&apos;s shape differs from the first channel&apos;s</source>
        <translation>%{path}: la forma de este canal difiere de la del primer canal</translation>
    </message>
    <message>
        <source>%{path}: W_hh must be square (%{rows} rows, but this row has %{cols} values)</source>
        <translation>%{path}: W_hh debe ser cuadrada (%{rows} filas, pero esta fila tiene %{cols} valores)</translation>
    </message>
    <message>
        <source>%{path}: &apos;%{value}&apos; is not an input size such as 224x224x3</source>
        <translation>%{path}: &apos;%{value}&apos; no es un tamaño de entrada como 224x224x3</translation>
    </message>
    <message>
        <source>%{path} was changed on disk by another program since it was opened or saved</source>
        <translation>otro programa modificó %{path} en el disco desde que se abrió o guardó</translation>
    </message>
    <message>
        <source>%{path} was deleted or moved since it was opened or saved</source>
        <translation>%{path} se eliminó o movió desde que se abrió o guardó</translation>
    </message>
    <message>
        <source>output row %{row}, column %{col} is too large to compute: the products sum past ±1.8e308; use smaller values</source>
        <translation>la salida en la fila %{row}, columna %{col} es demasiado grande para calcularla: la suma de los productos supera ±1,8e308; use valores más pequeños</translation>
    </message>
    <message>
        <source>the output is too large to compute in single precision (past ±3.4e38); use smaller values</source>
        <translation>la salida es demasiado grande para calcularla en precisión simple (supera ±3,4e38); use valores más pequeños</translation>
    </message>
    <message>
        <source>line %{line}, column %{column}: the GIFT file is not UTF-8 text; save it as UTF-8</source>
        <translation>línea %{line}, columna %{column}: el archivo GIFT no es texto UTF-8; guárdelo como UTF-8</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export page as PNG…</source>
        <translation>&amp;Exportar la página como PNG…</translation>
    </message>
    <message>
        <source>Save the current page as a PNG image (scale 1×–4×, white or transparent)</source>
        <translation>Guarda la página actual como imagen PNG (escala 1×–4×, fondo blanco o transparente)</translation>
    </message>
    <message>
        <source>&amp;Copy page as image</source>
        <translation>&amp;Copiar la página como imagen</translation>
    </message>
    <message>
        <source>Copy the current page to the clipboard as an image, with the last export options</source>
        <translation>Copia la página actual al portapapeles como imagen, con las últimas opciones de exportación</translation>
    </message>
    <message>
        <source>Export all convolution &amp;steps…</source>
        <translation>Exportar todos los &amp;pasos de la convolución…</translation>
    </message>
    <message>
        <source>Save one PNG per window position of the convolution into a folder</source>
        <translation>Guarda un PNG por cada posición de la ventana de la convolución en una carpeta</translation>
    </message>
    <message>
        <source>Worked solution s&amp;heet…</source>
        <translation>&amp;Hoja de solución desarrollada…</translation>
    </message>
    <message>
        <source>Save the whole worked convolution as one PNG, laid out like a textbook solution</source>
        <translation>Guarda toda la convolución resuelta como un único PNG, con el formato de una solución de libro de texto</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Copied the page as an image (%1 × %2 pixels)</source>
        <translation>Página copiada como imagen (%1 × %2 píxeles)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Writing %1 step images…</source>
        <translation>Escribiendo %1 imágenes de pasos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export all steps</source>
        <translation>Exportar todos los pasos</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 step images written to %3</source>
        <translation>Cancelado: %1 de %2 imágenes de pasos escritas en %3</translation>
    </message>
    <message>
        <source>Wrote %1 step images to %2</source>
        <translation>Escritas %1 imágenes de pasos en %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Use the &amp;light theme</source>
        <translation>Usar el tema &amp;claro</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Export as PNG</source>
        <translation>Exportar como PNG</translation>
    </message>
    <message>
        <source>Export every step as PNG</source>
        <translation>Exportar cada paso como PNG</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Pixels per point: 1× as on screen, 2× or more for projectors and print</source>
        <translation>Píxeles por punto: 1× como en pantalla, 2× o más para proyectores e impresión</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>White, or transparent to lay the image over a slide&apos;s own background</source>
        <translation>Blanco, o transparente para colocar la imagen sobre el fondo propio de una diapositiva</translation>
    </message>
    <message>
        <source>Use the light theme</source>
        <translation>Usar el tema claro</translation>
    </message>
    <message>
        <source>Draw with the light colours even when the window uses a dark or high-contrast theme</source>
        <translation>Dibuja con los colores claros aunque la ventana use un tema oscuro o de alto contraste</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>The PNG file to write</source>
        <translation>El archivo PNG que se escribirá</translation>
    </message>
    <message>
        <source>The folder that receives step-001.png, step-002.png, …</source>
        <translation>La carpeta que recibe step-001.png, step-002.png, …</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Examinar</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Escala:</translation>
    </message>
    <message>
        <source>Back&amp;ground:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Folder for the steps</source>
        <translation>Carpeta para los pasos</translation>
    </message>
</context>
<context>
    <name>GradientChart</name>
    <message>
        <source>Gradient norm chart</source>
        <translation>Gráfico de la norma del gradiente</translation>
    </message>
    <message>
        <source>Gradient norm ‖∂L/∂h_(T−k)‖ against steps back k, on a log scale.
Move the mouse (or use Left/Right, Home/End) to read the values at one step.</source>
        <translation>Norma del gradiente ‖∂L/∂h_(T−k)‖ frente a los pasos hacia atrás k, en escala logarítmica.
Mueve el ratón (o usa Izquierda/Derecha, Inicio/Fin) para leer los valores en un paso.</translation>
    </message>
    <message>
        <source>Back-propagated gradient norm</source>
        <translation>Norma del gradiente retropropagado</translation>
    </message>
    <message>
        <source>bound (γσ_max)^k‖l‖</source>
        <translation>cota (γσ_max)^k‖l‖</translation>
    </message>
    <message>
        <source>estimate (γρ)^k‖l‖</source>
        <translation>estimación (γρ)^k‖l‖</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>clipped at 1e300</source>
        <translation>recortado en 1e300</translation>
    </message>
    <message>
        <source>below 1e−300</source>
        <translation>por debajo de 1e−300</translation>
    </message>
    <message>
        <source>exactly 0 from here</source>
        <translation>exactamente 0 desde aquí</translation>
    </message>
    <message>
        <source>steps back k  (k = 0: h_T,  k = T: h_0)</source>
        <translation>pasos hacia atrás k  (k = 0: h_T,  k = T: h_0)</translation>
    </message>
    <message>
        <source>‖∂L/∂h_(T−k)‖ (log)</source>
        <translation>‖∂L/∂h_(T−k)‖ (log)</translation>
    </message>
    <message>
        <source> (past the 1e300 clip)</source>
        <translation> (más allá del recorte en 1e300)</translation>
    </message>
    <message>
        <source>k = %1 (h_%2):  actual %3   bound %4   estimate %5</source>
        <translation>k = %1 (h_%2):  real %3   cota %4   estimación %5</translation>
    </message>
    <message>
        <source>What each curve of the gradient chart shows</source>
        <translation>Qué muestra cada curva del gráfico del gradiente</translation>
    </message>
</context>
<context>
    <name>GradientDocument</name>
    <message>
        <source>Set W_hh[%1, %2]</source>
        <translation>Fijar W_hh[%1, %2]</translation>
    </message>
    <message>
        <source>Resize W_hh to %1×%1</source>
        <translation>Redimensionar W_hh a %1×%1</translation>
    </message>
    <message>
        <source>Change activation</source>
        <translation>Cambiar la activación</translation>
    </message>
    <message>
        <source>Set T = %1</source>
        <translation>Fijar T = %1</translation>
    </message>
    <message>
        <source>Edit b</source>
        <translation>Editar b</translation>
    </message>
    <message>
        <source>Edit h₀</source>
        <translation>Editar h₀</translation>
    </message>
    <message>
        <source>Edit l</source>
        <translation>Editar l</translation>
    </message>
    <message>
        <source>Scale W_hh</source>
        <translation>Escalar W_hh</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>Cargar preajuste</translation>
    </message>
</context>
<context>
    <name>GradientExplanation</name>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>The verdict worked out with the current numbers</source>
        <translation>El veredicto razonado con los números actuales</translation>
    </message>
    <message>
        <source>Enter W_hh to see the explanation.</source>
        <translation>Introduce W_hh para ver la explicación.</translation>
    </message>
    <message>
        <source>Exploding: γ·ρ = %1 &gt; 1</source>
        <translation>Explosión: γ·ρ = %1 &gt; 1</translation>
    </message>
    <message>
        <source>Vanishing (guaranteed): γ·σ_max = %1 &lt; 1</source>
        <translation>Desvanecimiento (garantizado): γ·σ_max = %1 &lt; 1</translation>
    </message>
    <message>
        <source>Borderline: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2</source>
        <translation>Caso límite: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2</translation>
    </message>
    <message>
        <source>1. The seed&apos;s reasoning, with these numbers</source>
        <translation>1. El razonamiento del enunciado, con estos números</translation>
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
        <translation>%1 = %2.</translation>
    </message>
    <message>
        <source>W·%1 = %2·%1, so λ%3 = %2</source>
        <translation>W·%1 = %2·%1, así que λ%3 = %2</translation>
    </message>
    <message>
        <source>Eigenvectors and eigenvalues (W·v = λ·v):</source>
        <translation>Vectores propios y valores propios (W·v = λ·v):</translation>
    </message>
    <message>
        <source>The %1 eigenvalues are listed in the table; the largest in modulus is λ1 = %2.</source>
        <translation>Los %1 valores propios aparecen en la tabla; el de mayor módulo es λ1 = %2.</translation>
    </message>
    <message>
        <source>Spectral radius ρ = max|λ| = %1.</source>
        <translation>Radio espectral ρ = max|λ| = %1.</translation>
    </message>
    <message>
        <source>Back-propagation multiplies by Wᵀ. It has the same eigenvalues, and since this W is symmetric also the same eigenvectors.</source>
        <translation>La retropropagación multiplica por Wᵀ. Tiene los mismos valores propios y, como esta W es simétrica, también los mismos vectores propios.</translation>
    </message>
    <message>
        <source>Back-propagation multiplies by Wᵀ. It has the same eigenvalues as W, but (W not being symmetric) other eigenvectors.</source>
        <translation>La retropropagación multiplica por Wᵀ. Tiene los mismos valores propios que W, pero (al no ser W simétrica) otros vectores propios.</translation>
    </message>
    <message>
        <source>for the sigmoid, φ&apos; = σ(1 − σ) is largest at a = 0: 0.5·(1 − 0.5)</source>
        <translation>para la sigmoide, φ&apos; = σ(1 − σ) es máxima en a = 0: 0,5·(1 − 0,5)</translation>
    </message>
    <message>
        <source>for tanh, φ&apos; = 1 − tanh² is largest at a = 0</source>
        <translation>para tanh, φ&apos; = 1 − tanh² es máxima en a = 0</translation>
    </message>
    <message>
        <source>for ReLU, φ&apos; is 1 where a &gt; 0 and 0 elsewhere</source>
        <translation>para ReLU, φ&apos; vale 1 donde a &gt; 0 y 0 en el resto</translation>
    </message>
    <message>
        <source>a linear φ has φ&apos; = 1 everywhere</source>
        <translation>una φ lineal tiene φ&apos; = 1 en todas partes</translation>
    </message>
    <message>
        <source>Each step back also multiplies by φ&apos;(a_t), at most γ = %1 (%2).</source>
        <translation>Cada paso hacia atrás también multiplica por φ&apos;(a_t), como mucho γ = %1 (%2).</translation>
    </message>
    <message>
        <source>so the estimate (%1)^k grows: the network is prone to exploding gradients. This is the seed&apos;s answer.</source>
        <translation>así que la estimación (%1)^k crece: la red tiende a la explosión del gradiente. Esta es la respuesta del enunciado.</translation>
    </message>
    <message>
        <source>so the estimate (%1)^k shrinks.</source>
        <translation>así que la estimación (%1)^k decrece.</translation>
    </message>
    <message>
        <source>so the estimate neither grows nor shrinks.</source>
        <translation>así que la estimación ni crece ni decrece.</translation>
    </message>
    <message>
        <source>Along the top eigenvector: γ·ρ = %1 × %2 = &lt;b&gt;%3 %4 1&lt;/b&gt;, %5</source>
        <translation>A lo largo del vector propio principal: γ·ρ = %1 × %2 = &lt;b&gt;%3 %4 1&lt;/b&gt;, %5</translation>
    </message>
    <message>
        <source>2. What is guaranteed</source>
        <translation>2. Qué está garantizado</translation>
    </message>
    <message>
        <source>σ_max = ‖W‖₂ = %1 is the most Wᵀ can stretch any vector, so always ‖∂L/∂h_(T−k)‖ ≤ (γ·σ_max)^k·‖l‖ with γ·σ_max = %2 %3 1.</source>
        <translation>σ_max = ‖W‖₂ = %1 es lo máximo que Wᵀ puede estirar un vector, así que siempre ‖∂L/∂h_(T−k)‖ ≤ (γ·σ_max)^k·‖l‖ con γ·σ_max = %2 %3 1.</translation>
    </message>
    <message>
        <source>Because γ·σ_max &amp;lt; 1, every gradient vanishes at least geometrically, whatever the inputs (Pascanu, Mikolov &amp;amp; Bengio 2013).</source>
        <translation>Como γ·σ_max &amp;lt; 1, todo gradiente se desvanece al menos geométricamente, sean cuales sean las entradas (Pascanu, Mikolov &amp;amp; Bengio 2013).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Here the bound and the estimate differ:&lt;/b&gt; σ_max = %1 &amp;gt; ρ = %2, because W is not normal (WᵀW ≠ WWᵀ; its eigenvectors are not orthogonal). Products of such matrices can grow for a while before the eigenvalues take over (transient growth), so γ·ρ ≤ 1 does not guarantee vanishing, and only γ·σ_max &amp;lt; 1 does.</source>
        <translation>&lt;b&gt;Aquí la cota y la estimación difieren:&lt;/b&gt; σ_max = %1 &amp;gt; ρ = %2, porque W no es normal (WᵀW ≠ WWᵀ; sus vectores propios no son ortogonales). Los productos de estas matrices pueden crecer durante un tiempo antes de que dominen los valores propios (crecimiento transitorio), así que γ·ρ ≤ 1 no garantiza el desvanecimiento; solo γ·σ_max &amp;lt; 1 lo garantiza.</translation>
    </message>
    <message>
        <source>Here σ_max = ρ (W is normal), so the guaranteed bound and the seed&apos;s estimate are the same curve.</source>
        <translation>Aquí σ_max = ρ (W es normal), así que la cota garantizada y la estimación del enunciado son la misma curva.</translation>
    </message>
    <message>
        <source>In the spectrum plot, an eigenvalue outside the circle of radius 1/γ = %1 makes explosion possible; a σ_max circle inside it guarantees vanishing.</source>
        <translation>En el gráfico del espectro, un valor propio fuera del círculo de radio 1/γ = %1 hace posible la explosión; un círculo σ_max dentro de él garantiza el desvanecimiento.</translation>
    </message>
    <message>
        <source>3. What this run actually does (T = %1)</source>
        <translation>3. Qué hace realmente esta ejecución (T = %1)</translation>
    </message>
    <message>
        <source>With T = 0 there is nothing to back-propagate: the gradient is l itself.</source>
        <translation>Con T = 0 no hay nada que retropropagar: el gradiente es el propio l.</translation>
    </message>
    <message>
        <source>Forward: a₁ = W·h₀ + b = %1, h₁ = φ(a₁) = %2; a₂ = %3, h₂ = %4; … a_T = %5.</source>
        <translation>Hacia delante: a₁ = W·h₀ + b = %1, h₁ = φ(a₁) = %2; a₂ = %3, h₂ = %4; … a_T = %5.</translation>
    </message>
    <message>
        <source>Back-propagated: ‖∂L/∂h₀‖ = &lt;b&gt;%1&lt;/b&gt; after %2 steps back, × %3 per step on average (the blue curve).</source>
        <translation>Retropropagado: ‖∂L/∂h₀‖ = &lt;b&gt;%1&lt;/b&gt; tras %2 pasos hacia atrás, × %3 por paso de media (la curva azul).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why does it vanish although γ·ρ &amp;gt; 1?&lt;/b&gt; The estimate assumes every unit sits where φ&apos; = γ. </source>
        <translation>&lt;b&gt;¿Por qué se desvanece aunque γ·ρ &amp;gt; 1?&lt;/b&gt; La estimación supone que cada unidad está donde φ&apos; = γ. </translation>
    </message>
    <message>
        <source>Here the pre-activations grow large (mean |a_T| = %1), the units saturate and φ&apos;(a_T) averages only %2 instead of γ = %3; %4 % of all φ&apos; values on the way are below γ/10. Redoing the seed&apos;s product with that φ&apos;: ρ × %2 = %5 %6 1.</source>
        <translation>Aquí las preactivaciones se hacen grandes (|a_T| medio = %1), las unidades se saturan y φ&apos;(a_T) promedia solo %2 en lugar de γ = %3; el %4 % de todos los valores de φ&apos; en el camino está por debajo de γ/10. Rehaciendo el producto del enunciado con esa φ&apos;: ρ × %2 = %5 %6 1.</translation>
    </message>
    <message>
        <source>Here φ&apos;(a_T) averages %1 instead of γ = %2 (units with a ≤ 0 pass no gradient).</source>
        <translation>Aquí φ&apos;(a_T) promedia %1 en lugar de γ = %2 (las unidades con a ≤ 0 no dejan pasar gradiente).</translation>
    </message>
    <message>
        <source>With h₀ = 0 and b = 0, as in the seed, this network drives its units into saturation, so its gradient vanishes in practice. The seed&apos;s answer (exploding) describes what W allows while the units are not saturated; load the preset &lt;i&gt;Seed at its fixed point&lt;/i&gt; (b = −3.5, h₀ = 0.5) to see the gradient really grow as 1.75^k.</source>
        <translation>Con h₀ = 0 y b = 0, como en el enunciado, esta red lleva sus unidades a la saturación, así que en la práctica su gradiente se desvanece. La respuesta del enunciado (explosión) describe lo que W permite mientras las unidades no están saturadas; carga el preajuste &lt;i&gt;Enunciado en su punto fijo&lt;/i&gt; (b = −3,5, h₀ = 0,5) para ver cómo el gradiente crece realmente como 1,75^k.</translation>
    </message>
    <message>
        <source>The actual gradient grows too, as the estimate predicts.</source>
        <translation>El gradiente real también crece, como predice la estimación.</translation>
    </message>
    <message>
        <source>As guaranteed, the actual curve stays below the bound and vanishes.</source>
        <translation>Como está garantizado, la curva real se queda por debajo de la cota y se desvanece.</translation>
    </message>
    <message>
        <source>Neither is guaranteed; in this run the gradient grows.</source>
        <translation>Ninguna de las dos cosas está garantizada; en esta ejecución el gradiente crece.</translation>
    </message>
    <message>
        <source>Neither is guaranteed; in this run the gradient does not grow.</source>
        <translation>Ninguna de las dos cosas está garantizada; en esta ejecución el gradiente no crece.</translation>
    </message>
    <message>
        <source>The forward states grew past about 1e300 at step %1 and were clipped from there on.</source>
        <translation>Los estados hacia delante superaron aproximadamente 1e300 en el paso %1 y se recortaron a partir de ahí.</translation>
    </message>
    <message>
        <source>Norms past 1e300 are drawn at that ceiling (the read-out still gives their size).</source>
        <translation>Las normas por encima de 1e300 se dibujan en ese techo (la lectura sigue dando su tamaño).</translation>
    </message>
</context>
<context>
    <name>GradientInputs</name>
    <message>
        <source>Hidden size n</source>
        <translation>Tamaño oculto n</translation>
    </message>
    <message>
        <source>Size n of the hidden state; W_hh is n×n (1 to 8 to edit by hand)</source>
        <translation>Tamaño n del estado oculto; W_hh es n×n (de 1 a 8 para editarla a mano)</translation>
    </message>
    <message>
        <source>W_hh entries</source>
        <translation>Entradas de W_hh</translation>
    </message>
    <message>
        <source>The recurrent matrix W_hh: type a number into a cell (Enter to confirm)</source>
        <translation>La matriz recurrente W_hh: escribe un número en una celda (Intro para confirmar)</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>The non-linearity φ between hidden states; γ = max|φ&apos;|</source>
        <translation>La no linealidad φ entre estados ocultos; γ = max|φ&apos;|</translation>
    </message>
    <message>
        <source>sigmoid (γ = 1/4)</source>
        <translation>sigmoide (γ = 1/4)</translation>
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
        <translation>lineal (γ = 1)</translation>
    </message>
    <message>
        <source>Number of steps T</source>
        <translation>Número de pasos T</translation>
    </message>
    <message>
        <source>How many steps T to run forward and back-propagate (0 to 10 000)</source>
        <translation>Cuántos pasos T ejecutar hacia delante y retropropagar (de 0 a 10 000)</translation>
    </message>
    <message>
        <source>0 … 0 (default)</source>
        <translation>0 … 0 (por defecto)</translation>
    </message>
    <message>
        <source>The bias b added at every step: n numbers, or empty for zeros</source>
        <translation>El sesgo b que se suma en cada paso: n números, o vacío para ceros</translation>
    </message>
    <message>
        <source>The initial state h₀: n numbers, or empty for zeros</source>
        <translation>El estado inicial h₀: n números, o vacío para ceros</translation>
    </message>
    <message>
        <source>1/√n each (default)</source>
        <translation>1/√n cada uno (por defecto)</translation>
    </message>
    <message>
        <source>The loss gradient l = ∂L/∂h_T where back-propagation starts: n numbers, or empty for 1/√n each</source>
        <translation>El gradiente de la pérdida l = ∂L/∂h_T donde empieza la retropropagación: n números, o vacío para 1/√n cada uno</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Sesgo b</translation>
    </message>
    <message>
        <source>Initial state h0</source>
        <translation>Estado inicial h0</translation>
    </message>
    <message>
        <source>Loss gradient l</source>
        <translation>Gradiente de la pérdida l</translation>
    </message>
    <message>
        <source>Size &amp;n</source>
        <translation>Tamaño &amp;n</translation>
    </message>
    <message>
        <source>&amp;W_hh</source>
        <translation>&amp;W_hh</translation>
    </message>
    <message>
        <source>&amp;Activation φ</source>
        <translation>&amp;Activación φ</translation>
    </message>
    <message>
        <source>&amp;Steps T</source>
        <translation>&amp;Pasos T</translation>
    </message>
    <message>
        <source>&amp;b (bias)</source>
        <translation>&amp;b (sesgo)</translation>
    </message>
    <message>
        <source>h&amp;0 (start)</source>
        <translation>h&amp;0 (inicio)</translation>
    </message>
    <message>
        <source>loss &amp;gradient l</source>
        <translation>&amp;gradiente de la pérdida l</translation>
    </message>
    <message>
        <source>Row %1, column %2: &apos;%3&apos; is not a number; the cell keeps its value.</source>
        <translation>Fila %1, columna %2: &apos;%3&apos; no es un número; la celda conserva su valor.</translation>
    </message>
</context>
<context>
    <name>GradientPage</name>
    <message>
        <source>Cancelled: the chart still shows the previous result.</source>
        <translation>Cancelado: el gráfico sigue mostrando el resultado anterior.</translation>
    </message>
    <message>
        <source>Recurrence  h_t = φ(W_hh·h_(t−1) + b)</source>
        <translation>Recurrencia  h_t = φ(W_hh·h_(t−1) + b)</translation>
    </message>
    <message>
        <source>Scale factor on W_hh (live)</source>
        <translation>Factor de escala sobre W_hh (en vivo)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>The verdict from the spectrum, and what the actual gradient did</source>
        <translation>El veredicto según el espectro, y lo que hizo el gradiente real</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Progreso del análisis</translation>
    </message>
    <message>
        <source>Large problems run in the background</source>
        <translation>Los problemas grandes se ejecutan en segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the analysis</source>
        <translation>Cancelar el análisis</translation>
    </message>
    <message>
        <source>Stop the running analysis (Esc)</source>
        <translation>Detiene el análisis en curso (Esc)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Chart read-out</source>
        <translation>Lectura del gráfico</translation>
    </message>
    <message>
        <source>Values at the step under the mouse (or the chart&apos;s cursor keys)</source>
        <translation>Valores en el paso bajo el ratón (o con las teclas de cursor del gráfico)</translation>
    </message>
    <message>
        <source>Eigenvalues</source>
        <translation>Valores propios</translation>
    </message>
    <message>
        <source>Eigenvalues of the analysed matrix, largest modulus first</source>
        <translation>Valores propios de la matriz analizada, de mayor a menor módulo</translation>
    </message>
    <message>
        <source>Spectrum key</source>
        <translation>Leyenda del espectro</translation>
    </message>
    <message>
        <source>Check the highlighted input: %1</source>
        <translation>Revisa la entrada resaltada: %1</translation>
    </message>
    <message>
        <source>γ·ρ = %1   ·   γ·σ_max = %2</source>
        <translation>γ·ρ = %1   ·   γ·σ_max = %2</translation>
    </message>
    <message>
        <source>the actual gradient shrinks (× %1 per step)</source>
        <translation>el gradiente real decrece (× %1 por paso)</translation>
    </message>
    <message>
        <source>the actual gradient grows (× %1 per step)</source>
        <translation>el gradiente real crece (× %1 por paso)</translation>
    </message>
    <message>
        <source>Exploding: γ·ρ = %1 &gt; 1 — prone to exploding gradients. %2</source>
        <translation>Explosión: γ·ρ = %1 &gt; 1 — propensa a la explosión del gradiente. %2</translation>
    </message>
    <message>
        <source>But here %1: the units saturate.</source>
        <translation>Pero aquí %1: las unidades se saturan.</translation>
    </message>
    <message>
        <source>Here %1.</source>
        <translation>Aquí %1.</translation>
    </message>
    <message>
        <source>Vanishing: γ·σ_max = %1 &lt; 1 — guaranteed to vanish. %2</source>
        <translation>Desvanecimiento: γ·σ_max = %1 &lt; 1 — se desvanece con garantía. %2</translation>
    </message>
    <message>
        <source>Borderline: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2 — neither is guaranteed. %3</source>
        <translation>Caso límite: γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2 — nada está garantizado. %3</translation>
    </message>
    <message>
        <source>Check the input: %1</source>
        <translation>Revisa la entrada: %1</translation>
    </message>
    <message>
        <source>Scale factor</source>
        <translation>Factor de escala</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
</context>
<context>
    <name>GradientPresetBox</name>
    <message>
        <source>Seed: every entry 3.5, sigmoid</source>
        <translation>Enunciado: todas las entradas 3,5, sigmoide</translation>
    </message>
    <message>
        <source>The midterm&apos;s network: n = 2, W_hh = [[3.5, 3.5], [3.5, 3.5]], sigmoid, b = 0, h₀ = 0</source>
        <translation>La red del examen parcial: n = 2, W_hh = [3,5 3,5; 3,5 3,5], sigmoide, b = 0, h₀ = 0</translation>
    </message>
    <message>
        <source>Seed at its fixed point (b = −3.5, h₀ = 0.5)</source>
        <translation>Enunciado en su punto fijo (b = −3,5, h₀ = 0,5)</translation>
    </message>
    <message>
        <source>The same W_hh, but the state stays where σ&apos;(a) = 1/4: the gradient really grows as 1.75^k</source>
        <translation>La misma W_hh, pero el estado se queda donde σ&apos;(a) = 1/4: el gradiente crece realmente como 1,75^k</translation>
    </message>
    <message>
        <source>Scaled identity s·I</source>
        <translation>Identidad escalada s·I</translation>
    </message>
    <message>
        <source>W_hh = s·I (n×n), tanh: every eigenvalue is s</source>
        <translation>W_hh = s·I (n×n), tanh: todos los valores propios valen s</translation>
    </message>
    <message>
        <source>Random Gaussian, entries N(0, s²/n)</source>
        <translation>Gaussiana aleatoria, entradas N(0, s²/n)</translation>
    </message>
    <message>
        <source>Random W_hh with spectral radius about s, tanh; the seed picks the matrix</source>
        <translation>W_hh aleatoria con radio espectral de aproximadamente s, tanh; la semilla elige la matriz</translation>
    </message>
    <message>
        <source>Random orthogonal s·Q</source>
        <translation>Ortogonal aleatoria s·Q</translation>
    </message>
    <message>
        <source>s times a random orthogonal matrix, tanh: ρ = σ_max = s</source>
        <translation>s por una matriz ortogonal aleatoria, tanh: ρ = σ_max = s</translation>
    </message>
    <message>
        <source>Non-normal [[0.5, 5], [0, 0.5]]</source>
        <translation>No normal [0,5 5; 0 0,5]</translation>
    </message>
    <message>
        <source>ρ = 0.5 but σ_max ≈ 5.05, tanh: the bound and the estimate disagree (transient growth)</source>
        <translation>ρ = 0,5 pero σ_max ≈ 5,05, tanh: la cota y la estimación discrepan (crecimiento transitorio)</translation>
    </message>
    <message>
        <source>Random n = 64</source>
        <translation>Aleatoria n = 64</translation>
    </message>
    <message>
        <source>A 64×64 random Gaussian W_hh (computed in the background)</source>
        <translation>Una W_hh gaussiana aleatoria de 64×64 (calculada en segundo plano)</translation>
    </message>
    <message>
        <source>Random n = 256</source>
        <translation>Aleatoria n = 256</translation>
    </message>
    <message>
        <source>A 256×256 random Gaussian W_hh (computed in the background)</source>
        <translation>Una W_hh gaussiana aleatoria de 256×256 (calculada en segundo plano)</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Choose a ready-made W_hh; it loads at once (undo with Ctrl+Z)</source>
        <translation>Elige una W_hh ya preparada; se carga al instante (deshaz con Ctrl+Z)</translation>
    </message>
    <message>
        <source>Preset size n</source>
        <translation>Tamaño n del preajuste</translation>
    </message>
    <message>
        <source>Hidden size n of the preset (1 to 8 to edit by hand)</source>
        <translation>Tamaño oculto n del preajuste (de 1 a 8 para editarla a mano)</translation>
    </message>
    <message>
        <source>Preset scale s</source>
        <translation>Escala s del preajuste</translation>
    </message>
    <message>
        <source>The preset&apos;s factor s (identity: the eigenvalue; Gaussian: about ρ; orthogonal: ρ = σ_max)</source>
        <translation>El factor s del preajuste (identidad: el valor propio; gaussiana: aproximadamente ρ; ortogonal: ρ = σ_max)</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Random seed: the same seed always gives the same matrix</source>
        <translation>Semilla aleatoria: la misma semilla da siempre la misma matriz</translation>
    </message>
    <message>
        <source>L&amp;oad</source>
        <translation>Car&amp;gar</translation>
    </message>
    <message>
        <source>Load preset</source>
        <translation>Cargar preajuste</translation>
    </message>
    <message>
        <source>Load the chosen preset with these parameters (Alt+O)</source>
        <translation>Carga el preajuste elegido con estos parámetros (Alt+G)</translation>
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
        <translation>semilla</translation>
    </message>
    <message>
        <source>&amp;Preset</source>
        <translation>&amp;Preajuste</translation>
    </message>
</context>
<context>
    <name>GraphControls</name>
    <message>
        <source>The cell whose computational graph is drawn</source>
        <translation>La celda cuyo grafo computacional se dibuja</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celda</translation>
    </message>
    <message>
        <source>&amp;Folded</source>
        <translation>&amp;Plegado</translation>
    </message>
    <message>
        <source>One cell with the delay loop h(t) → h(t−1)</source>
        <translation>Una celda con el bucle de retardo h(t) → h(t−1)</translation>
    </message>
    <message>
        <source>Folded view</source>
        <translation>Vista plegada</translation>
    </message>
    <message>
        <source>&amp;Unrolled</source>
        <translation>&amp;Desplegado</translation>
    </message>
    <message>
        <source>One copy of the cell per time step; the shared parameters feed every step</source>
        <translation>Una copia de la celda por paso de tiempo; los parámetros compartidos alimentan cada paso</translation>
    </message>
    <message>
        <source>Unrolled view</source>
        <translation>Vista desplegada</translation>
    </message>
    <message>
        <source>τ, the number of time steps the graph is unrolled for (1–8)</source>
        <translation>τ, el número de pasos de tiempo para los que se despliega el grafo (1–8)</translation>
    </message>
    <message>
        <source>Time steps</source>
        <translation>Pasos de tiempo</translation>
    </message>
    <message>
        <source>τ = </source>
        <translation>τ = </translation>
    </message>
    <message>
        <source>Weights &amp;not shared</source>
        <translation>Pesos &amp;no compartidos</translation>
    </message>
    <message>
        <source>What if the weights were not shared? Draws separate copies W(1), W(2), … and shows that one gradient step makes them differ</source>
        <translation>¿Y si los pesos no se compartieran? Dibuja copias separadas W(1), W(2), … y muestra que un paso de gradiente las hace distintas</translation>
    </message>
    <message>
        <source>Weights not shared</source>
        <translation>Pesos no compartidos</translation>
    </message>
    <message>
        <source>&amp;Backward (BPTT)</source>
        <translation>&amp;Hacia atrás (BPTT)</translation>
    </message>
    <message>
        <source>Step back-propagation through time from L(τ) back to t = 1 with ← → Home End; each edge shows the gradient flowing back along it</source>
        <translation>Recorre la retropropagación a través del tiempo desde L(τ) hasta t = 1 con ← → Inicio Fin; cada arista muestra el gradiente que fluye hacia atrás por ella</translation>
    </message>
    <message>
        <source>Backward mode</source>
        <translation>Modo hacia atrás</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+=)</source>
        <translation>Acercar (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit the whole graph into the window (Ctrl+0)</source>
        <translation>Ajusta todo el grafo a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Pixels per point of the saved image: 2× for slides, 4× for print</source>
        <translation>Píxeles por punto de la imagen guardada: 2× para diapositivas, 4× para imprimir</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>Escala del PNG</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the whole graph as a PNG image at the chosen scale</source>
        <translation>Guarda todo el grafo como imagen PNG a la escala elegida</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Guardar como PNG</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Celda:</translation>
    </message>
    <message>
        <source>Cell: %1</source>
        <translation>Celda: %1</translation>
    </message>
    <message>
        <source>τ = %1</source>
        <translation>τ = %1</translation>
    </message>
    <message>
        <source>Weights shared</source>
        <translation>Pesos compartidos</translation>
    </message>
</context>
<context>
    <name>GraphEquations</name>
    <message>
        <source>Vanilla RNN</source>
        <translation>RNN simple</translation>
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
        <translation>Las mismas W, U, V, b y c se usan en cada paso de tiempo: un nodo para cada una, con una arista hacia cada uso.</translation>
    </message>
    <message>
        <source>f forget gate, i input gate, g candidate, q output gate, s cell state. Every gate&apos;s parameters are shared across time like W in the plain RNN.</source>
        <translation>f puerta de olvido, i puerta de entrada, g candidato, q puerta de salida, s estado de la celda. Los parámetros de cada puerta se comparten en el tiempo como W en la RNN simple.</translation>
    </message>
    <message>
        <source>z update gate, r reset gate, h̃ candidate state. Every parameter is shared across time.</source>
        <translation>z puerta de actualización, r puerta de reinicio, h̃ estado candidato. Todos los parámetros se comparten en el tiempo.</translation>
    </message>
</context>
<context>
    <name>GraphPage</name>
    <message>
        <source>RNN computational graph</source>
        <translation>Grafo computacional de una RNN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Stage 1 handles L(τ) and step τ; the last stage reaches t = 1 (← → Home End)</source>
        <translation>La etapa 1 trata L(τ) y el paso τ; la última etapa llega a t = 1 (← → Inicio Fin)</translation>
    </message>
    <message>
        <source>Backward stage</source>
        <translation>Etapa hacia atrás</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RNN computational graph&lt;/h2&gt;Every weight is shared across time, so the graph has one node per parameter with an edge to every use, and ∇&lt;sub&gt;W&lt;/sub&gt;L = Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;W(t)&lt;/sub&gt;L.</source>
        <translation>&lt;h2&gt;Grafo computacional de una RNN&lt;/h2&gt;Cada peso se comparte en el tiempo, así que el grafo tiene un nodo por parámetro con una arista hacia cada uso, y ∇&lt;sub&gt;W&lt;/sub&gt;L = Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;W(t)&lt;/sub&gt;L.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage %1 of %2: time step t = %3.&lt;/b&gt; ∂L/∂h(%3) arrives from L(%3) and from step %4; every edge of step %3 now shows the gradient flowing back along it (red, framed). Green edges are done, dotted ones still to come.</source>
        <translation>&lt;b&gt;Etapa %1 de %2: paso de tiempo t = %3.&lt;/b&gt; ∂L/∂h(%3) llega desde L(%3) y desde el paso %4; cada arista del paso %3 muestra ahora el gradiente que fluye hacia atrás por ella (en rojo, enmarcada). Las aristas verdes están hechas, las punteadas aún faltan.</translation>
    </message>
    <message>
        <source>none (the last step)</source>
        <translation>ninguno (el último paso)</translation>
    </message>
    <message>
        <source>after a step: reference</source>
        <translation>tras un paso: referencia</translation>
    </message>
    <message>
        <source>after a step: ≠ %1(1) by %2</source>
        <translation>tras un paso: ≠ %1(1) en %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 × %3 pixels).</source>
        <translation>Guardado %1 (%2 × %3 píxeles).</translation>
    </message>
    <message>
        <source>Save graph as PNG</source>
        <translation>Guardar el grafo como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Side panel (equations and values)</source>
        <translation>Panel lateral (ecuaciones y valores)</translation>
    </message>
</context>
<context>
    <name>GraphRender</name>
    <message>
        <source>PNG encoding failed</source>
        <translation>falló la codificación PNG</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
</context>
<context>
    <name>GraphScene</name>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>shared parameters</source>
        <translation>parámetros compartidos</translation>
    </message>
    <message>
        <source>one cell, time t</source>
        <translation>una celda, instante t</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>pérdida total</translation>
    </message>
    <message>
        <source>Delay: the value of h(t) arrives as h(t−1) at the next step.</source>
        <translation>Retardo: el valor de h(t) llega como h(t−1) en el paso siguiente.</translation>
    </message>
    <message>
        <source>Gradient flowing back along this edge:</source>
        <translation>Gradiente que fluye hacia atrás por esta arista:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>∂L/∂ of this node:</source>
        <translation>∂L/∂ de este nodo:</translation>
    </message>
    <message>
        <source>Click to highlight every use and every path from each L(t) back to it.</source>
        <translation>Haz clic para resaltar cada uso y cada camino desde cada L(t) hasta él.</translation>
    </message>
    <message>
        <source>Gradient flowing back along %1</source>
        <translation>Gradiente que fluye hacia atrás por %1</translation>
    </message>
</context>
<context>
    <name>GraphSidePanel</name>
    <message>
        <source>Back-propagation through time</source>
        <translation>Retropropagación a través del tiempo</translation>
    </message>
    <message>
        <source>What if the weights were not shared?</source>
        <translation>¿Y si los pesos no se compartieran?</translation>
    </message>
    <message>
        <source>Equations and numbers</source>
        <translation>Ecuaciones y números</translation>
    </message>
    <message>
        <source>Cell equations</source>
        <translation>Ecuaciones de la celda</translation>
    </message>
    <message>
        <source>The cell&apos;s forward computation; each line is a node of the graph</source>
        <translation>El cálculo hacia delante de la celda; cada línea es un nodo del grafo</translation>
    </message>
    <message>
        <source>Selected node</source>
        <translation>Nodo seleccionado</translation>
    </message>
    <message>
        <source>The node you clicked: its value and the gradient of L with respect to it</source>
        <translation>El nodo en el que hiciste clic: su valor y el gradiente de L respecto a él</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>The parameter whose gradient is summed over time; clicking a parameter in the graph chooses it too</source>
        <translation>El parámetro cuyo gradiente se suma en el tiempo; hacer clic en un parámetro del grafo también lo elige</translation>
    </message>
    <message>
        <source>Per-step gradients and running sum</source>
        <translation>Gradientes por paso y suma acumulada</translation>
    </message>
    <message>
        <source>Each stage adds one step&apos;s contribution ∇θ(t) L to the running sum</source>
        <translation>Cada etapa añade la contribución de un paso ∇θ(t) L a la suma acumulada</translation>
    </message>
    <message>
        <source>Running sum result</source>
        <translation>Resultado de la suma acumulada</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>η of the one gradient step applied to every copy</source>
        <translation>η del único paso de gradiente aplicado a cada copia</translation>
    </message>
    <message>
        <source>η = </source>
        <translation>η = </translation>
    </message>
    <message>
        <source>Copies after one step</source>
        <translation>Copias tras un paso</translation>
    </message>
    <message>
        <source>Each copy moves by its own step&apos;s gradient, so after one step they differ</source>
        <translation>Cada copia se mueve según el gradiente de su propio paso, así que tras un paso difieren</translation>
    </message>
    <message>
        <source>Unshared summary</source>
        <translation>Resumen sin compartir</translation>
    </message>
    <message>
        <source>Hidden size n (2–4)</source>
        <translation>Tamaño oculto n (2–4)</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Tamaño oculto</translation>
    </message>
    <message>
        <source>Input size m (2–3)</source>
        <translation>Tamaño de entrada m (2–3)</translation>
    </message>
    <message>
        <source>Input size</source>
        <translation>Tamaño de entrada</translation>
    </message>
    <message>
        <source>Number of classes k (2–3)</source>
        <translation>Número de clases k (2–3)</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Seed of the random parameters and data; the same seed gives the same numbers on every computer</source>
        <translation>Semilla de los parámetros y datos aleatorios; la misma semilla da los mismos números en cualquier ordenador</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>&amp;Hidden n:</source>
        <translation>&amp;Oculto n:</translation>
    </message>
    <message>
        <source>&amp;Input m:</source>
        <translation>&amp;Entrada m:</translation>
    </message>
    <message>
        <source>C&amp;lasses k:</source>
        <translation>C&amp;lases k:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>&amp;Parámetro:</translation>
    </message>
    <message>
        <source>Hidden size %1</source>
        <translation>Tamaño oculto %1</translation>
    </message>
    <message>
        <source>Input size %1</source>
        <translation>Tamaño de entrada %1</translation>
    </message>
    <message>
        <source>Classes %1</source>
        <translation>Clases %1</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>Semilla %1</translation>
    </message>
    <message>
        <source>η = %1</source>
        <translation>η = %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Click a node to see its value. Click a parameter such as W to highlight every use of it and every path from each L(t) back to it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Haz clic en un nodo para ver su valor. Haz clic en un parámetro como W para resaltar cada uso y cada camino desde cada L(t) hasta él.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Uses: %1. The paths from the losses L(t) back to it have %2 nodes and %3 edges.</source>
        <translation>Usos: %1. Los caminos desde las pérdidas L(t) hasta él tienen %2 nodos y %3 aristas.</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>∂L/∂ of this node:</source>
        <translation>∂L/∂ de este nodo:</translation>
    </message>
    <message>
        <source>Running sum Σ&lt;sub&gt;t=%1…%2&lt;/sub&gt; ∇&lt;sub&gt;%3(t)&lt;/sub&gt;L =</source>
        <translation>Suma acumulada Σ&lt;sub&gt;t=%1…%2&lt;/sub&gt; ∇&lt;sub&gt;%3(t)&lt;/sub&gt;L =</translation>
    </message>
    <message>
        <source>&lt;b&gt;Complete:&lt;/b&gt; it equals ∇&lt;sub&gt;%1&lt;/sub&gt;L, the gradient of the one shared node %1 (largest difference %2).</source>
        <translation>&lt;b&gt;Completa:&lt;/b&gt; es igual a ∇&lt;sub&gt;%1&lt;/sub&gt;L, el gradiente del único nodo compartido %1 (mayor diferencia %2).</translation>
    </message>
    <message>
        <source>Steps 1 … %1 are still to come.</source>
        <translation>Aún faltan los pasos 1 … %1.</translation>
    </message>
    <message>
        <source>After one step with η = %1 the copies %2(1) … %2(%3) differ by up to &lt;b&gt;%4&lt;/b&gt;: each moved by its own step&apos;s gradient only, so they are no longer one parameter and the unrolled graph is no longer an RNN. With sharing, the one %2 moves by η·Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;%2(t)&lt;/sub&gt;L and stays one matrix.&lt;br&gt;L before the step: %5; after the shared step: %6; after the separate steps: %7.</source>
        <translation>Tras un paso con η = %1 las copias %2(1) … %2(%3) difieren hasta en &lt;b&gt;%4&lt;/b&gt;: cada una se movió solo según el gradiente de su propio paso, así que ya no son un único parámetro y el grafo desplegado ya no es una RNN. Con pesos compartidos, la única %2 se mueve η·Σ&lt;sub&gt;t&lt;/sub&gt; ∇&lt;sub&gt;%2(t)&lt;/sub&gt;L y sigue siendo una sola matriz.&lt;br&gt;L antes del paso: %5; tras el paso compartido: %6; tras los pasos separados: %7.</translation>
    </message>
    <message>
        <source>The cell&apos;s equations, the selected node, BPTT sums and unshared copies; the arrow keys scroll</source>
        <translation>Las ecuaciones de la celda, el nodo seleccionado, las sumas de BPTT y las copias sin compartir; las flechas desplazan</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Computational graph</source>
        <translation>Grafo computacional</translation>
    </message>
    <message>
        <source>The cell&apos;s operations as boxes, with arrows from each value to its uses</source>
        <translation>Las operaciones de la celda como cajas, con flechas de cada valor a sus usos</translation>
    </message>
    <message>
        <source>Click a parameter such as W to highlight its uses and every path from each loss back to it.
Drag to pan; Ctrl+wheel or Ctrl+= / Ctrl+- to zoom; Ctrl+0 fits the graph.</source>
        <translation>Haz clic en un parámetro como W para resaltar sus usos y cada camino desde cada pérdida hasta él.
Arrastra para desplazar; Ctrl+rueda o Ctrl+= / Ctrl+- para hacer zoom; Ctrl+0 ajusta el grafo.</translation>
    </message>
</context>
<context>
    <name>ImageDemoPanel</name>
    <message>
        <source>Cancelled. Change a setting or load an image to compute again.</source>
        <translation>Cancelado. Cambia un ajuste o carga una imagen para volver a calcular.</translation>
    </message>
    <message>
        <source>Image demo</source>
        <translation>Demostración con imagen</translation>
    </message>
    <message>
        <source>Apply the filter to a real image. The picture becomes a grayscale matrix with Rec. 601 luma, Y = 0.299·R + 0.587·G + 0.114·B, from 0 (black) to 255 (white), so the output is in the same intensity units as the step-through. The filter, stride, padding, dilation and mode are those of the Step-through tab.</source>
        <translation>Aplica el filtro a una imagen real. La imagen se convierte en una matriz en escala de grises con la luma Rec. 601, Y = 0,299·R + 0,587·G + 0,114·B, de 0 (negro) a 255 (blanco), así que la salida está en las mismas unidades de intensidad que el paso a paso. El filtro, el paso (stride), el relleno, la dilatación y el modo son los de la pestaña Paso a paso.</translation>
    </message>
    <message>
        <source>Image problem</source>
        <translation>Problema con la imagen</translation>
    </message>
    <message>
        <source>Pixel read-out</source>
        <translation>Lectura del píxel</translation>
    </message>
    <message>
        <source>Filtering…</source>
        <translation>Filtrando…</translation>
    </message>
    <message>
        <source>Filtering progress</source>
        <translation>Progreso del filtrado</translation>
    </message>
    <message>
        <source>How much of the image has been filtered</source>
        <translation>Cuánto de la imagen se ha filtrado</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel filtering</source>
        <translation>Cancelar el filtrado</translation>
    </message>
    <message>
        <source>Stop filtering this image (Esc)</source>
        <translation>Detiene el filtrado de esta imagen (Esc)</translation>
    </message>
    <message>
        <source>Input image</source>
        <translation>Imagen de entrada</translation>
    </message>
    <message>
        <source>The grayscale input; hover to read a pixel&apos;s value</source>
        <translation>La entrada en escala de grises; pasa el ratón para leer el valor de un píxel</translation>
    </message>
    <message>
        <source>Load an image or choose a sample</source>
        <translation>Carga una imagen o elige una de muestra</translation>
    </message>
    <message>
        <source>Feature map</source>
        <translation>Mapa de características</translation>
    </message>
    <message>
        <source>The filter&apos;s output; hover to read a value and see the input window it came from</source>
        <translation>La salida del filtro; pasa el ratón para leer un valor y ver la ventana de entrada de la que procede</translation>
    </message>
    <message>
        <source>No output yet</source>
        <translation>Aún no hay salida</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Leyenda de colores</translation>
    </message>
    <message>
        <source>The colours of the feature map&apos;s values</source>
        <translation>Los colores de los valores del mapa de características</translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>Cargar imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot load “%1”: %2</source>
        <translation>No se puede cargar «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot load the sample “%1”</source>
        <translation>No se puede cargar la muestra «%1»</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>%1 (muestra)</translation>
    </message>
    <message>
        <source>The filter cannot be used: %1</source>
        <translation>No se puede usar el filtro: %1</translation>
    </message>
    <message>
        <source>Filtering %1…</source>
        <translation>Filtrando %1…</translation>
    </message>
    <message>
        <source>The filter cannot run on this image: %1</source>
        <translation>El filtro no puede aplicarse a esta imagen: %1</translation>
    </message>
    <message>
        <source>%1: %2 px</source>
        <translation>%1: %2 px</translation>
    </message>
    <message>
        <source>, downscaled to %1 px by averaging</source>
        <translation>, reducida a %1 px promediando</translation>
    </message>
    <message>
        <source>Input  %1 (0 black … 255 white)</source>
        <translation>Entrada  %1 (0 negro … 255 blanco)</translation>
    </message>
    <message>
        <source>Feature map  %1  (min %2, max %3)</source>
        <translation>Mapa de características  %1  (mín. %2, máx. %3)</translation>
    </message>
    <message>
        <source>Blue is negative, white is 0, red is positive (symmetric about 0)</source>
        <translation>Azul es negativo, blanco es 0, rojo es positivo (simétrico respecto a 0)</translation>
    </message>
    <message>
        <source>Black is 0, white is the largest output value</source>
        <translation>Negro es 0, blanco es el mayor valor de salida</translation>
    </message>
    <message>
        <source>custom filter</source>
        <translation>filtro personalizado</translation>
    </message>
    <message>
        <source>Filter: %1 %2, stride %3, padding %4, dilation %5, %6</source>
        <translation>Filtro: %1 %2, paso %3, relleno %4, dilatación %5, %6</translation>
    </message>
    <message>
        <source>cross-correlation</source>
        <translation>correlación cruzada</translation>
    </message>
    <message>
        <source>convolution (filter flipped)</source>
        <translation>convolución (filtro volteado)</translation>
    </message>
    <message>
        <source> — channel %1 of %2 (the one shown in the filter editor)</source>
        <translation> — canal %1 de %2 (el que se muestra en el editor del filtro)</translation>
    </message>
    <message>
        <source>Input pixel: row %1, column %2 = %3</source>
        <translation>Píxel de entrada: fila %1, columna %2 = %3</translation>
    </message>
    <message>
        <source>Feature map: row %1, column %2 = %3, from input rows %4–%5, columns %6–%7</source>
        <translation>Mapa de características: fila %1, columna %2 = %3, a partir de las filas de entrada %4–%5, columnas %6–%7</translation>
    </message>
    <message>
        <source>, dilation %1×%2 (gaps between the taps)</source>
        <translation>, dilatación %1×%2 (huecos entre las tomas)</translation>
    </message>
    <message>
        <source>; part of the window is zero padding</source>
        <translation>; parte de la ventana es relleno con ceros</translation>
    </message>
    <message>
        <source>Hover over the input to read a pixel, or over the feature map to see the window it came from.</source>
        <translation>Pasa el ratón por la entrada para leer un píxel, o por el mapa de características para ver la ventana de la que procede.</translation>
    </message>
</context>
<context>
    <name>ImageSourceBar</name>
    <message>
        <source>&amp;Load image…</source>
        <translation>&amp;Cargar imagen…</translation>
    </message>
    <message>
        <source>Load image</source>
        <translation>Cargar imagen</translation>
    </message>
    <message>
        <source>Open a PNG or JPEG photo; it becomes a grayscale matrix (0 = black … 255 = white)</source>
        <translation>Abre una foto PNG o JPEG; se convierte en una matriz en escala de grises (0 = negro … 255 = blanco)</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Muestra:</translation>
    </message>
    <message>
        <source>Sample image</source>
        <translation>Imagen de muestra</translation>
    </message>
    <message>
        <source>Use one of the sample images that come with DL Tutor</source>
        <translation>Usa una de las imágenes de muestra que acompañan a DL Tutor</translation>
    </message>
    <message>
        <source>&amp;Downscale to at most</source>
        <translation>&amp;Reducir a como mucho</translation>
    </message>
    <message>
        <source>Downscale the image</source>
        <translation>Reducir la imagen</translation>
    </message>
    <message>
        <source>Shrink large images by averaging pixel areas, so the longer side is at most this many pixels</source>
        <translation>Encoge las imágenes grandes promediando áreas de píxeles, de modo que el lado mayor tenga como mucho estos píxeles</translation>
    </message>
    <message>
        <source>Largest side in pixels</source>
        <translation>Lado mayor en píxeles</translation>
    </message>
    <message>
        <source>The longer side of the image after downscaling, in pixels</source>
        <translation>El lado mayor de la imagen tras la reducción, en píxeles</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Shapes</source>
        <translation>Formas</translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation>Tablero de ajedrez</translation>
    </message>
    <message>
        <source>Gradient and circle</source>
        <translation>Degradado y círculo</translation>
    </message>
</context>
<context>
    <name>LanguageController</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The translation for %1 could not be loaded; the interface stays in English.</source>
        <translation>No se pudo cargar la traducción de %1; la interfaz sigue en inglés.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The language of the interface; switching takes effect at once</source>
        <translation>El idioma de la interfaz; el cambio es inmediato</translation>
    </message>
    <message>
        <source>&amp;System default (%1)</source>
        <translation>&amp;Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language and number format</source>
        <translation>Seguir el idioma y el formato de números del sistema</translation>
    </message>
    <message>
        <source>Show the interface in %1</source>
        <translation>Muestra la interfaz en %1</translation>
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
        <translation>Temas</translation>
    </message>
    <message>
        <source>Choose the midterm topic to practise</source>
        <translation>Elige el tema del examen parcial que quieres practicar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About DL Tutor</source>
        <translation>&amp;Acerca de DL Tutor</translation>
    </message>
    <message>
        <source>%1 — DL Tutor</source>
        <translation>%1 — DL Tutor</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About DL Tutor</source>
        <translation>Acerca de DL Tutor</translation>
    </message>
    <message>
        <source>&lt;b&gt;DL Tutor %1&lt;/b&gt;&lt;p&gt;Practise the deep-learning midterm: convolution, layer sizes, vanishing and exploding gradients, quizzes and the RNN computational graph.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DL Tutor %1&lt;/b&gt;&lt;p&gt;Practica el examen parcial de aprendizaje profundo: convolución, tamaños de capa, desvanecimiento y explosión del gradiente, cuestionarios y el grafo computacional de una RNN.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>Convolución</translation>
    </message>
    <message>
        <source>Compute a convolution with a given filter, step by step</source>
        <translation>Calcula una convolución con un filtro dado, paso a paso</translation>
    </message>
    <message>
        <source>VGG layer sizes</source>
        <translation>Tamaños de capa de VGG</translation>
    </message>
    <message>
        <source>Work out every layer&apos;s size, parameters and MACs in the six VGG configurations</source>
        <translation>Calcula el tamaño, los parámetros y las MACs de cada capa en las seis configuraciones de VGG</translation>
    </message>
    <message>
        <source>Vanishing/exploding gradients</source>
        <translation>Desvanecimiento/explosión del gradiente</translation>
    </message>
    <message>
        <source>Choose W_hh and watch the back-propagated gradient norm vanish or explode</source>
        <translation>Elige W_hh y observa cómo la norma del gradiente retropropagado se desvanece o explota</translation>
    </message>
    <message>
        <source>Quiz and mock midterm</source>
        <translation>Cuestionario y examen parcial de práctica</translation>
    </message>
    <message>
        <source>T/F and multiple-choice questions with explanations, your own bank, a mock midterm</source>
        <translation>Preguntas de V/F y de opción múltiple con explicaciones, tu propio banco, un examen parcial de práctica</translation>
    </message>
    <message>
        <source>RNN computational graph</source>
        <translation>Grafo computacional de una RNN</translation>
    </message>
    <message>
        <source>The RNN cell&apos;s graph folded and unrolled: shared weights and BPTT step by step</source>
        <translation>El grafo de la celda RNN plegado y desplegado: pesos compartidos y BPTT paso a paso</translation>
    </message>
    <message>
        <source>Open &amp;question bank…</source>
        <translation>Abrir banco de &amp;preguntas…</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;switch topic&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;first / last step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / → , 1–9, T / F, Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quiz: previous / next question, choose, submit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+= / Ctrl+− / Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom the interface in / out / back to 100%&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;full screen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L / Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;lecture mode / clean mode&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cambiar de tema&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;→ / ←&lt;/b&gt;&lt;/td&gt;&lt;td&gt;paso siguiente / anterior&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Inicio / Fin&lt;/b&gt;&lt;/td&gt;&lt;td&gt;primer / último paso&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Espacio&lt;/b&gt;&lt;/td&gt;&lt;td&gt;reproducir / pausa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / → , 1–9, T / F, Intro&lt;/b&gt;&lt;/td&gt;&lt;td&gt;cuestionario: pregunta anterior / siguiente, elegir, enviar&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+= / Ctrl+− / Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;acercar / alejar la interfaz / volver al 100%&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pantalla completa&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L / Ctrl+Mayús+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;modo clase / modo limpio&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Mayús+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;deshacer / rehacer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;salir&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>MatrixCommands</name>
    <message>
        <source>set %1 row %2, column %3 to &apos;%4&apos;</source>
        <translation>fijar %1 fila %2, columna %3 a &apos;%4&apos;</translation>
    </message>
    <message>
        <source>insert a row in %1</source>
        <translation>insertar una fila en %1</translation>
    </message>
    <message>
        <source>insert a column in %1</source>
        <translation>insertar una columna en %1</translation>
    </message>
    <message>
        <source>remove a row from %1</source>
        <translation>quitar una fila de %1</translation>
    </message>
    <message>
        <source>remove a column from %1</source>
        <translation>quitar una columna de %1</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel shown</source>
        <translation>Canal mostrado</translation>
    </message>
    <message>
        <source>Which channel of the volume to show and edit</source>
        <translation>Qué canal del volumen mostrar y editar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Fila</translation>
    </message>
    <message>
        <source>Insert a row of zeros below the current cell</source>
        <translation>Inserta una fila de ceros debajo de la celda actual</translation>
    </message>
    <message>
        <source>− Row</source>
        <translation>− Fila</translation>
    </message>
    <message>
        <source>Remove the current cell&apos;s row</source>
        <translation>Quita la fila de la celda actual</translation>
    </message>
    <message>
        <source>+ Col</source>
        <translation>+ Col</translation>
    </message>
    <message>
        <source>Insert a column of zeros right of the current cell</source>
        <translation>Inserta una columna de ceros a la derecha de la celda actual</translation>
    </message>
    <message>
        <source>− Col</source>
        <translation>− Col</translation>
    </message>
    <message>
        <source>Remove the current cell&apos;s column</source>
        <translation>Quita la columna de la celda actual</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste numbers from the clipboard (Ctrl+V): rows on lines, values separated by tabs, spaces or commas; a blank line starts the next channel</source>
        <translation>Pega números del portapapeles (Ctrl+V): filas en líneas, valores separados por tabuladores, espacios o comas (con coma decimal, solo tabuladores o espacios); una línea en blanco empieza el canal siguiente</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aleatorio</translation>
    </message>
    <message>
        <source>Fill with random whole numbers</source>
        <translation>Rellena con números enteros aleatorios</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Add or remove channels of the volume</source>
        <translation>Añade o quita canales del volumen</translation>
    </message>
    <message>
        <source>Add a channel (copy of the one shown)</source>
        <translation>Añadir un canal (copia del mostrado)</translation>
    </message>
    <message>
        <source>Remove the channel shown</source>
        <translation>Quitar el canal mostrado</translation>
    </message>
    <message>
        <source>%1 matrix</source>
        <translation>Matriz %1</translation>
    </message>
    <message>
        <source>%1: type to edit a cell; Ctrl+V pastes a whole matrix; Esc returns the arrow keys to stepping</source>
        <translation>%1: escribe para editar una celda; Ctrl+V pega una matriz completa; Esc devuelve las flechas al paso a paso</translation>
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
        <translation> de %1</translation>
    </message>
    <message>
        <source>Paste: %1</source>
        <translation>Pegar: %1</translation>
    </message>
    <message>
        <source>paste into %1</source>
        <translation>pegar en %1</translation>
    </message>
    <message>
        <source>fill %1 with random numbers</source>
        <translation>rellenar %1 con números aleatorios</translation>
    </message>
    <message>
        <source>add a channel to %1</source>
        <translation>añadir un canal a %1</translation>
    </message>
    <message>
        <source>remove channel %1 of %2</source>
        <translation>quitar el canal %1 de %2</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>zero padding</source>
        <translation>relleno con ceros</translation>
    </message>
    <message>
        <source>row %1, column %2: not computed yet</source>
        <translation>fila %1, columna %2: aún no calculada</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>in the window</source>
        <translation>en la ventana</translation>
    </message>
    <message>
        <source>in the window, multiplied %1</source>
        <translation>en la ventana, multiplicado %1</translation>
    </message>
    <message>
        <source>the output cell being computed</source>
        <translation>la celda de salida que se está calculando</translation>
    </message>
    <message>
        <source>never reached by the window: the stride does not divide evenly</source>
        <translation>la ventana nunca llega: el paso (stride) no divide exactamente</translation>
    </message>
    <message>
        <source>from the last valid result</source>
        <translation>del último resultado válido</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>%1, channel %2, row %3, column %4</source>
        <translation>%1, canal %2, fila %3, columna %4</translation>
    </message>
    <message>
        <source>%1, row %2, column %3</source>
        <translation>%1, fila %2, columna %3</translation>
    </message>
    <message>
        <source>%1: the cell is empty; type a number</source>
        <translation>%1: la celda está vacía; escribe un número</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a finite number</source>
        <translation>%1: &apos;%2&apos; no es un número finito</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a number; type a value such as 3, −1.5 or 2e-3</source>
        <translation>%1: &apos;%2&apos; no es un número; escribe un valor como 3, −1,5 o 2e-3</translation>
    </message>
    <message>
        <source>padding: %1</source>
        <translation>relleno: %1</translation>
    </message>
    <message>
        <source>inside the current window</source>
        <translation>dentro de la ventana actual</translation>
    </message>
    <message>
        <source>inside the current window, multiplied %1</source>
        <translation>dentro de la ventana actual, multiplicado %1</translation>
    </message>
</context>
<context>
    <name>MockResultsView</name>
    <message>
        <source>Mock midterm — results sheet</source>
        <translation>Examen parcial de práctica — hoja de resultados</translation>
    </message>
    <message>
        <source>Results sheet</source>
        <translation>Hoja de resultados</translation>
    </message>
    <message>
        <source>Points per part of the mock midterm</source>
        <translation>Puntos por parte del examen parcial de práctica</translation>
    </message>
    <message>
        <source>Graduate question — tick what your answer shows</source>
        <translation>Pregunta de posgrado — marca lo que muestra tu respuesta</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>Tick when your graph shows this; worth %1 points</source>
        <translation>Márcalo si tu grafo muestra esto; vale %1 puntos</translation>
    </message>
    <message>
        <source>Review the questions</source>
        <translation>Revisar las preguntas</translation>
    </message>
    <message>
        <source>See every question with the correct answer and why</source>
        <translation>Mira cada pregunta con la respuesta correcta y el porqué</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>Nuevo cuestionario</translation>
    </message>
    <message>
        <source>Back to the start screen</source>
        <translation>Volver a la pantalla de inicio</translation>
    </message>
    <message>
        <source>Mock midterm — results sheet (seed %1)</source>
        <translation>Examen parcial de práctica — hoja de resultados (semilla %1)</translation>
    </message>
    <message>
        <source>Score: &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation>Puntuación: &lt;b&gt;%1&lt;/b&gt; de %2</translation>
    </message>
    <message>
        <source> · graduate: &lt;b&gt;%1&lt;/b&gt; of %2</source>
        <translation> · posgrado: &lt;b&gt;%1&lt;/b&gt; de %2</translation>
    </message>
</context>
<context>
    <name>MockSheetModel</name>
    <message>
        <source>1. Convolution with a given filter</source>
        <translation>1. Convolución con un filtro dado</translation>
    </message>
    <message>
        <source>2. Layer dimensionality</source>
        <translation>2. Dimensiones de las capas</translation>
    </message>
    <message>
        <source>3. Vanishing/exploding gradient</source>
        <translation>3. Desvanecimiento/explosión del gradiente</translation>
    </message>
    <message>
        <source>4. T/F and multiple choice (4 × 5)</source>
        <translation>4. V/F y opción múltiple (4 × 5)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>5. Graduate question, self-assessed [%1]</source>
        <translation>5. Pregunta de posgrado, autoevaluada [%1]</translation>
    </message>
    <message>
        <source>Graduate total: parts × {%1} + graduate question</source>
        <translation>Total de posgrado: partes × {%1} + pregunta de posgrado</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sobre</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Your saved progress in %1 cannot be read (%2); new results will not be saved there.</source>
        <translation>Tu progreso guardado en %1 no se puede leer (%2); los nuevos resultados no se guardarán ahí.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (%1) and could not be set aside; it is left untouched in %2 and new results will not be saved.</source>
        <translation>Tu progreso guardado no se pudo leer (%1) ni apartar; se deja intacto en %2 y los nuevos resultados no se guardarán.</translation>
    </message>
    <message>
        <source>Your saved progress could not be read (%1). The file was kept as %2; a new history starts now.</source>
        <translation>Tu progreso guardado no se pudo leer (%1). El archivo se conservó como %2; empieza un historial nuevo.</translation>
    </message>
    <message>
        <source>Progress is not saved: the existing file %1 could not be read and is left as it was.</source>
        <translation>El progreso no se guarda: el archivo existente %1 no se pudo leer y se deja como estaba.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Input error</source>
        <translation>Error de entrada</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>Time left in the mock midterm</source>
        <translation>Tiempo restante del examen parcial de práctica</translation>
    </message>
    <message>
        <source>Quiz progress</source>
        <translation>Progreso del cuestionario</translation>
    </message>
    <message>
        <source>Which question of the quiz this is</source>
        <translation>Qué pregunta del cuestionario es esta</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Type a number, then press Enter</source>
        <translation>Escribe un número y pulsa Intro</translation>
    </message>
    <message>
        <source>Your numeric answer</source>
        <translation>Tu respuesta numérica</translation>
    </message>
    <message>
        <source>A number such as 28, −0.5 or 1e-3</source>
        <translation>Un número como 28, −0,5 o 1e-3</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>Your matrix answer</source>
        <translation>Tu respuesta matricial</translation>
    </message>
    <message>
        <source>Type one number per cell; Tab moves on. Enter submits when no cell is being edited.</source>
        <translation>Escribe un número por celda; Tab pasa a la siguiente. Intro envía cuando no se está editando ninguna celda.</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Anterior</translation>
    </message>
    <message>
        <source>Previous question (←)</source>
        <translation>Pregunta anterior (←)</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Check this answer and see why (Enter)</source>
        <translation>Comprueba esta respuesta y mira el porqué (Intro)</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Siguiente →</translation>
    </message>
    <message>
        <source>Next question (→)</source>
        <translation>Pregunta siguiente (→)</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>End the quiz and see the results</source>
        <translation>Termina el cuestionario y muestra los resultados</translation>
    </message>
    <message>
        <source>Back to results</source>
        <translation>Volver a los resultados</translation>
    </message>
    <message>
        <source>Return to the results and review</source>
        <translation>Vuelve a los resultados y a la revisión</translation>
    </message>
    <message>
        <source>Keys: 1–9 choose · T/F · Enter submits · ←/→ move</source>
        <translation>Teclas: 1–9 eligen · T/F · Intro envía · ←/→ mueven</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 · %4</source>
        <translation>Pregunta %1 de %2 · %3 · %4</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>Your answer (%1×%2): click a cell or just type; Tab moves to the next cell</source>
        <translation>Tu respuesta (%1×%2): haz clic en una celda o simplemente escribe; Tab pasa a la celda siguiente</translation>
    </message>
    <message>
        <source>True  (T)</source>
        <translation>Verdadero  (T)</translation>
    </message>
    <message>
        <source>False  (F)</source>
        <translation>Falso  (F)</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Pregunta del cuestionario</translation>
    </message>
    <message>
        <source>Keys: 1 to 9 choose an answer, T or F for true or false, Enter submits and then moves on, left and right arrows go to the previous or next question</source>
        <translation>Teclas: de 1 a 9 eligen una respuesta, T o F para verdadero o falso, Intro envía y luego avanza, las flechas izquierda y derecha van a la pregunta anterior o siguiente</translation>
    </message>
    <message>
        <source>The question, your answer and the feedback; the arrow keys scroll</source>
        <translation>La pregunta, tu respuesta y los comentarios; las flechas desplazan</translation>
    </message>
    <message>
        <source>Figure %1 of the question: numbers to read, not to edit</source>
        <translation>Figura %1 de la pregunta: números para leer, no para editar</translation>
    </message>
</context>
<context>
    <name>QuizMatrixModel</name>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>Type a number; Tab or the arrow keys move to the next cell</source>
        <translation>Escribe un número; Tab o las flechas pasan a la celda siguiente</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>row %1, column %2: empty</source>
        <translation>fila %1, columna %2: vacía</translation>
    </message>
    <message>
        <source>right</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>incorrecta</translation>
    </message>
    <message>
        <source>type a number</source>
        <translation>escribe un número</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Open question bank…</source>
        <translation>Abrir banco de preguntas…</translation>
    </message>
    <message>
        <source>Load an instructor&apos;s question bank: JSON or Moodle GIFT (Ctrl+O)</source>
        <translation>Carga el banco de preguntas de un profesor: JSON o Moodle GIFT (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open question bank</source>
        <translation>Abrir banco de preguntas</translation>
    </message>
    <message>
        <source>Question banks (*.json *.gift *.txt);;JSON (*.json);;Moodle GIFT (*.gift *.txt);;All files (*)</source>
        <translation>Bancos de preguntas (*.json *.gift *.txt);;JSON (*.json);;Moodle GIFT (*.gift *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The remembered bank %1 could not be loaded (%2); using the built-in bank.</source>
        <translation>No se pudo cargar el banco recordado %1 (%2); se usa el banco integrado.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>%1 was not loaded: %2 found. The current bank is unchanged.</source>
        <translation>%1 no se cargó: se encontró %2. El banco actual no cambia.</translation>
    </message>
    <message>
        <source>The quiz could not start.</source>
        <translation>No se pudo empezar el cuestionario.</translation>
    </message>
    <message>
        <source>The mock midterm could not start.</source>
        <translation>No se pudo empezar el examen parcial de práctica.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>Tiempo restante: %1</translation>
    </message>
    <message>
        <source>Choose an answer first: press 1–9 (T/F for true/false), click a choice or type the value.</source>
        <translation>Elige antes una respuesta: pulsa 1–9 (T/F para verdadero/falso), haz clic en una opción o escribe el valor.</translation>
    </message>
    <message>
        <source>Saved to your progress (%1).</source>
        <translation>Guardado en tu progreso (%1).</translation>
    </message>
</context>
<context>
    <name>QuizReviewModel</name>
    <message>
        <source>✔ right</source>
        <translation>✔ correcta</translation>
    </message>
    <message>
        <source>◐ partly</source>
        <translation>◐ en parte</translation>
    </message>
    <message>
        <source>✘ wrong</source>
        <translation>✘ incorrecta</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– omitida</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <source>Correct answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
</context>
<context>
    <name>QuizSettingsCommand</name>
    <message>
        <source>Change quiz topics</source>
        <translation>Cambiar los temas del cuestionario</translation>
    </message>
    <message>
        <source>Change number of questions</source>
        <translation>Cambiar el número de preguntas</translation>
    </message>
    <message>
        <source>Change quiz seed</source>
        <translation>Cambiar la semilla del cuestionario</translation>
    </message>
    <message>
        <source>Change feedback mode</source>
        <translation>Cambiar el modo de comentarios</translation>
    </message>
    <message>
        <source>Toggle graduate section</source>
        <translation>Activar/desactivar la sección de posgrado</translation>
    </message>
    <message>
        <source>Toggle mock timer</source>
        <translation>Activar/desactivar el temporizador del examen</translation>
    </message>
    <message>
        <source>Change mock minutes</source>
        <translation>Cambiar los minutos del examen</translation>
    </message>
</context>
<context>
    <name>QuizStartView</name>
    <message>
        <source>Open question bank</source>
        <translation>Abrir banco de preguntas</translation>
    </message>
    <message>
        <source>Load an instructor&apos;s bank (JSON or Moodle GIFT)</source>
        <translation>Carga el banco de un profesor (JSON o Moodle GIFT)</translation>
    </message>
    <message>
        <source>Built-in bank</source>
        <translation>Banco integrado</translation>
    </message>
    <message>
        <source>Use the built-in bank</source>
        <translation>Usar el banco integrado</translation>
    </message>
    <message>
        <source>Go back to the questions that ship with DL Tutor</source>
        <translation>Vuelve a las preguntas que incluye DL Tutor</translation>
    </message>
    <message>
        <source>Problems in the question bank</source>
        <translation>Problemas en el banco de preguntas</translation>
    </message>
    <message>
        <source>Every problem found; fix them and open the bank again</source>
        <translation>Todos los problemas encontrados; corrígelos y vuelve a abrir el banco</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Tick the topics to draw questions from</source>
        <translation>Marca los temas de los que sacar preguntas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Tick every topic</source>
        <translation>Marca todos los temas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Untick every topic</source>
        <translation>Desmarca todos los temas</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>Número de preguntas</translation>
    </message>
    <message>
        <source>How many questions to draw (fewer if the ticked topics hold fewer)</source>
        <translation>Cuántas preguntas sacar (menos si los temas marcados tienen menos)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The same seed and bank give everyone the same questions in the same order</source>
        <translation>La misma semilla y el mismo banco dan a todos las mismas preguntas en el mismo orden</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <source>Pick a fresh random seed</source>
        <translation>Elige una semilla aleatoria nueva</translation>
    </message>
    <message>
        <source>After each answer</source>
        <translation>Tras cada respuesta</translation>
    </message>
    <message>
        <source>Feedback after each answer</source>
        <translation>Comentarios tras cada respuesta</translation>
    </message>
    <message>
        <source>See the correct answer and why right after submitting</source>
        <translation>Muestra la respuesta correcta y el porqué justo después de enviar</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>Feedback at the end</source>
        <translation>Comentarios al final</translation>
    </message>
    <message>
        <source>Answer everything first, then see the results and the review</source>
        <translation>Responde todo primero y luego mira los resultados y la revisión</translation>
    </message>
    <message>
        <source>Start quiz</source>
        <translation>Empezar el cuestionario</translation>
    </message>
    <message>
        <source>Draw the questions and begin (Enter)</source>
        <translation>Saca las preguntas y empieza (Intro)</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Mock midterm</source>
        <translation>Examen parcial de práctica</translation>
    </message>
    <message>
        <source>Composed like the real one: a convolution with a given filter (20 points), layer sizes of a block of layers (20), vanishing or exploding gradients for a 2×2 W_hh (40) and four T/F or multiple-choice questions (5 each): 100 points. The open problems have fresh numbers from the seed and are graded automatically.</source>
        <translation>Compuesto como el real: una convolución con un filtro dado (20 puntos), tamaños de capa de un bloque de capas (20), desvanecimiento o explosión del gradiente para una W_hh de 2×2 (40) y cuatro preguntas de V/F o de opción múltiple (5 cada una): 100 puntos. Los problemas abiertos tienen números nuevos según la semilla y se corrigen automáticamente.</translation>
    </message>
    <message>
        <source>Graduate section (RNN computational graph, self-assessed)</source>
        <translation>Sección de posgrado (grafo computacional de una RNN, autoevaluada)</translation>
    </message>
    <message>
        <source>Graduate section</source>
        <translation>Sección de posgrado</translation>
    </message>
    <message>
        <source>Add the graduate question, scored against a rubric as a weighted extra</source>
        <translation>Añade la pregunta de posgrado, puntuada con una rúbrica como extra ponderado</translation>
    </message>
    <message>
        <source>Timer:</source>
        <translation>Temporizador:</translation>
    </message>
    <message>
        <source>Use a timer</source>
        <translation>Usar un temporizador</translation>
    </message>
    <message>
        <source>Finish automatically when the time is up</source>
        <translation>Termina automáticamente cuando se acaba el tiempo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Minutes for the mock midterm</source>
        <translation>Minutos para el examen parcial de práctica</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Start mock midterm</source>
        <translation>Empezar el examen parcial de práctica</translation>
    </message>
    <message>
        <source>Generate a mock midterm with the seed above</source>
        <translation>Genera un examen parcial de práctica con la semilla de arriba</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Scores per topic over all attempts</source>
        <translation>Puntuaciones por tema en todos los intentos</translation>
    </message>
    <message>
        <source>Every stored attempt, added up per topic</source>
        <translation>Todos los intentos guardados, sumados por tema</translation>
    </message>
    <message>
        <source>Quiz and mock midterm</source>
        <translation>Cuestionario y examen parcial de práctica</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question bank:&lt;/b&gt; %1 — %2, from %3</source>
        <translation>&lt;b&gt;Banco de preguntas:&lt;/b&gt; %1 — %2, de %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No attempts stored yet.</source>
        <translation>Aún no hay intentos guardados.</translation>
    </message>
    <message>
        <source>%1 stored; totals per topic:</source>
        <translation>%1 guardados; totales por tema:</translation>
    </message>
    <message>
        <source>Tick at least one topic</source>
        <translation>Marca al menos un tema</translation>
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
        <translation>Tema</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Fully right</source>
        <translation>Totalmente correctas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Score per topic</source>
        <translation>Puntuación por tema</translation>
    </message>
    <message>
        <source>Points per topic in this attempt</source>
        <translation>Puntos por tema en este intento</translation>
    </message>
    <message>
        <source>Review of every question</source>
        <translation>Revisión de cada pregunta</translation>
    </message>
    <message>
        <source>Select a question to read why; double-click or press Enter to open it</source>
        <translation>Selecciona una pregunta para leer el porqué; haz doble clic o pulsa Intro para abrirla</translation>
    </message>
    <message>
        <source>Feedback for the selected question</source>
        <translation>Comentarios de la pregunta seleccionada</translation>
    </message>
    <message>
        <source>A new quiz with only the questions you did not get fully right (R)</source>
        <translation>Un cuestionario nuevo solo con las preguntas que no acertaste del todo (R)</translation>
    </message>
    <message>
        <source>New quiz</source>
        <translation>Nuevo cuestionario</translation>
    </message>
    <message>
        <source>Back to the start screen (N)</source>
        <translation>Volver a la pantalla de inicio (N)</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Por tema</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>%1 points · %2 %</source>
        <translation>%1 puntos · %2 %</translation>
    </message>
    <message>
        <source>Retake the wrong one</source>
        <translation>Repetir la incorrecta</translation>
    </message>
    <message>
        <source>Retake the %1 wrong ones</source>
        <translation>Repetir las %1 incorrectas</translation>
    </message>
    <message>
        <source>Question %1:</source>
        <translation>Pregunta %1:</translation>
    </message>
    <message>
        <source>Why the selected answer is right or wrong; the arrow keys scroll</source>
        <translation>Por qué la respuesta seleccionada es correcta o incorrecta; las flechas desplazan</translation>
    </message>
    <message>
        <source>Retake the wrong ones</source>
        <translation>Repetir las incorrectas</translation>
    </message>
</context>
<context>
    <name>ScaleControl</name>
    <message>
        <source>Scale factor for W_hh</source>
        <translation>Factor de escala de W_hh</translation>
    </message>
    <message>
        <source>Multiplies W_hh by a factor from 0 to 4 (Left/Right: 1 %, Page Up/Down: 10 %).
Drag it through γ·ρ = 1 to see the verdict change.</source>
        <translation>Multiplica W_hh por un factor de 0 a 4 (Izquierda/Derecha: 1 %, Re Pág/Av Pág: 10 %).
Arrástralo a través de γ·ρ = 1 para ver cómo cambia el veredicto.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Reset scale to 100 percent</source>
        <translation>Restablecer la escala al 100 por ciento</translation>
    </message>
    <message>
        <source>Back to W_hh as entered (× 1), Alt+R</source>
        <translation>Volver a W_hh tal como se introdujo (× 1), Alt+R</translation>
    </message>
    <message>
        <source>Live products</source>
        <translation>Productos en vivo</translation>
    </message>
    <message>
        <source>S&amp;cale</source>
        <translation>Es&amp;cala</translation>
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
        <translation>La sesión cambió en el disco</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>DL Tutor sessions (*.json);;All files (*)</source>
        <translation>Sesiones de DL Tutor (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Save session as</source>
        <translation>Guardar sesión como</translation>
    </message>
    <message>
        <source>DL Tutor</source>
        <translation>DL Tutor</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>Start again with every page&apos;s default inputs (Ctrl+N)</source>
        <translation>Vuelve a empezar con las entradas por defecto de todas las páginas (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open a saved session: every page&apos;s inputs (Ctrl+O)</source>
        <translation>Abre una sesión guardada: las entradas de todas las páginas (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save every page&apos;s inputs to the session file (Ctrl+S)</source>
        <translation>Guarda las entradas de todas las páginas en el archivo de sesión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Guardar sesión co&amp;mo…</translation>
    </message>
    <message>
        <source>Save every page&apos;s inputs to a new file (Ctrl+Shift+S)</source>
        <translation>Guarda las entradas de todas las páginas en un archivo nuevo (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>%1.

Overwrite it with this session, save this session under another name, or cancel?</source>
        <translation>%1.

¿Sobrescribirla con esta sesión, guardar esta sesión con otro nombre o cancelar?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Falló el autoguardado: %1</translation>
    </message>
    <message>
        <source>The autosaved session could not be restored (%1). It was kept as %2; a fresh session starts.</source>
        <translation>No se pudo restaurar la sesión autoguardada (%1). Se conservó como %2; empieza una sesión nueva.</translation>
    </message>
    <message>
        <source>The autosaved session could not be restored (%1) nor set aside; it is left as it was and autosave is off.</source>
        <translation>No se pudo restaurar la sesión autoguardada (%1) ni apartarla; se deja como estaba y el autoguardado queda desactivado.</translation>
    </message>
    <message>
        <source>Discard the unsaved changes of this session?</source>
        <translation>¿Descartar los cambios sin guardar de esta sesión?</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and start a new session with every page&apos;s defaults?</source>
        <translation>¿Descartar los cambios sin guardar y empezar una sesión nueva con los valores por defecto de todas las páginas?</translation>
    </message>
    <message>
        <source>Start a new session with every page&apos;s defaults?</source>
        <translation>¿Empezar una sesión nueva con los valores por defecto de todas las páginas?</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>No se puede abrir la sesión</translation>
    </message>
    <message>
        <source>The session %1 no longer exists; it was removed from the recent files.</source>
        <translation>La sesión %1 ya no existe; se quitó de los archivos recientes.</translation>
    </message>
    <message>
        <source>The session %1 does not exist.</source>
        <translation>La sesión %1 no existe.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

No se cambió nada.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierta %1</translation>
    </message>
    <message>
        <source>Cannot save session</source>
        <translation>No se puede guardar la sesión</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardada %1</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Forget the recently used session files (the files stay)</source>
        <translation>Olvida los archivos de sesión usados recientemente (los archivos se conservan)</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Sesión sin título</translation>
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
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SizeFormula</name>
    <message>
        <source>Output rows formula</source>
        <translation>Fórmula de las filas de salida</translation>
    </message>
    <message>
        <source>Output columns formula</source>
        <translation>Fórmula de las columnas de salida</translation>
    </message>
    <message>
        <source>How the output size follows from the input size, padding, dilation, filter size and stride</source>
        <translation>Cómo se obtiene el tamaño de salida a partir del tamaño de entrada, el relleno, la dilatación, el tamaño del filtro y el paso (stride)</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the last row</source>
        <translation>la última fila</translation>
    </message>
    <message>
        <source>the last %1 rows</source>
        <translation>las últimas %1 filas</translation>
    </message>
    <message>
        <source>the last column</source>
        <translation>la última columna</translation>
    </message>
    <message>
        <source>the last %1 columns</source>
        <translation>las últimas %1 columnas</translation>
    </message>
    <message>
        <source>Remainder %1: the window never reaches %2 (hatched on the input).</source>
        <translation>Resto %1: la ventana nunca llega a %2 (rayado en la entrada).</translation>
    </message>
    <message>
        <source>Output size per axis: out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   (n input, p padding, d dilation, k filter size, s stride)</source>
        <translation>Tamaño de salida por eje: out = ⌊(n + 2p − d·(k−1) − 1)/s⌋ + 1   (n entrada, p relleno, d dilatación, k tamaño del filtro, s paso)</translation>
    </message>
</context>
<context>
    <name>SpecCommand</name>
    <message>
        <source>change the convolution settings</source>
        <translation>cambiar los ajustes de la convolución</translation>
    </message>
</context>
<context>
    <name>SpectrumView</name>
    <message>
        <source>Eigenvalues in the complex plane</source>
        <translation>Valores propios en el plano complejo</translation>
    </message>
    <message>
        <source>Eigenvalues λ of the analysed matrix. Outside the dashed circle |z| = 1/γ (red) the seed&apos;s
estimate grows: explosion possible. If the dotted circle |z| = σ_max lies inside it,
vanishing is guaranteed. Hover a point to read it.</source>
        <translation>Valores propios λ de la matriz analizada. Fuera del círculo discontinuo |z| = 1/γ (rojo) la
estimación del enunciado crece: posible explosión. Si el círculo punteado |z| = σ_max queda dentro de él,
el desvanecimiento está garantizado. Pasa el ratón por un punto para leerlo.</translation>
    </message>
    <message>
        <source>Spectrum</source>
        <translation>Espectro</translation>
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
|λ| = %3, γ·|λ| = %4</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%3&quot;&gt;●&lt;/span&gt; γ|λ| &amp;gt; 1 (explosion possible)&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;●&lt;/span&gt; γ|λ| ≤ 1&lt;br&gt;dashed: |z| = 1/γ = %1&lt;br&gt;dotted: |z| = σ_max = %2</source>
        <translation>&lt;span style=&quot;color:%3&quot;&gt;●&lt;/span&gt; γ|λ| &amp;gt; 1 (posible explosión)&lt;br&gt;&lt;span style=&quot;color:%4&quot;&gt;●&lt;/span&gt; γ|λ| ≤ 1&lt;br&gt;discontinuo: |z| = 1/γ = %1&lt;br&gt;punteado: |z| = σ_max = %2</translation>
    </message>
</context>
<context>
    <name>StepArithmetic</name>
    <message>
        <source>Step arithmetic</source>
        <translation>Aritmética del paso</translation>
    </message>
    <message>
        <source>Each term is an input value times the filter weight over it; the sum is the output cell</source>
        <translation>Cada término es un valor de entrada por el peso del filtro que tiene encima; la suma es la celda de salida</translation>
    </message>
    <message>
        <source>Output row %1, column %2</source>
        <translation>Fila de salida %1, columna %2</translation>
    </message>
    <message>
        <source> (last valid result)</source>
        <translation> (último resultado válido)</translation>
    </message>
    <message>
        <source>channel %1: </source>
        <translation>canal %1: </translation>
    </message>
    <message>
        <source> + … (%1 more products)</source>
        <translation> + … (%1 productos más)</translation>
    </message>
    <message>
        <source>Each term is &lt;i&gt;input value&lt;/i&gt; %1 &lt;i&gt;filter weight&lt;/i&gt;; the window is outlined in blue on the input.</source>
        <translation>Cada término es &lt;i&gt;valor de entrada&lt;/i&gt; %1 &lt;i&gt;peso del filtro&lt;/i&gt;; la ventana aparece con borde azul sobre la entrada.</translation>
    </message>
    <message>
        <source>%1 is a zero from the padding.</source>
        <translation>%1 es un cero del relleno.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StepControls</name>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>First step (Home)</source>
        <translation>Primer paso (Inicio)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Paso anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play or pause the steps (Space)</source>
        <translation>Reproduce o pausa los pasos (Espacio)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Último paso (Fin)</translation>
    </message>
    <message>
        <source>Playback speed in steps per second</source>
        <translation>Velocidad de reproducción en pasos por segundo</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 pasos/s</translation>
    </message>
    <message>
        <source>Step position</source>
        <translation>Posición del paso</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 paso/s</translation>
    </message>
    <message>
        <source>%1 steps/s</source>
        <translation>%1 pasos/s</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Sin pasos</translation>
    </message>
</context>
<context>
    <name>ThemeController</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Interface zoom (Ctrl+= / Ctrl+− / Ctrl+0)</source>
        <translation>Zoom de la interfaz (Ctrl+= / Ctrl+− / Ctrl+0)</translation>
    </message>
    <message>
        <source>Interface zoom</source>
        <translation>Zoom de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Fill the whole screen with the window</source>
        <translation>La ventana ocupa toda la pantalla</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Make the whole interface larger (up to 300%)</source>
        <translation>Agranda toda la interfaz (hasta el 300%)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Make the whole interface smaller (down to 100%)</source>
        <translation>Reduce toda la interfaz (hasta el 100%)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Back to 100% zoom</source>
        <translation>Vuelve al zoom del 100%</translation>
    </message>
    <message>
        <source>&amp;High-contrast highlights</source>
        <translation>Resaltados de alto &amp;contraste</translation>
    </message>
    <message>
        <source>Saturated highlight colours and thick borders that stay visible through a projector</source>
        <translation>Colores de resaltado saturados y bordes gruesos que siguen viéndose con un proyector</translation>
    </message>
    <message>
        <source>&amp;Lecture mode</source>
        <translation>Modo &amp;clase</translation>
    </message>
    <message>
        <source>Show the step arithmetic large, with high-contrast highlights</source>
        <translation>Muestra la aritmética del paso en grande, con resaltados de alto contraste</translation>
    </message>
    <message>
        <source>&amp;Clean mode</source>
        <translation>Modo lim&amp;pio</translation>
    </message>
    <message>
        <source>Hide the controls not kept in “Prepare clean mode…”</source>
        <translation>Oculta los controles que no se conservan en «Preparar el modo limpio…»</translation>
    </message>
    <message>
        <source>&amp;Prepare clean mode…</source>
        <translation>P&amp;reparar el modo limpio…</translation>
    </message>
    <message>
        <source>Choose which control groups of this page stay visible in clean mode</source>
        <translation>Elige qué grupos de controles de esta página siguen visibles en el modo limpio</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark colours</source>
        <translation>Sigue los colores claros u oscuros del escritorio</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Lecture mode on</source>
        <translation>Modo clase activado</translation>
    </message>
    <message>
        <source>Lecture mode off</source>
        <translation>Modo clase desactivado</translation>
    </message>
    <message>
        <source>Clean mode on: View → Prepare clean mode… chooses what stays</source>
        <translation>Modo limpio activado: Ver → Preparar el modo limpio… elige lo que se queda</translation>
    </message>
    <message>
        <source>Clean mode off</source>
        <translation>Modo limpio desactivado</translation>
    </message>
</context>
<context>
    <name>UnsharedCopiesModel</name>
    <message>
        <source>%1 shared</source>
        <translation>%1 compartida</translation>
    </message>
    <message>
        <source>one matrix</source>
        <translation>una matriz</translation>
    </message>
    <message>
        <source>With sharing there is one %1, moved by η times the sum of every step&apos;s contribution</source>
        <translation>Con pesos compartidos hay una sola %1, que se mueve η por la suma de las contribuciones de todos los pasos</translation>
    </message>
    <message>
        <source>The largest entry of |%1(%2) − %1(1)| after the step; not 0 means the copies differ</source>
        <translation>La mayor entrada de |%1(%2) − %1(1)| tras el paso; si no es 0, las copias difieren</translation>
    </message>
    <message>
        <source>Copy %1(%2) moves by η = %3 times its own step&apos;s gradient only</source>
        <translation>La copia %1(%2) se mueve η = %3 por el gradiente de su propio paso únicamente</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>its gradient</source>
        <translation>su gradiente</translation>
    </message>
    <message>
        <source>after one step</source>
        <translation>tras un paso</translation>
    </message>
    <message>
        <source>max |%1(t) − %1(1)|</source>
        <translation>máx |%1(t) − %1(1)|</translation>
    </message>
</context>
<context>
    <name>WeightMatrixModel</name>
    <message>
        <source>W_hh[%1, %2] = %3: weight from unit %2 of h_(t−1) to unit %1 of a_t</source>
        <translation>W_hh[%1, %2] = %3: peso de la unidad %2 de h_(t−1) a la unidad %1 de a_t</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>column %1: weights from unit %1 of h_(t−1)</source>
        <translation>columna %1: pesos desde la unidad %1 de h_(t−1)</translation>
    </message>
    <message>
        <source>row %1: weights into unit %1 of a_t</source>
        <translation>fila %1: pesos hacia la unidad %1 de a_t</translation>
    </message>
</context>
<context>
    <name>answertext</name>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation>nada seleccionado</translation>
    </message>
    <message>
        <source>the %1×%2 grid above</source>
        <translation>la cuadrícula de %1×%2 de arriba</translation>
    </message>
    <message>
        <source>%1 (± %2 accepted)</source>
        <translation>%1 (se acepta ± %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Parcialmente correcta</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>Correct answer:</source>
        <translation>Respuesta correcta:</translation>
    </message>
    <message>
        <source>Your answer:</source>
        <translation>Tu respuesta:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Why “%1” is wrong:</source>
        <translation>Por qué «%1» es incorrecta:</translation>
    </message>
    <message>
        <source>it is not part of the correct answer.</source>
        <translation>no forma parte de la respuesta correcta.</translation>
    </message>
    <message>
        <source>Missed “%1”:</source>
        <translation>Falta «%1»:</translation>
    </message>
    <message>
        <source>The answer grid has the wrong shape.</source>
        <translation>La cuadrícula de respuesta tiene una forma equivocada.</translation>
    </message>
    <message>
        <source>%1 of %2 cells right; wrong cells are marked in the grid.</source>
        <translation>%1 de %2 celdas correctas; las incorrectas están marcadas en la cuadrícula.</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fuente:</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 preguntas</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 intento</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 intentos</translation>
    </message>
</context>
<context>
    <name>archcell</name>
    <message>
        <source>all</source>
        <translation>toda</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 MACs</source>
        <translation>%1 MACs</translation>
    </message>
</context>
<context>
    <name>archexplain</name>
    <message>
        <source>block %1</source>
        <translation>bloque %1</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>clasificador</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2 · %3&lt;/b&gt; (layer %4, written %5)</source>
        <translation>&lt;b&gt;%1 · %2 · %3&lt;/b&gt; (capa %4, escrita %5)</translation>
    </message>
    <message>
        <source>height %1; width %2</source>
        <translation>alto %1; ancho %2</translation>
    </message>
    <message>
        <source>Output size: %1, depth = %2 filters → &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>Tamaño de salida: %1, profundidad = %2 filtros → &lt;b&gt;%3&lt;/b&gt;</translation>
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
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Output size: %1×%1 max-pool, stride %2: %3, since %4; the depth stays %5 → &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Tamaño de salida: max-pooling de %1×%1, paso %2: %3, ya que %4; la profundidad sigue siendo %5 → &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output size: LRN does not change the size: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Tamaño de salida: LRN no cambia el tamaño: %1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output size: the %1 volume is flattened to %2 values; %3 units → &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Tamaño de salida: el volumen %1 se aplana en %2 valores; %3 unidades → &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Output size: soft-max turns the scores into probabilities that sum to 1, size unchanged: %1 → &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Tamaño de salida: la softmax convierte las puntuaciones en probabilidades que suman 1, sin cambiar el tamaño: %1 → &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parameters: %1 = %2 weights + %3 biases = &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>Parámetros: %1 = %2 pesos + %3 sesgos = &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parameters: %1%2%3 = %4 weights + %5 biases = &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Parámetros: %1%2%3 = %4 pesos + %5 sesgos = &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Parameters: &lt;b&gt;0&lt;/b&gt;, a max-pool has nothing to learn</source>
        <translation>Parámetros: &lt;b&gt;0&lt;/b&gt;, un max-pooling no tiene nada que aprender</translation>
    </message>
    <message>
        <source>Parameters: &lt;b&gt;0&lt;/b&gt;, LRN is non-trainable</source>
        <translation>Parámetros: &lt;b&gt;0&lt;/b&gt;, LRN no es entrenable</translation>
    </message>
    <message>
        <source>Parameters: &lt;b&gt;0&lt;/b&gt;</source>
        <translation>Parámetros: &lt;b&gt;0&lt;/b&gt;</translation>
    </message>
    <message>
        <source>MACs: H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt; = %1 · %2 = &lt;b&gt;%3&lt;/b&gt; (%4)</source>
        <translation>MACs: H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt; = %1 · %2 = &lt;b&gt;%3&lt;/b&gt; (%4)</translation>
    </message>
    <message>
        <source>MACs: inputs·units = %1%2%3 = &lt;b&gt;%4&lt;/b&gt; (%5)</source>
        <translation>MACs: entradas·unidades = %1%2%3 = &lt;b&gt;%4&lt;/b&gt; (%5)</translation>
    </message>
    <message>
        <source>MACs: &lt;b&gt;0&lt;/b&gt;, a max-pool only compares values</source>
        <translation>MACs: &lt;b&gt;0&lt;/b&gt;, un max-pooling solo compara valores</translation>
    </message>
    <message>
        <source>MACs: &lt;b&gt;0&lt;/b&gt; (not counted: no weights)</source>
        <translation>MACs: &lt;b&gt;0&lt;/b&gt; (no se cuentan: no hay pesos)</translation>
    </message>
    <message>
        <source>Receptive field: the whole input, every unit depends on every input pixel</source>
        <translation>Campo receptivo: toda la entrada, cada unidad depende de cada píxel de entrada</translation>
    </message>
    <message>
        <source>Receptive field: r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·jump = %1 + (%2 − 1)·%3 = &lt;b&gt;%4&lt;/b&gt;, one unit sees %4×%4 input pixels; neighbouring units are %5 px apart</source>
        <translation>Campo receptivo: r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·salto = %1 + (%2 − 1)·%3 = &lt;b&gt;%4&lt;/b&gt;, una unidad ve %4×%4 píxeles de entrada; las unidades vecinas están a %5 px</translation>
    </message>
    <message>
        <source>Receptive field: unchanged, &lt;b&gt;%1&lt;/b&gt;×%1 input pixels</source>
        <translation>Campo receptivo: sin cambios, &lt;b&gt;%1&lt;/b&gt;×%1 píxeles de entrada</translation>
    </message>
    <message>
        <source>Memory: %1 values · 4 bytes (float32) = &lt;b&gt;%2 bytes&lt;/b&gt; (%3)</source>
        <translation>Memoria: %1 valores · 4 bytes (float32) = &lt;b&gt;%2 bytes&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source>LRN (local response normalisation) is a non-trainable layer: it square-normalises each value within a local neighbourhood, which tames the unbounded outputs of ReLU and linear units. It works within one filter&apos;s map and does not change the size.</source>
        <translation>LRN (normalización de respuesta local) es una capa no entrenable: normaliza cada valor por los cuadrados de su vecindad local, lo que doma las salidas no acotadas de las unidades ReLU y lineales. Actúa dentro del mapa de un filtro y no cambia el tamaño.</translation>
    </message>
    <message>
        <source>Its size cannot be worked out: layer %1 above it is invalid.</source>
        <translation>Su tamaño no se puede calcular: la capa %1, encima de ella, no es válida.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · input&lt;/b&gt;&lt;br&gt;The input volume %2: height × width × channels (3 for an RGB image). It takes %3 values · 4 bytes = %4 bytes (%5) in float32.</source>
        <translation>&lt;b&gt;%1 · entrada&lt;/b&gt;&lt;br&gt;El volumen de entrada %2: alto × ancho × canales (3 para una imagen RGB). Ocupa %3 valores · 4 bytes = %4 bytes (%5) en float32.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · totals&lt;/b&gt;&lt;br&gt;No totals: %2</source>
        <translation>&lt;b&gt;%1 · totales&lt;/b&gt;&lt;br&gt;Sin totales: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · parameters&lt;/b&gt;&lt;br&gt;The sum over all layers: &lt;b&gt;%2&lt;/b&gt; ≈ %3 parameters in %4 weight layers (conv and FC); pooling, LRN and soft-max add none.</source>
        <translation>&lt;b&gt;%1 · parámetros&lt;/b&gt;&lt;br&gt;La suma sobre todas las capas: &lt;b&gt;%2&lt;/b&gt; ≈ %3 parámetros en %4 capas con pesos (conv y FC); pooling, LRN y softmax no añaden ninguno.</translation>
    </message>
    <message>
        <source>The paper&apos;s Table 2 lists %1M.</source>
        <translation>La tabla 2 del artículo indica %1M.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · MACs&lt;/b&gt;&lt;br&gt;Multiply-accumulates for one %2 input: &lt;b&gt;%3&lt;/b&gt; ≈ %4. Most of them are in the early convolutions, most parameters in the first FC layer.</source>
        <translation>&lt;b&gt;%1 · MACs&lt;/b&gt;&lt;br&gt;Multiplicaciones-acumulaciones para una entrada de %2: &lt;b&gt;%3&lt;/b&gt; ≈ %4. La mayoría están en las primeras convoluciones; la mayoría de los parámetros, en la primera capa FC.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · activation memory&lt;/b&gt;&lt;br&gt;Every layer&apos;s output stored as float32 for one input: &lt;b&gt;%2 bytes&lt;/b&gt; (%3); the input itself adds %4 bytes.</source>
        <translation>&lt;b&gt;%1 · memoria de activaciones&lt;/b&gt;&lt;br&gt;La salida de cada capa guardada como float32 para una entrada: &lt;b&gt;%2 bytes&lt;/b&gt; (%3); la propia entrada añade %4 bytes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: type the output as H×W×D, e.g. 56x56x256. Use out = (in + 2·pad − k)/stride + 1 with k = %2, pad = %3, stride = %4; the depth is the number of filters.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: escribe la salida como Al×An×Pr, p. ej. 56x56x256. Usa out = (in + 2·pad − k)/stride + 1 con k = %2, pad = %3, stride = %4; la profundidad es el número de filtros.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: type the output as H×W×D. A %2×%2 max-pool with stride %3 uses out = (in − k)/stride + 1 and keeps the depth.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: escribe la salida como Al×An×Pr. Un max-pooling de %2×%2 con paso %3 usa out = (in − k)/stride + 1 y conserva la profundidad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: an FC layer&apos;s output is 1×1×units; type H×W×D or just the units.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: la salida de una capa FC es 1×1×unidades; escribe Al×An×Pr o solo las unidades.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: type the output as H×W×D.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: escribe la salida como Al×An×Pr.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: parameters = k·k·D&lt;sub&gt;in&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; weights + one bias per filter.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: parámetros = k·k·D&lt;sub&gt;in&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; pesos + un sesgo por filtro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: parameters = inputs·units weights + one bias per unit; the input is flattened first.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: parámetros = entradas·unidades pesos + un sesgo por unidad; antes se aplana la entrada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: does this layer have anything to learn?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: ¿tiene esta capa algo que aprender?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: MACs = H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: MACs = H&lt;sub&gt;out&lt;/sub&gt;·W&lt;sub&gt;out&lt;/sub&gt;·D&lt;sub&gt;out&lt;/sub&gt; · k·k·D&lt;sub&gt;in&lt;/sub&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: MACs = inputs·units.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: MACs = entradas·unidades.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: count only multiply-accumulates with weights.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: cuenta solo las multiplicaciones-acumulaciones con pesos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: r&lt;sub&gt;out&lt;/sub&gt; = r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·jump, where jump is the product of the strides before this layer; type the side of the window in input pixels.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: r&lt;sub&gt;out&lt;/sub&gt; = r&lt;sub&gt;in&lt;/sub&gt; + (k − 1)·salto, donde el salto es el producto de los pasos (strides) anteriores a esta capa; escribe el lado de la ventana en píxeles de entrada.</translation>
    </message>
</context>
<context>
    <name>archformat</name>
    <message>
        <source>✓ Correct.</source>
        <translation>✓ Correcto.</translation>
    </message>
    <message>
        <source>✗ Type the size as height×width×depth, for example 112x112x64.</source>
        <translation>✗ Escribe el tamaño como alto×ancho×profundidad, por ejemplo 112x112x64.</translation>
    </message>
    <message>
        <source>✗ Type a whole number, for example 73856.</source>
        <translation>✗ Escribe un número entero, por ejemplo 73856.</translation>
    </message>
    <message>
        <source>✗ The depth is right, the height and width are not: out = (in + 2·pad − k)/stride + 1.</source>
        <translation>✗ La profundidad es correcta, el alto y el ancho no: out = (in + 2·pad − k)/stride + 1.</translation>
    </message>
    <message>
        <source>✗ Height and width are right, the depth is not: a conv layer&apos;s depth is its number of filters; pooling, LRN and soft-max keep the depth.</source>
        <translation>✗ El alto y el ancho son correctos, la profundidad no: la profundidad de una capa conv es su número de filtros; pooling, LRN y softmax conservan la profundidad.</translation>
    </message>
    <message>
        <source>✗ Neither the height and width nor the depth is right.</source>
        <translation>✗ Ni el alto y el ancho ni la profundidad son correctos.</translation>
    </message>
    <message>
        <source>✗ That counts the weights only: add one bias per filter or unit.</source>
        <translation>✗ Eso cuenta solo los pesos: añade un sesgo por filtro o unidad.</translation>
    </message>
    <message>
        <source>✗ Too high.</source>
        <translation>✗ Demasiado alto.</translation>
    </message>
    <message>
        <source>✗ Too low.</source>
        <translation>✗ Demasiado bajo.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>convolve an input with a filter: the output map, or every step as JSON</source>
        <translation>convoluciona una entrada con un filtro: el mapa de salida, o cada paso en JSON</translation>
    </message>
    <message>
        <source>layer sizes, parameters and MACs of the VGG configurations</source>
        <translation>tamaños de capa, parámetros y MACs de las configuraciones VGG</translation>
    </message>
    <message>
        <source>vanishing or exploding gradients for a recurrent matrix W_hh</source>
        <translation>desvanecimiento o explosión del gradiente para una matriz recurrente W_hh</translation>
    </message>
    <message>
        <source>validate, list and convert question banks (JSON, Moodle GIFT)</source>
        <translation>valida, lista y convierte bancos de preguntas (JSON, Moodle GIFT)</translation>
    </message>
    <message>
        <source>Usage: dltutor [SUBCOMMAND [OPTIONS]]

With no arguments, opens the DL Tutor window.

Subcommands (each runs without a window and prints text or JSON):
</source>
        <translation>Uso: dltutor [SUBORDEN [OPCIONES]]

Sin argumentos, abre la ventana de DL Tutor.

Subórdenes (cada una se ejecuta sin ventana e imprime texto o JSON):
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
Opciones:
  -h, --help     muestra esta ayuda; &apos;dltutor SUBORDEN --help&apos; muestra las opciones de una suborden
  --version      imprime la versión
  --page ID      abre la ventana en un tema (conv, vgg, rnn, quiz, graph)

Estado de salida: 0 si todo va bien, 2 si la entrada es incorrecta (con una línea en stderr).
</translation>
    </message>
    <message>
        <source>unknown subcommand or option &apos;%1&apos;; run &apos;dltutor --help&apos; for the list</source>
        <translation>suborden u opción desconocida &apos;%1&apos;; ejecuta &apos;dltutor --help&apos; para ver la lista</translation>
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
        <translation>Uso: dltutor conv --input ARCHIVO --filter ARCHIVO [--stride S|SHxSW] [--padding P|PHxPW]
                  [--dilation D|DHxDW] [--mode correlation|convolution] [--json]

Desliza el filtro sobre la entrada e imprime el mapa de salida.

Opciones:
  --input ARCHIVO   la entrada: filas en líneas, valores separados por tabuladores, espacios o comas
                    (&apos;;&apos; también termina una fila); los canales de un volumen se separan con una línea en blanco
  --filter ARCHIVO  el filtro, en el mismo formato, con tantos canales como la entrada
                    ARCHIVO puede ser &apos;-&apos; para la entrada estándar (solo en uno de los dos)
  --stride S        el paso de la ventana: un número para ambos ejes o FILASxCOLS, p. ej. 2x1 (por defecto 1)
  --padding P       filas/columnas de ceros añadidas en cada lado, P o FILASxCOLS (por defecto 0)
  --dilation D      la separación entre las tomas del filtro, D o FILASxCOLS (por defecto 1 = sin huecos)
  --mode MODO       correlation (por defecto; lo que los frameworks de aprendizaje profundo llaman convolución)
                    o convolution (el filtro volteado en ambos ejes)
  --json            imprime la salida y cada paso del cálculo en JSON
  --help            muestra esta ayuda

Tamaño de salida por eje: floor((N + 2P - D*(K-1) - 1)/S) + 1. Cuando el paso deja un resto,
las últimas filas o columnas a las que nunca llega la ventana se descartan, como hacen los frameworks.

Salida de texto: la matriz de salida, una fila por línea, valores separados por tabuladores.

Salida JSON:
  {&quot;output&quot;: [[...], ...], &quot;output_height&quot;: H, &quot;output_width&quot;: W,
   &quot;steps&quot;: [{&quot;row&quot;: i, &quot;col&quot;: j, &quot;window&quot;: [[r, c], ...], &quot;products&quot;: [...], &quot;sum&quot;: v}, ...]}
  Un paso por celda de salida, en orden por filas; row, col y las posiciones de la ventana empiezan en 0.
  window[k] es la posición de entrada multiplicada por el k-ésimo peso del filtro y products[k] es
  ese producto; las posiciones fuera de la entrada (negativas o más allá del final) son ceros de relleno.
  Con C canales, window y products tienen C·Kh·Kw entradas, canal a canal.
  Cuando el recorrido necesitaría más de %1 multiplicaciones (celdas de salida × tomas del filtro),
  &quot;steps&quot; es null y solo se da la salida.

Límites: %2 filas o columnas por matriz, %3 canales.
Estado de salida: 0 si todo va bien, 2 si la entrada es incorrecta (una línea en stderr, nada en stdout).

Ejemplo: dltutor conv --input image.txt --filter edge.txt --padding 1 --json
</translation>
    </message>
    <message>
        <source>a whole number or ROWSxCOLS, e.g. 2 or 2x1</source>
        <translation>un número entero o FILASxCOLS, p. ej. 2 o 2x1</translation>
    </message>
    <message>
        <source>correlation or convolution</source>
        <translation>correlación o convolución</translation>
    </message>
    <message>
        <source>the RNN, LSTM or GRU cell&apos;s computational graph, folded or unrolled</source>
        <translation>el grafo computacional de la celda RNN, LSTM o GRU, plegado o desplegado</translation>
    </message>
    <message>
        <source>Usage: dltutor export KIND [OPTIONS] --out FILE.png

Renders without a window (offscreen) and writes a PNG image.

Kinds:
</source>
        <translation>Uso: dltutor export TIPO [OPCIONES] --out ARCHIVO.png

Dibuja sin ventana (fuera de pantalla) y escribe una imagen PNG.

Tipos:
</translation>
    </message>
    <message>
        <source>
&apos;dltutor export KIND --help&apos; shows the options of a kind.
</source>
        <translation>
&apos;dltutor export TIPO --help&apos; muestra las opciones de un tipo.
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
        <translation>Uso: dltutor export graph [--cell rnn|lstm|gru] [--steps N] [--unrolled] [--unshared]
                          [--scale S] --out ARCHIVO.png

Dibuja el grafo computacional de la celda y lo guarda como PNG.

  --cell C         rnn (por defecto), lstm o gru
  --steps N        pasos de tiempo τ del grafo desplegado, de 1 a 8 (por defecto 4)
  --unrolled       una copia de la celda por paso con parámetros compartidos (por defecto: la celda plegada)
  --unshared       desplegado, pero con copias separadas W(1), W(2), ... de cada parámetro
  --scale S        píxeles por punto, de 1 a 4 (por defecto 1)
  --out ARCHIVO    el PNG que se escribirá (obligatorio)
</translation>
    </message>
    <message>
        <source>rnn, lstm or gru</source>
        <translation>rnn, lstm o gru</translation>
    </message>
    <message>
        <source>a whole number from 1 to 8</source>
        <translation>un número entero de 1 a 8</translation>
    </message>
    <message>
        <source>a number from 1 to 4</source>
        <translation>un número de 1 a 4</translation>
    </message>
    <message>
        <source>a file name</source>
        <translation>un nombre de archivo</translation>
    </message>
    <message>
        <source>wrote %1 (%2 × %3 pixels)
</source>
        <translation>escrito %1 (%2 × %3 píxeles)
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
        <translation>Uso: dltutor quiz --validate --bank ARCHIVO
     dltutor quiz --list [--bank ARCHIVO] [--json]
     dltutor quiz --convert ENTRADA --out SALIDA

Bancos de preguntas: JSON ({&quot;format&quot;: &quot;dltutor-quiz&quot;, &quot;version&quot;: 1, &quot;questions&quot;: [...]}) o
Moodle GIFT (verdadero/falso, opción múltiple con una o varias respuestas, numéricas).

Opciones:
  --validate         comprueba ARCHIVO; imprime el número de preguntas por tipo, o cada problema encontrado
                     (una línea por problema en stderr, estado 2)
  --list             lista las preguntas de ARCHIVO, o del banco integrado sin --bank
  --json             con --list: [{&quot;id&quot;, &quot;topic&quot;, &quot;type&quot;, &quot;prompt&quot;, &quot;choices&quot;, &quot;answer&quot;}, ...]
  --bank ARCHIVO     el banco; .json es JSON, .gift o .txt es GIFT, si no decide el contenido;
                     &apos;-&apos; lee la entrada estándar
  --convert ENTRADA  convierte ENTRADA (.json, .gift o .txt) a SALIDA; las extensiones dan la dirección
  --out SALIDA       dónde escribe --convert (de forma atómica: si hay un error, el archivo anterior queda intacto)
  --help             muestra esta ayuda

Ejemplo: dltutor quiz --convert moodle.gift --out bank.json
</translation>
    </message>
    <message>
        <source> (and %1; run &apos;dltutor quiz --validate --bank FILE&apos; to see them all)</source>
        <translation> (y %1 más; ejecuta &apos;dltutor quiz --validate --bank ARCHIVO&apos; para verlos todos)</translation>
    </message>
    <message>
        <source>%1: valid, %2: %3
</source>
        <translation>%1: válido, %2: %3
</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;stdin&gt;</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>(untitled bank)</source>
        <translation>(banco sin título)</translation>
    </message>
    <message>
        <source>%1: wrote %2 to %3
</source>
        <translation>%1: escrito %2 en %3
</translation>
    </message>
    <message>
        <source>choose one of --validate, --list or --convert; see &apos;dltutor quiz --help&apos;</source>
        <translation>elige una de --validate, --list o --convert; consulta &apos;dltutor quiz --help&apos;</translation>
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
        <translation>Uso: dltutor rnn [--whh &quot;3.5 3.5; 3.5 3.5&quot; | --whh-file RUTA] [--activation sigmoid|tanh|relu|linear]
                 [--steps T] [--bias &quot;v1 v2&quot;] [--h0 &quot;v1 v2&quot;] [--loss-grad &quot;v1 v2&quot;] [--json]

Retropropaga un gradiente a través de T pasos de h_t = φ(W_hh·h_(t−1) + b) e indica si
se desvanece o explota: los valores propios y el radio espectral ρ de W_hh, su norma espectral σ_max,
γ = max|φ&apos;|, el veredicto y la norma del gradiente en cada paso hacia atrás junto a la cota
garantizada (γ·σ_max)^k·‖l‖ y la estimación del enunciado (γ·ρ)^k·‖l‖.

Opciones:
  --whh TEXTO        W_hh, filas separadas por &apos;;&apos; o saltos de línea (por defecto: todas las entradas 3.5, 2×2)
  --whh-file RUTA    lee W_hh de un archivo (&apos;-&apos; para la entrada estándar)
  --activation NOMBRE sigmoid (por defecto, γ = 1/4), tanh, relu o linear (γ = 1)
  --steps T          número de pasos, de 0 a 10000 (por defecto 50)
  --bias TEXTO       b, n números (por defecto todos 0)
  --h0 TEXTO         el estado inicial h_0, n números (por defecto todos 0)
  --loss-grad TEXTO  l = ∂L/∂h_T, n números (por defecto todos 1/√n)
  --json             imprime JSON: n, eigenvalues [[re, im], ...], spectral_radius, spectral_norm,
                     gamma, verdict, grad_norms, bound, estimate (T+1 valores cada uno, k = 0..T,
                     recortados en 1e300)
  --help             muestra esta ayuda

Ejemplo: dltutor rnn --whh &quot;3.5 3.5; 3.5 3.5&quot; --activation sigmoid --steps 20
</translation>
    </message>
    <message>
        <source>vanishing — γ·σ_max = %1 &lt; 1, so every gradient shrinks at least like %1^k (guaranteed; Pascanu, Mikolov &amp; Bengio 2013).</source>
        <translation>desvanecimiento — γ·σ_max = %1 &lt; 1, así que todo gradiente decrece al menos como %1^k (garantizado; Pascanu, Mikolov &amp; Bengio 2013).</translation>
    </message>
    <message>
        <source>exploding — γ·ρ = %1 &gt; 1, so the network is prone to exploding gradients (the seed&apos;s reasoning: up to %1 per step along the top eigenvector).</source>
        <translation>explosión — γ·ρ = %1 &gt; 1, así que la red es propensa a la explosión del gradiente (el razonamiento del enunciado: hasta %1 por paso a lo largo del vector propio principal).</translation>
    </message>
    <message>
        <source>borderline — γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2, so neither vanishing nor exploding is guaranteed.</source>
        <translation>caso límite — γ·ρ = %1 ≤ 1 ≤ γ·σ_max = %2, así que no está garantizado ni el desvanecimiento ni la explosión.</translation>
    </message>
    <message>
        <source>W_hh is %1×%1, activation %2, T = %3 steps
</source>
        <translation>W_hh es %1×%1, activación %2, T = %3 pasos
</translation>
    </message>
    <message>
        <source>Eigenvalues (largest modulus first):
</source>
        <translation>Valores propios (de mayor a menor módulo):
</translation>
    </message>
    <message>
        <source>eigenvector %1</source>
        <translation>vector propio %1</translation>
    </message>
    <message>
        <source>  … and %1 more (--json lists all)
</source>
        <translation>  … y %1 más (--json los lista todos)
</translation>
    </message>
    <message>
        <source>Spectral radius   ρ = %1
</source>
        <translation>Radio espectral   ρ = %1
</translation>
    </message>
    <message>
        <source>Spectral norm     σ_max = %1
</source>
        <translation>Norma espectral   σ_max = %1
</translation>
    </message>
    <message>
        <source>γ = max|φ&apos;|       %1
</source>
        <translation>γ = max|φ&apos;|       %1
</translation>
    </message>
    <message>
        <source>Seed&apos;s estimate   γ·ρ = %1 per step
</source>
        <translation>Estimación del enunciado  γ·ρ = %1 por paso
</translation>
    </message>
    <message>
        <source>Guaranteed bound  γ·σ_max = %1 per step
</source>
        <translation>Cota garantizada  γ·σ_max = %1 por paso
</translation>
    </message>
    <message>
        <source>Verdict: %1
</source>
        <translation>Veredicto: %1
</translation>
    </message>
    <message>
        <source>W_hh is not normal (σ_max = %1 &gt; ρ = %2): the guaranteed bound lies above the estimate, and the gradient can grow for a while even when γ·ρ &lt; 1.
</source>
        <translation>W_hh no es normal (σ_max = %1 &gt; ρ = %2): la cota garantizada queda por encima de la estimación, y el gradiente puede crecer durante un tiempo incluso cuando γ·ρ &lt; 1.
</translation>
    </message>
    <message>
        <source>Actual run: ‖∂L/∂h_0‖ = %1 after %2 steps back, × %3 per step on average; mean φ&apos;(a_T) = %4.
</source>
        <translation>Ejecución real: ‖∂L/∂h_0‖ = %1 tras %2 pasos hacia atrás, × %3 por paso de media; φ&apos;(a_T) medio = %4.
</translation>
    </message>
    <message>
        <source>The units saturate (φ&apos; is small where |a| is large), so the actual gradient vanishes although γ·ρ &gt; 1: the estimate assumes φ&apos; = γ at every step.
</source>
        <translation>Las unidades se saturan (φ&apos; es pequeña donde |a| es grande), así que el gradiente real se desvanece aunque γ·ρ &gt; 1: la estimación supone φ&apos; = γ en cada paso.
</translation>
    </message>
    <message>
        <source>The forward states grew past about 1e300 at step %1 and were clipped from there on.
</source>
        <translation>Los estados hacia delante superaron aproximadamente 1e300 en el paso %1 y se recortaron a partir de ahí.
</translation>
    </message>
    <message>
        <source>Gradient norm k steps back from T (‖∂L/∂h_(T−k)‖):
</source>
        <translation>Norma del gradiente k pasos hacia atrás desde T (‖∂L/∂h_(T−k)‖):
</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>real</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>cota</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>estimación</translation>
    </message>
    <message>
        <source>  (%1 of %2 rows; --json gives all)
</source>
        <translation>  (%1 de %2 filas; --json las da todas)
</translation>
    </message>
    <message>
        <source>a whole number of steps from 0 to 10000</source>
        <translation>un número entero de pasos de 0 a 10000</translation>
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
        <translation>Uso: dltutor vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers &quot;C3D64 M ...&quot;] [--json]

Calcula el tamaño de salida de cada capa (H×W×D), los parámetros (pesos + sesgos), las multiplicaciones-acumulaciones,
el campo receptivo y la memoria de activaciones en float32 de las configuraciones ConvNet de la tabla 1 de
Simonyan &amp; Zisserman (2014), y los totales de cada columna.

Opciones:
  --config NOMBRE  A, A-LRN, B, C, D (VGG16, por defecto), E, o all para las seis en el orden del artículo
  --input HxWxC    el volumen de entrada (por defecto 224x224x3)
  --layers TEXTO   una columna personalizada en lugar de --config, en la misma notación:
                     C3D64   convolución 3×3, 64 filtros, paso 1, relleno 1 (conserva el tamaño)
                     C1D256  convolución 1×1, relleno 0
                     C11D96S4P0  cualquier núcleo, con S&lt;paso&gt; y P&lt;relleno&gt;
                     LRN     normalización de respuesta local (sin parámetros, mismo tamaño)
                     M       max-pooling 2×2, paso 2 (M3S2: 3×3, paso 2)
                     FC4096  totalmente conectada; el volumen que la alimenta se aplana
                     S       softmax
  --json           imprime JSON: un objeto por columna (una lista con --config all)
  --help           muestra esta ayuda

Ejemplo: dltutor vgg --input 32x32x3 --layers &quot;C3D32 C3D32 M C3D64 M FC10 S&quot;
</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>capa</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>output</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>params</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>RF</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>memory (bytes)</source>
        <translation>memoria (bytes)</translation>
    </message>
    <message>
        <source>Custom column</source>
        <translation>Columna personalizada</translation>
    </message>
    <message>
        <source>Configuration %1</source>
        <translation>Configuración %1</translation>
    </message>
    <message>
        <source>%1, input %2, weight layers: %3

</source>
        <translation>%1, entrada %2, capas con pesos: %3

</translation>
    </message>
    <message>
        <source>Total parameters: %1 (%2)
</source>
        <translation>Parámetros totales: %1 (%2)
</translation>
    </message>
    <message>
        <source>Total MACs:       %1 (%2)
</source>
        <translation>MACs totales:       %1 (%2)
</translation>
    </message>
    <message>
        <source>Activations:      %1 bytes in float32 (%2); the input adds %3 bytes
</source>
        <translation>Activaciones:       %1 bytes en float32 (%2); la entrada añade %3 bytes
</translation>
    </message>
    <message>
        <source>Summary, input %1

</source>
        <translation>Resumen, entrada %1

</translation>
    </message>
    <message>
        <source>config</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>weight layers</source>
        <translation>capas con pesos</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>parámetros</translation>
    </message>
    <message>
        <source>one of A, A-LRN, B, C, D, E or all</source>
        <translation>uno de A, A-LRN, B, C, D, E o all</translation>
    </message>
    <message>
        <source>configuration %1: </source>
        <translation>configuración %1: </translation>
    </message>
    <message>
        <source>--page needs one of: %1</source>
        <translation>--page necesita uno de: %1</translation>
    </message>
    <message>
        <source>render to PNG without a window (conv, vgg, rnn, graph, app)</source>
        <translation>dibuja en PNG sin ventana (conv, vgg, rnn, graph, app)</translation>
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
        <translation>Uso: dltutor export app --page conv|vgg|rnn|quiz|graph [--session ARCHIVO] --out ARCHIVO.png
                        [--scale S] [--transparent]

Dibuja toda la ventana de DL Tutor (%1×%2 puntos) mostrando una página de tema, tal como la ve una persona.

  --page ID          el tema que se muestra
  --session ARCHIVO  abre antes esta sesión guardada (las entradas de todas las páginas)
  --out ARCHIVO      el PNG que se escribirá (obligatorio)
  --scale S          píxeles por punto, de 1 a 4 (por defecto 1)
  --transparent      sin fondo de ventana

Ejemplo: dltutor export app --page conv --out window.png
</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>one step, every step (a folder) or the worked solution sheet of a convolution</source>
        <translation>un paso, todos los pasos (una carpeta) o la hoja de solución desarrollada de una convolución</translation>
    </message>
    <message>
        <source>the whole VGG layer-sizes table</source>
        <translation>toda la tabla de tamaños de capa de VGG</translation>
    </message>
    <message>
        <source>the gradient-norm plot with its explanation</source>
        <translation>el gráfico de la norma del gradiente con su explicación</translation>
    </message>
    <message>
        <source>the whole window showing one topic page</source>
        <translation>toda la ventana mostrando una página de tema</translation>
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
        <translation>Uso: dltutor export conv --input ARCHIVO --filter ARCHIVO [--stride S] [--padding P] [--dilation D]
                         [--mode correlation|convolution]
                         (--step N | --all-steps DIR | --sheet) [--out ARCHIVO.png] [--scale S] [--transparent]

Dibuja la convolución en PNG: un paso con la ventana marcada sobre la entrada, la salida hasta ese momento y la
aritmética del paso; todos los pasos en una carpeta; o la solución desarrollada en una sola hoja.

  --input, --filter, --stride, --padding, --dilation, --mode
                  el problema, como en &apos;dltutor conv&apos; (consulta &apos;dltutor conv --help&apos;)
  --step N        dibuja el paso N (1 = la primera celda de salida, fila a fila)
  --all-steps DIR escribe step-001.png, step-002.png, ... en DIR (se crea si falta; su carpeta madre debe existir);
                  los números tienen tantas cifras como el número de pasos, al menos 3
  --sheet         la hoja de solución desarrollada: entrada y filtro, la fórmula del tamaño de salida con números,
                  la aritmética de cada paso y la matriz de salida, en columnas cuando hay muchos pasos
  --out ARCHIVO   el PNG que se escribirá (con --step o --sheet)
  --scale S       píxeles por punto, de 1 a 4 (por defecto 1; 2 para diapositivas e impresión)
  --transparent   fondo transparente en lugar de blanco

Estado de salida: 0 si todo va bien, 2 si la entrada es incorrecta o una ruta no se puede escribir (no queda nada a medio escribir).

Ejemplo: dltutor export conv --input image.txt --filter edge.txt --sheet --scale 2 --out solution.png
</translation>
    </message>
    <message>
        <source>a step number, 1 for the first</source>
        <translation>un número de paso, 1 para el primero</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>wrote %1 images (%2 … %3) to %4
</source>
        <translation>escritas %1 imágenes (%2 … %3) en %4
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
        <translation>Uso: dltutor export rnn [--whh &quot;3.5 3.5; 3.5 3.5&quot; | --whh-file RUTA] [--activation sigmoid|tanh|relu|linear]
                        [--steps T] [--bias &quot;v1 v2&quot;] [--h0 &quot;v1 v2&quot;] [--loss-grad &quot;v1 v2&quot;]
                        --out ARCHIVO.png [--scale S] [--transparent]

Dibuja la norma del gradiente retropropagado frente a los pasos hacia atrás (real, cota garantizada, estimación
del enunciado) con la explicación desarrollada debajo, como en la página «Desvanecimiento/explosión del gradiente».

  --whh ... --loss-grad   el análisis, como en &apos;dltutor rnn&apos; (consulta &apos;dltutor rnn --help&apos;)
  --out ARCHIVO           el PNG que se escribirá (obligatorio)
  --scale S               píxeles por punto, de 1 a 4 (por defecto 1)
  --transparent           fondo transparente en lugar de blanco

Ejemplo: dltutor export rnn --activation tanh --steps 30 --scale 2 --out gradient.png
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
        <translation>Uso: dltutor export vgg [--config A|A-LRN|B|C|D|E|all] [--input HxWxC] [--layers &quot;C3D64 M ...&quot;]
                        --out ARCHIVO.png [--scale S] [--transparent]

Dibuja en PNG la tabla de tamaños de capa de VGG de la página «Tamaños de capa de VGG»: todas las filas y columnas,
no solo lo que cabe en una ventana.

  --config NOMBRE  una configuración, o las seis una al lado de otra (por defecto, como en la página)
  --input HxWxC    el volumen de entrada (por defecto 224x224x3)
  --layers TEXTO   en su lugar, una columna personalizada, en la notación de &apos;dltutor vgg --help&apos;
  --out ARCHIVO    el PNG que se escribirá (obligatorio)
  --scale S        píxeles por punto, de 1 a 4 (por defecto 1)
  --transparent    fondo transparente en lugar de blanco

Ejemplo: dltutor export vgg --config D --scale 2 --out vgg16.png
</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizada</translation>
    </message>
    <message>
        <source>--session needs a session file</source>
        <translation>--session necesita un archivo de sesión</translation>
    </message>
</context>
<context>
    <name>graphtext</name>
    <message>
        <source>shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copia</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>initial</source>
        <translation>inicial</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>retardo</translation>
    </message>
    <message>
        <source>matmul</source>
        <translation>matmul</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
</context>
<context>
    <name>imagedemo::ConvTabs</name>
    <message>
        <source>Convolution views</source>
        <translation>Vistas de la convolución</translation>
    </message>
    <message>
        <source>Step through</source>
        <translation>Paso a paso</translation>
    </message>
    <message>
        <source>Work through the convolution one window at a time</source>
        <translation>Recorre la convolución una ventana cada vez</translation>
    </message>
    <message>
        <source>Apply the same filter to a photo and see the feature map</source>
        <translation>Aplica el mismo filtro a una foto y mira el mapa de características</translation>
    </message>
    <message>
        <source>Switch between stepping through the convolution and the image demo</source>
        <translation>Cambia entre recorrer la convolución paso a paso y la demostración con imagen</translation>
    </message>
    <message>
        <source>Step through: one window at a time. Image demo: the same filter on a photo</source>
        <translation>Paso a paso: una ventana cada vez. Demostración con imagen: el mismo filtro sobre una foto</translation>
    </message>
    <message>
        <source>&amp;Image demo</source>
        <translation>Demostración con &amp;imagen</translation>
    </message>
</context>
</TS>
