// Image recipes (packaging/images/*/image.json): what is read, what mmdebstrap is asked, and a
// bad recipe named with its member.

#include "scopedenv.h"

#include "runtime/imagebuilder.h"
#include "runtime/imagerecipe.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace BuildDeck;
using Runtime::ImageRecipe;

namespace {

Result<ImageRecipe> loadText(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString file = dir.filePath(QStringLiteral("image.json"));
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(text);
    out.close();
    return ImageRecipe::load(file);
}

} // namespace

TEST_CASE("The default image's recipe names the default image", "[image]")
{
    const Result<ImageRecipe> recipe = ImageRecipe::load(ImageRecipe::defaultFile());
    REQUIRE(recipe);
    CHECK(recipe->reference() == ImageRecipe::defaultImage());
    CHECK(recipe->reference() == QStringLiteral("builddeck/standard:1.0"));
    CHECK(recipe->variant == QStringLiteral("minbase"));
    // What every build can count on (ARCHITECTURE §7).
    for (const char *package : {"bash", "git", "curl", "zip", "unzip", "jq", "python3"})
        CHECK(recipe->packages.contains(QString::fromLatin1(package)));
}

TEST_CASE("mmdebstrap is asked for the recipe's suite, variant, packages and sources", "[image]")
{
    QTemporaryDir dir;
    const Result<ImageRecipe> recipe = loadText(dir, R"({"repository": "acme/base", "tag": "2.1", "suite": "bookworm",
        "variant": "minbase", "sources": ["deb ${mirror} bookworm main", "deb ${security} bookworm-security main"],
        "packages": ["git", "g++"], "config": ["WORKDIR /src"]})");
    REQUIRE(recipe);
    CHECK(recipe->reference() == QStringLiteral("acme/base:2.1"));
    CHECK(recipe->config == QStringList{QStringLiteral("WORKDIR /src")});

    const ScopedEnv mirror("BUILDDECK_DEBIAN_MIRROR", "http://mirror.example/debian");
    const ScopedEnv security("BUILDDECK_DEBIAN_SECURITY_MIRROR", QByteArray());
    CHECK(Runtime::ImageBuilder::mmdebstrapArguments(*recipe, QStringLiteral("/tmp/out.tar")) ==
          QStringList{QStringLiteral("--variant=minbase"), QStringLiteral("--format=tar"),
                      QStringLiteral("--include=git,g++"),
                      QStringLiteral("--extract-hook=echo 'acme/base:2.1' > \"$1/etc/builddeck-image\""),
                      QStringLiteral("bookworm"), QStringLiteral("/tmp/out.tar"),
                      QStringLiteral("deb http://mirror.example/debian bookworm main"),
                      QStringLiteral("deb http://deb.debian.org/debian-security bookworm-security main")});
}

TEST_CASE("A bad image recipe is refused naming the member to fix", "[image]")
{
    QTemporaryDir dir;
    const QByteArray good = R"({"repository": "acme/base", "tag": "1", "suite": "bookworm", "variant": "minbase",
        "sources": ["deb ${mirror} bookworm main"]})";
    REQUIRE(loadText(dir, good));

    const struct
    {
        QByteArray from;
        QByteArray to;
        const char *named;
    } cases[] = {
        {R"("acme/base")", R"("Acme Base")", "\"repository\""},
        {R"("tag": "1")", R"("tag": "1; rm -rf /")", "\"tag\""},
        {R"("suite": "bookworm")", R"("suite": 12)", "\"suite\""},
        {R"("variant": "minbase",)", "", "\"variant\""},
        {R"(["deb ${mirror} bookworm main"])", "[]", "\"sources\""},
        {R"(["deb ${mirror} bookworm main"])", R"("deb")", "\"sources\""},
        {R"("sources")", R"x("packages": ["git", "$(reboot)"], "sources")x", "\"packages\""},
        {R"("sources")", R"("config": [""], "sources")", "\"config\""},
    };
    for (const auto &change : cases) {
        QByteArray text = good;
        text.replace(change.from, change.to);
        const Result<ImageRecipe> recipe = loadText(dir, text);
        INFO(text.toStdString());
        REQUIRE_FALSE(recipe);
        CHECK(recipe.error().code == ErrorCode::InvalidArgument);
        CHECK(recipe.error().message.contains(QString::fromLatin1(change.named)));
        CHECK(recipe.error().message.contains(dir.filePath(QStringLiteral("image.json"))));
    }

    const Result<ImageRecipe> broken = loadText(dir, "{\"repository\": ");
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.contains(QStringLiteral("not a JSON object")));
    const Result<ImageRecipe> missing = ImageRecipe::load(dir.filePath(QStringLiteral("none.json")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}
