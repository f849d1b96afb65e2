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

// Installs our translator and Qt's own (qtbase) for `language` into the application.
// Returns false when our catalogue for it could not be loaded.
bool install(QCoreApplication &app, const QString &language);

} // namespace ait::i18n
