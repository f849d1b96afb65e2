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
