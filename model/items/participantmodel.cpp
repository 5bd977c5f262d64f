#include "participantmodel.h"

#include "commands/sensemakingcommands.h"
#include "store/participantstore.h"

namespace faultless::model {

ParticipantModel::ParticipantModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document, { ReviewDocument::Area::Participants }, parent)
{
    reload();
}

namespace {
// The field each column shows and edits.
std::optional<Participant::Field> fieldOf(int column)
{
    switch (column) {
    case ParticipantModel::NameColumn:
        return Participant::Field::Name;
    case ParticipantModel::RoleColumn:
        return Participant::Field::Role;
    case ParticipantModel::PseudonymColumn:
        return Participant::Field::Pseudonym;
    }
    return std::nullopt;
}
} // namespace

QList<Participant> ParticipantModel::fetch() const
{
    return ParticipantStore::all(document().store());
}

QStringList ParticipantModel::headers() const
{
    //: Role of a person in the incident or the review
    return { tr("Name"), tr("Role"), tr("Pseudonym (for export)") };
}

QVariant ParticipantModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const Participant &participant = recordAt(row);
    switch (column) {
    case NameColumn:
        return participant.name;
    case RoleColumn:
        return participant.role;
    case PseudonymColumn:
        return participant.pseudonym;
    }
    return {};
}

bool ParticipantModel::setCell(qint64 id, int column, const QVariant &value)
{
    const std::optional<Participant::Field> field = fieldOf(column);
    return field && commands::setParticipantField(document(), id, *field, value.toString());
}

} // namespace faultless::model
