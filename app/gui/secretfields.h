#pragma once

#include "core/tls/secretbuffer.h"

#include <QString>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace ait::gui {

// Widgets that show or take secrets (passphrases, pasted PEM, tokens, decrypted fields). Each
// reaches the copies Qt lets an application reach and wipes them (ait::security::wipe); what stays
// inside Qt (a line edit's earlier buffers while typing, a text document's piece table, a
// selectable label's document) is out of reach.

// The text of `edit` as UTF-8 in wiped memory; the field is emptied, its buffer wiped and its undo
// history (one command per character) dropped.
tls::SecretBuffer takeSecret(QLineEdit *edit);
// Empties `edit` the same way, dropping the text.
void wipeField(QLineEdit *edit);
// The plain text of `edit` as UTF-8 in wiped memory, the field left as it is.
tls::SecretBuffer secretText(const QPlainTextEdit *edit);
// Empties `edit`; with undo/redo off (see secretTextEdit) nothing of it stays in the undo stack.
void wipeField(QPlainTextEdit *edit);
// Makes a text edit fit for pasted secrets: no undo history that keeps removed text.
void secretTextEdit(QPlainTextEdit *edit);
// Replaces the text of `label`, wiping the text it showed before.
void setSecretText(QLabel *label, const QString &text);

} // namespace ait::gui
