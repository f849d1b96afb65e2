#pragma once

#include "core/clock.h"
#include "core/journal/journal.h"
#include "core/keychain/credentialstore.h"
#include "core/ops/moneyservices.h"
#include "core/profiles/profilestore.h"
#include "gui/appcontext.h"
#include "memorybackend.h"

#include <QSettings>
#include <QFile>
#include <QTemporaryDir>

namespace ait::test {

// Everything a window needs, with an in-memory keychain and a fixed clock.
struct GuiFixture
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    keychain::MemoryBackend *backend = new keychain::MemoryBackend;
    keychain::CredentialStore secrets{std::unique_ptr<keychain::EntryBackend>(backend), settings};
    profiles::ProfileStore profiles{secrets, settings};
    FixedClock clock{QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC)};
    journal::Journal journal{dir.filePath(QStringLiteral("journal.sqlite"))};
    bool journalOpen = journal.open();
    ops::MoneyServices money{journal, clock};
    gui::AppContext context{settings, secrets, profiles, clock, journal, money};

    // A file in the fixture's folder with these bytes; empty when it could not be written.
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }
};

} // namespace ait::test
