#include "core/i18n.h"

#include <QtTest>

using ait::i18n::KoParticle;
using ait::i18n::koParticle;
using ait::i18n::resolveKoParticles;

// Korean particles after an inserted word: chosen from how the word is read.
class TestKoParticle : public QObject
{
    Q_OBJECT

private slots:
    void choosesFromHowTheWordEnds_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("particle");
        QTest::addColumn<QString>("expected");
        const int object = int(KoParticle::ObjectEulReul), subject = int(KoParticle::SubjectIGa),
                  topic = int(KoParticle::TopicEunNeun), direction = int(KoParticle::DirectionEuroRo), andP = int(KoParticle::AndGwaWa);
        // Hangul: the final consonant.
        QTest::newRow("사과 (vowel)") << "사과" << object << "를";
        QTest::newRow("환불 (ㄹ)") << "환불" << object << "을";
        QTest::newRow("환불 (ㄹ) + 로") << "환불" << direction << "로";
        QTest::newRow("결제 + 로") << "결제" << direction << "로";
        QTest::newRow("프로필명 + 으로") << "프로필명" << direction << "으로";
        QTest::newRow("인증서 + 는") << "인증서" << topic << "는";
        QTest::newRow("키 + 와") << "키" << andP << "와";
        QTest::newRow("인증 + 과") << "인증" << andP << "과";
        // Numbers as read in Korean.
        QTest::newRow("1,000 (천)") << "1,000" << object << "을";
        QTest::newRow("3 (삼)") << "3" << object << "을";
        QTest::newRow("2 (이)") << "2" << object << "를";
        QTest::newRow("443731104 (사)") << "443731104" << subject << "가";
        QTest::newRow("443731103 (삼)") << "443731103" << subject << "이";
        QTest::newRow("1 (일) + 로") << "1" << direction << "로";
        QTest::newRow("6 (육) + 으로") << "6" << direction << "으로";
        QTest::newRow("10 (십)") << "10" << object << "을";
        QTest::newRow("10,000 (만)") << "10,000" << object << "을";
        QTest::newRow("1,000,000 (백만)") << "1,000,000" << object << "을";
        QTest::newRow("1,000,000,000,000 (조)") << "1,000,000,000,000" << object << "를";
        QTest::newRow("0 (영)") << "0" << object << "을";
        // Latin words.
        QTest::newRow("Sandbox") << "Sandbox" << topic << "는";
        QTest::newRow("demo-template") << "demo-template" << object << "를";
        QTest::newRow("Production") << "Production" << topic << "은";
        QTest::newRow("key.pem") << "/tmp/client-key.pem" << subject << "이";
        QTest::newRow("mail (l)") << "mail" << direction << "로";
        QTest::newRow("TLS (에스)") << "TLS" << object << "를";
        QTest::newRow("URL (엘)") << "URL" << direction << "로";
        QTest::newRow("PEM (엠)") << "PEM" << object << "을";
        QTest::newRow("DEMO_PROMO") << "DEMO_PROMO" << subject << "가";
        // Closing quotes and brackets are skipped.
        QTest::newRow("\"Sandbox\"") << "\"Sandbox\"" << topic << "는";
        QTest::newRow("(1,000)") << "(1,000)" << object << "을";
        // Nothing to go by: the pair as written.
        QTest::newRow("symbols") << "…" << object << "을(를)";
        QTest::newRow("empty") << "" << direction << "(으)로";
    }

    void choosesFromHowTheWordEnds()
    {
        QFETCH(QString, word);
        QFETCH(int, particle);
        QFETCH(QString, expected);
        QCOMPARE(koParticle(word, KoParticle(particle)), expected);
    }

    void resolvesThePairsInATranslatedText()
    {
        QCOMPARE(resolveKoParticles(QStringLiteral("토스 포인트 1,000을(를) 지급할까요?")), QStringLiteral("토스 포인트 1,000을 지급할까요?"));
        QCOMPARE(resolveKoParticles(QStringLiteral("메시지 \"demo-template\"을(를) 사용자 443731104에게 보낼까요?")),
                 QStringLiteral("메시지 \"demo-template\"를 사용자 443731104에게 보낼까요?"));
        QCOMPARE(resolveKoParticles(QStringLiteral("프로필 \"Sandbox\"은(는) 읽기 전용입니다.")), QStringLiteral("프로필 \"Sandbox\"는 읽기 전용입니다."));
        QCOMPARE(resolveKoParticles(QStringLiteral("사용자 443731104이(가) 받았습니다.")), QStringLiteral("사용자 443731104가 받았습니다."));
        QCOMPARE(resolveKoParticles(QStringLiteral("\"운영\"(으)로 바꾸세요, \"Live\"(으)로도")), QStringLiteral("\"운영\"으로 바꾸세요, \"Live\"로도"));
        // Two pairs in one text, each after its own word.
        QCOMPARE(resolveKoParticles(QStringLiteral("인증서 \"a\"과(와) 키 \"b.pem\"을(를)")), QStringLiteral("인증서 \"a\"와 키 \"b.pem\"을"));
        // English and particle-free text is left alone.
        const QString english = QStringLiteral("Pay 1,000 Toss points to user 443731104 (cannot be undone)?");
        QCOMPARE(resolveKoParticles(english), english);
    }
};

QTEST_APPLESS_MAIN(TestKoParticle)
#include "tst_koparticle.moc"
