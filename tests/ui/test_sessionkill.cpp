// Kills a process at random moments while it saves (SIGKILL, no chance to clean up) and checks after
// every kill that the file holds one complete state that was written: the session writer and the quiz
// progress store both replace the file atomically (QSaveFile).

#include "sessionkillstates.h"

#include "session/sessionfile.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

namespace {
constexpr int kKills = 50;

/**
 * Starts the writer and kills it 0–50 ms after it started (the first time, after its first save is done
 * so that a file exists): the kill lands before, during or between saves.
 */
bool runAndKill(const QString &mode, const QString &path, bool waitForFirstSave, QRandomGenerator &rng, QString *why)
{
    QProcess p;
    p.start(QStringLiteral(SESSIONKILLWRITER), { mode, path });
    if (!p.waitForStarted(5000)) {
        *why = QStringLiteral("writer did not start");
        return false;
    }
    const QByteArray wanted = waitForFirstSave ? "ready" : "started";
    for (;;) {
        while (!p.canReadLine()) {
            if (!p.waitForReadyRead(5000)) {
                *why = QStringLiteral("writer never printed %1: exit %2, %3")
                           .arg(QString::fromLatin1(wanted))
                           .arg(p.exitCode())
                           .arg(QString::fromLocal8Bit(p.readAllStandardError()));
                return false;
            }
        }
        if (p.readLine().trimmed() == wanted)
            break;
    }
    // Under AddressSanitizer the writer is several times slower: widen the window so kills still
    // land after both kinds of write.
#if defined(__SANITIZE_ADDRESS__)
    constexpr quint32 kMaxDelayUs = 400000;
#else
    constexpr quint32 kMaxDelayUs = 50000;
#endif
    QThread::usleep(rng.bounded(kMaxDelayUs));
    p.kill(); // SIGKILL
    p.waitForFinished(5000);
    return true;
}
} // namespace

class TestSessionKill : public QObject
{
    Q_OBJECT

private slots:
    void sessionFileSurvivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.json"));
        const dlt::session::Session a = killstates::session(0), b = killstates::session(1);
        QRandomGenerator rng(20260101);
        int sawA = 0, sawB = 0;
        for (int i = 0; i < kKills; ++i) {
            QString why;
            QVERIFY2(runAndKill(QStringLiteral("session"), path, i == 0, rng, &why), qPrintable(why));
            auto loaded = sessionfile::read(path);
            QVERIFY2(loaded.ok(),
                qPrintable(
                    QStringLiteral("kill %1: %2")
                        .arg(i)
                        .arg(QString::fromStdString(loaded.ok() ? std::string() : loaded.error().debugString()))));
            const bool isA = loaded->session == a, isB = loaded->session == b;
            QVERIFY2(isA || isB, qPrintable(QStringLiteral("kill %1: the file is neither written state").arg(i)));
            sawA += isA;
            sawB += isB;
        }
        // Killed at random moments, the loop was caught after both kinds of write.
        QVERIFY(sawA > 0 && sawB > 0);
        // Nothing but the session file (and possibly QSaveFile's unfinished temporary files) is there.
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
            QVERIFY2(name == QStringLiteral("session.json") || name.startsWith(QStringLiteral("session.json.")),
                qPrintable(name));
    }

    void quizProgressSurvivesKills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        QRandomGenerator rng(20260102);
        std::uint64_t last = 0;
        for (int i = 0; i < kKills; ++i) {
            QString why;
            QVERIFY2(runAndKill(QStringLiteral("progress"), path, i == 0, rng, &why), qPrintable(why));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            auto progress = dlt::quiz::parseProgress(std::string_view(bytes.constData(), size_t(bytes.size())));
            QVERIFY2(progress.ok(),
                qPrintable(
                    QStringLiteral("kill %1: %2")
                        .arg(i)
                        .arg(QString::fromStdString(progress.ok() ? std::string() : progress.error().debugString()))));
            // A written state: the records k0 … k in order (the first k0 dropped past the limit), never fewer than
            // before.
            const auto &attempts = progress->attempts;
            QVERIFY(!attempts.empty());
            const std::uint64_t k = attempts.back().seed;
            QCOMPARE(attempts.size(), size_t(std::min<std::uint64_t>(k + 1, dlt::quiz::kMaxStoredAttempts)));
            for (size_t j = 0; j < attempts.size(); ++j)
                QVERIFY(attempts[j] == killstates::record(k + 1 - attempts.size() + j));
            QVERIFY(k >= last);
            last = k;
        }
        QVERIFY(last > std::uint64_t(kKills) / 2); // it really wrote states between kills
        // No progress.corrupt-* backup was ever made by a reload.
        QVERIFY(QDir(dir.path()).entryList({ QStringLiteral("*corrupt*") }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionKill)
#include "test_sessionkill.moc"
