#include "core/api/partnerclient.h"

#include <QtTest>

using namespace ait::api;
using K = ApiError::Kind;

// How a finished call ends, from what the network layer saw (PartnerClient::classifyReply): above
// all, a change that may have left is never "failed" without a readable refusal.
class TestReplyClassifier : public QObject
{
    Q_OBJECT

    static ReplyFacts answered(int status, bool changesState)
    {
        ReplyFacts f;
        f.changesState = changesState;
        f.requestSent = true;
        f.httpStatus = status;
        return f;
    }

    static K kindOf(const ReplyFacts &f, const QByteArray &body = {})
    {
        QJsonValue payload;
        QString partnerResult;
        return PartnerClient::classifyReply(f, body, &payload, &partnerResult).kind;
    }

private slots:
    void cases_data()
    {
        QTest::addColumn<bool>("changesState");
        QTest::addColumn<bool>("requestSent");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("lookupKind");
        QTest::addColumn<int>("changeKind");

        const QByteArray success = "{\"resultType\":\"SUCCESS\",\"success\":{\"refundNo\":\"r1\"}}";
        const QByteArray refused = "{\"resultType\":\"FAIL\",\"error\":{\"errorCode\":\"NOT_REFUNDABLE_PAYMENT\"}}";
        const int none = QNetworkReply::NoError;
        QTest::newRow("success") << true << true << 200 << none << "" << success << int(K::None) << int(K::None);
        QTest::newRow("readable refusal") << true << true << 200 << none << "" << refused << int(K::Partner) << int(K::Partner);
        QTest::newRow("refusal with a 4xx") << true << true << 404 << int(QNetworkReply::ContentNotFoundError) << "" << refused << int(K::Partner) << int(K::Partner);
        QTest::newRow("302 without a body") << true << true << 302 << none << "" << QByteArray() << int(K::Redirected) << int(K::OutcomeUnknown);
        QTest::newRow("307 with a success body") << true << true << 307 << none << "" << success << int(K::Redirected) << int(K::OutcomeUnknown);
        QTest::newRow("body cut by Cancel after headers") << true << true << 200 << int(QNetworkReply::OperationCanceledError) << "cancelled" << success.left(20) << int(K::Cancelled) << int(K::OutcomeUnknown);
        QTest::newRow("Cancel before the request left") << true << false << 0 << int(QNetworkReply::OperationCanceledError) << "cancelled" << QByteArray() << int(K::Cancelled) << int(K::Cancelled);
        QTest::newRow("connection cut mid-body") << true << true << 200 << int(QNetworkReply::RemoteHostClosedError) << "" << success.left(20) << int(K::ConnectionClosed) << int(K::OutcomeUnknown);
        QTest::newRow("too large") << true << true << 200 << int(QNetworkReply::OperationCanceledError) << "tooLarge" << QByteArray(100, 'x') << int(K::AnswerTooLarge) << int(K::OutcomeUnknown);
        QTest::newRow("past the deadline") << true << true << 200 << int(QNetworkReply::OperationCanceledError) << "pastDeadline" << QByteArray("{") << int(K::Timeout) << int(K::OutcomeUnknown);
        QTest::newRow("past the deadline before sending") << true << false << 0 << int(QNetworkReply::OperationCanceledError) << "pastDeadline" << QByteArray() << int(K::Timeout) << int(K::Timeout);
        QTest::newRow("Qt gave up resending") << true << true << 0 << int(QNetworkReply::ContentReSendError) << "" << QByteArray() << int(K::ConnectionClosed) << int(K::OutcomeUnknown);
        QTest::newRow("refused connection") << true << false << 0 << int(QNetworkReply::ConnectionRefusedError) << "" << QByteArray() << int(K::ConnectionRefused) << int(K::ConnectionRefused);
        QTest::newRow("name not found") << true << false << 0 << int(QNetworkReply::HostNotFoundError) << "" << QByteArray() << int(K::Dns) << int(K::Dns);
        QTest::newRow("502 html") << true << true << 502 << int(QNetworkReply::UnknownServerError) << "" << QByteArray("<html>") << int(K::Http) << int(K::OutcomeUnknown);
    }

    void cases()
    {
        QFETCH(bool, requestSent);
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(QString, flag);
        QFETCH(QByteArray, body);
        QFETCH(int, lookupKind);
        QFETCH(int, changeKind);
        for (const bool change : {false, true}) {
            ReplyFacts f = answered(status, change);
            f.requestSent = requestSent;
            f.networkError = QNetworkReply::NetworkError(networkError);
            f.cancelled = flag == QLatin1String("cancelled");
            f.tooLarge = flag == QLatin1String("tooLarge");
            f.pastDeadline = flag == QLatin1String("pastDeadline");
            f.deadlineMs = 30000;
            QCOMPARE(int(kindOf(f, body)), change ? changeKind : lookupKind);
        }
    }

    void aRedirectNamesWhereItPointed()
    {
        ReplyFacts f = answered(302, false);
        f.redirectTarget = QUrl(QStringLiteral("https://elsewhere.example/steal?token=x"));
        QJsonValue payload;
        QString partnerResult;
        const ApiError e = PartnerClient::classifyReply(f, {}, &payload, &partnerResult);
        QCOMPARE(e.kind, K::Redirected);
        QVERIFY(e.technicalDetail.contains(QStringLiteral("elsewhere.example")));
        QVERIFY(!e.technicalDetail.contains(QStringLiteral("token=x")));
        QVERIFY(!e.message.isEmpty());
    }

    void successPayloadIsHandedOver()
    {
        QJsonValue payload;
        QString partnerResult;
        const ApiError e = PartnerClient::classifyReply(answered(200, true), "{\"resultType\":\"SUCCESS\",\"success\":{\"refundNo\":\"r9\"}}", &payload, &partnerResult);
        QVERIFY(e.ok());
        QCOMPARE(payload.toObject().value(QStringLiteral("refundNo")).toString(), QStringLiteral("r9"));
        QCOMPARE(partnerResult, QStringLiteral("SUCCESS"));
    }
};

QTEST_GUILESS_MAIN(TestReplyClassifier)
#include "tst_replyclassifier.moc"
