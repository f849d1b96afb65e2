#include "core/i18n.h"
#include "core/tls/inspection.h"

#include <QDir>
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
