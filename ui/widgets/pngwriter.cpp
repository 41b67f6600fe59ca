#include "pngwriter.h"

#include <QByteArray>
#include <QColorSpace>
#include <QIODevice>
#include <QImage>
#include <QtEndian>

#include <array>
#include <vector>

namespace {

// Beyond this many pixels the filtered copy (3–4 bytes a pixel) plus its compressed form are
// left to Qt's writer, which streams row by row.
constexpr qint64 kLargestInMemory = 16'000'000;
// IDAT chunks of at most this many bytes (any size up to 2^31 − 1 is valid; smaller is kinder
// to readers that buffer a chunk).
constexpr qsizetype kIdatChunk = 1 << 20;

// CRC-32 as the PNG specification defines it (polynomial 0xEDB88320, reflected; Annex D).
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

quint32 crc32(quint32 crc, const char *data, qsizetype length)
{
    const auto &t = crcTable();
    for (qsizetype i = 0; i < length; ++i)
        crc = t[(crc ^ quint8(data[i])) & 0xff] ^ (crc >> 8);
    return crc;
}

// length (4 bytes, big-endian), type, data, CRC of type and data.
void appendChunk(QByteArray &out, const char (&type)[5], const char *data, qsizetype length)
{
    char word[4];
    qToBigEndian<quint32>(quint32(length), word);
    out.append(word, 4);
    out.append(type, 4);
    out.append(data, length);
    quint32 crc = crc32(0xffffffffu, type, 4);
    crc = crc32(crc, data, length) ^ 0xffffffffu;
    qToBigEndian<quint32>(crc, word);
    out.append(word, 4);
}

} // namespace

bool writePng(const QImage &image, QIODevice *device)
{
    if (image.isNull() || !device)
        return false;
    const qint64 pixelCount = qint64(image.width()) * image.height();
    if (image.colorSpace().isValid() || !image.textKeys().isEmpty() || pixelCount > kLargestInMemory)
        return image.save(device, "PNG", 80); // 80 is zlib level 1 in Qt's writer too

    // Rows become R, G, B(, A) bytes one at a time (a whole converted copy would add 3–4 bytes a
    // pixel to the peak memory); ARGB32 holds straight alpha, as PNG wants (converting a
    // premultiplied image to it divides the alpha out).
    const bool alpha = image.hasAlphaChannel();
    const QImage pixels = image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    const int width = pixels.width(), height = pixels.height();
    const int channels = alpha ? 4 : 3;
    const qsizetype rowBytes = qsizetype(width) * channels;
    std::vector<uchar> current(static_cast<size_t>(rowBytes));
    std::vector<uchar> above(static_cast<size_t>(rowBytes), 0);

    // The filtered rows: one filter-type byte (2, "Up": each byte minus the byte above it,
    // modulo 256; above the first row is zero), then the row.
    QByteArray filtered(height * (rowBytes + 1), Qt::Uninitialized);
    char *out = filtered.data();
    for (int y = 0; y < height; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(pixels.constScanLine(y));
        uchar *c = current.data();
        for (int x = 0; x < width; ++x, c += channels) {
            c[0] = uchar(qRed(line[x]));
            c[1] = uchar(qGreen(line[x]));
            c[2] = uchar(qBlue(line[x]));
            if (alpha)
                c[3] = uchar(qAlpha(line[x]));
        }
        *out++ = 2;
        auto *dst = reinterpret_cast<uchar *>(out);
        for (qsizetype i = 0; i < rowBytes; ++i)
            dst[i] = uchar(current[size_t(i)] - above[size_t(i)]);
        out += rowBytes;
        current.swap(above);
    }
    // qCompress: a 4-byte length, then a zlib stream (RFC 1950), which is what IDAT holds.
    QByteArray zlib = qCompress(filtered, 1);
    if (zlib.size() <= 4)
        return false;
    filtered = QByteArray();

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.reserve(zlib.size() + 128);
    char ihdr[13];
    qToBigEndian<quint32>(quint32(width), ihdr);
    qToBigEndian<quint32>(quint32(height), ihdr + 4);
    ihdr[8] = 8;              // bits per channel
    ihdr[9] = alpha ? 6 : 2;  // colour type: RGBA or RGB
    ihdr[10] = ihdr[11] = ihdr[12] = 0; // deflate, adaptive filtering, no interlace
    appendChunk(png, "IHDR", ihdr, 13);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        char phys[9];
        qToBigEndian<quint32>(quint32(image.dotsPerMeterX()), phys);
        qToBigEndian<quint32>(quint32(image.dotsPerMeterY()), phys + 4);
        phys[8] = 1; // unit: metre
        appendChunk(png, "pHYs", phys, 9);
    }
    for (qsizetype at = 4; at < zlib.size(); at += kIdatChunk)
        appendChunk(png, "IDAT", zlib.constData() + at, std::min(kIdatChunk, zlib.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return device->write(png) == png.size();
}
