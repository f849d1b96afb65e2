#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ait::i18n {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString chooseLanguage(const QString &override, const QStringList &systemLanguages)
{
    const QStringList shipped = availableLanguages();
    if (shipped.contains(override))
        return override;
    for (const QString &candidate : systemLanguages) {
        const QString language = QLocale(candidate).name().section(QLatin1Char('_'), 0, 0);
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

namespace {

enum class Ending { Vowel, Rieul, Consonant, Unknown };

Ending syllableEnding(QChar c)
{
    const int final = (c.unicode() - 0xAC00) % 28;
    return final == 0 ? Ending::Vowel : final == 8 ? Ending::Rieul : Ending::Consonant;
}

Ending numberEnding(const QString &digits)
{
    // 영 일 이 삼 사 오 육 칠 팔 구
    static const Ending lastDigit[10]{Ending::Consonant, Ending::Rieul, Ending::Vowel, Ending::Consonant, Ending::Vowel,
                                      Ending::Vowel, Ending::Consonant, Ending::Rieul, Ending::Rieul, Ending::Vowel};
    qsizetype zeros = 0;
    while (zeros < digits.size() && digits.at(digits.size() - 1 - zeros) == QLatin1Char('0'))
        ++zeros;
    if (zeros == 0 || zeros == digits.size())
        return lastDigit[digits.back().digitValue()];
    if (zeros < 4)
        return Ending::Consonant; // 십, 백, 천
    // A whole group of four zeros: the group's unit is read last (백만 ends in 만).
    switch (zeros / 4 % 4) {
    case 1:  // 만
    case 2:  // 억
        return Ending::Consonant;
    case 3: return Ending::Vowel;     // 조
    default: return Ending::Consonant; // 경
    }
}

Ending latinEnding(const QString &word)
{
    bool upper = true;
    for (QChar c : word)
        upper &= c.isUpper();
    const QChar last = word.back().toLower();
    if (upper) { // the letter's Korean name: 엘, 알 / 엠, 엔 / the rest end in a vowel
        if (last == QLatin1Char('l') || last == QLatin1Char('r'))
            return Ending::Rieul;
        return last == QLatin1Char('m') || last == QLatin1Char('n') ? Ending::Consonant : Ending::Vowel;
    }
    if (last == QLatin1Char('l'))
        return Ending::Rieul;
    if (QStringLiteral("mnkpb").contains(last) || word.endsWith(QLatin1String("ng"), Qt::CaseInsensitive))
        return Ending::Consonant;
    return Ending::Vowel;
}

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// How the text before `end` ends: the word right before it, past closing quotes and brackets.
Ending endingBefore(const QString &text, qsizetype end)
{
    static const QString closers = QStringLiteral("\"')]}”’»」』");
    qsizetype i = end;
    while (i > 0 && closers.contains(text.at(i - 1)))
        --i;
    if (i == 0)
        return Ending::Unknown;
    const QChar last = text.at(i - 1);
    if (isHangulSyllable(last))
        return syllableEnding(last);
    if (last.isDigit()) {
        QString digits;
        for (qsizetype j = i - 1; j >= 0; --j) {
            const QChar c = text.at(j);
            if (c.isDigit())
                digits.prepend(c);
            else if (c != QLatin1Char(',') || j == 0 || !text.at(j - 1).isDigit())
                break;
        }
        return numberEnding(digits);
    }
    if (isAsciiLetter(last)) {
        qsizetype start = i - 1;
        while (start > 0 && isAsciiLetter(text.at(start - 1)))
            --start;
        return latinEnding(text.mid(start, i - start));
    }
    return Ending::Unknown;
}

struct Pair
{
    QString written;        // as the translation writes it
    KoParticle particle;
};

const QList<Pair> &pairs()
{
    static const QList<Pair> all{
        {QStringLiteral("을(를)"), KoParticle::ObjectEulReul}, {QStringLiteral("를(을)"), KoParticle::ObjectEulReul},
        {QStringLiteral("이(가)"), KoParticle::SubjectIGa},    {QStringLiteral("가(이)"), KoParticle::SubjectIGa},
        {QStringLiteral("은(는)"), KoParticle::TopicEunNeun},  {QStringLiteral("는(은)"), KoParticle::TopicEunNeun},
        {QStringLiteral("과(와)"), KoParticle::AndGwaWa},      {QStringLiteral("와(과)"), KoParticle::AndGwaWa},
        {QStringLiteral("(으)로"), KoParticle::DirectionEuroRo},
    };
    return all;
}

QString particleFor(Ending ending, KoParticle particle)
{
    const bool consonant = ending == Ending::Consonant || ending == Ending::Rieul;
    switch (particle) {
    case KoParticle::ObjectEulReul: return consonant ? QStringLiteral("을") : QStringLiteral("를");
    case KoParticle::SubjectIGa: return consonant ? QStringLiteral("이") : QStringLiteral("가");
    case KoParticle::TopicEunNeun: return consonant ? QStringLiteral("은") : QStringLiteral("는");
    case KoParticle::AndGwaWa: return consonant ? QStringLiteral("과") : QStringLiteral("와");
    case KoParticle::DirectionEuroRo: return ending == Ending::Consonant ? QStringLiteral("으로") : QStringLiteral("로");
    }
    return {};
}

} // namespace

QString koParticle(const QString &word, KoParticle particle)
{
    const Ending ending = endingBefore(word, word.size());
    if (ending == Ending::Unknown) {
        for (const Pair &p : pairs()) {
            if (p.particle == particle)
                return p.written;
        }
    }
    return particleFor(ending, particle);
}

QString resolveKoParticles(const QString &text)
{
    QString result = text;
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const Pair &p : pairs()) {
            if (!QStringView(result).mid(i).startsWith(p.written))
                continue;
            const Ending ending = endingBefore(result, i);
            if (ending != Ending::Unknown)
                result.replace(i, p.written.size(), particleFor(ending, p.particle));
            break;
        }
    }
    return result;
}

bool install(QCoreApplication &app, const QString &language)
{
    auto *ours = new QTranslator(&app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/ait_%1.qm").arg(language));
    if (loaded)
        app.installTranslator(ours);
    else
        delete ours;

    // Qt's own strings (standard buttons, dialogs); absent for English, which is fine.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace ait::i18n
