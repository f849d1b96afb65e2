#include "ait/version.h"
#include "core/appsettings.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/journal/journal.h"
#include "core/keychain/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "core/security/processhardening.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStatusBar>

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
    // The activity journal: without it, money operations are refused (nothing unrecorded may leave).
    ait::journal::Journal journal(ait::journal::Journal::defaultPath());
    QString journalError;
    const bool journalOpen = journal.open(&journalError);
    ait::gui::AppContext context{*settings, *secrets, profiles, ait::Clock::system(), journalOpen ? &journal : nullptr};
    ait::gui::MainWindow window(context);
    window.show();
    if (!journalOpen)
        window.statusBar()->showMessage(QCoreApplication::translate("main", "The activity journal could not be opened (%1): refunds, payouts and messages are disabled.").arg(journalError));
    return app.exec();
}
