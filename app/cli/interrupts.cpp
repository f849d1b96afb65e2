#include "interrupts.h"

#include <QPointer>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace ait::cli {

namespace {

#ifdef Q_OS_UNIX
int wakeFds[2] = {-1, -1};
volatile std::sig_atomic_t received = 0;

// Only async-signal-safe calls here: a byte to the socket the event loop watches.
void onSignal(int signal)
{
    if (received) { // asked twice: stop now, the default way
        std::signal(signal, SIG_DFL);
        std::raise(signal);
        return;
    }
    received = 1;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(wakeFds[0], &byte, 1);
}
#endif

#ifdef Q_OS_WIN
QPointer<Interrupts> instance;

BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT)
        return FALSE;
    // Runs on a thread of its own: hand it to the main thread's event loop.
    if (instance)
        QMetaObject::invokeMethod(instance.data(), &Interrupts::interrupted, Qt::QueuedConnection);
    return TRUE;
}
#endif

} // namespace

Interrupts::Interrupts() = default;

Interrupts &Interrupts::install()
{
    static Interrupts *self = [] {
        auto *interrupts = new Interrupts;
#ifdef Q_OS_UNIX
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, wakeFds) == 0) {
            auto *notifier = new QSocketNotifier(wakeFds[1], QSocketNotifier::Read, interrupts);
            QObject::connect(notifier, &QSocketNotifier::activated, interrupts, [interrupts] {
                char byte;
                [[maybe_unused]] const ssize_t read = ::read(wakeFds[1], &byte, 1);
                emit interrupts->interrupted();
            });
            struct sigaction action = {};
            action.sa_handler = onSignal;
            sigemptyset(&action.sa_mask);
            action.sa_flags = SA_RESTART;
            ::sigaction(SIGINT, &action, nullptr);
            ::sigaction(SIGTERM, &action, nullptr);
        }
#endif
#ifdef Q_OS_WIN
        instance = interrupts;
        SetConsoleCtrlHandler(onConsoleControl, TRUE);
#endif
        return interrupts;
    }();
    return *self;
}

} // namespace ait::cli
