#pragma once

#include "command.h"
#include "confirmation.h"

#include "core/api/models.h"

namespace ait::cli {

// ait-cli profiles list | test
class ProfilesCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();

private:
    void list();
    void test();
};

// ait-cli payments get | refund | test-pay
class PaymentsCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();

private:
    void get();
    void refund();
    void testPay();
    // --test-payment / --live-payment, or the profile's default (as the console's Payments tab).
    bool isTestPayment(const CommandLine &commandLine);

    Confirmation *m_confirmation = nullptr;
};

// ait-cli approvals list | request-payout | approve | reject | send
class ApprovalsCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();

private:
    void list();
    void requestPayout();
    void decide(bool approve);
    void send();
};

// ait-cli iap status
class IapCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();
};

// ait-cli promotions pay | result
class PromotionsCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();

private:
    void pay();
    void result();
};

// ait-cli messages send
class MessagesCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();
};

// ait-cli login token | me | refresh | unlink
class LoginCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    ~LoginCommand() override;
    void start() override;
    static QString summary();

private:
    void token(bool refresh);
    void me();
    void unlink();
    // --access-token-file / --refresh-token-file (FILE, or - for stdin), else the environment variable.
    bool readToken(const CommandLine &commandLine, const QString &option, const char *environment, QString *token);
    void printTokens(const api::Tokens &tokens);

    QString m_token; // wiped when the command ends
};

// ait-cli journal list | show | reconcile | export
class JournalCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();

private:
    void list(bool exporting);
    void show();
    void reconcile();
    void verify();
    void reconciled(qint64 id, journal::State state, bool applied, const api::ApiError &error);
};

// ait-cli call METHOD PATH
class CallCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString summary();
};

} // namespace ait::cli
