#pragma once

#include <QString>
#include <QStringList>

// The tables of a review on a team server (PostgreSQL). Each review is a PostgreSQL schema of its
// own ("review_<id>") holding the same tables and columns as a `.faultless` document of the
// current schema version (schema.h), so that publishing and pulling copy table by table and the
// stores' SQL names the same tables on either engine. The catalog schema "faultless" lists the
// reviews of the database. tst_teamserver checks that both engines have the same columns.
namespace faultless::model::serverschema {

// Statements that create the catalog if it is missing; safe to run again.
QStringList catalog();
// Statements that create a review's tables in the schema named `schema`.
QStringList reviewTables(const QString &schema);
// The change log of a review and the triggers that fill it: every statement that changes a table
// of the review, from any client (psql included), bumps the review's counter in the catalog,
// logs which table changed under that number, and notifies `channel(reviewId)` with
// "<counter> <table>". Created after a publish's copy, so the copy itself logs nothing.
QStringList changeLog(const QString &schema, qint64 reviewId);
QString channel(qint64 reviewId);

// The three ways of taking part in a review, as PostgreSQL roles (NOLOGIN groups a person's login
// is made a member of): readers read; reviewers also edit what a review builds (annotations,
// tags, factors, narratives, questions, disputes...); facilitators also change the record itself
// (sources, events, the review's metadata) and may be granted the others' roles. Table grants
// and row-level security both say so, so a reader cannot write even from psql.
enum class Role { Reader, Reviewer, Facilitator };
// The name of `role` for one review; roles are shared by every database of a cluster, so the
// name carries the database's oid too.
QString roleName(Role role, qint64 databaseOid, qint64 reviewId);
// Statements that create the review's roles (if missing), grant them and enable row-level
// security on every table of `schema`.
QStringList accessControl(const QString &schema, qint64 databaseOid, qint64 reviewId);
// Every table of a review, parents before the tables that refer to them: the order to copy in.
const QStringList &tablesInCopyOrder();

} // namespace faultless::model::serverschema
