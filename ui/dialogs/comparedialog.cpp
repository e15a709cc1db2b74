#include "comparedialog.h"

#include "models/statuspresentation.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

namespace {

QString status(const Engine::BuildRecord &build)
{
    return StatusPresentation::text(build);
}

QString phaseText(const Engine::BuildRecord &build, Engine::PhaseType type)
{
    for (const Engine::BuildPhase &phase : build.phases) {
        if (phase.type == type) {
            return QStringLiteral("%1, %2").arg(
                StatusPresentation::text(phase.status ? phase.status : std::optional<Engine::Status>()),
                StatusPresentation::duration(phase.startTime, phase.endTime));
        }
    }
    return {};
}

// The build's environment variables by name, secret values hidden.
QMap<QString, QString> variables(const Engine::BuildRecord &build)
{
    QMap<QString, QString> values;
    const QJsonArray list = build.configuration.value(QStringLiteral("environment"))
                                .toObject()
                                .value(QStringLiteral("environmentVariables"))
                                .toArray();
    for (const QJsonValue &entry : list) {
        const QJsonObject variable = entry.toObject();
        const bool plain =
            variable.value(QStringLiteral("type")).toString(QStringLiteral("PLAINTEXT")) == QStringLiteral("PLAINTEXT");
        values.insert(variable.value(QStringLiteral("name")).toString(),
                      plain ? variable.value(QStringLiteral("value")).toString() : QStringLiteral("••••••••"));
    }
    return values;
}

} // namespace

CompareDialog::CompareDialog(const Engine::BuildRecord &left, const Engine::BuildRecord &right, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 2, this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Builds"));
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setHorizontalHeaderLabels({tr("%1 #%2").arg(left.projectName).arg(left.buildNumber),
                                        tr("%1 #%2").arg(right.projectName).arg(right.buildNumber)});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    const QJsonObject leftEnvironment = left.configuration.value(QStringLiteral("environment")).toObject();
    const QJsonObject rightEnvironment = right.configuration.value(QStringLiteral("environment")).toObject();
    addRow(tr("Status"), status(left), status(right));
    addRow(tr("Source version"), left.resolvedSourceVersion.isEmpty() ? left.sourceVersion : left.resolvedSourceVersion,
           right.resolvedSourceVersion.isEmpty() ? right.sourceVersion : right.resolvedSourceVersion);
    addRow(tr("Image"), leftEnvironment.value(QStringLiteral("image")).toString(),
           rightEnvironment.value(QStringLiteral("image")).toString());
    addRow(tr("Compute type"), leftEnvironment.value(QStringLiteral("computeType")).toString(),
           rightEnvironment.value(QStringLiteral("computeType")).toString());
    addRow(tr("Initiator"), left.initiator, right.initiator);
    addRow(tr("Started"), QLocale().toString(left.startTime.toLocalTime(), QLocale::ShortFormat),
           QLocale().toString(right.startTime.toLocalTime(), QLocale::ShortFormat));
    addRow(tr("Duration"), StatusPresentation::duration(left.startTime, left.endTime),
           StatusPresentation::duration(right.startTime, right.endTime));
    for (int type = int(Engine::PhaseType::Submitted); type <= int(Engine::PhaseType::Finalizing); ++type) {
        const auto phase = Engine::PhaseType(type);
        const QString a = phaseText(left, phase);
        const QString b = phaseText(right, phase);
        if (!a.isEmpty() || !b.isEmpty())
            addRow(Engine::phaseTypeName(phase), a, b);
    }
    const QMap<QString, QString> leftVariables = variables(left);
    QMap<QString, QString> rightVariables = variables(right);
    QStringList names = leftVariables.keys() + rightVariables.keys();
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        addRow(QStringLiteral("$") + name, leftVariables.value(name), rightVariables.value(name));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 560);
}

void CompareDialog::addRow(const QString &label, const QString &left, const QString &right)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setVerticalHeaderItem(row, new QTableWidgetItem(label));
    auto *a = new QTableWidgetItem(left);
    auto *b = new QTableWidgetItem(right);
    if (left != right) {
        QFont bold = a->font();
        bold.setBold(true);
        a->setFont(bold);
        b->setFont(bold);
    }
    m_table->setItem(row, 0, a);
    m_table->setItem(row, 1, b);
}

} // namespace BuildDeck::Ui
