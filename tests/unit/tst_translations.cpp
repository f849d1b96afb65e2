#include "core/i18n.h"
#include "core/tls/inspection.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

// Korean and English ship together: every source string has a finished translation, and the
// compiled catalogues really change what the core says.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("ko") << QStringLiteral(AIT_TS_DIR "/ait_ko.ts");
        QTest::newRow("en") << QStringLiteral(AIT_TS_DIR "/ait_en.ts");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                const bool isKorean = file.endsWith(QLatin1String("_ko.ts"));
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete") || (isKorean && text.trimmed().isEmpty()))
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 50, "the catalogue looks empty: run the ait_lupdate target");
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated: ") + unfinished.join(QStringLiteral(" | "))));
    }

    // Runs lupdate on today's sources: a string added without updating the catalogues fails here.
    void everyCurrentStringIsInTheCatalogue()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(AIT_SOURCE_DIR));
        lupdate.start(QStringLiteral(AIT_LUPDATE), {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                    QStringLiteral("app"), QStringLiteral("ui"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const auto messages = [](const QString &file) {
            QSet<QString> keys;
            QFile ts(file);
            if (!ts.open(QIODevice::ReadOnly))
                return keys;
            QXmlStreamReader xml(&ts);
            QString context;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                    keys << context + QLatin1Char('|') + xml.readElementText();
            }
            return keys;
        };
        const QSet<QString> current = messages(fresh);
        QVERIFY(current.size() > 100);
        const QSet<QString> shipped = messages(QStringLiteral(AIT_TS_DIR "/ait_ko.ts"));
        const QSet<QString> missing = current - shipped;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in ait_ko.ts (run the ait_lupdate target and translate): ")
                                               + QStringList(missing.values()).join(QStringLiteral(" | "))));
    }

    void koreanCatalogueTranslatesTheCore()
    {
        QVERIFY(ait::i18n::install(*QCoreApplication::instance(), QStringLiteral("ko")));
        const QString text = ait::tls::Inspector::verdictText(ait::tls::Verdict::Blocked);
        QVERIFY2(text != QLatin1String("Blocked: this certificate cannot be used."), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("인증서")), qPrintable(text));
    }

    void languageChoice()
    {
        using ait::i18n::chooseLanguage;
        QCOMPARE(chooseLanguage(QString(), {QStringLiteral("ko-KR"), QStringLiteral("en-US")}), QStringLiteral("ko"));
        QCOMPARE(chooseLanguage(QString(), {QStringLiteral("fr-FR"), QStringLiteral("en-GB")}), QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QString(), {QStringLiteral("fr-FR")}), QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QStringLiteral("en"), {QStringLiteral("ko-KR")}), QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QStringLiteral("xx"), {QStringLiteral("ko-KR")}), QStringLiteral("ko"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
