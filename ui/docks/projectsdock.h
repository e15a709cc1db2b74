#pragma once

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTreeView;

namespace BuildDeck::Ui {

class EmptyStateWidget;
class ProjectListModel;

// The Projects panel: every project with its last build, and a search box.
class ProjectsDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectsDock)

public:
    explicit ProjectsDock(ProjectListModel *model, QWidget *parent = nullptr);

    // The selected project's name, or empty.
    QString currentProject() const;
    void selectProject(const QString &name);

Q_SIGNALS:
    void currentProjectChanged(const QString &name);
    void projectActivated(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyState();

    ProjectListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTreeView *m_view;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
};

} // namespace BuildDeck::Ui
