#include "settingsdialog.h"

#include "engine/buildsettings.h"
#include "runtime/enginelocator.h"
#include "support/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace BuildDeck::Ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_engine(new QLineEdit(this))
    , m_engineResult(new QLabel(this))
    , m_dataDirectory(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_engine->setObjectName(QStringLiteral("settingsEngine"));
    m_engine->setPlaceholderText(tr("the default sockets (unix:///var/run/docker.sock, Podman's)"));
    m_engine->setText(Engine::BuildSettings::engine().value());
    m_engineResult->setObjectName(QStringLiteral("settingsEngineResult"));
    m_engineResult->setWordWrap(true);
    m_engineResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataDirectory->setObjectName(QStringLiteral("settingsDataDirectory"));
    m_dataDirectory->setPlaceholderText(tr("the default"));
    m_dataDirectory->setText(Engine::BuildSettings::dataDirectory().value());
    m_region->setObjectName(QStringLiteral("settingsRegion"));
    m_region->setText(Engine::BuildSettings::region().value());
    m_concurrency->setObjectName(QStringLiteral("settingsConcurrency"));
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(Engine::BuildSettings::concurrentLimit().value());
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("The system's (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : translationLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(languageSetting().value())));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);

    auto *test = new QPushButton(tr("&Test"), this);
    test->setObjectName(QStringLiteral("settingsTestEngine"));
    auto *engineRow = new QHBoxLayout;
    engineRow->addWidget(m_engine, 1);
    engineRow->addWidget(test);
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataDirectory, 1);
    dataRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Engine:"), engineRow);
    form->addRow(QString(), m_engineResult);
    form->addRow(tr("&Data directory:"), dataRow);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Builds at &once:"), m_concurrency);
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *note = new QLabel(
        tr("The engine and the data directory apply when BuildDeck starts next; --engine, "
           "--data-dir and the BUILDDECK_ENGINE, DOCKER_HOST and BUILDDECK_DATA_DIR variables win "
           "over them. The region and the number of builds at once apply to the next build; the language, to the "
           "next start."),
        this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(test, &QPushButton::clicked, this, &SettingsDialog::testEngine);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("The Data Directory"), m_dataDirectory->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_dataDirectory, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_engine, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_region, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void SettingsDialog::validate()
{
    static const QRegularExpression region(QStringLiteral("^[a-z]{2}(-[a-z]+)+-\\d$"));
    QString message;
    const QString engine = m_engine->text().trimmed();
    if (!engine.isEmpty()) {
        if (const auto parsed = Runtime::EngineEndpoint::parse(engine, tr("Engine")); !parsed)
            message = parsed.error().message;
    }
    if (message.isEmpty() && !region.match(m_region->text().trimmed()).hasMatch())
        message = tr("Region: %1 is not an AWS region name such as us-east-1 or eu-west-2.").arg(m_region->text());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(message.isEmpty());
}

void SettingsDialog::testEngine()
{
    const Result<QList<Runtime::EngineEndpoint>> candidates =
        Runtime::EngineLocator::candidates(m_engine->text().trimmed());
    if (!candidates) {
        m_engineResult->setText(candidates.error().message);
        return;
    }
    m_engineResult->setText(tr("Testing..."));
    const quint64 test = ++m_test;
    auto *watcher = new QFutureWatcher<Result<Runtime::EngineInfo>>(this);
    connect(watcher, &QFutureWatcher<Result<Runtime::EngineInfo>>::finished, this, [this, watcher, test] {
        watcher->deleteLater();
        if (test != m_test)
            return;
        const Result<Runtime::EngineInfo> info = watcher->result();
        m_engineResult->setText(info ? tr("It answers: %1 %2 (API %3) at %4")
                                           .arg(info->name, info->version, info->usedApiVersion, info->endpoint)
                                     : info.error().message);
    });
    watcher->setFuture(QtConcurrent::run([list = *candidates] { return Runtime::EngineLocator::probe(list); }));
}

void SettingsDialog::accept()
{
    Engine::BuildSettings::engine().setValue(m_engine->text().trimmed());
    Engine::BuildSettings::dataDirectory().setValue(m_dataDirectory->text().trimmed());
    Engine::BuildSettings::region().setValue(m_region->text().trimmed());
    Engine::BuildSettings::concurrentLimit().setValue(m_concurrency->value());
    languageSetting().setValue(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace BuildDeck::Ui
