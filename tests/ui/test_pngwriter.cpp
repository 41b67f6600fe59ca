// writePng (ui/widgets/pngwriter.h): the PNG every export writes. The pixels read back must be
// exactly the image's (straight alpha for transparent images, as Qt's own writer stores them), and
// the file must be what the header promises: zlib level 1, the "Up" filter on every row, and
// chunks whose CRCs a bit-by-bit CRC-32 (written here independently of the writer's table) accepts.

#include "widgets/graphrender.h"
#include "widgets/pngwriter.h"

#include <QBuffer>
#include <QColorSpace>
#include <QImage>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

namespace {

// A deterministic picture with every channel varying: red with x, green with y, blue with both.
QImage opaqueImage(int w, int h)
{
    QImage img(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            img.setPixel(x, y, qRgb((x * 7) % 256, (y * 11) % 256, (x * y) % 256));
    return img;
}

QByteArray encoded(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writePng(image, &buffer))
        return {};
    return buffer.data();
}

struct Chunk {
    QByteArray type;
    QByteArray data;
    quint32 crc = 0;
};

// The chunks after the 8-byte signature: length (4, big-endian), type (4), data, CRC (4).
QList<Chunk> chunks(const QByteArray &png)
{
    QList<Chunk> out;
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(png.constData() + at);
        if (at + 12 + qsizetype(length) > png.size())
            break; // truncated: the callers' size checks then fail
        out.append({png.mid(at + 4, 4), png.mid(at + 8, qsizetype(length)),
                    qFromBigEndian<quint32>(png.constData() + at + 8 + length)});
        at += 12 + qsizetype(length);
    }
    return out;
}

QByteArray chunkData(const QList<Chunk> &list, const char *type)
{
    QByteArray all;
    for (const Chunk &c : list)
        if (c.type == type)
            all += c.data;
    return all;
}

// CRC-32 of the PNG specification computed bit by bit, without a table.
quint32 bitwiseCrc(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (char ch : bytes) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

} // namespace

class TestPngWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opaqueImageReadsBackExactly()
    {
        const QImage source = opaqueImage(37, 23);
        const QByteArray png = encoded(source);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const QByteArray ihdr = chunkData(chunks(png), "IHDR");
        QCOMPARE(ihdr.size(), 13);
        QCOMPARE(qFromBigEndian<quint32>(ihdr.constData()), 37u);
        QCOMPARE(qFromBigEndian<quint32>(ihdr.constData() + 4), 23u);
        QCOMPARE(int(ihdr[8]), 8); // bits per channel
        QCOMPARE(int(ihdr[9]), 2); // colour type 2: RGB, no alpha
        const QImage back = QImage::fromData(png, "PNG");
        QCOMPARE(back.size(), source.size());
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), source);
    }

    void transparentImageKeepsStraightAlpha()
    {
        // Premultiplied, as the exports paint them; alpha 0, 1, 127 and 255 in turn.
        QImage source(16, 4, QImage::Format_ARGB32);
        const int alphas[] = {0, 1, 127, 255};
        for (int y = 0; y < 4; ++y)
            for (int x = 0; x < 16; ++x)
                source.setPixel(x, y, qRgba(16 * x, 255 - 16 * x, 60 * y, alphas[(x + y) % 4]));
        const QImage premultiplied = source.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        const QByteArray png = encoded(premultiplied);
        QCOMPARE(int(chunkData(chunks(png), "IHDR")[9]), 6); // colour type 6: RGBA
        const QImage back = QImage::fromData(png, "PNG").convertToFormat(QImage::Format_ARGB32);
        // What was stored is the premultiplied image made straight again, as Qt's writer does.
        QCOMPARE(back, premultiplied.convertToFormat(QImage::Format_ARGB32));
        QBuffer qtBuffer;
        qtBuffer.open(QIODevice::WriteOnly);
        QVERIFY(premultiplied.save(&qtBuffer, "PNG"));
        QCOMPARE(back, QImage::fromData(qtBuffer.data(), "PNG").convertToFormat(QImage::Format_ARGB32));
    }

    void everyRowUsesTheUpFilterAtLevelOne()
    {
        const int w = 29, h = 11;
        const QByteArray png = encoded(opaqueImage(w, h));
        const QByteArray idat = chunkData(chunks(png), "IDAT");
        // The zlib header (RFC 1950): CMF's low nibble 8 is deflate; FLG's top two bits, FLEVEL,
        // are 0 ("fastest") only for levels 0 and 1; CMF·256 + FLG is a multiple of 31.
        const int cmf = quint8(idat[0]), flg = quint8(idat[1]);
        QCOMPARE(cmf & 0x0f, 8);
        QCOMPARE(flg >> 6, 0);
        QCOMPARE((cmf * 256 + flg) % 31, 0);
        // Inflated: h rows of one filter byte and w RGB pixels; filter type 2 is "Up".
        const int rowBytes = 1 + 3 * w;
        QByteArray sized(4, '\0');
        qToBigEndian<quint32>(quint32(h * rowBytes), sized.data());
        const QByteArray raw = qUncompress(sized + idat);
        QCOMPARE(raw.size(), h * rowBytes);
        for (int y = 0; y < h; ++y)
            QCOMPARE(int(raw[y * rowBytes]), 2);
    }

    void everyChunkHasTheRightCrcAndTheFileEnds()
    {
        QImage source = opaqueImage(300, 200);
        source.setDotsPerMeterX(3780);
        source.setDotsPerMeterY(3780);
        const QByteArray png = encoded(source);
        const QList<Chunk> list = chunks(png);
        QStringList types;
        qsizetype bytes = 8;
        for (const Chunk &c : list) {
            QCOMPARE(c.crc, bitwiseCrc(c.type + c.data));
            types << QString::fromLatin1(c.type);
            bytes += 12 + c.data.size();
        }
        QCOMPARE(bytes, png.size()); // nothing after IEND, no truncated chunk
        QCOMPARE(types.first(), QStringLiteral("IHDR"));
        QCOMPARE(types.last(), QStringLiteral("IEND"));
        QVERIFY(types.contains(QStringLiteral("pHYs")) && types.contains(QStringLiteral("IDAT")));
        // The well-known CRC of "IEND" with no data: AE 42 60 82.
        QCOMPARE(png.right(4), QByteArray("\xae\x42\x60\x82", 4));
    }

    void aWindowSizedPictureReadsBackExactly()
    {
        // 1280×820 like the main window, with noise so that nothing compresses away.
        QImage source(1280, 820, QImage::Format_RGB32);
        quint32 state = 12345;
        for (int y = 0; y < source.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(source.scanLine(y));
            for (int x = 0; x < source.width(); ++x) {
                state = state * 1664525u + 1013904223u; // a linear congruential generator
                line[x] = qRgb(int(state >> 24), (x + y) % 256, (x * 3) % 256);
            }
        }
        QCOMPARE(QImage::fromData(encoded(source), "PNG").convertToFormat(QImage::Format_RGB32), source);
    }

    void keepsTheResolution()
    {
        QImage source = opaqueImage(5, 5);
        source.setDotsPerMeterX(5905); // 150 dpi
        source.setDotsPerMeterY(3937); // 100 dpi
        const QImage back = QImage::fromData(encoded(source), "PNG");
        QCOMPARE(back.dotsPerMeterX(), 5905);
        QCOMPARE(back.dotsPerMeterY(), 3937);
    }

    void colourSpaceAndTextGoThroughQtsWriter()
    {
        QImage source = opaqueImage(6, 4);
        source.setColorSpace(QColorSpace::SRgb);
        source.setText(QStringLiteral("Title"), QStringLiteral("DL Tutor"));
        const QImage back = QImage::fromData(encoded(source), "PNG");
        QCOMPARE(back.convertToFormat(QImage::Format_RGB32), source.convertToFormat(QImage::Format_RGB32));
        QCOMPARE(back.colorSpace(), QColorSpace(QColorSpace::SRgb));
        QCOMPARE(back.text(QStringLiteral("Title")), QStringLiteral("DL Tutor"));
    }

    void failuresReturnFalse()
    {
        QVERIFY(!writePng(QImage(), nullptr));
        QBuffer empty;
        empty.open(QIODevice::WriteOnly);
        QVERIFY(!writePng(QImage(), &empty));
        QCOMPARE(empty.size(), 0);
        QByteArray bytes;
        QBuffer readOnly(&bytes);
        readOnly.open(QIODevice::ReadOnly); // every write fails
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("ReadOnly device")));
        QVERIFY(!writePng(opaqueImage(8, 8), &readOnly));
    }

    void savePngWritesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.png"));
        const QImage source = opaqueImage(40, 30);
        QVERIFY(savePng(source, path).ok());
        QCOMPARE(QImage(path).convertToFormat(QImage::Format_RGB32), source);
    }
};

QTEST_MAIN(TestPngWriter)
#include "test_pngwriter.moc"
