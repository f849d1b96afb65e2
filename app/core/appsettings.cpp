#include "appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ait {

std::unique_ptr<QSettings> openSettings()
{
    auto settings = std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                QStringLiteral("ait-console"), QStringLiteral("ait-console"));
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // QSettings rewrites the file through QSaveFile, which keeps the mode of the file it replaces
    // but creates a new one with the umask's (usually 0644): so the file exists with 0600 before
    // QSettings writes it first. macOS (CFPreferences) and Windows (registry) keep their own.
    constexpr QFile::Permissions OwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QFile file(settings->fileName());
    if (!file.exists()) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly); // created with the mode: no window
    } else if (file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                     | QFile::WriteOther | QFile::ExeOther)) {
        file.setPermissions(OwnerOnly); // written by an earlier version
    }
#endif
    return settings;
}

} // namespace ait
