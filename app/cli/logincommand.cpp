#include "commands.h"

#include "core/api/logindecryptor.h"
#include "core/profiles/profilestore.h"

#include <QFile>
#include <QJsonArray>

#include <cstdio>

namespace ait::cli {

QString LoginCommand::summary()
{
    return tr("Toss login: exchange a code for tokens, refresh them, read login-me, unlink");
}

LoginCommand::~LoginCommand()
{
    m_token.fill(QLatin1Char(' '));
}

void LoginCommand::start()
{
    dispatch(QStringLiteral("login"), {{QStringLiteral("token"), tr("exchange an authorization code for tokens (generate-token)"), [this] { token(false); }},
                                       {QStringLiteral("refresh"), tr("new tokens for a refresh token (refresh-token)"), [this] { token(true); }},
                                       {QStringLiteral("me"), tr("the user behind an access token, personal fields decrypted (login-me)"), [this] { me(); }},
                                       {QStringLiteral("unlink"), tr("unlink a login by access token or by user key"), [this] { unlink(); }}});
}

bool LoginCommand::readToken(const CommandLine &cl, const QString &option, const char *environment, QString *token)
{
    if (cl.isSet(option)) {
        const QString path = cl.value(option);
        QFile file;
        const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        if (!opened) {
            output().note(tr("--%1: the file %2 cannot be read.").arg(option, path));
            return false;
        }
        *token = QString::fromUtf8(file.readLine(qint64{64} * 1024)).trimmed();
    } else {
        *token = qEnvironmentVariable(environment).trimmed();
    }
    if (token->isEmpty()) {
        output().note(tr("The token is missing: give --%1 FILE (or - for standard input), or set %2. Tokens are never taken "
                         "from the command line, where other users of the computer could see them.").arg(option, QString::fromLatin1(environment)));
        return false;
    }
    return true;
}

void LoginCommand::printTokens(const api::Tokens &t)
{
    output().text(tr("Access token:  %1 (expires in %2 s)\nRefresh token: %3\nScope: %4")
                      .arg(output().secret(t.accessToken))
                      .arg(t.expiresIn)
                      .arg(output().secret(t.refreshToken), t.scope));
    if (!output().reveal())
        output().note(tr("Tokens are masked: add --show-secrets to print them."));
    finishWith(ops::OutcomeClass::Done, {},
               {{QStringLiteral("accessToken"), output().secret(t.accessToken)},
                {QStringLiteral("refreshToken"), output().secret(t.refreshToken)},
                {QStringLiteral("tokenType"), t.tokenType},
                {QStringLiteral("scope"), t.scope},
                {QStringLiteral("expiresIn"), t.expiresIn},
                {QStringLiteral("masked"), !output().reveal()}});
}

void LoginCommand::token(bool refresh)
{
    auto cl = std::make_shared<CommandLine>(
        refresh ? QStringLiteral("login refresh --profile NAME [--refresh-token-file FILE] [--show-secrets] [--json]")
                : QStringLiteral("login token --profile NAME --code CODE --referrer REFERRER [--show-secrets] [--json]"),
        refresh ? tr("Gets new tokens for a refresh token (refresh-token). The refresh token is read from --refresh-token-file "
                     "(- for standard input) or AIT_REFRESH_TOKEN. Tokens are printed masked unless --show-secrets.")
                : tr("Exchanges an authorization code from appLogin() for tokens (generate-token). The code works once. "
                     "Tokens are printed masked unless --show-secrets."),
        CommandLine::Profile | CommandLine::Json | CommandLine::ShowSecrets);
    if (refresh) {
        cl->add(QStringLiteral("refresh-token-file"), tr("File whose first line is the refresh token (- for standard input)."), tr("file"));
    } else {
        cl->add(QStringLiteral("code"), tr("The authorization code (single use, valid 10 minutes)."), tr("code"));
        cl->add(QStringLiteral("referrer"), tr("The referrer from appLogin(), exactly as received (DEFAULT or sandbox)."), tr("referrer"));
    }
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    QString code, referrer;
    if (!refresh) {
        code = cl->required(QStringLiteral("code"), tr("the authorization code from appLogin()"));
        referrer = cl->value(QStringLiteral("referrer")); // byte for byte: Toss refuses a changed casing
        if (referrer.isEmpty())
            cl->fail(tr("--referrer is required: the referrer from appLogin(), exactly as received."));
    }
    if (cl->failed())
        return finish(cl->exitCode());
    if (refresh && !readToken(*cl, QStringLiteral("refresh-token-file"), "AIT_REFRESH_TOKEN", &m_token))
        return finish(ops::exit_codes::Usage);
    withProfile(profile, [this, refresh, code, referrer](api::PartnerClient &client) {
        auto done = [this](const api::Result<api::Tokens> &r) {
            if (!r.ok())
                return finishWithError(r.error);
            printTokens(*r.value);
        };
        if (refresh)
            client.refreshToken(m_token, this, done);
        else
            client.generateToken(code, referrer, this, done);
    });
}

void LoginCommand::me()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("login me --profile NAME [--access-token-file FILE] [--show-secrets] [--json]"),
        tr("Reads the user behind an access token (login-me). The token is read from --access-token-file (- for standard "
           "input) or AIT_ACCESS_TOKEN. Personal fields are decrypted with the profile's key from the OS keychain only with "
           "--show-secrets; otherwise they are listed, masked."),
        CommandLine::Profile | CommandLine::Json | CommandLine::ShowSecrets);
    cl->add(QStringLiteral("access-token-file"), tr("File whose first line is the access token (- for standard input)."), tr("file"));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    if (cl->failed())
        return finish(cl->exitCode());
    if (!readToken(*cl, QStringLiteral("access-token-file"), "AIT_ACCESS_TOKEN", &m_token))
        return finish(ops::exit_codes::Usage);
    withProfile(profile, [this](api::PartnerClient &client) {
        client.loginMe(m_token, this, [this](const api::Result<api::LoginMe> &r) {
            if (!r.ok())
                return finishWithError(r.error);
            const api::LoginMe me = *r.value;
            QJsonObject result{{QStringLiteral("userKey"), me.userKey},
                               {QStringLiteral("scope"), me.scope},
                               {QStringLiteral("agreedTerms"), QJsonArray::fromStringList(me.agreedTerms)}};
            output().text(tr("userKey %1 · scope %2 · agreed terms: %3").arg(me.userKey).arg(me.scope, me.agreedTerms.join(QStringLiteral(", "))));
            auto finishWithFields = [this, me, result](const QHash<QString, QString> &plain, const QString &problem) mutable {
                QJsonObject fields;
                QStringList names = me.encryptedFields.keys();
                names.sort();
                for (const QString &name : names) {
                    const QString shown = plain.contains(name) ? plain.value(name) : QStringLiteral("••••••");
                    fields.insert(name, shown);
                    output().text(QStringLiteral("  %1: %2").arg(name, shown));
                }
                result.insert(QStringLiteral("fields"), fields);
                result.insert(QStringLiteral("decrypted"), !plain.isEmpty());
                if (!problem.isEmpty())
                    output().note(problem);
                finishWith(ops::OutcomeClass::Done, {}, result);
            };
            if (!output().reveal()) {
                finishWithFields({}, me.encryptedFields.isEmpty() ? QString() : tr("Personal fields are masked: add --show-secrets to decrypt them."));
                return;
            }
            workspace().profiles().loadDecryptionKey(workspace().profile().id, this,
                                                      [this, me, finishWithFields](const keychain::StoreResult &kr, tls::SecretBuffer key, tls::SecretBuffer aad) mutable {
                if (!kr.ok())
                    return finishWithFields({}, tr("The personal fields stay encrypted: no decryption key is stored for this profile "
                                                   "(ait-cli import --decryption-key-file FILE --aad-file FILE)."));
                const api::LoginDecryptor decryptor(std::move(key), std::move(aad));
                QHash<QString, QString> plain;
                for (auto it = me.encryptedFields.cbegin(); it != me.encryptedFields.cend(); ++it) {
                    if (const auto value = decryptor.decrypt(it.value()))
                        plain.insert(it.key(), QString::fromUtf8(value->data(), value->size()));
                }
                if (plain.size() != me.encryptedFields.size()) {
                    const api::ApiError e = api::ApiError::make(api::ApiError::Kind::Decryption);
                    return finishWithError(e);
                }
                finishWithFields(plain, {});
            });
        });
    });
}

