#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace ait::gui {

// The operator console's main window: one tab per area of the partner API.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Tab { Certificates, Login, Payments, InAppPurchases, Messages, Promotions, Activity };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showTab(Tab tab);
    Tab currentTab() const;

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace ait::gui
