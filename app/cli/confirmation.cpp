#include "confirmation.h"

#include "output.h"

#include <QLocale>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>

#include <cstdio>
#include <iostream>
#include <string>
#endif

namespace ait::cli {

LineReader::LineReader(QObject *parent) : QObject(parent) {}

LineReader::~LineReader() = default;

void LineReader::readLine(std::function<void(std::optional<QString>)> done)
{
    m_done = std::move(done);
#ifdef Q_OS_UNIX
    if (!m_notifier) {
        m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &LineReader::readAvailable);
    }
    m_notifier->setEnabled(true);
    if (m_buffer.contains('\n'))
        QTimer::singleShot(0, this, &LineReader::readAvailable);
#else
    // The Windows console has no notifier: the line is read when the question is asked.
    QTimer::singleShot(0, this, [this] {
        std::string line;
        if (std::getline(std::cin, line))
            deliver(QString::fromLocal8Bit(line.c_str()).trimmed());
        else
            deliver(std::nullopt);
    });
#endif
}

void LineReader::readAvailable()
{
#ifdef Q_OS_UNIX
    if (!m_buffer.contains('\n')) {
        char chunk[256];
        const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
        if (n <= 0) {
            m_notifier->setEnabled(false);
            return deliver(std::nullopt);
        }
        m_buffer.append(chunk, n);
    }
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return;
    const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
    m_buffer.remove(0, end + 1);
    m_notifier->setEnabled(false);
    deliver(line);
#endif
}

void LineReader::deliver(std::optional<QString> line)
{
    if (auto done = std::exchange(m_done, nullptr))
        done(std::move(line));
}

Confirmation::Confirmation(Output &output, QObject *parent) : QObject(parent), m_output(output), m_reader(this) {}

bool Confirmation::hasTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

bool Confirmation::isYes(const QString &answer)
{
    const QString a = answer.trimmed().toLower();
    return a == QLatin1String("y") || a == QLatin1String("yes") || a == tr("yes").toLower() || a == QStringLiteral("예")
        || a == QStringLiteral("네");
}

void Confirmation::ask(const Request &request, std::function<void(Verdict)> done)
{
    m_request = request;
    m_done = std::move(done);
    if (request.recentWarning.isEmpty())
        return askConfirmation();
    // Said even when --despite-recent goes on: a script's log then shows what it went past.
    m_output.err() << request.recentWarning << Qt::endl;
    if (request.despiteRecent)
        return askConfirmation();
    if (!hasTerminal())
        return finish(Verdict::RecentlySettled);
    m_output.err() << tr("Go on anyway?") << QLatin1Char(' ') << tr("[y/N]") << QLatin1Char(' ') << Qt::flush;
    m_reader.readLine([this](std::optional<QString> answer) {
        if (!answer || !isYes(*answer))
            return finish(Verdict::Declined);
        askConfirmation();
    });
}

void Confirmation::askConfirmation()
{
    const Request &request = m_request;
    const bool terminal = hasTerminal();
    if (request.amountToType && request.confirmAmount && *request.confirmAmount != *request.amountToType)
        return finish(Verdict::AmountMismatch);
    const bool amountSettled = !request.amountToType || request.confirmAmount;
    if (request.yes) {
        if (amountSettled)
            return finish(Verdict::Confirmed);
        if (!terminal)
            return finish(Verdict::AmountNeeded);
        return askAmount();
    }
    if (!terminal)
        return finish(Verdict::NoTerminal);
    m_output.err() << request.question << QLatin1Char(' ') << tr("[y/N]") << QLatin1Char(' ') << Qt::flush;
    m_reader.readLine([this, amountSettled](std::optional<QString> answer) {
        if (!answer || !isYes(*answer))
            return finish(Verdict::Declined);
        if (amountSettled)
            return finish(Verdict::Confirmed);
        askAmount();
    });
}

void Confirmation::finish(Verdict verdict)
{
    // Answered later, like every other callback.
    if (auto done = std::exchange(m_done, nullptr))
        QTimer::singleShot(0, this, [done, verdict] { done(verdict); });
}

void Confirmation::askAmount()
{
    m_output.err() << m_request.amountPrompt << QLatin1Char(' ') << Qt::flush;
    m_reader.readLine([this](std::optional<QString> typed) {
        if (!typed)
            return finish(Verdict::Declined);
        QString digits = *typed;
        digits.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
        finish(digits == QString::number(*m_request.amountToType) ? Verdict::Confirmed : Verdict::AmountMismatch);
    });
}

QString Confirmation::explain(Verdict verdict, const Request &request)
{
    switch (verdict) {
    case Verdict::Confirmed: return {};
    case Verdict::Declined: return tr("Not confirmed. Nothing was sent.");
    case Verdict::NoTerminal: return tr("There is no terminal to confirm on: add --yes to confirm. Nothing was sent.");
    case Verdict::AmountNeeded:
        return tr("The amount must be confirmed: add --confirm-amount %1 (or run it on a terminal to type it). Nothing was sent.")
            .arg(request.amountToType.value_or(0));
    case Verdict::AmountMismatch:
        return tr("The confirmed amount does not match %1. Nothing was sent.").arg(QLocale().toString(request.amountToType.value_or(0)));
    case Verdict::RecentlySettled:
        return tr("Another operator settled this lately (see above) and there is no terminal to ask on: add --despite-recent to go on "
                  "anyway. Nothing was sent.");
    }
    return {};
}

} // namespace ait::cli
