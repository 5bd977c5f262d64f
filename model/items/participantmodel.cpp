#include "participantmodel.h"

#include "commands/sensemakingcommands.h"

namespace faultless::model {

ParticipantModel::ParticipantModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Participants}, parent)
{
    reload();
}

QString ParticipantModel::query() const
{
    return QStringLiteral("SELECT id, name, role, pseudonym FROM participants ORDER BY name COLLATE NOCASE, id");
}

QStringList ParticipantModel::headers() const
{
    //: Role of a person in the incident or the review
    return {tr("Name"), tr("Role"), tr("Pseudonym (for export)")};
}

bool ParticipantModel::setCell(qint64 id, int column, const QVariant &value)
{
    static const QString columns[] = {QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("pseudonym")};
    if (column < 0 || column >= ColumnCount)
        return false;
    return commands::setParticipantField(document(), id, columns[column], value.toString());
}

} // namespace faultless::model
