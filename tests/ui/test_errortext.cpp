#include "common/error.h"
#include "text/errortext.h"

#include <QtTest>

class TestErrorText : public QObject
{
    Q_OBJECT

private slots:
    void substitutesNamedArguments()
    {
        dlt::Error e("cli.missing_value");
        e.with("option", std::string("--input"));
        QCOMPARE(errorText(e), QStringLiteral("option '--input' needs a value"));
    }

    void unknownKeyStillReadable()
    {
        dlt::Error e("no.such_key");
        e.with("where", std::string("here"));
        QCOMPARE(errorText(e), QStringLiteral("no.such_key (where=here)"));
    }

    void missingArgumentLeavesPlaceholderVisible()
    {
        dlt::Error e("cli.missing_value");
        QCOMPARE(errorText(e), QStringLiteral("option '%{option}' needs a value"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "test_errortext.moc"
