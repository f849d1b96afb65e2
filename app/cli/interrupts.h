#pragma once

#include <QObject>

namespace ait::cli {

// Ctrl+C (SIGINT) and SIGTERM as a Qt signal on the main thread, so a command can stop what it is
// doing and still settle the journal. A second Ctrl+C ends the process at once (the default action).
class Interrupts : public QObject
{
    Q_OBJECT

public:
    // Installs the handlers (once per process).
    static Interrupts &install();

signals:
    void interrupted();

private:
    Interrupts();
};

} // namespace ait::cli
