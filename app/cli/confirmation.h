#pragma once

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

class QSocketNotifier;

namespace ait::cli {

class Output;

// Reads one line from the terminal without blocking the event loop (Ctrl+C still works while a
// question waits). Unix: a socket notifier on stdin; elsewhere a plain read when the question is asked.
class LineReader : public QObject
{
    Q_OBJECT

public:
    explicit LineReader(QObject *parent = nullptr);
    ~LineReader() override;
    // `done` gets the line without its ending, or nothing at the end of input.
    void readLine(std::function<void(std::optional<QString>)> done);

private:
    void readAvailable();
    void deliver(std::optional<QString> line);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    std::function<void(std::optional<QString>)> m_done;
};

// The confirmation before a money action, as the console asks it: a yes/no question, and above a
// threshold the amount typed; before both, whether to go on when another operator settled the same
// target lately. Without a terminal to ask on, --yes stands for the yes, --confirm-amount for the
// typed amount and --despite-recent for going on; otherwise nothing is confirmed (exit 3).
class Confirmation : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString question;                    // shown on the terminal, answered y/yes (or 예)
        bool yes = false;                    // --yes
        std::optional<qint64> amountToType;  // set when the amount must be typed
        QString amountPrompt;                // "Type the amount to refund (25000) to confirm:"
        std::optional<qint64> confirmAmount; // --confirm-amount
        // Another operator settled the same target lately (ops::recentlySettled): said first, and
        // asked about on its own — --yes does not answer it, --despite-recent does.
        QString recentWarning;
        bool despiteRecent = false;          // --despite-recent
    };
    enum class Verdict {
        Confirmed,
        Declined,       // answered no, or the input ended
        NoTerminal,     // nobody to ask and no --yes
        AmountNeeded,   // the amount must be typed, nobody to ask and no --confirm-amount
        AmountMismatch, // typed or --confirm-amount, but not the amount
        RecentlySettled, // settled lately by another operator, nobody to ask and no --despite-recent
    };

    explicit Confirmation(Output &output, QObject *parent = nullptr);

    // Whether questions can be asked: stdin is a terminal.
    static bool hasTerminal();
    void ask(const Request &request, std::function<void(Verdict)> done);
    // The sentence for a verdict other than Confirmed (what happened, and that nothing was sent).
    static QString explain(Verdict verdict, const Request &request);

private:
    void askConfirmation();
    void askAmount();
    void finish(Verdict verdict);
    static bool isYes(const QString &answer);

    Output &m_output;
    LineReader m_reader;
    Request m_request;
    std::function<void(Verdict)> m_done;
};

} // namespace ait::cli
