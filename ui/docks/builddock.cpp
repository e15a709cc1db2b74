#include "builddock.h"

#include "models/phasemodel.h"
#include "models/statuspresentation.h"
#include "widgets/emptystatewidget.h"
#include "widgets/phasetimelinedelegate.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

BuildDock::BuildDock(QWidget *parent)
    : QDockWidget(parent)
    , m_phases(new PhaseModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyStateWidget(this))
    , m_title(new QLabel(this))
    , m_phaseView(new QTableView(this))
    , m_form(new QFormLayout)
    , m_sourceVersion(new QLabel(this))
    , m_image(new QLabel(this))
    , m_computeType(new QLabel(this))
    , m_initiator(new QLabel(this))
    , m_started(new QLabel(this))
    , m_duration(new QLabel(this))
    , m_environment(new QTableWidget(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("buildDock"));
    m_title->setObjectName(QStringLiteral("buildTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_phaseView->setObjectName(QStringLiteral("phaseTable"));
    m_phaseView->setModel(m_phases);
    m_phaseView->setItemDelegateForColumn(PhaseModel::TimelineColumn, new PhaseTimelineDelegate(m_phaseView));
    m_phaseView->verticalHeader()->hide();
    m_phaseView->setSelectionMode(QAbstractItemView::NoSelection);
    m_phaseView->horizontalHeader()->setStretchLastSection(true);
    m_phaseView->setWordWrap(false);
    m_phaseView->setColumnWidth(PhaseModel::PhaseColumn, 165);
    m_phaseView->setColumnWidth(PhaseModel::TimelineColumn, 140);
    m_phaseView->setColumnWidth(PhaseModel::DurationColumn, 70);
    m_phaseView->verticalHeader()->setDefaultSectionSize(m_phaseView->fontMetrics().height() + 8);
    m_environment->setObjectName(QStringLiteral("buildEnvironment"));
    m_environment->setColumnCount(3);
    m_environment->verticalHeader()->hide();
    m_environment->horizontalHeader()->setStretchLastSection(true);
    m_environment->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QLabel *value : {m_sourceVersion, m_image, m_computeType, m_initiator, m_started, m_duration})
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        m_phases->tick();
        if (m_record)
            m_duration->setText(StatusPresentation::duration(m_record->startTime, m_record->endTime));
    });

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->addWidget(m_title);
    layout->addWidget(m_phaseView, 3);
    layout->addLayout(m_form);
    layout->addWidget(m_environment, 1);
    for (QLabel *value : {m_sourceVersion, m_image, m_computeType, m_initiator, m_started, m_duration}) {
        m_formLabels.append(new QLabel(this));
        m_form->addRow(m_formLabels.last(), value);
    }
    m_stack->addWidget(m_empty);
    m_stack->addWidget(details);
    setWidget(m_stack);
    retranslateUi();
}

void BuildDock::setRecord(const std::optional<Engine::BuildRecord> &record)
{
    if (record == m_record)
        return;
    m_record = record;
    showDetails();
}

void BuildDock::showDetails()
{
    m_stack->setCurrentIndex(m_record ? 1 : 0);
    if (!m_record) {
        m_ticker->stop();
        return;
    }
    const Engine::BuildRecord &build = *m_record;
    m_phases->setRecord(build);
    m_title->setText(
        tr("%1 #%2: %3").arg(build.projectName).arg(build.buildNumber).arg(StatusPresentation::text(build)));
    const QJsonObject environment = build.configuration.value(QStringLiteral("environment")).toObject();
    const QString version = build.resolvedSourceVersion.isEmpty() ? build.sourceVersion : build.resolvedSourceVersion;
    m_sourceVersion->setText(version.isEmpty() ? tr("(none)") : version);
    m_image->setText(environment.value(QStringLiteral("image")).toString());
    m_computeType->setText(environment.value(QStringLiteral("computeType")).toString());
    m_initiator->setText(build.initiator);
    m_started->setText(QLocale().toString(build.startTime.toLocalTime(), QLocale::LongFormat));
    m_duration->setText(StatusPresentation::duration(build.startTime, build.endTime));

    // Only PLAINTEXT values are shown; the others name a secret, and stay hidden.
    const QJsonArray variables = environment.value(QStringLiteral("environmentVariables")).toArray();
    m_environment->setRowCount(int(variables.size()));
    for (qsizetype row = 0; row < variables.size(); ++row) {
        const QJsonObject variable = variables.at(row).toObject();
        const QString type = variable.value(QStringLiteral("type")).toString(QStringLiteral("PLAINTEXT"));
        const bool plain = type == QStringLiteral("PLAINTEXT");
        auto *value = new QTableWidgetItem(plain ? variable.value(QStringLiteral("value")).toString()
                                                 : QStringLiteral("••••••••"));
        if (!plain)
            value->setToolTip(tr("A %1 variable: its value is kept out of sight.").arg(type));
        m_environment->setItem(int(row), 0, new QTableWidgetItem(variable.value(QStringLiteral("name")).toString()));
        m_environment->setItem(int(row), 1, value);
        m_environment->setItem(int(row), 2, new QTableWidgetItem(type));
    }
    if (build.buildComplete)
        m_ticker->stop();
    else if (!m_ticker->isActive())
        m_ticker->start();
}

void BuildDock::retranslateUi()
{
    setWindowTitle(tr("Build"));
    m_empty->setTitle(tr("No build selected"));
    m_empty->setExplanation(tr("Select a build in History to see its phases, environment and source version."));
    const QStringList labels{tr("Source version:"), tr("Image:"),   tr("Compute type:"),
                             tr("Initiator:"),      tr("Started:"), tr("Duration:")};
    for (qsizetype row = 0; row < labels.size(); ++row)
        m_formLabels.at(row)->setText(labels.at(row));
    m_environment->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("Type")});
    if (m_record)
        showDetails();
}

void BuildDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

} // namespace BuildDeck::Ui
