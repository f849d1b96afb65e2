// The start-up baseline: a bare Qt Widgets main window with the console's seven tabs, nothing else.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTabWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bench-baseline"));
    auto *tabs = new QTabWidget;
    for (const char *name : {"Certificates", "Login", "Payments", "In-app purchases", "Messages", "Promotions", "Activity"})
        tabs->addTab(new QLabel(QString::fromLatin1(name)), QString::fromLatin1(name));
    window.setCentralWidget(tabs);
    window.resize(1100, 720);
    window.show();
    return app.exec();
}
