#include "ait/version.h"
#include "core/appsettings.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/journal/journal.h"
#include "core/journal/journalsettings.h"
#include "core/ops/moneyservices.h"
#include "core/keychain/credentialstore.h"
#include "core/profiles/profilestore.h"
#include "core/security/processhardening.h"
#include "gui/mainwindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
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
    // The activity journal. This computer's is checked against the newest operation this computer
    // recorded: a damaged, vanished or emptied journal is said in a banner that stays, and money
    // operations are refused (nothing unrecorded may leave) until the operator decides. The team's
    // (Settings → Journal) is a PostgreSQL database whose password is in the OS keychain; when it
    // cannot be reached the banner says so and money operations are refused: never this computer's
    // journal in its place.
    std::unique_ptr<ait::journal::Journal> journal;
    QString journalProblem;
    if (ait::journal::usesTeamJournal(*settings)) {
        const ait::journal::TeamDatabase team = ait::journal::teamDatabase(*settings);
        QString password;
        if (team.problem().isEmpty()) {
            // The keychain answers asynchronously; the journal must be known before the money
            // services exist, so a short wait here, before any window.
            QEventLoop waiting;
            bool answered = false;
            ait::journal::readTeamPassword(*secrets, team, &waiting,
                                           [&](const ait::keychain::StoreResult &result, const QString &stored) {
                                               password = stored;
                                               if (!result.ok() && result.error != ait::keychain::StoreError::NotFound)
                                                   journalProblem = result.message;
                                               answered = true;
                                               waiting.quit();
                                           });
            if (!answered)
                waiting.exec();
        } else {
            journalProblem = team.problem();
        }
        journal = std::make_unique<ait::journal::Journal>(team, password);
        password.clear();
        QString error;
        if (journalProblem.isEmpty() && !journal->open(&error))
            journalProblem = ait::journal::teamConnectionProblem(team, error);
    } else {
        journal = std::make_unique<ait::journal::Journal>(ait::journal::Journal::defaultPath());
        journal->openChecked(ait::journal::lastRecordedId(*settings));
        journal->setLastIdKeeper([&settings = *settings](qint64 id) { ait::journal::rememberLastRecordedId(settings, id); });
    }
    ait::ops::MoneyServices money(*journal, ait::Clock::system());
    ait::gui::AppContext context{*settings, *secrets, profiles, ait::Clock::system(), *journal, money};
    ait::gui::MainWindow window(context);
    if (!journalProblem.isEmpty())
        window.setJournalProblem(journalProblem);
    window.show();
    // Moved to the team's journal: offer (once) to copy this computer's history into it.
    QTimer::singleShot(0, &window, [&window] { window.offerLocalHistoryCopy(ait::journal::Journal::defaultPath()); });
    return app.exec();
}
