#pragma once

namespace BuildDeck::Ui {

// The ids by which QUndoStack merges consecutive commands of one kind (QUndoCommand::id()).
enum UndoCommandId
{
    ChangeProjectFieldId = 1,
};

} // namespace BuildDeck::Ui
