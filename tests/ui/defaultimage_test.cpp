// The offer to make the default build image: shown when the engine lacks it, made for real with
// mmdebstrap on the real engine from a small recipe, with progress; a failing recipe says why.

#include "appservices.h"
#include "engine.h"
#include "processrunner.h"
#include "scopedenv.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUuid>

using namespace BuildDeck;
using State = Runtime::DefaultImage::State;

namespace {

// A recipe for a small image (busybox only, a few seconds to make) under a name no engine has.
QString writeRecipe(const QTemporaryDir &dir, const QString &tag, const QString &package)
{
    const QString file = dir.filePath(QStringLiteral("image.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QStringLiteral(R"({"repository": "builddeck/ui-test-image", "tag": "%1", "suite": "bookworm",
        "variant": "extract", "sources": ["deb ${mirror} bookworm main"], "packages": ["%2"],
        "config": ["CMD [\"/bin/busybox\", \"cat\", \"/etc/builddeck-image\"]"]})")
                  .arg(tag, package)
                  .toUtf8());
    return file;
}

QString uniqueTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void removeImage(const QString &reference)
{
    runProgram(QStringLiteral("docker"), {QStringLiteral("rmi"), QStringLiteral("-f"), reference});
}

} // namespace

TEST_CASE("The window offers to make the missing default image and makes it with progress", "[docker][gui]")
{
    if (!requireEngine())
        return;
    QTemporaryDir dir;
    const QString tag = uniqueTag();
    const QString reference = QStringLiteral("builddeck/ui-test-image:") + tag;
    const ScopedEnv recipe("BUILDDECK_IMAGE_RECIPE", writeRecipe(dir, tag, QStringLiteral("busybox-static")).toUtf8());
    OpenWindow session(realEngine());
    auto &window = session.window;
    auto *bar = child<QFrame>(window, "defaultImageBar");
    CHECK(session.defaultImage.reference() == reference);

    session.monitor.checkNow();
    REQUIRE(QTest::qWaitFor([&] { return bar->isVisible(); }, 30000));
    CHECK(session.defaultImage.state() == State::Missing);
    CHECK(child<QLabel>(*bar, "defaultImageText")->text().contains(reference));

    // Not Now hides the offer; Build > Build Default Image brings it back and starts.
    child<QPushButton>(*bar, "dismissDefaultImageButton")->click();
    CHECK_FALSE(bar->isVisible());

    QSignalSpy progress(&session.defaultImage, &Runtime::DefaultImage::progressChanged);
    action(window, "actionBuildDefaultImage")->trigger();
    CHECK(bar->isVisible());
    CHECK(child<QPushButton>(*bar, "cancelDefaultImageButton")->isVisible());
    CHECK(child<QProgressBar>(*bar, "defaultImageProgress")->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return session.defaultImage.state() != State::Building; }, 300000));
    INFO(session.defaultImage.failure().toStdString());
    REQUIRE(session.defaultImage.state() == State::Present);
    CHECK_FALSE(bar->isVisible());
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Built the default build image %1.").arg(reference));

    // It went through the file system, then the import, to the end.
    REQUIRE(progress.size() > 2);
    QList<int> percents;
    for (const QList<QVariant> &signal : std::as_const(progress))
        percents.append(signal.constFirst().value<Runtime::ImageBuildProgress>().percent);
    CHECK(std::is_sorted(percents.cbegin(), percents.cend()));
    CHECK(percents.constLast() == 100);

    // The engine has it, and it runs with the recipe's command and names itself.
    const ProcessResult run =
        runProgram(QStringLiteral("docker"), {QStringLiteral("run"), QStringLiteral("--rm"), reference});
    CHECK(run.exitCode == 0);
    CHECK(run.out.trimmed() == reference);
    removeImage(reference);
}

TEST_CASE("A default image that cannot be made says why, and a project on another image is not offered it",
          "[docker][gui]")
{
    if (!requireEngine())
        return;
    QTemporaryDir dir;
    const QString tag = uniqueTag();
    const ScopedEnv recipe("BUILDDECK_IMAGE_RECIPE",
                           writeRecipe(dir, tag, QStringLiteral("no-such-package-builddeck")).toUtf8());
    OpenWindow session(realEngine(), [](AppServices &app) {
        REQUIRE(app.projects->create(
            sampleProject(QStringLiteral("elsewhere"),
                          QStringLiteral("version: 0.2\nphases:\n  build:\n    commands:\n      - make\n"))));
    });
    auto *bar = child<QFrame>(session.window, "defaultImageBar");
    session.monitor.checkNow();
    REQUIRE(QTest::qWaitFor([&] { return session.defaultImage.state() == State::Missing; }, 30000));
    CHECK_FALSE(bar->isVisible()); // no project builds in it

    action(session.window, "actionBuildDefaultImage")->trigger();
    REQUIRE(QTest::qWaitFor([&] { return session.defaultImage.state() != State::Building; }, 300000));
    REQUIRE(session.defaultImage.state() == State::Failed);
    CHECK(bar->isVisible());
    const QString text = child<QLabel>(*bar, "defaultImageText")->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("could not be made")));
    CHECK(text.contains(QStringLiteral("no-such-package-builddeck")));
    CHECK(child<QPushButton>(*bar, "buildDefaultImageButton")->text() == QStringLiteral("&Try Again"));
    CHECK(QDir(session.app.dataDirectory() + QStringLiteral("/work"))
              .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
              .isEmpty());
}
