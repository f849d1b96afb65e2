#pragma once

#include <QSettings>

#include <memory>

namespace ait {

// The one settings store shared by ait-console and ait-cli (so a profile imported from a script
// appears in the console). Never holds secrets.
inline std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("ait-console"),
                                       QStringLiteral("ait-console"));
}

} // namespace ait
