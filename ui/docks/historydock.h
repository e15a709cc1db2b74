#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace BuildDeck::Ui {

class BuildHistoryModel;
class DurationChart;

// The History panel: the builds of every project or of the selected one, filtered by status, text
// and start time, sorted by a click on a column, read a page at a time.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDock)

public:
    explicit HistoryDock(BuildHistoryModel *model, QWidget *parent = nullptr);

    // Shows the builds of `project` only (empty: of all projects).
    void setProject(const QString &project);
    QString currentBuild() const;
    // The builds selected (several with Ctrl or Shift), in the list's order.
    QStringList selectedBuilds() const;
    void selectBuild(const QString &id);

Q_SIGNALS:
    void currentBuildChanged(const QString &id);
    void selectedBuildsChanged(const QStringList &ids);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void retranslateUi();
    void updateCount();
    void updateChart();

    BuildHistoryModel *m_model;
    QString m_project;
    QComboBox *m_status;
    QComboBox *m_period;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    DurationChart *m_chart;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace BuildDeck::Ui
