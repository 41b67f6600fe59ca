// Every conv.* key of core/conv/conv.h has a sentence, with each argument substituted.

#include "common/error.h"
#include "conv/conv.h"
#include "text/errortext.h"

#include <QtTest>

class TestConvErrors : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyHasASentence_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad_stride") << "conv.bad_stride" << QStringList{"axis", "rows", "value", "0"}
                                    << "the stride for rows must be a whole number from 1 to 8192, not 0";
        QTest::newRow("bad_dilation") << "conv.bad_dilation" << QStringList{"axis", "cols", "value", "-2"}
                                      << "the dilation for cols must be a whole number from 1 to 8192, not -2";
        QTest::newRow("bad_padding") << "conv.bad_padding" << QStringList{"axis", "rows", "value", "-1"}
                                     << "the padding for rows must be a whole number from 0 to 8192, not -1";
        QTest::newRow("filter_too_large")
            << "conv.filter_too_large" << QStringList{"axis", "rows", "effective", "9", "padded", "7"}
            << "the filter does not fit along rows: its dilated size 9 is larger than the padded input size 7; "
               "add padding, lower the dilation or use a smaller filter";
        QTest::newRow("empty") << "conv.empty" << QStringList{"which", "filter"} << "the filter is empty";
        QTest::newRow("too_large") << "conv.too_large" << QStringList{"which", "input", "rows", "9000", "cols", "3", "max", "8192"}
                                   << "the input is 9000×3, larger than the limit of 8192 per side";
        QTest::newRow("too_many_channels")
            << "conv.too_many_channels" << QStringList{"which", "input", "channels", "600", "max", "512"}
            << "the input has 600 channels; the limit is 512";
        QTest::newRow("channel_shape") << "conv.channel_shape" << QStringList{"which", "filter", "channel", "2"}
                                       << "channel 2 of the filter is not the same size as channel 1";
        QTest::newRow("not_finite")
            << "conv.not_finite" << QStringList{"which", "input", "channel", "1", "row", "2", "col", "3"}
            << "the input holds a value that is not a finite number (channel 1, row 2, column 3)";
        QTest::newRow("channel_mismatch") << "conv.channel_mismatch" << QStringList{"input", "3", "filter", "1"}
                                          << "the input has 3 channel(s) but the filter has 1; every input channel "
                                             "needs its own filter channel";
        QTest::newRow("trace_too_large") << "conv.trace_too_large" << QStringList{"taps", "5000000", "max", "4000000"}
                                         << "a step-by-step trace would need 5000000 multiplications, more than the "
                                            "limit of 4000000";
    }

    void everyKeyHasASentence()
    {
        QFETCH(QString, key);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        dlt::Error e(key.toStdString());
        for (qsizetype i = 0; i + 1 < args.size(); i += 2)
            e.with(args[i].toStdString(), args[i + 1].toStdString());
        QCOMPARE(errorText(e), expected);
    }

    void coreErrorsReadWell()
    {
        // A real error from core, not a hand-made one: dilation 4 spreads 3 taps over 9 > 7 rows.
        dlt::conv::Spec spec;
        spec.dilation = {4, 1};
        const auto r = dlt::conv::trace({dlt::conv::seedInput()}, {dlt::conv::presetKernel(dlt::conv::Preset::SobelX)}, spec);
        QVERIFY(!r);
        QVERIFY(errorText(r.error()).startsWith(QStringLiteral("the filter does not fit along rows: its dilated size 9")));
    }
};

QTEST_GUILESS_MAIN(TestConvErrors)
#include "test_converrors.moc"
