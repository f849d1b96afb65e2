#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ait::i18n {

// Languages the console ships, as ISO 639 codes.
QStringList availableLanguages();

// The language to use: `override` when it is one we ship, else the first of the system's UI
// languages we ship, else English.
QString chooseLanguage(const QString &override, const QStringList &systemLanguages);

// Korean particles after an inserted word. A Korean translation writes the particle pair after a
// placeholder — "%1을(를)", "%1이(가)", "%1은(는)", "%1과(와)", "%1(으)로" — and the text, once the
// placeholders are filled, goes through resolveKoParticles(), which keeps the one form that fits the
// word before it (a closing quote or bracket in between is skipped). Text without such pairs (every
// English text) comes back unchanged.
//
// How a word ends (with a final consonant, with ㄹ, or with a vowel):
//  - a Hangul syllable by its final consonant (받침);
//  - a number as read in Korean: its last non-zero digit (영 일 이 삼 사 오 육 칠 팔 구), or, when it
//    ends in zeros, the unit read last (십 백 천 만 … 억 … 조): 1,000을, 3을, 2를, 1로, 10,000을, 1조를;
//  - an all-capitals word (an abbreviation: TLS, API, PEM) by the Korean name of its last letter
//    (엘, 알 end in ㄹ; 엠, 엔 in a consonant; the others in a vowel);
//  - any other Latin word by its last letters, as it is usually read: -ng, -m, -n, -k, -p, -b end in a
//    consonant, -l in ㄹ, the rest (Sandbox, template, server) in a vowel;
//  - anything else (no letter or digit before the pair) keeps the pair as written.
enum class KoParticle { ObjectEulReul, SubjectIGa, TopicEunNeun, AndGwaWa, DirectionEuroRo };
QString koParticle(const QString &word, KoParticle particle);
QString resolveKoParticles(const QString &text);

// Installs our translator and Qt's own (qtbase) for `language` into the application.
// Returns false when our catalogue for it could not be loaded.
bool install(QCoreApplication &app, const QString &language);

} // namespace ait::i18n
