#include "defaultimagebar.h"

#include "project/projectstore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace BuildDeck::Ui {

using State = Runtime::DefaultImage::State;

DefaultImageBar::DefaultImageBar(Runtime::DefaultImage &image, const Projects::ProjectStore &projects, QWidget *parent)
    : QFrame(parent)
    , m_image(image)
    , m_projects(projects)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_build(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("defaultImageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_text->setObjectName(QStringLiteral("defaultImageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("defaultImageDetail"));
    m_detail->setEnabled(false); // the tool's latest line, in the dimmed colour
    m_progress->setObjectName(QStringLiteral("defaultImageProgress"));
    m_progress->setRange(0, 100);
    m_build->setObjectName(QStringLiteral("buildDefaultImageButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissDefaultImageButton"));
    m_cancel->setObjectName(QStringLiteral("cancelDefaultImageButton"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_build);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_dismiss);
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_text);
    texts->addWidget(m_progress);
    texts->addWidget(m_detail);
    texts->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addLayout(texts, 1);

    connect(m_build, &QPushButton::clicked, this, &DefaultImageBar::buildImage);
    connect(m_cancel, &QPushButton::clicked, &m_image, &Runtime::DefaultImage::cancel);
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_dismissed = true;
        m_requested = false;
        hide();
    });
    connect(&m_image, &Runtime::DefaultImage::stateChanged, this, &DefaultImageBar::stateChanged);
    connect(&m_image, &Runtime::DefaultImage::progressChanged, this, &DefaultImageBar::showProgress);
    retranslateUi();
}

void DefaultImageBar::buildImage()
{
    m_dismissed = false;
    m_requested = true;
    m_image.build();
    retranslateUi();
}

bool DefaultImageBar::wanted() const
{
    const Result<QList<Projects::ProjectRecord>> records = m_projects.list();
    if (!records || records->isEmpty())
        return true;
    return std::any_of(records->cbegin(), records->cend(), [this](const Projects::ProjectRecord &record) {
        return record.project.environment.image == m_image.reference();
    });
}

void DefaultImageBar::reconsider()
{
    retranslateUi();
}

void DefaultImageBar::stateChanged(State state)
{
    if (state == State::Present && m_requested) {
        m_requested = false;
        Q_EMIT notice(tr("Built the default build image %1.").arg(m_image.reference()));
    }
    retranslateUi();
}

void DefaultImageBar::showProgress(const Runtime::ImageBuildProgress &progress)
{
    m_progress->setValue(progress.percent);
    if (!progress.line.isEmpty())
        m_detail->setText(progress.line);
    retranslateUi();
}

void DefaultImageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

// Texts and which parts show follow the image's state; called whenever that or the language changes.
void DefaultImageBar::retranslateUi()
{
    const State state = m_image.state();
    const QString image = m_image.reference();
    const bool building = state == State::Building;
    const bool failed = state == State::Failed && m_requested;
    const bool offered = state == State::Missing && !m_dismissed && wanted();
    setVisible(building || failed || offered);

    m_progress->setVisible(building);
    m_detail->setVisible(building);
    m_cancel->setVisible(building);
    m_build->setVisible(!building);
    m_dismiss->setVisible(!building);
    m_build->setText(failed ? tr("&Try Again") : tr("Build &Image"));
    m_dismiss->setText(tr("Not &Now"));
    m_cancel->setText(tr("&Cancel"));
    if (building) {
        m_text->setText(tr("Making the default build image %1.").arg(image));
        const QString stage = m_image.progress().stage;
        m_progress->setFormat(stage.isEmpty() ? QStringLiteral("%p%") : tr("%1: %p%").arg(stage));
    } else if (failed) {
        m_text->setText(tr("The default build image %1 could not be made: %2").arg(image, m_image.failure()));
    } else {
        m_text->setText(tr("The engine has no %1, the default build image. BuildDeck can make it from Debian's "
                           "packages: it takes a few minutes and about 600 MB.")
                            .arg(image));
    }
}

} // namespace BuildDeck::Ui