void LoginCommand::unlink()
{
    auto cl = std::make_shared<CommandLine>(
        QStringLiteral("login unlink --profile NAME (--access-token-file FILE | --user-key K) [--yes] [--json]"),
        tr("Unlinks a Toss login: by access token (remove-by-access-token, from --access-token-file or AIT_ACCESS_TOKEN) or "
           "for every login of a user (remove-by-user-key, --user-key). The user's tokens stop working. Confirmed on the "
           "terminal, or with --yes."),
        CommandLine::Profile | CommandLine::Json | CommandLine::Yes);
    cl->add(QStringLiteral("access-token-file"), tr("File whose first line is the access token (- for standard input)."), tr("file"));
    cl->add(QStringLiteral("user-key"), tr("Unlink every login of this userKey instead."), tr("number"));
    if (!cl->parse(arguments(), output()))
        return finish(cl->exitCode());
    const QString profile = cl->required(QStringLiteral("profile"), tr("the profile to call with"));
    const std::optional<qint64> userKey = cl->positiveInteger(QStringLiteral("user-key"), tr("the user's userKey"), false);
    if (userKey && cl->isSet(QStringLiteral("access-token-file")))
        cl->fail(tr("Give --user-key or --access-token-file, not both."));
    if (cl->failed())
        return finish(cl->exitCode());
    if (!userKey && !readToken(*cl, QStringLiteral("access-token-file"), "AIT_ACCESS_TOKEN", &m_token))
        return finish(ops::exit_codes::Usage);
    withProfile(profile, [this, userKey, yes = cl->yes()](api::PartnerClient &client) {
        if (refuseIfReadOnly())
            return;
        Confirmation::Request confirm;
        confirm.question = userKey ? tr("Unlink user %1 from this service? All of the user's tokens stop working.").arg(*userKey)
                                   : tr("Unlink this Toss login? The user's tokens stop working and the user must log in again.");
        confirm.yes = yes;
        auto *confirmation = new Confirmation(output(), this);
        confirmation->ask(confirm, [this, client = &client, userKey, confirm](Confirmation::Verdict verdict) {
            if (isFinished())
                return;
            if (verdict != Confirmation::Verdict::Confirmed)
                return finishWithProblem(ops::OutcomeClass::NotConfirmed, Confirmation::explain(verdict, confirm));
            changeStarted();
            auto done = [this](const api::Result<qint64> &r) {
                if (!r.ok())
                    return finishWithError(r.error);
                output().text(tr("Unlinked user %1.").arg(*r.value));
                finishWith(ops::OutcomeClass::Done, {}, {{QStringLiteral("userKey"), *r.value}});
            };
            if (userKey)
                client->removeByUserKey(*userKey, QString(), this, done);
            else
                client->removeByAccessToken(m_token, this, done);
        });
    });
}

} // namespace ait::cli
