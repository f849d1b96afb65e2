#pragma once

#include "core/tls/secretbuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace ait::security {

// Implicitly shared Qt strings hold one buffer for every copy, so "wiping" a copy (QString::fill,
// memset on data()) detaches and wipes a fresh duplicate while the secret stays in the shared
// buffer. The rule here: whoever drops the last reference wipes. These functions wipe the whole
// allocation in place when `value` is its only holder and then empty `value`; a buffer still
// shared elsewhere is only released, for its last holder to wipe. Return whether they wiped.
bool wipe(QByteArray &value);
bool wipe(QString &value);

// Wipes the buffer of `value` in place even while others share it, then empties `value`: only for
// a buffer whose other holders are about to drop it (a finished job's result).
void wipeInPlace(QByteArray &value);

// The UTF-8 encoding of `text` written straight into wiped memory (QString::toUtf8() would
// leave a QByteArray copy behind).
tls::SecretBuffer utf8Secret(QStringView text);

// Takes `text` out of a string the caller holds and wipes it: utf8Secret(), then wipe().
tls::SecretBuffer takeUtf8Secret(QString &text);

} // namespace ait::security
