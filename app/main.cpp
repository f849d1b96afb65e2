#include "ait/version.h"
#include "core/appsettings.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/journal/journal.h"
#include "core/ops/moneyservices.h"
#include "core/keychain/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "core/security/processhardening.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QNetworkProxyFactory>
#include <QSettings>

#include <cstdio>
#ifdef Q_OS_WIN
#include <shobjidl.h>
#endif
#include <cstring>

int main(int argc, char *argv[])
{
    // First: before anything touches OpenSSL, and before any secret is in memory.
    ait::security::hardenProcess();

    // Answer --version before QApplication, which needs a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("ait-console %s\n", AIT_VERSION);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ait-console"));
    QApplication::setApplicationName(QStringLiteral("ait-console"));
    QApplication::setApplicationVersion(QStringLiteral(AIT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(AIT_APP_ID));
#ifdef Q_OS_WIN
    // The same id as the installer's shortcut, so the taskbar groups the windows under our icon.
    SetCurrentProcessExplicitAppUserModelID(L"" AIT_APP_ID);
#endif

    QNetworkProxyFactory::setUseSystemConfiguration(true); // partner calls honour the system proxy

    const auto settings = ait::openSettings();
    const QString language = ait::i18n::chooseLanguage(settings->value(QStringLiteral("ui/language")).toString(),
                                                       QLocale::system().uiLanguages());
    ait::i18n::install(app, language);

    const auto secrets = ait::keychain::CredentialStore::createDefault(*settings);
    ait::profiles::ProfileStore profiles(*secrets, *settings);
    // The activity journal, checked against the newest operation this computer recorded: a damaged,
    // vanished or emptied journal is said in a banner that stays, and money operations are refused
    // (nothing unrecorded may leave) until the operator decides.
    ait::journal::Journal journal(ait::journal::Journal::defaultPath());
    journal.openChecked(ait::journal::lastRecordedId(*settings));
    journal.setLastIdKeeper([&settings = *settings](qint64 id) { ait::journal::rememberLastRecordedId(settings, id); });
    ait::ops::MoneyServices money(journal, ait::Clock::system());
    ait::gui::AppContext context{*settings, *secrets, profiles, ait::Clock::system(), journal, money};
    ait::gui::MainWindow window(context);
    window.show();
    return app.exec();
}
