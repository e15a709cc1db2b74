#include "aboutdialog.h"

#include "style/icons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

AboutDialog::AboutDialog(const LibraryVersions &versions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About BuildDeck"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::applicationIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("<h2>BuildDeck %1</h2>").arg(versions.builddeck.toHtmlEscaped()), this);
    auto *summary = new QLabel(tr("AWS CodeBuild on your own machine: build projects, buildspecs with validation, "
                                  "and builds in local containers with CodeBuild's phases, logs, artifacts and "
                                  "reports."),
                               this);
    summary->setWordWrap(true);

    auto *libraries = new QFormLayout;
    libraries->setObjectName(QStringLiteral("libraryVersions"));
    for (const auto &[name, version] : versions.entries()) {
        if (name == QStringLiteral("BuildDeck"))
            continue;
        auto *value = new QLabel(version.isEmpty() ? tr("unknown") : version, this);
        value->setObjectName(QStringLiteral("version-") + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        libraries->addRow(tr("%1:").arg(name), value);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(summary);
    text->addSpacing(8);
    text->addWidget(new QLabel(tr("Built on:"), this));
    text->addLayout(libraries);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace BuildDeck::Ui
