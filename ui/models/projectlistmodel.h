#pragma once

#include "engine/buildrecord.h"
#include "engine/buildstore.h"
#include "project/projectstore.h"

#include <QAbstractTableModel>

#include <optional>

namespace BuildDeck::Ui {

// The Projects dock's list: each project with the status and start of its last build. refresh()
// follows the stores; rows stay where they are when only their builds change.
class ProjectListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectListModel)

public:
    enum Column
    {
        NameColumn,
        LastBuildColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1
    };

    ProjectListModel(Projects::ProjectStore &projects, Engine::BuildStore &builds, QObject *parent = nullptr);

    QString name(int row) const;
    int rowOf(const QString &name) const;
    const Projects::Project *project(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void failed(const QString &message);

private:
    struct Row
    {
        Projects::Project project;
        std::optional<Engine::BuildRecord> lastBuild;
    };

    Projects::ProjectStore &m_projects;
    Engine::BuildStore &m_builds;
    QList<Row> m_rows;
};

} // namespace BuildDeck::Ui
