#pragma once

#include "support/libraryversions.h"

#include <QDialog>

namespace BuildDeck::Ui {

// Help > About BuildDeck: what the application is, and the libraries it runs on with their versions.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(const LibraryVersions &versions, QWidget *parent = nullptr);
};

} // namespace BuildDeck::Ui
