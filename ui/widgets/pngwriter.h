#pragma once

class QImage;
class QIODevice;

/**
 * Writes image to device as a PNG, about twice as fast as QImage::save: every row gets the "Up"
 * filter and the pixels go through zlib at level 1 (qCompress). Qt's writer hands the rows to
 * libpng, which tries all five filters on every row and keeps the best, more than half of its
 * time (1280×820 main window: 16–23 ms there). The pixels are the same: 8 bits per channel, RGB
 * when the image has no alpha channel, RGBA with straight alpha otherwise; the resolution (pHYs)
 * is kept. Files come out a few per cent larger.
 * Images with a colour space or text keys, and very large ones (whose filtered copy would not be
 * worth holding in memory), are handed to Qt's writer at the same zlib level.
 * False when the image is null or the device fails; the device may then hold part of a file
 * (savePng writes through QSaveFile, which discards it).
 */
bool writePng(const QImage &image, QIODevice *device);
