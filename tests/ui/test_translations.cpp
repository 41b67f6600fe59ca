// The committed translations (translations/dltutor_<lang>.ts), two checks:
//  completeness: nothing unfinished, obsolete or vanished; every numerus message has the
//    language's number of forms; placeholders (%1, %n, %{name}), HTML tags and the '&'
//    accelerator survive in every translation.
//  staleness: lupdate run on today's sources (into a temporary copy) finds no string that the
//    committed .ts files lack, and the .ts files hold no string the sources no longer have.
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per numerus form
    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
};

struct TsFile {
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = f.errorString();
        return ts;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ts.messages.append(Message{});
            current = &ts.messages.last();
            current->context = context;
            current->numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (current && name == QLatin1String("source")) {
            current->source = xml.readElementText();
        } else if (current && name == QLatin1String("comment")) {
            current->comment = xml.readElementText();
        } else if (current && name == QLatin1String("translation")) {
            current->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current->numerus)
                current->translations << xml.readElementText();
        } else if (current && name == QLatin1String("numerusform")) {
            current->translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(DLTUTOR_SOURCE_DIR "/translations"));
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("dltutor_*.ts")}, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

// Placeholders: %1..%99 (with an optional L), %n, %Ln, and the named %{arg} of ErrorText.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(%L?(?:\d{1,2}|n)|%\{[A-Za-z_][A-Za-z0-9_]*\})"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

// HTML tag names, sorted: <b>, </b>, <br>, <table>, <sub>, ... (not notation such as C<size>D<filters>).
QStringList tags(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(
        R"(</?(b|i|u|s|br|p|sub|sup|span|table|tr|td|th|h[1-6]|a|code|tt|small|big|font|ul|ol|li|pre|hr|div|em|strong|img|nobr)\b[^<>]*>)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        out << (m.captured().startsWith(QLatin1String("</")) ? QLatin1String("/") : QString()) + m.captured(1).toLower();
    }
    out.sort();
    return out;
}

// A '&' followed by a letter or digit (not "&&", not an entity such as "&amp;").
bool hasAccelerator(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"((?<!&)&(?!&)(?![a-z]+;|#\d+;)\w)"));
    return re.match(s).hasMatch();
}

int numerusForms(const QString &language)
{
    // Qt's plural rules (lrelease): Spanish singular/plural, Chinese a single form.
    static const QMap<QString, int> forms{{QStringLiteral("es"), 2}, {QStringLiteral("zh_CN"), 1},
                                          {QStringLiteral("de"), 2}, {QStringLiteral("fr"), 2}};
    return forms.value(language, -1);
}

const char *kFix = "Fix: scripts/update-translations.sh, then translate the new entries "
                   "(see translations/README.md)";

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void completeness_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = tsFiles();
        QVERIFY2(files.size() >= 2, "expected translations/dltutor_es.ts and dltutor_zh_CN.ts");
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }

    void completeness()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        const int forms = numerusForms(ts.language);
        QVERIFY2(forms > 0, qPrintable(QStringLiteral("no plural rule known for language '%1'").arg(ts.language)));

        QStringList problems;
        auto problem = [&](const Message &m, const QString &what) {
            problems << QStringLiteral("  [%1] \"%2\": %3").arg(m.context, m.source.left(70), what);
        };
        for (const Message &m : ts.messages) {
            if (!m.type.isEmpty()) {
                problem(m, m.type);
                continue;
            }
            if (m.numerus && m.translations.size() != forms) {
                problem(m, QStringLiteral("%1 plural forms, the language needs %2").arg(m.translations.size()).arg(forms));
                continue;
            }
            const QStringList wantedPlaceholders = placeholders(m.source);
            const QStringList wantedTags = tags(m.source);
            for (int i = 0; i < m.translations.size(); ++i) {
                const QString &t = m.translations[i];
                if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                    problem(m, QStringLiteral("empty translation"));
                    continue;
                }
                QStringList got = placeholders(t);
                QStringList want = wantedPlaceholders;
                // A singular form may say "one" instead of "%n" ("un paso"); the last form keeps it.
                if (m.numerus && i + 1 < m.translations.size())
                    want.removeAll(QStringLiteral("%n")), got.removeAll(QStringLiteral("%n"));
                if (got != want)
                    problem(m, QStringLiteral("placeholders %1 in the source, %2 in \"%3\"")
                                   .arg(want.join(QLatin1Char(' ')), got.join(QLatin1Char(' ')), t.left(70)));
                if (tags(t) != wantedTags)
                    problem(m, QStringLiteral("HTML tags differ in \"%1\"").arg(t.left(70)));
                if (hasAccelerator(m.source) && !hasAccelerator(t))
                    problem(m, QStringLiteral("the '&' accelerator is missing in \"%1\"").arg(t.left(70)));
            }
        }
        if (!problems.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1: %2 problem(s):\n%3\n%4")
                                 .arg(QFileInfo(path).fileName()).arg(problems.size())
                                 .arg(problems.join(QLatin1Char('\n')), QLatin1String(kFix))));
    }

    void staleness_data() { completeness_data(); }

    void staleness()
    {
        QFETCH(QString, path);
        const TsFile committed = readTs(path);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));

        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(QFileInfo(path).fileName());
        QVERIFY(QFile::copy(path, copy));
        // The same scan and options as scripts/update-translations.sh.
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(DLTUTOR_SOURCE_DIR));
        lupdate.start(QStringLiteral(DLTUTOR_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                       QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), copy});
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));
        const TsFile fresh = readTs(copy);
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));

        QSet<QString> have;
        for (const Message &m : committed.messages)
            have.insert(m.key());
        QSet<QString> now;
        QStringList missing;
        for (const Message &m : fresh.messages) {
            now.insert(m.key());
            if (!have.contains(m.key()))
                missing << QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
        }
        QStringList gone;
        for (const Message &m : committed.messages)
            if (!now.contains(m.key()))
                gone << QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source);
        QString report;
        if (!missing.isEmpty())
            report += QStringLiteral("%1 string(s) in the sources are missing from %2:\n%3\n")
                          .arg(missing.size()).arg(QFileInfo(path).fileName(), missing.join(QLatin1Char('\n')));
        if (!gone.isEmpty())
            report += QStringLiteral("%1 string(s) in %2 are no longer in the sources:\n%3\n")
                          .arg(gone.size()).arg(QFileInfo(path).fileName(), gone.join(QLatin1Char('\n')));
        if (!report.isEmpty())
            QFAIL(qPrintable(report + QLatin1String(kFix)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
