#pragma once

#include "appcontext.h"
#include "dialogs.h"

#include "core/ops/operation.h"
#include "core/ops/recentlysettled.h"

#include <functional>

class QLineEdit;
class QPushButton;

namespace ait::api {
class ProfileSession;
struct ApiError;
} // namespace ait::api

namespace ait::gui {

// What the operator tabs share about the session they act in.

// Who is acting, as the journal records it: the session's profile and certificate, and the
// operator name from the settings (operator/name).
ops::OperationContext operationContext(const AppContext &context, const api::ProfileSession &session);

// True when the session's profile only looks things up (the core refuses changes as well).
bool isReadOnly(const AppContext &context, const api::ProfileSession *session);

// A money confirmation in the session's profile: buttons "<action>" and Cancel, and the environment
// badge with the profile's name.
Dialogs::Question moneyConfirmation(const AppContext &context, const api::ProfileSession *session, const QString &title,
                                    const QString &text, const QString &action);

// Another operator settled the same target in the last 24 hours (ops::recentlySettled): the
// confirmation says so before anything else, the way on is named for what it is ("Refund anyway"),
// and Cancel stays the default, so Enter or Escape sends nothing. Unchanged when nothing was found.
void warnFirst(Dialogs::Question &question, const ops::RecentlySettled &recent, const QString &goOn);

// An error for a label: the sentence, the partner code, the hint and the partner's own words.
QString errorText(const api::ApiError &error);
// An error as a developer wants it pasted: what was being done, when, the sentences, and the codes
// and technical words behind them (never a secret: errors hold none).
QString errorDetails(const QString &what, const api::ApiError &error);

// "Show everything for this user" beside a user key field: enabled while the field holds a user key;
// a click hands the key to `show` (the main window opens Activity filtered to that user).
QPushButton *makeShowUserButton(QLineEdit *userKeyEdit, const QString &objectName, std::function<void(qint64)> show);

} // namespace ait::gui
