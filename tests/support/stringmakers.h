#pragma once

#include "support/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// Readable failure messages for Qt and BuildDeck types.
namespace Catch {

template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};

template <>
struct StringMaker<BuildDeck::Error>
{
    static std::string convert(const BuildDeck::Error &error)
    {
        return QString(BuildDeck::errorCodeName(error.code) + QStringLiteral(": ") + error.message).toStdString();
    }
};

} // namespace Catch
