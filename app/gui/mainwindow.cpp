#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "ait/version.h"

#include <QMessageBox>

namespace ait::gui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/ait-console.svg")));
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

MainWindow::~MainWindow() = default;

void MainWindow::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(int(tab));
}

MainWindow::Tab MainWindow::currentTab() const
{
    return Tab(m_ui->tabs->currentIndex());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ait-console"),
                       tr("<b>ait-console %1</b><p>Operator console for the Apps in Toss partner APIs.</p>"
                          "<p>Every call uses mutual TLS with a client certificate kept in the OS keychain.</p>")
                           .arg(QStringLiteral(AIT_VERSION)));
}

} // namespace ait::gui
